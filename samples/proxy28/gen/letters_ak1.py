"""Proxy set 28, letters ak01–ak08: "after the auction, and old debts". The 鶴来 household (housing loan, arrears):
the bank's 期限の利益喪失通知 with its table of missed instalments and the guarantee company's 保証履行 notice by fax;
the 朽木 household (auction over): the real servicer's 一括請求 of the rest after the 配当 with a 充当計算書; the 苅谷
household (任意売却): the second-mortgage lender's 一部免除 proposal; a 仮執行宣言付支払督促 of a 平成 card debt; the
信用金庫's demand to the 連帯保証人 wife after the auction; an invented servicer that bought a 15-year-old card debt;
a real servicer's 「ご連絡のお願い」 that hides the amount."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    late,
    qr,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
ORANGE = (0.85, 0.40, 0.05)
PLUM = (0.40, 0.12, 0.35)
BROWN = (0.38, 0.22, 0.10)


def hei(d: D) -> str:
    """平成 / 令和 date as the era of the day (平成 up to 2019-04-30)."""
    if d < D(2019, 5, 1):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return era(d)


def jis(d: D) -> str:
    """JIS X 0301 style: H23.02.28 / R08.03.09."""
    if d < D(2019, 5, 1):
        return f"H{d.year - 1988:02d}.{d.month:02d}.{d.day:02d}"
    return f"R{d.year - 2018:02d}.{d.month:02d}.{d.day:02d}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ak01 bank 期限の利益喪失のご通知 (housing loan), table of the missed instalments, total in a band; pdf_text.


def ak01():
    R = 14.0
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    warn, acc, lastp = D(2025, 11, 21), D(2025, 12, 5), D(2025, 7, 31)
    P, I = 27_416_300, 58_215
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    inst = 84_620
    missed = [D(2025, 9, 1), D(2025, 9, 30), D(2025, 10, 31), D(2025, 12, 1)]
    arrears = inst * len(missed)
    assert arrears == 338_480
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "お取引番号　MS-7710-0836", size=9.5, align="r")
    window(p, 15, 14, "940-0000", ["新潟県長岡市ささなみ通九丁目9番9号"], "鶴来　耕平　様", "ak01", w=88, h=34)
    p.y = 54
    p.at(196, 52, "株式会社みさご銀行", size=12, font="sans-bold", align="r", color=TEAL)
    p.at(196, 57, "長岡ローンセンター　融資管理課", size=9, align="r")
    p.at(196, 61.5, "〒940-0000 新潟県長岡市まほろば台九丁目9番9号", size=8, align="r")
    p.at(196, 66, "電話 025-000-4417　担当 樫尾", size=9, align="r")
    p.seal(150, 60, 11, "square", "みさご銀行長岡ローンセンター印", angle=4, seed=28011)
    p.y = 78
    p.title("期限の利益喪失のご通知", size=15.5)
    p.para(f"貴殿と当行との間の平成29年6月20日付金銭消費貸借契約（住宅ローン）につきましては、{era(lastp)}のご入金を最後に"
           f"ご返済が滞っており、{era(warn)}付の催告書にて、{era(acc)}までに延滞金をお支払いいただくようお願いしておりました。",
           size=9.8)
    p.para(f"しかしながら同日までにお支払いがありませんでしたので、貴殿は、銀行取引約定書及び上記契約の定めにより、{era(acc)}の"
           "経過をもって期限の利益を喪失いたしました。つきましては、下記の金額を一括してお支払いください。", size=9.8)
    p.gap(1.5)
    p.line("■ ご延滞の状況（ご参考）", size=9.8, font="sans-bold")
    rows = [["回", "約定返済日", "約定返済額", "ご入金額", "未入金額"]]
    for i, d in enumerate(missed):
        rows.append([f"{i + 1}", jis(d), f"{inst:,}", "0", f"{inst:,}"])
    rows.append(["計", "", f"{arrears:,}", "0", f"{arrears:,}"])
    p.table(rows, [12, 36, 34, 30, 34], x=22, header=True, aligns="ccrrr", size=9, row_h=6.6)
    p.line("（単位：円。約定返済日が休日の場合は翌営業日）", x=22, size=7.8, color=GRAY)
    p.gap(2)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=9.8, font="sans-bold")
    x0, x1 = 28, 140
    for lab, val in (("元金残高", f"{P:,}円"), ("未収約定利息（令和7年8月1日～期限の利益喪失日）", f"{I:,}円"),
                     (f"期限後損害金（{era(acc + timedelta(1))}から年14.0％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=9.8)
        p.at(x1, b, val, size=9.8, align="r")
        p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.12, GRAY))
    p.gap(1.5)
    y = p.y
    p.add(Box(22, y, 174, 11, color=None, fill=TEAL))
    p.at(28, y + 7.6, "一括弁済額", size=11.5, font="sans-bold", color=WHITE)
    p.at(116, y + 7.8, f"{T:,}円", size=14, font="sans-bold", color=WHITE, align="r")
    p.at(124, y + 7.3, f"お支払期限　{era(due)}（{wd(due)}）", size=9, font="sans-bold", color=WHITE)
    p.y = y + 15
    p.para("※期限後損害金は、元金残高に対し年14.0％の割合（年365日の日割計算）で、完済の日まで日々発生いたします。", size=8.6,
           indent="")
    p.para("※上記期限までにお支払いがない場合、当行は保証会社はなみずき保証株式会社に対し保証債務の履行を請求いたします。その後"
           "のお手続き・ご請求は同社から行われます。", size=8.6, indent="")
    p.para("お振込先　みさご銀行 長岡駅前支店　普通預金 7710836（口座名義　カ）ミサゴギンコウ　ユウシカンリカ）", size=8.8,
           indent="")
    p.para("ご融資金額（当初）35,000,000円　ご返済期間 35年　担保物件 新潟県長岡市ささなみ通九丁目所在の土地・建物", size=8.6,
           indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社みさご銀行", phone="025-000-4417",
               creditor="株式会社みさご銀行", status="not_applicable", debtor="鶴来耕平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MS-7710-0836", input_kind="pdf_text",
               template="proxy28_bank_acceleration_missed_instalments_table", received=D(2025, 12, 15))
    return dict(stem="ak01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, housing loan, missed-instalment table)",
                unusual="bank 期限の利益喪失のご通知 with a window-envelope address block top-LEFT and the bank's block "
                        "right-aligned BELOW it; a ruled 「ご延滞の状況（ご参考）」 table of four missed instalments in JIS "
                        "dates (R07.09.01 …) with a 計 row 338,480 (distractors); the claim as hairline rows with the new "
                        "labels 元金残高 / 未収約定利息 / 期限後損害金 and the total in a white-on-teal band 「一括弁済額」 "
                        "that also holds the お支払期限; 催告書 date 11/21 ≠ acceleration 12/5 「の経過をもって」; "
                        "当初 35,000,000 and 平成29年 contract as distractors")


# ---------------------------------------------------------------------------------------------
# ak02 guarantee company 保証債務履行（代位弁済）のお知らせ, one-page fax, everything in a label grid.


def ak02():
    R = 14.6
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    subro, acc, lastp = D(2026, 2, 10), D(2025, 12, 5), D(2025, 7, 31)
    P0, I0 = 27_416_300, 58_215
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "はなみずき保証株式会社", size=13, font="sans-bold")
    p.at(15, 23, "債権管理部　求償管理グループ", size=9)
    p.at(196, 18, f"送信日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 23, "保証番号　HM-26-00417", size=9.5, align="r")
    p.add(Line(15, 26, 196, 26, 0.6))
    p.y = 30
    p.line("鶴来　耕平　様（ＦＡＸ送信：１枚）", size=12)
    p.gap(2)
    p.title("保証債務履行（代位弁済）のお知らせ及び求償金のご請求", size=13.5)
    p.para(f"当社は、貴殿が株式会社みさご銀行から借り入れた住宅ローンの保証人として、同行からの請求に基づき、{era(subro)}に"
           "下記のとおり保証債務を履行いたしました。これにより、同行の貴殿に対する債権は当社に移転し、当社は貴殿に対し求償権を"
           "取得しましたので、下記ご請求額を期日までにお支払いください。", size=9.6)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57], [
        ["原債権者", "株式会社みさご銀行", "お取引番号", "MS-7710-0836"],
        ["期限の利益喪失日", era(acc), "最終ご返済日", era(lastp)],
        ["保証履行日", era(subro), "保証履行額", f"{S:,}円"],
    ], h=8, size=9.5, lsize=8.2)
    p.at(17, y + 4.5, f"（保証履行額の内訳　元金 {P0:,}円／利息 {I0:,}円／損害金 {L0:,}円）", size=8.3, color=GRAY)
    p.y = y + 9
    p.line(f"ご請求額（{era(issued)}時点）", size=10.5, font="sans-bold")
    y = grid(p, 15, p.y, [70, 111], [
        ["求償元金", f"{S:,}円"],
        [f"求償損害金（{era(subro + timedelta(1))}から　年14.6％）", f"{L:,}円"],
        ["ご請求額", f"{T:,}円"],
    ], h=8.5, size=11, lsize=9, bold={(2, 1)})
    p.y = y + 3
    p.add(Box(15, p.y, 181, 11, 1.2))
    p.at(20, p.y + 7.5, "お支払期日", size=11, font="sans-bold")
    p.at(52, p.y + 7.7, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y += 15
    p.para("お振込先　ほくえつ第一銀行 本店営業部 当座預金 0417266 ハナミズキホシヨウ（カ　※保証番号をお振込人名の前にご入力ください。",
           size=8.8, indent="")
    p.para("※期日までにお支払い又はご相談がない場合は、抵当権に基づき担保不動産競売の申立てを行います。任意売却をご希望の場合は"
           "お早めにご連絡ください。", size=8.8, indent="")
    p.para("※求償損害金は、求償元金に対し保証履行日の翌日から完済まで年14.6％（年365日日割計算）で発生します。", size=8.8, indent="")
    p.gap(3)
    for s, sz in (("はなみずき保証株式会社　債権管理部　担当 湯朝", 9.5), ("〒950-0000 新潟市中央区やまびこ町九丁目9番9号", 8.5),
                  ("TEL 025-000-2291（直通）／FAX 025-000-2292", 9.5), ("貸金業登録番号 関東財務局長(3)第01877号", 8)):
        p.line(s, x=100, size=sz)
    p.seal(188, p.y - 14, 12, "square", "はなみずき保証印", angle=-3, seed=28021)
    tr = truth(document_type="acceleration_notice", sender="はなみずき保証株式会社", phone="025-000-2291",
               creditor="はなみずき保証株式会社", status="not_applicable", original="株式会社みさご銀行",
               debtor="鶴来耕平", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="HM-26-00417",
               input_kind="fax_tiff", template="proxy28_guarantor_subrogation_label_grid_fax", received=issued)
    return dict(stem="ak02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:06 HANAMIZUKI HOSHO 025-000-2292 P.01",
                about="acceleration_notice (guarantee company 保証履行 = 代位弁済, one-page fax)",
                unusual="one-page G4 fax; the word 代位弁済 only in the title, the grid says 保証履行日 / 保証履行額; "
                        "western slash 送信日 2026/02/20 top-right with 保証番号 under it; a shaded-label grid with the "
                        "bank's お取引番号 MS-7710-0836 (the bank's number, not the reference), 喪失日, 最終ご返済日; the "
                        "保証履行額's breakdown in one grey bracket line (history); a second grid 求償元金 / 求償損害金 / "
                        "ご請求額; TEL and FAX on one line and the FAX in the header; 貸金業登録番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# ak03 オリックス債権回収 (real): 配当後残債務の一括請求, 2 pages, p.2 a 配当金充当計算書 with △ amounts.


AK03_SUBRO, AK03_ACC, AK03_LAST = D(2023, 5, 25), D(2023, 3, 10), D(2022, 11, 30)
AK03_ASSIGN, AK03_DIV = D(2024, 9, 30), D(2026, 1, 22)
AK03_Q0, AK03_SALE, AK03_COST, AK03_TAX = 19_512_660, 13_860_000, 612_480, 343_003


def _ak03_core():
    X = late(AK03_Q0, 14.6, AK03_SUBRO + timedelta(1), AK03_DIV)
    Dv = AK03_SALE - AK03_COST - AK03_TAX
    assert Dv > X
    return X, Dv, AK03_Q0 - (Dv - X)


def ak03_figures():
    """The 朽木 household's rest after the 配当, shared with ak15: (principal, 配当期日, 喪失, last payment, 譲受, 代位弁済)."""
    return _ak03_core()[2], AK03_DIV, AK03_ACC, AK03_LAST, AK03_ASSIGN, AK03_SUBRO


