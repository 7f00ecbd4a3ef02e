"""Proxy set 78, letters ci09–ci16: the creditors' letters around the court papers — a servicer's 支払督促申立予告
(ci09), a law office's 縦書き 訴訟予告 (ci10), the servicer's 和解案 after the 督促異議 by fax (ci11), a card company's
法的手続移行予告 by fax (ci12), an invented servicer's 譲受通知 of a claim with a 債務名義 (ci13), the 和解に代わる決定 of
ci07's case (ci14), a guarantee company's 縦書き 代位弁済通知 (ci15) and a scam dressed as a 訴状 (ci16)."""

from __future__ import annotations

from datetime import date as D

from common import RED, SHADE, WHITE, Box, Line, Page, kdate, late, qr, stamp, truth, vcheck, vsafe, wd
from story import (
    A_ACC,
    A_ASSIGN,
    A_CASE_HA,
    A_CASE_RO,
    A_I,
    A_LAST,
    A_P,
    A_R,
    A_REF,
    B_ACC,
    B_LAST,
    B_R,
    B_S,
    B_SI,
    B_SP,
    B_SUB,
    C_ACC,
    C_ASSIGN,
    C_C1,
    C_C2,
    C_CASE,
    C_I,
    C_LAST,
    C_P,
    C_R,
    E_ACC,
    E_I,
    E_LAST,
    E_P,
    E_R,
    G_CASE,
    ONE,
    fw,
    kyen,
    rdate,
    wdate,
)

from samples.letters.fmt import kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

ORX = (0.85, 0.35, 0.05)
PLUM = (0.35, 0.12, 0.35)


