"""Proxy set 6, letters r01–r08: court papers (支払督促 ×2, 仮執行宣言付支払督促, 少額訴訟, 地裁 (ワ)), a
consumer-finance 催告書, a 信用組合 縦書き 期限の利益喪失通知 and a servicer's 一括請求 after 競売."""

from __future__ import annotations

from datetime import date as D

from common import cell, kman, late, leader, seal_after, split_lines, truth

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import GRAY, Box, Line, Page, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth


def fk(n: int) -> str:
    """金６８３，４１２円 (court style, full-width)."""
    return fw(f"金{n:,}円")


# ---------------------------------------------------------------------------------------------
# r01 支払督促 (前橋簡裁) on three scanned pages: p.1 the order + 当事者目録 with the creditor's 送達場所 phone/FAX,
#     p.2 請求の趣旨及び原因 with 「ただし、…」 lines under each amount, p.3 the blank 督促異議申立書 and the
#     「支払督促を受け取った方へ」 box with the court's phone. Full-width court commas (，).


def r01():
    P, INT, R, C = 683_412, 9_871, 19.9, 5_530
    L = late(P, R, D(2025, 6, 11), D(2025, 10, 14))
    T = P + INT + L + C
    p = Page(font="serif", size=11, top=18, leading=1.7)
    p.line("令和７年（ロ）第４１２７号　貸金請求督促事件", size=10.5)
    p.gap(4)
    p.title("支　払　督　促", size=19)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=28, label_w=46, size=10.5)
    p.gap(4)
    p.para("債務者は，請求の趣旨記載の金額を債権者に支払え。", x0=28)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てによって"
           "仮執行の宣言をする。", x0=28)
    p.gap(4)
    p.line("令和７年１０月２４日", x=40)
    p.line("前橋簡易裁判所", x=98, size=12)
    y_clerk = p.y
    p.line("裁判所書記官　　根　岸　　由　紀　子", x=98, size=12)
    p.seal(170, y_clerk + 2.5, 13, "square", "前橋簡易裁判所書記官印", angle=-4, seed=6101)
    p.gap(6)
    p.rule(width=0.5)
    p.gap(3)
    p.line("当　事　者　目　録", align="c", size=13, font="serif-bold")
    p.gap(2)
    p.kv([("", "〒371-0000　群馬県前橋市あやめ通り九丁目9番9号"),
          ("債　権　者", "株式会社みなかみローン"),
          ("", "代表者代表取締役　　長谷川　亮"),
          ("", "〒370-0000　群馬県高崎市しらゆり町九丁目9番9号　みなかみローン高崎センター（送達場所）"),
          ("", "電話　027-000-8841　　FAX　027-000-8842"),
          ("", ""),
          ("", "〒379-0000　群馬県伊勢崎市かえで台九丁目9番地9"),
          ("債　務　者", "関　口　　真　央")], x=28, label_w=30, size=10.5)
    p.gap(6)
    p.line("これは正本である。", x=40, size=10.5)
    p.line("令和７年１０月２４日　　前橋簡易裁判所　裁判所書記官　根岸　由紀子", x=40, size=10.5)
    p.y = 284
    p.line("- 1 -", align="c", size=9)

    q = Page(font="serif", size=10.5, top=18, leading=1.65)
    q.line("別紙", size=10)
    q.line("請　求　の　趣　旨", align="c", size=13, font="serif-bold")
    q.gap(2)
    items = [("１", fk(P), "ただし，後記請求の原因記載の貸金の残元金"),
             ("２", fk(INT), "ただし，上記残元金に対する令和７年４月２９日から令和７年６月１０日までの約定利息（年１５．０％）"),
             ("３", fk(L), "ただし，上記残元金に対する令和７年６月１１日から令和７年１０月１４日までの遅延損害金"
                          "（年１９．９％，年３６５日の日割計算）"),
             ("４", fk(C), "督促手続費用")]
    for no, amt, note in items:
        q.line(f"{no}　{amt}", x=28, size=11)
        q.para(note, x0=36, size=9.5, indent="")
        q.gap(0.5)
    q.line(f"（１から４までの合計　{fk(T)}）", x=28, size=11, font="serif-bold")
    q.para("５　上記１の金額に対する令和７年１０月１５日から完済まで年１９．９％の割合による遅延損害金", x0=28, indent="")
    q.gap(4)
    q.line("請　求　の　原　因", align="c", size=13, font="serif-bold")
    q.gap(2)
    q.para("１　債権者は，債務者との間で，令和３年２月１５日，極度額を５０万円とするカードローン契約（以下「本件契約」"
           "という。）を締結し，本件契約に基づき，債務者に対し，令和３年２月１５日から令和６年１１月２日までの間，"
           "前後１１回にわたり合計１３２万円を貸し付けた。", x0=28, indent="")
    q.para("２　本件契約では，利息は年１５．０％，遅延損害金は年１９．９％（いずれも年３６５日の日割計算）とし，"
           "債務者が約定の返済を怠り，債権者から１４日以上の期間を定めた書面による催告を受けたにもかかわらず，"
           "その期間内に支払わないときは，期限の利益を失う旨の約定がある。", x0=28, indent="")
    q.para("３　債務者は，令和７年４月２８日の返済を最後にその後の返済をせず，債権者は，令和７年５月２７日到達の書面で"
           "延滞額の支払を催告したが，債務者はこれに応じなかったので，令和７年６月１０日の経過により期限の利益を失った。",
           x0=28, indent="")
    q.para("４　よって，債権者は，債務者に対し，請求の趣旨記載の金員の支払を求める。", x0=28, indent="")
    q.y = 284
    q.line("- 2 -", align="c", size=9)

    r = Page(font="serif", size=10.5, top=16, leading=1.6)
    r.box(18, 14, 174, 56, width=0.6)
    r.y = 17
    r.line("支払督促を受け取った方へ", x=24, size=12, font="serif-bold")
    r.para("１　この支払督促に不服があるときは，支払督促の送達を受けた日から２週間以内に，下記の督促異議申立書に"
           "必要事項を記入して，この裁判所に提出してください（郵送でも差し支えありません）。", x0=24, x1=186, size=9.5,
           indent="")
    r.para("２　異議の申立てがあると，通常の訴訟手続に移行します。分割払いを希望する場合は，その旨を記載してください。",
           x0=24, x1=186, size=9.5, indent="")
    r.para("３　期間内に督促異議の申立てがないときは，債権者の申立てにより仮執行宣言が付され，強制執行を受けることが"
           "あります。", x0=24, x1=186, size=9.5, indent="")
    r.line("お問合せ　前橋簡易裁判所　民事督促係　電話 ０２７－０００－３１５２（平日午前８時３０分～午後５時）",
           x=24, size=8.8, font="serif-bold")
    r.line("〒371-0000　前橋市おおて町九丁目9番9号　　※お問合せの際は事件番号をお知らせください。", x=24, size=8.5)
    r.y = 76
    r.add(Line(14, 74, 196, 74, 0.3, GRAY))
    r.at(105, 73, "－－－－－－－－－－　き　り　と　り　－－－－－－－－－－", size=7, align="c", color=GRAY)
    r.gap(2)
    r.title("督　促　異　議　申　立　書", size=16)
    r.line("前橋簡易裁判所　御中", x=24, size=11)
    r.gap(2)
    r.table([["事件番号", "令和７年（ロ）第４１２７号"],
             ["債 権 者", "株式会社みなかみローン"],
             ["債 務 者", "関口　真央"]], [34, 120], x=26, aligns="ll", font="serif", size=10.5, shade_col0=True)
    r.gap(3)
    r.para("上記事件について，令和　　年　　月　　日に送達を受けた支払督促に対し，督促異議を申し立てます。", x0=24,
           size=10.5)
    r.gap(2)
    r.line("□　分割払いを希望します。（月額　　　　　　円ずつ，毎月　　　日限り）", x=28, size=10.5)
    r.line("□　一括で支払うので，支払期限を猶予してほしい。（令和　　年　　月　　日まで）", x=28, size=10.5)
    r.line("□　話合いによる解決（和解）を希望します。", x=28, size=10.5)
    r.line("□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　　）", x=28, size=10.5)
    r.gap(4)
    r.line("申立年月日　　令和　　年　　月　　日", x=28, size=10.5)
    r.gap(2)
    r.line("債務者（申立人）住所　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿", x=28, size=10.5)
    r.gap(2)
    r.line("　　　　　　　　氏名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿　印", x=28, size=10.5)
    r.gap(2)
    r.line("　　　　　　　　昼間の連絡先電話番号　（　　　　）　　　　－", x=28, size=10.5)
    r.gap(4)
    r.para("※送達場所の届出：上記住所と異なる場所で書類を受け取りたい場合は，その場所を記載してください。", x0=24,
           size=8.5, indent="")
    r.y = 284
    r.line("- 3 -", align="c", size=9)
    tr = truth(document_type="payment_order", sender="前橋簡易裁判所", phone="027-000-3152",
               creditor="株式会社みなかみローン", status="not_applicable", debtor="関口真央", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 10, 24),
               acceleration=D(2025, 6, 10), last_payment=D(2025, 4, 28), reference="令和7年(ロ)第4127号",
               input_kind="pdf_scan", template="proxy6_payment_order_maebashi_objection_form",
               received=D(2025, 10, 28))
    return dict(stem="r01", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr,
                about="payment_order (簡裁, with 督促異議申立書)",
                unusual="支払督促 (前橋簡裁) as a 3-page image-only PDF: order + 当事者目録 with the creditor's 送達場所 "
                        "電話/FAX on p.1, 請求の趣旨 with 「ただし，…」 lines under each full-width amount and a "
                        "「（１から４までの合計 …）」 line, running item ５ without an amount, p.3 the blank 督促異議申立書 "
                        "(case number repeated, 「令和　年　月　日」 blanks, 月額＿円 instalment box) below a cut line; "
                        "court phone only in the 「支払督促を受け取った方へ」 box on p.3; clerk's seal over the name; "
                        "極度額50万円/合計132万円 and 5/27 催告到達 distractors; interest 15.0% vs late 19.9%")


