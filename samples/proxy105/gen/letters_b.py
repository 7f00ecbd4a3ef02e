"""Proxy set 105, letters dj09–dj16: "who is who: sender, creditor, original creditor, debtor, round 6".
A 支払督促 whose creditor is a real servicer with its 代表者 and 支配人 in the 当事者目録, a 地裁 呼出状 addressed to
the second defendant (the 連帯保証人) with the 訴状 against both, a 仮執行宣言付支払督促 with the creditor's lawyer in
the 当事者目録, an invented servicer's 一括請求 after the 配当 of a 求償債権 bought from the guarantor, a 債権譲渡通知
sent by the 譲渡人 alone, a law firm's 分割弁済のご提案 for a real servicer, a scam that claims to have bought a
telecom debt, and a 司法書士's 縦書き 催告書 for a 貸金業者 to a debtor living 様方."""

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

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
AMBER = (0.62, 0.38, 0.02)
INDIGO = (0.18, 0.20, 0.52)
SLATE = (0.25, 0.32, 0.38)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# dj09 支払督促 (松山簡裁): creditor = real servicer ニッテレ債権回収 with 代表者代表取締役 and a 支配人; scanned PNG.


def dj09():
    R = 18.0
    issued, filed = D(2026, 2, 4), D(2026, 1, 23)
    asg, acc = D(2025, 9, 30), D(2025, 5, 12)
    P, I = 743_180, 12_406
    L = late(P, R, acc + timedelta(1), filed)
    C = 4_730
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 16, fw("令和8年（ロ）第214号"), size=10.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり", x=24)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", x=24)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言をする。")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", x=24)
    p.line("　　　松山簡易裁判所　裁判所書記官　菊竹　由紀乃", x=24)
    p.seal(170, p.y - 5, 13, "square", "松山簡易裁判所書記官印", seed=105091)
    p.gap(4)
    p.add(Line(20, p.y, 190, p.y, 0.4))
    p.gap(2)
    p.line("当　事　者　目　録", align="c", font="serif-bold")
    p.kv([("債権者", "〒100-0000 東京都千代田区筆架町九丁目9番9号"), ("", "ニッテレ債権回収株式会社"),
          ("", "代表者代表取締役　粟屋　英樹"),
          ("（送達場所）", "〒790-0000 愛媛県松山市羊蹄台九丁目9番9号　同社松山支店"),
          ("", "支配人　目貫　雄二　電話 089-000-7731　FAX 089-000-7732"),
          ("債務者", "〒791-0000 愛媛県松山市ひつじ田九丁目9番9号"), ("", "李家　聡")], x=24, label_w=28, size=9.8)
    p.gap(2)
    p.line("請求の趣旨及び原因", align="c", font="serif-bold")
    p.line("請求の趣旨", x=24, font="serif-bold", size=10)
    items = [("１", "元金", P), ("２", "利息", I),
             ("３", f"遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年18.0％）", L),
             ("４", "督促手続費用", C)]
    for n, lab, v in items:
        b = p.line(f"{n}　{lab}", x=28, size=9.8)
        p.at(188, b, f"金{v:,}円", size=9.8, align="r")
    b = p.line("　　合計", x=28, size=9.8, font="serif-bold")
    p.at(188, b, f"金{T:,}円", size=9.8, align="r", font="serif-bold")
    p.para(f"５　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年18.0％の割合による遅延損害金", x0=28, size=9.8,
           indent="")
    p.line("請求の原因", x=24, font="serif-bold", size=10)
    for s in ("１　株式会社ヒナギクファイナンス（以下「原債権者」という。）は、債務者に対し、令和3年11月15日、極度額80万円、"
              "利率年15.0％、遅延損害金年18.0％の約定で金銭を貸し付けた（極度借入基本契約）。",
              f"２　債務者は、{fw(era(acc))}、約定の返済を怠ったため期限の利益を喪失した。",
              f"３　債権者は、{fw(era(asg))}、原債権者から本件貸金債権を譲り受け、原債権者は同年10月6日、債務者にその旨を通知した。"):
        p.para(s, x0=24, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.4, GRAY, SHADE))
    p.at(24, y + 5.5, "督促異議の申立てについてのお問い合わせは", size=9)
    p.at(24, y + 11.5, "松山簡易裁判所 民事係（督促担当）　電話 089-000-4130", size=9.5, font="serif-bold")
    p.at(186, y + 11.5, f"（申立日　{fw(era(filed))}）", size=8.5, align="r")
    tr = truth(document_type="payment_order", sender="松山簡易裁判所", phone="089-000-4130",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社ヒナギクファイナンス",
               debtor="李家聡", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, assignment=asg, reference="令和8年(ロ)第214号", input_kind="scan_png",
               template="proxy105_payment_order_servicer_with_manager_in_parties", received=D(2026, 2, 7))
    return dict(stem="dj09", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor with 代表者 and 支配人)",
                unusual="a whole 支払督促 of 松山簡裁 on ONE scanned page; the 当事者目録 as kv lines: the creditor ★ ニッテレ債権回収 "
                        "(court paper, no licence) with 「代表者代表取締役　粟屋　英樹」, a （送達場所） branch and its 「支配人　目貫　"
                        "雄二」 with phone / FAX (distractors: none of these people is a party); the debtor on two lines (address, "
                        "then the bare name without 殿); 請求の趣旨 as numbered lines 元金 / 利息 / 遅延損害金（window） / "
                        "督促手続費用 / 合計 with right-aligned 金…円 and the running item ５; 請求の原因 with 極度額80万円, 15.0％ "
                        "and the 譲受 date; the court's phone in a shaded box, the 申立日 beside it")


