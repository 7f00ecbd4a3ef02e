"""Proxy set 84, letters co01–co08: the court papers (支払督促 ×3 counting co16 in letters_c2, 仮執行宣言付 ×2,
簡裁 (ハ) / 地裁 (ワ) / 少額訴訟) and the real servicer's 法的手続予告. The figures of each debt are in story.py."""

from __future__ import annotations

from datetime import date as D

from common import GRAY, SHADE, WHITE, Box, Line, Page, era, grid, late, leader, truth, wd, wrap_nb
from story import (
    KZ_ACC,
    KZ_ANS,
    KZ_CALL,
    KZ_CASE,
    KZ_CO,
    KZ_HEAR,
    KZ_I,
    KZ_L,
    KZ_LAST,
    KZ_P,
    KZ_R,
    KZ_SUED,
    MW_ACC,
    MW_ANS,
    MW_BANK,
    MW_CALL,
    MW_CASE,
    MW_HEAR,
    MW_I,
    MW_L,
    MW_LAST,
    MW_P,
    MW_R,
    MW_SUED,
    NM_ACC,
    NM_ANS,
    NM_CALL,
    NM_CASE,
    NM_CO,
    NM_HEAR,
    NM_I,
    NM_L,
    NM_LAST,
    NM_P,
    NM_R,
    NM_SUED,
    ONE,
    OS_ACC,
    OS_ASSIGN,
    OS_C,
    OS_CARD,
    OS_CASE,
    OS_FILED,
    OS_I,
    OS_LAST,
    OS_ORDER,
    OS_P,
    OS_R,
    OS_SERV,
    SD_ACC,
    SD_BANK,
    SD_C1,
    SD_C2,
    SD_CASE,
    SD_DECL,
    SD_FILED,
    SD_I,
    SD_L,
    SD_LAST,
    SD_ORDER,
    SD_P,
    SD_R,
    SD_SERVED,
    TK_ACC,
    TK_BANK,
    TK_C1,
    TK_C2,
    TK_CASE,
    TK_DECL,
    TK_FILED,
    TK_GUAR,
    TK_I0,
    TK_L,
    TK_LAST,
    TK_ORDER,
    TK_P,
    TK_P0,
    TK_R,
    TK_SERVED,
    TK_SUBRO,
    TK_C1a,
    TK_C1b,
    fw,
    wdate,
)

SLATE = (0.20, 0.27, 0.36)
ALFA = (0.05, 0.30, 0.55)


def fwe(d: D) -> str:
    return fw(era(d))


# ---------------------------------------------------------------------------------------------
# co01 七尾簡易裁判所 支払督促, 3 pages scanned: the order / 当事者目録 / 請求の趣旨及び原因 each on its own page.


