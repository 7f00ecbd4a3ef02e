"""Proxy set 18, letters i01–i08: "after the auction: what a family actually receives over a year". The 弓削 household
(housing loan at a bank): the bank's 督促状 of two missed instalments, its 縦書き 期限の利益喪失通知 in 大字, the guarantee
company's 代位弁済通知 by fax and its 求償金 demand photographed sideways; the 八重樫 household (auction over): the
court's 配当期日呼出状 (claims nothing) and the real servicer's 配当後残債務のご請求 with a 千円 充当 table; the 不破
household (任意売却): the invented servicer's 残債務のご案内; the 五月女 household (card): the joint 債権譲渡通知."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

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
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.05, 0.40, 0.22)
WINE = (0.50, 0.10, 0.20)
OCHRE = (0.55, 0.40, 0.05)


def dot(d: D) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def yd(n: int) -> str:
    return f"￥{n:,}-"


# ---------------------------------------------------------------------------------------------
# i01 bank 督促状: two missed housing-loan instalments, western DOT dates, ￥…- amounts, addressee on the RIGHT.


def i01():
    R = 14.0
    issued, due = D(2025, 10, 14), D(2025, 10, 28)
    lastp = D(2025, 7, 28)
    rows = [(D(2025, 8, 27), 61_240, 14_860), (D(2025, 9, 29), 61_318, 14_782)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr + it, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 13, 9, 9, color=None, fill=GREEN))
    p.at(19.5, 19.7, "栃", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(27, 18.5, "とちのみ銀行", size=15, font="sans-bold", color=GREEN)
    p.at(27, 23, "TOCHINOMI BANK", size=6.5, color=GREEN)
    for i, s in enumerate(["株式会社とちのみ銀行　ローン管理センター", "〒320-0000 栃木県宇都宮市くりのみ通九丁目9番9号",
                           "TEL 028-000-6150（平日 9:00～17:00）"]):
        p.at(15, 30 + i * 4.4, s, size=8.5)
    p.at(196, 18, f"作成日　{dot(issued)}", size=9.5, align="r")
    p.at(196, 23, "督促管理番号　TN-2510-3317", size=9.5, align="r")
    p.add(Box(112, 30, 84, 28, 0.2, GRAY))
    p.at(116, 36, "〒321-0000", size=9.5)
    p.at(116, 41, "栃木県下野市ゆうすげ台九丁目9番9号", size=9.5)
    p.at(122, 52, "弓削　征史　様", size=14)
    p.y = 64
    p.add(Line(15, p.y, 196, p.y, 0.8, GREEN))
    p.gap(4)
    p.title("住宅ローンご返済についてのお願い（督促状）", size=14.5)
    p.para("平素より当行をご利用いただき、誠にありがとうございます。", size=9.8)
    p.para("お客様の住宅ローンにつきまして、下記のとおり約定のご返済が確認できておりません。下表の金額を、下記お支払期限"
           "までにご返済用口座へご入金くださいますようお願いいたします。なお、ご入金の確認は、" + dot(lastp) +
           "（最終ご入金日）以降ございません。", size=9.8)
    p.gap(2)
    head = ["ご返済予定日", "ご返済遅延元金", "未払約定利息", "遅延損害金相当額", "小　計"]
    body = [[dot(d), yd(pr), yd(it), yd(lt), yd(sub)] for d, pr, it, lt, sub in calc]
    body.append(["合　計", yd(P), yd(I), yd(L), yd(T)])
    p.table([head] + body, [34, 37, 34, 38, 38], x=15, header=True, aligns="crrrr", size=9.5, row_h=8)
    p.line("※遅延損害金相当額は、各回のご返済額（元利金）に対し年14.0％、ご返済予定日の翌日から作成日までの日割計算です。",
           x=15, size=8)
    p.line("※9月分のご返済予定日（27日）は土曜日のため、翌営業日の " + dot(D(2025, 9, 29)) + " となっております。",
           x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.9, GREEN))
    p.add(Box(15, y, 46, 20, color=None, fill=(0.88, 0.94, 0.90)))
    p.at(38, y + 8.5, "お支払期限", size=11, font="sans-bold", align="c", color=GREEN)
    p.at(38, y + 15, "（この日までにご入金）", size=7.5, align="c", color=GREEN)
    p.at(66, y + 12.5, f"{dot(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.at(192, y + 8, "ご入金いただく金額", size=8, align="r")
    p.at(192, y + 15.5, yd(T), size=14, font="sans-bold", align="r")
    p.y = y + 25
    p.line("ご返済用口座", size=9.5, font="sans-bold")
    p.para("とちのみ銀行 下野支店　普通預金 0386215（ご名義 ユゲ マサシ 様）※窓口・ATMからご入金ください。", size=9.3, indent="")
    p.line("ご契約内容（ご参考）", size=9.5, font="sans-bold")
    p.para("ご融資日 平成28年4月28日　当初ご融資額 28,500,000円　毎月のご返済額 76,100円（毎月27日）　ご返済期間 35年",
           size=9.3, indent="")
    p.para("保証会社 すずしろ住宅保証株式会社　ご融資番号 0386-215-0042", size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.3, RED, (1.0, 0.96, 0.96)))
    p.at(19, y + 6, "ご注意ください", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["・ご延滞が続きますと、銀行取引約定書及び金銭消費貸借契約証書の定めにより期限の利益を喪失し、",
                           "　残元金全額を一括してご返済いただくことになります。",
                           "・その場合、保証会社による代位弁済が行われ、ご自宅（担保物件）の競売手続に進むことがあります。",
                           "・ご返済が難しいときは、お早めにローン管理センターへご相談ください。"]):
        p.at(19, y + 12 + i * 4.6, s, size=8.8)
    p.y = y + 34
    p.para("本状と行き違いにご入金いただいた場合は、悪しからずご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社とちのみ銀行", phone="028-000-6150",
               creditor="株式会社とちのみ銀行", status="not_applicable", debtor="弓削征史", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="TN-2510-3317", input_kind="pdf_text",
               template="proxy18_bank_dunning_two_instalments_dot_dates", received=D(2025, 10, 16))
    return dict(stem="i01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank 督促状, two missed housing-loan instalments)",
                unusual="bank's first 督促状 of the housing loan: logo 「とちのみ銀行」 with a one-kanji mark, the legal name "
                        "in small sender lines top-LEFT under the logo and the addressee framed on the RIGHT; western DOT "
                        "dates everywhere (作成日 2025.10.14, due 2025.10.28（火）); every amount as ￥…- with a trailing dash; "
                        "a 5-column table per missed instalment (ご返済遅延元金 / 未払約定利息 / 遅延損害金相当額 / 小計) and a "
                        "合計 row; arrears only (lump false, no 喪失 date); the 9/27 → 9/29 business-day note; 毎月のご返済額 "
                        "76,100, 当初ご融資額 28,500,000, ご融資番号 and the guarantor's name as distractors")


# ---------------------------------------------------------------------------------------------
# i02 the same bank's 縦書き 期限の利益喪失通知書 (内容証明) with 大字 amounts; scanned.


def i02():
    R = 14.0
    issued, due = D(2025, 11, 21), D(2025, 12, 5)
    acc, lastp, warn = D(2025, 11, 14), D(2025, 7, 28), D(2025, 10, 31)
    P, I = 24_318_760, 71_904
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当行との間の平成二十八年四月二十八日付金銭消費貸借契約（住宅資金）に基づく毎月の約定返済を、"
                 "令和七年七月二十八日の返済を最後に怠っております。"),
        ("body", f"当行は、{kdate(warn)}付催告書をもって延滞元利金等の支払を催告いたしましたが、催告期限である{kdate(acc)}"
                 "までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、銀行取引約定書第五条第二項により、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "本書をもってその旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{dj(P)}"),
        ("indent", f"二　未収利息　　{dj(I)}"),
        ("indent", f"三　遅延損害金　{dj(L)}"),
        ("plain", "　　（令和七年十一月十五日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{dj(T)}"),
        ("body", "なお、右期限までにお支払いのないときは、保証会社すずしろ住宅保証株式会社に対し代位弁済を請求いたします"
                 "ので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "栃木県宇都宮市くりのみ通九丁目九番九号"),
        ("low", "株式会社とちのみ銀行"),
        ("low", "ローン管理センター長　真名瀬　透"),
        ("low", "電話　〇二八（〇〇〇）六一五〇"),
        ("blank", ""),
        ("low", "栃木県下野市ゆうすげ台九丁目九番九号"),
        ("low", "弓削　征史　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 18021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "真名瀬" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18) * size * 0.3528 * 1.05, 11, "square", "とちのみ銀行ローン管理センター長印",
                         angle=-4, seed=18022))
    tr = truth(document_type="acceleration_notice", sender="株式会社とちのみ銀行", phone="028-000-6150",
               creditor="株式会社とちのみ銀行", status="not_applicable", debtor="弓削征史", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy18_vertical_bank_acceleration_daiji", received=D(2025, 11, 25))
    return dict(stem="i02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="acceleration_notice (bank, 縦書き 内容証明, 大字)",
                unusual="縦書き 期限の利益喪失通知書 of the same bank, scanned, with the 内容証明 stamp: EVERY amount in 大字 "
                        "(金弐千四百参拾壱万八千七百六拾円 …), the 催告書 date 令和七年十月三十一日 and its deadline 十一月十四日 "
                        "(= acceleration 「の経過をもって」); 平成二十八年 contract date; 銀行取引約定書第五条第二項 (numbers "
                        "that are not amounts); the guarantor named as a distractor; phone in kanji digits; NO reference "
                        "number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# i03 guarantee company 代位弁済のご通知 兼 求償金のご請求, one-page fax with a fax cover strip at the top.


def i03():
    R = 14.6
    issued, due = D(2026, 1, 9), D(2026, 1, 23)
    subro, acc, lastp = D(2025, 12, 19), D(2025, 11, 14), D(2025, 7, 28)
    P0, I0 = 24_318_760, 71_904
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 22, 0.5))
    p.add(Box(15, 10, 30, 22, color=None, fill=SHADE))
    p.at(30, 23, "FAX", size=16, font="sans-bold", align="c")
    for i, (a, b) in enumerate((("宛先", "弓削　征史　様"), ("送信元", "すずしろ住宅保証株式会社　求償債権管理部"),
                                ("送信日", f"{fw(era(issued))}　　送信枚数　１枚（本紙のみ）"))):
        p.at(49, 16 + i * 6.3, a, size=8.5, color=GRAY)
        p.at(66, 16 + i * 6.3, b, size=10)
    p.y = 38
    p.at(196, 40, "保証管理No.　SZ-0042-1887", size=9.5, align="r")
    p.y = 46
    p.title("代位弁済のご通知　兼　求償金のご請求", size=15)
    p.para("貴殿が株式会社とちのみ銀行との間で締結された住宅ローン契約（平成28年4月28日付）につき、当社は同行との保証委託"
           f"契約に基づき保証しておりましたが、貴殿が{fw(era(acc))}の経過をもって期限の利益を喪失されたため、"
           f"{fw(era(subro))}、同行に対し下記のとおり保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para("これにより当社は、貴殿に対し下記の求償債権を取得いたしましたので、下記期限までに一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    p.table([["代位弁済日", fw(era(subro))], ["代位弁済額", f"{S:,}円"],
             ["　うち元金", f"{P0:,}円"], ["　うち利息", f"{I0:,}円"], ["　うち遅延損害金", f"{L0:,}円"],
             ["最終ご返済日（銀行）", fw(era(lastp))]],
            [62, 60], x=24, aligns="lr", size=9.5, row_h=6.8, ruled="rows")
    p.gap(3)
    p.line(f"２．ご請求金額（{fw(era(issued))}現在）", size=10.5, font="sans-bold")
    x0, x1 = 28, 150
    for lab, val in (("求償元本（代位弁済額）", f"{S:,}円"),
                     (f"履行日翌日以降の損害金（{fw('12月20日')}から年14.6％）", f"{L:,}円"),
                     ("求償請求額計", f"{T:,}円")):
        if "計" in lab[-1]:
            p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.4))
            p.gap(1.2)
        b = p.line(lab, x=x0, size=10.5, font="sans-bold" if "計" in lab[-1] else None)
        p.at(x1, b, val, size=10.5, align="r", font="sans-bold" if "計" in lab[-1] else "sans")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.0))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(60, y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　とちのみ銀行 本店営業部 普通預金 1887042 スズシロジュウタクホショウ（カ　※お振込人名の前に保証管理No.を"
           "ご入力ください。", size=9.3, indent="")
    p.para("※上記期限までにお支払い又はご相談のない場合、当社は担保不動産（栃木県下野市ゆうすげ台九丁目所在の土地・建物）の"
           "競売申立てを行います。抵当権設定額 金31,000,000円。", size=9.0, indent="")
    p.para("※損害金は求償元本に対し代位弁済日の翌日から完済まで年14.6％（年365日の日割計算）の割合で発生します。", size=9.0,
           indent="")
    p.gap(3)
    for s, sz, f in (("すずしろ住宅保証株式会社", 11, "sans-bold"), ("求償債権管理部　担当　栗花落", 9.5, "sans"),
                     ("〒100-0000 東京都千代田区ひびや濠九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-7723　FAX 03-0000-7724", 9.5, "sans"),
                     ("貸金業登録番号 関東財務局長(4)第01422号", 8, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(188, p.y - 18, 13, "square", "すずしろ住宅保証印", angle=3, seed=18031)
    tr = truth(document_type="acceleration_notice", sender="すずしろ住宅保証株式会社", phone="03-0000-7723",
               creditor="すずしろ住宅保証株式会社", status="not_applicable", original="株式会社とちのみ銀行",
               debtor="弓削征史", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="SZ-0042-1887",
               input_kind="fax_tiff", template="proxy18_guarantor_subrogation_fax_cover", received=issued)
    return dict(stem="i03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 11:37 SUZUSHIRO HOSHO 03-0000-7724",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax whose top is a FAX cover strip (宛先 / 送信元 / 送信日 in full-width era / 送信枚数); "
                        "保証管理No. right under it; a rows-ruled 代位弁済の内容 table (代位弁済額 and its うち元金 / うち利息 / "
                        "うち遅延損害金 = history) and a separate ご請求金額 block with the new labels 求償元本（代位弁済額） / "
                        "履行日翌日以降の損害金 / 求償請求額計; the bank's 喪失 date in the prose; 抵当権設定額 31,000,000, the "
                        "貸金業登録番号 and the FAX number (also in the fax header) as distractors")


# ---------------------------------------------------------------------------------------------
# i04 the guarantee company's 求償金 最終ご請求 (競売申立予告), phone photo stored sideways (EXIF 8).


def i04():
    R = 14.6
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    subro = D(2025, 12, 19)
    P0, I0 = 24_318_760, 71_904
    S = P0 + I0 + late(P0, 14.0, D(2025, 11, 15), subro)
    L = late(S, R, subro + timedelta(1), issued)
    C = 3_480
    T = S + L + C
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, "すずしろ住宅保証", size=14, font="serif-bold", color=OCHRE)
    p.at(15, 25, "SUZUSHIRO JUTAKU HOSHO", size=6.5, color=OCHRE)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "保証管理No.　SZ-0042-1887", size=9.5, align="r")
    p.y = 32
    p.line("栃木県下野市ゆうすげ台九丁目9番9号", size=10)
    p.line("弓削　征史　殿", size=13.5)
    p.gap(5)
    p.title("求償金最終ご請求書", size=16, font="serif-bold", color=RED)
    p.para(f"当社が{era(subro)}に貴殿の株式会社とちのみ銀行に対する住宅ローンを代位弁済したことにより取得した求償債権につき、先般ご請求いたしましたが、"
           "現在までにお支払いもご連絡もいただいておりません。")
    p.para(f"つきましては、本書をもって最終のご請求をいたします。{era(due)}（{wd(due)}）までに下記合計額を一括してお支払い"
           "ください。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 13, 0.6, None, (0.98, 0.93, 0.93)))
    p.add(Box(25, y, 160, 13, 0.6, RED))
    p.at(30, y + 8.6, "ご請求額合計", size=12, font="serif-bold", color=RED)
    p.at(180, y + 9, f"金{T:,}円", size=16, font="serif-bold", align="r", color=RED)
    p.y = y + 15
    p.line(f"（内訳　{era(issued)}現在）", x=30, size=9.5)
    x0, x1 = 36, 180
    for lab, val in (("求償元本", f"{S:,}円"), ("損害金（令和7年12月20日から年14.6％）", f"{L:,}円"),
                     ("立替諸費用（登記事項証明書取得費用等）", f"{C:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
        p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.15, GRAY))
    p.gap(4)
    p.para("上記期限までにお支払いがない場合、当社は何らの通知なく、担保不動産について宇都宮地方裁判所に担保不動産競売の"
           "申立てを行います（申立予定　令和8年3月中旬）。競売となった場合、売却代金で完済に至らないときは残額のご請求を"
           "継続いたします。", size=10)
    p.para("任意売却のご相談は、上記期限までに担当者までお電話ください。", size=10)
    p.gap(2)
    p.para("お振込先　とちのみ銀行 本店営業部 普通預金 1887042 スズシロジュウタクホショウ（カ", size=9.5, indent="")
    p.gap(6)
    for s, sz, f in (("すずしろ住宅保証株式会社　求償債権管理部", 10.5, "serif-bold"),
                     ("〒100-0000 東京都千代田区ひびや濠九丁目9番9号", 9, "serif"),
                     ("電話 03-0000-7723　担当 栗花落（受付 平日9時～17時）", 9.5, "serif")):
        p.line(s, x=88, size=sz, font=f)
    p.seal(190, p.y - 12, 13, "square", "すずしろ住宅保証印", angle=-2, seed=18041)
    tr = truth(document_type="collection_notice", sender="すずしろ住宅保証株式会社", phone="03-0000-7723",
               creditor="すずしろ住宅保証株式会社", status="not_applicable", original="株式会社とちのみ銀行",
               debtor="弓削征史", total=T, principal=S, interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=due,
               reference="SZ-0042-1887", input_kind="photo_exif_rotated",
               template="proxy18_guarantor_final_recourse_demand_rotated", received=D(2026, 2, 16))
    return dict(stem="i04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="wood", keystone=0.04, tilt=2.0, creases=2, shadow=0.25, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="collection_notice (guarantee company 求償金 final demand)",
                unusual="phone photo stored sideways with EXIF orientation 8, on wood with tri-fold creases and a hand "
                        "shadow on the right; title 「求償金最終ご請求書」 in red; the TOTAL FIRST in a pink bar "
                        "(ご請求額合計) and the 内訳 below it as hairline rows (求償元本 / 損害金 / 立替諸費用（登記事項証明書"
                        "取得費用等） → costs); the 代位弁済日 in the prose, NO 喪失 date and NO last payment printed (both "
                        "null); 競売申立予定 令和8年3月中旬 and the 宇都宮地方裁判所 as distractors")


# ---------------------------------------------------------------------------------------------
# i05 大津地方裁判所 配当期日呼出状 (担保不動産競売): claims nothing; scanned image PDF of one page.


def i05():
    issued, day = D(2026, 2, 20), D(2026, 3, 18)
    case = "令和6年(ケ)第127号"
    p = Page(font="serif", size=11, top=20)
    p.line(f"{fw('令和6年（ケ）第127号')}　担保不動産競売事件", size=10.5)
    p.gap(8)
    p.title("配 当 期 日 呼 出 状", size=18, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", "みやこわすれ保証株式会社"), ("債務者兼所有者", "八重樫　亮")], x=40, label_w=40, size=11)
    p.gap(4)
    p.line("八重樫　亮　殿", size=13, x=24)
    p.gap(3)
    p.para("頭書事件について、配当期日を下記のとおり定めたので、同期日に当裁判所に出頭してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    p.add(Box(30, y, 150, 26, 0.5))
    p.add(Line(62, y, 62, y + 26, 0.3))
    p.add(Line(30, y + 13, 180, y + 13, 0.3))
    p.at(34, y + 8.5, "期　　日", size=11)
    p.at(66, y + 8.5, f"{fw(era(day))}（{wd(day)}）午前１０時３０分", size=11.5, font="serif-bold")
    p.at(34, y + 21.5, "場　　所", size=11)
    p.at(66, y + 21.5, "大津地方裁判所　民事部配当室（本館２階）", size=11)
    p.y = y + 32
    p.line("（注意事項）", size=10.5, font="serif-bold")
    for s in ("１　債務者兼所有者は、期日に出頭しなくても差し支えありません。ただし、配当表に記載された各債権者の債権又は"
              "配当の額について不服があるときは、期日に出頭して配当異議の申出をしてください。",
              "２　配当表の原案は、期日の３日前から当裁判所で閲覧することができます。",
              "３　売却代金から手続費用及び各債権者への配当額を控除して剰余金が生じたときは、所有者に交付します。その受領には"
              "印鑑及び本人確認書類が必要です。",
              "４　参考　本件不動産の売却代金　金24,150,000円（令和8年1月28日代金納付）"):
        p.para(s, x0=24, x1=188, size=10, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　大津地方裁判所民事部", size=11)
    p.line("　　　　　裁判所書記官　粟生　　紗代", size=11)
    p.seal(150, p.y - 6, 15, "square", "大津地方裁判所書記官印", angle=0, seed=18051)
    p.gap(10)
    p.line("〒520-0000　滋賀県大津市におのはま九丁目9番9号", size=9.5, x=24)
    p.line("大津地方裁判所民事部不動産執行係　電話 077-000-3127（直通）", size=9.5, x=24)
    p.line("（問い合わせの際は事件番号をお知らせください。）", size=9.5, x=24)
    tr = truth(document_type="other", sender="大津地方裁判所", phone="077-000-3127",
               creditor="みやこわすれ保証株式会社", status="not_applicable", debtor="八重樫亮", lump=False,
               issued=issued, payment_due=None, hearing=None, reference=case, input_kind="pdf_scan",
               template="proxy18_auction_dividend_day_summons", received=D(2026, 2, 23))
    return dict(stem="i05", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="other (court 配当期日呼出状, claims nothing)",
                unusual="a 地裁's 配当期日呼出状 in a 担保不動産競売 (ケ) case, scanned as a one-page image PDF: it DEMANDS "
                        "NOTHING (every amount null); the 配当期日 with weekday and 午前１０時３０分 in a ruled box is NOT a "
                        "口頭弁論期日 (hearing null); 債務者兼所有者; full-width case number and dates; the 売却代金 "
                        "24,150,000円 and its 代金納付 date as distractors in the notes; court phone （直通）")


# ---------------------------------------------------------------------------------------------
# i06 ニッテレ債権回収 (real) 配当後残債務のご請求, 2 pages: p.2 the 配当金充当 table in 千円.


def i06():
    R = 14.6
    issued, due = D(2026, 4, 17), D(2026, 5, 15)
    subro, acc, assign, divday = D(2024, 1, 25), D(2023, 11, 10), D(2026, 3, 31), D(2026, 3, 18)
    Q0 = 21_236_400
    X = late(Q0, R, subro + timedelta(1), divday)
    Y = 1_163_000
    P = 5_236_400
    Dv = Y + X + (Q0 - P)
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    k = lambda n: f"{n // 1000:,}"  # noqa: E731
    # the 千円 table must add up after truncation
    assert (Q0 // 1000 + X // 1000 + Y // 1000) == (Q0 + X + Y) // 1000, "pre"
    assert Dv // 1000 == (Y // 1000 + X // 1000 + (Q0 - P) // 1000), "div"
    assert Dv <= 24_150_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "NITTELE", size=15, font="sans-bold", color=NAVY)
    p.at(50, 20, "ニッテレ債権回収株式会社", size=11, font="sans-bold", color=NAVY)
    p.add(Line(15, 23, 196, 23, 0.4, NAVY))
    p.at(196, 29, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 34, "お取引番号　NT-26-04173", size=9.5, align="r")
    p.y = 30
    p.line("〒520-0000　滋賀県大津市からさき町九丁目9番9号", size=10)
    p.line("八重樫　亮　様", size=13.5)
    p.gap(6)
    p.title("配当後残債務のご請求について", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para(f"大津地方裁判所令和6年(ケ)第127号担保不動産競売事件につきましては、{era(divday)}の配当期日において、"
           "債権者みやこわすれ保証株式会社に配当が実施され、同社の求償債権に充当されました（充当の明細は2枚目のとおり）。")
    p.para(f"当社は、充当後に残った同社の貴殿に対する求償債権を、{era(assign)}付で同社から譲り受けました。"
           "つきましては、下記の残債務を一括してお支払いくださいますようお願い申し上げます。分割でのお支払いをご希望の場合は、"
           "お支払期限までにご相談ください。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.table([["項　目", "金　額"], ["配当充当後債権元本", f"{P:,}円"],
             ["充当後損害金（令和8年3月19日から年14.6％）", f"{L:,}円"], ["ご請求残高", f"{T:,}円"]],
            [110, 50], x=25, header=True, aligns="lr", size=10, row_h=8.5)
    p.line(f"（{era(issued)}現在）", x=140, size=8.5)
    p.gap(2)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("原債権者（譲渡人）", "みやこわすれ保証株式会社"),
          ("原契約", "株式会社湖国銀行　住宅ローン（平成29年6月30日付）"), ("期限の利益喪失日", era(acc)),
          ("代位弁済日", era(subro)), ("お振込先", "かいつぶり銀行 大津支店 普通 4173026 ニツテレサイケンカイシユウ（カ")],
         x=25, label_w=42, size=9.5)
    p.gap(4)
    for s, sz, f in (("ニッテレ債権回収株式会社　関西業務部", 10, "sans-bold"),
                     ("（許可番号　法務大臣第７号）", 9, "sans"),
                     ("〒530-0000 大阪市北区なかのしま橋九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-771（平日9:00～18:00）　担当 門真", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "ニッテレ債権回収印", angle=2, seed=18061)
    q = Page(font="sans", size=10, top=16)
    q.line("2枚目", size=9, color=GRAY)
    q.title("配当金の充当明細", size=14)
    q.line(f"事件　大津地方裁判所　令和6年(ケ)第127号　　配当期日　{era(divday)}", size=9.5)
    q.line("配当を受けた債権者　みやこわすれ保証株式会社（求償債権　代位弁済日 " + era(subro) + "）", size=9.5)
    q.gap(3)
    head = ["項目", "充当前", "配当充当額", "充当後"]
    rows = [["執行費用（予納金・登録免許税等）", k(Y), k(Y), "0"],
            [f"確定遅延損害金（{era(subro + timedelta(1))}～配当期日）", k(X), k(X), "0"],
            ["求償元金", k(Q0), k(Q0 - P), k(P)],
            ["計", k(Q0 + X + Y), k(Dv), k(P)]]
    q.table([head] + rows, [80, 32, 34, 32], x=16, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.line("（単位：千円、千円未満切捨て）", x=140, size=8.5)
    q.gap(4)
    for s in ("1　配当金は、民法の定めに従い、費用、遅延損害金、元金の順に充当しました。",
              "2　充当後の求償元金の正確な額は 5,236,400円 です（1枚目「配当充当後債権元本」）。",
              "3　本件不動産の売却代金のうち、上記配当額を超える部分は後順位債権者への配当等に充てられています。",
              "4　充当後の元本に対しては、配当期日の翌日から完済まで年14.6％の割合による損害金が発生します。"):
        q.para(s, x0=18, x1=192, size=9.3, indent="")
    q.gap(5)
    y = q.y
    q.add(Box(16, y, 178, 34, 0.3, NAVY, (0.95, 0.96, 0.99)))
    q.at(20, y + 6.5, "お支払いが難しいお客様へ", size=10, font="sans-bold", color=NAVY)
    for i, s in enumerate(["ご収入やご家計の状況に応じた分割でのお支払いをご提案できる場合があります。",
                           "お支払期限までに、フリーダイヤル 0120-000-771 へお電話ください（お取引番号をお手元にご用意ください）。",
                           "当社は法務大臣の許可を受けた債権回収会社です。許可の有無は法務省ホームページでご確認いただけます。",
                           "当社の社員が、ご自宅で現金をお預かりすることはございません。"]):
        q.at(20, y + 13 + i * 5.2, s, size=8.8)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-771", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="みやこわすれ保証株式会社", debtor="八重樫亮", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               assignment=assign, reference="NT-26-04173", input_kind="pdf_text_2page",
               template="proxy18_servicer_rest_after_dividend_thousands", received=D(2026, 4, 20))
    return dict(stem="i06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 配当, 2 pages)",
                unusual="real servicer ★ ニッテレ債権回収株式会社 (Latin logo 「NITTELE」) with the licence in brackets and "
                        "full-width 「（許可番号　法務大臣第７号）」; the servicer bought the guarantor's 求償債権 AFTER the "
                        "配当 (譲渡日 3/31 > 配当期日 3/18); a 3-row 項目/金額 table with the new labels 配当充当後債権元本 / "
                        "充当後損害金 / ご請求残高 (no interest); kv lines with 原債権者（譲渡人）, 原契約 平成29年, 喪失日, "
                        "代位弁済日; p.2 a 配当金の充当明細 in 千円 (単位：千円、千円未満切捨て) with 充当前 / 配当充当額 / "
                        "充当後 columns (all distractors)")


# ---------------------------------------------------------------------------------------------
# i07 invented servicer 黎明債権回収 (第238号): 任意売却後の残債務のご案内, iPhone HEIC; sender box at the BOTTOM.


def i07():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 27)
    sale, acc, lastp, assign, subro = D(2025, 9, 26), D(2025, 5, 8), D(2025, 2, 27), D(2026, 1, 20), D(2025, 6, 20)
    P = 3_184_250
    L = late(P, R, sale + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, f"ご案内日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "債権管理番号　RM-26-0114", size=9.5, align="r")
    p.y = 20
    p.line("〒514-0000　三重県津市あこぎ台九丁目9番9号", size=10)
    p.line("不破　亜希子　様", size=13.5)
    p.gap(7)
    p.add(Box(15, p.y, 181, 13, color=None, fill=(0.20, 0.22, 0.30)))
    p.at(105.5, p.y + 9, "任意売却後の残債務についてのご案内", size=15, font="sans-bold", color=WHITE, align="c")
    p.y += 18
    p.para("先般はご自宅の任意売却にご協力いただき、ありがとうございました。売却代金は、かやつり信用保証株式会社の求償債権に"
           "充当されましたが、なお下記の残債務がございます。", size=10)
    p.para(f"同社の求償債権は、{era(assign)}付で当社が譲り受けました（譲渡のご通知は既にお送りしております）。つきましては、"
           f"下記ご請求残高を{era(due)}（{wd(due)}）までに一括してお支払いいただくか、同日までにご返済方法について当社まで"
           "ご相談ください。", size=10)
    p.gap(2)
    p.line("■ ご請求残高の内訳", size=10.5, font="sans-bold")
    p.table([["売却後残存元金", "残存損害金（年14.0％）", "ご請求残高"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [60, 62, 59], x=15, header=True, aligns="rrr", size=11, row_h=9)
    p.line(f"※残存損害金は、売却決済日の翌日（{era(sale + timedelta(1))}）から{era(issued)}までの額です。", x=15, size=8.5)
    p.gap(3)
    p.line("■ これまでの経過", size=10.5, font="sans-bold")
    hist = [("平成27年9月", "株式会社とうかい湊銀行と住宅ローン契約（当初借入額 2,680万円）"),
            (era(lastp), "最終ご返済日"),
            (era(acc), "期限の利益喪失（銀行）"),
            (era(subro), "かやつり信用保証株式会社による代位弁済"),
            (era(sale), "任意売却の決済（売却価格 1,980万円、諸費用控除後の配当を求償債権に充当）"),
            (era(assign), "求償債権を当社が譲受け")]
    for d, s in hist:
        b = p.line(d, x=22, size=9.3)
        p.at(62, b, s, size=9.3)
    p.gap(4)
    p.para("お振込先　すなどり信託銀行 名古屋支店 普通預金 2380114 レイメイサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("毎月のご返済額のご提案（例：月々2万円から）も承っております。ご相談は無料です。", size=9.3, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.5))
    p.at(20, y + 8, "黎明債権回収株式会社", size=13, font="sans-bold")
    p.at(20, y + 14, "法務大臣許可番号　第238号", size=9)
    p.at(20, y + 20, "〒460-0000 名古屋市中区さかえ坂九丁目9番9号　名古屋センター", size=8.5)
    p.at(20, y + 26, "お問合せ　052-000-6238（平日 9:00～17:30）　担当 宇治橋", size=9.5, font="sans-bold")
    p.seal(180, y + 15, 13, "square", "黎明債権回収印", angle=3, seed=18071)
    tr = truth(document_type="collection_notice", sender="黎明債権回収株式会社", license_number=238,
               phone="052-000-6238", creditor="黎明債権回収株式会社", status="unverified",
               original="かやつり信用保証株式会社", debtor="不破亜希子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="RM-26-0114", input_kind="photo_heic",
               template="proxy18_invented_servicer_after_voluntary_sale", received=D(2026, 2, 9))
    return dict(stem="i07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.6, creases=2, glare=22, fill=0.86, warm=0.25),
                about="collection_notice (invented servicer, rest after a 任意売却)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; INVENTED servicer 「黎明債権回収株式会社」 "
                        "(kanji name) with 「法務大臣許可番号　第238号」 (→ unverified) only in a framed sender box at the "
                        "BOTTOM; white-on-slate title band; a 3-column one-row table with the new labels 売却後残存元金 / "
                        "残存損害金 / ご請求残高 (no interest); a これまでの経過 timeline (平成27年9月, 最終ご返済日, 喪失, "
                        "代位弁済, 決済, 譲受) with 2,680万円 and 1,980万円 in 万 units and 月々2万円 as distractors")


# ---------------------------------------------------------------------------------------------
# i08 joint 債権譲渡及び譲受通知書: card company → アビリオ債権回収 (real); notifier blocks side by side at the BOTTOM.


def i08():
    R = 18.0
    issued, assign = D(2025, 11, 5), D(2025, 10, 31)
    acc, lastp = D(2025, 6, 2), D(2025, 2, 26)
    Ps, Pc, I = 212_400, 348_000, 18_736
    P = Ps + Pc
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{wdate(issued)}", align="r", size=10)
    p.line("お客様管理コード　AB-5071-2209", align="r", size=9.5)
    p.gap(3)
    p.line("〒500-0000　岐阜県岐阜市ながらがわ町九丁目9番9号", size=10)
    p.line("五月女　綾　様", size=13.5)
    p.gap(8)
    p.add(Line(40, p.y, 170, p.y, 0.3))
    p.add(Line(40, p.y + 1.0, 170, p.y + 1.0, 0.3))
    p.gap(3)
    p.line("債権譲渡及び譲受通知書", size=16, font="serif-bold", align="c")
    p.add(Line(40, p.y + 0.5, 170, p.y + 0.5, 0.3))
    p.add(Line(40, p.y + 1.5, 170, p.y + 1.5, 0.3))
    p.gap(6)
    p.para(f"譲渡人伊吹クレジット株式会社は、貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権（元本、手数料、"
           f"利息、損害金その他付帯する一切の権利を含みます。）を、{wdate(assign)}付で譲受人アビリオ債権回収株式会社に譲渡"
           "いたしました。")
    p.para("つきましては、譲渡人及び譲受人の連名をもって、本書によりご通知申し上げます。本日以降のお支払い、お問い合わせは、"
           "すべて譲受人宛てにお願いいたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("原契約", "伊吹クレジット　カード会員契約（平成30年11月入会）"), ("会員番号", "4980-11＊＊-＊＊＊＊-7302"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("譲渡日", wdate(assign))],
         x=25, label_w=38, size=10)
    p.gap(2)
    p.line(f"譲渡債権の額（{wdate(assign)}現在）", x=25, size=10, font="serif-bold")
    p.table([["元本", "約定手数料・利息", "延滞損害金（年18％）", "譲渡債権総額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 42, 44, 42], x=25, header=True, aligns="rrrr",
            size=10, row_h=8)
    p.para(f"（元本の内訳　ショッピング分割 {Ps:,}円／キャッシング {Pc:,}円。ショッピング利用可能枠 500,000円は解約済みです。）",
           x0=25, x1=193, size=8.8, indent="")
    p.gap(2)
    p.para("お支払方法のご案内は、譲受人から別途お送りいたします。ご不明な点は譲受人までお問い合わせください。", size=9.5)
    p.line("以上", align="r")
    p.gap(5)
    y = p.y
    for x, role, lines, seal, sd in (
            (18, "譲渡人", ["〒460-0000 名古屋市東区いぶき坂九丁目9番9号", "伊吹クレジット株式会社",
                            "代表取締役　能登谷　恭平", "電話 052-000-5070"], "伊吹クレジット代表取締役印", 18081),
            (108, "譲受人", ["〒100-0000 東京都千代田区おおてまち堀九丁目9番9号", "アビリオ債権回収株式会社",
                             "代表取締役　馬場園　淳", "法務大臣許可番号　第5号", "フリーダイヤル 0120-000-505"],
             "アビリオ債権回収代表取締役印", 18082)):
        p.add(Box(x, y, 86, 40, 0.3, GRAY))
        p.at(x + 3, y + 6, f"（{role}）", size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 12 + i * 5.3, s, size=10 if "株式会社" in s and "〒" not in s else 8.8,
                 font="serif-bold" if "株式会社" in s and "〒" not in s else "serif")
        p.seal(x + 76, y + 24, 12, "round", seal.replace("代表取締役印", "") + "|代表/取締役", angle=-5, seed=sd)
    p.y = y + 44
    p.para("※本通知は民法第467条に基づく債権譲渡の通知です。アビリオ債権回収株式会社は、債権管理回収業に関する特別措置法に"
           "基づく法務大臣の許可を受けた債権回収会社です。", size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-505", creditor="アビリオ債権回収株式会社", status="licensed",
               original="伊吹クレジット株式会社", debtor="五月女綾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AB-5071-2209", input_kind="pdf_text",
               template="proxy18_joint_assignment_card_to_servicer_bottom_blocks", received=D(2025, 11, 7))
    return dict(stem="i08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="joint 債権譲渡及び譲受通知書 in serif with a double-ruled title; the two notifier blocks (（譲渡人） card "
                        "company / （譲受人） real servicer ★ アビリオ債権回収株式会社 with 「法務大臣許可番号　第5号」) SIDE BY "
                        "SIDE at the BOTTOM with round seals; western 年月日 dates; お客様管理コード top-right; a 4-column "
                        "one-row table with the new labels 元本 / 約定手数料・利息 / 延滞損害金（年18％） / 譲渡債権総額; the "
                        "元本 split (ショッピング / キャッシング) in a bracket line, a masked 会員番号, 利用可能枠 500,000 and "
                        "民法第467条 as distractors; informs only (no payment date); the 譲渡人's own phone")


LETTERS = [i01, i02, i03, i04, i05, i06, i07, i08]
