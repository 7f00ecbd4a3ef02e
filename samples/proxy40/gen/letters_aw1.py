"""Proxy set 40, letters aw01–aw08: "settlements and payment plans, second round". A guarantee company's
和解契約書（案） by fax, a card company's 分割払いのご提案 with a reduced 一括 option and a reply form of □ boxes, an
invented servicer's 減額和解 (「…残額を免除いたします」), a lender's 弁済計画 confirmed by fax (初回 / 2回目以降 / 最終回),
a consumer lender's report of a court 和解, a real servicer's notice of ONE late 分割金, a real servicer's demand with a
債務承認書 form, and a real servicer's postcard with a reply card of □ boxes."""

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
    bars,
    grid,
    late,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth
from samples.letters.proxydraw import wrap_nb

fw = fullwidth
PLUM = (0.42, 0.12, 0.36)
TEAL = (0.0, 0.40, 0.42)
AURO = (0.55, 0.18, 0.05)
OLIVE = (0.33, 0.38, 0.10)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def era(d: D) -> str:
    if d < D(2019, 5, 1):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    y = d.year - 2018
    return f"令和{'元' if y == 1 else y}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def box_check(p, x, y, s, size=9.5):
    """A □ tick box followed by its text."""
    p.add(Box(x, y - 3.2, 3.4, 3.4, 0.3))
    p.at(x + 5.2, y, s, size=size)


# the 鯨井 household (アウロラ債権回収, a 和解 of a consumer loan): aw06 here, aw14 / aw15 in letters_aw2
KJ_WAKAI, KJ_MON, KJ_N = 420_000, 14_000, 30
KJ_FIRST = D(2025, 6, 10)
KJ_LAST = D(2025, 11, 10)  # the 6th instalment, the last one paid
KJ_ASSIGN = D(2024, 11, 29)
KJ_ACC = D(2026, 1, 10)  # the 和解's own loss of the benefit of time (12/10 and 1/10 unpaid)
KJ_REF = "AU-2411-60318"
KJ_ORIG = "株式会社栗梅ファイナンス"
assert KJ_MON * KJ_N == KJ_WAKAI


# ---------------------------------------------------------------------------------------------
# aw01 瑠璃紺信用保証: FAX cover + 和解契約書（案） of a 求償債権 (2-page fax).


