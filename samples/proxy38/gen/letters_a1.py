"""Proxy set 38, letters au01–au08: "poor copies that are still readable". The paper or the capture of each letter is
hard in its own way (see ../README.md); the letters themselves are ordinary mail: a real servicer's 一括請求 (the
only clean digital PDF), a 信用金庫's 期限の利益喪失通知 under a yellow lamp, a joint 債権譲渡通知 on a check
tablecloth, a servicer's 和解 proposal as a viewer screenshot, a curled scam letter, a card company's landscape
statement shot in portrait, an invented servicer's demand folded through its table, a 支払督促 with a coffee ring and
a pencilled note."""

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
    era,
    grid,
    late,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
BROWN = (0.42, 0.22, 0.08)
PLUM = (0.40, 0.12, 0.36)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def one_day(d: D) -> D:
    return d + timedelta(1)


# ---------------------------------------------------------------------------------------------
# au01 real servicer 一括請求 (SMBC債権回収), clean digital PDF: window envelope, small print, the amounts in a
# "ご請求内容" grid with the labels in a left column.


def au01():
    R = 14.6
    issued, due = D(2025, 12, 8), D(2025, 12, 22)
    acc, lastp, asg = D(2025, 8, 27), D(2025, 6, 27), D(2025, 11, 14)
    P, I = 486_213, 21_904
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=14)
    window(p, 18, 22, "943-0000", ["新潟県上越市しらさぎ坂四丁目8番15号", "コーポ浮須 203号室"], "鍛冶谷　紗英　様",
           "au01", code="A2-1208-0042")
    p.at(196, 20, f"{era(issued)}", size=9, align="r")
    p.at(196, 25, "お客様番号　SM-77150-2291", size=9, align="r")
    p.at(196, 38, "SMBC債権回収株式会社", size=11, font="sans-bold", align="r")
    p.at(196, 43, "法務大臣許可番号　第10号", size=8, align="r")
    p.at(196, 47.5, "〒104-0000 東京都中央区築地九丁目9番9号", size=8, align="r")
    p.at(196, 52, "債権管理部 第三グループ　担当　舘脇", size=8, align="r")
    p.at(196, 56.5, "フリーダイヤル　0120-000-318", size=8.5, font="sans-bold", align="r")
    p.at(196, 61, "（受付 平日9時～18時）", size=7.5, align="r")
    p.y = 70
    p.title("ご返済についてのお願い", size=14)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.3)
    p.para(f"さて、お客様が株式会社かやのきカードとの間で締結されたカード会員契約に基づく債権は、{era(asg)}付で同社"
           "から弊社へ譲渡され、同社よりその旨ご通知申し上げております。", size=9.3)
    p.para(f"お客様は{era(lastp)}のご入金を最後にお支払いがなく、{era(acc)}をもって期限の利益を喪失されております"
           "ので、下記ご請求金額を一括にてお支払いくださいますようお願い申し上げます。", size=9.3)
    p.line("敬具", align="r", size=9.3)
    p.line("記", align="c", size=9.5)
    y = p.y + 1
    rows = [("原債権者", "株式会社かやのきカード"), ("債権譲受日", era(asg)), ("最終ご入金日", era(lastp)),
            ("期限の利益喪失日", era(acc))]
    for i, (k, v) in enumerate(rows):
        p.add(Box(22, y + i * 6.5, 40, 6.5, 0.25, (0, 0, 0), SHADE))
        p.add(Box(62, y + i * 6.5, 54, 6.5, 0.25))
        p.at(24, y + i * 6.5 + 4.6, k, size=8.5)
        p.at(64, y + i * 6.5 + 4.6, v, size=8.8)
    y2 = y
    p.at(122, y2 + 3.5, "ご請求内容（単位：円）", size=8, font="sans-bold")
    amt = [("残元金", P), ("利息", I), ("遅延損害金", L), ("ご請求金額", T)]
    for i, (k, v) in enumerate(amt):
        yy = y2 + 5 + i * 6.5
        last = i == len(amt) - 1
        p.add(Box(122, yy, 34, 6.5, 0.25 if not last else 0.5, (0, 0, 0), SHADE))
        p.add(Box(156, yy, 36, 6.5, 0.25 if not last else 0.5))
        p.at(124, yy + 4.6, k, size=8.5, font="sans-bold" if last else "sans")
        p.at(190, yy + 4.6, f"{v:,}", size=9.5, font="sans-bold" if last else "sans", align="r")
    p.y = y2 + 5 + 4 * 6.5 + 3
    p.para(f"※遅延損害金は、残元金に対する{era(one_day(acc))}から{era(issued)}まで年14.6％の割合による金額です。"
           "お支払日までの遅延損害金は日々加算されます。", size=8.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 170, 13, 0.8, NAVY))
    p.add(Box(22, y, 40, 13, color=None, fill=NAVY))
    p.at(42, y + 8.5, "お支払期限", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(68, y + 8.8, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(188, y + 8.8, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.y = y + 17
    p.line("お振込先", size=9, font="sans-bold")
    p.para("三井住友銀行 東京営業部　普通預金 7700318　口座名義 エスエムビーシーサイケンカイシュウ（カ", size=8.6,
           indent="")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号の数字部分（7715022 91）をご入力ください。振込手数料はお客様のご負担"
           "となります。", size=8.3, indent="")
    p.gap(2)
    p.line("ご契約内容（ご参考）", size=9, font="sans-bold")
    p.para("会員番号 ****-****-****-6620　ご入会日 平成30年5月11日　ご利用可能枠（当時）ショッピング 400,000円 "
           "キャッシング 300,000円", size=8.3, indent="")
    p.gap(3)
    p.para("一括でのお支払いが難しい場合は、お支払期限までに上記フリーダイヤルへご連絡ください。ご事情をお伺いのうえ、"
           "お支払方法をご相談させていただきます。ご連絡なくお支払いいただけない場合は、法的手続に移行することがございます。",
           size=8.6, indent="")
    p.gap(2)
    p.para("弊社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。弊社の許可は法務省の"
           "ホームページでご確認いただけます。", size=7.8, indent="")
    p.line("以上", align="r", size=9)
    p.add(Line(18, 284, 192, 284, 0.2, GRAY))
    p.at(18, 288, "S-CR 2512-A", size=6.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-318", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社かやのきカード",
               debtor="鍛冶谷紗英", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="SM-77150-2291",
               input_kind="pdf_text", template="proxy38_real_servicer_lump_sum_window_grid",
               received=D(2025, 12, 10))
    return dict(stem="au01", ext="pdf", kind="pdf_text", cap="pdf", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 一括請求, the only clean digital letter)",
                unusual="the one clean PDF of the set, set in small type (8–9.5 pt): real servicer ★ SMBC債権回収株式会社 "
                        "with 「法務大臣許可番号　第10号」 in a right-aligned sender block; window-envelope address with a "
                        "mailing code A2-1208-0042 (distractor); a kv grid (原債権者 / 債権譲受日 / 最終ご入金日 / 喪失日) "
                        "beside a 単位：円 amounts grid (残元金 / 利息 / 遅延損害金 / ご請求金額); navy お支払期限 bar; the "
                        "お客様番号 again digits-only with a space in the transfer note; masked 会員番号, 平成30年 入会日 and "
                        "credit lines as distractors")


# ---------------------------------------------------------------------------------------------
# au02 信用金庫 期限の利益喪失通知 (car loan), phone photo under a yellow lamp with strong vignetting.


def au02():
    R = 14.0
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    warn, acc, lastp = D(2025, 12, 22), D(2026, 1, 9), D(2025, 10, 27)
    P, I = 1_742_300, 9_846
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 22, "整理番号　24-0719", size=10)
    p.at(190, 22, era(issued), size=10.5, align="r")
    p.at(20, 36, "〒031-0000", size=10.5)
    p.at(20, 41.5, "青森県八戸市かやのき台二丁目17番地の3", size=10.5)
    p.at(26, 50, "躑躅森　遼平　殿", size=14)
    p.at(190, 38, "宮城県仙台市青葉区うばら町一丁目1番1号", size=9.5, align="r")
    p.at(190, 44, "たまあじさい信用金庫", size=13, font="serif-bold", align="r")
    p.at(190, 50, "融資管理部長　小檜山　浩二", size=10.5, align="r")
    p.at(190, 56, "電話　022-000-4418（融資管理部直通）", size=9.5, align="r")
    p.seal(187, 51, 13, "square", "たまあじ/さい信用/金庫之印", angle=2, seed=3802)
    p.y = 68
    p.title("期限の利益喪失のご通知", size=17, font="serif-bold")
    p.para(f"貴殿と当金庫との間の令和4年3月18日付金銭消費貸借契約（マイカーローン）に基づく約定返済金につき、貴殿は{era(lastp)}"
           "のご返済を最後にお支払いがありません。", size=10.5)
    p.para(f"当金庫は{era(warn)}付の催告書をもって、延滞分を{era(acc)}までにお支払いいただくよう催告いたしましたが、同日まで"
           f"にお支払いがありませんでしたので、ローン契約書第8条の定めにより、貴殿は{era(acc)}の経過をもって期限の利益を"
           "喪失しました。", size=10.5)
    p.para(f"つきましては、下記の金額を{era(due)}（{wd(due)}）までに一括してお支払いください。", size=10.5)
    p.line("記", align="c")
    p.gap(1)
    rows = [["項　　目", "金　　額"], ["貸付残高", f"{P:,}円"], ["未払利息", f"{I:,}円"],
            [f"遅延損害金（年{R:g}％・{one_day(acc).month}/{one_day(acc).day}～{issued.month}/{issued.day}）", f"{L:,}円"],
            ["合　　計", f"{T:,}円"]]
    p.table(rows, [100, 50], x=30, header=True, size=11, row_h=10, aligns="lr", font="serif")
    p.gap(3)
    p.para("お支払方法：当金庫本支店窓口にご持参いただくか、貴殿名義のご返済用口座（八戸支店 普通 0338172）へご入金"
           "ください。", size=10, indent="")
    p.para("なお、上記期限までにお支払いのない場合は、担保自動車の引揚げ及び法的手続をとらせていただきますので、あらかじめご承知"
           "おきください。", size=10)
    p.gap(3)
    p.para("（ご参考）ご融資金額 2,400,000円　毎月のご返済額 38,900円　最終返済期日 令和11年3月27日", size=9.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="たまあじさい信用金庫", phone="022-000-4418",
               creditor="たまあじさい信用金庫", status="not_applicable", debtor="躑躅森遼平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="24-0719", input_kind="photo_jpeg",
               template="proxy38_shinkin_car_loan_acceleration_yellow_lamp", received=D(2026, 1, 19))
    return dict(stem="au02", ext="jpg", kind="photo_jpeg", cap="photo", pages=[p.spec], truth=tr, quality=78,
                shot=dict(bg="desk", fill=0.86, keystone=0.05, tilt=2.0, lamp=0.85, vignette=0.8, light=(0.18, 0.28),
                          creases=2, blur=1.0),
                about="acceleration_notice (信用金庫, car loan)",
                unusual="phone photo at night under a YELLOW tungsten lamp (blue channel weak, whole page orange) with a "
                        "STRONG vignette (corners dark) and tri-fold creases; serif 信用金庫 letter with the addressee 殿 "
                        "top-left and the sender block top-right with a square seal over it; the 催告書 date 12/22 and its "
                        "deadline 1/9 (= acceleration 「の経過をもって」); a 項目/金額 table whose damage row carries the rate "
                        "and window 1/10～1/16 inside the label; the マイカーローン contract date, the ご返済用口座, ご融資金額 "
                        "2,400,000 / 毎月 38,900 / 最終返済期日 as distractors; 整理番号 top-left")


