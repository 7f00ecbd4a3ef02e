"""Proxy set 76, letters cg01–cg08: "settlements and instalment agreements, fifth round". A real servicer's
和解のご提案 with a 一部免除 and its 和解契約書（案）; a 信販's 分割弁済協定書 by fax; a 信用組合's 縦書き
債務承認弁済契約書（案）; a creditor's lawyer's 和解案 to a defendant in a pending (ワ) case; an invented servicer's
返済計画変更のお知らせ after a missed instalment; a real servicer's 和解成立のお知らせ; a 簡裁's 起訴前の和解 和解調書
and a 簡裁's 民事調停 調停調書."""

from __future__ import annotations

import calendar
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
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.0, 0.36, 0.40)
MAROON = (0.45, 0.08, 0.12)
INDIGO = (0.16, 0.16, 0.45)
OLIVE = (0.33, 0.36, 0.08)


def yen(n: int) -> str:
    return f"{n:,}円"


def kin(n: int) -> str:
    return f"金{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def eom(y: int, m: int) -> D:
    return D(y, m, calendar.monthrange(y, m)[1])


def add_months(d: D, k: int, day: int | None = None) -> D:
    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    if day is None:
        return eom(y, m)
    return D(y, m, day)


def kj(n: int) -> str:
    """金百三十八万六千円 (positional kanji, vertical letters)."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# cg01 パルティール債権回収 (real, 113): 和解のご提案（一部免除） + p.2 和解契約書（案）, digital 2 pages.


def cg01():
    R = 14.6
    issued, reply = D(2026, 1, 16), D(2026, 2, 13)
    acc, assign = D(2024, 11, 5), D(2025, 9, 30)
    P, I = 684_210, 31_877
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W, n, M = 480_000, 24, 20_000
    assert n * M == W
    first = D(2026, 3, 10)
    last = add_months(first, n - 1, 10)
    waived = T - W
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 15, color=None, fill=TEAL))
    p.at(20, 22, "パルティール債権回収", size=16, font="sans-bold", color=WHITE)
    p.at(192, 18.5, "PARTIR SERVICER", size=7.5, color=WHITE, align="r")
    p.at(192, 23.5, "和解・ご返済相談室", size=8.5, color=WHITE, align="r")
    y = grid(p, 122, 31, [26, 48], [["発行日", era(issued)], ["お客様番号", "PT-2601-4471"], ["担当", "時任（ときとう）"]],
             h=6.5, size=9)
    p.y = 33
    p.line("〒300-0000", size=9.5)
    p.line("茨城県土浦市米蔵町九丁目9番9号", size=9.5)
    p.line("ハイツ米蔵 203", size=9.5)
    p.gap(2)
    p.line("仁瓶　拓真　様", size=14)
    p.y = max(p.y, y) + 6
    p.title("和解のご提案（一部免除によるご返済）", size=14.5)
    p.para(f"平素より格別のご高配を賜り、厚く御礼申し上げます。当社が{era(assign)}付で株式会社春霞カードから譲り受けました"
           "貴殿に対する債権につきまして、これまでお支払いのご相談をいただいておりましたところ、当社は下記の条件により和解に"
           "応じることといたしました。", size=9.8)
    p.para("つきましては、同封の「和解契約書（案）」の内容をご確認のうえ、ご署名・ご捺印をいただき、下記ご回答期限までに"
           "当社へご返送ください。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10.5, font="sans-bold", color=TEAL)
    rows = [["内　訳", "金　額"], ["残元金", yen(P)], ["未収利息", yen(I)],
            [f"遅延損害金（{era(acc + timedelta(1))}から年14.6％）", yen(L)], ["ご債務現在額合計", yen(T)]]
    p.table(rows, [112, 50], x=24, header=True, aligns="lr", size=9.8, row_h=7.4)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold", color=TEAL)
    p.kv([("和解金額", f"{yen(W)}（上記ご債務のうち、この金額をお支払いいただきます）"),
          ("お支払方法", f"{era(first)}を初回とし、以後毎月10日限り {yen(M)} × {n}回（最終回 {era(last)}）"),
          ("免除", f"和解金額を約定どおりお支払いいただいた場合、残額 {yen(waived)} を免除いたします"),
          ("お振込先", "湖東銀行 本店営業部 普通預金 4471260 パルテイールサイケンカイシユウ（カ")],
         x=24, label_w=26, size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 13, 0.9, TEAL))
    p.add(Box(24, y, 40, 13, color=None, fill=(0.86, 0.93, 0.93)))
    p.at(44, y + 8.4, "ご回答期限", size=11, font="sans-bold", align="c", color=TEAL)
    p.at(70, y + 8.8, f"{era(reply)}（{wd(reply)}）当社必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("※ご回答期限までに和解契約書のご返送がない場合、本提案はなかったものとさせていただき、上記ご債務現在額合計の"
           "お支払いをお願いすることになります。※分割回数・月々のお支払額の変更をご希望の場合は、期限までにお電話ください。",
           size=8.6, indent="")
    p.gap(3)
    for s, sz, f in (("パルティール債権回収株式会社", 11, "sans-bold"), ("許可番号：法務大臣 第113号", 8.5, "sans"),
                     ("〒100-0000 東京都千代田区檜町九丁目9番9号", 8.5, "sans"),
                     ("和解・ご返済相談室　フリーダイヤル 0120-000-318（平日 9:30～18:00）", 9, "sans"),
                     ("FAX 03-0000-3319", 8.5, "sans")):
        p.line(s, x=84, size=sz, font=f)
    p.seal(186, p.y - 17, 12, "square", "パルティール債権回収印", angle=-3, seed=76011)
    # page 2: the draft contract
    q = Page(font="serif", size=10, top=16)
    q.at(196, 16, "（案）", size=11, font="serif-bold", align="r")
    q.at(196, 21, "お客様番号 PT-2601-4471", size=8.5, align="r")
    q.y = 24
    q.title("和 解 契 約 書", size=17, font="serif-bold")
    q.para("パルティール債権回収株式会社（以下「甲」という。）と仁瓶拓真（以下「乙」という。）とは、甲が株式会社春霞カードから"
           "譲り受けた乙に対する債権に関し、次のとおり和解契約を締結する。", size=9.8)
    q.gap(1)
    q.para(f"第１条（債務の確認）　乙は甲に対し、{era(issued)}現在、次の債務を負担していることを確認する。", size=9.8, indent="")
    for lab, v in (("　　元　　　　金", P), ("　　利　　　　息", I), ("　　遅延損害金", L), ("　　合　　　　計", T)):
        b = q.line(lab, x=30, size=9.8)
        q.at(110, b, kin(v), size=9.8, align="r")
    q.para(f"第２条（和解金の支払）　甲は、前条の債務のうち金{W:,}円の支払をもって和解することに同意し、乙はこれを、"
           f"{era(first)}から{era(last)}まで毎月10日限り金{M:,}円ずつ（{n}回）、甲の指定する口座に振り込んで支払う。"
           "振込手数料は乙の負担とする。", size=9.8, indent="")
    q.para(f"第３条（期限の利益の喪失）　乙が前条の分割金の支払を２回以上怠り、その額が金{2 * M:,}円に達したときは、乙は"
           "甲からの通知催告を要せず当然に期限の利益を失い、第１条の債務から既払金を控除した残額及びこれに対する期限の利益"
           "喪失日の翌日から支払済みまで年14.6％の割合による遅延損害金を直ちに支払う。", size=9.8, indent="")
    q.para("第４条（免除）　乙が期限の利益を失うことなく第２条の和解金を完済したときは、甲は乙に対し、第１条の債務の残額を"
           "免除する。", size=9.8, indent="")
    q.para("第５条（清算）　甲及び乙は、本契約に定めるほか、甲乙間に何らの債権債務がないことを相互に確認する。", size=9.8,
           indent="")
    q.para("第６条（合意管轄）　本契約に関する紛争については、甲の本店所在地を管轄する裁判所を第一審の管轄裁判所とする。",
           size=9.8, indent="")
    q.gap(2)
    q.para("本契約の成立を証するため本書２通を作成し、甲乙記名押印のうえ各１通を保有する。", size=9.8)
    q.gap(3)
    q.line("令和　　年　　月　　日", x=30, size=10)
    q.gap(3)
    q.line("甲　東京都千代田区檜町九丁目9番9号", x=40, size=9.8)
    q.line("　　パルティール債権回収株式会社　代表取締役　喜入　圭", x=40, size=9.8)
    q.seal(178, q.y - 5, 12, "round", "パルティール債権回収|代表/取締役", angle=4, seed=76012)
    q.gap(5)
    q.line("乙　住所　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", x=40, size=9.8)
    q.gap(3)
    q.line("　　氏名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　㊞", x=40, size=9.8)
    q.gap(6)
    q.para(f"※ご署名・ご捺印のうえ、2通とも同封の返信用封筒で{era(reply)}までにご返送ください。当社押印後、1通をお返しいたします。",
           x0=20, x1=192, size=8.6, indent="")
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-318", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社春霞カード", debtor="仁瓶拓真", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=None, last_payment=None, assignment=assign,
               reference="PT-2601-4471", input_kind="pdf_text_2page",
               template="proxy76_servicer_partial_waiver_offer_with_draft_contract", received=D(2026, 1, 19))
    return dict(stem="cg01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, 一部免除 offer + 和解契約書（案）, 2 pages)",
                unusual="real servicer ★ パルティール債権回収株式会社 on a teal band (logo without 株式会社) with 「許可番号：法務大臣 "
                        "第113号」 in the sender block; a shaded-label info grid top-right (発行日 / お客様番号 / 担当); a "
                        "内訳/金額 table 残元金 / 未収利息 / 遅延損害金 with its window / ご債務現在額合計; the offer as kv lines "
                        "(和解金額 480,000, 20,000 × 24 from R8.3.10, the 免除 of the rest with the printed 免除額) and a "
                        "framed ご回答期限 …当社必着; p.2 a serif 和解契約書（案） whose 第１条 repeats the amounts, 第３条 a "
                        "default clause (40,000) with 年14.6％, a blank 令和　年　月　日 and blank signature lines; NO 喪失 "
                        "date and NO last payment printed (null)")


# ---------------------------------------------------------------------------------------------
# cg02 湧水ファイナンス (信販): 分割弁済協定書 by fax, 2 pages (cover + 協定書).


def cg02():
    R = 14.6
    sent, reply = D(2026, 2, 24), D(2026, 3, 10)
    acc, lastp = D(2025, 12, 27), D(2025, 9, 29)
    P, I = 523_400, 18_962
    L = late(P, R, acc + timedelta(1), sent)
    T = P + I + L
    n, M = 30, 18_000
    X = T - (n - 1) * M
    assert 0 < X < 2 * M, X
    first = D(2026, 3, 27)
    second = D(2026, 4, 27)
    last = add_months(first, n - 1, 27)
    p = Page(font="sans", size=10, top=12)
    p.line("FAX送信のご案内", size=15, font="sans-bold")
    p.add(Line(15, p.y, 196, p.y, 0.8))
    p.gap(3)
    rows = [("送 信 日", f"{wdate(sent)}（{wd(sent)}）"), ("宛　　先", "井手上　美穂　様（貴FAX 086-000-4418）"),
            ("送 信 元", "湧水ファイナンス株式会社　債権管理部　担当 関戸"), ("枚　　数", "本紙を含め 2 枚")]
    for a, b in rows:
        base = p.line(a, x=18, size=9.5, color=GRAY)
        p.at(44, base, b, size=10)
    p.add(Line(15, p.y + 1, 196, p.y + 1, 0.3))
    p.at(196, p.y + 7, "お客様番号　WZ-60218-33", size=9.5, align="r")
    p.y += 10
    p.line("分割弁済協定書ご送付の件", size=13, font="sans-bold", align="c")
    p.gap(2)
    p.para("先日はお電話にて分割でのお支払いのお申出をいただき、ありがとうございました。お申出の内容にもとづき、当社にて"
           "「分割弁済協定書」を作成いたしましたので、2枚目のとおりお送りいたします。", size=9.8)
    p.para(f"貴殿は{wdate(lastp)}のお支払いを最後にご入金がなく、当社からの催告にもかかわらずお支払いがなかったため、"
           f"{wdate(acc)}をもって期限の利益を喪失されております。現在のご債務は次のとおりです。", size=9.8)
    p.gap(1)
    y = p.y
    p.add(Box(30, y, 150, 34, 0.4))
    p.add(Box(30, y, 150, 7, color=None, fill=SHADE))
    p.at(105, y + 5, f"現在のご債務（{wdate(sent)}現在）", size=9.5, font="sans-bold", align="c")
    for i, (a, b) in enumerate((("ご利用残高（元金）", P), ("未払分割手数料", I),
                                (f"遅延損害金（年14.6％・{acc.month}月{acc.day + 1}日から）", L))):
        p.at(36, y + 13 + i * 5.6, a, size=9.5)
        p.at(174, y + 13 + i * 5.6, yen(b), size=9.5, align="r")
    p.add(Line(34, y + 28, 176, y + 28, 0.3))
    p.at(36, y + 32.3, "ご債務合計", size=10, font="sans-bold")
    p.at(174, y + 32.3, yen(T), size=10.5, font="sans-bold", align="r")
    p.y = y + 38
    p.para(f"協定書の内容でよろしければ、ご署名・ご捺印のうえ、原本を同封の返信用封筒にて{wdate(reply)}（{wd(reply)}）までに"
           "当社必着でご返送ください（FAXでのご返送は受け付けておりません）。ご返送をもって協定成立とし、協定どおりお支払い"
           "いただく限り、今後の遅延損害金はご請求いたしません。", size=9.8)
    p.para(f"ご参考：第1回 {wdate(first)} {yen(X)}、第2回以降 毎月27日 {yen(M)}、最終回 {wdate(last)}（全{n}回）", size=9.3,
           indent="")
    p.gap(4)
    for s, sz, f in (("湧水ファイナンス株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒530-0000 大阪府大阪市北区醤油蔵町九丁目9番9号", 8.5, "sans"),
                     ("TEL 06-0000-2718（平日9:00～17:30）　FAX 06-0000-2719", 9.3, "sans"),
                     ("登録番号 近畿財務局長(3)第00218号／包括信用購入あっせん業者", 8, "sans")):
        p.line(s, x=80, size=sz, font=f)
    q = Page(font="serif", size=10, top=14)
    q.at(196, 16, "お客様番号　WZ-60218-33", size=9, align="r")
    q.y = 20
    q.title("分 割 弁 済 協 定 書", size=16, font="serif-bold")
    q.para("湧水ファイナンス株式会社（以下「甲」という。）と井手上美穂（以下「乙」という。）は、甲乙間の個品割賦購入あっせん"
           "契約に基づく乙の債務の弁済について、次のとおり協定する。", size=9.8)
    q.para(f"第１条　乙は甲に対し、{wdate(sent)}現在、次の債務があることを承認する。", size=9.8, indent="")
    q.table([["ご利用残高（元金）", "未払分割手数料", "遅延損害金", "合　計"], [yen(P), yen(I), yen(L), yen(T)]],
            [42, 40, 40, 44], x=26, header=True, aligns="rrrr", size=9.5, row_h=7.5)
    q.gap(1)
    q.para(f"第２条　乙は前条の合計額を、次のとおり甲の指定する口座に振り込んで支払う。第1回 {wdate(first)}限り"
           f"金{X:,}円、第2回 {wdate(second)}から第{n}回 {wdate(last)}まで毎月27日限り金{M:,}円ずつ。", size=9.8, indent="")
    q.para(f"第３条　乙が前条の支払を2回以上怠り、その額が金{2 * M:,}円以上となったときは、乙は当然に期限の利益を失い、"
           "残額及びこれに対する年14.6％の割合による遅延損害金を直ちに支払う。", size=9.8, indent="")
    q.para("第４条　乙が期限の利益を失うことなく第２条の支払を完了したときは、甲は第１条の遅延損害金発生日以降の"
           "遅延損害金（第１条記載の額を除く）を請求しない。", size=9.8, indent="")
    q.para("第５条　乙は、住所、勤務先、電話番号に変更があったときは、直ちに甲に届け出る。", size=9.8, indent="")
    q.gap(3)
    q.line("令和　　年　　月　　日", x=28, size=10)
    q.gap(2)
    q.line("（甲）大阪府大阪市北区醤油蔵町九丁目9番9号", x=40, size=9.8)
    q.line("　　　湧水ファイナンス株式会社　代表取締役　常陸　瑛司", x=40, size=9.8)
    q.seal(180, q.y - 5, 12, "square", "湧水ファイナンス之印", angle=2, seed=76021)
    q.gap(4)
    q.line("（乙）住所", x=40, size=9.8)
    q.gap(2)
    q.line("　　　氏名　　　　　　　　　　　　　　　　　　印", x=40, size=9.8)
    q.add(Line(58, q.y - 1, 150, q.y - 1, 0.2))
    q.gap(4)
    q.para(f"返送期限　{wdate(reply)}（{wd(reply)}）必着　／　お問合せ TEL 06-0000-2718", x0=40, size=9.3, indent="")
    tr = truth(document_type="settlement_proposal", sender="湧水ファイナンス株式会社", phone="06-0000-2718",
               creditor="湧水ファイナンス株式会社", status="not_applicable", debtor="井手上美穂", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=sent, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="WZ-60218-33", input_kind="fax_tiff",
               template="proxy76_shinpan_instalment_agreement_fax", received=sent)
    return dict(stem="cg02", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{sent.year}/{sent.month:02d}/{sent.day:02d} 14:05 WAKIMIZU FIN 06-0000-2719",
                about="settlement_proposal (信販 分割弁済協定書, 2-page fax)",
                unusual="2-page G4 fax: p.1 a FAX送信のご案内 header (送信日 in western 年月日 with weekday, 宛先 with the "
                        "addressee's own 貴FAX number, 送信元, 枚数), the 喪失 and the last payment in one sentence, a framed "
                        "現在のご債務 box (ご利用残高（元金） / 未払分割手数料 / 遅延損害金 with rate and start / ご債務合計) and the "
                        "返送期限 …必着 in the prose; a ご参考 plan line (first 32,714, 18,000 × 29, 最終回) as distractors; "
                        "the 包括信用購入あっせん registration; p.2 the 分割弁済協定書 with a one-row 4-column table in 第１条, "
                        "第２条's explicit dates, the 36,000 default clause, blank date and signature")


# ---------------------------------------------------------------------------------------------
# cg03 綾錦信用組合: 縦書き 債務承認弁済契約書（案）, scanned.


def cg03():
    R = 14.0
    made, reply = D(2026, 3, 2), D(2026, 3, 19)
    acc, lastp = D(2025, 11, 25), D(2025, 8, 25)
    P, I = 1_386_000, 24_911
    L = late(P, R, acc + timedelta(1), made)
    T = P + I + L
    n, M = 48, 30_000
    X = T - (n - 1) * M
    assert 0 < X < 2 * M, X
    first = D(2026, 4, 25)
    last = D(2030, 3, 25)
    assert add_months(first, n - 1, 25) == last
    cols = [
        ("low", "（案）　" + kdate(made) + "作成"),
        ("low", "管理番号　ＡＮ－２６０３０２"),
        ("title", "債務承認弁済契約書"),
        ("body", "債権者綾錦信用組合（以下「甲」という。）と債務者押味健吾（以下「乙」という。）とは、次のとおり契約する。"),
        ("body", "第一条　乙は、甲との間の平成三十年六月十五日付証書貸付契約に基づく債務につき、"
                 f"{kdate(lastp)}の弁済を最後にその後の弁済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失したことを"
                 f"認め、{kdate(made)}現在、甲に対し左記の債務を負担していることを承認する。"),
        ("indent", f"一　元金　　　　{kj(P)}"),
        ("indent", f"二　利息　　　　{kj(I)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", "　　　（令和七年十一月二十六日から右同日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("body", f"第二条　乙は、前条の債務を、{kdate(first)}限り{kj(X)}、令和八年五月から令和十二年三月まで毎月二十五日限り、"
                 f"{kj(M)}ずつ（四十七回）に分割して、甲の本店に持参又は送金して支払う。"),
        ("body", "第三条　乙が前条の分割金の支払を二回以上怠ったときは、乙は甲の請求により期限の利益を失い、"
                 "残債務及びこれに対する年十四パーセントの割合による遅延損害金を直ちに支払う。"),
        ("body", "第四条　乙が期限の利益を失うことなく前条までの支払を完了したときは、甲は第一条の遅延損害金発生日の"
                 "翌日以降に生ずる遅延損害金を免除する。"),
        ("body", f"本契約書に乙が署名押印のうえ、{kdate(reply)}までに甲に返送するものとする。"),
        ("blank", ""),
        ("low", "令和　　年　　月　　日"),
        ("low", "甲　新潟県長岡市綿打町九丁目九番九号"),
        ("low", "　　綾錦信用組合　理事長　門叶　誠司"),
        ("low", "　　電話　〇二五（〇〇〇）三一七四"),
        ("blank", ""),
        ("low", "乙　新潟県長岡市紺屋坂九丁目九番九号"),
        ("low", "　　押味　健吾　　　　　　　　印"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "門叶" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 20) * size * 0.3528 * 1.05, 12, "square", "綾錦信用組合理事長之印",
                         angle=3, seed=76031))
    tr = truth(document_type="settlement_proposal", sender="綾錦信用組合", phone="025-000-3174",
               creditor="綾錦信用組合", status="not_applicable", debtor="押味健吾", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=made, payment_due=reply, acceleration=acc, last_payment=lastp,
               reference="AN-260302", input_kind="vertical_scan",
               template="proxy76_vertical_credit_coop_debt_acknowledgement_draft", received=D(2026, 3, 4))
    return dict(stem="cg03", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="settlement_proposal (信用組合, 縦書き 債務承認弁済契約書（案）)",
                unusual="a 縦書き 債務承認弁済契約書 draft of a 信用組合 (no 株式会社, 理事長 seal), scanned; no cover letter: "
                        "the first columns are 「（案）令和八年三月二日作成」 and a full-width 管理番号 ＡＮ－２６０３０２; "
                        "第一条 carries the last payment, the 喪失 「の経過をもって」 and the four amounts in positional kanji "
                        "(金百三十八万六千円 …) with the window in a bracketed column; 第二条 an explicit first instalment "
                        "then 四十七回 of 金三万円; the return date only inside a sentence 「…までに甲に返送する」; "
                        "平成三十年 contract date; blank 令和　年　月　日 and the debtor's pre-printed name with an empty 印; "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cg04 the plaintiff's lawyer's 和解案 to the defendant himself in a pending 地裁支部 (ワ) case.


def cg04():
    R = 20.0
    issued, reply, hearing = D(2026, 3, 6), D(2026, 3, 27), D(2026, 4, 8)
    acc, lastp = D(2025, 7, 10), D(2025, 5, 30)
    P, I = 1_612_500, 48_375
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W, n, M = 1_650_000, 60, 27_500
    assert n * M == W
    first = D(2026, 5, 31)
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "当事務所整理番号　YH-2602-118", size=9, align="r")
    p.y = 28
    p.line("〒620-0000　京都府福知山市提灯町九丁目9番9号", size=10)
    p.line("桃生　由紀子　様", size=13.5)
    p.gap(2)
    p.line("〒604-0000　京都市中京区硯町九丁目9番9号　硯町ビル4階", x=92, size=9)
    p.line("弓張坂法律事務所", x=92, size=12, font="serif-bold")
    p.line("原告訴訟代理人　弁護士　調所　紘一", x=92, size=10.5)
    p.line("電話 075-000-5812　FAX 075-000-5813", x=92, size=9.3)
    p.seal(188, p.y - 9, 11, "square", "弁護士調所紘一印", angle=2, seed=76041)
    p.gap(5)
    p.title("和解のご提案", size=16, font="serif-bold")
    p.line("事件の表示　京都地方裁判所福知山支部　令和7年(ワ)第58号　貸金返還請求事件", x=20, size=9.8)
    p.line("原告　株式会社桃花ローン　／　被告　桃生由紀子", x=20, size=9.8)
    p.gap(2)
    p.para("前略　当職は、上記事件について原告株式会社桃花ローンの訴訟代理人を務める弁護士です。先日の第１回口頭弁論期日に"
           "おいて、貴殿から分割でのお支払いを希望する旨のご陳述がありましたので、原告と協議のうえ、下記のとおり和解案を"
           "ご提案いたします。")
    p.para(f"原告の貴殿に対する請求額は、本日現在、次のとおりです（貴殿は{era(lastp)}の弁済を最後に返済を怠り、"
           f"{era(acc)}の経過をもって期限の利益を喪失しています）。")
    p.gap(1)
    x0, x1 = 34, 150
    for lab, v in (("貸付残元金", P), ("約定利息（未払分）", I),
                   (f"遅延損害金（{era(acc + timedelta(1))}から本日まで年20％）", L), ("請求額合計", T)):
        if lab == "請求額合計":
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
            p.gap(1)
        b = p.line(lab, x=x0, size=10.3, font="serif-bold" if lab == "請求額合計" else None)
        p.at(x1, b, kin(v), size=10.3, align="r", font="serif-bold" if lab == "請求額合計" else "serif")
    p.gap(2)
    p.line("和解案", x=20, size=11, font="serif-bold")
    for s in (f"１　被告は原告に対し、上記請求額合計{kin(T)}の支払義務があることを認める。",
              f"２　被告は原告に対し、前項の金員のうち{kin(W)}を、{era(first)}から毎月末日限り{kin(M)}ずつ（{n}回）"
              "支払う。",
              f"３　被告が前項の支払を怠り、その額が{kin(2 * M)}に達したときは、当然に期限の利益を失い、第１項の金員から既払金を"
              "控除した残額及び年20％の割合による遅延損害金を直ちに支払う。",
              "４　被告が期限の利益を失うことなく第２項の金員を支払ったときは、原告はその余の支払義務を免除する。",
              "５　訴訟費用は各自の負担とする。"):
        p.para(s, x0=24, x1=190, size=10, indent="")
    p.gap(1)
    p.para(f"本案にご同意いただける場合は、{era(reply)}（{wd(reply)}）までに当職宛てにお電話又は書面でご回答ください。"
           f"次回（第２回）口頭弁論期日である{era(hearing)}（{wd(hearing)}）午前10時30分に、裁判所において和解を成立させる"
           "予定です。期日には必ずご出頭ください。")
    p.para("ご回答がない場合、原告は請求額全額について判決を求めることになりますので、念のため申し添えます。")
    p.line("草々", align="r")
    tr = truth(document_type="settlement_proposal", sender="弓張坂法律事務所", phone="075-000-5812",
               creditor="株式会社桃花ローン", status="not_applicable", debtor="桃生由紀子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference="YH-2602-118", input_kind="pdf_text",
               template="proxy76_plaintiff_lawyer_settlement_offer_pending_suit", received=D(2026, 3, 9))
    return dict(stem="cg04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (plaintiff's lawyer → the defendant, pending 地裁支部 (ワ))",
                unusual="a serif 前略…草々 letter of the PLAINTIFF's lawyer (原告訴訟代理人) to the defendant herself in a "
                        "pending 京都地裁福知山支部 (ワ) case: the 事件の表示 and the parties on two lines; the last payment "
                        "and the 喪失 in a bracket of the prose; the claim as four label lines (no leaders) with 金…円 flush "
                        "right and a rule above 請求額合計; a numbered 和解案 (１ the acknowledged total, ２ 1,650,000 as "
                        "27,500 × 60 from R8.5.31, ３ the 55,000 default clause, ４ 免除, ５ 訴訟費用); the reply date and the "
                        "NEXT 第２回口頭弁論期日 with its time in one paragraph; the office's 当事務所整理番号 top-right")


# ---------------------------------------------------------------------------------------------
# cg05 帆影債権回収 (invented, 第246号): 返済計画変更のお知らせ after a missed 和解 instalment, iPhone HEIC.


def cg05():
    R = 14.6
    issued, reply = D(2026, 2, 16), D(2026, 3, 6)
    agreed, assign = D(2025, 5, 20), D(2024, 10, 31)
    W0, n0, M0 = 540_000, 30, 18_000
    assert n0 * M0 == W0
    paid = 7
    lastp = D(2025, 12, 30)
    missed = D(2026, 1, 31)
    P = W0 - paid * M0
    L = late(M0, R, missed + timedelta(1), issued)
    T = P + L
    M1 = 12_000
    n1 = T // M1
    rest = T - n1 * M1
    assert 0 < rest < M1
    first = D(2026, 3, 31)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "帆影債権回収株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(15, 23.5, "法務大臣許可番号 第246号", size=8, color=INDIGO)
    p.at(196, 18, f"通知日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号 HK-0931-7720", size=9.5, align="r")
    p.add(Line(15, 27, 196, 27, 0.5, INDIGO))
    p.y = 32
    p.line("〒870-0000 大分県大分市鍛冶屋通九丁目9番9号", size=10)
    p.line("入交　航　様", size=13.5)
    p.gap(6)
    p.title("返済計画変更のお知らせ", size=15, color=INDIGO)
    p.line("（分割払いのご案内）", size=10, align="c")
    p.gap(2)
    p.para(f"貴殿とは{wdate(agreed)}に和解（和解金{yen(W0)}、毎月末日限り{yen(M0)}×{n0}回）が成立し、第7回分まで"
           f"お支払いいただいておりますが、第8回分（{missed.month}月{missed.day}日期限）のご入金が確認できておりません"
           f"（最終ご入金日 {wdate(lastp)}）。", size=9.8)
    p.para("お電話で月々のお支払額を減らしたいとのご相談をいただきましたので、今回に限り期限の利益喪失の扱いはせず、"
           "下記のとおり返済計画を変更いたします。", size=9.8)
    p.gap(1)
    p.line("■ 現在のご債務", size=10.5, font="sans-bold", color=INDIGO)
    p.table([["和解金残額", "遅延損害金（第8回分・年14.6％）", "現在のご債務合計"], [yen(P), yen(L), yen(T)]],
            [54, 70, 57], x=15, header=True, aligns="rrr", size=10.5, row_h=8.5)
    nxt = missed + timedelta(1)
    p.line(f"※和解金残額＝和解金{yen(W0)}－お支払済み{yen(paid * M0)}（7回分）。損害金は{nxt.month}月{nxt.day}日から"
           "通知日まで。", x=15, size=8.3)
    p.gap(2)
    p.line("■ 変更後のお支払方法", size=10.5, font="sans-bold", color=INDIGO)
    p.table([["", "変更前", "変更後"], ["月々のお支払額", yen(M0), yen(M1)],
             ["お支払回数（残り）", f"{n0 - paid}回", f"{n1 + 1}回（最終回 {yen(rest)}）"],
             ["お支払日", "毎月末日", "毎月末日（変更なし）"], ["変更後 第1回", "—", wdate(first)]],
            [48, 56, 77], x=15, header=True, aligns="lcc", size=9.8, row_h=7.5)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.8, INDIGO, (0.94, 0.94, 0.99)))
    p.at(20, y + 7.5, "「変更同意書」ご返送期限", size=10.5, font="sans-bold", color=INDIGO)
    p.at(20, y + 16, f"{wdate(reply)}（{wd(reply)}）", size=15, font="sans-bold")
    p.at(110, y + 9, "ご署名のうえ同封の封筒で", size=9)
    p.at(110, y + 15, "ご返送ください（必着）", size=9)
    p.y = y + 26
    p.para("期限までにご返送がない場合は、当初の和解条項のとおり取り扱わせていただきます（和解条項第4条：分割金の支払を"
           "2回以上怠ったときは期限の利益を喪失し、残額に年14.6％の遅延損害金が加算されます）。", size=9, indent="")
    p.para("原債権者 株式会社玉簾クレジット　債権譲受日 " + wdate(assign), size=9, indent="")
    p.para("お振込先 北陵銀行 大分支店 普通 2460931 ホカゲサイケンカイシユウ（カ", size=9, indent="")
    p.gap(3)
    p.line("帆影債権回収株式会社　九州センター", x=96, size=10.5, font="sans-bold")
    p.line("〒812-0000 福岡市博多区蝋燭町九丁目9番9号", x=96, size=8.5)
    p.line("お客様窓口 0120-000-246（平日9:00～18:00）", x=96, size=9.3)
    p.line("担当 鳥羽田", x=96, size=9.3)
    p.seal(185, p.y - 12, 12, "square", "帆影債権回収印", angle=-2, seed=76051)
    tr = truth(document_type="settlement_proposal", sender="帆影債権回収株式会社", license_number=246,
               phone="0120-000-246", creditor="帆影債権回収株式会社", status="unverified",
               original="株式会社玉簾クレジット", debtor="入交航", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=None, last_payment=lastp,
               assignment=assign, reference="HK-0931-7720", input_kind="photo_heic",
               template="proxy76_invented_servicer_plan_change_after_missed_instalment", received=D(2026, 2, 18))
    return dict(stem="cg05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.045, tilt=1.8, creases=2, glare=16, fill=0.86, warm=0.3, blur=0.85),
                about="settlement_proposal (invented servicer, 返済計画変更 after a missed 和解 instalment)",
                unusual="iPhone HEIC on a pale desk with tri-fold creases and a lamp glare; INVENTED servicer 「帆影債権回収"
                        "株式会社」 with 「法務大臣許可番号 第246号」 under the name top-LEFT (→ unverified); the old 和解 "
                        "(540,000 = 18,000 × 30, dated 2025年5月20日) and the missed 第8回 in the prose; a one-row table "
                        "和解金残額 / 遅延損害金（第8回分） / 現在のご債務合計 with the 残額 formula in a note; a 変更前 / 変更後 "
                        "table (12,000 × 34 + the last, 変更後 第1回 3/31 — distractors); a framed 「変更同意書」ご返送期限; "
                        "original creditor and 譲受日 as one small line near the bottom; 期限の利益 expressly NOT lost")


# ---------------------------------------------------------------------------------------------
# cg06 SMBC債権回収 (real, 10): 和解成立のお知らせ, phone photo stored sideways (EXIF 6).


def cg06():
    R = 18.0
    issued, agreed = D(2026, 4, 14), D(2026, 4, 10)
    acc, lastp, assign = D(2025, 3, 6), D(2024, 12, 27), D(2025, 8, 29)
    P, I = 372_800, 9_614
    L = late(P, R, acc + timedelta(1), agreed)
    T = P + I + L
    pay = P + I
    n, M = 36, 10_600
    last_amt = pay - (n - 1) * M
    assert 0 < last_amt < 2 * M, last_amt
    first = D(2026, 5, 27)
    last = add_months(first, n - 1, 27)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "SMBC債権回収株式会社", size=14, font="sans-bold", color=(0.0, 0.42, 0.28))
    p.at(15, 25, "法務大臣許可番号　第10号", size=8, color=(0.0, 0.42, 0.28))
    p.at(196, 19, era(issued), size=9.5, align="r")
    p.y = 32
    p.line("〒861-0000", size=9.5)
    p.line("熊本県熊本市中央区桶屋町九丁目9番9号", size=9.5)
    p.line("酒寄　麻衣　様", size=13.5)
    p.gap(6)
    p.line("和解成立のお知らせ", size=15.5, font="sans-bold", align="c")
    p.add(Line(60, p.y, 150, p.y, 0.4))
    p.gap(4)
    p.para(f"{era(agreed)}のお電話にて、貴殿と当社との間で下記のとおり和解が成立いたしましたので、その内容をお知らせいたします。"
           "本書の内容をご確認のうえ、大切に保管してください。お支払いは第1回から下記口座へお振込みください。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57],
             [["お客様番号", "SM-7702-5519", "原債権者", "株式会社氷室ファイナンス"],
              ["債権譲受日", era(assign), "期限の利益喪失日", era(acc)],
              ["最終ご入金日", era(lastp), "和解成立日", era(agreed)]], h=7, size=8.8)
    p.y = y + 4
    p.line(f"１　和解時のご債務額（{era(agreed)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年18.0％）", "ご債務額合計"], [yen(P), yen(I), yen(L), yen(T)]],
            [42, 40, 52, 47], x=15, header=True, aligns="rrrr", size=10, row_h=8)
    p.gap(2)
    p.line("２　お支払いいただく金額とお支払方法", size=10.5, font="sans-bold")
    p.kv([("お支払総額", f"{yen(pay)}（元金及び利息の合計額）"),
          ("第1回お支払日", f"{era(first)}（{wd(first)}）　{yen(M)}"),
          ("第2回以降", f"毎月27日限り　{yen(M)}（第35回まで）"),
          ("最終回", f"{era(last)}　{yen(last_amt)}（第{n}回）")], x=22, label_w=32, size=9.8)
    p.gap(1)
    p.line("３　遅延損害金の取扱い", size=10.5, font="sans-bold")
    p.para(f"上記のとおりお支払いいただいた場合、遅延損害金{yen(L)}は免除いたします。分割金のお支払いを2回以上怠り、"
           f"その額が{yen(2 * M)}以上となったときは、期限の利益を失い、ご債務額合計から既払金を控除した残額を一括して"
           "お支払いいただきます。", x0=22, size=9.5, indent="")
    p.gap(1)
    p.line("４　お振込先", size=10.5, font="sans-bold")
    p.para("南洋銀行 熊本支店 普通預金 7702551　エスエムビーシーサイケンカイシユウ（カ　※お振込人名の前にお客様番号をご入力"
           "ください。", x0=22, size=9.5, indent="")
    p.gap(4)
    for s, sz in (("SMBC債権回収株式会社　九州サービスセンター", 10.5), ("〒812-0000 福岡市博多区箪笥町九丁目9番9号", 8.5),
                  ("お問合せ 0120-000-810（平日9:00～17:00）　担当 中馬", 9.3)):
        p.line(s, x=86, size=sz, font="sans-bold" if sz > 10 else "sans")
    p.seal(186, p.y - 10, 11, "square", "SMBC債権回収印", angle=3, seed=76061)
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-810", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社氷室ファイナンス", debtor="酒寄麻衣", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=first, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SM-7702-5519", input_kind="photo_exif_rotated",
               template="proxy76_servicer_settlement_confirmed_rotated", received=D(2026, 4, 16))
    return dict(stem="cg06", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="settlement_proposal (real servicer, 和解成立のお知らせ, phone photo sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow at "
                        "the bottom; real servicer ★ SMBC債権回収株式会社 (Latin letters in the name) with 「法務大臣許可番号　"
                        "第10号」 under it top-LEFT; a 和解 agreed by phone and only CONFIRMED (nothing to return); a 3×2 "
                        "shaded-label grid (お客様番号, 原債権者, 譲受日, 喪失日, 最終ご入金日, 和解成立日); amounts as of the "
                        "和解成立日 (≠ the letter date) in a 4-column table; the plan as kv lines (お支払総額 = 元金 + 利息, "
                        "第1回お支払日 with weekday, 10,600 × 35, 最終回) and the waived 遅延損害金 printed again in prose")


# ---------------------------------------------------------------------------------------------
# cg07 倉吉簡易裁判所 和解調書 (起訴前の和解, (イ)), image PDF of 2 pages.


def cg07():
    R = 14.0
    day, cert = D(2026, 5, 20), D(2026, 5, 25)
    acc = D(2025, 12, 10)
    P, I = 1_184_000, 15_327
    L = late(P, R, acc + timedelta(1), day)
    T = P + I + L
    n, M = 48, 25_000
    rest = T - n * M
    assert 0 < rest < 4 * M, rest
    first = D(2026, 6, 30)
    last = eom(2030, 5)
    assert add_months(first, n - 1) == last
    final = D(2030, 6, 30)
    case = "令和８年（イ）第３号"
    p = Page(font="serif", size=10.5, top=18)
    p.title("和　解　調　書", size=18, font="serif-bold")
    p.gap(1)
    rows = [("事件の表示", f"{case}　和解申立事件"), ("期　　　日", f"{fw(era(day))}（{wd(day)}）午前１１時００分"),
            ("場　　　所", "倉吉簡易裁判所　和解室"), ("裁　判　官", "玉生　正臣"), ("裁判所書記官", "永易　千景")]
    y = p.y
    for i, (a, b) in enumerate(rows):
        p.add(Box(25, y + i * 8, 38, 8, 0.3, (0, 0, 0), SHADE))
        p.add(Box(63, y + i * 8, 122, 8, 0.3))
        p.at(28, y + i * 8 + 5.6, a, size=10)
        p.at(66, y + i * 8 + 5.6, b, size=10.5)
    p.y = y + len(rows) * 8 + 4
    p.kv([("申　立　人", "飛梅信用金庫"), ("同代表者代表理事", "筒香　源一郎"), ("相　手　方", "枝廣　隆之")],
         x=30, label_w=44, size=10.5)
    p.gap(1)
    p.line("出頭した当事者等　　申立人代理人支配人　佐井　恒夫　　相手方　枝廣　隆之", x=30, size=10)
    p.gap(4)
    p.line("当事者間に次のとおり和解成立", x=30, size=11, font="serif-bold")
    p.gap(2)
    p.line("和　解　条　項", size=12, font="serif-bold", align="c")
    p.gap(1)
    for s in (f"１　相手方は、申立人に対し、申立人と相手方との間の令和２年１０月２日付金銭消費貸借契約に基づく借入金債務に"
              f"つき、相手方が{fw(era(acc))}の経過により期限の利益を喪失したことを確認し、本日現在、次の金員の支払義務が"
              "あることを認める。",
              f"　(1) 残元金　　　　　　　{fw(kin(P))}",
              f"　(2) 未払利息　　　　　　{fw(kin(I))}",
              f"　(3) 遅延損害金　　　　　{fw(kin(L))}",
              f"　　　（{fw(era(acc + timedelta(1)))}から本日まで年１４パーセントの割合）",
              f"　(4) 合計　　　　　　　　{fw(kin(T))}",
              f"２　相手方は、申立人に対し、前項の金員を次のとおり分割して、申立人の本店に持参又は送金して支払う。"
              f"ただし、第１回の支払期日は{fw(era(first))}とする。",
              f"　(1) {fw('令和8年6月から令和12年5月まで')}毎月末日限り　{fw(kin(M))}ずつ（{fw('48')}回）",
              f"　(2) {fw(era(final))}限り　{fw(kin(rest))}"):
        p.para(s, x0=25, x1=188, size=10.3, indent="")
    q = Page(font="serif", size=10.5, top=20)
    q.at(196, 14, f"{case}　（２枚目）", size=9, align="r")
    for s in (f"３　相手方が前項の分割金の支払を２回以上怠り、その額が{fw(kin(2 * M))}に達したときは、当然に同項の期限の"
              "利益を失い、相手方は申立人に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の"
              "翌日から支払済みまで年１４パーセントの割合による遅延損害金を直ちに支払う。",
              "４　申立人は、その余の請求を放棄する。",
              "５　申立人と相手方は、申立人と相手方との間には、この和解条項に定めるもののほか何らの債権債務がないことを相互に"
              "確認する。",
              "６　和解費用は各自の負担とする。"):
        q.para(s, x0=25, x1=188, size=10.3, indent="")
    q.gap(6)
    q.line("　　倉吉簡易裁判所", x=30, size=11)
    q.line("　　　　裁判所書記官　永　易　千　景", x=30, size=11)
    q.seal(150, q.y - 5, 14, "square", "倉吉簡易裁判所書記官印", seed=76071)
    q.gap(14)
    q.add(Box(25, q.y, 160, 34, 0.4))
    q.at(30, q.y + 8, "これは正本である。", size=11)
    q.at(30, q.y + 16, f"{fw(era(cert))}", size=11)
    q.at(30, q.y + 24, "倉吉簡易裁判所　裁判所書記官　永　易　千　景", size=11)
    q.seal(170, q.y + 20, 14, "square", "倉吉簡易裁判所書記官印", angle=-2, seed=76072)
    q.y += 40
    q.para("（注）本調書は確定判決と同一の効力を有します。第３項により期限の利益を失った場合、申立人は本調書に基づき強制執行を"
           "することができます。", x0=25, x1=188, size=9.3, indent="")
    q.para("お問い合わせ　倉吉簡易裁判所　民事係　電話 0858-00-2203（直通）　（事件番号をお知らせください）", x0=25, x1=188,
           size=9.3, indent="")
    tr = truth(document_type="settlement_proposal", sender="倉吉簡易裁判所", phone="0858-00-2203",
               creditor="飛梅信用金庫", status="not_applicable", debtor="枝廣隆之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=day, payment_due=first, acceleration=acc, last_payment=None,
               hearing=None, reference="令和8年(イ)第3号", input_kind="pdf_scan",
               template="proxy76_summary_court_pre_action_settlement_record", received=D(2026, 5, 27))
    return dict(stem="cg07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (簡裁 起訴前の和解 和解調書 正本, 2 pages)",
                unusual="a court record, not a letter: 倉吉簡裁's 和解調書 of a 起訴前の和解 (即決和解, case code (イ), "
                        "full-width), scanned as a 2-page image PDF; shaded-label grid (事件の表示, 期日 with weekday and "
                        "time, 場所, 裁判官, 書記官); 申立人 a 信用金庫 (creditor) and 相手方 the debtor; 条項１ confirms the "
                        "喪失 and lists the amounts in FULL-width (残元金 / 未払利息 / 遅延損害金 with its window / 合計); "
                        "条項２ an explicit first date 「第１回の支払期日は…６月３０日」, 25,000 × 48 and the rest; p.2 条項３ "
                        "default clause (50,000, 年１４パーセント), 放棄 / 清算 / 費用, the 正本 certification 5/25 ≠ the 期日 "
                        "5/20; court phone （直通）")


# ---------------------------------------------------------------------------------------------
# cg08 益田簡易裁判所 調停調書（成立）, 民事調停 (ノ) filed by the 信販; one scanned page.


def cg08():
    R = 6.0
    day = D(2026, 6, 17)
    acc = D(2025, 10, 27)
    P, I = 318_600, 11_947
    L = late(P, R, acc + timedelta(1), day)
    T = P + I + L
    n, M = 34, 10_000
    rest = T - n * M
    assert 0 < rest < M, rest
    first = D(2026, 7, 15)
    last_full = add_months(first, n - 1, 15)
    final = add_months(first, n, 15)
    case = "令和８年（ノ）第９号"
    p = Page(font="serif", size=10, top=14)
    p.title("調 停 調 書（成 立）", size=16, font="serif-bold")
    y = grid(p, 20, p.y, [34, 136],
             [["事 件 の 表 示", f"{case}　立替金請求調停事件"],
              ["期　　　　日", f"{fw(era(day))}（{wd(day)}）午後１時３０分"],
              ["場　　　　所", "益田簡易裁判所調停室"],
              ["調停主任裁判官", "田頭　晴彦"], ["民事調停委員", "清棲　和代　　武居　昭一"],
              ["裁判所書記官", "品治　理沙"]], h=7, size=9.8, lsize=9, vfont="serif")
    p.y = y + 3
    p.kv([("申 立 人", "磯千鳥信販株式会社"), ("同代表者代表取締役", "黒羽根　敏"),
          ("同許可代理人", "芝垣　俊介"), ("相 手 方", "倉品　早苗")], x=26, label_w=42, size=10)
    p.gap(2)
    p.line("当事者間に次のとおり調停成立", x=26, size=10.5, font="serif-bold")
    p.line("調　停　条　項", size=11.5, font="serif-bold", align="c")
    for s in (f"１　相手方は、申立人に対し、本件立替金債務として、{fw(kin(T))}（ただし、立替金残元金{fw(yen(P))}、"
              f"分割手数料{fw(yen(I))}及び{fw(era(acc + timedelta(1)))}から本日までの年６パーセントの割合による遅延損害金"
              f"{fw(yen(L))}の合計額）の支払義務のあることを認める。",
              "２　相手方は、申立人に対し、前項の金員を次のとおり分割して、申立人の指定する預金口座に振り込む方法により支払う。"
              "振込手数料は相手方の負担とする。",
              f"　(1) {fw(era(first))}限り　{fw(kin(M))}",
              f"　(2) {fw('令和8年8月から')}{fw(era(last_full)[:-3])}まで　毎月１５日限り　{fw(kin(M))}ずつ",
              f"　(3) {fw(era(final))}限り　{fw(kin(rest))}",
              f"３　相手方が前項の分割金の支払を怠り、その額が{fw(kin(2 * M))}に達したときは、当然に期限の利益を失い、"
              "相手方は申立人に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から"
              "支払済みまで年６パーセントの割合による遅延損害金を直ちに支払う。",
              "４　申立人は、その余の請求を放棄する。",
              "５　申立人と相手方との間には、本件に関し、この調停条項に定めるもののほか、何らの債権債務のないことを相互に"
              "確認する。",
              "６　調停費用は各自の負担とする。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(3)
    p.line("　　益田簡易裁判所", x=28, size=10.5)
    p.line("　　　　裁判所書記官　品　治　理　沙", x=28, size=10.5)
    p.seal(140, p.y - 5, 13, "square", "益田簡易裁判所書記官印", seed=76081)
    p.gap(6)
    p.add(Box(22, p.y, 168, 20, 0.3))
    p.at(26, p.y + 6.5, f"これは正本である。　　{fw(era(D(2026, 6, 19)))}", size=10)
    p.at(26, p.y + 13.5, "益田簡易裁判所　裁判所書記官　品　治　理　沙", size=10)
    p.at(26, p.y + 18.5, "（問合せ先　民事係　電話 0856-00-3109）", size=8.5)
    p.seal(176, p.y + 10, 12, "square", "益田簡易裁判所書記官印", angle=3, seed=76082)
    tr = truth(document_type="settlement_proposal", sender="益田簡易裁判所", phone="0856-00-3109",
               creditor="磯千鳥信販株式会社", status="not_applicable", debtor="倉品早苗", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=day, payment_due=first, acceleration=None,
               last_payment=None, hearing=None, reference="令和8年(ノ)第9号", input_kind="scan_png",
               template="proxy76_summary_court_civil_conciliation_record", received=D(2026, 6, 22))
    return dict(stem="cg08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="settlement_proposal (簡裁 民事調停 調停調書（成立）, one page)",
                unusual="益田簡裁's 調停調書（成立） of an ordinary 民事調停 (ノ) filed BY the 信販 (申立人, through a 許可代理人) "
                        "against the debtor (相手方), scanned on ONE page; a 6-row shaded-label grid with spaced labels "
                        "(事 件 の 表 示, 調停主任裁判官, two 民事調停委員, 書記官); 条項１ the acknowledged sum FIRST with its "
                        "breakdown in a bracket 「（ただし、立替金残元金…、分割手数料…及び…から本日までの年６パーセントの割合"
                        "による遅延損害金…の合計額）」, all in full-width; 条項２ (1) the first 「令和８年７月１５日限り」, (2) "
                        "monthly to R11.4, (3) the last; the 20,000 default clause at 年６パーセント; the 正本 date 6/19 ≠ the "
                        "期日; no 喪失 date and no last payment (null)")


LETTERS = [cg01, cg02, cg03, cg04, cg05, cg06, cg07, cg08]
