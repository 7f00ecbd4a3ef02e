"""Proxy-2 letters k09–k16 (two scams, a fax, three 縦書き, a 受託通知, a 地裁 case after 督促異議)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import PT_MM, RED, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


def _seal_after(it, gap=7.0):
    """y of a seal centre just below the end of a vertical column."""
    return it.y + len(it.s) * it.size * PT_MM * it.pitch + gap


def _seal_by(pages, startswith, size, kind, text, angle, seed):
    for pg in pages:
        for it in list(pg.items):
            if isinstance(it, VText) and it.s.startswith(startswith):
                pg.items.append(Seal(it.x, _seal_after(it), size, kind, text, angle=angle, seed=seed))
                return
    raise AssertionError(startswith)


# ---------------------------------------------------------------------------------------------
# k09 架空請求 postcard imitating a court body (「地方裁判所管理局」): 特定消費料金訴訟最終告知, hiragana 管理番号,
#     裁判取り下げ最終期日 (not a payment due date), no date, no amount, no creditor.


def k09():
    p = Page(w=100, h=148, left=8, right=8, top=9, font="sans", size=7.5, leading=1.5)
    p.line("〒036-0000　青森県弘前市さくら野九丁目9-9", size=7)
    p.line("原田　修　様", size=10.5)
    p.gap(2)
    p.line("特定消費料金訴訟最終告知のお知らせ", align="c", size=10.5, font="sans-bold")
    p.line("管理番号　に０７３", align="r", size=7.5)
    p.gap(1)
    p.para("この度、貴方様がご利用された契約会社ないしは運営会社から、未納料金に関する契約不履行による民事訴訟として、"
           "訴状が提出されましたことをご通知致します。", size=7.2)
    p.para("裁判取り下げ最終期日を過ぎますと、原告側の主張が全面的に認められ、裁判所の許可に基づき、給与・預貯金・"
           "動産・不動産の差押えを強制執行させていただきますので、裁判所執行官立会いのもと、執行証書の交付を"
           "行います。", size=7.2)
    p.para("裁判取り下げ等のご相談に関しましては、当局にて承っておりますので、お問い合わせください。尚、個人情報保護の"
           "ため、必ずご本人様からご連絡いただきますようお願い申し上げます。", size=7.2)
    p.gap(2)
    p.line("裁判取り下げ最終期日　令和7年12月5日", align="c", size=9, font="sans-bold", color=RED)
    p.gap(3)
    p.rule(width=0.4)
    p.gap(2)
    p.line("地方裁判所管理局", size=9.5, font="sans-bold")
    p.line("民事訴訟通達課　相談窓口", size=7.5)
    p.line("東京都千代田区霞が関一丁目", size=7)
    p.line("TEL　03-0000-6489", size=9, font="sans-bold")
    p.line("受付時間　9:00～20:00（土日祝日を除く）", size=6.8)
    tr = truth(document_type="other", sender="地方裁判所管理局", phone="03-0000-6489", creditor=None,
               status="not_licensed", debtor="原田修", reference="に073", is_scam=True, input_kind="photo_jpeg",
               template="proxy2_scam_court_postcard", received=None)
    return dict(stem="k09_scam_court_like_postcard_photo_jpeg", ext="jpg", kind="photo_jpeg", pages=[p.spec],
                truth=tr, about="other (scam postcard)", postcard=True,
                unusual="架空請求 postcard imitating a court body 「地方裁判所管理局 民事訴訟通達課」 with 「特定消費料金訴訟最終告知"
                        "のお知らせ」; hiragana 管理番号 に０７３; 裁判取り下げ最終期日 (not a payment due date); no letter "
                        "date, no amount, no creditor, no case number; 03 number; phone photo of a postcard")


# ---------------------------------------------------------------------------------------------
# k10 fake servicer letter with a STOLEN licence number (第１０号 belongs to another company), 090 mobile,
#     gift-card/個人名義 payment, 電子消費者契約通信未納利用料, printed date and お支払期限. Scanned A4.


def k10():
    p = Page(font="sans", size=10.5)
    p.line("令和7年11月26日", align="r")
    p.gap(2)
    p.line("〒910-0000　福井県福井市あじさい台九丁目9番9号")
    p.line("松田　由香　様", size=13)
    p.line("お客様管理番号　JN-88104", size=9.5)
    p.gap(3)
    p.title("債権譲受通知兼最終督促状", size=17, color=RED)
    p.para("当社は法務省認可の債権回収会社として、貴殿がご利用になられた電子消費者契約通信（有料動画・情報サイト）の"
           "運営会社より、未納利用料に係る債権の譲渡を受けております。これまで運営会社より再三ご請求がなされましたが、"
           "現在に至るまでお支払いの確認ができておりません。")
    p.para("つきましては、本書をもって最終督促とさせていただきます。お支払期限までにご入金又はご連絡なき場合は、"
           "民事訴訟を提起し、裁判所の命令に基づきご勤務先への給与差押え及びご自宅への強制執行を行います。"
           "また、ご自宅・ご勤務先への訪問回収を実施し、交通費・近隣調査費を別途ご請求いたします。")
    p.gap(3)
    p.box(30, p.y, 150, 32, width=0.8, color=RED)
    p.gap(4)
    p.line("ご請求金額　　金348,600円", x=40, size=15, font="sans-bold")
    p.line("（未納利用料・延滞金・調査手数料を含みます）", x=40, size=9)
    p.line("お支払期限　　令和7年12月1日（月）", x=40, size=13, font="sans-bold", color=RED)
    p.gap(11)
    p.line("【お支払方法】", font="sans-bold")
    p.para("下記担当者直通電話にご連絡のうえ、担当者が指定するギフトカード（電子マネー）の番号をお伝えいただくか、"
           "担当者個人名義の口座へお振り込みください。ご家族・ご勤務先に知られずに解決をご希望の方は、必ずご本人様より"
           "ご連絡ください。", size=10)
    p.gap(4)
    p.rule()
    p.gap(3)
    p.line("全日本債権回収センター株式会社", size=13, font="sans-bold")
    p.line("法務大臣許可番号　第１０号", size=10)
    p.line("本社：東京都中央区日本橋（詳細はお電話でご案内します）", size=9)
    p.line("回収管理部　担当　田所　　直通携帯 090-0000-3816", size=10.5, font="sans-bold")
    p.line("受付時間　9:00～21:00（土日祝も受付）", size=9)
    tr = truth(document_type="other", sender="全日本債権回収センター株式会社", license_number=10,
               phone="090-0000-3816", creditor=None, status="not_licensed", debtor="松田由香", total=348_600,
               issued=D(2025, 11, 26), payment_due=D(2025, 12, 1), reference="JN-88104", is_scam=True,
               input_kind="scan_png", template="proxy2_scam_stolen_licence", received=None)
    return dict(stem="k10_scam_stolen_licence_scan_png", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (scam, fake servicer)",
                unusual="架空請求 from an invented 「全日本債権回収センター株式会社」 printing a STOLEN licence number "
                        "法務大臣許可番号 第１０号 (the registry's 第10号 is another company → scam, not_licensed; number kept "
                        "as printed); 法務省認可 claim, 電子消費者契約通信未納利用料, gift cards or a staff member's personal "
                        "account, 090 mobile 「直通携帯」, no street address; red boxed ご請求金額 and お支払期限; scan")


# ---------------------------------------------------------------------------------------------
# k11 消費者金融 督促状 for arrears by fax: JIS R7.11.14 dates, 口座振替日 distractors (previous failed debit,
#     next debit) next to the お支払期日, お問合せ番号 vs ご契約番号, 未払元金/未払利息/遅延損害金/合計ご請求額.


def k11():
    P, INT, R = 48_300, 9_870, 20.0
    L = late(P, R, D(2025, 9, 28), D(2025, 11, 12))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    p.gap(4)
    p.line("R7.11.14", align="r")
    p.gap(1)
    top = p.y
    p.line("〒444-0000")
    p.line("愛知県岡崎市くすのき通九丁目9番9号")
    p.line("杉山　健太　様", size=13.5)
    yb = p.y
    p.y = top
    x = 122
    p.line("くすのきファイナンス株式会社", x=x, size=11.5, font="sans-bold")
    p.line("お客様センター　0120-000-458", x=x, size=10)
    p.line("（FAX 052-000-4582）", x=x, size=9)
    p.line("東海財務局長(3)第00458号", x=x, size=8.5)
    p.line("日本貸金業協会会員 第009912号", x=x, size=8.5)
    p.y = max(p.y, yb) + 5
    p.title("ご返済のお願い（督促状）", size=16)
    p.para("いつもご利用いただきありがとうございます。お客様のご返済が確認できておりません。下記のご請求額を"
           "お支払期日までにお振込みいただくか、ご来店のうえお支払いください。")
    p.gap(2)
    p.table([["お問合せ番号", "7720-1934-55", "ご契約番号", "KF-0045821"],
             ["最終返済日", "R7.8.27", "前回口座振替日", "R7.10.27（振替不能）"],
             ["次回口座振替日", "R7.11.27", "お支払期日", "R7.11.28(金)"]],
            [32, 50, 34, 54], x=20, aligns="llll", size=10, row_h=10)
    p.gap(5)
    p.line("ご請求額の内訳", font="sans-bold", size=11)
    p.table([["未払元金", f"{P:,}円"],
             ["未払利息", f"{INT:,}円"],
             ["遅延損害金（R7.9.28～R7.11.12・年20.0%）", f"{L:,}円"],
             ["合計ご請求額", f"{T:,}円"]], [110, 50], x=20, aligns="lr", size=11, row_h=11, line_w=0.5)
    p.gap(5)
    p.para("※お支払期日を過ぎますと、ご契約に基づき期限の利益を喪失し、ご融資残高の全額をご請求させていただく"
           "場合がございます。", size=10)
    p.para("※口座振替をご希望の場合、次回口座振替日に合計ご請求額を引き落とします（残高をご確認ください）。", size=10)
    p.para("※行き違いでお支払いいただいている場合は、ご容赦ください。", size=10)
    p.gap(4)
    p.line("お振込先　くすのき銀行　本店営業部　普通　0004581　クスノキファイナンス（カ", size=10)
    tr = truth(document_type="collection_notice", sender="くすのきファイナンス株式会社", phone="0120-000-458",
               creditor="くすのきファイナンス株式会社", status="not_applicable", debtor="杉山健太", total=T,
               principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=D(2025, 11, 14),
               payment_due=D(2025, 11, 28), last_payment=D(2025, 8, 27), reference="7720-1934-55",
               input_kind="fax_tiff", template="proxy2_arrears_fax_jis", received=D(2025, 11, 14))
    return dict(stem="k11_lender_arrears_fax_tiff", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                about="collection_notice (arrears)",
                fax_header="2025/11/14 10:22 FROM:KUSUNOKI FIN 052-000-4582",
                unusual="消費者金融 督促状 for arrears (lump false, acceleration only threatened) as a 1-page G4 fax; "
                        "JIS dates R7.11.14 / R7.11.28(金); 4-column grid mixing お問合せ番号 (reference) with ご契約番号, "
                        "前回口座振替日 (failed) and 次回口座振替日 next to the お支払期日; 未払元金/未払利息/遅延損害金/"
                        "合計ご請求額; 貸金業登録番号 + 協会会員番号 (no licence); fax header with the FAX number")


# ---------------------------------------------------------------------------------------------
# k12 縦書き 内容証明 期限の利益喪失通知書 from a 信用組合: 大字 amounts, 年十四パーセント, 本書到達後十日以内
#     (no absolute due date), 理事長, no reference number.


def k12():
    P, INT, R = 1_874_000, 12_300, 14.0
    L = late(P, R, D(2025, 10, 1), D(2025, 11, 20))
    T = P + INT + L
    dj = lambda n: "金" + kanji_number(n, daiji=True) + "円"  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "当組合は、貴殿との間の平成三十年五月十八日付金銭消費貸借契約（証書貸付）に基づき、貴殿に対し"
                 "貸金債権を有しております。"),
        ("body", "しかるに貴殿は、令和七年六月三十日の約定弁済を最後にその後の弁済を怠り、当組合からの再三の催告にも"
                 "応じられなかったため、同契約の定めにより、令和七年九月三十日の経過をもって期限の利益を喪失されました。"),
        ("body", "よって、当組合は貴殿に対し、左記債務全額を一括してお支払いいただくよう請求いたします。本書到達後"
                 "十日以内にお支払いのないときは、担保権の実行その他の法的手続に移行いたしますので、念のため申し添えます。"),
        ("plain", "記"),
        ("indent", f"一　元金　{dj(P)}"),
        ("indent", f"二　利息　{dj(INT)}"),
        ("indent", f"三　遅延損害金　{dj(L)}"),
        ("indent", "　（令和七年十月一日から同年十一月二十日まで、元金に対し年十四パーセントの割合）"),
        ("indent", f"四　合計　{dj(T)}"),
        ("bottom", "以上"),
        ("low", "令和七年十一月二十一日"),
        ("low", "愛媛県松山市あさぎり町九丁目九番地"),
        ("low", "信用組合あさぎり"),
        ("low", "理事長　朝霧　宗一郎"),
        ("low", "電話〇八九（〇〇〇）五五二一"),
        ("blank", ""),
        ("low", "愛媛県今治市しおかぜ台九丁目九番九号"),
        ("low", "村上　晴美　殿"),
    ]
    pages = vertical_page(cols, size=11.5)
    _seal_by(pages, "理事長", 12, "round", "|理事長/之印", -6, 3201)
    pages[-1].items.append(post_office_stamp(pages[-1], 3202))
    tr = truth(document_type="acceleration_notice", sender="信用組合あさぎり", phone="089-000-5521",
               creditor="信用組合あさぎり", status="not_applicable", debtor="村上晴美", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 21), payment_due=None,
               acceleration=D(2025, 9, 30), last_payment=D(2025, 6, 30), reference=None,
               input_kind="vertical_pdf", template="proxy2_vertical_credit_union_naiyou", received=D(2025, 11, 25))
    return dict(stem="k12_vertical_credit_union_naiyou_vertical_pdf", ext="pdf", kind="vertical_pdf", pages=pages,
                truth=tr, about="acceleration_notice (縦書き 内容証明)",
                unusual="縦書き 内容証明 期限の利益喪失通知書 from a 信用組合 (理事長, round seal, 郵便認証司 stamp); every "
                        f"amount in 大字 ({dj(T)}); kansuji dates; rate 年十四パーセント; deadline only relative "
                        "(本書到達後十日以内 → payment_due null); 平成三十年 contract date; no reference number")


# ---------------------------------------------------------------------------------------------
# k13 縦書き 最終催告書 (scan) from a real servicer name with a WRONG kanji licence number 第六十七号 (registry: 76),
#     full-width お客様番号, kanji amounts, 限り deadline, free-dial in kanji digits.


def k13():
    P, INT, R = 428_600, 7_912, 14.6
    L = late(P, R, D(2024, 10, 28), D(2025, 11, 25))
    T = P + INT + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "最終催告書"),
        ("body", "当社は、令和七年三月三日、株式会社あかつきカードから、同社が貴殿に対して有する左記債権を譲り受け"
                 "ました。その後再三にわたりお支払いをお願いしておりますが、本日に至るもご入金がございません。"),
        ("body", "貴殿は令和六年十月二十七日の経過により期限の利益を喪失されておりますので、左記合計額を令和七年十二月十日"
                 "限り一括してお支払いください。期限までにお支払い又はご連絡がない場合は、支払督促・訴訟等の法的手続に"
                 "移行いたします。"),
        ("plain", "記"),
        ("indent", "一　お客様番号　ＡＲ－５０６１９"),
        ("indent", "二　原債権者　株式会社あかつきカード"),
        ("indent", "三　最終入金日　令和六年七月二十七日"),
        ("indent", f"四　元金　{k(P)}"),
        ("indent", f"五　利息　{k(INT)}"),
        ("indent", f"六　遅延損害金　{k(L)}"),
        ("indent", "　（令和六年十月二十八日から令和七年十一月二十五日まで年十四・六パーセント）"),
        ("indent", f"七　合計　{k(T)}"),
        ("bottom", "以上"),
        ("low", "令和七年十一月二十六日"),
        ("low", "東京都港区あたご九丁目九番九号"),
        ("low", "アウロラ債権回収株式会社　管理部"),
        ("low", "法務大臣許可番号第六十七号"),
        ("low", "電話〇一二〇―〇〇〇―七六〇"),
        ("blank", ""),
        ("low", "東京都世田谷区ひばり丘九丁目九番九号"),
        ("low", "木村　沙織　殿"),
    ]
    pages = vertical_page(cols, size=10.5)
    assert len(pages) == 1, len(pages)
    _seal_by(pages, "アウロラ", 12, "square", "債権回収之印", 4, 3301)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=67,
               phone="0120-000-760", creditor="アウロラ債権回収株式会社", status="license_mismatch",
               original="株式会社あかつきカード", debtor="木村沙織", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2025, 11, 26), payment_due=D(2025, 12, 10),
               acceleration=D(2024, 10, 27), last_payment=D(2024, 7, 27), assignment=D(2025, 3, 3),
               reference="AR-50619", input_kind="vertical_scan", template="proxy2_vertical_servicer_mismatch",
               received=D(2025, 11, 28))
    return dict(stem="k13_vertical_servicer_mismatch_vertical_scan", ext="png", kind="vertical_scan", pages=pages,
                truth=tr, about="collection_notice (縦書き)",
                unusual="縦書き 最終催告書, scanned; real servicer name アウロラ債権回収 ★ with a WRONG positional-kanji "
                        "licence 法務大臣許可番号第六十七号 (registry 76 → license_mismatch); assignment date only in the prose; "
                        "plain kanji amounts; late-damages window on its own continuation column; full-width お客様番号 "
                        "ＡＲ－５０６１９ stacked vertically; 令和七年十二月十日限り; free-dial 〇一二〇―〇〇〇―七六〇")


# ---------------------------------------------------------------------------------------------
# k14 縦書き notice to a 連帯保証人 (addressee = guarantor, main debtor a company): full-width arabic digits stacked
#     vertically, issued in 令和 but the due date in western full-width, 損害金, 整理番号.


def k14():
    P, INT, R = 3_150_000, 21_600, 14.6
    L = late(P, R, D(2025, 10, 16), D(2025, 11, 27))
    T = P + INT + L
    m = lambda n: fw(f"金{n:,}円")  # noqa: E731
    cols = [
        ("title", "連帯保証人様へのご通知"),
        ("body", "主たる債務者有限会社さとう製作所（以下「主債務者」といいます。）は、当金庫との間の" + fw("令和4年3月25日")
         + "付金銭消費貸借契約（証書貸付）に基づく約定返済を、" + fw("令和7年7月15日") + "の返済を最後に怠り、"
         + fw("令和7年10月15日") + "の経過をもって期限の利益を喪失しました。"),
        ("body", "貴殿は、同契約に基づく主債務者の一切の債務について連帯保証をされておりますので、民法第四百五十八条の三の"
                 "規定によりその旨をご通知申し上げますとともに、左記合計金額を" + fw("2025年12月19日")
         + "までに一括してお支払いくださいますよう請求いたします。"),
        ("plain", "記"),
        ("indent", "整理番号　ＳＧ" + fw("25-071")),
        ("indent", "元金　　" + m(P)),
        ("indent", "利息　　" + m(INT)),
        ("indent", "損害金　" + m(L)),
        ("indent", "　（" + fw("2025年10月16日") + "から" + fw("2025年11月27日") + "まで年" + fw("14.6%") + "）"),
        ("indent", "合計　　" + m(T)),
        ("indent", "お支払期限　" + fw("2025年12月19日")),
        ("bottom", "以上"),
        ("low", fw("令和7年11月28日")),
        ("low", "埼玉県川越市しろがね町九丁目九番九号"),
        ("low", "しろがね信用金庫　融資部"),
        ("low", "電話" + fw("049-000-3370")),
        ("blank", ""),
        ("low", "埼玉県所沢市ゆりのき台九丁目九番九号"),
        ("low", "連帯保証人　佐藤　和子　殿"),
    ]
    pages = vertical_page(cols, size=11.0)
    _seal_by(pages, "しろがね信用金庫", 10, "square", "しろがね信用金庫印", 5, 3401)
    tr = truth(document_type="acceleration_notice", sender="しろがね信用金庫", phone="049-000-3370",
               creditor="しろがね信用金庫", status="not_applicable", debtor="佐藤和子", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 28), payment_due=D(2025, 12, 19),
               acceleration=D(2025, 10, 15), last_payment=D(2025, 7, 15), reference="SG25-071",
               input_kind="vertical_pdf", template="proxy2_vertical_guarantor_fullwidth", received=D(2025, 12, 1))
    return dict(stem="k14_vertical_guarantor_fullwidth_vertical_pdf", ext="pdf", kind="vertical_pdf", pages=pages,
                truth=tr, about="acceleration_notice (縦書き, to a guarantor)",
                unusual="縦書き 期限の利益喪失 notice to a 連帯保証人 (debtor = the addressee 佐藤和子, not the company "
                        "主債務者); full-width arabic digits and commas stacked vertically (金３，１５０，０００円); letter "
                        "date in 令和 but due date ２０２５年１２月１９日; 損害金 label; 整理番号 ＳＧ２５－０７１; "
                        "民法第四百五十八条の三 (a kanji number that is not an amount)")


# ---------------------------------------------------------------------------------------------
# k15 受託通知 (債権管理回収業務受託のご通知) from a registry servicer without printed number (エム・ユー・フロンティア),
#     creditor stays the bank (委託者), 受託日 is not an assignment, 残元本/約定利息/延滞損害金/合計額, 年率14.60％.


def k15():
    P, INT, R = 1_180_400, 15_880, 14.6
    L = late(P, R, D(2025, 8, 12), D(2025, 11, 30))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    p.line("2025年12月2日", align="r")
    p.line("照会番号　MF-2512-00877", align="r", size=9.5)
    p.gap(1)
    p.line("〒260-0000　千葉県千葉市中央区あさひなみ町九丁目9番9号")
    p.line("前田　康介　様", size=13)
    p.gap(3)
    p.title("債権管理回収業務受託のご通知", size=15.5)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("当社は、株式会社あさひなみ銀行（以下「委託者」といいます。）から、2025年11月25日付で、貴殿と委託者との間の"
           "下記ご契約に係る債権の管理及び回収業務の委託を受けました。債権者は引き続き委託者であり、当社は委託者のために"
           "お支払いを受領いたします。")
    p.para("貴殿は、下記のとおり既に期限の利益を喪失されておりますので、下記合計額を、ご入金期限までに一括して当社指定口座へ"
           "お振込みくださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("委託者", "株式会社あさひなみ銀行　稲毛支店"),
          ("ご契約", "フリーローン（証書番号 AN-77120-3）"),
          ("受託日", "2025年11月25日"),
          ("最終返済日", "2025年6月10日"),
          ("期限の利益喪失日", "2025年8月11日"),
          ("延滞損害金利率", "年率14.60％（年365日日割計算）")], x=28, label_w=38, sep="", size=10)
    p.gap(2)
    p.line("ご請求内容（2025年11月30日現在）", x=28, font="sans-bold")
    p.table([["残元本", "約定利息", "延滞損害金", "合計額"],
             [f"{P:,} 円", f"{INT:,} 円", f"{L:,} 円", f"{T:,} 円"]],
            [38, 36, 40, 44], x=28, header=True, aligns="rrrr", ruled="outer", size=10)
    p.line("※延滞損害金は2025年8月12日から2025年11月30日までの計算です。", x=28, size=8.5)
    p.gap(3)
    p.kv([("ご入金期限", "2025年12月15日（月）"),
          ("お振込先", "あさひなみ銀行　本店　普通　0088123"),
          ("口座名義", "エム・ユー・フロンティアサイケンカイシュウ（カ）")], x=28, label_w=38, size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.rule(x0=100)
    p.gap(2)
    x = 102
    p.line("エム・ユー・フロンティア債権回収株式会社", x=x, size=11, font="sans-bold")
    p.line("〒104-0000 東京都中央区はっちょうぼり九丁目9番9号", x=x, size=8.5)
    p.line("債権管理部　担当：今村", x=x, size=9)
    p.line("フリーダイヤル 0120-000-733（平日9:00～17:00）", x=x, size=9)
    p.seal(186, p.y - 13, 14, "square", "債権回収之印", angle=-2, seed=3501)
    tr = truth(document_type="assignment_notice", sender="エム・ユー・フロンティア債権回収株式会社",
               phone="0120-000-733", creditor="株式会社あさひなみ銀行", status="licensed",
               original="株式会社あさひなみ銀行", debtor="前田康介", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2025, 12, 2), payment_due=D(2025, 12, 15),
               acceleration=D(2025, 8, 11), last_payment=D(2025, 6, 10), reference="MF-2512-00877",
               input_kind="pdf_text", template="proxy2_entrusted_servicer", received=D(2025, 12, 4))
    return dict(stem="k15_entrusted_servicer_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託通知)",
                unusual="受託通知 from エム・ユー・フロンティア債権回収株式会社 ★ (registry, no licence number printed → "
                        "licensed); creditor stays the bank (委託者) = original; 受託日 2025年11月25日 is not an assignment "
                        "date; 一括 demand with ご入金期限 (lump true); labels 残元本/約定利息/延滞損害金/合計額 in an "
                        "outer-ruled row; rate 年率14.60％; 照会番号 vs 証書番号; sender block at the bottom right")


# ---------------------------------------------------------------------------------------------
# k16 金沢地方裁判所 (ワ) 口頭弁論期日呼出状 after a 督促異議 (the old (ロ) number of 金沢簡裁 is a distractor),
#     plaintiff a 信販 company, claim on p.2 copied from the 支払督促申立書 incl. 督促申立手続費用.


def k16():
    P, R, C = 1_512_330, 15.0, 12_300
    L = late(P, R, D(2025, 3, 11), D(2025, 7, 31))
    T = P + L + C
    p = Page(font="serif", size=10.5)
    p.line("令和7年(ワ)第612号　貸金請求事件", size=11)
    p.line("（督促事件　金沢簡易裁判所　令和7年(ロ)第3391号）", size=9.5)
    p.line("原告　北陸あおば信販株式会社", size=10.5)
    p.line("被告　山崎　大輔", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状", size=16)
    p.line("被告　山崎　大輔　殿", size=12)
    p.gap(1)
    p.line("令和7年12月12日", align="r")
    p.line("金沢地方裁判所民事部", x=120)
    p.line("裁判所書記官　　加　賀　　美　穂", x=120)
    p.seal(188, p.y - 5, 13, "square", "裁判所書記官印", angle=-3, seed=3601)
    p.gap(6)
    p.para("頭書の支払督促事件について、あなたから督促異議の申立てがあったので、民事訴訟法第395条により、支払督促の"
           "申立ての時に当裁判所に訴えの提起があったものとみなされました。")
    p.para("この事件の口頭弁論期日が下記のとおり定められましたので、出頭してください。また、請求に対するあなたの"
           "言い分を記載した答弁書を、下記提出期限までに当裁判所に提出してください。")
    p.line("記", align="c")
    p.gap(1)
    p.kv([("口頭弁論期日", "令和8年1月30日（金）午前11時00分"),
          ("出頭場所", "金沢地方裁判所　第402号法廷（4階）"),
          ("答弁書の提出期限", "令和8年1月23日（金）")], x=35, label_w=42, size=11)
    p.gap(4)
    p.para("（注意）答弁書を提出せず、期日にも出頭しないときは、原告の主張を認めたものとみなされ、原告の請求どおりの"
           "判決が言い渡されることがあります。請求の内容は、別紙「請求の趣旨及び原因」のとおりです。", size=9.5, indent="")
    p.gap(4)
    p.line("〒920-0000　金沢市けんろく町九丁目9番9号", size=9.5)
    p.line("金沢地方裁判所民事部　電話 076-000-1935（直通）", size=9.5)
    p.y = 285
    p.line("1/2", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.line("別紙", size=10)
    q.title("請求の趣旨及び原因（支払督促申立書より）", size=13.5)
    q.kv([("原　告", "〒920-0000 金沢市あおば通九丁目9番9号　北陸あおば信販株式会社"),
          ("", "代表者代表取締役　能登　幸雄　　電話 076-000-5150"),
          ("被　告", "〒921-0000 金沢市ひがし野九丁目9番9-305　山崎　大輔")], x=22, label_w=20, size=9.5)
    q.gap(3)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.table([["残元金", f"{P:,}円"],
             ["確定遅延損害金（令和7年3月11日から令和7年7月31日まで年15％）", f"{L:,}円"],
             ["督促申立手続費用", f"{C:,}円"],
             ["合　計", f"{T:,}円"]], [122, 42], x=22, aligns="lr", font="serif", size=10)
    q.para("並びに上記残元金に対する令和7年8月1日から支払済みまで年15％の割合による遅延損害金", x0=22, size=9.5,
           indent="")
    q.gap(3)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　原告は、令和4年6月10日、被告に対し、金2,000,000円を、利息年14.8％、遅延損害金年15％、毎月10日限り"
           "元利均等分割弁済の約定で貸し付けた（目的ローン）。", x0=22, indent="")
    q.para("２　被告は、令和7年1月10日の弁済を最後にその後の弁済をせず、令和7年3月10日の経過により期限の利益を"
           "喪失した。", x0=22, indent="")
    q.para("３　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", x0=22, indent="")
    q.gap(6)
    q.para("※この別紙は、支払督促申立書の「請求の趣旨及び原因」を写したものです。督促異議の申立てにより、上記支払督促は"
           "その効力を失っています。", x0=22, size=9, indent="")
    q.y = 285
    q.line("2/2", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="金沢地方裁判所", phone="076-000-1935",
               creditor="北陸あおば信販株式会社", status="not_applicable", debtor="山崎大輔", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 12, 12), acceleration=D(2025, 3, 10),
               last_payment=D(2025, 1, 10), hearing=D(2026, 1, 30), reference="令和7年(ワ)第612号",
               input_kind="pdf_text_2page", template="proxy2_district_after_objection", received=D(2025, 12, 16))
    return dict(stem="k16_district_after_objection_pdf_text_2page", ext="pdf", kind="pdf_text_2page",
                pages=[p.spec, q.spec], truth=tr, about="lawsuit (after 督促異議)",
                unusual="金沢地裁 (ワ) 口頭弁論期日呼出状 after a 督促異議 (訴訟移行): the old 金沢簡裁 令和7年(ロ)第3391号 "
                        "is a distractor, reference = the (ワ) number; label:value 口頭弁論期日/出頭場所/答弁書の提出期限 "
                        "with 午前11時00分; no 訴状 — claim on p.2 copied from the 支払督促申立書 (残元金/確定遅延損害金/"
                        "督促申立手続費用/合計); plaintiff 信販 with its phone on p.2; contract rate 14.8% vs late rate 15%")


LETTERS = [k09, k10, k11, k12, k13, k14, k15, k16]
