"""Proxy set 102, letters dg09–dg16: "faxes and vertical writing, round 1". Four more 縦書き letters (dg09 a law
office's 催告書 for a bank, scanned; dg10 an invented servicer's 最終催告書, digital; dg11 a guarantee company's 代位弁済
通知 in 大字, scanned; dg12 a consumer lender's arrears 催告書, digital) and the four others: a 簡裁 支払督促 with a real
servicer as creditor (photo), a 仮執行宣言付支払督促 (photo stored sideways), a 簡裁 (ハ) 呼出状 with its 請求の要旨
(HEIC) and a real servicer's ご請求書 (digital PDF)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    Box,
    Line,
    Page,
    bars,
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from letters_a import kd, kn

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
KWD = "月火水木金土日"


def _seal_below(pg, key, size, text, seed, gap=8.0, angle=-3, dx=-3.0):
    """A square seal under the end of the column holding `key`, pushed `dx` mm sideways (towards a blank column)."""
    it = [v for v in pg.items if isinstance(v, VText) and key in v.s][0]
    pg.items.append(Seal(it.x + dx, it.y + len(it.s) * it.size * 0.3528 * 1.05 + gap + size / 2, size, "square", text,
                         angle=angle, seed=seed))


# ---------------------------------------------------------------------------------------------
# dg09 law office 縦書き 催告書 (内容証明) for a bank, absolute deadline in kanji, two lawyers; scanned.


def dg09():
    R = 14.0
    issued, due = D(2026, 5, 25), D(2026, 6, 10)
    acc, lastp = D(2026, 3, 18), D(2025, 12, 26)
    P, I = 2_184_600, 11_208
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、株式会社若潮銀行（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", f"貴殿は、通知人との間の令和二年十月九日付金銭消費貸借契約に基づく返済を{kdate(lastp)}を最後に怠り、"
                 f"{kdate(acc)}をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}までに、左記当職ら預り金口座へ一括してお支払いくださるよう"
                 "催告いたします。"),
        ("body", "右期限までにお支払いのない場合は、何らの通知なく訴訟提起等の法的手続に着手いたしますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　　{kn(P)}"),
        ("indent", f"二　未払利息　　　{kn(I)}"),
        ("indent", f"三　遅延損害金　　{kn(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　　{kn(T)}"),
        ("indent", "振込先　若潮銀行横浜支店　普通預金　〇三八八二〇一"),
        ("plain", "　　　　口座名義　弁護士川瀬口雅人預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "横浜市中区さくら堤三丁目三番三号"),
        ("low", "川瀬口法律事務所"),
        ("low", "電話　〇四五（〇〇〇）八八二〇"),
        ("low", "通知人代理人　弁護士　川瀬口　雅人"),
        ("low", "同　　　　　　弁護士　夏井坂　遥"),
        ("blank", ""),
        ("low", "横浜市港北区甍坂一丁目一番一号"),
        ("low", "松苗　康夫　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 102091))
    _seal_below(pg, "川瀬口　雅人", 8, "弁護士川瀬口", 102092, gap=2, dx=0)
    _seal_below(pg, "夏井坂", 8, "弁護士夏井坂", 102093, gap=13, angle=4, dx=-2.5)
    tr = truth(document_type="collection_notice", sender="川瀬口法律事務所", phone="045-000-8820",
               creditor="株式会社若潮銀行", status="not_applicable", debtor="松苗康夫", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_scan", template="proxy102_vertical_law_office_saikoku_for_bank",
               received=D(2026, 5, 27))
    return dict(stem="dg09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=1.1,
                about="collection_notice (law office 縦書き 催告書 for a bank, 内容証明)",
                unusual="縦書き 催告書 of a law office of two lawyers (通知人代理人 / 同), scanned with the 内容証明 stamp and two "
                        "small square lawyer seals; amounts in positional kanji; an ABSOLUTE deadline "
                        "令和八年六月十日 in the prose (payment_due); 喪失 and last payment in the prose; a 預り金口 account "
                        "number in kanji digits with 〇 (distractor); 令和二年 contract date; creditor = the client bank "
                        "(sender the law office); no reference printed")


# ---------------------------------------------------------------------------------------------
# dg10 invented servicer 和泉橋債権回収 縦書き 最終催告書, kanji-digit amounts, licence 第二百四十一号; digital.


def dg10():
    R = 20.0
    issued, due = D(2026, 7, 6), D(2026, 7, 21)
    assign, acc, lastp = D(2026, 2, 27), D(2025, 10, 14), D(2025, 7, 31)
    P, I = 876_500, 38_214
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "最終催告書"),
        ("body", f"当社は、{kdate(assign)}、株式会社浮雲ファイナンス（以下「原債権者」）から、貴殿に対する左記貸金債権を譲り受け、"
                 "その旨ご通知申し上げたうえ、再三にわたりお支払いをお願いしてまいりました。"),
        ("body", "しかしながら、本日に至るまでお支払いもご連絡もいただいておりません。"),
        ("body", f"つきましては、本書をもって最終の催告をいたします。左記請求金額の全額を{kdate(due)}（{wd(due)}）までに一括して"
                 "お支払いください。"),
        ("body", "右期日までにお支払い又はご連絡のない場合、当社は法的手続に移行いたします。"),
        ("indent", "記"),
        ("indent", "一　管理番号　ＩＺ－６０７１－４３３（お問合せの際にお伝えください）"),
        ("indent", "二　原債権者　株式会社浮雲ファイナンス"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　最終入金日　{kdate(lastp)}"),
        ("indent", "五　請求金額"),
        ("plain", f"　　元金　　　　　{kd(P)}"),
        ("plain", f"　　利息　　　　　{kd(I)}"),
        ("plain", f"　　遅延損害金　　{kd(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年二〇パーセント）"),
        ("plain", f"　　請求金額合計　{kd(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区絣通九丁目九番九号"),
        ("low", "法務大臣許可番号第二百四十一号"),
        ("low", "和泉橋債権回収株式会社"),
        ("blank", ""),
        ("low", "管理部　担当　玉來"),
        ("low", "電話　〇三（〇〇〇〇）二四一〇"),
        ("blank", ""),
        ("low", "埼玉県川口市鷭池二丁目二番二号"),
        ("low", "沢目　博之　様"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    _seal_below(pages[0], "和泉橋債権回収株式会社", 12, "和泉橋債権回収印", 102101, gap=3)
    tr = truth(document_type="collection_notice", sender="和泉橋債権回収株式会社", license_number=241,
               phone="03-0000-2410", creditor="和泉橋債権回収株式会社", status="unverified",
               original="株式会社浮雲ファイナンス", debtor="沢目博之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="IZ-6071-433", input_kind="vertical_pdf",
               template="proxy102_vertical_invented_servicer_final_demand_kanji_digits", received=D(2026, 7, 8))
    return dict(stem="dg10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (invented servicer 縦書き 最終催告書, 一括請求)",
                unusual="縦書き 最終催告書 of the INVENTED servicer of dg03 as a digital PDF: 「法務大臣許可番号第二百四十一号」 in "
                        "positional kanji (→ 241, unverified); amounts in kanji digits with 〇 and 万 (金八七万六五〇〇円); the "
                        "rate 年二〇パーセント; the deadline with a kanji weekday 令和八年七月二十一日（火）; a numbered 記 list with "
                        "the 管理番号 in full-width Latin letters and digits, 原債権者, 喪失日 and 最終入金日; the 譲受 date only "
                        "in the prose")


# ---------------------------------------------------------------------------------------------
# dg11 guarantee company 縦書き 代位弁済通知 兼 求償金請求書, 大字 amounts, relative deadline; scanned.


def dg11():
    R = 14.6
    issued, subro = D(2026, 8, 12), D(2026, 8, 5)
    acc, lastp = D(2026, 6, 30), D(2026, 3, 31)
    P0, I0 = 1_508_000, 15_400
    S = P0 + I0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("title", "代位弁済通知兼求償金請求書"),
        ("body", "拝啓　貴殿が鳩間信用金庫から借り受けられた平成三十一年三月八日付証書貸付につきましては、当社が貴殿の委託により"
                 "連帯保証をしております。"),
        ("body", f"貴殿は、右貸付金の返済を{kdate(lastp)}を最後に遅滞され、{kdate(acc)}をもって期限の利益を喪失されました。"
                 f"このため当社は、保証委託契約に基づき、{kdate(subro)}、同金庫に対し金{dj(S)[1:]}を代位弁済いたしました。"),
        ("body", "つきましては、当社の貴殿に対する求償金として、左記金額を本書到達後十四日以内に一括してお支払いください"
                 "ますよう、ご請求申し上げます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　求償管理番号　２６０８－０５１５（お問合せの際にお伝えください）"),
        ("indent", f"二　求償元金　　　{dj(S)}"),
        ("plain", f"　　（代位弁済額　内訳　元金{dj(P0)[1:]}、利息{dj(I0)[1:]}）"),
        ("indent", f"三　損害金　　　　{dj(L)}"),
        ("plain", f"　　（{kdate(subro + ONE)}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　ご請求額合計　{dj(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "沖縄県那覇市水仙町一丁目一番一号"),
        ("low", "電話　〇九八（〇〇〇）六二〇三"),
        ("low", "貸金業登録番号　沖縄総合事務局長（二）第〇〇〇五七号"),
        ("low", "とうだい信用保証株式会社"),
        ("low", "代表取締役　西海枝　芳樹"),
        ("blank", ""),
        ("low", "沖縄県浦添市かい町四丁目四番四号"),
        ("low", "浦辺　悦子　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    _seal_below(pages[0], "西海枝", 10, "とうだい信用保証代表印", 102111, gap=3)
    tr = truth(document_type="acceleration_notice", sender="とうだい信用保証株式会社", phone="098-000-6203",
               creditor="とうだい信用保証株式会社", status="not_applicable", original="鳩間信用金庫", debtor="浦辺悦子",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, reference="2608-0515",
               input_kind="vertical_scan", template="proxy102_vertical_guarantor_subrogation_daiji_relative",
               received=D(2026, 8, 14))
    return dict(stem="dg11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="acceleration_notice (guarantee company 縦書き 代位弁済通知兼求償金請求書, 大字)",
                unusual="縦書き 代位弁済通知兼求償金請求書, scanned: EVERY amount in 大字 (金壱百五拾弐万参千四百円); the 代位弁済額 "
                        "appears twice (in the prose and as 求償元金) with its 元金 / 利息 split in brackets (history, not "
                        "interest); deadline ONLY relative 「本書到達後十四日以内」 (payment_due null); the 求償管理番号 in "
                        "full-width Arabic digits amid kanji; 平成三十一年 contract date; 貸金業登録番号 "
                        "沖縄総合事務局長（二）第〇〇〇五七号 under the phone (distractor, not a licence)")


# ---------------------------------------------------------------------------------------------
# dg12 consumer lender 縦書き 催告書 of three missed instalments (arrears only); digital.


def dg12():
    R = 20.0
    issued, due = D(2026, 10, 2), D(2026, 10, 16)
    lastp = D(2026, 6, 29)
    rows = [(D(2026, 7, 27), 12_000), (D(2026, 8, 27), 12_000), (D(2026, 9, 28), 12_000)]
    P = sum(r[1] for r in rows)
    I = 13_522
    L = sum(late(pr, R, d + ONE, issued) for d, pr in rows)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", f"貴殿に当社よりご融資いたしました金銭につきまして、約定の毎月二十七日のご返済が、{kdate(rows[0][0])}分から"
                 "三回にわたり遅延しております。"),
        ("body", f"つきましては、左記延滞金の合計額を{kdate(due)}までにお支払いくださいますよう、本書をもって催告いたします。"),
        ("body", "右期日までにお支払いのない場合は、契約の定めにより期限の利益を喪失し、残債務全額をご請求することとなります"
                 "ので、ご留意ください。"),
        ("indent", "記"),
        ("indent", "一　お客様番号　Ｕ－７０２１５（ご連絡の際にお申し出ください）"),
        ("indent", f"二　延滞元金　　{kn(P)}"),
        ("indent", f"三　延滞利息　　{kn(I)}"),
        ("indent", f"四　遅延損害金　{kn(L)}"),
        ("plain", "　　（延滞元金の各返済期日の翌日から本書作成日まで年二十パーセント）"),
        ("indent", f"五　延滞金合計　{kn(T)}"),
        ("indent", f"六　最終ご入金日　{kdate(lastp)}"),
        ("indent", "七　ご融資残高　金四十三万二千円（ご参考）"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "京都市下京区もくれん通七丁目七番七号"),
        ("low", "電話　〇七五（〇〇〇）四一一八"),
        ("low", "貸金業登録番号　近畿財務局長（三）第〇〇四一一号"),
        ("low", "株式会社浮雲ファイナンス　お客様相談室"),
        ("blank", ""),
        ("low", "京都府宇治市霰ケ丘五丁目五番五号"),
        ("low", "淵脇　大輔　様"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    _seal_below(pages[0], "浮雲ファイナンス　お客様", 11, "浮雲ファイナンス之印", 102121, gap=3)
    tr = truth(document_type="collection_notice", sender="株式会社浮雲ファイナンス", phone="075-000-4118",
               creditor="株式会社浮雲ファイナンス", status="not_applicable", debtor="淵脇大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="U-70215", input_kind="vertical_pdf",
               template="proxy102_vertical_consumer_lender_arrears_saikoku", received=D(2026, 10, 5))
    return dict(stem="dg12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (consumer lender 縦書き 催告書, arrears only)",
                unusual="縦書き 催告書 of a consumer lender for three missed instalments, digital: arrears only (lump false, "
                        "no 喪失 date; acceleration only threatened); positional kanji amounts; late damages summed over "
                        "the three instalments (one printed figure); the ご融資残高 金四十三万二千円（ご参考） is NOT the "
                        "total; お客様番号 in full-width Ｕ－７０２１５; 貸金業登録番号 with 〇 digits (distractor); weekdayless "
                        "kanji dates; 様 instead of 殿")


# ---------------------------------------------------------------------------------------------
# dg13 支払督促 (松山簡裁), creditor SMBC債権回収 (real), one page photographed.


def dg13():
    R = 14.6
    issued, filed = D(2026, 3, 9), D(2026, 2, 19)
    acc, assign = D(2025, 9, 2), D(2025, 12, 19)
    P, I, C = 745_200, 32_418, 5_210
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C
    case = "令和８年（ロ）第３１８号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, "事件番号　" + case, size=10.5, align="r")
    p.y = 26
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.line("当事者の表示", size=10.5, font="serif-bold")
    p.kv([("債権者", "SMBC債権回収株式会社"), ("　", "東京都中央区川蝉九丁目9番9号"), ("　", "（送達場所）同上　電話 03-0000-1093"),
          ("債務者", "湯目　直子"), ("　", "愛媛県松山市花水木町三丁目3番3号")], x=22, label_w=24, size=10)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=10.5, font="serif-bold")
    p.table([["１　金", f"{P:,}円", "（残元金）"], ["２　金", f"{I:,}円", "（利息）"],
             ["３　金", f"{L:,}円", f"（確定遅延損害金　{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％）"],
             ["４　金", f"{C:,}円", "（督促手続費用）"], ["合計　金", f"{T:,}円", ""]], [22, 30, 118], x=22,
            aligns="lrl", size=10, row_h=7.2, ruled="none", font="serif")
    p.para(f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金", size=10)
    p.gap(2)
    p.line("請求の原因", size=10.5, font="serif-bold")
    p.para("１　債務者は、株式会社浮雲ファイナンスとの間で、令和3年5月14日、極度額100万円、利率年17.8％、遅延損害金年14.6％の"
           "約定で金銭消費貸借契約を締結し、借入れをした。", size=9.8)
    p.para(f"２　債務者は、分割金の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。", size=9.8)
    p.para(f"３　株式会社浮雲ファイナンスは、{fw(era(assign))}、本件債権を債権者に譲渡し、その旨債務者に通知した。", size=9.8)
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=26, size=10.5)
    p.line("松山簡易裁判所", x=40, size=11.5, font="serif-bold")
    p.line("裁判所書記官　樟葉　里美", x=60, size=10.5)
    p.seal(160, p.y - 8, 14, "square", "松山簡易裁判所書記官印", angle=0, seed=102131)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.4))
    p.at(24, y + 6, "この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てを", size=9)
    p.at(24, y + 11.5, "してください。（同封の督促異議申立書をご利用ください。）", size=9)
    p.at(24, y + 17, "お問合せ　松山簡易裁判所民事係　電話 089-000-4127（事件番号をお伝えください）", size=9)
    tr = truth(document_type="payment_order", sender="松山簡易裁判所", phone="089-000-4127",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社浮雲ファイナンス", debtor="湯目直子",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=acc, assignment=assign, reference="令和8年(ロ)第318号", input_kind="photo_jpeg",
               template="proxy102_payment_order_matsuyama_real_servicer_photo", received=D(2026, 3, 11))
    return dict(stem="dg13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.04, tilt=1.4, creases=2, shadow=0.25, shadow_side="bottom", fill=0.87),
                about="payment_order (松山簡裁, real servicer creditor, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; a whole 支払督促 on "
                        "ONE page in serif; creditor ★ SMBC債権回収株式会社 (no licence printed: court paper → licensed, "
                        "licence null) with its 送達場所 phone (distractor); 請求の趣旨 as unruled rows 「１　金…円（残元金）」 "
                        "… 「合計　金…円」 with the 確定遅延損害金 window in the label, and the running item ５; 請求の原因 "
                        "with 極度額100万円 and 利率年17.8％ (distractors) naming the original lender; the court's phone in the "
                        "notice box at the foot")


# ---------------------------------------------------------------------------------------------
# dg14 仮執行宣言付支払督促 (旭川簡裁), card company creditor; photo stored sideways (EXIF 6).


def dg14():
    R = 14.6
    order, served, filed, issued = D(2025, 10, 3), D(2025, 10, 8), D(2025, 9, 22), D(2025, 11, 14)
    acc = D(2025, 6, 27)
    P, I, C1, C2 = 392_160, 21_775, 4_830, 1_130
    L = late(P, R, acc + ONE, filed)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, "令和7年(ロ)第1742号", size=10.5)
    p.at(190, 20, "正本", size=10.5, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17)
    p.kv([("債権者", "いさり火カード株式会社（東京都中央区柊坂九丁目9番9号）"), ("代表者", "代表取締役　誉田　修"),
          ("債務者", "牧志　健太（北海道旭川市樟葉台六条六丁目6番6号）")], x=22, label_w=22, sep="", size=10)
    p.gap(3)
    p.para(f"上記当事者間の令和7年(ロ)第1742号支払督促申立事件について、当裁判所は、{era(order)}付で別紙のとおり支払督促を発し、"
           f"同支払督促は{era(served)}債務者に送達された。債務者は、送達の日から２週間以内に督促異議の申立てをしなかった。", size=10)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10)
    p.line("主　文", align="c", size=11, font="sans-bold")
    p.para("この支払督促に仮執行の宣言をする。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨（別紙支払督促記載のとおり）", size=10.5, font="sans-bold")
    p.table([["項目", "金額（円）"], ["立替金残額", f"{P:,}"], ["未払手数料", f"{I:,}"],
             [f"確定遅延損害金（{era(acc + ONE)}～{era(filed)}）", f"{L:,}"], ["督促手続費用", f"{C1:,}"],
             ["仮執行宣言の手続費用", f"{C2:,}"], ["合計", f"{T:,}"]], [120, 50], x=20, header=True, aligns="lr",
            size=10, row_h=7.2)
    p.para(f"ほか、立替金残額{P:,}円に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金", size=9.8,
           indent="")
    p.gap(3)
    p.line(f"{era(issued)}", x=26, size=10.5)
    p.line("旭川簡易裁判所　裁判所書記官　讃良　弘", x=60, size=11)
    p.seal(176, p.y - 6, 13, "square", "旭川簡易裁判所書記官印", seed=102141)
    p.gap(3)
    p.line("これは正本である。", x=26, size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.5, (0, 0, 0), (0.95, 0.95, 0.95)))
    for i, s in enumerate(["この書面を受け取った方へ",
                           "・この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の",
                           "　申立てをすることができます。異議を申し立てても、強制執行が停止されるわけではありません。",
                           "・お問合せは、旭川簡易裁判所民事係（電話 0166-00-3318）へ。"]):
        p.at(24, y + 7 + i * 6.3, s, size=10 if i == 0 else 9, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="payment_order_enforceable", sender="旭川簡易裁判所", phone="0166-00-3318",
               creditor="いさり火カード株式会社", status="not_applicable", debtor="牧志健太", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, reference="令和7年(ロ)第1742号",
               input_kind="photo_exif_rotated", template="proxy102_enforceable_asahikawa_card_rotated",
               received=D(2025, 11, 17))
    return dict(stem="dg14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=0.7, creases=2, glare=18, fill=0.86, warm=0.3),
                about="payment_order_enforceable (旭川簡裁, card company creditor, sideways photo)",
                unusual="phone photo on tatami stored sideways (EXIF 6) with creases and lamp glare; the 支払督促 date 10/3, "
                        "its 送達 10/8 and the 申立 date in the 損害金 window vs the 仮執行宣言 date 11/14 at the foot "
                        "(issued); 「正本」 top-right and 「これは正本である。」; a header-shaded 項目 / 金額（円） table with TWO "
                        "cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) above 合計; the running 損害金 in a "
                        "sentence below; the card company's 代表者 line")


# ---------------------------------------------------------------------------------------------
# dg15 簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 with a boxed 請求の要旨, bank plaintiff; HEIC photo.


def dg15():
    R = 14.0
    issued, filed, hearing, answer = D(2026, 6, 15), D(2026, 6, 1), D(2026, 7, 22), D(2026, 7, 15)
    acc = D(2026, 2, 10)
    P, I = 512_000, 6_733
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(190, 20, "事件番号　令和８年（ハ）第１２０６号", size=10.5, align="r")
    p.at(190, 26, "貸金請求事件", size=10.5, align="r")
    p.y = 30
    p.line("被告　田鎖　明美　殿", size=13)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.para(f"原告株式会社若潮銀行から貴殿に対する頭書事件について、訴状（{fw(era(filed))}提出）が提出されました。当裁判所に出頭する"
           "期日が下記のとおり定められましたので、同期日に出頭してください。", size=10)
    p.para("なお、訴状を読んだうえ、下記答弁書提出期限までに答弁書を提出してください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.table([["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"], ["場　所", "第２法廷（本庁舎３階）"],
             ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [44, 126], x=20, aligns="ll", size=10.5,
            row_h=8.5, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 54, 0.6))
    p.at(24, y + 6.5, "【訴状の請求の要旨】", size=10.5, font="sans-bold")
    for i, (a, b) in enumerate((("貸金残元金", f"{P:,}円"), ("未払利息", f"{I:,}円"),
                                (f"遅延損害金（{era(acc + ONE)}から{era(filed)}まで　年14％）", f"{L:,}円"),
                                ("合　計", f"{T:,}円"))):
        yy = y + 14 + i * 7
        if i == 3:
            p.add(Line(30, yy - 5.2, 180, yy - 5.2, 0.3))
        p.at(30, yy, a, size=10, font="sans-bold" if i == 3 else "sans")
        p.at(180, yy, b, size=10.5, align="r", font="sans-bold" if i == 3 else "sans")
    p.at(24, y + 44, f"及び残元金に対する{era(filed + ONE)}から支払済みまで年14％の割合による遅延損害金", size=9)
    p.at(24, y + 50, f"（被告は{era(acc)}に期限の利益を喪失したとして、残額の一括支払を求めるもの）", size=9)
    p.y = y + 59
    p.line(f"{fw(era(issued))}", x=24, size=10.5)
    p.line("金沢簡易裁判所民事係　裁判所書記官　杭田　啓介", x=50, size=10.5)
    p.line("〒920-0000　金沢市（所在地省略）　電話 076-000-2140（直通）", x=50, size=9.5)
    p.gap(2)
    p.para("※出頭の際は、この呼出状と印鑑をお持ちください。答弁書の用紙は同封のものをお使いください。", size=9, indent="")
    tr = truth(document_type="lawsuit", sender="金沢簡易裁判所", phone="076-000-2140", creditor="株式会社若潮銀行",
               status="not_applicable", debtor="田鎖明美", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, hearing=hearing, reference="令和8年(ハ)第1206号", input_kind="photo_heic",
               template="proxy102_summary_court_summons_claim_box_bank_heic", received=D(2026, 6, 17))
    return dict(stem="dg15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=0.9, creases=0, glare=16, fill=0.85, bow=6),
                about="lawsuit (金沢簡裁 (ハ) 呼出状 with the claim boxed, bank plaintiff, HEIC)",
                unusual="HEIC photo on a dark cloth, sheet bowed; the 呼出状 alone (no 訴状 page) with a boxed 【訴状の請求の要旨】: "
                        "貸金残元金 / 未払利息 / 遅延損害金 (window to the 訴状 date) / 合計 and the running clause; the 訴状's "
                        "提出 date 6/1 ≠ the 呼出状 date 6/15 (issued); a shaded-label table 期日 (weekday, 午前１０時３０分) / "
                        "場所 / 答弁書提出期限 (7/15, not the hearing); 被告 … 殿 at the top; plaintiff a bank")


# ---------------------------------------------------------------------------------------------
# dg16 real servicer アルファ債権回収 (第101号) ご請求書, window envelope, slash dates; digital PDF.


def dg16():
    R = 18.0
    issued, due = D(2026, 9, 14), D(2026, 9, 30)
    assign, acc, lastp = D(2026, 6, 30), D(2026, 2, 6), D(2025, 11, 27)
    P, I = 276_480, 9_318
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    sl = lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}"  # noqa: E731
    p = Page(font="sans", size=10, top=12)
    p.at(20, 16, "ALPHA", size=16, font="sans-bold", color=NAVY)
    p.at(47, 16, "アルファ債権回収株式会社", size=11, font="sans-bold", color=NAVY)
    p.at(190, 16, "親展", size=12, font="sans-bold", align="r")
    window(p, 20, 24, "283-0000", ["千葉県東金市もみじ台西8-8-8", "コーポ鷭池 203"], "畔蒜　和也　様", "dg16", w=92, h=38)
    p.at(190, 30, f"発行日　{sl(issued)}", size=9.5, align="r")
    p.at(190, 35.5, "お客様番号　AL-2609-7740", size=9.5, align="r")
    p.at(190, 44, "アルファ債権回収株式会社", size=9.5, align="r")
    p.at(190, 49, "法務大臣許可番号　第101号", size=8.5, align="r")
    p.at(190, 54, "〒160-0000 東京都新宿区箙町10-10-10", size=8.5, align="r")
    p.at(190, 59.5, "お問合せ 0120-000-374（平日9:00-18:00）", size=9, align="r")
    p.y = 70
    p.add(Box(20, p.y, 170, 11, color=None, fill=NAVY))
    p.at(105, p.y + 7.8, "ご請求書（残債務一括のお支払いのお願い）", size=13.5, font="sans-bold", color=(1, 1, 1), align="c")
    p.y += 16
    p.para(f"当社は、{sl(assign)}付で株式会社いそぎくクレジットから、お客様に対する債権を譲り受けております。お客様は{sl(acc)}に"
           "期限の利益を喪失されておりますので、下記ご請求金額を、お支払期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    p.table([["原債権者", "株式会社いそぎくクレジット", "債権譲受日", sl(assign)],
             ["期限の利益喪失日", sl(acc), "最終お支払日", sl(lastp)],
             ["ご契約日", "2019/04/22", "ご契約番号", "IK-19-004461"]], [36, 52, 30, 52], x=20, aligns="llll",
            size=9.3, row_h=7.2, shade_col0=False)
    p.gap(4)
    p.line(f"ご請求金額の内訳（{sl(issued)}時点）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年18.0％）", "ご請求金額"], [f"¥{P:,}", f"¥{I:,}", f"¥{L:,}", f"¥{T:,}"]],
            [40, 40, 46, 44], x=20, header=True, aligns="rrrr", size=11, row_h=9)
    p.line(f"遅延損害金は、元金に対し{sl(acc + ONE)}から{sl(issued)}までを日割計算（年365日）しています。", size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 84, 18, 1.0))
    p.at(24, y + 7, "お支払期限", size=10, font="sans-bold")
    p.at(24, y + 14.5, f"{sl(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.add(Box(106, y, 84, 18, 1.0))
    p.at(110, y + 7, "お支払金額", size=10, font="sans-bold")
    p.at(186, y + 14.5, f"¥{T:,}", size=14, font="sans-bold", align="r")
    p.y = y + 23
    p.line("お振込先", size=10, font="sans-bold")
    p.line("いそぎく銀行 新宿支店　普通 7740261　アルファサイケンカイシュウ（カ", x=24, size=9.8)
    p.gap(2)
    p.para("※一括でのお支払いが難しい場合は、お支払期限までに必ずご連絡ください。ご事情をお伺いし、お支払方法をご相談させて"
           "いただきます。", size=9.3, indent="")
    p.para("※当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です（許可番号 第101号）。", size=9.0,
           indent="")
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。", size=9.0, indent="")
    p.seal(195, 45, 11, "square", "アルファ債権回収印", angle=2, seed=102161)
    bars(p, 20, 280, 90, 4, "dg16-foot", tall=False)
    p.at(190, 284, "AL-2609-7740 / 1", size=7, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-374", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社いそぎくクレジット", debtor="畔蒜和也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-2609-7740", input_kind="pdf_text",
               template="proxy102_real_servicer_lump_sum_window_slash_dates", received=D(2026, 9, 16))
    return dict(stem="dg16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer ご請求書, 一括請求, window envelope)",
                unusual="mass-mailing 一括請求 of real servicer ★ アルファ債権回収株式会社 (Latin logo 「ALPHA」, "
                        "「法務大臣許可番号　第101号」 right under the sender name and again in a footnote) as a digital PDF: "
                        "address window with bars; EVERY date as slash 2026/09/14; a 4-column info grid (原債権者, 譲受日, 喪失日, "
                        "最終お支払日, ご契約日 2019/04/22, ご契約番号 → not the reference); ¥ amounts; two boxes side by side "
                        "(お支払期限 / お支払金額); the apartment name 「コーポ鷭池 203」 and the page code at the foot as "
                        "distractors")


LETTERS = [dg09, dg10, dg11, dg12, dg13, dg14, dg15, dg16]
