"""Proxy set 45, letters bb09–bb16: "digital PDFs from many systems". A real servicer's settlement proposal whose
sender block is only in a small-print footer (bb09), a 信販 company's letter with a QR box and a 払込取扱票 at the foot
(bb10), a 信用金庫's acceleration notice in full-width digits throughout (bb11), an invented servicer's demand with the
payee in half-width katakana (bb12), and four 縦書き PDFs: a law office's 内容証明 催告書 for a guarantee company (bb13),
a joint 債権譲渡通知書 to a real servicer with the licence in kanji (bb14), an auto-credit company's 期限の利益喪失通知
(bb15) and a scam 「民事訴訟最終通告書」 sent as a PDF (bb16)."""

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
    faq,
    kdate,
    late,
    qr,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.44)
INDIGO = (0.16, 0.18, 0.46)
BROWN = (0.42, 0.24, 0.10)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def fwera(d: D) -> str:
    return fw(era(d))


def vpage(cols, size, pitch, stamp_seed=None):
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=pitch, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    if stamp_seed is not None:
        pages[0].items.append(post_office_stamp(pages[0], stamp_seed))
    return pages


def seal_at(pages, needle, size, kind, text, seed, rows_down, fsize, angle=0.0):
    """A seal over the end of the column that contains `needle` (a `low` column starts 8 cells down)."""
    xs = [it.x for it in pages[0].items if isinstance(it, VText) and needle in it.s]
    assert xs, needle
    pages[0].items.append(Seal(xs[0], 22.0 + rows_down * fsize * 0.3528 * 1.05, size, kind, text, angle=angle,
                               seed=seed))


# ---------------------------------------------------------------------------------------------
# bb09 real servicer アウロラ債権回収: 和解（分割）のご提案, the sender only in a small-print footer; 2 pages.


