"""Proxy set 77, letters ch01–ch08: "phone photos, fifth round: sideways, HEIC and hurried". A bank's card-loan 督促状 on
a bed cover; a guarantee company's 代位弁済通知 on a car seat, stored sideways; a joint 債権譲渡通知 to a real servicer in
cold shade (HEIC); a real servicer's demand for the rest after a 競売, crumpled and smoothed out (HEIC); a 簡裁 支払督促
under the phone's own shadow; a 仮執行宣言付支払督促 on tatami, stored sideways; a 簡裁 口頭弁論期日呼出状 under a lamp
(HEIC); a law office's 分割 proposal with the addressee's ballpoint note in the margin."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, RED, WHITE, Box, Line, Page, bars, era, grid, late, truth, wd

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
BROWN = (0.45, 0.25, 0.10)
INDIGO = (0.16, 0.20, 0.50)
PLUM = (0.42, 0.12, 0.38)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ch01 bank card-loan 督促状: two missed instalments, slash dates, photographed on a quilted bed cover.


def ch01():
    R = 19.9
    issued, due, lastp = D(2026, 1, 13), D(2026, 1, 27), D(2025, 10, 27)
    rows = [(D(2025, 11, 27), 9_820, 4_180), (D(2025, 12, 29), 10_010, 3_990)]
    calc = [(d, pr, it, late(pr, R, d + timedelta(1), issued)) for d, pr, it in rows]
    P, I, L = (sum(r[k] for r in calc) for k in (1, 2, 3))
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=TEAL))
    p.at(20, 19.3, "益", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "ましこ銀行", size=16, font="sans-bold", color=TEAL)
    p.at(196, 16, f"発行日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 21, "お取引照会番号　MK-7720-1845", size=9.5, align="r")
    p.add(Box(15, 28, 92, 34, 0.2, GRAY))
    bars(p, 19, 31, 60, 3, "ch01")
    p.at(19, 40, "〒321-0000", size=9.5)
    p.at(19, 45, "栃木県真岡市ひぐらし台九丁目9番9号", size=9.5)
    p.at(25, 56, "荒牧　美紗　様", size=14)
    for i, s in enumerate(["株式会社ましこ銀行", "ローンサポートセンター", "〒320-0000", "栃木県宇都宮市こもれび通九丁目9番9号"]):
        p.at(122, 34 + i * 4.6, s, size=8.8 if i else 10, font="sans-bold" if not i else "sans")
    p.seal(188, 56, 12, "square", "ましこ銀行之印", angle=2, seed=77011)
    p.y = 68
    p.title("カードローン　ご返済のお願い（督促状）", size=15)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"さて、お客様の「ましこカードローン」のご返済につきまして、{slash(lastp)}のご入金を最後に、下記の約定返済日の"
           "ご返済が確認できておりません。お手数ですが、下記ご入金額をお支払期限までにお支払いくださいますようお願い"
           "申し上げます。", size=9.8)
    p.gap(5)
    body = [["約定返済日", "元金", "利息", "遅延損害金", "計"]]
    body += [[slash(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.at(196, p.y - 1.5, "（単位：円）", size=8, align="r")
    p.table(body, [36, 36, 36, 36, 37], x=15, header=True, aligns="crrrr", size=10, row_h=8)
    p.line(f"※遅延損害金は各回の元金に対し年{R}％、約定返済日の翌日から発行日までの日割計算（1年365日）です。", x=15,
           size=8.2)
    p.line("※12月分の約定返済日（27日）は土曜日のため、翌営業日の2025/12/29となっております。", x=15, size=8.2)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 19, 1.0, TEAL))
    p.at(20, y + 8, "ご入金額", size=10, font="sans-bold", color=TEAL)
    p.at(95, y + 12, f"{T:,}円", size=17, font="sans-bold", align="r")
    p.at(105, y + 8, "お支払期限", size=10, font="sans-bold", color=TEAL)
    p.at(105, y + 15, f"{slash(due)}（{wd(due)}）まで", size=13, font="sans-bold")
    p.y = y + 24
    p.line("■ご入金方法", size=9.8, font="sans-bold")
    p.para("当行ATM・提携コンビニATMのカードローンご返済メニュー、またはご返済用口座（ましこ銀行 真岡支店 普通 2218457）へ"
           "お振込みください。", size=9.3, indent="")
    p.line("■ご契約内容（ご参考）", size=9.8, font="sans-bold")
    p.para("ご利用限度額 500,000円　毎月の約定返済額 14,000円（毎月27日）　ご契約日 2021/06/14", size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, RED, (1.0, 0.96, 0.95)))
    for i, s in enumerate(["ご延滞が続いた場合、カードローン規定第12条により期限の利益を喪失し、ご利用残高の全額を一括して",
                           "ご返済いただくことになります。また、保証会社による代位弁済の手続に移る場合があります。",
                           "ご返済が難しい場合は、お支払期限までに下記ローンサポートセンターへご相談ください。"]):
        p.at(19, y + 7 + i * 5.5, s, size=8.8, color=RED if i == 0 else (0, 0, 0))
    p.y = y + 29
    p.line("お問い合わせ　ましこ銀行ローンサポートセンター　0120-000-318（平日9:00～17:00）", size=9.5, font="sans-bold")
    p.line("行き違いでご入金済みの場合は、何卒ご容赦ください。", size=8.5)
    tr = truth(document_type="collection_notice", sender="株式会社ましこ銀行", phone="0120-000-318",
               creditor="株式会社ましこ銀行", status="not_applicable", debtor="荒牧美紗", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="MK-7720-1845", input_kind="photo_jpeg", template="proxy77_bank_card_loan_dunning_bedcover",
               received=D(2026, 1, 15))
    return dict(stem="ch01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="bedcover", keystone=0.05, tilt=2.4, creases=2, bow=7, fill=0.83, warm=0.35, blur=1.0),
                about="collection_notice (bank card-loan 督促状, two missed instalments)",
                unusual="phone photo on a pale QUILTED BED COVER, the sheet bulging (not flat) with tri-fold creases and "
                        "warm lamp light; slash dates everywhere (発行日 2026/01/13, due 2026/01/27（火）); a one-kanji "
                        "logo 「益」; a 5-column table per missed instalment (元金 / 利息 / 遅延損害金 / 計) with a 合計 row "
                        "and the 円 only in 「（単位：円）」; arrears only (lump false, no 喪失 date); the 12/27 → 12/29 "
                        "business-day note; ご利用限度額 500,000, 約定返済額 14,000, ご契約日 and the account as distractors")


# ---------------------------------------------------------------------------------------------
# ch02 guarantee company 代位弁済のご通知 (car loan of a 信用金庫), photographed on a car seat, EXIF 6.


def ch02():
    R0, R = 14.0, 14.6
    issued, due = D(2026, 2, 9), D(2026, 2, 24)
    acc, lastp, subro = D(2025, 12, 10), D(2025, 9, 10), D(2026, 1, 26)
    P0, I0 = 1_262_500, 9_870
    L0 = late(P0, R0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "かたばみ保証株式会社", size=15, font="sans-bold", color=BROWN)
    p.at(15, 25, "KATABAMI GUARANTEE CO., LTD.", size=6.5, color=BROWN)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "求償番号　KT-26-00417", size=10, align="r")
    p.y = 33
    p.line("〒590-0000　大阪府堺市堺区かやぶき通九丁目9番9号", size=9.5)
    p.line("鞘師　健吾　様", size=14)
    p.gap(5)
    p.title("代位弁済実行のご通知および求償金のご請求", size=14.5)
    p.para(f"貴殿がひばりの信用金庫との間で締結されたマイカーローン契約（令和4年3月18日付）について、当社は同金庫との保証"
           f"契約に基づき連帯保証しておりました。貴殿は、{era(lastp)}のご返済を最後にお支払いがなく、{era(acc)}の経過"
           "により期限の利益を喪失されました。", size=9.8)
    p.para(f"そのため当社は、{era(subro)}、同金庫に対して貴殿の債務を代位弁済いたしました。これにより当社は貴殿に対し下記"
           "の求償権を取得しましたので通知いたします。下記期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    y = grid(p, 15, p.y, [42, 48, 42, 49],
             [["代位弁済日", era(subro), "期限の利益喪失日", era(acc)],
              ["最終ご返済日", era(lastp), "原債権者", "ひばりの信用金庫"],
              ["ご融資金額", "1,800,000円", "ご融資番号", "HB-5531-02"]], h=8, size=9.2)
    p.y = y + 2
    p.line(f"（代位弁済金額の内訳　貸付残元金 {P0:,}円、利息 {I0:,}円、遅延損害金 {L0:,}円）", x=15, size=8.5, color=GRAY)
    p.gap(2)
    p.line(f"ご請求金額（{era(issued)}現在）", size=11, font="sans-bold")
    p.table([["求償元金（代位弁済金額）", f"{S:,}円"],
             [f"求償損害金（{era(subro + timedelta(1))}から年{R}％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [120, 50], x=20, aligns="lr", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.2, BROWN))
    p.at(25, y + 9, "お支払期限", size=11.5, font="sans-bold", color=BROWN)
    p.at(65, y + 9.5, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 19
    p.para("お振込先　ひばりの信用金庫 本店営業部 普通預金 0417260　カタバミホショウ（カ　※振込手数料はご負担ください。",
           size=9.3, indent="")
    p.para("※期限までにお支払いもご連絡もない場合、連帯保証人様へのご請求、または法的手続（支払督促・訴訟）を検討いたします。"
           "お支払いが困難な場合は、お早めにご相談ください。", size=9.0, indent="")
    p.gap(4)
    for s, sz, f in (("かたばみ保証株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒530-0000 大阪市北区ゆうなぎ通九丁目9番9号", 8.8, "sans"),
                     ("TEL 06-0000-2245　担当 唐牛（平日9:00～17:30）", 9.5, "sans"),
                     ("貸金業登録番号 近畿財務局長(2)第00891号", 8, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 16, 13, "square", "かたばみ保証之印", angle=-3, seed=77021)
    tr = truth(document_type="acceleration_notice", sender="かたばみ保証株式会社", phone="06-0000-2245",
               creditor="かたばみ保証株式会社", status="not_applicable", original="ひばりの信用金庫", debtor="鞘師健吾",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="KT-26-00417", input_kind="photo_exif_rotated",
               template="proxy77_guarantor_subrogation_car_seat_sideways", received=D(2026, 2, 12))
    return dict(stem="ch02", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="carseat", keystone=0.07, tilt=2.5, creases=2, bow=9, fill=0.82, blur=1.05, exposure=0.92),
                about="acceleration_notice (guarantee company 代位弁済, car loan)",
                unusual="phone photo on a dark CAR SEAT (woven fabric, perforations, a seam), the sheet bulging, stored "
                        "SIDEWAYS with EXIF orientation 6; 代位弁済実行のご通知 of a guarantee company for a 信用金庫 car loan; "
                        "a shaded-label grid (代位弁済日 / 期限の利益喪失日 / 最終ご返済日 / 原債権者 / ご融資金額 1,800,000 / "
                        "ご融資番号); the 代位弁済金額 breakdown in a grey bracket line (history); the claim as 求償元金（代位"
                        "弁済金額） / 求償損害金 / ご請求額合計; 貸金業登録番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# ch03 joint 債権譲渡及び譲受のご通知 (consumer loan → real servicer SMBC債権回収), HEIC in cold shade.


def ch03():
    R = 20.0
    issued, assign = D(2026, 4, 6), D(2026, 3, 31)
    lastp, acc = D(2025, 8, 27), D(2025, 10, 28)
    P, I = 412_880, 6_734
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=16)
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.y = 24
    p.line("〒236-0000　神奈川県横浜市金沢区ことりの丘九丁目9番9号", size=9.5)
    p.line("皆藤　瑞穂　殿", size=13.5)
    p.gap(6)
    p.add(Line(40, p.y, 170, p.y, 0.3))
    p.title("債権譲渡及び譲受のご通知", size=16, font="serif-bold")
    p.add(Line(40, p.y - 1, 170, p.y - 1, 0.3))
    p.gap(2)
    p.para(f"譲渡人ことぶきファイナンス株式会社は、貴殿に対して有する下記の債権を、{fw(era(assign))}付で譲受人SMBC債権回収"
           "株式会社に譲渡いたしました。つきましては、民法第467条に基づき、譲渡人及び譲受人の連名をもって通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。なお、譲渡人宛てにお支払いいただいても"
           "弁済の効力は生じませんのでご注意ください。")
    p.gap(1)
    p.line("記", align="c", size=11)
    items = [("（１）原契約", "金銭消費貸借契約（カードローン）　契約日 令和元年8月21日"),
             ("（２）最終ご返済日", fw(era(lastp))),
             ("（３）期限の利益喪失日", fw(era(acc))),
             ("（４）譲渡債権の内容", f"{fw(era(assign))}現在"),
             ("", f"貸付残高　{P:,}円"), ("", f"未収利息　{I:,}円"),
             ("", f"遅延損害金（年{R}％）　{L:,}円"), ("", f"譲渡債権額　{T:,}円"),
             ("（５）お問合せ番号", "S10-3318-4472")]
    for lab, val in items:
        b = p.line(lab, x=24, size=10)
        p.at(78 if lab else 84, b, val, size=10.5 if "譲渡債権額" in val else 10,
             font="serif-bold" if "譲渡債権額" in val else "serif")
    p.line("以上", align="r", size=10)
    p.gap(3)
    y = p.y
    p.at(20, y, "（譲渡人）", size=9)
    for i, s in enumerate(["東京都中央区いさりび通九丁目9番9号", "ことぶきファイナンス株式会社", "代表取締役　兼子　宗一郎",
                           "貸金業登録番号 関東財務局長(5)第01187号"]):
        p.at(24, y + 5.5 + i * 5.2, s, size=9.3 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    p.seal(94, y + 13, 14, "round", "ことぶきファイナンス株式会社|代表取締役之印", seed=77031)
    p.at(110, y, "（譲受人）", size=9)
    for i, s in enumerate(["東京都中央区いさりび通九丁目9番10号", "SMBC債権回収株式会社", "代表取締役　咲間　隆",
                           "法務大臣許可番号 第10号"]):
        p.at(114, y + 5.5 + i * 5.2, s, size=9.3 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    p.seal(186, y + 13, 14, "round", "SMBC債権回収株式会社|代表取締役之印", seed=77032)
    p.y = y + 30
    p.add(Box(20, p.y, 170, 16, 0.3))
    p.at(24, p.y + 6, "【お問い合わせ先】SMBC債権回収株式会社　管理第二部", size=9.5, font="serif-bold")
    p.at(24, p.y + 12, "フリーダイヤル 0120-000-610（平日9:00～18:00）　お問合せ番号をお伝えください。", size=9.3)
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10, phone="0120-000-610",
               creditor="SMBC債権回収株式会社", status="licensed", original="ことぶきファイナンス株式会社",
               debtor="皆藤瑞穂", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="S10-3318-4472",
               input_kind="photo_heic", template="proxy77_joint_assignment_consumer_loan_cold_shade",
               received=D(2026, 4, 8))
    return dict(stem="ch03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.0, creases=2, fill=0.86, cold=0.8, exposure=0.84, blur=1.0),
                about="assignment_notice (joint, consumer loan → real servicer)",
                unusual="iPhone HEIC taken IN SHADE by a window: a cold blue cast, dim and a little noisy; joint 債権譲渡及び"
                        "譲受のご通知 in serif with the title between two rules; a （１）…（５） 記 list with the amounts as "
                        "indented lines (貸付残高 / 未収利息 / 遅延損害金（年20.0％） / 譲渡債権額) and full-width era dates; "
                        "the contract date in 令和元年 (distractor); two notifier blocks side by side with round seals, the "
                        "譲受人 ★ SMBC債権回収株式会社 with 「法務大臣許可番号 第10号」; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ch04 real servicer 住宅債権管理回収機構: the rest of a housing loan after the 競売 配当; crumpled page, HEIC.


def ch04():
    R = 14.0
    issued, due = D(2026, 4, 14), D(2026, 5, 15)
    assign, acc, lastp, div = D(2024, 11, 29), D(2024, 6, 5), D(2024, 2, 5), D(2026, 2, 18)
    D_AMT = 14_260_000
    D_L, D_I = 2_731_907, 212_361
    D_P = D_AMT - D_L - D_I
    P0 = 22_677_352 + 0
    P = P0 - D_P
    I = 38_416
    L = late(P, R, div + timedelta(1), issued)
    T = P + I + L
    assert D_L + D_I + D_P == D_AMT
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "住宅債権管理回収機構", size=15, font="sans-bold", color=INDIGO)
    p.at(15, 24, "株式会社　法務大臣許可　第91号", size=8, color=INDIGO)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "管理番号　HK-2607-733", size=10, align="r")
    p.y = 31
    p.line("〒273-0000 千葉県船橋市はしばみ坂九丁目9番9号", size=9.5)
    p.line("十八女　篤志　様", size=14)
    p.gap(5)
    p.title("競売による配当後の残債務についてのご請求", size=14)
    p.para(f"当社が{era(assign)}に株式会社わかさぎ銀行から譲り受けた貴殿の住宅ローン債権につきましては、担保不動産競売"
           f"事件の配当（配当期日 {era(div)}）により、下記のとおり充当いたしました。", size=9.8)
    p.para("しかしながら、配当金をもってしても完済には至らず、下記の残債務がございます。残債務全額を一括してお支払い"
           "いただくか、お支払方法について期限までにご相談ください。", size=9.8)
    p.gap(1)
    p.line("１．配当金の充当状況", size=10.3, font="sans-bold")
    p.table([["配当額", "遅延損害金へ充当", "利息へ充当", "元金へ充当"],
             [f"{D_AMT:,}円", f"{D_L:,}円", f"{D_I:,}円", f"{D_P:,}円"]], [44, 44, 44, 44], x=15, header=True,
            aligns="rrrr", size=9.3, row_h=7)
    p.line(f"（充当前元金 {P0:,}円）", x=15, size=8.5, color=GRAY)
    p.gap(2)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.3, font="sans-bold")
    p.table([["配当充当後元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(div + timedelta(1))}～年{R}％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [120, 56], x=15, aligns="lr", size=10.3, row_h=8.5, shade_col0=True)
    p.gap(2)
    p.kv([("期限の利益喪失日", era(acc)), ("最終ご入金日", era(lastp)), ("物件", "千葉県船橋市はしばみ坂九丁目（土地・建物）")],
         x=20, label_w=40, size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 0.9, INDIGO))
    p.at(19, y + 8.5, "お支払い・ご相談期限", size=10.5, font="sans-bold", color=INDIGO)
    p.at(75, y + 9, f"{era(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 17
    p.para("※期限までにご連絡のない場合、給与債権等の差押えを含む法的手続を検討いたします。", size=9.0, indent="")
    p.para("※ご相談のうえ、ご収入に応じた分割でのお支払いも承ります。", size=9.0, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社住宅債権管理回収機構　管理部", 10.5, "sans-bold"),
                     ("〒162-0000 東京都新宿区もくせい町九丁目9番9号", 8.8, "sans"),
                     ("TEL 03-0000-9155（平日9:00～17:00）　担当 四家", 9.5, "sans")):
        p.line(s, x=95, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9155", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社わかさぎ銀行", debtor="十八女篤志", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HK-2607-733", input_kind="photo_heic",
               template="proxy77_servicer_rest_after_auction_crumpled", received=D(2026, 4, 16))
    return dict(stem="ch04", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, crumple=1.5, fill=0.86, warm=0.15, blur=0.9),
                about="collection_notice (real servicer, rest after a 競売)",
                unusual="iPhone HEIC of a page CRUMPLED into a ball and smoothed out again (ridges, shading, slight "
                        "displacement), on wood; real servicer ★ 住宅債権管理回収機構 with 「株式会社　法務大臣許可　第91号」 "
                        "in small type under a logo without 株式会社; a 配当 充当 table (配当額 14,260,000 split into "
                        "損害金 / 利息 / 元金 充当, all distractors) and the 充当前元金 in grey; the claim table 配当充当後元金 / "
                        "未払利息 / 遅延損害金 (from the day after the 配当期日) / ご請求額合計; the deadline is an "
                        "「お支払い・ご相談期限」; 喪失 and 最終ご入金日 in a kv block")


# ---------------------------------------------------------------------------------------------
# ch05 松江簡易裁判所 支払督促 (card company creditor), one page, under the phone's own shadow.


def ch05():
    R = 14.6
    issued, filed = D(2026, 3, 5), D(2026, 3, 2)
    lastp, acc = D(2025, 7, 27), D(2025, 9, 29)
    P, I, C = 318_640, 12_212, 3_912
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第214号"
    p = Page(font="serif", size=10, top=14)
    p.at(15, 18, f"事件番号　{fw(case)}", size=10)
    p.y = 22
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債権者", "東京都渋谷区ゆきわり坂九丁目9番9号　株式会社うぐいすカード"),
          ("", "代表者代表取締役　尾身　和弘"),
          ("債務者", "島根県松江市わたすげ町九丁目9番9号　徳竹　亮介")], x=18, label_w=20, size=9.8)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.3)
    p.gap(2)
    p.line("【請求の趣旨】", size=10.8, font="serif-bold")
    x0, x1 = 24, 186
    from samples.letters.proxydraw import leader
    leader(p, "１　立替金残元金", f"{P:,}円", x0, x1, size=10)
    leader(p, "２　未払手数料（期限の利益喪失日まで）", f"{I:,}円", x0, x1, size=10)
    leader(p, f"３　確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで）", f"{L:,}円", x0, x1, size=10)
    leader(p, "４　督促手続費用", f"{C:,}円", x0, x1, size=10)
    p.gap(0.8)
    p.add(Line(120, p.y, x1, p.y, 0.4))
    p.gap(1.2)
    leader(p, "　　合　計", f"{T:,}円", x0, x1, size=10.5, font="serif-bold")
    p.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から支払済みまで年{R}％の割合による遅延損害金", x0=x0,
           x1=x1, size=9.8, indent="")
    p.gap(2)
    p.line("【請求の原因】", size=10.8, font="serif-bold")
    for s in ("１　債権者は、債務者との間で平成30年10月2日、クレジットカード会員契約を締結し、債務者の利用代金を加盟店に"
              "立替払いした。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        p.para(s, x0=20, x1=190, size=9.5, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　松江簡易裁判所　裁判所書記官　縄田　圭", size=10.5)
    p.seal(135, p.y - 5, 14, "square", "松江簡易裁判所書記官印", seed=77051)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.4, None, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["支払督促を受け取った方へ",
                           "・請求に異議があるときは、送達を受けた日から２週間以内に、督促異議申立書を当裁判所に提出して",
                           "　ください。期間内に異議がないと、仮執行宣言が付され、強制執行を受けることがあります。",
                           "・分割での支払を希望する場合も、督促異議申立書にその旨を記載してください。",
                           "お問い合わせ　松江簡易裁判所　民事係　電話 0852-00-3371（平日8:30～17:00）"]):
        p.at(19, y + 6 + i * 5.5, s, size=9.6 if i == 0 else 8.8, font="sans-bold" if i in (0, 4) else "sans")
    p.y = y + 34
    p.line(f"申立日　{fw(era(filed))}", size=9, align="r")
    p.line("これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="松江簡易裁判所", phone="0852-00-3371",
               creditor="株式会社うぐいすカード", status="not_applicable", debtor="徳竹亮介", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="photo_jpeg",
               template="proxy77_payment_order_card_company_phone_shadow", received=D(2026, 3, 9))
    return dict(stem="ch05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.08, tilt=1.5, creases=2, fill=0.88, phone=0.42, phone_side="top",
                          blur=0.95),
                about="payment_order (簡裁, card company creditor, one page)",
                unusual="phone photo taken from straight above, so the PHONE'S OWN SHADOW (a rounded slab with the hand) "
                        "lies over the top of the page, over the case number and the parties (still readable); 松江簡裁 "
                        "支払督促 with the case number top-left 「事件番号　令和８年（ロ）第２１４号」; the parties as a kv "
                        "block; 請求の趣旨 as DOTTED LEADER lines (立替金残元金 / 未払手数料 / 確定遅延損害金 with its window / "
                        "督促手続費用) with a rule and 合計, the running item ５ below; the creditor is a CARD COMPANY "
                        "(not a servicer → not_applicable); 平成30年 contract as a distractor")


# ---------------------------------------------------------------------------------------------
# ch06 鳥取簡易裁判所 仮執行宣言付支払督促 (real servicer creditor), on tatami, EXIF 8.


def ch06():
    R = 18.0
    issued = D(2026, 1, 14)
    filed, ordered, served = D(2025, 12, 8), D(2025, 12, 15), D(2025, 12, 18)
    lastp, acc, assign = D(2025, 1, 20), D(2025, 3, 21), D(2025, 7, 15)
    P, I, C1, C2 = 587_300, 21_488, 4_680, 1_210
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C1 + C2
    case = "令和7年(ロ)第389号"
    p = Page(font="serif", size=10, top=13)
    p.at(196, 17, fw(case), size=10.5, align="r")
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "東京都中央区あさぎ台九丁目9番9号　アルファ債権回収株式会社　代表者代表取締役　川面　昌平"],
             ["債務者", "鳥取県鳥取市くろもじ通九丁目9番9号　張替　千尋"]], [20, 161], x=15, aligns="ll", size=9,
            row_h=8, shade_col0=True)
    p.gap(3)
    p.para(f"債務者は、債権者に対し、請求の趣旨記載の金額を支払え。（本支払督促は{fw(era(ordered))}に発付され、"
           f"{fw(era(served))}債務者に送達された。）", size=10)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["１", "譲受債権元金", f"{P:,}"], ["２", "利息（期限の利益喪失日まで）", f"{I:,}"],
            ["３", f"遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで）", f"{L:,}"],
            ["４", "督促手続費用", f"{C1:,}"], ["５", "仮執行宣言の手続費用", f"{C2:,}"], ["", "合　計", f"{T:,}"]]
    p.table([["", "項目", "金額（円）"]] + rows, [10, 120, 45], x=18, header=True, aligns="clr", size=9.6, row_h=7)
    p.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年{R:g}％の割合による遅延損害金", x0=18, x1=193,
           size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　つばなクレジット株式会社（以下「原債権者」という。）は、令和2年5月11日、債務者との間で極度額80万円の"
              "金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、同月中に債務者に対しその旨を通知した。"):
        p.para(s, x0=18, x1=193, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 17, 0.6))
    p.at(19, y + 6, "仮執行宣言", size=10.5, font="serif-bold")
    p.at(19, y + 12.5, f"上記督促手続費用に仮執行宣言の手続費用金{C2:,}円を加え、本支払督促に仮執行の宣言をする。", size=9.6)
    p.y = y + 21
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　鳥取簡易裁判所　裁判所書記官　簑島　真理", size=10.5)
    p.seal(140, p.y - 5, 14, "square", "鳥取簡易裁判所書記官印", seed=77061)
    p.gap(3)
    for s in ("（注）この書面の送達を受けた日から２週間以内に督促異議を申し立てることができますが、異議を申し立てても仮執行",
              "宣言に基づく強制執行は当然には停止しません。お問い合わせ　鳥取簡易裁判所　民事受付　電話 0857-00-6102"):
        p.line(s, x=15, size=8.6)
    p.line(f"仮執行宣言申立日　{fw(era(D(2026, 1, 6)))}　　　これは正本である。", size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="鳥取簡易裁判所", phone="0857-00-6102",
               creditor="アルファ債権回収株式会社", status="licensed", original="つばなクレジット株式会社",
               debtor="張替千尋", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="photo_exif_rotated", template="proxy77_enforceable_order_tatami_sideways",
               received=D(2026, 1, 16))
    return dict(stem="ch06", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, fill=0.85, shadow=0.22,
                          shadow_side="bottom", warm=0.2),
                about="payment_order_enforceable (簡裁, real servicer creditor)",
                unusual="phone photo on tatami stored SIDEWAYS with EXIF orientation 8, a hand shadow across the bottom; "
                        "鳥取簡裁 仮執行宣言付支払督促 on ONE page: the 発付 and 送達 dates in a bracket sentence (not issued), "
                        "the parties in a shaded-label table with the creditor ★ アルファ債権回収株式会社 (no licence "
                        "number: court paper); 請求の趣旨 with a 「金額（円）」 header and TWO cost rows (督促手続費用 / "
                        "仮執行宣言の手続費用 → costs = sum); running item ６; a framed 仮執行宣言 box repeating 1,210; "
                        "極度額80万円 as a distractor; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ch07 佐賀簡易裁判所 口頭弁論期日呼出状及び答弁書催告状 (invented servicer plaintiff); states no amount; HEIC, lamp glare.


def ch07():
    issued, hearing, answer = D(2026, 5, 12), D(2026, 6, 10), D(2026, 6, 1)
    case = "令和8年(ハ)第155号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, fw(era(issued)), size=10.5, align="r")
    p.y = 26
    p.line("被告　前園　直樹　殿", size=13)
    p.gap(2)
    p.line("佐賀簡易裁判所民事係", x=120, size=10.5)
    p.line("裁判所書記官　耕田　早苗", x=120, size=10.5)
    p.seal(186, p.y - 6, 12, "square", "佐賀簡易裁判所書記官印", seed=77071)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.kv([("事件番号", fw(case)), ("事件名", "譲受債権請求事件"), ("原告", "あさなぎ債権回収株式会社"), ("被告", "前園　直樹")],
         x=30, label_w=30, size=10.5)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記の答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.table([["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"],
             ["場　所", "佐賀簡易裁判所　第２号法廷（本館２階）"],
             ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [42, 120], x=24, aligns="ll", size=10.5, row_h=10,
            shade_col0=True)
    p.gap(4)
    for s in ("【注意】",
              "１　期日に出頭せず、答弁書も提出しないときは、原告の言い分を認めたものとして、原告の請求どおりの判決が",
              "　　言い渡されることがあります。",
              "２　分割払いなどの話合い（和解）を希望する場合は、答弁書の該当欄にその旨を記載してください。",
              "３　出頭の際は、この呼出状と印鑑、身分証明書をお持ちください。",
              "４　同封書類：訴状副本、証拠書類写し、答弁書用紙、送達場所等の届出書"):
        p.line(s, x=22, size=9.6, font="serif-bold" if s.startswith("【") else "serif")
    p.gap(5)
    y = p.y
    p.add(Box(22, y, 166, 14, 0.4))
    p.at(26, y + 6, "問い合わせ先　佐賀簡易裁判所　民事係（書記官室）", size=9.6)
    p.at(26, y + 11.5, "電話 0952-00-5521（内線 214）　平日午前8時30分～午後5時", size=9.6)
    tr = truth(document_type="lawsuit", sender="佐賀簡易裁判所", phone="0952-00-5521",
               creditor="あさなぎ債権回収株式会社", status="unverified", debtor="前園直樹", lump=False, issued=issued,
               hearing=hearing, reference=case, input_kind="photo_heic",
               template="proxy77_summary_court_summons_no_amounts_glare", received=D(2026, 5, 14))
    return dict(stem="ch07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.85, glare=26, warm=0.3),
                about="lawsuit (簡裁 (ハ) 呼出状 only, invented servicer plaintiff)",
                unusual="iPhone HEIC on a desk with a ceiling-lamp GLARE over the middle; only the 口頭弁論期日呼出状及び"
                        "答弁書催告状 was photographed (the 訴状 not): it states NO AMOUNT at all (every amount null); the "
                        "plaintiff is the INVENTED servicer あさなぎ債権回収株式会社 (no licence printed → unverified); "
                        "期日 / 場所 / 答弁書提出期限 in a shaded-label table with weekdays; the clerk's 内線; the 答弁書 "
                        "deadline 6/1 is not the hearing")


# ---------------------------------------------------------------------------------------------
# ch08 law office for a card company: お支払いに関するご提案書 (分割); the addressee's ballpoint note in the margin.


def ch08():
    R = 14.6
    issued, due = D(2026, 4, 17), D(2026, 5, 8)
    lastp, acc = D(2025, 9, 26), D(2025, 11, 26)
    P, I = 264_910, 8_102
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n = 36
    Y = T // n
    X = T - Y * (n - 1)
    assert X + Y * (n - 1) == T and X >= Y
    p = Page(font="sans", size=10, top=16)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "当職整理番号　UR-2604-118", size=9.5, align="r")
    p.y = 30
    p.line("〒802-0000　福岡県北九州市小倉北区みずすまし町九丁目9番9号", size=9.5)
    p.line("堅田　由紀子　様", size=13.5)
    p.gap(2)
    for s, sz in (("株式会社ルクシオカード代理人", 9.5), ("占部・妹尾法律事務所", 11), ("弁護士　占部　康弘", 10),
                  ("弁護士　妹尾　あかり", 10)):
        p.line(s, x=120, size=sz, font="sans-bold" if "事務所" in s else "sans")
    p.gap(4)
    p.title("お支払いに関するご提案書", size=15)
    p.para("当職らは、株式会社ルクシオカード（以下「通知人」）の代理人として、貴殿に対し本書を差し上げます。", size=9.8)
    p.para(f"貴殿の通知人に対するカードご利用代金は、{era(lastp)}のお支払いを最後にお支払いがなく、{era(acc)}の経過により"
           "期限の利益を喪失しております。本来は一括でのお支払いをお願いすべきところですが、通知人は、貴殿のご事情に配慮し、"
           "下記の分割弁済による和解に応じる用意があります。", size=9.8)
    p.gap(1)
    p.line(f"１　現在のご債務（{era(issued)}時点）", size=10.3, font="sans-bold")
    p.table([["立替金残高", "未払手数料", "遅延損害金", "ご債務総額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 42, 42, 46], x=18, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（遅延損害金は立替金残高に対し{era(acc + timedelta(1))}から年{R}％）", x=18, size=8.5)
    p.gap(2)
    p.line("２　和解案", size=10.3, font="sans-bold")
    for s in (f"・上記ご債務総額を{n}回に分割してお支払いいただきます。",
              f"・第1回 {X:,}円（令和8年5月27日まで）、第2回から第{n}回まで毎月27日限り {Y:,}円",
              "・和解成立後に発生する遅延損害金は免除いたします。",
              f"・分割金の支払を2回分以上怠ったときは、期限の利益を失い、残額及び年{R}％の遅延損害金を一括して支払う。"):
        p.para(s, x0=22, x1=192, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 14, 1.0, PLUM))
    p.at(22, y + 9, "ご回答期限", size=11, font="sans-bold", color=PLUM)
    p.at(60, y + 9.5, f"{era(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.at(190, y + 9, "同封の回答書にて", size=9, align="r")
    p.y = y + 18
    p.para("期限までにご回答がない場合、通知人は訴訟等の法的手続をとることがありますので、念のため申し添えます。本件に関する"
           "お問い合わせは、通知人ではなく当事務所へお願いいたします。", size=9.3)
    p.gap(3)
    for s in ("占部・妹尾法律事務所（福岡県弁護士会）", "〒810-0000 福岡市中央区かすみ坂九丁目9番9号",
              "TEL 092-000-6630　FAX 092-000-6631　担当事務 古性"):
        p.line(s, x=90, size=9.3)
    note = [("4/24 TEL→妹尾先生 不在", 0.74, 0.095, 34, -4), ("折り返し待ち", 0.78, 0.125, 34, -3),
            ("回答書まだ！", 0.10, 0.665, 36, 5), ("月いくらまで下がる？", 0.16, 0.75, 38, 3)]
    tr = truth(document_type="settlement_proposal", sender="占部・妹尾法律事務所", phone="092-000-6630",
               creditor="株式会社ルクシオカード", status="not_applicable", debtor="堅田由紀子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="UR-2604-118", input_kind="photo_jpeg",
               template="proxy77_law_office_instalment_proposal_handwritten_note", received=D(2026, 4, 20))
    return dict(stem="ch08", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.85, warm=0.25, note=note),
                about="settlement_proposal (law office for a card company, 36 instalments)",
                unusual="phone photo on wood of a letter the addressee had already WRITTEN ON: blue ballpoint notes in the "
                        "margins (「4/24 TEL→妹尾先生 不在 / 折り返し待ち」 top-right, 「回答書まだ！」 and 「月いくらまで"
                        "下がる？」 in the blank space at the foot); two lawyers named top-right under "
                        "「株式会社ルクシオカード代理人」; a 4-column one-row table 立替金残高 / 未払手数料 / 遅延損害金 / "
                        "ご債務総額; the plan (first instalment, 35 × monthly, 2-missed clause) as distractors; "
                        "ご回答期限 in a plum frame; TEL and FAX on one line")


LETTERS = [ch01, ch02, ch03, ch04, ch05, ch06, ch07, ch08]
