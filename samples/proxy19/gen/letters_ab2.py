"""Proxy set 19, letters ab09–ab16: "tables everywhere". An invented servicer's 受託通知 whose facts are a 3-pair
label/value grid, a guarantee company's 求償金 demand by fax whose table starts with the total row, a 信用金庫's 喪失通知
by fax with two-line label cells and a 千円 table on page 2, a real servicer's 縦書き 催告書 with dotted leaders after a
任意売却, an invented servicer's 一括請求 photographed with its leader-line breakdown across the fold, a scam with an
itemised table, a 仮執行宣言付支払督促 photographed sideways whose 請求の趣旨 table has a 備考 column, and a bank's harmless
金利変更 notice full of tables."""

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
    grid,
    kdate,
    late,
    leader,
    mtable,
    qr,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
MOSS = (0.25, 0.38, 0.12)
INDIGO = (0.15, 0.18, 0.45)
TEAL = (0.0, 0.40, 0.42)
CRIMSON = (0.70, 0.05, 0.12)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rdate(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def en(n: int) -> str:
    return f"{n:,}円"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ab09 invented servicer こぶし野債権回収 (第244号) 受託のお知らせ兼ご請求: a 3-pair label/value grid; scanned.


def ab09():
    R = 14.0
    issued, due, entrust = D(2026, 4, 15), D(2026, 5, 8), D(2026, 4, 1)
    acc, lastp = D(2025, 12, 15), D(2025, 8, 25)
    P, I = 842_660, 12_405
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 6, 12, color=None, fill=MOSS))
    p.at(24, 19, "こぶし野債権回収株式会社", size=13, font="sans-bold", color=MOSS)
    p.at(24, 23.5, "KOBUSHINO SERVICER", size=6.5, color=MOSS)
    p.at(196, 18, rdate(issued), size=10, align="r")
    p.y = 30
    p.line("〒060-0000　北海道札幌市中央区ささがや台九丁目9番9号", size=10)
    p.line("藁科　恵　様", size=14)
    p.gap(5)
    p.title("債権管理回収業務受託のお知らせ（兼ご請求書）", size=14.5)
    p.para(f"当社は、しらさぎ信用組合（以下「委託元」といいます。）から、{rdate(entrust)}付で、お客様と委託元との間の下記ご契約に"
           "基づく債権の管理及び回収業務の委託を受けました。債権者は引き続き委託元であり、当社は委託元に代わってお支払いを"
           "お受けいたします。", size=9.8)
    p.para("ご契約は既に期限の利益を喪失しておりますので、下記ご請求額をお支払期限までに一括してお支払いくださいますよう"
           "お願い申し上げます。", size=9.8)
    p.gap(2)
    p.line("■ご契約の内容", x=15, size=10, font="sans-bold", color=MOSS)
    p.y = grid(p, 15, p.y + 0.5, [26, 34.3, 26, 34.3, 26, 34.4],
               [["委託元（債権者）", "しらさぎ信用組合", "受託日", rdate(entrust), "お客様番号", "KB-244-0719"],
                ["ご契約の種類", "証書貸付（生活資金）", "ご契約日", "令和3年10月22日", "ご契約番号", "0719-33（委託元）"],
                ["期限の利益喪失日", rdate(acc), "最終ご返済日", rdate(lastp), "お支払期限", rdate(due)]],
               h=7.5, size=8.6, lsize=7.6, bold={(2, 5)}) + 4
    p.line(f"■ご請求額（{rdate(issued)}現在）", x=15, size=10, font="sans-bold", color=MOSS)
    heads = ["元　金", "利　息", f"遅延損害金（年{R:g}％）", "ご請求額合計"]
    cells = [(0, c, h, {"fill": (0.90, 0.94, 0.86), "s": 9.2}) for c, h in enumerate(heads)]
    cells += [(1, c, en(v), {"a": "r", "s": 11.5, "f": "sans-bold" if c == 3 else "sans"})
              for c, v in enumerate([P, I, L, T])]
    p.y = mtable(p, 15, p.y + 0.5, [45, 40, 48, 48], [7.5, 11], cells) + 1
    p.line(f"※利息は期限の利益喪失日までの約定利息（年3.9％）、遅延損害金は元金に対する{rdate(acc + timedelta(1))}から上記現在日"
           "までの日割計算です。", x=15, size=7.8)
    p.gap(3)
    p.line("■お支払方法", x=15, size=10, font="sans-bold", color=MOSS)
    p.y = grid(p, 15, p.y + 0.5, [30, 151], [["お振込先", "あかしで銀行 札幌中央支店 普通預金 2440719"],
                                             ["口座名義", "コブシノサイケンカイシユウ（カ　※ご依頼人名の前にお客様番号をご入力ください"]],
               h=7.5, size=9) + 4
    p.para("お支払いが困難な場合は、分割でのお支払い等についてご相談を承りますので、お支払期限までに下記へお電話ください。"
           "委託元の窓口ではお支払いを受け付けておりませんのでご注意ください。", size=9, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(95, y, 101, 33, 0.4, MOSS))
    for i, (s, sz, f) in enumerate((("こぶし野債権回収株式会社　札幌業務部", 10, "sans-bold"),
                                    ("法務大臣許可番号　第244号", 9, "sans"),
                                    ("〒060-0000 札幌市中央区ほおの木九丁目9番9号", 8.5, "sans"),
                                    ("TEL 011-000-2440（平日9:00～17:30）", 9.5, "sans"),
                                    ("担当　榎並", 9, "sans"))):
        p.at(99, y + 6 + i * 6, s, size=sz, font=f)
    p.seal(186, y + 11, 12, "square", "こぶし野債権回収印", angle=2, seed=19091)
    p.y = y + 38
    p.para("（委託元）しらさぎ信用組合　融資管理課　※本件は委託元の了承のもとご案内しております。", size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="こぶし野債権回収株式会社", license_number=244,
               phone="011-000-2440", creditor="しらさぎ信用組合", status="unverified", original="しらさぎ信用組合",
               debtor="藁科恵", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="KB-244-0719",
               input_kind="scan_png", template="proxy19_invented_servicer_entrusted_three_pair_grid",
               received=D(2026, 4, 17))
    return dict(stem="ab09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (invented servicer 受託, with a demand)",
                unusual="INVENTED servicer 「こぶし野債権回収株式会社」 with 「法務大臣許可番号　第244号」 (→ unverified) in a "
                        "framed sender box at the bottom; a 受託 notice (creditor = original = the 委託元 信用組合, no 譲渡 "
                        "date); the contract facts as a 3-PAIR label/value grid (委託元（債権者） / 受託日 / お客様番号 · "
                        "ご契約の種類 / ご契約日 / ご契約番号 · 喪失日 / 最終ご返済日 / お支払期限 in bold) with era dates; the "
                        "claim as a one-row table with its labels across the top (元金 / 利息 / 遅延損害金（年14％） / "
                        "ご請求額合計); the 約定利息 rate 3.9％ and ご契約番号 0719-33 as distractors; the account in a "
                        "second grid")