# ---------------------------------------------------------------------------------------------
# dj10 福井地裁 (ワ) 呼出状 addressed to the SECOND defendant (連帯保証人) + 訴状 against both; guarantor plaintiff.


def dj10():
    R = 14.6
    issued, filed = D(2026, 4, 14), D(2026, 3, 30)
    hearing, answer = D(2026, 5, 19), D(2026, 5, 12)
    subro, acc, lastp = D(2025, 11, 20), D(2025, 9, 1), D(2025, 5, 26)
    S = 5_218_340
    L = late(S, R, subro + timedelta(1), filed)
    T = S + L
    case = "令和8年（ワ）第156号"
    p1 = Page(font="serif", size=11, top=18)
    p1.line(f"事件番号　{fw(case)}", size=10.5)
    p1.line("事 件 名　求償金等請求事件", size=10.5)
    p1.line("原　　告　一葉保証株式会社", size=10.5)
    p1.line("被　　告　梨木　隆司　外１名", size=10.5)
    p1.gap(5)
    p1.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p1.line("被告　豆塚　正人　殿", size=13, x=24)
    p1.gap(2)
    p1.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですから、出頭してください。")
    p1.para("なお、訴状を送達しますから、下記答弁書提出期限までに答弁書を提出してください。")
    p1.line("記", align="c")
    y = p1.y + 1
    rows = (("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１０分"),
            ("出頭場所", "福井地方裁判所　第２民事部法廷（２階　２０３号法廷）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))
    for i, (a, b) in enumerate(rows):
        p1.add(Box(24, y + i * 11, 40, 11, 0.4, (0, 0, 0), SHADE))
        p1.add(Box(64, y + i * 11, 122, 11, 0.4))
        p1.at(27, y + i * 11 + 7.3, a, size=10)
        p1.at(67, y + i * 11 + 7.3, b, size=10.5, font="serif-bold" if i != 1 else "serif")
    p1.y = y + 38
    p1.para("（注意）期日には、この呼出状、印鑑及び身分証明書を持参してください。答弁書を提出しないで期日に欠席すると、原告の主張を"
            "認めたものとして、直ちに判決されることがあります。", size=9.8)
    p1.gap(4)
    p1.line(f"　　{fw(era(issued))}", size=11)
    p1.line("　　　福井地方裁判所第２民事部", size=11)
    p1.line("　　　　　裁判所書記官　杏田　雅之", size=11)
    p1.seal(150, p1.y - 6, 14, "square", "福井地方裁判所書記官印", seed=105101)
    p1.gap(8)
    p1.line("〒910-0000　福井県福井市駒止町九丁目9番9号", size=9.5, x=24)
    p1.line("電話　0776-00-3156（第２民事部　書記官室）", size=9.5, x=24)
    p2 = Page(font="serif", size=10.5, top=16)
    p2.title("訴　　状", size=16, font="serif-bold", spaced=False)
    p2.at(190, 24, fw(era(filed)), size=10, align="r")
    p2.line("福井地方裁判所　御中", x=24)
    p2.gap(1)
    p2.kv([("原告", "東京都新宿区連子町九丁目9番9号　一葉保証株式会社"),
           ("", "代表者代表取締役　申塚　義則"),
           ("", "（送達場所）同社北陸管理センター　電話 076-000-5210"),
           ("被告", "福井県福井市かけひ台九丁目9番9号　梨木　隆司（主債務者）"),
           ("被告", "福井県坂井市三国町遣水九丁目9番9号　豆塚　正人（連帯保証人）")], x=24, label_w=18, size=9.8)
    p2.gap(1)
    p2.line("求償金等請求事件", x=24, size=10)
    p2.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金32,000円", x=24, size=10)
    p2.line("第１　請求の趣旨", x=24, font="serif-bold")
    p2.para(f"１　被告らは、原告に対し、連帯して金{T:,}円及びうち金{S:,}円に対する{fw(era(filed + timedelta(1)))}から支払済み"
            "まで年14.6％の割合による金員を支払え。", x0=28, size=9.8, indent="")
    p2.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=28, size=9.8, indent="")
    p2.line("第２　請求の原因", x=24, font="serif-bold")
    for s in ("１　株式会社刈萱銀行（以下「訴外銀行」という。）は、令和元年7月19日、被告梨木隆司に対し、"
              "金6,500,000円を利率年2.4％、毎月26日限り元利均等返済の約定で貸し付けた。",
              "２　原告は、同日、被告梨木隆司の委託を受けて、上記貸金債務を保証した。被告豆塚正人は、同日、原告に対し、被告梨木"
              "隆司が原告に対して負担する求償債務を連帯保証した。",
              f"３　被告梨木隆司は、{fw(era(lastp))}の返済を最後に返済を怠り、{fw(era(acc))}、期限の利益を喪失した。",
              f"４　原告は、{fw(era(subro))}、訴外銀行に対し、保証債務の履行として金{S:,}円を代位弁済した。",
              "５　よって、原告は、被告らに対し、連帯して、下記金員の支払を求める。"):
        p2.para(s, x0=28, size=9.6, indent="")
    p2.table([["求償元金", f"{S:,}円"],
              [f"確定遅延損害金（{fw(era(subro + timedelta(1)))}から{fw(era(filed))}まで年14.6％）", f"{L:,}円"],
              ["合計", f"{T:,}円"]], [128, 34], x=26, aligns="lr", size=9.5, row_h=7.5)
    p2.gap(2)
    p2.line("証拠方法　甲第１号証（金銭消費貸借契約証書）ほか　　附属書類　資格証明書　２通", x=24, size=9.3)
    p2.line("原告　一葉保証株式会社　代表者代表取締役　申塚　義則", x=70, size=10)
    tr = truth(document_type="lawsuit", sender="福井地方裁判所", phone="0776-00-3156", creditor="一葉保証株式会社",
               status="not_applicable", original="株式会社刈萱銀行", debtor="豆塚正人", total=T, principal=S,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               hearing=hearing, reference="令和8年(ワ)第156号", input_kind="pdf_text_2page",
               template="proxy105_district_summons_to_second_defendant_guarantor", received=D(2026, 4, 16))
    return dict(stem="dj10", ext="pdf", kind="pdf_text_2page", pages=[p1.spec, p2.spec], truth=tr,
                about="lawsuit (地裁 (ワ), guarantor plaintiff, summons to the 連帯保証人)",
                unusual="digital 福井地裁 (ワ) bundle: the caption names 「被告　梨木　隆司　外１名」, but the 呼出状 is addressed to "
                        "the SECOND defendant 「被告　豆塚　正人　殿」, the 連帯保証人 of the 求償債務 (→ debtor = the addressee); "
                        "期日 / 出頭場所 / 答弁書提出期限 in shaded-label boxes (午後１時１０分); the court phone 0776-00-3156 "
                        "with a 2-digit exchange; p.2 訴状 dated 3/30 (≠ 呼出状 4/14) with the plaintiff's 代表者代表取締役 "
                        "and its 076 送達場所 phone (distractors); 「連帯して金…及びうち金…」; 請求の原因 with the bank loan "
                        "6,500,000 at 2.4％ (distractors), last payment, 喪失, 代位弁済; a table 求償元金 / 確定遅延損害金 / "
                        "合計; 訴訟物の価額 = total, 貼用印紙額 32,000 (not costs)")


# ---------------------------------------------------------------------------------------------
# dj11 仮執行宣言付支払督促 (高松簡裁): creditor a consumer lender with its LAWYER in the 当事者目録; EXIF photo.


def dj11():
    R = 20.0
    order, served, issued, filed = D(2026, 5, 11), D(2026, 5, 14), D(2026, 6, 5), D(2026, 4, 24)
    acc = D(2025, 12, 20)
    P, I = 462_871, 8_904
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_960, 1_240
    T = P + I + L + C1 + C2
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 72, 9, 0.4))
    p.at(17.5, 18.2, fw("令和8年（ロ）第389号"), size=10)
    p.at(196, 18, "正本", size=10, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17)
    p.para("当事者の表示及び請求の趣旨・原因は、別紙記載のとおり。")
    p.para(f"債務者は、請求の趣旨記載の金額を債権者に支払え。（{fw(era(order))}付支払督促、同月{fw(str(served.day))}日債務者に送達）")
    p.para("上記支払督促に対し督促異議の申立てがなく、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.line("仮執行の宣言をした支払督促に記載の金額を債務者は債権者に支払え。", x=24)
    p.gap(1)
    p.line(f"　　{fw(era(issued))}", x=24)
    p.line("　　　高松簡易裁判所　裁判所書記官　芋生　千景", x=24)
    p.seal(168, p.y - 5, 13, "square", "高松簡易裁判所書記官印", seed=105111)
    p.gap(2)
    p.add(Line(15, p.y, 196, p.y, 0.4))
    p.gap(2)
    p.line("当事者目録", size=11, font="sans-bold", align="c")
    y = p.y
    rows = [("債権者", "〒760-0000 香川県高松市杮葺町九丁目9番9号\n株式会社コウホネ\n代表者代表取締役　辛嶋　章子"),
            ("債権者代理人", "〒760-0000 香川県高松市唐草橋九丁目9番9号　菫田法律事務所\n弁護士　菫田　拓真\n"
                           "電話 087-000-6618　FAX 087-000-6619"),
            ("債務者", "〒761-0000 香川県高松市鳰の浜九丁目9番9号\n枇杷田　里美")]
    for lab, txt in rows:
        lines = txt.split("\n")
        h = 5 + 4.6 * len(lines)
        p.add(Box(15, y, 32, h, 0.3, (0, 0, 0), SHADE))
        p.add(Box(47, y, 149, h, 0.3))
        p.at(18, y + 6, lab, size=9.5)
        for i, s in enumerate(lines):
            p.at(50, y + 6 + i * 4.6, s, size=9.5)
        y += h
    p.y = y + 4
    p.line("請求の趣旨", size=11, font="sans-bold", align="c")
    p.table([["項目", "金額（円）"], ["元金", f"{P:,}"], ["利息", f"{I:,}"],
             [f"遅延損害金（{jis(acc + timedelta(1))}～{jis(filed)}　年20.0％）", f"{L:,}"],
             ["督促手続費用", f"{C1:,}"], ["仮執行宣言手続費用", f"{C2:,}"], ["合計", f"{T:,}"]],
            [120, 50], x=20, header=True, aligns="lr", size=9.8, row_h=7.3)
    p.gap(2)
    p.para(f"なお、元金{P:,}円に対する{fw(era(filed + timedelta(1)))}から完済まで年20.0％の割合による遅延損害金を付加して"
           "支払え。", size=9.3, indent="")
    p.line("請求の原因", size=11, font="sans-bold", align="c")
    p.para(f"債権者は債務者に対し令和4年6月3日金600,000円を貸し付けた（利息年17.8％・損害金年20.0％）。債務者は{fw(era(acc))}"
           "期限の利益を喪失した。", size=9.3)
    p.gap(2)
    p.line("お問い合わせ：高松簡易裁判所 民事部 督促係　電話 087-000-1389", size=9.5, x=20, font="sans-bold")
    tr = truth(document_type="payment_order_enforceable", sender="高松簡易裁判所", phone="087-000-1389",
               creditor="株式会社コウホネ", status="not_applicable", debtor="枇杷田里美", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc,
               reference="令和8年(ロ)第389号", input_kind="photo_exif_rotated",
               template="proxy105_enforceable_order_lender_with_lawyer_agent", received=D(2026, 6, 9))
    return dict(stem="dj11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.2, creases=2, shadow=0.2, shadow_side="right", fill=0.86,
                          warm=0.3),
                about="payment_order_enforceable (簡裁, lender creditor with its lawyer as 代理人)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; 高松簡裁's 仮執行宣言付支払督促 with the "
                        "case number in a small box top-LEFT and 「正本」 top-right; the order date 5/11 and its 送達 「同月１４日」 "
                        "in brackets; the 当事者目録 as shaded-label rows: creditor 株式会社コウホネ (a lender → not_applicable) "
                        "with 「代表者代表取締役　辛嶋　章子」, then a 「債権者代理人」 row with a LAW OFFICE, its 弁護士 and its "
                        "own phone / FAX (the lawyer is not the creditor, his phone not the sender's), then the debtor; a "
                        "「金額（円）」 table with JIS dates R7.12.21～R8.04.24 in the late-damages row and TWO cost rows; "
                        "請求の原因 with 600,000 and 17.8％ as distractors; the court's phone at the foot")


