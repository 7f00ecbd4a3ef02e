"""Proxy set 7, letters t01–t08: 任意売却後 servicer demand (ニッテレ), consumer-finance arrears reminder, bank
期限の利益喪失 with a 預金相殺, guarantee company 代位弁済 (photo stored upside down, EXIF 3), joint 債権譲渡通知 (アビリオ),
支払督促 photographed, 少額訴訟 (アウロラ as plaintiff) scanned, card company 圧着ハガキ (EXIF 6)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, RED, Box, Line, Page

fw = fullwidth
WD = "月火水木金土日"


def wd(d: D) -> str:
    return WD[d.weekday()]


# ---------------------------------------------------------------------------------------------
# t01 servicer ニッテレ債権回収 (第7号) after a 任意売却: company block top-right under a dot date, addressee top-left,
#     a two-column key/value card (原債権者/譲受日/失期日 | 物件/決済日/当初融資), the sale in prose with three distractor
#     amounts, a ruled 項目/金額/摘要 table; phone photo taken from a little way off, unfolded from a tri-fold.


def t01():
    P, INT, R = 6_482_150, 38_417, 14.0
    L = late(P, R, D(2025, 9, 27), D(2025, 11, 30))
    T = P + INT + L
    p = Page(font="sans", size=10, top=15)
    p.line("2025.12.08", align="r", size=10)
    top = p.y
    p.line("〒950-0000", size=9.5)
    p.line("新潟県新潟市中央区ゆきつばき町九丁目9番9号", size=9.5)
    p.line("メゾンゆきつばき203号", size=9.5)
    p.gap(1.5)
    p.line("梶原　健吾　様", size=13.5)
    p.gap(1)
    p.line("債務者コード　NT-58-20417", size=9.5)
    p.y = top + 1
    x = 120
    p.line("ニッテレ債権回収株式会社", x=x, size=11.5, font="sans-bold")
    p.line("法務大臣許可番号　第7号", x=x, size=8.5)
    p.line("〒104-0000 東京都中央区あかしあ通九丁目9番9号", x=x, size=8)
    p.line("債権管理第三部　担当：相良", x=x, size=8.5)
    p.line("TEL 03-0000-7071　FAX 03-0000-7072", x=x, size=8.5)
    p.seal(171, top + 7.5, 14, "square", "ニッテレ債権回収之印", angle=4, seed=7011)
    p.y = max(p.y, top + 33)
    p.gap(4)
    p.title("任意売却後の残債務のお支払いについて（ご請求）", size=14)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。")
    p.para("当社は、株式会社かなめ銀行から貴殿に対する住宅ローン債権を譲り受け、その管理回収を行っております。"
           "このたび、担保不動産の任意売却が令和7年9月26日に決済され、売却代金金18,900,000円から仲介手数料等の"
           "売却諸費用金712,380円を控除した金18,187,620円が当社に配分され、同日これを元金に充当いたしました。")
    p.para("しかしながら、下記のとおり残債務がございますので、お振込期日までに一括してお支払いくださいますよう"
           "ご請求申し上げます。")
    p.line("敬具", align="r")
    p.gap(1)
    # two-column key/value card
    y0 = p.y
    p.box(20, y0, 170, 31, width=0.4)
    p.add(Line(105, y0 + 2, 105, y0 + 29, 0.25))
    rows_l = [("原債権者", "株式会社かなめ銀行"), ("譲受日", "令和6年9月2日"), ("失期日", "令和6年3月15日"),
              ("最後のご入金日", "令和6年1月29日")]
    rows_r = [("物件所在地", "新潟市中央区ゆきつばき町九丁目"), ("売却決済日", "令和7年9月26日"),
              ("当初ご融資日", "平成27年4月30日"), ("当初ご融資額", "32,000,000円")]
    for i, ((a, b), (c, d)) in enumerate(zip(rows_l, rows_r, strict=True)):
        yb = y0 + 7.5 + i * 6.6
        p.at(23, yb, a, size=8.5, color=GRAY)
        p.at(52, yb, b, size=9.5)
        p.at(108, yb, c, size=8.5, color=GRAY)
        p.at(131, yb, d, size=9.5)
    p.y = y0 + 35
    p.line("ご請求明細（2025年11月30日現在）", size=10.5, font="sans-bold")
    p.table([["項目", "金額", "摘要"],
             ["貸付残高", f"{P:,}円", "売却代金充当後の元金"],
             ["既経過利息", f"{INT:,}円", "期限の利益喪失日までの約定利息"],
             ["約定遅延損害金", f"{L:,}円", "R7.9.27～R7.11.30（65日）年14.0%"],
             ["お支払総額", f"{T:,}円", ""]], [42, 40, 88], header=True, aligns="lrl", size=9.8, row_h=8.0)
    p.gap(3)
    y1 = p.y
    p.box(20, y1, 80, 14, width=0.9)
    p.at(24, y1 + 5.5, "お振込期日", size=9)
    p.at(24, y1 + 11.5, "2025年12月26日（金）", size=12.5, font="sans-bold")
    p.at(106, y1 + 5, "お振込先　ゆきのした銀行　本店営業部", size=9)
    p.at(106, y1 + 10, "普通預金　0000718　ニッテレサイケンカイシユウ（カ", size=8.5)
    p.at(106, y1 + 14.5, "※振込手数料はお客様のご負担となります。", size=8)
    p.y = y1 + 19
    p.para("ご事情により一括でのお支払いが困難な場合は、お振込期日までに担当者へご相談ください。期日までにお支払い"
           "又はご連絡がない場合には、法的手続に移行させていただくことがございます。なお、遅延損害金は完済の日まで"
           "残元金に対し年14.0%の割合で発生いたします。本書と行き違いにお支払いいただいた場合はご容赦ください。", size=9)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="03-0000-7071", creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社かなめ銀行",
               debtor="梶原健吾", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2025, 12, 8), payment_due=D(2025, 12, 26), acceleration=D(2024, 3, 15),
               last_payment=D(2024, 1, 29), assignment=D(2024, 9, 2), reference="NT-58-20417",
               input_kind="photo_jpeg", template="proxy7_voluntary_sale_servicer_card", received=D(2025, 12, 11))
    return dict(stem="t01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(canvas=(2268, 3024), fill=0.8, keystone=0.05, tilt=2.0, bg="wood", creases=2, bow=6,
                          blur=1.0),
                about="collection_notice (servicer, 任意売却後)",
                unusual="real servicer ニッテレ債権回収 with 法務大臣許可番号 第7号 ★ in a block top-RIGHT under a dot date "
                        "2025.12.08, red 角印 over the name; 任意売却 in prose with three distractor amounts (売却代金 "
                        "18,900,000 / 売却諸費用 712,380 / 配分額 18,187,620); two-column key/value card (原債権者 / 譲受日 / "
                        "失期日 / 最後のご入金日 ｜ 物件所在地 / 売却決済日 / 当初ご融資日 / 当初ご融資額 32,000,000); ruled "
                        "項目/金額/摘要 table 貸付残高 / 既経過利息 / 約定遅延損害金 / お支払総額; お振込期日 in a thick box; "
                        "債務者コード; phone photo from a little way off, tri-fold creases, sheet bowing")


# ---------------------------------------------------------------------------------------------
# t02 consumer-finance arrears reminder (two missed instalments), HEIC photo: an orange header band, a four-column
#     key/value card, a rows-only arrears table with ご返済いただく金額, a month-day-only deadline 「10月31日（金）まで」
#     and a 36,000円 (2回分) instalment figure that is principal + interest, not the claim.


def t02():
    P1, I1, P2, I2, R = 11_806, 6_194, 11_944, 6_056, 20.0
    P, INT = P1 + P2, I1 + I2
    L = late(P1, R, D(2025, 8, 28), D(2025, 10, 20)) + late(P2, R, D(2025, 9, 28), D(2025, 10, 20))
    T = P + INT + L
    p = Page(font="sans", size=10, top=12)
    p.box(0, 0, 210, 22, color=None, fill=(0.93, 0.55, 0.18))
    p.at(20, 13, "ひなたローン", size=18, font="sans-bold", color=(1, 1, 1))
    p.at(190, 10, "株式会社ひなたローン", size=9, align="r", color=(1, 1, 1))
    p.at(190, 15.5, "お客様サービスセンター", size=9, align="r", color=(1, 1, 1))
    p.y = 28
    p.line("2025年10月20日", align="r", size=9.5)
    p.line("〒760-0000　香川県高松市しおかぜ町九丁目9番9号", size=9.5)
    p.line("堀江　美穂　様", size=13)
    p.gap(3)
    p.at(20, p.y + 4.5, "重要", size=10, font="sans-bold", color=RED)
    p.box(18.5, p.y - 0.5, 13, 7, width=0.5, color=RED)
    p.y += 1
    p.title("ご返済についてのお知らせ", size=15)
    p.para("平素より弊社をご利用いただき、誠にありがとうございます。")
    p.para("さて、下記のご返済につきまして、本日現在ご入金の確認ができておりません。ご多用中のことと存じますが、"
           "10月31日（金）までに下記の金額をご入金くださいますようお願い申し上げます。")
    p.gap(3.5)
    rows = [("会員No.", "HL-7730512", "ご契約日", "2021年6月14日"),
            ("ご利用限度額", "500,000円", "約定返済日", "毎月27日"),
            ("最終ご返済日", "2025年7月28日", "約定返済額", "18,000円"),
            ("延滞ご返済額", "36,000円（2回分）", "次回約定返済日", "2025年10月27日")]
    y0 = p.y
    for i, (a, b, c, d) in enumerate(rows):
        yy = y0 + i * 8
        p.box(20, yy, 28, 8, width=0.25, fill=(0.99, 0.92, 0.84))
        p.box(48, yy, 57, 8, width=0.25)
        p.box(105, yy, 28, 8, width=0.25, fill=(0.99, 0.92, 0.84))
        p.box(133, yy, 57, 8, width=0.25)
        p.at(22, yy + 5.4, a, size=8.5)
        p.at(51, yy + 5.6, b, size=10)
        p.at(107, yy + 5.4, c, size=8.5)
        p.at(136, yy + 5.6, d, size=10)
    p.y = y0 + 4 * 8 + 5
    p.line("ご入金いただく金額の内訳（2025年10月20日現在）", size=10, font="sans-bold")
    p.table([["未返済元金（8月27日分・9月27日分）", f"{P:,}円"],
             ["利息金", f"{INT:,}円"],
             ["遅延損害金（年20.0%）", f"{L:,}円"],
             ["ご返済いただく金額", f"{T:,}円"]], [110, 60], ruled="rows", size=10.5, row_h=8.5)
    p.gap(3)
    p.para("※遅延損害金は、各回の未返済元金に対し、約定返済日の翌日から本日まで年20.0%（年365日の日割計算）で"
           "計算しております。ご入金日によって金額が変わりますので、ご入金前にお電話でご確認ください。", size=8.5)
    p.para("※お振込みの場合の振込手数料（220円～）はお客様のご負担となります。店頭ATM・コンビニATMでもご返済"
           "いただけます。", size=8.5)
    p.para("※このままご入金がない場合、ご契約に基づき期限の利益を喪失し、残額を一括でご請求することがございます。", size=8.5)
    p.gap(3)
    p.box(20, p.y, 170, 22, width=0.5)
    p.y += 3
    p.line("お問い合わせ　株式会社ひなたローン　お客様サービスセンター", x=24, size=10, font="sans-bold")
    p.line("フリーダイヤル　0120-000-318　（平日9:00～19:00／土曜9:00～17:00）", x=24, size=10)
    p.line("〒760-0000 香川県高松市なぎさ通九丁目9番9号　貸金業者登録番号 四国財務局長(4)第00041号", x=24, size=8)
    p.line("日本貸金業協会会員 第000733号", x=24, size=8)
    tr = truth(document_type="collection_notice", sender="株式会社ひなたローン", phone="0120-000-318",
               creditor="株式会社ひなたローン", status="not_applicable", debtor="堀江美穂", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2025, 10, 20), payment_due=D(2025, 10, 31),
               last_payment=D(2025, 7, 28), reference="HL-7730512", input_kind="photo_heic",
               template="proxy7_consumer_finance_arrears_card", received=D(2025, 10, 23))
    return dict(stem="t02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.9, keystone=0.035, tilt=2.0, bg="desk", shadow=0.32, shadow_side="right", blur=0.9,
                          warm=1.0),
                about="collection_notice (consumer finance, arrears)",
                unusual="consumer-finance ご返済についてのお知らせ for two missed instalments (lump false), iPhone HEIC photo "
                        "with the phone's shadow across the top right, warm light; orange logo band; four-column key/value "
                        "card (会員No. = reference, ご利用限度額 500,000, 約定返済額 18,000, 延滞ご返済額 36,000円（2回分） = "
                        "principal + interest, not the claim, 次回約定返済日); rows-only table 未返済元金 / 利息金 / 遅延損害金 / "
                        "ご返済いただく金額; deadline only as month-day 「10月31日（金）まで」 (year from the letter date); "
                        "振込手数料 220円 distractor; 貸金業者登録番号")


# ---------------------------------------------------------------------------------------------
# t03 bank 期限の利益喪失 after a 催告, with a 預金相殺 (12,804円 set off against interest) in the prose; the breakdown
#     only in one sentence; a rows-only ご融資の表示 with distractors; JIS letter date R7.11.5; sender block BOTTOM-left.


def t03():
    P, INT, R = 3_218_466, 21_904, 14.0
    L = late(P, R, D(2025, 10, 25), D(2025, 11, 5))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=18)
    p.line("R7.11.5", align="r", size=10.5)
    p.line("顧客コード　0412-7730058", align="r", size=9.5)
    p.gap(1)
    p.line("〒769-0000", size=10)
    p.line("香川県丸亀市かもめ台九丁目9番9号", size=10)
    p.line("篠崎　達也　様", size=13.5)
    p.gap(5)
    p.title("期限の利益喪失のお知らせ及び残債務のご請求", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("さて、貴殿との間の下記ご融資につきましては、令和7年8月分以降のご返済が滞っており、当行は令和7年10月10日付"
           "催告書により、同月24日までに延滞額をお支払いいただくよう催告いたしましたが、ご入金をいただけませんでした。")
    p.para("つきましては、銀行取引約定書及び金銭消費貸借契約証書の定めにより、貴殿は令和7年10月24日の経過をもって"
           "本件ご融資について期限の利益を喪失されましたので、ご通知申し上げます。")
    p.para("なお、当行は同月30日、貴殿名義の普通預金残高金12,804円を本件債権と相殺し、利息に充当いたしました。"
           "相殺後の本日現在の残債務は、残元金3,218,466円、利息金21,904円及び遅延損害金"
           f"{L:,}円（令和7年10月25日から本日まで、年14%の割合による日割計算）の合計{T:,}円となります。")
    p.para("上記残債務全額を、令和7年11月21日（金）までに当店へご入金くださいますようご請求申し上げます。期日までに"
           "ご入金のない場合は、担保不動産の競売申立て等の法的手続をとらせていただきますので、あらかじめご承知おき"
           "ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["ご融資の種類", "住宅ローン（証書貸付）"],
             ["ご融資番号", "218-55-0093064"],
             ["ご融資日", "平成22年7月30日"],
             ["当初ご融資金額", "金18,000,000円"],
             ["約定返済額", "毎月末日　金88,412円"],
             ["直近ご入金日", "令和7年7月31日"]], [50, 100], x=30, ruled="rows", aligns="ll", size=10, row_h=7.2,
            font="serif")
    p.line("以上", align="r")
    p.gap(6)
    y = p.y
    p.line("〒763-0000 香川県丸亀市みなと本町九丁目9番9号", x=20, size=9)
    p.line("株式会社みさき銀行　かもめ台支店", x=20, size=12, font="serif-bold")
    p.line("支店長　舘　誠一", x=20, size=10.5)
    p.line("（融資課）電話 0877-00-4120　FAX 0877-00-4129", x=20, size=9.5)
    p.seal(112, y + 9, 17, "square", "株式会社みさき銀行かもめ台支店長印", angle=-3, seed=7031)
    tr = truth(document_type="acceleration_notice", sender="株式会社みさき銀行", phone="0877-00-4120",
               creditor="株式会社みさき銀行", status="not_applicable", debtor="篠崎達也", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 5), payment_due=D(2025, 11, 21),
               acceleration=D(2025, 10, 24), last_payment=D(2025, 7, 31), reference="0412-7730058",
               input_kind="scan_png", template="proxy7_bank_accel_setoff_sentence", received=D(2025, 11, 7))
    return dict(stem="t03", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, after a 催告)",
                unusual="bank 期限の利益喪失のお知らせ及び残債務のご請求 in Mincho, scanned; JIS letter date R7.11.5 top right; "
                        "催告 10/10 with a cure date 10/24 → 「…の経過をもって」; a 預金相殺 金12,804円 (set off against interest, "
                        "a distractor amount); the claim ONLY in one sentence (残元金 / 利息金 / 遅延損害金 / 合計); rows-only "
                        "ご融資の表示 with ご融資番号, 平成22年 ご融資日, 当初ご融資金額 18,000,000, 約定返済額 88,412 and 直近ご入金日 "
                        "(= last payment); 顧客コード; sender block at the BOTTOM-left (branch, 支店長, square seal)")


# ---------------------------------------------------------------------------------------------
# t04 guarantee company 代位弁済 for a bank card loan; phone photo stored UPSIDE DOWN with EXIF Orientation 3;
#     rows-only claim table 代位弁済金額 / 損害金 / お支払いいただく金額; the bank's 元金/利息 split only in prose;
#     保証委託契約番号 vs 管理コード; left accent bar.


def t04():
    P, R = 1_496_320, 14.6
    L = late(P, R, D(2025, 12, 11), D(2026, 1, 9))
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.box(14, 14, 2.2, 40, color=None, fill=(0.95, 0.72, 0.1))
    p.line("ひまわり保証株式会社", x=20, size=13, font="sans-bold")
    p.line("求償債権管理センター", x=20, size=9)
    p.at(190, 19, "令和8年1月9日（金）", size=10, align="r")
    p.at(190, 25, "管理コード　27-55103", size=9.5, align="r")
    p.y = 36
    p.line("〒460-0000　愛知県名古屋市中区つばくろ町九丁目9番9号", size=9.5)
    p.line("瀬川　紗季　様", size=13)
    p.gap(4)
    p.title("代位弁済完了のお知らせと求償金のお支払いについて", size=13.5)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("お客様が株式会社さざなみ銀行とご契約のカードローン（当社保証）につきましては、ご返済の延滞により、同行から"
           "令和7年11月19日をもって期限の利益を喪失したとの通知を受けております。当社は保証委託契約に基づき、令和7年"
           "12月10日、同行に対し元金1,482,115円及び利息14,205円、合計1,496,320円を代位弁済いたしました。")
    p.para("これにより、当社はお客様に対し下記の求償権を取得いたしましたので、ご入金期日までに一括してお支払い"
           "くださいますようお願い申し上げます。")
    p.gap(2)
    p.line("■ご請求の内容（令和8年1月9日現在）", size=10.5, font="sans-bold")
    p.table([["代位弁済金額（求償元金）", f"{P:,}円"],
             ["損害金（R7.12.11～R8.1.9　年14.6%）", f"{L:,}円"],
             ["お支払いいただく金額", f"{T:,}円"]], [112, 58], ruled="rows", size=10.5, row_h=9)
    p.gap(3)
    p.line("■ご契約の内容", size=10.5, font="sans-bold")
    p.kv([("原契約", "株式会社さざなみ銀行　カードローン（極度額1,500,000円）"),
          ("保証委託契約番号", "HZ-2019-08847"),
          ("最終ご返済日", "令和7年8月5日"),
          ("代位弁済日", "令和7年12月10日")], x=24, label_w=40, size=9.8)
    p.gap(3)
    y1 = p.y
    p.box(20, y1, 170, 15, width=0.9)
    p.at(25, y1 + 9.5, "ご入金期日", size=10.5, font="sans-bold")
    p.at(60, y1 + 10, "令和8年1月30日（金）", size=14, font="sans-bold")
    p.at(130, y1 + 9.5, "お振込先は同封の書面をご覧ください", size=8.5)
    p.y = y1 + 19
    p.para("一括でのお支払いが難しい場合は、ご入金期日までに下記までご相談ください。期日を過ぎてもご連絡がない場合は、"
           "法的手続を検討させていただきます。なお、損害金は完済まで求償元金に対し年14.6%の割合で発生いたします。", size=9)
    p.gap(3)
    p.rule(width=0.4)
    p.gap(2)
    p.line("ひまわり保証株式会社　求償債権管理センター　〒450-0000 名古屋市中村区ほしの台九丁目9番9号", size=8.5)
    p.line("TEL 052-000-6610（平日9:00～17:30）　FAX 052-000-6619　担当：石黒", size=9.5, font="sans-bold")
    p.line("貸金業者登録番号　東海財務局長(3)第00218号", size=8)
    tr = truth(document_type="acceleration_notice", sender="ひまわり保証株式会社", phone="052-000-6610",
               creditor="ひまわり保証株式会社", status="not_applicable", original="株式会社さざなみ銀行",
               debtor="瀬川紗季", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 9),
               payment_due=D(2026, 1, 30), acceleration=D(2025, 11, 19), last_payment=D(2025, 8, 5),
               reference="27-55103", input_kind="photo_exif_rotated",
               template="proxy7_subrogation_card_loan_exif3", received=D(2026, 1, 13))
    return dict(stem="t04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=3,
                shot=dict(fill=0.86, keystone=0.06, tilt=2.0, bg="cloth", blur=0.95, glare=22),
                about="acceleration_notice (保証会社 代位弁済)",
                unusual="card-loan guarantee company 代位弁済完了のお知らせと求償金のお支払いについて; phone photo stored UPSIDE "
                        "DOWN, upright only through EXIF Orientation 3 (new: earlier sets used 6 and 8), on a dark cloth with "
                        "a lamp glare; claim in a rows-only table 代位弁済金額（求償元金） / 損害金 (window in the label) / "
                        "お支払いいただく金額; the bank's 元金 1,482,115 + 利息 14,205 only in prose; 極度額 1,500,000 and "
                        "保証委託契約番号 as distractors; 管理コード top right; ご入金期日 in a thick box; left accent bar")


# ---------------------------------------------------------------------------------------------
# t05 joint 債権譲渡通知書 (消費者金融 → アビリオ債権回収 第5号), HEIC photo: the two parties in a two-column ruled box
#     with their round seals, the claim written in ONE line (合計 first, 内訳 in brackets), 譲受人お客様番号 vs the
#     譲渡人's 会員番号, the 譲渡人's old number as a phone distractor.


def t05():
    P, INT, R = 684_215, 9_842, 19.5
    L = late(P, R, D(2025, 6, 29), D(2025, 10, 31))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16)
    p.title("債権譲渡通知書", size=17, spaced=True)
    p.line("令和7年11月17日", align="r")
    p.line("〒790-0000　愛媛県松山市みかんの丘九丁目9番9号", size=9.5)
    p.line("湯川　翔　殿", size=13.5)
    p.gap(3)
    y0 = p.y
    p.box(20, y0, 170, 33, width=0.4)
    p.add(Line(105, y0, 105, y0 + 33, 0.3))
    p.at(23, y0 + 5, "（譲渡人）", size=8.5)
    p.at(23, y0 + 10, "大阪府大阪市西区こはく町九丁目9番9号", size=8)
    p.at(23, y0 + 17, "株式会社こはくファイナンス", size=11, font="serif-bold")
    p.at(23, y0 + 24, "代表取締役　有村　浩司", size=9.5)
    p.seal(64, y0 + 20, 12, "round", "|代表取/締役印", angle=7, seed=7051)
    p.at(108, y0 + 5, "（譲受人）", size=8.5)
    p.at(108, y0 + 10, "東京都江東区しおさい町九丁目9番9号", size=8)
    p.at(108, y0 + 17, "アビリオ債権回収株式会社", size=11, font="serif-bold")
    p.at(108, y0 + 24, "代表取締役　白鳥　正和", size=9.5)
    p.at(108, y0 + 30, "法務大臣許可番号第5号", size=8.5)
    p.seal(149, y0 + 20, 12, "round", "|代表取/締役印", angle=-5, seed=7052)
    p.y = y0 + 38
    p.para("譲渡人株式会社こはくファイナンスは、貴殿に対して有する下記の債権を、令和7年11月1日付で譲受人アビリオ債権回収"
           "株式会社に譲渡いたしました。よって、民法第467条の規定に基づき、譲渡人及び譲受人の連名をもってその旨を"
           "通知いたします。")
    p.para("本通知以降、本件債権に関するお支払い及びご連絡は、すべて譲受人にお願いいたします。なお、本件債権の"
           "担保及び保証についても、譲受人に移転しております。")
    p.line("記", align="c")
    p.gap(1)
    p.kv([("１　原契約", "金銭消費貸借契約（カードローン）　平成30年11月20日締結"),
          ("２　譲渡人会員番号", "KH-00319825"),
          ("３　期限の利益喪失日", "令和7年6月28日"),
          ("４　最終弁済日", "令和7年3月27日"),
          ("５　約定返済額", "毎月27日　金22,000円")], x=24, label_w=46, size=10)
    p.gap(1)
    p.para(f"６　譲渡債権額（令和7年10月31日現在）　合計金{T:,}円（内訳：元金{P:,}円／利息{INT:,}円／遅延損害金"
           f"{L:,}円〔年19.5%、令和7年6月29日から同年10月31日まで〕）", x0=24, indent="")
    p.gap(1)
    p.line("以上", align="r")
    p.gap(2)
    y1 = p.y
    p.box(20, y1, 170, 23, width=0.6)
    p.at(24, y1 + 6, "【譲受人お客様番号】　AV-440217", size=10.5, font="serif-bold")
    p.at(24, y1 + 12, "お問合せ：アビリオ債権回収株式会社　お客様相談室　フリーダイヤル 0120-000-505", size=9.5)
    p.at(24, y1 + 17, "受付時間　月～金 9:00～18:00（祝日・年末年始を除く）", size=9)
    p.at(24, y1 + 21.5, "※こはくファイナンスのお客様窓口（0120-000-882）では本件のお取扱いはできません。", size=8)
    tr = truth(document_type="assignment_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-505", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社こはくファイナンス", debtor="湯川翔", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2025, 11, 17), acceleration=D(2025, 6, 28), last_payment=D(2025, 3, 27),
               assignment=D(2025, 11, 1), reference="AV-440217", input_kind="photo_heic",
               template="proxy7_joint_assignment_box_oneline", received=D(2025, 11, 20))
    return dict(stem="t05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.83, keystone=0.08, tilt=1.5, bg="tatami", creases=2, blur=1.0, shadow=0.28,
                          shadow_side="bottom"),
                about="assignment_notice (joint, 消費者金融 → servicer)",
                unusual="joint 債権譲渡通知書 (spaced title) with 譲渡人 ｜ 譲受人 side by side in a two-column ruled box "
                        "ABOVE the body, each with a round seal; real servicer アビリオ債権回収 with 法務大臣許可番号第5号 in "
                        "small print under its 代表取締役 ★; 殿; the claim in ONE line, total first "
                        "(合計金…円（内訳：元金…／利息…／遅延損害金…〔年19.5%、window〕）); 約定返済額 22,000 and 譲渡人会員番号 "
                        "as distractors; 譲受人お客様番号 = reference; 譲渡人's old 0120 number; HEIC photo on tatami, tri-fold "
                        "creases, steep angle, shadow along the bottom")


# ---------------------------------------------------------------------------------------------
# t06 支払督促 (新潟簡裁) on ONE page, photographed at an angle with a shadow over the foot: parties in a rows-only
#     table (creditor's 送達場所 phone), the claim as a 番号/請求の内容/金額 grid with 合計, 請求の原因 in prose, the
#     court phone in a box at the very bottom.


def t06():
    P, INT, R, C = 385_900, 24_310, 14.6, 6_212
    L = late(P, R, D(2025, 6, 11), D(2025, 11, 17))
    T = P + INT + L + C
    p = Page(font="serif", size=10, top=14)
    p.line("令和７年（ロ）第２２６５号　立替金請求督促事件", size=10)
    p.title("支　払　督　促", size=18)
    p.table([["債権者", "〒103-0000 東京都中央区ときわ橋九丁目9番9号　株式会社ときわクレジット　代表取締役　葛西 隆之"],
             ["", "（送達場所）同所 債権管理部　電話 03-0000-4477　FAX 03-0000-4478"],
             ["債務者", "〒940-0000 新潟県長岡市ゆきわり町九丁目9番9号　柘植　由紀子"]],
            [22, 148], ruled="rows", aligns="ll", size=8.8, row_h=7.0, font="serif")
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", font="serif-bold", size=11)
    p.table([["番号", "請求の内容", "金額"],
             ["１", "立替金残金", fw(f"{P:,}円")],
             ["２", "未払手数料", fw(f"{INT:,}円")],
             ["３", "確定遅延損害金（令和７年６月11日から同年11月17日まで年14.6％）", fw(f"{L:,}円")],
             ["４", "督促手続費用", fw(f"{C:,}円")],
             ["", "合　計", fw(f"{T:,}円")]], [14, 116, 40], header=True, aligns="clr", size=9.5, row_h=7.2,
            font="serif")
    p.para("なお、上記１の金額に対する令和７年11月18日から完済まで年14.6％の割合による遅延損害金を付加して支払え。",
           size=9.5)
    p.gap(1)
    p.line("請求の原因", font="serif-bold", size=11)
    p.para("１　債権者は、債務者との間で平成31年3月5日にクレジット契約を締結し、債務者の購入した商品代金600,000円を"
           "販売店に立替払いした。債務者は、これに手数料を加えた額を24回に分割して毎月27日限り支払う旨約した。", size=9.5)
    p.para("２　債務者は令和７年５月27日の支払を最後にその後の支払を怠り、債権者は書面で20日以上の期間を定めて催告"
           "したが支払がなかったので、債務者は令和７年６月10日の経過により期限の利益を喪失した。", size=9.5)
    p.para("３　遅延損害金の約定利率は年14.6％である。", size=9.5)
    p.gap(2)
    p.line("令和７年12月２日", x=28, size=10.5)
    p.line("新潟簡易裁判所", x=28, size=11)
    y = p.y
    p.line("裁判所書記官　都築　美奈子", x=60, size=11)
    p.seal(130, y + 2, 13, "square", "新潟簡易裁判所書記官印", angle=2, seed=7061)
    p.gap(1)
    p.line("これは正本である。", x=28, size=9.5)
    p.gap(2)
    yb = p.y
    p.box(20, yb, 170, 15, width=0.4)
    p.at(24, yb + 5.5, "＊督促異議の申立ては、同封の「督促異議申立書」に記入して当庁に提出してください。", size=8.5)
    p.at(24, yb + 11.5, "問合せ先　新潟簡易裁判所 民事受付係　電話 025-000-7381（直通）", size=9.5, font="serif-bold")
    tr = truth(document_type="payment_order", sender="新潟簡易裁判所", phone="025-000-7381",
               creditor="株式会社ときわクレジット", status="not_applicable", debtor="柘植由紀子", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 12, 2),
               acceleration=D(2025, 6, 10), last_payment=D(2025, 5, 27), reference="令和７年（ロ）第２２６５号",
               input_kind="photo_jpeg", template="proxy7_payment_order_niigata_photo", received=D(2025, 12, 5))
    return dict(stem="t06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(canvas=(2268, 3024), fill=0.9, keystone=0.1, tilt=2.0, bg="wood", shadow=0.35,
                          shadow_side="bottom", blur=1.05, bow=5),
                about="payment_order (簡裁, 信販 creditor)",
                unusual="支払督促 (新潟簡裁, 立替金請求督促事件) on ONE page, photographed at a steep angle with the hand's shadow "
                        "over the foot; case number with the case name on one line above the title; parties in a rows-only "
                        "table with the creditor's 送達場所 電話/FAX; 番号/請求の内容/金額 grid with full-width amounts "
                        "(立替金残金 / 未払手数料 / 確定遅延損害金 (window in the label) / 督促手続費用 / 合計) and the running "
                        "clause below it; 平成31年 contract, 商品代金 600,000 and 24回 as distractors; court phone （直通） only "
                        "in the box at the foot")


# ---------------------------------------------------------------------------------------------
# t07 少額訴訟 (高松簡裁 (少コ)) as a 2-page image-only PDF scan: p.1 the 呼出状 with ■ label lines (期日 / 場所 /
#     答弁書の提出期限) and the 少額訴訟 notes; p.2 the 訴状 (plaintiff アウロラ債権回収, no number) with the claim in a
#     3-column table and 訴訟物の価額 / 貼用印紙額 / 予納郵券 line.


def t07():
    P, INT, R = 421_780, 12_466, 18.0
    L = late(P, R, D(2025, 4, 16), D(2025, 12, 5))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=18)
    p.line("事件番号　令和７年（少コ）第４０２号", size=10.5)
    p.line("事件名　　譲受債権請求事件", size=10.5)
    p.line("原　告　　アウロラ債権回収株式会社", size=10.5)
    p.line("被　告　　仲村　大輔", size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("〒760-0000 香川県高松市こんぴら町九丁目9番9号", size=9.5)
    p.line("被告　仲村　大輔　殿", size=12)
    p.gap(1)
    p.line("令和８年１月１３日", align="r")
    p.line("高松簡易裁判所民事係", align="r")
    y = p.y
    p.line("裁判所書記官　嶋田　恭平", align="r")
    p.seal(196, y + 4, 11, "square", "高松簡易裁判所書記官印", angle=-4, seed=7071)
    p.gap(4)
    p.para("原告から少額訴訟による審理及び裁判を求める訴状が提出されました。当裁判所に出頭する期日及び場所は下記の"
           "とおりですので、出頭してください。なお、訴状を送達しますので、下記答弁書の提出期限までに答弁書を提出して"
           "ください。")
    p.line("記", align="c")
    p.gap(1)
    p.line("■ 期日　　令和８年２月１２日（木）午後１時３０分", x=30, size=12, font="serif-bold")
    p.gap(1)
    p.line("■ 場所　　高松簡易裁判所　第２民事法廷（本庁舎３階）", x=30, size=12, font="serif-bold")
    p.gap(1)
    p.line("■ 答弁書の提出期限　　令和８年２月２日（月）", x=30, size=12, font="serif-bold")
    p.gap(4)
    p.line("（少額訴訟についての注意）", font="serif-bold")
    p.para("１　少額訴訟では、原則として第１回の期日に審理を終え、直ちに判決が言い渡されます。証拠書類や証人は、"
           "その期日に調べることができるものに限られますので、期日までに準備してください。", size=9.5)
    p.para("２　被告は、第１回の期日において弁論をするまでは、訴訟を通常の手続に移行させる旨の申述をすることが"
           "できます。", size=9.5)
    p.para("３　少額訴訟の判決に対しては控訴をすることができませんが、判決書又は調書の送達を受けた日から２週間以内に"
           "異議を申し立てることができます。", size=9.5)
    p.gap(4)
    p.box(20, p.y, 170, 16, width=0.4)
    p.y += 3
    p.line("高松簡易裁判所民事係　〒760-0000 高松市丸の内九丁目9番9号", x=24, size=9.5)
    p.line("電話 087-000-2215（直通）　ＦＡＸ 087-000-2290", x=24, size=10, font="serif-bold")
    p1 = p.spec

    q = Page(font="serif", size=10, top=18)
    q.title("訴　　状", size=16)
    q.line("令和７年１２月２２日", align="r")
    q.line("高松簡易裁判所　御中", size=11)
    q.gap(1)
    q.line("原告訴訟代理人　支配人　結城　修", align="r", size=10)
    q.gap(2)
    q.table([["原　告", "〒105-0000 東京都港区あたご坂九丁目9番9号　アウロラ債権回収株式会社　代表取締役　稲垣 浩一"],
             ["", "（送達場所）同所　電話 03-0000-7676　ＦＡＸ 03-0000-7677"],
             ["被　告", "〒760-0000 香川県高松市こんぴら町九丁目9番9号　仲村　大輔"]],
            [20, 150], ruled="rows", aligns="ll", size=8.8, row_h=7.0, font="serif")
    q.gap(2)
    q.line("譲受債権請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金5,000円　　予納郵券　金5,200円", size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold", size=11)
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和７年１２月６日から支払済みまで年18％の割合"
           "による金員を支払え。")
    q.para("２　訴訟費用は被告の負担とする。")
    q.para("との判決並びに仮執行の宣言を求める。")
    q.para("なお、少額訴訟による審理及び裁判を求める。本年、当庁において少額訴訟による審理及び裁判を求めるのは１回目である。",
           size=9.5)
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold", size=11)
    q.para("１　株式会社かがりびファイナンス（以下「原債権者」という。）は、被告との間で、平成29年10月2日、極度額"
           "500,000円、利率年17.8％、遅延損害金年18％とする金銭消費貸借契約を締結し、被告に金員を貸し付けた。", size=9.5)
    q.para("２　被告は令和７年１月２０日の弁済を最後に約定の弁済を怠り、令和７年４月１５日の経過により期限の利益を"
           "喪失した。", size=9.5)
    q.para("３　原債権者は、令和７年８月２９日、本件債権を原告に譲渡し、同年９月４日、被告に対し内容証明郵便により"
           "その旨を通知した。", size=9.5)
    q.para("４　よって、原告は被告に対し、下記金員の支払を求める。", size=9.5)
    q.gap(1)
    q.table([["項目", "金額", "備考"],
             ["残元金", f"{P:,}円", ""],
             ["未払利息", f"{INT:,}円", "令和7年4月15日まで"],
             ["確定遅延損害金", f"{L:,}円", "令和7年4月16日～同年12月5日（年18％）"],
             ["合計", f"{T:,}円", ""]], [40, 40, 90], header=True, aligns="lrl", size=9.5, row_h=7.2, font="serif")
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約書　甲第２号証 債権譲渡通知書　甲第３号証 取引履歴", size=9)
    tr = truth(document_type="lawsuit", sender="高松簡易裁判所", phone="087-000-2215",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社かがりびファイナンス",
               debtor="仲村大輔", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2026, 1, 13), acceleration=D(2025, 4, 15), last_payment=D(2025, 1, 20),
               assignment=D(2025, 8, 29), hearing=D(2026, 2, 12), reference="令和７年（少コ）第４０２号",
               input_kind="pdf_scan", template="proxy7_small_claims_takamatsu_servicer", received=D(2026, 1, 16))
    return dict(stem="t07", ext="pdf", kind="pdf_scan", pages=[p1, q.spec], truth=tr,
                about="lawsuit (少額訴訟 (少コ), servicer plaintiff)",
                unusual="少額訴訟 (高松簡裁 (少コ)) as a 2-page image-only PDF scan; p.1 header lines 事件番号 / 事件名 / 原告 / "
                        "被告 above the title, 期日 / 場所 / 答弁書の提出期限 as ■ bold lines after 記 (not a table), "
                        "少額訴訟 notes, court phone （直通） + ＦＡＸ in a box; p.2 訴状 12/22 (≠ 呼出状 1/13) with plaintiff "
                        "アウロラ債権回収 ★ (registry, no number printed → licensed) and its 送達場所 phone/FAX; 訴訟物の価額 / "
                        "貼用印紙額 5,000 / 予納郵券 5,200 on one line; 極度額 500,000 and 利率 17.8% distractors; assignment "
                        "8/29 vs 通知 9/4; claim table 残元金 / 未払利息 / 確定遅延損害金 / 合計 with 備考")


# ---------------------------------------------------------------------------------------------
# t08 card company's own 圧着ハガキ (a V-fold sealed postcard, opened: two panels side by side), photographed and
#     stored sideways (EXIF 6); ¥…- amounts; masked card number; お手続番号.


def t08():
    P, INT, R = 268_430, 17_915, 14.6
    L = late(P, R, D(2026, 2, 11), D(2026, 2, 16))
    T = P + INT + L
    p = Page(w=200, h=148, font="sans", size=8.5, left=8, right=108, top=8, leading=1.55)
    p.add(Line(100, 3, 100, 145, 0.2, GRAY))  # the fold
    p.box(8, 7, 84, 11, color=None, fill=(0.18, 0.22, 0.45))
    p.at(11, 14.3, "LUMIÈRE CARD", size=11, font="sans-bold", color=(1, 1, 1))
    p.at(89, 14, "株式会社ルミエールカード", size=7.5, align="r", color=(1, 1, 1))
    p.y = 22
    p.line("沼田　優奈　様", size=11)
    p.line("お手続番号　LM-26-0215-0743", size=8)
    p.line("カード番号　4980-****-****-2261", size=8)
    p.line("2026年2月16日", size=8)
    p.gap(1.5)
    p.line("【重要】カードご利用代金の一括お支払いのお願い", size=9.5, font="sans-bold", color=RED)
    p.gap(0.5)
    p.para("いつもルミエールカードをご利用いただき、ありがとうございます。再三のご案内にもかかわらず、ご利用代金の"
           "お支払いが確認できないため、カード会員規約に基づき、2026年2月10日をもって期限の利益を喪失いたしました。"
           "つきましては、右記ご請求額を一括してお支払いください。", x0=8, x1=92, size=8)
    p.gap(1)
    p.para("なお、カードはすでにご利用を停止しております。お支払期日を過ぎてもお支払いがない場合は、法的手続に"
           "移行する場合がございます。行き違いでお支払い済みの場合はご容赦ください。", x0=8, x1=92, size=7.5)
    p.gap(2)
    yl = p.y
    p.box(8, yl, 84, 30, width=0.3, color=GRAY)
    p.at(11, yl + 5, "〈お支払い方法〉", size=8, font="sans-bold")
    p.at(11, yl + 10, "1. 右記口座へのお振込み", size=7.5)
    p.at(11, yl + 14.5, "2. 債権管理センターへのお電話によるご相談", size=7.5)
    p.at(11, yl + 20, "ご一括でのお支払いが困難な場合も、必ずお支払期日", size=7)
    p.at(11, yl + 24, "までにご連絡ください。", size=7)
    p.at(8, 141, "※本状は個人情報保護のため圧着はがきでお送りしています。", size=6.5, color=GRAY)
    # right panel
    q = p  # same page, right half
    y = 9
    q.at(108, y + 3, "ご請求内容", size=10, font="sans-bold")
    q.add(Line(108, y + 5, 192, y + 5, 0.6))
    rows = [("未返済元金", f"￥{P:,}-"), ("手数料", f"￥{INT:,}-"), ("遅延損害金（2/11～2/16）", f"￥{L:,}-")]
    yy = y + 12
    for a, b in rows:
        q.at(110, yy, a, size=8.5)
        q.at(191, yy, b, size=9.5, align="r")
        q.add(Line(108, yy + 2, 192, yy + 2, 0.15, GRAY))
        yy += 7
    q.box(108, yy - 4, 84, 10, width=0.6, fill=(0.93, 0.94, 0.98))
    q.at(110, yy + 2.6, "ご請求額", size=9.5, font="sans-bold")
    q.at(190, yy + 3, f"￥{T:,}-", size=12, font="sans-bold", align="r")
    yy += 12
    for a, b in [("お支払期日", "2026年3月6日（金）"), ("期限の利益喪失日", "2026年2月10日"),
                 ("最終ご入金日", "2025年11月27日"), ("遅延損害金率", "年14.6%")]:
        q.at(110, yy, a, size=8)
        q.at(150, yy, b, size=8.5)
        yy += 5.2
    yy += 1
    q.at(110, yy, "お振込先　いそしぎ銀行 本店 普通 0000426", size=7.5)
    q.at(110, yy + 4.2, "口座名義 カ）ルミエールカード　※振込手数料はご負担ください", size=7)
    yy += 11
    q.box(108, yy - 4, 84, 17, width=0.4)
    q.at(110, yy + 0.5, "お問い合わせ　債権管理センター", size=8, font="sans-bold")
    q.at(110, yy + 6, "0570-000-886", size=12, font="sans-bold")
    q.at(110, yy + 10.5, "受付 9:30～17:30（土日祝休）　お手続番号をお伝えください", size=6.8)
    q.at(110, 141, "株式会社ルミエールカード　〒150-0000 東京都渋谷区こもれび坂九丁目9番9号", size=6.3)
    tr = truth(document_type="collection_notice", sender="株式会社ルミエールカード", phone="0570-000-886",
               creditor="株式会社ルミエールカード", status="not_applicable", debtor="沼田優奈", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 2, 16), payment_due=D(2026, 3, 6),
               acceleration=D(2026, 2, 10), last_payment=D(2025, 11, 27), reference="LM-26-0215-0743",
               input_kind="photo_exif_rotated", template="proxy7_card_sealed_postcard_exif6", received=D(2026, 2, 19))
    return dict(stem="t08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                postcard=True,
                shot=dict(canvas=(2800, 2100), fill=0.84, keystone=0.04, tilt=3.0, bg="desk", blur=1.0, warm=0.6,
                          shadow=0.25, shadow_side="topleft"),
                about="collection_notice (card company, 圧着ハガキ)",
                unusual="card company's own 圧着ハガキ (V-fold sealed postcard) photographed OPEN: two panels side by side "
                        "with the fold in the middle, landscape, stored sideways (EXIF Orientation 6); left panel logo band, "
                        "addressee, お手続番号 (reference), masked カード番号, date under them, red 【重要】; right panel "
                        "ご請求内容 as ruled lines with ￥…- amounts (未返済元金 / 手数料 / 遅延損害金 with "
                        "a short window 2/11～2/16) and a shaded ご請求額 bar; お支払期日 / 期限の利益喪失日 / 最終ご入金日 / "
                        "遅延損害金率 in small print; 0570 number")


LETTERS = [t01, t02, t03, t04, t05, t06, t07, t08]
_ = (Box,)
