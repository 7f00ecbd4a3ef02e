"""Proxy set 61, letters br01–br08: "enforcement and the court's later papers". The 郡司 household (consumer loan bought
by a real servicer): the 厚木簡裁's 支払督促 and 仮執行宣言付支払督促, the 小田原支部's 財産開示期日呼出状 and its
第三者からの情報取得 (勤務先) 決定, the servicer's 給与差押え予告 by fax and the 給与の債権差押命令 with the employer as
第三債務者; the 千葉谷 household (card debt): the 伊丹支部's 呼出状 + 訴状 and its 判決正本."""

from __future__ import annotations

from datetime import date as D

from common import GRAY, RED, SHADE, Box, Line, Page, era, late, truth, wd
from story import (
    ATSUGI,
    ATSUGI_CLERK,
    ATSUGI_TEL,
    EMPLOYER,
    EMPLOYER_ADDR,
    EMPLOYER_REP,
    EMPLOYER_ZIP,
    H_ACC,
    H_ADDR,
    H_ANSWER,
    H_CALL,
    H_CASE,
    H_DEBTOR,
    H_HEAR,
    H_I,
    H_I_CASH,
    H_I_SHOP,
    H_JUDG,
    H_L,
    H_L_CASH,
    H_L_SHOP,
    H_LAST,
    H_P,
    H_P_CASH,
    H_P_SHOP,
    H_R,
    H_SHOP,
    H_SUIT,
    H_T,
    H_ZIP,
    ITAMI,
    ITAMI_CLERK,
    ITAMI_FAX,
    ITAMI_JUDGE,
    ITAMI_TEL,
    K_ACC,
    K_ADDR,
    K_ASSIGN,
    K_C1,
    K_C2,
    K_CASE,
    K_DEBTOR,
    K_DISC_CALL,
    K_DISC_CASE,
    K_DISC_DAY,
    K_DISC_DECISION,
    K_DISC_LIST,
    K_FILED,
    K_I,
    K_INFO,
    K_INFO_CASE,
    K_INFO_FILED,
    K_L1,
    K_LAST,
    K_ORDER,
    K_P,
    K_POE,
    K_POE_FILED,
    K_R,
    K_SEIZE,
    K_SEIZE_CASE,
    K_SEIZE_FILED,
    K_SERVED,
    K_WARN,
    K_WARN_DUE,
    K_ZIP,
    MAGAMO,
    ODAWARA,
    ODAWARA_CLERK,
    ODAWARA_JUDGE,
    ODAWARA_TEL,
    ONE,
    PARTIR,
    PARTIR_ADDR,
    PARTIR_DESK,
    PARTIR_FAX,
    PARTIR_NO,
    PARTIR_REP,
    PARTIR_TEL,
    PARTIR_ZIP,
    TODAI,
    TODAI_ADDR,
    TODAI_DESK,
    TODAI_REP,
    TODAI_ZIP,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
PT_GREEN = (0.0, 0.38, 0.33)


def fe(d: D) -> str:
    """令和７年５月２６日: full-width era date (court style)."""
    return era(d, fwid=True)


def case_fw(s: str) -> str:
    return fw(s).replace("(", "（").replace(")", "）")


def ruled_rows(p: Page, rows, x0: float, x1: float, size: float, bold_last=True, gap=0.9, w=0.15):
    """label …… value rows, each underlined by a hairline, the last one bold above a double rule."""
    for i, (lab, val) in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        if last:
            p.add(Line(x0, p.y + 0.2, x1, p.y + 0.2, 0.5))
            p.add(Line(x0, p.y + 0.9, x1, p.y + 0.9, 0.5))
            p.gap(1.3)
        f = "serif-bold" if last and p.font.startswith("serif") else ("sans-bold" if last else None)
        b = p.line(lab, x=x0, size=size, font=f)
        p.at(x1, b, val, size=size, align="r", font=f or p.font)
        if not last:
            p.add(Line(x0, p.y - gap, x1, p.y - gap, w, GRAY))


# =============================================================================================
# br01 厚木簡裁 支払督促 on one scanned page: the parties in a shaded-label grid, 請求の趣旨 as numbered sentences with
# the 内訳 in brackets, the total only in a closing bracket line.


def br01():
    issued = K_ORDER
    P, I, L, C = K_P, K_I, K_L1, K_C1
    first = P + I + L
    T = first + C
    p = Page(font="serif", size=10, top=14)
    p.at(195, 17, "事件番号　" + case_fw(K_CASE), size=10, align="r")
    p.at(195, 22, "事件名　　譲受債権請求督促事件", size=9.5, align="r")
    p.y = 26
    p.title("支　払　督　促", size=18, font="serif-bold")
    y = p.y
    rows = [("債　権　者", f"〒{PARTIR_ZIP}　{PARTIR_ADDR}"), ("", f"{PARTIR}　　{PARTIR_REP}"),
            ("", f"（連絡先　同社 法務管理部　電話 {PARTIR_DESK}）"),
            ("債　務　者", f"〒{K_ZIP}　{K_ADDR}"), ("", K_DEBTOR)]
    for i, (lab, val) in enumerate(rows):
        top = y + i * 6.6
        if lab:
            n = 3 if i == 0 else 2
            p.add(Box(16, top, 26, 6.6 * n, 0.3, (0, 0, 0), SHADE))
            p.at(29, top + 6.6 * n / 2 + 1.3, lab, size=9.5, align="c")
        p.at(45, top + 4.7, val, size=9.6 if i != 4 else 12)
    p.add(Box(16, y, 178, 6.6 * len(rows), 0.4))
    p.y = y + 6.6 * len(rows) + 4
    p.para("債務者は、債権者に対し、下記「請求の趣旨」記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行"
           "の宣言をする。", size=10.5)
    p.gap(1)
    p.line("【請求の趣旨】", size=11, font="serif-bold")
    p.para(f"１　金{first:,}円（残元金{P:,}円、未払利息{I:,}円、確定遅延損害金{L:,}円）", x0=20, x1=192, size=10, indent="")
    p.para(f"２　上記残元金{P:,}円に対する{era(K_FILED + ONE)}から完済まで年{K_R:g}％の割合による遅延損害金",
           x0=20, x1=192, size=10, indent="")
    p.para(f"３　金{C:,}円（督促手続費用）", x0=20, x1=192, size=10, indent="")
    p.line(f"（上記１及び３の合計　金{T:,}円）", x=96, size=10.5, font="serif-bold")
    p.gap(1)
    p.line("【請求の原因】", size=11, font="serif-bold")
    for s in (f"１　{MAGAMO}（以下「原債権者」）は、令和2年8月4日、債務者との間で、極度額50万円、利率年17.8％、遅延"
              f"損害金年{K_R:g}％とする金銭消費貸借契約（カードローン）を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(K_LAST)}の支払を最後に約定の返済を怠り、{era(K_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(K_ASSIGN)}、上記貸金債権を債権者に譲渡し、同年11月8日到達の内容証明郵便で債務者に"
              "その旨を通知した。",
              f"４　確定遅延損害金は、残元金に対する{era(K_ACC + ONE)}から{era(K_FILED)}（本申立日）まで年{K_R:g}％の"
              "割合（年365日の日割計算）によるものである。"):
        p.para(s, x0=20, x1=192, size=9.6, indent="")
    p.gap(3)
    p.line(f"　　{fe(issued)}", size=11)
    p.line(f"　　{ATSUGI}　　裁判所書記官　{ATSUGI_CLERK}", size=11)
    p.seal(162, p.y - 6, 14, "square", "厚木簡易裁判所書記官印", seed=6101)
    p.gap(4)
    y = p.y
    p.add(Box(16, y, 178, 31, 0.6))
    p.add(Box(16, y, 178, 7, color=None, fill=SHADE))
    p.at(105, y + 5, "債務者の方へ（必ずお読みください）", size=10, font="serif-bold", align="c")
    for i, s in enumerate(["・請求に異議がある場合や分割払いの話合いを希望する場合は、同封の督促異議申立書に記入して、",
                           "　送達を受けた日から２週間以内に当裁判所へ提出（郵送可）してください。",
                           "・異議がないと、仮執行宣言が付され、給料や預金などを差し押さえられることがあります。",
                           f"・問合せ先　{ATSUGI}　民事係（督促担当）　電話 {ATSUGI_TEL}（平日 8:30～17:00）"]):
        p.at(19, y + 12.5 + i * 5.2, s, size=9.2)
    p.y = y + 34
    p.line(f"申立日　{fe(K_FILED)}　　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender=ATSUGI, phone=ATSUGI_TEL, creditor=PARTIR, status="licensed",
               original=MAGAMO, debtor=K_DEBTOR, total=T, principal=P, interest=I, late_damages=L, costs=C, rate=K_R,
               lump=True, issued=issued, acceleration=K_ACC, last_payment=K_LAST, assignment=K_ASSIGN,
               reference=K_CASE, input_kind="scan_png", template="proxy61_payment_order_bracketed_breakdown_one_page",
               received=K_SERVED)
    return dict(stem="br01", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor, one page)",
                unusual="厚木簡裁's 支払督促 scanned on one page: case number and 事件名 top-right; the parties in a "
                        "shaded-label grid with the creditor ★ パルティール債権回収 (no licence printed: court paper) and its "
                        "連絡先 03 number (distractor); 【請求の趣旨】 as numbered SENTENCES — item １ is one sum with its "
                        "内訳 in brackets (残元金 / 未払利息 / 確定遅延損害金), item ２ the running damages, item ３ the "
                        "督促手続費用 — and the total only in a closing bracket 「（上記１及び３の合計　金…円）」; 極度額50万円 "
                        "/ 年17.8％ and the 通知 到達 date in 請求の原因 as distractors; 申立日 at the foot")


