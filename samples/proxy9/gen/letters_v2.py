"""Proxy set 9, letters v09–v16: a joint 債権譲渡・譲受通知書 (2 pages), a servicer-only 債権譲受のお知らせ scanned, an
invented servicer's 和解条件 photographed, a consumer-finance 分割お支払いプラン, a 支払督促 (福井簡裁, 2 pages), a
仮執行宣言付支払督促 (鹿児島簡裁) as an iPhone HEIC, a 簡裁 (ハ) 呼出状 + 訴状 (甲府) and a scam 圧着ハガキ."""

from __future__ import annotations

from datetime import date as D

from common import Page, late, leader, truth

from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, RED, Line

fw = fullwidth
GREEN = (0.16, 0.42, 0.22)
PLUM = (0.40, 0.16, 0.42)
SHADE = (0.90, 0.90, 0.90)


def fk(n: int) -> str:
    return fw(f"金{n:,}円")


# ---------------------------------------------------------------------------------------------
# v09 joint 債権譲渡・譲受通知書: 株式会社オリーブ信販 (譲渡人) and the real servicer アルファ債権回収 (第101号, 譲受人), digital
#     2 pages: p.1 the two parties side by side and the notice; p.2 別紙 譲渡債権目録 (one table) with the amounts.


def v09():
    P, INT, R = 512_700, 18_342, 14.6
    L = late(P, R, D(2025, 10, 28), D(2026, 4, 3))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16, leading=1.7)
    p.line("令和8年4月3日", align="r")
    p.gap(1)
    p.line("〒920-0000　石川県金沢市ゆきつり町九丁目9番9号", size=10)
    p.line("穂積　真琴　様", size=14)
    p.gap(4)
    p.title("債権譲渡・譲受通知書", size=17, font="serif-bold")
    y = p.y
    p.box(20, y, 82, 30, width=0.3)
    p.box(108, y, 82, 30, width=0.3)
    p.at(23, y + 5, "【譲渡人】", size=9.5, font="serif-bold")
    p.at(23, y + 11, "〒920-0000 金沢市かがやき通九丁目9番9号", size=8.5)
    p.at(23, y + 17, "株式会社オリーブ信販", size=11, font="serif-bold")
    p.at(23, y + 23, "代表取締役　仁木　康弘", size=9.5)
    p.at(23, y + 28, "（旧お問合せ先 0120-000-552）", size=8)
    p.seal(92, y + 20, 11, "round", "株式会社オリーブ信販|代表/取締役", angle=6, seed=9901)
    p.at(111, y + 5, "【譲受人】", size=9.5, font="serif-bold")
    p.at(111, y + 11, "〒103-0000 東京都中央区ほたるばし九丁目9番9号", size=8.5)
    p.at(111, y + 17, "アルファ債権回収株式会社", size=11, font="serif-bold")
    p.at(111, y + 23, "代表取締役　篠原　昭彦", size=9.5)
    p.at(111, y + 28, "法務大臣許可番号　第101号", size=8.5)
    p.seal(181, y + 20, 11, "round", "アルファ債権回収|代表/取締役", angle=-4, seed=9902)
    p.y = y + 35
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("譲渡人株式会社オリーブ信販は、貴殿に対して有する別紙譲渡債権目録記載の債権（元金、手数料、遅延損害金その他"
           "これに付帯する一切の権利を含みます。）を、令和8年3月31日付で譲受人アルファ債権回収株式会社に譲渡いたしました"
           "ので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお支払いや、"
           "これまでの口座振替によるお支払いはできなくなりますので、ご注意ください。")
    p.para("お支払方法につきましては、追って譲受人よりご案内いたします。ご不明な点は下記の譲受人お問合せ窓口まで"
           "お問い合わせください。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("譲渡日", "令和8年3月31日"),
          ("譲渡債権", "別紙譲渡債権目録記載のとおり"),
          ("譲受人お問合せ窓口", "アルファ債権回収株式会社　お客様センター"),
          ("", "TEL 03-0000-1015（平日 9:00～18:00）"),
          ("譲受管理番号", "AL-260403-118")], x=30, label_w=42, size=10)
    p.line("以上", align="r")
    p.y = 284
    p.line("1", align="c", size=9)

    q = Page(font="serif", size=10, top=18, leading=1.7)
    q.line("別紙", size=10)
    q.title("譲 渡 債 権 目 録", size=15, font="serif-bold")
    q.table([["契約の種類", "ショッピングクレジット（個品割賦）　商品名：ダイニング家具一式"],
             ["契約日・契約番号", "令和5年9月2日　OL-5509-33871"],
             ["支払総額（当初）", "897,600円（24,933円×36回）"],
             ["最終入金日", "令和7年7月27日"],
             ["期限の利益喪失日", "令和7年10月27日"],
             ["債務者", "穂積　真琴"]],
            [46, 124], aligns="ll", size=9.8, font="serif", shade_col0=True, row_h=7.6)
    q.gap(5)
    q.line("譲渡債権の額（令和8年4月3日現在）", size=10.5, font="serif-bold")
    q.table([["残元金", f"{P:,}円"],
             ["未払手数料", f"{INT:,}円"],
             ["遅延損害金", f"{L:,}円"],
             ["合計", f"{T:,}円"]],
            [60, 50], x=30, aligns="lr", size=10.5, font="serif", row_h=8)
    q.gap(3)
    q.para("※遅延損害金は、残元金に対する令和7年10月28日から令和8年4月3日までの年14.6％（年365日の日割計算）の割合による"
           "ものです。同月4日以降も完済まで同じ割合により発生します。", size=9.5, indent="")
    q.y = 284
    q.line("2", align="c", size=9)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1015", creditor="アルファ債権回収株式会社", status="licensed", original="株式会社オリーブ信販",
               debtor="穂積真琴", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False,
               issued=D(2026, 4, 3), payment_due=None, acceleration=D(2025, 10, 27), last_payment=D(2025, 7, 27),
               assignment=D(2026, 3, 31), reference="AL-260403-118", input_kind="pdf_text_2page",
               template="proxy9_joint_assignment_two_page", received=D(2026, 4, 6))
    return dict(stem="v09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, 信販 → servicer)",
                unusual="joint 債権譲渡・譲受通知書, digital 2 pages: p.1 譲渡人 and 譲受人 in two boxes SIDE BY SIDE (each with "
                        "a round seal; the 譲渡人's old 0120 number as a distractor; the real servicer アルファ債権回収 with "
                        "「法務大臣許可番号 第101号」 ★ in its box), 民法第467条, 記 with 譲渡日 and 譲受管理番号; p.2 別紙 譲渡債権目録: "
                        "a shaded-label grid (契約日・契約番号 OL-5509-33871, 支払総額（当初） 897,600 = 24,933×36, "
                        "最終入金日, 期限の利益喪失日) then 残元金 / 未払手数料 / 遅延損害金 / 合計; only informs (no date)")


