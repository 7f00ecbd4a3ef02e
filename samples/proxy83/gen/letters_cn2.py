"""Proxy set 83, letters cn09–cn16: a bank's joint 縦書き 債権譲渡通知 to a real servicer (cn09), an invented servicer's
受託通知 (cn10), a 簡裁's 支払督促 (cn11) and another 簡裁's 仮執行宣言付支払督促 with a real servicer as creditor (cn12), a
地裁 支部's 呼出状 with the 訴状 (cn13), a real servicer's 和解のご提案 by fax (cn14), a 架空請求 postcard (cn15) and a
law office's 請求書 by fax with 大字 amounts (cn16). Each letter is its own case; nothing carries over."""

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
    seal_after,
    truth,
    vcheck83,
    vsafe83,
    wd,
)

from samples.letters.fmt import fmt_date, fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
AURORA = (0.10, 0.30, 0.55)
FLUO = (0.20, 0.45, 0.35)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jis0(d: D) -> str:
    return fmt_date(d, "jis0")  # R08.02.10


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def daiji(n: int) -> str:
    return "金" + kanji_number(n, daiji=True) + "円"


# ---------------------------------------------------------------------------------------------
# cn09 joint 債権譲渡通知書 株式会社江の川銀行 → エー・シー・エス債権管理回収 (real, 第二十七号 in kanji); 縦書き, scanned.


