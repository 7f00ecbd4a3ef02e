"""Proxy set 74, letters ce09–ce16: the invented servicer's 月々1万円 和解案 to the 種市 household by fax; the 夏井
household's 支払督促 at the 諏訪簡裁 and its 仮執行宣言付支払督促; a 高松地裁 (ワ) 訴え for the rest after a 任意売却; the
guarantee company's lawyer's 縦書き 内容証明 to the 米内山 household's 連帯保証人; an old rest whose last payment is
almost five years back; a scam that poses as a court after the 米内山 配当; and a farmers' co-op's 縦書き 催告書 after
its own 競売."""

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
)
from letters_c1 import (
    BANK,
    GUAR,
    NT_ACC,
    NT_ASSIGN,
    NT_LAST,
    NT_ORIG,
    NT_P,
    NT_R,
    NT_SALE,
    TI_DIV,
    TI_P,
    TI_R,
    TI_SALE2,
    YN_ACC,
    YN_CASE,
    YN_DIV,
    YN_LAST,
    YN_P2,
    YN_R,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TOKI = (0.62, 0.22, 0.30)
ACS = (0.0, 0.33, 0.55)
AUR = (0.75, 0.38, 0.05)


def fwe(d: D) -> str:
    return fw(era(d))


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ce09 INVENTED servicer 朱鷺野: 和解のご提案 (月々1万円 × 60回, the rest waived), 2-page fax, full-width era dates.


def ce09():
    issued, due = D(2026, 2, 20), D(2026, 3, 13)
    L = late(TI_P, TI_R, TI_DIV + timedelta(1), issued)
    T = TI_P + L
    N, M = 60, 10_000
    first, last = D(2026, 4, 27), D(2031, 3, 27)
    assert N * M == 600_000
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, f"送信日　{fwe(issued)}", size=9.5)
    p.at(196, 16, "送信枚数　２枚（本紙含む）", size=9.5, align="r")
    p.add(Line(15, 19, 196, 19, 0.4))
    p.y = 23
    p.line("種市　由美子　様", size=13)
    p.line("お客様番号　ＴＫ－２６０１０９－０４５７", size=9.5)
    p.at(196, 27, "朱鷺野債権回収株式会社", size=12, font="sans-bold", align="r", color=TOKI)
    p.at(196, 32, "法務大臣許可番号　第２４１号", size=8.5, align="r")
    p.at(196, 36.5, "和解推進課　担当　漆戸", size=8.5, align="r")
    p.at(196, 41, "TEL 03-0000-5241 ／ FAX 03-0000-5242", size=8.5, align="r")
    p.y = 48
    p.title("和解のご提案（残債務の分割弁済について）", size=14.5)
    p.para(f"当社は、{fwe(TI_SALE2)}、ＳＭＢＣ債権回収株式会社から貴殿に対する債権を譲り受けました（同日付で連名によりご通知"
           "済みです）。競売による配当後の残債務につきまして、貴殿のご事情を踏まえ、下記の条件による和解をご提案いたします。",
           size=9.6)
    p.gap(1)
    p.line(f"１．現在のご債務（{fwe(issued)}現在）", size=10.5, font="sans-bold")
    rows = [["元金", f"{TI_P:,}円"], [f"損害金（{fwe(TI_DIV + timedelta(1))}～、年１４．６％）", f"{L:,}円"],
            ["現在のご債務額", f"{T:,}円"]]
    p.table(rows, [110, 50], x=24, aligns="lr", size=10, row_h=7.4, ruled="rows")
    p.gap(3)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold")
    for s in (f"（１）和解金額　金{N * M:,}円",
              f"（２）お支払方法　毎月２７日限り　金{M:,}円　×　{N}回（{fwe(first)}から{fwe(last)}まで）",
              "（３）上記を遅滞なくお支払いいただいた場合、その余の債務（元金の残り及び損害金の全額）を免除いたします。",
              f"（４）お支払いを２回分（金{2 * M:,}円）以上怠った場合は、期限の利益を失い、免除前の残額を一括してお支払い"
              "いただきます。"):
        p.para(s, x0=24, x1=192, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 168, 14, 1.4))
    p.at(29, y + 9.2, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 9.4, f"{fwe(due)}（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.at(188, y + 9.2, "２枚目の申込書をＦＡＸまたは郵送で", size=8, align="r")
    p.y = y + 18
    p.para("ご回答期限までにご回答がない場合は、本ご提案はなかったものとし、法的手続を検討させていただきます。月々の金額の"
           "ご相談にも応じますので、お気軽にお電話ください。", size=9.3)
    p.gap(2)
    p.line("〒110-0000 東京都台東区しのばず坂9丁目9番9号", x=100, size=8.5)
    p.line("朱鷺野債権回収株式会社　和解推進課", x=100, size=9.5, font="sans-bold")
    p2 = Page(font="sans", size=10, top=16)
    p2.line("ＦＡＸ　03-0000-5242　朱鷺野債権回収株式会社　和解推進課　行", size=10)
    p2.gap(4)
    p2.title("和　解　申　込　書", size=15)
    p2.para(f"私は、貴社からの{fwe(issued)}付「和解のご提案」の内容を確認し、下記のとおり回答します。", size=10)
    p2.gap(2)
    for s in ("□　ご提案の条件（毎月１万円×６０回）で和解を申し込みます。",
              "□　月々の金額について相談を希望します（希望額：月　　　　　　円）。",
              "□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        p2.line(s, x=24, size=10.5)
        p2.gap(2)
    p2.gap(4)
    for lab in ("ご回答日　　令和　　年　　月　　日", "お客様番号　TK-260109-0457", "ご住所", "お名前　　　　　　　　　　　　　　　　印",
                "日中のご連絡先　　（　　　　）"):
        p2.line(lab, x=24, size=10.5)
        p2.add(Line(24, p2.y - 0.5, 186, p2.y - 0.5, 0.2, GRAY))
        p2.gap(4)
    tr = truth(document_type="settlement_proposal", sender="朱鷺野債権回収株式会社", license_number=241,
               phone="03-0000-5241", creditor="朱鷺野債権回収株式会社", status="unverified",
               original="SMBC債権回収株式会社", debtor="種市由美子", total=T, principal=TI_P, interest=None,
               late_damages=L, rate=TI_R, lump=False, issued=issued, payment_due=due, assignment=TI_SALE2,
               reference="TK-260109-0457", input_kind="fax_tiff",
               template="proxy74_invented_servicer_settlement_10000_yen_fax", received=issued)
    return dict(stem="ce09", ext="tif", kind="fax_tiff", pages=[p.spec, p2.spec], truth=tr,
                fax_header="2026/02/20 10:18 TOKINO SAIKEN 03-0000-5242",
                about="settlement_proposal (invented servicer, 月々1万円, 2-page fax)",
                unusual="2-page G4 fax of the INVENTED servicer 朱鷺野債権回収 (「法務大臣許可番号　第２４１号」 in "
                        "full-width, → unverified) with its sender block top-RIGHT beside the addressee; EVERY date as "
                        "full-width era (送信日, 譲受, windows, plan, ご回答期限); the お客様番号 in full-width letters "
                        "ＴＫ－２６０１０９－０４５７ under the name; a rows-ruled 現在のご債務 table ending in 現在のご債務額; "
                        "the plan 60 × 10,000 = 600,000 with the rest waived, the first / last dates and the 20,000 "
                        "default threshold as distractors; ご回答期限 …必着 in a heavy frame; the 譲渡人 SMBC in the prose; "
                        "p.2 a tick-box 和解申込書")


# ---------------------------------------------------------------------------------------------
# the 夏井 支払督促 at the 諏訪簡裁 (ce10) and its 仮執行宣言 (ce11)
NT_FILED, NT_ORDER, NT_SERVED = D(2026, 1, 14), D(2026, 1, 21), D(2026, 1, 24)
NT_LC = late(NT_P, NT_R, NT_SALE + timedelta(1), NT_FILED)
NT_C1, NT_C2 = 20_950, 1_150
NT_CASE = "令和8年(ロ)第12号"
SUWA_TEL = "0266-00-2318"


def _suwa_parties(p, size=10):
    p.kv([("債　権　者", "〒380-0000 長野県長野市しおじ通9丁目9番9号"),
          ("", "アルファ債権回収株式会社　代表者代表取締役　外川　透"),
          ("", "（送達場所）同社長野オフィス　電話 026-000-1010"),
          ("債　務　者", "〒392-0000 長野県諏訪市みずうみ通9丁目9番9号"),
          ("", "夏井　健吾")], x=24, label_w=26, size=size)


def ce10():
    total = NT_P + NT_LC + NT_C1
    p = Page(font="serif", size=10.5, top=18)
    p.at(188, 20, fw("令和8年（ロ）第12号"), size=10.5, align="r")
    p.y = 28
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(2)
    _suwa_parties(p)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=24, x1=188)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", x0=24, x1=188)
    p.gap(4)
    p.line(f"　　{fwe(NT_ORDER)}", x=24)
    p.line("諏訪簡易裁判所", x=98)
    p.line("裁判所書記官　　沢　内　　　聡　子", x=98)
    p.seal(178, p.y - 6, 14, "square", "諏訪簡易裁判所書記官印", angle=0, seed=74101)
    p.gap(8)
    y = p.y
    p.add(Box(24, y, 164, 42, 0.5))
    p.at(28, y + 6.5, "（注意）", size=10, font="serif-bold")
    for i, s in enumerate(("１　この支払督促に不服があるときは、この書面を受け取った日から２週間以内に、この裁判所に督促異議の",
                           "　　申立てをすることができます。申立ては書面（同封の督促異議申立書）でも口頭でもできます。",
                           "２　督促異議の申立てをしないと、債権者の申立てにより仮執行の宣言が付され、強制執行を受けることが",
                           "　　あります。",
                           "３　問い合わせ先　諏訪簡易裁判所　民事係　電話　" + fw(SUWA_TEL) + "（直通）",
                           "　　（問い合わせの際は、上記の事件番号をお知らせください。）")):
        p.at(28, y + 13 + i * 5.0, s, size=9.2)
    p2 = Page(font="serif", size=10.5, top=18)
    p2.line("請求の趣旨及び原因", size=13, font="serif-bold", align="c")
    p2.gap(3)
    p2.line("請求の趣旨", x=22, size=11, font="serif-bold")
    items = [("１　金", NT_P, "円（求償金元金）"),
             ("２　金", NT_LC, f"円（上記１に対する{era(NT_SALE + timedelta(1))}から{era(NT_FILED)}まで年14％の割合による"
                              "確定遅延損害金）"),
             ("３　金", NT_C1, "円（督促手続費用）")]
    for a, v, b in items:
        p2.para(f"{a}{v:,}{b}", x0=26, x1=188, size=10.5, indent="")
    p2.add(Line(26, p2.y + 0.5, 130, p2.y + 0.5, 0.4))
    p2.gap(1.5)
    p2.line(f"合計　金{total:,}円", x=26, size=11, font="serif-bold")
    p2.para(f"４　上記１の金額に対する{era(NT_FILED + timedelta(1))}から完済まで年14％の割合による遅延損害金", x0=26,
            x1=188, size=10.5, indent="")
    p2.gap(4)
    p2.line("請求の原因", x=22, size=11, font="serif-bold")
    for s in (f"１　債務者は、{NT_ORIG}との間で、平成29年9月8日、債務者が株式会社みずうみ第一銀行から借り入れる住宅資金"
              "（金2,650万円）について保証委託契約を締結した。損害金の約定利率は年14％である。",
              f"２　債務者は、{era(NT_LAST)}の支払を最後に返済を怠り、{era(NT_ACC)}の経過により期限の利益を喪失したため、"
              f"{NT_ORIG}は令和6年12月20日、同行に代位弁済した。",
              f"３　担保不動産は{era(NT_SALE)}任意売却され、その代金が求償金に充当されたが、元金{NT_P:,}円が残った。",
              f"４　{NT_ORIG}は、{era(NT_ASSIGN)}、上記残債権を債権者に譲渡し、同年8月5日到達の書面で債務者に通知した。",
              "５　よって、債権者は債務者に対し、請求の趣旨記載の金額の支払を求める。"):
        p2.para(s, x0=26, x1=188, size=10, indent="")
    p2.gap(3)
    p2.line(f"（申立日　{fwe(NT_FILED)}）", x=26, size=9.5)
    tr = truth(document_type="payment_order", sender="諏訪簡易裁判所", phone=SUWA_TEL,
               creditor="アルファ債権回収株式会社", status="licensed", original=NT_ORIG, debtor="夏井健吾",
               total=total, principal=NT_P, interest=None, late_damages=NT_LC, costs=NT_C1, rate=NT_R, lump=True,
               issued=NT_ORDER, payment_due=None, acceleration=NT_ACC, last_payment=NT_LAST, assignment=NT_ASSIGN,
               reference=NT_CASE, input_kind="pdf_scan", template="proxy74_payment_order_suwa_rest_after_sale",
               received=NT_SERVED)
    return dict(stem="ce10", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, rest after the 任意売却, 2 pages)",
                unusual="支払督促 of a court new to the sets (諏訪簡裁) as a 2-page image PDF: p.1 the full-width case "
                        "number top-RIGHT, the parties as kv lines with the creditor ★ アルファ債権回収 (no licence "
                        "printed: court paper) and its 送達場所 phone (distractor), the 注意 box with the court's phone in "
                        "full-width （直通）; p.2 請求の趣旨 as 「１　金…円（求償金元金）」 lines with the labels AFTER the "
                        "amounts in brackets, a rule and 合計, the running item ４; a 5-point 請求の原因 (平成29年 contract, "
                        "2,650万円, the bank, the 代位弁済 date, the 任意売却, the 譲渡 and its 通知 date 8/5 — distractors) "
                        "and the 申立日 at the foot")