# ---------------------------------------------------------------------------------------------
# dj12 invented servicer 琥珀債権回収: 一括請求 after the 配当 of a 求償債権 bought from the guarantor; 2-page fax.


def dj12():
    R = 14.0
    issued, due = D(2026, 7, 10), D(2026, 7, 31)
    asg, divd = D(2026, 6, 15), D(2026, 4, 22)
    acc, lastp = D(2023, 10, 31), D(2023, 6, 27)
    before_p, before_l, cost = 18_460_220, 2_914_806, 1_032_400
    paid = 14_270_000
    after_p = before_p - (paid - cost - before_l)
    assert paid > cost + before_l
    L = late(after_p, R, divd + timedelta(1), issued)
    T = after_p + L
    p1 = Page(font="sans", size=10, top=12)
    p1.add(Box(15, 10, 181, 14, 0.5))
    p1.at(18, 15.5, "送信先", size=8.5, color=GRAY)
    p1.at(32, 15.5, "己斐　康弘　様", size=10)
    p1.at(100, 15.5, "送信元", size=8.5, color=GRAY)
    p1.at(114, 15.5, "琥珀債権回収株式会社　福岡管理部", size=10)
    p1.at(18, 21.5, "送信日", size=8.5, color=GRAY)
    p1.at(32, 21.5, fw(era(issued)), size=10)
    p1.at(100, 21.5, "枚　数", size=8.5, color=GRAY)
    p1.at(114, 21.5, "２枚（本紙を含む）", size=10)
    p1.y = 30
    p1.at(196, 31, "お客様番号　ＫＨ－６１５－２０４８", size=9.5, align="r")
    p1.y = 34
    p1.line("福岡県福岡市東区石畳町九丁目9番9号", size=9.5)
    p1.line("己斐　康弘　様", size=13, x=24)
    p1.gap(3)
    p1.title("配当後残債務の一括ご請求について", size=14.5)
    p1.para(f"当社は、{fw(era(asg))}、白膠木信用保証株式会社（以下「譲渡人」）から、譲渡人が貴殿に対して有する求償債権（株式会社"
            "衝羽根銀行の住宅ローンを代位弁済したことによるもの）を譲り受けました。", size=9.8)
    p1.para(f"同債権については、担保不動産の競売による配当（配当期日{fw(era(divd))}）が充当されましたが、なお下記の残債務がござい"
            f"ます。つきましては、下記ご請求額を{fw(era(due))}までに一括してお支払いくださいますようお願いいたします。", size=9.8)
    p1.gap(1)
    p1.line(f"ご請求額（{fw(era(issued))}現在）", size=10.5, font="sans-bold")
    p1.table([["配当充当後残元金", f"{after_p:,}円"],
              [f"遅延損害金（{fw(era(divd + timedelta(1)))}から年14.0％）", f"{L:,}円"],
              ["一括ご請求額", f"{T:,}円"]], [120, 50], x=20, aligns="lr", size=10.5, row_h=8.5, ruled="grid",
             shade_col0=True)
    p1.gap(2)
    y = p1.y
    p1.add(Box(20, y, 170, 12, 1.1))
    p1.at(24, y + 8, "お支払期限", size=11, font="sans-bold")
    p1.at(58, y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p1.y = y + 16
    p1.kv([("原債権者", "白膠木信用保証株式会社（譲渡人）"), ("債権譲受日", fw(era(asg))),
           ("期限の利益喪失日", fw(era(acc)) + "（銀行）"), ("最終ご返済日", fw(era(lastp))),
           ("競売事件", "福岡地方裁判所　令和6年（ケ）第482号")], x=24, label_w=36, size=9.5)
    p1.gap(2)
    p1.para("お振込先　ひびきなだ銀行 博多支店 普通預金 6152048 コハクサイケンカイシユウ（カ", size=9.2, indent="")
    p1.para("※充当の明細は次ページをご覧ください。分割でのお支払いをご希望の方は、期限までに担当者までご相談ください。", size=9.2,
            indent="")
    p1.gap(3)
    for s, sz, f in (("琥珀債権回収株式会社", 11, "sans-bold"), ("代表取締役　辛嶋　章", 9.5, "sans"),
                     ("法務大臣許可番号第267号", 9, "sans"),
                     ("〒812-0000 福岡県福岡市博多区遣水九丁目9番9号", 8.5, "sans"),
                     ("TEL 092-000-2671　FAX 092-000-2672　担当 鐔木", 9.5, "sans")):
        p1.line(s, x=108, size=sz, font=f)
    p1.seal(190, p1.y - 18, 13, "square", "琥珀債権回収之印", angle=-2, seed=105121)
    p2 = Page(font="sans", size=10, top=18)
    p2.title("配当金充当明細", size=14)
    p2.line(f"配当期日　{fw(era(divd))}　配当金額　{paid:,}円", x=20, size=10)
    p2.gap(2)
    p2.table([["項目", "充当前", "充当額", "充当後"],
              ["執行費用", f"{cost:,}", f"△{cost:,}", "0"],
              ["遅延損害金", f"{before_l:,}", f"△{before_l:,}", "0"],
              ["求償元金", f"{before_p:,}", f"△{paid - cost - before_l:,}", f"{after_p:,}"],
              ["計", f"{cost + before_l + before_p:,}", f"△{paid:,}", f"{after_p:,}"]],
             [46, 42, 42, 42], x=20, header=True, aligns="lrrr", size=9.8, row_h=8)
    p2.line("（単位：円）充当は執行費用、遅延損害金、元金の順に行っております。", x=20, size=8.5)
    p2.gap(4)
    p2.line("（ご参考）これまでの経過", x=20, font="sans-bold")
    for s in ("平成27年4月　株式会社衝羽根銀行　住宅ローン　ご融資額 28,000,000円",
              f"{fw(era(lastp))}　最終ご返済　／　{fw(era(acc))}　期限の利益喪失",
              "令和6年1月19日　白膠木信用保証株式会社が代位弁済",
              f"{fw(era(divd))}　配当期日　／　{fw(era(asg))}　当社が譲受"):
        p2.line(s, x=26, size=9.5)
    tr = truth(document_type="collection_notice", sender="琥珀債権回収株式会社", license_number=267,
               phone="092-000-2671", creditor="琥珀債権回収株式会社", status="unverified",
               original="白膠木信用保証株式会社", debtor="己斐康弘", total=T, principal=after_p, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="KH-615-2048", input_kind="fax_tiff",
               template="proxy105_invented_servicer_rest_after_dividend_bought_from_guarantor_fax",
               received=issued)
    return dict(stem="dj12", ext="tif", kind="fax_tiff", pages=[p1.spec, p2.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 KOHAKU SERVICER 092-000-2672",
                about="collection_notice (invented servicer, 一括請求 after the 配当, 2-page fax)",
                unusual="2-page G4 fax with a boxed 送信先 / 送信元 / 送信日 / 枚数 strip; INVENTED servicer 琥珀債権回収 "
                        "(「法務大臣許可番号第267号」 in the sender block with 「代表取締役　辛嶋　章」 → unverified) that bought a "
                        "GUARANTOR's 求償債権 (original = the 譲渡人 白膠木信用保証; the bank 衝羽根銀行 is only history); "
                        "full-width お客様番号 ＫＨ－６１５－２０４８; a shaded-label table 配当充当後残元金 / 遅延損害金 / "
                        "一括ご請求額; a kv block with the bank's 喪失 date 「（銀行）」, the last payment and the (ケ) case number "
                        "(not the reference); p.2 a 充当 table (充当前 / 充当額 △ / 充当後) and the history with 28,000,000円 "
                        "(distractors)")


# ---------------------------------------------------------------------------------------------
# dj13 債権譲渡通知書 sent by the 譲渡人 ALONE (consumer lender, 代表取締役), the 譲受人 a real servicer; digital.


def dj13():
    R = 20.0
    issued, asg = D(2025, 12, 12), D(2025, 12, 1)
    acc, lastp = D(2025, 6, 20), D(2025, 3, 27)
    P, I = 318_744, 5_122
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(15, 19, "とびいしファイナンス", size=16, font="sans-bold", color=AMBER)
    p.at(196, 16, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 21, "お客様番号　TB-88-30417", size=9.5, align="r")
    p.y = 28
    p.line("〒150-0000", size=10)
    p.line("東京都渋谷区唐草橋九丁目9番9号　コーポ唐草201", size=10)
    p.gap(1)
    p.line("壬生川　陽菜　様", size=14, x=24)
    p.y = 28
    for i, (s, sz) in enumerate((("〒160-0000", 9), ("東京都新宿区欄間町九丁目9番9号", 9),
                                 ("株式会社とびいしファイナンス", 10.5), ("代表取締役　癸生川　隆", 9.5))):
        p.at(118, 30 + i * 5, s, size=sz, font="sans-bold" if i == 2 else "sans")
    p.seal(188, 42, 14, "round", "とびいしファイナンス|代表取締役", seed=105131)
    p.y = 56
    p.title("債権譲渡通知書", size=17)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"さて、当社は、{wdate(asg)}付で、お客様との間の下記ご契約に基づく当社の債権（元金・利息・遅延損害金その他付帯する一切の"
           "権利を含みます。）を、下記譲受人に譲渡いたしましたので、ご通知申し上げます。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。当社へのお振込みはお受けできません。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．譲受人", font="sans-bold")
    p.kv([("名称", "エー・シー・エス債権管理回収株式会社（法務大臣許可番号第27号）"),
          ("所在地", "千葉県千葉市美浜区三椏坂九丁目9番9号"),
          ("お問い合わせ", "0120-000-274（平日9:00～18:00）")], x=28, label_w=34, size=9.8)
    p.line("２．譲渡債権の表示", font="sans-bold")
    p.kv([("ご契約", "とびいしカードローン（平成30年8月21日ご契約　ご利用限度額 500,000円）"),
          ("ご契約番号", "3041-7720"), ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)),
          ("債権譲渡日", wdate(asg))], x=28, label_w=34, size=9.8)
    p.line(f"３．譲渡債権の額（{wdate(asg)}現在）", font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R:.1f}％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [36, 32, 52, 42], x=28, header=True, aligns="rrrr",
            size=10, row_h=8.5)
    p.gap(1)
    p.para(f"※元金に対し{wdate(asg + timedelta(1))}以降も年{R:.1f}％の遅延損害金が発生します。", size=9, indent="")
    p.line("以上", align="r")
    p.gap(2)
    p.line("本通知に関するお問い合わせ（譲渡の事実の確認に限ります）", size=9)
    p.line("株式会社とびいしファイナンス　債権管理部　TEL 03-0000-5528（平日10:00～17:00）", size=9)
    tr = truth(document_type="assignment_notice", sender="株式会社とびいしファイナンス", phone="03-0000-5528",
               creditor="エー・シー・エス債権管理回収株式会社", status="not_applicable",
               original="株式会社とびいしファイナンス", debtor="壬生川陽菜", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="TB-88-30417", input_kind="pdf_text",
               template="proxy105_assignor_alone_notice_real_servicer_assignee", received=D(2025, 12, 15))
    return dict(stem="dj13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (consumer lender alone → real servicer)",
                unusual="digital 債権譲渡通知書 sent by the 譲渡人 ALONE: an amber wordmark 「とびいしファイナンス」 top-left, the "
                        "legal name with 「代表取締役　癸生川　隆」 and a round seal to the RIGHT of the addressee (sender = the "
                        "lender → not_applicable); the 譲受人 ★ エー・シー・エス債権管理回収 named under 記 with 「（法務大臣許可番号"
                        "第27号）」 and ITS OWN 0120 number (creditor; not the sender's licence or phone); the lender's own "
                        "number only in the last line; western 年月日 dates; a 4-column header table 元金 / 利息 / 遅延損害金（年"
                        "20.0％） / 合計 as of the 譲渡日; ご利用限度額 500,000 and the ご契約番号 as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# dj14 law firm's 分割弁済のご提案 for a real servicer client (アウロラ) that bought a card debt; phone photo.


def dj14():
    R = 14.6
    issued, reply = D(2026, 8, 21), D(2026, 9, 4)
    asg, acc, lastp = D(2025, 11, 28), D(2025, 7, 14), D(2025, 3, 2)
    P, I = 926_530, 31_048
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, first = 36, None
    inst = 25_000
    first = P - inst * (n - 1)
    assert first > 0
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "当職受付番号　MW-26-0815", size=9.5, align="r")
    p.y = 28
    p.line("〒460-0000　愛知県名古屋市中区とくさ通九丁目9番9号", size=10)
    p.line("寅貝　美和子　様", size=13.5, x=24)
    p.gap(2)
    for i, (s, sz, f) in enumerate((("〒460-0000　名古屋市中区文机町九丁目9番9号", 9, "serif"),
                                    ("弁護士法人箕輪田総合法律事務所", 11, "serif-bold"),
                                    ("アウロラ債権回収株式会社代理人", 9.5, "serif"),
                                    ("弁護士　箕輪田　光　／　弁護士　鍬本　亜紀", 9.5, "serif"),
                                    ("電話 052-000-3390（平日10時～18時）", 9.5, "serif"))):
        p.at(196, p.y + 4 + i * 5.2, s, size=sz, font=f, align="r")
    p.y += 32
    p.title("分割弁済のご提案", size=16, font="serif-bold")
    p.para("当職らは、アウロラ債権回収株式会社（以下「当社」といいます。）の代理人として、下記債権の回収に関し、次のとおりご提案申し"
           "上げます。")
    p.para(f"当社は、{era(asg)}、からかみカード株式会社から、同社が貴殿に対して有するカード利用代金債権を譲り受けました。現在の"
           "ご債務額は下記のとおりですが、貴殿のご事情を伺ったうえ、以下の条件による分割でのお支払いに応じる用意がございます。")
    p.line("記", align="c")
    p.line(f"１　現在のご債務額（{era(issued)}現在）", font="serif-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"], ["ご債務額合計", f"{T:,}円"]],
            [90, 50], x=34, aligns="lr", size=10.5, row_h=8.2, ruled="grid")
    p.line("２　ご提案の条件", font="serif-bold")
    for s in (f"（１）元金{P:,}円を{n}回に分割してお支払いいただきます（初回 {first:,}円、2回目以降 毎月{inst:,}円）。",
              "（２）初回のお支払日は令和8年10月末日、以降毎月末日限りお支払いください。",
              "（３）上記により完済された場合、利息及び遅延損害金の全額を免除いたします。",
              f"（４）お支払いを2回分（{inst * 2:,}円）以上怠ったときは、期限の利益を失い、残額及び遅延損害金を一括してお支払い"
              "いただきます。"):
        p.para(s, x0=28, size=10, indent="")
    p.line("３　ご回答の方法", font="serif-bold")
    p.para(f"本提案に同意される場合は、同封の和解合意書に署名押印のうえ、{era(reply)}（{wd(reply)}）までに当職宛てにご返送ください。"
           "期限までにご返送もご連絡もない場合は、本提案は撤回されたものとし、当社において法的手続を検討いたします。", x0=28,
           size=10, indent="")
    p.gap(2)
    p.kv([("原債権者", "からかみカード株式会社"), ("債権譲受日", era(asg)), ("期限の利益喪失日", era(acc)),
          ("最終入金日", era(lastp)), ("当社お客様番号", "AU-5521-0930（当社へのお問い合わせは不要です）")], x=28,
         label_w=38, size=9.5)
    p.line("以上", align="r")
    assert first + inst * (n - 1) == P
    tr = truth(document_type="settlement_proposal", sender="弁護士法人箕輪田総合法律事務所", phone="052-000-3390",
               creditor="アウロラ債権回収株式会社", status="not_applicable", original="からかみカード株式会社",
               debtor="寅貝美和子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="MW-26-0815", input_kind="photo_jpeg",
               template="proxy105_law_firm_settlement_for_real_servicer", received=D(2026, 8, 24))
    return dict(stem="dj14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.3, creases=2, shadow=0.2, shadow_side="topleft", fill=0.85),
                about="settlement_proposal (law firm for a real servicer that bought a card debt)",
                unusual="phone photo on tatami with creases and a hand shadow top-left; serif 分割弁済のご提案 of a 弁護士法人 "
                        "(two lawyers) written as 「アウロラ債権回収株式会社代理人」 (★ real servicer = creditor, the sender is the "
                        "law firm → not_applicable, no licence printed); the card company as 原債権者; the sender block "
                        "right-aligned under the addressee; a ruled table 元金 / 利息 / 遅延損害金（年14.6％） / ご債務額合計; "
                        "the plan (36回, 初回 51,530, 毎月25,000, the 50,000 threshold, the waiver) as distractors; the reply "
                        "deadline inside a sentence (= payment_due); 当職受付番号 top-right and the servicer's own お客様番号 "
                        "lower down")