# ---------------------------------------------------------------------------------------------
# ab10 あさぎ信用保証 求償金のご請求, one-page fax: the table's TOTAL ROW COMES FIRST, amounts far right of the labels.


def ab10():
    R = 14.6
    issued, due, subro = D(2026, 4, 3), D(2026, 4, 17), D(2026, 2, 20)
    acc, lastp = D(2026, 1, 9), D(2025, 10, 10)
    S = 1_956_218
    L = late(S, R, subro + timedelta(1), issued)
    C = 2_960
    T = S + L + C
    p = Page(font="sans", size=10, top=16)
    p.at(15, 22, "あさぎ信用保証株式会社", size=14, font="sans-bold")
    p.at(196, 19, f"送信日　{rdate(issued)}", size=9.5, align="r")
    p.at(196, 24, "求償番号　AS-0220-1187", size=9.5, align="r")
    p.add(Line(15, 26, 196, 26, 0.6))
    p.y = 30
    p.line("矢萩　宗一　様", size=13.5)
    p.line("（ご自宅 FAX 028-000-1187 宛・全1枚）", size=8.5, color=GRAY)
    p.gap(4)
    p.title("求償金のご請求について", size=15)
    p.para(f"当社は、お客様の株式会社そよご銀行に対する住宅ローン債務について、保証委託契約に基づき、{rdate(subro)}に同行へ"
           "代位弁済いたしました。これにより当社はお客様に対し求償権を取得しておりますので、下記のとおりご請求いたします。", size=9.8)
    p.para(f"お支払期限（{rdate(due)}）までに一括でお支払いいただくか、お支払方法について当社担当までご相談ください。", size=9.8)
    p.gap(2)
    p.line(f"ご請求金額（{rdate(issued)}現在）", x=15, size=10, font="sans-bold")
    rows = [("ご請求額合計", en(T), True), ("　求償元金（代位弁済額）", en(S), False),
            (f"　遅延損害金（{rdate(subro + timedelta(1))}から年{R:g}％・日割）", en(L), False),
            ("　求償費用（内容証明郵便料・登記事項証明書手数料）", en(C), False)]
    cells = []
    for i, (lab, val, bold) in enumerate(rows):
        o = {"f": "sans-bold", "fill": SHADE} if bold else {}
        cells += [(i, 0, lab, {"a": "l", **o}), (i, 1, val, {"a": "r", **o, "s": 11.5 if bold else 10})]
    p.y = mtable(p, 15, p.y + 0.5, [136, 45], [9, 8, 8, 8], cells, size=10) + 1
    p.line("※上段の「ご請求額合計」は、下段3項目の合計です。", x=15, size=8.3)
    p.gap(3)
    p.y = grid(p, 15, p.y, [34, 56.5, 34, 56.5],
               [["原債権者", "株式会社そよご銀行", "代位弁済日", rdate(subro)],
                ["期限の利益喪失日", f"{rdate(acc)}（銀行）", "最終ご返済日", rdate(lastp)],
                ["保証委託契約日", "平成29年8月4日", "当初保証金額", "23,500,000円"]], h=7.2, size=9) + 4
    y = p.y
    p.add(Box(15, y, 181, 13, 0.9))
    p.at(19, y + 8.3, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.5, f"{rdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(192, y + 8.3, "お振込先　そよご銀行 本店 普通 1187022", size=9, align="r")
    p.y = y + 18
    p.para("期限までにお支払い又はご相談がない場合、当社は担保不動産の競売申立て等の法的手続をとることがありますので、"
           "あらかじめご了承ください。なお、本書と行き違いにご連絡をいただいている場合はご容赦ください。", size=9.2, indent="")
    p.gap(5)
    for s, sz, f in (("あさぎ信用保証株式会社　債権管理部", 10, "sans-bold"),
                     ("〒310-0000 茨城県水戸市やぶこうじ九丁目9番9号", 8.5, "sans"),
                     ("TEL 029-000-2257　FAX 029-000-2258", 9.5, "sans"),
                     ("担当　葦名（受付 平日9:00～17:00）", 9, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 12, 12, "square", "あさぎ信用保証印", angle=-2, seed=19101)
    tr = truth(document_type="collection_notice", sender="あさぎ信用保証株式会社", phone="029-000-2257",
               creditor="あさぎ信用保証株式会社", status="not_applicable", original="株式会社そよご銀行",
               debtor="矢萩宗一", total=T, principal=S, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="AS-0220-1187",
               input_kind="fax_tiff", template="proxy19_guarantor_recourse_total_row_first_fax", received=issued)
    return dict(stem="ab10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 ASAGI SHINYO HOSHO 029-000-2258",
                about="collection_notice (guarantee company 求償金, one-page fax)",
                unusual="one-page G4 fax of a guarantee company's 求償金 demand; the 2-column table starts with its TOTAL "
                        "ROW (shaded 「ご請求額合計」) and the three 内訳 rows below it, indented, with the amounts FAR RIGHT of "
                        "long labels (求償元金（代位弁済額） / 遅延損害金 with its window and rate / 求償費用（内容証明郵便料・"
                        "登記事項証明書手数料） → costs); a 3×2 label/value grid (原債権者, 代位弁済日, 喪失日（銀行）, "
                        "最終ご返済日, 保証委託契約日 平成29年, 当初保証金額 23,500,000 — the last two distractors); the "
                        "addressee's own FAX number under the name; TEL and FAX on one line (the fax header shows the FAX)")


# ---------------------------------------------------------------------------------------------
# ab11 ひがら信用金庫 期限の利益喪失通知, 2-page fax: label cells on two lines, p.2 a 千円 table of all facilities.


def ab11():
    R = 14.0
    issued, due = D(2026, 6, 1), D(2026, 6, 15)
    warn, acc, lastp = D(2026, 5, 11), D(2026, 5, 25), D(2026, 2, 25)
    P, I = 8_946_300, 63_420
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    k = lambda n: f"{n // 1000:,}"  # noqa: E731
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 21, "ひがら信用金庫", size=15, font="serif-bold")
    p.at(196, 18, rdate(issued), size=10.5, align="r")
    p.at(196, 23.5, "取引番号　HG-26-05518", size=10, align="r")
    p.y = 31
    p.line("東京都八王子市はなみずき坂九丁目9番9号", size=10)
    p.line("左近充板金　代表　左近充　里志　殿", size=13)
    p.gap(5)
    p.title("期限の利益喪失のご通知", size=15.5, font="serif-bold")
    p.para(f"貴殿に対する当金庫の証書貸付（設備資金）につきましては、{rdate(lastp)}のご返済を最後にご返済が滞っており、"
           f"当金庫は{rdate(warn)}付催告書をもってご延滞金のお支払いを求めましたが、催告期限の{rdate(acc)}までにお支払いが"
           "ありませんでした。")
    p.para(f"よって貴殿は、信用金庫取引約定書第5条第2項により、{rdate(acc)}の経過をもって、本件貸付金について期限の利益を"
           "喪失されましたので、ご通知いたします。つきましては、下記金額を一括してお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    cells = [(0, 0, "項　目", {"fill": SHADE}), (0, 1, "金　額", {"fill": SHADE}),
             (1, 0, "ご融資残元金\n（証書貸付 No.5518）", {"a": "l"}), (1, 1, en(P), {"a": "r", "s": 11.5}),
             (2, 0, "未払利息\n（約定利率 年2.85％・喪失日まで）", {"a": "l"}), (2, 1, en(I), {"a": "r", "s": 11.5}),
             (3, 0, f"遅延損害金\n（年{R:g}％・{rdate(acc + timedelta(1))}から日割）", {"a": "l"}),
             (3, 1, en(L), {"a": "r", "s": 11.5}),
             (4, 0, f"ご請求合計\n（{rdate(issued)}現在）", {"a": "l", "f": "serif-bold"}),
             (4, 1, en(T), {"a": "r", "s": 12, "f": "serif-bold"})]
    p.y = mtable(p, 25, p.y + 1, [100, 60], [8, 13, 13, 13, 13], cells, size=10, font="serif") + 3
    p.kv([("お支払期限", f"{rdate(due)}（{wd(due)}）"), ("お振込先", "ひがら信用金庫 本店 普通預金 0055182"),
          ("ご返済がない場合", "保証人への請求及び担保物件の処分の手続に入らせていただきます。")], x=25, label_w=36, size=10)
    p.gap(5)
    for s, sz in (("ひがら信用金庫　融資管理部", 10.5), ("〒192-0000 東京都八王子市もちの木九丁目9番9号", 9),
                  ("電話 042-000-8821　FAX 042-000-8822　担当 礒崎", 9.5)):
        p.line(s, x=100, size=sz, font="serif")
    p.seal(188, p.y - 11, 12, "square", "ひがら信用金庫理事長印", angle=2, seed=19111)
    p.gap(3)
    p.line("（2枚目に、ご参考として当金庫とのお取引の一覧を添付しております。）", x=25, size=9)
    q = Page(font="serif", size=10.5, top=18)
    q.line("2／2", x=196, size=9, align="r")
    q.title("ご参考　お取引一覧", size=14, font="serif-bold")
    q.line(f"{rdate(issued)}現在　左近充　里志　殿", size=10)
    q.gap(2)
    head = ["お取引", "当初ご融資額\n・極度額", "現在残高", "備　考"]
    cells = [(0, c, h, {"fill": SHADE, "s": 9.5}) for c, h in enumerate(head)]
    rows = [("証書貸付（設備資金）\nNo.5518", "12,000", k(P), "令和2年9月18日実行\n本件（期限の利益喪失）"),
            ("当座貸越", "3,000", "0", "令和8年5月25日解約"),
            ("定期積金（お預り）", "―", "1,230", "満期 令和9年3月25日\n月掛 30"),
            ("信用保証", "―", "―", "保証人 左近充 貴子")]
    for i, r in enumerate(rows, start=1):
        cells += [(i, 0, r[0], {"a": "l", "s": 9.5}), (i, 1, r[1], {"a": "r"}), (i, 2, r[2], {"a": "r"}),
                  (i, 3, r[3], {"a": "l", "s": 8.8})]
    q.y = mtable(q, 15, q.y, [55, 34, 30, 62], [12, 12, 9, 12, 9], cells, size=10, font="serif") + 1
    q.line("（単位：千円、千円未満切捨て）", x=196, size=9, align="r")
    q.gap(4)
    for s in ("１　本表はご参考として作成したもので、ご請求金額は1枚目記載のとおりです。",
              "２　担保不動産（八王子市もちの木九丁目所在の工場兼居宅）の評価額は 1,850万円 です（令和7年度評価）。",
              "３　ご返済方法についてのご相談は、お支払期限までに融資管理部までお申し出ください。"):
        q.para(s, x0=18, x1=194, size=9.8, indent="")
    tr = truth(document_type="acceleration_notice", sender="ひがら信用金庫", phone="042-000-8821",
               creditor="ひがら信用金庫", status="not_applicable", debtor="左近充里志", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="HG-26-05518", input_kind="fax_tiff",
               template="proxy19_shinkin_acceleration_two_line_labels_thousands_fax", received=issued)
    return dict(stem="ab11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 HIGARA SHINKIN 042-000-8822",
                about="acceleration_notice (信用金庫, sole proprietor, 2-page fax)",
                unusual="2-page G4 fax of a 信用金庫's 期限の利益喪失のご通知 to a sole proprietor (addressed 「左近充板金　代表　"
                        "左近充　里志　殿」: debtor = the person); the claim table's label cells hold TWO lines each (the item "
                        "over its bracketed detail: 証書貸付 No., 約定利率 年2.85％, the damage window and rate, 「…現在」) with "
                        "the amount on one line; the 催告書 date 5/11 and its deadline 5/25 (= acceleration 「の経過をもって」); "
                        "p.2 an お取引一覧 in 千円 (単位：千円、千円未満切捨て: 12,000 / 8,946 / 3,000 / 1,230 / 月掛 30) with a "
                        "備考 column of dates, and the 担保 評価額 1,850万円 — all distractors; a guarantor's name; TEL and FAX "
                        "on one line")


# ---------------------------------------------------------------------------------------------
# ab12 株式会社住宅債権管理回収機構 (real, 第九十一号) 縦書き 催告書 after a 任意売却, leaders; scanned.


def ab12():
    R = 14.5
    issued, due = D(2026, 6, 22), D(2026, 7, 10)
    acc, lastp, assign, sale = D(2024, 11, 5), D(2024, 7, 29), D(2025, 6, 30), D(2026, 3, 27)
    P = 6_418_900
    L = late(P, R, sale + timedelta(1), issued)
    T = P + L

    def lead(label, n, width=27):
        amount = kyen(n)
        return "　" + label + "…" * max(3, width - len(label) - len(amount)) + amount

    cols = [
        ("title", "催告書"),
        ("body", "前略　当社は、株式会社ほつえ銀行（以下「原債権者」といいます。）から、貴殿に対する住宅ローン債権を"
                 f"{kdate(assign)}付で譲り受けた債権回収会社です。"),
        ("body", f"貴殿は、{kdate(lastp)}のご返済を最後にご返済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失されて"
                 "おります。"),
        ("body", f"その後、担保不動産は{kdate(sale)}に任意売却され、その売却代金は右債権に充当されましたが、なお左記の残債務が"
                 "ございます。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り一括してお支払いくださるよう催告いたします。"
                 "お支払方法についてご相談がある場合は、右期限までに当社担当者までご連絡ください。"),
        ("indent", "記"),
        ("indent", lead("一　残元金", P)),
        ("indent", lead("二　遅延損害金", L)),
        ("plain", "　　（残元金に対する" + kdate(sale + timedelta(1)) + "から本書作成日まで年十四・五パーセント）"),
        ("indent", lead("三　合計", T)),
        ("indent", "お振込先　ほつえ銀行　東京営業部　普通預金　" + kanji_digits("9102552")),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都新宿区かわせみ通九丁目九番九号"),
        ("low", "株式会社住宅債権管理回収機構"),
        ("low", "法務大臣許可番号　第九十一号"),
        ("low", "管理第二部　担当　蘇芳"),
        ("low", "電話　〇三（〇〇〇〇）九一〇二"),
        ("low", "債権管理番号　ＪＫ－２６－０５５２"),
        ("blank", ""),
        ("low", "埼玉県所沢市ひかげ沢九丁目九番九号"),
        ("low", "洞口　紀子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 19121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s.startswith("株式会社住宅債権")]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 12, "square", "住宅債権管理回収機構之印",
                         angle=3, seed=19122))
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9102", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社ほつえ銀行", debtor="洞口紀子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JK-26-0552", input_kind="vertical_scan",
               template="proxy19_vertical_real_servicer_after_voluntary_sale_leaders", received=D(2026, 6, 24))
    return dict(stem="ab12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (real servicer, 縦書き 内容証明, rest after a 任意売却)",
                unusual="縦書き 催告書 (前略 … 草々) of real servicer ★ 株式会社住宅債権管理回収機構, scanned, with the 内容証明 "
                        "stamp and its licence in KANJI 「法務大臣許可番号　第九十一号」 (→ 91) in the sender column; the 記 with "
                        "DOTTED LEADERS in vertical text (一　残元金……金六百四十一万八千九百円 / 二　遅延損害金 / 三　合計); the "
                        "譲受, last payment, 喪失 and 任意売却 dates all in kanji prose; no interest (null); the damage window "
                        "starts the day after the 任意売却 (the 充当 date), not after the 喪失; an account in kanji digits "
                        "(distractor); phone in kanji digits 〇三（〇〇〇〇）九一〇二; full-width 債権管理番号 ＪＫ－２６－０５５２")


