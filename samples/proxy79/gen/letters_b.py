"""Proxy set 79, letters cj09–cj16: a 簡裁 仮執行宣言付支払督促 (real servicer creditor, scan), a 簡裁 (ハ) 呼出状 + 訴状
of an invented servicer, the same invented servicer's 分割弁済のご提案 (fax), a scam postcard photographed sideways, the
real 住宅債権管理回収機構's 配当後の一括請求 (2-page scan), a 信用組合's 督促 (photo), a law office's 縦書き 御通知 (scan)
and the 執行官's 現況調査のお知らせ of the auction behind cj13 (claims nothing)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
    Box,
    Line,
    Page,
    dashed,
    era,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page
from samples.letters.proxydraw import kman

fw = fullwidth
ONE = timedelta(1)
NAVY2 = (0.10, 0.20, 0.40)
GREEN2 = (0.10, 0.38, 0.20)
BROWN = (0.45, 0.25, 0.10)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# cj09 宇都宮簡易裁判所 仮執行宣言付支払督促, one page, creditor アルファ債権回収 (real). Scanned PNG.


def cj09():
    R = 14.6
    issued, order, served, filed = D(2026, 4, 2), D(2026, 3, 2), D(2026, 3, 5), D(2026, 2, 16)
    acc, lastp, assign = D(2025, 7, 15), D(2025, 5, 27), D(2025, 10, 31)
    P = 398_600
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 4_210, 1_120
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第1907号"
    p = Page(font="serif", size=10, top=14, left=18, right=18)
    p.add(Box(18, 12, 84, 16, 0.3))
    p.at(21, 17.5, f"事件番号　{fw('令和8年（ロ）第1907号')}", size=9.5)
    p.at(21, 24, "譲受債権請求督促事件", size=9.5)
    p.y = 32
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "〒100-0000 東京都中央区銀杏坂三丁目4番9号　アルファ債権回収株式会社　代表者代表取締役　赤嶺　基樹"],
             ["", "（送達場所）同社北関東管理センター　電話 028-000-7740　FAX 028-000-7741"],
             ["債務者", "〒320-0000 栃木県宇都宮市菫台四丁目2番21号　宮城島　義郎"]],
            [20, 154], x=18, aligns="ll", size=8.6, row_h=6.6, ruled="rows")
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.para(f"上記は、{fw(era(order))}付けで発付した支払督促の内容であり、同支払督促は{fw(era(served))}債務者に送達され"
           "たが、債務者は法定の期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、仮執行の宣言をする。")
    p.gap(1)
    p.line("請求の趣旨", align="c", size=11, font="serif-bold")
    rows = [["", "内　容", "金額（円）"],
            ["1", "譲受債権元金", f"{P:,}"],
            ["2", f"確定遅延損害金（{fw(era(acc + ONE))}から{fw(era(filed))}まで　年14.6％）", f"{L:,}"],
            ["3", "督促手続費用", f"{C1:,}"],
            ["4", "仮執行宣言の手続費用", f"{C2:,}"],
            ["", "合　計", f"{T:,}"]]
    p.table(rows, [9, 128, 37], x=18, header=True, aligns="clr", size=9.3, row_h=6.8)
    p.para(f"　なお、上記1の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金を支払え。", size=9.3,
           indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", align="c", size=11, font="serif-bold")
    for s in ("1　株式会社一ツ星クレジットは、令和2年9月14日、債務者との間でカードローン契約を締結し、債務者に金員を貸し付けた"
              "（利息年16.0％、遅延損害金年14.6％）。",
              f"2　債務者は、{fw(era(lastp))}の支払を最後にその後の支払をせず、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"3　株式会社一ツ星クレジットは、{fw(era(assign))}、上記債権を債権者に譲渡し、債務者に対しその旨通知した。"):
        p.para(s, x0=20, x1=192, size=9.2, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("宇都宮簡易裁判所　裁判所書記官　池宮城　武範", x=86, size=10.5)
    p.seal(182, p.y - 5, 14, "square", "宇都宮簡易裁判所書記官印", seed=79091)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 24, 0.3, fill=(0.95, 0.95, 0.95)))
    for i, s in enumerate(["（注意）この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "できます。ただし、異議を申し立てても、強制執行の停止決定を得ない限り強制執行を止めることはできません。",
                           "お問い合わせ　宇都宮簡易裁判所　民事督促係　電話 028-000-5519"]):
        p.at(21, y + 7 + i * 6.4, s, size=8.8)
    p.y = y + 28
    p.line(f"（支払督促申立日　{fw(era(filed))}）　これは正本である。", align="r", size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="宇都宮簡易裁判所", phone="028-000-5519",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社一ツ星クレジット",
               debtor="宮城島義郎", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="scan_png", template="proxy79_enforceable_payment_order_one_page_table",
               received=D(2026, 4, 6))
    return dict(stem="cj09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.3,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="the whole 仮執行宣言付支払督促 on ONE scanned page: the case number in a small box top-LEFT; the parties "
                        "as a rows-ruled table (creditor ★ アルファ債権回収 with its 送達場所 phone / FAX as distractors; no "
                        "licence number: court paper); the order date 3/2 and its 送達 3/5 in one sentence; 請求の趣旨 as a "
                        "table with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) "
                        "above 合計; NO interest (null); the running late damages as a 「なお…」 sentence under the table; "
                        "令和2年 contract and 年16.0％ as distractors; the 申立日 in brackets at the foot")


# ---------------------------------------------------------------------------------------------
# invented servicer 羅針債権回収: the (ハ) lawsuit cj10 and the settlement proposal cj11.

RS_NAME = "羅針債権回収株式会社"


def cj10():
    R = 18.0
    issued, hearing, answer, filed = D(2026, 6, 10), D(2026, 7, 15), D(2026, 7, 8), D(2026, 5, 22)
    acc, lastp, assign = D(2025, 9, 2), D(2025, 7, 28), D(2026, 1, 16)
    P, I = 812_450, 14_376
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    case = "令和8年(ハ)第2214号"
    p = Page(font="sans", size=10.5, top=18, left=22, right=22)
    p.line(f"事件番号　{fw('令和8年（ハ）第2214号')}　譲受債権請求事件", size=10)
    p.line(f"原　告　{RS_NAME}", size=10)
    p.line("被　告　川満　泰三", size=10)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　川満　泰三　殿", size=12)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。")
    p.para("なお、訴状を読んだうえ、下記の期限までに答弁書を提出してください。答弁書を提出せず、期日にも出頭しないときは、"
           "原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。")
    p.gap(3)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("場　　所", "新潟簡易裁判所　第３号法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 11
        p.add(Box(30, yy, 40, 11, 0.4, fill=SHADE))
        p.add(Box(70, yy, 110, 11, 0.4))
        p.at(50, yy + 7.3, a, size=10.5, align="c")
        p.at(74, yy + 7.3, b, size=11.5, font="sans-bold")
    p.y = y + 38
    p.para("出頭の際は、この呼出状と印鑑を持参してください。期日を変更することは、原則としてできません。", size=9.8)
    p.para("同封書類　訴状副本、甲号証写し（甲第１号証～甲第４号証）、答弁書用紙、注意書", size=9.8, indent="")
    p.gap(8)
    p.line(f"　{fw(era(issued))}", size=11)
    p.line("新潟簡易裁判所民事第二係", x=96, size=11)
    p.line("裁判所書記官　石嶺　奈穂", x=96, size=11)
    p.seal(184, p.y - 6, 14, "square", "新潟簡易裁判所書記官印", seed=79101)
    p.gap(8)
    p.line("〒951-0000　新潟県新潟市中央区凪ヶ丘一丁目2番1号", size=9.5)
    p.line("電話　025-000-3381（民事第二係直通）　FAX　025-000-3389", size=9.5)
    q = Page(font="serif", size=10.5, top=16, left=22, right=22)
    q.title("訴　　状", size=18, font="serif-bold", spaced=False)
    q.line(fw(era(filed)), align="r")
    q.line("新潟簡易裁判所　御中", size=11)
    q.gap(2)
    q.kv([("原告", f"〒150-0000　東京都渋谷区松籟二丁目6番3号　{RS_NAME}"), ("", "上記代表者代表取締役　上舘　照夫"),
          ("", "（送達場所・連絡先）同社新潟支店　電話 025-000-8840"),
          ("被告", "〒950-0000　新潟県新潟市東区帆待二丁目19番7号　川満　泰三")], x=22, label_w=14, size=9.6)
    q.gap(2)
    q.line("譲受債権請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金9,000円", size=10.5)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + ONE))}から支払済みまで年18％の割合に"
           "よる金員を支払え。", x0=26, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=26, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=26, indent="")
    q.gap(1)
    q.line("第２　請求の原因", font="serif-bold")
    for s in ("１　株式会社とうみょうクレジット（以下「訴外会社」）は、令和3年4月19日、被告との間で、極度額100万円、利率年"
              "15％、遅延損害金年18％（年365日の日割計算）とするカードローン契約を締結し、被告に対し金員を貸し付けた。",
              f"２　被告は、{fw(era(lastp))}の支払を最後に約定の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　訴外会社は、{fw(era(assign))}、被告に対する上記債権を原告に譲渡し、同月21日到達の内容証明郵便により被告に"
              "その旨を通知した。",
              "４　上記債権の内訳は、次のとおりである。"):
        q.para(s, x0=26, indent="")
    q.table([["残元金", f"{P:,}円"], [f"未払利息（{fw(era(acc))}まで）", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + ONE))}から{fw(era(filed))}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [118, 40], x=30, aligns="lr", size=9.6, row_h=7)
    q.para("５　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=26, indent="")
    q.gap(1)
    q.line("証拠方法　甲第１号証　契約書　甲第２号証　取引履歴　甲第３号証　債権譲渡契約書　甲第４号証　債権譲渡通知書",
           size=8.8)
    q.line("附属書類　訴状副本 1通　甲号証写し 各1通　資格証明書 1通", size=8.8)
    tr = truth(document_type="lawsuit", sender="新潟簡易裁判所", phone="025-000-3381", creditor=RS_NAME,
               status="unverified", original="株式会社とうみょうクレジット", debtor="川満泰三", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy79_summary_court_summons_and_complaint_invented_servicer", received=D(2026, 6, 13))
    return dict(stem="cj10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), invented servicer plaintiff, 2 pages)",
                unusual="digital 簡裁 (ハ) bundle: p.1 第１回口頭弁論期日呼出状及び答弁書催告状 with the 期日 / 場所 / 答弁書提出期限 "
                        "as a shaded-label box (full-width era dates with weekday, 午前１０時３０分); the court's 直通 phone and "
                        "FAX at the foot; p.2 訴状 dated 5/22 (≠ 呼出状 6/10) with the plaintiff = INVENTED servicer "
                        "羅針債権回収 (no licence printed → unverified) and its 新潟支店 phone (distractor); 訴訟物の価額 = total "
                        "and 貼用印紙額 9,000 (not costs); 請求の趣旨 「金…及びうち金…」; a 4-row 内訳 table 残元金 / 未払利息 / "
                        "遅延損害金 / 合計; 極度額100万円 and 年15％ as distractors; 「同月21日到達」 is not a date field")


def cj11():
    R = 14.0
    issued, reply = D(2026, 6, 24), D(2026, 7, 10)
    acc, lastp, subro, assign = D(2025, 3, 18), D(2024, 12, 26), D(2025, 5, 20), D(2026, 2, 27)
    P = 1_245_300
    L = late(P, R, subro + ONE, issued)
    T = P + L
    n, mon = 36, 34_500
    first = P - mon * (n - 1)
    assert first > 0 and first + mon * (n - 1) == P, first
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 18, "送信先：友利　朋代　様（FAX 098-000-2276）", size=9)
    p.at(192, 18, f"送信日：{era(issued)}　送信枚数：2枚（本紙含む）", size=9, align="r")
    p.add(Line(18, 21, 192, 21, 0.4))
    p.y = 25
    p.line("〒900-0000　沖縄県那覇市入舟3丁目8番15号", size=9)
    p.line("友利　朋代　様", size=12.5)
    p.gap(2)
    p.line(RS_NAME, x=122, size=11, font="sans-bold")
    p.line("法務大臣許可番号 第184号", x=122, size=8.8)
    p.line("沖縄事務所　和解推進課　担当 前泊", x=122, size=8.8)
    p.line("TEL 0120-000-184 / FAX 098-000-1849", x=122, size=8.8)
    p.gap(3)
    p.title("分割弁済のご提案", size=16)
    p.line("管理番号　RS-0624-7702", align="r", size=9.5)
    p.para(f"お客様がかざぐるま保証株式会社に対して負担されている求償債務（同社が{era(subro)}に株式会社ゆりかもめ銀行へ代位"
           f"弁済したことにより生じたもの）は、{era(assign)}付で当社が同社から譲り受けております。", size=9.6)
    p.para("このたび、お客様のご事情を考慮し、下記の条件による分割でのお支払いをご提案いたします。本提案にご同意いただける場合"
           "は、別紙「分割弁済申込書」にご記入のうえ、ご回答期限までに当社あてFAX又は郵送でご返送ください。", size=9.6)
    p.gap(1)
    p.line(f"１．現在のご債務額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["項目", "金額"], ["求償元金", f"{P:,}円"],
             [f"遅延損害金（{era(subro + ONE)}から年{R:.0f}％）", f"{L:,}円"], ["ご債務額合計", f"{T:,}円"]],
            [110, 44], x=24, header=True, aligns="lr", size=9.5, row_h=7)
    p.para(f"（ご参考）期限の利益喪失日 {era(acc)}（銀行）／最終ご返済日 {era(lastp)}", x0=24, size=8.6, indent="")
    p.gap(1)
    p.line("２．ご提案内容", size=10, font="sans-bold")
    for s in (f"(1) お支払総額　求償元金相当額 金{P:,}円",
              f"(2) お支払方法　第1回 令和8年8月31日限り 金{first:,}円、以後毎月末日限り 金{mon:,}円×{n - 1}回（最終回 令和11年7月31日）",
              "(3) 上記のお支払いを遅滞なく完了された場合、遅延損害金の全額を免除いたします。",
              f"(4) お支払いを2回以上怠り、その額が金{mon * 2:,}円に達したときは、期限の利益を失い、残額に年{R:.0f}％の遅延損害金を"
              "加算して一括でお支払いいただきます。"):
        p.para(s, x0=24, size=9.3, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 160, 15, 1.2))
    p.at(30, y + 9.6, "ご回答期限", size=11, font="sans-bold")
    p.at(64, y + 10, f"{era(reply)}（{wd(reply)}）必着", size=14, font="sans-bold")
    p.y = y + 20
    p.para("※期限までにご回答がない場合、本提案は失効し、法的手続を含めた回収手続を進めさせていただきます。", size=8.6, indent="")
    p.para("※本書面は、お客様からのご相談に基づきFAXにてお送りしております。", size=8.6, indent="")
    q = Page(font="sans", size=10.5, top=20, left=24, right=24)
    q.line("（別紙）", size=9.5)
    q.title("分割弁済申込書", size=15)
    q.line(f"{RS_NAME}　御中（FAX 098-000-1849）", size=10.5)
    q.gap(3)
    q.para(f"私は、貴社の{era(issued)}付「分割弁済のご提案」記載の条件により、求償元金相当額金{P:,}円を分割して支払うことを"
           "申し込みます。")
    q.gap(2)
    q.table([["回", "お支払期限", "金額"], ["第1回", "令和8年8月31日", f"{first:,}円"],
             ["第2回～第35回", "毎月末日", f"各{mon:,}円"], ["第36回", "令和11年7月31日", f"{mon:,}円"],
             ["合計", f"{n}回", f"{P:,}円"]], [40, 60, 44], x=33, header=True, aligns="ccr", size=10, row_h=7.5)
    q.gap(8)
    for lab in ("ご記入日　令和　　年　　月　　日", "ご住所", "ご署名", "日中のご連絡先"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 182, q.y - 1, 0.3))
        q.gap(7)
    q.para("※管理番号 RS-0624-7702 をご記入のうえご返送ください。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender=RS_NAME, license_number=184, phone="0120-000-184",
               creditor=RS_NAME, status="unverified", original="かざぐるま保証株式会社", debtor="友利朋代", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="RS-0624-7702",
               input_kind="fax_tiff", template="proxy79_invented_servicer_instalment_offer_fax", received=issued)
    return dict(stem="cj11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:48 RASHIN SAIKEN OKINAWA 098-000-1849",
                about="settlement_proposal (invented servicer, 36 instalments, 2-page fax)",
                unusual="2-page G4 fax with a one-line 送信先 / 送信日 / 送信枚数 strip; INVENTED servicer 羅針債権回収 with "
                        "「法務大臣許可番号 第184号」 (→ unverified); a guarantor's 求償債権 bought by the servicer (original = "
                        "かざぐるま保証, the bank ゆりかもめ銀行 only as history); a header table 求償元金 / 遅延損害金（…から年14％） "
                        "/ ご債務額合計 (no interest); the bank's 喪失 date and the last payment in a small (ご参考) line; the "
                        "plan (first 37,800, 34,500 × 35, 令和11年, the 69,000 threshold, the waiver) as distractors; a "
                        "heavy-framed ご回答期限 「…（金）必着」 = payment_due; the addressee's own FAX number; p.2 分割弁済申込書")


# ---------------------------------------------------------------------------------------------
# cj12 scam postcard (法的手続最終通告書), photographed sideways (EXIF 6).


def cj12():
    issued, due = D(2026, 6, 9), D(2026, 6, 12)
    p = Page(w=100, h=148, font="sans", size=7.5, top=7, left=6, right=6, leading=1.45)
    p.add(Box(4, 4, 92, 140, 0.6, RED))
    p.at(50, 11, "法的手続最終通告書", size=12.5, font="sans-bold", align="c", color=RED)
    p.at(50, 15.8, "（未払消費料金に関する民事訴訟の件）", size=7, align="c")
    p.y = 18.5
    p.line("管理番号：ろ－５０８", size=8, font="sans-bold")
    p.line("〒904-0000 沖縄県沖縄市銀杏坂1-33", size=7.2)
    p.line("古戸　知里　様", size=10)
    p.gap(1)
    p.para("この度、貴殿が過去にご利用された通信事業者・コンテンツ運営会社より、未払料金に関する債権の譲渡を当局が受け、"
           "契約不履行による民事訴訟の手続を開始いたしましたので通知いたします。", size=7.2)
    p.para("本通知書到達後、下記期限までにご連絡及びお支払いのない場合は、原告側の主張が全面的に認められ、裁判所の許可のもと"
           "給与・預貯金・不動産等の差押えが執行されます。", size=7.2)
    p.para("訴訟の取下げをご希望の方は、必ずご本人様より下記窓口までご連絡ください。ご家族・弁護士等へのご相談は、手続が複雑"
           "になるためお控えください。", size=7.2)
    p.gap(1)
    y = p.y
    p.add(Box(8, y, 84, 18, 0.5, RED, (1.0, 0.93, 0.93)))
    p.at(11, y + 5.5, "未納総額", size=8, font="sans-bold")
    p.at(89, y + 6, "金52,800円", size=11, font="sans-bold", align="r", color=RED)
    p.at(11, y + 12, "取下げ最終期日", size=8, font="sans-bold")
    p.at(89, y + 12.5, f"{due.month}月{due.day}日（{wd(due)}）17時まで", size=9.5, font="sans-bold", align="r", color=RED)
    p.at(11, y + 16.3, "※期日を過ぎますと一切のご相談に応じられません", size=5.8)
    p.y = y + 21
    p.line(f"通知日　令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=7.2)
    p.gap(1)
    p.line("株式会社民事債権保全局", size=9.5, font="sans-bold")
    p.line("法務大臣許可番号　第302号", size=7.2)
    p.line("東京都千代田区霞が関１丁目（法務合同庁舎内）", size=7.2)
    p.line("お問い合わせ　03-0000-4620　担当：小橋川", size=8, font="sans-bold")
    p.line("受付時間　9:00～20:00（土日祝も受付）", size=7)
    stamp(p, 70, 125, "至急", color=RED, size=10, h=8, fill=RED)
    tr = truth(document_type="other", sender="株式会社民事債権保全局", license_number=302, phone="03-0000-4620",
               creditor=None, status="not_licensed", original=None, debtor="古戸知里", total=52_800, lump=False,
               issued=issued, payment_due=due, reference="ろ-508", is_scam=True, input_kind="photo_exif_rotated",
               template="proxy79_scam_postcard_final_notice_fake_license", received=None)
    return dict(stem="cj12", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="wood", keystone=0.05, tilt=3.0, fill=0.78, blur=0.8, warm=0.2,
                          shadow=0.2, shadow_side="left"),
                about="other (架空請求 postcard, fake servicer licence)",
                unusual="a postcard photographed on wood and stored sideways with EXIF orientation 6; red frame and title "
                        "法的手続最終通告書; a fake 「株式会社民事債権保全局」 with a FAKE 「法務大臣許可番号　第302号」 and an "
                        "address in 「霞が関１丁目（法務合同庁舎内）」; 「債権の譲渡を当局が受け」 with no creditor, contract or "
                        "court named; 未納総額 金52,800円 and a 3-day 取下げ最終期日 「6月12日（金）17時まで」 (year from the 通知日); "
                        "a hiragana 管理番号 ろ－５０８; 「弁護士等へのご相談は…お控えください」; open weekends; filled 至急 stamp")


# ---------------------------------------------------------------------------------------------
# cj13 住宅債権管理回収機構: 配当後の残債務一括請求 (函館地裁 (ケ)), 2-page image PDF. cj16 is the same auction.

HK_CASE = "令和7年(ケ)第86号"
HK_CASE_FW = "令和７年（ケ）第８６号"


def cj13():
    R = 14.0
    issued, due, div = D(2026, 5, 20), D(2026, 6, 19), D(2026, 4, 22)
    acc, lastp, assign = D(2024, 10, 15), D(2024, 6, 27), D(2025, 3, 31)
    P0, COST, DIV = 21_480_000, 1_180_400, 14_930_000
    L0 = late(P0, R, acc + ONE, div)
    to_cost, to_late = COST, L0
    to_prin = DIV - to_cost - to_late
    assert to_prin > 0
    P = P0 - to_prin
    L = late(P, R, div + ONE, issued)
    T = P + L
    before = [COST, L0, P0]
    applied = [to_cost, to_late, to_prin]
    after = [b - a for b, a in zip(before, applied, strict=True)]
    assert sum(applied) == DIV and after[0] == 0 and after[1] == 0 and after[2] == P
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 19, "株式会社住宅債権管理回収機構", size=13, font="sans-bold", color=NAVY2)
    p.at(18, 24, "法務大臣許可第91号　北海道債権管理センター", size=8.5, color=NAVY2)
    p.at(192, 17, f"{era(issued)}発行", size=9, align="r")
    p.at(192, 22, "お客様番号：JHK-91-20417", size=9, align="r")
    p.add(Line(18, 27, 192, 27, 1.0, NAVY2))
    p.y = 31
    p.line("〒040-0000　北海道函館市帆待町3丁目7番12号", size=9.5)
    p.line("津波古　敦子　様", size=13)
    p.gap(3)
    p.title("配当金充当のご報告及び残債務一括お支払いのお願い", size=13.5)
    p.para(f"当機構は、{era(assign)}付で株式会社つばくろ銀行から貴殿に対する住宅ローン債権（抵当権付）を譲り受け、函館地方裁判所"
           f"{HK_CASE_FW}担保不動産競売事件を申し立てておりましたが、{era(div)}の配当期日において、下記のとおり配当金の交付を"
           "受けましたので、ご報告いたします。", size=9.6)
    p.para("配当金は、執行費用、遅延損害金、元本の順に充当いたしました。充当後もなお残債務がございますので、下記ご請求額を一括して"
           "お支払いくださいますようお願いいたします。", size=9.6)
    p.gap(1)
    p.line(f"１　配当金の充当（配当金 {DIV:,}円）", size=10, font="sans-bold")
    names = ["執行費用（競売申立費用等）", "遅延損害金", "元本"]
    rows = [["項目", "充当前", "配当充当額", "充当後"]]
    rows += [[nm, f"{b:,}", f"△{a:,}", f"{af:,}"] for nm, b, a, af in zip(names, before, applied, after, strict=True)]
    rows.append(["計", f"{sum(before):,}", f"△{DIV:,}", f"{sum(after):,}"])
    p.table(rows, [58, 38, 38, 38], x=20, header=True, aligns="lrrr", size=9.3, row_h=7)
    p.line(f"（単位：円、充当前の遅延損害金は{era(acc + ONE)}から配当期日まで年14％）", size=8, align="r")
    p.gap(2)
    p.line(f"２　ご請求額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元本", f"{P:,}円"], [f"配当期日翌日（{era(div + ONE)}）以降の遅延損害金（年14％）", f"{L:,}円"],
             ["一括ご請求額", f"{T:,}円"]], [132, 40], x=20, aligns="lr", size=9.6, row_h=7.6, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 13, 0.9, NAVY2))
    p.at(24, y + 8.6, "お支払期限", size=11, font="sans-bold", color=NAVY2)
    p.at(62, y + 9, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    p.para("一括でのお支払いが困難な場合は、お支払期限までに「ご返済計画のご相談票」（裏面）をご返送いただくか、下記担当まで"
           "ご連絡ください。ご連絡がない場合は、給与・預金等の差押えを含む法的手続を検討いたします。", size=9, indent="")
    p.gap(2)
    p.line("北海道債権管理センター　〒060-0000　札幌市中央区夕凪通2丁目1番　TEL 0120-000-091　担当：徳嶺", size=8.8)
    p.seal(100, 20, 14, "square", "住宅債権管理回収機構之印", angle=-3, seed=79131)
    q = Page(font="sans", size=10, top=18, left=20, right=20)
    q.title("ご参考：お借入れの経過と物件の表示", size=13)
    q.kv([("当初お借入れ", "平成21年9月30日　株式会社つばくろ銀行　住宅ローン　金26,000,000円（35年）"),
          ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲受日", era(assign)),
          ("競売事件", f"函館地方裁判所　{HK_CASE_FW}"), ("売却許可決定", "令和8年2月18日　売却価額 15,880,000円"),
          ("配当期日", era(div))], x=24, label_w=36, size=9.8)
    q.gap(3)
    q.line("物件の表示", size=10.5, font="sans-bold")
    q.para("所在　函館市帆待町三丁目　地番　7番12　地目　宅地　地積　182.55平方メートル", size=9.5, indent="")
    q.para("家屋番号　7番12　種類　居宅　構造　木造スレート葺2階建　床面積　1階 62.10平方メートル　2階 54.65平方メートル", size=9.5,
           indent="")
    q.gap(4)
    dashed(q, 20, 190, q.y)
    q.gap(4)
    q.title("ご返済計画のご相談票", size=13)
    for lab in ("お客様番号　JHK-91-20417", "ご希望の月額　　　　　　　　　円", "ご希望の開始月　令和　　年　　月",
                "ご連絡先電話番号", "ご署名"):
        q.line(lab, x=26, size=10.5)
        q.add(Line(26, q.y - 1, 184, q.y - 1, 0.25))
        q.gap(5)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-091", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社つばくろ銀行", debtor="津波古敦子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JHK-91-20417", input_kind="pdf_scan",
               template="proxy79_servicer_lump_sum_after_auction_dividend", received=D(2026, 5, 22))
    return dict(stem="cj13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="collection_notice (real servicer, 一括請求 after the 競売 配当, 2 pages)",
                unusual="2-page image PDF of a real servicer ★ 住宅債権管理回収機構 printing 「法務大臣許可第91号」 (no 番号 "
                        "word) under the name; a 4-column 充当 table (項目 / 充当前 / 配当充当額 with △ / 充当後) whose 充当前 "
                        "figures (元本 21,480,000, 遅延損害金, 執行費用 1,180,400) are distractors; the ご請求額 table 残元本 / "
                        "配当期日翌日（…）以降の遅延損害金（年14％） / 一括ご請求額 (no interest, no costs); p.2 the history "
                        "(平成21年 loan 26,000,000, 売却価額 15,880,000, 売却許可決定) and the 物件の表示 with 平方メートル "
                        "figures, plus a ご返済計画のご相談票 under a dashed cut line")


# ---------------------------------------------------------------------------------------------
# cj14 ふくじゅ信用組合 ご返済のお願い（第2回）: arrears of an education loan, one sentence of amounts. Phone photo.


def cj14():
    R = 14.0
    issued, due, lastp = D(2026, 2, 16), D(2026, 2, 27), D(2025, 12, 5)
    inst = [(D(2026, 1, 5), 29_200, 4_565), (D(2026, 2, 5), 29_200, 4_565)]
    P = sum(x[1] for x in inst)
    I = sum(x[2] for x in inst)
    L = sum(late(pr + it, R, d + ONE, issued) for d, pr, it in inst)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.at(22, 20, "ふくじゅ信用組合", size=14, font="serif-bold", color=GREEN2)
    p.at(22, 25, "融資部　管理課", size=9, color=GREEN2)
    p.at(188, 20, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(188, 25.5, "管理番号　Ｆ－０２１１－３６", size=9.5, align="r")
    p.y = 33
    p.line("沖縄県うるま市菫台2丁目5番地の3", size=10)
    p.line("辺土名　凪沙　様", size=13)
    p.gap(6)
    p.title("ご返済のお願い（第２回）", size=15, font="serif-bold")
    p.para("平素より当組合をお引き立ていただき、厚く御礼申し上げます。")
    p.para("さて、先般ご案内申し上げました教育ローン（ご契約日 令和5年3月24日、ご融資金額 1,800,000円）の毎月5日の約定返済に"
           "つきまして、本日現在、令和8年1月分及び2月分のご入金が確認できておりません。")
    p.para(f"つきましては、ご延滞額合計金{T:,}円（内訳：元金{P:,}円、利息{I:,}円、遅延損害金{L:,}円）を、"
           f"令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）までに、ご返済口座へご入金くださいますようお願い"
           "申し上げます。")
    p.para(f"なお、遅延損害金は、各回のご返済額に対し、約定返済日の翌日から本日まで年{R:.0f}％の割合で計算しております。最後に"
           f"ご入金を確認できましたのは令和{lastp.year - 2018}年{lastp.month}月{lastp.day}日です。")
    p.para("このままご延滞が続きますと、保証機関による代位弁済の手続に移ることとなり、今後のお取引に支障が生じるおそれがございます。"
           "ご事情がおありの場合は、お早めにご相談ください。")
    p.para("本状と行き違いにご入金いただいております場合は、何卒ご容赦くださいますようお願い申し上げます。")
    p.gap(3)
    p.line("記", align="c")
    p.kv([("ご返済口座", "ふくじゅ信用組合　本店　普通預金　0318842"), ("ご連絡先", "融資部管理課　伊波（いは）"),
          ("電話", "098-000-5512（平日 9時～17時）")], x=40, label_w=30, size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.line("沖縄県那覇市入舟一丁目6番2号", x=110, size=9.5)
    p.line("ふくじゅ信用組合", x=110, size=11, font="serif-bold")
    p.line("理事長　渋下　史絵", x=110, size=10)
    p.seal(178, p.y - 9, 14, "square", "ふくじゅ信用組合理事長印", angle=4, seed=79141)
    tr = truth(document_type="collection_notice", sender="ふくじゅ信用組合", phone="098-000-5512",
               creditor="ふくじゅ信用組合", status="not_applicable", debtor="辺土名凪沙", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="F-0211-36", input_kind="photo_jpeg",
               template="proxy79_credit_union_arrears_inline_sentence", received=D(2026, 2, 18))
    return dict(stem="cj14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.8, blur=1.0, warm=0.3,
                          shadow=0.22, shadow_side="top"),
                about="collection_notice (信用組合 督促, arrears of two instalments)",
                unusual="phone photo on tatami with creases and a hand shadow in the top-left corner; a plain serif letter of a "
                        "credit union (green name, 融資部 管理課); ALL four amounts in ONE sentence 「ご延滞額合計金…（内訳：元金…、"
                        "利息…、遅延損害金…）」; the due date inside the next clause; arrears only (lump false, no 喪失 date); "
                        "the last payment in the prose; ご契約日 令和5年 and ご融資金額 1,800,000円 as distractors; full-width "
                        "管理番号 Ｆ－０２１１－３６; the 理事長 and the 担当 with a reading in brackets")


# ---------------------------------------------------------------------------------------------
# cj15 屋良・宮里法律事務所 縦書き 御通知 for a consumer lender, amounts in 金…万…円 kanji digits; scanned.


def cj15():
    R = 20.0
    issued, due = D(2026, 3, 27), D(2026, 4, 10)
    acc, lastp = D(2025, 11, 10), D(2025, 8, 25)
    P, I = 566_700, 8_312
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "御通知"),
        ("body", "冠省　当職らは、株式会社北斗ファイナンス（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", f"貴殿は、通知人との間の令和四年十月三日付金銭消費貸借契約に基づく分割金の支払を、{kdate(lastp)}の支払を最後に"
                 f"怠り、{kdate(acc)}の経過により期限の利益を喪失しております。"),
        ("body", f"よって、通知人は貴殿に対し、左記金員を{kdate(due)}限り、左記口座に一括してお支払いいただくよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{kman(P)}"),
        ("indent", f"二　利息　　　　　{kman(I)}"),
        ("indent", f"三　遅延損害金　　{kman(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　　{kman(T)}"),
        ("indent", "振込先　うりずん銀行　那覇支店　普通預金　口座番号〇七二一九三五　名義　屋良宮里法律事務所預り金口"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、通知人において直ちに訴訟提起等の法的措置を講じますので、予めご承知"
                 "おきください。なお、今後のご連絡はすべて当職ら宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "沖縄県那覇市渚町一丁目十四番八号"),
        ("low", "屋良・宮里法律事務所"),
        ("low", "通知人代理人弁護士　屋良　邦昭"),
        ("low", "同　　　　弁護士　宮里　景子"),
        ("low", "電話　〇九八（〇〇〇）三四七七"),
        ("low", "当職整理番号　ＹＭ２６－０４１"),
        ("blank", ""),
        ("low", "沖縄県宜野湾市白帆台四丁目三番十一号"),
        ("low", "沼山津　悦子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 79151))
    for k, nm in enumerate(("屋良", "宮里")):
        xs = [it.x for it in pg.items if isinstance(it, VText) and nm + "　" in it.s]
        pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8.5, "maru", nm, seed=79152 + k))
    tr = truth(document_type="collection_notice", sender="屋良・宮里法律事務所", phone="098-000-3477",
               creditor="株式会社北斗ファイナンス", status="not_applicable", debtor="沼山津悦子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="YM26-041", input_kind="vertical_scan",
               template="proxy79_vertical_law_office_notice_kanji_digits", received=D(2026, 3, 30))
    return dict(stem="cj15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (two lawyers for a consumer lender, 縦書き 内容証明)",
                unusual="縦書き 御通知 (冠省 … 草々) of a law office of two lawyers, scanned, with the 内容証明 stamp and two "
                        "small round 認印; amounts in the 金五六万六七〇〇円 style (kanji DIGITS with a 万 unit, not positional); "
                        "an ABSOLUTE deadline 「令和八年四月十日限り」; the 預り金口 account number in kanji digits and the "
                        "令和四年 contract as distractors; phone in kanji digits; full-width 当職整理番号 ＹＭ２６－０４１")


# ---------------------------------------------------------------------------------------------
# cj16 函館地方裁判所 執行官 現況調査のお知らせ (same auction as cj13): claims nothing. Digital.


def cj16():
    issued, visit, start = D(2025, 7, 14), D(2025, 7, 31), D(2025, 6, 20)
    p = Page(font="serif", size=10.5, top=20, left=24, right=24)
    p.line(f"事件番号　函館地方裁判所　{HK_CASE_FW}", size=10)
    p.line("担保不動産競売事件", size=10)
    p.gap(3)
    p.line(fw(era(issued)), align="r")
    p.gap(2)
    p.line("債務者兼所有者", size=10)
    p.line("津波古　敦子　殿", size=13)
    p.gap(3)
    p.line("函館地方裁判所", x=118, size=11)
    p.line("執行官　真境名　輝雄", x=118, size=11)
    p.seal(186, p.y - 6, 13, "square", "函館地方裁判所執行官印", seed=79161)
    p.gap(6)
    p.title("現況調査の実施について（お知らせ）", size=15, font="serif-bold")
    p.para(f"上記事件について、{fw(era(start))}、当裁判所において担保不動産競売開始決定がされ、執行裁判所から執行官に対し、"
           "下記不動産の現況調査命令が発せられました。")
    p.para("つきましては、下記の日時に現地において不動産の形状、占有関係等の調査を行いますので、立会いをお願いいたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(2)
    y = p.y
    rows = [("調査日時", f"{fw(era(visit))}（{wd(visit)}）午後１時３０分から"),
            ("調査場所", "函館市帆待町三丁目7番12（住居表示　帆待町3丁目7番12号）"),
            ("申立債権者", "株式会社住宅債権管理回収機構"),
            ("立会人等", "評価人（不動産鑑定士）が同行します")]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(26, yy, 34, 10, 0.3, fill=SHADE))
        p.add(Box(60, yy, 126, 10, 0.3))
        p.at(43, yy + 6.6, a, size=10, align="c")
        p.at(63, yy + 6.6, b, size=10)
    p.y = y + 46
    p.line("ご注意", size=10.5, font="serif-bold")
    for s in ("１　当日ご都合が悪い場合は、事前に執行官室までご連絡ください。ご不在の場合でも、法律の定めにより、解錠のうえ"
              "立ち入ることがあります（民事執行法第57条）。",
              "２　建物内部の写真撮影をさせていただきます。賃借人等がいる場合は、その方にもお伝えください。",
              "３　この調査は、債務の支払を求めるものではありません。お支払いや債務の額については、申立債権者にお問い合わせ"
              "ください。",
              "４　裁判所や執行官が、電話や電子メールで金銭の振込みを求めることは絶対にありません。"):
        p.para(s, x0=28, size=9.8, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(24, y, 162, 20, 0.4))
    p.at(28, y + 6.5, "函館地方裁判所　執行官室（民事執行センター内）", size=10)
    p.at(28, y + 12, "〒040-0000　函館市銀杏坂4丁目1番8号", size=9.5)
    p.at(28, y + 17.5, "電話　0138-00-4417（受付　平日午前９時～午後５時）", size=9.5)
    tr = truth(document_type="other", sender="函館地方裁判所", phone="0138-00-4417",
               creditor="株式会社住宅債権管理回収機構", status="licensed", debtor="津波古敦子", lump=False,
               issued=issued, payment_due=None, reference=HK_CASE, input_kind="pdf_text",
               template="proxy79_court_bailiff_site_inspection_notice", received=D(2025, 7, 16))
    return dict(stem="cj16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (執行官 現況調査のお知らせ, claims nothing)",
                unusual="digital 現況調査の実施について（お知らせ） of a 地裁 執行官 in the (ケ) case behind cj13: it DEMANDS "
                        "NOTHING (every amount null, lump false); the 調査日時 with weekday and 午後１時３０分 in a shaded-label "
                        "box is NOT a 口頭弁論期日 (hearing null); the 競売開始決定 date in the prose; 申立債権者 = the real "
                        "servicer ★ 住宅債権管理回収機構 (court paper → licensed, licence null); 債務者兼所有者; 民事執行法第57条 "
                        "and the lot number as distractors; the 執行官室 phone in a box at the foot")


LETTERS = [cj09, cj10, cj11, cj12, cj13, cj14, cj15, cj16]