def cn09():
    R = 14.0
    issued, assign = D(2026, 3, 4), D(2026, 2, 27)
    acc, lastp = D(2025, 8, 20), D(2025, 4, 15)
    P, I = 824_600, 13_052
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "冠省　譲渡人株式会社江の川銀行（以下「譲渡人」という。）は、貴殿に対して有する左記債権を、"
                 f"{kdate(assign)}付で、譲受人エー・シー・エス債権管理回収株式会社（以下「譲受人」という。）に譲渡"
                 "いたしましたので、譲渡人及び譲受人の連名をもってご通知いたします。"),
        ("body", "今後、本件債権についてのお支払い及びお問い合わせは、すべて譲受人にお願いいたします。譲渡人へのお支払いは"
                 "お受けできません。お支払方法のご案内は、譲受人から別途お送りいたします。"),
        ("bottom", "草々"),
        ("indent", "記"),
        ("indent", "一　原契約　令和二年十月五日付金銭消費貸借契約（フリーローン）"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲渡債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　　{kyen(L)}"),
        ("plain", "　　　（令和七年八月二十一日から譲渡日まで年十四パーセント）"),
        ("plain", f"　　合計　　　　　{kyen(T)}"),
        ("indent", "五　譲受人管理番号　Ｅ２６－０３１８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）広島県広島市中区うつぼぐさ町九丁目九番九号"),
        ("low", "株式会社江の川銀行　代表取締役　矢後　隆文"),
        ("low", "（譲受人）千葉県千葉市美浜区げんのしょうこ町九丁目九番九号"),
        ("low", "エー・シー・エス債権管理回収株式会社"),
        ("low", "法務大臣許可番号第二十七号　代表取締役　梶取　勇"),
        ("low", "お問合せ先（譲受人）　電話〇四三（〇〇〇）二七二七"),
        ("blank", ""),
        ("low", "広島県三次市あけび坂九丁目九番九号"),
        ("low", "加茂下　修　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe83(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck83(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 83091))
    for key, txt, sd in (("矢後", "江の川銀行|代表/取締役", 83092), ("梶取", "エー・シー・エス|代表/取締役", 83093)):
        it = [it for it in pg.items if isinstance(it, VText) and key in it.s][0]
        pg.items.append(Seal(it.x, seal_after(it, 11, gap=6.5), 11, "round", txt, angle=-6, seed=sd))
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社江の川銀行", debtor="加茂下修", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="E26-0318", input_kind="vertical_scan",
               template="proxy83_vertical_joint_assignment_bank_to_real_servicer", received=D(2026, 3, 6))
    return dict(stem="cn09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (joint 縦書き, regional bank → real servicer)",
                unusual="縦書き joint 債権譲渡通知書 (冠省 … 草々) with the 内容証明 stamp, scanned; the 譲受人 is real servicer "
                        "★ エー・シー・エス債権管理回収株式会社 with its licence in KANJI 「法務大臣許可番号第二十七号」 "
                        "on the same column as the representative; both notifiers (（譲渡人） bank / （譲受人） servicer) "
                        "with round seals at the end, the contact line 「お問合せ先（譲受人）」 in kanji digits; the amounts "
                        "as of the 譲渡日 in POSITIONAL kanji (金八十二万四千六百円 …); 令和二年 contract date; the "
                        "譲受人管理番号 in full-width (Ｅ２６－０３１８); informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# cn10 蛍石債権回収 (invented, 第246号) 受託のお知らせ 兼 ご請求書: JIS0 dates R08.02.10, sender block at the FOOT.


def cn10():
    R = 14.6
    issued, due = D(2026, 2, 10), D(2026, 2, 24)
    acc, lastp, entrust = D(2025, 10, 27), D(2025, 6, 27), D(2026, 1, 20)
    P, I = 274_150, 8_962
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(196, 18, f"作成日　{jis0(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "受託管理番号　HT-0120-4471", size=9.5, align="r")
    p.y = 20
    p.line("〒986-0000", size=10)
    p.line("宮城県石巻市たびらこ通9-9-9", size=10)
    p.gap(1)
    p.line("大戸川　美奈　様", size=13.5)
    p.gap(7)
    p.title("債権回収業務受託のお知らせ　兼　ご請求書", size=15)
    p.para(f"当社は、{jis0(entrust)}付で、阿武隈中央クレジット株式会社（以下「委託元」といいます。）から、貴殿に対する"
           "下記債権の管理及び回収業務の委託を受けました。本件債権の債権者は引き続き委託元ですが、今後のお支払い及び"
           "お問い合わせにつきましては、当社までお願いいたします。")
    p.para(f"つきましては、下記ご請求金額を{jis0(due)}（{wd(due)}）までに一括してお支払いください。期日までにお支払い"
           "又はご連絡のない場合、委託元の意向により法的手続がとられることがございますので、ご承知おきください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("委託元（債権者）", "阿武隈中央クレジット株式会社"), ("ご契約の種類", "個品割賦（ショッピングクレジット）"),
          ("最終ご入金日", jis0(lastp)), ("期限の利益喪失日", jis0(acc)), ("受託日", jis0(entrust))],
         x=28, label_w=40, size=10)
    p.gap(3)
    p.table([["立替金残高", f"{P:,}円"], ["分割手数料", f"{I:,}円"],
             [f"遅延損害金（{jis0(acc + timedelta(1))}～{jis0(issued)}　年14.6%）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]],
            [112, 42], x=28, aligns="lr", size=10, row_h=8, ruled="outer")
    p.gap(3)
    p.kv([("お支払期限", f"{jis0(due)}（{wd(due)}）"), ("お振込先", "ひしくい銀行　仙台中央支店　普通預金　2464471"),
          ("口座名義", "ホタルイシサイケンカイシュウ（カ")], x=28, label_w=40, size=10)
    p.gap(3)
    p.para("※本書は、委託元からの業務委託に基づき当社がお送りするものです。委託元への直接のお支払いはご遠慮ください。",
           size=9, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合は、ご容赦ください。", size=9, indent="")
    y = 240
    p.add(Box(15, y, 181, 38, 0.5))
    p.add(Box(15, y, 6, 38, color=None, fill=FLUO))
    p.at(26, y + 9, "蛍石債権回収株式会社", size=14, font="sans-bold")
    p.at(26, y + 15.5, "法務大臣許可番号　第246号", size=9.5)
    p.at(26, y + 21.5, "〒980-0000　宮城県仙台市青葉区かりん坂9-9-9", size=9)
    p.at(26, y + 27.5, "回収管理部　受付時間 平日 9:00～17:00", size=9)
    p.at(26, y + 33.5, "TEL 022-000-2460　FAX 022-000-2461", size=10.5, font="sans-bold")
    p.seal(182, y + 19, 14, "square", "蛍石債権回収之印", angle=2, seed=83101)
    tr = truth(document_type="assignment_notice", sender="蛍石債権回収株式会社", license_number=246,
               phone="022-000-2460", creditor="阿武隈中央クレジット株式会社", status="unverified",
               original="阿武隈中央クレジット株式会社", debtor="大戸川美奈", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=None, reference="HT-0120-4471", input_kind="pdf_text",
               template="proxy83_invented_servicer_entrustment_jis0_foot_block", received=D(2026, 2, 12))
    return dict(stem="cn10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (invented servicer 受託通知 兼 請求書)",
                unusual="INVENTED servicer 「蛍石債権回収株式会社」 with 「法務大臣許可番号　第246号」 (→ unverified) collecting "
                        "a shopping-credit claim ON COMMISSION: 「本件債権の債権者は引き続き委託元」 (creditor = original = "
                        "the 委託元, no assignment); EVERY date in zero-padded JIS form R08.02.10; a kv block with "
                        "委託元（債権者） / 受託日 / 喪失日; an OUTER-ruled table with no inner lines (立替金残高 / 分割手数料 / "
                        "遅延損害金 / ご請求金額); the sender block in a framed box at the FOOT with TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# cn11 館山簡易裁判所 支払督促 (貸金, consumer-finance creditor), 2-page image PDF, full-width digits.


def cn11():
    issued, filed = D(2026, 3, 5), D(2026, 2, 24)
    acc, lastp = D(2025, 6, 30), D(2025, 3, 27)
    R = 18.0
    P, I, C = 538_200, 12_760, 4_340
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = fw("令和8年（ロ）第142号")
    p = Page(font="serif", size=11, top=20)
    p.line(f"事件番号　{case}", size=11)
    p.line("事件名　　貸金請求督促事件", size=11)
    p.gap(10)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(4)
    p.kv([("債 権 者", "別紙当事者目録記載のとおり"), ("債 務 者", "別紙当事者目録記載のとおり")], x=35, label_w=30)
    p.gap(6)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(12)
    p.line(f"　　　　{fw(era(issued))}", size=11)
    p.line("　　　　館山簡易裁判所", size=11)
    p.line("　　　　　　裁判所書記官　押　尾　　ま　ど　か", size=11)
    p.seal(165, p.y - 6, 15, "square", "館山簡易裁判所書記官印", angle=0, seed=83111)
    p.gap(16)
    y = p.y
    p.add(Box(22, y, 166, 58, 0.5))
    p.at(105, y + 8, "支払督促を受け取った方へ", size=12, font="serif-bold", align="c")
    for i, s in enumerate(["１　この支払督促に記載された請求に異議があるときは、この書面を受け取った日から２週間以内に、",
                           "　　同封の督促異議申立書に必要事項を記入して、当裁判所に提出してください。",
                           "２　異議の申立てがないと、債権者の申立てにより仮執行の宣言がされ、強制執行を受けることがあります。",
                           "３　分割払いの話合いを希望する場合も、督促異議の申立てをしてください。",
                           f"４　問合せ先　館山簡易裁判所　民事係　電話 {fw('0470-00-2131')}"]):
        p.at(26, y + 18 + i * 7.6, s, size=9.6)
    p.y = 283
    p.line("これは正本である。", size=10, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当 事 者 目 録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", f"〒{fw('100-0000')}　東京都千代田区やまももの台九丁目９番９号"), ("", "株式会社ヒヨドリファイナンス"),
          ("", "代表者代表取締役　宇佐美野　徹"),
          ("", "（送達場所）同所　管理部"), ("", f"電話 {fw('03-0000-1442')}　ＦＡＸ {fw('03-0000-1443')}"),
          ("債務者", f"〒{fw('294-0000')}　千葉県館山市ぐみの木通九丁目９番９号"), ("", "持　留　　健　吾")],
         x=20, label_w=22)
    q.gap(5)
    q.line("請 求 の 趣 旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for lab, val in (("１　元金", P), ("２　利息（期限の利益喪失日まで）", I),
                     (f"３　遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで）", L),
                     ("４　督促手続費用", C)):
        b = q.line(lab, x=24, size=10.5)
        q.at(186, b, fw(f"{val:,}円"), size=10.5, align="r")
    q.add(Line(24, q.y + 0.5, 186, q.y + 0.5, 0.4))
    q.gap(1.5)
    b = q.line("　　合計", x=24, size=10.5, font="serif-bold")
    q.at(186, b, fw(f"{T:,}円"), size=10.5, align="r", font="serif-bold")
    q.gap(1)
    q.para(f"５　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年１８．０％の割合による遅延損害金",
           x0=24, x1=188, size=10.5, indent="")
    q.gap(4)
    q.line("請 求 の 原 因", size=12.5, font="serif-bold", align="c")
    for s in (f"１　債権者は、債務者に対し、{fw('令和5年2月14日')}、次の約定で金{fw('600,000')}円を貸し付けた。",
              "　　利率　年１５．０％　　遅延損害金　年１８．０％",
              f"　　返済方法　毎月２７日限り元利金{fw('18,000')}円",
              f"２　債務者は、{fw(era(lastp))}までの支払をしたのみで、その後の支払を怠り、約定により{fw(era(acc))}の経過"
              "をもって期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=190, size=10.3, indent="")
    q.gap(4)
    q.line(f"申立日　{fw(era(filed))}", size=10, align="r")
    tr = truth(document_type="payment_order", sender="館山簡易裁判所", phone="0470-00-2131",
               creditor="株式会社ヒヨドリファイナンス", status="not_applicable", original=None, debtor="持留健吾",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第142号",
               input_kind="pdf_scan", template="proxy83_payment_order_tateyama_label_lines", received=D(2026, 3, 9))
    return dict(stem="cn11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, consumer-finance creditor, 2 pages)",
                unusual="a 支払督促 of a court not used before (館山簡裁) as a 2-page image-only PDF with FULL-width digits "
                        "throughout (case number, dates, amounts, phones); p.1 the order, the clerk with spaced name and "
                        "seal and a framed 「支払督促を受け取った方へ」 with the court's phone; p.2 当事者目録 (the creditor's "
                        "送達場所 phone and FAX as distractors) and 請求の趣旨 as LABEL LINES with the amounts flush right, a "
                        "rule and 合計 (元金 / 利息 / 遅延損害金 with its window / 督促手続費用), the running item ５; the "
                        "原因 with the 600,000円 loan, 年15.0％ and 月18,000円 (distractors); the creditor is the lender "
                        "itself (no 原債権者)")


# ---------------------------------------------------------------------------------------------
# cn12 富士吉田簡易裁判所 仮執行宣言付支払督促 on ONE page; creditor ニッテレ債権回収 (real, 譲受債権); scanned.


def cn12():
    issued, order, served, filed = D(2026, 1, 14), D(2025, 12, 12), D(2025, 12, 16), D(2025, 12, 2)
    acc, lastp, assign = D(2025, 5, 26), D(2025, 1, 27), D(2025, 9, 1)
    R = 18.0
    P, I, C1, C2 = 719_480, 15_222, 5_060, 1_120
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=10.3, top=13)
    p.at(15, 17, f"{fw('令和7年（ロ）第311号')}　譲受債権請求督促事件", size=10)
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    y = p.y
    for x, role, lines in ((15, "債権者", ["〒530-0000 大阪市北区しぐれ野町九丁目9番9号", "ニッテレ債権回収株式会社",
                                          "代表者代表取締役　鶴田谷　一成", "（送達場所）電話 06-0000-7070"]),
                           (108, "債務者", ["〒403-0000 山梨県富士吉田市えのころ町九丁目9番9号", "樋浦　沙織"])):
        p.add(Box(x, y, 88, 30, 0.4))
        p.add(Box(x, y, 14, 30, color=None, fill=SHADE))
        for i, ch in enumerate(role):
            p.at(x + 7, y + 9 + i * 6, ch, size=10, font="serif-bold", align="c")
        for i, s in enumerate(lines):
            p.at(x + 16, y + 7 + i * 6.5, s, size=8.0 if i in (0, 3) else 10,
                 font="serif-bold" if i == 1 else "serif")
    p.y = y + 35
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.3)
    p.para(f"上記は{fw(era(order))}付け支払督促の内容であるが、同支払督促は{fw(era(served))}債務者に送達され、債務者は"
           "法定期間内に督促異議の申立てをしなかった。", size=10.3)
    p.para("よって、債権者の申立てにより、下記仮執行宣言の手続費用を付加して、仮執行の宣言をする。", size=10.3)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    x0, x1 = 26, 184
    for lab, val in (("１　譲受債権元金", P), ("２　利息", I),
                     (f"３　確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで）", L),
                     ("４　督促手続費用", C1), ("５　仮執行宣言の手続費用", C2)):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, f"金{val:,}円", size=10, align="r")
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1.2)
    b = p.line("　以上合計", x=x0, size=10.5, font="serif-bold")
    p.at(x1, b, f"金{T:,}円", size=10.5, align="r", font="serif-bold")
    p.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から支払済みまで年18％の割合による遅延損害金", x0=x0, x1=188,
           size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　羊蹄クレジット株式会社（原債権者）は、令和2年9月3日、債務者との間でカード会員契約を締結し、債務者は同契約"
              "に基づき商品購入代金の立替払及び金銭の借入れを受けた（利用限度額80万円）。",
              f"２　債務者は{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件債権を債権者に譲渡し、同月中に債務者にその旨通知した。"):
        p.para(s, x0=20, x1=192, size=9.4, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　富士吉田簡易裁判所　裁判所書記官　鹿田　千晶", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "富士吉田簡易裁判所書記官印", angle=0, seed=83121)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 21, 0.4, color=(0, 0, 0), fill=(0.95, 0.95, 0.95)))
    for i, s in enumerate(["（注意）この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議の",
                           "申立てをすることができます。申立てをしても強制執行は当然には止まりません。",
                           "問合せ先　富士吉田簡易裁判所　電話 0555-00-2301（平日 8:30～17:00）"]):
        p.at(18, y + 6 + i * 5.6, s, size=8.8)
    p.y = y + 25
    p.line("これは正本である。　同日同庁　裁判所書記官　鹿田　千晶", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="富士吉田簡易裁判所", phone="0555-00-2301",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="羊蹄クレジット株式会社",
               debtor="樋浦沙織", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和7年(ロ)第311号", input_kind="scan_png",
               template="proxy83_enforceable_fujiyoshida_one_page_side_by_side_parties", received=D(2026, 1, 17))
    return dict(stem="cn12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of a court not used before (富士吉田簡裁) on ONE scanned page: the "
                        "full-width case number and the 事件名 on one line top-LEFT; the parties as TWO boxes side by side "
                        "with a vertical shaded role cell (債権者 ★ ニッテレ債権回収株式会社, no licence printed, with its "
                        "送達場所 phone as a distractor / 債務者); the order date 12/12 and its 送達 12/16 in one sentence; "
                        "請求の趣旨 as 金…円 label lines with TWO cost lines (督促手続費用 / 仮執行宣言の手続費用 → costs = "
                        "sum) and 「以上合計」; the running item ６; 利用限度額80万円 in the 原因 (distractor); the date "
                        "and clerk AFTER the 原因")


# ---------------------------------------------------------------------------------------------
# cn13 岐阜地方裁判所多治見支部 (ワ) 第１回口頭弁論期日呼出状 (p.1) + 訴状 (p.2), card company plaintiff; digital.


def cn13():
    issued, sued, calc = D(2026, 5, 8), D(2026, 4, 20), D(2026, 4, 15)
    hearing, answer = D(2026, 6, 17), D(2026, 6, 10)
    acc, lastp = D(2025, 7, 28), D(2025, 3, 27)
    R = 14.6
    P, I = 1_524_300, 38_117
    L = late(P, R, acc + timedelta(1), calc)
    T = P + I + L
    case = fw("令和8年（ワ）第96号")
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{case}　立替金等請求事件", size=10.5)
    p.line("原告　スワローカード株式会社", size=10.5)
    p.line("被告　瀬知　尚之", size=10.5)
    p.gap(8)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.gap(2)
    p.line("〒507-0000　岐阜県多治見市くまざさ台九丁目９番９号", size=10.5, x=22)
    p.line("被告　瀬知　尚之　殿", size=12, x=22)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に当裁判所に"
           "出頭してください。")
    p.para("なお、同封の訴状副本を読んで、答弁書を下記期限までに当裁判所に提出してください。答弁書を提出しないで期日に"
           "欠席すると、原告の言い分どおりの判決がされることがあります。")
    p.gap(3)
    p.line("記", align="c")
    p.gap(2)
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）　午前１０時３０分"),
            ("場　　所", "岐阜地方裁判所多治見支部　第２号法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    y = p.y
    for i, (a, b) in enumerate(rows):
        p.add(Box(25, y + i * 11, 45, 11, 0.4, fill=SHADE))
        p.add(Box(70, y + i * 11, 115, 11, 0.4))
        p.at(47.5, y + i * 11 + 7.3, a, size=10.5, align="c")
        p.at(74, y + i * 11 + 7.3, b, size=11)
    p.y = y + 40
    p.para("出頭の際は、この呼出状と印鑑をお持ちください。", size=10)
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　岐阜地方裁判所多治見支部", size=11)
    p.line("　　　　裁判所書記官　磯野辺　聡", size=11)
    p.seal(140, p.y - 6, 14, "square", "岐阜地方裁判所多治見支部書記官印", angle=0, seed=83131)
    p.gap(6)
    p.line(f"電話　{fw('0572-00-2219')}（民事係直通）　ＦＡＸ　{fw('0572-00-2220')}", size=10, x=30)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 26, 0.4))
    for i, s in enumerate(["（ご注意）",
                           "・答弁書用紙を同封しています。分割払いを希望する場合も、その旨を答弁書に書いてください。",
                           "・この事件について裁判所に問い合わせるときは、必ず事件番号をお知らせください。"]):
        p.at(24, y + 7 + i * 7, s, size=9.5)
    q = Page(font="serif", size=10.5, top=16)
    q.line("訴　　　　状", size=18, font="serif-bold", align="c")
    q.gap(2)
    q.line(f"{fw(era(sued))}", align="r", size=10.5)
    q.line("岐阜地方裁判所多治見支部　御中", size=10.5)
    q.line("原告　スワローカード株式会社　代表者代表取締役　桂木野　茂　印", align="r", size=10)
    q.gap(2)
    q.kv([("原告", "〒460-0000 名古屋市中区たぶの木坂九丁目９番９号　スワローカード株式会社"),
          ("", "（送達場所）同社 法務部　電話 052-000-8890　ＦＡＸ 052-000-8891"),
          ("被告", "〒507-0000 岐阜県多治見市くまざさ台九丁目９番９号　瀬知　尚之")], x=18, label_w=14, size=9.5)
    q.line(f"立替金等請求事件　訴訟物の価額　{T:,}円　貼用印紙額　14,000円", size=9.5, x=18)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(calc + timedelta(1))}から支払済みまで年14.6％"
           "の割合による金員を支払え。", x0=22, x1=192, size=10.3, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=192, size=10.3, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=22, size=10.3)
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、被告との間で、平成29年6月12日、カード会員契約を締結した（甲１）。",
              "２　被告は、上記契約に基づき、商品購入代金の立替払及びキャッシングを利用した（甲２）。",
              f"３　被告は、{era(lastp)}の支払を最後に支払を怠ったため、原告は催告のうえ、会員規約に基づき、{era(acc)}の経過"
              "をもって被告は期限の利益を喪失した。",
              f"４　{era(calc)}時点の未払金は次のとおりである。"):
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.table([["項目", "金額"], ["立替金・貸付金残元金", f"{P:,}円"], ["手数料・利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(calc)}、年14.6％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [118, 44], x=28, header=True, aligns="lr", size=9.8, row_h=7.2)
    q.para("５　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=22, x1=192, size=10, indent="")
    q.gap(2)
    q.line("証拠方法　甲第１号証　カード会員申込書　甲第２号証　ご利用明細書", size=9.5, x=22)
    q.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="岐阜地方裁判所多治見支部", phone="0572-00-2219",
               creditor="スワローカード株式会社", status="not_applicable", original=None, debtor="瀬知尚之", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference="令和8年(ワ)第96号",
               input_kind="pdf_text_2page", template="proxy83_district_branch_wa_card_company_boxes",
               received=D(2026, 5, 12))
    return dict(stem="cn13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 支部 (ワ), card company plaintiff, 2 pages)",
                unusual="a 地裁 BRANCH (岐阜地裁多治見支部) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; "
                        "the hearing, place and 答弁書 deadline as a 3-row grid of shaded label cells; the court phone "
                        "（民事係直通） with FAX on one line; the 訴状 dated 4/20 ≠ 呼出状 5/8; 訴訟物の価額 = the claim and "
                        "貼用印紙額 14,000円 (distractors); 請求の趣旨 「金…及びうち金…に対する…」; a 4-row 項目 / 金額 table "
                        "in the 原因 as of 令和8年4月15日 (≠ either letter date); 平成29年 contract; the plaintiff's 送達場所 "
                        "phone/FAX as distractors")


# ---------------------------------------------------------------------------------------------
# cn14 アウロラ債権回収 (real, 第76号) 和解のご提案 (元金のみ 30回払い、利息・損害金免除), 2-page fax, slash dates.


def cn14():
    issued, reply = D(2026, 3, 19), D(2026, 4, 3)
    acc, lastp, assign = D(2025, 4, 25), D(2024, 12, 25), D(2025, 10, 31)
    R = 20.0
    P, I = 452_700, 6_935
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, inst = 30, 15_090
    assert n * inst == P
    first = D(2026, 4, 30)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, f"送信日：{slash(issued)}（{wd(issued)}）", size=9.5)
    p.at(196, 18, "お客様番号：AU-3190-5521", size=9.5, align="r")
    p.y = 24
    p.line("雨森　佳代　様", size=13.5)
    p.line("（ご依頼によりFAXでお送りします。全2枚）", size=8.5)
    p.add(Box(112, 30, 84, 28, 0.3))
    for i, (s, sz, f) in enumerate((("アウロラ債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号 第76号", 8.5, "sans"),
                                    ("大阪業務センター　担当 佃野", 8.5, "sans"),
                                    ("TEL 06-0000-7601　FAX 06-0000-7602", 9, "sans-bold"))):
        p.at(115, 36 + i * 5.6, s, size=sz, font=f)
    p.y = 62
    p.title("和解のご提案", size=17)
    p.para(f"平素より格別のご高配を賜り、御礼申し上げます。当社が{slash(assign)}にブルーベルローン株式会社から譲り受け"
           "ました貴殿に対する債権につきまして、先日お電話でご相談いただきました内容をふまえ、下記のとおり和解条件を"
           "ご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務（{slash(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年20.0%）", "ご債務合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 38, 52, 48], x=18, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（最終ご入金日 {slash(lastp)}　期限の利益喪失日 {slash(acc)}）", x=18, size=8.5)
    p.gap(2)
    p.line("２．ご提案の内容", size=10.5, font="sans-bold")
    for s in (f"(1) 元金 {P:,}円 を、{slash(first)}を初回として、毎月末日限り {inst:,}円 × {n}回 でお支払いいただきます。",
              "(2) 上記(1)のとおりお支払いいただいた場合、利息及び遅延損害金の全額を免除いたします。",
              f"(3) お支払いを2回以上怠り、その額が{inst * 2:,}円に達した場合は、期限の利益を失い、ご債務合計から既払金を"
              "控除した残額を直ちにお支払いいただきます。",
              "(4) お振込先　ひしくい銀行 梅田支店 普通預金 7655210 アウロラサイケンカイシュウ（カ"):
        p.para(s, x0=20, x1=192, size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 176, 16, 1.4))
    p.at(24, y + 10, "ご回答期限", size=12, font="sans-bold")
    p.at(60, y + 10.4, f"{slash(reply)}（{wd(reply)}）必着", size=14, font="sans-bold")
    p.at(188, y + 10, "2枚目の承諾書をFAX又は郵送で", size=8.5, align="r")
    p.y = y + 21
    p.para("ご回答期限までにご回答がない場合、本ご提案はなかったものとさせていただき、ご債務合計の一括でのお支払いをお願い"
           "することになります。ご不明な点は担当までお問い合わせください。", size=9.3, indent="")
    p.para("※本書面の内容は、貴殿お一人に宛てたものです。ご家族等への開示はご配慮ください。", size=8.8, indent="")
    q = Page(font="sans", size=10.5, top=18)
    q.line("（2枚目）", size=9, color=GRAY, align="r")
    q.title("和 解 条 件 承 諾 書", size=16)
    q.line("アウロラ債権回収株式会社　御中", size=11)
    q.gap(4)
    q.para(f"私は、貴社から{slash(issued)}付で提案を受けた和解条件（元金{P:,}円を{slash(first)}から毎月末日限り{inst:,}円ずつ"
           f"{n}回で支払うこと。遅滞なく支払った場合は利息及び遅延損害金を免除すること。）を承諾します。")
    q.gap(10)
    for lab in ("承諾日　　　　令和　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　　　　　㊞",
                "日中のご連絡先", "お客様番号　　AU-3190-5521"):
        b = q.line(lab, x=30, size=11)
        q.add(Line(30, b + 2.5, 180, b + 2.5, 0.2))
        q.gap(6)
    q.gap(6)
    q.para("ご返送先　FAX 06-0000-7602　又は　〒530-0000 大阪市北区すいかずら通9-9-9 アウロラ債権回収株式会社 大阪業務センター",
           size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="06-0000-7601", creditor="アウロラ債権回収株式会社", status="licensed",
               original="ブルーベルローン株式会社", debtor="雨森佳代", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-3190-5521", input_kind="fax_tiff",
               template="proxy83_real_servicer_settlement_principal_only_fax", received=issued)
    return dict(stem="cn14", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 15:02 AURORA OSAKA 06-0000-7602",
                about="settlement_proposal (real servicer, 元金のみ 30回, 2-page fax)",
                unusual="2-page G4 fax of real servicer ★ アウロラ債権回収株式会社 (「法務大臣許可番号 第76号」 in a framed "
                        "block top-RIGHT with TEL and FAX on one line); western SLASH dates with weekday (送信日 "
                        "2026/03/19（木）); the current debt as a 4-column one-row table (元金 / 利息 / 遅延損害金 / "
                        "ご債務合計); the plan (元金 452,700 in 30 × 15,090 from 2026/04/30, interest and damages waived, "
                        "the 30,180 default threshold) as distractors; a heavy-framed ご回答期限 …必着 (= payment_due); "
                        "p.2 a blank 和解条件承諾書 with 令和　年　月　日")


# ---------------------------------------------------------------------------------------------
# cn15 SCAM postcard: 「民事訴訟手続開始のお知らせ」 from a fake servicer with a fake licence, month-day deadline; photo.


def cn15():
    issued, due = D(2026, 1, 20), D(2026, 1, 22)
    T = 162_400
    p = Page(w=100, h=148, font="sans", size=7.5, left=7, right=7, top=7)
    p.add(Box(5, 5, 90, 138, 0.4))
    p.at(50, 13, "未納料金に関する", size=10, font="sans-bold", align="c")
    p.at(50, 19.5, "民事訴訟手続開始のお知らせ", size=11.5, font="sans-bold", align="c", color=RED)
    p.at(92, 25.5, "通知日　令和8年1月20日", size=7, align="r")
    p.at(92, 29.5, f"管理番号　そ{fw('417')}", size=7, align="r")
    p.y = 33
    p.para("この度、貴方様がご利用された契約会社より、未納となっている料金について債権の譲渡を受けた当社が、"
           "再三にわたり督促いたしましたが、ご連絡がないため、民事訴訟の手続を開始いたしました。", x0=8, x1=92, size=7.3)
    p.para("このまま放置されますと、裁判所の許可のもと、給与・預貯金・動産・不動産の差押えが強制執行されます。"
           "訴訟の取下げをご希望の方は、当社担当までご本人様よりご連絡ください。", x0=8, x1=92, size=7.3)
    p.gap(2)
    y = p.y
    p.add(Box(10, y, 80, 22, 0.8, RED))
    p.at(14, y + 7, "未納金額", size=8.5, font="sans-bold")
    p.at(86, y + 7.5, f"￥{T:,}", size=12, font="sans-bold", align="r", color=RED)
    p.at(14, y + 15, "取下げ最終期日", size=8.5, font="sans-bold")
    p.at(86, y + 15.5, f"1月22日（{wd(due)}）17時まで", size=9.5, font="sans-bold", align="r", color=RED)
    p.at(14, y + 20.3, "※期日を過ぎますと一切の取下げができません", size=6, color=RED)
    p.y = y + 26
    p.para("※プライバシー保護のため、必ずご本人様からお電話ください。※ご家族・勤務先への通知は控えております。",
           x0=8, x1=92, size=6.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Line(8, y, 92, y, 0.3))
    p.at(9, y + 6, "民事債権管理センター株式会社", size=9, font="sans-bold")
    p.at(9, y + 10.5, "法務大臣許可番号第298号　債権回収代行", size=6.5)
    p.at(9, y + 14.5, "東京都千代田区霞が関一丁目（第二別館）", size=6.5)
    p.at(9, y + 20.5, "お問合せ 03-0000-2981（担当直通）", size=9, font="sans-bold")
    p.at(9, y + 24.5, "受付 平日・土日 9:00～20:00", size=6.5)
    p.seal(84, y + 12, 10, "round", "民事債権管理|代表/之印", angle=-8, seed=83151)
    tr = truth(document_type="other", sender="民事債権管理センター株式会社", license_number=298,
               phone="03-0000-2981", creditor=None, status="not_licensed", original=None, debtor="吉瀬和子", total=T,
               lump=False, issued=issued, payment_due=due, reference="そ417", is_scam=True, input_kind="photo_jpeg",
               template="proxy83_scam_postcard_lawsuit_withdrawal", received=None)
    # the postcard's address side is not shown: the debtor's name sits on the message side's label strip
    p.at(9, 140.5, "吉瀬　和子　様　（神奈川県相模原市南区どくだみ通9-9-9）", size=6.5)
    return dict(stem="cn15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="wood", keystone=0.06, tilt=3.5, fill=0.7, glare=16, warm=0.3),
                about="other (架空請求 postcard)",
                unusual="架空請求 postcard (100×148 mm) photographed on wood from a distance: 「未納料金に関する民事訴訟手続"
                        "開始のお知らせ」 with a red subtitle; a fake servicer 「民事債権管理センター株式会社」 with a FAKE "
                        "「法務大臣許可番号第298号　債権回収代行」 (→ not_licensed) and an address 「霞が関一丁目（第二別館）」 "
                        "without a number; 未納金額 ￥162,400 in a red box with a two-day 「取下げ最終期日 1月22日"
                        "（木）17時まで」 (month-day only, year from the 通知日); a hiragana 管理番号 そ４１７; 「ご本人様から」; "
                        "the creditor only 「契約会社」; the addressee on a strip at the foot")


# ---------------------------------------------------------------------------------------------
# cn16 錦見・倉骨法律事務所 ご通知（請求書） for a card company: 大字 amounts in a horizontal letter; one-page fax.


def cn16():
    issued, due = D(2026, 3, 27), D(2026, 4, 10)
    acc, lastp = D(2025, 10, 28), D(2025, 6, 27)
    R = 14.6
    P, I = 1_230_400, 19_886
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, era(issued), size=10.5, align="r")
    for i, (s, sz, f) in enumerate((("〒830-0000 福岡県久留米市ねこやなぎ坂九丁目9番9号", 8.5, "serif"),
                                    ("錦見・倉骨法律事務所", 12, "serif-bold"),
                                    ("通知人代理人　弁護士　錦見　達郎", 9.5, "serif"),
                                    ("同　　　　　　弁護士　倉骨　由紀", 9.5, "serif"),
                                    ("（福岡県弁護士会所属）", 8.5, "serif"),
                                    ("TEL 092-000-4417　FAX 092-000-4418", 9.5, "serif"))):
        p.at(196, 26 + i * 5.3, s, size=sz, font=f, align="r")
    p.seal(134, 43, 11, "square", "弁護士錦見達郎之印", angle=3, seed=83161)
    p.at(196, 61, "当事務所整理番号　NK-26-0311", size=9.5, align="r")
    p.y = 26
    p.line("〒830-0000", size=10)
    p.line("福岡県久留米市すだじい通九丁目9番9号", size=10)
    p.gap(1)
    p.line("永江　拓海　殿", size=13.5)
    p.y = 70
    p.title("ご通知（請求書）", size=16, font="serif-bold")
    p.para("冠省　当職らは、株式会社パピヨンクレジット（以下「通知人」といいます。）から委任を受けた代理人として、"
           "貴殿に対し、次のとおりご通知いたします。")
    p.para(f"貴殿は、通知人との間のカード会員契約に基づく債務について、{era(lastp)}のお支払いを最後に支払を怠り、"
           f"{era(acc)}の経過をもって期限の利益を喪失しております。")
    p.para(f"つきましては、下記金員を、{era(due)}限り、下記口座にお振込みの方法により一括してお支払いください。期限までに"
           "お支払い又は当職らへのご連絡がない場合は、通知人の指示に基づき、直ちに訴訟の提起その他の法的手続をとります"
           "ので、その旨ご承知おきください。")
    p.para("なお、今後本件に関するご連絡は、通知人ではなく当職ら宛てにお願いいたします。")
    p.line("草々", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    x0 = 30
    for lab, val in (("１　元金", P), ("２　利息・手数料", I), ("３　遅延損害金", L), ("４　合計", T)):
        b = p.line(lab, x=x0, size=11, font="serif-bold" if "合計" in lab else None)
        p.at(182, b, daiji(val), size=11, align="r", font="serif-bold" if "合計" in lab else "serif")
        if "遅延" in lab:
            p.line(f"　　（{era(acc + timedelta(1))}から本書作成日まで年14.6％の割合）", x=x0, size=9)
    p.gap(2)
    p.kv([("振込先", "ひしくい銀行　久留米支店　普通預金　0311042"), ("口座名義", "弁護士錦見達郎預り金口"),
          ("ご契約", "パピヨンカード（会員番号　4710-＊＊＊＊-＊＊＊＊-3106）")], x=x0, label_w=26, size=10)
    p.gap(2)
    p.para("※お振込みの際は、お名前の前に当事務所整理番号の数字（260311）を付してください。※本書と行き違いにお支払い"
           "済みの場合はご容赦ください。", size=9, indent="")
    p.line("以上", align="r")
    p.gap(2)
    p.at(15, p.y + 3, "通知人　株式会社パピヨンクレジット（福岡市博多区はこべ通9-9-9）", size=8.5)
    tr = truth(document_type="collection_notice", sender="錦見・倉骨法律事務所", phone="092-000-4417",
               creditor="株式会社パピヨンクレジット", status="not_applicable", original=None, debtor="永江拓海",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="NK-26-0311", input_kind="fax_tiff",
               template="proxy83_law_office_demand_daiji_horizontal_fax", received=issued)
    return dict(stem="cn16", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:18 NISHIKIMI KURAHONE LAW 092-000-4418",
                about="collection_notice (law office of two lawyers, 大字 amounts, fax)",
                unusual="one-page G4 fax from a law office of TWO lawyers for a card company: the sender block top-RIGHT "
                        "(address, office, 「通知人代理人　弁護士」 and 「同　弁護士」, 弁護士会, TEL and FAX) with a square "
                        "seal; the amounts under 記 in 大字 in a HORIZONTAL letter (金壱百弐拾参万四百円 …) flush right; "
                        "the deadline 「令和8年4月10日限り」; a 預り金口 account and the client's masked 会員番号 "
                        "(distractors); 当事務所整理番号 under the sender block and again without hyphens in the transfer "
                        "note; the client's own address in small type at the foot")


LETTERS = [cn09, cn10, cn11, cn12, cn13, cn14, cn15, cn16]