def vcheck_era(pages) -> None:
    """vcheck, plus: no column ends inside an era name (令|和, 平|成)."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s and b.s and a.s[-1] in "令平" and b.s[0] in "和成":
                raise AssertionError(f"column breaks inside an era name: …{a.s[-6:]} | {b.s[:6]}…")


def fcase(s: str) -> str:
    return fw(s).replace("(", "（").replace(")", "）")


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ci09 オリックス債権回収 支払督促申立予告通知書 (digital, one page).


def ci09():
    issued, due = D(2026, 1, 9), D(2026, 1, 23)
    P, I, R = A_P, A_I, A_R
    L = late(P, R, A_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=20, right=20)
    p.at(190, 17, wdate(issued), size=10, align="r")
    p.at(190, 22.5, f"お取引番号　{A_REF}", size=10, align="r")
    p.y = 20
    p.line("〒300-0000", size=10)
    p.line("茨城県土浦市りんどう野九丁目9番9号", size=10.5)
    p.line("芹川　智恵　様", size=13.5)
    p.gap(2)
    for s, sz, f in (("オリックス債権回収株式会社", 11.5, "sans-bold"), ("債権管理第二部　土浦・水戸チーム", 9.5, "sans"),
                     ("法務大臣許可番号　第11号", 9, "sans"), ("東京都港区柿ノ木坂東九丁目9番9号", 9, "sans"),
                     ("TEL 03-0000-7361（平日9:00～17:30）　担当　穐吉", 9.5, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(184, p.y - 15, 12, "square", "オリックス債権回収之印", angle=2, seed=7809)
    p.gap(4)
    p.line("支払督促申立予告通知書", size=17, font="sans-bold", align="c")
    p.add(Line(60, p.y - 2.0, 150, p.y - 2.0, 0.5, ORX))
    p.add(Line(60, p.y - 1.1, 150, p.y - 1.1, 0.5, ORX))
    p.gap(3)
    p.para(f"貴殿が株式会社ふみづきカードとの間で締結されたカード会員契約に基づく債務については、{wdate(A_ASSIGN)}付で当社が"
           "同社から債権を譲り受け、その旨は同社から貴殿に通知されております。当社からはこれまで書面及びお電話で再三ご連絡"
           "いたしましたが、現在に至るまでご入金もご連絡もいただけておりません。")
    p.para("つきましては、下記のお支払期日までに下記ご請求額をお支払いください。お支払期日までにお支払い又はご連絡がない"
           "場合には、誠に遺憾ながら、貴殿の住所地を管轄する簡易裁判所に支払督促を申し立てる予定であることを予告いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    rows = [["ご利用残高（元金）", f"{P:,}円"], ["未払利息・手数料", f"{I:,}円"],
            [f"遅延損害金（年{R}%　{wdate(A_ACC + ONE)}から本日まで）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]]
    p.table(rows, [120, 44], x=23, size=10, row_h=8, aligns="lr", ruled="rows")
    p.add(Box(23, p.y - 8, 164, 8, 0.8))
    p.gap(3)
    y = p.y
    p.add(Box(23, y, 164, 11, color=None, fill=(0.99, 0.92, 0.85)))
    p.at(27, y + 7.5, "お支払期日", size=11, font="sans-bold", color=ORX)
    p.at(70, y + 7.8, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 15
    p.line("【今後予定している手続】", size=10, font="sans-bold")
    for s in ("① 申立て予定の手続　支払督促（民事訴訟法第382条）",
              "② 申立て予定の裁判所　土浦簡易裁判所",
              "③ 申立て予定の時期　2026年2月上旬",
              "④ 支払督促が確定した場合、給与・預金等の差押え（強制執行）を行うことがあります。"):
        p.line(s, x=26, size=9.5)
    p.gap(2)
    p.para("お振込先　常陸中央銀行 本店営業部 普通預金 4180261　口座名義 オリックスサイケンカイシュウ（カ　※お振込人名の前に"
           "お取引番号の数字8桁（04182607）をご入力ください。", size=9, indent="")
    p.para("ご事情によりお支払いが難しい場合は、分割によるお支払いもご相談いただけます。お支払期日までに必ず担当者あてに"
           "お電話ください。本状と行き違いにご入金済みの場合はご容赦ください。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-7361", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ふみづきカード", debtor="芹川智恵", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=None, last_payment=None,
               assignment=A_ASSIGN, reference=A_REF, input_kind="pdf_text",
               template="proxy78_servicer_payment_order_warning", received=D(2026, 1, 13))
    return dict(stem="ci09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer's 支払督促申立予告)",
                unusual="the servicer's warning BEFORE ci01: real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　"
                        "第11号」 in a right-hand sender block under the addressee; western 年月日 dates; title with an orange "
                        "double underline; a rows-ruled 2-column table (ご利用残高（元金） / 未払利息・手数料 / 遅延損害金 "
                        "with 「本日まで」 / ご請求額合計 in a framed last row); the due date in a peach bar; a 【今後予定して"
                        "いる手続】 list (民事訴訟法第382条, 土浦簡易裁判所, 「2026年2月上旬」 — distractors); the 8-digit "
                        "transfer code 04182607 (distractor); NO 喪失 date and NO last payment printed (both null)")


# ---------------------------------------------------------------------------------------------
# ci10 設楽原・浅芽法律事務所 縦書き 通知書（訴訟提起予告）, digital, 内容証明.


def ci10():
    issued, due = D(2025, 10, 6), D(2025, 10, 20)
    P, I, R = E_P, E_I, E_R
    L = late(P, R, E_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "通知書"),
        ("body", "前略　当職らは、株式会社遠賀銀行（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "以下のとおり通知いたします。"),
        ("body", "貴殿は、令和四年五月十六日、通知人から金二百四十万円を借り受けましたが、" + kdate(E_LAST) + "の返済を"
                 "最後にその後の返済を怠り、通知人の催告にもかかわらず支払がなかったため、" + kdate(E_ACC) + "の経過をもって"
                 "期限の利益を喪失しております。"),
        ("body", "つきましては、左記の金員を、" + kdate(due) + "限り、左記口座にお振り込みください。右期限までにお支払い"
                 "又は誠意あるご連絡がない場合には、通知人の指示により、貴殿を被告として福岡地方裁判所小倉支部に貸金返還"
                 "請求訴訟を提起いたしますので、その旨予告いたします。"),
        ("body", "なお、本件に関するご連絡は、すべて当職ら宛てにお願いいたします。"),
        ("indent", "記"),
        ("indent", "一　残元金　　　" + kyen(P)),
        ("indent", "二　未払利息　　" + kyen(I)),
        ("indent", "三　遅延損害金　" + kyen(L)),
        ("plain", "　　（" + kdate(E_ACC + ONE) + "から本書作成日まで年十四パーセント）"),
        ("indent", "四　合計　　　　" + kyen(T)),
        ("indent", "振込先　関門みなと銀行　小倉駅前支店　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("5581032")),
        ("plain", "　　　　口座名義　弁護士設楽原慎吾預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福岡県北九州市小倉北区紙漉九丁目九番九号"),
        ("low", "設楽原・浅芽法律事務所"),
        ("low", "通知人代理人　弁護士　設楽原　慎吾"),
        ("low", "同　　　　　　弁護士　浅芽　紗季"),
        ("low", "電話　" + kanji_digits("093") + "（" + kanji_digits("000") + "）" + kanji_digits("5581")),
        ("low", "（当職ら整理番号　ＳＡ－２５１０３）"),
        ("blank", ""),
        ("low", "福岡県北九州市小倉北区機織九丁目九番九号"),
        ("low", "蘆名　隆之　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 7810))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　設楽原" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士設楽原慎吾", angle=-2,
                         seed=7811))
    tr = truth(document_type="collection_notice", sender="設楽原・浅芽法律事務所", phone="093-000-5581",
               creditor="株式会社遠賀銀行", status="not_applicable", original=None, debtor="蘆名隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=E_ACC,
               last_payment=E_LAST, reference="SA-25103", input_kind="vertical_pdf",
               template="proxy78_vertical_lawyers_lawsuit_warning", received=D(2025, 10, 8))
    return dict(stem="ci10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers for a bank, 縦書き 訴訟予告, 内容証明)",
                unusual="縦書き 通知書 (前略 … 草々) of TWO lawyers for the bank of ci05 / ci08, digital, with the 内容証明 "
                        "stamp: it announces the 小倉支部 suit; the 令和四年 loan of 金二百四十万円 (distractor), the last "
                        "payment and 「の経過をもって」 喪失 in kanji in the prose; positional kanji amounts under 記; "
                        "「令和七年十月二十日限り」; a 預り金口 account in kanji digits (distractor); phone in kanji digits "
                        "〇九三（〇〇〇）五五八一; full-width bracketed 当職ら整理番号 ＳＡ－２５１０３ (→ SA-25103)")


# ---------------------------------------------------------------------------------------------
# ci11 オリックス債権回収 和解のご提案 after the 督促異議 (2-page fax).


def ci11():
    issued, reply, hearing = D(2026, 3, 27), D(2026, 4, 10), D(2026, 4, 21)
    P, I, R = A_P, A_I, A_R
    L = late(P, R, A_ACC + ONE, issued)
    T = P + I + L
    settle = P + I
    first, n, mon = 12_004, 36, 11_976
    assert first + (n - 1) * mon == settle, (first + (n - 1) * mon, settle)
    p = Page(font="sans", size=9.8, top=12, left=18, right=18)
    p.add(Box(18, 11, 174, 23, 0.5))
    rows = [("宛先", "芹川　智恵　様", "送信日", slash(issued)),
            ("送信元", "オリックス債権回収株式会社　債権管理第二部", "枚数", "2枚（本紙含む）"),
            ("TEL", "03-0000-7361", "FAX", "03-0000-7362")]
    for i, r in enumerate(rows):
        y = 11 + i * 7.6
        if i:
            p.add(Line(18, y, 192, y, 0.25))
        p.at(20, y + 5.2, r[0], size=8.5, font="sans-bold")
        p.at(36, y + 5.4, r[1], size=9.5)
        p.at(138, y + 5.2, r[2], size=8.5, font="sans-bold")
        p.at(154, y + 5.4, r[3], size=9.5)
    p.add(Line(34, 11, 34, 34, 0.25))
    p.add(Line(136, 11, 136, 34, 0.25))
    p.add(Line(152, 11, 152, 34, 0.25))
    p.y = 38
    p.line("和解のご提案", size=15, font="sans-bold", align="c")
    p.line("オリックス債権回収株式会社（法務大臣許可番号 第11号）　担当 穐吉", size=9, align="r")
    p.gap(1)
    p.para(f"貴殿から{A_CASE_RO}支払督促事件について督促異議の申立てがなされたため、本件は土浦簡易"
           f"裁判所の訴訟手続（{A_CASE_HA}）に移行し、第1回口頭弁論期日が下記のとおり指定されております。当社としては、"
           "話合いによる解決も可能と考えておりますので、下記の条件による和解をご提案いたします。", size=9.5)
    p.gap(1)
    p.line(f"■事件の表示　土浦簡易裁判所　{A_CASE_HA}　譲受債権請求事件", size=9.5)
    p.line(f"■次回期日　第1回口頭弁論期日　{rdate(hearing)}（{wd(hearing)}）午前10時30分", size=9.5)
    p.gap(1)
    p.line(f"1. 現在のご債務額（{rdate(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
             [f"遅延損害金（年{R}%）", f"{L:,}円"], ["ご債務額合計", f"{T:,}円"]],
            [70, 40], x=24, size=9.5, row_h=6.6, aligns="lr", shade_col0=True)
    p.add(Box(24, p.y - 6.6, 110, 6.6, 0.8))
    p.line(f"  （お取引番号 {A_REF}／最終ご入金日 {rdate(A_LAST)}／期限の利益喪失日 {rdate(A_ACC)}）", size=8.8)
    p.gap(1)
    p.line("2. 和解条件（案）", size=10, font="sans-bold")
    for s in (f"(1) 貴殿は当社に対し、和解金として{settle:,}円（残元金及び未払手数料の合計）の支払義務があることを認める。",
              f"(2) 上記和解金を、令和8年5月から令和11年4月まで、毎月27日限り、第1回{first:,}円、第2回以降{mon:,}円ずつ"
              f"（計{n}回）分割して支払う。",
              "(3) 分割金の支払を2回分以上怠ったときは期限の利益を失い、残額及びこれに対する年14.6%の遅延損害金を直ちに支払う。",
              "(4) 上記を遅滞なく支払ったときは、当社はその余の請求（遅延損害金・督促手続費用）を放棄する。",
              "(5) 和解成立後、当社は上記期日において裁判所で和解（又は訴えの取下げ）の手続をとる。"):
        p.para(s, x0=22, x1=190, size=9.2, indent="")
    p.gap(1.5)
    y = p.y
    p.add(Box(18, y, 174, 12, 1.2))
    p.at(22, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(52, y + 8.3, f"令和8年4月10日（{wd(reply)}）必着", size=12, font="sans-bold")
    p.at(188, y + 8, "2枚目の回答書をFAX又は郵送で", size=8.5, align="r")
    p.y = y + 15
    p.para("※期限までにご回答がない場合は、期日において当初の請求どおりの判決を求めます。", size=8.6, indent="")
    q = Page(font="sans", size=10.5, top=16, left=22, right=22)
    q.title("和解条件についての回答書", size=15)
    q.line("オリックス債権回収株式会社　債権管理第二部　御中（FAX 03-0000-7362）", size=10)
    q.gap(3)
    q.line(f"事件の表示　土浦簡易裁判所　{A_CASE_HA}", size=10.5)
    q.line(f"お取引番号　{A_REF}", size=10.5)
    q.gap(3)
    for s in ("□ 和解条件（案）に同意します。", "□ 次の条件であれば和解を希望します。",
              "　　毎月の支払額　　　　　　　円　　支払開始　令和　　年　　月", "□ 和解を希望しません。"):
        q.line(s, x=30, size=11)
        q.gap(3)
    q.gap(6)
    q.line("回答日　令和　　年　　月　　日", x=30, size=11)
    q.gap(4)
    for s in ("ご住所", "お名前　　　　　　　　　　　　　　　　　　　印", "お電話番号"):
        q.line(s, x=30, size=11)
        q.add(Line(30, q.y - 1, 188, q.y - 1, 0.25))
        q.gap(4)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-7361", creditor="オリックス債権回収株式会社", status="licensed", original=None,
               debtor="芹川智恵", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=A_ACC, last_payment=A_LAST, hearing=hearing, reference=A_REF,
               input_kind="fax_tiff", template="proxy78_servicer_settlement_after_objection_fax", received=issued)
    return dict(stem="ci11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header="FROM:ORIX SERVICER 03 0000 7362  2026/03/27 16:42",
                about="settlement_proposal (real servicer, after the 督促異議, 2-page fax)",
                unusual="2-page G4 fax of ci01's creditor AFTER the debtor's 督促異議: a FAX cover grid (宛先 / 送信日 in "
                        "slashes / 送信元 / 枚数 / TEL / FAX); the (ロ) and the new (ハ) number in the prose and a ■事件の表示 "
                        "line; the 第1回口頭弁論期日 4/21 in a ■次回期日 line (→ hearing); licence 「（法務大臣許可番号 第11号）」 "
                        "in brackets after the name; a shaded-label 4-row table ending in the framed ご債務額合計; お取引番号, "
                        "last payment and 喪失 in ONE bracket line under it; the plan (和解金 431,164 = 12,004 + 35 × 11,976, "
                        "令和8年5月 – 令和11年4月, 年14.6% default clause) as distractors; ご回答期限 …必着 in a heavy frame; "
                        "p.2 a 回答書 with tick boxes; original creditor not named (null)")


# ---------------------------------------------------------------------------------------------
# ci12 霧降クレジット 法的手続移行予告通知 (one-page fax).


def ci12():
    issued, due = D(2025, 9, 19), D(2025, 10, 3)
    P, I, R = C_P, C_I, C_R
    L = late(P, R, C_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.add(Box(18, 12, 174, 12, color=None, fill=PLUM))
    p.at(22, 20.5, "KIRIFURI CREDIT", size=12, font="sans-bold", color=WHITE)
    p.at(188, 20.5, "株式会社霧降クレジット　債権管理センター", size=10.5, color=WHITE, align="r")
    p.y = 28
    p.line(f"送付日：{slash(issued)}", size=9.5, align="r")
    p.line("お客様番号：KF-5530-1947", size=9.5, align="r")
    p.y = 29
    p.line("軽米　由香里　様", size=13)
    p.line("（FAX送信先 0285-00-6104）", size=8.5)
    p.gap(4)
    stamp(p, 18, p.y, "最終通告", color=RED, size=12, fill=RED)
    p.at(48, p.y + 7, "法的手続移行予告通知", size=16, font="sans-bold")
    p.y += 14
    p.para(f"お客様のカードご利用代金につきましては、{slash(C_LAST)}のご入金を最後にお支払いがなく、再三のご請求にもかかわらず"
           f"ご入金がないため、{slash(C_ACC)}をもって期限の利益を喪失されています。", size=9.8)
    p.para("本通知に記載のお支払期限までにご入金又はご連絡がない場合、当社は何らの通知なく支払督促の申立て等の法的手続に移行"
           "いたします。法的手続に要した費用はお客様のご負担となります。", size=9.8)
    p.gap(2)
    p.table([["内訳", "金額", "備考"],
             ["ショッピング・キャッシング残高", f"{P:,}円", "元金"],
             ["未払分割手数料・利息", f"{I:,}円", ""],
             ["遅延損害金", f"{L:,}円", f"年{R}%・{slash(C_ACC + ONE)}～送付日"],
             ["ご請求金額", f"{T:,}円", "一括でお支払いください"]],
            [66, 40, 68], x=18, size=9.8, row_h=7.4, aligns="lrl", header=True)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 11, 1.0))
    p.at(22, y + 7.4, "お支払期限", size=11, font="sans-bold")
    p.at(60, y + 7.6, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(188, y + 7.4, "期限厳守", size=10, font="sans-bold", align="r", color=RED)
    p.y = y + 15
    p.para("お振込先：あさひの銀行 宇都宮中央支店 当座 0019472 カ）キリフリクレジット（お振込手数料はお客様のご負担となります）",
           size=9, indent="")
    p.para("ご参考：ご利用可能枠 ショッピング500,000円／キャッシング300,000円（現在ご利用停止中）", size=9, indent="")
    p.gap(2)
    p.line("株式会社霧降クレジット　債権管理センター　法務グループ", size=10, font="sans-bold")
    p.line("栃木県宇都宮市鳴子坂九丁目9番9号　TEL 028-000-1947／FAX 028-000-1948　担当：梶賀", size=9.2)
    p.line("貸金業登録番号　関東財務局長（3）第09914号", size=8.8)
    tr = truth(document_type="collection_notice", sender="株式会社霧降クレジット", phone="028-000-1947",
               creditor="株式会社霧降クレジット", status="not_applicable", original=None, debtor="軽米由香里", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=C_ACC, last_payment=C_LAST, reference="KF-5530-1947", input_kind="fax_tiff",
               template="proxy78_card_company_legal_action_warning_fax", received=issued)
    return dict(stem="ci12", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="FROM:KIRIFURI CREDIT 028 000 1948  2025/09/19 10:05",
                about="collection_notice (card company's 法的手続移行予告, one-page fax)",
                unusual="one-page G4 fax: a plum band with the Latin brand 「KIRIFURI CREDIT」 over the name; colon labels "
                        "送付日： / お客様番号： right; EVERY date in slashes (2025/03/27, 2025/06/27, 2025/10/03); the "
                        "addressee's own FAX number under her name (distractor); a filled red 「最終通告」 tag before the "
                        "title; a 内訳 / 金額 / 備考 table (元金 in the 備考 column, the damage window with 「～送付日」); a "
                        "framed お支払期限 with 「期限厳守」; ご利用可能枠 500,000 / 300,000 and the 貸金業登録番号 (not a "
                        "licence) as distractors; TEL / FAX on one line")


# ---------------------------------------------------------------------------------------------
# ci13 白嶺債権回収 債権譲受のご通知 (claim with a 仮執行宣言付支払督促), digital.


def ci13():
    issued = D(2026, 3, 6)
    P, I, R = C_P, C_I, C_R
    L = late(P, R, C_ACC + ONE, C_ASSIGN)
    C = C_C1 + C_C2
    T = P + I + L + C
    p = Page(font="serif", size=10.3, top=16, left=22, right=22)
    p.line(rdate(issued), align="r", size=10.3)
    p.line("お客様番号　ＨＲ－０２２７－５５３０", align="r", size=10.3)
    p.gap(2)
    p.line("栃木県小山市萩ノ尾九丁目9番9号", size=10.3)
    p.line("軽米　由香里　様", size=13)
    p.gap(3)
    for s, sz, f in (("宮城県仙台市青葉区藍染川九丁目9番9号", 9.5, "serif"), ("白嶺債権回収株式会社", 12, "serif-bold"),
                     ("代表取締役　馬路　克也", 10, "serif"), ("法務大臣許可番号　第２９３号", 9.5, "serif"),
                     ("電話 022-000-8810（お客様窓口）　担当　栗生沢", 9.5, "serif")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(182, p.y - 18, 13, "square", "白嶺債権回収株式会社", angle=-1, seed=7813)
    p.gap(3)
    p.title("債権譲受のご通知", size=16)
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、当社は、{rdate(C_ASSIGN)}付で、株式会社霧降クレジット"
           "（以下「譲渡人」といいます。）から、同社が貴殿に対して有する下記の債権を譲り受けました。譲渡人からも別途その旨の"
           "通知がなされております。")
    p.para(f"本件債権については、小山簡易裁判所{fcase(C_CASE)}事件において仮執行宣言付支払督促が発せられ、確定しております。"
           "今後は当社が債権者として管理いたしますので、お支払い及びお問合せは当社あてにお願いいたします。お支払方法の"
           "ご相談にも応じますので、本書到着後２週間以内に上記お客様窓口までご連絡ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("１　譲渡人", "株式会社霧降クレジット"), ("２　譲渡日", rdate(C_ASSIGN)),
          ("３　債務名義", f"小山簡易裁判所　{fcase(C_CASE)}　仮執行宣言付支払督促（令和７年１２月２日）"),
          ("４　期限の利益喪失日", rdate(C_ACC)), ("５　最終ご入金日", rdate(C_LAST)),
          ("６　譲受債権の額", f"（{rdate(C_ASSIGN)}現在）")], x=26, label_w=42, size=10)
    p.table([["元金", f"{P:,}円"], ["利息・手数料", f"{I:,}円"],
             [f"遅延損害金（年{R}%）", f"{L:,}円"], ["手続費用（債務名義記載分）", f"{C:,}円"],
             ["譲受債権額合計", f"{T:,}円"]],
            [92, 44], x=36, size=10, row_h=7, aligns="lr", ruled="grid")
    p.gap(2)
    p.para("※上記元金に対しては、譲渡日の翌日以降も完済まで年14.6%の遅延損害金が発生します。※当社は債権管理回収業に関する"
           "特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="白嶺債権回収株式会社", license_number=293,
               phone="022-000-8810", creditor="白嶺債権回収株式会社", status="unverified",
               original="株式会社霧降クレジット", debtor="軽米由香里", total=T, principal=P, interest=I, late_damages=L,
               costs=C, rate=R, lump=False, issued=issued, payment_due=None, acceleration=C_ACC, last_payment=C_LAST,
               assignment=C_ASSIGN, reference="HR-0227-5530", input_kind="pdf_text",
               template="proxy78_invented_servicer_assignment_with_title", received=D(2026, 3, 9))
    return dict(stem="ci13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (invented servicer 譲受, a claim with a 債務名義)",
                unusual="INVENTED servicer 「白嶺債権回収株式会社」 with 「法務大臣許可番号　第２９３号」 in full-width (→ "
                        "unverified) in a serif sender block right; full-width お客様番号 ＨＲ－０２２７－５５３０ under the "
                        "date; the claim of ci03 sold AFTER its 仮執行宣言付支払督促 (the (ロ) number and the 宣言 date as "
                        "item ３ 債務名義 — distractors); numbered kv items with 喪失 and last payment; a 5-row table with "
                        "the 手続費用（債務名義記載分） (= ci03's two cost rows, → costs) and 譲受債権額合計; informs only, "
                        "「本書到着後２週間以内にご連絡」 (no payment date)")


# ---------------------------------------------------------------------------------------------
# ci14 日立簡裁 和解に代わる決定 (ci07's case), digital, 2 pages.


def ci14():
    issued, first = D(2026, 3, 18), D(2026, 4, 30)
    X, n, mon = 540_000, 36, 15_000
    assert n * mon == X
    p = Page(font="serif", size=10.5, top=16, left=24, right=24)
    p.line(fcase(G_CASE) + "　譲受債権請求事件", size=10.5)
    p.gap(3)
    p.title("和解に代わる決定", size=17)
    p.kv([("東京都中央区東雲坂九丁目９番９号", ""), ("原　　　告", "SMBC債権回収株式会社"),
          ("同代表者代表取締役", "神足　和真"),
          ("茨城県日立市笹目原九丁目９番９号", ""), ("被　　　告", "来住　健太")], x=28, label_w=44, size=10.3)
    p.gap(2)
    p.para("当裁判所は、本件の審理の結果、被告の資力その他の事情を考慮して相当であると認め、原告の意見を聴いた上、"
           "民事訴訟法第２７５条の２第１項により、次のとおり決定する。", size=10.5)
    p.gap(1)
    p.line("主　　　文", size=12, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、本件請求に係る債務として、金{fw(f'{X:,}')}円の支払義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員を、令和８年４月から令和１１年３月まで毎月末日限り金{fw(f'{mon:,}')}円ずつ"
              f"（{fw(str(n))}回）分割して、原告の指定する口座に振り込む方法により支払う。振込手数料は被告の負担とする。",
              "３　被告が前項の分割金の支払を怠り、その額が金３０，０００円に達したときは、当然に同項の期限の利益を失い、"
              "被告は、原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から"
              "支払済みまで年１８パーセントの割合による遅延損害金を支払う。",
              "４　原告は、その余の請求を放棄する。",
              "５　訴訟費用は各自の負担とする。"):
        p.para(s, x0=28, x1=186, size=10.3, indent="")
    p.gap(2)
    p.line("理　　　由", size=12, font="serif-bold", align="c")
    p.para("本件の請求の趣旨及び原因は、訴状記載のとおりである。被告は、第１回口頭弁論期日（令和８年３月１１日）において"
           "請求原因事実を認め、分割による支払を希望した。原告は、分割による支払に異議がない旨を述べた。これらの事情に照らし、"
           "主文のとおり和解に代わる決定をするのが相当である。", x0=28, x1=186, size=10.2)
    p.gap(3)
    p.line(fdate_k(issued), x=40, size=10.5)
    p.line("日立簡易裁判所", x=110, size=10.5)
    p.line("裁判官　　鉢嶺　　修", x=110, size=10.5)
    q = Page(font="serif", size=10.5, top=20, left=24, right=24)
    q.line("これは正本である。", x=40, size=11)
    q.line(f"{fdate_k(issued)}　日立簡易裁判所　裁判所書記官　許田　真二", x=40, size=10.5)
    q.seal(180, q.y - 6, 11, "square", "日立簡易裁判所書記官印", angle=2, seed=7814)
    q.gap(10)
    y = q.y
    q.add(Box(24, y, 162, 72, 0.6))
    q.add(Box(24, y, 162, 9, color=None, fill=SHADE))
    q.at(105, y + 6.3, "和解に代わる決定を受け取った方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(("１　この決定に不服がある当事者は、この決定の告知を受けた日から２週間以内に、当裁判所に異議を",
                           "　　申し立てることができます。異議の申立てがあると、この決定は効力を失い、訴訟手続が続行されます。",
                           "２　上記期間内に異議の申立てがないときは、この決定は裁判上の和解と同一の効力を有します。",
                           "　　分割金の支払を怠ると、強制執行を受けることがあります。",
                           "３　支払先口座は、原告から別途通知されます。支払についての問合せは原告へ、手続についての",
                           "　　問合せは当裁判所民事係（電話 0294-00-1732）へお願いします。",
                           "４　異議申立書の用紙は当裁判所の窓口にあります（郵送による申立ても可）。")):
        q.at(28, y + 16 + i * 7.2, s, size=9.6)
    tr = truth(document_type="other", sender="日立簡易裁判所", phone="0294-00-1732", creditor="SMBC債権回収株式会社",
               status="licensed", original=None, debtor="来住健太", total=X, rate=18.0, lump=False, issued=issued,
               payment_due=first, reference=G_CASE, input_kind="pdf_text_2page",
               template="proxy78_decision_in_lieu_of_settlement_hitachi", received=D(2026, 3, 23))
    return dict(stem="ci14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="other (簡裁 和解に代わる決定 of ci07's case, 2 pages)",
                unusual="日立簡裁 和解に代わる決定 (民事訴訟法第２７５条の２) of ci07's case, digital, serif, full-width: the "
                        "parties as kv lines with the address on its own line above each; 主文 １ the acknowledged "
                        "５４０，０００円 (→ total, no components), ２ 36 instalments of １５，０００円 「令和８年４月から…"
                        "毎月末日限り」 (→ payment_due = the first 末日 4/30), ３ the default clause with the ３０，０００円 "
                        "threshold and 年１８パーセント (→ rate), ４ 放棄, ５ 各自負担; the past 第１回口頭弁論期日 3/11 in the "
                        "理由 (hearing null); p.2 the 正本 certification and a shaded-title box 「和解に代わる決定を受け取った"
                        "方へ」 with the 2-week 異議 rule and the court's 民事係 phone; no last payment, 喪失 or original "
                        "creditor printed")


def fdate_k(d: D) -> str:
    return fw(rdate(d))


# ---------------------------------------------------------------------------------------------
# ci15 しぎ野信用保証 縦書き 代位弁済通知兼求償金請求書, 内容証明, scanned.


def ci15():
    issued, due = D(2025, 9, 22), D(2025, 10, 10)
    S, R = B_S, B_R
    L = late(S, R, B_SUB + ONE, issued)
    T = S + L
    cols = [
        ("title", "代位弁済通知兼求償金請求書"),
        ("body", "拝啓　貴殿におかれましては、ますますご清栄のこととお慶び申し上げます。"),
        ("body", "さて、貴殿が株式会社八溝銀行との間で締結されたカードローン契約について、当社は貴殿の委託により保証を"
                 "いたしておりましたところ、貴殿においては" + kdate(B_LAST) + "の返済を最後にその後の返済を怠り、" + kdate(B_ACC)
                 + "に期限の利益を喪失されました。"),
        ("body", "そのため、当社は保証契約に基づき、" + kdate(B_SUB) + "、同行に対し左記のとおり代位弁済をいたしましたので、"
                 "ここにご通知申し上げます。これにより、当社は貴殿に対し左記の求償債権を取得いたしました。"),
        ("body", "つきましては、左記請求金額を" + kdate(due) + "限り、お支払いくださいますようご請求いたします。右期限までに"
                 "お支払いがないときは、支払督促の申立てその他の法的手続をとらせていただきますので、ご承知おきください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　代位弁済額　" + kyen(S)),
        ("plain", "　　（内訳　元金" + kyen(B_SP)[1:] + "、利息" + kyen(B_SI)[1:] + "）"),
        ("indent", "二　損害金　　　" + kyen(L)),
        ("plain", "　　（" + kdate(B_SUB + ONE) + "から本書作成日まで年十四・六パーセント）"),
        ("indent", "三　請求金額　　" + kyen(T)),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "栃木県宇都宮市あずさ川九丁目九番九号"),
        ("low", "しぎ野信用保証株式会社"),
        ("low", "代表取締役　米澤　昭雄"),
        ("low", "（担当　管理部　安里　電話" + kanji_digits("028") + "（" + kanji_digits("000") + "）"
                + kanji_digits("3316") + "）"),
        ("low", "保証番号　ＳＧ２５－１１８４"),
        ("blank", ""),
        ("low", "栃木県真岡市水車坂九丁目九番九号"),
        ("low", "日詰　康弘　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 7815))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "代表取締役　米澤" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 14) * size * 0.3528 * 1.05, 11, "square", "しぎ野信用保証株式会社之印",
                         angle=1, seed=7816))
    tr = truth(document_type="acceleration_notice", sender="しぎ野信用保証株式会社", phone="028-000-3316",
               creditor="しぎ野信用保証株式会社", status="not_applicable", original="株式会社八溝銀行", debtor="日詰康弘",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=B_ACC, last_payment=B_LAST, reference="SG25-1184", input_kind="vertical_scan",
               template="proxy78_vertical_guarantor_subrogation_notice", received=D(2025, 9, 24))
    return dict(stem="ci15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="acceleration_notice (guarantee company, 縦書き 代位弁済通知兼求償金請求書, 内容証明)",
                unusual="縦書き 代位弁済通知兼求償金請求書 (拝啓 … 敬具) of the guarantee company of ci02, scanned, with the "
                        "内容証明 stamp: the bank's last payment and 喪失 and the 代位弁済 date in kanji in the prose; under "
                        "記 the 代位弁済額 with its 内訳 元金 / 利息 in a bracket line (history of the 代位弁済, not "
                        "interest), 損害金 with its window, 請求金額; 「令和七年十月十日限り」; the 担当 phone in kanji "
                        "digits inside brackets; full-width 保証番号 ＳＧ２５－１１８４ (→ SG25-1184)")


# ---------------------------------------------------------------------------------------------
# ci16 SCAM dressed as a 訴状 in a sealed letter: a fake 「民事訴訟手続管理センター」, 和解金 by prepaid cards; photo.


def ci16():
    issued, due = D(2026, 6, 8), D(2026, 6, 12)
    T = 198_000
    p = Page(font="serif", size=10.5, top=14, left=20, right=20)
    stamp(p, 20, 12, "親展・重要", color=RED, size=11)
    p.at(190, 18, f"通知日　令和8年6月8日（{wd(issued)}）", size=10, align="r")
    p.at(190, 23.5, "受付番号　へ－２０６", size=10, align="r")
    p.y = 31
    p.line("左海　さとみ　殿", size=13)
    p.gap(4)
    p.line("訴状受理通知並びに和解勧告書", size=17, font="serif-bold", align="c")
    p.gap(3)
    p.para("この度、貴殿がご利用になった動画配信サービスの運営会社から、未納利用料金に関する民事訴訟の訴状が当センターに"
           "提出され、受理されましたことを通知いたします。本訴訟の第１回口頭弁論は東京簡易裁判所において行われる予定です。")
    p.para("当センターは、法務省の認可を受けた債権回収受託機関として、原告との間で和解の調整を行っております。下記の和解金を"
           "期限までにお支払いいただいた場合、原告は訴訟を取り下げ、差押え及び信用情報機関への登録は行われません。")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 30, 1.0))
    p.add(Box(30, y, 150, 9, color=None, fill=(0.93, 0.93, 0.93)))
    p.at(105, y + 6.5, "和　解　金", size=11, font="serif-bold", align="c")
    p.at(105, y + 19, f"金{T:,}円", size=18, font="serif-bold", align="c")
    p.at(105, y + 26.5, f"お支払期限　6月12日（{wd(due)}）15時まで", size=11, align="c", color=RED)
    p.y = y + 35
    p.para("※お支払いは、コンビニエンスストアで電子マネーカードをお買い求めの上、カード裏面の番号を担当者にお電話でお伝え"
           "ください。お振込みによるお支払いはお受けできません。", size=9.8, indent="")
    p.para("※期限までにご連絡がない場合、裁判所の許可のもと、給与・預貯金・不動産等の差押えが執行されます。ご家族・勤務先に"
           "知られることのないよう、弁護士等には相談せず、必ずご本人様からご連絡ください。", size=9.8, indent="")
    p.gap(3)
    for s, sz, f in (("法務省認可　債権回収受託機関", 9, "serif"), ("民事訴訟手続管理センター", 13, "serif-bold"),
                     ("法務大臣許可番号第296号", 9.5, "serif"), ("東京都千代田区霞が関（事務局）", 9.5, "serif"),
                     ("和解調整専用窓口　03-0000-9174（受付 9:00～20:00 土日も受付）", 10, "serif-bold")):
        p.line(s, x=70, size=sz, font=f)
    qr(p, 24, p.y - 28, 22, "ci16qr")
    tr = truth(document_type="other", sender="民事訴訟手続管理センター", license_number=296, phone="03-0000-9174",
               creditor=None, status="not_licensed", original=None, debtor="左海さとみ", total=T, lump=False,
               issued=issued, payment_due=due, reference="へ-206", is_scam=True, input_kind="photo_jpeg",
               template="proxy78_scam_fake_complaint_settlement_prepaid", received=None)
    return dict(stem="ci16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.08, tilt=3.2, creases=2, fill=0.8, blur=1.0, shadow=0.35,
                          shadow_side="right", warm=0.2),
                about="other (scam dressed as a 訴状受理通知 with a 和解金, phone photo)",
                unusual="架空請求 photographed on tatami at a steep angle with a hand shadow on the right: 「訴状受理通知並びに"
                        "和解勧告書」 in serif as if it were a court paper; a red-framed 「親展・重要」; 通知日 with weekday and "
                        "a hiragana 受付番号 へ－２０６ top-right; a 「東京簡易裁判所」 that sends nothing (no sender); a framed "
                        "和解金 金198,000円 with a same-week deadline 「6月12日（金）15時まで」; payment by 電子マネーカード "
                        "numbers read out on the phone; 「弁護士等には相談せず」; 「法務省認可　債権回収受託機関」 and a FAKE "
                        "「法務大臣許可番号第296号」 (→ not_licensed); an address without a number; creditor only 「動画配信"
                        "サービスの運営会社」 (null)")


LETTERS = [ci09, ci10, ci11, ci12, ci13, ci14, ci15, ci16]
