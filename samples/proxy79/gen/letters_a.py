"""Proxy set 79, letters cj01–cj08: "the held-out set as a stranger would write it, round 3". The core mail a frightened
borrower gets: a real servicer's 督促状 (photo), a real servicer's 催告書 without a licence number (scan), a real
servicer's 最終ご通知 (digital), a 信用金庫's 縦書き 期限の利益喪失通知 and the guarantee company's 代位弁済・求償権行使
notice of the same loan (fax), a joint 債権譲渡及び譲受通知 with a 債権目録 page, a servicer's 受託通知 (HEIC photo) and a
簡裁 支払督促 (2-page image PDF)."""

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
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
WINE = (0.55, 0.12, 0.22)
TEAL = (0.0, 0.42, 0.45)
ORX = (0.85, 0.40, 0.05)
BLUEGRAY = (0.25, 0.33, 0.45)
ONE = timedelta(1)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kin(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# cj01 パルティール債権回収 督促状 (譲受債権, card), photographed on a desk.


def cj01():
    R = 18.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, lastp, assign = D(2024, 11, 5), D(2024, 9, 26), D(2025, 12, 15)
    P, I = 412_380, 23_915
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 7, color=None, fill=WINE))
    p.at(16, 19, "パルティール債権回収株式会社", size=13, font="sans-bold", color=WINE)
    p.at(16, 24, "債権管理第一部　お客様相談グループ", size=8.5, color=WINE)
    p.at(194, 17, f"発行日　{era(issued)}", size=9, align="r")
    p.at(194, 22, "お客様番号　PT-6021-88347", size=9, align="r")
    window(p, 16, 32, "920-0000", ["石川県金沢市白帆台3丁目14番地2", "白帆台ハイツ205号"], "猿賀　竜也　様", "cj01",
           w=90, h=36)
    stamp(p, 150, 34, "親展", size=13)
    stamp(p, 170, 34, "重要", size=13, fill=RED)
    p.y = 76
    p.title("ご入金のお願い（督促状）", size=16)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8, indent="")
    p.para(f"さて、お客様が株式会社いさりびカードとの間でご契約のカードご利用代金等につきましては、{era(assign)}付で当社が"
           "同社より債権を譲り受け、その旨ご通知申し上げております。しかしながら、現在に至るまでご入金の確認ができて"
           "おりません。つきましては、下記ご請求金額を、お支払期日までに一括してお支払いくださいますようお願い申し上げます。",
           size=9.8)
    p.para("一括でのお支払いが難しい場合は、お支払期日までに必ず当社担当者までご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    y = grid(p, 16, p.y, [30, 60, 30, 58],
             [["原債権者", "株式会社いさりびカード", "債権譲受日", era(assign)],
              ["期限の利益喪失日", era(acc), "最終ご入金日", era(lastp)]], h=7.5, size=9)
    p.y = y + 4
    p.table([["ご請求内容", f"{era(issued)}現在"],
             ["ご利用残高（元金）", f"{P:,} 円"], ["未払利息", f"{I:,} 円"], [f"損害金（年{R:.1f}％）", f"{L:,} 円"],
             ["ご請求金額合計", f"{T:,} 円"]],
            [70, 50], x=16, header=True, aligns="lr", size=10, row_h=8, shade_col0=True)
    ty = p.y - 8
    p.add(Box(16, ty, 120, 8, 0.9, WINE))
    y = ty - 32
    p.add(Box(142, y, 52, 40, 0.8, WINE))
    p.add(Box(142, y, 52, 9, color=None, fill=WINE))
    p.at(168, y + 6.3, "お支払期日", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(168, y + 20, era(due), size=11.5, font="sans-bold", align="c")
    p.at(168, y + 27, f"（{wd(due)}曜日）", size=10, align="c")
    p.at(168, y + 35, "までにお振込みください", size=8, align="c")
    p.y += 4
    p.line("■お振込先", size=9.5, font="sans-bold")
    p.para("いぶき銀行　本店営業部　普通預金　7720413　口座名義　パルティールサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※お振込みの際は、ご依頼人名の前にお客様番号の下5桁「88347」をご入力ください。振込手数料はお客様のご負担と"
           "なります。", size=8.5, indent="")
    p.gap(2)
    p.line("■ご注意", size=9.5, font="sans-bold")
    p.para("上記期日までにご入金又はご連絡をいただけない場合は、やむを得ず法的手続（支払督促の申立て等）を検討させていただく"
           "ことがございます。なお、本状と行き違いにご入金いただいた場合は、ご容赦ください。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Line(16, y, 194, y, 0.4, WINE))
    p.at(16, y + 6, "パルティール債権回収株式会社", size=10.5, font="sans-bold")
    p.at(16, y + 11, "〒141-0000　東京都品川区鴎町7丁目3番1号", size=8.5)
    p.at(16, y + 15.5, "法務大臣許可 第113号", size=8.5)
    p.at(110, y + 6, "お問い合わせ　TEL 0120-000-713", size=10, font="sans-bold")
    p.at(110, y + 11, "受付時間　平日 9:30～18:00（土日祝休）", size=8.5)
    p.at(110, y + 15.5, "担当　渋下", size=8.5)
    p.seal(92, y + 10, 15, "square", "パルティール債権回収之印", angle=3, seed=79011)
    qr(p, 176, y + 19, 16, "cj01")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-713", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社いさりびカード", debtor="猿賀竜也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-6021-88347", input_kind="photo_jpeg",
               template="proxy79_servicer_dunning_card_window_deadline_box", received=D(2026, 2, 9))
    return dict(stem="cj01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.86, blur=0.9, warm=0.2, shadow=0.18,
                          shadow_side="bottom"),
                about="collection_notice (real servicer 督促状, 譲受 card debt)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; wine band and "
                        "logo text; window address with 親展 / filled 重要 stamps; real servicer ★ パルティール債権回収 with "
                        "「法務大臣許可 第113号」 (no 番号 word) in the footer; a 2×2 shaded grid (原債権者, 債権譲受日, "
                        "期限の利益喪失日, 最終ご入金日); a header-row table with the labels ご利用残高（元金） / 未払利息 / "
                        "損害金（年18.0％） / ご請求金額合計; the due date in a framed box on the RIGHT split over two lines "
                        "(date, then 「（金曜日）」); the 5-digit transfer code 88347 and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# cj02 SMBC債権回収 催告書: formal, no licence number, relative deadline only (payment_due null). Scanned.


def cj02():
    R = 14.6
    issued = D(2026, 4, 14)
    acc, lastp, assign = D(2025, 6, 30), D(2025, 4, 27), D(2026, 1, 30)
    P, I = 1_086_544, 4_112
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18, left=22, right=22)
    p.line(fw(era(issued)), align="r")
    p.line("債権番号　ＳＢ２６－０４１４－０９３", align="r", size=9.5)
    p.gap(2)
    p.line("〒950-0000　新潟県新潟市中央区琥珀町二丁目5番8号", size=10)
    p.line("欠端　公江　殿", size=13)
    p.gap(2)
    p.line("東京都中央区銀杏坂一丁目1番1号", x=118, size=9.5)
    p.line("SMBC債権回収株式会社", x=118, size=11, font="serif-bold")
    p.line("回収第二部　担当　戸次", x=118, size=9.5)
    p.line("電話　0120-000-361", x=118, size=9.5)
    p.seal(186, p.y - 13, 15, "square", "SMBC債権回収株式会社印", angle=-2, seed=79021)
    p.gap(4)
    p.title("催　告　書", size=18, font="serif-bold")
    p.para("当社は、株式会社あおさぎクレジットから、同社が貴殿に対して有する下記の貸金債権を譲り受け、その旨は同社より"
           "貴殿に通知されているところです。")
    p.para("しかるに、貴殿からは現在に至るまで何らのお支払いもなく、当社からのご連絡にもご応答いただけておりません。")
    p.para("つきましては、本書到達後７日以内に、下記請求額計を一括して当社指定口座にお支払いください。万一、右期間内に"
           "お支払い又はご連絡のない場合は、貴殿に対し法的手続をとることになりますので、念のため申し添えます。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    rows = [("原 債 権 者", "株式会社あおさぎクレジット"), ("原 契 約", "平成30年11月2日付　カードローン契約（極度額 150万円）"),
            ("譲 受 日", fw(era(assign))), ("最終弁済日", fw(era(lastp))), ("期限の利益喪失日", fw(era(acc)))]
    p.kv(rows, x=30, label_w=38, size=10)
    p.gap(2)
    p.line(f"請求額の内訳（{fw(era(issued))}現在）", x=30, size=10, font="serif-bold")
    for lab, v in (("債権元本", P), ("約定利息", I), (f"遅延損害金（年{R}％）", L)):
        p.line(lab, x=36, size=10.5)
        p.at(170, p.y - p.lh(10.5) + 10.5 * 0.3528, f"金{v:,}円", size=10.5, align="r")
    p.add(Line(36, p.y + 0.5, 172, p.y + 0.5, 0.3))
    p.gap(1.5)
    p.line("請求額計", x=36, size=11, font="serif-bold")
    p.at(170, p.y - p.lh(11) + 11 * 0.3528, f"金{T:,}円", size=11, font="serif-bold", align="r")
    p.gap(2)
    p.para(f"※{fw(era(issued + ONE))}以降、完済に至るまで、債権元本に対し年{R}％（年365日の日割計算）の割合による遅延"
           "損害金が発生いたします。", x0=30, size=9.5, indent="")
    p.gap(1)
    p.line("振込先　ひかり信託銀行　本店　普通　3309127　ＳＭＢＣサイケンカイシュウ（カ", x=30, size=9.5)
    p.gap(2)
    p.line("以　上", align="r")
    p.gap(2)
    p.para("本書と行き違いにお支払い済みの場合は、何卒ご容赦ください。ご不明な点は、債権番号をお手元にご用意のうえ"
           "お問い合わせください。", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=None,
               phone="0120-000-361", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社あおさぎクレジット", debtor="欠端公江", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SB26-0414-093", input_kind="scan_png",
               template="proxy79_servicer_saikokusho_relative_deadline_no_license", received=D(2026, 4, 16))
    return dict(stem="cj02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (real servicer 催告書, no licence printed, relative deadline)",
                unusual="formal serif 催告書 of a real servicer ★ SMBC債権回収 that prints NO licence number anywhere; "
                        "addressee 殿 top-LEFT, sender block right with a square seal; full-width era dates; the deadline is "
                        "ONLY 「本書到達後７日以内」 (payment_due null); a kv 記 block (原債権者, 原契約 平成30年 with 極度額 "
                        "150万円, 譲受日, 最終弁済日, 期限の利益喪失日) and a leader-less amount list 債権元本 / 約定利息 / "
                        "遅延損害金（年14.6％） / 請求額計 with 金…円 right-aligned; full-width reference 債権番号 "
                        "ＳＢ２６－０４１４－０９３; the trust-bank account number as a distractor")