# =============================================================================================
# br02 仮執行宣言付支払督促, 2-page image PDF: p.1 the declaration with an amount table and TWO cost rows, p.2 the
# instruction sheet for the debtor.


def br02():
    issued = K_POE
    P, I, L, C1, C2 = K_P, K_I, K_L1, K_C1, K_C2
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, case_fw(K_CASE), size=10.5)
    p.at(190, 20, "特別送達", size=9, align="r", color=GRAY)
    p.y = 26
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.kv([("債　権　者", f"{PARTIR}（〒{PARTIR_ZIP} {PARTIR_ADDR}）"), ("", f"{PARTIR_REP}"),
          ("債　務　者", f"{K_DEBTOR}（〒{K_ZIP} {K_ADDR}）")], x=20, label_w=26, size=10)
    p.gap(3)
    p.para(f"当庁が{fe(K_ORDER)}に発した支払督促は、{fe(K_SERVED)}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。")
    p.para(f"よって、債権者の{fe(K_POE_FILED)}付け申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(1)
    p.line("仮　執　行　宣　言", size=12, font="serif-bold", align="c")
    p.para(f"債務者は、債権者に対し、下表の金員並びに残元金{P:,}円に対する{era(K_FILED + ONE)}から完済まで年{K_R:g}％の"
           "割合による遅延損害金を支払え。この支払督促は、仮に執行することができる。")
    p.gap(2)
    rows = [["", "費　目", "金額（円）"], ["１", "残元金", f"{P:,}"], ["２", "未払利息", f"{I:,}"],
            ["３", f"確定遅延損害金（{era(K_ACC + ONE)}～{era(K_FILED)}）", f"{L:,}"], ["４", "督促手続費用", f"{C1:,}"],
            ["５", "仮執行宣言の手続費用", f"{C2:,}"], ["", "合　計（１～５）", f"{T:,}"]]
    p.table(rows, [12, 112, 44], x=21, header=True, aligns="clr", size=10.5, row_h=8.2)
    p.gap(5)
    p.line(f"　　{fe(issued)}", size=11)
    p.line(f"　　{ATSUGI}", size=11)
    p.line(f"　　　　裁判所書記官　{ATSUGI_CLERK}", size=11)
    p.seal(150, p.y - 7, 15, "square", "厚木簡易裁判所書記官印", seed=6102)
    p.gap(10)
    p.line("これは正本である。", size=10, x=120)
    p.line(f"{fe(issued)}　{ATSUGI}　裁判所書記官　{ATSUGI_CLERK}", size=9.5, align="r")
    q = Page(font="sans", size=10.5, top=18)
    q.line("仮執行宣言付支払督促を受け取った方へ", size=14, font="sans-bold", align="c")
    q.gap(4)
    for h, s in (("１　この書面の意味",
                  "この書面は、債権者が、あなたに対して強制執行（給料・預貯金などの差押え）をすることができることを示す"
                  "ものです。支払督促に対して督促異議の申立てがなかったため、仮執行の宣言がされました。"),
                 ("２　不服があるとき",
                  "この書面の送達を受けた日から２週間以内に、当裁判所に督促異議の申立てをすることができます。ただし、"
                  "督促異議の申立てをしても、それだけでは強制執行は止まりません（別に執行停止の申立てが必要です）。"),
                 ("３　督促異議の申立てがないとき",
                  "２週間以内に督促異議の申立てがないときは、この支払督促は確定判決と同一の効力を持ちます。債権者は、"
                  "財産開示手続や第三者からの情報取得手続を申し立てることもできます。"),
                 ("４　話合いを希望するとき",
                  "支払の方法について話合いを希望する場合は、債権者（連絡先は当事者の表示のとおり）に直接ご連絡くださ"
                  "い。裁判所は、分割払いの相談には応じられません。")):
        q.line(h, size=11.5, font="sans-bold")
        q.para(s, x0=26, x1=190, size=10.5, indent="")
        q.gap(3)
    y = q.y + 2
    q.add(Box(20, y, 170, 22, 0.5))
    q.at(25, y + 8, f"問合せ先　{ATSUGI}　民事係（督促）", size=10.5, font="sans-bold")
    q.at(25, y + 15.5, f"電話　{ATSUGI_TEL}　受付　平日午前8時30分～午後5時", size=10.5)
    q.y = 280
    q.line(f"（{case_fw(K_CASE)}）", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender=ATSUGI, phone=ATSUGI_TEL, creditor=PARTIR,
               status="licensed", debtor=K_DEBTOR, total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2,
               rate=K_R, lump=True, issued=issued, reference=K_CASE, input_kind="pdf_scan",
               template="proxy61_enforceable_declaration_table_instruction_sheet", received=D(2025, 6, 26))
    return dict(stem="br02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as br01, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of br01's case as a 2-page image PDF: p.1 tells the story in one sentence "
                        "(発付 5/26, 送達 5/29, 申立 6/16 — none is the issue date 6/23); a spaced heading 「仮　執　行　宣　言」; "
                        "a 費目 / 金額（円） table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) and "
                        "「合　計（１～５）」; no 原債権者, 喪失 or 譲渡 date printed (null, although br01 prints them); p.2 a "
                        "4-section instruction sheet 「仮執行宣言付支払督促を受け取った方へ」 with the court's phone; "
                        "「特別送達」 in grey top-right")


# =============================================================================================
# br03 小田原支部 財産開示期日呼出状, phone photo: claims nothing, a 期日 that is not a 口頭弁論期日, penalties as numbers.


def br03():
    issued = K_DISC_CALL
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, case_fw(K_DISC_CASE) + "　財産開示事件", size=10.5)
    p.at(190, 20, fe(issued), size=10.5, align="r")
    p.y = 27
    p.kv([("申　立　人", PARTIR), ("債　務　者", K_DEBTOR)], x=20, label_w=26, size=10.5)
    p.gap(2)
    p.line(f"債務者　{K_DEBTOR}　殿", size=13, x=20)
    p.gap(3)
    p.title("財産開示期日呼出状", size=17, font="sans-bold")
    p.para(f"頭書事件について、{fe(K_DISC_DECISION)}財産開示手続を実施する旨の決定がされ、同決定は確定しました。財産開示"
           "期日が下記のとおり指定されたので、同期日に出頭してください。", size=10.5)
    p.para("また、あなたの財産について、同封の財産目録の用紙に記入して、下記の提出期限までに当裁判所に提出してください。",
           size=10.5)
    p.gap(2)
    rows = [["財産開示期日", f"{fe(K_DISC_DAY)}（{wd(K_DISC_DAY)}）　午前１０時３０分"],
            ["出 頭 場 所", "横浜地方裁判所小田原支部　２階　民事第２審問室"],
            ["財産目録提出期限", f"{fe(K_DISC_LIST)}（{wd(K_DISC_LIST)}）"],
            ["持参するもの", "この呼出状、印鑑、本人確認書類（運転免許証等）"]]
    p.table(rows, [40, 130], x=20, aligns="ll", size=10.5, row_h=9, shade_col0=True)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 34, 0.8, RED))
    p.at(24, y + 7, "ご注意", size=11, font="sans-bold", color=RED)
    for i, s in enumerate(["正当な理由なく財産開示期日に出頭しないとき、宣誓を拒んだとき、又は陳述を拒み若しくは虚偽の",
                           "陳述をしたときは、６月以下の拘禁刑又は５０万円以下の罰金に処せられることがあります",
                           "（民事執行法第２１３条）。期日に出頭できない事情があるときは、事前に書記官へ連絡してください。"]):
        p.at(24, y + 14 + i * 6, s, size=10)
    p.y = y + 38
    p.line("（参考）執行力のある債務名義", size=10, font="sans-bold")
    p.para(f"{ATSUGI}　{case_fw(K_CASE)}　仮執行宣言付支払督促（{era(K_POE)}付）", x0=24, size=10, indent="")
    p.gap(4)
    p.line(f"{ODAWARA}　民事部", x=100, size=11)
    p.line(f"裁判所書記官　{ODAWARA_CLERK}", x=100, size=11)
    p.seal(180, p.y - 7, 13, "square", "小田原支部書記官印", seed=6103)
    p.line(f"〒250-0000　神奈川県小田原市ひかりが丘九丁目9番9号　電話 {ODAWARA_TEL}（民事部 財産開示係）", x=20, size=9)
    tr = truth(document_type="other", sender=ODAWARA, phone=ODAWARA_TEL, creditor=PARTIR, status="licensed",
               debtor=K_DEBTOR, lump=False, issued=issued, reference=K_DISC_CASE, input_kind="photo_jpeg",
               template="proxy61_asset_disclosure_summons_photo", received=D(2025, 10, 9))
    return dict(stem="br03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, shadow=0.2, shadow_side="bottom", fill=0.86,
                          blur=0.85, warm=0.1),
                about="other (財産開示期日呼出状, claims nothing)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom: a 地裁支部's "
                        "財産開示期日呼出状 ((財チ) case) that DEMANDS NOTHING (every amount null); the 申立人 ★ パルティール "
                        "債権回収 is the creditor; a shaded-label table with the 財産開示期日 and weekday (NOT a 口頭弁論期日 "
                        "→ hearing null) and the 財産目録提出期限 (not a payment date); a red-framed penalty box with "
                        "６月 / ５０万円 / 第２１３条 (numbers that are not amounts); the 債務名義 cited by its (ロ) number "
                        "and date (not the reference)")


