"""Proxy set 18, letters i09–i16: the 五月女 household (card debt bought by a real servicer): the servicer's 一括請求
photographed and its 和解案 by fax; the 霜田 household (consumer loan bought by a real servicer): the 簡裁's 支払督促 on one
scanned page and the 仮執行宣言付支払督促; the 不破 household (rest after a 任意売却): the invented servicer's 訴え in a
地裁 with the 呼出状, the guarantor's lawyer's 縦書き 内容証明 and the joint 債権譲渡通知; and a scam that exploits a
published 競売開始決定."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
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

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
MAROON = (0.45, 0.08, 0.12)
ABI = (0.10, 0.35, 0.20)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# the 五月女 household (shared by i09, i10; its 譲渡 notice is i08)
AB_P, AB_I, AB_R = 560_400, 18_736, 18.0
AB_ACC, AB_LAST, AB_ASSIGN = D(2025, 6, 2), D(2025, 2, 26), D(2025, 10, 31)
# the 霜田 household (i11, i12)
SM_P, SM_I, SM_R = 482_600, 9_318, 20.0
SM_ACC, SM_LAST, SM_ASSIGN, SM_FILED = D(2025, 4, 30), D(2025, 1, 30), D(2025, 8, 29), D(2026, 1, 27)
SM_C1, SM_C2 = 4_412, 1_180
SM_CASE = "令和8年(ロ)第77号"
# the 不破 household (i07 in letters_i1, i13, i14, i16)
FW_P, FW_R = 3_184_250, 14.0
FW_SALE, FW_ACC, FW_LAST, FW_SUBRO, FW_ASSIGN = D(2025, 9, 26), D(2025, 5, 8), D(2025, 2, 27), D(2025, 6, 20), D(2026, 1, 20)


# ---------------------------------------------------------------------------------------------
# i09 アビリオ債権回収 (real) 一括ご請求書, phone photo on tatami: ¥…※ amounts, an お客様情報 grid, a red deadline tab.


def i09():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    P, I, R = AB_P, AB_I, AB_R
    L = late(P, R, AB_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=ABI))
    p.at(19, 21.5, "ABILIO", size=15, font="sans-bold", color=WHITE)
    p.at(48, 21, "アビリオ債権回収株式会社", size=11, color=WHITE)
    p.at(192, 21, "一括ご請求書", size=13, font="sans-bold", color=WHITE, align="r")
    p.y = 32
    p.line("〒500-0000　岐阜県岐阜市ながらがわ町九丁目9番9号", size=10)
    p.line("五月女　綾　様", size=13.5)
    p.at(196, 35, f"{wdate(issued)}", size=10, align="r")
    p.gap(4)
    p.para(f"貴殿の伊吹クレジット株式会社に対するご債務は、{wdate(AB_ASSIGN)}付で当社が譲り受けております。譲受後、"
           "再三ご連絡を差し上げておりますが、現在までご入金もご連絡もございません。", size=10)
    p.para("貴殿は既に期限の利益を喪失されておりますので、下記のご請求額を一括してお支払いください。お支払期限までにお支払い"
           "又はご連絡がない場合、支払督促の申立て等の法的手続に移行することがありますので、あらかじめご了承ください。", size=10)
    p.gap(2)
    rows = [["お客様管理コード", "AB-5071-2209", "原債権者", "伊吹クレジット株式会社"],
            ["債権譲受日", wdate(AB_ASSIGN), "期限の利益喪失日", wdate(AB_ACC)],
            ["最終ご入金日", wdate(AB_LAST), "ご契約", "カード会員契約（平成30年11月）"]]
    y = p.y
    for _r, row in enumerate(rows):
        cx = 15
        for c, (txt, wdt) in enumerate(zip(row, [30, 58, 32, 61], strict=False)):
            p.add(Box(cx, y, wdt, 8, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            p.at(cx + 1.5, y + 5.5, txt, size=8.5 if c % 2 == 0 else 9.5)
            cx += wdt
        y += 8
    p.y = y + 5
    p.line(f"ご請求明細（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=ABI)
    x0, x1 = 22, 150
    for lab, val in (("立替・貸付元金", f"¥{P:,}※"), ("確定手数料・利息", f"¥{I:,}※"),
                     (f"損害金（日割・年{R:g}％　{wdate(AB_ACC + timedelta(1))}～）", f"¥{L:,}※")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=11, align="r")
        p.add(Line(x0, p.y - 1.5, x1, p.y - 1.5, 0.2, GRAY))
    p.gap(1.5)
    b = p.line("一括ご請求額", x=x0, size=12, font="sans-bold")
    p.at(x1, b, f"¥{T:,}※", size=14, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 0.8, x1, p.y - 0.8, 0.8))
    p.add(Box(156, b - 28, 40, 30, 1.0, RED))
    p.add(Box(156, b - 28, 40, 8, color=None, fill=RED))
    p.at(176, b - 22.3, "お支払期限", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(176, b - 11, f"{due.month}月{due.day}日", size=15, font="sans-bold", color=RED, align="c")
    p.at(176, b - 3.5, f"{due.year}年（{wd(due)}）", size=9, color=RED, align="c")
    p.gap(5)
    p.para("お振込先　かんむり銀行 岐阜支店 普通預金 5071220 アビリオサイケンカイシユウ（カ　※ご依頼人名の前にお客様管理コードの"
           "数字（50712209）をご入力ください。", size=9.3, indent="")
    p.para("ご返済方法のご相談（分割払い等）はお支払期限までに下記へお電話ください。お電話の際はお客様管理コードをお知らせ"
           "ください。", size=9.3, indent="")
    p.gap(3)
    y = p.y
    qr(p, 15, y, 22, "i09qr")
    for i, (s, sz, f) in enumerate((("アビリオ債権回収株式会社　管理部　中部グループ", 10, "sans-bold"),
                                    ("法務大臣許可番号　第5号", 9, "sans"),
                                    ("〒100-0000 東京都千代田区おおてまち堀九丁目9番9号", 8.5, "sans"),
                                    ("フリーダイヤル 0120-000-505（平日9:00～18:00）担当 八木沼", 9.5, "sans"))):
        p.at(42, y + 4 + i * 5.5, s, size=sz, font=f)
    p.seal(186, y + 10, 12, "square", "アビリオ債権回収印", angle=-3, seed=18091)
    p.y = y + 28
    p.para("※当社は法務大臣の許可を受けた債権回収会社です。本状と行き違いにご入金の節はご容赦ください。", size=8.3, indent="")
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-505", creditor="アビリオ債権回収株式会社", status="licensed",
               original="伊吹クレジット株式会社", debtor="五月女綾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=AB_ACC, last_payment=AB_LAST,
               assignment=AB_ASSIGN, reference="AB-5071-2209", input_kind="photo_jpeg",
               template="proxy18_servicer_lump_sum_kome_amounts_photo", received=D(2026, 1, 19))
    return dict(stem="i09", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.6, creases=2, fill=0.84, blur=0.85, warm=0.15),
                about="collection_notice (real servicer, 一括請求, phone photo)",
                unusual="phone photo on tatami with tri-fold creases; real servicer ★ アビリオ債権回収株式会社 on a green "
                        "band with the Latin brand 「ABILIO」; western 年月日 dates; a 2×3 shaded お客様情報 grid "
                        "(お客様管理コード, 原債権者, 債権譲受日, 喪失日, 最終ご入金日, ご契約 平成30年11月); amounts as ¥…※ "
                        "with the new labels 立替・貸付元金 / 確定手数料・利息 / 損害金（日割・年18％） / 一括ご請求額; the due "
                        "date as a red tab to the RIGHT of the total, split 「1月30日」 over 「2026年（金）」; the digits-only "
                        "code 50712209 and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# i10 アビリオ債権回収 和解（分割弁済）のご提案, 2-page fax: JIS era dates (R8.03.13), a 24-instalment plan.


def i10():
    issued, reply = D(2026, 3, 13), D(2026, 3, 31)
    P, I, R = AB_P, AB_I, AB_R
    L = late(P, R, AB_ACC + timedelta(1), issued)
    T = P + I + L
    n, mon = 24, 23_350
    assert n * mon == P
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "アビリオ債権回収株式会社", size=12.5, font="sans-bold")
    p.at(196, 14, f"送信日 {jis(issued)}", size=9.5, align="r")
    p.at(196, 19, "管理コード AB-5071-2209", size=9.5, align="r")
    p.add(Line(15, 21.5, 196, 21.5, 0.6))
    p.y = 25
    p.line("五月女　綾　様", size=12.5)
    p.gap(1)
    for s, sz, f in (("アビリオ債権回収株式会社　中部グループ", 10, "sans-bold"), ("法務大臣許可番号 第５号", 9, "sans"),
                     ("TEL 0120-000-505 / FAX 052-000-5051　担当 八木沼", 9.3, "sans")):
        p.line(s, x=118, size=sz, font=f)
    p.gap(2)
    p.title("和解（分割弁済）のご提案", size=14)
    p.para(f"先日はお電話をいただき、ありがとうございました。伊吹クレジット株式会社から当社が{jis(AB_ASSIGN)}に譲り受けた"
           f"債権（期限の利益喪失日 {jis(AB_ACC)}、最終ご入金日 {jis(AB_LAST)}）について、ご相談の結果を踏まえ、下記の"
           "とおり分割弁済による和解をご提案いたします。", size=9.5)
    p.line(f"1. 和解前債務残高（{jis(issued)}現在）", size=10, font="sans-bold")
    p.table([["項目", "金額"], ["元本", f"{P:,}円"], ["手数料・利息", f"{I:,}円"],
             [f"損害金（年{R:g}％）", f"{L:,}円"], ["和解前債務残高", f"{T:,}円"]],
            [70, 45], x=22, header=True, aligns="lr", size=9.5, row_h=6.8)
    p.line("2. ご提案の条件", size=10, font="sans-bold")
    for s in (f"(1) 元本{P:,}円を、{jis(D(2026, 4, 27))}を初回として、以後毎月27日限り、{mon:,}円ずつ{n}回に分割してお支払い"
              "いただきます（最終回 R10.03.27）。",
              "(2) 上記を遅滞なくお支払いいただいた場合、手数料・利息及び損害金の全額を免除いたします。",
              "(3) 分割金の支払を2回以上怠り、その額が46,700円に達したときは、期限の利益を失い、免除前の残額全額を直ちに"
              "お支払いいただきます。",
              "(4) ご参考：R8.04.30までに一括で450,000円をお支払いいただける場合の一部免除案もございます。"):
        p.para(s, x0=22, x1=194, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.1))
    p.at(19, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.3, f"令和8年3月31日（{wd(reply)}）必着", size=12, font="sans-bold")
    p.at(192, y + 8, "2枚目の申込書をFAX又は郵送で", size=8.5, align="r")
    p.y = y + 15
    p.para("※ご回答期限までにお申込みがない場合、本提案はなかったものといたします。※本書は和解のご提案であり、ご署名前に"
           "内容を十分ご確認ください。", size=8.5, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("分割弁済申込書", size=15)
    q.line("アビリオ債権回収株式会社　御中（FAX 052-000-5051）", size=10.5)
    q.gap(3)
    q.para(f"私は、{jis(issued)}付「和解（分割弁済）のご提案」の条件により、元本{P:,}円を下記のとおり分割して支払うことを"
           "申し込みます。")
    q.gap(2)
    q.table([["回", "お支払日", "金額"], ["第1回", "2026年4月27日", f"{mon:,}円"], ["第2回～第23回", "毎月27日", f"各{mon:,}円"],
             ["第24回", "2028年3月27日", f"{mon:,}円"], ["計", "24回", f"{P:,}円"]],
            [40, 60, 40], x=30, header=True, aligns="ccr", size=10, row_h=7.5)
    q.gap(6)
    for lab in ("ご記入日　　令和　　年　　月　　日", "ご住所", "お名前（自署）", "ご連絡先電話番号"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(6)
    q.para("※本申込書のご提出は、債務の承認にあたります。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-505", creditor="アビリオ債権回収株式会社", status="licensed",
               original="伊吹クレジット株式会社", debtor="五月女綾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=AB_ACC, last_payment=AB_LAST,
               assignment=AB_ASSIGN, reference="AB-5071-2209", input_kind="fax_tiff",
               template="proxy18_servicer_settlement_jis_dates_fax", received=issued)
    return dict(stem="i10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:21 ABILIO CHUBU 052-000-5051",
                about="settlement_proposal (real servicer, 24 instalments, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ アビリオ with 「法務大臣許可番号 第５号」 in full-width; EVERY date of "
                        "page 1 in JIS era form R8.03.13 (送信日, 譲受, 喪失, last payment, instalments) except the heavy-framed "
                        "ご回答期限 「令和8年3月31日（火）必着」 (= payment_due); a 項目/金額 table ending in the new label "
                        "和解前債務残高; the plan (23,350 × 24, R10.03.27, the 46,700 threshold, an alternative 一括 450,000 by "
                        "R8.04.30) as distractors; TEL and FAX on one line; p.2 a 分割弁済申込書 with a 4-row schedule")


# ---------------------------------------------------------------------------------------------
# i11 帯広簡易裁判所 支払督促 on ONE scanned page; creditor セゾン債権回収 (real, 譲受債権).


def i11():
    issued = D(2026, 2, 10)
    P, I, R, C = SM_P, SM_I, SM_R, SM_C1
    L = late(P, R, SM_ACC + timedelta(1), SM_FILED)
    T = P + I + L + C
    p = Page(font="serif", size=10, top=13)
    p.at(196, 17, fw("令和8年（ロ）第77号"), size=10.5, align="r")
    p.y = 19
    p.title("支払督促", size=17, font="serif-bold", spaced=True)
    p.table([["債権者", "〒170-0000 東京都豊島区みなみいけ坂九丁目9番9号　セゾン債権回収株式会社"],
             ["", "代表者代表取締役　冬木　誠一郎　（送達場所 同社 北海道センター 電話 011-000-3434）"],
             ["債務者", "〒080-0000 北海道帯広市みどりがおか条九丁目9番9号　霜田　美雪"]],
            [22, 160], x=15, aligns="ll", size=9, row_h=7, ruled="rows")
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["", "項　目", "金　額"], ["１", "譲受債権元金", f"{P:,}円"], ["２", "利息（期限の利益喪失日まで）", f"{I:,}円"],
            ["３", f"損害金（{era(SM_ACC + timedelta(1))}から{era(SM_FILED)}まで）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "請求額合計", f"{T:,}円"]]
    p.table(rows, [10, 110, 40], x=25, header=True, aligns="clr", size=9.5, row_h=6.8)
    p.para(f"５　上記１の金額に対する{era(SM_FILED + timedelta(1))}から完済まで年20％の割合による遅延損害金", x0=25, x1=190,
           size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　萌黄ファイナンス株式会社（原債権者）は、令和3年7月9日、債務者との間で金銭消費貸借契約（極度額50万円、利率"
              "年17.5％、遅延損害金年20％）を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(SM_LAST)}の弁済を最後に支払を怠り、{era(SM_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(SM_ASSIGN)}、上記貸金債権を債権者に譲渡し、その頃債務者に通知した。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　帯広簡易裁判所　裁判所書記官　百武　　由香里", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "帯広簡易裁判所書記官印", angle=0, seed=18111)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 27, 0.4))
    for i, s in enumerate(["（注意）この支払督促に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を",
                           "当裁判所に提出してください。異議の申立てがないと、債権者の申立てにより仮執行の宣言がされ、強制執行を受ける",
                           "ことがあります。分割払いの話し合いを希望するときも、督促異議申立書にその旨を書いてください。",
                           "問合せ先　帯広簡易裁判所　民事受付係　電話 0155-00-4077（平日 8:30～17:00）"]):
        p.at(18, y + 6 + i * 5.6, s, size=8.8)
    p.y = y + 30
    p.line(f"申立日　{fw(era(SM_FILED))}　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="帯広簡易裁判所", phone="0155-00-4077",
               creditor="セゾン債権回収株式会社", status="licensed", original="萌黄ファイナンス株式会社",
               debtor="霜田美雪", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=SM_ACC, last_payment=SM_LAST, assignment=SM_ASSIGN,
               reference=SM_CASE, input_kind="scan_png", template="proxy18_payment_order_obihiro_one_page",
               received=D(2026, 2, 13))
    return dict(stem="i11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, real servicer creditor, one page)",
                unusual="a whole 支払督促 of a court not used before (帯広簡裁) on ONE scanned page: the full-width case number "
                        "alone top-right; the parties as a rows-ruled table with the creditor ★ セゾン債権回収株式会社 (no "
                        "licence number: court paper) and its 送達場所 phone (distractor); 請求の趣旨 as a 3-column ruled "
                        "table (項目 / 金額) with 譲受債権元金 / 利息 / 損害金 with its window / 督促手続費用 / 請求額合計 and the "
                        "running item ５ below; a short 請求の原因 with 極度額50万円 and 17.5％ (distractors); the "
                        "objection note box with the court's phone; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# i12 帯広簡易裁判所 仮執行宣言付支払督促 of the same case, 2-page image PDF.


def i12():
    issued, order, served = D(2026, 3, 24), D(2026, 2, 10), D(2026, 2, 13)
    P, I, R, C1, C2 = SM_P, SM_I, SM_R, SM_C1, SM_C2
    L = late(P, R, SM_ACC + timedelta(1), SM_FILED)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=11, top=20)
    p.line(f"事件番号　{fw('令和8年（ロ）第77号')}", size=10.5)
    p.line("事 件 名　譲受債権請求督促事件", size=10.5)
    p.gap(8)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(2)
    p.line("当事者の表示　別紙当事者目録記載のとおり", size=10.5, x=30)
    p.line("請求の趣旨及び原因　別紙記載のとおり", size=10.5, x=30)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記は{fw(era(order))}付け支払督促の内容であるが、この支払督促は{fw(era(served))}債務者に送達され、債務者は"
           "その送達の日から２週間以内に督促異議の申立てをしなかった。")
    p.para(f"よって、債権者の申立てにより、上記支払督促に手続費用額金{C2:,}円を付加して、仮執行の宣言をする。")
    p.gap(6)
    p.line(f"　　　{fw(era(issued))}", size=11)
    p.line("　　　帯広簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　百武　　由香里", size=11)
    p.seal(160, p.y - 6, 15, "square", "帯広簡易裁判所書記官印", angle=0, seed=18121)
    p.gap(12)
    y = p.y
    p.add(Box(22, y, 166, 52, 0.6))
    p.add(Box(22, y, 166, 9, color=None, fill=SHADE))
    p.at(105, y + 6.3, "この書面を受け取った方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の",
                           "　　申立てをすることができます。",
                           "２　督促異議の申立てをしても、仮執行の宣言に基づく強制執行は当然には停止しません。",
                           "３　督促異議の申立てがないときは、確定判決と同一の効力を有することになります。",
                           "４　帯広簡易裁判所　民事受付係　電話 0155-00-4077"]):
        p.at(26, y + 16 + i * 7.0, s, size=10.2)
    p.y = 282
    p.line("これは正本である。　同日同庁　裁判所書記官　百武　由香里", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒170-0000 東京都豊島区みなみいけ坂九丁目9番9号"), ("", "セゾン債権回収株式会社"),
          ("", "代表者代表取締役　冬木　誠一郎"),
          ("", "（送達場所）〒060-0000 札幌市中央区きたいちじょう西九丁目9番9号 同社北海道センター"),
          ("", "電話 011-000-3434　ＦＡＸ 011-000-3435"),
          ("債　務　者", "〒080-0000 北海道帯広市みどりがおか条九丁目9番9号"), ("", "霜　田　　美　雪")],
         x=20, label_w=28, size=10)
    q.gap(5)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    rows = [["番号", "内　　容", "金額（円）"], ["１", "譲受債権元金", f"{P:,}"], ["２", "利息", f"{I:,}"],
            ["３", "確定遅延損害金", f"{L:,}"], ["４", "督促手続費用", f"{C1:,}"], ["５", "仮執行宣言手続費用", f"{C2:,}"],
            ["", "合　　　計", f"{T:,}"]]
    q.table(rows, [18, 100, 44], x=24, header=True, aligns="clr", size=10.5, row_h=8)
    q.gap(2)
    q.para(f"６　上記１に対する{fw(era(SM_FILED + timedelta(1)))}から完済まで年２０％の割合による遅延損害金", x0=24, x1=190,
           size=10, indent="")
    q.para(f"（注）３は{era(SM_ACC + timedelta(1))}から{era(SM_FILED)}まで年20％の割合によるもの。", x0=24, x1=190, size=9.5,
           indent="")
    q.gap(4)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    for s in ("１　原債権者萌黄ファイナンス株式会社は、令和3年7月9日、債務者と極度額50万円の金銭消費貸借契約を締結した。",
              f"２　債務者は{era(SM_LAST)}の弁済を最後に支払わず、{era(SM_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は{era(SM_ASSIGN)}に本件債権を債権者に譲渡し、債務者に通知した。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.y = 282
    q.line(f"仮執行宣言申立日　{fw(era(D(2026, 3, 9)))}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="帯広簡易裁判所", phone="0155-00-4077",
               creditor="セゾン債権回収株式会社", status="licensed", original="萌黄ファイナンス株式会社",
               debtor="霜田美雪", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=SM_ACC, last_payment=SM_LAST, assignment=SM_ASSIGN,
               reference=SM_CASE, input_kind="pdf_scan", template="proxy18_enforceable_obihiro_cost_rows",
               received=D(2026, 3, 27))
    return dict(stem="i12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as i11, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of i11's case as a 2-page image PDF: p.1 the order date 2/10 and its 送達 "
                        "2/13 in one sentence, the 仮執行 cost 「手続費用額金1,180円を付加して」 only in prose; a shaded "
                        "「この書面を受け取った方へ」 box; p.2 当事者目録 (creditor ★ セゾン債権回収, 送達場所 phone/FAX as "
                        "distractors) and 請求の趣旨 as a ruled table with a 「金額（円）」 header and TWO cost rows (督促手続費用 "
                        "/ 仮執行宣言手続費用 → costs = sum) above 合計; running item ６; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# i13 津地方裁判所 (ワ) 口頭弁論期日呼出状 + 訴状 (2 pages, digital); 原告 the invented servicer 黎明債権回収.


def i13():
    issued, sued, hearing, answer = D(2026, 6, 2), D(2026, 5, 12), D(2026, 7, 8), D(2026, 7, 1)
    P, R = FW_P, FW_R
    L = late(P, R, FW_SALE + timedelta(1), sued)
    T = P + L
    case = "令和8年(ワ)第213号"
    p = Page(font="serif", size=11, top=18)
    p.kv([("事件番号", case), ("事　件　名", "求償金請求事件"), ("原　　告", "黎明債権回収株式会社"), ("被　　告", "不破　亜希子")],
         x=22, label_w=28, size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　不破　亜希子　殿", size=12, x=22)
    p.gap(2)
    p.para("頭書事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日"
           "に出頭してください。なお、訴状に対する答弁書を下記提出期限までに提出してください。")
    p.gap(1)
    p.line("記", align="c")
    for lab, val in (("口頭弁論期日", f"令和8年7月8日（{wd(hearing)}）午前10時30分"),
                     ("出頭場所", "津地方裁判所　民事第201号法廷（2階）"),
                     ("答弁書提出期限", f"令和8年7月1日（{wd(answer)}）")):
        b = p.line(f"【{lab}】", x=30, size=11, font="serif-bold")
        p.at(82, b, val, size=11.5)
        p.gap(1.5)
    p.gap(2)
    p.para("期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとみなされ、原告の請求どおりの判決がされることが"
           "あります。出頭の際はこの呼出状と印鑑をお持ちください。", size=10)
    p.gap(4)
    p.line(f"　　{era(issued)}", size=11)
    p.line("　　津地方裁判所民事部　裁判所書記官　稗田　　広志", size=11)
    p.seal(160, p.y - 5, 14, "square", "津地方裁判所書記官印", angle=0, seed=18131)
    p.gap(6)
    p.line("〒514-0000　三重県津市なかまち堀九丁目9番9号", size=9.5, x=22)
    p.line("津地方裁判所民事部　電話 059-000-1213（内線 245）", size=9.5, x=22)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 26, 0.3, GRAY))
    for i, s in enumerate(["（同封書類）訴状副本、甲号証写し、答弁書用紙、答弁書の書き方",
                           "※原告代理人・原告担当者の電話番号は訴状に記載されています。裁判所の番号ではありません。",
                           "※予納郵券等の手続費用は原告が予納しています（6,000円）。"]):
        p.at(26, y + 7 + i * 6.5, s, size=9.3)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10.5)
    q.line("津地方裁判所　民事部　御中", size=10.5)
    q.gap(2)
    q.kv([("原　告", "〒460-0000 名古屋市中区さかえ坂九丁目9番9号　黎明債権回収株式会社"),
          ("", "代表者代表取締役　大豆生田　薫　（担当 宇治橋　電話 052-000-6238）"),
          ("被　告", "〒514-0000 三重県津市あこぎ台九丁目9番9号　不破　亜希子")], x=20, label_w=20, size=9.8)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年5月13日から支払済みまで年14％の割合による"
           "金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　被告は、平成27年9月、株式会社とうかい湊銀行から住宅資金2,680万円を借り入れ、かやつり信用保証株式会社"
              "（以下「保証会社」）は、被告の委託を受けてこれを保証した（遅延損害金　年14％）。",
              f"２　被告は{era(FW_LAST)}の返済を最後に支払を怠り、{era(FW_ACC)}の経過により期限の利益を喪失した。"
              f"保証会社は{era(FW_SUBRO)}、同行に代位弁済した。",
              f"３　{era(FW_SALE)}、担保不動産の任意売却による売却代金の配当が求償債権に充当され、求償元金{P:,}円が残存した。",
              f"４　保証会社は{era(FW_ASSIGN)}、上記残存債権を原告に譲渡し、被告に通知した。",
              "５　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["残存求償元金", f"{P:,}円"], [f"確定遅延損害金（{era(FW_SALE + timedelta(1))}から{era(sued)}まで 年14％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [120, 40], x=26, aligns="lr", size=9.8, row_h=7.5)
    q.gap(3)
    q.line("証拠方法　甲第1号証（保証委託契約書）ほか", size=9.8, x=22)
    q.line("附属書類　訴状副本1通、甲号証写し各1通、資格証明書1通", size=9.8, x=22)
    tr = truth(document_type="lawsuit", sender="津地方裁判所", phone="059-000-1213", creditor="黎明債権回収株式会社",
               status="unverified", original="かやつり信用保証株式会社", debtor="不破亜希子", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=FW_ACC,
               last_payment=FW_LAST, assignment=FW_ASSIGN, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy18_district_court_wa_invented_servicer_plaintiff",
               received=D(2026, 6, 4))
    return dict(stem="i13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), invented servicer plaintiff, 2 pages)",
                unusual="津地裁 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; the plaintiff is the "
                        "INVENTED servicer 黎明債権回収 (no licence printed, court paper → unverified); 【口頭弁論期日】 / "
                        "【出頭場所】 / 【答弁書提出期限】 as bracketed bold labels; court phone with 内線; 予納郵券 6,000円; "
                        "the 訴状 dated 5/12 ≠ 呼出状 6/2; 請求の趣旨 「金…及びうち金…」; 請求の原因 tells the whole story "
                        "(平成27年 loan 2,680万円, last payment, 喪失, 代位弁済, 任意売却, 譲渡); a 3-row table 残存求償元金 / "
                        "確定遅延損害金 / 合計; the plaintiff's 担当 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# i14 lawyer's 縦書き 内容証明 for the guarantee company: rest after a 任意売却; RELATIVE deadline only; digital.


def i14():
    issued = D(2025, 11, 17)
    P, R = FW_P, FW_R
    L = late(P, R, FW_SALE + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職らは、かやつり信用保証株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次の"
                 "とおり通知いたします。"),
        ("body", "通知人は、貴殿が株式会社とうかい湊銀行から借り受けた住宅資金の保証人として、令和七年六月二十日、同行に"
                 "対し代位弁済を行い、貴殿に対する求償債権を取得しました。貴殿は令和七年二月二十七日の返済を最後に支払を怠り、"
                 "令和七年五月八日の経過により期限の利益を喪失していたものです。"),
        ("body", "その後、令和七年九月二十六日に担保不動産の任意売却が行われ、その配当が求償債権に充当されましたが、なお"
                 "左記の残債務があります。"),
        ("body", "つきましては、本書到達後十日以内に、左記合計額を左記口座にお支払いください。期限内にお支払い又はご連絡の"
                 "ないときは、やむを得ず訴訟提起その他の法的手続を執ります。"),
        ("indent", "記"),
        ("indent", f"一　求償元金残額　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和七年九月二十七日から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　いせじ銀行　津駅前支店　普通預金　"),
        ("plain", "　　　　口座番号　一一〇八二五〇"),
        ("plain", "　　　　口座名義　弁護士雲井航預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "三重県津市ひがしまる町九丁目九番九号"),
        ("low", "雲井・十文字法律事務所"),
        ("low", "通知人代理人　弁護士　雲井　航"),
        ("low", "同　　　　　　弁護士　十文字　早苗"),
        ("low", "電話　〇五九（〇〇〇）一一〇八"),
        ("low", "（当事務所整理番号　ＫＹ－２５０８８）"),
        ("blank", ""),
        ("low", "三重県津市あこぎ台九丁目九番九号"),
        ("low", "不破　亜希子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 18141))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "雲井　航" in it.s and "弁護士　雲井" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士雲井航之印", angle=2,
                         seed=18142))
    tr = truth(document_type="collection_notice", sender="雲井・十文字法律事務所", phone="059-000-1108",
               creditor="かやつり信用保証株式会社", status="not_applicable", original="株式会社とうかい湊銀行",
               debtor="不破亜希子", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=FW_ACC,
               last_payment=FW_LAST, reference="KY-25088", input_kind="vertical_pdf",
               template="proxy18_vertical_lawyer_rest_after_voluntary_sale_relative_deadline", received=D(2025, 11, 19))
    return dict(stem="i14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers for the guarantor, 縦書き 内容証明)",
                unusual="縦書き 通知書 (冠省 … 草々) of a law office of TWO lawyers (「通知人代理人　弁護士」 and 「同　弁護士」), "
                        "digital, with the 内容証明 stamp; the 代位弁済 date, the 任意売却 date, the last payment and the "
                        "喪失 all in kanji in the prose; positional kanji amounts; the deadline ONLY relative 「本書到達後"
                        "十日以内」 (payment_due null); no interest (null); a 預り金口 account in kanji digits (distractor); "
                        "phone in kanji digits; full-width bracketed 当事務所整理番号 ＫＹ－２５０８８ (→ KY-25088)")


# ---------------------------------------------------------------------------------------------
# i15 SCAM: a 「競売取下げ」 letter exploiting a published 競売開始決定, fake servicer with a fake licence; phone photo.


def i15():
    issued, due = D(2026, 3, 30), D(2026, 4, 1)
    T = 385_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "重要・至急", color=RED, size=12, fill=RED)
    stamp(p, 52, 12, "本人限定", color=RED, size=12)
    p.at(196, 17, "令和8年3月30日", size=10, align="r")
    p.at(196, 22.5, f"管理番号　わ{fw('3318')}", size=10, align="r")
    p.y = 30
    p.line("栃木県下野市ゆうすげ台九丁目9番9号", size=10.5)
    p.line("弓削　征史　様", size=14)
    p.gap(6)
    p.line("競売手続取下げに関する最終ご通知", size=17, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿所有の不動産（栃木県下野市ゆうすげ台九丁目所在）につき、裁判所による担保不動産競売開始決定がなされた"
           "ことを確認いたしました。このままでは、ご自宅は近日中に第三者へ強制的に売却され、ご家族は退去を命じられます。")
    p.para("当センターは、法務省の許可を受けた債権整理機関として、債権者である金融機関と協議のうえ、競売手続を取り下げる"
           "お手続を代行しております。取下げには下記の保証金のお預かりが必要です。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 34, 1.2, RED))
    p.at(30, y + 9, "取下げ保証金", size=12, font="sans-bold")
    p.at(180, y + 10, f"￥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.add(Line(30, y + 14, 180, y + 14, 0.3, RED))
    p.at(30, y + 22, "お振込期限", size=12, font="sans-bold")
    p.at(180, y + 23, f"4月1日（{wd(due)}）正午まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(30, y + 30, "※期限を過ぎますと取下げは一切できません", size=9, color=RED)
    p.y = y + 39
    p.para("お振込先　ひかりの森銀行 新宿西口支店 普通 7731904 名義 タケモト　リョウスケ（当センター担当者名義）", size=10,
           indent="")
    p.para("※お振込みの確認後、当センターより裁判所へ取下書を提出いたします。保証金は手続完了後に全額返金いたします。",
           size=9.5, indent="")
    p.para("※本件は貴殿の信用に関わるため、ご家族・弁護士・金融機関への相談はお控えください。他言された場合、取下げは"
           "できません。", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(60, y, 136, 36, 0.5))
    p.at(65, y + 8, "株式会社住宅ローン債権整理センター", size=13, font="sans-bold")
    p.at(65, y + 14, "法務大臣許可番号第271号", size=9.5)
    p.at(65, y + 20, "東京都千代田区霞が関（合同庁舎別館）　競売対策課", size=9)
    p.at(65, y + 27, "ご連絡先（担当直通）090-0000-4471", size=11, font="sans-bold")
    p.at(65, y + 32.5, "受付　毎日 8:00～21:00（土日祝も受付）", size=8.5)
    p.seal(30, y + 16, 16, "round", "債権整理センター|代表/之印", angle=-8, seed=18151)
    tr = truth(document_type="other", sender="株式会社住宅ローン債権整理センター", license_number=271,
               phone="090-0000-4471", creditor=None, status="not_licensed", original=None, debtor="弓削征史", total=T,
               lump=False, issued=issued, payment_due=due, reference="わ3318", is_scam=True, input_kind="photo_jpeg",
               template="proxy18_scam_auction_withdrawal_deposit", received=None)
    return dict(stem="i15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.2, creases=2, fill=0.82, glare=20, warm=0.3),
                about="other (scam exploiting a 競売開始決定)",
                unusual="架空請求 photographed on wood: a letter that knows the household's 競売 (from the public notice) and "
                        "offers to get it 「取下げ」 for a 取下げ保証金 ￥385,000 paid to a PERSONAL account; filled red 重要・至急 "
                        "and 本人限定 stamps; 「法務省の許可を受けた債権整理機関」 and a FAKE 「法務大臣許可番号第271号」 for "
                        "「株式会社住宅ローン債権整理センター」 (not a servicer name → not_licensed); address 「霞が関（合同庁舎"
                        "別館）」 without a number; a 090 担当直通 open every day; a two-day deadline 「4月1日（水）正午まで」; "
                        "a hiragana 管理番号 わ３３１８; 「弁護士…への相談はお控えください」; the creditor is only 「金融機関」")


# ---------------------------------------------------------------------------------------------
# i16 joint 債権譲渡通知 guarantee company → 黎明債権回収 (invented, 第238号); notifiers as a LETTERHEAD at the top; scanned.


def i16():
    issued = D(2026, 1, 23)
    P, R = FW_P, FW_R
    L = late(P, R, FW_SALE + timedelta(1), FW_ASSIGN)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 38, 0.3, GRAY, (0.96, 0.96, 0.96)))
    p.at(19, 16, "通知人（譲渡人）", size=8, color=GRAY)
    p.at(19, 22, "かやつり信用保証株式会社", size=11.5, font="sans-bold")
    p.at(19, 27.5, "代表取締役　錦織　真司", size=9)
    p.at(19, 33, "〒450-0000 名古屋市中村区なかむら川九丁目9番9号", size=8)
    p.at(19, 38, "電話 052-000-8812", size=8)
    p.at(108, 16, "通知人（譲受人）", size=8, color=GRAY)
    p.at(108, 22, "黎明債権回収株式会社", size=11.5, font="sans-bold")
    p.at(108, 27.5, "法務大臣許可番号　第２３８号", size=9)
    p.at(108, 33, "代表取締役　大豆生田　薫", size=9)
    p.at(108, 38, "〒460-0000 名古屋市中区さかえ坂九丁目9番9号", size=8)
    p.at(108, 43, "お問合せ 052-000-6238（譲受人 名古屋センター）", size=8)
    p.seal(94, 32, 11, "round", "かやつり信用保証|代表/取締役", angle=-4, seed=18161)
    p.seal(187, 32, 11, "round", "黎明債権回収|代表/取締役", angle=5, seed=18162)
    p.y = 52
    p.line(f"{fw(era(issued))}", align="r", size=10)
    p.line("〒514-0000　三重県津市あこぎ台九丁目9番9号", size=10)
    p.line("不破　亜希子　殿", size=13)
    p.gap(5)
    p.title("債権譲渡のご通知", size=15, spaced=True)
    p.para(f"譲渡人は、貴殿に対して有する下記の求償債権（元金及び遅延損害金その他付帯する一切の権利を含みます。）を、"
           f"{fw(era(FW_ASSIGN))}付で譲受人に譲渡しましたので、譲渡人及び譲受人連名にて本書をもってご通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、譲受人黎明債権回収株式会社までお願いいたします。譲渡人へのお支払いはお受け"
           "できません。お支払方法については、後日、譲受人よりご案内いたします。")
    p.gap(2)
    p.line("記", align="c")
    for mark, lab, val in (("①", "債権の発生原因", "保証委託契約に基づく求償債権（代位弁済日 " + fw(era(FW_SUBRO)) + "）"),
                           ("②", "原契約", "株式会社とうかい湊銀行　住宅ローン（平成27年9月）"),
                           ("③", "最終ご返済日", fw(era(FW_LAST))), ("④", "期限の利益喪失日", fw(era(FW_ACC))),
                           ("⑤", "任意売却による充当", f"{fw(era(FW_SALE))}（売却代金の配当を充当済み）"),
                           ("⑥", "債権管理番号", "RM-26-0114（譲受人）")):
        b = p.line(f"{mark}　{lab}", x=22, size=10)
        p.at(70, b, val, size=10)
    p.gap(2)
    p.line(f"⑦　譲渡債権の額（{fw(era(FW_ASSIGN))}現在）", x=22, size=10)
    p.table([["求償元金残高", f"{P:,}円"], [f"確定損害金（{era(FW_SALE + timedelta(1))}～譲渡日　年14％）", f"{L:,}円"],
             ["譲渡債権額合計", f"{T:,}円"]], [104, 44], x=34, aligns="lr", size=10, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.para("※譲渡日の翌日以降も、求償元金残高に対し年14％の割合による遅延損害金が発生します。", size=9, indent="")
    p.para("※黎明債権回収株式会社は、法務大臣の許可を受けて債権管理回収業を営む株式会社です。", size=9, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="黎明債権回収株式会社", license_number=238,
               phone="052-000-6238", creditor="黎明債権回収株式会社", status="unverified",
               original="かやつり信用保証株式会社", debtor="不破亜希子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=FW_ACC,
               last_payment=FW_LAST, assignment=FW_ASSIGN, reference="RM-26-0114", input_kind="scan_png",
               template="proxy18_joint_assignment_guarantor_to_invented_servicer_letterhead", received=D(2026, 1, 26))
    return dict(stem="i16", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (joint, guarantor → invented servicer)",
                unusual="joint 債権譲渡のご通知, scanned: the two 通知人 (譲渡人 the guarantee company, 譲受人 the INVENTED "
                        "servicer 黎明債権回収 with 「法務大臣許可番号　第２３８号」 in full-width → unverified) side by side in "
                        "a grey LETTERHEAD box at the very top with round seals, the date and the addressee BELOW it; "
                        "circled ①–⑦ label lines with full-width era dates (代位弁済日, 最終ご返済日, 喪失日, 任意売却) and "
                        "the 債権管理番号 as item ⑥; a shaded-label 3-row table 求償元金残高 / 確定損害金 / 譲渡債権額合計 (no "
                        "interest); informs only (no payment date); the 譲渡人's own phone as a distractor")


LETTERS = [i09, i10, i11, i12, i13, i14, i15, i16]