# ---------------------------------------------------------------------------------------------
# v10 servicer-only 債権譲受のお知らせ from the real servicer エー・シー・エス債権管理回収 (第27号), scanned: colon-separated
#     label lines, the amounts as a small right-aligned block, an enclosed reply form mentioned (no deadline).


def v10():
    P, INT, R = 287_945, 3_116, 18.0
    L = late(P, R, D(2025, 12, 2), D(2026, 5, 8))
    T = P + INT + L
    p = Page(font="sans", size=10, top=16, leading=1.65)
    p.line("2026年5月8日", align="r")
    p.line("受付コード：AC-0508-77214", align="r", size=9.5)
    p.gap(1)
    p.line("〒260-0000　千葉県千葉市中央区ちどり台九丁目9番9号", size=9.5)
    p.line("桧山　達郎　様", size=13.5)
    p.gap(2)
    x = 110
    y0 = p.y
    p.line("エー・シー・エス債権管理回収株式会社", x=x, size=11, font="sans-bold")
    p.line("法務大臣許可番号　第27号", x=x, size=8.5)
    p.line("コンシューマー債権部", x=x, size=9)
    p.seal(186, y0 + 12, 12, "square", "エー・シー・エス債権管理回収之印", angle=4, seed=10001)
    p.gap(5)
    p.title("債権譲受のお知らせ", size=15)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("当社は、2026年4月20日付で、株式会社フリージアキャッシング（以下「譲渡人」）から、お客様との金銭消費貸借契約に"
           "基づく下記債権を譲り受けました。譲渡人からの債権譲渡通知は、内容証明郵便にて別途お届けしております。")
    p.para("本日以降、本債権に関するお支払い・お問い合わせの窓口は当社となります。今後のお支払方法につきましては、同封の"
           "「お支払方法ご相談票」にご記入のうえご返送いただくか、下記お問合せ先までお電話ください。")
    p.gap(2)
    p.line("■ 譲り受けた債権の内容", size=10.5, font="sans-bold")
    p.kv([("譲渡人", "株式会社フリージアキャッシング"),
          ("譲受日", "2026年4月20日"),
          ("ご契約日", "2019年11月5日（極度額 500,000円）"),
          ("最終ご返済日", "2025年9月30日"),
          ("期限の利益喪失日", "2025年12月1日"),
          ("遅延損害金利率", "年18.0％（年365日日割計算）")], x=26, label_w=36, sep="：", size=9.8)
    p.gap(2)
    p.line("■ 現在の債務額（2026年5月8日現在）", size=10.5, font="sans-bold")
    x0, x1 = 30, 140
    leader(p, "元金", f"{P:,}円", x0, x1, size=10.5, dot="‥")
    leader(p, "利息", f"{INT:,}円", x0, x1, size=10.5, dot="‥")
    leader(p, "遅延損害金（2025/12/02～2026/05/08）", f"{L:,}円", x0, x1, size=10.5, dot="‥")
    p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
    p.gap(1)
    leader(p, "債務額合計", f"{T:,}円", x0, x1, size=11, font="sans-bold", dot="‥")
    p.gap(3)
    p.para("※遅延損害金は、お支払いの日まで元金に対し日割りで加算されます。本書は債権譲受のお知らせであり、お支払期日を"
           "定めるものではありません。", size=9, indent="")
    p.para("※当社の名前をかたる不審な電話・SMSにご注意ください。当社の連絡先は法務省ホームページの許可業者一覧でご確認"
           "いただけます。", size=9, indent="")
    y = 262
    p.box(20, y, 170, 17, width=0.3)
    p.at(24, y + 6, "お問合せ先　エー・シー・エス債権管理回収株式会社　コンシューマー債権部", size=9.5, font="sans-bold")
    p.at(24, y + 11.5, "TEL 043-000-2727（月～金 9:00～18:00）", size=9.5)
    p.at(24, y + 15.8, "〒261-0000 千葉市美浜区なぎさ台九丁目9番9号", size=8.2)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社フリージアキャッシング", debtor="桧山達郎", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2026, 5, 8), payment_due=None,
               acceleration=D(2025, 12, 1), last_payment=D(2025, 9, 30), assignment=D(2026, 4, 20),
               reference="AC-0508-77214", input_kind="scan_png", template="proxy9_servicer_only_assignment_scan",
               received=D(2026, 5, 11))
    return dict(stem="v10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (servicer-only 譲受通知)",
                unusual="servicer-only 債権譲受のお知らせ from the real servicer エー・シー・エス債権管理回収 with "
                        "「法務大臣許可番号 第27号」 ★, scanned; western dates (2026年5月8日) and a slash window "
                        "(2025/12/02～2026/05/08); labels with full-width colons (受付コード：, 譲渡人：, 譲受日：); ご契約日 "
                        "2019 with 極度額 500,000 as a distractor; the amounts as ‥ leader lines 元金 / 利息 / 遅延損害金 / "
                        "債務額合計; says outright that it sets no payment date; 譲渡人's own notice sent separately")


