"""Proxy set 24, letters ag09–ag16: a law office's 催告書 by fax (ag09); the guarantee company's 求償金 ご請求 with a
払込取扱票, scanned (ag10) after its 縦書き 代位弁済のご通知 (ag11); a lawyer's 縦書き 催告書 to a 連帯保証人
(ag12); a scam postcard photographed in one hand (ag13); a real servicer's note that it stops collecting after a
lawyer's 受任通知 (ag14); a joint 債権譲渡通知 guarantee company → invented servicer photographed on tatami and stored
sideways (ag15) and that servicer's demand for the rest after the 任意売却 (ag16)."""

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
    era,
    grid,
    kdate,
    kman,
    late,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_ag1 import HK_ACC, HK_I, HK_LAST, HK_P

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
INDIGO = (0.16, 0.18, 0.45)
MOSS = (0.25, 0.38, 0.12)

# the 袴田 household: the bank (ag02) → the guarantee company's 代位弁済 (ag11) → its 求償金 demand (ag10)
HK_SUBRO = D(2026, 3, 19)
HK_S = HK_P + HK_I + late(HK_P, 14.0, HK_ACC + timedelta(1), HK_SUBRO)  # 代位弁済額 = 求償元金
HK_R2 = 14.6
SK_REF = "SK-2603-118"

# the 月見里 household: housing loan at かつら銀行 → つがざくら住宅保証 (代位弁済) → ほしくず債権回収 (ag15, ag16)
YM_LAST, YM_ACC, YM_SUBRO, YM_ASSIGN = D(2025, 4, 25), D(2025, 7, 8), D(2025, 8, 22), D(2025, 10, 31)
YM_S, YM_R = 19_764_318, 14.0
YM_REF = "HS-1031-00627"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ag09 law office 催告書 for a card company by fax; TEL/FAX on one line; 当事務所管理番号.


def ag09():
    R = 14.6
    issued, due = D(2026, 1, 27), D(2026, 2, 10)
    acc, lastp = D(2025, 9, 2), D(2025, 6, 27)
    P, I = 233_860, 14_022
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 22, era(issued), size=10.5, align="r")
    p.at(196, 27.5, "当事務所管理番号　EZ-26-0041", size=9.5, align="r")
    p.y = 32
    p.line("〒370-0000 群馬県高崎市ささゆり台九丁目9番9号", size=10)
    p.line("碓氷　雅人　殿", size=13.5)
    p.gap(2)
    for s, sz, f in (("〒100-0000 東京都千代田区ななかまど通九丁目9番9号 ななかまどビル6階", 8.5, "serif"),
                     ("江連・巴山法律事務所", 12, "serif-bold"),
                     ("通知人代理人　弁護士　江連　信吾", 10, "serif"),
                     ("同　　　　　　弁護士　巴山　優花", 10, "serif"),
                     ("TEL 03-0000-6671　FAX 03-0000-6672", 9.5, "serif")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 12, 10, "square", "弁護士江連信吾印", angle=2, seed=24091)
    p.gap(4)
    p.title("催　告　書", size=17, font="serif-bold")
    p.para("冠省　当職らは、株式会社うすべにクレジット（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
           "次のとおり通知いたします。")
    p.para(f"貴殿は、通知人との間のカード会員契約に基づく立替金等の支払を、{era(lastp)}の入金を最後に怠り、{era(acc)}をもって"
           "期限の利益を喪失しております。通知人からの再三のご請求にもかかわらず、現在までお支払いがありません。")
    p.para(f"つきましては、本書面をもって、下記金員を{era(due)}（{wd(due)}）までに下記口座へお支払いいただくよう催告いたします。"
           "期限までにお支払い又はご連絡がない場合には、通知人は法的手続をとる予定ですので、ご承知おきください。")
    p.line("記", align="c")
    x0, x1 = 30, 180
    for lab, val in (("立替金残額", f"金{P:,}円"), ("分割払手数料", f"金{I:,}円"),
                     (f"遅延損害金（{era(acc + timedelta(1))}から{era(issued)}まで　年14.6％）", f"金{L:,}円")):
        b = p.line(lab, x=x0)
        p.at(x1, b, val, align="r")
        p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.15, GRAY))
    b = p.line("合　計", x=x0, font="serif-bold")
    p.at(x1, b, f"金{T:,}円", align="r", font="serif-bold")
    p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.5))
    p.gap(3)
    p.line("お振込先", font="serif-bold", size=10)
    p.para("はまなす信託銀行 丸の内支店　普通預金　口座番号 6671044　口座名義　弁護士江連信吾預り金口", size=10, indent="　")
    p.para("※お振込みの際は、ご依頼人名の前に当事務所管理番号（EZ260041）をご入力ください。", size=9, indent="　")
    p.para("※通知人の会員番号 5380-****-****-1172（ご参考）。本件に関するご連絡は、通知人ではなく当職らにお願いいたします。",
           size=9, indent="　")
    p.line("草々", align="r")
    tr = truth(document_type="collection_notice", sender="江連・巴山法律事務所", phone="03-0000-6671",
               creditor="株式会社うすべにクレジット", status="not_applicable", debtor="碓氷雅人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="EZ-26-0041", input_kind="fax_tiff",
               template="proxy24_law_office_demand_two_lawyers_fax", received=issued)
    return dict(stem="ag09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/01/27 14:08  FROM: EZURE-TOMOYAMA LAW  03 0000 6672",
                about="collection_notice (law office of two lawyers for a card company, by fax)",
                unusual="one-page G4 fax of a law office (two lawyers: 「通知人代理人　弁護士」 and 「同　弁護士」) for a card "
                        "company, the sender block under the addressee on the RIGHT with TEL and FAX on one line; "
                        "当事務所管理番号 under the date; 冠省 … 草々; 記 as label lines with 金…円 flush right over "
                        "hairlines, 立替金残額 (→ principal) / 分割払手数料 (→ interest) / the window and rate inside the "
                        "damage label / 合計 under a heavier rule; a 預り金口 account, the digits-only code and the "
                        "client's masked 会員番号 as distractors; the fax header shows the FAX number")


