"""collection_notice templates: 催告書 / 督促状 / 請求書 and the remainder demands after
競売 and 任意売却."""

from __future__ import annotations

from .blocks import CROSSED, PRIVACY, addressee, red_stamp, sender_block, sender_lines
from .fmt import comma, fmt_date, fullwidth, kanji_digits, rate, yen
from .layout import GRAY, PT_MM, Page, PageSpec, Seal, post_office_stamp, vertical_page
from .spec import Letter


def col_ruled_table(L: Letter) -> list[PageSpec]:
    """Servicer 催告書 (一括請求): ruled grid for the contract facts, ruled amount table,
    sender block at the bottom right with a square seal over the company name."""
    ds = "kanji"
    o = L.sender
    p = Page(size=10.5)
    p.at(190, 24, fmt_date(L.issued, ds), align="r")
    p.at(190, 30, f"お客様番号　{L.reference}", align="r")
    p.y = 24
    addressee(p, L, "様")
    p.gap(6)
    p.title("催告書（一括請求）", size=17)
    p.para(
        f"貴殿の下記ご契約につきましては、再三にわたりお支払いをお願いしておりますが、{fmt_date(L.as_of, ds)}現在、"
        "ご入金の確認ができておりません。"
        f"貴殿は{fmt_date(L.acceleration, ds)}をもって期限の利益を喪失されておりますので、下記ご請求金額を"
        "一括してお支払いください。"
    )
    p.para(f"{fmt_date(L.payment_due, ds)}までにお支払い又はご連絡がない場合は、法的手続（支払督促・訴訟）に"
           "移行することがありますので、予めご承知おきください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table(
        [["原債権者", L.original_creditor, "ご契約日", fmt_date(L.ex["contract_date"], ds)],
         ["最終ご入金日", fmt_date(L.last_payment, ds), "期限の利益喪失日", fmt_date(L.acceleration, ds)],
         ["債権譲渡日", fmt_date(L.assignment, ds), "遅延損害金利率", rate(L.rate) + "（年365日の日割計算）"]],
        [28, 55, 30, 57], size=9.5, aligns="llll", shade_col0=False,
    )
    p.gap(4)
    p.table(
        [["ご請求内訳", "金額"],
         ["残元金", yen(L.principal, "en")],
         ["未収利息", yen(L.interest, "en")],
         [f"遅延損害金（{fmt_date(L.as_of, ds)}現在）", yen(L.late, "en")],
         ["ご請求金額（合計）", yen(L.total, "en")]],
        [95, 55], x=30, size=11, header=True, shade_col0=True,
    )
    p.gap(4)
    y0 = p.y
    p.box(30, y0, 150, 11, width=0.6)
    p.at(35, y0 + 7.5, "お支払期限", size=12, font="sans-bold")
    p.at(75, y0 + 7.5, fmt_date(L.payment_due, ds, weekday=True), size=13, font="sans-bold")
    p.y = y0 + 15
    p.kv([("お振込先", L.ex["account"]), ("ご契約番号", L.ex["contract_no"])], label_w=26, size=10)
    p.gap(2)
    p.para(CROSSED, size=9, indent="")
    p.para(PRIVACY, size=9, indent="")
    p.y = 236
    sender_block(p, sender_lines(o, hours="受付時間 平日9:00～18:00"), x=112,
                 seal=("square", o.seal), seal_size=21, seed=11)
    return [p.spec]


