"""Proxy set 64, letters bu09–bu16: "faxes, third round". A bank's 縦書き 期限の利益喪失通知 faxed and the printout scanned
(bu09); a 簡裁 支払督促 scanned (bu10); an invented servicer's 受託のお知らせ received on a fax and scanned (bu11); a
仮執行宣言付支払督促 as a 2-page image PDF (bu12); a 簡裁 (ハ) 呼出状 and 訴状 the debtor faxed from a shop's machine, scanned
(bu13); photos of fax printouts: a card company's 督促状 (bu14) and a consumer-loan company's 取引履歴 cover (bu15); a
law office's 督促 saved by its PC-FAX software as a text PDF (bu16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Line, Page, era, kdate, late, truth, vcheck, vsafe, wd
from letters_a import addressee, hA, hB, hC, rx, wdate, y

from samples.letters.fmt import fullwidth as fw
from samples.letters.fmt import kanji_digits
from samples.letters.layout import Seal, vertical_page
from samples.letters.proxydraw import kman, seal_after

# ---------------------------------------------------------------------------------------------
# bu09 bank 縦書き 期限の利益喪失通知, faxed (header C), the printout scanned


def bu09():
    issued, due = D(2026, 2, 4), D(2026, 2, 20)
    acc, lastp = D(2026, 1, 30), D(2025, 10, 31)
    R = 14.0
    P, I = 3_842_100, 18_930
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    fx = D(2026, 2, 5)
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿が当行との間で平成二十九年七月十日に締結した金銭消費貸借契約（住宅ローン）につき、貴殿は"
                 + kdate(lastp) + "を最後にご返済をされず、当行の" + kdate(D(2025, 12, 26)) + "付催告書による期限までに"
                 "延滞金の支払いもありませんでした。"),
        ("body", "よって、貴殿は約定により" + kdate(acc) + "をもって期限の利益を喪失しましたので、その旨通知いたします。"),
        ("body", "つきましては、本書作成日現在の左記債務全額を、" + kdate(due) + "（" + wd(due) + "）までに一括してお支払い"
                 "ください。"),
        ("plain", "記"),
        ("indent", "一　残元金　　　　" + kman(P)),
        ("indent", "一　未払利息　　　" + kman(I)),
        ("indent", "一　遅延損害金　　" + kman(L)),
        ("indent", "　　（年一四・〇パーセント、" + kdate(acc + timedelta(1)) + "から本書作成日まで）"),
        ("indent", "一　合計　　　　　" + kman(T)),
        ("blank", ""),
        ("indent", "融資番号　" + kanji_digits("5520-0387")),
        ("bottom", kdate(issued)),
        ("plain", "沖縄県那覇市おもろ坂九丁目九番九号"),
        ("plain", "株式会社さくらたで銀行　融資管理部"),
        ("plain", "電話　〇九八（〇〇〇）三三〇五"),
        ("plain", "比屋根　暁子　殿"),
    ]
    cols = vsafe(cols, size=13)
    pages = vertical_page(cols, size=13)
    vcheck(pages)
    assert len(pages) == 1
    bank = next(it for it in pages[0].items if "さくらたで銀行" in getattr(it, "s", ""))
    pages[0].items.append(Seal(bank.x, seal_after(bank, 20) + 6, 18, "square", "さくらたで銀行之印", angle=3, seed=9))
    tr = truth(document_type="acceleration_notice", sender="株式会社さくらたで銀行", phone="098-000-3305",
               creditor="株式会社さくらたで銀行", status="not_applicable", debtor="比屋根暁子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="5520-0387", input_kind="vertical_scan",
               template="proxy64_vertical_bank_acceleration_faxed_scan", received=fx)
    return dict(stem="bu09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.6,
                fax=[dict(head=hC(fx, "14:26", "0980003306", "ｻｸﾗﾀﾃﾞｷﾞﾝｺｳ ﾕｳｼ", 1), thr=145.0)],
                about="acceleration_notice (bank, 縦書き, faxed and the printout scanned)",
                unusual="a 縦書き 期限の利益喪失通知書 sent by FAX (standard, so every column is squashed to half height "
                        "and thresholded), printed on the debtor's machine and scanned: the NEC-style header runs "
                        "horizontally across the top of a vertical letter; amounts in kanji digits with 万 "
                        "(金三八四万二一〇〇円); the 催告書 date 十二月二十六日 and the 平成二十九年 contract date are not "
                        "fields; 融資番号 in kanji digits (→ reference 5520-0387); the bank's square seal turns black; "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bu10 簡裁 支払督促 (real servicer creditor), plain scan


def bu10():
    issued = D(2026, 1, 28)
    P, I, L, C = 486_200, 12_480, 61_955, 3_946
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=20)
    p.at(190, 24, "令和８年（ロ）第４１号", size=10.5, align="r", font="serif")
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債権者", "エー・シー・エス債権管理回収株式会社"), ("", "東京都千代田区とまり町九丁目9番9号"),
          ("債務者", "伊舎堂　晃平"), ("", "沖縄県名護市阿檀通九丁目9番9号")], x=24, label_w=22, size=10.5, font="serif")
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨", font="serif-bold")
    p.table([["１", "元金（譲受債権）", y(P)], ["２", "利息（確定分）", y(I)], ["３", "遅延損害金（確定分）", y(L)],
             ["４", "督促手続費用", y(C)], ["", "合計", y(T)]], [10, 90, 50], x=28, size=10.5, row_h=8, font="serif",
            aligns="clr", ruled="rows")
    p.para("５　上記１の金額に対する令和８年１月１６日から完済まで年１４．６％の割合による遅延損害金", x0=28, size=10,
           indent="")
    p.gap(2)
    p.line("請求の原因", font="serif-bold")
    p.para("債権者は、株式会社ヴェルテクスが債務者に貸し付けた上記１の貸金債権を令和６年１１月２９日に譲り受けた。"
           "債務者は令和７年３月４日に期限の利益を喪失した。", size=10)
    p.gap(4)
    p.at(190, p.y, f"{era(issued, fwid=True)}", size=10.5, align="r", font="serif")
    p.at(190, p.y + 6, "名護簡易裁判所", size=11, align="r", font="serif-bold")
    p.at(190, p.y + 12, "裁判所書記官　仲程　結衣子", size=10.5, align="r", font="serif")
    p.at(190, p.y + 18, "電話　0980-00-4412", size=10, align="r", font="serif")
    p.y += 26
    p.add(Box(20, p.y, 170, 20, 0.3, GRAY, SHADE))
    p.y += 3
    p.para("督促異議の申立ては、この支払督促を発した裁判所にしてください。分からないことがあれば、上記電話番号に"
           "お問い合わせください。", x0=24, x1=186, size=9.5, indent="")
    tr = truth(document_type="payment_order", sender="名護簡易裁判所", phone="0980-00-4412",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社ヴェルテクス",
               debtor="伊舎堂晃平", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=14.6,
               issued=issued, acceleration=D(2025, 3, 4), assignment=D(2024, 11, 29), reference="令和8年(ロ)第41号",
               input_kind="scan_png", template="proxy64_summary_court_payment_order_scan",
               received=issued + timedelta(3))
    return dict(stem="bu10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, scanned)",
                unusual="a whole 支払督促 of 名護簡裁 on one scanned page (the one non-fax court paper of the set): parties "
                        "as kv lines; 請求の趣旨 as a rows-ruled numbered table (元金（譲受債権） / 利息（確定分） / 遅延損害金"
                        "（確定分） / 督促手続費用 / 合計) and the running item ５ with 14.6％ below it; creditor ★ "
                        "エー・シー・エス債権管理回収 (no licence number: court paper); the 譲受 and 喪失 dates in the "
                        "請求の原因; the order date in full-width era at the foot")


# ---------------------------------------------------------------------------------------------
# bu11 invented servicer 受託のお知らせ, faxed (header B + receiving footer), printout scanned


def bu11():
    issued, due = D(2026, 2, 18), D(2026, 3, 6)
    acc, lastp = D(2025, 11, 4), D(2025, 8, 18)
    P, I, L = 183_560, 2_114, 24_906
    T = P + I + L
    fx = D(2026, 2, 19)
    p = Page(font="sans", size=10.5, top=26)
    p.at(190, 32, f"{wdate(issued)}", size=10, align="r")
    p.at(190, 38, "受託番号：NK-0088-2417", size=10, align="r")
    addressee(p, 20, 36, "903-0000", "沖縄県那覇市おもろ坂九丁目9番9号", "渡久地　実桜　様")
    p.y = 62
    p.title("債権回収業務受託のお知らせ", size=15.5)
    p.para("貴殿が株式会社エルミナとご契約のカードローンにつき、当社は同社より債権の管理及び回収業務の委託を受けました。"
           "本日以降のご連絡・お支払いは当社宛てにお願いいたします（債権者は引き続き株式会社エルミナです）。", size=10.5)
    p.gap(2)
    p.table([["受託債権の内容", ""], ["元金", y(P)], ["利息", y(I)], ["遅延損害金", y(L)], ["合計（ご請求額）", y(T)]],
            [100, 60], x=25, size=10.5, row_h=8.2, header=True, aligns="lr", line_w=0.4)
    p.gap(3)
    p.kv([("ご入金期限", f"{wdate(due)}（{wd(due)}）"), ("期限の利益喪失日", wdate(acc)),
          ("最終ご入金日", wdate(lastp))], x=27, label_w=42, size=10.5)
    p.gap(2)
    p.para("上記合計額を期限までに一括でお支払いください。分割のご相談は下記までお電話ください。", size=10.5)
    p.gap(5)
    p.at(190, p.y, "ノクトリア債権回収株式会社", size=12, font="sans-bold", align="r")
    p.at(190, p.y + 6, "法務大臣許可番号第246号", size=10, align="r")
    p.at(190, p.y + 11.5, "TEL 03-0000-9150（受付 平日9時～18時）", size=10, align="r")
    tr = truth(document_type="assignment_notice", sender="ノクトリア債権回収株式会社", license_number=246,
               phone="03-0000-9150", creditor="株式会社エルミナ", status="unverified", debtor="渡久地実桜", total=T,
               principal=P, interest=I, late_damages=L, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NK-0088-2417", input_kind="scan_png",
               template="proxy64_invented_servicer_entrustment_fax_printout_scan", received=fx)
    return dict(stem="bu11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                fax=[dict(head=hB(fx, "09:12", "03 0000 9151", "NOCTORIA SAIKEN", 1), foot=rx(fx, "09:13", 88, 1))],
                about="assignment_notice (受託のお知らせ, invented servicer, fax printout scanned)",
                unusual="a standard fax PRINTOUT (grey thermal-style print) scanned to PNG: the sender's Brother-style "
                        "header at the top and the receiving machine's 「受信日時 … 受信No.0088」 footer at the foot; "
                        "INVENTED servicer 「ノクトリア債権回収株式会社」 with 「法務大臣許可番号第246号」 (→ unverified) only "
                        "at the bottom; the creditor stays the consumer-loan company (受託, not 譲渡); a header-shaded "
                        "table 受託債権の内容 / 元金 / 利息 / 遅延損害金 / 合計（ご請求額）; no rate printed")


# ---------------------------------------------------------------------------------------------
# bu12 仮執行宣言付支払督促, 2-page image PDF


def bu12():
    order, served, issued = D(2026, 1, 9), D(2026, 1, 14), D(2026, 2, 12)
    P, L, C1, C2 = 274_300, 38_715, 3_312, 1_190
    T = P + L + C1 + C2
    p = Page(font="serif", size=10.8, top=22)
    p.at(190, 26, "令和８年（ロ）第１０３号", size=10.5, align="r", font="serif")
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.para("当事者の表示　別紙当事者目録記載のとおり", size=10.8, indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.8, indent="")
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額に、仮執行宣言の手続費用を加えた金額を支払え。", size=10.8)
    p.para(f"上記支払督促は{era(order, fwid=True)}に発付され、{era(served, fwid=True)}債務者に送達されたが、債務者は法定"
           "期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、仮執行の宣言をする。", size=10.8)
    p.gap(4)
    p.at(190, p.y, era(issued, fwid=True), size=10.8, align="r", font="serif")
    p.at(190, p.y + 6.5, "伊丹簡易裁判所　裁判所書記官　屋宜　鈴乃", size=10.8, align="r", font="serif")
    p.y += 16
    p.add(Box(20, p.y, 170, 34, 0.4))
    p.y += 3
    p.line("（注意）", x=24, font="serif-bold", size=10)
    p.para("この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を申し立てる"
           "ことができます。ただし、異議を申し立てても強制執行は当然には停止しません。", x0=24, x1=186, size=10, indent="")
    p.para("問合せ先　伊丹簡易裁判所　民事係　電話 072-000-6610", x0=24, x1=186, size=10, indent="")
    q = Page(font="serif", size=10.8, top=22)
    q.line("当事者目録", font="serif-bold", size=12)
    q.kv([("債権者", "株式会社クレストーン"), ("", "大阪府大阪市北区ほしなみ町九丁目9番9号"),
          ("", "（送達場所）電話 06-0000-7720"), ("債務者", "茨田　侑斗"), ("", "兵庫県伊丹市あかばな坂九丁目9番9号")],
         x=24, label_w=22, font="serif")
    q.gap(4)
    q.line("請求の趣旨", font="serif-bold", size=12)
    q.table([["項目", "金額（円）"], ["元金", f"{P:,}"], ["確定遅延損害金（年20％）", f"{L:,}"], ["督促手続費用", f"{C1:,}"],
             ["仮執行宣言手続費用", f"{C2:,}"], ["合計", f"{T:,}"]], [100, 50], x=28, font="serif", header=True,
            row_h=8.2)
    q.para("ほか、元金に対する令和８年１月１０日から支払済みまで年２０％の割合による遅延損害金", x0=28, size=10, indent="")
    q.gap(4)
    q.line("請求の原因", font="serif-bold", size=12)
    q.para("債権者は債務者に対し、平成31年2月1日、極度額500,000円の限度貸付契約を締結し、金員を貸し付けた。"
           "債務者は令和7年6月27日の支払を最後に弁済せず、同年8月26日に期限の利益を喪失した。", size=10.5)
    tr = truth(document_type="payment_order_enforceable", sender="伊丹簡易裁判所", phone="072-000-6610",
               creditor="株式会社クレストーン", status="not_applicable", debtor="茨田侑斗", total=T, principal=P,
               late_damages=L, costs=C1 + C2, rate=20.0, issued=issued, acceleration=D(2025, 8, 26),
               last_payment=D(2025, 6, 27), reference="令和8年(ロ)第103号", input_kind="pdf_scan",
               template="proxy64_enforceable_order_two_page_scan", received=issued + timedelta(2))
    return dict(stem="bu12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, consumer-loan creditor, 2-page image PDF)",
                unusual="2-page image-only PDF scan (court mail, not faxed): p.1 the order text with the 支払督促 date, "
                        "its 送達 date and the 仮執行宣言 date all in full-width era; a framed （注意） box with the court "
                        "phone; p.2 当事者目録 with the creditor's 送達場所 phone (distractor) and a 「項目 / 金額（円）」 "
                        "table with TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum); 極度額500,000円 and "
                        "the last payment / 喪失 in the 請求の原因; no interest row (null)")


# ---------------------------------------------------------------------------------------------
# bu13 簡裁 (ハ) 呼出状 + 訴状, faxed by the debtor from a shop's machine, printout scanned (2 pages)


def bu13():
    issued, filed, hearing, answer = D(2026, 3, 4), D(2026, 2, 27), D(2026, 4, 14), D(2026, 4, 7)
    acc = D(2025, 12, 27)
    R = 14.6
    P, I = 538_270, 22_914
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    fx = D(2026, 3, 9)
    p = Page(font="serif", size=10.8, top=24)
    p.at(190, 30, "令和８年（ハ）第９６号　貸金請求事件", size=10.5, align="r", font="serif")
    p.at(20, 38, "原告　オルフェアカード株式会社", size=10.8, font="serif")
    p.at(20, 44, "被告　饒波　泰雅　殿", size=12, font="serif")
    p.y = 52
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりです。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.8)
    p.gap(2)
    p.table([["期日", f"{era(hearing, fwid=True)}（{wd(hearing)}）午前１０時３０分"], ["場所", "第１号法廷"],
             ["答弁書提出期限", f"{era(answer, fwid=True)}（{wd(answer)}）"]], [45, 115], x=24, font="serif", row_h=9,
            aligns="ll")
    p.gap(4)
    p.at(190, p.y, era(issued, fwid=True), size=10.8, align="r", font="serif")
    p.at(190, p.y + 6.5, "石垣簡易裁判所　裁判所書記官　国場　暁子", size=10.8, align="r", font="serif")
    p.at(190, p.y + 13, "電話　0980-00-2218", size=10.5, align="r", font="serif")
    p.y += 22
    p.para("※出頭の際は、この呼出状と印鑑をお持ちください。答弁書の書式は同封のものをご利用いただけます。", size=10)
    q = Page(font="serif", size=10.8, top=24)
    q.title("訴　　状", size=16, font="serif-bold")
    q.at(190, q.y, era(filed, fwid=True), size=10.5, align="r", font="serif")
    q.y += 7
    q.kv([("原告", "オルフェアカード株式会社（代表者代表取締役　久高　匠馬）"), ("被告", "饒波　泰雅"),
          ("訴訟物の価額", f"{P + I + L:,}円"), ("貼用印紙額", "6,000円")], x=24, label_w=32, font="serif", size=10.5)
    q.gap(3)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで年"
           f"{R}％の割合による金員を支払え。", size=10.5, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", size=10.5, indent="")
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold")
    q.para(f"被告は原告とカード会員契約を締結し、ショッピング及びキャッシングを利用したが、令和7年10月27日の支払を最後に"
           f"支払わず、{era(acc)}に期限の利益を喪失した。その残額は次のとおりである。", size=10.5)
    q.table([["残元金", y(P)], ["手数料・利息", y(I)], [f"遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", y(L)],
             ["合計", y(T)]], [110, 50], x=24, font="serif", row_h=8, size=10.5)
    tr = truth(document_type="lawsuit", sender="石垣簡易裁判所", phone="0980-00-2218", creditor="オルフェアカード株式会社",
               status="not_applicable", debtor="饒波泰雅", total=T, principal=P, interest=I, late_damages=L, rate=R,
               issued=issued, acceleration=acc, last_payment=D(2025, 10, 27), hearing=hearing,
               reference="令和8年(ハ)第96号", input_kind="pdf_scan",
               template="proxy64_summary_court_lawsuit_faxed_from_shop", received=issued + timedelta(3))
    return dict(stem="bu13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.5,
                fax=[dict(head=hA(fx, "13:10", "0000 00 0000", "ﾏﾁｶﾄﾞ ﾌｧｸｽ", 2), foot=rx(fx, "13:11", 131, 2))],
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, faxed by the debtor from a shop, scanned)",
                unusual="the court's 呼出状 and 訴状 that the debtor faxed from a convenience-store machine (header "
                        "「…ﾏﾁｶﾄﾞ ﾌｧｸｽ P.01/02」, a placeholder number, and the receiving footer on both pages), printed "
                        "and scanned as a 2-page image PDF; 期日 / 場所 / 答弁書提出期限 as a 2-column ruled table in "
                        "full-width era with weekdays; 訴状 dated 2/27 ≠ 呼出状 3/4; 訴訟物の価額 and 貼用印紙額 6,000円 "
                        "(not costs); 請求の趣旨 「金…及びうち金…」; the same card debt as bu04, damages now up to the "
                        "filing date")


# ---------------------------------------------------------------------------------------------
# bu14 card company 督促状 (arrears), fine fax printout photographed


def bu14():
    issued, due = D(2026, 3, 5), D(2026, 3, 16)
    lastp = D(2025, 12, 26)
    P, I, L = 24_000, 6_318, 402
    T = P + I + L
    p = Page(font="sans", size=11, top=26)
    p.at(190, 32, f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", size=10.5, align="r")
    p.at(20, 34, "仲里　匠馬　様", size=14)
    p.at(190, 40, "ラティスカード株式会社", size=12, font="sans-bold", align="r")
    p.at(190, 46, "お支払相談室　0120-000-862", size=10.5, align="r")
    p.y = 56
    p.title("お支払いのお願い", size=17)
    p.para("カードご利用代金の口座振替ができませんでした（1月・2月の2回分）。下記のご請求額を、お支払期日までに下記口座へ"
           "お振込みください。", size=11)
    p.gap(2)
    p.table([["ご延滞元金", y(P)], ["手数料", y(I)], ["遅延損害金", y(L)], ["ご請求額", y(T)]], [80, 60], x=30, size=11.5,
            row_h=9.5, aligns="lr", line_w=0.4)
    p.gap(4)
    y0 = p.y
    p.add(Box(30, y0, 140, 13, 0.9))
    p.at(34, y0 + 9, "お支払期日", size=12, font="sans-bold")
    p.at(166, y0 + 9, f"{issued.year}年{due.month:02d}月{due.day:02d}日（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = y0 + 19
    p.kv([("お客様番号", "LC-4417-9032-6"), ("前回ご入金日", f"{lastp.year}年{lastp.month:02d}月{lastp.day:02d}日")],
         x=32, label_w=36, size=11)
    p.gap(3)
    p.para("振込先　さくらたで銀行　本店　普通　7702814　ラティスカード（カ", size=10.5, indent="")
    p.para("※お支払いが確認できない場合、カードのご利用停止及び残高の一括請求となることがあります。", size=10, indent="")
    tr = truth(document_type="collection_notice", sender="ラティスカード株式会社", phone="0120-000-862",
               creditor="ラティスカード株式会社", status="not_applicable", debtor="仲里匠馬", total=T, principal=P,
               interest=I, late_damages=L, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="LC-4417-9032-6", input_kind="photo_jpeg", template="proxy64_card_arrears_fax_printout_photo",
               received=issued)
    return dict(stem="bu14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                fax=[dict(head=hA(issued, "11:47", "0120 000 863", "LATTICE CARD", 1), fine=True)],
                shot=dict(bg="desk", keystone=0.04, tilt=3.0, creases=1, shadow=0.25, shadow_side="bottom", blur=0.9,
                          bow=5.0),
                about="collection_notice (card company, two missed payments, photo of a fine-fax printout)",
                unusual="a phone photo of a FINE fax printout lying on a pale desk, the thermal-style paper bowed, a hand "
                        "shadow at the bottom; western zero-padded dates 2026年03月05日; a 4-row table ご延滞元金 / 手数料 / "
                        "遅延損害金 / ご請求額 (arrears only, lump false, no rate); the framed お支払期日 with weekday; "
                        "前回ご入金日 (→ last payment); the bank account as distractor")


# ---------------------------------------------------------------------------------------------
# bu15 consumer-loan company: cover of a 取引履歴 disclosure, fax printout photographed (claims nothing)


def bu15():
    issued = D(2026, 2, 26)
    lastp = D(2019, 3, 12)
    p = Page(font="sans", size=11, top=26)
    p.title("ＦＡＸ送信票", size=18)
    p.kv([("送信先", "座安　恵梨香　様"), ("FAX番号", "098-000-7316"), ("送信者", "株式会社クレストーン　お客様相談室"),
          ("電話番号", "0120-000-547"), ("送信日", f"{wdate(issued)}（{wd(issued)}）"), ("送信枚数", "1枚（本票のみ）")],
         x=26, label_w=32, size=11.5)
    p.gap(4)
    p.rule(width=0.5)
    p.gap(4)
    p.line("件名：取引履歴開示請求の受付について", size=12, font="sans-bold")
    p.gap(2)
    p.para("先日お電話にてお申し出のありました、当社とのお取引の履歴（取引履歴）の開示請求について、下記のとおり受け付け"
           "ました。取引履歴は、ご本人確認書類の到着後、10営業日程度でご登録住所へ郵送いたします。", size=11)
    p.gap(2)
    p.kv([("受付番号", "CR-K-26-01558"), ("ご契約番号", "3306-5114-22"), ("ご契約日", "平成26年7月3日"),
          ("最終お取引日", "平成31年3月12日（最終ご返済）")], x=30, label_w=36, size=11)
    p.gap(3)
    p.para("なお、本票は請求書ではございません。残高等のご案内は取引履歴とともにお送りいたします。", size=11)
    p.para("ご不明な点は、お客様相談室（受付 平日9:00～17:30）までお問い合わせください。", size=11)
    tr = truth(document_type="other", sender="株式会社クレストーン", phone="0120-000-547", creditor="株式会社クレストーン",
               status="not_applicable", debtor="座安恵梨香", lump=False, issued=issued, last_payment=lastp,
               reference="CR-K-26-01558", input_kind="photo_jpeg",
               template="proxy64_consumer_loan_history_cover_fax_photo", received=issued)
    return dict(stem="bu15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                fax=[dict(head=hB(issued, "16:05", "0120 000 548", "CRESTONE", 1))],
                shot=dict(bg="tatami", keystone=0.06, tilt=4.0, creases=0, shadow=0.0, blur=1.0, glare=22.0),
                about="other (consumer-loan company, 取引履歴 request acknowledged, photo of a fax printout)",
                unusual="a phone photo on tatami of a standard-fax printout that is ONLY a ＦＡＸ送信票: it acknowledges a "
                        "取引履歴 request and demands nothing (every amount null, no due date); 「本票は請求書ではござい"
                        "ません」; the last transaction 平成31年3月12日（最終ご返済） (→ last payment, old enough to matter "
                        "for 時効); 受付番号 (→ reference) beside ご契約番号; a lamp glare; header in the Brother style")


# ---------------------------------------------------------------------------------------------
# bu16 law office 督促 for a consumer-loan company, the PC-FAX software's text PDF


def bu16():
    issued, fx = D(2026, 3, 2), D(2026, 3, 2)
    acc, lastp = D(2025, 10, 28), D(2025, 8, 4)
    R = 20.0
    P, I = 812_400, 5_341
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    office = "弁護士法人宜野座総合法律事務所"
    p = Page(font="serif", size=10.8, top=18)
    p.at(12, 9, f"送信日時 {fx.year}/{fx.month:02d}/{fx.day:02d} 10:31　送信元 {office}（FAX 098-000-1294）　宛先 "
                "098-000-6650　1/1", size=7.5, font="sans")
    p.add(Line(12, 11, 198, 11, 0.2))
    p.at(190, 24, fw(era(issued)), size=10.8, align="r", font="serif")
    p.at(190, 30, "当職事件番号　GN26-0081", size=10, align="r", font="serif")
    p.at(20, 36, "眞栄田　颯真　殿", size=13, font="serif")
    p.at(190, 44, "〒900-0000　沖縄県那覇市ほしなみ通九丁目9番9号", size=9.5, align="r", font="serif")
    p.at(190, 49.5, office, size=10.8, align="r", font="serif")
    p.at(190, 55, "株式会社ヴェルテクス代理人　弁護士　宜野座　晃平", size=10.8, align="r", font="serif")
    p.at(190, 60.5, "電話 098-000-1293", size=10, align="r", font="serif")
    p.y = 68
    p.title("ご　通　知", size=16, font="serif-bold")
    p.para("当職は、株式会社ヴェルテクス（以下「通知人」）の代理人として、貴殿に対し次のとおり通知いたします。", size=10.8)
    p.para("貴殿は、通知人との金銭消費貸借契約に基づく返済を" + era(lastp) + "を最後に怠り、" + era(acc) + "をもって期限の"
           "利益を喪失しました。つきましては、本書到達後２週間以内に、下記金員を一括して下記口座にお支払いください。"
           "期限内にお支払い又はご連絡がない場合は、訴訟提起を含む法的措置に移行いたします。", size=10.8)
    p.gap(2)
    p.line("記", align="c", font="serif")
    p.table([["残元金", y(P)], ["未払利息", y(I)], [f"遅延損害金（年{R:.0f}％）", y(L)], ["合計", y(T)]], [90, 55], x=32,
            size=10.8, row_h=8.5, font="serif", aligns="lr")
    p.line(f"　　　　（遅延損害金は{era(acc + timedelta(1))}から本書作成日まで）", size=9.5, font="serif")
    p.gap(3)
    p.para("振込先　さくらたで銀行　久茂地支店　普通預金　0219448　弁護士法人宜野座総合法律事務所　預り金口", size=10, indent="")
    p.para("本件のお問合せは当職宛てにお願いします。通知人への直接のご連絡はご遠慮ください。", size=10, indent="")
    p.add(Line(12, 286, 198, 286, 0.2))
    p.at(12, 290, "この文書はPC-FAXにより送信されました（送信控）", size=7.5, font="sans")
    tr = truth(document_type="collection_notice", sender=office, phone="098-000-1293", creditor="株式会社ヴェルテクス",
               status="not_applicable", debtor="眞栄田颯真", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference="GN26-0081",
               input_kind="pdf_text", template="proxy64_law_office_demand_pcfax_text_pdf", received=fx)
    return dict(stem="bu16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (law office for a consumer-loan company, PC-FAX text PDF)",
                unusual="the digital PDF that the office's PC-FAX software keeps of what it sent: a small transmit line "
                        "as TEXT at the very top (送信日時 / 送信元 with the office FAX / 宛先 number / 1/1) and 「この文書は"
                        "PC-FAXにより送信されました（送信控）」 at the foot; full-width era letter date; the deadline only "
                        "relative 「本書到達後２週間以内」 (payment_due null); 残元金 / 未払利息 / 遅延損害金（年20％） / 合計 "
                        "with the window under the table; the 預り金口 account as distractor")


LETTERS = [bu09, bu10, bu11, bu12, bu13, bu14, bu15, bu16]