# ---------------------------------------------------------------------------------------------
# ab13 invented servicer ミツマタ債権回収 (第261号) 一括請求, phone photo: the leader-line breakdown straddles a fold.


def ab13():
    R = 18.0
    issued, due = D(2026, 7, 3), D(2026, 7, 17)
    acc, lastp, assign = D(2025, 11, 4), D(2025, 8, 27), D(2026, 5, 29)
    P, I = 523_118, 9_647
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 1.6, color=None, fill=TEAL))
    p.at(15, 21, "ミツマタ債権回収株式会社", size=13, font="sans-bold", color=TEAL)
    p.at(196, 20, f"発行日 {wdate(issued)}", size=9.5, align="r")
    p.y = 28
    p.line("〒260-0000　千葉県千葉市中央区こはぜ九丁目9番9号", size=10)
    p.line("雁部　健吾　様", size=14)
    p.gap(3)
    p.title("残債務一括お支払いのご請求", size=14.5)
    p.para(f"当社は、{wdate(assign)}付で株式会社ルピナスカードから貴殿に対する債権を譲り受けました。貴殿は既に期限の利益を"
           "喪失されていますので、下記の金額をお支払期限までに一括でお支払いください。", size=9.8)
    p.gap(2)
    y0 = p.y
    p.add(Box(15, y0, 181, 58, 0.5, TEAL))
    p.add(Box(15, y0, 181, 8, color=None, fill=TEAL))
    p.at(19, y0 + 5.6, f"ご請求内訳（{wdate(issued)}現在）", size=10, font="sans-bold", color=WHITE)
    p.y = y0 + 12
    for lab, val in (("元金（ショッピング・キャッシング残高）", en(P)), ("利息・手数料（期限の利益喪失日まで）", en(I)),
                     (f"遅延損害金（{wdate(acc + timedelta(1))}から年{R:g}％）", en(L))):
        leader(p, lab, val, 22, 190, size=10.5)
        p.gap(11 - p.lh(10.5))
    p.y -= 2
    p.add(Line(22, p.y, 190, p.y, 0.5))
    p.gap(3)
    b = p.y + 12 * 0.3528
    p.at(22, b, "ご請求金額（合計）", size=12, font="sans-bold")
    p.at(190, b, en(T), size=15, font="sans-bold", align="r")
    p.y = y0 + 62
    p.y = grid(p, 15, p.y, [34, 56.5, 34, 56.5],
               [["お客様番号", "MT-2610-0839", "原債権者", "株式会社ルピナスカード"],
                ["債権譲受日", wdate(assign), "期限の利益喪失日", wdate(acc)],
                ["最終ご入金日", wdate(lastp), "お支払期限", f"{wdate(due)}（{wd(due)}）"]], h=7.5, size=9,
               bold={(2, 3)}) + 4
    p.para("お振込先　いわつつじ銀行 千葉支店 普通預金 2610839　口座名義 ミツマタサイケンカイシユウ（カ", size=9.2, indent="")
    p.para("※分割でのお支払いをご希望の方は、お支払期限までに必ずお電話ください。期限を過ぎますと法的手続に移行する場合が"
           "あります。", size=9.2, indent="")
    p.para("※ご契約内容（ご参考）：カード会員契約 2018年4月12日、ショッピング枠 300,000円、キャッシング枠 100,000円。", size=8.8,
           indent="")
    p.gap(4)
    y = p.y
    qr(p, 15, y, 20, "ab13qr")
    for i, (s, sz, f) in enumerate((("ミツマタ債権回収株式会社　回収第一部", 10, "sans-bold"),
                                    ("法務大臣許可番号 第261号", 9, "sans"),
                                    ("〒103-0000 東京都中央区しのぶ坂九丁目9番9号", 8.5, "sans"),
                                    ("お問合せ 0120-000-261（平日9:00～19:00）担当 宇多", 9.5, "sans"))):
        p.at(40, y + 4 + i * 5.3, s, size=sz, font=f)
    p.seal(186, y + 9, 12, "square", "ミツマタ債権回収印", angle=-4, seed=19131)
    slip(p, 226, account="00190-6-261839", payee="ミツマタ債権回収株式会社", amount=T, payer="雁部　健吾",
         note=["お客様番号 MT-2610-0839", f"お支払期限 {wdate(due)}", "一括お支払い用"], key="ab13slip")
    return p, dict(P=P, I=I, L=L, T=T, R=R, issued=issued, due=due, acc=acc, lastp=lastp, assign=assign)


