"""Proxy set 44, letters ba01–ba08: "faxes and phone photos of ordinary letters". Four faxes (a servicer's 一括請求
faxed on by the debtor, a law office's 和解案 with a hand-written note on the cover, a guarantor's 代位弁済通知 whose
table ruling broke, a servicer's 分割弁済のご提案) and four phone photos (a bank's card-loan 督促状 on a kitchen
table at an angle, a card company's 催告書 still folded in three (HEIC), a consumer-loan 一括請求 lying sideways,
page 2 of a servicer's letter alone)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, RED, SHADE, WHITE, Box, Line, Page, era, late, leader, truth, wd

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
BROWN = (0.42, 0.25, 0.10)
PLUM = (0.38, 0.12, 0.40)


def hd(d: D, t: str) -> str:
    """送信日時 as a fax machine prints it."""
    return f"{d.year}/{d.month:02d}/{d.day:02d} {t}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rows_sum(*parts: int) -> int:
    return sum(parts)


# ---------------------------------------------------------------------------------------------
# ba01 アビリオ債権回収 (real) ご請求書, faxed to the debtor and faxed on again by him: two header lines.


def ba01():
    R = 18.0
    issued, due = D(2026, 3, 5), D(2026, 3, 19)
    assign, acc, lastp = D(2026, 1, 30), D(2025, 10, 2), D(2025, 8, 27)
    P, I = 486_320, 12_874
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=11, top=16)
    p.at(15, 22, "ABILIO", size=20, font="sans-bold")
    p.at(53, 21.5, "アビリオ債権回収株式会社", size=12, font="sans-bold")
    p.at(196, 20, era(issued), size=11, align="r")
    p.at(196, 26, "お客様番号　A-55817-26", size=11, align="r")
    p.y = 33
    p.line("〒330-0000　さいたま市浦和区あまだれ台九丁目9番9号", size=11)
    p.line("鹿又　功一　様", size=14)
    p.gap(5)
    p.title("ご　請　求　書（一括返済のお願い）", size=16)
    p.para(f"当社は、{era(assign)}付で株式会社ナツツバキカードから、貴殿に対するカードご利用代金等の債権を譲り受けました。"
           f"貴殿は{era(acc)}をもって期限の利益を喪失しておられます。", size=11)
    p.para(f"つきましては、下記ご請求金額を{era(due)}（{wd(due)}）までに一括してお支払いくださいますようお願いいたします。",
           size=11)
    p.gap(2)
    rows = [["内　訳", "金　額"], ["元金", f"{P:,}円"], ["未収利息・手数料", f"{I:,}円"],
            [f"遅延損害金（年{R:.1f}％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]]
    assert rows_sum(P, I, L) == T
    p.table(rows, [96, 64], x=25, header=True, aligns="lr", size=12, row_h=10, line_w=0.45)
    p.line(f"※遅延損害金は喪失日の翌日から{era(issued)}まで、元金に対し年365日の日割計算です。", x=25, size=9.5)
    p.line(f"※最終ご入金日　{era(lastp)}", x=25, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 14, 1.2))
    p.at(30, y + 9.5, "お支払期限", size=13, font="sans-bold")
    p.at(70, y + 9.8, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 19
    p.para("お振込先　もみじがさ銀行 本店営業部 普通預金 5581726 アビリオサイケンカイシュウ（カ", size=10.5, indent="")
    p.para("お振込の際は、お名前の前にお客様番号をご入力ください。ご一括でのお支払いが難しい場合は、お支払期限までに必ず"
           "ご相談ください。", size=10.5, indent="")
    p.gap(5)
    for s, sz, f in (("アビリオ債権回収株式会社　管理第二部", 12, "sans-bold"),
                     ("法務大臣許可番号　第5号", 10.5, "sans"),
                     ("〒100-0000　東京都千代田区いわかがみ通九丁目9番9号", 10, "sans"),
                     ("TEL 0120-000-418　FAX 03-0000-5517", 11, "sans"),
                     ("受付 平日 9:30～18:00　担当 雲雀坂", 10.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(186, p.y - 20, 14, "square", "アビリオ債権回収印", angle=2, seed=44011)
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-418", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社ナツツバキカード", debtor="鹿又功一", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="A-55817-26", input_kind="fax_tiff",
               template="proxy44_servicer_lump_sum_faxed_twice", received=issued)
    return dict(stem="ba01", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_headers=[f"送信日時 {hd(issued, '10:41')}　FAX番号 03-0000-5517　ｱﾋﾞﾘｵｻｲｹﾝｶｲｼｭｳ ｶﾝﾘ2　ページ 001/001"],
                refax=[f"送信日時 {hd(issued, '19:07')}　FAX番号 048-000-2291　KANOMATA　ページ 01/01"],
                about="collection_notice (real servicer 一括請求, faxed twice)",
                unusual="faxed TWICE: the servicer's fax (header 送信日時 10:41 / FAX番号 03-0000-5517 / ページ 001/001) was "
                        "printed and faxed on by the debtor from home (a second header line 19:07 / 048-000-2291 above the "
                        "first), so every stroke went through two 200×100 dpi thresholds; real servicer ★ アビリオ債権回収 "
                        "with a Latin 「ABILIO」 logo and 「法務大臣許可番号　第5号」 in the sender block; a 2-column grid "
                        "内訳 / 金額 (元金 / 未収利息・手数料 / 遅延損害金（年18.0％） / ご請求金額合計); the last payment only "
                        "in a ※ note; the debtor's own fax number and the sender's FAX as distractors")


# ---------------------------------------------------------------------------------------------
# ba02 law office 和解のご提案, 2-page fax: a printed FAX送付状 with a felt-pen note, then the proposal.


def ba02():
    R = 20.0
    issued, due = D(2026, 4, 8), D(2026, 4, 22)
    asof = D(2026, 3, 31)
    acc, lastp = D(2025, 12, 15), D(2025, 10, 27)
    P, I = 732_118, 8_406
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    A = P + I
    n = 36
    m = (A // n) // 100 * 100
    first = A - m * (n - 1)
    assert first + m * (n - 1) == A and first >= m
    c = Page(font="sans", size=11, top=18)
    c.at(105, 30, "FAX送付状", size=22, font="sans-bold", align="c")
    c.add(Line(60, 33, 150, 33, 0.6))
    c.y = 42
    c.table([["宛　先", "舘石　和佳奈　様"], ["貴FAX番号", "044-000-6620"], ["発信者", "青嵐綜合法律事務所　弁護士　御園生　忠彦"],
             ["TEL／FAX", "03-0000-4107　／　03-0000-4108"], ["送信日", fw(era(issued))],
             ["送信枚数", "２枚（本状を含む）"], ["件　名", "和解案のご送付（株式会社エゴノキファイナンス）"]],
            [38, 132], x=20, aligns="ll", size=11.5, row_h=11, shade_col0=True)
    c.gap(6)
    c.line("通信欄", x=20, size=11, font="sans-bold")
    c.add(Box(20, c.y, 170, 95, 0.4))
    c.y += 100
    c.para("※本ファクシミリは宛先の方のみを対象としています。誤って受信された場合はお手数ですが当事務所までご連絡の上、"
           "破棄してください。", size=9, indent="")
    hand = [(30, 148, "いつもお世話になっております。", 6.2),
            (30, 160, "先日お電話でお話しした和解案です。", 6.2),
            (30, 172, "2枚目をご確認いただき、", 6.2),
            (30, 184, "4/22までにお返事下さい。", 6.2),
            ("circle", 27, 179.0, 42, 10.5),
            (110, 204, "事務 剱持", 5.8),
            (150, 150, "至急", 8.5), ("circle", 146, 143.5, 22, 13)]
    q = Page(font="serif", size=10.5, top=16)
    q.at(196, 20, f"{era(issued)}", size=10.5, align="r", font="serif")
    q.at(196, 25.5, "当職整理番号　SR-26-0418", size=10, align="r", font="serif")
    q.y = 22
    q.line("舘石　和佳奈　殿", size=13)
    q.gap(6)
    q.title("和解のご提案", size=16, font="serif-bold")
    q.para("当職は、株式会社エゴノキファイナンス（以下「依頼者」といいます。）の代理人として、貴殿に対し、依頼者との間の"
           "金銭消費貸借契約に基づく債務について、以下のとおり和解のご提案をいたします。")
    q.para(f"貴殿は、{era(lastp)}のご入金を最後にお支払いが途絶え、{era(acc)}をもって期限の利益を喪失しております。"
           f"{era(asof)}現在のご債務は次のとおりです。")
    q.gap(1)
    q.table([["ご債務の内容", f"{era(asof)}現在"], ["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（年{R:.0f}％）", f"{L:,}円"], ["ご債務総額", f"{T:,}円"]],
            [100, 60], x=25, header=True, aligns="lr", size=11, row_h=9)
    q.gap(3)
    q.line("【和解条件（案）】", size=11, font="serif-bold")
    for s in (f"１　依頼者は、遅延損害金{L:,}円を免除します。",
              f"２　貴殿は、残元金及び未払利息の合計{A:,}円を、令和8年5月から令和11年4月まで{n}回に分割し、第1回は{first:,}円、"
              f"第2回以降は毎月末日限り{m:,}円ずつ支払います。",
              f"３　分割金の支払を2回以上怠り、その額が{m * 2:,}円に達したときは、期限の利益を失い、免除は効力を失います。"):
        q.para(s, x0=25, x1=190, size=10.5, indent="")
    q.gap(2)
    y = q.y
    q.add(Box(25, y, 165, 13, 1.0))
    q.at(30, y + 8.6, "ご回答期限", size=12, font="serif-bold")
    q.at(64, y + 8.8, f"{era(due)}（{wd(due)}）まで", size=13, font="serif-bold")
    q.y = y + 17
    q.para("本提案にご同意いただける場合は、同封の回答書に署名の上、上記期限までに当職宛てにご返送（FAX可）ください。"
           "期限までにご回答のない場合は、依頼者の指示により法的手続を検討いたします。", size=10)
    q.gap(6)
    for s, sz, f in (("〒150-0000　東京都渋谷区おけら坂九丁目9番9号　青嵐ビル3階", 9.5, "serif"),
                     ("青嵐綜合法律事務所", 12, "serif-bold"),
                     ("株式会社エゴノキファイナンス代理人　弁護士　御園生　忠彦", 10.5, "serif"),
                     ("電話 03-0000-4107　FAX 03-0000-4108", 10, "serif")):
        q.line(s, x=78, size=sz, font=f)
    q.seal(186, q.y - 12, 11, "square", "弁護士御園生忠彦印", angle=-3, seed=44021)
    tr = truth(document_type="settlement_proposal", sender="青嵐綜合法律事務所", phone="03-0000-4107",
               creditor="株式会社エゴノキファイナンス", status="not_applicable", debtor="舘石和佳奈", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SR-26-0418", input_kind="fax_tiff",
               template="proxy44_law_office_settlement_fax_hand_note", received=issued)
    return dict(stem="ba02", ext="tif", kind="fax_tiff", pages=[c.spec, q.spec], truth=tr, hand={0: hand},
                fax_headers=[f"送信日時 {hd(issued, '16:18')}　FAX番号 03-0000-4108　SEIRAN LAW OFFICE　ページ {i}/2"
                             for i in (1, 2)],
                about="settlement_proposal (law office for a consumer-loan company, 2-page fax with a hand note)",
                unusual="2-page fax; p.1 a printed FAX送付状 (宛先 / 貴FAX番号 / 発信者 / TEL／FAX / 送信日 / 送信枚数 / 件名 in a "
                        "shaded-label grid) whose empty 通信欄 carries a FELT-PEN note written by the office clerk "
                        "(「…4/22までにお返事下さい。」 ringed, 「至急」 ringed, 「事務 剱持」); p.2 the lawyer's 和解のご提案 in "
                        "serif: a ご債務の内容 table AS OF 3/31 (≠ letter date 4/8) ending in ご債務総額; 和解条件 (損害金免除, "
                        f"{n} instalments, first {first:,} then {m:,}, the {m * 2:,} threshold) as distractors; a framed "
                        "ご回答期限; the 当職整理番号 top-right; the debtor's own FAX number on the cover")


# ---------------------------------------------------------------------------------------------
# ba03 guarantor 代位弁済のご通知 for a bank card loan, fax whose table ruling broke up.


def _broken_table(p, rows, widths, x, row_h, size, gaps, font=None, bold_last=True):
    """A grid whose rules are drawn in pieces: `gaps` lists (kind, index, start, end) in mm where a rule is missing
    (kind h: horizontal rule index from the top; v: vertical rule index from the left)."""
    top = p.y
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    for r, row in enumerate(rows):
        for ci, cell in enumerate(row):
            base = top + r * row_h + row_h / 2 + size * 0.3528 * 0.34
            f = (font or p.font) + ("-bold" if bold_last and r == len(rows) - 1 else "")
            if ci == 0:
                p.at(xs[0] + 2.5, base, cell, size=size, font=f)
            else:
                p.at(xs[ci + 1] - 2.5, base, cell, size=size, font=f, align="r")
    bottom = top + row_h * len(rows)

    def seg(kind, i, pos, a, b, w):
        cuts = sorted((s + (top if kind == "v" else 0), e + (top if kind == "v" else 0))
                      for k, j, s, e in gaps if k == kind and j == i)
        cur = a
        for s, e in cuts + [(b, b)]:
            if s > cur:
                p.add(Line(*((cur, pos, s, pos) if kind == "h" else (pos, cur, pos, s)), w))
            cur = max(cur, e)

    for i in range(len(rows) + 1):
        seg("h", i, top + i * row_h, xs[0], xs[-1], 0.22)
    for i, xv in enumerate(xs):
        seg("v", i, xv, top, bottom, 0.22)
    p.y = bottom


def ba03():
    R = 14.6
    issued, due = D(2026, 2, 24), D(2026, 3, 10)
    subro, acc, lastp = D(2026, 2, 16), D(2026, 1, 20), D(2025, 11, 25)
    S = 1_284_560
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 21, "たまずさ信用保証株式会社", size=13, font="sans-bold")
    p.at(15, 26, "TAMAZUSA CREDIT GUARANTEE", size=7)
    p.at(196, 20, f"通知日　{fw(era(issued))}", size=10.5, align="r")
    p.at(196, 25.5, "保証番号　ＴＺ－０２１６－３３９０", size=10.5, align="r")
    p.y = 33
    p.line("檜皮　悟朗　様", size=14)
    p.line("（ひばりの銀行カードローンご契約者様）", size=9.5)
    p.gap(5)
    p.title("代位弁済のご通知及び求償金のご請求", size=15.5)
    p.para(f"当社は、貴殿が株式会社ひばりの銀行との間で締結されたカードローン契約について、同行との保証契約に基づき保証を"
           f"しておりましたが、貴殿が{fw(era(lastp))}のご返済を最後にご返済を怠り、{fw(era(acc))}をもって期限の利益を"
           f"喪失されたため、{fw(era(subro))}、同行に対し貴殿の債務を代位弁済いたしました。", size=10.5)
    p.para("つきましては、当社が取得した求償権に基づき、下記金額をお支払期限までに一括してお支払いください。", size=10.5)
    p.gap(1)
    p.line("記", align="c")
    rows = [["代位弁済日", fw(era(subro))], ["代位弁済金額（求償元金）", f"{S:,}円"],
            [f"求償損害金（{fw('2月17日')}から年14.6％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"],
            ["お支払期限", f"{fw(era(due))}（{wd(due)}）"]]
    gaps = [("h", 1, 70, 96), ("h", 2, 118, 131), ("h", 3, 40, 58), ("h", 3, 150, 171), ("h", 4, 88, 101),
            ("v", 1, 0, 1e9), ("v", 2, 0, 1e9), ("v", 0, 14, 26), ("v", 0, 48, 58)]
    _broken_table(p, rows, [96, 75], x=20, row_h=11, size=11.5, gaps=gaps, bold_last=False)
    p.gap(3)
    p.para("※代位弁済金額には、同行に対する元金 1,240,000円及び代位弁済日までの利息・損害金が含まれます。", size=9.5, indent="")
    p.para("※求償損害金は、代位弁済日の翌日から完済の日まで、求償元金に対し年14.6％（年365日の日割計算）の割合で発生いたし"
           "ます。", size=9.5, indent="")
    p.para("お振込先　ひばりの銀行 函館支店 普通預金 3390216 タマズサシンヨウホショウ（カ　※振込手数料はご負担ください。",
           size=10, indent="")
    p.gap(2)
    p.para("お支払期限までにお支払い又はご連絡がない場合は、法的手続に移行することがあります。分割でのご返済をご希望の方は"
           "お早めにご相談ください。", size=10, indent="")
    p.gap(6)
    for s, sz, f in (("たまずさ信用保証株式会社　債権管理部", 11.5, "sans-bold"),
                     ("〒060-0000　札幌市中央区ごんずい通九丁目9番9号", 9.5, "sans"),
                     ("フリーダイヤル 0120-000-264　FAX 011-000-2650", 10.5, "sans"),
                     ("貸金業登録番号 北海道財務局長(6)第00188号", 8.5, "sans")):
        p.line(s, x=95, size=sz, font=f)
    p.seal(188, p.y - 15, 13, "square", "たまずさ信用保証之印", angle=-2, seed=44031)
    tr = truth(document_type="acceleration_notice", sender="たまずさ信用保証株式会社", phone="0120-000-264",
               creditor="たまずさ信用保証株式会社", status="not_applicable", original="株式会社ひばりの銀行",
               debtor="檜皮悟朗", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="TZ-0216-3390",
               input_kind="fax_tiff", template="proxy44_guarantor_subrogation_fax_broken_ruling", received=issued)
    return dict(stem="ba03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_headers=[f"送信日時 {hd(issued, '09:12')}　FAX番号 011-000-2650　ﾀﾏｽﾞｻｼﾝﾖｳﾎｼｮｳ　ページ 1"],
                about="acceleration_notice (guarantee company 代位弁済 of a bank card loan, fax)",
                unusual="one-page fax whose 記 table has BROKEN RULING: the inner verticals are gone and the horizontal "
                        "rules stop and start (the label / value pairs float), drawn thin so the fax threshold breaks them "
                        "further; full-width era dates and a full-width 保証番号 ＴＺ－０２１６－３３９０; rows 代位弁済日 / "
                        "代位弁済金額（求償元金） / 求償損害金 / ご請求額合計 / お支払期限 inside the same table; the bank's "
                        "元金 1,240,000円 in a ※ note (history); 貸金業登録番号 and the FAX as distractors; the fax header "
                        "ends in 「ページ 1」 without a page count")


# ---------------------------------------------------------------------------------------------
# ba04 株式会社住宅債権管理回収機構 (real, 第91号) 分割弁済のご提案 after a 任意売却, one-page fax.


def ba04():
    R = 14.0
    issued, due = D(2026, 4, 24), D(2026, 5, 15)
    assign, acc, lastp, sale = D(2025, 12, 19), D(2025, 3, 5), D(2024, 12, 27), D(2025, 10, 31)
    P = 3_412_870
    L = late(P, R, sale + timedelta(1), D(2026, 3, 31))
    T = P + L
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 12, 181, 15, color=None, fill=SHADE))
    p.at(19, 22, "住宅債権管理回収機構", size=14, font="sans-bold")
    p.at(193, 18.5, "法務大臣許可番号 第91号", size=9, align="r")
    p.at(193, 24, "TEL 0120-000-391（平日9時～17時）", size=9, align="r")
    p.y = 32
    p.line(f"発信日　{wdate(issued)}", align="r", size=10)
    p.line("債権番号　JK-4027-318", align="r", size=10)
    p.y = 33
    p.line("三ツ木　篤郎　様", size=13.5)
    p.line("（FAX 022-000-5521 宛）", size=9)
    p.gap(6)
    p.title("残債務の分割弁済に関するご提案", size=15)
    p.para(f"当社は、{wdate(assign)}、株式会社まんりょう中央銀行から貴殿に対する住宅ローン債権（{wdate(sale)}の任意売却後の残債務）"
           "を譲り受けました。ご家計の状況をお伺いしたところを踏まえ、下記のとおり分割弁済をご提案いたします。")
    p.gap(1)
    p.line(f"1．現在のご債務（{wdate(D(2026, 3, 31))}現在）", size=11, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], [f"損害金（{wdate(sale + timedelta(1))}以降・年14％）", f"{L:,}円"],
             ["残債務額", f"{T:,}円"]], [110, 50], x=25, aligns="lr", size=10.5, row_h=8.5, ruled="rows")
    p.gap(2)
    p.line("2．ご提案内容", size=11, font="sans-bold")
    p.kv([("お支払方法", "毎月27日限り　月額 15,000円（初回 令和8年6月27日）"),
          ("損害金の取扱い", "分割金を約定どおりお支払いいただいた場合、残元金完済時に損害金を減額いたします"),
          ("見直し", "1年ごとにご収入を確認し、月額を見直します")], x=28, label_w=34, size=10)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 12, 0.8))
    p.at(29, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 8.2, f"{wdate(due)}（{wd(due)}）必着", size=12, font="sans-bold")
    p.y = y + 16
    p.para("ご提案にご同意いただける場合は、同封の「分割弁済申出書」にご記入の上、ご回答期限までに郵送又はFAX（03-0000-9101）"
           "でご返送ください。なお、最終ご返済日は" + wdate(lastp) + "、期限の利益喪失日は" + wdate(acc) + "です。", size=10)
    p.gap(5)
    for s, sz, f in (("株式会社住宅債権管理回収機構　管理第三部", 11, "sans-bold"),
                     ("〒162-0000　東京都新宿区かいつむり通九丁目9番9号", 9.5, "sans"),
                     ("TEL 0120-000-391　FAX 03-0000-9101　担当 鵜飼沢", 10, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(186, p.y - 12, 12, "square", "住宅債権管理回収機構印", angle=3, seed=44041)
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-391", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社まんりょう中央銀行", debtor="三ツ木篤郎", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="JK-4027-318", input_kind="fax_tiff",
               template="proxy44_servicer_instalment_offer_fax", received=issued)
    return dict(stem="ba04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_headers=[f"送信日時 {hd(issued, '15:02')}　FAX番号 03-0000-9101　ｼﾞｭｳﾀｸｻｲｹﾝ ｶﾝﾘ3　ページ 001/001"],
                about="settlement_proposal (real servicer, rest after a 任意売却, one-page fax)",
                unusual="one-page fax from real servicer ★ 株式会社住宅債権管理回収機構 whose light-grey logo band "
                        "dropped out in the fax and says only 「住宅債権管理回収機構」 with 「法務大臣許可番号 第91号」 and TEL inside the band; western 年月日 "
                        "dates; the debt AS OF 3/31 (≠ 発信日 4/24) in a rows-ruled table 残元金 / 損害金 / 残債務額 (no "
                        "interest); ご提案内容 (月額 15,000円, 初回 6/27, 損害金減額) as distractors; last payment and 喪失 "
                        "only in the closing prose; the debtor's own FAX 022-000-5521 under his name; ご回答期限 …必着")


# ---------------------------------------------------------------------------------------------
# ba05 bank card-loan 督促状 (one missed instalment), phone photo at an angle on a kitchen table.


def ba05():
    R = 19.9
    issued, due = D(2026, 1, 13), D(2026, 1, 27)
    inst, lastp = D(2025, 12, 5), D(2025, 11, 5)
    Pm, Im = 15_712, 4_288
    L = late(Pm + Im, R, inst + timedelta(1), issued)
    T = Pm + Im + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 12, 12, color=None, fill=TEAL))
    p.at(21, 20.5, "紅", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(30, 19, "つまべに銀行", size=15, font="sans-bold", color=TEAL)
    p.at(30, 23.5, "TSUMABENI BANK", size=6.5, color=TEAL)
    p.add(Box(150, 12, 46, 9, 0.5, RED))
    p.at(173, 18.2, "重要・親展", size=12, font="sans-bold", color=RED, align="c")
    p.y = 32
    p.line("〒252-0000　神奈川県相模原市南区うつぼぐさ台九丁目9番9号", size=10)
    p.line("椙山　結子　様", size=13.5)
    p.y = 32
    p.line(f"{era(issued)}", align="r", size=10)
    p.line("お問合せ番号　TB-0113-7720", align="r", size=10)
    p.line("カードローン口座番号　4410-0237781", align="r", size=9)
    p.y = 50
    p.title("カードローンご返済についてのお知らせ", size=15, color=TEAL)
    p.para("平素は、つまべに銀行カードローン「つまべにマイカード」をご利用いただき、誠にありがとうございます。")
    p.para(f"{era(inst)}にお引落しを予定しておりました約定ご返済額が、残高不足によりお引落しできておりません"
           f"（最終ご入金日　{era(lastp)}）。下記の金額を{era(due)}（{wd(due)}）までにお振込みいただくか、"
           "ご返済用口座にご入金ください。")
    p.gap(2)
    rows = [["ご返済予定日", "延滞元金", "延滞利息", "遅延損害金", "合計"],
            [era(inst), f"{Pm:,}円", f"{Im:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [37, 34, 34, 34, 37], x=17, header=True, aligns="crrrr", size=10.5, row_h=9.5)
    p.line(f"※遅延損害金は約定ご返済額 {Pm + Im:,}円 に対し年{R}％、ご返済予定日の翌日から本状作成日までの日割計算です。",
           x=17, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 16, 0.9, TEAL, (0.92, 0.97, 0.97)))
    p.at(22, y + 10.5, "お支払期限", size=12, font="sans-bold", color=TEAL)
    p.at(60, y + 10.8, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(188, y + 10.8, f"ご入金額 {T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 21
    p.para("お振込先　つまべに銀行 相模大野支店 普通預金 7720113 （カ）ツマベニギンコウ　カードローンセンター", size=9.5,
           indent="")
    p.para("※ご利用限度額 500,000円、現在のご利用残高 412,800円（ご参考）。延滞が続きますとカードのご利用を停止し、"
           "保証会社による代位弁済の手続に移ることがあります。", size=9, indent="")
    p.para("※本状と行き違いにご入金いただいた場合は、何卒ご容赦ください。", size=9, indent="")
    p.gap(8)
    for s, sz, f in (("株式会社つまべに銀行　カードローンセンター", 10.5, "sans-bold"),
                     ("〒220-0000　横浜市西区ねずみもち町九丁目9番9号", 9, "sans"),
                     ("フリーダイヤル 0120-000-813（平日 9:00～19:00）", 10, "sans")):
        p.line(s, x=92, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社つまべに銀行", phone="0120-000-813",
               creditor="株式会社つまべに銀行", status="not_applicable", debtor="椙山結子", total=T, principal=Pm,
               interest=Im, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="TB-0113-7720", input_kind="photo_jpeg", template="proxy44_bank_cardloan_dunning_kitchen_photo",
               received=D(2026, 1, 15))
    return dict(stem="ba05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.11, tilt=5.0, fill=0.8, shadow=0.18, shadow_side="bottom", warm=0.3,
                          blur=1.0),
                about="collection_notice (bank card-loan 督促, one missed instalment)",
                unusual="phone photo at a steep angle on a pale kitchen table (strong keystone, 5° tilt, the hand's shadow "
                        "across the bottom); teal one-kanji logo 「紅」 and 重要・親展 frame; arrears of ONE instalment in a "
                        "5-column row (ご返済予定日 / 延滞元金 / 延滞利息 / 遅延損害金 / 合計) → lump false, no 喪失 date; "
                        "年19.9％; the お支払期限 bar repeats the total as 「ご入金額」; お問合せ番号 vs the カードローン口座番号 "
                        "(distractor); ご利用限度額 500,000 and ご利用残高 412,800 as distractors")


# ---------------------------------------------------------------------------------------------
# ba06 card company 催告書 after acceleration, iPhone HEIC of a sheet still folded in three.


def ba06():
    R = 14.6
    issued, due = D(2026, 2, 18), D(2026, 3, 4)
    acc, lastp = D(2026, 1, 27), D(2025, 10, 27)
    Ps, Pc, I = 268_450, 150_000, 9_327
    P = Ps + Pc
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(15, 21, "YAMABOSHI", size=16, font="sans-bold", color=PLUM)
    p.at(15, 26, "株式会社ヤマボウシカード", size=9.5, color=PLUM)
    p.at(196, 21, f"発行日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 26, "ご照会番号 YM-7741-0218", size=9.5, align="r")
    p.y = 33
    p.line("〒031-0000　青森県八戸市いぬたで通九丁目9番9号", size=10)
    p.line("七五三木　颯汰　様", size=13.5)
    p.line("会員番号　5213-77＊＊-＊＊＊＊-4108", size=8.5, color=GRAY)
    p.gap(5)
    p.title("催　告　書", size=20, color=RED)
    p.para("貴殿のカードご利用代金につきましては、再三ご請求いたしましたがお支払いがございません。会員規約に基づき、"
           f"貴殿は{wdate(acc)}をもって期限の利益を喪失されましたので、下記金額を{wdate(due)}（{wd(due)}）までに一括して"
           "お支払いください。")
    p.gap(1)
    x0 = 30
    for lab, val, bold in (("ショッピングリボ残高", f"{Ps:,}円", False), ("キャッシング残高", f"{Pc:,}円", False),
                           ("　元金計", f"{P:,}円", True), ("手数料・利息", f"{I:,}円", False),
                           (f"遅延損害金（{wdate(acc + timedelta(1))}～{wdate(issued)}・年14.6％）", f"{L:,}円", False),
                           ("ご請求額", f"{T:,}円", True)):
        if lab == "ご請求額":
            p.add(Line(x0, p.y + 0.3, 180, p.y + 0.3, 0.6))
            p.gap(1)
        leader(p, lab, val, x0, 180, size=11 if bold else 10.5, font="sans-bold" if bold else "sans")
    assert Ps + Pc == P and P + I + L == T
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.8, RED))
    p.at(35, y + 8, "お支払期限", size=11.5, font="sans-bold", color=RED)
    p.at(70, y + 8.2, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=RED)
    p.y = y + 16
    p.para(f"最終ご入金日　{wdate(lastp)}", size=9.5, indent="")
    p.para("お振込先　せんりょう銀行 八戸支店 普通預金 0218774 カ）ヤマボウシカード　※振込手数料はお客様ご負担です。", size=9.5,
           indent="")
    p.para("期限までにお支払いのない場合は、法的手続に着手いたします。なお、本件債権を債権回収会社へ譲渡又は委託する"
           "ことがあります。", size=9.5, indent="")
    p.gap(6)
    for s, sz, f in (("株式会社ヤマボウシカード　債権管理センター", 10.5, "sans-bold"),
                     ("〒980-0000　仙台市青葉区みぞそば坂九丁目9番9号", 9, "sans"),
                     ("電話 022-000-7741（平日 10:00～18:00）", 10, "sans"),
                     ("貸金業登録番号 東北財務局長(5)第00412号", 8, "sans")):
        p.line(s, x=95, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社ヤマボウシカード", phone="022-000-7741",
               creditor="株式会社ヤマボウシカード", status="not_applicable", debtor="七五三木颯汰", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="YM-7741-0218", input_kind="photo_heic",
               template="proxy44_card_demand_folded_in_three_heic", received=D(2026, 2, 20))
    return dict(stem="ba06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr, fold3=True,
                shot=dict(bg="tatami", keystone=0.06, tilt=1.2, creases=2, bow=9, fill=0.84, warm=0.35, blur=1.0),
                about="collection_notice (card company 催告書 after 喪失, iPhone HEIC)",
                unusual="iPhone HEIC of a sheet STILL FOLDED IN THREE on tatami: the three panels catch the light "
                        "differently (the middle one darker), two creases and a bulge; Latin logo 「YAMABOSHI」 over the "
                        "legal name; big red 「催　告　書」; the 元金 split (ショッピングリボ残高 / キャッシング残高) with a "
                        "bold 元金計 → principal; dotted-leader rows with the 損害金 window in western dates; "
                        "masked 会員番号 and 貸金業登録番号 as distractors; ご照会番号 is the reference")


# ---------------------------------------------------------------------------------------------
# ba07 consumer-loan 一括返済請求書, photographed in portrait with the page lying sideways (EXIF 6).


def ba07():
    R = 20.0
    issued, due = D(2026, 3, 23), D(2026, 4, 6)
    acc, lastp = D(2026, 2, 20), D(2026, 1, 6)
    P, I = 389_214, 5_117
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(0, 0, 210, 10, color=None, fill=BROWN))
    p.at(15, 7, "トチノキローン　お客様サポートセンター", size=10, font="sans-bold", color=WHITE)
    p.y = 18
    p.line("〒590-0000　大阪府堺市堺区のびる町九丁目9番9号", size=10)
    p.line("飯降　燈子　様", size=13.5)
    p.y = 18
    p.line(f"{era(issued)}", align="r", size=10)
    p.line("会員番号　0021-58842", align="r", size=10)
    p.gap(12)
    p.title("一括返済請求書", size=17)
    p.para(f"お客様は、ご契約の約定返済を{era(lastp)}を最後にお支払いいただいておらず、当社からの再三のご連絡にも"
           f"ご対応いただけなかったため、ご契約第12条により{era(acc)}をもって期限の利益を喪失されました。")
    p.para("つきましては、下記のご返済残高の全額を、ご返済期日までに一括してお支払いくださいますよう請求いたします。")
    p.gap(2)
    y = p.y
    for i, (lab, val) in enumerate((("ご返済残高（元金）", f"{P:,}円"), ("利息", f"{I:,}円"),
                                    ("遅延損害金（実質年率20.0％）", f"{L:,}円"))):
        p.add(Box(20, y + i * 10, 110, 10, 0.3, BROWN, (0.97, 0.93, 0.88)))
        p.add(Box(130, y + i * 10, 60, 10, 0.3, BROWN))
        p.at(23, y + i * 10 + 6.8, lab, size=10.5)
        p.at(187, y + i * 10 + 6.8, val, size=11, align="r")
    p.add(Box(20, y + 30, 110, 12, 0.8, BROWN, BROWN))
    p.add(Box(130, y + 30, 60, 12, 0.8, BROWN))
    p.at(23, y + 38, "ご請求総額", size=12, font="sans-bold", color=WHITE)
    p.at(187, y + 38.3, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 46
    p.line(f"（{era(issued)}時点の金額です。遅延損害金は完済まで日々加算されます。）", x=20, size=8.5)
    p.gap(2)
    p.kv([("ご返済期日", f"{era(due)}（{wd(due)}）"), ("期限の利益喪失日", era(acc)), ("最終ご返済日", era(lastp)),
          ("ご契約日", "令和4年8月18日（ご契約極度額 50万円）"),
          ("お振込先", "いぬわし銀行 堺支店 普通預金 1585884 カ）トチノキローン")], x=20, label_w=38, size=10)
    p.gap(3)
    p.para("ご返済期日までにご入金のない場合は、裁判所に対する支払督促の申立て等、法的手続をとらせていただきます。", size=10)
    p.gap(6)
    for s, sz, f in (("株式会社トチノキローン", 11.5, "sans-bold"),
                     ("〒530-0000　大阪市北区すももが丘九丁目9番9号", 9, "sans"),
                     ("TEL 06-0000-5884（平日 9:00～18:00）", 10, "sans"),
                     ("近畿財務局長(3)第01377号　日本貸金業協会会員第006218号", 8, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社トチノキローン", phone="06-0000-5884",
               creditor="株式会社トチノキローン", status="not_applicable", debtor="飯降燈子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0021-58842", input_kind="photo_exif_rotated",
               template="proxy44_consumer_loan_lump_sum_sideways_exif6", received=D(2026, 3, 25))
    return dict(stem="ba07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=2.5, creases=2, fill=0.86, warm=0.2),
                about="collection_notice (consumer-loan company 一括返済請求)",
                unusual="photo taken in portrait of a page lying sideways: the JPEG pixels are turned and only EXIF "
                        "orientation 6 makes it upright; a brown band at the very top holds the company name; amounts "
                        "as label / value cells with a filled brown 「ご請求総額」 cell; 実質年率20.0％; a kv block with "
                        "ご返済期日 / 喪失日 / 最終ご返済日 and a ご契約日 with 極度額 50万円 (distractor); 会員番号 as the "
                        "only reference; 貸金業 and 協会 numbers as distractors")


# ---------------------------------------------------------------------------------------------
# ba08 invented servicer, a photo of PAGE 2 ONLY (amounts, due date, sender block).


def ba08():
    R = 14.6
    due = D(2026, 5, 29)
    asof, assign, acc, lastp = D(2026, 5, 12), D(2026, 3, 31), D(2025, 11, 30), D(2025, 9, 14)
    P, I = 612_030, 14_860
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 18, "國領　朔也　様", size=11)
    p.at(105, 18, "お客様番号　KM-0262-1093", size=10, align="c")
    p.at(196, 18, "（2／2）", size=10, align="r")
    p.add(Line(15, 21, 196, 21, 0.3))
    p.y = 26
    p.line(f"■ ご請求金額の内訳（{era(asof)}現在）", size=11.5, font="sans-bold")
    p.table([["項目", "金額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"],
             ["合計（ご請求金額）", f"{T:,}円"]], [100, 60], x=25, header=True, aligns="lr", size=11, row_h=9)
    p.line(f"※遅延損害金は、期限の利益喪失日の翌日から{era(asof)}までの日割計算です。", x=25, size=8.5)
    p.gap(3)
    p.line("■ お支払期限", size=11.5, font="sans-bold")
    p.line(f"{era(due)}（{wd(due)}）までに、上記合計額を一括してお支払いください。", x=25, size=11)
    p.gap(2)
    p.line("■ お振込先", size=11.5, font="sans-bold")
    p.line("おにばす銀行 梅田支店 普通預金 1093262　コウキサイケンカイシュウ（カ", x=25, size=10.5)
    p.line("※お振込人名の前にお客様番号（KM-0262-1093）を必ずご入力ください。", x=25, size=9)
    p.gap(2)
    p.line("■ 債権の表示", size=11.5, font="sans-bold")
    p.kv([("原債権者", "株式会社カナリアクレジット（旧 カナリア信販）"), ("ご契約", "フリーローン（平成31年2月ご契約）"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲受日", era(assign))],
         x=25, label_w=40, size=10.5)
    p.gap(3)
    p.para("お支払期限までにご入金又はご連絡のない場合は、法的手続を検討させていただきます。ご返済方法のご相談は、下記"
           "担当までお電話ください。", size=10)
    p.gap(6)
    y = p.y
    p.add(Box(15, y, 181, 36, 0.4))
    p.add(Box(15, y, 181, 8, color=None, fill=SHADE))
    p.at(19, y + 5.6, "お問い合わせ先", size=9.5, font="sans-bold")
    p.at(19, y + 15, "晃輝債権回収株式会社　大阪業務部", size=12.5, font="sans-bold")
    p.at(19, y + 21, "法務大臣許可番号　第262号", size=9.5)
    p.at(19, y + 26.5, "〒541-0000　大阪市中央区あけび野九丁目9番9号", size=9)
    p.at(19, y + 32.5, "電話 06-0000-2620（平日 9:00～17:30）　担当 朧谷", size=10.5, font="sans-bold")
    p.seal(180, y + 21, 13, "square", "晃輝債権回収印", angle=-3, seed=44081)
    tr = truth(document_type="collection_notice", sender="晃輝債権回収株式会社", license_number=262,
               phone="06-0000-2620", creditor="晃輝債権回収株式会社", status="unverified",
               original="株式会社カナリアクレジット", debtor="國領朔也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=None, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="KM-0262-1093", input_kind="photo_jpeg", template="proxy44_invented_servicer_page_two_only",
               received=D(2026, 5, 15))
    return dict(stem="ba08", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.04, tilt=1.5, creases=2, fill=0.86, warm=0.15),
                about="collection_notice (invented servicer, PAGE 2 of 2 only)",
                unusual="a phone photo of PAGE 2 ALONE (header 「國領　朔也　様 ／ お客様番号 ／ （2／2）」): no letter date, no "
                        "address, no title on it (issued null); the amounts AS OF 5/12 with ■ headings; INVENTED servicer "
                        "「晃輝債権回収株式会社」 with 「法務大臣許可番号　第262号」 (→ unverified) in a framed お問い合わせ先 "
                        "box at the bottom; 原債権者 with its former name 「（旧 カナリア信販）」 and 平成31年 contract as "
                        "distractors; the reference repeated in the transfer note")


LETTERS = [ba01, ba02, ba03, ba04, ba05, ba06, ba07, ba08]
