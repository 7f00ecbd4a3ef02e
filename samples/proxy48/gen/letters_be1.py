"""Proxy set 48, letters be01–be08: "guarantee companies and 代位弁済". The 鹿島田 household (housing loan): the bank's
縦書き 期限の利益喪失通知 (be01), the housing-loan guarantor's 代位弁済のご通知 兼 求償金のご請求 with the 代位弁済額
breakdown beside the claim (be02), its 競売配当後 求償金残額 demand photographed sideways (be03), the joint 債権譲渡通知
guarantor → real servicer (be04) and that servicer's 和解 proposal by fax (be05); the 箭内製作所 (a company and its
代表者 as 連帯保証人): the 信用保証協会's 縦書き 催告書 (be06) and its 地裁支部 lawsuit (be07); the 柳楽 household (rent):
the 家賃保証会社's 代位弁済のご通知 (be08)."""

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
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
TEAL = (0.05, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.28, 0.10)


def dot(d: D) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kj(n: int) -> str:
    return yen(n, "kanji")


def ew(d: D) -> str:
    """令和7年10月24日（金） with the weekday from the date."""
    return f"{era(d)}（{wd(d)}）"


# --- the 鹿島田 household: housing loan at 外房銀行, guaranteed by わかたけ住宅保証 -----------------------------

BANK1 = "株式会社外房銀行"
GUAR1 = "わかたけ住宅保証株式会社"
SERV1 = "株式会社住宅債権管理回収機構"
NAME1 = "鹿島田　智之"
ADDR1 = "千葉県市原市ねむの木台三丁目14番6号"
P1, I1 = 26_418_300, 98_412
LAST1, WARN1, ACC1 = D(2025, 3, 27), D(2025, 6, 20), D(2025, 7, 4)
SUBRO1 = D(2025, 9, 26)
L0_1 = late(P1, 14.0, ACC1 + ONE, SUBRO1)
S1 = P1 + I1 + L0_1  # 代位弁済額 = 求償元金
DIV1, DIVAMT = D(2026, 3, 6), 19_370_000
LD1 = late(S1, 14.6, SUBRO1 + ONE, DIV1)  # 損害金 up to the 配当期日, paid first from the 配当金
S1B = S1 - (DIVAMT - LD1)  # 配当充当後の求償元金
assert DIVAMT > LD1 and S1B > 0
ASSIGN1 = D(2026, 6, 1)
REF1 = "SY-25-00917"


# ---------------------------------------------------------------------------------------------
# be01 the bank's 縦書き 期限の利益喪失通知書 (内容証明), positional kanji amounts; digital.