# ---------------------------------------------------------------------------------------------
# r02 支払督促 (宇都宮簡裁) for a real servicer (オリックス債権回収, no number printed), phone photo of one dense page:
#     parties in TWO columns (債権者 | 債務者), claim lines with dotted leaders, 譲受債権, court TEL + FAX at the foot.


def r02():
    P, INT, R, C = 412_570, 6_128, 14.6, 4_810
    L = late(P, R, D(2025, 3, 6), D(2025, 11, 5))
    T = P + INT + L + C
    p = Page(font="serif", size=10, top=14, leading=1.55)
    p.line("令和７年（ロ）第２９０６号", align="r", size=10)
    p.line("譲受債権請求督促事件", align="r", size=9.5)
    p.title("支　払　督　促", size=18)
    top = p.y
    p.box(20, top, 83, 43, width=0.35)
    p.box(107, top, 83, 43, width=0.35)
    p.y = top + 2
    p.line("債権者", x=23, size=9.5, font="serif-bold")
    p.para("〒100-0000　東京都港区みなと浜九丁目9番9号", x0=23, x1=101, size=8.5, indent="")
    p.line("オリックス債権回収株式会社", x=23, size=11, font="serif-bold")
    p.line("代表者代表取締役　寺　尾　　誠　司", x=23, size=9)
    p.para("（送達場所）〒320-0000 宇都宮市いちょう通り九丁目9番9号 宇都宮駐在所 電話 028-000-1183", x0=23, x1=101,
           size=8, indent="")
    p.y = top + 2
    p.line("債務者", x=110, size=9.5, font="serif-bold")
    p.para("〒321-0000　栃木県鹿沼市さつき台九丁目9番地9　メゾンさつき102号", x0=110, x1=188, size=8.5, indent="")
    p.line("大　貫　　里　奈", x=110, size=11, font="serif-bold")
    p.y = top + 46
    p.para("債務者は，債権者に対し，後記請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者が，この支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは，債権者の申立てに"
           "より仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("令和７年１１月１４日", x=30, size=10.5)
    yc = p.y
    p.line("宇都宮簡易裁判所　裁判所書記官　手　塚　　　誠", x=84, size=11)
    p.seal(160, yc + 2, 12, "square", "宇都宮簡易裁判所書記官印", angle=3, seed=6201)
    p.gap(2)
    p.line("請求の趣旨", font="serif-bold", size=10.5)
    x0, x1 = 24, 188
    leader(p, "１　譲受元金（残元金）", fk(P), x0, x1, size=9.5)
    leader(p, "２　未払利息（令和７年１月２８日から令和７年３月５日まで）", fk(INT), x0, x1, size=9.5)
    leader(p, "３　確定遅延損害金（令和７年３月６日から令和７年１１月５日まで）", fk(L), x0, x1, size=9.5)
    leader(p, "４　督促手続費用", fk(C), x0, x1, size=9.5)
    p.add(Line(x0 + 60, p.y + 0.5, x1, p.y + 0.5, 0.3))
    p.gap(1)
    leader(p, "　　　　　　　　　　　　　　　　合　計", fk(T), x0, x1, size=10.5, font="serif-bold")
    p.para("５　上記１の元金に対する令和７年１１月６日から完済まで年１４．６％の割合による遅延損害金", x0=x0, size=9.5,
           indent="")
    p.gap(1)
    p.line("請求の原因", font="serif-bold", size=10.5)
    p.para("１　株式会社とちのはクレジット（以下「原債権者」という。）は，債務者との間で，令和２年９月３日，"
           "カード利用契約（キャッシング利用枠３０万円，利率年１５．０％，遅延損害金年１４．６％）を締結し，"
           "債務者はこれに基づき借入れをした。", x0=x0, size=9.5, indent="")
    p.para("２　債務者は，令和７年１月２７日の支払を最後に支払をせず，令和７年３月５日の経過により期限の利益を喪失した。",
           x0=x0, size=9.5, indent="")
    p.para("３　原債権者は，令和７年７月１８日，債権者に対し上記債権を譲渡し，同月２４日到達の書面により債務者にその旨を"
           "通知した。", x0=x0, size=9.5, indent="")
    p.gap(1)
    p.line("これは正本である。　令和７年１１月１４日　宇都宮簡易裁判所　裁判所書記官　手塚　誠", size=9)
    p.gap(1.5)
    p.box(20, p.y, 170, 15, width=0.5)
    p.y += 2
    p.para("督促異議の申立て・お問合せ：宇都宮簡易裁判所　民事訟廷督促係　〒320-0000 宇都宮市はなぶさ町九丁目9番9号",
           x0=24, x1=186, size=8.5, indent="")
    p.line("TEL　028-000-6620　　FAX　028-000-6629　（受付　平日 8:30～17:00）", x=24, size=9, font="serif-bold")
    tr = truth(document_type="payment_order", sender="宇都宮簡易裁判所", phone="028-000-6620",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社とちのはクレジット",
               debtor="大貫里奈", total=T, principal=P, interest=INT, late_damages=L, costs=C, rate=R, lump=True,
               issued=D(2025, 11, 14), acceleration=D(2025, 3, 5), last_payment=D(2025, 1, 27),
               assignment=D(2025, 7, 18), reference="令和7年(ロ)第2906号", input_kind="photo_jpeg",
               template="proxy6_payment_order_servicer_two_column", received=D(2025, 11, 18))
    return dict(stem="r02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                about="payment_order (creditor = servicer)",
                unusual="支払督促 (宇都宮簡裁, 譲受債権請求督促事件) photographed; creditor オリックス債権回収 ★ (registry, number "
                        "NOT printed → licensed) with its 送達場所 phone; parties in two side-by-side boxes (債権者 | 債務者); "
                        "請求の趣旨 as dotted-leader lines (……) with a rule before 合計; case number top right over the "
                        "case name; assignment 7/18 vs 通知到達 7/24; 利用枠30万円 distractor; court TEL + FAX in a box at "
                        "the foot; clerk's seal over the name")


# ---------------------------------------------------------------------------------------------
# r03 仮執行宣言付支払督促 (熊本簡裁), scanned single page: lease claim (リース料), debtor with 屋号 「米村設備こと」,
#     the 仮執行宣言 block at the bottom with two cost lines (督促手続費用 + 仮執行宣言の手続費用), 支払督促 date 11/6
#     and 仮執行宣言 date 12/9.


def r03():
    P, R, C1, C2 = 862_400, 18.0, 6_232, 1_468
    C = C1 + C2
    L = late(P, R, D(2025, 8, 1), D(2025, 10, 27))
    T = P + L + C
    p = Page(font="serif", size=10, top=14, leading=1.55)
    p.title("仮執行宣言付支払督促", size=17)
    p.line("事件番号　令和７年（ロ）第７７３１号　リース料請求督促事件", x=22, size=10)
    p.gap(1)
    p.table([["債権者", "〒860-0000　熊本市中央区くすのき町九丁目9番9号　株式会社ひばりリース"],
             ["", "代表者代表取締役　島田　浩一　（連絡先　審査管理部　096-000-2458）"],
             ["債務者", "〒861-0000　熊本県合志市すずかけ台九丁目9番9号"],
             ["", "米村設備こと　米村　拓海"]], [22, 148], aligns="ll", ruled="outer", font="serif", size=9.5,
            row_h=6.2)
    p.gap(2)
    p.line("（支払督促）", font="serif-bold", size=10.5)
    p.para("債務者は，債権者に対し，下記請求の趣旨記載の金額を支払え。債務者がこの支払督促送達の日から２週間以内に"
           "督促異議の申立てをしないときは，債権者の申立てによって仮執行の宣言をする。", size=10)
    p.line("令和７年１１月６日　熊本簡易裁判所　裁判所書記官　上　田　香　織", x=60, size=10)
    p.gap(1)
    p.line("請求の趣旨", font="serif-bold", size=10.5)
    p.table([["１", "未払リース料（残リース料）", fk(P)],
             ["２", "遅延損害金（令和７年８月１日から令和７年１０月２７日まで年１８％）", fk(L)]],
            [9, 121, 40], aligns="clr", font="serif", size=9.5, row_h=6.4)
    p.line("３　上記１に対する令和７年１０月２８日から完済まで年１８％の割合による遅延損害金", x=22, size=9.5)
    p.gap(1)
    p.line("請求の原因", font="serif-bold", size=10.5)
    p.para("１　債権者は，令和４年１０月１日，債務者との間で，業務用厨房機器のリース契約（リース期間６０か月，月額"
           "リース料２１，５６０円，毎月２７日払，遅延損害金年１８％）を締結し，物件を引き渡した。", x0=24, size=9.5,
           indent="")
    p.para("２　債務者は，令和７年５月２７日の支払を最後にリース料の支払を怠り，令和７年７月３１日の経過により期限の"
           "利益を喪失した。未払リース料は残リース期間４０か月分である。", x0=24, size=9.5, indent="")
    p.gap(2)
    p.add(Line(20, p.y, 190, p.y, 0.8))
    p.gap(2)
    p.line("仮　執　行　宣　言", align="c", size=13, font="serif-bold")
    p.para("上記支払督促に，債権者の申立てにより，次の金額について仮執行の宣言をする。", size=10)
    p.table([["請求の趣旨記載の金額", "上記１，２及び３"],
             ["督促手続費用", fk(C1)],
             ["仮執行宣言の手続費用", fk(C2)],
             ["手続費用合計", fk(C)],
             ["以上の確定額合計（３を除く）", fk(T)]], [70, 64], x=30, aligns="lr", font="serif", size=10, row_h=6.4,
            shade_col0=True)
    p.gap(2)
    p.line("令和７年１２月９日", x=34, size=10.5)
    yc = p.y
    p.line("熊本簡易裁判所　裁判所書記官　上　田　香　織", x=80, size=11)
    p.seal(150, yc + 3, 13, "square", "熊本簡易裁判所書記官印", angle=-6, seed=6301)
    p.gap(1)
    p.line("これは正本である。　同日同庁　裁判所書記官　上田香織", x=80, size=9)
    p.gap(2)
    p.box(20, p.y, 170, 14.5, width=0.35)
    p.y += 2
    p.para("この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議を申し立てないと，確定判決と同一の効力が"
           "生じます。熊本簡易裁判所 民事第一係（督促）　電話 096-000-7713（直通）", x0=24, x1=186, size=8.5, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="熊本簡易裁判所", phone="096-000-7713",
               creditor="株式会社ひばりリース", status="not_applicable", debtor="米村拓海", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=D(2025, 12, 9), acceleration=D(2025, 7, 31),
               last_payment=D(2025, 5, 27), reference="令和7年(ロ)第7731号", input_kind="scan_png",
               template="proxy6_enforceable_lease_kumamoto", received=D(2025, 12, 12))
    return dict(stem="r03", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (lease)",
                unusual="仮執行宣言付支払督促 (熊本簡裁) on one scanned page: the 支払督促 part (11/6) on top and the "
                        "仮執行宣言 block (12/9 = issued) at the bottom under a thick rule; lease claim 未払リース料 (no "
                        "interest → null); debtor with 屋号 「米村設備こと 米村 拓海」; 債権者/債務者 in an outer-ruled "
                        "table with the creditor's 連絡先 phone; two cost lines 督促手続費用 + 仮執行宣言の手続費用 with a "
                        "手続費用合計 row (costs = 合計); 月額リース料 21,560 and 60か月 distractors; court phone 直通 only "
                        "in the final box")


# ---------------------------------------------------------------------------------------------
# r04 少額訴訟 (松山簡裁 (少コ)): p.1 呼出状 with shaded label cells 事件番号/期日/場所/答弁書提出期限 and the 少額訴訟
#     notes; p.2 the 定型 訴状 (少額訴訟) with 訴訟物の価額, 貼用印紙, 予納郵券 and a 紛争の要点 grid.


def r04():
    P, INT, R = 428_650, 12_340, 20.0
    L = late(P, R, D(2025, 7, 16), D(2025, 11, 4))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=18, leading=1.6)
    p.line("令和７年１１月１９日", align="r")
    p.gap(1)
    p.line("被告　兵頭　美咲　殿", size=12.5)
    p.gap(1)
    p.line("松山簡易裁判所民事係", x=112)
    yc = p.y
    p.line("裁判所書記官　越　智　　　健", x=112)
    p.seal(178, yc + 1, 12, "square", "松山簡易裁判所書記官印", angle=5, seed=6401)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("（少額訴訟）", align="c", size=11)
    p.gap(2)
    p.table([["事 件 番 号", "令和７年（少コ）第３１８号　貸金請求事件"],
             ["原　　告", "株式会社いよかんファイナンス"],
             ["被　　告", "兵頭　美咲"],
             ["口頭弁論期日", "令和７年１２月１７日（水）午前１０時３０分"],
             ["出 頭 場 所", "松山簡易裁判所　第２民事法廷（本館２階）"],
             ["答弁書提出期限", "令和７年１２月１０日（水）"]], [40, 126], x=22, aligns="ll", font="serif", size=10.5,
            shade_col0=True, row_h=8.0)
    p.gap(3)
    p.para("頭書の事件について，原告から少額訴訟による審理及び裁判を求める訴状が提出されました。上記期日に出頭して"
           "ください。また，同封の答弁書用紙に記入の上，上記提出期限までに当裁判所に提出してください。")
    p.gap(1)
    p.line("〔少額訴訟についてのご注意〕", font="serif-bold", size=10)
    for s in ["１　少額訴訟は，原則として１回の期日で審理を終え，直ちに判決が言い渡されます。証拠書類や証人は，"
              "期日当日に調べられるものに限られますので，必ずお持ちください。",
              "２　被告は，最初の期日で弁論をするまでは，通常の訴訟手続に移行させる旨の申述をすることができます。",
              "３　少額訴訟の判決に対しては控訴をすることができません。判決書の送達を受けた日から２週間以内に，"
              "同じ裁判所に異議を申し立てることができます。",
              "４　答弁書を提出せず期日に出頭しないときは，原告の主張を認めたものとして判決されることがあります。"]:
        p.para(s, size=9.5, indent="")
    p.gap(2)
    p.box(20, p.y, 170, 13, width=0.35)
    p.y += 2
    p.line("〒790-0000　松山市いしづち町九丁目9番9号　松山簡易裁判所民事係（少額訴訟担当）", x=24, size=9.5)
    p.line("電話　089-000-4417（直通）　　ＦＡＸ　089-000-4419", x=24, size=10, font="serif-bold")
    p.y = 284
    p.line("1", align="c", size=9, color=GRAY)

    q = Page(font="serif", size=10, top=16, leading=1.55)
    q.title("訴　状（少額訴訟）", size=16)
    q.line("令和７年１１月５日", align="r")
    q.line("松山簡易裁判所　御中", size=11)
    q.gap(1)
    q.table([["事件名", "貸金請求事件"],
             ["原告", "〒790-0000 松山市みかん坂九丁目9番9号　株式会社いよかんファイナンス"],
             ["", "代表者代表取締役　村上　耕作　　電話 089-000-2380　FAX 089-000-2381"],
             ["被告", "〒791-0000 愛媛県東温市なのはな台九丁目9番9号　兵頭　美咲"]], [22, 148], aligns="ll",
            font="serif", size=9.5, row_h=6.6)
    q.gap(1)
    q.line(f"訴訟物の価額　{fk(T)}　　貼用印紙額　金５，０００円　　予納郵券　金６，０００円", size=9.5)
    q.line("少額訴訟による審理及び裁判を求めます。本年，この裁判所において少額訴訟による審理及び裁判を求めるのは１回目です。",
           size=8.5)
    q.gap(2)
    q.line("請求の趣旨", font="serif-bold", size=11)
    q.para(f"１　被告は，原告に対し，{fk(T)}及びうち{fk(P)}に対する令和７年１１月５日から支払済みまで年２０％の割合による"
           "金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決及び仮執行の宣言を求める。", x0=24, indent="")
    q.gap(1)
    q.line("紛争の要点（請求の原因）", font="serif-bold", size=11)
    q.table([["契約日", "令和５年３月２２日", "貸付金額", "金５００，０００円"],
             ["約定利率", "年１７．５％", "遅延損害金", "年２０％"],
             ["返済方法", "毎月１５日限り元利均等", "支払済みの額", "金７２，０００円"],
             ["最終返済日", "令和７年５月１５日", "期限の利益喪失日", "令和７年７月１５日"]],
            [28, 57, 30, 55], x=22, aligns="llll", font="serif", size=9.5, row_h=6.6)
    q.gap(2)
    q.para("被告は，令和７年６月１５日の返済を怠り，原告からの催告にも応じなかったため，令和７年７月１５日の経過により"
           "期限の利益を喪失した。よって，原告は被告に対し，次の金員の支払を求める。", x0=24, indent="")
    q.table([["残元金", fk(P)],
             ["未払利息（令和７年５月１６日から令和７年７月１５日まで）", fk(INT)],
             ["遅延損害金（令和７年７月１６日から令和７年１１月４日まで）", fk(L)],
             ["請求額（訴額）合計", fk(T)]], [120, 46], x=22, aligns="lr", font="serif", size=9.5, row_h=6.6,
            ruled="rows")
    q.gap(2)
    q.line("証拠方法　甲第１号証　金銭消費貸借契約書　　甲第２号証　取引履歴", size=9.5)
    q.y = 284
    q.line("2", align="c", size=9, color=GRAY)
    tr = truth(document_type="lawsuit", sender="松山簡易裁判所", phone="089-000-4417",
               creditor="株式会社いよかんファイナンス", status="not_applicable", debtor="兵頭美咲", total=T,
               principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 11, 19),
               acceleration=D(2025, 7, 15), last_payment=D(2025, 5, 15), hearing=D(2025, 12, 17),
               reference="令和7年(少コ)第318号", input_kind="pdf_text_2page",
               template="proxy6_small_claims_matsuyama", received=D(2025, 11, 21))
    return dict(stem="r04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (少額訴訟 (少コ))",
                unusual="少額訴訟 (松山簡裁 (少コ)) 呼出状 + 訴状: 口頭弁論期日/出頭場所/答弁書提出期限 as shaded label cells "
                        "(weekday + 午前10時30分); 少額訴訟 notes (one hearing, 通常移行, 異議 2 weeks); court phone "
                        "（直通）+ ＦＡＸ; 訴状 dated 11/5 ≠ 呼出状 11/19; plaintiff phone/FAX in the 訴状 party grid; "
                        "訴訟物の価額/貼用印紙額/予納郵券 line; 紛争の要点 as a 4-column grid (貸付金額 500,000, 支払済みの額 "
                        "72,000, 約定利率 17.5% distractors); 請求額（訴額）合計 in a rows-only table; running clause")


