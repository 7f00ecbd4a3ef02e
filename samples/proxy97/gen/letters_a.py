"""Proxy set 97, letters db01–db08: "after the auction and the voluntary sale, sixth round".
The 十二所 household (housing loan of 株式会社はなびら銀行, guaranteed by ときつかぜ住宅保証, house sold at auction by the
盛岡地裁): the guarantor's 代位弁済 notice by fax (db01), the court's 担保不動産競売開始決定 (db02), the real servicer's
demand for the rest after the 配当 with its 充当 report (db03) and its 減額和解 offer (db04); the 舟久保 household
(さくらがい銀行 → しぎさわ信用保証 → 星霜債権回収, house sold by 任意売却): the bank's 縦書き 期限の利益喪失通知 (db05),
the guarantor's report of the sale proceeds and demand for the rest (db06), the joint 債権譲渡通知 (db07) and the
invented servicer's settlement offer (db08). The court's 配当期日呼出状 of the 十二所 case is db15 (letters_b.py)."""

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
    dashed,
    era,
    grid,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.40, 0.12, 0.35)
BROWN = (0.45, 0.28, 0.10)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- the 十二所 household: figures shared by db01–db04 and db15 ---------------------------------------------
A_P0, A_I0 = 21_384_600, 58_410          # the bank's 残元金 / 未収利息 at the 喪失
A_ACC, A_LAST, A_SUB = D(2025, 6, 10), D(2025, 3, 27), D(2025, 7, 25)
A_L0 = late(A_P0, 14.0, A_ACC + ONE, A_SUB)
A_S = A_P0 + A_I0 + A_L0                  # 代位弁済額 = 求償元金
A_CASE = "令和7年(ケ)第88号"
A_FILED, A_DECIDED = D(2025, 10, 6), D(2025, 10, 20)
A_DIV, A_PAID = D(2026, 5, 20), D(2026, 4, 8)
A_PRICE, A_CITY = 16_380_000, 184_500     # 売却代金, 盛岡市の交付要求 (distractors)
A_Y = 1_246_300                           # 執行費用
A_X = late(A_S, 14.6, A_SUB + ONE, A_DIV)  # 損害金 to the 配当期日
A_DV = A_PRICE - A_CITY                   # 配当額 to the guarantor
A_P = A_S + A_X + A_Y - A_DV              # 求償元金 left after the 充当
A_ASSIGN = D(2026, 6, 30)
assert A_DV > A_X + A_Y and A_P > 0


# ---------------------------------------------------------------------------------------------
# db01 ときつかぜ住宅保証: 代位弁済のお知らせ, 2-page fax (送付状 + the notice), slash dates, 単位：円 table.