# =============================================================================================
# br04 小田原支部 第三者からの情報取得手続 (勤務先情報) 決定, HEIC photo: the order goes to the city; the 請求債権目録
# states the claim.


def br04():
    issued = K_INFO
    P, I, L, C1, C2 = K_P, K_I, K_L1, K_C1, K_C2
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10, top=14)
    p.at(20, 18, case_fw(K_INFO_CASE) + "　第三者からの情報取得手続申立事件", size=10)
    p.y = 22
    p.title("決　　定", size=17, font="serif-bold")
    p.kv([("申　立　人", f"{PARTIR}（{PARTIR_ADDR}）"), ("債　務　者", f"{K_DEBTOR}（{K_ADDR}）"),
          ("情報の提供を", "厚木市　（代表者市長）"), ("命じられた者", "")], x=20, label_w=28, size=9.8)
    p.gap(1)
    p.line("主　　文", size=11.5, font="serif-bold", align="c")
    p.para("情報の提供を命じられた者は、当裁判所に対し、債務者に対して給与（地方税法上の給与所得）の支払をする者の"
           "存否並びにその者が存在するときはその者の氏名又は名称及び住所についての情報を提供せよ。", size=9.8)
    p.line("理　　由", size=11.5, font="serif-bold", align="c")
    p.para(f"申立人は、別紙請求債権目録記載の執行力のある債務名義の正本を有する債権者であり、債務者について{era(K_DISC_DAY)}に"
           "財産開示期日における手続が実施された（債務者不出頭）。申立人の申立て（" + era(K_INFO_FILED) + "）は民事執行法"
           "第２０６条第１項の要件を満たすと認められるから、主文のとおり決定する。", size=9.8)
    p.gap(1)
    p.line(f"　　{fe(issued)}", size=10.5)
    p.line(f"　　{ODAWARA}民事部　　裁判官　{ODAWARA_JUDGE}", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 14, 0.4))
    p.at(23, y + 5.5, "（債務者の方へ）この決定に不服があるときは、告知を受けた日から１週間以内に執行抗告をすることが", size=9)
    p.at(23, y + 10.5, f"できます。問合せ　{ODAWARA}　民事部　電話 {ODAWARA_TEL}", size=9)
    p.y = y + 18
    p.line("請　求　債　権　目　録", size=11.5, font="serif-bold", align="c")
    p.para(f"{ATSUGI}{case_fw(K_CASE)}事件の仮執行宣言付支払督促正本に表示された下記金員", x0=22, size=9.6, indent="")
    rows = [("(1)　元金", f"{P:,}円"), ("(2)　利息", f"{I:,}円"),
            (f"(3)　確定遅延損害金（{era(K_ACC + ONE)}から{era(K_FILED)}まで）", f"{L:,}円"),
            ("(4)　督促手続費用", f"{C1:,}円"), ("(5)　仮執行宣言の手続費用", f"{C2:,}円"), ("合計", f"{T:,}円")]
    ruled_rows(p, rows, 30, 178, 9.8)
    p.para(f"(6)　上記(1)に対する{era(K_FILED + ONE)}から支払済みまで年２０％の割合による遅延損害金", x0=30, x1=190, size=9.4,
           indent="")
    p.gap(2)
    p.line(f"これは正本である。　{fe(issued)}　同庁　裁判所書記官　{ODAWARA_CLERK}", size=9, x=60)
    p.seal(183, p.y - 4, 12, "square", "小田原支部書記官印", seed=6104)
    tr = truth(document_type="other", sender=ODAWARA, phone=ODAWARA_TEL, creditor=PARTIR, status="licensed",
               debtor=K_DEBTOR, total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=K_R, lump=False,
               issued=issued, reference=K_INFO_CASE, input_kind="photo_heic",
               template="proxy61_third_party_information_order_employer_heic", received=D(2026, 1, 17))
    return dict(stem="br04", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, fill=0.87, blur=0.8, glare=18, warm=0.2),
                about="other (第三者からの情報取得 決定, 勤務先情報)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a 決定 in a (情チ) case ordering the CITY "
                        "(厚木市) to tell the court who pays the debtor's wages; it demands nothing of the reader, but its "
                        "請求債権目録 states the claim (元金 / 利息 / 確定遅延損害金 / 督促手続費用 / 仮執行宣言の手続費用 / "
                        "合計, hairline rows) → amounts from the 目録; running item (6) with 年２０％ in full-width; "
                        "民事執行法第２０６条第１項, the 財産開示期日 11/12 and the 申立日 12/15 as distractor dates; signed by "
                        "a 裁判官, certified by the clerk")


