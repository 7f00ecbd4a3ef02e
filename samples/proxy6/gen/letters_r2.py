"""Proxy set 6, letters r09–r16: joint 債権譲渡通知 (ACS), 携帯料金 via a servicer (受託), 弁護士法人 two-column
letter, 和解案 fax from an invented servicer, 縦書き 内容証明 with 大字, a court-imitating scam, 家賃保証 督促状,
保証会社 代位弁済."""

from __future__ import annotations

from datetime import date as D

from common import cell, late, leader, seal_after, truth

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Box, Line, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


# ---------------------------------------------------------------------------------------------
# r09 joint 債権譲渡通知 (scan): BOTH parties stacked at the TOP RIGHT with their seals over the names, the addressee
#     top-left; real servicer エー・シー・エス債権管理回収 第27号 (name without 「債権回収」 as one word); 債権番号.


def r09():
    P, INT, R = 318_760, 4_215, 14.6
    L = late(P, R, D(2025, 5, 21), D(2025, 9, 30))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和7年10月17日", align="r")
    top = p.y
    p.line("〒630-0000", size=9.5)
    p.line("奈良県奈良市あせび町九丁目9番9号", size=9.5)
    p.line("有馬　千夏　殿", size=13)
    p.y = top + 1
    x = 112
    p.line("譲渡人　〒530-0000 大阪市北区せせらぎ通九丁目9番9号", x=x, size=8.5)
    y1 = p.y
    p.line("株式会社せせらぎ信販", x=x + 12, size=11, font="serif-bold")
    p.line("代表取締役　矢野　正樹", x=x + 12, size=9.5)
    p.seal(176, y1 + 3.5, 14, "round", "|代表取/締役印", angle=8, seed=6901)
    p.gap(2)
    p.line("譲受人　〒260-0000 千葉市中央区ちどり町九丁目9番9号", x=x, size=8.5)
    y2 = p.y
    p.line("エー・シー・エス債権管理回収株式会社", x=x + 10, size=9.8, font="serif-bold")
    p.line("代表取締役　早川　厚", x=x + 12, size=9.5)
    p.line("法務大臣許可番号第27号", x=x + 12, size=8.5)
    p.seal(182, y2 + 4, 14, "round", "|代表取/締役印", angle=-6, seed=6902)
    p.gap(4)
    p.title("債権譲渡及び譲受通知書", size=16)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para("さて、譲渡人株式会社せせらぎ信販は、貴殿に対して有する下記債権（元金、利息、手数料、遅延損害金その他これに"
           "付帯する一切の権利を含みます。）を、令和7年10月1日付で譲受人エー・シー・エス債権管理回収株式会社に譲渡し"
           "ましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問合せは、すべて譲受人宛にお願いいたします。譲渡人の口座へお振込みいただい"
           "ても弁済とはなりませんので、ご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．譲渡債権の表示", x=22, font="serif-bold", size=10.5)
    p.table([["債権番号", "SS-25-004871", "原契約", "クレジットカード会員契約（キャッシング）"],
             ["会員番号", "5210-****-****-3306", "契約日", "平成31年2月4日"],
             ["最終ご入金日", "令和7年3月27日", "期限の利益喪失日", "令和7年5月20日"]],
            [26, 44, 32, 68], x=20, aligns="llll", font="serif", size=8.8, shade_col0=False, row_h=7.0)
    p.gap(2)
    p.line("２．譲渡債権額（令和7年9月30日現在）", x=22, font="serif-bold", size=10.5)
    p.table([["元金", "手数料", "遅延損害金（年14.6%）", "合計"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]], [38, 34, 50, 48], x=20, header=True, aligns="rrrr",
            font="serif", size=10)
    p.gap(1.5)
    p.line("３．譲渡日　令和7年10月1日", x=22, font="serif-bold", size=10.5)
    p.line("以上", align="r")
    p.gap(2)
    p.box(20, p.y, 170, 20, width=0.4)
    p.y += 2.5
    p.line("【お問合せ先】譲受人　エー・シー・エス債権管理回収株式会社　お客様サービス部", x=24, size=9.5, font="serif-bold")
    p.line("電話 043-000-2727（平日 9:30～18:00）　※お電話の際は債権番号をお知らせください。", x=24, size=9.5)
    p.line("（譲渡人せせらぎ信販の旧お問合せ窓口 0120-000-615 は本件のお取扱いを終了しております）", x=24, size=8)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社せせらぎ信販", debtor="有馬千夏", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2025, 10, 17), acceleration=D(2025, 5, 20), last_payment=D(2025, 3, 27),
               assignment=D(2025, 10, 1), reference="SS-25-004871", input_kind="scan_png",
               template="proxy6_joint_assignment_top_right", received=D(2025, 10, 20))
    return dict(stem="r09", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, 譲渡人 + 譲受人)",
                unusual="債権譲渡及び譲受通知書 with 譲渡人 AND 譲受人 stacked in the TOP-RIGHT corner, each with a round "
                        "代表取締役印 stamped over its name; real servicer エー・シー・エス債権管理回収 with 「法務大臣許可番号第27号」 "
                        "(no spaces) ★; addressee 殿 top-left; 4-column fact grid (債権番号 = reference, masked 会員番号, "
                        "平成31年 契約日); horizontal one-row amount table with 手数料 (= interest); 譲渡人's old 0120 number "
                        "as a phone distractor; only informs (lump false, no payment date)")