# ---------------------------------------------------------------------------------------------
# r05 東京地裁 (ワ) 求償金: two defendants (主債務者 + 連帯保証人), 呼出状 addressed to one of them; the 請求の趣旨 amount
#     broken across two lines; 別紙 請求債権目録 with 求償元金/求償利息/確定遅延損害金; court phone （直通）.


def r05():
    P, INT, R = 2_206_000, 25_540, 14.6
    SUB = P + INT
    L = late(SUB, R, D(2025, 10, 1), D(2026, 1, 25))
    T = SUB + L
    p = Page(font="serif", size=10.5, top=18, leading=1.6)
    p.line("令和８年（ワ）第２８４１号　求償金等請求事件", size=10.5)
    p.line("原告　あけぼの信用保証株式会社", size=10)
    p.line("被告　室井　亮介　外１名", size=10)
    p.gap(4)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　室　井　　亮　介　殿", size=12.5)
    p.gap(2)
    p.para("頭書事件について，原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから，"
           "同期日に出頭してください。なお，訴状を読んだ上，答弁書を下記の期限までに提出してください。")
    p.line("記", align="c")
    for lab, val, bold in [("期日", "令和８年３月１９日（木）午前１０時００分", True),
                           ("場所", "東京地方裁判所　第６２１号法廷（６階）", False),
                           ("答弁書提出期限", "令和８年３月１２日（木）", True)]:
        leader(p, "　" + lab, val, 30, 180, size=11.5, font="serif-bold" if bold else "serif", dot="・")
    p.gap(2)
    p.para("〔注意〕答弁書を提出せず，期日に出頭しないときは，訴状に書かれた事実を認めたものとみなされ，原告の請求どおりの"
           "判決がされることがあります。出頭の際は，この呼出状と印鑑をお持ちください。", size=9.5, indent="")
    p.gap(3)
    p.line("令和８年２月１３日", x=30)
    p.line("東京地方裁判所民事第２８部ロ係", x=100)
    yc = p.y
    p.line("担当裁判所書記官　　石　黒　　智　子", x=100)
    p.seal(176, yc + 1, 12, "square", "東京地方裁判所書記官印", angle=2, seed=6501)
    p.gap(2)
    p.line("〒100-0000　東京都千代田区かすみ野九丁目9番9号", x=100, size=9)
    p.line("電話　03-0000-8128（直通）", x=100, size=10, font="serif-bold")
    p.line("ＦＡＸ　03-0000-8129", x=100, size=9)
    p.gap(3)
    p.para("※本件は被告室井亮介及び被告室井恵理子の両名に対する訴えです。共同被告にも同様の呼出状を送達しています。",
           size=8.5, indent="")
    p.y = 284
    p.line("－１－", align="c", size=9, color=GRAY)

    q = Page(font="serif", size=10, top=14, leading=1.5)
    q.title("訴　　　状", size=16)
    q.line("令和８年１月２６日", align="r", size=10)
    q.line("東京地方裁判所　御中", size=10.5)
    q.line("原告訴訟代理人　支配人　大　槻　　純", align="r", size=10)
    q.gap(1)
    q.line("当事者の表示", size=9.5, font="serif-bold")
    q.kv([("原告", "〒160-0000 東京都新宿区あけぼの台九丁目9番9号　あけぼの信用保証株式会社"),
          ("", "代表者代表取締役　榊　晴彦　（送達場所）債権管理部　電話 03-0000-6620　FAX 03-0000-6621"),
          ("被告", "〒185-0000 東京都国分寺市ふじみ台九丁目9番9号　室井　亮介（主債務者）"),
          ("被告", "同所　室井　恵理子（連帯保証人）")], x=22, label_w=14, size=9.2)
    q.line(f"訴訟物の価額　{fk(T)}　　　貼用印紙額　金１７，０００円", size=9.2)
    q.gap(1)
    q.line("第１　請求の趣旨", font="serif-bold", size=10.5)
    amt = fk(T)
    split_lines(q, ["１　被告らは，原告に対し，連帯して，別紙請求債権目録記載の合計" + amt[:5],
                    "　　" + amt[5:] + f"及びうち{fk(SUB)}に対する令和８年１月２６日から支払済みまで",
                    "　　年１４．６パーセントの割合による金員を支払え。"], x=24, size=10)
    q.line("２　訴訟費用は被告らの負担とする。", x=24, size=10)
    q.line("との判決並びに仮執行の宣言を求める。", x=24, size=10)
    q.line("第２　請求の原因", font="serif-bold", size=10.5)
    for s in ["１　被告室井亮介は，令和３年４月８日，株式会社やまぶき銀行（以下「銀行」という。）から金３，０００，０００円を"
              "借り受け（事業資金，毎月１０日元利均等返済），原告は同日，被告室井亮介の委託を受けて銀行に対し同債務を保証した。",
              "２　被告室井恵理子は，同日，原告に対し，被告室井亮介の原告に対する求償債務を連帯保証した（損害金年１４．６％）。",
              "３　被告室井亮介は，令和７年５月１２日の支払を最後に返済を怠り，令和７年７月１０日の経過により期限の利益を喪失した。",
              "４　原告は，令和７年９月３０日，銀行に対し金２，２３１，５４０円を代位弁済した。",
              "５　よって，原告は被告らに対し，別紙請求債権目録記載の金員の連帯支払を求める。"]:
        q.para(s, x0=24, size=9.5, indent="")
    q.gap(1.5)
    q.line("（別紙）　請　求　債　権　目　録", align="c", size=11, font="serif-bold")
    q.table([["番号", "項　目", "金　額", "備　考"],
             ["１", "求償元金", fk(P), "代位弁済金のうち元金"],
             ["２", "求償利息", fk(INT), "代位弁済金のうち利息"],
             ["３", "確定遅延損害金", fk(L), "R7.10.1～R8.1.25　年14.6%"],
             ["", "合　計", fk(T), ""]], [12, 42, 44, 64], x=24, header=True, aligns="clrl", font="serif", size=9.5,
            row_h=6.4)
    q.line("証拠方法　甲第１号証　保証委託契約書　甲第２号証　代位弁済証明書　甲第３号証　連帯保証契約書", size=8.5)
    q.y = 286
    q.line("－２－", align="c", size=9, color=GRAY)
    tr = truth(document_type="lawsuit", sender="東京地方裁判所", phone="03-0000-8128",
               creditor="あけぼの信用保証株式会社", status="not_applicable", original="株式会社やまぶき銀行",
               debtor="室井亮介", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True,
               issued=D(2026, 2, 13), acceleration=D(2025, 7, 10), last_payment=D(2025, 5, 12),
               hearing=D(2026, 3, 19), reference="令和8年(ワ)第2841号", input_kind="pdf_text_2page",
               template="proxy6_district_tokyo_two_defendants", received=D(2026, 2, 17))
    return dict(stem="r05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), two defendants)",
                unusual="東京地裁 (ワ) 求償金等請求事件: 呼出状 to ONE of two defendants (主債務者; the 連帯保証人 is 「外１名」 "
                        "and named in the 訴状); 期日/場所/答弁書提出期限 as dotted-leader lines (・・・) after 記; 担当裁判所書記官; "
                        "court phone （直通） + ＦＡＸ; plaintiff = guarantee company with 送達場所 phone/FAX; the 請求の趣旨 "
                        "amount BROKEN across two lines (金２，４ | ８６，…円); 別紙 請求債権目録 with 番号/項目/金額/備考 "
                        "(求償元金/求償利息/確定遅延損害金, JIS period in 備考); 借入額 3,000,000 and 代位弁済額 distractors; "
                        "訴状 1/26 ≠ 呼出状 2/13")


