"""Proxy set 63, letters bt01–bt08: "vertical writing, third round". Seven of the eight are 縦書き: a consumer lender's
催告書 typed into the 内容証明 grid (bt01), a 信用金庫's 期限の利益喪失通知書 with 、-grouped kanji digits (bt02), a
司法書士's 請求書 in 大字 (bt03), a 簡裁 支払督促 set vertically (bt04), a joint 債権譲渡通知 (bt05), a servicer's
和解書（案） with its cover letter (bt06), a 信用組合's letter to an heir (bt07) and an invented servicer's 催告書 with a
small horizontal table in it, photographed (bt08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, Box, Line, Text, era, kdate, kman, kpos, late, naiyou, truth, vletter

from samples.letters.fmt import fullwidth, kanji_small, yen
from samples.letters.layout import Seal, VText, post_office_stamp

fw = fullwidth
ONE = timedelta(days=1)


def fe(d: D) -> str:
    """令和７年１１月２０日: full-width digits, stacked upright in a column."""
    return era(d, fwid=True)


def ky(n: int) -> str:
    return yen(n, "kanji")


def dj(n: int) -> str:
    return yen(n, "daiji")


def fit1(cols, start: float = 11.5, lead: float = 1.65, **kw):
    """The largest type (in half points from `start` down) at which the 縦書き letter fits on one page."""
    size = start
    while size >= 8.0:
        pages = vletter(cols, size=size, col_pitch=size * 0.3528 * lead, **kw)
        if len(pages) == 1:
            return pages
        size -= 0.5
    raise AssertionError("does not fit")


def seal_on(pages, needle: str, kind: str, text: str, size: float, seed: int, dy_chars: float) -> None:
    for pg in pages:
        for it in pg.items:
            if isinstance(it, VText) and needle in it.s:
                y = it.y + (it.s.index(needle) + dy_chars) * it.size * 0.3528 * it.pitch
                pg.items.append(Seal(it.x - 1.0, y, size, kind, text, angle=-5, seed=seed))
                return
    raise AssertionError(needle)


# ---------------------------------------------------------------------------------------------
# bt01 consumer lender's 催告書 in the 内容証明 grid (A4 landscape, 20 characters × 26 columns), 金四三万六八一二円 style.


def bt01():
    R = 20.0
    issued, due = D(2025, 11, 14), D(2025, 11, 28)
    lastp, acc = D(2025, 7, 25), D(2025, 9, 26)
    P, I = 436_812, 9_104
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当社との間で平成三十年六月十二日に締結した金銭消費貸借契約（契約番号ＫＴ－７１４０５）に基づき当社から"
                 f"借り受けた金員について、{kdate(lastp)}の弁済を最後に、以後の約定弁済を怠っております。"),
        ("body", f"そのため、貴殿は同契約の定めにより{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、一括して当社にお支払いくださるよう、本書をもって催告いたします。"),
        ("low8", "記"),
        ("plain", f"一　残元金　{kman(P)}"),
        ("plain", f"二　利息　　{kman(I)}"),
        ("plain", f"三　損害金　{kman(L)}"),
        ("plain", f"　（{kdate(acc + ONE)}から本書作成日まで年二〇パーセントの割合）"),
        ("plain", f"四　合計　　{kman(T)}"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、やむを得ず法的手続に移行いたしますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("low2", kdate(issued)),
        ("low1", "東京都豊島区すずらん本町九丁目九番九号"),
        ("low3", "株式会社かたくりファイナンス"),
        ("low3", "代表取締役　勢登　嘉一郎"),
        ("low3", "電話〇三（〇〇〇〇）四一七二"),
        ("low2", "千葉県市川市のうぜん通九丁目九番九号"),
        ("low3", "神鳥谷　慎之介　殿"),
    ]
    pages = naiyou(cols)
    assert len(pages) == 2, len(pages)
    for i, pg in enumerate(pages):
        pg.items.append(Text(148.5, 19.0, f"（{kanji_small(i + 1)}）", 9, "serif", "c"))
        pg.items.append(Text(283.0, 198.0, "用紙　二十字×二十六行", 7, "serif", "r", GRAY))
    seal_on(pages, "勢登", "square", "かたくりファイナンス代表取締役印", 12, 63011, 3.0)
    pages[-1].items.append(Seal(40.0, 196.0, 22.0, "round", "郵便認証司|書留/内容/証明", angle=-10, seed=63012))
    pages[0].items.append(Seal(18.0, 105.0, 11.0, "maru", "かたくり", angle=0, seed=63013))
    pages[1].items.append(Seal(279.0, 105.0, 11.0, "maru", "かたくり", angle=0, seed=63013))
    tr = truth(document_type="collection_notice", sender="株式会社かたくりファイナンス", phone="03-0000-4172",
               creditor="株式会社かたくりファイナンス", status="not_applicable", debtor="神鳥谷慎之介", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KT-71405", input_kind="vertical_pdf",
               template="proxy63_naiyou_grid_saikoku_kanji_digits", received=D(2025, 11, 17))
    return dict(stem="bt01", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (consumer lender, 縦書き 内容証明 催告書 in the 20×26 grid, 2 pages)",
                unusual="a consumer lender's 催告書 typed into the post office's 内容証明 GRID on two A4 LANDSCAPE sheets "
                        "(brown cells, 20 characters a column, 26 columns, one character a cell, kinsoku by pushing a "
                        "character out, page numbers （一）（二）, 契印 halves at the page edges); every amount positional "
                        "with 万 (金四三万六八一二円 …), kanji dates; rate 年二〇パーセント in positional digits; the 契約番号 "
                        "ＫＴ－７１４０５ stacked in full-width inside the prose (the only number → reference); phone "
                        "〇三（〇〇〇〇）四一七二; the post office's round stamp on page 2; the 平成三十年 contract as a distractor")


# ---------------------------------------------------------------------------------------------
# bt02 信用金庫 期限の利益喪失通知書, amounts as 一、二三四、五六七円, dated 令和七年十一月二十日; scanned.


def bt02():
    R = 14.0
    issued, due = D(2025, 11, 20), D(2025, 12, 4)
    acc, lastp = D(2025, 11, 10), D(2025, 8, 25)
    P, I = 3_820_400, 21_608
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "当金庫は、貴殿に対し、令和三年五月十七日付金銭消費貸借契約証書に基づき、事業資金として金五百万円を貸し付けて"
                 f"おりますが、貴殿は{kdate(lastp)}の約定弁済を最後に、その後の弁済を怠っております。"),
        ("body", "当金庫は再三にわたりお支払いをお願いいたしましたが、いまだにお支払いがありません。よって、貴殿は信用金庫取引"
                 f"約定書第五条第一項の定めにより、{kdate(acc)}の経過をもって右貸付金について期限の利益を喪失いたしました"
                 "ので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記の金額を{kdate(due)}限り、当金庫焼津北支店に一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、貸付残元金　　　{kpos(P)}"),
        ("indent", f"一、未払利息　　　　{kpos(I)}"),
        ("indent", f"一、遅延損害金　　　{kpos(L)}"),
        ("plain", f"　　　　（{kdate(acc + ONE)}から本日まで年一四パーセント）"),
        ("indent", f"　　合　計　　　　　{kpos(T)}"),
        ("body", "なお、連帯保証人戸賀崎美和子殿に対しても、本日付で同旨の通知をいたしましたので申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "静岡県焼津市クルミ沢九丁目九番九号"),
        ("low", "はまひるがお信用金庫　焼津北支店"),
        ("low", "支店長　汀間　恭平"),
        ("low", "電話　〇五四（〇〇〇）三三八一"),
        ("blank", ""),
        ("low", "静岡県藤枝市梓川台九丁目九番九号"),
        ("low", "戸賀崎　豊　殿"),
    ]
    pages = vletter(cols, size=10.5, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 63021))
    seal_on(pages, "汀間", "square", "はまひるがお信用金庫焼津北支店長印", 12, 63022, 1.0)
    tr = truth(document_type="acceleration_notice", sender="はまひるがお信用金庫", phone="054-000-3381",
               creditor="はまひるがお信用金庫", status="not_applicable", debtor="戸賀崎豊", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy63_vertical_shinkin_acceleration_grouped_kanji", received=D(2025, 11, 21))
    return dict(stem="bt02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, 、-grouped kanji digits)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 branch, scanned, with the 内容証明 stamp, dated 令和七年十一月二十日: "
                        "every amount as positional kanji digits grouped with 、 (金三、八二〇、四〇〇円 …); items bulleted "
                        "「一、」 and a 合計 line without a number; rate 年一四パーセント in positional digits; the 金五百万円 "
                        "loan of 令和三年, 第五条第一項 and the 連帯保証人 (same surname) as distractors; NO reference printed; "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bt03 司法書士's 請求書 for a small company's loan, every amount in 大字 (金壱百弐拾参万円).


def bt03():
    R = 15.0
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    lent, mat = D(2024, 9, 2), D(2025, 3, 31)
    P = 1_230_000
    I = late(P, 6.0, lent + ONE, mat)
    L = late(P, R, mat + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "請求書"),
        ("plain", "冠省"),
        ("body", "当職は、有限会社ひめつばき商会（以下「通知人」といいます。）から依頼を受け、同社の貴殿に対する貸金返還請求に"
                 "つき、通知人の代理人として本書を差し上げます。"),
        ("body", f"貴殿は、{kdate(lent)}、通知人から{dj(P)}を、弁済期{kdate(mat)}、利息年六パーセント、遅延損害金年一割五分の"
                 "約定で借り受けました。しかしながら、貴殿は弁済期を過ぎた現在に至るまで、元金及び利息の支払を一切しておりません。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みの方法によりお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　貸付元金　　{dj(P)}"),
        ("indent", f"二　約定利息　　{dj(I)}"),
        ("plain", f"　　（{kdate(lent + ONE)}から弁済期まで）"),
        ("indent", f"三　遅延損害金　{dj(L)}"),
        ("plain", f"　　（{kdate(mat + ONE)}から本書作成日まで年一割五分）"),
        ("indent", f"請求金額合計　　{dj(T)}"),
        ("indent", "振込先　あずみの銀行　梓川支店　普通預金　〇〇三七七一九"),
        ("plain", "　　　　口座名義　司法書士鰀目晃　預り金口"),
        ("body", "右期限までにお支払いのないときは、通知人において訴訟その他の法的手続をとることになりますので、ご承知おきください。"
                 "なお、本件のお問い合わせは当職までお願いいたします。"),
        ("bottom", "草々"),
        ("low", kdate(issued)),
        ("low", "長野県松本市ちどめ坂九丁目九番九号"),
        ("low", "鰀目司法書士事務所"),
        ("low", "通知人代理人　司法書士　鰀目　晃"),
        ("low", "電話　０２６３－００－７７１９"),
        ("low", "当職整理番号　Ｓ－２５０８７"),
        ("blank", ""),
        ("low", "長野県安曇野市屋敷内九丁目九番九号"),
        ("low", "水越　和臣　殿"),
    ]
    pages = vletter(cols, size=10.0, col_pitch=6.0, left_limit=10.0, top=18.0, bottom=280.0)
    assert len(pages) == 1, len(pages)
    seal_on(pages, "鰀目　晃", "square", "司法書士鰀目晃之印", 11, 63031, 1.5)
    tr = truth(document_type="collection_notice", sender="鰀目司法書士事務所", phone="0263-00-7719",
               creditor="有限会社ひめつばき商会", status="not_applicable", debtor="水越和臣", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=None,
               last_payment=None, reference="S-25087", input_kind="vertical_pdf",
               template="proxy63_vertical_shihoshoshi_seikyu_daiji", received=D(2025, 12, 8))
    return dict(stem="bt03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士 for a small company, 縦書き 請求書, 大字)",
                unusual="縦書き 請求書 (冠省 … 草々) of a 司法書士 acting for a small company's private loan, digital: EVERY "
                        "amount in 大字 (the principal is a round 金壱百弐拾参万円); the rate as 年一割五分 (= 15 %, old "
                        "wording) next to the 利息年六パーセント; a loan with one 弁済期 (no 喪失, no payment ever → "
                        "acceleration and last payment null); the 合計 line without a number; a 預り金口 account in "
                        "kanji digits; phone and 整理番号 in FULL-WIDTH digits stacked upright (０２６３－００－７７１９, "
                        "Ｓ－２５０８７)")


# ---------------------------------------------------------------------------------------------
# bt04 簡裁 支払督促 set vertically (court style), real servicer creditor; one scanned page.


def bt04():
    R = 14.6
    issued = D(2025, 12, 10)
    asg, acc = D(2025, 7, 31), D(2025, 4, 27)
    P, I = 384_200, 21_816
    Lf = late(P, R, acc + ONE, asg)
    C = 3_512
    T = P + I + Lf + C
    cols = [
        ("plain", "令和七年（ロ）第四一二号"),
        ("title", "支払督促"),
        ("plain", "当事者の表示　別紙当事者目録記載のとおり"),
        ("plain", "請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり"),
        ("body", "債務者は、請求の趣旨記載の金額を債権者に支払え。"),
        ("body", "債務者がこの支払督促送達の日から二週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
                 "宣言をする。"),
        ("low", kdate(issued)),
        ("low", "浜松簡易裁判所"),
        ("low", "裁判所書記官　久高　瑞穂"),
        ("blank", ""),
        ("title", "当事者目録"),
        ("plain", "〒四三〇―〇〇〇〇　静岡県浜松市中央区内間町九丁目九番九号"),
        ("low", "債務者　東江　悠真"),
        ("plain", "〒一〇〇―〇〇〇〇　東京都千代田区（送達場所）"),
        ("low", "債権者　パルティール債権回収株式会社"),
        ("low", "代表者代表取締役　渡慶次　了"),
        ("blank", ""),
        ("title", "請求の趣旨"),
        ("plain", f"一　金{kanji_number_safe(P)}円（譲受債権元金）"),
        ("plain", f"二　金{kanji_number_safe(I)}円（確定利息）"),
        ("plain", f"三　金{kanji_number_safe(Lf)}円（確定遅延損害金）"),
        ("plain", f"四　金{kanji_number_safe(C)}円（督促手続費用）"),
        ("plain", f"合計　金{kanji_number_safe(T)}円"),
        ("plain", f"五　右一の金額に対する{kdate(asg + ONE)}から完済まで年十四・六パーセントの割合による遅延損害金"),
        ("title", "請求の原因"),
        ("body", f"債務者は、株式会社ほおずきカードとの間で平成二十九年十月二日カード会員契約を締結し、同社から金員を借り受けたが、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失した。同社は、{kdate(asg)}、右債権を債権者に譲渡し、"
                 "その旨債務者に通知した。"),
    ]
    pages = fit1(cols, start=10.0, left_limit=12.0, top=18.0, bottom=278.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    pg.items.append(Text(20.0, 287.0, "督促異議の申立て等のお問い合わせ　浜松簡易裁判所民事係　電話〇五三（〇〇〇）二一四八", 7.5,
                         "serif"))
    seal_on(pages, "浜松簡易裁判所", "square", "浜松簡易裁判所印", 12, 63041, 3.0)
    tr = truth(document_type="payment_order", sender="浜松簡易裁判所", phone="053-000-2148",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社ほおずきカード",
               debtor="東江悠真", total=T, principal=P, interest=I, late_damages=Lf, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, assignment=asg, reference="令和7年(ロ)第412号",
               input_kind="vertical_scan", template="proxy63_vertical_court_payment_order", received=D(2025, 12, 13))
    return dict(stem="bt04", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.6,
                about="payment_order (簡裁 支払督促 set vertically, real servicer creditor)",
                unusual="a whole 支払督促 of a 簡裁 set VERTICALLY on one scanned page: the case number in kanji digits "
                        "令和七年（ロ）第四一二号 before the title; 当事者目録 with 〒 in kanji digits and the creditor ★ "
                        "パルティール債権回収 (no licence: court paper); 請求の趣旨 as ordinary-kanji lines (金三十八万四千二百円 …) "
                        "with a 合計 line between item 四 and the running item 五 (not late damages); 請求の原因 with the "
                        "card company, the 喪失 and the 譲渡; the court's phone only in a horizontal foot line in kanji digits")


def kanji_number_safe(n: int) -> str:
    from samples.letters.fmt import kanji_number
    return kanji_number(n)


# ---------------------------------------------------------------------------------------------
# bt05 joint 債権譲渡及び譲受通知書, vertical, lender → real servicer; scanned.


def bt05():
    R = 20.0
    issued, asg = D(2025, 10, 3), D(2025, 10, 1)
    acc, lastp = D(2025, 6, 20), D(2025, 4, 27)
    P, I = 628_500, 14_377
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    cols = [
        ("title", "債権譲渡及び譲受通知書"),
        ("plain", "拝啓　時下ますますご清祥のこととお慶び申し上げます。"),
        ("body", f"さて、譲渡人株式会社かたくりファイナンスは、{kdate(asg)}付で、貴殿に対して有する左記債権を、譲受人オリックス"
                 "債権回収株式会社に譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもってご通知"
                 "申し上げます。"),
        ("body", "つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("plain", "一　原契約　平成三十一年二月八日付金銭消費貸借契約"),
        ("plain", f"二　期限の利益喪失日　{kdate(acc)}"),
        ("plain", f"三　最終弁済日　{kdate(lastp)}"),
        ("plain", "四　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　元金　　　　{ky(P)}"),
        ("plain", f"　　利息　　　　{ky(I)}"),
        ("plain", f"　　遅延損害金　{ky(L)}（年二十パーセント）"),
        ("plain", f"　　合計　　　　{ky(T)}"),
        ("plain", "五　お客様番号　０６２８－５５１０３"),
        ("bottom", "以上"),
        ("low", kdate(issued)),
        ("low", "（譲渡人）東京都豊島区すずらん本町九丁目九番九号"),
        ("low", "株式会社かたくりファイナンス　代表取締役　勢登　嘉一郎"),
        ("low", "（譲受人）東京都港区芝浦九丁目九番九号"),
        ("low", "オリックス債権回収株式会社　代表取締役　天願　修"),
        ("low", "法務大臣許可番号第十一号"),
        ("low", "電話　〇三（〇〇〇〇）八八六〇"),
        ("blank", ""),
        ("low", "埼玉県川口市屋宜町九丁目九番九号"),
        ("low", "瀬谷　葉月　様"),
    ]
    pages = vletter(cols, size=10.5, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    seal_on(pages, "勢登", "square", "かたくりファイナンス代表取締役印", 11, 63051, 1.0)
    seal_on(pages, "天願", "square", "オリックス債権回収代表取締役印", 11, 63052, 1.0)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-8860", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かたくりファイナンス", debtor="瀬谷葉月", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="0628-55103", input_kind="vertical_scan",
               template="proxy63_vertical_joint_assignment_servicer", received=D(2025, 10, 6))
    return dict(stem="bt05", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="assignment_notice (joint, lender → real servicer, 縦書き)",
                unusual="joint 縦書き 債権譲渡及び譲受通知書 (拝啓 … 敬具), scanned: a numbered 記 with the 平成三十一年 "
                        "contract, 喪失日 and 最終弁済日 in kanji, the amounts as of the 譲渡日 in ordinary kanji; the two "
                        "notifiers one after the other (譲渡人 / 譲受人 ★ オリックス債権回収 with 「法務大臣許可番号第十一号」 "
                        "in kanji) with seals on the names; the お客様番号 in full-width digits stacked; 民法第四百六十七条 "
                        "as a distractor; informs only")


# ---------------------------------------------------------------------------------------------
# bt06 a real servicer's 和解書（案） with its vertical cover letter (2 pages, digital).


def bt06():
    issued, back = D(2025, 12, 12), D(2025, 12, 26)
    asg = D(2024, 12, 2)
    P, I, L = 702_118, 38_450, 133_662
    T = P + I + L
    S, N = 480_000, 48
    assert S == N * 10_000
    cover = [
        ("title", "和解書（案）ご送付のご案内"),
        ("plain", "拝啓　師走の候、ますますご清祥のこととお慶び申し上げます。"),
        ("body", "先日はお電話にてご相談をいただき、誠にありがとうございました。お話し合いの結果に基づき、和解書（案）を作成いた"
                 "しましたので、同封のとおりお送りいたします。"),
        ("body", f"内容にご同意いただける場合は、和解書二通にご署名・ご捺印のうえ、{kdate(back)}までに同封の返信用封筒にて"
                 "ご返送ください。期限までにご返送のない場合は、本案は効力を失うものといたします。"),
        ("bottom", "敬具"),
        ("low", kdate(issued)),
        ("low", "東京都中央区日本橋汀町九丁目九番九号"),
        ("low", "アウロラ債権回収株式会社　管理第二部"),
        ("low", "法務大臣許可番号　第七六号"),
        ("low", "電話　〇一二〇（〇〇〇）七六三"),
        ("low", "お客様番号　７６０５２１４４"),
        ("blank", ""),
        ("low", "泡瀬　千尋　様"),
    ]
    deal = [
        ("title", "和解書（案）"),
        ("body", "アウロラ債権回収株式会社（以下「甲」という。）と泡瀬千尋（以下「乙」という。）とは、甲が株式会社やぶかんぞうクレ"
                 f"ジットから{kdate(asg)}に譲り受けた債権に関し、本日、左記のとおり和解する。"),
        ("plain", f"第一条　乙は、甲に対し、本日現在、{ky(T)}の債務（内訳　元金{ky(P)}、利息{ky(I)}、遅延損害金{ky(L)}）を負担"
                  "していることを認める。"),
        ("plain", f"第二条　乙は、甲に対し、前条の債務のうち{ky(S)}を、令和八年一月から令和十一年十二月まで、毎月二十七日限り"
                  f"金一万円ずつ、{kanji_small(N)}回に分割して、甲の指定する口座に振り込んで支払う。"),
        ("plain", "第三条　乙が前条の分割金の支払を二回分以上怠ったときは、乙は当然に期限の利益を失い、第一条の金額から既払金を"
                  "控除した残額を直ちに支払う。"),
        ("plain", "第四条　乙が期限の利益を失うことなく第二条の金員を支払ったときは、甲は乙に対し、その余の債務を免除する。"),
        ("plain", "第五条　甲及び乙は、本和解書に定めるほか、甲乙間に何らの債権債務のないことを相互に確認する。"),
        ("low", "令和　　年　　月　　日"),
        ("low", "甲　アウロラ債権回収株式会社"),
        ("low", "乙　住所"),
        ("low", "　　氏名　　　　　　　　　　　　印"),
    ]
    p1 = vletter(cover, size=11.5, col_pitch=8.0)
    p2 = vletter(deal, size=11.0, col_pitch=7.4)
    assert len(p1) == 1 and len(p2) == 1, (len(p1), len(p2))
    pages = p1 + p2
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-763", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社やぶかんぞうクレジット", debtor="泡瀬千尋", total=T, principal=P, interest=I, late_damages=L,
               rate=None, lump=False, issued=issued, payment_due=back, assignment=asg, reference="76052144",
               input_kind="vertical_pdf", template="proxy63_vertical_settlement_deed_draft", received=D(2025, 12, 15))
    return dict(stem="bt06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="settlement_proposal (real servicer, 縦書き 和解書（案） with cover letter, 2 pages)",
                unusual="page 1 a 縦書き cover letter (拝啓　師走の候 … 敬具) asking for the signed deed back by "
                        "令和七年十二月二十六日 (→ payment_due), ★ アウロラ債権回収 with 「第七六号」 in kanji digits, the "
                        "お客様番号 in full-width digits; page 2 the 和解書（案） in 第一条…第五条 form: the debt acknowledged "
                        "with its 内訳 in brackets INSIDE one sentence, the reduced 金四十八万円 in 四十八 instalments of "
                        "金一万円 (distractors), the default and waiver clauses, a BLANK date 「令和　年　月　日」 and an "
                        "empty signature line; no rate printed")


# ---------------------------------------------------------------------------------------------
# bt07 信用組合's letter to an heir: the deceased's loan and the heir's share; full-width dates 令和７年１１月２０日.


def bt07():
    issued = D(2025, 11, 20)
    died, lastp = D(2025, 8, 3), D(2025, 7, 27)
    P0, I0 = 1_486_300, 12_944
    P, I = P0 // 2, I0 // 2
    assert P * 2 == P0 and I * 2 == I0
    T = P + I
    cols = [
        ("title", "ご相続に伴うご債務についてのご案内"),
        ("plain", "謹啓　このたびは、御尊父千代反田昭三様のご逝去に際し、謹んでお悔やみ申し上げます。"),
        ("body", f"さて、故昭三様（{fe(died)}ご逝去）には、当組合からのご融資（ご融資番号　第〇八一―二二七号）について、"
                 f"{fe(lastp)}のご返済を最後に、ご返済が止まっております。"),
        ("body", "ご融資のご債務は、法律上、ご相続人の皆様に法定相続分に応じて承継されることとなります。ご相続人様お二人の"
                 "ご承継分は、それぞれ二分の一となります。"),
        ("body", f"つきましては、{fe(issued)}現在のご債務と、貴殿にご承継いただく金額を左記のとおりご案内いたします。ご承継分を"
                 "一括してお支払いいただくか、ご返済方法について当組合にご相談ください。"),
        ("indent", "記"),
        ("plain", "一　故昭三様のご債務（全額）"),
        ("plain", f"　　元金　{P0:,}円　利息　{I0:,}円".translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))),
        ("plain", "二　貴殿のご承継分（二分の一）"),
        ("plain", f"　　元金　{fw(f'{P:,}')}円"),
        ("plain", f"　　利息　{fw(f'{I:,}')}円"),
        ("plain", f"　　合計　{fw(f'{T:,}')}円"),
        ("body", "なお、相続放棄や限定承認をご検討の場合は、相続の開始があったことを知った時から三か月以内に家庭裁判所での"
                 "お手続が必要です。お早めに専門家にご相談ください。"),
        ("bottom", "謹白"),
        ("low", fe(issued)),
        ("low", "沖縄県浦添市屋宜原九丁目九番九号"),
        ("low", "琉海さんご信用組合　融資管理課"),
        ("low", "電話　０１２０－０００－３８７"),
        ("low", "整理番号　ＳＳ－０７１８"),
        ("blank", ""),
        ("low", "沖縄県宜野湾市内間台九丁目九番九号"),
        ("low", "千代反田　紗季　様"),
    ]
    pages = fit1(cols, start=10.5, left_limit=12.0)
    tr = truth(document_type="collection_notice", sender="琉海さんご信用組合", phone="0120-000-387",
               creditor="琉海さんご信用組合", status="not_applicable", debtor="千代反田紗季", total=T, principal=P,
               interest=I, rate=None, lump=True, issued=issued, last_payment=lastp, reference="SS-0718",
               input_kind="vertical_scan", template="proxy63_vertical_heir_share_letter_fw_dates",
               received=D(2025, 11, 25))
    return dict(stem="bt07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=1.1,
                about="collection_notice (信用組合 to an heir, 縦書き, the heir's half share)",
                unusual="縦書き letter of condolence and demand (謹啓 … 謹白) to the DAUGHTER of a dead borrower, scanned: every "
                        "date in FULL-WIDTH digits stacked (令和７年１１月２０日, death ８月３日, last payment ７月２７日); "
                        "the deceased's whole debt (元金 １，４８６，３００円 / 利息 on ONE column) above the heir's "
                        "half share (元金 / 利息 / 合計) → the share is what is claimed; ご融資番号 第〇八一―二二七号 in kanji "
                        "digits (not the reference; 整理番号 ＳＳ－０７１８ is); the three-month 相続放棄 rule as a "
                        "distractor; no rate, no late damages, no payment date (「ご相談ください」)")


# ---------------------------------------------------------------------------------------------
# bt08 invented servicer's 縦書き 催告書 with a small horizontal table in the lower third; phone photo.


def bt08():
    R = 14.6
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    asg, acc, lastp = D(2025, 9, 30), D(2025, 3, 27), D(2025, 2, 27)
    P, I = 912_640, 47_305
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", f"当社は、{kdate(asg)}、株式会社つるばら信販から、同社が貴殿に対して有する貸金債権を譲り受けました。"),
        ("body", f"貴殿は、{kdate(lastp)}のお支払いを最後に約定のお支払いを怠り、{kdate(acc)}の経過をもって期限の利益を"
                 "喪失しております。当社から再三ご連絡を差し上げましたが、いまだにお支払いもご連絡もいただけておりません。"),
        ("body", f"つきましては、下表の合計額を{kdate(due)}までに一括してお支払いくださるよう、本書をもって催告いたします。"),
        ("body", "右期日までにお支払い又はご連絡のない場合は、法的手続に移行いたしますので、あらかじめご了承ください。"),
        ("low", kdate(issued)),
        ("low", "大阪市北区梅田汀橋九丁目九番九号"),
        ("low", "あけぼの杉債権回収株式会社"),
        ("low", "法務大臣許可番号第二九九号"),
        ("low", "電話〇六（〇〇〇〇）二九九一"),
        ("blank", ""),
        ("low", "保栄茂　多恵子　様"),
    ]
    pages = vletter(cols, size=11.0, top=22.0, bottom=170.0, col_pitch=7.8, left_limit=16.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    y0 = 184.0
    pg.items.append(Line(20, y0 - 5, 190, y0 - 5, 0.2, GRAY))
    pg.items.append(Text(22, y0 + 1, "ご請求明細（令和8年1月16日現在）　お客様番号 AK-3302918", 9.5, "sans-bold"))
    rows = [("項　目", "金　額"), ("譲受元金", f"{P:,}円"), ("利息", f"{I:,}円"),
            (f"遅延損害金（年{R}％）", f"{L:,}円"), ("合計", f"{T:,}円")]
    x0, w1, w2, h = 22.0, 70.0, 50.0, 8.0
    for i, (a, b) in enumerate(rows):
        y = y0 + 4 + i * h
        if i == 0:
            pg.items.append(Box(x0, y, w1 + w2, h, 0.0, None, (0.88, 0.88, 0.88)))
        pg.items.append(Box(x0, y, w1, h, 0.3))
        pg.items.append(Box(x0 + w1, y, w2, h, 0.3))
        f = "sans-bold" if i in (0, len(rows) - 1) else "sans"
        pg.items.append(Text(x0 + 2, y + 5.5, a, 10, f))
        pg.items.append(Text(x0 + w1 + w2 - 2, y + 5.5, b, 10, f, "r"))
    pg.items.append(Text(148, y0 + 12, "お振込先", 9, "sans-bold"))
    for i, s in enumerate(["あすなろ共同銀行 梅田支店", "普通 3302918", "アケボノスギサイケンカイシュウ(カ"]):
        pg.items.append(Text(148, y0 + 17 + i * 5, s, 8.5, "sans"))
    pg.items.append(Text(22, y0 + 52, "※遅延損害金は譲受元金に対し期限の利益喪失日の翌日から本書作成日まで年365日の日割計算です。",
                         8, "sans"))
    seal_on(pages, "あけぼの杉債権回収株式会社", "square", "あけぼの杉債権回収之印", 13, 63081, 14.5)
    tr = truth(document_type="collection_notice", sender="あけぼの杉債権回収株式会社", license_number=299,
               phone="06-0000-2991", creditor="あけぼの杉債権回収株式会社", status="unverified",
               original="株式会社つるばら信販", debtor="保栄茂多恵子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AK-3302918", input_kind="photo_jpeg",
               template="proxy63_vertical_servicer_saikoku_inline_table_photo", received=D(2026, 1, 19))
    return dict(stem="bt08", ext="jpg", kind="photo_jpeg", pages=pages, truth=tr,
                shot=dict(bg="desk", creases=2, keystone=0.06, tilt=2.0, shadow=0.25, shadow_side="bottom", warm=0.4),
                about="collection_notice (invented servicer, 縦書き 催告書 with a horizontal table, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom: an INVENTED "
                        "servicer's 縦書き 催告書 in the upper two thirds (kanji dates: 譲受, last payment, 喪失, due; "
                        "「法務大臣許可番号第二九九号」 → unverified) and a small HORIZONTAL ruled table in the lower third "
                        "(ご請求明細 with an arabic date, 譲受元金 / 利息 / 遅延損害金（年14.6％） / 合計) with the "
                        "お客様番号 AK-3302918 in its caption and the transfer account beside it")


LETTERS = [bt01, bt02, bt03, bt04, bt05, bt06, bt07, bt08]