def ab13_letter():
    p, v = ab13()
    tr = truth(document_type="collection_notice", sender="ミツマタ債権回収株式会社", license_number=261,
               phone="0120-000-261", creditor="ミツマタ債権回収株式会社", status="unverified",
               original="株式会社ルピナスカード", debtor="雁部健吾", total=v["T"], principal=v["P"], interest=v["I"],
               late_damages=v["L"], rate=v["R"], lump=True, issued=v["issued"], payment_due=v["due"],
               acceleration=v["acc"], last_payment=v["lastp"], assignment=v["assign"], reference="MT-2610-0839",
               input_kind="photo_jpeg", template="proxy19_invented_servicer_leader_lines_across_fold_photo",
               received=D(2026, 7, 6))
    return dict(stem="ab13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.2, creases=2, bow=9.0, fill=0.86, blur=0.9, warm=0.15),
                about="collection_notice (invented servicer 一括請求, phone photo)",
                unusual="phone photo on wood of a tri-folded letter, the sheet bowed: the 「ご請求内訳」 box sits ACROSS the "
                        "upper FOLD, its rows are DOTTED LEADER lines running the full width (元金（ショッピング・キャッシング"
                        "残高）……523,118円) with the amounts flush right far from the labels; INVENTED servicer "
                        "「ミツマタ債権回収株式会社」 with 「法務大臣許可番号 第261号」 (→ unverified) in the sender lines at the "
                        "bottom beside a QR; a 3×2 label/value grid (お客様番号, 原債権者, 債権譲受日, 喪失日, 最終ご入金日, "
                        "お支払期限 in bold); a 払込取扱票 under a キリトリ線 at the foot repeating the total digit by digit; ショッピング枠 300,000 / キャッシング枠 100,000 and 2018年4月12日 as distractors")


