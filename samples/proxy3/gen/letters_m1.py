"""Proxy-3 letters m01–m08 (horizontal: servicers, 信用金庫, housing-loan guarantor, courts, settlement fax)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fmt_date as fd
from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, Page

fw = fullwidth


def _block(p, x, y, w, title, rows, label_w, size=9.5, bold_last=False):
    """A framed block with a shaded title bar and label/value rows; returns the bottom y."""
    lh = size * 0.3528 * 1.9
    p.box(x, y, w, lh + 1, color=None, fill=(0.86, 0.86, 0.86))
    p.at(x + 2, y + lh * 0.72, title, size=size, font="sans-bold")
    yy = y + lh + 1
    for i, (lab, val) in enumerate(rows):
        f = "sans-bold" if (bold_last and i == len(rows) - 1) else "sans"
        p.at(x + 2, yy + lh * 0.72, lab, size=size, font=f)
        p.at(x + w - 2, yy + lh * 0.72, val, size=size, font=f, align="r") if val.startswith("￥") else \
            p.at(x + 2 + label_w, yy + lh * 0.72, val, size=size, font=f)
        yy += lh
        p.box(x, yy, w, 0.01, width=0.15, color=GRAY)
    p.box(x, y, w, yy - y, width=0.35)
    return yy


# ---------------------------------------------------------------------------------------------
# m01 licensed servicer パルティール債権回収 (第113号) with a consumer-finance original creditor: letterhead at
#     the top with a thick double rule, slash dates, two framed blocks side by side, ￥…- amounts.


def m01():
    P, INT, R = 612_400, 18_233, 18.0
    L = late(P, R, D(2025, 2, 11), D(2025, 11, 20))
    T = P + INT + L
    p = Page(font="sans", size=10)
    p.at(20, 22, "パルティール債権回収株式会社", size=15, font="sans-bold")
    p.at(20, 28, "法務大臣許可番号　第113号", size=8.5)
    p.at(190, 18, "〒530-0000　大阪府大阪市北区しじみ橋九丁目9番9号", size=8.5, align="r")
    p.at(190, 22.5, "お客様相談室　TEL 06-0000-1130（平日9:30～17:30）", size=8.5, align="r")
    p.at(190, 27, "FAX 06-0000-1139", size=8.5, align="r")
    p.box(20, 31, 170, 0.6, width=0.2, fill=(0, 0, 0))
    p.box(20, 32.3, 170, 0.2, width=0.1, fill=(0, 0, 0))
    p.y = 37
    p.line("発行日　2025/11/21", align="r")
    p.line("〒273-0000")
    p.line("千葉県船橋市さざんか台九丁目9番9号　グリーンハイツ203")
    p.gap(1)
    p.line("東　雄一郎　様", size=13)
    p.title("ご請求書（残債務一括お支払いのお願い）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。当社は、株式会社はなみずきファイナンスが貴殿に対して"
           "有していた貸金債権を譲り受け、現在その管理回収を行っております。貴殿は既に期限の利益を喪失しており、"
           "当社からの再三のご案内にもかかわらずご入金をいただけておりません。")
    p.para("つきましては、下記「請求残高」全額を、お振込み期限までに一括にてお支払いくださいますようご請求申し上げます。"
           "ご事情によりお支払いが困難な場合は、お振込み期限までにお客様相談室へご相談ください。", )
    p.line("敬具", align="r")
    p.gap(2)
    top = p.y
    yl = _block(p, 20, top, 82, "■ お客様情報",
                [("管理ID", "PT-25-07741"), ("原債権者", "株式会社はなみずきファイナンス"),
                 ("債権譲受日", "2025/08/01"), ("最終入金年月日", "2024/12/25"), ("期限の利益喪失日", "2025/02/10")],
                label_w=29)
    yr = _block(p, 108, top, 82, "■ ご請求内容（2025/11/20現在）",
                [("ご請求元金", f"￥{P:,}-"), ("約定利息", f"￥{INT:,}-"), ("遅延損害金（年18.0%）", f"￥{L:,}-"),
                 ("請求残高", f"￥{T:,}-")], label_w=30, bold_last=True)
    p.y = max(yl, yr) + 3
    p.line("※遅延損害金は2025/02/11から2025/11/20まで、ご請求元金に対し年18.0%（365日日割）で計算しています。", size=8.5)
    p.line("※ご契約番号 HN-118-2203 は原債権者でのご契約番号です。お問い合わせの際は管理IDをお伝えください。", size=8.5)
    p.gap(3)
    p.box(20, p.y, 170, 20, width=0.5)
    p.gap(2)
    p.line("お振込み期限　　2025/12/05（金）", x=25, size=12, font="sans-bold")
    p.line("お振込先　　　　さくら橋銀行　梅田支店　普通預金　0000113　パルティールサイケンカイシュウ（カ", x=25, size=9.5)
    p.gap(6)
    p.para("なお、お振込み期限までにご入金又はご連絡がない場合には、法的手続（支払督促、訴訟等）に移行することが"
           "ございますので、あらかじめご了承ください。本書と行き違いにご入金済みの場合は、失礼をお詫び申し上げます。", size=9)
    p.gap(4)
    p.line("担当：回収第二グループ　森下", align="r", size=9)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="06-0000-1130", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社はなみずきファイナンス", debtor="東雄一郎", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2025, 11, 21), payment_due=D(2025, 12, 5),
               acceleration=D(2025, 2, 10), last_payment=D(2024, 12, 25), assignment=D(2025, 8, 1),
               reference="PT-25-07741", input_kind="pdf_text", template="proxy3_servicer_two_blocks",
               received=D(2025, 11, 25))
    return dict(stem="m01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr, about="collection_notice",
                unusual="real licensed servicer パルティール債権回収 (第113号) ★ on a letterhead with a double rule; two framed "
                        "blocks side by side (お客様情報 | ご請求内容); slash dates 2025/11/21; ￥…- amounts; labels 管理ID/"
                        "ご請求元金/約定利息/請求残高/最終入金年月日/お振込み期限; 原債権者 ご契約番号 distractor; FAX next to TEL")


# ---------------------------------------------------------------------------------------------
# m02 assignment notice from the assignee アビリオ債権回収 (第5号, printed full-width) on 2 pages: page 1 prose only,
#     page 2 the 債権の表示 table, a masked card number and a ご連絡期限 that is not a payment date.


def m02():
    P, INT, R = 384_220, 6_911, 14.6
    L = late(P, R, D(2025, 5, 13), D(2025, 10, 31))
    T = P + INT + L
    issued = D(2025, 11, 14)
    p = Page(font="sans", size=10.5)
    p.line(fd(issued, "kanji", weekday=True), align="r")
    p.gap(3)
    top = p.y
    p.line("〒950-0000")
    p.line("新潟県新潟市中央区みずき野九丁目9番9号")
    p.gap(1)
    p.line("小西　美帆　様", size=13)
    y_after = p.y
    p.y = top
    x = 118
    p.line("アビリオ債権回収株式会社", x=x, size=12, font="sans-bold")
    p.line("〒135-0000　東京都江東区かもめ台九丁目9番9号", x=x, size=8.5)
    p.line("法務大臣許可番号　" + fw("第5号"), x=x, size=8.5)
    p.line("債権管理部　電話 03-0000-5050", x=x, size=8.5)
    p.seal(182, top + 4, 13, "square", "アビリオ印", angle=4, seed=5005)
    p.y = max(p.y, y_after) + 6
    p.title("債権譲受けのご通知", size=16, spaced=True)
    p.para("謹啓　平素より格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("さて、貴殿が株式会社ひなげしカードとの間で締結されたカード会員契約に基づく債権につきまして、当社は"
           "令和7年10月31日付で同社から譲り受けました。譲渡人である同社からも、別途その旨のご通知が届いている"
           "ことと存じます。")
    p.para("これに伴い、今後のお支払い及びお問い合わせの窓口は当社となります。譲受債権の内容は別紙（2枚目）の"
           "とおりです。なお、同社の口座へのお振込みは今後お受けできませんので、ご注意ください。")
    p.para("つきましては、今後のお支払い方法についてご相談させていただきたく、お手数ながら下記ご連絡期限までに"
           "当社債権管理部までお電話をお願いいたします。")
    p.line("謹白", align="r")
    p.gap(4)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("お問合せ番号", "AB-88021-5"), ("ご連絡期限", fd(D(2025, 12, 5), "kanji", weekday=True)),
          ("受付時間", "平日 9:00～18:00（土日祝休）")], x=45, label_w=34, sep="：")
    p.gap(2)
    p.line("以上", align="r")
    p.gap(14)
    p.line("※本書は個人情報保護のため、ご本人様宛に親展にてお送りしております。", size=9, color=GRAY)
    p.line("※お電話の際はお問合せ番号をお知らせください。", size=9, color=GRAY)
    p2 = Page(font="sans", size=10.5)
    p2.line("（別紙）", size=10)
    p2.title("譲受債権の表示", size=14)
    p2.kv([("原債権者（譲渡人）", "株式会社ひなげしカード"),
           ("契約の種類", "カード会員契約（ショッピングリボ払い）"),
           ("カード番号", "4980-****-****-2361"),
           ("ご契約日", "平成28年6月3日"),
           ("最終入金年月日", "令和7年3月27日"),
           ("期限の利益喪失日", "令和7年5月12日"),
           ("債権譲渡日", "令和7年10月31日")], x=30, label_w=44, sep="")
    p2.gap(5)
    p2.line("譲受債権額（令和7年10月31日現在）", x=30, font="sans-bold")
    p2.gap(1)
    p2.table([["内訳", "金額", "備考"],
              ["残元金", f"{P:,}円", ""],
              ["利息", f"{INT:,}円", "手数料を含みます"],
              ["遅延損害金", f"{L:,}円", f"年{R}%（R7.5.13～R7.10.31）"],
              ["残債務額", f"{T:,}円", ""]],
             [40, 40, 70], x=30, header=True, aligns="lrl", size=10)
    p2.gap(3)
    p2.para("※令和7年11月1日以降も、残元金に対し年14.6%の割合による遅延損害金が日々発生いたします。", x0=30, size=9)
    p2.gap(12)
    p2.line("アビリオ債権回収株式会社　債権管理部", x=110, size=10)
    p2.line("電話 03-0000-5050　FAX 03-0000-5059", x=110, size=9)
    tr = truth(document_type="assignment_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="03-0000-5050", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社ひなげしカード", debtor="小西美帆", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None,
               acceleration=D(2025, 5, 12), last_payment=D(2025, 3, 27), assignment=D(2025, 10, 31),
               reference="AB-88021-5", input_kind="pdf_text_2page", template="proxy3_assignee_notice_2p",
               received=D(2025, 11, 17))
    return dict(stem="m02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="assignment_notice",
                unusual="債権譲受けのご通知 from the assignee alone, real servicer アビリオ債権回収 with full-width "
                        "第５号 ★; page 1 prose only with a ご連絡期限 (phone call, not a payment date → payment_due null); "
                        "page 2 別紙 with 原債権者（譲渡人）, masked card number, 平成 contract date, 3-column table "
                        "残元金/利息/遅延損害金/残債務額 with 備考; weekday dates 令和7年11月14日(金); お問合せ番号")


# ---------------------------------------------------------------------------------------------
# m03 信用金庫 期限の利益喪失通知: two loans in a 千円 table with items as rows and loans as columns, horizontal
#     kansuji dates, sender at the TOP LEFT above the addressee, 取引先番号, 元利合計 / ご請求総額.


def m03():
    # (principal, interest, late) in thousands for two loans
    A = (3_260, 21, 14)
    B = (487, 5, 2)
    P = (A[0] + B[0]) * 1000
    INT = (A[1] + B[1]) * 1000
    L = (A[2] + B[2]) * 1000
    T = P + INT + L
    k = lambda d: fd(d, "kansuji")  # noqa: E731
    p = Page(font="serif", size=10.5)
    p.line("みさき野信用金庫", size=13, font="serif-bold")
    p.line("東金支店　融資渉外課", size=9.5)
    p.line("千葉県東金市ひまわり台九丁目九番地九", size=9.5)
    p.line("電話　0475-000-4411", size=9.5)
    p.seal(82, 24, 15, "square", "みさき野信用金庫之印", angle=-3, seed=3303)
    p.gap(2)
    p.line(k(D(2025, 11, 17)), align="r")
    p.gap(4)
    p.line("千葉県山武市あじさい原九丁目九番九号", x=110)
    p.line("岡部　隆之　殿", x=110, size=13)
    p.gap(4)
    p.title("期限の利益喪失通知書", size=16)
    p.para("拝啓　貴殿ますますご清栄のこととお慶び申し上げます。")
    p.para("さて、貴殿は当金庫との信用金庫取引約定書に基づく下記借入金について、" + k(D(2025, 7, 25))
           + "のご入金を最後にその後の約定弁済を遅滞され、当金庫の再三の督促にもかかわらずお支払いがありません。")
    p.para("よって、同約定書第五条第二項の定めにより、貴殿は" + k(D(2025, 10, 31))
           + "をもって当金庫に対する一切の債務について期限の利益を喪失されましたので、本書をもって通知いたします。")
    p.para("つきましては、下記ご請求総額を" + fd(D(2025, 12, 5), "kansuji", weekday=True)
           + "までに一括してご返済ください。期日までにご返済がない場合は、保証人への請求及び担保権の実行等の"
           "法的措置をとらせていただきます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("取引先番号", "0412-00873"),
          ("期限の利益喪失日", k(D(2025, 10, 31))),
          ("最終入金年月日", k(D(2025, 7, 25)))], x=30, label_w=40, sep="")
    p.gap(2)
    p.line("ご請求明細（" + k(D(2025, 11, 17)) + "現在）", x=30, size=10)
    p.line("（単位：千円）", align="r", size=9)
    p.table([["項目", "証書貸付（No.21-0387）", "当座貸越（No.71-0044）", "計"],
             ["残債務額", f"{A[0]:,}", f"{B[0]:,}", f"{A[0] + B[0]:,}"],
             ["約定利息", f"{A[1]:,}", f"{B[1]:,}", f"{A[1] + B[1]:,}"],
             ["延滞損害金", f"{A[2]:,}", f"{B[2]:,}", f"{A[2] + B[2]:,}"],
             ["元利合計", f"{sum(A):,}", f"{sum(B):,}", f"{T // 1000:,}"]],
            [34, 46, 46, 30], x=27, header=True, aligns="lrrr", font="serif", size=10)
    p.gap(2)
    p.line(f"ご請求総額　　金{T:,}円", x=30, size=12, font="serif-bold")
    p.gap(1)
    p.line("※延滞損害金は年14.5％の割合（年365日の日割計算）により算出し、千円未満を切り捨てて表示しています。", size=8.5)
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="みさき野信用金庫", phone="0475-000-4411",
               creditor="みさき野信用金庫", status="not_applicable", debtor="岡部隆之", total=T, principal=P,
               interest=INT, late_damages=L, rate=14.5, lump=True, issued=D(2025, 11, 17), payment_due=D(2025, 12, 5),
               acceleration=D(2025, 10, 31), last_payment=D(2025, 7, 25), reference="0412-00873",
               input_kind="pdf_text", template="proxy3_shinkin_accel_sen", received=D(2025, 11, 19))
    return dict(stem="m03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr, about="acceleration_notice",
                unusual="信用金庫 期限の利益喪失通知書, sender block at the TOP LEFT above the date and the addressee on the "
                        "right; horizontal kansuji dates (令和七年十一月十七日, 十二月五日（金）); 千円 table transposed (items as "
                        "rows, two loans as columns, 計 column); labels 残債務額/約定利息/延滞損害金/元利合計 + ご請求総額 line "
                        "in full yen; 取引先番号; loan numbers as distractors")


# ---------------------------------------------------------------------------------------------
# m04 housing-loan guarantee company 代位弁済通知 (phone photo, strong perspective + hand shadow):
#     claim = 求償元金 + 求償利息 + 遅延損害金相当額, label：value with full-width colons, 保証番号 distractor.


def m04():
    PP, PI, R = 21_384_560, 96_228, 14.0
    L = late(PP, R, D(2025, 10, 21), D(2025, 11, 20))
    T = PP + PI + L
    p = Page(font="sans", size=10.5)
    p.line("令和7年11月21日", align="r")
    p.gap(2)
    p.line("〒811-0000　福岡県糟屋郡やまぶき町九丁目9番9号")
    p.line("水野　健太　様", size=13)
    p.gap(3)
    x = 110
    p.line("株式会社あさひが丘住宅ローン保証", x=x, size=11.5, font="sans-bold")
    p.line("債権管理部　求償グループ", x=x, size=9)
    p.line("〒810-0000　福岡市中央区くすの木通九丁目9-9", x=x, size=9)
    p.line("TEL 092-000-3310（直通）　FAX 092-000-3319", x=x, size=9)
    p.seal(186, p.y - 10, 14, "round", "あさひが丘|保証", angle=-8, seed=4404)
    p.gap(4)
    p.title("代位弁済のご通知及び求償債権のご請求について", size=14)
    p.para("貴殿が株式会社ときわ野銀行からお借入れの住宅ローンにつきまして、当社は保証委託契約に基づき連帯保証を"
           "行っておりました。貴殿が令和7年6月27日のご返済を最後にお支払いを遅滞されたため、同行は令和7年9月30日"
           "をもって貴殿の期限の利益を喪失させ、当社に保証債務の履行を請求しました。")
    p.para("当社は、令和7年10月20日に同行に対して代位弁済を行い、貴殿に対する求償債権を取得いたしました。"
           "つきましては、下記ご請求額の総額をお支払い期日までにお支払いください。今後のお支払い・ご相談窓口は"
           "当社となります。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("お問合せ番号", "HG-2025-1187"),
          ("保証番号", "T-0093-55120"),
          ("代位弁済日", "令和7年10月20日"),
          ("代位弁済額", f"{PP + PI:,}円（元金{PP:,}円・利息{PI:,}円）"),
          ("期限の利益喪失日", "令和7年9月30日"),
          ("最終ご返済日", "令和7年6月27日")], x=28, label_w=38, sep="：", size=10)
    p.gap(3)
    p.line("【ご請求額の内訳】令和7年11月20日現在", x=28, font="sans-bold")
    p.kv([("求償元金", f"金{PP:,}円"),
          ("求償利息", f"金{PI:,}円"),
          ("遅延損害金相当額", f"金{L:,}円"),
          ("総額", f"金{T:,}円")], x=34, label_w=40, sep="：", size=10.5)
    p.gap(1)
    p.line("※遅延損害金相当額は、求償元金に対する令和7年10月21日から11月20日までの年14.0％の割合による金額です。",
           x=28, size=8.5)
    p.gap(3)
    p.line("お支払い期日：令和7年12月10日（水）", x=28, size=12, font="sans-bold")
    p.gap(2)
    p.para("ご自宅の任意売却等によるご返済をご希望の場合も、お支払い期日までに必ずご連絡ください。"
           "期日までにご入金又はご連絡のない場合は、抵当権の実行（競売申立て）の手続きに入らせていただきます。", size=9.5)
    tr = truth(document_type="acceleration_notice", sender="株式会社あさひが丘住宅ローン保証", phone="092-000-3310",
               creditor="株式会社あさひが丘住宅ローン保証", status="not_applicable", original="株式会社ときわ野銀行",
               debtor="水野健太", total=T, principal=PP, interest=PI, late_damages=L, rate=R, lump=True,
               issued=D(2025, 11, 21), payment_due=D(2025, 12, 10), acceleration=D(2025, 9, 30),
               last_payment=D(2025, 6, 27), reference="HG-2025-1187", input_kind="photo_jpeg",
               template="proxy3_housing_guarantor_subrogation", received=D(2025, 11, 25))
    return dict(stem="m04", ext="jpg", kind="photo_jpeg", strong=True, pages=[p.spec], truth=tr,
                about="acceleration_notice (住宅ローン保証 代位弁済)",
                unusual="housing-loan guarantor 代位弁済 + 求償債権 claim, phone photo with STRONG keystone, ~5° tilt and a "
                        "hard hand shadow over the top-right; claim in label：value lines 求償元金/求償利息/遅延損害金相当額/"
                        "総額 (8-digit amounts); 代位弁済額 with its own 元金・利息 in one line; 保証番号 distractor; "
                        "お支払い期日 with weekday; TEL + FAX")


# ---------------------------------------------------------------------------------------------
# m05 支払督促 名古屋簡易裁判所 (one page, scanned): creditor SMBC債権回収 (registry, no number printed) ★ with the
#     original 信販 company in 請求の原因; compact two-column party block; court phone at the bottom.


def m05():
    P, INT, R, C = 928_115, 14_062, 14.6, 8_360
    L = late(P, R, D(2025, 2, 28), D(2025, 10, 31))
    T = P + INT + L + C
    p = Page(font="serif", size=9.5, top=16)
    p.line("令和7年（ロ）第4518号", size=10)
    p.title("支　払　督　促", size=17)
    p.table([["債　権　者", "東京都中央区ぎんなん通九丁目9番9号"],
             ["", "SMBC債権回収株式会社　代表者代表取締役　佐伯　正道　（電話 03-0000-1010）"],
             ["債　務　者", "愛知県春日井市ゆりの木町九丁目9番地9　中川　亮"]],
            [28, 142], aligns="ll", ruled="rows", font="serif", size=9.5)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。債務者がこの支払督促送達の日から2週間以内に督促異議の"
           "申立てをしないときは、債権者の申立てによって仮執行の宣言をする。", size=10)
    p.gap(1)
    p.line("請求の趣旨", font="serif-bold", size=10.5)
    p.table([["1", "残元金", f"金{P:,}円"],
             ["2", "未払利息", f"金{INT:,}円"],
             ["3", "確定遅延損害金（令和7年2月28日から令和7年10月31日まで）", f"金{L:,}円"],
             ["4", "督促手続費用", f"金{C:,}円"],
             ["", "合　計", f"金{T:,}円"]],
            [8, 117, 45], aligns="clr", ruled="grid", font="serif", size=9.5)
    p.gap(1)
    p.para("上記のほか、1の残元金に対する令和7年11月1日から支払済みまで年14.6%の割合による遅延損害金", size=9.5)
    p.gap(1)
    p.line("請求の原因", font="serif-bold", size=10.5)
    p.para("1　株式会社たちばな信販は、債務者との間で令和3年9月14日、カードローン契約を締結し、債務者に対し金銭を貸し付けた。"
           "約定：利息年14.9%、遅延損害金年14.6%、毎月27日限り分割弁済、分割金の支払を怠り催告を受けて"
           "なお支払わないときは期限の利益を失う。", size=9.5)
    p.para("2　債務者は、令和6年12月27日の支払を最後に支払をせず、催告を受けたが支払わないため、令和7年2月27日、"
           "期限の利益を喪失した。", size=9.5)
    p.para("3　株式会社たちばな信販は、令和7年6月16日、上記債権を債権者に譲渡し、同月20日到達の内容証明郵便で"
           "債務者にその旨を通知した。", size=9.5)
    p.para("4　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。", size=9.5)
    p.gap(3)
    p.line("令和7年11月19日", x=30, size=10)
    p.line("名古屋簡易裁判所", x=100, size=11, font="serif-bold")
    p.line("裁判所書記官　　大島　千里", x=100, size=10.5)
    p.seal(178, p.y - 6, 13, "square", "名古屋簡易裁判所書記官印", angle=2, seed=5505)
    p.gap(3)
    p.box(20, p.y, 170, 20, width=0.3)
    p.gap(2)
    p.para("（注意）この支払督促に不服があるときは、送達を受けた日から2週間以内に、この裁判所に督促異議を申し立てる"
           "ことができます。異議申立書の用紙は裁判所にあります。", x0=23, x1=187, size=9)
    p.line("問合せ先　名古屋簡易裁判所　民事第3係（督促）　電話 052-000-2381", x=23, size=9)
    tr = truth(document_type="payment_order", sender="名古屋簡易裁判所", phone="052-000-2381",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社たちばな信販", debtor="中川亮",
               total=T, principal=P, interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 11, 19),
               acceleration=D(2025, 2, 27), last_payment=D(2024, 12, 27), assignment=D(2025, 6, 16),
               reference="令和7年(ロ)第4518号", input_kind="scan_png", template="proxy3_payment_order_nagoya",
               received=D(2025, 11, 22))
    return dict(stem="m05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, about="payment_order",
                unusual="支払督促 (名古屋簡裁) squeezed on one scanned page; creditor SMBC債権回収 ★ (registry, no number "
                        "printed → licensed) with its phone in the rows-only party table; original 信販 only in 請求の原因 "
                        "with assignment date + a separate 通知到達 date; numbered 4-row claim grid + 合計; contract "
                        "interest 14.9% vs late rate 14.6%; court phone only in the 注意 box")


# ---------------------------------------------------------------------------------------------
# m06 仮執行宣言付支払督促 神戸簡易裁判所 (2 pages): declaration page first, claim table on page 2 with two cost
#     lines and a 手続費用小計; creditor = consumer-finance company.


def m06():
    P, INT, R = 402_338, 9_877, 20.0
    L = late(P, R, D(2025, 6, 11), D(2025, 9, 30))
    C1, C2 = 5_630, 1_194
    C = C1 + C2
    T = P + INT + L + C
    p = Page(font="serif", size=10.5)
    p.line("令和7年(ロ)第2207号　貸金請求督促事件", size=10)
    p.title("仮執行宣言付支払督促", size=17, spaced=False)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=25, label_w=45)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.gap(2)
    p.line("令和7年10月8日", x=25)
    p.line("神戸簡易裁判所　裁判所書記官　　川端　悠", x=80)
    p.gap(6)
    p.para("上記支払督促に対し、債務者から督促異議の申立てがなく、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(1)
    p.line("仮執行宣言", align="c", font="serif-bold", size=12)
    p.para("本支払督促に対し仮執行の宣言をする。仮執行宣言前の督促手続費用は金" + f"{C1:,}" + "円、仮執行宣言の手続費用は金"
           + f"{C2:,}" + "円とする。")
    p.gap(2)
    p.line("令和7年11月26日", x=25)
    p.line("神戸簡易裁判所", x=80, size=12, font="serif-bold")
    p.line("裁判所書記官　　川端　悠", x=80)
    p.seal(170, p.y - 8, 13, "square", "神戸簡易裁判所書記官印", angle=-2, seed=6606)
    p.gap(6)
    p.line("当事者目録", align="c", font="serif-bold")
    p.table([["債権者", "大阪府大阪市西区かきつばた町九丁目9番9号"],
             ["", "株式会社しおかぜローン　代表者代表取締役　潮田　健吾"],
             ["", "（送達場所）同社管理部　電話 06-0000-7420　FAX 06-0000-7421"],
             ["債務者", "兵庫県明石市はまなす台九丁目9番9-402"],
             ["", "田村　早苗"]], [24, 146], aligns="ll", ruled="none", font="serif", size=10)
    p.gap(5)
    p.box(20, p.y, 170, 24, width=0.4)
    p.gap(2)
    p.para("（注意）この仮執行宣言付支払督促の送達を受けた日から2週間以内に督促異議の申立てをしないと、支払督促は確定判決と"
           "同一の効力を有することになります。異議の申立ては神戸簡易裁判所にしてください。", x0=23, x1=187, size=9.5)
    p.line("神戸簡易裁判所　民事督促係　電話 078-000-4632", x=23, size=9.5)
    p2 = Page(font="serif", size=10.5)
    p2.line("請求の趣旨及び原因", align="c", size=13, font="serif-bold")
    p2.gap(3)
    p2.line("請求の趣旨", font="serif-bold")
    p2.table([["", "項目", "金額"],
              ["1", "残元金", fw(f"{P:,}円")],
              ["2", "利息（令和7年3月11日から令和7年6月10日まで）", fw(f"{INT:,}円")],
              ["3", "遅延損害金（令和7年6月11日から令和7年9月30日まで）", fw(f"{L:,}円")],
              ["4", "督促手続費用", fw(f"{C1:,}円")],
              ["5", "仮執行宣言手続費用", fw(f"{C2:,}円")],
              ["", "手続費用小計（4＋5）", fw(f"{C:,}円")],
              ["", "合計（1＋2＋3＋手続費用小計）", fw(f"{T:,}円")]],
             [8, 112, 50], aligns="clr", header=True, font="serif", size=10)
    p2.gap(2)
    p2.para("上記金額のほか、1の残元金に対する令和7年10月1日から支払済みまで年20.0％の割合による遅延損害金")
    p2.gap(3)
    p2.line("請求の原因", font="serif-bold")
    p2.para("1　債権者は、債務者に対し、令和4年2月15日、極度額50万円の限度貸付契約に基づき金員を貸し付けた"
            "（約定利率年17.8％、遅延損害金年20.0％、毎月10日限り元利金を返済、返済を怠ったときは催告により"
            "期限の利益を喪失する）。")
    p2.para("2　債務者は、令和7年3月10日の返済を最後にその後の返済をせず、令和7年6月10日、期限の利益を喪失した。")
    p2.para("3　よって、債権者は債務者に対し請求の趣旨記載の金員の支払を求める。")
    tr = truth(document_type="payment_order_enforceable", sender="神戸簡易裁判所", phone="078-000-4632",
               creditor="株式会社しおかぜローン", status="not_applicable", debtor="田村早苗", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 11, 26),
               acceleration=D(2025, 6, 10), last_payment=D(2025, 3, 10), reference="令和7年(ロ)第2207号",
               input_kind="pdf_text_2page", template="proxy3_enforceable_kobe_2p", received=D(2025, 11, 28))
    return dict(stem="m06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="payment_order_enforceable",
                unusual="仮執行宣言付支払督促 (神戸簡裁) with 支払督促 date 10/8 and 仮執行宣言 date 11/26 (issued) on page 1; "
                        "the two cost amounts also in the declaration prose; creditor consumer-finance with 送達場所 phone+FAX "
                        "in the 当事者目録; page 2 claim grid with full-width amounts, 利息 window, 督促手続費用 + "
                        "仮執行宣言手続費用 and a 手続費用小計 row (costs = 小計); 極度額50万円 and 17.8% distractors")


# ---------------------------------------------------------------------------------------------
# m07 横浜地方裁判所川崎支部 (ワ) 口頭弁論期日呼出状 (page 1) + 訴状 excerpt (page 2), plaintiff card company.


def m07():
    P, FEE, R = 1_402_115, 38_640, 14.6
    L = late(P, R, D(2025, 4, 28), D(2025, 11, 5))
    T = P + FEE + L
    p = Page(font="serif", size=10.5)
    p.line("事件番号　令和7年(ワ)第612号　立替金等請求事件", size=10)
    p.line("原　告　株式会社ナナカマドカード", size=10)
    p.line("被　告　村井　聡", size=10)
    p.gap(4)
    p.line("神奈川県川崎市高津区かたくり坂九丁目9番9号", x=25)
    p.line("被告　村井　聡　殿", x=25, size=12.5)
    p.gap(2)
    p.line("令和7年12月2日", align="r")
    p.line("横浜地方裁判所川崎支部民事部　", align="r")
    p.line("裁判所書記官　　野々村　葵", align="r")
    p.seal(190, p.y - 6, 12, "square", "横浜地方裁判所川崎支部", angle=1, seed=7707)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められ"
           "ましたので、同期日に出頭してください。なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["期　　日", fd(D(2026, 1, 20), "kanji", weekday=True) + "　午後1時10分"],
             ["出頭場所", "当支部　2階　第5号法廷"],
             ["答弁書提出期限", fd(D(2026, 1, 9), "kanji", weekday=True)],
             ["担　　当", "民事部　合議B係　電話044-000-2715（内線31）"]],
            [38, 122], x=25, aligns="ll", shade_col0=True, size=10.5, font="serif")
    p.gap(4)
    p.para("（注意）", size=9.5)
    p.para("1　答弁書を提出しないで期日に欠席すると、訴状に書かれた原告の言い分を認めたものとして、原告の請求どおりの"
           "判決がされることがあります。", size=9.5)
    p.para("2　出頭の際は、この呼出状と印鑑をお持ちください。", size=9.5)
    p.para("3　問合せの際は、事件番号をお知らせください。", size=9.5)
    p2 = Page(font="serif", size=10.5)
    p2.title("訴　　状", size=16)
    p2.line("令和7年11月12日", align="r")
    p2.line("横浜地方裁判所川崎支部　御中", x=20)
    p2.line("原告　株式会社ナナカマドカード　代表者代表取締役　七竈　和也", x=70, size=10)
    p2.line("東京都新宿区もくれん坂九丁目9番9号　電話 03-0000-7781　FAX 03-0000-7782", x=70, size=8.5)
    p2.gap(2)
    p2.line("第1　請求の趣旨", font="serif-bold")
    p2.para(f"1　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和7年11月6日から支払済みまで"
            "年14.6%の割合による金員を支払え。")
    p2.para("2　訴訟費用は被告の負担とする。")
    p2.para("との判決並びに仮執行の宣言を求める。")
    p2.gap(2)
    p2.line("第2　請求の原因", font="serif-bold")
    p2.para("1　原告は、被告との間で平成30年4月2日にカード会員契約を締結し、被告の委託に基づき加盟店に立替払をした。")
    p2.para("2　被告は令和7年2月27日の支払を最後にその後の支払を怠り、令和7年4月27日の経過により期限の利益を喪失した"
            "（同日付催告書による催告期間の満了）。")
    p2.para("3　令和7年11月5日時点の未払金は次のとおりである。")
    p2.table([["費目", "金額"],
              ["立替金残元金", f"{P:,}円"],
              ["未払手数料", f"{FEE:,}円"],
              ["遅延損害金（令和7年4月28日～令和7年11月5日、年14.6%）", f"{L:,}円"],
              ["請求額合計", f"{T:,}円"]],
             [120, 45], x=25, header=True, aligns="lr", font="serif", size=10)
    p2.gap(2)
    p2.para("4　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。")
    p2.gap(2)
    p2.line("訴訟物の価額　金" + f"{T:,}" + "円　　貼用印紙額　金14,000円", size=9.5)
    tr = truth(document_type="lawsuit", sender="横浜地方裁判所川崎支部", phone="044-000-2715",
               creditor="株式会社ナナカマドカード", status="not_applicable", debtor="村井聡", total=T, principal=P,
               interest=FEE, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 2), acceleration=D(2025, 4, 27),
               last_payment=D(2025, 2, 27), hearing=D(2026, 1, 20), reference="令和7年(ワ)第612号",
               input_kind="pdf_text_2page", template="proxy3_district_branch_summons_2p", received=D(2025, 12, 4))
    return dict(stem="m07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr, about="lawsuit",
                unusual="横浜地裁 川崎支部 (branch name) 呼出状 with 事件番号 label + parties header; 期日 in a shaded-label "
                        "table with weekday + 午後1時10分 and 答弁書提出期限 row; court phone with 内線; 訴状 on p.2 dated "
                        "11/12 ≠ 呼出状 12/2; plaintiff card company with phone+FAX on p.2; 立替金残元金/未払手数料 (= interest)/"
                        "遅延損害金/請求額合計; 印紙額 14,000円 distractor")


# ---------------------------------------------------------------------------------------------
# m08 consumer-finance settlement proposal sent by fax: JIS dates R7.11.28, 回答期限, 総額 vs 和解金額, table of
#     proposed instalments; fax header with the FAX number.


def m08():
    P, INT, R = 538_900, 21_412, 20.0
    L = late(P, R, D(2025, 7, 29), D(2025, 11, 27))
    T = P + INT + L
    n = 36
    first = 15_000
    rest = (P - first) // (n - 1)
    last = P - first - rest * (n - 2)
    p = Page(font="sans", size=10.5)
    p.line("R7.11.28", align="r")
    p.line("吉川　智子　様", size=13)
    p.line("お問合せ番号：MF-0937714", size=10)
    p.gap(1)
    x = 115
    p.line("株式会社みなづきファイナンス", x=x, size=12, font="sans-bold")
    p.line("お客様サポートセンター　担当：宇野", x=x, size=9)
    p.line("TEL 06-0000-8810　FAX 06-0000-8812", x=x, size=9)
    p.line("近畿財務局長(4)第00917号　日本貸金業協会会員第00-1234号", x=x, size=8)
    p.gap(3)
    p.title("お支払い方法変更（分割弁済）のご提案", size=14.5)
    p.para("先日はお電話にてご事情をお聞かせいただき、ありがとうございました。ご相談の内容を踏まえ、当社では下記のとおり"
           "お支払い方法の変更（和解）をご提案いたします。ご承諾いただける場合は、同封の和解承諾書にご署名・ご押印の上、"
           "回答期限までにご返送（FAX可）ください。")
    p.gap(1)
    p.line("1．現在のご請求額（R7.11.27現在）", font="sans-bold")
    p.table([["元金", "利息", "延滞損害金（年20.0%）", "総額"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 38, 48, 44], x=22, header=True, aligns="rrrr", size=10)
    p.line("最終入金年月日 R7.5.26　／　期限の利益喪失日 R7.7.28", x=22, size=9)
    p.gap(2)
    p.line("2．ご提案内容", font="sans-bold")
    p.kv([("和解金額", f"{P:,}円（利息・延滞損害金 計{INT + L:,}円は、和解条項どおりのお支払いを条件に免除）"),
          ("お支払い回数", f"{n}回（毎月27日払い）"),
          ("第1回", f"{first:,}円（R8.1.27）"),
          (f"第2回～第{n - 1}回", f"各{rest:,}円"),
          (f"第{n}回（最終回）", f"{last:,}円（R10.12.27）")], x=26, label_w=40, size=10)
    p.gap(2)
    p.box(20, p.y, 170, 12, width=0.6)
    p.gap(3)
    p.line("回答期限　R7.12.12（金）必着", x=26, size=12.5, font="sans-bold")
    p.gap(5)
    p.para("回答期限までにご返送がない場合は、本ご提案はなかったものとさせていただき、総額の一括お支払いをお願いする"
           "ことになりますのでご了承ください。", size=9.5)
    tr = truth(document_type="settlement_proposal", sender="株式会社みなづきファイナンス", phone="06-0000-8810",
               creditor="株式会社みなづきファイナンス", status="not_applicable", debtor="吉川智子", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2025, 11, 28), payment_due=D(2025, 12, 12),
               acceleration=D(2025, 7, 28), last_payment=D(2025, 5, 26), reference="MF-0937714",
               input_kind="fax_tiff", template="proxy3_settlement_fax", received=D(2025, 11, 28))
    return dict(stem="m08", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr, about="settlement_proposal",
                fax_header="2025/11/28 10:22  FROM: MINAZUKI FIN  06-0000-8812",
                unusual="consumer-finance 分割弁済 (和解) proposal as a 1-page G4 fax; JIS dates R7.11.28 / R7.12.12（金）; "
                        "one-row horizontal table 元金/利息/延滞損害金/総額; 和解金額 = 元金 with 免除 of the rest; instalment "
                        "dates R8/R10 (not due dates); 回答期限 = payment_due; 最終入金年月日 and 期限の利益喪失日 in one "
                        "slash line; 貸金業登録番号 + 協会会員番号; fax header with FAX number")
