"""Proxy set 106, letters dk09–dk16: "amounts in the layouts strangers use, round 4". A 仮執行宣言付支払督促 whose 請求金額
and 手続費用 stand in two separate blocks with a 合計 under both (dk09); an invented servicer's 和解 proposal with the
current debt, the waiver and the plan (dk10); a 地裁 (ワ) 呼出状 + 訴状 with the 任意売却 proceeds' 充当 table and
訴訟費用 only as 「被告の負担」 (dk11); the invented servicer's 縦書き 催告書 with 「金…円也　但し…」 items in 大字 (dk12); a
real servicer's 一括請求 with the total in 万 units and a (単位：円) table without 円 (dk13); a joint 債権譲渡通知 of two
contracts with 小計 columns (dk14); a scam with a fake licence and a "reduced" amount (dk15); and a harmless 受取証書
full of figures (dk16)."""

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
    kdate,
    late,
    stamp,
    truth,
    vsafe,
    wd,
)
from letters_a import jis, vcheck2, wdate

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
GREEN = (0.10, 0.38, 0.20)
INDIGO = (0.18, 0.16, 0.45)
SH_NAME = "曙光債権回収株式会社"


# ---------------------------------------------------------------------------------------------
# dk09 一関簡易裁判所 仮執行宣言付支払督促, one scanned page: ■請求金額 block, ■手続費用 block, then ■合計.


def dk09():
    R = 14.6
    issued, order, served, filed = D(2026, 6, 5), D(2026, 5, 8), D(2026, 5, 12), D(2026, 4, 27)
    acc, lastp = D(2025, 12, 25), D(2025, 10, 27)
    P, I = 276_540, 3_915
    L = late(P, R, acc + ONE, filed)
    S = P + I + L
    C1, C2 = 4_832, 1_240
    C = C1 + C2
    T = S + C
    case = "令和8年(ロ)第214号"
    p = Page(font="serif", size=10, top=12)
    p.at(196, 16, fw("令和8年（ロ）第214号"), size=10.5, align="r")
    p.at(196, 21, "立替金請求督促事件", size=9.5, align="r")
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "〒980-0000 仙台市青葉区うしお台九丁目9番9号　ジョウビタキ信販株式会社"],
             ["", "代表者代表取締役　足助　正臣　（送達場所　同社債権管理部　電話 022-000-5151）"],
             ["債務者", "〒021-0000 岩手県一関市さえずり町九丁目9番9号　垣谷　健吾"]],
            [20, 161], x=15, aligns="ll", size=9, row_h=6.8, ruled="rows", font="serif")
    p.gap(2)
    p.para("債務者は、債権者に対し、下記■請求金額及び■手続費用の合計額を支払え。", size=10.2)
    p.para(f"上記は{fw(era(order))}付け支払督促の内容であり、同支払督促は{fw(era(served))}債務者に送達されたが、債務者は法定期間"
           "内に督促異議の申立てをしなかった。よって、債権者の申立てにより、仮執行の宣言をする。", size=10.2)
    p.gap(1)
    x0, x1 = 24, 186

    def rowline(lab, val, bold=False, size=10):
        b = p.line(lab, x=x0 + 4, size=size, font="serif-bold" if bold else "serif")
        p.at(x1, b, val, size=size, align="r", font="serif-bold" if bold else "serif")

    p.line("■請求金額", x=x0, size=10.5, font="serif-bold")
    rowline("立替金残額", f"{P:,}円")
    rowline(f"未払手数料（{era(acc)}まで）", f"{I:,}円")
    rowline(f"遅延損害金（{era(acc + ONE)}から{era(filed)}まで年14.6％）", f"{L:,}円")
    p.add(Line(x0 + 4, p.y + 0.3, x1, p.y + 0.3, 0.3))
    p.gap(0.8)
    rowline("請求金額　計", f"{S:,}円", bold=True)
    p.gap(1.5)
    p.line("■手続費用", x=x0, size=10.5, font="serif-bold")
    rowline("督促手続費用", f"{C1:,}円")
    rowline("仮執行宣言手続費用", f"{C2:,}円")
    p.add(Line(x0 + 4, p.y + 0.3, x1, p.y + 0.3, 0.3))
    p.gap(0.8)
    rowline("手続費用　計", f"{C:,}円", bold=True)
    p.gap(2)
    y = p.y
    p.add(Box(x0, y, x1 - x0 + 3, 10, 0.9))
    p.at(x0 + 4, y + 7, "■合計（請求金額計＋手続費用計）", size=10.5, font="serif-bold")
    p.at(x1, y + 7.2, f"金{T:,}円", size=12, font="serif-bold", align="r")
    p.y = y + 13
    p.para(f"■なお、立替金残額{P:,}円に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金", x0=x0, x1=x1 + 3,
           size=9.6, indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", size=10.2, font="serif-bold", x=x0)
    for s in ("１　債務者は、令和5年3月18日、債権者との間で、販売店から購入する家具代金金420,000円の立替払及び分割支払"
              "（24回、分割手数料年12.0％）の契約を締結した。",
              f"２　債務者は、{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=x0, x1=x1 + 3, size=9.3, indent="")
    p.gap(3)
    p.line(f"　{fw(era(issued))}", size=10.5)
    p.line("　一関簡易裁判所　裁判所書記官　口羽　　晴美", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "一関簡易裁判所書記官印", angle=0, seed=106091)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 21, 0.4))
    for i, s in enumerate(["（注意）この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の申立て",
                           "をすることができます。異議を申し立てても、強制執行は当然には停止しません。",
                           "問合せ先　一関簡易裁判所　民事係　電話 0191-00-2140"]):
        p.at(18, y + 6 + i * 5.8, s, size=8.9)
    p.y = y + 24
    p.line(f"支払督促申立日　{fw(era(filed))}　　これは正本である。", size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="一関簡易裁判所", phone="0191-00-2140",
               creditor="ジョウビタキ信販株式会社", status="not_applicable", debtor="垣谷健吾", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="scan_png",
               template="proxy106_enforceable_claim_block_and_cost_block", received=D(2026, 6, 9))
    return dict(stem="dk09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, 信販 creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of 一関簡裁 on ONE scanned page: the amounts in TWO BLOCKS — ■請求金額 "
                        "(立替金残額 / 未払手数料 / 遅延損害金 with its window / 請求金額　計 = a SUBTOTAL that is not the "
                        "total) and ■手続費用 (督促手続費用 4,832 / 仮執行宣言手続費用 1,240 / 手続費用　計) — then a framed "
                        "■合計 (請求金額計＋手続費用計) = truth total; the order date 5/8, its 送達 5/12 and the 申立日 4/27 as "
                        "other dates; the 家具代金 420,000円 and 年12.0％ as distractors; creditor a 信販 (not a servicer)")