def col_tokusoku_labelvalue(L: Letter) -> list[PageSpec]:
    """Card-company 督促状 for arrears: label：value lines, ￥…- amounts, R7.11.24 dates,
    殿, sender block at the top right, a balance line that is NOT the amount claimed."""
    ds = "jis"
    o = L.sender
    p = Page(size=10.5, font="sans")
    p.at(190, 22, f"発行日：{fmt_date(L.issued, ds)}", align="r")
    p.y = 30
    top = p.y
    addressee(p, L, "殿", size=12.5)
    p.y = top
    for s, size in [(o.name, 12.0), (o.dept, 10.0), (f"TEL {o.phone}（平日9:30～17:30）", 9.5),
                    (o.lender_reg, 9.0), ("日本貸金業協会会員 第000999号", 9.0)]:
        p.line(s, x=122, size=size)
    p.gap(10)
    red_stamp(p, 20, p.y, "重要", 13)
    p.gap(2)
    p.title("督　促　状", size=18)
    p.para(f"平素は格別のご愛顧を賜り厚く御礼申し上げます。さて、お客様のご返済につきまして、"
           f"ご返済期日（{fmt_date(L.ex['missed_due'], ds)}）を過ぎてもご入金が確認できておりません。"
           "つきましては、下記のご請求額を、お支払期日までにお支払いくださいますようお願い申し上げます。")
    p.gap(4)
    p.kv([
        ("会員番号", L.reference),
        ("ご利用商品", "カードローン（ミライエカード）"),
        ("最終ご入金日", fmt_date(L.last_payment, ds)),
        ("ご請求額", yen(L.total, "yen_dash") + "（約定返済額及び遅延損害金）"),
        ("お支払期日", fmt_date(L.payment_due, ds)),
    ], x=30, label_w=36, sep="：", size=11.5)
    p.gap(3)
    p.line(f"（ご参考）ご利用残高　{comma(L.ex['balance'])}円　※ご請求額ではありません", x=30, size=9.5,
           color=GRAY)
    p.gap(4)
    p.line("【お支払方法】", x=25, size=10.5, font="sans-bold")
    p.para("ご指定口座への再振替は行いません。下記口座へお振込みいただくか、提携ATMよりご返済ください。", x0=28)
    p.line(L.ex["account"], x=30)
    p.gap(4)
    p.para("お支払期日までにご入金がない場合、期限の利益を喪失し、残債務全額のご請求を申し上げることがございます。"
           "また、個人信用情報機関に延滞の事実が登録される場合がございます。", size=9.5)
    p.para(CROSSED, size=9, indent="")
    return [p.spec]


