"""Proxy set 88, letters cs01–cs08: "phone photos and faxes of ordinary letters, seventh round". A real servicer's
督促状 photographed on a desk, a guarantee company's 代位弁済通知 faxed with a 送信票, a bank's card-loan arrears letter
in HEIC, a joint 債権譲渡通知 photographed sideways, an invented servicer's 分割弁済のご提案 by fax, a 仮執行宣言付支払督促
held up in two hands, a 信用金庫's 期限の利益喪失通知 as a digital PDF and a real servicer's 一括請求 after the 競売 faxed
with a cover sheet."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    late,
    leader,
    qr,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(days=1)
TEAL = (0.0, 0.40, 0.45)
BROWN = (0.45, 0.25, 0.10)
PLUM = (0.38, 0.12, 0.40)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def en(n: int) -> str:
    return f"{n:,}円"


def cover_sheet(to_name, to_fax, frm, tel, fax, sent, pages, subject, notes, key):
    """A fax 送信票 (cover page) as the first page of a fax."""
    p = Page(font="sans", size=10.5, top=18)
    p.at(105, 30, "ＦＡＸ送信票", size=24, font="sans-bold", align="c")
    p.add(Line(55, 33, 155, 33, 0.8))
    p.at(190, 44, sent, size=10.5, align="r")
    y = 52
    rows = [("宛　先", to_name), ("ＦＡＸ番号", to_fax), ("送信元", frm), ("電話番号", tel), ("ＦＡＸ番号", fax),
            ("送信枚数", pages), ("件　名", subject)]
    for lab, val in rows:
        p.add(Box(20, y, 40, 11, 0.4, (0, 0, 0), SHADE))
        p.add(Box(60, y, 130, 11, 0.4))
        p.at(40, y + 7.3, lab, size=10.5, align="c")
        p.at(64, y + 7.5, val, size=11)
        y += 11
    y += 8
    p.at(20, y, "通信欄", size=11, font="sans-bold")
    p.add(Box(20, y + 3, 170, 80, 0.4))
    p.y = y + 7
    for ln in notes:
        p.para(ln, x0=25, x1=185, size=10.5, indent="")
    p.at(190, 276, "※本ＦＡＸが誤って届いた場合は、お手数ですが上記電話番号までご連絡のうえ破棄してください。", size=8, align="r")
    return p


# ---------------------------------------------------------------------------------------------
# cs01 real servicer ニッテレ: 督促状 with 一括請求, photographed on a pale desk.


def cs01():
    R = 14.6
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    acc, lastp, asg = D(2025, 9, 27), D(2025, 6, 27), D(2025, 12, 1)
    P, I = 684_215, 23_408
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 62, 12, color=None, fill=NAVY))
    p.at(46, 20.5, "NITTELE SERVICER", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(196, 17, f"発送日：{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "お客様番号：NT-26-004182", size=9.5, align="r")
    window(p, 15, 30, "020-0000", ["岩手県盛岡市つゆくさ台九丁目9番9号", "つゆくさハイツ203号"], "笹渕　慎吾　様", "cs01",
           code="料金後納　R08-0309-1")
    stamp(p, 120, 34, "親展", size=12)
    stamp(p, 140, 34, "重要", size=12, fill=RED)
    p.y = 76
    p.title("督　促　状", size=18)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。", size=9.8, indent="")
    p.para(f"さて、貴殿が雪洞カード株式会社との間で締結されたカードローン契約に基づく債権は、{era(asg)}付で当社が譲り受け、"
           "その旨は既にご通知申し上げたとおりです。しかしながら、現在に至るまでご入金を確認できておりません。", size=9.8)
    p.para(f"貴殿は{era(acc)}に期限の利益を喪失しておりますので、下記ご請求金額を{era(due)}（{wd(due)}）までに、"
           "一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    rows = [["原債権者", "雪洞カード株式会社"], ["原契約番号", "YB-7730-22918（ご利用限度額 500,000円）"],
            ["最終ご入金日", era(lastp)], ["期限の利益喪失日", era(acc)], ["債権譲受日", era(asg)]]
    p.table(rows, [45, 120], x=22, size=9.5, row_h=7, aligns="ll", shade_col0=True)
    p.gap(4)
    rows = [["残元金", en(P)], ["利息", en(I)],
            [f"遅延損害金（年{R}%　{jis(acc + ONE)}～{jis(issued)}）", en(L)], ["ご請求金額", en(T)]]
    p.table(rows, [120, 45], x=22, size=10.5, row_h=8.5, aligns="lr", ruled="rows")
    p.add(Box(22, p.y - 8.5, 165, 8.5, 0.9))
    p.gap(4)
    p.para(f"お支払期限　{era(due)}（{wd(due)}）　※期限を過ぎますと、法的手続きの検討に入らせていただきます。", size=10.5,
           font="sans-bold", indent="")
    p.para("お振込先　雲海銀行 盛岡中央支店 普通 7742018 ニツテレサイケンカイシユウ（カ", size=9, indent="")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号（数字部分）をご入力ください。ご事情によりお支払いが難しい場合は、"
           "お早めにお電話でご相談ください。", size=9, indent="")
    y = 258
    p.add(Line(15, y, 196, y, 0.4, NAVY))
    for i, s in enumerate(["ニッテレ債権回収株式会社　盛岡管理課", "〒020-0000 岩手県盛岡市はまなす通九丁目9番9号",
                           "TEL 019-000-3871（平日9:00～18:00）　FAX 019-000-3872", "法務大臣許可番号　第7号"]):
        p.at(15, y + 6 + i * 4.6, s, size=9 if i else 10.5, font="sans-bold" if i == 0 else "sans")
    qr(p, 176, y + 3, 18, "cs01")
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="019-000-3871", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="雪洞カード株式会社", debtor="笹渕慎吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="NT-26-004182", input_kind="photo_jpeg",
               template="proxy88_real_servicer_tokusoku_desk_photo", received=D(2026, 3, 11))
    return dict(stem="cs01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.28, shadow_side="bottom", fill=0.85,
                          warm=0.15),
                about="collection_notice (real servicer 督促状, 一括請求)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand/phone shadow over the lower part; "
                        "real servicer ★ ニッテレ with a Latin logo band and 「法務大臣許可番号　第7号」 in the footer; "
                        "window address with 親展 / 重要; a shaded-label table of facts (原契約番号 with ご利用限度額 500,000 "
                        "as a distractor); a rows-ruled amount table 残元金 / 利息 / 遅延損害金 (JIS window R7.9.28～R8.3.9) "
                        "/ ご請求金額 in a box; the due date both in prose and in a bold line; FAX beside TEL; QR")


# ---------------------------------------------------------------------------------------------
# cs02 guarantee company 代位弁済のご通知 by fax, page 1 a 送信票.


def cs02():
    R = 14.6
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, lastp, subro = D(2025, 12, 10), D(2025, 9, 5), D(2026, 1, 20)
    P0, I0 = 1_842_600, 12_874
    L0 = late(P0, 14.0, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    cov = cover_sheet("桑鶴　和代　様", "0186-00-0347", "雲海信用保証株式会社　債権管理部",
                      "0120-000-617", "018-000-6180", era(issued, True), "２枚（本票を含む）",
                      "代位弁済のご通知", ["いつもお世話になっております。", "先日お電話でお話しした件につき、ご通知書を"
                                       "お送りいたします。原本は本日、簡易書留にて発送いたしました。",
                                       "ご不明な点は担当までお問い合わせください。"], "cs02")
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, era(issued, True), size=10.5, align="r")
    p.at(196, 26, "保証番号　ＴＡ－０８１７－５５２", size=10, align="r")
    p.y = 32
    p.line("秋田県北秋田市しゃくなげ通九丁目9番9号", size=10.5)
    p.line("桑鶴　和代　様", size=13)
    p.y = 50
    for s in ("雲海信用保証株式会社", "債権管理部", "〒010-0000 秋田県秋田市鼓ヶ丘九丁目9番9号",
              "フリーダイヤル 0120-000-617", "FAX 018-000-6180"):
        p.line(s, x=120, size=10 if s != "雲海信用保証株式会社" else 11.5)
    p.seal(188, 55, 13, "square", "雲海信用保証印", angle=4, seed=8802)
    p.gap(4)
    p.title("代位弁済のご通知", size=16, font="serif-bold")
    p.para("拝啓　平素は格別のお引き立てを賜り厚く御礼申し上げます。")
    p.para(f"さて、貴殿が株式会社雲海銀行よりお借入れのマイカーローンにつきましては、当社が保証しておりましたところ、"
           f"貴殿は{era(acc)}をもって期限の利益を喪失されました。このため当社は、保証委託契約に基づき、{era(subro)}、"
           "同行に対し下記のとおり代位弁済いたしました。")
    p.para(f"つきましては、当社が取得した求償権に基づき、下記求償金を{era(due)}（{wd(due)}）までに一括してお支払い"
           "くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１　代位弁済の明細", x=22, font="serif-bold")
    rows = [["代位弁済日", era(subro)], ["代位弁済金額", en(S)],
            ["（内訳）", f"元金 {P0:,}円／利息 {I0:,}円／損害金 {L0:,}円"],
            ["最終ご返済日（銀行）", era(lastp)], ["ご融資日・当初ご融資額", f"令和4年10月3日・{2_600_000:,}円"]]
    p.table(rows, [52, 118], x=22, size=9.5, row_h=7, aligns="ll", ruled="grid")
    p.gap(3)
    p.line(f"２　ご請求金額（{era(issued)}現在）", x=22, font="serif-bold")
    p.gap(1)
    for lab, val in (("求償元金", en(S)), (f"損害金（{era(subro + ONE)}から年{R}％）", en(L))):
        leader(p, lab, val, 30, 182, size=10.5)
    p.add(Line(30, p.y + 0.2, 182, p.y + 0.2, 0.4))
    p.gap(1.5)
    leader(p, "ご請求額合計", en(T), 30, 182, size=11.5, font="serif-bold")
    p.gap(3)
    p.para(f"３　お支払期限　{era(due)}（{wd(due)}）", x0=22, size=11, font="serif-bold", indent="")
    p.para("４　お振込先　雲海銀行 本店営業部 普通預金 0617552 ウンカイシンヨウホシヨウ（カ", x0=22, size=10, indent="")
    p.para("※期限までにお支払いがない場合は、連帯保証人様へのご請求、法的手続き等を検討させていただきます。"
           "分割でのお支払いをご希望の方は、期限までにフリーダイヤルへご連絡ください。", x0=22, size=9.3, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="雲海信用保証株式会社", phone="0120-000-617",
               creditor="雲海信用保証株式会社", status="not_applicable", original="株式会社雲海銀行",
               debtor="桑鶴和代", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="TA-0817-552",
               input_kind="fax_tiff", template="proxy88_guarantor_subrogation_fax_with_cover_sheet", received=issued)
    return dict(stem="cs02", ext="tif", kind="fax_tiff", pages=[cov.spec, p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 13:12 UNKAI SHINYO HOSHO 018 000 6180",
                about="acceleration_notice (guarantee company 代位弁済通知, 2-page fax with a 送信票)",
                unusual="2-page G4 fax: page 1 a ＦＡＸ送信票 (宛先, the addressee's own FAX number, 送信元, 件名, 通信欄 "
                        "saying the original follows by 簡易書留), page 2 the serif letter with full-width era date and "
                        "保証番号 ＴＡ－０８１７－５５２; the 代位弁済の明細 grid (its 元金 / 利息 / 損害金 内訳 on one line is "
                        "history; ご融資日 and 当初ご融資額 2,600,000 as distractors); the claim as dotted leaders "
                        "求償元金 / 損害金 / ご請求額合計; フリーダイヤル vs FAX; the fax machine's header line on top")


# ---------------------------------------------------------------------------------------------
# cs03 bank card-loan arrears letter, photographed as HEIC on tatami under a lamp.


def cs03():
    R = 19.9
    issued, due = D(2025, 8, 18), D(2025, 8, 29)
    lastp = D(2025, 5, 12)
    inst = [(D(2025, 6, 10), 15_000, 5_812), (D(2025, 7, 10), 15_000, 5_530)]
    P = sum(r[1] for r in inst)
    I = sum(r[2] for r in inst)
    L = sum(late(r[1], R, r[0] + ONE, issued) for r in inst)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 21, "立葵銀行", size=17, font="sans-bold", color=PLUM)
    p.at(48, 21, "カードローン「たちあおい」", size=9, color=PLUM)
    p.at(196, 18, west(issued), size=10, align="r")
    p.y = 30
    p.line("〒036-0000", size=10)
    p.line("青森県弘前市れんげ台九丁目9番9号", size=10)
    p.gap(2)
    p.line("洲脇　隆之　様", size=13.5)
    p.gap(1)
    p.line("お客様番号　UR-5531-0926", size=9.5)
    p.line("カード番号　****-****-****-4821", size=9.5)
    p.y = 30
    for s in ("株式会社立葵銀行", "ローンサポートセンター", "〒030-0000 青森県青森市松虫通九丁目9番9号",
              "フリーダイヤル 0120-000-482", "受付時間　平日 9:00～17:00"):
        p.line(s, x=130, size=9.5 if s != "株式会社立葵銀行" else 11, font="sans-bold" if s == "株式会社立葵銀行" else None)
    p.y = 76
    p.title("カードローンご返済のお願い", size=15, color=PLUM)
    p.para("平素は立葵銀行をお引き立ていただき、誠にありがとうございます。", size=9.8)
    p.para(f"お客様のカードローンにつきまして、{west(inst[0][0])}および{west(inst[1][0])}の約定返済額のご入金が"
           f"確認できておりません（最終ご入金日　{west(lastp)}）。下記の金額を{west(due)}（{wd(due)}）までに"
           "ご返済口座へご入金いただきますようお願いいたします。", size=9.8)
    p.gap(2)
    head = ["ご返済日", "元金", "利息", "遅延損害金"]
    body = [[west(d), f"{pr:,}", f"{it:,}", f"{late(pr, R, d + ONE, issued):,}"] for d, pr, it in inst]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}"])
    p.table([head] + body, [50, 40, 40, 40], x=20, header=True, aligns="crrr", size=9.8, row_h=8)
    p.line("（単位：円）遅延損害金は各回の元金に対し年19.9％、ご返済日の翌日から本状作成日までの日割計算です。", x=20, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.8, PLUM))
    p.at(26, y + 8, "ご入金いただく金額", size=10.5, font="sans-bold")
    p.at(184, y + 9, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.at(26, y + 18, "ご入金期限", size=10.5, font="sans-bold")
    p.at(184, y + 18.5, f"{west(due)}（{wd(due)}）", size=13, font="sans-bold", align="r", color=RED)
    p.y = y + 29
    p.para("ご返済口座　立葵銀行 弘前支店 普通預金 3318207", size=9.5, indent="")
    p.para("ご参考　ご利用限度額 500,000円　現在のご利用残高（元金） 412,380円　毎月のご返済額 15,000円（毎月10日）",
           size=9.5, indent="")
    p.gap(2)
    p.para("※ご延滞が続きますと、カードのご利用を停止させていただくほか、期限の利益を喪失し、ご利用残高全額を一括して"
           "ご返済いただくこととなります。また、保証会社による代位弁済の手続きに移行する場合がございます。", size=9, indent="")
    p.para("※本状と行き違いにご入金済みの場合は、何卒ご容赦ください。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社立葵銀行", phone="0120-000-482",
               creditor="株式会社立葵銀行", status="not_applicable", debtor="洲脇隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="UR-5531-0926", input_kind="photo_heic", template="proxy88_bank_cardloan_arrears_heic",
               received=D(2025, 8, 20))
    return dict(stem="cs03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.8, creases=2, glare=26, fill=0.84, warm=0.3),
                about="collection_notice (bank card-loan arrears, two missed instalments)",
                unusual="HEIC photo on tatami with creases and a lamp glare; bank letter with purple logo text, the "
                        "addressee block LEFT and the sender block RIGHT at the same height; western 年月日 dates; a "
                        "header table per missed instalment (元金 / 利息 / 遅延損害金, 単位：円) with a 合計 row and NO total "
                        "column, the total only in the box below; masked card number; ご利用限度額 500,000 and the "
                        "ご利用残高 412,380 (a balance, not the claim) as distractors; arrears only (lump false)")


# ---------------------------------------------------------------------------------------------
# cs04 joint 債権譲渡通知 (card company → real servicer セゾン), photo stored sideways (EXIF 6).


def cs04():
    R = 14.6
    issued, asg = D(2025, 11, 4), D(2025, 10, 31)
    acc, lastp = D(2025, 7, 28), D(2025, 4, 27)
    P, I = 312_840, 8_115
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.y = 28
    p.line("山形県酒田市よもぎ台九丁目9番9号", size=10.5)
    p.line("笠師　由美子　様", size=13)
    p.gap(6)
    p.title("債権譲渡及び譲受のご通知", size=16, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、譲渡人株式会社星砂クレジット（以下「譲渡人」）は、貴殿に対して有する下記債権を、{era(asg)}付で"
           "譲受人セゾン債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第467条の規定に基づき、ここに"
           "連名にてご通知申し上げます。")
    p.para("今後、本債権に関するお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人へのお支払いは"
           "お受けいたしかねますのでご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    cell(p, 22, y, 56, 13, "原契約の種類", "カードショッピング（リボ）", vsize=9.5)
    cell(p, 78, y, 54, 13, "ご契約番号", "HS-88-0271-5", vsize=10)
    cell(p, 132, y, 56, 13, "譲渡日", era(asg), vsize=10)
    y += 13
    cell(p, 22, y, 56, 13, "期限の利益喪失日", era(acc), vsize=10)
    cell(p, 78, y, 54, 13, "最終ご入金日", era(lastp), vsize=10)
    cell(p, 132, y, 56, 13, "遅延損害金の利率", f"年{R}％", vsize=10)
    p.y = y + 17
    p.line(f"譲渡債権の額（{era(asg)}現在）", x=22, size=10.5, font="serif-bold")
    rows = [["元本", f"￥{P:,}"], ["利息・手数料", f"￥{I:,}"], ["遅延損害金", f"￥{L:,}"], ["譲渡債権合計", f"￥{T:,}"]]
    p.table(rows, [100, 66], x=22, size=10.5, row_h=8, aligns="lr", ruled="grid", shade_col0=True)
    p.line("※元本に対し、譲渡日の翌日から完済の日まで年14.6％の割合による遅延損害金が加算されます。", x=22, size=8.5)
    p.line("以上", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 88, 36, 0.3, GRAY))
    p.add(Box(107, y, 89, 36, 0.3, GRAY))
    for i, s in enumerate(["【譲渡人】", "〒980-0000 宮城県仙台市青葉区鈴虫台九丁目9番9号", "株式会社星砂クレジット",
                           "代表取締役", "TEL 022-000-5519"]):
        p.at(18, y + 6 + i * 6.2, s, size=9 if i != 2 else 10.5, font="serif-bold" if i == 2 else "serif")
    for i, s in enumerate(["【譲受人】", "〒170-0000 東京都豊島区笛吹台九丁目9番9号", "セゾン債権回収株式会社",
                           "法務大臣許可番号　第34号", "お問合せ　03-0000-5216（平日9時～17時）"]):
        p.at(110, y + 6 + i * 6.2, s, size=9 if i != 2 else 10.5, font="serif-bold" if i == 2 else "serif")
    p.seal(92, y + 24, 12, "round", "星砂クレジット|代表|取締役", seed=8841)
    p.seal(186, y + 22, 12, "round", "セゾン債権回収|代表|取締役", seed=8842)
    p.y = y + 40
    p.line("お問合せ番号　5108-2294-07（お電話の際にお申し出ください）", x=107, size=9.5)
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-5216", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社星砂クレジット", debtor="笠師由美子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="5108-2294-07", input_kind="photo_exif_rotated",
               template="proxy88_joint_assignment_card_to_real_servicer_sideways", received=D(2025, 11, 6))
    return dict(stem="cs04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="right", fill=0.86),
                about="assignment_notice (joint 債権譲渡及び譲受のご通知, card company → real servicer)",
                unusual="phone photo on wood stored sideways (EXIF orientation 6); serif joint notice citing 民法第467条; "
                        "six label-above-value cells (原契約の種類, ご契約番号, 譲渡日, 期限の利益喪失日, 最終ご入金日, "
                        "遅延損害金の利率); a shaded grid 元本 / 利息・手数料 / 遅延損害金 / 譲渡債権合計 with ￥ amounts as of "
                        "the 譲渡日; two notifier boxes side by side with round seals, real servicer ★ セゾン債権回収 with "
                        "「法務大臣許可番号　第34号」; the 譲渡人's own phone as a distractor; informs only (no due date)")


# ---------------------------------------------------------------------------------------------
# cs05 invented servicer 分割弁済のご提案 by fax (header line only, one page).


def cs05():
    R = 18.0
    issued, reply = D(2026, 5, 15), D(2026, 5, 29)
    acc, lastp, asg = D(2024, 11, 6), D(2024, 8, 26), D(2025, 3, 31)
    P, I = 528_300, 14_220
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n, first, rest = 24, 22_300, 22_000
    assert first + rest * (n - 1) == P
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, f"送付日　{slash(issued)}", size=9.5)
    p.at(196, 19, "ご案内番号　HR-25-03318", size=9.5, align="r")
    p.y = 25
    p.line("仕明　健太　様", size=13)
    p.line("（ＦＡＸ　06-000-8124）", size=9)
    p.y = 25
    for s in ("碧嶺債権回収株式会社", "法務大臣許可　第268号", "〒530-0000 大阪府大阪市北区石英通九丁目9番9号",
              "TEL 06-000-2681　FAX 06-000-2682"):
        p.line(s, x=122, size=11 if "碧嶺" in s else 9)
    p.y = 50
    p.title("分割弁済のご提案について", size=15)
    p.para(f"先日はお電話をいただきありがとうございました。当社が{slash(asg)}にラベンダー信販株式会社から譲り受けました"
           "貴殿に対する債権につき、ご相談の内容を踏まえ、下記のとおり分割弁済のご提案を申し上げます。", size=9.8)
    p.line("■　現在のご債務（送付日現在）", size=10.5, font="sans-bold")
    rows = [["残元金", f"{P:,}"], ["未払利息", f"{I:,}"],
            [f"遅延損害金（{slash(acc + ONE)}～{slash(issued)}　年{R:g}％）", f"{L:,}"], ["ご債務額合計", f"{T:,}"]]
    p.table(rows, [118, 48], x=22, size=10, row_h=7.5, aligns="lr", ruled="grid")
    p.line(f"（単位：円）　期限の利益喪失日 {slash(acc)}　最終ご入金日 {slash(lastp)}", x=22, size=8.5)
    p.gap(2)
    p.line("■　ご提案の内容", size=10.5, font="sans-bold")
    for s in (f"１．和解金額　{P:,}円（残元金相当額）", f"２．お支払方法　{n}回の分割（初回 {first:,}円、2回目以降 毎月 {rest:,}円）",
              "３．お支払日　毎月末日（初回 2026/06/30）", "４．上記を完済された場合、未払利息及び遅延損害金の全額を免除いたします。",
              f"５．お支払いを2回分（{rest * 2:,}円）以上怠った場合は、免除はなかったものとし、残額を一括でご請求いたします。"):
        p.para(s, x0=26, size=9.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 15, 1.0))
    p.at(28, y + 9.5, "ご回答期限", size=12, font="sans-bold")
    p.at(62, y + 9.8, f"{slash(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("ご了承いただける場合は、同封の和解書に署名・押印のうえ、上記期限までにご返送ください。期限までにご回答がない場合、"
           "本ご提案は失効し、ご債務額合計の一括でのお支払いをお願いすることになります。", size=9.5, indent="")
    p.para("※本書は原本を別途郵送いたしません。お手元で保管してください。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="碧嶺債権回収株式会社", license_number=268,
               phone="06-000-2681", creditor="碧嶺債権回収株式会社", status="unverified",
               original="ラベンダー信販株式会社", debtor="仕明健太", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="HR-25-03318", input_kind="fax_tiff",
               template="proxy88_invented_servicer_instalment_offer_fax", received=issued)
    return dict(stem="cs05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}-{issued.month:02d}-{issued.day:02d} 10:41 FROM:06 000 2682 HEKIREI SAIKEN",
                about="settlement_proposal (invented servicer, 24 instalments, one-page fax)",
                unusual="one-page G4 fax with only the machine's header line; INVENTED servicer 碧嶺債権回収 with "
                        "「法務大臣許可　第268号」 (→ unverified); every date in slash form; the addressee's own FAX "
                        "number; a grid 残元金 / 未払利息 / 遅延損害金 / ご債務額合計 (単位：円); the plan (和解金額 = the "
                        "principal, 22,300 + 22,000 × 23, 初回 2026/06/30, the 44,000 threshold) as distractors; "
                        "ご回答期限 「…（金）必着」 in a heavy box = payment_due")


# ---------------------------------------------------------------------------------------------
# cs06 仮執行宣言付支払督促 (松江簡裁) on one page, held up in two hands.


def cs06():
    R = 20.0
    order, decl = D(2026, 6, 2), D(2026, 6, 30)
    filed, acc, lastp = D(2026, 5, 19), D(2026, 2, 15), D(2025, 11, 27)
    P, I = 401_560, 9_870
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_620, 1_180
    T = P + I + L + C1 + C2
    case = "令和8年（ロ）第312号"
    p = Page(font="serif", size=10, top=22, left=20, right=20)
    p.at(22, 17, f"事件番号　{case}", size=10)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債権者", "株式会社ハマユウファイナンス"), ("", "〒690-0000 島根県松江市こけもも台九丁目9番9号"),
          ("", "（送達場所）電話 0852-00-0771"), ("債務者", "桟敷　直人"), ("", "〒699-0000 島根県出雲市こおろぎ台九丁目9番9号")],
         label_w=22, size=9.8)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10)
    p.para(f"上記の支払督促は、{era(order)}に発付され、債務者は同支払督促の送達を受けた日から２週間以内に督促異議の申立てを"
           "しなかった。", size=10)
    p.gap(1)
    p.line("請求の趣旨", align="c", font="serif-bold", size=10.5)
    rows = [["１", "残元金", en(P)], ["２", "利息（約定利息の未払分）", en(I)],
            ["３", f"確定遅延損害金（{era(acc + ONE)}から{era(filed)}まで年20％）", en(L)],
            ["４", "督促手続費用", en(C1)], ["５", "仮執行宣言の手続費用", en(C2)], ["", "合　計", en(T)]]
    p.table(rows, [10, 118, 42], x=20, size=9.5, row_h=7, aligns="clr", ruled="grid")
    p.para(f"なお、上記１の残元金に対する{era(filed + ONE)}から完済まで年20％の割合による遅延損害金を付加して支払え。",
           size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因", align="c", font="serif-bold", size=10.5)
    p.para(f"債権者は債務者に対し、令和5年4月12日、金500,000円を利息年17.8％、遅延損害金年20％の約定で貸し付けた。債務者は"
           f"{era(lastp)}の支払を最後にその後の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。", size=9.3)
    p.gap(2)
    p.para(f"上記督促に仮執行の宣言をする。　{era(decl)}", size=10.5, font="serif-bold", indent="")
    p.gap(2)
    for s in ("松江簡易裁判所", "裁判所書記官　橘高　美奈子", "〒690-0000 島根県松江市鈴鹿台九丁目9番9号",
              "電話 0852-00-0411（督促係）"):
        p.line(s, x=110, size=10.5 if "書記官" in s or "松江簡易" in s else 9)
    p.seal(186, p.y - 16, 14, "square", "松江簡易裁判所書記官印", seed=8861)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 27, 0.5))
    p.at(24, y + 6, "この書面を受け取った方へ", size=10, font="sans-bold")
    for i, s in enumerate(["・この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の",
                           "　申立てをすることができます。申立てをしても、強制執行は当然には停止されません。",
                           "・期間内に申立てがないときは、確定判決と同一の効力を生じます。",
                           "・お問い合わせは上記の督促係へ（事件番号をお伝えください）。"]):
        p.at(24, y + 11.5 + i * 4.2, s, size=8.3, font="sans")
    tr = truth(document_type="payment_order_enforceable", sender="松江簡易裁判所", phone="0852-00-0411",
               creditor="株式会社ハマユウファイナンス", status="not_applicable", debtor="桟敷直人", total=T,
               principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=decl,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第312号", input_kind="photo_jpeg",
               template="proxy88_enforceable_order_matsue_held_in_hands", received=D(2026, 7, 2))
    return dict(stem="cs06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, hand=True,
                shot=dict(bg="cloth", keystone=0.07, tilt=1.8, creases=2, fill=0.80, blur=1.0, warm=0.25),
                about="payment_order_enforceable (簡裁, consumer-lender creditor, one page)",
                unusual="phone photo of the page held up in two hands (thumbs over both side margins, dark cloth "
                        "behind), steeper keystone; the whole 仮執行宣言付支払督促 on ONE page: case number top-left, "
                        "parties as kv lines (the creditor's 送達場所 phone as a distractor), the order date 6/2 in the "
                        "prose and the 仮執行宣言 date 6/30 on its own bold line; a numbered grid with TWO cost rows "
                        "(督促手続費用 + 仮執行宣言の手続費用) above 合計; the running 「なお…」 clause; the 令和5年 loan of "
                        "500,000 and 利息年17.8％ as distractors; the court's 督促係 phone")


# ---------------------------------------------------------------------------------------------
# cs07 信用金庫 期限の利益喪失通知 (business loan), digital PDF.


def cs07():
    R = 14.0
    issued, due = D(2025, 7, 8), D(2025, 7, 22)
    warn, acc, lastp = D(2025, 6, 13), D(2025, 6, 30), D(2025, 3, 25)
    P, I = 3_215_000, 28_644
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(20, 22, "管理番号　TS-0703-1196", size=9.5)
    p.at(190, 22, era(issued), size=10.5, align="r")
    p.y = 30
    p.line("秋田県大館市はまなす通九丁目9番9号", size=10.5)
    p.line("えびはら精肉店", size=10.5)
    p.line("蛯原　正志　殿", size=13)
    p.y = 30
    for s in ("秋田県北秋田市太鼓橋九丁目9番9号", "鷹ノ巣信用金庫", "融資管理部長", "電話 0186-00-2231"):
        p.line(s, x=125, size=11 if s == "鷹ノ巣信用金庫" else 10)
    p.seal(182, 40, 14, "square", "鷹ノ巣信用金庫融資管理部長印", angle=-3, seed=8871)
    p.y = 60
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold")
    p.para(f"当金庫は、貴殿との間の令和3年5月20日付金銭消費貸借契約証書（事業資金、当初貸付金額 金5,000,000円）に基づく"
           f"貸付金について、{era(warn)}付書面により延滞元利金のお支払いを催告いたしましたが、その期限である{era(acc)}"
           "までにお支払いがありませんでした。")
    p.para(f"よって、貴殿は信用金庫取引約定書第5条第2項に基づき、{era(acc)}の経過をもって、本件貸付金債務全額について"
           "期限の利益を喪失されましたので、ご通知いたします。")
    p.para(f"つきましては、下記債務全額を{era(due)}までに一括してお支払いください。")
    p.line("記", align="c")
    x0, x1 = 40, 170
    for lab, val in (("貸付金残元金", f"金{P:,}円"), ("未収利息", f"金{I:,}円"),
                     (f"遅延損害金（{era(acc + ONE)}から{era(issued)}まで年14％）", f"金{L:,}円")):
        leader(p, lab, val, x0, x1)
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1.5)
    leader(p, "合　計", f"金{T:,}円", x0, x1, font="serif-bold")
    p.gap(2)
    p.para(f"最終ご返済日　{era(lastp)}　　毎月のご返済額　金68,300円", x0=40, size=10, indent="")
    p.gap(2)
    p.para("なお、上記期限までにお支払いのない場合は、連帯保証人蛯原富美子様に対し保証債務の履行を請求するとともに、"
           "担保権の実行等の法的手続きをとらせていただきますので、あらかじめご承知おきください。")
    p.para("また、右期限後も、残元金に対し完済の日まで年14％の割合による遅延損害金が発生いたします。")
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="鷹ノ巣信用金庫", phone="0186-00-2231",
               creditor="鷹ノ巣信用金庫", status="not_applicable", debtor="蛯原正志", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="TS-0703-1196", input_kind="pdf_text", template="proxy88_shinkin_acceleration_business_loan",
               received=D(2025, 7, 10))
    return dict(stem="cs07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (信用金庫, business loan, 請求喪失)",
                unusual="digital serif 期限の利益喪失のご通知 of a 信用金庫 to a shop owner (屋号 line above the name, 殿); "
                        "管理番号 top-LEFT, the sender block right with a square seal; the 催告 date 6/13 and its deadline "
                        "6/30 (= acceleration 「の経過をもって」) in the prose; dotted-leader list 貸付金残元金 / 未収利息 / "
                        "遅延損害金 / 合計 with 金…円; the 令和3年 loan and 当初貸付金額 5,000,000, 毎月のご返済額 68,300 and "
                        "信用金庫取引約定書第5条第2項 as distractors; the guarantor named")


# ---------------------------------------------------------------------------------------------
# cs08 real servicer 住宅債権管理回収機構: 配当後の残債務一括請求, fax with a 送信票.


def cs08():
    R = 14.0
    issued, due = D(2026, 5, 11), D(2026, 5, 25)
    acc, lastp, asg, div = D(2024, 9, 30), D(2024, 5, 27), D(2025, 1, 31), D(2026, 4, 14)
    P0, L0, C0 = 23_980_000, 740_212, 1_021_346
    DIV = 18_402_000
    # the 配当 covers the costs first, then the late damages, then principal
    P = P0 - (DIV - C0 - L0)
    L = late(P, R, div + ONE, issued)
    T = P + L
    cov = cover_sheet("芝草　勝彦　様", "017-000-3390", "株式会社住宅債権管理回収機構　仙台管理部",
                      "022-000-9131", "022-000-9132", f"{west(issued)}", "2枚（送信票を含む）",
                      "配当後のご返済について", ["お電話でご依頼のありました書面をお送りします。",
                                               "配当後の残債務のご返済について、ご相談をお待ちしております。",
                                               "担当：管理第二課"], "cs08")
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, west(issued), size=10, align="r")
    p.at(196, 23.5, "債権管理番号　JH-2608-4471", size=10, align="r")
    p.y = 28
    p.line("〒031-0000 青森県八戸市潮見ヶ丘九丁目9番9号", size=10)
    p.line("芝草　勝彦　様", size=13)
    p.y = 44
    for s in ("株式会社住宅債権管理回収機構", "法務大臣許可番号　第91号", "仙台管理部　管理第二課",
              "〒980-0000 宮城県仙台市青葉区なずな通九丁目9番9号", "TEL 022-000-9131　FAX 022-000-9132"):
        p.line(s, x=112, size=11 if "機構" in s else 9)
    p.y = 72
    p.title("競売配当後の残債務のご請求", size=15)
    p.para(f"当社が{west(asg)}に株式会社立葵銀行から譲り受けました貴殿の住宅ローン債権につきましては、担保不動産競売事件"
           f"（青森地方裁判所八戸支部 令和7年（ケ）第88号）において、{west(div)}の配当期日に配当金 {DIV:,}円を受領し、"
           "下表のとおり充当いたしました。", size=9.8)
    head = ["項目", "配当前", "充当額", "配当後"]
    body = [["執行費用", f"{C0:,}", f"{C0:,}", "0"], ["遅延損害金", f"{L0:,}", f"{L0:,}", "0"],
            ["元本", f"{P0:,}", f"{DIV - C0 - L0:,}", f"{P:,}"], ["計", f"{P0 + L0 + C0:,}", f"{DIV:,}", f"{P:,}"]]
    p.table([head] + body, [40, 42, 42, 42], x=22, header=True, aligns="lrrr", size=9.5, row_h=7)
    p.line("（単位：円）", x=22, size=8)
    p.gap(2)
    p.para(f"しかしながら、なお下記の残債務がございますので、{west(due)}（{wd(due)}）までに一括してお支払いください。",
           size=9.8)
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 166, 28, 0.7))
    rows = (("残元本", f"{P:,}円"), (f"遅延損害金（{west(div + ONE)}～{west(issued)}　年14％）", f"{L:,}円"),
            ("ご請求額", f"{T:,}円"))
    for i, (a, b) in enumerate(rows):
        f = "sans-bold" if i == 2 else "sans"
        p.at(27, y + 8 + i * 8.5, a, size=10.5, font=f)
        p.at(183, y + 8 + i * 8.5, b, size=10.5 if i < 2 else 12, font=f, align="r")
    p.add(Line(22, y + 19.5, 188, y + 19.5, 0.3))
    p.y = y + 32
    p.para(f"（ご参考）期限の利益喪失日　{west(acc)}　最終ご返済日　{west(lastp)}　売却価額　19,880,000円",
           x0=22, size=9, indent="")
    p.para("お支払いが一括で困難な場合は、期限までに担当までご連絡ください。ご収入に応じたご返済計画をご相談いたします。"
           "ご連絡のない場合は、給与債権等の差押えを含む法的手続きを検討いたします。", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="022-000-9131", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社立葵銀行", debtor="芝草勝彦", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="JH-2608-4471", input_kind="fax_tiff",
               template="proxy88_real_servicer_after_auction_fax_with_cover", received=issued)
    return dict(stem="cs08", ext="tif", kind="fax_tiff", pages=[cov.spec, p.spec], truth=tr,
                fax_header=f"{west(issued)} 16:05 ｼﾞﾕｳﾀｸｻｲｹﾝ ｾﾝﾀﾞｲ 022 000 9132",
                about="collection_notice (real servicer, 一括請求 after the 競売 配当, fax with a 送信票)",
                unusual="2-page G4 fax: a ＦＡＸ送信票 then the letter; a half-width-kana fax header; real servicer ★ "
                        "住宅債権管理回収機構 with 「法務大臣許可番号　第91号」 in the sender block; western 年月日 dates; a "
                        "4-column 充当 table (配当前 / 充当額 / 配当後, 執行費用 and 遅延損害金 fully covered) whose figures "
                        "are distractors; the claim in a box 残元本 / 遅延損害金 (配当期日翌日から) / ご請求額 (no interest); "
                        "the (ケ) case number, 配当金 18,402,000 and 売却価額 19,880,000 as distractors; 喪失日 and 最終ご返済日 "
                        "in a (ご参考) line")


LETTERS = [cs01, cs02, cs03, cs04, cs05, cs06, cs07, cs08]