# ---------------------------------------------------------------------------------------------
# cj03 オリックス債権回収 最終ご通知 (auto loan), digital, slash dates, two cards side by side.


def cj03():
    R = 14.6
    issued, due = D(2026, 3, 24), D(2026, 4, 7)
    acc, lastp, assign = D(2025, 8, 20), D(2025, 6, 27), D(2025, 11, 28)
    P, I = 1_627_400, 31_258
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=12, left=15, right=15)
    p.add(Box(15, 12, 6, 14, color=None, fill=ORX))
    p.at(24, 19, "オリックス債権回収株式会社", size=14, font="sans-bold")
    p.at(24, 24.5, "リテール債権部　東日本回収センター", size=8.5, color=GRAY)
    p.at(195, 17, f"通知日：{slash(issued)}", size=9, align="r")
    p.at(195, 22, "管理No.：ORX-2603-55821", size=9, align="r")
    p.y = 32
    p.line("〒990-0000　山形県山形市夕凪通4-18-6", size=9.5)
    p.line("長内　智明　様", size=13)
    p.gap(3)
    stamp(p, 15, p.y, "法的手続移行予告", color=RED, size=12, h=9)
    p.y += 13
    p.title("最終ご通知", size=20)
    p.para(f"お客様が株式会社かるがもオートとの間でご契約の自動車ローン債権は、{slash(assign)}付で当社が譲り受けております。"
           "当社より再三ご連絡を差し上げておりますが、現在までご入金・ご連絡をいただけておりません。本通知は当社からの最終の"
           "ご通知となります。下記の最終ご請求額を、お支払期限までに一括してお支払いください。", size=9.6)
    p.gap(3)
    y0 = p.y
    # left card: contract facts
    p.add(Box(15, y0, 86, 62, 0.4, GRAY))
    p.add(Box(15, y0, 86, 8, color=None, fill=SHADE))
    p.at(18, y0 + 5.6, "ご契約情報", size=10, font="sans-bold")
    facts = [("原債権者", "株式会社かるがもオート"), ("ご契約日", "2021/05/17"), ("車　名", "軽乗用車（登録番号 省略）"),
             ("最終お支払日", slash(lastp)), ("期限の利益喪失日", slash(acc)), ("債権譲受日", slash(assign))]
    for i, (a, b) in enumerate(facts):
        yy = y0 + 15 + i * 8
        p.at(18, yy, a, size=8.8, color=GRAY)
        p.at(98, yy, b, size=9.3, align="r")
        p.add(Line(18, yy + 2.5, 98, yy + 2.5, 0.15, GRAY))
    # right card: amounts
    p.add(Box(109, y0, 86, 62, 0.6, ORX))
    p.add(Box(109, y0, 86, 8, color=None, fill=ORX))
    p.at(112, y0 + 5.6, f"ご請求内容（{slash(issued)}時点）", size=10, font="sans-bold", color=WHITE)
    am = [("残債務元本", P), ("経過利息", I), (f"遅延損害金 年{R}%", L)]
    for i, (a, b) in enumerate(am):
        yy = y0 + 16 + i * 9
        p.at(112, yy, a, size=9.5)
        p.at(192, yy, f"{b:,}円", size=10.5, align="r")
    p.add(Line(112, y0 + 42, 192, y0 + 42, 0.5))
    p.at(112, y0 + 50, "最終ご請求額", size=10.5, font="sans-bold")
    p.at(192, y0 + 51, f"{T:,}円", size=15, font="sans-bold", align="r", color=RED)
    p.at(192, y0 + 58, f"※{slash(issued + ONE)}以降も日々損害金が加算されます", size=6.8, align="r", color=GRAY)
    p.y = y0 + 68
    p.add(Box(15, p.y, 180, 14, 1.0, RED))
    p.at(20, p.y + 9.2, "お支払期限", size=12, font="sans-bold", color=RED)
    p.at(62, p.y + 9.5, f"{slash(due)}（{wd(due)}）", size=16, font="sans-bold")
    p.at(190, p.y + 9.2, "当日15時までにお振込みください", size=8.5, align="r")
    p.y += 19
    p.line("【お振込先】　ほしかげ銀行　本店　当座　0051187　オリックスサイケンカイシュウ（カ", size=9.3)
    p.line("　　　　　　　　※お振込名義の前に管理No.の数字5桁（55821）を付してください。", size=8.5)
    p.gap(2)
    p.line("【期限までにお支払いがない場合】", size=9.5, font="sans-bold")
    p.para("当社は、お客様に対する訴訟の提起又は支払督促の申立て等、法的手続に移行いたします。法的手続に移行した場合、"
           "判決等に基づき給与・預金等の差押えを受けることがあります。ご事情によりお支払いが困難な場合でも、期限までに必ず"
           "ご連絡ください。", size=9, indent="")
    p.gap(2)
    p.para("本通知と行き違いにお支払いいただいた場合は、本通知をお捨て置きください。", size=8.5, indent="")
    p.gap(4)
    y = p.y
    p.add(Line(15, y, 195, y, 0.3))
    for i, s in enumerate(["オリックス債権回収株式会社　東日本回収センター",
                           "〒100-0000　東京都千代田区柊通1-2-3　ORXビル5F",
                           "許可番号：法務大臣第11号",
                           "TEL 0120-000-111（平日 9:00～17:30）　FAX 03-0000-1129　担当：御供"]):
        p.at(15, y + 5 + i * 4.6, s, size=8.8)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-111", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かるがもオート", debtor="長内智明", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ORX-2603-55821", input_kind="pdf_text",
               template="proxy79_servicer_final_notice_two_cards_slash_dates", received=D(2026, 3, 26))
    return dict(stem="cj03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 最終ご通知, auto loan)",
                unusual="digital 最終ご通知 of a real servicer ★ オリックス債権回収 with 「許可番号：法務大臣第11号」 in the "
                        "footer; a red framed 「法的手続移行予告」 stamp above the title; EVERY date in slash form 2026/03/24; "
                        "two cards side by side: ご契約情報 (原債権者, ご契約日 2021/05/17, 最終お支払日, 期限の利益喪失日, "
                        "債権譲受日) and ご請求内容 with the labels 残債務元本 / 経過利息 / 遅延損害金 年14.6% / 最終ご請求額 (in "
                        "red, 15 pt); a red-framed deadline bar with 「当日15時まで」; 管理No. ORX-… top-right; FAX next to "
                        "TEL in the footer")


