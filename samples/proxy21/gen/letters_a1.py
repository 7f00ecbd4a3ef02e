"""Proxy set 21, letters ad01–ad08: "creditors that are not banks". The 鴇沢 household of 長野県 after the husband's
sheet-metal shop failed in spring 2025: the rent guarantor's 求償金 demand after the eviction (明渡し), the hospital's
unpaid bills through a law office, the son's scholarship 一括請求, the mobile carrier's arrears entrusted to a servicer,
the broadcaster's fees through a 弁護士法人, the car-loan company's rest after the car was taken back and sold, the JA's
縦書き 期限の利益喪失通知 of an education loan, and the wife's card debt sold to a real servicer."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    late,
    leader,
    qr,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.42, 0.16, 0.40)
MOSS = (0.22, 0.40, 0.16)
SKY = (0.05, 0.38, 0.62)
BRICK = (0.62, 0.20, 0.10)

# --- the household (shared with letters_a2) -------------------------------------------------------------------
HUSB, WIFE, SON = "鴇沢　晴之", "鴇沢　紗希", "鴇沢　柾人"
ADDR = ("396-0000", "長野県伊那市こぶし野九丁目9番9号")  # the wife's parents' house, after the eviction
OLD_ADDR = "長野県飯田市りんご並木九丁目9番9号　コーポりんご並木203号室"
SON_ADDR = ("344-0000", "埼玉県春日部市あせび坂九丁目9番9号")
# rent guarantee (ad01, ad11)
RENT = 78_000
RENT_ITEMS = [  # (label, amount, 立替日)
    ("立替賃料（令和7年3月分）", RENT, D(2025, 3, 31)), ("立替賃料（令和7年4月分）", RENT, D(2025, 4, 30)),
    ("立替賃料（令和7年5月分）", RENT, D(2025, 5, 30)), ("立替賃料（令和7年6月分）", RENT, D(2025, 6, 30)),
    ("立替賃料（令和7年7月分）", RENT, D(2025, 7, 31)),
    ("賃料相当損害金（令和7年8月1日～9月10日）", RENT + RENT * 10 // 30, D(2025, 9, 30)),
    ("明渡請求訴訟・強制執行費用（立替）", 186_450, D(2025, 9, 12)),
]
RENT_P = sum(a for _, a, _ in RENT_ITEMS)
RENT_R = 14.6
RENT_LAST, RENT_OUT = D(2025, 2, 27), D(2025, 9, 10)


def rent_late(upto: D) -> int:
    return sum(late(a, RENT_R, d + timedelta(1), upto) for _, a, d in RENT_ITEMS)


# scholarship (ad03, ad12)
SCH_P1, SCH_P2, SCH_I2, SCH_R = 1_152_000, 1_486_300, 6_118, 3.0
SCH_ACC, SCH_LAST = D(2025, 9, 10), D(2025, 1, 27)
# car loan (ad06, ad13)
CAR_REST, CAR_SALE, CAR_COST, CAR_R = 1_782_400, 1_020_000, 68_200, 3.0
CAR_P = CAR_REST - (CAR_SALE - CAR_COST)
CAR_ACC, CAR_LAST, CAR_PULL, CAR_SOLD = D(2025, 6, 27), D(2025, 3, 27), D(2025, 7, 15), D(2025, 8, 20)
CAR_L1 = late(CAR_REST, CAR_R, CAR_ACC + timedelta(1), CAR_SOLD)


def car_late(upto: D) -> int:
    return CAR_L1 + late(CAR_P, CAR_R, CAR_SOLD + timedelta(1), upto)


# card (ad08, ad15)
CARD_P, CARD_I, CARD_R = 684_250, 9_876, 14.6
CARD_ACC, CARD_LAST, CARD_ASSIGN = D(2025, 8, 27), D(2025, 5, 27), D(2025, 12, 15)


def jis0(d: D) -> str:
    return f"R{d.year - 2018:02d}.{d.month:02d}.{d.day:02d}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ad01 家賃保証会社 求償金 demand after the eviction; photo stored sideways (EXIF 6).


def ad01():
    issued, due = D(2025, 10, 20), D(2025, 11, 5)
    P = RENT_P
    L = rent_late(issued)
    C = 3_300
    T = P + L + C
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 12, 12, color=None, fill=BRICK))
    p.at(21, 19.5, "杏", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(30, 17, "あんず賃貸保証", size=14, font="sans-bold", color=BRICK)
    p.at(30, 22, "ANZU RENT GUARANTEE", size=6, color=BRICK)
    p.at(196, 15, f"{era(issued)}（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 20, "お客様番号　AZ-0731-5520", size=9.5, align="r")
    p.y = 30
    p.line(f"〒{ADDR[0]}", size=9.5)
    p.line(ADDR[1], size=10)
    p.line(f"{HUSB}　様", size=13.5)
    p.line("（旧住所　" + OLD_ADDR + "）", size=8.2, color=GRAY)
    for i, s in enumerate(("あんず賃貸保証株式会社", "債権管理課　担当　薬袋", "〒380-0000 長野市みつばち通り九丁目9番9号",
                           "TEL 026-000-7315　FAX 026-000-7316")):
        p.at(196, 32 + i * 4.6, s, size=9.5 if i < 2 else 8.3, align="r", font="sans-bold" if i == 0 else "sans")
    p.seal(190, 40, 11, "square", "あんず賃貸保証印", angle=4, seed=21011)
    p.gap(4)
    p.title("求償金のご請求について", size=15.5)
    p.para("当社は、貴殿と賃貸人 有限会社しだれ野不動産との間の建物賃貸借契約について、貴殿から保証の委託を受け、同契約に"
           "基づく貴殿の債務を保証しておりました。貴殿が賃料のお支払いを怠られたため、当社は保証委託契約に基づき下記のとおり"
           f"賃貸人へ立替払いを行いました。なお、物件の明渡しは{era(RENT_OUT)}の強制執行により完了しております。", size=9.6)
    p.para(f"つきましては、当社が貴殿に対して有する求償金を、下記のとおり{era(due)}（{wd(due)}）までに一括にてお支払い"
           "ください。", size=9.6)
    p.gap(1)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["物件名", "コーポりんご並木 203号室", "月額賃料等", "78,000円（賃料72,000円・共益費6,000円）"],
              ["保証開始日", "平成31年4月1日", "最終ご入金日", era(RENT_LAST)],
              ["明渡完了日", era(RENT_OUT), "明渡判決", "飯田簡易裁判所 令和7年(ハ)第214号"]], h=7, size=8.6)
    p.y = y + 4
    rows = [["No.", "項　目", "立替日", "金　額"]]
    for i, (lab, a, d) in enumerate(RENT_ITEMS, 1):
        rows.append([str(i), lab, era(d), f"{a:,}円"])
    rows.append(["", "求償元金　小計", "", f"{P:,}円"])
    rows.append(["8", "遅延損害金（各立替日の翌日から年14.6％）", f"{era(issued)}まで", f"{L:,}円"])
    rows.append(["9", "督促手数料", "", f"{C:,}円"])
    rows.append(["", "ご請求合計額", "", f"{T:,}円"])
    p.table(rows, [10, 86, 45, 40], x=15, header=True, aligns="clcr", size=9, row_h=6.6)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 0.9, BRICK, (0.99, 0.95, 0.92)))
    p.at(20, y + 8.5, "お支払期限", size=11, font="sans-bold", color=BRICK)
    p.at(52, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(192, y + 8.8, f"ご請求合計額　{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 17
    p.para("お振込先　しらびそ銀行 長野駅前支店 普通預金 0731552 アンズチンタイホショウ（カ　※お振込手数料はご負担ください。",
           size=9, indent="")
    p.para("※期限までにお支払い又はご連絡がない場合は、支払督促の申立て等の法的手続をとらせていただきます。分割でのお支払いを"
           "ご希望の方は、必ず期限までに担当へお電話ください。", size=9, indent="")
    p.para("※残置物の保管期間は終了しております。保管品についてのお問い合わせには応じかねます。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="あんず賃貸保証株式会社", phone="026-000-7315",
               creditor="あんず賃貸保証株式会社", status="not_applicable", original=None, debtor="鴇沢晴之", total=T,
               principal=P, interest=None, late_damages=L, costs=C, rate=RENT_R, lump=True, issued=issued,
               payment_due=due, acceleration=None, last_payment=RENT_LAST, reference="AZ-0731-5520",
               input_kind="photo_exif_rotated", template="proxy21_rent_guarantor_recourse_after_eviction_rotated",
               received=D(2025, 10, 22))
    return dict(stem="ad01", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, shadow=0.3, shadow_side="bottom", fill=0.86,
                          warm=0.2),
                about="collection_notice (家賃保証会社 求償金 after the eviction)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk with tri-fold creases and a "
                        "hand shadow at the bottom; rent guarantor's 求償金 demand after the 強制執行 明渡し; era dates with "
                        "weekday; the new address with the 旧住所 under it; a 3×2 shaded grid (物件名, 月額賃料等 78,000, "
                        "保証開始日 平成31年, 最終ご入金日, 明渡完了日, the 明渡判決's (ハ) number — distractors except the "
                        "last payment); a 9-row table: five 立替賃料 rows, 賃料相当損害金, 明渡請求訴訟・強制執行費用（立替）, "
                        "a 求償元金 小計 row (= principal), 遅延損害金 over each 立替日, 督促手数料 (→ costs) and "
                        "ご請求合計額; the landlord named in the prose; no 喪失 date (a tenancy, not a loan)")


# ---------------------------------------------------------------------------------------------
# ad02 hospital's unpaid bills through a law office; scanned PNG.


def ad02():
    issued, due, lastp = D(2025, 11, 28), D(2025, 12, 19), D(2025, 6, 2)
    rows = [("2025年5月7日～5月30日", "入院", 386_120, 100_000), ("2025年6月（3回）", "外来", 9_870, 0),
            ("2025年7月（2回）", "外来", 6_420, 0), ("2025年8月20日", "文書料（診断書）", 5_500, 0)]
    P = sum(a - b for _, _, a, b in rows)
    p = Page(font="serif", size=10.5, top=16)
    p.line("かもめ坂法律事務所", size=15, font="serif-bold", align="c")
    p.line("KAMOMEZAKA LAW OFFICE", size=7, align="c", color=GRAY)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.5))
    p.add(Line(20, p.y + 2, 190, p.y + 2, 0.2))
    p.gap(5)
    p.line(wdate(issued), align="r", size=10)
    p.line("当職整理番号　KM25-1128", align="r", size=9.5)
    p.line(f"〒{ADDR[0]}　{ADDR[1]}", size=10)
    p.line(f"{HUSB}　殿", size=13)
    p.gap(2)
    p.line("〒395-0000 長野県飯田市ききょう原九丁目9番9号", size=9, align="r")
    p.line("医療法人みさき台会　代理人", size=9.5, align="r")
    p.line("弁護士　柘植野　瑛司", size=11, align="r")
    p.seal(186, p.y - 9, 8, "square", "弁護士柘植野", angle=0, seed=21021)
    p.line("電話 0265-00-4410　FAX 0265-00-4411（平日10時～17時）", size=9, align="r")
    p.gap(4)
    p.title("ご　通　知", size=16, font="serif-bold")
    p.line("（未払診療費のお支払いについて）", size=10.5, align="c")
    p.gap(2)
    p.para("当職は、医療法人みさき台会（みさき台中央病院、以下「病院」といいます。）から、貴殿の未払診療費の回収について"
           "委任を受けた弁護士です。今後、本件に関するご連絡は、病院ではなく当職宛てにお願いいたします。")
    p.para(f"病院の記録によれば、貴殿の下記診療に係る一部負担金等につき、{wdate(lastp)}に入院費の一部として100,000円の"
           "ご入金があったのを最後に、その後のお支払いがございません。")
    p.para(f"つきましては、下記未払額合計を{wdate(due)}（{wd(due)}）までに、下記口座へお振込みくださいますよう通知いたします。"
           "お支払いが困難な事情がございましたら、同日までに当職へご連絡ください。")
    p.gap(1)
    p.line("記", align="c")
    body = [["診療期間", "区分", "ご請求額", "お支払済額", "未払額"]]
    body += [[a, b, f"{c:,}円", f"{d:,}円" if d else "－", f"{c - d:,}円"] for a, b, c, d in rows]
    body.append(["未払額合計", "", "", "", f"{P:,}円"])
    p.table(body, [52, 34, 30, 30, 30], x=17, header=True, aligns="lcrrr", size=9.5, row_h=7.2)
    p.line("（病院の患者ID　00418237）", x=17, size=8.5)
    p.gap(2)
    p.para("お振込先　ひさかた銀行 飯田支店 普通預金 4410281 名義 弁護士柘植野瑛司預り金口", size=9.8, indent="")
    p.para("※本件については、遅延損害金のご請求はいたしておりません。※高額療養費の払戻しを受けられる場合は、その旨を"
           "お知らせください。※行き違いでお支払い済みの場合はご容赦ください。", size=9.3, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="かもめ坂法律事務所", phone="0265-00-4410",
               creditor="医療法人みさき台会", status="not_applicable", original=None, debtor="鴇沢晴之", total=P,
               principal=P, interest=None, late_damages=None, costs=None, rate=None, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="KM25-1128", input_kind="scan_png",
               template="proxy21_law_office_hospital_unpaid_bills", received=D(2025, 12, 1))
    return dict(stem="ad02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="collection_notice (law office for a hospital, 未払診療費)",
                unusual="a lawyer's ご通知 for a 医療法人 (the hospital's own name in brackets), scanned; centred serif "
                        "letterhead with a double rule; western 年月日 dates; the lawyer's block RIGHT-aligned ABOVE the "
                        "title with a tiny square seal; a 5-column table (ご請求額 / お支払済額 / 未払額) whose only total is "
                        "未払額合計 (the two other columns are not summed); the last payment only in the prose (100,000円 "
                        "on 2025年6月2日); 「遅延損害金のご請求はいたしておりません」 (late damages and rate null); 患者ID "
                        "and the 預り金口 account as distractors; no 一括 wording (a bill for fees → lump false)")


# ---------------------------------------------------------------------------------------------
# ad03 scholarship body (invented, JASSO-like) 返還未済額 一括返還請求, two kinds side by side; digital.


def ad03():
    issued, due = D(2025, 11, 25), D(2025, 12, 15)
    L1 = late(SCH_P1, SCH_R, SCH_ACC + timedelta(1), issued)
    L2 = late(SCH_P2, SCH_R, SCH_ACC + timedelta(1), issued)
    P, I, L = SCH_P1 + SCH_P2, SCH_I2, L1 + L2
    T1, T2 = SCH_P1 + L1, SCH_P2 + SCH_I2 + L2
    T = T1 + T2
    assert P + I + L == T
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "独立行政法人", size=8.5, color=SKY)
    p.at(15, 25, "ひのもと学資支援機構", size=14, font="sans-bold", color=SKY)
    p.add(Line(15, 28, 100, 28, 1.2, SKY))
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.at(196, 23.5, "奨学生番号　602-18-341729", size=10, align="r")
    p.y = 34
    p.line(f"〒{SON_ADDR[0]}", size=9.5)
    p.line(SON_ADDR[1], size=10)
    p.line(f"{SON}　様", size=13.5)
    p.gap(1)
    p.line("（連帯保証人　鴇沢　晴之　様　／　保証人　杉箸　静江　様　にも同旨の通知をお送りしています）", size=8.2,
           color=GRAY)
    p.gap(3)
    p.title("返還未済額の一括返還請求書", size=15.5)
    p.para(f"あなたは、奨学金の割賦金の返還を延滞し、当機構からの再三の督促にもかかわらず返還されなかったため、"
           f"{fw(era(SCH_ACC))}をもって期限の利益を喪失し、返還未済額の全額を一括して返還しなければならないこととなって"
           f"います（最終返還日　{fw(era(SCH_LAST))}）。", size=9.8)
    p.para(f"つきましては、下記の金額を{fw(era(due))}（{wd(due)}）までに一括して返還してください。期限までに返還がない場合は、"
           "裁判所に支払督促を申し立てるなど、法的措置をとることになります。", size=9.8)
    p.gap(2)
    p.line(f"■ 請求額の内訳（{fw(era(issued))}現在）", size=10.5, font="sans-bold", color=SKY)
    rows = [["", "第一種奨学金（無利子）", "第二種奨学金（利息付）", "合　計"],
            ["返還未済額", f"{SCH_P1:,}円", f"{SCH_P2:,}円", f"{P:,}円"],
            ["利息（喪失日まで）", "－", f"{SCH_I2:,}円", f"{I:,}円"],
            ["延滞金", f"{L1:,}円", f"{L2:,}円", f"{L:,}円"],
            ["請求額", f"{T1:,}円", f"{T2:,}円", f"{T:,}円"]]
    p.table(rows, [42, 46, 46, 44], x=16, header=True, aligns="lrrr", size=9.8, row_h=8, shade_col0=True)
    p.para(f"※延滞金の割合　年3.0％（返還未済額に対し、{fw(era(SCH_ACC + timedelta(1)))}から上記基準日まで、年365日の日割計算）",
           size=8.8, indent="")
    p.gap(2)
    p.kv([("貸与総額", "第一種 2,304,000円（月額48,000円×48か月）／第二種 2,880,000円（月額60,000円×48か月）"),
          ("月賦返還額", "第一種 16,000円／第二種 12,460円（毎月27日振替）"),
          ("返還方法", "同封の払込用紙、又は下記口座へのお振込み")], x=16, label_w=28, size=9)
    p.para("お振込先　あかげら銀行 本店営業部 普通預金 6021834 ドク）ヒノモトガクシシエンキコウ（ご依頼人名の前に奨学生番号を"
           "入力してください）", size=9, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.3, SKY, (0.93, 0.96, 0.99)))
    p.at(19, y + 6, "返還が困難な方へ", size=10, font="sans-bold", color=SKY)
    for i, s in enumerate(["期限の利益を喪失した後は、返還期限猶予・減額返還の制度はご利用いただけません。ただし、返還計画について",
                           "ご相談いただける場合があります。お早めに返還相談窓口へお電話ください。"]):
        p.at(19, y + 12 + i * 5, s, size=8.8)
    p.y = y + 27
    for s, sz, f in (("独立行政法人ひのもと学資支援機構　返還部　債権管理課", 10, "sans-bold"),
                     ("〒162-0000 東京都新宿区すいれん堀九丁目9番9号", 8.5, "sans"),
                     ("返還相談窓口　0570-000-366（平日 9:00～20:00）", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="独立行政法人ひのもと学資支援機構", phone="0570-000-366",
               creditor="独立行政法人ひのもと学資支援機構", status="not_applicable", original=None, debtor="鴇沢柾人",
               total=T, principal=P, interest=I, late_damages=L, rate=SCH_R, lump=True, issued=issued, payment_due=due,
               acceleration=SCH_ACC, last_payment=SCH_LAST, reference="602-18-341729", input_kind="pdf_text",
               template="proxy21_scholarship_lump_sum_two_kinds", received=D(2025, 11, 27))
    return dict(stem="ad03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (scholarship body, 一括返還請求 after 期限の利益喪失)",
                unusual="an invented JASSO-like 独立行政法人 asks the son for the whole 返還未済額; full-width era dates; "
                        "奨学生番号 as the only identifier; the 連帯保証人 and 保証人 named under the addressee; a 4-column table "
                        "with 第一種（無利子） / 第二種（利息付） / 合計 columns and the labels 返還未済額 / 利息（喪失日まで） / "
                        "延滞金 / 請求額 (the truth is the 合計 column; the interest exists only for 第二種); 延滞金の割合 年3.0％ "
                        "in a note; 貸与総額 and 月賦返還額 as distractors; a 0570 ナビダイヤル")


# ---------------------------------------------------------------------------------------------
# ad04 invented servicer 受託 for a mobile carrier (端末残債), phone photo on wood.


def ad04():
    issued, due = D(2025, 12, 8), D(2025, 12, 22)
    entrust, acc, lastp = D(2025, 11, 20), D(2025, 8, 31), D(2025, 5, 26)
    tsu, dev, fee = 31_486, 4_980 * 14, 1_100
    P = tsu + dev + fee
    R = 14.5
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 3, color=None, fill=PLUM))
    p.at(15, 21, "みずがね債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 26, "法務大臣許可番号　第２０９号", size=8.5, color=PLUM)
    p.at(196, 19, f"発行日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 24, "当社管理番号　MZ-2512-0308", size=9.5, align="r")
    p.y = 32
    p.add(Box(15, 31, 92, 30, 0.2, GRAY))
    p.at(19, 37, f"〒{ADDR[0]}", size=9.5)
    p.at(19, 42.5, ADDR[1], size=9.5)
    p.at(24, 54, f"{HUSB}　様", size=13.5)
    stamp(p, 160, 33, "親展・重要", color=PLUM, size=11)
    p.y = 66
    p.title("債権回収業務受託のご通知　兼　ご請求書", size=14.5)
    p.para(f"当社は、株式会社そらまめモバイル（以下「委託元」）から、貴殿のご利用料金等に係る債権の管理及び回収の委託を"
           f"{slash(entrust)}付で受けました。債権者は引き続き委託元であり、当社は委託元に代わってお支払いを受領いたします。", size=9.6)
    p.para(f"貴殿のご契約は{slash(acc)}に料金未払いにより解除（強制解約）され、同日をもって端末代金の分割払いについて期限の利益を"
           "喪失しております。下記ご請求金額を、お支払期限までに一括してお支払いください。", size=9.6)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57],
             [["委託元（債権者）", "株式会社そらまめモバイル", "ご契約電話番号", "090-0000-2731"],
              ["お客様番号（委託元）", "SM-88123047", "最終ご入金日", slash(lastp)],
              ["受託日", slash(entrust), "強制解約日", slash(acc)]], h=7, size=8.8)
    p.y = y + 4
    p.line("ご請求の内訳", size=10.5, font="sans-bold", color=PLUM)
    for lab, val in (("未払通信料金（2025年5月～8月ご利用分）", f"{tsu:,}円"),
                     ("端末残債（割賦販売残代金　24回中 残14回 × 4,980円）", f"{dev:,}円"),
                     ("契約解除料（違約金）", f"{fee:,}円"),
                     ("元金合計", f"{P:,}円"),
                     (f"延滞利息（年14.5％　{slash(acc + timedelta(1))}～{slash(issued)}）", f"{L:,}円")):
        leader(p, lab, val, 22, 160, size=9.8, font="sans-bold" if lab == "元金合計" else None)
    p.add(Line(22, p.y + 0.3, 160, p.y + 0.3, 0.6))
    p.gap(1.5)
    leader(p, "ご請求金額", f"{T:,}円", 22, 160, size=12, font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, PLUM))
    p.add(Box(15, y, 40, 12, color=None, fill=PLUM))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(60, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　あかげら銀行 日本橋支店 普通預金 2090308 ミズガネサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※分割でのお支払いをご希望の場合は、お支払期限までに下記までお電話ください。※委託元へのお支払い・お問い合わせは"
           "ご遠慮ください。※当社社員がご自宅で現金をお預かりすることはございません。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    qr(p, 15, y, 20, "ad04qr")
    for i, (s, sz, f) in enumerate((("みずがね債権回収株式会社　通信債権管理部", 10, "sans-bold"),
                                    ("〒103-0000 東京都中央区はまちどり橋九丁目9番9号", 8.5, "sans"),
                                    ("フリーダイヤル 0120-000-209（平日 9:30～18:00）　担当 樽見", 9.5, "sans"))):
        p.at(40, y + 5 + i * 5.5, s, size=sz, font=f)
    tr = truth(document_type="assignment_notice", sender="みずがね債権回収株式会社", license_number=209,
               phone="0120-000-209", creditor="株式会社そらまめモバイル", status="unverified",
               original="株式会社そらまめモバイル", debtor="鴇沢晴之", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=None,
               reference="MZ-2512-0308", input_kind="photo_jpeg", template="proxy21_invented_servicer_entrusted_mobile_photo",
               received=D(2025, 12, 10))
    return dict(stem="ad04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.2, creases=2, fill=0.84, blur=0.9, warm=0.2),
                about="assignment_notice (invented servicer 受託 for a mobile carrier)",
                unusual="phone photo on wood with tri-fold creases; INVENTED servicer 「みずがね債権回収株式会社」 with "
                        "「法務大臣許可番号　第２０９号」 in full-width under the logo (→ unverified) collecting on commission "
                        "(受託: creditor = original = the carrier 委託元); slash dates 2025/12/08; an address-window frame and a "
                        "purple 親展・重要 stamp; a 3×2 grid (委託元, the debtor's own 090 number, お客様番号（委託元）, 受託日 — "
                        "distractors); dotted-leader rows 未払通信料金 / 端末残債（割賦販売残代金 残14回 × 4,980円） / "
                        "契約解除料（違約金） / 元金合計 (= principal) / 延滞利息（年14.5％） / ご請求金額; the 強制解約日 is "
                        "the 喪失 date; a QR")


# ---------------------------------------------------------------------------------------------
# ad05 a broadcaster's 受信料 through a 弁護士法人, with a 払込取扱票; scanned image PDF.


def ad05():
    issued, due, lastp = D(2025, 12, 5), D(2025, 12, 26), D(2023, 9, 29)
    per = 2_200
    A, B = per * 6, per * 6
    P = A + B
    L = P * 2 // 100
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 16, era(issued), size=10, align="r")
    p.at(196, 21.5, "当法人整理番号　AK-25-11893", size=9.5, align="r")
    p.y = 24
    p.line(f"〒{ADDR[0]}　{ADDR[1]}", size=10)
    p.line(f"{HUSB}　様", size=13.5)
    p.line("（受信契約上のご住所　" + OLD_ADDR + "）", size=8.2, color=GRAY)
    p.gap(2)
    for s, sz, f in (("弁護士法人あけの星法律事務所", 11, "sans-bold"),
                     ("一般財団法人あまつかぜ公共放送協会　代理人", 9, "sans"),
                     ("代表社員　弁護士　榎戸　誠", 9.5, "sans"),
                     ("〒100-0000 東京都千代田区ひのきの森九丁目9番9号", 8.3, "sans"),
                     ("受付専用 0120-000-581（平日9時～18時）", 9.5, "sans-bold")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 18, 12, "square", "あけの星法律事務所印", angle=-3, seed=21051)
    p.gap(3)
    p.title("放送受信料のお支払いについて（ご通知）", size=14.5)
    p.para("当法人は、一般財団法人あまつかぜ公共放送協会（以下「協会」といいます。）から、放送受信料の未払いに関する業務を"
           "受任いたしました。", size=9.8)
    p.para(f"協会の記録では、貴殿の受信契約（地上契約）について、令和5年8・9月期分のお支払い（{era(lastp)}）を最後に、"
           "下記のとおり受信料が未払いとなっております。下記合計額を、お支払期限までにお支払いください。", size=9.8)
    p.gap(1)
    rows = [["対象期間", "期数", "1期あたり", "金　額"],
            ["令和5年10・11月期 ～ 令和6年8・9月期", "6期", f"{per:,}円", f"{A:,}円"],
            ["令和6年10・11月期 ～ 令和7年8・9月期", "6期", f"{per:,}円", f"{B:,}円"],
            ["未払受信料　計", "12期", "", f"{P:,}円"],
            ["延滞利息（受信規約による・1期につき2％）", "", "", f"{L:,}円"],
            ["お支払合計額", "", "", f"{T:,}円"]]
    p.table(rows, [82, 20, 30, 40], x=19, header=True, aligns="lcrr", size=9.5, row_h=7.2)
    p.gap(2.5)
    p.line(f"お支払期限　{era(due)}（{wd(due)}）", x=19, size=11.5, font="sans-bold")
    p.para("※受信契約者番号 3 0 8 7 - 4 4 1 2 - 5 9（協会）。※転居により受信機を設置しなくなった場合は、協会所定の届出が"
           "必要です。※お支払いが難しい場合は、期限までに受付専用ダイヤルへご相談ください。", size=8.6, indent="")
    slip(p, 205, account="00170-0-581118", payee="弁護士法人あけの星法律事務所", amount=T, payer=HUSB,
         note=["放送受信料（未払12期分）", "整理番号 AK-25-11893", f"期限 {era(due)}"],
         bank_line="ゆうちょ銀行・郵便局の窓口又はATMでお払込みいただけます。払込手数料は当法人が負担します。",
         fee_note="料金加入者負担", key="ad05")
    tr = truth(document_type="collection_notice", sender="弁護士法人あけの星法律事務所", phone="0120-000-581",
               creditor="一般財団法人あまつかぜ公共放送協会", status="not_applicable", original=None, debtor="鴇沢晴之",
               total=T, principal=P, interest=None, late_damages=L, costs=None, rate=None, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="AK-25-11893", input_kind="pdf_scan",
               template="proxy21_law_corporation_broadcast_fees_slip", received=D(2025, 12, 8))
    return dict(stem="ad05", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (弁護士法人 for a broadcaster, 受信料)",
                unusual="受信料-style fees of an invented 公共放送協会 claimed by a 弁護士法人, scanned as a one-page image "
                        "PDF; sender block RIGHT under the addressee; the 受信契約上のご住所 (the old rented flat) under the "
                        "new address; a 4-column table by 期 (令和5年10・11月期 …, 12 periods of 2,200円) with 未払受信料 計 "
                        "(= principal), 延滞利息 「1期につき2％」 (→ late_damages; no annual rate → rate null) and "
                        "お支払合計額; the last payment by 期 and date in the prose; a spaced 受信契約者番号 as distractor; a "
                        "払込取扱票 at the foot repeating the amount digit by digit")


# ---------------------------------------------------------------------------------------------
# ad06 auto loan: the car was taken back and sold; rest after the sale, JIS R07.09.12 dates; 2 pages.


def ad06():
    issued, due = D(2025, 9, 12), D(2025, 9, 30)
    L2 = late(CAR_P, CAR_R, CAR_SOLD + timedelta(1), issued)
    L = CAR_L1 + L2
    assert car_late(issued) == L
    T = CAR_P + L
    net = CAR_SALE - CAR_COST
    assert CAR_REST - net == CAR_P
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "TENRYU AUTO FINANCE", size=8, font="sans-bold", color=NAVY)
    p.at(15, 25, "てんりゅうオートファイナンス", size=13, font="sans-bold", color=NAVY)
    p.at(196, 18, f"発行日 {jis0(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様管理番号 TR-2509-0817", size=9.5, align="r")
    p.y = 32
    p.line(f"〒{ADDR[0]}", size=9.5)
    p.line(ADDR[1], size=10)
    p.line(f"{HUSB}　様", size=13.5)
    p.gap(5)
    p.title("お車の売却代金充当後の残債務のご請求", size=14.5)
    p.para(f"貴殿とのオートローン契約（ご契約番号 51-220614-03）につきましては、分割支払金のお支払いが{jis0(CAR_LAST)}を最後に"
           f"滞り、{jis0(CAR_ACC)}の経過をもって期限の利益を喪失されました。当社は所有権留保に基づき、{jis0(CAR_PULL)}に"
           f"お車を引き揚げ、{jis0(CAR_SOLD)}にオートオークションにて売却いたしました。", size=9.8)
    p.para("売却代金から引揚・保管・売却に要した費用を差し引いた額を割賦販売残代金に充当いたしましたが、なお下記の残債務が"
           "ございます（精算の明細は2枚目のとおりです）。下記ご請求額を、お支払期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    p.table([["充当後残代金", "遅延損害金（年3.0％）", "ご請求額"], [f"{CAR_P:,}円", f"{L:,}円", f"{T:,}円"]],
            [60, 60, 61], x=15, header=True, aligns="rrr", size=11, row_h=9)
    p.line(f"（{jis0(issued)}現在。遅延損害金の内訳は2枚目のとおり）", x=15, size=8.5)
    p.gap(2)
    p.kv([("お支払期限", f"{jis0(due)}（{wd(due)}）"), ("車名", "ワゴンＲＸ（型式 ＊＊＊-0041277）"),
          ("販売店", "株式会社いなだに自動車"), ("ご契約日", "R04.06.14（84回払、月々33,600円）"),
          ("お振込先", "しらびそ銀行 飯田支店 当座預金 0817251 テンリユウオートフアイナンス（カ")],
         x=20, label_w=30, size=9.5)
    p.gap(4)
    p.para("※期限までにお支払い又はご相談のない場合、訴訟等の法的手続に移行いたします。※本状と行き違いにご入金の節は"
           "ご容赦ください。", size=8.8, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社てんりゅうオートファイナンス　債権管理センター", 10, "sans-bold"),
                     ("〒395-0000 長野県飯田市しらさぎ通九丁目9番9号", 8.5, "sans"),
                     ("TEL 0265-00-1187（平日9:00～17:30）　担当 軽部", 9.5, "sans"),
                     ("関東財務局長(3)第01387号　日本貸金業協会会員第005511号", 7.8, "sans")):
        p.line(s, x=90, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "てんりゅうオートファイナンス印", angle=3, seed=21061)
    q = Page(font="sans", size=10, top=16)
    q.line("2枚目", size=9, color=GRAY)
    q.title("精算明細書", size=14)
    q.line(f"お客様管理番号 TR-2509-0817　　{HUSB}　様", size=9.5)
    q.gap(3)
    q.line("1. 売却代金の充当", size=10.5, font="sans-bold")
    q.table([["割賦販売残代金（期限の利益喪失時）", f"{CAR_REST:,}"], ["売却代金（" + jis0(CAR_SOLD) + "）", f"{CAR_SALE:,}"],
             ["引揚・陸送・保管・売却費用", f"△{CAR_COST:,}"], ["充当額", f"{net:,}"], ["充当後残代金", f"{CAR_P:,}"]],
            [110, 45], x=22, aligns="lr", size=9.8, row_h=7.5, ruled="rows")
    q.line("（単位：円）", x=160, size=8.5)
    q.gap(4)
    q.line("2. 遅延損害金の内訳（年3.0％・法定利率、年365日の日割計算）", size=10.5, font="sans-bold")
    q.table([["対象元本", "期間", "金額"],
             [f"{CAR_REST:,}", f"{jis0(CAR_ACC + timedelta(1))}～{jis0(CAR_SOLD)}", f"{CAR_L1:,}"],
             [f"{CAR_P:,}", f"{jis0(CAR_SOLD + timedelta(1))}～{jis0(issued)}", f"{L2:,}"],
             ["計", "", f"{L:,}"]], [40, 80, 35], x=22, header=True, aligns="rcr", size=9.8, row_h=7.5)
    q.gap(4)
    for s in ("・査定額（当社提携査定会社）1,050,000円に対し、実際の売却代金は上記のとおりです。",
              "・お車の中の私物は、引揚時に立ち会いのうえ返却済みです。",
              "・割賦販売残代金には分割払手数料が含まれています。ご契約時の現金価格は2,268,000円です。"):
        q.para(s, x0=22, x1=190, size=9.3, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社てんりゅうオートファイナンス", phone="0265-00-1187",
               creditor="株式会社てんりゅうオートファイナンス", status="not_applicable", original=None, debtor="鴇沢晴之",
               total=T, principal=CAR_P, interest=None, late_damages=L, rate=CAR_R, lump=True, issued=issued,
               payment_due=due, acceleration=CAR_ACC, last_payment=CAR_LAST, reference="TR-2509-0817",
               input_kind="pdf_text_2page", template="proxy21_auto_loan_rest_after_repossession_sale",
               received=D(2025, 9, 16))
    return dict(stem="ad06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (auto loan: rest after the car was taken back and sold, 2 pages)",
                unusual="a 信販's 売却代金充当後の残債務 claim after the 引揚げ and auction of the car; JIS era dates with zero "
                        "padding (R07.09.12) everywhere; a one-row 3-column table 充当後残代金 / 遅延損害金（年3.0％） / "
                        "ご請求額; the 法定利率 3 % (割賦販売法 cap) instead of 14.6 %; kv lines with the car, the dealer, the "
                        "ご契約番号 and 84回 × 33,600 (distractors); the 貸金業 registration line; p.2 a 精算明細書: "
                        "割賦販売残代金 1,782,400 / 売却代金 / △ costs / 充当額 / 充当後残代金 (unit 円 only in a header) and "
                        "the late damages over TWO periods (before and after the sale) with their sum; 査定額 and 現金価格 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# ad07 JA 縦書き 期限の利益喪失通知 (education loan), kanji amounts; scanned.


def ad07():
    R = 14.0
    issued, due = D(2025, 10, 24), D(2025, 11, 7)
    acc, lastp, warn = D(2025, 10, 17), D(2025, 6, 25), D(2025, 10, 3)
    P, I = 918_400, 4_212
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失のご通知"),
        ("body", "貴殿が当組合との間で令和四年三月二十五日に締結したＪＡ教育ローン契約（貸付金額百五十万円）について、貴殿は"
                 f"{kdate(lastp)}の約定返済を最後に返済を怠っております。"),
        ("body", f"当組合は、{kdate(warn)}付催告書により延滞分のお支払いを求めましたが、期限の{kdate(acc)}までにお支払いがあり"
                 "ませんでした。"),
        ("body", f"よって、貴殿は当組合の貸付約定第八条により、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、本書を"
                 "もって通知いたします。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、当組合本所へご持参又はお振込みにより一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　貸付金残高　{kj(P)}"),
        ("indent", f"二　未収利息　　{kj(I)}"),
        ("indent", f"三　損害金　　　{kj(L)}"),
        ("plain", "　　（令和七年十月十八日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("body", "なお、連帯保証人鴇沢紗希様にも同旨の通知をしております。期限までにお支払いのないときは、法的手続をとらせて"
                 "いただきます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県伊那市はぎの郷九丁目九番九号"),
        ("low", "はぎの郷農業協同組合"),
        ("low", "代表理事組合長　笹生　忠明"),
        ("low", "（担当　融資管理課　電話　〇二六五（〇〇）三二一四）"),
        ("low", "（整理番号　ＨＧ－２５１０２４）"),
        ("blank", ""),
        ("low", ADDR[1].replace("9番9号", "九番九号")),
        ("low", f"{HUSB}　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 21071))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "笹生" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 15.5) * size * 0.3528 * 1.05, 9, "square", "はぎの郷農業協同組合之印",
                         angle=3, seed=21072))
    tr = truth(document_type="acceleration_notice", sender="はぎの郷農業協同組合", phone="0265-00-3214",
               creditor="はぎの郷農業協同組合", status="not_applicable", original=None, debtor="鴇沢晴之", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="HG-251024", input_kind="vertical_scan",
               template="proxy21_vertical_ja_education_loan_acceleration", received=D(2025, 10, 27))
    return dict(stem="ad07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (JA education loan, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失のご通知 of an invented 農業協同組合 (not a bank), scanned, with the 内容証明 "
                        "stamp; positional kanji amounts (金九十一万八千四百円 …); the 催告書 date 十月三日 and its deadline "
                        "十月十七日 (= acceleration 「の経過をもって」); the loan 「ＪＡ教育ローン」 with 令和四年 and 百五十万円 "
                        "(distractors); 貸付約定第八条; the 連帯保証人 (the wife) named as a distractor; phone in kanji digits "
                        "in brackets; full-width 整理番号 ＨＧ－２５１０２４")


# ---------------------------------------------------------------------------------------------
# ad08 joint 債権譲渡通知: card company → オリックス債権回収 (real); both notifiers at the TOP; leader rows.


def ad08():
    issued = D(2025, 12, 22)
    P, I, R = CARD_P, CARD_I, CARD_R
    L = late(P, R, CARD_ACC + timedelta(1), CARD_ASSIGN)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.line(wdate(issued), align="r", size=10)
    p.gap(1)
    y = p.y
    for x, role, lines, sd in ((20, "譲渡人", ["〒171-0000 東京都豊島区つきみ野九丁目9番9号", "株式会社つきみ野カード",
                                            "代表取締役　生駒谷　透"], 21081),
                               (110, "譲受人", ["〒105-0000 東京都港区あさなぎ埠頭九丁目9番9号", "オリックス債権回収株式会社",
                                             "代表取締役　砂押　義明", "法務大臣許可　第11号"], 21082)):
        p.at(x, y + 4, f"（{role}）", size=9, font="serif-bold")
        for i, s in enumerate(lines):
            big = s.endswith("会社") or s.startswith("株式会社")
            p.at(x, y + 9.5 + i * 5, s, size=10.5 if big else 8.6, font="serif-bold" if big else "serif")
        p.seal(x + 78, y + 15, 11, "round", lines[1].replace("株式会社", "") + "|代表/取締役", angle=4, seed=sd)
    p.y = y + 32
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(5)
    p.line(f"〒{ADDR[0]}　{ADDR[1]}", size=10)
    p.line(f"{WIFE}　様", size=13.5)
    p.line("管理番号　2512-447310", size=9.5, align="r")
    p.gap(4)
    p.title("債 権 譲 渡 通 知 書", size=16, font="serif-bold")
    p.para(f"譲渡人株式会社つきみ野カードは、貴殿との間のクレジットカード会員契約に基づき貴殿に対して有する下記債権を、"
           f"{wdate(CARD_ASSIGN)}、譲受人オリックス債権回収株式会社に譲渡いたしましたので、連名にて通知いたします。")
    p.para("今後は、譲受人が債権者となります。お支払い及びお問い合わせは譲受人宛てにお願いいたします。譲渡人への"
           "お支払いは、譲受人へのお支払いとはなりませんのでご注意ください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("ご契約", "つきみ野カード（2016年9月ご入会）　会員番号 5318-＊＊＊＊-＊＊＊＊-2206"),
          ("最終ご入金日", wdate(CARD_LAST)), ("期限の利益喪失日", wdate(CARD_ACC)), ("譲渡日", wdate(CARD_ASSIGN))],
         x=28, label_w=36, size=10)
    p.gap(2)
    p.line(f"譲渡債権の内容（{wdate(CARD_ASSIGN)}現在）", x=28, size=10.2, font="serif-bold")
    for lab, val in (("リボルビング払残元金", f"{P:,}円"), ("未収手数料", f"{I:,}円"),
                     (f"確定遅延損害金（年{R:g}％）", f"{L:,}円")):
        leader(p, lab, val, 34, 160, size=10)
    p.add(Line(34, p.y + 0.2, 160, p.y + 0.2, 0.5))
    p.gap(1)
    leader(p, "譲渡債権額", f"{T:,}円", 34, 160, size=11, font="serif-bold")
    p.gap(2)
    p.para("（ご参考：ご利用可能枠 800,000円は、期限の利益喪失日をもって利用停止となっております。）", x0=28, size=8.8,
           indent="")
    p.para("お支払方法については、譲受人から追ってご案内いたします。譲受人は債権管理回収業に関する特別措置法に基づき"
           "法務大臣の許可を受けた債権回収会社です。", size=9.5)
    p.gap(2)
    for s in ("お問い合わせ先（譲受人）", "オリックス債権回収株式会社　個人債権部",
              "フリーダイヤル 0120-000-611（平日9:00～18:00）　担当 七五三"):
        p.line(s, x=96, size=9.5, font="serif-bold" if "株式会社" in s else "serif")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社つきみ野カード", debtor="鴇沢紗希", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=CARD_ACC, last_payment=CARD_LAST,
               assignment=CARD_ASSIGN, reference="2512-447310", input_kind="pdf_text",
               template="proxy21_joint_assignment_card_to_real_servicer_top_blocks", received=D(2025, 12, 24))
    return dict(stem="ad08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="joint 債権譲渡通知書 to the wife; the two notifiers (（譲渡人） card company / （譲受人） real servicer ★ "
                        "オリックス債権回収株式会社 with 「法務大臣許可　第11号」 — no 「番号」) side by side at the TOP above a "
                        "rule, the addressee BELOW them; spaced serif title; western 年月日 dates; kv lines with a masked "
                        "会員番号, 入会 2016年, 最終ご入金日, 喪失日, 譲渡日; dotted-leader rows with the new labels "
                        "リボルビング払残元金 / 未収手数料 / 確定遅延損害金（年14.6％） / 譲渡債権額; ご利用可能枠 800,000 as a "
                        "distractor; informs only (no payment date)")


LETTERS = [ad01, ad02, ad03, ad04, ad05, ad06, ad07, ad08]