def ak03():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 13)
    subro, acc, lastp, assign, divday = AK03_SUBRO, AK03_ACC, AK03_LAST, AK03_ASSIGN, AK03_DIV
    Q0 = AK03_Q0
    sale, cost, tax = AK03_SALE, AK03_COST, AK03_TAX
    X, Dv, P = _ak03_core()
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    assert cost + tax + Dv == sale
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=ORANGE))
    p.at(15, 6.3, "ORIX", size=11, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "重要なお知らせ　親展", size=9, font="sans-bold", color=WHITE, align="r")
    p.y = 16
    p.line("〒910-0000　福井県福井市くれない町九丁目9番9号", size=10)
    p.line("朽木　幹雄　様", size=13.5)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "債権番号　OX-F24-07719", size=9.5, align="r")
    p.y = 34
    for s, sz, f in (("オリックス債権回収株式会社", 11, "sans-bold"), ("法務大臣許可第11号", 8.5, "sans"),
                     ("北陸サービシングセンター", 9, "sans")):
        p.line(s, x=132, size=sz, font=f)
    p.seal(190, 39, 11, "square", "オリックス債権回収印", angle=3, seed=28031)
    p.gap(3)
    p.title("競売配当後の残債務一括ご請求書", size=15)
    p.para(f"福井地方裁判所令和6年(ケ)第58号担保不動産競売事件につきまして、{era(divday)}に配当が実施され、当社が受領した配当金を"
           "貴殿に対する求償債権に充当いたしました（充当の計算は別紙のとおりです）。", size=9.8)
    p.para("しかしながら、充当後もなお下記の債務が残っております。つきましては、下記ご請求額を、お支払期限までに一括にてお支払い"
           "くださいますようお願いいたします。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    p.table([["配当後残元金", f"{P:,}"], [f"配当日翌日以降の遅延損害金（{era(divday + timedelta(1))}～{era(issued)}　年14.6％）",
                                       f"{L:,}"], ["ご請求額", f"{T:,}"]],
            [128, 46], x=18, aligns="lr", size=10, row_h=9, shade_col0=True)
    p.line("（単位：円）", x=176, size=8)
    p.gap(1)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("原債権者", "くさいちご保証株式会社（当社譲受日 " + era(assign) + "）"),
          ("原契約", "株式会社よいまち銀行　住宅ローン（平成26年3月28日契約）"), ("期限の利益喪失日", era(acc)),
          ("代位弁済日", era(subro)), ("最終ご返済日", era(lastp))], x=18, label_w=36, size=9.3)
    p.gap(2)
    p.para("お振込先　おおみなと銀行 福井支店　普通 2407719　オリツクスサイケンカイシユウ（カ", size=9.2, indent="")
    p.para("一括でのお支払いが困難な場合は、お支払期限までに下記までご連絡ください。ご収入に応じたお支払方法をご案内いたします。",
           size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 14, 0.4, ORANGE))
    p.at(22, y + 6, "お問合せ先　オリックス債権回収株式会社　北陸サービシングセンター（担当 鹿野）", size=9.2)
    p.at(22, y + 11.3, "フリーダイヤル 0120-000-811　受付 平日 9:00～17:30", size=10, font="sans-bold")
    p.y = y + 18
    p.para("※本状と行き違いにご入金の節はご容赦ください。※当社社員がご自宅に現金の受取りに伺うことはございません。", size=8,
           indent="")
    q = Page(font="sans", size=10, top=16)
    q.line("別紙", size=10, font="sans-bold")
    q.title("配当金充当計算書", size=14)
    q.kv([("事件番号", "福井地方裁判所　令和6年(ケ)第58号"), ("配当期日", era(divday)), ("物件", "福井県福井市くれない町九丁目所在　土地・建物"),
          ("売却代金", f"{sale:,}円")], x=20, label_w=30, size=9.5)
    q.gap(2)
    q.line("１．売却代金の配当", size=10, font="sans-bold")
    q.table([["手続費用（執行費用）", f"{cost:,}"], ["交付要求（福井市　固定資産税等）", f"{tax:,}"],
             ["当社への配当額", f"{Dv:,}"], ["売却代金　計", f"{sale:,}"]], [110, 50], x=24, aligns="lr", size=9.5,
            row_h=7.5, ruled="rows")
    q.gap(3)
    q.line("２．当社配当額の充当", size=10, font="sans-bold")
    q.table([["項　目", "充当前残高", "充当額", "充当後残高"],
             ["確定遅延損害金（代位弁済日翌日～配当期日）", f"{X:,}", f"△{X:,}", "0"],
             ["求償元金", f"{Q0:,}", f"△{Dv - X:,}", f"{P:,}"],
             ["合　計", f"{Q0 + X:,}", f"△{Dv:,}", f"{P:,}"]], [78, 34, 32, 30], x=16, header=True, aligns="lrrr",
            size=9.2, row_h=7.5)
    q.line("（単位：円。充当は遅延損害金、元金の順に行いました。）", x=16, size=8.5)
    q.gap(4)
    q.para("充当後の求償元金に対しては、配当期日の翌日から完済の日まで年14.6％の割合（年365日の日割計算）による遅延損害金が"
           "発生いたします。", size=9.2)
    q.para("当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です（法務大臣許可第11号）。",
           size=9.2)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-811", creditor="オリックス債権回収株式会社", status="licensed",
               original="くさいちご保証株式会社", debtor="朽木幹雄", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OX-F24-07719", input_kind="pdf_text_2page",
               template="proxy28_servicer_rest_after_dividend_appropriation_sheet", received=D(2026, 2, 18))
    return dict(stem="ak03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of the rest after the 配当, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 under an orange band with the Latin 「ORIX」, licence "
                        "spelled 「法務大臣許可第11号」 (no 番号); it bought the guarantor's 求償債権 BEFORE the auction and "
                        "received the 配当 itself; a shaded-label 2-column table with the new labels 配当後残元金 / "
                        "配当日翌日以降の遅延損害金 / ご請求額 and 「（単位：円）」 under it (no 円 in the cells); kv lines "
                        "原債権者 with the 譲受日 in brackets, 原契約 平成26年, 喪失, 代位弁済, 最終ご返済日; p.2 別紙 "
                        "配当金充当計算書: 売却代金 13,860,000 split into 手続費用 / 交付要求 / 配当額 and a 充当 table with "
                        "△ amounts (all distractors)")


