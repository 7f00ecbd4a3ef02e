"""Proxy set 16, letters d01–d08: "written by people who are not us". An invented servicer whose breakdown is one
sentence (no table); a pay-later company's statement with English loanword labels and western slash dates with
clock times; a real servicer's 債権譲受のご通知 with a 譲受債権目録 of four claims; a 支払督促 of a court not used
before with spaced labels; a 仮執行宣言付支払督促 whose creditor is a real servicer; a credit union's 期限の利益喪失
to a debtor and his 連帯保証人 side by side; a 簡裁 (ハ) 呼出状 with an 答弁書 deadline; a real servicer's 和解 proposal
with an instalment table by fax."""

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
    era,
    late,
    qr,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.45, 0.50)
INDIGO = (0.20, 0.18, 0.55)
BROWN = (0.45, 0.28, 0.12)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# d01 invented servicer わたすげ債権回収 (第２２７号) — the whole breakdown is ONE sentence of the body; no table at all.


def d01():
    R = 18.0
    issued, due = D(2026, 1, 14), D(2026, 1, 30)
    acc, lastp, assign = D(2025, 4, 8), D(2025, 1, 27), D(2025, 9, 30)
    P, I = 742_000, 18_950
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18, left=22, right=22)
    p.line(era(issued), align="r", size=10.5)
    p.line("お客様番号　WT-0114-3381", align="r", size=9.5)
    p.gap(4)
    p.line("〒983-0000", size=10)
    p.line("宮城県仙台市宮城野区ほたる沢九丁目9番9号　ほたる沢コーポ301", size=10)
    p.gap(1)
    p.line("猪　狩　　健　吾　様", size=13)
    p.gap(4)
    x = 112
    for s, sz, f in (("わたすげ債権回収株式会社", 11.5, "serif-bold"), ("法務大臣許可番号　第２２７号", 9.5, "serif"),
                     ("〒101-0000 東京都千代田区かんだ錦九丁目9番9号", 8.5, "serif"),
                     ("管理回収部　担当　鹿間", 9.5, "serif"), ("電話　03-0000-2274（平日9時～18時）", 9.5, "serif")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(182, p.y - 16, 13, "square", "わたすげ債権回収印", angle=2, seed=16011)
    p.gap(6)
    p.title("お支払いについてのお願い", size=14, font="serif-bold")
    p.gap(1)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、お客様が株式会社ふくろうクレジットとの間で締結されたご融資契約に基づく債権は、{era(assign)}付で当社が"
           "同社から譲り受け、その旨は同社よりお客様に通知されております。")
    p.para(f"同契約のご返済は{era(lastp)}のご入金を最後に滞っており、お客様は{era(acc)}の経過をもって期限の利益を"
           "喪失されました。")
    p.para(f"本日現在のご債務は、残元金{P:,}円、同日までの未払利息{I:,}円、並びに残元金に対する令和7年4月9日から本日まで"
           f"年18.0％の割合による遅延損害金{L:,}円の合計{T:,}円でございます。")
    p.para(f"つきましては、上記合計額を{era(due)}（{wd(due)}）までに、下記口座へ一括してお振込みくださいますようお願い"
           "申し上げます。なお、同日までにお支払い又はご連絡をいただけない場合には、やむを得ず法的手続を検討させて"
           "いただくことになりますので、念のため申し添えます。")
    p.para("ご事情によりお支払いが難しい場合には、お早めに担当までお電話ください。ご返済方法のご相談に応じます。")
    p.line("敬具", align="r")
    p.gap(3)
    p.line("記", align="c")
    p.gap(1)
    p.para("お振込先　すずらん信託銀行　神田支店　普通預金　2270114　ワタスゲサイケンカイシュウ（カ", x0=40, indent="")
    p.para("ご融資契約　平成30年7月2日付　ご契約額 金1,000,000円　毎月のご返済額 23,000円（ご参考）", x0=40,
           indent="", size=9.5)
    p.para("お振込の際は、お名前の前にお客様番号「WT01143381」を入力してください。", x0=40, indent="", size=9.5)
    p.gap(2)
    p.line("以上", align="r")
    p.gap(6)
    p.para("※本状と行き違いにお支払い済みの場合は、ご容赦ください。※当社は、法務大臣の許可を受けた債権管理回収業者です。"
           "当社の許可は法務省ホームページの一覧でご確認いただけます。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="わたすげ債権回収株式会社", license_number=227,
               phone="03-0000-2274", creditor="わたすげ債権回収株式会社", status="unverified",
               original="株式会社ふくろうクレジット", debtor="猪狩健吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="WT-0114-3381", input_kind="pdf_text",
               template="proxy16_invented_servicer_sentence_breakdown", received=D(2026, 1, 16))
    return dict(stem="d01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer, breakdown in one sentence)",
                unusual="INVENTED servicer 「わたすげ債権回収株式会社」 with 「法務大臣許可番号　第２２７号」 in full-width "
                        "digits (→ unverified); a plain serif 拝啓…敬具 letter with NO table and NO box: the whole breakdown "
                        "(残元金, 未払利息, 遅延損害金 with its window and 年18.0％, 合計) is ONE sentence of the body, and the "
                        "due date with weekday is in the next sentence; 譲受 date, last payment and 喪失 in prose; under 記 the "
                        "account, a 平成30年 contract of 金1,000,000円 and 毎月のご返済額 23,000円 (distractors) and the "
                        "お客様番号 again without hyphens")


# ---------------------------------------------------------------------------------------------
# d02 pay-later / card company statement with ENGLISH loanword labels and western slash dates with clock times only.


