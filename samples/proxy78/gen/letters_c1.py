"""Proxy set 78, letters ci01–ci08: the court's own papers as they come out of the 特別送達 envelope — a 支払督促 with
its blank 督促異議申立書 (ci01), a 求償金 支払督促 photographed (ci02), two 仮執行宣言付支払督促 (ci03 scanned, ci04 photographed
sideways), a 地裁支部 (ワ) 呼出状 + 訴状 + 答弁書 form (ci05), a 少額訴訟 呼出状 (ci06), a 簡裁 (ハ) 呼出状 with the 訴状's
gist (ci07) and the 判決 of ci05's case (ci08). The figures of each debt are in story.py."""

from __future__ import annotations

from datetime import date as D

from common import GRAY, SHADE, Box, Line, Page, late, leader, truth, wd
from story import (
    A_ACC,
    A_ASSIGN,
    A_CASE_RO,
    A_COST,
    A_FILED,
    A_FIX,
    A_I,
    A_LAST,
    A_ORDER,
    A_P,
    A_R,
    B_ACC,
    B_COST,
    B_FIX,
    B_LAST,
    B_R,
    B_S,
    B_SUB,
    C_ACC,
    C_C1,
    C_C2,
    C_CASE,
    C_FIX,
    C_I,
    C_P,
    C_R,
    D_ACC,
    D_ASSIGN,
    D_C1,
    D_C2,
    D_FIX,
    D_I,
    D_LAST,
    D_P,
    D_R,
    E_ACC,
    E_CASE,
    E_FIX,
    E_I,
    E_LAST,
    E_P,
    E_R,
    F_ACC,
    F_FIX,
    F_I,
    F_LAST,
    F_P,
    F_R,
    G_ACC,
    G_ASSIGN,
    G_CASE,
    G_FIX,
    G_I,
    G_LAST,
    G_P,
    G_R,
    ONE,
    fw,
    rdate,
)


def fdate(d: D) -> str:
    return fw(rdate(d))


def fcase(s: str) -> str:
    return fw(s).replace("(", "（").replace(")", "）")


def fyen(n: int) -> str:
    return fw(f"{n:,}") + "円"


# ---------------------------------------------------------------------------------------------
# ci01 土浦簡裁 支払督促 (digital, 2 pages): p.1 the order with 請求の趣旨 and 原因, p.2 the blank 督促異議申立書.


