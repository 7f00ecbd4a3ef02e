"""Proxy set 51, letters bh09–bh16: the internet-line debt sold to a real servicer (joint 債権譲渡通知) and that
servicer's 仮執行宣言付支払督促 at the 木更津簡裁; a 家賃保証会社's 求償金 分割 proposal by fax; a 税理士法人's 未収報酬
demand by fax; the 工務店's 縦書き 内容証明 before its lawsuit (bh06); an employer's 縦書き 期限の利益喪失通知 for a
社内貸付 after the employee left; a scam postcard about 電気料金; the 半田簡裁's 民事調停 呼出状 for the nursing home
(bh04), which claims nothing itself."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

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
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from letters_bh1 import KG_DEBTOR, KG_EXTRA, KG_FIRM, KG_LAST, KG_REST, UT_DEBTOR, UT_OP

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import PT_MM, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.45, 0.25)
AMBER = (0.85, 0.55, 0.0)
NAVY2 = (0.12, 0.18, 0.40)


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def wdp(d: D) -> str:
    return f"（{wd(d)}）"


# --- the internet-line debt (bh09, bh10) -------------------------------------------------------------------
NET_ISP = "株式会社みつばちネットワークス"
NET_SV = "オリックス債権回収株式会社"
NET_R = 14.5
NET_FEES, NET_CANCEL, NET_WORK = 5_940 * 4, 22_000, 1_100 * 15
NET_P = NET_FEES + NET_CANCEL + NET_WORK
NET_ACC, NET_LAST, NET_ASSIGN = D(2025, 9, 30), D(2025, 5, 26), D(2026, 2, 2)
NET_DEBTOR = "砥綿　亮介"


def net_late(to: D) -> int:
    return late(NET_P, NET_R, NET_ACC + timedelta(1), to)


# ---------------------------------------------------------------------------------------------
# bh09 joint 債権譲渡通知: ISP → real servicer; parties in a two-column table at the top right; the 譲渡債権 as a 記 table.


def bh09():
    issued = D(2026, 2, 10)
    L = net_late(NET_ASSIGN)
    T = NET_P + L
    p = Page(font="sans", size=10, top=14)
    window(p, 15, 16, "292-0000", ["千葉県木更津市さざなみ野1丁目20番地14"], f"{NET_DEBTOR}　様", "bh09win", w=88, h=34)
    p.at(196, 12, f"通知日　{west(issued)}", size=9.5, align="r")
    p.table([["譲　渡　人", "譲　受　人"],
             ["東京都港区しばうら北2-4-1", "東京都港区みさき通3-9-9"],
             [NET_ISP, NET_SV],
             ["代表取締役　葛貫　正臣", "代表取締役　（記名押印）"],
             ["", "法務大臣許可番号　第11号"]],
            [45, 45], x=106, header=True, aligns="ll", size=6.8, row_h=5.4, ruled="outer")
    p.seal(146, 49, 8, "round", "みつばち|代表", seed=51091)
    p.seal(191, 49, 8, "round", "オリックス債権回収|代表", seed=51092)
    p.y = 58
    p.title("債権譲渡のご通知（債権譲渡及び譲受通知書）", size=14)
    p.para(f"譲渡人 {NET_ISP}（以下「譲渡人」）は、光回線サービス「ハニカム光」のご契約に基づき貴殿に対して有する下記の債権を、"
           f"{west(NET_ASSIGN)}付で、譲受人 {NET_SV}（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、"
           "譲渡人及び譲受人の連名にてご通知申し上げます。", size=9.6)
    p.para("今後のお支払い及びお問い合わせは、譲渡人ではなく、すべて譲受人あてにお願いいたします。譲受人からお支払方法のご案内を"
           "別途お送りいたします。", size=9.6)
    p.line("記", align="c", size=10.5)
    p.kv([("ご契約サービス", "ハニカム光 ファミリー（月額5,940円・税込）　お客様ID HNC00418827"),
          ("最終ご入金日", f"{west(NET_LAST)}（令和7年5月ご請求分）"),
          ("契約解除日", f"{west(NET_ACC)}（利用料金未払いによる解除。同日、工事費分割払いの期限の利益を喪失）"),
          ("債権譲渡日", west(NET_ASSIGN))], x=22, label_w=32, size=9.2)
    p.gap(2)
    p.line(f"譲渡債権の内訳（{west(NET_ASSIGN)}現在）", x=22, size=9.5, font="sans-bold")
    rows = [("未払利用料金（令和7年6月分～9月分）", NET_FEES), ("契約解除料", NET_CANCEL),
            ("工事費残額（分割払 残15回分）", NET_WORK), ("小　計", NET_P),
            ("延滞利息（年14.5％・令和7年10月1日から譲渡日まで）", L), ("譲渡債権額　合計", T)]
    p.table([["項　目", "金　額"]] + [[a, f"{b:,}円"] for a, b in rows], [110, 44], x=28, header=True, aligns="lr",
            size=9.4, row_h=7.5)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 168, 30, 0.6, GREEN))
    p.add(Box(22, y, 168, 6.5, color=None, fill=(0.88, 0.95, 0.90)))
    p.at(26, y + 4.8, "お問い合わせ先（譲受人）", size=9, font="sans-bold", color=GREEN)
    for i, s in enumerate([f"{NET_SV}　管理部　通信債権グループ",
                           "フリーダイヤル 0120-000-611　受付 平日9:00～18:00",
                           "お客様番号　OR-6021-44817（お問い合わせの際にお伝えください）",
                           "※譲渡人（ハニカム光サポートセンター 0570-000-318）では、お支払いを受け付けられません。"]):
        p.at(26, y + 11 + i * 4.8, s, size=9 if i < 3 else 8)
    p.y = y + 34
    p.para("本通知は債権譲渡の事実をお知らせするもので、新たなご負担が生じるものではありません。本書と行き違いにお支払いいた"
           "だいている場合は、ご容赦ください。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender=NET_SV, license_number=11, phone="0120-000-611",
               creditor=NET_SV, status="licensed", original=NET_ISP, debtor="砥綿亮介", total=T, principal=NET_P,
               late_damages=L, rate=NET_R, lump=False, issued=issued, acceleration=NET_ACC, last_payment=NET_LAST,
               assignment=NET_ASSIGN, reference="OR-6021-44817", input_kind="pdf_text",
               template="proxy51_joint_assignment_internet_line_to_servicer", received=D(2026, 2, 13))
    return dict(stem="bh09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, internet-line provider → real servicer)",
                unusual="joint 債権譲渡のご通知: the two parties in a small outer-ruled 2-column table TOP-RIGHT (譲渡人 / "
                        "譲受人 with round seals under it) beside the window address; real servicer ★ "
                        "オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 in that table; western 年月日 dates; the "
                        "debt has NO 元金 label: 未払利用料金 + 契約解除料 + 工事費残額 = 小計, then 延滞利息 (→ late "
                        "damages) and 譲渡債権額 合計; the 契約解除日 carries 「同日、工事費分割払いの期限の利益を喪失」; the "
                        "ISP's お客様ID and its 0570 number as distractors, the servicer's お客様番号 in a green 問い合わせ box; "
                        "informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bh10 仮執行宣言付支払督促 (木更津簡裁), the servicer v. the same debtor; 2 scanned pages.


def bh10():
    filed, order, served, vfiled, issued = D(2026, 3, 23), D(2026, 3, 30), D(2026, 4, 2), D(2026, 4, 20), D(2026, 4, 27)
    L = net_late(filed)
    C1, C2 = 2_382, 1_082
    T = NET_P + L + C1 + C2
    case = "令和８年（ロ）第１５８号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(105, 24, "仮執行宣言付支払督促", size=17, font="serif-bold", align="c")
    p.at(190, 33, "事件番号　" + case, size=10, align="r")
    p.at(190, 38.5, "事件名　譲受債権請求督促事件", size=10, align="r")
    p.y = 46
    p.table([["債　権　者", f"{NET_SV}"], ["債　務　者", f"{NET_DEBTOR}"]], [34, 120], x=24, aligns="cl", size=10.5,
            row_h=9, shade_col0=True)
    p.gap(4)
    p.para(f"頭書の督促事件について、当裁判所書記官は、{era(order, True)}、別紙のとおり支払督促を発し、その支払督促は"
           f"{era(served, True)}債務者に送達されたが、債務者は、その送達の日から２週間以内に督促異議の申立てをしなかった。",
           size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(2)
    p.line("仮執行の宣言", align="c", size=12, font="serif-bold")
    p.para(f"債務者は、別紙請求の趣旨記載の金額に、この仮執行宣言の手続費用 金{C2:,}円を付加して、債権者に支払え。"
           "この支払督促は、仮に執行することができる。", size=10.5)
    p.gap(3)
    p.line(f"{era(issued, True)}", x=188, align="r", size=10.5)
    p.line("木更津簡易裁判所", x=188, align="r", size=10.5)
    p.line("裁判所書記官　栃　堀　由　紀", x=188, align="r", size=10.5)
    p.seal(184, p.y - 5, 9, "square", "木更津簡易裁判所書記官印", seed=51101)
    p.gap(6)
    y = p.y
    p.add(Box(22, y, 166, 44, 0.8))
    p.add(Box(22, y, 166, 8, color=None, fill=SHADE))
    p.at(105, y + 5.6, "この書面を受け取った方へ", size=10.5, font="serif-bold", align="c")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に不服があるときは、これを受け取った日から２週間以内に、",
                           "　　この裁判所に督促異議の申立てをすることができます。",
                           "２　期間内に異議の申立てがないと、この支払督促は確定判決と同一の効力を持ちます。",
                           "３　異議の申立てをしても、それだけでは強制執行は止まりません。",
                           "問い合わせ先　木更津簡易裁判所　督促係　電話 0438-00-2917（直通）",
                           f"（仮執行宣言申立日　{era(vfiled, True)}）"]):
        p.at(26, y + 14 + i * 5, s, size=9.3)
    q = Page(font="serif", size=10, top=16)
    q.line("別　紙", size=10.5, font="serif-bold")
    q.line("当事者目録", align="c", size=12, font="serif-bold")
    q.kv([("債権者", f"〒105-0000 東京都港区みさき通3-9-9　{NET_SV}"),
          ("", "代表者代表取締役　（記載省略）"),
          ("（送達場所）", "〒260-0000 千葉市中央区ゆりのき町1丁目1番1号　同社千葉オフィス"),
          ("", "電話 043-000-6112　FAX 043-000-6113　担当 鵜澤"),
          ("債務者", f"〒292-0000 千葉県木更津市さざなみ野1丁目20番地14　{NET_DEBTOR}")], x=22, label_w=28, size=9.4)
    q.gap(3)
    q.line("請求の趣旨", align="c", size=12, font="serif-bold")
    rows = [["１", "譲受債権元金", f"{NET_P:,}円", "未払利用料金・契約解除料・工事費残額"],
            ["２", "確定遅延損害金", f"{L:,}円", "令和7年10月1日から令和8年3月23日まで 年14.5％"],
            ["３", "督促手続費用", f"{C1:,}円", ""],
            ["４", "仮執行宣言の手続費用", f"{C2:,}円", ""],
            ["", "合　　計", f"{T:,}円", ""]]
    q.table([["番号", "項　目", "金　額", "備　考"]] + rows, [12, 42, 30, 84], x=22, header=True, aligns="clrl", size=9,
            row_h=8)
    q.para("５　上記１の金額に対する令和８年３月２４日から支払済みまで年14.5％の割合による遅延損害金", x0=22, size=9.6,
           indent="")
    q.gap(3)
    q.line("請求の原因", align="c", size=12, font="serif-bold")
    for s in [f"１　{NET_ISP}（以下「原契約会社」）は、令和5年8月12日、債務者との間で、光回線サービス利用契約を締結し、"
              "工事費39,600円を月1,100円の36回払いとした。",
              "２　債務者は、令和7年5月26日の入金を最後に利用料金の支払をせず、原契約会社は、同年9月30日、利用契約を解除した。"
              "債務者は、同日、工事費分割払いの期限の利益を喪失した。",
              "３　原契約会社は、令和8年2月2日、上記債権を債権者に譲渡し、同月10日付の連名の通知が債務者に到達した。",
              "４　よって、債権者は、請求の趣旨記載の金員の支払を求める。"]:
        q.para(s, x0=22, size=9.4, indent="")
    q.gap(2)
    q.line("（申立日　" + era(filed, True) + "）", x=188, align="r", size=9)
    tr = truth(document_type="payment_order_enforceable", sender="木更津簡易裁判所", phone="0438-00-2917",
               creditor=NET_SV, status="licensed", original=NET_ISP, debtor="砥綿亮介", total=T, principal=NET_P,
               late_damages=L, costs=C1 + C2, rate=NET_R, lump=True, issued=issued, acceleration=NET_ACC,
               last_payment=NET_LAST, assignment=NET_ASSIGN, reference="令和8年(ロ)第158号", input_kind="pdf_scan",
               template="proxy51_enforceable_order_internet_line_kisarazu", received=D(2026, 4, 30))
    return dict(stem="bh10", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.85,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (木更津簡裁) as a 2-page image PDF: p.1 the parties in a "
                        "shaded-label 2-row table, the 支払督促 date 3/30 and its 送達 4/2 in one sentence, the 仮執行宣言 cost "
                        "1,082 in the prose, a shaded 「この書面を受け取った方へ」 box with the court's phone and the "
                        "仮執行宣言申立日 4/20; p.2 当事者目録 with ★ オリックス債権回収 (no licence: court paper) and its "
                        "送達場所 phone / FAX (distractors), 請求の趣旨 as a 4-column ruled table (番号 / 項目 / 金額 / 備考) "
                        "with TWO cost rows and an unnumbered 合計, the running item ５ under the table, and the 請求の原因 "
                        "(工事費 39,600 in 36 instalments as distractors)")


# ---------------------------------------------------------------------------------------------
# bh11 家賃保証会社: 求償金 分割弁済のご提案 by fax (2 pages); ご入金 △ in the table; ご回答期限 必着.


def bh11():
    R = 14.6
    issued, reply = D(2026, 2, 18), D(2026, 3, 6)
    sub_day, paid_day = D(2025, 11, 10), D(2025, 12, 25)
    SUB, PAID = 62_000 * 4, 30_000
    P = SUB - PAID
    L = late(SUB, R, sub_day + timedelta(1), paid_day) + late(P, R, paid_day + timedelta(1), issued)
    T = P + L
    n, inst, last_amt = 14, 15_000, 8_000
    assert inst * n + last_amt == P
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 13, 0.5))
    p.at(19, 15.5, "ＦＡＸ送信のご案内", size=10.5, font="sans-bold")
    p.at(19, 20.5, f"送信日：{era(issued)}　　送信枚数：2枚（本紙含む）", size=8.8)
    p.at(192, 15.5, "送信元：株式会社いろはレントサポート 債権管理課", size=8.8, align="r")
    p.at(192, 20.5, "TEL 0120-000-468　FAX 03-0000-4690", size=8.8, align="r")
    p.y = 30
    p.line("桝潟　美帆　様", x=20, size=13.5)
    p.line("（ご勤務先FAX 045-000-7719 あて・ご本人様限り）", x=20, size=7.8, color=GRAY)
    p.at(192, 32, "求償管理No.　IR-25-0733", size=10, align="r", font="sans-bold")
    p.at(192, 37, "保証契約番号　HK-2291-0087", size=8.5, align="r", color=GRAY)
    p.y = 46
    p.title("求償金の分割お支払いについて（ご提案）", size=14)
    p.para("先日はお電話でご事情をお聞かせいただき、ありがとうございました。当社が貴殿の賃貸借契約（物件：ラ・メール汐入 102号室、"
           "月額賃料62,000円）の連帯保証人として貸主様にお支払いした賃料（代位弁済）について、求償金のお支払方法を下記のとおり"
           "ご提案いたします。", size=9.5)
    p.line("１．現在のご債務（本書送信日現在）", size=10, font="sans-bold")
    rows = [("代位弁済額（令和7年7月分～10月分賃料）", f"{SUB:,}円"),
            (f"ご入金（{era(paid_day)}）", f"△{PAID:,}円"),
            ("求償金残高", f"{P:,}円"),
            ("遅延損害金（年14.6％）", f"{L:,}円"),
            ("ご債務総額", f"{T:,}円")]
    p.table([[a, b] for a, b in rows], [110, 50], x=25, aligns="lr", size=9.6, row_h=7.6, shade_col0=True)
    p.line(f"※代位弁済日：令和7年8月8日、9月9日、10月9日、{era(sub_day)}（各月分）。遅延損害金は最終代位弁済日の翌日から計算。",
           x=25, size=7.6)
    p.gap(2)
    p.line("２．ご提案の内容", size=10, font="sans-bold")
    p.table([["回", "お支払日", "お支払額"], ["第1回", "令和8年3月27日", f"{inst:,}円"],
             ["第2回～第14回", "令和8年4月から毎月27日", f"各{inst:,}円"], ["第15回（最終）", "令和9年5月27日", f"{last_amt:,}円"],
             ["計", "15回", f"{P:,}円"]], [40, 70, 50], x=25, header=True, aligns="ccr", size=9.3, row_h=7)
    p.para("上記のとおり求償金残高を完済いただいた場合、遅延損害金は全額免除いたします。お支払いが2回分（30,000円）以上遅れた"
           "場合は、本提案は効力を失い、残額と遅延損害金を一括してご請求いたします。", x0=25, size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 14, 1.4))
    p.at(30, y + 9, "ご回答期限", size=11, font="sans-bold")
    p.at(180, y + 9.3, f"{era(reply)}{wdp(reply)}必着", size=13.5, font="sans-bold", align="r")
    p.y = y + 18
    p.para("2枚目の「分割弁済申込書」にご記入のうえ、FAX（03-0000-4690）または郵送でご返送ください。期限までにご回答がない"
           "場合は、法的手続き（訴訟等）に移行させていただくことがあります。", x0=20, size=9, indent="")
    p.gap(2)
    p.line("株式会社いろはレントサポート　債権管理課（担当：縫部）", x=192, align="r", size=9.5)
    p.line("〒160-0000 東京都新宿区もみじ坂1丁目7番3号　TEL 0120-000-468　FAX 03-0000-4690", x=192, align="r", size=8.2)
    p.line("賃貸住宅家賃債務保証業者登録　国土交通大臣（1）第000129号", x=192, align="r", size=7.5, color=GRAY)
    q = Page(font="sans", size=10, top=16)
    q.line("株式会社いろはレントサポート　債権管理課　行　（FAX 03-0000-4690）", size=10)
    q.gap(4)
    q.title("分　割　弁　済　申　込　書", size=15)
    q.para("私は、求償管理No. IR-25-0733 の求償金について、貴社ご提案の条件（第1回 令和8年3月27日、以後毎月27日、"
           "15回払い）で分割して支払うことを申し込みます。", size=10)
    q.gap(4)
    for s in ["申込日　　令和　　年　　月　　日", "ご住所　　", "お名前　　　　　　　　　　　　　　　　　　　　印",
              "ご連絡先電話番号　　　　　　　－　　　　　－", "お支払方法　□ 振込　　□ 口座振替（別途用紙をお送りします）"]:
        q.line(s, x=24, size=10.5)
        q.add(Line(24, q.y - 1.5, 186, q.y - 1.5, 0.2))
        q.gap(4)
    q.gap(4)
    q.line("ご要望・ご連絡事項", x=24, size=10)
    q.add(Box(24, q.y, 162, 40, 0.3))
    tr = truth(document_type="settlement_proposal", sender="株式会社いろはレントサポート", phone="0120-000-468",
               creditor="株式会社いろはレントサポート", status="not_applicable", debtor="桝潟美帆", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, last_payment=paid_day,
               reference="IR-25-0733", input_kind="fax_tiff",
               template="proxy51_rent_guarantor_recourse_instalment_offer_fax", received=issued)
    return dict(stem="bh11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:22 IROHA RENT SUPPORT 03-0000-4690",
                about="settlement_proposal (家賃保証会社 求償金 instalment offer, 2-page fax)",
                unusual="2-page G4 fax from a RENT guarantee company to the former tenant's workplace: a framed FAX cover "
                        "strip (送信日 / 送信枚数 / 送信元 with TEL and FAX), the addressee's workplace FAX under her name "
                        "(distractor), 求償管理No. bold top-right and 保証契約番号 grey; a shaded-label table 代位弁済額 / "
                        "ご入金（令和7年12月25日） △30,000 / 求償金残高 / 遅延損害金 / ご債務総額; the four 代位弁済日 in a "
                        "note; a 15-instalment plan (15,000 × 14 + 8,000) with the waiver and the 30,000 default threshold "
                        "(distractors); a heavy-framed ご回答期限 …必着; the 国土交通大臣 登録番号 (not a servicer licence); "
                        "p.2 a blank 分割弁済申込書")


# ---------------------------------------------------------------------------------------------
# bh12 税理士法人: 未収報酬 by fax (1 page); 顧問報酬 per month + 年末調整報酬; 確定申告期限 as a distractor date.


def bh12():
    issued, due, lastp, end = D(2026, 2, 16), D(2026, 2, 27), D(2025, 7, 10), D(2026, 3, 31)
    mon = 22_000
    months = [f"令和7年{m}月分" for m in range(7, 13)]
    A = mon * len(months)
    B = 16_500
    P = A + B
    p = Page(font="sans", size=10, top=12)
    p.at(20, 18, "FAX", size=22, font="sans-bold")
    p.at(50, 14.5, "送信日", size=8)
    p.at(50, 19.5, f"{issued.year}年{issued.month}月{issued.day}日", size=10)
    p.at(100, 14.5, "枚数", size=8)
    p.at(100, 19.5, "1枚", size=10)
    p.add(Line(15, 24, 196, 24, 0.8))
    p.y = 28
    p.line("鎗水板金工業　鎗水　義晴　様", x=18, size=13)
    p.line("（FAX 0258-00-4409）", x=18, size=8.5, color=GRAY)
    p.at(196, 30, "税理士法人ささなみ会計", size=12, font="sans-bold", align="r")
    p.at(196, 35, "代表社員　税理士　榎園　祥子", size=9, align="r")
    p.at(196, 39.5, "〒940-0000 新潟県長岡市すいれん町3-5-12", size=8, align="r")
    p.at(196, 44, "TEL 0258-00-6183　／　FAX 0258-00-6184", size=8.5, align="r")
    p.y = 52
    p.title("未収報酬のご請求について", size=14)
    p.para("いつもお世話になっております。顧問契約に基づく報酬のうち、下記の分につきまして、お振込みが確認できておりません。"
           f"令和7年6月分までは{era(lastp)}にお振込みいただいておりますが、7月分以降が未入金となっております。", size=9.8)
    p.para("確定申告の時期を控え、業務の継続にも関わりますので、下記期日までにお振込みくださいますようお願いいたします。",
           size=9.8)
    p.line("関与先コード　NS-2207", x=20, size=9.5, font="sans-bold")
    p.gap(1)
    body = [[m, "月次顧問報酬", f"{mon:,}"] for m in months]
    body.append(["令和8年1月", "年末調整・法定調書作成報酬", f"{B:,}"])
    p.table([["対象", "内　容", "金額（税込）"]] + body + [["", "未収報酬　合計", f"{P:,}"]],
            [40, 80, 40], x=25, header=True, aligns="llr", size=9.5, row_h=7, ruled="rows")
    p.gap(3)
    p.kv([("お振込期日", f"{era(due)}{wdp(due)}"), ("お振込金額", f"{P:,}円"),
          ("お振込先", "北越ながれ銀行　長岡駅前支店　普通　2047158　ゼイ）ササナミカイケイ")], x=25, label_w=30, size=10)
    p.gap(3)
    p.para("なお、期日までにお振込みがない場合、誠に残念ながら、顧問契約書第9条により令和8年3月31日をもって顧問契約を解除させて"
           "いただき、令和7年分所得税の確定申告（申告期限 令和8年3月16日）のご依頼もお受けできなくなります。また、未収報酬に"
           "つきましては、別途法的手続きによりご請求いたします。", size=9.3, indent="")
    p.para("ご事情がおありでしたら、担当の笹浪（内線21）までご連絡ください。本FAXと行き違いでお振込み済みの場合はご容赦ください。",
           size=9.3, indent="")
    p.gap(2)
    p.line("（ご参考）月次顧問報酬 月額22,000円（記帳代行含む）／決算・確定申告報酬 110,000円（令和6年分は支払済み）", x=20,
           size=8, color=GRAY)
    tr = truth(document_type="collection_notice", sender="税理士法人ささなみ会計", phone="0258-00-6183",
               creditor="税理士法人ささなみ会計", status="not_applicable", debtor="鎗水義晴", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="NS-2207",
               input_kind="fax_tiff", template="proxy51_tax_accountant_unpaid_fees_fax", received=issued)
    assert end > due
    return dict(stem="bh12", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 11:05 SASANAMI KAIKEI 0258-00-6184",
                about="collection_notice (税理士法人 未収報酬, one-page fax)",
                unusual="one-page G4 fax from a tax accountants' firm to a sole trader: a big 「FAX」 header with 送信日 / "
                        "枚数, the addressee as 屋号 + name (鎗水板金工業　鎗水義晴 → debtor the person) with his own FAX "
                        "number (distractor); the sender block top-right with TEL and FAX on one line; a rows-ruled table of "
                        "six 月次顧問報酬 rows and a 年末調整 row with 「未収報酬　合計」 (the debt itself, no 元金); 関与先コード "
                        "in bold above the table; the last payment inside a sentence; the 解除 date 3/31, the 確定申告 "
                        "deadline 3/16, 内線21 and the ご参考 fees as distractors")


# ---------------------------------------------------------------------------------------------
# bh13 工務店's 縦書き 請求書 (内容証明) before the lawsuit bh06: no reference, no rate; scanned.


def bh13():
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    P = KG_REST + KG_EXTRA
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "工事残代金請求書"),
        ("body", "当社は、令和七年三月十日、貴殿との間で、貴殿の自宅の増改築工事を請負代金"
                 f"{kj(5_280_000)}（消費税込）で請け負う旨の工事請負契約を締結いたしました。"),
        ("body", "当社は、令和七年八月二十九日に本件工事を完成させて貴殿に引き渡し、残代金の支払期日を同月三十一日と"
                 "いたしましたが、貴殿からは、着手金及び令和七年六月二十日にお支払いいただいた中間金として"
                 f"{kj(1_500_000)}のほかは、今日に至るまで何らのお支払いもいただいておりません。"),
        ("body", "また、貴殿のご依頼により施工した浴室手すりの増設及び外構の補修の追加工事代金も未払いのままです。"),
        ("body", f"つきましては、左記の工事残代金を、{kdate(due)}限り、左記口座にお振込みいただくよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　請負残代金　　{kj(KG_REST)}"),
        ("indent", f"二　追加工事代金　{kj(KG_EXTRA)}"),
        ("indent", f"三　合計　　　　　{kj(P)}"),
        ("indent", "振込先　とっとり砂丘信用組合　本店　当座預金　"),
        ("plain", "　　　　口座番号" + kanji_digits("0071842") + "　カ）ツタカワコウムテン"),
        ("body", "右期限までにお支払いのない場合は、誠に遺憾ながら、法的手続をとらせていただきますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "鳥取県鳥取市さるすべり台三丁目十二番五号"),
        ("low", KG_FIRM),
        ("low", "代表取締役　蔦川　栄作"),
        ("low", "電話　〇八五七（〇〇）三九二一"),
        ("blank", ""),
        ("low", "鳥取県鳥取市ねむのき野一丁目六番十九号"),
        ("low", f"{KG_DEBTOR}　殿"),
    ]
    size = 11
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 51131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "蔦川　栄作" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 13) * size * PT_MM * 1.05, 11, "square", "蔦川工務店之印", angle=-5,
                         seed=51132))
    tr = truth(document_type="collection_notice", sender=KG_FIRM, phone="0857-00-3921", creditor=KG_FIRM,
               status="not_applicable", debtor="釘宮孝則", total=P, principal=P, lump=False, issued=issued,
               payment_due=due, last_payment=KG_LAST, reference=None, input_kind="vertical_scan",
               template="proxy51_vertical_builder_unpaid_construction_demand", received=D(2025, 12, 8))
    return dict(stem="bh13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.75,
                about="collection_notice (工務店 縦書き 工事残代金請求書, 内容証明)",
                unusual="縦書き 工事残代金請求書 of a builder, scanned, with the 内容証明 stamp, the letter before the lawsuit "
                        "bh06: positional kanji amounts (金二百二十八万円 …); the debt is 請負残代金 + 追加工事代金 = 合計 (no "
                        "元金 label, no rate, no late charge); 請負代金 金五百二十八万円, the 中間金 金百五十万円 and its date "
                        "(= last payment), the 引渡し date and the 支払期日 八月三十一日 in the prose; 令和七年十二月十九日限り; "
                        "a 当座 account in kanji digits (distractor); phone in kanji digits; NO reference number at all")


# ---------------------------------------------------------------------------------------------
# bh14 employer's 縦書き 期限の利益喪失通知 for a 社内貸付 after the employee left (digital).


def bh14():
    issued, due, acc, lastp = D(2025, 11, 21), D(2025, 12, 10), D(2025, 10, 31), D(2025, 10, 24)
    P, I, R = 412_660, 508, 5.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当社在職中の令和五年四月三日、当社社内貸付規程に基づき、住宅資金として金百万円を、利率年一・五"
                 "パーセント、毎月の給与から金二万円を控除して返済する約定で借り受けました。"),
        ("body", f"貴殿は{kdate(acc)}をもって当社を退職されましたので、同規程第十四条第一項第二号により、同日をもって右貸付金"
                 "の期限の利益を喪失しました。なお、最後の返済は令和七年十月二十四日支給の給与からの控除によるものです。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、一括して左記口座にお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kj(P)}"),
        ("indent", f"二　未払利息　　{kj(I)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", "　　（令和七年十一月一日から本書作成日まで年五パーセント）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("indent", "振込先　もがみ川信用金庫　米沢中央支店　普通預金"),
        ("plain", "　　　　口座番号" + kanji_digits("3308152") + "　カ）ホクトセイキセイサクシヨ"),
        ("body", "右期限後も、残元金に対し年五パーセントの割合による遅延損害金が生じます。ご不明の点は総務部までお問い合わせ"
                 "ください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "山形県米沢市あかね野二丁目三番一号"),
        ("low", "株式会社北斗精機製作所"),
        ("low", "代表取締役　鈴置　征一"),
        ("low", "（総務部　電話　〇二三八（〇〇）四一七六）"),
        ("low", "（管理番号　ＨＳ－２５１１８）"),
        ("blank", ""),
        ("low", "山形県南陽市つばきの台八番地の三"),
        ("low", "牧之瀬　隆　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 51141))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鈴置" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 13) * size * PT_MM * 1.05, 11, "square", "北斗精機製作所代表取締役印",
                         angle=3, seed=51142))
    tr = truth(document_type="acceleration_notice", sender="株式会社北斗精機製作所", phone="0238-00-4176",
               creditor="株式会社北斗精機製作所", status="not_applicable", debtor="牧之瀬隆", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="HS-25118", input_kind="vertical_pdf",
               template="proxy51_vertical_employer_loan_acceleration_after_leaving", received=D(2025, 11, 25))
    return dict(stem="bh14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (employer 社内貸付 after the employee left, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失通知書 of a manufacturer to a FORMER employee, digital, with the 内容証明 stamp: "
                        "a 社内貸付 (住宅資金 金百万円 at 年一・五パーセント, 金二万円 a month from the salary — distractors); "
                        "the acceleration is the 退職日 「同日をもって」 under 規程第十四条第一項第二号; the last payment is a "
                        "salary deduction 「令和七年十月二十四日支給の給与からの控除」; positional kanji amounts with 残元金 / "
                        "未払利息 / 遅延損害金 at 年五パーセント / 合計; a kanji-digit account number (distractor); the "
                        "総務部 phone and a full-width 管理番号 ＨＳ－２５１１８ in brackets in the sender block")


# ---------------------------------------------------------------------------------------------
# bh15 scam postcard: 電気料金 未納 「最終通知」 from a fake 一般社団法人 with a fake licence; photographed.


def bh15():
    issued, due = D(2026, 1, 19), D(2026, 1, 26)
    P, L, C = 41_600, 7_000, 10_000
    T = P + L + C
    p = Page(w=100, h=148, font="sans", size=7.5, left=6, right=6, top=6)
    p.at(50, 12, "電気料金等の未納に関する", size=10, font="sans-bold", align="c")
    p.at(50, 18, "最終通知書", size=14, font="sans-bold", align="c", color=RED)
    stamp(p, 70, 21, "最終通告", size=8, h=6, fill=RED)
    p.y = 28
    p.line("〒436-0000 静岡県掛川市やまぶき原4-7", x=7, size=7)
    p.line("棚澤　恵子　様", x=9, size=10)
    p.at(94, 31, "通知日 令和8年1月19日", size=6.5, align="r")
    p.at(94, 34.5, "受付番号 ぬ－３０８", size=6.5, align="r")
    p.y = 40
    p.para("この度、ご通知致しましたのは、貴殿がご契約の電力会社より、未納となっている電気料金等の債権について、当機構が"
           "回収業務の委託を受けた件でございます。再三の督促にもかかわらず、現在までお支払いが確認できません。", size=6.8)
    p.para("期日までにご連絡もお支払いもない場合は、電気の供給停止のうえ、民事訴訟の手続きに移行し、給与・動産・不動産の"
           "差押えを執行させて頂きます。", size=6.8)
    y = p.y + 1
    p.add(Box(8, y, 84, 25, 0.6, RED))
    for i, (lab, v) in enumerate((("未納料金", P), ("延滞金", L), ("回収手数料", C), ("ご請求合計", T))):
        big = i == 3
        p.at(12, y + 5.5 + i * 5.6, lab, size=8 if big else 7, font="sans-bold" if big else "sans")
        p.at(88, y + 5.5 + i * 5.6, f"￥{v:,}", size=9 if big else 7, font="sans-bold" if big else "sans", align="r")
    p.add(Line(10, y + 19, 90, y + 19, 0.3))
    p.y = y + 28
    p.para("お支払期限　1月26日(月)15時まで", size=8.5, font="sans-bold", indent="")
    p.para("お支払いは当機構指定口座へのお振込みに限ります（口座は担当者よりお電話でご案内）。ご家族・勤務先等への"
           "ご相談はお控えください。取下げのご相談も下記まで。", size=6.5, indent="")
    p.gap(1)
    p.line("一般社団法人　公共料金債権管理機構", x=7, size=8, font="sans-bold")
    p.line("法務大臣許可番号　第２９３号（債権回収業）", x=7, size=6.5)
    p.line("東京都中央区日本橋茅場町（本部）", x=7, size=6.5)
    p.line("お問合せ 050-0000-2817（担当 羽場）", x=7, size=7.5, font="sans-bold")
    p.line("受付 9:00～20:00　土日も受付", x=7, size=6.5)
    tr = truth(document_type="other", sender="一般社団法人公共料金債権管理機構", license_number=293,
               phone="050-0000-2817", creditor=None, status="not_licensed", original=None, debtor="棚澤恵子", total=T,
               principal=P, late_damages=L, costs=C, lump=False, issued=issued, payment_due=due, reference="ぬ-308",
               is_scam=True, input_kind="photo_jpeg", template="proxy51_scam_postcard_electricity_fake_association",
               received=None)
    return dict(stem="bh15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="desk", keystone=0.05, tilt=3.0, fill=0.72, shadow=0.18,
                          shadow_side="bottom", warm=0.2),
                about="other (scam postcard about 電気料金, fake 一般社団法人)",
                unusual="架空請求 postcard photographed on a pale desk: 「電気料金等の未納に関する最終通知書」 with a filled "
                        "red 最終通告 stamp; a fake 「一般社団法人　公共料金債権管理機構」 (not a 株式会社, so it cannot be "
                        "a servicer) with a FAKE 「法務大臣許可番号　第２９３号（債権回収業）」; an unnamed 「電力会社」 "
                        "(creditor null); a red box 未納料金 / 延滞金 / 回収手数料 / ご請求合計 in ￥; the deadline only as "
                        "「1月26日(月)15時まで」; the account given only by phone; a hiragana 受付番号 ぬ－３０８; an address "
                        "without a street number; a 050 number open at weekends; 「ご家族・勤務先等へのご相談はお控えください」")


# ---------------------------------------------------------------------------------------------
# bh16 民事調停 期日呼出状 (半田簡裁) for the nursing home's claim: it demands nothing itself; one scanned page.


def bh16():
    issued, day = D(2026, 4, 10), D(2026, 5, 14)
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 20, "令和８年（ノ）第９号　利用料金請求調停事件", size=10, align="r")
    p.y = 28
    p.title("呼　出　状", size=17)
    p.line(f"相手方　{UT_DEBTOR}　殿", x=22, size=12)
    p.gap(2)
    p.at(190, p.y + 3, era(issued, True), size=10.5, align="r")
    p.y += 6
    p.line("半田簡易裁判所　民事調停係", x=190, align="r", size=10.5)
    p.line("裁判所書記官　宗　形　　美　穂", x=190, align="r", size=10.5)
    p.seal(186, p.y - 4, 9, "square", "半田簡易裁判所書記官印", seed=51161)
    p.gap(4)
    p.para(f"申立人 {UT_OP} から、あなたを相手方とする民事調停の申立てがありました。調停期日が下記のとおり定められましたので、"
           "出頭してください。", size=10.5)
    p.line("記", align="c", size=11)
    p.table([["調停期日", f"令和８年５月１４日（{wd(day)}）午後１時３０分"],
             ["出頭場所", "半田簡易裁判所　１階　民事調停係受付（半田市ちたかぜ町二丁目）"],
             ["申立人", f"{UT_OP}（代表者代表取締役　角南　健）"],
             ["相手方", f"{UT_DEBTOR}"]], [34, 132], x=22, aligns="ll", size=10, row_h=9, shade_col0=True)
    p.gap(3)
    p.line("（お知らせ）", size=10, font="serif-bold")
    for s in ["１　申立書の写しを同封しますので、申立ての趣旨と紛争の要点をお読みください。",
              "２　調停は、裁判官と調停委員が双方の話を聴き、話合いによる解決を目指す手続です。判決をする手続ではありません。",
              "３　出頭の際は、この呼出状、認印、身分証明書のほか、入居契約書、請求書、領収書など関係する書類をお持ちください。",
              "４　都合で出頭できないときは、期日前にその理由を書いた書面を提出してください。",
              "５　正当な理由がなく出頭しないときは、民事調停法第34条により５万円以下の過料に処せられることがあります。",
              "６　駐車場には限りがあります。公共交通機関をご利用ください。"]:
        p.para(s, x0=24, size=9.6, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 16, 0.4))
    p.at(26, y + 6.5, "問い合わせ先　半田簡易裁判所　民事調停係", size=9.8)
    p.at(26, y + 12.5, "電話　0569-00-3165（直通）　受付時間　平日午前8時30分～午後5時", size=9.8)
    p.y = y + 22
    p.para("※問い合わせの際は、事件番号（令和８年（ノ）第９号）をお知らせください。この呼出状に記載のない事項については、"
           "申立人（電話 0569-00-4825）に直接お尋ねいただいても差し支えありません。", size=8.8, indent="")
    tr = truth(document_type="other", sender="半田簡易裁判所", phone="0569-00-3165", creditor=UT_OP,
               status="not_applicable", debtor="小宮路浩", lump=False, issued=issued, reference="令和8年(ノ)第9号",
               input_kind="pdf_scan", template="proxy51_civil_conciliation_summons_nursing_home",
               received=D(2026, 4, 14))
    return dict(stem="bh16", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.1,
                about="other (簡裁 民事調停 呼出状 for the nursing home's claim, claims nothing)",
                unusual="a 簡裁's 民事調停 呼出状 in a (ノ) case, scanned as a one-page image PDF: it DEMANDS NOTHING (every "
                        "amount null; the 申立書 is only 「同封」); the 調停期日 with weekday and 午後１時３０分 in a "
                        "shaded-label table is NOT a 口頭弁論期日 (hearing null); the parties are 申立人 / 相手方 (not 債権者 / "
                        "債務者, not 原告 / 被告); 民事調停法第34条 and 「５万円以下の過料」 as an amount distractor; the "
                        "申立人's own phone in the closing note (distractor); same nursing home and 身元引受人 as bh04")


LETTERS = [bh09, bh10, bh11, bh12, bh13, bh14, bh15, bh16]
