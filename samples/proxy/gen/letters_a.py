"""Proxy letters h01–h07 (horizontal, mostly digital)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, Page

# ---------------------------------------------------------------------------------------------
# h01 licensed servicer (real name, 第11号): lump-sum demand, ruled table in 単位：円, R7.11.24 dates,
#     labels 債権番号 / 貸付残元金 / 未払利息 / 損害金 / 諸費用 / ご請求残高 / 最終ご入金日 / 支払期日,
#     sender block at the BOTTOM, contract number that is not the reference.


def h01():
    P, INT, R, C = 487_320, 9_856, 20.0, 2_200
    L = late(P, R, D(2025, 1, 28), D(2025, 11, 20))
    T = P + INT + L + C
    p = Page(font="sans", size=10)
    p.line("R7.11.24", align="r")
    p.gap(2)
    p.line("〒359-0000　埼玉県所沢市くすのき台九丁目99番9-305")
    p.line("松永　遥香　様", size=13)
    p.gap(1)
    p.line("債権番号　1170-334-8821", align="r", size=9.5)
    p.title("残債務一括お支払いのお願い", size=16)
    p.para("平素は格別のご高配を賜り厚く御礼申し上げます。さて、下記ご契約につきましては、当社が原契約先より"
           "債権を譲り受け、これまで再三にわたりご連絡を差し上げてまいりましたが、現在に至るまでご入金の確認が"
           "とれておりません。貴方様は既に期限の利益を喪失されておりますので、下記ご請求残高の全額を支払期日までに"
           "一括にてお支払いくださいますようお願い申し上げます。")
    p.para("なお、支払期日までにご入金又はご連絡をいただけない場合には、やむを得ず法的手続へ移行させていただく"
           "ことがございますので、あらかじめご承知おきください。")
    p.gap(3)
    p.line("【ご契約の内容】", font="sans-bold")
    p.table([["原契約先", "株式会社ヤマブキクレジット"],
             ["ご契約番号", "YC-0093317-02"],
             ["債権譲受日", "R7.6.2"],
             ["最終ご入金日", "R6.11.27"],
             ["期限の利益喪失日", "R7.1.27"]],
            [45, 80], x=35, aligns="ll", shade_col0=True, size=10)
    p.gap(4)
    p.line("【ご請求の内訳】　R7.11.20現在（単位：円）", font="sans-bold")
    p.table([["項目", "金額"],
             ["貸付残元金", f"{P:,}"],
             ["未払利息", f"{INT:,}"],
             ["損害金（年20.0%）", f"{L:,}"],
             ["諸費用", f"{C:,}"],
             ["ご請求残高", f"{T:,}"]],
            [60, 65], x=35, header=True, size=10.5)
    p.gap(2)
    p.line("※損害金はR7.1.28からR7.11.20までの日割計算です。翌日以降も貸付残元金に対し年20.0%の割合で発生します。",
           size=8.5)
    p.gap(3)
    p.kv([("支払期日", "R7.12.8（月）"),
          ("お振込先", "みなと中央銀行　本店営業部　普通　0000123　（口座名義）オリックスサイケンカイシュウ（カ"),
          ("", "※振込手数料はお客様のご負担となります。")], label_w=28, sep="", size=10)
    p.gap(3)
    p.line("※本書と行き違いにご入金いただいた場合は、何卒ご容赦ください。", size=9)
    p.line("※個人情報保護のため、ご本人様からのお電話をお願いいたします。", size=9)
    # bottom sender block
    p.y = 240
    p.rule(width=0.4)
    p.gap(4)
    x = 95
    p.line("オリックス債権回収株式会社", x=x, size=12.5, font="sans-bold")
    p.seal(170, p.y - 4, 17, "square", "債権回収之印", angle=3, seed=101)
    p.line("管理第一部　担当：西田", x=x, size=9.5)
    p.line("〒105-0000　東京都港区浜松町九丁目99番9号", x=x, size=9.5)
    p.line("フリーダイヤル 0120-000-311（平日9:00～18:00）", x=x, size=9.5)
    p.line("FAX 03-0000-3119", x=x, size=9.5)
    p.line("法務大臣許可番号 第11号", x=x, size=9.5)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-311", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ヤマブキクレジット", debtor="松永遥香", total=T, principal=P, interest=INT,
               late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 11, 24), payment_due=D(2025, 12, 8),
               acceleration=D(2025, 1, 27), last_payment=D(2024, 11, 27), assignment=D(2025, 6, 2),
               reference="1170-334-8821", input_kind="pdf_text", template="proxy_servicer_lump_table",
               received=D(2025, 11, 26))
    return dict(stem="h01_servicer_lump_table_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice",
                unusual="real licensed servicer (オリックス債権回収, 第11号) ★; labels 債権番号/貸付残元金/未払利息/損害金/"
                        "諸費用/ご請求残高/最終ご入金日/支払期日; R7.11.24 dates; '単位：円' table without 円; "
                        "sender block at the bottom with free-dial + FAX; ご契約番号 is not the reference")


# ---------------------------------------------------------------------------------------------
# h02 bank 期限の利益喪失 with a 千円 table over two loans, full-width western dates, お取引番号,
#     bank name top right, 電話 in full-width digits.


def h02():
    rows = [("証書貸付", "0118-2231", 8_400, 52, 32), ("証書貸付", "0118-2987", 2_150, 11, 8)]
    P = sum(r[2] for r in rows) * 1000
    INT = sum(r[3] for r in rows) * 1000
    L = sum(r[4] for r in rows) * 1000
    T = P + INT + L
    p = Page(font="serif", size=10.5)
    p.line(fullwidth("2025年11月10日"), align="r")
    p.gap(2)
    top = p.y
    p.line("〒981-0000")
    p.line("宮城県仙台市青葉区かえで坂九丁目99番9号")
    p.line("久保田　正樹　殿", size=13)
    y_after = p.y
    p.y = top + 14
    x = 118
    p.line("株式会社あけぼの台銀行", x=x, size=12, font="serif-bold")
    p.line("桜通支店　支店長　小野寺　隆", x=x)
    p.line("（融資課）電話　" + fullwidth("022-000-4512"), x=x, size=9.5)
    p.seal(186, top + 12, 15, "square", "あけぼの台銀行印", angle=-4, seed=202)
    p.y = max(p.y, y_after) + 4
    p.title("期限の利益喪失のご通知", size=16, spaced=False)
    p.para("拝啓　貴殿ますますご清祥のこととお喜び申し上げます。")
    p.para(fullwidth("さて、貴殿は当行との銀行取引約定書及び金銭消費貸借契約証書に基づく下記お借入につき、2025年8月"
                     "以降の約定返済を怠られ、当行からの再三の催告にもかかわらずお支払いがございませんでした。"
                     "つきましては、銀行取引約定書第5条の定めにより、貴殿は2025年10月31日をもって下記債務全部について"
                     "期限の利益を喪失されましたので、ここにご通知申し上げます。"))
    p.para(fullwidth("ついては、下記債務の全額を2025年11月28日までに一括してご返済くださいますよう請求いたします。"
                     "期限までにご返済のない場合は、担保権の実行その他の法的手続に着手いたしますので、念のため申し添えます。"))
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("お取引番号", fullwidth("042-778193")),
          ("期限の利益喪失日", fullwidth("2025年10月31日")),
          ("最終弁済日", fullwidth("2025年7月31日")),
          ("ご返済期限", fullwidth("2025年11月28日"))], label_w=36, sep="：")
    p.gap(3)
    p.line(fullwidth("ご請求明細（2025年11月10日現在）") + "　　　　　　　　　　　　　（単位：千円）", size=9.5)
    tbl = [["お借入種類", "証書番号", "残元金", "未収利息", "遅延損害金", "計"]]
    for kind, no, pp, ii, ll in rows:
        tbl.append([kind, no, f"{pp:,}", f"{ii:,}", f"{ll:,}", f"{pp + ii + ll:,}"])
    tbl.append(["合　計", "", f"{P // 1000:,}", f"{INT // 1000:,}", f"{L // 1000:,}", f"{T // 1000:,}"])
    p.table(tbl, [28, 30, 28, 26, 28, 30], header=True, aligns="lcrrrr", size=9.5, font="serif")
    p.gap(2)
    p.line("※遅延損害金は各残元金に対し年14.0％（年365日の日割計算）の割合で計算しております。", size=9)
    p.line("※千円未満は切り捨てて表示しております。", size=9)
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="株式会社あけぼの台銀行", phone="022-000-4512",
               creditor="株式会社あけぼの台銀行", status="not_applicable", debtor="久保田正樹", total=T, principal=P,
               interest=INT, late_damages=L, rate=14.0, lump=True, issued=D(2025, 11, 10), payment_due=D(2025, 11, 28),
               acceleration=D(2025, 10, 31), last_payment=D(2025, 7, 31), reference="042-778193",
               input_kind="pdf_text", template="proxy_bank_accel_thousands", received=D(2025, 11, 12))
    return dict(stem="h02_bank_accel_thousands_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice",
                unusual="bank 期限の利益喪失のご通知 in Mincho; two loan rows in a 千円 table (columns summed, ×1000); "
                        "full-width western dates ２０２５年…; label お取引番号 and 証書番号 distractor; 電話 in full-width")


# ---------------------------------------------------------------------------------------------
# h03 guarantee company 代位弁済 → 求償債権 claim; a 代位弁済額 breakdown that is NOT the claim breakdown;
#     お客様ID; full-width 令和 dates; 貸金業登録番号 (not a licence).


def h03():
    P, R = 1_313_635, 14.6
    L = late(P, R, D(2025, 9, 20), D(2025, 11, 14))
    T = P + L
    fw = fullwidth
    p = Page(font="sans", size=10.5)
    p.line(fw("令和7年11月17日"), align="r")
    p.gap(2)
    p.line("〒590-0000　大阪府堺市堺区ひばり通九丁目9番99号")
    p.line("藤原　和也　様", size=13)
    p.gap(2)
    x = 112
    p.line("みなもと保証サービス株式会社", x=x, size=12, font="sans-bold")
    p.line("〒541-0000　大阪府大阪市中央区本町九丁目9-9", x=x, size=9)
    p.line("債権管理課　TEL 06-0000-7733", x=x, size=9)
    p.line("貸金業登録番号　近畿財務局長(3)第01288号", x=x, size=9)
    p.seal(186, p.y - 12, 15, "square", "みなもと保証之印", angle=5, seed=303)
    p.gap(4)
    p.title("代位弁済実行のお知らせ並びに求償金のご請求", size=14.5)
    p.para(fw("貴殿が株式会社ひがし野銀行との間で締結されたカードローン契約につきましては、当社が保証委託契約に基づき"
              "連帯保証をいたしておりました。貴殿は令和7年5月27日のご返済を最後にお支払いが滞り、令和7年8月27日に"
              "期限の利益を喪失されたため、当社は同行の請求により、令和7年9月19日に下記のとおり保証債務を履行"
              "（代位弁済）いたしました。"))
    p.para(fw("これにより、当社は貴殿に対し求償債権を取得いたしましたので、下記ご請求額合計を令和7年12月1日までに"
              "一括してお支払いくださいますよう、ご請求申し上げます。"))
    p.gap(2)
    p.line("１．代位弁済の内容", font="sans-bold")
    p.kv([("代位弁済日", fw("令和7年9月19日")),
          ("代位弁済額", f"金{P:,}円"),
          ("（内訳）", "元金1,284,000円・利息18,642円・損害金10,993円")], x=28, label_w=30)
    p.gap(2)
    p.line("２．ご請求の明細（" + fw("令和7年11月14日") + "現在）", font="sans-bold")
    p.table([["求償元金", f"{P:,}円"],
             ["遅延損害金", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [50, 50], x=28, shade_col0=True)
    p.gap(1)
    p.line("※遅延損害金は" + fw("令和7年9月20日から令和7年11月14日まで") + "、求償元金に対し年14.6％の割合で"
           "計算しています。", x=28, size=9)
    p.gap(2)
    p.line("３．お支払期日　" + fw("令和7年12月1日"), font="sans-bold")
    p.line("４．お客様ID　MS-20913", font="sans-bold")
    p.line("５．お振込先　しののめ信用金庫　本店　普通　0000777　ミナモトホショウサービス（カ", font="sans-bold")
    p.gap(3)
    p.para("お支払いについてご相談がございます場合は、お支払期日までに上記債権管理課までご連絡ください。"
           "なお、本状と行き違いにお支払いいただいた場合はご容赦ください。", size=9.5)
    tr = truth(document_type="acceleration_notice", sender="みなもと保証サービス株式会社", phone="06-0000-7733",
               creditor="みなもと保証サービス株式会社", status="not_applicable", original="株式会社ひがし野銀行",
               debtor="藤原和也", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 17),
               payment_due=D(2025, 12, 1), acceleration=D(2025, 8, 27), last_payment=D(2025, 5, 27),
               reference="MS-20913", input_kind="scan_png", template="proxy_guarantor_subrogation",
               received=D(2025, 11, 19))
    return dict(stem="h03_guarantor_subrogation_scan_png", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice",
                unusual="保証会社 代位弁済 + 求償金請求: a 代位弁済額 breakdown (元金/利息/損害金) that is NOT the claim, "
                        "claim = 求償元金 + 遅延損害金; お客様ID label; full-width 令和 dates; 貸金業登録番号 (no licence); "
                        "ご請求額合計; sender top right")


# ---------------------------------------------------------------------------------------------
# h04 joint 債権譲渡及び譲受のご通知, two pages, dot dates 2025.10.01, ¥ amounts on page 2, real servicer (第101号).


def h04():
    P, INT, R = 612_004, 21_310, 20.0
    L = late(P, R, D(2025, 4, 11), D(2025, 10, 1))
    T = P + INT + L
    p = Page(font="sans", size=10.5)
    p.line("2025年10月20日", align="r")
    p.gap(2)
    p.line("〒332-0000　埼玉県川口市さくら新町九丁目9番9号")
    p.line("高橋　美咲　様", size=13)
    p.gap(1)
    p.line("ご照会番号：AL-2510-30922", align="r", size=9.5)
    p.title("債権譲渡及び譲受のご通知", size=16)
    p.gap(2)
    y0 = p.y
    p.line("（譲渡人）", x=25, size=9.5)
    p.line("〒160-0000　東京都新宿区西新宿九丁目99番9号", x=48, size=9.5)
    p.line("株式会社コバルトファイナンス", x=48, size=11.5, font="sans-bold")
    p.line("代表取締役　青山　健吾", x=48, size=9.5)
    p.line("貸金業登録番号　関東財務局長(5)第00871号", x=48, size=8.5)
    p.seal(165, y0 + 10, 16, "round", "|代表取/締役印", angle=8, seed=404)
    p.gap(3)
    y1 = p.y
    p.line("（譲受人）", x=25, size=9.5)
    p.line("〒104-0000　東京都中央区新川九丁目99番9号", x=48, size=9.5)
    p.line("アルファ債権回収株式会社", x=48, size=11.5, font="sans-bold")
    p.line("代表取締役　本間　周平", x=48, size=9.5)
    p.line("法務大臣許可番号第101号", x=48, size=8.5)
    p.seal(165, y1 + 10, 16, "round", "|代表取/締役印", angle=-6, seed=405)
    p.gap(5)
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para("譲渡人は、貴殿に対して有する別紙「債権の表示」記載の債権（元本、利息、遅延損害金その他これに付帯する一切の"
           "権利を含みます。）を、2025.10.01付で譲受人に譲渡いたしましたので、民法第467条に基づき、本書をもって"
           "ご通知申し上げます。")
    p.para("つきましては、今後の本件債権に関するお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。"
           "譲渡人へのお支払いはお受けできませんのでご注意ください。お支払方法につきましては、別途譲受人よりご案内いたします。")
    p.line("敬具", align="r")
    p.gap(4)
    p.box(20, p.y, 170, 24, width=0.3)
    p.gap(3)
    p.line("【本件に関するお問合せ先】", x=24, font="sans-bold", size=10)
    p.line("アルファ債権回収株式会社　管理部　担当：大西", x=24, size=10)
    p.line("フリーダイヤル 0120-000-416（受付時間　平日9時～17時30分）", x=24, size=10)
    p.line("お問合せの際は、ご照会番号をお伝えください。", x=24, size=9)
    p.y = 285
    p.line("1/2", align="c", size=9, color=GRAY)

    q = Page(font="sans", size=10.5)
    q.line("別紙", size=10)
    q.title("債権の表示", size=15)
    q.table([["原契約", "金銭消費貸借契約（極度方式基本契約）"],
             ["原契約日", "2019.07.12"],
             ["契約番号", "CF-00871-55213"],
             ["最終取引日", "2025.02.25"],
             ["期限の利益喪失日", "2025.04.10"],
             ["債権譲渡日", "2025.10.01"]], [50, 110], x=25, aligns="ll", shade_col0=True)
    q.gap(6)
    q.line("譲渡債権額（2025.10.01現在）", x=25, font="sans-bold")
    q.gap(1)
    q.table([["元本", f"¥{P:,}"],
             ["利息", f"¥{INT:,}"],
             ["遅延損害金", f"¥{L:,}"],
             ["合計", f"¥{T:,}"]], [50, 60], x=25, ruled="rows")
    q.gap(3)
    q.para("※遅延損害金は、元本に対する2025.04.11から2025.10.01までの年20.0%（年365日の日割計算）の割合による"
           "金額です。2025.10.02以降も、完済に至るまで元本に対し同率の遅延損害金が発生いたします。", x0=25, size=9.5)
    q.para("※本通知は債権譲渡のご通知を目的とするものです。ご返済方法のご相談は譲受人までご連絡ください。", x0=25, size=9.5)
    q.gap(4)
    q.line("以上", align="r")
    q.y = 285
    q.line("2/2", align="c", size=9, color=GRAY)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-416", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社コバルトファイナンス", debtor="高橋美咲", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=D(2025, 10, 20), acceleration=D(2025, 4, 10), last_payment=D(2025, 2, 25),
               assignment=D(2025, 10, 1), reference="AL-2510-30922", input_kind="pdf_text_2page",
               template="proxy_joint_assignment_2p", received=D(2025, 10, 22))
    return dict(stem="h04_joint_assignment_pdf_text_2page", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec],
                truth=tr, about="assignment_notice",
                unusual="joint 譲渡人/譲受人 notice, real servicer アルファ債権回収 (法務大臣許可番号第101号, no space) ★; "
                        "dot dates 2025.10.01; 最終取引日 as last payment; ¥ amounts with 元本/利息/遅延損害金/合計 on "
                        "page 2 only; label ご照会番号; only informs (no payment date)")


# ---------------------------------------------------------------------------------------------
# h05 支払督促 (札幌簡裁), creditor a real licensed servicer named only in 当事者目録 on page 2, with the
#     servicer's own phone there (not the sender's), claim table with 督促手続費用 and 合計.


def h05():
    P, R, C = 735_210, 14.6, 6_104
    L = late(P, R, D(2024, 11, 27), D(2025, 10, 7))
    T = P + L + C
    fw = fullwidth
    p = Page(font="serif", size=11)
    p.gap(6)
    p.title("支　払　督　促", size=18)
    p.gap(2)
    p.line("事件番号　" + fw("令和7年") + "（ロ）" + fw("第10388号") + "　譲受債権請求督促事件", size=11)
    p.gap(2)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=30)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(8)
    p.line(fw("令和7年10月20日"), x=40)
    p.gap(2)
    p.line("札幌簡易裁判所", x=95, size=12)
    p.line("裁判所書記官　　三　浦　　沙　織", x=95, size=12)
    p.seal(178, p.y - 6, 14, "square", "裁判所書記官印", angle=2, seed=505)
    p.gap(10)
    p.line("これは正本である。", x=40)
    p.line("同日同庁　裁判所書記官　　三　浦　　沙　織", x=60)
    p.gap(12)
    p.box(20, p.y, 170, 46, width=0.4)
    p.gap(3)
    p.line("（ご注意）", x=25, font="serif-bold", size=10)
    p.para("１　この支払督促に不服があるときは、支払督促の送達を受けた日から２週間以内に、同封の督促異議申立書を"
           "この裁判所に提出してください。", x0=25, x1=185, size=9.5, indent="")
    p.para("２　期間内に督促異議の申立てがないと、債権者は仮執行宣言の申立てをすることができます。", x0=25, x1=185,
           size=9.5, indent="")
    p.para("３　お問い合わせは　札幌簡易裁判所民事受付係　電話" + fw("011-000-5241") + "　（事件番号をお知らせください。）",
           x0=25, x1=185, size=9.5, indent="")
    p.y = 285
    p.line("－１－", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.title("当 事 者 目 録", size=14)
    q.kv([("〒261-0000", "千葉県千葉市美浜区中瀬九丁目9番9号"),
          ("債権者", "エー・シー・エス債権管理回収株式会社"),
          ("", "代表者代表取締役　宮内　清隆"),
          ("（送達場所）", "同所　管理部　電話 043-000-2727　FAX 043-000-2728"),
          ("", ""),
          ("〒062-0000", "北海道札幌市豊平区みずならの丘九条9丁目9-9"),
          ("債務者", "西　村　　拓　海")], x=25, label_w=30)
    q.gap(4)
    q.title("請求の趣旨及び原因", size=14)
    q.line("請求の趣旨", font="serif-bold")
    q.table([["項　目", "金　額"],
             ["元金（譲受債権残元金）", f"{fw(format(P, ','))}円"],
             ["確定遅延損害金", f"{fw(format(L, ','))}円"],
             ["督促手続費用", f"{fw(format(C, ','))}円"],
             ["合　計", f"{fw(format(T, ','))}円"]], [80, 55], x=30, header=True, font="serif", size=10.5)
    q.gap(2)
    q.para("上記元金に対する" + fw("令和7年10月8日") + "から完済まで年" + fw("14.6") + "％の割合による遅延損害金"
           "（確定遅延損害金は" + fw("令和6年11月27日") + "から" + fw("令和7年10月7日") + "まで同率で計算したもの）",
           x0=30, size=9.5, indent="")
    q.gap(3)
    q.line("請求の原因", font="serif-bold")
    q.para("１　株式会社ルリカケ信販（以下「原債権者」という。）は、債務者との間で、" + fw("令和3年6月14日") + "、"
           "金銭消費貸借契約を締結し、同日、債務者に対し" + fw("900,000") + "円を貸し付けた。", x0=30, size=10, indent="")
    q.para("２　債務者は、" + fw("令和6年9月27日") + "に支払ったのを最後にその後の支払をせず、" + fw("令和6年11月26日")
           + "の経過により期限の利益を喪失した。", x0=30, size=10, indent="")
    q.para("３　原債権者は、" + fw("令和7年6月30日") + "、債権者に対し上記貸金債権を譲渡し、同年7月上旬到達の書面で"
           "債務者にその旨通知した。", x0=30, size=10, indent="")
    q.para("４　よって、債権者は債務者に対し、請求の趣旨記載のとおりの支払を求める。", x0=30, size=10, indent="")
    q.y = 285
    q.line("－２－", align="c", size=9)
    tr = truth(document_type="payment_order", sender="札幌簡易裁判所", phone="011-000-5241",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社ルリカケ信販",
               debtor="西村拓海", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True,
               issued=D(2025, 10, 20), acceleration=D(2024, 11, 26), last_payment=D(2024, 9, 27),
               assignment=D(2025, 6, 30), reference="令和7年(ロ)第10388号", input_kind="pdf_text_2page",
               template="proxy_payment_order_sapporo", received=D(2025, 10, 23))
    return dict(stem="h05_payment_order_sapporo_pdf_text_2page", ext="pdf", kind="pdf_text_2page",
                pages=[p.spec, q.spec], truth=tr, about="payment_order",
                unusual="支払督促 from 札幌簡易裁判所; creditor = real licensed servicer エー・シー・エス債権管理回収 ★ only in "
                        "当事者目録 on page 2 with its own 電話/FAX (not the sender phone); court phone only inside the "
                        "注意 box in full-width; full-width case number and amounts; 5-digit case number")


# ---------------------------------------------------------------------------------------------
# h06 地裁 (ワ) 呼出状 + 訴状, guarantor plaintiff, hearing with weekday & time, 答弁書 deadline; amounts only
#     in the 訴状's prose (及びうち金…).


def h06():
    P, R = 2_250_000, 14.0
    L = late(P, R, D(2025, 7, 1), D(2025, 11, 14))
    T = P + L
    p = Page(font="serif", size=11)
    p.line("令和7年(ワ)第2219号　求償金請求事件")
    p.line("原告　西海クレジット保証株式会社")
    p.line("被告　中島　悠真")
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.gap(2)
    p.line("被告　中島　悠真　殿", size=12)
    p.gap(2)
    p.line("令和7年11月21日", align="r")
    p.line("福岡地方裁判所第3民事部", x=110)
    p.line("裁判所書記官　　松　尾　　恵　美", x=110)
    p.seal(186, p.y - 5, 13, "square", "裁判所書記官印", seed=606)
    p.gap(6)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(3)
    p.line("記", align="c")
    p.gap(2)
    p.table([["期　　日", "令和8年1月27日（火）午前10時30分"],
             ["場　　所", "第903号法廷（9階）"],
             ["答弁書提出期限", "令和8年1月20日（火）"]], [45, 100], x=30, aligns="ll", shade_col0=True,
            font="serif", size=11, row_h=11)
    p.gap(6)
    p.line("（注意）", font="serif-bold", size=10)
    p.para("１　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
           "あります。", size=9.5, indent="")
    p.para("２　出頭の際は、この呼出状と認印を持参してください。", size=9.5, indent="")
    p.gap(4)
    p.line("〒810-0000　福岡市中央区城内九丁目9番", size=9.5)
    p.line("福岡地方裁判所第3民事部　電話 092-000-8412（直通）　FAX 092-000-8419", size=9.5)
    p.y = 285
    p.line("1", align="c", size=9)

    q = Page(font="serif", size=10.5)
    q.title("訴　　　状", size=16)
    q.line("令和7年11月14日", align="r")
    q.line("福岡地方裁判所　御中")
    q.gap(2)
    q.kv([("〒812-0000", "福岡市博多区みなと公園九丁目9番9号"),
          ("原　告", "西海クレジット保証株式会社"),
          ("", "代表者代表取締役　古賀　典久"),
          ("", "電話 092-000-3310"),
          ("〒814-0000", "福岡市早良区こがね台九丁目9番9-201"),
          ("被　告", "中島　悠真")], x=25, label_w=28)
    q.gap(3)
    q.line("求償金請求事件　　訴訟物の価額　" + f"{T:,}円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和7年11月15日から支払済みまで年14％の"
           "割合による金員を支払え。", x0=25, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=25, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=25, indent="")
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　被告は、令和3年4月8日、株式会社ひのくに銀行（以下「銀行」という。）から、金2,800,000円を、毎月26日限り"
           "分割して返済する約定で借り受けた（以下「本件借入」という。）。原告は、被告の委託を受け、同日、本件借入に"
           "係る被告の債務を保証した。", x0=25, indent="")
    q.para("２　被告は、令和7年3月26日の支払を最後にその後の返済を怠り、令和7年5月26日の経過により本件借入について"
           "期限の利益を喪失した。", x0=25, indent="")
    q.para(f"３　原告は、令和7年6月30日、銀行に対し、保証債務の履行として金{P:,}円を代位弁済した。"
           "保証委託契約では、求償債権に対する遅延損害金の利率は年14％（年365日の日割計算）と定められている。",
           x0=25, indent="")
    q.para(f"４　よって、原告は被告に対し、求償元金{P:,}円及び令和7年7月1日から令和7年11月14日までの確定遅延損害金"
           f"{L:,}円の合計金{T:,}円並びにうち求償元金に対する令和7年11月15日から支払済みまで年14％の割合による"
           "遅延損害金の支払を求める。", x0=25, indent="")
    q.gap(2)
    q.line("証拠方法　甲第1号証 保証委託契約書　甲第2号証 代位弁済証明書", size=9.5)
    q.y = 285
    q.line("2", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="福岡地方裁判所", phone="092-000-8412",
               creditor="西海クレジット保証株式会社", status="not_applicable", original="株式会社ひのくに銀行",
               debtor="中島悠真", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 21),
               acceleration=D(2025, 5, 26), last_payment=D(2025, 3, 26), hearing=D(2026, 1, 27),
               reference="令和7年(ワ)第2219号", input_kind="pdf_text_2page", template="proxy_district_summons",
               received=D(2025, 11, 25))
    return dict(stem="h06_district_summons_pdf_text_2page", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec],
                truth=tr, about="lawsuit",
                unusual="福岡地裁 (ワ) 呼出状 + 訴状; plaintiff = guarantee company (求償金), bank only in 請求の原因; "
                        "期日 in a ruled table with weekday + 午前10時30分 and a separate 答弁書提出期限; 訴状 date ≠ 呼出状 "
                        "date; amounts only in prose (金…及びうち金…); 訴訟物の価額; plaintiff's phone on p.2")


# ---------------------------------------------------------------------------------------------
# h07 settlement proposal from a real licensed servicer (第34号), slash dates, ￥…- amounts, 請求額合計 vs a
#     smaller 和解金額, ご回答期日 as payment_due, 管理No.


def h07():
    P, INT, R = 318_400, 6_122, 14.6
    L = late(P, R, D(2024, 10, 6), D(2025, 12, 15))
    T = P + INT + L
    p = Page(font="sans", size=10)
    p.line("2025/12/19", align="r")
    top = p.y
    p.line("〒170-0000")
    p.line("東京都豊島区ひがし池袋九丁目9番9号 コーポ桜202")
    p.line("小川　翔太　様", size=13)
    p.gap(2)
    p.line("管理No.　SZ-4471-0935", size=9.5)
    yb = p.y
    p.y = top
    x = 120
    p.line("セゾン債権回収株式会社", x=x, size=12, font="sans-bold")
    p.line("法務大臣許可 第34号", x=x, size=9)
    p.line("〒170-0000 東京都豊島区東池袋九丁目9番9号", x=x, size=8.5)
    p.line("お客様専用ダイヤル 03-0000-3434", x=x, size=9)
    p.line("（受付 平日 9:30～18:00）", x=x, size=8.5)
    p.seal(191, top + 16, 14, "square", "債権回収之印", angle=-3, seed=707)
    p.y = max(p.y, yb) + 3
    p.title("ご返済条件（和解）のご提案", size=15)
    p.para("平素より格別のご高配を賜り、誠にありがとうございます。株式会社なないろファイナンスより当社が譲り受けました"
           "貴方様の債務につきまして、これまでのご事情を踏まえ、下記のとおり分割でのご返済条件をご提案申し上げます。")
    p.gap(2)
    p.line("■ 現在のご請求額（2025/12/15現在）", font="sans-bold")
    p.table([["原債権者", "元金", "利息", "遅延損害金", "請求額合計"],
             ["株式会社なないろファイナンス", f"￥{P:,}-", f"￥{INT:,}-", f"￥{L:,}-", f"￥{T:,}-"]],
            [52, 30, 26, 32, 30], header=True, aligns="lrrrr", size=9)
    p.line("最終ご入金日：2024/08/05　　遅延損害金：2024/10/06～2025/12/15　年14.6%", size=9)
    p.gap(3)
    p.line("■ ご提案内容", font="sans-bold")
    p.table([["和解金額", "￥318,400-（元金相当額）"],
             ["お支払回数", "24回"],
             ["初回お支払", "2026/02/27　￥19,400-"],
             ["2回目以降", "毎月27日　￥13,000-　×23回"],
             ["免除額", f"￥{INT + L:,}-（利息・遅延損害金）"],
             ["ご回答期日", "2026/01/16（金）"]], [40, 100], x=25, aligns="ll", shade_col0=True, size=10)
    p.gap(2)
    p.para("※上記条件どおりにお支払いいただいた場合、利息及び遅延損害金の全額を免除いたします。", size=9, indent="")
    p.para("※お支払いを2回以上怠り、その額が￥26,000-に達したときは、当然に期限の利益を失い、請求額合計から既払額を"
           "控除した残額を直ちにお支払いいただきます。", size=9, indent="")
    p.gap(2)
    p.para("ご提案にご同意いただける場合は、同封の「和解契約書（兼 同意書）」にご署名・ご捺印のうえ、ご回答期日までに"
           "ご返送ください。別のご返済条件をご希望の場合も、ご回答期日までにお客様専用ダイヤルへご連絡ください。",
           size=9.5)
    tr = truth(document_type="settlement_proposal", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3434", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社なないろファイナンス", debtor="小川翔太", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2025, 12, 19), payment_due=D(2026, 1, 16),
               last_payment=D(2024, 8, 5), reference="SZ-4471-0935", input_kind="pdf_text",
               template="proxy_settlement_slash", received=D(2025, 12, 22))
    return dict(stem="h07_settlement_slash_pdf_text", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal",
                unusual="和解 proposal from real servicer セゾン債権回収 (法務大臣許可 第34号) ★; slash dates 2025/12/15; "
                        "￥…- amounts in a horizontal one-row table; 請求額合計 vs smaller 和解金額 and 免除額; "
                        "ご回答期日 as payment_due; 管理No. label; instalment dates that are not due dates")


LETTERS = [h01, h02, h03, h04, h05, h06, h07]
