"""Proxy set 63, letters bt09–bt16: a guarantee company's 縦書き 代位弁済通知 by fax (bt09), the real servicer's
horizontal 一括請求 of bt05's debt (bt10), a 簡裁 訴え with its 呼出状 (bt11), the 仮執行宣言付支払督促 of bt04's case
(bt12), a card company's 督促状 (bt13), a real servicer's 受託のご通知 by fax (bt14), a scam (bt15) and a bank's
督促状 photographed sideways (bt16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import NAVY, RED, SHADE, WHITE, Box, Line, Page, era, kdate, kman, late, truth, wd
from letters_a import fit1

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(days=1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def sl(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# bt09 guarantee company 代位弁済通知, 縦書き, sent by fax (200×100 dpi).


def bt09():
    R = 14.0
    issued, due = D(2026, 1, 22), D(2026, 2, 5)
    subro, acc, lastp = D(2026, 1, 15), D(2025, 11, 28), D(2025, 9, 1)
    S = 2_164_790
    L = late(S, R, subro + ONE, issued)
    T = S + L
    cols = [
        ("title", "代位弁済のご通知"),
        ("body", f"貴殿が株式会社あすなろ共同銀行から借り受けられた住宅資金（平成二十六年十月一日付）について、貴殿は{kdate(lastp)}"
                 f"のご返済を最後に延滞され、{kdate(acc)}の経過をもって期限の利益を喪失されました。"),
        ("body", f"そのため、当社は保証委託契約に基づき、{kdate(subro)}、同行に対し保証債務を履行（代位弁済）いたしました。"
                 "よって当社は、貴殿に対し左記の求償債権を取得いたしましたので、ご通知申し上げます。"),
        ("indent", "記"),
        ("plain", f"一　代位弁済額（求償元金）　{kman(S)}"),
        ("plain", f"二　損害金　　　　　　　　　{kman(L)}"),
        ("plain", "　　（代位弁済日の翌日から本日まで年一四％）"),
        ("plain", f"三　ご請求額　　　　　　　　{kman(T)}"),
        ("body", f"右ご請求額を{kdate(due)}までにお支払いくださいますようお願い申し上げます。お支払いが困難な場合は、必ず右期日"
                 "までに当社担当までご連絡ください。"),
        ("bottom", "以上"),
        ("low", kdate(issued)),
        ("low", "株式会社すいかずら保証　債権管理部"),
        ("low", "電話　〇四八（〇〇〇）六六〇二"),
        ("low", "ＦＡＸ　〇四八（〇〇〇）六六〇三"),
        ("low", "保証番号　ＳＫ－二〇一四－〇八八"),
        ("blank", ""),
        ("low", "鯵坂　仁　様"),
    ]
    pages = fit1(cols, start=12.5, left_limit=14.0)
    tr = truth(document_type="acceleration_notice", sender="株式会社すいかずら保証", phone="048-000-6602",
               creditor="株式会社すいかずら保証", status="not_applicable", original="株式会社あすなろ共同銀行",
               debtor="鯵坂仁", total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="SK-2014-088",
               input_kind="fax_tiff", template="proxy63_vertical_guarantor_subrogation_fax", received=issued)
    return dict(stem="bt09", ext="tif", kind="fax_tiff", pages=pages, truth=tr,
                fax_header=f"{sl(issued)} 15:02 SUIKAZURA HOSHO 048-000-6603",
                about="acceleration_notice (guarantee company 代位弁済通知, 縦書き, fax)",
                unusual="a 縦書き 代位弁済のご通知 sent as a one-page G3 fax (the vertical strokes squashed to 100 dpi): "
                        "amounts positional with 万 (金二一六万四七九〇円 …), kanji dates for the last payment, the 喪失, "
                        "the 代位弁済 and the due date; 年一四％ with a half-width-looking ％ in a vertical column; TEL and "
                        "FAX both in kanji digits (the FAX also in the fax header); 保証番号 ＳＫ－二〇一四－〇八八 mixing "
                        "full-width Latin and kanji digits (→ SK-2014-088); the 平成二十六年 loan as a distractor")


# ---------------------------------------------------------------------------------------------
# bt10 the real servicer's horizontal 一括請求 to bt05's debtor (pdf_text).


def bt10():
    R = 20.0
    issued, due = D(2025, 10, 24), D(2025, 11, 10)
    asg, acc, lastp = D(2025, 10, 1), D(2025, 6, 20), D(2025, 4, 27)
    P, I = 628_500, 14_377
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(195, 18, f"発行日：{wdate(issued)}", size=9.5, align="r")
    p.at(195, 23, "お客様番号：0628-55103", size=9.5, align="r")
    p.at(20, 24, "〒333-0000", size=10)
    p.at(20, 29.5, "埼玉県川口市屋宜町9-9-9", size=10)
    p.at(24, 38, "瀬谷　葉月　様", size=13.5)
    p.y = 48
    for s, sz, f in (("オリックス債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号 第11号", 8.5, "sans"),
                     ("〒105-0000 東京都港区芝浦9-9-9", 8.5, "sans"), ("お客様相談窓口 03-0000-8860（平日9時～18時）", 8.5, "sans")):
        p.line(s, x=120, size=sz, font=f)
    p.gap(4)
    p.add(Box(20, p.y, 175, 11, color=None, fill=NAVY))
    p.at(107.5, p.y + 7.6, "ご一括返済のお願い", size=14, font="sans-bold", color=WHITE, align="c")
    p.y += 16
    p.para(f"貴殿が株式会社かたくりファイナンスとの間でご契約されたお借入れにつきましては、{wdate(asg)}付で当社が債権を譲り受け、"
           "先般、同社と連名でご通知申し上げたとおりでございます。", size=9.8)
    p.para(f"本債権は{wdate(acc)}の経過により期限の利益が失われており、{wdate(lastp)}以降ご入金が確認できておりません。下記のご請求"
           "金額を、お支払期限までに一括でお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    p.table([["内　訳", "金　額"], ["譲受元金", f"{P:,}円"], ["未収約定利息", f"{I:,}円"],
             [f"遅延損害金（確定分・年{R:g}％）", f"{L:,}円"], ["ご請求残高合計", f"{T:,}円"]],
            [95, 60], x=30, header=True, size=10, row_h=8.5, aligns="lr")
    p.line(f"※遅延損害金は、譲受元金に対し{wdate(acc + ONE)}から発行日までを日割計算したものです。", x=30, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 155, 14, 0.8, RED))
    p.at(36, y + 9, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(70, y + 9.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 19
    p.line("お振込先", size=10, font="sans-bold")
    p.para("あすなろ共同銀行　芝浦支店　普通預金　7712604　オリックスサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※お振込みの際は、ご依頼人名の前にお客様番号（0628-55103）をご入力ください。", size=8.8, indent="")
    p.gap(3)
    p.line("ご参考（原契約の内容）", size=10, font="sans-bold")
    p.kv([("原債権者", "株式会社かたくりファイナンス"), ("ご契約日", "2019年2月8日"), ("ご契約額", "800,000円"),
          ("最終ご入金日", wdate(lastp))], x=30, label_w=34, size=9.3)
    p.gap(3)
    p.para("ご一括でのお支払いが困難な場合は、お支払期限までに必ず上記窓口へご連絡ください。お支払方法についてご相談を承ります。"
           "本状と行き違いでお支払いいただいた場合は、ご容赦ください。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-8860", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かたくりファイナンス", debtor="瀬谷葉月", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="0628-55103", input_kind="pdf_text",
               template="proxy63_servicer_lump_demand_navy_band", received=D(2025, 10, 27))
    return dict(stem="bt10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 一括請求, same debt as bt05)",
                unusual="the horizontal 一括請求 of bt05's debt: ★ オリックス債権回収 with 「法務大臣許可番号 第11号」, a navy "
                        "title band, western 年月日 dates, a 2-column table with the labels 譲受元金 / 未収約定利息 / "
                        "遅延損害金（確定分・年20％） / ご請求残高合計, a red-framed お支払期限 with weekday; ご参考 block "
                        "with ご契約額 800,000 and 2019年2月8日 as distractors")


# ---------------------------------------------------------------------------------------------
# bt11 簡裁 (ハ) 口頭弁論期日呼出状 + 訴状 summary, 2 pages digital.


def bt11():
    R = 18.0
    issued, hearing, answer = D(2026, 2, 9), D(2026, 3, 11), D(2026, 3, 4)
    filed, acc, lastp = D(2026, 1, 26), D(2025, 8, 27), D(2025, 6, 27)
    P, I = 512_330, 16_702
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, "令和８年（ハ）第３０５号　貸金請求事件", size=10.5, align="r")
    p.y = 32
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.kv([("原　告", "株式会社ほおずきカード"), ("被　告", "波照間　健吾")], x=30, label_w=24)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に"
           "出頭してください。", size=10.5)
    p.para("また、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(2)
    p.line("記", align="c")
    p.table([["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"], ["出頭場所", "那覇簡易裁判所　第２号法廷（２階）"],
             ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [40, 110], x=30, size=10.5, row_h=10, aligns="ll")
    p.gap(4)
    p.para("※出頭の際は、この呼出状と認め印をお持ちください。答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして"
           "判決がされることがあります。", size=9.5, indent="")
    p.gap(6)
    p.line(f"{fw(era(issued))}", x=110)
    p.line("那覇簡易裁判所民事係", x=110)
    p.line("裁判所書記官　豊見城　朋子", x=110)
    p.line("電話　098-000-4415（直通）", x=110, size=9.5)
    p2 = Page(font="serif", size=10.5, top=18)
    p2.title("訴　　状", size=16)
    p2.line(f"{fw(era(filed))}", x=130)
    p2.line("那覇簡易裁判所　御中", x=20)
    p2.gap(2)
    p2.kv([("原告", "株式会社ほおずきカード　代表者代表取締役　読谷　尚人"), ("", "東京都新宿区西新宿9-9-9　電話 03-0000-5521"),
           ("被告", "波照間　健吾　沖縄県那覇市久高町9-9-9")], x=20, label_w=16, size=10)
    p2.gap(3)
    p2.line("第１　請求の趣旨", font="serif-bold")
    p2.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + ONE))}から支払済みまで年{R:g}％の割合による"
            "金員を支払え。", size=10)
    p2.para("２　訴訟費用は被告の負担とする。", size=10)
    p2.para("との判決並びに仮執行の宣言を求める。", size=10, indent="")
    p2.gap(2)
    p2.line("第２　請求の原因", font="serif-bold")
    p2.para(f"１　原告は、被告との間で令和２年４月１日、カード利用契約を締結し、被告に金銭を貸し付けた。被告は{fw(era(lastp))}の支払を"
            f"最後に支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。", size=10)
    p2.para("２　よって、原告は、被告に対し、下記金員の支払を求める。", size=10)
    p2.table([["貸付残元金", f"{P:,}円"], ["利息（期限の利益喪失日まで）", f"{I:,}円"],
              [f"遅延損害金（喪失日の翌日から訴え提起日まで年{R:g}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
             [120, 45], x=22, size=9.8, row_h=8.5, aligns="lr")
    p2.gap(3)
    p2.line("附属書類　１ 訴状副本　１通　２ 資格証明書　１通　３ 甲第１号証（契約書）", size=9)
    tr = truth(document_type="lawsuit", sender="那覇簡易裁判所", phone="098-000-4415", creditor="株式会社ほおずきカード",
               status="not_applicable", debtor="波照間健吾", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ハ)第305号", input_kind="pdf_text_2page",
               template="proxy63_summary_court_summons_and_complaint", received=D(2026, 2, 12))
    return dict(stem="bt11", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, card company plaintiff)",
                unusual="horizontal court papers in serif: p.1 the 呼出状 with full-width era dates in a 3-row table "
                        "(期日 / 出頭場所 / 答弁書提出期限), p.2 the 訴状 dated 2 weeks earlier with 請求の趣旨 「金…及びうち金…」 "
                        "and a 4-row 請求の原因 table (貸付残元金 / 利息 / 遅延損害金 with its window / 合計); the plaintiff's "
                        "03 number on p.2 as a distractor; 令和２年 contract")


# ---------------------------------------------------------------------------------------------
# bt12 仮執行宣言付支払督促 of bt04's case, horizontal, 2 scanned pages.


def bt12():
    R = 14.6
    issued, po, served, applied = D(2026, 1, 14), D(2025, 12, 10), D(2025, 12, 13), D(2026, 1, 6)
    asg, acc = D(2025, 7, 31), D(2025, 4, 27)
    P, I = 384_200, 21_816
    Lf = late(P, R, acc + ONE, asg)
    C1, C2 = 3_512, 1_204
    T = P + I + Lf + C1 + C2
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, "令和７年（ロ）第４１２号", size=10.5, align="r")
    p.y = 34
    p.title("仮執行宣言付支払督促", size=16)
    p.para(f"債権者の申立てにより、{fw(era(po))}付支払督促（{fw(era(served))}債務者に送達）に、次のとおり仮執行の宣言をする。",
           size=10.5)
    p.para(f"別紙請求の趣旨記載の金額に、仮執行宣言の手続費用金{fw(f'{C2:,}')}円を加えた金額について、仮執行をすることができる。",
           size=10.5)
    p.gap(6)
    p.line(fw(era(issued)), x=120)
    p.line("浜松簡易裁判所", x=120)
    p.line("裁判所書記官　久高　瑞穂", x=120)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 46, 0.4, None, SHADE))
    p.at(25, y + 7, "この書面を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に不服があるときは、受け取った日から２週間以内に、この裁判所に",
                           "　　督促異議を申し立てることができます。",
                           "２　申立てをしないと、この支払督促は確定判決と同じ効力を持ち、強制執行を受けることがあります。",
                           "３　問い合わせ先　浜松簡易裁判所民事係　電話　053-000-2148"]):
        p.at(25, y + 15 + i * 7, s, size=9.5)
    p2 = Page(font="serif", size=10.5, top=18)
    p2.title("当事者目録", size=13)
    p2.kv([("債権者", "パルティール債権回収株式会社"), ("", "代表者代表取締役　渡慶次　了"),
           ("", "（送達場所）東京都千代田区　電話 03-0000-1130"), ("債務者", "東江　悠真"),
           ("", "静岡県浜松市中央区内間町9-9-9")], x=24, label_w=22, size=10)
    p2.gap(4)
    p2.title("請求の趣旨", size=13)
    p2.table([["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　確定利息", f"{I:,}"], ["３　確定遅延損害金", f"{Lf:,}"],
              ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
             [105, 50], x=28, header=True, size=10.3, row_h=8.4, aligns="lr")
    p2.gap(2)
    p2.para(f"６　上記１の金額に対する{fw(era(asg + ONE))}から完済まで年１４．６％の割合による遅延損害金", size=10, indent="")
    p2.gap(6)
    p2.line(f"仮執行宣言申立日　{fw(era(applied))}", x=24, size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="浜松簡易裁判所", phone="053-000-2148",
               creditor="パルティール債権回収株式会社", status="licensed", debtor="東江悠真", total=T, principal=P,
               interest=I, late_damages=Lf, costs=C1 + C2, rate=R, lump=True, issued=issued, assignment=None,
               reference="令和7年(ロ)第412号", input_kind="pdf_scan",
               template="proxy63_enforceable_order_horizontal_two_cost_rows", received=D(2026, 1, 17))
    return dict(stem="bt12", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as bt04, horizontal, 2 scanned pages)",
                unusual="the 仮執行宣言付支払督促 of bt04's case, horizontal this time, as a 2-page image PDF: the 支払督促 "
                        "date and its 送達 in one sentence, the 仮執行 cost in prose; a shaded 「この書面を受け取った方へ」 "
                        "box with the court's phone; p.2 当事者目録 (★ パルティール, 送達場所 phone as distractor) and a "
                        "「金額（円）」 table with TWO cost rows above 合計; running item ６; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bt13 card company 督促状 (arrears of two months), scanned PNG.


def bt13():
    issued, due = D(2025, 12, 3), D(2025, 12, 17)
    lastp = D(2025, 9, 26)
    rows = [(wdate(d), a, b, late(a + b, 14.6, d + ONE, issued))
            for d, a, b in ((D(2025, 10, 27), 18_400, 2_915), (D(2025, 11, 27), 18_600, 2_715))]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(20, 12, 60, 12, color=None, fill=(0.85, 0.35, 0.10)))
    p.at(50, 20.3, "HOZUKI CARD", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(195, 17, f"{sl(issued)} 発行", size=9, align="r")
    p.at(195, 22, "会員番号 ****-****-****-6042", size=9, align="r")
    p.at(195, 27, "ご連絡番号 HZ25-88104", size=9, align="r")
    p.at(20, 34, "〒900-0000 沖縄県那覇市天願通り9-9-9", size=10)
    p.at(24, 43, "上運天　美咲　様", size=13.5)
    p.y = 54
    p.title("ご入金のお願い（督促状）", size=15)
    p.para("いつもほおずきカードをご利用いただきありがとうございます。下記のご請求につきまして、期日を過ぎてもご入金の確認が"
           f"とれておりません（最終ご入金日 {sl(lastp)}）。下記お支払期限までに、ご入金くださいますようお願いいたします。", size=9.6)
    p.gap(2)
    head = ["お支払日", "元金", "手数料", "遅延損害金", "小計"]
    body = [[d, f"{a:,}", f"{b:,}", f"{c:,}", f"{a + b + c:,}"] for d, a, b, c in rows]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [38, 33, 33, 33, 38], x=22, header=True, size=9.5, row_h=8, aligns="crrrr")
    p.line("（単位：円）遅延損害金は年14.6％の日割計算です。", x=22, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 175, 16, 0.9))
    p.at(28, y + 10, "ご入金額", size=10.5, font="sans-bold")
    p.at(92, y + 10.5, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.at(104, y + 10, "お支払期限", size=10.5, font="sans-bold")
    p.at(190, y + 10.5, f"{sl(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = y + 21
    p.para("ご入金方法：ご登録口座からの再振替はいたしません。同封の払込票（コンビニ・ゆうちょ）または下記口座へお振込みください。"
           "あすなろ共同銀行 那覇支店 普通 5520604 カ）ホオズキカード", size=9, indent="")
    p.para("ご入金が確認できない場合、カードのご利用停止を継続するとともに、期限の利益を喪失し、ご利用残高 403,118円 の一括でのお支払いを"
           "ご請求させていただくことがあります。", size=9, indent="")
    p.gap(2)
    p.line("株式会社ほおずきカード　債権管理センター", x=105, size=10, font="sans-bold")
    p.line("東京都新宿区西新宿9-9-9", x=105, size=8.5)
    p.line("TEL 0120-000-552（9:30～17:30 土日祝休）", x=105, size=8.5)
    tr = truth(document_type="collection_notice", sender="株式会社ほおずきカード", phone="0120-000-552",
               creditor="株式会社ほおずきカード", status="not_applicable", debtor="上運天美咲", total=T, principal=P,
               interest=I, late_damages=L, rate=14.6, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="HZ25-88104", input_kind="scan_png", template="proxy63_card_arrears_two_months_slash",
               received=D(2025, 12, 5))
    return dict(stem="bt13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (card company 督促状, two months in arrears)",
                unusual="a card company's 督促状, scanned: orange Latin logo 「HOZUKI CARD」, slash dates (2025/12/03 発行), a "
                        "masked 会員番号 and the ご連絡番号 HZ25-88104 top-right; a 5-column table per missed month "
                        "(元金 / 手数料 / 遅延損害金 / 小計, 単位：円) with a 合計 row; ご入金額 and お支払期限 side by side in "
                        "one frame; the whole ご利用残高 403,118円 only as a threat (lump false)")


# ---------------------------------------------------------------------------------------------
# bt14 real servicer's 受託のご通知 (collection entrusted, not sold), fax.


def bt14():
    issued, due = D(2026, 2, 2), D(2026, 2, 16)
    acc, lastp = D(2025, 12, 5), D(2025, 10, 31)
    P, I, L = 274_600, 5_938, 4_102
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(18, 12, 176, 20, 0.4))
    p.at(22, 19, "FAX送信のご案内", size=12, font="sans-bold")
    p.at(22, 26.5, f"送信日：{wdate(issued)}　　送信枚数：1枚　　送信元FAX：03-0000-1016", size=9)
    p.at(190, 19, "松前　陽太　様", size=11, align="r")
    p.y = 38
    p.title("債権回収業務受託のご通知", size=15)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。", size=9.8, indent="")
    p.para("このたび当社は、株式会社つるばら信販（以下「委託元」といいます。）から、貴殿に対する下記債権の管理回収業務を受託"
           "いたしました。今後のお支払い、ご相談は当社にて承ります。なお、債権者は引き続き委託元です。", size=9.8)
    p.gap(1)
    p.kv([("ご契約", "つるばら信販 フリーローン（ご契約番号 TB-0581-2277）"), ("期限の利益喪失日", wdate(acc)),
          ("最終ご入金日", wdate(lastp)), ("管理番号", "AL-26-00319")], x=24, label_w=36, sep="：", size=9.6)
    p.gap(2)
    p.table([["残元金", "利息", "遅延損害金", "ご請求合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 40, 40, 46], x=24, header=True, size=10, row_h=9, aligns="rrrr")
    p.line(f"（{wdate(issued)}現在　遅延損害金は年14.6％）", x=24, size=8.5)
    p.gap(3)
    p.para(f"つきましては、上記ご請求合計を{wdate(due)}（{wd(due)}）までに一括してお支払いいただくか、同日までに当社へご連絡"
           "ください。", size=9.8)
    p.gap(2)
    p.line("敬具", align="r")
    p.gap(3)
    for s, sz, f in (("アルファ債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第101号", 9, "sans"),
                     ("東京都中央区八丁堀9-9-9", 8.5, "sans"), ("TEL 03-0000-1015　FAX 03-0000-1016", 9.5, "sans"),
                     ("（委託元）株式会社つるばら信販", 8.5, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(185, p.y - 20, 13, "square", "アルファ債権回収之印", angle=2, seed=63141)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1015", creditor="株式会社つるばら信販", status="licensed",
               original="株式会社つるばら信販", debtor="松前陽太", total=T, principal=P, interest=I, late_damages=L,
               rate=14.6, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="AL-26-00319", input_kind="fax_tiff", template="proxy63_servicer_entrusted_notice_fax",
               received=issued)
    return dict(stem="bt14", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{sl(issued)} 10:18 ALPHA SAIKEN 03-0000-1016",
                about="assignment_notice (受託通知: real servicer entrusted, creditor unchanged, fax)",
                unusual="one-page fax with a framed FAX送信のご案内 strip and the addressee on its right; ★ アルファ債権回収 "
                        "「法務大臣許可番号　第101号」 announces it was ENTRUSTED (受託), the 委託元 stays the creditor; "
                        "label：value lines with the ご契約番号 TB-0581-2277 (distractor) and 管理番号 AL-26-00319; a "
                        "4-column one-row table; it asks for payment by a date as well (lump true)")


# ---------------------------------------------------------------------------------------------
# bt15 scam: 「民事債権調整局」 final notice, photographed (HEIC).


def bt15():
    issued, due = D(2026, 1, 27), D(2026, 1, 29)
    p = Page(font="sans", size=10.5, top=16)
    p.at(105, 24, "民事訴訟最終告知書", size=19, font="sans-bold", align="c", color=RED)
    p.at(195, 32, f"通達日　{era(issued)}", size=9.5, align="r")
    p.at(195, 37, "受付番号　ミ－０４８８", size=9.5, align="r")
    p.at(20, 44, "三十尾　哲也　殿", size=13)
    p.y = 52
    p.para("この度、貴方の利用された契約会社（有料動画サイト等）から、未納料金について民事訴訟の申立てがなされましたので通知いたし"
           "ます。当局は法務省の認可を受けた債権回収機関として、本件の取下げに関する最終調整を行っております。", size=10.3)
    p.para(f"本通知到達後、{due.month}月{due.day}日（{wd(due)}）午後5時までにご連絡なき場合は、原告側の主張を認めたものとみなし、"
           "給与・動産・不動産の差押えを執行官立会いのもと強制執行いたします。", size=10.3)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 22, 1.0, RED))
    p.at(30, y + 8, "未納料金及び訴訟取下げ費用", size=11, font="sans-bold")
    p.at(180, y + 16.5, "合計　金298,000円", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 28
    p.para("※裁判取下げ後の返金保証制度あり。ご家族・職場への通知を避けたい方は、至急ご本人様よりご連絡ください。", size=9.5,
           indent="")
    p.para("※弁護士・消費生活センター等へのご相談は、手続が遅延し費用が増額となりますのでお控えください。", size=9.5, indent="")
    p.gap(6)
    for s, sz, f in (("一般社団法人　民事債権調整局", 12, "sans-bold"), ("法務大臣許可番号　第312号", 9.5, "sans"),
                     ("東京都千代田区霞が関（法曹会館内）", 9, "sans"), ("お問合せ専用　03-0000-3129", 11, "sans-bold"),
                     ("受付時間　9:00～20:00（土日も受付）", 9, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.add(Box(24, p.y - 30, 42, 24, 0.8, RED))
    p.at(45, p.y - 20, "重要", size=18, font="sans-bold", align="c", color=RED)
    p.at(45, p.y - 11, "本人限定開封", size=9, align="c", color=RED)
    tr = truth(document_type="other", sender="一般社団法人民事債権調整局", license_number=312, phone="03-0000-3129",
               creditor=None, status="not_licensed", debtor="三十尾哲也", total=298_000, lump=False, issued=issued,
               payment_due=due, reference="ミ-0488", is_scam=True, input_kind="photo_heic",
               template="proxy63_scam_civil_claims_bureau_final_notice", received=None)
    return dict(stem="bt15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", creases=2, keystone=0.05, tilt=3.0, glare=38.0, blur=1.0),
                about="other (scam 民事訴訟最終告知書)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: the classic fake 「民事訴訟最終告知書」 in "
                        "red, a 一般社団法人 calling itself 「法務省の認可を受けた債権回収機関」 with a FAKE 「法務大臣許可番号 "
                        "第312号」 (not a servicer name → not_licensed); 受付番号 in katakana ミ－０４８８; a two-day deadline "
                        "「1月29日（木）午後5時」 without a year; 合計 金298,000円 with no components; 「弁護士…へのご相談は"
                        "お控えください」; address 霞が関 without a number; no creditor named")


# ---------------------------------------------------------------------------------------------
# bt16 bank 督促状 for a car loan, photographed sideways (EXIF 6).


def bt16():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    lastp = D(2025, 12, 10)
    P, I = 41_270, 3_318
    L = late(P + I, R, D(2026, 1, 11), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, "あすなろ共同銀行", size=16, font="sans-bold", color=(0.10, 0.35, 0.30))
    p.at(20, 25.5, "株式会社あすなろ共同銀行　浦添支店　ローン係", size=8.5)
    p.at(195, 18, era(issued), size=9.5, align="r")
    p.at(195, 23, "取引番号 7804-26-0155", size=9.5, align="r")
    p.at(20, 36, "〒901-0000 沖縄県浦添市渡慶次原9-9-9", size=10)
    p.at(24, 44, "屋宜　朝陽　様", size=13)
    p.y = 54
    p.title("マイカーローンご返済遅延のお知らせ", size=14.5)
    p.para(f"マイカーローンの{era(D(2026, 1, 10))}ご返済分につきまして、ご返済用口座の残高不足により引落しができておりません"
           f"（前回ご返済 {era(lastp)}）。下記金額を{era(due)}（{wd(due)}）までに、ご返済用口座へご入金ください。", size=9.8)
    p.gap(2)
    p.kv([("延滞元金", f"{P:,}円"), ("延滞利息", f"{I:,}円"), ("遅延損害金（年14％）", f"{L:,}円"), ("ご入金額合計", f"{T:,}円")],
         x=40, label_w=55, size=11)
    p.add(Line(40, p.y - 6.2, 150, p.y - 6.2, 0.4))
    p.gap(3)
    p.para("ご返済口座　あすなろ共同銀行 浦添支店 普通預金 0155026（毎月10日引落し）。ご融資額 1,800,000円、毎月のご返済額 44,588円。",
           size=9, indent="")
    p.para("延滞が続きますと、期限の利益を喪失し、残元金全額の一括返済をお願いすることになります。ご不明な点はローン係へお問い合わせ"
           "ください。　TEL 098-000-7260", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社あすなろ共同銀行", phone="098-000-7260",
               creditor="株式会社あすなろ共同銀行", status="not_applicable", debtor="屋宜朝陽", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="7804-26-0155", input_kind="photo_exif_rotated",
               template="proxy63_bank_car_loan_arrears_rotated", received=D(2026, 2, 9))
    return dict(stem="bt16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", creases=2, keystone=0.04, tilt=1.5, shadow=0.3, shadow_side="right"),
                about="collection_notice (bank マイカーローン 督促, one instalment)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases and a hand shadow: a "
                        "bank's one-instalment 督促 with era dates in half-width digits, amounts as label … value lines "
                        "(延滞元金 / 延滞利息 / 遅延損害金（年14％） / ご入金額合計); the 取引番号 7804-26-0155 top-right; the "
                        "previous payment 令和7年12月10日 (→ last payment); ご融資額 1,800,000 and 毎月のご返済額 44,588 as "
                        "distractors; arrears only (lump false)")


LETTERS = [bt09, bt10, bt11, bt12, bt13, bt14, bt15, bt16]