def db01():
    R = 14.6
    issued, due = D(2025, 8, 5), D(2025, 8, 29)
    L = late(A_S, R, A_SUB + ONE, issued)
    T = A_S + L
    c = Page(font="sans", size=10.5, top=18)
    c.line("ＦＡＸ送付状", size=20, font="sans-bold", align="c")
    c.gap(6)
    y = c.y
    rows = [("送信日", slash(issued)), ("宛　先", "十二所　正臣　様"), ("FAX番号", "019-000-5208（ご自宅）"),
            ("発信元", "ときつかぜ住宅保証株式会社　債権管理部　管理第二課"), ("担当者", "佐生（さしょう）"),
            ("TEL", "019-000-7741"), ("FAX", "019-000-7749"), ("件　名", "代位弁済のお知らせ（求償金のご請求）"),
            ("枚　数", "本状を含め２枚")]
    for i, (a, b) in enumerate(rows):
        c.add(Box(25, y + i * 10, 40, 10, 0.3, (0, 0, 0), SHADE))
        c.add(Box(65, y + i * 10, 120, 10, 0.3))
        c.at(29, y + i * 10 + 6.6, a, size=10.5)
        c.at(69, y + i * 10 + 6.6, b, size=11)
    c.y = y + 10 * len(rows) + 8
    c.para("いつもお世話になっております。ご自宅に郵送しております書面と同じものを、お電話でのお申し出により"
           "ファクシミリでもお送りいたします。内容をご確認のうえ、ご不明な点は担当者までお問い合わせください。",
           x0=25, x1=185, size=10.5)
    c.gap(4)
    c.para("※このファクシミリは、お客様ご本人様宛てのものです。誤って届いた場合は、お手数ですが上記までご連絡のうえ"
           "破棄してくださいますようお願いいたします。", x0=25, x1=185, size=9, indent="")
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, slash(issued), size=10, align="r")
    p.at(196, 23.5, "求償管理番号：TK-25-0725-31", size=9.5, align="r")
    p.y = 18
    p.line("十二所　正臣　様", size=13)
    p.gap(5)
    for s in ("ときつかぜ住宅保証株式会社", "債権管理部"):
        p.line(s, x=128, size=10.5, font="sans-bold" if "株式会社" in s else None)
    p.line("〒020-0000 岩手県盛岡市りんどう台九丁目9番9号", x=128, size=8)
    p.line("TEL 019-000-7741　FAX 019-000-7749", x=128, size=8.5)
    p.seal(189, 33, 12, "square", "ときつかぜ住宅保証印", angle=2, seed=97011)
    p.gap(5)
    p.title("代位弁済のお知らせ", size=15)
    p.para(f"貴殿が株式会社はなびら銀行からお借入れの住宅ローン（平成26年5月30日ご契約、当初ご融資額29,500,000円）について、"
           f"貴殿は{slash(A_ACC)}をもって期限の利益を喪失されました。当社は、保証委託契約に基づき、{slash(A_SUB)}に同行へ"
           "下記のとおり保証債務を履行（代位弁済）いたしました。")
    p.para("これにより、当社は貴殿に対し下記の求償権を取得いたしましたので、お知らせいたします。つきましては、下記ご請求金額を"
           f"{slash(due)}（{wd(due)}）までに一括してお支払いくださいますようお願い申し上げます。")
    p.gap(1)
    p.line("記", align="c")
    p.line("１．代位弁済の明細", size=10.5, font="sans-bold")
    p.line("（単位：円）", x=175, size=8)
    p.table([["代位弁済日", "残元金", "未収利息", "遅延損害金", "代位弁済額"],
             [slash(A_SUB), f"{A_P0:,}", f"{A_I0:,}", f"{A_L0:,}", f"{A_S:,}"]],
            [32, 38, 30, 32, 40], x=20, header=True, aligns="crrrr", size=9.5, row_h=8)
    p.line(f"銀行への最終ご返済日　{slash(A_LAST)}", x=22, size=9)
    p.gap(3)
    p.line(f"２．ご請求金額（{slash(issued)}現在）", size=10.5, font="sans-bold")
    p.line("（単位：円）", x=175, size=8)
    p.table([["求償元金", f"{A_S:,}"], [f"損害金（{slash(A_SUB + ONE)}～{slash(issued)}　年14.6％）", f"{L:,}"],
             ["ご請求金額", f"{T:,}"]], [120, 52], x=20, aligns="lr", size=10, row_h=8.5, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 12, 0.8))
    p.at(25, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(60, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(110, y + 8, "お振込先　はなびら銀行 本店営業部 普通 0725311", size=9)
    p.y = y + 16
    for s in ("・損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の割合で発生します。",
              "・上記期限までにお支払い又はご連絡がない場合、当社は抵当権（平成26年5月30日設定、債権額29,500,000円）に基づき、"
              "ご自宅の土地建物について盛岡地方裁判所に担保不動産競売の申立てを行います。",
              "・任意売却によるご返済をご希望の場合は、お支払期限までに担当者へご相談ください。",
              "・当社の貸金業登録番号　東北財務局長(3)第00412号"):
        p.para(s, x0=20, x1=192, size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="ときつかぜ住宅保証株式会社", phone="019-000-7741",
               creditor="ときつかぜ住宅保証株式会社", status="not_applicable", original="株式会社はなびら銀行",
               debtor="十二所正臣", total=T, principal=A_S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST, reference="TK-25-0725-31",
               input_kind="fax_tiff", template="proxy97_guarantor_subrogation_fax_with_cover_sheet", received=issued)
    return dict(stem="db01", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:02 TOKITSUKAZE HOSHO 019-000-7749",
                about="acceleration_notice (guarantee company 代位弁済のお知らせ, 2-page fax)",
                unusual="2-page G4 fax: p.1 a ＦＡＸ送付状 (shaded-label grid with 送信日, the addressee's OWN fax number, "
                        "the sender's TEL and FAX, 件名, 枚数); p.2 the notice with EVERY date in slash form (2025/08/05); "
                        "the 代位弁済 row table (残元金 / 未収利息 / 遅延損害金 / 代位弁済額 = history) and a label-column "
                        "claim table under a 「（単位：円）」 header with bare numbers (求償元金 / 損害金（…年14.6％） / ご請求金額); "
                        "a framed お支払期限 with the bank account on the same line; 当初ご融資額 29,500,000, the 抵当権 "
                        "債権額 and a 貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# db02 盛岡地方裁判所 担保不動産競売開始決定 (正本), 2-page image PDF: 目録 on page 2.


def db02():
    R = 14.6
    issued = A_DECIDED
    X1 = late(A_S, R, A_SUB + ONE, A_FILED)
    T = A_S + X1
    p = Page(font="serif", size=11, top=20)
    p.line(fw("令和7年（ケ）第88号"), size=11)
    p.gap(8)
    p.title("担保不動産競売開始決定", size=17, font="serif-bold", spaced=False)
    p.gap(2)
    p.kv([("当事者", "別紙当事者目録記載のとおり"), ("担保権", "別紙担保権目録記載のとおり"),
          ("被担保債権及び請求債権", "別紙請求債権目録記載のとおり")], x=28, label_w=58, size=11)
    p.gap(4)
    p.para("債権者の申立てにより、上記請求債権の弁済に充てるため、別紙担保権目録記載の担保権に基づき、別紙物件目録記載の不動産"
           "について、担保不動産競売の手続を開始し、債権者のためにこれを差し押さえる。", x0=24, x1=188)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　盛岡地方裁判所第２民事部", size=11.5)
    p.line("　　　　　裁判官　　十文字屋　　悠", size=11.5)
    p.gap(14)
    p.line("　　これは正本である。", size=11)
    p.line(f"　　　　{fw(era(issued))}", size=11)
    p.line("　　　　盛岡地方裁判所第２民事部", size=11)
    p.line("　　　　　　裁判所書記官　　余目　　晴香", size=11)
    p.seal(160, p.y - 8, 15, "square", "盛岡地方裁判所書記官印", seed=97021)
    p.gap(16)
    y = p.y
    p.add(Box(24, y, 164, 24, 0.3))
    p.at(28, y + 6, "（お問い合わせ先）", size=9.5)
    p.at(28, y + 12, "〒020-0000　岩手県盛岡市千石原九丁目9番9号", size=9.5)
    p.at(28, y + 18, "盛岡地方裁判所第２民事部不動産執行係　電話　019-000-6288　（事件番号をお伝えください）", size=9.5)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for lab, lines in (("債　　権　　者", ["〒020-0000　岩手県盛岡市りんどう台九丁目9番9号", "ときつかぜ住宅保証株式会社",
                                         "代表者代表取締役　沼宮内　公平"]),
                       ("債務者兼所有者", ["〒020-0000　岩手県盛岡市塩釜口九丁目9番9号", "十二所　正臣"])):
        b = q.line(lab, x=22, size=10.5)
        q.at(62, b, lines[0], size=10.5)
        for s in lines[1:]:
            q.line(s, x=62, size=10.5)
        q.gap(1.5)
    q.gap(3)
    q.line("担　保　権　目　録", size=12.5, font="serif-bold", align="c")
    for s in ("平成26年5月30日設定の抵当権", "　盛岡地方法務局平成26年5月30日受付第18327号",
              "　債権額　金29,500,000円（平成26年5月30日保証委託契約による求償債権）", "　債務者　十二所正臣"):
        q.line(s, x=26, size=10)
    q.gap(3)
    q.line("請　求　債　権　目　録", size=12.5, font="serif-bold", align="c")
    q.para(f"債権者が、債務者の株式会社はなびら銀行に対する平成26年5月30日付金銭消費貸借契約に基づく債務を保証し、"
           f"{fw(era(A_SUB))}、同行に代位弁済したことにより取得した求償債権", x0=22, x1=190, size=10)
    for s, v in (("(1)　求償金元金", f"金{A_S:,}円"),
                 ("(2)　確定損害金", f"金{X1:,}円"),
                 (f"　　　上記(1)に対する{era(A_SUB + ONE)}から{era(A_FILED)}まで年14.6％の割合による損害金", ""),
                 ("(3)　合計（(1)＋(2)）", f"金{T:,}円")):
        b = q.line(s, x=26, size=10 if v else 9)
        if v:
            q.at(190, b, v, size=10, align="r")
    q.para(f"(4)　上記(1)に対する{era(A_FILED + ONE)}から支払済みまで年14.6％の割合による損害金", x0=26, x1=190, size=10,
           indent="")
    q.gap(3)
    q.line("物　件　目　録", size=12.5, font="serif-bold", align="c")
    for s in ("１　所　　在　　盛岡市塩釜口九丁目", "　　地　　番　　9番9", "　　地　　目　　宅地", "　　地　　積　　198.46平方メートル",
              "２　所　　在　　盛岡市塩釜口九丁目9番地9", "　　家屋番号　　9番9", "　　種　　類　　居宅",
              "　　構　　造　　木造スレート葺2階建", "　　床 面 積　　1階　68.73平方メートル　2階　54.65平方メートル"):
        q.line(s, x=26, size=10)
    tr = truth(document_type="other", sender="盛岡地方裁判所", phone="019-000-6288",
               creditor="ときつかぜ住宅保証株式会社", status="not_applicable", original="株式会社はなびら銀行",
               debtor="十二所正臣", total=T, principal=A_S, interest=None, late_damages=X1, rate=R, lump=False,
               issued=issued, payment_due=None, reference=A_CASE, input_kind="pdf_scan",
               template="proxy97_court_auction_commencement_decision_inventories", received=D(2025, 10, 23))
    return dict(stem="db02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="other (地裁 担保不動産競売開始決定 正本, 2 pages)",
                unusual="2-page image PDF of a 盛岡地裁 担保不動産競売開始決定 (正本): p.1 the order with every party and "
                        "claim only 「別紙…目録記載のとおり」, the judge's and the clerk's 「これは正本である」 blocks with the "
                        "same full-width date, the 不動産執行係 phone in a box at the foot; p.2 the 当事者目録 (債権者 = the "
                        "guarantee company, 債務者兼所有者), the 担保権目録 (債権額 金29,500,000円, 受付第18327号), the "
                        "請求債権目録 with (1) 求償金元金 (2) 確定損害金 to the 申立日 (3) 合計 and the running (4), and the "
                        "物件目録 with 地積 / 床面積 figures; it demands nothing of the reader")


# ---------------------------------------------------------------------------------------------
# db03 オリックス債権回収 (real, 第11号): 配当後の残債務のご請求, 2 pages; p.2 the 充当 report in yen with △.


def db03():
    R = 14.6
    issued, due = D(2026, 7, 14), D(2026, 8, 7)
    L = late(A_P, R, A_DIV + ONE, issued)
    T = A_P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 11, color=None, fill=TEAL))
    p.at(15, 7.6, "オリックス債権回収株式会社", size=12, font="sans-bold", color=WHITE)
    p.at(196, 7.4, "法務大臣許可番号　第11号", size=9, color=WHITE, align="r")
    p.y = 20
    window(p, 15, 18, "020-0000", ["岩手県盛岡市塩釜口九丁目9番9号"], "十二所　正臣　様", "db03", w=88, h=32)
    p.at(196, 24, f"発送日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 29.5, "お客様番号　OC-2606-30881", size=9.5, align="r")
    for i, s in enumerate(["東北管理センター", "〒980-0000 仙台市青葉区立待九丁目9番9号", "TEL 0120-000-311（平日9:00～17:30）",
                           "担当　駒嶺"]):
        p.at(196, 38 + i * 4.6, s, size=8.8, align="r")
    p.y = 60
    p.title("競売配当後の残債務のご請求", size=15.5)
    p.para(f"当社は、{wdate(A_ASSIGN)}、ときつかぜ住宅保証株式会社から、同社が貴殿に対して有する求償債権（同社が株式会社"
           "はなびら銀行に代位弁済したことにより取得したもの）を譲り受けました。")
    p.para(f"同債権については、盛岡地方裁判所{A_CASE}担保不動産競売事件において{wdate(A_DIV)}に配当が実施され、"
           "その配当金が充当されております（充当の内容は裏面のとおりです）。しかしながら、充当後もなお下記の債務が残っております。")
    p.para(f"つきましては、下記ご請求額を{wdate(due)}（{wd(due)}）までに、一括してお支払いくださいますようお願い申し上げます。"
           "一括でのお支払いが困難な場合は、同日までに当社担当者へご連絡ください。")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 36, 0.4, TEAL))
    p.add(Box(20, y, 170, 8, color=None, fill=(0.85, 0.93, 0.93)))
    p.at(24, y + 5.6, f"ご請求額の内訳（{wdate(issued)}現在）", size=10, font="sans-bold", color=TEAL)
    p.y = y + 10.5
    leader(p, "配当充当後の求償元金", f"{A_P:,}円", 26, 184, size=10.5)
    leader(p, f"損害金（{wdate(A_DIV + ONE)}から年14.6％）", f"{L:,}円", 26, 184, size=10.5)
    p.add(Line(26, p.y + 0.4, 184, p.y + 0.4, 0.3))
    p.gap(1)
    leader(p, "ご請求額", f"{T:,}円", 26, 184, size=12, font="sans-bold")
    p.y = y + 40
    p.kv([("お支払期限", f"{wdate(due)}（{wd(due)}）"), ("お振込先", "北上川信託銀行 仙台支店 普通預金 3088105"),
          ("口座名義", "オリックスサイケンカイシュウ（カ"), ("譲渡人", "ときつかぜ住宅保証株式会社")],
         x=22, label_w=30, size=9.8)
    p.gap(3)
    p.para("※お振込みの際は、お名前の前にお客様番号（OC-2606-30881）をご入力ください。振込手数料はお客様のご負担となります。",
           x0=20, x1=192, size=8.8, indent="")
    p.para("※当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。当社の社員がご自宅に"
           "伺い現金をお預かりすることはございません。", x0=20, x1=192, size=8.8, indent="")
    p.seal(180, 270, 14, "square", "オリックス債権回収株式会社印", angle=-3, seed=97031)
    q = Page(font="sans", size=10, top=16)
    q.line("（裏面）", size=9, color=GRAY)
    q.title("配当の実施と充当のご報告", size=14)
    q.kv([("事件", f"盛岡地方裁判所　{A_CASE}　担保不動産競売事件"), ("配当期日", wdate(A_DIV)),
          ("配当を受けた債権者", "ときつかぜ住宅保証株式会社（譲渡前）"), ("配当額", f"{A_DV:,}円")],
         x=20, label_w=40, size=9.8)
    q.gap(3)
    q.line("充当明細（単位：円）", x=20, size=10, font="sans-bold")
    rows = [["項目", "充当前", "配当充当額", "充当後"],
            ["執行費用", f"{A_Y:,}", f"△{A_Y:,}", "0"],
            ["損害金（代位弁済日翌日～配当期日）", f"{A_X:,}", f"△{A_X:,}", "0"],
            ["求償元金", f"{A_S:,}", f"△{A_DV - A_Y - A_X:,}", f"{A_P:,}"],
            ["合計", f"{A_S + A_X + A_Y:,}", f"△{A_DV:,}", f"{A_P:,}"]]
    q.table(rows, [70, 36, 36, 30], x=20, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.gap(4)
    q.line("これまでの経過", x=20, size=10, font="sans-bold")
    for d, s in ((D(2014, 5, 30), "株式会社はなびら銀行と住宅ローン契約（当初ご融資額 2,950万円）"),
                 (A_ACC, "期限の利益喪失"), (A_SUB, "ときつかぜ住宅保証株式会社による代位弁済"),
                 (A_DECIDED, "担保不動産競売開始決定"), (A_PAID, "買受人による代金納付（売却代金 1,638万円）"),
                 (A_DIV, "配当期日"), (A_ASSIGN, "当社が求償債権を譲受け")):
        b = q.line(wdate(d), x=24, size=9.3)
        q.at(62, b, s, size=9.3)
    q.gap(4)
    q.para("※配当金は、民法の定めに従い、費用、損害金、元金の順に充当しております。", x0=20, x1=192, size=8.8, indent="")
    q.para("※売却代金のうち 184,500円 は盛岡市の交付要求（固定資産税）に配当されています。", x0=20, x1=192, size=8.8,
           indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-311", creditor="オリックス債権回収株式会社", status="licensed",
               original="ときつかぜ住宅保証株式会社", debtor="十二所正臣", total=T, principal=A_P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=A_ACC,
               assignment=A_ASSIGN, reference="OC-2606-30881", input_kind="pdf_text_2page",
               template="proxy97_real_servicer_rest_after_dividend_report_overleaf", received=D(2026, 7, 16))
    return dict(stem="db03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 配当, 2 pages)",
                unusual="digital 2-page demand of a real servicer ★ オリックス債権回収 with 「法務大臣許可番号　第11号」 "
                        "in white on a teal band at the very top; window address with bars; western 年月日 dates; the claim "
                        "as dotted-leader lines in a framed box (配当充当後の求償元金 / 損害金（…から年14.6％） / ご請求額); "
                        "p.2 （裏面） the 充当明細 in yen with △ deductions (執行費用, 損害金 to the 配当期日, 求償元金; "
                        "充当前 / 配当充当額 / 充当後) and a dated timeline (平成 loan date printed as 2014, 喪失, 代位弁済, "
                        "開始決定, 代金納付, 配当期日, 譲受); 売却代金 1,638万円, the 配当額 and the city's 交付要求 184,500 "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# db04 オリックス債権回収: 残債務の減額和解のご提案, phone photo; two cards side by side and a reply slip.


def db04():
    R = 14.6
    issued, due = D(2026, 9, 10), D(2026, 9, 30)
    L = late(A_P, R, A_DIV + ONE, issued)
    T = A_P + L
    down, inst, n = 120_000, 38_000, 60
    offer = down + inst * n
    assert offer == 2_400_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "オリックス債権回収株式会社", size=13, font="sans-bold", color=TEAL)
    p.at(15, 23, "法務大臣許可番号 第11号　東北管理センター", size=8.5, color=TEAL)
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号　OC-2606-30881", size=9.5, align="r")
    p.y = 32
    p.line("十二所　正臣　様", size=13.5)
    p.gap(4)
    p.title("残債務のお支払いに関するご提案", size=15)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。さて、先般ご請求いたしました競売配当後の残債務につきまして、"
           "お客様のご事情を踏まえ、下記のとおり減額によるご和解をご提案申し上げます。")
    p.para(f"ご提案をお受けいただける場合は、下段の回答書にご記入のうえ、{wdate(due)}（{wd(due)}）までに当社へ必着で"
           "ご返送ください。期限までにご回答がない場合、本ご提案は失効いたします。")
    p.gap(2)
    y = p.y
    for x, head, col in ((15, "現在のご債務額", NAVY), (108, "ご提案の内容", TEAL)):
        p.add(Box(x, y, 87, 58, 0.5, col))
        p.add(Box(x, y, 87, 8, color=None, fill=col))
        p.at(x + 43.5, y + 5.7, head, size=10.5, font="sans-bold", color=WHITE, align="c")
    for i, (a, b) in enumerate((("残求償元金", f"{A_P:,}円"), ("損害金（年14.6％）", f"{L:,}円"),
                                ("ご債務額合計", f"{T:,}円"))):
        p.at(19, y + 16 + i * 9, a, size=10, font="sans-bold" if i == 2 else "sans")
        p.at(98, y + 16 + i * 9, b, size=10.5, font="sans-bold" if i == 2 else "sans", align="r")
    p.add(Line(19, y + 36, 98, y + 36, 0.2))
    p.at(19, y + 43, f"（{wdate(issued)}現在）", size=8.5)
    p.at(19, y + 49, "損害金は配当期日の翌日から日割で計算しています。", size=8)
    for i, (a, b) in enumerate((("和解金額", f"{offer:,}円"), ("初回お支払額", f"{down:,}円（2026年10月30日まで）"),
                                ("2回目以降", f"月々{inst:,}円 × {n}回"), ("最終回", "2031年10月末日"))):
        p.at(112, y + 16 + i * 9, a, size=9.5)
        p.at(192, y + 16 + i * 9, b, size=9.5, align="r", font="sans-bold" if i == 0 else "sans")
    p.at(112, y + 52, "和解金額を完済された時点で残りのご債務は免除いたします。", size=7.8)
    p.y = y + 62
    p.para("※分割金のお支払いが2回分以上遅れた場合は、和解は失効し、ご債務額全額のご請求に戻ります。", x0=15, x1=196,
           size=8.8, indent="")
    p.para("※お問い合わせ　フリーダイヤル 0120-000-311（平日9:00～17:30）担当　駒嶺", x0=15, x1=196, size=8.8, indent="")
    dashed(p, 12, 198, p.y + 3)
    p.at(105, p.y + 2, "－－ 切り取り線 －－", size=6.5, align="c")
    p.y += 8
    p.line("回　答　書", size=13, font="sans-bold", align="c")
    p.line("オリックス債権回収株式会社　御中", x=20, size=9.5)
    p.line("私は、上記のご提案（和解金額 2,400,000円、月々38,000円の分割）について、次のとおり回答します。", x=20, size=9.5)
    p.line("□ 受け入れます　　□ 条件の相談を希望します（希望月額　　　　円）", x=24, size=10)
    p.gap(2)
    p.line("ご記入日　　　　年　　月　　日　　ご署名　＿＿＿＿＿＿＿＿＿＿　お電話番号　＿＿＿＿＿＿＿＿＿", x=20, size=9.5)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-311", creditor="オリックス債権回収株式会社", status="licensed",
               original=None, debtor="十二所正臣", total=T, principal=A_P, interest=None, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, reference="OC-2606-30881", input_kind="photo_jpeg",
               template="proxy97_real_servicer_reduction_settlement_two_cards_photo", received=D(2026, 9, 14))
    return dict(stem="db04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, shadow=0.3, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="settlement_proposal (real servicer, 減額和解 for the rest after the auction)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer "
                        "★ オリックス債権回収 with 「法務大臣許可番号 第11号」 in small teal print under the name; two "
                        "coloured cards SIDE BY SIDE: 現在のご債務額 (残求償元金 / 損害金（年14.6％） / ご債務額合計) and "
                        "ご提案の内容 (和解金額 2,400,000, 初回 120,000 by 2026年10月30日, 月々38,000 × 60, 最終回 2031年) as "
                        "distractors; the reply deadline only in the prose (「…までに当社へ必着で」); a 回答書 under a "
                        "cut line; the original creditor is not named")


