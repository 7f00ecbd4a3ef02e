"""Proxy set 69, letters bz09–bz16: the 京都地裁 (ワ) 呼出状 with the 訴状 of the 信用金庫 (bz09) and its lawyers' 和解案 by
fax after the first hearing (bz10); the 平塚簡裁 (ハ) 呼出状 with a 定型訴状 of a card company (bz11) and the joint 縦書き
債権譲渡通知 of that claim to a real servicer while the suit is pending (bz12); a 大牟田簡裁 少額訴訟 呼出状 (bz13); a law
office's 訴訟提起のご通知 for a guarantee company (bz14); a 加古川簡裁 仮執行宣言付支払督促 of a real servicer (bz15); and a
scam dressed as a 支払督促 (bz16)."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    stamp,
    suit_fee,
    truth,
    vcheck,
    vsafe,
    wd,
)
from story import (
    IN_ACC,
    IN_CASE,
    IN_FILED,
    IN_LAST,
    IN_LETTER,
    IN_P,
    IN_R,
    IN_SUB,
    KU_ACC,
    KU_ANSWER,
    KU_CALL,
    KU_CASE,
    KU_FILED,
    KU_HEAR,
    KU_I,
    KU_LAST,
    KU_P,
    KU_R,
    NI_ACC,
    NI_ASSIGN,
    NI_C1,
    NI_C2,
    NI_CASE,
    NI_FILED,
    NI_I,
    NI_KARI,
    NI_KARI_APP,
    NI_L,
    NI_LAST,
    NI_ORDER,
    NI_P,
    NI_R,
    NI_SERVED,
    ONE,
    RK_ACC,
    RK_ANSWER,
    RK_CALL,
    RK_CASE,
    RK_FILED,
    RK_HEAR,
    RK_I,
    RK_LAST,
    RK_LOAN,
    RK_NEXT,
    RK_P,
    RK_R,
    RK_REPLY,
    RK_SOJO,
    RK_WAKAI,
    SG_ACC,
    SG_ANSWER,
    SG_ASSIGN,
    SG_CALL,
    SG_CASE,
    SG_FILED,
    SG_HEAR,
    SG_I,
    SG_LAST,
    SG_NOTICE,
    SG_P,
    SG_R,
    SG_SOJO,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NAVY2 = (0.10, 0.18, 0.40)
PLUM = (0.40, 0.10, 0.30)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# bz09 京都地方裁判所 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 with 証拠方法 / 附属書類 (p.2), digital.


def bz09():
    issued, hearing, answer = RK_CALL, RK_HEAR, RK_ANSWER
    P, I, R = RK_P, RK_I, RK_R
    L = late(P, R, RK_ACC + ONE, RK_SOJO)
    X = P + I + L
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和８年（ワ）第１８７号')}　貸金返還請求事件", size=11, x=22)
    p.line("原　　告　洛北信用金庫", size=11, x=22)
    p.line("被　　告　槇納　忠晴", size=11, x=22)
    p.gap(8)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=16, font="serif-bold")
    p.gap(2)
    p.line("被告　槇　納　　忠　晴　殿", size=12.5, x=22)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり指定されましたので、同期日に出頭して"
           "ください。", size=11)
    p.para("なお、訴状を読んだうえ、下記の期限までに答弁書を提出してください。答弁書の用紙を同封しています。", size=11)
    p.gap(3)
    p.line("記", align="c", size=11)
    p.gap(1)
    for n, lab, val in (("１", "第１回口頭弁論期日", f"{era(hearing, True)}（{wd(hearing)}）午前１０時３０分"),
                        ("２", "出　頭　場　所", "京都地方裁判所　第２０３号法廷（本館２階）"),
                        ("３", "答弁書提出期限", f"{era(answer, True)}（{wd(answer)}）")):
        b = p.line(f"{n}　{lab}", x=30, size=11.5)
        p.at(88, b, val, size=11.5)
        p.gap(2)
    p.gap(3)
    p.para("（注意）期日に出頭せず、答弁書も提出しないときは、訴状に書かれた原告の主張を認めたものとして、原告の請求を認める"
           "判決がされることがあります。出頭の際は、この呼出状と本人確認のできるものをお持ちください。", size=10)
    p.para("同封書類：訴状副本、甲第１号証ないし甲第４号証の写し、答弁書（用紙）、「被告となった方へ」", size=10, indent="")
    p.gap(10)
    p.line(f"　　{era(issued, True)}", size=11.5)
    p.line("　　京都地方裁判所第３民事部", size=11.5)
    p.line("　　　　　裁判所書記官　氏　家　　達　朗", size=11.5)
    p.seal(150, p.y - 7, 15, "square", "京都地方裁判所書記官印", angle=0, seed=69091)
    p.gap(10)
    y = p.y
    p.add(Box(22, y, 166, 22, 0.4, GRAY))
    for i, s in enumerate(["〒604-0000　京都市中京区しだれ柳通二丁目1番地　京都地方裁判所第３民事部（合議係ではありません）",
                           "電話　075-000-6142（直通）　ＦＡＸ　075-000-6143",
                           "お問い合わせの際は、事件番号をお知らせください。"]):
        p.at(26, y + 7 + i * 6, s, size=9.5)
    q = Page(font="serif", size=9.6, top=12)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.at(194, 17, era(RK_SOJO, True), size=10, align="r")
    q.line("京都地方裁判所　御中", x=16, size=10.5)
    q.line("原告訴訟代理人弁護士　衣笠　光博　印　　同　許斐　朋絵　印", x=92, size=9.6)
    q.gap(1)
    q.kv([("原　告", "〒603-0000 京都市北区もみじ川町18番地　洛北信用金庫（代表者理事長　権守　将臣）"),
          ("", "〒604-0000 京都市中京区銀杏小路3番地5 銀杏小路ビル4階　衣笠・許斐法律事務所（送達場所）"),
          ("", "上記訴訟代理人弁護士　衣笠　光博　同　許斐　朋絵　電話 075-000-8890　ＦＡＸ 075-000-8891"),
          ("被　告", "〒606-0000 京都市左京区紅梅町24番地の2　槇納　忠晴")], x=16, label_w=14, size=8.8)
    q.line(f"貸金返還請求事件　　訴訟物の価額　金{X:,}円　　貼用印紙額　金{suit_fee(X):,}円", x=16, size=9.4)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold", x=16)
    for s in (f"１　被告は、原告に対し、金{X:,}円及びうち金{P:,}円に対する{era(RK_SOJO + ONE)}から支払済みまで年１４パーセント"
              "の割合による金員を支払え。", "２　訴訟費用は被告の負担とする。", "との判決並びに仮執行の宣言を求める。"):
        q.para(s, x0=20, x1=194, size=9.6, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold", x=16)
    for s in (f"１　原告は、平成31年３月15日、被告に対し、金{RK_LOAN:,}円を、利息年2.45％、毎月末日限り元利均等返済、返済を"
              "怠ったときは原告の請求により期限の利益を失い、以後年14％の割合による遅延損害金を支払う旨の約定で貸し付けた"
              "（甲１）。",
              f"２　被告は、{era(RK_LAST)}の返済を最後に返済を怠ったため、原告は催告書により期限を定めて支払を催告したが（甲３、"
              f"甲４）、被告は支払わず、{era(RK_ACC)}の経過をもって期限の利益を喪失した。",
              "３　本件貸金の残額は、次のとおりである（甲２）。"):
        q.para(s, x0=20, x1=194, size=9.3, indent="")
    q.table([["残元金", f"{P:,}円", ""], ["未払利息", f"{I:,}円", f"{era(RK_ACC)}まで"],
             ["遅延損害金", f"{L:,}円", f"{era(RK_ACC + ONE)}から{era(RK_SOJO)}まで年14％"],
             ["合　計", f"{X:,}円", ""]], [34, 36, 92], x=26, aligns="lrl", size=9.2, row_h=6.2)
    q.para(f"４　よって、原告は被告に対し、上記合計金{X:,}円及びうち残元金{P:,}円に対する本訴状作成日の翌日から支払済み"
           "まで約定の年14％の割合による遅延損害金の支払を求める。", x0=20, x1=194, size=9.3, indent="")
    q.line("第３　証拠方法", size=10.5, font="serif-bold", x=16)
    for s in ("甲第１号証　金銭消費貸借契約証書", "甲第２号証　取引明細書（貸付金元帳写し）",
              f"甲第３号証　催告書（{era(D(2025, 10, 20))}付け内容証明郵便）", "甲第４号証　郵便物配達証明書"):
        q.line(s, x=24, size=9.3)
    q.line("第４　附属書類", size=10.5, font="serif-bold", x=16)
    for s in ("１　訴状副本　　　　　　１通", "２　甲号証写し　　　　各２通", "３　資格証明書　　　　　１通",
              "４　訴訟委任状　　　　　１通"):
        q.line(s, x=24, size=9.3)
    q.y = 284
    q.line(f"（受付　{era(RK_FILED)}）", size=8.5, align="r")
    tr = truth(document_type="lawsuit", sender="京都地方裁判所", phone="075-000-6142", creditor="洛北信用金庫",
               status="not_applicable", debtor="槇納忠晴", total=X, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=RK_ACC, last_payment=RK_LAST, hearing=hearing,
               reference=RK_CASE, input_kind="pdf_text_2page",
               template="proxy69_district_court_kyoto_summons_and_complaint_evidence_list", received=D(2026, 2, 5))
    return dict(stem="bz09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), 信用金庫 plaintiff through two lawyers, 呼出状 + 訴状, 2 pages)",
                unusual="京都地裁 (ワ) 口頭弁論期日呼出状及び答弁書催告状 on p.1 (digital, serif, full-width dates): the case, "
                        "原告 and 被告 as three lines top-LEFT; under 記 three numbered items 第１回口頭弁論期日 / 出頭場所 / "
                        "答弁書提出期限 with weekdays; a 同封書類 line; the court's 直通 phone and FAX in a grey box; p.2 the "
                        "訴状 of the 信用金庫 (bz01's debt) in small type: 当事者 as kv lines with the lawyers' office as "
                        "送達場所 (their phone/FAX distractors), 訴訟物の価額 and 貼用印紙額 14,000円 on one line; 第１ 請求の"
                        "趣旨 「金…及びうち金…に対する令和8年1月17日から…」; 第２ 請求の原因 with a 3-column 残額 table "
                        "(残元金 / 未払利息 / 遅延損害金 with its window / 合計); 第３ 証拠方法 (甲第１号証…甲第４号証, with "
                        "bz01's date) and 第４ 附属書類; the 訴状 date 1/16 and 受付 1/19 ≠ the 呼出状 date; the "
                        "平成31年 loan of 2,400,000円 at 年2.45％ as distractors")


# ---------------------------------------------------------------------------------------------
# bz10 衣笠・許斐法律事務所 (for the 信用金庫) 和解案 by fax after the first hearing; p.2 和解条項（案）.


def bz10():
    issued, reply, nxt = RK_WAKAI, RK_REPLY, RK_NEXT
    P, I, R = RK_P, RK_I, RK_R
    asof = D(2026, 3, 31)
    L = late(P, R, RK_ACC + ONE, asof)
    W = P + I + L
    n, mon = 40, 46_580
    assert n * mon == P
    p = Page(font="sans", size=10, top=12)
    p.title("ＦＡＸ送信書", size=15, font="sans-bold")
    p.table([["宛　先", "槇納　忠晴　様", "送信日", wdate(issued)],
             ["送信元", "衣笠・許斐法律事務所　弁護士　許斐　朋絵", "枚　数", "本紙を含め２枚"],
             ["電　話", "075-000-8890", "ＦＡＸ", "075-000-8891"]],
            [22, 86, 22, 51], x=15, aligns="llll", size=9.5, row_h=7.2, shade_col0=False)
    p.gap(4)
    p.line("件名：和解案のご送付について", size=11.5, font="sans-bold")
    p.table([["事件の表示", f"京都地方裁判所　{fw('令和８年（ワ）第１８７号')}　貸金返還請求事件"],
             ["当事者", "原告　洛北信用金庫　／　被告　槇納　忠晴　様"]],
            [30, 151], x=15, aligns="ll", size=9.5, row_h=7, shade_col0=True)
    p.gap(3)
    p.para("前略　当職らは、上記事件の原告訴訟代理人です。", size=10)
    p.para(f"先日の第１回口頭弁論期日（{era(RK_HEAR)}）において、貴殿から分割によるお支払いのご希望が述べられましたので、"
           "原告と協議のうえ、別紙のとおり和解案（和解条項案）をお送りいたします。", size=10)
    p.para("本和解案にご同意いただける場合は、別紙末尾にご署名のうえ、下記ご回答期限までに当事務所宛にファクシミリ又は郵送で"
           "ご返送ください。ご同意いただけた場合は、次回期日において裁判上の和解を成立させる予定です。", size=10)
    p.gap(2)
    p.line(f"１．本件債務の額（{era(asof)}現在）", size=10.5, font="sans-bold")
    p.table([["項　目", "金　額", "備　考"], ["残元金", f"{P:,}円", f"期限の利益喪失日　{era(RK_ACC)}"],
             ["未払利息", f"{I:,}円", "喪失日までの約定利息"],
             ["遅延損害金", f"{L:,}円", f"{era(RK_ACC + ONE)}～{era(asof)}（年14％）"],
             ["合　計", f"{W:,}円", ""]], [34, 38, 100], x=20, header=True, aligns="lrl", size=9.5, row_h=7)
    p.gap(3)
    p.line("２．和解案の骨子", size=10.5, font="sans-bold")
    p.para(f"残元金{P:,}円のみを、令和8年5月から毎月末日限り{mon:,}円ずつ{n}回に分割してお支払いいただき、遅滞なくお支払い"
           "いただいた場合は、未払利息及び遅延損害金の全額を免除するものです（詳細は別紙）。", x0=20, x1=196, size=9.8,
           indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 1.0))
    b1 = y + 8.5
    p.at(20, b1, "ご回答期限", size=11, font="sans-bold")
    p.at(56, b1, f"{era(reply)}（{wd(reply)}）当事務所必着", size=12, font="sans-bold")
    b2 = y + 17
    p.at(20, b2, "次回口頭弁論期日", size=10)
    p.at(56, b2, f"{era(nxt)}（{wd(nxt)}）午前10時30分　京都地方裁判所第203号法廷", size=10)
    p.y = y + 26
    p.para("ご不明な点は、上記電話番号の担当弁護士までお問い合わせください。なお、本書は原告の和解案のご提示であり、ご同意"
           "いただけない場合でも、期日には必ずご出頭ください。　草々", size=9.3, indent="")
    q = Page(font="serif", size=10.5, top=16)
    q.line("（別紙）", size=10)
    q.title("和 解 条 項（案）", size=15, font="serif-bold")
    for s in (f"１　被告は、原告に対し、本件貸金債務として金{W:,}円の支払義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員のうち金{P:,}円を、次のとおり分割して、原告の指定する口座に振り込む方法により"
              "支払う。ただし、振込手数料は被告の負担とする。",
              f"　　令和８年５月から令和11年８月まで、毎月末日限り、金{mon:,}円ずつ（{n}回）",
              f"３　被告が前項の分割金の支払を２回以上怠り、その額が金{2 * mon:,}円に達したときは、被告は当然に期限の利益を"
              "失い、原告に対し、第１項の金員から既払金を控除した残額及びうち残元金に対する期限の利益を失った日の翌日から"
              "支払済みまで年14％の割合による遅延損害金を直ちに支払う。",
              "４　被告が前項により期限の利益を失うことなく第２項の分割金を支払ったときは、原告は被告に対し、第１項のその余の"
              "支払義務を免除する。",
              "５　原告と被告は、原告と被告との間には、本件に関し、この和解条項に定めるもののほか何らの債権債務がないことを"
              "相互に確認する。",
              "６　訴訟費用は各自の負担とする。"):
        q.para(s, x0=20, x1=192, size=10.5, indent="")
        q.gap(1)
    q.gap(8)
    q.line("上記和解条項案に同意します。", x=20, size=11)
    q.gap(6)
    for lab in ("令和　　年　　月　　日", "住所", "氏名（自署）"):
        q.line(lab, x=60, size=11)
        q.add(Line(60, q.y - 1, 185, q.y - 1, 0.3))
        q.gap(6)
    q.line("衣笠・許斐法律事務所　宛（ＦＡＸ 075-000-8891）", x=20, size=10)
    tr = truth(document_type="settlement_proposal", sender="衣笠・許斐法律事務所", phone="075-000-8890",
               creditor="洛北信用金庫", status="not_applicable", debtor="槇納忠晴", total=W, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=RK_ACC,
               hearing=nxt, reference=RK_CASE, input_kind="fax_tiff",
               template="proxy69_lawyers_settlement_draft_after_first_hearing_fax", received=issued)
    return dict(stem="bz10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 KINUGASA KONOMI LAW 075-000-8891",
                about="settlement_proposal (plaintiff's lawyers, 和解案 during the suit, 2-page fax)",
                unusual="2-page G4 fax from the 信用金庫's lawyers AFTER the first hearing of bz09's suit: a ＦＡＸ送信書 grid "
                        "(宛先 / 送信元 / 送信日 / 枚数 / 電話 / ＦＡＸ); a shaded 事件の表示 grid with the full-width (ワ) "
                        "number; the 本件債務の額 as of 3/31 (≠ the letter date) in a 項目 / 金額 / 備考 table with the 喪失 "
                        "date in the 備考 column; a framed box with ご回答期限 …必着 AND the 次回口頭弁論期日 with time and "
                        "courtroom; p.2 和解条項（案） with 40 × 46,580 from 令和８年５月 to 令和11年８月, the 93,160 "
                        "threshold, 年14％, a 免除 clause, 清算 and 訴訟費用 clauses and a signature block (all distractors); "
                        "the first hearing date 3/10 in the prose")


# ---------------------------------------------------------------------------------------------
# bz11 平塚簡易裁判所 (ハ) 呼出状 (p.1, the answer deadline only in prose) + 定型訴状 with check boxes (p.2), scanned.


def bz11():
    issued, hearing, answer = SG_CALL, SG_HEAR, SG_ANSWER
    P, I, R = SG_P, SG_I, SG_R
    L = late(P, R, SG_ACC + ONE, SG_SOJO)
    X = P + I + L
    p = Page(font="serif", size=11, top=16)
    p.at(194, 18, era(issued, True), size=11, align="r")
    p.y = 24
    p.line("被告　小豆澤　祐里　殿", size=12.5, x=20)
    p.gap(1)
    p.line("平塚簡易裁判所民事係", x=120, size=11)
    p.line("裁判所書記官　市毛　郁代", x=126, size=11)
    p.seal(186, p.y - 6, 13, "square", "平塚簡易裁判所書記官印", angle=0, seed=69111)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.table([["事件番号", fw("令和７年（ハ）第１２０７号")], ["事件名", "立替金等請求事件"],
             ["原告", "株式会社さがみ野カード"], ["被告", "小豆澤　祐里"]],
            [30, 120], x=30, aligns="ll", size=10.5, row_h=7.5, shade_col0=True)
    p.gap(4)
    p.para("上記事件について、原告から訴状が提出されました。下記期日に当裁判所へ出頭してください。", size=11)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 24, 0.4))
    p.add(Box(31.5, y + 1.5, 147, 21, 0.4))
    p.at(105, y + 9.5, f"期日　{era(hearing, True)}（{wd(hearing)}）午後１時１０分", size=13, font="serif-bold", align="c")
    p.at(105, y + 18, "場所　平塚簡易裁判所　１階　第１号法廷", size=11.5, align="c")
    p.y = y + 29
    p.para(f"訴状をよく読み、言い分があれば、同封の答弁書用紙に記入して、{era(answer, True)}（{wd(answer)}）までに当裁判所"
           "に提出してください（ファクシミリでも提出できます）。答弁書には、分割払いの希望など話合いの希望を書くこともでき"
           "ます。", size=11)
    p.para("期日に出頭せず、答弁書も提出しない場合は、原告の言い分どおりの判決が言い渡されることがあります。", size=11)
    p.gap(4)
    p.line("同封書類", size=11, font="serif-bold", x=20)
    for s in ("１　訴状副本　１通", "２　書証（甲第１号証～甲第３号証）の写し", "３　答弁書用紙", "４　「訴えられた方へ」（説明書）"):
        p.line(s, x=28, size=10.5)
    p.gap(5)
    y = p.y
    p.add(Box(20, y, 170, 20, 0.3, GRAY))
    for i, s in enumerate(["〒254-0000　神奈川県平塚市ふよう台2番5号　平塚簡易裁判所民事係",
                           "電話　0463-00-8817（民事係直通）　ＦＡＸ　0463-00-8818",
                           "受付時間　平日午前８時30分～午後５時"]):
        p.at(24, y + 6.5 + i * 5.5, s, size=9.5)
    q = Page(font="sans", size=9.5, top=12)
    q.at(194, 15, f"{era(SG_SOJO)}", size=9.5, align="r")
    q.title("訴　状（立替金等請求）", size=14.5, font="sans-bold")
    q.line("平塚簡易裁判所　御中", x=16, size=10.5)
    q.table([["原告", "〒252-0000 神奈川県相模原市南区ねむの木通一丁目2番3号　株式会社さがみ野カード　代表者代表取締役　豊留征四郎"],
             ["", "（送達場所）同社 債権管理センター　電話 042-000-5570　ＦＡＸ 042-000-5571"],
             ["被告", "〒254-0000 神奈川県平塚市白鷺通四丁目2番11号 サンライズ白鷺202号　小豆澤　祐里"]],
            [16, 164], x=15, aligns="ll", size=8.6, row_h=6.2, ruled="rows")
    q.line(f"訴訟物の価額　{X:,}円　　貼用印紙額　{suit_fee(X):,}円　　予納郵便切手　6,000円", x=16, size=9)
    q.gap(1)
    q.line("請求の趣旨", size=10.5, font="sans-bold", x=16)
    q.para(f"１　被告は、原告に対し、金{X:,}円及びうち金{P:,}円に対する{era(SG_SOJO + ONE)}から支払済みまで年14.6％の"
           "割合による金員を支払え。", x0=20, x1=194, size=9.5, indent="")
    q.line("２　訴訟費用は被告の負担とする。　　との判決並びに仮執行の宣言を求める。", x=20, size=9.5)
    q.gap(1)
    q.line("紛争の要点（請求の原因）", size=10.5, font="sans-bold", x=16)
    q.line("１　契約の内容　　■ クレジットカード会員契約　□ 金銭消費貸借契約　□ 保証契約", x=20, size=9.3)
    rows = [["契約日", "令和３年２月９日", "利用限度額", "ショッピング50万円／キャッシング30万円"],
            ["遅延損害金", "年14.6％", "支払方法", "毎月27日　リボルビング払い"],
            ["期限の利益喪失日", era(SG_ACC), "最終支払日", era(SG_LAST)]]
    y = q.y + 1
    for row in rows:
        cx = 20
        for c, (txt, wdt) in enumerate(zip(row, [32, 42, 26, 74], strict=False)):
            q.add(Box(cx, y, wdt, 6.4, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            q.at(cx + 1.5, y + 4.5, txt, size=8.6 if c % 2 == 0 else 9)
            cx += wdt
        y += 6.4
    q.y = y + 2
    q.para(f"２　被告は、{era(SG_LAST)}の支払を最後にその後の支払をせず、{era(SG_ACC)}の経過により期限の利益を喪失した。",
           x0=20, x1=194, size=9.3, indent="")
    q.para("３　本件の残額は下表のとおりである。", x0=20, x1=194, size=9.3, indent="")
    q.table([["残元金（立替金・貸付金）", "未払手数料・利息", "確定遅延損害金※", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{X:,}円"]], [48, 38, 46, 42], x=20, header=True, aligns="rrrr",
            size=8.8, row_h=6.6)
    q.line(f"※ {era(SG_ACC + ONE)}から{era(SG_SOJO)}まで、残元金に対する年14.6％の割合", x=22, size=8.6)
    q.gap(1)
    q.line("添付書類・証拠方法", size=10.5, font="sans-bold", x=16)
    for s in ("■ 甲第１号証　会員規約及び入会申込書　　■ 甲第２号証　ご利用明細書", "■ 甲第３号証　期限の利益喪失通知書",
              "■ 訴状副本　　■ 資格証明書　１通　　□ 訴訟委任状　　□ 支配人登記簿謄本"):
        q.line(s, x=22, size=9.2)
    q.y = 284
    q.line(f"受付　{era(SG_FILED)}　平塚簡易裁判所", size=8.5, align="r")
    tr = truth(document_type="lawsuit", sender="平塚簡易裁判所", phone="0463-00-8817", creditor="株式会社さがみ野カード",
               status="not_applicable", debtor="小豆澤祐里", total=X, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=SG_ACC, last_payment=SG_LAST, hearing=hearing, reference=SG_CASE,
               input_kind="pdf_scan", template="proxy69_summary_court_hiratsuka_summons_form_complaint",
               received=D(2025, 12, 18))
    return dict(stem="bz11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="lawsuit (簡裁 (ハ), card company plaintiff, 呼出状 + 定型訴状, 2 pages)",
                unusual="平塚簡裁 (ハ) as a 2-page image PDF: p.1 the 呼出状 with the date top-right and the clerk's block "
                        "ABOVE the title; a shaded 4-row case grid; the hearing in a DOUBLE-framed centred box (期日 with "
                        "weekday and 午後１時１０分 / 場所 １階 第１号法廷); the 答弁書 deadline ONLY inside a prose sentence "
                        "(「…までに当裁判所に提出してください」); a 同封書類 list and the court's 直通 phone and FAX; p.2 a sans "
                        "定型訴状 （立替金等請求） with ■/□ check boxes (契約の内容, 添付書類・証拠方法), a shaded 2×3 grid of "
                        "the contract (契約日 令和３年, 利用限度額 50万円／30万円, 年14.6％, 喪失日, 最終支払日), a 4-column "
                        "one-row 残額 table (残元金（立替金・貸付金） / 未払手数料・利息 / 確定遅延損害金 / 合計), 訴訟物の価額 / "
                        "貼用印紙額 / 予納郵便切手 6,000円 and the plaintiff's 送達場所 phone as distractors")


# ---------------------------------------------------------------------------------------------
# bz12 joint 縦書き 債権譲渡通知書 (さがみ野カード → オリックス債権回収, real) of the claim under suit in bz11, digital.


def bz12():
    issued = SG_NOTICE
    P, I, R = SG_P, SG_I, SG_R
    L = late(P, R, SG_ACC + ONE, SG_ASSIGN)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清祥のこととお慶び申し上げます。"),
        ("body", "さて、通知人株式会社さがみ野カード（以下「譲渡人」といいます。）は、貴殿に対して有する左記債権を、"
                 f"{kdate(SG_ASSIGN)}付けで、通知人オリックス債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしました"
                 "ので、民法第四百六十七条に基づき、連名をもってご通知申し上げます。"),
        ("body", "なお、左記債権については、現在、平塚簡易裁判所令和七年（ハ）第一二〇七号立替金等請求事件として訴訟が係属"
                 "しておりますが、今後は譲受人が同事件の原告の地位を承継する手続をとります。"),
        ("body", "つきましては、本日以降のお支払い及びお問合せは、すべて譲受人宛にお願い申し上げます。譲渡人宛のお支払い"
                 "はお受けできませんので、ご注意ください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　クレジットカード会員契約（ショッピング・キャッシング）"),
        ("indent", f"二　期限の利益喪失日　{kdate(SG_ACC)}"),
        ("indent", f"三　最終お支払日　{kdate(SG_LAST)}"),
        ("indent", f"四　譲渡債権額（{kdate(SG_ASSIGN)}現在）"),
        ("plain", f"　　残元金　　　　{kyen(P)}"),
        ("plain", f"　　未払手数料　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(SG_ACC + ONE)}から譲渡日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　　{kyen(T)}"),
        ("indent", "五　譲受人管理番号　ＯＲ２６－００４１７"),
        ("bottom", "以上"),
    ]
    tail = [
        ("low", kdate(issued)),
        ("low", "（譲渡人）神奈川県相模原市南区ねむの木通一丁目二番三号"),
        ("low", "株式会社さがみ野カード　代表取締役　豊留　征四郎"),
        ("low", "（譲受人）東京都港区こでまり台二丁目三番一号"),
        ("low", "オリックス債権回収株式会社　代表取締役　韮沢　敦美"),
        ("low", "法務大臣許可番号第十一号"),
        ("low", "お問合せ先　譲受人管理部　電話〇三（〇〇〇〇）三三八一"),
        ("blank", ""),
        ("low", "神奈川県平塚市白鷺通四丁目二番十一号"),
        ("low", "サンライズ白鷺二〇二号"),
        ("low", "小豆澤　祐里　殿"),
    ]
    size = 10.5
    pages = (vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=14.0)
             + vertical_page(vsafe(tail, size=size), size=size, col_pitch=6.4, left_limit=14.0))
    assert len(pages) == 2, len(pages)
    vcheck(pages)
    for i, pg in enumerate(pages):
        pg.items.append(post_office_stamp(pg, 69121 + 10 * i))
    top = 22.0 + 8 * size * 0.3528 * 1.05
    for key, txt, sd in (("豊留", "さがみ野カード代表取締役印", 69122), ("韮沢", "オリックス債権回収代表印", 69123)):
        pg = [pg for pg in pages if any(isinstance(it, VText) and key in it.s for it in pg.items)][0]
        it = [it for it in pg.items if isinstance(it, VText) and key in it.s][0]
        pg.items.append(Seal(it.x - 0.3, top + (len(it.s) + 1.3) * size * 0.3528 * 1.05, 9.5, "round", txt, angle=4,
                             seed=sd))
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-3381", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社さがみ野カード", debtor="小豆澤祐里", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=SG_ACC, last_payment=SG_LAST, assignment=SG_ASSIGN,
               reference="OR26-00417", input_kind="vertical_pdf",
               template="proxy69_vertical_joint_assignment_claim_under_suit", received=D(2026, 1, 13))
    return dict(stem="bz12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint 縦書き 内容証明, card company → real servicer, claim under suit)",
                unusual="縦書き joint 債権譲渡通知書 (拝啓 … 敬具), digital, with the 内容証明 stamp: the claim sued on in bz11 "
                        "is sold while the suit is pending — the (ハ) case number in DIGIT-BY-DIGIT kanji 「令和七年（ハ）第一"
                        "二〇七号」 in the body (a distractor: the letter's reference is the 譲受人管理番号) and the 承継 "
                        "announced; 民法第四百六十七条; the 譲渡債権額 as positional kanji lines with the window in a bracket "
                        "column and 年十四・六パーセント; BOTH notifiers at the end with round seals, the 譲受人 ★ オリックス"
                        "債権回収株式会社 with 「法務大臣許可番号第十一号」 in kanji (→ 11) and its phone in kanji digits with a "
                        "four-digit exchange 〇三（〇〇〇〇）三三八一; informs only (no payment date); full-width 管理番号 "
                        "ＯＲ２６－００４１７")


# ---------------------------------------------------------------------------------------------
# bz13 大牟田簡易裁判所 少額訴訟 呼出状 with 訴状の要旨, iPhone HEIC.


def bz13():
    issued, hearing, answer = KU_CALL, KU_HEAR, KU_ANSWER
    P, I, R = KU_P, KU_I, KU_R
    L = late(P, R, KU_ACC + ONE, KU_FILED)
    X = P + I + L
    assert X <= 600_000
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 30, 10, 0.8, RED))
    p.at(30, 19, "少額訴訟", size=12, font="sans-bold", color=RED, align="c")
    p.at(196, 17, "令和８年（少コ）第３１号", size=10.5, align="r")
    p.at(196, 22.5, "貸金請求事件", size=10, align="r")
    p.y = 28
    p.title("呼出状及び答弁書催告状", size=16, font="serif-bold")
    p.kv([("原告", "株式会社くろだいファイナンス"), ("被告", "西牟田　岳人　殿")], x=22, label_w=16, size=11)
    p.gap(2)
    p.para("原告から少額訴訟による審理及び裁判を求める訴状が提出されました。下記の期日に出頭してください。なお、答弁書を"
           "下記期限までに提出してください。", size=10.5)
    p.gap(1)
    rows = [["期　日", f"令和8年4月21日（{wd(hearing)}）午後2時00分"], ["場　所", "大牟田簡易裁判所　２階　第２号法廷"],
            ["答弁書の提出期限", f"令和8年4月14日（{wd(answer)}）"],
            ["持参するもの", "この呼出状、認印、証拠書類（領収書・振込控えなど）"]]
    p.table(rows, [42, 130], x=20, aligns="ll", size=10.5, row_h=8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 42, 0.4, None, (0.96, 0.93, 0.93)))
    p.at(24, y + 6.5, "少額訴訟の手続について", size=10.5, font="sans-bold", color=RED)
    for i, s in enumerate(["①　60万円以下の金銭の支払を求める訴えについて、原則として１回の期日で審理を終え、直ちに判決をします。",
                           "②　証拠は、期日にすぐ調べられるものに限られます。証人も期日に連れてきてください。",
                           "③　被告は、最初の期日で弁論をするまでは、通常の訴訟手続に移すよう求めることができます。",
                           "④　判決に対しては控訴できず、判決書等の送達を受けた日から２週間以内に異議を申し立てることが",
                           "　　できるだけです。判決で分割払いや支払猶予が定められることもあります。"]):
        p.at(24, y + 13.5 + i * 5.6, s, size=8.9)
    p.y = y + 46
    p.line("【訴状の要旨】", size=11, font="serif-bold")
    p.para(f"被告は、原告に対し、金{X:,}円及びうち金{P:,}円に対する{era(KU_FILED + ONE)}から支払済みまで年20％の割合による"
           "金員を支払え。", x0=22, x1=192, size=10, indent="")
    p.para(f"（紛争の要点）原告は被告に対し、令和５年11月１日、金50万円を貸し付けた（利率年17.8％、遅延損害金年20％）。被告は"
           f"{era(KU_LAST)}の支払を最後に返済を怠り、{era(KU_ACC)}に期限の利益を喪失した。", x0=22, x1=192, size=9.5,
           indent="")
    p.table([["貸付残元金", f"{P:,}円"], ["利息（喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(KU_ACC + ONE)}～{era(KU_FILED)}）", f"{L:,}円"], ["請求額　合計", f"{X:,}円"]],
            [110, 40], x=32, aligns="lr", size=9.8, row_h=6.8)
    p.gap(5)
    p.line(f"　{era(issued)}　　大牟田簡易裁判所　裁判所書記官　緒方　章江", size=10.5)
    p.seal(146, p.y - 4, 11, "square", "大牟田簡易裁判所書記官印", angle=0, seed=69131)
    p.line("　電話 0944-00-4403（民事係）　原告連絡先 092-000-6612（株式会社くろだいファイナンス 管理課）", size=9)
    tr = truth(document_type="lawsuit", sender="大牟田簡易裁判所", phone="0944-00-4403",
               creditor="株式会社くろだいファイナンス", status="not_applicable", debtor="西牟田岳人", total=X, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=KU_ACC, last_payment=KU_LAST,
               hearing=hearing, reference=KU_CASE, input_kind="photo_heic",
               template="proxy69_small_claims_omuta_summons_heic", received=D(2026, 3, 23))
    return dict(stem="bz13", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.0, creases=2, fill=0.85, blur=0.8, glare=20.0, warm=0.25),
                about="lawsuit (簡裁 少額訴訟 (少コ), consumer-loan plaintiff, HEIC photo)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a red-framed 「少額訴訟」 tag top-left, "
                        "the (少コ) number and 事件名 top-right; 原告 / 被告 as two kv lines; a shaded-label 4-row grid 期日 "
                        "(half-width 令和8年4月21日 with weekday and 午後2時00分) / 場所 / 答弁書の提出期限 / 持参するもの; a "
                        "pink box of the four special rules ①–④ (60万円, １回, ２週間) full of numbers that are not "
                        "fields; 【訴状の要旨】 with the 請求の趣旨 sentence, a （紛争の要点） with the 令和５年 loan of 50万円 "
                        "at 年17.8％ (distractors) and a 4-row table 貸付残元金 / 利息（喪失日まで） / 遅延損害金 with window "
                        "/ 請求額　合計; the court's phone and the plaintiff's 連絡先 092 number on ONE line")


# ---------------------------------------------------------------------------------------------
# bz14 風早・青砥法律事務所 訴訟提起のご通知 for a guarantee company, with 「訴状の要旨」 in a box; hearing not yet fixed.


def bz14():
    issued = IN_LETTER
    P, R = IN_P, IN_R
    L = late(P, R, IN_SUB + ONE, IN_FILED)
    X = P + L
    p = Page(font="serif", size=10.3, top=14)
    p.at(105, 18, "風早・青砥法律事務所", size=15, font="serif-bold", align="c", color=NAVY2)
    p.at(105, 23.5, "〒285-0000 千葉県佐倉市城址坂三丁目8番1号 城址坂ビル2階　TEL 043-000-2275　FAX 043-000-2276",
         size=8, align="c", color=NAVY2)
    p.add(Line(15, 26, 196, 26, 0.4, NAVY2))
    p.add(Line(15, 27, 196, 27, 0.4, NAVY2))
    p.y = 31
    p.line(f"{era(issued)}", size=10.3, align="r")
    p.line("〒285-0000　千葉県佐倉市城址坂三丁目1番6号", size=10)
    p.line("賀集　理沙子　様", size=13)
    p.gap(2)
    p.line("印旛ローン保証株式会社　代理人", x=120, size=10)
    p.line("弁護士　風早　茉莉", x=126, size=10.5)
    p.line("弁護士　青砥　佳津子", x=126, size=10.5)
    p.seal(186, p.y - 7, 10, "square", "弁護士風早茉莉", angle=-3, seed=69141)
    p.gap(3)
    p.title("訴訟提起のご通知", size=15, font="serif-bold")
    p.para("前略　当職らは、印旛ローン保証株式会社（以下「依頼者」といいます。）の代理人として、貴殿に次のとおりご通知"
           "いたします。", size=10.3)
    p.para(f"依頼者は、貴殿が株式会社なりた銀行から借り入れたマイカーローン（令和４年７月契約）について保証をしておりました"
           f"が、貴殿が{era(IN_LAST)}の返済を最後に返済を怠り、{era(IN_ACC)}の経過をもって期限の利益を喪失したため、"
           f"{era(IN_SUB)}、同行に代位弁済をいたしました。", size=10.3)
    p.para("その後、依頼者から再三にわたり求償金のお支払いをお願いいたしましたが、お支払いもご連絡もいただけませんでしたので、"
           f"当職らは、依頼者の代理人として、{era(IN_FILED)}、千葉地方裁判所佐倉支部に対し、求償金請求の訴えを提起いたしました。"
           "事件の表示及び訴状の要旨は下記のとおりです。", size=10.3)
    p.para("訴状の副本及び第１回口頭弁論期日の呼出状は、追って同裁判所から特別送達で貴殿宛に送られます。期日はまだ指定されて"
           "おりません。裁判所からの書類は必ずお受け取りいただき、記載された期限までに答弁書を提出してください。", size=10.3)
    p.gap(1)
    p.line("記", align="c")
    p.table([["事件の表示", f"千葉地方裁判所佐倉支部　{fw('令和８年（ワ）第１５７号')}　求償金請求事件"],
             ["原告／被告", "印旛ローン保証株式会社　／　賀集　理沙子"], ["訴え提起日", era(IN_FILED)]],
            [30, 151], x=15, aligns="ll", size=9.6, row_h=7, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 50, 0.6))
    p.at(19, y + 6.5, "訴状の要旨", size=11, font="serif-bold")
    p.y = y + 9
    p.para(f"（請求の趣旨）被告は、原告に対し、金{X:,}円及びうち金{P:,}円に対する{era(IN_FILED + ONE)}から支払済みまで年14％"
           "の割合による金員を支払え。訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=19, x1=192,
           size=9.6, indent="")
    p.gap(1)
    b = p.line("求償元金（代位弁済額）", x=28, size=10)
    p.at(170, b, f"{P:,}円", size=10, align="r")
    b = p.line(f"確定遅延損害金（{era(IN_SUB + ONE)}から{era(IN_FILED)}まで年14％）", x=28, size=10)
    p.at(170, b, f"{L:,}円", size=10, align="r")
    p.add(Line(28, p.y - 0.6, 172, p.y - 0.6, 0.4))
    b = p.line("合計（訴訟物の価額）", x=28, size=10, font="serif-bold")
    p.at(170, b, f"{X:,}円", size=10.5, font="serif-bold", align="r")
    p.para("（証拠）甲第１号証 保証委託契約書、甲第２号証 金銭消費貸借契約証書、甲第３号証 代位弁済証明書、甲第４号証 "
           "求償金請求書", x0=19, x1=192, size=8.8, indent="")
    p.y = y + 54
    p.para("訴訟外でのご返済のご相談（分割払い等）をご希望の場合は、令和8年5月15日までに当職らまでご連絡ください。なお、"
           "本通知は裁判所の書類ではありません。依頼者への直接のご連絡はご遠慮ください。　草々", size=9.5)
    tr = truth(document_type="lawsuit", sender="風早・青砥法律事務所", phone="043-000-2275",
               creditor="印旛ローン保証株式会社", status="not_applicable", original="株式会社なりた銀行",
               debtor="賀集理沙子", total=X, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=IN_ACC, last_payment=IN_LAST, reference=IN_CASE, input_kind="pdf_text",
               template="proxy69_lawyers_suit_filed_notice_guarantor_no_hearing_yet", received=D(2026, 4, 27))
    return dict(stem="bz14", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="lawsuit (lawyers' 訴訟提起のご通知 with the 訴状の要旨, guarantee company, 地裁支部 (ワ))",
                unusual="a law office's letter (navy double-ruled letterhead CENTRED with TEL / FAX on one line) telling a "
                        "debtor that it has sued her at the 千葉地裁佐倉支部 for its client's 求償金: the bank's loan "
                        "(令和４年), the last payment, the 喪失 and the 代位弁済 in the prose; a shaded 3-row grid 事件の表示 "
                        "(full-width (ワ) number) / 原告／被告 / 訴え提起日; a framed 「訴状の要旨」 with the 請求の趣旨 "
                        "sentence, two leader-less rows 求償元金（代位弁済額） / 確定遅延損害金 with its window and 「合計"
                        "（訴訟物の価額）」, and the 甲号証 list; NO hearing date (「期日はまだ指定されておりません」); a "
                        "contact date 令和8年5月15日 that is not a payment date; no office reference number")


# ---------------------------------------------------------------------------------------------
# bz15 加古川簡易裁判所 仮執行宣言付支払督促, creditor ニッテレ債権回収 (real); one scanned page, the claim in prose.


def bz15():
    issued = NI_KARI
    P, I, R, L, C1, C2 = NI_P, NI_I, NI_R, NI_L, NI_C1, NI_C2
    X = P + I + L
    C = C1 + C2
    T = X + C
    p = Page(font="serif", size=10.5, top=14)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.add(Box(168, 13, 26, 10, 0.5))
    p.at(181, 19.8, "正　本", size=11, font="serif-bold", align="c")
    p.line(f"{fw('令和８年（ロ）第２３３号')}　譲受債権支払督促事件", size=10.5, align="c")
    p.gap(3)
    p.para(f"債務者は、債権者に対し、金{X:,}円及びうち金{P:,}円に対する{era(NI_FILED + ONE)}から完済まで年14.6％の割合に"
           f"よる遅延損害金並びに督促手続費用金{C1:,}円を支払え。", size=10.8)
    p.para(f"上記は、{era(NI_ORDER)}付け支払督促の内容であり、同支払督促は{era(NI_SERVED)}債務者に送達されたが、債務者は"
           "法定期間内に督促異議の申立てをしなかった。", size=10.8)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.8)
    p.gap(1)
    y = p.y
    p.add(Box(25, y, 160, 21, 0.6))
    p.at(30, y + 7.5, "仮執行の宣言　　この支払督促は、仮に執行することができる。", size=10.8, font="serif-bold")
    p.at(30, y + 16, f"仮執行宣言の手続費用　　金{C2:,}円", size=10.8)
    p.y = y + 25
    p.line("請求の原因", size=11, font="serif-bold", x=18)
    for s in ("１　株式会社いなみ野クレジット（以下「原債権者」という。）は、令和４年５月17日、債務者との間で個品割賦購入あっせん"
              "契約を締結し、債務者が購入した商品の代金を立替払いした（分割手数料年12.0％、遅延損害金年14.6％）。",
              f"２　債務者は、{era(NI_LAST)}の支払を最後にその後の支払を怠り、{era(NI_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(NI_ASSIGN)}、本件債権を債権者に譲渡し、その頃債務者に通知した。",
              "４　請求の趣旨の金額の内訳は次のとおりである。"):
        p.para(s, x0=20, x1=194, size=9.6, indent="")
    for lab, val in (("(1) 立替金残元金", P), ("(2) 未払分割手数料", I),
                     (f"(3) 確定遅延損害金（{era(NI_ACC + ONE)}から{era(NI_FILED)}まで年14.6％）", L)):
        b = p.line(lab, x=30, size=9.8)
        p.at(172, b, f"{val:,}円", size=9.8, align="r")
    p.add(Line(120, p.y - 0.6, 174, p.y - 0.6, 0.3))
    b = p.line("計", x=30, size=9.8)
    p.at(172, b, f"{X:,}円", size=9.8, align="r")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 10, 0.9))
    p.at(22, y + 6.8, "債務者が支払うべき確定額（上記計＋督促手続費用＋仮執行宣言の手続費用）", size=9.8, font="serif-bold")
    p.at(190, y + 6.8, f"金{T:,}円", size=11, font="serif-bold", align="r")
    p.y = y + 14
    p.line(f"　　{era(issued, True)}　　加古川簡易裁判所　　裁判所書記官　曽田　泰輔", size=10.8)
    p.seal(182, p.y - 5, 13, "square", "加古川簡易裁判所書記官印", angle=0, seed=69151)
    p.gap(3)
    p.line("当事者目録", size=10.5, font="serif-bold", x=18)
    p.table([["債権者", "〒100-0000 東京都千代田区かりがね通一丁目4番4号　ニッテレ債権回収株式会社　代表者代表取締役　粕尾　香苗"],
             ["", "（送達場所）同社 関西管理部　電話 06-0000-7218"],
             ["債務者", "〒675-0000 兵庫県加古川市ひょうたん坂一丁目10番2号　魚住　英里佳"]],
            [18, 158], x=18, aligns="ll", size=8.5, row_h=6.2, ruled="rows")
    p.gap(3)
    p.para("（注意）この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、支払督促は確定判決"
           "と同一の効力を有します。督促異議の申立てをしても強制執行は当然には停止されません。", size=9.2, indent="")
    p.line(f"問合せ先　加古川簡易裁判所　民事係　電話 079-000-4518　　　仮執行宣言申立日　{era(NI_KARI_APP)}", size=9.2)
    tr = truth(document_type="payment_order_enforceable", sender="加古川簡易裁判所", phone="079-000-4518",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社いなみ野クレジット",
               debtor="魚住英里佳", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=NI_ACC, last_payment=NI_LAST, assignment=NI_ASSIGN, reference=NI_CASE,
               input_kind="scan_png", template="proxy69_enforceable_kakogawa_prose_claim_one_page",
               received=D(2026, 5, 12))
    return dict(stem="bz15", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order_enforceable (簡裁, real servicer creditor, one scanned page)",
                unusual="加古川簡裁 仮執行宣言付支払督促 on ONE scanned page: a framed 「正　本」 beside the title and the "
                        "full-width case number centred under it; the whole claim in ONE prose sentence 「金…及びうち金…に"
                        "対する…年14.6％…並びに督促手続費用金…円を支払え」; the 発付 and 送達 dates in the next sentence; the "
                        "仮執行の宣言 and its 手続費用 in a framed box; 請求の原因４ splits the sum into (1) 立替金残元金 / (2) "
                        "未払分割手数料 / (3) 確定遅延損害金 with window and 計; the grand total in a heavy frame 「債務者が支払う"
                        "べき確定額（上記計＋督促手続費用＋仮執行宣言の手続費用）」; 当事者目録 at the BOTTOM (creditor ★ "
                        "ニッテレ債権回収株式会社, no licence: court paper; its 送達場所 06 phone a distractor); the 令和４年 "
                        "個品割賦 contract and 年12.0％ as distractors")


# ---------------------------------------------------------------------------------------------
# bz16 SCAM dressed as a 支払督促 from a non-existent court, phone photo.


def bz16():
    issued, due = D(2026, 6, 1), D(2026, 6, 3)
    T = 148_600
    p = Page(font="serif", size=10.5, top=14)
    stamp(p, 15, 12, "親展", color=RED, size=12)
    stamp(p, 35, 12, "最終通知", color=RED, size=12, fill=RED)
    p.at(196, 16, "通知日　令和8年6月1日", size=10, align="r")
    p.at(196, 21.5, f"管理番号　ろ{fw('－４４７')}", size=10, align="r")
    p.y = 29
    p.line("埼玉県川口市もちの木町6丁目3番9号", size=10.5)
    p.line("霜越　嘉寿子　様", size=14)
    p.gap(3)
    p.title("支払督促最終通知書", size=18, font="serif-bold", color=PLUM)
    p.para("この度、貴殿がご利用された大手通信販売サイトの未納料金について、契約会社より東京地方簡易裁判所に支払督促の申立て"
           "がなされ、受理されましたのでご通知いたします。", size=10.5)
    p.para("本通知書到着後、下記期日までにご連絡又はお支払いがない場合は、裁判所の許可に基づき、給与・預貯金・不動産・動産の"
           "差押えが強制的に執行されます。また、勤務先及びご家族へ連絡が行く場合がございます。", size=10.5)
    p.para("なお、下記期日までに和解金をお支払いいただいた場合に限り、支払督促の取下げ手続を当センターにて代行いたします。"
           "プライバシー保護のため、必ずご本人様よりお電話ください。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 36, 1.0, PLUM))
    for i, (lab, val) in enumerate((("未納料金（延滞金・訴訟費用を含む）", f"￥{T:,}"),
                                    ("取下げ最終期日", f"令和8年6月3日（{wd(due)}）午後3時まで"),
                                    ("お振込先", "蒼天銀行　本店　普通　7730185　フシキ　ヒロシ"))):
        p.at(25, y + 9 + i * 10, lab, size=10.5, font="serif-bold")
        p.at(186, y + 9 + i * 10, val, size=12 if i < 2 else 10.5, font="serif-bold" if i < 2 else "serif",
             align="r", color=RED if i < 2 else (0, 0, 0))
    p.y = y + 41
    p.para("※弁護士・消費生活センター等の第三者へご相談された場合、和解のご提案は無効となりますのでご注意ください。", size=9.5,
           indent="")
    p.para("※本通知と行き違いでご連絡済みの場合はご容赦ください。", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(90, y, 106, 36, 0.5))
    for i, (s, sz, f) in enumerate((("法務省認可　債権回収受託機関", 8.5, "serif"), ("民事督促管理センター", 14, "serif-bold"),
                                    ("法務大臣許可番号　第２８８号", 9.5, "serif"), ("東京都千代田区霞が関一丁目（総合庁舎内）", 8.5, "serif"),
                                    ("担当直通　080-0000-5312（土日祝も受付）　担当　伏木", 9.5, "serif"))):
        p.at(94, y + 6 + i * 7, s, size=sz, font=f)
    p.seal(183, y + 14, 13, "round", "民事督促管理センター", angle=8, seed=69161)
    tr = truth(document_type="other", sender="民事督促管理センター", license_number=288, phone="080-0000-5312",
               creditor=None, status="not_licensed", debtor="霜越嘉寿子", total=T, lump=False, issued=issued,
               payment_due=due, reference="ろ-447", is_scam=True, input_kind="photo_jpeg",
               template="proxy69_scam_fake_payment_order_nonexistent_court", received=None)
    return dict(stem="bz16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.09, tilt=3.5, creases=2, fill=0.8, blur=0.95, shadow=0.3,
                          shadow_side="right", warm=0.2),
                about="other (scam dressed as a 支払督促 from a non-existent court, phone photo)",
                unusual="架空請求 photographed on wood at a steep angle with a hand shadow on the right: titled 「支払督促最終"
                        "通知書」 in plum as if it were a court paper, it claims a 支払督促 was filed at the NON-EXISTENT "
                        "「東京地方簡易裁判所」 by 「契約会社」 of a 大手通信販売サイト (creditor / original null); red 親展 and "
                        "filled 最終通知 stamps; 取下げ offered for a 和解金 ￥148,600 to a PERSONAL account; a two-day "
                        "「午後3時まで」 deadline; 「弁護士・消費生活センター等…へご相談された場合…無効」; a sender box "
                        "「法務省認可　債権回収受託機関」 / 「民事督促管理センター」 with a FAKE 「法務大臣許可番号　第２８８号」 "
                        "(→ not_licensed, licence 288 as printed) and a 霞が関 address 「一丁目（総合庁舎内）」 without a 番地; a 080 直通 open "
                        "every day; hiragana 管理番号 ろ－４４７")


LETTERS = [bz09, bz10, bz11, bz12, bz13, bz14, bz15, bz16]
