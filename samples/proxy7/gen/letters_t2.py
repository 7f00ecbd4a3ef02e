"""Proxy set 7, letters t09–t16: 和解案 fax from an invented servicer (old debt), individual lawyer's 受任 + 請求
(HEIC), セゾン債権回収 demand with a 払込取扱票, 縦書き 内容証明 催告書 with 日歩五銭, an invented servicer after a 競売
(photo), a bank's own 債権譲渡 notice to みずほ債権回収 with a 千円 table, a fake-public-body postcard and a fake
有限会社 servicer."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Line, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


# ---------------------------------------------------------------------------------------------
# t09 和解 proposal by fax from an invented servicer (法務大臣許可番号 第207号 → unverified) for a 2020 consumer loan:
#     last payment more than five years back, 遅延損害金額 larger than the principal, two offers (一括和解金 / 月々),
#     ご回答期日 in full-width western digits, a tick-box reply form at the foot.


def t09():
    P, INT, R = 312_540, 8_117, 20.0
    L = late(P, R, D(2020, 9, 2), D(2026, 1, 20))
    T = P + INT + L
    p = Page(font="sans", size=9.8, top=14)
    p.line("あけぼの債権回収株式会社", size=14, font="sans-bold")
    p.line("法務大臣許可番号　第207号　／　〒980-0000 宮城県仙台市青葉区あけぼの町九丁目9番9号", size=8)
    p.line("TEL 022-000-2070　FAX 022-000-2078　担当：桐生", size=8.5)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.8))
    p.gap(3)
    p.line("令和8年1月23日", align="r")
    p.line("案件No.　AK-2601-0337", align="r", size=9)
    p.line("辻本　浩二　様", size=12.5)
    p.gap(2)
    p.title("ご返済方法（和解）に関するご提案", size=14)
    p.para("当社は、令和3年7月1日付で株式会社こまちローンから貴殿に対する貸金債権を譲り受けた債権回収会社です。"
           "これまで再三ご連絡を差し上げておりますが、ご返済をいただけておりません。")
    p.para("つきましては、貴殿のご事情を考慮し、下記のとおり和解によるお支払方法をご提案いたします。ご検討のうえ、"
           "ご回答期日までに下欄にご記入いただき、本書をＦＡＸにてご返信ください。")
    p.gap(1)
    p.line("１．債務の現況（2026年1月20日現在）", size=10, font="sans-bold")
    p.table([["残元金額", f"{P:,}円", "原契約　平成28年5月9日　キャッシング契約"],
             ["確定利息", f"{INT:,}円", "最終ご返済日　令和2年6月10日"],
             ["遅延損害金額", f"{L:,}円", "期限の利益喪失日　令和2年9月1日"],
             ["本件債権額", f"{T:,}円", "遅延損害金　年20.0%（令和2年9月2日から）"]],
            [32, 34, 104], ruled="rows", aligns="lrl", size=9.5, row_h=7.5)
    p.gap(2)
    p.line("２．ご提案の内容（いずれかをお選びください）", size=10, font="sans-bold")
    p.table([["Ａ　一括和解", "和解金250,000円を一括でお支払いいただければ、残額を免除いたします。"],
             ["Ｂ　分割和解", "和解金360,000円を月々10,000円×36回でお支払いいただきます（初回2026年2月27日）。"]],
            [30, 140], ruled="grid", aligns="ll", size=9, row_h=8)
    p.gap(2)
    y0 = p.y
    p.box(20, y0, 170, 11, width=0.9)
    p.at(24, y0 + 7.5, "ご回答期日", size=10, font="sans-bold")
    p.at(60, y0 + 7.8, "２０２６年２月６日（金）", size=12.5, font="sans-bold")
    p.at(125, y0 + 7.3, "（当社必着）", size=9)
    p.y = y0 + 14
    p.para("※ご回答期日までにご連絡がない場合は、本件債権額全額を請求させていただくとともに、法的手続を検討いたします。"
           "※本提案は当社の判断により撤回することがあります。", size=8.5)
    p.gap(2)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(0.5)
    p.line("------------------------------------- 切り取らずにこのままＦＡＸしてください（022-000-2078） -------------------------------------",
           size=7, align="c")
    p.gap(1)
    p.line("ご回答書　　あけぼの債権回収株式会社 行", size=10.5, font="sans-bold")
    p.line("□ Ａ 一括和解を希望します　　□ Ｂ 分割和解を希望します　　□ 電話で相談したい", size=9.5)
    p.gap(1)
    p.line("ご記入日　　　　年　　月　　日　　　ご署名　＿＿＿＿＿＿＿＿＿＿＿　　お電話番号　＿＿＿＿＿＿＿＿＿＿＿", size=9)
    tr = truth(document_type="settlement_proposal", sender="あけぼの債権回収株式会社", license_number=207,
               phone="022-000-2070", creditor="あけぼの債権回収株式会社", status="unverified",
               original="株式会社こまちローン", debtor="辻本浩二", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2026, 1, 23), payment_due=D(2026, 2, 6), acceleration=D(2020, 9, 1),
               last_payment=D(2020, 6, 10), assignment=D(2021, 7, 1), reference="AK-2601-0337",
               input_kind="fax_tiff", template="proxy7_settlement_old_debt_fax_reply", received=D(2026, 1, 23))
    return dict(stem="t09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="FROM:AKEBONO SERVICER  FAX 022-000-2078  2026/01/23 16:42",
                about="settlement_proposal (invented servicer, old debt)",
                unusual="invented servicer あけぼの債権回収 with 法務大臣許可番号 第207号 (→ unverified) as a 1-page G4 fax; "
                        "letterhead top-left under a thick rule; old debt: last payment 令和2年6月10日 (more than five years: "
                        "prescription territory) and 遅延損害金額 larger than the principal; rows-only table with the dates in "
                        "a third column (残元金額 / 確定利息 / 遅延損害金額 / 本件債権額); two offers in a grid (一括和解金 "
                        "250,000 / 月々10,000円×36回 = 360,000, 初回 2/27 — distractors); ご回答期日 in full-width western "
                        "digits ２０２６年２月６日（金） in a thick box; tick-box ご回答書 below a cut line; 案件No.; fax header "
                        "with the FAX number")


# ---------------------------------------------------------------------------------------------
# t10 an individual lawyer's 受任 + 請求 for a consumer-finance client, HEIC photo held at an angle: firm block top
#     right above the addressee, 「（単位：円）」 two-column table without 円, 本件請求額, 当方案件番号.


def t10():
    P, INT, R = 746_380, 11_292, 19.0
    L = late(P, R, D(2025, 12, 26), D(2026, 2, 28))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和8年3月2日", align="r")
    x = 118
    p.line("〒530-0000 大阪市北区ゆずりは町九丁目9番9号", x=x, size=8.5)
    p.line("ゆずりは法律事務所", x=x, size=12, font="serif-bold")
    p.line("弁護士　日下部　正人", x=x, size=10.5)
    p.line("（大阪弁護士会所属）", x=x, size=8.5)
    p.line("TEL 06-0000-3190　FAX 06-0000-3191", x=x, size=9)
    p.line("事務担当　藤枝", x=x, size=9)
    p.seal(186, p.y - 20, 11, "maru", "日下部", angle=0, seed=7101)
    p.gap(2)
    p.line("〒564-0000　大阪府吹田市さくらなみ町九丁目9番9号", size=9.5)
    p.line("大槻　里美　様", size=13)
    p.line("当方案件番号　YZ-26-0117", size=9.5)
    p.gap(4)
    p.title("ご　通　知", size=16)
    p.para("冠省　当職は、株式会社いちいキャッシング（以下「通知人」といいます。）から、貴殿に対する貸金債権の回収に"
           "ついて委任を受けましたので、本書をもってご通知いたします。")
    p.para("貴殿は、通知人との間の金銭消費貸借契約に基づく約定返済を令和7年10月3日の返済を最後に怠り、通知人からの"
           "催告にもかかわらず、令和7年12月25日の経過により期限の利益を喪失しました。")
    p.para("つきましては、令和8年2月28日現在の下記本件請求額を、令和8年3月16日（月）までに下記預り金口座へ一括にて"
           "お振込みくださいますよう請求いたします。")
    p.para("期限までにお支払いもご連絡もない場合には、やむを得ず法的手続をとらせていただきます。なお、今後のご連絡は、"
           "通知人ではなく当職宛にお願いいたします。")
    p.line("草々", align="r")
    p.line("記", align="c")
    p.line("（単位：円）", align="r", size=9)
    p.table([["請求元本", f"{P:,}"],
             ["未払利息（令和7年12月25日まで）", f"{INT:,}"],
             ["遅延損害金額（令和7年12月26日～令和8年2月28日・年19％）", f"{L:,}"],
             ["本件請求額", f"{T:,}"]], [120, 50], ruled="grid", aligns="lr", size=10, row_h=8.5, font="serif")
    p.gap(3)
    p.kv([("振込先", "なにわ信用金庫　北浜支店　普通預金　0002618"),
          ("口座名義", "弁護士日下部正人預り金口（ベンゴシクサカベマサトアズカリキングチ）"),
          ("当初借入日", "令和4年2月18日（ご契約極度額　800,000円）")], x=24, label_w=28, size=9.5)
    p.gap(2)
    p.para("※お振込みの際は、お名前の前に当方案件番号の数字（260117）を入力してください。", size=9)
    tr = truth(document_type="collection_notice", sender="ゆずりは法律事務所", phone="06-0000-3190",
               creditor="株式会社いちいキャッシング", status="not_applicable", debtor="大槻里美", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 3, 2), payment_due=D(2026, 3, 16),
               acceleration=D(2025, 12, 25), last_payment=D(2025, 10, 3), reference="YZ-26-0117",
               input_kind="photo_heic", template="proxy7_lawyer_notice_unit_table", received=D(2026, 3, 5))
    return dict(stem="t10", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.78, keystone=0.07, tilt=2.0, bg="desk", creases=2, blur=1.1, glare=26, warm=0.8),
                about="collection_notice (individual 弁護士, 受任 + 請求)",
                unusual="an individual lawyer's ご通知 (ゆずりは法律事務所, not a 弁護士法人; creditor = the client "
                        "いちいキャッシング) as an iPhone HEIC photo with a lamp glare and tri-fold creases, turned 2°; firm block "
                        "top RIGHT under the date with a small 認印 (maru) over the name; 冠省 … 草々; a grid with "
                        "（単位：円） above it and no 円 in the cells (請求元本 / 未払利息 / 遅延損害金額 (window + rate in the "
                        "label) / 本件請求額); 当方案件番号 under the addressee and its digits 260117 again in a footnote; "
                        "極度額 800,000 and 当初借入日 as distractors")


# ---------------------------------------------------------------------------------------------
# t11 セゾン債権回収 (第34号) demand after buying a card debt, digital PDF: a summary strip at the top, the breakdown
#     in a two-column box with 利息・手数料, and a 払込取扱票 below a cut line repeating the amount (+ 払込料金 distractor).


def t11():
    P, INT, R = 527_064, 23_518, 14.6
    L = late(P, R, D(2025, 7, 3), D(2026, 3, 20))
    T = P + INT + L
    p = Page(font="sans", size=9.8, top=14)
    p.line("セゾン債権回収株式会社", size=13, font="sans-bold")
    p.line("法務大臣許可　第34号", size=8.5)
    p.at(190, 18, "2026年3月23日(月)", size=9.5, align="r")
    p.at(190, 23, "受付No.　SZ-2603-118842", size=9.5, align="r")
    p.y = 30
    p.line("〒330-0000　埼玉県さいたま市浦和区ひいらぎ町九丁目9番9号", size=9.5)
    p.line("栗林　和也　様", size=13)
    p.gap(3)
    p.title("ご請求書（残債務一括お支払いのお願い）", size=14)
    y0 = p.y
    p.box(20, y0, 170, 14, width=0.8, fill=(0.94, 0.96, 0.99))
    p.at(25, y0 + 6, "お支払いいただく金額", size=9)
    p.at(25, y0 + 11.5, f"{T:,}円", size=14, font="sans-bold")
    p.at(110, y0 + 6, "お支払い期限", size=9)
    p.at(110, y0 + 11.5, "2026年4月9日(木)", size=14, font="sans-bold")
    p.y = y0 + 18
    p.para("当社は、2025年12月1日付で株式会社つばさカードから貴殿に対するクレジットカード利用代金債権を譲り受け、"
           "同社より債権譲渡のご通知を差し上げております。貴殿は2025年7月2日に期限の利益を喪失されていますので、"
           "下記残債務の全額を、お支払い期限までに一括してお支払いくださいますようお願いいたします。")
    p.gap(1)
    y1 = p.y
    p.box(20, y1, 170, 42, width=0.4)
    p.add(Line(105, y1, 105, y1 + 42, 0.3))
    p.at(23, y1 + 6, "ご請求の内訳（2026年3月20日現在）", size=9.5, font="sans-bold")
    items = [("残債務元金", f"{P:,}円"), ("利息・手数料", f"{INT:,}円"), ("遅延損害金（確定分）", f"{L:,}円"),
             ("残債務総額", f"{T:,}円")]
    for i, (a, b) in enumerate(items):
        yy = y1 + 14 + i * 7
        p.at(25, yy, a, size=10, font="sans-bold" if i == 3 else None)
        p.at(101, yy, b, size=10.5, align="r", font="sans-bold" if i == 3 else None)
        if i == 2:
            p.add(Line(23, yy + 2.5, 103, yy + 2.5, 0.5))
    p.at(108, y1 + 6, "ご契約の情報", size=9.5, font="sans-bold")
    for i, (a, b) in enumerate([("原債権者", "株式会社つばさカード"), ("旧カード会員番号", "3562-****-****-7719"),
                                ("債権譲受日", "2025年12月1日"), ("期限の利益喪失日", "2025年7月2日"),
                                ("最終ご入金日", "2025年4月27日"), ("遅延損害金率", "年14.6%（2025年7月3日から）")]):
        yy = y1 + 13 + i * 5.3
        p.at(108, yy, a, size=8)
        p.at(137, yy, b, size=8.5)
    p.y = y1 + 46
    p.para("お支払いは、下の払込取扱票（ゆうちょ銀行・コンビニエンスストア）又は当社指定口座へのお振込みでお願いします。"
           "一括でのお支払いが難しい場合は、お支払い期限までに必ずお電話ください。期限までにご連絡がない場合は、法的手続を"
           "とらせていただくことがあります。", size=9)
    p.gap(1)
    p.line("お問合せ　セゾン債権回収株式会社 お客様センター　TEL 03-0000-3434（平日9:00～18:00）　FAX 03-0000-3435",
           size=9, font="sans-bold")
    p.line("〒170-0000 東京都豊島区ひがしいけ九丁目9番9号　担当：島袋", size=8.5)
    p.gap(3)
    p.line("- - - - - - - - - - - - - - - - - - - - - - -  キ リ ト リ  - - - - - - - - - - - - - - - - - - - - - - -",
           align="c", size=8, color=GRAY)
    p.gap(2)
    y2 = p.y
    p.box(20, y2, 170, 34, width=0.5, color=(0.1, 0.45, 0.25))
    p.at(23, y2 + 5.5, "払込取扱票", size=10, font="sans-bold", color=(0.1, 0.45, 0.25))
    p.at(70, y2 + 5.5, "口座記号番号 00000-0-000343　加入者名 セゾン債権回収株式会社", size=8)
    p.at(23, y2 + 13, "金額", size=9)
    p.at(90, y2 + 14, f"¥{T:,}", size=14, align="r", font="sans-bold")
    p.at(100, y2 + 13, "ご依頼人　栗林　和也　様", size=9)
    p.at(23, y2 + 21, "受付No. SZ-2603-118842　　払込期限 2026年4月9日", size=8.5)
    p.at(23, y2 + 27, "払込料金（203円）はお客様のご負担となります。", size=8)
    p.at(23, y2 + 31.5, "この払込取扱票は期限を過ぎるとご利用いただけません。", size=7.5)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3434", creditor="セゾン債権回収株式会社", status="licensed", original="株式会社つばさカード",
               debtor="栗林和也", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2026, 3, 23), payment_due=D(2026, 4, 9), acceleration=D(2025, 7, 2),
               last_payment=D(2025, 4, 27), assignment=D(2025, 12, 1), reference="SZ-2603-118842",
               input_kind="pdf_text", template="proxy7_servicer_card_debt_payslip", received=D(2026, 3, 26))
    return dict(stem="t11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (servicer, bought card debt)",
                unusual="real servicer セゾン債権回収 with 「法務大臣許可　第34号」 ★ (letterhead top-left, no seal); a shaded "
                        "summary strip FIRST (お支払いいただく金額 / お支払い期限 2026年4月9日(木)); two-column box: "
                        "ご請求の内訳 (残債務元金 / 利息・手数料 / 遅延損害金（確定分） / 残債務総額) ｜ ご契約の情報 (原債権者, "
                        "masked 旧カード会員番号, 債権譲受日, 期限の利益喪失日, 最終ご入金日, 遅延損害金率), so text lines interleave "
                        "the two boxes; a 払込取扱票 below a キリトリ line repeating ¥total, the 受付No. and the deadline, with "
                        "a 口座記号番号 and a 払込料金 203円 distractor; western dates with (曜)")


# ---------------------------------------------------------------------------------------------
# t12 縦書き 内容証明 催告書 from a small money lender, scanned: plain kanji amounts, the late rate as 日歩五銭
#     (= 18.25 % a year), full-width お客様番号 stacked vertically, as-of date ≠ letter date, square seal.


def t12():
    P, INT, R = 583_210, 9_614, 18.25
    L = late(P, R, D(2025, 11, 1), D(2025, 12, 20))
    T = P + INT + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当社との間の令和五年四月十日付金銭消費貸借契約（貸付番号第〇三一七号、お客様番号ＭＨ５１０２）"
                 "に基づく毎月三十日の約定返済を、令和七年八月三十日の返済を最後に怠りました。"),
        ("body", "そのため、貴殿は同契約第十二条により、令和七年十月三十一日の経過をもって期限の利益を喪失しております。"),
        ("body", f"令和七年十二月二十日現在の貴殿の債務は、元金{k(P)}、利息{k(INT)}、損害金{k(L)}（令和七年十一月一日"
                 f"から同年十二月二十日まで日歩五銭の割合）、合計{k(T)}です。"),
        ("body", "つきましては、右合計金額を令和八年一月十六日（金）限り、当社に持参又は送金して一括してお支払いください。"
                 "右期限までにお支払いのないときは、法的手続をとりますので念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十二月二十二日"),
        ("low", "奈良県奈良市まほろば町九丁目九番九号"),
        ("low", "株式会社まほろば商事"),
        ("low", "代表取締役　鶴見　伸介"),
        ("low", "電話〇七四二―〇〇―三一八八"),
        ("blank", ""),
        ("low", "奈良県橿原市うねび台九丁目九番九号"),
        ("low", "水落　千尋　殿"),
    ]
    pages = vertical_page(cols, size=11.5, col_pitch=8.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("株式会社まほろば商事"):
            end = it.y + len(it.s) * it.size * 25.4 / 72 * it.pitch
            pg.items.append(Seal(it.x, end - 4.0, 15, "square", "株式会社まほろば商事之印", angle=4, seed=7121))
    pg.items.append(post_office_stamp(pg, 7122))
    tr = truth(document_type="collection_notice", sender="株式会社まほろば商事", phone="0742-00-3188",
               creditor="株式会社まほろば商事", status="not_applicable", debtor="水落千尋", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 22), payment_due=D(2026, 1, 16),
               acceleration=D(2025, 10, 31), last_payment=D(2025, 8, 30), reference="ＭＨ５１０２",
               input_kind="vertical_scan", template="proxy7_vertical_lender_hibu", received=D(2025, 12, 25))
    return dict(stem="t12", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明, money lender)",
                unusual="縦書き 内容証明 催告書 from a small money lender (株式会社, 代表取締役, square seal stamped over the "
                        "company column), scanned; plain kanji amounts with 万/千/百 (金五十八万三千二百十円); late rate ONLY as "
                        "日歩五銭 (5 sen per 100 yen per day = 18.25 % a year); full-width お客様番号ＭＨ５１０２ inside the "
                        "sentence, next to 貸付番号第〇三一七号 in kanji digits (not the reference); as-of 12/20 ≠ letter 12/22; "
                        "「…限り」 with weekday （金）; kanji phone 〇七四二―〇〇―三一八八; 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# t13 invented servicer (法務大臣許可 第186号 in brackets after the name → unverified) after a 担保不動産競売, phone
#     photo from further away with a hard hand shadow: a 千円 残高推移 table (元金 4,108 rounded ≠ the exact 4,107,553),
#     the claim as two lines + 残債務合計額, sender block at the BOTTOM right, red 親展 stamp.


def t13():
    P, R = 4_107_553, 14.5
    L = late(P, R, D(2026, 1, 17), D(2026, 2, 4))
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.box(20, 14, 22, 9, width=0.7, color=RED)
    p.at(31, 20.5, "親展", size=12, font="sans-bold", align="c", color=RED)
    p.at(190, 18, "令和8年2月4日", size=10, align="r")
    p.at(190, 23.5, "ご照会No.　IB-7731-0426", size=9.5, align="r")
    p.y = 29
    p.line("〒064-0000　北海道札幌市中央区はまなす台九丁目9番9号", size=9.5)
    p.line("笠井　隆　様", size=13)
    p.gap(4)
    p.title("配当金受領のご報告と残債務お支払いのお願い", size=14)
    p.para("当社が令和6年2月15日に株式会社おおとり銀行から譲り受けました貴殿の住宅ローン債権につきましては、担保不動産"
           "競売事件（札幌地方裁判所 令和6年（ケ）第388号）において、令和8年1月16日の配当期日に当社へ配当金13,620千円"
           "が交付され、執行費用、遅延損害金、利息、元金の順に充当いたしました。")
    p.para("なお、ご融資残高の推移は次のとおりです（千円未満切捨て）。")
    p.table([["（単位：千円）", "競売申立時", "配当充当額", "充当後"],
             ["元金", "15,800", "11,692", "4,108"],
             ["利息", "412", "412", "0"],
             ["遅延損害金", "1,098", "1,098", "0"],
             ["執行費用", "418", "418", "0"]], [44, 42, 42, 42], header=True, aligns="lrrr", size=9.5, row_h=7.2)
    p.gap(3)
    p.para("つきましては、配当後の残債務（下記）を、弁済期日までに一括してお支払いいただきますようお願い申し上げます。"
           "期日までにご入金又はご連絡がない場合は、給与等の差押えを含む法的手続を検討いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["残存元金", f"{P:,}円"],
             ["遅延損害金（令和8年1月17日～2月4日　年14.5%）", f"{L:,}円"],
             ["残債務合計額", f"{T:,}円"]], [115, 45], x=25, ruled="rows", size=10.5, row_h=8.5)
    p.gap(2)
    p.kv([("弁済期日", "令和8年2月26日（木）"),
          ("期限の利益喪失日", "令和5年11月30日"),
          ("最終ご入金日", "令和5年8月31日")], x=28, label_w=38, size=10)
    p.line("以上", align="r")
    p.gap(4)
    x = 108
    y = p.y
    p.line("〒060-0000 札幌市北区いぶき野九丁目9番9号", x=x, size=8.5)
    p.line("いぶき債権回収株式会社（法務大臣許可 第186号）", x=x - 8, size=10.5, font="sans-bold")
    p.line("業務管理部　担当：寺門", x=x, size=9)
    p.line("TEL 011-000-1860　FAX 011-000-1869", x=x, size=9.5)
    p.seal(182, y + 17, 13, "square", "いぶき債権回収之印", angle=-6, seed=7131)
    tr = truth(document_type="collection_notice", sender="いぶき債権回収株式会社", license_number=186,
               phone="011-000-1860", creditor="いぶき債権回収株式会社", status="unverified", original="株式会社おおとり銀行",
               debtor="笠井隆", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 2, 4),
               payment_due=D(2026, 2, 26), acceleration=D(2023, 11, 30), last_payment=D(2023, 8, 31),
               assignment=D(2024, 2, 15), reference="IB-7731-0426", input_kind="photo_jpeg",
               template="proxy7_auction_invented_servicer_photo", received=D(2026, 2, 7))
    return dict(stem="t13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(canvas=(2268, 3024), fill=0.74, keystone=0.06, tilt=1.5, bg="tatami", shadow=0.4,
                          shadow_side="right", blur=1.0),
                about="collection_notice (invented servicer, 競売後)",
                unusual="invented servicer いぶき債権回収 printing 「（法務大臣許可 第186号）」 in brackets right after its name "
                        "(→ unverified), sender block at the BOTTOM right with a 角印; phone photo from further away (the sheet "
                        "fills ~¾ of the frame) on tatami with a hard hand shadow down the right; red 親展 box; (ケ) case "
                        "number and 配当金 13,620千円 in prose; a 千円 残高推移 table (競売申立時 / 配当充当額 / 充当後) whose "
                        "元金 4,108 is the ROUNDED principal — the claim is 残存元金 4,107,553 + 遅延損害金 = 残債務合計額 "
                        "(interest and costs fully paid → null); 弁済期日 label; ご照会No.")


# ---------------------------------------------------------------------------------------------
# t14 債権譲渡に関するご通知 sent by the bank ALONE (譲受人 みずほ債権回収, named without a number): a 千円 table
#     (each item rounded down) and the exact yen amounts in a ※ sentence under it; the 譲受人's phone in a box.


def t14():
    P, INT, R = 2_732_000, 18_416, 14.0
    L = late(P, R, D(2025, 6, 21), D(2025, 9, 30))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=18)
    p.line("2025年10月15日（水）", align="r")
    p.line("顧客ID　3300-558127", align="r", size=9.5)
    p.line("〒350-0000　埼玉県川越市こぶし町九丁目9番9号", size=9.5)
    p.line("長嶺　さおり　様", size=13)
    p.gap(2)
    x = 120
    y = p.y
    p.line("株式会社ひかわ銀行", x=x, size=12, font="serif-bold")
    p.line("融資管理部　部長　芦田　保", x=x, size=9.5)
    p.line("〒330-0000 さいたま市大宮区ひかわ参道九丁目9番9号", x=x, size=8)
    p.line("電話 048-000-6125（融資管理部直通）", x=x, size=9)
    p.seal(183, y + 4, 14, "square", "株式会社ひかわ銀行之印", angle=5, seed=7141)
    p.gap(4)
    p.title("債権譲渡に関するご通知", size=15)
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。平素は当行をお引き立ていただき、誠にありがとう"
           "ございます。")
    p.para("さて、当行が貴殿に対して有する下記の貸付債権（元本、利息、遅延損害金及びこれに付帯する一切の権利を含み"
           "ます。）を、2025年10月1日付でみずほ債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしましたので、"
           "民法第467条に基づきご通知申し上げます。")
    p.para("今後、本件債権のお支払い及びお問い合わせは、すべて譲受人にお願いいたします。譲受人から、お支払い方法等に"
           "ついて別途ご案内がございます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("１．原契約", "証書貸付（事業資金）　平成30年12月14日付　当初貸付額5,000,000円"),
          ("２．期限の利益喪失日", "2025年6月20日"),
          ("３．最終ご返済日", "2025年3月31日"),
          ("４．譲渡日", "2025年10月1日")], x=24, label_w=44, size=10)
    p.gap(1)
    p.line("５．譲渡債権の額（2025年9月30日現在）", x=24, size=10)
    p.table([["元本", "利息", "遅延損害金（年14.0%）", "計"],
             [f"{P // 1000:,}", f"{INT // 1000:,}", f"{L // 1000:,}", f"{T // 1000:,}"]], [36, 36, 56, 36], x=30,
            header=True, aligns="rrrr", size=10, font="serif")
    p.line("（単位：千円、千円未満切捨てのため合計が一致しない場合があります）", x=30, size=8.5)
    p.gap(1)
    p.para(f"※円単位の譲渡債権額は、元本{P:,}円、利息{INT:,}円、遅延損害金{L:,}円（2025年6月21日から同年9月30日まで）、"
           f"合計{T:,}円です。", x0=30, size=9.5, indent="")
    p.line("以上", align="r")
    p.gap(2)
    p.box(20, p.y, 170, 16, width=0.5)
    p.y += 2.5
    p.line("【譲受人】みずほ債権回収株式会社（お問い合わせ先）", x=24, size=9.5, font="serif-bold")
    p.line("〒100-0000 東京都千代田区こうじ坂九丁目9番9号　電話 03-0000-5270（平日9:00～17:00）", x=24, size=9)
    tr = truth(document_type="assignment_notice", sender="株式会社ひかわ銀行", phone="048-000-6125",
               creditor="みずほ債権回収株式会社", status="not_applicable", original="株式会社ひかわ銀行",
               debtor="長嶺さおり", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False,
               issued=D(2025, 10, 15), acceleration=D(2025, 6, 20), last_payment=D(2025, 3, 31),
               assignment=D(2025, 10, 1), reference="3300-558127", input_kind="pdf_text",
               template="proxy7_bank_alone_assignment_thousands", received=D(2025, 10, 17))
    return dict(stem="t14", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (bank alone → servicer)",
                unusual="債権譲渡に関するご通知 sent by the BANK alone (sender = bank, creditor = 譲受人 みずほ債権回収 — a CSV "
                        "name no earlier set used, printed without a number ★; sender not a servicer → not_applicable); "
                        "bank block top right under the addressee with a square seal; a one-row 千円 table (each item "
                        "rounded down, so its 計 is one more than the sum of the rounded items) followed by the EXACT yen amounts in a ※ "
                        "sentence; 当初貸付額 5,000,000 and 平成30年 contract as distractors; 顧客ID; the 譲受人's own phone "
                        "in a box (not the sender phone); only informs (lump false, no payment date)")


# ---------------------------------------------------------------------------------------------
# t15 架空請求 postcard from a fake public body 「消費者庁管轄 全国消費料金適正化センター」 photographed on a table.


def t15():
    p = Page(w=100, h=148, font="sans", size=7.6, left=7, right=7, top=8, leading=1.5)
    p.line("消費者庁管轄", size=8, align="c")
    p.line("全国消費料金適正化センター", size=10.5, font="sans-bold", align="c")
    p.gap(1)
    p.line("未納料金に関する民事訴訟告知書", size=11, font="sans-bold", align="c", color=RED)
    p.add(Line(7, p.y, 93, p.y, 0.5))
    p.gap(2)
    p.line("上条　雅人　様", size=10)
    p.line("管理番号　ぬ－１１９", size=8.5)
    p.gap(1.5)
    p.para("この度、ご通知致しましたのは、貴方様がご利用された契約会社及び運営会社より、未納料金の件につき民事訴訟が"
           "提起されましたことを通達致します。", x0=7, x1=93, size=7.6)
    p.para("本通知を以て、裁判所への出廷通知の最終告知となります。尚、裁判取下げの御相談につきましては、当センターに"
           "て受け付けております。", x0=7, x1=93, size=7.6)
    p.para("ご連絡なき場合、原告側の主張が全面的に受理され、給与・動産・不動産等の差押えが強制執行されます。また、"
           "勤務先・ご親族への調査が行われる場合がございます。", x0=7, x1=93, size=7.6)
    p.para("個人情報保護のため、必ずご本人様よりお問い合わせ下さい。", x0=7, x1=93, size=7.6)
    p.gap(2)
    y = p.y
    p.box(9, y, 82, 21, width=0.6)
    p.at(50, y + 5.5, "訴訟取下げ最終期日", size=8.5, align="c", font="sans-bold")
    p.at(50, y + 11.5, "令和８年１月２６日（月）", size=10, align="c", font="sans-bold", color=RED)
    p.at(50, y + 17.5, "お問合せ窓口　０３－００００－８６２４", size=8.5, align="c", font="sans-bold")
    p.y = y + 24
    p.line("受付時間　平日 9:00～18:00", size=7.5, align="c")
    p.gap(2)
    p.line("通知日　令和８年１月１９日", size=7.5, align="r")
    p.line("東京都千代田区霞が関九丁目", size=7, align="r")
    p.seal(80, 138, 13, "round", "全国消費料金|適正化/センター", angle=8, seed=7151)
    tr = truth(document_type="other", sender="消費者庁管轄全国消費料金適正化センター", phone="03-0000-8624",
               creditor=None, status="not_licensed", debtor="上条雅人", lump=False, issued=D(2026, 1, 19),
               reference="ぬ－１１９", is_scam=True, input_kind="photo_jpeg",
               template="proxy7_scam_postcard_fake_public_body", received=None)
    return dict(stem="t15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1800, 2400), fill=0.72, keystone=0.05, tilt=5.0, bg="wood", blur=0.9, glare=18),
                about="other (scam postcard, fake public body)",
                unusual="架空請求 postcard from a fake public body 「消費者庁管轄 全国消費料金適正化センター」 (the 「○○管轄」 pattern "
                        "of the 法務省管轄支局 fakes, now with 消費者庁); red title 未納料金に関する民事訴訟告知書; hiragana "
                        "管理番号 ぬ－１１９; 差押え / 勤務先・親族調査 threats; 訴訟取下げ最終期日 in a box (not a payment "
                        "deadline); no amount, no creditor, no case number; 通知日 at the bottom; only a town-level "
                        "霞が関 address; round red seal; phone photo of the card lying on a table, turned 5°")


# ---------------------------------------------------------------------------------------------
# t16 架空請求 letter from a fake servicer that is a 有限会社 (a servicer must be a 株式会社) printing a bogus
#     法務大臣許可番号 第556号; 債権移行; gift cards or a staff member's account; 03 本部 + 090 担当直通.


def t16():
    T = 386_400
    p = Page(font="sans", size=10, top=16)
    p.line("令和8年4月6日", align="r")
    p.line("お客様管理番号　ＥＪ－０９１８７", align="r", size=9.5)
    p.line("宮腰　陽子　様", size=13)
    p.gap(3)
    p.line("有限会社東日本債権管理回収センター", x=100, size=11, font="sans-bold")
    p.line("法務大臣許可番号　第５５６号", x=100, size=9)
    p.line("法務省認定　債権回収専門業者", x=100, size=9)
    p.line("本部 03-0000-5566　担当直通 090-0000-1187（江藤）", x=100, size=9)
    p.gap(4)
    p.title("債権移行に伴う最終督促通知書", size=15, color=RED)
    p.para("貴殿がご利用になられた通信販売サイト利用料金につきまして、契約会社より長期未納となっている旨の報告を受け、"
           "当社が同債権の移行を受けましたのでご通知致します。")
    p.para("本状は最終通知となります。下記期日までにお支払い又はご連絡のない場合は、当社顧問弁護士の指示の下、民事訴訟の"
           "提起、給与等の差押えの手続きに移行致します。また、ご自宅・勤務先への訪問回収を行う場合は、別途近隣調査費・"
           "交通費を申し受けます。")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 24, width=1.0, color=RED)
    p.at(36, y + 9, "ご請求金額", size=11, font="sans-bold")
    p.at(174, y + 9.5, "￥３８６，４００－", size=15, font="sans-bold", align="r", color=RED)
    p.at(36, y + 19, "お支払期限", size=11, font="sans-bold")
    p.at(174, y + 19.5, "令和８年４月８日（水）正午まで", size=13, font="sans-bold", align="r")
    p.y = y + 28
    p.line("（ご請求金額には未納料金・延滞金・調査費用が含まれます）", size=9, align="c")
    p.gap(2)
    p.line("【お支払方法】", font="sans-bold")
    p.para("①担当者がご案内する個人名義口座へのお振込み　②コンビニエンスストアで電子マネーギフトカードをご購入の上、"
           "カード番号を担当者へお伝えください。※お支払方法は必ず担当直通電話にてご確認下さい。", size=9.5)
    p.gap(2)
    p.para("※本件に関し、ご家族・勤務先へのご相談はご遠慮下さい。個人情報保護のため、ご本人様以外からのお問い合わせには"
           "一切お答え出来ません。", size=9)
    p.para("※既にお支払い済みの場合でも、確認のため必ずご連絡下さい。", size=9)
    p.seal(178, 52, 16, "square", "債権管理回収センター之印", angle=8, seed=7161)
    tr = truth(document_type="other", sender="有限会社東日本債権管理回収センター", license_number=556,
               phone="03-0000-5566", creditor=None, status="not_licensed", debtor="宮腰陽子", total=T, lump=False,
               issued=D(2026, 4, 6), payment_due=D(2026, 4, 8), reference="ＥＪ－０９１８７", is_scam=True,
               input_kind="scan_png", template="proxy7_scam_yugen_servicer_giftcards", received=None)
    return dict(stem="t16", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (scam, fake servicer)",
                unusual="架空請求 letter from 「有限会社東日本債権管理回収センター」: a 有限会社 cannot hold a servicer licence "
                        "(licensees must be 株式会社), bogus 法務大臣許可番号 第５５６号 (kept as printed; not_licensed) and "
                        "「法務省認定 債権回収専門業者」; 債権移行 wording, 通信販売サイト利用料金, 2-day deadline (お支払期限 "
                        "令和８年４月８日（水）正午まで), payment to a staff member's personal account or e-money gift cards, "
                        "近隣調査費 and visit threats, 本部 03 + 090 担当直通; no street address; red title and red amount "
                        "box with full-width ￥３８６，４００－; components only named; scanned")


LETTERS = [t09, t10, t11, t12, t13, t14, t15, t16]
_ = (Line, fw)