def bb09():
    R = 18.0
    issued, reply, asof = D(2026, 5, 11), D(2026, 5, 29), D(2026, 4, 30)
    acc, lastp, asg = D(2025, 5, 7), D(2025, 2, 14), D(2025, 9, 30)
    P, I = 284_500, 3_977
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    n, mon, lastm = 36, 7_900, 8_000
    assert mon * (n - 1) + lastm == P
    first = D(2026, 6, 30)
    foot = ("アウロラ債権回収株式会社　法務大臣許可番号 第76号　〒100-0000 東京都千代田区寒椿町9丁目9番9号　管理部 "
            "TEL 03-0000-7690（受付 平日9:30～17:30）　担当 田鶴")

    def footer(p, n_):
        p.add(Line(15, 279, 196, 279, 0.2, GRAY))
        p.at(15, 282.5, foot, size=6.2, color=GRAY)
        p.at(15, 285.6, "当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。"
             "お客様の個人情報は債権管理回収業務の目的にのみ利用いたします。", size=5.8, color=GRAY)
        p.at(196, 285.6, f"{n_}/2", size=6.5, color=GRAY, align="r")

    p = Page(font="sans", size=9.8, top=14)
    p.at(196, 16, era(issued), size=9.5, align="r")
    p.at(196, 21, "お客様番号　AU-8814-2206", size=9.5, align="r")
    p.at(15, 18, "〒650-0000　兵庫県神戸市中央区鹿の子町9丁目9番9-603号", size=9.5)
    p.at(15, 26, "浜砂　茜　様", size=13)
    p.y = 34
    p.title("和解（分割でのお支払い）のご提案", size=15)
    p.para(f"平素より格別のご高配を賜り厚く御礼申し上げます。当社が{era(asg)}に雪割草カード株式会社から譲り受けました"
           f"お客様の債権（最終ご入金日 {era(lastp)}、期限の利益喪失日 {era(acc)}）につきまして、先日お電話でお伺いした"
           "ご事情を踏まえ、下記のとおり和解案をご提案いたします。", size=9.5)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(asof)}現在）", size=10.3, font="sans-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"損害金（年{R:.1f}％）", f"{L:,}円"], ["ご債務総額", f"{T:,}円"]],
            [70, 45], x=25, size=9.8, row_h=7, shade_col0=True)
    p.gap(2)
    p.line("２．和解案", size=10.3, font="sans-bold")
    p.para(f"利息及び損害金（合計 {I + L:,}円）を全額免除し、元金 {P:,}円 のみを、下記のとおり分割してお支払いいただく"
           "内容です。", size=9.5)
    p.table([["回数", "お支払期日", "お支払額"],
             ["第1回", era(first), f"{mon:,}円"],
             [f"第2回～第{n - 1}回", "毎月末日", f"各{mon:,}円"],
             [f"第{n}回（最終回）", era(D(2029, 5, 31)), f"{lastm:,}円"],
             [f"計　{n}回", "", f"{P:,}円"]], [40, 55, 40], x=25, header=True, size=9.3, row_h=6.8, aligns="lcr")
    p.para(f"※お支払いが2回分（{mon * 2:,}円）以上遅れた場合は、免除は取り消され、残額及び損害金を一括でお支払い"
           "いただきます。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 150, 13, 1.0))
    p.add(Box(25, y, 40, 13, color=None, fill=SHADE))
    p.at(45, y + 8.3, "ご回答期限", size=11, font="sans-bold", align="c")
    p.at(70, y + 8.6, f"{era(reply)}（{wd(reply)}）必着", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("本和解案にご同意いただける場合は、2枚目の和解申込書にご記入・ご捺印のうえ、同封の返信用封筒でご回答期限までに"
           "ご返送ください。期限までにご回答がない場合、本ご提案は失効し、ご債務総額を一括でご請求させていただきます。",
           size=9.3)
    p.para("他のお支払方法をご希望の場合も、お電話にてご相談ください（連絡先は下欄）。", size=9.3)
    footer(p, 1)
    p1 = p.spec

    p = Page(font="sans", size=10, top=16)
    p.title("和　解　申　込　書", size=15)
    p.line("アウロラ債権回収株式会社　御中", size=10.5)
    p.gap(2)
    p.para(f"私は、貴社からの{era(issued)}付和解のご提案の内容を承諾し、下記のとおりお支払いすることを申し込みます。", size=9.8)
    p.gap(1)
    p.table([["お客様番号", "AU-8814-2206"], ["和解金額（元金）", f"{P:,}円"], ["お支払方法", f"{n}回分割（毎月末日限り）"],
             ["毎月のお支払額", f"{mon:,}円（最終回 {lastm:,}円）"], ["初回お支払日", era(first)]],
            [50, 110], x=25, size=9.8, row_h=8, shade_col0=True, aligns="ll")
    p.gap(6)
    for lab in ("ご記入日　　令和　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　　㊞",
                "お電話番号（日中ご連絡のつく番号）"):
        p.line(lab, x=25, size=10.5)
        p.add(Line(25, p.y, 185, p.y, 0.3))
        p.gap(5)
    p.para("※ご返送いただいた申込書を当社で確認のうえ、和解書（2通）をお送りします。", size=8.8, indent="")
    footer(p, 2)
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7690", creditor="アウロラ債権回収株式会社", status="licensed",
               original="雪割草カード株式会社", debtor="浜砂茜", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AU-8814-2206", input_kind="pdf_text_2page",
               template="proxy45_servicer_settlement_sender_in_footer", received=D(2026, 5, 13))
    return dict(stem="bb09", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="settlement_proposal (real servicer, sender only in the footer, 2 pages)",
                unusual="NO letterhead: the sender (real servicer ★ アウロラ債権回収株式会社, 「法務大臣許可番号 第76号」, "
                        "address, TEL, 担当) appears ONLY in a 6-pt grey FOOTER line on both pages, under a hairline, followed "
                        "by a licence sentence; the amounts as of 令和8年4月30日 (≠ the letter date 5/11); a shaded-label "
                        "4-row ご債務 table; a 36-instalment plan table (7,900 × 35 + 8,000) with its own dates and a 計 row, "
                        "the waived 利息＋損害金 sum and the 2-missed-payments threshold (distractors); a heavy-framed "
                        "ご回答期限 …必着 (= payment_due); p.2 a 和解申込書 with a blank 令和　年　月　日")


# ---------------------------------------------------------------------------------------------
# bb10 信販 company's 一括請求 with a QR box and a 払込取扱票 at the foot (the slip carries a 内入金 amount).


def bb10():
    R = 14.6
    issued, due = D(2026, 3, 6), D(2026, 3, 19)
    acc, lastp = D(2026, 2, 2), D(2025, 11, 27)
    P, I = 287_600, 9_214
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    part = 20_000
    p = Page(font="sans", size=9.5, top=12)
    p.at(15, 18, "あめんぼ信販", size=15, font="sans-bold", color=TEAL)
    p.at(15, 22.5, "AMENBO SHINPAN Co., Ltd.", size=6.5, color=TEAL)
    stamp(p, 160, 11, "重要", color=RED, size=11)
    stamp(p, 178, 11, "親展", color=RED, size=11)
    window(p, 15, 27, "305-0000", ["茨城県つくば市蛍川9丁目9番地9"], "平泉　聡　様", "bb10bars", w=88, h=32,
           size=9.5, name_size=12.5)
    for i, (s, sz) in enumerate(((f"発行日　{era(issued)}", 9.5), ("お客様番号　AM-3306-1159", 9.5),
                                 ("あめんぼ信販株式会社", 10.5), ("債権管理課　担当 津守", 9),
                                 ("フリーダイヤル 0120-000-736", 9.5), ("受付 平日9:00～18:00", 8))):
        p.at(120, 31 + i * 4.8, s, size=sz, font="sans-bold" if "株式会社" in s else "sans")
    p.y = 63
    p.title("ご請求書（期限の利益喪失に伴う一括のご請求）", size=13.5)
    p.para(f"お客様のショッピング分割払いにつきまして、{era(lastp)}のお支払いを最後にご入金がなく、再三のご案内にも"
           f"ご対応いただけなかったため、{era(acc)}をもって期限の利益を喪失されました。つきましては、下記ご請求額を"
           f"{era(due)}（{wd(due)}）までに一括してお支払いください。", x0=15, x1=196, size=9.2)
    p.gap(1)
    y = p.y
    rows = [("立替金残高", P), ("未払分割手数料", I), (f"遅延損害金（年{R}％・{acc.month}月{acc.day + 1}日から）", L)]
    for lab, val in rows:
        p.add(Box(15, y, 120, 6.8, 0.2))
        p.at(17, y + 4.8, lab, size=9)
        p.at(133, y + 4.8, f"{val:,}円", size=9.5, align="r")
        y += 6.8
    p.add(Box(15, y, 120, 8.5, 0.8, TEAL, (0.90, 0.96, 0.96)))
    p.at(17, y + 6, "ご請求額", size=10, font="sans-bold")
    p.at(133, y + 6.2, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    qy = p.y
    qr(p, 148, qy, 26, "bb10qr")
    p.at(161, qy + 30, "スマホ決済はこちら", size=7.5, align="c")
    p.at(161, qy + 33.5, "（払込番号 8830-5512-0047-6）", size=6.2, align="c")
    p.y = max(y + 12, qy + 38)
    p.para("お支払方法：①下記口座へのお振込み　②コンビニ・スマホ決済（右のコード）のいずれかでお願いいたします。"
           "お振込先　にじます銀行 つくば支店 普通 7361159 アメンボシンパン（カ", x0=15, x1=196, size=8.8, indent="")
    p.para(f"一括でのお支払いが難しい場合は、下の払込取扱票で内入金（{part:,}円）をお支払いのうえ、お支払期限までに必ず"
           "フリーダイヤルへご連絡ください。内入金のみでは期限の利益は回復いたしません。", x0=15, x1=196, size=8.8, indent="")
    p.para("※期限までにお支払い・ご連絡のない場合は、法的手続に移行することがあります。※本状と行き違いの節はご容赦ください。",
           x0=15, x1=196, size=8, indent="")
    assert p.y < 196, p.y
    slip(p, 198, account="00160-4-556721", payee="あめんぼ信販株式会社 債権管理課", amount=part, payer="平泉　聡",
         note=["お客様番号 AM-3306-1159", "内入金（一部お支払い）", "※ご請求額の一部です"],
         bank_line="この払込取扱票の取扱いに関するお問合せ：ゆうちょ銀行お客さまセンター 0120-000-108（平日8:30～21:00）",
         fee_note="払込料金はご依頼人負担", key="bb10slip")
    tr = truth(document_type="collection_notice", sender="あめんぼ信販株式会社", phone="0120-000-736",
               creditor="あめんぼ信販株式会社", status="not_applicable", debtor="平泉聡", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AM-3306-1159", input_kind="pdf_text",
               template="proxy45_credit_company_qr_and_payment_slip", received=D(2026, 3, 9))
    return dict(stem="bb10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信販 一括請求 with a QR box and a 払込取扱票)",
                unusual="a 信販 company's 一括請求 from a mass-mailing system: 重要 / 親展 marks, a window address with bars, "
                        "the sender block to its right (お客様番号, フリーダイヤル 0120-000-736); a 3-row amount list (立替金"
                        "残高 / 未払分割手数料 / 遅延損害金 with rate and start) and a teal ご請求額 bar; a QR-code-like square "
                        "with 「スマホ決済はこちら」 and a 払込番号; at the foot a 払込取扱票 under a キリトリ線 preprinted with "
                        "the 内入金 20,000 (digit cells and the 受領証), the ゆうちょ account 00160-4-556721 and the "
                        "ゆうちょ銀行's own 0120-000-108 (all distractors)")


# ---------------------------------------------------------------------------------------------
# bb11 信用金庫 期限の利益喪失通知書 兼 ご請求書, every digit full-width.


def bb11():
    R = 14.0
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    acc, lastp, warn = D(2026, 2, 6), D(2025, 11, 25), D(2026, 1, 23)
    P, I = 2_148_330, 18_917
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    f = fw
    p = Page(font="serif", size=10.5, top=16, left=22, right=22, leading=1.7)
    p.at(188, 18, fwera(issued), size=10.5, align="r")
    p.at(188, 23.5, "融資管理番号　ＭＨ－２６－０１９２", size=10, align="r")
    p.y = 28
    p.line("〒４５１－００００", size=10)
    p.line("愛知県名古屋市西区霜月町９丁目９番９号", size=10)
    p.line("舩津　耕平　様", size=13)
    p.gap(1)
    for s in ("〒４６０－００００", "愛知県名古屋市中区若葉通９丁目９番９号", "水引信用金庫　融資管理部",
              "部長　渡部　清隆", "電話　０５２－０００－６６１９（直通）"):
        p.line(s, x=120, size=9.5)
    p.seal(182, p.y - 10, 11, "square", "水引信用金庫融資管理部長印", angle=3, seed=45111)
    p.gap(3)
    p.title("期限の利益喪失通知書　兼　ご請求書", size=15, font="serif-bold")
    p.para(f"貴殿と当金庫との間の{f('平成２９年１０月１６日')}付金銭消費貸借契約（証書貸付）に基づくご返済につきまして、貴殿は"
           f"{fwera(lastp)}のご返済を最後にその後のご返済を怠っておられます。")
    p.para(f"当金庫は、{fwera(warn)}付催告書により延滞額のお支払いを求めましたが、期限までにお支払いがありませんでしたので、"
           f"信用金庫取引約定書第５条第２項に基づき、貴殿は{fwera(acc)}をもって本契約についての期限の利益を喪失いたしました。")
    p.para(f"つきましては、下記金額を{fwera(due)}（{wd(due)}）までに一括してお支払いくださいますよう請求いたします。")
    p.line("記", align="c")
    x0, x1 = 40, 165
    for lab, val in (("１．残元金", f"金{f(f'{P:,}')}円"), ("２．未収利息", f"金{f(f'{I:,}')}円"),
                     ("３．遅延損害金（年１４．０％）", f"金{f(f'{L:,}')}円")):
        b = p.line(lab, x=x0)
        p.at(x1, b, val, align="r")
    p.line(f"　　（{f(f'{acc.month}月{acc.day + 1}日')}から{f(f'{issued.month}月{issued.day}日')}まで"
           f"{f(str((issued - acc).days))}日分）", x=x0, size=9.5)
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1.2)
    b = p.line("４．合計", x=x0, font="serif-bold")
    p.at(x1, b, f"金{f(f'{T:,}')}円", align="r", font="serif-bold")
    p.gap(2)
    p.kv([("お振込先", "水引信用金庫　本店営業部　普通預金　口座番号　０１９２７７４"),
          ("口座名義", "水引信用金庫　融資管理部"),
          ("ご融資の内容", "当初ご融資額　金３，０００，０００円　約定利率　年２．４７５％　毎月２５日払"),
          ("連帯保証人", "舩津　千代子　様（本書の写しを送付しております）")], x=28, label_w=28, size=9.8)
    p.gap(2)
    p.para("なお、上記期限までにお支払いのない場合は、連帯保証人への請求及び担保物件に対する法的手続に着手いたします"
           "ので、あらかじめご承知おきください。遅延損害金は完済の日まで年１４．０％（年３６５日の日割計算）の割合で発生"
           "いたします。", size=10)
    p.line("以上", x=188, align="r")
    tr = truth(document_type="acceleration_notice", sender="水引信用金庫", phone="052-000-6619",
               creditor="水引信用金庫", status="not_applicable", debtor="舩津耕平", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="ＭＨ－２６－０１９２", input_kind="pdf_text",
               template="proxy45_shinkin_acceleration_fullwidth_digits", received=D(2026, 2, 16))
    return dict(stem="bb11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (信用金庫, full-width digits throughout)",
                unusual="EVERY digit on the page is FULL-WIDTH: postcodes 〒４５１－００００, addresses, era dates "
                        "（令和８年２月１３日）, amounts 金２，１４８，３３０円 with full-width commas, the rate 年１４．０％, the "
                        "phone ０５２－０００－６６１９（直通）, the reference ＭＨ－２６－０１９２ and the clause number "
                        "第５条第２項; a 信用金庫 (not a company); the 催告書 date 1/23 vs the 喪失 「２月６日をもって」; "
                        "平成２９年 contract, 当初ご融資額 ３，０００，０００円, 年２．４７５％ and the 連帯保証人 as distractors")


# ---------------------------------------------------------------------------------------------
# bb12 invented servicer わたりどり債権回収: the payee in half-width katakana, 2 pages (p.2 Q&A).


def bb12():
    R = 20.0
    issued, due = D(2026, 6, 8), D(2026, 6, 22)
    acc, lastp, asg = D(2025, 10, 15), D(2025, 8, 20), D(2026, 4, 30)
    P, I = 731_480, 14_226
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 11, 181, 13, color=None, fill=INDIGO))
    p.at(19, 19.5, "わたりどり債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 17, "法務大臣許可番号　第258号", size=8.5, color=WHITE, align="r")
    p.at(192, 21.5, "WATARIDORI SERVICER", size=6.5, color=WHITE, align="r")
    p.y = 30
    p.line("〒890-0000", x=15, size=9.5)
    p.line("鹿児島県鹿児島市桐ヶ丘9丁目9番9号", x=15, size=9.5)
    p.line("逸見　亮介　様", x=15, size=13)
    for i, s in enumerate((f"発行日：{era(issued)}", "お客様番号：WD-0608-4417", "担当：海老原（回収二課）",
                           "TEL：0120-000-619", "（平日 10:00～18:00）")):
        p.at(196, 32 + i * 4.8, s, size=9, align="r")
    p.y = 60
    p.title("ご返済のお願い（一括ご請求）", size=14)
    p.para(f"当社は、{era(asg)}付で株式会社桐ヶ丘クレジットから、お客様に対する下記債権を譲り受けました（同社からの"
           "債権譲渡通知は既にお届けしております）。つきましては、下記ご請求額をお支払期限までに一括でお支払いください。",
           x0=15, x1=196, size=9.3)
    p.gap(1)
    p.table([["ご契約内容", ""], ["原債権者", "株式会社桐ヶ丘クレジット"], ["最終ご入金日", era(lastp)],
             ["期限の利益喪失日", era(acc)], ["債権譲受日", era(asg)]], [45, 80], x=15, size=9, row_h=6.5,
            header=True, aligns="ll", shade_col0=True)
    p.gap(2)
    p.line(f"ご請求額（{era(issued)}現在）", x=15, size=10.3, font="sans-bold", color=INDIGO)
    p.table([["譲受元金", "利息", f"遅延損害金（年{R:.1f}％）", "ご請求額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 40, 50, 47], x=15, header=True, size=10,
            row_h=8, aligns="rrrr")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 0.9, RED))
    p.at(19, y + 7.8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(50, y + 8.2, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.y = y + 16
    p.line("お振込先", x=15, size=10.3, font="sans-bold", color=INDIGO)
    p.table([["金融機関", "虹ヶ丘銀行（0597）　鹿児島中央支店（412）"], ["預金種目・口座番号", "普通　7701246"],
             ["受取人名", "ﾜﾀﾘﾄﾞﾘｻｲｹﾝｶｲｼｭｳ(ｶ"]], [45, 110], x=15, size=9.5, row_h=7, aligns="ll",
            shade_col0=True)
    p.para("※振込依頼人名は、お客様番号の数字8桁に続けてお名前をカナでご入力ください（例：06084417ｲﾂﾐ ﾘﾖｳｽｹ）。",
           x0=15, x1=196, size=8.5, indent="")
    p.para("※お振込手数料はお客様のご負担となります。ATMの画面では受取人名が「ﾜﾀﾘﾄﾞﾘｻｲｹﾝｶｲｼｭｳ(ｶ」と表示されます。",
           x0=15, x1=196, size=8.5, indent="")
    p.gap(2)
    p.para("お支払いが難しい場合は、お支払期限までに必ず上記担当までご連絡ください。分割でのお支払いについてもご相談を"
           "承ります。ご連絡のないまま期限を過ぎた場合、法的手続を検討させていただきます。", x0=15, x1=196, size=9.3)
    p.at(196, 287, "1/2", size=7, align="r", color=GRAY)
    p1 = p.spec

    p = Page(font="sans", size=9.8, top=14)
    p.line("よくあるご質問", x=20, size=12.5, font="sans-bold", color=INDIGO)
    faq(p, [("なぜ知らない会社から請求が来たのですか。",
             "株式会社桐ヶ丘クレジットとのご契約による債権を、当社が譲り受けたためです。債権譲渡は法律で認められており、"
             "当社は法務大臣の許可を受けた債権回収会社です（許可番号は1枚目上部に記載）。"),
            ("振込先の名義がカタカナの略称になっていますが大丈夫ですか。",
             "金融機関の口座名義は半角カナで登録されるため、「ﾜﾀﾘﾄﾞﾘｻｲｹﾝｶｲｼｭｳ(ｶ」と表示されます。当社の正式名称は"
             "わたりどり債権回収株式会社です。"),
            ("毎月少しずつなら払えるのですが。",
             "ご収入やご家計の状況をお伺いしたうえで、分割でのお支払いをご提案できる場合があります（例：月々10,000円から）。"
             "お支払期限までにお電話ください。"),
            ("遅延損害金はいつまで増えますか。",
             f"完済の日まで、元金に対し年{R:.1f}％の割合で日々発生します。1枚目の金額は発行日現在のものです。")],
        qcolor=INDIGO)
    p.gap(6)
    p.line("個人情報の取扱いについて", x=20, size=10, font="sans-bold")
    p.para("当社は、譲り受けた債権の管理及び回収のため、原債権者からお客様の個人情報を取得し、利用いたします。詳しくは当社"
           "ホームページのプライバシーポリシーをご覧ください。", x0=20, x1=190, size=8.8)
    p.gap(6)
    for s, sz, fnt in (("わたりどり債権回収株式会社", 10.5, "sans-bold"), ("法務大臣許可番号　第258号", 8.8, "sans"),
                       ("〒892-0000 鹿児島県鹿児島市鷺ノ森9丁目9番9号", 8.8, "sans"),
                       ("回収二課　TEL 0120-000-619　FAX 099-000-6190", 8.8, "sans")):
        p.line(s, x=110, size=sz, font=fnt)
    p.seal(186, p.y - 10, 12, "square", "わたりどり債権回収印", angle=-2, seed=45121)
    p.at(196, 287, "2/2", size=7, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="わたりどり債権回収株式会社", license_number=258,
               phone="0120-000-619", creditor="わたりどり債権回収株式会社", status="unverified",
               original="株式会社桐ヶ丘クレジット", debtor="逸見亮介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="WD-0608-4417", input_kind="pdf_text_2page",
               template="proxy45_invented_servicer_halfwidth_kana_payee", received=D(2026, 6, 10))
    return dict(stem="bb12", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (invented servicer, half-width katakana payee, 2 pages)",
                unusual="INVENTED servicer 「わたりどり債権回収株式会社」 with 「法務大臣許可番号　第258号」 on an indigo band "
                        "(→ unverified); the payee account name in HALF-WIDTH katakana 「ﾜﾀﾘﾄﾞﾘｻｲｹﾝｶｲｼｭｳ(ｶ」 (three times, "
                        "also in the Q&A), the debtor's name in half-width kana in the 振込依頼人 example (ｲﾂﾐ ﾘﾖｳｽｹ) and "
                        "the bank / branch codes （0597）（412）; colon labels top-right (発行日： / お客様番号： / TEL：); "
                        "a 4-column one-row amount table with the new label 譲受元金; p.2 a よくあるご質問 page (月々10,000円 "
                        "as a distractor) and the sender block again with a FAX")


# ---------------------------------------------------------------------------------------------
# bb13 law office for a guarantee company: 縦書き 催告書 (内容証明), positional kanji amounts.


def bb13():
    R = 14.6
    issued, due = D(2026, 3, 2), D(2026, 3, 16)
    subro, acc, lastp = D(2025, 12, 12), D(2025, 11, 10), D(2025, 8, 27)
    S = 3_264_880
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、えぞまつ信用保証株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、以下の"
                 "とおり催告いたします。"),
        ("body", "貴殿は、株式会社千鳥ヶ丘銀行から教育ローンの貸付を受け、通知人はその債務を保証しておりました。貴殿が"
                 f"{kdate(lastp)}の返済を最後に返済を怠り、{kdate(acc)}をもって期限の利益を喪失したため、通知人は"
                 f"{kdate(subro)}、同行に対し保証債務を履行し、貴殿に対する求償債権を取得しました。"),
        ("body", "しかるに、通知人からの再三の請求にもかかわらず、貴殿からは現在までお支払いがありません。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座に振り込む方法によりお支払いください。右期限までに"
                 "お支払いのない場合は、直ちに訴訟提起等の法的手続を執ります。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　　　{kyen(S)}"),
        ("indent", f"二　確定遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年十二月十三日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　　{kyen(T)}"),
        ("indent", "振込先　千草銀行　長崎駅前支店　普通預金"),
        ("plain", "　　　　口座番号　四七二一〇〇八"),
        ("plain", "　　　　口座名義　弁護士和知守預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長崎県長崎市若葉通九丁目九番九号"),
        ("low", "和知法律事務所"),
        ("low", "通知人代理人　弁護士　和知　守"),
        ("low", "電話　〇九五（〇〇〇）四七二一"),
        ("low", "（当職整理番号　ＷＣ－２６０３１）"),
        ("blank", ""),
        ("low", "長崎県諫早市蛍川町九丁目九番九号"),
        ("low", "向後　真由美　殿"),
    ]
    size = 10.5
    pages = vpage(cols, size, 6.3, stamp_seed=45131)
    seal_at(pages, "弁護士　和知", 8, "square", "弁護士和知守之印", 45132, 8 + 16, size, angle=2)
    tr = truth(document_type="collection_notice", sender="和知法律事務所", phone="095-000-4721",
               creditor="えぞまつ信用保証株式会社", status="not_applicable", original="株式会社千鳥ヶ丘銀行",
               debtor="向後真由美", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="WC-26031",
               input_kind="vertical_pdf", template="proxy45_vertical_lawyer_recourse_demand", received=D(2026, 3, 4))
    return dict(stem="bb13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a guarantee company, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a guarantee company, digital, with the "
                        "post office's 内容証明 stamp; the bank's loan, the last payment, the 喪失 and the 代位弁済 all in "
                        "kanji dates inside ONE sentence; positional kanji amounts (金三百二十六万四千八百八十円); "
                        "「令和八年三月十六日限り」; no interest (null); a 預り金口 account in kanji digits (distractor); phone "
                        "in kanji digits; full-width 当職整理番号 ＷＣ－２６０３１ (→ WC-26031)")


# ---------------------------------------------------------------------------------------------
# bb14 joint 債権譲渡通知書 (縦書き), consumer lender → real servicer パルティール, licence number in kanji.


def bb14():
    R = 20.0
    issued, asg = D(2026, 4, 3), D(2026, 4, 1)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 29)
    P, I = 458_300, 7_115
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人株式会社青嵐ファイナンスは、貴殿に対して有する左記債権を、{kdate(asg)}、譲受人パルティール債権"
                 "回収株式会社に譲渡いたしましたので、民法第四百六十七条の規定に基づき、譲渡人及び譲受人の連名をもって"
                 "ご通知いたします。"),
        ("body", "今後は、右債権のお支払い及びお問い合わせを、譲受人宛てにお願いいたします。"),
        ("indent", "記"),
        ("indent", "一　原契約　金銭消費貸借契約（キャッシング）"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", "四　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　元金　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　{kyen(L)}（年二十パーセント）"),
        ("plain", f"　　合計　　　　{kyen(T)}"),
        ("indent", "五　譲受人管理番号　ＰＴ２６０４－０３３"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）大阪府大阪市北区白露町九丁目九番九号"),
        ("low", "株式会社青嵐ファイナンス　代表取締役　福来　陽介"),
        ("low", "電話　〇六（〇〇〇〇）三三八一"),
        ("low", "（譲受人）東京都中央区夕霧町九丁目九番九号"),
        ("low", "パルティール債権回収株式会社"),
        ("low", "法務大臣許可番号第百十三号　代表取締役　横溝　聡"),
        ("low", "電話　〇三（〇〇〇〇）六二七四"),
        ("blank", ""),
        ("low", "和歌山県田辺市鹿の子町九丁目九番九号"),
        ("low", "吉芳　康之　殿"),
    ]
    size = 10.5
    pages = vpage(cols, size, 6.1, stamp_seed=45141)
    seal_at(pages, "青嵐ファイナンス　代表", 8, "round", "青嵐ファイナンス代表印", 45142, 8 + 26, size, angle=-4)
    seal_at(pages, "第百十三号", 8, "round", "パルティール債権回収代表印", 45143, 8 + 26, size, angle=5)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-6274", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社青嵐ファイナンス", debtor="吉芳康之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="PT2604-033", input_kind="vertical_pdf",
               template="proxy45_vertical_joint_assignment_kanji_licence", received=D(2026, 4, 6))
    return dict(stem="bb14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer, 縦書き)",
                unusual="縦書き joint 債権譲渡通知書 with the 内容証明 stamp; real servicer ★ パルティール債権回収株式会社 whose "
                        "licence is printed in KANJI 「法務大臣許可番号第百十三号」 on the same column as its 代表取締役; "
                        "民法第四百六十七条 (kanji number, not an amount); a numbered 記 (一…五) with the amounts as indented "
                        "plain lines in positional kanji, the rate 年二十パーセント after the damages; the 譲受人管理番号 "
                        "ＰＴ２６０４－０３３ in full-width; both notifiers with round seals and phones in kanji digits "
                        "(the 譲渡人's 06 number is a distractor); informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bb15 auto-credit company 期限の利益喪失通知書 (縦書き 内容証明): deadline of the 催告書 = acceleration; no reference.


def bb15():
    R = 14.6
    issued, due = D(2026, 2, 4), D(2026, 2, 18)
    warn, acc, lastp = D(2026, 1, 15), D(2026, 1, 29), D(2025, 9, 27)
    P = 1_146_900
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当社との間で締結した令和五年六月十日付オートローン契約（立替払契約）に基づく分割金の支払を、"
                 f"{kdate(lastp)}の支払を最後に怠っております。"),
        ("body", f"当社は、{kdate(warn)}付書面をもって、二十日以上の相当な期間を定めて延滞分割金金九万四千五百円の支払を催告"
                 f"いたしましたが、その期限である{kdate(acc)}を経過してもお支払いがありませんでした。"),
        ("body", f"よって貴殿は、右契約約款第十八条に基づき、{kdate(acc)}の経過をもって期限の利益を喪失いたしましたので、"
                 "その旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当社指定口座にお支払いください。右期限までにお支払いのない"
                 "ときは、所有権留保に基づき自動車の引揚げ手続を執るとともに、法的手続に移行いたします。"),
        ("indent", "記"),
        ("indent", f"一　立替金残額　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和八年一月三十日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "対象車両　登録番号　八戸三〇〇さ九九九九"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "青森県八戸市椋鳥町九丁目九番九号"),
        ("low", "株式会社風車オートクレジット"),
        ("low", "債権管理部長　頼母木　義晴"),
        ("low", "電話　〇一七八（〇〇）二二六四"),
        ("blank", ""),
        ("low", "青森県三戸郡鹿の子村九丁目九番地"),
        ("low", "須貝　拓也　殿"),
    ]
    size = 10.8
    pages = vpage(cols, size, 6.6, stamp_seed=45151)
    seal_at(pages, "債権管理部長　頼母木", 10, "square", "風車オートクレジット債権管理部長印", 45152, 8 + 16, size, angle=-3)
    tr = truth(document_type="acceleration_notice", sender="株式会社風車オートクレジット", phone="0178-00-2264",
               creditor="株式会社風車オートクレジット", status="not_applicable", debtor="須貝拓也", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy45_vertical_auto_credit_acceleration", received=D(2026, 2, 6))
    return dict(stem="bb15", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (auto-credit company, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失通知書 of an auto-credit company (立替払契約 of a car) with the 内容証明 stamp: "
                        "the 催告 date 一月十五日 and its deadline 一月二十九日 (= acceleration 「の経過をもって」); the 延滞分割金 "
                        "金九万四千五百円 inside the prose and 「二十日以上」 / 契約約款第十八条 (numbers that are not fields); "
                        "positional kanji amounts (立替金残額 / 遅延損害金 / 合計, no interest); a 登録番号 of the car with "
                        "kanji digits; phone in kanji digits with a 4-digit area code; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# bb16 SCAM 「民事訴訟最終通告書」 in 縦書き, sent as a PDF; fake 法務大臣許可番号 in kanji.


def bb16():
    issued, due = D(2026, 5, 11), D(2026, 5, 14)
    T = 298_000
    cols = [
        ("title", "民事訴訟最終通告書"),
        ("body", "この度、貴殿がご利用された総合情報サイト運営会社より、未納料金に関する民事訴訟の申立てがなされました"
                 "ことをご通知いたします。"),
        ("body", "当機構は、法務省の認可を受けた債権回収機関として、本件の管理を委託されております。"),
        ("body", f"本通告書到達後、{kdate(due)}正午までにご連絡なき場合は、原告側の主張を全面的に認めたものとし、"
                 "給与・動産・不動産の差押えを執行官立会いのもと強制的に執行させていただきます。"),
        ("body", "裁判取下げ等のご相談は、左記管理番号をお伝えのうえ、お問い合わせ先までご連絡ください。なお、ご家族・"
                 "勤務先への連絡を避けるため、弁護士等第三者へのご相談はお控えください。"),
        ("indent", "記"),
        ("indent", f"一　未納料金及び訴訟取下げ費用　{kyen(T)}"),
        ("indent", f"二　最終期限　{kdate(due)}正午"),
        ("indent", "三　お問い合わせ先　〇三（〇〇〇〇）九四一七"),
        ("plain", "　　（受付　午前九時から午後八時まで　担当　牧角）"),
        ("indent", "四　管理番号　ＨＳ－７０４８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区霞が関一丁目（合同庁舎内）"),
        ("low", "東日本民事債権回収管理機構"),
        ("low", "法務大臣許可番号第三百十二号"),
        ("blank", ""),
        ("low", "杉江　春香　様"),
    ]
    size = 11.0
    pages = vpage(cols, size, 7.0, stamp_seed=None)
    seal_at(pages, "東日本民事債権回収管理機構", 13, "round", "民事債権回収管理機構之印", 45161, 8 + 14, size, angle=6)
    tr = truth(document_type="other", sender="東日本民事債権回収管理機構", license_number=312, phone="03-0000-9417",
               creditor=None, status="not_licensed", debtor="杉江春香", total=T, lump=False, issued=issued,
               payment_due=due, reference="HS-7048", is_scam=True, input_kind="vertical_pdf",
               template="proxy45_vertical_scam_final_notice_pdf", received=None)
    return dict(stem="bb16", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="other (scam 「民事訴訟最終通告書」, 縦書き PDF)",
                unusual="架空請求 set in 縦書き to look official and sent as a PDF: 「東日本民事債権回収管理機構」 calls itself "
                        "「法務省の認可を受けた債権回収機関」 and prints a FAKE 「法務大臣許可番号第三百十二号」 in kanji (→ "
                        "not_licensed); no postcode and no street number (「霞が関一丁目（合同庁舎内）」); 未納料金 for a "
                        "総合情報サイト and 訴訟取下げ費用 as ONE kanji sum; a three-day deadline 「令和八年五月十四日正午」; "
                        "差押え threat, 「弁護士等第三者へのご相談はお控えください」; the addressee with 様 but no address; "
                        "no creditor named (null); 管理番号 ＨＳ－７０４８ in full-width; phone in kanji digits")


LETTERS = [bb09, bb10, bb11, bb12, bb13, bb14, bb15, bb16]