# --- the 舟久保 household: figures shared by db05–db08 ------------------------------------------------------
B_P, B_I = 18_423_500, 41_288
B_ACC, B_LAST = D(2025, 6, 13), D(2025, 2, 27)
B_SUB = D(2025, 8, 18)
B_L0 = late(B_P, 14.0, B_ACC + ONE, B_SUB)
B_S = B_P + B_I + B_L0                    # 代位弁済額
B_SALE = D(2025, 12, 19)                  # 任意売却の決済日
B_PRICE = 14_200_000
B_COSTS = [("仲介手数料", 534_600), ("抵当権抹消登記費用", 38_500), ("引越費用（控除を認めた額）", 150_000),
           ("滞納管理費等", 0)]
B_COSTS = [c for c in B_COSTS if c[1]]
B_DV = B_PRICE - sum(v for _, v in B_COSTS)
B_X = late(B_S, 14.6, B_SUB + ONE, B_SALE)
B_P2 = B_S + B_X - B_DV                   # 求償元金 left after the 配分
B_ASSIGN = D(2026, 3, 31)
assert B_DV > B_X and B_P2 > 0


# ---------------------------------------------------------------------------------------------
# db05 株式会社さくらがい銀行: 縦書き 期限の利益喪失通知 (内容証明), positional kanji amounts; digital.


