"""Proxy set 106, letters dk01–dk08: "amounts in the layouts strangers use, round 4". A real servicer's ご請求書 with the
figures in boxes and their labels UNDER them (＋ … ＝) beside a 充当 history (dk01); a bank's 期限の利益喪失通知書 of two
business loans in a 千円 table (dk02); a guarantee company's 代位弁済 fax whose labels stand AFTER the figures (dk03); a
card company's 督促状 of two months in two sections with 小計 rows (dk04); a real servicer's 受託通知 with a ledger of
payments on page 2 (dk05); a consumer lender's ¥…- column sum with a discount offer under it (dk06); a 支払督促 of two
contracts with subtotals and the 督促手続費用 (dk07); a law office's 縦書き 通知書 with 金…円也 in kanji (dk08)."""

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
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
TEAL = (0.02, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.28, 0.10)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def yd(n: int) -> str:
    return f"￥{n:,}-"


def vcheck2(pages) -> None:
    """vcheck, plus: no column ends with 令和 / 平成 (or 年 月 金 第) while the next column starts with the number."""
    vcheck(pages)
    nums = set("〇一二三四五六七八九十百千万０１２３４５６７８９0123456789壱弐参拾萬元")
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s and b.s and (a.s.endswith(("令和", "平成", "令", "平")) or a.s[-1] in "年月金第") and b.s[0] in nums:
                raise AssertionError(f"column breaks inside an era date: …{a.s[-6:]} | {b.s[:6]}…")


# ---------------------------------------------------------------------------------------------
# dk01 オリックス債権回収 (real) ご請求書: four figure boxes with the label UNDER each figure (＋ ＋ ＝), and the
# 充当 history of the last three payments (distractors) beside the contract facts.


def dk01():
    R = 14.6
    issued, due = D(2025, 7, 14), D(2025, 7, 31)
    acc, assign, lastp = D(2025, 3, 5), D(2025, 5, 30), D(2025, 2, 27)
    P0 = 1_191_390
    hist, bal = [], P0
    for d, amt, it in ((D(2024, 12, 27), 28_000, 6_284), (D(2025, 1, 27), 28_000, 6_055), (D(2025, 2, 27), 15_000, 5_873)):
        pr = amt - it
        bal -= pr
        hist.append((d, amt, it, pr, bal))
    P = bal
    I = 1_834  # 約定利息 2/28 … 3/5 (rate not printed)
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    window(p, 15, 14, "997-0000", ["山形県鶴岡市ひわ野九丁目9番9号"], "唐橋　亮介　様", "dk01", w=92, h=34)
    p.at(196, 16, era(issued), size=10, align="r")
    p.at(196, 21.5, "お客様番号　OR-2507-11846", size=9.5, align="r")
    for i, (s, sz, f) in enumerate((("オリックス債権回収株式会社", 11.5, "sans-bold"),
                                    ("法務大臣許可番号　第11号", 8.5, "sans"),
                                    ("〒105-0000 東京都港区はまのみや九丁目9番9号", 8, "sans"),
                                    ("債権管理第二部　担当　二ノ宮", 8.5, "sans"),
                                    ("TEL 03-0000-6611（平日9:00～18:00）", 9, "sans"))):
        p.at(196, 30 + i * 4.6, s, size=sz, font=f, align="r")
    p.seal(119, 37, 11, "square", "オリックス債権回収印", angle=3, seed=106011)
    p.y = 56
    p.title("ご請求書（一括お支払いのお願い）", size=15)
    p.para(f"当社は、いかる野オートクレジット株式会社から、貴殿に対する下記オートローン債権を{era(assign)}付で譲り受けました。"
           f"貴殿は{era(acc)}の経過により期限の利益を喪失されておりますので、下記ご請求額を{era(due)}（{wd(due)}）までに、"
           "下記口座へ一括してお振込みください。", size=9.8)
    p.gap(2)
    p.line(f"■ ご請求額の内訳（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.gap(1)
    y = p.y
    w, g = 40, 7
    cells = [(P, "残元金"), (I, "未収利息（喪失日まで）"), (L, "遅延損害金（年14.6％）"), (T, "ご請求額合計")]
    for i, (v, lab) in enumerate(cells):
        x = 15 + i * (w + g)
        last = i == 3
        p.add(Box(x, y, w, 19, 0.8 if last else 0.3, RED if last else (0, 0, 0), (1.0, 0.95, 0.95) if last else None))
        p.at(x + w - 2.5, y + 9, f"{v:,}円", size=13 if last else 12, font="sans-bold", align="r",
             color=RED if last else (0, 0, 0))
        p.add(Line(x + 3, y + 11.5, x + w - 3, y + 11.5, 0.15, GRAY))
        p.at(x + w / 2, y + 16, lab, size=7.8, align="c")
        if i < 3:
            p.at(x + w + g / 2, y + 11, "＝" if i == 2 else "＋", size=13, font="sans-bold", align="c")
    p.y = y + 23
    p.para(f"※遅延損害金は、残元金に対し{era(acc + ONE)}から{era(issued)}まで年14.6％（1年を365日とする日割計算）で計算しています。"
           "本日以降も完済まで同じ割合で発生します。", size=8.5, indent="")
    p.gap(2)
    p.line("■ ご契約の内容（ご参考）", size=10.5, font="sans-bold")
    p.kv([("原債権者", "いかる野オートクレジット株式会社（ご契約番号 IK-0420-7718）"),
          ("ご契約日", "令和3年4月20日（オートローン・36回払い）"),
          ("当初ご融資額", "1,980,000円　　毎月のご返済額 28,000円（毎月27日）"),
          ("期限の利益喪失日", era(acc)), ("債権譲受日", era(assign)), ("最終ご入金日", era(lastp))],
         x=20, label_w=36, size=9.3)
    p.gap(2)
    p.line("■ ご入金と充当の状況（原債権者でのお取引・直近3回）", size=10.5, font="sans-bold")
    p.table([["ご入金日", "ご入金額", "利息へ充当", "元金へ充当", "充当後の残元金"]] +
            [[era(d), f"{a:,}", f"{it:,}", f"{pr:,}", f"{b:,}"] for d, a, it, pr, b in hist],
            [42, 32, 32, 32, 40], x=15, header=True, aligns="crrrr", size=9, row_h=6.8)
    p.line("（単位：円）　最終ご入金後の残元金が、上記「残元金」となっております。", x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4, NAVY, (0.95, 0.96, 0.99)))
    p.at(19, y + 6.5, "お振込先", size=9.5, font="sans-bold", color=NAVY)
    p.at(19, y + 12.5, "さえずり銀行　本店営業部　普通預金　7011846　オリツクスサイケンカイシユウ（カ", size=9.3)
    p.at(19, y + 18.5, "※お振込みの際は、お名前の前にお客様番号（OR-2507-11846）をご入力ください。振込手数料はご負担ください。", size=8.3)
    p.y = y + 26
    p.para("ご一括でのお支払いが難しい場合は、お支払期限までに担当者へご相談ください。本書と行き違いにお支払いいただいた場合は、"
           "ご容赦ください。当社は法務大臣の許可を受けた債権回収会社です。", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-6611", creditor="オリックス債権回収株式会社", status="licensed",
               original="いかる野オートクレジット株式会社", debtor="唐橋亮介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR-2507-11846", input_kind="pdf_text",
               template="proxy106_servicer_figure_boxes_labels_under_with_history", received=D(2025, 7, 16))
    return dict(stem="dk01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer ご請求書, 一括, auto loan)",
                unusual="real servicer ★ オリックス債権回収 with 「法務大臣許可番号　第11号」 top-right under the name; the "
                        "breakdown as FOUR BOXES with the figure on top and its label UNDER it, joined by ＋ ＋ ＝ "
                        "(残元金 / 未収利息（喪失日まで） / 遅延損害金（年14.6％） / ご請求額合計 in red); a ご契約の内容 kv "
                        "block with 当初ご融資額 1,980,000円 and 毎月のご返済額 28,000円 on one line; a 3-row ご入金と充当の状況 "
                        "table (ご入金額 / 利息へ充当 / 元金へ充当 / 充当後の残元金, 単位：円 under it) whose last 残元金 equals "
                        "the claim's 残元金; the due date only in the prose; window address with customer bars")