def ci01():
    issued = A_ORDER
    P, I, R = A_P, A_I, A_R
    L = late(P, R, A_ACC + ONE, A_FIX)
    one = P + I + L
    T = one + A_COST
    p = Page(font="serif", size=10, top=14, left=22, right=22)
    p.add(Box(128, 12, 60, 7, 0.3))
    p.add(Box(128, 12, 17, 7, 0.3, fill=SHADE))
    p.at(136.5, 17, "事件番号", size=8.5, align="c")
    p.at(186, 17, fcase(A_CASE_RO), size=9.5, align="r")
    p.y = 24
    p.title("支払督促", size=18, spaced=True)
    p.kv([("債　権　者", "東京都港区柿ノ木坂東九丁目９番９号"),
          ("", "オリックス債権回収株式会社"),
          ("", "代表者代表取締役　巣籠　正臣"),
          ("（送達場所）", "〒105-0000　東京都港区柿ノ木坂東九丁目９番９号　同社債権管理第二部"),
          ("", "電話 03-0000-7361　FAX 03-0000-7362"),
          ("債　務　者", "〒300-0000　茨城県土浦市りんどう野九丁目９番９号"),
          ("", "芹川　智恵")], label_w=26, size=9.5)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line(fdate(issued), x=30, size=10.5)
    p.line("土浦簡易裁判所", x=100, size=10.5)
    p.line("裁判所書記官　靏　見　文　哉", x=100, size=10.5)
    p.seal(180, p.y - 6, 11, "square", "土浦簡易裁判所書記官印", angle=1, seed=7801)
    p.gap(2)
    p.rule(width=0.5)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.line(f"１　金{fyen(one)}", x=26, size=10)
    p.line("　　ただし、次の合計額", x=26, size=9.5)
    for lab, val in (("(1) 残元金", P), ("(2) 未払手数料", I),
                     (f"(3) 確定遅延損害金（{fdate(A_ACC + ONE)}から{fdate(A_FIX)}まで年１４．６％）", L)):
        b = p.line(lab, x=34, size=9.3)
        p.at(186, b, f"金{fyen(val)}", size=9.3, align="r")
    p.para(f"２　上記１(1)の残元金に対する{fdate(A_FIX + ONE)}から完済まで年１４．６％の割合による遅延損害金", x0=26, x1=188,
           size=10, indent="")
    b = p.line("３　督促手続費用", x=26, size=10)
    p.at(186, b, f"金{fyen(A_COST)}", size=10, align="r")
    p.add(Line(120, p.y - 0.6, 188, p.y - 0.6, 0.4))
    b = p.line("（上記１及び３の合計額）", x=26, size=10)
    p.at(186, b, f"金{fyen(T)}", size=10.5, font="serif-bold", align="r")
    p.gap(1.5)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債務者は、平成３１年２月８日、株式会社ふみづきカードとの間でカード会員契約を締結し、同契約に基づき"
              "同社から金員の貸付け及び立替払いを受けた（遅延損害金　年１４．６％）。",
              f"２　債務者は、{fdate(A_LAST)}の支払を最後にその後の支払を怠り、{fdate(A_ACC)}の経過により期限の利益を喪失した。",
              f"３　株式会社ふみづきカードは、{fdate(A_ASSIGN)}、本件債権を債権者に譲渡し、同年８月６日付け内容証明郵便で"
              "債務者にその旨を通知し、同通知は同月８日に債務者に到達した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載のとおりの支払を求める。"):
        p.para(s, x0=24, x1=188, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 23, 0.6))
    p.at(25, y + 5, "【督促異議の申立てについて】", size=9.5, font="serif-bold")
    for i, s in enumerate(("この支払督促に不服があるときは、受け取った日から２週間以内に、同封の督促異議申立書を当裁判所に提出して",
                           "ください。異議の申立てがあると、通常の訴訟の手続に移ります。分割払いを希望する場合も、申立書にその旨を",
                           "記入して提出してください。問合せ先　土浦簡易裁判所　民事受付係　電話 029-000-2281（平日8:30～17:00）")):
        p.at(25, y + 10.5 + i * 4.6, s, size=8.6)
    p.y = y + 26
    p.line(f"（申立日　{fdate(A_FILED)}）", align="r", size=8.5)

    q = Page(font="serif", size=10.5, top=16, left=24, right=24)
    q.line("（この用紙は、裁判所に提出してください。）", size=8.5, align="r")
    q.title("督促異議申立書", size=17, spaced=True)
    q.line("土浦簡易裁判所　御中", size=11)
    q.gap(3)
    q.table([["事 件 番 号", fcase(A_CASE_RO)], ["債　権　者", "オリックス債権回収株式会社"], ["債　務　者", "芹川　智恵"]],
            [34, 120], x=24, size=10.5, row_h=9, aligns="ll", shade_col0=True)
    q.gap(5)
    q.para("上記事件について、令和　　年　　月　　日に送達を受けた支払督促に対し、督促異議を申し立てます。", size=11)
    q.gap(3)
    q.line("（該当する□にレ点を付けてください。）", size=9.5)
    for s in ("□　請求された金額について争いがある（次の理由による。）",
              "　　理由：＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
              "□　請求された金額は争わないが、分割払いを希望する",
              "　　毎月　　　　日限り、金　　　　　　　円ずつ",
              "□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=30, size=10.5)
        q.gap(1.5)
    q.gap(4)
    q.line("令和　　年　　月　　日", x=30, size=11)
    q.gap(3)
    for s in ("債務者住所　〒　　　－", "", "債務者氏名　　　　　　　　　　　　　　　　　　印",
              "電話番号（日中連絡の取れる番号）　　　（　　　　）"):
        q.line(s, x=60, size=11)
        if s:
            q.add(Line(60, q.y - 1.2, 186, q.y - 1.2, 0.2, GRAY))
        q.gap(2)
    q.gap(4)
    y = q.y
    q.add(Box(24, y, 162, 36, 0.4))
    q.at(27, y + 5.5, "（注意）", size=9.5, font="serif-bold")
    for i, s in enumerate(("１　この申立書は、支払督促正本を受け取った日から２週間以内に提出してください（郵送可）。",
                           "２　申立てがあると、事件は請求額に応じて簡易裁判所又は地方裁判所の訴訟手続に移行し、後日、",
                           "　　口頭弁論期日の呼出状が届きます。",
                           "３　提出期間を過ぎると、債権者は仮執行宣言を申し立てることができ、強制執行を受けることがあります。",
                           "４　電話で異議を述べることはできません。")):
        q.at(27, y + 11.5 + i * 5, s, size=9)
    tr = truth(document_type="payment_order", sender="土浦簡易裁判所", phone="029-000-2281",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社ふみづきカード",
               debtor="芹川智恵", total=T, principal=P, interest=I, late_damages=L, costs=A_COST, rate=R, lump=True,
               issued=issued, acceleration=A_ACC, last_payment=A_LAST, assignment=A_ASSIGN, reference=A_CASE_RO,
               input_kind="pdf_text_2page", template="proxy78_payment_order_tsuchiura_with_objection_form",
               received=D(2026, 2, 24))
    return dict(stem="ci01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, with the blank 督促異議申立書)",
                unusual="土浦簡裁 支払督促, digital, in serif with full-width digits: the case number in a two-cell box "
                        "top-right with a shaded 「事件番号」 label; the parties as kv lines (債権者 ★ オリックス債権回収, "
                        "its （送達場所） phone / FAX as distractors); 請求の趣旨 item １ 「ただし、次の合計額」 with (1)–(3) "
                        "flush right, the running item ２, 督促手続費用 and 「（上記１及び３の合計額）」; 請求の原因 with the "
                        "平成31年 contract, the 通知 8/6 and its 到達 8/8 (distractors); a framed 督促異議 note with the "
                        "court's 民事受付係 phone; p.2 the BLANK 督促異議申立書 (check boxes, 「毎月　日限り、金　円ずつ」, blank "
                        "令和　年　月　日) that holds no field")


# ---------------------------------------------------------------------------------------------
# ci02 真岡簡裁 支払督促 of a guarantee company's 求償金, photographed on a desk.


def ci02():
    issued, filed = D(2025, 12, 15), D(2025, 12, 4)
    S, R = B_S, B_R
    L = late(S, R, B_SUB + ONE, B_FIX)
    T = S + L + B_COST
    p = Page(font="serif", size=10.5, top=16, left=20, right=20)
    p.at(20, 20, fcase("令和7年(ロ)第518号") + "　求償金請求督促事件", size=10)
    p.y = 24
    p.title("支払督促", size=19)
    y = p.y
    p.add(Box(20, y, 170, 34, 0.4))
    p.add(Box(20, y, 22, 34, 0.4, fill=SHADE))
    p.add(Line(20, y + 19, 190, y + 19, 0.4))
    p.at(31, y + 10.5, "債権者", size=10.5, align="c")
    p.at(31, y + 28, "債務者", size=10.5, align="c")
    for i, s in enumerate(("〒320-0000　栃木県宇都宮市あずさ川九丁目９番９号", "しぎ野信用保証株式会社",
                           "代表者代表取締役　米澤　昭雄　　（電話 028-000-3316）")):
        p.at(45, y + 5.5 + i * 5, s, size=9.5)
    for i, s in enumerate(("〒321-0000　栃木県真岡市水車坂九丁目９番９号", "日詰　康弘")):
        p.at(45, y + 24.5 + i * 5.5, s, size=10 if i == 0 else 11)
    p.y = y + 39
    p.para("債務者は、債権者に対し、別紙請求の趣旨及び原因記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    b = p.line(fdate(issued), x=26, size=10.5)
    p.at(186, b, "真岡簡易裁判所", size=10.5, align="r")
    b = p.line("", size=10.5)
    p.at(186, b, "裁判所書記官　喰　代　　宏", size=10.5, align="r")
    p.gap(2)
    p.line("請求の趣旨及び原因", size=11.5, font="serif-bold", align="c")
    rows = [["番号", "内　　　容", "金　額（円）"],
            ["１", "求償元金（代位弁済額）", fw(f"{S:,}")],
            ["２", f"確定遅延損害金（{fw('7.9.13')}～{fw('7.12.3')}、年{fw('14.6')}％）", fw(f"{L:,}")],
            ["３", "督促手続費用", fw(f"{B_COST:,}")],
            ["", "合　　計", fw(f"{T:,}")]]
    p.table(rows, [14, 112, 44], x=20, size=9.8, row_h=7.6, aligns="clr", header=True)
    p.para(f"４　上記１の求償元金に対する{fdate(B_FIX + ONE)}から完済まで年１４．６パーセントの割合による遅延損害金", size=9.8,
           indent="")
    p.gap(1)
    p.line("（請求の原因）", size=10, font="serif-bold")
    for s in ("(1) 債務者は、令和３年６月２１日、株式会社八溝銀行との間でカードローン契約（極度額１５０万円）を締結し、"
              "債権者は、同日、債務者の委託を受けて、同契約に基づく債務者の債務を保証した。",
              f"(2) 債務者は、{fdate(B_LAST)}の弁済を最後にその後の弁済を怠り、{fdate(B_ACC)}、期限の利益を喪失した。",
              f"(3) 債権者は、{fdate(B_SUB)}、保証契約に基づき株式会社八溝銀行に対し金{fyen(S)}を代位弁済した。",
              "(4) 保証委託契約では、代位弁済額に対し、代位弁済日の翌日から年１４．６％の割合による遅延損害金を支払う旨が"
              "約定されている。"):
        p.para(s, x0=22, x1=188, size=9.3, indent="")
    p.gap(1.5)
    p.line(f"申立日　{fdate(filed)}", size=9, x=22)
    p.para("※督促異議の申立ては、この支払督促を受け取った日から２週間以内に当裁判所へ。問合せ　真岡簡易裁判所（民事）"
           "電話 0285-00-4472", size=8.8, indent="")
    tr = truth(document_type="payment_order", sender="真岡簡易裁判所", phone="0285-00-4472",
               creditor="しぎ野信用保証株式会社", status="not_applicable", original="株式会社八溝銀行", debtor="日詰康弘",
               total=T, principal=S, interest=None, late_damages=L, costs=B_COST, rate=R, lump=True, issued=issued,
               acceleration=B_ACC, last_payment=B_LAST, reference="令和7年(ロ)第518号", input_kind="photo_jpeg",
               template="proxy78_payment_order_guarantor_recourse_photo", received=D(2025, 12, 18))
    return dict(stem="ci02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.07, tilt=3.0, creases=2, fill=0.86, blur=0.95, warm=0.2, glare=22),
                about="payment_order (簡裁, guarantee company 求償金, phone photo)",
                unusual="真岡簡裁 支払督促 photographed on a pale desk at an angle with tri-fold creases and a lamp glare: the "
                        "full-width case number and 事件名 on ONE line top-LEFT above the title; the parties in a two-row box "
                        "with a shaded 債権者 / 債務者 label column (the creditor's own phone in brackets = distractor); the "
                        "court and the clerk flush RIGHT on the date line; 請求の趣旨及び原因 as a 番号 / 内容 / 金額（円） "
                        "table with the window in the 損害金 row in full-width JIS-like 「７.９.１３～７.１２.３」; the "
                        "running item ４ under the table; 請求の原因 (1)–(4) with the 令和３年 contract and 極度額１５０万円 "
                        "(distractors); the court's phone in the last line")


# ---------------------------------------------------------------------------------------------
# ci03 小山簡裁 仮執行宣言付支払督促 (one scanned page, leader-dot amounts).


def ci03():
    issued, order, served, filed = D(2025, 12, 2), D(2025, 11, 4), D(2025, 11, 7), D(2025, 10, 24)
    P, I, R = C_P, C_I, C_R
    L = late(P, R, C_ACC + ONE, C_FIX)
    one = P + I + L
    T = one + C_C1 + C_C2
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.title("仮執行宣言付支払督促", size=17)
    p.line(fcase(C_CASE) + "　立替金等請求督促事件", align="c", size=10.5)
    p.gap(3)
    p.kv([("債 権 者", "栃木県宇都宮市鳴子坂九丁目９番９号"), ("", "株式会社霧降クレジット"),
          ("", "代表者代表取締役　蔵元　吉晴"),
          ("債 務 者", "栃木県小山市萩ノ尾九丁目９番９号"), ("", "軽米　由香里")], label_w=24, size=10)
    p.gap(3)
    p.para(f"上記当事者間の頭書事件について、{fdate(order)}に発した支払督促は、{fdate(served)}、債務者に送達されたが、"
           "債務者は、法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。",
           size=10.5)
    p.gap(2)
    p.line("仮執行の宣言", size=11, font="serif-bold", align="c")
    p.para("債務者は、債権者に対し、下記の金額を支払え。この支払督促は、仮に執行することができる。", size=10.5)
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    leader(p, "１　立替金及び貸付金の残元金", f"金{fyen(P)}", 30, 186, size=10.3)
    leader(p, "２　未払手数料・利息", f"金{fyen(I)}", 30, 186, size=10.3)
    leader(p, f"３　確定遅延損害金（{fdate(C_ACC + ONE)}～{fdate(C_FIX)}）", f"金{fyen(L)}", 30, 186, size=10.3)
    leader(p, "４　督促手続費用", f"金{fyen(C_C1)}", 30, 186, size=10.3)
    leader(p, "５　仮執行宣言の手続費用", f"金{fyen(C_C2)}", 30, 186, size=10.3)
    p.add(Line(120, p.y - 0.5, 188, p.y - 0.5, 0.5))
    leader(p, "　　以上合計（１ないし５）", f"金{fyen(T)}", 30, 186, size=10.8, font="serif-bold")
    p.gap(1)
    p.para(f"６　上記１の残元金に対する{fdate(C_FIX + ONE)}から完済まで年１４．６％の割合による遅延損害金", x0=30, x1=188,
           size=10.3, indent="")
    p.gap(1)
    p.para(f"（請求の原因の要旨）債務者は、債権者とのカード利用契約に基づく分割金の支払を怠り、{fdate(C_ACC)}、期限の利益を"
           "喪失した。", x0=30, x1=188, size=9.3, indent="")
    p.gap(2)
    p.line(fdate(issued), x=30, size=10.5)
    p.line("小山簡易裁判所", x=104, size=10.5)
    p.line("裁判所書記官　纏　田　　恵　里", x=104, size=10.5)
    p.seal(182, p.y - 6, 11, "square", "小山簡易裁判所書記官印", angle=-2, seed=7803)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 30, 0.5, fill=(0.95, 0.95, 0.95)))
    p.at(25, y + 5.5, "（この書面を受け取った方へ）", size=9.5, font="serif-bold")
    for i, s in enumerate(("この仮執行宣言付支払督促に不服がある場合には、受け取った日から２週間以内に当裁判所へ督促異議を申し立てる",
                           "ことができます。ただし、異議を申し立てても、それだけでは強制執行は止まりません。",
                           f"支払督促の申立日　{fdate(filed)}　　仮執行宣言の申立日　令和７年１１月２５日",
                           "お問合せ　小山簡易裁判所　民事係　電話 0285-00-2209")):
        p.at(25, y + 11.5 + i * 4.7, s, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="小山簡易裁判所", phone="0285-00-2209",
               creditor="株式会社霧降クレジット", status="not_applicable", original=None, debtor="軽米由香里", total=T,
               principal=P, interest=I, late_damages=L, costs=C_C1 + C_C2, rate=R, lump=True, issued=issued,
               acceleration=C_ACC, last_payment=None, reference=C_CASE, input_kind="scan_png",
               template="proxy78_enforceable_oyama_leader_lines", received=D(2025, 12, 5))
    return dict(stem="ci03", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order_enforceable (簡裁, card company creditor, one scanned page)",
                unusual="小山簡裁 仮執行宣言付支払督促 on ONE scanned page: the full-width case number and 事件名 centred under "
                        "the title; the order date 11/4 and its 送達 11/7 in one sentence; 「仮執行の宣言」 as a centred "
                        "heading; the amounts as FIVE dotted-leader lines (残元金 / 未払手数料・利息 / 確定遅延損害金 with its "
                        "window / 督促手続費用 / 仮執行宣言の手続費用) and 「以上合計（１ないし５）」; the running item ６; a "
                        "one-line 請求の原因の要旨 with the 喪失 date only (no last payment printed → null); a shaded "
                        "「この書面を受け取った方へ」 box with both 申立日 (distractors) and the court's 民事係 phone")


