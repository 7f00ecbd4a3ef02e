"""Proxy set 30, letters am09–am16: "debtors of every kind". A real servicer's 和解案 faxed to the 成年後見人 of the debtor
(am09); a card company writing to a married woman whose contract is in her maiden name (am10); a 簡裁 支払督促 against
a borrower and his 連帯保証人 (am11); a 仮執行宣言付支払督促 against the heir 「亡○○承継人」 (am12); a lawyer's 縦書き 催告書
to the 連帯保証人 of a tenant for a rent guarantor (am13); a joint 債権譲渡通知 to a debtor staying 「○○様方」 (am14); a scam
that tells a man he is the guarantor of a relative (am15); a bank's 相続 letter to an heir that claims nothing (am16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    leader,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ALPHA = (0.12, 0.30, 0.55)
LUMI = (0.62, 0.30, 0.48)
SAKURA = (0.70, 0.25, 0.40)
KAZAMI = (0.05, 0.35, 0.50)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# am09 real servicer (アルファ債権回収, 第101号) 和解のご提案 faxed to the 成年後見人 (司法書士) of the debtor; 1 page.


def am09():
    R = 18.0
    issued, reply = D(2026, 3, 16), D(2026, 4, 10)
    assign, acc, lastp = D(2025, 6, 30), D(2024, 11, 20), D(2024, 8, 26)
    P = 528_700
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    mon, n = 14_700, 35
    last_inst = P - mon * n
    assert mon * n + last_inst == P and last_inst == 14_200
    p = Page(font="sans", size=9.8, top=10)
    p.add(Box(15, 9, 181, 13, 0.4, None, SHADE))
    p.at(18, 14.5, "送信先：司法書士諫山恭介事務所 御中（FAX 048-000-3391）", size=8.5)
    p.at(18, 19.5, f"送信元：アルファ債権回収株式会社　業務第二部　　送信日：{slash(issued)}　　枚数：1枚", size=8.5)
    p.y = 27
    p.line("鵜養　登美子　様", size=12.5)
    p.line("成年後見人　司法書士　諫山　恭介　様", size=12.5)
    p.at(196, 30, "管理番号　AL-61-20931", size=9.5, align="r")
    p.at(196, 35, f"{era(issued)}", size=9.5, align="r")
    p.gap(1)
    for s, sz, f in (("アルファ債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号 第101号", 8.8, "sans"),
                     ("〒100-0000 東京都千代田区かすみ草通九丁目9番9号", 8.3, "sans"),
                     ("TEL 03-0000-1017　FAX 03-0000-1018　担当 蘇我", 8.8, "sans")):
        p.line(s, x=116, size=sz, font=f)
    p.gap(1)
    p.title("ご債務の和解についてのご提案", size=14, color=ALPHA)
    p.para("平素より大変お世話になっております。先般は、ご本人様について後見開始の審判がなされ、諫山様が成年後見人に選任"
           "された旨のご連絡（後見登記事項証明書の写しのご送付）を頂戴し、誠にありがとうございました。", size=9.3)
    p.para(f"ご本人様がかげろうクレジット株式会社との間で締結されたカードローン契約に基づく債権は、{era(assign)}付で当社が"
           f"譲り受けております（最終ご入金日 {era(lastp)}、期限の利益喪失日 {era(acc)}）。ご本人様の財産状況を踏まえ、"
           "下記のとおり和解をご提案いたしますので、ご検討くださいますようお願い申し上げます。", size=9.3)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10, font="sans-bold", color=ALPHA)
    p.table([["残元金", f"{P:,}円"], [f"遅延損害金（年{R:g}％）", f"{L:,}円"], ["ご債務総額", f"{T:,}円"]],
            [90, 45], x=24, aligns="lr", size=9.8, row_h=7, shade_col0=True)
    p.gap(1)
    p.line("２．ご提案（いずれかをお選びください）", size=10, font="sans-bold", color=ALPHA)
    for s in (f"Ａ案　残元金のうち金400,000円を{era(D(2026, 4, 30))}までに一括でお支払いいただければ、残額及び遅延損害金"
              "の全額を免除いたします。",
              f"Ｂ案　残元金{P:,}円を、令和8年5月から毎月末日限り{mon:,}円ずつ{n}回、最終回（第{n + 1}回）{last_inst:,}円にて"
              "お支払いいただければ、遅延損害金の全額を免除いたします。",
              "※Ｂ案の分割金を２回分以上怠ったときは期限の利益を失い、免除前の残額をお支払いいただきます。"):
        p.para(s, x0=24, x1=194, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.2))
    p.at(19, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.3, f"{era(reply)}（{wd(reply)}）", size=12.5, font="sans-bold")
    p.at(192, y + 8, "お電話又はFAXにてご回答ください", size=8.5, align="r")
    p.y = y + 16
    p.para("※家庭裁判所への報告等に必要な取引履歴・残高証明書は、ご請求により無償で発行いたします。", size=8.6, indent="")
    p.para("※後見開始の審判（さいたま家庭裁判所 令和7年(家)第3391号）の確定日以降、ご本人様あての書面の送付は停止しております。",
           size=8.6, indent="")
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1017", creditor="アルファ債権回収株式会社", status="licensed",
               original="かげろうクレジット株式会社", debtor="鵜養登美子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AL-61-20931", input_kind="fax_tiff",
               template="proxy30_servicer_settlement_to_guardian_fax", received=issued)
    return dict(stem="am09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:48 ALPHA SAIKEN KAISHU 03-0000-1018",
                about="settlement_proposal (real servicer, to the 成年後見人 of the debtor, one-page fax)",
                unusual="one-page G4 fax to a 司法書士's office: a shaded 送信先 / 送信元 strip with the office's own FAX number "
                        "(distractor); the addressee in two lines 「鵜養　登美子　様」 over 「成年後見人　司法書士　諫山　恭介　様」 "
                        "(the debtor is the 成年被後見人, the 司法書士 only acts for her); real servicer ★ アルファ債権回収株式会社 "
                        "with 「法務大臣許可番号 第101号」; the 譲受, last payment and 喪失 dates in brackets inside one sentence; a "
                        "3-row ご債務総額 table (no interest); Ａ案 一括 400,000 by 4/30 and Ｂ案 14,700 × 35 + 14,200 (distractors); a "
                        "heavy-framed ご回答期限 (= payment_due); the family court's (家) case number as a distractor")


# ---------------------------------------------------------------------------------------------
# am10 card company to a married woman whose contract is in her maiden name (旧姓); phone photo.


def am10():
    R = 14.6
    issued, due, lastp = D(2026, 1, 26), D(2026, 2, 9), D(2025, 10, 27)
    P, I = 48_000, 7_216
    L = late(P, R, D(2025, 11, 28), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 10, 181, 3, color=None, fill=LUMI))
    p.at(15, 22, "Lumière", size=17, font="serif-bold", color=LUMI)
    p.at(48, 21.5, "株式会社リュミエールカード", size=10, color=LUMI)
    stamp(p, 160, 15, "大切なお知らせ", color=LUMI, size=10, h=8)
    p.y = 30
    p.line("〒260-0000　千葉県千葉市中央区霧ヶ丘九丁目9番9号", size=10)
    p.line("都筑　美緒　様", size=14)
    p.at(196, 34, f"ご案内日 {slash(issued)}", size=9.5, align="r")
    p.gap(4)
    p.title("お支払いが確認できておりません", size=15, color=LUMI)
    p.para("いつもリュミエールカードをご利用いただき、ありがとうございます。", size=9.8)
    p.para(f"ご利用代金のお支払いにつきまして、{slash(lastp)}のご入金を最後に、11月分及び12月分のお引落しができておりません。"
           "つきましては、下記のご延滞金額を、お支払期日までにお振込みくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    rows = [("ご契約者名", "鹿嶋　美緒　様（ご旧姓）"), ("会員番号", "5321-****-****-0417"),
            ("お問合せ番号", "LU-260126-3307"), ("最終ご入金日", slash(lastp))]
    for i, (a, b) in enumerate(rows):
        p.add(Box(15, y + i * 7.5, 40, 7.5, 0.25, (0, 0, 0), SHADE))
        p.add(Box(55, y + i * 7.5, 60, 7.5, 0.25))
        p.at(17, y + i * 7.5 + 5.2, a, size=8.5)
        p.at(57, y + i * 7.5 + 5.2, b, size=9.5)
    p.add(Box(121, y, 75, 30, 1.0, LUMI))
    p.add(Box(121, y, 75, 8, color=None, fill=LUMI))
    p.at(158.5, y + 5.7, "お支払期日", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(158.5, y + 19, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold", color=LUMI, align="c")
    p.at(158.5, y + 26, "までにお振込みください", size=8, align="c")
    p.y = y + 36
    p.line("ご延滞金額の内訳", size=10.5, font="sans-bold", color=LUMI)
    p.table([["ご利用残高のうちご延滞分（元金）", f"{P:,}円"], ["分割・リボ手数料", f"{I:,}円"],
             [f"遅延損害金（年{R:g}％）", f"{L:,}円"], ["ご延滞金額合計", f"{T:,}円"]],
            [100, 45], x=22, aligns="lr", size=10, row_h=7.6, ruled="rows")
    p.para("※ご利用残高（ご延滞分を含む）312,480円、ご利用可能枠300,000円は現在ご利用を停止しております。", size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.3, LUMI, (0.99, 0.95, 0.97)))
    p.at(19, y + 6, "ご結婚等によりお名前が変わられたお客様へ", size=9.5, font="sans-bold", color=LUMI)
    p.at(19, y + 11.5, "ご契約時のお名前（ご旧姓）のまま登録されております。お名前・ご住所の変更のお届けをお願いいたします。", size=8.5)
    p.at(19, y + 16.3, "お届けはアプリ又は同封の変更届（返信用封筒）で承ります。", size=8.5)
    p.y = y + 25
    p.para("お振込先　ひのき坂銀行 本店 普通預金 1260417 カ）リユミエールカード　※ご依頼人名の前にお問合せ番号の数字をご入力"
           "ください。", size=9, indent="")
    p.para("お支払期日までにお支払いがない場合、期限の利益を喪失し、ご利用残高の全額を一括してご請求することがあります。",
           size=9, indent="")
    p.gap(2)
    y = p.y
    qr(p, 15, y, 20, "am10qr")
    for i, (s, sz) in enumerate((("株式会社リュミエールカード　お客様サポートセンター", 10), ("〒103-0000 東京都中央区風見橋九丁目9番9号", 8.3),
                                 ("0120-000-316（9:30～17:30　日祝休）　担当 紀平", 9.5),
                                 ("貸金業登録番号 関東財務局長(3)第01827号", 7.8))):
        p.at(40, y + 4 + i * 5, s, size=sz, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender="株式会社リュミエールカード", phone="0120-000-316",
               creditor="株式会社リュミエールカード", status="not_applicable", debtor="都筑美緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="LU-260126-3307", input_kind="photo_jpeg", template="proxy30_card_arrears_maiden_name_photo",
               received=D(2026, 1, 28))
    return dict(stem="am10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.83, blur=0.95, warm=0.25, bow=6),
                about="collection_notice (card company arrears, to a married woman under her maiden name)",
                unusual="phone photo on wood, creased and slightly bowed; a card company's first reminder of two missed "
                        "payments (arrears only: lump false, no 喪失): addressed to 「都筑　美緒　様」 while the shaded grid says "
                        "ご契約者名 「鹿嶋　美緒　様（ご旧姓）」 and a pink box asks her to report the name change; Latin "
                        "brand 「Lumière」; slash dates everywhere (ご案内日, 最終ご入金日, お支払期日 in a framed tab on the "
                        "RIGHT); a rows-ruled 内訳 (ご延滞分（元金） / 分割・リボ手数料 / 遅延損害金 / ご延滞金額合計); ご利用残高 "
                        "312,480 and 利用可能枠 300,000 as distractors; masked 会員番号; 貸金業登録番号; a QR")


# ---------------------------------------------------------------------------------------------
# am11 米子簡易裁判所 支払督促 against a borrower AND his 連帯保証人 (債務者ら連帯して); 1-page image PDF.


def am11():
    R = 20.0
    issued, filed = D(2026, 2, 18), D(2026, 2, 2)
    acc, lastp = D(2025, 9, 2), D(2025, 5, 26)
    P, I, C = 620_000, 11_480, 4_620
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第164号"
    p = Page(font="serif", size=10, top=14)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.at(196, 16, fw("令和8年（ロ）第164号"), size=10.5, align="r")
    p.y = 30
    p.line("当事者の表示", size=10.5, font="serif-bold")
    for lab, s in (("債　権　者", "〒683-0000 鳥取県米子市かすみ草町九丁目9番9号　株式会社アンベル"),
                   ("", "　代表者代表取締役　鳴瀬　修平"),
                   ("", "　（送達場所　同社債権管理課　電話 0859-00-6688）"),
                   ("債務者１", "〒683-0000 鳥取県米子市うたせ浜九丁目9番9号　日向寺　蒼"),
                   ("債務者２（連帯保証人）", "〒689-0000 鳥取県東伯郡つつじが丘町九丁目9番9号　日向寺　哲郎")):
        b = p.line(lab, x=20, size=9.5)
        if s:
            p.at(64, b, s, size=9.5)
    p.gap(2)
    p.para("債務者らは、債権者に対し、連帯して、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者らがこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨及び原因", size=11, font="serif-bold", align="c")
    p.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    x0, x1 = 26, 180
    leader(p, "１　元金", f"{P:,}円", x0, x1, size=10)
    leader(p, f"２　利息（{era(acc)}まで　年17.5％）", f"{I:,}円", x0, x1, size=10)
    leader(p, f"３　遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで）", f"{L:,}円", x0, x1, size=10)
    leader(p, "４　督促手続費用", f"{C:,}円", x0, x1, size=10)
    p.add(Line(x0, p.y, x1, p.y, 0.4))
    p.gap(1)
    leader(p, "　　合　計", f"{T:,}円", x0, x1, size=10.5, font="serif-bold")
    p.para(f"５　上記１の元金に対する{era(filed + timedelta(1))}から完済まで年20％の割合による遅延損害金", x0=x0, x1=x1 + 10,
           size=9.8, indent="")
    p.gap(1)
    p.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in ("１　債権者は、債務者１に対し、令和5年4月7日、金800,000円を、利息年17.5％、遅延損害金年20％、毎月26日限り"
              "元利金を分割して返済する約定で貸し付けた。",
              "２　債務者２は、同日、債権者に対し、債務者１の上記債務を連帯して保証した。",
              f"３　債務者１は、{era(lastp)}の支払を最後に、その後の分割金の支払を怠り、{era(acc)}の経過により期限の利益を"
              "喪失した。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　米子簡易裁判所　裁判所書記官　指宿　　晴美", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "米子簡易裁判所書記官印", angle=0, seed=30111)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 25, 0.3))
    p.add(Box(15, y, 181, 6.5, color=None, fill=SHADE))
    p.at(18, y + 4.8, "この書面を受け取った方へ", size=9, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を当裁判所に",
                           "提出してください。異議がないと仮執行の宣言が付され、財産の差押えを受けることがあります。",
                           "問合せ先　米子簡易裁判所　督促係　電話 0859-00-4164"]):
        p.at(18, y + 11 + i * 5, s, size=8.8)
    p.y = y + 29
    p.line(f"（申立日　{era(filed)}）", size=9, align="r")
    tr = truth(document_type="payment_order", sender="米子簡易裁判所", phone="0859-00-4164", creditor="株式会社アンベル",
               status="not_applicable", debtor="日向寺蒼", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, reference=case,
               input_kind="pdf_scan", template="proxy30_payment_order_borrower_and_guarantor_yonago",
               received=D(2026, 2, 21))
    return dict(stem="am11", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, borrower and 連帯保証人 as 債務者１ / 債務者２, one page)",
                unusual="a whole 支払督促 of a court not used before (米子簡裁) as a one-page image PDF; the title first, the "
                        "full-width case number top-right; 当事者の表示 as label lines with 債務者１ (the borrower) and "
                        "「債務者２（連帯保証人）」 at another address; 「債務者らは…連帯して」; 請求の趣旨 as dotted LEADER lines "
                        "(元金 / 利息 with its 17.5％ / 遅延損害金 with its window / 督促手続費用) with a rule and a bold 合計; the "
                        "running item ５; the 800,000 loan and the creditor's 送達場所 phone as distractors; a shaded 「この書面を"
                        "受け取った方へ」 box with the court's phone; 申立日 in brackets at the foot")


# ---------------------------------------------------------------------------------------------
# am12 福山簡易裁判所 仮執行宣言付支払督促 against the HEIR 「亡八田正樹承継人」; real servicer creditor; 2-page image PDF.


def am12():
    R = 14.6
    issued, ordered, served, filed, filed2 = D(2026, 1, 14), D(2025, 12, 3), D(2025, 12, 8), D(2025, 11, 20), D(2026, 1, 5)
    assign, acc, lastp, died = D(2025, 8, 29), D(2025, 4, 15), D(2024, 12, 27), D(2025, 6, 3)
    P, I, C1, C2 = 1_046_500, 22_140, 5_900, 1_230
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C1 + C2
    case = "令和7年(ロ)第902号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 18, "事件番号　" + fw("令和7年（ロ）第902号"), size=10.5)
    p.y = 24
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", "エム・ユー・フロンティア債権回収株式会社"), ("債　務　者", "亡八田正樹承継人　八田　紀子")],
         x=30, label_w=30, size=11)
    p.gap(4)
    p.para(f"頭書事件について、当裁判所書記官が{fw(era(ordered))}に発した支払督促は、{fw(era(served))}債務者に送達されたが、"
           "債務者は法定の期間内に督促異議の申立てをしなかった。")
    p.para("よって、債権者の申立てにより、別紙請求の趣旨記載の金額及び下記仮執行宣言の手続費用について、仮執行の宣言をする。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table([["仮執行宣言の手続費用", f"{C2:,}円"]], [70, 40], x=50, aligns="lr", size=10.5, row_h=8)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　福山簡易裁判所", size=11)
    p.line("　　　　裁判所書記官　海老塚　　達也", size=11)
    p.seal(150, p.y - 6, 15, "square", "福山簡易裁判所書記官印", angle=0, seed=30121)
    p.gap(10)
    y = p.y
    p.add(Box(20, y, 170, 33, 0.4))
    for i, s in enumerate(["（注意）",
                           "１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "　　できます。ただし、異議を申し立てても、強制執行を停止するには別に申立てが必要です。",
                           "２　相続放棄をしている場合は、そのことを督促異議申立書に記載し、受理証明書を添付してください。",
                           "３　問合せ先　福山簡易裁判所民事係　電話 084-000-9023（平日 8:30～17:00）"]):
        p.at(24, y + 6.5 + i * 5.8, s, size=9.3)
    q = Page(font="serif", size=10, top=16)
    q.line("当事者目録", size=12, font="serif-bold", align="c")
    q.gap(1)
    q.kv([("債権者", "〒100-0000 東京都千代田区りんごの木町九丁目9番9号"),
          ("", "エム・ユー・フロンティア債権回収株式会社　代表者代表取締役　弓場　隆之"),
          ("", "（送達場所）同社 西日本管理部　電話 06-0000-9020　FAX 06-0000-9021"),
          ("債務者", "〒720-0000 広島県福山市若葉台九丁目9番9号"),
          ("", "亡八田正樹承継人　八田　紀子")], x=20, label_w=20, size=9.8)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.5, font="serif-bold")
    q.table([["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], [f"２　利息（{era(acc)}まで）", f"{I:,}"],
             [f"３　遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで　年14.6％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [125, 40], x=22, header=True, aligns="lr", size=9.8, row_h=7.4)
    q.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=22, x1=190,
           size=9.8, indent="")
    q.gap(2)
    q.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　株式会社りんごの木ファイナンス（原債権者）は、令和2年9月11日、八田正樹（被相続人）との間で金銭消費貸借"
              "契約（貸付金額 金1,500,000円、利息 年14.0％、遅延損害金 年14.6％）を締結し、同人に金員を貸し付けた。",
              f"２　被相続人は、{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　被相続人は{era(died)}死亡し、その妻である債務者が単独でその債務を相続した（他の相続人は相続放棄）。",
              f"４　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、同年9月5日到達の書面で債務者にその旨通知した。"):
        q.para(s, x0=22, x1=190, size=9.6, indent="")
    q.gap(3)
    q.line(f"（支払督促申立日　{era(filed)}　　仮執行宣言申立日　{era(filed2)}）", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="福山簡易裁判所", phone="084-000-9023",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="株式会社りんごの木ファイナンス", debtor="八田紀子", total=T, principal=P, interest=I,
               late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference=case, input_kind="pdf_scan",
               template="proxy30_enforceable_order_against_heir_fukuyama", received=D(2026, 1, 17))
    return dict(stem="am12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, real servicer creditor, against the heir, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (福山簡裁) as a 2-page image PDF; the 債務者 is "
                        "「亡八田正樹承継人　八田　紀子」 (the heir; the deceased borrower is named in front); creditor the real "
                        "servicer ★ エム・ユー・フロンティア債権回収株式会社 (no licence number: court paper); the order date "
                        "12/3 and its 送達 12/8 in one sentence; the 仮執行 cost in a one-row table under 記; a (注意) box with the "
                        "相続放棄 note and the court's phone; p.2 当事者目録 (送達場所 phone/FAX as distractors) and 請求の趣旨 "
                        "as a ruled table with a 「金額（円）」 header and TWO cost rows above 合計; 請求の原因 with the death "
                        "date, the 1,500,000 loan and 14.0％ (distractors); both 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# am13 lawyer's 縦書き 催告書 (内容証明) for a RENT guarantor to the tenant's 連帯保証人; digital.


def am13():
    R = 14.6
    issued, due = D(2026, 1, 30), D(2026, 2, 13)
    rent, months = 68_000, 6
    P = rent * months
    assert P == 408_000
    lastp, last_subro = D(2025, 6, 27), D(2025, 12, 27)
    L = late(P, R, last_subro + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社すみれハウジング保証（以下「通知人」といいます。）の代理人として、貴殿に対し、次の"
                 "とおり催告いたします。"),
        ("body", "通知人は、貴殿の甥である鬼丸遥斗氏（以下「賃借人」といいます。）が長野市内の建物を賃借するにあたり、賃貸人"
                 "との間で家賃債務保証契約を締結し、貴殿は、同契約に基づき賃借人が通知人に対して負担する求償債務について"
                 "連帯保証人となりました。"),
        ("body", f"賃借人は{kdate(lastp)}の支払を最後に賃料の支払を怠ったため、通知人は、令和七年七月分から同年十二月分まで"
                 f"の賃料合計{kyen(P)}を、{kdate(last_subro)}までに賃貸人に代位弁済いたしました。賃借人に対しては再三請求"
                 "しておりますが、現在までお支払いがありません。"),
        ("body", f"つきましては、連帯保証人である貴殿に対し、左記金員を{kdate(due)}限り、左記口座にお支払いいただくよう"
                 "催告いたします。右期限までにお支払いのないときは、貴殿に対し訴訟を提起いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　　　　　　{kyen(L)}"),
        ("plain", "　　（令和七年十二月二十八日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　　　　　　{kyen(T)}"),
        ("indent", "振込先　かげろう銀行　長野駅前支店　普通預金"),
        ("plain", "　　　　口座番号　三七一五〇二六"),
        ("plain", "　　　　口座名義　弁護士杵渕一馬預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県長野市かすみ草通九丁目九番九号"),
        ("low", "杵渕法律事務所"),
        ("low", "通知人代理人　弁護士　杵渕　一馬"),
        ("low", "電話　〇二六（〇〇〇）三七一五"),
        ("low", "（当職整理番号　ＫＢ－２６００７）"),
        ("blank", ""),
        ("low", "長野県上田市鷹羽町九丁目九番九号"),
        ("low", "連帯保証人　勅使川原　和子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 30131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　杵渕" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18) * size * 0.3528 * 1.05, 8, "square", "弁護士杵渕一馬之印", angle=2,
                         seed=30132))
    tr = truth(document_type="collection_notice", sender="杵渕法律事務所", phone="026-000-3715",
               creditor="株式会社すみれハウジング保証", status="not_applicable", original=None, debtor="勅使川原和子",
               total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               last_payment=lastp, reference="KB-26007", input_kind="vertical_pdf",
               template="proxy30_vertical_lawyer_rent_guarantor_to_joint_guarantor", received=D(2026, 2, 2))
    return dict(stem="am13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a rent guarantor, 縦書き 内容証明, to the tenant's 連帯保証人)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a 家賃債務保証 company, digital, with the 内容証明 "
                        "stamp; addressed 「連帯保証人　勅使川原　和子　殿」 for her nephew's unpaid RENT (the tenant 鬼丸遥斗 is "
                        "named in the prose; the landlord is not named); six months of rent 令和七年七月分から十二月分 paid by "
                        "代位弁済 (no 喪失, no interest); the tenant's last payment and the last 代位弁済 date in kanji; "
                        "positional kanji amounts; a 預り金口 account in kanji digits (distractor); phone in kanji digits; "
                        "full-width 当職整理番号 ＫＢ－２６００７")


# ---------------------------------------------------------------------------------------------
# am14 joint 債権譲渡通知 信用金庫 → invented servicer (さくらそう債権管理回収, 第246号) to a debtor 「○○様方」; scanned.


def am14():
    R = 14.0
    issued, assign = D(2026, 6, 1), D(2026, 5, 22)
    acc, lastp = D(2025, 12, 19), D(2025, 9, 25)
    P, I = 1_275_400, 18_660
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "債権番号　SK-0522-118", size=9.5, align="r")
    p.y = 20
    p.line("〒980-0000", size=10)
    p.line("宮城県仙台市青葉区若葉台九丁目9番9号", size=10)
    p.line("熨斗　様方", size=10.5)
    p.line("佐渡谷　誠　様", size=14)
    p.gap(5)
    p.title("債権譲渡通知書（兼 債権譲受のご案内）", size=15, color=SAKURA)
    p.para(f"霧ヶ丘信用金庫（以下「譲渡人」）は、貴殿に対して有する下記債権を、{era(assign)}付で、さくらそう債権管理回収"
           "株式会社（以下「譲受人」）に譲渡いたしました。つきましては、民法第467条の規定に基づき、譲渡人及び譲受人の連名"
           "にてご通知申し上げます。")
    p.para("今後のお支払い・ご相談は、すべて譲受人までお願いいたします。お支払方法につきましては、別途譲受人からご案内いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["項　目", "内　容", "備　考"],
             ["ご契約", "証書貸付（フリーローン）", "平成31年2月8日ご契約"],
             ["最終ご返済日", era(lastp), ""],
             ["期限の利益喪失日", era(acc), ""],
             ["譲渡日", era(assign), "上記日付現在の金額"],
             ["貸付残元金", f"{P:,}円", ""],
             ["未収利息", f"{I:,}円", "喪失日まで"],
             ["遅延損害金", f"{L:,}円", "年14.0％ 日割計算"],
             ["譲渡債権合計額", f"{T:,}円", ""]],
            [44, 62, 60], x=22, header=True, aligns="lrl", size=9.6, row_h=7.2, shade_col0=True)
    p.gap(2)
    p.para("※譲渡日の翌日以降も、貸付残元金に対し年14.0％の割合による遅延損害金が発生いたします。", size=8.8, indent="")
    p.para("※ご家族等のお宅にお住まいの場合も、ご本人様あてにお送りしております。ご住所が変わられた際は譲受人までお知らせください。",
           size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.table([["通知人（譲渡人）", "〒980-0000 仙台市青葉区ひのき坂九丁目9番9号　霧ヶ丘信用金庫　理事長　寺尾　昭二"],
             ["", "融資管理課　電話 022-000-5307"],
             ["通知人（譲受人）", "〒980-0000 仙台市宮城野区灯台町九丁目9番9号　さくらそう債権管理回収株式会社"],
             ["", "法務大臣許可番号　第246号　　代表取締役　五味渕　直人"],
             ["", "お問合せ　022-000-2460（平日9:00～17:30）　担当 弓場"]],
            [32, 149], x=15, aligns="ll", size=8.8, row_h=7, shade_col0=True, ruled="outer")
    p.seal(186, y + 8, 11, "round", "霧ヶ丘信用金庫|理事長", angle=-6, seed=30141)
    p.seal(186, y + 27, 11, "round", "さくらそう債権|代表/取締役", angle=5, seed=30142)
    tr = truth(document_type="assignment_notice", sender="さくらそう債権管理回収株式会社", license_number=246,
               phone="022-000-2460", creditor="さくらそう債権管理回収株式会社", status="unverified",
               original="霧ヶ丘信用金庫", debtor="佐渡谷誠", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SK-0522-118", input_kind="scan_png",
               template="proxy30_joint_assignment_shinkin_to_invented_servicer_care_of", received=D(2026, 6, 3))
    return dict(stem="am14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="assignment_notice (joint, 信用金庫 → invented servicer, to a debtor 「○○様方」)",
                unusual="joint 債権譲渡通知書 addressed c/o: 「熨斗　様方」 on its own line above 「佐渡谷　誠　様」 (熨斗 is the "
                        "host household, not the debtor); INVENTED servicer 「さくらそう債権管理回収株式会社」 with 「法務大臣許可番号"
                        "　第246号」 (→ unverified) only inside the notifier table at the BOTTOM (both notifiers in one outer-"
                        "ruled table with shaded labels and the 譲渡人's own phone as a distractor); a 3-column 項目 / 内容 / "
                        "備考 table mixing dates and amounts (貸付残元金 / 未収利息 / 遅延損害金 / 譲渡債権合計額); 民法第467条; "
                        "informs only (no payment date); 債権番号 top-right")


# ---------------------------------------------------------------------------------------------
# am15 SCAM: a fake servicer tells a man he is the 連帯保証人 of a relative's loan; phone photo.


def am15():
    issued, due = D(2026, 3, 17), D(2026, 3, 19)
    T = 298_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通告", color=RED, size=13, fill=RED)
    stamp(p, 48, 12, "親展", color=RED, size=13)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "お客様番号　KH-77031", size=10, align="r")
    p.y = 30
    p.line("〒390-0000　長野県松本市灯台町九丁目9番9号", size=10.5)
    p.line("雪野　克己　様（連帯保証人）", size=14)
    p.gap(6)
    p.line("保証債務履行に関する最終通告書", size=17, font="sans-bold", align="c")
    p.gap(3)
    p.para("貴殿は、ご親族である雪野翔太様（主債務者）が消費者金融会社から借り入れた金銭について、連帯保証人として登録されて"
           "おります。主債務者による返済が長期にわたり滞っており、当社が債権回収の委託を受けました。")
    p.para("当社より再三にわたり通知いたしましたが、ご連絡がないため、本日をもって最終通告といたします。期日までにご入金が"
           "確認できない場合、貴殿の勤務先への給与差押え及び財産の強制執行の手続に入ります。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 32, 1.0, (0, 0, 0)))
    p.at(30, y + 9, "保証債務弁済金", size=12, font="sans-bold")
    p.at(180, y + 10, f"￥{T:,}", size=20, font="sans-bold", align="r")
    p.add(Line(30, y + 14, 180, y + 14, 0.3))
    p.at(30, y + 22, "ご入金期日", size=12, font="sans-bold")
    p.at(180, y + 23, f"3月19日（{wd(due)}）17時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(30, y + 29, "※期日を過ぎた場合、和解のご相談には一切応じられません", size=8.5, color=RED)
    p.y = y + 37
    p.para("お振込先　つつじが丘銀行 駅前支店 普通 8077031 名義 サトウ　マサキ（当社回収担当者）", size=10, indent="")
    p.para("※本件は保証人様の信用情報に関わるため、ご家族・弁護士・警察等への相談はお控えください。主債務者ご本人への連絡も"
           "ご遠慮ください。", size=9.5, indent="")
    p.para("※お電話の際は、お客様番号をお伝えください。土日祝日も受け付けております。", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(55, y, 141, 34, 0.5))
    p.at(60, y + 8, "日本保証債務調整センター株式会社", size=13, font="sans-bold")
    p.at(60, y + 14, "債権回収会社　法務大臣許可番号 第302号", size=9.5)
    p.at(60, y + 20, "東京都千代田区永田町（第二議員会館前）", size=9)
    p.at(60, y + 27, "回収担当直通 080-0000-5127", size=11.5, font="sans-bold")
    p.at(60, y + 32, "受付 8:00～22:00（年中無休）", size=8.5)
    p.seal(32, y + 17, 16, "round", "保証債務調整|代表/之印", angle=7, seed=30151)
    tr = truth(document_type="other", sender="日本保証債務調整センター株式会社", license_number=302, phone="080-0000-5127",
               creditor=None, status="not_licensed", original=None, debtor="雪野克己", total=T, lump=False,
               issued=issued, payment_due=due, reference="KH-77031", is_scam=True, input_kind="photo_jpeg",
               template="proxy30_scam_fake_guarantor_demand", received=None)
    return dict(stem="am15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.8, creases=2, fill=0.82, glare=16, warm=0.3,
                          shadow=0.2, shadow_side="top"),
                about="other (scam: fake guarantor demand)",
                unusual="架空請求 photographed on tatami with a shadow in the top-left corner: tells the addressee he is the "
                        "連帯保証人 of a relative (「雪野　克己　様（連帯保証人）」, the 主債務者 雪野翔太 and an unnamed "
                        "「消費者金融会社」) and demands 保証債務弁済金 ￥298,000 to a PERSONAL account within two days (「3月19日"
                        "（木）17時まで」, no year); filled red 最終通告 and 親展 stamps; 「債権回収会社　法務大臣許可番号 第302号」 "
                        "(FAKE) for 「日本保証債務調整センター株式会社」 (→ not_licensed); an address without a number; an 080 "
                        "回収担当直通 open every day; 給与差押え threat; 「弁護士・警察等への相談はお控えください」")


# ---------------------------------------------------------------------------------------------
# am16 a bank's 相続 letter to the heir: names the deceased's loans, claims NOTHING (no amount); digital.


def am16():
    issued, reply, died = D(2026, 2, 27), D(2026, 3, 27), D(2026, 1, 9)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "風見銀行", size=16, font="sans-bold", color=KAZAMI)
    p.at(45, 20, "相続センター", size=10, color=KAZAMI)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "ご照会番号　KZ-0227-5519", size=9.5, align="r")
    p.y = 30
    p.line("〒330-0000　埼玉県さいたま市浦和区つつじが丘九丁目9番9号", size=10)
    p.line("霜鳥　里美　様", size=14)
    p.gap(5)
    p.title("ご相続手続きについてのご案内", size=15)
    p.para("このたびは、霜鳥弘様のご逝去の報に接し、謹んでお悔やみ申し上げます。", size=10)
    p.para("当行では、ご家族様からのご連絡により、下記の方がお亡くなりになられたことを承りました。被相続人様が当行とお取引"
           "いただいていたお借入れについて、今後のお手続きをご案内いたします。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("被相続人", f"霜鳥　弘　様（{era(died)}ご逝去）"), ("ご連絡いただいた方", "霜鳥　里美　様（ご長女）"),
          ("お借入れの種類", "①住宅ローン（団体信用生命保険付）　②カードローン「かざみ」")], x=26, label_w=42, size=10)
    p.gap(2)
    for h, s in (("①住宅ローンについて", "団体信用生命保険の保険金によりご返済される見込みです。保険金請求のお手続きが完了"
                                    "するまでの間、ご返済は不要です（口座からのお引落しは停止しております）。"),
                 ("②カードローンについて", "団体信用生命保険の対象外です。ご相続人様には、相続放棄等のお手続きをされない限り、"
                                      "法定相続分に応じてお借入れを承継いただくことになります。お借入残高等の詳細は、ご相続人"
                                      "であることを確認させていただいた後に、書面でお知らせいたします。"),
                 ("ご提出いただく書類", "同封の「相続人確認書」に、被相続人様の出生から死亡までの戸籍謄本等を添えてご返送ください。"
                                    "家庭裁判所で相続放棄の申述をされた場合は、受理通知書の写しをお送りください。")):
        p.line("■ " + h, size=10.5, font="sans-bold", color=KAZAMI)
        p.para(s, x0=26, x1=192, size=9.6, indent="")
        p.gap(1.5)
    y = p.y + 1
    p.add(Box(20, y, 172, 12, 0.8, KAZAMI))
    p.at(24, y + 8, "ご返送のお願い", size=10.5, font="sans-bold", color=KAZAMI)
    p.at(60, y + 8.2, f"{era(reply)}（{wd(reply)}）までに相続人確認書をご返送ください", size=10.5)
    p.y = y + 17
    p.para("※本状はお借入れのご請求ではございません。相続放棄の申述期間（相続の開始を知った時から３か月以内）等については、"
           "弁護士・司法書士等の専門家にご相談ください。", size=8.8, indent="")
    p.gap(4)
    for s, sz in (("株式会社風見銀行　相続センター", 10.5), ("〒330-0000 埼玉県さいたま市浦和区月影町九丁目9番9号", 8.5),
                  ("フリーダイヤル 0120-000-227（平日9:00～17:00）　担当 風間", 9)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz == 10.5 else "sans")
    tr = truth(document_type="other", sender="株式会社風見銀行", phone="0120-000-227", creditor="株式会社風見銀行",
               status="not_applicable", debtor="霜鳥里美", lump=False, issued=issued, reference="KZ-0227-5519",
               input_kind="pdf_text", template="proxy30_bank_inheritance_notice_no_claim", received=D(2026, 3, 2))
    return dict(stem="am16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (bank's 相続 letter to the heir, claims nothing)",
                unusual="a bank's ご相続手続きについてのご案内 to the daughter of a deceased borrower: 被相続人 in a kv line with "
                        "the date of death; two loans named (住宅ローン covered by 団信, カードローン to be inherited) but NO "
                        "amount anywhere and 「本状はお借入れのご請求ではございません」; a framed ご返送のお願い with a date that "
                        "is NOT a payment date (payment_due null); the 3-month 相続放棄 period only as a rule in words")


LETTERS = [am09, am10, am11, am12, am13, am14, am15, am16]