# ---------------------------------------------------------------------------------------------
# r10 携帯電話料金 via a servicer acting on commission (日本債権回収, no number), photo stored sideways (EXIF 8):
#     3-column table 項目/ご利用期間/金額 with a 元金計 row, 延滞利息 label, masked ご契約電話番号 as a phone distractor.


def r10():
    PA, PB, R = 21_486, 79_200, 14.5
    P = PA + PB
    L = late(P, R, D(2025, 9, 1), D(2026, 2, 27))
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.line("日本債権回収株式会社", size=13, font="sans-bold")
    p.line("サービシングセンター（携帯電話料金回収受託部門）", size=8.5)
    p.at(190, 18, "2026年3月3日", size=10, align="r")
    p.at(190, 23.5, "お客様番号　JC-6030-118275", size=9.5, align="r")
    p.y = 30
    p.add(Line(20, p.y, 190, p.y, 0.6))
    p.gap(3)
    p.line("〒020-0000　岩手県盛岡市あかまつ台九丁目9番9号", size=9.5)
    p.line("平田　萌　様", size=13)
    p.gap(3)
    p.title("ご利用料金等のお支払いについて（最終のご案内）", size=14)
    p.para("当社は、法務大臣の許可を受けた債権回収会社として、ソラミチ・モバイル株式会社（以下「委託元」といいます。）"
           "から、お客様の携帯電話ご利用料金等に係る債権の管理回収業務の委託を受けております。")
    p.para("お客様のご契約は、料金未払いにより令和7年8月31日付で委託元により解除され、同日、端末代金の分割払契約に"
           "ついても期限の利益を喪失しております。これまでご案内を差し上げましたが、ご入金を確認できておりません。"
           "下記ご請求金額を期日までに一括してお支払いください。")
    p.gap(1)
    p.table([["項　目", "ご利用期間・内容", "金　額"],
             ["通信料金", "令和7年6月～8月ご利用分", f"{PA:,}円"],
             ["端末代金分割支払金", "残24回分（期限の利益喪失による一括）", f"{PB:,}円"],
             ["元金計", "", f"{P:,}円"],
             ["延滞利息", "R7.9.1～R8.2.27　年14.5%", f"{L:,}円"],
             ["ご請求金額", "（令和8年2月27日現在）", f"{T:,}円"]], [44, 80, 46], header=True, aligns="llr", size=10)
    p.gap(2)
    p.kv([("委託元", "ソラミチ・モバイル株式会社"),
          ("ご契約電話番号", "090-****-5813"),
          ("委託元契約ID", "SM-77021938"),
          ("最終ご入金日", "令和7年5月26日"),
          ("お支払期限", "令和8年3月17日（火）")], x=24, label_w=36, size=9.5)
    p.gap(2)
    p.para("お支払いは同封の払込票（コンビニエンスストア・ゆうちょ銀行でご利用いただけます）をご利用ください。期限までに"
           "お支払いもご連絡もない場合は、委託元と協議のうえ法的手続をとらせていただく場合があります。", size=9.5)
    p.gap(2)
    p.box(20, p.y, 170, 19, width=0.5)
    p.y += 2.5
    p.line("お問合せ　日本債権回収株式会社 サービシングセンター", x=24, size=10, font="sans-bold")
    p.line("ナビダイヤル 0570-000-475　（受付 9:00～18:00 日祝・年末年始を除く）", x=24, size=10)
    p.line("〒100-0000 東京都千代田区ひらかわ町九丁目9番9号　※お客様番号をお手元にご用意ください", x=24, size=8)
    tr = truth(document_type="collection_notice", sender="日本債権回収株式会社", phone="0570-000-475",
               creditor="ソラミチ・モバイル株式会社", status="licensed", original="ソラミチ・モバイル株式会社",
               debtor="平田萌", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 3, 3),
               payment_due=D(2026, 3, 17), acceleration=D(2025, 8, 31), last_payment=D(2025, 5, 26),
               reference="JC-6030-118275", input_kind="photo_exif_rotated",
               template="proxy6_mobile_fees_servicer_exif8", received=D(2026, 3, 5))
    return dict(stem="r10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                about="collection_notice (携帯料金, servicer 受託)",
                unusual="携帯電話料金 collected by a real servicer on commission (日本債権回収 ★, registry, no number printed → "
                        "licensed; creditor = original = the carrier 委託元), phone photo stored sideways (EXIF 8); "
                        "3-column table with 通信料金 + 端末代金分割支払金 and a 元金計 row (principal = 元金計); 延滞利息 label "
                        "for late damages; masked ご契約電話番号 090-****-5813 and 委託元契約ID as distractors; 0570 "
                        "ナビダイヤル; western letter date 2026年3月3日 vs 令和 due date")