def ce11():
    issued = D(2026, 2, 24)
    total = NT_P + NT_LC + NT_C1 + NT_C2
    p = Page(font="serif", size=10.5, top=16)
    p.at(188, 18, fw("令和8年（ロ）第12号"), size=10.5, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    _suwa_parties(p, size=9.8)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=24, x1=188, size=10.3)
    p.para(f"上記支払督促は、{fwe(NT_SERVED)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           "よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", x0=24, x1=188, size=10.3)
    p.gap(1)
    p.line("仮執行の宣言", x=24, size=10.5, font="serif-bold")
    p.para("この支払督促は、仮に執行することができる。", x0=30, x1=188, size=10.3, indent="")
    p.gap(1)
    p.line("請求の趣旨（金額は円）", x=24, size=10.5, font="serif-bold")
    rows = [["元　　　　金", f"{NT_P:,}"],
            [f"確定遅延損害金（{fwe(NT_SALE + timedelta(1))}～{fwe(NT_FILED)}）", f"{NT_LC:,}"],
            ["督促手続費用", f"{NT_C1:,}"],
            ["仮執行宣言の手続費用", f"{NT_C2:,}"],
            ["合　　　　計", f"{total:,}"]]
    p.table(rows, [122, 40], x=26, aligns="lr", size=9.8, row_h=7.4, shade_col0=True)
    p.para(f"ほか、元金に対する{fwe(NT_FILED + timedelta(1))}から完済まで年１４％の割合による遅延損害金", x0=26, x1=188,
           size=9.6, indent="")
    p.gap(3)
    p.line(f"　　{fwe(issued)}", x=24)
    p.line("諏訪簡易裁判所", x=98)
    p.line("裁判所書記官　　沢　内　　　聡　子", x=98)
    p.seal(178, p.y - 6, 14, "square", "諏訪簡易裁判所書記官印", angle=0, seed=74111)
    p.gap(6)
    y = p.y
    p.add(Box(24, y, 164, 27, 0.4, None, SHADE))
    p.at(28, y + 6.5, "この書面を受け取った方へ", size=10, font="serif-bold")
    for i, s in enumerate(("この仮執行宣言付支払督促に不服があるときは、受け取った日から２週間以内に督促異議の申立てを",
                           "することができます。ただし、申立てをしても強制執行は当然には止まりません。",
                           "問い合わせ先　諏訪簡易裁判所民事係　電話　" + fw(SUWA_TEL))):
        p.at(28, y + 13 + i * 5.0, s, size=9.2)
    tr = truth(document_type="payment_order_enforceable", sender="諏訪簡易裁判所", phone=SUWA_TEL,
               creditor="アルファ債権回収株式会社", status="licensed", debtor="夏井健吾", total=total, principal=NT_P,
               interest=None, late_damages=NT_LC, costs=NT_C1 + NT_C2, rate=NT_R, lump=True, issued=issued,
               reference=NT_CASE, input_kind="scan_png", template="proxy74_enforceable_suwa_one_page_shaded_labels",
               received=D(2026, 2, 27))
    return dict(stem="ce11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as ce10, one page)",
                unusual="the 仮執行宣言付支払督促 of ce10's case on ONE scanned page: the 送達 date in one sentence, "
                        "a bold 「仮執行の宣言」 heading, then a shaded-label 請求の趣旨 table 「（金額は円）」 with amounts "
                        "WITHOUT 円 (元金 / 確定遅延損害金 with its full-width window / 督促手続費用 / 仮執行宣言の手続費用 "
                        "→ costs = sum / 合計) and the running 「ほか」 line; the shaded 「この書面を受け取った方へ」 box "
                        "with the court's full-width phone; no 請求の原因 (original, acceleration, last payment and "
                        "assignment null)")


# ---------------------------------------------------------------------------------------------
# ce12 高松地方裁判所 (ワ): 呼出状 (p.1) + 訴状 (p.2), real servicer plaintiff, the rest after a 任意売却.


def ce12():
    issued, hearing, answer, filed = D(2026, 4, 17), D(2026, 5, 27), D(2026, 5, 20), D(2026, 4, 3)
    sale, assign, acc, lastp, sub = D(2025, 7, 25), D(2025, 10, 31), D(2024, 12, 10), D(2024, 9, 27), D(2025, 2, 14)
    P, R = 4_286_540, 14.6
    L = late(P, R, sale + timedelta(1), filed)
    T = P + L
    orig = "株式会社さぬきの信用保証"
    p = Page(font="serif", size=10.5, top=18)
    p.line("事件番号　" + fw("令和8年（ワ）第214号") + "　求償金請求事件", x=22, size=10.5)
    p.line("原　　告　アウロラ債権回収株式会社", x=22, size=10.5)
    p.line("被　　告　七戸　美穂", x=22, size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　七戸　美穂　殿", x=22, size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", x0=22, x1=188)
    p.line("記", align="c")
    rows = [["期　　日", f"{fwe(hearing)}（{wd(hearing)}）午前１０時３０分"],
            ["場　　所", "高松地方裁判所　民事第１部　第４０１号法廷（４階）"],
            ["答弁書提出期限", f"{fwe(answer)}（{wd(answer)}）"]]
    p.table(rows, [38, 128], x=22, aligns="ll", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    for s in ("１　期日には、この呼出状と印鑑を持参してください。",
              "２　答弁書を提出せずに期日に欠席すると、原告の主張を認めたものとして、原告勝訴の判決がされることがあります。",
              "３　弁護士に相談したい方は、法テラス（日本司法支援センター）をご利用いただけます。"):
        p.para(s, x0=22, x1=188, size=9.8, indent="")
    p.gap(5)
    p.line(f"　　{fwe(issued)}", x=22)
    p.line("高松地方裁判所民事第１部", x=100)
    p.line("裁判所書記官　寺下　千晶", x=100)
    p.line("電話　087-000-2140（内線 312）　FAX　087-000-2149", x=100, size=9.5)
    p.seal(180, p.y - 12, 13, "square", "高松地方裁判所書記官印", angle=0, seed=74121)
    p2 = Page(font="serif", size=10.5, top=16)
    p2.line("訴　　　　状", size=16, font="serif-bold", align="c")
    p2.gap(2)
    p2.at(188, p2.y + 3, fwe(filed), size=10.5, align="r")
    p2.gap(6)
    p2.line("高松地方裁判所　御中", x=22)
    p2.line("原告　アウロラ債権回収株式会社　代表者代表取締役　矢田部　宏", x=70, size=9.8)
    p2.line("（送達場所）東京都港区天神前9丁目9番9号　電話 03-0000-7676", x=70, size=8.8)
    p2.line("被告　〒760-0000 香川県高松市いりこ台9丁目9番9号　七戸　美穂", x=22, size=9.8)
    p2.gap(2)
    p2.line(f"求償金請求事件　　訴訟物の価額　金{T:,}円　　貼用印紙額　金29,000円", x=22, size=9.8)
    p2.gap(2)
    p2.line("第１　請求の趣旨", x=22, size=11, font="serif-bold")
    p2.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
            "年14.6パーセントの割合による金員を支払え。", x0=26, x1=188, indent="")
    p2.para("２　訴訟費用は被告の負担とする。", x0=26, x1=188, indent="")
    p2.para("との判決並びに仮執行の宣言を求める。", x0=26, x1=188, indent="")
    p2.gap(2)
    p2.line("第２　請求の原因", x=22, size=11, font="serif-bold")
    for s in (f"１　{orig}は、被告の委託により、被告が株式会社瀬戸うみべ銀行から平成30年3月に借り入れた住宅ローン"
              "（金1,980万円）を保証した。",
              f"２　被告は{era(lastp)}の返済を最後に返済を怠り、{era(acc)}の経過により期限の利益を喪失した。{orig}は"
              f"{era(sub)}、同行に代位弁済した。",
              f"３　被告所有の担保不動産は{era(sale)}任意売却され、その代金が充当された。充当後の求償元金は金{P:,}円である。",
              f"４　{orig}は{era(assign)}、上記求償債権を原告に譲渡し、被告に通知した。",
              "５　よって、原告は被告に対し、次の金員の支払を求める。"):
        p2.para(s, x0=26, x1=188, size=10, indent="")
    p2.table([["項　目", "金　額"], ["求償元金", f"{P:,}円"],
              [f"確定遅延損害金（{era(sale + timedelta(1))}～{era(filed)}、年14.6％）", f"{L:,}円"],
              ["合　計", f"{T:,}円"]], [120, 44], x=26, header=True, aligns="lr", size=9.8, row_h=7.4)
    p2.gap(2)
    p2.line("附属書類　甲第１号証～甲第６号証（写し）　資格証明書　１通", x=26, size=9.3)
    tr = truth(document_type="lawsuit", sender="高松地方裁判所", phone="087-000-2140",
               creditor="アウロラ債権回収株式会社", status="licensed", original=orig, debtor="七戸美穂", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=assign, hearing=hearing, reference="令和8年(ワ)第214号",
               input_kind="pdf_text_2page", template="proxy74_district_court_wa_real_servicer_rest_after_sale",
               received=D(2026, 4, 21))
    return dict(stem="ce12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer plaintiff, 2 pages)",
                unusual="a court new to the sets (高松地裁) (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), "
                        "digital: case number / 原告 / 被告 as three plain lines at the top; 期日 / 場所 / 答弁書提出期限 "
                        "as a shaded-label table; the clerk's phone with （内線 312） and a FAX on one line; the plaintiff "
                        "real servicer ★ アウロラ債権回収 (no licence printed) with its 送達場所 03 phone; the 訴状 dated "
                        "4/3 ≠ 呼出状 4/17; 訴訟物の価額 and 貼用印紙額 29,000円 (not costs); 請求の趣旨 「金…及びうち金…」; "
                        "a 5-point 請求の原因 and a 項目/金額 table (求償元金 / 確定遅延損害金 / 合計)")


# ---------------------------------------------------------------------------------------------
# ce13 the guarantee company's lawyer to the 連帯保証人 (縦書き 内容証明, digital).


def ce13():
    issued, due = D(2026, 4, 22), D(2026, 5, 15)
    L = late(YN_P2, YN_R, YN_DIV + timedelta(1), issued)
    T = YN_P2 + L
    cols = [
        ("title", "請求書"),
        ("body", f"冠省　当職は、{GUAR}（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、次のとおり"
                 "請求いたします。"),
        ("body", "貴殿は、米内山孝志氏（以下「主債務者」といいます。）が平成二十六年六月二十日付保証委託契約に基づき通知人に対して"
                 "負担する求償債務について、連帯保証をされています。"),
        ("body", f"主債務者は、{kdate(YN_LAST)}の返済を最後に{BANK}への返済を怠り、{kdate(YN_ACC)}の経過をもって期限の"
                 "利益を喪失しました。そのため通知人は、令和七年六月二十日、同行に代位弁済をいたしました。"),
        ("body", f"その後、担保不動産は釧路地方裁判所の競売により売却され、{kdate(YN_DIV)}の配当金が求償債権に充当され"
                 "ましたが、なお左記の残債務があります。"),
        ("body", f"つきましては、{kdate(due)}限り、左記合計額を一括して左記口座にお支払いください。右期限までにお支払いの"
                 "ないときは、貴殿に対し訴訟を提起いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金残額　{kyen(YN_P2)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和八年三月五日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　北海道しらぬか信用金庫　大通支店"),
        ("plain", "　　　　普通預金　口座番号　三〇二一七七五"),
        ("plain", "　　　　口座名義　弁護士附田律子預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "札幌市中央区とどまつ通九丁目九番九号"),
        ("low", "附田法律事務所"),
        ("low", "通知人代理人　弁護士　附田　律子"),
        ("low", "電話　〇一一（〇〇〇）七二〇三"),
        ("low", "当職事件番号　２６－Ｎ０４２"),
        ("blank", ""),
        ("low", "北海道帯広市かしわ台九丁目九番九号"),
        ("low", "連帯保証人　類家　修　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 74131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　附田" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士附田律子之印", angle=-3,
                         seed=74132))
    tr = truth(document_type="collection_notice", sender="附田法律事務所", phone="011-000-7203", creditor=GUAR,
               status="not_applicable", original=BANK, debtor="類家修", total=T, principal=YN_P2, interest=None,
               late_damages=L, rate=YN_R, lump=True, issued=issued, payment_due=due, acceleration=YN_ACC,
               last_payment=YN_LAST, reference="26-N042", input_kind="vertical_pdf",
               template="proxy74_vertical_lawyer_to_joint_guarantor_after_dividend", received=D(2026, 4, 24))
    return dict(stem="ce13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for the guarantee company → the 連帯保証人, 縦書き 内容証明)",
                unusual="縦書き 請求書 (冠省 … 草々) with the 内容証明 stamp, digital, addressed to the 連帯保証人 ONLY "
                        "(「連帯保証人　類家　修　殿」; the 主債務者 米内山孝志 named in the body is a distractor); the "
                        "bank's last payment, the 喪失, the 代位弁済 and the 配当 date all in kanji prose; positional kanji "
                        "amounts; 令和八年五月十五日限り; a 預り金口 account in kanji digits; phone in kanji digits; "
                        "当職事件番号 ２６－Ｎ０４２ in full-width (→ 26-N042)")


# ---------------------------------------------------------------------------------------------
# ce14 real servicer エー・シー・エス: an old rest (last payment almost 5 years ago), photographed on a dark cloth.


def ce14():
    issued, due = D(2026, 5, 8), D(2026, 5, 29)
    lastp, acc, assign = D(2021, 6, 28), D(2018, 3, 15), D(2023, 2, 28)
    P, R = 3_904_115, 14.6
    L = late(P, R, lastp + timedelta(1), issued)
    T = P + L
    orig = "ゆきむし保証株式会社"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "エー・シー・エス債権管理回収株式会社", size=13, font="sans-bold", color=ACS)
    p.at(15, 24, "許可番号　法務大臣第27号", size=8, color=ACS)
    stamp(p, 160, 12, "親展", color=RED, size=12)
    stamp(p, 176, 12, "重要", color=RED, size=12, fill=RED)
    p.y = 32
    p.line("〒330-0000 埼玉県さいたま市浦和区さくらぎ通9丁目9番9号", size=9.5)
    p.line("上斗米　一誠　様", size=13.5)
    p.at(196, 33, f"発行日　令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 38.5, "ご照会番号　27-0228-55190", size=9.5, align="r")
    p.y = 48
    p.title("残債務のお取扱いに関する重要なお知らせ", size=14.5)
    p.para(f"お客様の住宅ローン保証に係る求償債務（原債権者　{orig}、当社譲受日　{era(assign)}）につきましては、"
           f"{era(lastp)}のご入金を最後に、現在までお支払いの確認ができておりません。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いください。一括でのお支払いが難しい"
           "場合は、一部のお支払いやご返済計画について、必ず期限までにご相談ください。", size=9.8)
    p.gap(2)
    rows = [["ご請求額（本日現在）", f"{T:,}円"], ["　うち　元金", f"{P:,}円"],
            [f"　うち　遅延損害金（{era(lastp + timedelta(1))}～　年14.6％）", f"{L:,}円"]]
    p.table(rows, [122, 50], x=18, aligns="lr", size=10.2, row_h=8.4, ruled="grid", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 172, 12, 1.0, ACS))
    p.at(23, y + 8, "お支払期限", size=11, font="sans-bold", color=ACS)
    p.at(60, y + 8.2, f"令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.line("ご契約の経過", size=10, font="sans-bold", color=ACS)
    for s in (f"・平成30年3月15日　期限の利益喪失（{orig}による代位弁済：同年4月20日）",
              "・令和元年10月　ご自宅の任意売却（売却代金 14,300,000円を充当）",
              "・令和元年11月～令和3年6月　毎月5,000円のご入金",
              f"・{era(assign)}　当社が{orig}から債権を譲受"):
        p.line(s, x=22, size=9.3)
    p.gap(2)
    p.para("お振込先　ちば臨海銀行 幕張支店 普通預金 2708817 エーシーエスサイケン（カ　※ご照会番号をお名前の前にご入力ください。",
           size=9, indent="")
    p.para("※当社は法務大臣の許可を受けた債権回収会社です。ご不明な点は下記までお問い合わせください。", size=9, indent="")
    p.gap(3)
    p.line("エー・シー・エス債権管理回収株式会社　管理第三課", x=70, size=10, font="sans-bold")
    p.line("〒261-0000 千葉県千葉市美浜区はまなぎ9丁目9番9号", x=70, size=8.5)
    p.line("TEL 0120-000-727（平日9:30～18:00）　担当　生内", x=70, size=9.3)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original=orig,
               debtor="上斗米一誠", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="27-0228-55190", input_kind="photo_jpeg",
               template="proxy74_servicer_old_rest_near_limitation", received=D(2026, 5, 11))
    return dict(stem="ce14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.2, creases=2, shadow=0.2, shadow_side="right", fill=0.8,
                          glare=18, warm=0.3),
                about="collection_notice (real servicer, old rest, last payment almost 5 years ago)",
                unusual="phone photo on a dark cloth with creases, a hand shadow and a lamp glare; real servicer ★ "
                        "エー・シー・エス債権管理回収 with the licence spelled 「許可番号　法務大臣第27号」; 親展 / 重要 stamps; "
                        "the last payment 令和3年6月28日 is almost FIVE years before the letter (消滅時効 close — the letter "
                        "asks for 「一部のお支払い」 too); the TOTAL FIRST in a shaded-label table with 「うち　元金」 / 「うち　"
                        "遅延損害金」 rows; a ご契約の経過 list (平成30年 喪失 and 代位弁済, 令和元年 任意売却 with 売却代金 "
                        "14,300,000円, 毎月5,000円, 譲受) — the 代位弁済 date and the monthly amount as distractors")