# ---------------------------------------------------------------------------------------------
# r06 consumer-finance 催告書 (HEIC photo): label-above-value cells for the account facts, a 元利金合計 SUB-total row
#     before 損害金, the real total ご請求金額総計 last; 約定損害金利率 label.


def r06():
    P, INT, R = 537_210, 8_904, 20.0
    L = late(P, R, D(2025, 10, 15), D(2025, 12, 3))
    T = P + INT + L
    p = Page(font="sans", size=10, top=16)
    p.box(20, 14, 52, 12, width=0, color=None, fill=(0.16, 0.42, 0.36))
    p.at(46, 22, "あおばとキャッシング", size=11, font="sans-bold", align="c", color=(1, 1, 1))
    p.at(190, 19, "令和7年12月5日", size=10, align="r")
    p.at(190, 24.5, "発送番号 AB-1205-0318", size=8, align="r", color=GRAY)
    p.y = 32
    p.line("〒990-0000　山形県山形市べにばな町九丁目9番9号", size=9.5)
    p.line("大友　隼人　様", size=13)
    p.gap(3)
    p.line("催　告　書", align="c", size=20, font="sans-bold")
    p.line("― 期限の利益喪失後のご請求 ―", align="c", size=10)
    p.gap(3)
    y = p.y
    w = 42.5
    for i, (lab, val) in enumerate([("お客様番号", "0047-221863"), ("ご契約日", "令和4年2月9日"),
                                    ("最終ご返済日", "令和7年8月25日"), ("期限の利益喪失年月日", "令和7年10月14日")]):
        cell(p, 20 + i * w, y, w, 14, lab, val, vsize=10.5)
    p.y = y + 18
    p.para("お客様のご契約につきましては、約定どおりのご返済がなく、当社からのご連絡にもご対応いただけなかったため、"
           "ご契約の規定により上記の日をもって期限の利益を喪失されました。よって、残債務の全額を一括してお支払いいただく"
           "よう、本書をもって催告いたします。")
    p.gap(2)
    p.line("ご請求内訳（令和7年12月3日時点）", font="sans-bold")
    p.table([["請求元金", f"{P:,}円"],
             ["利息", f"{INT:,}円"],
             ["元利金合計", f"{P + INT:,}円"],
             ["損害金", f"{L:,}円"],
             ["ご請求金額総計", f"{T:,}円"]], [60, 50], x=40, shade_col0=True, size=10.5)
    p.line("約定損害金利率　年20.0％（年365日日割）", x=40, size=9)
    p.gap(3)
    y = p.y
    cell(p, 20, y, 85, 16, "お支払期限", "令和7年12月19日（金）", vsize=13, vfont="sans-bold", width=0.8)
    cell(p, 105, y, 85, 16, "お振込先", "ふたご山銀行 駅前支店 普通 3380125", vsize=10)
    p.y = y + 20
    p.para("上記期限までにお支払い又はご連絡のない場合は、やむを得ず法的手続（訴訟・支払督促等）をとらせていただきます。"
           "すでにお支払いいただいている場合は、行き違いですのでご容赦ください。", size=9.5)
    p.gap(4)
    p.rule()
    p.gap(2)
    p.line("株式会社あおばとキャッシング　回収管理課", size=11, font="sans-bold")
    p.line("〒980-0000　宮城県仙台市青葉区けやき坂九丁目9番9号", size=9)
    p.line("お問合せ　022-000-4862（平日9時～18時）", size=10)
    p.line("東北財務局長(5)第00381号　日本貸金業協会会員第002941号", size=8)
    p.seal(176, p.y - 12, 15, "square", "あおばとキャッシング", angle=4, seed=6601)
    tr = truth(document_type="collection_notice", sender="株式会社あおばとキャッシング", phone="022-000-4862",
               creditor="株式会社あおばとキャッシング", status="not_applicable", debtor="大友隼人", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2025, 12, 5), payment_due=D(2025, 12, 19),
               acceleration=D(2025, 10, 14), last_payment=D(2025, 8, 25), reference="0047-221863",
               input_kind="photo_heic", template="proxy6_consumer_finance_cells", received=D(2025, 12, 8))
    return dict(stem="r06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                about="collection_notice (consumer finance 催告書)",
                unusual="consumer-finance 催告書 as an iPhone HEIC photo; four label-above-value cells (お客様番号/ご契約日/"
                        "最終ご返済日/期限の利益喪失年月日); claim table with a 元利金合計 SUBTOTAL row (= 請求元金 + 利息, not the "
                        "total) before 損害金 and ご請求金額総計; 約定損害金利率 label under the table; お支払期限 in a "
                        "label-above-value cell with a thick border; 発送番号 distractor; coloured logo band")


