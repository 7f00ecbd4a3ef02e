"""Proxy set 59, letters bp01–bp08: "a month of mail, third round" (June 2027, 令和9年6月). Every household is
different: a card company's 督促状 photographed, a real servicer's ご請求書 with colon lists and the sender at the
bottom, an invented servicer's 催告書 by fax with the sender top-LEFT, a consumer lender's ご連絡 photographed sideways,
a bank's 期限の利益喪失のご通知 scanned, a 簡裁 (ハ) 呼出状 with its 訴状, a 支払督促 on one page and a
仮執行宣言付支払督促 of two pages."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    late,
    qr,
    stamp,
    text_width,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
PLUM = (0.42, 0.12, 0.38)
OLIVE = (0.33, 0.40, 0.10)
BROWN = (0.45, 0.25, 0.08)
SLATE = (0.20, 0.28, 0.36)
CRIMSON = (0.70, 0.05, 0.15)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def stamp_fee(claim: int) -> int:
    """訴え提起の手数料 (民事訴訟費用等に関する法律 別表第一) for a claim up to 1,000,000 yen: 1,000 yen per 100,000 yen;
    a 支払督促 costs half of it."""
    assert claim <= 1_000_000
    return 1_000 * -(-claim // 100_000)


def weekday_ok(*ds: D) -> None:
    """Due dates and court dates fall on a weekday (June 2027 has no holiday)."""
    for d in ds:
        assert d.weekday() < 5, d


# ---------------------------------------------------------------------------------------------
# bp01 card company 督促状: one missed 引落, the total in a reverse bar, phone photo on a desk.


def bp01():
    R = 14.6
    issued, due, missed, lastp, nxt = D(2027, 6, 1), D(2027, 6, 10), D(2027, 5, 27), D(2027, 4, 27), D(2027, 6, 28)
    weekday_ok(due, missed, lastp, nxt)
    P, I = 21_300, 3_842
    L = late(P, R, missed + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(122, 12, 74, 13, color=None, fill=PLUM))
    p.at(159, 20.8, "ORBITA  CARD", size=16, font="sans-bold", color=WHITE, align="c")
    for i, s in enumerate(["株式会社オルビタカード　お客様センター", "〒150-0000 東京都渋谷区しそ坂1丁目7番3号",
                           "督促専用ダイヤル 0120-000-318", "（平日 9:30～18:00／土日祝休）"]):
        p.at(196, 30 + i * 4.2, s, size=8, align="r")
    window(p, 15, 14, "330-0000", ["埼玉県さいたま市大宮区はっか台4丁目8番2号"], "銭谷　彩花　様", "bp01-win",
           w=90, h=34, code="C0601-2A  料金後納")
    p.at(196, 52, wdate(issued), size=10, align="r")
    p.at(196, 57, "お問合せ番号　OB-2706-4412", size=10, align="r")
    p.y = 63
    stamp(p, 15, p.y, "重要", color=PLUM, size=11, h=8)
    p.y += 10
    p.title("お支払いのお願い（督促状）", size=15, color=PLUM)
    p.para(f"いつもオルビタカードをご利用いただき、ありがとうございます。{missed.month}月{missed.day}日（{wd(missed)}）の"
           "口座振替日に、ご指定の口座からお引落しができませんでした。お手数ですが、下記のご請求合計をお振込期限までに"
           "お振込みくださいますよう、お願い申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    rows = [("ご請求元金（ショッピング・キャッシング）", P), ("分割・リボ払手数料", I),
            (f"遅延損害金（年{R}％・{(missed + timedelta(1)).month}/{(missed + timedelta(1)).day}～{issued.month}/{issued.day}）", L)]
    for i, (lab, v) in enumerate(rows):
        yy = y + i * 8
        p.add(Line(20, yy + 8, 190, yy + 8, 0.2, GRAY))
        p.at(23, yy + 5.6, lab, size=10)
        p.at(187, yy + 5.6, f"{v:,}円", size=10.5, align="r")
    yy = y + 3 * 8 + 1.5
    p.add(Box(20, yy, 170, 10, color=None, fill=PLUM))
    p.at(23, yy + 7, "ご請求合計", size=11.5, font="sans-bold", color=WHITE)
    p.at(187, yy + 7.3, f"{T:,}円", size=14, font="sans-bold", color=WHITE, align="r")
    p.y = yy + 15
    p.add(Box(20, p.y, 170, 13, 0.8, PLUM))
    p.at(25, p.y + 8.5, "お振込期限", size=11, font="sans-bold", color=PLUM)
    p.at(60, p.y + 8.8, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(186, p.y + 8.5, "※期限までに必着", size=8.5, align="r")
    p.y += 18
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("るり銀行　渋谷しそ坂支店　普通預金 3308172　口座名義 カ）オルビタカード　※ご依頼人名の前に、お問合せ番号の"
           "数字（27064412）をご入力ください。振込手数料はお客様のご負担となります。", size=9, indent="")
    p.gap(2)
    p.line("ご参考（ご請求時点のご利用状況）", size=9.5, font="sans-bold")
    p.table([["カード番号", "4980-****-****-2215", "ご利用可能枠", "300,000円"],
             ["リボ払いご利用残高", "286,400円", "最終ご入金日", f"{wdate(lastp)}（口座振替）"],
             ["次回口座振替日", f"{wdate(nxt)}（{wd(nxt)}）", "次回ご請求予定額", "18,600円"]],
            [36, 50, 36, 48], x=20, size=8.5, row_h=6.6, aligns="llll", shade_col0=False)
    p.gap(3)
    p.para("お振込期限までにお支払いが確認できない場合は、カードのご利用を引き続き停止させていただくほか、会員規約に"
           "基づき残高全額を一括してご請求することがございます。また、信用情報機関に延滞の事実が登録されます。", size=9)
    p.para("本状と行き違いにお支払いいただいた場合は、何卒ご容赦ください。", size=9)
    qr(p, 176, 258, 20, "bp01-qr")
    p.at(172, 272, "お支払い方法のご案内はこちら", size=7, align="r")
    p.at(15, 283, "貸金業者登録番号　関東財務局長(3)第01288号　／　日本貸金業協会会員　第005127号", size=6.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社オルビタカード", phone="0120-000-318",
               creditor="株式会社オルビタカード", status="not_applicable", debtor="銭谷彩花", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="OB-2706-4412", input_kind="photo_jpeg",
               template="proxy59_card_dunning_reverse_total_bar_photo", received=D(2027, 6, 3))
    return dict(stem="bp01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (card company 督促状, one missed 引落)",
                unusual="phone photo on a pale desk with tri-fold creases and the phone's shadow at the bottom; a plum brand "
                        "band 「ORBITA CARD」 top-RIGHT with the sender lines under it and a window address top-left with "
                        "bars and a mailing code; western 年月日 dates; three hairline rows (ご請求元金（ショッピング・キャッシ"
                        "ング） / 分割・リボ払手数料 / 遅延損害金 with its month/day window inside the label) and the total in a "
                        "REVERSE (white-on-plum) bar 「ご請求合計」; 「お振込期限」 in a framed bar; the last payment only in a "
                        "ご参考 grid together with ご利用可能枠 300,000, リボ残高 286,400, 次回口座振替日 6/28 and 次回ご請求予定額 "
                        "18,600 (distractors); the 8-digit form of the お問合せ番号 in the transfer note; a QR")


# ---------------------------------------------------------------------------------------------
# bp02 ニッテレ債権回収 (real) ご請求書: colon label lines, the sender block at the BOTTOM.


def bp02():
    R = 18.0
    issued, due = D(2027, 6, 2), D(2027, 6, 16)
    acc, lastp, assign = D(2025, 11, 20), D(2025, 9, 26), D(2026, 3, 31)
    weekday_ok(due)
    P, I = 412_880, 11_204
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"通知日：{era(issued)}({wd(issued)})", size=10, align="r")
    p.at(196, 23.5, "債権管理番号：NT-27-004518", size=10, align="r")
    p.at(20, 26, "〒273-0000", size=10)
    p.at(20, 31, "千葉県船橋市みょうが町2丁目11番5号", size=10)
    p.at(26, 40, "嶋北　恭平　様", size=14)
    p.y = 48
    p.title("ご　請　求　書", size=18, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10.3)
    p.para(f"当社は、{era(assign)}、株式会社ハーヴェストローン（以下「原債権者」といいます。）から、原債権者が貴殿に対して"
           "有する貸金債権を譲り受けました。その旨は原債権者から貴殿あてに通知されております。", size=10.3)
    p.para(f"貴殿は、{era(lastp)}のご入金を最後にお支払いがなく、{era(acc)}をもって期限の利益を喪失されております。"
           f"つきましては、下記のご請求金額を{era(due)}({wd(due)})までに、一括してお支払いくださいますようご請求いたします。"
           "ご事情によりお支払いが難しい場合は、必ず期日までに担当者へご連絡ください。", size=10.3)
    p.line("敬具", size=10.3, align="r")
    p.line("記", size=10.5, align="c")
    p.gap(1)
    xl, xc, xv = 30, 86, 92
    lines = [("残元金", f"金{P:,}円"), ("利息（期限の利益喪失日まで）", f"金{I:,}円"), ("遅延損害金", f"金{L:,}円"),
             ("", f"（{era(acc + timedelta(1))}から{era(issued)}まで　年{R}％）"), ("ご請求金額合計", f"金{T:,}円"),
             ("お支払期日", f"{era(due)}({wd(due)})"),
             ("お振込先", "るり銀行　本店営業部　普通預金　7040518"), ("", "口座名義　ニツテレサイケンカイシユウ（カ"),
             ("原契約", "平成31年3月8日付金銭消費貸借契約（当初貸付額 金500,000円）"),
             ("原契約番号", "HV-0190308-22")]
    for lab, val in lines:
        base = p.y + 10.3 * 0.3528
        bold = lab in ("ご請求金額合計", "お支払期日")
        f = "serif-bold" if bold else "serif"
        if lab:
            p.at(xl, base, "・" + lab, size=10.3, font=f)
            p.at(xc, base, "：", size=10.3, font=f)
        p.at(xv, base, val, size=9.2 if val.startswith("（") else 10.3, font=f)
        p.y += 10.3 * 0.3528 * 1.75
        if lab == "ご請求金額合計":
            p.add(Line(xv, p.y - 2.2, xv + 48, p.y - 2.2, 0.4))
    p.line("以上", size=10.3, align="r")
    p.gap(2)
    p.para("※遅延損害金は、お支払いの日まで日々加算されます。お支払い前にお電話で金額をご確認ください。", size=9, indent="")
    p.para("※当社からの電話・郵便は、ご本人様以外のご家族には債務の内容をお伝えいたしません。", size=9, indent="")
    y = 244
    p.add(Line(20, y, 190, y, 0.6))
    p.at(20, y + 8, "ニッテレ債権回収株式会社", size=13, font="serif-bold")
    p.at(20, y + 14, "管理第二部　担当　石曽根", size=10)
    p.at(20, y + 19.5, "法務大臣許可番号　第7号", size=9.5)
    p.at(20, y + 25, "〒104-0000　東京都中央区ういきょう町3丁目4番1号　ういきょうビル6階", size=9.5)
    p.at(20, y + 31, "TEL 0120-000-707（受付 平日9:00～18:00）", size=10.5, font="serif-bold")
    p.seal(176, y + 18, 20, "square", "ニッテレ債権回収株式会社之印", angle=1.5, seed=59021)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社ハーヴェストローン", debtor="嶋北恭平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="NT-27-004518", input_kind="pdf_text",
               template="proxy59_real_servicer_colon_list_sender_bottom", received=D(2027, 6, 4))
    return dict(stem="bp02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer ご請求書, lump sum)",
                unusual="real servicer ★ ニッテレ債権回収株式会社 with 「法務大臣許可番号　第7号」 ONLY in the sender block at "
                        "the BOTTOM under a rule (no letterhead at the top); colon labels top-right (通知日： with a half-width "
                        "weekday, 債権管理番号：); serif 拝啓 … 敬具 with the 譲受, last payment, 喪失 and due date in the prose; "
                        "記 as 「・label　：　value」 lines (残元金 / 利息（期限の利益喪失日まで） / 遅延損害金 with its window on "
                        "the next line / ご請求金額合計 / お支払期日); the 原契約 平成31年 with 当初貸付額 金500,000円 and the "
                        "原契約番号 as distractors")


# ---------------------------------------------------------------------------------------------
# bp03 サフラン債権回収 (invented) 催告書 by fax: sender block top-LEFT, addressee top-right, ①②③ lines in the prose.


def bp03():
    R = 20.0
    issued, due = D(2027, 6, 7), D(2027, 6, 18)
    acc, lastp, assign = D(2026, 8, 5), D(2026, 6, 10), D(2027, 1, 29)
    weekday_ok(due, issued)
    P, I = 286_400, 9_870
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    # the sender block at the top LEFT
    p.add(Line(15, 14, 15, 48, 1.2))
    p.at(19, 19, "サフラン債権回収株式会社", size=13, font="serif-bold")
    p.at(19, 24.5, fw("法務大臣許可番号　第274号"), size=9.5)
    p.at(19, 29.5, "〒460-0000 愛知県名古屋市中区わさび沢2丁目3番8号", size=9)
    p.at(19, 34.5, "債権管理部　担当　烏谷", size=9)
    p.at(19, 39.5, "電話 052-000-2741　ＦＡＸ 052-000-2742", size=9.5)
    p.at(19, 44.5, "（受付時間　平日 9時～17時30分）", size=8.5)
    p.seal(108, 24, 14, "square", "サフラン債権回収株式会社印", angle=-2, seed=59031)
    # the addressee on the RIGHT
    p.at(196, 19, f"{era(issued)}", size=10.5, align="r")
    p.at(196, 25, "受付No.　SF-0607-231", size=10.5, align="r")
    p.add(Box(118, 31, 78, 18, 0.3))
    p.at(121, 37, "〒501-0000 岐阜県岐阜市ゆず台5丁目6番12号", size=8.8)
    p.at(126, 45, "江渡　健吾　様", size=13.5)
    p.y = 56
    p.title("催　告　書", size=18, font="serif-bold")
    p.para(f"当社は、{era(assign)}付で、株式会社クローブファイナンス（以下「原債権者」）から貴殿に対する貸金債権を"
           "譲り受け、その管理回収を行っております。", size=10.3)
    p.para(f"貴殿は、原債権者との間の金銭消費貸借契約に基づく返済を{era(lastp)}のご入金を最後に怠り、{era(acc)}の経過に"
           "より期限の利益を喪失しております。当社からの再三のご案内にもかかわらず、現在までお支払いもご連絡もいただいて"
           "おりません。", size=10.3)
    p.para("本日現在の貴殿のご債務は、次のとおりです。", size=10.3)
    p.gap(1)
    items = [("①", "元　金", P, ""), ("②", "利　息", I, "（期限の利益喪失日まで）"),
             ("③", "遅延損害金", L, f"（{era(acc + timedelta(1))}から本日まで、年{R:.0f}％）")]
    for mark, lab, v, note in items:
        base = p.y + 10.3 * 0.3528
        p.at(34, base, f"{mark}　{lab}", size=10.5)
        p.at(110, base, f"金{v:,}円", size=10.5, align="r")
        p.at(114, base, note, size=8.5)
        p.y += 6.2
    p.add(Line(34, p.y + 0.4, 112, p.y + 0.4, 0.4))
    p.y += 1.6
    base = p.y + 10.3 * 0.3528
    p.at(34, base, "合計（①＋②＋③）", size=10.5, font="serif-bold")
    p.at(110, base, f"金{T:,}円", size=11.5, font="serif-bold", align="r")
    p.y += 9
    p.para(f"つきましては、上記合計額を{era(due)}（{wd(due)}）必着にて、下記口座へお振込みくださいますよう、本書をもって"
           "催告いたします。お支払いが困難な事情がおありの場合は、同日までに必ず担当者あてご連絡ください。", size=10.3)
    p.para("上記期日までにお支払いもご連絡もない場合には、やむを得ず、貴殿の住所地を管轄する裁判所に対し、支払督促の"
           "申立てその他の法的手続を執ることになりますので、念のため申し添えます。", size=10.3)
    p.gap(2)
    p.line("【お振込先】", size=10, font="serif-bold")
    p.para("るり銀行　名古屋駅前支店　当座預金　0224710　口座名義　サフランサイケンカイシュウ（カ", x0=25, size=10,
           indent="")
    p.para("※お振込みの際は、ご依頼人名の前に受付No.の数字「0607231」を入力してください。", x0=25, size=9, indent="")
    p.gap(2)
    p.line("【原契約の表示】", size=10, font="serif-bold")
    p.para("契約日　令和3年10月22日　　契約番号　CL-21-58803　　当初貸付額　金400,000円　　約定利率　年17.8％",
           x0=25, size=9.5, indent="")
    p.gap(3)
    p.para("本書と行き違いにお支払いいただいた場合には、悪しからずご容赦ください。", size=9.5)
    tr = truth(document_type="collection_notice", sender="サフラン債権回収株式会社", license_number=274,
               phone="052-000-2741", creditor="サフラン債権回収株式会社", status="unverified",
               original="株式会社クローブファイナンス", debtor="江渡健吾", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SF-0607-231", input_kind="fax_tiff",
               template="proxy59_invented_servicer_fax_sender_top_left", received=issued)
    return dict(stem="bp03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 15:12 SAFFRAN SAIKEN 052-000-2742",
                about="collection_notice (invented servicer 催告書, one-page fax)",
                unusual="one-page G4 fax in serif; INVENTED servicer 「サフラン債権回収株式会社」 with 「法務大臣許可番号　"
                        "第２７４号」 in full-width (→ unverified) in a sender block at the top LEFT behind a heavy vertical "
                        "rule, with 電話 and ＦＡＸ on one line; the date, 受付No. and the FRAMED addressee on the RIGHT; spaced "
                        "title 催　告　書; the debt as ①②③ lines inside the prose with the notes after the amounts and a "
                        "「合計（①＋②＋③）」; the due date only in the prose 「…（金）必着」; a 当座預金 account, the 7-digit "
                        "form of the 受付No. and 【原契約の表示】 (令和3年, 金400,000円, 年17.8％) as distractors; the fax header "
                        "shows the FAX")


# ---------------------------------------------------------------------------------------------
# bp04 consumer lender ご連絡: two missed instalments, the TOTAL FIRST, sender at the BOTTOM; photo stored sideways.


def bp04():
    R = 20.0
    issued, due = D(2027, 6, 3), D(2027, 6, 14)
    inst = [D(2027, 4, 20), D(2027, 5, 20)]
    lastp, nxt = D(2027, 3, 19), D(2027, 6, 21)
    weekday_ok(due, lastp, nxt, *inst)
    pr, it = 18_250, 5_710
    calc = [(d, pr, it, late(pr + it, R, d + timedelta(1), issued)) for d in inst]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "FENNEL", size=20, font="sans-bold", color=OLIVE)
    p.at(15, 23.5, "フェンネル　ご返済サポートデスク", size=8.5, color=OLIVE)
    p.at(196, 17, f"発行日 {slash(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号 FN-38812047", size=9.5, align="r")
    p.add(Line(15, 27, 196, 27, 1.4, OLIVE))
    p.at(15, 36, "〒980-0000 宮城県仙台市青葉区だいだい坂1丁目2番14号　だいだい坂ハイツ203", size=9.5)
    p.at(20, 44, "宇賀神　真由　様", size=14)
    p.y = 52
    p.title("大切なご連絡", size=16, color=OLIVE)
    p.para("平素は当社をご利用いただきありがとうございます。毎月20日のご返済につき、下記の2回分のご入金が確認できて"
           "おりません。何かご事情がおありでしたら、まずはお電話でご相談ください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 1.0, OLIVE, (0.95, 0.97, 0.90)))
    p.at(20, y + 9, "ご入金のお願い額", size=12, font="sans-bold", color=OLIVE)
    p.at(20, y + 16, "（延滞2回分・遅延損害金を含みます）", size=8.5)
    p.at(190, y + 15, f"¥{T:,}", size=26, font="sans-bold", align="r")
    p.y = y + 28
    p.line("うちわけ", size=9.5, font="sans-bold")
    for lab, v in (("うち元金", P), ("うち利息", I), (f"うち遅延損害金（年{R}％）", L)):
        base = p.y + 9.5 * 0.3528
        p.at(25, base, lab, size=9.5)
        p.at(110, base, f"¥{v:,}", size=10, align="r")
        p.add(Line(25, p.y + 5.6, 110, p.y + 5.6, 0.15, GRAY))
        p.y += 6.6
    p.gap(2)
    p.line("延滞中のご返済回（ご参考）", size=9.5, font="sans-bold")
    body = [[f"{d.month}/{d.day}({wd(d)})", f"{a:,}", f"{b:,}", f"{c:,}", f"{a + b + c:,}"] for d, a, b, c in calc]
    p.table([["約定返済日", "元金", "利息", "遅延損害金", "計"]] + body, [34, 32, 30, 34, 34], x=25, header=True,
            aligns="crrrr", size=9, row_h=6.6)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 0.4))
    p.add(Box(15, y, 44, 14, color=None, fill=OLIVE))
    p.at(37, y + 9, "ご入金期限", size=11.5, font="sans-bold", color=WHITE, align="c")
    p.at(66, y + 9.6, f"{due.month}/{due.day}({wd(due)})", size=17, font="sans-bold")
    p.at(190, y + 9, "ATM・お振込みいずれも可", size=9, align="r")
    p.y = y + 19
    p.para(f"最終ご入金日：{slash(lastp)}　／　ご利用限度額：500,000円　／　ご融資残高：412,300円（元金）", size=9,
           indent="")
    p.para(f"次回ご返済日：{nxt.month}/{nxt.day}({wd(nxt)})　次回ご返済額：23,960円（通常どおりお支払いください）", size=9,
           indent="")
    p.para("ご入金期限を過ぎますと、ご契約の条項に基づき期限の利益を喪失し、残高全額を一括してご請求させていただく"
           "場合がございます。", size=9)
    p.gap(2)
    p.para("お振込先：るり銀行 仙台支店 普通 5581204 フェンネル（カ）ヘンサイグチ", size=9, indent="")
    y = 252
    p.add(Box(15, y, 181, 30, 0.6, OLIVE))
    p.at(20, y + 7, "株式会社フェンネル", size=12, font="sans-bold")
    p.at(20, y + 13, "〒980-0000 宮城県仙台市青葉区もずが丘4丁目1番1号　もずが丘センタービル", size=8.5)
    p.at(20, y + 18.5, "ご返済サポートデスク　TEL 022-000-8126（平日 9:00～19:00）", size=10, font="sans-bold")
    p.at(20, y + 24, "貸金業者登録番号 東北財務局長(4)第00412号　日本貸金業協会会員 第004418号", size=7.5)
    p.seal(183, y + 15, 15, "square", "株式会社フェンネル之印", angle=3, seed=59041)
    tr = truth(document_type="collection_notice", sender="株式会社フェンネル", phone="022-000-8126",
               creditor="株式会社フェンネル", status="not_applicable", debtor="宇賀神真由", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="FN-38812047", input_kind="photo_exif_rotated",
               template="proxy59_consumer_lender_total_first_sender_bottom_rotated", received=D(2027, 6, 7))
    return dict(stem="bp04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.8, creases=2, shadow=0.2, shadow_side="top", fill=0.85,
                          warm=0.2),
                about="collection_notice (consumer lender ご連絡, two missed instalments)",
                unusual="phone photo stored sideways with EXIF orientation 8, on tatami with tri-fold creases and a shadow in "
                        "the top corner; Latin brand 「FENNEL」 top-left, the legal name ONLY in a framed sender box at the "
                        "BOTTOM; slash dates (発行日 2027/06/03, 最終ご入金日 2027/03/19) and MONTH/DAY dates 「6/14(月)」 "
                        "with no year; the TOTAL FIRST in a big box 「ご入金のお願い額」 ¥…, then hairline うちわけ rows "
                        "うち元金 / うち利息 / うち遅延損害金（年20.0％） and a small per-instalment table (ご参考); arrears only "
                        "(lump false); 次回ご返済日 6/21 and 23,960円, ご利用限度額 500,000, ご融資残高 412,300 and the "
                        "貸金業 registration as distractors")


# ---------------------------------------------------------------------------------------------
# bp05 bank 期限の利益喪失のご通知 (教育ローン), sender block on the LEFT, full-width era dates; scanned 2 pages.


def bp05():
    R = 14.0
    issued, due = D(2027, 5, 28), D(2027, 6, 11)
    warn, acc, lastp = D(2027, 5, 10), D(2027, 5, 25), D(2027, 1, 27)
    weekday_ok(due, warn, acc, issued)
    P, I = 1_186_540, 8_412
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    E = lambda d: fw(era(d))  # noqa: E731
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, E(issued), size=10.5, align="r")
    p.at(196, 24, f"お取引番号　{fw('071-220458')}", size=10.5, align="r")
    # sender on the LEFT, addressee on the RIGHT
    p.at(18, 22, "株式会社紅梅銀行", size=13, font="serif-bold")
    p.at(18, 28, "かんぞう町支店　支店長　盛合　正弘", size=10)
    p.at(18, 33.5, f"〒790-0000 愛媛県松山市かんぞう町{fw('2')}丁目{fw('5')}番{fw('1')}号", size=9)
    p.at(18, 39, f"融資課　電話 {fw('089-000-4410')}（直通）", size=9.5)
    p.seal(104, 20, 14, "square", "紅梅銀行かんぞう町支店長印", angle=-3, seed=59051)
    p.add(Box(122, 31, 74, 20, 0.25, GRAY))
    p.at(125, 36, "〒791-0000", size=8.8)
    p.at(125, 40.5, f"愛媛県松山市しろうり台{fw('3')}丁目{fw('18')}番{fw('7')}号", size=8.8)
    p.at(130, 48, "越前谷　和也　様", size=13.5)
    p.y = 60
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold")
    p.para("平素は格別のお引立てを賜り、厚く御礼申し上げます。", size=10.3)
    p.para(f"さて、貴殿と当行との間の教育ローン契約（以下「本契約」といいます。）に基づくご返済につきましては、"
           f"{E(lastp)}のご入金を最後に遅延しております。当行は、{E(warn)}付の催告書により、{E(acc)}までに延滞額を"
           "お支払いいただくよう催告いたしましたが、同日までにお支払いがございませんでした。", size=10.3)
    p.para(f"つきましては、本契約第９条第２項の定めにより、貴殿は{E(acc)}の経過をもって本契約に基づく債務全額について"
           "期限の利益を喪失されましたので、ここにご通知申し上げます。", size=10.3)
    p.para(f"下記ご返済総額を、{E(due)}（{wd(due)}）までに下記口座へ一括してお支払いくださいますようお願いいたします。",
           size=10.3)
    p.line("記", size=10.5, align="c")
    rows = [["項　　目", "金　　額"], ["ご融資残元金", fw(f"金{P:,}円也")], ["未収利息（期限の利益喪失日まで）", fw(f"金{I:,}円也")],
            [f"損害金（{E(acc + timedelta(1))}から{E(issued)}まで年{fw('14.0')}％）", fw(f"金{L:,}円也")],
            ["ご返済総額", fw(f"金{T:,}円也")]]
    p.table(rows, [122, 50], x=19, header=True, aligns="lr", size=9.6, row_h=7.4, shade_col0=True)
    p.gap(3)
    p.table([["お支払期限", f"{E(due)}（{wd(due)}）"],
             ["お振込先", "紅梅銀行　かんぞう町支店　別段預金　０１２２８４"],
             ["口座名義", "カ）コウバイギンコウ　カンゾウチョウシテン"]], [34, 138], x=19, aligns="ll", size=9.6, row_h=7,
            shade_col0=True)
    p.gap(3)
    p.para("なお、上記期限までにお支払いのない場合は、保証会社に対し保証債務の履行を請求いたします。その後は、保証会社から"
           "貴殿に対し求償のご請求がなされますので、あらかじめご承知おきください。", size=9.8)
    p.para("ご返済についてのご相談は、上記融資課までお申し出ください。", size=9.8)
    p.line("以　上", size=10, align="r")
    p.at(105, 288, "（１／２）", size=8.5, align="c")
    q = Page(font="serif", size=10, top=18)
    q.line("（裏面）本契約の内容（ご参考）", size=12, font="serif-bold")
    q.gap(2)
    q.table([["ご契約日", fw("令和4年3月15日")], ["ご融資金額", fw("金1,800,000円")], ["ご融資期間", "１０年（１２０回）"],
             ["約定利率", fw("年2.475％（変動）")], ["毎月のご返済額", fw("金17,120円（毎月27日）")],
             ["損害金の割合", fw("年14.0％（年365日の日割計算）")], ["保証会社", "紅梅信用保証株式会社"],
             ["お取引番号", fw("071-220458")]], [44, 128], x=19, aligns="ll", size=9.8, row_h=7.6, shade_col0=True)
    q.gap(5)
    q.line("これまでの経過", size=11, font="serif-bold")
    q.table([["日　付", "内　容"], [E(lastp), "最後のご入金（約定分の一部）"], [E(D(2027, 2, 27)), "約定返済日（未入金）"],
             [E(D(2027, 3, 29)), "約定返済日（未入金）"], [E(D(2027, 4, 27)), "約定返済日（未入金）"],
             [E(warn), "催告書発送（配達証明付内容証明郵便）"], [E(acc), "催告期限（お支払いなし）・期限の利益喪失"]],
            [50, 122], x=19, header=True, aligns="ll", size=9.6, row_h=7.2)
    q.gap(5)
    q.para("※このご通知は、ご契約者ご本人様あてにお送りしております。連帯保証人はいらっしゃいません。", size=9.5, indent="")
    q.para("※本書到達後の損害金は、お支払いの日まで上記割合で日々加算されます。", size=9.5, indent="")
    q.at(105, 288, "（２／２）", size=8.5, align="c")
    tr = truth(document_type="acceleration_notice", sender="株式会社紅梅銀行", phone="089-000-4410",
               creditor="株式会社紅梅銀行", status="not_applicable", debtor="越前谷和也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="071-220458", input_kind="pdf_scan",
               template="proxy59_bank_acceleration_sender_left_yaku_amounts", received=D(2027, 6, 1))
    return dict(stem="bp05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (bank, 教育ローン, scanned 2 pages)",
                unusual="a bank branch's 期限の利益喪失のご通知 in serif as a 2-page image PDF: the branch manager's block with a "
                        "square seal top-LEFT and the framed addressee on the RIGHT; EVERY date in full-width era form; "
                        "full-width お取引番号 top-right; the 催告書 date 5/10 and its deadline 5/25 (= acceleration 「の経過を"
                        "もって」); a shaded 項目/金額 table with every amount as full-width 「金…円也」 (ご融資残元金 / 未収利息"
                        "（期限の利益喪失日まで） / 損害金 with its window / ご返済総額); a 別段預金 account; p.2 (裏面) the "
                        "契約 (令和4年, 金1,800,000円, 年2.475％, 毎月17,120円) and a これまでの経過 list as distractors")


# ---------------------------------------------------------------------------------------------
# bp06 厚木簡易裁判所 (ハ) 呼出状 + 訴状, consumer lender plaintiff; numbered paragraphs; digital 2 pages.


def bp06():
    R = 20.0
    issued, hearing, answer, filed = D(2027, 6, 8), D(2027, 7, 13), D(2027, 7, 6), D(2027, 5, 19)
    acc, lastp = D(2026, 12, 3), D(2026, 10, 27)
    weekday_ok(issued, hearing, answer, filed)
    P, I = 463_200, 6_105
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和9年(ハ)第418号"
    E = lambda d: fw(era(d))  # noqa: E731
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, f"事件番号　{fw('令和9年（ハ）第418号')}　貸金請求事件", size=10.5)
    p.at(20, 26, "原　告　カルダモン・クレジット株式会社", size=10.5)
    p.at(20, 32, "被　告　大日方　理沙", size=10.5)
    p.y = 40
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("〒243-0000　神奈川県厚木市ささげ台３丁目２番２０号", size=10)
    p.line("大日方　理沙　殿", size=12.5)
    p.gap(3)
    p.line(f"{E(issued)}", size=10.5, align="r")
    p.line("厚木簡易裁判所民事係", size=10.5, align="r")
    p.line("裁判所書記官　主　計　　雅　人　　　", size=10.5, align="r")
    p.seal(196, p.y - 5, 11, "square", "厚木簡易裁判所書記官印", angle=0, seed=59061)
    p.gap(3)
    p.para("原告から訴状が提出されましたので、当裁判所に出頭してください。出頭の日時及び場所は次のとおりです。", size=10.3)
    p.gap(1)
    for s in (f"１　期日　　{E(hearing)}（{wd(hearing)}）午前１０時３０分",
              "２　場所　　厚木簡易裁判所　２階　第２民事法廷",
              "　　　　　　（〒243-0000　神奈川県厚木市あずき坂１丁目３番５号）",
              f"３　答弁書　{E(answer)}（{wd(answer)}）までに当裁判所に提出してください。"):
        p.line(s, x=24, size=10.5, font="serif-bold" if s.startswith(("１", "３")) else "serif")
    p.gap(2)
    p.para("答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。話合いによる解決"
           "（分割払いなど）を希望する場合も、答弁書にその旨を記載してください。", size=10)
    p.para("期日に出頭するときは、この呼出状と認印を持参してください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 21, 0.3))
    p.at(24, y + 6, "【同封書類】訴状副本、証拠書類写し（甲第１号証～甲第４号証）、答弁書用紙、注意書", size=9.2)
    p.at(24, y + 12, f"【お問合せ】厚木簡易裁判所民事係　電話　{fw('046-000-3318')}（直通）", size=9.2)
    p.at(24, y + 18, "　　　　　　（受付時間　午前８時３０分～午後５時。事件番号をお伝えください。）", size=9.2)
    p.y = y + 26
    p.at(105, 288, "－１－", size=9, align="c")
    q = Page(font="serif", size=10.3, top=18)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(f"{E(filed)}", size=10.3, align="r")
    q.line("厚木簡易裁判所　御中", size=10.5)
    q.gap(1)
    q.para("〒231-0000　神奈川県横浜市中区ちょろぎ町４丁目１番９号", size=9.8, indent="")
    q.para("原告　カルダモン・クレジット株式会社　代表者代表取締役　大豆田　隆", size=9.8, indent="")
    q.para("（送達場所）同社　債権管理センター　電話 045-000-7180　ＦＡＸ 045-000-7181　担当 訴訟係", size=9.3,
           indent="")
    q.para("〒243-0000　神奈川県厚木市ささげ台３丁目２番２０号　　被告　大日方　理沙", size=9.8, indent="")
    q.gap(1)
    q.line("貸金請求事件", size=10.5, font="serif-bold")
    assert stamp_fee(T) == 6_000
    q.line(f"訴訟物の価額　金{fw(f'{T:,}')}円　　貼用印紙額　金{fw(f'{stamp_fee(T):,}')}円", size=9.8)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する{E(filed + timedelta(1))}から"
           f"支払済みまで年{fw('20')}％の割合による金員を支払え。", size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　原告は、被告との間で、{E(D(2022, 9, 12))}、極度額を金{fw('500,000')}円、利率を年{fw('17.8')}％、"
              f"遅延損害金を年{fw('20')}％とする金銭消費貸借契約を締結し、被告に対し金員を貸し付けた。",
              f"２　被告は、{E(lastp)}の弁済を最後に約定の返済を怠ったため、{E(acc)}の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, size=10, indent="")
    q.table([["内　　訳", "金額（円）"], ["残元金", fw(f"{P:,}")], ["未払利息（期限の利益喪失日まで）", fw(f"{I:,}")],
             [f"遅延損害金（{E(acc + timedelta(1))}から{E(filed)}まで）", fw(f"{L:,}")], ["合　　計", fw(f"{T:,}")]],
            [118, 46], x=26, header=True, aligns="lr", size=9.5, row_h=7)
    q.gap(2)
    q.line("証拠方法　　甲第１号証　金銭消費貸借契約書　ほか", size=9.8)
    q.line("附属書類　　訴状副本　１通　　資格証明書　１通", size=9.8)
    q.at(105, 288, "－２－", size=9, align="c")
    tr = truth(document_type="lawsuit", sender="厚木簡易裁判所", phone="046-000-3318",
               creditor="カルダモン・クレジット株式会社", status="not_applicable", debtor="大日方理沙", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy59_summary_court_ha_numbered_summons_with_complaint", received=D(2027, 6, 10))
    return dict(stem="bp06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, consumer lender plaintiff, 2 pages)",
                unusual="厚木簡裁 (new to the sets) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: the case "
                        "number with the 事件名 on the same line and 原告 / 被告 as plain lines at the top; the addressee and "
                        "the clerk block (right-aligned) BEFORE the body; 期日 / 場所 / 答弁書 as numbered lines "
                        "「１　期日　…」 (the court's own street address on a line under 場所); a framed 【同封書類】 / "
                        "【お問合せ】 box with the court's （直通） number; the 訴状 dated 5/19 ≠ 呼出状 6/8; 請求の趣旨 「金…円"
                        "及びうち金…円に対する…」; a 内訳 table 残元金 / 未払利息（期限の利益喪失日まで） / 遅延損害金 with "
                        "its window / 合計; 訴訟物の価額, 貼用印紙額 6,000円, 極度額 500,000, 17.8％ and the plaintiff's "
                        "送達場所 phone/FAX as distractors")


# ---------------------------------------------------------------------------------------------
# bp07 足利簡易裁判所 支払督促 on ONE page, card company creditor; 請求の趣旨 on dotted leaders; scanned.


def bp07():
    R = 14.6
    issued, filed = D(2027, 6, 1), D(2027, 5, 14)
    acc, lastp = D(2026, 11, 27), D(2026, 9, 28)
    weekday_ok(issued, filed, lastp)
    P, I = 528_600, 12_480
    L = late(P, R, acc + timedelta(1), filed)
    c_stamp, c_post, c_doc = stamp_fee(P + I + L) // 2, 1_180, 800
    assert c_stamp == 3_000
    C = c_stamp + c_post + c_doc
    T = P + I + L + C
    case = "令和9年(ロ)第263号"
    E = lambda d: fw(era(d))  # noqa: E731
    p = Page(font="serif", size=10, top=14)
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.at(196, 17, fw("令和9年（ロ）第263号"), size=10, align="r")
    p.y = 27
    p.line("当事者の表示", size=10, font="serif-bold")
    for s in ("〒100-0000 東京都千代田区ぬかご台2丁目8番1号",
              "　債権者　株式会社セレストカード　　代表者代表取締役　鶏内　康介",
              "　（送達場所）〒330-0000 埼玉県さいたま市浦和区こまつな台1丁目1番3号　同社法務部　電話 048-000-6633",
              "〒326-0000 栃木県足利市くわい町5丁目9番11号",
              "　債務者　木滑　隆之"):
        p.line(s, x=20, size=9.3)
    p.gap(1)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言を"
           "する。", size=10.3)
    p.gap(1)
    p.line(f"　　{E(issued)}", size=10.3)
    p.line("　　足利簡易裁判所　裁判所書記官　曳　地　　千　尋", size=10.3)
    p.seal(150, p.y - 5, 13, "square", "足利簡易裁判所書記官印", angle=0, seed=59071)
    p.gap(2)
    p.line("請求の趣旨", size=10.5, font="serif-bold", align="c")
    lead = [("１　未払元金（立替金及び貸付金）", f"{P:,}円"), ("２　約定手数料（期限の利益喪失日まで）", f"{I:,}円"),
            (f"３　確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年14.6％）", f"{L:,}円"),
            ("４　督促手続費用", f"{C:,}円")]
    for lab, v in lead:
        base = p.y + 9.8 * 0.3528
        p.at(24, base, lab, size=9.8)
        p.at(188, base, v, size=9.8, align="r")
        x0 = 24 + text_width(lab, 9.8, "serif") + 1.5
        x1 = 188 - text_width(v, 9.8, "serif") - 1.5
        p.at(x0, base, "・" * max(2, int((x1 - x0) / text_width("・", 9.8, "serif"))), size=9.8)
        p.y += 6
    p.add(Line(120, p.y + 0.2, 190, p.y + 0.2, 0.4))
    p.y += 1.5
    base = p.y + 10 * 0.3528
    p.at(120, base, "合　計", size=10.3, font="serif-bold")
    p.at(188, base, f"{T:,}円", size=10.5, font="serif-bold", align="r")
    p.y += 7
    p.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=24, x1=190,
           size=9.6, indent="")
    p.gap(1)
    p.line("請求の原因", size=10.5, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者との間で、令和2年6月3日、クレジットカード会員契約（ショッピング利用枠40万円、キャッシング"
              "利用枠20万円）を締結し、債務者は同契約に基づきカードを利用した。",
              f"２　債務者は、{era(lastp)}の支払を最後に約定の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　督促手続費用の内訳　申立手数料{c_stamp:,}円、支払督促正本送達費用{c_post:,}円、申立書作成及び提出費用"
              f"{c_doc:,}円"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, None, SHADE))
    for i, s in enumerate(["【注意】この支払督促に不服があるときは、この書面を受け取った日から２週間以内に、同封の督促異議",
                           "申立書を当裁判所に提出してください。申立てがないと、債権者の申立てにより仮執行宣言が付され、",
                           "強制執行を受けることがあります。",
                           f"問合せ先　足利簡易裁判所　督促係　電話 {fw('0284-00-2716')}"]):
        p.at(18, y + 6 + i * 5.2, s, size=8.8, font="serif-bold" if i == 3 else "serif")
    p.y = y + 27
    p.line(f"申立日　{E(filed)}　　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="足利簡易裁判所", phone="0284-00-2716",
               creditor="株式会社セレストカード", status="not_applicable", debtor="木滑隆之", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="scan_png",
               template="proxy59_payment_order_ashikaga_dotted_leaders", received=D(2027, 6, 3))
    return dict(stem="bp07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, card company creditor, one page)",
                unusual="a whole 支払督促 of a court new to the sets (足利簡裁) on ONE scanned page: the spaced title FIRST and "
                        "the full-width case number top-right; 「当事者の表示」 as plain lines with the creditor's 送達場所 "
                        "phone (distractor); the order text, date and clerk BEFORE the 請求の趣旨; 請求の趣旨 on DOTTED "
                        "「・・・」 leaders with the new labels 未払元金（立替金及び貸付金） / 約定手数料（期限の利益喪失日まで） / "
                        "確定遅延損害金 with its window / 督促手続費用 and a 合計 under a short rule; the running item ５; the "
                        "cost breakdown in 請求の原因 ３; 利用枠 40万 / 20万 and 令和2年 as distractors; a grey 【注意】 box "
                        "with the court's full-width phone")


# ---------------------------------------------------------------------------------------------
# bp08 丸亀簡易裁判所 仮執行宣言付支払督促, real servicer creditor (オリックス債権回収); 2-page image PDF.


def bp08():
    R = 18.0
    issued, order, served, applied = D(2027, 6, 4), D(2027, 5, 12), D(2027, 5, 14), D(2027, 5, 31)
    filed = D(2027, 4, 22)
    acc, lastp, assign = D(2026, 3, 18), D(2025, 12, 19), D(2026, 9, 30)
    weekday_ok(issued, order, served, applied, filed)
    P, I = 731_950, 14_208
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = stamp_fee(P + I + L) // 2 + 1_180 + 800, 1_236
    T = P + I + L + C1 + C2
    case = "令和9年(ロ)第151号"
    E = lambda d: fw(era(d))  # noqa: E731
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, f"{fw('令和9年（ロ）第151号')}　譲受債権請求督促事件", size=10.5)
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.para("当事者の表示　　別紙当事者目録記載のとおり", size=10.5, indent="")
    p.para("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", size=10.5, indent="")
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"上記は、{E(order)}に発付され、{E(served)}に債務者に送達された支払督促であるが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。", size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.para(f"仮執行の宣言前の督促手続費用　金{fw(f'{C1:,}')}円", x0=34, size=10.5, indent="")
    p.para(f"仮執行の宣言の手続費用　　　　金{fw(f'{C2:,}')}円", x0=34, size=10.5, indent="")
    p.para("この支払督促に仮執行の宣言をする。", x0=34, size=10.5, indent="")
    p.gap(3)
    p.line(f"　　{E(issued)}", size=10.5)
    p.line("　　丸亀簡易裁判所　　裁判所書記官　入　交　　礼　子", size=10.5)
    p.seal(158, p.y - 5, 13, "square", "丸亀簡易裁判所書記官印", angle=0, seed=59081)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 174, 44, 0.6))
    p.add(Box(18, y, 174, 8, color=None, fill=SHADE))
    p.at(105, y + 5.6, "この書面を受け取られた方へ", size=10.5, font="serif-bold", align="c")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "　　できます。異議の申立てがあると、通常の訴訟手続に移行します。",
                           "２　督促異議を申し立てても、強制執行を停止するには別に執行停止の申立てが必要です。",
                           "３　異議の申立てをしないときは、この書面は確定判決と同一の効力を有することになります。",
                           f"　　お問合せ　丸亀簡易裁判所　民事係　電話 {fw('0877-00-3092')}"]):
        p.at(22, y + 14 + i * 6, s, size=9.2)
    p.y = y + 48
    p.line("これは正本である。", size=9.5, align="r")
    p.at(105, 288, "１", size=9, align="c")
    q = Page(font="serif", size=10, top=18)
    q.line("当事者目録", size=12, font="serif-bold", align="c")
    q.gap(1)
    for s in ("〒105-0000　東京都港区うるし坂１丁目１番１号",
              "　債権者　オリックス債権回収株式会社",
              "　同代表者代表取締役　蛸　島　　恒　夫",
              "　（送達場所）〒760-0000 香川県高松市さといも台3丁目2番6号　同社四国営業所",
              "　　　　　　電話 087-000-5521　ＦＡＸ 087-000-5522",
              "〒763-0000　香川県丸亀市あらかし台４丁目１５番２号",
              "　債務者　下斗米　智恵"):
        q.line(s, x=20, size=9.6)
    q.gap(3)
    q.line("請求の趣旨及び原因", size=12, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.5, font="serif-bold")
    q.table([["", "金額（円）"], ["１　譲受債権元金", fw(f"{P:,}")], ["２　利息（期限の利益喪失日まで）", fw(f"{I:,}")],
             [f"３　損害金（{E(acc + timedelta(1))}から{E(filed)}まで年１８％）", fw(f"{L:,}")],
             ["４　督促手続費用", fw(f"{C1:,}")], ["５　仮執行宣言手続費用", fw(f"{C2:,}")], ["合　　計", fw(f"{T:,}")]],
            [128, 42], x=20, header=True, aligns="lr", size=9.3, row_h=7)
    q.gap(1.5)
    q.para(f"６　上記１の金額に対する{E(filed + timedelta(1))}から完済まで年１８％の割合による遅延損害金", x0=20, size=9.5,
           indent="")
    q.gap(2)
    q.line("請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　株式会社あらかしファイナンス（以下「原債権者」という。）は、{E(D(2021, 4, 6))}、債務者との間で、"
              f"金{fw('900,000')}円を、利率年{fw('15.0')}％、遅延損害金年{fw('18')}％の約定で貸し付ける旨の契約を締結した。",
              f"２　債務者は、{E(lastp)}の支払を最後にその後の支払をせず、{E(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{E(assign)}、上記貸金債権を債権者に譲渡し、同年{fw('10')}月{fw('4')}日到達の内容証明郵便で"
              "債務者にその旨通知した。",
              f"４　督促手続費用の内訳は、申立手数料{fw('4,500')}円、送達費用{fw('1,180')}円、書類作成及び提出費用"
              f"{fw('800')}円である。"):
        q.para(s, size=9.5, indent="")
    q.gap(2)
    q.line(f"支払督促申立日　{E(filed)}　　仮執行宣言申立日　{E(applied)}", size=9.3, align="r")
    q.at(105, 288, "２", size=9, align="c")
    assert C1 == 4_500 + 1_180 + 800
    tr = truth(document_type="payment_order_enforceable", sender="丸亀簡易裁判所", phone="0877-00-3092",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社あらかしファイナンス",
               debtor="下斗米智恵", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy59_enforceable_marugame_real_servicer_sep_cost_lines",
               received=D(2027, 6, 7))
    return dict(stem="bp08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court new to the sets (丸亀簡裁) as a 2-page image PDF: the full-width case "
                        "number with the 事件名 top-LEFT; p.1 refers to 別紙 for the parties and the claim; the order date "
                        "5/12 and its 送達 5/14 in one sentence; the two costs as indented lines (仮執行の宣言前の督促手続費用 "
                        "/ 仮執行の宣言の手続費用); a framed 「この書面を受け取られた方へ」 with the court phone; p.2 当事者目録 "
                        "with the creditor ★ オリックス債権回収株式会社 (no licence printed: court paper) and its 送達場所 "
                        "phone/FAX (distractors), then a 「金額（円）」 table 譲受債権元金 / 利息 / 損害金 / 督促手続費用 / "
                        "仮執行宣言手続費用 / 合計; item ６ running; the 900,000 loan, 15.0％, the 通知 到達 10/4 and both "
                        "申立日 as distractors")


LETTERS = [bp01, bp02, bp03, bp04, bp05, bp06, bp07, bp08]