def db05():
    R = 14.0
    issued, due, warn = D(2025, 6, 20), D(2025, 7, 4), D(2025, 5, 23)
    L = late(B_P, R, B_ACC + ONE, issued)
    T = B_P + B_I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("body", "貴殿と当行との間の平成三十年十月五日付金銭消費貸借契約（住宅ローン）につき、貴殿は令和七年二月二十七日の"
                 "お支払いを最後に、以後の約定返済を遅滞しております。"),
        ("body", f"当行は、{kdate(warn)}付書面にて遅滞金のお支払いを催告いたしましたが、催告期限である令和七年六月十二日を"
                 "過ぎてもお支払いがございませんでした。"),
        ("body", f"よって、貴殿は銀行取引約定書第五条第二項に基づき、{kdate(B_ACC)}をもって本件借入金債務全額について期限の"
                 "利益を喪失いたしましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}までに一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　{kj(B_P)}"),
        ("indent", f"二、未収利息　　{kj(B_I)}"),
        ("indent", f"三、遅延損害金　{kj(L)}"),
        ("plain", "　　（残元金に対する令和七年六月十四日から本書の日付まで年十四パーセントの割合）"),
        ("indent", f"四、合計　　　　{kj(T)}"),
        ("body", "右期限までにお支払いのない場合は、保証会社しぎさわ信用保証株式会社より代位弁済を受け、以後は同社が貴殿に"
                 "対し求償することとなりますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "愛媛県松山市白鷺橋九丁目九番九号"),
        ("low", "株式会社さくらがい銀行　融資管理部"),
        ("low", "部長　風巻　達彦"),
        ("low", "電話　〇八九（〇〇〇）三一七四"),
        ("blank", ""),
        ("low", "愛媛県伊予市保津九丁目九番九号"),
        ("low", "舟久保　菜月　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 97051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "風巻" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 11, "square", "さくらがい銀行融資管理部長印",
                         angle=3, seed=97052))
    tr = truth(document_type="acceleration_notice", sender="株式会社さくらがい銀行", phone="089-000-3174",
               creditor="株式会社さくらがい銀行", status="not_applicable", debtor="舟久保菜月", total=T, principal=B_P,
               interest=B_I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=B_ACC,
               last_payment=B_LAST, reference=None, input_kind="vertical_pdf",
               template="proxy97_vertical_bank_acceleration_positional_kanji", received=D(2025, 6, 23))
    return dict(stem="db05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (bank, 縦書き 内容証明 通知書)",
                unusual="digital 縦書き 通知書 of a bank with the 内容証明 stamp: every amount in positional kanji "
                        "(金千八百四十二万三千五百円 …); the 催告 date 五月二十三日 and its 催告期限 六月十二日 precede the "
                        "喪失 「六月十三日をもって」; the last payment 令和七年二月二十七日 and the 平成三十年 contract in the "
                        "prose; 銀行取引約定書第五条第二項; the guarantee company named as a distractor; phone in kanji "
                        "digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# db06 しぎさわ信用保証: 任意売却代金の配分と残債務のご請求, scanned; grid + 配分 table + claim table.


def db06():
    R = 14.6
    issued, due = D(2026, 1, 16), D(2026, 2, 13)
    L = late(B_P2, R, B_SALE + ONE, issued)
    T = B_P2 + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "しぎさわ信用保証株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 22.5, "SHIGISAWA CREDIT GUARANTEE", size=6.5, color=PLUM)
    p.at(196, 18, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    window(p, 15, 28, "799-0000", ["愛媛県伊予市保津九丁目9番9号"], "舟久保　菜月　様", "db06", w=86, h=30)
    for i, s in enumerate(["〒790-0000 愛媛県松山市白鷺橋九丁目9番9号", "求償債権管理課", "電話 089-000-6620",
                           "（受付 平日 9:00～17:00）"]):
        p.at(196, 32 + i * 4.6, s, size=8.8, align="r")
    p.seal(186, 55, 12, "square", "しぎさわ信用保証印", angle=-4, seed=97061)
    p.y = 64
    p.title("任意売却代金の配分と残債務のご請求", size=14.5)
    p.para(f"ご自宅の任意売却につきましては、{era(B_SALE)}に決済が行われ、売却代金のうち諸費用を控除した残額を、当社の"
           "貴殿に対する求償債権に充当いたしました。充当後の残債務は下記のとおりです。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{era(due)}までに一括してお支払いくださいますようお願いいたします。お支払方法に"
           "ついてご相談がある場合は、同日までに当課へお電話ください。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["お客様番号", "SG-0818-2260", "原債権者", "株式会社さくらがい銀行"],
              ["代位弁済日", era(B_SUB), "代位弁済額", f"{B_S:,}円"],
              ["期限の利益喪失日", era(B_ACC), "最終ご返済日", era(B_LAST)]], h=7.5, size=9, lsize=8)
    p.y = y + 4
    p.line("■ 売却代金の配分", size=10, font="sans-bold")
    rows = [["売却代金", f"{B_PRICE:,}円"]] + [[f"　控除　{a}", f"△{v:,}円"] for a, v in B_COSTS]
    rows.append(["当社への配分額", f"{B_DV:,}円"])
    p.table(rows, [90, 45], x=20, aligns="lr", size=9.3, row_h=6.6, ruled="rows")
    p.line(f"（配分額は、まず{era(B_SUB + ONE)}から決済日までの損害金 {B_X:,}円 に、残りを求償元金に充当しました。）",
           x=20, size=8.5)
    p.gap(3)
    p.line(f"■ ご請求額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["内　訳", "金　額"], ["充当後求償元金", f"{B_P2:,}円"],
             [f"損害金（{era(B_SALE + ONE)}～　年14.6％）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [100, 50], x=20, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 150, 11, 0.9, PLUM))
    p.at(25, y + 7.5, "お支払期限", size=10.5, font="sans-bold", color=PLUM)
    p.at(60, y + 7.7, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　木幡銀行 本店 普通預金 2260818 シギサワシンヨウホシヨウ（カ", x0=20, x1=192, size=9, indent="")
    p.para("※損害金は充当後求償元金に対し完済まで年14.6％の割合で発生します。ご返済計画のご提案（月々のお支払い）も承ります。",
           x0=20, x1=192, size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="しぎさわ信用保証株式会社", phone="089-000-6620",
               creditor="しぎさわ信用保証株式会社", status="not_applicable", original="株式会社さくらがい銀行",
               debtor="舟久保菜月", total=T, principal=B_P2, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=B_ACC, last_payment=B_LAST, reference="SG-0818-2260",
               input_kind="scan_png", template="proxy97_guarantor_rest_after_voluntary_sale_allocation", received=D(2026, 1, 19))
    return dict(stem="db06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (guarantee company, rest after the 任意売却)",
                unusual="scanned letter of the guarantee company after the 任意売却: plum name with a Latin line, window "
                        "address, sender lines on the right with a square seal; a 3×4 shaded-label grid (お客様番号, 原債権者, "
                        "代位弁済日, 代位弁済額, 期限の利益喪失日, 最終ご返済日); a rows-ruled 売却代金の配分 table (売却代金 "
                        "14,200,000, △ 仲介手数料 / 抹消登記費用 / 引越費用, 当社への配分額) and the 損害金 part of the 充当 "
                        "in a bracket line (all distractors); the claim table 充当後求償元金 / 損害金（…～　年14.6％） / "
                        "ご請求額; a framed お支払期限")


# ---------------------------------------------------------------------------------------------
# db07 joint 債権譲渡通知書: しぎさわ信用保証 → 星霜債権回収 (invented, 第263号); notifiers at the TOP right.


def db07():
    R = 14.6
    issued = D(2026, 4, 8)
    L = late(B_P2, R, B_SALE + ONE, B_ASSIGN)
    T = B_P2 + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{wdate(issued)}", align="r", size=10)
    p.gap(2)
    p.line("〒799-0000　愛媛県伊予市保津九丁目9番9号", size=10)
    p.line("舟久保　菜月　殿", size=13.5)
    p.gap(3)
    y = p.y
    for i, (role, lines, seal, sd) in enumerate((
            ("通知人（譲渡人）", ["愛媛県松山市白鷺橋九丁目9番9号", "しぎさわ信用保証株式会社", "代表取締役　庭月　俊輔"],
             "しぎさわ信用保証|代表/取締役", 97071),
            ("通知人（譲受人）", ["広島市中区鞍馬口九丁目9番9号", "星霜債権回収株式会社", "代表取締役　秋篠　理恵",
                                 "法務大臣許可番号　第263号"], "星霜債権回収|代表/取締役", 97072))):
        yy = y + i * 28
        p.at(100, yy + 4, role, size=9, font="serif-bold")
        for j, s in enumerate(lines):
            p.at(104, yy + 9 + j * 4.6, s, size=10 if "株式会社" in s else 8.8,
                 font="serif-bold" if "株式会社" in s else "serif")
        p.seal(188, yy + 13, 12, "round", seal, angle=6 - 9 * i, seed=sd)
    p.y = y + 58
    p.title("債権譲渡通知書", size=16, font="serif-bold")
    p.para(f"譲渡人しぎさわ信用保証株式会社は、貴殿に対して有する下記債権を、{wdate(B_ASSIGN)}付で、譲受人星霜債権回収株式会社に"
           "譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもって通知いたします。")
    p.para("今後、本件債権に関するお支払い及びお問い合わせは、譲受人星霜債権回収株式会社あてにお願いいたします。譲渡人への"
           "お支払いは、本件債権の弁済とはなりませんのでご注意ください。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    items = [("①　債権の種類", "求償債権（譲渡人が株式会社さくらがい銀行に代位弁済したことによるもの）"),
             ("②　原契約", "平成30年10月5日付金銭消費貸借契約（住宅ローン）"),
             ("③　代位弁済日", wdate(B_SUB)),
             ("④　任意売却による充当", f"{wdate(B_SALE)}（充当後の残額を譲渡）"),
             ("⑤　譲渡日", wdate(B_ASSIGN)),
             ("⑥　譲受人管理番号", "SS-2604-0175")]
    p.kv(items, x=24, label_w=50, size=10)
    p.gap(2)
    p.line(f"⑦　譲渡債権の額（{wdate(B_ASSIGN)}現在）", x=24, size=10)
    p.table([["求償元金", "損害金（年14.6%）", "合　計"], [f"{B_P2:,}円", f"{L:,}円", f"{T:,}円"]],
            [52, 52, 52], x=30, header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.gap(2)
    p.para("お支払方法につきましては、譲受人より追ってご案内いたします。", size=10)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.3, GRAY))
    p.at(24, y + 6, "【お問い合わせ先】星霜債権回収株式会社　四国管理部　担当　雪丸", size=9.5)
    p.at(24, y + 12, "フリーダイヤル 0120-000-263　（平日9:30～17:30）　※譲渡人へのお問い合わせはご遠慮ください", size=9)
    tr = truth(document_type="assignment_notice", sender="星霜債権回収株式会社", license_number=263,
               phone="0120-000-263", creditor="星霜債権回収株式会社", status="unverified",
               original="しぎさわ信用保証株式会社", debtor="舟久保菜月", total=T, principal=B_P2, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, assignment=B_ASSIGN,
               reference="SS-2604-0175", input_kind="pdf_text",
               template="proxy97_joint_assignment_guarantor_to_invented_servicer_notifiers_top", received=D(2026, 4, 10))
    return dict(stem="db07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, guarantor → invented servicer)",
                unusual="digital serif 債権譲渡通知書 with the two 通知人 blocks STACKED at the top right under the "
                        "addressee (round 代表取締役 seals), the INVENTED servicer 「星霜債権回収株式会社」 with "
                        "「法務大臣許可番号　第263号」 (→ unverified); circled ①–⑦ items in a kv block (原契約 平成30年, "
                        "代位弁済日, 任意売却 date, 譲渡日, 譲受人管理番号 as item ⑥); a 3-column one-row amount table "
                        "求償元金 / 損害金（年14.6%） / 合計 as of the 譲渡日 (no interest); informs only (no payment date); "
                        "the inquiry box at the foot gives the 譲受人's free-dial")


# ---------------------------------------------------------------------------------------------
# db08 星霜債権回収: 一部免除を含む和解のご提案, iPhone HEIC; number-first layout with a big total.


def db08():
    R = 14.6
    issued, due = D(2026, 6, 15), D(2026, 7, 10)
    L = late(B_P2, R, B_SALE + ONE, issued)
    T = B_P2 + L
    inst, n = 30_000, 50
    offer = inst * n
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 16, color=None, fill=(0.16, 0.18, 0.34)))
    p.at(20, 22.5, "星霜債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 19, "法務大臣許可番号　第２６３号", size=8.5, color=WHITE, align="r")
    p.at(192, 24.5, "四国管理部　フリーダイヤル 0120-000-263", size=8.5, color=WHITE, align="r")
    p.y = 34
    p.line("舟久保　菜月　様", size=13.5)
    b = p.line("管理番号　ＳＳ－２６０４－０１７５", size=9.5)
    p.at(196, b, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.gap(4)
    p.title("ご債務の一部免除を含む和解のご提案", size=15)
    p.para(f"当社が{era(B_ASSIGN)}にしぎさわ信用保証株式会社から譲り受けました債権につきまして、任意売却後の残債務の"
           "お支払いが難しい旨のご相談を承りました。当社で検討いたしました結果、下記の条件によるご和解をご提案いたします。")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 40, 0.4, GRAY))
    p.at(20, y + 7, f"現在のご債務額（{era(issued)}現在）", size=10, font="sans-bold")
    p.at(190, y + 17, f"{T:,}円", size=20, font="sans-bold", align="r")
    p.at(20, y + 26, f"うち　求償元金　{B_P2:,}円", size=10)
    p.at(20, y + 32, f"　　　損害金　　{L:,}円（{era(B_SALE + ONE)}から年14.6％）", size=10)
    p.y = y + 45
    p.line("■ 和解条件（ご提案）", size=10.5, font="sans-bold")
    for s in (f"１．和解金として金{offer:,}円をお支払いいただきます。",
              f"２．お支払いは令和8年8月から毎月27日限り金{inst:,}円ずつ、{n}回の分割とします。",
              "３．和解金を遅滞なくお支払いいただいた場合、残りのご債務（上記ご債務額から和解金を差し引いた額）は免除いたします。",
              "４．分割金の支払いを2回以上怠り、その額が金60,000円に達したときは、和解金の残額と免除前のご債務額の差額を加えて"
              "ご請求いたします。"):
        p.para(s, x0=20, x1=192, size=9.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.0, RED))
    p.at(20, y + 9, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(52, y + 9.3, f"令和8年7月10日（{wd(due)}）", size=13, font="sans-bold")
    p.at(120, y + 9, "お電話または同封の回答書でご回答ください", size=9)
    p.y = y + 19
    p.para("※ご回答期限までにご連絡がない場合は、本ご提案は撤回されたものとし、上記ご債務額全額についてのご請求を継続いたします。",
           x0=15, x1=196, size=8.8, indent="")
    p.para("※ご家計の状況により、月々のお支払額のご相談にも応じます。", x0=15, x1=196, size=8.8, indent="")
    p.gap(3)
    p.line("星霜債権回収株式会社　四国管理部　担当　雪丸", x=100, size=9.5)
    p.line("〒790-0000 松山市白鷺橋九丁目9番9号 松山分室", x=100, size=8.5)
    p.seal(188, p.y - 10, 12, "square", "星霜債権回収株式会社印", angle=4, seed=97081)
    tr = truth(document_type="settlement_proposal", sender="星霜債権回収株式会社", license_number=263,
               phone="0120-000-263", creditor="星霜債権回収株式会社", status="unverified",
               original="しぎさわ信用保証株式会社", debtor="舟久保菜月", total=T, principal=B_P2, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, assignment=B_ASSIGN,
               reference="SS-2604-0175", input_kind="photo_heic",
               template="proxy97_invented_servicer_partial_waiver_settlement_heic", received=D(2026, 6, 17))
    return dict(stem="db08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.2, bow=6),
                about="settlement_proposal (invented servicer, partial waiver after the 任意売却)",
                unusual="iPhone HEIC on tatami with creases, a bulge and a lamp glare; the INVENTED servicer 星霜債権回収 "
                        "with 「法務大臣許可番号　第２６３号」 in full-width white type on a dark band (→ unverified); "
                        "full-width 管理番号 ＳＳ－２６０４－０１７５ on the same line as the date; the current debt as ONE big "
                        "figure first, its うち lines (求償元金 / 損害金) below it; 和解金 1,500,000 in 50 instalments of "
                        "30,000, the 60,000 default threshold and the waiver as distractors; red-framed ご回答期限 "
                        "令和8年7月10日（金）= payment_due; the 譲受 date in the prose")


LETTERS = [db01, db02, db03, db04, db05, db06, db07, db08]