# ---------------------------------------------------------------------------------------------
# r11 弁護士法人 受任兼督促 in a TWO-COLUMN layout: a narrow grey sidebar on the left with the firm's lawyers, 弁護士会
#     registration numbers, TEL/FAX; the letter on the right. Labels 請求元金/未払利息/遅延損害金/合計請求額.


def r11():
    P, INT, R = 743_918, 21_060, 15.0
    L = late(P, R, D(2025, 10, 28), D(2026, 2, 5))
    T = P + INT + L
    p = Page(font="serif", size=10, top=16, left=66, right=18)
    p.box(16, 14, 44, 268, width=0, color=None, fill=(0.93, 0.93, 0.93))
    side = Page(font="serif", size=8, left=19, top=20, leading=1.55)
    side.line("弁護士法人", size=9)
    side.line("うしお法律事務所", size=12, font="serif-bold")
    side.gap(4)
    for s in ["代表社員弁護士", "　潮崎　康介", "弁護士　森　ゆかり", "弁護士　北条　慎"]:
        side.line(s, size=8.5)
    side.gap(2)
    side.line("大阪弁護士会所属", size=7.5)
    side.line("（登録番号 38827・45102・", size=7)
    side.line("　51963）", size=7)
    side.gap(6)
    for s in ["〒530-0000", "大阪市北区なみはや", "九丁目9番9号", "うしおビル5階"]:
        side.line(s, size=8)
    side.gap(3)
    side.line("TEL 06-0000-7316", size=9, font="serif-bold")
    side.line("FAX 06-0000-7317", size=8.5)
    side.line("受付 平日10:00～17:30", size=7.5)
    side.gap(6)
    side.line("担当事務", size=7.5)
    side.line("　債権回収チーム　谷口", size=8)
    p.spec.items.extend(side.spec.items)
    p.line("令和8年2月6日", align="r")
    p.line("当事務所受付番号　U8-0206-113", align="r", size=9)
    p.gap(2)
    p.line("〒700-0000　岡山県岡山市北区さくら野九丁目9番9号", size=9)
    p.line("岩崎　悠斗　様", size=12.5)
    p.gap(4)
    p.line("受任のご通知及びご請求", align="c", size=15, font="serif-bold")
    p.gap(3)
    p.para("前略　当法人は、株式会社はなあかり信販（以下「依頼者」といいます。）から、貴殿に対する下記債権の回収に関する"
           "一切の件について委任を受けましたので、ご通知いたします。今後、本件に関するご連絡は、依頼者ではなく当法人宛に"
           "お願いいたします。")
    p.para("貴殿は、依頼者との間の令和4年5月19日付立替払契約に基づく分割金の支払を令和7年8月27日を最後に怠り、依頼者"
           "からの書面による催告にも応じられなかったため、令和7年10月27日の経過をもって期限の利益を喪失されています。")
    p.para("つきましては、下記合計請求額を令和8年2月20日（金）限り、下記の当法人預り金口座へ一括してお支払いください。"
           "期限までにお支払い又はご連絡がない場合には、依頼者と協議のうえ、訴訟提起等の法的措置に移行いたします。")
    p.line("記", align="c")
    p.table([["請求元金", f"金{P:,}円"],
             ["未払利息", f"金{INT:,}円"],
             ["遅延損害金", f"金{L:,}円"],
             ["合計請求額", f"金{T:,}円"]], [50, 62], x=74, shade_col0=True, size=10.5, font="serif")
    p.para("※遅延損害金は、請求元金に対する令和7年10月28日から令和8年2月5日まで年15.0%（年365日の日割計算）の割合に"
           "より算出しています。", x0=74, size=8.5, indent="")
    p.gap(1)
    p.kv([("お支払期限", "令和8年2月20日（金）限り"),
          ("振込先", "みつば銀行 梅田支店 普通 4071163"),
          ("口座名義", "弁護士法人うしお法律事務所 預り金口")], x=74, label_w=26, size=9.5)
    p.gap(2)
    p.para("なお、本書と行き違いにお支払い済みの場合はご容赦ください。分割でのお支払いをご希望の場合は、お支払期限までに"
           "当法人担当者までご相談ください。", size=9)
    p.line("草々", align="r")
    p.seal(50, 28, 15, "square", "弁護士法人うしお法律事務所", angle=-3, seed=7101)
    tr = truth(document_type="collection_notice", sender="弁護士法人うしお法律事務所", phone="06-0000-7316",
               creditor="株式会社はなあかり信販", status="not_applicable", debtor="岩崎悠斗", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 2, 6), payment_due=D(2026, 2, 20),
               acceleration=D(2025, 10, 27), last_payment=D(2025, 8, 27), reference="U8-0206-113",
               input_kind="pdf_text", template="proxy6_law_firm_sidebar", received=D(2026, 2, 9))
    return dict(stem="r11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (弁護士法人 受任通知兼請求)",
                unusual="弁護士法人 letter in a TWO-COLUMN layout: grey left sidebar with the firm name split over two "
                        "lines (弁護士法人 / うしお法律事務所), three lawyers, 弁護士会 登録番号 38827・45102・51963 "
                        "(distractors, not licences), TEL + FAX + 担当事務; letter body in the right column, so text "
                        "extraction interleaves the two columns line by line; 当事務所受付番号 top right; 合計請求額 label; "
                        "「…（金）限り」 deadline; creditor = client 信販; 預り金口座")