def aw01():
    R = 14.6
    issued, reply, asof = D(2026, 1, 21), D(2026, 2, 6), D(2026, 1, 20)
    subro, acc, lastp = D(2025, 8, 29), D(2025, 7, 31), D(2025, 4, 30)
    P = 1_284_000
    L = late(P, R, subro + timedelta(1), asof)
    T = P + L
    first, mon, n = 30_000, 25_000, 52
    last_amt = P - first - mon * (n - 2)
    assert 0 < last_amt <= mon and first + mon * (n - 2) + last_amt == P
    d_first, d_last = D(2026, 2, 27), D(2030, 5, 31)
    p = Page(font="sans", size=9.8, top=12)
    p.at(105, 20, "ＦＡＸ送付のご案内", size=15, font="sans-bold", align="c")
    rows = [["宛　先", "浮穴　千景　様", "送信日", f"{wdate(issued)}（{wd(issued)}）"],
            ["送信元", "瑠璃紺信用保証株式会社　債権管理課", "送信枚数", "本状を含め２枚"],
            ["担　当", "茨木谷（いばらぎや）", "保証番号", "RK-07-55182"]]
    p.y = grid(p, 15, 26, [20, 70, 22, 69], rows, h=7.5, size=9.5) + 4
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.6)
    p.para("先日はお電話にてご返済方法のご相談をいただき、ありがとうございました。ご相談の内容をもとに、当社の求償債権に"
           "ついての和解契約書（案）を作成いたしましたので、お送りいたします。内容をご確認のうえ、2枚目の（案）の「乙」欄に"
           "ご署名・ご捺印いただき、下記ご返送期限までに当社へご返送（郵送又はFAX）ください。", size=9.6)
    p.gap(1)
    p.line(f"■ 現在の求償債務（{era(asof)}現在）", size=10, font="sans-bold")
    p.table([["求償元金", f"{P:,}円"], [f"損害金（代位弁済日の翌日から年{R:g}％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [100, 45], x=22, aligns="lr", size=9.8, row_h=7, shade_col0=True)
    p.para(f"（ご参考）主債務：株式会社あおつづら銀行 カードローン　最終ご返済日 {era(lastp)}　期限の利益喪失日 {era(acc)}"
           f"　代位弁済日 {era(subro)}（代位弁済額 {P:,}円）", size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2))
    p.add(Box(15, y, 40, 13, color=None, fill=SHADE))
    p.at(35, y + 8.3, "ご返送期限", size=11, font="sans-bold", align="c")
    p.at(60, y + 8.8, f"{era(reply)}（{wd(reply)}）当社必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("※和解契約が成立した場合、期日どおりにお支払いいただければ、上記損害金は第４条により免除となります。"
           "ご返送期限を過ぎた場合、本案は失効し、改めて求償債務全額をご請求させていただくことがあります。", size=8.8, indent="")
    p.para("※本書面の返送により、上記求償債務をご承認いただくことになります。", size=8.8, indent="")
    p.gap(4)
    for i, s in enumerate(["瑠璃紺信用保証株式会社　債権管理課", "〒980-0000　宮城県仙台市青葉区ほしづく町九丁目9番9号",
                           "TEL 022-000-7315　　FAX 022-000-7316　（受付 平日9:00～17:30）",
                           "貸金業登録番号　東北財務局長（4）第00871号"]):
        p.at(100, p.y + i * 5, s, size=9 if i else 10, font="sans-bold" if i == 0 else "sans")
    p.seal(188, p.y + 7, 13, "square", "瑠璃紺信用保証之印", angle=3, seed=40011)
    # page 2: the draft contract
    q = Page(font="serif", size=10, top=14)
    q.at(194, 18, "（案）", size=14, font="serif-bold", align="r", color=RED)
    q.y = 20
    q.title("和 解 契 約 書", size=17, font="serif-bold")
    q.para("瑠璃紺信用保証株式会社（以下「甲」という。）と浮穴千景（以下「乙」という。）とは、甲が株式会社あおつづら銀行に"
           f"対し{era(subro)}に保証債務を履行したことにより取得した乙に対する求償債権について、次のとおり和解する。", size=9.8)
    arts = [
        ("第１条（債務の確認）", f"乙は、甲に対し、{era(asof)}現在、求償債務として金{T:,}円（内訳　求償元金{P:,}円、損害金{L:,}円）"
                           "の支払義務があることを確認する。"),
        ("第２条（分割弁済）", f"乙は、甲に対し、前条の求償元金{P:,}円を次のとおり分割して、甲の指定する口座に振り込んで支払う。"
                          f"振込手数料は乙の負担とする。\n(1) 初回　{era(d_first)}限り　金{first:,}円\n(2) 2回目以降　"
                          f"令和8年3月から令和12年4月まで毎月末日限り　金{mon:,}円ずつ（{n - 2}回）\n(3) 最終回　"
                          f"{era(d_last)}限り　金{last_amt:,}円"),
        ("第３条（期限の利益の喪失）", f"乙が前条の分割金の支払を２回以上怠り、その額が金{2 * mon:,}円に達したときは、乙は当然に"
                                f"期限の利益を失い、甲に対し、第１条の金額から既払金を控除した残額及びこれに対する期限の利益"
                                f"喪失の日の翌日から支払済みまで年{R:g}％の割合による損害金を直ちに支払う。"),
        ("第４条（免除）", f"乙が期限の利益を失うことなく第２条の支払を完了したときは、甲は乙に対し、第１条の損害金{L:,}円の"
                        "支払を免除する。"),
        ("第５条（清算条項）", "甲及び乙は、甲乙間には本契約に定めるもののほか、何らの債権債務のないことを相互に確認する。"),
    ]
    for head, body in arts:
        q.gap(1)
        q.line(head, size=10.2, font="serif-bold")
        for j, part in enumerate(body.split("\n")):
            q.para(part, x0=24 if j else 20, size=9.6, indent="　" if j == 0 else "")
    q.gap(3)
    q.para("本契約成立の証として本書２通を作成し、甲乙署名（記名）押印のうえ各１通を保有する。", size=9.6)
    q.gap(2)
    q.line("　　令和　　年　　月　　日", size=10.5)
    q.gap(2)
    q.line("（甲）宮城県仙台市青葉区ほしづく町九丁目9番9号", x=30, size=9.8)
    q.line("　　　瑠璃紺信用保証株式会社　代表取締役　栃本　晴臣", x=30, size=9.8)
    q.gap(3)
    for lab in ("（乙）住所", "　　　氏名（自署）　　　　　　　　　　　　　　　　　　　　　　　　印"):
        q.line(lab, x=30, size=9.8)
        q.add(Line(46, q.y - 1.2, 185, q.y - 1.2, 0.25))
        q.gap(3)
    tr = truth(document_type="settlement_proposal", sender="瑠璃紺信用保証株式会社", phone="022-000-7315",
               creditor="瑠璃紺信用保証株式会社", status="not_applicable", original="株式会社あおつづら銀行",
               debtor="浮穴千景", total=T, principal=P, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=acc, last_payment=lastp, reference="RK-07-55182",
               input_kind="fax_tiff", template="proxy40_guarantor_draft_settlement_contract_fax", received=issued)
    return dict(stem="aw01", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:48 RURIKON HOSHO 022-000-7316",
                about="settlement_proposal (guarantee company, FAX cover + 和解契約書（案）, 2-page fax)",
                unusual="2-page G4 fax: p.1 a FAX送付のご案内 with a shaded grid (宛先 / 送信日 with weekday / 送信元 / 送信枚数 "
                        "/ 担当 / 保証番号), the 求償債務 as of 1/20 (≠ the 送信日 1/21) in a shaded-label table (求償元金 / 損害金 "
                        "/ 合計), the bank's 最終ご返済日, 喪失日, 代位弁済日 in one small ご参考 line, a heavy-framed "
                        "ご返送期限 …当社必着 (= payment_due); TEL and FAX on one line, the 貸金業登録番号 (not a licence); p.2 a "
                        "serif 和解契約書 marked （案） in red with 第１条 債務の確認 (the total again with its 内訳), 第２条 初回 "
                        "30,000 / 2回目以降 25,000 × 50 / 最終回 4,000 (distractors), 第３条 the 50,000 threshold, 第４条 the "
                        "waiver of the 損害金, a blank 令和　年　月　日 and signature lines")


# ---------------------------------------------------------------------------------------------
# aw02 おだまきカード: 分割払いのご提案 with a reduced 一括 plan and a 36-instalment plan; p.2 a reply form of □ boxes.


def aw02():
    R = 14.6
    issued, asof, reply = D(2026, 2, 9), D(2026, 2, 6), D(2026, 2, 27)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 742_380, 26_514
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    A = P + I  # plan A: the whole balance without the 遅延損害金
    n, mon = 36, 21_400
    last_b = A - mon * (n - 1)
    assert 0 < last_b <= mon + 500 and mon * (n - 1) + last_b == A
    d_a = D(2026, 3, 13)
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 11, 12, 12, color=None, fill=PLUM))
    p.at(21, 19.6, "O", size=16, font="sans-bold", color=WHITE, align="c")
    p.at(30, 17.3, "ODAMAKI CARD", size=13, font="sans-bold", color=PLUM)
    p.at(30, 22, "株式会社おだまきカード", size=8.5, color=PLUM)
    p.at(196, 15, f"発行日　{wdate(issued)}", size=9, align="r")
    p.at(196, 19.5, "お客様番号　DM-88-204719", size=9, align="r")
    p.at(196, 24, "カード番号　****-****-****-6630", size=8, align="r", color=GRAY)
    window(p, 15, 30, "110-0000", ["東京都台東区つりがね町九丁目9番9号", "つりがねハイツ202号"], "鐘ヶ江　史織　様", "aw02bar",
           w=92, h=36)
    stamp(p, 150, 34, "親展", color=PLUM, size=12)
    p.y = 72
    p.title("ご返済方法変更（分割払い）のご提案", size=14.5, color=PLUM)
    p.para("平素はおだまきカードをご利用いただき、誠にありがとうございます。", size=9.6)
    p.para(f"お客様のご利用代金につきましては、{wdate(lastp)}のお支払いを最後にご入金が確認できず、会員規約第21条により"
           f"{wdate(acc)}をもって期限の利益を喪失し、現在、下記のお支払残高を一括してお支払いいただく必要がございます。", size=9.6)
    p.para("しかしながら、お客様のご事情を考慮し、当社では下記のいずれかのお支払方法によるご返済をご提案いたします。ご希望の"
           "方法を同封の「ご回答書」にてお知らせください。", size=9.6)
    p.gap(1)
    p.line(f"【お支払残高】（{wdate(asof)}現在）", size=10, font="sans-bold", color=PLUM)
    p.table([["ご利用残元金", "手数料・利息（未払分）", f"遅延損害金（年{R:g}%）", "お支払残高合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 46, 44, 47], x=15, header=True, aligns="rrrr",
            size=10, row_h=8)
    p.gap(3)
    y = p.y
    for k, (head, lines) in enumerate((
        ("プランＡ　一括お支払い（損害金免除）",
         [f"{wdate(d_a)}までに一括でお支払いいただいた場合、", f"遅延損害金 {L:,}円を全額免除いたします。",
          f"お支払額　{A:,}円"]),
        ("プランＢ　36回分割お支払い",
         ["初回 2026年3月27日、以後毎月27日に", f"月々 {mon:,}円 × 35回、最終回 {last_b:,}円",
          f"お支払総額　{A:,}円（損害金免除）"]),
    )):
        x = 15 + k * 92
        p.add(Box(x, y, 89, 30, 0.5, PLUM))
        p.add(Box(x, y, 89, 7.5, color=None, fill=PLUM))
        p.at(x + 3, y + 5.3, head, size=9.8, font="sans-bold", color=WHITE)
        for i, s in enumerate(lines):
            p.at(x + 3, y + 13 + i * 5.6, s, size=9.3 if i < 2 else 10.5, font="sans-bold" if i == 2 else "sans")
    p.y = y + 34
    p.para("※いずれのプランも、お支払いが2回以上遅れた場合は免除が取り消され、お支払残高合計から既払額を差し引いた全額を"
           "直ちにご請求いたします。※上記以外の回数をご希望の場合もご相談ください。", size=8.6, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, RED))
    p.at(20, y + 8, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(52, y + 8.3, f"{wdate(reply)}（{wd(reply)}）", size=13, font="sans-bold", color=RED)
    p.at(192, y + 8, "同封のご回答書を返信用封筒又はFAXで", size=8.5, align="r")
    p.y = y + 16
    p.para("ご回答期限までにご回答がない場合、本提案は取り消され、お支払残高合計の一括ご請求を継続させていただきます。",
           size=8.8, indent="")
    p.gap(3)
    for i, s in enumerate(["株式会社おだまきカード　お客様サポート部　債権管理グループ",
                           "〒150-0000　東京都渋谷区やえむぐら町九丁目9番9号",
                           "ご返済相談ダイヤル　0120-000-633（平日 9:30～18:00）　FAX 03-0000-6634",
                           "登録番号　関東財務局長（6）第01442号　日本貸金業協会会員第004102号　包括信用購入あっせん業者"]):
        p.at(15, p.y + i * 4.6, s, size=9 if i else 9.5, font="sans-bold" if i == 0 else "sans")
    q = Page(font="sans", size=10, top=16)
    q.at(196, 18, "お客様番号　DM-88-204719", size=9, align="r")
    q.y = 22
    q.title("ご　回　答　書", size=16)
    q.line("株式会社おだまきカード　お客様サポート部　御中（FAX 03-0000-6634）", size=10)
    q.gap(2)
    q.para(f"{wdate(issued)}付「ご返済方法変更（分割払い）のご提案」について、以下のとおり回答します。（該当する□に✓を"
           "ご記入ください）", size=9.8)
    q.gap(3)
    yy = q.y + 4
    for s in (f"プランＡ（一括 {A:,}円を{wdate(d_a)}までに支払う）を希望します。",
              "プランＢ（36回分割、月々21,400円）を希望します。",
              "その他の回数を希望します。　（　　　　）回　・　月額（　　　　　　　）円",
              "一度、電話で相談したい。　ご都合のよい時間帯（　　　　　　　　　　）",
              "今回の提案には応じられない。"):
        box_check(q, 26, yy, s, size=10)
        yy += 10
    q.y = yy + 4
    q.add(Box(20, q.y, 170, 44, 0.4))
    for i, lab in enumerate(("ご記入日　　　　年　　　月　　　日", "ご住所", "お名前（ご署名）", "日中のご連絡先電話番号")):
        q.at(24, q.y + 9 + i * 10, lab, size=10)
        q.add(Line(58, q.y + 10 + i * 10, 186, q.y + 10 + i * 10, 0.25, GRAY))
    q.y += 50
    q.para("※ご回答書のご返送をもって、お支払残高についてご確認いただいたものとして取り扱います。※ご返送は同封の返信用封筒"
           "（切手不要）又はFAXでお願いいたします。", size=8.8, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社おだまきカード", phone="0120-000-633",
               creditor="株式会社おだまきカード", status="not_applicable", debtor="鐘ヶ江史織", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="DM-88-204719", input_kind="pdf_text_2page",
               template="proxy40_card_company_two_plans_reply_form", received=D(2026, 2, 12))
    return dict(stem="aw02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (card company, two plans incl. a reduced 一括, reply form with □ boxes)",
                unusual="card company (Latin logo 「ODAMAKI CARD」, not a servicer) with an address window and a 親展 mark; the "
                        "amounts as of 2/6 (≠ 発行日 2/9) in a one-row 4-column table (ご利用残元金 / 手数料・利息（未払分） / "
                        "遅延損害金 / お支払残高合計); TWO plan cards side by side: プランＡ the REDUCED 一括 768,894 by 3/13 "
                        "(the full claim minus the waived 損害金) and プランＢ 21,400 × 35 + last (distractors); a red ご回答期限 "
                        "(= payment_due); the masked card number and the 貸金業 / "
                        "協会 numbers as distractors; p.2 a ご回答書 with five □ tick boxes and blank signature lines")


# ---------------------------------------------------------------------------------------------
# aw03 鴇羽債権回収 (invented): 減額和解 「本状記載の金額を期日までにお支払いいただければ、残額を免除いたします」; HEIC photo.


def aw03():
    R = 20.0
    issued, asof, due = D(2026, 3, 2), D(2026, 2, 27), D(2026, 3, 31)
    acc, lastp, assign = D(2019, 5, 10), D(2019, 3, 5), D(2024, 6, 28)
    P, I = 486_220, 31_904
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    OFFER = 220_000
    W = T - OFFER
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "鴇羽債権回収株式会社", size=14, font="sans-bold", color=TEAL)
    p.at(15, 24, "TOKIHA SERVICER CO., LTD.", size=7, color=TEAL)
    p.add(Line(15, 27, 196, 27, 1.2, TEAL))
    p.at(196, 19, f"{era(issued)}", size=10, align="r")
    p.at(196, 24, f"ご照会番号　TH{fw('-')}1906{fw('-')}0472", size=9.5, align="r")
    p.y = 33
    p.line("〒690-0000　島根県松江市ふゆいちご坂九丁目9番9号", size=10)
    p.line("遠矢　耕平　様", size=14)
    p.gap(5)
    p.title("ご債務の減額和解についてのご案内", size=15, color=TEAL)
    p.para(f"当社は、株式会社柑子クレジットから、貴殿に対する貸金債権を{era(assign)}付で譲り受け、管理回収を行っております。"
           "本債権について、下記のとおり減額による和解をご案内いたします。", size=9.8)
    p.gap(1)
    p.line(f"1. 現在のご請求残高（{era(asof)}現在）", size=10.5, font="sans-bold")
    x0, x1 = 24, 150
    for lab, val in (("元金", f"{P:,}円"), ("利息", f"{I:,}円"), (f"遅延損害金（年{R:g}%）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.2)
        p.at(x1, b, val, size=10.2, align="r")
        p.add(Line(x0, p.y - 1.4, x1, p.y - 1.4, 0.15, GRAY))
    b = p.line("ご請求残高", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=11.5, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.6))
    p.gap(2)
    p.line("2. ご提案", size=10.5, font="sans-bold")
    y = p.y
    p.add(Box(20, y, 172, 34, 0.8, TEAL, (0.92, 0.97, 0.97)))
    p.at(26, y + 8, "お支払いいただく金額", size=10.5, font="sans-bold")
    p.at(130, y + 9, f"{OFFER:,}円", size=17, font="sans-bold", color=TEAL, align="r")
    p.at(136, y + 8, "（一括）", size=10)
    p.at(26, y + 17, "お支払期日", size=10.5, font="sans-bold")
    p.at(130, y + 17.5, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.at(26, y + 27, f"免除させていただく金額　{W:,}円（ご請求残高 − お支払いいただく金額）", size=9.5)
    p.y = y + 38
    p.para("本状記載の金額を期日までにお支払いいただければ、残額を免除いたします。お支払いの確認後、「債務免除通知書」を"
           "お送りいたします。", size=10, indent="")
    p.para("期日までにお支払いがない場合、本ご案内は効力を失い、ご請求残高全額のお支払いをお願いすることになります。"
           "分割によるお支払いをご希望の方は、お支払期日までにご相談ください。", size=9.5, indent="")
    p.gap(1)
    p.line("3. ご契約の内容（ご参考）", size=10.5, font="sans-bold")
    p.kv([("原債権者", "株式会社柑子クレジット"), ("ご契約日", "平成26年9月12日（極度額 500,000円）"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲受日", era(assign))],
         x=24, label_w=36, size=9.5)
    p.gap(2)
    p.para("お振込先　さやまち銀行 松江中央支店 普通預金 4610293　トキハサイケンカイシュウ（カ　※振込手数料はご負担ください。",
           size=9.2, indent="")
    p.gap(3)
    y = p.y
    p.add(Line(15, y, 196, y, 0.3, GRAY))
    for i, s in enumerate(["鴇羽債権回収株式会社　管理回収第二部", "法務大臣許可番号　第246号",
                           "〒730-0000　広島県広島市中区ひとりしずか台九丁目9番9号",
                           "TEL 082-000-2467（平日9:00～18:00）　担当　上窪"]):
        p.at(15, y + 6 + i * 5, s, size=10 if i == 0 else 9.2, font="sans-bold" if i == 0 else "sans")
    p.seal(180, y + 12, 13, "square", "鴇羽債権回収印", angle=-5, seed=40031)
    tr = truth(document_type="settlement_proposal", sender="鴇羽債権回収株式会社", license_number=246,
               phone="082-000-2467", creditor="鴇羽債権回収株式会社", status="unverified", original="株式会社柑子クレジット",
               debtor="遠矢耕平", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="TH-1906-0472",
               input_kind="photo_heic", template="proxy40_invented_servicer_reduced_settlement_waiver", received=D(2026, 3, 5))
    return dict(stem="aw03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.84, glare=18, warm=0.2, blur=0.9),
                about="settlement_proposal (invented servicer, 減額和解 with 「…残額を免除いたします」)",
                unusual="iPhone HEIC on a pale desk with tri-fold creases and a lamp glare; INVENTED servicer 鴇羽債権回収 (Latin "
                        "「TOKIHA SERVICER」) with 「法務大臣許可番号　第246号」 only in the footer (→ unverified); an old debt "
                        "(平成26年 contract, last payment and 喪失 in 2019) whose 損害金 at 年20% exceeds the 元金; the claim as "
                        "of 2/27 as leader-less hairline rows ending in ご請求残高; a teal box with the REDUCED amount 220,000 "
                        "（一括）, its お支払期日 (= payment_due) and the 免除 amount; the sentence 「本状記載の金額を期日まで"
                        "にお支払いいただければ、残額を免除いたします」; ご照会番号 with full-width hyphens; 極度額 500,000 "
                        "as a distractor")


# ---------------------------------------------------------------------------------------------
# aw04 みぎわファイナンス: 弁済計画 confirmed after a phone call (初回 / 2回目以降 / 最終回); 1-page fax.


def aw04():
    R = 20.0
    issued = D(2026, 1, 28)
    lastp = D(2025, 10, 25)
    P, I, L = 356_800, 9_412, 7_188
    T = P + I + L
    first, mon, n = 20_000, 15_000, 25
    last_amt = T - first - mon * (n - 2)
    assert 0 < last_amt <= mon and first + mon * (n - 2) + last_amt == T
    d1, d2, dl = D(2026, 2, 25), D(2026, 3, 25), D(2028, 2, 25)
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 16, "株式会社みぎわファイナンス", size=12, font="sans-bold")
    p.at(15, 20.5, "MIGIWA FINANCE", size=7)
    p.at(196, 15, f"送信日：{era(issued)}", size=9.5, align="r")
    p.at(196, 20, "ご契約番号：MF-5503-1187", size=9.5, align="r")
    p.add(Line(15, 23, 196, 23, 0.5))
    p.y = 27
    p.line("鍬田　真澄　様", size=13)
    p.line("（FAX 0955-00-1862）", size=9)
    p.title("ご返済計画（弁済計画）確定のお知らせ", size=14.5)
    p.para(f"{era(D(2026, 1, 26))}のお電話にてご相談いただきました、ご返済の遅れている分を含むご返済計画につき、下記の"
           "とおり確定いたしましたのでお知らせいたします。下記のご返済日に、ご返済計画表の金額をご入金ください。", size=9.6)
    p.gap(1)
    p.line(f"１．ご計画の対象となる金額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["貸付残元金", "未収利息", f"遅延損害金（年{R:g}％）", "ご計画対象額"],
             [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]], [42, 36, 50, 44], x=20, header=True, aligns="rrrr", size=10,
            row_h=7.5)
    p.line("（単位：円）", x=190, size=8, align="r")
    p.line("２．ご返済計画表", size=10, font="sans-bold")
    p.table([["回", "ご返済日", "ご返済額", "備考"],
             ["初回", f"{era(d1)}（{wd(d1)}）", f"{first:,}円", "口座振替ではなくお振込み"],
             ["2回目以降", f"{era(d2)}から毎月25日", f"{mon:,}円", f"{n - 2}回（第2回～第{n - 1}回）"],
             ["最終回", f"{era(dl)}（{wd(dl)}）", f"{last_amt:,}円", f"第{n}回"],
             ["合計", f"{n}回", f"{T:,}円", "上記ご計画対象額と同額"]],
            [26, 58, 32, 56], x=20, header=True, aligns="clrl", size=9.5, row_h=7)
    p.gap(2)
    p.para("※ご返済日が土・日・祝日の場合は、翌営業日までにご入金ください。", size=8.8, indent="")
    p.para("※ご計画どおりにご返済いただいている間は、新たな遅延損害金はいただきません。ご返済が遅れた場合は、本計画を"
           "取り消し、残額全額を一括でご請求することがあります。", size=8.8, indent="")
    p.para(f"※前回のご入金は{era(lastp)}（11,000円）でした。", size=8.8, indent="")
    p.gap(1)
    p.line("３．お振込先", size=10, font="sans-bold")
    p.para("ひばな銀行 唐津支店（店番 318） 普通預金 2207714　カ）ミギワファイナンス　※お振込みの際は、お名前の前にご契約番号の"
           "下4桁「1187」をご入力ください。", x0=22, size=9.3, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(100, y, 96, 27, 0.3))
    for i, s in enumerate(["株式会社みぎわファイナンス　唐津お客様センター", "〒847-0000 佐賀県唐津市石竹町九丁目9番9号",
                           "TEL 0955-00-3374　FAX 0955-00-3375", "担当　鷹嘴（たかはし）",
                           "九州財務局長（3）第00412号　日本貸金業協会会員"]):
        p.at(103, y + 5 + i * 5, s, size=9.3 if i == 0 else 8.6, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="settlement_proposal", sender="株式会社みぎわファイナンス", phone="0955-00-3374",
               creditor="株式会社みぎわファイナンス", status="not_applicable", debtor="鍬田真澄", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=d1, last_payment=lastp,
               reference="MF-5503-1187", input_kind="fax_tiff", template="proxy40_lender_confirmed_plan_schedule_fax",
               received=issued)
    return dict(stem="aw04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:05 MIGIWA FINANCE KARATSU 0955-00-3375",
                about="settlement_proposal (consumer lender, 弁済計画 confirmed, schedule 初回 / 2回目以降 / 最終回, 1-page fax)",
                unusual="one-page G4 fax from a consumer lender (貸金業 number, not a servicer) CONFIRMING a plan agreed on the "
                        "phone: nothing asks for a reply; colon labels 送信日： / ご契約番号：; the addressee's own FAX number "
                        "under the name (distractor); a one-row table under 「（単位：円）」 with bare numbers (貸付残元金 / "
                        "未収利息 / 遅延損害金 / ご計画対象額); a 4-row schedule 初回 2/25 20,000 / 2回目以降 15,000 × 23 / "
                        "最終回 2028-02-25 8,400 / 合計 (= the total); no 喪失 (arrears only, acceleration null); the last "
                        "payment and its 11,000円 in a note; the date of the phone call (1/26) as a distractor")


# ---------------------------------------------------------------------------------------------
# aw05 ましろローン: report of a court 和解 (鶴岡簡裁, 和解期日) with the 和解条項 and the first payment date; pdf_scan.


def aw05():
    issued, wakai_day, d1 = D(2026, 2, 16), D(2026, 2, 12), D(2026, 3, 25)
    S, mon, n = 612_000, 17_000, 36
    assert mon * n == S
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ましろローン", size=16, font="sans-bold", color=NAVY)
    p.at(60, 19, "株式会社ましろローン　法務回収課", size=9.5, color=NAVY)
    p.at(196, 16, era(issued), size=10, align="r")
    p.at(196, 21, "お客様番号　ML-3190-0258", size=9.5, align="r")
    p.add(Line(15, 24, 196, 24, 0.8, NAVY))
    p.y = 29
    p.line("山形県鶴岡市あまおと町九丁目9番9号", size=10)
    p.line("城ノ戸　勝　様", size=13.5)
    p.gap(4)
    p.title("裁判上の和解成立のご報告とお支払いのご案内", size=14.5)
    p.para(f"鶴岡簡易裁判所に係属しておりました下記事件につきまして、{era(wakai_day)}の和解期日において、貴殿と当社との間で"
           "裁判上の和解が成立いたしました。和解調書の正本は裁判所から送達されますが、お支払いの要点を下記のとおりご案内"
           "いたします。", size=9.8)
    p.gap(1)
    p.kv([("事件", "鶴岡簡易裁判所　令和7年（ハ）第318号　貸金請求事件"), ("原告", "株式会社ましろローン"),
          ("被告", "城ノ戸　勝"), ("和解成立日", f"{era(wakai_day)}（和解期日）")], x=22, label_w=28, size=9.6)
    p.gap(2)
    p.line("和解条項（要旨）", size=10.5, font="sans-bold", color=NAVY)
    terms = [
        f"１　被告は、原告に対し、本件貸金債務として金{S:,}円の支払義務があることを認める。",
        f"２　被告は、原告に対し、前項の金員を、令和8年3月から令和11年2月まで、毎月25日限り金{mon:,}円ずつ（{n}回）"
        "分割して、原告の指定する口座に振り込む方法により支払う。",
        f"３　被告が前項の分割金の支払を２回以上怠り、その額が金{2 * mon:,}円に達したときは、当然に期限の利益を失い、"
        "被告は原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から支払済み"
        "まで年18パーセントの割合による遅延損害金を支払う。",
        "４　原告は、その余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本和解条項に定めるもののほか、何らの債権債務のないことを相互に確認する。",
        "６　訴訟費用は各自の負担とする。",
    ]
    for s in terms:
        p.para(s, x0=22, x1=192, size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.9, NAVY))
    p.add(Box(15, y, 50, 22, color=None, fill=(0.88, 0.91, 0.97)))
    p.at(40, y + 9, "第１回のお支払日", size=10.5, font="sans-bold", align="c")
    p.at(40, y + 16, "（初回）", size=9, align="c")
    p.at(70, y + 10, f"{era(d1)}（{wd(d1)}）", size=14, font="sans-bold")
    p.at(70, y + 18, f"お支払額　{mon:,}円　（以後毎月25日限り、最終回 令和11年2月25日）", size=9.5)
    p.y = y + 26
    p.para("お振込先　ちどり信用組合 鶴岡支店 普通預金 0318025　カ）マシロローン　※お振込人名の前にお客様番号の数字「31900258」を"
           "ご入力ください。", size=9.2, indent="")
    p.para("※当初のご請求額（元金・利息・遅延損害金）と和解金額との差額は、和解条項第４項により放棄されています。分割金を"
           "２回以上お支払いいただけない場合は、和解調書に基づき強制執行の手続をとることがあります。", size=8.8, indent="")
    p.gap(3)
    for i, s in enumerate(["株式会社ましろローン　法務回収課", "〒990-0000　山形県山形市ほしづく町九丁目9番9号",
                           "TEL 023-000-8125（平日9:00～17:00）　担当　米納", "東北財務局長（2）第00357号"]):
        p.at(110, p.y + i * 5, s, size=9.3 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    p.seal(100, p.y + 7, 12, "square", "ましろローン之印", angle=4, seed=40051)
    tr = truth(document_type="settlement_proposal", sender="株式会社ましろローン", phone="023-000-8125",
               creditor="株式会社ましろローン", status="not_applicable", debtor="城ノ戸勝", total=S, rate=18.0,
               lump=False, issued=issued, payment_due=d1, reference="ML-3190-0258", input_kind="pdf_scan",
               template="proxy40_lender_court_settlement_report", received=D(2026, 2, 18))
    return dict(stem="aw05", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.8,
                about="settlement_proposal (consumer lender's report of a court 和解 with its 和解条項, one page)",
                unusual="a consumer lender (the plaintiff) reports a 裁判上の和解 reached at the 鶴岡簡裁 on a 和解期日 "
                        "(not a 口頭弁論期日 → hearing null), scanned as a one-page image PDF; a kv block with the (ハ) case "
                        "in full-width brackets, 原告 / 被告 and 和解成立日; the 和解条項（要旨） 1–6: the acknowledged "
                        "612,000 as the ONLY amount (no breakdown), 17,000 × 36, the 34,000 threshold with 年18パーセント, "
                        "放棄, 清算, 訴訟費用; a navy box with 第１回のお支払日 （初回） 3/25 (= payment_due) and the last "
                        "instalment; お客様番号 (the reference) beside the court's case number; no 喪失, no last payment printed")


# ---------------------------------------------------------------------------------------------
# aw06 アウロラ債権回収 (real): ONE 分割金 of a 和解 is late (not a lump-sum demand); phone photo.


def aw06():
    issued, due = D(2025, 12, 17), D(2025, 12, 26)
    missed, nxt = D(2025, 12, 10), D(2026, 1, 10)
    paid = 6
    rest = KJ_WAKAI - paid * KJ_MON
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 11, color=None, fill=AURO))
    p.at(19, 18.6, "AURORA", size=13, font="sans-bold", color=WHITE)
    p.at(50, 18.4, "アウロラ債権回収株式会社", size=10.5, color=WHITE)
    p.at(192, 18.4, "分割金お支払い確認のお願い", size=10.5, font="sans-bold", color=WHITE, align="r")
    p.at(196, 28, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 33, f"お客様番号：{KJ_REF}", size=10, align="r")
    p.y = 27
    p.line("〒849-0000 佐賀県佐賀市石竹町九丁目9番9号", size=10)
    p.line("鯨井　詩子　様", size=14)
    p.gap(5)
    p.para(f"平素より和解契約に基づくお支払いをいただき、ありがとうございます。{wdate(missed)}（{wd(missed)}）がお支払日の"
           f"第{paid + 1}回分割金につきまして、本日現在、ご入金の確認ができておりません。", size=10)
    p.para("お手数ですが、下記の金額を、お支払期限までにいつものお振込先へご入金くださいますようお願いいたします。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 26, 1.0, AURO))
    p.add(Line(30, y + 13, 180, y + 13, 0.4, AURO))
    p.add(Box(30, y, 55, 26, color=None, fill=(0.98, 0.92, 0.88)))
    p.at(57.5, y + 8.6, "今回ご入金額", size=11, font="sans-bold", align="c")
    p.at(57.5, y + 21.6, "お支払期限", size=11, font="sans-bold", align="c")
    p.at(172, y + 9.3, f"{KJ_MON:,}円", size=15, font="sans-bold", align="r")
    p.at(172, y + 22.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold", align="r", color=RED)
    p.y = y + 31
    p.line("（ご参考）和解契約の状況", size=9.8, font="sans-bold")
    rows = [["和解金額", f"{KJ_WAKAI:,}円（{KJ_MON:,}円×{KJ_N}回）", "和解日", wdate(D(2025, 5, 23))],
            ["お支払済み", f"{paid}回　{paid * KJ_MON:,}円", "最終ご入金日", wdate(KJ_LAST)],
            ["和解金残額", f"{rest:,}円", "次回お支払日", f"{wdate(nxt)}　{KJ_MON:,}円"]]
    p.y = grid(p, 15, p.y, [26, 64, 28, 63], rows, h=7.5, size=9.3) + 3
    p.para(f"※和解契約第3条により、分割金のお支払いを2回以上怠り、その額が{2 * KJ_MON:,}円に達した場合は、期限の利益を失い、"
           "和解金残額及び遅延損害金を一括してお支払いいただくことになります。お早めのご入金をお願いいたします。", size=9.2,
           indent="")
    p.para(f"※本債権は、{KJ_ORIG}から{wdate(KJ_ASSIGN)}に当社が譲り受けたものです。", size=9.2, indent="")
    p.para("※本状と行き違いにご入金いただいた場合はご容赦ください。", size=9.2, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.3, GRAY))
    for i, s in enumerate(["アウロラ債権回収株式会社　九州回収センター", "法務大臣許可番号　第76号",
                           "〒812-0000　福岡県福岡市博多区てっせん通九丁目9番9号",
                           "お問合せ　0120-000-761（平日 9:00～19:00）　担当　生形",
                           "お振込先　ひばな銀行 本店営業部 普通 7606318 アウロラサイケンカイシュウ（カ"]):
        p.at(19, y + 6 + i * 5.3, s, size=10 if i == 0 else 9, font="sans-bold" if i == 0 else "sans")
    p.seal(183, y + 13, 12, "square", "アウロラ債権回収印", angle=2, seed=40061)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-761", creditor="アウロラ債権回収株式会社", status="licensed", original=KJ_ORIG,
               debtor="鯨井詩子", total=KJ_MON, lump=False, issued=issued, payment_due=due, last_payment=KJ_LAST,
               assignment=KJ_ASSIGN, reference=KJ_REF, input_kind="photo_jpeg",
               template="proxy40_real_servicer_one_late_instalment_photo", received=D(2025, 12, 19))
    return dict(stem="aw06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, fill=0.83, warm=0.2, shadow=0.22,
                          shadow_side="bottom"),
                about="collection_notice (real servicer, ONE late 分割金 of a 和解, not a lump sum)",
                unusual="phone photo on tatami with creases and a hand shadow at the bottom; real servicer ★ アウロラ債権回収 "
                        "(Latin 「AURORA」 on a rust band; 「法務大臣許可番号　第76号」 only in the grey sender box at the bottom); "
                        "it asks ONLY for the 7th 分割金 14,000 (今回ご入金額, total only, components null, lump false) in a "
                        "2-row framed box with the お支払期限 in red; a ご参考 grid (和解金額 420,000, 6 paid 84,000, 和解金残額 "
                        "336,000, 和解日, the NEXT instalment 1/10 14,000 — distractors) with the 最終ご入金日; the 28,000 "
                        "default threshold; 原債権者 and 譲受日 only in a note")


