"""Proxy set 81, letters cl09–cl10 (two scans), cl11–cl13 (three image PDFs), cl14 (縦書き scan) and cl15–cl16 (two
digital PDFs): a 支払督促 to a shop owner scanned with the shop's 受付印 in the margin; a servicer's 和解 proposal marked
with a highlighter; a 仮執行宣言付支払督促 unfolded from its envelope; a 簡裁 (ハ) 呼出状 + 訴状; a law office's 催告書 with
its 回答書; a bank's 縦書き 期限の利益喪失通知; a scam PDF sent by e-mail; a 信販会社's 一括請求 PDF from its member site."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import NAVY, RED, SHADE, WHITE, Box, Line, Page, grid, kdate, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jdate(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def fj(d: D) -> str:
    return fw(jdate(d))


def en(n: int) -> str:
    return f"{n:,}円"


def kin(n: int) -> str:
    return f"金{n:,}円"


# ---------------------------------------------------------------------------------------------
# cl09 支払督促 (簡裁, real servicer creditor) to a shop owner, scanned with the SHOP's red 受付印 in the top margin.


def cl09():
    R = 14.6
    issued, filed, got = D(2026, 4, 14), D(2026, 4, 6), D(2026, 4, 17)
    acc, lastp, assign = D(2025, 9, 26), D(2025, 6, 26), D(2025, 12, 19)
    P, I, C = 562_300, 18_410, 4_328
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    p = Page(font="serif", size=10, top=22)
    p.at(22, 26, "令和８年（ロ）第１１８号　譲受債権請求督促事件", size=10, font="serif")
    p.y = 32
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=30,
         font="serif")
    p.gap(1)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", font="serif")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", font="serif")
    p.line(f"　　{fj(issued)}", font="serif")
    p.line("　　網走簡易裁判所　　裁判所書記官　　植　村　　亮　介", font="serif")
    p.seal(172, p.y - 5, 13, "square", "網走簡易裁判所書記官印", angle=0, seed=81091)
    p.gap(1)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(2)
    p.line("当事者目録", x=22, font="serif-bold")
    p.kv([("債権者", "〒100-0000　東京都千代田区丸の内和泉町九丁目９番９号"),
          ("", "日本債権回収株式会社　　代表者代表取締役　寺西　浩之"),
          ("", "（送達場所・連絡先）電話 03-0000-4186　ＦＡＸ 03-0000-4187"),
          ("債務者", "〒093-0000　北海道網走市宗谷通九丁目９番地"), ("", "高倉　誠（屋号　高倉釣具店）")],
         x=26, label_w=18, size=9.5, font="serif")
    p.gap(1)
    p.line("請求の趣旨", x=22, font="serif-bold")
    for i, (lab, val) in enumerate((("１　元金", kin(P)), ("２　利息（確定分）", kin(I)),
                                    (f"３　遅延損害金（{fj(acc + timedelta(1))}から{fj(filed)}まで　年１４．６％）", kin(L)),
                                    ("４　督促手続費用", kin(C)), ("　　合　　計", kin(T)))):
        if i == 4:
            p.add(Line(30, p.y + 0.3, 186, p.y + 0.3, 0.4))
            p.gap(1)
        b = p.line(lab, x=28, size=9.8, font="serif-bold" if i == 4 else "serif")
        p.at(186, b, val, size=9.8, align="r", font="serif-bold" if i == 4 else "serif")
    p.para(f"５　上記１の金額に対する{fj(filed + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金", x0=28,
           size=9.5, font="serif", indent="")
    p.line("請求の原因", x=22, font="serif-bold")
    p.para(f"１　株式会社尾張プラスカード（以下「原債権者」）は、債務者との間で平成３０年５月２２日、カード会員契約を締結し、"
           f"債務者に対し立替払及び金銭の貸付けを行った。債務者は{fj(lastp)}の支払を最後に支払を怠り、{fj(acc)}の経過により"
           "期限の利益を喪失した。", x0=24, size=9.3, font="serif", indent="")
    p.para(f"２　原債権者は、{fj(assign)}、上記債権を債権者に譲渡し、同月２２日到達の書面で債務者に通知した。", x0=24,
           size=9.3, font="serif", indent="")
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 166, 14, 0.4))
    p.para("（注意）督促異議の申立ては、この裁判所に書面で行ってください。問い合わせ先　網走簡易裁判所　民事係　"
           "電話 0152-00-4418", x0=25, x1=185, size=9, font="serif", indent="")
    tr = truth(document_type="payment_order", sender="網走簡易裁判所", phone="0152-00-4418", creditor="日本債権回収株式会社",
               status="licensed", original="株式会社尾張プラスカード", debtor="高倉誠", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="令和8年(ロ)第118号", input_kind="scan_png",
               template="proxy81_payment_order_shop_uketsuke_stamp_scan", received=got)
    stamp = {"x": 180, "y": 17.5, "top": "高倉釣具店", "date": f"{got.year - 2018}. {got.month}.{got.day}", "bottom": "受付",
             "angle": -9}
    return dict(stem="cl09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, fx={"stamp": stamp, "skew": 0.7},
                about="payment_order (簡裁, real servicer creditor, a shop's 受付印 in the margin)",
                unusual="a whole 支払督促 of a court not used before (網走簡裁) on ONE scanned page, addressed to a shop owner "
                        "(「高倉　誠（屋号　高倉釣具店）」); the shop's round red 受付印 pressed in the TOP-RIGHT margin "
                        "(高倉釣具店 / 8. 4.17 / 受付: the day it arrived → received); the full-width case number top-LEFT; "
                        "creditor real servicer ★ 日本債権回収株式会社 (no licence number printed: court paper; the registry "
                        "has no number for it either); 請求の趣旨 as leader-less lines １–４ and a 合計 with the running item ５; "
                        "the creditor's 送達場所 phone/FAX and the 平成３０年 contract as distractors; the note box with the "
                        "court's 民事係 phone")


# ---------------------------------------------------------------------------------------------
# cl10 real servicer 和解 proposal, scanned after the reader marked the total and the deadline with a highlighter.


def cl10():
    R = 18.0
    issued, due = D(2026, 2, 24), D(2026, 3, 13)
    acc, lastp, assign = D(2025, 6, 26), D(2025, 4, 28), D(2025, 9, 30)
    P, I = 421_800, 9_655
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    S = P + I
    n, inst = 30, 14_385
    last_inst = S - inst * (n - 1)
    assert 0 < last_inst <= inst and inst * (n - 1) + last_inst == S, last_inst
    marks = []
    p = Page(font="sans", size=10, top=16)
    p.add(Box(20, 14, 170, 10, color=None, fill=NAVY))
    p.at(24, 21, "NITTELE", size=13, font="sans-bold", color=WHITE)
    p.at(186, 21, "ニッテレ債権回収株式会社", size=11, font="sans-bold", align="r", color=WHITE)
    p.at(22, 34, "〒920-0000　石川県金沢市越中町九丁目9番9号", size=9.5)
    p.at(26, 41, "永井　由紀子　様", size=13)
    p.at(190, 32, f"作成日　{jdate(issued)}", size=9.5, align="r")
    p.at(190, 37.5, "管理番号　NT-3305-7712", size=9.5, align="r")
    p.y = 50
    p.title("分割によるご返済（和解）のご案内", size=15)
    p.para(f"貴殿が株式会社備前クレジットサービスとの間で締結された契約に基づく債権は、{jdate(assign)}に当社が譲り受けており"
           "ます。先日お電話でご相談いただいた件につき、当社は下記の条件による分割でのご返済に応じる用意がございます。")
    p.gap(1)
    p.line(f"■ 現在のご債務（{jdate(issued)}現在）", x=20, size=10.5, font="sans-bold")
    y0 = p.y
    p.table([["元金", en(P)], ["利息", en(I)], ["遅延損害金（年18.0％）", en(L)], ["ご債務合計", en(T)]], [70, 50], x=30,
            shade_col0=True, size=10, row_h=8)
    marks.append((30, y0 + 24.6, 120, 7.0))
    p.line(f"（最終ご入金日　{jdate(lastp)}／期限の利益喪失日　{jdate(acc)}）", x=30, size=9)
    p.gap(2)
    p.line("■ ご提案する和解条件", x=20, size=10.5, font="sans-bold")
    p.kv([("和解金額", f"{S:,}円（元金と利息の合計。遅延損害金はお支払いいただければ免除します）"),
          ("お支払回数", f"{n}回"), ("毎月のお支払額", f"第1回～第{n - 1}回 {inst:,}円、第{n}回 {last_inst:,}円"),
          ("お支払日", "2026年4月から毎月27日（金融機関休業日の場合は翌営業日）"),
          ("期限の利益喪失", f"お支払いを2回以上怠り、その額が{inst * 2:,}円に達したとき")], x=30, label_w=34, size=9.6)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 12, 1.0))
    p.at(30, y + 8, f"ご回答期限　{jdate(due)}（{wd(due)}）必着", size=12, font="sans-bold")
    marks.append((28, y + 2.2, 100, 7.6))
    p.y = y + 17
    p.para("ご了承いただける場合は、同封の「和解申込書」に署名・押印のうえ、返信用封筒でご返送ください。期限までにご返送の"
           "ない場合、本ご案内は効力を失い、ご債務合計額を一括でご請求させていただきます。", size=9.3, indent="")
    p.gap(7)
    for i, s in enumerate(("ニッテレ債権回収株式会社　北陸管理センター", "法務大臣許可番号　第７号",
                           "〒920-0000 石川県金沢市加賀町9-9-9", "TEL 076-000-7071（平日9:30～17:30）", "担当　江口")):
        p.at(100, p.y + i * 5, s, size=10 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="settlement_proposal", sender="ニッテレ債権回収株式会社", license_number=7, phone="076-000-7071",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社備前クレジットサービス",
               debtor="永井由紀子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="NT-3305-7712",
               input_kind="scan_png", template="proxy81_servicer_settlement_highlighter_scan", received=issued + timedelta(2))
    return dict(stem="cl10", ext="png", kind="scan_png", pages=[p.spec], truth=tr, fx={"highlight": marks, "skew": 0.9},
                about="settlement_proposal (real servicer, instalments, marked with a highlighter)",
                unusual="scanned at 200 dpi after the reader ran a YELLOW HIGHLIGHTER over the ご債務合計 row and the ご回答期限; "
                        "real servicer ★ ニッテレ債権回収株式会社 on a navy band with the Latin 「NITTELE」 and 「法務大臣許可番号"
                        "　第７号」 (full-width) only in the sender lines at the bottom; a 2-column shaded-label table 元金 / 利息 "
                        "/ 遅延損害金（年18.0％） / ご債務合計; 最終ご入金日 and 喪失日 in a bracket line under it; the plan (30 "
                        "instalments, 14,385 / 14,290, the 28,770 threshold, 毎月27日) as distractors; framed ご回答期限 …必着")


# ---------------------------------------------------------------------------------------------
# cl11 仮執行宣言付支払督促 (簡裁, consumer lender), 2-page image PDF of a sheet unfolded from its envelope.


def cl11():
    R = 20.0
    order, served, issued, filed = D(2026, 2, 2), D(2026, 2, 5), D(2026, 3, 4), D(2026, 1, 26)
    acc, lastp = D(2025, 10, 15), D(2025, 8, 15)
    P, I, C1, C2 = 384_000, 6_912, 3_292, 1_130
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=22)
    p.at(190, 26, "令和8年(ロ)第36号", size=10.5, align="r", font="serif")
    p.y = 34
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債権者", "別紙当事者目録記載のとおり"), ("債務者", "別紙当事者目録記載のとおり")], x=30, label_w=24, font="serif")
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", font="serif")
    p.gap(2)
    p.line("仮執行の宣言", x=22, font="serif-bold")
    p.para(f"上記支払督促は、{jdate(order)}に発付され、{jdate(served)}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", font="serif")
    p.para("この支払督促に仮執行の宣言をする。", font="serif")
    p.gap(1)
    p.table([["費目", "金額"], ["支払督促の手続費用", kin(C1)], ["仮執行宣言の手続費用", kin(C2)]], [80, 44], x=40, header=True,
            size=10, row_h=8, font="serif")
    p.gap(4)
    p.line(f"　　{jdate(issued)}", font="serif")
    p.line("　　阿南簡易裁判所　　裁判所書記官　　森　川　　正　彦", font="serif")
    p.seal(176, p.y - 5, 13, "square", "阿南簡易裁判所書記官印", angle=1, seed=81111)
    p.gap(6)
    p.line("これは正本である。", x=30, font="serif")
    p.line("　　同日同庁　裁判所書記官　森　川　　正　彦", x=30, font="serif")
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 34, 0.4, fill=(0.95, 0.95, 0.95)))
    p.y = y + 3
    p.para("（この書面を受け取った方へ）", x0=26, x1=184, font="serif-bold", indent="", size=9.8)
    p.para("１　この書面の送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをすることができます。", x0=26, x1=184,
           font="serif", indent="", size=9.5)
    p.para("２　督促異議の申立てをしても、強制執行は当然には止まりません。", x0=26, x1=184, font="serif", indent="", size=9.5)
    p.para("３　問い合わせ先　阿南簡易裁判所　民事担当　電話 0884-00-2231", x0=26, x1=184, font="serif", indent="", size=9.5)
    # page 2
    q = Page(font="serif", size=10, top=22)
    q.line("当　事　者　目　録", align="c", size=12, font="serif-bold")
    q.gap(2)
    q.kv([("債権者", "〒540-0000　大阪府大阪市中央区和泉町九丁目９番９号"), ("", "陽だまりファイナンス株式会社"),
          ("", "代表者代表取締役　平松　義人"), ("", "（送達場所）同所　電話 06-0000-3374"),
          ("債務者", "〒774-0000　徳島県阿南市羽前町九丁目９番地９"), ("", "菅沼　亮")], x=24, label_w=20, font="serif")
    q.gap(3)
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    q.gap(1)
    q.table([["項目", "金額"], ["１　元金", kin(P)], ["２　利息（確定）", kin(I)],
             [f"３　遅延損害金（{jdate(acc + timedelta(1))}～{jdate(filed)}・年20％）", kin(L)],
             ["４　督促手続費用", kin(C1)], ["５　仮執行宣言手続費用", kin(C2)], ["合計", kin(T)]], [120, 46], x=22, header=True,
            size=9.8, row_h=7.6, font="serif")
    q.gap(1)
    q.para(f"６　上記１の金額に対する{jdate(filed + timedelta(1))}から完済まで年20％の割合による遅延損害金", x0=22,
           font="serif", indent="", size=9.5)
    q.gap(2)
    q.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    q.para("１　債権者は、債務者に対し、令和6年4月8日、金500,000円を、利息年17.8％、遅延損害金年20％、毎月15日限り分割"
           "返済の約定で貸し付けた。", x0=22, font="serif", indent="", size=9.5)
    q.para(f"２　債務者は、{jdate(lastp)}までの分を支払ったのみで、その後の支払を怠ったため、{jdate(acc)}の経過により期限の利益"
           "を喪失した。", x0=22, font="serif", indent="", size=9.5)
    q.para(f"３　支払督促申立日　{jdate(filed)}", x0=22, font="serif", indent="", size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="阿南簡易裁判所", phone="0884-00-2231",
               creditor="陽だまりファイナンス株式会社", status="not_applicable", debtor="菅沼亮", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               reference="令和8年(ロ)第36号", input_kind="pdf_scan",
               template="proxy81_enforceable_payment_order_folded_scan", received=issued + timedelta(2))
    return dict(stem="cl11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, fx={"folds": 2, "skew": 0.8},
                about="payment_order_enforceable (簡裁, consumer lender, 2-page image PDF, creased)",
                unusual="2-page image-only PDF of sheets unfolded from a 特別送達 envelope (two crease lines with shading on "
                        "each page); a court not used before (阿南簡裁), half-width case number top-right; the 仮執行の宣言 "
                        "with the order date 2/2 and its 送達 2/5 in one sentence and a 2-row 費目/金額 cost table; a grey "
                        "「この書面を受け取った方へ」 box with the court's phone; p.2 当事者目録 (the lender's 送達場所 phone as a "
                        "distractor) and 請求の趣旨 as a 項目/金額 grid with BOTH cost rows (→ costs = sum) and 合計, the running "
                        "item ６; the 500,000 loan, 17.8％ and the 申立日 in the 原因")


# ---------------------------------------------------------------------------------------------
# cl12 簡裁 (ハ) 口頭弁論期日呼出状 + 訴状 (real servicer plaintiff), 2-page image PDF, the second sheet fed askew.


def cl12():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 5, 19), D(2026, 6, 23), D(2026, 6, 16), D(2026, 5, 7)
    acc, lastp, assign = D(2025, 11, 28), D(2025, 9, 29), D(2026, 2, 27)
    P, I = 1_036_200, 24_880
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=20)
    p.at(22, 24, "事件番号　令和8年(ハ)第204号　譲受債権請求事件", size=10.5)
    p.at(22, 30, "原　告　エム・ユー・フロンティア債権回収株式会社", size=10.5)
    p.at(22, 36, "被　告　福永　浩二", size=10.5)
    p.y = 44
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("福永　浩二　殿", x=24, size=12)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出せず、期日に出頭も"
           "しないときは、原告の主張を認めたものとして、原告の言い分どおりの判決がされることがあります。")
    p.gap(3)
    y = p.y
    for lab, val in (("期　日", f"{jdate(hearing)}（{wd(hearing)}）　午前10時30分"),
                     ("場　所", "別府簡易裁判所　第1号法廷（1階）"),
                     ("答弁書提出期限", f"{jdate(answer)}（{wd(answer)}）")):
        p.add(Box(26, y, 42, 11, 0.4, fill=SHADE))
        p.add(Box(68, y, 118, 11, 0.4))
        p.at(47, y + 7.4, lab, size=10.5, align="c")
        p.at(72, y + 7.6, val, size=11.5, font="sans-bold")
        y += 11
    p.y = y + 8
    p.line(f"　　{jdate(issued)}", size=10.5)
    p.line("　　別府簡易裁判所　民事係", size=10.5)
    p.line("　　裁判所書記官　　川　添　　真　理", size=10.5)
    p.line("　　電話 0977-00-3316（直通）　ＦＡＸ 0977-00-3319", size=10.5)
    p.gap(6)
    p.para("※出頭の際は、この呼出状と印鑑をお持ちください。※この事件について問い合わせるときは、事件番号をお知らせ"
           "ください。", size=9, indent="")
    # page 2: 訴状
    q = Page(font="serif", size=9.8, top=18)
    q.line("訴　　　状", align="c", size=15, font="serif-bold")
    q.line(jdate(filed), align="r", font="serif")
    q.line("別府簡易裁判所　御中", font="serif")
    q.gap(1)
    q.kv([("原告", "東京都千代田区大手町十勝通九丁目９番９号"), ("", "エム・ユー・フロンティア債権回収株式会社"),
          ("", "代表者代表取締役　赤坂　隆"), ("", "（担当　樫山　電話 03-0000-5230）"),
          ("被告", "大分県別府市飛騨町九丁目９番９号"), ("", "福永　浩二")], x=22, label_w=16, size=9.5, font="serif")
    q.line("譲受債権請求事件　　訴訟物の価額　金1,036,200円　　貼用印紙額　金11,000円", x=22, size=9.5, font="serif")
    q.gap(1)
    q.line("第１　請求の趣旨", x=22, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{kin(T)}及びうち{kin(P)}に対する{jdate(filed + timedelta(1))}から支払済みまで年14.6％の割合"
           "による金員を支払え。", x0=26, font="serif", indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行宣言を求める。", x0=26, font="serif", indent="")
    q.line("第２　請求の原因", x=22, font="serif-bold")
    q.para("１　株式会社大隅フィナンシャル（以下「訴外会社」）は、被告に対し、令和4年10月3日、金1,500,000円を、利息年14.5％、"
           "遅延損害金年14.6％、毎月27日限り元利均等分割返済の約定で貸し付けた。", x0=26, font="serif", indent="")
    q.para(f"２　被告は、{jdate(lastp)}の支払を最後に支払をせず、{jdate(acc)}の経過により期限の利益を喪失した。", x0=26,
           font="serif", indent="")
    q.para(f"３　訴外会社は、{jdate(assign)}、原告に対し本件債権を譲渡し、同年3月4日到達の内容証明郵便で被告にその旨を"
           "通知した。", x0=26, font="serif", indent="")
    q.para("４　よって、原告は被告に対し、下記の合計額及び残元金に対する約定遅延損害金の支払を求める。", x0=26, font="serif",
           indent="")
    q.table([["残元金", "未払利息", f"確定遅延損害金（{jdate(filed)}まで）", "合計"], [en(P), en(I), en(L), en(T)]],
            [34, 30, 64, 36], x=26, header=True, size=9.2, row_h=7.5, font="serif", aligns="rrrr")
    q.gap(2)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約書　甲第2号証 取引履歴　甲第3号証 債権譲渡通知書", x=22, size=9, font="serif")
    tr = truth(document_type="lawsuit", sender="別府簡易裁判所", phone="0977-00-3316",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed", original="株式会社大隅フィナンシャル",
               debtor="福永浩二", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference="令和8年(ハ)第204号",
               input_kind="pdf_scan", template="proxy81_summary_court_summons_complaint_scan", received=issued + timedelta(3))
    return dict(stem="cl12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                fx={"per_page": [{"skew": 0.5}, {"crooked": 1.9}]},
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, real servicer plaintiff, 2-page image PDF)",
                unusual="2-page image-only PDF: p.1 the 呼出状 of a court not used before (別府簡裁) with the case grid as three "
                        "plain lines top-left and a shaded-label box 期日 / 場所 / 答弁書提出期限 with weekdays; p.2 the 訴状 fed "
                        "ASKEW (1.9°, smaller than the bed): plaintiff real servicer ★ エム・ユー・フロンティア債権回収株式会社 "
                        "(no licence number printed; the registry has none either), 請求の趣旨 「金…及びうち金…」, a "
                        "4-column 残元金 / 未払利息 / 確定遅延損害金 / 合計 table; 訴状 date 5/7 ≠ 呼出状 5/19; 訴訟物の価額 and "
                        "貼用印紙額 11,000 (not costs), the 1,500,000 loan, 14.5％, the plaintiff's 担当 phone and the court FAX "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# cl13 law office 催告書 for a consumer lender + 回答書, 2-page image PDF scanned grey.


def cl13():
    R = 20.0
    issued, due = D(2026, 5, 26), D(2026, 6, 5)
    acc, lastp = D(2026, 2, 3), D(2025, 11, 28)
    P, I = 735_000, 21_300
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, jdate(issued), size=10, align="r", font="serif")
    p.at(190, 27.5, "当事務所事件番号　NG-2605-118", size=9.5, align="r", font="serif")
    p.at(22, 34, "〒750-0000　山口県下関市長門町九丁目9番9号", size=9.5, font="serif")
    p.at(26, 41, "西尾　健太　殿", size=13, font="serif")
    for i, s in enumerate(("〒750-0000 山口県下関市石見通9-9-9", "長門総合法律事務所", "株式会社かしわぎファイナンス代理人",
                           "弁護士　廣田　俊哉", "TEL 083-000-6612　FAX 083-000-6613")):
        p.at(190, 46 + i * 5.3, s, size=11 if i == 1 else 9.3, align="r", font="serif-bold" if i == 1 else "serif")
    p.seal(186, 76, 11, "square", "弁護士廣田俊哉", angle=-3, seed=81131)
    p.y = 80
    p.title("催　告　書", size=17, font="serif-bold")
    p.para("冠省　当職は、株式会社かしわぎファイナンス（以下「通知人」といいます。）から委任を受け、貴殿に対する貸金債権の"
           "回収について、本書をもって通知いたします。", font="serif")
    p.para(f"通知人は、貴殿に対し、令和5年2月14日付金銭消費貸借契約に基づき貸付けを行いましたが、貴殿は{jdate(lastp)}の"
           f"ご返済を最後にお支払いを怠り、{jdate(acc)}の経過をもって期限の利益を喪失しております。", font="serif")
    p.para(f"つきましては、下記金員を{jdate(due)}（{wd(due)}）限り、下記口座宛てにお支払いください。上記期限までにお支払い"
           "又はご連絡のない場合は、通知人の指示により、直ちに法的手続きをとる所存ですので、ご承知おきください。", font="serif")
    p.para("なお、本件については当職が一切の窓口となりますので、今後は通知人ではなく当職宛てにご連絡ください。　草々",
           font="serif")
    p.gap(1)
    p.line("記", align="c", font="serif")
    x0, x1 = 36, 170
    for i, (lab, val) in enumerate((("１　貸付残元金", kin(P)), ("２　約定利息（期限の利益喪失日まで）", kin(I)),
                                    (f"３　遅延損害金（{jdate(acc + timedelta(1))}から本書作成日まで年20％）", kin(L)),
                                    ("　　以上合計", kin(T)))):
        if i == 3:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.4))
            p.gap(1)
        b = p.line(lab, x=x0, font="serif-bold" if i == 3 else "serif", size=10)
        p.at(x1, b, val, align="r", font="serif-bold" if i == 3 else "serif", size=10)
    p.gap(2)
    p.line("振込先　関門銀行　下関駅前支店　普通預金　1183204", x=36, font="serif", size=9.8)
    p.line("口座名義　弁護士廣田俊哉預り金口（ベンゴシヒロタトシヤアズカリキングチ）", x=36, font="serif", size=9.8)
    p.gap(2)
    p.line("以上", align="r", font="serif")
    q = Page(font="serif", size=10.5, top=22)
    q.line("回　答　書", align="c", size=16, font="serif-bold")
    q.gap(2)
    q.line("長門総合法律事務所　弁護士　廣田　俊哉　先生（ＦＡＸ 083-000-6613）", x=22, font="serif")
    q.line("（事件番号　NG-2605-118）", x=22, font="serif", size=9.5)
    q.gap(4)
    q.para("私は、株式会社かしわぎファイナンスに対する債務について、次のとおり回答します。（該当する□にレ印を付けてください）",
           font="serif")
    q.gap(2)
    for s in ("□　期限までに一括で支払います。", "□　分割での支払いを希望します。　月額（　　　　　　）円　毎月（　　）日払い",
              "□　債務の内容について確認したいことがあります。", "□　弁護士・司法書士に依頼しました。（事務所名　　　　　　　　　　）"):
        q.line(s, x=28, font="serif")
        q.gap(3)
    q.gap(6)
    q.line("令和　　年　　月　　日", x=110, font="serif")
    q.gap(4)
    q.line("住所", x=40, font="serif")
    q.add(Line(55, q.y - 1, 186, q.y - 1, 0.3))
    q.gap(4)
    q.line("氏名　　　　　　　　　　　　　　　　　　　　　印", x=40, font="serif")
    q.add(Line(55, q.y - 1, 186, q.y - 1, 0.3))
    q.gap(4)
    q.line("電話番号", x=40, font="serif")
    q.add(Line(62, q.y - 1, 186, q.y - 1, 0.3))
    tr = truth(document_type="collection_notice", sender="長門総合法律事務所", phone="083-000-6612",
               creditor="株式会社かしわぎファイナンス", status="not_applicable", debtor="西尾健太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NG-2605-118", input_kind="pdf_scan",
               template="proxy81_law_office_demand_reply_form_scan", received=issued + timedelta(2))
    return dict(stem="cl13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                fx={"per_page": [{"skew": 1.2, "noise": 4.0}, {"skew": 0.9, "noise": 4.0}]},
                about="collection_notice (law office for a consumer lender, 催告書 + 回答書, 2-page image PDF)",
                unusual="2-page image-only PDF scanned with more sensor noise and a 1.2° skew; a law office's serif 催告書 "
                        "(冠省 … 草々) with the client called 「通知人」 and the office block top-right (「株式会社かしわぎ"
                        "ファイナンス代理人　弁護士」) with a square seal; 当事務所事件番号 under the date; 記 as numbered lines "
                        "１–３ with 「　　以上合計」, the window and 年20％ inside the damage label; the due date inside the prose "
                        "「…（金）限り」; a 預り金口 account; p.2 a blank 回答書 with tick boxes, the office FAX and a blank "
                        "令和　年　月　日")


# ---------------------------------------------------------------------------------------------
# cl14 bank 縦書き 期限の利益喪失通知書 (内容証明), scanned.


def cl14():
    R = 14.0
    issued, due, warn, acc, lastp = D(2026, 1, 30), D(2026, 2, 13), D(2026, 1, 9), D(2026, 1, 23), D(2025, 10, 27)
    P, I = 2_146_318, 18_774
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kk = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("plain", "（整理番号　ＩＭ－２６０１３０）"),
        ("body", "貴殿は、当行との間の令和四年三月十一日付金銭消費貸借契約証書（教育ローン）に基づく毎月の約定返済を、"
                 f"{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当行は、{kdate(warn)}付催告書をもって延滞金の支払を催告いたしましたが、期限である{kdate(acc)}"
                 "までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は同契約証書第十条第一項第二号に基づき、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "その旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}までに一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{kk(P)}"),
        ("indent", f"二　未収利息　　　{kk(I)}"),
        ("indent", f"三　遅延損害金　　{kk(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　　{kk(T)}"),
        ("body", "期限までにお支払いのない場合は、連帯保証人に対し保証債務の履行を請求するとともに、法的手続をとらせていただきます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "島根県浜田市和泉通九丁目九番九号"),
        ("low", "株式会社石見銀行　融資管理部"),
        ("low", "部長　船越　直人"),
        ("blank", ""),
        ("low", f"電話　{kanji_digits('0855')}（〇〇）{kanji_digits('2147')}"),
        ("blank", ""),
        ("low", "島根県益田市後志町九丁目九番九号"),
        ("low", "花岡　恭子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 81141))
    xs = [it for it in pg.items if isinstance(it, VText) and "船越" in it.s]
    pg.items.append(Seal(xs[0].x, xs[0].y + len(xs[0].s) * size * 0.3528 * 1.05 + 4, 9, "square", "石見銀行融資管理部長印",
                         angle=-3, seed=81142))
    tr = truth(document_type="acceleration_notice", sender="株式会社石見銀行", phone="0855-00-2147",
               creditor="株式会社石見銀行", status="not_applicable", debtor="花岡恭子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="IM-260130", input_kind="vertical_scan", template="proxy81_vertical_bank_acceleration_scan",
               received=issued + timedelta(3))
    return dict(stem="cl14", ext="png", kind="vertical_scan", pages=pages, truth=tr, fx={"skew": 0.7},
                about="acceleration_notice (bank, 縦書き 内容証明, scanned)",
                unusual="縦書き 期限の利益喪失通知書 of a regional bank, scanned at 200 dpi, with the 内容証明 stamp; the "
                        "整理番号 in a full-width bracket column right under the title (ＩＭ－２６０１３０); positional kanji "
                        "amounts (金二百十四万六千三百十八円 …); the 催告書 date 令和八年一月九日 and its deadline 一月二十三日 "
                        "(= acceleration 「の経過をもって」); 契約証書第十条第一項第二号 (numbers that are not amounts); the "
                        "令和四年 contract; phone in kanji digits with a 2-digit exchange")


# ---------------------------------------------------------------------------------------------
# cl15 scam: a 「最終通知書」 PDF attached to an e-mail, in the name of a fake servicer-like 「センター」.


def cl15():
    issued, due = D(2026, 6, 1), D(2026, 6, 4)
    P, L, C = 129_800, 38_200, 30_000
    T = P + L + C
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(20, 14, 170, 3, color=None, fill=RED))
    p.at(105, 30, "民事訴訟移行に関する最終通知書", size=18, font="sans-bold", align="c")
    p.at(190, 40, f"通知日　{wdate(issued)}", size=10, align="r")
    p.at(190, 46, "管理番号　NM-88-4127", size=10, align="r")
    p.at(22, 46, "矢島　拓也　様", size=13)
    p.y = 56
    p.para("この度、貴殿がご契約中の大手通信事業者（以下「契約会社」）より、未納となっている利用料金について、当センターが"
           "債権の回収業務を一任されましたので、ご通知いたします。")
    p.para("契約会社からの再三の請求にもかかわらずお支払いが確認できないため、本通知をもって最終通告とし、期限までにお支払い"
           "又はご連絡のない場合は、民事訴訟へ移行し、給与・預貯金・不動産等の差押えを執行させていただきます。")
    p.gap(2)
    p.table([["未納利用料金", en(P)], ["延滞損害金", en(L)], ["訴訟手続費用（立替）", en(C)], ["ご請求金額合計", en(T)]],
            [90, 50], x=35, shade_col0=True, size=11, row_h=9)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 12, 1.2, RED))
    p.at(105, y + 8.3, f"お支払期限　{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="c",
         color=RED)
    p.y = y + 17
    p.para("※裁判取下げ、お支払い方法のご相談は、必ず期限までに下記お客様相談窓口へお電話ください。", size=10, indent="")
    p.para("※ご本人様からのご連絡がない場合、ご家族様・お勤め先へ確認のご連絡をさせていただく場合がございます。", size=10,
           indent="")
    p.para("※弁護士・司法書士等の第三者を介したご相談には応じかねます。", size=10, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(70, y, 120, 36, 0.4))
    for i, (s, sz, f) in enumerate((("株式会社日本未払債権管理センター", 12, "sans-bold"),
                                    ("法務省認可　債権回収機関", 9, "sans"), ("法務大臣許可番号第309号", 9, "sans"),
                                    ("東京都千代田区霞が関九丁目（中央合同ビル）", 9, "sans"),
                                    ("お客様相談窓口　03-0000-8817（年中無休 9:00～20:00）", 9.5, "sans-bold"))):
        p.at(74, y + 7 + i * 6.6, s, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社日本未払債権管理センター", license_number=309, phone="03-0000-8817",
               status="not_licensed", debtor="矢島拓也", total=T, principal=P, late_damages=L, costs=C, issued=issued,
               payment_due=due, reference="NM-88-4127", is_scam=True, input_kind="pdf_text",
               template="proxy81_scam_email_pdf_lawsuit_notice", received=None)
    return dict(stem="cl15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (scam, a 「最終通知書」 PDF attached to an e-mail)",
                unusual="a digital PDF from an e-mail: 「民事訴訟移行に関する最終通知書」 under a red rule; the creditor only "
                        "「大手通信事業者（契約会社）」 (null); a shaded-label table 未納利用料金 / 延滞損害金 / 訴訟手続費用（立替）"
                        " / ご請求金額合計 (a scam's own breakdown, so principal / late / costs are stated); a red-framed "
                        "month-day deadline 「6月4日（木）午後3時まで」; 「法務省認可　債権回収機関」 and a FAKE 「法務大臣許可番号"
                        "第309号」 (→ not_licensed); 霞が関 without a number; 「弁護士・司法書士等の第三者を介したご相談には"
                        "応じかねます」; threats to call family and employer")


# ---------------------------------------------------------------------------------------------
# cl16 信販会社 一括請求 after 喪失, a PDF downloaded from the member site.


def cl16():
    R = 14.6
    issued, due, acc, lastp = D(2026, 4, 2), D(2026, 4, 16), D(2026, 3, 10), D(2025, 11, 27)
    P, I = 558_900, 24_172
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 22, color=None, fill=TEAL))
    p.at(20, 14.5, "IZUMI LIFE CREDIT", size=15, font="sans-bold", color=WHITE)
    p.at(190, 14, "会員専用サイト　お知らせ（PDF）", size=9, align="r", color=WHITE)
    p.at(22, 32, "高梨　美和　様", size=13)
    p.at(190, 30, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.y = 40
    p.title("ご請求書（期限の利益喪失に伴う一括のご請求）", size=14)
    p.para(f"ショッピング分割払いのお支払いについて、{wdate(lastp)}のお引落しを最後にお支払いがなく、当社からのご請求にも"
           f"かかわらずお支払いがありませんでしたので、会員規約第21条に基づき、{wdate(acc)}をもって期限の利益を喪失されました。"
           "つきましては、下記のとおりご請求残高の全額をお支払いください。")
    p.gap(2)
    y = grid(p, 20, p.y, [30, 55, 30, 55], [["お客様番号", "IZ-5538-0412", "ご契約日", "2024年7月19日"],
                                           ["ご契約種別", "ショッピング分割（24回）", "商品名", "家庭用蓄電システム"],
                                           ["最終お引落日", wdate(lastp), "期限の利益喪失日", wdate(acc)]], h=8, size=9)
    p.y = y + 5
    p.line("ご請求の内訳", x=20, size=11, font="sans-bold", color=TEAL)
    p.table([["項目", "金額"], ["立替金残高", en(P)], ["分割払手数料（未払分）", en(I)],
             [f"遅延損害金（{acc.month}/{acc.day + 1}～{issued.month}/{issued.day}、年14.6％）", en(L)],
             ["ご請求残高合計", en(T)]], [110, 60], x=20, header=True, size=10, row_h=8.5, ruled="rows")
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 14, color=None, fill=(0.88, 0.95, 0.95)))
    p.at(26, y + 9, "お支払期限", size=11, font="sans-bold", color=TEAL)
    p.at(62, y + 9.3, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 19
    p.para("お支払方法：下記口座へお振込みください（振込手数料はお客様のご負担となります）。", size=9.5, indent="")
    p.para("　伊具信用金庫　本店　普通預金　4082713　カ）イズミライフクレジット", size=9.5, indent="")
    p.para("※期限までにお支払いのない場合、債権回収会社への委託または法的手続きに移行する場合があります。", size=9, indent="")
    p.para("※ご契約時の分割支払金合計 712,800円（月々 29,700円）は参考表示です。", size=9, indent="")
    p.gap(9)
    for i, s in enumerate(("株式会社和泉ライフクレジット　債権管理センター", "〒980-0000 宮城県仙台市青葉区伊具町9-9-9",
                           "お問い合わせ　0120-000-318（平日 9:00～18:00）", "貸金業登録番号　東北財務局長(3)第00418号")):
        p.at(20, p.y + i * 5, s, size=10 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender="株式会社和泉ライフクレジット", phone="0120-000-318",
               creditor="株式会社和泉ライフクレジット", status="not_applicable", debtor="高梨美和", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IZ-5538-0412", input_kind="pdf_text",
               template="proxy81_shinpan_lump_sum_member_site_pdf", received=issued)
    return dict(stem="cl16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信販会社 一括請求 after 喪失, member-site PDF)",
                unusual="a digital PDF downloaded from the member site: a teal band with the Latin brand 「IZUMI LIFE CREDIT」 "
                        "and no address window; a shaded-label grid (お客様番号 / ご契約日 2024年 / 商品名 / 最終お引落日 / 期限の"
                        "利益喪失日); a rows-ruled table with the labels 立替金残高 / 分割払手数料（未払分） / 遅延損害金 with a "
                        "slash window 3/11～4/2 / ご請求残高合計; the phone a 0120 number in the footer; the 貸金業登録番号 "
                        "and the contract's 712,800 / 29,700 as distractors")


LETTERS = [cl09, cl10, cl11, cl12, cl13, cl14, cl15, cl16]