# ---------------------------------------------------------------------------------------------
# ci04 諏訪簡裁 仮執行宣言付支払督促, invented servicer creditor; photo stored sideways (EXIF 6).


def ci04():
    issued, order, served = D(2025, 11, 17), D(2025, 10, 21), D(2025, 10, 24)
    P, I, R = D_P, D_I, D_R
    L = late(P, R, D_ACC + ONE, D_FIX)
    T = P + I + L + D_C1 + D_C2
    p = Page(font="serif", size=10.5, top=14, left=20, right=20)
    p.add(Box(20, 12, 24, 10, 0.8))
    p.at(32, 19, "正　本", size=12, font="serif-bold", align="c")
    p.at(190, 19, fcase("令和7年(ロ)第377号"), size=10.5, align="r")
    p.y = 27
    p.title("仮執行宣言付支払督促", size=17, spaced=False)
    p.table([["支払督促発付日", fdate(order)], ["支払督促送達日", fdate(served)], ["仮執行宣言日", fdate(issued)]],
            [36, 56], x=20, size=9.8, row_h=7, aligns="ll", shade_col0=True)
    p.gap(3)
    p.para("別紙当事者目録記載の債務者は、同目録記載の債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"上記支払督促に、仮執行宣言の手続費用　金{fyen(D_C2)}　を付加して、仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("諏訪簡易裁判所　裁判所書記官　鍛　代　　透", x=80, size=10.5)
    p.gap(2)
    p.line("当事者目録", size=11, font="serif-bold", align="c")
    for s in ("〒980-0000　宮城県仙台市青葉区藍染川九丁目９番９号",
              "債　権　者　　白嶺債権回収株式会社",
              "　　　　　　　代表者代表取締役　馬路　克也",
              "（送達場所）　同社　長野サービスセンター　電話 026-000-8812",
              "〒392-0000　長野県諏訪市鍛冶ヶ谷九丁目９番９号",
              "債　務　者　　杭瀬　修"):
        p.line(s, x=26, size=9.8)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["", "項　目", "金額（円）"], ["１", "元金", fw(f"{P:,}")], ["２", "利息", fw(f"{I:,}")],
            ["３", f"確定遅延損害金（{fdate(D_ACC + ONE)}から{fdate(D_FIX)}まで）", fw(f"{L:,}")],
            ["４", "督促手続費用", fw(f"{D_C1:,}")], ["５", "仮執行宣言の手続費用", fw(f"{D_C2:,}")],
            ["", "計", fw(f"{T:,}")]]
    p.table(rows, [10, 120, 40], x=20, size=9.5, row_h=7, aligns="clr", header=True)
    p.para(f"６　上記１の元金に対する{fdate(D_FIX + ONE)}から完済まで年２０．０％の割合による遅延損害金", size=9.5,
           indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", size=10, font="serif-bold")
    p.para(f"債務者は、株式会社千曲川ローンとの金銭消費貸借契約（令和４年３月１日）に基づく分割金の支払を{fdate(D_LAST)}を"
           f"最後に怠り、{fdate(D_ACC)}、期限の利益を喪失した。同社は、{fdate(D_ASSIGN)}、本件債権を債権者に譲渡し、"
           "その旨を債務者に通知した。", size=9.3)
    p.gap(1)
    p.line("（問合せ　諏訪簡易裁判所　電話 0266-00-5190）", size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="諏訪簡易裁判所", phone="0266-00-5190",
               creditor="白嶺債権回収株式会社", status="unverified", original="株式会社千曲川ローン", debtor="杭瀬修",
               total=T, principal=P, interest=I, late_damages=L, costs=D_C1 + D_C2, rate=R, lump=True, issued=issued,
               acceleration=D_ACC, last_payment=D_LAST, assignment=D_ASSIGN, reference="令和7年(ロ)第377号",
               input_kind="photo_exif_rotated", template="proxy78_enforceable_suwa_invented_servicer_rotated",
               received=D(2025, 11, 20))
    return dict(stem="ci04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=2.2, creases=2, fill=0.85, blur=0.9, shadow=0.3,
                          shadow_side="bottom"),
                about="payment_order_enforceable (簡裁, invented servicer creditor, photo stored sideways)",
                unusual="phone photo on wood with creases and a hand shadow at the bottom, stored sideways with EXIF "
                        "orientation 6; a framed 「正　本」 top-left and the case number top-right; the three court dates as "
                        "a shaded-label 3-row table (発付 10/21, 送達 10/24, 仮執行宣言日 11/17 = issued); 「仮執行宣言の手続"
                        "費用　金１，０８０円　を付加して」 in prose AND as row ５ of a 項目 / 金額（円） table with a 計 row; "
                        "当事者目録 with the INVENTED servicer 白嶺債権回収 (no licence printed → unverified) and its "
                        "送達場所 026 phone (distractor); the running item ６ at 年２０．０％; 請求の原因 in one paragraph")


