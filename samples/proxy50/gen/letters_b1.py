"""Proxy set 50, letters bg01–bg08: court papers from many courts, third round. Four 支払督促 of four 簡易裁判所
(所沢 with its 当事者目録 on its own page and a blank 督促異議申立書, 会津若松 on one scanned page, 大垣 photographed,
豊中 photographed sideways), three 仮執行宣言付支払督促 (明石 digital, 室蘭 scanned, 都城 photographed as HEIC) and the
高岡簡裁's 口頭弁論期日呼出状 sent by FAX after a 督促異議 (its earlier 事務連絡 is bg13 in letters_b2.py)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Line, Page, era, late, truth, wd

from samples.letters.fmt import fullwidth

fw = fullwidth
NAVY = (0.10, 0.20, 0.42)

# Japanese public holidays in the window of the set: hearings, deadlines and letter dates avoid them.
HOLIDAYS = {D(2025, 10, 13), D(2025, 11, 3), D(2025, 11, 24), D(2026, 1, 1), D(2026, 1, 2), D(2026, 1, 12),
            D(2026, 2, 11), D(2026, 2, 23), D(2026, 3, 20), D(2026, 4, 29), D(2026, 5, 4), D(2026, 5, 5),
            D(2026, 5, 6), D(2026, 7, 20), D(2026, 8, 11), D(2026, 9, 21), D(2026, 9, 22), D(2026, 9, 23)}


def biz(*ds: D) -> None:
    """Court papers are dated, and hearings / deadlines set, on working days."""
    for d in ds:
        assert d.weekday() < 5 and d not in HOLIDAYS, d


def yen(n: int) -> str:
    return f"金{n:,}円"


def sumcheck(total: int, *parts: int) -> int:
    """Every printed breakdown adds up to its printed total."""
    assert sum(parts) == total, (total, parts)
    return total


def fee(claim: int) -> int:
    """申立手数料 of a 支払督促: half of the 訴え提起 fee for the claim (民訴費用法 別表第一)."""
    if claim <= 1_000_000:
        f = -(-claim // 100_000) * 1_000
    elif claim <= 5_000_000:
        f = 10_000 + -(-(claim - 1_000_000) // 200_000) * 1_000
    else:
        raise ValueError(claim)
    return f // 2


def notes_box(p: Page, x: float, y: float, w: float, title: str, lines: list[str], size: float = 9.0,
              font: str = "serif", shade: bool = True) -> float:
    h = 8 + len(lines) * size * 0.3528 * 1.75 + 3
    p.add(Box(x, y, w, h, 0.5))
    if shade:
        p.add(Box(x, y, w, 7, color=None, fill=SHADE))
    p.at(x + w / 2, y + 5.2, title, size=size + 1, font=font + "-bold", align="c")
    for i, s in enumerate(lines):
        p.at(x + 3, y + 12 + i * size * 0.3528 * 1.75, s, size=size, font=font)
    return y + h


# ---------------------------------------------------------------------------------------------
# bg01 所沢簡易裁判所 支払督促 正本, 4 scanned pages: order / 当事者目録 alone / 請求の趣旨及び原因 as a numbered list of
# bare sums explained in 請求の原因, 督促手続費用 in five items / blank 督促異議申立書. Creditor ★ アウロラ債権回収 via a lawyer.


def bg01():
    contract, last, acc, assign, notice = D(2021, 5, 18), D(2025, 3, 27), D(2025, 5, 12), D(2025, 9, 30), D(2025, 10, 6)
    filed, issued = D(2026, 1, 19), D(2026, 1, 23)
    biz(filed, issued)
    P, I, R = 428_650, 12_884, 14.6
    L = late(P, R, acc + timedelta(1), filed)
    items = [("申立手数料（収入印紙）", fee(P + I + L)), ("支払督促正本送達費用", 1_099), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 800), ("資格証明手数料", 600)]
    C = sumcheck(sum(v for _, v in items), *[v for _, v in items])
    T = sumcheck(P + I + L + C, P, I, L, C)
    case = "令和8年(ロ)第214号"
    clerk = "古舘　佳代"
    phone = "04-0000-2716"

    p = Page(font="serif", size=11, top=22, left=25, right=22)
    p.line("令和８年（ロ）第２１４号　譲受債権請求督促事件", size=10.5)
    p.gap(10)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(4)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=34, label_w=44, size=11)
    p.gap(8)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=11.5)
    p.gap(2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=11.5)
    p.gap(12)
    p.line(f"　　　　{fw(era(issued))}", size=11.5)
    p.gap(2)
    p.line("　　　　所沢簡易裁判所", size=11.5)
    p.line(f"　　　　　　裁判所書記官　　{clerk}", size=11.5)
    p.seal(168, p.y - 7, 16, "square", "所沢簡易裁判所書記官之印", angle=0, seed=50011)
    p.gap(16)
    notes_box(p, 25, p.y, 163, "注　意", [
        "１　この支払督促に不服があるときは、支払督促の送達を受けた日から２週間以内に、同封の「督促異議申立書」に",
        "　　必要事項を記入して、この裁判所に提出（郵送可）してください。",
        "２　督促異議の申立てがあると、請求額に応じて簡易裁判所又は地方裁判所で通常の訴訟手続により審理されます。",
        "３　お問合せは、事件番号をお知らせのうえ、次の係へお願いします。",
        f"　　所沢簡易裁判所　民事受付係（督促担当）　電話　{phone}（直通）",
        "　　〒359-0000　埼玉県所沢市かがり火町二丁目１番３号"], size=8.6)
    p.y = 276
    p.line(f"これは正本である。　{fw(era(issued))}　所沢簡易裁判所　裁判所書記官　{clerk}", size=9.5, align="r")

    q = Page(font="serif", size=11, top=22, left=25, right=22)
    q.line("（別紙）", size=10)
    q.gap(4)
    q.title("当　事　者　目　録", size=15, font="serif-bold")
    q.gap(6)
    for label, rows in (
        ("債　　権　　者", ["〒103-0000　東京都中央区ふなこし町一丁目８番２号",
                           "アウロラ債権回収株式会社",
                           "代表者代表取締役　　館林　義光"]),
        ("（送達場所）", ["〒105-0000　東京都港区すげ町二丁目７番３号　はぎの台ビル５階",
                        "舟生法律事務所"]),
        ("債権者代理人", ["弁護士　　舟生　英輔",
                        "電　話　03-0000-4418　　ＦＡＸ　03-0000-4419"]),
        ("債　　務　　者", ["〒359-0000　埼玉県所沢市みさき坂三丁目１４番８号　コーポみさき２０２",
                           "佐　分　利　　蒼　汰"])):
        q.line(label, x=30, size=11)
        for r in rows:
            q.line(r, x=62, size=11)
        q.gap(7)
    q.gap(4)
    q.line("以　上", align="r", size=11)

    r = Page(font="serif", size=10.5, top=20, left=24, right=22)
    r.line("（別紙）", size=10)
    r.title("請求の趣旨及び原因", size=14, font="serif-bold")
    r.line("請求の趣旨", size=11.5, font="serif-bold")
    for s in (f"１　{yen(P)}", f"２　{yen(I)}", f"３　{yen(L)}",
              f"４　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金",
              f"５　{yen(C)}（督促手続費用）"):
        r.para(s, x0=30, x1=192, size=10.6, indent="")
    r.line(f"（上記１ないし３及び５の合計額　{yen(T)}）", x=36, size=10.8)
    r.gap(4)
    r.line("請求の原因", size=11.5, font="serif-bold")
    for s in (f"１　ひとまるクレジット株式会社（以下「原債権者」という。）は、{era(contract)}、債務者との間で、極度額"
              "５０万円、利率年１７．８％、遅延損害金年１４．６％、毎月２７日払いの約定によるカード利用契約を締結し、"
              "債務者は、これに基づき金員の借入れを繰り返した。",
              f"２　債務者は、{era(last)}の支払を最後にその後の支払を怠り、原債権者から書面による催告を受けたが支払わな"
              f"かったため、{era(acc)}の経過をもって期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、債務者に対する本件債権を債権者に譲渡し、{era(notice)}到達の書面により"
              "債務者にその旨を通知した。",
              f"４　請求の趣旨１は残元金、同２は{era(acc)}までの未払利息、同３は残元金に対する{era(acc + timedelta(1))}から"
              f"本申立日である{era(filed)}まで年１４．６％の割合による確定遅延損害金、同４は同じく申立日の翌日から"
              "完済までの遅延損害金である。",
              "５　督促手続費用の内訳は、次のとおりである。"):
        r.para(s, x0=30, x1=188, size=10.3, indent="")
    r.gap(1)
    r.table([[k, f"{v:,}円"] for k, v in items] + [["合　　計", f"{C:,}円"]], [80, 36], x=42, size=10,
            row_h=7, aligns="lr", ruled="rows")
    r.gap(5)
    r.para("よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。", x0=30, x1=188, size=10.3)
    r.y = 276
    r.line(f"（申立日　{fw(era(filed))}）", size=9.5, align="r")

    s = Page(font="serif", size=11, top=20, left=24, right=22)
    s.title("督　促　異　議　申　立　書", size=16, font="serif-bold")
    s.line("所沢簡易裁判所　御中", size=11)
    s.line("令和　　年　　月　　日", size=11, align="r")
    s.gap(4)
    s.table([["事件番号", "令和８年（ロ）第２１４号"], ["債 権 者", "アウロラ債権回収株式会社"],
             ["債 務 者（申立人）", "佐分利　蒼汰"]], [46, 116], x=24, size=10.5, row_h=9, aligns="ll")
    s.gap(6)
    s.para("上記事件について、支払督促に対し督促異議を申し立てます。", size=11)
    s.gap(3)
    s.line("（該当する□にレ点を付けてください）", size=10)
    for t in ("□　分割払いを希望します。　月額　　　　　　円ずつ、毎月　　　日限り",
              "□　請求の内容に争いがあります。（理由：　　　　　　　　　　　　　　　　　　　　　　）",
              "□　時効を援用します。", "□　裁判所で話し合いをしたいと思います。"):
        s.line(t, x=30, size=10.5)
        s.gap(2)
    s.gap(6)
    s.line("送達場所等の届出", size=11, font="serif-bold")
    s.table([["送達場所", "□ 住所　□ 勤務先　□ その他（　　　　　　　　　　　　　）"],
             ["郵便番号・住所", "〒"], ["電話番号", ""], ["ＦＡＸ番号", ""]], [46, 116], x=24, size=10, row_h=10,
            aligns="ll")
    s.gap(10)
    s.line("債務者（申立人）　氏名　　　　　　　　　　　　　　　　　　　印", x=70, size=11)
    s.gap(10)
    s.para("※この申立書は、支払督促の送達を受けた日から２週間以内に提出してください。督促異議の申立てに手数料はかかり"
           "ません。", size=9.5, indent="")
    tr = truth(document_type="payment_order", sender="所沢簡易裁判所", phone=phone, creditor="アウロラ債権回収株式会社",
               status="licensed", original="ひとまるクレジット株式会社", debtor="佐分利蒼汰", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=last, assignment=assign, reference=case, input_kind="pdf_scan",
               template="proxy50_payment_order_tokorozawa_numbered_sums_objection_form", received=D(2026, 1, 27))
    return dict(stem="bg01", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec, s.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, real servicer creditor via a lawyer, 4 pages with 当事者目録 and objection form)",
                unusual="所沢簡裁 支払督促 正本 as a 4-page image PDF: p.1 the order alone (no amount) with a shaded 注意 box "
                        "and the court's 直通 phone; p.2 the 当事者目録 ON ITS OWN PAGE (creditor ★ アウロラ債権回収株式会社, "
                        "送達場所 = its lawyer's office, 債権者代理人 弁護士 with phone/FAX as distractors); p.3 請求の趣旨 as "
                        "a NUMBERED LIST OF BARE SUMS 「１ 金…円 ２ 金…円 ３ 金…円」 whose meaning (元金 / 利息 / 確定損害金) is "
                        "given only in 請求の原因４, the running item ４, 督促手続費用 as item ５ and a bracketed 「１ないし３及び"
                        "５の合計額」; the cost split into FIVE items in a rows-ruled table; 極度額５０万円, 年１７．８％ and "
                        "the 通知 到達 10/6 as distractors; 申立日 at the foot; p.4 a blank 督促異議申立書 with tick boxes")


# ---------------------------------------------------------------------------------------------
# bg02 会津若松簡易裁判所 支払督促 (求償金), one scanned page: 請求の趣旨 in the court's prose 「金…円及びうち金…円に対する
# …」, the cost split inside a bracket line, 送達場所 and a 送達受取人. Creditor a guarantee company.


def bg02():
    last, acc, subro = D(2025, 2, 10), D(2025, 4, 15), D(2025, 6, 20)
    filed, issued = D(2025, 10, 7), D(2025, 10, 24)
    biz(filed, issued)
    P, R = 1_198_300, 14.0
    L = late(P, R, subro + timedelta(1), filed)
    A = P + L
    items = [("申立手数料", fee(A)), ("支払督促正本送達費用", 1_118), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 800)]
    C = sumcheck(sum(v for _, v in items), *[v for _, v in items])
    T = sumcheck(A + C, P, L, C)
    case = "令和7年(ロ)第388号"
    phone = "0242-00-3187"
    p = Page(font="serif", size=10.5, top=14, left=20, right=20)
    p.add(Box(128, 12, 62, 15, 0.4))
    p.at(131, 18, "事件番号", size=8.5)
    p.at(131, 24.5, "令和７年（ロ）第３８８号", size=11)
    p.at(20, 18, "求償金請求督促事件", size=10)
    p.y = 32
    p.title("支　払　督　促", size=18, font="serif-bold")
    rows = [["債権者", "〒963-0000 福島県郡山市よもぎ田町四丁目２番１５号　あいづね信用保証株式会社"],
            ["代表者", "代表取締役　清家　憲一"],
            ["送達場所", "〒965-0000 福島県会津若松市あしび町一丁目９番７号　あいづね信用保証株式会社　会津センター"],
            ["送達受取人", "同社社員　細貝　朋子　（電話 0242-00-6614）"],
            ["債務者", "〒965-0000 福島県会津若松市しもつけ台二丁目５番１１号　富樫　哲夫"]]
    y = p.y
    for lab, val in rows:
        p.add(Box(20, y, 28, 8, 0.3, fill=SHADE))
        p.add(Box(48, y, 142, 8, 0.3))
        p.at(22, y + 5.5, lab, size=9.5)
        p.at(50, y + 5.5, val, size=8.8)
        y += 8
    p.y = y + 4
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.8)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.8)
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    p.para(f"１　{yen(A)}及びうち{yen(P)}に対する{fw(era(filed + timedelta(1)))}から支払済みまで年１４％の割合による"
           "遅延損害金", x0=24, x1=188, size=10.5, indent="")
    p.para(f"２　督促手続費用　{yen(C)}", x0=24, x1=188, size=10.5, indent="")
    p.para("（督促手続費用の内訳　" + "、".join(f"{k}{v:,}円" for k, v in items) + "）", x0=30, x1=188, size=9.3,
           indent="")
    p.para(f"（以上の確定額の合計　{yen(T)}）", x0=30, x1=188, size=10.3, indent="")
    p.gap(1)
    p.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　債務者は、平成３０年６月１２日、株式会社いなわしろ銀行（以下「銀行」という。）から自動車購入資金"
              "２００万円を借り受け（以下「本件ローン」という。）、債権者は、債務者の委託を受けて、本件ローンにつき銀行に"
              "対し保証した。保証委託契約では、代位弁済額に対する年１４％の割合による遅延損害金を支払う旨の約定がある。",
              f"２　債務者は、{era(last)}の弁済を最後に支払を怠り、{era(acc)}の経過により本件ローンの期限の利益を喪失した。",
              f"３　債権者は、{era(subro)}、銀行に対し、本件ローンの残元金及び利息の合計{yen(P)}を代位弁済した。",
              f"４　よって、債権者は、債務者に対し、求償元金{P:,}円及びこれに対する代位弁済日の翌日である"
              f"{era(subro + timedelta(1))}から申立日である{era(filed)}まで年１４％の割合による確定遅延損害金{L:,}円の"
              f"合計{yen(A)}並びに求償元金に対する申立日の翌日から支払済みまでの遅延損害金の支払を求める。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=30, size=10.5)
    p.line("会津若松簡易裁判所　　裁判所書記官　黒板　京子", x=30, size=10.5)
    p.seal(150, p.y - 5, 13, "square", "会津若松簡易裁判所書記官印", angle=0, seed=50021)
    p.gap(3)
    notes_box(p, 20, p.y, 170, "支払督促を受け取った方へ", [
        "この支払督促に異議があるときは、受け取った日から２週間以内に同封の督促異議申立書を提出してください。",
        "異議がなければ、債権者は仮執行宣言の申立てをすることができ、あなたの財産が差し押さえられることがあります。",
        f"会津若松簡易裁判所　民事係　〒965-0000 会津若松市せきれい台一丁目１番１号　電話 {phone}"], size=8.6)
    p.y = 286
    p.line("これは正本である。　同日同庁　裁判所書記官　黒板　京子", size=9, align="r")
    tr = truth(document_type="payment_order", sender="会津若松簡易裁判所", phone=phone,
               creditor="あいづね信用保証株式会社", status="not_applicable", original="株式会社いなわしろ銀行",
               debtor="富樫哲夫", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=last, reference=case, input_kind="scan_png",
               template="proxy50_payment_order_aizuwakamatsu_prose_recourse", received=D(2025, 10, 28))
    return dict(stem="bg02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order (簡裁, guarantee company 求償金, one page)",
                unusual="会津若松簡裁 支払督促 on ONE scanned page: the case number in a box top-right; the parties as a "
                        "shaded-label 4-row table with 送達場所 AND 送達受取人 (a 社員 with her own 0242 phone, a distractor); "
                        "請求の趣旨 in the court's PROSE 「１ 金…円及びうち金…円に対する令和７年１０月８日から支払済みまで年"
                        "１４％…」 (the first sum = 求償元金 + 確定損害金, split only in 請求の原因４); 督促手続費用 as item ２ "
                        "with its four-part split in a bracket line and 「以上の確定額の合計」; 平成３０年 car loan of ２００万円 "
                        "as a distractor; the 代位弁済 and the bank's 喪失 in the prose; a shaded 「支払督促を受け取った方へ」 "
                        "box with the court's phone")


# ---------------------------------------------------------------------------------------------
# bg03 大垣簡易裁判所 支払督促, phone photo: 請求の趣旨 as a TABLE (項目 / 金額); 送達場所 + 送達受取人; card company creditor.


def bg03():
    last, acc = D(2025, 6, 27), D(2025, 8, 26)
    filed, issued = D(2026, 2, 3), D(2026, 2, 12)
    biz(filed, issued)
    P, I, R = 346_210, 6_842, 14.6
    SHOP, CASH = 212_400, 133_810
    assert SHOP + CASH == P
    L = late(P, R, acc + timedelta(1), filed)
    C = sumcheck(fee(P + I + L) + 1_120 + 110 + 800, fee(P + I + L), 1_120, 110, 800)
    T = sumcheck(P + I + L + C, P, I, L, C)
    case = "令和8年(ロ)第51号"
    phone = "0584-00-7302"
    p = Page(font="sans", size=10, top=16, left=20, right=20)
    p.at(20, 18, "令和８年（ロ）第５１号", size=11)
    p.at(20, 23.5, "立替金等請求督促事件", size=9.5)
    p.at(190, 18, f"発付日　{era(issued)}", size=9.5, align="r")
    p.y = 30
    p.title("支払督促", size=19, font="sans-bold")
    p.gap(1)
    p.kv([("債権者", "〒460-0000 名古屋市中区ぬのびき通三丁目２番８号"), ("", "株式会社わかさぎカード"),
          ("", "代表者代表取締役　間宮　達彦"),
          ("送達場所", "〒460-0000 名古屋市中区ぬのびき通三丁目２番８号　同社債権管理センター"),
          ("送達受取人", "町井　加奈　（連絡先 052-000-6630）"),
          ("債務者", "〒503-0000 岐阜県大垣市ききょう野町四丁目１７番地"), ("", "村主　若菜")],
         x=22, label_w=26, size=9.8)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記の請求の趣旨記載の金額を支払え。債務者がこの支払督促送達の日から２週間以内に督促"
           "異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。", size=10)
    p.gap(2)
    p.line("【請求の趣旨】", size=10.5, font="sans-bold")
    p.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["手数料・利息", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}・年14.6％）", f"{L:,}円"],
             ["督促手続費用", f"{C:,}円"], ["合　計", f"{T:,}円"]], [118, 44], x=24, size=9.8, row_h=7.6,
            header=True, aligns="lr")
    p.para(f"※上記残元金{P:,}円に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金を併せて"
           "支払え。", x0=24, x1=190, size=9.3, indent="")
    p.gap(2)
    p.line("【請求の原因】", size=10.5, font="sans-bold")
    for s in ("１　債権者は、債務者との間で、令和2年11月9日、カード会員契約を締結し、債務者は同契約に基づきショッピング"
              "及びキャッシングを利用した。",
              f"２　債務者は、{era(last)}の支払を最後に支払を遅滞し、債権者が20日以上の期間を定めて書面で催告したにも"
              f"かかわらず支払わなかったため、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　残元金の内訳はショッピング立替金{SHOP:,}円、キャッシング貸付金{CASH:,}円である。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(4)
    p.line("大垣簡易裁判所　裁判所書記官　神谷沢　耕一", x=92, size=10.5)
    p.seal(178, p.y - 4, 13, "square", "大垣簡易裁判所書記官印", angle=0, seed=50031)
    p.gap(5)
    y = p.y
    p.add(Box(20, y, 170, 20, 0.4, GRAY))
    for i, s in enumerate(["督促異議の申立ては、この支払督促の送達を受けた日から２週間以内に、大垣簡易裁判所へ",
                           f"（〒503-0000 岐阜県大垣市たかすな町三丁目４１番地　電話 {phone}　民事係）"]):
        p.at(24, y + 7 + i * 6.5, s, size=9)
    p.y = 284
    p.line("これは正本である。　同日　大垣簡易裁判所　裁判所書記官　神谷沢　耕一", size=8.8, align="r")
    tr = truth(document_type="payment_order", sender="大垣簡易裁判所", phone=phone, creditor="株式会社わかさぎカード",
               status="not_applicable", original=None, debtor="村主若菜", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last,
               reference=case, input_kind="photo_jpeg", template="proxy50_payment_order_ogaki_table_photo",
               received=D(2026, 2, 16))
    return dict(stem="bg03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.84, glare=14, warm=0.2),
                about="payment_order (簡裁, card company, phone photo)",
                unusual="大垣簡裁 支払督促 photographed on a pale desk with tri-fold creases and a lamp glare; sans; the case "
                        "number top-left and 「発付日」 top-right; the parties as kv lines with 送達場所 and 送達受取人 (a named "
                        "employee with her 052 連絡先, a distractor); 【請求の趣旨】 as a shaded-header TABLE 項目 / 金額 "
                        "(残元金 / 手数料・利息 / 確定遅延損害金 with its window / 督促手続費用 / 合計) and the running damages "
                        "as a ※ line; 請求の原因 splits the 残元金 into ショッピング / キャッシング (distractors) and names a "
                        "令和2年 contract; the objection note in a grey box with the court's phone")


# ---------------------------------------------------------------------------------------------
# bg04 豊中簡易裁判所 支払督促, photo stored sideways (EXIF 6): 請求の趣旨 as 「１ 金…円 ２ 上記金額のうち金…円に対する…
# ３ 金…円（申立手続費用）」, the breakdown of １ in 請求の原因. Creditor ★ オリックス債権回収.


def bg04():
    last, acc, assign = D(2025, 5, 2), D(2025, 7, 4), D(2025, 11, 14)
    filed, issued = D(2026, 2, 24), D(2026, 3, 5)
    biz(filed, issued)
    P, I, R = 673_900, 9_120, 18.0
    L = late(P, R, acc + timedelta(1), filed)
    A = sumcheck(P + I + L, P, I, L)
    C = sumcheck(fee(A) + 1_099 + 110 + 800 + 600, fee(A), 1_099, 110, 800, 600)
    T = sumcheck(A + C, P, I, L, C)
    case = "令和8年(ロ)第139号"
    phone = "06-0000-8125"
    p = Page(font="serif", size=10.5, top=18, left=22, right=20)
    p.line("令和８年（ロ）第１３９号　譲受債権請求督促事件", size=10)
    p.gap(4)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債　権　者", "東京都港区やまぶき坂二丁目３番１号"), ("", "オリックス債権回収株式会社"),
          ("", "代表者代表取締役　米谷　隆平"),
          ("", "（送達場所）大阪市北区もみじ川一丁目６番２０号　同社大阪支店　電話 06-0000-3391"),
          ("債　務　者", "大阪府豊中市おもだか町一丁目９番２２号"), ("", "藪内　光政")], x=24, label_w=26, size=10)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.8)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.8)
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="serif-bold")
    for s in (f"１　{yen(A)}", f"２　上記金額のうち{yen(P)}に対する{era(filed + timedelta(1))}から完済まで年１８％の割合"
              "による遅延損害金", f"３　{yen(C)}（申立手続費用）", f"　（１及び３の合計　{yen(T)}）"):
        p.para(s, x0=26, x1=190, size=10.5, indent="")
    p.gap(2)
    p.line("請求の原因", size=11.5, font="serif-bold")
    for s in ("１　くろまめ信販株式会社（原債権者）は、令和元年１０月２日、債務者との間で、極度額８０万円の金銭消費貸借"
              "契約（遅延損害金年１８％）を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(last)}の弁済を最後に支払をせず、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、その頃債務者に通知した。",
              "４　請求の趣旨１の内訳は、次のとおりである。"):
        p.para(s, x0=24, x1=190, size=9.9, indent="")
    for lab, v in (("（１）元金", P), ("（２）利息", I),
                   (f"（３）遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで）", L), ("　　　計", A)):
        b = p.line(lab, x=34, size=9.9)
        p.at(160, b, f"{v:,}円", size=9.9, align="r")
    p.gap(4)
    p.line(f"{era(issued)}", x=30, size=10.5)
    p.line("豊中簡易裁判所　　裁判所書記官　　別当　知世", x=30, size=10.5)
    p.seal(160, p.y - 5, 13, "square", "豊中簡易裁判所書記官印", angle=0, seed=50041)
    p.gap(4)
    p.line("（督促異議の申立て・お問合せ）豊中簡易裁判所　民事係", size=9.2)
    p.line(f"　　大阪府豊中市ひかげ坂一丁目１番２号　電話 {phone}", size=9.2)
    p.y = 284
    p.line("これは正本である。　同日同庁　裁判所書記官　別当　知世", size=9, align="r")
    tr = truth(document_type="payment_order", sender="豊中簡易裁判所", phone=phone, creditor="オリックス債権回収株式会社",
               status="licensed", original="くろまめ信販株式会社", debtor="藪内光政", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last,
               assignment=assign, reference=case, input_kind="photo_exif_rotated",
               template="proxy50_payment_order_toyonaka_sum_of_which_rotated", received=D(2026, 3, 9))
    return dict(stem="bg04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.6, creases=2, shadow=0.22, shadow_side="bottom",
                          fill=0.85),
                about="payment_order (簡裁, real servicer creditor, phone photo stored sideways)",
                unusual="豊中簡裁 支払督促 photographed on tatami with creases and a hand shadow at the bottom, stored "
                        "sideways with EXIF orientation 6; creditor ★ オリックス債権回収株式会社 (no licence printed, court "
                        "paper) with its 送達場所 and its own 06 phone in a bracket (distractor); 請求の趣旨 「１ 金…円 ２ 上記"
                        "金額のうち金…円に対する…年１８％ ３ 金…円（申立手続費用）」 and 「（１及び３の合計）」; the sum of item "
                        "１ split in 請求の原因４ as （１）元金 / （２）利息 / （３）遅延損害金 / 計 with amounts flush right; "
                        "極度額８０万円 and a 令和元年 contract as distractors")


# ---------------------------------------------------------------------------------------------
# bg05 明石簡易裁判所 仮執行宣言付支払督促, one digital page: 請求の趣旨 １ a single sum with its 内訳 in a bracket, the
# 仮執行 cost only in the 宣言 sentence, a printed grand total line. Creditor ★ エー・シー・エス via 送達受取人.


def bg05():
    last, acc, assign = D(2025, 4, 25), D(2025, 6, 30), D(2025, 10, 31)
    filed, order, served, kfiled, issued = D(2026, 2, 27), D(2026, 3, 6), D(2026, 3, 10), D(2026, 3, 30), D(2026, 4, 8)
    biz(filed, order, kfiled, issued)
    P, I, R = 288_400, 3_962, 20.0
    L = late(P, R, acc + timedelta(1), filed)
    A = sumcheck(P + I + L, P, I, L)
    C1 = sumcheck(fee(A) + 1_072 + 110 + 800 + 600, fee(A), 1_072, 110, 800, 600)
    C2 = 1_184
    T = sumcheck(A + C1 + C2, P, I, L, C1, C2)
    case = "令和8年(ロ)第96号"
    phone = "078-000-5520"
    p = Page(font="serif", size=10.5, top=16, left=22, right=20)
    p.at(188, 16, f"{fw(era(issued))}", size=10, align="r")
    p.line("事件番号　令和８年（ロ）第９６号", size=10.3)
    p.line("事 件 名　譲受債権請求督促事件", size=10.3)
    p.gap(2)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債権者", "東京都豊島区わらび野三丁目１１番５号　エー・シー・エス債権管理回収株式会社"),
          ("", "代表者代表取締役　出口谷　蓮司"),
          ("送達場所", "東京都豊島区わらび野三丁目１１番５号　同社法務部"), ("送達受取人", "伝法　路子"),
          ("債務者", "兵庫県明石市はぎの台五丁目３番１号　柳楽　珠代")], x=24, label_w=24, size=9.8)
    p.gap(2)
    p.line("第１　支払督促の内容", size=11, font="serif-bold")
    p.para("債務者は、債権者に対し、次の請求の趣旨記載の金額を支払え。", x0=26, size=10.3)
    for s in (f"１　{yen(A)}（内訳　元金{P:,}円、利息{I:,}円、{era(acc + timedelta(1))}から{era(filed)}まで年２０％の"
              f"割合による確定遅延損害金{L:,}円）",
              f"２　上記元金{P:,}円に対する{era(filed + timedelta(1))}から完済まで年２０％の割合による遅延損害金",
              f"３　{yen(C1)}（督促手続費用）"):
        p.para(s, x0=30, x1=190, size=10.2, indent="")
    p.gap(1)
    p.line("第２　請求の原因", size=11, font="serif-bold")
    p.para(f"株式会社たかすなファイナンス（原債権者）は、令和４年２月１日、債務者に対し金３５万円を貸し付けた。債務者は"
           f"{era(last)}の弁済を最後に支払を怠り、{era(acc)}の経過をもって期限の利益を喪失した。原債権者は{era(assign)}、"
           "本件債権を債権者に譲渡し、債務者に通知した。", x0=26, x1=190, size=9.9, indent="")
    p.gap(1)
    p.line("第３　仮執行の宣言", size=11, font="serif-bold")
    p.para(f"上記第１の支払督促は{era(order)}に発付され、{era(served)}債務者に送達されたが、債務者は法定期間内に督促"
           f"異議の申立てをしなかった。よって、債権者の{era(kfiled)}付け申立てにより、上記支払督促に手続費用額{yen(C2)}"
           "を付加して仮執行の宣言をする。", x0=26, x1=190, size=10.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(40, y, 130, 10, 0.8))
    p.at(44, y + 6.8, "債務者が支払うべき確定額（１＋３＋仮執行宣言の手続費用）", size=9.5)
    p.at(166, y + 7, yen(T), size=11.5, font="serif-bold", align="r")
    p.y = y + 15
    p.line("明石簡易裁判所　　裁判所書記官　三根　和枝", x=90, size=10.5)
    p.seal(180, p.y - 4, 13, "square", "明石簡易裁判所書記官印", angle=0, seed=50051)
    p.gap(5)
    notes_box(p, 22, p.y, 168, "この書面を受け取った方へ", [
        "１　この仮執行宣言付支払督促の送達を受けた日から２週間以内に限り、督促異議の申立てをすることができます。",
        "２　督促異議の申立てをしても、強制執行は当然には止まりません（停止には別の申立てが必要です）。",
        f"３　お問合せ　明石簡易裁判所 民事係　兵庫県明石市かんな町２番８号　電話 {phone}"], size=8.8)
    p.y = 284
    p.line("これは正本である。　同日同庁　裁判所書記官　三根　和枝", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="明石簡易裁判所", phone=phone,
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社たかすなファイナンス",
               debtor="柳楽珠代", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=last, assignment=assign, reference=case,
               input_kind="pdf_text", template="proxy50_enforceable_akashi_one_page_bracket_breakdown",
               received=D(2026, 4, 13))
    return dict(stem="bg05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one digital page)",
                unusual="明石簡裁 仮執行宣言付支払督促 on ONE digital page in three numbered parts (第１ 支払督促の内容 / 第２ "
                        "請求の原因 / 第３ 仮執行の宣言); the date alone top-right in full-width; creditor ★ エー・シー・エス"
                        "債権管理回収株式会社 (no licence printed) with 送達場所 and 送達受取人; 請求の趣旨１ is ONE sum with "
                        "its 内訳 (元金, 利息, 確定遅延損害金 with its window) in a bracket; the 仮執行 cost only in the "
                        "宣言 sentence 「手続費用額金1,184円を付加して」; the grand total in a framed line 「確定額（１＋３＋仮執行"
                        "宣言の手続費用）」; 発付 3/6, 送達 3/10 and 申立 3/30 in the prose; a ３５万円 loan as a distractor")


# ---------------------------------------------------------------------------------------------
# bg06 室蘭簡易裁判所 仮執行宣言付支払督促, 2 scanned pages: the bank creditor acts through its 支配人; p.2 当事者目録 and
# 請求の趣旨 in prose with a 内訳 table and the 督促手続費用 / 仮執行宣言手続費用 items.


def bg06():
    last, acc = D(2025, 7, 10), D(2025, 9, 5)
    filed, order, served, kfiled, issued = D(2026, 3, 16), D(2026, 3, 24), D(2026, 3, 27), D(2026, 4, 20), D(2026, 4, 28)
    biz(filed, order, served, kfiled, issued)
    P, I, R = 893_000, 14_455, 19.5
    L = late(P, R, acc + timedelta(1), filed)
    A = sumcheck(P + I + L, P, I, L)
    c1 = [("申立手数料", fee(A)), ("支払督促正本送達費用", 1_130), ("支払督促発付通知費用", 110),
          ("申立書作成及び提出費用", 800), ("資格証明手数料", 600)]
    C1 = sum(v for _, v in c1)
    c2 = [("仮執行宣言付支払督促正本送達費用", 1_130)]
    C2 = sum(v for _, v in c2)
    T = sumcheck(A + C1 + C2, P, I, L, C1, C2)
    case = "令和8年(ロ)第58号"
    phone = "0143-00-2285"
    clerk = "樺山　節子"
    p = Page(font="serif", size=11, top=22, left=24, right=22)
    p.line("令和８年（ロ）第５８号", size=11)
    p.line("貸金請求督促事件", size=10.5)
    p.gap(8)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(4)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請求の趣旨", "別紙記載のとおり")], x=34, label_w=34, size=11)
    p.gap(6)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11.2)
    p.gap(2)
    p.para(f"上記当事者間の頭書事件について、{era(order)}付けで発した支払督促は{era(served)}債務者に送達されたが、"
           "債務者はその送達の日から２週間以内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり"
           "仮執行の宣言をする。", size=11.2)
    p.gap(3)
    p.line("仮 執 行 宣 言", size=12, font="serif-bold", align="c")
    p.para("上記支払督促及び次の手続費用について、仮に執行することができる。", size=11.2)
    p.table([["手続費用の項目", "金額"]] + [[k, f"{v:,}円"] for k, v in c2], [110, 40], x=34, size=10.5, row_h=8,
            header=True, aligns="lr")
    p.gap(10)
    p.line(f"　　　{fw(era(issued))}", size=11.2)
    p.line("　　　室蘭簡易裁判所", size=11.2)
    p.line(f"　　　　　裁判所書記官　{clerk}", size=11.2)
    p.seal(160, p.y - 6, 15, "square", "室蘭簡易裁判所書記官印", angle=0, seed=50061)
    p.gap(12)
    notes_box(p, 24, p.y, 164, "注意", [
        "この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の申立てができます。",
        "ただし、申立てをしても、仮執行宣言に基づく強制執行は当然には停止されません。",
        f"室蘭簡易裁判所 民事係　北海道室蘭市ぬのびき町四丁目２番５号　電話 {phone}"], size=9.0)
    p.y = 278
    p.line(f"これは正本である。　{fw(era(issued))}　室蘭簡易裁判所　裁判所書記官　{clerk}", size=9.3, align="r")

    q = Page(font="serif", size=10.3, top=16, left=22, right=20)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.kv([("債　権　者", "〒051-0000 北海道室蘭市せきれい台一丁目１番１号"), ("", "株式会社えとも銀行"),
          ("", "代表者代表取締役　野々宮　慶太"),
          ("債権者代理人", "〒051-0000 北海道室蘭市せきれい台一丁目１番１号"),
          ("", "株式会社えとも銀行　室蘭中央支店　支配人　花房　静香"),
          ("", "（電話 0143-00-7719　ＦＡＸ 0143-00-7720）"),
          ("債　務　者", "〒050-0000 北海道室蘭市おおぞね町二丁目８番５号"), ("", "曲　淵　　信　義")],
         x=22, label_w=30, size=9.8)
    q.gap(4)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    q.para(f"１　{yen(A)}及びうち{yen(P)}に対する{era(filed + timedelta(1))}から支払済みまで年１９．５％の割合による"
           "遅延損害金", x0=24, x1=190, size=10.3, indent="")
    q.para(f"２　{yen(C1)}（督促手続費用）", x0=24, x1=190, size=10.3, indent="")
    q.gap(1)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者との間で、平成２９年４月３日、カードローン契約（極度額１００万円、利率年１４．５％、"
              "遅延損害金年１９．５％）を締結し、債務者はこれに基づき借入れをした。",
              f"２　債務者は、{era(last)}の約定返済を最後に返済を怠り、カードローン規定第９条により{era(acc)}の経過を"
              "もって期限の利益を喪失した。",
              "３　請求の趣旨１の金額の内訳は次のとおりである。"):
        q.para(s, x0=22, x1=190, size=9.9, indent="")
    q.table([["貸越元金", f"{P:,}円"], [f"未払利息（{era(acc)}まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年19.5％）", f"{L:,}円"],
             ["小　計", f"{A:,}円"]], [120, 40], x=30, size=9.8, row_h=7.2, aligns="lr")
    q.gap(2)
    q.line("４　督促手続費用の内訳", x=22, size=9.9)
    q.table([[k, f"{v:,}円"] for k, v in c1] + [["計", f"{C1:,}円"]], [120, 40], x=30, size=9.5, row_h=6.6,
            aligns="lr", ruled="rows")
    q.gap(3)
    q.line(f"（請求の趣旨の確定額及び仮執行宣言の手続費用の合計　{yen(T)}）", x=26, size=10)
    tr = truth(document_type="payment_order_enforceable", sender="室蘭簡易裁判所", phone=phone,
               creditor="株式会社えとも銀行", status="not_applicable", original=None, debtor="曲淵信義", total=T,
               principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=last, reference=case, input_kind="pdf_scan",
               template="proxy50_enforceable_muroran_bank_manager_agent", received=D(2026, 5, 1))
    return dict(stem="bg06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.2,
                about="payment_order_enforceable (簡裁, bank creditor through its 支配人, 2 pages)",
                unusual="室蘭簡裁 仮執行宣言付支払督促 as a 2-page image PDF: p.1 the 発付 3/24 and 送達 3/27 in one "
                        "sentence, a centred 「仮 執 行 宣 言」 heading and the 仮執行 cost as a one-row shaded-header table "
                        "(仮執行宣言付支払督促正本送達費用); p.2 当事者目録 where the bank creditor acts through its 支配人 "
                        "(a branch manager, 債権者代理人, with phone/FAX as distractors); 請求の趣旨 in prose 「金…円及びうち"
                        "金…円に対する…年１９．５％」 plus 督促手続費用; the 内訳 table 貸越元金 / 未払利息 / 確定遅延損害金 / 小計 "
                        "and a rows-ruled five-item cost table; the grand total only in a bracket line at the bottom; "
                        "平成２９年 contract, 極度額１００万円 and 年１４．５％ as distractors")


# ---------------------------------------------------------------------------------------------
# bg07 都城簡易裁判所 仮執行宣言付支払督促, HEIC photo: the rest of a housing loan after a 任意売却; 請求の趣旨 as a list
# whose items carry their meaning in brackets. Creditor ★ 株式会社住宅債権管理回収機構.


def bg07():
    last, acc, sale, assign = D(2024, 10, 28), D(2025, 1, 20), D(2025, 6, 27), D(2025, 8, 29)
    filed, order, served, kfiled, issued = D(2026, 4, 13), D(2026, 4, 21), D(2026, 4, 24), D(2026, 5, 25), D(2026, 6, 8)
    biz(filed, order, served, kfiled, issued)
    P, R = 2_846_120, 14.0
    L = late(P, R, assign + timedelta(1), filed)
    C1 = sumcheck(fee(P + L) + 1_140 + 110 + 800 + 600, fee(P + L), 1_140, 110, 800, 600)
    C2 = 1_140
    T = sumcheck(P + L + C1 + C2, P, L, C1, C2)
    case = "令和8年(ロ)第44号"
    phone = "0986-00-4163"
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 16, "令和８年（ロ）第４４号　譲受債権請求督促事件", size=9.5)
    p.at(192, 16, "正本", size=11, font="sans-bold", align="r")
    p.y = 22
    p.title("仮執行宣言付支払督促", size=18, font="sans-bold")
    y = p.y
    p.add(Box(18, y, 174, 30, 0.3))
    p.add(Line(105, y, 105, y + 30, 0.3))
    p.at(21, y + 5, "債権者", size=8.5, font="sans-bold")
    for i, s in enumerate(["東京都千代田区ぬのびき町一丁目４番７号", "株式会社住宅債権管理回収機構",
                           "代表者代表取締役　吉宗　瑛太", "送達場所　宮崎市しおかぜ通二丁目３番１号 宮崎事務所"]):
        p.at(21, y + 10.5 + i * 5, s, size=8.8)
    p.at(108, y + 5, "債務者", size=8.5, font="sans-bold")
    for i, s in enumerate(["宮崎県都城市こうやまき町三丁目１９番４号", "善波　陽一"]):
        p.at(108, y + 10.5 + i * 5.5, s, size=9.5 if i else 8.8)
    p.y = y + 34
    p.para("債務者は、債権者に対し、下記の金額を支払え。", size=10.3)
    p.line("（請求の趣旨）", size=10.5, font="sans-bold")
    for s in (f"１　{yen(P)}（残元金）",
              f"２　{yen(L)}（{era(assign + timedelta(1))}から{era(filed)}まで年14％の割合による確定遅延損害金）",
              f"３　上記１の金額に対する{era(filed + timedelta(1))}から支払済みまで年14％の割合による遅延損害金",
              f"４　{yen(C1)}（督促手続費用）", f"５　{yen(C2)}（仮執行宣言の手続費用）"):
        p.para(s, x0=24, x1=192, size=10, indent="")
    y = p.y + 1
    p.add(Box(110, y, 82, 9, 0.6))
    p.at(113, y + 6.2, "１、２、４及び５の合計", size=9)
    p.at(189, y + 6.5, yen(T), size=11, font="sans-bold", align="r")
    p.y = y + 13
    p.line("（請求の原因）", size=10.5, font="sans-bold")
    for s in ("１　株式会社おおよど銀行は、平成２８年８月、債務者に対し、遅延損害金年14％の約定で住宅資金２,４５０万円を貸し付けた。",
              f"２　債務者は{era(last)}の返済を最後に支払わず、{era(acc)}の経過により期限の利益を喪失した。その後、担保"
              f"不動産は{era(sale)}任意売却され、売却代金が充当された結果、残元金は上記１の金額となった。",
              f"３　株式会社おおよど銀行は、{era(assign)}、本件残債権を債権者に譲渡し、債務者に通知した。"):
        p.para(s, x0=22, x1=192, size=9.4, indent="")
    p.gap(2)
    p.line("（仮執行の宣言）", size=10.5, font="sans-bold")
    p.para(f"上記支払督促（{era(order)}発付、{era(served)}送達）に対し、債務者は督促異議の申立てをしなかった。債権者の"
           f"{era(kfiled)}の申立てにより、仮執行の宣言をする。", x0=22, x1=192, size=9.8, indent="")
    p.gap(3)
    p.line(f"{era(issued)}　　都城簡易裁判所　裁判所書記官　皆吉　純子", x=60, size=10.3)
    p.seal(183, p.y - 4, 12, "square", "都城簡易裁判所書記官印", angle=0, seed=50071)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 174, 16, 0.3, GRAY))
    p.at(21, y + 6, "送達を受けた日から２週間以内に督促異議の申立てができます（強制執行は停止されません）。", size=8.8)
    p.at(21, y + 12, f"都城簡易裁判所　宮崎県都城市かんな町１２街区３号　電話 {phone}", size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="都城簡易裁判所", phone=phone,
               creditor="株式会社住宅債権管理回収機構", status="licensed", original="株式会社おおよど銀行",
               debtor="善波陽一", total=T, principal=P, interest=None, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=last, assignment=assign, reference=case,
               input_kind="photo_heic", template="proxy50_enforceable_miyakonojo_housing_rest_heic",
               received=D(2026, 6, 11))
    return dict(stem="bg07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.3),
                about="payment_order_enforceable (簡裁, real servicer, rest of a housing loan, HEIC photo)",
                unusual="都城簡裁 仮執行宣言付支払督促 photographed on a dark cloth (HEIC) with creases and a lamp glare; "
                        "sans; 「正本」 top-right; the parties in a two-cell box (creditor ★ 株式会社住宅債権管理回収機構 with "
                        "its 送達場所, no licence printed); 請求の趣旨 as five items whose meaning is in brackets (残元金 / "
                        "確定遅延損害金 with the window from the 譲渡日 / running item / 督促手続費用 / 仮執行宣言の手続費用) and "
                        "a framed 「１、２、４及び５の合計」; no interest; the housing loan of 2,450万円 (平成28年) and the "
                        "任意売却 date as distractors; 発付 / 送達 / 申立 dates in the 宣言")


# ---------------------------------------------------------------------------------------------
# bg08 高岡簡易裁判所 口頭弁論期日呼出状 after a 督促異議, sent by FAX (2 pages); p.2 the 支払督促's claim restated.
# The same case's earlier 事務連絡 (bg13) is in letters_b2.py; the constants are shared.

TK_P, TK_I, TK_R = 548_300, 11_760, 20.0
TK_LAST, TK_ACC, TK_FILED = D(2025, 8, 5), D(2025, 10, 2), D(2026, 3, 2)
TK_ORDER, TK_SERVED, TK_OBJ = D(2026, 3, 10), D(2026, 3, 16), D(2026, 3, 27)
TK_L = late(TK_P, TK_R, TK_ACC + timedelta(1), TK_FILED)
TK_A = TK_P + TK_I + TK_L
TK_C = fee(TK_A) + 1_120 + 110 + 800
TK_CASE_RO, TK_CASE = "令和8年(ロ)第162号", "令和8年(ハ)第305号"
TK_PHONE, TK_FAX = "0766-00-2240", "0766-00-2241"


def bg08():
    issued, hearing, answer = D(2026, 4, 24), D(2026, 5, 27), D(2026, 5, 20)
    biz(issued, hearing, answer, TK_FILED, TK_ORDER, TK_OBJ)
    P, I, L, C = TK_P, TK_I, TK_L, TK_C
    T = sumcheck(TK_A + C, P, I, L, C)
    p = Page(font="sans", size=10.3, top=18, left=20, right=20)
    p.at(20, 18, "ファクシミリ送信", size=10, font="sans-bold")
    p.at(190, 18, f"送信日　{era(issued)}", size=9.5, align="r")
    p.at(20, 24, "和久井　有紀　様（ＦＡＸ 0766-00-5532）", size=10)
    p.at(190, 24, "送信枚数　本書を含め２枚", size=9.5, align="r")
    p.add(Line(20, 27, 190, 27, 0.4))
    p.y = 31
    p.kv([("事件番号", "令和８年（ハ）第３０５号　貸金請求事件"),
          ("", "（支払督促事件 令和８年（ロ）第１６２号 から移行）"),
          ("原　　告", "株式会社あまはらしローン"), ("被　　告", "和久井　有紀")], x=22, label_w=24, size=10)
    p.gap(3)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="sans-bold")
    p.para(f"あなたが{era(TK_OBJ)}に督促異議の申立てをしたため、上記支払督促事件は通常の訴訟手続に移行しました。当裁判所に"
           "出頭する期日が下記のとおり定められましたので、出頭してください。また、答弁書を下記の期限までに提出して"
           "ください。", size=10)
    p.gap(2)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）　午前１０時３０分"),
            ("場　　所", "高岡簡易裁判所　第１号法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (lab, val) in enumerate(rows):
        p.add(Box(24, y + i * 10, 40, 10, 0.4, fill=SHADE))
        p.add(Box(64, y + i * 10, 122, 10, 0.4))
        p.at(27, y + i * 10 + 6.8, lab, size=10)
        p.at(68, y + i * 10 + 7, val, size=11.5, font="sans-bold")
    p.y = y + 34
    for s in ("１　この呼出状は、あなたが督促異議申立書に記載したファクシミリ番号あてに送信しています（民事訴訟法第９４条"
              "第１項）。",
              "２　請求の内容は、次ページ（支払督促の請求の趣旨及び原因）のとおりです。",
              "３　答弁書の用紙は、当庁ホームページから取得するか、民事係へお問い合わせください。分割払いを希望する場合は、"
              "その旨を答弁書に記載してください。",
              "４　期日に出頭せず答弁書も提出しないときは、原告の主張を認めたものとして判決されることがあります。",
              "５　受信されたら、下欄の期日請書に署名して、本日から３日以内にファクシミリで返送してください。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(3)
    p.line("高岡簡易裁判所　民事係　裁判所書記官　征矢　良枝", x=70, size=10.3)
    p.line(f"〒933-0000 富山県高岡市てまり町四丁目１番２０号　電話 {TK_PHONE}　ＦＡＸ {TK_FAX}", x=45, size=9)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.4))
    p.at(105, y + 7, "期　日　請　書", size=11.5, font="sans-bold", align="c")
    p.at(24, y + 15, f"令和８年（ハ）第３０５号　上記期日（{era(hearing)} 午前10時30分）の呼出しを受けました。", size=9.3)
    p.at(24, y + 23, "令和　　年　　月　　日　　　被告　　　　　　　　　　　　　　　　　㊞", size=9.5)
    q = Page(font="sans", size=10, top=18, left=20, right=20)
    q.line("（別紙）支払督促の請求の趣旨及び原因（写し）", size=11, font="sans-bold")
    q.line("令和８年（ロ）第１６２号　　債権者　株式会社あまはらしローン　　債務者　和久井　有紀", size=9.3)
    q.gap(3)
    q.line("請求の趣旨", size=11, font="sans-bold", align="c")
    for s in (f"１　{yen(P)}（貸付残元金）", f"２　{yen(I)}（{era(TK_ACC)}までの約定利息）",
              f"３　{yen(L)}（{era(TK_ACC + timedelta(1))}から{era(TK_FILED)}まで年２０％の割合による遅延損害金）",
              f"４　上記１に対する{era(TK_FILED + timedelta(1))}から完済まで年２０％の割合による遅延損害金",
              f"５　{yen(C)}（督促手続費用）"):
        q.para(s, x0=24, x1=190, size=10, indent="")
    q.line(f"合計（１、２、３、５）　{yen(T)}", x=100, size=10.5, font="sans-bold")
    q.gap(3)
    q.line("請求の原因", size=11, font="sans-bold", align="c")
    for s in ("１　債権者は、債務者に対し、令和５年７月１４日、金７０万円を、利息年１７．５％、遅延損害金年２０％、"
              "毎月５日限り元利均等返済の約定で貸し付けた。",
              f"２　債務者は、{era(TK_LAST)}の返済を最後にその後の返済を怠り、債権者からの催告にも応じなかったため、"
              f"{era(TK_ACC)}の経過をもって期限の利益を喪失した。",
              "３　よって、債権者は、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(4)
    q.para(f"（経過）支払督促発付 {era(TK_ORDER)}、送達 {era(TK_SERVED)}、督促異議申立て {era(TK_OBJ)}、訴訟移行 同日",
           x0=22, x1=190, size=9, indent="")
    tr = truth(document_type="lawsuit", sender="高岡簡易裁判所", phone=TK_PHONE, creditor="株式会社あまはらしローン",
               status="not_applicable", original=None, debtor="和久井有紀", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=TK_R, lump=True, issued=issued, acceleration=TK_ACC,
               last_payment=TK_LAST, hearing=hearing, reference=TK_CASE, input_kind="fax_tiff",
               template="proxy50_lawsuit_takaoka_after_objection_fax_summons", received=issued)
    return dict(stem="bg08", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 13:42 TAKAOKA SUMMARY CT {TK_FAX}",
                about="lawsuit (簡裁 (ハ) after a 督促異議, 期日呼出状 by FAX, 2 pages)",
                unusual="2-page G4 fax from the 高岡簡裁 clerk: a FAX cover strip (送信日, the defendant's own FAX number "
                        "under her name, 送信枚数); TWO case numbers (the new (ハ)第305号 and the 支払督促 (ロ)第162号 it came "
                        "from); 期日 / 場所 / 答弁書提出期限 as a shaded-label box with full-width dates, weekdays, "
                        "午前１０時３０分 and 第１号法廷; 民事訴訟法第９４条第１項 and a 期日請書 to sign and fax back; the court's "
                        "TEL and FAX on one line and the FAX in the header; p.2 the 支払督促's 請求の趣旨 restated as five "
                        "items with their meaning in brackets and 「合計（１、２、３、５）」; a ７０万円 loan and 年１７．５％ as "
                        "distractors; the 発付 / 送達 / 異議 dates in an （経過） line")


LETTERS = [bg01, bg02, bg03, bg04, bg05, bg06, bg07, bg08]