def d02():
    R = 14.6
    issued = D(2026, 3, 9)
    due = D(2026, 3, 23)
    acc, lastp = D(2026, 2, 27), D(2025, 12, 27)
    P, F = 268_430, 4_870
    L = late(P, R, acc + timedelta(1), issued)
    T = P + F + L
    p = Page(font="sans", size=9.5, top=12)
    p.add(Box(0, 0, 210, 22, color=None, fill=TEAL))
    p.at(16, 13, "RURIKAKESU Pay", size=17, font="sans-bold", color=WHITE)
    p.at(16, 18.5, "ルリカケス・ペイメント株式会社", size=8, color=WHITE)
    p.at(194, 11, "Statement / ご請求のお知らせ", size=10, font="sans-bold", color=WHITE, align="r")
    p.at(194, 17, f"Issued {slash(issued)} 10:42", size=8.5, color=WHITE, align="r")
    window(p, 15, 27, "460-0000", ["愛知県名古屋市中区しらかべ九丁目9番9号", "シャトーしらかべ 5F"], "砂川　もえ　様",
           "d02", w=90, h=34)
    y = 28
    for lab, val in (("Customer ID", "RK-7702-5519-08"), ("Member since", "2023/06/01"),
                     ("Plan", "あと払い（分割）＋カード"), ("Credit line", "0円（ご利用停止中）")):
        p.at(114, y + 4, lab, size=7.5, color=GRAY)
        p.at(145, y + 4, val, size=9)
        p.add(Line(114, y + 6, 196, y + 6, 0.15, GRAY))
        y += 7.5
    p.y = 68
    p.line("ご契約の期限の利益喪失と残高一括のご請求", size=13.5, font="sans-bold")
    p.gap(1)
    p.para(f"お客様のお支払いは {slash(lastp)} 08:15 のご入金を最後に確認できておりません。再三のご案内にもかかわらず"
           f"ご入金がなかったため、会員規約第18条により {slash(acc)} 24:00 をもって期限の利益を喪失しました。つきまし"
           "ては、下記 Total を Due date までに一括でお支払いください。", size=9.5)
    p.gap(2)
    top = p.y
    p.add(Box(15, top, 181, 54, 0.4, TEAL))
    p.add(Box(15, top, 181, 8, color=None, fill=(0.85, 0.93, 0.94)))
    p.at(19, top + 5.6, f"Balance details（{slash(issued)} 10:42 時点）", size=9.5, font="sans-bold", color=TEAL)
    rows = [("Principal", "元金（あと払い・ショッピング残高）", f"{P:,}"),
            ("Fee", "分割手数料（未払分）", f"{F:,}"),
            ("Late charge", f"遅延損害金（{slash(acc + timedelta(1))}～ 年{R}%）", f"{L:,}")]
    y = top + 15
    for en, ja, v in rows:
        p.at(20, y, en, size=10, font="sans-bold")
        p.at(52, y, ja, size=8.5, color=GRAY)
        p.at(190, y, f"¥{v}", size=11, align="r")
        p.add(Line(20, y + 2.5, 190, y + 2.5, 0.15, GRAY))
        y += 9
    p.at(20, y + 3, "ご請求額 Total", size=12, font="sans-bold")
    p.at(190, y + 3.5, f"¥{T:,}", size=17, font="sans-bold", align="r", color=TEAL)
    p.y = top + 58
    y = p.y
    p.add(Box(15, y, 88, 16, 0.8, RED))
    p.at(19, y + 6, "Due date（お支払期限）", size=8.5, color=RED)
    p.at(19, y + 13, f"{slash(due)} ({wd(due)}) 23:59", size=13, font="sans-bold", color=RED)
    p.add(Box(108, y, 88, 16, 0.3, GRAY))
    p.at(112, y + 6, "Payment code（コンビニ払込番号）", size=8, color=GRAY)
    p.at(112, y + 12.5, "4491 0268 3370 5519 08", size=11)
    p.y = y + 21
    p.line("How to pay / お支払方法", size=10, font="sans-bold", color=TEAL)
    for s in ("・アプリの「Pay now」から銀行振込・コンビニ払い（上記 Payment code）をお選びください。",
              "・銀行振込：かすみそう銀行 栄支店 普通 5519080 ルリカケスペイメント（カ　※振込手数料はお客様負担",
              f"・{slash(due)} を過ぎると、Total のうち Principal に対し完済まで年{R}%の遅延損害金が加算されます。",
              "・前回のご請求（2026/02/10 発行、¥24,600）は本状に含まれております。"):
        p.para(s, x0=17, x1=196, size=8.8, indent="")
    p.gap(2)
    p.line("Contact / お問い合わせ", size=10, font="sans-bold", color=TEAL)
    p.para("ルリカケス・ペイメント株式会社　債権管理センター　TEL 0570-000-418（9:30–18:00 / 土日祝休）　"
           "〒150-0000 東京都渋谷区さくらぎ坂九丁目9番9号", x0=17, x1=196, size=8.8, indent="")
    p.para("貸金業登録番号 関東財務局長(2)第01854号 / 日本貸金業協会会員 第006118号 / 割賦販売法 包括信用購入あっせん業者 "
           "登録番号 関東(包)第418号", x0=17, x1=196, size=7.5, indent="")
    qr(p, 170, p.y + 3, 24, "d02qr")
    p.at(182, p.y + 31, "アプリで確認", size=6.5, align="c")
    p.para("本状はお客様の会員規約に基づくご通知です。本状と行き違いでお支払いいただいた場合はご容赦ください。",
           x0=17, x1=160, size=8, indent="")
    tr = truth(document_type="collection_notice", sender="ルリカケス・ペイメント株式会社", phone="0570-000-418",
               creditor="ルリカケス・ペイメント株式会社", status="not_applicable", debtor="砂川もえ", total=T, principal=P,
               interest=F, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="RK-7702-5519-08", input_kind="pdf_text",
               template="proxy16_paylater_english_labels_slash_times", received=D(2026, 3, 11))
    return dict(stem="d02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (pay-later company, lump sum, English labels)",
                unusual="a pay-later company's app-style statement: Latin brand 「RURIKAKESU Pay」 on a teal band; ENGLISH "
                        "loanword labels (Customer ID, Member since, Principal / Fee / Late charge, 「ご請求額 Total」, Due "
                        "date, Payment code) with small Japanese glosses; EVERY date western with slashes and a clock time "
                        "(Issued 2026/03/09 10:42, last payment 2025/12/27 08:15, 喪失 2026/02/27 24:00, due 2026/03/23 (月) "
                        "23:59); amounts with ¥ and no 円; Fee (分割手数料) → interest; a 19-digit Payment code, Member since, "
                        "前回のご請求 ¥24,600 and the 貸金業 / 割賦 registration numbers as distractors")


