"""Proxy set 62, letters bs01–bs08: "after the auction, third round". The 猿橋 household (旭川): the bank's
当然喪失 notice with full-width figures, the guarantee company's 縦書き 代位弁済通知書兼求償金請求書, the joint 譲渡通知
(the 求償債権 sold WITH its mortgage to a real servicer), the 旭川地裁's 競売開始決定 in which that servicer is the
債権者, the landscape 配当表, the servicer's demand for the rest with a numbered 充当 ledger, and the 富良野簡裁's
支払督促 and 仮執行宣言付支払督促 of the rest. The figures are in story.py."""

from __future__ import annotations

from datetime import date as D

import story as S
from common import (
    GRAY,
    PT_MM,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    faq,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
ORANGE = (0.85, 0.40, 0.05)
PLUM = (0.42, 0.15, 0.38)


def kin(n: int) -> str:
    """金二千四百二十六万三千四百三十六円 (positional kanji, vertical letters)."""
    return f"金{kanji_number(n)}円"


def fwyen(n: int) -> str:
    return fw(f"{n:,}") + "円"


# ---------------------------------------------------------------------------------------------
# bs01 bank 期限の利益喪失のご通知 (当然喪失, no 催告): every figure and date in FULL-WIDTH in a digital PDF.


def bs01():
    issued, due = D(2025, 3, 3), D(2025, 3, 17)
    P, I = S.A_P, S.A_I
    L = late(P, S.A_R0, S.A_ACC + S.ONE, issued)
    T = P + I + L
    assert 74_260 * 6 == 445_560
    p = Page(font="serif", size=10.5, top=14, left=22, right=20)
    p.add(Box(22, 12, 8, 8, color=None, fill=TEAL))
    p.add(Box(24.2, 14.2, 3.6, 3.6, color=None, fill=WHITE))
    p.at(33, 18.8, "石狩中央銀行", size=14, font="serif-bold", color=TEAL)
    p.at(190, 17, fw(era(issued)), size=10, align="r")
    p.at(190, 22.5, "ローン管理番号　ＩＣ－０６２０－３３８１", size=9.5, align="r")
    p.y = 30
    p.line("〒０７０－００００", size=10)
    p.line("北海道旭川市忠別河畔通９丁目９番９号", size=10.5)
    p.gap(1)
    p.line("猿橋　敦史　様", size=14, x=30)
    p.line("（連帯保証人　猿橋　由貴　様にも同文を送付しております）", size=8.5, x=30, color=GRAY)
    p.gap(6)
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold")
    p.line("（住宅ローン　一括返済のご請求）", size=10, align="c")
    p.gap(3)
    p.para("拝啓　平素は当行をお引き立ていただき、厚く御礼申し上げます。")
    p.para(f"さて、お客様の住宅ローン（{fw('平成26年6月20日')}付金銭消費貸借契約）につきましては、{fw('令和6年8月20日')}のご返済を最後に"
           f"ご入金がなく、{fw('6')}回分のご返済が遅延しております。このため、お客様は、同契約証書第{fw('10')}条第{fw('1')}項第{fw('1')}号の"
           f"定めにより、{fw(era(S.A_ACC))}の経過をもって当然に期限の利益を喪失されました。")
    p.para(f"つきましては、下記ご請求金額を{fw(era(due))}（{wd(due)}）までに、一括してお支払いくださいますようお願い申し上げます。")
    p.para("なお、上記期日までにお支払いのない場合、当行は保証会社である道央住宅ローン保証株式会社に対し保証債務の履行（代位弁済）"
           "を請求いたします。代位弁済後のお取引は同社からご案内があり、ご担保の不動産について競売の手続がとられることがあります。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.line(f"ご請求金額（{fw(era(issued))}現在）", x=30, size=10.5, font="serif-bold")
    x0, x1 = 34, 176
    rows = [("元金（ご融資残高）", fwyen(P)),
            (f"利息（{fw('令和6年8月21日')}～{fw('令和7年2月20日')}）", fwyen(I)),
            (f"遅延損害金（{fw('2月21日')}～{fw('3月3日')}　年{fw('14.0')}％）", fwyen(L))]
    for lab, val in rows:
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.25))
    p.add(Line(x0, p.y + 1.1, x1, p.y + 1.1, 0.25))
    p.gap(2)
    b = p.line("合　　計", x=x0 + 20, size=11.5, font="serif-bold")
    p.at(x1, b, fwyen(T), size=12.5, align="r", font="serif-bold")
    p.gap(3)
    p.line("（ご参考）延滞の状況", x=30, size=9.5, font="serif-bold")
    p.para(f"延滞回数　{fw('6')}回　　延滞元利金　{fw('445,560')}円（毎月のご返済額{fw('74,260')}円×{fw('6')}回。上記元金・利息に含まれます）",
           x0=34, x1=190, size=9.3, indent="")
    p.para(f"当初ご融資金額　{fw('27,800,000')}円　　ご融資期間　{fw('35')}年", x0=34, x1=190, size=9.3, indent="")
    p.gap(2)
    p.line("お振込先　石狩中央銀行　旭川支店　普通預金　０６２０３３８　ローンシュウノウグチ", x=30, size=9.5)
    p.line("※お振込みの際は、ご依頼人名の前にローン管理番号の数字（０６２０３３８１）をご入力ください。", x=30, size=8.5)
    p.gap(6)
    for s, sz, f in (("株式会社石狩中央銀行　旭川支店", 11.5, "serif-bold"), ("支店長　戸祭　幹夫", 10.5, "serif"),
                     ("〒０７０－００００　北海道旭川市有珠通９丁目９番９号", 9, "serif"),
                     ("ローン係直通　ＴＥＬ　０１６６－００－２７４１", 9.5, "serif"),
                     ("（受付時間　平日９時～１７時）", 8.5, "serif")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(184, p.y - 20, 14, "square", "石狩中央銀行旭川支店長印", angle=2, seed=62011)
    tr = truth(document_type="acceleration_notice", sender="株式会社石狩中央銀行", phone="0166-00-2741",
               creditor="株式会社石狩中央銀行", status="not_applicable", debtor="猿橋敦史", total=T, principal=P,
               interest=I, late_damages=L, rate=S.A_R0, lump=True, issued=issued, payment_due=due,
               acceleration=S.A_ACC, last_payment=S.A_LASTP, reference="IC-0620-3381", input_kind="pdf_text",
               template="proxy62_bank_automatic_acceleration_fullwidth_figures", received=D(2025, 3, 5))
    return dict(stem="bs01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, 当然喪失, full-width figures)",
                unusual="a bank's 期限の利益喪失のご通知 as a DIGITAL PDF whose every figure, date and number is FULL-WIDTH "
                        "(令和７年３月３日, ２３，６１４，８２０円, ＩＣ－０６２０－３３８１, ０１６６－００－２７４１); 当然喪失 "
                        "(「第１０条第１項第１号の定めにより…の経過をもって当然に期限の利益を喪失」, no 催告書 date); the claim as "
                        "leader-less lines with a DOUBLE rule above 合計; the 利息 window starts the day after the last payment; "
                        "（ご参考） 延滞回数 ６回 / 延滞元利金 ４４５，５６０円 / 当初ご融資金額 (distractors, said to be inside the "
                        "claim); the 連帯保証人 named under the addressee; the transfer hint repeats the number without hyphens")


# ---------------------------------------------------------------------------------------------
# bs02 the guarantee company's 縦書き 代位弁済通知書兼求償金請求書 (内容証明), digital.


def bs02():
    issued, due = D(2025, 4, 4), D(2025, 4, 25)
    A = S.A_S
    L = late(A, S.A_R, S.A_SUBRO + S.ONE, issued)
    T = A + L
    cols = [
        ("title", "代位弁済通知書兼求償金請求書"),
        ("body", "冠省　当社は、貴殿と当社との間の平成二十六年六月二十日付保証委託契約に基づき、貴殿が株式会社石狩中央銀行から"
                 "借り受けた住宅資金の借入金債務を保証しておりました。"),
        ("body", f"貴殿は、令和六年八月二十日の返済を最後にその後の返済を怠り、{kdate(S.A_ACC)}の経過をもって期限の利益を"
                 f"喪失されました。そのため当社は、{kdate(S.A_SUBRO)}、同銀行に対し、左記一の金員を代位弁済いたしました。"),
        ("body", f"よって当社は、貴殿に対し、左記の求償金債権を有しておりますので、{kdate(due)}限り、左記三の金員を一括して"
                 "お支払いくださるよう請求いたします。"),
        ("body", "右期限までにお支払いのない場合には、貴殿所有の担保不動産について抵当権に基づく競売の申立てを行い、又は本件"
                 "求償金債権を担保権とともに第三者に譲渡することがありますので、あらかじめ申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　代位弁済額（求償元金）　{kin(A)}"),
        ("plain", f"　　（うち元金{kin(S.A_P)}、"),
        ("plain", f"　　　利息{kin(S.A_I)}、損害金{kin(S.A_L_SUBRO)}）"),
        ("indent", f"二　損害金　{kin(L)}"),
        ("plain", "　　（代位弁済日の翌日である令和七年三月二十八日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　{kin(T)}"),
        ("body", "なお、一の求償元金に対しては、完済に至るまで年十四・六パーセントの割合による損害金が日々発生いたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "北海道札幌市北区芦別坂九丁目九番九号"),
        ("low", "道央住宅ローン保証株式会社"),
        ("low", "代表取締役　喜多見　國男"),
        ("low", "保証番号　ＤＪ－１４０６２０７"),
        ("low", "電話　〇一一（〇〇〇）四八一五　求償債権部"),
        ("blank", ""),
        ("low", "北海道旭川市忠別河畔通九丁目九番九号"),
        ("low", "猿橋　敦史　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 62021))
    (col,) = [it for it in pg.items if isinstance(it, VText) and "喜多見" in it.s]
    pg.items.append(Seal(col.x, col.y + len(col.s) * size * PT_MM * 1.05 + 5.5, 9.5, "square", "道央住宅ローン保証代表者印",
                         angle=3, seed=62022))
    tr = truth(document_type="acceleration_notice", sender="道央住宅ローン保証株式会社", phone="011-000-4815",
               creditor="道央住宅ローン保証株式会社", status="not_applicable", original="株式会社石狩中央銀行",
               debtor="猿橋敦史", total=T, principal=A, interest=None, late_damages=L, rate=S.A_R, lump=True,
               issued=issued, payment_due=due, acceleration=S.A_ACC, last_payment=S.A_LASTP,
               reference="DJ-1406207", input_kind="vertical_pdf",
               template="proxy62_vertical_guarantor_subrogation_recourse_demand", received=D(2025, 4, 7))
    return dict(stem="bs02", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (guarantee company, 縦書き 代位弁済通知書兼求償金請求書)",
                unusual="the 代位弁済 notice itself as a 縦書き 内容証明 (冠省 … 草々), digital: positional kanji amounts "
                        "(金二千四百二十六万三千四百三十六円 …); the 代位弁済額 with its うち元金 / 利息 / 損害金 as a bracketed "
                        "history over two columns; the bank's 喪失 date and the last payment in the prose; 「令和七年四月二十五日"
                        "限り」; the threat to sell the claim 「担保権とともに」 to a third party; full-width 保証番号 "
                        "ＤＪ－１４０６２０７; phone in kanji digits with the department after it")


# ---------------------------------------------------------------------------------------------
# bs03 旭川地裁 担保不動産競売開始決定 in which the SERVICER is the 債権者; 2-page image PDF.


def bs03():
    issued = S.A_DECISION
    A = S.A_S
    L = late(A, S.A_R, S.A_SUBRO + S.ONE, S.A_FILED)
    p = Page(font="serif", size=11, top=18, left=24, right=22)
    p.at(188, 20, fw("令和7年（ケ）第218号"), size=11, align="r")
    p.y = 28
    p.title("担 保 不 動 産 競 売 開 始 決 定", size=17, font="serif-bold")
    p.gap(2)
    for lab, val in (("当　事　者", "別紙当事者目録記載のとおり"),
                     ("担保権・被担保債権・請求債権", "別紙担保権・被担保債権・請求債権目録記載のとおり"),
                     ("目 的 不 動 産", "別紙物件目録記載のとおり")):
        b = p.line(lab, x=30, size=10.5)
        p.at(98, b, val, size=10.5)
    p.gap(5)
    p.para("債権者の申立てにより、上記請求債権の弁済に充てるため、別紙担保権目録記載の抵当権に基づき、別紙物件目録記載の不動産"
           "について、担保不動産競売の手続を開始し、債権者のためにこれを差し押さえる。", x0=30, x1=186, size=11)
    p.gap(6)
    p.line(fw(era(issued)), x=40, size=11)
    p.line("旭川地方裁判所民事部", x=40, size=11)
    p.line("裁　判　官　　野々垣　恭輔", x=100, size=11.5)
    p.gap(4)
    y = p.y
    p.add(Box(100, y, 86, 20, 0.4))
    p.at(104, y + 6.5, "これは正本である。", size=10.5)
    p.at(104, y + 12.5, f"{fw(era(issued))}", size=10)
    p.at(104, y + 17.5, "旭川地方裁判所民事部　裁判所書記官　笹塚　光代", size=8.8)
    p.seal(176, y + 10, 13, "square", "旭川地方裁判所書記官印", seed=62031)
    p.y = y + 28
    p.line("当　事　者　目　録", align="c", size=12, font="serif-bold")
    p.gap(2)
    for zipc, addr, role, name, extra in (
            ("〒108-0000", "東京都港区たまち運河九丁目9番9号", "債　　権　　者", "オリックス債権回収株式会社",
             "代表者代表取締役　西園寺　保彦"),
            ("〒070-0000", "北海道旭川市忠別河畔通九丁目9番9号", "債務者兼所有者", "猿橋　敦史", "")):
        p.line(f"{zipc}　{addr}", x=34, size=10.5)
        b = p.line(role, x=34, size=10.5)
        p.at(78, b, name, size=11.5)
        if extra:
            p.line(extra, x=78, size=10.5)
        p.gap(3)
    y = p.y + 2
    p.add(Box(28, y, 158, 30, 0.3, None, (0.93, 0.93, 0.93)))
    p.at(32, y + 6.5, "この決定正本を受け取った債務者・所有者の方へ", size=10, font="sans-bold")
    for i, s in enumerate(["・今後、執行官による現況調査及び評価人による評価のため、不動産への立入りが行われます。",
                           "・売却の日程（期間入札）は、決定後に公告されます。手続の詳細は同封の案内書をご覧ください。",
                           "・お問い合わせ　旭川地方裁判所民事部不動産執行係　電話 0166-00-6115",
                           "　（お問い合わせの際は事件番号をお知らせください。）"]):
        p.at(32, y + 13 + i * 4.6, s, size=8.8, font="sans")
    q = Page(font="serif", size=10.5, top=20, left=24, right=22)
    q.title("担保権・被担保債権・請求債権目録", size=13, font="serif-bold")
    q.line("１　担保権", x=28, font="serif-bold")
    for s in ("(1)　平成26年6月20日設定の抵当権",
              "(2)　登記　旭川地方法務局　平成26年6月20日受付第14883号",
              "(3)　令和7年6月30日債権譲渡を原因とする抵当権移転登記　同法務局　令和7年7月14日受付第9027号"):
        q.para(s, x0=32, x1=188, size=10, indent="")
    q.gap(2)
    q.line("２　被担保債権及び請求債権", x=28, font="serif-bold")
    q.para(f"(1)　求償金元金　　金{A:,}円", x0=32, x1=188, size=10.5, indent="")
    q.para(f"ただし、道央住宅ローン保証株式会社が、債務者との間の平成26年6月20日付保証委託契約に基づき、{era(S.A_SUBRO)}、"
           "株式会社石狩中央銀行に対して債務者の借入金債務を代位弁済したことにより取得した求償金債権であって、債権者が"
           f"{era(S.A_ASSIGN)}同社から譲り受けたもの", x0=40, x1=188, size=9.8, indent="")
    q.para(f"(2)　損害金　　金{L:,}円", x0=32, x1=188, size=10.5, indent="")
    q.para(f"ただし、上記(1)の金員に対する{era(S.A_SUBRO + S.ONE)}から{era(S.A_FILED)}まで年14.6％の割合による損害金",
           x0=40, x1=188, size=9.8, indent="")
    q.para("(3)　損害金", x0=32, x1=188, size=10.5, indent="")
    q.para(f"ただし、上記(1)の金員に対する{era(S.A_FILED + S.ONE)}から支払済みまで年14.6％の割合による損害金",
           x0=40, x1=188, size=9.8, indent="")
    q.gap(6)
    q.line("物　件　目　録", align="c", size=12, font="serif-bold")
    q.gap(1)
    for s in ("１　所　　在　旭川市忠別河畔通九丁目", "　　地　　番　999番9", "　　地　　目　宅地", "　　地　　積　198.34平方メートル",
              "２　所　　在　旭川市忠別河畔通九丁目999番地9", "　　家屋番号　999番9", "　　種　　類　居宅",
              "　　構　　造　木造スレート葺2階建", "　　床 面 積　1階　62.10平方メートル　　2階　54.65平方メートル"):
        q.line(s, x=32, size=10)
    q.gap(6)
    q.line("以　上", x=170, size=10.5)
    tr = truth(document_type="other", sender="旭川地方裁判所", phone="0166-00-6115",
               creditor="オリックス債権回収株式会社", status="licensed", original="道央住宅ローン保証株式会社",
               debtor="猿橋敦史", total=None, principal=A, late_damages=L, rate=S.A_R, lump=False, issued=issued,
               assignment=S.A_ASSIGN, reference=S.A_CASE, input_kind="pdf_scan",
               template="proxy62_court_auction_start_decision_servicer_creditor", received=D(2025, 9, 12))
    return dict(stem="bs03", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="other (地裁 担保不動産競売開始決定, the servicer is the 債権者, 2 pages)",
                unusual="the 担保不動産競売開始決定 正本, scanned as a 2-page image PDF, in which the 債権者 is the real servicer "
                        "★ オリックス債権回収株式会社 (it bought the 求償債権 WITH the mortgage; no licence number: court "
                        "paper); full-width (ケ) number top-RIGHT; 当事者目録 on p.1 under the 「これは正本である」 box; a grey "
                        "box for the 債務者・所有者 with the 不動産執行係 phone; p.2 担保権 with TWO 受付番号 (設定 and the "
                        "抵当権移転 by 債権譲渡) and a 請求債権 list: (1) 求償金元金 as a single sum with the 代位弁済 and the 譲渡 "
                        "in its ただし書, (2) a FIXED 損害金 up to the 申立日, (3) the running 損害金; 物件目録 with 地積 / 床面積 "
                        "(numbers, not amounts); no total printed")


# ---------------------------------------------------------------------------------------------
# bs04 the 配当表 of the same case: LANDSCAPE A4, handed out at the 配当期日, scanned.


def bs04():
    day = S.A_DIV
    A, LD = S.A_S, S.A_L_DIV
    share = S.A_SALE - S.A_COST
    city_p, city_l = 184_300, 22_400
    assert S.A_COST + share + 0 == S.A_SALE
    assert share == LD + S.A_TO_P
    p = Page(w=297, h=210, font="serif", size=10, top=14, left=16, right=16)
    p.at(281, 15, "（配当期日に交付）", size=8.5, align="r", color=GRAY)
    p.at(16, 20, fw("令和7年（ケ）第218号"), size=10.5)
    p.y = 16
    p.line("配　　当　　表", align="c", size=18, font="serif-bold")
    p.gap(3)
    y = p.y
    for i, (a, b) in enumerate((("債　権　者", "オリックス債権回収株式会社　外1名"), ("債務者兼所有者", "猿橋　敦史"),
                                ("配　当　期　日", f"{fw(era(day))}（{wd(day)}）"))):
        p.at(20, y + 5 + i * 6, a, size=10)
        p.at(58, y + 5 + i * 6, b, size=10.5)
    for i, (a, b) in enumerate((("売　却　代　金", f"{S.A_SALE:,}円"), ("配当等に充てるべき金額", f"{S.A_SALE:,}円"),
                                ("剰　　余　　金", "0円"))):
        p.at(170, y + 5 + i * 6, a, size=10)
        p.at(276, y + 5 + i * 6, b, size=10.5, align="r")
    p.y = y + 24
    head = ["順位", "債　権　者", "債権の種類", "元　金", "利息・損害金", "計", "配当額", "備　考"]
    rows = [
        ["－", "オリックス債権回収株式会社", "手続費用（執行費用）", "", "", f"{S.A_COST:,}", f"{S.A_COST:,}", "全額"],
        ["1", "オリックス債権回収株式会社", "抵当権（1番）求償金", f"{A:,}", f"{LD:,}", f"{A + LD:,}", f"{share:,}",
         "一部"],
        ["2", "旭川市", "交付要求（固定資産税等）", f"{city_p:,}", f"{city_l:,}", f"{city_p + city_l:,}", "0", "配当なし"],
        ["", "合　　計", "", "", "", "", f"{S.A_SALE:,}", ""],
    ]
    p.table([head] + rows, [13, 58, 46, 30, 30, 32, 30, 26], x=16, header=True, aligns="clcrrrrc", size=9.5, row_h=10)
    p.gap(3)
    for s in ("（注）１　利息・損害金欄は、配当期日までの額を計上した。順位1の損害金は、令和7年3月28日から配当期日まで"
              "の額である。",
              "　　　２　配当額は、手続費用、順位1の損害金、同元金の順に充当される。",
              "　　　３　本配当表に対する配当異議の申出は、配当期日においてしなければならない。"):
        p.line(s, x=20, size=9)
    p.gap(5)
    p.line(f"{fw(era(day))}", x=170, size=10.5)
    p.line("旭川地方裁判所民事部", x=170, size=10.5)
    p.line("裁　判　官　　野々垣　恭輔", x=185, size=10.5)
    p.seal(270, p.y - 8, 12, "square", "旭川地方裁判所印", seed=62041)
    tr = truth(document_type="other", sender="旭川地方裁判所", phone=None, creditor="オリックス債権回収株式会社",
               status="licensed", debtor="猿橋敦史", lump=False, issued=day, reference=S.A_CASE,
               input_kind="scan_png", template="proxy62_court_dividend_table_landscape_handed_out", received=day)
    return dict(stem="bs04", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="other (地裁 配当表 on landscape A4, claims nothing)",
                unusual="the 配当表 itself on a LANDSCAPE A4 sheet, handed out at the 配当期日 and scanned: it DEMANDS NOTHING "
                        "(every amount null) but holds a dozen figures — 売却代金 / 配当等に充てるべき金額 / 剰余金 0円 top-right, "
                        "an 8-column table with a 手続費用 row, 順位1 the servicer's 求償金 (元金 / 利息・損害金 / 計 / 配当額 "
                        "「一部」) and 順位2 旭川市's 交付要求 with 配当額 0; 「オリックス債権回収株式会社　外1名」; (注) with the "
                        "damage window; NO phone printed anywhere (sender phone null); the 配当期日 is not a hearing")


# ---------------------------------------------------------------------------------------------
# bs05 joint 債権譲渡通知: guarantee company → real servicer, the claim sold WITH the mortgage; form cells.


def bs05():
    issued = D(2025, 7, 4)
    A = S.A_S
    L = late(A, S.A_R, S.A_SUBRO + S.ONE, S.A_ASSIGN)
    T = A + L
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(192, 16, f"{issued.year}年{issued.month}月{issued.day}日", size=10, align="r")
    p.y = 21
    seal_y = []
    for s, sz, f in (("（譲渡人）", 8.5, "sans"), ("道央住宅ローン保証株式会社", 10, "sans-bold"),
                     ("北海道札幌市北区芦別坂九丁目9番9号", 8, "sans"), ("代表取締役　喜多見　國男", 8.5, "sans"),
                     ("（譲受人）", 8.5, "sans"), ("オリックス債権回収株式会社", 10, "sans-bold"),
                     ("法務大臣許可番号　第11号", 8, "sans"), ("東京都港区たまち運河九丁目9番9号", 8, "sans"),
                     ("代表取締役　西園寺　保彦", 8.5, "sans")):
        b = p.line(s, x=112, size=sz, font=f)
        if s.startswith("代表取締役"):
            seal_y.append(b - 1.5)
    p.seal(177, seal_y[0], 9, "round", "道央住宅ローン保証|代表", seed=62051)
    p.seal(177, seal_y[1], 9, "round", "オリックス債権回収|代表", seed=62052)
    p.y = 30
    p.line("〒070-0000", size=9.5)
    p.line("北海道旭川市忠別河畔通九丁目9番9号", size=10)
    p.line("猿橋　敦史　様", size=13.5, x=24)
    p.y = 74
    p.title("債権譲渡のご通知", size=16)
    p.para(f"道央住宅ローン保証株式会社（以下「譲渡人」）は、貴殿に対して有する下記の求償金債権を、これを担保する抵当権とともに、"
           f"{S.A_ASSIGN.year}年{S.A_ASSIGN.month}月{S.A_ASSIGN.day}日付でオリックス債権回収株式会社（以下「譲受人」）に譲渡いたしました。"
           "譲渡人及び譲受人の連名をもってご通知いたします。")
    p.para("今後のお支払い、ご連絡及びご相談は、すべて譲受人にお願いいたします。譲渡人へのお振込みはお受けできません。"
           "なお、担保不動産の処分（任意売却又は競売）については、譲受人から改めてご案内いたします。")
    p.gap(2)
    p.line("譲渡債権の表示", size=11, font="sans-bold")
    x0, y = 18, p.y + 1
    W = [112, 62]
    cells = [[("債権の種類", "保証委託契約（平成26年6月20日付）に基づく求償金債権"), ("お客様番号（譲受人）", "OR-1107553")],
             [("原契約", "株式会社石狩中央銀行　住宅ローン（平成26年6月20日）"), ("保証番号（譲渡人）", "DJ-1406207")],
             [("最終ご返済日（銀行）", f"{S.A_LASTP.year}年{S.A_LASTP.month}月{S.A_LASTP.day}日"),
              ("期限の利益喪失日", f"{S.A_ACC.year}年{S.A_ACC.month}月{S.A_ACC.day}日")],
             [("代位弁済日", f"{S.A_SUBRO.year}年{S.A_SUBRO.month}月{S.A_SUBRO.day}日"),
              ("譲渡日", f"{S.A_ASSIGN.year}年{S.A_ASSIGN.month}月{S.A_ASSIGN.day}日")]]
    for r, row in enumerate(cells):
        cx = x0
        for (lab, val), w in zip(row, W, strict=True):
            cell(p, cx, y + r * 12, w, 12, lab, val, lsize=7.2, vsize=9.8)
            cx += w
    y += 12 * len(cells)
    amounts = [("求償元金（代位弁済額）", f"{A:,}円"), ("損害金（2025年3月28日～6月30日・年14.6％）", f"{L:,}円"),
               ("譲渡債権額（合計）", f"{T:,}円")]
    for r, (lab, val) in enumerate(amounts):
        cell(p, x0, y + r * 12, 174, 12, lab, val, lsize=7.2, vsize=11.5 if r < 2 else 12.5, align="r",
             vfont="sans-bold" if r == 2 else None, width=0.3 if r < 2 else 0.7)
    y += 12 * len(amounts)
    cell(p, x0, y, 174, 12, "担保", "上記債権を担保する抵当権（旭川地方法務局 平成26年6月20日受付第14883号）も併せて譲渡",
         lsize=7.2, vsize=9.5)
    p.y = y + 16
    p.line("お問い合わせ先（譲受人）", size=9.5, font="sans-bold")
    p.line("オリックス債権回収株式会社　住宅ローン債権部　フリーダイヤル 0120-000-611（平日9:00～17:30）", size=9.5)
    p.gap(2)
    p.para("※譲渡人の電話窓口（011-000-4815）は、今後は本件のお支払いのご相談をお受けできません。"
           "※本通知は民法第467条の規定による通知です。", size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="道央住宅ローン保証株式会社", debtor="猿橋敦史", total=T, principal=A, late_damages=L,
               rate=S.A_R, lump=False, issued=issued, acceleration=S.A_ACC, last_payment=S.A_LASTP,
               assignment=S.A_ASSIGN, reference=S.A_REF, input_kind="pdf_text",
               template="proxy62_joint_assignment_with_mortgage_form_cells", received=D(2025, 7, 7))
    return dict(stem="bs05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, guarantee company → real servicer, WITH the mortgage)",
                unusual="joint 債権譲渡のご通知 whose two notifiers are stacked TOP-RIGHT as sender lines with small round seals "
                        "((譲渡人) / (譲受人) ★ オリックス債権回収株式会社 「法務大臣許可番号　第11号」), the addressee on the left "
                        "beside them; the claim is sold TOGETHER WITH the mortgage; 譲渡債権の表示 as FORM CELLS (small label "
                        "on top, value below) in a 2×4 grid with TWO numbers — お客様番号（譲受人） OR-1107553 and 保証番号（譲渡人） "
                        "DJ-1406207 — then full-width amount cells with the new labels 求償元金（代位弁済額） / 損害金（…・年14.6％） "
                        "/ 譲渡債権額（合計） and a 担保 cell with a 受付番号; western 年月日 dates; the 譲渡人's phone quoted in a ※ "
                        "line (distractor); informs only")


# ---------------------------------------------------------------------------------------------
# bs06 the servicer's demand for the rest after the 配当: a numbered ①–⑩ 充当 ledger on p.1, FAQ on p.2.


def bs06():
    issued, due = D(2026, 4, 8), D(2026, 4, 30)
    A, LD, P2 = S.A_S, S.A_L_DIV, S.A_P2
    L = late(P2, S.A_R, S.A_DIV + S.ONE, issued)
    T = P2 + L
    assert S.A_SALE - S.A_COST - LD == S.A_TO_P and A - S.A_TO_P == P2
    p = Page(font="sans", size=10, top=12, left=18, right=18)
    p.add(Box(18, 11, 4, 12, color=None, fill=ORANGE))
    p.at(25, 17.5, "オリックス債権回収株式会社", size=13, font="sans-bold")
    p.at(25, 22.5, "（債権管理回収業　法務大臣許可第11号）", size=7.5, color=GRAY)
    p.at(192, 15, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(192, 20.5, f"お客様番号　{S.A_REF}", size=9.5, align="r")
    window(p, 18, 30, "076-0000", ["北海道富良野市はなばたけ通九丁目9番9号"], "猿橋　敦史　様", "bs06-bars", w=92, h=30,
           code="2604-08 FRN 0311")
    p.y = 66
    p.title("競売による配当後のご請求額について", size=14.5)
    p.para(f"旭川地方裁判所{S.A_CASE}担保不動産競売事件につき、{era(S.A_DIV)}の配当期日において、当社は下記④の配当金を受領し、"
           "下表のとおり充当いたしました。充当後も、なお⑨のとおり債務が残っております。", size=9.8)
    p.para(f"つきましては、⑨のご請求額を{era(due)}（{wd(due)}）までに一括してお支払いください。一括でのお支払いが難しい場合は、"
           "同日までに必ずご連絡ください。", size=9.8)
    p.kv([("ご請求の債権", "求償金債権（原債権者　道央住宅ローン保証株式会社／当社譲受け）"),
          ("競売事件", f"旭川地方裁判所　{S.A_CASE}（配当期日　{era(S.A_DIV)}）")], x=22, label_w=28, size=9.3)
    p.gap(1)
    p.line("■ 配当金の充当内訳", size=10.5, font="sans-bold")
    rows = [
        ["①", "配当期日現在の求償元金", f"{A:,}円", "代位弁済額"],
        ["②", "配当期日現在の損害金", f"{LD:,}円", "2025/3/28～2026/3/11　年14.6％"],
        ["③", "手続費用（当社立替の執行費用）", f"{S.A_COST:,}円", "予納金・登録免許税等"],
        ["④", "配当金受領額", f"{S.A_SALE:,}円", "2026/3/11受領"],
        ["⑤", "④のうち③への充当", f"{S.A_COST:,}円", ""],
        ["⑥", "④のうち②への充当", f"{LD:,}円", "損害金は全額充当"],
        ["⑦", "④のうち①への充当", f"{S.A_TO_P:,}円", "④－⑤－⑥"],
        ["⑧", "充当後の求償元金残高", f"{P2:,}円", "①－⑦"],
        ["⑨", "ご請求額", f"{T:,}円", "⑧＋下記損害金"],
    ]
    p.table([["No.", "項　目", "金　額", "計算・備考"]] + rows, [12, 64, 36, 62], x=18, header=True, aligns="clrl", size=9.3,
            row_h=6.6, ruled="rows")
    p.para(f"※⑨のうち損害金 {L:,}円 は、⑧に対する配当期日の翌日（{era(S.A_DIV + S.ONE)}）から本通知日までの年14.6％の額です。",
           size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 16, 1.0, ORANGE))
    p.at(23, y + 7, "ご請求額（⑨）", size=10.5, font="sans-bold")
    p.at(23, y + 12.8, f"お支払期限　{era(due)}（{wd(due)}）", size=10, font="sans-bold", color=RED)
    p.at(186, y + 11, f"{T:,}円", size=18, font="sans-bold", align="r")
    p.y = y + 20
    p.para("お振込先　浜茄子銀行 東京営業部　普通預金 6110755　オリツクスサイケンカイシユウ（カ　※お振込人名の前にお客様番号の"
           "数字7桁を入れてください。", size=9, indent="")
    p.gap(2)
    for s, sz, f in (("オリックス債権回収株式会社　住宅ローン債権部", 9.5, "sans-bold"),
                     ("〒108-0000　東京都港区たまち運河九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-611（平日9:00～17:30）　担当　塩入", 9.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    q = Page(font="sans", size=10, top=16, left=20, right=20)
    q.line(f"お客様番号　{S.A_REF}　　2／2", size=8.5, align="r", color=GRAY)
    q.title("配当後のお支払いについてのご案内", size=13.5)
    faq(q, [("競売で家を手放したのに、まだ支払う必要があるのですか。",
             "売却代金は、手続費用、損害金、元金の順に充当されます。売却代金で足りなかった分は、債務として残ります。"),
            ("一度に支払うことができません。",
             "ご収入やご家族の状況をお伺いし、分割でのお支払いをご相談させていただきます。お支払期限までにお電話ください。"),
            ("連帯保証人にも請求されますか。",
             "保証委託契約の連帯保証人の方にも、同じ内容のご請求をさせていただく場合があります。"),
            ("配当金の計算を確認したいのですが。",
             "配当表は、旭川地方裁判所の事件記録で閲覧することができます。当社でもご説明いたします。"),
            ("この通知が本物か心配です。",
             "当社は法務大臣の許可を受けた債権回収会社です。法務省ホームページの許可業者一覧でご確認ください。当社社員がご自宅で"
             "現金をお預かりすることはございません。")], x0=22, x1=188)
    q.gap(6)
    y = q.y
    q.add(Box(20, y, 170, 28, 0.3, GRAY, (0.99, 0.96, 0.92)))
    q.at(24, y + 6.5, "ご相談の受付", size=10, font="sans-bold")
    for i, s in enumerate(["フリーダイヤル 0120-000-611　平日 9:00～17:30（土日祝日・年末年始を除く）",
                           "お電話の際は、お客様番号（OR-1107553）をお知らせください。",
                           "ご住所やお勤め先が変わられた場合も、ご連絡をお願いいたします。"]):
        q.at(24, y + 13 + i * 5, s, size=9)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="道央住宅ローン保証株式会社", debtor="猿橋敦史", total=T, principal=P2, interest=None,
               late_damages=L, rate=S.A_R, lump=True, issued=issued, payment_due=due, assignment=None,
               reference=S.A_REF, input_kind="pdf_text_2page",
               template="proxy62_servicer_rest_after_dividend_numbered_ledger", received=D(2026, 4, 10))
    return dict(stem="bs06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of the rest after its own 配当, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 with an orange bar mark and the licence spelled "
                        "「（債権管理回収業　法務大臣許可第11号）」 (no 番号); the servicer itself was the 競売 creditor and "
                        "received the 配当; a window address block with bars and a mailing code 2604-08 FRN 0311 (distractor); "
                        "a rows-ruled ①–⑨ 充当 LEDGER (求償元金 / 損害金 / 手続費用 / 配当金受領額 / three 充当 rows / "
                        "充当後の求償元金残高 / ご請求額) with slash dates and formulas (①－⑦, ⑧＋下記損害金) in a 計算・備考 "
                        "column; the current damages ONLY in a ※ line under the table; an orange-framed total with the due date "
                        "inside; p.2 a Q&A page; no 喪失, no last payment, no 譲渡人 date printed")


# ---------------------------------------------------------------------------------------------
# bs07 富良野簡裁 支払督促 of the rest (a large claim in a summary court), one scanned page.

CASE7 = "令和8年(ロ)第162号"
FILED7 = D(2026, 5, 15)
L7 = late(S.A_P2, S.A_R, S.A_DIV + S.ONE, FILED7)
FEES7 = [("申立手数料", 29_500), ("支払督促正本送達費用", 1_120), ("申立書作成及び提出費用", 800), ("資格証明手数料", 600)]
C7 = sum(v for _, v in FEES7)


def bs07():
    issued = D(2026, 5, 22)
    P2 = S.A_P2
    T = P2 + L7 + C7
    fees = [f for f in FEES7 if f[1]]
    assert sum(v for _, v in fees) == C7 == 32_020
    p = Page(font="serif", size=10.5, top=14, left=20, right=20)
    y = 12
    p.add(Box(20, y, 70, 8, 0.3))
    p.add(Box(20, y, 22, 8, 0.3, None, SHADE))
    p.at(31, y + 5.6, "事件番号", size=9, align="c")
    p.at(45, y + 5.8, fw("令和8年（ロ）第162号"), size=10)
    p.y = 24
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.table([["債権者", "〒108-0000 東京都港区たまち運河九丁目9番9号\u3000オリックス債権回収株式会社"],
             ["", "代表者代表取締役\u3000西園寺\u3000保彦（送達場所 同社住宅ローン債権部 電話 03-0000-6118）"],
             ["債務者", "〒076-0000 北海道富良野市はなばたけ通九丁目9番9号\u3000猿橋\u3000敦史"]],
            [22, 148], x=20, aligns="ll", size=9.2, row_h=7, ruled="outer")
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    leader(p, "１　求償金残元金", f"{P2:,}円", 26, 186, size=10.5)
    leader(p, f"２　上記１に対する{era(S.A_DIV + S.ONE)}から{era(FILED7)}まで年14.6％の確定損害金", f"{L7:,}円", 26, 186,
           size=10)
    leader(p, "３　督促手続費用", f"{C7:,}円", 26, 186, size=10.5)
    p.add(Line(120, p.y + 0.3, 186, p.y + 0.3, 0.3))
    p.gap(1.2)
    leader(p, "合　計", f"{T:,}円", 60, 186, size=11, font="serif-bold")
    p.para(f"４　上記１の金額に対する{era(FILED7 + S.ONE)}から完済まで年14.6％の割合による遅延損害金", x0=26, x1=186, size=10,
           indent="")
    p.line("　（督促手続費用の内訳　" + "、".join(f"{k} {v:,}円" for k, v in fees) + "）", x=24, size=7.6)
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　道央住宅ローン保証株式会社（以下「保証会社」）は、平成26年6月20日、債務者との間で保証委託契約を締結し、"
              "債務者の株式会社石狩中央銀行からの住宅資金借入金債務を保証した。",
              f"２　債務者は{era(S.A_ACC)}の経過により期限の利益を喪失し、保証会社は{era(S.A_SUBRO)}、同銀行に対し金{S.A_S:,}円を代位弁済した"
              "（損害金の約定　年14.6％）。",
              f"３　債権者は、{era(S.A_ASSIGN)}、保証会社から上記求償金債権を譲り受け、保証会社は同年7月4日付で債務者にその旨を通知した。",
              f"４　債権者は、旭川地方裁判所{S.A_CASE}担保不動産競売事件において{era(S.A_DIV)}配当を受け、これを手続費用、損害金、"
              "元金の順に充当した。その残元金が請求の趣旨１である。"):
        p.para(s, x0=24, x1=188, size=9.4, indent="")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=24, size=10.5)
    b = p.line("富良野簡易裁判所", x=24, size=10.5)
    p.at(110, b, "裁判所書記官　　八反田　芳江", size=10.5)
    p.seal(178, b - 2, 12, "square", "富良野簡易裁判所書記官印", seed=62071)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.5))
    p.at(24, y + 6, "＜注意＞", size=9.5, font="sans-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から2週間以内に、当裁判所に督促異議の申立てをすることができます。",
                           "督促異議の申立てがあると、請求額に応じて旭川地方裁判所又は富良野簡易裁判所の通常訴訟に移行します。",
                           "〒076-0000 富良野市幾寅通九丁目9番9号　富良野簡易裁判所　電話 0167-00-2216"]):
        p.at(24, y + 11.5 + i * 4.6, s, size=8.2, font="sans")
    tr = truth(document_type="payment_order", sender="富良野簡易裁判所", phone="0167-00-2216",
               creditor="オリックス債権回収株式会社", status="licensed", original="道央住宅ローン保証株式会社",
               debtor="猿橋敦史", total=T, principal=P2, interest=None, late_damages=L7, costs=C7, rate=S.A_R, lump=True,
               issued=issued, payment_due=None, acceleration=S.A_ACC, assignment=S.A_ASSIGN, reference=CASE7,
               input_kind="scan_png", template="proxy62_payment_order_furano_rest_after_auction_leaders",
               received=D(2026, 5, 26))
    return dict(stem="bs07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor, the rest after the 配当, one page)",
                unusual="a 支払督促 of a court new to the sets (富良野簡裁) for a LARGE claim (12.8 million yen, a summary court "
                        "handles any amount by 支払督促), on ONE scanned page: the case number in a two-cell box top-LEFT "
                        "(事件番号 | 令和８年（ロ）第１６２号); the parties as an outer-ruled 2-column table with the creditor's "
                        "送達場所 phone (distractor); 請求の趣旨 as DOTTED-LEADER lines (求償金残元金 / 確定損害金 with its era window "
                        "/ 督促手続費用), a rule and 合計; item ４ the running clause; the 督促手続費用 broken into four parts in "
                        "a small bracket line; 請求の原因 with 代位弁済額, 喪失, 譲受 and the (ケ) 配当; a boxed ＜注意＞ with "
                        "the court's phone")


