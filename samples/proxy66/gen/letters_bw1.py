"""Proxy set 66, letters bw01–bw08: "everyday debts, third round". A city's 保育料 督促状 (地方自治法 wording, 督促手数料);
a city water bureau's 給水停止予告 (scan); a hospital's 入院費 demand to the 連帯保証人 (photo); a private landlord's
縦書き 催告書 for 家賃 (scan); a 管理会社 collecting 管理費等 for the 管理組合 with a per-month 遅延損害金 page (2 pages);
a carrier's 契約解除 and 機種代金 一括 notice (HEIC); a car-loan company's 引揚げ・売却後の残債 demand (scan PDF); the
same city's 市営住宅使用料 催告, photographed sideways."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import PT_MM, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
MOSS = (0.20, 0.40, 0.20)
WINE = (0.45, 0.10, 0.18)
SKY = (0.05, 0.35, 0.62)
SLATE = (0.25, 0.30, 0.36)
ROSE = (0.93, 0.84, 0.86)

CITY = "南あさぎ市"


def wdp(d: D) -> str:
    return f"（{wd(d)}）"


def dots(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# --- the rent household (bw04, and the court papers bw12 / bw13 in letters_bw2) ------------------------------
RENT_LANDLORD = "鎌滝　恒夫"
RENT_TENANT = "樗木　翔太"
RENT_MONTH = 68_000 + 3_000  # 家賃 + 共益費
RENT_LAST = D(2025, 6, 27)

# --- the carrier household (bw06, and the servicer's notice bw11) --------------------------------------------
SORA = "株式会社ソラモバイル"
SORA_DEBTOR = "礒谷　美紀"
SORA_DEVICE = 4_180 * 13  # 機種代金分割支払金 残13回
SORA_USE = 6_312 + 6_312 + 6_312  # 7・8・9月ご利用分
SORA_P = SORA_DEVICE + SORA_USE
SORA_R = 14.5
SORA_ACC, SORA_LAST = D(2025, 10, 31), D(2025, 7, 28)


def sora_late(to: D) -> int:
    return late(SORA_P, SORA_R, SORA_ACC + timedelta(1), to)


# ---------------------------------------------------------------------------------------------
# bw01 city 保育料 督促状: 地方自治法第231条の3; four 期別 rows with 督促手数料 on one line; 延滞金 not computed.


def bw01():
    issued, due, lastp = D(2025, 10, 20), D(2025, 10, 31), D(2025, 6, 2)
    M = 23_500
    rows = [("7年度", "6月分", D(2025, 6, 30)), ("7年度", "7月分", D(2025, 7, 31)), ("7年度", "8月分", D(2025, 9, 1)),
            ("7年度", "9月分", D(2025, 9, 30))]
    P, C = M * len(rows), 100
    T = P + C
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, f"{CITY}　こども家庭部　保育幼稚園課", size=9)
    window(p, 18, 26, "656-0000", ["兵庫県南あさぎ市すすき原二丁目14番地の6"], "鬼頭沢　真由美　様", "bw01win", w=96,
           h=34, code="通知書番号 H7-0038215")
    p.at(192, 22, "督　促　状", size=20, font="sans-bold", align="r", color=MOSS)
    p.at(192, 30, f"発付日　{era(issued)}", size=9.5, align="r")
    p.at(192, 35, f"{CITY}長　樒　原　武　志", size=9.5, align="r")
    p.seal(186, 43, 12, "square", "南あさぎ市長之印", seed=66011)
    p.y = 66
    p.para("あなたの保育所等利用者負担額（保育料）は、下記のとおり納期限を過ぎても納付されていません。地方自治法第２３１条の"
           "３第１項及び南あさぎ市税外収入金の督促手数料及び延滞金徴収条例の規定により督促しますので、指定期限までに納付して"
           "ください。", size=9.8)
    head = ["年度", "期　別", "当初納期限", "保育料", "督促手数料", "計"]
    body = []
    for i, (y, m, d) in enumerate(rows):
        c = C if i == 0 else 0
        body.append([y, m, f"{d.month}月{d.day}日", f"{M:,}", f"{c:,}" if c else "－", f"{M + c:,}"])
    body.append(["", "合　計", "", f"{P:,}", f"{C:,}", f"{T:,}"])
    p.table([head] + body, [18, 22, 32, 32, 30, 36], x=20, header=True, aligns="ccrrrr", size=9.2, row_h=7.6)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.9, MOSS))
    p.add(Box(20, y, 44, 22, color=None, fill=(0.88, 0.93, 0.86)))
    p.at(42, y + 9, "指定期限", size=11, font="sans-bold", align="c", color=MOSS)
    p.at(42, y + 16, "（この日までに）", size=7.5, align="c")
    p.at(70, y + 12.5, f"{era(due)}{wdp(due)}", size=14, font="sans-bold")
    p.at(186, y + 9, "納付すべき額", size=8.5, align="r", color=GRAY)
    p.at(186, y + 17, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 27
    p.line("ご注意", x=20, size=9.5, font="sans-bold")
    for s in ["１　指定期限までに納付がない場合は、児童福祉法第５６条及び地方税の滞納処分の例により、財産（給与・預金等）の",
              "　　差押えを行うことがあります。",
              "２　延滞金は、納付の日までの日数に応じて後日計算し、別にお知らせします（本状の金額には含まれていません）。",
              f"３　令和7年5月分までは納付を確認しています（最終納付日　{era(lastp)}）。",
              "４　この督促状と行き違いに納付された場合は、ご容赦ください。"]:
        p.line(s, x=22, size=8.6)
    p.gap(2)
    grid(p, 20, p.y, [26, 60, 26, 58], [["児童氏名", "鬼頭沢　陽葵（３歳児クラス）", "利用施設", "市立すすき原保育園"],
                                          ["児童番号", "0417-22", "月額保育料", "23,500円（第2子軽減前）"]],
         h=6.5, size=8.2)
    p.y += 16
    p.line("お問い合わせ　保育幼稚園課　保育料係（担当：槻木）　電話 0799-00-2634（平日8:30～17:15）", x=20, size=9,
           font="sans-bold")
    p.line("納付場所　同封の納付書で、市指定金融機関・コンビニエンスストア・スマートフォン決済アプリで納付できます。", x=20,
           size=8.4)
    bars(p, 20, 272, 90, 5, "bw01bars")
    p.at(192, 276, "南あさぎ市　こども家庭部", size=7.5, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender=CITY, phone="0799-00-2634", creditor=CITY,
               status="not_applicable", debtor="鬼頭沢真由美", total=T, principal=P, costs=C, lump=False,
               issued=issued, payment_due=due, last_payment=lastp, reference="H7-0038215", input_kind="pdf_text",
               template="proxy66_city_nursery_fee_tokusoku_jichiho", received=D(2025, 10, 22))
    return dict(stem="bw01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (city 保育料 督促状)",
                unusual="a city's statutory 督促状 for 保育料: the big green title 「督促状」 top-RIGHT with the 市長's name and "
                        "square seal, the addressee in a window with 通知書番号 under it; 地方自治法第２３１条の３ wording; a "
                        "6-column table (年度 / 期別 / 当初納期限 / 保育料 / 督促手数料 / 計) with the 督促手数料 100 on the first "
                        "row only and a 合計 row; 延滞金 announced but NOT computed (null); 指定期限 in a framed box with "
                        "納付すべき額; last payment only in the ご注意 list; a grid with the CHILD's name, 児童番号 and the "
                        "monthly fee as distractors")


# ---------------------------------------------------------------------------------------------
# bw02 water bureau 給水停止予告: two bimonthly 調定 rows (水道料金 / 下水道使用料), no late charge; scanned.


def bw02():
    issued, due, stop, lastp = D(2025, 12, 19), D(2026, 1, 9), D(2026, 1, 15), D(2025, 7, 31)
    rows = [("令和7年7・8月分", 6_182, 4_950), ("令和7年9・10月分", 7_040, 5_610)]
    W = sum(r[1] for r in rows)
    S = sum(r[2] for r in rows)
    P = W + S
    assert P == 23_782
    bureau = "鹿嶋田市上下水道局"
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 180, 12, color=None, fill=SKY))
    p.at(20, 20.5, "鹿嶋田市上下水道局", size=13, font="sans-bold", color=WHITE)
    p.at(190, 20.5, "給水停止予告通知書", size=13, font="sans-bold", color=WHITE, align="r")
    window(p, 15, 30, "311-0000", ["茨城県鹿嶋田市つばくろ台3丁目8番地22"], "杓子　健一　様", "bw02win", w=92, h=34)
    grid(p, 120, 31, [30, 45], [["使用者番号", "42-0718-3"], ["水栓番号", "M-7731"], ["給水場所", "つばくろ台3-8-22"],
                               ["通知日", era(issued)]], h=6.8, size=8.5)
    p.y = 72
    p.para("日頃より水道をご利用いただきありがとうございます。下記の水道料金等につきまして、納期限を過ぎてもお支払いが確認で"
           "きません。再三の督促にもかかわらずお支払いいただけないため、鹿嶋田市水道事業給水条例第３５条に基づき、給水を停止"
           "する予定であることをお知らせします。", size=9.6)
    p.table([["調定年月", "水道料金", "下水道使用料", "請求額"]] +
            [[m, f"{w:,}円", f"{s:,}円", f"{w + s:,}円"] for m, w, s in rows] +
            [["未納額合計", f"{W:,}円", f"{S:,}円", f"{P:,}円"]],
            [46, 38, 38, 44], x=22, header=True, aligns="crrr", size=9.5, row_h=8)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 26, 1.0, RED))
    p.at(28, y + 8, "お支払期限", size=10, font="sans-bold", color=RED)
    p.at(70, y + 8, f"{era(due)}{wdp(due)}", size=12.5, font="sans-bold")
    p.at(28, y + 16, "給水停止予定日", size=10, font="sans-bold", color=RED)
    p.at(70, y + 16, f"{era(stop)}{wdp(stop)}　午前９時以降", size=12.5, font="sans-bold")
    p.at(28, y + 23, "※お支払期限までに全額のお支払いがない場合、予告なく給水を停止します。", size=8.5)
    p.y = y + 31
    p.line("お願い", x=22, size=9.5, font="sans-bold")
    for s in ["・同封の納付書で、市内金融機関・コンビニエンスストア・上下水道局窓口でお支払いください。",
              f"・口座振替は令和7年5・6月分（{era(lastp)}振替済）を最後に、残高不足のため振替できておりません。",
              "・給水停止後の再開には、全額のお支払いの確認が必要です（開栓は平日のみ）。",
              "・お支払いが困難な事情がある方は、必ずお支払期限までにご相談ください。"]:
        p.line(s, x=22, size=8.8)
    p.gap(3)
    p.add(Box(22, p.y, 166, 17, 0.4))
    p.at(26, p.y + 6, "お問合せ先　鹿嶋田市上下水道局　お客さまセンター（料金係）", size=9.2, font="sans-bold")
    p.at(26, p.y + 12.5, "電話 0299-00-5180　受付 平日8:30～17:15（土日祝日・年末年始を除く）", size=9.2)
    p.at(192, 285, "鹿嶋田市水道事業管理者　上下水道局長", size=8, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender=bureau, phone="0299-00-5180", creditor=bureau,
               status="not_applicable", debtor="杓子健一", total=P, principal=P, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="42-0718-3", input_kind="scan_png",
               template="proxy66_water_bureau_supply_stop_warning_grid", received=D(2025, 12, 22))
    return dict(stem="bw02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (water bureau 給水停止予告通知書, scan)",
                unusual="a blue band with the bureau name LEFT and the title 「給水停止予告通知書」 RIGHT in white; a 4-row grid "
                        "beside the window (使用者番号 = reference, 水栓番号 as distractor, 給水場所, 通知日 = the only date of "
                        "issue); 4-column table 調定年月 / 水道料金 / 下水道使用料 / 請求額 with a 未納額合計 row that sums both "
                        "directions; a red frame with お支払期限 and the 給水停止予定日 (distractor, with 午前９時以降); no late "
                        "charge, no fee; the last 口座振替 date in the お願い list")


# ---------------------------------------------------------------------------------------------
# bw03 hospital 入院費 to the 連帯保証人: 2 months of rows with 室料差額 and the patient's part payment; photo.


def bw03():
    issued, due, paid_d = D(2025, 11, 14), D(2025, 11, 28), D(2025, 8, 29)
    rows = [("令和7年5月分（5/12～5/31）", 148_260, 27_540, 99_000), ("令和7年6月分（6/1～6/20）", 121_430, 30_600, 99_000)]
    fee = sum(a + b + c for _, a, b, c in rows)
    paid = 50_000
    P = fee - paid
    assert P == 475_830
    p = Page(font="sans", size=10, top=14)
    p.at(20, 22, "医療法人社団　宝樹会", size=9, color=WINE)
    p.at(20, 30, "ときわ台記念病院", size=17, font="sans-bold", color=WINE)
    p.add(Line(20, 33, 100, 33, 0.6, WINE))
    p.at(192, 22, f"{era(issued)}", size=9.5, align="r")
    p.at(192, 27, "未収金管理番号　TK-7-05126", size=9.5, align="r")
    p.y = 42
    p.line("〒270-0000　千葉県松戸市宿木台１丁目９番地３", x=20, size=9.5)
    p.line("連帯保証人　楜沢　佳子　様", x=22, size=13, font="sans-bold")
    p.gap(3)
    p.title("入院費未払い分のお支払いについて（連帯保証人様へのご請求）", size=13, color=WINE)
    p.para("拝啓　向寒の候、ますますご清祥のこととお喜び申し上げます。", size=9.6)
    p.para("さて、梛木大輔様（患者様）の入院に際しましては、入院申込書兼誓約書にて連帯保証人をお引き受けいただき、誠にありがとう"
           "ございました。患者様の入院費のうち、下記の金額がいまだお支払いいただけておりません。患者様ご本人には、退院後、書面"
           "とお電話で再三ご請求いたしましたが、令和7年8月29日に50,000円のご入金があったのみで、その後はご連絡が取れない状況"
           "です。", size=9.6)
    p.para("つきましては、誠に恐縮ではございますが、連帯保証人様に下記未収金のお支払いをお願い申し上げます。", size=9.6)
    p.line("敬具", align="r", size=9.6)
    head = ["入院期間", "診療費（自己負担分）", "食事療養費", "室料差額（個室）", "小計"]
    body = [[m, f"{a:,}", f"{b:,}", f"{c:,}", f"{a + b + c:,}"] for m, a, b, c in rows]
    body.append(["ご入金（8/29）", "", "", "", f"△{paid:,}"])
    body.append(["未収金残高", "", "", "", f"{P:,}"])
    p.table([head] + body, [50, 34, 26, 32, 28], x=20, header=True, aligns="lrrrr", size=8.6, row_h=7.8)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 14, color=None, fill=ROSE))
    p.at(26, y + 9, "ご請求金額（未収金残高）", size=10.5, font="sans-bold", color=WINE)
    p.at(184, y + 9.5, f"￥{P:,}－", size=15, font="sans-bold", align="r")
    p.y = y + 19
    p.line(f"お支払期日　{due.month}月{due.day}日{wdp(due)}", x=22, size=11, font="sans-bold")
    p.kv([("お振込先", "よつば浜銀行　ときわ台支店　普通預金　3120947"),
          ("口座名義", "医療法人社団宝樹会　理事長　寒竹　昭"),
          ("お問合せ", "医事課　未収金係（担当：莇生田）　電話 047-000-8815")], x=22, label_w=26, size=9)
    p.gap(2)
    for s in ["※入院申込書兼誓約書の連帯保証の極度額は金50万円です（民法第465条の2）。",
              "※高額療養費の限度額適用認定証のご提示がなかったため、上記は3割負担で計算しております。",
              "※ご返答のない場合は、法律事務所に回収を委任することがございます。"]:
        p.line(s, x=22, size=8.4, color=GRAY)
    p.at(192, 280, "千葉県松戸市ときわ台5丁目1番1号　代表 047-000-8800", size=7.8, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="医療法人社団宝樹会", phone="047-000-8815",
               creditor="医療法人社団宝樹会", status="not_applicable", debtor="楜沢佳子", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, last_payment=paid_d, reference="TK-7-05126",
               input_kind="photo_jpeg", template="proxy66_hospital_inpatient_fees_joint_guarantor_photo",
               received=D(2025, 11, 17))
    return dict(stem="bw03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=-2.2, creases=2, fill=0.84, shadow=0.18, shadow_side="left",
                          warm=0.2),
                about="collection_notice (hospital 入院費 to the 連帯保証人, phone photo)",
                unusual="phone photo on a desk with creases and a hand shadow on the LEFT: a hospital's letter to the "
                        "連帯保証人, not to the patient; the patient 梛木大輔 named in the prose only; 拝啓…敬具; a 5-column table "
                        "(入院期間 / 診療費（自己負担分） / 食事療養費 / 室料差額（個室） / 小計) with a △ ご入金 row and 未収金残高; "
                        "the total as ￥…－ in a pink bar; the due date as 「11月28日（金）」 without a year; 極度額 金50万円, "
                        "the 代表 phone and the 3割負担 note as distractors")


# ---------------------------------------------------------------------------------------------
# bw04 private landlord's 縦書き 催告書 for four months of 家賃・共益費; no reference, no late charge; scanned.


def bw04():
    issued, due = D(2025, 11, 10), D(2025, 11, 25)
    n = 4
    P = RENT_MONTH * n
    kj = lambda v: yen(v, "kanji")  # noqa: E731
    cols = [
        ("title", "催　告　書"),
        ("body", "私は、貴殿に対し、私の所有する左記建物の一室を、賃料月額金六万八千円、共益費月額金三千円、毎月末日限り翌月分を"
                 "支払う約定で賃貸しております。"),
        ("indent", "物件　愛媛県八幡浜市千鳥ヶ浜町二丁目五番地　コーポ鎌滝　二〇三号室"),
        ("body", "しかるに貴殿は、令和七年七月分以降の賃料及び共益費を支払わず、令和七年六月二十七日に六月分をお支払いいただいた"
                 "のを最後に、再三の口頭でのお願いにもかかわらず、今日まで何らのお支払いもありません。"),
        ("body", f"その額は、令和七年七月分から同年十月分までの四か月分、合計{kj(P)}に達しております。"),
        ("body", f"つきましては、本書をもって、右滞納賃料等合計{kj(P)}を、{kdate(due)}限り、左記口座にお振込みくださるよう催告"
                 "いたします。"),
        ("indent", "振込先　えひめ灘信用金庫　八幡浜支店　普通預金"),
        ("plain", "　　　　口座番号" + kanji_digits("2284061") + "　カマタキツネオ"),
        ("body", "右期限までにお支払いのないときは、支払督促の申立てその他の法的手続をとりますので、念のため申し添えます。"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "愛媛県八幡浜市いそしぎ台一丁目十一番八号"),
        ("low", f"賃貸人　{RENT_LANDLORD}"),
        ("low", "電話　〇九〇（〇〇〇〇）二七一四"),
        ("blank", ""),
        ("low", "愛媛県八幡浜市千鳥ヶ浜町二丁目五番地"),
        ("low", "コーポ鎌滝二〇三号室"),
        ("low", f"賃借人　{RENT_TENANT}　殿"),
    ]
    size = 11.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=7.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 66041))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "恒夫" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 10.6 * size * PT_MM * 1.05, 8, "round", "鎌滝", angle=4, seed=66042))
    tr = truth(document_type="collection_notice", sender="鎌滝恒夫", phone="090-0000-2714", creditor="鎌滝恒夫",
               status="not_applicable", debtor="樗木翔太", total=P, principal=P, lump=False, issued=issued,
               payment_due=due, last_payment=RENT_LAST, reference=None, input_kind="vertical_scan",
               template="proxy66_vertical_private_landlord_rent_demand", received=D(2025, 11, 12))
    return dict(stem="bw04", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (private landlord's 縦書き 催告書 for 家賃, 内容証明, scan)",
                unusual="縦書き 催告書 of a landlord who is a PRIVATE PERSON (賃貸人 and his own 090 number in kanji digits), "
                        "scanned with the 内容証明 stamp and a small round 認印; 賃料 金六万八千円 and 共益費 金三千円 a month "
                        "(distractors) and the four months' sum written twice in the prose (no table, no 記); the last "
                        "payment 「令和七年六月二十七日に六月分」 in a sentence; a kanji-digit account; the 物件 line with 二〇三号室; "
                        "NO reference number and no late charge")


# ---------------------------------------------------------------------------------------------
# bw05 管理会社 collecting 管理費等 for the 管理組合 (2 pages): summary on p.1, per-month 遅延損害金 on p.2.


def bw05():
    issued, due, lastp = D(2025, 11, 7), D(2025, 11, 21), D(2025, 5, 27)
    parts = [("管理費", 14_200), ("修繕積立金", 12_800), ("駐車場使用料（No.12）", 8_000)]
    M = sum(v for _, v in parts)
    months = [(m, D(2025, m, 27)) for m in (6, 7, 8, 9, 10)]
    R = 14.6
    lates = [late(M, R, d + timedelta(1), issued) for _, d in months]
    P, L = M * len(months), sum(lates)
    T = P + L
    kumiai, kaisha = "ヴェルデ宿木管理組合", "株式会社かえで野コミュニティ"
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, kaisha, size=12, font="sans-bold", color=SLATE)
    p.at(20, 25, "マンション管理業者登録　国土交通大臣（３）第０３３１８号", size=7.5, color=GRAY)
    p.at(192, 20, "督促No.　KC-2511-0093", size=9.5, align="r")
    p.at(192, 25, f"{era(issued)}", size=9.5, align="r")
    p.y = 36
    p.line("ヴェルデ宿木　５０３号室", x=20, size=9.5)
    p.line("区分所有者　錣山　誠　様", x=22, size=13, font="sans-bold")
    p.gap(2)
    p.at(192, 36, f"{kumiai}", size=9.5, align="r")
    p.at(192, 41, "理事長　簗取　和夫", size=9.5, align="r")
    p.at(192, 46, f"（管理受託会社）{kaisha}", size=8.5, align="r")
    p.at(192, 51, "ヴェルデ宿木担当　フロント　莇生田", size=8.5, align="r")
    p.y = 60
    p.title("管理費等の滞納について（第３回督促）", size=14, color=SLATE)
    p.para("平素より当マンションの管理運営にご協力を賜り、厚く御礼申し上げます。", size=9.6)
    p.para("さて、貴殿の所有住戸に係る管理費等につき、令和7年6月分以降の口座振替ができておりません。当社は管理組合との管理委託"
           "契約に基づき、管理組合に代わってご請求申し上げます。管理規約第60条により、滞納管理費等には年14.6％の割合による遅延"
           "損害金が加算されます（明細は別紙のとおり）。", size=9.6)
    p.para("下記のご請求額を期日までに管理組合口座へお振込みください。", size=9.6)
    p.line("記", align="c", size=10.5)
    p.table([["内訳", "金額"], ["滞納管理費等（6月分～10月分・5か月）", f"{P:,}円"],
             ["遅延損害金（別紙明細の合計）", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [110, 50], x=25, header=True, aligns="lr", size=10, row_h=8.5, shade_col0=True)
    p.gap(2)
    p.kv([("お振込期日", f"令和7年11月21日{wdp(due)}"),
          ("お振込先", "すすき原信用組合　宿木支店　普通　0053317"),
          ("口座名義", "ヴェルデ宿木管理組合　理事長　簗取和夫"),
          ("お問合せ", "株式会社かえで野コミュニティ　管理事業部　電話 03-0000-6427")], x=25, label_w=28, size=9.5)
    p.gap(3)
    p.para("本状によってもお支払いのない場合、次回理事会（12月13日開催予定）において、区分所有法及び管理規約に基づく法的措置"
           "（支払督促・少額訴訟等）の実施を諮ることになります。なお、法的措置に要する弁護士費用等は管理規約第60条第2項により"
           "貴殿のご負担となります。", size=9, indent="")
    p.line("以上", align="r", size=9.5)
    q = Page(font="sans", size=9.5, top=18)
    q.line("別紙　滞納明細（遅延損害金の計算）", size=12, font="sans-bold")
    q.line(f"計算基準日　{era(issued)}　　利率　年14.6％（365日日割、両端入れ、円未満切捨て）", size=9)
    q.gap(2)
    head = ["対象月", "振替日（納期）", "管理費", "修繕積立金", "駐車場", "滞納額", "日数", "遅延損害金"]
    body = []
    for (m, d), lt in zip(months, lates, strict=True):
        days = (issued - d).days
        body.append([f"令和7年{m}月分", f"{d.month}/{d.day}", f"{parts[0][1]:,}", f"{parts[1][1]:,}",
                     f"{parts[2][1]:,}", f"{M:,}", f"{days}", f"{lt:,}"])
    body.append(["合　計", "", f"{parts[0][1] * 5:,}", f"{parts[1][1] * 5:,}", f"{parts[2][1] * 5:,}", f"{P:,}", "",
                 f"{L:,}"])
    q.table([head] + body, [26, 24, 20, 22, 18, 22, 14, 24], x=20, header=True, aligns="lcrrrrrr", size=8.5,
            row_h=7.5)
    q.gap(3)
    q.line(f"最終お振替　令和7年5月分（{era(lastp)}振替）。6月分以降は残高不足のため振替不能となっております。", size=8.6)
    q.gap(3)
    q.line("管理規約（抜粋）", size=10, font="sans-bold")
    for s in ["第60条　組合員が期日までに納付すべき金額を納付しない場合には、管理組合は、その未払金額について、年利14.6％の",
              "　　　　遅延損害金と、違約金としての弁護士費用並びに督促及び徴収の諸費用を加算して、その組合員に対して請求すること",
              "　　　　ができる。",
              "２　理事長は、未納の管理費等及び使用料の請求に関して、理事会の決議により、管理組合を代表して、訴訟その他法的措置を",
              "　　追行することができる。"]:
        q.line(s, size=8.4)
    assert sum(lates) == L and M * 5 == P
    tr = truth(document_type="collection_notice", sender=kaisha, phone="03-0000-6427", creditor=kumiai,
               status="not_applicable", debtor="錣山誠", total=T, principal=P, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=due, last_payment=lastp, reference="KC-2511-0093",
               input_kind="pdf_text_2page", template="proxy66_condo_management_fees_via_manager_daily_late",
               received=D(2025, 11, 10))
    return dict(stem="bw05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (管理会社 for the 管理組合, 管理費等 + 遅延損害金, 2 pages)",
                unusual="a マンション管理会社 writes 「管理組合に代わって」 for the 管理組合 (理事長 named top-right), payment to "
                        "the 管理組合's account; 第３回督促 in the title; a shaded 2-column 内訳 (滞納管理費等 / 遅延損害金 / "
                        "ご請求額); p.2 a per-month 8-column table (管理費 / 修繕積立金 / 駐車場 / 滞納額 / 日数 / 遅延損害金) "
                        "whose 合計 row is the late charge of p.1; the 国土交通大臣 registration, the 理事会 date 12/13 and "
                        "the 管理規約 excerpt as distractors; the last successful debit only in a line under the p.2 table")


# ---------------------------------------------------------------------------------------------
# bw06 carrier: 契約解除 and 期限の利益喪失 of the 機種代金 instalments, everything 一括; iPhone HEIC.


def bw06():
    issued, due = D(2025, 11, 12), D(2025, 11, 28)
    L = sora_late(issued)
    T = SORA_P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 16, color=None, fill=(0.0, 0.55, 0.75)))
    p.at(18, 11, "SORA mobile", size=15, font="sans-bold", color=WHITE)
    p.at(192, 11, "重要なお知らせ", size=11, font="sans-bold", color=WHITE, align="r")
    window(p, 15, 24, "150-0000", ["東京都渋谷区かえで野坂4-2-17", "ルミエ坂上305"], "礒谷　美紀　様", "bw06win", w=92,
           h=34)
    p.at(192, 28, f"発行日：{era(issued)}", size=9, align="r")
    p.at(192, 33, "お客様番号：SM-0082-15570", size=9, align="r")
    p.at(192, 38, "ご契約電話番号：080-0000-7731", size=8.5, align="r", color=GRAY)
    p.y = 66
    p.title("ご契約の解除及び期限の利益喪失のご通知", size=13.5)
    p.para("平素はSORA mobileをご利用いただき、誠にありがとうございます。", size=9.6)
    p.para("お客様のご利用料金及び機種代金分割支払金につきまして、令和7年7月28日のお支払いを最後に、その後のお支払いが確認"
           "できておりません。再三のご案内にもかかわらずお支払いがなかったため、当社は、ご利用規約第28条に基づき、令和7年10月31"
           "日をもってご契約を解除いたしました。これにより、お客様は、同日をもって機種代金分割支払金の期限の利益を喪失され、"
           "残額全額を一括してお支払いいただくこととなりました。", size=9.6)
    p.gap(1)
    grid(p, 20, p.y, [78, 40, 52], [["項目", "金額", "備考"],
                                   ["ご利用料金（未払い分）", f"{SORA_USE:,}円", "7月・8月・9月ご利用分"],
                                   ["機種代金分割支払金（残額）", f"{SORA_DEVICE:,}円", "4,180円×残13回"],
                                   ["小計", f"{SORA_P:,}円", ""],
                                   ["延滞利息（年14.5％）", f"{L:,}円", "11月1日～本状発行日"],
                                   ["お支払総額", f"{T:,}円", ""]], h=7.4, size=9, bold=(5,))
    p.y += 6 * 7.4 + 4
    y = p.y
    p.add(Box(20, y, 170, 13, 0.8, (0.0, 0.55, 0.75)))
    p.at(26, y + 8.5, "お支払期限", size=10, font="sans-bold")
    p.at(70, y + 8.5, f"{era(due)}{wdp(due)}", size=12, font="sans-bold")
    p.at(186, y + 8.5, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.y = y + 18
    for s in ["・お支払いは同封の払込票（コンビニエンスストア）でお願いいたします。",
              "・お支払期限を過ぎますと、債権回収会社へ債権を譲渡する場合がございます。",
              "・ご契約の解除に伴い、電話番号080-0000-7731はご利用いただけません。",
              "・お支払総額には、お支払期限までの延滞利息は含まれておりません。"]:
        p.line(s, x=22, size=8.8)
    p.gap(3)
    p.add(Box(20, p.y, 170, 20, 0.3, fill=SHADE))
    p.at(24, p.y + 6, "お問い合わせ　SORA mobile 料金センター", size=9.2, font="sans-bold")
    p.at(24, p.y + 12, "0120-000-391（通話料無料）　受付時間 10:00～19:00（年中無休）", size=9.2)
    p.at(24, p.y + 17, f"{SORA}　東京都港区おぼろ月台1-1-1　電気通信事業者 登録番号 第402号", size=7.8, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender=SORA, phone="0120-000-391", creditor=SORA,
               status="not_applicable", debtor="礒谷美紀", total=T, principal=SORA_P, late_damages=L, rate=SORA_R,
               lump=True, issued=issued, payment_due=due, acceleration=SORA_ACC, last_payment=SORA_LAST,
               reference="SM-0082-15570", input_kind="photo_heic",
               template="proxy66_carrier_termination_device_instalments_lump_heic", received=D(2025, 11, 14))
    return dict(stem="bw06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=2.8, creases=2, fill=0.82, glare=18, warm=0.25),
                about="acceleration_notice (carrier 契約解除 + 機種代金 期限の利益喪失, iPhone HEIC)",
                unusual="iPhone HEIC on cloth with creases and a lamp glare; a cyan band with the Latin brand 「SORA mobile」 "
                        "(the legal name only in the grey footer); 「ご契約の解除及び期限の利益喪失のご通知」; the 解除日 = 喪失 in "
                        "the prose; a shaded-label 3-column grid (項目 / 金額 / 備考) with ご利用料金（未払い分） + "
                        "機種代金分割支払金（残額） = 小計, then 延滞利息（年14.5％） and お支払総額 (bold); the debtor's own 080 "
                        "number twice and the 電気通信事業者 登録番号 第402号 as distractors")


# ---------------------------------------------------------------------------------------------
# bw07 car-loan company: 引揚げ・売却・充当 and the rest 一括 with 遅延損害金 from the 充当日; 2-page scan.


def bw07():
    issued, due = D(2025, 10, 27), D(2025, 11, 14)
    acc, lastp, pull, sold, applied = D(2025, 7, 10), D(2025, 5, 27), D(2025, 7, 25), D(2025, 8, 20), D(2025, 9, 5)
    bal, price = 1_512_600, 880_000
    fees = [("引揚費用（レッカー）", 38_500), ("保管料（7/25～8/20）", 27_000), ("売却手数料", 28_000)]
    F = sum(v for _, v in fees)
    net = price - F
    P = bal - net
    R = 6.0
    L = late(P, R, applied + timedelta(1), issued)
    T = P + L
    firm = "柘植原オートファイナンス株式会社"
    p = Page(font="serif", size=10, top=16)
    p.at(192, 20, f"{era(issued)}", size=10, align="r")
    p.at(192, 25, "お問合せ番号　TA-59-208813", size=10, align="r")
    p.y = 28
    p.line("蒜山　浩二　殿", x=20, size=13, font="serif-bold")
    p.gap(2)
    p.at(192, 38, firm, size=11, font="serif-bold", align="r")
    p.at(192, 43.5, "債権管理部　精算課", size=10, align="r")
    p.at(192, 49, "電話 06-0000-2259（直通）", size=10, align="r")
    p.seal(192, 54, 11, "square", "柘植原オートファイナンス之印", seed=66071)
    p.y = 64
    p.title("残債務のご請求について（車両売却精算後）", size=14, font="serif-bold")
    p.para(f"貴殿とのオートローン契約（ご契約日 令和4年2月18日）につきましては、{era(lastp)}のお支払いを最後にご返済が滞り、"
           f"貴殿は{era(acc)}をもって期限の利益を喪失されました。当社は、所有権留保に基づき、{era(pull)}に下記車両を引き揚げ、"
           f"{era(sold)}に業者オークションにて売却し、その売却代金から諸費用を控除した残額を{era(applied)}付で割賦金残高に"
           "充当いたしました。", size=10)
    p.para("精算の結果、なお下記の残債務がございますので、お支払期限までに一括してお支払いください。", size=10)
    p.line("記", align="c", size=10.5)
    p.line("１　車両売却精算", x=22, size=10, font="serif-bold")
    rows = [["割賦金残高（充当前）", f"{bal:,}円"], ["車両売却代金", f"{price:,}円"]]
    rows += [[f"　△{n}", f"{v:,}円"] for n, v in fees]
    rows += [["差引充当額", f"{net:,}円"], ["精算後残債務", f"{P:,}円"]]
    p.table(rows, [90, 50], x=30, aligns="lr", size=9.6, row_h=7.4, ruled="rows")
    p.gap(2)
    p.line("２　ご請求額", x=22, size=10, font="serif-bold")
    p.table([["精算後残債務", f"{P:,}円"], ["遅延損害金（9月6日～10月27日・年6％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [90, 50], x=30, aligns="lr", size=9.8, row_h=7.8)
    p.gap(2)
    p.line(f"３　お支払期限　{era(due)}{wdp(due)}", x=22, size=10.5, font="serif-bold")
    p.line("４　お振込先　なにわ葦原信用金庫　本店営業部　当座　0027714　ツゲハラオートフアイナンス（カ", x=22, size=9.6)
    p.line("以上", align="r", size=10)
    q = Page(font="serif", size=10, top=18)
    q.line("（別紙）引揚車両の明細", size=11.5, font="serif-bold")
    q.table([["車名・型式", "トヨタ　プリウス　ZVW51"], ["登録番号", "なにわ 330 ゆ 52-18"], ["車台番号", "ZVW51-8047712"],
             ["初度登録", "令和元年9月"], ["走行距離", "61,240km（引揚時）"], ["査定額", "910,000円（7/28 査定）"],
             ["売却日・方法", f"{era(sold)}　USS大阪会場"]], [40, 110], x=22, aligns="ll", size=9.5, row_h=7.6,
            shade_col0=True)
    q.gap(4)
    q.para("ご注意　期限までにお支払いがない場合は、連帯保証人様へのご請求及び法的手続（訴訟・強制執行）に移行いたします。"
           "分割でのお支払いをご希望の場合は、期限までに精算課へご連絡ください。なお、本状記載の遅延損害金は本状日付までの額で"
           "あり、以後も完済の日まで年6％の割合で生じます。", size=9.6, indent="")
    q.gap(2)
    q.line("ご契約内容（ご参考）　割賦元金 2,148,000円　分割回数 84回　月々 27,900円　ボーナス加算なし", size=9)
    assert net + P == bal and T == P + L
    tr = truth(document_type="collection_notice", sender=firm, phone="06-0000-2259", creditor=firm,
               status="not_applicable", debtor="蒜山浩二", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="TA-59-208813",
               input_kind="pdf_scan", template="proxy66_auto_loan_rest_after_repossession_sale",
               received=D(2025, 10, 29))
    return dict(stem="bw07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="collection_notice (car loan, rest after 引揚げ・売却, 2-page scan)",
                unusual="serif letter of an auto-finance company as a 2-page image PDF, addressee with 殿 top-LEFT and the "
                        "company with its square seal on the right; six dates in one paragraph (contract, last payment, "
                        "喪失, 引揚げ, 売却, 充当); a rows-ruled 精算 table (割賦金残高 → 車両売却代金 → three △ fees → "
                        "差引充当額 → 精算後残債務) and a separate grid ご請求額 (精算後残債務 / 遅延損害金 年6％ with its window / "
                        "ご請求額合計); p.2 the car (登録番号, 車台番号, 査定額 910,000) and the original plan (2,148,000, 84回, "
                        "27,900) as distractors; the 引揚・保管・売却 fees are deducted, not claimed (costs null)")


# ---------------------------------------------------------------------------------------------
# bw08 same city, 市営住宅使用料 催告 with the 明渡し warning; landscape grid; photographed sideways (EXIF 6).


def bw08():
    issued, due, lastp = D(2025, 11, 21), D(2025, 12, 5), D(2025, 7, 31)
    rent, park = 24_300, 2_500
    months = ["8月分", "9月分", "10月分"]
    R, K = rent * 3, park * 3
    P = R + K
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, f"{CITY}　都市整備部　住宅課", size=10, font="sans-bold", color=SLATE)
    p.at(192, 20, "南あ住第１２８７号", size=9, align="r")
    p.at(192, 25, era(issued), size=9, align="r")
    p.y = 32
    p.line("南あさぎ市営　はまぼうふう団地　３号棟２０４号", x=20, size=9.5)
    p.line("名義人　鯵坂　孝　様", x=22, size=13, font="sans-bold")
    p.gap(1)
    p.at(192, 38, f"{CITY}長　樒原　武志", size=9.5, align="r")
    stamp(p, 20, 48, "催　告", size=13, w=30, h=10)
    p.y = 66
    p.title("市営住宅使用料等の滞納について（催告）", size=14, color=SLATE)
    p.para("あなたが使用している市営住宅の使用料（家賃）及び駐車場使用料は、下記のとおり滞納となっています。これまで文書及び訪問"
           "により納付をお願いしてきましたが、いまだに納付がありません。", size=9.8)
    p.para("南あさぎ市営住宅条例第40条第1項第2号により、家賃を3か月以上滞納したときは、住宅の明渡しを請求することがあります。"
           "期限までに必ず納付してください。", size=9.8)
    p.table([["区分"] + months + ["計"],
             ["家賃"] + [f"{rent:,}"] * 3 + [f"{R:,}"],
             ["駐車場使用料"] + [f"{park:,}"] * 3 + [f"{K:,}"],
             ["合計"] + [f"{rent + park:,}"] * 3 + [f"{P:,}"]],
            [40, 30, 30, 30, 40], x=20, header=True, aligns="lrrrr", size=10, row_h=8.2, shade_col0=True)
    p.line("（単位：円）", x=190, size=8, align="r")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 16, 1.0))
    p.at(26, y + 10, "滞納額合計", size=11, font="sans-bold")
    p.at(80, y + 10, f"{P:,}円", size=14, font="sans-bold")
    p.at(126, y + 10, f"納付期限　{due.month}月{due.day}日{wdp(due)}", size=11, font="sans-bold")
    p.y = y + 22
    for s in [f"・7月分までは納付済みです（最終納付　{era(lastp)}）。",
              "・一度に納付することが難しい場合は、納付期限までに住宅課窓口で分納の相談をしてください。",
              "・連帯保証人（馬渡　清　様）にも、同日付で滞納のお知らせを送付しています。",
              "・11月分（家賃24,300円・駐車場2,500円）の納期限は11月30日です。"]:
        p.line(s, x=22, size=9)
    p.gap(3)
    p.line("催告番号　JK-25-0441　　住宅番号　HH-03-204（お問い合わせの際にお伝えください）", x=20, size=9)
    p.line("問い合わせ先　南あさぎ市都市整備部住宅課　管理係　電話 0799-00-2718（直通）", x=20, size=9.5, font="sans-bold")
    tr = truth(document_type="collection_notice", sender=CITY, phone="0799-00-2718", creditor=CITY,
               status="not_applicable", debtor="鯵坂孝", total=P, principal=P, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="JK-25-0441", input_kind="photo_exif_rotated",
               template="proxy66_city_housing_rent_arrears_eviction_warning_rotated", received=D(2025, 11, 25))
    return dict(stem="bw08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=-1.6, creases=2, fill=0.85, shadow=0.16, shadow_side="top",
                          warm=0.2),
                about="collection_notice (city 市営住宅使用料 催告, photographed sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases; the same city as bw01 but "
                        "another department (住宅課); a 文書番号 「南あ住第１２８７号」 above the date; a red 「催告」 stamp; a "
                        "TRANSPOSED table (months as columns, 家賃 / 駐車場使用料 / 合計 as rows); 滞納額合計 and the due date "
                        "「12月5日（金）」 without a year in one frame; the 明渡し clause of the 条例, the 連帯保証人's name, the "
                        "November instalment due 11/30 and 住宅番号 as distractors; 催告番号 = reference")


LETTERS = [bw01, bw02, bw03, bw04, bw05, bw06, bw07, bw08]