# ---------------------------------------------------------------------------------------------
# d03 パルティール債権回収 (real, 「許可番号：法務大臣 第113号」) 債権譲受けのご通知, 2 pages: p.2 譲受債権目録 with FOUR claims.


def d03():
    R = 14.6
    issued, assign = D(2025, 12, 5), D(2025, 11, 28)
    acc, lastp = D(2025, 6, 3), D(2025, 3, 10)
    rows = [("1", "2019/06/12", "カードショッピング（リボ）", "KC-190612-01", 184_320, 6_120),
            ("2", "2019/06/12", "カードキャッシング", "KC-190612-02", 296_000, 9_877),
            ("3", "2021/02/03", "個品割賦（家電）", "KK-210203-77", 57_600, 1_150),
            ("4", "2022/08/19", "フリーローン", "KF-220819-05", 410_000, 12_404)]
    calc = []
    for no, dt, kind, cno, pr, it in rows:
        lt = late(pr, R, acc + timedelta(1), assign)
        calc.append((no, dt, kind, cno, pr, it, lt, pr + it + lt))
    P = sum(r[4] for r in calc)
    I = sum(r[5] for r in calc)
    L = sum(r[6] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(16, 19, "パルティール", size=16, font="sans-bold", color=INDIGO)
    p.add(Line(16, 22, 62, 22, 0.8, INDIGO))
    p.at(196, 15, f"通知日：{era(issued)}", size=9, align="r")
    p.at(196, 20, "譲受管理番号：PT-2512-0406", size=9, align="r")
    p.y = 30
    p.line("〒020-0000　岩手県盛岡市かわとく町九丁目9番9号", size=10)
    p.line("栗城　達也　様", size=13)
    p.gap(3)
    x = 118
    for s, sz, f in (("パルティール債権回収株式会社", 11, "sans-bold"), ("許可番号：法務大臣 第113号", 9, "sans"),
                     ("〒105-0000 東京都港区しばうら橋九丁目9番9号", 8, "sans"), ("債権管理部　管理第一グループ", 8.5, "sans"),
                     ("電話：0120-000-586（平日 9:00～17:30）", 9.5, "sans-bold")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(186, 50, 12, "square", "パルティール債権回収印", angle=-2, seed=16031)
    p.gap(4)
    p.title("債権譲受けのご通知", size=15)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。")
    p.para(f"お客様と株式会社くちなしクレジットとの間の別紙「譲受債権目録」記載の各債権（計4件）は、{era(assign)}付で、"
           "当社が同社から譲り受けました。同社からの債権譲渡通知書は、本状に同封しております。")
    p.para("今後のお支払い及びお問い合わせは、すべて当社宛てにお願いいたします。株式会社くちなしクレジットへのお振込み"
           "はお受けできなくなりますので、ご注意ください。お支払方法のご相談は上記電話番号にて承ります。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("譲渡人（原債権者）", "株式会社くちなしクレジット"), ("譲受人", "パルティール債権回収株式会社"),
          ("譲渡日", era(assign)), ("譲受債権", f"別紙譲受債権目録のとおり（4件、譲渡日現在の合計 {T:,}円）"),
          ("期限の利益喪失日", f"{era(acc)}（各契約共通）"), ("最終ご入金日", era(lastp)),
          ("お支払先口座", "つばくら銀行 芝浦支店 普通 0406128 パルティールサイケンカイシュウ（カ")],
         x=24, label_w=40, sep="", size=9.5)
    p.gap(3)
    p.para("※譲受債権の遅延損害金は、各債権の元金に対し期限の利益喪失日の翌日から年14.6％の割合で発生しております。"
           "目録の金額は譲渡日現在のものです。", size=8.5, indent="")
    p.para("※当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=8.5, indent="")
    # page 2: the list of claims
    q = Page(font="sans", size=9.5, top=16)
    q.line("別　紙", size=10)
    q.title("譲　受　債　権　目　録", size=14)
    q.line(f"（{era(assign)}現在）　　　　債務者　栗城　達也　様　　　譲受管理番号　PT-2512-0406", size=9)
    q.gap(2)
    head = ["No.", "契約日", "契約の種類", "契約番号", "元金", "利息・手数料", "遅延損害金", "債権額"]
    body = [[r[0], r[1], r[2], r[3], f"{r[4]:,}", f"{r[5]:,}", f"{r[6]:,}", f"{r[7]:,}"] for r in calc]
    body.append(["", "", "合　計", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    q.table([head] + body, [10, 21, 40, 27, 21, 21, 20, 21], x=15, header=True, aligns="cllrrrrr", size=8.3, row_h=8)
    q.line("（単位：円）", x=170, size=8)
    q.gap(2)
    for s in ("1　上記各債権は、株式会社くちなしクレジットとの会員契約（平成31年4月会員番号 4402-19＊＊-＊＊＊＊-6120）"
              "及び個別契約に基づくものです。",
              "2　No.1・No.2 はカード会員契約（ショッピング利用枠 30万円、キャッシング利用枠 50万円）に基づく債権です。",
              "3　No.3 の個品割賦の当初お支払総額は 96,000円（24回払い）、No.4 の当初ご融資額は 500,000円です。",
              "4　利息・手数料は、期限の利益喪失日までに発生した約定利息及び分割払手数料です。",
              "5　遅延損害金は元金に対し年14.6％（年365日の日割計算）、令和7年6月4日から譲渡日までの額です。"):
        q.para(s, x0=18, x1=192, size=8.8, indent="")
    q.gap(4)
    y = q.y
    q.add(Box(15, y, 181, 30, 0.3, GRAY, (0.96, 0.96, 0.98)))
    q.at(19, y + 6, "ご注意", size=9.5, font="sans-bold", color=INDIGO)
    for i, s in enumerate(["当社の社名・許可番号をかたった架空請求にご注意ください。当社の連絡先は法務省ホームページ掲載の",
                           "「債権管理回収業の営業を許可した株式会社一覧」でもご確認いただけます。",
                           "当社の社員が現金を直接お預かりすることや、個人名義の口座へのお振込みをお願いすることはありません。"]):
        q.at(19, y + 13 + i * 5.5, s, size=8.5)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-586", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社くちなしクレジット", debtor="栗城達也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-2512-0406", input_kind="pdf_text_2page",
               template="proxy16_servicer_assignment_four_claims_list", received=D(2025, 12, 8))
    return dict(stem="d03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (servicer 譲受, four claims, 2 pages)",
                unusual="real servicer ★ パルティール債権回収株式会社 with the licence spelled 「許可番号：法務大臣 第113号」 "
                        "(brand 「パルティール」 alone in the logo); colon labels top-right (通知日： / 譲受管理番号：); a "
                        "kv 記 block (譲渡人（原債権者）, 譲受人, 譲渡日, 喪失日 「各契約共通」, 最終ご入金日); the amounts "
                        "only on p.2: a 譲受債権目録 of FOUR claims (card リボ, cashing, 個品割賦, freeloan) with 契約日 in "
                        "slashes, 元金 / 利息・手数料 / 遅延損害金 / 債権額 and a 合計 row, 「（単位：円）」 under the table; "
                        "credit lines 30万/50万, 当初お支払総額 96,000, 当初ご融資額 500,000 and a masked 会員番号 as "
                        "distractors; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# d04 徳島簡易裁判所 支払督促 (2-page image PDF) with labels spaced inside (請 求 の 趣 旨, 元　　　金 …).


def d04():
    R = 14.6
    issued, filed = D(2026, 2, 17), D(2026, 2, 4)
    acc, lastp = D(2025, 10, 27), D(2025, 7, 28)
    P, I, C = 642_000, 11_386, 5_420
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第388号"
    p = Page(font="serif", size=11, top=20)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(2)
    p.table([["事 件 番 号", fw(case)], ["事　件　名", "立替金等請求督促事件"],
             ["債　権　者", "別紙当事者目録記載のとおり"], ["債　務　者", "別紙当事者目録記載のとおり"]],
            [40, 110], x=30, aligns="ll", size=10.5, row_h=8.5, ruled="outer")
    p.gap(5)
    p.para("債務者は、債権者に対し、別紙「請 求 の 趣 旨 及 び 原 因」記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(4)
    p.line(f"　　{era(issued, True)}", size=11)
    p.gap(1)
    p.line("　　徳島簡易裁判所", size=11)
    p.line("　　　　裁 判 所 書 記 官　　十　河　　昌　平", size=11)
    p.seal(150, p.y - 5, 15, "square", "徳島簡易裁判所書記官印", angle=0, seed=16041)
    p.gap(10)
    y = p.y
    p.add(Box(22, y, 166, 60, 0.5))
    p.at(26, y + 7, "【 督 促 異 議 の 申 立 て に つ い て 】", size=10.5, font="serif-bold")
    for i, s in enumerate(["・この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を",
                           "　この裁判所に提出してください（郵送でも受け付けます）。",
                           "・督促異議の申立てがあると、通常の訴訟手続に移行します。",
                           "・分割払いを希望される場合も、督促異議申立書にその旨を記載してください。",
                           "・お問い合わせ　徳島簡易裁判所　民事係（督促担当）",
                           "　電　話　０８８－０００－６４１２（直通）",
                           "・債権者の担当者の電話番号は、別紙当事者目録に記載されています。"]):
        p.at(26, y + 15 + i * 6.2, s, size=10)
    p.y = 282
    p.line("これは正本である。　同日同庁　裁判所書記官　十河　昌平", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当 事 者 目 録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒770-0000 徳島県徳島市あいぞめ町九丁目9番9号"), ("", "株式会社ひぐらしカード"),
          ("", "代表者代表取締役　浦　上　　一　成"),
          ("", "（送達場所）同社 債権管理部　電話 088-000-3951　ＦＡＸ 088-000-3952　担当 中森"),
          ("債　務　者", "〒771-0000 徳島県鳴門市なみのり台九丁目9番9号"), ("", "祖　父　江　　真　澄")],
         x=20, label_w=28, size=10)
    q.gap(4)
    q.line("請 求 の 趣 旨 及 び 原 因", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.line("請　求　の　趣　旨", size=11, font="serif-bold")
    x0, x1 = 28, 150
    for lab, val in (("１　元　　　　　　金", f"{P:,}円"), ("２　利　　　　　　息", f"{I:,}円"),
                     ("３　確 定 損 害 金", f"{L:,}円"), ("４　督 促 手 続 費 用", f"{C:,}円"),
                     ("　　合　　　　　　計", f"{T:,}円")):
        if "合" in lab:
            q.gap(1.0)
            q.add(Line(x0, q.y, x1, q.y, 0.3))
            q.gap(0.8)
        b = q.line(lab, x=x0, size=10.5)
        q.at(x1, b, val, size=10.5, align="r")
    q.gap(1)
    q.para("５　上記１の元金に対する令和8年2月5日から完済まで、年１４．６％の割合による遅延損害金", x0=22, x1=190, size=10,
           indent="")
    q.para("（注）２の利息は分割払手数料及び約定利息、３は令和7年10月28日から令和8年2月4日まで年１４．６％の割合による"
           "遅延損害金、４の内訳は申立手数料3,500円、支払督促正本送達費用1,120円、申立書作成及び提出費用800円です。",
           x0=22, x1=190, size=9, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", size=11, font="serif-bold")
    for s in ("１　債権者は、債務者との間で令和2年5月11日にクレジットカード会員契約（ショッピング利用枠４０万円、キャッシング"
              "利用枠３０万円、遅延損害金年１４．６％）を締結した。",
              "２　債務者は、同契約に基づき商品購入代金の立替払及び金員の借入れを受けたが、令和7年7月28日の支払を最後にその"
              "後の支払を怠り、債権者からの催告にもかかわらず支払わなかったので、令和7年10月27日の経過により期限の利益を"
              "喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.y = 282
    q.line(f"申立日　{era(filed, True)}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="徳島簡易裁判所", phone="088-000-6412",
               creditor="株式会社ひぐらしカード", status="not_applicable", debtor="祖父江真澄", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy16_payment_order_tokushima_spaced_labels", received=D(2026, 2, 20))
    return dict(stem="d04", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, card company, 2 pages)",
                unusual="支払督促 of a court not used before (徳島簡裁) as a 2-page image-only PDF; labels SPACED inside "
                        "everywhere (事 件 番 号, 裁 判 所 書 記 官, 請 求 の 趣 旨 及 び 原 因, 元　　　　　　金, 確 定 損 害 金, "
                        "督 促 手 続 費 用, 合　　　計); full-width case number in an outer-ruled box; the objection note with "
                        "the court's full-width （直通） number; 請求の趣旨 as label lines with amounts flush right and a rule "
                        "above 合計; a (注) paragraph with the damage window and the 3-part cost breakdown; creditor's "
                        "送達場所 phone/FAX (distractors); credit lines ４０万 / ３０万 in full-width")


# ---------------------------------------------------------------------------------------------
# d05 宮崎簡易裁判所 仮執行宣言付支払督促, creditor the real servicer アウロラ債権回収 (譲受債権); 2-page image PDF.


def d05():
    R = 18.0
    issued, order, served, filed = D(2025, 11, 21), D(2025, 10, 8), D(2025, 10, 14), D(2025, 9, 29)
    acc, lastp, assign = D(2024, 12, 18), D(2024, 8, 27), D(2025, 5, 30)
    P = 745_500
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_310, 1_196
    C = C1 + C2
    T = P + L + C
    case = "令和7年(ロ)第2214号"
    p = Page(font="serif", size=11, top=18)
    p.line("令和７年（ロ）第２２１４号　譲受債権請求督促事件", size=10.5)
    p.gap(5)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.gap(2)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙記載のとおり")], x=28, label_w=44)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記は、{era(order, True)}付け支払督促の内容であり、同支払督促は{era(served, True)}債務者に送達されたが、"
           "債務者は同日から２週間以内に督促異議の申立てをしなかった。")
    p.gap(2)
    p.line("仮執行の宣言", size=12, font="serif-bold", x=28)
    p.para("債権者の申立てにより、上記支払督促に次の手続費用を付して仮執行の宣言をする。", x0=28)
    p.table([["仮執行宣言前の督促手続費用", f"{C1:,}円"], ["仮執行宣言の手続費用", f"{C2:,}円"]],
            [90, 40], x=40, aligns="lr", size=10.5, row_h=8)
    p.gap(5)
    p.line(f"　　{era(issued, True)}", size=11)
    p.line("　　宮崎簡易裁判所　裁判所書記官　雉子牟田　　瑞　穂", size=11)
    p.seal(168, p.y - 6, 15, "square", "宮崎簡易裁判所書記官印", angle=0, seed=16051)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 46, 0.4))
    p.at(24, y + 7, "お　知　ら　せ", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てる",
                           "　　ことができます。申立てをしても、強制執行は当然には止まりません。",
                           "２　督促異議の申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
                           "３　問合せ先　宮崎簡易裁判所 民事担当　0985-00-4271",
                           "　　（債権者との支払方法の相談は、債権者に直接お問い合わせください。）"]):
        p.at(24, y + 15 + i * 6.0, s, size=10)
    p.y = 280
    p.line("これは正本である。　同日同庁　裁判所書記官　雉子牟田　瑞穂", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "〒105-0000 東京都港区とらのもん坂九丁目9番9号"), ("", "アウロラ債権回収株式会社"),
          ("", "代表者代表取締役　溝呂木　　聡"),
          ("", "（送達場所）同社 九州回収センター 〒812-0000 福岡市博多区なかす橋九丁目9番9号"),
          ("", "電話 092-000-7611　ＦＡＸ 092-000-7612"),
          ("債務者", "〒880-0000 宮崎県宮崎市たちばな通九丁目9番9号"), ("", "馬　渕　　康　平")],
         x=20, label_w=22, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"１　金{L + P:,}円（ただし、譲受債権元金{P:,}円及び確定遅延損害金{L:,}円の合計）", x0=20, x1=190, indent="")
    q.para(f"２　上記１のうち元金{P:,}円に対する令和7年9月30日から完済まで年18.0％の割合による遅延損害金",
           x0=20, x1=190, indent="")
    q.para(f"３　金{C1:,}円（督促手続費用）", x0=20, x1=190, indent="")
    q.gap(1)
    q.para(f"（上記１及び３並びに仮執行宣言の手続費用の合計　金{T:,}円）", x0=28, x1=190, indent="", size=10)
    q.gap(3)
    q.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社すいれんファイナンス（以下「原債権者」という。）は、令和3年3月15日、債務者に対し、金1,000,000円を、"
              "利息年14.8％、遅延損害金年18.0％、毎月27日限り元利均等分割返済の約定で貸し付けた。",
              "２　債務者は、令和6年8月27日の支払を最後にその後の支払をせず、令和6年12月18日の経過により期限の利益を喪失した。",
              "３　原債権者は、令和7年5月30日、債権者に対し本件貸金債権を譲渡し、同年6月4日到達の内容証明郵便で債務者に"
              "その旨を通知した。",
              "４　確定遅延損害金は、元金に対する令和6年12月19日から令和7年9月29日まで年18.0％の割合によるものである。"):
        q.para(s, x0=20, x1=190, size=10, indent="")
    q.y = 280
    q.line(f"申立日　{era(filed, True)}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="宮崎簡易裁判所", phone="0985-00-4271",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社すいれんファイナンス",
               debtor="馬渕康平", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy16_enforceable_miyazaki_servicer_creditor", received=D(2025, 11, 25))
    return dict(stem="d05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (宮崎簡裁), image-only PDF; creditor the real servicer "
                        "★ アウロラ債権回収株式会社 (no licence number printed, court paper); the case number in FULL-width "
                        "with full-width brackets 「令和７年（ロ）第２２１４号」; the 仮執行の宣言 as a two-row cost table "
                        "(仮執行宣言前の督促手続費用 / 仮執行宣言の手続費用 → costs = sum); the order date 10/8 and its "
                        "送達 10/14 in one sentence; 請求の趣旨 item １ a single sum 「（ただし、…元金…及び確定遅延損害金…"
                        "の合計）」, item ２ the running clause, the grand total only in a bracketed line; no 利息; the "
                        "1,000,000 loan, 14.8％, the 通知 到達 6/4 and the creditor's 送達場所 phone/FAX as distractors")


# ---------------------------------------------------------------------------------------------
# d06 credit union 期限の利益喪失通知 to the 主債務者 and the 連帯保証人 printed SIDE BY SIDE at the top; scanned.


def d06():
    R = 14.0
    issued, due = D(2026, 3, 24), D(2026, 4, 8)
    acc, lastp = D(2026, 3, 10), D(2025, 12, 10)
    P, I = 2_418_650, 17_402
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.line(f"{era(issued)}", align="r", size=10)
    p.line("管理番号　KZ-26-0311", align="r", size=9.5)
    p.gap(3)
    y = p.y
    for x, role, addr, name in ((20, "主 債 務 者", ["長野県上田市かざこし町九丁目9番9号"], "等々力　　誠"),
                                (110, "連帯保証人", ["長野県東御市あさま原九丁目9番9号", "（主債務者の義姉）"],
                                 "舟橋　久美子")):
        p.add(Box(x, y, 80, 30, 0.3, GRAY))
        p.at(x + 3, y + 6, f"【{role}】", size=9.5, font="serif-bold")
        for i, a in enumerate(addr):
            p.at(x + 3, y + 12 + i * 4.8, a, size=9)
        p.at(x + 8, y + 26, f"{name}　殿", size=13)
    p.y = y + 36
    for s, sz, f in (("かざぐるま信用組合", 12, "serif-bold"), ("融資管理部　債権管理課", 9.5, "serif"),
                     ("〒380-0000 長野県長野市ぜんこう通九丁目9番9号", 8.5, "serif"), ("電話 026-000-5521（代表）", 9.5, "serif")):
        p.line(s, x=118, size=sz, font=f)
    p.seal(188, p.y - 12, 14, "square", "かざぐるま信用組合理事長印", angle=-3, seed=16061)
    p.gap(4)
    p.title("期限の利益喪失のご通知　兼　ご請求書", size=14, font="serif-bold")
    p.para("主債務者等々力誠殿（以下「主債務者」といいます。）は、当組合との間の令和4年9月30日付金銭消費貸借契約（事業性"
           "資金）に基づく分割返済を、令和7年12月10日のご返済を最後に怠っておられます。")
    p.para("当組合は、令和8年2月24日付催告書により、同年3月10日までに延滞金を支払うよう催告いたしましたが、期限までに"
           "お支払いがありませんでした。よって主債務者は、信用組合取引約定書第5条により、令和8年3月10日の経過をもって"
           "期限の利益を喪失いたしました。")
    p.para("つきましては、主債務者及び連帯保証人舟橋久美子殿は、連帯して、下記金員を下記期限までにお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["残元金", f"{P:,}円"], ["未収利息（令和7年12月11日から令和8年3月10日まで）", f"{I:,}円"],
             ["遅延損害金（令和8年3月11日から本日まで　年14.0％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [122, 46], x=21, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(21, y, 168, 12, 0.9))
    p.at(25, y + 8, "お支払期限", size=11, font="serif-bold")
    p.at(58, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="serif-bold")
    p.y = y + 16
    p.para("お支払先　当組合本店営業部　主債務者名義の返済用普通預金口座（口座番号 1186402）へのご入金、又は窓口へのご持参。",
           size=9.5, indent="")
    p.para("（ご参考）当初ご融資額 3,000,000円　約定返済額 毎月 41,800円　約定利率 年2.65％", size=9, indent="")
    p.gap(1)
    p.para("なお、上記期限までにお支払いがない場合は、担保物件及び保証人様の財産に対する法的手続に着手いたしますので、"
           "あらかじめご承知おきください。本状は、主債務者及び連帯保証人の双方に同文にて発送しております。", size=9.5)
    tr = truth(document_type="acceleration_notice", sender="かざぐるま信用組合", phone="026-000-5521",
               creditor="かざぐるま信用組合", status="not_applicable", debtor="等々力誠", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KZ-26-0311", input_kind="scan_png",
               template="proxy16_credit_union_acceleration_two_addressees", received=D(2026, 3, 26))
    return dict(stem="d06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="acceleration_notice (credit union, debtor + 連帯保証人 side by side)",
                unusual="TWO addressee boxes SIDE BY SIDE at the top: 【主 債 務 者】 (= debtor) and 【連帯保証人】 with "
                        "their own addresses and 殿 (the guarantor box also says 「（主債務者の義姉）」); a 信用組合 (not a bank, not a company) with a 理事長 seal; the 催告書 date 2/24 and its "
                        "deadline 3/10 (= acceleration 「の経過をもって」); a shaded-label table with the windows inside "
                        "the labels; 管理番号 top-right; the return account number and 当初ご融資額 / 約定返済額 / 2.65％ "
                        "as distractors; 「連帯して」")


# ---------------------------------------------------------------------------------------------
# d07 青森簡易裁判所 (ハ) 口頭弁論期日呼出状及び答弁書催告状 on ONE scanned page, with the claim summary below.


def d07():
    R = 20.0
    issued, hearing, answer, sued = D(2026, 4, 20), D(2026, 5, 27), D(2026, 5, 20), D(2026, 4, 6)
    acc, lastp = D(2025, 12, 15), D(2025, 9, 16)
    P, I = 438_000, 6_212
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ハ)第164号"
    p = Page(font="serif", size=10.5, top=14)
    p.table([["事件番号", case], ["事件名", "貸金請求事件"], ["原　告", "みそらファイナンス株式会社"],
             ["被　告", "九鬼　拓海"]], [26, 74], x=96, aligns="ll", size=9.5, row_h=6.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　九鬼　拓海　殿", size=12)
    p.gap(1)
    p.para("原告から訴状が提出されました。口頭弁論期日が下記のとおり定められましたので、当裁判所に出頭してください。"
           "訴状副本等を送達しますので、答弁書を下記期限までに提出してください。", size=10)
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 34, 0.5))
    p.add(Box(20, y, 36, 34, color=None, fill=SHADE))
    for i, (lab, val) in enumerate((("期　　日", f"令和8年5月27日（{wd(hearing)}）午後1時30分"),
                                    ("場　　所", "青森簡易裁判所　第3号法廷（1階）"),
                                    ("答 弁 書", f"令和8年5月20日（{wd(answer)}）までに提出"))):
        p.at(24, y + 8 + i * 11, lab, size=11, font="serif-bold")
        p.at(60, y + 8 + i * 11, val, size=11.5, font="serif-bold" if i != 1 else "serif")
        if i:
            p.add(Line(20, y + i * 11.3, 190, y + i * 11.3, 0.25))
    p.y = y + 38
    p.para("答弁書を提出せず、期日にも出頭しないときは、訴状に書かれた原告の言い分を認めたものとして、直ちに判決が言い渡"
           "されることがあります。分割払いの希望は、同封の答弁書用紙の該当欄に記入してください。", size=9.5, indent="")
    p.gap(2)
    p.line(f"　{era(issued)}", size=10.5)
    p.line("　　青森簡易裁判所　民事係　裁判所書記官　小比類巻　　咲", size=10.5)
    p.line("　　〒030-0000 青森市ながしま九丁目9番9号　電話 017-000-5846　ＦＡＸ 017-000-5847", size=9.5)
    p.gap(4)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.line("（参考）訴状の要旨", size=11, font="serif-bold")
    p.para(f"請求の趣旨　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年4月7日から支払済みまで年20％の割合"
           "による金員を支払え。訴訟費用は被告の負担とする。", size=9.5, indent="")
    p.para("請求の原因の概要　原告は被告に対し、令和5年1月20日、金500,000円を利率年17.8％、遅延損害金年20％、毎月15日払い"
           "の約定で貸し付けた。被告は令和7年9月16日の支払を最後に支払を怠り、同年12月15日の経過により期限の利益を喪失した。"
           "請求額の内訳は次のとおりである（訴え提起日　令和8年4月6日現在）。", size=9.5, indent="")
    p.table([["残元金", "未払利息", "遅延損害金（年20％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 40, 46, 44], x=20, header=True, aligns="rrrr", size=9.5, row_h=7)
    p.gap(2)
    p.para("原告　みそらファイナンス株式会社（〒060-0000 札幌市中央区みそら通九丁目9番9号　担当 釜石　電話 011-000-2260）",
           size=8.8, indent="")
    p.para("※原告の電話番号は当裁判所の番号ではありません。期日の変更等は当裁判所（民事係）へお問い合わせください。",
           size=8.8, indent="")
    tr = truth(document_type="lawsuit", sender="青森簡易裁判所", phone="017-000-5846",
               creditor="みそらファイナンス株式会社", status="not_applicable", debtor="九鬼拓海", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="scan_png",
               template="proxy16_summary_court_ha_summons_aomori", received=D(2026, 4, 22))
    return dict(stem="d07", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), consumer loan, one page)",
                unusual="簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 of a court not used before (青森簡裁) on ONE scanned page: "
                        "a small 4-row case grid TOP-RIGHT (事件番号 / 事件名 / 原告 / 被告); 期日 / 場所 / 答弁書 as a "
                        "shaded-label box with weekdays and 午後1時30分, the 答弁書 deadline as 「…までに提出」; the clerk "
                        "line with phone and FAX; below a rule a 「（参考）訴状の要旨」 with the 請求の趣旨 sentence, a "
                        "prose 原因 and a 4-column 内訳 table; 500,000 loan, 17.8％ and the plaintiff's 担当 phone as "
                        "distractors; 訴え提起日 4/6 ≠ the letter date")


# ---------------------------------------------------------------------------------------------
# d08 株式会社住宅債権管理回収機構 (real, 「法務大臣許可　第９１号」) 和解 proposal with an INSTALMENT TABLE, 2-page fax.


def d08():
    R = 14.0
    issued, reply = D(2026, 5, 15), D(2026, 6, 5)
    acc, lastp, assign = D(2025, 2, 20), D(2024, 11, 25), D(2025, 7, 18)
    P, I = 1_236_400, 22_815
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    first, mon, n_mid, last_amt = 56_400, 30_000, 39, 10_000
    assert first + mon * n_mid + last_amt == P
    p = Page(font="sans", size=9.5, top=12)
    p.at(15, 17, "住宅債権管理回収機構", size=14, font="sans-bold")
    p.at(196, 14, f"送信日　{era(issued)}", size=9, align="r")
    p.at(196, 19, "お客様番号　JH-05-77142", size=9, align="r")
    p.add(Line(15, 21, 196, 21, 0.6))
    p.y = 25
    p.line("陸奥　香織　様", size=12.5)
    p.line("（ＦＡＸ送信先 0178-00-3304）", size=8.5)
    p.gap(1)
    for s, sz, f in (("株式会社住宅債権管理回収機構", 10.5, "sans-bold"), ("法務大臣許可　第９１号", 9, "sans"),
                     ("東北管理センター　担当　新開", 9, "sans"), ("TEL 022-000-9140 / FAX 022-000-9141", 9.5, "sans-bold")):
        p.line(s, x=120, size=sz, font=f)
    p.gap(2)
    p.title("和解（分割弁済）条件のご提案", size=14)
    p.para(f"先日はお電話にてご相談いただき、ありがとうございました。株式会社さざれ銀行から当社が{era(assign)}付で譲り受け"
           "ました住宅ローン債権（最終ご返済日 令和6年11月25日、期限の利益喪失日 令和7年2月20日）につき、下記のとおり"
           "分割弁済による和解をご提案いたします。", size=9.2)
    p.line(f"1. 現在のご債務（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元金", "未払利息", "遅延損害金（年14.0％）", "ご債務総額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 44, 48, 45], x=15, header=True, aligns="rrrr",
            size=9.5, row_h=7)
    p.line("2. ご提案の内容", size=10, font="sans-bold")
    p.para(f"残元金{P:,}円を下表のとおり41回でお支払いいただき、最終回まで遅滞なくお支払いいただいた場合には、未払利息及び"
           "遅延損害金の全額を免除いたします。", size=9.2)
    rows = [["回", "お支払期日", "お支払額", "お支払後の残元金"]]
    bal = P
    sched = []
    d = D(2026, 6, 30)
    for k in range(1, 42):
        amt = first if k == 1 else (last_amt if k == 41 else mon)
        bal -= amt
        sched.append((k, d, amt, bal))
        m = d.month + 1
        y2 = d.year + (m - 1) // 12
        m = (m - 1) % 12 + 1
        import calendar
        d = D(y2, m, calendar.monthrange(y2, m)[1])
    assert bal == 0
    for k, dd, amt, b in sched[:4]:
        rows.append([f"第{k}回", f"{dd.year}年{dd.month}月末日", f"{amt:,}円", f"{b:,}円"])
    rows.append(["～", "第5回～第39回　毎月末日", "各30,000円", "～"])
    for k, dd, amt, b in sched[-2:]:
        rows.append([f"第{k}回", f"{dd.year}年{dd.month}月末日", f"{amt:,}円", f"{b:,}円"])
    rows.append(["計", "41回", f"{P:,}円", ""])
    p.table(rows, [20, 55, 50, 56], x=15, header=True, aligns="cccr", size=9, row_h=6.3)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 11, 1.0))
    p.at(19, y + 7.5, "ご回答期限", size=10.5, font="sans-bold")
    p.at(52, y + 7.8, f"{era(reply)}（{wd(reply)}）必着", size=12, font="sans-bold")
    p.at(192, y + 7.5, "2枚目の承諾書をＦＡＸ又は郵送で", size=8.5, align="r")
    p.y = y + 14
    p.para("※お支払いを2回以上怠り、その額が60,000円に達したときは、当然に期限の利益を失い、残元金及び免除前の利息・遅延"
           "損害金の全額を直ちにお支払いいただきます。※ご回答期限までにご回答がない場合、本提案は失効します。",
           size=8.2, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("和解条件承諾書", size=15)
    q.line("株式会社住宅債権管理回収機構　御中", size=11)
    q.gap(3)
    q.para(f"私は、{era(issued)}付「和解（分割弁済）条件のご提案」記載の条件を承諾し、貴社に対し残元金{P:,}円の支払義務が"
           "あることを認め、同記載の分割弁済表のとおり支払います。")
    q.gap(4)
    q.kv([("お客様番号", "JH-05-77142"), ("第1回お支払期日", "2026年6月30日　56,400円"),
          ("第2回以降", "毎月末日限り　30,000円（第41回のみ10,000円）")], x=30, label_w=45)
    q.gap(8)
    for lab in ("ご記入日　　令和　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　㊞", "日中のご連絡先"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(6)
    q.gap(4)
    q.para("※本承諾書へのご署名は債務の承認にあたります。内容をよくお確かめのうえご署名ください。", size=9, indent="")
    q.para("返送先 FAX 022-000-9141　〒980-0000 仙台市青葉区いちばん坂九丁目9番9号　株式会社住宅債権管理回収機構 東北管理センター",
           size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="022-000-9140", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社さざれ銀行", debtor="陸奥香織", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="JH-05-77142", input_kind="fax_tiff", template="proxy16_servicer_settlement_instalment_table_fax",
               received=issued)
    return dict(stem="d08", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:06 JHSK TOHOKU 022-000-9141",
                about="settlement_proposal (real servicer, instalment table, 2-page fax)",
                unusual="real servicer ★ 「株式会社住宅債権管理回収機構」 with 「法務大臣許可　第９１号」 (full-width, no 番号) "
                        "as a 2-page G4 fax: 送信日 and お客様番号 top-right, the addressee's own FAX number under the name "
                        "(distractor), TEL / FAX on one line; the 譲受 date, last payment and 喪失 inside one sentence; a "
                        "one-row 現在のご債務 table; an INSTALMENT TABLE (回 / お支払期日 「2026年6月末日」 / お支払額 / "
                        "残元金) with a 「第5回～第39回」 row, 計 41回 = 残元金 (56,400 + 30,000 × 39 + 10,000 — distractors); the waiver of "
                        "interest and damages; a heavy-framed ご回答期限 …必着 (= payment_due); the 60,000 default "
                        "threshold; p.2 a blank 和解条件承諾書")


LETTERS = [d01, d02, d03, d04, d05, d06, d07, d08]