# ---------------------------------------------------------------------------------------------
# ag10 guarantee company 求償金ご請求書（第2回） with a 払込取扱票 at the foot; scanned PNG.


def ag10():
    issued, due = D(2026, 5, 8), D(2026, 5, 22)
    L = late(HK_S, HK_R2, HK_SUBRO + timedelta(1), issued)
    T = HK_S + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 8, 8, color=None, fill=MOSS))
    p.at(25, 17.5, "しもつけ信用保証株式会社", size=13, font="sans-bold", color=MOSS)
    p.at(196, 15, f"作成日　{era(issued)}", size=9.5, align="r")
    p.at(196, 20, f"保証番号　{SK_REF}", size=9.5, align="r")
    p.y = 26
    p.line("〒940-0000　新潟県長岡市ゆずりは台九丁目9番9号", size=10)
    p.line("袴田　紀之　様", size=13.5)
    p.gap(2)
    p.title("求償金ご請求書（第２回）", size=15)
    p.para(f"当社が{era(HK_SUBRO)}に貴殿のご債務を代位弁済したことにより取得した求償債権について、先にご通知のうえご請求いたし"
           "ましたが、本日までにお支払いが確認できておりません。下記のとおり改めてご請求いたしますので、お支払期限までに同封の"
           "払込取扱票によりお支払いください。", size=9.6)
    y = grid(p, 15, p.y + 1, [34, 56, 34, 57], [["原債権者", "株式会社うすゆき銀行", "代位弁済日", era(HK_SUBRO)],
                                               ["期限の利益喪失日", era(HK_ACC), "お支払期限",
                                                f"{era(due)}（{wd(due)}）"]], h=7.5, size=9, bold={(1, 3)})
    p.y = y + 3
    p.table([["求償元金", "求償損害金（年14.6％）", "ご請求合計額"], [f"{HK_S:,}円", f"{L:,}円", f"{T:,}円"]],
            [60, 62, 59], x=15, header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.line(f"※求償損害金は{era(HK_SUBRO + timedelta(1))}から作成日までの日割計算です。お支払日までさらに発生します。", x=15,
           size=8)
    p.gap(1)
    p.para("お支払いが困難な場合は、分割でのお支払いについてご相談を承ります。ご連絡のない場合は、法的措置を検討させていただきます。",
           size=9.3, indent="")
    p.line("しもつけ信用保証株式会社　債権管理部　〒950-0000 新潟市中央区ほおのき町九丁目9番9号", size=8.8)
    p.line("電話 025-000-7731（平日 9:00～17:00）　担当　羽賀", size=8.8)
    slip(p, 196, account="00590-6-118803", payee="しもつけ信用保証株式会社", amount=T, payer="袴田　紀之",
         note=[f"保証番号 {SK_REF}", "求償金（第２回ご請求分）", f"お支払期限 {era(due)}"],
         bank_line="この払込取扱票は、ゆうちょ銀行又は郵便局の払込機能付きATM・窓口でご利用いただけます。", key="ag10")
    tr = truth(document_type="collection_notice", sender="しもつけ信用保証株式会社", phone="025-000-7731",
               creditor="しもつけ信用保証株式会社", status="not_applicable", original="株式会社うすゆき銀行",
               debtor="袴田紀之", total=T, principal=HK_S, interest=None, late_damages=L, rate=HK_R2, lump=True,
               issued=issued, payment_due=due, acceleration=HK_ACC, last_payment=None, reference=SK_REF,
               input_kind="scan_png", template="proxy24_guarantor_recourse_second_demand_slip", received=D(2026, 5, 11))
    return dict(stem="ag10", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (guarantee company 求償金, second demand, payment slip)",
                unusual="the guarantee company's 求償金ご請求書（第２回） scanned: a 2×4 shaded grid (原債権者, 代位弁済日, "
                        "期限の利益喪失日 and the お支払期限 in bold inside the grid); a 3-column one-row table 求償元金 / "
                        "求償損害金（年14.6％） / ご請求合計額 (no interest); a 払込取扱票 at the foot under a キリトリ線 "
                        "(account cells, the amount digit by digit, 通信欄 repeating the due date, the receipt strip "
                        "repeating the amount); NO last payment printed (null); the bank named as 原債権者")


# ---------------------------------------------------------------------------------------------
# ag11 the guarantee company's 縦書き 代位弁済のご通知 (positional kanji amounts); scanned.


def ag11():
    issued, due = D(2026, 3, 26), D(2026, 4, 10)
    L = late(HK_S, HK_R2, HK_SUBRO + timedelta(1), issued)
    T = HK_S + L
    hist_l = HK_S - HK_P - HK_I
    ky = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "代位弁済のご通知"),
        ("body", "拝啓　貴殿が株式会社うすゆき銀行から借り受けられたマイカーローン（令和四年六月十日契約）について、当社は貴殿の"
                 "委託に基づき連帯保証をしておりました。"),
        ("body", f"貴殿は{kdate(HK_LAST)}の返済を最後に返済を怠り、{kdate(HK_ACC)}の経過をもって期限の利益を喪失されたため、"
                 f"当社は同行の請求により、{kdate(HK_SUBRO)}、同行に対し保証債務を履行（代位弁済）いたしました。"),
        ("body", "これにより当社は、貴殿に対し左記の求償債権を取得しましたので、ご通知申し上げます。"),
        ("body", f"つきましては、{kdate(due)}限り、左記合計額を当社までお支払いくださいますようお願いいたします。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{ky(HK_S)}"),
        ("plain", f"　　（内訳　元金{ky(HK_P)}、"),
        ("plain", f"　　　　　　利息{ky(HK_I)}、"),
        ("plain", f"　　　　　　遅延損害金{ky(hist_l)}）"),
        ("indent", f"二　損害金　{ky(L)}"),
        ("plain", "　　（令和八年三月二十日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　{ky(T)}"),
        ("indent", "保証番号　ＳＫ－２６０３－１１８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟市中央区ほおのき町九丁目九番九号"),
        ("low", "電話　〇二五（〇〇〇）七七三一"),
        ("low", "しもつけ信用保証株式会社"),
        ("low", "代表取締役　泉谷　康則"),
        ("blank", ""),
        ("low", "新潟県長岡市ゆずりは台九丁目九番九号"),
        ("low", "袴田　紀之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "泉谷" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 14) * size * 0.3528 * 1.05, 11, "round", "しもつけ信用保証|代表/取締役",
                         angle=-6, seed=24111))
    tr = truth(document_type="acceleration_notice", sender="しもつけ信用保証株式会社", phone="025-000-7731",
               creditor="しもつけ信用保証株式会社", status="not_applicable", original="株式会社うすゆき銀行",
               debtor="袴田紀之", total=T, principal=HK_S, interest=None, late_damages=L, rate=HK_R2, lump=True,
               issued=issued, payment_due=due, acceleration=HK_ACC, last_payment=HK_LAST, reference=SK_REF,
               input_kind="vertical_scan", template="proxy24_vertical_guarantor_subrogation_kanji_history",
               received=D(2026, 3, 30))
    return dict(stem="ag11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (guarantee company 代位弁済, 縦書き)",
                unusual="縦書き 代位弁済のご通知 (拝啓 … 敬具) of the guarantee company, scanned, NOT a 内容証明 (no post "
                        "office stamp); the last payment, the 喪失 and the 代位弁済 all in kanji in one sentence; "
                        "positional kanji amounts (金百五十…円); the 代位弁済額 is the 求償元金 with its history 「（内訳　"
                        "元金…、利息…、遅延損害金…）」 indented below it (distractors); 年十四・六パーセント in words; "
                        "保証番号 in full-width 「ＳＫ－２６０３－１１８」 inside the 記; phone in kanji digits; deadline "
                        "「…限り」")