# ---------------------------------------------------------------------------------------------
# dj15 scam: 「株式会社民事債権譲受センター」 claims to have bought a telecom debt, fake licence; scanned.


def dj15():
    issued, due = D(2026, 9, 25), D(2026, 9, 30)
    total = 88_600
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(12, 10, 186, 277, 1.2, RED))
    p.at(105, 22, "債権譲受及び法的措置に関する最終通知書", size=15, font="sans-bold", color=RED, align="c")
    p.at(190, 30, f"通知日　{era(issued)}", size=10, align="r")
    p.at(190, 35, "管理番号　と－４４２", size=10, align="r")
    p.y = 34
    p.line("酉島　昌代　様", size=14, x=24)
    p.gap(6)
    p.para("当センターは、法務大臣の許可を受けた債権回収会社として、貴殿が過去にご契約された大手通信事業者の未納料金債権を、同社より"
           "正式に譲り受けました。同社及び関連コンテンツ事業者より再三にわたりご請求がなされたにもかかわらず、貴殿は未だにお支払いを"
           "されておりません。", x0=20, x1=190)
    p.para("つきましては、本通知をもって最終のご請求をいたします。下記期日までにご連絡及びお支払いがない場合、当センターは裁判所に"
           "訴訟を提起し、給与・預貯金・動産の差押えを執行いたします。", x0=20, x1=190)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 34, 0.8, RED))
    p.at(36, y + 9, "未納料金等", size=11)
    p.at(174, y + 9, f"金{total:,}円", size=14, font="sans-bold", align="r")
    p.at(36, y + 19, "お支払期日", size=11)
    p.at(174, y + 19, f"{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="r", color=RED)
    p.at(36, y + 29, "お支払方法", size=11)
    p.at(174, y + 29, "担当者よりご案内（電子マネー可）", size=10.5, align="r")
    p.y = y + 40
    p.para("※ご本人様からのお電話に限り、和解による減額・支払猶予のご相談に応じます。弁護士・消費生活センター等へのご相談は手続が"
           "複雑になりますのでお控えください。", x0=20, x1=190, size=10, indent="")
    p.para("※土日祝日も受付しております（9:00～20:00）。", x0=20, x1=190, size=10, indent="")
    p.gap(10)
    for s, sz, f in (("株式会社民事債権譲受センター", 12.5, "sans-bold"), ("法務大臣許可番号　第318号", 10, "sans"),
                     ("東京都千代田区霞が関１丁目（法務合同庁舎別館）", 9.5, "sans"),
                     ("代表取締役　鞘野　光雄", 9.5, "sans"),
                     ("お問い合わせ専用　080-0000-3187　担当 簑田", 11, "sans-bold")):
        p.line(s, x=92, size=sz, font=f)
    stamp(p, 24, 240, "最終通告", fill=RED, size=14, h=11)
    stamp(p, 24, 254, "至急", color=RED, size=12, h=9)
    tr = truth(document_type="other", sender="株式会社民事債権譲受センター", license_number=318, phone="080-0000-3187",
               creditor=None, status="not_licensed", debtor="酉島昌代", total=total, issued=issued,
               payment_due=due, reference="と-442", is_scam=True, input_kind="scan_png",
               template="proxy105_scam_fake_assignee_telecom", received=None)
    return dict(stem="dj15", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="other (架空請求: a fake servicer claiming to have bought a telecom debt)",
                unusual="架空請求 in a red frame, scanned: 「株式会社民事債権譲受センター」 claims to be 「法務大臣の許可を受けた"
                        "債権回収会社」 that BOUGHT the debt of 「大手通信事業者」 (no creditor named → creditor / original null) "
                        "and prints a FAKE 「法務大臣許可番号　第318号」 (→ not_licensed) with a 代表取締役 name; an address "
                        "「霞が関１丁目（法務合同庁舎別館）」 without a number; a hiragana 管理番号 と－４４２; 未納料金等 金88,600円 "
                        "and a five-day 「9月30日（水）午後3時まで」 (year of the 通知日); electronic money; 080 mobile number; "
                        "「弁護士・消費生活センター等へのご相談は…お控えください」; filled 最終通告 stamp")


# ---------------------------------------------------------------------------------------------
# dj16 司法書士's 縦書き 催告書 for a 貸金業者, to a debtor living at another household (様方); scanned.


def dj16():
    R = 20.0
    issued, due = D(2026, 10, 9), D(2026, 10, 23)
    acc, lastp = D(2026, 5, 1), D(2026, 1, 30)
    P, I = 684_000, 16_212
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    ks = kanji_number
    cols = [
        ("title", "催告書"),
        ("body", "前略　当職は、有限会社鋤崎商事（以下「通知人」といいます。）から依頼を受け、その代理人として、貴殿に対し次のとおり"
                 "催告いたします。"),
        ("body", "貴殿は、通知人との間の令和五年三月十日付金銭消費貸借契約（貸付金額金八十万円）に基づく毎月の返済を、"
                 f"{kdate(lastp)}の返済を最後に怠り、{kdate(acc)}の経過により期限の利益を喪失しております。"),
        ("body", "つきましては、本書をもって、左記金員を"
                 f"{kdate(due)}までに一括してお支払いいただくよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　金{ks(P)}円"),
        ("indent", f"二　未払利息　　　金{ks(I)}円"),
        ("indent", f"三　遅延損害金　　金{ks(L)}円"),
        ("plain", "　　　（令和八年五月二日から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　　金{ks(T)}円"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、通知人において簡易裁判所に対する支払督促の申立てその他の法的手続を"
                 "執る予定ですので、予めご承知おきください。なお、分割によるお支払いをご希望の場合は、右期限までに当事務所へご連絡"
                 "ください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "大阪府堺市堺区障子堀九丁目九番九号"),
        ("low", "鰆田司法書士事務所"),
        ("low", "通知人代理人　司法書士　鰆田　恵介"),
        ("low", "（大阪司法書士会所属　簡裁訴訟代理等関係業務認定）"),
        ("low", "電話　〇七二（〇〇〇）八八一四"),
        ("blank", ""),
        ("low", "大阪府堺市北区ひたき野九丁目九番九号"),
        ("low", "庚塚　様方"),
        ("low", "丙野　沙織　殿"),
    ]
    size = 10.8
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 105161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鰆田　恵介" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 22) * size * 0.3528 * 1.05, 9, "maru", "鰆田", angle=0, seed=105162))
    tr = truth(document_type="collection_notice", sender="鰆田司法書士事務所", phone="072-000-8814",
               creditor="有限会社鋤崎商事", status="not_applicable", debtor="丙野沙織", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy105_vertical_judicial_scrivener_demand_sama_kata", received=D(2026, 10, 13))
    return dict(stem="dj16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (司法書士 for a 貸金業者, 縦書き 内容証明, debtor 様方)",
                unusual="縦書き 催告書 (前略 … 草々) of a 司法書士 office, scanned, with the 内容証明 stamp and a small 認印; "
                        "the client 有限会社鋤崎商事 (a lender → creditor) named only in the first sentence; the 司法書士's "
                        "認定 line 「簡裁訴訟代理等関係業務認定」 and 「大阪司法書士会所属」 beside the name; the addressee lives at "
                        "another household: 「庚塚　様方」 on one column, 「丙野　沙織　殿」 on the next (→ debtor = 丙野沙織); "
                        "positional kanji amounts; the contract 令和五年三月十日 with 金八十万円 as distractors; an absolute "
                        "deadline 「…までに」; phone in kanji digits; NO reference number (null)")


LETTERS = [dj09, dj10, dj11, dj12, dj13, dj14, dj15, dj16]
