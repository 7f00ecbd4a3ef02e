"""Proxy set 11, letters y01–y08: a rent guarantor's 督促状 (phone photo), a real servicer's 携帯電話料金 譲受通知 with a
平成 last payment (HEIC), a real servicer collecting a private scholarship on commission (EXIF 6), a 信用金庫's 縦書き
期限の利益喪失 in 大字, a 住宅金融's claim after 競売 with the breakdown on page 2 (image PDF), an invented servicer's
fax after 任意売却 with the breakdown in prose, a joint 債権譲渡 of a ショッピングクレジット, and a lawyer's 縦書き 催告書 for
unpaid nursing-home fees."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, late, leader, per_col, seal_after, truth, vsplit, wd

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Line, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.16, 0.42, 0.24)
BROWN = (0.45, 0.28, 0.12)
INDIGO = (0.18, 0.20, 0.50)
SHADE = (0.92, 0.92, 0.92)
PALE = (0.96, 0.98, 0.94)
WHITE = (1.0, 1.0, 1.0)


def dj(n: int) -> str:
    """金参百八拾弐万四千円 (大字)."""
    return "金" + kanji_number(n, daiji=True) + "円"


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def _seal_on(pg, prefix: str, kind: str, text: str, seed: int, dx: float = -3.0, dy: float = -6.0, size=13, angle=4):
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith(prefix):
            pg.items.append(Seal(it.x + dx, seal_after(it, it.size, 2.0) + dy, size, kind, text, angle=angle, seed=seed))
            return
    raise AssertionError(prefix)


# ---------------------------------------------------------------------------------------------
# y01 家賃保証会社 督促状 (phone photo): green logo band, sender block TOP-RIGHT, addressee top-left, a row of
#     label-above-value cells, a ruled 2-column table; slash dates without zero padding (2026/1/22).


def y01():
    R = 14.6
    P = 3 * 68_000
    L = late(P, R, D(2026, 1, 1), D(2026, 1, 22))
    T = P + L
    iss, due = D(2026, 1, 22), D(2026, 2, 5)
    p = Page(font="sans", size=10, top=12)
    p.box(0, 0, 210, 9, width=0.2, color=None, fill=GREEN)
    p.at(20, 6.3, "HARUNIRE  家賃保証サービス", size=9, font="sans-bold", color=WHITE)
    p.y = 16
    p.line(f"{iss.year}/{iss.month}/{iss.day}", align="r", size=10)
    top = p.y
    p.line("〒020-0000", size=9.5)
    p.line("岩手県盛岡市さくらやま九丁目9番9号", size=9.5)
    p.line("メゾン・ド・ソレイユ 203号室", size=9.5)
    p.gap(2)
    p.line("檜垣　恵太　様", size=14)
    p.y = top
    p.line("株式会社ハルニレ家賃保証", x=128, size=12, font="sans-bold", color=GREEN)
    p.line("債権管理部　回収第二課", x=128, size=9)
    p.line("〒980-0000 仙台市青葉区いちばん町九丁目9-9", x=128, size=8)
    p.line("TEL 03-0000-2961　FAX 03-0000-2962", x=128, size=9)
    p.line("担当　漆原", x=128, size=9)
    p.seal(186, top + 6, 12, "square", "ハルニレ家賃保証之印", angle=-3, seed=11101)
    p.gap(8)
    p.title("督　促　状", size=18)
    p.line("―立替家賃等のお支払いについて―", align="c", size=10.5)
    p.gap(2)
    p.para("貴殿がご入居中の上記物件の賃貸借契約につきまして、当社は家賃保証委託契約に基づき、貴殿がお支払いになっていない"
           "賃料等を、賃貸人である有限会社ひるがお不動産様へ立替払いいたしました。")
    p.para("当社から再三お電話及び書面にてご連絡を差し上げておりますが、本日現在、立替金のお支払いが確認できておりません。"
           "下記のとおりご請求いたしますので、お支払期限までに必ずお振込みください。")
    p.gap(3)
    y = p.y
    w = 34
    for i, (lab, val) in enumerate([("お客様番号", "HN-2207-4318"), ("月額賃料（共益費込）", "68,000円"),
                                     ("最終ご入金日", "2025/9/29"), ("お支払期限", f"{due.year}/{due.month}/{due.day}{wd(due)}")]):
        cell(p, 20 + i * (w + 0.0), y, w if i < 3 else 68, 15, lab, val, lsize=7.5, vsize=11 if i < 3 else 12.5,
             vfont="sans-bold" if i == 3 else None, width=0.3 if i < 3 else 0.9)
    p.y = y + 21
    p.line("【ご請求の内訳】", size=10.5, font="sans-bold")
    p.table([["立替家賃（2025年10月分～12月分　3か月分）", f"{P:,}円"],
             ["遅延損害金（2026/1/1～2026/1/22　年14.6%）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [120, 50], size=10.5, row_h=9.5, shade_col0=True)
    p.gap(3)
    p.kv([("お振込先", "みちのく北銀行　盛岡駅前支店　普通預金　2085517"),
          ("口座名義", "カ）ハルニレヤチンホショウ"),
          ("ご注意", "お振込の際は、お名前の前にお客様番号（HN-2207-4318）をご入力ください。")],
         x=22, label_w=24, sep="：", size=9.5)
    p.gap(3)
    p.para("お支払期限までにお支払い又はご連絡がない場合には、賃貸人様と協議のうえ、賃貸借契約の解除及び建物明渡しの"
           "手続をとらせていただくことがございます。また、連帯保証人様へもご請求させていただくことになります。", size=9.5)
    p.para("なお、行き違いでお支払い済みの場合はご容赦ください。1月分以降の賃料は、これまでどおり賃貸人様へお支払いください。",
           size=9.5)
    p.gap(4)
    y = p.y
    p.box(20, y, 170, 16, width=0.2, color=GRAY, fill=PALE)
    p.at(24, y + 6, "ご相談窓口（平日 9:00～18:00）", size=9, font="sans-bold")
    p.at(24, y + 12, "お支払いが難しい場合は、お一人で悩まず、まずは担当までお電話ください。分割でのご相談も承ります。", size=9)
    tr = truth(document_type="collection_notice", sender="株式会社ハルニレ家賃保証", phone="03-0000-2961",
               creditor="株式会社ハルニレ家賃保証", status="not_applicable", debtor="檜垣恵太", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=iss, payment_due=due, last_payment=D(2025, 9, 29),
               reference="HN-2207-4318", input_kind="photo_jpeg", template="proxy11_rent_guarantor_cells_slash",
               received=D(2026, 1, 24))
    return dict(stem="y01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.8, keystone=0.07, tilt=3.0, bg="wood", creases=2, shadow=0.3, shadow_side="right"),
                about="collection_notice (家賃保証会社, 立替家賃)",
                unusual="rent guarantor's 督促状 photographed on a wooden table, unfolded from a tri-fold with a hand shadow "
                        "on the right; green band with a Latin brand line; sender block TOP-RIGHT with a square seal; "
                        "slash dates WITHOUT zero padding (2026/1/22, 2025/9/29); four label-above-value cells "
                        "(お客様番号, 月額賃料（共益費込） 68,000 distractor, 最終ご入金日, a bold お支払期限); shaded-label "
                        "table 立替家賃 (3 months) / 遅延損害金 / ご請求金額; no acceleration (the tenancy goes on), lump false")


# ---------------------------------------------------------------------------------------------
# y02 real servicer ニッテレ債権回収 (第7号) 債権譲受のご通知 兼 ご請求書 for 携帯電話料金 (HEIC): colon lines, a ruled
#     table with a 元金合計 subtotal, last payment in 平成 (消滅時効 plausible); the debtor's own phone as a distractor.


def y02():
    R = 14.5
    A, B = 23_514, 58_320
    P = A + B
    iss, due = D(2026, 2, 2), D(2026, 2, 20)
    L = late(P, R, D(2018, 8, 28), iss)
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.line(f"令和8年2月2日{wd(iss)}", align="r")
    p.line("当社受付番号：NT-26-0202-7715", align="r", size=9.5)
    p.gap(2)
    p.line("〒950-0000　新潟県新潟市中央区ばんだい九丁目9番9号", size=9.5)
    p.line("砂金　陽介　様", size=14)
    p.gap(6)
    p.title("債権譲受のご通知　兼　ご請求書", size=15.5)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("さて、貴殿が株式会社ソラテル通信（以下「原債権者」）との間で締結された携帯電話サービス利用契約及び端末代金の"
           "分割支払契約に基づく下記債権は、令和7年12月1日付で、原債権者から当社に譲渡されました。")
    p.para("つきましては、下記ご請求額の全額を一括して、お支払期限までに当社指定口座へお振込みくださいますようお願い"
           "申し上げます。ご事情によりお支払いが困難な場合は、期限までに必ず当社までご連絡ください。")
    p.line("敬具", x=180)
    p.line("記", align="c")
    p.kv([("原債権者", "株式会社ソラテル通信"),
          ("ご契約者番号", "ST-88140572（原債権者）"),
          ("ご契約電話番号", "090-0000-5821"),
          ("債権譲受日", "令和7年12月1日"),
          ("最終ご入金日", "平成30年7月26日")], x=26, label_w=34, sep="：", size=10)
    p.gap(2)
    p.table([["内　容", "金　額"],
             ["未払通信料金（平成30年5月～7月ご利用分）", f"{A:,}円"],
             ["端末代金分割支払金残額", f"{B:,}円"],
             ["元金合計", f"{P:,}円"],
             ["遅延損害金（平成30年8月28日～令和8年2月2日　年14.5％）", f"{L:,}円"],
             ["ご請求額", f"{T:,}円"]], [122, 44], x=22, header=True, size=10, row_h=8.5)
    p.gap(2)
    p.kv([("お支払期限", f"令和8年2月20日{wd(due)}"),
          ("お振込先", "あけぼの信託銀行　本店営業部　普通預金　7300185　ニッテレサイケンカイシュウ（カ")],
         x=26, label_w=34, sep="：", size=10)
    p.line("以上", x=180)
    p.gap(4)
    y = p.y
    p.add(Line(108, y, 190, y, 0.4))
    p.at(110, y + 6, "ニッテレ債権回収株式会社", size=12, font="sans-bold")
    p.at(110, y + 11.5, "法務大臣許可番号　第7号", size=9)
    p.at(110, y + 16.5, "〒100-0000 東京都千代田区うちさいわい九丁目9番9号", size=8)
    p.at(110, y + 22, "お問合せ　0120-000-731（平日9時～18時）", size=9.5, font="sans-bold")
    p.at(110, y + 27, "債権管理二部　担当　鬼塚", size=9)
    p.seal(182, y + 9, 12, "square", "ニッテレ債権回収印", angle=5, seed=11201)
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-731", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社ソラテル通信", debtor="砂金陽介", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=iss, payment_due=due, last_payment=D(2018, 7, 26), assignment=D(2025, 12, 1),
               reference="NT-26-0202-7715", input_kind="photo_heic", template="proxy11_servicer_mobile_heisei",
               received=D(2026, 2, 5))
    return dict(stem="y02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.82, keystone=0.05, tilt=2.0, bg="desk", creases=2, warm=0.4, glare=16.0),
                about="assignment_notice (servicer, 携帯電話料金, with a demand; 時効 plausible)",
                unusual="real servicer ニッテレ債権回収 with 「法務大臣許可番号 第7号」 ★ (new role: a mobile-phone debt) sends a "
                        "債権譲受のご通知 兼 ご請求書, iPhone HEIC with lamp glare and creases; colon label lines "
                        "(原債権者：, ご契約者番号：, the DEBTOR's own ご契約電話番号 090-0000-5821 as a distractor phone); "
                        "最終ご入金日 平成30年7月26日 (over 7 years: 消滅時効 plausible); a ruled table with two items and a "
                        "元金合計 subtotal (= principal), 遅延損害金 over 7½ years, ご請求額; 「全額を一括して」; sender block "
                        "bottom-right with a 0120 number")


# ---------------------------------------------------------------------------------------------
# y03 real servicer パルティール債権回収 (第113号) collecting a private scholarship on commission (受託), photo stored
#     sideways (EXIF 6): boxes label-above-value, 延滞金 label, 令和元年 last payment, 繰上一括返還.


def y03():
    R = 5.0
    LENT, PAID = 24_000 * 48, 9_600 * 7
    P = LENT - PAID
    iss, due = D(2026, 3, 5), D(2026, 3, 19)
    L = late(P, R, D(2020, 7, 1), iss)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, "パルティール債権回収株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(20, 25, "PARTIR SERVICER", size=7.5, color=INDIGO)
    p.at(190, 18, f"令和8年3月5日{wd(iss)}", size=10, align="r")
    p.at(190, 23.5, "ご照会番号　25K-06419", size=9.5, align="r")
    p.add(Line(20, 29, 190, 29, 0.5, INDIGO))
    p.y = 35
    p.line("〒390-0000　長野県松本市あがたの森九丁目9番9号", size=9.5)
    p.line("一ノ瀬　紗英　様", size=14)
    p.gap(5)
    p.title("奨学金のご返還についてのご請求", size=15)
    p.para("当社は、公益財団法人あけび奨学財団（以下「財団」といいます。）から、貴殿に対する奨学金返還債権の管理及び回収の"
           "委託を受けております（債権者は引き続き財団です。）。")
    p.para("貴殿は、財団の貸与奨学金について、令和元年10月分を最後にご返還がなく、財団からの再三の督促にもかかわらず延滞が"
           "解消されなかったため、奨学金貸与規程第14条により、令和2年6月30日をもって割賦金によるご返還の期限の利益を"
           "喪失されています。")
    p.para("つきましては、下記返還未済額及び延滞金の合計額を、お支払期限までに一括してお支払いください。")
    p.gap(2)
    y = p.y
    cells = [("債権者（委託元）", "公益財団法人あけび奨学財団"), ("貸与期間・貸与総額", "平成27年4月～平成31年3月　1,152,000円"),
             ("返還方法（当初）", "月賦 9,600円 × 120回"), ("最終ご返還日", "令和元年10月28日"),
             ("期限の利益喪失日", "令和2年6月30日"), ("延滞金の割合", "年5.0％（規程第15条）")]
    for i, (lab, val) in enumerate(cells):
        cell(p, 20 + (i % 2) * 85, y + (i // 2) * 15, 85, 14, lab, val, lsize=7.5, vsize=10)
    p.y = y + 50
    ybox = p.y
    p.box(20, ybox, 170, 40, width=1.0, color=INDIGO)
    p.y += 4
    leader(p, "返還未済額（元金）", f"{P:,}円", 26, 184, size=11)
    leader(p, "延滞金（令和2年7月1日～令和8年3月5日）", f"{L:,}円", 26, 184, size=11)
    p.add(Line(26, p.y + 0.5, 184, p.y + 0.5, 0.3))
    p.gap(1.5)
    leader(p, "ご請求総額", f"{T:,}円", 26, 184, size=13, font="sans-bold")
    p.at(26, p.y + 4.5, f"お支払期限　令和8年3月19日{wd(due)}", size=11.5, font="sans-bold")
    p.y = ybox + 45
    p.para("お振込先：あけぼの信託銀行　本店営業部　普通預金　5521300　パルティールサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※貸与総額（1,152,000円）からご返還済みの7回分（67,200円）を差し引いた額が返還未済額です。", size=9, indent="")
    p.para("※ご返還が困難なご事情がある場合は、お支払期限までに下記までご相談ください。", size=9, indent="")
    p.gap(5)
    y = p.y
    p.at(20, y, "パルティール債権回収株式会社　奨学金管理グループ", size=10.5, font="sans-bold")
    p.at(20, y + 5.5, "法務大臣許可番号　第113号", size=9)
    p.at(20, y + 10.5, "〒141-0000　東京都品川区にしごたんだ九丁目9番9号", size=8.5)
    p.at(20, y + 16, "電話　03-0000-5840　　受付　平日9:30～17:30", size=10)
    p.seal(112, y + 4, 12, "round", "パルティール債権回収|管理/之印", angle=-8, seed=11301)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-5840", creditor="公益財団法人あけび奨学財団", status="licensed",
               original="公益財団法人あけび奨学財団", debtor="一ノ瀬紗英", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=iss, payment_due=due, acceleration=D(2020, 6, 30), last_payment=D(2019, 10, 28),
               reference="25K-06419", input_kind="photo_exif_rotated", template="proxy11_servicer_scholarship_entrusted",
               received=D(2026, 3, 9))
    return dict(stem="y03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(fill=0.85, keystone=0.04, tilt=1.8, bg="tatami", shadow=0.22, shadow_side="bottom", warm=0.3),
                about="collection_notice (servicer 受託, private scholarship; 時効 plausible)",
                unusual="real servicer パルティール債権回収 with 「法務大臣許可番号 第113号」 ★ collecting a PRIVATE scholarship "
                        "(公益財団法人, not JASSO) on commission; phone photo stored sideways (EXIF 6) on tatami; six "
                        "label-above-value cells (債権者（委託元）, 貸与総額 1,152,000 and 月賦 9,600 × 120 as distractors, "
                        "最終ご返還日 令和元年10月28日 (令和元年, over 6 years ago), 期限の利益喪失日 令和2年, 延滞金の割合 年5.0％); "
                        "label 延滞金 (not 遅延損害金) and 返還未済額（元金）, ご請求総額 in a framed leader block; sender "
                        "block bottom-left")


# ---------------------------------------------------------------------------------------------
# y04 信用金庫 期限の利益喪失通知書, 縦書き 内容証明 (digital): amounts ALL in 大字, contract rate interest, no reference.


def y04():
    R = 14.0
    P = 3_824_000
    INT = late(P, 2.8, D(2025, 8, 26), D(2025, 12, 19))
    iss = D(2026, 1, 8)
    L = late(P, R, D(2025, 12, 20), iss)
    T = P + INT + L
    size = 10.2
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "当金庫は、貴殿に対し、令和三年六月十日付金銭消費貸借契約証書に基づき、金六百万円を、毎月二十五日限り"
                 "元利均等返済の約定で貸し付けました（証書貸付）。"),
        ("body", "しかるに貴殿は、令和七年八月二十五日のご返済を最後に、同年九月分以降の約定返済を怠られたため、当金庫は"
                 "令和七年十一月二十八日付書面により、同年十二月十九日までに遅滞分をお支払いくださるよう催告いたしましたが、"
                 "右期限までにお支払いがありませんでした。"),
        ("body", "よって、信用金庫取引約定書第五条第二項に基づき、貴殿は令和七年十二月十九日の経過をもって本件貸付金債務に"
                 "ついて期限の利益を喪失されましたので、ここに通知いたします。"),
        ("body", "つきましては、左記の金員を令和八年一月二十三日限り、当金庫本店にご持参又はお振込みのうえ、一括してお支払い"
                 "ください。右期日までにお支払いのない場合は、担保権の実行その他の法的手続に着手いたします。"),
        ("indent", "記"),
        ("indent", f"一、残元金　{dj(P)}"),
        ("indent", f"二、未払利息　{dj(INT)}"),
        ("plain", "　　　（令和七年八月二十六日から同年十二月十九日まで約定利率年二・八パーセント）"),
        ("indent", f"三、遅延損害金　{dj(L)}"),
        ("plain", "　　　（令和七年十二月二十日から令和八年一月八日まで年十四パーセント）"),
        ("indent", f"四、合計　{dj(T)}"),
        ("body", "なお、令和八年一月九日以降も完済に至るまで、残元金に対し年十四パーセントの割合による遅延損害金が日々"
                 "発生いたします。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年一月八日"),
        ("low", "北海道函館市うみかぜ通九丁目九番九号"),
        ("low", "うみねこ信用金庫"),
        ("low", "理事長　帆足　重信"),
        ("low", "（融資管理部）電話〇一三八（〇〇）四一七二"),
        ("blank", ""),
        ("low", "北海道北斗市なないろ町九丁目九番九号"),
        ("low", "刈谷　正臣　殿"),
    ]
    pages = vertical_page(vsplit(cols, per_col(size)), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "理事長", "square", "うみねこ信用金庫理事長之印", 11401, dx=-2.5, dy=-8.0, size=13, angle=-4)
    pg.items.append(post_office_stamp(pg, 11402))
    tr = truth(document_type="acceleration_notice", sender="うみねこ信用金庫", phone="0138-00-4172",
               creditor="うみねこ信用金庫", status="not_applicable", debtor="刈谷正臣", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=iss, payment_due=D(2026, 1, 23),
               acceleration=D(2025, 12, 19), last_payment=D(2025, 8, 25), reference=None,
               input_kind="vertical_pdf", template="proxy11_vertical_shinkin_daiji", received=D(2026, 1, 9))
    return dict(stem="y04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, 信用金庫)",
                unusual="縦書き 内容証明 期限の利益喪失通知書 of a 信用金庫 (digital): every amount in 大字 (金参百八拾弐万四千円, "
                        "the 合計 too); 催告 11/28 with deadline 12/19 → 「十二月十九日の経過をもって」; contract interest "
                        "at 年二・八パーセント and damages at 年十四パーセント in bracketed window columns; 当初貸付 金六百万円 "
                        "(distractor); 令和八年一月二十三日限り; NO reference number; kanji-digit phone with a 4-digit "
                        "area code; 理事長 square seal; 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# y05 住宅金融 company after 競売 with 配当, 2-page image PDF: page 1 only the total (￥…-), page 2 the 配当充当 table
#     (history) and the claim breakdown; JIS dates (R8.2.13); (ケ) number and 当初融資額 as distractors.


def y05():
    R = 14.0
    DAMB, INTB, PB = 1_984_220, 118_469, 22_401_622
    DIV = 14_630_000
    toP = DIV - DAMB - INTB
    P = PB - toP
    iss, due = D(2026, 2, 13), D(2026, 3, 13)
    L = late(P, R, D(2025, 11, 21), iss)
    T = P + L
    y = lambda n: f"￥{n:,}-"  # noqa: E731
    p = Page(font="serif", size=10.5, top=16)
    p.line("R8.2.13", align="r")
    p.line("債権管理番号　IZ-0412-7733", align="r", size=9.5)
    p.gap(2)
    p.line("〒630-0000", size=9.5)
    p.line("奈良県奈良市しかのその町九丁目9番9号　ハイツ若草101", size=9.5)
    p.line("五百旗頭　亮　殿", size=14)
    p.gap(3)
    top = p.y
    p.line("株式会社いずみ野住宅金融", x=122, size=12, font="serif-bold")
    p.line("債権管理部　特別管理課", x=122, size=9.5)
    p.line("〒540-0000 大阪市中央区おおてまえ九丁目9番9号", x=122, size=8.5)
    p.line("TEL 06-0000-8315（直通）", x=122, size=9.5)
    p.seal(184, top + 6, 13, "round", "いずみ野住宅金融|債権管理/部長印", angle=7, seed=11501)
    p.gap(6)
    p.title("担保不動産競売後の残債務のお支払いについて", size=14.5, font="serif-bold")
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para("さて、貴殿に対する当社住宅ローン債権につきましては、担保不動産（奈良県奈良市しかのその町所在の土地建物）の"
           "競売手続において、R7.11.20 の配当期日に当社が配当を受け、これを貴殿の債務に充当いたしました。")
    p.para("しかしながら、配当金を充当した後も、なお下記の残債務がございます。充当の内容及び残債務の内訳は、別紙（２枚目）"
           "「残債務明細書」のとおりです。")
    p.para("つきましては、残債務全額を一括して、下記お支払期限までにお支払いくださいますようご請求申し上げます。ご一括での"
           "お支払いが難しい場合も、必ず期限までに担当者へご連絡ください。")
    p.line("敬具", x=176)
    p.gap(2)
    p.line("記", align="c")
    y0 = p.y
    p.box(30, y0, 150, 26, width=0.8)
    p.at(36, y0 + 9, "残債務合計（R8.2.13現在）", size=11.5, font="serif-bold")
    p.at(174, y0 + 9.5, y(T), size=15, font="serif-bold", align="r")
    p.at(36, y0 + 20, "お支払期限", size=11.5, font="serif-bold")
    p.at(174, y0 + 20, f"R8.3.13{wd(due)}", size=13, font="serif-bold", align="r")
    p.y = y0 + 32
    p.para("お振込先　なにわ野銀行　本店営業部　普通預金　1188420　カ）イズミノジュウタクキンユウ", size=9.5, indent="")
    p.para("※内訳は別紙をご覧ください。R8.2.14以降も、残元金に対し年14.0％の割合による遅延損害金が発生いたします。",
           size=9.5, indent="")
    p.line("以上", x=176)
    p.y = 284
    p.line("1／2", align="c", size=8.5)

    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10.5)
    q.title("残債務明細書", size=14, font="serif-bold")
    q.line("債権管理番号　IZ-0412-7733　　　債務者　五百旗頭　亮　殿", size=9.5)
    q.gap(3)
    q.line("１　ご融資及び競売の概要", size=10.5, font="serif-bold")
    q.kv([("ご融資日", "H20.6.27"), ("当初ご融資額", "32,000,000円（住宅ローン・35年）"),
          ("最終ご弁済日", "R6.8.27"), ("期限の利益喪失日", "R6.12.10"),
          ("競売事件", "奈良地方裁判所　令和7年(ケ)第118号　担保不動産競売事件"),
          ("配当期日", "R7.11.20"), ("配当額", f"{DIV:,}円")], x=26, label_w=38, size=9.8)
    q.gap(3)
    q.line("２　配当金の充当（R7.11.20）", size=10.5, font="serif-bold")
    q.table([["項目", "充当前残高", "充当額", "充当後残高"],
             ["遅延損害金", f"{DAMB:,}", f"{DAMB:,}", "0"],
             ["利息", f"{INTB:,}", f"{INTB:,}", "0"],
             ["元金", f"{PB:,}", f"{toP:,}", f"{P:,}"],
             ["計", f"{DAMB + INTB + PB:,}", f"{DIV:,}", f"{P:,}"]], [40, 42, 42, 42], x=22, header=True, size=9.8)
    q.line("（単位：円）", x=188, size=8.5, align="r")
    q.gap(3)
    q.line("３　現在の残債務（R8.2.13現在）", size=10.5, font="serif-bold")
    q.table([["残元金", y(P), "配当充当後の元金"],
             ["遅延損害金", y(L), "R7.11.21～R8.2.13（85日）年14.0％"],
             ["合計", y(T), ""]], [40, 46, 80], x=22, aligns="lrl", size=10.5, row_h=10, shade_col0=True)
    q.gap(4)
    q.para("※遅延損害金は年365日の日割計算です。※配当期日までの損害金及び利息は、配当金により全額充当済みです。", size=9,
           indent="")
    q.y = 284
    q.line("2／2", align="c", size=8.5)
    assert (iss - D(2025, 11, 21)).days + 1 == 85
    tr = truth(document_type="collection_notice", sender="株式会社いずみ野住宅金融", phone="06-0000-8315",
               creditor="株式会社いずみ野住宅金融", status="not_applicable", debtor="五百旗頭亮", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=iss, payment_due=due, acceleration=D(2024, 12, 10),
               last_payment=D(2024, 8, 27), reference="IZ-0412-7733", input_kind="pdf_scan",
               template="proxy11_housing_finance_auction_page2", received=D(2026, 2, 16))
    return dict(stem="y05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="collection_notice (住宅金融, rest after 競売 with 配当)",
                unusual="housing-finance company's claim for the rest after a 担保不動産競売, a 2-page image-only PDF: page 1 "
                        "has ONLY the total in a framed box as ￥10,…- and the due date; the breakdown is on page 2 "
                        "(別紙 残債務明細書); JIS dates throughout (R8.2.13, H20.6.27); p.2 a label list (当初ご融資額 "
                        "32,000,000, (ケ) case number, 配当額 14,630,000 — distractors), a 配当金の充当 table (history) and a "
                        "shaded-label claim table 残元金 / 遅延損害金 / 合計; sender block right with a round seal over it")


# ---------------------------------------------------------------------------------------------
# y06 invented servicer ともづな債権回収 (第158号) after 任意売却, one-page fax: colon lines for the facts, the claim
#     ONLY in prose (「元金○円及び遅延損害金○円の合計○円」), sale figures as distractors.


def y06():
    R = 14.5
    P = 3_418_552
    iss, due = D(2026, 1, 16), D(2026, 2, 6)
    L = late(P, R, D(2025, 11, 1), iss)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.line("ともづな債権回収株式会社", size=13, font="sans-bold")
    p.line("法務大臣許可番号第158号", size=8.5)
    p.line("〒460-0000 名古屋市中区さかえ九丁目9番9号　TEL 052-000-1584　FAX 052-000-1585", size=8.5)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.8))
    p.gap(4)
    p.kv([("送信先", "鰐淵　孝之　様"), ("送信日", f"令和8年1月16日{wd(iss)}"), ("枚数", "本紙を含め1枚"),
          ("弊社管理番号", "TZ-7715-0093")], x=20, label_w=30, sep="：", size=10)
    p.gap(4)
    p.title("任意売却後の残債務についてのご請求", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("弊社は、令和7年7月15日、株式会社あまつぶ銀行（以下「原債権者」）から、貴殿に対する住宅ローン債権（平成26年"
           "3月20日付金銭消費貸借契約）を譲り受けております。貴殿は、令和7年2月3日をもって同債権について期限の利益を"
           "喪失されております。")
    p.para("担保不動産につきましては、令和7年10月31日に任意売却の決済が行われ、売却代金15,200,000円から仲介手数料等の"
           "諸費用842,600円を控除した14,357,400円を、貴殿の債務に充当いたしました。")
    p.para(f"その結果、本日現在の残債務は、元金{P:,}円及び遅延損害金{L:,}円（令和7年11月1日から令和8年1月16日まで"
           f"年14.5％の割合）の合計{T:,}円となっております。")
    p.para(f"つきましては、上記残債務全額を令和8年2月6日{wd(due)}までにお支払いいただくか、同日までにご返済方法について"
           "弊社担当までご連絡くださいますようお願い申し上げます。ご連絡がない場合は、やむを得ず法的手続を検討いたします。")
    p.line("敬具", x=180)
    p.gap(3)
    p.kv([("お振込先", "しゃちほこ中央銀行　栄支店　普通預金　3015584"),
          ("口座名義", "トモヅナサイケンカイシュウ（カ"),
          ("ご連絡先", "債権管理部　担当　六車（むぐるま）　TEL 052-000-1584")], x=26, label_w=26, sep="：", size=9.8)
    p.gap(4)
    p.para("※本書はファクシミリにより送信しております。お手元に届かない頁がございましたら、お手数ですが弊社までご連絡"
           "ください。※本状と行き違いにお支払い済みの場合はご容赦ください。", size=8.5, indent="")
    p.seal(176, 22, 12, "square", "ともづな債権回収印", angle=3, seed=11601)
    tr = truth(document_type="collection_notice", sender="ともづな債権回収株式会社", license_number=158,
               phone="052-000-1584", creditor="ともづな債権回収株式会社", status="unverified",
               original="株式会社あまつぶ銀行", debtor="鰐淵孝之", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=iss, payment_due=due, acceleration=D(2025, 2, 3), assignment=D(2025, 7, 15),
               reference="TZ-7715-0093", input_kind="fax_tiff", template="proxy11_invented_servicer_voluntary_sale_prose",
               received=iss)
    return dict(stem="y06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/01/16 11:42  FROM: TOMODUNA SERVICER  052-000-1585",
                about="collection_notice (invented servicer, rest after 任意売却, by fax)",
                unusual="invented servicer ともづな債権回収 printing 「法務大臣許可番号第158号」 (→ unverified); one-page G3 fax "
                        "with a 送信先/送信日/枚数 colon block; NO table: the claim is ONLY in prose 「元金…円及び遅延損害金…円"
                        "（…年14.5％の割合）の合計…円」; the sale figures (売却代金 15,200,000, 諸費用 842,600, 充当 14,357,400) "
                        "and the 平成26年 contract date as distractors; 譲受 7/15 and 喪失 2/3 in prose; 「全額を…お支払い"
                        "いただくか…ご連絡」; the fax header shows the FAX, not the TEL")


# ---------------------------------------------------------------------------------------------
# y07 joint 債権譲渡通知書 (信販 → real servicer アウロラ債権回収 第76号), 2-page digital: the two parties stacked at the
#     BOTTOM of page 1; page 2 a 譲渡債権目録 grid with full-width digits; only informs.


def y07():
    R = 6.0
    P, FEE = 318_204, 22_619
    asg = D(2026, 3, 2)
    L = late(P, R, D(2025, 9, 11), asg)
    T = P + FEE + L
    iss = D(2026, 3, 9)
    p = Page(font="serif", size=10.5, top=18)
    p.line("令和8年3月9日", align="r")
    p.gap(2)
    p.line("〒812-0000", size=9.5)
    p.line("福岡県福岡市博多区なかす川端九丁目9番9号", size=9.5)
    p.line("左右田　美和　様", size=14)
    p.gap(8)
    p.title("債　権　譲　渡　通　知　書", size=16, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("譲渡人株式会社あやめ野クレジットは、貴殿との間のショッピングクレジット契約（個品割賦購入あっせん）に基づき貴殿に"
           "対して有する別紙債権目録記載の債権を、令和8年3月2日付で、譲受人アウロラ債権回収株式会社に譲渡いたしました。")
    p.para("よって、民法第467条に基づき、譲渡人及び譲受人の連名をもって、本書によりご通知申し上げます。")
    p.para("今後、本債権のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。ご返済方法等については、譲受人から"
           "別途ご案内を差し上げます。なお、譲渡人へのお支払いは、今後受け付けておりませんのでご注意ください。")
    p.line("敬具", x=178)
    p.gap(3)
    p.kv([("譲渡日", "令和8年3月2日"), ("譲渡債権", "別紙債権目録記載のとおり"),
          ("譲受債権番号", "AU-2603-11857")], x=30, label_w=32, sep="", size=10.5)
    p.gap(10)
    y = p.y
    p.line("譲渡人", x=24, size=10, font="serif-bold")
    p.line("福岡県福岡市中央区てんじん九丁目9番9号", x=40, size=9.5)
    p.line("株式会社あやめ野クレジット　代表取締役　宇津木　昌也", x=40, size=10.5)
    p.line("（旧お問合せ先　0120-000-445）", x=40, size=8.5)
    p.seal(180, y + 6, 12, "round", "あやめ野クレジット|代表取締役/印", angle=-5, seed=11701)
    p.gap(5)
    y = p.y
    p.line("譲受人", x=24, size=10, font="serif-bold")
    p.line("東京都港区あたごやま九丁目9番9号", x=40, size=9.5)
    p.line("アウロラ債権回収株式会社　代表取締役　勅使河原　透", x=40, size=10.5)
    p.line("法務大臣許可番号　第76号", x=40, size=9.5)
    p.line("お問合せ　債権管理部　TEL 03-0000-7620（平日9時～17時30分）", x=40, size=9.5)
    p.seal(180, y + 7, 12, "round", "アウロラ債権回収|代表取締役/印", angle=6, seed=11702)
    p.y = 285
    p.line("（１枚目／全２枚）", align="c", size=8.5)

    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10.5)
    q.title("債　権　目　録", size=14.5, font="serif-bold")
    rows = [("契約の種類", "ショッピングクレジット（個品割賦購入あっせん）"),
            ("販売店・商品", "エステサロン「リーベル表参道」　美容施術コース"),
            ("契約日", "令和５年１１月１８日"),
            ("現金販売価格", "４６２，０００円"),
            ("割賦販売価格", "５３１，３００円（分割払手数料６９，３００円を含む）"),
            ("支払方法", "３６回払い（初回１５，０５０円、２回目以降１４，７５０円）"),
            ("最終お支払日", "令和７年６月２７日"),
            ("期限の利益喪失日", "令和７年９月１０日（割賦販売法第３０条の２の４による催告期間の経過）")]
    for lab, val in rows:
        y = q.y
        q.box(20, y, 42, 9, width=0.3, fill=SHADE)
        q.box(62, y, 128, 9, width=0.3)
        q.at(22, y + 6.2, lab, size=9.8)
        q.at(64, y + 6.2, val, size=9.5)
        q.y += 9
    q.gap(6)
    q.line("譲渡債権額（令和８年３月２日現在）", size=11, font="serif-bold")
    q.table([["割賦元金残高", fw(f"{P:,}円")],
             ["分割払手数料（未払分）", fw(f"{FEE:,}円")],
             ["遅延損害金（令和７年９月１１日～令和８年３月２日・年６．０％）", fw(f"{L:,}円")],
             ["合　計", fw(f"{T:,}円")]], [125, 45], x=20, size=10, row_h=9.5)
    q.gap(4)
    q.para("※遅延損害金は割賦元金残高に対し年365日の日割計算によります。※令和８年３月３日以降の遅延損害金は譲受人が"
           "別途計算いたします。", size=9, indent="")
    q.y = 285
    q.line("（２枚目／全２枚）", align="c", size=8.5)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7620", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社あやめ野クレジット", debtor="左右田美和", total=T, principal=P, interest=FEE,
               late_damages=L, rate=R, lump=False, issued=iss, acceleration=D(2025, 9, 10),
               last_payment=D(2025, 6, 27), assignment=asg, reference="AU-2603-11857",
               input_kind="pdf_text_2page", template="proxy11_joint_assignment_shopping_credit", received=D(2026, 3, 11))
    return dict(stem="y07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, 信販 ショッピングクレジット → servicer)",
                unusual="joint 債権譲渡通知書 on 2 digital pages: the real servicer アウロラ債権回収 with 「法務大臣許可番号 "
                        "第76号」 ★ (new role: a 個品割賦 debt) and the 信販 譲渡人 STACKED at the BOTTOM of page 1 (譲渡人 "
                        "first, with its old 0120 number as a distractor); p.2 債権目録 as a shaded-label grid in full-width "
                        "digits (販売店 name, 現金販売価格 462,000, 割賦販売価格 531,300, 36回 instalments — distractors; "
                        "最終お支払日, 期限の利益喪失日) and the 譲渡債権額 table 割賦元金残高 / 分割払手数料（未払分） / "
                        "遅延損害金 at 年６．０％ / 合計; only informs (lump false, no date)")


# ---------------------------------------------------------------------------------------------
# y08 lawyers' 縦書き 内容証明 催告書 for a nursing-home operator (社会福祉法人), scanned: fees only, no damages claimed
#     (rate null), full-width file number, two lawyers.


def y08():
    P = 873_640
    iss = D(2026, 4, 3)
    size = 10.0
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、社会福祉法人つばき野会（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に"
                 "対し、次のとおり催告いたします。"),
        ("body", "貴殿は、令和五年十月二日、通知人との間で、貴殿のご母堂舎人キヌ様が通知人の運営する特別養護老人ホーム"
                 "つばき野苑に入所するにあたり、契約者として入所利用契約を締結されました。"),
        ("body", "しかるに、同契約に基づく令和七年四月分から同年九月分までの利用料（介護サービス費の利用者負担分、居住費、"
                 "食費及び日常生活費）がお支払いいただけておらず、令和七年三月三十一日のお支払いを最後に、通知人からの"
                 "再三の請求にもかかわらず、現在までお支払いがありません。"),
        ("indent", "記"),
        ("indent", f"一、未払利用料合計（令和七年四月分ないし九月分）　{kj(P)}"),
        ("indent", f"二、ご請求金額　{kj(P)}"),
        ("body", "つきましては、右ご請求金額を令和八年四月十七日限り、左記当職ら預り金口座にお振込みください。"
                 "なお、遅延損害金につきましては、本書においては請求を差し控えます。"),
        ("body", "右期限までにお支払い又はご連絡のない場合には、通知人の指示に基づき、訴訟提起等の法的手続をとらせて"
                 "いただきますので、ご承知おきください。本件のご連絡は当職らまでお願いいたします。"),
        ("low", "当職ら整理番号　ＫＧ－２６０１４"),
        ("low", "預り金口座　ちくし野銀行　天神支店　普通預金　〇四四八二一九"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和八年四月三日"),
        ("low", "福岡市中央区あかさか九丁目九番九号　みどりビル三階"),
        ("low", "きらら坂法律事務所　電話〇九二（〇〇〇）七三一五"),
        ("low", "右通知人代理人　弁護士　波多野　慧"),
        ("low", "同　　　　　　　弁護士　古閑　りえ"),
        ("blank", ""),
        ("low", "福岡県糸島市しおさい台九丁目九番九号"),
        ("low", "舎人　正嗣　殿"),
    ]
    pages = vertical_page(vsplit(cols, per_col(size)), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "右通知人代理人", "maru", "波多野", 11801, dx=0.0, dy=-4.0, size=9, angle=0)
    _seal_on(pg, "同　", "maru", "古閑", 11802, dx=0.0, dy=-4.0, size=9, angle=0)
    pg.items.append(post_office_stamp(pg, 11803))
    tr = truth(document_type="collection_notice", sender="きらら坂法律事務所", phone="092-000-7315",
               creditor="社会福祉法人つばき野会", status="not_applicable", debtor="舎人正嗣", total=P, principal=P,
               lump=False, issued=iss, payment_due=D(2026, 4, 17), last_payment=D(2025, 3, 31), reference="KG-26014",
               input_kind="vertical_scan", template="proxy11_vertical_lawyers_nursing_home", received=D(2026, 4, 6))
    return dict(stem="y08", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (縦書き 内容証明, lawyers for a nursing-home operator)",
                unusual="縦書き 内容証明 催告書 (冠省 … 草々) from TWO lawyers of one office for a 社会福祉法人 (unpaid 特養 "
                        "fees), scanned; the addressee is the resident's son as 契約者 (the resident is named in the text); "
                        "only fees: 未払利用料合計 = ご請求金額 in positional kanji, damages expressly NOT claimed (rate and "
                        "late damages null); 令和八年四月十七日限り; full-width 整理番号 ＫＧ－２６０１４; phone in the office "
                        "column; two small 認印; 郵便認証司 stamp")


LETTERS = [y01, y02, y03, y04, y05, y06, y07, y08]
_ = (RED, BROWN, fw)