# ---------------------------------------------------------------------------------------------
# ak04 second-mortgage lender after a 任意売却: 一部免除 settlement proposal, 2-page image PDF.


def ak04():
    R = 20.0
    issued, reply = D(2025, 12, 1), D(2025, 12, 19)
    sale, acc, lastp = D(2025, 10, 30), D(2025, 6, 10), D(2025, 3, 27)
    P, I = 3_164_820, 41_388
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    A_n, A_amt = 30, 50_000
    A = A_n * A_amt
    assert A == 1_500_000
    waive_a = T - A
    B = 1_200_000
    waive_b = T - B
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, "お客様No.　KF-30-1182", size=9.5, align="r")
    p.y = 20
    p.line("静岡県沼津市ゆうなぎ町九丁目9番9号", size=10)
    p.line("苅谷　由起子　様", size=13.5)
    p.gap(4)
    for s, sz, f in (("株式会社くぬぎ不動産ファイナンス", 11.5, "serif-bold"), ("債権管理部", 9.5, "serif"),
                     ("〒420-0000 静岡市葵区しぐれ坂九丁目9番9号", 8.5, "serif"),
                     ("電話 054-000-1182　ＦＡＸ 054-000-1183", 9.5, "serif"),
                     ("貸金業登録番号 東海財務局長(5)第00311号", 8, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 16, 12, "square", "くぬぎ不動産ファイナンス印", angle=2, seed=28041)
    p.gap(3)
    p.title("任意売却後の残債務に関するご提案", size=15, font="serif-bold")
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para(f"さて、{era(sale)}に決済されました貴殿所有不動産の任意売却に際しましては、当社は第二順位抵当権者として、売却代金から"
           "担保解除料として金300,000円の配分を受け、当社の抵当権を抹消いたしました。同額は貴殿に対する貸付金に充当済みでございます。")
    p.para("しかしながら、当社の貴殿に対する貸付金（平成30年5月18日付不動産担保ローン）は、なお下記のとおり残っております。"
           "当社は、貴殿の現在のご状況を踏まえ、下記のとおり残債務の一部を免除するご提案をいたします。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10.5, font="serif-bold")
    p.table([["貸付残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から年20.0％）", f"{L:,}円"], ["ご債務総額", f"{T:,}円"]],
            [110, 50], x=24, aligns="lr", size=10, row_h=7.6, ruled="grid")
    p.para(f"（最終ご入金日 {era(lastp)}　期限の利益喪失日 {era(acc)}）", x0=24, size=9, indent="")
    p.gap(1)
    p.line("２．ご提案の内容（いずれかをお選びください）", size=10.5, font="serif-bold")
    p.para(f"Ａ案　金{A:,}円を、令和8年1月から毎月末日限り金{A_amt:,}円ずつ{A_n}回に分割してお支払いいただき、遅滞なく完済された"
           f"ときは、残額金{waive_a:,}円を免除いたします。", x0=24, size=9.8, indent="")
    p.para(f"Ｂ案　令和8年1月30日限り金{B:,}円を一括してお支払いいただいたときは、残額金{waive_b:,}円を免除いたします。",
           x0=24, size=9.8, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(24, y, 160, 12, 0.9))
    p.at(28, y + 8, "ご回答期限", size=11, font="serif-bold")
    p.at(62, y + 8.2, f"{era(reply)}（{wd(reply)}）までに同封の承諾書をご返送ください", size=10.5, font="serif-bold")
    p.y = y + 16
    p.para("※Ａ案で分割金の支払を２回以上怠り、その額が金100,000円に達したときは、免除の効力は生じず、ご債務総額から既払金を"
           "控除した残額を直ちにお支払いいただきます。", size=8.8, indent="")
    p.para("※ご回答期限までにご返送がない場合は、本ご提案はなかったものとさせていただきます。", size=8.8, indent="")
    q = Page(font="serif", size=10.5, top=18)
    q.title("承　諾　書", size=16, font="serif-bold")
    q.line("株式会社くぬぎ不動産ファイナンス　御中", size=11)
    q.gap(3)
    q.para(f"私は、貴社の{era(issued)}付「任意売却後の残債務に関するご提案」記載のとおり、貴社に対し、ご債務総額金{T:,}円の"
           "支払義務があることを認め、下記の案により支払うことを承諾します。")
    q.gap(2)
    q.line("記", align="c")
    q.line("□　Ａ案（分割弁済・一部免除）　　　□　Ｂ案（一括弁済・一部免除）", x=34, size=11)
    q.gap(6)
    for s in ("令和　　年　　月　　日", "住　所", "氏　名　　　　　　　　　　　　　　　　　　　印", "電話番号"):
        q.line(s, x=40, size=11)
        q.gap(4)
    q.gap(4)
    q.para("※ご返送先　〒420-0000 静岡市葵区しぐれ坂九丁目9番9号　株式会社くぬぎ不動産ファイナンス　債権管理部（担当 鍛冶屋）",
           size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社くぬぎ不動産ファイナンス", phone="054-000-1182",
               creditor="株式会社くぬぎ不動産ファイナンス", status="not_applicable", debtor="苅谷由起子", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=acc, last_payment=lastp, reference="KF-30-1182", input_kind="pdf_scan",
               template="proxy28_second_mortgage_partial_waiver_after_voluntary_sale", received=D(2025, 12, 3))
    return dict(stem="ak04", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="settlement_proposal (second-mortgage lender after a 任意売却, 一部免除, 2 pages)",
                unusual="a SECOND-mortgage lender (不動産担保ローン company, 第二順位抵当権者) writes after the 任意売却: it "
                        "received only a 担保解除料 300,000 (distractor); serif 拝啓…敬具 with a 4-row grid 貸付残元金 / "
                        "未払利息 / 遅延損害金（…から年20.0％） / ご債務総額; last payment and 喪失 in a bracket line under "
                        "the table; Ａ案 30 × 50,000 = 1,500,000 with its 免除額 and Ｂ案 1,200,000 by 令和8年1月30日 with its "
                        "免除額 (all distractors); a framed ご回答期限 (= payment_due); the 100,000 default threshold; "
                        "貸金業登録番号; p.2 a 承諾書 (acknowledgement) with tick boxes; 2-page image-only PDF")


# ---------------------------------------------------------------------------------------------
# ak05 石巻簡裁 仮執行宣言付支払督促, creditor ニッテレ (real), a 平成28年 card debt; one scanned page.


def ak05():
    R = 14.6
    order, served, issued = D(2025, 11, 14), D(2025, 11, 19), D(2025, 12, 17)
    acc, lastp, assign, filed = D(2016, 6, 1), D(2016, 4, 27), D(2024, 12, 20), D(2025, 10, 31)
    P = 512_300
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_732, 1_186
    T = P + L + C1 + C2
    assert L > P
    case = "令和7年(ロ)第1093号"
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 16, fw("令和7年（ロ）第1093号"), size=10, align="r")
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.table([["債　権　者", "ニッテレ債権回収株式会社"], ["", "（東京都千代田区ひびきの坂九丁目9番9号）"],
             ["債　務　者", "米良　百合"], ["", "（宮城県石巻市はぎのや九丁目9番9号）"]],
            [34, 130], x=22, aligns="ll", size=10, row_h=6.2, ruled="none")
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para(f"上記金額については、当裁判所が{fw(era(order))}に発した支払督促が{fw(era(served))}債務者に送達され、債務者は督促異議の"
           "申立てをしなかったので、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("仮執行宣言　「この支払督促は、仮に執行することができる。」", x=30, size=10.5, font="serif-bold")
    p.gap(2)
    p.line("請　求　の　趣　旨", size=11, font="serif-bold", align="c")
    p.table([["１", "元金", fw(f"{P:,}円")],
             ["２", f"確定遅延損害金（平成28年6月2日から{fw('令和7年10月31日')}まで年14.6％）", fw(f"{L:,}円")],
             ["３", "督促手続費用", fw(f"{C1:,}円")],
             ["４", "仮執行宣言手続費用", fw(f"{C2:,}円")],
             ["", "合計", fw(f"{T:,}円")]],
            [10, 118, 42], x=20, aligns="clr", size=9.8, row_h=7.2, ruled="rows")
    p.para("５　上記１の元金に対する令和7年11月1日から完済まで年14.6％の割合による遅延損害金", x0=22, size=9.8, indent="")
    p.gap(1)
    p.line("請　求　の　原　因", size=11, font="serif-bold", align="c")
    for s in ("１　債務者は、株式会社かいどう信販との間で、平成24年2月9日、カード会員契約（キャッシング極度額30万円、"
              "カードショッピング利用）を締結し、金員を借り受け又は立替払を受けた。",
              f"２　債務者は、平成28年4月27日の弁済を最後にその後の支払を怠り、{fw('平成28年6月1日')}の経過により期限の利益を喪失した。",
              f"３　株式会社かいどう信販は、{fw(era(assign))}、上記債権を債権者に譲渡し、同日付内容証明郵便で債務者に通知した。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=30, size=10.5)
    p.line("石巻簡易裁判所　裁判所書記官　藺牟田　浩", x=30, size=10.5)
    p.seal(150, p.y - 4, 14, "square", "石巻簡易裁判所書記官印", angle=0, seed=28051)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 176, 18, 0.4, fill=(0.95, 0.95, 0.95)))
    p.at(22, y + 5.5, "（注意）この書面を受け取った方は、送達を受けた日から２週間以内に、当裁判所に督促異議の申立てをすることが", size=8.6)
    p.at(22, y + 10.3, "できます。異議の申立てをしても、強制執行の手続は当然には停止しません。", size=8.6)
    p.at(22, y + 15.1, "石巻簡易裁判所　民事係　電話 0225-00-4118（直通）", size=8.8, font="serif-bold")
    tr = truth(document_type="payment_order_enforceable", sender="石巻簡易裁判所", phone="0225-00-4118",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社かいどう信販",
               debtor="米良百合", total=T, principal=P, interest=None, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="scan_png", template="proxy28_enforceable_old_card_debt_heisei_one_page",
               received=D(2025, 12, 19))
    return dict(stem="ak05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, real servicer creditor, 平成28 card debt, one page)",
                unusual="a 仮執行宣言付支払督促 of a court new to the sets (石巻簡裁) on ONE scanned page: full-width case "
                        "number alone top-right; the parties as an unruled 2-column list with the addresses in brackets; "
                        "the 支払督促 date and its 送達 in one sentence; creditor ★ ニッテレ債権回収 (court paper: no "
                        "licence number); a rows-ruled 請求の趣旨 with 元金 / 確定遅延損害金 over 9 YEARS (平成28年6月2日…, "
                        "LARGER than the 元金) / 督促手続費用 / 仮執行宣言手続費用 / 合計 in full-width; running item ５; "
                        "請求の原因 with 平成24年 contract, 極度額30万円, last payment 平成28年4月27日 (時効 plausible — "
                        "never said); a grey 注意 box with the court's phone (4-digit area code)")


# ---------------------------------------------------------------------------------------------
# ak06 信用金庫 to the 連帯保証人 (the wife) after the auction of the husband's house; phone photo.


def ak06():
    R = 14.0
    issued, due = D(2026, 1, 23), D(2026, 2, 13)
    divday, acc, lastp = D(2025, 12, 11), D(2025, 2, 14), D(2024, 10, 25)
    P = 4_386_900
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, "債権管理番号　ひいらぎ－0612－88", size=9.5, align="r")
    p.y = 22
    p.line("群馬県高崎市あじろ台九丁目9番9号", size=10)
    p.line("連帯保証人　丹生　律子　様", size=13.5)
    p.gap(3)
    for s, sz, f in (("ひいらぎ信用金庫", 12, "serif-bold"), ("融資管理部　管理課", 9.5, "serif"),
                     ("〒370-0000 群馬県高崎市こうばい通九丁目9番9号", 8.5, "serif"), ("電話 027-000-6128（担当 梶浦）", 9.5, "serif")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(190, p.y - 12, 12, "square", "ひいらぎ信用金庫融資管理部印", angle=-3, seed=28061)
    p.gap(4)
    p.title("保証債務のご履行について（ご請求）", size=15, font="serif-bold")
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("貴殿が連帯保証人となっておられる主債務者丹生朋彦様の当金庫からの住宅ローン（平成25年10月4日付金銭消費貸借契約）に"
           f"つきましては、同氏が{era(acc)}に期限の利益を喪失され、担保不動産は前橋地方裁判所高崎支部の競売手続により売却されました。")
    p.para(f"{era(divday)}の配当期日において、当金庫は配当金8,412,600円を受領し債権に充当いたしましたが、なお下記の残債務がございます。"
           "つきましては、連帯保証人である貴殿に対し、保証債務の履行として下記金額を一括してお支払いいただきますようご請求申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    x0, x1 = 30, 180
    for lab, val, bold in (("残債務元金（配当充当後）", f"金{P:,}円", False),
                           (f"遅延損害金（{era(divday + timedelta(1))}より{era(issued)}まで　年14.0％）", f"金{L:,}円", False),
                           ("ご請求額", f"金{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1.2)
        f = "serif-bold" if bold else "serif"
        b = p.line(lab, x=x0, size=10.5, font=f)
        p.at(x1, b, val, size=11 if bold else 10.5, font=f, align="r")
    p.gap(2)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("主債務者", "丹生　朋彦　様"), ("最終ご返済日", era(lastp)),
          ("ご返済口座", "ひいらぎ信用金庫 本店 普通預金 0612881")], x=30, label_w=32, size=10)
    p.gap(2)
    p.para("ご一括でのお支払いが難しい場合は、ご家計の状況をお伺いした上でご返済方法をご相談させていただきますので、"
           "お支払期限までに上記担当までお電話ください。", size=9.8)
    p.para("なお、主債務者様にも同様のご請求をしております。本状と行き違いにご入金の際はご容赦ください。", size=9.8)
    tr = truth(document_type="collection_notice", sender="ひいらぎ信用金庫", phone="027-000-6128",
               creditor="ひいらぎ信用金庫", status="not_applicable", debtor="丹生律子", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="ひいらぎ-0612-88", input_kind="photo_jpeg",
               template="proxy28_shinkin_guarantor_wife_after_auction_photo", received=D(2026, 1, 26))
    return dict(stem="ak06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.84, warm=0.2, shadow=0.2,
                          shadow_side="bottom"),
                about="collection_notice (信用金庫 to the 連帯保証人 wife after the auction)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; a 信用金庫 "
                        "(not a 株式会社) writes to the WIFE as 「連帯保証人　丹生　律子　様」 — the 主債務者 (her husband "
                        "丹生朋彦) is named in the prose and in a kv line (distractor); the 競売 and 配当金 8,412,600 in "
                        "prose (distractor); leader-less label/amount lines 残債務元金（配当充当後） / 遅延損害金 / ご請求額 "
                        "with a rule above the total; a reference mixing hiragana and digits 「ひいらぎ－0612－88」; no "
                        "interest")


# ---------------------------------------------------------------------------------------------
# ak07 invented servicer bought a 15-year-old card debt: history of past payments in 平成, damages > principal.


def ak07():
    R = 14.6
    issued, due = D(2026, 3, 9), D(2026, 3, 27)
    acc, lastp, assign = D(2011, 5, 6), D(2011, 2, 28), D(2025, 9, 30)
    P, I = 386_412, 12_810
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    assert L > 2 * P
    hist = [(D(2010, 9, 27), 15_000), (D(2010, 10, 27), 15_000), (D(2010, 11, 29), 10_000), (D(2010, 12, 27), 10_000),
            (D(2011, 1, 27), 5_000), (lastp, 3_000)]
    hsum = sum(a for _, a in hist)
    assert hsum == 58_000
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=(0.93, 0.93, 0.90)))
    p.at(20, 21.5, "月白債権回収株式会社", size=14, font="sans-bold", color=BROWN)
    p.at(110, 21, "法務大臣許可番号　第241号", size=8.5, color=BROWN)
    p.at(194, 21, "TSUKISHIRO SERVICER", size=7, color=BROWN, align="r")
    p.y = 32
    p.line("〒650-0000　神戸市中央区はぎのや九丁目9番9号", size=10)
    p.line("鴻池　慎平　様", size=13.5)
    p.at(196, 33, f"発行日：{era(issued)}", size=9.5, align="r")
    p.at(196, 38.5, "お客様番号：TS-0930-5521", size=9.5, align="r")
    p.y = 50
    p.title("ご請求書（債権譲受分）", size=15)
    p.para(f"貴殿が株式会社さざんかクレジットとの間で平成19年8月に締結されたカード会員契約に基づく債権は、{era(assign)}付で当社が"
           "譲り受けております。当社の記録では、下記のとおり長期にわたりお支払いが確認できておりません。", size=9.8)
    p.para(f"つきましては、下記ご請求金額を{era(due)}（{wd(due)}）までにお支払いください。期日までにお支払い又はご連絡がない場合は、"
           "法的手続の検討に入らせていただきます。", size=9.8)
    p.gap(1)
    y0 = p.y
    p.line("【ご入金の履歴（原債権者の記録）】", x=15, size=9.3, font="sans-bold")
    p.table([["ご入金日", "ご入金額"]] + [[hei(d), f"{a:,}円"] for d, a in hist] + [["計", f"{hsum:,}円"]],
            [40, 28], x=15, header=True, aligns="lr", size=8.6, row_h=6.0)
    t_end, p.y = p.y, y0
    p.line("【ご契約の状況】", x=108, size=9.3, font="sans-bold")
    y = grid(p, 108, p.y + 1, [36, 52], [
        ["原債権者", "㈱さざんかクレジット"], ["ご契約日", "平成19年8月21日"], ["最終ご入金日", hei(lastp)],
        ["期限の利益喪失日", hei(acc)], ["債権譲受日", era(assign)], ["損害金利率", "年14.6％（365日日割）"],
    ], h=6.8, size=8.6, lsize=8)
    p.y = max(t_end, y) + 4
    p.line(f"【ご請求金額の内訳】（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], ["確定利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{hei(acc + timedelta(1))}～{era(issued)}）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [120, 50], x=20, aligns="lr", size=10, row_h=8, ruled="rows")
    p.gap(2)
    p.para("お振込先　ろっこう浜銀行 神戸中央支店　普通 5521093　ツキシロサイケンカイシユウ（カ", size=9.2, indent="")
    p.para("※遅延損害金は、残元金に対し年14.6％の割合で、期限の利益喪失日の翌日から完済まで365日の日割計算で発生しています。",
           size=8.6, indent="")
    p.para("※お支払方法についてご相談がある場合は、下記までお電話ください。", size=8.6, indent="")
    p.gap(3)
    for s, sz in (("月白債権回収株式会社　管理部", 10), ("〒530-0000 大阪市北区ゆうなぎ町九丁目9番9号", 8.5),
                  ("TEL 06-0000-2410（平日10:00～18:00）", 10)):
        p.line(s, x=110, size=sz)
    p.seal(188, p.y - 10, 12, "square", "月白債権回収印", angle=-2, seed=28071)
    tr = truth(document_type="collection_notice", sender="月白債権回収株式会社", license_number=241,
               phone="06-0000-2410", creditor="月白債権回収株式会社", status="unverified",
               original="株式会社さざんかクレジット", debtor="鴻池慎平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="TS-0930-5521", input_kind="pdf_text",
               template="proxy28_invented_servicer_15_year_old_card_debt_history", received=D(2026, 3, 11))
    return dict(stem="ak07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer, a 15-year-old card debt)",
                unusual="INVENTED servicer 「月白債権回収株式会社」 with 「法務大臣許可番号　第241号」 in a beige header band "
                        "(→ unverified); colon labels 発行日： / お客様番号： top-right; TWO blocks side by side: a 【ご入金の"
                        "履歴】 table of six 平成22–23 payments with a 計 58,000 (distractors) and a shaded 【ご契約の状況】 "
                        "grid (平成19年 contract, 最終ご入金日 平成23年2月28日 — 15 years ago, 喪失 平成23年5月6日, 譲受日 "
                        "令和7年); amounts 残元金 / 確定利息 / 遅延損害金 (平成23年… to 令和8年, more than TWICE the 元金) / "
                        "ご請求金額; the whole balance is asked by one date although the word 一括 never appears")


