"""Proxy set 52, letters bi01–bi08: "settlements, third round". A real servicer's 和解案 with three options in one
table (一括減額 / 分割 / 据置後分割) and a 回答書; a 信販 company's 分割弁済協定書 to sign, by fax, and its
お支払計画変更のお知らせ after the first missed 分割金 (the 椎橋 household); a real servicer's 和解不履行 一括請求 (the
栃久保 household, continued in letters_bi2.py by the 支払督促 and the 仮執行宣言付支払督促); a real servicer's 一部弁済
receipt that restates the balance; a lawyer's 縦書き 催告書 after a 分割和解 broke; an invented servicer's 減額和解 with a
deadline for the reduced sum; a card company's answer, by fax, to the debtor's 任意整理 lawyer, with its 和解契約書."""

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
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.42, 0.26, 0.10)
PALE = (0.95, 0.95, 0.90)


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def add_months(d: D, n: int, day: int) -> D:
    m = d.month - 1 + n
    return D(d.year + m // 12, m % 12 + 1, day)


def kyen(n: int) -> str:
    """金五十八万四千八百六十二円: positional kanji for 縦書き."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# the 椎橋 household (bi02, bi03): a 信販 company's 分割弁済協定 signed after a phone call.

SH_ACC, SH_LAST = D(2025, 10, 27), D(2025, 8, 27)
SH_ASOF = D(2026, 1, 19)
SH_P, SH_I = 626_800, 14_276
SH_R = 6.0
SH_L = late(SH_P, SH_R, SH_ACC + timedelta(1), SH_ASOF)
SH_T = SH_P + SH_I + SH_L
SH_FIRST, SH_EACH, SH_N = 20_000, 18_000, 36
SH_LASTAMT = SH_T - SH_FIRST - SH_EACH * (SH_N - 2)
assert 0 < SH_LASTAMT <= SH_EACH, SH_LASTAMT
SH_REF = "CG-5510-2093"


# ---------------------------------------------------------------------------------------------
# bi01 real servicer ニッテレ債権回収: 和解案 with three options in ONE transposed table, 回答書 on p.2.


def bi01():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 13)
    acc, lastp, asg = D(2024, 11, 27), D(2024, 9, 26), D(2025, 9, 30)
    P, I = 486_320, 21_905
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    A_SUM, A_DAY = 380_000, D(2026, 3, 31)
    B_EACH, B_N = 13_500, 36
    B_LAST = P - B_EACH * (B_N - 1)
    B1, BN = D(2026, 4, 27), add_months(D(2026, 4, 27), B_N - 1, 27)
    C_SUM = P + I
    C_EACH, C_N = 10_600, 48
    C_LAST = C_SUM - C_EACH * (C_N - 1)
    C1, CN = D(2026, 10, 27), add_months(D(2026, 10, 27), C_N - 1, 27)
    assert B_EACH * (B_N - 1) + B_LAST == P and 0 < B_LAST <= B_EACH + 500
    assert C_EACH * (C_N - 1) + C_LAST == C_SUM and 0 < C_LAST <= C_EACH
    assert (BN.isoformat(), CN.isoformat()) == ("2029-03-27", "2030-09-27")
    p = Page(font="serif", size=10.3, top=14)
    p.at(15, 19, "ニッテレ債権回収株式会社", size=14, font="serif-bold", color=NAVY)
    p.at(15, 24, "法務大臣許可番号：第7号", size=8.5, color=GRAY)
    p.add(Line(15, 27, 110, 27, 0.6, NAVY))
    p.at(196, 19, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 24.5, "ご照会番号　NT-0730-5182", size=9.5, align="r")
    p.y = 34
    p.line("〒430-0000", size=9.8, x=20)
    p.line("静岡県浜松市中央区みなもと坂四丁目9番9号", size=9.8, x=20)
    p.line("雑賀　智也　様", size=13.5, x=26)
    p.gap(4)
    p.title("和 解 案 の ご 提 示", size=15.5, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10)
    p.para(f"さて、当社が{era(asg)}に株式会社おきなぐさカードから譲り受けました貴殿に対する債権につきましては、"
           f"{era(lastp)}のご入金を最後にお支払いがなく、{era(acc)}をもって期限の利益を喪失しております。", size=10)
    p.para("当社では、貴殿のご事情に応じたお支払いができるよう、下記のとおり三つの和解案をご用意いたしました。"
           "いずれかをお選びのうえ、同封の回答書（２枚目）をご回答期限までにご返送ください。", size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10.5)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10.3, font="serif-bold")
    p.table([["元　金", "利　息", "遅延損害金（年14.6％）", "ご債務合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 38, 52, 44], x=22, header=True, aligns="rrrr", size=9.8, row_h=7.5)
    p.gap(2.5)
    p.line("２．和解案（いずれか一つをお選びください）", size=10.3, font="serif-bold")
    rows = [["", "第１案　一括減額", "第２案　分割", "第３案　据置後の分割"],
            ["お支払総額", f"{A_SUM:,}円", f"{P:,}円（元金のみ）", f"{C_SUM:,}円（元金・利息）"],
            ["お支払方法", "一括", f"{B_N}回（毎月27日）", f"6か月据置の後{C_N}回"],
            ["毎回のお支払額", "―", f"{B_EACH:,}円（最終回{B_LAST:,}円）", f"{C_EACH:,}円（最終回{C_LAST:,}円）"],
            ["初回お支払日", west(A_DAY), west(B1), west(C1)],
            ["最終回お支払日", "―", west(BN), west(CN)],
            ["免除となる金額", f"{T - A_SUM:,}円", f"{I + L:,}円", f"{L:,}円"]]
    p.table(rows, [30, 38, 52, 56], x=18, header=True, shade_col0=True, aligns="lccc", size=8.8, row_h=7.2)
    p.para("※第３案の据置期間（2026年4月～9月）中はお支払いが不要です。いずれの案も、お支払いが2回分以上遅れた場合は"
           "和解が失効し、免除の合意はなかったものとなります。", x0=18, size=8.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 13, 0.9, RED))
    p.at(23, y + 8.5, "ご回答期限", size=11.5, font="serif-bold", color=RED)
    p.at(60, y + 8.8, f"{era(due)}（{wd(due)}）当社必着", size=13, font="serif-bold")
    p.y = y + 17
    p.para("お振込先は、ご回答をいただいた後に個別にご案内いたします。ご不明な点は下記担当までお電話ください。", size=9.3,
           indent="")
    p.gap(2)
    for s, sz, f in (("ニッテレ債権回収株式会社　債権管理第二部", 10, "serif-bold"),
                     ("〒105-0000 東京都港区ともしび通二丁目9番9号", 8.8, "serif"),
                     ("TEL 0120-000-718（平日9:30～17:30）　FAX 03-0000-7190", 8.8, "serif"),
                     ("担当　蓑田", 8.8, "serif")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 24, 13, "square", "ニッテレ債権回収之印", angle=2, seed=52011)
    q = Page(font="serif", size=10.5, top=18)
    q.at(20, 22, "ニッテレ債権回収株式会社　債権管理第二部　御中", size=11)
    q.at(20, 28, "（FAX 03-0000-7190）", size=9.5)
    q.y = 36
    q.title("回　答　書", size=17, font="serif-bold")
    q.para(f"私は、貴社の{era(issued)}付「和解案のご提示」について、次のとおり回答します。（該当する□に✓をしてください）")
    q.gap(3)
    for s in (f"□　第１案（一括減額）を希望します。{west(A_DAY)}までに{A_SUM:,}円を一括でお支払いします。",
              f"□　第２案（分割）を希望します。元金{P:,}円を{B_N}回に分けてお支払いします。",
              f"□　第３案（据置後の分割）を希望します。{C_SUM:,}円を据置の後{C_N}回でお支払いします。",
              "□　いずれの案も難しいため、電話での相談を希望します。（ご都合のよい時間帯：　　　　　　）"):
        q.para(s, x0=24, size=10.2, indent="")
        q.gap(2.5)
    q.gap(4)
    q.kv([("ご照会番号", "NT-0730-5182"), ("ご記入日", "令和　　年　　月　　日"), ("ご住所", ""), ("お名前", "　　　　　　　　　　　　　　　印"),
          ("お電話番号", "（　　　　）　　　　－")], x=28, label_w=34, size=10.5)
    q.gap(6)
    q.para(f"※本回答書は{era(due)}までに当社へ到着するよう、同封の返信用封筒又はFAXでご返送ください。", size=9.3, indent="")
    q.para("※回答書のご返送をもって和解が成立するものではありません。当社から和解契約書をお送りいたします。", size=9.3, indent="")
    tr = truth(document_type="settlement_proposal", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-718", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社おきなぐさカード", debtor="雑賀智也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="NT-0730-5182", input_kind="pdf_text_2page",
               template="proxy52_servicer_three_options_transposed_table", received=D(2026, 2, 18))
    return dict(stem="bi01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, three options in one table, 回答書 on p.2)",
                unusual="real servicer ★ ニッテレ債権回収株式会社 with 「法務大臣許可番号：第7号」 (colon) in grey under a navy "
                        "serif name; title 「和 解 案 の ご 提 示」; a one-row 4-column 現在のご債務 table (元金 / 利息 / 遅延損害金"
                        "（年14.6％） / ご債務合計); the three options as ONE TRANSPOSED table (rows お支払総額 / お支払方法 / 毎回の"
                        f"お支払額 / 初回 / 最終回 / 免除となる金額, columns 第１案 一括減額 {A_SUM:,} by {A_DAY} / 第２案 元金 "
                        f"{P:,} in {B_N} / 第３案 6か月据置 then {C_SUM:,} in {C_N}), western 年月日 dates in the table and "
                        "era dates in the letter — all plan figures distractors; a red-framed ご回答期限 …当社必着; p.2 a 回答書 "
                        "with four □ boxes and the FAX number")


# ---------------------------------------------------------------------------------------------
# bi02 ちんぐるま信販: FAX cover + 分割弁済協定書 (甲/乙, 第1条 the debt, 第2条 the plan), 2-page fax.


def bi02():
    issued, due = D(2026, 1, 20), D(2026, 2, 3)
    last_day = add_months(D(2026, 2, 27), SH_N - 1, 27)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ちんぐるま信販株式会社", size=13.5, font="sans-bold", color=TEAL)
    p.at(15, 24, "お客様サポート部　ご返済相談課", size=8.5, color=TEAL)
    p.add(Box(118, 12, 78, 24, 0.4))
    for i, (a, b) in enumerate((("送信日", fw(era(issued))), ("送信枚数", "２枚（本紙含む）"), ("宛　先", "椎橋　由香　様"),
                                ("貴FAX", "0000-00-4417"))):
        p.at(121, 17.5 + i * 5.3, a, size=8, color=GRAY)
        p.at(139, 17.5 + i * 5.3, b, size=9.3)
    p.y = 42
    p.title("分割弁済協定書ご送付のご案内", size=14.5)
    p.para(f"{era(D(2026, 1, 16))}のお電話では、ご返済についてご相談をいただきありがとうございました。", size=9.8)
    p.para("お話しいただいた内容をもとに、分割弁済協定書（２枚目）を作成いたしました。内容をご確認のうえ、乙欄にご署名・ご捺印"
           "いただき、下記期限までに当社あて原本をご郵送ください（FAXでの仮返送も承ります）。", size=9.8)
    p.para(f"なお、お客様のご契約（お客様番号 {SH_REF}）は、約定のお支払いがなかったため、{era(SH_ACC)}の経過をもって期限の"
           f"利益を喪失しております（最終ご入金日　{era(SH_LAST)}）。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 14, 1.1))
    p.add(Box(22, y, 50, 14, color=None, fill=SHADE))
    p.at(47, y + 9, "協定書ご返送期限", size=10.5, font="sans-bold", align="c")
    p.at(78, y + 9.3, f"{fw(era(due))}（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.y = y + 19
    p.line("協定の概要（詳しくは協定書をご覧ください）", size=9.8, font="sans-bold")
    p.table([["協定対象額", f"{SH_T:,}円"], ["初回お支払日／金額", f"{era(D(2026, 2, 27))}　{SH_FIRST:,}円"],
             ["2回目以降", f"毎月27日　{SH_EACH:,}円"],
             ["最終回", f"{era(last_day)}　{SH_LASTAMT:,}円"], ["お支払回数", f"全{SH_N}回"]],
            [52, 90], x=28, aligns="ll", size=9.3, row_h=6.6, ruled="rows", shade_col0=True)
    p.gap(3)
    p.para("※ご返送期限までに協定書のご返送がない場合は、協定のお話はなかったものとし、ご請求額全額を一括してお支払い"
           "いただくことになります。", size=8.8, indent="")
    p.gap(3)
    for s in ("ちんぐるま信販株式会社　お客様サポート部　ご返済相談課（担当　嘉手納）",
              "〒460-0000 名古屋市中区ふなつき町三丁目9番9号",
              "TEL 0120-000-366　FAX 052-000-3670",
              "貸金業登録番号 東海財務局長(5)第00318号"):
        p.line(s, x=22, size=8.8)
    q = Page(font="serif", size=10.3, top=16)
    q.title("分 割 弁 済 協 定 書", size=16, font="serif-bold")
    q.para("ちんぐるま信販株式会社（以下「甲」という。）と椎橋由香（以下「乙」という。）とは、乙の甲に対する債務の弁済に"
           "ついて、次のとおり協定する。", size=10)
    q.gap(1)
    q.line("第１条（債務の承認）", size=10.3, font="serif-bold")
    q.para(f"乙は、甲に対し、{era(SH_ASOF)}現在、次の債務を負担していることを承認する。", size=10, indent="　")
    x0, x1 = 36, 150
    for lab, val in (("立替金残元金", SH_P), ("分割手数料（未払分）", SH_I), (f"遅延損害金（年{SH_R:.1f}％）", SH_L),
                     ("合　計", SH_T)):
        if lab == "合　計":
            q.add(Line(x0, q.y + 0.4, x1, q.y + 0.4, 0.35))
            q.gap(0.8)
        b = q.line(lab, x=x0, size=10)
        q.at(x1, b, f"金{val:,}円", size=10, align="r")
    q.line("第２条（分割弁済）", size=10.3, font="serif-bold")
    q.para(f"乙は、甲に対し、前条の合計金{SH_T:,}円を、次のとおり分割して、乙名義の預金口座からの口座振替の方法により"
           "支払う。", size=10, indent="　")
    for s in (f"（１）{era(D(2026, 2, 27))}限り　金{SH_FIRST:,}円",
              f"（２）令和8年3月から令和10年12月まで、毎月27日限り　金{SH_EACH:,}円ずつ",
              f"（３）{era(last_day)}限り　金{SH_LASTAMT:,}円"):
        q.line(s, x=30, size=10)
    q.line("第３条（期限の利益の喪失）", size=10.3, font="serif-bold")
    q.para(f"乙が前条の分割金の支払を２回以上怠り、その額が金{SH_EACH * 2:,}円に達したときは、乙は当然に期限の利益を失い、"
           "甲に対し、前条の合計額から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済みまで"
           "年14.6％の割合による遅延損害金を直ちに支払う。", size=10, indent="　")
    q.line("第４条（清算）", size=10.3, font="serif-bold")
    q.para("甲及び乙は、本協定書に定めるほか、甲乙間に何らの債権債務のないことを相互に確認する。", size=10, indent="　")
    q.gap(2)
    q.para("本協定の成立を証するため、本書２通を作成し、甲乙記名押印のうえ各１通を保有する。", size=10, indent="　")
    q.gap(3)
    q.line("令和　　年　　月　　日", x=30, size=10.3)
    q.gap(2)
    q.line("甲　名古屋市中区ふなつき町三丁目9番9号", x=30, size=10)
    q.line("　　ちんぐるま信販株式会社　代表取締役　慶田　宗一郎", x=30, size=10)
    q.seal(176, q.y - 6, 13, "square", "ちんぐるま信販代表印", angle=-3, seed=52021)
    q.gap(4)
    q.line("乙　住所", x=30, size=10)
    q.add(Line(50, q.y - 1.5, 180, q.y - 1.5, 0.2))
    q.gap(2)
    q.line("　　氏名　　　　　　　　　　　　　　　　　　　　　　印", x=30, size=10)
    q.add(Line(50, q.y - 1.5, 180, q.y - 1.5, 0.2))
    tr = truth(document_type="settlement_proposal", sender="ちんぐるま信販株式会社", phone="0120-000-366",
               creditor="ちんぐるま信販株式会社", status="not_applicable", debtor="椎橋由香", total=SH_T, principal=SH_P,
               interest=SH_I, late_damages=SH_L, rate=SH_R, lump=False, issued=issued, payment_due=due,
               acceleration=SH_ACC, last_payment=SH_LAST, reference=SH_REF, input_kind="fax_tiff",
               template="proxy52_shinpan_instalment_agreement_to_sign_fax", received=issued)
    return dict(stem="bi02", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:02 CHINGURUMA SHINPAN 052-000-3670",
                about="settlement_proposal (信販 company, 分割弁済協定書 to sign, 2-page fax)",
                unusual="2-page G4 fax: p.1 a cover letter with a boxed 送信日 (FULL-width era) / 送信枚数 / 宛先 / the addressee's "
                        "own 貴FAX number (distractor) top-right, the 喪失 and last payment inside one bracketed sentence, a "
                        "heavy-framed 協定書ご返送期限 …必着 (= payment_due) and a rows-ruled 協定の概要 (協定対象額, 初回 2/27, "
                        "2回目以降 18,000, 最終回, 全36回); p.2 a serif 分割弁済協定書 with 甲/乙: 第１条 admits 立替金残元金 / 分割"
                        f"手数料（未払分） / 遅延損害金（年6.0％） / 合計 as of 令和8年1月19日 (≠ 送信日), 第２条 the plan (20,000 + "
                        f"18,000 × 34 + {SH_LASTAMT:,}), 第３条 the 36,000 default clause at 年14.6％ (a second rate, not the "
                        "letter's), blank 令和　年　月　日 and 乙 lines; the 貸金業登録番号 (not a licence)")


# ---------------------------------------------------------------------------------------------
# bi03 the same 信販: お支払計画変更のお知らせ after the first missed 分割金; photo stored sideways (EXIF 6).


def bi03():
    issued, due = D(2026, 6, 8), D(2026, 6, 19)
    paid = [D(2026, 2, 27), D(2026, 3, 27), D(2026, 4, 27)]
    missed = D(2026, 5, 27)
    paid_sum = SH_FIRST + SH_EACH * (len(paid) - 1)
    rest = SH_T - paid_sum
    old_last = add_months(D(2026, 2, 27), SH_N - 1, 27)
    new_last = D(2029, 2, 10)
    assert paid_sum == 56_000 and rest == SH_T - 56_000
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(15, 6.3, "ちんぐるま信販", size=10.5, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "CHINGURUMA SHINPAN", size=8, color=WHITE, align="r")
    p.at(196, 16, f"{west(issued)}", size=9.5, align="r")
    p.at(196, 21, f"お客様番号：{SH_REF}", size=9.5, align="r")
    p.y = 17
    p.line("〒444-0000", size=9.8, x=18)
    p.line("愛知県岡崎市いわつばめ台二丁目9番9号", size=9.8, x=18)
    p.line("椎橋　由香　様", size=13.5, x=24)
    p.gap(5)
    p.title("お支払計画変更のお知らせ", size=15)
    p.para(f"{era(D(2026, 1, 30))}付分割弁済協定書に基づくお支払いにつきまして、第４回（{west(missed)}お引落し分）の分割金"
           "がお引落しできませんでした。", size=9.8)
    p.para("先日お電話でいただいたご要望により、第５回以降のお引落日を毎月10日に変更いたします。つきましては、未払いとなって"
           "いる第４回分割金を、下記お支払期限までにお振込みください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 29, 0.8, TEAL))
    p.add(Box(20, y, 170, 8, color=None, fill=TEAL))
    p.at(105, y + 5.6, "今回お振込みいただく金額", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(26, y + 16, "第４回分割金（未払分）", size=10.5)
    p.at(184, y + 16.5, f"{SH_EACH:,}円", size=16, font="sans-bold", align="r")
    p.at(26, y + 23, "お支払期限", size=10)
    p.at(184, y + 23.3, f"{west(due)}（{wd(due)}）", size=12, font="sans-bold", align="r", color=RED)
    p.y = y + 33
    p.line("変更後のお支払計画", size=10, font="sans-bold")
    p.table([["", "変更前", "変更後"],
             ["お引落日", "毎月27日", "毎月10日（7月10日から）"],
             ["毎回のお支払額", f"{SH_EACH:,}円", f"{SH_EACH:,}円（変更なし）"],
             ["最終回", f"{west(old_last)}　{SH_LASTAMT:,}円", f"{west(new_last)}　{SH_LASTAMT:,}円"]],
            [40, 62, 68], x=20, header=True, shade_col0=True, aligns="lll", size=9.2, row_h=7)
    p.gap(2)
    p.line("（ご参考）協定のお支払状況", size=9.5, font="sans-bold")
    p.table([["協定金額", f"{SH_T:,}円"], ["お支払済み（3回）", f"{paid_sum:,}円"],
             ["最終ご入金日", west(paid[-1])], ["協定残高（第４回分を含む）", f"{rest:,}円"]],
            [62, 60], x=24, aligns="lr", size=9, row_h=6.3, ruled="rows")
    p.gap(2)
    p.para(f"※協定書第３条により、分割金のお支払いが２回以上遅れ、その額が{SH_EACH * 2:,}円に達したときは、協定残高全額を"
           "一括してお支払いいただくことになります。第４回分は必ず期限までにお振込みください。", size=8.8, indent="")
    p.para("お振込先　かもめ野銀行 栄支店 普通 3318472 チングルマシンパン（カ　※お振込人名の前にお客様番号をご入力ください。",
           size=8.8, indent="")
    p.gap(3)
    for s, sz in (("ちんぐるま信販株式会社　お客様サポート部　ご返済相談課", 9.8), ("〒460-0000 名古屋市中区ふなつき町三丁目9番9号", 8.6),
                  ("TEL 0120-000-366（平日 9:00～18:00）", 8.8)):
        p.line(s, x=92, size=sz)
    tr = truth(document_type="collection_notice", sender="ちんぐるま信販株式会社", phone="0120-000-366",
               creditor="ちんぐるま信販株式会社", status="not_applicable", debtor="椎橋由香", total=SH_EACH, lump=False,
               issued=issued, payment_due=due, last_payment=paid[-1], reference=SH_REF, input_kind="photo_exif_rotated",
               template="proxy52_shinpan_plan_change_after_missed_instalment_rotated", received=D(2026, 6, 10))
    return dict(stem="bi03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="collection_notice (信販 company, plan changed after ONE missed 分割金; claims only that instalment)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk with tri-fold creases and a hand "
                        "shadow at the bottom; teal top band; western 年月日 dates; the letter claims ONLY the missed 第４回 "
                        f"分割金 {SH_EACH:,} in a framed box with the お支払期限 in red (total only, components null, lump "
                        "false, no 喪失); a 変更前 / 変更後 table (お引落日 27日 → 10日, the 最終回 moving to 2029-02-10); a "
                        f"（ご参考） block with the 協定金額 {SH_T:,}, お支払済み 56,000, 最終ご入金日 and 協定残高 {rest:,} "
                        "(all distractors except the last payment); the 36,000 default threshold; a bank account")


# ---------------------------------------------------------------------------------------------
# the 栃久保 household (bi04 here, bi13 and bi14 in letters_bi2.py): a 和解 with a real servicer broke.

TK_ORIG = "はなしのぶファイナンス株式会社"
TK_ASG = D(2024, 6, 28)
TK_WAKAI, TK_SUM, TK_EACH, TK_N = D(2025, 3, 10), 600_000, 20_000, 30
TK_PAID = 7
TK_LAST = D(2025, 10, 24)
TK_ACC = D(2025, 12, 25)
TK_P = TK_SUM - TK_PAID * TK_EACH
TK_R = 14.6
TK_REF = "OX-2503-1044"
assert TK_P == 460_000 and TK_EACH * TK_N == TK_SUM


def bi04():
    issued, due = D(2026, 1, 23), D(2026, 2, 6)
    L = late(TK_P, TK_R, TK_ACC + timedelta(1), issued)
    T = TK_P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 14, color=None, fill=(0.90, 0.45, 0.10)))
    p.at(22, 19, "オリックス債権回収株式会社", size=13.5, font="sans-bold")
    p.at(22, 24.5, "法務大臣許可番号　第11号", size=8.5, color=GRAY)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23, f"管理番号　{TK_REF}", size=9.5, align="r")
    p.y = 32
    p.line("〒802-0000", size=9.8, x=20)
    p.line("福岡県北九州市小倉北区あかとんぼ町一丁目9番9号", size=9.8, x=20)
    p.line("栃久保　崇　様", size=13.5, x=26)
    p.gap(4)
    p.title("和解契約の解除及び残額一括ご請求のご通知", size=14)
    p.para(f"貴殿と当社との間の{era(TK_WAKAI)}付和解契約（和解金{TK_SUM:,}円、毎月25日限り{TK_EACH:,}円ずつ{TK_N}回払い）"
           f"につきましては、第{TK_PAID + 1}回及び第{TK_PAID + 2}回の分割金のお支払いがございませんでした。", size=9.8)
    p.para(f"このため、和解契約第４条の定めにより、貴殿は{era(TK_ACC)}の経過をもって分割払いの期限の利益を喪失されました"
           f"ので、下記金額を{era(due)}（{wd(due)}）までに一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line(f"ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", x=22)
    p.table([["和解残元金", f"{TK_P:,}円"], ["約定遅延損害金（年14.6％・12月26日から）", f"{L:,}円"],
             ["一括ご請求額", f"{T:,}円"]], [112, 54], x=22, shade_col0=True, aligns="lr", size=10, row_h=8.5)
    p.gap(3)
    p.line("ご参考　和解のお支払状況", size=9.5, font="sans-bold", x=22)
    p.kv([("原債権者", TK_ORIG), ("債権譲受日", era(TK_ASG)), ("和解日", era(TK_WAKAI)),
          ("お支払済み", f"{TK_PAID}回　{TK_PAID * TK_EACH:,}円（最終ご入金日　{era(TK_LAST)}）")], x=26, label_w=30, size=9.3)
    p.gap(1)
    p.para("※和解契約第５条により、和解時に免除した金額は復活いたしません（本書によるご請求には含まれておりません）。", size=8.8,
           indent="")
    p.para("※期限までにお支払いのない場合は、支払督促等の法的手続に移行いたします。お支払いについてのご相談は、期限までに"
           "担当者までお電話ください。", size=8.8, indent="")
    p.gap(1)
    p.para("お振込先　あけぼのすぎ銀行 本店営業部 普通 7104458 オリツクスサイケンカイシユウ（カ", size=9.2, indent="")
    p.gap(4)
    for s, sz in (("オリックス債権回収株式会社　管理部", 10), ("〒105-0000 東京都港区ともしび通五丁目9番9号", 8.6),
                  ("電話 03-0000-5812　（受付　平日 9:00～17:30）　担当　大鷹", 8.8)):
        p.line(s, x=84, size=sz)
    p.seal(190, p.y - 10, 12, "square", "オリックス債権回収印", angle=3, seed=52041)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-5812", creditor="オリックス債権回収株式会社", status="licensed", original=TK_ORIG,
               debtor="栃久保崇", total=T, principal=TK_P, late_damages=L, rate=TK_R, lump=True, issued=issued,
               payment_due=due, acceleration=TK_ACC, last_payment=TK_LAST, assignment=TK_ASG, reference=TK_REF,
               input_kind="photo_jpeg", template="proxy52_servicer_settlement_breach_lump_photo",
               received=D(2026, 1, 26))
    return dict(stem="bi04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.8, creases=2, shadow=0.2, shadow_side="right", fill=0.83,
                          warm=0.25),
                about="collection_notice (real servicer, 和解不履行 → 残額一括)",
                unusual="phone photo on tatami with tri-fold creases and a hand shadow on the right; real servicer ★ "
                        "オリックス債権回収株式会社 beside an orange bar with 「法務大臣許可番号　第11号」 in grey; title "
                        "「和解契約の解除及び残額一括ご請求のご通知」; the 和解's terms in one bracket (和解金 600,000, 20,000 × 30); "
                        "the 喪失 is the 和解's own (「…の経過をもって」 after the 8th and 9th instalments); a shaded-label "
                        "table with the new labels 和解残元金 / 約定遅延損害金（年14.6％・12月26日から） / 一括ご請求額; a kv "
                        "block with 原債権者, 債権譲受日, 和解日 and お支払済み 7回 140,000 with the 最終ご入金日 in brackets; "
                        "「免除した金額は復活いたしません」")


# ---------------------------------------------------------------------------------------------
# bi05 real servicer アイ・アール債権回収: 一部ご入金 receipt with a 充当 table, the balance restated, the rest demanded.


def bi05():
    R = 18.0
    issued, due = D(2026, 3, 9), D(2026, 3, 27)
    acc, asg, paid_on = D(2025, 7, 10), D(2025, 11, 28), D(2026, 2, 27)
    P, I = 712_650, 18_340
    L0 = late(P, R, acc + timedelta(1), paid_on)
    pay = 50_000
    assert pay < L0
    L1 = L0 - pay
    L2 = late(P, R, paid_on + timedelta(1), issued)
    L = L1 + L2
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "アイ・アール債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 24, "〒102-0000 東京都千代田区ささなみ町一丁目9番9号", size=8)
    p.at(15, 28, "お客様相談窓口　0120-000-624（平日 9:00～18:00）", size=8)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号　IR-66-015273", size=9.5, align="r")
    p.y = 36
    p.line("〒933-0000　富山県高岡市くじら坂三丁目9番9号", size=9.8, x=20)
    p.line("伊佐治　美佐子　様", size=13.5, x=26)
    p.gap(4)
    p.title("一部ご入金の受領及び残高のお知らせ", size=14.5)
    p.para(f"{era(paid_on)}、貴殿より金{pay:,}円のご入金を確認いたしました。ありがとうございます。", size=9.8)
    p.para("ご入金額は、ご契約の定めにより、遅延損害金、利息、元金の順に充当いたしました。充当の内容と、充当後の残高は"
           "次のとおりです。", size=9.8)
    p.gap(1)
    p.line(f"１．充当の内容（{era(paid_on)}現在）", size=10, font="sans-bold")
    p.table([["項目", "充当前", "今回充当額", "充当後"],
             ["遅延損害金", f"{L0:,}", f"{pay:,}", f"{L1:,}"],
             ["利息", f"{I:,}", "0", f"{I:,}"],
             ["元金", f"{P:,}", "0", f"{P:,}"],
             ["計", f"{P + I + L0:,}", f"{pay:,}", f"{P + I + L1:,}"]],
            [40, 40, 40, 40], x=25, header=True, aligns="lrrr", size=9.3, row_h=6.8)
    p.line("（単位：円）", x=185, size=8, align="r")
    p.gap(1)
    p.line(f"２．現在のご請求残高（{era(issued)}現在）", size=10, font="sans-bold")
    x0, x1 = 30, 170
    for lab, val in (("元金", P), ("利息", I), (f"遅延損害金（年18.0％、{era(issued)}まで）", L), ("ご請求残高合計", T)):
        bold = lab.startswith("ご請求")
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.4))
            p.gap(0.8)
        b = p.line(lab, x=x0, size=10.2, font="sans-bold" if bold else None)
        p.at(x1, b, f"{val:,}円", size=10.2, align="r", font="sans-bold" if bold else "sans")
    p.gap(2)
    p.para(f"つきましては、上記残高を{era(due)}（{wd(due)}）までに一括してお支払いいただくか、分割でのお支払いをご希望の"
           "場合は、同日までに上記窓口へご連絡ください。", size=9.8)
    p.gap(1)
    p.kv([("原債権者", "株式会社くさぼけクレジット"), ("債権譲受日", era(asg)), ("期限の利益喪失日", era(acc)),
          ("今回ご入金日", era(paid_on))], x=26, label_w=36, size=9.2)
    p.gap(1)
    p.para("お振込先　かもめ野銀行 神田支店 普通 6601527 アイ・アールサイケンカイシュウ（カ", size=9, indent="")
    p.para("※本書は領収書を兼ねております。ご入金金額と本書の金額が異なる場合はお知らせください。", size=8.6, indent="")
    p.gap(3)
    p.line("アイ・アール債権回収株式会社　管理第一部　担当　吉弘", x=100, size=9.2)
    p.seal(190, p.y + 4, 12, "square", "アイアール債権回収印", angle=-2, seed=52051)
    tr = truth(document_type="collection_notice", sender="アイ・アール債権回収株式会社", phone="0120-000-624",
               creditor="アイ・アール債権回収株式会社", status="licensed", original="株式会社くさぼけクレジット",
               debtor="伊佐治美佐子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=paid_on, assignment=asg, reference="IR-66-015273",
               input_kind="pdf_text", template="proxy52_servicer_part_payment_receipt_balance", received=D(2026, 3, 11))
    return dict(stem="bi05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, 一部弁済 receipt restating the balance)",
                unusual="real servicer ★ アイ・アール債権回収株式会社 in plum with NO licence number printed; a receipt "
                        f"(「本書は領収書を兼ねております」) for a 一部弁済 of {pay:,} on 2/27 (= last payment); a 4-column "
                        "充当 table (充当前 / 今回充当額 / 充当後, rows 遅延損害金 / 利息 / 元金 / 計, 「（単位：円）」) as of the "
                        "payment date — all distractors; then the 現在のご請求残高 as label lines with the damage window "
                        "「…まで」 inside the label (the late damages = 充当後 + 10 more days); 「一括してお支払いいただくか、"
                        "分割…ご連絡ください」 with one date; 喪失 / 譲受 / 原債権者 in a kv block under it")


# ---------------------------------------------------------------------------------------------
# bi06 lawyer for a consumer lender, 縦書き 催告書 (内容証明) after a 分割和解 broke; scanned.


def bi06():
    R = 18.0
    issued, due = D(2026, 3, 16), D(2026, 3, 31)
    wakai, lastp, acc = D(2024, 11, 20), D(2025, 12, 26), D(2026, 2, 27)
    SUM, EACH, N, PAID = 840_000, 20_000, 42, 13
    assert EACH * N == SUM
    P = SUM - EACH * PAID
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    assert P == 580_000
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、ままこなローン株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", f"貴殿と通知人とは、{kdate(wakai)}、貴殿の通知人に対する借入金債務について、和解金を{kyen(SUM)}とし、これを"
                 f"毎月二十六日限り、{kyen(EACH)}ずつ四十二回に分割して支払う旨の和解契約を締結しました。"),
        ("body", f"しかるに貴殿は、十三回分を支払ったのみで、{kdate(lastp)}の支払を最後に、その後の分割金の支払を二回分怠り"
                 f"ました。よって貴殿は、和解契約第四条により、{kdate(acc)}の経過をもって分割金支払の期限の利益を喪失しました。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、一括して左記口座に振り込む方法によりお支払いいただく"
                 "よう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　和解金残額　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　　（令和八年二月二十八日から本書作成日まで年十八パーセントの割合）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　かもめ野銀行那覇支店　普通預金　口座番号　三一六四〇二八"),
        ("plain", "　　　　口座名義　弁護士多和田貴之預り金口"),
        ("body", "右期限までにお支払いがない場合は、何らの通知なく法的手続をとりますので、ご承知おきください。なお、本件の"
                 "お問合せは当職宛にお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "沖縄県那覇市ほしのみや二丁目九番九号"),
        ("low", "多和田総合法律事務所"),
        ("low", "通知人代理人　弁護士　多和田　貴之"),
        ("low", "電話　〇九八（〇〇〇）三一六四"),
        ("low", "当職整理番号　ＴＷ－２６０３１"),
        ("blank", ""),
        ("low", "沖縄県浦添市ひばりの辻一丁目九番九号"),
        ("low", "枡野　健吾　殿"),
    ]
    size = 10.2
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 52061))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "多和田　貴之" in it.s and "弁護士" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士多和田貴之印", angle=-3,
                         seed=52062))
    tr = truth(document_type="collection_notice", sender="多和田総合法律事務所", phone="098-000-3164",
               creditor="ままこなローン株式会社", status="not_applicable", debtor="枡野健吾", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="TW-26031", input_kind="vertical_scan",
               template="proxy52_vertical_lawyer_demand_after_broken_instalment_settlement", received=D(2026, 3, 18))
    return dict(stem="bi06", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (lawyer for a consumer lender, 縦書き 内容証明 催告書, the 分割和解 broke)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a consumer lender, scanned, with the 内容証明 stamp; "
                        "the 和解 (令和六年十一月二十日, 和解金 金八十四万円, 金二万円 × 四十二回) and 十三回 paid told in prose; the "
                        "喪失 is the 和解契約's 第四条 「…の経過をもって」; positional kanji amounts (和解金残額 → principal, "
                        "遅延損害金 with its window in a separate indented column); 「令和八年三月三十一日限り」; a 預り金口 "
                        "account in kanji digits; phone in kanji digits; full-width 当職整理番号 ＴＷ－２６０３１")


# ---------------------------------------------------------------------------------------------
# bi07 invented servicer かわらなでしこ債権回収: 減額和解 — pay the reduced sum by a date, the rest is waived; HEIC.


def bi07():
    R = 20.0
    issued, asof, due = D(2026, 5, 11), D(2026, 4, 30), D(2026, 5, 29)
    acc, lastp, asg = D(2018, 3, 5), D(2017, 12, 4), D(2025, 8, 29)
    P, I = 305_480, 12_660
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    PAY = 150_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "かわらなでしこ債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 24, "法務大臣許可番号 第273号", size=8.5, color=PLUM)
    p.at(196, 18, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お問合せ番号　KN-1804-2291", size=9.5, align="r")
    p.y = 32
    p.line("〒930-0000　富山県富山市つつじが池五丁目9番9号", size=9.6, x=20)
    p.line("真喜志　和代　様", size=13.5, x=26)
    p.gap(5)
    y = p.y
    p.add(Box(15, y, 181, 11, color=None, fill=PLUM))
    p.at(105.5, y + 7.6, "ご請求額を減額してのご和解のご提案", size=14, font="sans-bold", color=WHITE, align="c")
    p.y = y + 15
    p.para(f"当社は、{era(asg)}、株式会社またたびクレジットから貴殿に対する下記債権を譲り受けました。平成27年6月のご契約"
           "以来、平成29年12月4日のご入金を最後にお支払いがなく、"
           "遅延損害金が元金を上回っております。", size=9.8)
    p.para("つきましては、下記の金額を期日までにお支払いいただければ、残額のお支払いを免除いたします。", size=9.8)
    p.gap(1)
    p.line(f"■ 現在のご請求額（{era(asof)}現在）", size=10, font="sans-bold")
    x0, x1 = 26, 150
    for lab, val in (("元金", P), ("利息", I), ("遅延損害金（年20％）", L), ("合計", T)):
        bold = lab == "合計"
        b = p.line(lab, x=x0, size=10, font="sans-bold" if bold else None)
        p.at(x1, b, f"{val:,}円", size=10, align="r", font="sans-bold" if bold else "sans")
        p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.15, GRAY))
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.9, PLUM, (0.97, 0.94, 0.97)))
    p.at(25, y + 7, "■ ご和解の内容", size=10.5, font="sans-bold", color=PLUM)
    p.at(28, y + 14, "減額後のお支払額", size=10)
    p.at(150, y + 14.5, f"{PAY:,}円（一括）", size=14, font="sans-bold", align="r")
    p.at(28, y + 20.5, "免除する金額", size=10)
    p.at(150, y + 20.8, f"{T - PAY:,}円", size=11, align="r")
    p.at(28, y + 27, "減額後のお支払期限", size=10)
    p.at(150, y + 27.3, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", align="r", color=RED)
    p.y = y + 34
    p.para("※期限までに全額のお支払いがない場合、本提案は効力を失い、上記合計額及びその後の遅延損害金をご請求いたします。",
           size=8.8, indent="")
    p.para("※お振込みをもって本提案に同意いただいたものとし、ご入金確認後に「債務完済証明書」をお送りいたします。",
           size=8.8, indent="")
    p.gap(1)
    p.kv([("原債権者", "株式会社またたびクレジット"), ("ご契約日", "平成27年6月18日"), ("期限の利益喪失日", "平成30年3月5日"),
          ("債権譲受日", era(asg))], x=24, label_w=36, size=9.2)
    p.para("お振込先　かもめ野銀行 富山支店 普通 2730091 カワラナデシコサイケンカイシュウ（カ", size=9, indent="")
    p.gap(3)
    for s, sz in (("かわらなでしこ債権回収株式会社　管理部　担当　屋比久", 9.6), ("〒930-0000 富山県富山市ささなみ町八丁目9番9号", 8.6),
                  ("TEL 076-000-2731　FAX 076-000-2732", 8.8)):
        p.line(s, x=86, size=sz)
    tr = truth(document_type="settlement_proposal", sender="かわらなでしこ債権回収株式会社", license_number=273,
               phone="076-000-2731", creditor="かわらなでしこ債権回収株式会社", status="unverified",
               original="株式会社またたびクレジット", debtor="真喜志和代", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="KN-1804-2291", input_kind="photo_heic",
               template="proxy52_invented_servicer_reduced_sum_waiver_heic", received=D(2026, 5, 13))
    return dict(stem="bi07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.8, creases=2, shadow=0.0, fill=0.84, warm=0.1, glare=28),
                about="settlement_proposal (invented servicer, 減額和解 with a deadline for the reduced sum)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; INVENTED servicer 「かわらなでしこ債権回収株式会社」 "
                        "with 「法務大臣許可番号 第273号」 (→ unverified) in plum under the name; a white-on-plum title band; an "
                        "eight-year-old debt (平成27年 contract, last payment 平成29年12月4日, 喪失 平成30年3月5日 — Heisei dates "
                        "only) whose 遅延損害金 at 年20％ is above the 元金; amounts as hairline rows as of 4/30 (≠ 通知日 5/11); a "
                        f"plum box ご和解の内容 with 減額後のお支払額 {PAY:,}（一括）, 免除する金額 and the red 減額後のお支払期限 "
                        "(= payment_due); 「お振込みをもって本提案に同意」")


# ---------------------------------------------------------------------------------------------
# bi08 card company answers the debtor's 任意整理 lawyer (回答書 with its own 和解条件 and 和解契約書), one-page fax.


def bi08():
    issued, due = D(2026, 2, 16), D(2026, 2, 27)
    juninn, lastp = D(2025, 12, 15), D(2025, 11, 27)
    shop, cash, I = 214_600, 324_300, 9_412
    P = shop + cash
    L = 6_318
    T = P + I + L
    EACH, N = 11_200, 48
    LASTAMT = P - EACH * (N - 1)
    assert 0 < LASTAMT <= EACH + 2000 and EACH * (N - 1) + LASTAMT == P
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "FAX送信", size=13, font="sans-bold")
    p.at(196, 16, f"送信日　{west(issued)}", size=9.3, align="r")
    p.at(196, 21, "送信枚数　1枚", size=9.3, align="r")
    p.add(Line(15, 24, 196, 24, 0.5))
    p.y = 27
    p.line("普天間法律事務所", size=10.5, x=15)
    p.line("弁護士　普天間　諒　先生", size=12, x=20)
    p.line("（FAX 098-000-6219）", size=8.8, x=20)
    p.at(196, 31, "株式会社はまなしカード", size=10.5, font="sans-bold", align="r")
    p.at(196, 36, "債権管理部　和解担当　有銘", size=9, align="r")
    p.at(196, 40.5, "TEL 03-0000-2851　FAX 03-0000-2852", size=9, align="r")
    p.y = 50
    p.title("ご　回　答　書", size=15)
    p.line("債務者　鉾立　康平　様（昭和63年生）の件", size=10.3, font="sans-bold")
    p.line("当社管理番号　HM-6620-1187　　貴職整理番号　FT-25-0912", size=9.3)
    p.gap(1)
    p.para(f"前略　{era(juninn)}付受任通知及び{era(D(2026, 2, 2))}付和解条件のご提案をいただき、ありがとうございました。", size=9.8)
    p.para("ご提案の「元金のみ・60回払い」につきましては、当社基準により応じかねますが、下記の条件であれば和解に応じる"
           "用意がございますので、ご回答申し上げます。", size=9.8)
    p.gap(1)
    p.line(f"１．当社債権額（取引終了日 {era(juninn)} 時点）", size=10, font="sans-bold")
    p.table([["区分", "元金", "利息（未払）", "遅延損害金（確定）", "合計"],
             ["ショッピング", f"{shop:,}", "―", "―", f"{shop:,}"],
             ["キャッシング", f"{cash:,}", f"{I:,}", f"{L:,}", f"{cash + I + L:,}"],
             ["計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [32, 34, 32, 40, 36], x=18, header=True, aligns="lrrrr", size=9.2, row_h=6.8)
    p.line(f"（単位：円）　最終ご入金日 {era(lastp)}　遅延損害金は年14.6％で受任通知到達日まで計算しております。", x=18, size=8.3)
    p.gap(1)
    p.line("２．当社の和解条件", size=10, font="sans-bold")
    for s in (f"（１）和解金額　元金相当額の金{P:,}円（利息及び遅延損害金{I + L:,}円は免除、将来利息なし）",
              f"（２）支払方法　令和8年4月から毎月末日限り金{EACH:,}円ずつ、{N}回目のみ金{LASTAMT:,}円",
              f"（３）懈怠条項　分割金の支払を2回以上怠り、その額が金{EACH * 2:,}円に達したときは期限の利益を喪失"):
        p.para(s, x0=22, size=9.5, indent="")
    p.gap(1)
    p.para(f"上記条件でご了承いただける場合は、当社書式の和解契約書を別途郵送いたしますので、ご署名・ご捺印の上、"
           f"{era(due)}（{wd(due)}）までに当社へご返送ください。同日までにご返送のない場合、本回答は効力を失います。", size=9.8)
    p.gap(1)
    p.para("なお、ご依頼者様への直接のご請求は控えておりますが、ご依頼者様に写しをお渡しいただいても差し支えございません。",
           size=8.8, indent="")
    p.gap(2)
    p.line("草々", x=190, size=9.8, align="r")
    p.line("株式会社はまなしカード　東京都新宿区あめんぼ町六丁目9番9号　貸金業登録番号 関東財務局長(6)第01173号", x=15, size=7.8)
    tr = truth(document_type="settlement_proposal", sender="株式会社はまなしカード", phone="03-0000-2851",
               creditor="株式会社はまなしカード", status="not_applicable", debtor="鉾立康平", total=T, principal=P,
               interest=I, late_damages=L, rate=14.6, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="HM-6620-1187", input_kind="fax_tiff",
               template="proxy52_card_company_answers_debtor_lawyer_fax", received=issued)
    return dict(stem="bi08", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:48 HAMANASHI CARD 03-0000-2852",
                about="settlement_proposal (card company answers the DEBTOR's 任意整理 lawyer, one-page fax)",
                unusual="one-page G4 fax that runs the other way round: addressed to the DEBTOR's lawyer 「普天間法律事務所 弁護士 "
                        "普天間 諒 先生」 with the lawyer's own FAX (distractor); 「債務者 鉾立 康平 様（昭和63年生）の件」; TWO "
                        "numbers on one line (当社管理番号 and 貴職整理番号); the 受任通知 date and the lawyer's 2/2 proposal; a "
                        "5-column 当社債権額 table (ショッピング / キャッシング rows, 元金 / 利息（未払） / 遅延損害金（確定） / 合計, "
                        f"計 row) as of the 取引終了日; the counter-offer 元金 {P:,} in 48 × {EACH:,} with the last {LASTAMT:,}, "
                        "the waived 利息・損害金 and the 22,400 threshold (distractors); 和解契約書 返送 by 2/27 (= payment_due); "
                        "the 貸金業登録番号 (not a licence) in a footer")


LETTERS = [bi01, bi02, bi03, bi04, bi05, bi06, bi07, bi08]