# ---------------------------------------------------------------------------------------------
# v11 invented servicer みやこ野債権回収 (第173号 → unverified) 和解条件のご提示, phone photo: the current debt, then two
#     options side by side (一括 with reduction / 分割) in a two-column grid — all distractors — and a ご回答期限.


def v11():
    P, INT, R = 398_260, 12_905, 18.0
    L = late(P, R, D(2024, 3, 2), D(2026, 2, 13))
    T = P + INT + L
    S = P + INT
    n, m = 34, 12_000
    last = S - n * m
    p = Page(font="sans", size=10, top=15)
    p.line("令和8年2月13日", align="r")
    p.line("ご相談番号　MY-0213-552", align="r", size=9.5)
    p.gap(1)
    p.line("〒530-0000　大阪府大阪市北区あじさい橋九丁目9-9-305", size=9.5)
    p.line("芹沢　奈緒　様", size=13.5)
    p.gap(2)
    x = 114
    y0 = p.y
    p.line("みやこ野債権回収株式会社", x=x, size=11.5, font="sans-bold")
    p.line("（法務大臣許可番号　第173号）", x=x, size=8.5)
    p.line("和解推進室", x=x, size=9)
    p.line("TEL 06-0000-1733　FAX 06-0000-1734", x=x, size=9)
    p.seal(185, y0 + 6, 12, "square", "みやこ野債権回収株式会社", angle=-5, seed=10101)
    p.gap(4)
    p.title("和解条件のご提示", size=16, color=PLUM)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。先日はお電話をいただき、誠にありがとうございました。")
    p.para("当社が令和7年8月1日付で株式会社しゃくなげクレジットから譲り受けた貴殿に対する債権につきまして、ご相談の内容を"
           "踏まえ、下記のとおり和解条件をご提示いたします。いずれかの条件をお選びいただき、ご回答期限までにご連絡ください。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("1．現在のご債務（令和8年2月13日現在）", size=10.5, font="sans-bold")
    p.table([["残元本", "利息", "延滞損害金（年18.0％）", "合計債務額"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 34, 54, 44], header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line("原債権者：株式会社しゃくなげクレジット（期限の利益喪失日 令和6年3月1日／最終ご返済日 令和5年12月27日）", size=8.8)
    p.gap(3)
    p.line("2．ご提示する和解条件", size=10.5, font="sans-bold")
    p.table([["A　一括でお支払いの場合", "B　分割でお支払いの場合"],
             ["和解金　300,000円", f"和解金　{S:,}円（元本＋利息）"],
             ["令和8年3月31日までに一括", f"月々の分割額 {m:,}円 × {n}回"],
             ["残額（延滞損害金を含む）は免除", f"最終回 {last:,}円（初回 令和8年3月27日）"],
             ["", "完済時に延滞損害金を免除"]],
            [85, 85], header=True, aligns="ll", size=9.5, row_h=7.6)
    p.gap(3)
    y = p.y
    p.box(45, y, 120, 12, width=0.8, color=PLUM)
    p.at(50, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(160, y + 8, "令和8年3月6日（金）", size=12, font="sans-bold", align="r")
    p.y = y + 16
    p.para("ご回答期限を過ぎた場合、本提示は撤回されたものとし、合計債務額の一括でのお支払いを改めてお願いすることと"
           "なります。和解成立後は、和解書を取り交わしたうえでお支払いを開始していただきます。振込手数料はご負担ください。",
           size=9.2)
    y = 272
    p.add(Line(20, y, 190, y, 0.3, PLUM))
    p.at(20, y + 5.5, "みやこ野債権回収株式会社　〒541-0000 大阪市中央区みやこ野町九丁目9番9号　担当　都倉", size=8.5)
    tr = truth(document_type="settlement_proposal", sender="みやこ野債権回収株式会社", license_number=173,
               phone="06-0000-1733", creditor="みやこ野債権回収株式会社", status="unverified",
               original="株式会社しゃくなげクレジット", debtor="芹沢奈緒", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2026, 2, 13), payment_due=D(2026, 3, 6),
               acceleration=D(2024, 3, 1), last_payment=D(2023, 12, 27), assignment=D(2025, 8, 1),
               reference="MY-0213-552", input_kind="photo_jpeg", template="proxy9_invented_servicer_settlement_photo",
               received=D(2026, 2, 16))
    return dict(stem="v11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.8, keystone=0.06, tilt=2.5, bg="tatami", blur=1.0, glare=20, warm=0.5),
                about="settlement_proposal (invented servicer, two options)",
                unusual="invented servicer みやこ野債権回収 with its number in brackets 「（法務大臣許可番号 第173号）」 (→ "
                        "unverified), phone photo on tatami with lamp glare; plum title; the current debt as ONE row under "
                        "four headers 残元本 / 利息 / 延滞損害金（年18.0％） / 合計債務額; 原債権者 line with 喪失日/最終ご返済日 "
                        "in brackets; two options side by side (A 一括 和解金 300,000 by 3/31, B 分割 和解金 = 元本＋利息, "
                        f"{m:,} × {n}, 最終回, 初回 3/27 — all distractors); ご回答期限 in a box = payment_due")


# ---------------------------------------------------------------------------------------------
# v12 consumer-finance 分割お支払いプランのご提案 (the lender itself), digital: the current balance in a shaded kv block,
#     a plan summary and a schedule table (回数 / お支払日 / お支払額) as distractors, the お申込期限.


def v12():
    P, INT, R = 724_000, 9_873, 20.0
    L = late(P, R, D(2025, 10, 11), D(2026, 1, 16))
    T = P + INT + L
    p = Page(font="sans", size=10, top=14)
    p.line("令和8年1月16日", align="r")
    p.line("お手続きコード　SP-71-20944", align="r", size=9.5)
    p.line("〒812-0000　福岡県福岡市博多区みなとまち九丁目9番9号", size=9.5)
    p.line("茅野　亮介　様", size=13.5)
    p.gap(1)
    x = 118
    p.line("株式会社スピカローン", x=x, size=12, font="sans-bold")
    p.line("債権管理部　ご返済相談課", x=x, size=9)
    p.line("TEL 092-000-7740", x=x, size=9)
    p.line("貸金業登録番号 福岡財務支局長(2)第00188号", x=x, size=7.8)
    p.gap(4)
    p.title("分割お支払いプランのご提案", size=15)
    p.para("平素よりスピカローンをご利用いただき、誠にありがとうございます。")
    p.para("お客様のご契約（ご契約日　令和4年8月3日、ご利用限度額 1,000,000円）は、令和7年7月10日のご返済を最後にお支払いが"
           "なく、令和7年10月10日をもって期限の利益を喪失しております。このたび、お客様からのご相談を受け、現在のご返済残高に"
           "つきまして、下記の分割お支払いプランをご提案いたします。")
    p.gap(1)
    y = p.y
    p.box(20, y, 170, 34, width=0.3, fill=(0.95, 0.95, 0.95))
    p.at(24, y + 6, "現在のご返済残高（令和8年1月16日現在）", size=10, font="sans-bold")
    p.y = y + 8
    for lab, val in [("ご融資残高", f"{P:,}円"), ("未払利息", f"{INT:,}円"),
                     ("遅延損害金（R7.10.11～R8.1.16　年20.0％）", f"{L:,}円")]:
        p.at(30, p.y + 4, lab, size=9.8)
        p.at(150, p.y + 4, val, size=9.8, align="r")
        p.y += 5.6
    p.add(Line(30, p.y + 0.6, 150, p.y + 0.6, 0.4))
    p.y += 1.2
    p.at(30, p.y + 4.2, "ご返済残高合計", size=10.5, font="sans-bold")
    p.at(150, p.y + 4.2, f"{T:,}円", size=10.5, font="sans-bold", align="r")
    p.y = y + 38
    S = P + INT
    m, n = 20_900, 35
    last = S - m * n
    p.line("■ ご提案プラン（ご融資残高＋未払利息を分割、遅延損害金は完済時に減免）", size=10, font="sans-bold")
    p.kv([("分割対象額", f"{S:,}円"),
          ("お支払回数", f"{n + 1}回（毎月27日）"),
          ("月々の分割額", f"{m:,}円（最終回のみ {last:,}円）")], x=24, label_w=30, size=9.8)
    p.gap(1)
    p.table([["回数", "お支払日", "お支払額"],
             ["1", "令和8年2月27日", f"{m:,}円"],
             ["2", "令和8年3月27日", f"{m:,}円"],
             ["3", "令和8年4月27日", f"{m:,}円"],
             ["…", "（4回目～35回目　毎月27日）", f"{m:,}円"],
             ["36", "令和11年1月27日", f"{last:,}円"]],
            [20, 62, 40], x=44, header=True, aligns="ccr", size=9.2, row_h=6.2)
    p.gap(3)
    y = p.y
    p.box(20, y, 170, 11, width=0.8)
    p.at(24, y + 7.5, "お申込期限", size=10.5, font="sans-bold")
    p.at(70, y + 7.5, "令和8年1月30日（金）必着", size=11, font="sans-bold")
    p.at(186, y + 7.5, "同封の申込書をご返送ください", size=9, align="r")
    p.y = y + 15
    p.para("お申込期限までに申込書のご返送がない場合は、本プランはご利用いただけず、ご返済残高合計の一括でのお支払いを"
           "お願いすることになります。ご返送いただいた申込書は、債務の承認にあたりますので、内容をよくご確認ください。",
           size=9)
    tr = truth(document_type="settlement_proposal", sender="株式会社スピカローン", phone="092-000-7740",
               creditor="株式会社スピカローン", status="not_applicable", debtor="茅野亮介", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2026, 1, 16), payment_due=D(2026, 1, 30),
               acceleration=D(2025, 10, 10), last_payment=D(2025, 7, 10), reference="SP-71-20944",
               input_kind="pdf_text", template="proxy9_consumer_finance_instalment_plan", received=D(2026, 1, 19))
    return dict(stem="v12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (consumer finance's own 分割プラン)",
                unusual="the lender's own 分割お支払いプランのご提案 (no servicer): the current balance in a grey-filled block "
                        "without rules (ご融資残高 / 未払利息 / 遅延損害金 / ご返済残高合計); the plan (分割対象額, 36回, 月々の分割額 "
                        f"{m:,}, 最終回 {last:,}) and a schedule table with a （4回目～35回目） row — all distractors; お申込期限 …必着 in a box "
                        "= payment_due; ご利用限度額 1,000,000 and ご契約日 as distractors; label お手続きコード")


# ---------------------------------------------------------------------------------------------
# v13 支払督促 (福井簡裁), digital 2 pages: p.1 the order with the parties; p.2 請求の趣旨 (numbered lines with 金額 right-
#     aligned) and 請求の原因 for a card shopping 立替金 with 手数料, a 確定 window ending at the 申立日.


def v13():
    P, INT, R, C = 376_540, 22_318, 14.6, 5_840
    L = late(P, R, D(2025, 11, 28), D(2026, 3, 5))
    T = P + INT + L + C
    p = Page(font="serif", size=10.5, top=18, leading=1.75)
    p.line("令和８年（ロ）第２１４号　立替金等請求督促事件", size=10.5)
    p.gap(4)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(2)
    p.table([["当事者の表示", "別紙当事者目録記載のとおり"],
             ["請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり"]],
            [50, 120], aligns="ll", size=10.5, font="serif", ruled="none", row_h=8)
    p.gap(4)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(4)
    p.line("令和８年３月１１日", x=40)
    p.gap(2)
    y = p.y
    p.line("福井簡易裁判所", x=100, size=11)
    p.line("裁判所書記官　　田　所　　　聡", x=100, size=11.5)
    p.seal(178, y + 6, 12, "square", "福井簡易裁判所裁判所書記官印", angle=3, seed=10301)
    p.gap(8)
    p.line("当　事　者　目　録", align="c", size=12, font="serif-bold")
    p.gap(1)
    p.kv([("債権者", "〒100-0000　東京都千代田区ろーたす町九丁目9番9号"),
          ("", "株式会社ロータスカード"),
          ("", "代表者代表取締役　五十嵐　恒夫"),
          ("", "（送達場所）〒910-0000 福井市はなしょうぶ町九丁目9番9号　同社福井債権管理室"),
          ("", "電話 0776-000-5511　ＦＡＸ 0776-000-5512"),
          ("債務者", "〒918-0000　福井県福井市えちぜん台九丁目9番9号"),
          ("", "仁　科　　和　樹")], x=26, label_w=22, size=10)
    p.gap(6)
    y = p.y
    p.box(20, y, 170, 16, width=0.3)
    p.at(24, y + 6, "（お問合せ）福井簡易裁判所　民事係（督促担当）", size=9.5, font="serif-bold")
    p.at(24, y + 12, "電話 0776-000-2214（直通）　事件番号を必ずお知らせください。", size=9.5)
    p.y = 284
    p.line("－１－", align="c", size=9)

    q = Page(font="serif", size=10.5, top=18, leading=1.75)
    q.line("請 求 の 趣 旨 及 び 原 因", align="c", size=13, font="serif-bold")
    q.gap(2)
    q.line("請　求　の　趣　旨", size=11.5, font="serif-bold")
    x0, x1 = 26, 186
    for lab, val in [("１　立替金残額", P), ("２　未払手数料", INT),
                     ("３　確定遅延損害金（令和７年１１月２８日から令和８年３月５日まで）", L), ("４　督促手続費用", C)]:
        q.at(x0, q.y + 4, lab, size=10)
        q.at(x1, q.y + 4, fk(val), size=10, align="r")
        q.y += 6.4
    q.add(Line(120, q.y + 0.5, x1, q.y + 0.5, 0.3))
    q.y += 1.2
    q.at(x0, q.y + 4, "　　（１から４までの合計）", size=10)
    q.at(x1, q.y + 4, fk(T), size=10.5, align="r", font="serif-bold")
    q.y += 7
    q.para("５　上記１の金額に対する令和８年３月６日から完済まで年１４．６％の割合による遅延損害金", size=10, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", size=11.5, font="serif-bold")
    q.para("１　債権者は，債務者との間で，令和４年１月１４日，カード会員契約（ショッピング利用枠５０万円）を締結した。"
           "債務者は，同カードを利用して加盟店から商品を購入し，債権者は加盟店に代金を立替払いした。", size=10, indent="")
    q.para("２　債務者は，立替金及び手数料を毎月２７日限り分割して支払う約束をしたが，令和７年８月２７日に支払ったのを最後に"
           "その後の支払をしない。債権者は，２０日以上の期間を定めて書面で支払を催告したが，債務者はその期間内に支払わず，"
           "令和７年１１月２７日の経過により期限の利益を失った。", size=10, indent="")
    q.para("３　遅延損害金の割合は年１４．６％（年３６５日の日割計算）の約定である。", size=10, indent="")
    q.para("４　よって，債権者は，債務者に対し，請求の趣旨記載の金員の支払を求める。", size=10, indent="")
    q.gap(5)
    y = q.y
    q.box(20, y, 170, 22, width=0.3)
    q.at(24, y + 6, "この支払督促に不服があるときは，送達を受けた日から２週間以内に，同封の督促異議申立書を", size=9.5)
    q.at(24, y + 12, "この裁判所に提出してください。異議の申立てがあると，通常の訴訟手続に移行します。", size=9.5)
    q.at(24, y + 18, "（申立日　令和８年３月５日）", size=9.5)
    q.y = 284
    q.line("－２－", align="c", size=9)
    tr = truth(document_type="payment_order", sender="福井簡易裁判所", phone="0776-000-2214",
               creditor="株式会社ロータスカード", status="not_applicable", debtor="仁科和樹", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 3, 11),
               acceleration=D(2025, 11, 27), last_payment=D(2025, 8, 27), reference="令和8年(ロ)第214号",
               input_kind="pdf_text_2page", template="proxy9_payment_order_fukui_card", received=D(2026, 3, 13))
    return dict(stem="v13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, card 立替金)",
                unusual="支払督促 (福井簡裁), digital 2 pages, full-width digits and ， throughout: p.1 case number + 事件名 on "
                        "the first line, the order, clerk and seal, 当事者目録 as a kv block (creditor's 送達場所 電話/ＦＡＸ) and "
                        "an お問合せ box with the court's （直通） number; p.2 請求の趣旨 as numbered lines with the amounts "
                        "right-aligned and a （１から４までの合計） line, running item ５, 確定 window ending at the 申立日 3/5 "
                        "(≠ order date 3/11); ショッピング利用枠５０万円 as a distractor")


# ---------------------------------------------------------------------------------------------
# v14 仮執行宣言付支払督促 (鹿児島簡裁), one page as an iPhone HEIC: the 仮執行宣言 block on top of the order text, the
#     original 支払督促 date, a 請求の趣旨 table with two procedure costs, 当事者 in two short lines.


def v14():
    P, R = 541_220, 20.0
    INT = late(P, 18.0, D(2025, 10, 11), D(2025, 12, 15))
    L = late(P, R, D(2025, 12, 16), D(2026, 3, 12))
    C1, C2 = 6_110, 1_380
    C = C1 + C2
    T = P + INT + L + C
    p = Page(font="serif", size=10, top=14, leading=1.6)
    p.line("令和８年（ロ）第３８６号　貸金請求督促事件", size=10)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "〒890-0000 鹿児島市さくらじま通九丁目9番9号"],
             ["", "株式会社たまゆらファイナンス　代表者代表取締役　有川　正臣"],
             ["", "（送達場所）同社鹿児島管理センター　電話 099-000-7702"],
             ["債務者", "〒899-0000 鹿児島県霧島市きりしま台九丁目9番地9　御子柴　彩"]],
            [20, 150], aligns="ll", ruled="rows", size=8.8, font="serif", row_h=6.4)
    p.gap(3)
    p.para("債務者は，債権者に対し，下記請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("上記の金額は，令和８年３月１８日付け支払督促に基づくものである。", size=10)
    p.gap(1)
    p.line("請　求　の　趣　旨", align="c", size=11.5, font="serif-bold")
    p.table([["１", "元金", fk(P)],
             ["２", "利息（令和７年１０月１１日から令和７年１２月１５日まで）", fk(INT)],
             ["３", "確定遅延損害金（令和７年１２月１６日から令和８年３月１２日まで年２０％）", fk(L)],
             ["４", "督促手続費用", fk(C1)],
             ["５", "仮執行宣言手続費用", fk(C2)],
             ["", "合計", fk(T)]],
            [10, 118, 42], aligns="clr", size=8.8, font="serif", row_h=6.6)
    p.gap(1)
    p.para("６　上記１の金額に対する令和８年３月１３日から完済まで年２０％の割合による遅延損害金", size=9.2, indent="")
    p.gap(2)
    p.line("仮　執　行　宣　言", align="c", size=11.5, font="serif-bold")
    p.para("本件支払督促に，仮執行の宣言をする。債務者は，この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議を"
           "申し立てることができる。異議の申立てがないときは，この支払督促は確定判決と同一の効力を有する。", size=10)
    p.gap(3)
    p.line("令和８年４月２２日", x=40, size=10.5)
    y = p.y
    p.line("鹿児島簡易裁判所　裁判所書記官　　中　園　　里　香", x=66, size=11)
    p.seal(181, y + 3, 12, "square", "鹿児島簡易裁判所書記官印", angle=-2, seed=10401)
    p.gap(3)
    p.line("請求の原因（要旨）", size=10.5, font="serif-bold")
    p.para("１　債権者は，債務者に対し，令和３年５月２４日，利率年１８％，遅延損害金年２０％の約定で，極度額７０万円の"
           "範囲内で金員を貸し付ける旨の契約を締結し，これに基づき金員を貸し付けた。", size=9.2, indent="")
    p.para("２　債務者は，令和７年１０月１０日の返済を最後に返済を怠り，令和７年１２月１５日の経過により期限の利益を"
           "喪失した。", size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.box(20, y, 170, 12, width=0.3)
    p.at(24, y + 5, "これは正本である。　令和８年４月２２日　鹿児島簡易裁判所　裁判所書記官　中園里香", size=9)
    p.at(24, y + 10, "（問合せ先）民事第一係　電話 099-000-3861（直通）　ＦＡＸ 099-000-3869", size=9)
    tr = truth(document_type="payment_order_enforceable", sender="鹿児島簡易裁判所", phone="099-000-3861",
               creditor="株式会社たまゆらファイナンス", status="not_applicable", debtor="御子柴彩", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 4, 22),
               acceleration=D(2025, 12, 15), last_payment=D(2025, 10, 10), reference="令和8年(ロ)第386号",
               input_kind="photo_heic", template="proxy9_enforceable_order_kagoshima_heic", received=D(2026, 4, 24))
    return dict(stem="v14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(canvas=(2268, 3024), fill=0.86, keystone=0.045, tilt=1.5, bg="desk", blur=0.9, shadow=0.22,
                          shadow_side="right"),
                about="payment_order_enforceable (簡裁, consumer loan)",
                unusual="仮執行宣言付支払督促 (鹿児島簡裁) on ONE page, iPhone HEIC with a hand shadow on the right; parties in a "
                        "rows-ruled block; the original 支払督促 date 3/18 in a sentence (issued = the 仮執行宣言 date "
                        "4/22); 請求の趣旨 as a 3-column table with TWO procedure costs (督促手続費用 6,110 + 仮執行宣言手続費用 "
                        "1,380 → costs 7,490) and a 合計 row; running item ６; 極度額７０万円 and the 18％ contract rate as "
                        "distractors; これは正本である line with the court's （直通） number and ＦＡＸ")