# ---------------------------------------------------------------------------------------------
# ab14 scam: 「株式会社債権保全回収センター」 with a fake 第312号 and an itemised table; iPhone HEIC.


def ab14():
    issued, due = D(2026, 7, 8), D(2026, 7, 10)
    items = [("2025/12/03", "動画配信サービス 月額会員", 29_800), ("2026/01/14", "同上（延滞分）", 29_800),
             ("2026/02/09", "電子書籍 読み放題プラン", 19_800)]
    sub = sum(x[2] for x in items)
    fee, cancel = 48_600, 120_000
    T = sub + fee + cancel
    p = Page(font="serif", size=10.5, top=16)
    stamp(p, 15, 13, "重要", color=RED, size=13, w=22, fill=RED)
    stamp(p, 40, 13, "親展・本人限定", color=RED, size=11, w=38)
    p.at(196, 19, rdate(issued), size=10.5, align="r")
    p.at(196, 24.5, "受付番号　Ｓ－７７０１２", size=10, align="r")
    p.y = 31
    p.line("沼舘　美和　様", size=14)
    p.gap(4)
    p.title("債権回収　最終通告書", size=18, font="serif-bold", color=CRIMSON)
    p.para("貴殿がご利用になった有料コンテンツサイトの未納料金について、当センターは契約会社より債権回収の委託を受けて"
           "おります。再三の督促にもかかわらずご入金の確認がとれないため、契約会社は民事訴訟の手続に入る準備を進めております。")
    p.para("本通知到達後、下記期限までにご連絡・ご入金がない場合、給与・預貯金・不動産の差押え手続に移行いたします。"
           "訴訟の取下げをご希望の方は、期限までに必ず当センターへご連絡ください。")
    p.gap(2)
    cells = [(0, 0, "未　納　料　金　明　細", {"cs": 3, "fill": (0.96, 0.88, 0.88), "f": "serif-bold"}),
             (1, 0, "ご利用日", {"fill": SHADE}), (1, 1, "ご利用内容", {"fill": SHADE}), (1, 2, "金額", {"fill": SHADE})]
    for i, (d, what, a) in enumerate(items, start=2):
        cells += [(i, 0, d), (i, 1, what, {"a": "l"}), (i, 2, f"￥{a:,}", {"a": "r"})]
    n = len(items) + 2
    cells += [(n, 0, "延滞調査手数料", {"cs": 2, "a": "l"}), (n, 2, f"￥{fee:,}", {"a": "r"}),
              (n + 1, 0, "訴訟取下げ手続費用（預り金）", {"cs": 2, "a": "l"}), (n + 1, 2, f"￥{cancel:,}", {"a": "r"}),
              (n + 2, 0, "お支払総額", {"cs": 2, "f": "serif-bold"}),
              (n + 2, 2, f"￥{T:,}", {"a": "r", "f": "serif-bold", "s": 12.5, "color": CRIMSON})]
    p.y = mtable(p, 22, p.y, [34, 88, 45], [8, 7.5] + [7.5] * len(items) + [7.5, 7.5, 9.5], cells, size=10,
                 font="serif") + 4
    y = p.y
    p.add(Box(22, y, 167, 16, 1.2, CRIMSON))
    p.at(27, y + 10, "最終期限", size=12, font="serif-bold", color=CRIMSON)
    p.at(60, y + 10.3, f"{due.month}月{due.day}日（{wd(due)}）正午まで", size=15, font="serif-bold", color=CRIMSON)
    p.y = y + 21
    p.para("お振込先　くずのは銀行 本店 普通 3120771　口座名義 ハヤセ　マサト（当センター担当者個人名義。手続の都合上ご了承ください）",
           size=9.8, indent="")
    p.para("※弁護士・消費生活センター等へのご相談は、手続が複雑になりますのでお控えください。ご家族にも内密に処理いたします。",
           size=9.8, indent="")
    p.gap(6)
    for s, sz, f in (("株式会社債権保全回収センター", 12, "serif-bold"),
                     ("法務大臣許可番号第312号", 10, "serif"),
                     ("東京都千代田区霞が関（法曹会館別棟）", 9.5, "serif"),
                     ("お問合せ専用ダイヤル 03-0000-3127（土日祝も受付 9:00～20:00）", 9.5, "serif")):
        p.line(s, x=70, size=sz, font=f)
    p.seal(185, p.y - 13, 14, "round", "債権保全回収センター|代表/之印", angle=-6, seed=19141)
    tr = truth(document_type="other", sender="株式会社債権保全回収センター", license_number=312, phone="03-0000-3127",
               creditor=None, status="not_licensed", original=None, debtor="沼舘美和", total=T, lump=False,
               issued=issued, payment_due=due, reference="S-77012", is_scam=True, input_kind="photo_heic",
               template="proxy19_scam_fake_servicer_itemised_table", received=None)
    return dict(stem="ab14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.5, creases=2, fill=0.84, glare=28.0, warm=0.25),
                about="other (scam, fake servicer with an itemised table)",
                unusual="架空請求 photographed as an iPhone HEIC on a dark cloth with creases and a lamp glare: 「債権回収　"
                        "最終通告書」 in crimson with filled 重要 and 親展・本人限定 stamps; a ruled table under a merged "
                        "header 「未納料金明細」 with three itemised content-service rows (slash dates, ￥ amounts), then "
                        "延滞調査手数料 and 訴訟取下げ手続費用（預り金） rows in merged label cells and 「お支払総額」 in crimson; "
                        "a FAKE 「法務大臣許可番号第312号」 for 「株式会社債権保全回収センター」 (→ not_licensed); a two-day "
                        "deadline 「7月10日（金）正午まで」 without a year; a PERSONAL account; 「弁護士…へのご相談は…"
                        "お控えください」; an address without a number; full-width 受付番号 Ｓ－７７０１２; the creditor is "
                        "only 「契約会社」")