# ---------------------------------------------------------------------------------------------
# ag12 lawyer's 縦書き 催告書 (内容証明) to the 連帯保証人 for a 信用金庫; digit-style kanji amounts; digital.


def ag12():
    R = 14.0
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    acc, lastp = D(2025, 10, 31), D(2025, 8, 29)
    P, I = 2_418_000, 31_406
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、にれのき信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり催告いたします。"),
        ("body", "通知人は、令和三年十一月十二日、土師康平氏（以下「主債務者」といいます。）に対し事業資金を貸し付け、貴殿は同日、"
                 "主債務者の通知人に対する右債務を連帯保証されました。"),
        ("body", f"主債務者は{kdate(lastp)}の弁済を最後に返済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失しましたが、"
                 "その後も支払がありません。"),
        ("body", f"よって、貴殿に対し、連帯保証人として、左記金員を{kdate(due)}限り、通知人代理人である当職の左記口座に"
                 "お支払いいただくよう催告いたします。"),
        ("body", "右期限までにお支払いのない場合は、貴殿に対し、直ちに法的手続をとりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kman(P)}"),
        ("indent", f"二　未収利息　　{kman(I)}"),
        ("indent", f"三　遅延損害金　{kman(L)}"),
        ("plain", "　　（令和七年十一月一日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kman(T)}"),
        ("indent", "振込先　ななかまど銀行　松本支店　普通預金"),
        ("plain", "　　　　口座番号　三三〇五五一八"),
        ("plain", "　　　　口座名義　弁護士廣木修一預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県松本市くろもじ台九丁目九番九号"),
        ("low", "廣木総合法律事務所"),
        ("low", "通知人代理人　弁護士　廣木　修一"),
        ("low", "電話　〇二六三（〇〇）五五一八"),
        ("low", "（当職整理番号　ＨＲ－２６００３）"),
        ("blank", ""),
        ("low", "長野県安曇野市きささげ町九丁目九番九号"),
        ("low", "土師　房江　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 24121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　廣木" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士廣木修一之印", angle=2,
                         seed=24122))
    tr = truth(document_type="collection_notice", sender="廣木総合法律事務所", phone="0263-00-5518",
               creditor="にれのき信用金庫", status="not_applicable", original=None, debtor="土師房江", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="HR-26003", input_kind="vertical_pdf",
               template="proxy24_vertical_lawyer_demand_to_joint_guarantor", received=D(2026, 1, 17))
    return dict(stem="ag12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a 信用金庫, to the 連帯保証人, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々), digital, with the 内容証明 stamp, sent to the 連帯保証人 (the "
                        "addressee = debtor field) while the 主債務者 土師康平 is named in the body (distractor); "
                        "digit-style kanji amounts with 万 (金二四一万八〇〇〇円); the 喪失 and last payment in kanji; "
                        "「…限り」 deadline; a 預り金口 account in kanji digits; phone with a 4-digit area code in kanji "
                        "〇二六三（〇〇）五五一八; full-width 当職整理番号 ＨＲ－２６００３ (→ HR-26003); no earlier "
                        "creditor (original null)")