# ---------------------------------------------------------------------------------------------
# dk10 曙光債権回収 (invented, 第263号) 和解のご提案, 2-page fax: 現在のご債務額 table, the waiver and the plan.


def dk10():
    R = 14.6
    issued, reply = D(2026, 7, 6), D(2026, 7, 24)
    acc, lastp, assign = D(2025, 10, 15), D(2025, 8, 5), D(2026, 3, 31)
    P, I = 742_300, 12_806
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    W = P + I
    n, m = 36, 20_000
    first = W - n * m
    assert first > 0 and first + n * m == W
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 8, 181, 12, 0.4))
    p.at(19, 15.8, f"送信日　{wdate(issued)}　　送信枚数　2枚（本紙含む）　　宛先　安生　美里　様", size=9)
    p.y = 24
    p.at(196, 26, "お客様番号　SK-2603-7741", size=9.5, align="r")
    p.at(196, 31, f"作成日　{wdate(issued)}", size=9.5, align="r")
    p.y = 36
    p.title("和解のご提案（分割払いのご案内）", size=15)
    p.para(f"当社が{wdate(assign)}にさやか台クレジット株式会社から譲り受けました貴殿に対する債権につきまして、先日のお電話での"
           "ご相談を踏まえ、下記のとおり和解条件をご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務額（{wdate(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年14.6％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 36, 56, 46], x=16, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（期限の利益喪失日 {wdate(acc)}　最終ご入金日 {wdate(lastp)}）", x=16, size=8.5)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold")
    for s in (f"(1) 上記遅延損害金 {L:,}円 は、全額を免除いたします。",
              f"(2) 和解金額は、元金と利息の合計 {W:,}円 といたします。",
              f"(3) 第1回 {first:,}円（2026年8月31日まで）、第2回以降 毎月末日限り {m:,}円 × {n}回（最終回 2029年8月31日）。",
              f"(4) 分割金の支払を2回分（{2 * m:,}円）以上怠ったときは、免除は取り消され、残額及び遅延損害金を一括してお支払い"
              "いただきます。"):
        p.para(s, x0=20, x1=194, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 15, 1.2))
    p.at(20, y + 9.5, "ご回答期限", size=12, font="sans-bold")
    p.at(55, y + 9.8, f"{wdate(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.at(192, y + 9.5, "2枚目の和解申込書をご返送ください", size=8.5, align="r")
    p.y = y + 19
    p.para("ご回答期限までにご返送がない場合は、本ご提案はなかったものとし、上記ご債務額の全額を一括してご請求させていただきます。",
           size=9, indent="")
    p.gap(3)
    for s, sz, f in ((SH_NAME, 11, "sans-bold"), ("法務大臣許可番号　第263号", 8.5, "sans"),
                     ("〒980-0000 仙台市青葉区つくし野台九丁目9番9号　和解推進課　担当　腰原", 8.5, "sans"),
                     ("TEL 022-000-2630　FAX 022-000-2631（受付 平日9:00～17:00）", 9.5, "sans")):
        p.line(s, x=70, size=sz, font=f)
    p.seal(186, p.y - 15, 12, "square", "曙光債権回収印", angle=2, seed=106101)
    q = Page(font="sans", size=10, top=16)
    q.line("（2枚目）　ご返送用", size=8.5, color=GRAY)
    q.title("和　解　申　込　書", size=15)
    q.line(f"{SH_NAME}　御中", size=11)
    q.gap(3)
    q.para("私は、貴社からご提案のあった下記の和解条件を承諾し、和解を申し込みます。", size=10)
    q.gap(1)
    q.table([["お客様番号", "SK-2603-7741"], ["和解金額", f"{W:,}円"],
             ["お支払方法", f"第1回 {first:,}円（2026年8月31日まで）／以降 毎月末日 {m:,}円×{n}回"],
             ["お支払開始", "2026年8月"], ["免除額", f"遅延損害金 {L:,}円"]],
            [40, 130], x=20, aligns="ll", size=10, row_h=9, shade_col0=True)
    q.gap(8)
    for s in ("申込日　　　　　年　　　月　　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　印",
              "お電話番号（日中のご連絡先）"):
        q.line(s, x=24, size=10.5)
        q.add(Line(24, q.y - 1, 186, q.y - 1, 0.2))
        q.gap(5)
    q.gap(4)
    q.para(f"ご返送先　FAX 022-000-2631　又は同封の返信用封筒（{wdate(reply)}必着）", size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender=SH_NAME, license_number=263, phone="022-000-2630",
               creditor=SH_NAME, status="unverified", original="さやか台クレジット株式会社", debtor="安生美里",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="SK-2603-7741",
               input_kind="fax_tiff", template="proxy106_invented_servicer_settlement_waiver_plan_fax", received=issued)
    return dict(stem="dk10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 SHOKO SERVICER 022-000-2631",
                about="settlement_proposal (invented servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax with a boxed one-line 送信日 / 送信枚数 / 宛先 strip; INVENTED servicer 曙光債権回収 "
                        "(「法務大臣許可番号　第263号」 → unverified); 現在のご債務額 as a one-row header table 元金 / 利息 / "
                        "遅延損害金（年14.6％） / 合計 (= truth); the waiver (the damages again), the 和解金額 755,106円, 第1回 "
                        "35,106円 + 20,000円 × 36回, the 40,000円 default threshold as distractors; heavy-framed ご回答期限 "
                        "…必着 = payment_due; the 喪失 date and the last payment in a bracket line; p.2 和解申込書 with a "
                        "shaded-label table repeating the 和解金額 and the 免除額")


# ---------------------------------------------------------------------------------------------
# dk11 富山地方裁判所 (ワ) 呼出状 + 訴状, digital 2 pages: 住宅債権管理回収機構 (real) v. borrower, rest after a
# 任意売却; the 訴状 has the 充当 table and 訴訟費用 only as 「被告の負担とする」.


def dk11():
    R = 14.0
    issued, filed, hearing, answer = D(2026, 8, 24), D(2026, 8, 3), D(2026, 9, 30), D(2026, 9, 22)
    acc, lastp, assign, sale = D(2024, 6, 10), D(2024, 3, 27), D(2024, 9, 30), D(2025, 11, 28)
    P0 = 22_846_120
    X0 = late(P0, R, acc + ONE, sale)
    A = 19_400_000
    P = P0 - (A - X0)
    L = late(P, R, sale + ONE, filed)
    T = P + L
    assert 5_000_000 < T <= 10_000_000
    stamp_fee = 30_000 + -(-(T - 5_000_000) // 500_000) * 2_000  # 民事訴訟費用法 別表第一
    case = "令和8年(ワ)第158号"
    p = Page(font="serif", size=10.5, top=16)
    p.kv([("事件番号", fw("令和8年（ワ）第158号")), ("事件名", "貸金請求事件"), ("原告", "株式会社住宅債権管理回収機構"),
          ("被告", "浮ケ谷　誠")], x=22, label_w=26, size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　浮ケ谷　誠　殿", x=22, size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。期日に当裁判所に出頭してください。なお、訴状を送達しますので、下記の期限までに答弁書を"
           "提出してください。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 34, 0.5))
    for i, (a, b) in enumerate((("期日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"),
                                ("場所", "民事第２部法廷（本館３階　３０２号法廷）"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.add(Box(22, y + i * 11.3, 40, 11.3, 0.3, (0, 0, 0), SHADE))
        p.at(26, y + i * 11.3 + 7.4, a, size=10.5, font="serif-bold")
        p.at(66, y + i * 11.3 + 7.4, b, size=10.5)
    p.y = y + 40
    p.para("※期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、直ちに口頭弁論を終結し、判決をすることが"
           "あります。", size=9.5, indent="")
    p.para("※出頭の際は、この呼出状と認印をお持ちください。", size=9.5, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　富山地方裁判所民事第２部", size=11)
    p.line("　　　　裁判所書記官　眉村　　早苗", size=11)
    p.seal(150, p.y - 6, 15, "square", "富山地方裁判所書記官印", angle=0, seed=106111)
    p.gap(10)
    p.line("〒939-0000 富山市ききょう町九丁目9番9号", size=9.5, x=22)
    p.line("富山地方裁判所民事第２部　電話 076-000-1580（内線 312）", size=9.5, x=22)
    q = Page(font="serif", size=10, top=12)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10)
    q.line("富山地方裁判所　御中", size=10.5)
    q.kv([("原告", "〒160-0000 東京都新宿区まどか野九丁目9番9号　株式会社住宅債権管理回収機構"),
          ("", "代表者代表取締役　鎌塚　信吾　（送達場所　同社北陸センター　電話 076-000-9191）"),
          ("被告", "〒930-0000 富山県富山市もずの台九丁目9番9号　浮ケ谷　誠")], x=16, label_w=14, size=9.3)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金{stamp_fee:,}円", size=9.5, x=16)
    q.gap(1)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    for s in (f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14％の割合による"
              "金員を支払え。",
              "２　訴訟費用は被告の負担とする。", "との判決並びに仮執行の宣言を求める。"):
        q.para(s, x0=18, x1=194, size=9.6, indent="")
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社すいれん野銀行（以下「訴外銀行」）は、平成24年5月25日、被告に対し、住宅資金として金28,000,000円を、"
              "利率年1.275％（変動）、遅延損害金年14％（年365日の日割計算）、毎月25日限り元利均等返済の約定で貸し付けた。",
              f"２　被告は、{era(lastp)}の弁済を最後にその後の返済を怠り、{era(acc)}の経過をもって期限の利益を喪失した。同日現在の"
              f"残元金は金{P0:,}円である。",
              f"３　訴外銀行は、{era(assign)}、上記貸金債権を原告に譲渡し、被告に対し内容証明郵便をもってその旨通知した。",
              f"４　{era(sale)}、担保不動産の任意売却により、原告は金{A:,}円の弁済を受け、これを下表のとおり、遅延損害金、"
              "元金の順に充当した。"):
        q.para(s, x0=18, x1=194, size=9.3, indent="")
    q.table([["項目", "充当前", "充当額", "充当後"],
             [f"遅延損害金（{era(acc + ONE)}～{era(sale)}）", f"{X0:,}", f"{X0:,}", "0"],
             ["元金", f"{P0:,}", f"{A - X0:,}", f"{P:,}"],
             ["計", f"{P0 + X0:,}", f"{A:,}", f"{P:,}"]],
            [76, 34, 34, 30], x=22, header=True, aligns="lrrr", size=9, row_h=6.6, font="serif")
    q.line("（単位：円）", x=166, size=8)
    q.para(f"５　よって、原告は被告に対し、残元金{P:,}円及びこれに対する{era(sale + ONE)}から{era(filed)}まで年14％の割合による"
           f"確定遅延損害金{L:,}円の合計金{T:,}円並びにうち残元金に対する{era(filed + ONE)}から支払済みまで年14％の割合による"
           "遅延損害金の支払を求める。", x0=18, x1=194, size=9.3, indent="")
    q.table([["残元金", "確定遅延損害金", "合計（請求額）"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [50, 50, 54], x=30,
            header=True, aligns="rrr", size=9.6, row_h=7, font="serif")
    q.gap(2)
    q.line("証拠方法　甲第１号証（金銭消費貸借契約証書）ほか　　附属書類　資格証明書 1通、予納郵券 6,000円", size=8.8, x=18)
    q.line("原告　株式会社住宅債権管理回収機構　代表者代表取締役　鎌塚　信吾", size=9.3, align="r")
    tr = truth(document_type="lawsuit", sender="富山地方裁判所", phone="076-000-1580",
               creditor="株式会社住宅債権管理回収機構", status="licensed", original="株式会社すいれん野銀行",
               debtor="浮ケ谷誠", total=T, principal=P, interest=None, late_damages=L, costs=None, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing,
               reference=case, input_kind="pdf_text_2page",
               template="proxy106_district_court_summons_complaint_sale_proceeds_applied", received=D(2026, 8, 27))
    return dict(stem="dk11", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer plaintiff, 2 pages)",
                unusual="digital 富山地裁 (ワ) bundle: p.1 口頭弁論期日呼出状及び答弁書催告状 with 期日 / 場所 / 答弁書提出期限 "
                        "in a shaded-label box (full-width era dates with weekday, 午後１時３０分), the court phone with 内線 "
                        "at the foot; p.2 訴状 (filed 8/3 ≠ 呼出状 8/24): plaintiff ★ 住宅債権管理回収機構 (no licence: "
                        "court paper) with its 北陸センター phone as a distractor; 訴訟物の価額 = total and 貼用印紙額 (not "
                        "costs); 請求の趣旨 「金…及びうち金…」 and 「訴訟費用は被告の負担とする」 (no cost amount → costs null); "
                        "the 任意売却 proceeds 19,400,000円 applied in a 充当前 / 充当額 / 充当後 table (遅延損害金 first, then "
                        "元金); the 平成24年 loan 28,000,000円 at 年1.275％; a closing 残元金 / 確定遅延損害金 / 合計（請求額） "
                        "table; 予納郵券 6,000円")


# ---------------------------------------------------------------------------------------------
# dk12 曙光債権回収 縦書き 催告書 (内容証明), scanned: 「一、金…円也　但し、…」 items in 大字; relative deadline only.


def dk12():
    R = 14.0
    issued = D(2026, 1, 16)
    acc, lastp, assign = D(2025, 8, 29), D(2025, 6, 30), D(2025, 11, 28)
    P, I = 2_134_000, 6_918
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    dj = lambda n: "金" + kanji_number(n, daiji=True) + "円也"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", f"冠省　当社は、こはる野信用組合から、同組合が貴殿に対して有する左記貸付債権を{kdate(assign)}付で譲り受けた者"
                 "です（同日付債権譲渡通知書のとおり）。"),
        ("body", f"貴殿は、{kdate(lastp)}の弁済を最後に約定の返済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失して"
                 "おります。"),
        ("body", "つきましては、本書到達後七日以内に、左記金員を一括して当社にお支払いくださるよう催告いたします。右期間内に"
                 "お支払いのないときは、法的手続に移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一、{dj(P)}"),
        ("plain", "　　　　但し、貸付金の残元本"),
        ("indent", f"一、{dj(I)}"),
        ("plain", f"　　　　但し、右残元本に対する{kdate(acc)}までの未収利息"),
        ("indent", f"一、{dj(L)}"),
        ("plain", f"　　　　但し、右残元本に対する{kdate(acc + ONE)}から本書作成日まで年十四パーセントの割合による遅延損害金"),
        ("indent", f"合計　{dj(T)}"),
        ("body", "なお、右残元本に対しては、本書作成日の翌日以降も完済まで同じ割合の遅延損害金が発生いたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "仙台市青葉区つくし野台九丁目九番九号"),
        ("low", SH_NAME),
        ("low", "代表取締役　中曽根　宗一"),
        ("low", "法務大臣許可番号　第二六三号"),
        ("low", "電話　〇二二（〇〇〇）二六三〇"),
        ("blank", ""),
        ("low", "宮城県石巻市なみまくら町九丁目九番九号"),
        ("low", "越膳　和子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 106121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "中曽根" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 24 * size * 0.3528 * 1.05, 12, "square", "曙光債権回収代表取締役印", angle=-3,
                         seed=106122))
    tr = truth(document_type="collection_notice", sender=SH_NAME, license_number=263, phone="022-000-2630",
               creditor=SH_NAME, status="unverified", original="こはる野信用組合", debtor="越膳和子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference=None, input_kind="vertical_scan",
               template="proxy106_vertical_servicer_demand_tadashi_items_daiji", received=D(2026, 1, 19))
    return dict(stem="dk12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (invented servicer, 縦書き 内容証明 催告書)",
                unusual="scanned 縦書き 催告書 (冠省 … 草々) with the 内容証明 stamp; the claim as old-style items 「一、"
                        "金弐百壱拾参万四千円也」 with the LABEL AFTER the figure on the next column 「但し、貸付金の残元本」 / "
                        "「但し、…未収利息」 / 「但し、…年十四パーセントの割合による遅延損害金」, then 「合計　金…円也」, all in "
                        "大字; INVENTED servicer 曙光債権回収 with 「法務大臣許可番号　第二六三号」 in kanji (→ unverified); the "
                        "deadline ONLY 「本書到達後七日以内」 (payment_due null); NO reference number; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# dk13 エー・シー・エス債権管理回収 (real) 一括請求, phone photo stored sideways (EXIF 6): total in 万 units on top,
# a (単位：円) header-column table without 円, ご参考 figures right next to it; JIS dates.


def dk13():
    R = 20.0
    issued, due = D(2026, 2, 16), D(2026, 3, 4)
    acc, lastp, assign = D(2025, 9, 4), D(2025, 5, 31), D(2025, 12, 26)
    P = 452_380
    I = P * 150 * ((acc - lastp).days) // (365 * 1000)
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    man = f"{T // 10000}万{T % 10000:,}円"
    assert T % 10000 >= 1000
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 20, 11, color=None, fill=NAVY))
    p.at(25, 17.6, "ACS", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(38, 15, "エー・シー・エス債権管理回収株式会社", size=11, font="sans-bold", color=NAVY)
    p.at(38, 20, "法務大臣許可番号 第27号　千葉オペレーションセンター", size=8, color=NAVY)
    p.at(196, 15, f"発行日 {jis(issued)}", size=9.5, align="r")
    p.at(196, 20, "管理番号 ACS-0227-55013", size=9.5, align="r")
    p.y = 27
    p.line("〒260-0000 千葉県千葉市中央区せりざわ台九丁目9番9号", size=9.5)
    p.line("藪押　拓也　様", size=13.5)
    p.gap(4)
    p.title("一括お支払いのご請求", size=15, color=NAVY)
    p.para(f"当社は{jis(assign)}付で、かんなづき信販株式会社から貴殿に対する下記債権を譲り受けました。貴殿は{jis(acc)}の"
           "経過により期限の利益を喪失されていますので、下記金額を一括してお支払いください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.9, NAVY, (0.93, 0.95, 0.99)))
    p.at(20, y + 10.5, "ご請求額", size=11, font="sans-bold", color=NAVY)
    p.at(105, y + 11, man, size=18, font="sans-bold", align="c")
    p.at(192, y + 7, "お支払期限", size=8.5, align="r")
    p.at(192, y + 13, f"{jis(due)}（{wd(due)}）", size=11, font="sans-bold", align="r")
    p.y = y + 21
    p.line("ご請求額の内訳", size=10.5, font="sans-bold", x=15)
    y = p.y
    p.line("（単位：円）", size=8, x=80)
    rows = [("貸付元金", f"{P:,}"), (f"利息（{jis(lastp + ONE)}～{jis(acc)}　年15.0％）", f"{I:,}"),
            (f"遅延損害金（{jis(acc + ONE)}～{jis(issued)}　年20.0％）", f"{L:,}"), ("合計", f"{T:,}")]
    yy = y + 5
    for lab, v in rows:
        bold = lab == "合計"
        p.add(Box(15, yy, 68, 8, 0.25, (0, 0, 0), SHADE))
        p.add(Box(83, yy, 30, 8, 0.25))
        p.at(17, yy + 5.5, lab, size=8.2, font="sans-bold" if bold else "sans")
        p.at(111, yy + 5.6, v, size=10, align="r", font="sans-bold" if bold else "sans")
        yy += 8
    # ご参考 figures right beside the table
    p.add(Box(118, y + 5, 78, 32, 0.3, GRAY))
    p.at(121, y + 10.5, "ご参考（ご契約時の内容）", size=8.5, font="sans-bold", color=GRAY)
    for i, s in enumerate(["ご契約日　R3.8.19", "ご利用限度額　50万円", "当初ご融資額　500,000円", "約定返済額　月額13,000円"]):
        p.at(121, y + 16.5 + i * 5.2, s, size=8.6)
    p.y = yy + 5
    p.kv([("原債権者", "かんなづき信販株式会社"), ("債権譲受日", jis(assign)), ("期限の利益喪失日", jis(acc)),
          ("最終ご入金日", jis(lastp))], x=15, label_w=36, size=9.3)
    p.gap(2)
    p.para("お振込先　つきみ坂銀行　千葉支店　普通預金　0227550　エーシーエスサイケンカンリカイシユウ（カ", size=9, indent="")
    p.para("遅延損害金は、完済まで貸付元金に対し年20.0％で発生します。お支払いが難しい場合は、期限までにお電話ください。", size=9,
           indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.3))
    p.at(19, y + 6.5, "お問い合わせ　エー・シー・エス債権管理回収株式会社　千葉オペレーションセンター　担当 頸城", size=9)
    p.at(19, y + 12.5, "TEL 043-000-2727（平日9:00～18:00）　〒261-0000 千葉市美浜区れんげ野九丁目9番9号", size=9)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="かんなづき信販株式会社", debtor="藪押拓也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ACS-0227-55013", input_kind="photo_exif_rotated",
               template="proxy106_servicer_lump_sum_man_units_unit_header_rotated", received=D(2026, 2, 18))
    return dict(stem="dk13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=2.4, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="collection_notice (real servicer 一括請求, photographed sideways)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; real servicer ★ エー・シー・エス債権管理"
                        "回収 (navy 「ACS」 box, 「法務大臣許可番号 第27号」 in the header line); the TOTAL in 万 units only "
                        f"(「ご請求額　{man}」) in a framed bar beside the due date; the 内訳 in a shaded-label table with "
                        "「（単位：円）」 above it and figures WITHOUT 円 (貸付元金 / 利息（… 年15.0％） / 遅延損害金（… 年20.0％） "
                        "/ 合計); right beside it a ご参考 box (ご利用限度額 50万円, 当初ご融資額 500,000円, 月額13,000円); "
                        "every date in JIS form R8.2.16; 管理番号 as the reference")


# ---------------------------------------------------------------------------------------------
# dk14 joint 債権譲渡通知書: ノビタキカード → 曙光債権回収 (invented), 債権の表示 as a 2-contract table with a 小計
# column and a 合計 row; 当初 / 極度 column as a distractor. One-page image PDF.


def dk14():
    R = 18.0
    issued, assign = D(2026, 3, 6), D(2026, 2, 27)
    acc, lastp = D(2025, 9, 30), D(2025, 7, 27)
    k = [("カードローン", "R1.7.3", "極度額 500,000", 388_120, 6_204),
         ("目的ローン（家電）", "R5.2.14", "当初 360,000", 214_560, 2_987)]
    rows, Ps, Is, Ls = [], 0, 0, 0
    for name, d, orig, pr, it in k:
        lt = late(pr, R, acc + ONE, assign)
        rows.append([name, d, orig, f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"])
        Ps, Is, Ls = Ps + pr, Is + it, Ls + lt
    T = Ps + Is + Ls
    rows.append(["合　計", "", "", f"{Ps:,}", f"{Is:,}", f"{Ls:,}", f"{T:,}"])
    p = Page(font="serif", size=10.5, top=14)
    y = 12
    for x, role, lines, sd in (
            (15, "譲渡人", ["〒810-0000 福岡市中央区あきあかね町九丁目9番9号", "株式会社ノビタキカード", "代表取締役　小禄　伸也",
                            "電話 092-000-4410"], 106141),
            (108, "譲受人", ["〒980-0000 仙台市青葉区つくし野台九丁目9番9号", SH_NAME, "代表取締役　中曽根　宗一",
                             "法務大臣許可番号第263号", "電話 022-000-2630"], 106142)):
        p.add(Box(x, y, 88, 38, 0.3, GRAY))
        p.at(x + 3, y + 6, f"【{role}】", size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            big = i == 1
            p.at(x + 3, y + 12 + i * 5.2, s, size=10 if big else 8.6, font="serif-bold" if big else "serif")
        p.seal(x + 78, y + 22, 12, "round", ("ノビタキカード" if role == "譲渡人" else "曙光債権回収") + "|代表/取締役",
               angle=4, seed=sd)
    p.y = 54
    p.line(f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", align="r", size=10)
    p.line("お客様番号　SK-2602-3315", align="r", size=9.5)
    p.line("〒812-0000　福岡市博多区すみれ坂九丁目9番9号", size=10)
    p.line("鋳方　沙織　様", size=13.5)
    p.gap(4)
    p.title("債権譲渡通知書", size=16, font="serif-bold")
    p.para(f"譲渡人株式会社ノビタキカードは、貴殿に対して有する下記の各債権（元金、利息、遅延損害金その他一切の付帯債権を含み"
           f"ます。）を、{era(assign)}付で譲受人{SH_NAME}に譲渡いたしましたので、連名にてご通知申し上げます。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。なお、お支払方法につきましては、譲受人から別途"
           "ご案内いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.line(f"譲渡債権の表示（{era(assign)}現在）", size=10, font="serif-bold")
    p.table([["ご契約", "契約日", "ご利用枠・当初額", "元金", "利息", "遅延損害金", "小計"]] + rows,
            [34, 20, 32, 26, 20, 24, 25], x=15, header=True, aligns="lclrrrr", size=8.8, row_h=7.5, font="serif")
    p.line("（単位：円）", size=8.5, align="r")
    p.kv([("期限の利益喪失日", f"{era(acc)}（両契約）"), ("最終ご入金日", era(lastp)),
          ("遅延損害金の利率", "年18.0％（元金に対し、喪失日の翌日から完済まで・年365日の日割計算）"),
          ("債権譲渡日", era(assign))], x=20, label_w=38, size=9.5)
    p.gap(2)
    p.para("※本通知は、民法第467条に基づく債権譲渡の通知です。譲受人は、債権管理回収業に関する特別措置法に基づき法務大臣の許可"
           "を受けた債権回収会社です。", size=8.8, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender=SH_NAME, license_number=263, phone="022-000-2630",
               creditor=SH_NAME, status="unverified", original="株式会社ノビタキカード", debtor="鋳方沙織", total=T,
               principal=Ps, interest=Is, late_damages=Ls, rate=R, lump=False, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="SK-2602-3315",
               input_kind="pdf_scan", template="proxy106_joint_assignment_two_contracts_subtotal_column",
               received=D(2026, 3, 9))
    return dict(stem="dk14", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → invented servicer)",
                unusual="one-page image PDF of a joint 債権譲渡通知書 with the two notifier boxes (【譲渡人】 / 【譲受人】, round "
                        "seals) SIDE BY SIDE at the very TOP above the date and the addressee; INVENTED servicer 曙光債権回収 "
                        "with 「法務大臣許可番号第263号」 (→ unverified); the 譲渡債権の表示 as a 7-column table of TWO contracts "
                        "with a 小計 COLUMN and a 合計 row (truth = the 合計 row), a ご利用枠・当初額 column (極度額 500,000 / "
                        "当初 360,000) and JIS contract dates as distractors; the 譲渡人's own 092 phone; informs only (no "
                        "payment date)")


# ---------------------------------------------------------------------------------------------
# dk15 scam: 「株式会社民事債権保全機構」 with a fake licence, a total and a "reduced" amount; photographed.


def dk15():
    issued, due = D(2026, 10, 7), D(2026, 10, 9)
    T, half = 98_600, 49_300
    p = Page(font="sans", size=10, top=14)
    p.add(Box(8, 8, 194, 281, 1.2, RED))
    stamp(p, 16, 14, "至急", fill=RED, size=13, h=10)
    stamp(p, 40, 14, "本人限定", size=11, h=10)
    p.at(194, 18, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.at(194, 23.5, "管理番号　ぬ－３０７２", size=9.5, align="r")
    p.y = 32
    p.line("木皿　昭雄　様", size=14)
    p.gap(6)
    p.title("未納料金に関する法的手続開始のお知らせ", size=15.5, color=RED)
    p.para("当機構は、貴殿がご利用されたインターネット関連サービスの運営会社より、未納料金に関する債権の譲渡を受けた法務省認可の"
           "債権回収事業者です。再三のご連絡にもかかわらずお支払いが確認できないため、民事訴訟の準備に入りました。", size=10)
    p.para("本通知到達後、下記期限までにご連絡のない場合は、裁判所の許可のもと、給与・預貯金・動産の差押え（強制執行）を行います。"
           "また、執行官によるご自宅・勤務先への訪問調査を実施し、その費用も貴殿のご負担となります。", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 36, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(105, y + 10, "ご請求金額", size=11, font="sans-bold", align="c")
    p.at(105, y + 21, f"￥{T:,}-", size=22, font="sans-bold", align="c", color=RED)
    p.at(105, y + 30.5, f"お支払期限　{due.month}月{due.day}日（{wd(due)}）15時まで", size=11, font="sans-bold", align="c")
    p.y = y + 42
    p.para(f"※本日中にご連絡いただいた方に限り、和解金として ￥{half:,}- に減額のうえ、訴訟を取り下げます。", size=10, indent="")
    p.para("※お支払いは、当機構担当者が指定する電子マネー（ギフトカード）でお願いいたします。", size=10, indent="")
    p.para("※ご家族や弁護士等への相談は、手続が複雑になりますのでお控えください。", size=10, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(25, y, 160, 40, 0.5))
    for i, (s, sz) in enumerate((("株式会社民事債権保全機構", 13), ("法務大臣許可番号　第288号（法務省認可債権回収事業者）", 9),
                                 ("東京都千代田区霞が関１丁目（法務合同庁舎別館内）", 9),
                                 ("担当直通　090-0000-7714（土日祝も受付　9:00～20:00）", 11))):
        p.at(105, y + 9 + i * 8.5, s, size=sz, font="sans-bold" if i in (0, 3) else "sans", align="c")
    tr = truth(document_type="other", sender="株式会社民事債権保全機構", license_number=288, phone="090-0000-7714",
               creditor=None, status="not_licensed", debtor="木皿昭雄", total=T, rate=None, lump=False, issued=issued,
               payment_due=due, reference="ぬ－３０７２", is_scam=True, input_kind="photo_jpeg",
               template="proxy106_scam_fake_servicer_reduced_amount", received=None)
    return dict(stem="dk15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.83, glare=16, warm=0.3),
                about="other (架空請求, fake servicer with a fake licence)",
                unusual="架空請求 photographed on tatami with creases and a lamp glare: red page frame, filled 至急 and framed "
                        "本人限定 stamps; 「株式会社民事債権保全機構」 with a FAKE 「法務大臣許可番号　第288号（法務省認可債権回収"
                        "事業者）」 and an address in 「霞が関１丁目（法務合同庁舎別館内）」; ご請求金額 ￥98,600- in a red box "
                        "with no breakdown and a 'reduced' ￥49,300- 和解金 (distractor); the deadline 「10月9日（金）15時まで」 "
                        "without a year; gift-card payment via a 090 直通; hiragana 管理番号 ぬ－３０７２; 「弁護士等への相談は"
                        "…お控えください」; no creditor named")


# ---------------------------------------------------------------------------------------------
# dk16 harmless: a consumer lender's 受取証書（兼ご利用明細書） after an ordinary monthly payment: many figures, no claim.


def dk16():
    issued, recv, nxt = D(2026, 6, 15), D(2026, 6, 12), D(2026, 7, 13)
    B0, A = 610_000, 30_000
    It = B0 * 150 * 31 // (365 * 1000)  # 年15.0％, R8.5.13 … R8.6.12 (31 days)
    Pr = A - It
    B1 = B0 - Pr
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ふたば野ファイナンス", size=14, font="sans-bold", color=INDIGO)
    p.at(196, 17, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22, "会員番号　HZ-0612-48820", size=9.5, align="r")
    p.y = 28
    p.line("〒420-0000　静岡県静岡市葵区さえずり町九丁目9番9号", size=9.5)
    p.line("藤掛　陽子　様", size=13)
    p.gap(6)
    p.title("受取証書（兼ご利用明細書）", size=15, color=INDIGO)
    p.para("いつもご利用いただきありがとうございます。下記のとおりご返済金を受領いたしましたので、貸金業法第18条に基づき受取証書を"
           "交付いたします。", size=9.8)
    p.gap(2)
    y = grid(p, 15, p.y, [45, 45, 45, 46],
             [["受領年月日", era(recv), "受領金額", f"{A:,}円"],
              ["うち利息充当額", f"{It:,}円", "うち元金充当額", f"{Pr:,}円"],
              ["受領前のご利用残高", f"{B0:,}円", "受領後のご利用残高", f"{B1:,}円"],
              ["利息計算期間", "R8.5.13～R8.6.12（31日）", "受領方法", "口座振替"]],
             h=8, size=9.5, lsize=8, bold={(0, 3), (2, 3)})
    p.y = y + 4
    p.line("■ ご契約内容", size=10, font="sans-bold", color=INDIGO)
    p.kv([("ご契約日", "令和5年9月11日"), ("ご契約の種類", "極度方式基本契約（カードローン）　極度額 800,000円"),
          ("貸付利率", "年15.0％（実質年率）"), ("遅延損害金の利率", "年20.0％（実質年率）"),
          ("返済方式", "残高スライド元利定額リボルビング方式")], x=20, label_w=40, size=9.3)
    p.gap(2)
    p.line("■ 次回のご返済", size=10, font="sans-bold", color=INDIGO)
    p.kv([("次回ご返済期日", f"{era(nxt)}（{wd(nxt)}）"), ("次回ご返済額", "30,000円（口座振替）")], x=20, label_w=40, size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 18, 0.3, INDIGO, (0.95, 0.95, 0.99)))
    p.at(19, y + 7, "本書は、ご返済金を受領したことを証する書面です。ご請求書ではございません。", size=9.3, font="sans-bold")
    p.at(19, y + 13.5, "ご返済は順調に行われております。引き続きご利用くださいますようお願い申し上げます。", size=9)
    p.y = y + 24
    for s, sz in (("株式会社ふたば野ファイナンス", 10.5), ("〒420-0000 静岡市葵区ひわ野九丁目9番9号", 8.5),
                  ("お客様センター　0120-000-488（9:00～18:00）", 9.5),
                  ("貸金業登録番号　東海財務局長(2)第00488号　日本貸金業協会会員 第006102号", 7.8)):
        p.line(s, x=100, size=sz, font="sans-bold" if sz == 10.5 else "sans")
    tr = truth(document_type="other", sender="株式会社ふたば野ファイナンス", phone="0120-000-488", creditor=None,
               status="not_applicable", debtor="藤掛陽子", lump=False, issued=issued, reference="HZ-0612-48820",
               input_kind="pdf_text", template="proxy106_harmless_lender_receipt_statement", received=None)
    return dict(stem="dk16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (harmless 受取証書 of a consumer lender)",
                unusual="a lender's 受取証書（兼ご利用明細書） after an ordinary monthly payment: a shaded-label grid full of "
                        "figures (受領金額 30,000円, うち利息充当額 / うち元金充当額, 受領前 / 受領後のご利用残高 610,000 / "
                        f"{B1:,}円), 極度額 800,000円, 貸付利率 年15.0％ AND 遅延損害金の利率 年20.0％ (contract terms, not a "
                        "claim), 次回ご返済期日 and 次回ご返済額; 「ご請求書ではございません」; nothing is overdue or demanded")


LETTERS = [dk09, dk10, dk11, dk12, dk13, dk14, dk15, dk16]