# ---------------------------------------------------------------------------------------------
# cj04 せせらぎ信用金庫 縦書き 期限の利益喪失通知 (当然喪失), digital 内容証明 with positional kanji amounts.

SS_ACC, SS_LAST = D(2026, 1, 13), D(2025, 9, 30)
SS_P, SS_I, SS_R = 3_846_210, 18_433, 14.0


def cj04():
    issued, due = D(2026, 1, 19), D(2026, 2, 2)
    P, I, R = SS_P, SS_I, SS_R
    L = late(P, R, SS_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失のご通知"),
        ("body", "貴殿は、当金庫との間で令和二年六月十五日に締結した金銭消費貸借契約（多目的ローン、当初貸付金四百五十万円）に"
                 "基づく毎月末日の約定弁済を、令和七年九月三十日の弁済を最後に、その後三回にわたり怠っております。"),
        ("body", f"右は当金庫信用金庫取引約定書第五条第一項に定める事由に該当するため、貴殿は{kdate(SS_ACC)}の経過により"
                 "当然に本件借入金全額について期限の利益を喪失いたしました。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}までに当金庫本店営業部へ持参又は送金のうえ、一括してお支払い"
                 "ください。"),
        ("indent", "記"),
        ("indent", f"一、貸付金残元金　{kin(P)}"),
        ("indent", f"一、未払利息　　　{kin(I)}"),
        ("indent", f"一、遅延損害金　　{kin(L)}"),
        ("plain", f"　　　（{kdate(SS_ACC + ONE)}から本書作成日まで年十四パーセントの割合による）"),
        ("indent", f"一、合計　　　　　{kin(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、保証機関ひいらぎ保証株式会社に対し保証債務の履行を請求いたしますので、"
                 "あらかじめご承知おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "静岡県沼津市舟倉三丁目八番十号"),
        ("low", "せせらぎ信用金庫"),
        ("low", "本店営業部長　荻窪　孝典"),
        ("low", "電話　〇五五（〇〇〇）四二一八"),
        ("blank", ""),
        ("low", "静岡県三島市桔梗原一丁目二十番五号"),
        ("low", "荒谷　勇吉　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 79041))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "荻窪" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 15) * size * 0.3528 * 1.05, 11, "square", "せせらぎ信用金庫理事長之印",
                         angle=3, seed=79042))
    tr = truth(document_type="acceleration_notice", sender="せせらぎ信用金庫", phone="055-000-4218",
               creditor="せせらぎ信用金庫", status="not_applicable", debtor="荒谷勇吉", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=SS_ACC,
               last_payment=SS_LAST, reference=None, input_kind="vertical_pdf",
               template="proxy79_vertical_shinkin_acceleration_automatic", received=D(2026, 1, 21))
    return dict(stem="cj04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, 当然喪失)",
                unusual="digital 縦書き 期限の利益喪失のご通知 of a 信用金庫 with the 内容証明 stamp; 当然喪失 「の経過により当然に」 "
                        "(no 催告 date); every amount in positional kanji (金三百八十四万六千二百十円 …) in 一、 items; the loan "
                        "date 令和二年六月十五日 and 当初貸付金四百五十万円 as distractors; 取引約定書第五条第一項; the guarantor "
                        "named; phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# cj05 ひいらぎ保証 代位弁済・求償権行使のご通知 of the same loan, one-page fax.


def cj05():
    R = 14.6
    issued, due, subro = D(2026, 3, 6), D(2026, 3, 23), D(2026, 2, 27)
    hist_l = late(SS_P, SS_R, SS_ACC + ONE, subro)
    SUB = SS_P + SS_I + hist_l
    P = SUB
    L = late(P, R, subro + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 18, "ＦＡＸ送信", size=9)
    p.at(192, 18, f"送信日　{fw(era(issued))}", size=9, align="r")
    p.y = 22
    p.line("荒谷　勇吉　様", size=13)
    p.line("〒411-0000　静岡県三島市桔梗原1丁目20番5号", size=9)
    p.gap(1)
    p.line("ひいらぎ保証株式会社", x=120, size=11, font="sans-bold")
    p.line("債権管理部　求償グループ　担当 松舘", x=120, size=8.8)
    p.line("TEL 054-000-6620　FAX 054-000-6629", x=120, size=8.8)
    p.line("関東財務局長(3)第01844号", x=120, size=8)
    p.seal(185, 38, 13, "square", "ひいらぎ保証株式会社印", angle=-3, seed=79051)
    p.gap(2)
    p.title("代位弁済及び求償権行使のご通知", size=15)
    p.line("求償管理番号　HG-08-27714", align="r", size=9.5)
    p.para(f"当社は、貴殿がせせらぎ信用金庫から借り入れた多目的ローンについて連帯保証しておりましたところ、貴殿が"
           f"{era(SS_ACC)}の経過により同金庫に対する期限の利益を喪失されたため、保証契約に基づき、{era(subro)}、同金庫に"
           "対し貴殿の債務を弁済（代位弁済）いたしました。", size=9.8)
    p.para("これにより、当社は貴殿に対し下記の求償権を取得いたしましたので、本書をもって求償権を行使し、下記ご請求額を"
           "ご請求申し上げます。", size=9.8)
    p.gap(1)
    p.line("１．代位弁済の内容", size=10, font="sans-bold")
    p.table([["代位弁済日", era(subro)], ["代位弁済額", f"{SUB:,}円"],
             ["（内訳）", f"元金 {SS_P:,}円・利息 {SS_I:,}円・損害金 {hist_l:,}円"],
             ["金庫への最終ご返済日", era(SS_LAST)]], [48, 116], x=22, aligns="ll", size=9.3, row_h=7, shade_col0=True)
    p.gap(2)
    p.line(f"２．ご請求額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["求償元金", f"{P:,}円"],
             [f"求償元金に対する損害金（{jis(subro + ONE)}～{jis(issued)}・年{R}％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [124, 40], x=22, aligns="lr", size=9.5, row_h=7.5)
    p.gap(2)
    p.line("３．お支払期限", size=10, font="sans-bold")
    p.line(f"　　{era(due)}（{wd(due)}）　当社指定口座へお振込みください。", size=11, font="sans-bold")
    p.line("　　振込先：うみねこ銀行 静岡支店 普通 2081544 ヒイラギホシヨウ（カ", size=9.3)
    p.gap(2)
    p.para(f"※{era(issued + ONE)}以降も、完済の日まで求償元金に対し年{R}％（年365日日割計算）の割合による損害金が発生"
           "します。", size=8.8, indent="")
    p.para("※お支払期限までにお支払い又はご相談がない場合、支払督促の申立て等の法的措置をとることがあります。", size=8.8,
           indent="")
    p.para("※本書は送信後、原本を普通郵便にてもお送りいたします。", size=8.8, indent="")
    tr = truth(document_type="acceleration_notice", sender="ひいらぎ保証株式会社", phone="054-000-6620",
               creditor="ひいらぎ保証株式会社", status="not_applicable", original="せせらぎ信用金庫",
               debtor="荒谷勇吉", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=SS_ACC, last_payment=SS_LAST,
               reference="HG-08-27714", input_kind="fax_tiff",
               template="proxy79_guarantor_subrogation_recourse_fax", received=issued)
    return dict(stem="cj05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:05 HIIRAGI HOSHO 054-000-6629",
                about="acceleration_notice (guarantee company 代位弁済 + 求償権行使, one-page fax)",
                unusual="one-page G4 fax of the guarantee company for cj04's loan: 「ＦＡＸ送信」 and the full-width 送信日 "
                        "top line; title 代位弁済及び求償権行使のご通知; the 代位弁済 table (代位弁済日, 代位弁済額 with its "
                        "内訳 元金 / 利息 / 損害金 on ONE line = history, 金庫への最終ご返済日); ご請求額 as a 3-row table with the "
                        "labels 求償元金 / 求償元金に対する損害金（R8.2.28～R8.3.6・年14.6％） / ご請求額合計 (no interest); "
                        "貸金業登録番号 関東財務局長(3)第01844号 and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# cj06 joint 債権譲渡及び譲受通知書, みさきカード → アウロラ債権回収, p.2 債権目録 with two claims. Digital.


def cj06():
    R = 14.6
    issued, assign = D(2026, 5, 8), D(2026, 4, 30)
    acc, lastp = D(2026, 2, 27), D(2025, 12, 27)
    claims = [("ショッピングリボ", "0311-88-0417", 286_430, 5_212), ("キャッシング", "0311-88-0418", 400_000, 6_830)]
    rows = []
    for name, no, pr, it in claims:
        lt = late(pr, R, acc + ONE, assign)
        rows.append((name, no, pr, it, lt, pr + it + lt))
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = P + I + L
    assert sum(r[5] for r in rows) == T
    p = Page(font="serif", size=10.5, top=18, left=22, right=22)
    p.line(era(issued), align="r")
    p.gap(2)
    p.line("〒870-0000　大分県大分市かげろう通5丁目2番17号", size=10)
    p.line("簗田　和仁　様", size=13.5)
    p.gap(5)
    p.title("債権譲渡及び譲受通知書", size=17, font="serif-bold")
    p.gap(2)
    p.para("拝啓　時下益々ご清栄のこととお喜び申し上げます。")
    p.para(f"さて、譲渡人株式会社みさきカード（以下「譲渡人」といいます。）は、貴殿との間のカード会員契約に基づき貴殿に"
           f"対して有する別紙債権目録記載の債権（元本、手数料、利息、遅延損害金その他付随する一切の権利を含みます。）を、"
           f"{era(assign)}付で譲受人アウロラ債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしました。")
    p.para("つきましては、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。今後のお支払い及び"
           "お問い合わせにつきましては、すべて譲受人宛てにお願いいたします。譲渡人へのお支払いはお控えください。")
    p.para("なお、譲受人より、改めてお支払方法等についてご案内を差し上げます。")
    p.line("敬具", align="r")
    p.gap(4)
    y = p.y
    for i, (role, addr, name, rep, extra, seal_txt) in enumerate([
        ("譲渡人", "福岡県福岡市中央区渚町2丁目8番1号", "株式会社みさきカード", "代表取締役　米田　昌樹", "",
         "株式会社みさきカード"),
        ("譲受人", "東京都港区愛宕2丁目5番1号", "アウロラ債権回収株式会社", "代表取締役　垣花　寛人",
         "法務大臣許可番号第76号", "アウロラ債権回収株式会社")]):
        yy = y + i * 30
        p.at(30, yy + 5, f"（{role}）", size=10)
        p.at(56, yy + 5, addr, size=10)
        p.at(56, yy + 11, name, size=11.5, font="serif-bold")
        p.at(56, yy + 17, rep, size=10)
        if extra:
            p.at(56, yy + 23, extra, size=10)
        p.seal(168, yy + 12, 17, "round", seal_txt + "|代表/取締/役印", angle=5 - 8 * i, seed=79061 + i)
    p.y = y + 62
    p.add(Box(22, p.y, 166, 30, 0.4))
    p.at(26, p.y + 6, "【お問い合わせ先】（譲受人）", size=10, font="serif-bold")
    p.at(26, p.y + 12.5, "アウロラ債権回収株式会社　カスタマーセンター　担当　上地", size=10)
    p.at(26, p.y + 18.5, "電話　03-0000-7676（平日 9:00～18:00）", size=10)
    p.at(26, p.y + 24.5, "お客様番号　AU-5508-1163", size=10)
    p.y += 36
    p.para("（譲渡人のお問い合わせ窓口：株式会社みさきカード　会員サービス室　092-000-3301）", size=8.5, indent="")
    # page 2: 債権目録
    q = Page(font="serif", size=10, top=22, left=18, right=18)
    q.line("別紙", size=10)
    q.title("債 権 目 録", size=15, font="serif-bold")
    q.para(f"貴殿と譲渡人との間の平成29年7月3日付カード会員契約（会員番号 4980-****-****-2206）に基づく下記債権"
           f"（{era(assign)}現在）", size=10, indent="")
    q.gap(2)
    head = ["区分", "ご契約番号", "元本", "手数料・利息", "遅延損害金", "小計"]
    body = [[n, no, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for n, no, pr, it, lt, sub in rows]
    body.append(["合計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    q.table([head] + body, [30, 30, 28, 28, 28, 30], x=18, header=True, aligns="llrrrr", size=9.3, row_h=8)
    q.line("（単位：円）", align="r", size=8.5)
    q.gap(2)
    q.kv([("期限の利益喪失日", era(acc)), ("最終入金日", era(lastp)), ("債権譲渡日", era(assign)),
          ("遅延損害金", f"元本に対し{era(acc + ONE)}から支払済みまで年{R}％（年365日の日割計算）")],
         x=22, label_w=40, size=9.8)
    q.gap(4)
    q.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7676", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社みさきカード", debtor="簗田和仁", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-5508-1163", input_kind="pdf_text_2page",
               template="proxy79_joint_assignment_with_claims_schedule", received=D(2026, 5, 11))
    return dict(stem="cj06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, 債権目録 on p.2)",
                unusual="joint 債権譲渡及び譲受通知書 (serif, 拝啓 … 敬具) with the two notifier blocks STACKED under the body "
                        "and round 代表取締役印 seals; real servicer ★ アウロラ債権回収 as 譲受人 with 「法務大臣許可番号第76号」; "
                        "NO amounts on p.1; p.2 別紙 債権目録 with TWO claims (ショッピングリボ / キャッシング, each its own "
                        "ご契約番号) and a 合計 row (元本 / 手数料・利息 / 遅延損害金 / 小計, 単位：円 under the table) → truth = "
                        "the 合計 row; 喪失日 / 最終入金日 / 譲渡日 / rate in a kv block under it; masked 会員番号 and the "
                        "譲渡人's own 092 phone as distractors; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# cj07 エー・シー・エス債権管理回収 受託のご通知 for a consumer lender, iPhone HEIC.


def cj07():
    R = 20.0
    issued, due, entrust = D(2026, 6, 3), D(2026, 6, 19), D(2026, 5, 25)
    acc, lastp = D(2026, 3, 11), D(2026, 1, 26)
    P, I = 523_000, 9_841
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=16, right=16)
    p.add(Box(16, 12, 28, 12, color=None, fill=TEAL))
    p.at(30, 20.5, "ACS", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(48, 17, "エー・シー・エス債権管理回収株式会社", size=11.5, font="sans-bold", color=TEAL)
    p.at(48, 22, "法務大臣許可番号　第27号", size=8.5, color=TEAL)
    p.at(194, 17, era(issued), size=9.5, align="r")
    p.y = 32
    p.line("〒260-0000　千葉県千葉市美浜区梟町1-9-3-402", size=9.5)
    p.line("似鳥　貴久　様", size=13)
    p.gap(4)
    p.title("債権管理回収業務の受託についてのご通知", size=14.5, color=TEAL)
    p.para(f"当社は、株式会社いちいファイナンス（以下「委託元」）より、お客様と委託元との間のご契約に基づく債権の管理及び回収"
           f"業務の委託を、{era(entrust)}付で受けました。債権者は引き続き委託元であり、当社は委託元に代わってお支払いを"
           "お受けいたします。", size=9.8)
    p.para(f"お客様は、{era(acc)}をもって期限の利益を喪失されております。つきましては、下記ご請求金額を、下記期日までに"
           "一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    cells = [("委託元（債権者）", "株式会社いちいファイナンス"), ("ご契約番号（委託元）", "IC-0042-7719-3"),
             ("お客様番号", "27-0603-4481"), ("最終ご入金日", era(lastp))]
    for i, (a, b) in enumerate(cells):
        x = 16 + (i % 2) * 89
        yy = y + (i // 2) * 14
        p.add(Box(x, yy, 89, 14, 0.3, TEAL))
        p.at(x + 2, yy + 4.5, a, size=7.5, color=TEAL)
        p.at(x + 4, yy + 11, b, size=10.5)
    p.y = y + 32
    yb = y + 33
    p.line(f"ご請求金額の内訳　（{era(issued)}現在）", size=10, font="sans-bold")
    for a, b in (("貸付残元金", P), ("利息（期限の利益喪失日まで）", I), (f"遅延損害金（年{R:.1f}％）", L)):
        p.line(a, x=22, size=10)
        p.at(130, p.y - p.lh(10) + 10 * 0.3528, f"{b:,}円", size=10.5, align="r")
    p.add(Line(22, p.y, 132, p.y, 0.6))
    p.gap(1)
    p.line("ご請求金額", x=22, size=11, font="sans-bold")
    p.at(130, p.y - p.lh(11) + 11 * 0.3528, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Box(140, yb, 54, 34, 0.9, TEAL))
    p.at(167, yb + 8, "お支払期日", size=10, font="sans-bold", color=TEAL, align="c")
    p.at(167, yb + 19, f"{fw(str(due.month))}月{fw(str(due.day))}日", size=16, font="sans-bold", align="c")
    p.at(167, yb + 27, f"令和{due.year - 2018}年（{wd(due)}）", size=10, align="c")
    p.gap(5)
    p.line("お振込先", size=10, font="sans-bold")
    p.line("いろは銀行　幕張支店　普通預金　6601327　エーシーエスサイケンカンリカイシュウ（カ", size=9.3)
    p.gap(2)
    p.para("・お支払いが困難な場合は、期日までに必ずご相談ください。ご連絡のない場合、委託元において法的手続がとられることが"
           "あります。", size=8.8, indent="")
    p.para("・委託元への直接のお支払いはご遠慮ください。行き違いの際はご容赦ください。", size=8.8, indent="")
    p.para("・ご家族の方など、ご本人様以外の方にはお支払義務はございません。ご本人様からお電話ください。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 178, 22, 0.3, GRAY))
    p.at(20, y + 6, "エー・シー・エス債権管理回収株式会社　回収業務部", size=10, font="sans-bold")
    p.at(20, y + 11.5, "〒261-0000　千葉県千葉市美浜区松籟1丁目3番地", size=8.8)
    p.at(20, y + 17, "TEL 0120-000-027（平日 9:00～19:00）　担当：上地", size=8.8)
    p.seal(180, y + 11, 15, "square", "エーシーエス債権管理回収", angle=2, seed=79071)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-027", creditor="株式会社いちいファイナンス", status="licensed",
               original="株式会社いちいファイナンス", debtor="似鳥貴久", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=None, reference="27-0603-4481", input_kind="photo_heic",
               template="proxy79_servicer_entrustment_notice_month_day_box", received=D(2026, 6, 5))
    return dict(stem="cj07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.8, creases=2, fill=0.85, glare=18, warm=0.25, bow=6),
                about="assignment_notice (real servicer 受託通知 with a demand)",
                unusual="iPhone HEIC on a dark cloth with a bulge, creases and lamp glare; real servicer ★ "
                        "エー・シー・エス債権管理回収 (teal 「ACS」 logo box, 「法務大臣許可番号　第27号」 under the name) collecting "
                        "ON COMMISSION (creditor = original = 委託元 いちいファイナンス; the 受託日 is not an assignment); four "
                        "label-above-value cells (委託元（債権者）, ご契約番号（委託元）, お客様番号, 最終ご入金日); amounts as "
                        "lines with right-aligned figures 貸付残元金 / 利息（期限の利益喪失日まで） / 遅延損害金（年20.0％） / "
                        "ご請求金額; the due date in a box as full-width 「６月１９日」 over 「令和8年（金）」; the 喪失 date only "
                        "in the prose")


# ---------------------------------------------------------------------------------------------
# cj08 金沢簡易裁判所 支払督促 (consumer lender creditor), 2-page image PDF.


def cj08():
    R = 20.0
    issued, filed = D(2026, 5, 15), D(2026, 5, 1)
    acc, lastp = D(2025, 12, 25), D(2025, 9, 25)
    P, I = 684_120, 3_902
    L = late(P, R, acc + ONE, filed)
    C_fee, C_post, C_doc = 3_500, 1_130, 800
    C = C_fee + C_post + C_doc
    T = P + I + L + C
    case = "令和8年(ロ)第512号"
    p = Page(font="serif", size=11, top=20, left=24, right=24)
    p.line(f"{fw('令和8年（ロ）第512号')}　貸金請求督促事件", size=10.5)
    p.gap(10)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(4)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=34)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", x=34)
    p.gap(6)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.gap(2)
    p.line("金沢簡易裁判所", x=100)
    p.line("裁判所書記官　与儀　雅代", x=100)
    p.seal(176, p.y - 6, 15, "square", "金沢簡易裁判所書記官印", seed=79081)
    p.gap(16)
    y = p.y
    p.add(Box(24, y, 162, 46, 0.5))
    for i, s in enumerate(["支払督促を受け取った方へ",
                           "１　請求に異議があるときは、この支払督促が送達された日から２週間以内に、同封の「督促異議申立書」",
                           "　　を当裁判所に提出してください（郵送でもかまいません）。",
                           "２　異議を申し立てると、通常の訴訟手続に移行します。分割払いを希望する場合も督促異議申立書に",
                           "　　その旨を記載してください。",
                           "３　お問い合わせ　金沢簡易裁判所民事係　電話 076-000-2310（平日午前８時３０分～午後５時）"]):
        p.at(28, y + 7 + i * 7, s, size=11 if i == 0 else 9.3, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10, top=18, left=20, right=20)
    q.line("当 事 者 目 録", align="c", size=13, font="serif-bold")
    q.gap(2)
    q.kv([("債　権　者", "〒920-0000　石川県金沢市北前六丁目4番2号"), ("", "株式会社北斗ファイナンス"),
          ("", "代表者代表取締役　當山　恵三"), ("", "（送達場所）同社北陸債権管理室　電話 076-000-8150"),
          ("債　務　者", "〒921-0000　石川県金沢市さざなみ坂二丁目11番3号"), ("", "赤沼　伸子")], x=24, label_w=30, size=10)
    q.gap(4)
    q.line("請 求 の 趣 旨", align="c", size=12, font="serif-bold")
    q.gap(1)
    items = [f"１　金{P:,}円（残元金）", f"２　金{I:,}円（{fw(era(acc))}までの未払利息）",
             f"３　金{L:,}円（上記１に対する{fw(era(acc + ONE))}から{fw(era(filed))}まで年20％の割合による遅延損害金）",
             f"４　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年20％の割合による遅延損害金",
             f"５　金{C:,}円（督促手続費用）"]
    for s in items:
        q.para(s, x0=26, x1=188, indent="")
    q.para(f"（以上１、２、３及び５の合計　金{T:,}円）", x0=26, x1=188, indent="")
    q.para(f"（注）督促手続費用の内訳　申立手数料{C_fee:,}円、支払督促正本送達費用{C_post:,}円、支払督促発付通知費用及び"
           f"申立書作成提出費用{C_doc:,}円", x0=26, x1=188, size=8.8, indent="")
    q.gap(3)
    q.line("請 求 の 原 因", align="c", size=12, font="serif-bold")
    q.gap(1)
    for s in ("１　債権者は、債務者に対し、令和4年3月8日、次の約定で金800,000円を貸し付けた。",
              "　（１）弁済方法　令和4年4月から毎月25日限り元利金を分割して支払う",
              "　（２）利息　年15.0％　　遅延損害金　年20.0％（年365日の日割計算）",
              "　（３）期限の利益喪失の約定　分割金の支払を怠り、債権者から書面による催告を受けてもなお支払わないときは、"
              "期限の利益を失う。",
              f"２　債務者は、{fw(era(lastp))}までの分割金を支払ったのみで、その後の支払をせず、債権者の催告にもかかわらず"
              f"支払わなかったため、{fw(era(acc))}の経過により期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=188, indent="")
    q.gap(4)
    q.line(f"申立年月日　{fw(era(filed))}", align="r", size=9.5)
    q.line("これは正本である。", align="r", size=9.5)
    tr = truth(document_type="payment_order", sender="金沢簡易裁判所", phone="076-000-2310",
               creditor="株式会社北斗ファイナンス", status="not_applicable", debtor="赤沼伸子", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy79_payment_order_lender_two_pages", received=D(2026, 5, 19))
    return dict(stem="cj08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, consumer-lender creditor, 2 pages)",
                unusual="支払督促 of 金沢簡裁 as a 2-page image PDF: p.1 the order and the 「支払督促を受け取った方へ」 box with "
                        "the court's phone; p.2 当事者目録 as kv lines (creditor 株式会社北斗ファイナンス, a lender, not a "
                        "servicer → not_applicable; its 送達場所 phone as a distractor) and 請求の趣旨 as numbered prose items "
                        "（残元金） / （…未払利息） / （…遅延損害金 with its window） / running item ４ / （督促手続費用） with a "
                        "bracketed 「以上１、２、３及び５の合計」 line; the 3-part cost breakdown in a (注); 請求の原因 with the "
                        "令和4年 loan of 800,000 and 年15.0％ as distractors; 申立年月日 at the foot")


LETTERS = [cj01, cj02, cj03, cj04, cj05, cj06, cj07, cj08]
