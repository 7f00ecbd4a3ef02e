"""Proxy set 70, letters ca09–ca16: "servicer letters from the whole registry". A reminder of two missed instalments
of a 和解 with the letterhead in a box, a servicer's letter on a debt whose last payment is almost five years old, a
縦書き 期限の利益喪失通知 sent by the servicer that collects for 住宅金融支援機構, three court papers whose creditor is a
servicer (支払督促, 仮執行宣言付支払督促, and a 簡裁 訴え by a servicer that absorbed another one), and two fakes in the
style of the public warnings: a 訴訟最終告知 postcard and a look-alike servicer's 債権譲渡通知 asking for 電子マネー."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
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
    vcheck_era,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
PLUM = (0.38, 0.12, 0.40)
TEAL = (0.0, 0.38, 0.42)
ONE = timedelta(1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ca09 セゾン債権回収: two missed instalments of a 和解 (reminder); the letterhead is a framed box top-right.


def ca09():
    issued, due = D(2026, 5, 12), D(2026, 5, 22)
    lastp, assign, deal = D(2026, 2, 27), D(2023, 12, 15), D(2024, 7, 10)
    A = 15_000
    missed = [D(2026, 3, 31), D(2026, 4, 30)]
    T = A * len(missed)
    REST = 465_000
    p = Page(font="sans", size=10, top=14)
    p.add(Box(118, 10, 78, 33, 0.6, PLUM))
    for i, (s, sz, f) in enumerate((("セゾン債権回収株式会社", 12, "sans-bold"), ("（法務大臣許可 第34号）", 8.5, "sans"),
                                    ("〒170-0000 東京都豊島区はるかぜ通九丁目9番9号", 7.5, "sans"),
                                    ("和解債権管理センター　担当 矢作", 8.5, "sans"),
                                    ("TEL 0120-000-934（平日9時～18時）", 8.5, "sans"))):
        p.at(122, 17 + i * 5.6, s, size=sz, font=f, color=PLUM if i < 2 else (0, 0, 0))
    p.at(15, 16, "〒060-0000", size=10)
    p.at(15, 21, "北海道札幌市中央区かげろう坂九丁目9番9号", size=10)
    p.at(15, 30, "諏訪部　加奈　様", size=13.5)
    p.at(15, 38, "お客様番号　SZ-23-1215-0688", size=9.5)
    p.at(196, 50, f"{era(issued)}", size=10, align="r")
    p.y = 54
    p.title("分割金ご入金確認のお願い", size=14.5, color=PLUM)
    p.para(f"平素より格別のご高配を賜り、誠にありがとうございます。{era(deal)}付の和解契約に基づく分割金につきまして、"
           "下記のとおりご入金が確認できておりません。", size=9.8)
    p.para(f"お手数ですが、未入金の分割金{T:,}円を{era(due)}（{wd(due)}）までにお振り込みくださいますようお願いいたします。",
           size=9.8)
    p.gap(2)
    rows = [["お支払期日", "分割金", "ご入金状況"]]
    rows += [[era(d), f"{A:,}円", "未入金"] for d in missed]
    rows += [["未入金合計", f"{T:,}円", ""]]
    p.table(rows, [60, 45, 45], x=30, header=True, aligns="crc", size=10, row_h=7.5)
    p.gap(3)
    y = grid(p, 15, p.y, [34, 56, 34, 57],
             [["原債権者", "株式会社しきみクレジット", "債権譲受日", era(assign)],
              ["和解契約日", era(deal), "最終ご入金日", era(lastp)],
              ["毎月の分割金", f"{A:,}円（毎月末日）", "和解後残額", f"{REST:,}円"]], h=7.2, size=9)
    p.y = y + 4
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, RED, (1.0, 0.96, 0.96)))
    p.at(19, y + 6, "ご注意", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["和解契約第３条により、分割金の支払を２回分以上怠り、その額が30,000円に達したときは、期限の利益を",
                           "失い、和解後残額から既払額を控除した全額及び遅延損害金を一括してお支払いいただくことになります。",
                           "ご事情によりお支払いが難しい場合は、お早めに上記担当までご相談ください。"]):
        p.at(19, y + 12 + i * 4.6, s, size=8.6)
    p.y = y + 28
    p.line("お振込先", size=9.8, font="sans-bold")
    p.para("みずほ銀行 池袋支店　普通預金 2093341　セゾンサイケンカイシユウ（カ　※振込人名の前にお客様番号の数字をご入力ください。",
           size=9, indent="")
    p.para("本状と行き違いにご入金いただいた場合は、ご容赦ください。", size=8.6, indent="")
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-934", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社しきみクレジット", debtor="諏訪部加奈", total=T, rate=None, lump=False, issued=issued,
               payment_due=due, acceleration=None, last_payment=lastp, assignment=assign,
               reference="SZ-23-1215-0688", input_kind="pdf_text",
               template="proxy70_saison_missed_instalments_boxed_letterhead", received=D(2026, 5, 14))
    return dict(stem="ca09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, reminder of two missed 和解 instalments)",
                unusual="real servicer ★ セゾン債権回収株式会社 in a plum-framed BOX top-right with 「（法務大臣許可 第34号）」 "
                        "in brackets under the name; a reminder after a 和解: a 3-column table (お支払期日 / 分割金 / ご入金状況 "
                        "未入金) of TWO missed 15,000 instalments and 未入金合計 30,000 (the total; no principal / interest "
                        "breakdown); the due date with weekday in the prose only; a shaded grid with 原債権者, 債権譲受日, "
                        "和解契約日, 最終ご入金日, 毎月の分割金 and 和解後残額 465,000 (distractor); the 30,000 threshold in "
                        "a red ご注意 box (acceleration only threatened)")


# ---------------------------------------------------------------------------------------------
# ca10 アイ・アール債権回収: a card debt whose last payment is four years and seven months old; phone photo.


def ca10():
    R = 14.6
    issued, due = D(2026, 4, 20), D(2026, 5, 11)
    assign, acc, lastp = D(2024, 6, 28), D(2021, 11, 8), D(2021, 9, 27)
    P, I = 328_450, 7_212
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 20, "アイ・アール債権回収株式会社", size=15, font="sans-bold", color=TEAL)
    p.add(Line(15, 23, 120, 23, 1.2, TEAL))
    p.at(15, 28, "〒100-0000 東京都千代田区ゆりのき通九丁目9番9号　TEL 03-0000-5237", size=8)
    p.at(196, 18, f"発行日 {era(issued)}", size=9.5, align="r")
    p.at(196, 23, "ご照会番号 IR-2406-77158", size=9.5, align="r")
    p.y = 36
    p.line("〒371-0000 群馬県前橋市なのはな坂九丁目9番9号", size=10)
    p.line("滝沢　修平　様", size=14)
    p.gap(4)
    stamp(p, 165, 38, "重要", size=12)
    p.title("ご連絡のお願い", size=17)
    p.para(f"当社は、{era(assign)}に株式会社ささゆりカードから貴方様に対するクレジット債権を譲り受けた債権回収会社です。"
           "これまで数回にわたりご案内をお送りしておりますが、ご連絡をいただけておりません。")
    p.para("現在のご利用残高は下記のとおりです。本状をご覧になりましたら、お支払期限までにお支払いいただくか、お支払方法について"
           "一度お電話でご相談ください。")
    p.gap(1)
    y = grid(p, 15, p.y + 1, [32, 58, 32, 59],
             [["原債権者", "株式会社ささゆりカード", "ご契約", "ささゆりVISAカード"],
              ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)]], h=7.5, size=9.5)
    p.y = y + 4
    p.line(f"ご請求内容（{era(issued)}現在）", size=10.5, font="sans-bold")
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]]
    p.table(rows, [95, 55], x=28, aligns="lr", size=10.5, row_h=8, shade_col0=True)
    p.line(f"※遅延損害金は、元金に対し{era(acc + ONE)}から発行日までの分です。", x=28, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(28, y, 150, 13, 1.0, TEAL))
    p.at(33, y + 8.6, f"お支払期限　{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=TEAL)
    p.y = y + 17
    p.para("お支払いが難しい場合も、まずはお電話ください。ご事情に応じて、月々のお支払額のご相談も承ります。", size=10)
    p.line("お問合せ　0120-000-523（平日9:30～18:00）　債権管理部 担当 古畑", size=10.5, font="sans-bold")
    p.gap(2)
    p.para("お振込先　三井住友銀行 丸の内支店 普通預金 8812503 アイアールサイケンカイシユウ（カ", size=9.5, indent="")
    qr(p, 170, 250, 24, "ca10-qr")
    p.at(182, 278, "ご相談予約", size=7, align="c")
    tr = truth(document_type="collection_notice", sender="アイ・アール債権回収株式会社", license_number=None,
               phone="0120-000-523", creditor="アイ・アール債権回収株式会社", status="licensed",
               original="株式会社ささゆりカード", debtor="滝沢修平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="IR-2406-77158", input_kind="photo_jpeg",
               template="proxy70_ir_servicer_near_limitation_photo", received=D(2026, 4, 22))
    return dict(stem="ca10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, fill=0.83, blur=0.9, warm=0.15),
                about="collection_notice (real servicer, last payment four years and seven months ago, phone photo)",
                unusual="phone photo on tatami with tri-fold creases; real servicer ★ アイ・アール債権回収株式会社 (registry "
                        "row without a number, NONE printed) with a teal underlined name and its address + 03 number on "
                        "one line; a soft 「ご連絡のお願い」 with a 重要 stamp on a debt whose 最終ご入金日 is 令和3年9月27日 "
                        "(4 years 7 months before the letter: 消滅時効 close, never mentioned); 「まずはお電話ください」 and "
                        "a monthly-payment offer; a 2×2 grid (原債権者, ご契約, 最終ご入金日, 喪失日); a huge 遅延損害金 "
                        "(four and a half years) in a shaded-label table; the 0120 相談 number below ≠ the 03 number in "
                        "the letterhead; a QR")


# ---------------------------------------------------------------------------------------------
# ca11 住宅債権管理回収機構 for 住宅金融支援機構: 縦書き 期限の利益喪失通知書, scanned.


def ca11():
    R = 14.5
    issued, due = D(2026, 2, 2), D(2026, 2, 16)
    acc, lastp, warn = D(2026, 1, 23), D(2025, 8, 5), D(2026, 1, 9)
    P, I = 18_204_530, 43_218
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿が独立行政法人住宅金融支援機構（以下「機構」という。）との間で締結した平成二十六年九月十九日付金銭"
                 f"消費貸借契約に基づく毎月の返済は、{kdate(lastp)}の返済を最後に滞っております。"),
        ("body", f"機構から債権管理回収業務の委託を受けている当社は、{kdate(warn)}付催告書により延滞元利金の支払を催告"
                 f"いたしましたが、同催告書に記載の期限である{kdate(acc)}までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、右契約の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、本書を"
                 "もって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、機構の指定する口座に一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kj(P)}"),
        ("indent", f"二　未払利息　　{kj(I)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年十四・五パーセント）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("body", "右期限までにお支払いのない場合は、機構は抵当権に基づき担保不動産の競売を申し立てることとなりますので、"
                 "念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "独立行政法人住宅金融支援機構　債権管理回収業務受託者"),
        ("low", "東京都新宿区はるかぜ通九丁目九番九号"),
        ("low", "株式会社住宅債権管理回収機構"),
        ("low", "（法務大臣許可　第九十一号）"),
        ("low", "代表取締役　二ツ森　勝"),
        ("low", "電話　〇三（〇〇〇〇）九一〇二"),
        ("low", "お客様番号　ＦＪ－２６０２０２"),
        ("blank", ""),
        ("low", "神奈川県横須賀市ゆりのき通九丁目九番九号"),
        ("low", "津久井　一成　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "二ツ森" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 21) * size * 0.3528 * 1.05, 12, "square", "住宅債権管理回収機構代表取締役印",
                         angle=-2, seed=70111))
    tr = truth(document_type="acceleration_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9102", creditor="独立行政法人住宅金融支援機構", status="licensed",
               original="独立行政法人住宅金融支援機構", debtor="津久井一成", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=None, reference="FJ-260202", input_kind="vertical_scan",
               template="proxy70_vertical_jhf_servicer_acceleration", received=D(2026, 2, 4))
    return dict(stem="ca11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (real servicer as 受託者 of 住宅金融支援機構, 縦書き)",
                unusual="縦書き 期限の利益喪失通知書, scanned, sent by real servicer ★ 株式会社住宅債権管理回収機構 (prefix "
                        "株式会社) as 「独立行政法人住宅金融支援機構　債権管理回収業務受託者」: the creditor stays the 機構 and "
                        "payment goes to the 機構's account; licence in kanji and brackets 「（法務大臣許可　第九十一号）」 "
                        "(no 番号); the 催告書 date 一月九日 and its deadline 一月二十三日 (= acceleration 「の経過をもって」); "
                        "平成二十六年 contract; positional kanji amounts with 年十四・五パーセント; phone in kanji digits; "
                        "full-width お客様番号; no 内容証明 stamp")


# ---------------------------------------------------------------------------------------------
# Court papers whose creditor is a servicer.

HT_CASE = "令和8年(ロ)第163号"


def ca12():
    R = 14.6
    issued, filed = D(2026, 5, 13), D(2026, 5, 7)
    acc, lastp, assign = D(2025, 10, 6), D(2025, 7, 28), D(2026, 2, 27)
    P, I, C = 486_700, 10_284, 4_216
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C
    p = Page(font="serif", size=10, top=14)
    p.at(15, 18, f"事件番号　{fw(HT_CASE)}", size=10)
    p.y = 24
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.add(Box(15, p.y, 181, 34, 0.4))
    p.add(Line(105, p.y, 105, p.y + 34, 0.3))
    y0 = p.y
    p.at(18, y0 + 6, "【債権者】", size=9.5, font="serif-bold")
    for i, s in enumerate(["〒261-0000 千葉県千葉市美浜区ゆりのき通九丁目9番9号", "エー・シー・エス債権管理回収株式会社",
                           "代表者代表取締役　宍粟　怜司", "（送達場所）福岡センター", "電話 092-000-2727"]):
        p.at(18, y0 + 11.5 + i * 4.6, s, size=8.5 if i != 1 else 9.5)
    p.at(108, y0 + 6, "【債務者】", size=9.5, font="serif-bold")
    for i, s in enumerate(["〒877-0000 大分県日田市なのはな坂九丁目9番9号", "中条　美鈴"]):
        p.at(108, y0 + 11.5 + i * 6, s, size=9 if i == 0 else 11)
    p.y = y0 + 38
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 25, 178
    items = [("１　金", P, "（譲受債権元金）"), ("２　金", I, "（上記１に対する期限の利益喪失日までの利息）"),
             ("３　金", L, f"（上記１に対する{era(acc + ONE)}から{era(filed)}まで年14.6％の割合による遅延損害金）"),
             ("４　金", C, "（督促手続費用）")]
    for head, amt, note in items:
        b = p.line(f"{head}{amt:,}円", x=x0, size=10)
        p.at(x0 + 38, b, note, size=8.6)
    p.add(Line(x0, p.y, x1, p.y, 0.3))
    p.gap(1)
    p.line(f"　　合計　金{T:,}円", x=x0, size=10.5, font="serif-bold")
    p.para(f"５　上記１の金額に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金", x0=x0, x1=190, size=9.5,
           indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社おおばこ信販（原債権者）は、債務者との間で令和元年8月2日にクレジットカード利用契約を締結し、債務者は"
              "同カードを利用した。",
              f"２　債務者は、{era(lastp)}の支払を最後に支払を怠り、{era(acc)}に期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、その頃債務者に通知した。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　日田簡易裁判所　裁判所書記官　深作　亜希子", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "日田簡易裁判所書記官印", angle=0, seed=70121)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, None, SHADE))
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立ててください。",
                           "分割払いを希望する場合も、督促異議申立書にその旨を記載して提出してください。",
                           "（問合せ先）日田簡易裁判所　書記官室　電話 0973-00-2163"]):
        p.at(18, y + 7 + i * 6, s, size=9)
    p.y = y + 27
    p.line(f"申立日　{fw(era(filed))}", size=9, align="r")
    tr = truth(document_type="payment_order", sender="日田簡易裁判所", phone="0973-00-2163",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社おおばこ信販",
               debtor="中条美鈴", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=HT_CASE, input_kind="scan_png", template="proxy70_payment_order_hita_acs_creditor",
               received=D(2026, 5, 15))
    return dict(stem="ca12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order (簡裁, real servicer creditor, one page)",
                unusual="a 支払督促 of a court not used before (日田簡裁) on one scanned page: 事件番号 top-LEFT in full-width; "
                        "the parties in a two-cell box 【債権者】 / 【債務者】 side by side, the creditor real servicer ★ "
                        "エー・シー・エス債権管理回収株式会社 (「債権管理回収」; no licence number: court paper) with its "
                        "送達場所 092 phone (distractor); 請求の趣旨 as 「１　金…円（譲受債権元金）」 lines with the meaning in "
                        "brackets AFTER each amount and a ruled 合計; running item ５; short 請求の原因 (令和元年 contract); "
                        "shaded objection box with the court's phone; 申立日 at the foot")


KM_CASE = "令和8年(ロ)第248号"


def ca13():
    R = 18.0
    order, served, filed, issued = D(2026, 3, 17), D(2026, 3, 23), D(2026, 4, 13), D(2026, 4, 21)
    acc, lastp, assign = D(2025, 9, 1), D(2025, 5, 26), D(2026, 1, 16)
    applied = D(2026, 2, 24)
    P, I, C1, C2 = 762_340, 13_905, 5_132, 1_208
    L = late(P, R, acc + ONE, applied)
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10, top=16)
    p.at(196, 16, fw(KM_CASE), size=10.5, align="r")
    p.y = 22
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.para("当事者の表示　別紙当事者目録記載のとおり", size=10.5, indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5, indent="")
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.gap(2)
    p.line("仮執行の宣言", size=11.5, font="serif-bold", align="c")
    p.para(f"上記支払督促は{era(order)}に発付され、{era(served)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てを"
           "しなかった。よって、債権者の申立てにより、次の手続費用を加えて仮執行の宣言をする。", size=10.3)
    p.table([["項　目", "金　額"], ["支払督促の手続費用", f"{C1:,}円"], ["仮執行宣言の手続費用", f"{C2:,}円"]],
            [80, 40], x=40, header=True, aligns="lr", size=9.8, row_h=7.2)
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　小松簡易裁判所　裁判所書記官　平櫛　啓太", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "小松簡易裁判所書記官印", angle=1, seed=70131)
    p.gap(6)
    y = p.y
    p.add(Box(15, y, 181, 34, 0.5))
    p.at(19, y + 6.5, "（注意）", size=10, font="serif-bold")
    for i, s in enumerate(["この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "できます。ただし、異議を申し立てても、強制執行の停止の手続をとらない限り、強制執行を受ける",
                           "ことがあります。",
                           "問合せ先　小松簡易裁判所　民事係　電話 0761-00-2480"]):
        p.at(19, y + 13 + i * 5.2, s, size=9.3)
    p.at(105, 287, "－１－", size=9, align="c")
    p2 = Page(font="serif", size=10, top=16)
    p2.line("当事者目録", size=12, font="serif-bold", align="c")
    p2.gap(1)
    p2.kv([("債権者", "〒102-0000 東京都千代田区かげろう坂九丁目9番9号"), ("", "日本債権回収株式会社"),
           ("", "代表者代表取締役　武者　修"), ("", "（送達場所）同社北陸センター　電話 076-000-3318　FAX 076-000-3319"),
           ("債務者", "〒923-0000 石川県小松市ゆりのき通九丁目9番9号"), ("", "新美　浩二")], x=20, label_w=22, size=9.8)
    p2.gap(4)
    p2.line("請求の趣旨", size=12, font="serif-bold", align="c")
    rows = [["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　利息（期限の利益喪失日まで）", f"{I:,}"],
            [f"３　遅延損害金（{era(acc + ONE)}から{era(applied)}まで年18％）", f"{L:,}"],
            ["４　支払督促の手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["　　合　計", f"{T:,}"]]
    p2.table(rows, [140, 36], x=17, header=True, aligns="lr", size=9.5, row_h=7)
    p2.para(f"６　上記１に対する{era(applied + ONE)}から完済まで年18％の割合による遅延損害金", x0=17, x1=193, size=9.5,
            indent="")
    p2.gap(3)
    p2.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社からたちファイナンス（原債権者）は、令和3年4月20日、債務者との間で、極度額80万円、利率年15.0％、"
              "遅延損害金年18.0％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}に期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記貸金債権を債権者に譲渡し、その頃債務者に到達した内容証明郵便により通知した。"):
        p2.para(s, x0=18, x1=193, size=9.5, indent="")
    p2.gap(3)
    p2.line(f"支払督促申立日　{fw(era(applied))}　　仮執行宣言申立日　{fw(era(filed))}", size=9, align="r")
    p2.at(105, 287, "－２－", size=9, align="c")
    tr = truth(document_type="payment_order_enforceable", sender="小松簡易裁判所", phone="0761-00-2480",
               creditor="日本債権回収株式会社", status="licensed", original="株式会社からたちファイナンス",
               debtor="新美浩二", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=KM_CASE, input_kind="pdf_scan", template="proxy70_enforceable_komatsu_nihon_servicer",
               received=D(2026, 4, 24))
    return dict(stem="ca13", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (小松簡裁) as a 2-page image PDF: p.1 only refers to "
                        "「別紙」, the order date 3/17 and its 送達 3/23 in one sentence and a 2-row cost table (支払督促の手続"
                        "費用 / 仮執行宣言の手続費用 → costs = sum); p.2 当事者目録 as kv lines with the creditor real servicer "
                        "★ 日本債権回収株式会社 (registry row without a number; court paper) and its 送達場所 076 phone/FAX "
                        "(distractors); 請求の趣旨 as a table with a 「金額（円）」 header and bare numbers, both cost rows "
                        "above 合計; running item ６; 極度額80万円 / 15.0％ in the 原因; two 申立日 at the foot")


IS_CASE = "令和8年(ハ)第391号"


def ca14():
    R = 18.0
    issued, hearing, answer, sued = D(2026, 5, 20), D(2026, 6, 24), D(2026, 6, 17), D(2026, 5, 1)
    assign, merger, acc, lastp = D(2022, 9, 30), D(2023, 10, 1), D(2022, 6, 6), D(2022, 3, 28)
    P, I = 1_120_400, 26_118
    L = late(P, R, acc + ONE, sued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 18, "伊勢簡易裁判所", size=10)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.y = 24
    p.line("被告　初鹿野　貴子　殿", size=12.5)
    p.gap(2)
    p.line("　　　　伊勢簡易裁判所　民事係　裁判所書記官　一柳　和真", size=10)
    p.line("　　　　電話 0596-00-3391（直通）　FAX 0596-00-3390", size=10)
    p.gap(3)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    grid(p, 20, p.y, [30, 141], [["事件番号", fw(IS_CASE)], ["事件名", "譲受債権請求事件"],
                                 ["原告", "アビリオ債権回収株式会社"], ["被告", "初鹿野　貴子"]], h=7.5, size=10)
    p.y += 36
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、出頭してください。", size=10)
    p.para(f"なお、訴状を送付しますので、{era(answer)}までに答弁書を提出してください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 171, 30, 0.8))
    rows = [("期　日", f"{era(hearing)}（{wd(hearing)}）午前10時30分"), ("場　所", "第２号法廷（１階）"),
            ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.at(25, y + 8 + i * 8.5, a, size=10.5, font="sans-bold")
        p.at(62, y + 8 + i * 8.5, b, size=11.5)
    p.y = y + 35
    for s in ("※出頭の際は、この呼出状と印鑑をお持ちください。", "※答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決が"
              "されることがあります。", "※分割払いなどの話合い（和解）を希望する場合は、答弁書にその旨を記載してください。"):
        p.para(s, x0=20, x1=191, size=9.3, indent="")
    p.at(105, 287, "1", size=9, align="c")
    p2 = Page(font="serif", size=10, top=14)
    p2.title("訴　　状", size=16, font="serif-bold")
    p2.line(f"{era(sued)}", size=10, align="r")
    p2.line("伊勢簡易裁判所　御中", size=10.5)
    p2.kv([("原告", "〒135-0000 東京都江東区なのはな坂九丁目9番9号　アビリオ債権回収株式会社"),
           ("", "代表者代表取締役　鎧塚　浩一　（送達場所）同社中部センター 電話 052-000-5090"),
           ("被告", "〒516-0000 三重県伊勢市かげろう坂九丁目9番9号　初鹿野　貴子")], x=18, label_w=14, size=9.3)
    p2.gap(2)
    p2.line("請求の趣旨", size=11, font="serif-bold", align="c")
    p2.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで年18％の割合による"
            "金員を支払え。", size=9.8, indent="")
    p2.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", size=9.8, indent="")
    p2.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　株式会社かわせみカード（以下「訴外会社」という。）は、平成29年11月6日、被告との間でクレジットカード会員契約を"
              "締結し、被告は同カードによりショッピング及びキャッシングを利用した。",
              f"２　被告は、{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　訴外会社は、{era(assign)}、上記債権をセディナ債権回収株式会社に譲渡し、その頃被告に通知した。",
              f"４　セディナ債権回収株式会社は、{era(merger)}、原告に吸収合併され、原告が上記債権を承継した。",
              "５　よって、原告は、被告に対し、下記金員の支払を求める。"):
        p2.para(s, x0=18, x1=193, size=9.5, indent="")
    rows = [["残元金", "利息・手数料", f"遅延損害金（{era(acc + ONE)}～{era(sued)}）", "合計"],
            [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p2.table(rows, [32, 32, 78, 34], x=17, header=True, aligns="rrrr", size=9, row_h=7.5, font="serif")
    p2.gap(3)
    p2.line("附属書類　１ 資格証明書　２ 債権譲渡通知書写し　３ 合併に係る履歴事項全部証明書", size=9)
    p2.line("訴訟物の価額 1,120,400円　　貼用印紙額 11,000円", size=9)
    p2.at(105, 287, "2", size=9, align="c")
    tr = truth(document_type="lawsuit", sender="伊勢簡易裁判所", phone="0596-00-3391",
               creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社かわせみカード",
               debtor="初鹿野貴子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing,
               reference=IS_CASE, input_kind="pdf_text_2page", template="proxy70_summary_court_abilio_after_merger",
               received=D(2026, 5, 22))
    return dict(stem="ca14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff that absorbed another servicer, 2 pages)",
                unusual="伊勢簡裁 (a court not used before) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; "
                        "the clerk's line with （直通） and FAX under the addressee; a shaded 4-row case grid (事件番号 / "
                        "事件名 / 原告 ★ アビリオ債権回収株式会社 / 被告) and a framed 期日 / 場所 / 答弁書提出期限 box; the "
                        "請求の原因 names the card company, the 2022 sale to ★ セディナ債権回収株式会社 and its 2023-10-01 "
                        "吸収合併 into the plaintiff (承継, not a second assignment); the 訴状 dated 5/1 ≠ 呼出状 5/20; "
                        "a 4-column one-row table; 訴訟物の価額 and 貼用印紙額 as distractors; the plaintiff's 052 phone")


# ---------------------------------------------------------------------------------------------
# ca15 scam postcard (訴訟最終告知), phone photo.


def ca15():
    p = Page(w=100, h=148, font="sans", size=7.5, left=7, right=7, top=8)
    p.add(Box(4, 4, 92, 140, 0.8))
    p.at(50, 13, "総合消費料金に関する", size=10, font="sans-bold", align="c")
    p.at(50, 19.5, "訴訟最終告知のお知らせ", size=12.5, font="sans-bold", align="c", color=RED)
    p.y = 24
    p.line("管理番号　ほ－４２１７", size=8, align="r")
    p.line("花輪　敏夫　様", size=10)
    p.gap(1)
    for s in ("この度、ご通知致しましたのは、貴方様がご利用された契約会社ないし運営会社から、未納料金の訴状が提出されました"
              "事をご通知致します。",
              "本通知は、当センターが債権回収業務の委託を受け、貴方様の未納料金について最終のご確認をするものです。",
              "このままご連絡なき場合は、原告側の主張が全面的に認められ、給与差し押さえ及び動産・不動産物品の差し押さえを"
              "執行官立会いのもと強制的に履行させて頂きますので、裁判所執行官による執行証書の交付を承諾して頂きます。",
              "尚、裁判取り下げ等のご相談に関しましては、当センターにて承っておりますので、お早めにご連絡下さい。",
              "※個人情報保護のため、必ずご本人様からご連絡下さい。"):
        p.para(s, x0=8, x1=92, size=7.2, indent="　" if not s.startswith("※") else "")
    p.gap(1.5)
    y = p.y
    p.add(Box(8, y, 84, 9, 0.6, RED))
    p.at(50, y + 6.2, "取り下げ最終期日　令和8年5月22日", size=9, font="sans-bold", align="c", color=RED)
    p.y = y + 12
    for s, sz, f in (("全国債権回収管理センター", 10, "sans-bold"), ("（法務省認可　債権回収業者　許可番号第305号）", 6.8, "sans"),
                     ("東京都千代田区霞が関一丁目（受付窓口）", 7, "sans"), ("お問合せ窓口　03-0000-6614", 8.5, "sans-bold"),
                     ("受付時間　9:00～20:00（土日祝も受付）", 7, "sans")):
        p.line(s, x=10, size=sz, font=f)
    tr = truth(document_type="other", sender="全国債権回収管理センター", license_number=305, phone="03-0000-6614",
               creditor=None, status="not_licensed", original=None, debtor="花輪敏夫", total=None, lump=False,
               issued=None, payment_due=None, reference="ほ-4217", is_scam=True, input_kind="photo_jpeg",
               template="proxy70_scam_lawsuit_final_notice_postcard", received=None)
    return dict(stem="ca15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="wood", keystone=0.05, tilt=3.0, fill=0.78, blur=0.95, warm=0.25,
                          glare=14),
                about="other (scam postcard 「訴訟最終告知のお知らせ」 from a fake servicer-like centre)",
                unusual="架空請求 postcard photographed on wood, in the words of the public warnings: 「総合消費料金に関する"
                        "訴訟最終告知のお知らせ」, 「給与差し押さえ」, 「執行官立会いのもと」, a red-framed 「取り下げ最終期日」 "
                        "(not a payment date), no amount and no creditor; sender 「全国債権回収管理センター」 (not a "
                        "株式会社, no real address: 霞が関一丁目（受付窓口）) calls itself 「法務省認可　債権回収業者」 with a "
                        "fake 「許可番号第305号」 (→ not_licensed); no letter date; hiragana 管理番号 ほ－４２１７; open "
                        "weekends")


# ---------------------------------------------------------------------------------------------
# ca16 scam letter of a look-alike "servicer": 債権譲渡通知 for a video-site fee, 電子マネー; photo stored sideways.


def ca16():
    issued, due = D(2026, 6, 1), D(2026, 6, 5)
    T = 186_000
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "管理番号　ＮＭ－０６０１－３３", size=10, align="r")
    p.y = 22
    p.line("土方　真理子　様", size=13.5)
    p.gap(4)
    stamp(p, 15, 34, "至急", size=13, fill=RED)
    stamp(p, 36, 34, "親展", size=13)
    p.y = 48
    p.title("債権譲渡通知　兼　最終ご請求書", size=16, font="serif-bold")
    p.para("拝啓　貴殿がご利用された有料動画配信サイトの利用料金につきまして、運営会社より未納の報告を受け、当機構が同社から"
           "債権の譲渡を受けましたので、ご通知申し上げます。")
    p.para("当機構は法務大臣の許可を受けた正規の債権回収機関であり、本件は既に法的手続の準備段階に入っております。期日までに"
           "お支払いが確認できない場合、勤務先への調査及び給与・預貯金の差押え手続に移行いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 26, 0.8, RED))
    p.at(30, y + 9, "ご請求金額", size=12, font="serif-bold")
    p.at(180, y + 9.5, f"￥{T:,}", size=18, font="serif-bold", align="r", color=RED)
    p.at(30, y + 15.5, "（未納利用料金・延滞金・回収手続費用を含む）", size=8.5)
    p.at(30, y + 22, f"お支払期限　{era(due)}（{wd(due)}）17時まで", size=11, font="serif-bold", color=RED)
    p.y = y + 31
    p.line("お支払方法", size=11, font="serif-bold")
    for s in ("１．最寄りのコンビニエンスストアで電子マネーカード（ギフトカード）を上記金額分ご購入ください。",
              "２．ご購入後、必ず担当者直通番号へお電話のうえ、カード裏面の番号をお伝えください。",
              "３．番号の確認をもってお支払い完了とし、法的手続を取り下げます。"):
        p.para(s, x0=22, x1=192, size=10, indent="")
    p.gap(2)
    p.para("※本件は当機構にて最終処理となります。弁護士・消費生活センター等へのご相談は、手続が長期化し費用が加算されます"
           "のでお控えください。", size=9.5, indent="")
    p.gap(6)
    for s, sz, f in (("株式会社日本民事債権回収機構", 13, "serif-bold"), ("法務大臣許可番号第288号", 9.5, "serif"),
                     ("東京都港区虎ノ門（本部）", 9, "serif"), ("回収第一課　担当　八木沢", 10, "serif"),
                     ("担当者直通　090-0000-2881（年中無休）", 10.5, "serif-bold")):
        p.line(s, x=105, size=sz, font=f)
    p.seal(183, p.y - 22, 15, "round", "日本民事債権|回収/機構", angle=8, seed=70161)
    tr = truth(document_type="other", sender="株式会社日本民事債権回収機構", license_number=288, phone="090-0000-2881",
               creditor=None, status="not_licensed", original=None, debtor="土方真理子", total=T, lump=False,
               issued=issued, payment_due=due, reference="NM-0601-33", is_scam=True,
               input_kind="photo_exif_rotated", template="proxy70_scam_lookalike_servicer_emoney_rotated",
               received=None)
    return dict(stem="ca16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.2, creases=2, shadow=0.28, shadow_side="bottom", fill=0.85,
                          warm=0.2),
                about="other (scam: look-alike servicer 債権譲渡通知 for a video site, 電子マネー)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases and a hand "
                        "shadow at the bottom; 「債権譲渡通知　兼　最終ご請求書」 from 「株式会社日本民事債権回収機構」 "
                        "(a 機構 name close to real servicers') with a fake 「法務大臣許可番号第288号」 (→ not_licensed); "
                        "filled 至急 and 親展 stamps; a 有料動画配信サイト fee (creditor unnamed); ￥186,000 in a red box "
                        "(no breakdown); payment by 電子マネーカード numbers over a 090 直通 line; 「弁護士・消費生活センター等"
                        "へのご相談は…お控えください」; full-width 管理番号; address without a number")


LETTERS = [ca09, ca10, ca11, ca12, ca13, ca14, ca15, ca16]
