"""Proxy set 52, letters bi09–bi16: a 地裁's 和解調書 (口頭弁論調書（和解）) with a 55-month plan; a guarantee company's
代位弁済のご通知 with a 債務承認書 兼 分割弁済申出書 to sign; a 縦書き joint 債権譲渡通知 of a claim being paid under a
和解; a 信用組合's 督促 after a 元金据置 ended; the 栃久保 household's 支払督促 and 仮執行宣言付支払督促 after the 和解 of
bi04 broke; a scam that sells a 「和解金」 to withdraw a fake lawsuit; a card company's letter after a broken phone
promise to pay."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
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
    vcheck,
    vsafe,
    wd,
)
from letters_bi1 import (
    TK_ACC,
    TK_ASG,
    TK_EACH,
    TK_LAST,
    TK_N,
    TK_ORIG,
    TK_P,
    TK_PAID,
    TK_R,
    TK_SUM,
    TK_WAKAI,
    west,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
OLIVE = (0.30, 0.36, 0.08)
INDIGO = (0.16, 0.18, 0.45)


def fera(d: D) -> str:
    return fw(era(d))


def ddays(d: D) -> str:
    return f"{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# bi09 熊本地方裁判所 第２回口頭弁論調書（和解）, the 正本: 55 monthly instalments; image PDF of 2 pages.


def bi09():
    day, cert = D(2026, 2, 18), D(2026, 2, 24)
    SUM, EACH = 1_650_000, 30_000
    first_month, n = D(2026, 3, 31), 55
    last_month = D(2030, 9, 30)
    months = (last_month.year - first_month.year) * 12 + last_month.month - first_month.month + 1
    assert months == n and EACH * n == SUM
    case_fw = "令和７年（ワ）第２１４号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 16, "正　本", size=11, font="serif-bold", align="r")
    p.title("第２回口頭弁論調書（和解）", size=15.5, font="serif-bold")
    x, y = 22, p.y + 1
    rows = [("事件の表示", f"{case_fw}　貸金請求事件"),
            ("期　　日", f"{fera(day)}（{wd(day)}）午後１時３０分"),
            ("場所等", "熊本地方裁判所第３民事部法廷"),
            ("裁判官", "富名腰　恭平"),
            ("裁判所書記官", "真栄田　瑞穂"),
            ("出頭した当事者等", "原告代理人　糸数　達也"),
            ("", "被告　神子島　亘")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(x, y + i * 8, 40, 8, 0.3, (0, 0, 0), SHADE if a else None))
        p.add(Box(x + 40, y + i * 8, 126, 8, 0.3))
        if a:
            p.at(x + 2, y + i * 8 + 5.6, a, size=9.8)
        p.at(x + 44, y + i * 8 + 5.6, b, size=10.3)
    p.y = y + len(rows) * 8 + 6
    p.line("手続の要領等", size=10.8, font="serif-bold", x=22)
    p.para("当事者間に次のとおり和解成立", x0=26, size=10.5, indent="")
    p.gap(2)
    p.line("当事者の表示", size=10.8, font="serif-bold", x=22)
    p.kv([("原　告", "株式会社しぎたつ銀行"), ("", "同代表者代表取締役　我謝　秀明"), ("", "同訴訟代理人弁護士　糸数　達也"),
          ("被　告", "神子島　亘"), ("", "熊本県熊本市中央区くじら坂七丁目９番９号")], x=26, label_w=22, size=10.3)
    p.gap(2)
    p.line("請求の表示", size=10.8, font="serif-bold", x=22)
    p.para("請求の趣旨及び原因は訴状記載のとおりであるから、これを引用する（貸金請求　金２，３１８，４５０円及びうち金"
           "１，９６２，３００円に対する遅延損害金）。", x0=26, size=10.2, indent="")
    q = Page(font="serif", size=10.5, top=18)
    q.at(196, 14, case_fw, size=9.5, align="r")
    q.line("和　解　条　項", size=12, font="serif-bold", align="c")
    q.gap(2)
    clauses = [
        f"１　被告は、原告に対し、本件貸金債務として金{fw(f'{SUM:,}')}円の支払義務があることを認める。",
        "２　被告は、原告に対し、前項の金員を、令和８年３月から令和１２年９月まで毎月末日限り金"
        f"{fw(f'{EACH:,}')}円ずつ（５５回）分割して、原告の指定する預金口座に振り込む方法により支払う。振込手数料は被告の"
        "負担とする。",
        f"３　被告が前項の分割金の支払を怠り、その額が金{fw(f'{EACH * 2:,}')}円に達したときは、当然に同項の期限の利益を"
        "失い、被告は、原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から"
        "支払済みまで年１４パーセントの割合による遅延損害金を支払う。",
        "４　原告は、その余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本件に関し、本和解条項に定めるもののほかに何らの債権債務がないことを"
        "相互に確認する。",
        "６　訴訟費用は各自の負担とする。",
    ]
    for c in clauses:
        q.para(c, x0=22, x1=190, size=10.5, indent="")
        q.gap(1.5)
    q.gap(4)
    q.line("熊本地方裁判所第３民事部", x=100, size=10.5)
    q.line("裁判所書記官　真栄田　瑞穂", x=100, size=10.5)
    q.gap(8)
    q.add(Box(22, q.y, 166, 30, 0.4))
    q.at(26, q.y + 7, "これは正本である。", size=10.5)
    q.at(26, q.y + 14, f"　{fera(cert)}", size=10.5)
    q.at(26, q.y + 21, "　熊本地方裁判所第３民事部　裁判所書記官　真栄田　瑞穂", size=10.5)
    q.seal(172, q.y + 15, 17, "square", "熊本地方裁判所書記官印", angle=0, seed=52091)
    q.y += 36
    q.line("（連絡先）熊本地方裁判所第３民事部　書記官室　電話　０９６－０００－２１４０", x=22, size=9.5)
    q.line("※お問い合わせの際は事件番号をお知らせください。", x=22, size=9.5)
    tr = truth(document_type="lawsuit", sender="熊本地方裁判所", phone="096-000-2140", creditor="株式会社しぎたつ銀行",
               status="not_applicable", debtor="神子島亘", total=SUM, rate=14.0, lump=False, issued=day,
               payment_due=first_month, reference="令和7年(ワ)第214号", input_kind="pdf_scan",
               template="proxy52_district_court_settlement_record_55_instalments", received=D(2026, 2, 26))
    return dict(stem="bi09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ) 第２回口頭弁論調書（和解）, the 正本, 2 pages)",
                unusual="a court record, not a letter: 熊本地裁's 「第２回口頭弁論調書（和解）」 marked 正本, as a 2-page image PDF; a "
                        "shaded-label grid (事件の表示 in full-width, 期日 with weekday and 午後１時３０分, 場所等, 裁判官, 書記官, "
                        "出頭した当事者等); 当事者の表示 with the bank's 代表者 and 訴訟代理人; 請求の表示 quotes the 訴状's "
                        "２，３１８，４５０円 (distractor); p.2 和解条項 in full-width: １ the acknowledged 金１，６５０，０００円 (the ONLY "
                        "amount, no breakdown), ２ 「令和８年３月から令和１２年９月まで毎月末日限り金３０，０００円ずつ（５５回）」, ３ the "
                        "60,000 default clause with 年１４パーセント, ４ 放棄, ５ 清算, ６ costs; the 正本 box dated 2/24 (≠ the 期日 "
                        "2/18) and the 書記官室 phone in full-width")


# ---------------------------------------------------------------------------------------------
# bi10 guarantee company 代位弁済のご通知 + 債務承認書 兼 分割弁済申出書 (p.2), digital, 2 pages.


def bi10():
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    acc, lastp, subro = D(2025, 12, 10), D(2025, 9, 10), D(2026, 1, 26)
    P0, I0 = 1_184_300, 9_862
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    R = 14.6
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    ref = "UZ-4471-0226"
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=(0.93, 0.90, 0.95)))
    p.at(19, 19.5, "うわみずざくら保証株式会社", size=13, font="sans-bold", color=INDIGO)
    p.at(19, 24, "UWAMIZUZAKURA CREDIT GUARANTEE", size=6.5, color=INDIGO)
    p.at(192, 19.5, f"{era(issued)}", size=9.5, align="r")
    p.at(192, 24, f"保証番号　{ref}", size=9.5, align="r")
    p.y = 32
    p.line("〒590-0000", size=9.8, x=20)
    p.line("大阪府堺市堺区いさごの里三丁目9番9号", size=9.8, x=20)
    p.line("杁本　律子　様", size=13.5, x=26)
    p.gap(4)
    p.title("代位弁済のご通知及び求償金のお支払いについて", size=14)
    p.para(f"貴殿が株式会社しおまねき銀行から借り入れられたフリーローン（令和4年6月ご契約）について、当社は保証人として、"
           f"同行の請求により{era(subro)}、下記のとおり代位弁済いたしました。", size=9.8)
    p.para(f"同行によれば、貴殿は{era(lastp)}のご返済を最後にお支払いがなく、{era(acc)}に期限の利益を喪失されております。", size=9.8)
    p.para("これにより、当社は貴殿に対し下記の求償権を取得いたしましたので、下記お支払期限までに一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line("■ 代位弁済の内容", size=10, font="sans-bold")
    p.kv([("代位弁済日", era(subro)), ("代位弁済額", f"{S:,}円（うち元金 {P0:,}円・利息 {I0:,}円・遅延損害金 {L0:,}円）")],
         x=24, label_w=28, size=9.5)
    p.gap(1)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["求償元金", "損害金（年14.6％）", "合計"], [f"{S:,}円", f"{L:,}円", f"{T:,}円"]],
            [56, 56, 56], x=22, header=True, aligns="rrr", size=10, row_h=8)
    p.para(f"※損害金は求償元金に対し{era(subro + timedelta(1))}から本書の日付まで年14.6％（年365日の日割）で計算しています。",
           size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 12, 1.0, INDIGO))
    p.at(27, y + 8, "お支払期限", size=11, font="sans-bold", color=INDIGO)
    p.at(62, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("一括でのお支払いが難しい場合は、同封の「債務承認書 兼 分割弁済申出書」（２枚目）にご記入・ご捺印のうえ、上記お支払"
           "期限までにご返送ください。ご返送いただいた内容をもとに、分割でのお支払いを検討いたします。", size=9.6)
    p.para("お振込先　しおまねき銀行 堺東支店 普通 4471022 ウワミズザクラホショウ（カ", size=9.2, indent="")
    p.gap(1)
    p.para("ご参考　当初ご借入額 1,500,000円　毎月のご返済額 27,400円（毎月10日）", size=8.6, indent="")
    p.gap(3)
    for s, sz in (("うわみずざくら保証株式会社　債権管理部　担当　津嘉山", 9.6), ("〒530-0000 大阪市北区あめんぼ町二丁目9番9号", 8.6),
                  ("TEL 06-0000-4471（平日 9:00～17:00）　FAX 06-0000-4472", 8.8)):
        p.line(s, x=84, size=sz)
    p.seal(190, p.y - 11, 12, "square", "うわみずざくら保証印", angle=2, seed=52101)
    q = Page(font="serif", size=10.3, top=18)
    q.at(20, 22, "うわみずざくら保証株式会社　御中", size=11)
    q.y = 30
    q.title("債務承認書　兼　分割弁済申出書", size=15, font="serif-bold")
    q.para(f"私は、貴社が{era(subro)}に株式会社しおまねき銀行に対して行った代位弁済により、貴社に対し、{era(issued)}現在、"
           "下記の求償債務を負担していることを承認いたします。", size=10.2)
    q.gap(1)
    q.table([["求償元金", f"金{S:,}円"], ["損害金", f"金{L:,}円"], ["合　計", f"金{T:,}円"]], [50, 60], x=40,
            aligns="lr", size=10.2, row_h=7.5)
    q.gap(3)
    q.para("つきましては、上記債務を次のとおり分割して支払いたく、申し出ます。", size=10.2)
    q.gap(1)
    for s in ("初回お支払希望日　　令和　　年　　月　　日", "毎月のお支払希望額　金　　　　　　　　円（毎月　　日限り）",
              "ボーナス月の加算額　金　　　　　　　　円（　　月・　　月）"):
        q.line(s, x=34, size=10.3)
        q.add(Line(34, q.y - 1.4, 180, q.y - 1.4, 0.15))
        q.gap(2)
    q.gap(3)
    q.line("令和　　年　　月　　日", x=110, size=10.3)
    q.gap(2)
    q.line("住所", x=60, size=10.3)
    q.add(Line(72, q.y - 1.4, 186, q.y - 1.4, 0.2))
    q.gap(2)
    q.line("氏名　　　　　　　　　　　　　　　　　　　　　　㊞", x=60, size=10.3)
    q.add(Line(72, q.y - 1.4, 186, q.y - 1.4, 0.2))
    q.gap(2)
    q.line(f"保証番号　{ref}", x=60, size=9.5)
    q.gap(6)
    q.para("（ご注意）本書にご署名いただくと、上記債務を承認されたことになります（民法第152条）。分割弁済のお申出は、当社が"
           "承諾してはじめて成立します。ご不明な点は、ご返送の前に担当者までお問い合わせください。", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="うわみずざくら保証株式会社", phone="06-0000-4471",
               creditor="うわみずざくら保証株式会社", status="not_applicable", original="株式会社しおまねき銀行",
               debtor="杁本律子", total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference=ref, input_kind="pdf_text_2page",
               template="proxy52_guarantor_subrogation_with_debt_acknowledgement_form", received=D(2026, 2, 23))
    return dict(stem="bi10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済のご通知 + 債務承認書 兼 分割弁済申出書, 2 pages)",
                unusual="a guarantee company's 代位弁済 notice on a lilac band with a Latin sub-name; the bank's 喪失 and last "
                        "payment in the prose; 代位弁済額 in a kv line with its うち元金 / 利息 / 遅延損害金 in brackets (history); "
                        "a one-row 3-column table 求償元金 / 損害金（年14.6％） / 合計; one framed お支払期限 for both the 一括 "
                        "payment and the return of the form; 当初ご借入額 and 毎月のご返済額 as ご参考 distractors; p.2 a serif "
                        "「債務承認書 兼 分割弁済申出書」 that repeats the three amounts, blank 初回 / 毎月 / ボーナス lines, a "
                        "blank 令和　年　月　日 and the 民法第152条 warning")


# ---------------------------------------------------------------------------------------------
# bi11 縦書き joint 債権譲渡通知書 of a claim being paid under a 和解 (card company → real servicer), digital.


def bi11():
    issued, asg, lastp = D(2026, 5, 8), D(2026, 4, 30), D(2026, 4, 27)
    wakai, SUM, EACH, N, PAID = D(2024, 6, 12), 480_000, 8_000, 60, 22
    assert EACH * N == SUM
    P = SUM - EACH * PAID
    assert P == 304_000

    def k(n: int) -> str:
        return "金" + kanji_number(n) + "円"

    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清祥のこととお慶び申し上げます。"),
        ("body", f"さて、譲渡人ほていあおいクレジット株式会社は、{kdate(asg)}、貴殿に対して有する左記債権を、譲受人アウロラ"
                 "債権回収株式会社に譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", f"右債権は、{kdate(wakai)}付和解契約に基づき分割してお支払いいただいているものです。和解の内容に変更はござい"
                 "ませんが、令和八年五月分以降の分割金は、左記の譲受人口座にお振り込みください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　　令和二年九月三日付カード会員契約"),
        ("indent", f"二　和解契約　{kdate(wakai)}"),
        ("plain", f"　　　和解金　{k(SUM)}（毎月二十七日限り{k(EACH)}ずつ六十回）"),
        ("indent", f"三　最終お支払日　{kdate(lastp)}（第二十二回）"),
        ("indent", f"四　譲渡債権額　{k(P)}"),
        ("plain", "　　　（和解金の残額。利息及び遅延損害金は発生しておりません。）"),
        ("indent", "五　新お振込先　あけぼのすぎ銀行本店営業部　普通預金"),
        ("plain", f"　　　口座番号　{kanji_digits('7640318')}　アウロラサイケンカイシュウ（カ"),
        ("indent", "六　譲受人管理番号　ＡＲ－２６０５－０３１８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）福岡市博多区ふなつき町四丁目九番九号"),
        ("low", "ほていあおいクレジット株式会社"),
        ("low", "代表取締役　玉那覇　昌平"),
        ("low", "（譲受人）東京都港区ともしび通八丁目九番九号"),
        ("low", "アウロラ債権回収株式会社"),
        ("low", "法務大臣許可番号第七十六号"),
        ("low", "代表取締役　儀保　尚人"),
        ("low", "お問合せ　〇一二〇（〇〇〇）七六四"),
        ("blank", ""),
        ("low", "福岡県久留米市みなもと坂九丁目九番九号"),
        ("low", "知花　修　殿"),
    ]
    size = 9.4
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.35, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    em = size * 0.3528 * 1.05
    for who, seed in (("玉那覇", 52111), ("儀保", 52112)):
        col = [it for it in pg.items if isinstance(it, VText) and who in it.s][0]
        pg.items.append(Seal(col.x, col.y + len(col.s) * em + 6.0, 8, "round",
                             ("ほていあおい|代表" if who == "玉那覇" else "アウロラ|代表"),
                             angle=5 if who == "儀保" else -4, seed=seed))
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-764", creditor="アウロラ債権回収株式会社", status="licensed",
               original="ほていあおいクレジット株式会社", debtor="知花修", total=P, principal=P, lump=False, issued=issued,
               last_payment=lastp, assignment=asg, reference="AR-2605-0318", input_kind="vertical_pdf",
               template="proxy52_vertical_joint_assignment_during_settlement", received=D(2026, 5, 11))
    return dict(stem="bi11", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (縦書き joint notice, card company → real servicer, the claim is under a 和解)",
                unusual="縦書き joint 債権譲渡通知書 (拝啓 … 敬具), digital, with two round seals; the claim is a 和解 being paid "
                        "(和解金 金四十八万円, 毎月二十七日限り金八千円ずつ六十回 — distractors) and stays so (「和解の内容に変更は"
                        "ございません」); real servicer ★ アウロラ債権回収株式会社 with 「法務大臣許可番号第七十六号」 in kanji; "
                        "民法第四百六十七条; the only amount 譲渡債権額 金三十万四千円 with 「利息及び遅延損害金は発生して"
                        "おりません」; 最終お支払日 with （第二十二回）; the 原契約 令和二年; a new account in kanji digits; "
                        "free-dial in kanji digits; 譲受人管理番号 in full-width; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bi12 信用組合: the first instalment after a 元金据置 was missed (督促, arrears only); scanned.


def bi12():
    R = 14.0
    issued, due = D(2026, 7, 6), D(2026, 7, 17)
    missed, lastp = D(2026, 6, 15), D(2026, 5, 15)
    pr, it = 21_000, 3_412
    L = late(pr + it, R, missed + timedelta(1), issued)
    T = pr + it + L
    p = Page(font="serif", size=10.3, top=16)
    p.at(15, 20, "遠州灘信用組合", size=15, font="serif-bold", color=OLIVE)
    p.at(15, 25.5, "融資管理課", size=9, color=OLIVE)
    p.at(196, 19, f"{era(issued)}", size=9.8, align="r")
    p.at(196, 24.5, "管理番号　EN-0615-2207", size=9.8, align="r")
    p.y = 34
    p.line("〒435-0000　静岡県浜松市中央区ひばりの辻六丁目9番9号", size=9.8, x=20)
    p.line("桃原　朋美　殿", size=13.5, x=26)
    p.gap(5)
    p.title("元金据置期間終了後のご返済について（督促）", size=14, font="serif-bold")
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=10)
    p.para("さて、貴殿のフリーローンにつきましては、令和7年11月にご締結いただいた返済条件変更契約により、令和7年12月から"
           "令和8年5月までの6か月間、元金のお支払いを据え置き、利息のみをお支払いいただいておりました。", size=10)
    p.para(f"据置期間の終了に伴い、{era(missed)}から元金と利息のご返済が始まりましたが、同日のご返済がお口座からお引落し"
           "できておりません。つきましては、下記の金額を期限までにご入金くださいますよう、お願い申し上げます。", size=10)
    p.line("記", align="c", size=10.5)
    p.table([["ご返済日", "元金", "利息", "遅延損害金", "合計"],
             [era(missed), f"{pr:,}円", f"{it:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 30, 30, 34, 38], x=20, header=True, aligns="crrrr", size=9.8, row_h=8)
    p.line(f"※遅延損害金は、ご返済額（元利金）に対し年14.0％、{ddays(missed + timedelta(1))}から{ddays(issued)}までの"
           "日割計算です。", x=20, size=8.5)
    p.gap(2)
    p.kv([("ご入金期限", f"{era(due)}（{wd(due)}）"), ("ご入金方法", "ご返済用口座（本店営業部 普通 0615220）へのご入金"),
          ("最終ご入金日", f"{era(lastp)}（据置期間中の利息）")], x=26, label_w=32, size=10)
    p.gap(2)
    p.line("（ご参考）", size=9.5, font="serif-bold", x=20)
    p.kv([("ご融資残高", "1,260,000円（据置終了時）"), ("変更後のご返済額", "毎月15日　元金21,000円＋利息"),
          ("変更前のご返済額", "毎月15日　38,000円（元利均等）")], x=26, label_w=40, size=9.3)
    p.gap(1)
    p.para("なお、7月15日のご返済分は、通常どおりご返済用口座からお引落しいたします。ご返済が引き続き困難な場合は、お早めに"
           "融資管理課までご相談ください。ご延滞が続きますと、期限の利益を喪失し、残元金全額を一括してご返済いただくことと"
           "なりますので、ご注意ください。", size=9.5)
    p.gap(4)
    for s, sz in (("遠州灘信用組合　融資管理課", 10.3), ("〒430-0000 静岡県浜松市中央区みなもと坂一丁目9番9号", 8.8),
                  ("電話 053-000-2718（直通）　担当　親泊", 9.3)):
        p.line(s, x=100, size=sz)
    p.seal(188, p.y - 11, 13, "square", "遠州灘信用組合融資管理課印", angle=-2, seed=52121)
    tr = truth(document_type="collection_notice", sender="遠州灘信用組合", phone="053-000-2718", creditor="遠州灘信用組合",
               status="not_applicable", debtor="桃原朋美", total=T, principal=pr, interest=it, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="EN-0615-2207",
               input_kind="scan_png", template="proxy52_credit_union_dunning_after_grace_period", received=D(2026, 7, 8))
    return dict(stem="bi12", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (信用組合, first instalment after a 元金据置 missed; arrears only)",
                unusual="a 信用組合 (not a bank) in olive serif with 殿; the 返済条件変更 (令和7年11月) and its 元金据置 "
                        "(令和7年12月～令和8年5月) in prose; ONE missed instalment as a 5-column row (ご返済日 / 元金 / 利息 / "
                        "遅延損害金 / 合計) with the damage window in a ※ line; ご入金期限 in a kv block; 最終ご入金日 = an "
                        "interest-only payment during the 据置; ご融資残高 1,260,000, the 変更前 / 変更後 monthly amounts and the "
                        "next 7月15日 instalment as distractors; 喪失 only threatened (lump false, acceleration null)")


# ---------------------------------------------------------------------------------------------
# the 栃久保 household in court: 小倉簡易裁判所 支払督促 (bi13) and 仮執行宣言付支払督促 (bi14).

TK_CASE_FW = "令和８年（ロ）第３６２号"
TK_FILE, TK_ORDER, TK_SERVED = D(2026, 3, 10), D(2026, 3, 17), D(2026, 3, 19)
TK_LC = late(TK_P, TK_R, TK_ACC + timedelta(1), TK_FILE)
TK_COST = 4_422
TK_COST_PARTS = (2_500, 1_122, 800)
assert sum(TK_COST_PARTS) == TK_COST
TK_TOTAL = TK_P + TK_LC + TK_COST
TK_COST2 = 1_146


def _tk_parties(p: Page, x: float = 22) -> None:
    p.kv([("債　権　者", "オリックス債権回収株式会社"), ("", "東京都港区ともしび通五丁目９番９号"),
          ("", "代表者代表取締役　儀間　正樹"),
          ("", "（送達場所）同所　管理部　電話 03-0000-5812　FAX 03-0000-5813"),
          ("債　務　者", "栃久保　崇"), ("", "福岡県北九州市小倉北区あかとんぼ町一丁目９番９号")], x=x, label_w=26, size=9.8)


def _tk_cause(p: Page, size: float = 9.3) -> None:
    for s in (f"１　{TK_ORIG}は、債務者に対し、令和３年４月１５日、金８０万円を貸し付けた（カードローン）。",
              f"２　債権者は、{fera(TK_ASG)}、{TK_ORIG}から上記貸金債権を譲り受け、その旨債務者に通知した。",
              f"３　債権者と債務者は、{fera(TK_WAKAI)}、上記債務について、和解金を{fw(f'{TK_SUM:,}')}円とし、毎月２５日限り"
              f"{fw(f'{TK_EACH:,}')}円ずつ{fw(str(TK_N))}回に分割して支払う、分割金の支払を２回以上怠ったときは当然に期限の利益"
              "を失い、残額及びこれに対する年１４．６％の割合による遅延損害金を支払う旨の和解契約を締結した。",
              f"４　債務者は、{fw(str(TK_PAID))}回分合計{fw(f'{TK_PAID * TK_EACH:,}')}円を支払ったのみで（最終支払日　"
              f"{fera(TK_LAST)}）、その後の分割金の支払を怠り、{fera(TK_ACC)}の経過により期限の利益を失った。"):
        p.para(s, x0=24, x1=190, size=size, indent="")


def bi13():
    p = Page(font="serif", size=10, top=14)
    p.at(196, 15, TK_CASE_FW, size=10, align="r")
    p.title("支 払 督 促", size=16, font="serif-bold")
    _tk_parties(p)
    p.gap(1)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", x0=22, size=10.3, indent="")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", x0=22, size=10, indent="")
    p.gap(1)
    p.line("請求の趣旨", size=10.5, font="serif-bold", x=22)
    rows = [["１", "和解金残元金", f"{TK_P:,}円"],
            ["２", f"上記１に対する{fera(TK_FILE + timedelta(1))}から支払済みまで年１４．６％の割合による遅延損害金", ""],
            ["３", f"確定遅延損害金（{fera(TK_ACC + timedelta(1))}から{fera(TK_FILE)}まで）", f"{TK_LC:,}円"],
            ["４", "督促手続費用", f"{TK_COST:,}円"],
            ["", "合計（１、３及び４）", f"{TK_TOTAL:,}円"]]
    p.table(rows, [8, 128, 32], x=22, aligns="clr", size=8.6, row_h=7.4)
    p.line(f"（注）督促手続費用の内訳　申立手数料 {TK_COST_PARTS[0]:,}円、支払督促正本送達費用 {TK_COST_PARTS[1]:,}円、"
           f"申立書作成及び提出費用 {TK_COST_PARTS[2]:,}円", x=22, size=8.3)
    p.gap(1)
    p.line("請求の原因", size=10.5, font="serif-bold", x=22)
    _tk_cause(p, 9.2)
    p.gap(2)
    p.line(f"　{fera(TK_ORDER)}", x=22, size=10.3)
    p.line("　　小倉簡易裁判所", x=22, size=10.3)
    p.line("　　　裁判所書記官　渡具知　沙織", x=22, size=10.3)
    p.seal(120, p.y - 6, 14, "square", "小倉簡易裁判所書記官印", seed=52131)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 16, 0.4, (0, 0, 0), (0.96, 0.96, 0.96)))
    p.para("この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをしてください。"
           "お問い合わせは、小倉簡易裁判所民事係（電話 ０９３－０００－３６２１）へ。", x0=25, x1=187, size=8.8, indent="")
    p.y = y + 19
    p.line(f"（申立日　{fera(TK_FILE)}）", x=22, size=8.5)
    tr = truth(document_type="payment_order", sender="小倉簡易裁判所", phone="093-000-3621",
               creditor="オリックス債権回収株式会社", status="licensed", original=TK_ORIG, debtor="栃久保崇",
               total=TK_TOTAL, principal=TK_P, late_damages=TK_LC, costs=TK_COST, rate=TK_R, lump=True, issued=TK_ORDER,
               acceleration=TK_ACC, last_payment=TK_LAST, assignment=TK_ASG, reference="令和8年(ロ)第362号",
               input_kind="scan_png", template="proxy52_payment_order_after_broken_settlement_one_page",
               received=TK_SERVED)
    return dict(stem="bi13", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, the 和解 of bi04 broke; real servicer creditor; one page)",
                unusual="a whole 支払督促 of a court not used before (小倉簡裁) on ONE scanned page: the full-width case number "
                        "alone top-right; parties as a kv block with the creditor ★ オリックス債権回収 (no licence: court paper) "
                        "and its 送達場所 phone/FAX (distractors); 請求の趣旨 as a 3-column ruled table (１ 和解金残元金, ２ the "
                        "running clause, ３ 確定遅延損害金 with its window, ４ 督促手続費用, a 合計（１、３及び４） row); the cost "
                        "breakdown in a (注); 請求の原因 tells the loan, the 譲受, the 和解 (600,000, 20,000 × 30) and its 喪失; "
                        "the objection note with the court's full-width phone in a grey box; 申立日 at the foot")


def bi14():
    issued, filed2 = D(2026, 4, 14), D(2026, 4, 8)
    costs = TK_COST + TK_COST2
    total = TK_P + TK_LC + costs
    p = Page(font="serif", size=10.5, top=18)
    p.add(Box(140, 12, 56, 10, 0.4))
    p.at(168, 18.6, TK_CASE_FW, size=9.5, align="c")
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", "オリックス債権回収株式会社"), ("債　務　者", "栃久保　崇")], x=30, label_w=30, size=10.5)
    p.gap(3)
    p.para(f"上記当事者間の頭書事件について、{fera(TK_ORDER)}に発した支払督促は、同月{fw(str(TK_SERVED.day))}日債務者に送達されたが、"
           "債務者は法定期間内に督促異議の申立てをしなかった。", size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(2)
    p.line("仮執行の宣言", size=11, font="serif-bold", align="c")
    p.para(f"別紙支払督促に仮執行の宣言の手続費用金{fw(f'{TK_COST2:,}')}円を付加して、仮に執行することができる。", size=10.5)
    p.gap(6)
    p.line(f"　{fera(issued)}", x=24, size=10.5)
    p.line("　　小倉簡易裁判所", x=24, size=10.5)
    p.line("　　　裁判所書記官　渡具知　沙織", x=24, size=10.5)
    p.seal(128, p.y - 6, 14, "square", "小倉簡易裁判所書記官印", seed=52141)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 168, 30, 0.5))
    p.at(26, y + 6.5, "この書面を受け取った方へ", size=10.5, font="serif-bold")
    p.y = y + 9
    p.para("この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをする"
           "ことができます。ただし、異議の申立てをしても、強制執行の手続は当然には停止しません。", x0=26, x1=186, size=9.5,
           indent="")
    p.y = y + 34
    p.line("小倉簡易裁判所民事係　電話 ０９３－０００－３６２１", x=24, size=9.5)
    p.line(f"（仮執行宣言申立日　{fera(filed2)}）", x=24, size=9)
    q = Page(font="serif", size=10, top=18)
    q.line("（別紙）", size=10, x=22)
    q.line("当事者目録", size=11, font="serif-bold", align="c")
    _tk_parties(q)
    q.gap(3)
    q.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["", "項目", "金額（円）"],
            ["１", "和解金残元金", f"{TK_P:,}"],
            ["２", f"確定遅延損害金（{fera(TK_ACC + timedelta(1))}から{fera(TK_FILE)}まで）", f"{TK_LC:,}"],
            ["３", "督促手続費用", f"{TK_COST:,}"],
            ["４", "仮執行宣言の手続費用", f"{TK_COST2:,}"],
            ["", "合　　計", f"{total:,}"]]
    q.table(rows, [8, 122, 36], x=22, header=True, aligns="clr", size=9.3, row_h=7.6)
    q.para(f"５　上記１に対する{fera(TK_FILE + timedelta(1))}から支払済みまで年１４．６％の割合による遅延損害金", x0=22,
           size=9.6, indent="")
    q.gap(3)
    q.line("請求の原因（要旨）", size=10.5, font="serif-bold", x=22)
    _tk_cause(q, 9.4)
    tr = truth(document_type="payment_order_enforceable", sender="小倉簡易裁判所", phone="093-000-3621",
               creditor="オリックス債権回収株式会社", status="licensed", original=TK_ORIG, debtor="栃久保崇", total=total,
               principal=TK_P, late_damages=TK_LC, costs=costs, rate=TK_R, lump=True, issued=issued,
               acceleration=TK_ACC, last_payment=TK_LAST, assignment=TK_ASG, reference="令和8年(ロ)第362号",
               input_kind="pdf_scan", template="proxy52_enforceable_order_after_broken_settlement_two_pages",
               received=D(2026, 4, 16))
    return dict(stem="bi14", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as bi13, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of bi13's case as a 2-page image PDF: the full-width case number in an outer "
                        "box top-right; the 支払督促 date 3/17 and its 送達 「同月１９日」 in one sentence (≠ issued = the 仮執行"
                        f"宣言 date 4/14); the 仮執行 cost 金{TK_COST2:,}円 in the 仮執行の宣言 prose; a framed 「この書面を受け取った"
                        "方へ」; p.2 当事者目録 (creditor ★ オリックス債権回収, 送達場所 phone/FAX) and 請求の趣旨 as a "
                        "「金額（円）」 table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs) and 合計, the "
                        "running item ５ under it; a 請求の原因（要旨） with the 和解 and its 喪失; 仮執行宣言申立日 on p.1")


# ---------------------------------------------------------------------------------------------
# bi15 scam: a fake 債務和解 association sells a 「和解金」 to have a fake lawsuit withdrawn; phone photo.


def bi15():
    issued = D(2026, 6, 22)
    due = D(2026, 6, 26)
    AMT = 98_000
    p = Page(font="sans", size=10.2, top=14)
    stamp(p, 15, 12, "重要", fill=RED, size=13)
    stamp(p, 37, 12, "親展・本人限定", color=RED, size=11)
    p.at(196, 17, f"通知日　令和8年{ddays(issued)}", size=9.5, align="r")
    p.at(196, 22, "管理番号　ゆ－７２１５", size=9.5, align="r")
    p.y = 30
    p.line("旗手　聡　様", size=13.5, x=22)
    p.gap(3)
    p.title("民事訴訟取下げに関する和解金のご案内", size=15, color=RED)
    p.para("貴殿がご利用になった動画配信サービスの未納料金につき、契約会社より東京地方裁判所に民事訴訟（令和8年(ワ)第8817号"
           "）が提起されたことをお知らせいたします。", size=9.8)
    p.para("当協会は、法務省の認可を受けた債務和解の調整機関として、契約会社との間で和解の調整を行っております。下記の和解金を"
           "期日までにお支払いいただければ、訴訟は取り下げられ、貴殿の個人信用情報に記録が残ることもありません。", size=9.8)
    p.para("期日までにご連絡・お支払いがない場合は、裁判所による判決を経て、給与・預貯金・不動産の差押えが執行されます。",
           size=9.8, font="sans-bold")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 26, 1.2, RED, (1.0, 0.95, 0.95)))
    p.at(32, y + 9, "和解金", size=12, font="sans-bold", color=RED)
    p.at(178, y + 10, f"￥{AMT:,}－", size=20, font="sans-bold", align="r", color=RED)
    p.at(32, y + 20, "お支払期日", size=11, font="sans-bold")
    p.at(178, y + 20.5, f"{ddays(due)}（{wd(due)}）17時まで", size=13, font="sans-bold", align="r")
    p.y = y + 31
    p.para("お振込先　ゆうちょ銀行 〇一八店 普通 4471902 ミヤヒラ ケンジ（当協会 和解担当）", size=9.6, indent="")
    p.para("※振込名義は「管理番号＋ご本人様氏名」でお願いします。弁護士・消費生活センター等へのご相談は、和解の成立に支障を"
           "きたしますのでお控えください。", size=9.2, indent="")
    p.gap(3)
    p.line("お問合せ（和解担当直通・土日も受付）　080-0000-7742", size=10.5, font="sans-bold", x=22)
    p.gap(5)
    for s, sz in (("一般社団法人　全日本債務和解調整協会", 11.5), ("法務省認可　法務大臣許可番号第352号", 9),
                  ("東京都千代田区霞が関（法曹会館内）", 8.8), ("和解調整部　担当　波平", 9)):
        p.line(s, x=96, size=sz)
    p.seal(186, p.y - 14, 15, "round", "全日本債務和解|調整協会", angle=-8, seed=52151)
    tr = truth(document_type="other", sender="一般社団法人全日本債務和解調整協会", license_number=352,
               phone="080-0000-7742", status="not_licensed", debtor="旗手聡", total=AMT, lump=False, issued=issued,
               payment_due=due, reference="ゆ-7215", is_scam=True, input_kind="photo_jpeg",
               template="proxy52_scam_settlement_money_to_withdraw_fake_suit", received=None)
    return dict(stem="bi15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.2, creases=2, shadow=0.0, fill=0.80, warm=0.3, bow=6.0),
                about="other (scam: a fake 債務和解 association sells a 「和解金」 to withdraw a fake lawsuit)",
                unusual="phone photo on wood, steep angle, creases, a bulging sheet and a warm lamp; a SCAM on the theme: a "
                        "fake 「一般社団法人 全日本債務和解調整協会」 claims a lawsuit (a made-up (ワ) number at a real court) "
                        f"and offers to have it 「取り下げ」 for a 和解金 ￥{AMT:,}－ in a red box, month-day deadline "
                        f"「{ddays(due)}（{wd(due)}）17時まで」 (year from the 通知日), paid to a PERSONAL account; filled red "
                        "重要 and framed 親展・本人限定 stamps; 「法務省認可」 and a FAKE 「法務大臣許可番号第352号」 (→ "
                        "not_licensed); hiragana 管理番号 ゆ－７２１５; 「弁護士…へのご相談は…お控えください」; a 080 number "
                        "open on weekends; the creditor is only 「契約会社」")


# ---------------------------------------------------------------------------------------------
# bi16 card company: the phone promise to pay was broken; three missed instalments, arrears only.


def bi16():
    R = 14.6
    issued, due = D(2026, 4, 24), D(2026, 5, 8)
    promise_day, promise_to, promise_amt = D(2026, 4, 3), D(2026, 4, 20), 30_000
    lastp = D(2025, 12, 26)
    rows = [(D(2026, 1, 27), 12_300, 1_412), (D(2026, 2, 27), 12_300, 1_376), (D(2026, 3, 27), 12_300, 1_340)]
    calc = [(d, pr, it, late(pr + it, R, d + timedelta(1), issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 10, 181, 1.2, color=None, fill=NAVY))
    p.at(15, 19, "ふたりしずかカード", size=14, font="sans-bold", color=NAVY)
    p.at(15, 24, "ふたりしずかカード株式会社　お客様ご返済センター", size=8)
    p.at(196, 18, f"発行日：{west(issued)}", size=9.3, align="r")
    p.at(196, 23, "お問合せ番号：FS-0424-7781", size=9.3, align="r")
    p.at(196, 28, "会員番号：****-****-****-4471", size=8.5, align="r", color=GRAY)
    p.y = 34
    p.line("〒920-0000　石川県金沢市ふなつき町七丁目9番9号", size=9.6, x=20)
    p.line("砥部　由紀　様", size=13.5, x=26)
    p.gap(4)
    p.title("お約束いただいたお支払いが確認できません", size=14.5)
    p.para(f"{west(promise_day)}のお電話で、{west(promise_to)}までに{promise_amt:,}円をお支払いいただけるとのお約束を"
           "いただきましたが、本日までにご入金を確認できておりません。", size=9.8)
    p.para("現在、下記のとおり3回分のお支払いが遅れております。下記の金額を、お支払期限までにお振込みください。", size=9.8)
    p.gap(1)
    head = ["お支払日", "ご利用代金（元金）", "分割手数料", "遅延損害金", "小計"]
    body = [[west(d), f"{pr:,}円", f"{it:,}円", f"{lt:,}円", f"{pr + it + lt:,}円"] for d, pr, it, lt in calc]
    body.append(["合計", f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [36, 38, 32, 32, 38], x=18, header=True, aligns="crrrr", size=9.3, row_h=7.4)
    p.line(f"※遅延損害金は各回のお支払額に対し年14.6％、お支払日の翌日から{west(issued)}までの日割計算です。", x=18, size=8.2)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 15, 0.9, NAVY))
    p.add(Box(18, y, 48, 15, color=None, fill=NAVY))
    p.at(42, y + 9.5, "お支払期限", size=11.5, font="sans-bold", color=WHITE, align="c")
    p.at(72, y + 10, f"{west(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(190, y + 10, f"{T:,}円", size=14, font="sans-bold", align="r", color=RED)
    p.y = y + 19
    p.kv([("最終ご入金日", west(lastp)), ("お約束の内容", f"{west(promise_to)}までに{promise_amt:,}円（お電話 {west(promise_day)}）"),
          ("次回のお支払日", "2026年4月27日　13,604円（口座振替）")], x=22, label_w=30, size=9.3)
    p.gap(1)
    p.para("お支払いが確認できない場合、会員規約第21条により期限の利益を喪失し、残債務全額を一括してお支払いいただくことに"
           "なります。また、カードのご利用は引き続き停止させていただきます。", size=9.2, indent="")
    p.para("お振込先　かもめ野銀行 金沢支店 普通 0424778 フタリシズカカード（カ", size=9.2, indent="")
    p.gap(3)
    for s, sz in (("ふたりしずかカード株式会社　お客様ご返済センター", 9.8), ("〒920-0000 石川県金沢市くじら坂二丁目9番9号", 8.6),
                  ("TEL 0120-000-318（平日 9:00～19:00）　担当　狩俣", 8.8),
                  ("貸金業登録番号 北陸財務局長(3)第00091号", 7.8)):
        p.line(s, x=92, size=sz)
    tr = truth(document_type="collection_notice", sender="ふたりしずかカード株式会社", phone="0120-000-318",
               creditor="ふたりしずかカード株式会社", status="not_applicable", debtor="砥部由紀", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="FS-0424-7781", input_kind="pdf_text",
               template="proxy52_card_company_broken_phone_promise_arrears", received=D(2026, 4, 27))
    return dict(stem="bi16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company, a broken phone promise; three missed instalments, arrears only)",
                unusual="a card company's letter after a PHONE PROMISE was broken: the promise date 4/3, the promised date 4/20 "
                        f"and {promise_amt:,}円 in the prose and again in a kv block (distractors); colon labels top-right "
                        "(発行日： / お問合せ番号： / a masked 会員番号：); western 年月日 dates; a 5-column table per missed "
                        "instalment (ご利用代金（元金） / 分割手数料 / 遅延損害金 / 小計) and a 合計 row; a navy お支払期限 bar "
                        "with the total in red; 次回のお支払日 4/27 with its 13,604円 as a distractor; 喪失 only threatened "
                        "(lump false); the 貸金業登録番号 (not a licence)")


LETTERS = [bi09, bi10, bi11, bi12, bi13, bi14, bi15, bi16]