# ---------------------------------------------------------------------------------------------
# ci05 福岡地裁小倉支部 (ワ): 呼出状及び答弁書催告状 + 訴状 + 答弁書 form, scanned as a 3-page image PDF.


def ci05():
    issued, sued, hearing, answer = D(2025, 12, 3), D(2025, 11, 17), D(2026, 1, 21), D(2026, 1, 14)
    P, I, R = E_P, E_I, E_R
    L = late(P, R, E_ACC + ONE, E_FIX)
    T = P + I + L
    case = fcase(E_CASE)
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(case, size=10.5)
    p.line("貸金返還請求事件", size=10.5)
    p.line("原告　株式会社遠賀銀行", size=10.5)
    p.line("被告　蘆名　隆之", size=10.5)
    p.gap(4)
    p.line("被告　蘆名　隆之　殿", size=12)
    p.gap(2)
    p.line(fdate(issued), align="r", size=10.5)
    p.line("福岡地方裁判所小倉支部第２民事部", align="r", size=10.5)
    p.line("裁判所書記官　海野辺　一　臣", align="r", size=10.5)
    p.gap(3)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められました"
           "から、同期日に出頭してください。", size=10.5)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    rows = [("期　　日", f"{fdate(hearing)}（{wd(hearing)}）午前１０時００分"),
            ("出頭場所", "福岡地方裁判所小倉支部　第３０２号法廷（本館３階）"),
            ("答弁書提出期限", f"{fdate(answer)}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(30, yy, 150, 10, 0.35))
        p.add(Box(30, yy, 36, 10, 0.35, fill=SHADE))
        p.at(48, yy + 6.6, a, size=10, align="c")
        p.at(70, yy + 6.8, b, size=11)
    p.y = y + 34
    for s in ("１　出頭の際は、この呼出状を持参し、法廷前の出頭カードに記入してください。",
              "２　答弁書は、同封の用紙を利用して、正本１通を当部に、副本１通を原告代理人にそれぞれ提出（ファクシミリ可）してください。",
              "３　答弁書を提出せず、期日に出頭しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。",
              "４　この事件の問合せは、当部　ワ係（電話 093-000-4406　ＦＡＸ 093-000-4407）へ、事件番号をお知らせのうえ"
              "お願いします。"):
        p.para(s, x0=24, x1=188, size=9.5, indent="")
    p.gap(2)
    p.line("同封書類　訴状副本・証拠書類写し（甲第１号証・甲第２号証）・答弁書用紙", size=9.3)

    q = Page(font="serif", size=9.8, top=14, left=22, right=22)
    q.title("訴　　　状", size=16)
    q.line(fdate(sued), align="r")
    q.line("福岡地方裁判所小倉支部　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　設楽原　慎　吾", align="r")
    q.line("同　　　　　　弁護士　浅　芽　　紗　季", align="r")
    q.gap(1)
    q.kv([("原　　告", "〒800-0000　福岡県北九州市小倉北区塩釜坂九丁目９番９号"), ("", "株式会社遠賀銀行"),
          ("", "代表者代表取締役　鬼頭原　誠司"),
          ("", "〒802-0000　福岡県北九州市小倉北区紙漉九丁目９番９号　設楽原・浅芽法律事務所（送達場所）"),
          ("", "原告訴訟代理人弁護士　設楽原慎吾　同　浅芽紗季"),
          ("", "電話 093-000-5581　FAX 093-000-5582"),
          ("被　　告", "〒803-0000　福岡県北九州市小倉北区機織九丁目９番９号"), ("", "蘆名　隆之")], label_w=20, size=9.3)
    q.gap(1)
    q.line("貸金返還請求事件", size=10.5, font="serif-bold")
    q.line(f"訴訟物の価額　　金{fyen(T)}", size=9.8)
    q.line("貼用印紙額　　　金１５，０００円", size=9.8)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fyen(T)}及びうち金{fyen(P)}に対する{fdate(E_FIX + ONE)}から支払済みまで年１４パー"
           "セントの割合による金員を支払え。", x0=26, size=9.8, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=26, size=9.8, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=26, size=9.8, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in ("１　原告は、被告に対し、令和４年５月１６日、次の約定で金２４０万円を貸し付けた（甲１）。"
              "返済方法　令和４年６月から毎月２５日限り元利均等返済、利息　年４．８パーセント、遅延損害金　年１４パーセント、"
              "期限の利益喪失　分割金の支払を遅滞し、書面による催告を受けたにもかかわらず、催告期間内に支払わなかったとき。",
              f"２　被告は、{fdate(E_LAST)}の支払を最後にその後の支払をせず、原告は、令和７年６月２６日到達の書面で１４日以内の"
              f"支払を催告したが（甲２）、被告は支払わなかったので、被告は{fdate(E_ACC)}の経過により期限の利益を喪失した。",
              "３　本件貸金の残額は、次のとおりである。"):
        q.para(s, x0=24, x1=188, size=9.3, indent="")
    q.table([["残元金", fyen(P)], ["未払利息", fyen(I)],
             [f"遅延損害金（{fdate(E_ACC + ONE)}から{fdate(E_FIX)}まで）", fyen(L)], ["合　計", fyen(T)]],
            [110, 40], x=30, size=9.3, row_h=6.4, aligns="lr")
    q.para("４　よって、原告は、被告に対し、金銭消費貸借契約に基づき、請求の趣旨記載の金員の支払を求める。", x0=24, x1=188,
           size=9.3, indent="")
    q.line("証拠方法　甲第１号証　金銭消費貸借契約証書　　甲第２号証　催告書（配達証明付）", size=9)
    q.line("附属書類　訴状副本１通　甲号証写し各２通　資格証明書１通　訴訟委任状１通", size=9)

    r = Page(font="serif", size=10.5, top=16, left=24, right=24)
    r.line(case, size=10.5)
    r.line("原告　株式会社遠賀銀行　　被告　蘆名　隆之", size=10.5)
    r.title("答　弁　書", size=17)
    r.line("令和　　年　　月　　日", align="r")
    r.line("福岡地方裁判所小倉支部第２民事部ワ係　御中", size=10.5)
    r.gap(2)
    for s in ("住所　〒　　　－", "", "被告氏名　　　　　　　　　　　　　　　印", "電話　　　　（　　　　）　　　　　ＦＡＸ"):
        r.line(s, x=80, size=10.5)
        if s:
            r.add(Line(80, r.y - 1.2, 186, r.y - 1.2, 0.2, GRAY))
        r.gap(1.5)
    r.gap(2)
    r.line("第１　請求の趣旨に対する答弁", size=11, font="serif-bold")
    for s in ("□　原告の請求を棄却する。訴訟費用は原告の負担とする。との判決を求める。",
              "□　原告の請求を認める。"):
        r.line(s, x=30, size=10.5)
    r.gap(2)
    r.line("第２　訴状に書かれた事実に対する認否", size=11, font="serif-bold")
    for s in ("□　間違いありません。", "□　次の部分が違います。", "　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
              "　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿"):
        r.line(s, x=30, size=10.5)
    r.gap(2)
    r.line("第３　和解についての希望", size=11, font="serif-bold")
    for s in ("□　話合いによる解決（和解）を希望します。", "　　分割払いの希望額　月額　　　　　　円（毎月　　日限り）",
              "　　初回の支払開始　令和　　年　　月から", "□　一括で支払います（令和　　年　　月　　日までに）。"):
        r.line(s, x=30, size=10.5)
    r.gap(3)
    r.para("※この答弁書は、期日の１週間前までに提出してください。ファクシミリで提出する場合の送信先　093-000-4407（裁判所）"
           "／ 093-000-5582（原告代理人）", size=9, indent="")
    tr = truth(document_type="lawsuit", sender="福岡地方裁判所小倉支部", phone="093-000-4406", creditor="株式会社遠賀銀行",
               status="not_applicable", original=None, debtor="蘆名隆之", total=T, principal=P, interest=I,
               late_damages=L, costs=None, rate=R, lump=True, issued=issued, acceleration=E_ACC, last_payment=E_LAST,
               hearing=hearing, reference=E_CASE, input_kind="pdf_scan",
               template="proxy78_district_branch_summons_complaint_answer_form", received=D(2025, 12, 5))
    return dict(stem="ci05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), bank plaintiff through lawyers, 呼出状 + 訴状 + 答弁書, 3 pages)",
                unusual="3-page image PDF, the whole 特別送達 envelope: p.1 the 福岡地裁小倉支部 呼出状及び答弁書催告状 with "
                        "case / 事件名 / 原告 / 被告 as four lines top-LEFT, the addressee line, the clerk flush right ABOVE the "
                        "title, 期日 / 出頭場所 / 答弁書提出期限 as three shaded-label boxes, the court's phone (and FAX) in note "
                        "４; p.2 the 訴状 (dated 11/17 ≠ the 呼出状), 訴訟物の価額 and 貼用印紙額 １５，０００円, 請求の趣旨 "
                        "「金…及びうち金…」, the 令和４年 loan of ２４０万円 at 年４．８％ (distractors), the 催告 到達 6/25, a "
                        "4-row 残額 table and the lawyers' 093 phone / FAX (distractors); p.3 a blank 答弁書 form with check "
                        "boxes and a 分割 wish line")


# ---------------------------------------------------------------------------------------------
# ci06 三島簡裁 少額訴訟 呼出状, iPhone HEIC.


def ci06():
    issued, sued, hearing, answer = D(2026, 4, 8), D(2026, 3, 30), D(2026, 5, 13), D(2026, 4, 30)
    P, I, R = F_P, F_I, F_R
    L = late(P, R, F_ACC + ONE, F_FIX)
    T = P + I + L
    p = Page(font="sans", size=10.3, top=14, left=20, right=20)
    p.add(Box(20, 12, 170, 11, color=None, fill=(0.86, 0.90, 0.95)))
    p.at(24, 19.5, "少額訴訟", size=13, font="sans-bold")
    p.at(186, 19.5, fcase("令和8年(少コ)第19号") + "　貸金請求事件", size=10, align="r")
    p.y = 28
    p.line("原　告　　株式会社湊川ファイナンス", size=10.3)
    p.line("被　告　　行木　真理子", size=10.3)
    p.gap(2)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="sans-bold", align="c")
    p.gap(2)
    p.line("行木　真理子　様", size=12)
    p.para("原告から少額訴訟による審理及び裁判を求める訴状が提出されました。下記の期日に当裁判所に出頭してください。"
           "また、答弁書を下記の期限までに提出してください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 27, 0.6))
    for i, (a, b) in enumerate((("期日", f"{rdate(hearing)}（{wd(hearing)}）午後1時30分"),
                                ("場所", "三島簡易裁判所　２階　ラウンドテーブル法廷"),
                                ("答弁書の提出期限", f"{rdate(answer)}（{wd(answer)}）"))):
        p.at(24, y + 7 + i * 8, a, size=9.5, font="sans-bold")
        p.at(62, y + 7.3 + i * 8, b, size=11.5 if i == 0 else 10.5, font="sans-bold" if i == 0 else "sans")
        if i < 2:
            p.add(Line(20, y + 9.5 + i * 8, 190, y + 9.5 + i * 8, 0.2, GRAY))
    p.y = y + 31
    p.line(f"{rdate(issued)}　　三島簡易裁判所　裁判所書記官　寺井田　瑞穂", size=10, align="r")
    p.line("電話 055-000-3637（民事係）", size=9.5, align="r")
    p.gap(2)
    p.line("少額訴訟の手続について（必ずお読みください）", size=10.5, font="sans-bold")
    for s in ("・原則として、１回の期日で審理を終え、その日のうちに判決が言い渡されます。証拠書類や証人は期日当日に調べられる"
              "ものに限られますので、すべて期日に持参してください。",
              "・被告は、最初の期日で話をするまでの間、通常の訴訟手続に移すよう求めることができます。",
              "・支払を命じる判決でも、分割払いや支払猶予、遅延損害金の免除が定められることがあります。",
              "・判決に対しては控訴できず、判決書の送達を受けた日から２週間以内に異議を申し立てることができるだけです。"):
        p.para(s, size=9.3, indent="")
    p.gap(2)
    p.line("（参考）訴状記載の請求", size=10, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R:g}%・{F_FIX.month}/{F_FIX.day}まで）", "請求額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 34, 60, 38], x=20, size=9.5, row_h=7, aligns="rrrr", header=True)
    p.para(f"請求の原因の要旨　令和5年9月1日の金銭消費貸借契約（貸付額500,000円）。{rdate(F_LAST)}の入金を最後に支払がなく、"
           f"{rdate(F_ACC)}、期限の利益を喪失。訴え提起日 {rdate(sued)}。上記元金に対する令和8年3月26日から支払済みまで"
           "年20％の遅延損害金も請求されています。", size=9, indent="")
    p.para("原告連絡先　株式会社湊川ファイナンス　管理課　静岡県沼津市風車台九丁目9番9号　電話 055-000-7720", size=8.6, indent="")
    tr = truth(document_type="lawsuit", sender="三島簡易裁判所", phone="055-000-3637", creditor="株式会社湊川ファイナンス",
               status="not_applicable", original=None, debtor="行木真理子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=F_ACC, last_payment=F_LAST,
               hearing=hearing, reference="令和8年(少コ)第19号", input_kind="photo_heic",
               template="proxy78_small_claims_summons_mishima_heic", received=D(2026, 4, 10))
    return dict(stem="ci06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, fill=0.84, blur=0.85, glare=18, warm=0.1),
                about="lawsuit (簡裁 少額訴訟 (少コ), consumer-finance plaintiff, HEIC photo)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a pale-blue band with 「少額訴訟」 and the "
                        "(少コ) number; 期日 / 場所 / 答弁書の提出期限 in one framed box with hairlines (half-width era dates "
                        "with weekday, 午後1時30分, a ラウンドテーブル法廷); the clerk's line flush right with the 民事係 phone; "
                        "four 少額訴訟 bullets (１回, ２週間 — not fields); a one-row 元金 / 利息 / 遅延損害金 / 請求額 table; "
                        "the 500,000円 loan of 令和5年 and the plaintiff's 055 phone as distractors; 訴え提起日 3/30 ≠ the "
                        "呼出状 date")


