"""Proxy set 9, letters v01–v08: a real servicer's claim for the rest after a 任意売却, a consumer-finance 催告書
photographed, a card company's 一括 ご請求書 scanned, a lawyer's 縦書き 内容証明 scanned, a real servicer's 配当後残債務
ご案内 after a 競売 (2-page image PDF), an invented servicer's 督促 by fax, a bank's 縦書き 期限の利益喪失通知書 and a
housing-loan guarantor's 代位弁済 notice photographed sideways (EXIF)."""

from __future__ import annotations

from datetime import date as D

from common import Page, late, leader, seal_after, truth, vsafe

from samples.letters.fmt import fmt_date, fullwidth, kanji_number
from samples.letters.layout import (
    GRAY,
    PT_MM,
    RED,
    Box,
    Line,
    Seal,
    Text,
    VText,
    post_office_stamp,
    vertical_page,
)

fw = fullwidth
NAVY = (0.10, 0.18, 0.38)
WINE = (0.52, 0.10, 0.20)
TEAL = (0.05, 0.42, 0.45)
WHITE = (1.0, 1.0, 1.0)
SHADE = (0.90, 0.90, 0.90)


def kj(n: int) -> str:
    """金六十八万三千二百円 (positional kanji, vertical letters)."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# v01 real servicer SMBC債権回収 (第10号) after a 任意売却 of the debtor's house, digital PDF: a navy band down the left
#     edge, letterhead right; a 充当状況 table (充当前残高 / 充当額 / 充当後残高 — history) and then the claim table.


def v01():
    R = 14.0
    P0, I0, L0 = 26_298_400, 92_611, 132_709
    ALLOC = 18_087_600
    toP = ALLOC - L0 - I0
    P = P0 - toP
    L = late(P, R, D(2025, 10, 1), D(2025, 11, 14))
    T = P + L
    p = Page(font="sans", size=10, top=14, left=24)
    p.box(0, 0, 8, 297, width=0.3, color=None, fill=NAVY)
    p.line("令和7年11月14日", align="r", size=10)
    p.line("債権管理番号　SB-25-118402", align="r", size=9.5)
    p.gap(2)
    p.line("〒241-0000　神奈川県横浜市旭区ゆりのき台九丁目9番9号", size=9.5)
    p.line("雨宮　聡　様", size=13.5)
    p.gap(2)
    x = 120
    y0 = p.y
    p.line("SMBC債権回収株式会社", x=x, size=12, font="sans-bold")
    p.line("法務大臣許可番号　第10号", x=x, size=8.5)
    p.line("不動産債権部　管理第三グループ", x=x, size=9)
    p.line("担当　磯貝", x=x, size=9)
    p.seal(183, y0 + 8, 13, "square", "SMBC債権回収株式会社印", angle=-4, seed=9101)
    p.gap(4)
    p.title("任意売却完了後の残債務額についてのご案内", size=14)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("さて、当社が令和7年6月2日付で株式会社せきれい銀行から譲り受けました貴殿に対する住宅ローン債権につきましては、"
           "担保不動産（横浜市旭区ゆりのき台九丁目所在の土地建物）の任意売却が令和7年9月30日に決済となり、売却代金から"
           "諸費用を控除した金額を下記1のとおり充当いたしました。")
    p.para("しかしながら、充当後もなお下記2の債務が残っております。つきましては、ご請求額を一括してお支払いいただくか、"
           "お支払方法について下記ご回答期限までに担当者へご相談くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("1　任意売却代金の充当状況（決済日　令和7年9月30日）", size=10, font="sans-bold")
    p.line(f"売却価格　{18_800_000:,}円　－　仲介手数料・抵当権抹消費用等　{712_400:,}円　＝　充当額　{ALLOC:,}円",
           x=30, size=9)
    p.table([["項目", "充当前残高", "充当額", "充当後残高"],
             ["遅延損害金", f"{L0:,}", f"{L0:,}", "0"],
             ["利息", f"{I0:,}", f"{I0:,}", "0"],
             ["元本", f"{P0:,}", f"{toP:,}", f"{P:,}"],
             ["計", f"{P0 + I0 + L0:,}", f"{ALLOC:,}", f"{P:,}"]],
            [40, 40, 40, 40], x=30, header=True, aligns="lrrr", size=9)
    p.at(190, p.y + 3.5, "（単位：円）", size=8, align="r")
    p.gap(6)
    p.line("2　ご請求額（令和7年11月14日現在）", size=10, font="sans-bold")
    p.table([["充当後元本残高", f"{P:,}円", ""],
             ["損害金（確定分）", f"{L:,}円", "R7.10.1～R7.11.14　年14.0％"],
             ["残債務額　計", f"{T:,}円", ""]],
            [48, 40, 72], x=30, aligns="lrl", size=10, shade_col0=True)
    p.gap(2)
    p.kv([("ご回答期限", "令和7年12月5日（金）"),
          ("期限の利益喪失日", "令和7年3月10日"),
          ("最終ご入金日", "令和6年12月26日"),
          ("当初ご融資", "平成30年6月15日　28,000,000円（株式会社せきれい銀行　住宅ローン）"),
          ("お振込先", "さくらみなと銀行　築地支店　普通　4410275"),
          ("口座名義", "エスエムビーシーサイケンカイシュウ（カ"),
          ("損害金の割合", "年14.0％（令和7年11月15日以降も元本完済まで日割で発生します）")],
         x=30, label_w=36, size=9.2)
    p.line("以上", align="r")
    p.para("※お振込みの際の振込手数料はお客様のご負担となります。月々のお支払額のご相談にも応じております。"
           "行き違いでご連絡済みの場合はご容赦ください。", size=8.5, indent="")
    y = 266
    p.add(Line(24, y, 190, y, 0.4, NAVY))
    p.at(24, y + 6, "【お問合せ】SMBC債権回収株式会社　不動産債権部　管理第三グループ", size=9.5, font="sans-bold")
    p.at(24, y + 11.5, "TEL 03-0000-6118（受付時間　平日9:00～17:30）　FAX 03-0000-6119", size=9.5)
    p.at(24, y + 16.5, "〒104-0000　東京都中央区いそかぜ町九丁目9番9号", size=8.5)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-6118", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社せきれい銀行",
               debtor="雨宮聡", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 14),
               payment_due=D(2025, 12, 5), acceleration=D(2025, 3, 10), last_payment=D(2024, 12, 26),
               assignment=D(2025, 6, 2), reference="SB-25-118402", input_kind="pdf_text",
               template="proxy9_servicer_after_voluntary_sale", received=D(2025, 11, 17))
    return dict(stem="v01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (servicer, rest after 任意売却)",
                unusual="real servicer SMBC債権回収 with 「法務大臣許可番号 第10号」 ★ claims the rest of a housing loan after a "
                        "任意売却; navy band down the left edge; a 充当状況 table (充当前残高/充当額/充当後残高 for "
                        "遅延損害金/利息/元本/計) that is history, with 売却価格 18,800,000 − 諸費用 712,400 = 充当額 on one line; "
                        "the claim table 充当後元本残高 / 損害金（確定分） / 残債務額 計 with a shaded label column; ご回答期限; "
                        "当初ご融資 28,000,000 and 振込手数料 / 月々のお支払額 as distractors; label 債権管理番号")


# ---------------------------------------------------------------------------------------------
# v02 consumer-finance 催告書 after acceleration, phone photo: a horizontal four-column amounts table (one value row),
#     contract facts (ご利用限度額 / 約定返済額) as distractors, two rates (interest 18.0, late 20.0).


def v02():
    P, RI, R = 462_318, 18.0, 20.0
    INT = late(P, RI, D(2025, 8, 26), D(2025, 10, 27))
    L = late(P, R, D(2025, 10, 28), D(2025, 12, 3))
    T = P + INT + L
    p = Page(font="sans", size=10.5, top=16)
    p.line("2025年12月3日", align="r")
    p.line("お客様コード　HK-0418-2276", align="r", size=10)
    p.gap(1)
    p.line("〒464-0000　愛知県名古屋市千種区あおなみ町九丁目9-9", size=10)
    p.line("小野田　恭子　様", size=14)
    p.gap(2)
    x = 112
    y0 = p.y
    p.line("株式会社ほしかげローン", x=x, size=12, font="sans-bold")
    p.line("お客様サポートセンター　債権管理課", x=x, size=9.5)
    p.line("TEL 052-000-7731（平日9:30～18:30）", x=x, size=9.5)
    p.seal(186, y0 + 6, 13, "square", "株式会社ほしかげローン之印", angle=5, seed=9201)
    p.gap(5)
    y = p.y
    p.line("催　告　書", align="c", size=20, font="sans-bold")
    p.add(Line(78, y + 10.5, 132, y + 10.5, 0.8, WINE))
    p.line("― 期限の利益喪失に伴う一括のご請求 ―", align="c", size=10.5)
    p.gap(3)
    p.para("前略　貴殿との2021年4月9日付ご融資契約（ご利用限度額 500,000円）につきまして、2025年8月25日のご返済を"
           "最後に、その後のご返済が確認できておりません。当社は2025年10月10日付書面にて、同月27日までに延滞分をお支払い"
           "いただくよう催告いたしましたが、期限までにご入金がございませんでした。")
    p.para("このため、貴殿は、ご契約の条項に基づき2025年10月27日の経過をもって期限の利益を喪失されました。つきましては、"
           "下記のご請求合計額を、2025年12月17日（水）までに一括してお支払いください。")
    p.gap(2)
    p.line("■ ご請求の内容（2025年12月3日現在）", size=10.5, font="sans-bold")
    p.table([["ご返済残元金", "経過利息", "遅延損害金", "ご請求合計額"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 42, 42, 44], header=True, aligns="rrrr", size=11, row_h=9)
    p.gap(1)
    p.para("経過利息：2025年8月26日から同年10月27日まで年18.0％　／　遅延損害金：2025年10月28日から本日まで年20.0％"
           "（いずれも年365日の日割計算）", size=8.8, indent="")
    p.gap(2)
    p.kv([("お支払期限", "2025年12月17日（水）"),
          ("お振込先", "あいち湊銀行　千種支店　普通預金　5120883"),
          ("口座名義", "カ）ホシカゲローン"),
          ("ご参考", "これまでの約定返済額（毎月27日）16,000円でのご返済は、期限の利益喪失後はお受けできません。")],
         x=26, label_w=30, size=10)
    p.gap(2)
    p.para("上記期限までにお支払いもご連絡もない場合は、やむを得ず支払督促の申立て等の法的手続をとらせていただきます。"
           "なお、振込手数料はお客様のご負担にてお願いいたします。本書と行き違いにご入金いただいた場合はご容赦ください。",
           size=9.8)
    p.line("草々", align="r")
    y = 270
    p.add(Line(20, y, 190, y, 0.3, GRAY))
    p.at(20, y + 5.5, "株式会社ほしかげローン　〒460-0000 名古屋市中区しろがね通九丁目9番9号", size=8.5)
    p.at(20, y + 10, "貸金業登録番号　東海財務局長(3)第00412号　日本貸金業協会会員第005538号", size=8.5)
    tr = truth(document_type="collection_notice", sender="株式会社ほしかげローン", phone="052-000-7731",
               creditor="株式会社ほしかげローン", status="not_applicable", debtor="小野田恭子", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 3), payment_due=D(2025, 12, 17),
               acceleration=D(2025, 10, 27), last_payment=D(2025, 8, 25), reference="HK-0418-2276",
               input_kind="photo_jpeg", template="proxy9_consumer_finance_saikoku_photo", received=D(2025, 12, 5))
    return dict(stem="v02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.84, keystone=0.05, tilt=2.0, bg="desk", creases=2, blur=0.95, warm=0.4),
                about="collection_notice (consumer finance 催告書)",
                unusual="消費者金融 催告書 with a wine underline and a ― 期限の利益喪失に伴う一括のご請求 ― subtitle, photographed "
                        "unfolded from a tri-fold (two creases) on a pale desk; western dates (2025年12月3日) throughout; the "
                        "amounts as ONE horizontal row under four headers ご返済残元金 / 経過利息 / 遅延損害金 / ご請求合計額; "
                        "two rates (経過利息 18.0, late 20.0) in a footnote; earlier 催告 10/10 vs 喪失 10/27; ご利用限度額 "
                        "500,000 and 約定返済額 16,000 as distractors; お客様コード; 前略…草々")


# ---------------------------------------------------------------------------------------------
# v03 card company's own ご請求書（一括） after acceleration of a リボ balance, scanned: a teal banner, the ご請求額 in a
#     box at the right of the addressee, a rows-only breakdown, a card facts grid of distractors.


def v03():
    P, RI, R = 318_450, 15.0, 14.6
    INT = late(P, RI, D(2025, 9, 28), D(2025, 11, 27))
    L = late(P, R, D(2025, 11, 28), D(2026, 1, 9))
    T = P + INT + L
    p = Page(font="sans", size=10, top=10)
    p.box(20, 10, 170, 12, width=0.3, color=None, fill=TEAL)
    p.at(24, 18.3, "POLARIS CARD", size=13, font="sans-bold", color=WHITE)
    p.at(186, 18.3, "株式会社ポラリスカード　カスタマー債権センター", size=9.5, align="r", color=WHITE)
    p.y = 27
    p.line("発行日　R8.1.9", align="r", size=9.5)
    p.line("取扱番号　PC-26-00915", align="r", size=9.5)
    top = p.y
    p.line("〒790-0000", size=9.5)
    p.line("愛媛県松山市みかんの丘九丁目9番9号", size=9.5)
    p.line("羽田野　浩　様", size=13.5)
    p.box(120, top + 1, 70, 22, width=0.8)
    p.at(155, top + 7, "ご請求額（一括）", size=10, align="c", font="sans-bold")
    p.at(155, top + 16.5, f"{T:,}円", size=17, align="c", font="sans-bold")
    p.y = top + 27
    p.title("カードご利用代金のご請求書（一括）", size=14.5)
    p.para("いつもポラリスカードをご利用いただき、ありがとうございます。お客様のカードご利用代金につきまして、再三ご請求"
           "申し上げておりますが、現在もご入金が確認できません。会員規約第22条により、お客様は令和7年11月27日をもって"
           "期限の利益を喪失され、カードのご利用も停止となっております。下記のご請求額を一括にてお支払いください。")
    p.gap(2)
    p.line("◆ ご請求額の内訳（令和8年1月9日現在）", size=10.5, font="sans-bold")
    p.table([["ご利用残高（元金）", f"{P:,}円", "リボルビング払い残高"],
             ["リボ払い手数料", f"{INT:,}円", "R7.9.28～R7.11.27　実質年率15.0％"],
             ["延滞損害金", f"{L:,}円", "R7.11.28～R8.1.9　年14.6％"],
             ["ご請求額（一括）", f"{T:,}円", ""]],
            [50, 36, 84], aligns="lrl", ruled="rows", size=10, row_h=8)
    p.gap(3)
    p.line("◆ ご契約の状況", size=10.5, font="sans-bold")
    p.table([["カード番号", "ショッピング枠", "毎月のお支払額（弁済金）", "最終ご入金日"],
             ["****-****-****-3318", "500,000円", "11,000円", "R7.9.27"]],
            [48, 36, 50, 36], header=True, aligns="cccc", size=9.2)
    p.gap(3)
    p.kv([("お支払期限", "令和8年1月23日（金）"),
          ("お振込先", "いよなだ銀行　本店営業部　普通預金　7033185　カ）ポラリスカード"),
          ("", "（振込手数料はお客様のご負担となります。ご依頼人名の前に取扱番号をご入力ください。）")],
         x=24, label_w=26, size=9.5)
    p.gap(2)
    p.para("お支払期限までにお支払いがない場合は、誠に不本意ながら法的措置を講じる場合がございます。お支払いが困難な"
           "事情がおありの方は、期限までに下記窓口までご連絡ください。", size=9.5)
    y = 262
    p.box(20, y, 170, 18, width=0.3)
    p.at(24, y + 6, "お問合せ　株式会社ポラリスカード　カスタマー債権センター", size=9.5, font="sans-bold")
    p.at(24, y + 11.5, "ナビダイヤル 0570-000-318（受付 9:00～17:00　土日祝休）", size=9.5)
    p.at(24, y + 16, "〒790-0000 松山市いよかぜ町九丁目9番9号　登録番号　四国財務局長(2)第00077号", size=8.2)
    tr = truth(document_type="collection_notice", sender="株式会社ポラリスカード", phone="0570-000-318",
               creditor="株式会社ポラリスカード", status="not_applicable", debtor="羽田野浩", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 9), payment_due=D(2026, 1, 23),
               acceleration=D(2025, 11, 27), last_payment=D(2025, 9, 27), reference="PC-26-00915",
               input_kind="scan_png", template="proxy9_card_company_lump_bill_scan", received=D(2026, 1, 13))
    return dict(stem="v03", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (card company ご請求書（一括）)",
                unusual="card company's own 一括 bill, scanned: teal banner with a Latin logo, JIS dates (発行日 R8.1.9); the "
                        "total FIRST in a box beside the addressee; rows-only breakdown ご利用残高（元金） / リボ払い手数料 "
                        "(実質年率15.0％ → interest) / 延滞損害金 (14.6％) / ご請求額（一括） with periods in a third column; "
                        "a ご契約の状況 grid (masked カード番号, ショッピング枠 500,000, 毎月のお支払額 11,000, 最終ご入金日 "
                        "R7.9.27); ナビダイヤル 0570; label 取扱番号; 会員規約第22条")


# ---------------------------------------------------------------------------------------------
# v04 lawyer's 縦書き 内容証明 for a 信販 client, scanned: positional kanji amounts, a relative deadline (本書到達後十日以内),
#     当事務所整理記号 in full-width, the office phone in kanji digits.


def v04():
    P, INT, R = 683_200, 41_870, 14.6
    L = late(P, R, D(2025, 9, 16), D(2025, 12, 10))
    T = P + INT + L
    cols = [
        ("title", "通知兼催告書"),
        ("body", "冠省　当職は、株式会社コスモスクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "御通知申し上げます。"),
        ("body", "貴殿は、通知人との間で令和五年二月十八日に締結した個品割賦購入あっせん契約（太陽光発電設備、割賦販売価格"
                 "金百二十万九千六百円）に基づく分割支払金について、令和七年六月二十七日の支払を最後に支払を怠り、通知人からの"
                 "書面による催告にも応じなかったため、令和七年九月十五日の経過をもって期限の利益を喪失しました。"),
        ("body", f"その結果、本日現在、貴殿は通知人に対し、立替金残元金{kj(P)}、未払手数料{kj(INT)}、及び右残元金に対する"
                 f"令和七年九月十六日から本日まで年一四・六パーセントの割合による遅延損害金{kj(L)}、以上合計{kj(T)}の支払義務を"
                 "負っております。"),
        ("body", "つきましては、本書到達後十日以内に、右合計金額を左記口座にお振込みいただくよう請求いたします。期限内にお支払い"
                 "又は当職への御連絡がない場合は、通知人の指示に基づき、訴訟提起等の法的手続に着手いたしますので、予めご承知おき"
                 "ください。"),
        ("body", "なお、本件については当職が一切の交渉窓口となりますので、今後の御連絡は通知人ではなく当職宛てにお願いいたします。"
                 "御連絡の際は、当事務所整理記号（ＭＫ２５－４１２）をお申し出ください。"),
        ("low", "振込先　するが中央銀行呉服町支店　普通預金　〇二七七三一五"),
        ("low", "口座名義　弁護士真壁航預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和七年十二月十日"),
        ("low", "静岡市葵区ひさご通り九丁目九番九号"),
        ("low", "ひさご通り法律事務所"),
        ("low", "通知人代理人弁護士　真壁　航"),
        ("low", "電話〇五四―〇〇〇―二一九三"),
        ("blank", ""),
        ("low", "静岡県富士市ふじみ野九丁目九番地九"),
        ("low", "久我　美保　殿"),
    ]
    pages = vertical_page(vsafe(cols, size=10), size=10, col_pitch=6.6, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("通知人代理人弁護士"):
            pg.items.append(Seal(it.x, seal_after(it, 10, 5.0), 10, "square", "弁護士真壁航之印", angle=0, seed=9401))
    pg.items.append(post_office_stamp(pg, 9402))
    tr = truth(document_type="collection_notice", sender="ひさご通り法律事務所", phone="054-000-2193",
               creditor="株式会社コスモスクレジット", status="not_applicable", debtor="久我美保", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 10), payment_due=None,
               acceleration=D(2025, 9, 15), last_payment=D(2025, 6, 27), reference="MK25-412",
               input_kind="vertical_scan", template="proxy9_vertical_lawyer_shinpan_relative_deadline",
               received=D(2025, 12, 12))
    return dict(stem="v04", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明, 弁護士 for a 信販)",
                unusual="縦書き 内容証明 通知兼催告書 from an individual lawyer's office for a 信販 client (個品割賦, 太陽光発電設備), "
                        f"scanned; 冠省…草々; positional kanji amounts ({kj(P)}), 割賦販売価格 金百二十万九千六百円 as a "
                        "distractor; rate written 年一四・六パーセント (digit by digit); RELATIVE deadline only "
                        "(本書到達後十日以内 → no payment date); 整理記号 ＭＫ２５－４１２ inside a sentence; 預り金口; square "
                        "seal after the 弁護士 column; 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# v05 real servicer オリックス債権回収 (第11号) after a 競売 (配当), 2-page image-only PDF: p.1 the letter with a framed
#     summary of the claim; p.2 the 配当金充当計算書 (history) and the account details.


def v05():
    R = 14.0
    P0, I0, L0, C0 = 14_860_000, 212_447, 1_936_180, 684_300
    DIV = 11_420_000
    toP = DIV - C0 - L0 - I0
    P = P0 - toP
    L = late(P, R, D(2026, 1, 23), D(2026, 2, 20))
    T = P + L
    p = Page(font="serif", size=10.5, top=16, leading=1.7)
    p.line("令和８年２月２０日", align="r")
    p.line("回収管理番号　ＯＸ－９９１５－０２６３", align="r", size=10)
    p.gap(1)
    p.line("〒410-0000　静岡県沼津市あおばね町九丁目9番9号", size=10)
    p.line("国枝　修平　殿", size=14)
    p.gap(2)
    x = 116
    y0 = p.y
    p.line("オリックス債権回収株式会社", x=x, size=11.5, font="serif-bold")
    p.line("法務大臣許可番号　第11号", x=x, size=9)
    p.line("不動産担保債権部　担当　椎名", x=x, size=9.5)
    p.line("電話 03-0000-1131　FAX 03-0000-1139", x=x, size=9.5)
    p.seal(186, y0 + 7, 13, "square", "オリックス債権回収株式会社", angle=2, seed=9501)
    p.gap(5)
    p.title("配当金充当及び残債務のご案内", size=15, font="serif-bold")
    p.para("拝啓　貴殿ますますご清栄のこととお喜び申し上げます。")
    p.para("当社が令和6年10月15日付で株式会社かざはや銀行から譲り受けました貴殿に対する債権につきましては、静岡地方裁判所"
           "沼津支部令和6年（ケ）第87号担保不動産競売事件において、令和8年1月22日の配当期日に当社が配当を受け、別紙計算書の"
           "とおり費用、損害金、利息、元本の順に充当いたしました。")
    p.para("配当金の充当後も、下記のとおり債務が残っております。つきましては、下記金額を令和8年3月13日までに一括して"
           "お支払いくださいますようお願い申し上げます。一括でのお支払いが難しい場合は、同日までに担当者あてご連絡ください。")
    p.line("敬具", align="r")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 40, width=0.6)
    p.at(34, y + 7, "配当後のご請求額（令和8年2月20日現在）", size=10.5, font="serif-bold")
    p.y = y + 10
    leader(p, "配当後元本残高", f"{P:,}円", 40, 170, size=10.5, font="serif")
    leader(p, "配当期日翌日以降の損害金（R8.1.23～R8.2.20　年14.0％）", f"{L:,}円", 40, 170, size=10, font="serif")
    p.add(Line(40, p.y + 0.5, 170, p.y + 0.5, 0.4))
    p.gap(1.5)
    leader(p, "ご請求額合計", f"{T:,}円", 40, 170, size=11.5, font="serif-bold")
    p.y = y + 44
    p.kv([("お支払期限", "令和8年3月13日（金）"),
          ("期限の利益喪失日", "令和6年7月31日"),
          ("最終弁済日", "令和6年4月30日"),
          ("損害金", "配当後元本残高に対し、令和8年2月21日以降も完済まで年14.0％（年365日日割）")],
         x=32, label_w=36, size=10)
    p.gap(2)
    p.para("※配当金の充当内容は別紙「配当金充当計算書」のとおりです。お振込先は別紙をご覧ください。", size=9, indent="")
    p.y = 282
    p.line("（1/2）", align="c", size=9)

    q = Page(font="serif", size=10, top=18, leading=1.7)
    q.line("別紙", size=10)
    q.title("配 当 金 充 当 計 算 書", size=15, font="serif-bold")
    q.kv([("事件", "静岡地方裁判所沼津支部　令和6年（ケ）第87号　担保不動産競売事件"),
          ("配当期日", "令和8年1月22日"),
          ("当社受領配当額", f"{DIV:,}円"),
          ("原契約", "平成28年5月20日付　住宅ローン契約（当初融資額 30,000,000円）"),
          ("原債権者", "株式会社かざはや銀行")], x=24, label_w=34, size=9.8)
    q.gap(3)
    q.table([["充当順位", "項目", "充当前の額", "充当額", "充当後の額"],
             ["1", "競売手続費用", f"{C0:,}", f"{C0:,}", "0"],
             ["2", "遅延損害金（配当期日まで）", f"{L0:,}", f"{L0:,}", "0"],
             ["3", "約定利息", f"{I0:,}", f"{I0:,}", "0"],
             ["4", "元本", f"{P0:,}", f"{toP:,}", f"{P:,}"],
             ["", "合計", f"{P0 + I0 + L0 + C0:,}", f"{DIV:,}", f"{P:,}"]],
            [18, 56, 34, 32, 30], header=True, aligns="clrrr", size=9.3, font="serif")
    q.at(190, q.y + 3.5, "（単位：円）", size=8, align="r")
    q.gap(8)
    q.line("【お振込先】", size=10.5, font="serif-bold")
    q.kv([("金融機関", "ひがしうら信託銀行　本店営業部"),
          ("口座", "普通預金　2260914"),
          ("名義", "オリックスサイケンカイシュウ（カ"),
          ("お願い", "お振込人名の前に回収管理番号の末尾4桁（0263）をご入力ください。振込手数料はご負担願います。")],
         x=28, label_w=24, size=9.8)
    q.y = 282
    q.line("（2/2）", align="c", size=9)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1131", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かざはや銀行", debtor="国枝修平", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=D(2026, 2, 20), payment_due=D(2026, 3, 13), acceleration=D(2024, 7, 31),
               last_payment=D(2024, 4, 30), assignment=D(2024, 10, 15), reference="OX-9915-0263",
               input_kind="pdf_scan", template="proxy9_servicer_after_auction_scan", received=D(2026, 2, 24))
    return dict(stem="v05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (servicer, rest after 競売)",
                unusual="real servicer オリックス債権回収 with 「法務大臣許可番号 第11号」 ★ after a 担保不動産競売, a 2-page "
                        "image-only PDF; p.1 letter (拝啓…敬具, 殿) with the claim in a framed box as …… leader lines "
                        "配当後元本残高 / 配当期日翌日以降の損害金 / ご請求額合計; full-width 回収管理番号 ＯＸ－９９１５－０２６３; "
                        "p.2 別紙 配当金充当計算書: (ケ) case number, 配当期日, 受領配当額 11,420,000, 当初融資額 30,000,000, "
                        "and a 5-column 充当 table (競売手続費用 / 損害金 / 約定利息 / 元本) — all history")


# ---------------------------------------------------------------------------------------------
# v06 invented servicer ともしび債権回収 (第148号 → unverified) 督促, one-page G3 fax: an outer-ruled two-column amounts
#     table, a dashed cut-off reply strip at the foot.


def v06():
    P, INT, R = 215_640, 6_027, 20.0
    L = late(P, R, D(2025, 5, 21), D(2026, 3, 10))
    T = P + INT + L
    p = Page(font="sans", size=10, top=14)
    p.line("令和8年3月10日", align="r")
    p.line("お客様コード　TM-3310-082", align="r", size=9.5)
    p.line("〒330-0000　埼玉県さいたま市浦和区ときわ台九丁目9番9号", size=9.5)
    p.line("津田　康平　様", size=13)
    p.gap(1)
    x = 112
    p.line("ともしび債権回収株式会社", x=x, size=11.5, font="sans-bold")
    p.line("法務大臣許可番号第148号", x=x, size=8.5)
    p.line("管理回収部　担当　葉山", x=x, size=9)
    p.line("TEL 048-000-1482　FAX 048-000-1489", x=x, size=9)
    p.gap(3)
    p.title("お支払いのお願い（再通知）", size=15)
    p.para("貴殿に対する下記債権は、令和7年12月15日付で株式会社ユーカリファイナンスから当社が譲り受け、同社より債権譲渡の"
           "通知がなされております。当社より令和8年1月にご案内をお送りしましたが、現在までご入金・ご連絡をいただいて"
           "おりません。")
    p.para("貴殿は令和7年5月20日をもって期限の利益を喪失されておりますので、下記ご請求額合計を、令和8年3月24日（火）"
           "までに一括してお支払いください。お支払いが難しい場合は、同日までに必ず担当者までご連絡ください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["原債権者", "株式会社ユーカリファイナンス"],
             ["債権譲受日", "令和7年12月15日"],
             ["最終お取引日（ご返済）", "令和7年3月5日"],
             ["元本残高", f"{P:,}円"],
             ["未収利息", f"{INT:,}円"],
             ["損害金（R7.5.21～R8.3.10　年20.0％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]],
            [80, 70], x=30, ruled="outer", aligns="lr", size=10, row_h=7.2)
    p.add(Line(30, p.y - 7.2, 180, p.y - 7.2, 0.3))
    p.gap(2)
    p.kv([("お振込先", "むさしの共栄銀行　浦和支店　普通　6601483　トモシビサイケンカイシュウ（カ"),
          ("", "※振込手数料はご負担ください。ご依頼人名の前にお客様コードの数字7桁をご入力ください。")],
         x=30, label_w=22, size=9.2)
    p.line("以上", align="r")
    y = 236
    p.add(Line(20, y, 190, y, 0.3, GRAY))
    p.at(105, y + 4, "－－－－－－－－－－－ キ リ ト リ －－－－－－－－－－－", size=8, align="c")
    p.at(24, y + 11, "ご回答票（FAX 048-000-1489）　お客様コード TM-3310-082", size=9.5, font="sans-bold")
    p.at(24, y + 18, "□ 令和　　年　　月　　日に一括で支払います　　□ 分割払いを相談したい（月額　　　　　円）", size=9)
    p.at(24, y + 25, "ご連絡先電話番号（　　　　　　　　　　　）　ご連絡可能な時間帯（　　　　　　　）", size=9)
    p.at(24, y + 32, "お名前　　　　　　　　　　　　　　　　　　　", size=9)
    p.add(Line(38, y + 33, 120, y + 33, 0.2))
    tr = truth(document_type="collection_notice", sender="ともしび債権回収株式会社", license_number=148,
               phone="048-000-1482", creditor="ともしび債権回収株式会社", status="unverified",
               original="株式会社ユーカリファイナンス", debtor="津田康平", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2026, 3, 10), payment_due=D(2026, 3, 24),
               acceleration=D(2025, 5, 20), last_payment=D(2025, 3, 5), assignment=D(2025, 12, 15),
               reference="TM-3310-082", input_kind="fax_tiff", template="proxy9_invented_servicer_reminder_fax",
               received=D(2026, 3, 10))
    return dict(stem="v06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/03/10 14:22  FROM: TOMOSHIBI SERVICER  048-000-1489",
                about="collection_notice (invented servicer, 再通知 by fax)",
                unusual="invented servicer ともしび債権回収 printing 「法務大臣許可番号第148号」 (no space; → unverified), "
                        "one-page G3 fax; 記 block as an OUTER-ruled two-column table (no inner rules except above the total) "
                        "mixing facts and money: 原債権者 / 債権譲受日 / 最終お取引日（ご返済） / 元本残高 / 未収利息 / "
                        "損害金 (window + 20.0％ in the label) / ご請求額合計; キリトリ reply strip with blanks and the FAX "
                        "number at the foot; fax header shows the FAX, not the TEL")


# ---------------------------------------------------------------------------------------------
# v07 bank 縦書き 内容証明 期限の利益喪失通知書 (one 証書貸付), digital: the 催告 date and its deadline, 当初借入額 and the
#     contract date as distractors, no reference number, phone in kanji digits with a 4-digit area code.


def v07():
    P, INT, R = 2_348_600, 11_582, 14.0
    L = late(P, R, D(2026, 1, 16), D(2026, 1, 20))
    T = P + INT + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿と当行との間の令和四年十月七日付金銭消費貸借契約（当初借入額金三百万円、毎月八日元利均等返済）に基づく"
                 "貴殿の返済は、令和七年九月八日の返済を最後に滞っております。"),
        ("body", "当行は、令和七年十二月二十二日付催告書をもって、令和八年一月十五日までに延滞元利金及び遅延損害金を支払うよう"
                 "催告いたしましたが、右期限までにお支払いはありませんでした。"),
        ("body", "よって、貴殿は、銀行取引約定書第五条第二項の定めにより、令和八年一月十五日の経過をもって右契約に基づく債務の"
                 "全額について期限の利益を喪失しましたので、本書をもって通知いたします。"),
        ("body", "本日現在の貴殿の債務額は左記のとおりです。"),
        ("indent", f"一、残元金　　　{kj(P)}"),
        ("indent", f"二、利息　　　　{kj(INT)}（令和八年一月十五日まで）"),
        ("indent", f"三、遅延損害金　{kj(L)}（令和八年一月十六日から本日まで年十四パーセント）"),
        ("indent", f"　　合計　　　　{kj(T)}"),
        ("body", "つきましては、右合計金額を令和八年二月六日限り当行鳥羽支店に一括してお支払いください。右期限までにお支払い"
                 "のない場合は、保証会社による代位弁済の請求その他の手続に移行いたしますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年一月二十日"),
        ("low", "三重県鳥羽市しおさい通九丁目九番九号"),
        ("low", "株式会社いさなみ銀行　鳥羽支店"),
        ("low", "支店長　三輪田　浩一"),
        ("low", "（融資課）電話〇五九九（〇〇）二七一五"),
        ("blank", ""),
        ("low", "三重県志摩市あおさ浜九丁目九番地九"),
        ("low", "宍戸　隆　殿"),
    ]
    pages = vertical_page(vsafe(cols, size=10.5), size=10.5, col_pitch=6.8, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("支店長"):
            # below the longer neighbouring columns (bank name, phone), so that the seal covers no text
            pg.items.append(Seal(it.x, 22.0 + 32 * 10.5 * PT_MM * 1.05, 12, "square", "いさなみ銀行鳥羽支店長印",
                                 angle=-2, seed=9701))
    pg.items.append(post_office_stamp(pg, 9702))
    tr = truth(document_type="acceleration_notice", sender="株式会社いさなみ銀行", phone="0599-00-2715",
               creditor="株式会社いさなみ銀行", status="not_applicable", debtor="宍戸隆", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 20), payment_due=D(2026, 2, 6),
               acceleration=D(2026, 1, 15), last_payment=D(2025, 9, 8), reference=None, input_kind="vertical_pdf",
               template="proxy9_vertical_bank_acceleration", received=D(2026, 1, 22))
    return dict(stem="v07", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, bank)",
                unusual="縦書き 内容証明 期限の利益喪失通知書 from a bank branch (digital PDF); 催告 12/22 with deadline 1/15 → "
                        "「一月十五日の経過をもって」; a numbered 一、二、三 list with the amounts in positional kanji and the "
                        "interest / late windows in brackets (late only 5 days); rate 年十四パーセント; 当初借入額 金三百万円 and "
                        "contract date 令和四年十月七日 as distractors; 令和八年二月六日限り; no reference number; phone "
                        "〇五九九（〇〇）二七一五; sender printed with its branch (鳥羽支店) — dropped in the truth")


# ---------------------------------------------------------------------------------------------
# v08 housing-loan guarantor's 代位弁済 notice, photographed sideways (EXIF 6): a shaded-label grid with the 代位弁済の内容
#     (the bank's 元金 / 利息 split: history), the 求償 claim, contract facts as distractors.


def v08():
    PB, IB, R = 19_386_000, 96_350, 14.0
    P = PB + IB
    L = late(P, R, D(2026, 2, 17), D(2026, 3, 2))
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.line("令和8年3月2日", align="r")
    p.line("照合番号　HC-2603-0871", align="r", size=9.5)
    p.line("〒981-0000　宮城県仙台市青葉区ささかま台九丁目9番9号", size=9.5)
    p.line("日向　恵　様", size=13.5)
    p.gap(2)
    x = 108
    y0 = p.y
    p.line("はくちょう住宅ローン保証株式会社", x=x, size=11.5, font="sans-bold")
    p.line("求償債権管理部", x=x, size=9.5)
    p.line("TEL 022-000-8813　FAX 022-000-8819", x=x, size=9.5)
    p.seal(186, y0 + 5, 13, "square", "はくちょう住宅ローン保証之印", angle=-3, seed=9801)
    p.gap(4)
    p.title("保証債務履行（代位弁済）のご通知及び求償金のご請求", size=13.5)
    p.para("貴殿が株式会社みずかがみ銀行との間で締結された住宅ローン契約につきましては、当社が貴殿のご委託により保証して"
           "おりましたが、貴殿のご返済が滞り、同行より令和8年1月19日をもって期限の利益を喪失した旨の通知がございました。")
    p.para("このため、当社は保証契約に基づき、令和8年2月16日、同行に対し貴殿の債務を代位弁済いたしました。これにより、当社は"
           "貴殿に対し下記の求償債権を取得いたしましたので、ご通知のうえご請求申し上げます。")
    p.gap(1)
    p.line("【代位弁済の内容】", size=10, font="sans-bold")
    p.table([["代位弁済日", "令和8年2月16日"],
             ["代位弁済額", f"{P:,}円（うちローン元金 {PB:,}円・利息 {IB:,}円）"],
             ["ご融資の内容", "平成31年3月8日実行　借入額 24,000,000円　毎月返済額 78,500円（35年）"],
             ["最終ご返済日", "令和7年9月26日"],
             ["期限の利益喪失日", "令和8年1月19日"]],
            [40, 130], aligns="ll", size=9.5, shade_col0=True, row_h=7.4)
    p.gap(3)
    p.line("【ご請求金額】（令和8年3月2日現在）", size=10, font="sans-bold")
    p.table([["求償元金", f"{P:,}円"],
             ["遅延損害金（R8.2.17～R8.3.2）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"]],
            [80, 50], x=30, aligns="lr", size=10.5, shade_col0=True, row_h=8)
    p.gap(2)
    p.para("求償元金に対しては、代位弁済日の翌日から完済の日まで年14.0％（年365日の日割計算）の割合による遅延損害金が"
           "発生いたします。", size=9.5)
    p.kv([("お支払期限", "令和8年3月23日（月）"),
          ("お振込先", "みずかがみ銀行　本店営業部　普通預金　3088134　ハクチョウジュウタクローンホショウ（カ")],
         x=24, label_w=28, size=9.5)
    p.gap(2)
    p.para("お支払期限までに一括でのお支払い又はご連絡をいただけない場合は、抵当権の実行（担保不動産競売の申立て）の手続を"
           "とらせていただきます。任意売却等のご相談は、お早めに下記担当までお申し出ください。", size=9.5)
    y = 270
    p.add(Line(20, y, 190, y, 0.3))
    p.at(20, y + 5.5, "はくちょう住宅ローン保証株式会社　求償債権管理部　担当　柏原", size=9)
    p.at(20, y + 10.5, "〒980-0000 仙台市青葉区けやき並木九丁目9番9号　受付時間 平日9:00～17:00", size=8.5)
    tr = truth(document_type="acceleration_notice", sender="はくちょう住宅ローン保証株式会社", phone="022-000-8813",
               creditor="はくちょう住宅ローン保証株式会社", status="not_applicable", original="株式会社みずかがみ銀行",
               debtor="日向恵", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 3, 2),
               payment_due=D(2026, 3, 23), acceleration=D(2026, 1, 19), last_payment=D(2025, 9, 26),
               reference="HC-2603-0871", input_kind="photo_exif_rotated",
               template="proxy9_housing_guarantor_subrogation_sideways", received=D(2026, 3, 5))
    return dict(stem="v08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(fill=0.86, keystone=0.04, tilt=1.8, bg="wood", blur=0.9, shadow=0.25, shadow_side="bottom"),
                about="acceleration_notice (housing-loan guarantor 代位弁済)",
                unusual="住宅ローン guarantor's 保証債務履行（代位弁済）のご通知及び求償金のご請求, phone photo stored sideways "
                        "with EXIF orientation 6 and a hand shadow at the bottom; two shaded-label grids: 代位弁済の内容 "
                        "(代位弁済日, 代位弁済額 with the bank's ローン元金/利息 split in brackets → history, 平成31年 "
                        "借入額 24,000,000 / 毎月返済額 78,500 as distractors, 最終ご返済日, 期限の利益喪失日) and ご請求金額 "
                        "(求償元金 / 遅延損害金 / 合計); label 照合番号; 競売 / 任意売却 wording")


LETTERS = [v01, v02, v03, v04, v05, v06, v07, v08]
_ = (Box, RED, Text, fmt_date, fw)
