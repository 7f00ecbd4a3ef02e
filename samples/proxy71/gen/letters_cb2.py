"""Proxy set 71, letters cb09–cb16: the 丑田 free loan guaranteed by a 信販 (its 代位弁済のお知らせ by fax, the 簡裁's
支払督促 and 仮執行宣言付支払督促, the joint 債権譲渡 to a real servicer photographed sideways); the 葛生 housing loan's
follow-up 催告書 from the guarantor's servicer (受託) and a scam that borrows the 代位弁済 vocabulary; the 九戸精工
business loan's 分割弁済のご提案 from an invented servicer (受託 of the 保証協会) by fax and the 地裁支部 (ワ) 呼出状."""

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
    grid,
    late,
    leader,
    stamp,
    truth,
    wd,
    window,
)
from households import (
    A_ACC,
    A_C,
    A_GRATE,
    A_I0,
    A_LAST,
    A_P,
    A_REF,
    A_S,
    A_SUB,
    B_ACC,
    B_I0,
    B_LAST,
    B_LOAN,
    B_NO,
    B_RATE,
    B_S,
    B_SUB,
    C_ACC,
    C_ASSIGN,
    C_C1,
    C_C2,
    C_CASE,
    C_FILED,
    C_KARI,
    C_KFILED,
    C_LAST,
    C_LOANI,
    C_LOANP,
    C_LPO,
    C_PO,
    C_RATE,
    C_REF,
    C_S,
    C_SERVED,
    C_SUB,
    ONE,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
MINA = (0.55, 0.20, 0.05)
SMBC = (0.0, 0.38, 0.30)
YOSHI = (0.25, 0.30, 0.55)
ALPHA = (0.10, 0.25, 0.50)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# cb09 信販 guarantee company 「代位弁済のお知らせ」 by fax, one page: 年14.6パーセント, 当然喪失 in the prose.


def cb09():
    issued, due = D(2025, 10, 17), D(2025, 10, 31)
    L = late(C_S, C_RATE, C_SUB + ONE, issued)
    T = C_S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ミナカタ信販", size=15, font="sans-bold", color=MINA)
    p.at(15, 23.5, "MINAKATA SHINPAN", size=6.5, color=MINA)
    p.add(Box(120, 11, 76, 17, 0.3))
    for i, (a, b) in enumerate((("送信日", jis(issued)), ("送信先", "丑田　真琴　様"), ("枚　数", "１／１"))):
        p.at(123, 16 + i * 4.6, a, size=8)
        p.at(138, 16 + i * 4.6, b, size=9)
    p.y = 33
    p.line("新潟県糸魚川市こぶし原九丁目9番9号", size=10)
    p.line("丑田　真琴　様", size=13.5)
    p.at(196, 42, f"保証管理番号　{C_REF}", size=9.5, align="r")
    p.y = 48
    p.title("代位弁済のお知らせ", size=15.5)
    p.para(f"貴殿が株式会社雲母坂銀行から借り入れられたフリーローンにつきましては、当社が保証委託契約に基づき保証しており"
           f"ました。貴殿は、約定のご返済を{era(C_LAST)}を最後に2か月以上遅滞されたため、同行のローン契約規定第8条第1項"
           f"第1号により、{era(C_ACC)}をもって当然に期限の利益を喪失されました。")
    p.para(f"これにより当社は、{era(C_SUB)}、同行に対し貴殿の債務を代位弁済いたしましたので、お知らせいたします。つきましては"
           "、当社が取得した求償債権について、下記金額をお支払期限までに一括してお支払いください。")
    p.gap(1)
    p.line("【代位弁済の内容】", size=10.5, font="sans-bold")
    p.para(f"代位弁済日 {era(C_SUB)}　代位弁済額 {C_S:,}円（内訳：ローン元金 {C_LOANP:,}円、利息・損害金 {C_LOANI:,}円）",
           x0=24, size=9.6, indent="")
    p.gap(1)
    p.line(f"【ご請求金額】（{era(issued)}現在）", size=10.5, font="sans-bold")
    leader(p, "求償元金（代位弁済額）", f"{C_S:,}円", 28, 160, size=10.5)
    leader(p, f"遅延損害金（{era(C_SUB + ONE)}から年14.6パーセント）", f"{L:,}円", 28, 160, size=10.5)
    p.add(Line(28, p.y + 0.2, 160, p.y + 0.2, 0.5))
    p.gap(1.2)
    leader(p, "合計", f"{T:,}円", 28, 160, size=11.5, font="sans-bold")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 150, 11, 1.0))
    p.at(28, y + 7.4, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 7.6, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　雲母坂銀行 本店営業部 普通預金 8230251 ミナカタシンパン（カ　ダイイベンサイグチ", size=9.3, indent="")
    p.para("※遅延損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6パーセントの割合で発生します。", size=9,
           indent="")
    p.para("※お支払いがない場合は、支払督促その他の法的手続により回収を図ることがあります。", size=9, indent="")
    p.para("※当初ご融資額 1,500,000円（令和5年2月）、毎月のご返済額 27,000円はご参考です。", size=9, indent="")
    p.gap(3)
    for s, sz, f in (("ミナカタ信販株式会社　保証債権部", 10.5, "sans-bold"),
                     ("〒950-0000 新潟市中央区あさなぎ坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 025-000-8230　FAX 025-000-8231", 9.5, "sans"),
                     ("担当 楓谷（受付 平日 9:00～17:30）", 9, "sans"),
                     ("登録番号 北陸財務局長(5)第00214号", 8, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 16, 12, "square", "ミナカタ信販之印", angle=2, seed=71091)
    tr = truth(document_type="acceleration_notice", sender="ミナカタ信販株式会社", phone="025-000-8230",
               creditor="ミナカタ信販株式会社", status="not_applicable", original="株式会社雲母坂銀行",
               debtor="丑田真琴", total=T, principal=C_S, interest=None, late_damages=L, rate=C_RATE, lump=True,
               issued=issued, payment_due=due, acceleration=C_ACC, last_payment=C_LAST, reference=C_REF,
               input_kind="fax_tiff", template="proxy71_shinpan_guarantor_subrogation_fax_leaders", received=issued)
    return dict(stem="cb09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:02 MINAKATA SHINPAN 025-000-8231",
                about="acceleration_notice (信販 guarantee company, 代位弁済のお知らせ, one-page fax)",
                unusual="one-page G4 fax of a 信販 that guaranteed a bank's フリーローン: a small framed 送信日 / 送信先 / "
                        "枚数 box top-right with a JIS date R7.10.17; 当然喪失 「…をもって当然に期限の利益を喪失」 under "
                        "ローン契約規定第8条第1項第1号 in the prose; the 代位弁済 内訳 (ローン元金 / 利息・損害金) as ONE "
                        "bracketed line (history); the claim as DOTTED LEADERS 求償元金（代位弁済額） / 遅延損害金 with the "
                        "rate spelled 「年14.6パーセント」 / 合計; TEL and FAX on one line, the fax header shows the FAX; "
                        "当初ご融資額 1,500,000 / 27,000 and the 財務局 登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# cb10 real servicer (SMBC債権回収, 第10号) 催告書 as 受託者 of the housing guarantor: the 求償金 of cb03 two months on.


def cb10():
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    entrusted = D(2026, 2, 27)
    L = late(A_S, A_GRATE, A_SUB + ONE, issued)
    T = A_P + A_I0 + A_C + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 8, 8, color=None, fill=SMBC))
    p.at(26, 17.5, "SMBC債権回収株式会社", size=13, font="sans-bold", color=SMBC)
    p.at(196, 15, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 20.5, "お客様番号　SB-7730-21905", size=9.5, align="r")
    window(p, 15, 26, "430-0000", ["静岡県浜松市中央区えびね坂九丁目9番9号"], "葛生　篤志　様", "cb10", w=90, h=30,
           code="71-A3-0517")
    stamp(p, 160, 30, "親展", color=RED, size=12)
    stamp(p, 160, 42, "重要", color=RED, size=12, fill=RED)
    p.y = 62
    p.title("催　告　書", size=17)
    p.para(f"当社は、ひのきざか保証株式会社（以下「委託者」といいます。）から、同社が貴殿に対して有する求償債権の管理及び回収"
           f"の業務を受託いたしました（受託日 {era(entrusted)}）。")
    p.para(f"委託者は、{era(A_SUB)}、貴殿の住宅ローンについて株式会社ひのきざか銀行に代位弁済を行い、{era(issued)}"
           "現在、下記の求償債権を有しております。委託者からのご請求にもかかわらず、現在までお支払いがございません。")
    p.para(f"つきましては、下記ご請求金額を{era(due)}（{wd(due)}）までに一括してお支払いください。期限までにお支払い又は"
           "ご連絡のない場合は、委託者と協議のうえ、担保不動産競売の申立てその他の法的手続に移行いたします。")
    p.gap(1)
    p.table([["求償元金", "求償利息", "代位弁済費用", "遅延損害金", "ご請求金額合計"],
             [f"{A_P:,}円", f"{A_I0:,}円", f"{A_C:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 30, 30, 36, 44], x=16, header=True, aligns="rrrrr", size=9.6, row_h=8.5)
    p.line(f"遅延損害金：代位弁済額 {A_S:,}円に対する{era(A_SUB + ONE)}から{era(issued)}まで年14％（年365日日割計算）",
           x=16, size=8.5)
    p.gap(2)
    grid(p, 16, p.y, [36, 53, 36, 53], [
        ["委託者", "ひのきざか保証株式会社", "代位弁済日", era(A_SUB)],
        ["原契約", "ひのきざか銀行 住宅ローン", "期限の利益喪失日", era(A_ACC)],
        ["最終ご返済日", era(A_LAST), "委託者の管理番号", A_REF]], h=7.4, size=8.8, lsize=8.2)
    p.y += 3 * 7.4 + 4
    y = p.y
    p.add(Box(16, y, 178, 22, 0.4, SMBC))
    p.at(20, y + 6, "お振込先", size=9.5, font="sans-bold", color=SMBC)
    p.at(20, y + 12, "ひのきざか銀行 本店営業部 普通預金 2600158 ヒノキザカホシヨウ（カ（委託者名義の口座です）", size=9)
    p.at(20, y + 18, "※お振込みの際は、ご依頼人名の前にお客様番号の数字（773021905）をご入力ください。", size=8.5)
    p.y = y + 26
    p.para("※本状と行き違いにお支払いいただいた場合はご容赦ください。ご本人様以外からのお問い合わせにはお答えできません。",
           size=8.8, indent="")
    p.gap(3)
    for s, sz, f in (("SMBC債権回収株式会社　管理第三部", 10.5, "sans-bold"),
                     ("法務大臣許可番号　第10号", 9, "sans"),
                     ("〒104-0000 東京都中央区かさね橋九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-310（平日 9:00～18:00）　担当 椹木", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(188, p.y - 13, 12, "square", "SMBC債権回収之印", angle=-2, seed=71101)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="ひのきざか保証株式会社", status="licensed",
               original="ひのきざか保証株式会社", debtor="葛生篤志", total=T, principal=A_P, interest=A_I0,
               late_damages=L, costs=A_C, rate=A_GRATE, lump=True, issued=issued, payment_due=due, acceleration=A_ACC,
               last_payment=A_LAST, reference="SB-7730-21905", input_kind="pdf_text",
               template="proxy71_servicer_entrusted_saikoku_guarantor_five_columns", received=D(2026, 3, 11))
    return dict(stem="cb10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 受託 for the housing guarantor, 催告書)",
                unusual="real servicer ★ SMBC債権回収株式会社 (Latin letters inside the name) collecting ON COMMISSION "
                        "(受託) for the guarantor of cb03, so the creditor stays the guarantor; window-envelope address "
                        "top-LEFT with a mailing code, 親展 and a filled 重要 stamp on the right; 「法務大臣許可番号　第10号」 "
                        "only in the sender lines; a 5-column one-row header table 求償元金 / 求償利息 / 代位弁済費用 / 遅延損害金 "
                        "/ ご請求金額合計 with the window and 年14％（年365日日割計算） in a line under it; a shaded grid with "
                        "委託者, 原契約, 代位弁済日, 喪失日, 最終ご返済日 and 委託者の管理番号 (distractor); the payee account "
                        "in the guarantor's name; the お客様番号 digits again without letters")


# ---------------------------------------------------------------------------------------------
# cb11 支払督促 (糸魚川簡易裁判所), the 信販's 求償金 against the borrower; one scanned page.


def cb11():
    issued = C_PO
    T = C_S + C_LPO + C_C1
    p = Page(font="serif", size=10.5, top=14)
    p.line(fw("令和8年（ロ）第12号"), size=10.5)
    p.gap(2)
    p.title("支　払　督　促", size=17, font="serif-bold")
    for a, b in (("債権者", "ミナカタ信販株式会社"), ("", "新潟市中央区あさなぎ坂九丁目９番９号"),
                 ("", "代表者代表取締役　南方　雄一郎"),
                 ("", "（送達場所）同所　保証債権部　電話 025-000-8230"),
                 ("債務者", "丑田　真琴"), ("", "新潟県糸魚川市こぶし原九丁目９番９号")):
        b0 = p.line(a, x=22, size=10.5)
        p.at(46, b0, b, size=10.5)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", x=22)
    for a, b in (("１　求償金元金", f"{C_S:,}円"),
                 (f"２　確定遅延損害金（{fw(era(C_SUB + ONE))}から{fw(era(C_FILED - ONE))}まで年１４．６％）", f"{C_LPO:,}円"),
                 ("３　督促手続費用", f"{C_C1:,}円"), ("　　合計", f"{T:,}円")):
        b0 = p.line(a, x=26, size=10, font="serif-bold" if "合計" in a else None)
        p.at(186, b0, b, size=10, align="r", font="serif-bold" if "合計" in a else "serif")
    p.para(f"４　上記１の金額に対する{fw(era(C_FILED))}から支払済みまで年１４．６％の割合による遅延損害金", x0=26, x1=190,
           size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", x=22)
    for s in ("１　債権者は、債務者の委託を受け、債務者が株式会社雲母坂銀行との間で令和５年２月１７日に締結した金銭消費貸借"
              "契約（フリーローン、貸付額１５０万円）に基づく債務を連帯保証した。",
              f"２　債務者は、{fw(era(C_LAST))}の支払を最後にその後の支払を怠り、{fw(era(C_ACC))}、期限の利益を喪失した。",
              f"３　債権者は、{fw(era(C_SUB))}、上記銀行に対し、保証債務の履行として{fw(f'{C_S:,}')}円を代位弁済した。",
              "４　保証委託契約による遅延損害金の割合は年１４．６％（年３６５日の日割計算）である。"):
        p.para(s, x0=26, x1=190, size=9.8, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　　糸魚川簡易裁判所", size=10.5)
    p.line("　　　　　　裁判所書記官　椎　野　　圭　介", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "糸魚川簡易裁判所書記官印", angle=0, seed=71111)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 172, 22, 0.4))
    p.at(24, y + 6, "（注意）", size=9.5, font="serif-bold")
    p.at(24, y + 11.5, "この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てを", size=9)
    p.at(24, y + 16.5, "してください。　問合せ先　糸魚川簡易裁判所　電話 025-000-1266（直通）", size=9)
    p.at(160, y + 20.5, f"申立日　{fw(era(C_FILED))}", size=8.5, align="r", color=GRAY)
    tr = truth(document_type="payment_order", sender="糸魚川簡易裁判所", phone="025-000-1266",
               creditor="ミナカタ信販株式会社", status="not_applicable", original="株式会社雲母坂銀行",
               debtor="丑田真琴", total=T, principal=C_S, interest=None, late_damages=C_LPO, costs=C_C1, rate=C_RATE,
               lump=True, issued=issued, payment_due=None, acceleration=C_ACC, last_payment=C_LAST, reference=C_CASE,
               input_kind="scan_png", template="proxy71_payment_order_shinpan_recourse_one_page",
               received=D(2026, 1, 20))
    return dict(stem="cb11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, 信販's 求償金 against the borrower, one page)",
                unusual="a whole 支払督促 of a court not used before (糸魚川簡裁) on ONE scanned serif page: the full-width "
                        "case number alone top-LEFT; the parties as label lines with the creditor's 送達場所 phone "
                        "(distractor); 請求の趣旨 as four numbered lines with amounts flush right and a bold 「合計」 line "
                        "BEFORE the running item ４; 求償金元金 = the whole 代位弁済額 (no 利息); rate in full-width "
                        "年１４．６％; a 4-point 請求の原因 with the bank, the 令和５年 loan of １５０万円 (distractor), the "
                        "last payment, the 喪失 and the 代位弁済; the (注意) box with the court's （直通） phone and the 申立日")


# ---------------------------------------------------------------------------------------------
# cb12 仮執行宣言付支払督促 of cb11's case, 2 pages, scanned image PDF; costs = two rows.


def cb12():
    issued = C_KARI
    T = C_S + C_LPO + C_C1 + C_C2
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, "正本", size=10, align="r")
    p.line(f"事件番号　{fw('令和8年（ロ）第12号')}", size=10.5)
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.para("当事者の表示　別紙当事者目録記載のとおり")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり")
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.gap(3)
    p.para(f"上記の支払督促は{fw(era(C_PO))}に発付され、同支払督促は{fw(era(C_SERVED))}債務者に送達されたが、債務者は法定期間内"
           "に督促異議の申立てをしなかった。")
    p.gap(2)
    p.line("仮執行の宣言", size=11, font="serif-bold")
    p.para("上記支払督促に、仮執行の宣言をする。")
    p.table([["督促手続費用", f"{C_C1:,}円"], ["仮執行宣言の手続費用", f"{C_C2:,}円"]], [70, 40], x=40, aligns="lr",
            size=10.5, row_h=8, ruled="grid")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　　糸魚川簡易裁判所", size=10.5)
    p.line("　　　　　　裁判所書記官　椎　野　　圭　介", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "糸魚川簡易裁判所書記官印", angle=0, seed=71121)
    p.gap(6)
    p.line("これは正本である。", size=10, x=110)
    p.line(f"{fw(era(issued))}　糸魚川簡易裁判所　裁判所書記官　椎野圭介", size=9.5, x=70)
    p.gap(5)
    y = p.y
    p.add(Box(20, y, 172, 30, 0.3, None, SHADE))
    p.at(24, y + 6, "この仮執行宣言付支払督促を受け取った方へ", size=10, font="serif-bold")
    for i, s in enumerate(["１　この書面の送達を受けた日から２週間以内に督促異議の申立てをすることができます。",
                           "２　督促異議の申立てをしても、強制執行を停止するには別に執行停止の申立てが必要です。",
                           "３　お問い合わせは、糸魚川簡易裁判所　電話 025-000-1266（直通）へ（事件番号をお伝えください）。"]):
        p.at(24, y + 13 + i * 5.5, s, size=9)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    q.gap(3)
    for a, b in (("〒950-0000　新潟市中央区あさなぎ坂九丁目９番９号", ""), ("債権者", "ミナカタ信販株式会社"),
                 ("", "代表者代表取締役　南方　雄一郎"), ("（送達場所）", "同所　保証債権部"),
                 ("", "電話 025-000-8230　ＦＡＸ 025-000-8231"), ("", ""),
                 ("〒941-0000　新潟県糸魚川市こぶし原九丁目９番９号", ""), ("債務者", "丑田　真琴")):
        b0 = q.line(a, x=24, size=10.5)
        if b:
            q.at(58, b0, b, size=10.5)
    q.gap(6)
    q.line("請求の趣旨及び原因", size=12, font="serif-bold", align="c")
    q.gap(2)
    q.line("請求の趣旨", size=11, font="serif-bold", x=24)
    q.table([["", "項　目", "金額（円）"], ["１", "求償金元金", f"{C_S:,}"],
             ["２", f"確定遅延損害金（{fw(jis(C_SUB + ONE))}～{fw(jis(C_FILED - ONE))}）", f"{C_LPO:,}"],
             ["３", "督促手続費用", f"{C_C1:,}"], ["４", "仮執行宣言の手続費用", f"{C_C2:,}"],
             ["", "合　計", f"{T:,}"]], [10, 110, 42], x=24, header=True, aligns="clr", size=10, row_h=8)
    q.para(f"５　上記１の金額に対する{fw(era(C_FILED))}から支払済みまで年１４．６％の割合による遅延損害金", x0=24, x1=190,
           size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=11, font="serif-bold", x=24)
    q.para(f"債権者は、債務者が株式会社雲母坂銀行から借り受けた債務を連帯保証し、債務者が{fw(era(C_ACC))}、期限の利益を喪失した"
           f"ため、{fw(era(C_SUB))}、同行に{fw(f'{C_S:,}')}円を代位弁済した（最終弁済日{fw(era(C_LAST))}）。", x0=24, x1=190,
           size=10)
    q.gap(3)
    q.line(f"仮執行宣言申立日　{fw(era(C_KFILED))}", size=9.5, x=24, color=GRAY)
    tr = truth(document_type="payment_order_enforceable", sender="糸魚川簡易裁判所", phone="025-000-1266",
               creditor="ミナカタ信販株式会社", status="not_applicable", original="株式会社雲母坂銀行",
               debtor="丑田真琴", total=T, principal=C_S, interest=None, late_damages=C_LPO, costs=C_C1 + C_C2,
               rate=C_RATE, lump=True, issued=issued, payment_due=None, acceleration=C_ACC, last_payment=C_LAST,
               reference=C_CASE, input_kind="pdf_scan", template="proxy71_enforceable_order_itoigawa_cost_table",
               received=D(2026, 2, 26))
    return dict(stem="cb12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as cb11, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of cb11's case as a 2-page image PDF: 「正本」 top-right; p.1 the 発付 "
                        "date 1/16 and its 送達 1/20 in one sentence, the 仮執行の宣言 with a 2-row cost grid (督促手続費用 / "
                        "仮執行宣言の手続費用 → costs = sum), 「これは正本である。」 and a shaded 「…受け取った方へ」 box with "
                        "the court phone; p.2 当事者目録 (creditor's 送達場所 TEL / ＦＡＸ as distractors) and 請求の趣旨 as a "
                        "ruled table 「金額（円）」 with the damage window in FULL-WIDTH JIS dates (Ｒ７．１０．１１～"
                        "Ｒ８．０１．０８) and a 合計 row; the running item ５; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cb13 福井地方裁判所武生支部 (ワ) 呼出状 + 訴状要旨: 信用保証協会 v the company and its 代表者 (連帯保証人).


def cb13():
    issued, hearing, answer, filed = D(2026, 5, 22), D(2026, 6, 26), D(2026, 6, 19), D(2026, 5, 8)
    upto = D(2026, 4, 30)
    L = late(B_LOAN, B_RATE, B_SUB + ONE, upto)
    T = B_LOAN + B_I0 + L
    case = "令和8年(ワ)第31号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ワ）第31号')}　求償金等請求事件", size=10.5)
    p.line("原　　告　北陵信用保証協会", size=10.5)
    p.line("被　　告　有限会社九戸精工　外１名", size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　有限会社九戸精工", size=11.5, x=24)
    p.line("代表者代表取締役　九戸　正樹　殿", size=11.5, x=34)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたから、同期日に出頭して"
           "ください。")
    p.para("なお、訴状を送達しますから、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    y = p.y + 1
    for i, (a, b) in enumerate((("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
                                ("場　　所", "第１号法廷（福井地方裁判所武生支部１階）"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        yy = y + i * 9
        p.add(Box(30, yy, 40, 9, 0.3, (0, 0, 0), SHADE))
        p.add(Box(70, yy, 116, 9, 0.3))
        p.at(33, yy + 6.2, a, size=10)
        p.at(73, yy + 6.2, b, size=10.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 31
    for s in ("（注意）１　答弁書を提出しないで期日に欠席すると、訴状に書かれていることを認めたものとして、原告の言い分どおりの"
              "判決がされることがあります。",
              "２　本件は被告２名に対する事件です。被告九戸正樹には別途呼出状を送達しています。",
              "３　おいでになるときは、この呼出状と印鑑を持参してください。"):
        p.para(s, x0=24, x1=190, size=9.5, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　　福井地方裁判所武生支部", size=10.5)
    p.line("　　　　　　裁判所書記官　萩　谷　　美　咲", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "福井地方裁判所武生支部書記官印", angle=0, seed=71131)
    p.gap(4)
    p.line("〒915-0000　福井県越前市ひさかた通九丁目９番９号", size=9.5, x=24)
    p.line("電話　０７７８－００－２１５５（民事係　内線２１）", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.line("訴　　状（写し）", size=14, font="serif-bold", align="c")
    q.line(f"{fw(era(filed))}", size=10, align="r")
    q.line("福井地方裁判所武生支部　御中", size=10.5)
    q.gap(2)
    for a, b in (("原　告", "北陵信用保証協会　（代表者会長　英賀　宗一）"),
                 ("", "送達場所　福井県越前市なでしこ堤九丁目９番９号　武生支所"),
                 ("", "電話 0778-00-3182　ＦＡＸ 0778-00-3183"),
                 ("被　告", "有限会社九戸精工（代表者代表取締役　九戸　正樹）"),
                 ("被　告", "九戸　正樹　（連帯保証人）")):
        b0 = q.line(a, x=22, size=10)
        q.at(42, b0, b, size=10)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=22)
    q.para(f"１　被告らは、原告に対し、連帯して{T:,}円及びうち{B_LOAN:,}円に対する{era(upto + ONE)}から支払済みまで年"
           "14.6%の割合による金員を支払え。", x0=26, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=26, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold", x=22)
    for s in ("１　被告有限会社九戸精工（以下「被告会社」）は、令和4年5月31日、みくまり信用組合から事業資金を借り受け、原告は"
              "被告会社の委託によりこれを保証した。被告九戸正樹は、被告会社の原告に対する求償債務を連帯保証した。",
              f"２　被告会社は、{era(B_LAST)}の弁済を最後に弁済を怠り、{era(B_ACC)}の経過をもって期限の利益を喪失した。",
              f"３　原告は、{era(B_SUB)}、同組合に対し{B_S:,}円（元金{B_LOAN:,}円、利息{B_I0:,}円）を代位弁済した。",
              "４　よって、原告は被告らに対し、下表の金員及び求償元金に対する約定の延滞金の支払を求める。"):
        q.para(s, x0=26, x1=190, size=9.8, indent="")
    q.gap(2)
    q.table([["求償元金", f"{B_LOAN:,}円"], ["求償利息", f"{B_I0:,}円"],
             [f"確定延滞金（{era(B_SUB + ONE)}～{era(upto)}、年14.6％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [120, 46], x=26, aligns="lr", size=10, row_h=8, ruled="outer")
    q.gap(3)
    q.line(f"訴訟物の価額　{T:,}円　　貼用印紙額　34,000円　　予納郵券　6,000円", x=26, size=9.5)
    q.line("附属書類　１ 甲号証写し　２ 資格証明書　３ 訴訟委任状", x=26, size=9.5)
    tr = truth(document_type="lawsuit", sender="福井地方裁判所武生支部", phone="0778-00-2155",
               creditor="北陵信用保証協会", status="not_applicable", original="みくまり信用組合",
               debtor="有限会社九戸精工", total=T, principal=B_LOAN, interest=B_I0, late_damages=L, rate=B_RATE,
               lump=True, issued=issued, payment_due=None, acceleration=B_ACC, last_payment=B_LAST, hearing=hearing,
               reference=case, input_kind="pdf_text_2page",
               template="proxy71_district_branch_wa_guarantee_association_v_company", received=D(2026, 5, 26))
    return dict(stem="cb13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), 信用保証協会 v the company and its 代表者, 2 pages)",
                unusual="福井地裁武生支部 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1, a 3-line caption 事件番号 / 原告 / 被告 "
                        "「外１名」, a shaded-label box 期日 午前１０時３０分 / 場所 / 答弁書提出期限, full-width era dates, "
                        "court phone in full-width with 内線) addressed to the COMPANY with its 代表者 + 訴状（写し） (p.2, "
                        "dated 5/8 ≠ 5/22) against the company and the 代表者 as 連帯保証人 「連帯して」; 請求の趣旨 with "
                        "「及びうち…に対する…から支払済みまで年14.6％」; 請求の原因 with the 代位弁済 split (元金 / 利息); an "
                        "outer-ruled 求償元金 / 求償利息 / 確定延滞金 / 合計 table; 訴訟物の価額, 貼用印紙額 34,000 and 予納郵券 "
                        "6,000 (not costs); the plaintiff's 送達場所 TEL / ＦＡＸ as distractors")


# ---------------------------------------------------------------------------------------------
# cb14 invented servicer (受託 of the 保証協会) 「分割弁済のご提案」 by fax, 2 pages: plan table, 回答書.


def cb14():
    issued, due = D(2026, 4, 10), D(2026, 4, 30)
    L = late(B_LOAN, B_RATE, B_SUB + ONE, issued)
    T = B_LOAN + B_I0 + L
    first, monthly, n = D(2026, 5, 27), 60_000, 60
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "ヨシキリ債権回収株式会社", size=14, font="sans-bold", color=YOSHI)
    p.at(15, 24, "法務大臣許可番号　第２４９号", size=9.5)
    p.at(196, 16, f"送信日　{jis(issued)}", size=9.5, align="r")
    p.at(196, 21.5, "送信枚数　２枚（本紙含む）", size=9, align="r")
    p.at(196, 27, "お客様番号　YK-4902-1877", size=9.5, align="r")
    p.y = 32
    p.line("有限会社九戸精工　御中", size=13)
    p.line("代表取締役　九戸　正樹　様", size=11, x=26)
    p.line("（貴社ＦＡＸ 0778-00-9914）", size=9, x=26)
    p.gap(4)
    p.title("分割弁済のご提案", size=16)
    p.para(f"当社は、北陵信用保証協会（以下「委託者」）から、委託者が貴社に対して有する求償債権（求償番号 {B_NO}）の管理"
           "回収業務の委託を受けております。")
    p.para(f"貴社の求償債務は、{era(issued)}現在、下記のとおりです。委託者と協議の結果、下記の条件による分割でのお支払いに"
           "応じる用意がございますので、ご検討のうえ、2枚目の回答書をご返送ください。")
    p.gap(1)
    p.table([["求償元金", "求償利息", "延滞金（年14.6％）", "ご債務合計"], [f"{B_LOAN:,}", f"{B_I0:,}", f"{L:,}", f"{T:,}"]],
            [42, 38, 46, 50], x=18, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line(f"（単位：円、{jis(issued)}現在。延滞金は求償元金に対する{jis(B_SUB + ONE)}からの額）", x=18, size=8.5)
    p.gap(2)
    p.line("ご提案の内容", size=10.5, font="sans-bold")
    for s in (f"１　お支払方法　毎月{monthly:,}円ずつ、{era(first)}から毎月末日限り（{n}回）",
              "２　充当　お支払金は求償元金に充当し、完済後に求償利息をお支払いいただきます。",
              "３　延滞金　分割金を遅滞なくお支払いいただいた場合、延滞金の減免を委託者と協議いたします。",
              f"４　期限の利益　分割金の支払を2回分以上（{monthly * 2:,}円以上）怠ったときは、当然に期限の利益を失います。"):
        p.para(s, x0=22, x1=192, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 12, 1.3))
    p.at(22, y + 8, "ご回答期限", size=11.5, font="sans-bold")
    p.at(56, y + 8.3, f"{era(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.y = y + 16
    p.para(f"ご回答のない場合、委託者は連帯保証人である九戸正樹様を含め、法的手続に移行する予定です。なお、委託者による期限の"
           f"利益喪失日は{era(B_ACC)}、代位弁済日は{era(B_SUB)}、最終ご返済日は{era(B_LAST)}です。", size=9.5)
    p.gap(2)
    for s, sz, f in (("ヨシキリ債権回収株式会社　北陸センター", 10.5, "sans-bold"),
                     ("〒920-0000 石川県金沢市ほしまち坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 076-000-2490　FAX 076-000-2491　担当 鵯田", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "ヨシキリ債権回収之印", angle=2, seed=71141)
    q = Page(font="sans", size=10.5, top=18)
    q.line("２／２", size=9, align="r")
    q.title("回　答　書", size=16)
    q.line("ヨシキリ債権回収株式会社　北陸センター　御中（FAX 076-000-2491）", size=10)
    q.gap(4)
    q.para("当社は、貴社からの分割弁済のご提案について、下記のとおり回答します。")
    q.gap(3)
    for s in ("□　ご提案の条件（毎月60,000円・60回）で分割弁済を希望します。",
              "□　次の条件での分割弁済を希望します。　毎月＿＿＿＿＿＿円　＿＿＿＿回",
              "□　一括で支払います。（支払予定日　　　年　　月　　日）",
              "□　面談での相談を希望します。"):
        q.line(s, x=26, size=10.5)
        q.gap(3)
    q.gap(6)
    q.line("令和　　年　　月　　日", x=110, size=10.5)
    q.gap(4)
    for s in ("会社名", "代表者名　　　　　　　　　　　　　　　印", "電話番号"):
        q.line(s, x=100, size=10.5)
        q.add(Line(120, q.y - 1.2, 192, q.y - 1.2, 0.3))
        q.gap(4)
    q.gap(4)
    q.line(f"お客様番号　YK-4902-1877　　求償番号　{B_NO}", x=26, size=9.5, color=GRAY)
    tr = truth(document_type="settlement_proposal", sender="ヨシキリ債権回収株式会社", license_number=249,
               phone="076-000-2490", creditor="北陵信用保証協会", status="unverified", original="北陵信用保証協会",
               debtor="有限会社九戸精工", total=T, principal=B_LOAN, interest=B_I0, late_damages=L, rate=B_RATE,
               lump=False, issued=issued, payment_due=due, acceleration=B_ACC, last_payment=B_LAST,
               reference="YK-4902-1877", input_kind="fax_tiff",
               template="proxy71_invented_servicer_entrusted_installment_offer_fax", received=issued)
    return dict(stem="cb14", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:26 YOSHIKIRI SAIKEN 076-000-2491",
                about="settlement_proposal (invented servicer 受託 of the 信用保証協会, 2-page fax)",
                unusual="2-page G4 fax of an INVENTED katakana servicer 「ヨシキリ債権回収株式会社」 with "
                        "「法務大臣許可番号　第２４９号」 in full-width under the logo (→ unverified), collecting ON COMMISSION "
                        "for a 信用保証協会 (creditor = original = the association); to a COMPANY 御中 with its 代表者 and "
                        "the company's own FAX number (distractor); JIS dates R8.04.10 in the header and the table note; "
                        "a one-row table in 円 units 求償元金 / 求償利息 / 延滞金（年14.6％） / ご債務合計; the plan (60,000 × "
                        "60, first 5/27, the 120,000 default threshold) as distractors; a heavy-framed ご回答期限 …必着 "
                        "(= payment_due); the 喪失 / 代位弁済 / last payment in one sentence; p.2 a tick-box 回答書")


# ---------------------------------------------------------------------------------------------
# cb15 SCAM: a fake 「保証債務履行管理機構」 that claims the guarantor paid and demands a 立替保証金; phone photo.


def cb15():
    issued, due = D(2026, 5, 18), D(2026, 5, 20)
    T = 198_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 11, "最終通知", color=RED, size=12, fill=RED)
    stamp(p, 44, 11, "親展", color=RED, size=12)
    p.at(196, 16, "通知日　令和8年5月18日", size=10, align="r")
    p.at(196, 21.5, "受付番号　は－０５１７", size=10, align="r")
    p.y = 28
    p.line("静岡県浜松市中央区えびね坂九丁目9番9号", size=10.5)
    p.line("葛生　篤志　様", size=14)
    p.gap(5)
    p.line("保証債務履行（代位弁済）に関する", size=15, font="sans-bold", align="c")
    p.line("最終通知書", size=18, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿がご契約中の金融機関のローンにつきまして、保証会社による代位弁済手続が開始されたことを当機構にて確認いたし"
           "ました。代位弁済が実行されますと、貴殿の信用情報に事故情報として登録され、ご自宅は差押えの対象となります。")
    p.para("当機構は、法務大臣の許可を受けた保証債務の履行管理機関として、代位弁済を停止するための「立替保証金」のお手続を"
           "代行しております。下記期限までに所定の保証金をお振込みいただければ、代位弁済手続は直ちに停止されます。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 32, 1.2, RED))
    p.at(27, y + 9, "立替保証金", size=12, font="sans-bold")
    p.at(183, y + 10, f"¥{T:,}-", size=20, font="sans-bold", align="r", color=RED)
    p.add(Line(27, y + 14, 183, y + 14, 0.3, RED))
    p.at(27, y + 22, "お振込期限", size=12, font="sans-bold")
    p.at(183, y + 23, f"5月20日（{wd(due)}）15時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(27, y + 29.5, "※保証金は手続完了後、全額ご返金いたします", size=9, color=RED)
    p.y = y + 37
    p.para("お振込先　ひぐらし野銀行 品川東口支店 普通 6618205 名義 イシグロ　マサト（当機構 代行担当者）", size=10,
           indent="")
    p.para("※本件はご家族・勤務先・金融機関・保証会社への口外を固く禁じます。外部に相談された場合、手続は停止できません。",
           size=9.5, indent="")
    p.para("※お電話の際は受付番号をお伝えください。担当者が手続をご案内いたします。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(52, y, 144, 36, 0.5))
    p.at(57, y + 8, "一般財団法人　保証債務履行管理機構", size=12.5, font="sans-bold")
    p.at(57, y + 14, "法務大臣許可番号　第318号　（債権管理部門）", size=9.5)
    p.at(57, y + 20, "東京都千代田区内幸町（本部ビル１２階）　代位弁済停止課", size=9)
    p.at(57, y + 27, "お問合せ（担当直通）090-0000-6618", size=11, font="sans-bold")
    p.at(57, y + 32.5, "受付　毎日 9:00～20:00（土日祝も受付）", size=8.5)
    p.seal(34, y + 17, 17, "round", "保証債務履行管理機構|理事/之印", angle=-6, seed=71151)
    tr = truth(document_type="other", sender="一般財団法人保証債務履行管理機構", license_number=318,
               phone="090-0000-6618", creditor=None, status="not_licensed", original=None, debtor="葛生篤志", total=T,
               lump=False, issued=issued, payment_due=due, reference="は-0517", is_scam=True, input_kind="photo_jpeg",
               template="proxy71_scam_fake_subrogation_stop_deposit", received=None)
    return dict(stem="cb15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.82, shadow=0.2, shadow_side="left",
                          warm=0.25),
                about="other (scam borrowing the 代位弁済 vocabulary)",
                unusual="架空請求 photographed on tatami with a hand shadow top-left: a 「保証債務履行（代位弁済）に関する"
                        "最終通知書」 that offers to STOP a 代位弁済 for a 「立替保証金」 ¥198,000- paid to a PERSONAL "
                        "account; filled red 最終通知 and 親展 stamps; 「法務大臣の許可を受けた保証債務の履行管理機関」 and a "
                        "FAKE 「法務大臣許可番号　第318号」 for a 一般財団法人 (not a servicer → not_licensed); no creditor "
                        "named (only 「金融機関」 / 「保証会社」); address 「丸の内（本部ビル１２階）」 without a number; a "
                        "090 担当直通 open every day; a two-day deadline 「5月20日（水）15時まで」; a kana 受付番号 "
                        "は－０５１７ in full-width; 口外を固く禁じます")


# ---------------------------------------------------------------------------------------------
# cb16 joint 債権譲渡通知 信販 → real servicer アルファ債権回収 (第101号), after the 仮執行宣言; photo, EXIF 6.


def cb16():
    issued = D(2026, 4, 8)
    L = late(C_S, C_RATE, C_SUB + ONE, C_ASSIGN)
    C = C_C1 + C_C2
    T = C_S + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "お客様番号　AL-26-40812", size=9.5, align="r")
    p.y = 20
    p.line("新潟県糸魚川市こぶし原九丁目9番9号", size=10)
    p.line("丑田　真琴　様", size=13.5)
    p.gap(6)
    p.title("債権譲渡通知書（兼 譲受通知書）", size=15.5, font="serif-bold")
    p.para(f"通知人ミナカタ信販株式会社（以下「譲渡人」）は、貴殿に対して有する下記の求償債権（{C_CASE.replace('(', '（').replace(')', '）')}"
           "仮執行宣言付支払督促により確定した手続費用を含みます。）を、"
           f"{era(C_ASSIGN)}付で、通知人アルファ債権回収株式会社（以下「譲受人」）に譲渡いたしました。")
    p.para("よって、譲渡人及び譲受人は、連名をもって本書によりその旨を通知いたします。今後のお支払い及びお問い合わせは、"
           "譲受人に対してお願いいたします。")
    p.line("記", align="c")
    p.kv([("原契約", "株式会社雲母坂銀行　フリーローン（令和5年2月17日）"), ("期限の利益喪失日", era(C_ACC)),
          ("最終ご返済日", era(C_LAST)), ("代位弁済日", era(C_SUB)), ("債権譲渡日", era(C_ASSIGN))],
         x=26, label_w=40, size=10)
    p.gap(2)
    p.line(f"譲渡債権の内容（{era(C_ASSIGN)}現在）", x=26, size=10.5, font="serif-bold")
    p.table([["求償元金", "遅延損害金", "手続費用", "合計"], [f"{C_S:,}円", f"{L:,}円", f"{C:,}円", f"{T:,}円"]],
            [42, 40, 36, 48], x=26, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.para(f"（遅延損害金は{era(C_SUB + ONE)}から年14.6％。手続費用は督促手続費用{C_C1:,}円及び仮執行宣言の手続費用"
           f"{C_C2:,}円の合計です。）", x0=26, x1=192, size=8.8, indent="")
    p.para("お支払方法につきましては、譲受人から別途ご案内いたします。", size=9.8)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    for x, role, lines, seal, sd in (
            (16, "譲渡人", ["新潟市中央区あさなぎ坂九丁目9番9号", "ミナカタ信販株式会社", "代表取締役　南方　雄一郎",
                            "電話 025-000-8230"], "ミナカタ信販", 71161),
            (106, "譲受人", ["東京都中央区さざなみ橋九丁目9番9号", "アルファ債権回収株式会社", "代表取締役　雉本　恒夫",
                             "法務大臣許可番号 第101号", "フリーダイヤル 0120-000-101"], "アルファ債権回収", 71162)):
        p.add(Box(x, y, 88, 42, 0.3, GRAY))
        p.at(x + 3, y + 6, f"【{role}】", size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s
            p.at(x + 3, y + 12 + i * 5.4, s, size=10 if big else 8.8, font="serif-bold" if big else "serif")
        p.seal(x + 78, y + 25, 12, "round", seal + "|代表/取締役", angle=4, seed=sd)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed",
               original="ミナカタ信販株式会社", debtor="丑田真琴", total=T, principal=C_S, interest=None, late_damages=L,
               costs=C, rate=C_RATE, lump=False, issued=issued, payment_due=None, acceleration=C_ACC,
               last_payment=C_LAST, assignment=C_ASSIGN, reference="AL-26-40812", input_kind="photo_exif_rotated",
               template="proxy71_joint_assignment_shinpan_to_servicer_after_order_rotated", received=D(2026, 4, 10))
    return dict(stem="cb16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.5, creases=2, shadow=0.22, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="assignment_notice (joint, 信販 → real servicer, after the 仮執行宣言)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with tri-fold creases and a hand "
                        "shadow on the right; joint 「債権譲渡通知書（兼 譲受通知書）」 in serif; the 譲渡債権 includes the "
                        "costs fixed by cb12's 仮執行宣言付支払督促 (its (ロ) number in the prose, a distractor); a "
                        "4-column table 求償元金 / 遅延損害金 / 手続費用 (→ costs, its two parts in a bracket note) / 合計 "
                        "as of the 譲渡日; kv lines 原契約, 喪失日, 最終ご返済日, 代位弁済日, 債権譲渡日; the two notifier "
                        "blocks 【譲渡人】 / 【譲受人】 ★ アルファ債権回収株式会社 with 「法務大臣許可番号 第101号」 side by "
                        "side at the BOTTOM with round seals; informs only (no payment date); the 譲渡人's phone")


LETTERS = [cb09, cb10, cb11, cb12, cb13, cb14, cb15, cb16]
