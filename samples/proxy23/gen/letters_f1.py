"""Proxy set 23, letters af01–af08: "the old-fashioned office". A family-run lender in 高山 (株式会社苫屋商事) and its
司法書士 with a 縦書き 内容証明 (af01) and the 支払督促 that follows (af08); a 信用金庫's 縦書き 期限の利益喪失通知 in
大字 (af02); a city 信用保証協会's 縦書き 代位弁済通知 and 求償 (af03); a 信用組合 and a real servicer's joint 縦書き
債権譲渡及び譲受通知 (af04); a farmers' co-op's typed 督促状 for a yearly (after-harvest) instalment (af05); a public
housing lender's 全額繰上償還請求書 (af06); a 信用組合's typed 分割弁済 proposal (af07)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    Box,
    Line,
    Page,
    daiji,
    era,
    kd,
    kphone,
    kpos,
    late,
    naiyou_foot,
    pos,
    truth,
    vcheck23,
    vsafe23,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
INK = (0.10, 0.10, 0.10)
BROWN = (0.40, 0.22, 0.08)
JAGREEN = (0.05, 0.45, 0.25)


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def vpages(cols, size, pitch, left_limit, one=True):
    pages = vertical_page(vsafe23(cols, size=size), size=size, col_pitch=pitch, left_limit=left_limit)
    if one:
        assert len(pages) == 1, len(pages)
    vcheck23(pages)
    return pages


def seal_on(pg, needle, size, seed, kind="square", text="印", dy=0.0, angle=-3, dx=0.0):
    """A seal next to the column that contains `needle` (at the end of that column)."""
    col = [it for it in pg.items if isinstance(it, VText) and needle in it.s][0]
    y = col.y + len(col.s) * col.size * 0.3528 * col.pitch + size / 2 + 1 + dy
    pg.items.append(Seal(col.x + dx, y, size, kind, text, angle=angle, seed=seed))


# --- the 苫屋商事 file (af10 → af01 → af08): one debtor, one loan -------------------------------------------
TM_LOAN, TM_LOAN_D = 800_000, D(2019, 6, 10)
TM_P, TM_I, TM_R = 452_800, 18_624, 20.0
TM_LAST, TM_ACC = D(2025, 3, 31), D(2025, 5, 15)
TM_PHONE = "0577-000-3147"


# ---------------------------------------------------------------------------------------------
# af01 司法書士's 縦書き 催告書 (内容証明) for the family-run lender: positional kanji amounts with 、 and 也.


def af01():
    issued, due = D(2025, 12, 1), D(2025, 12, 15)
    L = late(TM_P, TM_R, TM_ACC + timedelta(1), issued)
    T = TM_P + TM_I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社苫屋商事（以下「通知人」といいます。）から委任を受けた司法書士として、貴殿に対し、"
                 "左記のとおり催告いたします。"),
        ("body", f"通知人は貴殿に対し、{kd(TM_LOAN_D)}付金銭消費貸借契約に基づき{kpos(TM_LOAN, ya=False)}を貸し渡しまし"
                 f"たが、貴殿は{kd(TM_LAST)}の弁済を最後に以後の分割金の支払を怠り、{kd(TM_ACC)}の経過をもって期限の利益"
                 "を喪失しております。通知人はこれまで再三書面及び電話にて支払を求めてまいりましたが、今日に至るも何らの"
                 "ご連絡もございません。"),
        ("body", f"つきましては、左記金員を{kd(due)}（{wd(due)}）限り、左記口座にお振込みください。右期限までにお支払い又は"
                 "ご連絡のないときは、やむを得ず支払督促その他の法的手続に移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{kpos(TM_P)}"),
        ("indent", f"二　未払利息　　　{kpos(TM_I)}"),
        ("indent", f"三　遅延損害金　　{kpos(L)}"),
        ("plain", f"　　　（{kd(TM_ACC + timedelta(1))}から本書作成日まで年二割の割合）"),
        ("indent", f"四　合計　　　　　{kpos(T)}"),
        ("indent", "振込先　くさぶえ銀行　高山支店　普通預金"),
        ("plain", "　　　　口座番号　〇三一七七二四　口座名義　株式会社苫屋商事"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "岐阜県高山市いなほ坂九丁目九番九号"),
        ("low", "楡井司法書士事務所"),
        ("low", f"電話　{kphone('0577-000-2206')}"),
        ("low", "（当職整理番号　ＮＩ２５－１１８）"),
        ("low", "通知人代理人　司法書士　楡井　宗則"),
        ("blank", ""),
        ("low", "岐阜県高山市こめぐら通九丁目九番九号"),
        ("low", "猪爪　健作　殿"),
    ]
    size = 9.6
    pages = vpages(cols, size, 5.5, 36.0)
    pg = pages[0]
    seal_on(pg, "司法書士　楡井", 8.5, 23011, text="楡井宗則", dy=1, dx=-2.5)
    naiyou_foot(pg, issued, "二三〇六七", "篠目　亮", 23012)
    tr = truth(document_type="collection_notice", sender="楡井司法書士事務所", phone="0577-000-2206",
               creditor="株式会社苫屋商事", status="not_applicable", debtor="猪爪健作", total=T, principal=TM_P,
               interest=TM_I, late_damages=L, rate=TM_R, lump=True, issued=issued, payment_due=due, acceleration=TM_ACC,
               last_payment=TM_LAST, reference="NI25-118", input_kind="vertical_pdf",
               template="proxy23_vertical_shihoshoshi_demand_positional_kanji_ya", received=D(2025, 12, 3))
    return dict(stem="af01", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士 for a family-run lender, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a 司法書士 for a small family-run lender, digital, with the post "
                        "office's certification block at the FOOT (purple frame: 「この郵便物は令和七年十二月一日 第二三〇六七号 "
                        "書留内容証明郵便物として…」 + round 郵便認証司 stamp; the 第…号 is not a reference); every amount in "
                        "POSITIONAL kanji grouped with 、 and ending in 也 (金四五二、八〇〇円也); the rate as 「年二割」; "
                        "令和元年 loan of 金八〇〇、〇〇〇円 (distractor); due 「令和七年十二月十五日（月）限り」; bank account in "
                        "kanji digits (distractor); phone in kanji digits; full-width 当職整理番号 ＮＩ２５－１１８")


# ---------------------------------------------------------------------------------------------
# af02 信用金庫's 縦書き 期限の利益喪失通知書 (内容証明), every amount in 大字 with 也; scanned.

YM_P, YM_I, YM_R = 8_416_000, 52_318, 14.0
YM_ACC, YM_LAST, YM_WARN = D(2025, 10, 3), D(2025, 6, 30), D(2025, 9, 19)
YM_LOAN_D = D(2019, 11, 29)
YM_NAME = "やまなみ信用金庫"


def af02():
    issued, due = D(2025, 10, 10), D(2025, 10, 31)
    L = late(YM_P, YM_R, YM_ACC + timedelta(1), issued)
    T = YM_P + YM_I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当金庫との間の{kd(YM_LOAN_D)}付証書貸付契約（事業資金、当初貸付金壱千弐百万円）に基づく毎月の"
                 f"約定弁済を、{kd(YM_LAST)}の弁済を最後に怠っております。"),
        ("body", f"当金庫は{kd(YM_WARN)}付催告書をもって延滞元利金の支払を求め、右催告書到達後の{kd(YM_ACC)}までにお支払い"
                 "なき時は期限の利益を失う旨を申し添えましたが、右期日までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書第五条第二項に基づき、{kd(YM_ACC)}の経過をもって本件貸金債務の全部につき"
                 "期限の利益を喪失いたしましたので、本書をもってその旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kd(due)}（{wd(due)}）限り、一括して当金庫本店営業部へお支払い下さい。"),
        ("indent", "記"),
        ("indent", f"一　元金残高　　{daiji(YM_P)}"),
        ("indent", f"二　未収利息　　{daiji(YM_I)}"),
        ("indent", f"三　遅延損害金　{daiji(L)}"),
        ("plain", f"　　　（{kd(YM_ACC + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計金　　　{daiji(T)}"),
        ("body", "なお、右期限までにお支払いなき時は、担保物件に対する競売の申立その他の法的措置を執らせていただきますので、"
                 "予めご承知おき下さい。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "長野県大町市くぬぎ台九丁目九番九号"),
        ("low", YM_NAME),
        ("low", f"電話　{kphone('0261-000-4701')}（融資部管理課）"),
        ("low", "理事長　甘糟　正道"),
        ("blank", ""),
        ("low", "長野県大町市しもつけ野九丁目九番九号"),
        ("low", "槇野　孝雄　殿"),
    ]
    size = 9.6
    pages = vpages(cols, size, 5.5, 36.0)
    pg = pages[0]
    seal_on(pg, "理事長　甘糟", 9.5, 23021, text="やまなみ信用金庫理事長之印", dy=1, dx=-3)
    naiyou_foot(pg, issued, "一〇四五二", "宇留賀　聡", 23022)
    tr = truth(document_type="acceleration_notice", sender=YM_NAME, phone="0261-000-4701", creditor=YM_NAME,
               status="not_applicable", debtor="槇野孝雄", total=T, principal=YM_P, interest=YM_I, late_damages=L,
               rate=YM_R, lump=True, issued=issued, payment_due=due, acceleration=YM_ACC, last_payment=YM_LAST,
               reference=None, input_kind="vertical_scan", template="proxy23_vertical_shinkin_acceleration_daiji_ya",
               received=D(2025, 10, 14))
    return dict(stem="af02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, 大字 with 也)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 (理事長 seal), scanned, with the post office's certification "
                        "block at the foot; EVERY amount in 大字 ending in 也 (金八百四拾壱万六千円也 …), also the 当初貸付金"
                        "壱千弐百万円 (distractor); the contract date 令和元年十一月二十九日 (元年); the 催告書 date 九月十九日 "
                        "and its deadline 十月三日 (= acceleration 「の経過をもって」); 信用金庫取引約定書第五条第二項; phone "
                        "in kanji digits with a department in brackets; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# af03 city 信用保証協会: 縦書き 代位弁済のお知らせ並びに求償金のご請求 (拝啓 … 敬具), positional kanji without 也,
# the 保証番号 in full-width digits inside a column.

HD_BANK = "株式会社あおもじ銀行"


def af03():
    R = 14.6
    issued, due = D(2025, 12, 8), D(2025, 12, 25)
    acc, lastp, subro = D(2025, 8, 29), D(2025, 5, 30), D(2025, 11, 20)
    SP, SI = 3_120_000, 14_863
    S = SP + SI
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    k = lambda n: kpos(n, ya=False)  # noqa: E731
    cols = [
        ("title", "代位弁済のお知らせ並びに求償金のご請求について"),
        ("body", "拝啓　時下ますますご清祥のこととお慶び申し上げます。"
                 f"さて、貴殿が{HD_BANK}日高見支店より借り入れられました事業資金（当協会保証付）につきましては、"
                 f"{kd(lastp)}のご返済を最後にお支払いが滞り、同行の定めにより{kd(acc)}をもって期限の利益を喪失され"
                 "ました。"),
        ("body", f"このため当協会は、保証契約に基づき、{kd(subro)}、同行に対し左記のとおり代位弁済をいたしましたので、"
                 "お知らせいたします。これにより当協会は、貴殿に対し、代位弁済額及びこれに対する損害金の求償権を取得いたし"
                 "ました。"),
        ("body", f"つきましては、左記の求償金を{kd(due)}までにお支払い下さいますようご請求申し上げます。ご返済についてご相談が"
                 "ございます場合は、右期日までに当協会管理部へお申し出下さい。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　代位弁済の内容"),
        ("plain", f"　　代位弁済日　{kd(subro)}　代位弁済額　{k(S)}"),
        ("plain", f"　　　（内訳　元金{pos(SP)}円　利息{pos(SI)}円）"),
        ("indent", "二　ご請求金額"),
        ("plain", f"　　求償元金　　{k(S)}"),
        ("plain", f"　　損害金　　　{k(L)}（{kd(subro + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　{k(T)}"),
        ("indent", f"三　保証番号　{fw('25-04218')}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "宮城県日高見市あさつき通九丁目九番九号"),
        ("low", "日高見市信用保証協会"),
        ("low", f"電話　{kphone('0220-000-7305')}"),
        ("low", "会長　黒萩　信之"),
        ("blank", ""),
        ("low", "宮城県日高見市もみじ葉町九丁目九番九号"),
        ("low", "畔柳　徹　殿"),
    ]
    size = 9.6
    pages = vpages(cols, size, 5.5, 36.0)
    pg = pages[0]
    seal_on(pg, "会長　黒萩", 9.5, 23031, text="日高見市信用保証協会之印", dy=1, dx=-3)
    naiyou_foot(pg, issued, "三八八一", "及位　昌平", 23032)
    tr = truth(document_type="acceleration_notice", sender="日高見市信用保証協会", phone="0220-000-7305",
               creditor="日高見市信用保証協会", status="not_applicable", original=HD_BANK, debtor="畔柳徹", total=T,
               principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="25-04218", input_kind="vertical_pdf",
               template="proxy23_vertical_credit_guarantee_association_subrogation_recourse", received=D(2025, 12, 10))
    return dict(stem="af03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (city 信用保証協会, 縦書き 代位弁済 + 求償)",
                unusual="縦書き 代位弁済のお知らせ並びに求償金のご請求 of a (fictional) city 信用保証協会 (拝啓 … 敬具, then 記 "
                        "AFTER 敬具), digital, with the certification block at the foot; positional kanji amounts with 、 and "
                        "NO 也 (金三、一三四、八六三円); the 代位弁済額 with its 内訳 (元金 / 利息 = history) and the ご請求金額 "
                        "block 求償元金 / 損害金 / 合計; the bank's 喪失 date and the last payment in the prose; rate "
                        "年十四・六パーセント; the 保証番号 in FULL-WIDTH digits stacked in a column (２５－０４２１８)")


# ---------------------------------------------------------------------------------------------
# af04 joint 縦書き 債権譲渡及び譲受通知書: 信用組合 → real servicer, licence number in kanji, ordinary kanji amounts.

SG_P, SG_I, SG_R = 1_786_400, 23_115, 14.0
SG_ACC, SG_LAST, SG_ASSIGN = D(2025, 6, 10), D(2025, 2, 28), D(2026, 1, 30)


def af04():
    issued = D(2026, 2, 3)
    L = late(SG_P, SG_R, SG_ACC + timedelta(1), SG_ASSIGN)
    T = SG_P + SG_I + L
    cols = [
        ("title", "債権譲渡及び譲受通知書"),
        ("body", f"前略　譲渡人さぎそう信用組合は、貴殿に対して有する左記債権を、{kd(SG_ASSIGN)}、譲受人オリックス債権回収"
                 "株式会社に譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人連名にてご通知申し上げます。"),
        ("body", "つきましては、今後のお支払い及びお問合せは、すべて譲受人宛にお願いいたします。なお、譲渡人に対するお支払いは"
                 "以後お受けいたしかねますので、ご了承下さい。"),
        ("bottom", "草々"),
        ("indent", "記"),
        ("indent", "一　原契約"),
        ("plain", "　　平成三十年四月二日付金銭消費貸借契約（マイカーローン、当初貸付金二百五十万円）"),
        ("indent", f"二　最終弁済日　{kd(SG_LAST)}　三　期限の利益喪失日　{kd(SG_ACC)}"),
        ("indent", f"四　譲渡債権の額（{kd(SG_ASSIGN)}現在）"),
        ("plain", f"　　元金　　　　{kj(SG_P)}　利息　{kj(SG_I)}"),
        ("plain", f"　　遅延損害金　{kj(L)}（年十四パーセント）"),
        ("plain", f"　　合計　　　　{kj(T)}"),
        ("indent", f"五　譲受人管理番号　{fw('OR26-0177')}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "（譲渡人）新潟県村上市すいしゃ町九丁目九番九号"),
        ("low", "さぎそう信用組合　理事長　宍喰　一郎"),
        ("low", "（譲受人）東京都港区はぜのき町九丁目九番九号"),
        ("low", "オリックス債権回収株式会社　代表取締役　廿浦　隆"),
        ("low", "法務大臣許可番号第十一号"),
        ("low", f"お問合せ先　譲受人管理部　電話　{kphone('03-0000-4110')}"),
        ("blank", ""),
        ("low", "新潟県村上市ひとつば町九丁目九番九号"),
        ("low", "禰津　千代子　殿"),
    ]
    size = 9.6
    pages = vpages(cols, size, 5.5, 36.0)
    pg = pages[0]
    seal_on(pg, "理事長　宍喰", 12, 23041, kind="round", text="さぎそう|理事長/之印", dy=0, angle=8)
    seal_on(pg, "代表取締役　廿浦", 12, 23042, kind="round", text="オリックス債権回収|代表/取締役", dy=0, angle=-6)
    naiyou_foot(pg, issued, "四〇〇九", "鮎貝　和之", 23043)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-4110", creditor="オリックス債権回収株式会社", status="licensed",
               original="さぎそう信用組合", debtor="禰津千代子", total=T, principal=SG_P, interest=SG_I, late_damages=L,
               rate=SG_R, lump=False, issued=issued, payment_due=None, acceleration=SG_ACC, last_payment=SG_LAST,
               assignment=SG_ASSIGN, reference="OR26-0177", input_kind="vertical_scan",
               template="proxy23_vertical_joint_assignment_credit_union_to_servicer_kanji_licence",
               received=D(2026, 2, 5))
    return dict(stem="af04", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="assignment_notice (joint, 信用組合 → real servicer, 縦書き 内容証明)",
                unusual="joint 縦書き 債権譲渡及び譲受通知書 (前略 … 草々), scanned, with the certification block at the foot: "
                        "譲渡人 さぎそう信用組合 and 譲受人 ★ オリックス債権回収株式会社 as two sender columns with round seals; "
                        "the licence IN KANJI 「法務大臣許可番号第十一号」 (→ 11); ordinary kanji amounts (金百七十八万六千四百円) "
                        "as of the 譲渡日; 民法第四百六十七条 and a 平成三十年 contract of 二百五十万円 (distractors); 記 "
                        "numbered 一 … 五 with the 最終弁済日 and 喪失日; the 譲受人管理番号 in full-width; informs only")


# ---------------------------------------------------------------------------------------------
# af05 farmers' co-op 督促状 for the yearly (after-harvest) instalment of a combine loan: a plain typed letter.

SG_JA = "すげがさ農業協同組合"
AM_R = 14.5


def af05():
    issued, due = D(2025, 12, 22), D(2026, 1, 16)
    inst = D(2025, 11, 25)
    P, I = 412_000, 18_540
    L = late(P, AM_R, inst + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, era(issued), size=10.5, align="r")
    p.at(186, 27.5, "管理番号　SG-25-1206", size=10, align="r")
    p.y = 34
    p.line("岩手県一関市あぜみち九丁目9番9号", size=10.5)
    p.line("飴谷　勇作　様", size=13.5)
    p.gap(3)
    p.line(SG_JA, x=186, size=10.5, align="r")
    p.line("代表理事組合長　喜屋武　公平", x=186, size=10.5, align="r")
    p.line("（担当　金融共済課　電話 0191-000-2281）", x=186, size=9.5, align="r")
    p.add(Seal(193, p.y - 12, 11, "square", "すげがさ農協組合長印", angle=3, seed=23051))
    p.gap(6)
    p.title("督　促　状", size=15, font="serif-bold")
    p.para("拝啓　師走の候、貴殿におかれましては益々ご清祥のこととお慶び申し上げます。平素より当組合の事業に格別の"
           "ご理解とご協力を賜り、厚く御礼申し上げます。")
    p.para(f"さて、貴殿にご利用いただいております農機具資金（コンバイン購入資金）の本年分の約定返済金につきましては、約定の"
           f"返済日である{era(inst)}を過ぎましても、未だご入金が確認できておりません。収穫後のご多忙の折とは存じますが、"
           f"下記金額を{era(due)}（{wd(due)}）までに、下記貯金口座へご入金くださいますようお願い申し上げます。")
    p.para("なお、このままご返済がない場合は、農機具資金借用証書の定めにより期限の利益を失い、残額全部を一括してご返済"
           "いただくこととなりますので、念のため申し添えます。本状と行き違いにご入金いただいた場合は、ご容赦ください。")
    p.line("敬具", x=186, align="r")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    x0, x1 = 40, 150
    for lab, val in [("１．延滞元金", f"金{P:,}円"), ("２．約定利息", f"金{I:,}円"), ("３．延滞損害金", f"金{L:,}円"),
                     ("　　合　計", f"金{T:,}円也")]:
        base = p.y + 10.5 * 0.3528
        p.at(x0, base, lab)
        p.at(x1, base, val, align="r", font="serif-bold" if "合" in lab else "serif")
        p.y += p.lh()
        if "３" in lab:
            p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.3))
    p.line(f"（延滞損害金は、延滞元金に対し年{AM_R}%、{era(inst + timedelta(1))}から本状作成日まで日割計算）",
           x=x0, size=9)
    p.gap(2)
    p.kv([("４．お支払期限", f"{era(due)}（{wd(due)}）"),
          ("５．ご入金口座", "すげがさ農協　本所　普通貯金　口座番号 0047219"),
          ("６．前回ご返済日", era(D(2024, 11, 25))),
          ("７．ご融資内容", "令和5年3月15日ご融資　金2,060,000円（年賦5回払い、毎年11月25日）"),
          ("８．組合員番号", "0418-22")], x=x0, label_w=34, size=10)
    p.gap(4)
    p.line("以上", x=186, align="r")
    tr = truth(document_type="collection_notice", sender=SG_JA, phone="0191-000-2281", creditor=SG_JA,
               status="not_applicable", debtor="飴谷勇作", total=T, principal=P, interest=I, late_damages=L, rate=AM_R,
               lump=False, issued=issued, payment_due=due, acceleration=None, last_payment=D(2024, 11, 25),
               reference="SG-25-1206", input_kind="pdf_text", template="proxy23_ja_dunning_yearly_instalment_typed",
               received=D(2025, 12, 24))
    return dict(stem="af05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (農業協同組合 督促状, yearly after-harvest instalment)",
                unusual="a farmers' co-op's typed 督促状 in serif with a seasonal greeting (拝啓　師走の候 … 敬具): NO table, "
                        "the amounts as a 記 list (延滞元金 / 約定利息 / 延滞損害金 / 合計 with 金…円也 only on the total); one "
                        "YEARLY instalment of a combine loan (年賦, due after the harvest); arrears only (lump false, no 喪失 "
                        "date); the 前回ご返済日 a year back (令和6年11月25日 = last payment); 組合員番号, the 貯金口座, the "
                        "令和5年 loan of 2,060,000円 as distractors; sender block on the right above the title")


# ---------------------------------------------------------------------------------------------
# af06 public housing lender: 全額繰上償還請求書 (2 pages, typed; p.2 the 延滞明細).

SM_NAME = "独立行政法人すまい融資機構"


def af06():
    R = 14.5
    issued, due = D(2025, 11, 7), D(2025, 11, 28)
    acc, lastp = D(2025, 10, 20), D(2025, 2, 10)
    P = 18_642_310
    rows_i = [36_012, 35_974, 35_936, 35_897, 35_859, 35_197]
    monthly = 78_415
    I = sum(rows_i)
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16, left=22, right=22)
    p.at(22, 20, "すまい融資機構", size=13, font="sans-bold", color=(0.15, 0.30, 0.55))
    p.at(188, 20, f"{era(issued)}", size=10, align="r")
    p.at(188, 25.5, "お客様番号　3304-118-27561", size=10, align="r")
    p.y = 32
    p.line("青森県むつ市合歓の丘九丁目9番9号", size=10)
    p.line("舘鼻　昭仁　様", size=13)
    p.gap(2)
    for s in [SM_NAME, "東北支店　債権管理グループ", "宮城県仙台市青葉区さるなし通九丁目9番9号", "電話 022-000-6614"]:
        p.line(s, x=188, size=9.5, align="r")
    p.add(Seal(195, p.y - 13, 11, "square", "すまい融資機構東北支店長印", angle=-2, seed=23061))
    p.gap(5)
    p.title("全額繰上償還請求書", size=15)
    p.para(f"貴殿が当機構から借り受けられた住宅資金について、{era(D(2025, 3, 10))}分以降のご返済が6回にわたり延滞と"
           f"なっております（最終ご入金日　{era(lastp)}）。当機構は、これまで取扱金融機関を通じて再三ご返済をお願いして"
           "まいりましたが、ご入金をいただけませんでした。")
    p.para(f"このため、金銭消費貸借抵当権設定契約証書第15条第1項の規定により、{era(acc)}をもって貴殿は期限の利益を"
           "喪失しましたので、下記の金額を全額一括して償還していただくよう請求します。")
    p.gap(1)
    p.line("記", align="c")
    x0 = 40
    p.kv([("1　残元金", f"{P:,}円"),
          ("2　延滞利息", f"{I:,}円（延滞6回分の約定利息、明細は裏面）"),
          ("3　遅延損害金", f"{L:,}円"),
          ("", f"（{era(acc + timedelta(1))}から{era(issued)}まで、残元金に対し年{R}%）"),
          ("4　請求金額合計", f"{T:,}円"),
          ("5　償還期限", f"{era(due)}（{wd(due)}）"),
          ("6　償還方法", "取扱金融機関（株式会社あおもじ銀行 八戸支店）の当機構口座へお振込み")], x=x0, label_w=36)
    p.gap(2)
    p.para("上記期限までに償還がない場合は、抵当権に基づく担保不動産競売の申立てを行います。また、当機構は、本件債権の"
           "管理回収業務を債権回収会社に委託することがあります。", size=9.5)
    p.para("ご返済についてご事情がある場合や、任意売却をご検討の場合は、上記期限までに東北支店債権管理グループまでご連絡"
           "ください。", size=9.5)
    p.gap(3)
    p.line("ご融資の内容（ご参考）", size=9.5, font="sans-bold")
    p.para("ご融資日 平成26年9月30日　ご融資額 24,800,000円　毎月のご返済額 78,415円（毎月10日）　ボーナス返済なし",
           size=9.3, indent="")
    q = Page(font="sans", size=10, top=20, left=22, right=22)
    q.line("（裏面）延滞明細", size=12, font="sans-bold")
    q.gap(2)
    head = ["ご返済予定日", "ご返済額", "うち元金", "うち利息", "ご入金"]
    body = []
    for k, it in enumerate(rows_i):
        d = D(2025, 3 + k, 10)
        body.append([era(d), f"{monthly:,}", f"{monthly - it:,}", f"{it:,}", "未入金"])
    body.append(["計", f"{monthly * 6:,}", f"{monthly * 6 - I:,}", f"{I:,}", ""])
    q.table([head] + body, [42, 32, 32, 32, 28], x=22, header=True, aligns="crrrc", size=9.5, row_h=8)
    q.line("※延滞元金（うち元金の計）は、表面の残元金に含まれております。", size=8.5)
    q.gap(4)
    q.para("【ご注意】償還期限の翌日以降も、残元金に対し年14.5%の割合（年365日の日割計算）による遅延損害金が発生します。"
           "住所・電話番号等に変更があった場合は、速やかにお届けください。", size=9)
    q.gap(3)
    q.para("この請求書についてのお問合せは、平日9時から17時まで、東北支店債権管理グループ（電話 022-000-6614）で承ります。"
           "お問合せの際はお客様番号をお知らせください。", size=9)
    tr = truth(document_type="acceleration_notice", sender=SM_NAME, phone="022-000-6614", creditor=SM_NAME,
               status="not_applicable", debtor="舘鼻昭仁", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="3304-118-27561", input_kind="pdf_text_2page",
               template="proxy23_public_housing_lender_full_early_redemption_demand", received=D(2025, 11, 10))
    return dict(stem="af06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (public housing lender, 全額繰上償還請求書, 2 pages)",
                unusual="a 住宅金融支援機構-like public lender (fictional 独立行政法人): title 全額繰上償還請求書 (no word "
                        "喪失通知 in the title), typed plainly; 喪失 by 「をもって」 in the prose; a numbered 記 list with "
                        "its own labels 残元金 / 延滞利息 / 遅延損害金 / 請求金額合計 / 償還期限; the 取扱金融機関 (a bank, "
                        "NOT the original creditor) and 「債権回収会社に委託することがあります」 (no servicer named); the "
                        "平成26年 loan of 24,800,000 and 毎月 78,415 as distractors; p.2 a 延滞明細 of six instalments "
                        "whose うち利息 column adds up to the 延滞利息")


# ---------------------------------------------------------------------------------------------
# af07 信用組合's 分割弁済 proposal (typed letter, 2 pages: p.2 the 分割弁済申出書 to return).

KR_NAME = "かるかや信用組合"


def af07():
    R = 14.0
    issued, reply, asof = D(2026, 5, 8), D(2026, 5, 22), D(2026, 4, 30)
    acc, lastp = D(2025, 12, 15), D(2025, 9, 26)
    P, I = 963_000, 11_208
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    first, monthly, n = 38_000, 25_000, 37
    assert first + monthly * n == P, (first, monthly, n)
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, era(issued), size=10.5, align="r")
    p.y = 28
    p.line("新潟県新発田市かたりべ町九丁目9番9号", size=10.5)
    p.line("五十公野　光男　様", size=13.5)
    p.gap(2)
    for s in [KR_NAME, "融資管理課　課長　一尺屋　進", "新潟県新発田市ひとつば通九丁目9番9号", "電話 0254-000-2890"]:
        p.line(s, x=186, size=10, align="r")
    p.gap(5)
    p.title("ご返済方法についてのご提案", size=14.5, font="serif-bold")
    p.para("拝啓　新緑の候、ますますご健勝のこととお喜び申し上げます。平素は当組合をご利用いただき、誠にありがとうございます。")
    p.para(f"さて、{era(D(2019, 7, 1)).replace('令和1年', '令和元年')}にご契約いただきましたフリーローン（管理番号 KR-0873）は、"
           f"{era(lastp)}のご入金を最後にご返済が途絶え、{era(acc)}に期限の利益を喪失しております。{era(asof)}現在の"
           f"ご債務は、元金{P:,}円、利息{I:,}円、遅延損害金{L:,}円（年{R}%）、合計{T:,}円となっております。")
    p.para("当組合といたしましては、ご家計のご事情も伺ったうえで、下記の条件による分割でのご返済に応じたいと考えております。"
           f"ご同意いただける場合は、裏面の分割弁済申出書にご署名・ご捺印のうえ、{era(reply)}（{wd(reply)}）までにご返送"
           "ください。")
    p.line("敬具", x=186, align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("１　お支払方法", f"初回 令和8年6月末日限り {first:,}円、以後毎月末日限り {monthly:,}円（{n}回）"),
          ("２　損害金の扱い", "上記を遅滞なくお支払いいただいた場合、利息及び遅延損害金のお支払いは免除いたします。"),
          ("３　期限の利益", f"お支払いを2回以上怠り、その額が{monthly * 2:,}円に達したときは、残額を一括してお支払いいただきます。"),
          ("４　ご回答期限", f"{era(reply)}（{wd(reply)}）必着")], x=32, label_w=34, size=10)
    p.gap(3)
    p.line("以上", x=186, align="r")
    q = Page(font="serif", size=10.5, top=22, left=24, right=24)
    q.line("かるかや信用組合　御中", size=11)
    q.gap(4)
    q.title("分割弁済申出書", size=15, font="serif-bold")
    q.para(f"私は、貴組合に対し、{era(asof)}現在、下記の債務を負っていることを認め、貴組合ご提案の条件により分割して"
           "弁済することを申し出ます。")
    q.gap(2)
    q.line(f"　債務の額　　金{T:,}円（元金{P:,}円、利息{I:,}円、遅延損害金{L:,}円）")
    q.line(f"　お支払方法　初回 金{first:,}円、以後毎月 金{monthly:,}円 × {n}回")
    q.gap(12)
    q.line("令和　　年　　月　　日", x=100)
    q.gap(6)
    q.line("ご住所", x=100)
    q.gap(4)
    q.line("ご署名　　　　　　　　　　　　　　　印", x=100)
    q.gap(8)
    q.para("※ご署名のうえ、同封の返信用封筒にてご返送ください。ご不明な点は融資管理課（電話 0254-000-2890）まで。", size=9)
    tr = truth(document_type="settlement_proposal", sender=KR_NAME, phone="0254-000-2890", creditor=KR_NAME,
               status="not_applicable", debtor="五十公野光男", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               reference="KR-0873", input_kind="pdf_text_2page",
               template="proxy23_credit_union_instalment_proposal_prose_amounts", received=D(2026, 5, 11))
    return dict(stem="af07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (信用組合, instalments with a waiver, 2 pages)",
                unusual="a 信用組合's typed proposal in serif (拝啓　新緑の候 … 敬具): the whole current debt (元金 / 利息 / "
                        "遅延損害金 with rate / 合計, as of 令和8年4月30日 ≠ the letter date) is ONE sentence of the prose; "
                        "the 管理番号 in brackets inside the prose; 令和元年 contract; the plan (初回 38,000, 25,000 × 37, the "
                        "50,000 threshold) and the waiver as distractors; ご回答期限 …必着 in the 記 list (= payment_due); "
                        "p.2 a 分割弁済申出書 repeating the amounts, with blank date and signature lines")


# ---------------------------------------------------------------------------------------------
# af08 高山簡裁 支払督促 for the family-run lender (2 pages, scanned).


def af08():
    issued, filed = D(2026, 2, 16), D(2026, 2, 6)
    L = late(TM_P, TM_R, TM_ACC + timedelta(1), filed)
    C = 4_164
    T = TM_P + TM_I + L + C
    case = "令和８年（ロ）第４６号"
    p = Page(font="sans", size=10.5, top=18, left=25, right=20)
    p.at(190, 22, "事件番号　" + case, size=10.5, align="r")
    p.y = 30
    p.title("支　払　督　促", size=17)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")], label_w=42)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(6)
    p.line(fw(era(issued)), x=110)
    p.line("高山簡易裁判所", x=110)
    p.line("裁判所書記官　宍喰　多恵子", x=110)
    p.add(Seal(182, p.y - 5, 13, "square", "高山簡易裁判所書記官印", angle=2, seed=23081))
    p.gap(8)
    y = p.y
    p.add(Box(25, y, 165, 42, 0.4))
    p.at(29, y + 6, "（注意）", size=9.5, font="sans-bold")
    for i, s in enumerate(["１　この支払督促に異議があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の",
                           "　　申立てをすることができます。",
                           "２　督促異議の申立てをすると、通常の訴訟手続に移行します。",
                           "３　問合せ先　高山簡易裁判所　民事係　電話　" + fw("0577-000-5531") + "（直通）",
                           "　　（問合せの際は事件番号をお知らせください。）"]):
        p.at(29, y + 12.5 + i * 5.6, s, size=9.3)
    p.y = y + 50
    p.line("これは正本である。", x=110, size=10)
    p.line(fw(era(issued)) + "　高山簡易裁判所　裁判所書記官　宍喰　多恵子", x=60, size=9.5)
    q = Page(font="sans", size=10.5, top=20, left=25, right=20)
    q.line("当　事　者　目　録", size=12, align="c", font="sans-bold")
    q.gap(2)
    q.kv([("債権者", "〒506-0000　岐阜県高山市いなほ坂九丁目９番９号"),
          ("", "株式会社苫屋商事"), ("", "代表者代表取締役　鍛治舎　卓"),
          ("", "（送達場所）電話 " + fw(TM_PHONE)), ("", "ＦＡＸ " + fw("0577-000-3148")),
          ("債務者", "〒506-0000　岐阜県高山市こめぐら通九丁目９番９号"), ("", "猪爪　健作")], label_w=22, size=10)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12, align="c", font="sans-bold")
    q.gap(1)
    q.line("請求の趣旨", font="sans-bold")
    q.table([["１", "元金", fw(f"{TM_P:,}") + "円"],
             ["２", "上記元金に対する利息（約定利率年１５％）", fw(f"{TM_I:,}") + "円"],
             ["３", f"確定遅延損害金（{fw(era(TM_ACC + timedelta(1)))}から{fw(era(filed))}まで年２０％）",
              fw(f"{L:,}") + "円"],
             ["４", "督促手続費用", fw(f"{C:,}") + "円"],
             ["", "合　計", fw(f"{T:,}") + "円"]], [10, 118, 37], x=25, aligns="llr", size=9.5, row_h=8, ruled="rows")
    q.para(f"５　上記１の元金に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金", size=9.5)
    q.gap(2)
    q.line("請求の原因", font="sans-bold")
    q.para(f"１　債権者は、債務者に対し、{fw(era(TM_LOAN_D).replace('令和1年', '令和元年'))}、次の約定で金{fw(f'{TM_LOAN:,}')}円を"
           "貸し付けた。弁済方法　毎月末日限り分割払い、利息　年１５％、遅延損害金　年２０％、期限の利益喪失　分割金の支払を"
           "２回以上怠ったとき。", size=9.5)
    q.para(f"２　債務者は、{fw(era(TM_LAST))}までに一部を弁済したが、その後の支払を怠り、{fw(era(TM_ACC))}の経過により"
           "期限の利益を喪失した。", size=9.5)
    q.para("３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。", size=9.5)
    q.gap(4)
    q.line(f"申立日　{fw(era(filed))}", size=9.5)
    tr = truth(document_type="payment_order", sender="高山簡易裁判所", phone="0577-000-5531",
               creditor="株式会社苫屋商事", status="not_applicable", debtor="猪爪健作", total=T, principal=TM_P,
               interest=TM_I, late_damages=L, costs=C, rate=TM_R, lump=True, issued=issued, payment_due=None,
               acceleration=TM_ACC, last_payment=TM_LAST, reference="令和8年(ロ)第46号", input_kind="pdf_scan",
               template="proxy23_payment_order_family_lender_takayama", received=D(2026, 2, 18))
    return dict(stem="af08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, family-run lender creditor, 2 pages)",
                unusual="支払督促 of a court not used before (高山簡裁) as a 2-page image PDF: p.1 the order with a framed "
                        "（注意） box holding the court's （直通） phone, 「これは正本である。」 at the foot; p.2 当事者目録 (the "
                        "creditor is the small family-run lender of af01, its 送達場所 phone / FAX as distractors) and "
                        "請求の趣旨 as a rows-ruled table 元金 / 利息 / 確定遅延損害金 with its window / 督促手続費用 / 合計, "
                        "the running item ５; a 請求の原因 with the 令和元年 loan of 800,000 and 年１５％ (distractors); "
                        "申立日 at the foot; full-width digits throughout")


LETTERS = [af01, af02, af03, af04, af05, af06, af07, af08]