# ---------------------------------------------------------------------------------------------
# ag13 SCAM postcard: fake servicer, 携帯電話料金 「債権移行」, ギフトカード; photographed held in one hand.


def ag13():
    issued, due = D(2026, 6, 9), D(2026, 6, 12)
    T = 48_600
    p = Page(w=100, h=148, font="sans", size=7.5, left=7, right=7, top=7)
    p.add(Box(5, 5, 90, 138, 0.8, RED))
    p.at(50, 13.5, "債権移行に関する最終通知書", size=11.5, font="sans-bold", align="c", color=RED)
    p.at(93, 19, "通知日　令和8年6月9日", size=7, align="r")
    p.at(93, 23, "受付番号　ろ－５５２１", size=7, align="r")
    p.y = 26
    p.line("海老沼　千鶴　様", x=9, size=9.5)
    p.gap(0.5)
    p.para("貴殿がご契約されていた携帯電話会社の未払料金につき、当社が債権の移行（譲受け）を受けましたので通知いたします。"
           "再三の督促にもかかわらず、現在まで入金が確認できておりません。", x0=8, x1=92, size=7.4)
    p.para("本通知到着後、期日までにご連絡なき場合、民事訴訟の手続に移行し、給与・預貯金・動産の差押えを執行いたします。"
           "なお、勤務先への訪問調査を行う場合、出張費等は貴殿のご負担となります。", x0=8, x1=92, size=7.4)
    y = p.y + 1
    p.add(Box(12, y, 76, 22, 0.8, RED))
    p.at(16, y + 7, "未払総額（延滞金含む）", size=8, font="sans-bold")
    p.at(84, y + 8, f"¥{T:,}", size=13, font="sans-bold", align="r", color=RED)
    p.at(16, y + 16, "ご連絡期日", size=8, font="sans-bold")
    p.at(84, y + 17, f"6月12日（{wd(due)}）17時まで", size=10, font="sans-bold", align="r", color=RED)
    p.y = y + 25
    p.para("※お支払いは、当社担当より指定のギフトカード（電子マネー）にてお願いしております。ご家族・第三者へのご相談は、"
           "個人情報保護の観点からお控えください。", x0=8, x1=92, size=7)
    p.gap(1)
    y = p.y
    p.add(Line(8, y, 92, y, 0.3))
    p.at(8, y + 5, "株式会社ほととぎす債権管理センター", size=9, font="sans-bold")
    p.at(8, y + 9.5, "法務大臣許可番号　第318号", size=7)
    p.at(8, y + 13.5, "東京都千代田区霞が関一丁目（法曹会館内）", size=7)
    p.at(8, y + 18.5, "お問合せ 03-0000-9156（担当　幸島）", size=8.5, font="sans-bold")
    p.at(8, y + 22.5, "受付 9:00～20:00（土日も受付）", size=7)
    stamp(p, 72, y + 10, "親展", color=RED, size=9, h=7)
    tr = truth(document_type="other", sender="株式会社ほととぎす債権管理センター", license_number=318,
               phone="03-0000-9156", creditor=None, status="not_licensed", original=None, debtor="海老沼千鶴", total=T,
               lump=False, issued=issued, payment_due=due, reference="ろ-5521", is_scam=True, input_kind="photo_jpeg",
               template="proxy24_scam_postcard_debt_transfer_giftcard_in_hand", received=None)
    return dict(stem="ag13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(bg="kitchen", fill=0.6, pitch=10, yaw=-5, roll=7, creases=0, thumb="bottom", shadow=0.25,
                          shadow_side="left", blur=1.05, dof=0.6, warm=0.25, lamp=0.4),
                about="other (scam postcard, fake servicer, 債権移行)",
                unusual="a 架空請求 POSTCARD (the addressee's name printed inside) photographed small in the frame on a kitchen "
                        "table, rolled ~7°, a thumb on the bottom edge and a hand shadow on the left, slightly soft; a "
                        "red double frame; 「債権移行」 for an unnamed 携帯電話会社 (creditor null); 未払総額（延滞金含む） "
                        "¥48,600 alone (no components); 差押え and 勤務先への訪問調査 threats; payment by ギフトカード; "
                        "「ご家族・第三者へのご相談は…お控えください」; a FAKE 「法務大臣許可番号　第318号」 for 「株式会社"
                        "ほととぎす債権管理センター」 (→ not_licensed) at 「霞が関一丁目（法曹会館内）」; a hiragana 受付番号 "
                        "ろ－５５２１; a month-day deadline 「6月12日（金）17時まで」")


