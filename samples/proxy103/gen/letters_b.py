"""Proxy set 103, letters dh09–dh16: a real servicer's 受託通知 for a 信用金庫 (photo stored sideways), a 簡裁 支払督促
for a card company, a 仮執行宣言付支払督促 for an invented servicer (2 pages scanned), a 簡裁 (ハ) 呼出状 + 訴状 of a
real servicer, the invented servicer's 和解 proposal by fax, a law office's 通知書兼請求書, a fake servicer's
最終通知書 (photo) and the 信用金庫's 縦書き 催告書 that came before dh09."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
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
from letters_a import RS_ACC, RS_ASSIGN, RS_I, RS_P, RS_R, RS_REF, kyen

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
FOREST = (0.10, 0.36, 0.20)
INDIGO = (0.18, 0.16, 0.45)

# the 入來 loan at あおなみ信用金庫 (dh16 → dh09)
AO_ACC, AO_LAST = D(2025, 7, 2), D(2025, 2, 26)
AO_P, AO_I, AO_R = 1_284_500, 11_240, 14.0


def fwera(d: D, weekday: bool = False) -> str:
    s = fw(era(d))
    return s + (f"（{wd(d)}）" if weekday else "")


# ---------------------------------------------------------------------------------------------
# dh09 エー・シー・エス債権管理回収 (real, 第27号) 受託のお知らせ for あおなみ信用金庫: a shaded summary panel on the
# RIGHT; photo stored sideways (EXIF 6).


def dh09():
    issued, due, entrust = D(2026, 4, 10), D(2026, 4, 30), D(2026, 4, 1)
    P, I, R = AO_P, AO_I, AO_R
    L = late(P, R, AO_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 22, 12, color=None, fill=FOREST))
    p.at(26, 20.3, "ACS", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(40, 17, "エー・シー・エス債権管理回収株式会社", size=11.5, font="sans-bold", color=FOREST)
    p.at(40, 22, "法務大臣許可番号 第27号　　仙台オフィス", size=8, color=FOREST)
    p.at(196, 17, f"{era(issued)}", size=9.5, align="r")
    p.y = 30
    p.line("〒989-0000　宮城県白石市たもぎ町8丁目3番", size=9.5)
    p.line("入來　誠　様", size=13.5)
    p.gap(5)
    p.title("債権管理回収業務の受託に関するお知らせ", size=14)
    x1 = 122
    txt = [("当社は、あおなみ信用金庫（以下「委託者」といいます。）から、貴殿と委託者との間のご融資契約に基づく債権の"
            f"管理及び回収の業務について、{era(entrust)}付で委託を受けました。"),
           "債権者は引き続き委託者であり、債権の内容に変更はございません。今後のお支払い及びご相談の窓口は当社となります"
           "ので、委託者へのご連絡はご遠慮くださいますようお願いいたします。",
           f"貴殿は、{era(AO_ACC)}の経過をもって委託者に対する期限の利益を喪失されております。つきましては、右記ご請求額を"
           "お支払期限までに一括してお支払いくださいますようお願い申し上げます。",
           "ご事情により一括でのお支払いが難しい場合は、お支払期限までに当社担当者へお電話ください。"]
    top = p.y
    for s in txt:
        p.para(s, x0=15, x1=x1 - 4, size=9.6)
        p.gap(1)
    p.gap(2)
    p.line("ご融資の内容（委託者）", x=15, size=9.8, font="sans-bold")
    p.kv([("ご融資の種類", "あおなみフリーローン"), ("ご融資日", "令和3年9月10日"), ("ご融資金額", "2,000,000円"),
          ("最終ご入金日", era(AO_LAST)), ("期限の利益喪失日", era(AO_ACC))], x=17, label_w=32, size=9.2)
    bottom_left = p.y
    # the summary panel on the right
    y = top
    p.add(Box(x1, y, 74, 98, 0.3, FOREST, (0.93, 0.96, 0.94)))
    p.at(x1 + 4, y + 7, "お客様番号", size=8, color=GRAY)
    p.at(x1 + 4, y + 13, "AC-2604-71186", size=11.5, font="sans-bold")
    p.add(Line(x1 + 3, y + 16.5, x1 + 71, y + 16.5, 0.2, FOREST))
    p.at(x1 + 4, y + 22, f"ご請求額（{era(issued)}現在）", size=8, color=GRAY)
    yy = y + 29
    for lab, v in (("貸付金残高", P), ("利息", I), (f"遅延損害金（年{R:.1f}％）", L)):
        p.at(x1 + 4, yy, lab, size=8.8)
        p.at(x1 + 70, yy, f"{v:,}円", size=9.5, align="r")
        yy += 6
    p.add(Line(x1 + 3, yy - 3.5, x1 + 71, yy - 3.5, 0.3))
    p.at(x1 + 4, yy + 3, "ご請求額合計", size=9, font="sans-bold")
    p.at(x1 + 70, yy + 10, f"{T:,}円", size=15, font="sans-bold", align="r", color=FOREST)
    yy += 17
    p.add(Line(x1 + 3, yy, x1 + 71, yy, 0.2, FOREST))
    p.at(x1 + 4, yy + 6, "お支払期限", size=8, color=GRAY)
    p.at(x1 + 4, yy + 13, f"{era(due)}（{wd(due)}）", size=11.5, font="sans-bold", color=RED)
    p.at(x1 + 4, yy + 20, "委託者", size=8, color=GRAY)
    p.at(x1 + 4, yy + 26, "あおなみ信用金庫", size=10)
    p.y = max(bottom_left, top + 102) + 4
    p.line("■ お振込先", size=9.8, font="sans-bold")
    p.para("やまもも銀行 仙台中央支店 普通預金 2771186 エーシーエスサイケンカンリカイシュウ（カ　※お振込名義の前にお客様番号を"
           "ご入力ください。", size=9.2, indent="")
    p.line("■ お問い合わせ", size=9.8, font="sans-bold")
    p.para("仙台オフィス　回収二課　電話 022-000-2727（平日 9:00～18:00）", size=9.2, indent="")
    p.para("〒980-0000 宮城県仙台市青葉区しらかし坂一丁目7番3号", size=9.2, indent="")
    p.gap(3)
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。委託者からの業務委託の"
           "通知書を同封しております。本状と行き違いにお支払いいただいた場合はご容赦ください。", size=8.6, indent="")
    p.seal(185, 19, 11, "square", "エーシーエス債権管理回収印", angle=-3, seed=103091)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="022-000-2727", creditor="あおなみ信用金庫", status="licensed", original="あおなみ信用金庫",
               debtor="入來誠", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=AO_ACC, last_payment=AO_LAST, assignment=None, reference="AC-2604-71186",
               input_kind="photo_exif_rotated", template="proxy103_real_servicer_entrusted_side_panel",
               received=D(2026, 4, 13))
    return dict(stem="dh09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.5, creases=2, shadow=0.2, shadow_side="top", fill=0.85,
                          warm=0.2),
                about="assignment_notice (real servicer 受託通知 with a demand, for a 信用金庫)",
                unusual="phone photo on tatami stored sideways with EXIF orientation 6, creases and a corner shadow; real "
                        "servicer ★ エー・シー・エス債権管理回収 (green 「ACS」 box, 「法務大臣許可番号 第27号」 in the logo line) "
                        "collecting ON COMMISSION for あおなみ信用金庫 (creditor = original; the 受託日 is not an assignment); "
                        "the body on the LEFT and a shaded summary panel on the RIGHT (お客様番号, 貸付金残高 / 利息 / "
                        "遅延損害金（年14.0％） / ご請求額合計, the due date in red, 委託者); ご融資金額 2,000,000円 and "
                        "ご融資日 令和3年 as distractors; the 喪失 date both in prose and in a kv list")


# ---------------------------------------------------------------------------------------------
# dh10 松山簡易裁判所 支払督促 for a card company (not a servicer): one scanned page, a 5-column claim table.


def dh10():
    R = 14.6
    issued, filed = D(2026, 5, 12), D(2026, 4, 24)
    acc, lastp = D(2025, 12, 27), D(2025, 10, 27)
    P, I, C = 523_880, 18_402, 4_920
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第412号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(fw("令和8年（ロ）第412号"), size=10.5)
    p.gap(3)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債権者", "葛城カード株式会社"), ("", "広島県広島市中区たもぎ町1-1-1"), ("", "代表者代表取締役　苅田　信之"),
          ("債務者", "鹿野田　亜紀"), ("", "愛媛県松山市こうぼね町4丁目2番16号")], x=24, label_w=24, size=10.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.table([["元金", "未払手数料", "確定遅延損害金", "督促手続費用", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{C:,}円", f"{T:,}円"]], [34, 34, 38, 34, 38], x=17, header=True,
            aligns="rrrrr", size=10, row_h=8.5)
    p.para(f"上記のほか、元金{P:,}円に対する{fw(era(filed + timedelta(1)))}から完済まで年14.6％の割合による遅延損害金",
           x0=17, x1=193, size=9.6, indent="")
    p.para(f"（確定遅延損害金は、{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年14.6％の割合による。）", x0=17,
           x1=193, size=9.2, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債権者は、債務者との間で令和元年7月8日にクレジットカード会員契約を締結し、債務者は、同契約に基づき"
              "ショッピング及びキャッシングを利用した。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後にその後の支払をせず、約定により{fw(era(acc))}の経過をもって"
              "期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        p.para(s, x0=17, x1=193, size=9.8, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　松山簡易裁判所", size=10.5)
    p.line("　　　　　裁判所書記官　柿堺　　律子", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "松山簡易裁判所書記官印", seed=103101)
    p.gap(5)
    y = p.y
    p.add(Box(17, y, 176, 25, 0.4))
    p.at(21, y + 6, "（注意）", size=9.5, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、支払督促を受け取った日から２週間以内に、この裁判所に督促異議の",
                           "申立てをすることができます。同封の督促異議申立書を用いることができます。",
                           "松山簡易裁判所民事係　〒790-0000 愛媛県松山市一番町九丁目9番9号　電話 089-000-4412"]):
        p.at(21, y + 12 + i * 5.2, s, size=9)
    tr = truth(document_type="payment_order", sender="松山簡易裁判所", phone="089-000-4412", creditor="葛城カード株式会社",
               status="not_applicable", debtor="鹿野田亜紀", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               reference=case, input_kind="scan_png", template="proxy103_payment_order_card_five_column",
               received=D(2026, 5, 14))
    return dict(stem="dh10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, card-company creditor, one page)",
                unusual="the whole 支払督促 of 松山簡裁 on ONE scanned page: full-width case number alone top-left; the parties "
                        "as kv lines with the creditor's representative; 請求の趣旨 as a 5-column one-row table 元金 / "
                        "未払手数料 / 確定遅延損害金 / 督促手続費用 / 合計; the running damages and the window of the 確定 "
                        "damages in two sentences under it; 請求の原因 with the 令和元年 contract, the last payment and the "
                        "喪失; creditor a card company (not a servicer → not_applicable); the court's phone only inside the "
                        "(注意) box")


# ---------------------------------------------------------------------------------------------
# dh11 静岡簡易裁判所 仮執行宣言付支払督促, creditor 晴嵐債権回収 (invented); 2 pages scanned to an image PDF.


def dh11():
    R = 20.0
    ordered, issued, filed = D(2026, 6, 3), D(2026, 7, 1), D(2026, 5, 20)
    acc, lastp, assign = D(2025, 11, 18), D(2025, 9, 30), D(2026, 1, 15)
    P, I = 388_450, 5_931
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_230, 1_250
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第1067号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ロ）第1067号')}", size=10.5, align="r")
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=True)
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", size=10.5)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", size=10.5)
    p.gap(3)
    p.para(f"債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。（{fw(era(ordered))}付支払督促）")
    p.gap(2)
    p.para("上記支払督促に基づき、債権者の申立てにより、手続費用額金１，２５０円を付加して仮執行の宣言をする。")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　静岡簡易裁判所", size=10.5)
    p.line("　　　　　裁判所書記官　阿刀田　　聡", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "静岡簡易裁判所書記官印", seed=103111)
    p.gap(10)
    y = p.y
    p.add(Box(20, y, 170, 46, 0.4, None, (0.95, 0.95, 0.95)))
    p.at(25, y + 7, "この書面を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に基づき、債権者は強制執行（給料や預金の差押え等）をすることができます。",
                           "２　不服があるときは、この書面を受け取った日から２週間以内に、この裁判所に督促異議の申立てを",
                           "　　することができます。ただし、督促異議の申立てをしても、強制執行は当然には停止しません。",
                           "３　お問い合わせ　静岡簡易裁判所民事部督促係　電話 054-000-1067（事件番号をお伝えください。）"]):
        p.at(25, y + 15 + i * 7, s, size=9.3)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当事者目録", size=12, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "晴嵐債権回収株式会社"), ("", "〒980-0000 仙台市青葉区きささげ通一丁目2番5号"),
          ("", "代表者代表取締役　家入　修平"), ("", "（送達場所・電話 022-000-2461　ＦＡＸ 022-000-2462）"),
          ("債務者", "刈谷田　浩"), ("", "〒420-0000 静岡県静岡市葵区なつぐみ通5丁目11番地の7")],
         x=20, label_w=22, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    q.table([["", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息", f"{I:,}"],
             [f"３　確定遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年２０％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言手続費用", f"{C2:,}"], ["合計", f"{T:,}"]],
            [132, 40], x=20, header=True, aligns="lr", size=10, row_h=8)
    q.para(f"なお、１の元金に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金", x0=20, x1=192,
           size=9.8, indent="")
    q.gap(4)
    q.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社エルモファイナンス（以下「原債権者」という。）は、債務者との間で、令和3年2月1日、極度額50万円の"
              "極度借入基本契約を締結し、債務者に対し金員を貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後に約定の返済を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　債権者は、{fw(era(assign))}、原債権者から上記貸金債権を譲り受け、原債権者は債務者に対し、その旨を"
              "通知した。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.gap(2)
    q.line(f"（申立日　{fw(era(filed))}）", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="静岡簡易裁判所", phone="054-000-1067",
               creditor="晴嵐債権回収株式会社", status="unverified", original="株式会社エルモファイナンス",
               debtor="刈谷田浩", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="pdf_scan", template="proxy103_enforceable_invented_servicer_two_pages",
               received=D(2026, 7, 3))
    return dict(stem="dh11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, invented servicer creditor, 2 pages)",
                unusual="2-page image PDF of 静岡簡裁: p.1 the spaced title, the full-width case number right-aligned after "
                        "「事件番号」, the 支払督促 date only in brackets 「（令和８年６月３日付支払督促）」 and the 仮執行宣言 "
                        "date above the clerk; 手続費用額 in full-width in prose; a shaded 「この書面を受け取った方へ」 box with "
                        "the court's phone; p.2 当事者目録 as kv lines (creditor = INVENTED servicer 晴嵐債権回収, no licence "
                        "printed → unverified; its 送達場所 phone / FAX as distractors) and 請求の趣旨 as a numbered table "
                        "with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum); "
                        "請求の原因 with 極度額50万円, the last payment, the 喪失 and the 譲受 date")


# ---------------------------------------------------------------------------------------------
# dh12 仙台簡易裁判所 (ハ) 口頭弁論期日呼出状 + 訴状 of アビリオ債権回収 (real), digital 2 pages.


def dh12():
    R = 18.0
    issued, filed = D(2026, 8, 18), D(2026, 7, 30)
    hearing, answer = D(2026, 9, 24), D(2026, 9, 14)
    acc, lastp, assign = D(2025, 12, 5), D(2025, 10, 6), D(2026, 3, 31)
    P, I = 764_300, 9_855
    L = late(P, R, acc + timedelta(1), filed - timedelta(1))
    T = P + I + L
    case = "令和8年(ハ)第2318号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ハ）第2318号')}　貸金請求事件", size=10.5)
    p.line("原　告　アビリオ債権回収株式会社", size=10.5)
    p.line("被　告　白鳥沢　みどり", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　白鳥沢　みどり　殿", size=12)
    p.gap(2)
    p.line(f"{fw(era(issued))}", align="r", size=10.5)
    p.line("仙台簡易裁判所民事第２係", align="r", size=10.5)
    p.line("裁判所書記官　関家　　真澄", align="r", size=10.5)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記の答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    for lab, v in (("１　期日", f"{fwera(hearing, True)}　午前１０時３０分"),
                   ("２　場所", "仙台簡易裁判所　第３号法廷（２階）"),
                   ("３　答弁書提出期限", fwera(answer, True))):
        b = p.line(lab, x=30, size=11)
        p.at(80, b, v, size=11, font="serif-bold" if "期日" in lab else "serif")
    p.gap(4)
    for s in ("・期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。",
              "・分割払いを希望する場合などは、その旨を答弁書に記載してください。",
              "・出頭の際は、この呼出状と認印を持参してください。"):
        p.para(s, x0=26, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line("〒980-0000　仙台市青葉区片平九丁目9番9号", size=9.5, x=26)
    p.line("仙台簡易裁判所民事第２係　電話 022-000-2318（直通）　ＦＡＸ 022-000-2319", size=9.5, x=26)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fw(era(filed)), align="r", size=10.5)
    q.line("仙台簡易裁判所　御中", size=10.5)
    q.line("原告　アビリオ債権回収株式会社　代表者代表取締役　池原　弘明", x=80, size=9.8)
    q.gap(2)
    q.kv([("原告", "アビリオ債権回収株式会社（東京都千代田区おおばこ通三丁目1番1号）"),
          ("", "（送達場所　仙台市宮城野区いたや台二丁目5番8号　仙台営業所　電話 022-000-5151）"),
          ("被告", "白鳥沢　みどり（宮城県名取市こがね沢七丁目3番12号）"),
          ("訴訟物の価額", f"{T:,}円"), ("貼用印紙額", "8,000円")], x=20, label_w=30, size=9.6)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed))}から支払済みまで年１８％の割合による"
           "金員を支払え。", x0=20, x1=192, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=20, x1=192, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社ソレイユローン（以下「訴外会社」という。）は、被告との間で、令和4年5月20日、貸付限度額100万円の"
              "金銭消費貸借契約（利率年17.5％、遅延損害金年18％）を締結し、被告に金員を貸し付けた。",
              f"２　被告は、{fw(era(lastp))}の返済を最後に返済を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　原告は、{fw(era(assign))}、訴外会社から本件貸金債権を譲り受け、訴外会社は被告に対し同日付内容証明郵便で"
              "その旨を通知した。",
              "４　本件貸金債権の内訳は、次のとおりである。"):
        q.para(s, x0=20, x1=192, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed - timedelta(1)))}まで年18％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [118, 40], x=30, aligns="lr", size=9.8, row_h=7.5, ruled="rows")
    q.gap(1)
    q.para("５　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=20, x1=192, size=9.8, indent="")
    q.gap(1)
    q.line("附属書類　１ 訴状副本　１通　２ 甲号証写し　各１通　３ 資格証明書　１通", size=9.2, x=20)
    tr = truth(document_type="lawsuit", sender="仙台簡易裁判所", phone="022-000-2318",
               creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社ソレイユローン",
               debtor="白鳥沢みどり", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy103_summary_court_ha_real_servicer_plaintiff", received=D(2026, 8, 20))
    return dict(stem="dh12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 2 pages)",
                unusual="digital 仙台簡裁 (ハ) bundle: p.1 口頭弁論期日呼出状及び答弁書催告状 with the case, 原告 and 被告 as three "
                        "lines at the top, the date and clerk right-aligned ABOVE the body, the 記 items 期日 / 場所 / "
                        "答弁書提出期限 as numbered lines with full-width era dates and weekdays; court phone （直通） and FAX; "
                        "p.2 訴状 dated 7/30 (≠ 呼出状 8/18) with the plaintiff ★ アビリオ債権回収 (court paper, no licence "
                        "→ licensed, licence null) and its 送達場所 phone (distractor); 訴訟物の価額 = total, 貼用印紙額 "
                        "8,000 (not costs); 請求の趣旨 「金…及びうち金…」; 貸付限度額100万円, 年17.5％ as distractors; a "
                        "rows-ruled 内訳 残元金 / 未払利息（期限の利益喪失日まで） / 遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# dh13 晴嵐債権回収 (invented) 和解のご提案 to the 羽入 household (dh02's debt), one-page fax with a reply strip.


def dh13():
    issued, reply = D(2025, 12, 3), D(2025, 12, 19)
    P, I, R = RS_P, RS_I, RS_R
    L = late(P, R, RS_ACC + timedelta(1), issued)
    T = P + I + L
    plan_first, plan_n, plan_each = 21_000, 35, 20_000
    plan_total = plan_first + plan_n * plan_each
    assert plan_total == 721_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, f"送信先：羽入　健吾　様　　送信日：{era(issued)}　　枚数：1／1", size=9)
    p.add(Line(15, 20.5, 196, 20.5, 0.3))
    p.y = 25
    p.line(f"管理番号　{RS_REF}", size=9.5, align="r")
    p.title("ご返済条件（和解）のご提案", size=15)
    p.para("平素は格別のご高配を賜り、御礼申し上げます。先日はお電話にてご事情をお聞かせいただき、ありがとうございました。")
    p.para("お伺いしたご収入の状況を踏まえ、当社は、下記の条件で分割によるお支払いに応じる用意がございます。本ご提案をお受け"
           "いただける場合は、下記ご回答期限までに、下欄にご記入のうえ本紙をＦＡＸにてご返送ください。")
    p.gap(1)
    p.line(f"１．現在のご債務額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.line(f"（原債権者　株式会社エルモファイナンス／当社譲受日　{era(RS_ASSIGN)}）", x=20, size=9)
    p.table([["貸付残元金", "経過利息", f"遅延損害金（年{R:.0f}％）", "現在のご債務額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 40, 48, 49], x=15, header=True, aligns="rrrr",
            size=10, row_h=8.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.kv([("和解金額", f"{plan_total:,}円（遅延損害金の一部 {T - plan_total:,}円を免除いたします）"),
          ("お支払方法", f"初回 {plan_first:,}円、2回目以降 毎月 {plan_each:,}円 × {plan_n}回（計36回）"),
          ("お支払日", "令和8年1月から毎月末日（初回 令和8年1月31日）"),
          ("ご注意", "お支払いを2回分以上怠った場合は、免除は無効となり、残額を一括してご請求いたします。")],
         x=20, label_w=28, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.1))
    p.at(20, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(50, y + 8.3, f"{era(reply)}（{wd(reply)}）必着", size=12.5, font="sans-bold")
    p.at(192, y + 8, "FAX 022-000-2463", size=9.5, align="r")
    p.y = y + 16
    p.para("※期限までにご回答のない場合は、本ご提案はなかったものとさせていただき、法的手続の準備に入らせていただきます。", size=9,
           indent="")
    p.gap(2)
    for s, sz, f in (("晴嵐債権回収株式会社　管理部　回収第一課", 10, "sans-bold"), ("法務大臣許可番号　第246号", 8.8, "sans"),
                     ("TEL 022-000-2460　FAX 022-000-2463", 9.5, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    for x in range(15, 196, 4):
        p.add(Line(x, p.y, x + 2, p.y, 0.3))
    p.gap(3)
    p.line("回　答　書（晴嵐債権回収株式会社　行）", size=11, font="sans-bold", align="c")
    p.para(f"私は、管理番号 {RS_REF} のご提案（和解金額 {plan_total:,}円・36回払い）を承諾します。", size=9.8, indent="")
    p.gap(2)
    p.line("ご記入日　令和　　年　　月　　日　　ご署名　＿＿＿＿＿＿＿＿＿＿＿＿　　日中のご連絡先　＿＿＿＿＿＿＿＿＿", size=9.5)
    tr = truth(document_type="settlement_proposal", sender="晴嵐債権回収株式会社", license_number=246,
               phone="022-000-2460", creditor="晴嵐債権回収株式会社", status="unverified",
               original="株式会社エルモファイナンス", debtor="羽入健吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, assignment=RS_ASSIGN, reference=RS_REF,
               input_kind="fax_tiff",
               template="proxy103_invented_servicer_settlement_fax_reply_strip", received=issued)
    return dict(stem="dh13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 SEIRAN SAIKEN 022-000-2463",
                about="settlement_proposal (invented servicer, 36 instalments, one-page fax)",
                unusual="one-page G4 fax of the invented servicer of dh02 (第246号 → unverified) with a one-line 送信先 / "
                        "送信日 / 枚数 strip; a header table 貸付残元金 / 経過利息 / 遅延損害金（年20％） / 現在のご債務額; the plan "
                        "(和解金額 721,000, the waived part, 21,000 + 20,000 × 35, 令和8年1月31日 first) as distractors; a "
                        "heavy-framed ご回答期限 「…（金）必着」 = payment_due with the FAX number beside it; the 原債権者 and the "
                        "譲受日 only in a small bracket line above the table; a dashed cut line and a 回答書 strip at the foot")


# ---------------------------------------------------------------------------------------------
# dh14 弦間法律事務所 通知書兼請求書 for 株式会社ソレイユローン: every amount inside one sentence; western 年月日.


def dh14():
    R = 18.0
    issued, due = D(2026, 9, 25), D(2026, 10, 9)
    acc, lastp = D(2026, 5, 8), D(2026, 3, 27)
    P, I = 286_000, 3_188
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"{issued.year}年{issued.month}月{issued.day}日", align="r", size=10.5)
    p.line("当方管理番号　GM-26-0418", align="r", size=9.5)
    p.gap(3)
    p.line("〒760-0000　香川県高松市ひがら通三丁目8番22号", size=10)
    p.line("槌谷　裕子　様", size=13.5)
    p.gap(4)
    for s in ("〒760-0000　香川県高松市きささげ通二丁目1番6号　第二ビル5階", "弦間法律事務所",
              "株式会社ソレイユローン代理人", "弁護士　弦間　亮太", "（香川県弁護士会所属）", "電話 087-000-0418　FAX 087-000-0419"):
        p.line(s, x=104, size=11 if s == "弦間法律事務所" else 9.3, font="serif-bold" if s == "弦間法律事務所" else None)
    p.seal(188, p.y - 16, 9, "maru", "弦間", seed=103141)
    p.gap(5)
    p.title("通知書兼請求書", size=16, font="serif-bold")
    p.para("冠省　当職は、株式会社ソレイユローン（以下「通知人」といいます。）から、貴殿に対する貸金債権の回収について委任を"
           "受けた弁護士として、本書をもってご連絡いたします。")
    p.para(f"貴殿は、通知人との間の2022年8月2日付金銭消費貸借契約に基づく返済を{lastp.year}年{lastp.month}月{lastp.day}日を"
           f"最後に怠り、{acc.year}年{acc.month}月{acc.day}日の経過をもって期限の利益を喪失しております。")
    p.para(f"つきましては、本日現在の残元金{P:,}円、利息{I:,}円及び遅延損害金{L:,}円（残元金に対する{acc.year}年{acc.month}月"
           f"{acc.day + 1}日から本日まで年{R:.0f}％の割合によるもの）の合計金{T:,}円を、{due.year}年{due.month}月{due.day}日"
           f"（{wd(due)}）までに、下記口座にお振込みのうえ一括してお支払いください。")
    p.para("上記期限までにお支払い又はご連絡がない場合には、通知人の指示により、何らの予告なく訴訟提起等の法的手続に着手いたします"
           "ので、ご承知おきください。なお、本件に関するご連絡は、今後当職宛てにお願いいたします。通知人への直接のご連絡は"
           "お控えください。")
    p.line("草々", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("振込先", "いたや台銀行 高松支店 普通預金 0418265"), ("口座名義", "弁護士弦間亮太預り金口（ベンゴシゲンマリョウタアズカリキングチ）"),
          ("備考", "お振込人名の前に当方管理番号をご入力ください。")], x=30, label_w=26, size=9.8)
    p.line("以上", align="r")
    p.gap(3)
    p.para("（ご参考）ご契約時の貸付金額 500,000円、約定利率 年15.0％、毎月のご返済額 12,000円", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="弦間法律事務所", phone="087-000-0418",
               creditor="株式会社ソレイユローン", status="not_applicable", debtor="槌谷裕子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="GM-26-0418", input_kind="pdf_text",
               template="proxy103_law_office_notice_amounts_in_one_sentence", received=D(2026, 9, 28))
    assert acc.day + 1 <= 28
    return dict(stem="dh14", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (law office for a consumer lender)",
                unusual="digital 通知書兼請求書 (冠省 … 草々) of a one-lawyer office 「株式会社ソレイユローン代理人」 with a small "
                        "round 認印; western 年月日 dates; EVERY amount in ONE sentence 「残元金…、利息…及び遅延損害金…（…年18％…）"
                        "の合計金…円を、2026年10月9日（金）までに」; the last payment and the 喪失 in the sentence before; "
                        "当方管理番号 top-right; the 預り金口 account and a (ご参考) line with 貸付金額 500,000, 年15.0％, "
                        "12,000 as distractors; FAX beside the phone")


# ---------------------------------------------------------------------------------------------
# dh15 架空請求: a fake servicer 「株式会社国民債権管理センター」 with a fake licence number; phone photo.


def dh15():
    issued, due = D(2026, 6, 23), D(2026, 6, 26)
    T = 298_000
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 15, 14, "重要", size=12, h=9, fill=RED)
    stamp(p, 36, 14, "本人限定", size=11, h=9)
    p.at(196, 20, "通知日　令和8年6月23日", size=10, align="r")
    p.at(196, 26, "管理番号　ヤ－２６０８７", size=10, align="r", font="sans-bold")
    p.y = 30
    p.line("戸來　和夫　様", size=14)
    p.gap(6)
    p.add(Box(15, p.y, 181, 14, 0.8, RED))
    p.at(105.5, p.y + 9.6, "未納料金に関する債権回収最終通知書", size=16, font="sans-bold", align="c", color=RED)
    p.y += 20
    p.para("貴殿が過去にご契約された通信事業者及び有料コンテンツ事業者の未納料金につきまして、当センターが債権の譲渡を受け、"
           "法務省の認可に基づき回収業務を行っております。")
    p.para("再三のご通知にもかかわらず、貴殿からは現在までご連絡がございません。このまま放置された場合、事業者側は民事訴訟の"
           "手続きに入り、給与・預貯金・不動産等の差押えが行われます。")
    p.para("訴訟取下げ及び和解のご相談は、下記お支払期限までに必ずご本人様よりご連絡ください。弁護士・司法書士等の第三者への"
           "ご相談は、手続きが複雑になりますのでお控えください。")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 32, 0.5))
    for i, (lab, val) in enumerate((("未納総額（延滞金・訴訟準備費用を含む）", f"¥{T:,}"),
                                    ("お支払期限", f"令和8年6月26日（{wd(due)}）午後3時まで"),
                                    ("お支払方法", "コンビニエンスストアで電子マネーを購入し、番号をお電話でお伝えください"))):
        p.at(35, y + 8 + i * 9, lab, size=10, font="sans-bold")
        p.at(175, y + 8 + i * 9 + (0 if i < 2 else 0), val if i < 2 else "", size=12 if i == 0 else 10.5,
             font="sans-bold", align="r", color=RED if i < 2 else (0, 0, 0))
    p.at(35, y + 30, "コンビニで電子マネーを購入し、カード番号をお電話でお伝えください。", size=9)
    p.y = y + 38
    p.para("※お支払いの確認ができ次第、訴訟は取り下げられ、個人信用情報への登録も抹消されます。", size=9.5, indent="")
    p.para("※受付時間　年中無休　9:00～20:00（土日祝も受付）", size=9.5, indent="")
    p.gap(8)
    for s, sz, f in (("株式会社国民債権管理センター", 13, "sans-bold"), ("債権回収業務　法務省認可", 9.5, "sans"),
                     ("法務大臣許可番号　第309号", 9.5, "sans"), ("東京都千代田区霞が関一丁目（中央合同庁舎別館）", 9, "sans"),
                     ("お客様相談窓口　03-0000-3309", 11, "sans-bold")):
        p.line(s, x=98, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社国民債権管理センター", license_number=309, phone="03-0000-3309",
               creditor=None, status="not_licensed", debtor="戸來和夫", total=T, lump=False, issued=issued,
               payment_due=due, reference="ヤ－２６０８７", is_scam=True, input_kind="photo_jpeg",
               template="proxy103_scam_fake_servicer_emoney", received=None)
    return dict(stem="dh15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=3.0, creases=2, shadow=0.2, shadow_side="right", fill=0.84,
                          warm=0.3),
                about="other (架空請求, fake servicer with a fake licence)",
                unusual="架空請求 letter photographed on wood: filled red 重要 and framed 本人限定 stamps; a red-framed title "
                        "未納料金に関する債権回収最終通知書; 「法務省の認可に基づき」 and a FAKE 「法務大臣許可番号　第309号」 for "
                        "「株式会社国民債権管理センター」 (not in the registry, a known scam pattern → not_licensed); no "
                        "creditor, contract or court named (only 「通信事業者及び有料コンテンツ事業者」); 未納総額 ¥298,000 "
                        "with no breakdown; a 3-day お支払期限 「令和8年6月26日（金）午後3時まで」; electronic-money payment; "
                        "katakana 管理番号 ヤ－２６０８７; 「弁護士・司法書士等…へのご相談は…お控えください」; open every day; "
                        "address without a number")


# ---------------------------------------------------------------------------------------------
# dh16 あおなみ信用金庫 縦書き 催告書 (内容証明): three missed instalments, pay by a date or lose the benefit of time.


def dh16():
    R = AO_R
    issued, due = D(2025, 6, 18), D(2025, 7, 2)
    rows = [(D(2025, 3, 26), 31_200, 4_410), (D(2025, 4, 28), 31_350, 4_290), (D(2025, 5, 26), 31_480, 4_150)]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(late(pr + it, R, d + timedelta(1), issued) for d, pr, it in rows)
    T = P + I + L
    assert due == AO_ACC
    kd = lambda d: f"{kdate(d).replace('令和七年', '')}"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当金庫との間の令和三年九月十日付金銭消費貸借契約（あおなみフリーローン）に基づく毎月の約定返済を、"
                 f"{kdate(AO_LAST)}のご返済を最後に怠っております。"),
        ("body", f"延滞となっておりますのは、令和七年{kd(rows[0][0])}、{kd(rows[1][0])}及び{kd(rows[2][0])}の各返済期日分で"
                 "ございます。"),
        ("body", f"つきましては、左記延滞金額を{kdate(due)}限り、当金庫にお支払いください。"),
        ("body", "右期限までにお支払いのないときは、改めて通知することなく、同日の経過をもって、信用金庫取引約定書第五条に"
                 "基づき期限の利益を喪失し、残債務全額を一括してお支払いいただくことになりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一、延滞元金　　　{kyen(P)}"),
        ("indent", f"一、延滞利息　　　{kyen(I)}"),
        ("indent", f"一、遅延損害金　　{kyen(L)}"),
        ("plain", "　　　（各返済期日の翌日から本書作成日まで、年十四パーセント）"),
        ("indent", f"　　延滞金額合計　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮城県仙台市青葉区しらかし坂一丁目九番地"),
        ("low", "あおなみ信用金庫"),
        ("low", "融資管理部長　指田　克己"),
        ("low", f"電話　{kanji_digits('022')}（{kanji_digits('000')}）{kanji_digits('6140')}"),
        ("blank", ""),
        ("low", "宮城県白石市たもぎ町八丁目三番"),
        ("low", "入來　誠　殿"),
    ]
    size = 11.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 103161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "指田" in it.s]
    pg.items.append(Seal(xs[0] - 1.0, 22.0 + (8 + 9.5) * size * 0.3528 * 1.05, 10, "square", "あおなみ信用金庫融資管理部長印",
                         angle=-2, seed=103162))
    tr = truth(document_type="collection_notice", sender="あおなみ信用金庫", phone="022-000-6140",
               creditor="あおなみ信用金庫", status="not_applicable", debtor="入來誠", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=AO_LAST, reference=None, input_kind="vertical_scan",
               template="proxy103_vertical_shinkin_saikoku_three_instalments", received=D(2025, 6, 20))
    return dict(stem="dh16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (信用金庫 縦書き 催告書, arrears before acceleration)",
                unusual="縦書き 内容証明 催告書 of a 信用金庫, scanned: three missed instalments named by kanji dates "
                        "(三月二十六日、四月二十八日及び五月二十六日) in a sentence; amounts in positional kanji 延滞元金 / "
                        "延滞利息 / 遅延損害金 / 延滞金額合計; the deadline 令和七年七月二日限り (payment_due) which is ALSO the "
                        "date the benefit of time will be lost (a threat → lump false, acceleration null); 令和三年 contract "
                        "and 信用金庫取引約定書第五条 as numbers that are not fields; phone in kanji digits; NO reference")


LETTERS = [dh09, dh10, dh11, dh12, dh13, dh14, dh15, dh16]