# ---------------------------------------------------------------------------------------------
# ci07 日立簡裁 (ハ) 呼出状 with the 訴状's gist, one scanned page; the real servicer is plaintiff.


def ci07():
    issued, sued, hearing, answer = D(2026, 2, 10), D(2026, 1, 26), D(2026, 3, 11), D(2026, 3, 4)
    P, I, R = G_P, G_I, G_R
    L = late(P, R, G_ACC + ONE, G_FIX)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=14, left=20, right=20)
    p.line(f"事件番号　{fcase(G_CASE)}　譲受債権請求事件", size=10)
    p.line("原　　告　SMBC債権回収株式会社", size=10)
    p.line("被　　告　来住　健太", size=10)
    p.gap(3)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("来住　健太　殿", size=12)
    p.gap(1)
    p.para("原告から訴状が提出されましたので、下記の期日に出頭してください。答弁書は下記期限までに提出してください。"
           "期日に出頭せず、答弁書も提出しないときは、原告の言い分どおりの判決がされることがあります。", size=10)
    p.gap(1)
    p.table([["口頭弁論期日", f"{fdate(hearing)}（{wd(hearing)}）午前１１時００分"],
             ["出　頭　場　所", "日立簡易裁判所　１階　法廷"],
             ["答弁書提出期限", f"{fdate(answer)}（{wd(answer)}）"]], [40, 130], x=20, size=10.3, row_h=8.5,
            aligns="ll", shade_col0=True)
    p.gap(1)
    p.line(f"{fdate(issued)}　日立簡易裁判所　裁判所書記官　許田　真二", size=10, align="r")
    p.line("電話 0294-00-1732（直通）　ＦＡＸ 0294-00-1733", size=9.5, align="r")
    p.gap(1)
    p.rule(width=0.6)
    p.gap(1.5)
    p.line(f"訴状（{fdate(sued)}受付）の要旨", size=10.5, font="serif-bold")
    p.para(f"請求の趣旨　被告は、原告に対し、金{fyen(T)}及びうち金{fyen(P)}に対する{fdate(G_FIX + ONE)}から支払済みまで"
           "年１８パーセントの割合による金員を支払え。訴訟費用は被告の負担とする。との判決及び仮執行の宣言を求める。", size=9.5,
           indent="")
    p.para(f"紛争の要点　被告は、株式会社那珂湊クレジットとのカード契約（平成２９年１０月）に基づく支払を{fdate(G_LAST)}を最後に"
           f"怠り、{fdate(G_ACC)}、期限の利益を喪失した。那珂湊クレジットは、{fdate(G_ASSIGN)}、本件債権を原告に譲渡し、"
           "被告に通知した。請求額の内訳は次のとおり。", size=9.5, indent="")
    p.table([["残元金", "未収利息", "遅延損害金（確定分）", "合計"], [fyen(P), fyen(I), fyen(L), fyen(T)]],
            [42, 38, 52, 38], x=20, size=9.5, row_h=7, aligns="rrrr", header=True)
    p.line(f"（遅延損害金は{fdate(G_ACC + ONE)}から{fdate(G_FIX)}まで　年１８％）", size=8.8)
    p.gap(1)
    p.line("原告　SMBC債権回収株式会社（東京都中央区東雲坂九丁目９番９号）　担当　管理部　電話 03-0000-4471", size=8.6)
    p.line("※訴状副本・証拠書類写し・答弁書用紙を同封しています。", size=8.6)
    tr = truth(document_type="lawsuit", sender="日立簡易裁判所", phone="0294-00-1732", creditor="SMBC債権回収株式会社",
               status="licensed", original="株式会社那珂湊クレジット", debtor="来住健太", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=G_ACC, last_payment=G_LAST,
               assignment=G_ASSIGN, hearing=hearing, reference=G_CASE, input_kind="scan_png",
               template="proxy78_summary_court_ha_summons_gist_servicer", received=D(2026, 2, 13))
    return dict(stem="ci07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 呼出状 with the 訴状's gist, one page)",
                unusual="日立簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 on ONE scanned page: case / 原告 / 被告 as three colon-"
                        "less lines top-left; a shaded-label 3-row table (口頭弁論期日 with weekday and 午前１１時００分 / "
                        "出頭場所 / 答弁書提出期限); the date, court and clerk on ONE line flush right, phone （直通） and ＦＡＸ "
                        "under it; below a rule the 訴状の要旨 (受付 1/26) with 請求の趣旨 「金…及びうち金…」, 紛争の要点 "
                        "(平成２９年 contract, 譲渡 to the real servicer ★ SMBC債権回収 → licensed, licence null) and a "
                        "one-row 残元金 / 未収利息 / 遅延損害金（確定分） / 合計 table; the plaintiff's 03 担当 phone "
                        "(distractor)")


