"""Proxy set 33, letters ap01–ap08: "odd formats". A computer-printed 請求書 with boxed fields, a 圧着はがき opened
into three panels and held in the hand, an A5 half-sheet scanned on an A4 flatbed, a landscape A4 with two columns
(the joint 債権譲渡 notice), a 簡裁 (ハ) summons with its 訴状, a window-envelope address sheet with a perforated
払込取扱票, a faxed reply form with check-boxes (□ 一括 ■ 分割) and a dot-matrix letter on continuous form paper."""

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
    Text,
    bars,
    era,
    late,
    qr,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
GREEN = (0.08, 0.45, 0.25)
ORANGE = (0.85, 0.42, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def en(n: int) -> str:
    return f"{n:,}円"


# ---------------------------------------------------------------------------------------------
# ap01 consumer lender: a computer-printed 請求書 with boxed fields (請求日 / 請求番号 / お支払期限 / ご請求金額).


def ap01():
    R = 20.0
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 386_250, 9_842
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=12)
    p.at(15, 20, "請　求　書", size=20, font="sans-bold")
    p.at(15, 26, "（期限の利益喪失に伴う一括のご請求）", size=9)
    # boxed header fields, top right (label above value)
    x0, y0 = 112, 11
    for i, (lab, val) in enumerate([("請求日", slash(issued)), ("請求番号", "TBF-2601-0044170")]):
        p.add(Box(x0 + i * 42, y0, 42, 13, 0.3))
        p.add(Box(x0 + i * 42, y0, 42, 4.6, 0.3, None, SHADE))
        p.at(x0 + i * 42 + 21, y0 + 3.5, lab, size=7.5, align="c")
        p.at(x0 + i * 42 + 21, y0 + 10.8, val, size=9.5, align="c")
    p.at(196, y0 + 18, "1 / 1", size=7.5, align="r", color=GRAY)
    # addressee
    p.add(Box(15, 34, 90, 34, 0.15, GRAY))
    bars(p, 19, 37, 58, 3.0, "ap01")
    p.at(19, 46, "〒981-0000", size=9.5)
    p.at(19, 51, "宮城県仙台市泉区かたくり台三丁目8番21号", size=9.5)
    p.at(19, 56, "コーポかたくり 203", size=9.5)
    p.at(25, 64, "廿楽　美沙緒　様", size=13.5)
    # issuer block
    yy = 38
    for s, sz, f in [("株式会社たぶのきファイナンス", 11.5, "sans-bold"), ("債権管理部　回収グループ", 9, "sans"),
                     ("〒980-0000 宮城県仙台市青葉区いかる台一丁目1番1号", 8, "sans"),
                     ("TEL 022-000-4170（平日 9:30～17:30）", 8.5, "sans"), ("担当　鍋谷", 8.5, "sans"),
                     ("貸金業登録番号 東北財務局長(3)第00417号", 7, "sans")]:
        p.at(118, yy, s, size=sz, font=f)
        yy += sz * 0.3528 * 1.75
    p.add(Seal(186, 44, 15, "square", "たぶのきファイナンス之印", angle=3, seed=33011))
    p.y = 74
    p.para("平素より格別のご高配を賜り厚く御礼申し上げます。", size=9.5)
    p.para("お客様のご契約につきましては、約定のご返済がなく、当社よりの催告にもかかわらずご入金がございません"
           "でしたので、金銭消費貸借契約の定めにより期限の利益を喪失しております。つきましては、下記のご請求金額を"
           "お支払期限までに一括してお支払いくださいますようご請求申し上げます。", size=9.5)
    p.gap(2)
    # big boxed fields row
    y = p.y
    xs = [15, 78, 131]
    ws = [63, 53, 65]
    labs = ["お客様番号", "お支払期限", "ご請求金額（税込・円）"]
    vals = ["0417-2285-16", f"{slash(due)}（{wd(due)}）", f"¥{T:,}"]
    for x, w_, lab in zip(xs, ws, labs, strict=True):
        p.add(Box(x, y, w_, 17, 0.5))
        p.add(Box(x, y, w_, 5.5, 0.3, None, (0.85, 0.92, 0.93)))
        p.at(x + w_ / 2, y + 4.1, lab, size=8, align="c")
    p.at(xs[0] + 31.5, y + 13.5, vals[0], size=12, align="c", font="mono")
    p.at(xs[1] + 26.5, y + 13.5, vals[1], size=11.5, align="c", font="sans-bold")
    p.at(xs[2] + 62, y + 13.8, vals[2], size=15, align="r", font="sans-bold")
    p.y = y + 22
    p.line("ご請求明細", x=15, size=10, font="sans-bold")
    rows = [["No.", "摘　要", "計算期間・備考", "金額（円）"],
            ["1", "貸付残高", "期限の利益喪失時点の残元金", f"{P:,}"],
            ["2", "約定利息", f"{slash(D(2025, 8, 28))}～{slash(acc)}（未収分）", f"{I:,}"],
            ["3", "遅延損害金", f"{slash(acc + timedelta(1))}～{slash(issued)}　年{R:.1f}%", f"{L:,}"],
            ["", "", "小　計", f"{T:,}"],
            ["", "", "ご請求金額", f"{T:,}"]]
    p.table(rows, [12, 40, 85, 44], x=15, header=True, aligns="clll" + "r", size=9.2, row_h=7.5)
    p.gap(3)
    p.line("ご契約内容", x=15, size=10, font="sans-bold")
    p.table([["ご契約番号", "TBF-K-20210311-07", "ご契約日", "2021/03/11"],
             ["当初ご融資額", "500,000円", "最終ご入金日", slash(lastp)],
             ["期限の利益喪失日", slash(acc), "損害金利率", f"年{R:.1f}%"]],
            [34, 56.5, 34, 56.5], x=15, size=8.8, row_h=7, aligns="llll", shade_col0=True)
    p.gap(3)
    p.line("お振込先", x=15, size=10, font="sans-bold")
    p.para("ひよどり坂銀行　泉中央支店　普通預金　1180447　口座名義　カ）タブノキフアイナンス", size=9, indent="")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号（ハイフン不要）をご入力ください。振込手数料はお客様のご負担と"
           "なります。", size=8.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, GRAY))
    p.at(18, y + 5, "【ご注意】", size=8.5, font="sans-bold")
    for i, s in enumerate(["お支払期限までにご入金が確認できない場合は、誠に遺憾ながら法的手続（支払督促・訴訟等）に",
                           "移行させていただくことがございます。ご事情によりお支払いが困難な場合は、お支払期限までに",
                           "担当者までご連絡ください。本書と行き違いにご入金の際はご容赦ください。"]):
        p.at(18, y + 10.5 + i * 4.4, s, size=8.5)
    p.at(196, 287, "TBF-SYS 請求書発行 R3.2 / 2601150944", size=6, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社たぶのきファイナンス", phone="022-000-4170",
               creditor="株式会社たぶのきファイナンス", status="not_applicable", debtor="廿楽美沙緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="TBF-2601-0044170", input_kind="pdf_text",
               template="proxy33_lender_invoice_boxed_fields", received=D(2026, 1, 17))
    return dict(stem="ap01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (consumer lender, computer-printed 請求書 with boxed fields)",
                unusual="a computer-printed 請求書 like a trade invoice: title 「請　求　書」 top-LEFT, two boxed fields "
                        "top-right with the label above the value (請求日 in slashes 2026/01/15, 請求番号 → reference); a "
                        "row of three big boxed fields (お客様番号 in a monospace face, お支払期限 with weekday, ご請求金額"
                        "（税込・円） ¥…); a No./摘要/計算期間・備考/金額 table with 貸付残高 / 約定利息 / 遅延損害金 and both "
                        "小計 and ご請求金額 rows; a shaded ご契約内容 grid (ご契約番号, 当初ご融資額 500,000, 喪失日, last "
                        "payment); every date as YYYY/MM/DD; 貸金業登録番号 and a system footer line as distractors")


