"""Proxy set 19, letters ab01–ab08: "tables everywhere". A bank's 催告書 for two loan contracts (rows, a 合計 row and a
計 column, a 万円 table of history), a joint 債権譲渡通知 whose one-row table has its labels across the top and a 備考
cell full of dates, a real servicer's 一括請求 of five contracts whose table runs onto page 2, a real servicer's 和解案
with a 40-row instalment schedule over two pages, a lawyer's 縦書き 催告書 with dotted leaders for two loans, a 地裁
(ワ) 呼出状 with the 訴状's 請求の趣旨 table, a 支払督促 whose 請求の趣旨 is a merged-header table, and a bank's 喪失通知
with two tables on one page (the claim and the payment history)."""

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
    bars,
    grid,
    kdate,
    late,
    mtable,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PINE = (0.05, 0.33, 0.30)
PLUM = (0.42, 0.12, 0.36)
RUST = (0.62, 0.25, 0.05)
BLUE = (0.05, 0.25, 0.55)
PALE = (0.93, 0.95, 0.98)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rdate(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def en(n: int) -> str:
    return f"{n:,}円"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ab01 bank 催告書 for TWO loan contracts: rows per contract, a 合計 row and a 計 column; a 万円 history table.


def ab01():
    R = 14.0
    issued, due = D(2026, 3, 24), D(2026, 4, 8)
    acc, lastp = D(2026, 2, 27), D(2025, 12, 26)
    loans = [("マイカーローン", "No.4418-220931", 1_283_400, 6_912), ("フリーローン", "No.4418-310577", 486_250, 3_871)]
    rows = []
    for name, no, P, I in loans:
        L = late(P, R, acc + timedelta(1), issued)
        rows.append((name, no, P, I, L, P + I + L))
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = sum(r[5] for r in rows)
    assert T == P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=PINE))
    p.at(20, 19.3, "鷹", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "くまたか銀行", size=16, font="sans-bold", color=PINE)
    y = grid(p, 118, 12, [22, 56], [["作成日", wdate(issued)], ["お客様番号", "KT-0307-5521"], ["お取引店", "長野駅前支店（店番 218）"]],
             h=6.5, size=9)
    p.y = 30
    bars(p, 20, 32, 60, 3.0, "ab01bar")
    p.at(20, 41, "〒380-0000", size=10)
    p.at(20, 46, "長野県長野市はしばみ通九丁目9番9号", size=10)
    p.at(24, 55, "鴇田　周平　様", size=14)
    p.y = max(y, 60) + 3
    p.add(Line(15, p.y, 196, p.y, 0.7, PINE))
    p.gap(3)
    p.title("ご融資金の一括返済についてのご請求（催告書）", size=14.5)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para("お客様の下記ご融資につきましては、ご返済の遅延が続いたため、ローン契約規定により期限の利益を喪失しております。"
           "つきましては、下表「合計」欄の金額を、お支払期限までに一括してご返済くださいますようご請求申し上げます。", size=9.8)
    p.gap(1.5)
    p.line(f"ご請求明細（{wdate(issued)}現在）", x=15, size=10, font="sans-bold", color=PINE)
    widths = [47, 34, 30, 34, 36]
    cells = [(0, 0, "ご契約\n（契約番号）", {"fill": SHADE, "s": 8.8}), (0, 1, "残元金", {"fill": SHADE}),
             (0, 2, "未収利息", {"fill": SHADE}), (0, 3, "遅延損害金", {"fill": SHADE}), (0, 4, "計", {"fill": SHADE})]
    for i, (name, no, Pi, Ii, Li, Ti) in enumerate(rows, start=1):
        cells += [(i, 0, f"{name}\n{no}", {"a": "l", "s": 8.8}), (i, 1, en(Pi), {"a": "r"}), (i, 2, en(Ii), {"a": "r"}),
                  (i, 3, en(Li), {"a": "r"}), (i, 4, en(Ti), {"a": "r"})]
    k = len(rows) + 1
    cells += [(k, 0, "合　計", {"f": "sans-bold", "fill": (0.92, 0.96, 0.94)}), (k, 1, en(P), {"a": "r", "f": "sans-bold"}),
              (k, 2, en(I), {"a": "r", "f": "sans-bold"}), (k, 3, en(L), {"a": "r", "f": "sans-bold"}),
              (k, 4, en(T), {"a": "r", "f": "sans-bold", "s": 10.5})]
    p.y = mtable(p, 15, p.y, widths, [11, 11, 11, 9], cells, size=9.6) + 1.5
    p.line(f"※遅延損害金は、各ご契約の残元金に対し年{R:g}％、{wdate(acc + timedelta(1))}から作成日までの日割計算です（1年を365日）。",
           x=15, size=8)
    p.gap(2)
    p.y = grid(p, 15, p.y, [40, 50.5, 40, 50.5],
               [["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)],
                ["ご返済用口座", "長野駅前支店 普通 0552106", "口座名義", "トキタ　シュウヘイ"]], h=7, size=9) + 3
    y = p.y
    p.add(Box(15, y, 181, 17, 1.0, PINE))
    p.add(Box(15, y, 44, 17, color=None, fill=PINE))
    p.at(37, y + 10.6, "お支払期限", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(64, y + 11, f"{wdate(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.at(191, y + 11, f"合計　{en(T)}", size=13, font="sans-bold", align="r")
    p.y = y + 22
    p.line("ご参考　ご契約の内容（単位：万円）", x=15, size=9, font="sans-bold")
    ref = [(0, 0, "ご契約", {"fill": SHADE, "s": 8.5}), (0, 1, "ご融資日", {"fill": SHADE, "s": 8.5}),
           (0, 2, "当初ご融資額", {"fill": SHADE, "s": 8.5}), (0, 3, "毎月のご返済額", {"fill": SHADE, "s": 8.5}),
           (0, 4, "ご返済期間", {"fill": SHADE, "s": 8.5}),
           (1, 0, "マイカーローン", {"a": "l"}), (1, 1, "2022年5月20日"), (1, 2, "220", {"a": "r"}), (1, 3, "3.2", {"a": "r"}),
           (1, 4, "84回"),
           (2, 0, "フリーローン", {"a": "l"}), (2, 1, "2023年9月8日"), (2, 2, "80", {"a": "r"}), (2, 3, "1.6", {"a": "r"}),
           (2, 4, "60回")]
    p.y = mtable(p, 15, p.y, [47, 34, 30, 34, 36], [7] * 3, ref, size=8.5, lw=0.2) + 4
    p.para("お支払期限までにご返済がない場合には、保証会社による代位弁済の手続に移行し、以後は保証会社から請求が行われる"
           "こととなります。ご返済についてご事情がおありの方は、お早めに下記までご相談ください。", size=9, indent="")
    p.para("本状と行き違いにご入金いただいた場合は、悪しからずご容赦くださいますようお願い申し上げます。", size=9, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社くまたか銀行　ローン集中管理部", 10, "sans-bold"),
                     ("〒380-0000 長野県長野市めじろ町九丁目9番9号", 8.5, "sans"),
                     ("TEL 026-000-4418（平日9:00～17:00）　担当 苅部", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 10, 12, "square", "くまたか銀行之印", angle=3, seed=19011)
    tr = truth(document_type="collection_notice", sender="株式会社くまたか銀行", phone="026-000-4418",
               creditor="株式会社くまたか銀行", status="not_applicable", debtor="鴇田周平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KT-0307-5521", input_kind="pdf_text",
               template="proxy19_bank_two_contracts_rows_and_total_column", received=D(2026, 3, 26))
    return dict(stem="ab01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank 催告書, two loan contracts)",
                unusual="a bank's 一括返済 催告書 for TWO loan contracts (マイカーローン + フリーローン) as the rows of one table "
                        "with a 合計 ROW and a 計 COLUMN (total = the corner cell = the sum of both contracts); the first "
                        "column's cells hold two lines (the product name over the 契約番号); a shaded label/value grid "
                        "top-right (作成日 / お客様番号 / お取引店) and another for 喪失日 / 最終ご入金日 / the account; the "
                        "お支払期限 bar repeats the total; a 「ご参考」 table in 万円 (単位：万円: 当初ご融資額 220 / 80, "
                        "毎月のご返済額 3.2 / 1.6, ご融資日) as distractors")


# ---------------------------------------------------------------------------------------------
# ab02 joint 債権譲渡通知 (card company → real servicer パルティール): one-row table, labels across the top, a 備考 cell.


def ab02():
    R = 14.6
    issued, assign = D(2026, 4, 6), D(2026, 3, 31)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 26)
    P, I = 387_520, 12_064
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, wdate(issued), size=10.5, align="r")
    p.at(196, 23.5, "お客様番号　PT-26-118047", size=10, align="r")
    p.y = 22
    p.line("〒950-0000　新潟県新潟市中央区くるみ坂九丁目9番9号", size=10)
    p.line("久世　奈緒　殿", size=14)
    p.gap(6)
    p.add(Line(45, p.y, 165, p.y, 0.5))
    p.add(Line(45, p.y + 1, 165, p.y + 1, 0.5))
    p.gap(2)
    p.title("債権譲渡通知書（兼譲受通知書）", size=16, font="serif-bold")
    p.para(f"譲渡人株式会社シナノキカード（以下「譲渡人」）は、貴殿に対して有する下記債権を、{wdate(assign)}付で譲受人パルティール"
           "債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知"
           "申し上げます。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。譲渡人へのお支払い及び譲渡人の口座への"
           "お振込みはなさらないようご注意ください。お支払方法につきましては、追って譲受人よりご案内いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.line("１　譲渡債権の表示", x=20, size=10.5, font="serif-bold")
    p.line("　　貴殿と譲渡人との間の2019年7月16日付カード会員契約（会員番号 ****-****-****-6630）に基づく債権", x=20, size=9.5)
    p.gap(1)
    widths = [26, 27, 25, 25, 28, 50]
    head = ["譲渡日", "元金", "利息・手数料", "遅延損害金", "譲渡債権額", "備　考"]
    cells = [(0, c, h, {"fill": SHADE, "s": 9}) for c, h in enumerate(head)]
    nd = acc + timedelta(1)
    note = (f"最終ご入金日 {wdate(lastp)}\n期限の利益喪失日 {wdate(acc)}\n損害金 年{R:g}％（{nd.month}月{nd.day}日～譲渡日）"
            "\nご利用枠 500,000円（解約済）")
    vals = [wdate(assign), en(P), en(I), en(L), en(T)]
    cells += [(1, c, v, {"a": "c" if c == 0 else "r", "s": 9 if c == 0 else 10}) for c, v in enumerate(vals)]
    cells.append((1, 5, note, {"a": "l", "s": 7.6}))
    p.y = mtable(p, 15, p.y, widths, [8, 22], cells, size=10, font="serif") + 2
    p.line("（元金の内訳　ショッピングリボ 301,880円／キャッシング 85,640円）", x=20, size=9)
    p.line("２　譲渡日　上表のとおり", x=20, size=10.5, font="serif-bold")
    p.line("３　譲渡日以降の遅延損害金は、元金に対し年14.6％の割合により譲受人が請求いたします。", x=20, size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.line("通知人", x=15, size=10.5, font="serif-bold")
    gy = p.y + 1
    w = [22, 68.5, 22, 68.5]
    rows = [["譲渡人", "株式会社シナノキカード", "譲受人", "パルティール債権回収株式会社"],
            ["所在地", "長野県上田市ほたるぶくろ九丁目9番9号", "所在地", "東京都品川区うぐいす坂九丁目9番9号"],
            ["代表者", "代表取締役　渕脇　克也", "代表者", "代表取締役　梅干野　聡"],
            ["電話", "026-000-6630（会員窓口）", "許可番号", "法務大臣許可番号　第113号"],
            ["", "", "お問合せ", "0120-000-113（平日9:30～18:00）"]]
    p.y = grid(p, 15, gy, w, rows, h=7.2, size=8.6)
    p.seal(95, gy + 11, 13, "round", "株式会社シナノキカード|代表/取締役", angle=-5, seed=19021)
    p.seal(186, gy + 11, 13, "round", "パルティール債権回収|代表/取締役", angle=4, seed=19022)
    p.gap(4)
    p.para("※本通知は債権が譲渡されたことをお知らせするものです。お支払いの方法・時期は、譲受人から別途お送りする書面でご確認"
           "ください。譲受人は法務大臣の許可を受けた債権回収会社です。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-113", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社シナノキカード", debtor="久世奈緒", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-26-118047", input_kind="pdf_text",
               template="proxy19_joint_assignment_labels_on_top_remarks_cell", received=D(2026, 4, 8))
    return dict(stem="ab02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="joint 債権譲渡通知書（兼譲受通知書） in serif; the claim is ONE table row with its labels ACROSS THE TOP "
                        "(譲渡日 / 元金 / 利息・手数料 / 遅延損害金 / 譲渡債権額 / 備考) and the 備考 cell holds four lines of dates "
                        "and numbers (最終ご入金日, 期限の利益喪失日, the damage window and rate, ご利用枠 500,000円); the 元金 "
                        "split (ショッピングリボ / キャッシング) in a bracket line; the two 通知人 as a shaded label/value GRID "
                        "(譲渡人 | 譲受人 side by side) with round seals, the licence 「法務大臣許可番号　第113号」 of ★ "
                        "パルティール債権回収 in a grid cell; the 譲渡人's own 0268 phone and a masked 会員番号 as distractors; "
                        "informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ab03 SMBC債権回収 (real) 一括請求 of five contracts: the table runs onto page 2, where the 合計 row stands.


def ab03():
    R = 20.0
    issued, due = D(2026, 5, 14), D(2026, 5, 29)
    acc, lastp, assign = D(2025, 10, 31), D(2025, 7, 10), D(2026, 2, 27)
    contracts = [("KB-0173-4401", D(2017, 3, 2), 302_118, 5_204), ("KB-0173-4402", D(2018, 11, 19), 95_400, 1_880),
                 ("KB-0173-4405", D(2020, 6, 5), 48_760, 932), ("KB-0173-4409", D(2021, 8, 23), 211_935, 3_611),
                 ("KB-0173-4412", D(2023, 1, 12), 130_000, 2_275)]
    rows = []
    for no, cd, Pi, Ii in contracts:
        Li = late(Pi, R, acc + timedelta(1), issued)
        rows.append((no, cd, Pi, Ii, Li, Pi + Ii + Li))
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = sum(r[5] for r in rows)
    assert T == P + I + L
    widths = [10, 32, 28, 29, 23, 28, 31]
    head = ["No.", "ご契約番号", "ご契約日", "元金", "利息", "遅延損害金", "小計"]

    def body(p, part, first_no):
        cells = [(0, c, h, {"fill": (0.86, 0.90, 0.95), "s": 9}) for c, h in enumerate(head)]
        for i, (no, cd, Pi, Ii, Li, Ti) in enumerate(part, start=1):
            vals = [str(first_no + i - 1), no, wdate(cd), en(Pi), en(Ii), en(Li), en(Ti)]
            cells += [(i, c, v, {"a": "c" if c < 3 else "r", "s": 8.8 if c < 3 else 9.3}) for c, v in enumerate(vals)]
        return cells

    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 12, 181, 11, color=None, fill=(0.0, 0.36, 0.25)))
    p.at(19, 19.4, "SMBC債権回収株式会社", size=12.5, font="sans-bold", color=WHITE)
    p.at(192, 19.4, "ご請求書", size=12, font="sans-bold", color=WHITE, align="r")
    for i, s in enumerate(["法務大臣許可番号第10号", "〒104-0000 東京都中央区からたち通九丁目9番9号",
                           "債権管理部 第三グループ", "TEL 03-0000-3544（平日9:00～17:30）"]):
        p.at(196, 29 + i * 4.3, s, size=8.3, align="r")
    p.y = 29
    p.line("〒780-0000", size=10)
    p.line("高知県高知市まゆみ野九丁目9番9号", size=10)
    p.line("桝谷　遼平　様", size=14)
    p.gap(6)
    p.title("譲受債権の一括お支払いについてのご請求", size=14)
    p.para(f"当社は、{wdate(assign)}、株式会社かたばみファイナンスから、同社が貴殿に対して有する下記5件のご契約に基づく債権を"
           "譲り受けました。各ご契約は既に期限の利益を喪失しておりますので、下表の合計額（2枚目の「合計」欄）をお支払期限までに"
           "一括してお支払いください。", size=9.8)
    p.gap(1)
    p.y = grid(p, 15, p.y, [36, 54.5, 36, 54.5],
               [["お客様番号", "SB-5506-21873", "原債権者", "株式会社かたばみファイナンス"],
                ["債権譲受日", wdate(assign), "期限の利益喪失日", f"{wdate(acc)}（各契約共通）"],
                ["最終ご入金日", wdate(lastp), "お支払期限", f"{wdate(due)}（{wd(due)}）"]], h=7.2, size=9,
               bold={(2, 3)}) + 4
    p.line(f"ご請求明細（{wdate(issued)}現在）", x=15, size=10, font="sans-bold")
    p.y = mtable(p, 15, p.y, widths, [8] + [8.5] * 3, body(p, rows[:3], 1), size=9.3) + 1
    p.line("（次頁へ続きます）", x=196, size=8.5, align="r", color=GRAY)
    p.gap(3)
    p.para(f"※遅延損害金は、各ご契約の元金に対し年{R:g}％、期限の利益喪失日の翌日から上記現在日までの日割計算です。", size=8.5,
           indent="")
    p.para("※お支払方法のご相談（分割でのお支払い等）は、お支払期限までにお電話ください。お電話の際はお客様番号をお知らせください。",
           size=8.5, indent="")
    p.gap(3)
    p.y = grid(p, 15, p.y, [36, 145], [["お振込先", "とべら銀行 本店営業部 普通預金 3544218　口座名義 エスエムビーシーサイケンカイシユウ（カ"]],
               h=7.5, size=8.8)
    p.seal(188, 52, 12, "square", "SMBC債権回収印", angle=-2, seed=19031)
    q = Page(font="sans", size=10, top=14)
    q.line("2／2", x=196, size=9, align="r", color=GRAY)
    q.line("桝谷　遼平　様　　お客様番号 SB-5506-21873", size=9.5)
    q.gap(2)
    q.line("ご請求明細（前頁からの続き）", x=15, size=10, font="sans-bold")
    cells = body(q, rows[3:], 4)
    k = len(rows[3:]) + 1
    cells += [(k, 0, "合　計", {"cs": 3, "f": "sans-bold", "fill": (0.95, 0.95, 0.90)}),
              (k, 3, en(P), {"a": "r", "f": "sans-bold"}), (k, 4, en(I), {"a": "r", "f": "sans-bold"}),
              (k, 5, en(L), {"a": "r", "f": "sans-bold"}), (k, 6, en(T), {"a": "r", "f": "sans-bold", "s": 10})]
    q.y = mtable(q, 15, q.y, widths, [8, 8.5, 8.5, 10], cells, size=9.3) + 3
    q.line("上記「合計」欄の金額が、今回のご請求金額です。", x=15, size=10, font="sans-bold")
    q.gap(4)
    q.line("ご契約の内容（ご参考）", x=15, size=9.5, font="sans-bold")
    ref = [(0, 0, "ご契約番号", {"fill": SHADE, "s": 8.5}), (0, 1, "お借入形態", {"fill": SHADE, "s": 8.5}),
           (0, 2, "当初ご融資額", {"fill": SHADE, "s": 8.5}), (0, 3, "約定利率", {"fill": SHADE, "s": 8.5}),
           (0, 4, "備考", {"fill": SHADE, "s": 8.5})]
    forms = [("証書貸付", "400,000円", "17.8％", "おまとめ"), ("カードローン", "極度 100,000円", "18.0％", ""),
             ("カードローン", "極度 50,000円", "18.0％", "増枠なし"), ("証書貸付", "250,000円", "17.5％", ""),
             ("証書貸付", "150,000円", "17.5％", "2023年1月12日実行")]
    for i, ((no, *_), f) in enumerate(zip(rows, forms, strict=True), start=1):
        ref += [(i, 0, no, {"s": 8.5}), (i, 1, f[0], {"s": 8.5}), (i, 2, f[1], {"a": "r", "s": 8.5}),
                (i, 3, f[2], {"s": 8.5}), (i, 4, f[3], {"a": "l", "s": 8})]
    q.y = mtable(q, 15, q.y, [34, 34, 40, 26, 47], [7.5] + [7] * 5, ref, size=8.5, lw=0.2) + 6
    y = q.y
    q.add(Box(15, y, 181, 30, 0.4, (0.0, 0.36, 0.25), (0.95, 0.98, 0.96)))
    q.at(19, y + 6.5, "ご注意ください", size=10, font="sans-bold", color=(0.0, 0.36, 0.25))
    for i, s in enumerate(["・当社は法務大臣の許可を受けた債権回収会社です（債権管理回収業に関する特別措置法）。",
                           "・当社の社員がご自宅へ集金に伺うことはございません。お支払いは上記口座へのお振込みでお願いします。",
                           "・当社名をかたる不審な電話・はがきにご注意ください。ご不明な点は上記 TEL までお問い合わせください。",
                           "・お支払期限までにお支払い又はご連絡がない場合、法的手続をとらせていただくことがあります。"]):
        q.at(19, y + 12.5 + i * 4.6, s, size=8.6)
    q.y = y + 36
    q.line("SMBC債権回収株式会社　債権管理部 第三グループ　担当 釜萢", x=196, size=9.5, align="r")
    q.line("TEL 03-0000-3544", x=196, size=9.5, align="r")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-3544", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社かたばみファイナンス", debtor="桝谷遼平", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="SB-5506-21873", input_kind="pdf_text_2page",
               template="proxy19_servicer_five_contracts_table_continues_page2", received=D(2026, 5, 18))
    return dict(stem="ab03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer 一括請求, five contracts, 2 pages)",
                unusual="real servicer ★ SMBC債権回収株式会社 (「法務大臣許可番号第10号」 in the sender lines top-right under a "
                        "green band) claims FIVE contracts bought from one consumer lender; the 明細 table (No. / ご契約番号 / "
                        "ご契約日 / 元金 / 利息 / 遅延損害金 / 小計) has rows 1–3 on page 1 「（次頁へ続きます）」 and rows 4–5 "
                        "plus the 合計 row (a merged 3-column label) only on PAGE 2, with the header repeated; the body "
                        "refers to 「2枚目の「合計」欄」; a 3×2 shaded label/value grid on p.1 (お客様番号, 原債権者, "
                        "債権譲受日, 喪失日 「各契約共通」, 最終ご入金日, お支払期限 in bold); p.2 a ご参考 table per contract "
                        "(当初ご融資額 400,000 / 極度 100,000 …, 約定利率 17.5–18.0％, a 2023年1月12日 in 備考) as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# ab04 オリックス債権回収 (real) 和解案: a 3-column label/value grid of the debt, a 40-row schedule over two pages.


def ab04():
    R = 14.6
    issued, due = D(2026, 5, 12), D(2026, 5, 29)
    acc, lastp, assign = D(2024, 9, 30), D(2024, 6, 27), D(2025, 11, 28)
    P, I = 612_300, 7_700
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    N, A = 40, 15_500
    S = P + I
    assert N * A == S
    sched = []
    y0, m0 = 2026, 6
    bal = S
    for n in range(1, N + 1):
        mm = m0 + n - 1
        d = D(y0 + (mm - 1) // 12, (mm - 1) % 12 + 1, 27)
        bal -= A
        sched.append((n, d, A, bal))
    assert sched[-1][3] == 0
    p = Page(font="sans", size=10, top=13)
    p.at(15, 19.5, "ORIX", size=16, font="sans-bold", color=RUST)
    p.at(40, 19.3, "オリックス債権回収株式会社", size=11.5, font="sans-bold", color=RUST)
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.add(Line(15, 22.5, 196, 22.5, 0.5, RUST))
    p.y = 27
    p.line("〒990-0000　山形県山形市ねむの木九丁目9番9号", size=10)
    p.line("幾田　智美　様", size=14)
    p.gap(4)
    p.title("ご返済方法（分割弁済）のご提案", size=14.5)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。先日お電話でご相談いただきました件につき、下記のとおり分割による"
           "ご返済方法をご提案いたします。ご同意いただける場合は、同封の「分割弁済申込書」にご署名のうえ、ご回答期限までにご返送"
           "ください。", size=9.6)
    p.line("1．現在のご債務（" + wdate(issued) + "現在）", x=15, size=10, font="sans-bold")
    p.y = grid(p, 15, p.y + 0.5, [27, 33.3, 27, 33.3, 27, 33.4],
               [["お客様番号", "OX-7720-0416", "原債権者", "株式会社ひよどり信販", "債権譲受日", wdate(assign)],
                ["元金", en(P), "利息", en(I), "遅延損害金", en(L)],
                ["ご債務総額", en(T), "期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)]],
               h=7.2, size=8.8, lsize=8, bold={(2, 1)}) + 3
    p.line("2．ご提案内容", x=15, size=10, font="sans-bold")
    for s in (f"・元金及び利息の合計 {en(S)} を{N}回に分けてお支払いいただきます（毎月27日、1回 {en(A)}）。",
              f"・上記の分割金を遅滞なくお支払いいただいた場合、遅延損害金 {en(L)} 及び今後発生する遅延損害金は免除いたします。",
              f"・分割金の支払を2回分（{en(A * 2)}）以上怠った場合は、期限の利益を失い、残額及び免除前の遅延損害金を一括でお支払い"
              "いただきます。"):
        p.para(s, x0=20, x1=194, size=9.2, indent="")
    y = p.y + 2
    p.add(Box(15, y, 181, 12, 1.0, RED))
    p.at(20, y + 7.8, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(52, y + 8, f"{wdate(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.at(192, y + 8, "申込書をご返送ください", size=9, align="r")
    p.y = y + 16
    p.line("3．お支払予定表（ご同意いただいた場合）", x=15, size=10, font="sans-bold")
    widths = [14, 40, 32, 36]

    def sched_cells(part):
        cells = [(0, c, h, {"fill": SHADE, "s": 8.5}) for c, h in enumerate(["回", "お支払期日", "お支払額", "お支払後残高"])]
        for i, (n, d, a, b) in enumerate(part, start=1):
            cells += [(i, 0, str(n), {"s": 8.5}), (i, 1, wdate(d), {"s": 8.5}), (i, 2, en(a), {"a": "r", "s": 8.5}),
                      (i, 3, en(b), {"a": "r", "s": 8.5})]
        return cells

    k1 = 18
    p.y = mtable(p, 15, p.y, widths, [6.5] + [5.6] * k1, sched_cells(sched[:k1]), lw=0.2)
    p.line("（2枚目に続く）", x=137, size=8, color=GRAY)
    for i, s in enumerate(["オリックス債権回収株式会社", "法務大臣許可番号 第11号", "〒105-0000", "東京都港区白樺台九丁目9番9号",
                           "山形オフィス 担当 栗須", "TEL 023-000-7720", "FAX 023-000-7721", "受付 平日9:00～18:00"]):
        p.at(145, p.y - 70 + i * 5.2, s, size=8.8 if i else 9.3, font="sans-bold" if i == 0 else "sans")
    p.seal(185, p.y - 78, 11, "square", "オリックス債権回収之印", angle=-3, seed=19041)
    q = Page(font="sans", size=10, top=14)
    q.line("2／2　お支払予定表（続き）　お客様番号 OX-7720-0416　幾田 智美 様", size=9.5)
    q.gap(1)
    q.y = mtable(q, 15, q.y, widths, [6.5] + [5.6] * (N - k1), sched_cells(sched[k1:]), lw=0.2) + 1
    q.line(f"合計 {N}回　{en(S)}", x=137, size=9.5, font="sans-bold", align="r")
    q.gap(3)
    for s in ("※お支払期日が金融機関の休業日にあたるときは、翌営業日がお支払期日となります。",
              "※お振込手数料はお客様のご負担となります。お振込みの際は、ご依頼人名の前にお客様番号の数字（77200416）をご入力ください。",
              "※ご事情によりご提案内容の変更をご希望の場合は、ご回答期限までに担当者へご相談ください。"):
        q.para(s, x0=15, x1=196, size=8.5, indent="")
    q.gap(2)
    q.line("お振込先　ふくじゅ草銀行 山形支店 普通 7720416 オリツクスサイケンカイシユウ（カ", x=15, size=9)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="023-000-7720", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ひよどり信販", debtor="幾田智美", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OX-7720-0416", input_kind="pdf_text_2page",
               template="proxy19_servicer_settlement_forty_row_schedule", received=D(2026, 5, 14))
    return dict(stem="ab04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, 40 instalments, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 (Latin logo 「ORIX」, 「法務大臣許可番号 第11号」 in a sender "
                        "column to the RIGHT of the schedule); the current debt is a 3-PAIR label/value grid (お客様番号 | "
                        "原債権者 | 債権譲受日 / 元金 | 利息 | 遅延損害金 / ご債務総額 | 喪失日 | 最終ご入金日), no ordinary table; "
                        "a 40-row お支払予定表 (回 / お支払期日 / お支払額 / お支払後残高) with rows 1–12 on p.1 and 13–40 on p.2 "
                        f"(every date, 15,500 and every balance a distractor; 15,500 × 40 = {S:,}); the 損害金 waiver; the "
                        "31,000 default threshold; the framed red ご回答期限 …必着 (= payment_due); TEL and FAX on separate "
                        "lines; the digits 77200416 in the transfer note")


# ---------------------------------------------------------------------------------------------
# ab05 葦原法律事務所 for あららぎ信用金庫: 縦書き 催告書 (内容証明), two loans with dotted leaders, digital.


def ab05():
    R = 14.0
    issued, due = D(2026, 4, 20), D(2026, 5, 8)
    acc, lastp = D(2026, 3, 2), D(2025, 11, 25)
    P1, I1 = 1_426_000, 8_240
    P2, I2 = 293_500, 2_118
    L1 = late(P1, R, acc + timedelta(1), issued)
    L2 = late(P2, R, acc + timedelta(1), issued)
    P, I, L = P1 + P2, I1 + I2, L1 + L2
    T = P + I + L

    def lead(label, n, width=30):
        amount = kyen(n)
        return "　" + label + "…" * max(3, width - len(label) - len(amount)) + amount

    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、通知人あららぎ信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知"
                 "いたします。"),
        ("body", "貴殿は、通知人との間の平成三十年十月十二日付金銭消費貸借契約（証書貸付）及び令和二年六月三日付カードローン契約に"
                 f"基づく各返済を、{kdate(lastp)}の返済を最後に怠り、通知人からの再三の督促にも応じませんでした。"),
        ("body", f"そのため貴殿は、信用金庫取引約定書の定めにより、{kdate(acc)}の経過をもって、右各契約について期限の利益を喪失"
                 "しております。"),
        ("body", f"つきましては、本書をもって、左記合計金員を{kdate(due)}限り、当職の左記預り金口座にお振込みの方法によりお支払い"
                 "いただくよう催告いたします。"),
        ("body", "右期限までにお支払いなき場合は、何らの通知なく法的手続に移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", "第一　証書貸付（平成三十年十月十二日付）"),
        ("indent", lead("元金", P1)),
        ("indent", lead("利息", I1)),
        ("indent", lead("遅延損害金", L1)),
        ("indent", "第二　カードローン（令和二年六月三日付）"),
        ("indent", lead("元金", P2)),
        ("indent", lead("利息", I2)),
        ("indent", lead("遅延損害金", L2)),
        ("indent", lead("第一及び第二の合計", T, 31)),
        ("plain", "　（遅延損害金は、各元金に対する" + kdate(acc + timedelta(1)) + "から本書作成日まで年十四パーセント）"),
        ("indent", "お振込先　ことじ野銀行　本店　普通預金　" + kanji_digits("4170328")),
        ("plain", "　　　　　口座名義　弁護士葦原崇預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "高知県高知市りんどう坂九丁目九番九号"),
        ("low", "葦原法律事務所"),
        ("low", "通知人代理人　弁護士　葦原　崇"),
        ("low", "電話　〇八八（〇〇〇）四一七〇"),
        ("low", "当職整理番号　ＡＨ－２６０４１"),
        ("blank", ""),
        ("low", "高知県南国市桔梗ヶ丘九丁目九番九号"),
        ("low", "汲田　耕三　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.5, left_limit=9.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 19051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "葦原　崇" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 10, "square", "弁護士葦原崇之印", angle=-3,
                         seed=19052))
    tr = truth(document_type="collection_notice", sender="葦原法律事務所", phone="088-000-4170",
               creditor="あららぎ信用金庫", status="not_applicable", debtor="汲田耕三", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AH-26041", input_kind="vertical_pdf",
               template="proxy19_vertical_lawyer_two_loans_dotted_leaders", received=D(2026, 4, 22))
    return dict(stem="ab05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a 信用金庫, 縦書き 内容証明, two loans)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a 信用金庫, digital, with the 内容証明 stamp; "
                        "the 記 is a column-per-item list with DOTTED LEADERS in vertical text (元金……金百四十二万六千円) for TWO "
                        "loans (第一 証書貸付 / 第二 カードローン, each 元金 / 利息 / 遅延損害金) and one 「第一及び第二の合計」 "
                        "(total = the sum of both; principal, interest and damages = the sums of the two loans, printed nowhere "
                        "as such); positional kanji amounts; 喪失 「の経過をもって」 and the last payment in kanji prose; a "
                        "預り金口 account in kanji digits (distractor); phone in kanji digits; full-width 当職整理番号 "
                        "ＡＨ－２６０４１ (→ AH-26041)")


# ---------------------------------------------------------------------------------------------
# ab06 高知地方裁判所 (ワ): 第1回口頭弁論期日呼出状 + the 訴状's 請求の趣旨 as a table; scanned image PDF of 2 pages.


def ab06():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 6, 5), D(2026, 7, 15), D(2026, 7, 8), D(2026, 5, 18)
    acc, lastp, assign = D(2025, 4, 30), D(2025, 1, 27), D(2025, 9, 30)
    P, I = 1_184_250, 21_606
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和8年(ワ)第214号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第214号')}　貸金等請求事件", size=10.5)
    p.line("原　　告　アルファ債権回収株式会社", size=10.5)
    p.line("被　　告　土生　早苗", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　土生　早苗　殿", size=12, x=20)
    p.gap(3)
    p.para("頭書の事件について、当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状に対する答弁書を下記期限までに提出してください。")
    p.gap(2)
    p.line("記", align="c")
    y = p.y + 1
    p.y = mtable(p, 25, y, [40, 120], [13, 9, 13],
                 [(0, 0, "口頭弁論期日", {"fill": SHADE}),
                  (0, 1, f"{fw(rdate(hearing))}（{wd(hearing)}）\n午前１０時３０分", {"a": "l", "f": "serif-bold", "s": 11.5}),
                  (1, 0, "出頭場所", {"fill": SHADE}), (1, 1, "高知地方裁判所　第３民事法廷（２階）", {"a": "l"}),
                  (2, 0, "答弁書提出期限", {"fill": SHADE}),
                  (2, 1, f"{fw(rdate(answer))}（{wd(answer)}）\n（期日の１週間前）", {"a": "l"})],
                 size=10.5, font="serif") + 4
    for s in ("１　答弁書には、訴状に書かれた事実を認めるか否か、及びあなたの言い分を具体的に記載してください。",
              "２　期日に出頭せず、答弁書も提出しないときは、訴状に書かれた事実をあなたが認めたものとして、直ちに原告の請求どおりの"
              "判決がされることがあります。",
              "３　分割払いなどの話合い（和解）を希望する場合は、その旨を答弁書に記載してください。",
              "４　来庁の際は、この呼出状と印鑑を持参してください。"):
        p.para(s, x0=20, x1=190, size=9.8, indent="")
    p.gap(5)
    p.line(f"　　{fw(rdate(issued))}", size=10.5)
    p.line("　　　高知地方裁判所民事第２部", size=10.5)
    p.line("　　　　　裁判所書記官　蒲生　　千景", size=10.5)
    p.seal(150, p.y - 6, 15, "square", "高知地方裁判所書記官印", angle=0, seed=19061)
    p.gap(8)
    p.line("〒780-0000　高知県高知市あせび野九丁目9番9号", size=9.5, x=20)
    p.line("高知地方裁判所民事第２部ろ係　電話 088-000-2140（内線 312）", size=9.5, x=20)
    p.line("（お問い合わせの際は事件番号をお伝えください。）", size=9.5, x=20)
    q = Page(font="serif", size=10.5, top=16)
    q.line(f"{fw(rdate(filed))}", x=190, align="r", size=10.5)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line("高知地方裁判所　御中", size=10.5)
    q.kv([("原告", "アルファ債権回収株式会社（東京都中央区しらかし九丁目9番9号）"),
          ("", "代表者代表取締役　竹籠　英明"),
          ("", "（送達場所）高知市つぐみ野九丁目9番9号　同社四国センター　電話 088-000-1010"),
          ("被告", "土生　早苗（高知県高知市あせび野九丁目8番8号）")], x=20, label_w=16, size=9.5)
    q.gap(2)
    q.line(f"貸金等請求事件　　訴訟物の価額　金{P:,}円　　貼用印紙額　金11,000円", size=9.5, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para("１　被告は、原告に対し、次表「合計」欄の金員及び同表１の元金に対する" + rdate(filed + timedelta(1)) +
           "から支払済みまで年14.6パーセントの割合による金員を支払え。", x0=20, x1=190, size=10, indent="")
    cells = [(0, 0, "番号", {"fill": SHADE}), (0, 1, "請求の内容", {"fill": SHADE}), (0, 2, "金額（円）", {"fill": SHADE}),
             (0, 3, "期間・利率", {"fill": SHADE}),
             (1, 0, "１"), (1, 1, "貸金元金", {"a": "l"}), (1, 2, f"{P:,}", {"a": "r"}), (1, 3, "", {}),
             (2, 0, "２"), (2, 1, "約定利息", {"a": "l"}), (2, 2, f"{I:,}", {"a": "r"}),
             (2, 3, f"{rdate(acc)}まで\n年17.8％", {"s": 8.5}),
             (3, 0, "３"), (3, 1, "確定遅延損害金", {"a": "l"}), (3, 2, f"{L:,}", {"a": "r"}),
             (3, 3, f"{rdate(acc + timedelta(1))}から\n{rdate(filed)}まで 年14.6％", {"s": 8.5}),
             (4, 0, "合計", {"cs": 2, "f": "serif-bold"}), (4, 2, f"{T:,}", {"a": "r", "f": "serif-bold"}), (4, 3, "")]
    q.y = mtable(q, 22, q.y + 1, [14, 50, 36, 66], [8, 8, 11, 11, 8], cells, size=10, font="serif") + 2
    q.para("２　訴訟費用は被告の負担とする。", x0=20, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=20, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社ひめしゃらクレジット（以下「原債権者」）は、平成31年3月8日、被告との間で、極度額150万円、利率年17.8％、"
              "遅延損害金年14.6％とする金銭消費貸借契約を締結し、被告に金員を貸し付けた。",
              f"２　被告は、{rdate(lastp)}の弁済を最後に分割金の支払を怠り、{rdate(acc)}の経過をもって期限の利益を喪失した。",
              f"３　原債権者は、{rdate(assign)}、本件貸金債権を原告に譲渡し、同年10月6日到達の内容証明郵便で被告にその旨を通知した。",
              "４　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=190, size=9.6, indent="")
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約書　甲第２号証 債権譲渡通知書　甲第３号証 取引履歴", size=9, x=20)
    tr = truth(document_type="lawsuit", sender="高知地方裁判所", phone="088-000-2140",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社ひめしゃらクレジット",
               debtor="土生早苗", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing,
               reference=case, input_kind="pdf_scan", template="proxy19_district_court_complaint_claim_table",
               received=D(2026, 6, 8))
    return dict(stem="ab06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer plaintiff, 2 pages)",
                unusual="a 地裁 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2) as a 2-page image PDF; the "
                        "期日 / 出頭場所 / 答弁書提出期限 as a shaded-label table with two-line cells (date over 午前１０時３０分, "
                        "date over 「（期日の１週間前）」); the plaintiff ★ アルファ債権回収株式会社 (no licence printed: "
                        "court paper); the 請求の趣旨 refers to a TABLE (番号 / 請求の内容 / 金額（円） / 期間・利率) with the "
                        "windows and rates in two-line cells and a merged 合計 row; 訴訟物の価額 = the 元金 only (interest "
                        "and damages are 附帯請求) and 貼用印紙額 11,000 as distractors; the 約定利率 17.8％ and 極度額150万円; the "
                        "訴状 dated 5/18 ≠ the 呼出状 6/5; court phone with 内線; the plaintiff's 送達場所 phone")


# ---------------------------------------------------------------------------------------------
# ab07 弘前簡易裁判所 支払督促: 請求の趣旨 as a merged-header table (請求金額 over 元金 / 利息 / 損害金); image PDF.


def ab07():
    R = 14.6
    issued, filed = D(2026, 6, 16), D(2026, 6, 9)
    acc, lastp = D(2026, 1, 26), D(2025, 10, 27)
    P, I = 386_400, 11_218
    L = late(P, R, acc + timedelta(1), filed)
    claim = P + I + L
    fee = -(-claim // 100_000) * 1000 // 2
    post, paper = 1_120, 800
    C = fee + post + paper
    T = claim + C
    case = "令和8年(ロ)第163号"
    p = Page(font="serif", size=10, top=13)
    p.at(196, 17, fw("令和8年（ロ）第163号"), size=10.5, align="r")
    p.y = 20
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("当事者の表示", "下記当事者目録記載のとおり"), ("請求の趣旨及び原因", "下記請求の趣旨及び原因記載のとおり")], x=25,
         label_w=42, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10.5)
    p.gap(1)
    p.line(f"　　{fw(rdate(issued))}", size=10.5)
    p.line("　　弘前簡易裁判所　裁判所書記官　礒貝　　智之", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "弘前簡易裁判所書記官印", angle=0, seed=19071)
    p.gap(2)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(2)
    p.line("当事者目録", size=10.5, font="serif-bold", align="c")
    p.table([["債権者", "〒980-0000 宮城県仙台市青葉区はまなす坂九丁目9番9号　株式会社ツユクサ信販"],
             ["", "代表者代表取締役　茨木　修司　（送達場所 同社 東北債権管理課 電話 022-000-1630）"],
             ["債務者", "〒036-0000 青森県弘前市いしたたき九丁目9番9号　宍倉　美和"]],
            [22, 159], x=15, aligns="ll", size=9, row_h=6.8, ruled="rows")
    p.gap(2)
    p.line("請求の趣旨", size=10.5, font="serif-bold", align="c")
    widths = [30, 30, 30, 30, 30, 31]
    cells = [(0, 0, "請　求　金　額", {"cs": 4, "fill": SHADE}), (0, 4, "督促手続費用", {"rs": 2, "fill": SHADE}),
             (0, 5, "合　計", {"rs": 2, "fill": SHADE}),
             (1, 0, "立替金元金", {"fill": SHADE, "s": 9}), (1, 1, "手数料", {"fill": SHADE, "s": 9}),
             (1, 2, "遅延損害金", {"fill": SHADE, "s": 9}), (1, 3, "小　計", {"fill": SHADE, "s": 9}),
             (2, 0, f"{P:,}円", {"a": "r"}), (2, 1, f"{I:,}円", {"a": "r"}), (2, 2, f"{L:,}円", {"a": "r"}),
             (2, 3, f"{claim:,}円", {"a": "r"}), (2, 4, f"{C:,}円", {"a": "r"}),
             (2, 5, f"{T:,}円", {"a": "r", "f": "serif-bold"})]
    p.y = mtable(p, 15, p.y, widths, [7, 7, 9], cells, size=9.8, font="serif") + 1.5
    p.para(f"（注）遅延損害金は、立替金元金に対する{rdate(acc + timedelta(1))}から{rdate(filed)}まで年14.6％の割合による。"
           f"督促手続費用の内訳　申立手数料 {fee:,}円、支払督促正本送達費用 {post:,}円、申立書作成及び提出費用 {paper:,}円。",
           x0=18, x1=194, size=8.8, indent="")
    p.para(f"上記のほか、立替金元金 {P:,}円に対する{rdate(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金",
           x0=18, x1=194, size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因", size=10.5, font="serif-bold", align="c")
    for s in ("１　債権者は、令和4年2月14日、債務者との間で、債務者が購入する商品（着物一式、代金48万円）の代金を債権者が立替払いし、"
              "債務者が立替金及び手数料を36回に分割して支払う旨の契約を締結し、同日立替払いをした。",
              f"２　債務者は、{rdate(lastp)}支払分を最後に分割金の支払を怠り、債権者は債務者に対し20日以上の相当期間を定めて書面で催告"
              f"したが支払がなく、{rdate(acc)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=18, x1=194, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.4))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の申立てをしてください。",
                           "督促異議の申立ては、同封の督促異議申立書に必要事項を記載し、当裁判所に提出（郵送可）してください。",
                           "問合せ先　弘前簡易裁判所　民事係　電話 017-000-1638（平日 8:30～17:00）"]):
        p.at(18, y + 6 + i * 5.4, s, size=8.6)
    p.y = y + 23
    p.line(f"申立日　{fw(rdate(filed))}　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="弘前簡易裁判所", phone="017-000-1638",
               creditor="株式会社ツユクサ信販", status="not_applicable", debtor="宍倉美和", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy19_payment_order_merged_header_claim_table", received=D(2026, 6, 19))
    return dict(stem="ab07", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, 信販 creditor, one page)",
                unusual="a whole 支払督促 of a court not used before (弘前簡裁) on ONE scanned page; the 請求の趣旨 is a "
                        "HORIZONTAL table with a MERGED header 「請求金額」 spanning four sub-columns (立替金元金 / 手数料 / "
                        "遅延損害金 / 小計) and two header cells spanning both header rows (督促手続費用, 合計), all values in "
                        f"one row (小計 {claim:,} ≠ total); the 督促手続費用 breakdown (申立手数料 / 送達費用 / 作成提出費用) "
                        "in a (注) line; the running damages line below; a 信販 company (not a servicer) as the creditor with "
                        "its 送達場所 022 phone as a distractor; 代金48万円 and 36回 in the 請求の原因")


# ---------------------------------------------------------------------------------------------
# ab08 ほしがらす銀行 期限の利益喪失通知: a merged-header claim table and a payment-history table on one page; scanned.


def ab08():
    R = 14.0
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    warn, acc, lastp = D(2026, 3, 16), D(2026, 3, 31), D(2025, 11, 27)
    P, I = 2_318_400, 9_812
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "ほしがらす銀行", size=15, font="sans-bold", color=BLUE)
    p.at(15, 24.5, "HOSHIGARASU BANK", size=6.5, color=BLUE)
    p.y = grid(p, 112, 13, [28, 56], [["通知日", wdate(issued)], ["お客様番号", "HG-1127-0583"],
                                      ["ご融資番号", "22-0583-117"]], h=6.3, size=8.8)
    p.y = 33
    p.line("〒930-0000　富山県富山市なつはぜ九丁目9番9号", size=10)
    p.line("鰐渕　孝之　様", size=14)
    p.gap(4)
    p.title("期限の利益喪失通知書", size=15.5)
    p.para(f"お客様のリフォームローンにつきましては、{wdate(warn)}付「ご返済のお願い（催告書）」によりご延滞金のお支払いを"
           f"催告いたしましたが、催告期限である{wdate(acc)}までにご入金がありませんでした。", size=9.8)
    p.para(f"よって、お客様はローン契約書第10条の定めにより、{wdate(acc)}の経過をもって期限の利益を喪失されましたので、本書を"
           "もってご通知申し上げます。つきましては、下表のご請求金額を、お支払期限までに一括してご返済ください。", size=9.8)
    p.gap(1)
    widths = [45, 45, 45, 46]
    cells = [(0, 0, f"ご請求金額（{wdate(issued)}現在）", {"cs": 4, "fill": (0.85, 0.89, 0.96), "f": "sans-bold"}),
             (1, 0, "元　金", {"fill": PALE}), (1, 1, "利　息", {"fill": PALE}),
             (1, 2, "遅延損害金", {"fill": PALE}), (1, 3, "合　計", {"fill": PALE}),
             (2, 0, en(P), {"a": "r", "s": 11}), (2, 1, en(I), {"a": "r", "s": 11}), (2, 2, en(L), {"a": "r", "s": 11}),
             (2, 3, en(T), {"a": "r", "s": 11.5, "f": "sans-bold"})]
    p.y = mtable(p, 15, p.y, widths, [7.5, 7, 10], cells, size=9.8) + 1
    p.line(f"※利息は{wdate(acc)}までの約定利息、遅延損害金は元金に対し年{R:g}％（{wdate(acc + timedelta(1))}から上記現在日まで）。",
           x=15, size=8.2)
    p.gap(1)
    p.y = grid(p, 15, p.y, [30, 60.5, 30, 60.5],
               [["お支払期限", f"{wdate(due)}（{wd(due)}）", "最終ご入金日", wdate(lastp)],
                ["お振込先", "本店営業部 普通 1127058", "口座名義", "カ）ホシガラスギンコウ"]], h=7.5, size=9.5,
               bold={(0, 1)}) + 4
    p.line("ご参考：ご返済状況（直近6回）", x=15, size=9.5, font="sans-bold", color=GRAY)
    hist = [(D(2025, 10, 27), 38_600, 38_600), (D(2025, 11, 27), 38_600, 38_600), (D(2025, 12, 29), 38_600, 0),
            (D(2026, 1, 27), 38_600, 0), (D(2026, 2, 27), 38_600, 0), (D(2026, 3, 27), 38_600, 0)]
    hc = [(0, c, h, {"fill": SHADE, "s": 8.5}) for c, h in enumerate(["約定返済日", "約定返済額", "ご入金額", "未入金額", "備考"])]
    for i, (d, a, paid) in enumerate(hist, start=1):
        hol = D(2025, 12, 27)
        note = {1: "", 2: "最終ご入金", 3: f"{hol.month}/{hol.day}（{wd(hol)}）→翌営業日"}.get(i, "")
        hc += [(i, 0, slash(d), {"s": 8.5}), (i, 1, f"{a:,}", {"a": "r", "s": 8.5}), (i, 2, f"{paid:,}", {"a": "r", "s": 8.5}),
               (i, 3, f"{a - paid:,}", {"a": "r", "s": 8.5}), (i, 4, note, {"a": "l", "s": 8})]
    unpaid = sum(a - paid for _, a, paid in hist)
    assert unpaid == 38_600 * 4
    hc += [(7, 0, "未入金額計", {"cs": 3, "s": 8.5}), (7, 3, f"{unpaid:,}", {"a": "r", "s": 8.5}), (7, 4, "（喪失前）", {"a": "l", "s": 8})]
    p.y = mtable(p, 15, p.y, [32, 30, 30, 30, 59], [6.5] + [5.8] * 7, hc, size=8.5, lw=0.2, color=GRAY) + 1
    p.line("（単位：円）当初ご融資額 3,000,000円　ご融資日 2022年7月22日　ご返済回数 84回", x=15, size=8, color=GRAY)
    p.gap(3)
    p.para("期限までにご返済のない場合は、保証会社による代位弁済の手続に移行いたします。ご相談は下記までお早めにご連絡ください。",
           size=9, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社ほしがらす銀行　個人ローン管理室", 10, "sans-bold"),
                     ("〒930-0000 富山県富山市あおばずく九丁目9番9号", 8.5, "sans"),
                     ("電話 076-000-5830（平日9:00～17:00）　担当 蘆田", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "ほしがらす銀行之印", angle=-2, seed=19081)
    tr = truth(document_type="acceleration_notice", sender="株式会社ほしがらす銀行", phone="076-000-5830",
               creditor="株式会社ほしがらす銀行", status="not_applicable", debtor="鰐渕孝之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HG-1127-0583", input_kind="scan_png",
               template="proxy19_bank_acceleration_merged_header_and_history", received=D(2026, 4, 13))
    return dict(stem="ab08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="acceleration_notice (bank 喪失通知, two tables on one page)",
                unusual="a bank's 期限の利益喪失通知書, scanned, with TWO tables on one page: the claim as a table whose "
                        "top header cell 「ご請求金額（2026年4月10日現在）」 spans all four columns (元金 / 利息 / 遅延損害金 / "
                        "合計) above one row of values; below it a grey 「ご返済状況（直近6回）」 HISTORY table (約定返済日 in "
                        "slash dates, 約定返済額 38,600, ご入金額, 未入金額, 備考 with 「最終ご入金」 and 「12/27（土）→翌営業日」, "
                        "a 未入金額計 154,400 row) — all distractors; the 催告書 date 3/16 and its deadline 3/31 (= acceleration "
                        "「の経過をもって」); a label/value grid top-right (通知日, お客様番号, ご融資番号) and one for "
                        "お支払期限 / 最終ご入金日 / the account; 当初ご融資額 3,000,000 as a distractor")


LETTERS = [ab01, ab02, ab03, ab04, ab05, ab06, ab07, ab08]