# ---------------------------------------------------------------------------------------------
# au03 joint 債権譲渡及び譲受通知 (consumer lender → real servicer), photo on a red-and-white check tablecloth.


def au03():
    R = 18.0
    issued, asg = D(2026, 2, 6), D(2026, 2, 2)
    acc, lastp = D(2025, 11, 5), D(2025, 8, 26)
    P, I = 623_480, 18_215
    L = late(P, R, one_day(acc), asg)
    T = P + I + L
    p = Page(font="sans", size=10, top=15)
    p.at(190, 20, f"{wdate(issued)}", size=10, align="r")
    p.at(20, 30, "十鳥　恒夫　様", size=13.5)
    p.at(20, 36, "（お客様番号　OX-2602-10877）", size=9)
    p.y = 46
    p.title("債権譲渡及び譲受のご通知", size=16)
    p.para("拝啓　貴殿ますますご清栄のこととお慶び申し上げます。", size=10)
    p.para(f"さて、譲渡人つるばらファイナンス株式会社は、貴殿に対して有する下記債権を、{wdate(asg)}付で譲受人オリックス債権"
           "回収株式会社に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名にてご通知申し上げます。", size=10)
    p.para("今後のお支払い及びお問合せは、すべて譲受人宛にお願いいたします。譲渡人へのお支払いはお受けできませんので、"
           "ご注意ください。", size=10)
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    grid(p, 20, p.y, [36, 54, 36, 44], [
        ["原契約", "金銭消費貸借（フリーローン）", "契約日", "令和3年7月9日"],
        ["最終弁済日", wdate(lastp), "期限の利益喪失日", wdate(acc)],
        ["譲渡日", wdate(asg), "損害金利率", f"年{R:.1f}％"],
    ], h=8, size=9.5, lsize=8.5)
    p.y += 3 * 8 + 4
    p.line(f"譲渡債権の額（{wdate(asg)}現在）", x=20, size=10, font="sans-bold")
    rows = [["元金", "利息", "遅延損害金", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [42, 42, 42, 44], x=20, header=True, size=10.5, row_h=10, aligns="rrrr")
    p.line("※遅延損害金は期限の利益喪失日の翌日から譲渡日までの分です。以後も年18.0％の割合で発生します。", x=20, size=8.5)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 82, 44, 0.3))
    p.add(Box(108, y, 82, 44, 0.3))
    p.at(23, y + 6, "【譲渡人】", size=9.5, font="sans-bold")
    for i, s in enumerate(["大阪府大阪市北区ひめしゃら町3丁目5番2号", "つるばらファイナンス株式会社",
                           "代表取締役　外処　真一", "TEL 06-0000-3107"]):
        p.at(23, y + 13 + i * 7, s, size=9.5 if i != 1 else 10.5, font="sans-bold" if i == 1 else "sans")
    p.seal(92, y + 28, 15, "round", "つるばらファイナンス|代表/取締役/之印", seed=3803)
    p.at(111, y + 6, "【譲受人】", size=9.5, font="sans-bold")
    for i, s in enumerate(["東京都港区浜松町九丁目2番4号", "オリックス債権回収株式会社",
                           "法務大臣許可番号　第11号", "代表取締役　堂前　篤", "TEL 0120-000-611（お客様窓口）"]):
        p.at(111, y + 13 + i * 6.5, s, size=9.5 if i != 1 else 10.5, font="sans-bold" if i == 1 else "sans")
    p.seal(180, y + 26, 15, "round", "オリックス債権回収|代表/取締役/之印", seed=3804)
    p.y = y + 50
    p.para("本通知は債権の譲渡をお知らせするものであり、本書によりお支払期日を定めるものではございません。お支払方法につき"
           "ましては、追って譲受人よりご案内いたします。", size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="つるばらファイナンス株式会社", debtor="十鳥恒夫", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="OX-2602-10877", input_kind="photo_jpeg",
               template="proxy38_joint_assignment_lender_to_servicer_check_tablecloth", received=D(2026, 2, 9))
    return dict(stem="au03", ext="jpg", kind="photo_jpeg", cap="photo", pages=[p.spec], truth=tr, quality=80,
                shot=dict(bg="gingham", fill=0.80, keystone=0.06, tilt=3.0, creases=2, blur=0.9, light=(0.15, 0.25)),
                about="assignment_notice (joint, consumer lender → real servicer)",
                unusual="phone photo on a RED-AND-WHITE CHECK tablecloth (busy high-contrast pattern right against the "
                        "page edge), tri-fold creases; joint 債権譲渡及び譲受のご通知 with the two notifiers in two BOXES side by "
                        "side below the table ([譲渡人] つるばら / [譲受人] real servicer ★ オリックス債権回収株式会社 "
                        "「法務大臣許可番号　第11号」), round seals; a shaded 3×4 label grid (原契約, 契約日 令和3年, 最終弁済日, "
                        "喪失日, 譲渡日, 損害金利率); a one-row 元金 / 利息 / 遅延損害金 / 合計 table as of the 譲渡日; the "
                        "お客様番号 in brackets under the name; 民法第467条 and the 譲渡人's 06 number as distractors; informs "
                        "only (「お支払期日を定めるものではございません」)")