def col_auction_thousands(L: Letter) -> list[PageSpec]:
    """配当金充当のご報告及び残債務のご請求 after 競売: auction case number (not the
    reference), amount tables in 千円, sender at the top right with seal, serif body."""
    ds = "kanji"
    o = L.sender
    p = Page(size=10.5, font="serif")
    p.at(190, 20, fmt_date(L.issued, ds), align="r")
    p.y = 28
    addressee(p, L, "様", size=13)
    p.y = 28
    sender_block(p, sender_lines(o, address=True), x=118, seal=("square", o.seal), seal_size=19, seed=31)
    p.y = 70
    p.title("配当金充当のご報告及び残債務のご請求", size=15)
    p.line(f"お客様番号　{L.reference}", align="r", size=10)
    p.gap(2)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、{L.ex['auction_court']}{L.ex['auction_case']}担保不動産競売事件において、"
           f"{fmt_date(L.ex['dividend_date'], ds)}の配当期日に当社は下記の配当を受け、貴殿の債務に充当いたしましたので"
           "ご報告申し上げます。")
    p.para(f"充当後もなお下記のとおり残債務がございますので、{fmt_date(L.payment_due, ds)}までに一括してお支払いいただくか、"
           "ご返済方法について当社までご相談くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．ご契約の表示", size=10.5)
    p.kv([("原債権者", L.original_creditor), ("ご契約", f"住宅ローン（{fmt_date(L.ex['contract_date'], ds)}ご契約）"),
          ("最終弁済日", fmt_date(L.last_payment, ds)), ("期限の利益喪失日", fmt_date(L.acceleration, ds))],
         x=28, label_w=34, size=10)
    p.gap(2)
    p.line("２．配当金の充当", size=10.5)
    p.line("（単位：千円）", x=190, align="r", size=9)
    div = L.ex["dividend"]
    p.table([["配当金額", "充当先：費用", "遅延損害金", "利息", "元金"],
             [comma(div // 1000), comma(L.ex["dividend_costs"] // 1000), comma(L.ex["dividend_late"] // 1000),
              comma(L.ex["dividend_interest"] // 1000), comma(L.ex["dividend_principal"] // 1000)]],
            [34, 34, 34, 34, 34], x=20, size=10, header=True, aligns="rrrrr")
    p.gap(3)
    p.line(f"３．充当後の残債務（{fmt_date(L.as_of, ds)}現在）", size=10.5)
    p.line("（単位：千円）", x=190, align="r", size=9)
    p.table([["残元金", yen(L.principal, "sen")],
             [f"遅延損害金（{fmt_date(L.late_from, ds)}から{fmt_date(L.as_of, ds)}まで）", yen(L.late, "sen")],
             ["合計", yen(L.total, "sen")]],
            [120, 50], x=20, size=10.5, shade_col0=True)
    p.gap(2)
    p.para(f"※上記残元金に対し、{fmt_date(L.as_of, ds)}の翌日から完済に至るまで{rate(L.rate)}（年365日の日割計算）の"
           "割合による遅延損害金が発生いたします。", size=9.5, indent="")
    p.kv([("お振込先", L.ex["account"])], x=22, label_w=22, size=10)
    p.gap(2)
    p.line("以上", align="r")
    return [p.spec]


def _card(p: Page, x: float, y: float, w: float, label: str, value: str, vsize: float = 12.5) -> None:
    h = 15.5
    p.box(x, y, w, h, width=0.35)
    p.box(x, y, w, 5.2, width=0.0, color=None, fill=(0.9, 0.9, 0.9))
    p.at(x + 2, y + 4.0, label, size=8.5)
    p.at(x + w - 2.5, y + 12.8, value, size=vsize, align="r")


def col_voluntary_sale_cards(L: Letter) -> list[PageSpec]:
    """任意売却後の残債務についてのご案内: labels above values in boxes, full-width digits
    and dates, a second page with a reply form (sent as a two-page fax)."""
    o = L.sender
    ds = "fw"
    p = Page(size=10.5)
    p.at(190, 20, fmt_date(L.issued, ds), align="r")
    p.y = 26
    addressee(p, L, "様", fw=True)
    p.y = 26
    for s, size in sender_lines(o, license_style="法務大臣許可番号　第{n}号", hours="受付 平日9時～17時")[1:]:
        p.line(fullwidth(s), x=118, size=size)
    p.seal(183, 31, 18, "square", o.seal, angle=-6, seed=41)
    p.y = 66
    p.title("任意売却後の残債務についてのご案内", size=15)
    p.para(f"平素より格別のご高配を賜り、厚く御礼申し上げます。貴殿所有不動産の任意売却による売却代金は、"
           f"{fmt_date(L.ex['sale_date'], ds)}、貴殿の債務に充当されました。"
           "しかしながら、下記のとおり残債務がございますので、ご案内申し上げます。")
    p.para("つきましては、残債務全額を一括してお支払いいただくか、下記ご入金期限までに同封の「ご返済相談申込書」にて"
           "ご返済方法をお申し出ください。")
    p.gap(3)
    w = 55.0
    y = p.y
    cards = [
        ("管理番号", L.reference),
        ("原債権者", L.original_creditor),
        ("債権譲受日", fmt_date(L.assignment, ds)),
        ("最終返済日", fmt_date(L.last_payment, ds)),
        ("期限の利益喪失日", fmt_date(L.acceleration, ds)),
        ("計算基準日", fmt_date(L.as_of, ds)),
        ("残元金", yen(L.principal, "fw")),
        ("未払利息", yen(L.interest, "fw")),
        ("遅延損害金", yen(L.late, "fw")),
    ]
    for i, (lab, val) in enumerate(cards):
        r, c = divmod(i, 3)
        _card(p, 20 + c * (w + 2.5), y + r * 18, w, lab, val, vsize=11.5 if len(val) > 12 else 12.5)
    p.y = y + 3 * 18 + 2
    _card(p, 20, p.y, 112.5, "ご請求金額（合計）", yen(L.total, "kin_fw"), vsize=15)
    _card(p, 135, p.y, 55, "ご入金期限", fmt_date(L.payment_due, ds), vsize=12)
    p.y += 20
    p.para(f"※残元金に対し、計算基準日の翌日から完済まで{rate(L.rate, 'pct_fw')}の割合による遅延損害金が"
           "日々発生いたします。", size=9.5, indent="")
    p.kv([("お振込先", L.ex["account"])], label_w=24, size=10)
    p.para(CROSSED, size=9, indent="")
    # page 2: reply form (no amounts other than blanks)
    q = Page(size=11)
    q.y = 25
    q.title("ご返済相談申込書", size=16)
    q.line(f"{o.name}　御中", size=11.5)
    q.gap(4)
    q.para("私は、貴社からご案内のあった残債務について、下記のとおり返済の相談を申し込みます。")
    q.gap(4)
    q.table([["管理番号", L.reference], ["ご氏名", ""], ["ご住所", ""], ["日中のご連絡先", ""],
             ["月々のご返済希望額", "　　　　　　　円"], ["ご返済開始希望月", "令和　　年　　月から"]],
            [55, 115], size=11, row_h=14, aligns="ll", shade_col0=True)
    q.gap(8)
    q.line("記入日　令和　　年　　月　　日", x=110)
    q.gap(8)
    q.para("※本申込書のご返送は、債務の承認にあたる場合があります。ご不明な点は下記までお問い合わせください。",
           size=9.5, indent="")
    q.line(f"{o.name}　{o.dept}　TEL {o.phone}", x=25, size=10)
    return [p.spec, q.spec]


def col_law_office_prose(L: Letter) -> list[PageSpec]:
    """Law firm's 通知書（受任通知兼請求書）: amounts in 大字 inside prose, 通知人 / 被通知人,
    relative deadline (本書到達後10日以内), lawyer's round seal."""
    o = L.sender
    ds = "kanji"
    p = Page(size=11, font="serif", leading=1.75)
    p.at(190, 22, fmt_date(L.issued, ds), align="r")
    p.y = 30
    addressee(p, L, "殿", size=13)
    p.gap(2)
    sender_block(p, [(f"〒{o.zip} {o.address}", 9.0), (o.name, 11.5), (f"通知人代理人　{o.rep}", 11.0),
                     (f"電話 {o.phone}　FAX {o.fax}", 9.5)], x=110, seal=("maru", "岬"), seal_size=11, seal_dx=66,
                 seed=51)
    p.gap(4)
    p.title("通知書（受任通知兼請求書）", size=15, font="serif-bold")
    creditor = L.creditor
    p.para(f"当職は、{creditor}（以下「通知人」といいます。）から、貴殿に対する貸金債権の回収について委任を受けましたので、"
           "本書をもってご通知いたします。")
    p.para(f"通知人は貴殿に対し、{fmt_date(L.ex['contract_date'], ds)}付金銭消費貸借契約に基づき貸付けを行いましたが、"
           f"貴殿は約定の返済を怠り、{fmt_date(L.acceleration, ds)}の経過により期限の利益を喪失しました。")
    p.para(f"現在、貴殿が通知人に対して負う債務は、元金{yen(L.principal, 'daiji')}及び未払利息{yen(L.interest, 'daiji')}の"
           f"合計{yen(L.total, 'daiji')}並びに上記元金に対する{fmt_date(L.late_from, ds)}から支払済みまで"
           f"{rate(L.rate, 'percent_word')}の割合による遅延損害金です。")
    p.para("つきましては、本書到達後10日以内に、上記金員を下記口座に一括にてお支払いください。"
           "期限内にお支払い又はご連絡のない場合には、やむを得ず訴訟等の法的手続をとることになりますので、"
           "あらかじめご承知おきください。")
    p.para("なお、本件に関するご連絡は、今後通知人ではなく当職宛てにお願いいたします。")
    p.gap(3)
    p.line("記", align="c")
    p.kv([("会員番号", L.reference), ("振込先", L.ex["account"])], x=30, label_w=26, sep="：", size=10.5)
    p.line("以上", align="r")
    return [p.spec]


def col_final_two_column(L: Letter) -> list[PageSpec]:
    """最終催告書: two-column header, a horizontal amount table (labels across the top row),
    red 「法的手続移行予告」 stamp, slash dates, 令和元年 in the contract facts."""
    o = L.sender
    p = Page(size=10)
    p.y = 18
    p.line(f"発行日 {fmt_date(L.issued, 'slash')}", align="r", size=9.5)
    top = p.y + 4
    # left column: addressee; right column: sender with the (wrong) licence number
    p.y = top
    addressee(p, L, "様", size=12.5)
    p.y = top
    sender_block(p, sender_lines(o, license_number=L.sender_license_printed,
                                 license_style="許可番号：法務大臣 第{n}号", dept=True,
                                 hours="受付時間 月～金 9:00～18:00"), x=118, seal=("square", o.seal), seal_size=19,
                 seed=61)
    p.y = max(p.y, 70)
    red_stamp(p, 20, p.y, "法的手続移行予告", 13)
    p.gap(12)
    p.title("最 終 催 告 書", size=19)
    p.para(f"お客様のご契約につきましては、{L.original_creditor}より当社が債権を譲り受け、"
           "これまで再三にわたりご入金のお願いを申し上げてまいりましたが、現在に至るまでご入金もご連絡もいただけておりません。")
    p.para(f"つきましては、本書をもって最終のご請求を申し上げます。下記ご請求額全額を{fmt_date(L.payment_due, 'west')}までに"
           "一括してお支払いください。期日までにお支払いのない場合は、何らの通知なく法的手続に移行いたします。")
    p.gap(3)
    p.table([["お問合せ番号", "原契約日", "最終入金年月日", "期限の利益を喪失した日", "譲受日"],
             [L.reference, fmt_date(L.ex["contract_date"], "gannen"), fmt_date(L.last_payment, "gannen"),
              fmt_date(L.acceleration, "gannen"), fmt_date(L.assignment, "west")]],
            [34, 32, 32, 40, 32], size=9, header=True, aligns="ccccc")
    p.gap(4)
    p.line(f"{fmt_date(L.as_of, 'west')}現在のご請求額", size=10.5, font="sans-bold")
    p.gap(1)
    p.table([["元金", "利息", "遅延損害金", "ご請求額合計"],
             [yen(L.principal, "en"), yen(L.interest, "en"), yen(L.late, "en"), yen(L.total, "en")]],
            [40, 40, 42, 48], size=11, header=True, aligns="rrrr", row_h=10)
    p.gap(1)
    p.line(f"遅延損害金　{rate(L.rate)}（年365日の日割計算）", size=9.5)
    p.gap(3)
    p.box(20, p.y, 170, 12, width=0.7)
    p.at(25, p.y + 8, "お支払期限", size=12, font="sans-bold")
    p.at(185, p.y + 8, fmt_date(L.payment_due, "west", weekday=True), size=13, font="sans-bold", align="r")
    p.gap(16)
    p.kv([("お振込先", L.ex["account"])], label_w=22)
    p.gap(3)
    p.para(CROSSED, size=9, indent="")
    return [p.spec]


def col_vertical_naiyou(L: Letter) -> list[PageSpec]:
    """縦書き 通知書（催告書） in the 内容証明 style: kanji numerals throughout, licence number
    digit by digit, relative deadline, the post office's certification stamp."""
    o = L.sender
    k = "kansuji"
    cols = [
        ("title", "通知書（催告書）"),
        ("body", f"当社は、{fmt_date(L.assignment, k)}、{L.original_creditor}（以下「原債権者」という。）から、"
                 "貴殿に対する貸金債権を譲り受けました。"),
        ("body", f"貴殿は、原債権者との間の{fmt_date(L.ex['contract_date'], k)}付金銭消費貸借契約に基づく返済を"
                 f"{fmt_date(L.last_payment, k)}を最後に怠り、{fmt_date(L.acceleration, k)}の経過をもって期限の利益を喪失しております。"),
        ("body", f"{fmt_date(L.as_of, k)}現在の貴殿の債務は、元金{yen(L.principal, 'kanji_bare')}及び確定遅延損害金"
                 f"{yen(L.late, 'kanji_bare')}の合計金{yen(L.total, 'kanji_bare')}です。"),
        ("body", "つきましては、本書到達後七日以内に、上記金員及び上記元金に対する"
                 f"{fmt_date(L.ex['next_day'], k)}から支払済みまで{rate(L.rate, 'kansuji')}の割合による遅延損害金を"
                 "一括してお支払いください。"),
        ("body", "期限内にお支払いのない場合は、法的手続に移行いたしますので、念のため申し添えます。"),
        ("blank", ""),
        ("indent", fmt_date(L.issued, k)),
        ("low", L.ex["sender_addr_kanji"]),
        ("low", o.name),
        ("low", f"法務大臣許可番号第{kanji_digits(str(o.license))}号"),
        ("low", o.rep.replace("代表取締役 ", "代表取締役　")),
        ("blank", ""),
        ("low", L.ex["debtor_addr_kanji"]),
        ("low", f"{L.debtor}　殿"),
    ]
    pages = vertical_page(cols, size=12.5)
    page = pages[-1]
    # the post office certification and a round company seal next to the representative
    last_cols = [it for it in page.items if getattr(it, "s", "").startswith("代表取締役")]
    if last_cols:
        it = last_cols[0]
        page.items.append(Seal(it.x, it.y + len(it.s) * 12.5 * PT_MM * 1.05 + 4, 16, "round",
                               f"{o.name}|代表/取締役/之印", angle=8, seed=71))
    page.items.append(post_office_stamp(page, 72))
    return pages


TEMPLATES = {
    "col_ruled_table": col_ruled_table,
    "col_tokusoku_labelvalue": col_tokusoku_labelvalue,
    "col_auction_thousands": col_auction_thousands,
    "col_voluntary_sale_cards": col_voluntary_sale_cards,
    "col_law_office_prose": col_law_office_prose,
    "col_final_two_column": col_final_two_column,
    "col_vertical_naiyou": col_vertical_naiyou,
}