def co01():
    P, L, R = TK_P, TK_L, TK_R
    C = TK_C1
    T = P + L + C
    case = fw("令和7年（ロ）第521号")
    p = Page(font="serif", size=11.5, top=22)
    p.add(Box(128, 16, 68, 16, 0.4))
    p.add(Line(128, 24, 196, 24, 0.3))
    p.at(162, 21.5, case, size=10.5, align="c")
    p.at(162, 29.5, "求償金請求督促事件", size=10.5, align="c")
    p.y = 44
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(6)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=30, label_w=52, size=11.5)
    p.gap(8)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=12)
    p.gap(2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=12)
    p.gap(14)
    p.line(f"　　　　{fwe(TK_ORDER)}", size=12)
    p.gap(3)
    p.line("七尾簡易裁判所", size=12.5, x=100)
    p.line("裁判所書記官　　番　匠　　朋　子", size=12.5, x=100)
    p.seal(182, p.y - 8, 15, "square", "七尾簡易裁判所書記官印", angle=1, seed=84011)
    p.gap(18)
    y = p.y
    p.add(Box(20, y, 170, 62, 0.5))
    p.at(24, y + 7, "督促異議の申立てについて", size=11, font="serif-bold")
    notes = ["１　この支払督促に不服があるときは、この書類を受け取った日から２週間以内に、同封の督促異議申立書に",
             "　　必要事項を記載して、この裁判所に提出してください（郵送でもかまいません）。",
             "２　督促異議の申立てをすると、請求額に応じ、この裁判所又は地方裁判所で通常の訴訟手続に移ります。",
             "３　分割払いを希望する場合も、督促異議申立書にその旨を書いて提出してください。",
             "４　期間内に督促異議の申立てがないと、債権者の申立てにより仮執行の宣言がされ、強制執行を",
             "　　受けるおそれがあります。",
             "　　お問合せ　七尾簡易裁判所　民事係　電話　０７６７－００－２８１４"]
    for i, s in enumerate(notes):
        p.at(24, y + 15 + i * 6.6, s, size=9.3)
    p.y = 283
    p.line("（１／３）", size=9, align="c")
    # p.2 当事者目録
    q = Page(font="serif", size=11.5, top=24)
    q.line("当　事　者　目　録", size=15, font="serif-bold", align="c")
    q.gap(10)
    q.line("〒926-0000　石川県七尾市せせらぎ台九丁目９番９号", size=11.5, x=36)
    q.line("債　務　者　　　栃　窪　　智　樹", size=13, x=36)
    q.gap(12)
    q.line("〒920-0000　石川県金沢市いなほ通三丁目１番１号", size=11.5, x=36)
    q.line("債　権　者　　　" + TK_GUAR, size=13, x=36)
    q.line("代表者代表取締役　　獅子堂　　昌　平", size=11.5, x=60)
    q.gap(6)
    q.line("（送達場所）", size=11, x=36)
    q.line("〒920-0000　石川県金沢市いなほ通三丁目１番１号　同社　管理部", size=11, x=48)
    q.line("電話　０７６－０００－４４２０　　ＦＡＸ　０７６－０００－４４２９", size=11, x=48)
    q.line("担当　管理部　求償管理課", size=11, x=48)
    q.y = 283
    q.line("（２／３）", size=9, align="c")
    # p.3 請求の趣旨及び原因
    r = Page(font="serif", size=11, top=22)
    r.line("請求の趣旨及び原因", size=15, font="serif-bold", align="c")
    r.gap(5)
    r.line("第１　請求の趣旨", size=12, font="serif-bold", x=22)
    items = [("１", "求償金元金", f"金{fw(f'{P:,}')}円"),
             ("２", f"上記１に対する{fwe(TK_SUBRO + ONE)}から{fwe(TK_FILED)}まで年１４．６％の割合による確定遅延損害金",
              f"金{fw(f'{L:,}')}円"),
             ("３", f"上記１に対する{fwe(TK_FILED + ONE)}から完済まで年１４．６％の割合による遅延損害金", ""),
             ("４", "督促手続費用", f"金{fw(f'{C:,}')}円")]
    for no, txt, amt in items:
        y0 = r.y
        lines = wrap_nb(no + "　" + txt, 120 if amt else 164, 11, "serif", "")
        for j, ln in enumerate(lines):
            r.at(28 if j == 0 else 34, r.y + 11 * 0.3528, ln, size=11)
            r.y += r.lh(11)
        if amt:
            r.at(192, y0 + 11 * 0.3528 + (len(lines) - 1) * r.lh(11), amt, size=11, align="r")
        r.gap(1)
    r.gap(1)
    r.line(f"（１、２及び４の合計　金{fw(f'{T:,}')}円）", size=11, align="r")
    r.line(f"（注）督促手続費用の内訳　申立手数料{fw(f'{TK_C1a:,}')}円、支払督促正本送達費用{fw(f'{TK_C1b:,}')}円",
           size=9.5, x=34)
    r.gap(5)
    r.line("第２　請求の原因", size=12, font="serif-bold", x=22)
    for s in (f"１　債権者は、令和４年３月１８日、債務者の委託を受けて、債務者が{TK_BANK}（以下「銀行」という。）との間で締結"
              "したカードローン契約（極度額１５０万円）に基づく債務を保証した。上記保証委託契約において、債務者は、債権者が"
              "代位弁済したときは、代位弁済額及びこれに対する代位弁済日の翌日から年１４．６％の割合による遅延損害金を債権者に"
              "支払う旨約した。",
              f"２　債務者は、銀行に対する{fwe(TK_LAST)}の弁済を最後にその後の弁済を怠り、{fwe(TK_ACC)}、期限の利益を"
              "喪失した。",
              f"３　債権者は、{fwe(TK_SUBRO)}、銀行に対し、上記カードローン債務の残額金{fw(f'{P:,}')}円（元金"
              f"{fw(f'{TK_P0:,}')}円、利息{fw(f'{TK_I0:,}')}円）を代位弁済した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        r.para(s, x0=26, x1=192, size=10.5, indent="")
        r.gap(1)
    r.y = 283
    r.line("（３／３）", size=9, align="c")
    tr = truth(document_type="payment_order", sender="七尾簡易裁判所", phone="0767-00-2814", creditor=TK_GUAR,
               status="not_applicable", original=TK_BANK, debtor="栃窪智樹", total=T, principal=P, interest=None,
               late_damages=L, costs=C, rate=R, lump=True, issued=TK_ORDER, acceleration=TK_ACC, last_payment=TK_LAST,
               reference=TK_CASE, input_kind="pdf_scan", template="proxy84_payment_order_nanao_three_separate_pages",
               received=D(2025, 11, 17))
    return dict(stem="co01", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, guarantee company 求償金, 3 pages: order / 当事者目録 / 請求の趣旨及び原因)",
                unusual="七尾簡裁 支払督促 scanned into a 3-page image PDF, serif, EVERY digit full-width: p.1 only the order "
                        "(case number and 事件名 in a two-row box top-right, 「当事者の表示 / 請求の趣旨及び原因　別紙…記載の"
                        "とおり」, the clerk, a framed 督促異議 note with the 民事係 phone); p.2 the 当事者目録 alone, the "
                        "debtor FIRST, the guarantee company's （送達場所） phone / FAX (distractors); p.3 請求の趣旨 as four "
                        "numbered prose items with the amounts flush right (求償金元金 / 確定遅延損害金 with its window / the "
                        "running item ３ / 督促手続費用) and 「（１、２及び４の合計　金…円）」, a （注） splitting the costs "
                        "(6,000 + 1,082); 請求の原因 with 極度額１５０万円, the bank's 元金 / 利息 inside the 代位弁済額 "
                        "(history) and the bank's last payment and 喪失")


# ---------------------------------------------------------------------------------------------
# co02 宇部簡易裁判所 支払督促 on ONE scanned page; creditor the real servicer アルファ債権回収 through a 許可代理人.


