"""Proxy set 32, letters ao01–ao08: "letters of several pages". What arrives in one envelope: a servicer's cover
letter whose breakdown is only on the 別紙 請求明細書 (ao01), a 支払督促 of three pages whose 当事者目録 and 請求の趣旨及び
原因 are on pages 2–3 (ao02), a servicer's 2-page fax whose sender block is only on the last page (ao03), a bank's
期限の利益喪失通知 whose page 2 is the bank's own 振込依頼書 (ao04), a 2-page 和解 proposal with an instalment table by
fax (ao05), a letter whose page 1 is only the window-envelope address sheet (ao06), a joint 債権譲渡通知 with an extract
of the 債権目録 of three transferred claims, one of them the addressee's (ao07) and a 簡裁 (ハ) 呼出状 with the 訴状 on
page 2 (ao08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    dashed,
    era,
    late,
    qr,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.40)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.25, 0.10)
ONE = timedelta(days=1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def footer(p: Page, left: str, right: str, no: str, color=GRAY, y: float = 284.0) -> None:
    """A page footer: a hairline, the company and a phone on the left/right, the page number in the middle."""
    p.add(Line(15, y, 195, y, 0.2, color))
    p.at(15, y + 4.5, left, size=7.5, color=color)
    p.at(105, y + 4.5, no, size=8, align="c")
    p.at(195, y + 4.5, right, size=7.5, align="r", color=color)


def rows_block(p: Page, rows, x0: float, x1: float, size: float = 10.0, bold_last: bool = True) -> None:
    """label … amount lines with a rule above the last (total) line."""
    for i, (lab, val) in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        if last:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.4))
            p.gap(1.2)
        f = "sans-bold" if last else None
        b = p.line(lab, x=x0, size=size, font=f)
        p.at(x1, b, val, size=size, align="r", font=f or p.font)


# ---------------------------------------------------------------------------------------------
# ao01 real servicer's cover letter (送付状) + 別紙 請求明細書 on page 2; footer with the 代表 number.


def ao01():
    R = 18.0
    issued, due = D(2026, 2, 9), D(2026, 2, 27)
    acc, lastp, asg = D(2025, 8, 4), D(2025, 5, 27), D(2025, 12, 19)
    P, I = 648_212, 21_337
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    ref = "SB-2602-07714"
    name = "蓼沼　恵理"
    foot = ("SMBC債権回収株式会社", "代表 03-0000-1010")
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "SMBC債権回収株式会社", size=13, font="sans-bold", color=(0.0, 0.45, 0.30))
    p.at(15, 24, "法務大臣許可番号　第10号", size=8)
    p.at(195, 19, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(195, 24, f"お客様番号　{ref}", size=9.5, align="r")
    p.y = 34
    p.line("〒251-0000　神奈川県藤沢市砂子坂九丁目9番9号", x=20, size=9.5)
    p.line("ヴィラ砂子坂 203号", x=20, size=9.5)
    p.gap(1)
    p.line(f"{name}　様", x=24, size=13.5)
    p.gap(6)
    p.title("ご請求書（送付状）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10)
    p.para(f"さて、当社は{era(asg)}付で株式会社ろくしょうファイナンスより、貴殿に対する貸金債権を譲り受け、"
           "同社よりその旨のご通知をお送りしております。", size=10)
    p.para("つきましては、本書に添付の別紙「請求明細書」に記載の金額を、下記お支払期限までに当社指定口座へお振込み"
           "くださいますようお願い申し上げます。ご事情によりお支払いが難しい場合は、期限までに必ず担当者へご連絡ください。",
           size=10)
    p.line("敬具", align="r", size=10)
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    y = p.y
    p.add(Box(25, y, 160, 24, 0.5))
    p.add(Box(25, y, 48, 24, color=None, fill=SHADE))
    p.add(Line(25, y + 12, 185, y + 12, 0.3))
    p.add(Line(73, y, 73, y + 24, 0.3))
    p.at(49, y + 7.8, "ご請求金額", size=10, align="c")
    p.at(49, y + 19.8, "お支払期限", size=10, align="c")
    p.at(180, y + 8.4, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.at(78, y + 8.2, "（別紙明細の合計額）", size=8)
    p.at(180, y + 20.2, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", align="r")
    p.y = y + 28
    p.kv([("お振込先", "うたかた銀行　築地中央支店　普通預金　0771402"),
          ("口座名義", "エスエムビーシーサイケンカイシユウ（カ"),
          ("ご注意", "お振込人名の前にお客様番号の下5桁（07714）を必ずご入力ください。")], x=30, label_w=26, size=9.5)
    p.gap(3)
    p.line("【同封書類】", x=25, size=9.5, font="sans-bold")
    p.line("別紙　請求明細書（1枚）　／　返信用封筒（1通）", x=30, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 23, 0.3, GRAY))
    p.at(29, y + 6, "お問い合わせ先", size=9.5, font="sans-bold")
    p.at(29, y + 11.5, "SMBC債権回収株式会社　東京管理第二部　担当　門馬", size=9.5)
    p.at(29, y + 17.5, "直通　03-0000-4417　（受付　平日9:00～17:30）", size=10.5, font="sans-bold")
    p.at(181, y + 17.5, "※お客様番号をお伝えください", size=7.5, align="r")
    p.y = y + 27
    p.line("本書と行き違いにお支払いいただいた場合は、何卒ご容赦ください。", x=25, size=8.5)
    footer(p, foot[0] + "　〒104-0000 東京都中央区築地九丁目9番9号", foot[1], "1 / 2")
    p.seal(96, 20, 13, "square", "SMBC債権回収之印", angle=2, seed=32011)
    # page 2: 別紙 請求明細書
    q = Page(font="sans", size=10, top=14)
    q.at(15, 18, "別紙", size=10, font="sans-bold")
    q.at(195, 18, "2 / 2", size=9, align="r")
    q.at(195, 23, f"お客様番号　{ref}", size=9, align="r")
    q.at(15, 23, f"{name}　様", size=10)
    q.y = 32
    q.title("請　求　明　細　書", size=15)
    q.line(f"（{era(issued)}現在）", align="r", size=9.5)
    q.gap(1)
    q.line("１．原契約の表示", size=10.5, font="sans-bold")
    q.table([["原債権者", "株式会社ろくしょうファイナンス"], ["契約の種類", "金銭消費貸借契約（フリーローン）"],
             ["ご契約日", "令和3年6月15日"], ["契約番号", "RK-0615-33872"], ["当初ご融資額", "1,000,000円"],
             ["最終ご返済日", era(lastp)], ["期限の利益喪失日", era(acc)], ["債権譲渡日", era(asg)]],
            [45, 90], x=25, size=9.5, row_h=7, aligns="ll", shade_col0=True)
    q.gap(4)
    q.line("２．ご請求額の内訳", size=10.5, font="sans-bold")
    q.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             ["遅延損害金", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [80, 55], x=25, size=10, row_h=8, header=True, aligns="lr")
    q.gap(2)
    days = (issued - acc).days
    q.para(f"※遅延損害金は、残元金{P:,}円に対し、期限の利益喪失日の翌日（{era(acc + ONE)}）から{era(issued)}まで"
           f"（{days}日間）、年18.0％の割合（年365日の日割計算）により算出しています。{era(issued)}の翌日以降も、"
           "完済に至るまで同割合の遅延損害金が発生いたします。", x0=25, x1=190, size=8.8, indent="")
    q.para("※未払利息は、最終ご返済日の翌日から期限の利益喪失日までの約定利息（年15.0％）です。", x0=25, x1=190,
           size=8.8, indent="")
    q.gap(2)
    q.line("以上", align="r", size=10)
    footer(q, foot[0] + "　〒104-0000 東京都中央区築地九丁目9番9号", foot[1], "2 / 2")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-4417", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社ろくしょうファイナンス", debtor=name, total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference=ref, input_kind="pdf_text_2page", template="proxy32_servicer_cover_letter_breakdown_on_sheet2",
               received=D(2026, 2, 12))
    return dict(stem="ao01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, cover letter + 別紙 請求明細書)",
                unusual="real servicer ★ SMBC債権回収 (「法務大臣許可番号　第10号」 under the name) sends a 送付状: page 1 "
                        "shows only the total (「別紙明細の合計額」) and the due date in a shaded box, the breakdown is on "
                        "page 2, 「別紙 請求明細書」 with its own 「2 / 2」 header and a 原契約 table (契約日 令和3年, 当初ご融資額 "
                        "1,000,000円, 契約番号 as distractors) and a 項目/金額 table; every page has a FOOTER with the company "
                        "and its 代表 03-0000-1010, while the お問い合わせ先 box gives the 担当 直通 03-0000-4417; the "
                        "5-digit transfer hint 07714 and the 15.0％ contract rate are distractors")


# ---------------------------------------------------------------------------------------------
# ao02 支払督促 of three pages (松阪簡裁): the order, then 当事者目録 (p.2), then 請求の趣旨及び原因 (p.3). Scanned.


def ao02():
    R = 20.0
    issued = D(2026, 3, 6)
    contract, lastp, acc = D(2022, 9, 12), D(2025, 6, 26), D(2025, 8, 27)
    applied = D(2026, 2, 24)
    P, I = 412_000, 9_861
    L = late(P, R, acc + ONE, applied)
    C = 4_280
    assert C == 2_000 + 1_280 + 110 + 890  # the printed 4-part breakdown of the 督促手続費用
    T = P + I + L + C
    case = "令和８年（ロ）第５１２号"
    court = "松阪簡易裁判所"
    cphone = "0598-00-2716"
    name = "廿楽　剛志"

    def head(pg: Page, n: int):
        pg.at(195, 14, f"{fw(str(n))}／３", size=9, align="r")
        pg.at(15, 14, f"{case}", size=9)

    p = Page(font="serif", size=11, top=22)
    head(p, 1)
    p.y = 26
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("事件番号", f"{case}　貸金請求督促事件"), ("債 権 者", "別紙当事者目録記載のとおり"),
          ("債 務 者", "別紙当事者目録記載のとおり")], x=25, label_w=30, size=11)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.para("債権者の申立てにより、上記のとおり支払督促する。", size=11)
    p.gap(4)
    p.para("（注意）債務者がこの支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立て"
           "によって仮執行の宣言をする。", size=10.5)
    p.gap(8)
    p.line(fw(era(issued)), x=30, size=11)
    p.gap(2)
    p.line(f"{court}", x=95, size=11.5)
    p.line("裁判所書記官　　城　間　　詩　織", x=95, size=11.5)
    p.seal(182, p.y - 8, 16, "square", "松阪簡易裁判所書記官印", angle=0, seed=32021)
    p.gap(12)
    y = p.y
    p.add(Box(25, y, 160, 40, 0.4))
    p.at(30, y + 7, "督促異議の申立てについて", size=10.5, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、同封の督促異議申立書に必要事項を記入し、",
                           "送達を受けた日から２週間以内に当庁へ提出（郵送可）してください。",
                           "異議の申立てがあると、通常の訴訟の手続に移行します。",
                           f"問合せ先　{court}　民事係　電話　{fw(cphone)}（直通）"]):
        p.at(30, y + 15 + i * 6.5, s, size=10)
    p.y = y + 48
    p.line("これは正本である。", x=30, size=11)
    p.line("　　同日同庁　裁判所書記官　城　間　　詩　織", x=30, size=11)
    # page 2: 当事者目録
    q = Page(font="serif", size=11, top=22)
    head(q, 2)
    q.y = 26
    q.title("当　事　者　目　録", size=15, font="serif-bold")
    q.line("〒515-0000　三重県松阪市狐塚町九丁目９番地９", x=30)
    q.line("債　権　者　　えんじファイナンス株式会社", x=30)
    q.line("同代表者代表取締役　　桑　子　　喜一郎", x=48)
    q.gap(3)
    q.line("〒514-0000　三重県津市銀杏並木九丁目９番９号（送達場所）", x=30)
    q.line("債権者支配人　　渋　江　　誠", x=48)
    q.line("電　話　059-000-5831　　ＦＡＸ　059-000-5832", x=48)
    q.gap(10)
    q.line("〒515-0000　三重県松阪市蛍沢町九丁目９番９－２０５号", x=30)
    q.line(f"債　務　者　　{name}", x=30)
    q.gap(18)
    q.line("以上", align="r")
    # page 3: 請求の趣旨及び原因
    r = Page(font="serif", size=10.5, top=22)
    head(r, 3)
    r.y = 26
    r.title("請求の趣旨及び原因", size=15, font="serif-bold")
    r.line("請求の趣旨", size=11.5, font="serif-bold")
    x0, x1 = 32, 185
    rows = [("１　元金", P), ("２　利息", I), ("３　確定遅延損害金", L), ("４　督促手続費用", C)]
    for lab, v in rows:
        b = r.line(lab, x=x0)
        r.at(x1, b, f"金{fw(f'{v:,}')}円", size=10.5, align="r")
    r.add(Line(x0, r.y + 0.4, x1, r.y + 0.4, 0.4))
    r.gap(1.5)
    b = r.line("　　合　計", x=x0, font="serif-bold")
    r.at(x1, b, f"金{fw(f'{T:,}')}円", size=10.5, align="r", font="serif-bold")
    r.gap(1)
    r.para(f"５　上記１の金額に対する{fw(era(applied + ONE))}から完済まで年２０．０％の割合による遅延損害金", x0=x0,
           x1=x1, indent="")
    r.para(f"（３の確定遅延損害金は、{fw(era(acc + ONE))}から{fw(era(applied))}まで年２０．０％の割合によるもの）",
           x0=x0 + 4, x1=x1, size=9.5, indent="")
    r.para("（４の内訳　申立手数料 ２，０００円、支払督促正本送達費用 １，２８０円、支払督促発付通知費用 １１０円、"
           "申立書作成及び提出費用 ８９０円）", x0=x0 + 4, x1=x1, size=9.5, indent="")
    r.gap(4)
    r.line("請求の原因", size=11.5, font="serif-bold")
    for s in (f"１　債権者は、債務者に対し、{fw(era(contract))}、次の約定で金１，０００，０００円を貸し付けた。",
              "　（１）弁済方法　毎月２６日限り元利金２６，０００円ずつ支払う。",
              "　（２）利　　息　年１５．０％",
              "　（３）遅延損害金　年２０．０％",
              "　（４）特　　約　分割金の支払を怠り、債権者から２０日以上の期間を定めた書面による催告を受けたにもかかわらず、"
              "その期間内に支払わないときは、当然に期限の利益を失う。",
              f"２　債務者は、{fw(era(lastp))}までに元金のうち５８８，０００円を支払ったのみで、その後の支払をせず、"
              f"債権者が{fw(era(D(2025, 8, 6)))}付書面で定めた期間内にも支払をしなかったため、{fw(era(acc))}の経過に"
              "より期限の利益を失った。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        r.para(s, x0=x0 - 2, x1=x1, indent="")
    r.line(f"（申立日　{fw(era(applied))}）", x=x0)
    r.gap(4)
    r.line("以上", align="r")
    tr = truth(document_type="payment_order", sender=court, phone=cphone, creditor="えんじファイナンス株式会社",
               status="not_applicable", debtor=name, total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第512号",
               input_kind="pdf_scan", template="proxy32_payment_order_three_pages_parties_on_p2",
               received=D(2026, 3, 10))
    return dict(stem="ao02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr,
                about="payment_order (簡裁, consumer lender, 3 pages)",
                unusual="a 支払督促 of a court not used before (松阪簡裁) as a 3-page image-only PDF: page 1 only the order "
                        "(債権者 / 債務者 「別紙当事者目録記載のとおり」), the date, the clerk and a boxed 督促異議 note with "
                        "the court's （直通） number; page 2 the 当事者目録 (the creditor's 送達場所 with its own phone/FAX "
                        "as distractors); page 3 the 請求の趣旨及び原因 with ４ numbered amounts in full-width and a 合計 line, "
                        "the running item ５, the 4-part cost breakdown; every page carries the case number and 「１／３」 "
                        "… 「３／３」 at the top; the 1,000,000 loan, 26,000 instalments, 588,000 paid, 年15.0％ interest, "
                        "the 催告書 date 8/6 and the 申立日 2/24 as distractors")


# ---------------------------------------------------------------------------------------------
# ao03 invented servicer, 2-page fax: page 1 has no sender at all, the sender block is only at the end of page 2.


def ao03():
    R = 14.6
    issued, due = D(2026, 4, 14), D(2026, 4, 28)
    acc, lastp, asg = D(2025, 10, 2), D(2025, 7, 27), D(2026, 1, 30)
    P, I = 1_183_540, 27_816
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "五百蔵　真澄"
    ref = "KA-26-0388"
    p = Page(font="sans", size=10.5, top=16)
    p.at(195, 20, f"送信日　{slash(issued)}", size=10, align="r")
    p.at(195, 26, "（1/2）", size=10, align="r")
    p.y = 22
    p.line(f"{name}　様", x=18, size=13)
    p.line(f"管理番号：{ref}", x=18, size=10)
    p.gap(6)
    p.title("譲受債権の一括お支払いについて（ご連絡）", size=14.5)
    p.para(f"貴殿が株式会社しじらカードとの間で締結されたカード会員契約に基づく債務につきましては、{wdate(acc)}の"
           f"経過をもって期限の利益を喪失しており、その後、{wdate(asg)}付で同社から当社が債権を譲り受けております。", size=10)
    p.para(f"最終のご入金（{wdate(lastp)}）以降、お支払いが確認できておりません。つきましては、下記の金額を一括にて"
           "お支払いくださいますようご連絡申し上げます。", size=10)
    p.gap(2)
    p.line("■ご請求額の内訳（本日現在）", size=10.5, font="sans-bold")
    p.table([["元金残高", "利息・手数料", "遅延損害金", "ご請求額"],
             [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [43, 43, 43, 47], x=18, size=11, row_h=10, header=True, aligns="rrrr")
    p.line("（単位：円）", align="r", size=8.5)
    p.para(f"※遅延損害金は元金残高に対し{wdate(acc + ONE)}から本日まで年14.6％の日割計算です。", size=9, indent="")
    p.gap(3)
    p.line("■ご参考　原契約", size=10.5, font="sans-bold")
    p.kv([("原債権者", "株式会社しじらカード"), ("会員番号", "4980-****-****-6621"),
          ("ご利用枠", "ショッピング 500,000円 ／ キャッシング 300,000円"), ("譲受日", wdate(asg))],
         x=24, label_w=28, size=9.5)
    p.gap(26)
    p.line("（次頁に続きます）", align="r", size=9.5)
    q = Page(font="sans", size=10.5, top=16)
    q.at(15, 20, f"{name}　様　（管理番号：{ref}）", size=9.5)
    q.at(195, 20, "（2/2）　（続き）", size=10, align="r")
    q.y = 30
    q.line("■お支払期限とお振込先", size=10.5, font="sans-bold")
    y = q.y + 1
    q.add(Box(18, y, 174, 13, 1.0))
    q.at(23, y + 8.6, "お支払期限", size=11, font="sans-bold")
    q.at(60, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    q.at(186, y + 8.8, f"{T:,}円", size=12, font="sans-bold", align="r")
    q.y = y + 17
    q.kv([("お振込先", "ひがた銀行　砂子坂支店　普通　3308812"),
          ("口座名義", "コキアケサイケンカイシュウ（カ"),
          ("お振込人名", "管理番号の数字6桁＋お名前（例 260388 イオクラマスミ）")], x=24, label_w=28, size=9.5)
    q.gap(3)
    q.para("一括でのお支払いが困難な場合は、お支払期限までに必ずお電話にてご相談ください。ご連絡なく期限を経過した場合、"
           "当社は法的手続（支払督促・訴訟の提起等）をとることがありますので、あらかじめご承知おきください。", size=10)
    q.para("なお、本書と行き違いでお支払いいただいている場合はご容赦ください。", size=10)
    q.gap(2)
    q.line("以上", align="r")
    q.gap(16)
    y = q.y
    q.add(Box(100, y, 92, 40, 0.4))
    for i, (s, sz, f) in enumerate((("こきあけ債権回収株式会社", 12, "sans-bold"),
                                    ("法務大臣許可番号　第２４６号", 9, "sans"),
                                    ("〒460-0000 名古屋市中区雁木通九丁目9番9号", 8.5, "sans"),
                                    ("債権管理部　担当　菊川", 9.5, "sans"),
                                    ("TEL 052-000-3461　FAX 052-000-3462", 10, "sans-bold"),
                                    ("受付 平日9:30～18:00", 8.5, "sans"))):
        q.at(104, y + 7 + i * 5.8, s, size=sz, font=f)
    q.seal(183, y + 12, 13, "square", "こきあけ債権回収印", angle=-3, seed=32031)
    tr = truth(document_type="collection_notice", sender="こきあけ債権回収株式会社", license_number=246,
               phone="052-000-3461", creditor="こきあけ債権回収株式会社", status="unverified",
               original="株式会社しじらカード", debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference=ref, input_kind="fax_tiff", template="proxy32_invented_servicer_fax_sender_on_last_page",
               received=issued)
    return dict(stem="ao03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 15:02 KOKIAKE SERVICER 052-000-3462",
                about="collection_notice (invented servicer, 2-page fax, sender only on page 2)",
                unusual="INVENTED servicer 「こきあけ債権回収株式会社」 with 「法務大臣許可番号　第２４６号」 in full-width "
                        "(→ unverified) as a 2-page G4 fax; page 1 has NO sender at all (only 送信日 in slashes, 「（1/2）」, "
                        "the name, 管理番号 and the body with western 年月日 dates); the amounts in a one-row 4-column table "
                        "with 「（単位：円）」 under it and the label 利息・手数料; 「（次頁に続きます）」; page 2 「（2/2）　"
                        "（続き）」, the framed due date, 「以上」 and only then the sender box with TEL / FAX; masked "
                        "会員番号, ご利用枠 500,000 / 300,000 and the example 振込人名 260388 as distractors; the fax header "
                        "shows the FAX")


# ---------------------------------------------------------------------------------------------
# ao04 bank 期限の利益喪失通知, page 2 the bank's own 振込依頼書 (with the branch's phone and account).


def ao04():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    acc, lastp, warn = D(2026, 1, 13), D(2025, 9, 30), D(2025, 12, 22)
    P, I = 2_764_300, 38_912
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "興梠　博之"
    ref = "SO-0117-2604"
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=PLUM))
    p.at(20, 19.3, "周", size=12, font="serif-bold", color=WHITE, align="c")
    p.at(28, 19.5, "すおう銀行", size=16, font="serif-bold", color=PLUM)
    p.at(195, 17, era(issued), size=10, align="r")
    p.at(195, 22.5, f"管理番号　{ref}", size=10, align="r")
    p.y = 31
    p.line("〒745-0000", x=18, size=10)
    p.line("山口県周南市楡の木町九丁目9番9号", x=18, size=10)
    p.line(f"{name}　殿", x=22, size=13.5)
    p.gap(1)
    for s in ("山口県周南市千鳥ヶ辻九丁目9番9号", "株式会社すおう銀行", "融資管理部長　水　主　　隆　之"):
        p.line(s, align="r", size=10)
    p.seal(198, p.y - 6, 12, "square", "すおう銀行融資管理部長印", angle=-2, seed=32041)
    p.gap(3)
    p.title("期限の利益喪失のご通知", size=15.5, font="serif-bold")
    p.para("貴殿との平成31年4月22日付金銭消費貸借契約（当行カードローン「すおうゆとりプラン」）に基づくご返済は、"
           f"{era(lastp)}を最後にお支払いがございません。当行は{era(warn)}付催告書により、{era(acc)}までに延滞金を"
           "お支払いいただくよう催告いたしましたが、同日までにお支払いがありませんでした。")
    p.para(f"よって、貴殿は同契約の定めにより、{era(acc)}の経過をもって期限の利益を喪失されましたので、本書をもって"
           f"ご通知申し上げます。つきましては、下記金額を{era(due)}までに一括してお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}～{era(issued)}）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [120, 45], x=22, size=10.5, row_h=8.5, shade_col0=True, aligns="lr")
    p.line(f"※遅延損害金は残元金に対し年14.0％（年365日の日割計算）。{era(issued)}の翌日以降も完済まで発生します。",
           x=22, size=8.8)
    p.gap(2)
    p.para("お支払いは、同封の「振込依頼書」（次ページ）をご利用のうえ、当行の各支店窓口でお振込みください。"
           "期限までにお支払いがない場合、当行は保証会社すぐり保証株式会社に対し保証債務の履行を請求いたします。"
           "その後のご請求は同社から行われます。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 17, 0.3))
    p.at(26, y + 6, "本件に関するお問い合わせ", size=9.5, font="serif-bold")
    p.at(26, y + 12.5, "株式会社すおう銀行　融資管理部　管理グループ　（担当　桑子）　電話 0834-00-5270", size=10)
    p.y = y + 21
    p.para("※カードローンのご利用は、期限の利益喪失に伴い停止しております（ご利用限度額 3,000,000円）。", size=8.8,
           indent="")
    p.at(105, 290, "－ 1 －", size=9, align="c")
    # page 2: 振込依頼書 (the bank's own form: the branch, its phone and its account are distractors)
    q = Page(font="sans", size=10, top=14)
    q.at(105, 20, "振込依頼書（兼 振込金受取書）", size=14, font="sans-bold", align="c", color=PLUM)
    q.at(195, 27, "すおう銀行", size=10, font="sans-bold", align="r", color=PLUM)
    y = 32
    q.add(Box(15, y, 180, 108, 0.6, PLUM))
    q.add(Box(15, y, 180, 8, color=None, fill=(0.95, 0.90, 0.94)))
    q.at(19, y + 5.6, "ご依頼日　　令和　　年　　月　　日", size=9.5)
    q.at(191, y + 5.6, "※太枠内をご記入ください", size=8, align="r")
    cells = [("お振込先金融機関", "すおう銀行　本店営業部"), ("預金種目", "普通預金"), ("口座番号", "1 1 8 0 4 2 7"),
             ("お受取人", "カ）スオウギンコウ　ユウシカンリブ"), ("お振込金額", f"￥{T:,}"),
             ("ご依頼人（フリガナ）", ""), ("ご依頼人のお名前", ""), ("ご依頼人のお電話番号", "（　　　　）　　　－"),
             ("EDI情報／管理番号", ref)]
    yy = y + 8
    for lab, val in cells:
        q.add(Line(15, yy, 195, yy, 0.3, PLUM))
        q.add(Box(15, yy, 48, 11, color=None, fill=(0.97, 0.94, 0.96)))
        q.at(18, yy + 7, lab, size=8.8)
        q.at(68, yy + 7.4, val, size=12 if lab == "お振込金額" else 10.5,
             font="sans-bold" if lab == "お振込金額" else "sans")
        yy += 11
    q.add(Line(63, y + 8, 63, y + 107, 0.3, PLUM))
    q.y = y + 114
    q.line("お取扱店", size=9.5, font="sans-bold")
    q.line("すおう銀行　本店営業部　　山口県周南市千鳥ヶ辻九丁目9番9号　　電話 0834-00-1100（代表）", size=9.5)
    q.line("窓口受付時間　平日 9:00～15:00", size=9.5)
    q.gap(3)
    q.para("・この振込依頼書は、上記口座へのお振込み専用です。他の口座へのお振込みにはご利用になれません。", size=9,
           indent="")
    q.para("・ATMからのお振込みの場合は、お振込人名の前に管理番号の数字（01172604）をご入力ください。", size=9, indent="")
    q.para("・振込手数料は当行が負担いたします（当行本支店の窓口をご利用の場合に限ります）。", size=9, indent="")
    dashed(q, 15, 195, 190)
    q.at(105, 189, "－－　振込金受取書（お客様控え）　－－", size=8, align="c")
    q.y = 196
    q.table([["お振込先", "すおう銀行 本店営業部 普通 1180427"], ["お受取人", "カ）スオウギンコウ　ユウシカンリブ"],
             ["金　額", f"￥{T:,}"], ["取扱日", "　　年　　月　　日"]],
            [40, 110], x=30, size=9.5, row_h=8, aligns="ll", shade_col0=True)
    q.add(Box(160, 200, 24, 24, 0.3, GRAY))
    q.at(172, 213, "収納印", size=8, align="c", color=GRAY)
    q.at(105, 290, "－ 2 －", size=9, align="c")
    tr = truth(document_type="acceleration_notice", sender="株式会社すおう銀行", phone="0834-00-5270",
               creditor="株式会社すおう銀行", status="not_applicable", debtor=name, total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=ref, input_kind="pdf_text_2page", template="proxy32_bank_acceleration_with_transfer_form_p2",
               received=D(2026, 1, 22))
    return dict(stem="ao04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (bank card loan, page 2 the bank's own 振込依頼書)",
                unusual="a bank's 期限の利益喪失のご通知 in serif with the addressee 殿 LEFT and the bank's sender lines "
                        "flush RIGHT under it (融資管理部長 + square seal); the 催告書 date 12/22 and its deadline 1/13 "
                        "(= acceleration 「の経過をもって」); a 4-row shaded-label table with the window inside the damage "
                        "label; page 2 is the bank's own 振込依頼書 (兼 振込金受取書) with the total pre-printed, the "
                        "receiving account 普通 1180427, the 本店営業部 and its 代表 phone 0834-00-1100 (distractors: the "
                        "sender's phone is the 融資管理部 0834-00-5270 on page 1), a blank 令和　年　月　日, the "
                        "management number without hyphens and a receipt strip; guarantor すぐり保証 and the 3,000,000 "
                        "limit as distractors; page numbers 「－ 1 －」 「－ 2 －」")


# ---------------------------------------------------------------------------------------------
# ao05 real servicer's 和解 proposal, 2-page fax: page 1 the proposal, page 2 the 分割表 (continuation).


def ao05():
    R = 14.6
    issued, reply = D(2026, 5, 12), D(2026, 5, 29)
    asof = D(2026, 4, 30)
    acc, lastp, asg = D(2024, 11, 5), D(2024, 8, 27), D(2025, 3, 31)
    P, I = 836_400, 41_205
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    name = "撫養　さゆり"
    ref = "OX-5530-1286"
    S = 720_000  # 和解金額
    first, monthly, n = 30_000, 15_000, 46
    assert first + monthly * n == S
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "オリックス債権回収株式会社", size=12.5, font="sans-bold", color=NAVY)
    p.at(15, 23, "法務大臣許可　第11号", size=8.5)
    p.at(195, 18, f"{era(issued)}", size=10, align="r")
    p.at(195, 23, "1/2", size=9, align="r")
    p.y = 30
    p.line(f"{name}　様", x=15, size=12.5)
    p.line(f"お客様番号　{ref}", x=15, size=9.5)
    p.line("（FAX送信先　0886-00-7103　ご本人様控え）", x=15, size=8.5, color=GRAY)
    p.gap(4)
    p.title("和解条件のご提案", size=15)
    p.para(f"当社が{era(asg)}に株式会社べんがらクレジットより譲り受けました貴殿の債務につき、先日お電話にてご相談"
           "いただきました内容を踏まえ、下記のとおり分割弁済による和解条件をご提案いたします。", size=10)
    p.line("１．現在のご債務（" + era(asof) + "現在）", size=10.5, font="sans-bold")
    p.table([["残元金", "利息", "遅延損害金", "ご債務合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 38, 42, 48], x=20, size=10, row_h=8.5, header=True, aligns="rrrr")
    p.line(f"（期限の利益喪失日 {era(acc)}　最終ご入金日 {era(lastp)}　遅延損害金 年14.6％）", x=20, size=8.5)
    p.gap(2)
    p.line("２．和解条件", size=10.5, font="sans-bold")
    for s in (f"（１）和解金額　金{S:,}円（上記ご債務合計のうち、和解金額を超える部分は、本和解を遅滞なく履行された場合に限り免除いたします）",
              f"（２）お支払方法　初回 {era(D(2026, 6, 30))}限り 金{first:,}円、以後 令和8年7月から毎月末日限り 金{monthly:,}円 × {n}回",
              "（３）2回以上お支払いを怠り、その額が金30,000円に達したときは、当然に期限の利益を失い、ご債務合計から既払額を"
              "控除した残額及びこれに対する年14.6％の遅延損害金を直ちにお支払いいただきます。",
              "（４）お支払予定の詳細は、次ページの「分割お支払予定表」のとおりです。"):
        p.para(s, x0=20, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 15, 1.2))
    p.at(25, y + 9.5, "ご回答期限", size=11.5, font="sans-bold")
    p.at(60, y + 9.8, f"{era(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.at(186, y + 9.5, "同封の承諾書をご返送ください", size=8.5, align="r")
    p.y = y + 19
    p.para("ご回答期限までにご返送がない場合、本ご提案は失効し、ご債務合計の一括でのお支払いをお願いすることになります。",
           size=9.5, indent="")
    p.gap(2)
    for s, sz in (("オリックス債権回収株式会社　業務第三部　担当：糀谷", 9.5),
                  ("〒105-0000 東京都港区鍛冶町九丁目9番9号", 8.5),
                  ("TEL 0120-000-611（通話料無料）　FAX 03-0000-6112", 10)):
        p.line(s, x=92, size=sz)
    q = Page(font="sans", size=10, top=14)
    q.at(15, 18, f"{name}　様　お客様番号 {ref}", size=9.5)
    q.at(195, 18, "2/2（前頁からの続き）", size=9, align="r")
    q.y = 26
    q.title("分割お支払予定表", size=13.5)
    rows = [["回", "お支払期日", "お支払額", "お支払後残額"]]
    rest = S - first
    rows.append(["1", era(D(2026, 6, 30)), f"{first:,}円", f"{rest:,}円"])
    shown = [(D(2026, 7, 31), 2), (D(2026, 8, 31), 3), (D(2026, 9, 30), 4), (D(2026, 10, 31), 5), (D(2026, 11, 30), 6)]
    for d, k in shown:
        rest -= monthly
        rows.append([str(k), era(d), f"{monthly:,}円", f"{rest:,}円"])
    rest_after = rest - monthly * (n - 6)
    rows.append(["7～46", "以後毎月末日", f"各{monthly:,}円", "－"])
    rows.append(["47", era(D(2030, 4, 30)), f"{monthly:,}円", "0円"])
    assert rest_after == monthly and rest_after - monthly == 0
    rows.append(["計", "47回", f"{S:,}円", ""])
    q.table(rows, [22, 60, 45, 45], x=20, size=9.5, row_h=7.6, header=True, aligns="cccr")
    q.gap(3)
    q.para("※お支払期日が金融機関の休業日にあたるときは、翌営業日が期日となります。", x0=20, size=9, indent="")
    q.para("※お振込先：あわゆき銀行　浜松町西支店　普通預金　5530128　オリツクスサイケンカイシユウ（カ", x0=20,
           size=9, indent="")
    q.gap(4)
    dashed(q, 15, 195, q.y)
    q.gap(4)
    q.line("承　諾　書", align="c", size=13, font="sans-bold")
    q.para("オリックス債権回収株式会社　御中　　私は、貴社ご提案の和解条件（" + era(issued) + "付）を承諾いたします。",
           x0=20, size=9.5, indent="")
    q.gap(2)
    q.line("令和　　年　　月　　日　　　ご住所　　　　　　　　　　　　　　ご署名　　　　　　　　　　　　印", x=20, size=9.5)
    q.gap(3)
    q.line("以上", align="r")
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社べんがらクレジット", debtor=name, total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference=ref, input_kind="fax_tiff",
               template="proxy32_servicer_settlement_instalment_table_fax_p2", received=issued)
    return dict(stem="ao05", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:18 ORIX SERVICER 03-0000-6112",
                about="settlement_proposal (real servicer, 2-page fax with a 分割お支払予定表)",
                unusual="real servicer ★ オリックス債権回収 with 「法務大臣許可　第11号」 (no 番号) as a 2-page G4 fax; the "
                        "addressee's own FAX number under the name; the current debt as of 令和8年4月30日 (≠ the letter "
                        "date) in a one-row table; 和解金額 720,000 with a waiver clause; a 30,000 threshold; a heavy-framed "
                        "ご回答期限 …必着; page 2 「2/2（前頁からの続き）」 the 分割お支払予定表 (first 令和8年6月30日 30,000, then "
                        "15,000 × 46 to 令和12年4月30日, a 「7～46 以後毎月末日」 row, 計 47回) and a blank 承諾書 with "
                        "「令和　　年　　月　　日」 — all distractors; TEL 0120 and FAX 03 on one line")


# ---------------------------------------------------------------------------------------------
# ao06 real servicer: page 1 is only the window-envelope address sheet (宛名台紙), page 2 the letter.


def ao06():
    R = 14.6
    issued, due = D(2026, 3, 23), D(2026, 4, 10)
    acc, lastp, asg = D(2025, 7, 28), D(2025, 4, 27), D(2025, 11, 28)
    P, I = 293_760, 18_422
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    name = "小鳥遊　崇"
    ref = "AL-101-449027"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 16, "〒104-0000 東京都中央区烏瓜台九丁目9番9号", size=8)
    p.at(15, 20.5, "アルファ債権回収株式会社", size=10, font="sans-bold")
    p.at(15, 24.5, "※このお知らせは個人情報を含みます。", size=7)
    p.add(Box(150, 12, 45, 16, 0.3))
    p.at(172.5, 18.5, "料金後納", size=9, align="c")
    p.at(172.5, 24.5, "郵　便", size=9, align="c")
    window(p, 20, 40, "350-0000", ["埼玉県川越市鵜の森九丁目9番9号", "鵜の森ハイツ 1-302"], f"{name}　様",
           "ao06-window", w=100, h=44, code="発送No. 2603-118-4471")
    stamp(p, 138, 46, "親展", RED, size=16, h=12)
    stamp(p, 138, 62, "重要", RED, size=16, h=12)
    p.y = 100
    p.add(Box(20, 100, 175, 30, 0.3, GRAY))
    p.at(25, 107, "在中", size=10, font="sans-bold")
    p.at(25, 114, "・残債務一括ご請求書（次葉）　1枚", size=9.5)
    p.at(25, 120, "・ご返済のご相談について（ご案内）　1枚　　・返信用封筒　1通", size=9.5)
    p.at(25, 126, "ご本人様以外の方が開封されることのないようお願いいたします。", size=8.5)
    p.at(105, 150, "－－－－　この台紙は封筒の窓から宛名が見えるように折り込まれています　－－－－", size=8, align="c",
         color=GRAY)
    bars(p, 20, 270, 120, 4, "ao06-foot", tall=False)
    p.at(195, 274, "R08-03 / 0449027 / 01", size=7, align="r")
    q = Page(font="sans", size=10, top=14)
    q.add(Box(15, 12, 180, 12, color=None, fill=(0.10, 0.30, 0.55)))
    q.at(20, 20.3, "アルファ債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    q.at(190, 20.3, "法務大臣許可番号 第101号", size=9, align="r", color=WHITE)
    q.y = 30
    q.line(f"{name}　様", x=15, size=12.5)
    q.at(195, 33, f"作成日　{era(issued)}", size=9.5, align="r")
    q.at(195, 38.5, f"お客様番号　{ref}", size=9.5, align="r")
    q.gap(6)
    q.title("残債務一括ご請求書", size=15)
    q.para(f"当社は、{era(asg)}付で、かすりクレジット株式会社から貴殿に対する立替金債権を譲り受けました。同債権は、"
           f"{era(acc)}に期限の利益を喪失しております（最終ご入金日　{era(lastp)}）。", size=10)
    q.para("つきましては、下記ご請求金額を、お支払期限までに一括にてお支払いください。", size=10)
    q.gap(2)
    y = q.y
    grid_rows = [("立替金残元金", P), ("分割手数料", I), (f"遅延損害金（年14.6％・{era(issued)}まで）", L)]
    q.add(Box(25, y, 160, 8, color=None, fill=SHADE))
    q.at(30, y + 5.6, "内　訳", size=9.5, font="sans-bold")
    q.at(180, y + 5.6, "金額（円）", size=9.5, font="sans-bold", align="r")
    yy = y + 8
    for lab, v in grid_rows:
        q.at(30, yy + 6, lab, size=10)
        q.at(180, yy + 6, f"{v:,}", size=10.5, align="r")
        q.add(Line(25, yy + 8, 185, yy + 8, 0.15, GRAY))
        yy += 8
    q.add(Box(25, yy + 1, 160, 11, 0.8))
    q.at(30, yy + 8.3, "ご請求金額", size=11, font="sans-bold")
    q.at(180, yy + 8.6, f"{T:,}", size=13, font="sans-bold", align="r")
    q.y = yy + 17
    q.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("お振込先", "むらさめ銀行　烏瓜台支店　普通　4490271"),
          ("口座名義", "アルフアサイケンカイシユウ（カ")], x=25, label_w=28, size=10)
    q.gap(3)
    q.para("お支払いが困難な場合は、ご返済方法のご相談を承ります。同封の「ご返済のご相談について」をご覧のうえ、"
           "下記までご連絡ください。", size=9.5, indent="")
    q.gap(2)
    q.line("【ご契約内容】", size=9.5, font="sans-bold")
    q.line("原契約先　かすりクレジット株式会社　　ご契約日　令和4年2月3日　　商品　エアコン（個品割賦）", size=9)
    q.line("当初お支払総額　396,000円　　毎月のお支払額　11,000円", size=9)
    q.gap(3)
    y = q.y
    q.add(Box(25, y, 160, 16, 0.3))
    q.at(30, y + 6.5, "お問い合わせ　アルファ債権回収株式会社　管理部　担当　枡田", size=9.5)
    q.at(30, y + 12.8, "TEL 03-0000-2861（平日9:00～18:00）", size=10.5, font="sans-bold")
    qr(q, 167, y + 1.5, 13, "ao06-qr")
    q.y = y + 20
    footer(q, "アルファ債権回収株式会社　〒104-0000 東京都中央区烏瓜台九丁目9番9号", "代表 03-0000-2800", "")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-2861", creditor="アルファ債権回収株式会社", status="licensed",
               original="かすりクレジット株式会社", debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference=ref, input_kind="pdf_text_2page", template="proxy32_servicer_address_sheet_then_letter",
               received=D(2026, 3, 25))
    return dict(stem="ao06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, page 1 only the window address sheet)",
                unusual="page 1 is ONLY the 宛名台紙 (window-envelope address sheet): the servicer's return address "
                        "top-left, 料金後納 郵便 box, the address window with customer bars and a 発送No. 2603-118-4471, "
                        "親展 / 重要 stamps, a 在中 list and a mailing code at the foot — no amount, no date; page 2 the "
                        "letter of real servicer ★ アルファ債権回収 with 「法務大臣許可番号 第101号」 in white on a blue band; "
                        "a 内訳 block with 「金額（円）」 and the labels 立替金残元金 / 分割手数料 / 遅延損害金 and a framed "
                        "ご請求金額; ご契約内容 (令和4年2月3日, 当初お支払総額 396,000, 11,000 a month) as distractors; footer "
                        "with the 代表 number (the body gives the 管理部 TEL)")


# ---------------------------------------------------------------------------------------------
# ao07 joint 債権譲渡通知 (loan company → real servicer) with an extract of the 債権目録: three claims, the addressee's
# is No.2; the other debtors' names are masked. Scanned.


def ao07():
    R = 20.0
    issued, asg = D(2026, 2, 2), D(2026, 1, 30)
    acc, lastp = D(2025, 9, 10), D(2025, 6, 10)
    P, I = 318_005, 6_712
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    name = "粟飯原　亜希子"
    others = [("＊＊＊＊＊＊", "MZ-2019-08814", 512_330, 11_208, 47_115), ("＊＊＊＊＊＊", "MZ-2021-03327", 97_420, 1_860, 6_094)]
    mine = ("粟飯原　亜希子", "MZ-2020-11562", P, I, L)
    rows = [others[0], mine, others[1]]
    p = Page(font="sans", size=9.8, top=14)
    p.at(195, 18, era(issued), size=9.5, align="r")
    p.at(195, 23, "お客様番号　AU-7626-0211", size=9.5, align="r")
    p.y = 17
    p.line("〒890-0000", x=15, size=9.5)
    p.line("鹿児島県鹿児島市蜆塚町九丁目9番9号", x=15, size=9.5)
    p.line(f"{name}　様", x=19, size=12.5)
    p.gap(3)
    p.title("債権譲渡及び譲受のご通知", size=14)
    p.para(f"譲渡人みずかきローン株式会社（以下「譲渡人」）は、貴殿に対して有する下記の債権（元金、利息、遅延損害金その他"
           f"付随する一切の権利を含みます）を、{era(asg)}付でアウロラ債権回収株式会社（以下「譲受人」）に譲渡いたしました"
           "ので、民法第467条に基づき、連名にてご通知申し上げます。今後のお支払い及びお問い合わせは、すべて譲受人宛てに"
           "お願いいたします。", size=9.8)
    p.gap(1)
    p.line("記", align="c", size=10)
    p.kv([("貴殿に係る債権", "下記債権目録（抜粋）の No.2"), ("債権譲渡日", era(asg)),
          ("期限の利益喪失日", era(acc)), ("最終ご返済日", era(lastp)),
          ("遅延損害金利率", "年20.0％（年365日の日割計算）")], x=22, label_w=36, size=9.5)
    p.gap(2)
    p.line(f"債権目録（抜粋）　　{era(asg)}現在　　（単位：円）", x=15, size=9, font="sans-bold")
    head = ["No.", "債務者", "契約番号", "元金", "利息", "遅延損害金", "債権額"]
    body = [[str(i + 1), n, c, f"{a:,}", f"{b:,}", f"{c2:,}", f"{a + b + c2:,}"] for i, (n, c, a, b, c2) in enumerate(rows)]
    gsum = sum(a + b + c2 for _, _, a, b, c2 in rows)
    body.append(["", "", "3件合計", "", "", "", f"{gsum:,}"])
    p.table([head] + body, [9, 30, 34, 25, 20, 25, 28], x=14, size=8.6, row_h=7, header=True, aligns="cllrrrr")
    p.para("※本目録は、譲渡人・譲受人間の債権譲渡契約に添付された債権目録のうち、本通知の送付先に関係する部分の写しです。"
           "貴殿以外の債務者の氏名は、個人情報保護のため伏せております。貴殿にお支払いいただくのは No.2 の債権のみです。",
           x0=15, size=8.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Line(15, y, 195, y, 0.3))
    p.at(17, y + 6, "（譲渡人）", size=8.8)
    p.at(17, y + 11, "〒880-0000 宮崎県宮崎市水車町九丁目9番9号", size=8.5)
    p.at(17, y + 16.5, "みずかきローン株式会社", size=10.5, font="sans-bold")
    p.at(17, y + 21.5, "代表取締役　渋江　一馬", size=9)
    p.at(17, y + 26.5, "貸金業登録番号 九州財務局長(3)第00517号", size=7.5)
    p.seal(85, y + 15, 13, "round", "みずかきローン|代表/取締役", angle=4, seed=32071)
    p.at(107, y + 6, "（譲受人）", size=8.8)
    p.at(107, y + 11, "〒105-0000 東京都港区松露九丁目9番9号", size=8.5)
    p.at(107, y + 16.5, "アウロラ債権回収株式会社", size=10.5, font="sans-bold")
    p.at(107, y + 21.5, "代表取締役　猪飼　聡", size=9)
    p.at(107, y + 26.5, "法務大臣許可番号　第76号", size=8.5)
    p.seal(180, y + 15, 13, "round", "アウロラ債権回収|代表/取締役", angle=-5, seed=32072)
    p.y = y + 31
    p.add(Box(15, p.y, 180, 12, 0.3, GRAY))
    p.at(19, p.y + 5, "お問い合わせ先（譲受人）　アウロラ債権回収株式会社　お客様センター", size=8.8)
    p.at(19, p.y + 9.8, "フリーダイヤル 0120-000-762　（平日 9:00～18:00）", size=9.5, font="sans-bold")
    p.at(191, p.y + 9.8, "譲渡人の旧窓口 099-000-4150 は終了しました", size=7.5, align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-762", creditor="アウロラ債権回収株式会社", status="licensed",
               original="みずかきローン株式会社", debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AU-7626-0211", input_kind="scan_png",
               template="proxy32_joint_assignment_extract_three_claims_one_own", received=D(2026, 2, 5))
    return dict(stem="ao07", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, loan company → real servicer, 目録 extract of three claims)",
                unusual="joint 債権譲渡及び譲受のご通知 (みずかきローン → real servicer ★ アウロラ債権回収, 「法務大臣許可番号　"
                        "第76号」 in the 譲受人 block at the bottom, both round seals): the 債権目録（抜粋） lists THREE "
                        "transferred claims with 債務者 / 契約番号 / 元金 / 利息 / 遅延損害金 / 債権額 and a 3-claim 合計 "
                        "row; the other two debtors' names are masked ＊＊＊＊＊＊ and only No.2 is the addressee's (said in "
                        "the 記 block and the note); amounts as of the 譲渡日; the 譲渡人's old number 099-000-4150 and "
                        "its 貸金業登録番号 as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# ao08 簡裁 (ハ) 呼出状 on page 1, the 訴状 (副本) on page 2.


def ao08():
    R = 14.6
    issued, hearing, answer = D(2026, 5, 18), D(2026, 6, 24), D(2026, 6, 17)
    filed = D(2026, 4, 27)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 884_270, 12_930
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    court = "伊万里簡易裁判所"
    cphone = "0955-00-3301"
    name = "鎌苅　修平"
    case = "令和8年(ハ)第143号"
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 19, "（１／２）", size=9)
    p.y = 22
    p.table([["事件番号", case + "　立替金請求事件"], ["原　　告", "ひわ信販株式会社"], ["被　　告", name]],
            [28, 120], x=30, size=10, row_h=7.5, aligns="ll", shade_col0=True)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line(f"被告　{name}　殿", x=20, size=11.5)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、"
           "同期日に出頭してください。", size=10.5)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("期　　日", f"令和8年6月24日（{wd(hearing)}）午前10時40分"), ("出頭場所", "当庁 第1号法廷（本館2階）"),
          ("答弁書提出期限", f"令和8年6月17日（{wd(answer)}）")], x=30, label_w=38, size=11)
    p.gap(3)
    p.para("※答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
           "あります。", size=9.5, indent="")
    p.para("※出頭の際は、この呼出状と印鑑、身分証明書をお持ちください。", size=9.5, indent="")
    p.gap(6)
    p.line("　　令和8年5月18日", x=30)
    p.line(f"{court}　民事係", x=100)
    p.line("裁判所書記官　畦　地　　真　弓", x=100)
    p.line(f"電話 {cphone}（直通）　FAX 0955-00-3309", x=100, size=9.5)
    p.seal(186, p.y - 12, 14, "square", "伊万里簡易裁判所書記官印", angle=1, seed=32081)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 26, 0.3, GRAY))
    p.at(24, y + 6, "同封書類", size=9.5, font="sans-bold")
    p.at(24, y + 12, "訴状副本（次葉）、書証写し（甲第1号証～甲第4号証）、答弁書用紙、", size=9.5)
    p.at(24, y + 18, "「被告となった方へ」（説明書）、送達場所等の届出書", size=9.5)
    p.at(24, y + 23.5, "※本件の問合せの際は事件番号をお知らせください。", size=8.5)
    q = Page(font="serif", size=10.5, top=16)
    q.at(15, 19, "（２／２）", size=9)
    q.at(195, 19, "副本", size=10.5, align="r", font="serif-bold")
    q.y = 22
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{era(filed)}", align="r")
    q.line(f"{court}　御中", x=20)
    q.line("原告　ひわ信販株式会社　代表者代表取締役　真栄城　誠二　　印", x=70, size=10)
    q.gap(2)
    q.kv([("原　　告", "〒849-0000 佐賀県佐賀市常盤九丁目9番9号　ひわ信販株式会社"),
          ("", "（送達場所）同社 債権管理課　電話 0952-000-7720"),
          ("被　　告", f"〒848-0000 佐賀県伊万里市藍住町九丁目9番9号　{name}")], x=20, label_w=22, size=9.8)
    q.line("立替金請求事件　　訴訟物の価額　金" + f"{P + I + L:,}円　　貼用印紙額　金10,000円", x=20, size=9.8)
    q.gap(3)
    q.line("第１　請求の趣旨", x=20, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14.6％"
           "の割合による金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.para("との判決並びに仮執行宣言を求める。", x0=24, indent="")
    q.gap(2)
    q.line("第２　請求の原因", x=20, font="serif-bold")
    for s in ("１　原告は、被告との間で、令和3年10月8日、被告が購入する自動二輪車の代金1,480,000円を原告が立て替えて"
              "販売店に支払い、被告は原告に対し、立替金及び分割手数料を毎月27日限り分割して支払う旨の立替払契約を締結した。",
              "２　同契約には、被告が分割金の支払を怠り、原告から20日以上の相当な期間を定めてその支払を書面で催告されたにも"
              "かかわらず、その期間内に支払わなかったときは期限の利益を失い、以後年14.6％の遅延損害金を支払う旨の約定がある。",
              f"３　被告は、{era(lastp)}の支払を最後に支払をせず、原告の催告にも応じなかったため、{era(acc)}の経過により"
              "期限の利益を喪失した。",
              f"４　よって、原告は、被告に対し、立替金残元金{P:,}円、未払分割手数料{I:,}円及び{era(acc + ONE)}から"
              f"{era(filed)}までの確定遅延損害金{L:,}円の合計{T:,}円並びに上記残元金に対する{era(filed + ONE)}から"
              "支払済みまで年14.6％の割合による遅延損害金の支払を求める。"):
        q.para(s, x0=24, size=10, indent="")
    q.gap(2)
    q.line("証拠方法　甲第1号証 立替払契約書　甲第2号証 お支払明細　甲第3号証 催告書　甲第4号証 配達証明書", x=20, size=9.3)
    q.gap(2)
    q.line("以上", align="r")
    tr = truth(document_type="lawsuit", sender=court, phone=cphone, creditor="ひわ信販株式会社", status="not_applicable",
               debtor=name, total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy32_summary_court_summons_complaint_on_p2", received=D(2026, 5, 20))
    return dict(stem="ao08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), 呼出状 + 訴状副本 on page 2)",
                unusual="a 簡裁 (ハ) of a court not used before (伊万里簡裁): page 1 a shaded case grid, the 呼出状 with "
                        "期日 / 出頭場所 / 答弁書提出期限 in kv lines with weekdays, the clerk's 直通 phone and FAX, a 同封書類 "
                        "box; page 2 the 訴状 副本 in serif dated 令和8年4月27日 (≠ the 呼出状 date) with the plaintiff's "
                        "送達場所 phone, 訴訟物の価額 and 貼用印紙額 10,000円 (not costs), the 請求の趣旨 as one sentence and "
                        "the breakdown only inside 請求の原因 ４ (立替金残元金 / 未払分割手数料 / 確定遅延損害金); the 1,480,000 "
                        "price and the contract date as distractors; 「（１／２）」 「（２／２）」 marks")


LETTERS = [ao01, ao02, ao03, ao04, ao05, ao06, ao07, ao08]