# ---------------------------------------------------------------------------------------------
# r12 和解案 fax from an invented servicer (第１５７号 → unverified): current debt as dotted-leader lines, the offer as a
#     row of label-above-value cells (和解金額 = 元金残額, 36回), 債務確認 clause, ご回答期限 = payment_due.


def r12():
    P, INT, R = 684_200, 13_776, 18.0
    L = late(P, R, D(2024, 12, 11), D(2025, 11, 25))
    T = P + INT + L
    p = Page(font="sans", size=10, top=16)
    p.line("こだま債権回収株式会社", size=14, font="sans-bold")
    p.line("法務大臣許可番号　第１５７号", size=8.5)
    p.at(190, 18, "R7.11.27", size=10.5, align="r")
    p.at(190, 23.5, "管理番号 KD-4129-03", size=9, align="r")
    p.y = 30
    p.add(Line(20, p.y, 190, p.y, 1.0))
    p.gap(3)
    p.line("諏訪　智史　様", size=13)
    p.line("（FAX送信票を兼ねます・送信枚数1枚）", size=8, color=GRAY)
    p.gap(2)
    p.title("和解条件（分割弁済）のご提案", size=15)
    p.para("当社が株式会社ミモザファイナンスから令和7年6月30日付で譲り受けました貴殿に対する債権について、先日お電話で"
           "ご相談いただいた内容を踏まえ、下記のとおり分割弁済による和解をご提案いたします。")
    p.line("■現在のご債務（令和7年11月25日現在）", font="sans-bold")
    x0, x1 = 28, 150
    for lab, val in [("元金残額", P), ("利息残額", INT), ("遅延損害金（年18.0%）", L)]:
        leader(p, lab, f"{val:,}円", x0, x1, size=10.5, dot="・")
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.3))
    p.gap(1)
    leader(p, "債務残高合計", f"{T:,}円", x0, x1, size=11, font="sans-bold", dot="・")
    p.line("期限の利益喪失年月日 R6.12.10　／　最終入金年月日 R6.10.31", x=x0, size=8.5)
    p.gap(2)
    p.line("■ご提案内容", font="sans-bold")
    y = p.y + 1
    for i, (lab, val) in enumerate([("和解金額", f"{P:,}円"), ("お支払回数", "36回"),
                                    ("毎月のお支払額", "19,000円"), ("初回お支払日", "R8.1.10")]):
        cell(p, 20 + i * 42.5, y, 42.5, 15, lab, val, vsize=11.5, align="c")
    p.y = y + 18
    p.para("１　貴殿は、当社に対し、債務残高合計の支払義務があることを認めます。", size=9.5, indent="")
    p.para("２　和解金額を上記のとおり分割して支払い（最終回は19,200円）、遅滞なく完済されたときは、利息残額及び遅延損害金"
           "の支払を免除いたします。", size=9.5, indent="")
    p.para("３　分割金の支払を2回以上怠り、その額が38,000円に達したときは、期限の利益を失い、債務残高合計から既払額を"
           "控除した残額を直ちにお支払いいただきます。", size=9.5, indent="")
    p.gap(2)
    p.box(20, p.y, 170, 11, width=1.0)
    p.at(105, p.y + 7.4, "ご回答期限　R7.12.12（金）　ご署名のうえ本紙をFAX返信してください", size=11.5, font="sans-bold",
         align="c")
    p.y += 14
    p.line("同意します。　令和　　年　　月　　日　　ご署名＿＿＿＿＿＿＿＿＿＿＿＿　印", x=24, size=10)
    p.gap(3)
    p.rule()
    p.gap(2)
    p.line("こだま債権回収株式会社　業務第一部　担当 小松", size=10, font="sans-bold")
    p.line("〒810-0000 福岡市中央区こだま町九丁目9番9号　TEL 092-000-1570　FAX 092-000-1579", size=9)
    p.seal(182, p.y - 8, 13, "square", "こだま債権回収", angle=-2, seed=7201)
    tr = truth(document_type="settlement_proposal", sender="こだま債権回収株式会社", license_number=157,
               phone="092-000-1570", creditor="こだま債権回収株式会社", status="unverified",
               original="株式会社ミモザファイナンス", debtor="諏訪智史", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2025, 11, 27), payment_due=D(2025, 12, 12),
               acceleration=D(2024, 12, 10), last_payment=D(2024, 10, 31), assignment=D(2025, 6, 30),
               reference="KD-4129-03", input_kind="fax_tiff", template="proxy6_settlement_cells_fax",
               received=D(2025, 11, 27))
    return dict(stem="r12", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2025/11/27 14:22  FROM: KODAMA SERVICER GYOMU1  092-000-1579",
                about="settlement_proposal (invented servicer)",
                unusual="和解条件（分割弁済）のご提案 from an invented servicer printing 法務大臣許可番号 第１５７号 (full-width; "
                        "→ unverified), 1-page G4 fax doubling as the FAX cover; JIS dates R7.11.27 / R6.12.10 / R7.12.12（金）; "
                        "current debt as dotted-leader lines (・・・) with labels 元金残額/利息残額/遅延損害金/債務残高合計; the "
                        "offer as four label-above-value cells (和解金額 = 元金残額, 36回, 19,000円, R8.1.10 — distractors); "
                        "債務確認 clause; ご回答期限 in a thick box = payment_due; fax header FAX ≠ TEL")


