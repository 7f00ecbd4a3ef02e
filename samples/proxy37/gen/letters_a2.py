"""Proxy set 37, letters at09–at16: after and around the court papers. The 胡桃沢 household: the plaintiff's lawyers'
cover letter with the copy of the 判決 by fax and the joint 債権譲渡通知 of the judgment claim to an invented servicer;
the 棗田 household: the real servicer's 強制執行予告 after the 仮執行宣言付支払督促; the 鎌形 household: the real
servicer's 一括請求 after the 和解調書 was broken; the 蟹江 household: the 信用金庫's 縦書き 期限の利益喪失通知 to the
連帯保証人 (民法458条の3); a bank's 法的手続予告 photographed sideways; a lawyer's 縦書き 催告書 with a 訴訟予告; and a
scam that pretends a 訴状 was 受理 at a real court."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_a1 import (
    A_ACC,
    A_ASSIGN,
    A_C1,
    A_C2,
    A_CASE,
    A_I,
    A_KARI,
    A_KSERVED,
    A_LAST,
    A_P,
    A_R,
    B_ACC,
    B_I,
    B_LAST,
    B_P,
    B_R,
    C_ACC,
    C_BANK,
    C_CASE,
    C_HEAR,
    C_I,
    C_P,
    C_R,
    C_SUM,
    D_ASSIGN,
    D_CASE,
    D_HEAR2,
    D_MONTHLY,
    D_R,
    D_SETTLE,
    ONE,
    fwe,
    wdate,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.36, 0.42)
PLUM = (0.42, 0.12, 0.36)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def kdig(n: int) -> str:
    """金五八三，二〇〇円: digit-by-digit kanji with full-width commas (縦書き)."""
    return "金" + kanji_digits(f"{n:,}").replace(",", "，") + "円"


# ---------------------------------------------------------------------------------------------
# at09 the plaintiff's lawyers: 判決言渡しのご連絡 (p.1) + copy of the 判決 (p.2), by fax.


def at09():
    issued, due = D(2026, 2, 16), D(2026, 3, 6)
    judged, closed = D(2026, 2, 4), C_HEAR
    P, I = C_P, C_I
    L = late(P, C_R, C_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "鷹取・神来法律事務所", size=13, font="sans-bold", color=TEAL)
    p.at(195, 14, f"送信日　{wdate(issued)}", size=9.5, align="r")
    p.at(195, 19, "当事務所整理番号　TK-R7-0311", size=9.5, align="r")
    p.add(Line(15, 22, 195, 22, 0.5, TEAL))
    p.y = 26
    p.line("胡桃沢　由紀乃　様", size=12.5)
    p.line("（ＦＡＸ送信先　022-000-9326）", size=9)
    p.gap(1)
    for s, sz in (("〒980-0000　仙台市青葉区かわず町九丁目9番9号", 8.8), ("鷹取・神来法律事務所", 10),
                  ("株式会社かじかえで銀行 訴訟代理人", 9), ("弁護士　鷹取　瑛士　／　弁護士　神来　楓花", 9.5),
                  ("TEL 022-000-4187　FAX 022-000-4188", 9.5)):
        p.line(s, x=120, size=sz)
    p.seal(189, 47, 10, "square", "弁護士鷹取之印", angle=3, seed=37091)
    p.gap(2)
    p.title("判決言渡しのご連絡及びお支払いのお願い", size=13.5)
    p.para(f"当職らは、株式会社かじかえで銀行（以下「原告」といいます。）の代理人として、仙台地方裁判所{C_CASE}貸金請求事件を"
           f"担当しております。同事件は{era(judged)}、貴殿に対し請求の全額の支払を命じる判決（仮執行宣言付）が言い渡されました"
           "ので、判決書の写し（２枚目）を添えてご連絡いたします。正本は裁判所から特別送達で届きます。", size=9.8)
    p.para("つきましては、下記金額を下記期限までに下記口座にお支払いください。期限までにお支払い又はご連絡がない場合、"
           "判決に基づき、給与・預金等に対する強制執行の手続を執ることになります。", size=9.8)
    p.line("記", align="c", size=10)
    p.line(f"１　ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", x=20)
    rows = [["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
            [f"遅延損害金（{era(C_ACC + ONE)}から{era(issued)}まで　年14％）", f"{L:,}円"], ["合計", f"{T:,}円"]]
    p.table(rows, [122, 42], x=24, aligns="lr", size=9.6, row_h=6.8, ruled="rows")
    p.para("※判決で認められた金額（判決主文の金額）は、上記のうち令和7年12月5日までの分です。その後の遅延損害金は日々"
           "加算されます。訴訟費用は、後日、訴訟費用額確定処分により確定した額を別途ご請求いたします。", x0=24, x1=192,
           size=8.6, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 172, 10, 1.0))
    p.at(24, y + 6.8, "２　お支払期限", size=10.5, font="sans-bold")
    p.at(70, y + 7.0, f"令和8年3月6日（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 13
    p.line("３　お振込先　かじかえで銀行　本店営業部　普通預金　7306215　名義　弁護士鷹取瑛士預り金口", size=9.5, x=20)
    p.para("※一括でのお支払いが難しい場合は、お支払期限までに必ず当事務所（担当　事務員）にお電話ください。なお、本書は、"
           "貴殿が2月10日のお電話でご指定になったＦＡＸ番号あてに送信しております。", size=8.8, indent="")

    q = Page(font="serif", size=10.5, top=14)
    q.at(195, 14, "（写し）", size=10, align="r")
    q.y = 18
    q.line(f"{fwe(judged)}判決言渡　同日原本領収　裁判所書記官　鴇崎　詩織", size=9.5)
    q.line(f"{fw('令和７年（ワ）第１４７２号')}　貸金請求事件", size=10.5)
    q.line(f"口頭弁論終結日　{fwe(closed)}", size=10.5)
    q.gap(2)
    q.title("判　　　　決", size=16, font="serif-bold")
    q.kv([("仙台市青葉区こがね坂九丁目9番9号", ""), ("原　　　　告", C_BANK), ("同代表者代表取締役", "莇　生　靖　彦"),
          ("同訴訟代理人弁護士", "鷹　取　瑛　士"), ("同", "神　来　楓　花"), ("仙台市泉区すすき野台九丁目9番9号", ""),
          ("被　　　　告", "胡　桃　沢　由　紀　乃")], x=30, label_w=46, size=10)
    q.gap(2)
    q.line("主　　　　文", size=11.5, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、{fw(f'{C_SUM:,}')}円及びうち{fw(f'{P:,}')}円に対する令和７年１２月６日から支払済み"
              "まで年１４％の割合による金員を支払え。",
              "２　訴訟費用は被告の負担とする。", "３　この判決は、仮に執行することができる。"):
        q.para(s, x0=26, x1=190, size=10.3, indent="")
    q.gap(1)
    q.line("事実及び理由", size=11.5, font="serif-bold", align="c")
    for s in ("第１　請求", "　　主文同旨",
              "第２　事案の概要",
              "　　本件は、原告が、被告に対し、金銭消費貸借契約に基づき、貸金残元金、未払利息及び確定遅延損害金の合計額"
              "並びに残元金に対する遅延損害金の支払を求める事案である。",
              "第３　当裁判所の判断",
              "　　被告は、適式の呼出しを受けながら本件口頭弁論期日に出頭せず、答弁書その他の準備書面も提出しないから、請求"
              "原因事実（別紙訴状の請求の原因記載のとおり）を自白したものとみなす。そうすると、原告の請求は理由があるから、"
              "これを認容することとし、訴訟費用の負担につき民事訴訟法61条を、仮執行の宣言につき同法259条1項を適用して、"
              "主文のとおり判決する。"):
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.gap(3)
    q.line("仙台地方裁判所第３民事部", size=10.5, x=110)
    q.line("　　裁判官　橘　高　昌　磨", size=10.5, x=110)
    q.gap(4)
    q.para("（注）この判決に不服があるときは、判決書の送達を受けた日から２週間以内に控訴状を当裁判所に提出してください。",
           x0=22, x1=190, size=9, indent="")
    tr = truth(document_type="collection_notice", sender="鷹取・神来法律事務所", phone="022-000-4187", creditor=C_BANK,
               status="not_applicable", debtor="胡桃沢由紀乃", total=T, principal=P, interest=I, late_damages=L,
               rate=C_R, lump=True, issued=issued, payment_due=due, reference="TK-R7-0311",
               input_kind="fax_tiff", template="proxy37_plaintiff_lawyers_cover_with_judgment_copy_fax",
               received=issued)
    return dict(stem="at09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 TAKATORI KAMIKI LAW 022-000-4188",
                about="collection_notice (the plaintiff's two lawyers, cover letter + copy of the 判決, 2-page fax)",
                unusual="2-page G4 fax: p.1 the bank's two lawyers' 「判決言渡しのご連絡及びお支払いのお願い」 — the case "
                        "number and the 判決 date 2/4 in the prose (distractors), a rows-ruled 残元金 / 未払利息 / 遅延損害金 "
                        "(window from the 喪失 to the letter date) / 合計 table that is NOT the judgment sum, a note that the "
                        "判決 sum stops at 12/5, a framed お支払期限 with weekday, a 預り金口 account, TEL / FAX on one line "
                        "and the addressee's own FAX number; p.2 the COPY of the 判決 (欠席判決): 言渡 / 原本領収 line, "
                        "口頭弁論終結日 (a PAST hearing), 主文 in full-width digits 「…円及びうち…円に対する令和７年１２月６日"
                        "から」, 事実及び理由 with 民事訴訟法61条 / 259条1項, the 控訴 note (２週間)")


# ---------------------------------------------------------------------------------------------
# at10 アルファ債権回収 (real, 101): 強制執行予告 after the 仮執行宣言付支払督促, iPhone HEIC.


def at10():
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    P, I = A_P, A_I
    L = late(P, A_R, A_ACC + ONE, issued)
    C = A_C1 + A_C2
    T = P + I + L + C
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=NAVY))
    p.at(15, 6.3, "アルファ債権回収株式会社", size=10, font="sans-bold", color=WHITE)
    p.at(195, 6.3, "法務大臣許可番号　第101号", size=8.5, color=WHITE, align="r")
    p.y = 14
    stamp(p, 15, 13, "親展", color=RED, size=11)
    p.at(195, 17, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(195, 22, "お客様番号　AL-7702-5186", size=9.5, align="r")
    p.y = 26
    p.line("〒196-0000　東京都昭島市つばな台九丁目9番9号", size=9.5)
    p.line("棗田　航汰　様", size=13)
    p.gap(4)
    p.add(Box(15, p.y, 180, 13, color=None, fill=(0.93, 0.90, 0.90)))
    p.at(105, p.y + 9, "強制執行（財産差押え）手続開始のご予告", size=15, font="sans-bold", color=RED, align="c")
    p.y += 17
    p.para(f"貴殿に対する下記債権については、{era(A_KARI)}付で立川簡易裁判所の仮執行宣言付支払督促が発付され、同支払督促は"
           f"{era(A_KSERVED)}に貴殿に送達されましたが、現在に至るまでお支払いを確認できておりません。", size=9.8)
    p.para("このまま下記期限までにお支払い又はご連絡がない場合、当社は、上記支払督促を債務名義として、貴殿の給与、預貯金"
           "その他の財産に対する強制執行（差押え）の申立てを行います。差押えがされると、勤務先にも裁判所から書類が届きます"
           "ので、ご注意ください。", size=9.8)
    p.gap(1)
    rows = [["原債権者", "翡翠クレジット株式会社", "債権譲受日", era(A_ASSIGN)],
            ["期限の利益喪失日", era(A_ACC), "最終ご入金日", era(A_LAST)],
            ["債務名義", f"{A_CASE}（立川簡裁）", "確定日", era(D(2026, 1, 7))]]
    y = p.y
    for r, row in enumerate(rows):
        cx = 15
        for c, (txt, w) in enumerate(zip(row, [30, 60, 26, 64], strict=False)):
            p.add(Box(cx, y + r * 7.2, w, 7.2, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            p.at(cx + 1.5, y + r * 7.2 + 5, txt, size=8 if c % 2 == 0 else 8.8)
            cx += w
    p.y = y + 26
    p.line(f"■ご請求内訳（{era(issued)}現在）", size=10.5, font="sans-bold", color=NAVY)
    rows = [["元金", f"{P:,}円"], ["手数料・利息", f"{I:,}円"],
            [f"遅延損害金（{era(A_ACC + ONE)}～{era(issued)}　年14.6％）", f"{L:,}円"],
            ["法的手続費用（督促手続費用・仮執行宣言手続費用）", f"{C:,}円"], ["ご請求額合計", f"{T:,}円"]]
    p.table(rows, [130, 46], x=17, aligns="lr", size=9.6, row_h=7, ruled="rows")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 180, 12, 1.2, RED))
    p.at(20, y + 8.2, "お支払・ご連絡期限", size=11, font="sans-bold", color=RED)
    p.at(190, y + 8.4, f"{era(due)}（{wd(due)}）必着", size=13, font="sans-bold", color=RED, align="r")
    p.y = y + 15
    p.para("お振込先　あまがえる銀行　立川南口支店　普通預金　4410186　アルフアサイケンカイシユウ（カ　※お振込の際はお名前の前に"
           "お客様番号の数字（77025186）をご入力ください。", size=8.8, indent="")
    p.para("分割でのお支払いをご希望の方も、必ず期限までにご連絡ください。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    qr(p, 15, y, 20, "at10qr")
    for i, (s, sz) in enumerate((("アルファ債権回収株式会社　多摩回収センター", 10), ("法務大臣許可番号　第101号", 8.5),
                                 ("〒103-0000 東京都中央区からまつ通九丁目9番9号", 8.3),
                                 ("0120-000-101（平日9:00～18:00）担当　宜保", 10))):
        p.at(40, y + 4 + i * 5.3, s, size=sz, font="sans-bold" if i in (0, 3) else "sans")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed",
               original="翡翠クレジット株式会社", debtor="棗田航汰", total=T, principal=P, interest=I, late_damages=L,
               costs=C, rate=A_R, lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               assignment=A_ASSIGN, reference="AL-7702-5186", input_kind="photo_heic",
               template="proxy37_servicer_enforcement_warning_after_enforceable_order", received=D(2026, 2, 9))
    return dict(stem="at10", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, glare=18, fill=0.85, warm=0.2, blur=0.9),
                about="collection_notice (real servicer, 強制執行予告 after a 仮執行宣言付支払督促)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare; real servicer ★ アルファ債権回収株式会社 in a "
                        "navy band at the very top with 「法務大臣許可番号　第101号」 in white (again at the foot); a red 親展 "
                        "frame; a pink title band 「強制執行（財産差押え）手続開始のご予告」; the 仮執行宣言 date 12/19, its 送達 "
                        "12/23 and a 確定日 1/7 as distractors; a 3×4 shaded grid (原債権者, 譲受日, 喪失日, 最終ご入金日, "
                        "債務名義 = the (ロ) number, 確定日); a rows-ruled 内訳 with 元金 / 手数料・利息 / 遅延損害金 / 法的手続"
                        "費用（督促手続費用・仮執行宣言手続費用） → costs / ご請求額合計; a red-framed お支払・ご連絡期限 …必着; the "
                        "8-digit transfer code and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# at11 ゆすらうめ銀行 カードローン 法的手続開始予告通知書, photographed sideways (EXIF 6).


def at11():
    issued, due = D(2025, 10, 24), D(2025, 11, 7)
    last, acc = D(2025, 5, 7), D(2025, 8, 5)
    P, I, R = 783_120, 21_804, 19.9
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ゆすらうめ銀行", size=16, font="sans-bold", color=PLUM)
    p.at(15, 24, "YUSURAUME BANK", size=7.5, color=PLUM)
    p.at(195, 17, f"{wdate(issued)}", size=10, align="r")
    p.at(195, 22.5, "管理番号　YU-0931-2207", size=10, align="r")
    p.y = 32
    p.line("〒273-0000　千葉県船橋市さくらづつみ九丁目9番9号", size=10)
    p.line("芝井　昭範　様", size=13.5)
    p.gap(1)
    p.line("株式会社ゆすらうめ銀行　ローン管理部　債権管理グループ", size=9.5, align="r")
    p.line("〒260-0000 千葉市中央区なごみ町九丁目9番9号", size=9, align="r")
    p.line("電話 0120-000-633（平日9時～17時）　担当　鍛冶谷", size=9.5, align="r")
    p.gap(4)
    p.line("法的手続開始予告通知書", size=17, font="sans-bold", align="c", color=PLUM)
    p.line("（最終催告）", size=11, align="c", color=PLUM)
    p.gap(2)
    p.para(f"貴殿との「ゆすらうめカードローン」契約について、{wdate(last)}を最後にご返済がなく、当行は再三にわたり書面及び"
           f"お電話でご連絡してまいりましたが、ご返済いただけませんでした。このため貴殿は、{wdate(acc)}の経過をもって、"
           "カードローン規定第12条により期限の利益を喪失しております。")
    p.para("つきましては、下記のご請求金額を下記期限までに一括してお支払いください。期限までにお支払い又はご相談がない"
           "場合には、誠に遺憾ながら、貴殿の住所地を管轄する船橋簡易裁判所に対し支払督促の申立て等の法的手続を開始いたします。")
    p.gap(1)
    p.line("■ご請求金額", size=10.5, font="sans-bold")
    y = p.y
    cells = [("貸越元金", f"{P:,}円"), ("未払利息", f"{I:,}円"),
             (f"遅延損害金（年{R}％・{acc.month}/{(acc + ONE).day}～{issued.month}/{issued.day}）", f"{L:,}円"),
             ("ご請求金額合計", f"{T:,}円")]
    for i, (lab, val) in enumerate(cells):
        bold = i == 3
        p.add(Box(20, y + i * 8.5, 96, 8.5, 0.3, (0, 0, 0), SHADE))
        p.add(Box(116, y + i * 8.5, 60, 8.5, 0.3 if not bold else 0.9))
        p.at(23, y + i * 8.5 + 5.8, lab, size=9.5, font="sans-bold" if bold else "sans")
        p.at(173, y + i * 8.5 + 6, val, size=11 if bold else 10.5, font="sans-bold" if bold else "sans", align="r")
    p.y = y + 38
    p.line(f"■お支払期限　　{wdate(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    p.gap(1)
    p.para("■お振込先　ゆすらうめ銀行　本店営業部　普通預金　口座番号 0093177　名義 ユスラウメギンコウ　ローンカンリブ", size=9.3,
           indent="")
    p.gap(1)
    p.para("■ご契約内容（ご参考）　ご契約日 平成30年9月14日／ご利用限度額 1,000,000円／ローンカード番号 ****-****-****-4418"
           "／約定返済日 毎月7日", size=8.8, indent="")
    p.para("※本状と行き違いにご入金いただいた場合はご容赦ください。※保証会社による代位弁済が行われた場合、以後のご請求は"
           "保証会社から行われます。", size=8.5, indent="")
    p.seal(182, 70, 15, "square", "ゆすらうめ銀行ローン管理部", angle=-2, seed=37111)
    tr = truth(document_type="collection_notice", sender="株式会社ゆすらうめ銀行", phone="0120-000-633",
               creditor="株式会社ゆすらうめ銀行", status="not_applicable", debtor="芝井昭範", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="YU-0931-2207", input_kind="photo_exif_rotated",
               template="proxy37_bank_cardloan_final_warning_payment_order_rotated", received=D(2025, 10, 27))
    return dict(stem="at11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, shadow=0.28, shadow_side="bottom",
                          fill=0.85, warm=0.2),
                about="collection_notice (bank card loan, 法的手続開始予告, phone photo stored sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with tri-fold creases and a hand "
                        "shadow at the bottom; a bank's 「法的手続開始予告通知書（最終催告）」 in plum, logo 「ゆすらうめ銀行」 "
                        "with a Latin line (the legal name 株式会社ゆすらうめ銀行 only in the sender line); western 年月日 "
                        "dates; the 喪失 「の経過をもって」 in the prose with カードローン規定第12条; a shaded-label 4-row box "
                        "whose damage label carries the rate 19.9 and a window in M/D form; the お支払期限 as a red bold line; "
                        "船橋簡易裁判所 and 支払督促 only threatened (not a court paper); ご契約日 平成30年, ご利用限度額 "
                        "1,000,000円, a masked card number and 毎月7日 as distractors")


# ---------------------------------------------------------------------------------------------
# at12 SMBC債権回収 (real, 10): 和解調書 broken → 一括請求, phone photo.


def at12():
    issued, due = D(2026, 8, 7), D(2026, 8, 21)
    acc, last = D(2026, 7, 31), D(2026, 5, 29)
    paid = 2 * D_MONTHLY
    P = D_SETTLE - paid
    L = late(P, D_R, acc + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 5, 14, color=None, fill=TEAL))
    p.at(23, 18, "SMBC債権回収株式会社", size=14, font="sans-bold", color=TEAL)
    p.at(23, 23.5, "法務大臣許可番号　第10号", size=8.5)
    p.at(195, 17, f"{wdate(issued)}", size=10, align="r")
    p.at(195, 22.5, "お客様番号　SB-6203-1184", size=10, align="r")
    p.y = 31
    p.line("〒336-0000 埼玉県さいたま市南区たんぽぽ台九丁目9番9号", size=9.5)
    p.line("鎌形　輝彦　様", size=13.5)
    p.gap(4)
    p.title("和解金残額の一括ご請求について", size=14.5)
    p.para(f"貴殿と当社との間では、{era(D_HEAR2)}、さいたま簡易裁判所において和解が成立し（{D_CASE}）、貴殿には和解金を"
           f"毎月末日限り{D_MONTHLY:,}円ずつお支払いいただくこととなっておりました。", size=9.8)
    p.para(f"しかしながら、令和8年6月分及び7月分の分割金のお支払いがなく、不払額が20,000円に達したため、和解条項第３項により、"
           f"貴殿は{era(acc)}の経過をもって期限の利益を喪失されました。つきましては、下記金額を一括してお支払いください。",
           size=9.8)
    p.para("期限までにお支払いがない場合、当社は和解調書に基づき、給与・預金等の差押え（強制執行）を申し立てる予定です。",
           size=9.8)
    p.gap(1)
    rows = [["原債権者", "株式会社いぬまきファイナンス"], ["債権譲受日", wdate(D_ASSIGN)],
            ["和解金額", f"{D_SETTLE:,}円（42回払い）"], ["お支払済み額", f"{paid:,}円（最終ご入金日 {wdate(last)}）"]]
    p.table(rows, [40, 120], x=20, aligns="ll", size=9.3, row_h=6.8, shade_col0=True)
    p.gap(2)
    p.line(f"ご請求金額（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=TEAL)
    x0, x1 = 24, 150
    for lab, val in (("和解金残額", f"{P:,}円"),
                     (f"遅延損害金（{wdate(acc + ONE)}から{wdate(issued)}まで　年20％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1.4, x1, p.y - 1.4, 0.2, GRAY))
    b = p.line("合計", x=x0, size=11.5, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1, x1, p.y - 1, 0.8))
    p.add(Box(156, b - 17, 39, 20, 1.0, TEAL))
    p.at(175.5, b - 11, "お支払期限", size=9, font="sans-bold", color=TEAL, align="c")
    p.at(175.5, b - 3, f"{due.month}/{due.day}（{wd(due)}）", size=13, font="sans-bold", align="c")
    p.gap(4)
    p.para("お振込先　みなせ野銀行　浦和駅前支店　普通預金　口座番号 3018842　エスエムビーシーサイケンカイシユウ（カ", size=9,
           indent="")
    p.para("※令和8年8月22日以降も、和解金残額に対し年20％の割合による遅延損害金が加算されます。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(95, y, 100, 26, 0.3, GRAY))
    for i, (s, sz) in enumerate((("SMBC債権回収株式会社　埼玉債権管理課", 9.5), ("〒104-0000 東京都中央区はるかぜ台九丁目9番9号", 8.3),
                                 ("TEL 03-0000-1046　FAX 03-0000-1047", 9), ("担当　嘉手苅", 9))):
        p.at(99, y + 6 + i * 5.3, s, size=sz)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-1046", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社いぬまきファイナンス", debtor="鎌形輝彦", total=T, principal=P, late_damages=L,
               rate=D_R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               assignment=D_ASSIGN, reference="SB-6203-1184", input_kind="photo_jpeg",
               template="proxy37_servicer_lump_sum_after_broken_court_settlement", received=D(2026, 8, 10))
    return dict(stem="at12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.83, blur=0.85, warm=0.25),
                about="collection_notice (real servicer, 一括請求 after the 和解調書 was broken)",
                unusual="phone photo on wood with tri-fold creases; real servicer ★ SMBC債権回収株式会社 (Latin letters) with "
                        "「法務大臣許可番号　第10号」 under the teal name; the 和解 of at08 named by date and (ハ) number "
                        "(distractors), the default 「20,000円に達したため、和解条項第３項により…の経過をもって期限の利益を"
                        "喪失」; a shaded-label table (原債権者, 債権譲受日, 和解金額 420,000円（42回払い）, お支払済み額 20,000円 "
                        "with the 最終ご入金日); ご請求金額 as hairline rows 和解金残額 / 遅延損害金 / 合計 (no interest); the "
                        "due date in a teal box in M/D form 「8/21（金）」 with the year only in the letter date")


# ---------------------------------------------------------------------------------------------
# at13 葛籠法律事務所 for 玉響信販: 縦書き 催告書 with a 訴訟予告, digit-by-digit kanji amounts, digital.


def at13():
    issued, due = D(2026, 6, 2), D(2026, 6, 19)
    last, acc = D(2026, 1, 27), D(2026, 3, 16)
    P, I, R = 583_200, 18_640, 14.6
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、玉響信販株式会社（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり催告いたします。"),
        ("body", "貴殿は、令和四年十月、通知人との間で自動車購入代金の個品割賦購入あっせん契約を締結されましたが、"
                 f"{kdate(last)}のお支払いを最後に分割金のお支払いを怠り、通知人からの書面による催告にもかかわらずお支払いが"
                 f"なかったため、{kdate(acc)}の経過により期限の利益を喪失されました。"),
        ("body", "つきましては、左記金員を" + kdate(due) + "限り、左記口座にお振り込みください。"),
        ("body", "右期限までにお支払い又は誠意あるご連絡がない場合には、通知人は、やむを得ず貴殿の住所地を管轄する東京"
                 "簡易裁判所に訴えを提起し、判決を得たうえで、給与等の差押えを含む強制執行の手続を執る所存ですので、念のため"
                 "申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　立替金残金　　　{kdig(P)}"),
        ("indent", f"二　分割手数料残金　{kdig(I)}"),
        ("indent", f"三　遅延損害金　　　{kdig(L)}"),
        ("plain", "　　　（" + kdate(acc + ONE) + "から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　　{kdig(T)}"),
        ("indent", "振込先　ゆきしろ銀行　神田駅前支店"),
        ("plain", "　　　　普通預金　口座番号　五五二〇四一八"),
        ("plain", "　　　　口座名義　弁護士葛籠貴美子預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区月見坂九丁目九番九号"),
        ("low", "葛籠法律事務所"),
        ("low", "通知人代理人　弁護士　葛籠　貴美子"),
        ("low", "電話　〇三（〇〇〇〇）七二一五"),
        ("low", "（当職整理番号　ＴＺ－２６０４１）"),
        ("blank", ""),
        ("low", "東京都足立区わらび坂九丁目九番九号"),
        ("low", "荻須　登紀子　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 37131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　葛籠" in it.s]
    pg.items.append(Seal(xs[0] - 0.5, 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士葛籠之印", angle=-2,
                         seed=37132))
    tr = truth(document_type="collection_notice", sender="葛籠法律事務所", phone="03-0000-7215",
               creditor="玉響信販株式会社", status="not_applicable", debtor="荻須登紀子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="TZ-26041", input_kind="vertical_pdf",
               template="proxy37_vertical_lawyer_demand_lawsuit_warning_digit_kanji", received=D(2026, 6, 4))
    return dict(stem="at13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a 信販 company, 縦書き 催告書 with a 訴訟予告)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office, digital, with the 内容証明 stamp; every amount in "
                        "DIGIT-BY-DIGIT kanji with full-width commas (金五八三，二〇〇円 …), not positional kanji; the "
                        "contract only as 令和四年十月 (no day); last payment, 喪失 and the deadline 「令和八年六月十九日限り」 "
                        "in positional kanji; the threatened 東京簡易裁判所 suit (not a court paper); a 預り金口 account in "
                        "kanji digits (distractor); phone in kanji digits with a 4-digit exchange 〇三（〇〇〇〇）七二一五; "
                        "full-width bracketed 当職整理番号 ＴＺ－２６０４１")


# ---------------------------------------------------------------------------------------------
# at14 しいのみ信用金庫 縦書き 期限の利益喪失通知 to the 連帯保証人 (民法458条の3), scanned.


def at14():
    issued, due = D(2025, 10, 20), D(2025, 11, 10)
    P, I = B_P, B_I
    L = late(P, B_R, B_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失についてのご通知"),
        ("body", "拝啓　時下ますますご清祥のこととお喜び申し上げます。"),
        ("body", "さて、貴殿が連帯保証人となっておられる蟹江侑大様（以下「主債務者」といいます。）の当金庫に対する令和四年"
                 "四月十八日付金銭消費貸借契約（しいのみマイカーローン）に基づく債務について、主債務者は、"
                 f"{kdate(B_ACC)}、広島地方裁判所に破産手続開始の申立てをなさいました。"),
        ("body", "このため、主債務者は、同契約書第八条第一項の定めにより、同日、期限の利益を喪失いたしました。当金庫は、"
                 "民法第四百五十八条の三第一項の規定に基づき、その旨を連帯保証人である貴殿にご通知申し上げます。"),
        ("body", f"なお、主債務者による最終のご返済は{kdate(B_LAST)}でございました。"),
        ("body", "つきましては、保証債務の履行として、左記の金額を" + kdate(due) + "までに当金庫へお支払いくださいますよう"
                 "お願い申し上げます。ご一括でのお支払いが困難な場合は、期日までに当金庫融資管理部へご相談ください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　元金残高　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　（{kdate(B_ACC + ONE)}から本状作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "当初ご融資額　金百八十万円　貸付番号　〇四七―〇〇二一八三"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "広島市中区さぎそう町九丁目九番九号"),
        ("low", "しいのみ信用金庫"),
        ("low", "理事長　蕗谷　眞一"),
        ("low", "融資管理部　電話　〇八二（〇〇〇）七七四〇"),
        ("low", "（整理番号　ＨＳ－２５１０２）"),
        ("blank", ""),
        ("low", "広島市安佐南区ほたるの里九丁目九番九号"),
        ("low", "連帯保証人　蟹江　睦夫　様"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "理事長" in it.s]
    pg.items.append(Seal(xs[0] + 0.8, 22.0 + (8 + 10.5) * size * 0.3528 * 1.05, 9.5, "square", "しいのみ信用金庫理事長印",
                         angle=1.5, seed=37141))
    tr = truth(document_type="acceleration_notice", sender="しいのみ信用金庫", phone="082-000-7740",
               creditor="しいのみ信用金庫", status="not_applicable", debtor="蟹江睦夫", total=T, principal=P,
               interest=I, late_damages=L, rate=B_R, lump=True, issued=issued, payment_due=due, acceleration=B_ACC,
               last_payment=B_LAST, reference="HS-25102", input_kind="vertical_scan",
               template="proxy37_vertical_credit_union_guarantor_notice_458_3", received=D(2025, 10, 22))
    return dict(stem="at14", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫 to the 連帯保証人, 縦書き, 民法458条の3)",
                unusual="縦書き 拝啓…敬具 letter of a 信用金庫 (理事長 seal, no 内容証明) to the 連帯保証人 alone, scanned: the "
                        "主債務者 (the son) is named in the body (not the debtor); the 喪失 is the day of his 破産手続開始の"
                        "申立て (当然喪失, 契約書第八条第一項) and the notice is the one 民法第四百五十八条の三 requires (numbers "
                        "that are not amounts); positional kanji amounts; the deadline 「令和七年十一月十日までに」; 当初ご融資額 "
                        "金百八十万円 and a 貸付番号 in kanji digits with a long dash (distractors); phone in kanji digits; "
                        "the full-width 整理番号 ＨＳ－２５１０２")


# ---------------------------------------------------------------------------------------------
# at15 joint 債権譲渡通知 of a claim fixed by a 判決: bank → invented servicer 星見台債権回収 (第251号), digital.


def at15():
    issued, assigned = D(2026, 5, 15), D(2026, 4, 30)
    P, I = C_P, C_I
    L = late(P, C_R, C_ACC + ONE, assigned)
    C = 27_400
    T = P + I + L + C
    p = Page(font="serif", size=10.3, top=14)
    p.at(195, 18, f"{era(issued)}", size=10.3, align="r")
    p.at(195, 23.5, "譲受人管理番号　HM-2605-0127", size=9.5, align="r")
    p.y = 28
    p.line("〒981-3200 宮城県仙台市泉区すすき野台九丁目9番9号", size=10)
    p.line("胡桃沢　由紀乃　殿", size=13)
    p.gap(5)
    p.add(Line(40, p.y, 170, p.y, 0.3))
    p.add(Line(40, p.y + 0.9, 170, p.y + 0.9, 0.3))
    p.gap(3)
    p.line("債権譲渡通知書", size=16, font="serif-bold", align="c")
    p.add(Line(40, p.y, 170, p.y, 0.3))
    p.gap(4)
    p.para(f"譲渡人株式会社かじかえで銀行は、貴殿に対して有する下記の債権（判決により確定したもの。訴訟費用償還請求権を"
           f"含みます。）を、{era(assigned)}付で、譲受人星見台債権回収株式会社に譲渡いたしましたので、民法第467条に基づき、"
           "譲渡人及び譲受人の連名をもってご通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人にお願いいたします。譲受人は、上記判決について承継執行文の付与を"
           "受けることがあります。")
    p.gap(1)
    p.line("記", align="c")
    for lab, val in (("債務名義", f"仙台地方裁判所　{C_CASE}　貸金請求事件の判決"),
                     ("", f"（{era(D(2026, 2, 4))}言渡し・仮執行宣言付、{era(D(2026, 2, 21))}確定）"),
                     ("原契約", "平成30年7月20日付　金銭消費貸借契約（住宅リフォームローン）"),
                     ("期限の利益喪失日", era(C_ACC)),
                     ("訴訟費用額確定処分", f"{era(D(2026, 4, 10))}　仙台地方裁判所書記官")):
        b = p.line(lab, x=24, size=9.8)
        p.at(68, b, val, size=9.8)
    p.gap(2)
    p.line(f"譲渡債権の額（{era(assigned)}現在）", x=24, size=10.3, font="serif-bold")
    rows = [["区　分", "金　額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
            [f"遅延損害金（{era(C_ACC + ONE)}～{era(assigned)}　年14％）", f"{L:,}円"],
            ["訴訟費用（確定額）", f"{C:,}円"], ["合　計", f"{T:,}円"]]
    p.table(rows, [118, 42], x=28, header=True, aligns="lr", size=9.6, row_h=6.8)
    p.gap(1.5)
    p.para("※譲渡日の翌日以降も、元金に対し年14％の割合による遅延損害金が発生します。お支払方法は追って譲受人からご案内"
           "いたします。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.at(22, y + 4, "（譲渡人）", size=8.5)
    p.at(22, y + 10, "〒980-0000 仙台市青葉区こがね坂九丁目9番9号", size=8.5)
    p.at(22, y + 16, "株式会社かじかえで銀行", size=11, font="serif-bold")
    p.at(22, y + 22, "代表取締役　莇生　靖彦", size=9.5)
    p.seal(88, y + 17, 12, "round", "かじかえで銀行|代表/取締役", angle=-6, seed=37151)
    p.at(110, y + 4, "（譲受人）", size=8.5)
    p.at(110, y + 10, "〒101-0000 東京都千代田区月見坂九丁目9番9号", size=8.5)
    p.at(110, y + 16, "星見台債権回収株式会社", size=11, font="serif-bold")
    p.at(110, y + 22, "法務大臣許可番号　第251号", size=9)
    p.at(110, y + 27.5, "代表取締役　袰岩　公威", size=9.5)
    p.at(110, y + 33, "お問合せ　03-0000-2514（平日9時～17時30分）", size=9)
    p.seal(186, y + 17, 12, "round", "星見台債権回収|代表/取締役", angle=5, seed=37152)
    tr = truth(document_type="assignment_notice", sender="星見台債権回収株式会社", license_number=251,
               phone="03-0000-2514", creditor="星見台債権回収株式会社", status="unverified", original=C_BANK,
               debtor="胡桃沢由紀乃", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=C_R, lump=False,
               issued=issued, acceleration=C_ACC, assignment=assigned, reference="HM-2605-0127",
               input_kind="pdf_text", template="proxy37_joint_assignment_judgment_claim_invented_servicer",
               received=D(2026, 5, 18))
    return dict(stem="at15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, bank → invented servicer, a claim fixed by a 判決)",
                unusual="joint 債権譲渡通知書 in serif with a double-ruled title, digital: the claim is the 判決 of at04 / at09's "
                        "case (債務名義, 言渡し 2/4, 確定 2/21, 訴訟費用額確定処分 4/10, 承継執行文 — all distractors); the "
                        "INVENTED servicer 星見台債権回収株式会社 with 「法務大臣許可番号　第251号」 (→ unverified) in the "
                        "right-hand notifier block at the bottom, the bank's block left, round seals; 譲受人管理番号 top-right; "
                        "a 区分 / 金額 table with 元金 / 利息 / 遅延損害金 / 訴訟費用（確定額） (→ costs) / 合計 as of the 譲渡日; "
                        "民法第467条; no last payment printed (null); informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# at16 SCAM: 「訴状受理通知書」 using a real court's name, fake 法務省認可 body with a fake licence; phone photo.


def at16():
    issued, due = D(2026, 7, 1), D(2026, 7, 3)
    T = 198_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "至急・重要", color=RED, size=12, fill=RED)
    p.at(195, 17, "通知日　令和8年7月1日", size=10, align="r")
    p.at(195, 22.5, f"管理番号　そ－{fw('206')}", size=10, align="r")
    p.y = 30
    p.line("東京都八王子市こがね坂九丁目9番9号", size=10.5)
    p.line("畦地　百合香　様", size=14)
    p.gap(5)
    p.line("訴状受理通知書（最終通告）", size=18, font="sans-bold", align="c")
    p.gap(3)
    p.para("貴殿がご利用された動画配信・通信販売サイトの未払料金につき、契約会社より民事訴訟の申立てがなされ、立川簡易裁判所"
           "において訴状が受理されましたことを通知いたします（受理番号　令和8年(ハ)第3391号）。")
    p.para("このまま放置されますと、裁判所の判決に基づき、給与、預貯金、不動産等の差押えが強制的に執行されます。当機構は"
           "法務省認可の特別法人として、和解による訴訟の取下げのご相談を承っております。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 30, 1.2, RED))
    p.at(28, y + 9, "和解金（訴訟取下げ費用を含む）", size=11.5, font="sans-bold")
    p.at(182, y + 10, f"￥{T:,}", size=20, font="sans-bold", color=RED, align="r")
    p.add(Line(28, y + 14, 182, y + 14, 0.3, RED))
    p.at(28, y + 23, "取下げ最終期日", size=11.5, font="sans-bold")
    p.at(182, y + 24, f"7月3日（{wd(due)}）午後3時まで", size=15, font="sans-bold", color=RED, align="r")
    p.y = y + 35
    p.para("お振込先　すずらん台信用金庫　八王子駅北支店　普通 2206519　名義 クモノ　タツヤ（当機構担当者）", size=10, indent="")
    p.para("※必ずご本人様から下記担当窓口までお電話ください。ご家族・弁護士等への相談は、手続上の守秘義務により"
           "お控えください。", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(55, y, 140, 34, 0.6))
    p.at(60, y + 8, "一般社団法人　民事訴訟債権管理機構", size=13, font="sans-bold")
    p.at(60, y + 14.5, "法務省認可　法務大臣許可番号　第319号", size=9.5)
    p.at(60, y + 20.5, "東京都千代田区霞が関（民事訴訟管理部）", size=9)
    p.at(60, y + 28, "取下げ相談窓口（担当直通）080-0000-5521", size=11, font="sans-bold")
    p.seal(32, y + 16, 17, "round", "民事訴訟債権管理機構|理事/之印", angle=7, seed=37161)
    tr = truth(document_type="other", sender="一般社団法人民事訴訟債権管理機構", license_number=319,
               phone="080-0000-5521", creditor=None, status="not_licensed", original=None, debtor="畦地百合香", total=T,
               lump=False, issued=issued, payment_due=due, reference="そ-206", is_scam=True, input_kind="photo_jpeg",
               template="proxy37_scam_fake_complaint_accepted_real_court_name", received=None)
    return dict(stem="at16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.0, creases=2, fill=0.82, glare=16, warm=0.3),
                about="other (scam: a fake 「訴状受理通知書」 using a real court's name)",
                unusual="架空請求 photographed on a dark cloth: 「訴状受理通知書（最終通告）」 claiming that a suit was 受理 at "
                        "the REAL 立川簡易裁判所 with a FAKE 「受理番号　令和8年(ハ)第3391号」 (not the reference); a "
                        "「一般社団法人　民事訴訟債権管理機構」 calling itself 「法務省認可の特別法人」 with a FAKE "
                        "「法務大臣許可番号　第319号」 (→ not_licensed); 和解金 ￥198,000 to a PERSONAL account; a two-day "
                        "取下げ最終期日 「7月3日（金）午後3時まで」; a 080 担当直通; address 「霞が関（民事訴訟管理部）」 "
                        "without a number; a kana 管理番号 そ－２０６; 「弁護士等への相談は…お控えください」; no creditor named")


LETTERS = [at09, at10, at11, at12, at13, at14, at15, at16]