# ---------------------------------------------------------------------------------------------
# bs08 仮執行宣言付支払督促 of bs07's case: one page, the 仮執行宣言 in a framed block at the foot; image PDF.


def bs08():
    issued, served = D(2026, 6, 23), D(2026, 5, 26)
    P2 = S.A_P2
    C8 = 1_218
    T = P2 + L7 + C7 + C8
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(fw("令和8年（ロ）第162号"), align="r", size=10.5)
    p.gap(2)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", "オリックス債権回収株式会社"), ("債　務　者", "猿橋　敦史"),
          ("送達場所", "北海道富良野市はなばたけ通九丁目9番9号")], x=30, label_w=30, size=10.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記の金額を支払え。", size=11)
    p.gap(1)
    body = [["１", "求償金残元金", f"{P2:,}"],
            ["２", f"確定損害金（{era(S.A_DIV + S.ONE)}から{era(FILED7)}まで年14.6％）", f"{L7:,}"],
            ["３", "督促手続費用", f"{C7:,}"],
            ["４", "仮執行宣言の手続費用", f"{C8:,}"],
            ["", "合　　計", f"{T:,}"]]
    p.table([["", "項　　　目", "金額（円）"]] + body, [10, 118, 38], x=22, header=True, aligns="clr", size=10, row_h=8)
    p.gap(1.5)
    p.para(f"ほか、上記１の金額に対する{era(FILED7 + S.ONE)}から完済まで年14.6％の割合による遅延損害金", x0=28, x1=188,
           size=9.8, indent="")
    p.gap(2)
    p.para(f"上記の請求の趣旨及び原因は、{fw(era(D(2026, 5, 22)))}付支払督促（{fw(era(served))}債務者に送達）記載のとおりである。",
           size=9.8)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 38, 0.9))
    p.at(105, y + 8, "仮 執 行 の 宣 言", size=13, font="serif-bold", align="c")
    for i, s in enumerate(["債務者は、上記支払督促の送達を受けた日から2週間以内に督促異議の申立てをしなかった。",
                           "よって、上記４の手続費用を加えて、この支払督促に仮執行の宣言をする。",
                           f"{fw(era(issued))}",
                           "富良野簡易裁判所　裁判所書記官　八反田　芳江"]):
        p.at(30, y + 16 + i * 5.6, s, size=10)
    p.seal(172, y + 27, 13, "square", "富良野簡易裁判所書記官印", angle=-2, seed=62081)
    p.y = y + 44
    y = p.y
    p.add(Box(22, y, 166, 34, 0.3, None, (0.93, 0.93, 0.93)))
    p.at(26, y + 6.5, "この仮執行宣言付支払督促を受け取った方へ", size=10, font="sans-bold")
    for i, s in enumerate(["１　送達を受けた日から2週間以内であれば、当裁判所に督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、強制執行（給与・預金の差押え等）は当然には止まりません。",
                           "　　執行を止めるには、別に執行停止の申立てが必要です。",
                           "３　お問い合わせ　富良野簡易裁判所　電話 0167-00-2216（事件番号をお知らせください）"]):
        p.at(26, y + 13 + i * 5, s, size=8.8, font="sans")
    assert C7 + C8 == 33_238
    tr = truth(document_type="payment_order_enforceable", sender="富良野簡易裁判所", phone="0167-00-2216",
               creditor="オリックス債権回収株式会社", status="licensed", debtor="猿橋敦史", total=T, principal=P2,
               interest=None, late_damages=L7, costs=C7 + C8, rate=S.A_R, lump=True, issued=issued, payment_due=None,
               reference=CASE7, input_kind="pdf_scan", template="proxy62_enforceable_furano_framed_declaration",
               received=D(2026, 6, 25))
    return dict(stem="bs08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as bs07, one page)",
                unusual="the 仮執行宣言付支払督促 of bs07's case on ONE page as an image PDF: a short kv block (債権者 / 債務者 / "
                        "送達場所) without addresses for the creditor; a 項目 / 金額（円） table with FOUR numbered rows "
                        "(求償金残元金 / 確定損害金 / 督促手続費用 / 仮執行宣言の手続費用 → costs = 3 + 4) and 合計; the running "
                        "clause as a 「ほか、…」 line; the 支払督促 date and its 送達 date in one sentence (distractors); the "
                        "仮執行の宣言 in a heavy frame at the foot with its own date and the seal; a grey box on 執行停止; no "
                        "請求の原因 (so no 譲渡人, 喪失 or 譲受 date printed)")


LETTERS = [bs01, bs02, bs03, bs04, bs05, bs06, bs07, bs08]
