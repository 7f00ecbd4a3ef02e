"""Proxy set 94, letters cy01–cy08: "court papers and lawyers' letters, seventh round". A 松山簡裁 支払督促 over two
pages (real servicer creditor), a 高知簡裁 仮執行宣言付支払督促 on one scanned page (信販 creditor), a 盛岡簡裁 (ハ)
呼出状 + 訴状 (real servicer plaintiff), a 前橋地裁 (ワ) 呼出状 + 訴状 (信用金庫 plaintiff), a law office's 受任通知兼
ご請求書 photographed as HEIC, a 司法書士's 縦書き 内容証明 催告書, a 福井簡裁 和解調書 (invented servicer plaintiff) and
an 秋田簡裁 調書判決 photographed sideways."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NAVY2 = (0.10, 0.20, 0.42)
BROWN = (0.40, 0.22, 0.08)


def fera(d: D) -> str:
    return fw(era(d))


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def vera(pages) -> None:
    """No 縦書き column ends inside an era name (令|和, 平|成)."""
    cols = [it for pg in pages for it in pg.items if isinstance(it, VText)]
    for a, b in zip(cols, cols[1:], strict=False):
        assert not (a.s[-1:] in "令平" and b.s[:1] in "和成"), (a.s[-6:], b.s[:6])


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# cy01 松山簡易裁判所 支払督促 (2 pages, digital): creditor ★ オリックス債権回収 (譲受債権, card立替金).


def cy01():
    R = 14.6
    issued, filed = D(2026, 3, 9), D(2026, 3, 2)
    lastp, acc, asg = D(2025, 9, 27), D(2025, 11, 10), D(2026, 1, 16)
    P, I, C = 684_210, 52_318, 4_630
    L = late(P, R, acc + timedelta(1), filed)
    S = P + I + L
    T = S + C
    case = "令和8年(ロ)第1462号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"{case}　譲受債権請求督促事件", size=10.5)
    p.gap(10)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(3)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=30, label_w=46, size=11)
    p.gap(6)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。")
    p.gap(10)
    p.line(f"　　　　{fera(issued)}", size=11)
    p.line("　　　　松山簡易裁判所", size=11)
    p.line("　　　　　　　裁判所書記官　土器屋　　文彦", size=11)
    p.seal(165, p.y - 7, 15, "square", "松山簡易裁判所書記官印", angle=0, seed=94011)
    p.gap(14)
    y = p.y
    p.add(Box(22, y, 166, 60, 0.5))
    p.at(105, y + 8, "支払督促を受け取った方へ", size=12, font="serif-bold", align="c")
    for i, s in enumerate(["１　この支払督促に記載された請求に不服がある場合は、この支払督促を受け取った日から",
                           "　　２週間以内に、同封の督促異議申立書を当裁判所に提出してください。",
                           "２　分割払いを希望する場合も、督促異議申立書にその旨を記載して提出してください。",
                           "３　期間内に督促異議の申立てがないと、債権者の申立てにより仮執行宣言が付され、",
                           "　　給料や預金などが差し押さえられることがあります。",
                           "４　問合せ先　松山簡易裁判所　民事係（督促）　電話 089-000-4621",
                           "　　（平日午前8時30分～午後5時。事件番号をお知らせください。）"]):
        p.at(27, y + 17 + i * 6.0, s, size=10)
    p.y = 280
    p.line("これは正本である。", size=10, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当　事　者　目　録", size=13, font="serif-bold", align="c")
    q.gap(3)
    q.kv([("債　権　者", "〒105-0000　東京都港区かがり坂九丁目9番9号"), ("", "オリックス債権回収株式会社"),
          ("", "代表者代表取締役　小野塚　英明"),
          ("", "（送達場所）〒790-0000　松山市ほしみ台九丁目9番9号　同社松山オフィス"),
          ("", "電話 089-000-5311　ＦＡＸ 089-000-5312　担当　葉梨"),
          ("債　務　者", "〒791-0000　愛媛県伊予郡こもれび町九丁目9番9号"), ("", "中務　紗季")],
         x=20, label_w=28, size=10)
    q.gap(5)
    q.line("請　求　の　趣　旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in (f"１　金{S:,}円",
              f"２　上記金額のうち金{P:,}円に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金",
              f"３　金{C:,}円（申立手続費用）",
              f"（以上１及び３の合計　金{T:,}円）"):
        q.para(s, x0=26, x1=188, size=10.5, indent="")
    q.gap(4)
    q.line("請　求　の　原　因", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　株式会社ゆずりはクレジット（以下「原債権者」という。）は、令和元年10月21日、債務者との間でクレジットカード"
              "会員契約を締結し、債務者は、同契約に基づき、カードショッピング及びキャッシングを利用した。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠り、原債権者からの催告にもかかわらず、{era(acc)}の"
              "経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(asg)}、債務者に対する上記債権を債権者に譲渡し、同月下旬ころ債務者に対しその旨の通知をした。",
              "４　よって、債権者は債務者に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.gap(1)
    rows = [["立替金・貸付金残元金", f"{P:,}円"], ["未払手数料（期限の利益喪失日まで）", f"{I:,}円"],
            [f"遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで・年14.6％）", f"{L:,}円"],
            ["小計（請求の趣旨１）", f"{S:,}円"]]
    q.table(rows, [128, 36], x=24, aligns="lr", size=9.8, row_h=7.2)
    q.gap(3)
    q.para("（注）原債権者との契約における利用限度額は金700,000円、約定手数料率は年15.0％（キャッシング年18.0％）である。",
           x0=22, x1=190, size=9.3, indent="")
    q.y = 280
    q.line(f"申立年月日　{era(filed)}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="松山簡易裁判所", phone="089-000-4621",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社ゆずりはクレジット",
               debtor="中務紗季", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference=case,
               input_kind="pdf_text_2page", template="proxy94_payment_order_matsuyama_subtotal_line",
               received=D(2026, 3, 12))
    return dict(stem="cy01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="digital 松山簡裁 支払督促: p.1 only the order, the 「支払督促を受け取った方へ」 box with the court's "
                        "phone and 「これは正本である。」; p.2 当事者目録 with the creditor ★ オリックス債権回収 (no licence: court "
                        "paper) and its 送達場所 phone / FAX / 担当 (distractors); 請求の趣旨 as prose 「１ 金…円」 = principal + "
                        "手数料 + damages, running item ２, 「３ 金…円（申立手続費用）」 and a bracketed 「（以上１及び３の合計 金…円）」; "
                        "the 内訳 as a table in the 請求の原因 ending in 小計; 利用限度額 700,000 and two contract rates as "
                        "distractors; 申立年月日 at the foot")


# ---------------------------------------------------------------------------------------------
# cy02 高知簡易裁判所 仮執行宣言付支払督促 on ONE page, scanned; creditor a 信販 company; full-width amounts, leaders.


def cy02():
    R = 14.6
    issued, order, served, filed = D(2026, 5, 13), D(2026, 4, 15), D(2026, 4, 18), D(2026, 4, 6)
    lastp, acc = D(2025, 12, 27), D(2026, 2, 10)
    P, C1, C2 = 395_600, 3_930, 1_260
    L = late(P, R, acc + timedelta(1), filed)
    T = P + L + C1 + C2
    case_fw = fw("令和8年（ロ）第388号")
    p = Page(font="serif", size=10.5, top=12)
    p.add(Box(15, 12, 62, 14, 0.4))
    p.at(18, 17.5, "事件番号", size=8.5)
    p.at(18, 23.5, case_fw, size=10.5)
    p.at(196, 18, "立替金請求督促事件", size=10, align="r")
    p.y = 30
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.kv([("債 権 者", "〒780-0000 高知市すげのは坂九丁目9番9号　すずかけ信販株式会社"),
          ("", "代表者代表取締役　舞原　敏行"),
          ("", "（送達場所・連絡先）同社高知督促課　電話 088-000-3880"),
          ("債 務 者", "〒781-0000 高知県南国市ゆきやなぎ台九丁目9番9号　米永　祐介")], x=18, label_w=22, size=9.5)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"上記は{fera(order)}付け支払督促の内容であり、同支払督促は{fera(served)}債務者に送達されたが、債務者は法定"
           "期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、この支払督促に、手続費用額を付加して"
           "仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    x0, x1 = 26, 184
    for lab, val in (("１　立替金残額", fw(f"金{P:,}円")),
                     (f"２　確定遅延損害金（{fera(acc + timedelta(1))}から{fera(filed)}まで）", fw(f"金{L:,}円")),
                     ("３　督促手続費用", fw(f"金{C1:,}円")),
                     ("４　仮執行宣言の手続費用", fw(f"金{C2:,}円"))):
        leader(p, lab, val, x0, x1, size=10)
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1.2)
    leader(p, "　　合計", fw(f"金{T:,}円"), x0, x1, size=10.5, font="serif-bold")
    p.para(f"５　上記１の金額に対する{fera(filed + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金",
           x0=x0, x1=x1, size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　債権者は、令和5年8月3日、債務者との間で、債務者が販売店から購入する商品（普通自動二輪車）の代金を債権者が"
              "立て替えて支払い、債務者がこれを分割して支払う旨の個品割賦購入あっせん契約を締結した（立替金額 金640,000円、"
              "36回払い、遅延損害金 年14.6％）。",
              f"２　債務者は、{fera(lastp)}支払分を最後に支払をせず、債権者は相当期間を定めて書面で催告したが支払がないので、"
              f"{fera(acc)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=20, x1=192, size=9.6, indent="")
    p.gap(2)
    p.line(f"　　{fera(issued)}", size=10.5)
    p.line("　　高知簡易裁判所　裁判所書記官　角張　　美穂子", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "高知簡易裁判所書記官印", angle=0, seed=94021)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, None, (0.95, 0.95, 0.95)))
    p.add(Box(15, y, 181, 24, 0.4))
    for i, s in enumerate(["この仮執行宣言付支払督促の送達を受けた日から２週間以内に督促異議を申し立てることができます。",
                           "異議を申し立てても強制執行は当然には止まりません。異議がないときは確定判決と同一の効力が生じます。",
                           f"お問合せ　高知簡易裁判所 民事受付係　電話 088-000-2388　（申立日 {fera(D(2026, 5, 7))}）"]):
        p.at(19, y + 7 + i * 6.5, s, size=8.8)
    p.y = y + 27
    p.line("これは正本である。　同日同庁　裁判所書記官　角張　美穂子", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="高知簡易裁判所", phone="088-000-2388",
               creditor="すずかけ信販株式会社", status="not_applicable", debtor="米永祐介", total=T, principal=P,
               interest=None, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和8年(ロ)第388号", input_kind="scan_png",
               template="proxy94_enforceable_kochi_one_page_leaders", received=D(2026, 5, 15))
    return dict(stem="cy02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, 信販 creditor, one page)",
                unusual="the whole 仮執行宣言付支払督促 of 高知簡裁 on ONE scanned page: the full-width case number in a small "
                        "labelled box top-LEFT; the parties as kv lines (creditor すずかけ信販, a 信販 company → not_applicable, "
                        "its 督促課 phone as a distractor); the order date, its 送達 and the 仮執行 in one paragraph; "
                        "請求の趣旨 as dotted-leader lines with FULL-WIDTH amounts (立替金残額 / 確定遅延損害金 / 督促手続費用 / "
                        "仮執行宣言の手続費用 → costs = sum) and a ruled 合計; NO interest (null); 立替金額 640,000 and 36回 "
                        "as distractors; a grey note box with the court's phone and the 申立日")


# ---------------------------------------------------------------------------------------------
# cy03 盛岡簡易裁判所 (ハ) 呼出状 + 訴状, 2-page image PDF; plaintiff ★ アウロラ債権回収.


def cy03():
    R = 18.0
    issued, sued, hearing, answer = D(2026, 6, 19), D(2026, 6, 1), D(2026, 7, 23), D(2026, 7, 16)
    lastp, acc, asg = D(2025, 11, 27), D(2026, 1, 6), D(2026, 3, 31)
    P, I = 512_440, 38_906
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ハ)第517号"
    p = Page(font="serif", size=11, top=18)
    p.table([["事件番号", fw("令和8年（ハ）第517号")], ["事件名", "譲受債権請求事件"], ["原告", "アウロラ債権回収株式会社"],
             ["被告", "根占　和歌子"]], [30, 80], x=20, aligns="ll", size=10, row_h=7, ruled="none")
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　根占　和歌子　殿", size=12, x=22)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。")
    p.para("なお、訴状を読んで、下記の答弁書提出期限までに答弁書（同封の用紙）を提出してください。")
    p.gap(2)
    y = p.y
    rows = [("期　　日", f"{fera(hearing)}（{wd(hearing)}）午後１時１５分"), ("場　　所", "盛岡簡易裁判所　第３号法廷（１階）"),
            ("答弁書提出期限", f"{fera(answer)}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(30, y + i * 11, 40, 11, 0.4, None, SHADE))
        p.add(Box(30, y + i * 11, 150, 11, 0.4))
        p.at(50, y + i * 11 + 7.3, a, size=10.5, align="c")
        p.at(75, y + i * 11 + 7.5, b, size=11.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 38
    p.para("期日に出頭せず、答弁書も提出しないときは、訴状に書かれた事実を認めたものとして扱われ、原告の言い分どおりの"
           "判決がされることがあります。分割払いでの解決を希望する場合は、答弁書の該当欄に記入してください。", size=10)
    p.gap(6)
    p.line(f"　　{fera(issued)}", size=11)
    p.line("　　盛岡簡易裁判所民事係　裁判所書記官　中嶌　　恭平", size=11)
    p.seal(162, p.y - 5, 14, "square", "盛岡簡易裁判所書記官印", angle=0, seed=94031)
    p.gap(8)
    p.line("〒020-0000　岩手県盛岡市みずかげ通九丁目9番9号", size=9.5, x=22)
    p.line("盛岡簡易裁判所民事係　電話 019-000-5170　ＦＡＸ 019-000-5171", size=9.5, x=22)
    p.line("（同封書類）訴状副本、甲号証写し、答弁書用紙、送達場所等の届出書", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(fera(sued), align="r", size=10.5)
    q.line("盛岡簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原　告", "〒103-0000 東京都中央区たびら坂九丁目9番9号　アウロラ債権回収株式会社"),
          ("", "代表者代表取締役　脇阪　俊之"), ("", "上記原告許可代理人　大溝　理沙（電話 03-0000-7606）"),
          ("被　告", "〒028-0000 岩手県紫波郡ひがさ町九丁目9番9号　根占　和歌子")], x=20, label_w=20, size=9.8)
    q.line(f"譲受債権請求事件　　訴訟物の価額　金{T:,}円　　貼用印紙額　金6,000円", size=9.8, x=20)
    q.gap(3)
    q.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年18％の"
           "割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　株式会社みちしおカード（以下「原債権者」）は、平成30年6月11日、被告との間で、極度額を金500,000円とする"
              "カードローン契約を締結し、被告はこれに基づき借入れをした（約定利率 年15.0％、遅延損害金 年18.0％）。",
              f"２　被告は、{era(lastp)}の返済を最後に返済をせず、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(asg)}、上記債権を原告に譲渡し、同年4月8日到達の内容証明郵便で被告に通知した。",
              "４　よって、原告は被告に対し、下記金員及び残元金に対する訴状作成日の翌日から支払済みまでの遅延損害金の"
              "支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(1)
    q.table([["項目", "金額"], ["残元金", f"{P:,}"], ["未払利息（期限の利益喪失日まで）", f"{I:,}"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(sued)}）", f"{L:,}"], ["合計", f"{T:,}"]],
            [112, 40], x=30, header=True, aligns="lr", size=9.8, row_h=7.2)
    q.line("（単位：円）", x=182, size=8.5, align="r")
    q.gap(2)
    q.line("証拠方法　甲第１号証　カードローン契約書　甲第２号証　取引履歴　甲第３号証　債権譲渡通知書", size=9.3, x=22)
    tr = truth(document_type="lawsuit", sender="盛岡簡易裁判所", phone="019-000-5170",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社みちしおカード", debtor="根占和歌子",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=asg, hearing=hearing, reference=case, input_kind="pdf_scan",
               template="proxy94_summary_court_ha_shaded_rows_servicer_plaintiff", received=D(2026, 6, 22))
    return dict(stem="cy03", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 2 pages)",
                unusual="2-page image PDF: p.1 口頭弁論期日呼出状及び答弁書催告状 (no 「第１回」) of 盛岡簡裁 with the header as an "
                        "unruled 4-row block and the 期日 / 場所 / 答弁書提出期限 as shaded-label rows (full-width era dates with "
                        "weekday, 午後１時１５分); court TEL and FAX on one line; p.2 訴状 dated 6/1 (≠ 呼出状 6/19) with the "
                        "plaintiff ★ アウロラ債権回収 through a 許可代理人 with her own 03 phone (distractor); 訴訟物の価額 = "
                        "total and 貼用印紙額 6,000 (not costs); 「金…及びうち金…」; a header table with bare figures and "
                        "「（単位：円）」 under it; 極度額 500,000, two rates and 「同年4月8日到達」 as distractors")


# ---------------------------------------------------------------------------------------------
# cy04 前橋地方裁判所 (ワ) 第1回口頭弁論期日呼出状 + 訴状, 2 pages digital; plaintiff a 信用金庫 (business loan).


def cy04():
    R = 14.0
    issued, sued, hearing, answer = D(2026, 8, 21), D(2026, 8, 4), D(2026, 9, 29), D(2026, 9, 18)
    lastp, acc = D(2026, 3, 31), D(2026, 5, 12)
    P, I = 2_864_000, 17_652
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ワ)第702号"
    p = Page(font="sans", size=10.5, top=16)
    p.line("事件番号　令和8年(ワ)第702号　貸金請求事件", size=10)
    p.line("原　　告　ほしあい信用金庫", size=10)
    p.line("被　　告　岩舘　正道", size=10)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("岩舘　正道　殿", size=12.5, x=24)
    p.gap(3)
    p.para("頭書の事件について、当裁判所に出頭すべき期日が下記のとおり定められましたから、同期日に当裁判所に出頭して"
           "ください。また、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 34, 0.6))
    p.add(Box(24, y, 162, 8, color=None, fill=SHADE))
    p.at(105, y + 5.6, "記", size=10.5, align="c")
    for i, (a, b) in enumerate((("期日", f"令和8年9月29日（{wd(hearing)}）　午後1時30分"),
                                ("場所", "前橋地方裁判所　第31号法廷（3階）"),
                                ("答弁書提出期限", f"令和8年9月18日（{wd(answer)}）"))):
        p.at(30, y + 15 + i * 7.5, a, size=10.5)
        p.at(70, y + 15 + i * 7.5, b, size=11.5 if i == 0 else 10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 40
    for s in ("・出頭する際は、この呼出状と認印を持参してください。代理人を出頭させる場合は委任状が必要です。",
              "・答弁書を提出しないで期日に欠席すると、原告の請求を認めたものとして判決がされることがあります。",
              "・この事件についてのお問い合わせは、事件番号を告げて下記担当係へお願いします。"):
        p.para(s, x0=24, x1=188, size=9.8, indent="")
    p.gap(6)
    p.line("令和8年8月21日", size=10.5, x=110)
    p.line("前橋地方裁判所民事第1部", size=10.5, x=110)
    p.line("裁判所書記官　当山　誠二", size=10.5, x=110)
    p.seal(182, p.y - 6, 13, "square", "前橋地方裁判所書記官印", angle=0, seed=94041)
    p.gap(10)
    p.add(Line(24, p.y, 186, p.y, 0.3, GRAY))
    p.gap(2)
    p.line("〒371-0000　群馬県前橋市もくせい台九丁目9番9号", size=9.3, x=24)
    p.line("前橋地方裁判所民事第1部ろ係　直通 027-000-2318　FAX 027-000-2319", size=9.3, x=24)
    q = Page(font="sans", size=10, top=16)
    q.title("訴　　状", size=15)
    q.line("令和8年8月4日", align="r", size=10)
    q.line("前橋地方裁判所　御中", size=10)
    q.line("原告訴訟代理人弁護士　重富　航", size=10, x=120)
    q.gap(2)
    q.kv([("原告", "〒370-0000 群馬県高崎市かざしも通九丁目9番9号　ほしあい信用金庫"),
          ("", "代表者理事長　真行寺　康雄"),
          ("原告訴訟代理人", "〒371-0000 前橋市くれない坂九丁目9番9号　重富法律事務所　弁護士　重富　航"),
          ("", "電話 027-000-8845　FAX 027-000-8846（送達場所）"),
          ("被告", "〒379-0000 群馬県安中市あさつゆ通九丁目9番9号　岩舘　正道")], x=18, label_w=30, size=9.3)
    q.gap(2)
    q.line("貸金請求事件　訴訟物の価額　" + f"{T:,}円　貼用印紙額　" + "21,000円", size=9.3, x=18)
    q.gap(2)
    q.line("第1　請求の趣旨", size=10.5, font="sans-bold")
    q.para(f"1　被告は、原告に対し、{T:,}円及びうち{P:,}円に対する令和8年8月5日から支払済みまで年14％の割合による"
           "金員を支払え。", x0=22, x1=190, size=9.8, indent="")
    q.para("2　訴訟費用は被告の負担とする。", x0=22, x1=190, size=9.8, indent="")
    q.para("との判決並びに仮執行宣言を求める。", x0=22, x1=190, size=9.8, indent="")
    q.gap(2)
    q.line("第2　請求の原因", size=10.5, font="sans-bold")
    for s in ("1　原告は、令和4年2月25日、被告に対し、事業資金として4,500,000円を、利息年2.45％、毎月末日限り元利均等"
              "分割返済、遅延損害金年14％（年365日の日割計算）、返済を1回でも遅滞し書面による催告を受けてもなお支払わない"
              "ときは期限の利益を失う旨の約定で貸し付けた（甲1）。",
              "2　被告は、令和8年3月31日の返済を最後に返済をせず、原告は被告に対し令和8年4月24日到達の書面で延滞金の支払を"
              "催告したが、被告は期限である令和8年5月12日までに支払わなかったので、同日の経過をもって期限の利益を喪失した（甲2）。",
              "3　よって、原告は、被告に対し、次の金員及び残元金に対する令和8年8月5日から支払済みまで約定の年14％の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.5, indent="")
    for lab, val in (("(1) 残元金", f"{P:,}円"), ("(2) 未収利息（令和8年4月1日から令和8年5月12日まで）", f"{I:,}円"),
                     ("(3) 確定遅延損害金（令和8年5月13日から令和8年8月4日まで）", f"{L:,}円"),
                     ("合　計", f"{T:,}円")):
        if lab.startswith("合"):
            q.add(Line(30, q.y + 0.2, 180, q.y + 0.2, 0.3))
            q.gap(1)
        b = q.line(lab, x=30, size=9.8, font="sans-bold" if lab.startswith("合") else None)
        q.at(180, b, val, size=9.8, align="r", font="sans-bold" if lab.startswith("合") else "sans")
    q.gap(2)
    q.line("証拠方法　甲1 金銭消費貸借契約証書　甲2 催告書及び配達証明書　甲3 貸付金元帳", size=9.3, x=22)
    q.line("附属書類　訴状副本1通　甲号証写し各2通　資格証明書1通　訴訟委任状1通", size=9.3, x=22)
    tr = truth(document_type="lawsuit", sender="前橋地方裁判所", phone="027-000-2318", creditor="ほしあい信用金庫",
               status="not_applicable", debtor="岩舘正道", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy94_district_court_wa_shinkin_lawyer_plaintiff",
               received=D(2026, 8, 24))
    return dict(stem="cy04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), 信用金庫 plaintiff through a lawyer, 2 pages)",
                unusual="digital 前橋地裁 (ワ) bundle in sans: p.1 呼出状 with the case header as three plain lines, the 期日 / "
                        "場所 / 答弁書提出期限 in a box under a shaded 「記」 strip, the clerk's block on the RIGHT, and the "
                        "court's 「直通」 phone with FAX at the foot; p.2 訴状 filed by the 信金's LAWYER (原告訴訟代理人, "
                        "his 送達場所 phone / FAX as distractors); amounts WITHOUT 金 (「2,864,000円」); 訴訟物の価額 and 貼用"
                        "印紙額 21,000 (not costs); the 当初 loan 4,500,000, 年2.45％, the 催告 date 4/24 and the 喪失 "
                        "「同日の経過をもって」 in the prose; (1)–(3) + 合計 lines")


# ---------------------------------------------------------------------------------------------
# cy05 law office 受任通知兼ご請求書 for a consumer lender, phone photo HEIC.


def cy05():
    R = 20.0
    issued, due = D(2025, 7, 8), D(2025, 7, 25)
    lastp, acc = D(2025, 3, 27), D(2025, 5, 2)
    P, I = 438_120, 21_307
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "当事務所管理番号　AK25-0317", size=9.5, align="r")
    p.y = 30
    p.line("〒812-0000　福岡市博多区いさなご町九丁目9番9号", size=10)
    p.line("舛田　美代子　様", size=13.5)
    p.gap(3)
    for s, sz, f in (("朝来野法律事務所", 12.5, "serif-bold"), ("弁護士　朝来野　巧（福岡県弁護士会所属）", 10, "serif"),
                     ("〒810-0000 福岡市中央区ほだれ橋九丁目9番9号 第九ビル5階", 9, "serif"),
                     ("電話 092-000-3718　FAX 092-000-3719", 9.5, "serif"),
                     ("（受付 平日10時～17時・担当事務 鈴江）", 8.5, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 17, 12, "round", "弁護士朝来野|職印", angle=6, seed=94051)
    p.gap(3)
    p.title("受任通知兼ご請求書", size=16, font="serif-bold")
    p.para("冠省　当職は、株式会社うすずみローン（以下「通知人」といいます。）から、貴殿に対する貸金債権の回収について"
           "委任を受けましたので、本書をもってご通知いたします。")
    p.para(f"貴殿は、通知人との間の令和3年11月9日付金銭消費貸借契約（ご契約番号 US-40211-07）に基づく返済を{era(lastp)}を"
           f"最後に怠り、{era(acc)}の経過をもって期限の利益を喪失しております。")
    p.para(f"つきましては、下記金員を{era(due)}（{wd(due)}）までに、下記当職預り金口座へ一括してお振込みください。")
    p.gap(1)
    p.line("記", align="c")
    y = p.y
    p.add(Box(28, y, 154, 38, 0.5))
    rows = (("貸付残元金", f"金{P:,}円"), ("未払利息（期限の利益喪失日まで）", f"金{I:,}円"),
            (f"遅延損害金（{era(acc + timedelta(1))}から本日まで 年20％）", f"金{L:,}円"))
    for i, (a, b) in enumerate(rows):
        p.at(33, y + 8 + i * 7.5, a, size=10)
        p.at(177, y + 8 + i * 7.5, b, size=10, align="r")
    p.add(Line(33, y + 28.5, 177, y + 28.5, 0.3))
    p.at(33, y + 34.5, "ご請求金額合計", size=11, font="serif-bold")
    p.at(177, y + 34.5, f"金{T:,}円", size=12.5, font="serif-bold", align="r")
    p.y = y + 42
    p.para("お振込先　彩雲銀行 天神支店 普通預金 3718025　名義 弁護士朝来野巧預り金口（アサクノタクミ）", size=9.8, indent="")
    p.para("※ご返済が困難な場合は、上記期限までに当職宛にご連絡ください。分割でのお支払いについても協議に応じます。", size=9.5,
           indent="")
    p.para("※上記期限までにお支払いもご連絡もない場合は、通知人の指示により、訴訟提起等の法的手続をとらざるを得ません"
           "ので、念のため申し添えます。", size=9.5, indent="")
    p.para("※今後、本件に関するご連絡は当職宛にお願いいたします。通知人への直接のご連絡はご遠慮ください。", size=9.5, indent="")
    p.gap(2)
    p.para("（ご参考）当初ご契約日 令和3年11月9日　ご契約金額 金500,000円　約定利率 年17.8％", size=9, indent="")
    p.line("草々", align="r", size=10.5)
    tr = truth(document_type="collection_notice", sender="朝来野法律事務所", phone="092-000-3718",
               creditor="株式会社うすずみローン", status="not_applicable", debtor="舛田美代子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AK25-0317", input_kind="photo_heic",
               template="proxy94_law_office_juninn_seikyu_heic", received=D(2025, 7, 10))
    return dict(stem="cy05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.2, creases=2, fill=0.86, glare=18, warm=0.25, bow=5),
                about="collection_notice (law office 受任通知兼ご請求書 for a consumer lender)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and a lamp glare; a one-lawyer office writing FOR "
                        "the lender (冠省 … 草々): date and 当事務所管理番号 top-right, addressee left, the firm block on "
                        "the right with a round 職印; the 契約番号 US-40211-07 and the 喪失 in the prose; a framed 記 box "
                        "with 貸付残元金 / 未払利息 / 遅延損害金（…から本日まで 年20％） and ご請求金額合計; an absolute "
                        "deadline with weekday in the sentence; the 預り金口 account, ご契約金額 500,000 and 年17.8％ as "
                        "distractors; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# cy06 司法書士 縦書き 催告書 (内容証明) for a card company; relative deadline; digital.


def cy06():
    R = 14.6
    issued = D(2025, 9, 16)
    lastp, acc = D(2025, 5, 27), D(2025, 7, 8)
    P, I = 284_500, 9_216
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社にじますクレジット（以下「通知人」という。）の代理人として、貴殿に対し、次のとおり"
                 "催告いたします。"),
        ("body", "貴殿は、通知人との間で平成三十年三月二日にクレジットカード会員契約を締結し、同契約に基づき商品購入代金の"
                 f"立替払い及び金銭の貸付けを受けましたが、{kdate(lastp)}の支払を最後にその後の支払をせず、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しております。"),
        ("body", "つきましては、本書到達後十日以内に、左記金員を左記口座にお振込みのうえお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払手数料　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　ひぐらし銀行横浜西口支店　普通預金　" + kanji_digits("6150332")),
        ("plain", "　　　　名義　司法書士上符恭一預り金口"),
        ("body", "右期間内にお支払いのないときは、通知人の意向により、貴殿に対し支払督促の申立て等の法的手続をとることと"
                 "なりますので、念のため申し添えます。なお、本件のお問い合わせは当職宛にお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "神奈川県横浜市西区すげおか町九丁目九番九号"),
        ("low", "上符司法書士事務所"),
        ("low", "通知人代理人　司法書士　上符　恭一"),
        ("low", "（簡裁訴訟代理等関係業務認定番号　第" + kanji_digits("823417") + "号）"),
        ("low", "電話　〇四五（〇〇〇）七七二一"),
        ("low", "整理番号　ＵＫ－２５０９１"),
        ("blank", ""),
        ("low", "神奈川県藤沢市しずり台九丁目九番九号"),
        ("low", "香西　遥　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vera(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 94061))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "上符　恭一" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18.6) * size * 0.3528 * 1.05, 6.2, "maru", "上符", angle=-3, seed=94062))
    tr = truth(document_type="collection_notice", sender="上符司法書士事務所", phone="045-000-7721",
               creditor="株式会社にじますクレジット", status="not_applicable", debtor="香西遥", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, reference="UK-25091", input_kind="vertical_pdf",
               template="proxy94_vertical_shihoshoshi_saikoku_relative", received=D(2025, 9, 18))
    return dict(stem="cy06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士 for a card company, 縦書き 内容証明)",
                unusual="digital 縦書き 催告書 (冠省 … 草々) of a 司法書士 acting for a card company, with the 内容証明 stamp and "
                        "a small 認印; positional kanji amounts (金二十八万四千五百円 …) in 一、 items; 平成三十年 contract; the "
                        "deadline ONLY 「本書到達後十日以内」 (payment_due null); the 簡裁訴訟代理等関係業務認定番号 in kanji "
                        "digits (NOT a 法務大臣許可番号 of a servicer) and the 預り金口 account as distractors; phone in kanji "
                        "digits; full-width 整理番号 ＵＫ－２５０９１ in the sender block")


# ---------------------------------------------------------------------------------------------
# cy07 福井簡易裁判所 和解調書 (口頭弁論調書(和解)), scanned image PDF of one page; invented servicer plaintiff.


def cy07():
    issued = D(2026, 5, 20)
    first, monthly, n = 13_800, 13_500, 35
    T = first + monthly * n
    assert T == 486_300
    case = "令和8年(ハ)第204号"
    p = Page(font="serif", size=10.5, top=14)
    p.title("和　解　調　書", size=17, font="serif-bold")
    p.kv([("事件の表示", fw("令和8年（ハ）第204号　譲受債権請求事件")),
          ("期　　日", f"{fera(issued)}午前１０時３０分"),
          ("場所及び公開の有無", "福井簡易裁判所法廷で公開"),
          ("裁　判　官", "蓮田　清隆"), ("裁判所書記官", "茂木谷　紀子"),
          ("出頭した当事者等", "原告許可代理人　杉戸　遥香　　被告　作山　拓海")], x=20, label_w=44, size=10)
    p.gap(2)
    p.line("手続の要領等", size=10.5, font="serif-bold", x=20)
    p.line("当事者間に次のとおり和解成立", size=10.5, x=28)
    p.gap(1)
    p.line("和　解　条　項", size=11.5, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、原告が株式会社まつよいクレジットから譲り受けた貸金債権の残債務として、金{T:,}円の"
              "支払義務があることを認める。",
              "２　被告は、原告に対し、前項の金員を、次のとおり分割して、原告の指定する口座に振り込む方法により支払う。"
              "振込手数料は被告の負担とする。",
              f"（１）令和8年6月30日限り　金{first:,}円",
              f"（２）令和8年7月から令和11年5月まで毎月末日限り　金{monthly:,}円ずつ（{n}回）",
              f"３　被告が前項の分割金の支払を怠り、その額が金{monthly * 2:,}円に達したときは、当然に期限の利益を失い、被告は、"
              "原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から支払済みまで"
              "年14.6パーセントの割合による遅延損害金を支払う。",
              "４　原告はその余の請求を放棄する。",
              "５　原告と被告は、原告と被告との間には、本和解条項に定めるもののほか、何らの債権債務がないことを相互に確認する。",
              "６　訴訟費用は各自の負担とする。"):
        p.para(s, x0=24, x1=190, size=10, indent="")
    p.gap(1)
    p.para("（参考）訴状記載の請求額　金598,442円（元金・利息・遅延損害金の合計）", x0=24, x1=190, size=9.3, indent="")
    p.gap(2)
    p.line("福井簡易裁判所", size=10.5, x=112)
    p.line("裁判所書記官　茂木谷　紀子", size=10.5, x=112)
    p.seal(180, p.y - 6, 13, "square", "福井簡易裁判所書記官印", angle=0, seed=94071)
    p.gap(6)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(2)
    p.line(f"これは正本である。　{fera(D(2026, 5, 25))}　福井簡易裁判所　裁判所書記官　茂木谷　紀子", size=9.3, x=20)
    p.gap(2)
    p.kv([("（当事者目録）原告", "〒910-0000 福井市いそなみ通九丁目9番9号　凪浜債権回収株式会社"),
          ("", "代表者代表取締役　笠嶋　周平"),
          ("　　　　　　　被告", "〒918-0000 福井市さかき野九丁目9番9号　作山　拓海")], x=20, label_w=38, size=8.8)
    p.gap(1)
    p.line("問合せ先　福井簡易裁判所民事係　電話 0776-00-2041", size=9, x=20)
    tr = truth(document_type="settlement_proposal", sender="福井簡易裁判所", phone="0776-00-2041",
               creditor="凪浜債権回収株式会社", status="unverified", original="株式会社まつよいクレジット",
               debtor="作山拓海", total=T, rate=14.6, lump=False, issued=issued, payment_due=D(2026, 6, 30),
               reference=case, input_kind="pdf_scan", template="proxy94_wakai_chosho_fukui_first_instalment",
               received=D(2026, 5, 28))
    return dict(stem="cy07", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 和解調書, invented servicer plaintiff)",
                unusual="a 福井簡裁 和解調書 scanned to a one-page image PDF: the header as a kv block (事件の表示 full-width, "
                        "期日 with time, 裁判官, 書記官, 出頭した当事者等 with a 原告許可代理人); 和解条項 １–６: the "
                        "acknowledged 486,300 (total, no components), a FIRST instalment that differs (13,800 on 6/30) and "
                        "35 × 13,500 to 令和11年5月, the 27,000 default threshold with 年14.6パーセント, 放棄 and 清算 "
                        "clauses; the 訴状 claim 598,442 as a (参考) distractor; the 正本 date 5/25 ≠ 期日 5/20; a small "
                        "当事者目録 with the INVENTED servicer 凪浜債権回収 (→ unverified)")


# ---------------------------------------------------------------------------------------------
# cy08 秋田簡易裁判所 調書判決 (判決 under 民訴254条), phone photo stored sideways (EXIF 6); ★ ACS plaintiff.


def cy08():
    R = 18.0
    issued, sued = D(2026, 8, 6), D(2026, 7, 1)
    lastp, acc, asg = D(2025, 12, 25), D(2026, 2, 14), D(2026, 4, 1)
    P, I = 743_900, 26_418
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ハ)第611号"
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和８年８月６日判決言渡　同日原本領収　裁判所書記官　小倉谷　美幸", size=9.5)
    p.line(fw("令和8年（ハ）第611号") + "　譲受債権請求事件", size=10.5)
    p.line(f"口頭弁論終結日　{fera(issued)}", size=10.5)
    p.gap(4)
    p.title("判　　　　決", size=18, font="serif-bold")
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり")], x=36, label_w=36, size=10.5)
    p.gap(4)
    p.line("主　　　文", size=12, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで"
              "年18パーセントの割合による金員を支払え。",
              "２　訴訟費用は被告の負担とする。",
              "３　この判決は、仮に執行することができる。"):
        p.para(s, x0=24, x1=190, size=10.5, indent="")
    p.gap(2)
    p.line("事実及び理由", size=12, font="serif-bold", align="c")
    p.para("第１　請求", x0=24, x1=190, size=10.5, indent="")
    p.para("　主文同旨", x0=24, x1=190, size=10.5, indent="")
    p.para("第２　理由", x0=24, x1=190, size=10.5, indent="")
    for s in ("１　請求原因の要旨　株式会社わかたけ銀行は、令和2年9月14日、被告との間でカードローン契約（極度額100万円）を"
              f"締結し、被告に金員を貸し付けたが、被告は{era(lastp)}の返済を最後に返済を怠り、{era(acc)}の経過により"
              f"期限の利益を喪失した。同行は{era(asg)}、上記債権を原告に譲渡し、被告にその旨通知した。"
              f"{era(sued)}現在の残元金は{P:,}円、期限の利益喪失日までの利息は{I:,}円、同日の翌日から同年{sued.month}月"
              f"{sued.day}日までの年18パーセントの割合による遅延損害金は{L:,}円である。",
              "２　被告は、本件口頭弁論期日に出頭せず、答弁書その他の準備書面も提出しないから、請求原因事実を自白したものと"
              "みなす。",
              "３　よって、原告の請求を認容し、民事訴訟法２５４条１項１号により、主文のとおり判決する。"):
        p.para(s, x0=28, x1=190, size=10, indent="")
    p.gap(3)
    p.line("秋田簡易裁判所", size=10.5, x=112)
    p.line("　裁判官　金城谷　保", size=10.5, x=112)
    p.gap(4)
    p.line("（当事者目録）", size=10, x=24)
    p.kv([("原　告", "〒104-0000 東京都中央区みさき橋九丁目9番9号　エー・シー・エス債権管理回収株式会社"),
          ("", "同代表者代表取締役　有薗　克己　　同許可代理人　寺園　真帆"),
          ("被　告", "〒010-0000 秋田市ゆきみ野九丁目9番9号　岡留　真澄")], x=24, label_w=18, size=9.3)
    p.gap(4)
    p.line(f"これは正本である。　{fera(D(2026, 8, 6))}", size=9.5, x=110)
    p.line("秋田簡易裁判所　裁判所書記官　小倉谷　美幸", size=9.5, x=110)
    p.seal(194, p.y - 10, 11, "square", "秋田簡易裁判所書記官印", angle=0, seed=94081)
    tr = truth(document_type="other", sender="秋田簡易裁判所", phone=None,
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社わかたけ銀行",
               debtor="岡留真澄", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=asg, reference=case, input_kind="photo_exif_rotated",
               template="proxy94_chosho_hanketsu_akita_rotated", received=D(2026, 8, 10))
    return dict(stem="cy08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.1),
                about="other (簡裁 調書判決, real servicer plaintiff)",
                unusual="phone photo stored sideways (EXIF 6) on a pale desk with creases and a hand shadow at the bottom; an "
                        "秋田簡裁 判決 given the same day as the hearing (民訴254条, 被告欠席): the 言渡 / 原本領収 line, the "
                        "full-width case number and the 口頭弁論終結日 at the top; 主文 「金…及びうち金…」 with 仮執行; the "
                        "three parts ONLY inside the 理由 prose (残元金 / 利息 / 遅延損害金); the plaintiff ★ エー・シー・"
                        "エス債権管理回収 in a 当事者目録 at the foot (no licence: court paper); 極度額100万円 and 令和2年 as "
                        "distractors; NO phone anywhere")


LETTERS = [cy01, cy02, cy03, cy04, cy05, cy06, cy07, cy08]