# ---------------------------------------------------------------------------------------------
# ce15 SCAM posing as a court after the 米内山 配当: 給与差押 予告, 執行停止供託金 to a personal account.


def ce15():
    issued, due = D(2026, 3, 24), D(2026, 3, 31)
    T = 326_000
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 10, 181, 20, 0.8))
    p.at(105.5, 18, "北海道地方裁判所", size=15, font="serif-bold", align="c")
    p.at(105.5, 25, "民事執行管理センター　（執行官室分室）", size=10.5, align="c")
    stamp(p, 160, 33, "特別送達", color=RED, size=11)
    p.y = 35
    p.line("事件番号　令和8年(ル)第0318号", x=15, size=10)
    p.line("通知日　令和8年3月24日", x=15, size=10)
    p.gap(2)
    p.line("北海道釧路市まりも台9丁目9番9号", x=15, size=10)
    p.line("米内山　孝志　殿", x=15, size=13.5)
    p.gap(4)
    p.title("強制執行（給与差押）予告通知書", size=15.5, font="serif-bold", color=RED)
    p.para(f"貴殿の所有不動産に係る釧路地方裁判所{YN_CASE}担保不動産競売事件は、{era(YN_DIV)}の配当をもって終了しましたが、"
           "配当後も残債務が存在するため、申立債権者より貴殿の給与及び預貯金に対する差押命令の申立てがなされました。")
    p.para("本通知到達後、所定の期日までに執行停止の手続をとらない場合、貴殿の勤務先に差押命令が送達され、給与の4分の1が"
           "毎月差し押さえられます。また、自動車・家財等の動産についても執行官が差押えを行います。")
    p.para("執行の停止を希望される場合は、下記の執行停止供託金を期日までに指定口座へお振込みの上、担当書記官までご連絡ください。"
           "供託金は、和解成立後に全額返還されます。")
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 166, 32, 1.0, RED))
    p.at(27, y + 8, "執行停止供託金", size=11, font="serif-bold")
    p.at(183, y + 8.3, f"金{T:,}円", size=14, font="serif-bold", align="r", color=RED)
    p.at(27, y + 16, "納付期日", size=11, font="serif-bold")
    p.at(183, y + 16.3, f"3月31日（{wd(due)}）午後3時まで", size=12, font="serif-bold", align="r")
    p.at(27, y + 24, "振込先", size=11, font="serif-bold")
    p.at(183, y + 24.3, "宝来野銀行 札幌駅前支店 普通 6615207 ニカホ　マサル", size=10, align="r")
    p.y = y + 37
    p.para("※本件は裁判所の非公開手続のため、ご家族・勤務先・弁護士等への口外はお控えください。口外された場合、執行停止の"
           "効力は生じません。", size=9.5, indent="")
    p.para("※お問い合わせは担当書記官直通（土日も受付）までお願いします。", size=9.5, indent="")
    p.gap(4)
    p.line("北海道地方裁判所　民事執行管理センター", x=96, size=10.5)
    p.line("担当書記官　仁賀保　勝", x=96, size=10.5)
    p.line("直通　050-0000-2741", x=96, size=11, font="serif-bold")
    p.seal(186, p.y - 10, 13, "square", "北海道地方裁判所之印", angle=4, seed=74151)
    tr = truth(document_type="other", sender="北海道地方裁判所民事執行管理センター", phone="050-0000-2741",
               status="not_licensed", debtor="米内山孝志", total=T, lump=False, issued=issued, payment_due=due,
               reference="令和8年(ル)第0318号", is_scam=True, input_kind="photo_jpeg",
               template="proxy74_scam_fake_court_wage_garnishment_after_dividend", received=None)
    return dict(stem="ce15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=2.8, creases=1, shadow=0.25, shadow_side="top", fill=0.8,
                          warm=0.2, bow=4.0),
                about="other (scam posing as a court after the 配当)",
                unusual="架空請求 photographed on wood (folded once, bowed, a shadow top-left): a NON-EXISTENT court "
                        "「北海道地方裁判所　民事執行管理センター（執行官室分室）」 in a framed header with a red 「特別送達」 "
                        "mark; it quotes the REAL (ケ) number and 配当 date of ce03–ce05 (distractors) and threatens a "
                        "給与差押; its own fake 事件番号 令和8年(ル)第0318号; an 執行停止供託金 326,000円 to a PERSONAL "
                        "account; a one-week deadline 「3月31日（火）午後3時まで」 without a year; 「弁護士等への口外は"
                        "お控えください」; a 050 直通 number; a fake court seal; no licence number")