# ---------------------------------------------------------------------------------------------
# dk02 朔北銀行 期限の利益喪失通知書 of two business loans, the table in 千円 (no interest-free rounding needed:
# the bank's figures are whole thousands); late damages only as a running clause. Scanned.


def dk02():
    R = 14.0
    issued, due = D(2025, 9, 5), D(2025, 9, 26)
    warn, acc, lastp = D(2025, 8, 8), D(2025, 8, 29), D(2025, 5, 30)
    loans = [("証書貸付（設備資金）", D(2020, 10, 15), 15_000, 9_360, 42),
             ("証書貸付（運転資金）", D(2022, 6, 30), 5_000, 3_210, 17)]
    P = sum(x[3] for x in loans) * 1000
    I = sum(x[4] for x in loans) * 1000
    T = P + I
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.at(196, 23.5, "お客様番号　0412-077815", size=9.5, align="r")
    p.y = 30
    p.line("〒999-0000　山形県酒田市すぎな野九丁目9番9号", size=10)
    p.line("椎谷　達郎　様", size=13.5)
    p.gap(1)
    p.line("（屋号　椎谷製作所）", size=9)
    y0 = p.y
    for i, (s, sz) in enumerate((("株式会社朔北銀行　せりざわ台支店", 11), ("支店長　見目　雅彦", 10),
                                 ("〒998-0000 山形県酒田市せりざわ台九丁目9番9号", 8.5),
                                 ("融資管理課　担当　三ツ井　電話 0234-00-4127", 8.5))):
        p.at(120, y0 + 2 + i * 5.4, s, size=sz, font="serif-bold" if i == 0 else "serif")
    p.seal(110, y0 + 9, 13, "square", "朔北銀行せりざわ台支店長印", angle=-3, seed=106021)
    p.y = y0 + 26
    p.title("期限の利益喪失通知書", size=16, font="serif-bold")
    p.para(f"貴殿と当行との間の下記各証書貸付につきまして、当行は{era(warn)}付書面をもって延滞元利金のお支払いを催告いたしましたが、"
           "期限までにお支払いがございませんでした。")
    p.para(f"よって、貴殿は銀行取引約定書第5条第2項に基づき、{era(acc)}の経過をもって下記各債務全額について期限の利益を喪失"
           "されましたので、本書をもってご通知申し上げます。")
    p.para(f"つきましては、下記合計金額を{era(due)}（{wd(due)}）限り、当店へ一括してお支払いくださいますよう請求いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.line("（単位：千円）", size=9, align="r")
    head = ["貸付種類", "貸付日", "当初貸付金額", "残元金", "未収利息", "計"]
    rows = [[k, jis(d), f"{a:,}", f"{pr:,}", f"{it:,}", f"{pr + it:,}"] for k, d, a, pr, it in loans]
    rows.append(["合　計", "", f"{sum(x[2] for x in loans):,}", f"{P // 1000:,}", f"{I // 1000:,}", f"{T // 1000:,}"])
    p.table([head] + rows, [44, 24, 30, 28, 24, 26], x=14, header=True, aligns="lcrrrr", size=9.8, row_h=8.2,
            font="serif")
    p.gap(2)
    for s in (f"※未収利息は、{era(acc)}までの約定利息です。",
              f"※上記のほか、残元金に対し{era(acc + ONE)}から完済の日まで年14％の割合（年365日の日割計算）による遅延損害金を"
              "申し受けます。",
              f"※最終ご返済日　{era(lastp)}（両貸付とも）。",
              "※連帯保証人　椎谷　真澄　様にも、本書と同旨の通知をお送りしております。"):
        p.para(s, x0=16, x1=194, size=9.3, indent="")
    p.gap(3)
    p.para("お支払いは当店窓口又は下記口座へのお振込みにてお願いいたします。　当店　当座預金　0077815（返済専用口座）",
           size=9.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="株式会社朔北銀行", phone="0234-00-4127",
               creditor="株式会社朔北銀行", status="not_applicable", debtor="椎谷達郎", total=T, principal=P, interest=I,
               late_damages=None, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0412-077815", input_kind="scan_png",
               template="proxy106_bank_acceleration_two_business_loans_thousands", received=D(2025, 9, 8))
    return dict(stem="dk02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="acceleration_notice (bank, two business loans, 千円 table)",
                unusual="formal serif 期限の利益喪失通知書 of a bank to a sole trader (屋号 line under the name), scanned; the "
                        "claim is a 6-column table in 千円 (（単位：千円） above it on the right): 貸付種類 / 貸付日 (JIS R2.10.15) / "
                        "当初貸付金額 (distractor) / 残元金 / 未収利息 / 計, two loans and a 合計 row → 12,570千円 + 59千円 = "
                        "12,629千円 multiplied out; NO late-damages amount (only the running 年14％ clause → late null, rate "
                        "14.0); the 催告 date 8/8 vs the 喪失 date 8/29; guarantor named; the 当座 account number")


# ---------------------------------------------------------------------------------------------
# dk03 とちのはな信用保証 代位弁済のお知らせ, one-page fax: the claim lines have the FIGURE first and the label after it.


def dk03():
    R = 14.6
    issued, due = D(2025, 10, 20), D(2025, 11, 4)
    subro, acc, lastp = D(2025, 10, 10), D(2025, 9, 2), D(2025, 6, 25)
    P0, I0 = 1_262_300, 22_217
    S = P0 + I0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 9, 181, 23, 0.4))
    p.at(19, 15, "ＦＡＸ送信のご案内", size=11, font="sans-bold")
    p.at(19, 21.5, f"送信日　{fw(era(issued))}（{wd(issued)}）　　送信枚数　本紙共１枚", size=9)
    p.at(192, 15, "宛先　瀬畑　由紀　様", size=10, align="r")
    p.at(192, 28, "送信元　とちのはな信用保証株式会社　求償債権管理部", size=9, align="r")
    p.y = 35
    p.at(196, 38, "求償番号　TH-5521-0190", size=9.5, align="r")
    p.y = 41
    p.title("代位弁済のお知らせ（求償金のご請求）", size=15)
    p.para(f"貴殿が株式会社はなずおう銀行との間でご契約のカードローン（ご契約日 平成30年8月1日、ご利用限度額 1,500,000円）に"
           f"つきまして、当社は保証委託契約に基づき、{era(subro)}、同行に対し下記の金額を代位弁済いたしました。", size=9.8)
    p.para(f"これにより同行の貴殿に対する債権は当社に移転いたしましたので、下記ご請求金額を{era(due)}（{wd(due)}）までに、"
           "一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(1)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    p.kv([("代位弁済日", era(subro)), ("代位弁済額", f"{S:,}円（うち元金 {P0:,}円・利息 {I0:,}円）"),
          ("期限の利益喪失日（銀行）", era(acc)), ("最終ご返済日（銀行）", era(lastp))], x=22, label_w=50, size=9.5)
    p.gap(2)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.gap(1)
    xf, xl = 78, 84
    lines = [(S, "求償元金（代位弁済額）"),
             (L, f"損害金（求償元金に対する{subro.month}月{subro.day + 1}日から{issued.month}月{issued.day}日まで・年14.6％）")]
    for v, lab in lines:
        b = p.line("金", x=30, size=11)
        p.at(xf, b, f"{v:,}円", size=11, align="r")
        p.at(xl, b, lab, size=9.8)
    p.add(Line(28, p.y + 0.3, 180, p.y + 0.3, 0.5))
    p.gap(1.5)
    b = p.line("金", x=30, size=12.5, font="sans-bold")
    p.at(xf, b, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.at(xl, b, "ご請求金額合計", size=11, font="sans-bold")
    p.gap(2)
    p.para("※求償元金に対しては、代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の割合による損害金が発生します。",
           x0=22, size=8.8, indent="")
    p.para("※ご参考：銀行でのご返済額は毎月25,000円（毎月6日）でした。当社へのご返済方法は、お電話でご相談ください。", x0=22,
           size=8.8, indent="")
    p.gap(2)
    p.para("お振込先　はなずおう銀行　中央支店　普通預金　5521019　トチノハナシンヨウホシヨウ（カ　※お振込人名の前に求償番号を"
           "ご入力ください。", size=9.3, indent="")
    p.gap(4)
    for s, sz, f in (("とちのはな信用保証株式会社", 11, "sans-bold"), ("求償債権管理部　担当　礫川", 9.5, "sans"),
                     ("〒320-0000 栃木県宇都宮市もずの台九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-317　FAX 028-000-3180", 9.5, "sans"),
                     ("貸金業登録番号　関東財務局長(2)第03317号", 8, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(186, p.y - 17, 12, "square", "とちのはな信用保証印", angle=-2, seed=106031)
    tr = truth(document_type="acceleration_notice", sender="とちのはな信用保証株式会社", phone="0120-000-317",
               creditor="とちのはな信用保証株式会社", status="not_applicable", original="株式会社はなずおう銀行",
               debtor="瀬畑由紀", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="TH-5521-0190", input_kind="fax_tiff",
               template="proxy106_guarantor_subrogation_fax_figures_before_labels", received=issued)
    return dict(stem="dk03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 TOCHINOHANA HOSHO 028-000-3180",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax with a boxed 「ＦＡＸ送信のご案内」 strip (full-width 送信日 with weekday = the only "
                        "letter date); the claim lines are written FIGURE FIRST, LABEL AFTER: 「金　1,284,517円　求償元金"
                        "（代位弁済額）」 / 「金　5,138円　損害金（…10月11日から10月20日まで・年14.6％）」 / a rule / 「金　…円　"
                        "ご請求金額合計」; the 代位弁済額 with its bracketed うち元金 / 利息 (history); ご利用限度額 1,500,000円 "
                        "and 毎月25,000円 as distractors; free-dial and FAX on one line; 貸金業登録番号 (not a licence)")


# ---------------------------------------------------------------------------------------------
# dk04 カワセミカード 督促状: two months of arrears in two sections (ショッピング / キャッシング) with 小計 rows and a
# 合計 row; a shaded ご利用状況 grid of balances and limits as distractors. Phone photo.


def dk04():
    R = 14.6
    issued, due, lastp = D(2025, 11, 10), D(2025, 11, 25), D(2025, 8, 11)
    d1, d2 = D(2025, 9, 10), D(2025, 10, 10)
    secs = [("ショッピング（リボ払い）", "手数料", [(d1, 12_000, 5_318), (d2, 12_000, 5_104)]),
            ("キャッシング（リボ払い）", "利息", [(d1, 10_000, 3_860), (d2, 10_000, 3_702)])]
    body, Ps, Is, Ls = [], 0, 0, 0
    for name, _lab, rows in secs:
        sp = si = sl = 0
        for d, pr, it in rows:
            lt = late(pr, R, d + ONE, issued)
            body.append([f"{d.month}月{d.day}日お支払分", name, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"])
            sp, si, sl = sp + pr, si + it, sl + lt
        body.append(["", name.split("（")[0] + "　小計", f"{sp:,}", f"{si:,}", f"{sl:,}", f"{sp + si + sl:,}"])
        Ps, Is, Ls = Ps + sp, Is + si, Ls + sl
    T = Ps + Is + Ls
    body.append(["合　計", "", f"{Ps:,}", f"{Is:,}", f"{Ls:,}", f"{T:,}"])
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(15, 6.3, "KAWASEMI CARD", size=10, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "カワセミカード株式会社", size=9.5, font="sans-bold", color=WHITE, align="r")
    p.y = 14
    p.at(196, 17, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号　KW-3318-0562", size=9.5, align="r")
    p.at(196, 27, "カード番号　5300-＊＊＊＊-＊＊＊＊-2218", size=8.5, align="r")
    p.y = 16
    p.line("〒950-0000　新潟県新潟市中央区ききょう町九丁目9番9号", size=9.5)
    p.line("逆井　芽衣　様", size=13)
    p.gap(6)
    p.title("ご入金のお願い（督促状）", size=15, color=TEAL)
    p.para(f"平素はカワセミカードをご利用いただきありがとうございます。下記のお支払分につきまして、{wdate(issued)}現在、"
           f"ご入金が確認できておりません（最終ご入金日 {wdate(lastp)}）。下記「お支払いいただく金額」を期日までにお支払い"
           "ください。", size=9.6)
    p.gap(1)
    p.line("■ 未入金のお支払分（単位：円）", size=10, font="sans-bold", color=TEAL)
    p.table([["お支払日", "区分", "元金", "手数料・利息", "遅延損害金", "小計"]] + body, [33, 48, 24, 26, 24, 26], x=15,
            header=True, aligns="llrrrr", size=8.8, row_h=6.6)
    p.para(f"※遅延損害金は、各お支払分の元金に対し、お支払日の翌日から{wdate(issued)}まで年14.6％で日割計算しています。", x0=15,
           size=8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 17, 1.0, TEAL))
    p.add(Box(15, y, 50, 17, color=None, fill=(0.86, 0.94, 0.95)))
    p.at(40, y + 7, "お支払いいただく金額", size=9.5, font="sans-bold", align="c", color=TEAL)
    p.at(40, y + 13, "（上表の合計）", size=7.5, align="c")
    p.at(100, y + 11.5, f"{T:,}円", size=16, font="sans-bold", align="c")
    p.at(190, y + 7, "お支払期限", size=8.5, align="r")
    p.at(190, y + 13.5, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold", align="r")
    p.y = y + 21
    p.line("■ ご利用状況（ご参考・本書発行日現在）", size=10, font="sans-bold", color=TEAL)
    p.y = grid(p, 15, p.y, [40, 50, 41, 50],
               [["ショッピング利用可能枠", "300,000円", "キャッシング利用可能枠", "200,000円"],
                ["リボ払いご利用残高", "248,300円", "キャッシングご利用残高", "186,000円"],
                ["毎月のお支払額（ショッピング）", "12,000円", "毎月のお支払額（キャッシング）", "10,000円"]],
               h=7, size=9, lsize=7.5) + 3
    p.para("お支払いがないまま次回のお支払日を過ぎますと、会員規約により期限の利益を喪失し、ご利用残高全額を一括してご請求する"
           "ことがございます。また、カードのご利用を停止させていただきます。", size=8.8, indent="")
    p.gap(1)
    p.para("お振込先　さえずり銀行　新潟支店　普通預金　3318056　カワセミカード（カ　（振込手数料はお客様負担となります）", size=9,
           indent="")
    p.gap(3)
    for s, sz in (("カワセミカード株式会社　債権管理センター", 10), ("〒100-0000 東京都千代田区あかがね坂九丁目9番9号", 8.5),
                  ("TEL 03-0000-8821（平日9:30～17:30）　担当　堰本", 9.5), ("貸金業登録番号　関東財務局長(5)第01786号", 8)):
        p.line(s, x=108, size=sz, font="sans-bold" if sz == 10 else "sans")
    tr = truth(document_type="collection_notice", sender="カワセミカード株式会社", phone="03-0000-8821",
               creditor="カワセミカード株式会社", status="not_applicable", debtor="逆井芽衣", total=T, principal=Ps,
               interest=Is, late_damages=Ls, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="KW-3318-0562", input_kind="photo_jpeg",
               template="proxy106_card_dunning_two_sections_subtotals_photo", received=D(2025, 11, 12))
    return dict(stem="dk04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.2),
                about="collection_notice (card company 督促状, two months, two sections)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; teal header band; "
                        "a 6-column table of the missed 9月10日 / 10月10日 payments in TWO SECTIONS (ショッピング / "
                        "キャッシング), each closed by a 小計 row, then a 合計 row (truth = the 合計 row; 元金 / 手数料・利息 "
                        "/ 遅延損害金 / 小計, 単位：円 in the heading); the total again in a framed bar beside the due date; a "
                        "shaded ご利用状況 grid (利用可能枠 300,000 / 200,000, リボ残高 248,300, キャッシング残高 186,000, "
                        "毎月のお支払額) as distractors; arrears only (lump false); western dates; masked card number")


# ---------------------------------------------------------------------------------------------
# dk05 アウロラ債権回収 (real) 受託のご通知 兼 ご請求書, 2 pages: p.1 the total with an inline slash 内訳; p.2 a ledger of
# the last payments (入金額 / 利息 / 損害金 / 元金 / 残元金) and the calculation table.


def dk05():
    R = 20.0
    issued, due, entrust = D(2026, 1, 19), D(2026, 2, 6), D(2026, 1, 5)
    acc, lastp = D(2025, 9, 1), D(2025, 7, 14)
    P0 = 527_846
    led, bal = [], P0
    for d, amt, it, dm in ((D(2025, 3, 14), 15_000, 8_402, 0), (D(2025, 4, 21), 15_000, 8_290, 461),
                           (D(2025, 5, 14), 15_000, 7_316, 0), (D(2025, 6, 16), 15_000, 8_204, 103),
                           (D(2025, 7, 14), 10_000, 7_027, 0)):
        pr = amt - it - dm
        bal -= pr
        led.append((d, amt, it, dm, pr, bal))
    P = bal
    I = P * 178 * (acc - lastp).days // (365 * 1000)  # 約定利率 年17.8％, lastp+1 … acc
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "アウロラ債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 25, "法務大臣許可番号　第76号", size=8.5, color=PLUM)
    p.add(Line(15, 28, 196, 28, 0.6, PLUM))
    p.at(196, 20, era(issued), size=10, align="r")
    p.at(196, 25, "お客様番号　AU-76-260119-33", size=9.5, align="r")
    p.y = 33
    p.line("〒061-0000　北海道石狩市なみまくら町九丁目9番9号", size=10)
    p.line("嶌田　康弘　様", size=13.5)
    p.gap(5)
    p.title("債権管理回収業務受託のご通知　兼　ご請求書", size=14.5)
    p.para(f"当社は、株式会社ベニマシコファイナンス（以下「委託者」）から、貴殿に対する下記貸金債権の管理及び回収業務を{era(entrust)}"
           "付で受託いたしました。債権者は引き続き委託者であり、当社は委託者に代わってお支払いを受領いたします。")
    p.para(f"貴殿は{era(acc)}の経過により期限の利益を喪失されております。つきましては、下記ご請求金額を{era(due)}（{wd(due)}）までに"
           "一括してお支払いくださいますよう、お願い申し上げます。")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.8, PLUM))
    p.at(20, y + 9, "ご請求金額", size=11, font="sans-bold", color=PLUM)
    p.at(120, y + 10, f"¥{T:,}", size=17, font="sans-bold", align="r")
    p.at(125, y + 10, f"（{era(issued)}現在）", size=8.5)
    p.at(20, y + 17.5, f"内訳：元金 ¥{P:,}／利息 ¥{I:,}／遅延損害金 ¥{L:,}（年20.0％・{jis(acc + ONE)}～{jis(issued)}）",
         size=9.3)
    p.at(20, y + 25, f"お支払期限　{era(due)}（{wd(due)}）", size=11, font="sans-bold")
    p.y = y + 35
    p.line("■ ご契約の内容", size=10.5, font="sans-bold")
    p.kv([("委託者（債権者）", "株式会社ベニマシコファイナンス"), ("ご契約番号（委託者）", "BM-191122-0447"),
          ("ご契約", "令和元年11月22日　カードローン（極度額 700,000円）"),
          ("期限の利益喪失日", era(acc)), ("最終ご入金日", f"{era(lastp)}（2枚目の計算書をご覧ください）")],
         x=20, label_w=44, size=9.5)
    p.gap(3)
    p.line("■ お支払方法", size=10.5, font="sans-bold")
    p.para("下記口座へお振込みください（お振込人名の前にお客様番号の数字部分を入力してください）。", size=9.5, indent="")
    p.para("つきみ坂銀行　本店営業部　普通預金　7626011　アウロラサイケンカイシユウ（カ", size=9.5, indent="　")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 26, 0.3, GRAY, (0.97, 0.95, 0.97)))
    for i, s in enumerate(["お問い合わせ先　アウロラ債権回収株式会社　札幌オフィス　担当　畝本",
                           "〒060-0000 札幌市中央区はこね坂九丁目9番9号",
                           "TEL 011-000-7676（平日 9:00～17:30）　FAX 011-000-7677",
                           "一括でのお支払いが困難な場合は、お支払期限までにご相談ください。"]):
        p.at(19, y + 6 + i * 5.5, s, size=9 if i else 9.5, font="sans-bold" if i == 0 else "sans")
    p.seal(186, y + 13, 12, "square", "アウロラ債権回収印", angle=2, seed=106051)
    q = Page(font="sans", size=10, top=16)
    q.line("（2枚目）", size=8.5, color=GRAY)
    q.title("ご請求金額の計算書", size=14)
    q.line(f"お客様番号　AU-76-260119-33　　{'嶌田　康弘'}　様", size=9.5)
    q.gap(3)
    q.line("１．委託者でのご入金と充当（直近5回）", size=10.5, font="sans-bold")
    q.table([["ご入金日", "ご入金額", "利息充当", "損害金充当", "元金充当", "充当後残元金"]] +
            [[era(d), f"{a:,}", f"{it:,}", f"{dm:,}" if dm else "－", f"{pr:,}", f"{b:,}"] for d, a, it, dm, pr, b in led],
            [40, 26, 26, 26, 26, 34], x=16, header=True, aligns="crrrrr", size=9, row_h=7)
    q.line("（単位：円）", x=160, size=8)
    q.gap(3)
    q.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    q.table([["項目", "計算の内容", "金額（円）"],
             ["元金", f"{era(lastp)}ご入金後の残元金", f"{P:,}"],
             ["利息", f"{era(lastp + ONE)}～{era(acc)}（約定利率 年17.8％）", f"{I:,}"],
             ["遅延損害金", f"{era(acc + ONE)}～{era(issued)}（年20.0％・365日日割）", f"{L:,}"],
             ["合計", "", f"{T:,}"]],
            [30, 110, 38], x=16, header=True, aligns="llr", size=9.3, row_h=7.5)
    q.gap(3)
    for s in ("・遅延損害金は、元金に対し完済の日まで上記の割合で発生いたします。",
              "・ご入金は、費用、遅延損害金、利息、元金の順に充当いたします。",
              "・本計算書の金額は、委託者の帳簿に基づき当社が算出したものです。"):
        q.para(s, x0=18, x1=192, size=9, indent="")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="011-000-7676", creditor="株式会社ベニマシコファイナンス", status="licensed",
               original="株式会社ベニマシコファイナンス", debtor="嶌田康弘", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="AU-76-260119-33", input_kind="pdf_text_2page",
               template="proxy106_servicer_entrustment_with_ledger_page", received=D(2026, 1, 21))
    return dict(stem="dk05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (real servicer 受託通知 with a demand, 2 pages)",
                unusual="real servicer ★ アウロラ債権回収 (「法務大臣許可番号　第76号」 under the plum name) collecting ON "
                        "COMMISSION for a consumer lender (creditor = original = 委託者; 受託日 ≠ assignment); p.1 the total "
                        "as ¥… in a plum frame with the 内訳 on ONE line 「内訳：元金 ¥…／利息 ¥…／遅延損害金 ¥…（年20.0％・"
                        "R7.9.2～R8.1.19）」; 極度額 700,000円 in the kv block; p.2 a 5-row LEDGER of the last payments (ご入金額 / "
                        "利息充当 / 損害金充当 / 元金充当 / 充当後残元金) whose last 残元金 = the 元金, and a 項目 / 計算の内容 / "
                        "金額（円） table with the contract rate 年17.8％ beside the 利息 (the late rate is 20.0)")


# ---------------------------------------------------------------------------------------------
# dk06 マヒワローン ご請求書: the breakdown as a column sum (＋ … ＝) in ￥…- with a discount offer below it. HEIC.


def dk06():
    R = 20.0
    issued, due = D(2026, 3, 9), D(2026, 3, 24)
    acc, lastp = D(2025, 12, 2), D(2025, 10, 27)
    P, I = 683_400, 11_236
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 18, "マヒワローン", size=16, font="sans-bold", color=BROWN)
    p.at(15, 23, "株式会社マヒワローン　お客様サポート室", size=8.5)
    p.at(196, 16, f"発行日 {slash(issued)}", size=9.5, align="r")
    p.at(196, 21, "会員番号 MH-0717-2290", size=9.5, align="r")
    p.y = 30
    p.line("〒630-0000 奈良県奈良市すみれ坂九丁目9番9号", size=9.5)
    p.line("笹沼　千尋　様", size=13.5)
    p.gap(6)
    p.title("ご請求書", size=17, color=BROWN, spaced=True)
    p.para(f"お客様のご契約につきましては、約定のご返済がなく、{slash(acc)}の経過をもって期限の利益を喪失しております。"
           "つきましては、下記のご請求額を、お支払期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    x0, x1 = 40, 160
    p.line(f"ご請求額の計算（{slash(issued)}現在）", x=x0 - 8, size=10.5, font="sans-bold")
    p.gap(1)
    for op, lab, v in (("", "ご融資残高（元金）", P), ("＋", f"利息（{slash(lastp + ONE)}～{slash(acc)}）", I),
                       ("＋", f"遅延損害金（{slash(acc + ONE)}～{slash(issued)}　年20.0％）", L)):
        b = p.line(lab, x=x0, size=10.5)
        if op:
            p.at(x0 - 6, b, op, size=11, font="sans-bold")
        p.at(x1, b, yd(v), size=11, align="r")
    p.gap(1.5)
    p.add(Line(x0 - 8, p.y + 0.5, x1 + 2, p.y + 0.5, 0.6))
    p.add(Line(x0 - 8, p.y + 1.4, x1 + 2, p.y + 1.4, 0.6))
    p.gap(2.5)
    b = p.line("ご請求額", x=x0, size=12.5, font="sans-bold")
    p.at(x0 - 6, b, "＝", size=12, font="sans-bold")
    p.at(x1, b, yd(T), size=14, font="sans-bold", align="r", color=BROWN)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 12, 1.0, BROWN))
    p.at(36, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(70, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    y = p.y
    p.add(Box(15, y, 181, 27, 0.3, (0.6, 0.45, 0.2), (1.0, 0.97, 0.90)))
    p.at(19, y + 6.5, "【期間限定のご提案】", size=10, font="sans-bold", color=BROWN)
    p.at(19, y + 13, f"お支払期限までに、元金と利息の合計 {yd(P + I)} を一括でお支払いいただいた場合、", size=9.3)
    p.at(19, y + 19, f"上記の遅延損害金 {yd(L)} のお支払いを免除いたします（ご希望の方は事前にお電話ください）。", size=9.3)
    p.at(19, y + 24.5, "※このご提案は、期限を過ぎますと無効となります。", size=8)
    p.y = y + 31
    p.line("ご契約内容（ご参考）", size=10, font="sans-bold")
    p.kv([("ご契約日", "2022/05/17"), ("ご契約極度額", yd(800_000)), ("約定返済額", f"毎月 {yd(23_000)}（毎月27日）"),
          ("最終ご入金日", slash(lastp))], x=20, label_w=34, size=9.3)
    p.gap(2)
    p.para("お振込先　れんげ野銀行　奈良支店　普通預金　0717229　カ）マヒワローン", size=9.3, indent="")
    p.gap(4)
    for s, sz in (("株式会社マヒワローン", 11), ("〒530-0000 大阪市北区あきあかね町九丁目9番9号", 8.5),
                  ("TEL 06-000-2290（平日 10:00～18:00）　担当　伊与田", 9.5),
                  ("貸金業登録番号　近畿財務局長(4)第00872号　日本貸金業協会会員 第005518号", 7.8)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz == 11 else "sans")
    p.seal(186, p.y - 17, 12, "square", "マヒワローン之印", angle=3, seed=106061)
    tr = truth(document_type="collection_notice", sender="株式会社マヒワローン", phone="06-000-2290",
               creditor="株式会社マヒワローン", status="not_applicable", debtor="笹沼千尋", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MH-0717-2290", input_kind="photo_heic",
               template="proxy106_lender_column_sum_yen_dash_discount_offer", received=D(2026, 3, 11))
    return dict(stem="dk06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.3, bow=6),
                about="collection_notice (consumer lender, 一括請求)",
                unusual="iPhone HEIC on a dark cloth with a bulge, creases and a lamp glare; the breakdown as a COLUMN SUM "
                        "written like arithmetic (ご融資残高（元金） / ＋利息（…） / ＋遅延損害金（… 年20.0％） / a double rule / "
                        "＝ご請求額) with every figure as ￥…- ; slash dates everywhere; a cream 【期間限定のご提案】 box with "
                        "ANOTHER total (元金＋利息 ￥694,636-) and the damages to be waived (a settlement offer, not the "
                        "claim); ご契約極度額 ￥800,000- and 約定返済額 ￥23,000- as distractors; 貸金業登録番号 and 協会会員番号")


# ---------------------------------------------------------------------------------------------
# dk07 鶴岡簡易裁判所 支払督促, 2 pages (image PDF): two contracts in one 請求の趣旨 table with 小計, then the
# 督促手続費用 and the 合計; creditor the real servicer アルファ債権回収 (court paper: no licence number).

TS_CASE = "令和8年(ロ)第391号"


def dk07():
    R = 18.0
    issued, filed = D(2026, 4, 14), D(2026, 4, 3)
    acc, lastp, assign = D(2025, 11, 20), D(2025, 9, 26), D(2026, 1, 30)
    k = [("契約1（カードローン）", 312_400, 4_106), ("契約2（フリーローン）", 168_750, 2_281)]
    rows, Ps, Is, Ls = [], 0, 0, 0
    for name, pr, it in k:
        lt = late(pr, R, acc + ONE, filed)
        rows.append([name, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"])
        Ps, Is, Ls = Ps + pr, Is + it, Ls + lt
    C = 5_130
    T = Ps + Is + Ls + C
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{fw('令和8年（ロ）第391号')}　貸金請求督促事件", size=10.5)
    p.gap(8)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(2)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")], x=30,
         label_w=44, size=10.5)
    p.gap(5)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。")
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　鶴岡簡易裁判所", size=11)
    p.line("　　　　裁判所書記官　湯淺　　隆之介", size=11)
    p.seal(158, p.y - 6, 15, "square", "鶴岡簡易裁判所書記官印", angle=0, seed=106071)
    p.gap(14)
    y = p.y
    p.add(Box(20, y, 170, 64, 0.5))
    p.add(Box(20, y, 170, 9, color=None, fill=SHADE))
    p.at(105, y + 6.3, "支払督促を受け取った方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["１　請求に異議があるときは、この支払督促の送達を受けた日から２週間以内に、同封の督促異議申立書",
                           "　　に必要事項を記入し、当裁判所に提出してください。",
                           "２　督促異議の申立てをすると、通常の訴訟手続に移行します。分割払いの話し合いを希望するときも、",
                           "　　その旨を督促異議申立書に記載してください。",
                           "３　２週間以内に督促異議の申立てをしないと、債権者の申立てにより仮執行の宣言が付され、",
                           "　　強制執行を受けるおそれがあります。",
                           "４　問合せ先　鶴岡簡易裁判所　民事係　電話 0235-00-2391（平日 午前8時30分～午後5時）"]):
        p.at(24, y + 16 + i * 6.6, s, size=9.8)
    p.y = 282
    p.line("これは正本である。　同日同庁　裁判所書記官　湯淺　隆之介", size=9.5, align="r")
    q = Page(font="serif", size=10, top=14)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.kv([("債　権　者", "〒104-0000 東京都中央区しもつき町九丁目9番9号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　槌谷　宏明"),
          ("", "（送達場所）同社 仙台事務所　電話 022-000-1010　ＦＡＸ 022-000-1011"),
          ("債　務　者", "〒997-0000 山形県鶴岡市あざみ野台九丁目9番9号"), ("", "加勢　隆之")],
         x=18, label_w=26, size=9.8)
    q.gap(3)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    q.line("１　下記の金額（単位：円）", x=18, size=10)
    q.table([["区分", "残元金", "利息", "確定遅延損害金", "小計"]] + rows +
             [["小　計", f"{Ps:,}", f"{Is:,}", f"{Ls:,}", f"{Ps + Is + Ls:,}"],
              ["督促手続費用", "", "", "", f"{C:,}"], ["合　計", "", "", "", f"{T:,}"]],
            [50, 30, 24, 34, 32], x=18, header=True, aligns="lrrrr", size=9.5, row_h=7, font="serif")
    q.para(f"２　上記残元金合計{Ps:,}円に対する{era(filed + ONE)}から完済まで年18％の割合による遅延損害金", x0=18, x1=192,
           size=9.8, indent="")
    q.para(f"（注）確定遅延損害金は、各残元金に対する{era(acc + ONE)}から{era(filed)}まで年18％の割合によるもの。", x0=18, x1=192,
           size=9, indent="")
    q.gap(2)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    for s in ("１　アトリ信販株式会社（原債権者）は、債務者との間で、令和2年2月3日にカードローン契約（極度額50万円、利率年"
              "15.0％、遅延損害金年18％、契約1）を、令和4年7月11日に金銭消費貸借契約（貸付金額250,000円、利率年14.5％、"
              "遅延損害金年18％、契約2）を締結し、各金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に各契約の支払を怠り、{era(acc)}の経過により各契約について期限の利益を"
              "喪失した。",
              f"３　原債権者は、{era(assign)}、上記各債権を債権者に譲渡し、債務者に対しその旨を通知した。",
              "４　督促手続費用の内訳　申立手数料 3,000円、支払督促正本送達費用 1,330円、支払督促発付通知費用 110円、"
              "申立書作成及び提出費用 690円。"):
        q.para(s, x0=18, x1=192, size=9.6, indent="")
    q.y = 284
    q.line(f"申立年月日　{fw(era(filed))}", size=9.5, align="r")
    assert C == 3_000 + 1_330 + 110 + 690
    tr = truth(document_type="payment_order", sender="鶴岡簡易裁判所", phone="0235-00-2391",
               creditor="アルファ債権回収株式会社", status="licensed", original="アトリ信販株式会社", debtor="加勢隆之",
               total=T, principal=Ps, interest=Is, late_damages=Ls, costs=C, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference=TS_CASE, input_kind="pdf_scan",
               template="proxy106_payment_order_two_contracts_subtotal_costs", received=D(2026, 4, 17))
    return dict(stem="dk07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, two contracts, 2 pages)",
                unusual="2-page image PDF of a 鶴岡簡裁 支払督促: p.1 the order and a boxed 「支払督促を受け取った方へ」 "
                        "with the court's phone; p.2 当事者目録 (creditor ★ アルファ債権回収, no licence: court paper; its "
                        "送達場所 phone / FAX as distractors) and 請求の趣旨 as ONE table of TWO contracts (残元金 / 利息 / "
                        "確定遅延損害金 / 小計 per contract), a 小計 row, a 督促手続費用 row and a 合計 row (truth = 小計 row's "
                        "columns + costs = 合計); running item ２; the cost's own 内訳 of four fees in the 請求の原因; "
                        "極度額50万円, 貸付金額250,000円 and two contract rates (15.0 / 14.5) as distractors")


# ---------------------------------------------------------------------------------------------
# dk08 猿楽坂総合法律事務所 縦書き 通知書 (内容証明), digital: the items 「元金　金…円也」 in positional kanji.


def dk08():
    R = 18.0
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    acc, lastp = D(2025, 12, 10), D(2025, 9, 27)
    P, I = 436_800, 9_120
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    ky = lambda n: "金" + kanji_number(n) + "円也"  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、すずな野クレジット株式会社（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "貴殿は、通知人との間の平成三十一年三月八日付カードローン契約（極度額金五十万円）に基づく借入金の返済を、"
                 f"{kdate(lastp)}の入金を最後に怠り、{kdate(acc)}の経過により期限の利益を喪失しました。"),
        ("body", f"よって、通知人は貴殿に対し、左記金員を{kdate(due)}限り、一括して支払うよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　元　　金　　{ky(P)}"),
        ("indent", f"二　利　　息　　{ky(I)}"),
        ("plain", f"　　　（{kdate(acc)}まで）"),
        ("indent", f"三　遅延損害金　{ky(L)}"),
        ("plain", f"　　　（{kdate(acc + ONE)}から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合　　計　　{ky(T)}"),
        ("body", "なお、右元金に対しては、本書作成日の翌日から支払済みまで年十八パーセントの割合による遅延損害金が発生いたします。"
                 "右期限までにお支払いのない場合には、訴訟提起等の法的手続をとらざるを得ませんので、念のため申し添えます。"),
        ("body", "また、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都新宿区猿楽坂九丁目九番九号"),
        ("low", "猿楽坂総合法律事務所"),
        ("low", "通知人代理人　弁護士　錐本　圭"),
        ("low", "電話　〇三（〇〇〇〇）四八一六"),
        ("low", "当職整理番号　ＳＲ－２６０５１"),
        ("blank", ""),
        ("low", "新潟県長岡市たんぽぽ町九丁目九番九号"),
        ("low", "深沼　直美　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 106081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "錐本" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 27 * size * 0.3528 * 1.05, 9, "maru", "錐本", angle=0, seed=106082))
    tr = truth(document_type="collection_notice", sender="猿楽坂総合法律事務所", phone="03-0000-4816",
               creditor="すずな野クレジット株式会社", status="not_applicable", debtor="深沼直美", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SR-26051", input_kind="vertical_pdf",
               template="proxy106_vertical_law_office_kanji_nari_items", received=D(2026, 5, 18))
    return dict(stem="dk08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a card company, 縦書き 内容証明)",
                unusual="digital 縦書き 通知書 (冠省 … 草々) with the 内容証明 stamp and a small round 認印; the items "
                        "「一　元　　金　　金四十三万六千八百円也」 … 「四　合　　計　　金…円也」 in POSITIONAL kanji with 也, the "
                        "periods of 利息 and 遅延損害金 on their own indented columns under them; 極度額金五十万円 and the "
                        "平成三十一年 contract as distractors; an absolute deadline 「令和八年五月二十九日限り」; the running "
                        "clause in the prose; phone in kanji digits; full-width 当職整理番号 ＳＲ－２６０５１")


LETTERS = [dk01, dk02, dk03, dk04, dk05, dk06, dk07, dk08]
