"""Proxy set 73, letters cd09–cd16: a joint 債権譲渡通知 scanned grey with the back page showing through (cd09); a
支払督促 scanned turned (cd10); a 仮執行宣言付支払督促 as a grey 150 dpi image PDF (cd11); a 簡裁 (ハ) 呼出状 and
訴状 scanned at 300 dpi, the second sheet turned (cd12); a real servicer's demand after a 任意売却, printed on both sides
and scanned, each page showing the other (cd13); a 労働金庫's 縦書き 期限の利益喪失通知 scanned (cd14); a law office's
和解書（案） and a card company's arrears notice as digital PDFs (cd15, cd16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import SHADE, Box, Line, Page, era, grid, kdate, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page


def y(n: int) -> str:
    return f"{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def wdw(d: D) -> str:
    return f"{wdate(d)}（{wd(d)}）"


def fe(d: D) -> str:
    """full-width era date, as court forms print it"""
    return era(d, True)


def fy(n: int) -> str:
    return fullwidth(f"{n:,}")


# ---------------------------------------------------------------------------------------------
# cd09 joint 債権譲渡通知, scanned grey; the back of the sheet (個人情報 notice) shows through


def cd09():
    issued, asg = D(2026, 1, 22), D(2026, 1, 15)
    acc, lastp = D(2025, 7, 28), D(2025, 5, 27)
    R = 14.6
    P, I = 428_600, 15_242
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    a, b = "カワセミ信販株式会社", "オリックス債権回収株式会社"
    p = Page(font="serif", size=10.5, top=20)
    p.at(190, 24, wdate(issued), size=10.5, align="r", font="serif")
    p.at(20, 30, "〒673-0000　兵庫県明石市ひめゆり町9丁目9番9号", size=9.5, font="serif")
    p.at(24, 38, "膳所　彩花　殿", size=13, font="serif")
    p.y = 46
    p.title("債権譲渡通知書兼譲受通知書", size=16, font="serif-bold")
    y0 = p.y
    p.table([["（譲渡人）", "（譲受人）"],
             ["〒810-0000　福岡市中央区しゃが町9丁目9番9号", "〒105-0000　東京都港区ひおうぎ通9丁目9番9号"],
             [a, b],
             ["代表取締役　頼住　達彦", "代表取締役　鹿角　仁"],
             ["", "法務大臣許可番号　第11号"]],
            [85, 85], x=20, size=9.5, row_h=6.6, aligns="ll", ruled="outer", font="serif")
    p.add(Line(105, y0, 105, p.y, 0.3))
    p.seal(94, y0 + 17, 12, "round", "カワセミ信販|代表取締役", seed=73091)
    p.seal(180, y0 + 17, 12, "round", "オリックス債権回収|代表取締役", seed=73092)
    p.gap(5)
    p.para(f"譲渡人は、貴殿に対して有する下記債権（元本、利息、遅延損害金その他これに附帯する一切の権利を含みます。）を、"
           f"{wdate(asg)}付で譲受人に譲り渡しましたので、民法第467条に基づき、連名にてご通知申し上げます。", size=10.5,
           font="serif")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人の口座へのお振込みはお控えください。",
           size=10.5, font="serif")
    p.gap(2)
    p.line("記", align="c", font="serif")
    rows = [("1　原契約", "カワセミ信販株式会社　個品割賦購入あっせん契約（2022年10月4日）"),
            ("2　債権譲渡日", wdate(asg)),
            ("3　期限の利益喪失日", wdate(acc)),
            ("4　最終ご入金日", wdate(lastp)),
            ("5　譲渡債権の額", f"{wdate(asg)}現在"),
            ("", f"元本　{y(P)}"),
            ("", f"利息（分割手数料）　{y(I)}"),
            ("", f"遅延損害金（年{R}％）　{y(L)}"),
            ("", f"譲渡債権額合計　{y(T)}"),
            ("6　お問い合わせ先", f"{b}　個人債権部　TEL 0120-000-115"),
            ("7　譲受人管理番号", "OX-58104-22")]
    p.kv(rows, x=26, label_w=44, size=10.3, font="serif")
    p.line("以上", align="r", font="serif")
    p.para("※譲受人は、債権管理回収業に関する特別措置法に基づく法務大臣の許可を受けた債権回収会社です。", size=9, indent="",
           font="serif")
    back = Page(font="sans", size=10.5, top=22)
    back.title("個人情報の取扱いについて", size=15)
    for h, t in [("１．利用目的", "譲受人は、譲り受けた債権の管理及び回収、お客様へのご連絡、ご返済方法のご相談のために、お客様の"
                  "個人情報を利用いたします。"),
                 ("２．第三者提供", "法令に基づく場合を除き、ご本人の同意なく第三者に提供することはありません。"),
                 ("３．お問い合わせ", "個人情報の開示・訂正等のご請求は、譲受人の個人情報相談窓口までお申し出ください。"),
                 ("４．ご注意", "当社の名称を騙る不審な電話・はがき・SMSにご注意ください。当社が個人名義の口座への振込みを"
                  "お願いすることはございません。")]:
        back.line(h, size=12, font="sans-bold")
        back.para(t, size=11.5)
        back.gap(4)
    tr = truth(document_type="assignment_notice", sender=b, license_number=11, phone="0120-000-115", creditor=b,
               status="licensed", original=a, debtor="膳所彩花", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference="OX-58104-22",
               input_kind="scan_png", template="proxy73_joint_assignment_grey_bleed_through", received=D(2026, 1, 24))
    return dict(stem="cd09", ext="png", kind="scan_png", pages=[p.spec, back.spec], truth=tr,
                scan=dict(dpi=200, angle=0.6, grey=0.2, back=1, bleed=0.14, pages=1),
                about="assignment_notice (joint 債権譲渡通知書兼譲受通知書, grey scan with bleed-through)",
                unusual="scanned GREY (auto-exposure pulled the paper to grey, contrast flattened) and the BACK of the "
                        "sheet (a 個人情報の取扱いについて page in 11–12 pt) shows through mirrored across the letter; serif; "
                        "the two notifiers SIDE BY SIDE in an outer-ruled box under the title with round seals, the "
                        "licence 「法務大臣許可番号　第11号」 of ★ オリックス債権回収 in the 譲受人 column; a 記 list whose "
                        "item 5 holds the amounts as indented lines with the new labels 元本 / 利息（分割手数料） / 遅延損害金 "
                        "/ 譲渡債権額合計; 個品割賦 2022 contract and 民法第467条 as distractors; 譲受人管理番号 as item 7; "
                        "informs only")


# ---------------------------------------------------------------------------------------------
# cd10 支払督促 (津山簡裁), real servicer creditor, one page, scanned turned


def cd10():
    issued, filed = D(2026, 3, 10), D(2026, 3, 2)
    acc, lastp, asg = D(2025, 6, 10), D(2025, 4, 25), D(2025, 11, 20)
    R = 14.6
    P, I, C = 502_336, 11_204, 3_932
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    court = "津山簡易裁判所"
    cr = "アルファ債権回収株式会社"
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, "令和８年（ロ）第２０７号　譲受債権請求督促事件", size=10, align="r", font="serif")
    p.y = 27
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債権者", f"東京都中央区ゆりのき坂9丁目9番9号　{cr}"), ("", "代表者代表取締役　隈部　正臣"),
          ("", "（送達場所）同所　管理部　電話 03-0000-1017"),
          ("債務者", "岡山県津山市桔梗台9丁目9番9号　眞柄　大地")], x=20, label_w=20, size=9.8, font="serif")
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=11, font="serif")
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    for lab, v in [("１　残元金", P), ("２　約定利息（確定分）", I),
                   (f"３　確定遅延損害金（{fe(acc + timedelta(1))}から{fe(filed)}まで年{R}％）", L), ("４　申立手続費用", C)]:
        base = p.y + 10.5 * 0.3528
        p.at(24, base, lab, size=10.2, font="serif")
        p.at(186, base, f"金{fy(v)}円", size=10.5, font="serif", align="r")
        p.y += 7.4
    p.add(Line(120, p.y - 1.6, 188, p.y - 1.6, 0.3))
    p.at(24, p.y + 3.6, "以上合計", size=10.5, font="serif-bold")
    p.at(186, p.y + 3.6, f"金{fy(T)}円", size=11, font="serif-bold", align="r")
    p.y += 7.5
    p.para(f"５　上記１の残元金に対する{fe(filed + timedelta(1))}から完済まで年{R}％の割合による遅延損害金", x0=24,
           size=10, font="serif", indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    p.para(f"１　ホオジロカード株式会社は、債務者との間で、平成30年9月12日、カード会員契約を締結し、債務者に対し金銭を貸し付けた"
           f"（利息年15.0％、遅延損害金年{R}％）。", x0=24, size=10, font="serif", indent="")
    p.para(f"２　債務者は、{fe(lastp)}の支払を最後に約定の支払を怠り、{fe(acc)}の経過により期限の利益を喪失した。",
           x0=24, size=10, font="serif", indent="")
    p.para(f"３　ホオジロカード株式会社は、{fe(asg)}、本件債権を債権者に譲渡し、同月中に債務者に対しその旨を通知した。",
           x0=24, size=10, font="serif", indent="")
    p.gap(2)
    p.add(Box(20, p.y, 170, 20, 0.35))
    p.y += 2
    p.para("（注意）この支払督促の送達を受けた日から２週間以内に督促異議を申し立てないときは、債権者の申立てにより仮執行の"
           "宣言がされます。督促異議の申立ては、同封の督促異議申立書により、この裁判所にしてください。", x0=23, x1=187,
           size=9.5, font="serif", indent="")
    p.gap(6)
    p.line(fe(issued), x=30, font="serif")
    p.line(f"{court}", x=100, font="serif")
    p.line("裁判所書記官　訓　覇　　葵", x=100, font="serif")
    p.seal(180, p.y - 4, 12, "square", "津山簡易裁判所書記官印", seed=73101)
    p.line("（電話 0868-00-3418　民事係）", x=100, size=9.5, font="serif")
    p.gap(2)
    p.line("これは正本である。", x=30, size=10, font="serif")
    tr = truth(document_type="payment_order", sender=court, phone="0868-00-3418", creditor=cr, status="licensed",
               original="ホオジロカード株式会社", debtor="眞柄大地", total=T, principal=P, interest=I, late_damages=L,
               costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="令和８年（ロ）第２０７号", input_kind="scan_png",
               template="proxy73_payment_order_tsuyama_turned_scan", received=D(2026, 3, 13))
    return dict(stem="cd10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                scan=dict(dpi=200, angle=1.2),
                about="payment_order (簡裁 支払督促, real servicer creditor, one page, scanned turned)",
                unusual="a whole 支払督促 of a court new to the sets (津山簡裁) on ONE page, scanned with the sheet lying "
                        "TURNED about 1.2° (the corners show the scanner lid); case number and 事件名 on one line "
                        "top-right in full-width; the parties as kv lines with the creditor ★ アルファ債権回収 (no licence "
                        "number: court paper) and its 送達場所 phone (distractor); 請求の趣旨 as numbered lines with the new "
                        "labels 残元金 / 約定利息（確定分） / 確定遅延損害金 (window in full-width era) / 申立手続費用 and a "
                        "ruled 以上合計, the running item ５ below; a 3-point 請求の原因 (平成30年 contract, 利息年15.0％ "
                        "distractor); the （注意） box; 「これは正本である。」")


# ---------------------------------------------------------------------------------------------
# cd11 仮執行宣言付支払督促 (周南簡裁), consumer-loan creditor, 2-page grey image PDF at 150 dpi


def cd11():
    filed, order, served, kfiled, issued = D(2026, 1, 8), D(2026, 1, 20), D(2026, 1, 23), D(2026, 2, 16), D(2026, 2, 24)
    acc, lastp = D(2025, 8, 19), D(2025, 7, 5)
    R = 20.0
    P, I = 389_500, 6_722
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_548, 1_206
    C = C1 + C2
    T = P + I + L + C
    court = "周南簡易裁判所"
    cr = "株式会社リンドウローン"
    p = Page(font="sans", size=10.5, top=20)
    p.at(190, 24, "令和８年（ロ）第４１号", size=11, align="r")
    p.y = 30
    p.title("仮執行宣言付支払督促", size=17)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=30)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.gap(2)
    p.para(f"上記の支払督促は、{fe(order)}に発付され、{fe(served)}債務者に送達されたが、債務者は法定期間内に督促異議の"
           f"申立てをしなかった。よって、債権者の{fe(kfiled)}付申立てにより、手続費用額金{fy(C2)}円を付加して、次のとおり"
           "仮執行の宣言をする。", size=10.5)
    p.gap(2)
    p.line("この支払督促は、仮に執行することができる。", x=30, size=11, font="sans-bold")
    p.gap(5)
    p.line(f"{fe(issued)}", x=30)
    p.line(court, x=100)
    p.line("裁判所書記官　跡部　梢", x=100)
    p.seal(176, p.y - 4, 12, "square", "周南簡易裁判所書記官印", seed=73111)
    p.gap(6)
    p.add(Box(20, p.y, 170, 38, 0.3, None, SHADE))
    p.y += 3
    p.line("【この書面を受け取った方へ】", x=24, size=10.5, font="sans-bold")
    p.para("この仮執行宣言付支払督促を受け取った日から２週間以内に、この裁判所に督促異議の申立てをすることができます。"
           "申立てをしないときは、この支払督促は確定判決と同一の効力を有することになります。異議を申し立てても、"
           "強制執行の手続が当然に止まるわけではありません。", x0=24, x1=186, size=9.8, indent="")
    p.para("お問い合わせ　周南簡易裁判所　民事受付（電話 0834-00-2261）", x0=24, x1=186, size=9.8, indent="")
    p.at(105, 287, "－１－", size=9, align="c")
    q = Page(font="sans", size=10.2, top=20)
    q.line("当事者目録", size=12, font="sans-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "〒530-0000　大阪市北区つるうめ通9丁目9番9号"), ("", cr),
          ("", "代表者代表取締役　鴛海　慧"), ("", "（送達場所）同所　管理部　電話 06-0000-4120　FAX 06-0000-4121"),
          ("債務者", "〒745-0000　山口県周南市はまゆう通9丁目9番9号"), ("", "芦立　由香")], x=22, label_w=20)
    q.gap(5)
    q.line("請求の趣旨及び原因", size=12, font="sans-bold", align="c")
    q.gap(2)
    q.line("請求の趣旨", font="sans-bold")
    q.table([["項　目", "金額（円）"], ["１　元金", fy(P)], ["２　利息（約定利率年17.8％、喪失日まで）", fy(I)],
             [f"３　遅延損害金（{fe(acc + timedelta(1))}から{fe(filed)}まで年{R:g}％）", fy(L)],
             ["４　督促手続費用", fy(C1)], ["５　仮執行宣言手続費用", fy(C2)], ["合　計", fy(T)]],
            [128, 40], x=22, size=9.6, row_h=7.6, header=True, aligns="lr")
    q.para(f"６　上記１の元金に対する{fe(filed + timedelta(1))}から完済まで年{R:g}％の割合による遅延損害金", x0=22,
           size=9.6, indent="")
    q.gap(3)
    q.line("請求の原因", font="sans-bold")
    q.para("１　債権者は、債務者に対し、令和４年１１月２日、極度額５０万円のカードローン契約に基づき金員を貸し付けた。", x0=22,
           size=9.6, indent="")
    q.para(f"２　債務者は、{fe(lastp)}の支払を最後にその後の支払を怠り、{fe(acc)}の経過により期限の利益を喪失した。",
           x0=22, size=9.6, indent="")
    q.gap(3)
    q.line(f"申立日　{fe(filed)}", x=22, size=9.6)
    q.at(105, 287, "－２－", size=9, align="c")
    tr = truth(document_type="payment_order_enforceable", sender=court, phone="0834-00-2261", creditor=cr,
               status="not_applicable", debtor="芦立由香", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference="令和８年（ロ）第４１号",
               input_kind="pdf_scan", template="proxy73_enforceable_shunan_grey_150dpi", received=D(2026, 2, 27))
    return dict(stem="cd11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                scan=dict(dpi=150, angle=[0.5, -0.7], grey=0.12, noise=3.0),
                about="payment_order_enforceable (簡裁, consumer-loan creditor, 2-page grey image PDF at 150 dpi)",
                unusual="2-page image-only PDF scanned at only 150 dpi with a grey ground; p.1 the order text with the "
                        "支払督促 date 1/20, its 送達 1/23 and the 申立て 2/16 in one sentence in full-width era, the 仮執行 "
                        "cost 「手続費用額金１，２０６円を付加して」 only in prose, a shaded 【この書面を受け取った方へ】 box with "
                        "the court phone; p.2 当事者目録 (creditor 株式会社リンドウローン, a lender → not_applicable; its "
                        "送達場所 phone / FAX as distractors) and 請求の趣旨 as a 「項目 / 金額（円）」 table with full-width "
                        "numbers and TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum); 約定利率年17.8％ and "
                        "極度額５０万円 as distractors; running item ６")


# ---------------------------------------------------------------------------------------------
# cd12 簡裁 (ハ) 呼出状 + 訴状, card company plaintiff, 2-page image PDF at 300 dpi, sheet 2 turned


def cd12():
    issued, hearing, answer, filed = D(2026, 4, 14), D(2026, 5, 21), D(2026, 5, 14), D(2026, 4, 2)
    acc, lastp = D(2025, 10, 6), D(2025, 8, 27)
    R = 14.6
    P, I = 1_043_200, 31_405
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    court = "豊田簡易裁判所"
    pl = "群青クレジット株式会社"
    p = Page(font="serif", size=10.5, top=20)
    p.kv([("事件番号", "令和８年（ハ）第６１２号　立替金等請求事件"), ("原　　告", pl), ("被　　告", "鶸田　将司")], x=20,
         label_w=24, size=10, font="serif")
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　鶸田　将司　殿", size=11.5, font="serif")
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。なお、訴状を読んで、下記答弁書提出期限までに答弁書を提出してください。", size=10.5, font="serif")
    p.gap(3)
    y0 = p.y
    p.table([["期　　日", f"{fe(hearing)}（{wd(hearing)}）午後１時１５分"],
             ["出頭場所", "豊田簡易裁判所　第２号法廷（１階）"],
             ["答弁書提出期限", f"{fe(answer)}（{wd(answer)}）"]],
            [40, 120], x=25, size=10.5, row_h=10, aligns="ll", shade_col0=True, font="serif", line_w=0.4)
    p.add(Box(25, y0, 160, 30, 0.7))
    p.gap(4)
    p.para("出頭の際は、この呼出状と印鑑をお持ちください。答弁書の用紙を同封しましたので、ご利用ください。期日に出頭せず、"
           "答弁書も提出しないときは、原告の言い分どおりの判決がされることがあります。", size=10, font="serif")
    p.gap(6)
    p.line(fe(issued), x=30, font="serif")
    p.line(court + "　民事係", x=100, font="serif")
    p.line("裁判所書記官　顕谷　真澄", x=100, font="serif")
    p.line("電話 0565-00-3170（直通）　FAX 0565-00-3179", x=100, size=9.5, font="serif")
    q = Page(font="serif", size=10.2, top=18)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{fe(filed)}", align="r", font="serif")
    q.line(f"{court}　御中", font="serif")
    q.kv([("原告", f"〒460-0000　名古屋市中区ほととぎす台9丁目9番9号　{pl}"), ("", "代表者代表取締役　阿具根　周平"),
          ("", "（送達場所）同所　債権管理部　電話 052-000-6612"),
          ("被告", "〒471-0000　愛知県豊田市やまぼうし通9丁目9番9号　鶸田　将司")], x=20, label_w=14, size=9.6,
         font="serif")
    q.kv([("訴訟物の価額", f"金{fy(T)}円"), ("貼用印紙額", "金１１，０００円")], x=20, label_w=30, size=9.6, font="serif")
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fy(T)}円及びうち金{fy(P)}円に対する{fe(filed + timedelta(1))}から支払済みまで"
           f"年１４．６％の割合による金員を支払え。", x0=24, size=10.2, font="serif", indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=24, size=10.2, font="serif", indent="")
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　原告は、被告との間で、令和２年６月１５日、クレジットカード会員契約を締結し、被告の利用代金を立て替えて支払い、"
           "また金員を貸し付けた。", x0=24, size=10.2, font="serif", indent="")
    q.para(f"２　被告は、{fe(lastp)}の支払を最後に支払を怠ったため、原告は催告の上、被告は{fe(acc)}の経過により期限の利益を"
           "喪失した。", x0=24, size=10.2, font="serif", indent="")
    q.para("３　よって、原告は被告に対し、下記金員の支払を求める。", x0=24, size=10.2, font="serif", indent="")
    q.gap(1)
    q.table([["立替金・貸付金残元金", f"{fy(P)}円"], ["未払手数料・利息", f"{fy(I)}円"],
             [f"遅延損害金（{fe(acc + timedelta(1))}～{fe(filed)}、年１４．６％）", f"{fy(L)}円"],
             ["合計", f"{fy(T)}円"]], [118, 45], x=24, size=9.8, row_h=7.8, font="serif", aligns="lr")
    q.gap(3)
    q.line("証拠方法　甲第１号証　会員規約　甲第２号証　利用明細書", x=24, size=9.6, font="serif")
    q.line("附属書類　１　訴状副本　１通　２　資格証明書　１通", x=24, size=9.6, font="serif")
    tr = truth(document_type="lawsuit", sender=court, phone="0565-00-3170", creditor=pl, status="not_applicable",
               debtor="鶸田将司", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference="令和８年（ハ）第６１２号",
               input_kind="pdf_scan", template="proxy73_summary_court_summons_complaint_300dpi", received=D(2026, 4, 16))
    return dict(stem="cd12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                scan=dict(dpi=300, angle=[0.3, -1.8]),
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, card company plaintiff, 2-page image PDF at 300 dpi)",
                unusual="2-page image-only PDF scanned at 300 dpi, the second sheet fed TURNED about 1.8°; court new to "
                        "the sets (豊田簡裁); p.1 the 事件番号 / 原告 / 被告 kv block at the very top, the 呼出状 with a "
                        "heavy-framed, shaded-label table 期日 (weekday, 午後１時１５分) / 出頭場所 / 答弁書提出期限 (5/14 ≠ "
                        "hearing 5/21), the clerk with （直通） phone and FAX; p.2 the 訴状 dated 4/2 (≠ 4/14) with 訴訟物の"
                        "価額 and 貼用印紙額 11,000円 (not costs), 請求の趣旨 「金…及びうち金…」 in full-width, and a ruled "
                        "table 立替金・貸付金残元金 / 未払手数料・利息 / 遅延損害金 / 合計; the plaintiff's 送達場所 phone as "
                        "a distractor")


# ---------------------------------------------------------------------------------------------
# cd13 real servicer's demand after a 任意売却, 2 pages printed on both sides of one sheet, scanned (each page shows
# the other through the paper)


def cd13():
    issued, asof, due = D(2026, 5, 8), D(2026, 4, 30), D(2026, 5, 29)
    acc, lastp, subro, asg, sale = D(2024, 9, 12), D(2024, 6, 27), D(2024, 11, 29), D(2025, 6, 30), D(2025, 12, 18)
    R = 14.0
    S0 = 23_936_421
    Lb = late(S0, R, subro + timedelta(1), sale)
    price = 18_300_000
    costs = [("仲介手数料", 600_600), ("抵当権抹消登記費用", 32_000), ("引越費用（控除を認めた額）", 300_000),
             ("固定資産税等清算金", 48_200)]
    alloc = price - sum(c for _, c in costs)
    to_p = alloc - Lb
    assert to_p > 0
    P = S0 - to_p
    L = late(P, R, sale + timedelta(1), asof)
    T = P + L
    sv = "株式会社住宅債権管理回収機構"
    p = Page(font="sans", size=10.5, top=20)
    p.at(190, 24, wdate(issued), size=10.5, align="r")
    p.at(190, 29.5, "お客様番号　JK-3308-6127", size=10, align="r")
    p.at(20, 28, "〒373-0000　群馬県太田市ふじばかま通9丁目9番9号", size=9.5)
    p.at(24, 36, "丸毛　伸一　様", size=13.5)
    p.at(190, 44, sv, size=11.5, font="sans-bold", align="r")
    p.at(190, 49.5, "法務大臣許可第９１号", size=9.5, align="r")
    p.at(190, 54.5, "〒162-0000　東京都新宿区つわぶき通9丁目9番9号", size=8.5, align="r")
    p.at(190, 59, "債権管理部　TEL 03-0000-9120（担当　鹿角）", size=9.5, align="r")
    p.y = 66
    p.title("任意売却後のご請求残額について", size=15)
    p.para(f"平素は格別のご理解を賜り、御礼申し上げます。当社は、ささゆり保証株式会社（以下「原債権者」）から{wdate(asg)}付で"
           f"貴殿に対する求償債権を譲り受けております。先般、{wdate(sale)}に担保不動産の任意売却の決済が行われ、"
           "その売却代金から諸費用を控除した額を下記債権に充当いたしました（充当の明細は裏面をご覧ください）。", size=10.3)
    p.para(f"つきましては、充当後のご請求残額を{wdate(due)}までに一括してお支払いいただくか、ご返済方法について当社まで"
           "ご相談くださいますようお願い申し上げます。", size=10.3)
    p.gap(2)
    p.line(f"■ご請求残額（{wdate(asof)}現在）", font="sans-bold")
    p.table([["充当後残元金", y(P)], [f"損害金（年{R}％、{wdate(sale + timedelta(1))}から）", y(L)],
             ["ご請求残額合計", y(T)]], [110, 50], x=25, size=10.5, row_h=9, aligns="lr", shade_col0=True, line_w=0.35)
    p.gap(4)
    p.line("■これまでの経過", font="sans-bold")
    p.kv([("ご融資（原契約）", "平成28年4月　株式会社天藍銀行　住宅ローン　28,000,000円"),
          ("最終ご返済日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("代位弁済日（原債権者）", wdate(subro)),
          ("債権譲受日（当社）", wdate(asg)), ("任意売却決済日", wdate(sale))], x=28, label_w=46, size=10)
    p.gap(3)
    p.para("お振込先　みずひき銀行　飯田橋支店　普通預金　6630198　ジュウタクサイケンカンリカイシュウキコウ", size=9.8,
           indent="")
    p.para("※ご返済が困難な場合でも、月々のご返済額などご事情に応じたご相談を承ります。必ずご連絡ください。", size=9.5,
           indent="")
    p.at(105, 287, "（表）", size=9, align="c")
    q = Page(font="sans", size=10.5, top=22)
    q.title("売却代金の充当明細", size=14)
    q.line(f"任意売却決済日　{wdate(sale)}", x=25)
    q.gap(2)
    rows = [["項　目", "金　額（円）"], ["売却代金", f"{price:,}"]]
    rows += [[f"　控除　{n}", f"△{c:,}"] for n, c in costs]
    rows += [["配分額（充当可能額）", f"{alloc:,}"]]
    q.table(rows, [110, 50], x=25, size=10, row_h=8, header=True, aligns="lr")
    q.gap(5)
    q.table([["充当前", "金　額（円）"], ["求償元金（代位弁済額）", f"{S0:,}"],
             [f"損害金（{wdate(subro + timedelta(1))}～{wdate(sale)}）", f"{Lb:,}"],
             ["充当額（損害金へ）", f"△{Lb:,}"], ["充当額（元金へ）", f"△{to_p:,}"], ["充当後残元金", f"{P:,}"]],
            [110, 50], x=25, size=10, row_h=8, header=True, aligns="lr")
    q.gap(3)
    q.para("※配分額は、損害金、元金の順に充当しております。※損害金は年365日の日割計算です。", x0=25, size=9.5, indent="")
    q.at(105, 287, "（裏）", size=9, align="c")
    tr = truth(document_type="collection_notice", sender=sv, license_number=91, phone="03-0000-9120", creditor=sv,
               status="licensed", original="ささゆり保証株式会社", debtor="丸毛伸一", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="JK-3308-6127", input_kind="pdf_scan",
               template="proxy73_servicer_rest_after_voluntary_sale_duplex_bleed", received=D(2026, 5, 11))
    return dict(stem="cd13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                scan=dict(dpi=200, angle=[-0.4, 0.5], duplex=True, bleed=0.12, grey=0.06),
                about="collection_notice (real servicer, rest after a 任意売却, both sides of one sheet scanned)",
                unusual="one sheet printed on BOTH sides (（表） / （裏）) and scanned as a 2-page image PDF: each page "
                        "shows the other through the paper, mirrored; real servicer ★ 株式会社住宅債権管理回収機構 with "
                        "「法務大臣許可第９１号」 (full-width, no 番号); amounts AS OF 4/30 (≠ letter date 5/8) in a "
                        "shaded-label table 充当後残元金 / 損害金 / ご請求残額合計 (no interest); 「一括…か、ご相談」; a "
                        "これまでの経過 kv list (平成28年 loan 28,000,000円, last payment, 喪失, 代位弁済, 譲受, 決済); the "
                        "back page a 売却代金の充当明細 with △ deductions (all distractors, asserted to add up)")


# ---------------------------------------------------------------------------------------------
# cd14 労働金庫 縦書き 期限の利益喪失通知 (内容証明), relative deadline only, scanned


def cd14():
    issued, warn, acc, lastp = D(2026, 2, 18), D(2025, 12, 25), D(2026, 1, 13), D(2025, 8, 27)
    R = 14.0
    P, I = 1_362_480, 14_207
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kn = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間の令和三年六月十日付金銭消費貸借契約（カーライフローン）に基づく毎月の返済を、"
                 f"{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当金庫は、{kdate(warn)}付催告書をもって延滞金の支払を催告し、その期限を{kdate(acc)}と定めましたが、"
                 "同日までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、ローン契約書第十条第一項の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "本書をもって通知いたします。"),
        ("body", "つきましては、左記金員を本書到達後七日以内に一括して当金庫へお支払いくださるよう請求いたします。"
                 "右期間内にお支払いのない場合は、連帯保証人への請求及び法的手続に移行いたします。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　{kn(P)}"),
        ("indent", f"二　未払利息　　{kn(I)}"),
        ("indent", f"三　遅延損害金　{kn(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kn(T)}"),
        ("indent", "融資番号　七〇四－二一八八三"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "北海道札幌市中央区あまどころ町九丁目九番九号"),
        ("low", "しらかば労働金庫　融資管理部"),
        ("low", "部長　駄場　浩之"),
        ("low", "電話　〇一一（〇〇〇）四一一〇"),
        ("blank", ""),
        ("low", "北海道北見市かるかや町九丁目九番九号"),
        ("low", "餅田　信吾　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 73141))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "駄場" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "square", "しらかば労働金庫融資管理部長印",
                         angle=3, seed=73142))
    tr = truth(document_type="acceleration_notice", sender="しらかば労働金庫", phone="011-000-4110",
               creditor="しらかば労働金庫", status="not_applicable", debtor="餅田信吾", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               reference="704-21883", input_kind="vertical_scan", template="proxy73_vertical_labour_bank_acceleration_relative",
               received=D(2026, 2, 20))
    return dict(stem="cd14", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                scan=dict(dpi=200, angle=-0.9, grey=0.05),
                about="acceleration_notice (労働金庫, 縦書き 内容証明, relative deadline only)",
                unusual="縦書き 期限の利益喪失通知書 of a 労働金庫 (a kind of lender not used before), scanned at 200 dpi "
                        "turned ~0.9°, with the 内容証明 stamp and the 部長 seal; positional kanji amounts "
                        "(金百三十六万二千四百八十円 …); the 催告書 date 十二月二十五日 and its deadline 一月十三日 (= acceleration "
                        "「の経過をもって」); the demand ONLY relative 「本書到達後七日以内」 (payment_due null); "
                        "令和三年 contract and 第十条第一項 as numbers that are not fields; the 融資番号 in kanji digits "
                        "with a dash (→ reference 704-21883); phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cd15 law office 和解書（案）, digital PDF sent by e-mail


def cd15():
    issued, reply = D(2026, 4, 20), D(2026, 5, 8)
    acc, lastp = D(2025, 10, 2), D(2025, 8, 30)
    R = 18.0
    P, I = 684_950, 22_418
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    K, n = 648_000, 36
    inst = K // n
    assert inst * n == K
    office = "頓宮・鴨打法律事務所"
    cl = "株式会社アザレアクレジット"
    p = Page(font="serif", size=10.2, top=20)
    p.at(190, 24, fe(issued), size=10.2, align="r", font="serif")
    p.at(190, 29.5, "当事務所事件番号　TK-26-0172", size=9.5, align="r", font="serif")
    p.at(20, 32, "浦生　真帆　様", size=12.5, font="serif")
    p.at(190, 38, "〒860-0000　熊本市中央区しらねあおい通9丁目9番9号", size=9, align="r", font="serif")
    p.at(190, 43, office, size=10.5, align="r", font="serif-bold")
    p.at(190, 48, f"{cl}代理人　弁護士　頓宮　遼介", size=9.5, align="r", font="serif")
    p.at(190, 53, "同　　　　　　　　　　弁護士　鴨打　千尋", size=9.5, align="r", font="serif")
    p.at(190, 58, "電話 096-000-2260　FAX 096-000-2261", size=9.5, align="r", font="serif")
    p.y = 64
    p.title("和解書（案）のご送付", size=14, font="serif-bold")
    p.para(f"先日の電話でのお話し合いの結果を踏まえ、{cl}（以下「甲」）と貴殿（以下「乙」）との間の和解書の案を下記のとおり"
           f"お送りいたします。内容にご異存がなければ、末尾にご署名・押印のうえ、{fe(reply)}（{wd(reply)}）までに当事務所へ"
           "ご返送ください。", size=10.2, font="serif")
    p.gap(1)
    p.line("和　解　条　項（案）", align="c", size=11.5, font="serif-bold")
    arts = [
        ("第１条（債務の確認）", f"乙は、甲に対し、{fe(issued)}現在、甲乙間のカードローン契約に基づく債務として、金{fy(T)}円"
                           f"（内訳　元金{fy(P)}円、利息{fy(I)}円、遅延損害金{fy(L)}円）の支払義務があることを認める。"),
        ("第２条（分割払）", f"乙は、甲に対し、前条の金員のうち金{fy(K)}円を、令和８年６月から令和１１年５月まで毎月末日限り"
                         f"金{fy(inst)}円ずつ（{fy(n)}回）、甲の指定する口座に振り込んで支払う。"),
        ("第３条（期限の利益喪失）", f"乙が前条の支払を怠り、その額が金{fy(inst * 2)}円に達したときは、乙は当然に期限の利益を"
                              f"失い、第１条の金員から既払金を控除した残額及びこれに対する年{fy(int(R))}％の割合による"
                              "遅延損害金を直ちに支払う。"),
        ("第４条（免除）", "乙が第２条の分割金を遅滞なく支払ったときは、甲は乙に対し、第１条のその余の支払義務を免除する。"),
        ("第５条（清算）", "甲及び乙は、甲乙間には本和解書に定めるもののほか何らの債権債務がないことを相互に確認する。"),
    ]
    for h, t in arts:
        p.line(h, size=10.2, font="serif-bold")
        p.para(t, x0=24, size=10, font="serif")
    p.gap(1)
    p.para(f"（ご参考）期限の利益喪失日　{fe(acc)}　／　最終ご入金日　{fe(lastp)}", size=9.2, font="serif", indent="")
    p.gap(3)
    p.add(Box(20, p.y, 170, 30, 0.3))
    p.at(24, p.y + 6, "令和　　年　　月　　日", size=10, font="serif")
    p.at(24, p.y + 14, "甲　" + cl + "　代理人弁護士　頓宮　遼介", size=10, font="serif")
    p.at(24, p.y + 22, "乙　住所", size=10, font="serif")
    p.at(110, p.y + 22, "氏名　　　　　　　　　　　　　印", size=10, font="serif")
    p.y += 34
    p.para("※本書は案であり、乙の署名・押印及び甲代理人の署名をもって成立します。ご不明点は当事務所（担当事務　麻生川）まで。",
           size=8.8, font="serif", indent="")
    tr = truth(document_type="settlement_proposal", sender=office, phone="096-000-2260", creditor=cl,
               status="not_applicable", debtor="浦生真帆", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               reference="TK-26-0172", input_kind="pdf_text", template="proxy73_law_office_settlement_draft_articles",
               received=issued)
    return dict(stem="cd15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (law office 和解書（案）, digital PDF sent by e-mail)",
                unusual="a digital PDF the office e-mailed: serif, full-width era dates and numbers throughout; TWO "
                        "lawyers (「代理人　弁護士」 and 「同　弁護士」); the whole debt only INSIDE 第１条（債務の確認） as "
                        "「金…円（内訳　元金…円、利息…円、遅延損害金…円）」; 第２条 the plan (648,000 = 18,000 × 36, "
                        "令和８年６月～令和１１年５月), 第３条 the 36,000 threshold and 年１８％, 第４条 a waiver, 第５条 "
                        "清算 (all distractors); the reply date only in the cover sentence (→ payment_due); the "
                        "喪失 / last payment in a （ご参考） line; a blank signature box")


# ---------------------------------------------------------------------------------------------
# cd16 card company arrears notice, two missed monthly payments, digital PDF from the member site


def cd16():
    issued, due, lastp = D(2026, 1, 14), D(2026, 1, 26), D(2025, 10, 27)
    R = 14.6
    months = [D(2025, 11, 27), D(2025, 12, 27)]
    prin = [18_400, 18_650]
    fee = [6_120, 5_870]
    lates = [late(a, R, d + timedelta(1), issued) for a, d in zip(prin, months, strict=True)]
    sub = [a + b + c for a, b, c in zip(prin, fee, lates, strict=True)]
    P, I, L = sum(prin), sum(fee), sum(lates)
    T = P + I + L
    assert sum(sub) == T
    co = "シマエナガカード株式会社"
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 16, 0, None, (0.20, 0.42, 0.62)))
    p.at(20, 10.5, "SHIMAENAGA CARD", size=15, font="sans-bold", color=(1, 1, 1))
    p.at(190, 10.5, "会員専用サイト　お知らせ", size=9, align="r", color=(1, 1, 1))
    p.y = 24
    p.at(190, 24, f"作成日：{issued:%Y/%m/%d}", size=9.5, align="r")
    p.at(190, 29, "お問合せ番号：SE-260114-3391", size=9.5, align="r")
    p.at(20, 28, "上釜　颯　様", size=13)
    p.at(20, 34, "会員番号　4980-****-****-2207", size=9)
    p.y = 42
    p.title("お支払い遅延のご連絡", size=15)
    p.para(f"いつもシマエナガカードをご利用いただきありがとうございます。{months[0].month}月{months[0].day}日及び"
           f"{months[1].month}月{months[1].day}日のお支払日にご指定口座からの口座振替ができず、現在2回分のお支払いが遅れて"
           "おります。下記の金額を、お支払期限までにお振込みください。", size=10)
    p.gap(2)
    fmt = lambda n: f"¥{n:,}"  # noqa: E731
    rows = [["お支払日", "元金", "手数料", "遅延損害金", "小計"]]
    rows += [[f"{d:%Y/%m/%d}", fmt(a), fmt(b), fmt(c), fmt(s)]
             for d, a, b, c, s in zip(months, prin, fee, lates, sub, strict=True)]
    rows += [["ご請求合計", fmt(P), fmt(I), fmt(L), fmt(T)]]
    p.table(rows, [38, 32, 32, 34, 34], x=20, size=10, row_h=8.5, header=True, line_w=0.3)
    p.para(f"※遅延損害金は各お支払日の翌日から{issued:%Y/%m/%d}まで年{R}％（365日日割）で計算しています。", size=8.6,
           indent="")
    p.gap(3)
    p.add(Box(20, p.y, 170, 14, 0.8, (0.20, 0.42, 0.62)))
    p.at(26, p.y + 9, "お支払期限", size=11, font="sans-bold")
    p.at(184, p.y + 9.4, f"{due:%Y/%m/%d}（{wd(due)}）", size=14, font="sans-bold", align="r")
    p.y += 20
    grid(p, 20, p.y, [36, 49, 36, 49], [
        ["前回ご入金日", f"{lastp:%Y/%m/%d}", "ご利用可能枠", "¥300,000"],
        ["お支払方法", "リボルビング払い", "毎月のお支払日", "27日"],
    ], h=7.5, size=9.5)
    p.y += 2 * 7.5 + 5
    p.para("お振込先　くさぼけ銀行　本店営業部　普通預金　1187430　シマエナガカード（カ", size=9.8, indent="")
    p.para("ご入金が確認できない場合、カードのご利用を停止し、会員規約に基づき残額全額を一括でご請求させていただく場合が"
           "ございます。お支払いが難しい場合は、お早めにご相談ください。", size=9.5)
    p.gap(4)
    p.at(20, p.y + 4, co, size=10.5, font="sans-bold")
    p.at(20, p.y + 9, "債権管理センター　0120-000-416（9:30～17:30　年末年始を除く）", size=9.5)
    p.at(20, p.y + 14, "貸金業登録番号　関東財務局長（6）第01177号", size=8.5)
    tr = truth(document_type="collection_notice", sender=co, phone="0120-000-416", creditor=co, status="not_applicable",
               debtor="上釜颯", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="SE-260114-3391", input_kind="pdf_text",
               template="proxy73_card_arrears_member_site_pdf", received=issued)
    return dict(stem="cd16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company, two missed monthly payments, digital PDF from the member site)",
                unusual="a digital PDF downloaded from the card's member site: a blue band with the Latin brand "
                        "「SHIMAENAGA CARD」, colon labels 作成日： / お問合せ番号： with slash dates; a per-payment table "
                        "(お支払日 / 元金 / 手数料 / 遅延損害金 / 小計) with ¥ amounts and a ご請求合計 row (→ the fields); "
                        "arrears only (lump false, no 喪失); a blue-framed お支払期限 in slash form with weekday; a shaded "
                        "grid with 前回ご入金日 (→ last payment), ご利用可能枠 ¥300,000 and お支払日 27日 (distractors); "
                        "masked 会員番号; 貸金業登録番号")


LETTERS = [cd09, cd10, cd11, cd12, cd13, cd14, cd15, cd16]