# ---------------------------------------------------------------------------------------------
# ci08 判決 of ci05's case (欠席判決), scanned as a 2-page image PDF.


def ci08():
    issued, closed = D(2026, 2, 4), D(2026, 1, 21)
    P, I, R = E_P, E_I, E_R
    L = late(P, R, E_ACC + ONE, E_FIX)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16, left=24, right=24)
    p.line(f"{fdate(issued)}判決言渡　同日原本領収　裁判所書記官　海野辺　一臣", size=9.5)
    p.line(fcase(E_CASE) + "　貸金返還請求事件", size=10.5)
    p.line(f"口頭弁論終結日　{fdate(closed)}", size=10.5)
    p.gap(2)
    p.title("判　　　　決", size=18)
    p.kv([("原　　　告", "株式会社遠賀銀行"), ("同代表者代表取締役", "鬼頭原　誠司"),
          ("同訴訟代理人弁護士", "設楽原　慎吾"), ("同", "浅芽　紗季"), ("被　　　告", "蘆名　隆之")], x=40, label_w=46,
         size=10.5)
    p.gap(2)
    p.line("主　　　文", size=12, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、{fyen(T)}及びうち{fyen(P)}に対する{fdate(E_FIX + ONE)}から支払済みまで年１４パーセント"
              "の割合による金員を支払え。",
              "２　訴訟費用は被告の負担とする。",
              "３　この判決は、仮に執行することができる。"):
        p.para(s, x0=28, x1=186, size=10.5, indent="")
    p.gap(2)
    p.line("事 実 及 び 理 由", size=12, font="serif-bold", align="c")
    p.line("第１　請求", size=10.5, font="serif-bold")
    p.para("主文同旨", x0=34, size=10.5, indent="")
    p.line("第２　事案の概要", size=10.5, font="serif-bold")
    for s in ("本件は、原告が、被告に対し、金銭消費貸借契約に基づき、貸金の残元金、未払利息及び確定遅延損害金並びに"
              "残元金に対する約定の遅延損害金の支払を求める事案である。",
              f"原告の主張する請求原因の要旨は、原告が令和４年５月１６日に被告に金２４０万円を貸し付けたこと、被告が"
              f"{fdate(E_LAST)}の支払を最後に支払を怠り、{fdate(E_ACC)}の経過により期限の利益を喪失したこと、残元金が"
              f"{fyen(P)}、未払利息が{fyen(I)}、{fdate(E_ACC + ONE)}から{fdate(E_FIX)}までの年１４パーセントの割合による"
              f"遅延損害金が{fyen(L)}であることである。",
              "被告は、適式の呼出しを受けながら本件口頭弁論期日に出頭せず、答弁書その他の準備書面も提出しない。"):
        p.para(s, x0=28, x1=186, size=10.2)
    p.line("第３　当裁判所の判断", size=10.5, font="serif-bold")
    p.para("被告は、民事訴訟法１５９条３項、１項により、請求原因事実を自白したものとみなす。よって、原告の請求は理由が"
           "あるから認容し、訴訟費用の負担につき同法６１条を、仮執行の宣言につき同法２５９条１項を適用して、主文のとおり"
           "判決する。", x0=28, x1=186, size=10.2)
    p.gap(2)
    p.line("福岡地方裁判所小倉支部第２民事部", x=90, size=10.5)
    p.line("裁判官　　菅生沢　　亮", x=110, size=10.5)

    q = Page(font="serif", size=10.5, top=30, left=24, right=24)
    q.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    q.gap(3)
    for s in ("〒800-0000　福岡県北九州市小倉北区塩釜坂九丁目９番９号", "原　　　告　　株式会社遠賀銀行",
              "同代表者代表取締役　　鬼頭原　誠司",
              "〒802-0000　福岡県北九州市小倉北区紙漉九丁目９番９号　設楽原・浅芽法律事務所（送達場所）",
              "同訴訟代理人弁護士　　設楽原　慎吾", "同　　　　　　　　　　浅芽　紗季", "",
              "〒803-0000　福岡県北九州市小倉北区機織九丁目９番９号", "被　　　告　　蘆名　隆之"):
        q.line(s, x=28, size=10.3)
    q.gap(30)
    y = q.y
    q.add(Box(100, y, 86, 34, 0.5))
    q.at(104, y + 8, "これは正本である。", size=11)
    q.at(104, y + 16, fdate(issued), size=11)
    q.at(104, y + 24, "福岡地方裁判所小倉支部第２民事部", size=10)
    q.at(104, y + 30.5, "裁判所書記官　海野辺　一臣", size=10)
    q.seal(176, y + 26, 12, "square", "福岡地方裁判所小倉支部書記官印", angle=3, seed=7808)
    tr = truth(document_type="other", sender="福岡地方裁判所小倉支部", phone=None, creditor="株式会社遠賀銀行",
               status="not_applicable", original=None, debtor="蘆名隆之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=E_ACC, last_payment=E_LAST,
               reference=E_CASE, input_kind="pdf_scan", template="proxy78_default_judgment_kokura_branch",
               received=D(2026, 2, 6))
    return dict(stem="ci08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="other (判決 of ci05's case, default judgment, 2 pages)",
                unusual="the 判決正本 of ci05's case as a 2-page image PDF: the 「判決言渡　同日原本領収」 line of the clerk at "
                        "the very top; 口頭弁論終結日 (= ci05's hearing, past → hearing null); parties as kv lines with "
                        "「同代表者」 / 「同訴訟代理人弁護士」 / 「同」; 主文 with the sum 「及びうち」 WITHOUT 金; 事実及び理由 "
                        "with 「主文同旨」 and the 残元金 / 未払利息 / 遅延損害金 only in running prose; 民事訴訟法１５９条３項, "
                        "６１条, ２５９条１項 (numbers that are not amounts); p.2 当事者目録 and a framed 「これは正本である。」 "
                        "certification with a seal; no phone anywhere (null)")


LETTERS = [ci01, ci02, ci03, ci04, ci05, ci06, ci07, ci08]
