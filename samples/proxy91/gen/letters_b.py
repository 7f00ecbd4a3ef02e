"""Proxy set 91, letters cv09–cv16: a 仮執行宣言付支払督促 with a real servicer as creditor, a 簡裁 (ハ) 呼出状 + 訴状,
a real servicer's 分割弁済のご提案 by fax, a law office's 縦書き 通知書, a real servicer's ご請求額のご案内 by fax, a scam
letter of a fake servicer, a consumer lender's 期限の利益喪失通知 and the invented servicer's 督促状 of cv06's debt."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    stamp,
    truth,
    vsafe,
    wd,
    window,
)
from letters_a import TM_ACC, TM_ASSIGN, TM_I, TM_LASTP, TM_P, TM_R, TM_REF, vcheck_era

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
ORANGE = (0.85, 0.40, 0.05)
PINK = (0.85, 0.20, 0.45)
GREEN = (0.10, 0.45, 0.25)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def dotd(d: D) -> str:
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# cv09 神戸簡易裁判所 仮執行宣言付支払督促, creditor あおぞら債権回収 (real); digital, 2 pages.


def cv09():
    R = 18.0
    filed, ordered, served, issued = D(2026, 6, 22), D(2026, 7, 3), D(2026, 7, 7), D(2026, 8, 6)
    acc, lastp, assign = D(2025, 11, 20), D(2025, 8, 27), D(2026, 2, 27)
    P, I = 742_300, 9_870
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_912, 1_020
    A = P + I + L + C1
    T = A + C2
    case = "令和８年（ロ）第２３１８号"
    p = Page(font="serif", size=11, top=20)
    p.line(case, size=11, x=22)
    p.gap(6)
    p.title("仮執行宣言付支払督促", size=19, font="serif-bold")
    p.gap(2)
    p.para("当事者の表示　別紙当事者目録記載のとおり", indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", indent="")
    p.gap(2)
    p.para(f"債務者は、債権者に対し、請求の趣旨記載の金額を支払え。（{fw(era(ordered))}付支払督促、同月{fw(str(served.day))}日"
           "債務者に送達）")
    p.para("上記支払督促に対し、債務者から督促異議の申立てがなく、債権者の申立てがあったので、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.line("仮執行の宣言", size=11.5, font="serif-bold", x=22)
    p.para("債務者は、上記金額に、仮執行宣言の手続費用として下記の金額を付加して支払え。この支払督促は仮に執行することが"
           "できる。", indent="　")
    p.gap(2)
    p.table([["請求の趣旨記載の金額（督促手続費用を含む）", f"金{A:,}円"], ["仮執行宣言の手続費用", f"金{C2:,}円"],
             ["合　計", f"金{T:,}円"]],
            [106, 50], x=27, aligns="lr", size=10.5, row_h=8.5)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　神戸簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　星名　亜希子", size=11)
    p.seal(156, p.y - 6, 15, "square", "神戸簡易裁判所書記官印", seed=91091)
    p.gap(6)
    p.line("これは正本である。", size=10.5, x=110)
    p.line(f"　{fw(era(issued))}　神戸簡易裁判所　裁判所書記官　星名　亜希子", size=9.5, x=60)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 34, 0.5))
    for i, s in enumerate(["（ご注意）",
                           "・この書面の送達を受けた日から２週間以内に、督促異議の申立てをすることができます。",
                           "　ただし、異議を申し立てても、仮執行宣言による強制執行は当然には止まりません。",
                           "・お問い合わせは　神戸簡易裁判所　民事第二係　078-000-4418　へ（事件番号をお伝えください）"]):
        p.at(26, y + 7 + i * 7, s, size=9.5, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10.5, top=20)
    q.line("当　事　者　目　録", align="c", size=12.5, font="serif-bold")
    q.gap(2)
    q.kv([("債権者", "〒650-0000 兵庫県神戸市中央区椹野九丁目9番9号"), ("", "あおぞら債権回収株式会社"),
          ("", "代表者代表取締役　掃部　誠一"),
          ("（送達場所）", "同所　管理部　電話 078-000-7150　FAX 078-000-7151"),
          ("債務者", "〒655-0000 兵庫県神戸市垂水区風見町九丁目9番9号"), ("", "広兼　翔")],
         x=22, label_w=30, size=10)
    q.gap(4)
    q.line("請　求　の　趣　旨", align="c", size=12.5, font="serif-bold")
    q.gap(1)
    for s in (f"１　金{P:,}円（譲受債権残元金）",
              f"２　金{I:,}円（上記元金に対する{fw(era(acc))}までの約定利息）",
              f"３　金{L:,}円（上記元金に対する{fw(era(acc + ONE))}から{fw(era(filed))}まで年18％の割合による確定遅延損害金）",
              f"４　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年18％の割合による遅延損害金",
              f"５　金{C1:,}円（督促手続費用）"):
        q.para(s, size=10, indent="")
    q.gap(4)
    q.line("請　求　の　原　因", align="c", size=12.5, font="serif-bold")
    q.gap(1)
    for s in ("１　株式会社ヘリオスクレジット（以下「原債権者」という。）は、債務者との間で、令和３年９月１日、極度額７０万円、"
              "利率年14.9％、遅延損害金年18％とする金銭消費貸借契約（カードローン）を締結し、債務者に対し金員を貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後に約定の返済を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{fw(era(assign))}、上記貸金債権を債権者に譲渡し、同日付内容証明郵便で債務者にその旨通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, size=10, indent="")
    q.gap(3)
    q.line(f"（申立日　{fw(era(filed))}）", x=22, size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="神戸簡易裁判所", phone="078-000-4418",
               creditor="あおぞら債権回収株式会社", status="licensed", original="株式会社ヘリオスクレジット",
               debtor="広兼翔", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="pdf_text_2page",
               template="proxy91_enforceable_order_kobe_totals_box_prose_claims", received=D(2026, 8, 10))
    return dict(stem="cv09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="digital 仮執行宣言付支払督促 of 神戸簡裁: p.1 the order date 7/3 and its 送達 「同月７日」 in one bracket, "
                        "a small ruled 3-row table (請求の趣旨記載の金額（督促手続費用を含む） / 仮執行宣言の手続費用 / 合計) and "
                        "「これは正本である。」; p.2 当事者目録 as kv lines (creditor ★ あおぞら債権回収 with its 送達場所 phone / "
                        "FAX as distractors; no licence number: court paper) and 請求の趣旨 as numbered PROSE items 「金…円"
                        "（譲受債権残元金）」 … with the running item ４; 請求の原因 with 極度額７０万円, 年14.9％, the 喪失, the "
                        "譲渡 (original = ヘリオスクレジット); the 申立日 in brackets")


# ---------------------------------------------------------------------------------------------
# cv10 仙台簡易裁判所 (ハ) 呼出状 + 訴状, plaintiff ベルガモファイナンス; 2-page image PDF.


def cv10():
    R = 20.0
    issued, hearing, answer, filed = D(2026, 9, 8), D(2026, 10, 14), D(2026, 10, 7), D(2026, 8, 24)
    acc, lastp = D(2026, 4, 3), D(2026, 1, 26)
    P, I = 463_520, 8_744
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    case = "令和８年（ハ）第１８７３号"
    p = Page(font="sans", size=10.5, top=20)
    p.at(190, 22, f"事件番号　{case}", size=10.5, align="r")
    p.at(190, 28, "貸金返還請求事件", size=10.5, align="r")
    p.y = 34
    p.line("原告　株式会社ベルガモファイナンス", size=10.5, x=22)
    p.line("被告　茂呂　裕子", size=10.5, x=22)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("茂呂　裕子　殿", size=12, x=22)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    p.gap(1)
    x, y = 30, p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("場　　所", "仙台簡易裁判所　第３民事法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(x, y + i * 10, 40, 10, 0.4, (0, 0, 0), SHADE))
        p.add(Box(x + 40, y + i * 10, 112, 10, 0.4))
        p.at(x + 20, y + i * 10 + 6.6, a, size=10, align="c")
        p.at(x + 44, y + i * 10 + 6.6, b, size=10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 36
    p.line("（注意）", size=10, font="sans-bold", x=22)
    for s in ("１　期日には、この呼出状、印鑑及び身分証明書をお持ちください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払いを希望する場合は、答弁書の該当欄にその旨を記載してください。"):
        p.para(s, x0=24, size=9.5, indent="")
    p.gap(6)
    p.line(f"　{fw(era(issued))}", size=10.5)
    p.line("　　仙台簡易裁判所民事係", size=10.5)
    p.line("　　　　裁判所書記官　大甕　智明", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "仙台簡易裁判所書記官印", seed=91101)
    p.gap(8)
    p.line("〒980-0000　宮城県仙台市青葉区枇杷島南九丁目9番9号", size=9.5, x=22)
    p.line("仙台簡易裁判所民事係　電話 022-000-6034　FAX 022-000-6039", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=18)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fw(era(filed)), align="r", size=10.5)
    q.line("仙台簡易裁判所　御中", size=10.5)
    q.line("原告代表者代表取締役　箱崎　隆", align="r", size=10.5)
    q.gap(1)
    q.kv([("原　告", "〒980-0000 宮城県仙台市宮城野区楓ケ丘九丁目9番9号　株式会社ベルガモファイナンス"),
          ("", "（送達場所・担当 犀川　電話 022-000-5518）"),
          ("被　告", "〒981-0000 宮城県仙台市泉区梅香台九丁目9番9号　茂呂　裕子")], x=20, label_w=20, size=9.5)
    q.gap(2)
    q.line("貸金返還請求事件", size=10.5, x=20)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金5,000円", size=10, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold", x=20)
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + ONE))}から支払済みまで年20％の割合による"
           "金員を支払え。", size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", size=10, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold", x=20)
    for s in ("１　原告は、被告に対し、令和５年７月10日、次の約定で金600,000円を貸し付けた（以下「本件貸付」という。）。"
              "利息　年17.8％、返済方法　毎月26日限り元利金を分割して支払う、遅延損害金　年20％、特約　分割金の支払を遅滞し、"
              "20日以上の期間を定めた書面による催告を受けてその期間内に支払わないときは期限の利益を失う。",
              f"２　被告は、{fw(era(lastp))}の支払を最後に支払をせず、原告の催告にもかかわらず支払わなかったため、"
              f"{fw(era(acc))}の経過により期限の利益を喪失した。",
              "３　本件貸付の残額は、次のとおりである。"):
        q.para(s, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], [f"未払利息（{fw(era(acc))}まで）", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + ONE))}から{fw(era(filed))}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [110, 40], x=30, aligns="lr", size=9.8, row_h=7.3)
    q.para("４　よって、原告は被告に対し、本件貸付に基づき請求の趣旨記載の金員の支払を求める。", size=9.8, indent="")
    q.gap(2)
    q.line("附属書類　１ 資格証明書　１通　２ 甲号証写し　各１通", size=9.5, x=20)
    tr = truth(document_type="lawsuit", sender="仙台簡易裁判所", phone="022-000-6034",
               creditor="株式会社ベルガモファイナンス", status="not_applicable", debtor="茂呂裕子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_scan",
               template="proxy91_summary_court_summons_complaint_lender", received=D(2026, 9, 11))
    return dict(stem="cv10", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.15,
                about="lawsuit (簡裁 (ハ), consumer-lender plaintiff, 2 pages)",
                unusual="2-page image PDF: p.1 口頭弁論期日呼出状及び答弁書催告状 of 仙台簡裁 with the case number and 「貸金返還"
                        "請求事件」 top-right, a shaded-label 期日 / 場所 / 答弁書提出期限 grid (full-width era dates with weekday, "
                        "午前１０時３０分), the court phone and FAX at the foot; p.2 訴状 dated 8/24 (≠ 呼出状 9/8): plaintiff a "
                        "consumer lender with its 担当 phone (distractor), 訴訟物の価額 and 貼用印紙額 5,000 (not costs), "
                        "請求の趣旨 「金…及びうち金…」, the loan of 600,000 at 年17.8％ in the 請求の原因, and a 4-row 残額 table "
                        "残元金 / 未払利息 / 遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# cv11 アルファ債権回収 (real) 分割弁済のご提案, 2-page fax.


def cv11():
    R = 14.6
    issued, due = D(2026, 6, 19), D(2026, 7, 3)
    acc, lastp, assign = D(2025, 3, 10), D(2024, 12, 27), D(2025, 8, 29)
    P, I = 528_900, 41_120
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    first, each, n = 15_270, 15_850, 36
    assert first + each * (n - 1) == P + I
    p = Page(font="sans", size=10, top=12)
    p.line(f"送信日：{fw(era(issued))}　　送信枚数：２枚（本紙含む）", size=9, x=15)
    p.line("送信先：若月　亮介　様　（FAX 0299-00-4417）", size=9, x=15)
    p.add(Line(15, p.y, 196, p.y, 0.5))
    p.y += 4
    p.at(196, p.y + 3, "お客様番号　AL-2508-09314", size=9.5, align="r")
    p.y += 9
    p.title("ご返済方法のご提案（分割弁済のご案内）", size=14.5)
    p.para(f"先日はお電話をいただき、ありがとうございました。当社が{era(assign)}に株式会社アネモネカードから譲り受けました"
           "貴殿に対する債権につき、お申し出に基づき、下記のとおり分割でのご返済方法をご提案いたします。")
    p.gap(1)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年14.6％）", "ご債務額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 36, 50, 48], x=18, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line(f"（ご参考）期限の利益喪失日 {era(acc)}　最終ご入金日 {era(lastp)}　原契約 平成29年6月 アネモネカード会員契約",
           x=18, size=8)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.kv([("お支払総額", f"{P + I:,}円（元金及び利息の合計。遅延損害金は完済を条件に免除いたします）"),
          ("お支払回数", f"{n}回"),
          ("初回", f"令和8年7月27日　{first:,}円"),
          ("2回目以降", f"令和8年8月から令和11年6月まで毎月27日限り　各{each:,}円"),
          ("ご注意", f"お支払いを2回分（{each * 2:,}円）以上怠ったときは、免除は取り消され、残額を一括してお支払いいただきます。")],
         x=22, label_w=30, size=9.5)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 175, 15, 1.3))
    p.at(23, y + 9.5, "ご回答期限", size=12, font="sans-bold")
    p.at(60, y + 9.7, f"{era(due)}（{wd(due)}）必着", size=13.5, font="sans-bold")
    p.y = y + 19
    p.para("ご提案に同意いただける場合は、2枚目の「分割弁済申込書」にご記入・ご捺印のうえ、ご回答期限までにFAXまたは郵送にて"
           "ご返送ください。期限までにご返送のない場合、本ご提案はなかったものとさせていただきます。", size=9.3, indent="")
    p.gap(3)
    for s, sz in (("アルファ債権回収株式会社　業務部　担当　杣田", 10), ("〒104-0000 東京都中央区薄原九丁目9番9号", 8.5),
                  ("TEL 03-0000-1016 ／ FAX 03-0000-1017", 9.5), ("法務大臣許可番号　第101号", 9)):
        p.line(s, x=104, size=sz)
    q = Page(font="sans", size=10, top=18)
    q.title("分割弁済申込書", size=15)
    q.line("アルファ債権回収株式会社　御中", size=10.5, x=20)
    q.gap(2)
    q.para("私は、貴社からご提案のあった下記条件により、債務を分割して弁済することを申し込みます。", indent="")
    q.table([["項目", "内容"], ["お客様番号", "AL-2508-09314"], ["お支払総額", f"{P + I:,}円"],
             ["初回（令和8年7月27日）", f"{first:,}円"], ["2回目以降（毎月27日）", f"{each:,}円 × {n - 1}回"],
             ["最終回", "令和11年6月27日"]],
            [70, 90], x=20, header=True, aligns="ll", size=10, row_h=8)
    q.gap(8)
    for s in ("申込日　令和　　年　　月　　日", "ご住所", "ご氏名　　　　　　　　　　　　　　　印", "ご連絡先電話番号"):
        q.line(s, x=24, size=10.5)
        q.add(Line(40, q.y - 1, 186, q.y - 1, 0.2))
        q.gap(4)
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1016", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社アネモネカード", debtor="若月亮介", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-2508-09314", input_kind="fax_tiff",
               template="proxy91_servicer_instalment_offer_fax_waiver", received=issued)
    return dict(stem="cv11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 ALPHA SERVICER 03-0000-1017",
                about="settlement_proposal (real servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax opening with two plain 送信日 / 送信先 lines (the addressee's own FAX number as a "
                        "distractor); real servicer ★ アルファ債権回収 with 「法務大臣許可番号　第101号」 in the sender block; a "
                        "4-column header table 元金 / 利息 / 遅延損害金（年14.6％） / ご債務額合計; a small （ご参考） line with the "
                        "喪失 date, last payment and a 平成29年 contract; the plan (お支払総額 570,020, 15,270 + 15,850 × 35, "
                        "令和11年, the 31,700 threshold, the waiver) as distractors; a heavy-framed ご回答期限 「…（金）必着」 = "
                        "payment_due; p.2 分割弁済申込書 with the plan as a table")


# ---------------------------------------------------------------------------------------------
# cv12 水無瀬法律事務所 縦書き 通知書 for コルドバ信販 (relative deadline); scanned.


def _vcheck_commas(pages) -> None:
    """vcheck_era plus: no column ends or starts inside an amount written with 、 as the thousands separator."""
    vcheck_era(pages)
    digs = set("〇一二三四五六七八九")
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s and b.s and ((a.s[-1] == "、" and len(a.s) > 1 and a.s[-2] in digs and b.s[0] in digs)
                                or (a.s[-1] in digs and b.s[0] == "、")):
                raise AssertionError(f"column breaks inside an amount: …{a.s[-6:]} | {b.s[:6]}…")


def kc(n: int) -> str:
    """金一、一二六、四五〇円: kanji digits with 、 as the thousands separator (vertical letters)."""
    return "金" + kanji_digits(f"{n:,}").replace(",", "、") + "円"


def cv12():
    R = 14.6
    issued = D(2026, 3, 23)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 1_126_450, 38_200
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社コルドバ信販（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", "貴殿は、通知人との間の平成三十年二月九日付個品割賦購入あっせん契約（商品名　普通乗用自動車）に基づく分割金の"
                 f"支払を、{kdate(lastp)}の支払を最後に怠り、通知人からの書面による催告にもかかわらずこれを支払わなかったため、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しております。"),
        ("body", "本日現在、貴殿が通知人に対して負担する債務は次のとおりです。"),
        ("indent", f"立替金残元金　{kc(P)}"),
        ("indent", f"未払手数料　　{kc(I)}"),
        ("indent", f"遅延損害金　　{kc(L)}"),
        ("plain", "　　（令和七年十一月二十八日から本日まで年十四・六パーセント）"),
        ("indent", f"合計　　　　　{kc(T)}"),
        ("body", "つきましては、本書到達後十日以内に、右合計額を一括して左記口座にお振込みください。期限内にお支払い又は"
                 "ご連絡のない場合は、通知人の指示により、直ちに法的手続をとる所存です。"),
        ("body", "なお、本件に関するご連絡は、通知人に直接なさらず、すべて当職宛てにお願いいたします。ご連絡の際は、"
                 "整理番号ＭＮ－２６０３１をお伝えください。"),
        ("indent", "振込先　みはる銀行横浜支店　普通預金　口座番号七七〇三一二六　口座名義　弁護士水無瀬遼預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "神奈川県横浜市中区潮見ケ丘九丁目九番九号"),
        ("low", "水無瀬法律事務所"),
        ("low", "通知人代理人　弁護士　水無瀬　遼"),
        ("low", "電話　〇四五（〇〇〇）七二〇三"),
        ("low", "（神奈川県弁護士会所属）"),
        ("blank", ""),
        ("low", "千葉県柏市くぬぎ原九丁目九番九号"),
        ("low", "出浦　孝　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    _vcheck_commas(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 91121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "水無瀬　遼" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18) * size * 0.3528 * 1.05, 9, "maru", "水無瀬", seed=91122))
    tr = truth(document_type="collection_notice", sender="水無瀬法律事務所", phone="045-000-7203",
               creditor="株式会社コルドバ信販", status="not_applicable", debtor="出浦孝", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, reference="ＭＮ－２６０３１", input_kind="vertical_scan",
               template="proxy91_vertical_law_office_notice_comma_kanji_amounts", received=D(2026, 3, 25))
    return dict(stem="cv12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (law office for a 信販 company, 縦書き 内容証明)",
                unusual="縦書き 通知書 (冠省 … 草々) of a one-lawyer office, scanned, with the 内容証明 stamp and a small round "
                        "認印; amounts as kanji digits with 、 as the thousands separator (金一、一二六、四五〇円); the "
                        "deadline ONLY relative 「本書到達後十日以内」 (payment_due null); a 平成三十年 自動車 割賦 contract; the "
                        "整理番号 ＭＮ－２６０３１ inside a sentence; the 預り金口 account number in kanji digits and the "
                        "弁護士会 as distractors; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# cv13 SMBC債権回収 (real) ご請求額のご案内, one-page fax with a 送信票 strip.


def cv13():
    R = 18.0
    issued, due = D(2025, 6, 24), D(2025, 7, 10)
    acc, lastp, assign = D(2024, 12, 26), D(2024, 10, 25), D(2025, 3, 31)
    P, I = 215_400, 3_206
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 30, 0.5))
    p.at(19, 17, "ＦＡＸ送信票", size=14, font="sans-bold")
    for i, (a, b) in enumerate((("宛　先", "入澤　奈緒　様"), ("発信元", "SMBC債権回収株式会社　お客様サポート部"),
                                ("日　付", fw(era(issued))), ("枚　数", "１枚"))):
        p.at(70, 17 + i * 6, a, size=8.5, color=GRAY)
        p.at(86, 17 + i * 6, b, size=10)
    p.at(19, 25, "件名：ご請求額のご案内", size=9)
    p.at(19, 31, "（お問い合わせ分）", size=8.5)
    p.y = 46
    p.para(f"平素よりお世話になっております。本日お電話にてお問い合わせいただきました、株式会社スカビオサ・ファイナンスから当社が"
           f"{fw(era(assign))}付で譲り受けた債権のご請求額につき、下記のとおりご案内いたします。", size=9.8)
    p.gap(2)
    p.table([["お客様番号", "SB-2503-71862"], ["原債権者", "株式会社スカビオサ・ファイナンス"],
             ["最終ご入金日", fw(era(lastp))], ["期限の利益喪失日", fw(era(acc))]],
            [44, 100], x=30, aligns="ll", size=9.5, row_h=7, shade_col0=True)
    p.gap(3)
    p.line(f"ご請求額（{fw(era(issued))}現在）", x=30, size=10.5, font="sans-bold")
    x0, x1 = 34, 150
    for lab, val in (("債権元金", f"{P:,}円"), ("利息", f"{I:,}円"),
                     ("遅延損害金（債権元金に対し年18％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.6))
    p.gap(1.5)
    b = p.line("合計請求額", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.gap(3)
    p.para(f"上記合計請求額を、{due.month}月{due.day}日（{wd(due)}）までに一括して下記口座へお振込みください。期限を過ぎますと"
           "遅延損害金が加算され、ご請求額が変わりますので、あらためてお問い合わせください。", size=9.8)
    p.para("お振込先　さきわい信託銀行 本店営業部 普通預金 2209457 エスエムビーシーサイケンカイシュウ（カ", size=9.5, indent="")
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(2)
    for s in ("SMBC債権回収株式会社（法務大臣許可番号　第10号）", "お客様サポート部　担当：鉾田　〒104-0000 東京都中央区蜜柑山九丁目9番9号",
              "TEL 03-0000-1058（平日9:00～18:00）／ FAX 03-0000-1059",
              "※本FAXは、お問い合わせいただいたお客様ご本人宛てにお送りしています。誤って届いた場合はお手数ですが破棄してください。"):
        p.line(s, x=15, size=9)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10, phone="03-0000-1058",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社スカビオサ・ファイナンス",
               debtor="入澤奈緒", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="SB-2503-71862",
               input_kind="fax_tiff", template="proxy91_servicer_quote_on_request_fax_cover", received=issued)
    return dict(stem="cv13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:22 SMBC SERVICER 03-0000-1059",
                about="collection_notice (real servicer ご請求額のご案内, one-page fax)",
                unusual="one-page G4 fax of a real servicer ★ SMBC債権回収 sent after the debtor phoned: a boxed ＦＡＸ送信票 "
                        "(宛先 / 発信元 / 日付 full-width era / 枚数 / 件名); a shaded-label info table; the labels 債権元金 / 利息 / "
                        "遅延損害金（債権元金に対し年18％） / 合計請求額; the deadline as MONTH-DAY only inside a sentence "
                        "「7月10日（木）までに一括して」 (year from the letter date); 「SMBC債権回収株式会社（法務大臣許可番号　第10号）」 "
                        "in brackets and the FAX number in the footer")


# ---------------------------------------------------------------------------------------------
# cv14 架空請求: fake servicer 「株式会社日本民事債権回収センター」 with a fake licence; photo stored sideways.


def cv14():
    issued, due = D(2026, 7, 14), D(2026, 7, 17)
    total = 198_000
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(10, 10, 190, 277, 1.5, RED))
    p.at(105, 22, "債権回収最終通告書", size=20, font="sans-bold", align="c", color=RED)
    p.at(105, 29, "（訴訟手続移行予告通知）", size=11, align="c", color=RED)
    stamp(p, 160, 34, "至急", size=12, fill=RED)
    stamp(p, 178, 34, "親展", size=12)
    p.y = 38
    p.line("通知日　令和8年7月14日", size=10, x=18)
    p.line("管理番号　に－０７７２", size=10, x=18)
    p.gap(3)
    p.line("海老名　聡　様", size=14, x=18)
    p.gap(4)
    p.para("この度、貴殿が過去にご利用になられたインターネット有料動画配信サービスの未納料金につきまして、契約会社より当社が"
           "債権の譲渡を受けましたので、ご通知いたします。", x0=18, x1=192)
    p.para("契約会社から再三にわたりご請求がなされたにもかかわらず、貴殿からは何らのご連絡もなく、放置されております。", x0=18, x1=192)
    p.para("つきましては、下記期日までにご連絡及びお支払いのない場合、民事訴訟の手続に移行し、給与・預貯金・不動産の差押えを"
           "執行させていただきます。なお、ご自宅及び勤務先への訪問による回収も行います。", x0=18, x1=192)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 30, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(30, y + 9, "未納料金総額", size=12, font="sans-bold")
    p.at(180, y + 9.5, f"金{total:,}円", size=18, font="sans-bold", align="r", color=RED)
    p.at(30, y + 21, "お支払・ご連絡期日", size=12, font="sans-bold")
    p.at(180, y + 21.5, f"{due.month}月{due.day}日（{wd(due)}）15時まで", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 36
    p.para("お支払いは、お近くのコンビニエンスストアにて電子マネーカード（プリペイド）をご購入のうえ、担当者にカード番号を"
           "お伝えください。", x0=18, x1=192, size=10)
    p.para("※本通知は最終通告となります。弁護士・消費生活センター等への相談は、手続が複雑になりますのでお控えください。",
           x0=18, x1=192, size=10)
    p.para("※土日祝日も受け付けております。", x0=18, x1=192, size=10)
    p.gap(6)
    for s, sz in (("法務省認可　債権回収業者", 10), ("株式会社日本民事債権回収センター", 14),
                  ("法務大臣許可番号　第318号", 10), ("東京都千代田区霞が関一丁目（法曹合同ビル別館）", 9.5),
                  ("担当直通　090-0000-5127（担当：笈田）", 11), ("受付時間　午前9時～午後8時", 9.5)):
        p.line(s, x=70, size=sz, font="sans-bold" if sz == 14 else None)
    p.seal(180, p.y - 26, 16, "square", "日本民事債権回収センター之印", seed=91141)
    tr = truth(document_type="other", sender="株式会社日本民事債権回収センター", license_number=318,
               phone="090-0000-5127", creditor=None, status="not_licensed", debtor="海老名聡", total=total,
               lump=False, issued=issued, payment_due=due, reference="に－０７７２", is_scam=True,
               input_kind="photo_exif_rotated", template="proxy91_scam_fake_servicer_final_notice_rotated",
               received=None)
    return dict(stem="cv14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.84, shadow=0.2, shadow_side="right",
                          warm=0.25),
                about="other (架空請求 letter of a fake servicer)",
                unusual="架空請求 letter photographed on wood and stored sideways with EXIF orientation 6; red frame and title "
                        "債権回収最終通告書（訴訟手続移行予告通知）; 「法務省認可　債権回収業者」 and a FAKE 「法務大臣許可番号　"
                        "第318号」 for 「株式会社日本民事債権回収センター」; an address in 「霞が関一丁目（法曹合同ビル別館）」 "
                        "without a number; no creditor named (「契約会社」); 未納料金総額 198,000 and a 3-day deadline "
                        "「7月17日（金）15時まで」 (year from the 通知日); electronic-money payment; a hiragana 管理番号 "
                        "に－０７７２; 090 担当直通; 「弁護士・消費生活センター等への相談は…お控えください」")


# ---------------------------------------------------------------------------------------------
# cv15 ティアレローン 期限の利益喪失のご通知 兼 一括請求; phone photo.


def cv15():
    R = 20.0
    issued, due = D(2026, 10, 6), D(2026, 10, 20)
    warn, acc, lastp = D(2026, 9, 15), D(2026, 9, 29), D(2026, 6, 30)
    P, I = 384_210, 7_355
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 30, color=None, fill=(0.98, 0.90, 0.94)))
    p.at(15, 14, "Tiare Loan", size=9, font="sans-bold", color=PINK)
    p.at(15, 21, "株式会社ティアレローン", size=14, font="sans-bold", color=PINK)
    p.at(15, 26.5, "お客様相談室　0120-000-615（平日10:00～19:00）", size=8.5)
    p.at(196, 14, f"発行日 {dotd(issued)}", size=9.5, align="r")
    p.at(196, 19.5, "お客様番号 TL-0912-66031", size=9.5, align="r")
    window(p, 15, 36, "930-0000", ["富山県富山市鶉町九丁目9番9号", "コーポ鶉町202"], "長峯　千春　様", "cv15bar", w=92, h=36)
    stamp(p, 150, 40, "重要なお知らせ", size=11, fill=PINK, color=PINK)
    p.y = 80
    p.title("期限の利益喪失のご通知（一括返済のご請求）", size=14, color=PINK)
    p.para(f"お客様のご契約につきましては、{dotd(warn)}付「ご返済のお願い（催告書）」にて、{dotd(acc)}までに延滞金をお支払い"
           "いただくようご請求いたしましたが、期限までにお支払いを確認できませんでした。")
    p.para(f"そのため、ご契約の定めにより、お客様は{dotd(acc)}の経過をもって期限の利益を喪失されました。つきましては、残債務"
           "全額を下記のとおり一括してお支払いください。")
    p.gap(2)
    y = p.y
    # left: contract facts; right: what to pay
    p.add(Box(15, y, 84, 50, 0.3))
    p.add(Box(15, y, 84, 7, color=None, fill=SHADE))
    p.at(18, y + 5, "ご契約内容", size=9.5, font="sans-bold")
    for i, (a, b) in enumerate((("ご契約番号", "61-0092-3317"), ("ご契約日", "2023.4.1"), ("ご契約極度額", "500,000円"),
                                ("約定返済日", "毎月月末"), ("最終ご返済日", dotd(lastp)), ("期限の利益喪失日", dotd(acc)))):
        p.at(18, y + 13 + i * 6.2, a, size=9)
        p.at(96, y + 13 + i * 6.2, b, size=9, align="r")
    p.add(Box(103, y, 93, 50, 0.6, PINK))
    p.add(Box(103, y, 93, 7, color=None, fill=(0.98, 0.90, 0.94)))
    p.at(106, y + 5, f"ご請求内訳（{dotd(issued)}現在）", size=9.5, font="sans-bold", color=PINK)
    for i, (a, b) in enumerate((("ご融資残高（元金）", f"{P:,}円"), ("利息", f"{I:,}円"), ("遅延損害金（年率20.0％）", f"{L:,}円"))):
        p.at(106, y + 13.5 + i * 6.5, a, size=9.5)
        p.at(193, y + 13.5 + i * 6.5, b, size=9.5, align="r")
    p.add(Line(106, y + 33, 193, y + 33, 0.4, PINK))
    p.at(106, y + 39.5, "ご請求総額", size=11, font="sans-bold")
    p.at(193, y + 40, f"{T:,}円", size=14, font="sans-bold", align="r", color=PINK)
    p.at(106, y + 46.5, f"お支払期限　{dotd(due)}（{wd(due)}）", size=9.5, font="sans-bold")
    p.y = y + 56
    p.para("【お振込先】とやまベイ銀行 本店　普通預金 5506123　カ）テイアレローン　※お振込人名の前にお客様番号をご入力ください。",
           size=9, indent="")
    p.para("期限までにお支払いもご連絡もない場合は、法的手続（支払督促・訴訟等）を検討いたします。ご返済についてのご相談は"
           "お客様相談室までお電話ください。", size=9, indent="")
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.2, GRAY))
    p.gap(2)
    for s in ("株式会社ティアレローン　債権管理部　〒930-0000 富山県富山市桃園南九丁目9番9号",
              "貸金業者登録番号　北陸財務局長（2）第00318号　日本貸金業協会会員第006142号"):
        p.line(s, x=15, size=8)
    tr = truth(document_type="acceleration_notice", sender="株式会社ティアレローン", phone="0120-000-615",
               creditor="株式会社ティアレローン", status="not_applicable", debtor="長峯千春", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="TL-0912-66031", input_kind="photo_jpeg",
               template="proxy91_consumer_loan_acceleration_two_panels_dot_dates", received=D(2026, 10, 8))
    return dict(stem="cv15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.85, blur=0.9, warm=0.2, glare=14),
                about="acceleration_notice (consumer lender 期限の利益喪失 + 一括請求)",
                unusual="phone photo on tatami with creases and a lamp glare; pink header band with 「Tiare Loan」 and the "
                        "お客様相談室 free-dial at the TOP; window address; DOT dates without zero padding (2026.10.6); two "
                        "panels side by side: ご契約内容 (ご契約番号, 2023.4.1, ご契約極度額 500,000円, 最終ご返済日, 喪失日) and "
                        "ご請求内訳 (ご融資残高（元金） / 利息 / 遅延損害金（年率20.0％） / ご請求総額) with the お支払期限 "
                        "inside the panel; the 催告書 date 2026.9.15 in the prose; 貸金業者登録番号 (not a servicer licence) "
                        "and the 協会会員番号 in the footer")


# ---------------------------------------------------------------------------------------------
# cv16 玉藻債権回収 (invented, 第２５３号) 督促状 for cv06's debt (野路); digital, slash dates.


def cv16():
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    L = late(TM_P, TM_R, TM_ACC + ONE, issued)
    T = TM_P + TM_I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "玉藻債権回収株式会社", size=14, font="sans-bold", color=GREEN)
    p.at(15, 24.5, "法務大臣許可番号第２５３号", size=8.5, color=GREEN)
    p.at(196, 17, "文書番号 TM-D-260216", size=8.5, align="r")
    p.at(196, 22, slash(issued), size=10, align="r")
    p.y = 32
    p.line("〒520-0000　滋賀県大津市欅台九丁目9番9号　メゾン欅台105", size=9.5)
    p.line("野路　健太　様", size=13.5)
    p.gap(6)
    p.add(Line(15, p.y, 196, p.y, 1.2, GREEN))
    p.gap(3)
    p.title("お支払いのお願い（督促状）", size=15)
    p.para(f"当社は、{slash(TM_ASSIGN)}付で株式会社ペンタスローンから貴殿に対する債権を譲り受け、同社と連名でその旨ご通知"
           "いたしましたが、現在に至るまでお支払いを確認できておりません。")
    p.para("つきましては、右記ご請求金額を下記お支払期日までに一括してお支払いくださいますよう、ご請求申し上げます。"
           "ご事情によりお支払いが難しい場合でも、必ずご連絡ください。")
    p.gap(2)
    y = p.y
    # left column: facts; right column: the money
    lab = [("お客様番号", TM_REF), ("譲渡人（原債権者）", "株式会社ペンタスローン"), ("ご契約", "ペンタスカードローン"),
           ("最終ご返済日", slash(TM_LASTP)), ("期限の利益喪失日", slash(TM_ACC)), ("債権譲受日", slash(TM_ASSIGN))]
    for i, (a, b) in enumerate(lab):
        p.at(17, y + 5 + i * 10, a, size=7.5, color=GRAY)
        p.at(17, y + 9.5 + i * 10, b, size=10)
        p.add(Line(15, y + 11 + i * 10, 95, y + 11 + i * 10, 0.15, GRAY))
    p.add(Box(102, y, 94, 60, 0.8, GREEN))
    p.add(Box(102, y, 94, 8, color=None, fill=GREEN))
    p.at(149, y + 5.8, "ご請求金額", size=10.5, font="sans-bold", color=WHITE, align="c")
    for i, (a, b) in enumerate((("元本", f"¥{TM_P:,}"), ("利息", f"¥{TM_I:,}"),
                                (f"損害金（{slash(TM_ACC + ONE)}～{slash(issued)}）", f"¥{L:,}"))):
        p.at(106, y + 16 + i * 7, a, size=9.5)
        p.at(192, y + 16 + i * 7, b, size=10, align="r")
    p.add(Line(106, y + 37, 192, y + 37, 0.5))
    p.at(106, y + 44, "合計", size=11, font="sans-bold")
    p.at(192, y + 44.5, f"¥{T:,}", size=15, font="sans-bold", align="r", color=GREEN)
    p.at(106, y + 54, f"お支払期日　{slash(due)}（{wd(due)}）", size=10.5, font="sans-bold")
    p.y = y + 66
    p.para("※損害金は元本に対し年20.0％の割合で計算しています（1年を365日とする日割計算）。お支払日までの損害金は日々増加"
           "します。", size=8.8, indent="")
    p.para("※お振込先：みはる銀行 大阪中央支店 普通預金 3302531 タマモサイケンカイシュウ（カ", size=8.8, indent="")
    p.para("※分割でのお支払いをご希望の場合は、お支払期日までにお電話ください（月々のお支払額のご相談に応じます）。", size=8.8,
           indent="")
    p.gap(6)
    y = p.y
    p.add(Box(100, y, 96, 30, 0.3, GREEN))
    for i, s in enumerate(("玉藻債権回収株式会社　管理部", "〒541-0000 大阪府大阪市中央区檀原九丁目9番9号",
                           "フリーダイヤル 0120-000-253", "（受付 平日9:00～18:00　担当 矢板）", "法務大臣許可番号第２５３号")):
        p.at(103, y + 6 + i * 5.5, s, size=9)
    p.seal(186, y + 12, 12, "square", "玉藻債権回収之印", angle=4, seed=91161)
    tr = truth(document_type="collection_notice", sender="玉藻債権回収株式会社", license_number=253, phone="0120-000-253",
               creditor="玉藻債権回収株式会社", status="unverified", original="株式会社ペンタスローン", debtor="野路健太",
               total=T, principal=TM_P, interest=TM_I, late_damages=L, rate=TM_R, lump=True, issued=issued,
               payment_due=due, acceleration=TM_ACC, last_payment=TM_LASTP, assignment=TM_ASSIGN, reference=TM_REF,
               input_kind="pdf_text", template="proxy91_invented_servicer_dunning_two_columns_slash_dates",
               received=D(2026, 2, 18))
    return dict(stem="cv16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer 督促状 of cv06's debt)",
                unusual="digital 督促状 of the INVENTED servicer 玉藻債権回収 with a full-width 「法務大臣許可番号第２５３号」 (no "
                        "space) under the logo and in the sender box (→ unverified); a 文書番号 above the date (not the "
                        "reference); EVERY date in zero-padded slash form 2026/02/16; left column of small-label facts "
                        "(お客様番号, 譲渡人（原債権者）, 最終ご返済日, 喪失日, 債権譲受日), right a green panel 元本 / 利息 / "
                        "損害金（2025/05/09～2026/02/16） / 合計 as ¥ amounts with the お支払期日 inside; 「右記ご請求金額」")


LETTERS = [cv09, cv10, cv11, cv12, cv13, cv14, cv15, cv16]