# ---------------------------------------------------------------------------------------------
# ak08 エー・シー・エス (real) 「ご連絡のお願い」: no amount at all; phone photo stored sideways (EXIF 6).


def ak08():
    issued, call = D(2026, 1, 26), D(2026, 2, 6)
    lastp, assign = D(2015, 10, 26), D(2025, 11, 28)
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 15, 14, "重要", size=12, h=9)
    stamp(p, 34, 14, "親展", size=12, h=9, color=NAVY)
    p.at(196, 19, f"{era(issued)}", size=10, align="r")
    p.at(196, 24.5, "お客様番号　27-5508-3614", size=9.5, align="r")
    p.y = 30
    p.line("〒020-0000　岩手県盛岡市しぐれ坂九丁目9番9号", size=10)
    p.line("舘岡　弥生　様", size=14)
    p.gap(8)
    p.title("ご連絡のお願い", size=20)
    p.gap(2)
    p.para(f"突然のご連絡失礼いたします。当社は、株式会社ねむりぐさ信販から、貴殿に対する債権を{era(assign)}付で譲り受けました"
           "債権回収会社です。", size=10.5)
    p.para("本件につきまして、至急確認させていただきたいことがございます。大変お手数ですが、本書がお手元に届きましたら、"
           "下記お問合せ先までご本人様よりお電話をいただきますようお願い申し上げます。", size=10.5)
    p.para("ご請求金額等の詳細につきましては、個人情報保護の観点から、ご本人様確認の上、お電話にてご案内いたします。", size=10.5)
    p.gap(3)
    y = grid(p, 25, p.y, [44, 116], [
        ["原債権者", "株式会社ねむりぐさ信販"], ["ご契約の種類", "カードローン（平成24年ご契約）"],
        ["最終ご入金日", hei(lastp)], ["債権譲受日", era(assign)], ["お客様番号", "27-5508-3614"],
    ], h=8.5, size=10.5, lsize=9.5)
    p.y = y + 5
    y = p.y
    p.add(Box(25, y, 160, 26, 1.0, RED))
    p.at(105, y + 7, f"ご連絡期限　{era(call)}（{wd(call)}）", size=13, font="sans-bold", color=RED, align="c")
    p.at(105, y + 15, "フリーダイヤル　0120-000-227", size=15, font="sans-bold", align="c")
    p.at(105, y + 21.5, "受付時間　平日 9:00～19:00　土曜 9:00～17:00", size=9, align="c")
    p.y = y + 31
    p.para("※期限までにご連絡がない場合は、ご自宅への訪問又は法的手続によるご請求を検討させていただくことがございます。", size=9,
           indent="")
    p.para("※当社は、法務大臣の許可を受けた債権回収会社です。当社の社員が現金の受領のためにご自宅に伺うことはございません。",
           size=9, indent="")
    p.gap(6)
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号　第27号", 9, "sans"),
                     ("〒261-0000 千葉市美浜区かもしかの杜九丁目9番9号　第三管理部", 8.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(188, p.y - 11, 12, "square", "エー・シー・エス印", angle=2, seed=28081)
    qr(p, 20, p.y - 20, 18, "ak08-qr")
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-227", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社ねむりぐさ信販", debtor="舘岡弥生", lump=False, issued=issued, payment_due=None,
               last_payment=lastp, assignment=assign, reference="27-5508-3614", input_kind="photo_exif_rotated",
               template="proxy28_servicer_please_call_no_amount_rotated", received=D(2026, 1, 28))
    return dict(stem="ak08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, fill=0.83, blur=0.9, warm=0.1),
                about="collection_notice (real servicer 「ご連絡のお願い」, NO amount)",
                unusual="phone photo stored sideways (EXIF orientation 6) on tatami with creases; filled-frame 重要 / 親展 "
                        "stamps; big title 「ご連絡のお願い」: the letter HIDES the amount (「ご請求金額等の詳細は…お電話にて」) "
                        "— every amount and the rate null; real servicer ★ エー・シー・エス債権管理回収 with 「法務大臣許可番号"
                        "　第27号」 in the bottom block; a shaded-label grid 原債権者 / ご契約の種類（平成24年） / 最終ご入金日 "
                        "平成27年10月26日 (over 10 years) / 債権譲受日 / お客様番号 (the number printed twice); a red frame "
                        "「ご連絡期限」 (a call, not a payment → payment_due null) with the フリーダイヤル; a QR")


LETTERS = [ak01, ak02, ak03, ak04, ak05, ak06, ak07, ak08]
