"""Proxy set 37, letters at01–at08: "court papers, second round". The 棗田 household (card debt bought by a real
servicer): the 立川簡裁's 支払督促 正本 with its 督促異議申立書 and 注意 pages, and the 仮執行宣言付支払督促 of the same
case; the 蟹江 household (a son's car loan, the father as 連帯保証人): the 広島簡裁's 支払督促 against the guarantor
alone; the 胡桃沢 household (bank loan): the 仙台地裁 (ワ) 呼出状 with the 訴状副本; the 鎌形 household (consumer loan
bought by a real servicer): the さいたま簡裁 (ハ) 呼出状 with a 定型訴状, the court's 事務連絡 and 続行期日 呼出状 by fax
and the 和解調書 正本; the 薄井 household: a 川崎簡裁 少額訴訟 呼出状."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    Box,
    Line,
    Page,
    era,
    late,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(1)


def fwe(d: D) -> str:
    """令和７年１１月２５日 (full-width era date)."""
    return fw(era(d))


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- the 棗田 household: 翡翠クレジット card → アルファ債権回収 (real, 101); 立川簡裁 (at01, at03; at10 in letters_a2)
A_P, A_I, A_R = 684_215, 31_480, 14.6
A_LAST, A_ACC, A_ASSIGN = D(2024, 11, 27), D(2025, 1, 10), D(2025, 6, 30)
A_FILED, A_ORDER, A_SERVED = D(2025, 11, 18), D(2025, 11, 25), D(2025, 11, 28)
A_KFILED, A_KARI, A_KSERVED = D(2025, 12, 15), D(2025, 12, 19), D(2025, 12, 23)
A_C1, A_C2 = 5_132, 1_204
A_CASE = "令和7年(ロ)第2186号"
A_L = late(A_P, A_R, A_ACC + ONE, A_FILED)
A_SUM1 = A_P + A_I + A_L
A_COURT = "立川簡易裁判所"
A_CADDR = "〒190-0014　東京都立川市緑町10番地の4"
A_CTEL = "042-000-3716"
A_DEBTOR_ADDR = "〒196-0000　東京都昭島市つばな台九丁目9番9号"
A_CRED_ADDR = "〒103-0000　東京都中央区からまつ通九丁目9番9号"
assert A_SERVED + timedelta(14) < A_KFILED

# --- the 蟹江 household: しいのみ信用金庫, son 侑大 borrowed, father 睦夫 連帯保証人 (at02; at14 in letters_a2)
B_P, B_I, B_R = 1_128_400, 6_218, 14.0
B_LAST, B_ACC = D(2025, 8, 27), D(2025, 9, 12)
B_FILED, B_ORDER = D(2025, 12, 8), D(2025, 12, 12)
B_C = 9_560
B_L = late(B_P, B_R, B_ACC + ONE, B_FILED)
B_CASE = "令和7年(ロ)第3307号"
B_CTEL = "082-000-2281"

# --- the 胡桃沢 household: 株式会社かじかえで銀行, 仙台地裁 (ワ) (at04; at09 and at15 in letters_a2)
C_P, C_I, C_R = 2_146_800, 18_405, 14.0
C_LAST, C_ACC = D(2025, 3, 26), D(2025, 6, 10)
C_SUED, C_CALL, C_HEAR, C_ANSWER = D(2025, 12, 5), D(2025, 12, 19), D(2026, 1, 28), D(2026, 1, 21)
C_L = late(C_P, C_R, C_ACC + ONE, C_SUED)
C_SUM = C_P + C_I + C_L
C_CASE = "令和7年(ワ)第1472号"
C_CTEL = "022-000-6143"
C_BANK = "株式会社かじかえで銀行"
C_ADDR = "〒981-3200　宮城県仙台市泉区すすき野台九丁目9番9号"

# --- the 鎌形 household: いぬまきファイナンス → SMBC債権回収 (real, 10); さいたま簡裁 (ハ) (at05, at07, at08; at12)
D_P, D_I, D_R = 412_760, 9_841, 20.0
D_LAST, D_ACC, D_ASSIGN = D(2025, 2, 25), D(2025, 5, 1), D(2025, 8, 29)
D_SUED, D_CALL, D_HEAR1, D_ANSWER = D(2026, 1, 9), D(2026, 1, 20), D(2026, 2, 25), D(2026, 2, 18)
D_HEAR2 = D(2026, 3, 25)
D_L = late(D_P, D_R, D_ACC + ONE, D_SUED)
D_SUM = D_P + D_I + D_L
D_CASE = "令和8年(ハ)第118号"
D_CTEL = "048-000-5529"
D_CFAX = "048-000-5530"
D_ADDR = "〒336-0000　埼玉県さいたま市南区たんぽぽ台九丁目9番9号"
D_SETTLE, D_MONTHLY, D_N = 420_000, 10_000, 42
assert D_MONTHLY * D_N == D_SETTLE


def _court_seal(p, x, y, court, seed):
    p.seal(x, y, 14, "square", f"{court}書記官印", angle=0, seed=seed)


# ---------------------------------------------------------------------------------------------
# at01 立川簡裁 支払督促 正本, 3 scanned pages: the order with 当事者目録 and 請求の趣旨及び原因 (p.1), the blank
# 督促異議申立書 (p.2), 「異議の申立てについての注意」 (p.3).


def at01():
    issued = A_ORDER
    P, I, L, C = A_P, A_I, A_L, A_C1
    T = A_SUM1 + C
    p = Page(font="serif", size=10, top=12)
    p.at(20, 16, fw("令和７年（ロ）第２１８６号"), size=10)
    p.at(20, 21, "譲受立替金等請求督促事件", size=10)
    p.at(192, 16, "正　本", size=12, font="serif-bold", align="r")
    p.y = 24
    p.title("支払督促", size=18, font="serif-bold", spaced=True)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=28, label_w=42, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行"
           "の宣言をする。", size=10.5)
    p.gap(1)
    b = p.line(f"　　{fwe(issued)}", size=10.5)
    p.at(118, b, f"{A_COURT}", size=10.5)
    b = p.line("", size=10.5)
    p.at(118, b, "裁判所書記官　濤　川　芙　美", size=10.5)
    _court_seal(p, 182, b - 3, A_COURT, 37011)
    p.gap(1)
    p.add(Line(15, p.y, 195, p.y, 0.5))
    p.gap(2)
    p.line("当　事　者　目　録", size=11, font="serif-bold", align="c")
    rows = [("債　権　者", f"{A_CRED_ADDR}　アルファ債権回収株式会社"),
            ("", "代表者代表取締役　幟立　雅弘"),
            ("", "（送達場所）同所　債権者代理人支配人　宜保　鉄平　電話 03-0000-1019　FAX 03-0000-1020"),
            ("債　務　者", f"{A_DEBTOR_ADDR}　棗田　航汰")]
    p.kv(rows, x=22, label_w=24, size=9.3)
    p.gap(1.5)
    p.add(Line(15, p.y, 195, p.y, 0.3))
    p.gap(2)
    p.line("請　求　の　趣　旨", size=11, font="serif-bold", align="c")
    for s in (f"１　金{A_SUM1:,}円",
              f"２　上記金額のうち金{P:,}円に対する{fwe(A_FILED + ONE)}から完済まで年１４．６％の割合による遅延損害金",
              f"３　金{C:,}円（申立手続費用）",
              f"（１及び３の合計　金{T:,}円）"):
        p.para(s, x0=24, x1=192, size=9.8, indent="")
    p.gap(1.5)
    p.line("請　求　の　原　因", size=11, font="serif-bold", align="c")
    for s in ("１　翡翠クレジット株式会社（以下「原債権者」という。）は、債務者との間で、平成31年3月12日、クレジットカード"
              "会員契約（ショッピング・キャッシング、遅延損害金年14.6％（年365日日割計算））を締結し、債務者は同カードを"
              "利用して商品を購入し、又は金員の貸付けを受けた。",
              f"２　債務者は、{era(A_LAST)}の支払を最後にその後の支払を怠ったため、{era(A_ACC)}の経過により期限の利益を"
              "喪失した。",
              f"３　原債権者は、{era(A_ASSIGN)}、上記債権を債権者に譲渡し、同年7月4日到達の内容証明郵便で債務者にその旨を"
              "通知した。",
              "４　よって、債権者は債務者に対し、次の金員（請求の趣旨１）及び遅延損害金の支払を求める。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.table([["残元金（立替金・貸付金）", f"{P:,}円"], ["手数料・利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(A_ACC + ONE)}から{era(A_FILED)}まで）", f"{L:,}円"], ["小　計", f"{A_SUM1:,}円"]],
            [118, 40], x=30, aligns="lr", size=9.2, row_h=6.4)
    p.gap(3)
    p.para("※利用限度額（ショッピング枠40万円・キャッシング枠30万円）は参考", x0=30, x1=192, size=8.3, indent="")
    p.y = 284
    p.line(f"申立日　{fwe(A_FILED)}", size=8.8, align="r")

    q = Page(font="sans", size=10.5, top=14)
    q.line("（この書面は、異議を申し立てる場合にだけ提出してください。）", size=9, align="c")
    q.gap(2)
    q.title("督 促 異 議 申 立 書", size=17, font="sans-bold")
    q.line(f"{A_COURT}　御中", size=11, x=22)
    q.gap(2)
    q.kv([("事件番号", f"{fw('令和７年（ロ）第２１８６号')}"), ("債権者", "アルファ債権回収株式会社"),
          ("債務者", "棗田　航汰")], x=30, label_w=30, size=11)
    q.gap(4)
    q.para("上記事件について、支払督促に対し異議を申し立てます。", size=11)
    q.gap(2)
    q.line("（該当する□にレ印を付けてください）", size=9, x=22)
    for s in ("□　分割払いを希望します。（月額　　　　　　　円を　毎月　　　日限り）",
              "□　話合いによる解決を希望します。", "□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=26, size=10.5)
        q.gap(1.5)
    q.gap(3)
    q.line("送達場所等の届出", size=11, font="sans-bold", x=22)
    y = q.y
    q.add(Box(22, y, 166, 36, 0.4))
    for i, s in enumerate(("□　上記債務者の住所　　□　勤務先（名称・住所）", "　　〒　　　－",
                           "電話番号（　　　　）　　　　－　　　　　　ＦＡＸ（　　　　）　　　　－",
                           "送達受取人（氏名）")):
        q.at(26, y + 8 + i * 8, s, size=10)
    q.y = y + 42
    q.line("令和　　年　　月　　日", size=11, x=22)
    q.gap(3)
    q.line("債務者（署名）　　　　　　　　　　　　　　　　　　　　印", size=11, x=60)
    q.gap(8)
    q.para("※　この申立書は、支払督促の送達を受けた日から２週間以内に、当裁判所に到着するように持参又は郵送してください"
           "（ＦＡＸによる提出はできません）。", size=9.3, indent="")
    q.para("※　申立てには費用はかかりません（ただし、通常訴訟に移行した後、郵便切手等の納付をお願いすることがあります）。",
           size=9.3, indent="")

    r = Page(font="sans", size=10, top=16)
    r.title("異議の申立てについての注意", size=15, font="sans-bold")
    for s in ("１　この支払督促の内容に不服があるときは、同封の督促異議申立書に必要事項を記入し、支払督促を受け取った日から"
              "２週間以内に、この裁判所に提出してください。２週間の期間は、支払督促を受け取った日の翌日から数えます。",
              "２　期間内に督促異議の申立てがないときは、債権者の申立てにより、支払督促に仮執行の宣言が付されます。仮執行の"
              "宣言が付されると、債権者は、あなたの財産（給料、預金など）に対して強制執行をすることができるようになります。",
              "３　督促異議の申立てがあると、この事件は、請求額に応じて当裁判所又は東京地方裁判所立川支部の通常の訴訟手続に"
              "移行します（請求額が140万円を超える場合は地方裁判所）。後日、口頭弁論期日の呼出状が届きます。",
              "４　分割払いを希望する場合でも、督促異議の申立てをしてください。訴訟手続の中で、債権者と話し合うことが"
              "できます。",
              "５　支払督促に書かれている金額を全額支払った場合は、債権者にその旨を連絡し、領収書等を保管してください。",
              "６　住所、氏名に変更があったとき、又は連絡先を届け出るときは、督促異議申立書の「送達場所等の届出」欄に記入"
              "してください。"):
        r.para(s, size=10, indent="")
        r.gap(2)
    r.gap(4)
    y = r.y
    r.add(Box(20, y, 170, 30, 0.5, GRAY))
    for i, s in enumerate(("お問合せ先", f"{A_CADDR}", f"{A_COURT}　民事督促係　電話 {A_CTEL}（直通）",
                           "受付時間　平日 午前8時30分～午後5時（土日祝日・年末年始を除く）")):
        r.at(24, y + 7 + i * 6.5, s, size=10 if i else 10.5, font="sans-bold" if i == 0 else "sans")
    r.y = y + 36
    r.para("※　裁判所の職員が電話で支払を求めたり、銀行口座への振込みを指示したりすることはありません。", size=9, indent="")
    tr = truth(document_type="payment_order", sender=A_COURT, phone=A_CTEL, creditor="アルファ債権回収株式会社",
               status="licensed", original="翡翠クレジット株式会社", debtor="棗田航汰", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=A_R, lump=True, issued=issued, acceleration=A_ACC,
               last_payment=A_LAST, assignment=A_ASSIGN, reference=A_CASE, input_kind="pdf_scan",
               template="proxy37_payment_order_tachikawa_objection_pages", received=A_SERVED)
    return dict(stem="at01", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 3 pages with objection form and notes)",
                unusual="支払督促 正本 of 立川簡裁 as a 3-page image PDF: p.1 the order, the 当事者目録 (creditor ★ アルファ"
                        "債権回収株式会社 acting through its 支配人, its 送達場所 phone/FAX as distractors) and 請求の趣旨 as PROSE "
                        "items (１ 金…円 / ２ the running damages 「上記金額のうち金…円に対する…から完済まで」 / ３ 申立手続費用) "
                        "with the bracketed 「（１及び３の合計　金…円）」, the breakdown only in a 小計 table under 請求の原因; "
                        "利用限度額 40万 / 30万 and the 通知 到達 7/4 as distractors; 申立日 at the foot; p.2 the blank 督促異議"
                        "申立書 (case number full-width, tick boxes, 月額　円 blanks); p.3 「異議の申立てについての注意」 (２週間, "
                        "140万円, the court's 直通 phone)")


# ---------------------------------------------------------------------------------------------
# at02 広島簡裁 支払督促 against the 連帯保証人 alone (the 主債務者 is in bankruptcy), one scanned page.


def at02():
    issued = B_ORDER
    P, I, L, C = B_P, B_I, B_L, B_C
    T = P + I + L + C
    p = Page(font="serif", size=10, top=12)
    y = 12
    p.add(Box(128, y, 68, 14, 0.4))
    p.at(131, y + 5.5, "事件番号", size=8.5)
    p.at(131, y + 11.5, fw("令和７年（ロ）第３３０７号"), size=10.5)
    p.at(15, 18, "保証債務履行請求督促事件", size=10)
    p.y = 28
    p.title("支払督促", size=18, font="serif-bold", spaced=True)
    p.table([["債権者", "〒730-0000 広島市中区さぎそう町九丁目9番9号　しいのみ信用金庫　代表者理事長　蕗谷　眞一"],
             ["", "（送達場所）同金庫 融資管理部　電話 082-000-7740"],
             ["債務者", "〒731-0100 広島市安佐南区ほたるの里九丁目9番9号　蟹江　睦夫"]],
            [20, 162], x=14, aligns="ll", size=8.8, row_h=6.6, ruled="outer")
    p.gap(3)
    p.para("債務者は、債権者に対し、下記「請求の趣旨」記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって"
           "仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line(f"　　{fwe(issued)}　　　広島簡易裁判所　裁判所書記官　栃　折　秀　継", size=10.5)
    _court_seal(p, 186, p.y - 4, "広島簡易裁判所", 37021)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    rows = [["請求金額", "内　　訳", "金　額（円）"],
            ["１", "保証債務元金（主債務の残元金）", f"{P:,}"],
            ["", "未払利息（期限の利益喪失日まで）", f"{I:,}"],
            ["", f"遅延損害金（{era(B_ACC + ONE)}から{era(B_FILED)}まで）", f"{L:,}"],
            ["２", "申立手続費用", f"{C:,}"],
            ["", "合　　計", f"{T:,}"]]
    p.table(rows, [22, 112, 42], x=18, header=True, aligns="clr", size=9.3, row_h=6.6)
    p.gap(1)
    p.para(f"３　上記１のうち保証債務元金{P:,}円に対する{era(B_FILED + ONE)}から完済まで年14％の割合による遅延損害金",
           x0=18, x1=194, size=9.3, indent="")
    p.gap(1.5)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債権者は、令和4年4月18日、蟹江侑大（以下「主債務者」という。）に対し、自動車購入資金として金1,800,000円を、"
              "利率年3.8％、遅延損害金年14％、毎月27日限り元利均等分割返済の約定で貸し付けた。債務者は、同日、債権者に"
              "対し、主債務者の上記債務を連帯して保証した。",
              "２　上記約定には、主債務者が破産手続開始の申立てをしたときは、債権者からの通知催告がなくても当然に期限の"
              "利益を失う旨の特約がある。",
              f"３　主債務者は、{era(B_LAST)}の弁済を最後に、{era(B_ACC)}、広島地方裁判所に破産手続開始の申立てをし、"
              "同日期限の利益を喪失した。債権者は、民法第458条の3第1項に基づき、令和7年10月20日付書面で債務者にその旨を"
              "通知した。",
              "４　よって、債権者は、連帯保証人である債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        p.para(s, x0=18, x1=194, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(14, y, 182, 24, 0.4))
    p.add(Box(14, y, 182, 6.5, 0.4, None, SHADE))
    p.at(18, y + 4.8, "支払督促を受け取った方へ", size=9.5, font="serif-bold")
    for i, s in enumerate(["・内容に不服があるときは、受け取った日から２週間以内に、同封の督促異議申立書を当裁判所へ提出してください。",
                           "・異議を申し立てないと、仮執行宣言が付され、給料や預金の差押えを受けることがあります。",
                           f"・問合せ　広島簡易裁判所　民事部督促係　〒730-0012 広島市中区上八丁堀2番43号　電話 {B_CTEL}"]):
        p.at(17, y + 11 + i * 5.2, s, size=8.6)
    p.y = y + 27
    p.line(f"これは正本である。　{fwe(issued)}　広島簡易裁判所　裁判所書記官　栃折　秀継", size=8.8, align="r")
    tr = truth(document_type="payment_order", sender="広島簡易裁判所", phone=B_CTEL, creditor="しいのみ信用金庫",
               status="not_applicable", debtor="蟹江睦夫", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=B_R, lump=True, issued=issued, acceleration=B_ACC, last_payment=B_LAST, reference=B_CASE,
               input_kind="scan_png", template="proxy37_payment_order_hiroshima_guarantor_only",
               received=D(2025, 12, 16))
    return dict(stem="at02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.85,
                about="payment_order (簡裁, 信用金庫 creditor, against the 連帯保証人 alone)",
                unusual="支払督促 of 広島簡裁 on ONE scanned page whose ONLY 債務者 is the 連帯保証人 (the son, the 主債務者, "
                        "is in bankruptcy and named only in 請求の原因 → not the debtor); the case number in a small box top-"
                        "right; the parties in an outer-framed table; 請求の趣旨 as a 3-column table whose first column is "
                        "「請求金額」 numbering (１ / ２) with 保証債務元金 / 未払利息 / 遅延損害金 (window in the label) / 申立手続"
                        "費用 / 合計 and the running item ３ under it; 民法第458条の3 and the 10/20 通知 in the prose; the "
                        "1,800,000 loan, 年3.8％ and the creditor's 送達場所 phone as distractors; a shaded 「支払督促を受け取った"
                        "方へ」 box with the court's address and phone")


# ---------------------------------------------------------------------------------------------
# at03 立川簡裁 仮執行宣言付支払督促 of at01's case, digital, one page: the 送達 dates in a small grid.


def at03():
    issued = A_KARI
    P, I, L, C1, C2 = A_P, A_I, A_L, A_C1, A_C2
    C = C1 + C2
    T = A_SUM1 + C
    p = Page(font="serif", size=10, top=12)
    p.at(20, 16, f"事件番号　{A_CASE}", size=10)
    p.at(20, 21.5, "事 件 名　譲受立替金等請求督促事件", size=10)
    p.at(192, 16, "正本", size=11, font="serif-bold", align="r")
    p.y = 25
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", f"{A_CRED_ADDR}"), ("", "アルファ債権回収株式会社　代表者代表取締役　幟立　雅弘"),
          ("", "債権者代理人支配人　宜保　鉄平"), ("債　務　者", f"{A_DEBTOR_ADDR}"), ("", "棗田　航汰")],
         x=22, label_w=24, size=9.5)
    p.gap(2)
    p.para(f"上記当事者間の{A_COURT}{A_CASE}支払督促事件について、債務者は、支払督促の送達を受けた日から２週間以内に"
           "督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10)
    p.gap(1)
    p.line("仮　執　行　の　宣　言", size=11, font="serif-bold", align="c")
    p.para("債務者は、債権者に対し、下記の金額を支払え。この支払督促は、仮に執行することができる。", size=10)
    p.gap(1)
    rows = [["項　目", "金額（円）"], ["１　請求の趣旨１の金額（残元金・手数料・確定遅延損害金）", f"{A_SUM1:,}"],
            ["２　督促手続費用", f"{C1:,}"], ["３　仮執行宣言の手続費用", f"{C2:,}"], ["合　計（１＋２＋３）", f"{T:,}"]]
    p.table(rows, [128, 44], x=19, header=True, aligns="lr", size=9.6, row_h=6.8)
    p.gap(1)
    p.para(f"ほかに、上記１のうち残元金{P:,}円に対する{era(A_FILED + ONE)}から完済まで年14.6％の割合による遅延損害金",
           x0=19, x1=192, size=9.4, indent="")
    p.para(f"（内訳）残元金{P:,}円、手数料・利息{I:,}円、確定遅延損害金{L:,}円", x0=19, x1=192, size=9.0, indent="")
    p.gap(2)
    p.line("手続の経過", size=10.5, font="serif-bold", x=19)
    y = p.y
    cells = [("支払督促申立日", era(A_FILED)), ("支払督促発付日", era(A_ORDER)), ("支払督促送達日", era(A_SERVED)),
             ("仮執行宣言申立日", era(A_KFILED)), ("仮執行宣言日", era(A_KARI)), ("督促異議申立期間", "経過（異議なし）")]
    for k, (lab, val) in enumerate(cells):
        cx, cy = 19 + (k % 3) * 57.5, y + (k // 3) * 12
        p.add(Box(cx, cy, 57.5, 12, 0.3))
        p.at(cx + 1.5, cy + 4, lab, size=7.5)
        p.at(cx + 3, cy + 10, val, size=9.5)
    p.y = y + 27
    b = p.line(f"　　{era(issued)}", size=10.5)
    p.at(112, b, f"{A_COURT}", size=10.5)
    b = p.line("", size=10.5)
    p.at(112, b, "裁判所書記官　濤　川　芙　美", size=10.5)
    _court_seal(p, 180, b - 3, A_COURT, 37031)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 34, 0.6))
    for i, s in enumerate(["【この書面を受け取った方へ】",
                           "１　この仮執行宣言付支払督促を受け取った日から２週間以内に、督促異議の申立てをすることができます。",
                           "２　督促異議の申立てをしても、それだけでは強制執行は停止されません。",
                           "３　期間内に督促異議の申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
                           f"４　お問合せは {A_COURT} 民事督促係（電話 {A_CTEL}）へ。"]):
        p.at(19, y + 7 + i * 6.2, s, size=9.4, font="serif-bold" if i == 0 else "serif")
    p.y = y + 38
    p.line("これは正本である。　同日同庁　裁判所書記官　濤川　芙美", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender=A_COURT, phone=A_CTEL,
               creditor="アルファ債権回収株式会社", status="licensed", original=None, debtor="棗田航汰", total=T,
               principal=P, interest=I, late_damages=L, costs=C, rate=A_R, lump=True, issued=issued,
               reference=A_CASE, input_kind="pdf_text",
               template="proxy37_enforceable_tachikawa_procedure_grid", received=A_KSERVED)
    return dict(stem="at03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as at01, digital, one page)",
                unusual="the 仮執行宣言付支払督促 of at01's case on ONE digital page: the parties as kv lines (creditor ★ "
                        "アルファ債権回収 via its 支配人); a 「項目 / 金額（円）」 table whose first row is the whole 請求の趣旨１ "
                        "sum, then 督促手続費用 and 仮執行宣言の手続費用 (→ costs = sum) and 「合計（１＋２＋３）」; the "
                        "components only in a bracketed 「（内訳）」 line; a 2×3 「手続の経過」 grid of five dates (申立日, 発付日, "
                        "送達日, 仮執行宣言申立日, 仮執行宣言日) plus 「経過（異議なし）」; no 原債権者, no 喪失 date, no last "
                        "payment on this page (null); the framed 【この書面を受け取った方へ】 box with the court's phone")


# ---------------------------------------------------------------------------------------------
# at04 仙台地裁 (ワ) 第1回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状副本 (p.2), digital; bank plaintiff with lawyers.


def at04():
    issued = C_CALL
    P, I, L = C_P, C_I, C_L
    T = C_SUM
    p = Page(font="serif", size=10.5, top=16)
    p.table([["事件番号", fw("令和７年（ワ）第１４７２号")], ["事件名", "貸金請求事件"],
             ["原告", C_BANK], ["被告", "胡桃沢　由紀乃"]], [26, 70], x=100, aligns="ll", size=9.5, row_h=6.6)
    p.gap(6)
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold", align="c")
    p.gap(3)
    p.line("被告　胡桃沢　由紀乃　殿", size=12, x=22)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に出頭して"
           "ください。")
    p.para("なお、訴状を読んだ上、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出しないで期日に欠席"
           "すると、原告の言い分どおりの判決がされることがあります。")
    p.gap(1)
    p.line("記", align="c")
    y = p.y + 1
    rows = [("期　　日", f"令和８年１月２８日（{wd(C_HEAR)}）午前１０時３０分"),
            ("場　　所", "仙台地方裁判所　第５０２号法廷（５階）"),
            ("答弁書提出期限", f"令和８年１月２１日（{wd(C_ANSWER)}）")]
    for i, (lab, val) in enumerate(rows):
        p.add(Box(30, y + i * 10, 40, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(70, y + i * 10, 110, 10, 0.3))
        p.at(32, y + i * 10 + 6.6, lab, size=10)
        p.at(73, y + i * 10 + 6.8, val, size=11)
    p.y = y + 36
    p.line(f"　　{fwe(issued)}", size=10.5)
    p.line("　　仙台地方裁判所第３民事部", size=10.5)
    p.line("　　　　裁判所書記官　鴇　崎　詩　織", size=10.5)
    _court_seal(p, 120, p.y - 6, "仙台地方裁判所", 37041)
    p.gap(4)
    p.line("〒980-0812　仙台市青葉区片平一丁目6番1号", size=9.5, x=22)
    p.line(f"仙台地方裁判所第３民事部　電話 {C_CTEL}（書記官室直通）　ＦＡＸ 022-000-6144", size=9.5, x=22)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 40, 0.3, GRAY))
    for i, s in enumerate(["（注意）",
                           "１　出頭の際は、この呼出状と認印、身分を証明するものをお持ちください。",
                           "２　答弁書は、裁判所に正本を、原告代理人に副本を提出（直送）してください。",
                           "３　被告本人が出頭できないときは、弁護士を代理人とすることができます（地方裁判所では、",
                           "　　弁護士以外の者を訴訟代理人とすることは原則としてできません。）。",
                           "４　同封書類　訴状副本、甲第１号証～甲第４号証（写し）、答弁書用紙"]):
        p.at(24, y + 6.5 + i * 6, s, size=9.3)

    q = Page(font="serif", size=10.5, top=16)
    q.at(192, 16, "副　本", size=11, font="serif-bold", align="r")
    q.title("訴　　　状", size=17, font="serif-bold")
    q.line(era(C_SUED), align="r", size=10.5)
    q.line("仙台地方裁判所　民事部　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　鷹　取　瑛　士", size=10.5, align="r")
    q.line("同　　　　　　弁護士　神　来　楓　花", size=10.5, align="r")
    q.gap(1)
    q.kv([("原　　告", f"〒980-0000 仙台市青葉区こがね坂九丁目9番9号　{C_BANK}"),
          ("", "代表者代表取締役　莇生　靖彦"),
          ("原告訴訟代理人", "〒980-0000 仙台市青葉区かわず町九丁目9番9号　鷹取・神来法律事務所（送達場所）"),
          ("", "弁護士　鷹取　瑛士　　同　神来　楓花　　電話 022-000-4187　ＦＡＸ 022-000-4188"),
          ("被　　告", f"{C_ADDR.replace('　', ' ')}　胡桃沢　由紀乃")], x=18, label_w=30, size=9.3)
    q.gap(1)
    q.line("貸金請求事件", size=10.5, x=18)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金17,000円", size=9.8, x=18)
    q.gap(1)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和7年12月6日から支払済みまで年14％の割合による"
           "金員を支払え。", x0=22, x1=192, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=192, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=192, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、被告に対し、平成30年7月20日、住宅リフォーム資金として金3,000,000円を、利率年2.975％、遅延損害金年14％"
              "（年365日の日割計算）、毎月26日限り元利均等返済の約定で貸し付けた（甲1）。",
              f"２　被告は、{era(C_LAST)}の返済を最後に返済を怠ったため、原告は、令和7年5月27日付催告書で支払を催告したが"
              f"（甲2）、被告は支払わず、{era(C_ACC)}の経過により期限の利益を喪失した（甲3）。",
              "３　上記貸付金の残額は次のとおりである（甲4）。"):
        q.para(s, x0=22, x1=192, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], [f"未払利息（{era(C_ACC)}まで）", f"{I:,}円"],
             [f"遅延損害金（{era(C_ACC + ONE)}から{era(C_SUED)}まで　年14％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [124, 40], x=28, aligns="lr", size=9.6, row_h=6.8)
    q.gap(1)
    q.para("４　よって、原告は、被告に対し、消費貸借契約に基づき、請求の趣旨記載の金員の支払を求める。", x0=22, x1=192,
           size=9.8, indent="")
    q.line("証拠方法　甲第１号証 金銭消費貸借契約証書　甲第２号証 催告書　甲第３号証 配達証明書　甲第４号証 取引明細", size=9,
           x=22)
    tr = truth(document_type="lawsuit", sender="仙台地方裁判所", phone=C_CTEL, creditor=C_BANK,
               status="not_applicable", debtor="胡桃沢由紀乃", total=T, principal=P, interest=I, late_damages=L,
               rate=C_R, lump=True, issued=issued, acceleration=C_ACC, last_payment=C_LAST, hearing=C_HEAR,
               reference=C_CASE, input_kind="pdf_text_2page",
               template="proxy37_district_court_wa_sendai_bank_lawyers", received=D(2025, 12, 22))
    return dict(stem="at04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), bank plaintiff with two lawyers, 2 pages)",
                unusual="仙台地裁 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 副本 (p.2), digital: the case "
                        "grid TOP-RIGHT (事件番号 full-width / 事件名 / 原告 / 被告); 期日 / 場所 / 答弁書提出期限 as a shaded "
                        "3-row label box with full-width dates and 午前１０時３０分; the court's 直通 phone and FAX; the bank "
                        "plaintiff sues through TWO lawyers (原告訴訟代理人, their phone/FAX as distractors); 訴訟物の価額 and "
                        "貼用印紙額 17,000円; 請求の趣旨 in prose 「金…円及びうち金…円に対する令和7年12月6日から支払済みまで年"
                        "14％」; 請求の原因 with the 平成30年 loan of 3,000,000円, 年2.975％, the 催告書 5/27 and the 喪失 "
                        "「の経過により」; a 残元金 / 未払利息 / 遅延損害金 / 合計 table; the 訴状 date 12/5 ≠ the 呼出状 12/19")


# ---------------------------------------------------------------------------------------------
# at05 さいたま簡裁 (ハ) 呼出状 (p.1) + 定型訴状 with tick boxes (p.2), digital; SMBC債権回収 with a 許可代理人.


def at05():
    issued = D_CALL
    P, I, L = D_P, D_I, D_L
    T = D_SUM
    p = Page(font="sans", size=10.5, top=14)
    p.at(20, 18, "さいたま簡易裁判所民事第２係", size=10)
    p.at(192, 18, f"{fwe(issued)}", size=10, align="r")
    p.y = 24
    p.line(f"事件番号　{D_CASE}　譲受債権請求事件", size=10.5, x=20)
    p.line("原　　告　SMBC債権回収株式会社", size=10.5, x=20)
    p.line("被　　告　鎌形　輝彦", size=10.5, x=20)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("鎌形　輝彦　様", size=12.5, x=20)
    p.gap(2)
    p.para("上記の事件について、原告から訴えが起こされました。この呼出状と一緒にお送りする訴状をよく読み、次の日時に"
           "当裁判所へ来てください。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 34, 0.9))
    p.at(25, y + 9, "期日", size=11, font="sans-bold")
    p.at(60, y + 9.2, f"令和8年2月25日（{wd(D_HEAR1)}）午前11時00分", size=13, font="sans-bold")
    p.at(25, y + 19, "場所", size=11, font="sans-bold")
    p.at(60, y + 19.2, "さいたま簡易裁判所　第4号法廷（3階）", size=11.5)
    p.at(25, y + 29, "答弁書", size=11, font="sans-bold")
    p.at(60, y + 29.2, f"令和8年2月18日（{wd(D_ANSWER)}）までに提出してください。", size=11.5)
    p.y = y + 40
    for s in ("・同封の答弁書の用紙に記入し、期限までに当裁判所に提出するとともに、その写しを原告に送ってください。",
              "・答弁書に「分割払いを希望する」と書いた場合でも、できるだけ期日に出頭してください。話合い（和解）は期日に"
              "行います。",
              "・期日に出頭せず、答弁書も出さないと、原告の言い分を認めたものとして判決が言い渡されることがあります。",
              "・来庁の際は、この呼出状、印鑑、身分証明書をお持ちください。"):
        p.para(s, size=9.8, indent="")
        p.gap(0.8)
    p.gap(4)
    p.line("さいたま簡易裁判所民事第２係　裁判所書記官　藍　川　皓　介", size=10.5, align="r")
    _court_seal(p, 182, p.y - 4, "さいたま簡易裁判所", 37051)
    p.line("〒330-0063　さいたま市浦和区高砂3丁目16番45号", size=9.5, align="r")
    p.line(f"電話 {D_CTEL}（民事第２係）　ＦＡＸ {D_CFAX}", size=9.5, align="r")
    p.gap(3)
    p.para("同封書類：訴状、証拠書類の写し（甲第1号証～甲第5号証）、答弁書（用紙）、「訴えられた方へ」", size=9.3, indent="")

    q = Page(font="sans", size=9.8, top=12)
    q.at(105, 18, "訴　状（譲受債権）", size=15, font="sans-bold", align="c")
    q.at(194, 14, "副本", size=10, align="r")
    q.y = 22
    q.line("さいたま簡易裁判所　御中", size=10)
    q.line(f"{wdate(D_SUED)}", size=10, align="r")
    q.table([["原告", "〒104-0000 東京都中央区はるかぜ台九丁目9番9号　SMBC債権回収株式会社　代表者代表取締役　鷺沼　文哉"],
             ["", "原告代理人（許可代理人）　社員　嘉手苅　俊作　（連絡先）電話 03-0000-1046　FAX 03-0000-1047"],
             ["被告", f"{D_ADDR.replace('　', ' ')}　鎌形　輝彦"]],
            [16, 166], x=14, aligns="ll", size=8.6, row_h=6.3, ruled="grid")
    q.gap(2)
    q.line("請求の趣旨", size=10.5, font="sans-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{wdate(D_SUED + ONE)}から支払済みまで年20％の割合に"
           "よる金員を支払え。", x0=18, x1=194, size=9.6, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決（■仮執行宣言）を求める。", x0=18, x1=194, size=9.6, indent="")
    q.gap(1)
    q.line("紛争の要点（請求の原因）", size=10.5, font="sans-bold")
    rows = [("契約の種類", "■金銭消費貸借（カードローン）　□立替払　□保証委託"),
            ("原契約者（原債権者）", "株式会社いぬまきファイナンス"),
            ("契約日・極度額", "令和2年6月15日　極度額 500,000円"),
            ("約定利率・損害金", "利率 年17.8％　遅延損害金 年20％（年365日日割計算）"),
            ("最終弁済日", wdate(D_LAST)),
            ("期限の利益喪失", f"{wdate(D_ACC)}（約定返済金の支払を2回以上遅滞したため当然喪失）"),
            ("債権譲渡", f"{wdate(D_ASSIGN)}　原債権者から原告へ譲渡　■内容証明郵便で通知（9月3日到達）")]
    for lab, val in rows:
        b = q.line(lab, x=20, size=9.2)
        q.at(70, b, val, size=9.2)
        q.add(Line(20, q.y - 1.2, 194, q.y - 1.2, 0.15, GRAY))
    q.gap(2)
    q.line("請求額の内訳", size=10.5, font="sans-bold")
    q.table([["項目", "期間・利率", "金額"], ["残元金", "", f"{P:,}円"], ["利息", f"～{wdate(D_ACC)}", f"{I:,}円"],
             ["遅延損害金", f"{wdate(D_ACC + ONE)}～{wdate(D_SUED)}　年20％", f"{L:,}円"], ["請求額合計", "", f"{T:,}円"]],
            [40, 92, 40], x=20, header=True, aligns="llr", size=9.2, row_h=6.6)
    q.gap(2)
    q.para("添付書類　■甲第1号証 契約書　■甲第2号証 取引履歴　■甲第3号証 債権譲渡契約書（抄本）　■甲第4号証 債権譲渡通知書"
           "　■甲第5号証 配達証明書　■資格証明書　■代理人許可申請書", x0=18, x1=194, size=8.8, indent="")
    q.para("※訴訟物の価額 金" + f"{T:,}" + "円　手数料（印紙）金5,000円　予納郵便切手 金6,000円", x0=18, x1=194, size=8.8,
           indent="")
    tr = truth(document_type="lawsuit", sender="さいたま簡易裁判所", phone=D_CTEL, creditor="SMBC債権回収株式会社",
               status="licensed", original="株式会社いぬまきファイナンス", debtor="鎌形輝彦", total=T, principal=P,
               interest=I, late_damages=L, rate=D_R, lump=True, issued=issued, acceleration=D_ACC,
               last_payment=D_LAST, assignment=D_ASSIGN, hearing=D_HEAR1, reference=D_CASE,
               input_kind="pdf_text_2page", template="proxy37_summary_court_ha_saitama_form_complaint",
               received=D(2026, 1, 23))
    return dict(stem="at05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff with a 許可代理人, 2 pages)",
                unusual="さいたま簡裁 (ハ) 呼出状 in plain language (「次の日時に当裁判所へ来てください」), sans, with the date top-"
                        "right and a heavy box 期日 / 場所 / 答弁書 (…までに提出してください); p.2 a 定型訴状 「訴状（譲受債権）」 "
                        "with ■/□ tick boxes, the plaintiff ★ SMBC債権回収株式会社 (Latin letters in the name; no licence "
                        "printed, court paper) acting through a 簡裁-only 許可代理人 社員 whose phone/FAX are distractors; a "
                        "紛争の要点 list of label lines (原契約者（原債権者）, 契約日・極度額 500,000円, 年17.8％ / 年20％, 最終弁済日, "
                        "喪失, 債権譲渡 with 到達 9/3) in western 年月日; a 項目 / 期間・利率 / 金額 table; 印紙 5,000円 and "
                        "予納郵便切手 6,000円 as distractors")


# ---------------------------------------------------------------------------------------------
# at06 川崎簡裁 少額訴訟 呼出状 with the special rules and the claim summary, one scanned page.


def at06():
    issued, sued, hear, ans = D(2026, 4, 17), D(2026, 4, 8), D(2026, 5, 20), D(2026, 5, 13)
    last, acc = D(2025, 10, 27), D(2025, 12, 15)
    P, I, R = 286_350, 12_480, 14.6
    L = late(P, R, acc + ONE, sued)
    T = P + I + L
    assert T <= 600_000
    case = "令和8年(少コ)第61号"
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, "川崎簡易裁判所", size=11, font="sans-bold")
    p.at(195, 16, f"{era(issued)}", size=10, align="r")
    p.y = 20
    p.table([["事件番号", "令和8年（少コ）第61号"], ["事件名", "立替金請求事件（少額訴訟）"],
             ["原告", "株式会社さるすべりクレジット"], ["被告", "薄井　莉緒"]], [24, 66], x=105, aligns="ll", size=9,
            row_h=6.2, shade_col0=True)
    p.gap(3)
    p.title("口頭弁論期日呼出状及び答弁書催告状（少額訴訟）", size=13.5)
    p.line("被告　薄井　莉緒　殿", size=12, x=16)
    p.gap(1)
    p.para("原告から少額訴訟による審理及び裁判を求める訴えが提起されました。下記期日に出頭してください。答弁書は、下記"
           "期限までに提出してください。", size=10)
    p.gap(1)
    y = p.y
    for i, (lab, val) in enumerate((("期日", f"令和8年5月20日（{wd(hear)}）午後1時30分"),
                                    ("場所", "川崎簡易裁判所　民事ラウンドテーブル法廷（2階）"),
                                    ("答弁書提出期限", f"令和8年5月13日（{wd(ans)}）"))):
        p.add(Box(16, y + i * 9, 36, 9, 0.3, (0, 0, 0), SHADE))
        p.add(Box(52, y + i * 9, 142, 9, 0.3))
        p.at(18, y + i * 9 + 6, lab, size=9.5)
        p.at(55, y + i * 9 + 6.3, val, size=11, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    p.line("【少額訴訟についての説明（必ずお読みください）】", size=10.5, font="sans-bold")
    for s in ("１　少額訴訟は、60万円以下の金銭の支払を求める場合に限り利用できる手続で、原則として１回の期日で審理を終え、"
              "直ちに判決が言い渡されます。",
              "２　証拠は、期日にすぐに調べることができるものに限られます。言い分を裏付ける書類や証人は、期日に必ず"
              "お持ちください（お連れください）。",
              "３　被告は、最初の期日で言い分を述べるまでの間、この事件を通常の訴訟手続で審理するよう求めることができます"
              "（通常移行の申述）。",
              "４　判決では、支払の猶予や分割払い（３年以内）が定められることがあります。",
              "５　少額訴訟の判決に対しては控訴できません。判決書等の送達を受けた日から２週間以内に、同じ裁判所に異議を"
              "申し立てることができるだけです。"):
        p.para(s, x0=18, x1=194, size=9.2, indent="")
    p.gap(1.5)
    p.line("【訴状の要旨】", size=10.5, font="sans-bold")
    p.para(f"原告は被告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで年14.6％の割合による"
           "金員の支払を求める。", x0=18, x1=194, size=9.4, indent="")
    p.para(f"（原因）令和5年2月、被告は原告との間で個品割賦購入あっせん契約（家具購入、分割36回）を締結した。被告は{era(last)}"
           f"の支払を最後に分割金の支払を怠り、原告は20日以上の期間を定めて書面で催告したが支払がなく、{era(acc)}の経過により"
           "期限の利益を喪失した。", x0=18, x1=194, size=9.2, indent="")
    p.table([["立替金残額", "分割手数料（未払分）", f"遅延損害金（{era(acc + ONE)}～{era(sued)}）", "請求額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [34, 40, 74, 34], x=14, header=True, aligns="rrrr",
            size=8.6, row_h=6.6)
    p.gap(2)
    p.line(f"訴え提起日　{era(sued)}　　訴訟物の価額　{T:,}円　　原告担当 電話 045-000-3370", size=8.6, x=16)
    p.gap(2)
    p.line("川崎簡易裁判所　裁判所書記官　苗　代　柚　葉", size=10.5, align="r")
    _court_seal(p, 197, p.y - 8, "川崎簡易裁判所", 37061)
    p.line("〒210-0000　川崎市川崎区富士見1丁目1番3号　　電話 044-000-2608（民事受付）", size=9, align="r")
    tr = truth(document_type="lawsuit", sender="川崎簡易裁判所", phone="044-000-2608",
               creditor="株式会社さるすべりクレジット", status="not_applicable", debtor="薄井莉緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last,
               hearing=hear, reference=case, input_kind="scan_png",
               template="proxy37_small_claims_kawasaki_special_rules", received=D(2026, 4, 21))
    return dict(stem="at06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="lawsuit (簡裁 少額訴訟 (少コ), credit company plaintiff, one page)",
                unusual="川崎簡裁 少額訴訟 呼出状 on ONE scanned page: a shaded-label case grid top-right with 「令和8年（少コ）"
                        "第61号」 (full-width brackets); 期日 / 場所 (民事ラウンドテーブル法廷) / 答弁書提出期限 as a label box; "
                        "the five special rules of 少額訴訟 (60万円, １回の期日, 通常移行の申述, 分割払い３年以内, ２週間 異議, no "
                        "appeal) full of numbers that are not amounts; 【訴状の要旨】 with the 請求の趣旨 sentence, a prose "
                        "原因 (個品割賦, 36回, 20日以上の催告) and a one-row 4-column table (立替金残額 / 分割手数料（未払分） / "
                        "遅延損害金 with its window / 請求額); 訴え提起日 4/8 ≠ the 呼出状 date; the plaintiff's 045 number as a "
                        "distractor")


# ---------------------------------------------------------------------------------------------
# at07 さいたま簡裁 事務連絡 about the 答弁書 (p.1) + 期日呼出状 for the 続行期日 (p.2), by fax.


def at07():
    issued = D(2026, 2, 26)
    p = Page(font="sans", size=10.5, top=14)
    p.at(192, 20, f"{era(issued)}", size=10.5, align="r")
    p.y = 24
    p.line("被告　鎌形　輝彦　様", size=12)
    p.line("（ＦＡＸ 048-000-7164）", size=9.5)
    p.gap(2)
    p.line("さいたま簡易裁判所民事第２係", size=10.5, align="r")
    p.line("裁判所書記官　藍川　皓介", size=10.5, align="r")
    p.line(f"電話 {D_CTEL}　ＦＡＸ {D_CFAX}", size=10, align="r")
    p.gap(4)
    p.line("事　務　連　絡", size=16, font="sans-bold", align="c")
    p.line("（答弁書について及び次回期日のお知らせ）", size=11, align="c")
    p.gap(3)
    p.line(f"事件番号　{D_CASE}　譲受債権請求事件", size=10.5, x=22)
    p.line("原告　SMBC債権回収株式会社　／　被告　鎌形　輝彦", size=10.5, x=22)
    p.gap(3)
    for s in (f"１　あなたから提出された答弁書（{era(D(2026, 2, 16))}受付）は、{era(D_HEAR1)}の第１回口頭弁論期日において"
              "陳述したものとみなされました。",
              "２　答弁書には「分割払いを希望する」旨の記載がありましたので、裁判所は、話合い（和解）による解決を試みるため、"
              "次回期日（続行期日）を別紙呼出状のとおり指定しました。",
              "３　次回期日には必ず出頭してください。出頭の際は、①毎月支払うことのできる金額と支払開始時期を具体的に考えて"
              "おいてください、②収入と支出が分かる資料（給与明細書、家計表など）、③認印をお持ちください。",
              "４　答弁書に記載された電話番号に連絡がつきませんでした。連絡先に変更があれば当係までお知らせください。",
              "５　次回期日に欠席した場合、話合いはできず、審理を終えて判決が言い渡されることがあります。"):
        p.para(s, x0=22, x1=190, size=10.3, indent="")
        p.gap(1.2)
    p.gap(3)
    p.para("※この事務連絡はＦＡＸで送信しています（送信枚数　本紙を含め２枚）。", size=9.3, indent="")

    q = Page(font="serif", size=10.5, top=20)
    q.line(f"事件番号　{fw('令和８年（ハ）第１１８号')}", size=10.5, x=22)
    q.line("原　　告　SMBC債権回収株式会社", size=10.5, x=22)
    q.line("被　　告　鎌形　輝彦", size=10.5, x=22)
    q.gap(10)
    q.title("期　日　呼　出　状", size=17, font="serif-bold")
    q.line("被告　鎌形　輝彦　殿", size=12, x=22)
    q.gap(4)
    q.para("頭書事件について、次回口頭弁論期日が下記のとおり指定されましたので、同期日に当裁判所に出頭してください。")
    q.gap(3)
    q.line("記", align="c")
    q.gap(2)
    for lab, val in (("期　　日", f"令和８年３月２５日（{wd(D_HEAR2)}）午後１時３０分（続行期日）"),
                     ("場　　所", "さいたま簡易裁判所　第４号法廷（３階）"),
                     ("備　　考", "司法委員が立ち会い、和解の試みを行います。")):
        b = q.line(lab, x=30, size=11)
        q.at(62, b, val, size=11)
        q.gap(2.5)
    q.gap(8)
    q.line(f"　　{fwe(issued)}", size=11)
    q.line("　　さいたま簡易裁判所民事第２係", size=11)
    q.line("　　　　裁判所書記官　藍　川　皓　介", size=11)
    _court_seal(q, 128, q.y - 6, "さいたま簡易裁判所", 37071)
    q.gap(14)
    q.para("（注）この呼出状は、民事訴訟法第94条第1項の規定によりファクシミリで送信するものです。受領されましたら、下欄に"
           "署名の上、当係あてＦＡＸで返送してください。", size=9.5, indent="")
    q.gap(4)
    y = q.y
    q.add(Box(22, y, 166, 26, 0.5))
    q.at(26, y + 7, "期日請書", size=11, font="serif-bold")
    q.at(26, y + 15, "上記期日の呼出しを受けました。　　令和　　年　　月　　日", size=10.5)
    q.at(26, y + 22, "被告　　　　　　　　　　　　　　　　　　　　　　　印", size=10.5)
    tr = truth(document_type="lawsuit", sender="さいたま簡易裁判所", phone=D_CTEL, creditor="SMBC債権回収株式会社",
               status="licensed", debtor="鎌形輝彦", lump=False, issued=issued, hearing=D_HEAR2, reference=D_CASE,
               input_kind="fax_tiff", template="proxy37_court_memo_answer_continued_hearing_fax", received=issued)
    return dict(stem="at07", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:14 SAITAMA SUMMARY CT {D_CFAX}",
                about="lawsuit (簡裁 事務連絡 about the 答弁書 + 期日呼出状 for the 続行期日, 2-page fax)",
                unusual="2-page G4 fax from the さいたま簡裁 書記官: p.1 a 事務連絡 「（答弁書について及び次回期日のお知らせ）」 "
                        "— the 答弁書 received 2/16 was deemed stated at the 第１回 期日 2/25 (a PAST hearing), the "
                        "defendant asked for 分割払い; numbered ①②③ instructions; the defendant's own FAX number under his "
                        "name; p.2 a formal 期日呼出状 for the 続行期日 「令和８年３月２５日（水）午後１時３０分（続行期日）」 in "
                        "full-width, sent by FAX under 民事訴訟法第94条第1項, with a 期日請書 to sign and fax back; NO amount "
                        "anywhere (all null); the court's TEL and FAX on one line and the FAX in the fax header")


# ---------------------------------------------------------------------------------------------
# at08 さいたま簡裁 和解調書 正本 (第２回口頭弁論調書（和解）), 2 scanned pages.


def at08():
    day, cert = D_HEAR2, D(2026, 3, 30)
    first = D(2026, 4, 30)
    last_inst = D(2029, 9, 30)
    T = D_SETTLE
    p = Page(font="serif", size=10.5, top=16)
    p.at(192, 16, "正　本", size=12, font="serif-bold", align="r")
    p.y = 20
    p.title("第２回口頭弁論調書（和解）", size=15, font="serif-bold")
    rows = [["事件の表示", fw("令和８年（ハ）第１１８号")], ["期　　日", f"{fwe(day)}　午後１時３０分"],
            ["場所等", "さいたま簡易裁判所　第４号法廷"], ["裁判官", "菖蒲池　真之介"], ["司法委員", "立会い"],
            ["裁判所書記官", "藍川　皓介"], ["出頭した当事者等", "原告代理人（許可代理人）　嘉手苅　俊作"], ["", "被告　鎌形　輝彦"]]
    p.table(rows, [44, 128], x=19, aligns="ll", size=10, row_h=7.2, ruled="grid", shade_col0=True)
    p.gap(3)
    p.line("手続の要領等", size=11, font="serif-bold")
    p.line("当事者間に次のとおり和解成立", size=10.5, x=26)
    p.gap(1)
    p.line("第１　当事者の表示", size=10.5, x=22)
    p.para("原告　〒104-0000 東京都中央区はるかぜ台九丁目9番9号　SMBC債権回収株式会社　代表者代表取締役　鷺沼　文哉",
           x0=30, x1=192, size=9.8, indent="")
    p.para(f"被告　{D_ADDR.replace('　', ' ')}　鎌形　輝彦", x0=30, x1=192, size=9.8, indent="")
    p.line("第２　請求の表示", size=10.5, x=22)
    p.para("請求の趣旨及び原因は訴状記載のとおりであるから、これを引用する。", x0=30, x1=192, size=9.8, indent="")
    p.line("第３　和解条項", size=10.5, x=22)
    clauses = [
        f"１　被告は、原告に対し、本件債務として金{fw(f'{T:,}')}円の支払義務があることを認める。",
        f"２　被告は、原告に対し、前項の金員を、令和８年４月から令和１１年９月まで毎月末日限り金{fw(f'{D_MONTHLY:,}')}円ずつ"
        "（４２回）に分割して、原告の指定する預金口座に振り込む方法により支払う。振込手数料は被告の負担とする。",
        "３　被告が前項の分割金の支払を２回以上怠り、その額が金２０，０００円に達したときは、被告は当然に期限の利益を"
        "失い、原告に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から支払済み"
        "まで年２０％の割合による遅延損害金を直ちに支払う。",
        "４　原告はその余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本件に関し、本和解条項に定めるもののほかに何らの債権債務がないことを"
        "相互に確認する。",
        "６　訴訟費用は各自の負担とする。"]
    for s in clauses[:5]:
        p.para(s, x0=30, x1=192, size=9.8, indent="")
    q = Page(font="serif", size=10.5, top=20)
    for s in clauses[5:]:
        q.para(s, x0=30, x1=192, size=10, indent="")
    q.gap(4)
    q.line("（振込先）　みなせ野銀行　浦和駅前支店　普通預金　口座番号 3018842", size=9.8, x=30)
    q.line("　　　　　　口座名義　エスエムビーシーサイケンカイシユウ（カ", size=9.8, x=30)
    q.gap(6)
    q.line("さいたま簡易裁判所", size=11, x=110)
    q.line("　裁判所書記官　藍　川　皓　介", size=11, x=110)
    _court_seal(q, 185, q.y - 6, "さいたま簡易裁判所", 37081)
    q.gap(12)
    q.add(Line(20, q.y, 190, q.y, 0.3))
    q.gap(4)
    q.line("これは正本である。", size=11, x=30)
    q.line(f"　　{fwe(cert)}", size=11, x=30)
    q.line("　　さいたま簡易裁判所", size=11, x=30)
    q.line("　　　　裁判所書記官　藍　川　皓　介", size=11, x=30)
    _court_seal(q, 120, q.y - 6, "さいたま簡易裁判所", 37082)
    q.gap(10)
    y = q.y
    q.add(Box(20, y, 170, 30, 0.3, GRAY))
    for i, s in enumerate(("（お知らせ）", "・和解調書は確定判決と同一の効力を有します。和解条項どおりに支払わないと、",
                           "　給料・預金等の差押え（強制執行）を受けることがあります。",
                           f"・お問合せ　さいたま簡易裁判所民事第２係　電話 {D_CTEL}")):
        q.at(24, y + 7 + i * 6.4, s, size=9.5)
    assert (last_inst.year - first.year) * 12 + last_inst.month - first.month + 1 == D_N
    tr = truth(document_type="settlement_proposal", sender="さいたま簡易裁判所", phone=D_CTEL,
               creditor="SMBC債権回収株式会社", status="licensed", debtor="鎌形輝彦", total=T, rate=D_R, lump=False,
               issued=day, payment_due=first, reference=D_CASE, input_kind="pdf_scan",
               template="proxy37_settlement_record_saitama_instalments", received=D(2026, 4, 2))
    return dict(stem="at08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (簡裁 和解調書 正本, 42 instalments, 2 pages)",
                unusual="the 和解調書 of at05 / at07's case as a 2-page image PDF: 「第２回口頭弁論調書（和解）」 with a shaded-"
                        "label grid (事件の表示 full-width, 期日 3/25, 裁判官, 司法委員, 書記官, 出頭した当事者等); 和解条項 "
                        "in FULL-width digits: 条項１ the acknowledged 金４２０，０００円 (no breakdown), 条項２ 「令和８年４月"
                        "から令和１１年９月まで毎月末日限り金１０，０００円ずつ（４２回）」 (no explicit first date), 条項３ the "
                        "default clause with ２０，０００円 and 年２０％, 条項４ 放棄, 条項５ 清算, 条項６ 訴訟費用各自負担; p.2 the "
                        "bank account and the 「これは正本である」 certification dated 3/30 (≠ the 期日); no 原債権者, no "
                        "喪失 date, no last payment (null)")


LETTERS = [at01, at02, at03, at04, at05, at06, at07, at08]