# ---------------------------------------------------------------------------------------------
# r07 縦書き 内容証明 期限の利益喪失通知 from a 信用組合 (scan): amounts as kanji digits with a 万 unit
#     (金二四一万八三〇六円), 残存元本 label, bracketed phone 〇二四（〇〇〇）七七一二, no customer number.


def r07():
    P, INT, R = 2_418_306, 17_482, 14.0
    L = late(P, R, D(2025, 11, 21), D(2025, 11, 30))
    T = P + INT + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当組合との間の令和四年六月三日付証書貸付契約（当初貸付額金三百万円）に基づく毎月二十五日の"
                 "約定返済を、令和七年八月二十五日の返済を最後に怠っております。"),
        ("body", "当組合は、令和七年十月三十一日付書面をもって、同年十一月二十日までに延滞額を支払うよう催告しましたが、"
                 "貴殿は右期限までに支払わなかったため、信用組合取引約定書第五条第二項により、令和七年十一月二十日の"
                 "経過をもって期限の利益を喪失しました。"),
        ("body", f"令和七年十一月三十日現在の貴殿の債務は、残存元本{kman(P)}、約定利息{kman(INT)}、損害金{kman(L)}"
                 f"（年十四パーセントの割合、年三百六十五日の日割計算）、合計{kman(T)}であります。"),
        ("body", "よって、右合計金額を令和七年十二月十五日限り当組合本店に持参又は送金して一括で支払うよう請求します。"
                 "なお、同年十二月一日以降も完済に至るまで残存元本に対し右割合による損害金が生じます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和七年十二月一日"),
        ("low", "福島県郡山市あさか野九丁目九番九号"),
        ("low", "ひのき信用組合"),
        ("low", "理事長　円谷　勲"),
        ("low", "（融資管理課）電話〇二四（〇〇〇）七七一二"),
        ("blank", ""),
        ("low", "福島県須賀川市ぼたん台九丁目九番地"),
        ("low", "今泉　和夫　殿"),
    ]
    pages = vertical_page(cols, size=11.5, col_pitch=8.2)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("理事長"):
            pg.items.append(Seal(it.x - 1.0, seal_after(it, 11.5, 2.0) - 8.0, 14, "square", "ひのき信用組合理事長印",
                                 angle=-5, seed=6701))
    pg.items.append(post_office_stamp(pg, 6702))
    tr = truth(document_type="acceleration_notice", sender="ひのき信用組合", phone="024-000-7712",
               creditor="ひのき信用組合", status="not_applicable", debtor="今泉和夫", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2025, 12, 1), payment_due=D(2025, 12, 15),
               acceleration=D(2025, 11, 20), last_payment=D(2025, 8, 25), reference=None,
               input_kind="vertical_scan", template="proxy6_vertical_credit_union_accel", received=D(2025, 12, 3))
    return dict(stem="r07", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, 信用組合)",
                unusual="縦書き 内容証明 期限の利益喪失通知書 from a 信用組合 (理事長, square seal stamped OVER the name "
                        f"column), scanned; amounts as kanji digits with a 万 unit ({kman(T)}); 残存元本/約定利息/損害金 "
                        "labels; 請求喪失 after a 催告 (10/31 催告 vs 11/20 喪失); 当初貸付額 金三百万円 distractor; "
                        "bracketed kanji phone 〇二四（〇〇〇）七七一二; as-of 11/30 ≠ letter 12/1; no customer number")