# ---------------------------------------------------------------------------------------------
# ce16 農業協同組合 縦書き 催告書 for the rest after its own 競売, scanned (内容証明).


def ce16():
    issued, due = D(2026, 2, 16), D(2026, 3, 6)
    div, acc, lastp = D(2026, 1, 21), D(2024, 10, 31), D(2024, 6, 25)
    P, R = 2_874_600, 14.0
    L = late(P, R, div + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "催告書"),
        ("body", "貴殿に対する当組合の貸付金（平成二十七年五月十一日付住宅資金貸付）について、次のとおり催告いたします。"),
        ("body", f"貴殿は、{kdate(lastp)}の約定返済を最後に返済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失"
                 "されました。"),
        ("body", "当組合は、抵当権に基づき盛岡地方裁判所花巻支部に担保不動産競売を申し立て、令和八年一月二十一日の配当期日に"
                 "配当を受け、これを貸付金に充当いたしましたが、なお左記の金額が未払いとなっております。"),
        ("body", f"つきましては、{kdate(due)}限り、左記金額を一括して当組合にお支払いください。期限までにお支払い又はご相談の"
                 "ないときは、法的手続により回収を図ります。"),
        ("indent", "記"),
        ("indent", f"一　配当充当後の残元金　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　　　　{kyen(L)}"),
        ("plain", "　　（令和八年一月二十二日から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　　　　　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岩手県盛岡市東雲野九丁目九番九号"),
        ("low", "東雲野農業協同組合"),
        ("low", "代表理事組合長　煤孫子　徹"),
        ("low", "（担当　融資管理課　電話　〇一九（〇〇〇）五五二一）"),
        ("low", "整理番号　ＳＮ－２６０２１６"),
        ("blank", ""),
        ("low", "岩手県花巻市ほしづる台九丁目九番九号"),
        ("low", "月舘　正人　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 74161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "煤孫子" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 9, "square", "東雲野農業協同組合之印", angle=2,
                         seed=74162))
    tr = truth(document_type="collection_notice", sender="東雲野農業協同組合", phone="019-000-5521",
               creditor="東雲野農業協同組合", status="not_applicable", debtor="月舘正人", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SN-260216", input_kind="vertical_scan",
               template="proxy74_vertical_coop_demand_after_own_auction", received=D(2026, 2, 18))
    return dict(stem="ce16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (farmers' co-op, rest after its own 競売, 縦書き 内容証明)",
                unusual="縦書き 催告書 of a 農業協同組合 (代表理事組合長, no 株式会社), scanned, with the 内容証明 stamp; the "
                        "lender itself collects the rest after ITS OWN 競売 (no guarantee company, no transfer); the "
                        "平成二十七年 loan date, the 支部 court and the 配当 date 令和八年一月二十一日 in kanji prose "
                        "(distractors); label 「配当充当後の残元金」; positional kanji amounts; the phone in kanji "
                        "digits inside a bracketed 担当 line; 整理番号 ＳＮ－２６０２１６ in full-width")


LETTERS = [ce09, ce10, ce11, ce12, ce13, ce14, ce15, ce16]
