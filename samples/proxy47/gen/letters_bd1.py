"""Proxy set 47, letters bd01–bd08: lawyers and 司法書士 writing for creditors, second round. A 弁護士法人 of four
lawyers for a bank after its 受任通知 went unanswered (bd01), the 譲渡人's lawyer announcing a sale to a real servicer
(bd02), a cover letter with the 訴状 copy for a guarantor (bd03), a 和解 proposal for a landlord (bd04), a 縦書き
内容証明 催告書 with 時効の更新 (bd05), a 支払督促 whose creditor (an invented servicer) has two lawyers (bd06), a letter
after the 判決 for a private lender (bd07) and a 弁護士法人's 期限の利益喪失通知 for a 信用金庫 (bd08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
OLIVE = (0.30, 0.36, 0.12)
INK = (0.10, 0.18, 0.35)
BROWN = (0.40, 0.24, 0.10)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def nxt(d: D) -> D:
    return d + timedelta(1)


# ---------------------------------------------------------------------------------------------
# bd01 弁護士法人 of four lawyers for a bank: the second letter after the 受任通知, 「貴殿に対し、次のとおり請求します」.


def bd01():
    issued, due = D(2025, 11, 28), D(2025, 12, 12)
    acc, last = D(2025, 9, 30), D(2025, 6, 26)
    P, I, R = 2_184_530, 21_908, 14.6
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=14, left=20, right=20)
    # right-hand letterhead column with the four lawyers
    x = 128
    p.add(Box(x - 3, 12, 70, 52, 0.3, INK))
    p.at(x, 18, "弁護士法人", size=8, font="serif", color=INK)
    p.at(x, 24.5, "月山総合法律事務所", size=13.5, font="serif-bold", color=INK)
    for i, s in enumerate(("〒990-0000 山形県山形市鈴掛九丁目9番9号", "月山法務ビル4階", "TEL 023-000-6620　FAX 023-000-6621",
                           "（山形県弁護士会所属）")):
        p.at(x, 30 + i * 4.2, s, size=7.6)
    for i, (role, name) in enumerate((("代表社員弁護士", "来栖　隆之"), ("社員弁護士", "植松　千尋"),
                                      ("弁護士", "樺山　亮"), ("弁護士", "為永　さやか"))):
        p.at(x, 49 + i * 3.9, role, size=7.6)
        p.at(x + 24, 49 + i * 3.9, name, size=7.8)
    p.at(20, 17, f"{era(issued)}", size=10.3)
    p.at(20, 22, "当法人整理番号　GS-2511-0417", size=9.3)
    p.y = 32
    p.line("〒994-0000", size=10)
    p.line("山形県天童市しらさぎ野二丁目9番9号", size=10)
    p.gap(1)
    p.line("押切　和也　殿", size=13.5)
    p.y = 70
    p.title("ご　請　求　書", size=16, font="serif-bold")
    p.para("冠省　当法人は、株式会社蔵王銀行（以下「通知人」といいます。）の代理人として、貴殿に対し、令和7年10月20日付けで"
           "受任のご通知をお送りしましたが、今日まで何らのご連絡もいただけておりません。")
    p.para(f"通知人の記録によれば、貴殿は、通知人との間のフリーローン契約に基づく返済を{era(last)}の入金を最後に怠り、"
           f"約定により{era(acc)}の経過をもって期限の利益を喪失しています。")
    p.para("そこで、当法人は、通知人の代理人として、改めて貴殿に対し、次のとおり請求します。")
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    rows = [["項　　目", "金　　額"], ["貸付残元金", f"{P:,}円"], [f"未収利息（{era(acc)}まで）", f"{I:,}円"],
            [f"遅延損害金（{era(nxt(acc))}から{era(issued)}まで、年{R}％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]]
    p.table(rows, [118, 44], x=24, header=True, aligns="lr", size=9.6, row_h=7.0)
    p.add(Box(24, p.y - 7.0, 162, 7.0, 0.9))
    p.gap(3)
    p.para(f"上記ご請求額合計を、{era(due)}（{wd(due)}）までに、下記の当法人預り金口座へお振り込みください。同日までにお支払い"
           "又はご連絡がない場合には、通知人と協議のうえ、訴訟提起等の法的手続に移行いたしますので、ご承知おきください。")
    p.gap(1)
    p.kv([("振込先", "やまどり銀行　七日町支店　普通預金　口座番号 3391207"),
          ("口座名義", "弁護士法人月山総合法律事務所　預り金口"),
          ("ご参考", "ご融資番号 0412-88-10735（平成31年4月8日ご契約、当初ご融資額 3,000,000円）")],
         x=28, label_w=22, size=9.2)
    p.gap(2)
    p.para("なお、本書と行き違いにご入金又はご連絡をいただいている場合はご容赦ください。本件のお問い合わせは、通知人ではなく"
           "当法人（担当弁護士　樺山）までお願いいたします。", size=9.3)
    p.line("草々", align="r")
    p.seal(186, 56, 10.5, "square", "弁護士法人月山総合法律事務所印", angle=-2, seed=47011)
    tr = truth(document_type="collection_notice", sender="弁護士法人月山総合法律事務所", phone="023-000-6620",
               creditor="株式会社蔵王銀行", status="not_applicable", debtor="押切和也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="GS-2511-0417", input_kind="pdf_text",
               template="proxy47_law_corporation_four_lawyers_second_demand_bank", received=D(2025, 12, 1))
    return dict(stem="bd01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (弁護士法人 of four lawyers for a bank, second letter after the 受任通知)",
                unusual="serif 冠省…草々 letter of a 弁護士法人 whose letterhead is a framed box TOP-RIGHT with 「弁護士法人」 "
                        "small over the name and FOUR lawyers (代表社員弁護士 / 社員弁護士 / 弁護士 ×2); date and 当法人整理番号 "
                        "top-LEFT above the addressee; the earlier 受任通知 date 10/20 in the first sentence (not a field); "
                        "「改めて貴殿に対し、次のとおり請求します」; a 項目/金額 table with the window inside the damages label and a "
                        "heavy frame round ご請求額合計; the due date with weekday only in the prose; payee the 法人's 預り金口; "
                        "ご融資番号, 平成31年 contract date and 当初ご融資額 3,000,000円 in a ご参考 line (distractors)")


# ---------------------------------------------------------------------------------------------
# bd02 債権譲渡のご通知 written by the 譲渡人's lawyer (「上記代理人」), 譲受人 the real servicer SMBC債権回収.


def bd02():
    issued, assign = D(2026, 2, 3), D(2026, 1, 30)
    acc, last = D(2025, 10, 6), D(2025, 7, 27)
    P, I, R = 612_344, 9_871, 14.6
    L = late(P, R, nxt(acc), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(190, 18, wdate(issued), size=10, align="r")
    p.at(190, 23, "当職整理番号：TK-26-021", size=9, align="r")
    p.y = 20
    p.line("福岡県春日市みずき台三丁目9番9号", size=10)
    p.line("玉利　奈緒美　様", size=13)
    p.gap(3)
    for s in ("通知人　株式会社フロルクレジット", "福岡市博多区ながれ橋一丁目9番9号"):
        p.line(s, x=112, size=9.5)
    p.gap(1)
    for s in ("上記代理人", "筑紫法律事務所", "弁護士　筑　紫　恵　理"):
        p.line(s, x=112, size=10 if "弁護士　" in s else 9.5, font="sans-bold" if "事務所" in s else None)
    p.line("福岡市中央区鳥居坂二丁目9番9号 ひらおかビル5F", x=112, size=8.5)
    p.line("電話 092-000-7215（代）／FAX 092-000-7216", x=112, size=8.5)
    p.seal(186, p.y - 16, 11, "square", "弁護士筑紫恵理", angle=3, seed=47021)
    p.gap(5)
    p.line("債権譲渡のご通知", size=15.5, font="sans-bold", align="c")
    p.add(Line(72, p.y - 2, 138, p.y - 2, 0.4))
    p.gap(3)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("当職は、株式会社フロルクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、以下のとおりご通知いたします。")
    p.para(f"通知人は、{wdate(assign)}付けで、貴殿に対して有する下記の債権を、下記譲受人に譲渡いたしました。よって、民法第467条"
           "に基づき、本書をもってその旨をご通知申し上げます。")
    p.para("今後のお支払い、ご返済のご相談及びお問い合わせは、すべて譲受人宛てにお願いいたします。なお、当職は本件譲渡の通知"
           "に限って委任を受けておりますので、ご請求に関するご照会は譲受人へお寄せください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．譲受人", size=10, font="sans-bold")
    p.kv([("商号", "SMBC債権回収株式会社（法務大臣許可番号第10号）"), ("所在地", "東京都中央区くすだま町九丁目9番9号"),
          ("お問合せ", "0120-000-810（平日9時～18時）")], x=26, label_w=22, size=9.5)
    p.line("２．譲渡債権の表示", size=10, font="sans-bold")
    p.kv([("契約の種類", "カードショッピング・キャッシング（会員番号 ****-****-****-7748）"),
          ("ご入会日", "平成28年6月11日"), ("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(last))],
         x=26, label_w=34, size=9.5)
    p.line(f"３．譲渡債権額（{wdate(assign)}現在）", size=10, font="sans-bold")
    p.table([["残元金", "利息・手数料", f"遅延損害金（年{R}％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [36, 36, 50, 40], x=26, header=True, aligns="rrrr", size=9.5, row_h=7.5)
    p.para(f"※遅延損害金は{wdate(nxt(acc))}から譲渡日までの分です。譲渡日の翌日以降の遅延損害金は譲受人が請求いたします。",
           size=8.5, indent="")
    p.gap(2)
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="筑紫法律事務所", phone="092-000-7215",
               creditor="SMBC債権回収株式会社", status="not_applicable", original="株式会社フロルクレジット",
               debtor="玉利奈緒美", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, acceleration=acc, last_payment=last, assignment=assign, reference="TK-26-021",
               input_kind="pdf_text", template="proxy47_assignor_lawyer_notice_to_real_servicer", received=D(2026, 2, 5))
    return dict(stem="bd02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (the 譲渡人's lawyer, card company → real servicer)",
                unusual="債権譲渡のご通知 written by the 譲渡人's lawyer: 「通知人 … / 上記代理人 筑紫法律事務所 弁護士」 as a "
                        "right-hand block UNDER the addressee, with a square seal; colon label 当職整理番号：; the 譲受人 ★ "
                        "SMBC債権回収株式会社 with 「（法務大臣許可番号第10号）」 and its own 0120 number INSIDE the 記 (the "
                        "sender is the law office); 「当職は本件譲渡の通知に限って委任を受けて」; a one-row 4-column table "
                        "残元金 / 利息・手数料 / 遅延損害金（年14.6％） / 合計 as of the 譲渡日; a masked 会員番号 and the "
                        "平成28年 ご入会日 as distractors; informs only (no payment date); TEL（代） and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bd03 訴訟提起のお知らせ + 訴状（写し）, two lawyers for a guarantor; the hearing is not yet fixed.

BD03_P, BD03_R = 1_463_805, 14.0
BD03_SUB, BD03_ACC, BD03_LAST, BD03_TO = D(2025, 7, 18), D(2025, 6, 2), D(2025, 2, 27), D(2026, 2, 10)


def bd03():
    issued, filed = D(2026, 2, 20), D(2026, 2, 16)
    P, R = BD03_P, BD03_R
    L = late(P, R, nxt(BD03_SUB), BD03_TO)
    T = P + L
    case = "令和8年(ワ)第61号"
    p = Page(font="sans", size=10.2, top=14)
    p.at(20, 18, "名和・埴生法律事務所", size=12, font="sans-bold", color=OLIVE)
    p.at(20, 23, "〒020-0000 岩手県盛岡市こぶし台一丁目9番9号　TEL 019-000-3860　FAX 019-000-3861", size=8)
    p.add(Line(20, 25.5, 190, 25.5, 0.5, OLIVE))
    p.at(190, 31, f"{era(issued)}", size=10, align="r")
    p.y = 31
    p.line("岩手県花巻市桂台四丁目9番9号", size=10)
    p.line("馬越　秀明　様", size=13)
    p.gap(2)
    for s in ("原告かけはし信用保証株式会社訴訟代理人", "弁護士　名和　康弘", "同　　　埴生　真琴"):
        p.line(s, x=120, size=9.6)
    p.gap(4)
    p.title("訴訟提起のお知らせ", size=15)
    p.para("前略　当職らは、かけはし信用保証株式会社（以下「依頼者」といいます。）の代理人として、貴殿に対し、これまで求償金の"
           "お支払いを求めてまいりましたが、今日に至るまでお支払いもご連絡もありません。")
    p.para(f"そこで、依頼者は、やむを得ず、{era(filed)}、盛岡地方裁判所に対し、貴殿を被告として求償金請求訴訟を提起しました。"
           "ご参考までに、訴状の写しを同封いたします。")
    y = p.y + 1
    p.add(Box(24, y, 162, 22, 0.4, None, (0.93, 0.95, 0.88)))
    p.at(28, y + 6, f"事件番号　{case}　求償金請求事件", size=10.5, font="sans-bold")
    p.at(28, y + 12, "裁判所　　盛岡地方裁判所 第1民事部", size=9.8)
    p.at(28, y + 18, "第1回口頭弁論期日　　追って裁判所から呼出状により通知されます", size=9.8)
    p.y = y + 26
    p.para("訴状の副本及び期日呼出状は、後日、裁判所から特別送達の方法で届きます。届いた書面は必ず開封し、内容をご確認ください。"
           "答弁書を提出せず期日にも出頭しない場合、原告の請求どおりの判決が言い渡されることがあります。")
    p.para("なお、訴訟外での話合い（分割弁済等）をご希望の場合は、当事務所までご連絡ください。", size=10)
    p.line("草々", align="r")
    # page 2: the 訴状 copy
    q = Page(font="serif", size=10, top=14)
    q.at(190, 16, "（写し）", size=10, align="r")
    q.y = 16
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{era(filed)}", align="r", size=10)
    q.line("盛岡地方裁判所　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　名和　康弘　　同　埴生　真琴", align="r", size=10)
    q.gap(1)
    q.kv([("原告", "〒980-0000 宮城県仙台市青葉区栃の実通九丁目9番9号　かけはし信用保証株式会社"),
          ("", "上記代表者代表取締役　増田　実"),
          ("原告訴訟代理人", "〒020-0000 岩手県盛岡市こぶし台一丁目9番9号　名和・埴生法律事務所（送達場所）"),
          ("", "弁護士　名和　康弘　　弁護士　埴生　真琴　電話 019-000-3860"),
          ("被告", "〒025-0000 岩手県花巻市桂台四丁目9番9号　馬越　秀明")], label_w=30, size=9.2)
    q.gap(1)
    q.line("求償金請求事件", size=10.5, font="serif-bold")
    q.kv([("訴訟物の価額", f"{T:,}円"), ("貼用印紙額", "13,000円")], label_w=30, size=9.4)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{T:,}円及びうち{P:,}円に対する{era(nxt(BD03_TO))}から支払済みまで年{R:g}％の割合に"
           "よる金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=24)
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in ("１　被告は、平成31年3月14日、株式会社早池峰銀行から自動車購入資金2,400,000円を借り受け（以下「本件借入」）、"
              "原告は、被告の委託を受けて、本件借入に係る被告の債務を保証した。",
              f"２　被告は、{era(BD03_LAST)}の返済を最後に本件借入の返済を怠り、{era(BD03_ACC)}の経過により期限の利益を"
              "喪失した。",
              f"３　原告は、保証委託契約に基づき、{era(BD03_SUB)}、株式会社早池峰銀行に対し、残元金及び利息の合計{P:,}円を"
              "代位弁済した。",
              f"４　保証委託契約では、求償金に対し代位弁済日の翌日から年{R:g}％の割合による遅延損害金を支払う旨が約定され"
              "ている。",
              "５　よって、原告は、被告に対し、下記の金員及び求償元金に対する確定日の翌日から支払済みまで約定の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=24, indent="", size=9.6)
    q.gap(1)
    q.table([["求償元金", f"{P:,}円"], [f"確定遅延損害金（{era(nxt(BD03_SUB))}から{era(BD03_TO)}まで）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [120, 42], x=24, aligns="lr", size=9.4, row_h=6.8)
    q.gap(2)
    q.line("証拠方法　甲第１号証　金銭消費貸借契約証書　甲第２号証　保証委託契約書　甲第３号証　代位弁済証明書", size=8.6)
    q.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通　訴訟委任状１通", size=8.6)
    tr = truth(document_type="lawsuit", sender="名和・埴生法律事務所", phone="019-000-3860",
               creditor="かけはし信用保証株式会社", status="not_applicable", original="株式会社早池峰銀行",
               debtor="馬越秀明", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=BD03_ACC, last_payment=BD03_LAST, reference=case, input_kind="pdf_text_2page",
               template="proxy47_lawyers_suit_filed_cover_with_complaint_copy_no_hearing", received=D(2026, 2, 23))
    return dict(stem="bd03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (two lawyers' 訴訟提起のお知らせ with the 訴状 copy, guarantor's 求償金, 地裁 (ワ))",
                unusual="not a court paper: a guarantor's two lawyers (「原告…訴訟代理人 弁護士 / 同」) tell the debtor the suit "
                        "is filed (p.1) and enclose the 訴状 「（写し）」 (p.2); a tinted box with the (ワ) number and "
                        "「第1回口頭弁論期日　追って裁判所から呼出状により通知されます」 (NO hearing date: null); 提訴日 2/16 ≠ "
                        "letter date 2/20; 訴状 with kv parties, 訴訟物の価額 and 貼用印紙額 13,000円 (distractors), 請求の趣旨 "
                        "「…及びうち…に対する…年14％」, a numbered 請求の原因 (平成31年 loan 2,400,000, last payment, 喪失, "
                        "代位弁済) and a 3-row 求償元金 / 確定遅延損害金 / 合計 table; 証拠方法 and 附属書類 lines")


# ---------------------------------------------------------------------------------------------
# bd04 和解のご提案 of a lawyer for a landlord company; the ex-tenant's rent arrears; p.2 合意書（案）.


def bd04():
    issued, reply, asof = D(2026, 2, 6), D(2026, 2, 27), D(2026, 1, 31)
    rent = 68_000
    months = [(D(2025, 8, 31), "令和7年8月分"), (D(2025, 9, 30), "令和7年9月分"), (D(2025, 10, 31), "令和7年10月分"),
              (D(2025, 11, 30), "令和7年11月分")]
    R = 14.6
    P = rent * len(months)
    L = sum(late(rent, R, nxt(d), asof) for d, _ in months)
    T = P + L
    offer, n, inst = 240_000, 8, 30_000
    assert n * inst == offer
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 7, color=None, fill=BROWN))
    p.at(190, 16, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(190, 21, "当事務所整理番号　WT-2601-07", size=9.5, align="r")
    p.y = 18
    p.line("〒270-0000　千葉県松戸市藤ヶ谷五丁目9番9号　コーポ千代川203号", size=9.5)
    p.line("犬飼　美帆　様", size=13)
    p.gap(6)
    p.line("和解のご提案", size=16, font="sans-bold", align="c", color=BROWN)
    p.gap(2)
    p.para("突然のお手紙を差し上げる失礼をお許しください。当職は、有限会社鳥居坂ハウジング（以下「ご依頼者様」といいます。）の代理人"
           "として、貴殿がかつて賃借しておられた「メゾン朴の木」102号室の賃貸借契約（令和4年4月1日締結、令和7年12月15日明渡し済み）"
           "に関し、ご連絡いたします。")
    p.para("同契約に基づく未払賃料は下記のとおりです。敷金136,000円は原状回復費用に全額充当され、返還額はありません。")
    p.gap(1)
    p.line(f"■ 未払金の内訳（{era(asof)}現在）", size=10.2, font="sans-bold")
    rows = [["賃料月分", "支払期日", "未払賃料"]] + [[lab, f"{d.month}月{d.day}日", f"{rent:,}円"] for d, lab in months]
    rows += [["未払賃料合計", "", f"{P:,}円"],
             [f"遅延損害金（各支払期日の翌日から{era(asof)}まで 年{R}％）", "", f"{L:,}円"], ["ご債務合計", "", f"{T:,}円"]]
    p.table(rows, [96, 30, 36], x=24, header=True, aligns="lcr", size=9.3, row_h=6.6)
    p.gap(3)
    p.para("ご依頼者様は、貴殿のご事情にも配慮し、下記の条件での和解に応じる用意があります。", size=10)
    p.line("■ 和解条件（案）", size=10.2, font="sans-bold")
    for s in (f"① 貴殿は、解決金として{offer:,}円を支払う。",
              f"② 上記①の金員は、令和8年3月から同年10月まで、毎月末日限り{inst:,}円ずつ{n}回に分割して支払う。",
              f"③ 上記を遅滞なく支払ったときは、ご依頼者様はその余の請求（未払賃料の残{P - offer:,}円及び遅延損害金）を放棄する。",
              "④ 分割金の支払を2回分以上怠ったときは、期限の利益を失い、ご債務合計から既払額を控除した額を直ちに支払う。"):
        p.para(s, x0=26, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 13, 0.9, BROWN))
    p.at(25, y + 8.5, "ご回答期限", size=10.5, font="sans-bold", color=BROWN)
    p.at(58, y + 8.8, f"{era(reply)}（{wd(reply)}）当事務所必着", size=12, font="sans-bold")
    p.y = y + 16
    p.para("同封の合意書（案）にご署名・ご捺印のうえご返送ください。期限までにご回答がない場合、ご依頼者様はご債務合計の全額に"
           "つき訴訟提起を検討いたします。", size=9.3)
    p.gap(3)
    y = p.y
    for i, s in enumerate(("亘理法律事務所", "弁護士　亘理　修一（神奈川県弁護士会）", "〒231-0000 横浜市中区かしの実町九丁目9番9号",
                           "電話 045-000-2287　ファクシミリ 045-000-2288")):
        p.at(112, y + 4 + i * 5, s, size=11 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    p.seal(183, y + 7, 11, "square", "弁護士亘理修一", angle=-4, seed=47041)
    q = Page(font="serif", size=10.5, top=18)
    q.title("合　意　書（案）", size=16, font="serif-bold")
    q.para("有限会社鳥居坂ハウジング（以下「甲」という。）と犬飼美帆（以下「乙」という。）は、メゾン朴の木102号室の未払賃料に"
           "ついて、次のとおり合意する。")
    for s in (f"第１条　乙は、甲に対し、本件未払賃料等の解決金として{offer:,}円の支払義務があることを認める。",
              f"第２条　乙は、甲に対し、前条の金員を、令和8年3月から同年10月まで、毎月末日限り{inst:,}円ずつ、甲代理人"
              "弁護士亘理修一の預り金口座に振り込んで支払う。",
              "第３条　乙が前条の分割金の支払を2回分以上怠ったときは、当然に期限の利益を失う。",
              "第４条　甲及び乙は、本合意書に定めるほか、何らの債権債務がないことを相互に確認する。"):
        q.para(s, indent="")
        q.gap(1)
    q.gap(8)
    for s in ("令和　　年　　月　　日", "甲　有限会社鳥居坂ハウジング　代理人弁護士　亘理　修一", "乙　住所", "　　氏名　　　　　　　　　　　　　　　印"):
        q.line(s, x=30)
        q.gap(4)
    tr = truth(document_type="settlement_proposal", sender="亘理法律事務所", phone="045-000-2287",
               creditor="有限会社鳥居坂ハウジング", status="not_applicable", debtor="犬飼美帆", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, reference="WT-2601-07",
               input_kind="pdf_text_2page", template="proxy47_lawyer_settlement_landlord_rent_arrears_agreement_draft",
               received=D(2026, 2, 9))
    return dict(stem="bd04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (lawyer for a landlord company, ex-tenant's rent arrears, 2 pages)",
                unusual="a thin brown top band and no letterhead: the office block stands at the BOTTOM right with its seal; "
                        "「発信日」 and 当事務所整理番号 top-right; the ex-tenant addressed at a new flat; 「ご依頼者様」; a month "
                        "table (賃料月分 / 支払期日 / 未払賃料) with 未払賃料合計, ONE damages row with the window 「各支払期日の翌日"
                        "から」 and ご債務合計, as of 1/31 (≠ 発信日 2/6); 敷金136,000円 and the 令和4年 contract as distractors; "
                        "the plan ①–④ (240,000 in 8 × 30,000, the waiver, the default clause) as distractors; a brown-framed "
                        "ご回答期限 「当事務所必着」; p.2 a 合意書（案） with 第1–4条 and blank 令和　年")


# ---------------------------------------------------------------------------------------------
# bd05 縦書き 内容証明 催告書 of a lawyer for a bank: 時効の更新 by a part payment, 法的措置 warning.


def bd05():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    acc, last = D(2023, 5, 10), D(2024, 10, 15)
    P, I, R = 1_386_240, 48_117, 14.0
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社千代川銀行（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり催告します。"),
        ("body", "一　貴殿は、平成二十九年九月二十五日、通知人との間で金銭消費貸借契約を締結して金二百五十万円を借り受けましたが、"
                 "令和五年三月二十七日の約定返済を最後にその支払を怠り、約定により令和五年五月十日の経過をもって期限の利益を"
                 "喪失しました。"),
        ("body", "二　その後、貴殿は、令和六年十月十五日、本件債務の一部として金三万円をお支払いになりましたが、これを最後に"
                 "ご入金はありません。右の一部弁済は本件債務の承認に当たり、本件債権の消滅時効は同日更新されています。"),
        ("body", "三　本書をもって、貴殿に対し、左記金員を令和八年一月三十日限り、左記口座にお支払いいただくよう催告します。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和五年五月十一日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　はりま野銀行　岡山駅前支店　普通預金"),
        ("plain", "　　　　口座番号　四一二七〇〇五"),
        ("plain", "　　　　名義　弁護士灰島恭一郎預り金口"),
        ("body", "四　右期限までにお支払いがないときは、何らの通知をせず、訴訟の提起、仮差押えその他の法的措置を執ります。"
                 "本書は民法第百五十条第一項の催告を兼ねるものです。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岡山市北区ざくろ町九丁目九番九号"),
        ("low", "灰島法律事務所"),
        ("low", "通知人代理人　弁護士　灰島　恭一郎"),
        ("low", "電話　〇八六（〇〇〇）四一二七"),
        ("low", "（当職整理番号　ＨＪ－２６００３）"),
        ("blank", ""),
        ("low", "鳥取県鳥取市むらさきの三丁目九番九号"),
        ("low", "畔上　正　殿"),
    ]
    size = 9.8
    pages = vertical_page(vsafe(cols, size=size, top=20.0, bottom=280.0), size=size, col_pitch=5.5, top=20.0,
                          bottom=280.0, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for amount in (kyen(P), kyen(I), kyen(L), kyen(T)):  # each amount whole in one column
        assert any(amount in it.s for it in pg.items if isinstance(it, VText)), amount
    pg.items.append(post_office_stamp(pg, 47051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　灰島" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18) * size * 0.3528 * 1.05, 8, "square", "弁護士灰島恭一郎", angle=2,
                         seed=47052))
    tr = truth(document_type="collection_notice", sender="灰島法律事務所", phone="086-000-4127",
               creditor="株式会社千代川銀行", status="not_applicable", debtor="畔上正", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="HJ-26003", input_kind="vertical_pdf",
               template="proxy47_vertical_lawyer_demand_limitation_renewed_by_part_payment", received=D(2026, 1, 19))
    return dict(stem="bd05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a bank, 縦書き 内容証明 催告書, 時効の更新)",
                unusual="縦書き 催告書 (冠省 … 草々) with the 内容証明 stamp, digital; numbered 一–四 paragraphs: the 平成二十九年 "
                        "loan of 金二百五十万円 (distractor), the last REGULAR instalment 令和五年三月二十七日 and the LATER part "
                        "payment of 金三万円 on 令和六年十月十五日 (= last payment), which 「本件債務の承認に当たり…消滅時効は"
                        "同日更新」; 喪失 「の経過をもって」; positional kanji amounts; a damages window of almost three years; "
                        "「令和八年一月三十日限り」; 「何らの通知をせず、訴訟の提起、仮差押えその他の法的措置」 and "
                        "「民法第百五十条第一項の催告を兼ねる」; 預り金口 number in kanji digits; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bd06 都城簡易裁判所 支払督促, 2 pages scanned; creditor an INVENTED servicer with two lawyers as 代理人.


def bd06():
    issued, filed = D(2026, 3, 9), D(2026, 3, 2)
    acc, last, assign = D(2025, 6, 10), D(2025, 3, 27), D(2025, 11, 28)
    P, I, R, C = 734_118, 15_602, 20.0, 4_820
    L = late(P, R, nxt(acc), filed)
    T = P + I + L + C
    case = "令和8年（ロ）第145号"
    p = Page(font="serif", size=10.2, top=14)
    p.y = 18
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.table([["事件番号", fw(case)], ["事件名", "譲受債権請求督促事件"]], [26, 70], x=100, aligns="ll", size=9.5, row_h=7,
            ruled="grid")
    p.gap(3)
    p.line("当事者の表示　別紙当事者目録記載のとおり", size=10.2)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.2)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言をする。",
           size=11)
    p.gap(4)
    p.line(fw(era(issued)), x=30, size=10.5)
    p.line("都城簡易裁判所", x=30, size=11)
    p.line("裁判所書記官　平安名　律子", x=80, size=11)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 40, 0.5))
    p.at(24, y + 6, "（注意）", size=9.5, font="serif-bold")
    for i, s in enumerate(("１　この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を申し立てる",
                           "　　ことができます。同封の督促異議申立書を利用してください。",
                           "２　督促異議の申立てがないときは、債権者の申立てにより仮執行の宣言がされ、強制執行を受けることが",
                           "　　あります。",
                           "３　ご不明な点は、下記の担当書記官までお問い合わせください（債権者代理人への連絡とは別です）。",
                           "　　都城簡易裁判所民事係　電話 0986-00-2315")):
        p.at(24, y + 12 + i * 4.8, s, size=8.9)
    # page 2
    q = Page(font="serif", size=9.8, top=14)
    q.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    q.gap(1)
    for lab, lines in (("債権者", ["〒810-0000 福岡市中央区しらさぎ浜九丁目9番9号", "瑠璃光債権回収株式会社",
                                  "代表者代表取締役　勝股　一成"]),
                       ("債権者代理人", ["〒880-0000 宮崎県宮崎市一位町九丁目9番9号 砂田・納富法律事務所（送達場所）",
                                        "弁護士　砂田　和樹　　弁護士　納富　詩織", "電話 0985-00-6431　FAX 0985-00-6432"]),
                       ("債務者", ["〒885-0000 宮崎県都城市鴨居町九丁目9番9号", "阿波根　由佳"])):
        q.line(lab, x=22, size=9.8, font="serif-bold")
        for s in lines:
            q.line(s, x=48, size=9.5)
        q.gap(1)
    q.add(Line(20, q.y, 190, q.y, 0.4))
    q.gap(3)
    q.line("請　求　の　趣　旨", size=12, font="serif-bold", align="c")
    for lab, val in (("１　譲受債権元金", P), ("２　利息", I), (f"３　確定遅延損害金（{era(nxt(acc))}から{era(filed)}まで）", L),
                     ("４　督促手続費用", C)):
        b = q.line(lab, x=26, size=9.8)
        q.at(182, b, f"{val:,}円", size=9.8, align="r")
    q.add(Line(120, q.y - 0.5, 184, q.y - 0.5, 0.3))
    b = q.line("合計", x=26, size=10.2, font="serif-bold")
    q.at(182, b, f"{T:,}円", size=10.2, font="serif-bold", align="r")
    q.para(f"５　上記１の金額に対する{era(nxt(filed))}から完済まで、年{R:g}％の割合による遅延損害金", x0=26, indent="", size=9.6)
    q.gap(2)
    q.line("請　求　の　原　因", size=12, font="serif-bold", align="c")
    for s in ("１　契約の内容　株式会社どんぐりローン（以下「原債権者」）は、令和2年8月17日、債務者との間で、極度額50万円、"
              "利率年17.8％、遅延損害金年20.0％とする金銭消費貸借基本契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(last)}の弁済を最後に支払を怠り、{era(acc)}、期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、債権者に対し、上記貸付債権を譲渡し、同年12月3日到達の内容証明郵便で債務者に"
              "その旨を通知した。",
              "４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, indent="", size=9.4)
    q.gap(2)
    q.line(f"（申立日　{era(filed)}）", x=22, size=9)
    tr = truth(document_type="payment_order", sender="都城簡易裁判所", phone="0986-00-2315",
               creditor="瑠璃光債権回収株式会社", status="unverified", original="株式会社どんぐりローン",
               debtor="阿波根由佳", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=last, assignment=assign, reference="令和8年(ロ)第145号",
               input_kind="pdf_scan", template="proxy47_payment_order_invented_servicer_two_lawyers_agents",
               received=D(2026, 3, 12))
    return dict(stem="bd06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, invented servicer creditor with two lawyers as 代理人, 2 pages)",
                unusual="支払督促 of a court not used before (都城簡裁) as a 2-page image-only PDF: p.1 a small ruled 事件番号 / "
                        "事件名 grid under the spaced title, the parties and 請求 only by reference to the 別紙; the clerk line; a "
                        "framed (注意) box with the court's 0986 number; p.2 当事者目録 with the INVENTED servicer 瑠璃光債権回収"
                        "株式会社 (no licence printed, court paper → unverified) and its 債権者代理人 two lawyers with their own "
                        "phone/FAX (distractors); 請求の趣旨 as leader-less rows with amounts flush right and a rule above 合計; "
                        "the running item ５; 極度額50万円, 17.8％ and the 通知 到達 12/3 as distractors; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bd07 after the 判決: two lawyers for a private lender ask for payment before 強制執行; 2 pages scanned.


def bd07():
    issued, due = D(2026, 2, 4), D(2026, 2, 20)
    start, last = D(2024, 11, 1), D(2024, 10, 31)
    P, R = 1_800_000, 10.0
    L = late(P, R, start, D(2026, 1, 31))
    T = P + L
    p = Page(font="sans", size=10.2, top=14)
    p.at(20, 18, "上坂・兵藤法律事務所", size=13, font="sans-bold")
    p.at(20, 23.5, "弁護士　上坂　壮太　　弁護士　兵藤　小百合　（旭川弁護士会）", size=8.6)
    p.at(20, 28, "〒070-0000 北海道旭川市蔵王通九丁目9番9号　電話 0166-00-7310／FAX 0166-00-7311", size=8.6)
    p.add(Line(20, 30.5, 190, 30.5, 0.3))
    p.add(Line(20, 31.3, 190, 31.3, 0.3))
    p.at(190, 37, era(issued), size=10, align="r")
    p.at(190, 42, "整理番号 UH-25-0912", size=9, align="r")
    p.y = 38
    p.line("北海道名寄市羽黒町九丁目9番9号", size=10)
    p.line("村主　康介　殿", size=13)
    p.gap(5)
    p.title("判決に基づくお支払いのお願い（強制執行予告）", size=14)
    p.para("前略　当職らは、尼子勘助氏（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおりご通知します。")
    p.para("通知人が貴殿を被告として提起した貸金返還請求訴訟（旭川地方裁判所令和7年(ワ)第188号）について、令和7年12月10日に"
           "判決が言い渡され、同月26日に確定しました。判決は、貴殿に対し、下記１の金員の支払を命じています。")
    y = p.y + 1
    p.add(Box(24, y, 162, 17, 0.3, None, SHADE))
    p.at(28, y + 6, "【判決主文（抜粋）】", size=9.3, font="sans-bold")
    p.at(28, y + 12, f"被告は、原告に対し、{P:,}円及びこれに対する{era(start)}から支払済みまで年{R:g}％の割合による", size=9.3)
    p.at(28, y + 16, "金員を支払え。", size=9.3)
    p.y = y + 21
    p.para(f"しかし、貴殿からは、{era(last)}に分割金をお支払いいただいたのを最後に、判決確定後も今日までお支払いがありません。"
           "つきましては、別紙計算書のとおり、判決に基づく下記２の金額を、下記期限までに、当職らの預り金口座にお振り込みください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("１　判決で命じられた金員", f"元金{P:,}円及び{era(start)}から年{R:g}％の遅延損害金"),
          ("２　お支払いいただく金額", f"{T:,}円（{era(D(2026, 1, 31))}現在、内訳は別紙計算書）"),
          ("３　お支払期限", f"{era(due)}（{wd(due)}）"),
          ("４　お振込先", "みちのく野銀行　旭川中央支店　普通 0731128　弁護士上坂壮太預り金口")], x=24, label_w=48, size=9.6)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.8))
    for i, s in enumerate(("期限までにお支払い又は誠意あるご連絡がない場合、通知人は、上記判決を債務名義として、何らの予告なく、",
                           "貴殿の給与債権、預貯金債権その他の財産に対する強制執行（差押え）の申立てを行います。差押えがなされた",
                           "場合、勤務先にも裁判所から通知が届きます。分割のご相談は期限までに当事務所（担当　兵藤）へお電話",
                           "ください。")):
        p.at(24, y + 6 + i * 5, s, size=9.2)
    p.y = y + 28
    p.line("草々", align="r")
    q = Page(font="sans", size=10, top=18)
    q.title("別紙　計　算　書", size=14)
    q.line(f"（{era(D(2026, 1, 31))}現在）", align="c", size=9.5)
    q.gap(3)
    q.table([["区分", "計算式", "金額"], ["元金", "判決主文による", f"{P:,}円"],
             ["遅延損害金", f"{P:,}円 × {R:g}％ × {(D(2026, 1, 31) - start).days + 1}日 ÷ 365日", f"{L:,}円"],
             ["既払金", "判決確定後の入金なし", "0円"], ["お支払いいただく金額", "", f"{T:,}円"]],
            [44, 82, 40], x=22, header=True, aligns="llr", size=9.5, row_h=8)
    q.gap(3)
    for s in (f"※遅延損害金の期間：{era(start)}から{era(D(2026, 1, 31))}まで（両日を含む）。",
              "※2月1日以降も、元金に対し年10％の割合による遅延損害金が日々発生します。",
              "※訴訟費用は、本書では請求しておりません（別途、訴訟費用額確定処分の申立てを予定しています）。",
              "※貸付日 令和5年6月30日、貸付額 2,000,000円、約定弁済 毎月末日限り50,000円（ご参考）。"):
        q.para(s, size=9.2, indent="")
    tr = truth(document_type="collection_notice", sender="上坂・兵藤法律事務所", phone="0166-00-7310",
               creditor="尼子勘助", status="not_applicable", debtor="村主康介", total=T, principal=P, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, last_payment=last, reference="UH-25-0912",
               input_kind="pdf_scan", template="proxy47_lawyers_after_judgment_private_lender_execution_warning",
               received=D(2026, 2, 6))
    return dict(stem="bd07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="collection_notice (two lawyers after a 判決, private lender, 強制執行予告, 2 pages scanned)",
                unusual="2-page image PDF: the creditor is a PRIVATE PERSON (「尼子勘助氏（以下「通知人」）」); letterhead top-left "
                        "over a double rule; title 「判決に基づくお支払いのお願い（強制執行予告）」; the (ワ) number, 言渡 12/10 and "
                        "確定 12/26 in the prose; the 判決主文 quoted in a grey box (「…及びこれに対する令和6年11月1日から…年10％」, "
                        "not a total); a numbered kv 記 with the total only in item ２ and the due date with weekday in item ３; "
                        "a framed 差押え warning; p.2 a 別紙計算書 with a formula column (1,800,000円 × 10％ × 457日 ÷ 365日), a "
                        "既払金 0円 row and notes: 訴訟費用 not claimed, 貸付額 2,000,000 / 50,000 monthly as ご参考")


# ---------------------------------------------------------------------------------------------
# bd08 弁護士法人 for a 信用金庫: 期限の利益喪失通知 (の経過をもって), scanned PNG.


def bd08():
    issued, due = D(2026, 2, 9), D(2026, 2, 27)
    demand, acc, last = D(2026, 1, 20), D(2026, 2, 3), D(2025, 10, 27)
    P, I, R = 3_052_664, 17_385, 14.0
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(20, 10, 170, 16, color=None, fill=INK))
    p.at(25, 17, "弁護士法人", size=8.5, color=WHITE)
    p.at(25, 23, "かつら野法律事務所", size=14, font="sans-bold", color=WHITE)
    p.at(186, 16.5, "新潟事務所　〒950-0000 新潟市中央区天の川通九丁目9番9号", size=7.8, color=WHITE, align="r")
    p.at(186, 21.5, "TEL 025-000-9034　FAX 025-000-9035", size=7.8, color=WHITE, align="r")
    p.y = 30
    p.at(190, 33, f"{era(issued)}", size=10, align="r")
    p.line("〒941-0000", size=9.5)
    p.line("新潟県糸魚川市たかさご町九丁目9番9号", size=9.5)
    p.line("堀籠　恵子　様", size=13)
    p.gap(3)
    p.table([["通知人", "ひすい信用金庫"], ["通知人代理人", "弁護士法人かつら野法律事務所　弁護士　小田桐　恒一／弁護士　名和田　葵"],
             ["当法人整理番号", "KTN-0209-14"]], [32, 138], x=20, aligns="ll", size=9, row_h=6.5, shade_col0=True)
    p.gap(4)
    p.line("期限の利益喪失通知書", size=16, font="sans-bold", align="c")
    p.gap(2)
    p.para("当法人は、ひすい信用金庫（以下「通知人」といいます。）から委任を受け、貴殿に対し、次のとおり通知いたします。")
    p.para(f"１．貴殿は、通知人との間の証書貸付契約（貸付番号 018-2240-07）に基づく毎月の返済を、{era(last)}のお支払いを最後に"
           "遅滞しています。")
    p.para(f"２．通知人は、{era(demand)}付け催告書により、{era(acc)}までに遅滞額をお支払いいただくよう催告しましたが、同日までに"
           f"お支払いがありませんでした。したがって、貴殿は、信用金庫取引約定書の定めにより、{era(acc)}の経過をもって期限の"
           "利益を喪失しました。")
    p.para("３．よって、当法人は、通知人に代わり、貴殿に対し、下記残債務全額を一括してお支払いいただくよう請求します。")
    p.gap(1)
    y = p.y
    rows = [("貸付残元金", P), ("約定利息（未払分）", I), (f"遅延損害金（{era(nxt(acc))}～{era(issued)} 年{R:g}％）", L)]
    for i, (lab, val) in enumerate(rows):
        p.add(Box(30, y + i * 7.5, 95, 7.5, 0.25, (0, 0, 0), SHADE))
        p.add(Box(125, y + i * 7.5, 50, 7.5, 0.25))
        p.at(32, y + i * 7.5 + 5.2, lab, size=9.3)
        p.at(172, y + i * 7.5 + 5.3, f"{val:,}円", size=10, align="r")
    yy = y + len(rows) * 7.5
    p.add(Box(30, yy, 95, 8.5, 0.8, (0, 0, 0), SHADE))
    p.add(Box(125, yy, 50, 8.5, 0.8))
    p.at(32, yy + 6, "残債務合計", size=10.5, font="sans-bold")
    p.at(172, yy + 6.2, f"{T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = yy + 12
    p.para(f"お支払期限　{era(due)}（{wd(due)}）", size=11, indent="")
    p.para("お振込先　ひすい信用金庫　本店営業部　普通預金　口座番号 1187624　名義 ベンゴシホウジンカツラノホウリツジムシヨ"
           "アズカリキングチ", size=9.2, indent="")
    p.para("４．期限までにお支払いがない場合、通知人は、担保不動産（糸魚川市たかさご町所在の土地建物）の競売申立てその他の"
           "法的手続を執ります。連帯保証人　堀籠　雅彦様にも同様の通知をしております。", size=9.6)
    p.para("※当初貸付金額 4,000,000円、約定返済額 月額38,420円、貸付利率 年2.45％（ご参考）", size=8.5, indent="")
    p.seal(176, 48, 12, "square", "弁護士法人かつら野之印", angle=2, seed=47081)
    tr = truth(document_type="acceleration_notice", sender="弁護士法人かつら野法律事務所", phone="025-000-9034",
               creditor="ひすい信用金庫", status="not_applicable", debtor="堀籠恵子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="KTN-0209-14", input_kind="scan_png",
               template="proxy47_law_corporation_acceleration_shinkin_parties_grid", received=D(2026, 2, 12))
    return dict(stem="bd08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="acceleration_notice (弁護士法人 for a 信用金庫, 期限の利益喪失通知書)",
                unusual="scanned; a navy letterhead BAND with 「弁護士法人」 small, the office name in white and the branch "
                        "(新潟事務所) address, TEL and FAX right-aligned inside it; a 3-row shaded-label grid under the "
                        "addressee: 通知人 / 通知人代理人 (two lawyers) / 当法人整理番号; numbered paragraphs with the 催告書 "
                        "date 1/20 and its deadline 2/3 (= acceleration 「の経過をもって」); 「通知人に代わり…一括してお支払い」; "
                        "a hand-built label/value box (貸付残元金 / 約定利息（未払分） / 遅延損害金 with window / 残債務合計); "
                        "貸付番号, the collateral, the 連帯保証人 and the ご参考 contract figures as distractors")


LETTERS = [bd01, bd02, bd03, bd04, bd05, bd06, bd07, bd08]