# ---------------------------------------------------------------------------------------------
# r08 servicer (パルティール債権回収, 第113号) 一括請求 after 競売, two-page fax: p.1 prose + 千円 配当充当 table (all
#     distractors), p.2 the exact claim as dotted-leader lines (no interest left; costs paid by the 配当).


def r08():
    P, R = 8_179_462, 14.0
    L = late(P, R, D(2026, 1, 23), D(2026, 2, 9))
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.line("2026年（令和8年）2月10日", align="r", size=9.5)
    p.line("お客様番号：PT-0814-22907", align="r", size=9.5)
    p.gap(1)
    p.line("〒270-0000　千葉県松戸市ほしみ野九丁目9番9号", size=9.5)
    p.line("桑原　俊之　様", size=13)
    p.gap(2)
    x = 118
    p.line("パルティール債権回収株式会社", x=x, size=11, font="sans-bold")
    p.line("法務大臣許可番号　第113号", x=x, size=8.5)
    p.line("管理部　担当　宮坂", x=x, size=9)
    p.line("TEL 03-0000-1131　／　FAX 03-0000-1139", x=x, size=9)
    p.seal(184, p.y - 9, 14, "square", "債権回収会社之印", angle=3, seed=6801)
    p.gap(3)
    p.title("配当金充当のご報告及び残債務一括お支払いのお願い", size=13.5)
    p.para("当社が株式会社はやせ銀行から令和5年9月14日付で譲り受けました貴殿に対する住宅ローン債権につきまして、"
           "担保不動産競売事件（千葉地方裁判所松戸支部　令和6年（ケ）第512号）の配当期日である令和8年1月22日に、"
           "当社は下記のとおり配当金を受領し、費用、損害金、利息、元金の順に充当いたしました。")
    p.gap(1)
    p.line("【配当金の充当状況】　　　　　　　　　　　　　　　　　　　　　　　（単位：千円）", x=22, size=9, font="sans-bold")
    p.table([["項　目", "配当前の債権額", "配当充当額", "充当後の残額"],
             ["費用", "1,284", "1,284", "0"],
             ["損害金", "1,967", "1,967", "0"],
             ["利息", "88", "88", "0"],
             ["元金", "21,540", "13,361", "8,179"],
             ["合計", "24,879", "16,700", "8,179"]], [36, 44, 44, 44], x=22, header=True, aligns="lrrr", size=9.5)
    p.line("※千円未満切捨て表示。正確な金額は次頁「ご請求金額明細」をご覧ください。", x=22, size=8)
    p.gap(2)
    p.para("充当後もなお上記の残額がございます。貴殿はすでに令和5年4月26日をもって期限の利益を喪失されておりますので、"
           "次頁のご請求金額を令和8年2月27日までに一括してお支払いくださいますようお願い申し上げます。一括でのお支払いが"
           "困難な場合は、同日までに必ず担当者までご相談ください。")
    p.para("ご連絡のないまま期限を経過した場合、給与・預金等への強制執行を検討せざるを得ませんので、ご承知おきください。",
           size=9.5)
    p.y = 286
    p.line("1 / 2", align="c", size=8.5, color=GRAY)

    q = Page(font="sans", size=10.5, top=20)
    q.title("ご請求金額明細", size=15)
    q.line("（令和8年2月9日現在）", align="c", size=9.5)
    q.gap(4)
    q.kv([("原債権者", "株式会社はやせ銀行　松戸支店"), ("債権譲受日", "令和5年9月14日"),
          ("最終ご入金日", "令和4年12月26日"), ("期限の利益喪失日", "令和5年4月26日"),
          ("配当期日", "令和8年1月22日（配当金 16,700,000円 受領）")], x=30, label_w=38, size=10)
    q.gap(4)
    x0, x1 = 34, 170
    leader(q, "残元金（配当充当後）", f"{P:,}円", x0, x1, size=11)
    leader(q, "遅延損害金（R8.1.23～R8.2.9　年14.0%）", f"{L:,}円", x0, x1, size=11)
    q.add(Line(x0, q.y + 0.5, x1, q.y + 0.5, 0.5))
    q.gap(2)
    leader(q, "ご請求金額（合計）", f"{T:,}円", x0, x1, size=12.5, font="sans-bold")
    q.gap(2)
    q.para("※令和8年2月10日以降も、残元金に対し年14.0％の割合（年365日の日割計算）による遅延損害金が発生いたします。"
           "※競売手続の費用は配当により全額充当済みです。", x0=34, x1=176, size=9, indent="")
    q.gap(4)
    q.kv([("お支払期限", "令和8年2月27日（金）"),
          ("お振込先", "あかつき信託銀行　本店営業部　普通預金　1130087"),
          ("口座名義", "パルティールサイケンカイシュウ（カ")], x=30, label_w=30, size=10.5)
    q.gap(6)
    q.box(28, q.y, 150, 22, width=0.4)
    q.y += 3
    q.line("ご返済相談書（FAXでご返信ください　FAX 03-0000-1139）", x=32, size=10, font="sans-bold")
    q.line("□ 一括で支払います（支払予定日　　月　　日）　□ 分割を希望します（月額　　　　円）", x=32, size=9.5)
    q.line("ご署名　＿＿＿＿＿＿＿＿＿＿＿　ご連絡先　＿＿＿＿＿＿＿＿＿＿", x=32, size=9.5)
    q.y = 286
    q.line("2 / 2", align="c", size=8.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-1131", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社はやせ銀行", debtor="桑原俊之", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=D(2026, 2, 10), payment_due=D(2026, 2, 27), acceleration=D(2023, 4, 26),
               last_payment=D(2022, 12, 26), assignment=D(2023, 9, 14), reference="PT-0814-22907",
               input_kind="fax_tiff", template="proxy6_auction_thousands_fax", received=D(2026, 2, 10))
    return dict(stem="r08", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header="2026/02/10 11:05  FROM: PARTIR SERVICER KANRI  03-0000-1139",
                about="collection_notice (競売後 一括請求)",
                unusual="servicer パルティール債権回収 with its real 第113号 ★ after a 担保不動産競売 ((ケ) case), 2-page G4 "
                        "fax: p.1 a 千円 配当充当 table 項目 × 配当前/充当額/充当後 (24,879/16,700/8,179 — all distractors, "
                        "8,179千円 ≈ the principal) ; p.2 ご請求金額明細 as dotted-leader lines (……) with only 残元金 + "
                        "遅延損害金 (interest and costs fully paid by the 配当 → null); 配当金 16,700,000円 in the kv block; "
                        "date 「2026年（令和8年）2月10日」; a FAX reply form; fax header FAX ≠ TEL")


LETTERS = [r01, r02, r03, r04, r05, r06, r07, r08]
_ = (Box, kanji_digits)