def co02():
    P, I, R, C = OS_P, OS_I, OS_R, OS_C
    L = late(P, R, OS_ACC + ONE, OS_FILED)
    T = P + I + L + C
    p = Page(font="sans", size=9, top=10, left=14, right=14)
    p.at(14, 15, f"事件番号　{OS_CASE}", size=9.5)
    p.at(14, 20, "事件名　譲受債権支払請求督促事件", size=9.5)
    p.at(196, 15, f"{era(OS_ORDER)}", size=9.5, align="r")
    p.y = 22
    p.title("支払督促", size=17, spaced=True)
    y = p.y
    lab = 24
    rows = [("債権者", [f"〒100-0000 東京都千代田区ほくと通九丁目9番9号　{OS_SERV}",
                        "代表者代表取締役　徳力　英明"]),
            ("債権者許可代理人", ["〒810-0000 福岡市博多区はかた駅西九丁目9番9号　同社九州業務センター",
                                "社員　宍甘　直人　（電話 092-000-6713　FAX 092-000-6714）"]),
            ("債務者", ["〒755-0000 山口県宇部市まつばら台九丁目9番9号", "越阪部　真澄"])]
    for name, lines in rows:
        h = 5 + 4.6 * len(lines)
        p.add(Box(14, y, lab, h, 0.25, (0, 0, 0), SHADE))
        p.add(Box(14 + lab, y, 182 - lab, h, 0.25))
        p.at(15.5, y + h / 2 + 1.2, name, size=7.8 if len(name) > 5 else 9)
        for i, s in enumerate(lines):
            p.at(14 + lab + 2, y + 4.8 + i * 4.6, s, size=9)
        y += h
    p.y = y + 3
    p.para("１　債務者は、債権者に対し、下記「請求の趣旨」記載の金額を支払え。", size=9.5, indent="")
    p.para("２　債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=9.5, indent="")
    p.gap(1)
    p.line("【請求の趣旨】", size=10, font="sans-bold")
    x0, x1 = 20, 150
    leader(p, "(1) 残元金", f"{P:,}円", x0, x1, size=9.5)
    leader(p, "(2) 未払利息（約定利率年15％）", f"{I:,}円", x0, x1, size=9.5)
    leader(p, f"(3) 確定遅延損害金（{era(OS_ACC + ONE)}～{era(OS_FILED)}，年18％）", f"{L:,}円", x0, x1, size=9.5)
    leader(p, "(4) 督促手続費用", f"{C:,}円", x0, x1, size=9.5)
    b = p.y + 10 * 0.3528
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.at(x0, b + 1, "合　計（(1)ないし(4)）", size=10, font="sans-bold")
    p.at(x1, b + 1, f"{T:,}円", size=10, font="sans-bold", align="r")
    p.y += p.lh(10) + 1
    p.para(f"(5) 上記(1)の残元金に対する{era(OS_FILED + ONE)}から完済まで年18％の割合による遅延損害金", x0=x0, x1=192,
           size=9.3, indent="")
    p.gap(1)
    p.line("【請求の原因】", size=10, font="sans-bold")
    for s in (f"1　{OS_CARD}（以下「原債権者」）は，令和元年10月2日，債務者との間でカード利用契約を締結し，債務者に対し金銭を"
              "貸し付けた（利率年15％，遅延損害金年18％，毎月27日払い）。",
              f"2　債務者は，{era(OS_LAST)}の支払を最後にその後の支払をせず，{era(OS_ACC)}に期限の利益を喪失した。",
              f"3　原債権者は，{era(OS_ASSIGN)}，上記債権を債権者に譲渡し，令和7年10月3日付内容証明郵便で債務者に通知した。"):
        p.para(s, x0=x0, x1=192, size=9.2, indent="")
    p.gap(2)
    p.line(f"{era(OS_ORDER)}　宇部簡易裁判所　裁判所書記官　吉水　千里", size=10, align="r")
    p.seal(186, p.y + 5.5, 11, "square", "宇部簡易裁判所書記官印", angle=-2, seed=84021)
    p.gap(11)
    y = p.y
    p.add(Box(14, y, 182, 31, 0.6))
    p.add(Box(14, y, 182, 6.5, color=None, fill=SHADE))
    p.at(105, y + 4.8, "ご注意（必ずお読みください）", size=9.5, font="sans-bold", align="c")
    for i, s in enumerate(["・この支払督促に異議があるときは，受け取った日から2週間以内に督促異議申立書を当裁判所に提出してください。",
                           "・異議の申立てをすると，通常の訴訟手続に移ります（請求額により宇部簡易裁判所又は山口地方裁判所）。",
                           "・異議の申立てをしないでいると，仮執行宣言が付され，給料等を差し押さえられることがあります。",
                           "・お問い合わせ　宇部簡易裁判所民事係（直通）0836-00-5207　平日8時30分～17時"]):
        p.at(17, y + 11.5 + i * 5.1, s, size=8.8)
    p.y = y + 34
    p.line(f"申立日　{era(OS_FILED)}", size=8.5, align="r")
    tr = truth(document_type="payment_order", sender="宇部簡易裁判所", phone="0836-00-5207", creditor=OS_SERV,
               status="licensed", original=OS_CARD, debtor="越阪部真澄", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=OS_ORDER, acceleration=OS_ACC,
               last_payment=OS_LAST, assignment=OS_ASSIGN, reference=OS_CASE, input_kind="scan_png",
               template="proxy84_payment_order_ube_one_page_permitted_agent", received=D(2026, 2, 27))
    return dict(stem="co02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order (簡裁, real servicer creditor through a 許可代理人, all on one page)",
                unusual="a whole 宇部簡裁 支払督促 on ONE dense scanned page (sans, small print, commas as 「，」): case number "
                        "and 事件名 top-left, the date alone top-right; the parties as a 3-row box with shaded labels, the "
                        "creditor ★ アルファ債権回収株式会社 (no licence printed: court paper) and a 「債権者許可代理人」 社員 "
                        "with his 092 phone / FAX (distractors); 【請求の趣旨】 as dotted-leader lines (1)–(4) with "
                        "「合　計（(1)ないし(4)）」 and the running item (5); the 約定利率年15％ in a label (not the damages "
                        "rate); 【請求の原因】 with the 令和元年 contract and the 通知 date 10/3 (distractors); the date, court "
                        "and clerk on ONE line flush right; a shaded ご注意 box with the 民事係 （直通） phone; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# co03 七尾簡易裁判所 仮執行宣言付支払督促 of co01's case, one page, photographed and stored sideways (EXIF 6).


def co03():
    P, L, R = TK_P, TK_L, TK_R
    C = TK_C1 + TK_C2
    T = P + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(14, 11, 22, 9, 0.6))
    p.at(25, 17.6, "正　本", size=11, font="serif-bold", align="c")
    p.at(196, 16, fw("令和7年（ロ）第521号　求償金請求督促事件"), size=10, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    y = grid(p, 40, p.y, [42, 50, 0], [["支払督促発付日", fwe(TK_ORDER)], ["支払督促送達日", fwe(TK_SERVED)],
                                        ["仮執行宣言の日", fwe(TK_DECL)]], h=7.5, size=10.5, lsize=10)
    p.y = y + 4
    p.line("当事者", size=11, font="serif-bold", x=18)
    p.kv([("債権者", f"{TK_GUAR}（〒920-0000 金沢市いなほ通三丁目１番１号）"),
          ("", "代表者代表取締役　獅子堂昌平"),
          ("債務者", "栃窪　智樹（〒926-0000 七尾市せせらぎ台九丁目９番９号）")], x=24, label_w=20, size=10)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記の金額を支払え。", size=10.5)
    rows = [["", "請求の趣旨", "金額"], ["１", "求償金元金", f"{fw(f'{P:,}')}円"],
            ["２", f"確定遅延損害金（{fwe(TK_SUBRO + ONE)}～{fwe(TK_FILED)}）", f"{fw(f'{L:,}')}円"],
            ["３", "督促手続費用", f"{fw(f'{TK_C1:,}')}円"], ["４", "仮執行宣言の手続費用", f"{fw(f'{TK_C2:,}')}円"],
            ["", "計", f"{fw(f'{T:,}')}円"]]
    p.table(rows, [10, 120, 42], x=20, header=True, aligns="clr", size=10, row_h=7.2)
    p.para(f"５　上記１に対する{fwe(TK_FILED + ONE)}から完済まで年１４．６パーセントの割合による遅延損害金", x0=20, x1=192,
           size=10, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold", x=18)
    p.para(f"債権者は債務者の委託により債務者の{TK_BANK}に対するカードローン債務を保証し、債務者が{fwe(TK_ACC)}に期限の利益を"
           f"喪失したため、{fwe(TK_SUBRO)}に同行へ金{fw(f'{P:,}')}円を代位弁済した。", x0=20, x1=192, size=10)
    p.gap(3)
    p.add(Line(18, p.y, 194, p.y, 0.6))
    p.gap(3)
    p.line("仮執行の宣言", size=12, font="serif-bold", align="c")
    p.para(f"上記支払督促は{fwe(TK_SERVED)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。よって、"
           f"債権者の申立てにより、上記支払督促に手続費用額金{fw(f'{TK_C2:,}')}円を付加して仮執行の宣言をする。", size=10.5)
    p.gap(4)
    p.line(f"　　{fwe(TK_DECL)}", size=11)
    p.line("七尾簡易裁判所　裁判所書記官　番匠　朋子", size=11, align="r")
    p.seal(189, p.y - 1, 12, "square", "七尾簡易裁判所書記官印", angle=-1, seed=84031)
    p.gap(5)
    y = p.y
    p.add(Box(18, y, 176, 26, 0.4))
    for i, s in enumerate(["※この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議を申し立てることができます。",
                           "※督促異議の申立てがないときは、確定判決と同一の効力を生じます。異議を申し立てても、",
                           "　強制執行は停止しません（別に執行停止の申立てが必要です）。",
                           "※問合せ先　七尾簡易裁判所民事係　電話０７６７－００－２８１４"]):
        p.at(21, y + 6.5 + i * 5.8, s, size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="七尾簡易裁判所", phone="0767-00-2814",
               creditor=TK_GUAR, status="not_applicable", original=TK_BANK, debtor="栃窪智樹", total=T, principal=P,
               interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=TK_DECL, acceleration=TK_ACC,
               reference=TK_CASE, input_kind="photo_exif_rotated",
               template="proxy84_enforceable_nanao_date_grid_sideways_photo", received=D(2025, 12, 13))
    return dict(stem="co03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.83, blur=0.9, shadow=0.28,
                          shadow_side="bottom", warm=0.2),
                about="payment_order_enforceable (簡裁, co01's case, one page, photo stored sideways)",
                unusual="phone photo on a pale desk, tri-fold creases, a hand shadow at the bottom, stored sideways with EXIF "
                        "orientation 6; a framed 「正　本」 top-left; THREE court dates in a shaded-label grid (支払督促発付日 "
                        "11/12, 支払督促送達日 11/17, 仮執行宣言の日 12/10 = issued); the parties as kv lines with the "
                        "addresses in brackets AFTER the names; a 項目 / 金額 table with TWO cost rows (督促手続費用 / 仮執行"
                        "宣言の手続費用 → costs = sum) and 計; 「年１４．６パーセント」 spelled out in the running item ５; a "
                        "one-paragraph 請求の原因 with the 喪失 date (no last payment printed → null); the 送達 date again "
                        "in the 仮執行の宣言 paragraph; a framed note with the court's phone")


# ---------------------------------------------------------------------------------------------
# co04 須崎簡易裁判所 仮執行宣言付支払督促, bank creditor, digital 2 pages.


def co04():
    P, I, R, L = SD_P, SD_I, SD_R, SD_L
    C = SD_C1 + SD_C2
    T = P + I + L + C
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, "特別送達", size=9, color=GRAY)
    p.at(190, 20, "正本", size=11, font="sans-bold", align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17)
    p.kv([("事件番号", fw("令和7年（ロ）第288号")), ("事件名", "貸金請求督促事件")], x=30, label_w=26, size=10.5)
    p.gap(3)
    p.table([["債権者", f"高知県高知市はりまや通九丁目9番9号　{SD_BANK}"], ["", "代表者代表取締役　比嘉山　俊介"],
             ["", "（送達場所）須崎支店　融資課　電話 0889-000-7130"],
             ["債務者", "高知県須崎市立石九丁目9番9号　笹館　恵理"]],
            [24, 146], x=20, aligns="ll", size=9.8, row_h=7, ruled="outer")
    p.gap(4)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言"
           "をする。")
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="sans-bold", align="c")
    rows = [["", "内　訳", "金額（円）"], ["1", "貸付残元金", f"{P:,}"], ["2", "利息（喪失日まで）", f"{I:,}"],
            ["3", f"損害金（{era(SD_ACC + ONE)}から{era(SD_FILED)}まで　年14.0％）", f"{L:,}"],
            ["4", "督促手続費用", f"{SD_C1:,}"], ["5", "仮執行宣言の手続費用", f"{SD_C2:,}"], ["", "以上合計", f"{T:,}"]]
    p.table(rows, [10, 118, 42], x=20, header=True, aligns="clr", size=10, row_h=7.4)
    p.gap(1)
    p.para(f"6　上記1の金額に対する{era(SD_FILED + ONE)}から支払済みまで年14.0パーセントの割合による遅延損害金", x0=20,
           x1=190, size=10, indent="")
    p.gap(6)
    p.line(f"支払督促の日　{era(SD_ORDER)}", size=10.5, x=30)
    p.line("須崎簡易裁判所　裁判所書記官　二渡　秀一", size=10.5, x=30)
    p.y = 282
    p.line("－１－", size=9, align="c")
    q = Page(font="sans", size=10.5, top=18)
    q.line("請求の原因", size=11.5, font="sans-bold", align="c")
    q.gap(1)
    for s in ("１　契約の内容", "　契約日　　令和３年６月１日（カードローン契約）", "　極度額　　金1,000,000円",
              "　約定利率　年13.5％　　遅延損害金　年14.0％", "２　債務者の不履行",
              f"　最終弁済日　{era(SD_LAST)}", f"　期限の利益喪失日　{era(SD_ACC)}（約定返済の遅滞による）",
              "３　以上により、債権者は、請求の趣旨記載の金員の支払を求める。"):
        q.line(s, x=22, size=10.3)
    q.gap(6)
    q.add(Line(20, q.y, 190, q.y, 0.5))
    q.gap(4)
    q.line("仮執行宣言", size=13, font="sans-bold", align="c")
    q.gap(1)
    q.para(f"上記の支払督促は、{era(SD_SERVED)}債務者に送達されたところ、債務者は督促異議の申立てをしなかったので、債権者"
           f"の申立てにより、手続費用額金{SD_C2:,}円を付加して、仮執行の宣言をする。")
    q.gap(4)
    q.line(f"仮執行宣言の日　{era(SD_DECL)}", size=11, x=30)
    q.line("須崎簡易裁判所", size=11, x=30)
    q.line("裁判所書記官　二渡　秀一", size=11, x=46)
    q.seal(150, q.y - 7, 14, "square", "須崎簡易裁判所書記官印", angle=0, seed=84041)
    q.gap(10)
    q.line("これは正本である。", size=10.5, x=30)
    q.line(f"{era(SD_DECL)}　須崎簡易裁判所　裁判所書記官　二渡　秀一", size=10.5, x=30)
    q.gap(8)
    y = q.y
    q.add(Box(20, y, 170, 40, 0.4))
    q.at(24, y + 6.5, "（この書面を受け取った方へ）", size=10.5, font="sans-bold")
    for i, s in enumerate(["この仮執行宣言付支払督促を受け取った日から２週間以内に限り、督促異議の申立てができます。",
                           "督促異議の申立てをしても、強制執行は当然には止まりません。期間内に申立てがないと、",
                           "この支払督促は確定判決と同じ効力を持ちます。",
                           "連絡先　須崎簡易裁判所　電話 0889-00-3361（代表）　事件番号をお知らせください。"]):
        q.at(24, y + 14 + i * 6.4, s, size=9.8)
    q.y = 282
    q.line("－２－", size=9, align="c")
    tr = truth(document_type="payment_order_enforceable", sender="須崎簡易裁判所", phone="0889-00-3361",
               creditor=SD_BANK, status="not_applicable", debtor="笹館恵理", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=SD_DECL, acceleration=SD_ACC, last_payment=SD_LAST,
               reference=SD_CASE, input_kind="pdf_text_2page",
               template="proxy84_enforceable_susaki_bank_declaration_on_page_two", received=D(2025, 10, 22))
    return dict(stem="co04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, bank creditor, 2 pages, digital)",
                unusual="須崎簡裁 仮執行宣言付支払督促, digital, sans, half-width digits: a grey 「特別送達」 and 「正本」 at the "
                        "top; the parties in an outer-ruled box with the bank's （送達場所） branch phone (distractor); "
                        "請求の趣旨 as a 内訳 / 金額（円） table with TWO cost rows and 以上合計; 「支払督促の日」 9/22 at the "
                        "foot of p.1 (not issued); p.2 請求の原因 as label lines (契約日, 極度額 1,000,000, 約定利率 13.5 ≠ "
                        "damages 14.0, 最終弁済日, 喪失日); the 仮執行宣言 block with the 送達 date 9/26 in prose and "
                        "「仮執行宣言の日」 10/20 (= issued) as a label; 「これは正本である。」 certification; the court's "
                        "（代表） phone in the closing box; no original creditor (the bank lent itself)")