# ---------------------------------------------------------------------------------------------
# r13 縦書き 内容証明 催告書 from a 信販 company: every amount in 大字, rate 年一割四分六厘, a RELATIVE deadline
#     (本書到達後七日以内 → payment_due null), 代表取締役 round seal, 郵便認証司 stamp; amounts break across columns.


def r13():
    P, INT, R = 1_126_450, 38_210, 14.6
    L = late(P, R, D(2025, 10, 1), D(2025, 10, 19))
    T = P + INT + L
    dj = lambda n: "金" + kanji_number(n, daiji=True) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "当社は、貴殿との間で令和五年四月十日に締結した個別信用購入あっせん契約（契約番号第二二〇四八八号）に"
                 "基づき、貴殿が購入された商品の代金を販売店に立替払いいたしました。"),
        ("body", "しかるに、貴殿は令和七年七月二十七日の支払を最後に分割支払金の支払を怠り、当社が二十日以上の相当な期間を"
                 "定めて書面で催告したにもかかわらず支払わなかったため、令和七年九月三十日の経過をもって期限の利益を"
                 "喪失しました。"),
        ("body", f"令和七年十月十九日現在、貴殿が当社に支払うべき金額は、立替金残額{dj(P)}、分割手数料{dj(INT)}、遅延損害金"
                 f"{dj(L)}（立替金残額に対し年一割四分六厘の割合）、以上合計{dj(T)}であります。"),
        ("body", "よって当社は、貴殿に対し、本書到達後七日以内に右合計金額を当社指定の口座へ一括して支払うよう催告いたします。"
                 "右期間内にお支払いがないときは、何らの通知をすることなく法的手続に着手いたしますので、ご承知おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十月二十日"),
        ("low", "静岡県浜松市中区なぎさ通九丁目九番九号"),
        ("low", "株式会社あさなぎクレジット"),
        ("low", "代表取締役　潮田　隆"),
        ("low", "（債権管理部直通）〇五三―〇〇〇―四二一六"),
        ("blank", ""),
        ("low", "静岡県磐田市みずほ台九丁目九番九号"),
        ("low", "柴崎　篤史　殿"),
    ]
    pages = vertical_page(cols, size=12.0)
    for pg in pages:
        for it in list(pg.items):
            if isinstance(it, VText) and it.s.startswith("代表取締役"):
                pg.items.append(Seal(it.x, seal_after(it, 12.0, 1.0) - 6.0, 15, "round", "あさなぎ|代表取/締役印",
                                     angle=6, seed=7301))
    pages[-1].items.append(post_office_stamp(pages[-1], 7302))
    tr = truth(document_type="collection_notice", sender="株式会社あさなぎクレジット", phone="053-000-4216",
               creditor="株式会社あさなぎクレジット", status="not_applicable", debtor="柴崎篤史", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 10, 20), payment_due=None,
               acceleration=D(2025, 9, 30), last_payment=D(2025, 7, 27), reference=None, input_kind="vertical_pdf",
               template="proxy6_vertical_naiyou_daiji_relative", received=D(2025, 10, 22))
    return dict(stem="r13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明 催告書)",
                unusual="縦書き 内容証明 催告書 from a 信販 company, every amount in 大字 "
                        f"({dj(T)}) and the long 大字 amounts break across columns; rate 年一割四分六厘 (= 14.6%); "
                        "RELATIVE deadline 本書到達後七日以内 (→ payment_due null); 立替金残額 (principal) / 分割手数料 "
                        "(interest); 契約番号第二二〇四八八号 in kanji digits but no customer number (reference null); "
                        "（債権管理部直通）kanji phone; round seal over the 代表取締役 column; 郵便認証司 stamp")


