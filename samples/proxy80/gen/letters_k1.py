"""Proxy set 80, letters ck01–ck08: "phone photos of ordinary letters, sixth round". A bank's 督促状 on a bed sheet, a
guarantee company's 代位弁済 notice under a fluorescent tube, a joint 債権譲渡通知 on a wooden floor stored sideways, a real
servicer's 一括請求 with the total marked by a highlighter, an invented servicer's 催告書 with a sticky note on its margin,
a law office's 分割 proposal under the phone's shadow, a 支払督促 held up by hand and a 仮執行宣言付支払督促 lying askew."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    free_of_text,
    late,
    qr,
    text_width,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
MOSS = (0.22, 0.36, 0.12)
BRICK = (0.62, 0.20, 0.10)
SMBC = (0.0, 0.40, 0.30)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# ck01 bank 督促状 of a フリーローン: two missed instalments in a table, on a bed sheet.


def ck01():
    R = 14.0
    issued, due, lastp = D(2026, 2, 17), D(2026, 3, 3), D(2025, 11, 26)
    inst = [(D(2025, 12, 26), 27_118, 5_282), (D(2026, 1, 26), 27_431, 4_969)]
    rows = []
    for d, pr, it in inst:
        assert pr + it == 32_400
        lt = late(pr, R, d + timedelta(1), issued)
        rows.append((d, pr, it, lt, pr + it + lt))
    P, I, L = (sum(r[k] for r in rows) for k in (1, 2, 3))
    T = P + I + L
    assert sum(r[4] for r in rows) == T
    p = Page(font="sans", size=10, top=14)
    p.add(Box(16, 12, 10, 10, 0.9, TEAL))
    p.at(21, 19.6, "露", size=12, font="sans-bold", color=TEAL, align="c")
    p.at(29, 19.5, "つゆくさ銀行", size=15, font="sans-bold", color=TEAL)
    p.at(194, 16, f"発行日　{slash(issued)}", size=9.5, align="r")
    p.at(194, 21, "受付No.　26-0217-4481", size=9.5, align="r")
    p.y = 30
    p.line("〒350-0000　埼玉県川越市紫苑町九丁目9番9号", x=20, size=10)
    p.line("鯰江　真由美　様", x=24, size=13)
    p.y = 31
    for s, sz in (("株式会社つゆくさ銀行", 10), ("個人ローン延滞管理室", 9.5), ("〒330-0000 さいたま市浦和区山茶花通9-9-9", 8.5),
                  ("TEL 0120-000-361（平日9:00～17:00）", 9), ("担当　有賀", 9)):
        p.line(s, x=128, size=sz)
    p.gap(5)
    p.title("ご返済遅延のお知らせ（督促状）", size=15, color=TEAL)
    p.para("平素は格別のお引立てを賜り、厚く御礼申し上げます。", size=10)
    p.para(f"さて、お客様のフリーローン（ご契約番号 0871-552-013）につきまして、下記のとおり約定のご返済が遅れております。"
           f"{slash(lastp)}のご入金を最後に、その後のご入金が確認できておりません。つきましては、下記合計額を"
           f"{slash(due)}（{wd(due)}）までにお支払いくださいますようお願い申し上げます。", size=10)
    p.gap(2)
    p.line("（単位：円）", x=190, size=8.5, align="r")
    tab = [["約定返済日", "延滞元金", "延滞利息", "遅延損害金", "小　計"]]
    for d, pr, it, lt, sub in rows:
        tab.append([slash(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"])
    tab.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table(tab, [36, 34, 32, 34, 34], x=20, header=True, aligns="crrrr", size=10, row_h=8)
    p.add(Box(20, p.y - 8, 170, 8, 1.0))
    p.gap(2)
    p.para(f"※遅延損害金は、各約定返済日の翌日から本状発行日まで、延滞元金に対し年{R:g}％（年365日の日割計算）で計算して"
           "おります。お支払日によっては金額が変わりますので、お振込の前にお電話でご確認ください。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 11, 0.8, RED))
    p.at(24, y + 7.6, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(60, y + 7.8, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(186, y + 7.5, f"お支払額　{T:,}円", size=11, font="sans-bold", align="r")
    p.y = y + 15
    p.line("＜ご契約内容＞", size=9.5, font="sans-bold")
    for a, b in (("ご融資額", "1,500,000円（令和4年6月実行）"), ("毎月のご返済額", "32,400円（元利均等・毎月26日）"),
                 ("ご返済口座", "つゆくさ銀行 川越支店 普通 4471206")):
        b_ = p.line(a, x=24, size=9)
        p.at(64, b_, b, size=9)
    p.gap(2)
    p.para("期限までにお支払いがない場合は、ご契約の規定に基づき期限の利益を喪失し、残額を一括してご請求させていただくこと"
           "がございます。また、保証会社による代位弁済の手続に移行することがございますので、ご留意ください。", size=9.5)
    p.para("本状と行き違いにご入金いただいている場合は、悪しからずご容赦ください。", size=9.5)
    p.seal(175, 36, 11, "square", "つゆくさ銀行之印", angle=3, seed=80011)
    tr = truth(document_type="collection_notice", sender="株式会社つゆくさ銀行", phone="0120-000-361",
               creditor="株式会社つゆくさ銀行", status="not_applicable", debtor="鯰江真由美", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="26-0217-4481", input_kind="photo_jpeg", template="proxy80_bank_dunning_free_loan_bedsheet",
               received=D(2026, 2, 19))
    return dict(stem="ck01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="sheet", creases=2, tilt=3.2, keystone=0.05, fill=0.82, warm=0.2, blur=0.85),
                about="collection_notice (bank 督促状, two missed フリーローン instalments)",
                unusual="phone photo on a pale blue-grey BED SHEET with soft wrinkles, tri-fold creases, warm room light; a "
                        "one-kanji square logo 「露」; slash dates (発行日 2026/02/17, due 2026/03/03（火）); 受付No. "
                        "top-right; a 5-column table per missed instalment (約定返済日 / 延滞元金 / 延滞利息 / 遅延損害金 / "
                        "小計) with a boxed 合計 row, 円 only in 「（単位：円）」; the total repeated in a red お支払期限 "
                        "bar; arrears only (lump false, no 喪失 date); ご契約番号, ご融資額 1,500,000, 毎月のご返済額 "
                        "32,400 and the ご返済口座 as distractors")


# ---------------------------------------------------------------------------------------------
# ck02 guarantee company 代位弁済のお知らせ for a bank card loan, under a fluorescent tube (HEIC).


def ck02():
    R = 14.6
    issued, due = D(2026, 3, 6), D(2026, 3, 23)
    subro, acc, lastp = D(2026, 2, 20), D(2025, 12, 15), D(2025, 9, 28)
    h_p, h_i, h_l = 1_240_000, 31_218, 12_342
    P = h_p + h_i + h_l
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Line(16, 12, 194, 12, 2.2, MOSS))
    p.at(16, 21, "クレアール信用保証株式会社", size=14, font="sans-bold", color=MOSS)
    p.at(194, 20, f"{era(issued)}", size=10, align="r")
    p.y = 27
    p.line("〒520-0000　滋賀県大津市竜胆台九丁目9番9号", x=18, size=9.5)
    p.line("蠣崎　隆之　様", x=22, size=13)
    p.line("求償管理番号　CR-88-21406", x=18, size=9.5)
    p.y = 28
    for s, sz in (("クレアール信用保証株式会社", 9.5), ("求償債権管理部　第二課", 9), ("〒604-0000 京都市中京区月桂町9番地", 8.5),
                  ("電話 0120-000-724　担当 鰆木", 9), ("関東財務局長（３）第０１８７７号", 7.8)):
        p.line(s, x=130, size=sz)
    p.gap(5)
    p.title("代位弁済のお知らせ及び求償金のご請求", size=14.5)
    p.para(f"お客様が株式会社かんらん銀行との間でご契約のカードローンについて、当社は同行に対し保証をいたしておりましたが、"
           f"お客様が{era(lastp)}のご返済を最後にご返済を遅滞され、{era(acc)}に期限の利益を喪失されたため、同行の請求に"
           f"基づき、{era(subro)}、保証債務の履行として下記のとおり代位弁済をいたしました。", size=10)
    p.para("これにより、当社はお客様に対し、代位弁済額及びこれに対する損害金について求償権を取得いたしましたので、ご通知"
           "申し上げますとともに、下記のとおりご請求いたします。", size=10)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    p.table([["代位弁済日", era(subro)], ["代位弁済額", f"{P:,}円"],
             ["（内訳）", f"元金 {h_p:,}円 ／ 利息 {h_i:,}円 ／ 遅延損害金 {h_l:,}円"],
             ["ご利用極度額", "1,500,000円"]], [40, 128], x=24, aligns="ll", size=9.5, row_h=7, shade_col0=True)
    p.gap(3)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金", f"{P:,}円"], [f"求償損害金（年{R}％・代位弁済日の翌日から）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"]], [110, 58], x=24, aligns="lr", size=10, row_h=8)
    p.add(Box(24, p.y - 8, 168, 8, 1.0))
    p.gap(3)
    b = p.line("３．お支払期限", size=10.5, font="sans-bold")
    p.at(70, b, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    p.gap(1)
    p.para("上記金額を一括して、下記口座へお振込みください。一括でのお支払いが難しい場合は、期限までに必ず担当者まで"
           "ご連絡ください。ご連絡なく期限を経過した場合は、法的手続をとらせていただくことがございます。", size=9.5)
    p.para("お振込先：かんらん銀行 本店営業部 普通預金 7702114 クレアールシンヨウホシヨウ（カ", size=9.3, indent="")
    p.seal(182, 52, 13, "square", "クレアール信用保証之印", angle=-2, seed=80021)
    tr = truth(document_type="acceleration_notice", sender="クレアール信用保証株式会社", phone="0120-000-724",
               creditor="クレアール信用保証株式会社", status="not_applicable", original="株式会社かんらん銀行",
               debtor="蠣崎隆之", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="CR-88-21406", input_kind="photo_heic",
               template="proxy80_guarantor_subrogation_card_loan_fluorescent", received=D(2026, 3, 9))
    return dict(stem="ck02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", fluo=1.0, tilt=1.8, keystone=0.06, fill=0.85, blur=0.9),
                about="acceleration_notice (guarantee company 代位弁済, bank card loan)",
                unusual="iPhone HEIC on a pale office desk under a FLUORESCENT TUBE: a cool, slightly green cast with a faint "
                        "bright band of the tube's reflection; a guarantee company's 代位弁済のお知らせ及び求償金のご請求 for a "
                        "bank card loan; the 代位弁済 table (代位弁済日 / 代位弁済額 / a （内訳） row 元金・利息・遅延損害金 / "
                        "ご利用極度額 1,500,000) is history; the claim as 求償元金 / 求償損害金 (年14.6％) / ご請求金額合計 "
                        "in a boxed row; the bank's 喪失 date and the last payment only in the prose; 貸金業 registration "
                        "number in full-width as a distractor")


# ---------------------------------------------------------------------------------------------
# ck03 joint 債権譲渡及び譲受のご通知, consumer loan → real servicer, on a wooden floor, EXIF 6.


def ck03():
    R = 20.0
    issued, assign, acc, lastp = D(2026, 4, 8), D(2026, 3, 31), D(2025, 10, 6), D(2025, 7, 14)
    P, I = 684_220, 11_807
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=16)
    p.at(194, 18, f"{fw(era(issued))}", size=10, align="r")
    p.at(194, 23, "譲受債権番号　AU-7640-0312", size=9.5, align="r")
    p.y = 24
    p.line("〒890-0000　鹿児島市翡翠町九丁目9番9号", x=18, size=10)
    p.line("炭谷　和樹　殿", x=22, size=13)
    p.gap(8)
    p.title("債権譲渡及び譲受のご通知", size=15, font="serif-bold")
    p.para(f"譲渡人株式会社エニシアファイナンスは、{fw(era(assign))}付で、貴殿に対して有する下記債権を、譲受人アウロラ債権回収"
           "株式会社に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。", size=10.2)
    p.para("つきましては、今後のお支払い及びお問合せは、すべて譲受人宛にお願いいたします。譲渡人に対するお支払いはお控え"
           "ください。なお、本通知はお支払いの期限を定めるものではございません。", size=10.2)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.line("【譲渡債権の表示】", size=10.2, font="serif-bold")
    p.table([["原契約", "金銭消費貸借契約（令和3年5月12日締結・貸付金額 800,000円）"],
             ["最終ご返済日", fw(era(lastp))], ["期限の利益喪失日", fw(era(acc))], ["債権譲渡日", fw(era(assign))]],
            [40, 128], x=24, aligns="ll", size=9.5, row_h=7, ruled="rows")
    p.gap(3)
    p.line(f"【譲渡債権額】（{fw(era(assign))}現在）", size=10.2, font="serif-bold")
    p.table([["貸付残元金", "未収利息", f"遅延損害金（年{R:g}％）", "譲渡債権額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 36, 48, 44], x=24, header=True, aligns="rrrr",
            size=9.8, row_h=8)
    p.gap(2)
    p.para("※遅延損害金は、譲渡日以降も上記貸付残元金に対し年20％の割合で発生いたします。", size=8.8, indent="")
    p.gap(6)
    y = p.y
    for x, role, lines, sealtxt, sd in (
            (20, "（譲渡人）", ["東京都台東区琥珀町九丁目9番9号", "株式会社エニシアファイナンス", "代表取締役　鰭田　浩一"],
             "株式会社エニシアファイナンス", 80031),
            (108, "（譲受人）", ["東京都港区珊瑚通九丁目9番9号", "アウロラ債権回収株式会社", "代表取締役　浮島　健吾",
                             "法務大臣許可番号　第76号"], "アウロラ債権回収株式会社", 80032)):
        p.at(x, y + 4, role, size=9.5)
        for i, s in enumerate(lines):
            p.at(x + 2, y + 9.5 + i * 5.2, s, size=9.3 if i != 1 else 10.2, font="serif" if i != 1 else "serif-bold")
        p.seal(x + 74, y + 18, 14, "round", sealtxt + "|代表/取締役", angle=8, seed=sd)
    p.y = y + 34
    p.add(Box(20, p.y, 170, 17, 0.4))
    p.at(24, p.y + 6, "【お問合せ先】アウロラ債権回収株式会社　債権管理第三部", size=9.5, font="serif-bold")
    p.at(24, p.y + 12.5, "フリーダイヤル 0120-000-476（平日 9:30～18:00）　※譲受債権番号をお知らせください", size=9.3)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-476", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社エニシアファイナンス", debtor="炭谷和樹", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-7640-0312", input_kind="photo_exif_rotated",
               template="proxy80_joint_assignment_consumer_loan_floor_exif6", received=D(2026, 4, 10))
    return dict(stem="ck03", ext="jpg", kind="photo_exif_rotated", orientation=6, pages=[p.spec], truth=tr,
                shot=dict(bg="floor", tilt=6.0, keystone=0.04, fill=0.8, creases=2, blur=0.85, warm=0.1),
                about="assignment_notice (joint, consumer loan → real servicer)",
                unusual="phone photo on a WOODEN FLOOR (boards with seams), the page lying ROTATED about 6° and stored "
                        "SIDEWAYS with EXIF orientation 6; joint 債権譲渡及び譲受のご通知 in serif with full-width era dates; "
                        "a rows-ruled 【譲渡債権の表示】 (原契約 令和3年 with 貸付金額 800,000 as distractor, 最終ご返済日, "
                        "喪失日, 債権譲渡日) and a 4-column one-row 【譲渡債権額】 table 貸付残元金 / 未収利息 / 遅延損害金"
                        "（年20％） / 譲渡債権額合計; the two notifier blocks side by side with round seals, the 譲受人 ★ "
                        "アウロラ債権回収株式会社 with 「法務大臣許可番号　第76号」; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ck04 SMBC債権回収 (real) ご一括返済のお願い, the total marked with a yellow highlighter, on a bed sheet.


def ck04():
    R = 14.6
    issued, due = D(2026, 4, 14), D(2026, 4, 28)
    acc, lastp, assign = D(2025, 9, 10), D(2025, 6, 27), D(2025, 12, 19)
    P, I = 417_350, 6_842
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(16, 12, 178, 1.5, color=None, fill=SMBC))
    p.at(16, 22, "SMBC債権回収株式会社", size=14, font="sans-bold", color=SMBC)
    p.at(16, 27, "法務大臣許可番号 第10号", size=8.5)
    p.at(194, 21, f"通知日 {wdate(issued)}", size=9.5, align="r")
    p.at(194, 26, "ご相談番号 SB-4417-0926", size=9.5, align="r")
    p.y = 33
    p.line("〒930-0000　富山県富山市水晶台九丁目9番9号", x=18, size=10)
    p.line("楯岡　美穂　様", x=22, size=13)
    p.gap(5)
    p.title("ご一括返済のお願い", size=15)
    p.para(f"当社は、{wdate(assign)}、ピクシスカード株式会社から、お客様に対するカードご利用代金等の債権を譲り受けました。"
           f"お客様は{wdate(lastp)}のお支払いを最後にご返済がなく、{wdate(acc)}に期限の利益を喪失されております。", size=10)
    p.para("つきましては、下記ご返済金額を一括してお支払いくださいますようお願いいたします。ご事情によりお支払いが難しい"
           "場合は、お支払期限までに当社までご相談ください。", size=10)
    p.gap(2)
    p.line(f"■ご返済金額（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=SMBC)
    x0, x1 = 26, 150
    for lab, val in (("残元金", f"{P:,} 円"), ("未払手数料", f"{I:,} 円"),
                     (f"損害金（年{R}％　{wdate(acc + timedelta(1))}から）", f"{L:,} 円")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1.6, x1, p.y - 1.6, 0.2, GRAY))
    p.gap(1.2)
    b = p.line("お支払総額", x=x0, size=12, font="sans-bold")
    tot = f"{T:,} 円"
    p.at(x1, b, tot, size=13.5, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 0.8, x1, p.y - 0.8, 0.7))
    hl = (x1 - text_width(tot, 13.5, "sans-bold") - 1.5, b - 5.6, text_width(tot, 13.5, "sans-bold") + 3.0, 7.2)
    p.add(Box(156, b - 22, 38, 24, 0.9, SMBC))
    p.at(175, b - 16, "お支払期限", size=9.5, font="sans-bold", color=SMBC, align="c")
    p.at(175, b - 8, f"{due.month}月{due.day}日（{wd(due)}）", size=12, font="sans-bold", align="c")
    p.at(175, b - 2, f"{due.year}年", size=9, align="c")
    p.gap(5)
    p.para("お振込先　みつぼし銀行 築地支店 普通預金 1044170 エスエムビーシーサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※お振込の際は、ご依頼人名の前にご相談番号の数字8桁（44170926）をご入力ください。", size=9.0, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 178, 30, 0.4))
    p.at(20, y + 6, "お問い合わせ・ご相談窓口", size=10, font="sans-bold")
    for i, s in enumerate(("SMBC債権回収株式会社　回収第二部　北陸グループ", "〒104-0000 東京都中央区銀杏坂東九丁目9番9号",
                           "フリーダイヤル 0120-000-910（平日 9:00～18:00）", "担当　鴨狩")):
        p.at(20, y + 12 + i * 5, s, size=9.3)
    qr(p, 166, y + 4, 22, "ck04qr")
    p.y = y + 34
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。本状と行き違いに"
           "ご入金いただいた場合はご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-910", creditor="SMBC債権回収株式会社", status="licensed",
               original="ピクシスカード株式会社", debtor="楯岡美穂", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SB-4417-0926", input_kind="photo_jpeg",
               template="proxy80_servicer_lump_sum_highlighted_total", received=D(2026, 4, 16))
    return dict(stem="ck04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="sheet", tilt=2.2, keystone=0.07, fill=0.84, creases=2, blur=0.9, warm=0.25,
                          highlight=[hl]),
                about="collection_notice (real servicer, 一括請求, highlighted total)",
                unusual="phone photo on a BED SHEET, warm light, tri-fold creases; the addressee ran a YELLOW HIGHLIGHTER "
                        "over the total 「お支払総額」 (still readable, darker where the pen went back); real servicer ★ "
                        "SMBC債権回収株式会社 with 「法務大臣許可番号 第10号」 under the name; western 年月日 dates; label "
                        "lines with values flush right (残元金 / 未払手数料 / 損害金 with its start date); the due date in a "
                        "framed box to the right, 「4月28日（火）」 over 「2026年」; the 8-digit transfer code and a QR as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# ck05 invented servicer 催告書, breakdown only in one sentence, a sticky note over the left margin, wooden floor.


def ck05():
    R = 18.0
    issued, due = D(2026, 3, 10), D(2026, 3, 24)
    acc, lastp, assign = D(2025, 8, 4), D(2025, 5, 26), D(2025, 11, 28)
    P, I = 382_400, 5_917
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.3, top=16)
    p.at(194, 18, "令和8年3月10日", size=10, align="r")
    p.y = 22
    p.line("〒791-0000　愛媛県松山市瑠璃台九丁目9番9号", x=22, size=10)
    p.line("蝉野　俊介　殿", x=26, size=13)
    p.gap(3)
    p.line("管理No.　HE-0573-118", x=22, size=9.5)
    p.y = 22
    for s, sz, f in (("飛燕債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号第261号", 8.8, "sans"),
                     ("〒150-0000 東京都渋谷区柘榴坂9-9-9", 8.5, "sans"), ("管理部　TEL 03-0000-2614", 9, "sans"),
                     ("担当　鴉田", 9, "sans")):
        p.line(s, x=132, size=sz, font=f)
    p.seal(180, 25, 11, "square", "飛燕債権回収印", angle=4, seed=80051)
    p.gap(8)
    p.title("催　告　書", size=18, color=BRICK)
    p.gap(2)
    p.para(f"貴殿がマルベリーファイナンス株式会社との間で締結した金銭消費貸借契約に基づく債権は、{era(assign)}付で当社が"
           f"譲り受け、その旨を既にご通知しております。貴殿は{era(lastp)}のご返済を最後にお支払いを怠り、{era(acc)}をもって"
           "期限の利益を喪失しております。", size=10.3)
    p.para(f"当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、今日に至るまでお支払いもご連絡もいただいて"
           f"おりません。よって、本書をもって、元金{P:,}円、利息{I:,}円及び{era(acc + timedelta(1))}から本日までの年{R:g}％"
           f"の割合による遅延損害金{L:,}円、以上合計{T:,}円を、{era(due)}（{wd(due)}）までに一括してお支払いくださるよう"
           "催告いたします。", size=10.3)
    p.para("右期限までにお支払い又はご連絡がない場合には、やむを得ず、貴殿の住所地を管轄する裁判所に支払督促の申立て又は"
           "訴訟の提起を行うことになりますので、念のため申し添えます。なお、分割によるお支払いをご希望の場合は、期限までに"
           "必ず担当者までご相談ください。", size=10.3)
    p.gap(3)
    p.line("【お振込先】", x=30, size=10, font="sans-bold")
    p.line("ひなげし銀行　渋谷中央支店　普通預金　3026114", x=34, size=10)
    p.line("口座名義　ヒエンサイケンカイシユウ（カ", x=34, size=10)
    p.line("※お振込名義の前に管理No.の数字（0573118）をご入力ください。", x=34, size=9)
    p.gap(5)
    p.para("※本書は、債権管理回収業に関する特別措置法に基づく許可を受けた当社が送付するものです。当社の許可は法務省の"
           "ホームページでご確認いただけます。行き違いにより既にお支払いの場合はご容赦ください。", x0=30, x1=190, size=8.6,
           indent="")
    sticky_rect = (2.5, 150, 21, 21)
    free_of_text(p.spec, sticky_rect)
    tr = truth(document_type="collection_notice", sender="飛燕債権回収株式会社", license_number=261,
               phone="03-0000-2614", creditor="飛燕債権回収株式会社", status="unverified",
               original="マルベリーファイナンス株式会社", debtor="蝉野俊介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HE-0573-118", input_kind="photo_jpeg",
               template="proxy80_invented_servicer_demand_prose_sticky_note", received=D(2026, 3, 12))
    return dict(stem="ck05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="floor", tilt=3.0, keystone=0.05, fill=0.83, creases=2, blur=0.9, warm=0.15,
                          sticky=dict(rect=sticky_rect, angle=-5, lines=["弁護士に", "相談?", "3/16"]),
                          hand=0.25),
                about="collection_notice (invented servicer 催告書, breakdown only in prose)",
                unusual="phone photo on a WOODEN FLOOR with the arm's soft shadow at the bottom; a yellow STICKY NOTE with "
                        "the addressee's handwriting (「弁護士に / 相談? / 3/16」) stuck over the LEFT MARGIN (covers no "
                        "printed text); INVENTED servicer 飛燕債権回収株式会社 with 「法務大臣許可番号第261号」 (→ "
                        "unverified) top-right under the addressee's line; the whole breakdown only in ONE SENTENCE of the "
                        "催告 (元金 / 利息 / 遅延損害金 with its start date and 年18％ / 以上合計); no table; 管理No. under the "
                        "name; the 7-digit transfer code as a distractor")


# ---------------------------------------------------------------------------------------------
# ck06 law office for a card company: ご返済方法についてのご提案 (settlement), HEIC under the phone's shadow.


def ck06():
    R = 14.6
    issued, reply = D(2026, 4, 24), D(2026, 5, 15)
    acc, lastp = D(2025, 11, 5), D(2025, 8, 27)
    P, I = 458_300, 14_962
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    mon, n = 13_000, 35
    last_inst = P - mon * n
    assert 0 < last_inst <= mon and mon * n + last_inst == P
    p = Page(font="serif", size=10.2, top=16)
    p.at(194, 18, fw(era(issued)), size=10, align="r")
    p.y = 24
    p.line("〒560-0000　大阪府豊中市夕凪台九丁目9番9号", x=18, size=10)
    p.line("鱒沢　恵子　様", x=22, size=13)
    p.gap(3)
    p.line("当事務所事件番号　W-26-0413", x=18, size=9.3)
    p.y = 26
    for s, sz in (("ハルモニアカード株式会社代理人", 9), ("鷲津・槍田法律事務所", 11), ("弁護士　鷲津　康弘", 10),
                  ("弁護士　槍田　梓", 10), ("〒530-0000 大阪市北区糸杉町9-9-9", 8.5), ("TEL 06-0000-5521　FAX 06-0000-5522", 8.8)):
        p.line(s, x=124, size=sz, font="serif-bold" if sz == 11 else "serif")
    p.seal(186, 40, 11, "square", "鷲津槍田法律事務所", angle=-3, seed=80061)
    p.gap(6)
    p.title("ご返済方法についてのご提案", size=15, font="serif-bold")
    p.para("前略　当職らは、ハルモニアカード株式会社（以下「通知人」といいます。）から、貴殿に対するカードショッピング"
           "立替金等の債権の回収について委任を受けた弁護士です。", size=10.2)
    p.para(f"貴殿は{fw(era(lastp))}のお支払いを最後に約定の返済を怠り、{fw(era(acc))}に期限の利益を喪失されました。先日"
           "お電話でお伺いしたご事情を踏まえ、通知人と協議のうえ、下記のとおり分割によるお支払いをご提案いたします。", size=10.2)
    p.line("記", align="c", size=10.5)
    p.line(f"１　現在のご債務（{fw(era(issued))}現在）", size=10.2, font="serif-bold")
    p.table([["立替金残高", f"{P:,}円"], ["未払手数料", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"],
             ["ご債務合計", f"{T:,}円"]], [70, 44], x=30, aligns="lr", size=10, row_h=7.2, ruled="rows")
    p.gap(2)
    p.line("２　ご提案の内容", size=10.2, font="serif-bold")
    for s in (f"（１）立替金残高{P:,}円を、令和8年6月から毎月末日限り{mon:,}円ずつ{n}回、最終回{last_inst:,}円、合計{n + 1}回"
              "に分けてお支払いいただきます。",
              "（２）上記のとおりお支払いいただいた場合、未払手数料及び遅延損害金はお支払いいただく必要はありません。",
              "（３）分割金の支払を２回分以上怠ったときは、当然に期限の利益を失い、ご債務合計額から既払金を控除した残額を"
              "直ちにお支払いいただきます。"):
        p.para(s, x0=30, x1=190, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(26, y, 164, 12, 0.9))
    p.at(30, y + 8, "ご回答期限", size=10.5, font="serif-bold")
    p.at(62, y + 8.2, f"{fw(era(reply))}（{wd(reply)}）必着", size=12, font="serif-bold")
    p.y = y + 16
    p.para("ご提案にご同意いただける場合は、同封の回答書にご署名・ご押印のうえ、返信用封筒でご返送ください。期限までに"
           "ご回答がない場合、通知人は法的手続を検討せざるを得ませんので、ご承知おきください。　草々", size=9.8)
    tr = truth(document_type="settlement_proposal", sender="鷲津・槍田法律事務所", phone="06-0000-5521",
               creditor="ハルモニアカード株式会社", status="not_applicable", debtor="鱒沢恵子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="W-26-0413", input_kind="photo_heic",
               template="proxy80_law_office_instalment_proposal_phone_shadow", received=D(2026, 4, 27))
    return dict(stem="ck06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="sheet", tilt=2.0, keystone=0.04, fill=0.85, creases=2, blur=0.85, phone=0.42,
                          phone_at=(0.42, 0.50)),
                about="settlement_proposal (law office for a card company, 36 instalments)",
                unusual="iPhone HEIC on a BED SHEET taken from straight above, so the PHONE'S OWN SHADOW (a rounded slab "
                        "with the hand) lies over the middle right of the page, over the debt table and the plan (still "
                        "readable); two lawyers under 「ハルモニアカード株式会社代理人」 top-right with a square seal; "
                        "前略 … 草々; full-width era dates; a rows-ruled table 立替金残高 / 未払手数料 / 遅延損害金 / ご債務合計; "
                        "the plan (35 × 13,000 and a last 3,300, the 2-missed clause) as distractors; ご回答期限 …必着 "
                        "in a frame; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# ck07 浦和簡易裁判所 支払督促, invented servicer creditor; the page held up by hand (bending, thumbs at the edges).


THUMBS07 = (("left", 0.40), ("right", 0.47))


def ck07():
    R = 20.0
    issued, filed = D(2026, 5, 8), D(2026, 4, 27)
    acc, lastp, assign = D(2025, 7, 22), D(2025, 4, 30), D(2025, 10, 31)
    P, I, C = 296_880, 4_120, 3_240
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年（ロ）第1162号"
    p = Page(font="serif", size=10, top=14, left=24, right=22)
    p.at(188, 17, fw(case), size=10.5, align="r")
    p.y = 20
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債権者", "〒160-0000 東京都新宿区鶺鴒台九丁目9番9号"), ("", "旭光債権回収株式会社"),
          ("", "代表者代表取締役　鱈井　光男"), ("債務者", "〒336-0000 さいたま市南区水鶏町九丁目9番9号"),
          ("", "鞍田　亮")], x=26, label_w=22, size=9.8)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.3)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言をする。",
           size=10.3)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    for lab, val in (("１　金", f"{P + I + L:,}円"), ("　　（内訳）譲受元金", f"{P:,}円"), ("　　　　　　利息", f"{I:,}円"),
                     (f"　　　　　　遅延損害金（{fw(jis(acc + timedelta(1)))}～{fw(jis(filed))}）", f"{L:,}円"),
                     ("２　督促手続費用", f"{C:,}円"), ("　　合計", f"{T:,}円")):
        if lab.endswith("合計"):
            p.add(Line(30, p.y + 0.3, 170, p.y + 0.3, 0.3))
            p.gap(0.8)
        b = p.line(lab, x=30, size=9.8)
        p.at(170, b, val, size=9.8, align="r")
    p.para(f"３　上記１の譲受元金に対する{fw(era(filed + timedelta(1)))}から完済まで年{R:g}％の割合による遅延損害金", x0=30,
           x1=186, size=9.6, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　株式会社キャネット（原債権者）は、令和2年9月14日、債務者との間で、限度額40万円、利率年18％、遅延損害金年20％"
              "とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後にその後の支払をせず、{fw(era(acc))}の経過をもって期限の利益を失った。",
              f"３　原債権者は、{fw(era(assign))}、本件債権を債権者に譲渡し、同日頃その旨を債務者に通知した。"):
        p.para(s, x0=28, x1=186, size=9.4, indent="")
    p.gap(2)
    p.line(f"　{fw(era(issued))}", x=28, size=10)
    p.line("　浦和簡易裁判所　裁判所書記官　鐙谷　　明日香", x=28, size=10)
    p.seal(150, p.y - 5, 13, "square", "浦和簡易裁判所書記官印", angle=0, seed=80071)
    p.gap(2)
    y = p.y
    p.add(Box(26, y, 162, 21, 0.4))
    for i, s in enumerate(("（注）異議があるときは、この支払督促の送達を受けた日から２週間以内に、督促異議申立書を",
                           "当裁判所に提出してください。期間内に異議がなければ、仮執行宣言が付され、強制執行を受けることがあります。",
                           "問合せ先　浦和簡易裁判所　民事督促係　電話 048-000-6203")):
        p.at(29, y + 6 + i * 5.6, s, size=8.6)
    p.y = y + 24
    p.line(f"申立日　{fw(era(filed))}", x=188, size=9, align="r")
    for side, t in THUMBS07:
        yy = t * 297
        free_of_text(p.spec, (0, yy - 8, 21, 16) if side == "left" else (189, yy - 8, 21, 16))
    tr = truth(document_type="payment_order", sender="浦和簡易裁判所", phone="048-000-6203",
               creditor="旭光債権回収株式会社", status="unverified", original="株式会社キャネット", debtor="鞍田亮",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference=case, input_kind="photo_jpeg",
               template="proxy80_payment_order_held_by_hand", received=D(2026, 5, 11))
    return dict(stem="ck07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="room", held=34, thumbs=THUMBS07, tilt=1.5, keystone=0.03,
                          fill=0.88, blur=0.95, warm=0.2),
                about="payment_order (簡裁, invented servicer creditor)",
                unusual="the PAGE HELD UP BY HAND in front of a blurred room: the sheet bends like a cylinder (lines sag "
                        "and rise, the edges darker), with the two THUMBS over the left and right margins (no text under "
                        "them); 浦和簡裁 支払督促 with the full-width case number alone top-right; parties as a kv block, "
                        "the creditor the INVENTED servicer 旭光債権回収株式会社 (no licence number: court paper → "
                        "unverified); 請求の趣旨 as label lines: 「１　金…円」 with a （内訳） 譲受元金 / 利息 / 遅延損害金 "
                        "with a JIS-era window (R7.7.23～R8.4.27 in full-width), ２ 督促手続費用, 合計, and the running item "
                        "３; 限度額40万円 and 18％ in the 請求の原因 as distractors; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ck08 福岡簡易裁判所 仮執行宣言付支払督促, real servicer creditor, lying askew on a floor, EXIF 8.


def ck08():
    R = 14.6
    issued, order, served, filed = D(2026, 6, 9), D(2026, 4, 14), D(2026, 4, 17), D(2026, 3, 30)
    acc, lastp, assign = D(2025, 9, 1), D(2025, 6, 2), D(2025, 12, 12)
    P, I, C1, C2 = 612_050, 8_346, 4_254, 1_148
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年（ロ）第587号"
    p = Page(font="sans", size=10, top=14, left=24, right=22)
    p.line(f"事件番号　{fw(case)}", x=26, size=10)
    p.line("事件名　　譲受債権支払督促事件", x=26, size=10)
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=16.5)
    p.table([["債権者", "〒812-0000 福岡市博多区小波町九丁目9番9号　オリックス債権回収株式会社"],
             ["", "代表者代表取締役　茗荷谷　修　（送達場所 同社九州オフィス　電話 092-000-1157）"],
             ["債務者", "〒806-0000 北九州市八幡西区汐入東九丁目9番9号　兜森　拓也"]],
            [20, 146], x=24, aligns="ll", size=8.8, row_h=7, ruled="rows")
    p.gap(3)
    p.para("債務者は、債権者に対し、下記の請求の趣旨記載の金額を支払え。", size=10)
    p.para(f"上記の支払督促（{fw(era(order))}発付、{fw(era(served))}債務者に送達）に基づき、債権者の申立てにより、この支払督促"
           "に仮執行の宣言をする。", size=10)
    p.gap(1)
    p.line("請求の趣旨", size=10.8, font="sans-bold", align="c")
    rows = [["", "項　目", "金額（円）"], ["1", "元金（譲受債権）", f"{P:,}"], ["2", "利息", f"{I:,}"],
            ["3", f"遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", f"{L:,}"],
            ["4", "督促手続費用", f"{C1:,}"], ["5", "仮執行宣言手続費用", f"{C2:,}"], ["", "合　計", f"{T:,}"]]
    p.table(rows, [10, 112, 40], x=26, header=True, aligns="clr", size=9.5, row_h=6.8)
    p.para(f"6　上記1の金額に対する{era(filed + timedelta(1))}から完済まで年{R}％の割合による遅延損害金", x0=26, x1=188,
           size=9.4, indent="")
    p.gap(1)
    p.line("請求の原因", size=10.8, font="sans-bold", align="c")
    for s in ("1　株式会社アマリリスクレジット（原債権者）は、債務者との間でクレジットカード利用契約を締結し、債務者は同契約に"
              "基づきカードを利用した（利用限度額60万円）。",
              f"2　債務者は、{era(lastp)}の支払を最後に支払を怠り、{era(acc)}、期限の利益を喪失した。",
              f"3　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、債務者に対しその旨の通知をした。"):
        p.para(s, x0=26, x1=188, size=9.2, indent="")
    p.gap(2)
    p.line(f"　{fw(era(issued))}", x=26, size=10)
    p.line("　福岡簡易裁判所　裁判所書記官　鶫谷　　誠", x=26, size=10)
    p.seal(148, p.y - 5, 13, "square", "福岡簡易裁判所書記官印", angle=0, seed=80081)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 164, 22, 0.4, None, SHADE))
    for i, s in enumerate(("この書面を受け取った方へ：仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に",
                           "督促異議の申立てができます。異議を申し立てても、強制執行を停止するには別の手続が必要です。",
                           "問合せ先　福岡簡易裁判所　民事第二係　電話 092-000-8842")):
        p.at(27, y + 6.5 + i * 5.6, s, size=8.6)
    p.y = y + 26
    p.line(f"仮執行宣言申立日　{fw(era(D(2026, 5, 18)))}　　　　これは正本である。", x=188, size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="福岡簡易裁判所", phone="092-000-8842",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社アマリリスクレジット",
               debtor="兜森拓也", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="photo_exif_rotated", template="proxy80_enforceable_order_askew_floor_exif8",
               received=D(2026, 6, 11))
    return dict(stem="ck08", ext="jpg", kind="photo_exif_rotated", orientation=8, pages=[p.spec], truth=tr,
                shot=dict(bg="floor", tilt=7.5, keystone=0.05, fill=0.8, creases=2, blur=0.9, fluo=0.5),
                about="payment_order_enforceable (簡裁, real servicer creditor)",
                unusual="phone photo on a WOODEN FLOOR under a ceiling tube (cool cast), the page lying ROTATED about 7.5° "
                        "and stored SIDEWAYS with EXIF orientation 8; 福岡簡裁 仮執行宣言付支払督促 on ONE page: the 発付 "
                        "and 送達 dates in a bracket sentence (not issued), the parties in a rows-ruled table with the "
                        "creditor ★ オリックス債権回収株式会社 (no licence number: court paper) and its 送達場所 phone "
                        "(distractor); 請求の趣旨 with a 「金額（円）」 header and TWO cost rows (督促手続費用 / "
                        "仮執行宣言手続費用 → costs = sum); running item 6; 利用限度額60万円 as a distractor; a shaded "
                        "「この書面を受け取った方へ」 box with the court's phone; 仮執行宣言申立日 at the foot")


LETTERS = [ck01, ck02, ck03, ck04, ck05, ck06, ck07, ck08]