# ---------------------------------------------------------------------------------------------
# au04 real servicer 和解 proposal sent as a PDF by e-mail, shared as a 1000-px viewer screenshot.


def au04():
    R = 14.6
    issued, due = D(2026, 3, 5), D(2026, 3, 19)
    acc, lastp, asg = D(2021, 4, 8), D(2021, 2, 26), D(2023, 10, 2)
    P, I = 812_400, 35_120
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    lumpoffer = 600_000
    inst, n = 25_000, 36
    assert inst * n == 900_000
    p = Page(font="sans", size=11, top=14)
    p.add(Box(0, 0, 210, 24, color=None, fill=TEAL))
    p.at(18, 15, "アルファ債権回収株式会社", size=16, font="sans-bold", color=WHITE)
    p.at(192, 11, "法務大臣許可番号 第101号", size=9.5, color=WHITE, align="r")
    p.at(192, 17.5, "TEL 0120-000-472", size=11, font="sans-bold", color=WHITE, align="r")
    p.y = 32
    p.at(192, 34, f"発行日：{slash(issued)}", size=10.5, align="r")
    p.at(192, 40, "ご照会番号：AL-23-884012", size=10.5, align="r")
    p.at(18, 38, "鵜殿　千尋　様", size=14)
    p.y = 48
    p.title("ご返済条件のご提案（和解のご案内）", size=16, font="sans-bold")
    p.para(f"株式会社ひめうつぎ信販から{slash(asg)}に弊社が譲り受けた債権について、現在のご債務の内容と、ご負担を軽くする"
           "お支払方法のご提案をお送りします。", size=11)
    p.gap(1)
    p.line("■ 現在のご債務", size=12, font="sans-bold", color=TEAL)
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"], ["ご債務合計", f"{T:,}円"]]
    p.table(rows, [80, 60], x=24, size=11.5, row_h=9.5, aligns="lr", shade_col0=True)
    p.line(f"※期限の利益喪失日 {slash(acc)}／最終ご入金日 {slash(lastp)}／損害金は{slash(issued)}までの計算です。",
           x=24, size=9.5)
    p.gap(2)
    p.line("■ ご提案（どちらかをお選びください）", size=12, font="sans-bold", color=TEAL)
    p.para(f"Ａ．一括お支払い：{lumpoffer:,}円を{slash(D(2026, 4, 30))}までにお支払いいただければ、残りのご債務を免除"
           "いたします。", size=11, indent="")
    p.para(f"Ｂ．分割お支払い：月々{inst:,}円×{n}回（合計{inst * n:,}円）。初回 {slash(D(2026, 4, 27))}、以後毎月27日。"
           "お約束どおりお支払いいただいた場合、残りの損害金を免除いたします。", size=11, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 16, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(24, y + 10.5, "ご回答期限", size=12, font="sans-bold", color=RED)
    p.at(60, y + 10.5, f"{slash(due)}（{wd(due)}）", size=15, font="sans-bold", color=RED)
    p.at(188, y + 10.5, "お電話またはWEBで", size=10, align="r", color=RED)
    p.y = y + 22
    p.para("ご回答がない場合は、ご債務合計額を一括でご請求することになります。ご不明な点は担当（菱川）までお電話ください。"
           "受付時間は平日9:00～18:00です。", size=10.5, indent="")
    p.gap(2)
    p.para("本書面はお客様のご登録メールアドレス宛にPDFでお送りしています。", size=9, indent="")
    p.add(Line(18, 282, 192, 282, 0.3, TEAL))
    p.at(18, 287, "アルファ債権回収株式会社　東京都中央区新川九丁目9番9号", size=9)
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-472", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ひめうつぎ信販", debtor="鵜殿千尋", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AL-23-884012", input_kind="photo_jpeg",
               template="proxy38_servicer_settlement_viewer_screenshot", received=issued)
    return dict(stem="au04", ext="jpg", kind="photo_jpeg", cap="screenshot", pages=[p.spec], truth=tr, quality=72,
                viewer_title="ご返済条件のご提案_AL-23-884012.pdf",
                about="settlement_proposal (real servicer, e-mailed PDF, screenshot)",
                unusual="not a photo: a SCREENSHOT of the e-mailed PDF open in a browser viewer, the whole image 1000 px "
                        "wide (the page ~900 px, about 110 dpi), JPEG q72; dark toolbar with the file name, 「1 / 1」 and "
                        "zoom; real servicer ★ アルファ債権回収株式会社 「法務大臣許可番号 第101号」 in a teal band; slash "
                        "dates 発行日：2026/03/05; a 4-row 現在のご債務 table (元金 / 利息 / 遅延損害金 / ご債務合計); the "
                        "喪失 / last payment in a ※ line; plan Ａ 一括 600,000 by 2026/04/30 and Ｂ 25,000 × 36 as "
                        "distractors; a red ご回答期限 box (= payment_due)")