# ---------------------------------------------------------------------------------------------
# r14 scam letter imitating a court 支払督促 (photo): 「西日本民事裁判所 督促手続課」 (no such court), fake 特別送達 mark,
#     (ロ) case number, bank transfer to a personal account, 050 phone, 1-week deadline.


def r14():
    p = Page(font="serif", size=10.5, top=14)
    p.box(20, 12, 36, 10, width=0.8, color=RED)
    p.at(38, 19.3, "特別送達", size=12, font="serif-bold", align="c", color=RED)
    p.at(190, 18, "令和８年２月２０日", size=10, align="r")
    p.y = 26
    p.line("事件番号　令和８年（ロ）第１０９２６号", align="r", size=10)
    p.gap(2)
    p.line("〒950-0000　新潟県新潟市中央区はまなす町九丁目9番9号", size=9.5)
    p.line("債務者　竹内　志保　殿", size=13)
    p.gap(3)
    p.title("支払督促（最終通知）", size=18)
    p.para("債権者（契約会社：個人情報保護のため非表示）の申立てにより、貴殿に対し、未納となっている総合消費料金の支払督促が"
           "発せられました。本通知は最終通知であり、下記期限までにお支払い又はご連絡がない場合、仮執行宣言を経て、給与・"
           "預貯金・動産・不動産の差押えが直ちに執行されます。")
    p.para("和解による取下げを希望される場合は、必ずご本人様より下記督促手続課までお電話ください。")
    p.gap(2)
    y0 = p.y
    p.gap(3)
    p.line("請求金額　　金２４６，０００円", x=34, size=14, font="serif-bold")
    p.line("（未納料金・延滞金・訴訟費用を含む）", x=34, size=9)
    p.line("お支払期限　令和８年２月２７日（金）", x=34, size=13, font="serif-bold", color=RED)
    p.line("お振込先　　みなと第一銀行　本店　普通　7702415　口座名義　ヤマモト　ケンジ", x=34, size=9.5)
    p.gap(2)
    p.box(26, y0, 158, p.y - y0, width=0.8)
    p.gap(5)
    p.para("※本件は裁判所の正式な手続です。第三者へのご相談は手続の遅延を招き、追加の費用が発生する場合があります。"
           "※土日祝日も受付しております。", size=9, indent="")
    p.gap(6)
    p.line("西日本民事裁判所", x=110, size=13, font="serif-bold")
    p.line("督促手続課", x=110, size=11)
    p.line("担当書記官　佐藤", x=110, size=10)
    p.line("大阪府大阪市北区（詳細非公開）", x=110, size=8.5)
    p.line("督促手続課直通　050-0000-3927", x=110, size=10.5, font="serif-bold")
    p.seal(168, 160, 20, "round", "西日本民事裁判所|督促/之印", angle=-10, seed=7401)
    tr = truth(document_type="other", sender="西日本民事裁判所督促手続課", phone="050-0000-3927", creditor=None,
               status="not_licensed", debtor="竹内志保", total=246_000, lump=False, issued=D(2026, 2, 20),
               payment_due=D(2026, 2, 27), reference="令和8年(ロ)第10926号", is_scam=True, input_kind="photo_jpeg",
               template="proxy6_scam_fake_court_payment_order", received=None)
    return dict(stem="r14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="other (scam imitating a 支払督促)",
                unusual="架空請求 letter imitating a court 支払督促 from a non-existent 「西日本民事裁判所 督促手続課」 with a printed "
                        "red 特別送達 box, a real-looking 令和８年（ロ）第１０９２６号, 担当書記官, round red court-like seal; "
                        "bank transfer to a PERSONAL account (real court papers never carry one); 050 直通; 総合消費料金; "
                        "creditor hidden (「個人情報保護のため非表示」); 7-day deadline; no street address")


# ---------------------------------------------------------------------------------------------
# r15 家賃保証会社 督促状 (立替家賃), TWO framed columns (ご請求内容 | ご契約物件), 督促費用 as costs, arrears only
#     (lump false), two 立替 dates with separate late damages.