# ---------------------------------------------------------------------------------------------
# ag14 real servicer パルティール: 受任通知を受領したので直接の請求を止める (claims nothing); digital.


def ag14():
    issued, assign, got = D(2026, 2, 27), D(2024, 10, 31), D(2026, 2, 24)
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 20, "パルティール債権回収株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(15, 25, "法務大臣許可番号第113号", size=8.5, color=INDIGO)
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 23.5, "管理番号　PT-1031-77204", size=10, align="r")
    p.y = 34
    p.line("〒810-0000　福岡県福岡市中央区あおはだ通九丁目9番9号", size=10)
    p.line("三瓶　直哉　様", size=13.5)
    p.gap(6)
    p.title("受任通知受領のお知らせ", size=15)
    p.para(f"平素は格別のご高配を賜り、厚く御礼申し上げます。当社が{wdate(assign)}付で株式会社みそさざいファイナンスから譲り"
           f"受けました貴殿に対する債権につきまして、{wdate(got)}、下記の弁護士から、貴殿の債務整理を受任した旨の通知（受任通知）"
           "を受領いたしました。")
    p.para("これにより、当社は本日以降、貴殿に対する直接のご連絡・ご請求を差し控え、今後のお手続はすべて代理人弁護士を通じて"
           "行わせていただきます。")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 11, 0.8, INDIGO, (0.94, 0.94, 0.98)))
    p.at(105, y + 7.3, "本書はご請求書ではありません。お支払いをお願いするものではございません。", size=10.5,
         font="sans-bold", align="c", color=INDIGO)
    p.y = y + 16
    p.line("記", align="c")
    p.table([["管理番号", "PT-1031-77204"], ["原債権者（譲渡人）", "株式会社みそさざいファイナンス"],
             ["債権譲受日", wdate(assign)], ["受任通知受領日", wdate(got)],
             ["代理人", "八月朔日法律事務所　弁護士　八月朔日　透"], ["代理人連絡先", "092-000-3318"]],
            [52, 118], x=20, aligns="ll", size=10, row_h=8, shade_col0=True)
    p.gap(3)
    p.para("※既に当社口座へお振込みの手続をされている場合や、代理人弁護士との間のお手続に関するご質問は、代理人弁護士に"
           "お問い合わせください。", size=9, indent="")
    p.para("※本件のお取引の経過（取引履歴）は、代理人弁護士のご請求により、同弁護士あてに送付いたします。", size=9, indent="")
    p.line("以上", align="r")
    p.gap(10)
    for s, sz, f in (("パルティール債権回収株式会社　福岡業務部", 10.5, "sans-bold"),
                     ("〒812-0000 福岡県福岡市博多区ねじき坂九丁目9番9号", 8.5, "sans"),
                     ("電話 092-000-1131（平日 9:00～18:00）　担当　比留間", 9.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    tr = truth(document_type="other", sender="パルティール債権回収株式会社", license_number=113, phone="092-000-1131",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社みそさざいファイナンス",
               debtor="三瓶直哉", lump=False, issued=issued, payment_due=None, assignment=assign,
               reference="PT-1031-77204", input_kind="pdf_text",
               template="proxy24_servicer_stops_collecting_after_lawyer_notice_harmless", received=D(2026, 3, 2))
    return dict(stem="ag14", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (real servicer stops collecting after a lawyer's 受任通知; claims nothing)",
                unusual="a harmless letter: real servicer ★ パルティール債権回収株式会社 with 「法務大臣許可番号第113号」 "
                        "(no space) tells the debtor it received his lawyer's 受任通知 and stops collecting; a tinted "
                        "band 「本書はご請求書ではありません。」; NO amount anywhere (all null); a shaded-label 記 table "
                        "(管理番号, 原債権者（譲渡人）, 債権譲受日 → assignment, 受任通知受領日 (not a field), the debtor's "
                        "lawyer and his 092 phone — distractors); western 年月日 dates; sender block at the bottom right")


# ---------------------------------------------------------------------------------------------
# ag15 joint 債権譲渡通知 guarantee company → invented servicer ほしくず債権回収 (第241号); photo on tatami, EXIF 8.


def ag15():
    issued = D(2025, 11, 7)
    L = late(YM_S, YM_R, YM_SUBRO + timedelta(1), YM_ASSIGN)
    T = YM_S + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, fw(era(issued)), size=10.5, align="r")
    p.y = 22
    p.line("〒400-0000", size=10.5)
    p.line("山梨県甲府市むらさきしきぶ台九丁目9番9号", size=10.5)
    p.line("月見里　洋平　殿", size=14)
    p.gap(6)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para(f"拝啓　通知人つがざくら住宅保証株式会社（以下「譲渡人」）は、{era(YM_SUBRO)}、貴殿の株式会社かつら銀行に対する"
           "住宅ローン債務を保証人として代位弁済し、貴殿に対する求償債権を取得いたしました。")
    p.para(f"譲渡人は、{era(YM_ASSIGN)}付で、右求償債権をほしくず債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、"
           "譲渡人及び譲受人の連名にて通知いたします。今後のお支払い、ご相談は譲受人にお申し出ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    rows = [["譲渡債権", "保証委託契約に基づく求償債権"], ["原契約", "株式会社かつら銀行　住宅ローン（平成30年3月締結）"],
            ["最終ご返済日（原契約）", era(YM_LAST)], ["期限の利益喪失日", era(YM_ACC)], ["代位弁済日", era(YM_SUBRO)],
            ["譲渡日", era(YM_ASSIGN)]]
    p.table(rows, [52, 120], x=19, aligns="ll", size=10, row_h=7.5)
    p.gap(3)
    p.line(f"譲渡債権額（{era(YM_ASSIGN)}現在）", x=19, size=10.5, font="serif-bold")
    p.table([["求償元金", f"{YM_S:,}円"], ["確定損害金（年14％）", f"{L:,}円"], ["譲渡債権額合計", f"{T:,}円"]],
            [104, 68], x=19, aligns="lr", size=10.5, row_h=8, ruled="rows")
    p.gap(4)
    y = p.y
    for i, (role, name, l2, l3) in enumerate((
            ("譲渡人", "つがざくら住宅保証株式会社", "代表取締役　沓掛　則夫", "山梨県甲府市なつつばき台九丁目9番9号　電話 055-000-2740"),
            ("譲受人", "ほしくず債権回収株式会社", "法務大臣許可番号 第241号　代表取締役　汐崎　亮",
             "東京都新宿区いぬしで町九丁目9番9号　電話 03-0000-2411"))):
        yy = y + i * 22
        p.at(19, yy + 4, f"【{role}】", size=9.5)
        p.at(42, yy + 4, name, size=11.5, font="serif-bold")
        p.at(42, yy + 9.5, l2, size=9.5)
        p.at(42, yy + 14.5, l3, size=9)
        p.seal(183, yy + 6, 12, "round", ("つがざくら住宅保証" if i == 0 else "ほしくず債権回収") + "|代表/取締役",
               angle=4 - 9 * i, seed=24151 + i)
    p.y = y + 46
    p.para(f"※お問い合わせは譲受人（管理番号 {YM_REF}）までお願いいたします。", size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="ほしくず債権回収株式会社", license_number=241,
               phone="03-0000-2411", creditor="ほしくず債権回収株式会社", status="unverified",
               original="つがざくら住宅保証株式会社", debtor="月見里洋平", total=T, principal=YM_S, interest=None,
               late_damages=L, rate=YM_R, lump=False, issued=issued, payment_due=None, acceleration=YM_ACC,
               last_payment=YM_LAST, assignment=YM_ASSIGN, reference=YM_REF, input_kind="photo_exif_rotated",
               template="proxy24_joint_assignment_guarantor_to_invented_servicer_tatami_rotated",
               received=D(2025, 11, 10))
    return dict(stem="ag15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", fill=0.8, pitch=11, yaw=-4, roll=2, creases=2, shadow=0.3, shadow_side="left",
                          under="window", under_side="bottom", dof=0.9, warm=0.2),
                about="assignment_notice (joint, guarantee company → invented servicer, housing loan)",
                unusual="phone photo on tatami stored sideways with EXIF orientation 8, pitched ~11°, a hand shadow on "
                        "the left, the window envelope under the bottom edge, the top end out of focus; joint "
                        "債権譲渡通知書 in serif: the two notifiers as 【譲渡人】 / 【譲受人】 blocks at the BOTTOM-LEFT "
                        "with round seals on the right; INVENTED servicer 「ほしくず債権回収株式会社」 with 「法務大臣許可"
                        "番号 第241号」 on the same line as its 代表取締役 (→ unverified); a plain-grid 記 table (原契約 "
                        "平成30年, 最終ご返済日（原契約）, 喪失日, 代位弁済日, 譲渡日) and a rows-ruled 求償元金 / "
                        "確定損害金（年14％） / 譲渡債権額合計; the 管理番号 only in the closing note; informs only")


# ---------------------------------------------------------------------------------------------
# ag16 ほしくず債権回収: the rest after the 任意売却, with a 充当明細 on page 2; digital 2 pages.


def ag16():
    issued, due = D(2026, 4, 16), D(2026, 5, 15)
    settle = D(2026, 2, 27)
    price, fee, reg, move = 17_200_000, 633_600, 23_900, 130_000
    net = price - fee - reg - move
    assert net == 16_412_500
    X = late(YM_S, YM_R, YM_SUBRO + timedelta(1), settle)  # 損害金 up to the settlement, paid first
    P2 = YM_S - (net - X)
    L2 = late(P2, YM_R, settle + timedelta(1), issued)
    T = P2 + L2
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=INDIGO))
    p.at(20, 21.5, "ほしくず債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 18, "法務大臣許可番号 第２４１号", size=8.5, color=WHITE, align="r")
    p.at(192, 23, "HOSHIKUZU SERVICER", size=7, color=WHITE, align="r")
    p.at(196, 32, f"{era(issued)}", size=10, align="r")
    p.at(196, 37.5, f"管理番号　{YM_REF}", size=10, align="r")
    p.y = 32
    p.line("〒400-0000", size=10)
    p.line("山梨県甲府市むらさきしきぶ台九丁目9番9号", size=10)
    p.line("月見里　洋平　様", size=13.5)
    p.gap(5)
    p.title("任意売却後の残債務のお支払いについて", size=14.5)
    p.para(f"先般は、ご自宅の任意売却にご協力いただき、ありがとうございました。{era(settle)}の決済により、売却代金から諸費用を"
           f"控除した{net:,}円を当社債権に充当いたしました（充当の明細は裏面のとおりです）。")
    p.para(f"充当後もなお、下記の残債務がございます。つきましては、{era(due)}（{wd(due)}）までに下記残債務を一括してお支払い"
           "いただきますようお願いいたします。一括でのお支払いが難しい場合は、同日までに必ず担当者にご相談ください。")
    p.gap(2)
    p.table([["項目", "金額"], ["残元金（充当後）", f"{P2:,}円"],
             [f"遅延損害金（{era(settle + timedelta(1))}～{era(issued)}　年14％）", f"{L2:,}円"],
             ["残債務合計", f"{T:,}円"]], [124, 50], x=18, header=True, aligns="lr", size=10.5, row_h=8.5)
    p.gap(3)
    p.line("お振込先", size=10, font="sans-bold")
    p.para("みつまた信用金庫 新宿支店　普通預金 2411062　ホシクズサイケンカイシュウ（カ", size=9.8, indent="")
    p.gap(2)
    p.para(f"※原債権者　つがざくら住宅保証株式会社（{era(YM_ASSIGN)}譲受）。原契約　株式会社かつら銀行 住宅ローン"
           f"（最終ご返済日 {era(YM_LAST)}、期限の利益喪失日 {era(YM_ACC)}）。", size=9, indent="")
    p.para("※残債務について分割でのお支払いをご希望の場合は、収入・家計の状況をお伺いしたうえでご提案いたします。", size=9,
           indent="")
    p.gap(6)
    for s, sz, f in (("ほしくず債権回収株式会社　住宅債権管理部", 10.5, "sans-bold"),
                     ("〒160-0000 東京都新宿区いぬしで町九丁目9番9号", 8.5, "sans"),
                     ("電話 03-0000-2411（平日 9:30～17:30）　担当　汐崎　真由", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    q = Page(font="sans", size=10, top=18)
    q.line("（裏面）任意売却代金の充当明細", size=12.5, font="sans-bold")
    q.gap(2)
    q.table([["売却代金", f"{price:,}"], ["（控除）仲介手数料", f"△{fee:,}"], ["（控除）抵当権抹消登記費用", f"△{reg:,}"],
             ["（控除）引越費用（控除を認めた額）", f"△{move:,}"], ["充当額", f"{net:,}"]],
            [110, 50], x=20, aligns="lr", size=10, row_h=8)
    q.at(180, q.y + 4, "（単位：円）", size=8, align="r")
    q.gap(8)
    q.table([["", "充当前", "充当額", "充当後"],
             [f"損害金（{era(YM_SUBRO + timedelta(1))}～{era(settle)}）", f"{X:,}", f"{X:,}", "0"],
             ["求償元金", f"{YM_S:,}", f"{net - X:,}", f"{P2:,}"],
             ["合計", f"{YM_S + X:,}", f"{net:,}", f"{P2:,}"]],
            [70, 34, 34, 32], x=20, header=True, aligns="lrrr", size=9.5, row_h=8)
    assert YM_S + X - net == P2
    q.gap(4)
    q.para("※充当は、損害金、元金の順に行っております。売却物件　山梨県甲府市むらさきしきぶ台九丁目9番9の土地・建物"
           "（買主への所有権移転登記済み）。", size=9, indent="")
    q.para("※この明細は、任意売却に伴う配分案（令和8年2月10日付）に基づくものです。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="ほしくず債権回収株式会社", license_number=241,
               phone="03-0000-2411", creditor="ほしくず債権回収株式会社", status="unverified",
               original="つがざくら住宅保証株式会社", debtor="月見里洋平", total=T, principal=P2, interest=None,
               late_damages=L2, rate=YM_R, lump=True, issued=issued, payment_due=due, acceleration=YM_ACC,
               last_payment=YM_LAST, assignment=YM_ASSIGN, reference=YM_REF, input_kind="pdf_text_2page",
               template="proxy24_invented_servicer_rest_after_voluntary_sale_allocation", received=D(2026, 4, 20))
    return dict(stem="ag16", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (invented servicer, the rest after a 任意売却, 2 pages)",
                unusual="INVENTED servicer 「ほしくず債権回収株式会社」 with 「法務大臣許可番号 第２４１号」 (full-width) in "
                        "white inside an indigo LOGO BAND (→ unverified); 項目/金額 table 残元金（充当後） / 遅延損害金 / "
                        "残債務合計 (no interest); the 譲受 date, last payment and 喪失 only in a small ※ note; p.2 "
                        "「（裏面）」 allocation of the sale: 売却代金 17,200,000 less △ deductions = 充当額 16,412,500 and "
                        "a 充当前 / 充当額 / 充当後 table (損害金 first, then 求償元金) — all distractors, the 充当後 元金 "
                        "equals the p.1 principal; the 配分案 date and the sale date as distractors")


LETTERS = [ag09, ag10, ag11, ag12, ag13, ag14, ag15, ag16]