# ---------------------------------------------------------------------------------------------
# au05 scam letter, photographed curled (the sheet rolls up at the right edge).


def au05():
    issued, due = D(2026, 3, 24), D(2026, 3, 27)
    T = 298_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 20, 14, "最終通告", size=14, h=11, fill=RED)
    stamp(p, 60, 14, "親展", size=12, h=11)
    p.at(190, 20, f"通知日　{era(issued)}", size=10, align="r")
    p.at(190, 26, "管理番号　S-40118", size=10, align="r")
    p.at(20, 36, "小豆畑　実　様", size=14)
    p.y = 46
    p.title("民事訴訟手続開始予告通知書", size=17, font="sans-bold")
    p.para("この度、貴方様がご利用されていた総合情報サイト運営会社（以下「契約会社」）より、未納となっている利用料金の"
           "債権回収の依頼を受け、当センターが法的手続の代行を行うこととなりましたのでご通知いたします。", size=10.5)
    p.para("本通知到達後も連絡がない場合、契約会社の申立てにより民事訴訟の手続が開始され、裁判所より出廷命令が送付されます。"
           "出廷されない場合は、給与・不動産・預貯金等の差押えが執行されますので、ご注意ください。", size=10.5)
    p.gap(1)
    y = p.y
    p.add(Box(24, y, 162, 34, 0.9, RED))
    p.at(30, y + 9, "未納利用料金（延滞金・訴訟費用を含む）", size=11, font="sans-bold")
    p.at(180, y + 21, f"￥{T:,}", size=22, font="sans-bold", color=RED, align="r")
    p.at(30, y + 30, f"お手続期限　3月27日（{wd(due)}）午後3時まで", size=11.5, font="sans-bold")
    p.y = y + 40
    p.para("なお、裁判取下げ等のご相談は、期限までに下記の法務担当窓口まで必ずご本人様よりご連絡ください。ご家族・職場への"
           "連絡を避けるため、第三者へのご相談はお控えください。", size=10.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 40, 0.4))
    for i, s in enumerate(["株式会社日本債権保全管理センター", "法務省認可　法務大臣許可番号第318号",
                           "東京都千代田区霞が関一丁目（法曹会館内）", "法務担当窓口　03-0000-7791",
                           "受付時間　9:00～20:00（土日祝も受付）"]):
        p.at(30, y + 8 + i * 7.2, s, size=12 if i == 0 else 10.5, font="sans-bold" if i in (0, 3) else "sans")
    p.seal(170, y + 14, 18, "square", "日本債権/保全管理/センター", angle=4, seed=3805)
    p.y = y + 46
    p.para("※本通知は最終通告となります。期限を過ぎた場合、いかなる理由があっても取下げには応じられません。", size=9.5,
           indent="")
    tr = truth(document_type="other", sender="株式会社日本債権保全管理センター", license_number=318,
               phone="03-0000-7791", creditor=None, status="not_licensed", original=None, debtor="小豆畑実", total=T,
               lump=False, issued=issued, payment_due=due, reference="S-40118", is_scam=True, input_kind="photo_jpeg",
               template="proxy38_scam_lawsuit_warning_curled_photo", received=None)
    return dict(stem="au05", ext="jpg", kind="photo_jpeg", cap="photo", pages=[p.spec], truth=tr, quality=79,
                paper=[("curl", dict(bend=240.0, lift=0.14))],
                shot=dict(bg="wood", fill=0.83, keystone=0.09, tilt=4.0, blur=1.0, light=(0.16, 0.26), vignette=0.3),
                about="other (架空請求: 民事訴訟 warning)",
                unusual="the sheet CURLS up along its right side (it had been rolled): right-hand columns squeezed and "
                        "bowed, the curled strip darker, plus a steep keystone and a 4° tilt; 架空請求 「民事訴訟手続開始予告"
                        "通知書」 with filled 最終通告 / 親展 stamps; 「法務省認可　法務大臣許可番号第318号」 for 「株式会社日本"
                        "債権保全管理センター」 (fake) → not_licensed; the total ￥298,000 in a red box with the deadline "
                        "「3月27日（金）午後3時まで」 (no year: the letter date's); 「総合情報サイト運営会社」 as the only "
                        "creditor (null); address 「霞が関一丁目（法曹会館内）」 without a number; 土日祝も受付")