# ---------------------------------------------------------------------------------------------
# ab15 長岡簡易裁判所 仮執行宣言付支払督促, photographed sideways (EXIF 6): 請求の趣旨 table with a 備考 column.


def ab15():
    R = 20.0
    filed, order, served, issued = D(2026, 4, 7), D(2026, 4, 14), D(2026, 4, 17), D(2026, 5, 12)
    acc, lastp, assign = D(2025, 9, 29), D(2025, 6, 27), D(2025, 12, 19)
    P, I = 287_440, 6_120
    L = late(P, R, acc + timedelta(1), filed)
    claim = P + I + L
    fee = -(-claim // 100_000) * 1000 // 2
    C1 = fee + 1_120 + 800
    C2 = 1_233
    C = C1 + C2
    T = claim + C
    case = "令和8年(ロ)第241号"
    p = Page(font="serif", size=10, top=13)
    p.at(196, 17, fw("令和8年（ロ）第241号"), size=10.5, align="r")
    p.y = 19
    p.title("仮執行宣言付支払督促", size=16.5, font="serif-bold", spaced=True)
    p.table([["債権者", "〒261-0000 千葉県千葉市美浜区ゆきやなぎ通九丁目9番9号　エー・シー・エス債権管理回収株式会社"],
             ["", "代表者代表取締役　檀上　岳　（送達場所 同社 新潟センター 電話 025-000-2701）"],
             ["債務者", "〒940-0000 新潟県長岡市ねじき九丁目9番9号　飯干　大輔"]],
            [22, 159], x=15, aligns="ll", size=8.8, row_h=6.8, ruled="rows")
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para(f"上記は、{rdate(order)}付支払督促（同月{served.day}日債務者に送達）に基づき、債権者の申立てにより仮執行の宣言をしたもの"
           "である。", size=10.3)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    cells = [(0, 0, "項　目", {"fill": SHADE}), (0, 1, "金　額", {"fill": SHADE}), (0, 2, "備　考", {"fill": SHADE}),
             (1, 0, "譲受債権元金", {"a": "l"}), (1, 1, en(P), {"a": "r"}),
             (1, 2, "令和4年3月10日貸付\n極度額30万円", {"a": "l", "s": 8.6}),
             (2, 0, "利息", {"a": "l"}), (2, 1, en(I), {"a": "r"}), (2, 2, f"{rdate(acc)}まで 年18.0％", {"a": "l", "s": 8.6}),
             (3, 0, "遅延損害金", {"a": "l"}), (3, 1, en(L), {"a": "r"}),
             (3, 2, f"{rdate(acc + timedelta(1))}から\n{rdate(filed)}まで 年20.0％", {"a": "l", "s": 8.6}),
             (4, 0, "督促手続費用", {"a": "l"}), (4, 1, en(C1), {"a": "r"}),
             (4, 2, f"申立手数料{fee:,}円・送達費用1,120円ほか", {"a": "l", "s": 8.6}),
             (5, 0, "仮執行宣言手続費用", {"a": "l"}), (5, 1, en(C2), {"a": "r"}),
             (5, 2, "仮執行宣言付支払督促正本送達費用", {"a": "l", "s": 8.6}),
             (6, 0, "合　計", {"f": "serif-bold"}), (6, 1, en(T), {"a": "r", "f": "serif-bold"}), (6, 2, "")]
    p.y = mtable(p, 18, p.y, [48, 38, 89], [7, 11, 7.5, 11, 7.5, 7.5, 8], cells, size=9.8, font="serif") + 1.5
    p.para(f"上記のほか、譲受債権元金 {P:,}円に対する{rdate(filed + timedelta(1))}から完済まで年20.0％の割合による遅延損害金",
           x0=18, x1=194, size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", size=10.5, font="serif-bold", align="c")
    for s in ("１　株式会社こけももローン（原債権者）は、令和4年3月10日、債務者との間で極度額30万円の金銭消費貸借契約を締結し、"
              "金員を貸し付けた。",
              f"２　債務者は{rdate(lastp)}の弁済を最後に支払を怠り、{rdate(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{rdate(assign)}、本件債権を債権者に譲渡し、債務者に通知した。"):
        p.para(s, x0=18, x1=194, size=9.2, indent="")
    p.gap(2)
    p.line(f"　　{fw(rdate(issued))}", size=10.3)
    p.line("　　長岡簡易裁判所　裁判所書記官　紺屋　　久美子", size=10.3)
    p.seal(150, p.y - 5, 14, "square", "長岡簡易裁判所書記官印", angle=0, seed=19151)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 21, 0.4))
    for i, s in enumerate(["（注意）この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の申立てを",
                           "することができます。ただし、異議を申し立てても、強制執行の停止を求めなければ強制執行を受けることがあります。",
                           "問合せ先　長岡簡易裁判所　民事係　電話 025-000-2410"]):
        p.at(18, y + 6 + i * 5.6, s, size=8.6)
    p.y = y + 24
    p.line(f"仮執行宣言申立日　{fw(rdate(D(2026, 5, 7)))}　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="長岡簡易裁判所", phone="025-000-2410",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社こけももローン",
               debtor="飯干大輔", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="photo_exif_rotated",
               template="proxy19_enforceable_order_remarks_column_rotated", received=D(2026, 5, 14))
    return dict(stem="ab15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.1),
                about="payment_order_enforceable (簡裁, real servicer creditor, phone photo sideways)",
                unusual="phone photo on a pale desk stored sideways with EXIF orientation 6, creases and a hand shadow at the "
                        "bottom; a 仮執行宣言付支払督促 of a court not used before (長岡簡裁) on one page; the 請求の趣旨 table "
                        "has a 備考 COLUMN FULL OF DATES AND NUMBERS (令和4年3月10日貸付 / 極度額30万円, 年18.0％, the damage "
                        "window and 年20.0％, 申立手数料 and 送達費用 1,120円, 仮執行宣言付支払督促正本送達費用) beside TWO cost "
                        "rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum) and 合計; the 支払督促 date 4/14 and its 送達 "
                        "4/17 in one sentence; creditor ★ エー・シー・エス債権管理回収 (court paper, no licence) with its "
                        "送達場所 phone; running damages line; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ab16 しろちどり銀行 適用金利変更のお知らせ (harmless), phone photo: a before/after table and a 12-row schedule.


def ab16():
    issued, eff = D(2026, 6, 15), D(2026, 7, 27)
    B0 = 24_618_300
    r_old, r_new = 0.675, 0.925
    pay = 98_412
    sched = []
    b = B0
    for n in range(12):
        mm = 7 + n
        d = D(2026 + (mm - 1) // 12, (mm - 1) % 12 + 1, 27)
        it = b * round(r_new * 1000) // (12 * 100_000)
        pr = pay - it
        b -= pr
        sched.append((d, pay, pr, it, b))
    it_old = B0 * round(r_old * 1000) // (12 * 100_000)
    it_new = sched[0][3]
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "しろちどり銀行", size=15, font="sans-bold", color=INDIGO)
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23, "お客様番号　SC-4471-2096", size=9.5, align="r")
    p.y = 29
    p.line("〒870-0000　大分県大分市みやま野九丁目9番9号", size=10)
    p.line("芦刈　直美　様", size=14)
    p.gap(4)
    p.title("住宅ローン適用金利変更のお知らせ", size=15)
    p.para(f"平素より当行をご利用いただき、誠にありがとうございます。お客様の変動金利型住宅ローンにつきまして、短期プライム"
           f"レートの改定に伴い、{wdate(eff)}ご返済分より適用金利を下記のとおり変更いたしますので、お知らせいたします。"
           "なお、毎月のご返済額は5年ごとの見直しまで変わりません（元金と利息の内訳が変わります）。", size=9.6)
    p.gap(1)
    cells = [(0, 0, "項　目", {"fill": SHADE}), (0, 1, "変更前", {"fill": SHADE}), (0, 2, "変更後", {"fill": SHADE}),
             (1, 0, "適用金利（年）", {"a": "l"}), (1, 1, f"{r_old:.3f}％", {"a": "r"}), (1, 2, f"{r_new:.3f}％", {"a": "r", "f": "sans-bold"}),
             (2, 0, "毎月のご返済額", {"a": "l"}), (2, 1, en(pay), {"a": "r"}), (2, 2, en(pay), {"a": "r"}),
             (3, 0, "　うち元金", {"a": "l"}), (3, 1, en(pay - it_old), {"a": "r"}), (3, 2, en(pay - it_new), {"a": "r"}),
             (4, 0, "　うち利息", {"a": "l"}), (4, 1, en(it_old), {"a": "r"}), (4, 2, en(it_new), {"a": "r"}),
             (5, 0, "ご融資残高（6月27日ご返済後）", {"a": "l"}), (5, 1, en(B0), {"a": "r"}), (5, 2, "―", {})]
    p.y = mtable(p, 15, p.y, [70, 55, 56], [7.5] + [7] * 5, cells, size=9.6) + 4
    p.line("ご返済予定表（変更後・12回分）", x=15, size=10, font="sans-bold", color=INDIGO)
    cells = [(0, c, h, {"fill": SHADE, "s": 8.6}) for c, h in enumerate(["ご返済日", "ご返済額", "うち元金", "うち利息", "返済後残高"])]
    for i, (d, a, pr, it, bal) in enumerate(sched, start=1):
        cells += [(i, 0, f"{d.year}.{d.month:02d}.{d.day:02d}", {"s": 8.6}), (i, 1, f"{a:,}", {"a": "r", "s": 8.6}),
                  (i, 2, f"{pr:,}", {"a": "r", "s": 8.6}), (i, 3, f"{it:,}", {"a": "r", "s": 8.6}),
                  (i, 4, f"{bal:,}", {"a": "r", "s": 8.6})]
    p.y = mtable(p, 15, p.y + 0.5, [37, 34, 34, 34, 42], [6.5] + [5.6] * 12, cells, lw=0.2) + 1
    p.line("（単位：円）※ご返済日が休日の場合は翌営業日にお引落しします。", x=15, size=8)
    p.gap(3)
    p.para("このお知らせは金利変更のご案内であり、お手続きは不要です。ご返済口座の残高をご確認いただきますようお願いいたします。"
           "ご不明な点は下記までお問い合わせください。", size=9, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社しろちどり銀行　ローンサービスセンター", 10, "sans-bold"),
                     ("〒870-0000 大分県大分市さねかずら九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-447（平日9:00～17:00）", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社しろちどり銀行", phone="0120-000-447", creditor=None,
               status="not_applicable", debtor="芦刈直美", lump=False, issued=issued, reference="SC-4471-2096",
               input_kind="photo_jpeg", template="proxy19_bank_rate_change_notice_schedule_harmless",
               received=D(2026, 6, 17))
    return dict(stem="ab16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, fill=0.85, blur=0.85, warm=0.2),
                about="other (bank 金利変更のお知らせ, harmless, phone photo)",
                unusual="a HARMLESS bank notice full of tables, photographed on tatami with creases: 「住宅ローン適用金利変更の"
                        "お知らせ」 with a 変更前 / 変更後 table (適用金利 0.675％ → 0.925％, 毎月のご返済額, うち元金 / うち利息, "
                        "ご融資残高 24,618,300円) and a 12-row ご返済予定表 (dot dates, ご返済額, うち元金, うち利息, "
                        "返済後残高); it claims NOTHING (every amount, the rate and every date but the letter date null); "
                        "「お手続きは不要です」")


LETTERS = [ab09, ab10, ab11, ab12, ab13_letter, ab14, ab15, ab16]