def r15():
    RENT, R, FEE = 74_000, 14.6, 2_200
    P = RENT * 2
    L = late(RENT, R, D(2026, 1, 29), D(2026, 3, 6)) + late(RENT, R, D(2026, 2, 28), D(2026, 3, 6))
    T = P + L + FEE
    p = Page(font="sans", size=10, top=16)
    p.line("令和8年3月9日", align="r")
    p.line("お客様番号　SG-26-04417", align="r", size=9.5)
    p.gap(1)
    p.line("〒460-0000　愛知県名古屋市中区つばき町九丁目9番9号", size=9.5)
    p.line("グランコート椿 305号室", size=9.5)
    p.line("宮下　彩花　様", size=13)
    p.gap(3)
    p.title("督　促　状", size=18)
    p.line("（立替家賃のお支払いのお願い）", align="c", size=10)
    p.gap(2)
    p.para("当社は、お客様がご入居中の下記物件の賃貸借契約について、賃料等の保証を行っております。お客様の令和8年2月分"
           "及び3月分の賃料等のお支払いがなかったため、当社が保証契約に基づき賃貸人様へ立替払いを行いました。")
    p.para("つきましては、下記立替金等を期限までにお支払いください。お支払いのない状態が続く場合、賃貸人様による賃貸借"
           "契約の解除及び建物明渡請求の手続に進むおそれがございます。")
    p.gap(2)
    top = p.y
    lx, rx, w = 20, 110, 80
    p.line("ご請求内容", x=lx + 3, font="sans-bold", size=10.5)
    for lab, val in [("2月分立替家賃（1/28立替）", f"{RENT:,}円"), ("3月分立替家賃（2/27立替）", f"{RENT:,}円"),
                     ("立替金合計", f"{P:,}円"), ("遅延損害金（年14.6%）", f"{L:,}円"), ("督促費用", f"{FEE:,}円")]:
        p.line(lab, x=lx + 4, size=9.5, advance=0)
        p.line(val, x=lx + w - 3, size=9.5, align="r")
    p.add(Line(lx + 3, p.y, lx + w - 3, p.y, 0.4))
    p.gap(1)
    p.line("ご請求額合計", x=lx + 4, size=10.5, font="sans-bold", advance=0)
    p.line(f"{T:,}円", x=lx + w - 3, size=10.5, font="sans-bold", align="r")
    p.line("（遅延損害金は各立替日の翌日から3/6まで）", x=lx + 4, size=7.5)
    yl = p.y
    p.y = top
    p.line("ご契約物件", x=rx + 3, font="sans-bold", size=10.5)
    for lab, val in [("物件名", "グランコート椿"), ("部屋番号", "305号室"), ("物件コード", "N-2231-0305"),
                     ("月額賃料等", f"{RENT:,}円（共益費込）"), ("賃貸人", "株式会社つばきエステート"),
                     ("管理会社", "名城ハウジング（052-000-3305）")]:
        p.line(lab, x=rx + 4, size=9, advance=0)
        p.line(val, x=rx + 27, size=9)
    yr = p.y
    bottom = max(yl, yr) + 2
    p.box(lx, top - 1, w, bottom - top + 1, width=0.4)
    p.box(rx, top - 1, w, bottom - top + 1, width=0.4)
    p.y = bottom + 4
    p.kv([("お支払期限", "令和8年3月19日（木）"),
          ("最終ご入金日", "令和7年12月26日（1月分賃料）"),
          ("お振込先", "あさひ台銀行 栄支店 普通 2260174 カ）スマイルガードホショウ")], x=24, label_w=30, size=10)
    p.gap(3)
    p.para("※督促費用は保証委託契約第12条に基づく督促手数料（1回1,100円×2回）です。※行き違いでお支払い済みの場合は"
           "ご容赦ください。", size=8.5, indent="")
    p.gap(4)
    p.rule(x0=100)
    p.gap(2)
    p.line("株式会社すまいるガード保証", x=100, size=11.5, font="sans-bold")
    p.line("債権管理センター", x=100, size=9)
    p.line("〒450-0000 名古屋市中村区めいえき九丁目9番9号", x=100, size=8.5)
    p.line("TEL 052-000-4455（平日9:00～18:00）", x=100, size=9.5)
    p.seal(182, p.y - 12, 14, "square", "すまいるガード保証", angle=5, seed=7501)
    tr = truth(document_type="collection_notice", sender="株式会社すまいるガード保証", phone="052-000-4455",
               creditor="株式会社すまいるガード保証", status="not_applicable", debtor="宮下彩花", total=T, principal=P,
               late_damages=L, costs=FEE, rate=R, lump=False, issued=D(2026, 3, 9), payment_due=D(2026, 3, 19),
               last_payment=D(2025, 12, 26), reference="SG-26-04417", input_kind="pdf_text",
               template="proxy6_rent_guarantee_two_boxes", received=D(2026, 3, 11))
    return dict(stem="r15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (家賃保証 立替家賃)",
                unusual="家賃保証会社 督促状 for 立替家賃 (arrears only: lump false, no acceleration); two framed columns "
                        "side by side (ご請求内容 | ご契約物件) so each text line mixes both boxes; principal = 立替金合計 of "
                        "two 74,000円 items, late damages summed over two 立替 dates; 督促費用 2,200 = costs; 月額賃料等 "
                        "74,000, 部屋番号, 物件コード and the 管理会社 phone as distractors; 最終ご入金日 with a bracket")