# ---------------------------------------------------------------------------------------------
# au06 card company landscape statement (two months in arrears), iPhone HEIC held in PORTRAIT.


def au06():
    R = 14.6
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    lastp = D(2026, 1, 27)
    months = [(D(2026, 2, 27), 24_300, 3_115), (D(2026, 3, 27), 24_300, 3_115)]
    calc = []
    for d, pr, fee in months:
        lt = late(pr, R, one_day(d), issued)
        calc.append((d, pr, fee, lt, pr + fee + lt))
    P = sum(r[1] for r in calc)
    FEE = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + FEE + L
    assert sum(r[4] for r in calc) == T
    p = Page(w=297, h=210, font="sans", size=10, top=12, left=16, right=16)
    p.add(Box(0, 0, 297, 20, color=None, fill=PLUM))
    p.at(16, 13.5, "KODEMARI CARD", size=15, font="sans-bold", color=WHITE)
    p.at(281, 9, "株式会社コデマリカード　お客様サービスセンター", size=9.5, color=WHITE, align="r")
    p.at(281, 15.5, "ナビダイヤル 0570-000-236（9:30～17:30 年中無休）", size=9.5, color=WHITE, align="r")
    p.at(16, 31, "神水　葵　様", size=14)
    p.at(16, 37, "〒990-0000 山形県山形市たまあじさい野1丁目4-22", size=9)
    p.at(281, 29, f"発行日　{wdate(issued)}", size=10, align="r")
    p.at(281, 35, "お問合せ番号　KD-0410-77315", size=10, align="r")
    p.at(148.5, 50, "お支払いが確認できておりません（ご入金のお願い）", size=16, font="sans-bold", align="c", color=PLUM)
    p.y = 56
    p.para(f"いつもコデマリカードをご利用いただきありがとうございます。2月・3月のお引落しができておらず、前回のご入金（{wdate(lastp)}）"
           "以降お支払いが確認できておりません。下記の金額を、お支払期限までにお振込みください。", x0=16, x1=281, size=10.5)
    p.gap(2)
    head = ["お引落し予定日", "ご利用代金（元金分）", "分割・リボ手数料", "遅延損害金", "小　計"]
    body = [[wdate(d), f"{pr:,}円", f"{fee:,}円", f"{lt:,}円", f"{sub:,}円"] for d, pr, fee, lt, sub in calc]
    body.append(["合　計", f"{P:,}円", f"{FEE:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [56, 56, 50, 44, 54], x=16, header=True, size=11, row_h=10, aligns="crrrr")
    p.line("※遅延損害金は各回の元金分に対し年14.6％、お引落し予定日の翌日から発行日までの日割計算です。", x=16, size=9)
    y = p.y + 3
    p.add(Box(16, y, 126, 30, 1.0, PLUM))
    p.add(Box(16, y, 126, 9, color=None, fill=PLUM))
    p.at(79, y + 6.5, "お支払期限", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(79, y + 22, f"{wdate(due)}（{wd(due)}）", size=17, font="sans-bold", align="c")
    p.add(Box(150, y, 131, 30, 0.4))
    p.at(154, y + 7, "お振込先", size=10, font="sans-bold")
    p.at(154, y + 14, "りんぼく銀行 本店営業部　普通 4403128", size=10.5)
    p.at(154, y + 20.5, "口座名義　カ）コデマリカード　シュウノウグチ", size=10)
    p.at(154, y + 27, "※ご依頼人名の前にお問合せ番号の数字をご入力ください。", size=8.5)
    p.y = y + 36
    p.para("期限までにお支払いがない場合は、カードのご利用を停止させていただくほか、会員規約に基づき残債務全額を一括してご請求"
           "することがあります。また、個人信用情報機関に延滞の事実が登録されます。", x0=16, x1=281, size=9.5, indent="")
    p.line("（ご参考）カード番号 ****-****-****-3305　ショッピングリボ残高 312,880円　ご利用可能枠 500,000円", x=16, size=9)
    tr = truth(document_type="collection_notice", sender="株式会社コデマリカード", phone="0570-000-236",
               creditor="株式会社コデマリカード", status="not_applicable", debtor="神水葵", total=T, principal=P,
               interest=FEE, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="KD-0410-77315", input_kind="photo_heic",
               template="proxy38_card_arrears_landscape_statement_portrait_heic", received=D(2026, 4, 13))
    return dict(stem="au06", ext="heic", kind="photo_heic", cap="photo", pages=[p.spec], truth=tr, quality=52,
                shot=dict(bg="desk", canvas=(1800, 2400), fill=0.95, keystone=0.04, tilt=2.5, blur=0.85, glare=28.0),
                about="collection_notice (card company, two months in arrears, landscape page)",
                unusual="a LANDSCAPE A4 statement shot with the iPhone held in PORTRAIT: the page fills the width and "
                        "only ~40 % of the height (about 145 dpi on the page), desk above and below, a lamp glare; a "
                        "plum band with the Latin brand 「KODEMARI CARD」; a per-month table (お引落し予定日 / ご利用代金"
                        "（元金分） / 分割・リボ手数料 → interest / 遅延損害金 / 小計) with a 合計 row; arrears only (lump false, "
                        "no 喪失); the 前回のご入金 date in the prose; a framed お支払期限; リボ残高 312,880, ご利用可能枠 "
                        "500,000 and a masked card number as distractors")


# ---------------------------------------------------------------------------------------------
# au07 invented servicer 一括請求, folded in three: a crease runs through the damages row of the table.


def au07():
    R = 18.0
    issued, due = D(2026, 5, 12), D(2026, 5, 26)
    acc, lastp, asg = D(2025, 9, 18), D(2025, 7, 31), D(2026, 3, 31)
    P, I = 1_284_550, 62_117
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(20, 20, "うばめがし債権回収株式会社", size=14, font="sans-bold", color=BROWN)
    p.at(20, 25.5, "法務大臣許可番号　第246号", size=9, color=BROWN)
    p.at(190, 20, era(issued), size=10.5, align="r")
    p.at(190, 26, "債権番号　UB-26-03-1184", size=10, align="r")
    p.at(20, 40, "〒530-0000　大阪府大阪市北区こまどり坂五丁目9番9号", size=9.5)
    p.at(24, 48, "万木　透　様", size=14)
    p.y = 60
    p.title("ご請求書（残債務一括のお支払いについて）", size=15.5)
    p.para(f"貴殿が株式会社ハクモクレン・ローンとの間で締結した金銭消費貸借契約に基づく債権は、{era(asg)}、同社より当社が"
           "譲り受けました。", size=10.5)
    p.para(f"貴殿は{era(lastp)}を最後にご返済がなく、{era(acc)}に期限の利益を喪失しております。つきましては、下記の金額を"
           f"{era(due)}（{wd(due)}）までに、一括してお支払いください。", size=10.5)
    p.gap(2)
    top = p.y
    rows = [["内　訳", "金　額"], ["元金残高", f"{P:,}円"], ["未収利息", f"{I:,}円"],
            [f"遅延損害金（年{R:.1f}％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]]
    p.table(rows, [96, 60], x=27, header=True, size=11.5, row_h=11, aligns="lr", shade_col0=True)
    fold = top + 3 * 11 + 5.0  # through the 遅延損害金 row, below its text baseline
    p.line(f"※遅延損害金は{era(one_day(acc))}から本書作成日までの計算です。", x=27, size=9)
    p.gap(3)
    p.line("お振込先", size=10.5, font="sans-bold")
    p.para("ほだか銀行 梅田支店　当座預金 0112847　ウバメガシサイケンカイシュウ（カ", size=10, indent="")
    p.gap(2)
    p.para("お支払いが困難な場合は、期限までに必ずご連絡ください。ご連絡がない場合、やむを得ず法的手続（訴訟等）をとらせて"
           "いただくことがあります。", size=10)
    p.gap(2)
    p.para("（ご参考）原契約日 平成31年2月14日　ご契約金額 1,500,000円　原契約番号 HM-0219-5530", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(110, y, 80, 30, 0.4, BROWN))
    for i, s in enumerate(["うばめがし債権回収株式会社", "大阪府大阪市中央区錦木町2-8", "管理部　担当　浮田",
                           "TEL 06-0000-5523"]):
        p.at(114, y + 7 + i * 6.5, s, size=10 if i == 0 else 9.5, font="sans-bold" if i in (0, 3) else "sans")
    tr = truth(document_type="collection_notice", sender="うばめがし債権回収株式会社", license_number=246,
               phone="06-0000-5523", creditor="うばめがし債権回収株式会社", status="unverified",
               original="株式会社ハクモクレン・ローン", debtor="万木透", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="UB-26-03-1184", input_kind="photo_heic",
               template="proxy38_invented_servicer_lump_sum_fold_through_table", received=D(2026, 5, 14))
    return dict(stem="au07", ext="heic", kind="photo_heic", cap="photo", pages=[p.spec], truth=tr, quality=55,
                paper=[("crease", dict(y_mm=fold, depth=0.2, shift=4)), ("crease", dict(y_mm=198.0, depth=0.12, shift=-2))],
                shot=dict(bg="cloth", fill=0.84, keystone=0.05, tilt=2.0, blur=0.95, bow=9.0, light=(0.14, 0.24)),
                about="collection_notice (invented servicer, lump sum)",
                unusual="iPhone HEIC on a dark cloth; the letter was folded in three and one FOLD RUNS THROUGH THE "
                        "遅延損害金 ROW of the table: the row is cut by a dark valley line and a bright ridge, the half below "
                        "is darker and shifted sideways by a few pixels; INVENTED servicer 「うばめがし債権回収株式会社」 with "
                        "「法務大臣許可番号　第246号」 (→ unverified) top-left in brown; 債権番号 top-right; a 内訳/金額 table; "
                        "原契約日 平成31年, ご契約金額 1,500,000 and 原契約番号 as distractors; a framed sender box at the "
                        "bottom right")


# ---------------------------------------------------------------------------------------------
# au08 支払督促 (上越簡裁, bank card loan), photographed sideways (EXIF 6) with a coffee ring and a ballpoint note.


def au08():
    R = 14.5
    issued = D(2026, 2, 18)
    filed = D(2026, 2, 9)
    acc, lastp = D(2025, 10, 6), D(2025, 8, 29)
    P, I = 1_063_200, 18_930
    L = late(P, R, one_day(acc), filed)
    C = 8_342
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, "令和８年（ロ）第１４３号", size=10.5, align="r")
    p.y = 28
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債権者", "株式会社りんぼく銀行"), ("", "新潟県新潟市中央区りんぼく通一丁目1番1号"),
          ("", "代表者代表取締役　米須　幹雄"), ("債務者", "目々澤　正臣"), ("", "新潟県上越市しらさぎ坂一丁目12番地7")],
         x=24, label_w=24, size=10.5)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", x=24)
    lines = [("１　金", P, "円（元金）"), ("２　金", I, "円（利息）"),
             ("３　金", L, f"円（{era(one_day(acc))}から{era(filed)}までの確定遅延損害金）"),
             ("４　金", C, "円（督促手続費用）")]
    for a, v, b in lines:
        p.line(f"{a}{v:,}{b}", x=30, size=10.5)
    p.para(f"５　上記１の金額に対する{era(one_day(filed))}から完済まで年14.5％の割合による遅延損害金", x0=30, size=10.5,
           indent="")
    p.line(f"（合計　金{T:,}円）", x=30, size=10.5)
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", x=24)
    p.para("１　債権者は、債務者との間で、令和2年6月4日、カードローン契約（極度額1,500,000円、利率年14.5％、遅延損害金年14.5％）"
           "を締結し、債務者に金員を貸し付けた。", x0=30, size=10)
    p.para(f"２　債務者は、{era(lastp)}の支払を最後に約定の分割金の支払を怠り、{era(acc)}、期限の利益を喪失した。", x0=30,
           size=10)
    p.gap(2)
    p.line(f"{era(issued)}", x=24, size=10.5)
    p.line("上越簡易裁判所", x=24, size=11)
    p.line("裁判所書記官　薄葉　智史", x=100, size=11)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 22, 0.4))
    p.para("（注意）この支払督促に不服があるときは、受け取った日から２週間以内にこの裁判所に督促異議を申し立てることが"
           "できます。ご不明な点は当庁民事係へお問い合わせください。電話 025-000-4170（民事係直通）", x0=25, x1=187, size=9,
           indent="")
    tr = truth(document_type="payment_order", sender="上越簡易裁判所", phone="025-000-4170", creditor="株式会社りんぼく銀行",
               status="not_applicable", debtor="目々澤正臣", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第143号",
               input_kind="photo_exif_rotated", template="proxy38_payment_order_coffee_ring_note_rotated",
               received=D(2026, 2, 21))
    return dict(stem="au08", ext="jpg", kind="photo_exif_rotated", cap="photo", pages=[p.spec], truth=tr,
                orientation=6, quality=80,
                paper=[("coffee", dict(cx=0.80, cy=0.93, r=0.085, strength=0.45)),
                       ("coffee", dict(cx=0.17, cy=0.52, r=0.06, strength=0.25)),
                       ("note", dict(x_mm=150, y_mm=36, lines=["2/24 法テラス", "電話する！"], size_mm=5.0))],
                shot=dict(bg="desk", fill=0.85, keystone=0.05, tilt=2.0, creases=2, blur=0.9, shadow=0.25,
                          shadow_side="bottom"),
                about="payment_order (上越簡裁, bank card loan)",
                unusual="phone photo stored sideways with EXIF orientation 6; a COFFEE RING over the right margin and "
                        "half a ring over the left text, and a BALLPOINT NOTE in blue in the top-right margin 「2/24 "
                        "法テラス / 電話する！」 (not a field); a 支払督促 of a court not used before (上越簡裁) with the full-width "
                        "case number alone top-right; parties as kv lines; 請求の趣旨 as numbered lines 「１　金…円（元金）」 "
                        "… with the damage window inside item ３ and the total only in brackets 「（合計　金…円）」; the "
                        "running item ５; 請求の原因 with 極度額1,500,000円 (distractor); the court's phone in the 注意 box")


LETTERS = [au01, au02, au03, au04, au05, au06, au07, au08]