# ---------------------------------------------------------------------------------------------
# v15 簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 + 訴状 (甲府), digital 2 pages: plaintiff a bank card-loan guarantor
#     (求償金), 訴状 date ≠ 呼出状 date, 請求の趣旨 「金…及びうち金…」, the 確定損害金 in the 請求の原因.


def v15():
    P, R = 1_084_612, 14.6
    L = late(P, R, D(2025, 11, 11), D(2026, 4, 24))
    T = P + L
    p = Page(font="serif", size=10.5, top=16, leading=1.75)
    p.line("事件番号　令和８年（ハ）第５１７号　求償金請求事件", size=10.5)
    p.line("原告　株式会社やつがね信用保証", size=10.5)
    p.line("被告　塩見　大地", size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　塩見　大地　殿", size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので，同期日に出頭してください。")
    p.para("なお，訴状を送達しますので，下記答弁書提出期限までに答弁書を提出してください。答弁書を提出せず，期日にも出頭"
           "しないときは，原告の主張を認めたものとして，原告の言い分どおりの判決がされることがあります。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["期日", "令和８年６月１８日（木）午前１０時３０分"],
             ["出頭場所", "甲府簡易裁判所　２階　第２０２号法廷"],
             ["答弁書提出期限", "令和８年６月１１日（木）"]],
            [44, 110], x=28, aligns="ll", size=10.5, font="serif", row_h=9)
    p.gap(3)
    p.para("※出頭の際は，この呼出状と認印をお持ちください。答弁書用紙は同封のものをご利用ください。", size=9.5, indent="")
    p.gap(3)
    p.line("令和８年５月１２日", x=40)
    p.line("甲府簡易裁判所民事係", x=100)
    y = p.y
    p.line("裁判所書記官　　雨　森　　直　哉", x=100, size=11)
    p.seal(182, y + 2, 11, "square", "甲府簡易裁判所書記官印", angle=2, seed=10501)
    p.gap(6)
    y = p.y
    p.box(20, y, 170, 14, width=0.3)
    p.at(24, y + 6, "〒400-0000 甲府市あけぼの台九丁目9番9号　甲府簡易裁判所民事係", size=9.5)
    p.at(24, y + 11.5, "電話 055-000-5171（直通）　ＦＡＸ 055-000-5179", size=9.5)
    p.y = 284
    p.line("１", align="c", size=9)

    q = Page(font="serif", size=10.5, top=16, leading=1.75)
    q.title("訴　　　状", size=18, font="serif-bold")
    q.line("令和８年４月２４日", align="r")
    q.line("甲府簡易裁判所　御中", size=11)
    q.gap(1)
    q.kv([("原告", "〒400-0000 甲府市やつがね町九丁目9番9号"),
          ("", "株式会社やつがね信用保証　代表者代表取締役　古屋　茂樹"),
          ("", "（送達場所・連絡先）同社管理部　電話 055-000-8121"),
          ("被告", "〒406-0000 山梨県笛吹市ももぞの九丁目9番地9　塩見　大地")], x=24, label_w=18, size=9.6)
    q.line("求償金請求事件", size=10.5)
    q.line(f"訴訟物の価額　{fk(T)}　　貼用印紙額　金１１，０００円", size=10)
    q.gap(1)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は，原告に対し，{fk(T)}及びうち{fk(P)}に対する令和８年４月２５日から支払済みまで年１４．６％の割合に"
           "よる金員を支払え。", size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行宣言を求める。", size=10, indent="")
    q.line("第２　請求の原因", size=11, font="serif-bold")
    q.para("１　被告は，令和２年９月１日，株式会社ふえふき銀行との間でカードローン契約（極度額１００万円）を締結し，原告は，"
           "被告の委託を受けて，同契約に基づく被告の債務を保証した。", size=9.8, indent="")
    q.para("２　被告は，令和７年７月３１日の返済を最後に返済を怠り，令和７年１０月６日，同行に対する期限の利益を喪失した。",
           size=9.8, indent="")
    q.para(f"３　原告は，令和７年１１月１０日，同行に対し，保証債務の履行として{fk(P)}（貸越元金及び利息）を代位弁済した。"
           "保証委託契約では，求償金に対する代位弁済日の翌日から支払済みまで年１４．６％（年３６５日の日割計算）の割合による"
           "遅延損害金を支払う旨の約定がある。", size=9.8, indent="")
    q.para(f"４　よって，原告は，被告に対し，求償元金{fk(P)}，これに対する令和７年１１月１１日から令和８年４月２４日までの"
           f"確定遅延損害金{fk(L)}，以上合計{fk(T)}及びうち求償元金に対する令和８年４月２５日から支払済みまで年１４．６％の割合"
           "による遅延損害金の支払を求める。", size=9.8, indent="")
    q.line("証拠方法　甲第１号証 保証委託契約書　甲第２号証 代位弁済証明書", size=9.5)
    q.y = 284
    q.line("２", align="c", size=9)
    tr = truth(document_type="lawsuit", sender="甲府簡易裁判所", phone="055-000-5171",
               creditor="株式会社やつがね信用保証", status="not_applicable", original="株式会社ふえふき銀行",
               debtor="塩見大地", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 5, 12),
               acceleration=D(2025, 10, 6), last_payment=D(2025, 7, 31), hearing=D(2026, 6, 18),
               reference="令和8年(ハ)第517号", input_kind="pdf_text_2page",
               template="proxy9_summons_kofu_guarantor", received=D(2026, 5, 15))
    return dict(stem="v15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), guarantor 求償金)",
                unusual="甲府簡裁 (ハ) 呼出状及び答弁書催告状 + 訴状, digital 2 pages: p.1 期日 / 出頭場所 / 答弁書提出期限 in a "
                        "grid (hearing 6/18 with a clock time; 答弁書 6/11 is not a hearing), court （直通） + ＦＡＸ in a box; "
                        "p.2 訴状 dated 4/24 ≠ 呼出状 5/12, plaintiff a bank card-loan guarantor with its 送達場所 phone; "
                        "訴訟物の価額 and 貼用印紙額 on one line; 「金…及びうち金…」 running clause; 確定遅延損害金 only in the "
                        "よって書き; 代位弁済額 (貸越元金及び利息) = 求償元金 → interest null; 極度額１００万円 as a distractor")