# =============================================================================================
# br05 パルティール 給与差押え予告, 2-page fax: a fax cover strip, amounts with a cost footnote, p.2 Q&A + reply form.


def br05():
    issued, due = K_WARN, K_WARN_DUE
    P, I = K_P, K_I
    L = late(P, K_R, K_ACC + ONE, issued)
    parts = [("督促手続費用", K_C1), ("仮執行宣言手続費用", K_C2), ("財産開示手続費用", 2_634), ("情報取得手続費用", 3_800)]
    C = sum(v for _, v in parts)
    T = P + I + L + C
    ref = "PT-2410-08817"
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 19, 0.5))
    p.at(19, 16, "FAX送信のご案内", size=11, font="sans-bold")
    p.at(19, 23.5, f"宛先：{K_DEBTOR}　様（ご自宅FAX）　　送信日：{era(issued)}　　枚数：2枚（本紙含む）", size=9.5)
    p.at(192, 16, f"送信元FAX {PARTIR_FAX}", size=9, align="r")
    p.y = 33
    p.add(Box(15, p.y, 4, 12, color=None, fill=PT_GREEN))
    p.at(22, p.y + 5.5, PARTIR, size=13, font="sans-bold", color=PT_GREEN)
    p.at(22, p.y + 10.5, f"（法務大臣許可　第{PARTIR_NO}号）　債権管理部　法的回収グループ", size=8.8)
    p.at(196, p.y + 5, f"お客様番号：{ref}", size=10, align="r")
    p.at(196, p.y + 10.5, f"{era(issued)}", size=10, align="r")
    p.y = 50
    p.title("給与差押えの申立てに関するご予告", size=15, font="sans-bold")
    p.para(f"当社は、{MAGAMO}から{era(K_ASSIGN)}に譲り受けた貴殿に対する債権について、{ATSUGI}の仮執行宣言付支払督促"
           "を得ております。その後、財産開示手続及び第三者からの情報取得手続により、貴殿の勤務先に関する情報の提供を"
           "受けました。", size=10)
    p.para(f"つきましては、下記のご請求額を{era(due)}（{wd(due)}）までにお支払いください。期限までにお支払い又はご相談の"
           "ない場合、当社は貴殿の勤務先を第三債務者として、給与債権差押命令の申立てを行います（申立予定　令和8年3月2日"
           "以降）。", size=10)
    p.gap(1)
    p.line(f"ご請求額の内訳（{era(issued)}現在）", size=10.5, font="sans-bold", color=PT_GREEN)
    rows = [("債務名義記載の元金", f"{P:,}円"), ("同　利息", f"{I:,}円"),
            (f"遅延損害金（{era(K_ACC + ONE)}～{era(issued)}　年{K_R:g}％）", f"{L:,}円"), ("法的手続費用 ※", f"{C:,}円"),
            ("ご請求額合計", f"{T:,}円")]
    ruled_rows(p, rows, 24, 178, 10.3)
    note = "＋".join(f"{n} {v:,}円" for n, v in parts)
    p.para(f"※法的手続費用の内訳：{note}", x0=24, x1=190, size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 154, 11, 1.0))
    p.at(28, y + 7.5, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 7.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 15
    p.line("債権の表示", size=10, font="sans-bold")
    p.kv([("原債権者", MAGAMO), ("債権譲受日", era(K_ASSIGN)), ("期限の利益喪失日", era(K_ACC)), ("最終ご入金日", era(K_LAST)),
          ("債務名義", f"{ATSUGI} {K_CASE}（{era(K_POE)} 仮執行宣言）")], x=26, label_w=34, size=9.5)
    p.gap(2)
    p.para(f"お問合せ　フリーダイヤル {PARTIR_TEL}（平日9:00～18:00）担当 源河　※お電話の際はお客様番号をお知らせください。",
           size=9.5, indent="")
    p.para(f"〒{PARTIR_ZIP} {PARTIR_ADDR}　{PARTIR}", size=8.8, indent="")
    p.seal(182, 262, 13, "square", "パルティール債権回収之印", seed=6105)
    q = Page(font="sans", size=10, top=14)
    q.line(f"お客様番号：{ref}　　2/2", size=9, align="r")
    q.line("給与の差押えについて（ご説明）", size=13, font="sans-bold")
    q.gap(1)
    for a, b in (("差し押さえられる金額は？",
                  "手取り額（税金・社会保険料を引いた額）の4分の1です。手取りが44万円を超える場合は、33万円を超える部分の"
                  "全額が対象となります。賞与も同様です。"),
                 ("いつから会社に連絡が行くのですか？",
                  "裁判所が差押命令を出すと、勤務先（第三債務者）と貴殿の双方に命令が送達されます。債権者は、貴殿に送達"
                  "されてから4週間を経過すると、勤務先から直接取り立てることができます。"),
                 ("生活が苦しくなる場合は？",
                  "裁判所に対し、差押えの範囲の変更を申し立てることができます（民事執行法第153条）。"),
                 ("今からでも分割で払えますか？",
                  "お支払期限までにご連絡いただければ、ご収入に応じた分割のご相談に応じます。下の申込書をFAXでご返送くだ"
                  "さい。")):
        q.line("Ｑ　" + a, size=10.5, font="sans-bold", color=PT_GREEN)
        q.para("Ａ　" + b, x0=22, x1=190, size=10, indent="")
        q.gap(2)
    q.gap(4)
    y = q.y
    q.add(Line(15, y, 196, y, 0.3))
    q.at(105, y + 6, f"ご返済相談申込書（FAX {PARTIR_FAX}）", size=12, font="sans-bold", align="c")
    q.y = y + 11
    q.table([["お客様番号", ref], ["お名前", ""], ["日中のご連絡先", ""], ["月々のご返済希望額", "　　　　　　　　　　円"],
             ["初回お支払希望日", "令和　　年　　月　　日"], ["ご相談内容", ""]], [48, 120], x=22, aligns="ll", size=10, row_h=10,
            shade_col0=True)
    tr = truth(document_type="collection_notice", sender=PARTIR, license_number=PARTIR_NO, phone=PARTIR_TEL,
               creditor=PARTIR, status="licensed", original=MAGAMO, debtor=K_DEBTOR, total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=K_R, lump=True, issued=issued, payment_due=due, acceleration=K_ACC,
               last_payment=K_LAST, assignment=K_ASSIGN, reference=ref, input_kind="fax_tiff",
               template="proxy61_servicer_wage_seizure_warning_fax", received=issued)
    return dict(stem="br05", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:42 PARTIR SAIKEN {PARTIR_FAX}",
                about="collection_notice (real servicer, 給与差押え予告, 2-page fax)",
                unusual="2-page G4 fax with a cover strip (宛先 / 送信日 / 枚数 / 送信元FAX); real servicer ★ パルティール債権回収 "
                        "with the licence in brackets 「（法務大臣許可　第113号）」; it announces a 給与差押え after the "
                        "財産開示 and the 情報取得; new labels 債務名義記載の元金 / 同　利息 / 法的手続費用 ※ / ご請求額合計, "
                        "the ※ footnote adding FOUR cost items into the one cost row; 申立予定 令和8年3月2日 (distractor "
                        "date); a 債権の表示 block (原債権者, 譲受日, 喪失日, 最終ご入金日, 債務名義 with its (ロ) number); p.2 "
                        "a Q&A on wage seizure (4分の1, 44万円, 33万円, 4週間, 第153条) and a 返済相談申込書 to fax back")


# =============================================================================================
# br06 小田原支部 債権差押命令 (給与), 2 digital pages: the order with the 当事者目録 and a 債務者の方へ box on p.1;
# 請求債権目録 with seven items (two damage rows, three cost rows) and 差押債権目録 on p.2.


def br06():
    issued = K_SEIZE
    P, I, L1 = K_P, K_I, K_L1
    L2 = late(P, K_R, K_FILED + ONE, K_SEIZE_FILED)
    exe = [("申立手数料", 4_000), ("申立書作成及び提出費用", 1_000), ("差押命令正本送達費用", 2_982), ("資格証明書交付手数料", 600)]
    E = sum(v for _, v in exe)
    T = P + I + L1 + L2 + K_C1 + K_C2 + E
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, case_fw(K_SEIZE_CASE) + "　債権差押命令申立事件", size=10.5)
    p.y = 26
    p.title("債 権 差 押 命 令", size=18, font="serif-bold")
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請 求 債 権", "別紙請求債権目録記載のとおり")], x=22, label_w=30)
    p.gap(2)
    p.para("債権者の申立てにより、上記請求債権の弁済に充てるため、別紙請求債権目録記載の執行力のある債務名義の正本に基づき、"
           "債務者が第三債務者に対して有する別紙差押債権目録記載の債権を差し押さえる。")
    p.para("債務者は、前項により差し押さえられた債権について、取立てその他の処分をしてはならない。")
    p.para("第三債務者は、第１項により差し押さえられた債権について、債務者に対し、弁済をしてはならない。")
    p.gap(3)
    p.line(f"　　{fe(issued)}", size=11)
    p.line(f"　　{ODAWARA}民事部", size=11)
    p.line(f"　　　　裁判官　{ODAWARA_JUDGE}", size=11)
    p.gap(4)
    p.line("当 事 者 目 録", size=12, font="serif-bold", align="c")
    p.kv([("債　権　者", f"〒{PARTIR_ZIP}　{PARTIR_ADDR}"), ("", f"{PARTIR}　{PARTIR_REP}"),
          ("債　務　者", f"〒{K_ZIP}　{K_ADDR}"), ("", K_DEBTOR),
          ("第三債務者", f"〒{EMPLOYER_ZIP}　{EMPLOYER_ADDR}"), ("", f"{EMPLOYER}　{EMPLOYER_REP}")], x=22, label_w=28,
         size=10)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 38, 0.6))
    p.at(24, y + 7, "債務者の方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　この命令が送達された日から４週間を経過すると、債権者は第三債務者（勤務先）から差し押さえられた",
                           "　　給料等を直接取り立てることができます。",
                           "２　差押えにより生活が困難となる事情があるときは、差押禁止債権の範囲の変更を申し立てることが",
                           "　　できます（民事執行法第１５３条）。",
                           f"３　問合せ先　{ODAWARA}民事部　債権執行係　電話 {ODAWARA_TEL}"]):
        p.at(24, y + 13.5 + i * 5.2, s, size=9.6)
    p.y = y + 42
    p.line(f"これは正本である。　{fe(issued)}　{ODAWARA}　裁判所書記官　{ODAWARA_CLERK}", size=9.5, align="r")
    p.seal(194, p.y - 4, 12, "square", "小田原支部書記官印", seed=6106)
    q = Page(font="serif", size=10.5, top=16)
    q.line("請 求 債 権 目 録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"{ATSUGI}{case_fw(K_CASE)}事件の仮執行宣言付支払督促正本に表示された下記金員及び執行費用", x0=22, x1=190,
           size=10, indent="")
    q.gap(1)
    rows = [["", "項　目", "金額（円）"], ["(1)", "元金", f"{P:,}"], ["(2)", "利息", f"{I:,}"],
            ["(3)", f"確定遅延損害金（{era(K_ACC + ONE)}～{era(K_FILED)}）", f"{L1:,}"],
            ["(4)", f"遅延損害金（{era(K_FILED + ONE)}～{era(K_SEIZE_FILED)}　年20％）", f"{L2:,}"],
            ["(5)", "督促手続費用", f"{K_C1:,}"], ["(6)", "仮執行宣言の手続費用", f"{K_C2:,}"],
            ["(7)", "執行費用（下記内訳）", f"{E:,}"], ["", "合　計", f"{T:,}"]]
    q.table(rows, [14, 116, 40], x=20, header=True, aligns="clr", size=10, row_h=7.6)
    q.para("（執行費用の内訳）" + "、".join(f"{n} {v:,}円" for n, v in exe), x0=22, x1=190, size=9.2, indent="")
    q.gap(5)
    q.line("差 押 債 権 目 録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"金{T:,}円（請求債権目録記載の合計額）", x0=22, x1=190, size=10.5, indent="")
    for s in ("債務者（" + K_DEBTOR.replace("　", "") + "）が第三債務者から支給される、本命令送達日以降支払期が到来する下記債権に"
              "して、頭書金額に満つるまで",
              "１　給料（基本給と諸手当。ただし通勤手当を除く。）から所得税、住民税及び社会保険料を控除した残額の４分の１"
              "（ただし、上記残額が月額４４万円を超えるときは、その残額から３３万円を控除した金額）",
              "２　賞与から１と同じ税金等を控除した残額の４分の１（ただし、上記残額が４４万円を超えるときは、その残額から"
              "３３万円を控除した金額）",
              "なお、１、２により弁済しないうちに退職したときは、退職金から所得税及び住民税を控除した残額の４分の１にして、"
              "１、２と合計して頭書金額に満つるまで"):
        q.para(s, x0=22, x1=190, size=10, indent="")
        q.gap(1)
    tr = truth(document_type="other", sender=ODAWARA, phone=ODAWARA_TEL, creditor=PARTIR, status="licensed",
               debtor=K_DEBTOR, total=T, principal=P, interest=I, late_damages=L1 + L2, costs=K_C1 + K_C2 + E, rate=K_R,
               lump=False, issued=issued, reference=K_SEIZE_CASE, input_kind="pdf_text_2page",
               template="proxy61_wage_garnishment_order_employer_two_pages", received=D(2026, 3, 12))
    return dict(stem="br06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="other (債権差押命令, 給与; 第三債務者 the employer)",
                unusual="digital 2-page 債権差押命令 ((ル) case) of the 地裁支部: p.1 the order signed by a 裁判官, the "
                        "当事者目録 with THREE parties (債権者 ★ パルティール, 債務者, 第三債務者 the employer 株式会社常磐木精工 "
                        "and its 代表取締役 — not the creditor) and a 債務者の方へ box (４週間, 第１５３条); p.2 a 請求債権目録 "
                        "table with SEVEN items: two damage rows (確定遅延損害金 to the 支払督促 申立日 + 遅延損害金 to the 差押 "
                        "申立日 → late = sum) and three cost rows (督促 / 仮執行宣言 / 執行費用 with a 4-part 内訳 → costs = "
                        "sum) above 合計; the 差押債権目録 repeats the 合計 as the seizure limit and prints ４分の１ / ４４万円 / "
                        "３３万円 (not amounts); demands nothing of the debtor (lump false, no payment date)")


# =============================================================================================
# br07 伊丹支部 (ワ) 呼出状 (ruled table) + 訴状 with a two-row (ショッピング / キャッシング) claim table, 2 digital pages.


def br07():
    issued = H_CALL
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, f"事件番号　{case_fw(H_CASE)}　立替金等請求事件", size=10.5)
    p.at(20, 25.5, f"原告　{TODAI}　　被告　{H_DEBTOR}", size=10.5)
    p.y = 32
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line(f"被告　{H_DEBTOR}　殿", size=12.5, x=20)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期"
           "日に出頭してください。なお、訴状を読んだうえで、下記提出期限までに答弁書を提出してください。")
    p.gap(2)
    rows = [["期　　日", f"{fe(H_HEAR)}（{wd(H_HEAR)}）　午後１時３０分"],
            ["場　　所", "神戸地方裁判所伊丹支部　第１号法廷（１階）"],
            ["答弁書提出期限", f"{fe(H_ANSWER)}（{wd(H_ANSWER)}）"]]
    p.table(rows, [40, 130], x=20, aligns="ll", size=11, row_h=10, shade_col0=True)
    p.gap(3)
    p.para("答弁書を提出せず、期日にも出頭しないときは、訴状に書かれた事実を認めたものとして、原告の請求どおりの判決がされ"
           "ることがあります。", size=10)
    p.para("同封書類：訴状副本、甲号証写し（甲第１号証～第４号証）、答弁書用紙、「被告となった方へ」", size=10)
    p.gap(5)
    p.line(f"　　{fe(issued)}", size=11)
    p.line(f"　　{ITAMI}　民事係", size=11)
    p.line(f"　　　　裁判所書記官　{ITAMI_CLERK}", size=11)
    p.seal(150, p.y - 7, 14, "square", "伊丹支部書記官印", seed=6107)
    p.gap(3)
    p.line(f"〒664-0000　兵庫県伊丹市おおるり坂九丁目9番9号　電話 {ITAMI_TEL}（民事係直通）　FAX {ITAMI_FAX}", size=9,
           x=20)
    q = Page(font="serif", size=10.2, top=14)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fe(H_SUIT), align="r", size=10)
    q.line(f"{ITAMI}　御中", size=10.5)
    q.kv([("原　告", f"〒{TODAI_ZIP} {TODAI_ADDR}　{TODAI}"),
          ("", f"{TODAI_REP}　（送達場所・担当　法務部 電話 {TODAI_DESK}）"),
          ("被　告", f"〒{H_ZIP} {H_ADDR}　{H_DEBTOR}（{H_SHOP}）")], x=20, label_w=18, size=9.6)
    q.line(f"立替金等請求事件　訴訟物の価額　金{H_P:,}円　貼用印紙額　金14,000円", size=9.6, x=20)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.8, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{H_T:,}円及びうち金{H_P:,}円に対する{era(H_SUIT + ONE)}から支払済みまで年14.6パーセント"
           "の割合による金員を支払え。", x0=22, x1=190, size=9.8, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=9.8, indent="")
    q.line("第２　請求の原因", size=10.8, font="serif-bold")
    for s in ("１　原告は、平成31年3月12日、被告との間でクレジットカード会員契約を締結し、被告はカードを利用して商品購入"
              "代金の立替払（ショッピング）及び金員の借入れ（キャッシング）を受けた。遅延損害金はいずれも年14.6％（年365日の"
              "日割計算）と約定した。",
              f"２　被告は、{era(H_LAST)}の支払を最後に約定の支払を怠り、{era(H_ACC)}の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、次の金員（確定遅延損害金は期限の利益喪失日の翌日から本訴状作成日まで）及び元金"
              "合計に対する請求の趣旨記載の遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.6, indent="")
    q.gap(1)
    rows = [["区　分", "残元金", "未払手数料・利息", "確定遅延損害金", "計"],
            ["ショッピング", f"{H_P_SHOP:,}円", f"{H_I_SHOP:,}円", f"{H_L_SHOP:,}円", f"{H_P_SHOP + H_I_SHOP + H_L_SHOP:,}円"],
            ["キャッシング", f"{H_P_CASH:,}円", f"{H_I_CASH:,}円", f"{H_L_CASH:,}円", f"{H_P_CASH + H_I_CASH + H_L_CASH:,}円"],
            ["合　計", f"{H_P:,}円", f"{H_I:,}円", f"{H_L:,}円", f"{H_T:,}円"]]
    q.table(rows, [30, 34, 38, 34, 34], x=20, header=True, aligns="lrrrr", size=9.4, row_h=7.4)
    q.gap(3)
    q.para("証拠方法　甲第１号証（会員規約）、甲第２号証（会員申込書）、甲第３号証（利用明細）、甲第４号証（期限の利益喪失"
           "通知書）", x0=20, x1=190, size=9.4, indent="")
    q.para("附属書類　訴状副本１通、甲号証写し各１通、資格証明書１通", x0=20, x1=190, size=9.4, indent="")
    assert H_P_SHOP + H_P_CASH == H_P and H_L_SHOP + H_L_CASH == H_L and H_I_SHOP + H_I_CASH == H_I
    tr = truth(document_type="lawsuit", sender=ITAMI, phone=ITAMI_TEL, creditor=TODAI, status="not_applicable",
               debtor=H_DEBTOR, total=H_T, principal=H_P, interest=H_I, late_damages=H_L, rate=H_R, lump=True,
               issued=issued, acceleration=H_ACC, last_payment=H_LAST, hearing=H_HEAR, reference=H_CASE,
               input_kind="pdf_text_2page", template="proxy61_district_branch_wa_card_two_row_table",
               received=D(2025, 3, 7))
    return dict(stem="br07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), card company plaintiff, 2 pages)",
                unusual="digital 伊丹支部 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) with 期日 / 場所 / 答弁書提出期限 in a "
                        "shaded-label ruled table, the court's 直通 phone and FAX on one line; the plaintiff 燈台クレジット "
                        "is a card company (not a servicer → not_applicable); p.2 訴状 dated 2/10 ≠ 呼出状 3/4; 訴訟物の価額 "
                        "and 貼用印紙額 14,000 on one line (not claim amounts); 請求の趣旨 「金…及びうち金…」; a 5-column "
                        "table with TWO rows (ショッピング / キャッシング: 残元金 / 未払手数料・利息 / 確定遅延損害金 / 計) and "
                        "a 合計 row → amounts = the 合計 row; the 被告's 屋号 in brackets after the name; the plaintiff's "
                        "法務部 06 number as a distractor")


# =============================================================================================
# br08 伊丹支部 判決正本 (default judgment), scanned PNG: 主文 with 「及びうち金」, the 内訳 only in 事実及び理由.


def br08():
    issued = H_JUDG
    p = Page(font="serif", size=10.5, top=14)
    p.at(20, 18, f"{fe(issued)}判決言渡　同日原本領収　裁判所書記官　{ITAMI_CLERK}", size=9.5)
    p.at(20, 23.5, f"{case_fw(H_CASE)}　立替金等請求事件", size=10)
    p.at(20, 29, f"口頭弁論終結日　{fe(H_HEAR)}", size=10)
    p.y = 34
    p.title("判　　　　決", size=17, font="serif-bold")
    p.kv([("", f"{TODAI_ADDR}"), ("原　　告", TODAI), ("同代表者代表取締役", TODAI_REP.split("　", 1)[1]),
          ("", f"{H_ADDR}"), ("被　　告", H_DEBTOR)], x=30, label_w=44, size=10.5)
    p.gap(2)
    p.line("主　　　文", size=12.5, font="serif-bold", align="c")
    p.para(f"１　被告は、原告に対し、{H_T:,}円及びうち{H_P:,}円に対する{fe(H_SUIT + ONE)}から支払済みまで年１４．６パーセ"
           "ントの割合による金員を支払え。", x0=24, x1=188, indent="")
    p.para("２　訴訟費用は被告の負担とする。", x0=24, x1=188, indent="")
    p.para("３　この判決は、仮に執行することができる。", x0=24, x1=188, indent="")
    p.gap(1)
    p.line("事 実 及 び 理 由", size=12.5, font="serif-bold", align="c")
    p.line("第１　請求", size=11, font="serif-bold", x=20)
    p.para("主文同旨", x0=30, x1=188, indent="")
    p.line("第２　事案の概要及び判断", size=11, font="serif-bold", x=20)
    p.para(f"１　本件は、原告が、被告に対し、平成31年3月12日締結のクレジットカード会員契約に基づき、立替金及び貸付金の残元金"
           f"合計{H_P:,}円、未払手数料・利息{H_I:,}円、{era(H_ACC + ONE)}から{era(H_SUIT)}までの確定遅延損害金{H_L:,}円並び"
           "に上記残元金に対する約定の年14.6パーセントの割合による遅延損害金の支払を求める事案である。", x0=24, x1=188,
           size=10.2, indent="")
    p.para(f"２　被告は、{era(H_ACC)}の経過により期限の利益を喪失したものである。被告は、適式の呼出しを受けながら本件口頭弁論"
           "期日に出頭せず、答弁書その他の準備書面も提出しないから、請求原因事実を争うことを明らかにしないものと認め、これ"
           "を自白したものとみなす。", x0=24, x1=188, size=10.2, indent="")
    p.para("３　よって、原告の請求は理由があるからこれを認容し、訴訟費用の負担につき民事訴訟法61条を、仮執行の宣言につき同"
           "法259条1項を適用して、主文のとおり判決する。", x0=24, x1=188, size=10.2, indent="")
    p.gap(3)
    p.line(f"{ITAMI}", x=110, size=11)
    p.line(f"裁判官　{ITAMI_JUDGE}", x=122, size=11)
    p.gap(8)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(3)
    p.line("これは正本である。", x=110, size=10.5)
    p.line(f"{fe(issued)}", x=110, size=10.5)
    p.line(f"{ITAMI}", x=110, size=10.5)
    p.line(f"裁判所書記官　{ITAMI_CLERK}", x=118, size=10.5)
    p.seal(186, p.y - 10, 15, "square", "神戸地方裁判所伊丹支部書記官印", seed=6108)
    tr = truth(document_type="other", sender=ITAMI, phone=None, creditor=TODAI, status="not_applicable",
               debtor=H_DEBTOR, total=H_T, principal=H_P, interest=H_I, late_damages=H_L, rate=H_R, lump=True,
               issued=issued, acceleration=H_ACC, reference=H_CASE, input_kind="scan_png",
               template="proxy61_default_judgment_certified_copy_scan", received=D(2025, 4, 25))
    return dict(stem="br08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="other (判決正本, default judgment)",
                unusual="scanned 判決正本 of br07's case: the header line 「…判決言渡　同日原本領収　裁判所書記官…」 and the "
                        "口頭弁論終結日 (4/9, = the past hearing: hearing null); the parties with 「同代表者代表取締役」; 主文 "
                        "１ with 「…円及びうち…円に対する…から支払済みまで年１４．６パーセント」 in full-width digits and NO "
                        "金 before the amounts; the 内訳 (残元金 / 未払手数料・利息 / 確定遅延損害金) only in a sentence of "
                        "事実及び理由; 民事訴訟法61条 / 259条1項 (numbers, not amounts); signed by a 裁判官, 「これは正本である」 "
                        "by the clerk; NO phone number anywhere (sender phone null)")


LETTERS = [br01, br02, br03, br04, br05, br06, br07, br08]