def be01():
    issued, due = D(2025, 7, 11), D(2025, 7, 25)
    L = late(P1, 14.0, ACC1 + ONE, issued)
    T = P1 + I1 + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当行との間で平成二十九年六月三十日付で締結した金銭消費貸借契約（住宅ローン）に基づく毎月の返済を、"
                 f"{kdate(LAST1)}の返済を最後に遅滞しております。"),
        ("body", f"当行は、{kdate(WARN1)}付催告書により、延滞元利金を{kdate(ACC1)}までにお支払いいただくよう催告いたしましたが、"
                 "右期限までにお支払いはありませんでした。"),
        ("body", f"よって、貴殿は金銭消費貸借契約証書第十条第一項の定めにより、{kdate(ACC1)}の経過をもって期限の利益を喪失"
                 "いたしましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}までに、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kj(P1)}"),
        ("indent", f"二　未収利息　　{kj(I1)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", "　　（令和七年七月五日から本書作成日まで、残元金に対し年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("body", "なお、右期日までにお支払いのないときは、保証会社であるわかたけ住宅保証株式会社に対し保証債務の履行"
                 "（代位弁済）を請求いたします。お問合せの際は、整理番号ＡＳ－７２３３１をお知らせください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県千葉市中央区すだち坂二丁目八番一号"),
        ("low", "株式会社外房銀行"),
        ("low", "融資管理部長　栃原　隆之"),
        ("low", "電話　〇四三（〇〇〇）二二一八（直通）"),
        ("blank", ""),
        ("low", "千葉県市原市ねむの木台三丁目十四番六号"),
        ("low", "鹿島田　智之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 48011))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "栃原" in it.s]
    pg.items.append(Seal(xs[0] + 4.0, 22.0 + (8 + 16) * size * 0.3528 * 1.05, 11, "square", "外房銀行融資管理部長印",
                         angle=3, seed=48012))
    tr = truth(document_type="acceleration_notice", sender=BANK1, phone="043-000-2218", creditor=BANK1,
               status="not_applicable", debtor=NAME1, total=T, principal=P1, interest=I1, late_damages=L, rate=14.0,
               lump=True, issued=issued, payment_due=due, acceleration=ACC1, last_payment=LAST1, reference="AS-72331",
               input_kind="vertical_pdf", template="proxy48_vertical_bank_acceleration_before_subrogation",
               received=D(2025, 7, 14))
    return dict(stem="be01", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (bank 縦書き 内容証明, before the 代位弁済)",
                unusual="縦書き 期限の利益喪失通知書 of the lending bank (digital) with the 内容証明 stamp: positional kanji "
                        "amounts (金二千六百四十一万八千三百円 …); the 催告書 date 六月二十日 and its deadline 七月四日 "
                        "(= acceleration 「の経過をもって」); 平成二十九年 contract and 契約証書第十条第一項 (non-amounts); the "
                        "guarantor named only as the NEXT step (distractor); the 整理番号 full-width inside the last body "
                        "column (ＡＳ－７２３３１); phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# be02 わかたけ住宅保証 代位弁済のご通知 兼 求償金のご請求: the 代位弁済 breakdown (paid to the bank) BESIDE the claim.


def be02():
    issued, due = D(2025, 10, 8), D(2025, 10, 24)
    R = 14.6
    L = late(S1, R, SUBRO1 + ONE, issued)
    T = S1 + L
    p = Page(font="sans", size=10, top=14)
    # logo: a small lily mark (three petals) and the name
    for dx in (0, 4.2, 8.4):
        p.add(Box(15 + dx, 14, 3.4, 8, color=None, fill=PLUM))
    p.at(29, 20.5, "わかたけ住宅保証", size=15, font="sans-bold", color=PLUM)
    p.at(29, 25, "WAKATAKE HOUSING LOAN GUARANTEE", size=6, color=PLUM)
    p.at(196, 18, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23, f"求償番号　{REF1}", size=9.5, align="r", font="sans-bold")
    window(p, 15, 32, "290-0000", [ADDR1], NAME1 + "　様", barkey="be02", w=96, h=34)
    p.at(196, 40, "親展", size=11, font="sans-bold", align="r", color=RED)
    p.y = 72
    p.title("代位弁済のご通知　兼　求償金のご請求", size=14.5)
    p.para(f"貴殿が{BANK1}（以下「銀行」）からお借入れの住宅ローンにつきましては、当社が貴殿からの保証委託に基づき連帯保証"
           f"しておりましたところ、{era(ACC1)}の経過をもって期限の利益を喪失されましたため、当社は{era(SUBRO1)}、銀行に対し"
           "保証債務を履行（代位弁済）いたしました。", size=9.6)
    p.para("これにより、銀行が貴殿に対して有していた権利は当社に移転し、当社は貴殿に対し下記の求償債権を取得いたしました。"
           "つきましては、下記ご請求金額を期限までに一括してお支払いくださいますようお願い申し上げます。", size=9.6)
    p.gap(3)
    y = p.y
    # left: what was paid to the bank (history)
    p.add(Box(15, y, 86, 44, 0.3, GRAY))
    p.add(Box(15, y, 86, 7, color=None, fill=SHADE))
    p.at(58, y + 5, "【ご参考】銀行への代位弁済額の内訳", size=8.8, align="c", font="sans-bold")
    for i, (a, b) in enumerate((("代位弁済日", era(SUBRO1)), ("元金", f"{P1:,}円"), ("利息", f"{I1:,}円"),
                                ("損害金（年14.0％）", f"{L0_1:,}円"), ("代位弁済額合計", f"{S1:,}円"))):
        yy = y + 13.5 + i * 6.3
        p.at(18, yy, a, size=9)
        p.at(98, yy, b, size=9, align="r")
    p.add(Line(18, y + 34.6, 98, y + 34.6, 0.2, GRAY))
    # right: the current claim
    p.add(Box(107, y, 89, 44, 0.9, PLUM))
    p.add(Box(107, y, 89, 7, color=None, fill=PLUM))
    p.at(151.5, y + 5, f"ご請求金額（{era(issued)}現在）", size=9, align="c", font="sans-bold", color=WHITE)
    rows = (("求償元金", f"{S1:,}円"), ("遅延損害金", f"{L:,}円"))
    for i, (a, b) in enumerate(rows):
        yy = y + 14 + i * 7
        p.at(110, yy, a, size=10)
        p.at(193, yy, b, size=10, align="r")
    p.at(110, y + 26.5, f"（{era(SUBRO1 + ONE)}から年{R}％・日割）", size=7.5, color=GRAY)
    p.add(Line(110, y + 30, 193, y + 30, 0.5, PLUM))
    p.at(110, y + 38, "ご請求額", size=11, font="sans-bold")
    p.at(193, y + 38.5, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 49
    y = p.y
    p.add(Box(15, y, 181, 11, 0.8))
    p.at(19, y + 7.5, "お支払期限", size=11, font="sans-bold")
    p.at(50, y + 7.7, ew(due), size=12.5, font="sans-bold")
    p.at(192, y + 7.5, "※期限までにご連絡がない場合は担保不動産の競売を申し立てます", size=7.5, align="r", color=RED)
    p.y = y + 15
    p.line("ご契約の内容", size=9.5, font="sans-bold")
    p.kv([("借入先", f"{BANK1}　千葉中央支店"), ("ご契約日", "平成29年6月30日（当初借入額 28,000,000円）"),
          ("最終ご返済日", era(LAST1)), ("期限の利益喪失日", era(ACC1)), ("担保物件", "千葉県市原市ねむの木台三丁目所在の土地・建物")],
         x=18, label_w=34, size=9)
    p.gap(2)
    p.para("お振込先　外房銀行 本店営業部　普通預金 4417092　ワカタケジユウタクホシヨウ（カ　※ご依頼人名の前に求償番号を"
           "ご入力ください。振込手数料はお客様のご負担となります。", size=8.8, indent="")
    p.para("※遅延損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の割合で発生します。"
           "お支払いが困難な場合は、期限までに必ず下記へご相談ください。", size=8.8, indent="")
    p.gap(4)
    for s, sz, f in ((GUAR1, 11, "sans-bold"), ("債権管理部　管理第二グループ　担当 粥川", 9, "sans"),
                     ("〒105-0000 東京都港区白樺通一丁目5番3号", 8.5, "sans"),
                     ("TEL 03-0000-6621（平日9:00～17:30）　FAX 03-0000-6629", 9, "sans")):
        p.line(s, x=106, size=sz, font=f)
    p.seal(188, p.y - 16, 13, "square", "わかたけ住宅保証之印", angle=-3, seed=48021)
    tr = truth(document_type="acceleration_notice", sender=GUAR1, phone="03-0000-6621", creditor=GUAR1,
               status="not_applicable", original=BANK1, debtor=NAME1, total=T, principal=S1, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=ACC1, last_payment=LAST1,
               reference=REF1, input_kind="pdf_text", template="proxy48_housing_guarantor_subrogation_breakdown_beside_claim",
               received=D(2025, 10, 10))
    return dict(stem="be02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (housing-loan guarantor 代位弁済のご通知 兼 求償金のご請求)",
                unusual="two boxes SIDE BY SIDE: on the left 【ご参考】銀行への代位弁済額の内訳 (元金 / 利息 / 損害金 at 14.0％ / "
                        "代位弁済額合計 = what was paid to the bank, distractors) and on the right a plum-framed ご請求金額 "
                        "(求償元金 = the whole 代位弁済額, 遅延損害金 at 14.6％, ご請求額); window-envelope address block; "
                        "求償番号 bold top-right; a ご契約の内容 kv block with 当初借入額 28,000,000 (distractor), the last "
                        "payment and the 喪失 date; the bank's name in the transfer account; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# be03 わかたけ住宅保証: 競売配当後の求償金残額のご請求 (配当金 deducted), phone photo stored sideways (EXIF 6).


def be03():
    issued, due = D(2026, 4, 15), D(2026, 5, 15)
    R = 14.6
    L = late(S1B, R, DIV1 + ONE, issued)
    T = S1B + L
    assert S1 + LD1 - DIVAMT == S1B and S1 == P1 + I1 + L0_1
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, f"求償番号　{REF1}", size=9.5, align="r")
    p.y = 22
    p.line("〒290-0000", size=9.5)
    p.line(ADDR1, size=10)
    p.line(NAME1 + "　殿", size=13.5)
    p.gap(2)
    p.line(GUAR1, x=120, size=10.5, font="serif-bold")
    p.line("債権管理部　管理第二グループ", x=120, size=9)
    p.gap(4)
    p.title("競売配当後の求償金残額のご請求について", size=15, font="serif-bold")
    p.para(f"当社が{era(SUBRO1)}に貴殿の{BANK1}に対する住宅ローン債務を代位弁済したことにより取得した求償債権につきましては、"
           f"担保不動産競売事件（千葉地方裁判所 令和7年(ケ)第386号）において、{era(DIV1)}の配当期日に配当金を受領し、"
           "下表のとおり損害金、求償元金の順に充当いたしました。")
    p.para("しかしながら、なお下記の残額がございますので、お支払期限までに一括してお支払いいただくか、担当者までご連絡の上"
           "お支払方法をご相談ください。")
    p.gap(2)
    p.line("■ 配当金の充当状況", size=10.5, font="serif-bold")
    rows = [["項　目", "金　額"],
            ["求償元金（代位弁済額）", f"{S1:,}円"],
            [f"配当期日までの損害金（{fw('14.6')}％）", f"{LD1:,}円"],
            ["受領配当金", f"△{DIVAMT:,}円"],
            ["配当充当後の求償元金", f"{S1B:,}円"]]
    p.table(rows, [104, 50], x=26, header=True, size=10, row_h=7.6, aligns="lr")
    p.gap(4)
    p.line(f"■ ご請求額（{era(issued)}現在）", size=10.5, font="serif-bold")
    y = p.y
    p.add(Box(26, y, 154, 30, 0.9, BROWN))
    for i, (a, b) in enumerate((("求償元金残額", f"{S1B:,}円"),
                                (f"遅延損害金（{era(DIV1 + ONE)}から）", f"{L:,}円"))):
        p.at(31, y + 8 + i * 7.5, a, size=10.5)
        p.at(175, y + 8 + i * 7.5, b, size=10.5, align="r")
    p.add(Line(31, y + 19, 175, y + 19, 0.4, BROWN))
    p.at(31, y + 26, "ご請求額合計", size=12, font="serif-bold", color=BROWN)
    p.at(175, y + 26.5, f"金{T:,}円", size=14.5, font="serif-bold", align="r", color=BROWN)
    p.y = y + 34
    p.line(f"お支払期限　{ew(due)}", x=26, size=11.5, font="serif-bold")
    p.gap(2)
    p.para("※損害金は、求償元金残額に対し年14.6％（年365日の日割計算）の割合で完済まで発生いたします。", size=9.3, indent="")
    p.para("※ご返済のご相談に応じ、分割でのお支払いを承ることがございます（例：月額50,000円）。", size=9.3, indent="")
    p.para("※当社は本件求償債権を債権回収会社へ譲渡することがございます。その際は別途ご通知いたします。", size=9.3, indent="")
    p.gap(4)
    for s, sz in (("〒105-0000 東京都港区白樺通一丁目5番3号", 9), ("電話 03-0000-6621　担当 粥川（平日9時～17時30分）", 9.5)):
        p.line(s, x=100, size=sz)
    p.seal(186, p.y - 30, 13, "square", "わかたけ住宅保証之印", angle=4, seed=48031)
    tr = truth(document_type="collection_notice", sender=GUAR1, phone="03-0000-6621", creditor=GUAR1,
               status="not_applicable", original=BANK1, debtor=NAME1, total=T, principal=S1B, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, reference=REF1,
               input_kind="photo_exif_rotated", template="proxy48_housing_guarantor_rest_after_auction_dividend_rotated",
               received=D(2026, 4, 17))
    return dict(stem="be03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=1.3, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (housing-loan guarantor, rest after the 競売 配当)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk with tri-fold creases and a "
                        "hand shadow at the bottom; serif letter, the sender's name UNDER the addressee; a 配当金の充当状況 "
                        "table (求償元金（代位弁済額） / 配当期日までの損害金 / 受領配当金 with △ / 配当充当後の求償元金) — all "
                        "history except the last row; a brown-framed ご請求額 box 求償元金残額 / 遅延損害金 / ご請求額合計; "
                        "the (ケ) case number of the 千葉地裁 and the 例：月額50,000円 as distractors; no 喪失 date and no "
                        "last payment printed")


# ---------------------------------------------------------------------------------------------
# be04 joint 債権譲渡通知: わかたけ住宅保証 (譲渡人) → 住宅債権管理回収機構 (譲受人, real), 2 pages, digital.


def be04():
    issued = D(2026, 6, 10)
    R = 14.6
    L = late(S1B, R, DIV1 + ONE, ASSIGN1)
    T = S1B + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.y = 28
    p.line(ADDR1, size=10.5)
    p.line(NAME1 + "　殿", size=13.5)
    p.gap(8)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.gap(2)
    p.para(f"譲渡人{GUAR1}（以下「譲渡人」）は、貴殿に対して有する別紙債権目録記載の求償債権（{BANK1}の住宅ローンに係る"
           f"代位弁済により取得したもの）を、{era(ASSIGN1)}付で譲受人{SERV1}（以下「譲受人」）に譲渡いたしましたので、"
           "民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("今後、本件債権に関するお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人に対してお支払い"
           "いただいても、本件債権の弁済とはなりませんのでご注意ください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("１．譲渡債権", "別紙債権目録記載のとおり"), ("２．譲　渡　日", era(ASSIGN1)),
          ("３．譲渡債権額", f"金{T:,}円（{era(ASSIGN1)}現在。内訳は別紙のとおり）"),
          ("４．お問合せ先", "譲受人　住宅ローン管理部　フリーダイヤル 0120-000-391"),
          ("５．お客様番号", "JK-2606-4471（譲受人でのお取引番号）")], x=26, label_w=34, size=10)
    p.line("以上", align="r", size=10.5)
    p.gap(6)
    y = p.y
    for x, role, lines, seal in ((18, "（譲渡人）", [GUAR1, "代表取締役　楠見　誠司", "東京都港区白樺通一丁目5番3号",
                                                   "電話 03-0000-6621"], "わかたけ住宅保証之印"),
                                 (108, "（譲受人）", [SERV1, "代表取締役　大喜多　章", "東京都新宿区楡の木通四丁目2番10号",
                                                    "法務大臣許可番号　第91号", "電話 0120-000-391"], "住宅債権管理回収機構之印")):
        p.add(Box(x, y, 86, 38, 0.3, GRAY))
        p.at(x + 3, y + 6, "通知人" + role, size=9, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 12.5 + i * 5.2, s, size=9.2 if i else 10, font="serif-bold" if i == 0 else "serif")
        p.seal(x + 76, y + 20, 13, "square", seal, angle=2, seed=48040 + x)
    q = Page(font="serif", size=10.5, top=20)
    q.line("（別紙）", size=10.5)
    q.title("債　権　目　録", size=15, font="serif-bold")
    q.para(f"譲渡人が、債務者{NAME1}に対して有する下記求償債権（{era(ASSIGN1)}現在）", indent="")
    q.gap(2)
    q.table([["原契約", f"{BANK1}　住宅ローン（平成29年6月30日付金銭消費貸借契約）"],
             ["当初借入額", "28,000,000円"],
             ["最終弁済日", era(LAST1)],
             ["期限の利益喪失日", era(ACC1)],
             ["代位弁済日", era(SUBRO1)],
             ["代位弁済額", f"{S1:,}円"],
             ["競売による配当", f"{era(DIV1)}　{DIVAMT:,}円（損害金及び求償元金に充当済）"]],
            [42, 128], x=20, aligns="ll", size=9.6, row_h=7.4, shade_col0=True)
    q.gap(5)
    q.line("譲渡債権の内訳", size=10.5, font="serif-bold")
    q.table([["求償元金残額", "遅延損害金", "譲渡債権額合計"], [f"{S1B:,}円", f"{L:,}円", f"{T:,}円"]],
            [58, 52, 60], x=20, header=True, size=10.5, row_h=8.5, aligns="rrr")
    q.line(f"※遅延損害金は、{era(DIV1 + ONE)}から{era(ASSIGN1)}まで、求償元金残額に対する年14.6％の割合による。", x=20,
           size=8.8)
    q.line("※譲渡日の翌日以降も、求償元金残額に対し年14.6％の割合による遅延損害金が発生します。", x=20, size=8.8)
    q.gap(30)
    q.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender=SERV1, license_number=91, phone="0120-000-391", creditor=SERV1,
               status="licensed", original=GUAR1, debtor=NAME1, total=T, principal=S1B, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=ACC1, last_payment=LAST1,
               assignment=ASSIGN1, reference="JK-2606-4471", input_kind="pdf_text_2page",
               template="proxy48_joint_assignment_guarantor_to_real_servicer_list", received=D(2026, 6, 12))
    return dict(stem="be04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, housing-loan guarantor → real servicer, 2 pages)",
                unusual="joint 債権譲渡通知書 (spaced serif title) with the two 通知人 boxes side by side at the bottom, "
                        "each with a seal; ★ 株式会社住宅債権管理回収機構 (company form FIRST) with 「法務大臣許可番号　"
                        "第91号」 in the 譲受人 box; the 譲渡債権額 total in the 記 list, the お客様番号 as item ５; the "
                        "譲渡人's 03 phone (distractor) vs the 譲受人's free dial; p.2 (別紙) 債権目録: a shaded-label table "
                        "(原契約, 当初借入額, 最終弁済日, 喪失日, 代位弁済日, 代位弁済額, 競売による配当 — distractors except the "
                        "dates) and a 3-column 求償元金残額 / 遅延損害金 / 譲渡債権額合計 table; informs only")


# ---------------------------------------------------------------------------------------------
# be05 住宅債権管理回収機構 (real) 和解のご提案 by fax, after buying the 求償債権; 2-page G4 fax.


def be05():
    issued, due, asof = D(2026, 7, 3), D(2026, 7, 24), D(2026, 6, 30)
    R = 14.6
    L = late(S1B, R, DIV1 + ONE, asof)
    T = S1B + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "送信日：" + fw(era(issued)), size=9)
    p.at(15, 22, "送信枚数：２枚（本紙含む）", size=9)
    p.at(196, 17, "住宅債権管理回収機構", size=13, font="sans-bold", align="r")
    p.at(196, 22, "（法務大臣許可　第９１号）", size=8.5, align="r")
    p.y = 30
    p.line(NAME1 + "　様", size=13)
    p.line("お客様番号　JK-2606-4471", size=9.5)
    p.gap(4)
    p.title("和解（分割弁済）のご提案", size=15)
    p.para(f"当社は、{era(ASSIGN1)}、{GUAR1}から貴殿に対する求償債権を譲り受けました（{era(DIV1)}の競売配当後の残債権）。"
           "先般お電話にてご相談いただいたお支払方法につき、下記の条件による和解をご提案いたします。", size=9.6)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(asof)}現在）", size=10.2, font="sans-bold")
    p.table([["求償元金", f"{S1B:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"], ["ご債務総額", f"{T:,}円"]],
            [70, 48], x=24, aligns="lr", size=9.8, row_h=7.2)
    p.gap(2)
    p.line("２．ご提案の内容", size=10.2, font="sans-bold")
    for s in ("(1) 和解金額　金3,000,000円（上記ご債務総額のうち、残額は全額の支払完了時に免除いたします）",
              "(2) お支払方法　令和8年8月から毎月末日限り 25,000円 × 120回",
              "(3) 期限の利益喪失　分割金の支払を2回分（50,000円）以上怠ったときは当然に期限の利益を失い、ご債務総額から既払金を"
              "控除した残額及びこれに対する年14.6％の損害金を一括してお支払いいただきます。"):
        p.para(s, x0=26, x1=192, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.6))
    p.at(29, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 8.3, f"{era(due)}（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("ご同意いただける場合は、２枚目の和解申込書にご署名の上、当社あてＦＡＸ又は郵送でご返送ください。ご回答のない"
           "場合は、担保不動産がないため、給与等の差押えを含む法的手続を検討せざるを得ません。", size=9.3, indent="")
    p.gap(4)
    for s, sz, f in ((SERV1, 10.5, "sans-bold"), ("住宅ローン管理部　担当 麹谷", 9.3, "sans"),
                     ("〒160-0000 東京都新宿区楡の木通四丁目2番10号", 8.8, "sans"),
                     ("TEL 0120-000-391 ／ FAX 03-0000-3920", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.line(f"{SERV1}　御中（FAX 03-0000-3920）", size=10)
    q.gap(4)
    q.title("和　解　申　込　書", size=15)
    q.para("私は、貴社から提案を受けた下記の条件により和解することを申し込みます。", indent="")
    q.table([["和解金額", "金3,000,000円"], ["支払方法", "令和8年8月から毎月末日限り 25,000円 × 120回"],
             ["振込先", "下総銀行 新宿支店 普通 3910442 ジユウタクサイケンカンリカイシユウキコウ"]],
            [36, 134], x=20, aligns="ll", size=9.4, row_h=8)
    q.gap(8)
    for s in ("申込日　令和　　年　　月　　日", "ご住所", "ご署名　　　　　　　　　　　　　　　印", "日中のご連絡先"):
        q.line(s, x=24, size=10.5)
        q.add(Line(48, q.y - 1.5, 186, q.y - 1.5, 0.25))
        q.gap(3)
    tr = truth(document_type="settlement_proposal", sender=SERV1, license_number=91, phone="0120-000-391",
               creditor=SERV1, status="licensed", original=GUAR1, debtor=NAME1, total=T, principal=S1B, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, assignment=ASSIGN1,
               reference="JK-2606-4471", input_kind="fax_tiff",
               template="proxy48_real_servicer_settlement_after_guarantor_sale_fax", received=issued)
    return dict(stem="be05", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 JUTAKU SAIKEN 03-0000-3920",
                about="settlement_proposal (real servicer that bought the 求償債権, 2-page fax)",
                unusual="2-page G4 fax; ★ the servicer's name WITHOUT 株式会社 in the top-right logo line and the licence "
                        "in full-width brackets 「（法務大臣許可　第９１号）」 (the full legal name only in the sender block); "
                        "送信日 in full-width era; the debt as of 6/30 (≠ the fax date 7/3) in a 3-row table ending in "
                        "ご債務総額; a partial-waiver plan (和解金額 3,000,000, 25,000 × 120, the 50,000 threshold) as "
                        "distractors; a heavy ご回答期限 「…必着」 (= payment_due); TEL ／ FAX on one line; p.2 a 和解申込書 "
                        "with the transfer account")


# --- the 箭内製作所: a company loan of 安房みなと信用金庫 guaranteed by 南総信用保証協会 -------------------------------

KYOKAI = "南総信用保証協会"
SHINKIN = "安房みなと信用金庫"
CO2 = "有限会社箭内製作所"
REP2 = "箭内　康弘"
P2, I2 = 8_520_000, 41_380
S2 = P2 + I2  # 代位弁済額 = 求償元金 (the 協会 pays principal and interest only)
LAST2, ACC2, SUBRO2 = D(2025, 5, 30), D(2025, 8, 29), D(2025, 10, 30)
R2 = 14.0


# ---------------------------------------------------------------------------------------------
# be06 信用保証協会 縦書き 催告書 to the company and its 代表者 as 連帯保証人 (内容証明), scanned.


def be06():
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    L = late(S2, R2, SUBRO2 + ONE, issued)
    T = S2 + L
    k = lambda n: kj(n)  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", f"当協会は、貴社が{SHINKIN}から借り受けた事業資金（平成三十一年三月十五日付証書貸付、当初金一千万円）に"
                 "つき、貴社の委託を受けて信用保証をしておりましたが、貴社は"
                 f"{kdate(LAST2)}の弁済を最後に返済を怠り、{kdate(ACC2)}をもって期限の利益を喪失されました。"),
        ("body", f"そのため当協会は、{kdate(SUBRO2)}、同金庫に対し{k(S2)}（元金{yen(P2, 'kanji_bare')}、利息{yen(I2, 'kanji_bare')}）を代位弁済し、"
                 "貴社及び連帯保証人に対し、同額の求償権を取得いたしました。先に代位弁済のお知らせをお送りいたしましたが、"
                 "今日に至るまでご返済もご連絡もございません。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}までにお支払いくださるよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　{k(S2)}"),
        ("indent", f"二　延滞金　　　{k(L)}"),
        ("plain", "　　（代位弁済日の翌日から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　{k(T)}"),
        ("body", "右期限までにお支払い又はご相談のないときは、貴社及び連帯保証人に対し、法的手続により回収を図ることと"
                 "なりますので、念のため申し添えます。"),
        ("indent", "求償番号　ＮＳ－２５－０４４８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県館山市こぶし台一丁目九番二号"),
        ("low", "南総信用保証協会　館山支所"),
        ("low", "支所長　郷右近　修"),
        ("low", "電話　〇四七〇（〇〇）三九一二（代表）"),
        ("blank", ""),
        ("low", "千葉県南房総市ひいらぎ野二百十一番地"),
        ("low", "有限会社箭内製作所"),
        ("low", "代表取締役　箭内　康弘　殿"),
        ("low", "連帯保証人　箭内　康弘　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 48061))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "郷右近" in it.s]
    pg.items.append(Seal(xs[0] + 1.0, 22.0 + (8 + 9.5) * size * 0.3528 * 1.05, 11, "square", "南総信用保証協会館山支所長印",
                         angle=-2, seed=48062))
    tr = truth(document_type="collection_notice", sender=KYOKAI, phone="0470-00-3912", creditor=KYOKAI,
               status="not_applicable", original=SHINKIN, debtor=CO2, total=T, principal=S2, interest=None,
               late_damages=L, rate=R2, lump=True, issued=issued, payment_due=due, acceleration=ACC2,
               last_payment=LAST2, reference="NS-25-0448", input_kind="vertical_scan",
               template="proxy48_vertical_credit_guarantee_association_demand_company_and_rep", received=D(2025, 12, 8))
    return dict(stem="be06", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (信用保証協会 縦書き 催告書 to a company and its 代表者)",
                unusual="縦書き 内容証明 催告書 of a 信用保証協会 支所, scanned: addressed to the COMPANY 「有限会社箭内製作所　"
                        "代表取締役」 and, in a second column, to the same man as 「連帯保証人」; the 代位弁済額 and its 元金 / "
                        "利息 split inside one prose sentence (history), the 求償元金 = the whole 代位弁済額; 延滞金 (not "
                        "損害金) at 年十四パーセント; 平成三十一年 証書貸付 当初金一千万円 (distractor); a 4-digit area code "
                        "in kanji digits; 求償番号 full-width in its own column; every amount in positional kanji")


# ---------------------------------------------------------------------------------------------
# be07 千葉地裁館山支部 (ワ) 求償金請求事件: 呼出状 to the 代表者 (連帯保証人) + 訴状 summary, 2 pages, digital.


def be07():
    issued, hearing, answer, sued = D(2026, 3, 13), D(2026, 4, 22), D(2026, 4, 15), D(2026, 2, 27)
    L = late(S2, R2, SUBRO2 + ONE, sued)
    T = S2 + L
    case = "令和8年(ワ)第31号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第31号')}　求償金請求事件", size=10.5)
    p.line(f"原　告　{KYOKAI}", size=10.5)
    p.line(f"被　告　{CO2}　外１名", size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.gap(2)
    p.line("〒299-0000　千葉県南房総市ひいらぎ野二百十一番地", size=10)
    p.line(f"被告（連帯保証人）　{REP2}　殿", size=12.5)
    p.gap(3)
    p.line(fw(era(D(2026, 3, 13))), align="r", size=10.5)
    p.line("千葉地方裁判所館山支部", align="r", size=10.5)
    p.line("裁判所書記官　阿閉　真澄", align="r", size=10.5)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    y = p.y + 1
    rows = (("期日", f"{fw(era(hearing))}（{wd(hearing)}）　午前１０時３０分"), ("出頭場所", "当支部　第１号法廷（１階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))
    for i, (a, b) in enumerate(rows):
        p.add(Box(22, y + i * 10, 42, 10, 0.3, None, SHADE))
        p.add(Box(22, y + i * 10, 166, 10, 0.3))
        p.at(25, y + i * 10 + 6.6, a, size=10.5)
        p.at(68, y + i * 10 + 6.6, b, size=10.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 34
    p.line("（注意）", size=10, font="serif-bold")
    for s in ("１　答弁書を提出せず、期日にも出頭しないときは、原告の主張を認めたものとして、原告の請求どおりの判決が"
              "言い渡されることがあります。",
              "２　本件は、被告有限会社箭内製作所（主債務者）及び被告箭内康弘（連帯保証人）に対する共同訴訟です。会社に"
              "あてた呼出状は、別途代表者あてに送達しています。",
              "３　来庁の際は、この呼出状と印鑑をお持ちください。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(4)
    p.line("〒294-0000　千葉県館山市つるばみ町三丁目1番8号", size=9.5, x=22)
    p.line("千葉地方裁判所館山支部　民事係　電話 0470-00-2131（内線 25）", size=9.5, x=22)
    q = Page(font="serif", size=10.2, top=18)
    q.title("訴　　状（写し・要旨）", size=14, font="serif-bold")
    q.line(f"{fw(era(sued))}", align="r")
    q.line("千葉地方裁判所館山支部　御中", size=10.2)
    q.gap(2)
    q.kv([("原　告", f"{KYOKAI}（代表者理事長　白洲　昭彦）"), ("送達場所", "千葉県館山市こぶし台一丁目9番2号　同協会館山支所"),
          ("", "電話 0470-00-3912　FAX 0470-00-3919"),
          ("被　告", f"{CO2}（代表者代表取締役　箭内康弘）"), ("被　告", "箭内　康弘")], x=22, label_w=26, size=9.6)
    q.gap(2)
    q.line("訴訟物の価額　金8,561,380円　　貼用印紙額　金46,000円　　予納郵券　金6,000円", size=9.4, x=22)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告らは、原告に対し、連帯して金{T:,}円及びうち金{S2:,}円に対する{era(sued + ONE)}から支払済みまで"
           "年14％の割合による金員を支払え。", x0=22, x1=190, size=9.8, indent="")
    q.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=9.8, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　被告会社は、平成31年3月15日、{SHINKIN}から金10,000,000円を借り受け、原告は被告会社の委託によりこれを保証"
              "した。被告箭内康弘は、被告会社の原告に対する求償債務を連帯保証した。",
              f"２　被告会社は{era(LAST2)}の弁済を最後に支払を怠り、{era(ACC2)}期限の利益を喪失した。",
              f"３　原告は{era(SUBRO2)}、同金庫に対し元金{P2:,}円及び利息{I2:,}円の合計{S2:,}円を代位弁済した。",
              "４　保証委託契約により、原告は代位弁済額及びこれに対する代位弁済日の翌日から年14％の割合による延滞金を"
              "求償することができる。よって、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.6, indent="")
    q.table([["求償元金", f"{S2:,}円"], [f"延滞金（{era(SUBRO2 + ONE)}から{era(sued)}まで）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [118, 42], x=26, aligns="lr", size=9.8, row_h=7.5, ruled="outer")
    q.gap(3)
    q.line("証拠方法　甲第1号証（信用保証委託契約書）、甲第2号証（代位弁済証書）", size=9.4, x=22)
    tr = truth(document_type="lawsuit", sender="千葉地方裁判所館山支部", phone="0470-00-2131", creditor=KYOKAI,
               status="not_applicable", original=SHINKIN, debtor=REP2, total=T, principal=S2, interest=None,
               late_damages=L, rate=R2, lump=True, issued=issued, payment_due=None, acceleration=ACC2,
               last_payment=LAST2, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy48_district_branch_wa_guarantee_association_vs_company_and_rep", received=D(2026, 3, 16))
    return dict(stem="be07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), 信用保証協会 plaintiff v company and 代表者, 2 pages)",
                unusual="千葉地裁館山支部 (ワ) 呼出状 addressed to the SECOND defendant, the 代表者 as 「被告（連帯保証人）」 "
                        "(the company is 「外１名」 in the caption and in note ２); the clerk's block right-aligned ABOVE the "
                        "text; a shaded-label 3-row box (期日 午前１０時３０分 / 出頭場所 / 答弁書提出期限); court phone with "
                        "内線; p.2 訴状 (写し・要旨) dated 2/27 ≠ 3/13 with the plaintiff's 送達場所 TEL / FAX (distractors), "
                        "訴訟物の価額 / 貼用印紙額 / 予納郵券 on one line (not costs); 「連帯して」; the 代位弁済 split "
                        "元金 / 利息 in 請求の原因 (history); an outer-ruled 求償元金 / 延滞金 / 合計 table")


# --- the 柳楽 household: rent guaranteed by 株式会社レントアシスト ------------------------------------------------

RENT = "株式会社レントアシスト"
NAME4 = "柳楽　蒼太"
ADDR4 = ["埼玉県川口市汐見ヶ丘二丁目3番15号", "コーポあけびの台 305号室"]
MONTHLY = 72_000 + 4_000
RLAST = D(2025, 12, 26)
RREF = "RA-2603-1182"


def rent_rows(months):
    """(立替日, 対象月, 立替額) for each month the guarantor paid the landlord."""
    return [(d, m, MONTHLY) for d, m in months]


# ---------------------------------------------------------------------------------------------
# be08 家賃保証会社 代位弁済（立替払）のご通知, three months, scanned.


def be08():
    issued, due = D(2026, 3, 9), D(2026, 3, 19)
    R = 14.6
    rows = rent_rows([(D(2026, 1, 13), "2026年1月分"), (D(2026, 2, 10), "2026年2月分"), (D(2026, 3, 2), "2026年3月分")])
    lates = [late(a, R, d + ONE, issued) for d, _, a in rows]
    P = sum(a for _, _, a in rows)
    L = sum(lates)
    C = 1_650
    T = P + L + C
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 13, 62, 12, color=None, fill=TEAL))
    p.at(46, 21.2, "RENT ASSIST", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(15, 29.5, "株式会社レントアシスト　家賃保証事業部", size=8.5)
    p.at(196, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22, f"求償管理番号：{RREF}", size=9.5, align="r")
    p.at(196, 27, "保証契約番号：G-19-7730512", size=8.5, align="r", color=GRAY)
    window(p, 15, 35, "332-0000", ADDR4, NAME4 + "　様", barkey="be08", w=98, h=40)
    p.y = 82
    p.title("代位弁済（立替払）のご通知", size=15, color=TEAL)
    p.para("平素より当社の家賃保証サービスをご利用いただきありがとうございます。", size=9.6)
    p.para("お客様の賃料等のお支払いが確認できなかったため、当社は賃貸保証委託契約に基づき、賃貸人（管理会社：有限会社"
           "こぶし台ハウジング）に対し、下記のとおり賃料等を代位弁済（立替払）いたしました。つきましては、当社が立て替えた"
           "金額（求償金）を、下記お支払期日までに一括してお支払いください。", size=9.6)
    p.gap(2)
    head = ["立替日", "対象月", "賃料", "共益費", "立替額"]
    body = [[wdate(d), m, "72,000", "4,000", f"{a:,}"] for d, m, a in rows]
    body.append(["", "", "", "立替額合計", f"{P:,}"])
    p.table([head] + body, [34, 34, 30, 30, 38], x=20, header=True, aligns="ccrrr", size=9.5, row_h=7.2)
    p.line("（単位：円）", x=186, size=7.5, align="r")
    p.gap(2)
    x0, x1 = 30, 184
    for lab, val, b in (("求償金（立替額合計）", f"{P:,}円", False), (f"遅延損害金（各立替日の翌日から年{R}％）", f"{L:,}円", False),
                        ("求償事務手数料", f"{C:,}円", False), ("ご請求金額合計", f"{T:,}円", True)):
        if b:
            p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.5))
            p.gap(1.4)
        base = p.line(lab, x=x0, size=10.5, font="sans-bold" if b else None)
        p.at(x1, base, val, size=12 if b else 10.5, align="r", font="sans-bold" if b else "sans")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 1.0, TEAL))
    p.add(Box(20, y, 40, 12, color=None, fill=TEAL))
    p.at(40, y + 8, "お支払期日", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(66, y + 8.3, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para(f"※お客様からの最後のご入金は{wdate(RLAST)}（2025年12月分賃料）です。", size=8.8, indent="")
    p.para("※お支払いのない状態が続く場合、賃貸人による賃貸借契約の解除及び建物明渡請求が行われることがあります。また、"
           "翌月以降の賃料も当社が立替払した場合は、その都度ご請求いたします。", size=8.8, indent="")
    p.para("お振込先：葛南銀行 川口支店 普通 2603118 カ）レントアシスト（振込名義の前に求償管理番号をご記入ください）",
           size=8.8, indent="")
    p.gap(3)
    p.line("お問い合わせ　株式会社レントアシスト 債権管理センター　TEL 048-000-7155（平日10時～18時）", size=9, x=20)
    p.line("〒330-0000 埼玉県さいたま市大宮区こぶし台七丁目1番1号", size=8.5, x=20)
    tr = truth(document_type="acceleration_notice", sender=RENT, phone="048-000-7155", creditor=RENT,
               status="not_applicable", debtor=NAME4, total=T, principal=P, interest=None, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=due, last_payment=RLAST, reference=RREF,
               input_kind="scan_png", template="proxy48_rent_guarantor_subrogation_three_months", received=D(2026, 3, 11))
    return dict(stem="be08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="acceleration_notice (家賃保証会社 代位弁済（立替払）のご通知, 3 months)",
                unusual="scanned; a RENT guarantor with a Latin logo band 「RENT ASSIST」 and the legal name small under it; "
                        "western 年月日 dates; 求償管理番号 top-right and 保証契約番号 in grey under it (distractor); a "
                        "window address with a flat number on a second line; a 5-column 立替 table (立替日 / 対象月 / 賃料 / "
                        "共益費 / 立替額) with the total in the last row and （単位：円）; leader-less rows 求償金 / 遅延損害金 "
                        "(per 立替日) / 求償事務手数料 (→ costs) / ご請求金額合計; the tenant's last rent payment in a ※ "
                        "note; the 管理会社 in the prose; no loan, no 喪失 date")


LETTERS = [be01, be02, be03, be04, be05, be06, be07, be08]