# ---------------------------------------------------------------------------------------------
# v16 scam 圧着ハガキ (opened) from an invented 「一般社団法人 全国債権調整協議会」 claiming 法務省認可, for 有料動画配信
#     未納利用料: red heading, amount and a 2-day deadline, payment with convenience-store e-money read out by phone.


def v16():
    T = 298_000
    p = Page(w=100, h=148, font="sans", size=7.4, left=7, right=7, top=7, leading=1.5)
    p.box(0, 0, 100, 5, width=0.2, color=None, fill=RED)
    p.y = 8
    p.line("重要・親展", size=8, align="c", font="sans-bold", color=RED)
    p.line("未納利用料金に関する最終通告書", size=10.5, align="c", font="sans-bold", color=RED)
    p.add(Line(7, p.y, 93, p.y, 0.4))
    p.gap(2)
    p.line("乙部　由佳　様", size=10)
    p.line("受付番号　ＺＳ－６６１２", size=8)
    p.gap(1)
    p.para("貴殿がご登録された有料動画配信サービスの未納利用料金につきまして、運営会社より当協議会が債権の調整及び回収"
           "の委任を受けましたので通告いたします。", x0=7, x1=93, size=8.0)
    p.para("本書到達後も未納が続く場合、民事訴訟の手続に移行し、給与・預貯金等の差押えが執行されることとなります。"
           "また、勤務先・ご家族への調査を行う場合がございます。", x0=7, x1=93, size=8.0)
    p.gap(1.5)
    y = p.y
    p.box(9, y, 82, 20, width=0.6, color=RED)
    p.at(13, y + 6, "ご請求金額", size=8.5, font="sans-bold")
    p.at(87, y + 6.5, "298,000円", size=11, font="sans-bold", align="r", color=RED)
    p.at(13, y + 12.5, "ご入金期限", size=8.5, font="sans-bold")
    p.at(87, y + 13, "令和8年5月13日（水）正午", size=9, font="sans-bold", align="r", color=RED)
    p.at(50, y + 18, "※期限を過ぎますと取下げはできません", size=6.8, align="c")
    p.y = y + 23
    p.para("お支払いは、お近くのコンビニエンスストアで電子マネーカードをご購入のうえ、カード裏面の番号を担当者へお電話で"
           "お伝えください。ご本人様以外からのお問合せには応じられません。", x0=7, x1=93, size=7.8)
    p.para("※本通知は最終のご案内です。期限内にご連絡のない場合、当協議会は一切の責任を負いかねます。", x0=7, x1=93,
           size=7.0, indent="")
    p.gap(4)
    p.line("一般社団法人　全国債権調整協議会", size=10, align="c", font="sans-bold")
    p.line("法務省認可　債権調整・回収代行機関", size=7, align="c")
    p.line("お問合せ窓口　03-0000-4719（平日9時～19時）", size=9, align="c", font="sans-bold")
    p.line("担当　債権調整第二課　佐々木", size=7.5, align="c")
    p.gap(2)
    p.line("通知日　令和8年5月11日　　東京都港区", size=7.5, align="c")
    p.seal(84, p.y + 6, 13, "round", "全国債権調整|協議/会印", angle=-8, seed=10601)
    tr = truth(document_type="other", sender="一般社団法人全国債権調整協議会", phone="03-0000-4719", creditor=None,
               status="not_licensed", debtor="乙部由佳", total=T, lump=False, issued=D(2026, 5, 11),
               payment_due=D(2026, 5, 13), reference="ＺＳ－６６１２", is_scam=True, input_kind="photo_jpeg",
               template="proxy9_scam_sealed_postcard_fake_association", received=None)
    return dict(stem="v16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1800, 2400), fill=0.7, keystone=0.05, tilt=4.0, bg="cloth", blur=0.9, glare=14),
                about="other (scam 圧着ハガキ, fake association)",
                unusual="架空請求 sealed postcard (opened) from an invented 「一般社団法人 全国債権調整協議会」 calling itself "
                        "「法務省認可 債権調整・回収代行機関」 (no licence number, no street address, not a 株式会社) for "
                        "有料動画配信 未納利用料; red band and heading; ご請求金額 298,000円 and ご入金期限 2 days after the "
                        "通知日 with a clock time (正午) in a red box; electronic-money card numbers read out by phone; "
                        "差押え / 勤務先・家族 threats; full-width 受付番号; phone photo on a dark cloth")


LETTERS = [v09, v10, v11, v12, v13, v14, v15, v16]
_ = (GRAY, GREEN, SHADE, leader)