# ---------------------------------------------------------------------------------------------
# aw07 パルティール債権回収 (real): 一括 demand of an old card debt + p.2 債務承認書 兼 分割弁済申出書 with □ boxes.


def aw07():
    R = 14.6
    issued, due = D(2026, 4, 14), D(2026, 4, 30)
    acc, lastp, assign = D(2021, 2, 27), D(2020, 11, 27), D(2023, 9, 29)
    P, I = 318_450, 12_771
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 18, "パルティール債権回収株式会社", size=13.5, font="sans-bold", color=OLIVE)
    p.at(15, 23, "法務大臣許可番号 第113号", size=8.5, color=OLIVE)
    stamp(p, 150, 12, "重要", color=RED, size=12)
    stamp(p, 172, 12, "親展", color=RED, size=12)
    p.y = 30
    p.line("〒020-0000　岩手県盛岡市ふゆいちご坂九丁目9番9号", size=9.8)
    p.line("蒔苗　孝之　様", size=13.5)
    p.at(196, 33, f"{era(issued)}", size=9.8, align="r")
    p.at(196, 38, "管理番号　PT-0929-77315", size=9.8, align="r")
    p.gap(5)
    p.title("ご請求書（債務承認書在中）", size=15)
    p.para(f"貴殿が株式会社さやえんどう信販との間で締結されたカード会員契約に基づく債権は、{era(assign)}、当社が譲り受けました。"
           "当社から再三ご連絡を差し上げておりますが、現在に至るまでご入金がございません。", size=9.6)
    p.para("つきましては、下記ご請求金額をお支払期限までに一括してお支払いください。一括でのお支払いが困難な場合は、同封の"
           "「債務承認書 兼 分割弁済申出書」にご記入のうえ、同じ期限までにご返送ください。", size=9.6)
    p.gap(1)
    rows = [["ご請求内訳", f"{era(issued)}現在"], ["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
            [f"遅延損害金（{era(acc + timedelta(1))}から年{R:g}%）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]]
    p.table(rows, [110, 50], x=25, header=True, aligns="lr", size=9.8, row_h=7.2)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 12, 1.0))
    p.at(30, y + 8, "お支払期限（申出書ご返送期限）", size=10, font="sans-bold")
    p.at(180, y + 8.4, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold", align="r")
    p.y = y + 16
    p.line("ご契約内容", size=9.8, font="sans-bold")
    p.kv([("原債権者", "株式会社さやえんどう信販"), ("ご契約", "カード会員契約（平成29年6月）"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲受日", era(assign))],
         x=25, label_w=34, size=9.3)
    p.gap(2)
    p.para("お振込先　あさひね銀行 盛岡支店 普通預金 1130929　パルティールサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※期限までにお支払い又はご連絡がない場合、法的手続の検討に入らせていただきます。", size=9.3, indent="")
    p.gap(3)
    y = p.y
    for i, s in enumerate(["パルティール債権回収株式会社　東北管理部", "〒980-0000　宮城県仙台市宮城野区つりがね町九丁目9番9号",
                           "TEL 022-000-1133　FAX 022-000-1134　（平日 9:00～18:00）　担当　片寄"]):
        p.at(15, y + 4 + i * 5, s, size=9.8 if i == 0 else 9, font="sans-bold" if i == 0 else "sans")
    p.seal(185, y + 8, 12, "square", "パルティール債権回収印", angle=-2, seed=40071)
    q = Page(font="sans", size=10, top=14)
    q.at(196, 17, "管理番号　PT-0929-77315", size=9, align="r")
    q.y = 20
    q.title("債務承認書 兼 分割弁済申出書", size=15)
    q.line("パルティール債権回収株式会社　御中", size=10.5)
    q.gap(2)
    q.para(f"私は、貴社が株式会社さやえんどう信販から譲り受けた私に対する債権について、{era(issued)}現在、金{T:,}円の債務を"
           "負担していることを承認します。", size=10)
    q.para("つきましては、下記のとおりの支払を申し出ます。（該当する□に✓、空欄にご記入ください）", size=10)
    q.gap(3)
    yy = q.y + 3
    for s in ("一括で支払います。　　支払予定日　令和　　年　　月　　日",
              "分割で支払います。　　月額　　　　　　　円　／　毎月　　　日払い",
              "　　　　　　　　　　　初回支払予定日　令和　　年　　月　　日",
              "ボーナス月に増額して支払います。　増額分　　　　　　　円"):
        if s.startswith("　"):
            q.at(31.2, yy, s, size=10)
        else:
            box_check(q, 26, yy, s, size=10)
        yy += 9
    q.y = yy + 3
    for lab in ("ご記入日　令和　　年　　月　　日", "ご住所", "ご氏名（自署）　　　　　　　　　　　　　　　　　　　印", "電話番号"):
        q.line(lab, x=26, size=10.5)
        q.add(Line(26, q.y - 0.8, 186, q.y - 0.8, 0.25))
        q.gap(5)
    q.gap(2)
    q.para("※ご記入後、同封の返信用封筒にてご返送ください。申出の内容により、別途、分割弁済の条件をご案内いたします。", size=9,
           indent="")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="022-000-1133", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社さやえんどう信販", debtor="蒔苗孝之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="PT-0929-77315", input_kind="pdf_text_2page",
               template="proxy40_real_servicer_demand_with_debt_acknowledgement_form", received=D(2026, 4, 16))
    return dict(stem="aw07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括 demand with a 債務承認書 form, 2 pages)",
                unusual="real servicer ★ パルティール債権回収 with 「法務大臣許可番号 第113号」 under its olive name top-left and "
                        "重要 / 親展 marks; title 「ご請求書（債務承認書在中）」; an old card debt (平成29年 contract, last payment "
                        "2020, 喪失 2021); a 2-column table with the header 「ご請求内訳 / 令和8年4月14日現在」 (残元金 / 未払利息 "
                        "/ 遅延損害金 with start and rate / ご請求金額); one framed date 「お支払期限（申出書ご返送期限）」 "
                        "(= payment_due); lump true; TEL and FAX on one line; p.2 a 債務承認書 兼 分割弁済申出書 that repeats "
                        "the total as an acknowledged sum, with □ boxes (一括 / 分割 月額 / ボーナス増額) and blank lines")


# ---------------------------------------------------------------------------------------------
# aw08 日本債権回収 (real, no licence number printed): a postcard with a detachable reply card of □ boxes; scanned.


def aw08():
    R = 18.0
    issued, due = D(2026, 5, 11), D(2026, 5, 29)
    acc, assign = D(2025, 9, 4), D(2026, 1, 30)
    P, I = 193_640, 4_118
    L = late(P, R, acc + timedelta(1), D(2026, 5, 8))
    T = P + I + L
    p = Page(w=148, h=100, font="sans", size=8, top=6, left=6, right=6)
    # left half: the notice
    p.at(6, 10, "日本債権回収株式会社", size=9.5, font="sans-bold", color=NAVY)
    p.at(6, 14, "ご返済に関するご意向確認のお願い", size=8.6, font="sans-bold")
    p.at(74, 10, era(issued), size=6.8, align="r")
    p.y = 16.5
    for s in ("鶴賀 浩一 様", ):
        p.line(s, x=6, size=9.5)
    text = (f"海松カード株式会社から当社が{era(assign)}に譲り受けた債権について、お支払いが確認できておりません。下記ご請求額を"
            "一括でお支払いいただくか、右の返信はがきでご返済のご意向をお知らせください。")
    for ln in wrap_nb(text, 67, 6.6, "sans", "　"):
        p.line(ln, x=6, size=6.6)
    p.gap(0.8)
    y = p.y
    rows = [("元金", P), ("利息", I), (f"損害金（年{R:g}%、5/8まで）", L), ("ご請求額", T)]
    for i, (lab, v) in enumerate(rows):
        yy = y + i * 4.6
        p.add(Box(6, yy, 68, 4.6, 0.2, (0, 0, 0), SHADE if i == 3 else None))
        p.at(7.5, yy + 3.3, lab, size=6.6, font="sans-bold" if i == 3 else "sans")
        p.at(72.5, yy + 3.3, f"{v:,}円", size=7.2 if i == 3 else 6.8, font="sans-bold" if i == 3 else "sans", align="r")
    y += 4 * 4.6 + 4
    p.at(6, y, f"お支払期限　{era(due)}（{wd(due)}）", size=7.6, font="sans-bold", color=RED)
    p.at(6, y + 4.2, f"期限の利益喪失日 {era(acc)}　お客様番号 NS-2605-1142", size=5.8)
    p.at(6, y + 7.6, "東京都千代田区しいのき町九丁目9番9号　日本債権回収株式会社", size=5.8)
    p.at(6, y + 10.8, "サービシングセンター　0120-000-047（平日9:00～18:00）", size=6.2, font="sans-bold")
    bars(p, 6, y + 13.5, 50, 2.6, "aw08bar")
    # right half: the reply card behind a perforation
    for yy in range(6, 96, 3):
        p.add(Line(77, yy, 77, yy + 1.6, 0.2, GRAY))
    p.at(112, 10, "返信はがき（切り取ってご投函ください）", size=6.6, font="sans-bold", align="c")
    p.at(80, 15.5, "お客様番号 NS-2605-1142　鶴賀 浩一 様", size=6.4)
    p.at(80, 20.5, "ご希望に✓をお付けください。", size=6.4)
    yy = 26.5
    for s in ("一括で支払う（　　月　　日頃）", "分割で支払いたい　月額（　　　　　）円", "支払猶予を相談したい",
              "電話で相談したい（　　時頃）", "債務整理を弁護士等に依頼した・する予定"):
        p.add(Box(80, yy - 2.7, 3, 3, 0.25))
        p.at(84.5, yy, s, size=6.4)
        yy += 6.2
    p.add(Box(80, yy - 1, 62, 18, 0.25))
    p.at(81.5, yy + 3, "ご署名", size=6)
    p.at(81.5, yy + 9, "ご連絡先電話番号", size=6)
    p.at(81.5, yy + 15, "ご記入日　　年　　月　　日", size=6)
    p.at(112, yy + 22.5, "※ご返送の有無にかかわらず、お支払期限は変わりません。", size=5.5, align="c")
    tr = truth(document_type="collection_notice", sender="日本債権回収株式会社", phone="0120-000-047",
               creditor="日本債権回収株式会社", status="licensed", original="海松カード株式会社", debtor="鶴賀浩一",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, assignment=assign, reference="NS-2605-1142", input_kind="scan_png",
               template="proxy40_real_servicer_postcard_reply_card_boxes", received=D(2026, 5, 13))
    return dict(stem="aw08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, postcard=True, skew=1.2,
                about="collection_notice (real servicer, landscape postcard with a reply card of □ boxes)",
                unusual="a landscape postcard (148 × 100 mm) scanned at 300 dpi; real servicer ★ 日本債権回収株式会社 with NO "
                        "licence number printed (licence null); the left half: tiny print, a 4-row boxed table (元金 / 利息 / "
                        "損害金 with rate and 「5/8まで」 / ご請求額 shaded), the お支払期限 in red, the 喪失日 and お客様番号 in "
                        "5.8-pt print, customer-barcode bars; the right half behind a perforation: a 返信はがき with five □ "
                        "boxes (一括 / 分割 月額 / 支払猶予 / 電話 / 債務整理) and blank signature lines; no last payment printed")


LETTERS = [aw01, aw02, aw03, aw04, aw05, aw06, aw07, aw08]
