"""Proxy set 32, letters ao09–ao16: "letters of several pages". A 仮執行宣言付支払督促 whose 当事者目録 and 請求の趣旨
及び原因 are on page 2 (ao09), a guarantee company's 縦書き 代位弁済通知 (ao10), a credit union's 督促 with a tear-off
返信用はがき under it (ao11), a lawyer's 縦書き 催告書 running over two pages with the sender only at the end (ao12), a
servicer's one-page 受託のお知らせ that lists its enclosures (ao13), a servicer's two sheets photographed side by side
(ao14), a credit company's 最終ご請求書 with the 計算書 under a cut line, photographed sideways (ao15) and a scam
最終通知 with a 取下げ申込書 (ao16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    Text,
    bars,
    dashed,
    era,
    kdate,
    late,
    qr,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.fmt import rate as frate
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
OLIVE = (0.30, 0.36, 0.10)
RUST = (0.62, 0.24, 0.08)
GREEN = (0.05, 0.40, 0.22)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return yen(n, "kanji")


# ---------------------------------------------------------------------------------------------
# ao09 仮執行宣言付支払督促 (北見簡裁), page 2 the 当事者目録 and the 請求の趣旨及び原因. Scanned, 2 pages.


def ao09():
    R = 18.0
    order, issued = D(2026, 3, 2), D(2026, 4, 8)
    served = D(2026, 3, 5)
    acc, lastp, asg = D(2025, 5, 15), D(2025, 2, 14), D(2025, 9, 30)
    applied = D(2026, 2, 20)
    P = 537_904
    L = late(P, R, acc + ONE, applied)
    C1, C2 = 4_390, 1_286
    C = C1 + C2
    T = P + L + C
    court = "北見簡易裁判所"
    cphone = "0157-00-2480"
    name = "都筑　智恵"
    case = "令和８年（ロ）第２０８号"
    p = Page(font="serif", size=11, top=20)
    p.at(195, 15, "（１）", size=10, align="r")
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("事件番号", f"{case}　譲受債権請求督促事件"), ("当 事 者", "別紙当事者目録記載のとおり"),
          ("請求の趣旨及び原因", "別紙記載のとおり")], x=22, label_w=42, size=10.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.gap(1)
    p.line(f"　　{fw(era(order))}", x=22, size=10.5)
    p.line(f"{court}　裁判所書記官　外薗　礼　子", x=80, size=10.5)
    p.gap(5)
    p.line("仮　執　行　宣　言", align="c", size=13, font="serif-bold")
    p.para(f"上記支払督促は、{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           "よって、債権者の申立てにより、上記支払督促に、次の費用を加えて仮執行の宣言をする。", size=10.5)
    p.gap(1)
    x0, x1 = 40, 175
    for lab, v in (("督促手続費用", C1), ("仮執行宣言の手続費用", C2)):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"金{fw(f'{v:,}')}円", size=10.5, align="r")
    p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.3))
    p.gap(1.2)
    b = p.line("（請求の趣旨１・２及び上記費用の合計）", x=x0, size=10)
    p.at(x1, b, f"金{fw(f'{T:,}')}円", size=10.5, align="r", font="serif-bold")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", x=22, size=10.5)
    p.line(f"{court}", x=80, size=11)
    p.line("裁判所書記官　外薗　礼　子", x=80, size=11)
    p.seal(183, p.y - 7, 15, "square", "北見簡易裁判所書記官印", angle=-1, seed=32091)
    p.gap(6)
    p.line("これは正本である。", x=22, size=10.5)
    p.line("　　同日同庁　裁判所書記官　外薗　礼　子", x=22, size=10.5)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 26, 0.4))
    for i, s in enumerate(["（注意）この仮執行宣言付支払督促に不服があるときは、その送達を受けた日から２週間以内に、",
                           "当庁に督促異議を申し立てることができます。申立てをしないと、確定判決と同一の効力を生じます。",
                           f"問合せ先　{court}（民事受付）　電話　{fw(cphone)}"]):
        p.at(24, y + 7.5 + i * 7, s, size=9.5)
    q = Page(font="serif", size=10.5, top=18)
    q.at(195, 15, "（２）", size=10, align="r")
    q.at(15, 15, f"{case}", size=9)
    q.y = 20
    q.line("当事者目録", align="c", size=13, font="serif-bold")
    q.kv([("債　権　者", "〒141-0000 東京都品川区澪標九丁目９番９号　パルティール債権回収株式会社"),
          ("", "代表者代表取締役　村雨　宗一郎"),
          ("（送達場所）", "同所　同社　法務管理部　電話 03-0000-1139　ＦＡＸ 03-0000-1140"),
          ("債　務　者", f"〒090-0000 北海道北見市白波町九丁目９番９号　{name}")], x=20, label_w=28, size=9.8)
    q.gap(4)
    q.line("請求の趣旨", align="c", size=13, font="serif-bold")
    x0, x1 = 24, 185
    for lab, v in (("１　譲受債権元金", P), ("２　確定遅延損害金", L), ("３　督促手続費用", C1)):
        b = q.line(lab, x=x0)
        q.at(x1, b, f"金{fw(f'{v:,}')}円", size=10.5, align="r")
    q.para(f"４　上記１の金額に対する{fw(era(applied + ONE))}から完済まで年１８．０％の割合による遅延損害金", x0=x0,
           x1=x1, indent="")
    q.para(f"（２は、{fw(era(acc + ONE))}から{fw(era(applied))}まで年１８．０％の割合によるもの）", x0=x0 + 4, x1=x1,
           size=9.5, indent="")
    q.gap(3)
    q.line("請求の原因", align="c", size=13, font="serif-bold")
    for s in (f"１　株式会社びゃくろくカード（以下「原債権者」）は、債務者との間で、{fw(era(D(2020, 11, 9)))}、"
              "カード会員契約を締結し、債務者は同契約に基づき、キャッシング及びショッピングの利用をした。",
              "２　同契約では、遅延損害金は年１８．０％と約定されている。",
              f"３　債務者は、{fw(era(lastp))}の支払を最後に支払を怠り、原債権者からの催告にも応じなかったため、"
              f"{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"４　原債権者は、{fw(era(asg))}、債務者に対する上記債権（残元金５３７，９０４円）を債権者に譲渡し、"
              f"{fw(era(D(2025, 10, 3)))}到達の内容証明郵便により、債務者にその旨を通知した。",
              "５　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=x0 - 2, x1=x1, size=10, indent="")
    q.gap(3)
    q.line(f"（申立日　{fw(era(applied))}）", x=x0, size=9.5)
    q.gap(2)
    q.line("以上", align="r")
    tr = truth(document_type="payment_order_enforceable", sender=court, phone=cphone,
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社びゃくろくカード",
               debtor=name, total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=asg, reference="令和8年(ロ)第208号",
               input_kind="pdf_scan", template="proxy32_enforceable_order_parties_claim_on_p2",
               received=D(2026, 4, 10))
    return dict(stem="ao09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (北見簡裁), scanned as a 2-page image PDF; page 1 "
                        "only the order (当事者 / 請求の趣旨及び原因 「別紙記載のとおり」), the 支払督促 date 3/2, the 仮執行宣言 "
                        "with the 送達 date 3/5 in its sentence, a two-row cost list (督促手続費用 / 仮執行宣言の手続費用) and "
                        "the grand total in a bracketed line, the 仮執行宣言 date 4/8; page 2 headed 「（２）」 with the case "
                        "number: 当事者目録 (creditor real servicer ★ パルティール債権回収, no licence printed, 送達場所 "
                        "phone/FAX), 請求の趣旨 (譲受債権元金 / 確定遅延損害金 / 督促手続費用, running item ４) and 請求の原因 "
                        "with the contract date, the 通知 到達 10/3 and the 申立日 2/20 (distractors)")


# ---------------------------------------------------------------------------------------------
# ao10 guarantee company's 縦書き 代位弁済通知書 兼 求償金請求書, scanned (one page).


def ao10():
    R = 14.6
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    subro, acc, lastp = D(2026, 1, 15), D(2025, 11, 28), D(2025, 8, 20)
    S = 1_562_408
    L = late(S, R, subro + ONE, issued)
    T = S + L
    cols = [
        ("title", "代位弁済通知書兼求償金請求書"),
        ("low", "保証番号　ＫＧ－２６０１１５"),
        ("body", "貴殿が株式会社ゆきま銀行から平成三十一年三月八日に借り受けた教育ローンにつき、当社は貴殿の委託を受けて"
                 "同行に対し保証をいたしておりました。"),
        ("body", f"貴殿は{kdate(lastp)}の返済を最後にその後の返済を怠り、{kdate(acc)}の経過をもって期限の利益を"
                 f"喪失されました。そのため当社は、{kdate(subro)}、保証契約に基づき同行に対し金{kanji_num(S)}円を"
                 "代位弁済いたしました。"),
        ("body", "よって当社は貴殿に対し、左記の求償金を有しておりますので、"
                 f"{kdate(due)}限り、一括してお支払いくださいますよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　{kyen(S)}"),
        ("indent", f"二　損害金　　　{kyen(L)}"),
        ("plain", f"　　（代位弁済日の翌日から本書作成日まで{frate(R, 'kansuji')}）"),
        ("indent", f"三　合計　　　　{kyen(T)}"),
        ("body", "なお、右期日までにお支払いのない場合は、連帯保証人に対しても請求を行うとともに、法的手続に移行いたします。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "富山県富山市稲穂町九丁目九番九号"),
        ("low", "萱草保証株式会社"),
        ("low", "代表取締役　喜納　義明"),
        ("low", "電話　〇七六（〇〇〇）五五二〇"),
        ("blank", ""),
        ("low", "富山県高岡市雪間九丁目九番九号"),
        ("low", "生源寺　康晴　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "喜納" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16.5) * size * 0.3528 * 1.05, 10.5, "round", "萱草保証|代表/取締役",
                         angle=6, seed=32101))
    tr = truth(document_type="acceleration_notice", sender="萱草保証株式会社", phone="076-000-5520",
               creditor="萱草保証株式会社", status="not_applicable", original="株式会社ゆきま銀行", debtor="生源寺康晴",
               total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KG-260115", input_kind="vertical_scan",
               template="proxy32_vertical_guarantor_subrogation_one_page", received=D(2026, 2, 16))
    return dict(stem="ao10", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="acceleration_notice (guarantee company, 縦書き 代位弁済通知書兼求償金請求書)",
                unusual="縦書き 代位弁済通知書兼求償金請求書 of a guarantee company for a bank's 教育ローン, scanned; the "
                        "保証番号 in full-width Latin and digits stacked in a column under the title; positional kanji "
                        "amounts (金百五十六万二千四百八円 …); the 代位弁済額 stated in the prose and again as 一 求償元金; "
                        "the bank's 喪失 date 「の経過をもって」 and last payment in the prose; 平成三十一年 loan date; rate "
                        "年十四・六パーセント; 「限り」 deadline; the 連帯保証人 mentioned (not named); phone in kanji digits; "
                        "round 代表取締役 seal")


def kanji_num(n: int) -> str:
    from samples.letters.fmt import kanji_number
    return kanji_number(n)


# ---------------------------------------------------------------------------------------------
# ao11 credit union 督促 (two missed instalments) with a tear-off 返信用はがき under a キリトリ線. Scanned.


def ao11():
    R = 14.0
    issued, due = D(2026, 4, 20), D(2026, 5, 1)
    lastp = D(2026, 2, 10)
    inst = [(D(2026, 3, 10), 41_830, 6_112), (D(2026, 4, 10), 41_905, 6_037)]
    calc = []
    for d, pr, it in inst:
        lt = late(pr + it, R, d + ONE, issued)
        calc.append((d, pr, it, lt))
    P = sum(c[1] for c in calc)
    I = sum(c[2] for c in calc)
    L = sum(c[3] for c in calc)
    T = P + I + L
    name = "神余　千尋"
    ref = "融管 26-0420-117"
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 11, 8, 8, color=None, fill=RUST))
    p.at(19, 17, "朽", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(26, 17.3, "朽葉信用金庫", size=14, font="sans-bold", color=RUST)
    p.at(195, 15, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 20, f"整理番号　{ref}", size=9.5, align="r")
    p.y = 25
    p.line("長野県上田市柚子坂九丁目9番9号", x=15, size=9.5)
    p.line(f"{name}　様", x=19, size=12.5)
    p.gap(1)
    p.line("朽葉信用金庫　融資管理課", align="r", size=9.5)
    p.line("電話 0268-00-4173（直通）", align="r", size=9.5)
    p.gap(1)
    p.title("ご返済についてのお願い（督促）", size=13.5)
    p.para(f"平素は格別のお引立てを賜り厚く御礼申し上げます。さて、お客様の住宅リフォームローンのご返済が、下記のとおり"
           f"遅れております（最終ご入金日　{era(lastp)}）。お支払期限までに、下記合計額をご入金くださいますよう"
           "お願い申し上げます。", size=9.5)
    head = ["約定返済日", "延滞元金", "延滞利息", "遅延損害金", "計"]
    body = [[era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in calc]
    body.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [38, 34, 30, 32, 36], x=20, size=9.3, row_h=6.6, header=True, aligns="crrrr")
    p.line(f"（単位：円　遅延損害金は各回の元利金に対し年14.0％、約定返済日の翌日から{era(issued)}まで）", x=20, size=7.8)
    y = p.y + 1
    p.add(Box(20, y, 170, 10, 0.8, RUST))
    p.at(24, y + 7, "お支払期限", size=10.5, font="sans-bold", color=RUST)
    p.at(58, y + 7.2, f"{era(due)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.at(186, y + 7.2, f"合計 {T:,}円", size=11, font="sans-bold", align="r")
    p.y = y + 13
    p.para("ご入金は、ご返済用口座（当金庫 上ノ町支店 普通 0612048）へお願いいたします。ご事情によりご入金が難しい場合は、"
           "下の返信はがきにご返済予定をご記入のうえ、ご投函ください。延滞が続きますと、期限の利益を喪失し、残元金 "
           "3,284,600円を一括でご請求することになります。", size=9.2, indent="")
    # tear-off reply postcard (返信用はがき)
    ycut = 168
    dashed(p, 10, 200, ycut)
    p.at(105, ycut - 1.2, "✂ キリトリ線 ─ 下のはがきを切り取ってご投函ください（切手不要）", size=7.5, align="c")
    y0 = ycut + 5
    p.add(Box(20, y0, 82, 116, 0.4))
    p.add(Box(106, y0, 84, 116, 0.4))
    p.add(Box(24, y0 + 4, 30, 24, 0.3))
    for i, s in enumerate(["料金受取人払郵便", "上田局", "承認", "7731", "差出有効期間", "令和9年3月", "31日まで", "（切手不要）"]):
        p.at(39, y0 + 8 + i * 2.9, s, size=6.2, align="c")
    p.at(60, y0 + 10, "〒386-8790", size=11, font="sans-bold")
    p.at(60, y0 + 18, "（受取人）", size=8)
    p.at(60, y0 + 25, "長野県上田市柚子坂", size=9.5)
    p.at(60, y0 + 31, "九丁目9番9号", size=9.5)
    p.at(30, y0 + 50, "朽葉信用金庫", size=14, font="sans-bold")
    p.at(36, y0 + 59, "上ノ町支店　融資係　行", size=11)
    p.at(24, y0 + 80, "お問合せ　上ノ町支店", size=8.5)
    p.at(24, y0 + 85, "TEL 0268-00-2390（代表）", size=8.5)
    bars(p, 24, y0 + 100, 72, 4, "ao11-reply")
    p.at(148, y0 + 7, "ご返済予定のご連絡", size=11, font="sans-bold", align="c")
    for i, s in enumerate(["整理番号　" + ref, "お名前", "ご返済予定日　　令和　　年　　月　　日",
                           "ご返済予定額　　　　　　　　　　　円", "ご連絡先電話番号", "ご連絡のつく時間帯",
                           "ご相談内容（□返済額の変更　□その他）"]):
        p.at(110, y0 + 18 + i * 11, s, size=8.8)
        p.add(Line(110, y0 + 20 + i * 11, 186, y0 + 20 + i * 11, 0.15, GRAY))
    tr = truth(document_type="collection_notice", sender="朽葉信用金庫", phone="0268-00-4173", creditor="朽葉信用金庫",
               status="not_applicable", debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference=ref, input_kind="scan_png",
               template="proxy32_credit_union_dunning_reply_postcard", received=D(2026, 4, 22))
    return dict(stem="ao11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫 督促 of two instalments, tear-off 返信用はがき)",
                unusual="a 信用金庫 (not a bank, no 株式会社) 督促 of two missed instalments on the TOP HALF of the page: a "
                        "5-column table per instalment (延滞元金 / 延滞利息 / 遅延損害金 / 計) with a 合計 row and "
                        "「（単位：円…）」 under it, the sender's 融資管理課 直通 under the addressee on the right; the BOTTOM "
                        "HALF is a tear-off 返信用はがき (料金受取人払郵便 上田局承認 7731, 差出有効期間 令和9年3月31日まで, the "
                        "上ノ町支店's 代表 0268-00-2390, a blank 令和　年　月　日) — all distractors; the return account, "
                        "残元金 3,284,600円 (threatened 一括) as distractors; lump false; 整理番号 with a space 「融管 "
                        "26-0420-117」")


# ---------------------------------------------------------------------------------------------
# ao12 lawyer's 縦書き 通知書（催告書） over two pages; the sender and addressee only at the end of page 2.


def ao12():
    R = 18.0
    issued, due = D(2026, 2, 24), D(2026, 3, 13)
    acc, lastp = D(2025, 9, 30), D(2025, 6, 30)
    P, I = 566_000, 12_480
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "通知書（催告書）"),
        ("low", "当職整理番号　ＩＳ－２６０２２"),
        ("body", "冠省　当職は、株式会社ひしおクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "通知人は、貴殿との間で、令和三年五月十九日、カードローン契約（極度額金五十万円）を締結し、貴殿は同契約に"
                 "基づき借入れをされました。"),
        ("body", f"しかるに貴殿は、{kdate(lastp)}の返済を最後にその後の返済を怠り、通知人からの再三の督促にも応じられ"
                 f"ませんでした。そのため貴殿は、同契約の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失されて"
                 "おります。"),
        ("body", "通知人は、その後も貴殿に対し、書面及び電話により再三にわたりお支払いをお願いしてまいりましたが、"
                 "現在に至るまで何らのお支払いもご連絡もいただけておりません。そこで通知人は、本件の処理を当職に委任"
                 "いたしました。"),
        ("body", "本書作成日現在、通知人が貴殿に対して有する債権の額は、次のとおりです。"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　（期限の利益喪失日の翌日から本書作成日まで{frate(R, 'kansuji')}）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", f"つきましては、右合計額を{kdate(due)}限り、左記の当職預り金口座にお振込みいただくよう催告いたします。"),
        ("body", "ご入金口座　ひがた銀行長崎支店　普通預金　口座番号七七〇二一八四　名義　弁護士一尺八寸航預り金口"),
        ("body", "右期限までにお支払いもご連絡もない場合には、通知人の指示により、訴訟提起その他の法的手続をとることと"
                 "なりますので、念のため申し添えます。"),
        ("body", "なお、分割によるお支払いをご希望の場合は、右期限までに当職宛てにご連絡ください。本件に関するご連絡は、"
                 "すべて当職宛てにお願いいたします。通知人への直接のご連絡はご遠慮ください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長崎県長崎市陽炎坂九丁目九番九号　白波ビル三階"),
        ("low", "一尺八寸法律事務所"),
        ("low", "通知人代理人　弁護士　一尺八寸　航"),
        ("low", "電話　〇九五（〇〇〇）四四一九"),
        ("low", "ＦＡＸ　〇九五（〇〇〇）四四二〇"),
        ("blank", ""),
        ("low", "長崎県諫早市干潟町九丁目九番九号"),
        ("low", "桃井　英樹　殿"),
    ]
    size = 12.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=10.4, left_limit=14.0)
    assert len(pages) == 2, len(pages)
    vcheck(pages)
    for i, pg in enumerate(pages):
        pg.items.append(Text(105, 290, f"（{'一二'[i]}／二）", 9, "serif", "c"))
    last = pages[-1]
    xs = [it.x for it in last.items if isinstance(it, VText) and "一尺八寸　航" in it.s]
    last.items.append(Seal(xs[0], 22.0 + (8 + 20) * size * 0.3528 * 1.05, 12, "square", "弁護士一尺八寸航之印",
                           angle=3, seed=32121))
    last.items.append(post_office_stamp(last, 32122))
    tr = truth(document_type="collection_notice", sender="一尺八寸法律事務所", phone="095-000-4419",
               creditor="株式会社ひしおクレジット", status="not_applicable", debtor="桃井英樹", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IS-26022", input_kind="vertical_pdf",
               template="proxy32_vertical_lawyer_demand_two_pages_sender_at_end", received=D(2026, 2, 26))
    return dict(stem="ao12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a card-loan company, 縦書き over two pages)",
                unusual="a lawyer's 縦書き 通知書（催告書） (冠省 … 草々) in 12 pt that RUNS OVER TWO PAGES: the amounts are "
                        "on page 1, the deadline sentence, the 預り金口 account in kanji digits, the date, the office, the "
                        "lawyer (square seal), phone and FAX in kanji digits and the addressee only on page 2, with the "
                        "内容証明 stamp on the last page and 「（一／二）」 「（二／二）」 at the foot; 当職整理番号 ＩＳ－２６０２２ "
                        "stacked; 極度額金五十万円 and the 令和三年 contract date as distractors")


# ---------------------------------------------------------------------------------------------
# ao13 real servicer's one-page 受託のお知らせ that lists what else is in the envelope.


def ao13():
    R = 14.0
    issued, due = D(2026, 6, 1), D(2026, 6, 19)
    entrust, acc, lastp = D(2026, 5, 15), D(2026, 3, 31), D(2025, 12, 26)
    P, I = 1_947_120, 22_654
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "王子田　美穂"
    ref = "NT-8813-0620"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "NITTELE", size=15, font="sans-bold", color=NAVY)
    p.at(48, 19, "ニッテレ債権回収株式会社", size=11, font="sans-bold")
    p.at(48, 23.5, "法務大臣許可番号 第7号", size=8)
    p.at(195, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(195, 23, f"お客様番号 {ref}", size=9.5, align="r")
    p.y = 32
    p.line("〒930-0000 富山県富山市干潟九丁目9番9号", x=15, size=9.5)
    p.line(f"{name}　様", x=19, size=12.5)
    p.gap(4)
    p.title("債権管理回収業務受託のお知らせ　兼　ご請求書", size=13.5)
    p.para(f"当社は、株式会社もえぎ銀行（以下「委託者」）より、{wdate(entrust)}付で、貴殿と委託者との間のご融資契約に"
           "基づく債権について、管理及び回収業務の委託を受けました。今後のお支払い及びご相談は、当社までお願いいたします。",
           size=9.8)
    p.para("なお、本件債権の債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領いたします（債権譲渡では"
           "ございません）。", size=9.8)
    p.gap(1)
    p.table([["ご融資契約", "もえぎ銀行 目抜通支店　マイカーローン（令和元年11月29日ご契約）"],
             ["期限の利益喪失日", wdate(acc)], ["最終ご返済日", wdate(lastp)],
             ["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             ["遅延損害金", f"{L:,}円（年14.0％　{wdate(acc + ONE)}～{wdate(issued)}）"],
             ["ご請求額", f"{T:,}円"], ["お支払期限", f"{wdate(due)}（{wd(due)}）までに一括でお支払いください"]],
            [42, 133], x=17, size=9.5, row_h=7.6, aligns="ll", shade_col0=True)
    p.gap(2)
    p.kv([("お振込先", "むらさめ銀行　富山駅前支店　普通預金　8813062　ニツテレサイケンカイシユウ（カ"),
          ("お問い合わせ", "ニッテレ債権回収株式会社　富山管理センター　0120-000-713（平日9時～18時）")], x=17,
         label_w=30, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(17, y, 176, 30, 0.3, GRAY, (0.97, 0.97, 0.97)))
    p.at(21, y + 6, "同封物のご案内（本状を含め4点）", size=9.5, font="sans-bold")
    for i, s in enumerate(["①本状（受託のお知らせ 兼 ご請求書）　1枚",
                           "②委託者からの「債権管理回収業務委託のご通知」（令和8年5月15日付）　1枚",
                           "③ご返済計画のご相談票（ご記入のうえ同封の封筒でご返送ください）　1枚",
                           "④返信用封筒　1通"]):
        p.at(24, y + 12 + i * 4.8, s, size=9)
    p.y = y + 34
    p.para("※ご相談票のご返送をもって、お支払いの猶予をお約束するものではございません。ご相談票の内容を確認のうえ、"
           "担当者よりご連絡いたします。", size=8.6, indent="")
    p.para("※当社を名乗る不審な電話・メールにご注意ください。当社が個人名義の口座へのお振込みをお願いすることはございません。",
           size=8.6, indent="")
    qr(p, 176, 262, 16, "ao13-qr")
    p.at(15, 285, "ニッテレ債権回収株式会社　本社　〒105-0000 東京都港区小糠九丁目9番9号　03-0000-0711（代表）", size=7.5,
         color=GRAY)
    p.at(195, 290, "1/1", size=8, align="r")
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-713", creditor="株式会社もえぎ銀行", status="licensed", original="株式会社もえぎ銀行",
               debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference=ref, input_kind="pdf_text",
               template="proxy32_servicer_entrustment_enclosure_list", received=D(2026, 6, 3))
    return dict(stem="ao13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託のお知らせ 兼 ご請求書, real servicer for a bank)",
                unusual="real servicer ★ ニッテレ債権回収 (Latin 「NITTELE」 and 「法務大臣許可番号 第7号」) entrusted by a bank "
                        "(債権者 remains the bank: 「債権譲渡ではございません」); western 年月日 dates; one 2-column shaded "
                        "table holding the contract (令和元年11月29日), the dates, the amounts and the due date as a "
                        "sentence; an ENCLOSURE box listing four items incl. the bank's own 委託のご通知 dated 令和8年5月15日 "
                        "and a ご相談票 (not in the file); the 本社 代表 03-0000-0711 in the footer (the body gives the "
                        "0120 centre); 「1/1」")


# ---------------------------------------------------------------------------------------------
# ao14 invented servicer: two sheets photographed side by side (sheet 1 the letter, sheet 2 the 計算書 + sender).


def ao14():
    R = 14.6
    issued, due = D(2026, 3, 30), D(2026, 4, 15)
    acc, lastp, asg = D(2025, 12, 1), D(2025, 8, 29), D(2026, 2, 27)
    P, I = 472_518, 15_906
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "指宿　陽介"
    ref = "IB-0330-5127"
    p = Page(w=420, h=297, font="sans", size=10.5, top=16)
    p.add(Box(209.2, 0, 1.6, 297, color=None, fill=(0.80, 0.80, 0.80)))
    p.add(Line(210.8, 0, 210.8, 297, 0.3, GRAY))
    # sheet 1
    p.at(18, 22, "いぶし債権回収株式会社", size=14, font="sans-bold", color=OLIVE)
    p.at(195, 18, "1/2", size=10, align="r")
    p.at(195, 25, f"{era(issued)}", size=10.5, align="r")
    p.at(195, 31, f"ご照会番号 {ref}", size=10.5, align="r")
    p.at(18, 42, "〒812-0000 福岡県福岡市博多区村雨九丁目9番9号", size=10.5)
    p.at(22, 50, f"{name}　様", size=14.5)
    p.at(105, 68, "お支払いのお願い", size=17, font="sans-bold", align="c")
    p.y = 76
    p.right = 195
    p.left = 18
    p.para(f"当社は{era(asg)}、ぬばたまカード株式会社から貴殿に対する債権を譲り受けました。同債権は{era(acc)}に期限の"
           "利益を喪失しております。別紙（2/2）の計算書記載の金額を、下記期限までに一括でお支払いください。", size=10.5)
    y = p.y + 3
    p.add(Box(18, y, 177, 30, 1.0, OLIVE))
    p.add(Box(18, y, 177, 10, color=None, fill=(0.90, 0.92, 0.84)))
    p.at(24, y + 7, "ご請求額", size=11, font="sans-bold")
    p.at(110, y + 7, "お支払期限", size=11, font="sans-bold")
    p.at(24, y + 23, f"{T:,}円", size=18, font="sans-bold")
    p.at(110, y + 23, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold", color=RED)
    p.y = y + 36
    p.para("お振込先　うたかた銀行 博多中央支店 普通 5127033 イブシサイケンカイシュウ（カ", size=10.5, indent="")
    p.para("お支払いが難しい場合は、期限までに下記担当者へご相談ください。", size=10.5, indent="")
    p.gap(3)
    p.add(Box(18, p.y, 177, 22, 0.4))
    p.at(23, p.y + 8, "ご相談窓口　回収一課　担当　門馬", size=11)
    p.at(23, p.y + 17, "TEL 092-000-6614（平日 10:00～18:00）", size=12.5, font="sans-bold")
    p.y += 28
    p.para("※本書と行き違いでお支払い済みの場合はご容赦ください。", size=9.5, indent="")
    # sheet 2
    X = 210
    p.at(X + 185, 18, "2/2", size=10, align="r")
    p.at(X + 105, 34, "計　算　書", size=17, font="sans-bold", align="c")
    p.at(X + 185, 43, f"{era(issued)}現在", size=10.5, align="r")
    p.left, p.right = X + 18, X + 192
    p.y = 48
    p.table([["項目", "金額（円）", "備考"], ["元金", f"{P:,}", "譲受時残高"], ["利息", f"{I:,}", "約定利率 年15.0％"],
             ["遅延損害金", f"{L:,}", f"年14.6％ {(issued - acc).days}日分"], ["合計", f"{T:,}", ""]],
            [40, 50, 84], x=X + 18, size=11, row_h=10, header=True, aligns="lrl")
    p.gap(5)
    p.kv([("原債権者", "ぬばたまカード株式会社"), ("カード番号", "＊＊＊＊－＊＊＊＊－＊＊＊＊－2290"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲受日", era(asg))],
         x=X + 22, label_w=42, size=10.5)
    p.gap(30)
    y = p.y
    p.add(Box(X + 90, y, 102, 36, 0.5))
    for i, (s, sz, f) in enumerate((("いぶし債権回収株式会社", 13, "sans-bold"), ("法務大臣許可番号 第252号", 10, "sans"),
                                    ("〒812-0000 福岡県福岡市博多区村雨九丁目9番9号", 8.5, "sans"),
                                    ("代表電話 092-000-6600", 10, "sans"))):
        p.at(X + 95, y + 8 + i * 7.5, s, size=sz, font=f)
    p.seal(X + 182, y + 12, 13, "square", "いぶし債権回収印", angle=4, seed=32141)
    tr = truth(document_type="collection_notice", sender="いぶし債権回収株式会社", license_number=252,
               phone="092-000-6614", creditor="いぶし債権回収株式会社", status="unverified",
               original="ぬばたまカード株式会社", debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference=ref, input_kind="photo_heic", template="proxy32_invented_servicer_two_sheets_side_by_side_photo",
               received=D(2026, 4, 1))
    return dict(stem="ao14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(canvas=(2700, 2000), fill=0.9, keystone=0.035, tilt=1.8, bg="desk", creases=0, shadow=0.0,
                          blur=0.8, glare=22.0, warm=0.4),
                about="collection_notice (invented servicer, two sheets photographed side by side)",
                unusual="ONE photo (HEIC, landscape) of TWO A4 sheets laid side by side on a pale desk, with a lamp "
                        "glare: sheet 「1/2」 the letter of an INVENTED servicer 「いぶし債権回収株式会社」 with the total and the "
                        "due date in a framed box and the 担当 TEL; sheet 「2/2」 the 計算書 (項目 / 金額（円） / 備考 with 年15.0％ "
                        "and the day count), the original-contract list (masked card number) and only there the sender box "
                        "with 「法務大臣許可番号 第252号」 (→ unverified) and the 代表電話 092-000-6600 (distractor)")


# ---------------------------------------------------------------------------------------------
# ao15 credit company's 最終ご請求書 with the 計算書 under a cut line; phone photo stored sideways (EXIF 6).


def ao15():
    R = 14.6
    issued, due = D(2026, 5, 25), D(2026, 6, 8)
    acc, lastp = D(2026, 1, 27), D(2025, 10, 27)
    P, I = 358_300, 9_744
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "古謝　和代"
    ref = "MY-26-05-3318"
    p = Page(font="serif", size=10.5, top=14)
    p.at(15, 19, "まつゆきクレジット株式会社", size=13, font="serif-bold", color=GREEN)
    p.at(195, 17, f"{era(issued)}", size=10, align="r")
    p.at(195, 22.5, f"管理番号　{ref}", size=10, align="r")
    p.y = 30
    p.line("沖縄県那覇市漁火町九丁目9番9号", x=15, size=10)
    p.line(f"{name}　様", x=19, size=13)
    p.gap(2)
    p.title("最終ご請求書", size=16, font="serif-bold", color=RED)
    p.para(f"貴殿のショッピングリボ払いのご利用代金につき、{era(lastp)}を最後にお支払いがなく、{era(acc)}をもって期限"
           "の利益を喪失されております。これまで再三ご請求申し上げましたが、本日までにお支払いがございません。")
    p.para(f"つきましては、本書をもって最終のご請求をいたします。下欄「計算書」記載の合計額を{era(due)}（{wd(due)}）までに"
           "一括してお支払いください。期限までにお支払いのない場合は、法的手続に移行いたします。")
    p.gap(1)
    p.para("お問い合わせ　債権管理部　TEL 098-000-3370（平日9:00～17:00）　お振込先　あわゆき銀行 那覇支店 普通 3318260",
           size=9.5, indent="")
    p.line("まつゆきクレジット株式会社　債権管理部　部長　城間　修", align="r", size=10)
    p.line("〒900-0000 沖縄県那覇市小糠町九丁目9番9号", align="r", size=9)
    p.seal(188, p.y - 10, 12, "square", "まつゆきクレジット印", angle=-3, seed=32151)
    ycut = p.y + 4
    dashed(p, 10, 200, ycut)
    p.at(105, ycut - 1, "－ 別 紙 －", size=8, align="c")
    p.y = ycut + 6
    p.title("計　算　書", size=14, font="serif-bold")
    p.line(f"（{era(issued)}現在）", align="r", size=9.5)
    days = (issued - acc).days
    p.table([["区　分", "計算期間", "金　額"],
             ["残元金", "－", f"{P:,}円"],
             ["未払手数料", f"{era(D(2025, 10, 28))}～{era(acc)}", f"{I:,}円"],
             ["遅延損害金", f"{era(acc + ONE)}～{era(issued)}（{days}日・年14.6％）", f"{L:,}円"],
             ["合　計", "", f"{T:,}円"]],
            [34, 102, 44], x=15, size=9.8, row_h=9, header=True, aligns="lcr")
    p.gap(2)
    p.para("ご利用限度額 500,000円　ご契約日 平成30年7月2日　会員番号 4519-＊＊＊＊-＊＊＊＊-7720", size=9, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="まつゆきクレジット株式会社", phone="098-000-3370",
               creditor="まつゆきクレジット株式会社", status="not_applicable", debtor=name, total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=ref, input_kind="photo_exif_rotated",
               template="proxy32_credit_final_demand_calc_sheet_under_cut_rotated", received=D(2026, 5, 27))
    return dict(stem="ao15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(fill=0.86, keystone=0.05, tilt=2.2, bg="tatami", creases=2, shadow=0.35,
                          shadow_side="bottom", blur=0.9, warm=0.3),
                about="collection_notice (credit company, 最終ご請求書 + 別紙 計算書 on the same sheet)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with tri-fold creases and a hand "
                        "shadow; serif letter with a red title 「最終ご請求書」 whose body points to the 計算書 「下欄」; NO "
                        "amount above the cut line; under a dashed line 「－ 別 紙 －」 a 3-column 計算書 (区分 / 計算期間 / "
                        "金額) with 未払手数料 → interest and the day count; contact phone, account and the sender "
                        "(部長 + square seal) squeezed between the body and the cut line; ご利用限度額 500,000, 平成30年 "
                        "contract date and the masked 会員番号 as distractors")


# ---------------------------------------------------------------------------------------------
# ao16 scam: 「未納料金 最終通知書」 with a 取下げ手続申込書 below; photographed.


def ao16():
    issued, due = D(2026, 6, 3), D(2026, 6, 5)
    T = 298_000
    name = "阿比留　拓海"
    p = Page(font="sans", size=10.5, top=14)
    p.at(105, 22, "未納料金に関する訴訟手続開始の最終通知書", size=15, font="sans-bold", align="c", color=RED)
    p.at(195, 31, "通知日　令和8年6月3日", size=10, align="r")
    p.at(195, 37, "管理番号　と４５２", size=10, align="r")
    p.y = 32
    p.line("長崎県佐世保市雪間町九丁目9番9号", x=18, size=10)
    p.line(f"{name}　様", x=22, size=13)
    p.gap(5)
    p.para("この度、貴殿がご利用になられた契約会社ないしは運営会社より、総合消費料金の未納分について債権譲渡を受けた"
           "当センターが、契約不履行による民事訴訟の手続を開始いたしますので、ここに最終通知いたします。", size=10.5)
    p.para("期日までにご連絡のない場合は、原告側の主張が全面的に認められ、裁判所の許可のもと、給与・預貯金・動産・不動産の"
           "差押えが強制執行されます。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 30, 1.2, RED))
    p.at(30, y + 9, "未納総額（延滞金・訴訟準備費用を含む）", size=10.5, font="sans-bold")
    p.at(180, y + 10, f"￥{T:,}", size=16, font="sans-bold", align="r", color=RED)
    p.at(30, y + 22, f"取下げ最終期日　　6月5日（{wd(due)}）正午まで", size=13, font="sans-bold", color=RED)
    p.y = y + 36
    p.para("訴訟の取下げ・和解のご相談は、プライバシー保護のため、必ずご本人様より下記窓口までお電話ください。内訳に"
           "つきましてもお電話にてご案内いたします。", size=10.5)
    p.gap(2)
    p.line("株式会社全国未納料金債権回収センター", x=60, size=12.5, font="sans-bold")
    p.line("法務大臣許可番号　第318号（法務省認可）", x=60, size=10)
    p.line("東京都千代田区霞が関九丁目9番9号", x=60, size=10)
    p.line("お問合せ窓口　03-0000-7716（受付 9:00～19:00 土日祝も受付）", x=60, size=10.5, font="sans-bold")
    ycut = p.y + 6
    dashed(p, 12, 198, ycut)
    p.at(105, ycut - 1, "キリトリ", size=7.5, align="c")
    p.y = ycut + 7
    p.title("取下げ手続申込書", size=14)
    p.kv([("管理番号", "と４５２"), ("お名前", ""), ("ご住所", ""), ("お電話番号", ""), ("生年月日", "　　　年　　月　　日"),
          ("お勤め先", "")], x=30, label_w=32, size=10.5)
    p.gap(2)
    p.para("※本申込書は、お電話でのご相談の後、担当者の指示に従いご返送ください。返送先はお電話にてお伝えいたします。",
           x0=25, x1=185, size=9, indent="")
    tr = truth(document_type="other", sender="株式会社全国未納料金債権回収センター", license_number=318,
               phone="03-0000-7716", creditor=None, status="not_licensed", debtor=name, total=T, lump=False,
               issued=issued, payment_due=due, reference="と452", is_scam=True, input_kind="photo_jpeg",
               template="proxy32_scam_final_notice_withdrawal_form", received=None)
    return dict(stem="ao16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.8, keystone=0.07, tilt=3.0, bg="wood", creases=2, shadow=0.3, shadow_side="right",
                          blur=1.0, warm=0.5),
                about="other (scam 最終通知書 with a 取下げ手続申込書)",
                unusual="scam letter photographed on wood from an angle, with creases and a hand shadow: "
                        "「未納料金に関する訴訟手続開始の最終通知書」 in red from 「株式会社全国未納料金債権回収センター」 "
                        "with a FAKE 「法務大臣許可番号　第318号（法務省認可）」 (→ not_licensed); 「契約会社ないしは運営会社」 "
                        "(no creditor); one total 「未納総額（延滞金・訴訟準備費用を含む）」 with the breakdown only 「お電話にて」; "
                        "a month-day 取下げ最終期日 6月5日 正午; hiragana 管理番号 と４５２; under a キリトリ line a "
                        "取下げ手続申込書 asking for birth date and employer")


LETTERS = [ao09, ao10, ao11, ao12, ao13, ao14, ao15, ao16]