# ---------------------------------------------------------------------------------------------
# co05 島田簡易裁判所 (ハ) 口頭弁論期日呼出状及び答弁書催告状 + 訴状, digital 2 pages; consumer-finance plaintiff.


def co05():
    P, I, R, L = NM_P, NM_I, NM_R, NM_L
    T = P + I + L
    p = Page(font="serif", size=11, top=18)
    p.at(190, 20, f"{era(NM_CALL)}", size=10.5, align="r")
    p.y = 26
    p.line("布目　沙織　殿", size=12.5, x=22)
    p.gap(2)
    p.line("島田簡易裁判所民事係", size=11, x=124)
    p.line("裁判所書記官　茅切　亮介", size=11, x=124)
    p.line("電話　0547-00-1586（民事係直通）", size=10, x=124)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.kv([("事件番号", NM_CASE), ("事件名", "貸金請求事件"), ("原告", NM_CO), ("被告", "布目　沙織")], x=30, label_w=28,
         size=10.5)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。"
           "また、答弁書を下記の期限までに提出してください。")
    p.gap(2)
    p.line("記", align="c", size=11)
    p.gap(1)
    y = p.y
    p.add(Box(28, y, 154, 34, 0.8))
    for i, lab in enumerate((f"期　日　　{era(NM_HEAR)}（{wd(NM_HEAR)}）　午前10時30分",
                             "場　所　　島田簡易裁判所　第1号法廷（1階）",
                             f"答弁書提出期限　　{era(NM_ANS)}（{wd(NM_ANS)}）")):
        p.at(34, y + 9 + i * 10, lab, size=11.5, font="serif-bold" if i == 0 else "serif")
        if i < 2:
            p.add(Line(28, y + 12 + i * 10, 182, y + 12 + i * 10, 0.2, GRAY))
    p.y = y + 40
    for s in ("１　出頭の際は、この呼出状と印鑑を持参してください。",
              "２　答弁書は、同封の用紙を使って２通作成し、１通を裁判所に、１通を原告に送ってください。",
              "３　期日に出頭せず、答弁書も提出しないときは、原告の言い分を認めたものとして、直ちに判決がされる"
              "ことがあります。",
              "４　分割払いを希望する場合は、答弁書にその旨と支払可能な月額を書いてください。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.y = 282
    p.line("（同封書類）訴状副本、答弁書用紙、証拠書類写し", size=9, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{era(NM_SUED)}", size=10.5, align="r")
    q.line("島田簡易裁判所　御中", size=11, x=20)
    q.gap(2)
    q.kv([("原告", f"〒420-0000 静岡市葵区たかじょう通九丁目9番9号　{NM_CO}"),
          ("", "代表者代表取締役　楢原　達也"),
          ("", "（送達場所・連絡先）電話 054-000-8820　FAX 054-000-8821"),
          ("被告", "〒427-0000 静岡県島田市舟津九丁目9番9号　布目　沙織")], x=20, label_w=16, size=9.8)
    q.gap(2)
    q.line("貸金請求事件", size=11, x=20)
    q.line(f"訴訟物の価額　{T:,}円　　貼用印紙額　7,000円", size=10, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=20)
    q.para(f"１　被告は、原告に対し、{T:,}円及びうち{P:,}円に対する{era(NM_SUED + ONE)}から支払済みまで年20パーセントの"
           "割合による金員を支払え。", x0=24, x1=190, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, x1=190, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=24)
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold", x=20)
    for s in ("１　原告は、被告に対し、令和4年2月14日、次の約定で金800,000円を貸し付けた（利率年17.8％、遅延損害金年20％、"
              "毎月5日限り元利均等返済）。",
              f"２　被告は、{era(NM_LAST)}の支払を最後に返済をしないため、約定により{era(NM_ACC)}の経過をもって期限の利益を"
              "失った。",
              "３　よって、原告は被告に対し、下表の合計額及び残元金に対する約定遅延損害金の支払を求める。"):
        q.para(s, x0=24, x1=190, indent="")
    q.gap(1)
    q.table([["残元金", "未払利息", f"遅延損害金（{era(NM_ACC + ONE)}～{era(NM_SUED)}）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [34, 30, 74, 32], x=20, header=True, aligns="rrrr", size=9.3, row_h=7.5)
    q.gap(3)
    q.line("証拠方法　甲第1号証　金銭消費貸借契約書　　甲第2号証　取引履歴", size=9.8, x=20)
    tr = truth(document_type="lawsuit", sender="島田簡易裁判所", phone="0547-00-1586", creditor=NM_CO,
               status="not_applicable", debtor="布目沙織", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=NM_CALL, acceleration=NM_ACC, last_payment=NM_LAST, hearing=NM_HEAR,
               reference=NM_CASE, input_kind="pdf_text_2page",
               template="proxy84_summary_court_ha_summons_clerk_block_top", received=D(2026, 3, 6))
    return dict(stem="co05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, consumer-finance plaintiff, 2 pages)",
                unusual="島田簡裁 (ハ), digital, serif, half-width digits: the addressee 「殿」 and the clerk block with the "
                        "（民事係直通） phone ABOVE the title; case / 事件名 / 原告 / 被告 as kv lines; 期日 / 場所 / 答弁書"
                        "提出期限 inside one heavy frame with hairlines (era dates with weekday, 午前10時30分); p.2 the 訴状 "
                        "dated 2/20 (≠ the 呼出状 3/4) with 訴訟物の価額 and 貼用印紙額 7,000円 (not costs), 請求の趣旨 "
                        "「…円及びうち…円に対する」 without 金, the 令和4年 loan of 800,000円 at 年17.8％ (distractors), "
                        "「の経過をもって」 喪失, a ONE-ROW 4-column table 残元金 / 未払利息 / 遅延損害金 with its window / "
                        "合計; the plaintiff's 054 phone / FAX (distractors)")


# ---------------------------------------------------------------------------------------------
# co06 松江地方裁判所 (ワ) 呼出状及び答弁書催告状 + 訴状 (first page), scanned into a 2-page PDF; bank through two lawyers.


def co06():
    P, I, R, L = MW_P, MW_I, MW_R, MW_L
    T = P + I + L
    p = Page(font="serif", size=11, top=20)
    p.line(f"事件番号　{fw('令和7年（ワ）第318号')}　貸金請求事件", size=10.5, x=20)
    p.line(f"原　　告　{MW_BANK}", size=10.5, x=20)
    p.line("被　　告　宮脇　康弘", size=10.5, x=20)
    p.gap(7)
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold", align="c")
    p.gap(6)
    p.line("被告　宮脇　康弘　殿", size=12, x=20)
    p.gap(2)
    p.line(fwe(MW_CALL), size=11, align="r")
    p.line("松江地方裁判所民事部　裁判所書記官　櫨山　和恵", size=11, align="r")
    p.gap(5)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(4)
    rows = [("期　　日", f"{fwe(MW_HEAR)}（{wd(MW_HEAR)}）午後１時３０分"),
            ("出頭場所", "松江地方裁判所　第２１号法廷（２階）"),
            ("答弁書提出期限", f"{fwe(MW_ANS)}（{wd(MW_ANS)}）")]
    y = p.y
    for lab, val in rows:
        p.at(30, y + 5, "■", size=9)
        p.at(36, y + 5, lab, size=11.5, font="serif-bold")
        p.at(78, y + 5, val, size=11.5)
        p.add(Line(30, y + 7.5, 186, y + 7.5, 0.3))
        y += 11
    p.y = y + 5
    for s in ("（注意）",
              "１　答弁書には、訴状の「請求の趣旨」及び「請求の原因」に対する認否と、あなたの言い分を書いてください。",
              "２　期日に出頭せず答弁書も提出しないときは、欠席のまま審理され、原告の請求を認める判決がされることがあります。",
              "３　弁護士に依頼する場合は、早めにご相談ください。法テラス（日本司法支援センター）も利用できます。",
              "４　この事件についての問合せは、松江地方裁判所民事第１部ワ係（電話０８５２－００－４６０９）へ。"
              "その際、事件番号をお伝えください。"):
        p.para(s, x0=22, x1=190, size=10.3, indent="")
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=17, font="serif-bold")
    q.line(fwe(MW_SUED), size=10.5, align="r")
    q.line("松江地方裁判所　御中", size=11, x=20)
    q.line("原告訴訟代理人弁護士　芦原　雅之　　同　渕上　由紀", size=10.5, align="r")
    q.gap(2)
    q.kv([("原告", f"島根県松江市しらかた本町九丁目９番９号　{MW_BANK}"), ("", "代表者代表取締役　坪内　誠"),
          ("原告訴訟代理人", "〒690-0000 島根県松江市とのまち九丁目９番９号　みずうみビル４階"),
          ("", "芦原・渕上法律事務所（送達場所）　電話 0852-00-7712　FAX 0852-00-7713"),
          ("被告", "〒690-0000 島根県松江市萩ノ浦九丁目９番９号　宮脇　康弘")], x=20, label_w=30, size=9.6)
    q.gap(1)
    q.line(f"訴訟物の価額　金{fw(f'{T:,}')}円　　貼用印紙額　金２０，０００円", size=10, x=20)
    q.gap(2)
    q.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する{fwe(MW_SUED + ONE)}から支払済み"
           "まで年１４パーセントの割合による金員を支払え。", x0=22, x1=190, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, indent="")
    q.gap(1)
    q.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　原告は、被告との間で、令和２年９月２４日、次の約定による金銭消費貸借契約を締結し、同日、金３，５００，０００円を"
              "貸し付けた（利率年３．２％、毎月末日元利均等返済、遅延損害金年１４％、割賦金の支払を一回でも怠ったときは"
              "原告の請求により期限の利益を失う）。",
              f"２　被告は、{fwe(MW_LAST)}の支払を最後にその後の支払をしないため、原告は被告に対し支払を催告し、被告は"
              f"{fwe(MW_ACC)}の経過により期限の利益を喪失した。",
              "３　被告の原告に対する債務の額は、次のとおりである。"):
        q.para(s, x0=22, x1=190, size=10.2, indent="")
    q.table([["残元金", f"{fw(f'{P:,}')}円"], ["未払利息（喪失日まで）", f"{fw(f'{I:,}')}円"],
             [f"確定遅延損害金（{fwe(MW_ACC + ONE)}から訴状作成日まで）", f"{fw(f'{L:,}')}円"],
             ["合計", f"{fw(f'{T:,}')}円"]], [120, 46], x=24, aligns="lr", size=9.8, row_h=7, ruled="rows")
    q.gap(2)
    q.para("４　よって、原告は被告に対し、請求の趣旨記載の判決を求める。", x0=22, x1=190, size=10.2, indent="")
    tr = truth(document_type="lawsuit", sender="松江地方裁判所", phone="0852-00-4609", creditor=MW_BANK,
               status="not_applicable", debtor="宮脇康弘", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=MW_CALL, acceleration=MW_ACC, last_payment=MW_LAST, hearing=MW_HEAR,
               reference=MW_CASE, input_kind="pdf_scan", template="proxy84_district_court_wa_bank_lawyers_scanned",
               received=D(2025, 12, 17))
    return dict(stem="co06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.1,
                about="lawsuit (地裁 (ワ), bank plaintiff through two lawyers, 呼出状 + 訴状, 2 pages scanned)",
                unusual="松江地裁 (ワ), scanned into a 2-page image PDF, serif, full-width digits: case / 原告 / 被告 as three "
                        "lines top-left ABOVE the title; the date and the clerk flush right under the addressee; ■期日 / "
                        "出頭場所 / 答弁書提出期限 as ruled lines (午後１時３０分, 第２１号法廷); the ワ係 phone only inside (注意) "
                        "４, next to 法テラス; p.2 the 訴状 dated 12/3 (≠ 呼出状 12/15) with the two lawyers' 0852 phone / FAX "
                        "(distractors), 訴訟物の価額 and 貼用印紙額 金２０，０００円 (not costs), the 令和２年 loan of "
                        "３，５００，０００円 at 年３．２％ (distractors); a rows-ruled 残元金 / 未払利息 / 確定遅延損害金 / 合計 table "
                        "with 「訴状作成日まで」")


# ---------------------------------------------------------------------------------------------
# co07 本荘簡易裁判所 少額訴訟 呼出状 (少コ), HEIC photo; 立替金 plaintiff.


def co07():
    P, I, R, L = KZ_P, KZ_I, KZ_R, KZ_L
    T = P + I + L
    assert T <= 600_000
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 11, 181, 13, color=None, fill=SLATE))
    p.at(20, 20, "少額訴訟", size=14, font="sans-bold", color=WHITE)
    p.at(192, 19.5, f"事件番号　{KZ_CASE}", size=10.5, color=WHITE, align="r")
    p.y = 30
    p.line("久津間　航　様", size=13, x=18)
    p.at(194, 34, f"{era(KZ_CALL)}", size=10, align="r")
    p.gap(2)
    p.line("呼出状及び答弁書催告状（少額訴訟）", size=14, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"あなたを被告とする立替金請求事件（原告　{KZ_CO}）について、原告から少額訴訟による審理及び裁判を求める訴えが"
           "起こされました。下記の日時に当裁判所に来てください。答弁書は下記の日までに提出してください。", size=10)
    p.gap(2)
    y = p.y
    cells = [("期日", f"{KZ_HEAR.year}年{KZ_HEAR.month}月{KZ_HEAR.day}日（{wd(KZ_HEAR)}）午後2時00分"),
             ("場所", "本荘簡易裁判所　2階　和室調停室（ラウンドテーブル）"),
             ("答弁書", f"{KZ_ANS.year}年{KZ_ANS.month}月{KZ_ANS.day}日（{wd(KZ_ANS)}）までに提出")]
    for lab, val in cells:
        p.add(Box(18, y, 28, 10, 0.4, (0, 0, 0), SLATE))
        p.at(32, y + 6.8, lab, size=11, font="sans-bold", color=WHITE, align="c")
        p.add(Box(46, y, 148, 10, 0.4))
        p.at(50, y + 6.9, val, size=11.5, font="sans-bold" if lab == "期日" else "sans")
        y += 10
    p.y = y + 4
    p.line("少額訴訟の手続について", size=10.5, font="sans-bold")
    for s in ("●原則として1回の期日で審理を終え、その日のうちに判決が言い渡されます。証拠は期日に持参してください。",
              "●被告は、最初の期日で弁論をするまでの間、通常の訴訟手続に移すよう求めることができます。",
              "●判決に対しては控訴できません。判決を受け取った日から2週間以内に異議を申し立てることができます。",
              "●支払の猶予や分割払いの判決がされることもあります（支払期間は3年以内）。"):
        p.para(s, x0=20, x1=192, size=9.4, indent="")
    p.gap(2)
    p.line("原告の請求（訴状の要約）", size=10.5, font="sans-bold")
    p.table([["立替金残額", "未払分割手数料", f"遅延損害金（年{R:g}％）", "請求額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 40, 52, 40], x=18, header=True, aligns="rrrr",
            size=9.6, row_h=7.5)
    p.gap(1)
    for s in ("・令和6年3月2日、被告は学習教材一式（販売価格451,000円）を購入し、原告が代金を立替払いした（分割36回）。",
              f"・被告は{KZ_LAST.year}年{KZ_LAST.month}月{KZ_LAST.day}日の支払を最後に支払わず、原告は20日以上の期間を"
              f"定めて催告したが支払がなく、{KZ_ACC.year}年{KZ_ACC.month}月{KZ_ACC.day}日に期限の利益を喪失した。",
              f"・遅延損害金は{(KZ_ACC + ONE).month}月{(KZ_ACC + ONE).day}日から訴え提起の日（{KZ_SUED.month}月{KZ_SUED.day}日）まで"
              "の法定利率によるもの。"):
        p.para(s, x0=20, x1=192, size=9.2, indent="")
    p.gap(2)
    p.line("本荘簡易裁判所　裁判所書記官　須恵　美咲", size=10.5, align="r")
    p.line("電話 0184-00-2271（民事係）", size=10, align="r")
    p.line(f"原告　{KZ_CO}　秋田支店（電話 018-000-3390）", size=8.8, x=18, color=GRAY)
    tr = truth(document_type="lawsuit", sender="本荘簡易裁判所", phone="0184-00-2271", creditor=KZ_CO,
               status="not_applicable", debtor="久津間航", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=KZ_CALL, acceleration=KZ_ACC, last_payment=KZ_LAST, hearing=KZ_HEAR,
               reference=KZ_CASE, input_kind="photo_heic", template="proxy84_small_claims_honjo_slate_cells_heic",
               received=D(2026, 4, 23))
    return dict(stem="co07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.0, creases=2, fill=0.84, blur=0.95, glare=28.0, warm=0.1),
                about="lawsuit (簡裁 少額訴訟 (少コ), 立替金 plaintiff, HEIC photo)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a slate band with 「少額訴訟」 and the "
                        "(少コ) number in white; the addressee 「様」; 期日 / 場所 / 答弁書 as white-on-slate label cells with "
                        "WESTERN dates with weekday (午後2時00分, a 和室調停室); four ● 少額訴訟 rules (2週間, 3年 — not "
                        "fields); a one-row 立替金残額 / 未払分割手数料 / 遅延損害金（年3％） / 請求額 table; the 学習教材 "
                        "price 451,000 and 分割36回 (distractors); the damages window written as 「11月29日から訴え提起の"
                        "日（4月14日）まで」; the clerk and phone flush right; the plaintiff's 018 phone in grey")


# ---------------------------------------------------------------------------------------------
# co08 アルファ債権回収 (real) 法的手続に関するご予告 before co02, digital.


def co08():
    issued, due = D(2026, 1, 14), D(2026, 1, 28)
    P, I, R = OS_P, OS_I, OS_R
    L = late(P, R, OS_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.3, top=14)
    p.at(15, 19, "ALFA", size=17, font="sans-bold", color=ALFA)
    p.at(38, 19, OS_SERV, size=11, color=ALFA)
    p.add(Line(15, 22, 196, 22, 1.0, ALFA))
    p.at(196, 28, f"発行日：{wdate(issued)}", size=9.5, align="r")
    p.at(196, 33, "ご契約番号：ALF-26-0118-307", size=9.5, align="r")
    p.y = 29
    p.line("〒755-0000", size=10, x=18)
    p.line("山口県宇部市まつばら台九丁目9番9号", size=10, x=18)
    p.line("越阪部　真澄　様", size=13.5, x=22)
    p.gap(5)
    p.title("法的手続に関するご予告", size=15, color=(0.7, 0.1, 0.1))
    p.para(f"当社が{OS_CARD}から譲り受けました貴殿に対する債権につきましては、これまで再三にわたりお支払いをお願いして"
           "まいりましたが、本日に至るまでご入金がございません。", size=10)
    p.para("つきましては、下記お支払期限までに下記金額をお支払いいただくか、ご連絡をくださいますようお願い申し上げます。"
           "期限までにご入金もご連絡もない場合には、当社は、貴殿の住所地を管轄する簡易裁判所に対し、支払督促の申立てを"
           "行う予定です。", size=10)
    p.gap(2)
    rows = [["譲受日", wdate(OS_ASSIGN)], ["期限の利益喪失日", wdate(OS_ACC)], ["原債権者", OS_CARD]]
    p.table(rows, [40, 80], x=30, aligns="ll", size=9.8, row_h=6.8, shade_col0=True)
    p.gap(3)
    p.line(f"【ご請求金額】　{wdate(issued)}現在", size=10.5, font="sans-bold", x=18)
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R:g}％）", f"{L:,}円"], ["合計", f"{T:,}円"]]
    p.table(rows, [70, 50], x=30, aligns="lr", size=10.3, row_h=7.2, ruled="grid")
    p.add(Box(30, p.y - 7.2, 120, 7.2, 1.0))
    p.gap(4)
    p.add(Box(30, p.y, 120, 11, 0.6, (0.7, 0.1, 0.1)))
    p.at(34, p.y + 7.5, "お支払期限", size=11, font="sans-bold", color=(0.7, 0.1, 0.1))
    p.at(146, p.y + 7.7, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold", align="r")
    p.y += 16
    p.line("お振込先：みさき灘銀行　宇部中央支店　普通　4120387　アルファサイケンカイシユウ（カ", size=9.5, x=18)
    p.para("※分割でのお支払いをご希望の方は、お支払期限までに必ずお電話ください。ご事情を伺ったうえでご相談に応じます。",
           size=9.3, indent="", x0=18)
    p.para("※支払督促が発付され、２週間以内に督促異議の申立てがないときは、仮執行宣言が付され、強制執行（給与・預金の"
           "差押え等）の対象となることがあります。", size=9.3, indent="", x0=18)
    p.gap(4)
    y = p.y
    p.add(Box(104, y, 92, 30, 0.3, GRAY))
    for i, (s, sz) in enumerate(((OS_SERV, 10.5), ("（許可番号：法務大臣　第１０１号）", 9), ("九州業務センター", 9.5),
                                 ("〒810-0000 福岡市博多区はかた駅西九丁目9番9号", 8.5),
                                 ("TEL 0120-000-468（平日9:30～18:00）担当 八谷", 9.5))):
        p.at(107, y + 6 + i * 5.6, s, size=sz, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender=OS_SERV, license_number=101, phone="0120-000-468",
               creditor=OS_SERV, status="licensed", original=OS_CARD, debtor="越阪部真澄", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=OS_ACC,
               assignment=OS_ASSIGN, reference="ALF-26-0118-307", input_kind="pdf_text",
               template="proxy84_servicer_legal_action_notice_alfa", received=D(2026, 1, 16))
    return dict(stem="co08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer's 法的手続予告 before co02)",
                unusual="real servicer ★ アルファ債権回収株式会社 with a Latin 「ALFA」 wordmark and 「（許可番号：法務大臣　"
                        "第１０１号）」 (full-width, colon, brackets) in a grey sender box at the BOTTOM right; colon labels "
                        "発行日： / ご契約番号： top-right; a 3-row shaded-label table (譲受日, 喪失日, 原債権者) ABOVE the "
                        "amounts; a 元金 / 利息 / 遅延損害金（年18％） / 合計 grid with a heavy frame on 合計; a red-framed "
                        "お支払期限 with weekday; announces a 支払督促 at the 簡易裁判所 (no date); NO last payment printed "
                        "(null)")


LETTERS = [co01, co02, co03, co04, co05, co06, co07, co08]
