"""Proxy set 104, letters di09–di16: "digital letters in strangers' layouts, round 2". A law office's 縦書き 通知書
(di09), a 仮執行宣言付支払督促 with label-above-value party cells (di10), a servicer's 配当後 一括請求 whose label column
is on the RIGHT (di11, scanned), a 受託 notice by fax with a shaded grid (di12), a card company's arrears letter with
a payment slip (di13, photo), a scam dressed as a servicer's system letter (di14, HEIC), a real servicer's 最終催告書
with a header-row amount table and only a relative deadline (di15, sideways photo), and a guarantee company's 求償金
demand laid out as a ledger with a 備考 column (di16, scan)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    grid,
    kdate,
    late,
    seal_after,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
NAVY2 = (0.10, 0.18, 0.40)
BROWN = (0.40, 0.22, 0.08)
MOSS = (0.24, 0.38, 0.12)
ABI = (0.10, 0.35, 0.20)


def en(n: int) -> str:
    return f"{n:,}円"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# di09 根來・冨里法律事務所 縦書き 通知書 for a consumer lender: positional kanji amounts, an absolute deadline.


def di09():
    R = 18.0
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    acc, lastp = D(2025, 10, 2), D(2025, 7, 31)
    P, I = 683_200, 15_480
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    ky = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("plain", "当事務所整理番号　ＮＦ－２６０２１"),
        ("blank", ""),
        ("body", "冠省　当職らは、株式会社五十鈴ファイナンス（以下「通知人」といいます。）から委任を受けた代理人として、"
                 "貴殿に対し、次のとおり通知いたします。"),
        ("body", "貴殿は、通知人との間の令和四年三月九日付金銭消費貸借契約（極度額金八十万円）に基づく借入金につき、"
                 f"{kdate(lastp)}の弁済を最後に約定の返済を怠り、{kdate(acc)}の経過により期限の利益を喪失しております。"),
        ("body", f"つきましては、{kdate(due)}限り、左記金員を一括して当事務所の預り金口座にお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{ky(P)}"),
        ("indent", f"一　未払利息　　　{ky(I)}"),
        ("indent", f"一　遅延損害金　　{ky(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十八パーセント）"),
        ("indent", f"　合計　　　　　　{ky(T)}"),
        ("body", "振込先　ひろせ川銀行　一番町支店　普通預金　口座番号三二〇七七一五　弁護士根來博之預り金口"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、通知人の指示により、訴訟提起等の法的手続をとりますので、"
                 "念のため申し添えます。本件のご連絡は当職ら宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "仙台市青葉区紅梅坂二丁目三番十五号"),
        ("low", "根來・冨里法律事務所"),
        ("low", "通知人代理人　弁護士　根來　博之"),
        ("low", "同　　　　　　弁護士　冨里　沙織"),
        ("low", "電話　〇二二（〇〇〇）五八一四"),
        ("blank", ""),
        ("low", "宮城県名取市栃ノ木三丁目九番二号"),
        ("low", "吉住　敏郎　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    for nm, sd in (("根來　博之", 104091), ("冨里　沙織", 104092)):
        it = [v for v in pages[0].items if isinstance(v, VText) and v.s.endswith(nm)][0]
        pages[0].items.append(Seal(it.x, seal_after(it, size, 4.5), 7, "maru", nm[:2], angle=0, seed=sd))
    tr = truth(document_type="collection_notice", sender="根來・冨里法律事務所", phone="022-000-5814",
               creditor="株式会社五十鈴ファイナンス", status="not_applicable", debtor="吉住敏郎", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NF-26021", input_kind="vertical_pdf",
               template="proxy104_vertical_law_office_absolute_deadline", received=D(2026, 2, 23))
    return dict(stem="di09", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers for a consumer lender, 縦書き, digital)",
                unusual="縦書き 通知書 (冠省 … 草々) of a law office of two lawyers as a digital PDF, no stamp: the full-width "
                        "当事務所整理番号 ＮＦ－２６０２１ in its own column right after the title; positional kanji amounts "
                        "(金六十八万三千二百円 …) with 一 items and an unnumbered 合計; an ABSOLUTE deadline 「令和八年三月六日"
                        "限り」; the 令和四年 contract with 極度額金八十万円 and a 預り金口 account in kanji digits as "
                        "distractors; 最終弁済 and 喪失 in one sentence; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# di10 前橋簡易裁判所 仮執行宣言付支払督促, one page: party cells with the label above the value, claim table.


def di10():
    R = 14.6
    order, _served, issued, filed = D(2026, 3, 9), D(2026, 3, 12), D(2026, 4, 14), D(2026, 2, 24)
    acc, lastp, asg = D(2025, 6, 3), D(2025, 3, 27), D(2025, 10, 31)
    P, I = 453_720, 8_915
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_120, 1_140
    T = P + I + L + C1 + C2
    p = Page(font="sans", size=10, top=14)
    p.add(Box(130, 12, 66, 10, 0.3))
    p.at(163, 18.6, "令和８年（ロ）第３１５号", size=10.5, align="c")
    p.at(15, 18.6, "譲受債権請求督促事件", size=10)
    p.y = 26
    p.title("仮執行宣言付支払督促", size=16)
    p.para("債務者は、債権者に対し、別記「請求の趣旨」記載の金額を支払え。", size=10.5)
    p.para(f"上記は、{era(order)}付で発付し、同月12日に債務者に送達された支払督促である。債務者は所定の期間内に督促異議の"
           "申立てをしなかったので、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10)
    p.para("この支払督促は、仮に執行することができる。", size=10.5)
    p.gap(2)
    y = p.y
    cell(p, 15, y, 90, 16, "債権者（本店所在地）", "群馬県前橋市やまもも台1丁目3番8号", vsize=9.4)
    cell(p, 105, y, 91, 16, "債権者（名称・代表者）", "エー・シー・エス債権管理回収株式会社", vsize=9.4)
    cell(p, 15, y + 16, 90, 16, "送達場所・連絡先", "同上　電話 027-000-5508", vsize=9.4)
    cell(p, 105, y + 16, 91, 16, "代表者", "代表取締役　久徳　徹", vsize=9.4)
    cell(p, 15, y + 32, 90, 16, "債務者（住所）", "群馬県高崎市藤見町4丁目11番2号", vsize=9.4)
    cell(p, 105, y + 32, 91, 16, "債務者（氏名）", "鶴丸　和也", vsize=10.5)
    p.y = y + 52
    p.line("請求の趣旨", size=11, font="sans-bold")
    p.table([["項目", "金額（円）"],
             ["1　元金（譲受債権残元金）", f"{P:,}"],
             ["2　利息（令和7年6月3日まで）", f"{I:,}"],
             ["3　遅延損害金（令和7年6月4日から令和8年2月24日まで年14.6％）", f"{L:,}"],
             ["4　督促手続費用", f"{C1:,}"],
             ["5　仮執行宣言の手続費用", f"{C2:,}"],
             ["合計", f"{T:,}"]],
            [140, 41], x=15, header=True, aligns="lr", size=9.4, row_h=7.2)
    p.line("なお、上記1の金額に対する令和8年2月25日から完済まで年14.6％の割合による遅延損害金を付加して支払え。", size=8.8)
    p.gap(2)
    p.line("請求の原因", size=11, font="sans-bold")
    for s in ("1　株式会社ヴェガカード（原債権者）は、債務者との間で令和元年11月1日にカード利用契約（利用限度額50万円）を締結し、"
              "債務者はこれに基づき金員を借り受けた。",
              f"2　債務者は令和7年3月27日の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"3　原債権者は{era(asg)}、上記債権を債権者に譲渡し、債務者に対しその旨を通知した。"):
        p.para(s, size=9, indent="")
    p.gap(3)
    p.line(f"{era(issued)}", size=10.5, x=112)
    p.line("前橋簡易裁判所", size=10.5, x=112)
    p.line("裁判所書記官　森腰　香織", size=10.5, x=112)
    p.seal(186, p.y - 7, 13, "square", "前橋簡易裁判所書記官印", angle=0, seed=104101)
    p.gap(2)
    p.line("これは正本である。", size=9.5, x=15)
    p.line(f"前橋簡易裁判所　民事係　電話 027-000-7741　（仮執行宣言申立日 {era(D(2026, 3, 30))}）", size=8.8, x=15)
    tr = truth(document_type="payment_order_enforceable", sender="前橋簡易裁判所", phone="027-000-7741",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社ヴェガカード",
               debtor="鶴丸和也", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference="令和8年(ロ)第315号",
               input_kind="pdf_text", template="proxy104_enforceable_label_above_value_cells", received=D(2026, 4, 17))
    return dict(stem="di10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of 前橋簡裁 on ONE digital page: the full-width case number in a box top "
                        "RIGHT, the 事件名 top left; the order date, its 送達 (同月12日) and the 仮執行宣言 in the prose; the "
                        "parties as six label-ABOVE-value cells (creditor ★ エー・シー・エス債権管理回収 with its 送達場所 "
                        "phone as a distractor; court paper, no licence → licensed, licence null); a 項目 / 金額（円） table "
                        "with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) and a 合計; the running "
                        "damages as a なお sentence; 利用限度額50万円 and the 申立日 in brackets at the foot as distractors")


# ---------------------------------------------------------------------------------------------
# di11 住宅債権管理回収機構 (real) 配当後の残債務一括ご請求, 2 pages scanned: summary strip on top, label column RIGHT.


def di11():
    R = 14.0
    issued, due = D(2026, 5, 18), D(2026, 6, 5)
    acc, lastp, asg, div = D(2024, 9, 10), D(2024, 5, 27), D(2025, 2, 28), D(2026, 3, 25)
    P0, E0 = 27_852_480, 1_236_000
    LD0 = late(P0, R, acc + timedelta(1), div)
    DIV = 18_240_000
    to_p = DIV - E0 - LD0
    assert to_p > 0
    P = P0 - to_p
    L = late(P, R, div + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "株式会社住宅債権管理回収機構", size=12.5, font="sans-bold", color=NAVY2)
    p.at(15, 23, "法務大臣許可　第91号", size=8.5)
    p.at(196, 18, era(issued, True), size=10, align="r")
    p.y = 30
    p.line("〒016-0000　秋田県能代市蓮池西5丁目2番1号", size=10)
    p.line("二唐　浩二　様", size=13.5, x=20)
    p.gap(4)
    p.table([["お客様番号", "ご請求額（一括）", "お支払期限"],
             ["JS-0991-4420", en(T), f"{era(due)}（{wd(due)}）"]],
            [50, 66, 65], x=15, header=True, aligns="ccc", size=10.5, row_h=9)
    p.gap(4)
    p.title("配当後の残債務についてのご請求", size=14.5)
    p.para("貴殿が株式会社米代銀行からお借入れになった住宅ローン債権は、当社が同行から譲り受け、管理・回収をしております。"
           "担保不動産の競売手続において、令和8年3月25日の配当期日に当社は配当金を受領し、約定により費用、遅延損害金、元金の"
           "順に充当いたしました（充当の明細は2枚目をご覧ください）。", size=9.6)
    p.para("しかしながら、なお下記の債務が残っております。上記お支払期限までに一括してお支払いいただくか、お支払方法について"
           "担当者までご相談ください。", size=9.6)
    p.gap(2)
    p.line(f"残債務の内訳（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["金額", "項目"], [en(P), "残元金（配当充当後）"],
             [en(L), "遅延損害金（令和8年3月26日から年14％）"], [en(T), "ご請求額合計"]],
            [50, 100], x=30, header=True, aligns="rl", size=10, row_h=8)
    p.gap(3)
    p.para("※残元金に対しては、完済の日まで年14％（年365日の日割計算）の遅延損害金が引き続き発生します。", size=8.8, indent="")
    p.para("※お振込先　ひろせ川銀行 本店営業部 普通 5501928 カ）ジュウタクサイケンカンリカイシュウキコウ", size=8.8, indent="")
    p.gap(10)
    for i, s in enumerate(("株式会社住宅債権管理回収機構　東北事業部", "〒980-0000 仙台市青葉区こなら坂1丁目1番3号",
                           "TEL 022-000-9146　担当 小俣（受付 平日9:00～17:00）")):
        p.line(s, x=100, size=9 if i else 10, font="sans-bold" if i == 0 else None)
    p.seal(188, p.y - 12, 12, "square", "住宅債権管理回収機構印", angle=-2, seed=104111)
    q = Page(font="sans", size=9.5, top=16)
    q.line("（2枚目）", size=9, align="r")
    q.title("配当金の充当明細", size=13)
    q.kv([("事件", "秋田地方裁判所能代支部　令和7年(ケ)第58号　担保不動産競売事件"),
          ("配当期日", era(div)), ("配当金額", en(DIV)), ("原債権者（譲渡人）", "株式会社米代銀行"),
          ("債権譲受日", era(asg)), ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc))],
         x=18, label_w=40, size=9.5)
    q.gap(3)
    q.table([["項目", "充当前", "配当充当額", "充当後"],
             ["執行費用", f"{E0:,}", f"△{E0:,}", "0"],
             ["遅延損害金（喪失日翌日～配当期日）", f"{LD0:,}", f"△{LD0:,}", "0"],
             ["元金", f"{P0:,}", f"△{to_p:,}", f"{P:,}"],
             ["計", f"{P0 + LD0 + E0:,}", f"△{DIV:,}", f"{P:,}"]],
            [70, 36, 38, 36], x=15, header=True, aligns="lrrr", size=9, row_h=7.4)
    q.line("（単位：円）", size=8.5, align="r")
    q.gap(3)
    q.line("物件の表示", size=10, font="sans-bold")
    for s in ("所在　秋田県能代市蓮池西五丁目　地番　214番3　地目　宅地　地積　198.42平方メートル",
              "家屋番号　214番3　種類　居宅　構造　木造スレートぶき2階建　床面積　1階 72.87㎡　2階 58.32㎡",
              "売却許可決定　令和8年1月16日　　代金納付　令和8年2月20日"):
        q.para(s, x0=18, size=9, indent="")
    assert P0 + LD0 + E0 - DIV == P
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="022-000-9146", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社米代銀行", debtor="二唐浩二", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="JS-0991-4420", input_kind="pdf_scan",
               template="proxy104_servicer_after_dividend_label_column_right", received=D(2026, 5, 21))
    return dict(stem="di11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 after the 競売 配当, 2 pages scanned)",
                unusual="2-page image PDF of a real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可　第91号」 "
                        "under the name top LEFT and a full-width era date top right; a 3-cell SUMMARY STRIP right under "
                        "the address (お客様番号 / ご請求額（一括） / お支払期限, header row above values); the 内訳 table "
                        "with the AMOUNT column FIRST and the label column on the RIGHT (残元金（配当充当後） / "
                        "遅延損害金（令和8年3月26日から年14％） / ご請求額合計; no interest); p.2 配当金の充当明細 with the "
                        "(ケ) case, 配当期日, 配当金額, 原債権者, 譲受日, 最終ご返済日, 喪失日 as kv lines and a 充当前 / "
                        "配当充当額 (△) / 充当後 table (distractors), 物件の表示 with ㎡ figures and two court dates")


# ---------------------------------------------------------------------------------------------
# di12 白露債権回収 (invented) 受託のお知らせ by fax for a 信用金庫: shaded-label grid, right-aligned amount lines.


def di12():
    R = 14.0
    issued, due, entrust = D(2026, 6, 24), D(2026, 7, 10), D(2026, 6, 15)
    acc, lastp = D(2026, 3, 18), D(2025, 12, 25)
    P, I = 1_284_000, 9_876
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, f"送信日　{jis(issued)}", size=9.5)
    p.at(15, 23, "送信枚数　1枚", size=9.5)
    for i, (s, sz, f) in enumerate((("白露債権回収株式会社", 12, "sans-bold"), ("法務大臣許可番号　第２６２号", 8.8, "sans"),
                                    ("〒910-0000 福井市栃ノ木2丁目6番6号", 8.5, "sans"),
                                    ("TEL 0776-00-2629　FAX 0776-00-2630", 8.8, "sans"), ("管理部　担当　川喜多", 8.8, "sans"))):
        p.at(196, 17 + i * 4.9, s, size=sz, font=f, align="r")
    p.y = 44
    p.line("湯汲　千尋　様", size=13.5, x=18)
    p.line("（ご自宅FAX 0776-00-8127 宛）", size=8.5, x=18, color=GRAY)
    p.gap(4)
    p.title("債権管理回収業務受託のお知らせ", size=14.5)
    p.para(f"当社は、{jis(entrust)}付で、九頭竜信用金庫（以下「委託者」）から、貴殿と委託者との間のご契約に基づく債権について"
           "管理及び回収業務の委託を受けました。債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領いたします。",
           size=9.6)
    p.para(f"貴殿は{jis(acc)}の経過をもって期限の利益を喪失されておりますので、下記ご請求額合計を一括してお支払いください。",
           size=9.6)
    p.gap(2)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["委託者（債権者）", "九頭竜信用金庫", "受託日", jis(entrust)],
              ["ご契約", "カードローン（極度額 150万円）", "お客様番号", "HK-26-00813"],
              ["最終ご入金日", jis(lastp), "期限の利益喪失日", jis(acc)]], h=8, size=9.4)
    p.y = y + 5
    p.line(f"ご請求の内容（{jis(issued)}現在）", size=10, font="sans-bold")
    for lab, v in (("貸付残元金", en(P)), ("未収利息", en(I)), ("遅延損害金（年14.0％・日割）", en(L))):
        b = p.line(lab, x=30, size=10)
        p.at(150, b, v, size=10.5, align="r")
    p.add(Line(30, p.y, 150, p.y, 0.5))
    p.gap(1.5)
    b = p.line("ご請求額合計", x=30, size=11, font="sans-bold")
    p.at(150, b, en(T), size=12, align="r", font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 120, 10, 0.9))
    p.at(34, y + 6.8, "お支払期限", size=10.5, font="sans-bold")
    p.at(64, y + 7, f"{jis(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 14
    p.para("お振込先　九頭竜信用金庫 本店営業部 普通 0418862 シラツユサイケンカイシュウ（カ）", size=9.2, indent="")
    p.para("※委託者からの「債権管理回収業務委託のご通知」を同封しております（郵送分）。分割でのお支払いをご希望の方は、"
           "お支払期限までに担当者までご連絡ください。", size=8.8, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合はご容赦ください。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="白露債権回収株式会社", license_number=262,
               phone="0776-00-2629", creditor="九頭竜信用金庫", status="unverified", original="九頭竜信用金庫",
               debtor="湯汲千尋", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="HK-26-00813", input_kind="fax_tiff",
               template="proxy104_invented_servicer_entrusted_fax_grid", received=issued)
    return dict(stem="di12", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 SHIRATSUYU SERVICER 0776-00-2630",
                about="assignment_notice (invented servicer 受託 for a 信用金庫, one-page fax)",
                unusual="one-page G4 fax: 送信日 in JIS era form R8.6.24 top LEFT, the INVENTED servicer 白露債権回収 with "
                        "「法務大臣許可番号　第２６２号」 in full-width flush RIGHT (→ unverified); the addressee's own home FAX "
                        "number; EVERY date in R8.x.y form; the 信用金庫 stays creditor (= original), the 受託日 is not an "
                        "assignment; a 3×4 shaded-label grid (委託者（債権者）, 受託日, ご契約 with 極度額 150万円, お客様番号, "
                        "最終ご入金日, 喪失日); amount lines with right-aligned figures 貸付残元金 / 未収利息 / "
                        "遅延損害金（年14.0％・日割） / ご請求額合計; a framed お支払期限")


# ---------------------------------------------------------------------------------------------
# di13 株式会社円山クレジット お支払いのお願い (arrears), phone photo: label-above-value cells, 払込取扱票 at the foot.


def di13():
    R = 14.6
    issued, due = D(2026, 7, 24), D(2026, 8, 7)
    missed, lastp = D(2026, 6, 29), D(2026, 5, 27)
    pr, fee = 26_880, 4_170
    L = late(pr + fee, R, missed + timedelta(1), issued)
    T = pr + fee + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 181, 12, color=None, fill=BROWN))
    p.at(19, 19.3, "円山クレジット", size=13, font="sans-bold", color=WHITE)
    p.at(192, 19, "お支払いのお願い", size=12, font="sans-bold", color=WHITE, align="r")
    p.y = 28
    p.line(f"発行日 {era(issued)}", size=9.2, align="r")
    p.line("お問合せ番号 0726-3318-52", size=9.2, align="r")
    p.y = 30
    p.line("〒920-0000 石川県金沢市鶴ヶ岡3丁目8番14号", size=9.5, x=15)
    p.line("加世田　翔　様", size=13, x=19)
    p.gap(4)
    p.para(f"いつも円山クレジットカードをご利用いただきありがとうございます。{missed.month}月{missed.day}日（{wd(missed)}）の"
           "口座振替によるお支払いが確認できませんでした。下記金額を、お支払期限までに同封の払込取扱票またはお振込みにて"
           "お支払いください。", size=9.6)
    p.gap(2)
    y = p.y
    cell(p, 15, y, 45, 17, "ご利用代金（元金）", en(pr), vsize=12, align="r")
    cell(p, 60, y, 45, 17, "分割・リボ手数料", en(fee), vsize=12, align="r")
    cell(p, 105, y, 45, 17, "遅延損害金 ※", en(L), vsize=12, align="r")
    cell(p, 150, y, 46, 17, "ご請求金額", en(T), vsize=13, vfont="sans-bold", align="r", width=0.8)
    p.y = y + 20
    p.para(f"※お支払予定日の翌日（{missed.month}月{missed.day + 1}日）から本書発行日まで、お支払予定額に対し年14.6％で計算しています。",
           size=8.4, indent="")
    y = p.y + 1
    p.add(Box(15, y, 181, 11, 0.8, RED))
    p.at(19, y + 7.3, "お支払期限", size=10.5, font="sans-bold", color=RED)
    p.at(52, y + 7.5, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(192, y + 7.3, "最終ご入金日 " + era(lastp), size=8.5, align="r")
    p.y = y + 15
    p.para("ご利用中のカードは、お支払いが確認できるまでご利用を停止しております。お支払いのないまま次回のお支払日（8月27日）"
           "を過ぎますと、ご契約により期限の利益を喪失し、ご利用残高全額を一括してご請求することがあります。", size=9)
    p.para("会員番号 5312-****-****-0947　ご利用可能枠 ショッピング 400,000円 / キャッシング 100,000円", size=8.6, indent="")
    p.para("株式会社円山クレジット　債権管理センター　フリーダイヤル 0120-000-862（9:00～18:00）　担当 木檜", size=8.8, indent="")
    p.para("〒060-0000 札幌市中央区椋ノ木通五丁目2番　割賦販売法登録番号 北海道経済産業局 第0271号", size=8, indent="")
    slip(p, 206, account="02740-6-118203", payee="株式会社円山クレジット", amount=T, payer="加世田　翔",
         note=["お問合せ番号 0726-3318-52", f"お支払期限 {era(due)}"], key="di13")
    tr = truth(document_type="collection_notice", sender="株式会社円山クレジット", phone="0120-000-862",
               creditor="株式会社円山クレジット", status="not_applicable", debtor="加世田翔", total=T, principal=pr,
               interest=fee, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="0726-3318-52", input_kind="photo_jpeg",
               template="proxy104_card_arrears_cells_payment_slip_photo", received=D(2026, 7, 27))
    return dict(stem="di13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.86, shadow=0.22, shadow_side="bottom",
                          warm=0.1),
                about="collection_notice (card company arrears, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom: a card "
                        "company's お支払いのお願い with a brown top band; 発行日 and お問合せ番号 right-aligned under the band; "
                        "four label-ABOVE-value cells in one row (ご利用代金（元金） / 分割・リボ手数料 → interest / 遅延損害金 ※ "
                        "/ ご請求金額 in a heavy frame); arrears only (lump false); the 最終ご入金日 inside the red deadline "
                        "frame at the right; the next お支払日 8月27日, a masked 会員番号, ご利用可能枠 400,000 / 100,000 "
                        "and a 割賦販売法 登録番号 as distractors; a 払込取扱票 with the amount in digit boxes at the foot")


# ---------------------------------------------------------------------------------------------
# di14 scam dressed as a servicer's system letter, HEIC photo.


def di14():
    issued, due = D(2026, 8, 17), D(2026, 8, 19)
    T = 78_400
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 13, color=None, fill=NAVY2))
    p.at(19, 20.5, "株式会社民事債権整理機構", size=13, font="sans-bold", color=WHITE)
    p.at(192, 20.5, "法務大臣許可番号　第329号", size=9.5, color=WHITE, align="r")
    p.y = 30
    p.line(f"通知日　{era(issued)}", size=9.5, align="r")
    p.line("管理番号　ち２２０７", size=9.5, align="r")
    p.y = 32
    p.line("汐月　正志　様", size=13, x=18)
    p.gap(5)
    stamp(p, 150, 48, "本人限定", size=11)
    stamp(p, 174, 48, "至急", size=11, fill=RED)
    p.y = 60
    p.title("債権回収に関する最終通告書", size=15, color=RED)
    p.para("当機構は、法務省の認可を受けた債権回収機関です。貴方様が過去にご利用された大手通信事業者の有料サービスについて、"
           "未納料金の債権譲渡を受けましたので、ご通知いたします。", size=9.8)
    p.para("再三のご通知にもかかわらずご連絡がないため、このままでは民事訴訟の提起、給与・預貯金の差押えの手続に移行いたします。"
           "ご本人様より、下記期限までに必ずご連絡ください。", size=9.8)
    p.gap(2)
    p.table([["未納料金総額（延滞金・手数料を含む）", f"¥{T:,}-"],
             ["お支払期限", f"8月19日（{wd(due)}）正午まで"],
             ["お支払方法", "担当者よりご案内（電子マネー・指定口座）"]],
            [80, 80], x=25, aligns="ll", size=10.5, row_h=10, shade_col0=True)
    p.gap(3)
    p.para("※期限を過ぎた場合、裁判所への申立て費用（約32万円）が加算されます。", size=9.2, indent="")
    p.para("※弁護士・消費生活センター等へのご相談は、手続が複雑になりますのでお控えください。", size=9.2, indent="")
    p.para("※ご家族・勤務先への連絡を希望されない方は、本日中にお電話ください。", size=9.2, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(25, y, 160, 24, 0.6, NAVY2))
    p.at(30, y + 7, "お問い合わせ（担当直通）", size=10, font="sans-bold")
    p.at(30, y + 14, "090-0000-6271　担当：枡本", size=13, font="sans-bold")
    p.at(30, y + 20.5, "受付時間　毎日 8:00～21:00（土日祝も受付）", size=9)
    p.y = y + 30
    p.para("株式会社民事債権整理機構　東京都千代田区霞が関1丁目（合同庁舎別館内）", size=8.8, indent="")
    tr = truth(document_type="other", sender="株式会社民事債権整理機構", license_number=329, phone="090-0000-6271",
               creditor=None, status="not_licensed", debtor="汐月正志", total=T, lump=False, issued=issued,
               payment_due=due, reference="ち2207", is_scam=True, input_kind="photo_heic",
               template="proxy104_scam_fake_servicer_system_letter_heic", received=None)
    return dict(stem="di14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.4, creases=2, fill=0.85, glare=18, warm=0.25, bow=6),
                about="other (架空請求 dressed as a servicer's system letter)",
                unusual="HEIC photo on a dark cloth with a bulge, creases and a lamp glare: a scam with a navy header band "
                        "holding the fake 「株式会社民事債権整理機構」 and a FAKE 「法務大臣許可番号　第329号」 (not_licensed); "
                        "「法務省の認可を受けた債権回収機関」; 通知日 and a hiragana 管理番号 ち２２０７ top right; 本人限定 / "
                        "filled 至急 stamps; a shaded-label table 未納料金総額 ¥78,400- / お支払期限 「8月19日（水）正午まで」 "
                        "(two days) / 電子マネー; 申立て費用（約32万円） as a distractor; 「弁護士…へのご相談は…お控えください」; a "
                        "090 担当直通 open every day; an address 「霞が関1丁目（合同庁舎別館内）」 without a number; no creditor")


# ---------------------------------------------------------------------------------------------
# di15 アビリオ債権回収 (real) 最終催告書: header-row amount table, ONLY a relative deadline; sideways photo (EXIF 6).


def di15():
    R = 14.6
    issued = D(2026, 9, 14)
    acc, lastp, asg = D(2026, 2, 4), D(2025, 12, 10), D(2026, 6, 30)
    P, I = 1_126_300, 19_742
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(118, 12, 78, 30, 0.3, ABI))
    p.add(Box(118, 12, 78, 8, color=None, fill=ABI))
    p.at(121, 17.8, "ABILIO", size=11, font="sans-bold", color=WHITE)
    p.at(141, 17.8, "アビリオ債権回収株式会社", size=9.5, color=WHITE)
    for i, s in enumerate(("法務大臣許可番号　第5号", "〒530-0000 大阪市北区松風台3丁目1番9号",
                           "回収第一部　担当 我喜屋", "フリーダイヤル 0120-000-551")):
        p.at(121, 25 + i * 4.4, s, size=8.3)
    p.at(15, 17, fw(era(issued)), size=10)
    p.at(15, 22, "お客様番号　ＡＢ－６６０９－１１７３", size=9.5)
    p.y = 30
    p.line("奈良県奈良市せんぶり町6丁目3番20号", size=10, x=15)
    p.line("宇座　由香　様", size=13.5, x=19)
    p.gap(8)
    p.title("最 終 催 告 書", size=17, color=RED)
    p.para(f"貴殿が株式会社紀の川銀行との間で締結されたカードローン契約に基づく債権は、{fw(era(asg))}付で当社が同行より"
           "譲り受けております。当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、現在に至るまでご入金がありません。",
           size=9.8)
    p.para("つきましては、本書到達後10日以内に、下記ご請求金額を一括してお支払いください。期限内にお支払い又はご連絡のない場合は、"
           "やむを得ず支払督促の申立て等の法的手続に移行いたしますので、ご承知おきください。", size=9.8)
    p.gap(3)
    p.line(f"ご請求金額（{fw(era(issued))}現在）", size=10, font="sans-bold")
    p.gap(1)
    p.table([["元金", "利息", "遅延損害金（年14.6％）", "合計"], [en(P), en(I), en(L), en(T)]],
            [42, 36, 56, 47], x=15, header=True, aligns="rrrr", size=10.5, row_h=10)
    p.gap(3)
    p.kv([("原債権者", "株式会社紀の川銀行"), ("ご契約", "カードローン（ご契約日 平成30年2月14日・極度額 100万円）"),
          ("最終ご入金日", fw(era(lastp))), ("期限の利益喪失日", fw(era(acc))), ("債権譲受日", fw(era(asg)))],
         x=20, label_w=38, size=9.6)
    p.gap(3)
    p.para("お振込先　なにわ協和銀行 梅田支店 普通 6613207 アビリオサイケンカイシュウ（カ　※お客様番号をお振込人名の前に"
           "ご入力ください。", size=9, indent="")
    p.para("※遅延損害金は、元金に対し期限の利益喪失日の翌日から完済まで年14.6％（年365日の日割計算）の割合で発生します。",
           size=8.6, indent="")
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。", size=8.6, indent="")
    p.seal(186, 40, 12, "square", "アビリオ債権回収印", angle=3, seed=104151)
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-551", creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社紀の川銀行",
               debtor="宇座由香", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg, reference="AB-6609-1173",
               input_kind="photo_exif_rotated", template="proxy104_servicer_final_demand_header_row_relative",
               received=D(2026, 9, 16))
    return dict(stem="di15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.85, shadow=0.2, shadow_side="right",
                          warm=0.2),
                about="collection_notice (real servicer 最終催告書, relative deadline, sideways photo)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6: a real servicer ★ アビリオ債権回収 "
                        "with 「ABILIO」 and 「法務大臣許可番号　第5号」 in a framed sender box top RIGHT; full-width era date and "
                        "full-width お客様番号 ＡＢ－６６０９－１１７３ top LEFT; red 最 終 催 告 書; the deadline ONLY 「本書到達後"
                        "10日以内」 (payment_due null); a one-row amount table with the labels in a shaded HEADER row (元金 / "
                        "利息 / 遅延損害金（年14.6％） / 合計); kv lines under it (原債権者, ご契約日 平成30年 with 極度額 100万円, "
                        "最終ご入金日, 喪失日, 債権譲受日) in full-width era")


# ---------------------------------------------------------------------------------------------
# di16 揖保ローン保証 求償金のご請求: a ledger (年月日 / 摘要 / 金額 / 備考), deadline in prose, sender at the foot; scanned.


def di16():
    R = 14.6
    issued, due = D(2026, 10, 13), D(2026, 10, 30)
    subro, acc, lastp = D(2026, 8, 21), D(2026, 6, 11), D(2026, 3, 25)
    P0, I0 = 3_382_540, 11_906
    L0 = late(P0, 12.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.at(196, 23.5, "求償番号　IB-2608-0457", size=10, align="r")
    p.y = 30
    p.line("〒918-0000　福井県鯖江市楓ヶ丘二丁目5番1号", size=10)
    p.line("大廻　美代子　様", size=13.5, x=24)
    p.gap(6)
    p.title("求償金のご請求について", size=15, font="serif-bold")
    p.para("貴殿の九頭竜信用金庫からのお借入れ（教育ローン）について、当社は保証人として同金庫に代位弁済を行いました。"
           "その経過と現在のご請求額は下表のとおりです。", size=10)
    p.para(f"つきましては、{era(due)}（{wd(due)}）までに、下表のご請求額合計を一括してお支払いくださいますようお願い申し上げ"
           "ます。お支払いが困難な場合は、同日までに必ずご連絡ください。", size=10)
    p.gap(3)
    p.table([["年月日", "摘要", "金額（円）", "備考"],
             ["平成31年4月5日", "お借入れ（九頭竜信用金庫）", "", "当初 4,200,000円・年2.4％"],
             [era(lastp), "最終ご返済", "", "以後延滞"],
             [era(acc), "期限の利益喪失", "", "同金庫による"],
             [era(subro), "代位弁済（求償元金）", f"{S:,}", f"元金{P0:,}・利息{I0:,}・損害金{L0:,}"],
             [era(issued), "損害金（8月22日から）", f"{L:,}", "求償元金×年14.6％"],
             ["", "ご請求額合計", f"{T:,}", ""]],
            [34, 48, 30, 69], x=15, header=True, aligns="llrl", size=8.8, row_h=8, ruled="grid", font="serif")
    p.gap(3)
    p.para("※損害金は、求償元金に対し代位弁済日の翌日から完済まで年14.6％（年365日の日割計算）の割合で発生します。",
           size=8.8, indent="")
    p.para("※備考欄の元金・利息・損害金は、代位弁済額の内訳（同金庫への弁済の内容）です。", size=8.8, indent="")
    p.para("※お振込先　九頭竜信用金庫 鯖江支店 普通 3301574 イボローンホショウ（カ", size=8.8, indent="")
    p.gap(10)
    for i, s in enumerate(("揖保ローン保証株式会社", "債権管理課　担当　畝本", "〒671-0000 兵庫県姫路市梅ノ辻八丁目4番2号",
                           "電話 079-000-3385（平日9時～17時）　FAX 079-000-3386")):
        p.line(s, x=104, size=11 if i == 0 else 9.2, font="serif-bold" if i == 0 else "serif")
    p.seal(188, p.y - 16, 12, "square", "揖保ローン保証印", angle=-4, seed=104161)
    tr = truth(document_type="collection_notice", sender="揖保ローン保証株式会社", phone="079-000-3385",
               creditor="揖保ローン保証株式会社", status="not_applicable", original="九頭竜信用金庫", debtor="大廻美代子",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="IB-2608-0457", input_kind="scan_png",
               template="proxy104_guarantor_recourse_ledger_remarks_scan", received=D(2026, 10, 15))
    return dict(stem="di16", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (guarantee company 求償金 demand, scanned)",
                unusual="serif 求償金のご請求について of a guarantee company, scanned: the claim as a LEDGER (年月日 / 摘要 / "
                        "金額（円） / 備考) whose first three rows carry dates only (平成31年 loan, 最終ご返済, 喪失) with the "
                        "original 4,200,000円 and 年2.4％ in the 備考; the 代位弁済 row gives 求償元金 with its 元金・利息・損害金 "
                        "split in the 備考 (history), a 損害金 row and a ご請求額合計 row; the deadline only in the prose; the "
                        "sender block at the foot with TEL and FAX; 求償番号 top right")


LETTERS = [di09, di10, di11, di12, di13, di14, di15, di16]