# ---------------------------------------------------------------------------------------------
# r16 保証会社 代位弁済 + 求償金請求 for a 信用金庫 loan: a strip of four label-above-value cells on top (代位弁済日 /
#     代位弁済額 / ご請求額 / お支払期限), then a 求償金元金 + 遅延損害金 table; the bank's 元金/利息 split only as history.


def r16():
    BP, BI, R = 1_362_000, 24_215, 12.0
    SUB = BP + BI
    L = late(SUB, R, D(2025, 10, 16), D(2025, 10, 29))
    T = SUB + L
    p = Page(font="sans", size=10, top=16)
    p.line("令和7年10月30日", align="r")
    p.line("債務者番号　KW-71-5520", align="r", size=9.5)
    p.gap(1)
    p.line("〒410-0000　静岡県沼津市ふじみ坂九丁目9番9号", size=9.5)
    p.line("藤代　啓太　様", size=13)
    p.gap(1)
    x = 112
    p.line("かわなみしんきん保証株式会社", x=x, size=11, font="sans-bold")
    p.line("求償債権管理課", x=x, size=9)
    p.line("電話 055-000-8190　FAX 055-000-8199", x=x, size=9)
    p.seal(184, p.y - 8, 13, "square", "保証会社印", angle=-4, seed=7601)
    p.gap(3)
    p.title("代位弁済完了のお知らせ及び求償金のご請求", size=14)
    p.gap(1)
    y = p.y
    for i, (lab, val) in enumerate([("代位弁済日", "令和7年10月15日"), ("代位弁済額", f"{SUB:,}円"),
                                    ("ご請求額（10/29現在）", f"{T:,}円"), ("お支払期限", "令和7年11月14日")]):
        cell(p, 20 + i * 42.5, y, 42.5, 15, lab, val, vsize=10.5, vfont="sans-bold" if i >= 2 else None)
    p.y = y + 19
    p.para("貴殿が、かわなみ信用金庫との間で締結された令和2年11月4日付のマイカーローン契約につきましては、令和7年6月16日の"
           "ご返済を最後にお支払いがなく、令和7年8月18日をもって期限の利益を喪失されました。当社は保証委託契約に基づき、"
           "上記のとおり同金庫へ代位弁済いたしましたので、ご通知いたします。")
    p.para("つきましては、当社が取得した求償権に基づき、下記金額をお支払期限までに一括してお支払いください。")
    p.gap(1)
    p.table([["項目", "金額", "摘要"],
             ["求償金元金", f"{SUB:,}円", "代位弁済額（金庫の残元金1,362,000円・利息24,215円）"],
             ["遅延損害金", f"{L:,}円", "R7.10.16～R7.10.29　年12.0%（日割）"],
             ["ご請求額", f"{T:,}円", ""]], [36, 40, 94], header=True, aligns="lrl", size=9.5)
    p.gap(2)
    p.kv([("お振込先", "かわなみ信用金庫 本店営業部 普通 0819001 カワナミシンキンホショウ（カ"),
          ("当初借入額", "2,400,000円（令和2年11月4日）"),
          ("最終ご返済日", "令和7年6月16日")], x=22, label_w=30, size=9.5)
    p.gap(2)
    p.para("※求償金元金に対しては、令和7年10月30日以降も年12.0％の割合による遅延損害金が発生します。ご一括でのお支払いが"
           "困難な場合は、お支払期限までに求償債権管理課へご相談ください。ご連絡がない場合は、連帯保証人様へのご請求及び"
           "法的手続に移行することがあります。", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="かわなみしんきん保証株式会社", phone="055-000-8190",
               creditor="かわなみしんきん保証株式会社", status="not_applicable", original="かわなみ信用金庫",
               debtor="藤代啓太", total=T, principal=SUB, late_damages=L, rate=R, lump=True, issued=D(2025, 10, 30),
               payment_due=D(2025, 11, 14), acceleration=D(2025, 8, 18), last_payment=D(2025, 6, 16),
               reference="KW-71-5520", input_kind="pdf_text", template="proxy6_subrogation_cells_strip",
               received=D(2025, 11, 1))
    return dict(stem="r16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (保証会社 代位弁済)",
                unusual="信用金庫's guarantee company 代位弁済 + 求償金 notice: a strip of four label-above-value cells on "
                        "top (代位弁済日/代位弁済額/ご請求額（10/29現在）/お支払期限) — the total and the due date first appear "
                        "in cells; claim = 求償金元金 (= the whole 代位弁済額) + 遅延損害金, the bank's 元金/利息 split only in "
                        "the 摘要 text (interest null); 当初借入額 2,400,000 distractor; 債務者番号; rate 12.0%")


LETTERS = [r09, r10, r11, r12, r13, r14, r15, r16]
_ = (Box, GRAY)
