"""Proxy set 86, letters cq01–cq08: a real servicer's 減額和解 with a 和解書（案）, a lender's 分割弁済のご案内 with a
36-row 返済予定表, an invented servicer's 縦書き 和解契約書 with a 返送期限, a real servicer's 債務承認書 兼 分割弁済申込書
by fax, a creditor's lawyer's 和解案 to the debtor's lawyer by fax, a real servicer's 和解成立のお知らせ (photo), a
信販's 分割金未払いのご連絡 (photo) and a 簡裁's 調停調書 of a 民事調停 filed by a guarantee company."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    kdate,
    kyen,
    late,
    stamp,
    truth,
    vcheck2,
    vsafe,
    wd,
    wdate,
    window,
)

from samples.letters.fmt import fullwidth, kanji_small
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
ORX = (0.05, 0.30, 0.55)
SEI = (0.16, 0.45, 0.42)
ALF = (0.20, 0.20, 0.45)
SMB = (0.0, 0.42, 0.30)
GRZ = (0.55, 0.25, 0.05)


def add_months(d: D, n: int, day: int | None = None) -> D:
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    if day is None:  # the month's last day
        nxt = D(y + (m == 12), m % 12 + 1, 1)
        return nxt - timedelta(1)
    return D(y, m, day)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# cq01 オリックス債権回収 (real) 減額による和解のご提案, 2 pages: side-by-side 現在のご債務 / ご提案内容 boxes; p.2 和解書（案）.


def cq01():
    issued, reply = D(2026, 4, 17), D(2026, 5, 8)
    acc, last, assign = D(2025, 3, 5), D(2024, 12, 27), D(2025, 11, 28)
    P, I, R = 612_480, 24_913, 18.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W, n, mon = 400_000, 20, 20_000
    assert n * mon == W
    first = D(2026, 5, 27)
    final = add_months(first, n - 1, 27)
    waive = T - W
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 4, 13, color=None, fill=ORX))
    p.at(21, 17, "オリックス債権回収株式会社", size=13, font="sans-bold", color=ORX)
    p.at(21, 22.5, "ORIX Asset Management & Loan Services", size=7, color=GRAY)
    p.at(196, 16, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 21, "ご照会番号　OS-26-04471", size=9.5, align="r")
    window(p, 15, 29, "985-0000", ["宮城県塩竈市糸車町九丁目9番9号"], "斧研　智恵　様", "cq01", w=90, h=30)
    for i, (s, sz) in enumerate((("オリックス債権回収株式会社", 9.5), ("法務大臣許可番号　第11号", 8.5),
                                 ("〒105-0000 東京都港区紡町九丁目9番9号", 8), ("債権管理第二部　担当　樵木", 8.5),
                                 ("フリーダイヤル 0120-000-611", 9.5), ("受付 平日9:00～17:30", 8))):
        p.at(118, 33 + i * 4.6, s, size=sz, font="sans-bold" if i in (0, 4) else "sans")
    p.y = 66
    p.title("減額による和解のご提案", size=15)
    p.para(f"平素より格別のご高配を賜り厚く御礼申し上げます。さて、当社が{wdate(assign)}に株式会社さくら貝カードから譲り"
           "受けました貴殿に対する債権につきまして、先般お申出のありましたご返済条件のご相談を踏まえ、下記のとおり"
           "一部免除による和解をご提案申し上げます。", size=9.8)
    p.para(f"なお、貴殿は{wdate(last)}のご入金を最後にお支払いがなく、{wdate(acc)}をもって期限の利益を喪失されています。",
           size=9.8)
    p.gap(3)
    y0 = p.y
    # left box: the current debt
    p.add(Box(15, y0, 88, 48, 0.5))
    p.add(Box(15, y0, 88, 7, color=None, fill=ORX))
    p.at(59, y0 + 5, f"現在のご債務（{wdate(issued)}現在）", size=9.5, font="sans-bold", color=WHITE, align="c")
    rows = (("残存元金", f"{P:,}円"), ("経過利息", f"{I:,}円"), (f"確定遅延損害金（年{R:.1f}％）", f"{L:,}円"))
    yy = y0 + 14
    for lab, val in rows:
        p.at(18, yy, lab, size=9.5)
        p.at(100, yy, val, size=10, align="r")
        p.add(Line(18, yy + 2, 100, yy + 2, 0.15, GRAY))
        yy += 8
    p.add(Line(18, yy - 2.5, 100, yy - 2.5, 0.5))
    p.at(18, yy + 4, "現在ご債務総額", size=10.5, font="sans-bold")
    p.at(100, yy + 4, f"{T:,}円", size=12, font="sans-bold", align="r")
    # right box: the offer
    p.add(Box(107, y0, 89, 48, 0.5))
    p.add(Box(107, y0, 89, 7, color=None, fill=SHADE))
    p.at(151.5, y0 + 5, "ご提案内容", size=9.5, font="sans-bold", align="c")
    for i, (lab, val) in enumerate((("和解金額", f"{W:,}円"), ("お支払方法", f"毎月27日 {mon:,}円×{n}回"),
                                    ("初回お支払日", wdate(first)), ("最終回お支払日", wdate(final)),
                                    ("免除額（完済時）", f"{waive:,}円"))):
        p.at(110, y0 + 14 + i * 7.3, lab, size=9)
        p.at(193, y0 + 14 + i * 7.3, val, size=9.5, align="r")
    p.y = y0 + 53
    p.para("和解金額を上記のとおり遅滞なくお支払いいただいた場合、当社は現在ご債務総額から和解金額を差し引いた残額の"
           "支払を免除いたします。分割金の支払を2回以上怠り、その額が40,000円に達したときは、当然に期限の利益を失い、"
           "免除前のご債務総額から既払額を控除した残額を直ちにお支払いいただきます。", size=9.3)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2, RED))
    p.at(20, y + 8.6, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(52, y + 8.8, f"{wdate(reply)}（{wd(reply)}）当社必着", size=13, font="sans-bold")
    p.at(192, y + 8.4, "2枚目の和解書に署名押印のうえご返送ください", size=8, align="r")
    p.y = y + 18
    p.para("※ご回答期限までに和解書のご返送がない場合、本ご提案は効力を失います。※本状と行き違いにご入金いただいた場合"
           "はご容赦ください。※ご不明な点は担当までお問い合わせください。", size=8.3, indent="")
    q = Page(font="serif", size=10.5, top=18)
    q.title("和 解 書（案）", size=16, font="serif-bold")
    q.para("オリックス債権回収株式会社（以下「甲」という。）と斧研智恵（以下「乙」という。）は、甲が株式会社さくら貝カード"
           "から譲り受けた債権（以下「本件債権」という。）について、次のとおり和解する。", size=10.3)
    q.gap(2)
    arts = [
        f"第1条　乙は、甲に対し、本件債権に係る債務として、{wdate(issued)}現在、金{T:,}円（残存元金{P:,}円、経過利息"
        f"{I:,}円及び確定遅延損害金{L:,}円の合計）の支払義務があることを認める。",
        f"第2条　乙は、甲に対し、前条の債務のうち金{W:,}円（以下「和解金」という。）を、{wdate(first)}から{wdate(final)}"
        f"まで、毎月27日限り金{mon:,}円ずつ{n}回に分割して、甲の指定する口座に振り込んで支払う。振込手数料は乙の負担とする。",
        "第3条　乙が前条の分割金の支払を2回以上怠り、その額が金40,000円に達したときは、乙は当然に期限の利益を失い、"
        "第1条の金額から既払額を控除した残額を直ちに支払う。",
        "第4条　乙が第2条の和解金を遅滞なく完済したときは、甲は乙に対し、第1条の金額から和解金を控除した残額の支払を"
        "免除する。",
        "第5条　甲及び乙は、本件債権に関し、本和解書に定めるもののほか、何らの債権債務がないことを相互に確認する。",
    ]
    for a in arts:
        q.para(a, x0=22, x1=190, size=10.2, indent="")
        q.gap(1.5)
    q.gap(4)
    q.line("令和　　年　　月　　日", x=30, size=10.5)
    q.gap(4)
    q.line("甲　東京都港区紡町九丁目9番9号", x=30, size=10.5)
    q.line("　　オリックス債権回収株式会社　代表取締役　旗屋　隆之", x=30, size=10.5)
    q.seal(176, q.y - 4, 14, "square", "オリックス債権回収印", angle=2, seed=86011)
    q.gap(6)
    q.line("乙　住所", x=30, size=10.5)
    q.add(Line(48, q.y - 1, 180, q.y - 1, 0.3))
    q.gap(6)
    q.line("　　氏名（自署）　　　　　　　　　　　　　　　　　　　　印", x=30, size=10.5)
    q.add(Line(60, q.y - 1, 180, q.y - 1, 0.3))
    q.gap(10)
    q.para("※本書2通のうち1通に署名押印のうえ、ご回答期限までに同封の返信用封筒でご返送ください。控えは1通お手元に"
           "保管してください。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社さくら貝カード", debtor="斧研智恵", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=last,
               assignment=assign, reference="OS-26-04471", input_kind="pdf_text_2page",
               template="proxy86_servicer_discount_settlement_side_boxes", received=D(2026, 4, 20))
    return dict(stem="cq01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, 減額和解 + 和解書（案）, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 (「法務大臣許可番号　第11号」) with a Latin sub-line; the "
                        "current debt and the offer in TWO BOXES SIDE BY SIDE (left 現在のご債務 with the labels 残存元金 / "
                        "経過利息 / 確定遅延損害金（年18.0％） / 現在ご債務総額, right ご提案内容 with 和解金額 400,000, 20,000 × 20, "
                        "初回, 最終回 and 免除額 — distractors); 譲受, last payment and 喪失 in the prose; a red-framed "
                        "ご回答期限 …当社必着; p.2 a serif 和解書（案） whose 第1条 repeats the debt and 第3条 has the 40,000 "
                        "threshold")


# ---------------------------------------------------------------------------------------------
# cq02 青磁台ファイナンス (lender) 分割弁済のご案内 + 36-row 返済予定表 on p.2.


def cq02():
    issued, reply = D(2026, 5, 7), D(2026, 5, 22)
    acc, last = D(2026, 2, 2), D(2025, 11, 25)
    P, I, R = 398_200, 7_146, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n = 36
    mon = (T // n) // 100 * 100
    first_amt = T - (n - 1) * mon
    assert first_amt >= mon and first_amt + (n - 1) * mon == T
    first = D(2026, 6, 27)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=SEI))
    p.at(15, 6.3, "SEIJIDAI FINANCE", size=9, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "ご返済に関する大切なお知らせ", size=8.5, color=WHITE, align="r")
    p.y = 16
    p.line("〒371-0000", x=18, size=10)
    p.line("群馬県前橋市算盤町九丁目9番9号", x=18, size=10.5)
    p.line("稲員　洋平　様", x=22, size=13.5)
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 23, "お客様番号：SJ-0507-2231", size=9.5, align="r")
    p.at(196, 35, "青磁台ファイナンス株式会社", size=10.5, font="sans-bold", align="r")
    p.at(196, 40, "債権管理センター　担当　鳶尾", size=9, align="r")
    p.at(196, 44.5, "TEL 027-000-3316（平日9時～18時）", size=9, align="r")
    p.at(196, 49, "関東財務局長(3)第00000号", size=7.5, color=GRAY, align="r")
    p.y = 56
    p.title("分割弁済のご案内", size=15, color=SEI)
    p.para("先日はお電話にてご返済についてご相談いただき、誠にありがとうございました。ご相談の内容をもとに、現在のご債務を"
           f"{n}回に分割してお支払いいただく計画を作成いたしましたので、ご案内いたします。", size=9.8)
    p.gap(2)
    p.line("■ 現在のご債務", size=10.5, font="sans-bold", color=SEI)
    p.table([["ご債務の内容", "金額", "備考"],
             ["貸付金残高", f"{P:,}円", "ご契約番号 2019-03-7714"],
             ["未払利息", f"{I:,}円", f"{wdate(last)}まで計算済"],
             [f"遅延損害金（年{R:.1f}％）", f"{L:,}円", f"{wdate(acc + timedelta(1))}～{wdate(issued)}"],
             ["ご債務合計", f"{T:,}円", f"{wdate(issued)}現在"]],
            [50, 38, 82], x=20, header=True, aligns="lrl", size=9.5, row_h=7.2)
    p.para(f"（{wdate(last)}を最後にご返済がなく、{wdate(acc)}に期限の利益を喪失しています。）", x0=20, size=8.8, indent="")
    p.gap(2)
    p.line("■ 分割弁済の内容", size=10.5, font="sans-bold", color=SEI)
    for lab, val in (("お支払回数", f"{n}回"), ("第1回お支払日・額", f"{wdate(first)}　{first_amt:,}円"),
                     ("第2回以降", f"毎月27日　{mon:,}円（休日の場合は翌営業日）"),
                     ("最終回", f"{wdate(add_months(first, n - 1, 27))}")):
        b = p.line(lab, x=24, size=9.8)
        p.at(70, b, val, size=9.8)
    p.para("本分割弁済にご同意いただいた場合、同意日以降の遅延損害金はいただきません。分割金のお支払いが2回分以上遅れたときは、"
           "改めてご債務の残額全額を一括でご請求いたします。返済予定表は2枚目をご覧ください。", size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 16, 0.8, SEI, (0.92, 0.96, 0.95)))
    p.at(23, y + 6.5, "同封の「分割弁済同意書」にご署名のうえ、下記の期限までにご返送ください。", size=9.5)
    p.at(23, y + 12.8, "返送期限", size=10.5, font="sans-bold", color=SEI)
    p.at(45, y + 13, f"{wdate(reply)}（{wd(reply)}）", size=12, font="sans-bold")
    p.y = y + 21
    p.para("※期限までにご返送がない場合は、従前どおりご債務合計額を一括でお支払いいただくことになります。", size=8.5, indent="")
    bars(p, 18, 284, 60, 3.5, "cq02bar")
    # page 2: the schedule
    q = Page(font="sans", size=9, top=14)
    q.line("返済予定表", size=14, font="sans-bold", align="c", color=SEI)
    q.line(f"お客様番号 SJ-0507-2231　稲員 洋平 様　（ご債務合計 {T:,}円・{n}回払い）", size=9, align="c")
    q.gap(3)
    rows = []
    rest = T
    d = first
    for k in range(1, n + 1):
        amt = first_amt if k == 1 else mon
        rest -= amt
        rows.append([f"{k}", slash(d), f"{amt:,}", f"{rest:,}"])
        d = add_months(first, k, 27)
    assert rest == 0
    hdr = ["回", "返済予定日", "返済額（円）", "返済後残高（円）"]
    y0 = q.y
    for half, xs in ((rows[:18], 16), (rows[18:], 110)):
        q.y = y0
        q.table([hdr] + half, [10, 24, 24, 28], x=xs, header=True, aligns="cccr", size=8.6, row_h=6.4)
    q.y += 3
    q.para(f"返済額合計　{T:,}円（第1回 {first_amt:,}円＋{mon:,}円×{n - 1}回）", x0=16, size=9.5, indent="")
    q.para("※返済予定日が土・日・祝日の場合は翌営業日のお引落し（お振込み）となります。※繰上返済はいつでも可能です。",
           x0=16, size=8.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="青磁台ファイナンス株式会社", phone="027-000-3316",
               creditor="青磁台ファイナンス株式会社", status="not_applicable", debtor="稲員洋平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=last, reference="SJ-0507-2231", input_kind="pdf_text_2page",
               template="proxy86_lender_instalment_guide_36_row_schedule", received=D(2026, 5, 9))
    return dict(stem="cq02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (consumer lender, 分割弁済のご案内 + 返済予定表, 2 pages)",
                unusual="a consumer lender's plan after a phone call: a teal top band with the Latin brand; a 3-column "
                        "table (ご債務の内容 / 金額 / 備考) whose 備考 column holds a contract number, the interest cut-off "
                        "date and the damage window; labels 貸付金残高 / 未払利息 / 遅延損害金（年20.0％） / ご債務合計; the "
                        "返送期限 in a tinted box (= payment_due); p.2 a 36-row 返済予定表 in TWO side-by-side halves with "
                        "slash dates and 返済後残高 (first instalment larger; all distractors); 貸金業 registration number")


# ---------------------------------------------------------------------------------------------
# cq03 鳩羽債権回収 (invented) 縦書き 和解契約書 with a cover paragraph and a 返送期限.


def cq03():
    issued, reply = D(2026, 5, 12), D(2026, 5, 29)
    acc, assign = D(2024, 9, 2), D(2025, 10, 31)  # no last payment is printed
    P, I, R = 284_000, 11_372, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    mon = 10_000
    n, rem = divmod(T, mon)
    first = D(2026, 6, 30)
    final = add_months(first, n)  # the (n+1)-th month carries the remainder
    assert rem > 0 and n * mon + rem == T
    k = lambda d: kdate(d)  # noqa: E731
    cols = [
        ("title", "和解契約書"),
        ("body", f"（ご送付にあたって）先日お電話にてご合意いただいた内容で、本和解契約書を作成いたしました。内容をご確認のうえ、"
                 f"乙の欄にご署名ご捺印いただき、一通を{k(reply)}までに同封の返信用封筒にて当社あてご返送ください。"),
        ("blank", ""),
        ("body", "鳩羽債権回収株式会社（以下「甲」という。）と葭谷千鶴（以下「乙」という。）とは、甲が株式会社アルテアカード"
                 f"から{k(assign)}に譲り受けた乙に対する債権について、以下のとおり和解契約を締結する。"),
        ("body", f"第一条　乙は、{k(acc)}に右債権について期限の利益を喪失したことを確認し、甲に対し、{k(issued)}現在、"
                 "左記の債務を負担していることを認める。"),
        ("indent", f"一　元金　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　（{k(acc + timedelta(1))}から右同日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", f"第二条　乙は、甲に対し、前条の合計額を、{k(first)}から毎月末日限り、金一万円ずつ分割して支払う。ただし、"
                 f"最終回の支払期日は令和{kanji_small(final.year - 2018)}年{kanji_small(final.month)}月末日、その支払額は{kyen(rem)}とする。"),
        ("body", "第三条　乙が前条の分割金の支払を二回以上怠り、その額が金二万円に達したときは、乙は当然に期限の利益を失い、"
                 "甲に対し、第一条の合計額から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済みまで"
                 "年十四・六パーセントの割合による遅延損害金を直ちに支払う。"),
        ("body", "第四条　甲及び乙は、本契約に定めるほか、甲乙間に何らの債権債務のないことを相互に確認する。"),
        ("body", "本契約の成立を証するため、本書二通を作成し、甲乙署名押印のうえ各一通を保有する。"),
        ("blank", ""),
        ("low", f"{k(issued)}作成"),
        ("low", "甲　広島県広島市中区行灯町九丁目九番九号"),
        ("low", "　　鳩羽債権回収株式会社"),
        ("low", "　　法務大臣許可番号第二百八十一号"),
        ("low", "　　代表取締役　帯刀田　修"),
        ("low", "　　電話　〇一二〇（〇〇〇）二八一"),
        ("low", "　　管理番号　ＨＢ－２６０５１２"),
        ("blank", ""),
        ("low", "乙　広島県福山市燭台町九丁目九番九号"),
        ("low", "　　葭谷　千鶴　　　　　　　　　印"),
    ]
    size = 9.8
    pages = vertical_page(vsafe(cols, size=size, top=18.0, bottom=280.0), size=size, col_pitch=5.6, left_limit=10.0,
                          top=18.0, bottom=280.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    for pg in pages:
        for it in list(pg.items):
            if isinstance(it, VText) and "代表取締役" in it.s:
                pg.items.append(Seal(it.x + 0.6, it.y + (len(it.s) + 1.2) * size * 0.3528 * 1.05, 8, "square",
                                     "鳩羽債権回収代表印", angle=-2, seed=86031))
    tr = truth(document_type="settlement_proposal", sender="鳩羽債権回収株式会社", license_number=281,
               phone="0120-000-281", creditor="鳩羽債権回収株式会社", status="unverified",
               original="株式会社アルテアカード", debtor="葭谷千鶴", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=None,
               assignment=assign, reference="HB-260512", input_kind="vertical_pdf",
               template="proxy86_vertical_invented_servicer_settlement_contract", received=D(2026, 5, 14))
    return dict(stem="cq03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="settlement_proposal (invented servicer, 縦書き 和解契約書 with a 返送期限)",
                unusual="a 縦書き 和解契約書 between 甲 (an INVENTED servicer 鳩羽債権回収株式会社, 「法務大臣許可番号第二百八十一号」 "
                        "in kanji → 281, unverified) and 乙 (the debtor, pre-printed with 印); the 返送期限 only in the "
                        "bracketed 「（ご送付にあたって）」 paragraph before the contract; 第一条 the debt in positional kanji "
                        "(元金 / 利息 / 遅延損害金 with its window and 年十四・六パーセント / 合計); 第二条 金一万円 monthly with a "
                        "kanji final month and remainder; the 喪失 date in 第一条, no last payment printed; the 作成 date, licence, phone and 管理番号 in the 甲 block at the end")


# ---------------------------------------------------------------------------------------------
# cq04 アルファ債権回収 (real) 債務承認書 兼 分割弁済申込書, 2-page fax: a 送信票 with the debt, p.2 the pre-filled form.


def cq04():
    issued, reply = D(2026, 6, 2), D(2026, 6, 16)
    acc, last, assign = D(2025, 7, 28), D(2025, 5, 27), D(2025, 12, 19)
    P, I, R = 436_900, 15_220, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    mon = 15_000
    n, rem = divmod(T, mon)
    first = D(2026, 7, 10)
    final = add_months(first, n, 10)
    assert rem > 0 and n * mon + rem == T
    p = Page(font="sans", size=10, top=12)
    p.line("ＦＡＸ送信票", size=16, font="sans-bold", align="c")
    p.gap(1)
    p.table([["宛先", "笠智　恭介　様", "FAX", "0276-00-4418"],
             ["送信元", "アルファ債権回収株式会社　管理第一課　錨谷", "TEL", "03-0000-1016"],
             ["送信日", f"{wdate(issued)}（{wd(issued)}）", "FAX", "03-0000-1017"],
             ["枚数", "2枚（本票を含む）", "管理No.", "AL-2606-0219"]],
            [20, 92, 20, 48], x=15, aligns="llll", size=9.5, row_h=7.5, shade_col0=True)
    p.gap(4)
    p.line("件名：債務承認書 兼 分割弁済申込書のご送付", size=11, font="sans-bold")
    p.gap(1)
    p.para(f"本日はお電話をいただきありがとうございました。当社が光洋信販株式会社から{wdate(assign)}に譲り受けました債権に"
           "つきまして、お電話でお伺いしたご返済のご希望（毎月15,000円）をもとに、2枚目の「債務承認書 兼 分割弁済申込書」を"
           "作成いたしました。内容をご確認のうえ、ご署名・ご捺印をいただき、下記期限までにFAX又は郵送にてご返送ください。",
           size=9.8)
    p.gap(2)
    p.line(f"【本日現在のご債務】（{wdate(issued)}現在）", size=10, font="sans-bold")
    p.table([["元本", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{wdate(acc + timedelta(1))}から 年{R}％）", f"{L:,}円"], ["ご債務残高", f"{T:,}円"]],
            [110, 45], x=22, aligns="lr", size=9.8, row_h=7.2, ruled="rows")
    p.para(f"最終ご入金日　{wdate(last)}　／　期限の利益喪失日　{wdate(acc)}", x0=22, size=9.3, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 11, 1.3))
    p.at(20, y + 7.5, "ご返送期限", size=10.5, font="sans-bold")
    p.at(48, y + 7.7, f"{wdate(reply)}（{wd(reply)}）必着", size=12, font="sans-bold")
    p.y = y + 15
    p.para("アルファ債権回収株式会社（法務大臣許可番号第101号）　〒100-0000 東京都千代田区算盤町九丁目9番9号", size=8.5,
           indent="")
    p.para("※本送信票の内容にお心当たりのない場合は、お手数ですが上記TELまでご連絡ください。", size=8.5, indent="")
    q = Page(font="serif", size=10.5, top=14)
    q.at(196, 16, "管理No. AL-2606-0219", size=9, align="r", font="sans")
    q.y = 20
    q.title("債務承認書 兼 分割弁済申込書", size=15, font="serif-bold")
    q.line("アルファ債権回収株式会社　御中", size=11)
    q.gap(3)
    q.para("私は、貴社に対し、下記１の債務を負担していることを承認し、その弁済について、下記２のとおり分割弁済を申し込み"
           "ます。", size=10.3)
    q.line("記", size=10.5, align="c")
    q.line("１　債務の表示", size=10.5, font="serif-bold")
    for lab, val in (("原債権者", "光洋信販株式会社"), ("債権譲受日", wdate(assign)),
                     ("元本", f"金{P:,}円"), ("利息", f"金{I:,}円"),
                     ("遅延損害金", f"金{L:,}円（{wdate(issued)}まで）"), ("合計", f"金{T:,}円")):
        b = q.line(lab, x=30, size=10.3)
        q.at(70, b, val, size=10.3)
    q.gap(2)
    q.line("２　分割弁済の方法", size=10.5, font="serif-bold")
    q.para(f"上記合計額を、{wdate(first)}を第1回として、毎月10日限り金{mon:,}円ずつ支払う。ただし、最終回（第{n + 1}回、"
           f"{wdate(final)}）は金{rem:,}円とする。支払は貴社指定の口座への振込みによる。", x0=30, x1=190, size=10.3, indent="")
    q.gap(4)
    for lab in ("記入日　　令和　　年　　月　　日", "住所　　福島県いわき市鋳物師町九丁目9番9号", "氏名　　笠智　恭介　（自署）",
                "電話番号"):
        q.line(lab, x=30, size=10.5)
        q.add(Line(30, q.y - 1, 186, q.y - 1, 0.3))
        q.gap(5)
    q.at(182, q.y - 16, "㊞", size=14)
    q.gap(2)
    y = q.y
    q.add(Box(30, y, 156, 16, 0.4, None, SHADE))
    q.at(34, y + 6, f"ご返送期限　{wdate(reply)}（{wd(reply)}）必着", size=10.5, font="sans-bold")
    q.at(34, y + 12, "返送先FAX 03-0000-1017　／　郵送 〒100-0000 東京都千代田区算盤町九丁目9番9号", size=8.5, font="sans")
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1016", creditor="アルファ債権回収株式会社", status="licensed",
               original="光洋信販株式会社", debtor="笠智恭介", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=last, assignment=assign,
               reference="AL-2606-0219", input_kind="fax_tiff",
               template="proxy86_servicer_acknowledgement_instalment_form_fax", received=issued)
    return dict(stem="cq04", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 11:48 ALPHA SAIKEN 03-0000-1017",
                about="settlement_proposal (real servicer, 債務承認書 兼 分割弁済申込書, 2-page fax)",
                unusual="2-page G4 fax; p.1 a ruled FAX送信票 grid (宛先 with the debtor's OWN FAX, 送信元, 送信日 with weekday, "
                        "枚数, TEL and FAX, 管理No.), a rows-ruled 本日現在のご債務 table (元本 / 利息 / 遅延損害金 with its "
                        "window / ご債務残高), 最終ご入金日 and 喪失日 on one line; real servicer ★ アルファ債権回収株式会社 "
                        "with 「法務大臣許可番号第101号」 only in a footer line; p.2 the serif form 債務承認書 兼 分割弁済申込書 "
                        "pre-filled with the debt (記 １) and the plan (15,000 a month from 7/10, a final remainder — "
                        "distractors), blank signature lines and the 返送期限 again in a grey box")


# ---------------------------------------------------------------------------------------------
# cq05 creditor's lawyer → debtor's lawyer: 和解案, one-page fax with a comparison table.


def cq05():
    issued, reply, base = D(2026, 5, 20), D(2026, 6, 3), D(2026, 4, 30)
    acc, last = D(2026, 1, 5), D(2025, 10, 27)
    P, I, R = 522_300, 8_904, 17.8
    L = late(P, R, acc + timedelta(1), base)
    T = P + I + L
    W = P + I
    mon = 20_000
    n, rem = divmod(W, mon)
    n2, r2 = divmod(W, 10_000)  # the debtor's lawyer's own proposal (a distractor)
    assert rem > 0 and r2 > 0
    p = Page(font="serif", size=10, top=12)
    p.at(196, 15, "令和8年5月20日", size=10, align="r")
    p.at(196, 20, "当職事件番号　SE-2605-031", size=9.5, align="r")
    p.y = 18
    p.line("琵琶坂総合法律事務所", size=10.5)
    p.line("弁護士　琵琶坂　透　先生", size=12)
    p.line("（FAX 045-000-7262）", size=9)
    p.gap(2)
    for s in ("〒231-0000 神奈川県横浜市中区研屋町九丁目9番9号", "墨江法律事務所", "株式会社れんげ草ローン代理人",
              "弁護士　墨　江　正　臣", "TEL 045-000-5813　FAX 045-000-5814"):
        p.line(s, x=120, size=9.5)
    p.seal(188, p.y - 12, 11, "square", "弁護士墨江正臣印", angle=3, seed=86051)
    p.gap(3)
    p.title("ご連絡（和解案のご提示）", size=14, font="serif-bold")
    b = p.line("債務者　鞍谷　美和　氏", size=11, font="serif-bold")
    p.at(196, b, "（貴職整理番号 BW-26-112）", size=9, align="r")
    p.gap(1)
    p.para("冠省　標記債務者に関する令和8年3月9日付受任通知及び同年4月23日付ご提案書を拝受いたしました。当職は株式会社"
           "れんげ草ローン（以下「当社」）の代理人として、当社の債権額をお知らせするとともに、下記のとおり和解案をご提示"
           "いたします。", size=9.8)
    p.gap(1)
    p.line("１　当社債権額（令和8年4月30日現在）", size=10.2, font="serif-bold")
    p.table([["貸付元金", f"{P:,}円"], ["利息（約定）", f"{I:,}円"],
             [f"遅延損害金（年{R}％、令和8年1月6日から）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [100, 45], x=26, aligns="lr", size=9.8, row_h=6.8, ruled="grid")
    p.para("（最終弁済日　令和7年10月27日、期限の利益喪失日　令和8年1月5日）", x0=26, size=9, indent="")
    p.gap(1)
    p.line("２　和解条件の比較", size=10.2, font="serif-bold")
    p.table([["項目", "貴職ご提案（4月23日付）", "当方和解案"],
             ["和解金額", f"{W:,}円", f"{W:,}円"],
             ["月額", f"10,000円（最終回{r2:,}円）", f"{mon:,}円（最終回{rem:,}円）"],
             ["支払回数", f"{n2 + 1}回", f"{n + 1}回"],
             ["初回支払日", "令和8年6月末日", "令和8年6月末日"],
             ["遅延損害金・将来利息", "免除", "免除"]],
            [42, 56, 66], x=26, header=True, aligns="lcc", size=9.3, row_h=6.6)
    p.para(f"分割金の支払を2回以上怠り、その額が{mon * 2:,}円に達したときは期限の利益を失い、残額及び年{R}％の遅延損害金を"
           "支払う旨の条項を付すことを条件とします。", x0=26, size=9.3, indent="")
    p.gap(2)
    p.para(f"つきましては、上記当方和解案に対するご回答を、令和8年6月3日（{wd(reply)}）までに当職あてFAXにてお寄せください。"
           "ご了承いただけましたら、和解契約書を当職にて作成し、お送りいたします。", size=9.8)
    p.line("草々", size=10, align="r")
    tr = truth(document_type="settlement_proposal", sender="墨江法律事務所", phone="045-000-5813",
               creditor="株式会社れんげ草ローン", status="not_applicable", debtor="鞍谷美和", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=last, reference="SE-2605-031", input_kind="fax_tiff",
               template="proxy86_lawyer_to_lawyer_settlement_comparison_fax", received=issued)
    return dict(stem="cq05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}-{issued.month:02d}-{issued.day:02d} 16:05 SUMIE LAW 045-000-5814",
                about="settlement_proposal (creditor's lawyer → the debtor's lawyer, one-page fax)",
                unusual="one-page G4 fax from the CREDITOR's lawyer to the DEBTOR's lawyer (addressee 「弁護士 琵琶坂 透 "
                        "先生」 with that office's FAX); the debtor only in a bold 「債務者 鞍谷 美和 氏」 line with the "
                        "other side's 貴職整理番号 beside it; the sender block (address, office, 「株式会社れんげ草ローン代理人」, "
                        "letter-spaced name, TEL / FAX) top-right; 当社債権額 as of 令和8年4月30日 (≠ the letter date) in a "
                        "ruled grid (貸付元金 / 利息（約定） / 遅延損害金（年17.8％…） / 合　計); a 3-column COMPARISON table "
                        "貴職ご提案 vs 当方和解案 (和解金額 531,204, 10,000 a month in 54 vs 20,000 a month in 27 — distractors); the reply date "
                        "only in the prose")


# ---------------------------------------------------------------------------------------------
# cq06 SMBC債権回収 (real) 和解成立のお知らせ, iPhone HEIC.


def cq06():
    issued, agreed = D(2026, 6, 8), D(2026, 6, 3)
    acc, last, assign = D(2025, 4, 1), D(2025, 1, 27), D(2025, 9, 30)
    P, I, R = 318_750, 6_411, 18.0
    L = late(P, R, acc + timedelta(1), agreed)
    T = P + I + L
    K = P + I
    mon = 12_000
    n, rem = divmod(K, mon)
    assert rem > 0
    first = D(2026, 6, 30)
    final = add_months(first, n)
    p = Page(font="sans", size=10.3, top=14)
    p.add(Line(15, 12, 196, 12, 1.6, SMB))
    p.at(15, 20, "SMBC債権回収株式会社", size=13, font="sans-bold", color=SMB)
    p.at(196, 19, f"{wdate(issued)}", size=10, align="r")
    p.y = 28
    p.line("〒003-0000　北海道札幌市白石区簾町九丁目9番9号", size=10)
    p.line("筆坂　健二　様", size=14)
    p.at(196, 31, "お客様番号　5203-118-6670", size=10, align="r")
    p.gap(6)
    p.title("和解成立のお知らせ", size=16, color=SMB)
    p.para(f"このたびは、{wdate(agreed)}のお電話にて、下記のとおりご返済条件について合意（和解）が成立いたしましたので、"
           "その内容をお知らせいたします。下記のとおり、期日までのお支払いをお願いいたします。", size=10)
    p.gap(3)
    p.line("1．和解時のご債務額", size=10.8, font="sans-bold", color=SMB)
    p.table([["ご利用残高（元金）", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（年{R:.0f}％）", f"{L:,}円"], ["和解時のご債務額合計", f"{T:,}円"]],
            [90, 50], x=25, aligns="lr", size=10, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.line("2．和解の内容", size=10.8, font="sans-bold", color=SMB)
    for lab, val in (("和解金（元金＋未払利息）", f"{K:,}円"),
                     ("第1回お支払日", f"{wdate(first)}（{wd(first)}）"),
                     ("第2回以降", f"毎月末日限り　{mon:,}円"),
                     ("最終回", f"{final.year}年{final.month}月末日　{rem:,}円（第{n + 1}回）"),
                     ("遅延損害金", f"{L:,}円は、和解金を遅滞なくお支払いいただいた場合に免除")):
        b = p.line(lab, x=25, size=10)
        p.at(82, b, val, size=10)
    p.gap(3)
    p.line("3．ご契約の内容", size=10.8, font="sans-bold", color=SMB)
    for lab, val in (("原債権者", "星影クレジット株式会社"), ("債権譲受日", wdate(assign)),
                     ("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(last))):
        b = p.line(lab, x=25, size=9.8)
        p.at(82, b, val, size=9.8)
    p.gap(4)
    p.para("お支払いが2回以上遅れ、その額が24,000円以上となった場合には、和解は効力を失い、和解時のご債務額から既払金を差し"
           "引いた金額を一括でお支払いいただくことになりますのでご注意ください。", size=9.3)
    p.gap(3)
    p.line("お振込先　凪野銀行　本店営業部　普通 0452281　ｴｽｴﾑﾋﾞｰｼｰｻｲｹﾝｶｲｼｭｳ(ｶ", size=9.5)
    p.gap(4)
    for s, sz in (("SMBC債権回収株式会社　札幌センター", 10), ("法務大臣許可番号　第10号", 9),
                  ("〒060-0000 北海道札幌市中央区襖町九丁目9番9号", 9), ("お問い合わせ 0120-000-610　担当 傘木", 10)):
        p.line(s, x=110, size=sz)
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="SMBC債権回収株式会社", status="licensed",
               original="星影クレジット株式会社", debtor="筆坂健二", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=first, acceleration=acc, last_payment=last,
               assignment=assign, reference="5203-118-6670", input_kind="photo_heic",
               template="proxy86_servicer_settlement_concluded_heic", received=D(2026, 6, 10))
    return dict(stem="cq06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, fill=0.86, blur=0.8, glare=22.0, warm=0.2),
                about="settlement_proposal (real servicer, 和解成立のお知らせ, iPhone HEIC)",
                unusual="iPhone HEIC on a pale desk with tri-fold creases and a lamp glare; real servicer ★ "
                        "SMBC債権回収株式会社 (「法務大臣許可番号　第10号」 in the bottom sender block, green rule and name); "
                        "the 和解 made by phone on 6/3 (≠ the letter date 6/8); 和解時のご債務額 in a shaded-label table "
                        "(ご利用残高（元金） / 未払利息 / 遅延損害金（年18％） / 和解時のご債務額合計); the 和解金 "
                        "(元金＋未払利息), 12,000 a month, the 最終回 and the waived damages as distractors; 第1回お支払日 with "
                        "weekday (= payment_due); お客様番号 of digits and hyphens; a half-width kana account name")


# ---------------------------------------------------------------------------------------------
# cq07 グランツクレジット (信販) 分割金未払いのご連絡 after one missed instalment, phone photo.


def cq07():
    issued, due = D(2026, 5, 11), D(2026, 5, 25)
    agreed, missed, last = D(2025, 9, 16), D(2026, 4, 27), D(2026, 3, 27)
    W, mon, paid = 540_000, 15_000, 6
    P = W - paid * mon
    R = 14.6
    L = late(mon, R, missed + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10.3, top=14)
    p.at(15, 19, "GRANZ", size=18, font="sans-bold", color=GRZ)
    p.at(46, 19, "株式会社グランツクレジット", size=10.5, color=GRZ)
    stamp(p, 160, 12, "重要なお知らせ", color=RED, size=10.5)
    p.y = 28
    p.line("〒930-0000　富山県富山市瓦葺九丁目9番9号", size=10)
    p.line("籠島　さやか　様", size=13.5)
    p.at(196, 30, f"通知日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 35, "会員番号 ****-****-****-2207", size=9, align="r")
    p.at(196, 40, "協定番号 GZ-K-250916-041", size=9.5, align="r")
    p.gap(6)
    p.add(Box(15, p.y, 181, 10, color=None, fill=GRZ))
    p.at(105.5, p.y + 7, "分割金未払いのご連絡", size=14, font="sans-bold", color=WHITE, align="c")
    p.y += 15
    p.para(f"{wdate(agreed)}付で締結いたしました分割弁済協定書（月々{mon:,}円・毎月27日払い）に基づくお支払いにつきまして、"
           f"{wdate(missed)}（{wd(missed)}）にお支払いいただくべき第7回分割金{mon:,}円のご入金が、本日現在確認できておりません。",
           size=10)
    p.para(f"つきましては、未払いの分割金と下記の遅延損害金を、{wdate(due)}（{wd(due)}）までにお支払いください。", size=10)
    p.gap(2)
    p.line("■ 現在のご債務残高", size=10.5, font="sans-bold", color=GRZ)
    for lab, val in (("協定残元金（協定額540,000円－既払6回分）", f"{P:,}円"),
                     (f"遅延損害金（未払分割金に対し年{R}％・{missed.month}/{missed.day + 1}～{issued.month}/{issued.day}）",
                      f"{L:,}円"), ("ご債務残高合計", f"{T:,}円")):
        b = p.line(lab, x=22, size=9.8, font="sans-bold" if "合計" in lab else None)
        p.at(188, b, val, size=10.5, align="r", font="sans-bold" if "合計" in lab else "sans")
        p.add(Line(22, p.y - 1.5, 188, p.y - 1.5, 0.2, GRAY))
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 22, 1.0, GRZ))
    p.at(27, y + 7, "今回お支払いいただく金額", size=10, font="sans-bold")
    p.at(27, y + 15, f"未払分割金 {mon:,}円 ＋ 遅延損害金 {L:,}円 ＝ {mon + L:,}円", size=11.5, font="sans-bold")
    p.at(183, y + 7, "お支払期限", size=9.5, align="r", color=RED)
    p.at(183, y + 15, f"{due.month}月{due.day}日（{wd(due)}）", size=12.5, font="sans-bold", align="r", color=RED)
    p.y = y + 27
    p.para(f"※最終ご入金日は{wdate(last)}（第6回分）です。※次回（第8回）の分割金{mon:,}円のお支払日は{wdate(D(2026, 5, 27))}"
           "です。", size=9, indent="")
    p.para("分割金のお支払いを2回以上怠られた場合、協定書第4条により期限の利益を失い、ご債務残高の全額を一括してお支払い"
           "いただくことになります。お支払いが難しいご事情がある場合は、お早めにご連絡ください。", size=9.5)
    p.gap(3)
    p.line("お振込先：秋茜銀行 富山支店 普通預金 3370215　カ）グランツクレジット", size=9.5)
    p.gap(4)
    for s, sz in (("株式会社グランツクレジット　債権管理部", 10), ("〒930-0000 富山県富山市火鉢町九丁目9番9号", 9),
                  ("TEL 076-000-2780（平日9:30～17:30）", 10), ("登録番号 北陸財務局長(2)第00000号", 8)):
        p.line(s, x=112, size=sz)
    tr = truth(document_type="collection_notice", sender="株式会社グランツクレジット", phone="076-000-2780",
               creditor="株式会社グランツクレジット", status="not_applicable", debtor="籠島さやか", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=last,
               reference="GZ-K-250916-041", input_kind="photo_jpeg",
               template="proxy86_credit_company_missed_instalment_photo", received=D(2026, 5, 13))
    return dict(stem="cq07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.84, blur=0.9, shadow=0.35,
                          shadow_side="bottom", warm=0.25),
                about="collection_notice (信販, 分割金未払いのご連絡 after one missed instalment, phone photo)",
                unusual="phone photo on wood with tri-fold creases and a hand shadow at the bottom; Latin logo 「GRANZ」 "
                        "in brown; a red-framed 重要なお知らせ; title white on a brown band; the missed 第7回 (4/27, Mon) "
                        "in the prose; 現在のご債務残高 as leader-less lines (協定残元金 with 「協定額540,000円－既払6回分」 "
                        "inside the label / 遅延損害金 on the missed instalment with a M/D window / ご債務残高合計); a framed "
                        "今回お支払いいただく金額 15,084 (= 15,000 + 84) with the お支払期限 as MONTH-DAY only "
                        "「5月25日（月）」; the next instalment 5/27, the masked 会員番号 and the 貸金業 registration as "
                        "distractors; no original 喪失 date printed")


# ---------------------------------------------------------------------------------------------
# cq08 石巻簡易裁判所 調停調書 (民事調停, (ノ)), filed by the guarantee company; one scanned page.


def cq08():
    held, cert = D(2026, 6, 10), D(2026, 6, 15)
    R = 14.0
    P = 1_126_380
    subro = D(2025, 8, 22)
    L = late(P, R, subro + timedelta(1), held)
    T = P + L
    mon = 20_000
    n, rem = divmod(T, mon)
    first = D(2026, 7, 20)
    final = add_months(first, n, 20)
    assert rem > 0
    p = Page(font="serif", size=10, top=12)
    p.title("調　停　調　書（成立）", size=15, font="serif-bold")
    p.table([["事件の表示", fw("令和8年（ノ）第21号") + "　求償金請求調停事件"],
             ["期日", f"令和{fw('8')}年{fw('6')}月{fw('10')}日（{wd(held)}）午後{fw('1')}時{fw('30')}分"],
             ["場所", "石巻簡易裁判所　調停室"],
             ["調停主任裁判官", "貂　島　　博　文"],
             ["民事調停委員", "笛吹川　　啓　子　／　太鼓谷　　昭　二"],
             ["裁判所書記官", "箏　川　　美　穂"]],
            [34, 148], x=15, aligns="ll", size=9.5, row_h=6.6, shade_col0=True)
    p.gap(2)
    p.line("当事者等", size=10, font="serif-bold")
    p.kv([("申立人", "宮城県仙台市青葉区石臼町九丁目9番9号　サンコーラル保証株式会社"),
          ("同代表者代表取締役", "襷田　義明"),
          ("同手続代理人（許可代理人）", "漆喰町支店　管理課長　蛍原　俊"),
          ("相手方", "宮城県石巻市桶屋敷九丁目9番9号　稗方　稔")], x=20, label_w=52, size=9.3)
    p.gap(2)
    p.line("手続の要領", size=10, font="serif-bold")
    p.para("当事者間に次のとおり調停が成立した。", x0=20, size=9.8)
    p.line("調停条項", size=10.5, font="serif-bold", align="c")
    items = [
        f"１　相手方は、申立人に対し、相手方が株式会社秋茜銀行から借り受けた住宅資金の保証債務を申立人が{era_fw(subro)}に代位"
        f"弁済したことによる求償債務として、金{fw(f'{T:,}')}円（求償元金{fw(f'{P:,}')}円及び{era_fw(subro + timedelta(1))}から"
        f"{era_fw(held)}まで年{fw('14')}パーセントの割合による確定損害金{fw(f'{L:,}')}円の合計）の支払義務があることを認める。",
        "２　相手方は、申立人に対し、前項の金員を次のとおり分割して、申立人の指定する口座に振り込む方法により支払う。"
        "振込手数料は相手方の負担とする。",
        f"　(1) {era_fw(first)}から{era_fw(add_months(first, n - 1, 20))}まで、毎月{fw('20')}日限り、金{fw(f'{mon:,}')}円ずつ",
        f"　(2) {era_fw(final)}限り、金{fw(f'{rem:,}')}円",
        f"３　相手方が前項の分割金の支払を怠り、その額が金{fw('40,000')}円に達したときは、当然に期限の利益を失い、相手方は、"
        f"申立人に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から支払済みまで年"
        f"{fw('14')}パーセントの割合による遅延損害金を直ちに支払う。",
        "４　申立人は、その余の請求を放棄する。",
        "５　申立人と相手方は、申立人と相手方との間には、本件に関し、この調停条項に定めるもののほか、何らの債権債務のない"
        "ことを相互に確認する。",
        "６　調停費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=20, x1=194, size=9.4, indent="")
    p.gap(3)
    p.line("裁判所書記官　箏　川　美　穂", x=120, size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(100, y, 96, 24, 0.5))
    p.at(104, y + 6, "これは正本である。", size=9.5)
    p.at(104, y + 11.5, f"令和{fw('8')}年{fw('6')}月{fw('15')}日", size=9.5)
    p.at(104, y + 17, "石巻簡易裁判所　裁判所書記官　箏川美穂", size=9.3)
    p.at(104, y + 22, "（電話　0225-00-5121　民事係）", size=8.8)
    p.seal(186, y + 12, 15, "square", "石巻簡易裁判所書記官印", angle=1, seed=86081)
    tr = truth(document_type="settlement_proposal", sender="石巻簡易裁判所", phone="0225-00-5121",
               creditor="サンコーラル保証株式会社", status="not_applicable", original="株式会社秋茜銀行",
               debtor="稗方稔", total=T, principal=P, late_damages=L, rate=R, lump=False, issued=held,
               payment_due=first, reference="令和8年(ノ)第21号", input_kind="scan_png",
               template="proxy86_summary_court_mediation_record_guarantor", received=cert + timedelta(3))
    assert cert > held
    return dict(stem="cq08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 調停調書 of a 民事調停 filed by the guarantee company, one page)",
                unusual="a 簡裁's 調停調書（成立） on ONE scanned page: a shaded-label grid (事件の表示 / 期日 with weekday and "
                        "time / 場所 / 調停主任裁判官 / 民事調停委員 (two) / 裁判所書記官) in full-width; the CREDITOR "
                        "(guarantee company) is the 申立人 with a 許可代理人 and the debtor the 相手方; 条項１ the acknowledged "
                        "求償債務 with its breakdown in a bracket (求償元金 + 確定損害金 with window and 年１４パーセント), the "
                        "bank as the original lender and the 代位弁済 date in the same sentence; 条項２ (1) monthly 20,000 on "
                        "the 20th (2) a final remainder; the 40,000 default clause; the 正本 box dated 6/15 (≠ the 期日 6/10) "
                        "with the 民事係 phone and a square seal")


def era_fw(d: D) -> str:
    return f"令和{fw(str(d.year - 2018))}年{fw(str(d.month))}月{fw(str(d.day))}日"


LETTERS = [cq01, cq02, cq03, cq04, cq05, cq06, cq07, cq08]
