"""Proxy set 8, letters u01–u08: a public lender's 期限の利益喪失 over two loans, a 信用金庫 縦書き 期限の利益喪失
(two loans), 光回線・携帯 charges collected by a servicer on commission, a 支払督促 (高松簡裁), a lawyer's 縦書き
内容証明 for a scholarship guarantor, a consumer-finance 最終通知 in prose, a servicer's 分割弁済合意書（案） and an
invented servicer's 残債務確認書 request by fax."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, late, leader, seal_after, truth

from samples.letters.fmt import fmt_date, fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Box, Line, Seal, Text, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.13, 0.40, 0.28)
ORANGE = (0.93, 0.46, 0.10)
WHITE = (1.0, 1.0, 1.0)


def kj(n: int) -> str:
    """金百四十八万六千二百円 (positional kanji, vertical letters)."""
    return "金" + kanji_number(n) + "円"


def dj(n: int) -> str:
    """金壱百九拾参万七千四百弐拾円 (大字)."""
    return "金" + kanji_number(n, daiji=True) + "円"


# ---------------------------------------------------------------------------------------------
# u01 public lender (invented 「国民事業振興金融公庫」) 期限の利益喪失 over TWO business loans, digital PDF: green letterhead
#     band across the top, a ご融資の内容 table full of distractors (貸付日/ご融資額/最終弁済期日/毎月のご返済額), then a
#     per-loan ご返済残高明細 (残存元金/利息/確定損害金/計) with a 合計 row; contact box at the foot.


def u01():
    R = 14.5
    P1, I1 = 3_126_400, 18_233
    P2, I2 = 6_840_000, 41_925
    L1 = late(P1, R, D(2025, 12, 27), D(2026, 1, 14))
    L2 = late(P2, R, D(2025, 12, 27), D(2026, 1, 14))
    P, INT, L = P1 + P2, I1 + I2, L1 + L2
    T = P + INT + L
    p = Page(font="sans", size=10, top=12)
    p.box(20, 10, 170, 15, width=0.3, color=None, fill=GREEN)
    p.at(105, 18.6, "株式会社国民事業振興金融公庫", size=15, font="sans-bold", align="c", color=WHITE)
    p.at(105, 23.2, "盛岡支店　国民生活事業", size=8.5, align="c", color=WHITE)
    p.y = 29
    p.line("令和8年1月14日", align="r", size=10)
    p.line("ご融資先番号　7031-0458-22", align="r", size=9.5)
    p.line("〒020-0000　岩手県盛岡市なかのはし通九丁目9番9号", size=9.5)
    p.line("そば処さわ田", size=10.5)
    p.line("代表　沢田　健吾　様", size=13)
    p.gap(4)
    p.title("期限の利益喪失のご通知及び残債務のご請求について", size=13.5)
    p.para("貴殿は、当公庫との間の下記ご融資について、令和7年8月29日のご返済を最後に、その後の約定返済をされておりません。"
           "当公庫は、令和7年12月10日付「ご返済についての催告書」により、同年12月26日までに延滞金額をお支払いいただくよう"
           "お願いいたしましたが、期限までにお支払いがございませんでした。")
    p.para("つきましては、金銭消費貸借契約証書第8条の定めにより、令和7年12月26日の経過をもって、下記ご融資の全額について"
           "期限の利益を喪失されましたので、ご通知いたします。あわせて、下記ご返済残高の合計額を、お支払い最終期限までに"
           "一括してご返済くださいますよう請求いたします。")
    p.gap(2)
    p.line("１．ご融資の内容", size=10, font="sans-bold")
    p.table([["区分", "貸付日", "ご融資額", "最終弁済期日", "毎月のご返済額"],
             ["① 普通貸付", "令和3年7月9日", "5,000,000円", "令和10年6月30日", "61,400円"],
             ["② 特別貸付（経営環境対応）", "令和4年2月18日", "8,000,000円", "令和14年1月31日", "72,000円"]],
            [50, 30, 28, 32, 30], header=True, aligns="lcrcr", size=8.8)
    p.gap(3)
    p.line("２．ご返済残高明細（令和8年1月14日現在）", size=10, font="sans-bold")
    p.at(190, p.y - 1.2, "（単位：円）", size=8, align="r")
    p.table([["区分", "残存元金", "利息", "確定損害金", "計"],
             ["① 普通貸付", f"{P1:,}", f"{I1:,}", f"{L1:,}", f"{P1 + I1 + L1:,}"],
             ["② 特別貸付", f"{P2:,}", f"{I2:,}", f"{L2:,}", f"{P2 + I2 + L2:,}"],
             ["合計", f"{P:,}", f"{INT:,}", f"{L:,}", f"{T:,}"]],
            [40, 34, 30, 30, 36], header=True, size=9.5)
    p.gap(2)
    p.para("（注）利息は令和7年12月26日までの約定利息、確定損害金は各残存元金に対する令和7年12月27日から令和8年1月14日"
           "まで年14.5％（年365日の日割計算）の割合による損害金です。", size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.box(20, y, 170, 11, width=0.6)
    p.at(24, y + 7.3, "ご返済残高合計（ご請求金額）", size=11, font="sans-bold")
    p.at(186, y + 7.5, f"金{T:,}円", size=13, font="sans-bold", align="r")
    p.y = y + 14
    p.kv([("お支払い最終期限", "令和8年1月30日（金）"),
          ("最終ご入金日", "令和7年8月29日"),
          ("期限の利益喪失日", "令和7年12月26日"),
          ("損害金の割合", "年14.5％（令和8年1月15日以降も完済まで発生します）"),
          ("お振込先", "みちのく中央銀行 盛岡本町支店 普通 1184402 カ）コクミンジギョウシンコウキンユウコウコ")],
         x=22, label_w=36, sep="", size=9.5)
    p.gap(2)
    p.para("期限までにご返済がない場合は、保証人様への請求及び担保権の実行その他の法的手続をとらせていただきますので、"
           "あらかじめご承知おきください。ご事情によりご返済が困難な場合は、期限までに下記担当までご相談ください。", size=9)
    y = 262
    p.box(20, y, 170, 18, width=0.3)
    p.at(24, y + 5.5, "お問合せ先", size=8.5, font="sans-bold")
    p.at(24, y + 10.5, "株式会社国民事業振興金融公庫　盛岡支店　国民生活事業　融資第二課（担当：菅野）", size=9.5)
    p.at(24, y + 15.5, "〒020-0000 盛岡市さくらばし九丁目9番9号　　TEL 019-000-3841　／　FAX 019-000-3849", size=9)
    p.seal(178, y + 9, 14, "square", "国民事業振興金融公庫盛岡支店長印", angle=-3, seed=8101)
    tr = truth(document_type="acceleration_notice", sender="株式会社国民事業振興金融公庫", phone="019-000-3841",
               creditor="株式会社国民事業振興金融公庫", status="not_applicable", debtor="沢田健吾", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 14), payment_due=D(2026, 1, 30),
               acceleration=D(2025, 12, 26), last_payment=D(2025, 8, 29), reference="7031-0458-22",
               input_kind="pdf_text", template="proxy8_public_lender_two_loans", received=D(2026, 1, 16))
    return dict(stem="u01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (public lender, two loans)",
                unusual="invented public lender 「株式会社国民事業振興金融公庫」 (盛岡支店 国民生活事業) with a green letterhead band; "
                        "addressee with 屋号 line 「そば処さわ田」 + 「代表 沢田 健吾 様」; label ご融資先番号; TWO loans: a "
                        "ご融資の内容 table of distractors (貸付日, ご融資額 5,000,000/8,000,000, 最終弁済期日 = maturity, "
                        "毎月のご返済額) then a ご返済残高明細 with 残存元金/利息/確定損害金/計 per loan and a 合計 row; "
                        "ご返済残高合計（ご請求金額） in a box; お支払い最終期限 with weekday; 催告 12/10 vs 喪失 12/26; "
                        "rate 14.5%; contact box at the foot with TEL/FAX")


# ---------------------------------------------------------------------------------------------
# u02 信用金庫 縦書き 内容証明 期限の利益喪失通知書 over TWO loans, scanned: each loan its own 元金/利息/損害金 in positional
#     kanji, then 以上合計; 当初借入額 in the loan lines as distractors; 4-digit area code in kanji.


def u02():
    R = 14.6
    P1, I1 = 1_486_200, 6_318
    P2, I2 = 472_915, 2_104
    L1 = late(P1, R, D(2025, 12, 9), D(2025, 12, 15))
    L2 = late(P2, R, D(2025, 12, 9), D(2025, 12, 15))
    P, INT, L = P1 + P2, I1 + I2, L1 + L2
    T = P + INT + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間で締結した左記一及び二の各金銭消費貸借契約に基づく毎月二十六日の約定返済を、"
                 "令和七年九月二十六日の返済を最後に怠っております。"),
        ("body", "当金庫は、令和七年十一月十日付書面により、同年十二月八日までに延滞額を支払うよう催告いたしましたが、"
                 "貴殿は右期限までにお支払いになりませんでした。よって、貴殿は、信用金庫取引約定書第五条第二項の定めにより、"
                 "令和七年十二月八日の経過をもって、左記各契約についての期限の利益を喪失しました。"),
        ("body", "令和七年十二月十五日現在の貴殿の債務は、次のとおりです。"),
        ("indent", "一、住宅改良ローン（令和四年五月十六日契約、当初借入額金三百五十万円）"),
        ("plain", f"　　　元金　{kj(P1)}、利息　{kj(I1)}、損害金　{kj(L1)}"),
        ("indent", "二、マイカーローン（令和五年三月二日契約、当初借入額金百八十万円）"),
        ("plain", f"　　　元金　{kj(P2)}、利息　{kj(I2)}、損害金　{kj(L2)}"),
        ("indent", f"　　以上合計　{kj(T)}"),
        ("body", "右損害金は、各元金に対する令和七年十二月九日から同月十五日まで年十四・六パーセントの割合"
                 "（年三百六十五日の日割計算）によるものです。"),
        ("body", "つきましては、右合計金額を令和八年一月九日限り、当金庫本店営業部に持参し又は左記口座に送金して、"
                 "一括してお支払いください。右期限までにお支払いのないときは、担保権の実行その他の法的手続をとらせて"
                 "いただきます。"),
        ("low", "振込先　ほたるび信用金庫本店営業部　普通預金　〇〇四一七七二"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十二月十五日"),
        ("low", "群馬県桐生市ほたる町九丁目九番九号"),
        ("low", "（融資部管理課）電話〇二七七（〇〇）四一六三"),
        ("low", "ほたるび信用金庫"),
        ("low", "理事長　鏑木　正彦"),
        ("blank", ""),
        ("low", "群馬県みどり市わかば台九丁目九番地九"),
        ("low", "坂巻　隆之　殿"),
    ]
    pages = vertical_page(cols, size=10, col_pitch=6.4, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("理事長"):
            pg.items.append(Seal(it.x - 3.0, seal_after(it, 10, 2.0) - 6.0, 13, "square", "ほたるび信用金庫理事長之印",
                                 angle=4, seed=8201))
    pg.items.append(post_office_stamp(pg, 8202))
    tr = truth(document_type="acceleration_notice", sender="ほたるび信用金庫", phone="0277-00-4163",
               creditor="ほたるび信用金庫", status="not_applicable", debtor="坂巻隆之", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2025, 12, 15), payment_due=D(2026, 1, 9),
               acceleration=D(2025, 12, 8), last_payment=D(2025, 9, 26), reference=None,
               input_kind="vertical_scan", template="proxy8_vertical_shinkin_two_loans", received=D(2025, 12, 17))
    return dict(stem="u02", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, 信用金庫, two loans)",
                unusual="縦書き 内容証明 期限の利益喪失通知書 from a 信用金庫, scanned; TWO loans (住宅改良ローン + マイカーローン), each "
                        "with its own 元金/利息/損害金 column in positional kanji (金百四十八万六千二百円) and the 当初借入額 "
                        "(金三百五十万円 / 金百八十万円) as distractors in the same loan line; 以上合計 column = total; "
                        "催告 11/10 with deadline 12/8 → 「十二月八日の経過をもって」; 令和八年一月九日限り; account number in "
                        "kanji digits; 4-digit area code 〇二七七（〇〇）四一六三; square seal over the 理事長 column; no reference")


# ---------------------------------------------------------------------------------------------
# u03 real servicer ニッテレ債権回収 (第7号) collecting 光回線 + 携帯 charges on commission, iPhone HEIC: orange header band,
#     受託日 and 委託元 お客様ID / masked 回線番号 as distractors, 4 charge rows with a ご利用料金等小計 (= principal).


def u03():
    R = 14.5
    items = [("光回線ご利用料金", "令和7年8月～10月分", 17_490), ("携帯電話ご利用料金", "令和7年8月～11月分", 22_836),
             ("光回線 契約解除料", "令和7年11月30日解除", 4_950), ("端末代金分割支払金残額", "残18回分（期限の利益喪失）", 61_380)]
    P = sum(a for _, _, a in items)
    L = late(P, R, D(2025, 12, 1), D(2026, 2, 18))
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.box(0, 0, 210, 8, width=0.3, color=None, fill=ORANGE)
    p.y = 13
    top = p.y
    p.line("ニッテレ債権回収株式会社", size=13, font="sans-bold")
    p.line("法務大臣許可番号　第7号", size=8.5)
    p.line("受託業務部", size=9)
    p.y = top
    p.line("発行日　令和8年2月18日", align="r", size=9.5)
    p.line("当社管理番号　NT-2602-07715", align="r", size=9.5)
    p.seal(118, top + 6, 13, "square", "ニッテレ債権回収株式会社", angle=2, seed=8301)
    p.y = top + 20
    p.line("〒900-0000　沖縄県那覇市でいご町九丁目9番9号　ハイツでいご202", size=9.5)
    p.line("玉城　大輔　様", size=13.5)
    p.gap(3)
    p.title("ご利用料金等のお支払いについて（ご請求）", size=14)
    p.para("当社は、そよかぜテレコム株式会社（以下「委託元」といいます。）から、お客様の下記ご契約に係る未払料金等の管理"
           "及び回収業務の委託を受けております。債権者は引き続き委託元であり、当社は委託元に代わってお支払いを受領いたします。",
           size=9.5)
    p.para("委託元の記録では、令和7年8月27日のご入金を最後にお支払いが確認できず、令和7年11月30日付でご契約が解除"
           "（強制解約）されております。端末代金の分割支払金につきましても、同日をもって期限の利益を喪失し、残額全額の"
           "お支払いが必要となっております。つきましては、下記金額をご入金期日までにお支払いください。", size=9.5)
    p.gap(1)
    p.kv([("委託元", "そよかぜテレコム株式会社（そよかぜ光・そよかぜモバイル）"),
          ("受託日", "令和8年1月20日"),
          ("お客様ID（委託元）", "SZ00418827"),
          ("ご契約回線番号", "080-****-2417"),
          ("最終ご入金日", "令和7年8月27日")], x=24, label_w=40, size=9)
    p.gap(2)
    rows = [["ご請求項目", "対象期間・内容", "金額（円）"]]
    rows += [[a, b, f"{c:,}"] for a, b, c in items]
    rows += [["ご利用料金等小計", "", f"{P:,}"],
             ["支払遅延損害金", "R7.12.1～R8.2.18　年14.5％", f"{L:,}"],
             ["ご請求金額合計", "", f"{T:,}"]]
    p.table(rows, [58, 70, 42], header=True, aligns="llr", size=9.5)
    p.gap(3)
    y = p.y
    p.box(24, y, 162, 12, width=0.7, color=ORANGE)
    p.at(28, y + 8, "ご入金期日", size=11, font="sans-bold")
    p.at(62, y + 8, "令和8年3月4日（水）", size=12, font="sans-bold")
    p.at(182, y + 8, f"ご請求金額合計　{T:,}円", size=11, font="sans-bold", align="r")
    p.y = y + 16
    p.kv([("お振込先", "みなと銀行 本店営業部 普通 7071815 ニッテレサイケンカイシュウ（カ"),
          ("", "※お振込みの際は、ご依頼人名の前に当社管理番号の下5桁（07715）をご入力ください。")],
         x=24, label_w=22, size=9)
    p.gap(2)
    p.para("※行き違いでお支払い済みの場合は、ご容赦ください。一括でのお支払いが難しい場合は、ご入金期日までに下記までご相談"
           "ください。ご連絡がない場合、委託元と協議のうえ法的手続をとることがあります。", size=8.5, indent="")
    y = 262
    p.add(Line(20, y, 190, y, 0.5, ORANGE))
    p.at(20, y + 6, "お問合せ　ニッテレ債権回収株式会社　受託業務部", size=9.5, font="sans-bold")
    p.at(20, y + 11.5, "お問合せ専用ダイヤル 03-0000-7071（平日9:30～18:00）　FAX 03-0000-7079", size=9.5)
    p.at(20, y + 16.5, "〒105-0000 東京都港区しおさい町九丁目9番9号", size=8.5)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="03-0000-7071", creditor="そよかぜテレコム株式会社", status="licensed",
               original="そよかぜテレコム株式会社", debtor="玉城大輔", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=D(2026, 2, 18), payment_due=D(2026, 3, 4), acceleration=D(2025, 11, 30),
               last_payment=D(2025, 8, 27), reference="NT-2602-07715", input_kind="photo_heic",
               template="proxy8_fiber_mobile_servicer_entrusted", received=D(2026, 2, 20))
    return dict(stem="u03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                about="collection_notice (光回線・携帯, servicer 受託)",
                unusual="real servicer ニッテレ債権回収 with 「法務大臣許可番号 第7号」 ★ collecting 光回線 + 携帯 charges on "
                        "commission (creditor = original = the carrier 委託元), iPhone HEIC; orange header band, letterhead "
                        "top-left and 発行日/当社管理番号 top-right; kv block with 受託日, お客様ID（委託元）, masked 回線番号 "
                        "(distractors); 4 charge rows incl. 契約解除料 and 端末代金分割支払金残額 with a ご利用料金等小計 row "
                        "(= principal); 支払遅延損害金 label; 強制解約 date = acceleration; ご入金期日 in an orange box next "
                        "to the total; 下5桁 (07715) note")


# ---------------------------------------------------------------------------------------------
# u04 支払督促 (高松簡裁) as a one-page digital PDF: case number in a box top-right, parties in a rows-only two-column
#     block with the creditor's 送達場所 TEL/FAX, 請求の趣旨 as a 3-column table (番号/金額/内容), no interest (auto-loan
#     立替金), distractors 現金価格/立替払額/分割支払金合計/月額/84回 in the 請求の原因.


def u04():
    R, C = 14.6, 8_420
    P = 55 * 28_050
    L = late(P, R, D(2025, 12, 6), D(2026, 2, 27))
    T = P + L + C
    fk = lambda n: fw(f"金{n:,}円")  # noqa: E731
    p = Page(font="serif", size=10, top=12, leading=1.55)
    p.box(128, 10, 62, 13, width=0.3)
    p.at(131, 15, "令和８年（ロ）第３０７号", size=10)
    p.at(131, 20.5, "立替金請求督促事件", size=9.5)
    p.y = 25
    p.title("支　払　督　促", size=18, font="serif-bold")
    top = p.y
    p.table([["債権者", "〒760-0000　香川県高松市ことでん通九丁目9番9号"],
             ["", "株式会社しまなみオートクレジット　代表者代表取締役　越智　賢治"],
             ["", "（送達場所）同社債権管理部　電話 087-000-4410　ＦＡＸ 087-000-4419"],
             ["債務者", "〒763-0000　香川県丸亀市おしろ町九丁目9番地9"],
             ["", "寒　川　　絵　美"]], [24, 146], aligns="ll", ruled="none", size=9.5, row_h=5.6)
    p.add(Line(20, top, 190, top, 0.3))
    p.add(Line(20, top + 3 * 5.6, 190, top + 3 * 5.6, 0.2))
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("令和８年３月６日", x=30, size=10.5)
    yc = p.y
    p.line("高松簡易裁判所　　裁判所書記官　　久　米　　直　人", x=78, size=11)
    p.seal(164, yc + 2.2, 12, "square", "高松簡易裁判所書記官印", angle=-2, seed=8401)
    p.gap(3)
    p.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    p.table([["番号", "金　額", "内　容"],
             ["１", fk(P), "分割支払金の残金"],
             ["２", fk(L), "遅延損害金（令和７年１２月６日～令和８年２月２７日，年１４．６％）"],
             ["３", fk(C), "督促手続費用"],
             ["合計", fk(T), ""]], [14, 38, 118], header=True, aligns="crl", size=8.6, font="serif")
    p.gap(1)
    p.para("４　上記１の金額に対する令和８年２月２８日から完済まで年１４．６％の割合による遅延損害金", size=9.5, indent="")
    p.gap(2)
    p.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    p.para("１　債権者は，債務者との間で，令和５年４月２２日，債務者が株式会社さぬきモータース（販売店）から購入した自動車"
           "（現金価格２，３８０，０００円）の代金のうち１，９８０，０００円を債権者が販売店に立替払いし，債務者は債権者に"
           "対し，立替金及び分割払手数料の合計２，３５６，２００円を，令和５年５月から８４回にわたり毎月２７日限り"
           "２８，０５０円ずつ支払う旨の契約を締結した。", size=9.5, indent="")
    p.para("２　上記契約では，債務者が支払を遅滞し，債権者から２０日以上の相当な期間を定めてその支払を書面で催告されたにも"
           "かかわらず，その期間内に支払わなかったときは期限の利益を失い，遅延損害金は年１４．６％とする旨の約定がある。",
           size=9.5, indent="")
    p.para("３　債務者は，令和７年９月２７日の支払を最後にその後の支払をせず，債権者の催告に応じなかったので，令和７年１２月"
           "５日の経過により期限の利益を喪失した。既払額は２９回分であり，分割支払金の残金は請求の趣旨１のとおりである。",
           size=9.5, indent="")
    p.para("４　よって，債権者は，債務者に対し，請求の趣旨記載の金員の支払を求める。", size=9.5, indent="")
    y = 268
    p.box(20, y, 170, 14, width=0.3)
    p.at(24, y + 5.2, "この支払督促に異議があるときは，送達を受けた日から２週間以内に督促異議の申立てをしてください。",
         size=8.5)
    p.at(24, y + 10.5, "お問合せ　高松簡易裁判所　民事受付係　電話 087-000-5121（事件番号をお知らせください。）",
         size=8.8, font="serif-bold")
    tr = truth(document_type="payment_order", sender="高松簡易裁判所", phone="087-000-5121",
               creditor="株式会社しまなみオートクレジット", status="not_applicable", debtor="寒川絵美", total=T,
               principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 3, 6),
               acceleration=D(2025, 12, 5), last_payment=D(2025, 9, 27), reference="令和8年(ロ)第307号",
               input_kind="pdf_text", template="proxy8_payment_order_takamatsu_auto", received=D(2026, 3, 9))
    return dict(stem="u04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, auto-loan 立替金)",
                unusual="支払督促 (高松簡裁) on ONE digital page: case number + 事件名 in a box top-right; parties as a rules-only "
                        "block with the creditor's 送達場所 電話/ＦＡＸ; 請求の趣旨 as a 3-column table 番号/金額/内容 with a 合計 row "
                        "and the late-damages window inside the 内容 cell; running item ４; no interest (auto-loan 立替金, "
                        "分割支払金の残金 = principal); 請求の原因 distractors 現金価格 2,380,000 / 立替払 1,980,000 / 合計 "
                        "2,356,200 / 28,050 × 84回; court phone only in the box at the foot")


# ---------------------------------------------------------------------------------------------
# u05 縦書き 内容証明 通知書 from an individual lawyer (通知人 = scholarship guarantor, 被通知人 = the borrower): 大字
#     amounts, 代位弁済 history, 貸与総額 and 保証番号 distractors, 受付番号 in full-width inside a sentence.


def u05():
    R = 10.0
    P = 1_937_420
    L = late(P, R, D(2025, 7, 11), D(2025, 11, 5))
    T = P + L
    cols = [
        ("title", "通知書"),
        ("body", "通知人公益財団法人全国育英保証協会（以下「通知人」といいます。）代理人弁護士堀之内透は、被通知人である貴殿に"
                 "対し、次のとおり通知いたします。"),
        ("body", "一　貴殿は、独立行政法人学生育英支援機構（以下「機構」といいます。）から貸与型奨学金（貸与総額金弐百八拾八万円）"
                 "の貸与を受け、通知人は、貴殿の委託に基づき、機構に対する貴殿の返還債務を保証いたしました（保証番号第〇八一二"
                 "三四五六号）。"),
        ("body", "二　貴殿は、令和六年八月二十七日の割賦金の返還を最後にその後の返還を怠り、機構は、令和六年十二月二十五日、貴殿に"
                 "対し繰上一括返還を請求し、貴殿は同日をもって期限の利益を喪失しました。"),
        ("body", f"三　通知人は、保証契約に基づき、令和七年七月十日、機構に対し、貴殿の返還未済額全額である{dj(P)}を代位弁済し、"
                 "貴殿に対し同額の求償債権を取得しました。"),
        ("body", f"四　よって、通知人は、貴殿に対し、求償元金{dj(P)}及びこれに対する令和七年七月十一日から本日までの年十パーセント"
                 f"の割合による遅延損害金{dj(L)}、以上合計{dj(T)}を、令和七年十一月二十日限り、左記口座に一括して支払うよう"
                 "請求いたします。"),
        ("body", "五　右期限までにお支払い又は御連絡のない場合は、通知人の指示により、訴訟の提起その他の法的手続に移行いたします。"
                 "なお、御照会の際は当事務所受付番号（ＨＲ２５－０３３）をお示し下さい。"),
        ("low", "振込先　ちくし銀行天神支店　普通預金　〇三一八四二七"),
        ("low", "口座名義　弁護士堀之内透預り金口"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十一月五日"),
        ("low", "福岡市中央区あかね町九丁目九番九号"),
        ("low", "通知人　公益財団法人全国育英保証協会"),
        ("low", "右代理人　堀之内総合法律事務所"),
        ("low", "弁護士　堀之内　透"),
        ("low", "電話〇九二―〇〇〇―六六一八"),
        ("blank", ""),
        ("low", "福岡県久留米市さくら台九丁目九番地九"),
        ("low", "被通知人　日比野　紗季　殿"),
    ]
    pages = vertical_page(cols, size=10, col_pitch=6.4, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("弁護士　堀之内"):
            pg.items.append(Seal(it.x, seal_after(it, 10, 6.0), 9, "maru", "堀之内", angle=0, seed=8501))
    pg.items.append(post_office_stamp(pg, 8502))
    tr = truth(document_type="collection_notice", sender="堀之内総合法律事務所", phone="092-000-6618",
               creditor="公益財団法人全国育英保証協会", status="not_applicable", original="独立行政法人学生育英支援機構",
               debtor="日比野紗季", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 5),
               payment_due=D(2025, 11, 20), acceleration=D(2024, 12, 25), last_payment=D(2024, 8, 27),
               reference="HR25-033", input_kind="vertical_pdf", template="proxy8_vertical_lawyer_scholarship_guarantor",
               received=D(2025, 11, 7))
    return dict(stem="u05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明, 弁護士 for a scholarship guarantor)",
                unusual="縦書き 内容証明 通知書 in 通知人／被通知人 form from an individual 弁護士 acting for an invented scholarship "
                        "guarantor (公益財団法人全国育英保証協会) after its 代位弁済 to an invented 奨学金 lender; every amount in 大字 "
                        f"({dj(P)}), the 求償元金 appears twice; 貸与総額 金弐百八拾八万円 and 保証番号 in kanji digits as "
                        "distractors; 繰上一括返還請求 date = acceleration; rate 年十パーセント; 令和七年十一月二十日限り; "
                        "full-width 受付番号 ＨＲ２５－０３３ inside a sentence; 預り金口座; 認印 and 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# u06 consumer-finance 最終通知書 (再通知), scanned: PROSE ONLY — every amount inside one sentence — with a red 再通知 stamp
#     beside the title, the earlier 催告書 date, 極度額 and 月々の約定返済額 as distractors, 貸金業登録番号 in the footer.


def u06():
    P, RI, R = 384_215, 18.0, 20.0
    INT = late(P, RI, D(2025, 6, 28), D(2025, 8, 12))
    L = late(P, R, D(2025, 8, 13), D(2025, 10, 22))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16, leading=1.75)
    p.line("令和7年10月22日", align="r")
    p.line("顧客管理No.　TB-558013", align="r", size=10)
    p.gap(1)
    p.line("〒630-0000　奈良県大和郡山市こいのぼり町九丁目9番9号", size=10)
    p.line("蓮見　亜紀　様", size=13.5)
    p.gap(6)
    y = p.y
    p.line("最　終　通　知　書", align="c", size=19, font="serif-bold")
    p.add(Box(30, y - 0.5, 25, 10, 0.6, RED))
    p.at(42.5, y + 6.8, "再通知", size=12, font="sans-bold", align="c", color=RED)
    p.gap(4)
    p.para("拝啓　貴殿には、当社との間の令和4年6月13日付極度借入基本契約（極度額80万円）に基づくお借入れにつきまして、"
           "令和7年9月30日付「催告書」によりお支払いをお願いいたしましたが、本日に至るまでご入金もご連絡もいただいて"
           "おりません。")
    p.para("貴殿は、令和7年6月27日のご返済を最後にその後のご返済がなく、約定により令和7年8月12日の経過をもって期限の利益を"
           "喪失されております。")
    p.para(f"本書作成日現在のご返済残高は、貸付残元金が金{P:,}円、未払利息（年18.0％、令和7年8月12日まで）が金{INT:,}円、"
           f"約定損害金（年20.0％、同月13日以降）が金{L:,}円であり、これらを合計した金{T:,}円となっております。")
    p.para("つきましては、上記合計金額を令和7年11月5日（水）までに、下記口座へ一括してお振込みください。なお、これまでの"
           "月々の約定返済額（14,000円）でのお支払いには応じかねますので、ご了承ください。")
    p.para("期日までにお支払いもご連絡もない場合は、誠に遺憾ながら、何らの通知なく法的手続に移行させていただきます。本書を"
           "もって最終のご通知といたします。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("お振込先", "やまと中央銀行　郡山支店　普通預金　3318804"),
          ("口座名義", "カ）ツバサローン"),
          ("お問合せ", "債権管理センター　TEL 06-0000-2218（平日9:00～18:00）")], x=34, label_w=28, size=10)
    p.line("以上", align="r")
    y = 258
    p.add(Line(20, y, 190, y, 0.4))
    p.y = y + 2
    p.line("株式会社つばさローン　債権管理センター", x=22, size=11, font="serif-bold")
    p.line("〒541-0000　大阪市中央区からほり町九丁目9番9号", x=22, size=9)
    p.line("貸金業登録番号　近畿財務局長(4)第01287号　／　日本貸金業協会会員第006713号", x=22, size=9)
    p.seal(176, y + 9, 14, "square", "株式会社つばさローン之印", angle=-6, seed=8601)
    tr = truth(document_type="collection_notice", sender="株式会社つばさローン", phone="06-0000-2218",
               creditor="株式会社つばさローン", status="not_applicable", debtor="蓮見亜紀", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 10, 22), payment_due=D(2025, 11, 5),
               acceleration=D(2025, 8, 12), last_payment=D(2025, 6, 27), reference="TB-558013",
               input_kind="scan_png", template="proxy8_consumer_finance_final_prose", received=D(2025, 10, 24))
    return dict(stem="u06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (consumer finance 最終通知, prose)",
                unusual="消費者金融 最終通知書 with a red boxed 「再通知」 stamp left of the title, scanned; PROSE ONLY: "
                        "貸付残元金/未払利息（年18.0％）/約定損害金（年20.0％）/合計 all in one sentence (two rates: the late "
                        "rate is 20.0); earlier 催告書 date 9/30, 極度額80万円 and 月々の約定返済額 14,000円 as distractors; "
                        "顧客管理No.; お問合せ only inside the 記 block; 貸金業登録番号 + 協会会員番号 in the footer (not licences)")


# ---------------------------------------------------------------------------------------------
# u07 real servicer アビリオ債権回収 (第5号) sends a 分割弁済合意書（案）: p.1 cover letter with the current debt in a box
#     and the proposal in brief; p.2 the draft agreement (甲/乙, 第1条 債務承認 with the full debt, 第2条–第6条 with the
#     和解金額, 頭金, monthly and last instalments, a default threshold and a waiver — all distractors).


def u07():
    P, INT, R = 612_440, 15_883, 18.0
    L = late(P, R, D(2024, 10, 16), D(2026, 3, 24))
    T = P + INT + L
    S = P + INT
    last = S - 50_000 - 16_000 * 35
    p = Page(font="sans", size=10, top=16)
    p.line("令和8年3月24日", align="r")
    p.line("受付No.　AB-2603-1187", align="r", size=9.5)
    p.line("〒960-0000　福島県福島市しのぶ台九丁目9番9号", size=9.5)
    p.line("三枝　達也　様", size=13)
    p.gap(2)
    x = 116
    p.line("アビリオ債権回収株式会社", x=x, size=11.5, font="sans-bold")
    p.line("法務大臣許可番号　第5号", x=x, size=8.5)
    p.line("管理部　和解担当　佐久間", x=x, size=9)
    p.line("TEL 03-0000-5505　FAX 03-0000-5509", x=x, size=9)
    p.seal(184, p.y - 10, 13, "square", "アビリオ債権回収之印", angle=3, seed=8701)
    p.gap(4)
    p.title("分割弁済合意書（案）ご送付のご案内", size=14)
    p.para("先日はお電話にてご相談をいただき、ありがとうございました。当社が令和7年4月1日付で株式会社ゆうがおファイナンス"
           "から譲り受けました貴殿に対する貸金債権につきまして、ご相談の内容をもとに、別紙のとおり分割弁済合意書（案）を"
           "作成いたしましたのでお送りいたします。")
    p.gap(1)
    y = p.y
    p.box(20, y, 170, 44, width=0.4)
    p.box(20, y, 170, 7, width=0.4, fill=(0.90, 0.90, 0.90))
    p.at(24, y + 5, "現在のご債務（令和8年3月24日現在）", size=10, font="sans-bold")
    p.y = y + 9
    for lab, val in [("原債権者", "株式会社ゆうがおファイナンス（譲受年月日　令和7年4月1日）"),
                     ("期限の利益喪失日", "令和6年10月15日（最終ご返済日　令和6年7月29日）")]:
        p.at(26, p.y + 3.5, lab, size=9)
        p.at(66, p.y + 3.5, val, size=9)
        p.y += 5.5
    p.gap(1)
    for lab, val in [("貸付元本", P), ("約定利息", INT), ("損害金（年18.0％）", L)]:
        leader(p, lab, f"{val:,}円", 26, 120, size=9.5, dot="・")
    p.add(Line(26, p.y + 0.3, 120, p.y + 0.3, 0.3))
    p.gap(0.8)
    leader(p, "合計債務額", f"{T:,}円", 26, 120, size=10, font="sans-bold", dot="・")
    p.y = y + 48
    p.line("ご提案の骨子（詳細は別紙第2条～第5条）", size=10, font="sans-bold")
    p.kv([("和解金額", f"{S:,}円（貸付元本及び約定利息の合計額）"),
          ("お支払方法", f"頭金50,000円（令和8年4月30日限り）、以後毎月末日16,000円×35回、最終回{last:,}円"),
          ("免除", f"上記のとおりお支払いいただいた場合、損害金{L:,}円を免除いたします。")], x=24, label_w=28, size=9.5)
    p.gap(2)
    p.para("ご同意いただける場合は、別紙合意書2通にご署名・ご押印のうえ、同封の返信用封筒にて下記期限までにご返送ください"
           "（当社必着）。期限までにご返送がない場合、本案は失効し、合計債務額の一括でのお支払いをお願いすることとなります。")
    p.gap(1)
    y = p.y
    p.box(58, y, 94, 11, width=0.8)
    p.at(62, y + 7.5, "ご返送期限", size=10.5, font="sans-bold")
    p.at(148, y + 7.5, "令和8年4月10日（金）", size=11.5, font="sans-bold", align="r")
    p.y = y + 15
    p.para("※本書面はご相談に基づく和解条件のご提案であり、合意書の取り交わしをもって効力が生じます。", size=8.5, indent="")

    q = Page(font="serif", size=10, top=16, leading=1.7)
    q.line("別紙", size=9.5)
    q.title("分 割 弁 済 合 意 書（案）", size=15, font="serif-bold")
    q.para("アビリオ債権回収株式会社（以下「甲」という。）と三枝達也（以下「乙」という。）とは、甲が株式会社ゆうがおファイナンスから"
           "令和7年4月1日付で譲り受けた乙に対する貸金債権（以下「本件債権」という。）について、次のとおり合意する。")
    q.gap(1)
    arts = [
        ("第1条（債務の承認）", f"乙は、甲に対し、本件債権について、令和8年3月24日現在、金{T:,}円（うち元本{P:,}円、利息"
                            f"{INT:,}円、損害金{L:,}円）の支払義務があることを認める。"),
        ("第2条（和解金額）", f"甲は、乙が第3条のとおり金{S:,}円を支払うことを条件として、本件債権の残額の支払を求めない。"),
        ("第3条（支払方法）", f"乙は、甲に対し、前条の金員を次のとおり分割して、甲の指定する口座に振り込んで支払う。"
                            f"（1）令和8年4月30日限り　金50,000円　（2）令和8年5月から令和11年3月まで毎月末日限り　金16,000円ずつ"
                            f"（35回）　（3）令和11年4月30日限り　金{last:,}円"),
        ("第4条（期限の利益の喪失）", "乙が前条の支払を2回以上怠り、その額が金32,000円に達したときは、乙は当然に期限の利益を"
                                "失い、第1条の金額から既払額を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済み"
                                "まで年18.0％の割合による遅延損害金を直ちに支払う。"),
        ("第5条（免除）", "乙が期限の利益を失うことなく第3条の支払を完了したときは、甲は乙に対し、第1条の損害金の支払を免除する。"),
        ("第6条（清算条項）", "甲及び乙は、本合意書に定めるほか、甲乙間に何らの債権債務がないことを相互に確認する。"),
    ]
    for head, body in arts:
        q.line(head, size=10, font="serif-bold")
        q.para(body, size=9.8)
        q.gap(0.5)
    q.gap(3)
    q.line("令和　　年　　月　　日", x=30)
    q.gap(3)
    q.line("甲　東京都江東区あけぼの橋九丁目9番9号", x=30)
    q.line("　　アビリオ債権回収株式会社　代表取締役　鶴見　信之", x=30)
    q.seal(160, q.y - 3, 13, "round", "|代表取/締役印", angle=-5, seed=8702)
    q.gap(5)
    q.line("乙　住所　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", x=30)
    q.gap(3)
    q.line("　　氏名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　印", x=30)
    q.y = 284
    q.line("- 2 -", align="c", size=9)
    tr = truth(document_type="settlement_proposal", sender="アビリオ債権回収株式会社", license_number=5,
               phone="03-0000-5505", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社ゆうがおファイナンス", debtor="三枝達也", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2026, 3, 24), payment_due=D(2026, 4, 10),
               acceleration=D(2024, 10, 15), last_payment=D(2024, 7, 29), assignment=D(2025, 4, 1),
               reference="AB-2603-1187", input_kind="pdf_text_2page", template="proxy8_settlement_agreement_draft",
               received=D(2026, 3, 26))
    return dict(stem="u07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (servicer, 分割弁済合意書（案）)",
                unusual="real servicer アビリオ債権回収 with 「法務大臣許可番号 第5号」 ★; p.1 cover letter: 現在のご債務 box "
                        "(原債権者 + 譲受年月日, 喪失日 with 最終ご返済日 in brackets, ・・・ leader lines 貸付元本/約定利息/"
                        "損害金（年18.0％）/合計債務額), ご提案の骨子 (和解金額 = 元本 + 利息, 頭金 50,000, 16,000 × 35, "
                        "最終回, 免除 of the 損害金 — distractors), ご返送期限 in a box = payment_due; p.2 the draft 合意書 "
                        "(甲/乙) whose 第1条 repeats the debt with its 内訳 and 第4条 has a 32,000円 default threshold")


# ---------------------------------------------------------------------------------------------
# u08 invented servicer (第192号 → unverified) asks for a signed 残債務確認書, 2-page G4 fax: p.1 the request with
#     譲受年月日 / 最終弁済日 / 期失日 and the amounts as dotted leaders, the return deadline in a box (no payment date);
#     p.2 the 残債務確認書 form repeating the amounts with blanks. The last payment is more than five years old.


def u08():
    P, INT, R = 238_910, 3_642, 18.0
    L = late(P, R, D(2020, 12, 28), D(2026, 1, 27))
    T = P + INT + L
    p = Page(font="sans", size=10, top=16)
    p.line("令和8年1月27日", align="r")
    p.line("管理コード　TG-5583-4471", align="r", size=9.5)
    p.line("〒310-0000　茨城県水戸市はなみずき町九丁目9番9号", size=9.5)
    p.line("城戸　俊介　様", size=13)
    p.gap(1)
    x = 114
    p.line("とねがわ債権回収株式会社", x=x, size=11.5, font="sans-bold")
    p.line("許可番号　法務大臣 第192号", x=x, size=8.5)
    p.line("業務部　担当　小野寺", x=x, size=9)
    p.line("TEL 04-7000-1921　FAX 04-7000-1929", x=x, size=9)
    p.gap(4)
    p.title("残債務のご確認とご返送のお願い", size=14)
    p.para("当社は、株式会社かもめカードより、令和7年12月1日付で、貴殿に対する下記債権を譲り受けました（同社からの債権譲渡"
           "通知書は別途送付済みです）。つきましては、現在の残債務額をご確認いただき、2枚目の「残債務確認書」にご署名の"
           "うえ、下記期限までに当社宛てFAX又は郵送にてご返送ください。お支払方法（分割払い等）のご相談も承ります。")
    p.gap(1)
    y = p.y
    cw = 170 / 4
    for i, (lab, val) in enumerate([("原債権者", "株式会社かもめカード"), ("譲受年月日", "令和7年12月1日"),
                                    ("最終弁済日", "令和2年10月26日"), ("期失日", "令和2年12月27日")]):
        cell(p, 20 + i * cw, y, cw, 14, lab, val, vsize=9.5)
    p.y = y + 17
    p.line("ご契約内容　キャッシング（会員番号 ****-****-****-6620）", x=22, size=9.5)
    p.gap(2)
    p.line("ご請求額の内訳（令和8年1月27日現在）", x=22, size=10, font="sans-bold")
    x0, x1 = 26, 150
    leader(p, "確定元金", f"{P:,}円", x0, x1, size=10)
    leader(p, "確定利息", f"{INT:,}円", x0, x1, size=10)
    leader(p, "確定損害金（年18.0％　R2.12.28～R8.1.27）", f"{L:,}円", x0, x1, size=10)
    p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.4))
    p.gap(1)
    leader(p, "ご請求総額", f"{T:,}円", x0, x1, size=11, font="sans-bold")
    p.gap(4)
    y = p.y
    p.box(40, y, 130, 12, width=0.9)
    p.at(44, y + 8, "残債務確認書ご返送期限", size=11, font="sans-bold")
    p.at(166, y + 8, "令和8年2月10日（火）", size=11.5, font="sans-bold", align="r")
    p.y = y + 16
    p.para("※ご返送いただいた確認書の内容に基づき、お支払方法をご案内いたします。ご不明な点は担当までお問い合わせください。",
           size=9, indent="")
    p.para("※本書は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた当社がお送りするものです。", size=9,
           indent="")
    p.y = 280
    p.line("1／2", align="c", size=9)

    q = Page(font="serif", size=10.5, top=18, leading=1.8)
    q.title("残　債　務　確　認　書", size=17, font="serif-bold")
    q.line("とねがわ債権回収株式会社　御中", size=11)
    q.gap(3)
    q.para("私は、貴社が株式会社かもめカードから譲り受けた私に対する下記債権について、令和8年1月27日現在、下記の残債務が"
           "あることを確認いたします。")
    q.gap(2)
    q.line("記", align="c")
    q.table([["管理コード", "TG-5583-4471"], ["元金", f"{P:,}円"], ["利息", f"{INT:,}円"], ["損害金", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [50, 80], x=40, aligns="lr", font="serif", size=10.5, shade_col0=True)
    q.gap(4)
    q.line("□　一括で支払います。（支払予定日　令和　　年　　月　　日）", x=30)
    q.line("□　分割での支払を希望します。（月額　　　　　　　円）", x=30)
    q.gap(8)
    q.line("令和　　年　　月　　日", x=30)
    q.gap(4)
    q.line("住　所　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", x=30)
    q.gap(3)
    q.line("氏　名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　印", x=30)
    q.gap(3)
    q.line("電　話　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", x=30)
    q.gap(8)
    q.line("返送先FAX　04-7000-1929（とねがわ債権回収株式会社　業務部）", x=30, size=10)
    q.y = 280
    q.line("2／2", align="c", size=9)
    tr = truth(document_type="collection_notice", sender="とねがわ債権回収株式会社", license_number=192,
               phone="04-7000-1921", creditor="とねがわ債権回収株式会社", status="unverified",
               original="株式会社かもめカード", debtor="城戸俊介", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2026, 1, 27), payment_due=None, acceleration=D(2020, 12, 27),
               last_payment=D(2020, 10, 26), assignment=D(2025, 12, 1), reference="TG-5583-4471",
               input_kind="fax_tiff", template="proxy8_debt_confirmation_request_fax", received=D(2026, 1, 27))
    return dict(stem="u08", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header="2026/01/27 10:48  FROM: TONEGAWA SERVICER GYOMU  04-7000-1929",
                about="collection_notice (servicer, 残債務確認書 request)",
                unusual="invented servicer printing 「許可番号 法務大臣 第192号」 (→ unverified), 2-page G4 fax; p.1 asks for a "
                        "signed 残債務確認書 (acknowledgement trap: last payment 令和2年10月26日 is more than 5 years old); "
                        "four label-above-value cells 原債権者/譲受年月日/最終弁済日/期失日; 確定元金/確定利息/確定損害金/"
                        "ご請求総額 as …… leader lines; the only deadline is a RETURN deadline in a box (no payment date); "
                        "masked 会員番号; p.2 the form repeating the amounts with tick boxes and blanks; fax header FAX ≠ TEL")


LETTERS = [u01, u02, u03, u04, u05, u06, u07, u08]
_ = (Box, GRAY, Text, fmt_date)