# ---------------------------------------------------------------------------------------------
# ap02 real servicer SMBC債権回収: a 圧着はがき opened into THREE panels, photographed held in the hand.


def ap02():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    acc, lastp, asg = D(2025, 10, 6), D(2025, 7, 27), D(2025, 12, 19)
    P, I = 512_380, 18_430
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W, H = 300.0, 148.0
    p = Page(w=W, h=H, font="sans", size=7.5, left=5, right=5, top=6, leading=1.45)
    for xf in (100, 200):
        for yy in range(2, 146, 4):
            p.add(Line(xf, yy, xf, yy + 2.2, 0.15, GRAY))
    # panel 1 (outside: the address side)
    p.add(Box(6, 6, 18, 18, 0.3))
    for i, s in enumerate(["料金後納", "郵　便"]):
        p.at(15, 13.5 + i * 4.5, s, size=6.5, align="c")
    p.at(94, 24, "親　展", size=11, font="sans-bold", color=RED, align="r")
    for i, c in enumerate("9860000"):
        p.add(Box(44 + i * 7 + (2 if i > 2 else 0), 8, 6, 8, 0.35, RED))
        p.at(47 + i * 7 + (2 if i > 2 else 0), 14.3, c, size=10, align="c")
    bars(p, 24, 27, 60, 3.0, "ap02")
    p.at(12, 38, "宮城県石巻市すずめ野二丁目14番地の3", size=9.5)
    p.at(12, 43.5, "すずめ野ハイツ　Ｂ－１０２", size=9.5)
    p.at(22, 58, "物部　健吾　様", size=16)
    p.add(Box(10, 70, 80, 10, 0.3, RED))
    p.at(50, 76.3, "◀ この面の端からはがしてください ▶", size=7.5, color=RED, align="c")
    p.at(10, 88, "重要なお知らせです。必ずご本人様がご開封ください。", size=7)
    p.at(10, 92.5, "この圧着はがきは個人情報保護シール付です。", size=6.5, color=GRAY)
    p.add(Line(8, 120, 92, 120, 0.2, GRAY))
    for i, s in enumerate(["差出人", "SMBC債権回収株式会社　管理第二部", "〒100-0000 東京都千代田区しぎ沢町3-3-3",
                           "フリーダイヤル 0120-000-318"]):
        p.at(10, 125 + i * 4.2, s, size=6.8 if i else 6.0)
    p.at(92, 143, "S-33-0216-A", size=5.5, align="r", color=GRAY)
    # panel 2 (inside, left): the notice
    p.add(Box(103, 6, 94, 10, color=None, fill=(0.05, 0.36, 0.25)))
    p.at(150, 13, "ご入金のお願い（一括請求）", size=11.5, font="sans-bold", color=WHITE, align="c")
    p.at(105, 22, f"物部 健吾 様　　お客様番号 SC-6021-48830　　通知日 {era(issued)}", size=6.8)
    body = ("お客様が株式会社ぬるでカードとの間で締結されたカード会員契約に基づく債権は、" + era(asg) +
            "付で同社から当社へ譲渡されております。お客様は" + era(acc) + "に期限の利益を喪失されており、"
            "最終のご入金は" + era(lastp) + "です。下記の金額を一括してお支払いください。")
    p.y = 24
    p.para(body, x0=105, x1=195, size=7.2, indent="　")
    p.gap(1.5)
    rows = [["元金", f"{P:,}円"], ["利息（手数料）", f"{I:,}円"],
            [f"遅延損害金（年{R}%）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]]
    y = p.y
    for i, (a, b_) in enumerate(rows):
        last = i == len(rows) - 1
        p.add(Box(105, y + i * 7, 48, 7, 0.25, (0, 0, 0), (0.88, 0.94, 0.90)))
        p.add(Box(153, y + i * 7, 42, 7, 0.25 if not last else 0.6))
        p.at(107, y + i * 7 + 4.9, a, size=7.5, font="sans-bold" if last else "sans")
        p.at(193, y + i * 7 + 4.9, b_, size=8.5 if last else 7.8, font="sans-bold" if last else "sans", align="r")
    p.y = y + 30
    p.line(f"※遅延損害金は{era(acc + timedelta(1))}から通知日までの日割計算です。", x=105, size=6.3)
    p.line("ご契約内容（ご参考）", x=105, size=7, font="sans-bold")
    for s in ["原契約：株式会社ぬるでカード　ゴールドカード会員契約", "カード番号：****-****-****-7216",
              "ご契約日：平成31年4月2日　ご利用可能枠：300,000円（停止中）", f"債権譲受日：{era(asg)}"]:
        p.line(s, x=107, size=6.5)
    p.at(195, 143, "（右面へ続く　→）", size=6, align="r", color=GRAY)
    # panel 3 (inside, right): due date, account, contact, tiny print
    p.add(Box(205, 8, 90, 22, 1.0, RED))
    p.at(210, 15, "お支払期限", size=9, font="sans-bold", color=RED)
    p.at(290, 25, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = 34
    p.line("お振込先", x=206, size=8, font="sans-bold")
    for s in ["みなと桟橋銀行　本店営業部", "普通預金　7033184", "口座名義　エスエムビーシーサイケンカイシユウ（カ",
              "※ご依頼人名の前にお客様番号の数字8桁（60214883）をご入力ください。"]:
        p.line(s, x=208, size=7)
    p.gap(2)
    p.add(Box(205, p.y, 90, 24, 0.3, (0.05, 0.36, 0.25)))
    yy = p.y + 5
    for s, sz, f in [("お問い合わせ・ご相談", 8, "sans-bold"), ("SMBC債権回収株式会社　管理第二部", 7.5, "sans"),
                     ("フリーダイヤル　0120-000-318", 9.5, "sans-bold"), ("受付時間　平日 9:00～17:00（土日祝休）", 6.8, "sans")]:
        p.at(208, yy, s, size=sz, font=f)
        yy += sz * 0.3528 * 1.7
    p.y += 28
    p.line("法務大臣許可番号　第10号", x=206, size=7.5)
    p.gap(1)
    tiny = ("【ご注意】本はがきは、当社が譲り受けた債権についてのご案内です。お支払期限までにご入金またはご連絡がない場合、"
            "法的手続に移行することがあります。お支払いが困難な場合は分割でのご相談も承ります。本はがきと行き違いにご入金"
            "いただいた場合はご容赦ください。当社は法務大臣の許可を受けた債権管理回収業者です。当社の社員が現金を直接お預かり"
            "すること、個人名義の口座へのお振込をお願いすることはございません。ご不審な点は法務省ホームページ掲載の連絡先に"
            "てご確認ください。個人情報の取扱いについては当社ホームページをご覧ください。")
    p.para(tiny, x0=206, x1=294, size=5.2, indent="")
    qr(p, 276, 123, 17, "ap02")
    p.at(275, 140, "お手続はこちら", size=5.5, align="r")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-318", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社ぬるでカード",
               debtor="物部健吾", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="SC-6021-48830",
               input_kind="photo_jpeg", template="proxy33_servicer_sealed_postcard_three_panels_in_hand",
               received=D(2026, 2, 18))
    return dict(stem="ap02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True, hand="bottom",
                shot=dict(canvas=(2600, 1500), fill=0.9, keystone=0.03, tilt=1.8, bg="desk", blur=0.85, warm=0.2,
                          bow=6.0),
                about="collection_notice (real servicer, 圧着はがき opened into three panels, held in the hand)",
                unusual="a Z-fold 圧着はがき opened flat into THREE 100 mm panels (300 × 148 mm, landscape) and "
                        "photographed HELD: a thumb over the bottom edge; panel 1 is the OUTSIDE address side (料金後納, "
                        "red postcode boxes, 親展, 「◀ この面の端からはがしてください ▶」, the sender in small print at the "
                        "bottom); panel 2 a green title band, name / お客様番号 / 通知日 on one line, the 譲受, 喪失 and last "
                        "payment in one sentence, a 4-row shaded-label table; panel 3 a red お支払期限 box, the account, a "
                        "contact box and real servicer ★ SMBC債権回収株式会社 with 「法務大臣許可番号　第10号」, then 5 pt "
                        "TINY PRINT and a QR; card number, ご利用可能枠 300,000 and the 8-digit transfer code as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# ap03 card company: an A5 half-sheet (A4 cut in two) scanned on an A4 flatbed; arrears only.


def ap03():
    R = 14.6
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    lastp = D(2025, 10, 27)
    P, I = 28_400, 3_120
    L = late(P + I, R, D(2025, 10, 28), D(2025, 11, 27))
    T = P + I + L
    p = Page(font="sans", size=9, left=14, right=14, top=10)
    SH = 148.5
    # the scanner lid below the sheet, and the sheet's lower edge shadow
    p.add(Box(0, SH, 210, 297 - SH, color=None, fill=(0.93, 0.93, 0.92)))
    p.add(Line(0, SH + 0.4, 210, SH + 0.4, 0.8, (0.55, 0.55, 0.55)))
    p.add(Line(0, SH + 1.3, 210, SH + 1.3, 0.6, (0.78, 0.78, 0.78)))
    p.add(Box(0, 0, 210, 6, color=None, fill=ORANGE))
    p.at(14, 15, "GIBOSHI CARD", size=11, font="sans-bold", color=ORANGE)
    p.at(14, 19.5, "株式会社ぎぼうしクレジット", size=7.5)
    p.at(196, 14, f"発行日　{wdate(issued)}", size=8, align="r")
    p.at(196, 18.5, "お問合せ番号　GB-0338-7721", size=8, align="r")
    p.at(14, 28, "小鳥遊　ひかり　様", size=12)
    p.at(14, 32.5, "会員番号　4980-33**-****-1187", size=7.5, color=GRAY)
    p.at(105, 43, "お支払いのお願い（再通知）", size=13.5, font="sans-bold", align="c")
    p.y = 47
    p.para("いつもぎぼうしカードをご利用いただきありがとうございます。" + f"{wdate(D(2025, 11, 27))}のお引落しが"
           "できませんでした。前回ご入金（" + wdate(lastp) + "）以降のご入金が確認できておりませんので、下記の金額を"
           "お支払期限までにお振込みください。", size=8.8)
    p.gap(1.5)
    y = p.y
    p.add(Box(14, y, 100, 31, 0.3))
    rows = [("ご利用代金（元金分）", P), ("分割・リボ手数料", I), (f"遅延損害金（年{R}%）", L)]
    for i, (lab, v) in enumerate(rows):
        p.at(17, y + 6 + i * 6, lab, size=8.8)
        p.at(111, y + 6 + i * 6, f"{v:,}円", size=8.8, align="r")
    p.add(Line(16, y + 22, 112, y + 22, 0.3))
    p.at(17, y + 28, "今回お支払額", size=9.5, font="sans-bold")
    p.at(111, y + 28, f"{T:,}円", size=11, font="sans-bold", align="r")
    p.add(Box(120, y, 76, 31, 0.8, ORANGE))
    p.at(158, y + 7, "お支払期限", size=9, font="sans-bold", color=ORANGE, align="c")
    p.at(158, y + 17, f"{due.month}月{due.day}日（{wd(due)}）", size=15, font="sans-bold", align="c")
    p.at(158, y + 25, "までにお振込みください", size=7.5, align="c")
    p.y = y + 34
    p.line(f"※遅延損害金は、{wdate(D(2025, 10, 28))}から{wdate(D(2025, 11, 27))}までの日割計算です。", size=7)
    p.line("お振込先　こげら町信託銀行　本店　普通　2207719　カ）ギボウシクレジット", size=8)
    p.line("※お振込手数料はお客様のご負担となります。　次回お引落し予定日 2025年12月27日（ご参考）", size=7)
    p.line("お問い合わせ　ぎぼうしカード お客様センター　TEL 0570-000-338（9:00～17:00 年末年始を除く）", size=8)
    p.at(196, 145, "GB-DN02 2512 A5", size=6, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社ぎぼうしクレジット", phone="0570-000-338",
               creditor="株式会社ぎぼうしクレジット", status="not_applicable", debtor="小鳥遊ひかり", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="GB-0338-7721", input_kind="pdf_scan", template="proxy33_card_arrears_a5_half_sheet_on_a4_scan",
               received=D(2025, 12, 8))
    return dict(stem="ap03", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (card company, arrears, A5 half-sheet)",
                unusual="an A5 HALF-SHEET (A4 cut across, 210 × 148 mm) laid on an A4 flatbed and scanned as a one-page "
                        "image PDF: the letter fills the top half, the grey scanner lid and the sheet's shadow fill the "
                        "bottom; orange band and Latin brand 「GIBOSHI CARD」; arrears only (lump false): ご利用代金（元金分）"
                        " / 分割・リボ手数料 / 遅延損害金 / 今回お支払額 in a small box; the due date as month-day only "
                        "「12月19日（金）」 in an orange box (year from the 発行日); the failed 引落し date 11/27, the damage "
                        "window, the masked 会員番号 and the 次回お引落し予定日 12/27 as distractors; a 0570 number")


# ---------------------------------------------------------------------------------------------
# ap04 joint assignment on a LANDSCAPE A4 in two columns: 譲渡通知 (left) and 譲受通知 (right); photo, EXIF 6.


def ap04():
    R = 14.6
    issued, asg = D(2025, 12, 3), D(2025, 11, 28)
    acc, lastp = D(2025, 6, 12), D(2025, 4, 27)
    P, I = 734_900, 21_655
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p = Page(w=297, h=210, font="serif", size=9.5, left=14, right=14, top=12, leading=1.6)
    p.add(Line(148.5, 14, 148.5, 196, 0.3, GRAY))
    # left column: the transferor's notice
    L0, L1 = 14, 141
    p.at((L0 + L1) / 2, 20, "債 権 譲 渡 通 知 書", size=15, font="serif-bold", align="c")
    p.at(L1, 28, era(issued), size=9.5, align="r")
    p.at(L0, 34, "〒990-0000 山形県山形市四十雀町5番2号", size=9)
    p.at(L0 + 4, 41, "神宮寺　隆之　殿", size=12.5)
    p.y = 47
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", x0=L0, x1=L1, size=9.5)
    p.para(f"さて、当社は、貴殿に対して有する下記表示の債権を、{era(asg)}付でオリックス債権回収株式会社（以下「譲受人」"
           "といいます。）に譲渡いたしましたので、民法第467条に基づき、ここにご通知申し上げます。", x0=L0, x1=L1, size=9.5)
    p.para("今後は、本債権に関するお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。当社へのお振込みは"
           "お控えください。", x0=L0, x1=L1, size=9.5)
    p.line("敬具", x=L1, size=9.5, align="r")
    p.gap(2)
    p.line("（譲渡人）", x=L0, size=9)
    for s in ["宮城県仙台市宮城野区ほおじろ台2丁目7番7号", "株式会社いたどり信販", "代表取締役　楫取　周平"]:
        p.line(s, x=L0 + 8, size=9.5)
    p.add(Seal(122, p.y - 9, 15, "round", "いたどり信販|代表/取締役", angle=-6, seed=33041))
    p.gap(4)
    p.line("譲渡債権の表示", x=L0, size=10, font="serif-bold")
    p.kv([("原契約", "カードローン契約（契約番号 IT-77-104523）"), ("契約日", "平成30年9月14日"),
          ("期限の利益喪失日", era(acc)), ("最終弁済日", era(lastp)), ("譲渡日", era(asg))],
         x=L0 + 4, label_w=36, size=9)
    p.line("譲渡日現在の債権額は右欄のとおりです。", x=L0 + 4, size=8.5)
    # right column: the assignee's notice
    R0, R1 = 156, 283
    p.at((R0 + R1) / 2, 20, "債 権 譲 受 通 知 書", size=15, font="serif-bold", align="c")
    p.at(R1, 28, era(issued), size=9.5, align="r")
    p.at(R0, 34, "譲受管理番号　OX-2511-60388", size=9)
    p.y = 39
    p.para("当社は、左欄記載のとおり株式会社いたどり信販から貴殿に対する債権を譲り受けました。譲渡日現在の債権額は"
           "下記のとおりです。今後のお支払方法等につきましては、追って当社からご案内いたします。", x0=R0, x1=R1, size=9.5)
    p.gap(2)
    rows = [["項　目", "金　額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
            [f"遅延損害金（年{R}％）", f"{L:,}円"], ["合　計", f"{T:,}円"]]
    p.table(rows, [70, 57], x=R0, header=True, size=9.5, row_h=8, aligns="lr")
    p.line(f"（遅延損害金は{era(acc + timedelta(1))}から譲渡日まで）", x=R0, size=8)
    p.gap(2)
    p.para("お手元の当社以外の振込用紙はご使用にならないでください。本通知は債権譲渡のお知らせであり、本書によって"
           "直ちにお支払いを求めるものではありません。", x0=R0, x1=R1, size=8.8)
    p.gap(3)
    p.line("（譲受人）", x=R0, size=9)
    for s in ["東京都港区あとり町1丁目1番1号", "オリックス債権回収株式会社", "代表取締役　浮津　和臣",
              "法務大臣許可番号　第11号", "お問い合わせ　TEL 03-0000-1183（平日9時～17時30分）"]:
        p.line(s, x=R0 + 8, size=9.5 if "株式会社" in s else 9)
    p.add(Seal(266, p.y - 20, 15, "round", "オリックス債権回収|代表/取締役", angle=5, seed=33042))
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1183", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社いたどり信販", debtor="神宮寺隆之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="OX-2511-60388", input_kind="photo_exif_rotated",
               template="proxy33_joint_assignment_landscape_two_columns_rotated", received=D(2025, 12, 5))
    return dict(stem="ap04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(canvas=(2400, 1800), fill=0.86, keystone=0.04, tilt=2.0, creases=1, bg="wood", blur=0.9,
                          shadow=0.22, shadow_side="bottom", warm=0.15),
                about="assignment_notice (joint, card-loan company → real servicer, LANDSCAPE A4 in two columns)",
                unusual="a LANDSCAPE A4 (297 × 210 mm) in TWO COLUMNS with a rule between: left the 譲渡人's 債権譲渡通知書 "
                        "(拝啓…敬具, 民法第467条, its round seal and a 譲渡債権の表示 kv list with 原契約 / 契約日 平成30年 / 喪失 / "
                        "最終弁済日 / 譲渡日), right the 譲受人's 債権譲受通知書 with 譲受管理番号, a 項目/金額 table and real "
                        "servicer ★ オリックス債権回収株式会社 「法務大臣許可番号　第11号」; both columns carry the same date; "
                        "photographed folded once on wood with a hand shadow at the bottom and stored sideways with EXIF "
                        "orientation 6; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ap05 簡裁 (ハ): 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2); A4 digital.


def ap05():
    R = 18.0
    issued, hearing, answer = D(2026, 3, 18), D(2026, 4, 22), D(2026, 4, 15)
    filed = D(2026, 3, 4)
    acc, lastp = D(2025, 9, 10), D(2025, 6, 25)
    P, I = 463_512, 12_884
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和8年（ハ）第312号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, f"事件番号　{fw(case)}", size=10.5, align="r")
    p.at(196, 26, "貸金請求事件", size=10.5, align="r")
    p.y = 32
    p.line("原　告　株式会社すだじいキャッシング", x=20)
    p.line("被　告　毒島　亮介", x=20)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("毒島　亮介　殿", x=20, size=12)
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=190, align="r")
    p.line("石巻簡易裁判所民事係", x=190, align="r")
    p.line("裁判所書記官　礒　辺　早　苗", x=190, align="r")
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(3)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("場　　所", "民事第１法廷（庁舎２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b_) in enumerate(rows):
        p.add(Box(20, y + i * 11, 40, 11, 0.3, (0, 0, 0), SHADE))
        p.add(Box(60, y + i * 11, 130, 11, 0.3))
        p.at(40, y + i * 11 + 7.3, a, size=10.5, align="c")
        p.at(64, y + i * 11 + 7.3, b_, size=11.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 38
    p.line("【注意】", x=20, font="serif-bold")
    for s in ["１　出頭の際は、この呼出状と印鑑をお持ちください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払いなどの話合いを希望する場合は、答弁書にその旨を記載してください。",
              "４　裁判所の所在地　宮城県石巻市せきれい通１丁目６番１号",
              "５　問い合わせ先　石巻簡易裁判所民事係　電話　０２２５－００－４３１２"]:
        p.para(s, x0=22, size=10, indent="")
    p.gap(4)
    p.para("（同封書類）訴状副本、答弁書用紙、証拠書類写し", x0=22, size=9.5, indent="")
    # p.2 訴状
    q = Page(font="serif", size=10.5, top=18)
    q.title("訴　　　　状", size=16)
    q.line(fw(era(filed)), x=190, align="r")
    q.line("石巻簡易裁判所　御中", x=20)
    q.gap(2)
    q.line("原告　宮城県仙台市青葉区ひばり丘北四丁目２番３号", x=30, size=10)
    q.line("株式会社すだじいキャッシング", x=42, size=10.5)
    q.line("代表者代表取締役　浜　砂　　進", x=42, size=10.5)
    q.line("（送達場所・担当）同社管理部　電話　０２２－０００－３１２１", x=42, size=9)
    q.line("被告　宮城県石巻市しめ野五丁目３番１８号", x=30, size=10)
    q.line("毒　島　亮　介", x=42, size=10.5)
    q.gap(3)
    q.line("貸金請求事件", x=20, font="serif-bold")
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金5,000円", x=20, size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", x=20, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + timedelta(1)))}から支払済みまで"
           f"年{R:g}パーセントの割合による金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, indent="")
    q.gap(2)
    q.line("第２　請求の原因", x=20, font="serif-bold")
    q.para("１　原告は、被告との間で、平成29年7月3日、極度額50万円、利率年17.8パーセント、遅延損害金年18パーセント、"
           "毎月25日限り元利金を支払う旨の金銭消費貸借契約（カードローン）を締結し、被告に金員を貸し付けた。", x0=24, indent="")
    q.para(f"２　被告は、{era(lastp)}の支払を最後にその後の支払を怠り、催告期限である{era(acc)}の経過により期限の利益を喪失した。",
           x0=24, indent="")
    q.para("３　よって、原告は、被告に対し、次の金員の支払を求める。", x0=24, indent="")
    rows = [["残元金", f"{P:,}円"], [f"未払利息（{era(lastp + timedelta(1))}～{era(acc)}）", f"{I:,}円"],
            [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", f"{L:,}円"], ["合　　計", f"{T:,}円"]]
    q.gap(1)
    q.table(rows, [118, 44], x=28, size=9.8, row_h=8, aligns="lr")
    q.gap(3)
    q.line("証拠方法　甲第１号証　契約書　甲第２号証　取引履歴", x=20, size=9.5)
    q.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通", x=20, size=9.5)
    tr = truth(document_type="lawsuit", sender="石巻簡易裁判所", phone="0225-00-4312",
               creditor="株式会社すだじいキャッシング", status="not_applicable", debtor="毒島亮介", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy33_summary_court_ha_summons_with_complaint", received=D(2026, 3, 20))
    return dict(stem="ap05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), consumer lender plaintiff, 2 pages)",
                unusual="石巻簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital, A4 (court papers "
                        "are never an odd size: the set's A4 control); full-width case number and dates; 期日 / 場所 / "
                        "答弁書提出期限 as a shaded-label box with weekdays and 午前１０時３０分; the court's phone in "
                        "full-width in a numbered 注意 list; the 訴状 dated 3/4 ≠ the 呼出状 3/18; 請求の趣旨 「金…及びうち金…」; "
                        "a 4-row table 残元金 / 未払利息 / 確定遅延損害金 / 合計 with their windows; 極度額50万円, 年17.8, "
                        "貼用印紙額 5,000 and the plaintiff's 担当 phone as distractors")


# ---------------------------------------------------------------------------------------------
# ap06 invented servicer: a 窓あき封筒 address sheet with a PERFORATED tear-off 払込取扱票 (digit cells).


def ap06():
    R = 18.0
    issued, due = D(2026, 2, 27), D(2026, 3, 13)
    acc, lastp, asg = D(2025, 8, 4), D(2025, 4, 30), D(2026, 1, 23)
    P, I = 268_000, 7_412
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9, top=10)
    # window area (the envelope window shows this block)
    p.add(Box(20, 14, 95, 44, 0.15, (0.75, 0.75, 0.75)))
    p.at(22, 18.5, "料金別納郵便", size=6.5, color=GRAY)
    bars(p, 24, 21, 62, 3.0, "ap06")
    p.at(24, 30, "〒960-0000", size=10)
    p.at(24, 35.5, "福島県福島市かわせみ町二丁目2番40号", size=10)
    p.at(24, 41, "かわせみ第二コーポ　305号", size=10)
    p.at(30, 51.5, "冷泉　登志子　様", size=14)
    p.at(112, 56, "A0227-0913", size=6, align="r", color=GRAY)
    p.at(130, 20, "暁雲債権回収株式会社", size=12, font="sans-bold", color=NAVY)
    for i, s in enumerate(["管理部 回収二課", "〒100-0000 東京都千代田区おなが台3-1-1", "TEL 03-0000-2461",
                           "法務大臣許可番号 第246号"]):
        p.at(130, 26 + i * 4.6, s, size=8.5)
    stamp(p, 160, 44, "親展・重要", size=10, h=8)
    p.add(Line(6, 99, 10, 99, 0.3, GRAY))
    p.add(Line(200, 99, 204, 99, 0.3, GRAY))
    p.y = 64
    p.line(f"通知日　{era(issued)}　　お客様番号　GU-4417-0288", x=20, size=8.8)
    p.title("ご入金のお願い", size=14)
    p.para(f"お客様が株式会社くまつづらローンとご契約のローン債権は、{era(asg)}付で当社が譲り受けました。お客様は"
           f"{era(acc)}に期限の利益を喪失されており、{era(lastp)}以降のご入金がございません。下記金額を、下の払込取扱票"
           "にてお支払期限までに一括でお支払いください。", size=9)
    p.gap(1)
    p.table([["残元金", "利息", f"遅延損害金（年{R:g}%）", "ご請求額"], [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [40, 40, 52, 38], x=20, header=True, size=9.2, row_h=7.5, aligns="rrrr")
    p.line(f"（単位：円／遅延損害金は{era(acc + timedelta(1))}から通知日まで）", x=20, size=7.5)
    p.line(f"お支払期限　{era(due)}（{wd(due)}）", x=20, size=11, font="sans-bold", color=RED)
    p.para("お支払いが難しい場合は、お支払期限までに担当（洲崎）までご相談ください。本状と行き違いにお支払いの節はご容赦"
           "ください。", size=8.3, indent="")
    p.gap(3)
    p.line("ご契約の内容（ご参考）", x=20, size=9, font="sans-bold")
    p.table([["原債権者", "株式会社くまつづらローン", "原契約番号", "KT-318-00552"],
             ["ご契約日", "令和3年11月2日", "ご契約金額", "300,000円"],
             ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)]],
            [26, 60, 30, 54], x=20, size=8.5, row_h=6.8, aligns="llll", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 17, 0.3, NAVY))
    p.at(23, y + 5, "お問い合わせ・ご相談", size=8.5, font="sans-bold", color=NAVY)
    p.at(23, y + 10, "暁雲債権回収株式会社 管理部 回収二課　TEL 03-0000-2461（平日 9:00～18:00）", size=8.5)
    p.at(23, y + 14.5, "お電話の際はお客様番号をお伝えください。ご本人様以外からのお問い合わせにはお答えできません。", size=7.5)
    # perforation and the slip
    y = 196
    for x in range(12, 199, 3):
        p.add(Box(x, y - 0.5, 1.0, 1.0, color=None, fill=(0.4, 0.4, 0.4)))
    p.at(105, y - 2.0, "－ ミシン目から切り離してお使いください －", size=6.5, align="c")
    y0 = y + 4
    p.add(Box(10, y0, 134, 86, 0.5, (0.1, 0.35, 0.6)))
    p.add(Box(146, y0, 54, 86, 0.5, (0.1, 0.35, 0.6)))
    p.add(Box(10, y0, 134, 7, 0.3, (0.1, 0.35, 0.6), (0.86, 0.92, 0.97)))
    p.at(13, y0 + 5, "払込取扱票", size=10, font="sans-bold", color=(0.1, 0.35, 0.6))
    p.at(141, y0 + 5, "（通常払込料金加入者負担）", size=6.5, align="r")
    p.at(13, y0 + 12, "口座記号番号", size=6.5)
    acct = "02260-7-104461"
    x = 14
    for ch in acct:
        if ch == "-":
            x += 3
            continue
        p.add(Box(x, y0 + 13.5, 4.5, 6.5, 0.2))
        p.at(x + 2.25, y0 + 18.5, ch, size=9.5, align="c")
        x += 4.5
    # amount cells: ￥ and digits, one per cell
    p.at(80, y0 + 12, "金　額", size=6.5)
    n = 9
    cw = 6.6
    digits = str(T)
    units = ["", "", "百万", "十万", "万", "千", "百", "十", "円"]
    start = n - len(digits) - 1
    for i in range(n):
        p.add(Box(80 + i * cw, y0 + 13.5, cw, 8.5, 0.25))
        if units[i]:
            p.at(80 + i * cw + cw - 0.6, y0 + 23.8, units[i], size=4.5, align="r")
    p.at(80 + start * cw + cw / 2, y0 + 19.6, "￥", size=10.5, font="mono", align="c")
    for i, d in enumerate(digits):
        p.at(80 + (start + 1 + i) * cw + cw / 2, y0 + 19.6, d, size=11, font="mono", align="c")
    p.at(13, y0 + 28, "加入者名", size=6.5)
    p.at(28, y0 + 28.5, "暁雲債権回収株式会社", size=9.5)
    p.at(13, y0 + 36, "ご依頼人", size=6.5)
    p.at(28, y0 + 36.5, "冷泉　登志子　様", size=9.5)
    p.at(28, y0 + 41, "お客様番号 GU-4417-0288", size=7.5)
    p.add(Box(80, y0 + 26, 62, 40, 0.2))
    p.at(82, y0 + 30, "通信欄", size=6.5)
    for i, s in enumerate(["ご請求額（一括）", f"{en(T)}", f"お支払期限 {era(due)}", "※期限後は損害金が加算されます"]):
        p.at(83, y0 + 36 + i * 5, s, size=7.8)
    p.at(13, y0 + 80, "この払込取扱票は、ゆうちょ銀行・郵便局の払込機能付きATM・窓口でご利用いただけます。", size=6.3)
    p.add(Box(146, y0, 54, 7, 0.3, (0.1, 0.35, 0.6), (0.86, 0.92, 0.97)))
    p.at(173, y0 + 5, "振替払込受付証明書（お客さま用）", size=6.8, align="c")
    p.at(149, y0 + 13, "口座記号番号", size=6.5)
    p.at(149, y0 + 18, acct, size=8.5)
    p.at(149, y0 + 25, "金額", size=6.5)
    p.at(197, y0 + 25.5, f"¥{T:,}", size=11, font="sans-bold", align="r")
    p.at(149, y0 + 32, "加入者名", size=6.5)
    p.at(149, y0 + 36.5, "暁雲債権回収株式会社", size=8)
    p.add(Box(160, y0 + 55, 26, 26, 0.2, GRAY))
    p.at(173, y0 + 69, "受付局日附印", size=6, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender="暁雲債権回収株式会社", license_number=246,
               phone="03-0000-2461", creditor="暁雲債権回収株式会社", status="unverified", original="株式会社くまつづらローン",
               debtor="冷泉登志子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="GU-4417-0288",
               input_kind="scan_png", template="proxy33_invented_servicer_window_sheet_perforated_slip",
               received=D(2026, 3, 2))
    return dict(stem="ap06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="collection_notice (invented servicer, window-envelope sheet with a perforated 払込取扱票)",
                unusual="a 窓あき封筒 address sheet: the top block is what shows through the window (料金別納郵便, customer "
                        "bars, address, name, a mailing code A0227-0913), fold marks at the third; INVENTED servicer "
                        "「暁雲債権回収株式会社」 with 「法務大臣許可番号 第246号」 (→ unverified) top-right beside a 親展・重要 "
                        "stamp; a one-row 4-column table 「（単位：円）」; a shaded ご契約の内容 grid (ご契約金額 300,000, 令和3年, 原契約番号 as distractors); the bottom third a PERFORATED (dotted holes) tear-off "
                        "払込取扱票: account digits in cells, the amount digit by digit in separate cells after ￥, 加入者名, "
                        "ご依頼人, a 通信欄 repeating total and due date, and a 受付証明書 strip; the ゆうちょ account number "
                        "and the mailing code as distractors")


# ---------------------------------------------------------------------------------------------
# ap07 real servicer ACS: a faxed reply FORM with check-boxes (□ 一括 ■ 分割); settlement proposal.


def ap07():
    R = 14.6
    issued, reply = D(2026, 4, 10), D(2026, 4, 24)
    acc, lastp, asg = D(2025, 7, 1), D(2025, 3, 27), D(2025, 10, 31)
    P, I = 598_770, 24_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, m = 36, 15_000
    plan = n * m
    assert plan == 540_000
    first = D(2026, 5, 27)
    p = Page(font="sans", size=9, top=10)
    p.at(15, 16, "FAX送信　／　ご返信は FAX 043-000-2770 へ", size=9, font="sans-bold")
    p.at(196, 16, f"送信日 {slash(issued)}　送信枚数 1枚", size=8.5, align="r")
    p.add(Line(15, 19, 196, 19, 0.6))
    p.at(105, 29, "ご返済方法についてのご提案書（兼　回答書）", size=14, font="sans-bold", align="c")
    y = 34
    p.y = y
    p.table([["お名前", "蓮實　智弘　様", "お客様番号", "AC-0917-33051"],
             ["原債権者", "株式会社ふじもどきカード", "債権譲受日", era(asg)],
             ["期限の利益喪失日", era(acc), "最終ご入金日", era(lastp)]],
            [30, 60.5, 30, 60.5], x=15, size=8.8, row_h=7.5, aligns="llll", shade_col0=True)
    for r in range(3):
        p.add(Box(105.5, y + r * 7.5, 30, 7.5, 0.0, None, (0.93, 0.93, 0.93)))
    p.gap(3)
    p.line(f"■ 現在のご債務（{era(issued)}現在）", x=15, size=9.5, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}%）", "ご債務合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [45, 40, 52, 44], x=15, header=True, size=9.2, row_h=7.5, aligns="rrrr")
    p.gap(3)
    p.line("■ 当社からのご提案（該当欄に■印を付しております）", x=15, size=9.5, font="sans-bold")
    opts = [(False, "一括でのお支払い", f"{era(D(2026, 5, 29))}までに金{T:,}円をお支払いいただく方法"),
            (True, "分割でのお支払い", f"和解金額 金{plan:,}円を{n}回に分割（毎月27日限り 金{m:,}円、初回 {era(first)}）"),
            (False, "その他", "ご事情に応じてご相談ください")]
    for on, head, desc in opts:
        yy = p.y
        p.add(Box(18, yy + 1.2, 4, 4, 0.35, (0, 0, 0), (0, 0, 0) if on else None))
        p.at(24, yy + 4.8, head, size=9.5, font="sans-bold" if on else "sans")
        p.at(62, yy + 4.8, desc, size=8.3)
        p.y += 7
    p.para(f"※分割でのお支払いを全て完了された場合、残りのご債務（金{T - plan:,}円）はご免除いたします。2回分以上"
           "お支払いが遅れた場合は、和解は失効し、ご債務合計から既払額を控除した残額を一括でご請求いたします。", x0=18,
           size=7.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2))
    p.at(20, y + 8.5, "ご回答期限", size=11, font="sans-bold")
    p.at(55, y + 8.8, f"{era(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.at(192, y + 8.5, "FAX・郵送・お電話のいずれでも結構です", size=7.5, align="r")
    p.y = y + 17
    p.line("－－－－－－ 以下、お客様ご記入欄 －－－－－－", x=105, size=8.5, align="c")
    p.gap(1)
    for s in ["上記のご提案について（いずれかにレ印をお付けください）",
              "　□ 提案どおり分割で支払います　　□ 一括で支払います　　□ 支払方法を相談したい"]:
        p.line(s, x=18, size=9)
    p.gap(2)
    for lab in ["ご記入日　　　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　　　　　　印",
                "ご連絡先電話番号　　　（　　　）"]:
        p.line(lab, x=18, size=9)
        p.add(Line(18, p.y - 1.5, 190, p.y - 1.5, 0.2, GRAY))
        p.gap(2.5)
    p.gap(2)
    p.add(Line(15, p.y, 196, p.y, 0.4))
    p.gap(2)
    for s in ["エー・シー・エス債権管理回収株式会社　千葉管理センター　担当 灘本",
              "〒260-0000 千葉県千葉市中央区まひわ台2-2-2　TEL 043-000-2771　FAX 043-000-2770",
              "法務大臣許可番号　第27号"]:
        p.line(s, x=15, size=8.5)
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2771", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社ふじもどきカード", debtor="蓮實智弘", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AC-0917-33051", input_kind="fax_tiff",
               template="proxy33_servicer_checkbox_reply_form_fax", received=issued)
    return dict(stem="ap07", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:12 ACS CHIBA 043-000-2770",
                about="settlement_proposal (real servicer, check-box reply form, one-page fax)",
                unusual="a one-page fax that is a FORM: a shaded-label 3×2 grid (お名前, お客様番号, 原債権者, 債権譲受日, "
                        "喪失日, 最終ご入金日), a 現在のご債務 table, then the proposal as CHECK-BOXES with the servicer's "
                        "choice filled: 「□ 一括でのお支払い」 (its own date 5/29 and the full amount) / 「■ 分割でのお支払い」"
                        " (和解金額 540,000 = 15,000 × 36, 初回 5/27) / 「□ その他」; a 免除 note with the remainder; a "
                        "heavy-framed ご回答期限 …必着 (= payment_due); a blank お客様ご記入欄 with its own □ boxes and a "
                        "「年　月　日」 line; real servicer ★ エー・シー・エス債権管理回収株式会社 「法務大臣許可番号　第27号」 "
                        "only in the footer; TEL and FAX on one line, the FAX also at the top and in the fax header")


# ---------------------------------------------------------------------------------------------
# ap08 guarantee company: a DOT-MATRIX typed 代位弁済通知 on continuous form paper (sprocket holes, green bars).


def ap08():
    R = 14.0
    issued, due = D(2026, 2, 5), D(2026, 2, 20)
    sub, acc, lastp = D(2026, 1, 20), D(2025, 12, 10), D(2025, 9, 26)
    P = 1_482_660
    L = late(P, R, sub + timedelta(1), issued)
    T = P + L
    W, H = 254.0, 279.4
    INK = (0.16, 0.17, 0.30)
    p = Page(w=W, h=H, font="mono", size=10, left=24, right=24, top=16, leading=1.5)
    for k in range(0, 11):  # green bars (every other half inch)
        p.add(Box(14, 12.7 * 2 * k + 12.7, W - 28, 12.7, color=None, fill=(0.90, 0.96, 0.90)))
    for xs in (0, W - 14):
        p.add(Line(xs + (14 if xs == 0 else 0), 0, xs + (14 if xs == 0 else 0), H, 0.2, (0.6, 0.6, 0.6)))
        for k in range(22):
            cx = xs + 7
            cy = 6.35 + k * 12.7
            p.add(Box(cx - 2, cy - 2, 4, 4, 0.3, (0.55, 0.55, 0.55), (0.82, 0.82, 0.82)))
    for yy in range(2, int(H), 3):  # the tear line of the sprocket strips is perforated, drawn as a dashed line
        p.add(Line(14.6, yy, 14.6, yy + 1.5, 0.1, GRAY))
        p.add(Line(W - 14.6, yy, W - 14.6, yy + 1.5, 0.1, GRAY))

    def t(x, y, s, sz=10.0):
        p.add(Text(x, y, s, sz, "mono", "l", INK))

    cpl = 3.53  # mm per half-width character at 10 pt in the mono face
    col = lambda c: 24 + c * cpl / 2  # noqa: E731
    t(col(0), 22, "ﾀﾞｲｲﾍﾞﾝｻｲ ﾂｳﾁ  FORM-K07  (1/1)")
    t(col(52), 22, f"ｻｸｾｲﾋﾞ R{issued.year - 2018:02d}.{issued.month:02d}.{issued.day:02d}")
    t(col(0), 34, "〒 970-0000")
    t(col(0), 40, "福島県いわき市こげら町　３－１０－２")
    t(col(4), 50, "刀根　康太郎　　様", 12)
    t(col(52), 34, "求償番号  YS-0602-1148")
    t(col(52), 40, "ﾀﾝﾄｳ    求償管理課 呉羽")
    t(col(12), 64, "代 位 弁 済 の ご 通 知 （ 求 償 金 の ご 請 求 ）", 12)
    lines = [
        "　拝啓　貴殿益々ご清栄のこととお慶び申し上げます。",
        "　さて、貴殿が株式会社ときわあけび銀行よりお借入れの教育ローン",
        "につきましては、当社が保証をいたしておりましたところ、貴殿は",
        f"令和{acc.year - 2018}年{acc.month}月{acc.day}日に同行に対する期限の利益を喪失されました",
        "ため、当社は保証契約に基づき、下記のとおり同行へ代位弁済いた",
        "しました。つきましては、当社の求償金を下記期日までに一括して",
        "お支払いくださいますようご請求申し上げます。　　　　　　敬具",
    ]
    y = 76
    for s in lines:
        t(col(0), y, s)
        y += 6.35
    y += 3
    t(col(26), y, "記")
    y += 8

    def row(lab, val, yy):
        t(col(2), yy, lab)
        s = f"{val}"
        t(col(60) - len(s) * cpl / 2, yy, s)

    items = [("ﾀﾞｲｲﾍﾞﾝｻｲﾋﾞ   代位弁済日", f"R{sub.year - 2018:02d}.{sub.month:02d}.{sub.day:02d}"),
             ("ｻｲｼｭｳﾍﾝｻｲﾋﾞ  最終ご返済日", f"R{lastp.year - 2018:02d}.{lastp.month:02d}.{lastp.day:02d}"),
             ("ｷｹﾞﾝﾉﾘｴｷｿｳｼﾂ 喪失日（銀行）", f"R{acc.year - 2018:02d}.{acc.month:02d}.{acc.day:02d}"),
             ("ｷｭｳｼｮｳｶﾞﾝｷﾝ  求償元金（代位弁済額）", f"{P:>12,}"),
             (f"ｿﾝｶﾞｲｷﾝ      損害金（年{R:.2f}%）", f"{L:>12,}"),
             ("ｺﾞｾｲｷｭｳｶﾞｸ   ご請求額合計", f"{T:>12,}"),
             ("ｵｼﾊﾗｲｷｼﾞﾂ    お支払期日", f"R{due.year - 2018:02d}.{due.month:02d}.{due.day:02d}({wd(due)})")]
    for i, (lab, val) in enumerate(items):
        if i == 5:
            t(col(2), y - 3.6, "-" * 58)
        row(lab, val, y)
        y += 7.2
    y += 2
    for s in [f"(ﾁｭｳ) 損害金は代位弁済日の翌日から作成日まで、年{R:.2f}%(365日",
              "       日割)で計算しています。金額の単位は円です。",
              "       代位弁済額のうち利息相当額 23,418 円は求償元金に含みます。",
              "       ご融資額 2,000,000 円（平成31年3月）　保証料 一括前払済"]:
        t(col(0), y, s, 9)
        y += 5.6
    y += 3
    for s in ["お振込先  ときわあけび銀行 本店  普通 3310488  ｶ)ﾔｼｬﾌﾞｼﾎｼｮｳ",
              "ご入金のない場合は法的手続(支払督促・不動産仮差押等)に移行",
              "いたしますので、あらかじめご承知おきください。"]:
        t(col(0), y, s, 9.5)
        y += 6
    y += 6
    for s in ["株式会社やしゃぶし保証　求償管理課", "〒960-0000 福島県福島市いかる台４－４－４",
              "TEL 024-000-1148  FAX 024-000-1149  (受付 9:00-17:00)"]:
        t(col(20), y, s, 9.5)
        y += 6
    tr = truth(document_type="acceleration_notice", sender="株式会社やしゃぶし保証", phone="024-000-1148",
               creditor="株式会社やしゃぶし保証", status="not_applicable", original="株式会社ときわあけび銀行",
               debtor="刀根康太郎", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="YS-0602-1148",
               input_kind="pdf_scan", template="proxy33_guarantor_subrogation_dot_matrix_continuous_form",
               received=D(2026, 2, 9))
    return dict(stem="ap08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.1,
                about="acceleration_notice (guarantee company 代位弁済通知, dot-matrix on continuous form paper)",
                unusual="a DOT-MATRIX-like letter typed in a MONOSPACE face in dark ribbon ink on 10 × 11 inch "
                        "CONTINUOUS FORM paper: sprocket-hole strips on both sides behind perforations and pale green "
                        "bars, scanned as an image PDF of a non-A4 size; HALF-WIDTH KATAKANA field codes before the kanji "
                        "labels (ﾀﾞｲｲﾍﾞﾝｻｲﾋﾞ 代位弁済日 …), amounts right-aligned by spaces without 円, EVERY date in "
                        "the JIS form R08.01.20 (作成日 ｻｸｾｲﾋﾞ R08.02.05 top-right), the due date R08.02.20"
                        "(金); a dashed rule of hyphens above the total; the bank's 喪失 date in the prose; (ﾁｭｳ) notes "
                        "with the interest share 23,418 inside the 代位弁済額, ご融資額 2,000,000 and 平成31年 "
                        "(distractors); TEL and FAX on one line")


LETTERS = [ap01, ap02, ap03, ap04, ap05, ap06, ap07, ap08]
