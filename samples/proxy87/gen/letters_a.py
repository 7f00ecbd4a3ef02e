"""Proxy set 87, letters cr01–cr08: "the held-out set as a stranger would write it, round 5". The core mail of a
frightened borrower: a real servicer's 督促状 for a bought card debt (cr01), a 信用金庫's 縦書き 期限の利益喪失通知 to a
small builder (cr02), the guarantee company's 代位弁済通知 of the 庵原 housing loan (cr03) and the real servicer's
demand for what the auction left (cr04), a joint 債権譲渡通知 with a 債権目録 page (cr05), a 受託通知 (cr06), a 簡裁
支払督促 (cr07) and a 仮執行宣言付支払督促 (cr08). The household constants shared with letters_b.py are at the top."""

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
    bars,
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
AOZ = (0.05, 0.30, 0.55)
ORX = (0.85, 0.42, 0.05)
ACS = (0.10, 0.45, 0.35)
PLUM = (0.40, 0.12, 0.35)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# --- the 庵原 household: 柏葉銀行 housing loan (cr16 in letters_b) → すいれい保証 代位弁済 (cr03) → オリックス (cr04)
IH_LOAN, IH_LOAN_AMT = D(2018, 9, 28), 32_800_000
IH_LAST = D(2025, 3, 10)
IH_ROWS = [(D(2025, 4, 10), 71_236, 27_184), (D(2025, 5, 12), 71_302, 27_118)]  # missed instalments 元金 / 利息
IH_ACC, IH_SUB = D(2025, 8, 29), D(2025, 9, 30)
IH_P, IH_I = 29_415_208, 53_917
IH_L0 = late(IH_P, 14.0, IH_ACC + ONE, IH_SUB)
IH_S = IH_P + IH_I + IH_L0  # 代位弁済額 = 求償元金
IH_ASSIGN, IH_DIV, IH_DIVAMT = D(2026, 1, 30), D(2026, 7, 22), 21_860_000

# --- the 鵜飼野 household: 碧水信用金庫 business loan (cr02) → ニッテレ債権回収 (cr15 in letters_b)
UK_LOAN, UK_LOAN_AMT = D(2020, 6, 10), 8_000_000
UK_LAST, UK_WARN, UK_WARN_DUE, UK_ACC = D(2025, 4, 30), D(2025, 7, 10), D(2025, 7, 25), D(2025, 7, 28)
UK_P, UK_I, UK_R = 5_126_400, 38_215, 14.0
UK_ASSIGN = D(2025, 12, 19)

# --- the 扇田 household: ささらぎカード (cr11 in letters_b) → アルファ債権回収 (cr10 in letters_b)
SD_ACC, SD_ASSIGN = D(2025, 9, 5), D(2025, 11, 28)


# ---------------------------------------------------------------------------------------------
# cr01 real servicer 督促状 for a bought card debt; window envelope layout; phone photo on a pale desk.


def cr01():
    R = 14.6
    issued, due = D(2025, 11, 4), D(2025, 11, 18)
    acc, lastp, assign = D(2025, 2, 20), D(2024, 11, 27), D(2025, 5, 30)
    P, I = 684_210, 12_873
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "親展", size=12, font="sans-bold", color=RED)
    p.add(Box(13.5, 11.5, 13, 8, 0.5, RED))
    window(p, 15, 24, "330-0000", ["埼玉県さいたま市見沼区しじま台三丁目14番7号", "メゾンしじま台202"], "盾石　由紀子　様",
           "proxy87-cr01", w=94, h=40, size=9.5)
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 30, "あおぞら債権回収株式会社", size=12, font="sans-bold", align="r", color=AOZ)
    for i, s in enumerate(["業務第二部　回収グループ", "〒103-0000 東京都中央区日本橋かなた通2丁目8番1号",
                           "フリーダイヤル 0120-000-562", "受付時間 平日 9:30～18:00"]):
        p.at(196, 35.5 + i * 4.3, s, size=8.5, align="r")
    p.seal(186, 58, 12, "square", "あおぞら債権回収之印", angle=2, seed=87011)
    p.y = 72
    p.add(Line(15, p.y, 196, p.y, 1.2, AOZ))
    p.gap(3)
    p.title("ご入金のお願い（督促状）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"当社は、{wdate(assign)}付で株式会社かなたカードから貴殿に対する下記債権を譲り受け、その旨をご通知申し上げて"
           "おりますが、現在に至るまでご入金もご連絡も確認できておりません。", size=9.8)
    p.para("つきましては、下記ご請求金額を、お支払期日までに一括にてお支払いくださいますようお願い申し上げます。お支払いが"
           "困難な事情がございましたら、期日までに必ず当社担当までご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    p.gap(1)
    y = p.y
    rows = [("お客様番号", "AZ-3308-1542"), ("原債権者", "株式会社かなたカード"), ("ご契約日", "2019年3月14日"),
            ("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(lastp))]
    for i, (a, b) in enumerate(rows):
        p.add(Box(20, y + i * 7, 36, 7, 0.25, (0, 0, 0), SHADE))
        p.add(Box(56, y + i * 7, 56, 7, 0.25))
        p.at(22, y + i * 7 + 4.8, a, size=8.5)
        p.at(58, y + i * 7 + 4.8, b, size=9.3)
    x0 = 118
    p.at(x0, y + 4.5, f"ご請求内訳（{wdate(issued)}現在）", size=8.5, font="sans-bold")
    items = [("残元金", P), ("未払利息", I), (f"遅延損害金（年{R}%）", L)]
    for i, (a, v) in enumerate(items):
        yy = y + 10 + i * 6.2
        p.at(x0 + 1, yy, a, size=9.3)
        p.at(195, yy, f"{v:,}円", size=9.3, align="r")
        p.add(Line(x0, yy + 1.6, 196, yy + 1.6, 0.15, GRAY))
    yy = y + 10 + 3 * 6.2 + 1.5
    p.add(Box(x0, yy - 4.8, 78, 8, 0.6, AOZ, (0.90, 0.94, 0.98)))
    p.at(x0 + 2, yy + 0.6, "ご請求金額", size=10, font="sans-bold", color=AOZ)
    p.at(194, yy + 0.8, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 40
    yb = p.y
    p.add(Box(20, yb, 176, 15, 0.9, RED))
    p.at(25, yb + 9.5, "お支払期日", size=12, font="sans-bold", color=RED)
    p.at(62, yb + 10, f"{wdate(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.at(191, yb + 9.5, "必着", size=10, align="r", color=RED)
    p.y = yb + 20
    p.line("■お振込先", size=9.5, font="sans-bold")
    p.para("とわだ銀行　日本橋支店　普通預金　3308154　口座名義　アオゾラサイケンカイシュウ（カ", size=9.3, indent="　")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号の数字8桁（33081542）を入力してください。振込手数料はお客様のご負担と"
           "なります。", size=8.8, indent="　")
    p.gap(1)
    p.line("■ご注意", size=9.5, font="sans-bold")
    p.para("・遅延損害金は、残元金に対し期限の利益喪失日の翌日から完済の日まで年14.6%（年365日の日割計算）の割合で発生します。"
           "上記は本書作成日までの計算額です。", size=8.8, indent="")
    p.para("・ご契約時のご利用限度額（50万円）及びお客様のカード番号の下4桁（2210）は参考として記載しています。", size=8.8,
           indent="")
    p.para("・本状と行き違いにご入金いただいた場合は、何卒ご容赦ください。", size=8.8, indent="")
    p.gap(2)
    p.at(196, p.y + 4, "担当　億田", size=9.5, align="r")
    bars(p, 15, 282, 60, 3.2, "cr01-foot", tall=False)
    p.at(196, 285, "AZ-DM-2511-0419", size=6.5, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="あおぞら債権回収株式会社", phone="0120-000-562",
               creditor="あおぞら債権回収株式会社", status="licensed", original="株式会社かなたカード", debtor="盾石由紀子",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="AZ-3308-1542",
               input_kind="photo_jpeg", template="proxy87_real_servicer_tokusoku_window_photo", received=D(2025, 11, 6))
    return dict(stem="cr01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, shadow=0.2, shadow_side="left", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer 督促状, bought card debt)",
                unusual="phone photo on a pale desk with tri-fold creases; real servicer ★ あおぞら債権回収株式会社 that prints "
                        "NO licence number (→ licensed, licence null); window-envelope address block with bars and a 親展 "
                        "frame; sender block top-right; a shaded label grid (お客様番号 / 原債権者 / ご契約日 / 喪失日 / 最終ご入金日) "
                        "LEFT and the 内訳 (残元金 / 未払利息 / 遅延損害金（年14.6%） / ご請求金額) RIGHT side by side; "
                        "western 年月日 dates; red お支払期日 box with 必着; the 8-digit transfer code, 利用限度額 50万円 and "
                        "card digits 2210 as distractors")


# ---------------------------------------------------------------------------------------------
# cr02 碧水信用金庫 縦書き 期限の利益喪失通知書 (内容証明) to a sole proprietor; kanji numerals; digital.


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def cr02():
    issued, due = D(2025, 8, 5), D(2025, 8, 20)
    P, I, R = UK_P, UK_I, UK_R
    L = late(P, R, UK_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当金庫との間で{kdate(UK_LOAN)}付金銭消費貸借契約証書（証書貸付、"
                 f"融資金額{kyen(UK_LOAN_AMT)}）を締結し、毎月末日に元利金を分割して返済する旨約しました。"),
        ("body", f"しかるに貴殿は、{kdate(UK_LAST)}の返済を最後にその後の返済を怠り、当金庫は{kdate(UK_WARN)}付催告書を"
                 f"もって{kdate(UK_WARN_DUE)}までに延滞元利金を支払うよう催告いたしましたが、同日までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書第五条第二項の定めにより、{kdate(UK_ACC)}をもって本件債務全額について"
                 "期限の利益を喪失しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記債務全額を{kdate(due)}限り、一括して当金庫本店営業部までお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　（残元金に対する{kdate(UK_ACC + ONE)}から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合　計　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、担保及び連帯保証人に対する請求その他法的手続に移行いたします。"
                 "また、右期限後も残元金に対し年十四パーセントの割合による遅延損害金が発生いたします。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "横浜市港北区かぶと原一丁目二番三号"),
        ("low", "碧水信用金庫"),
        ("low", "理事長　鈴鹿野　正臣"),
        ("low", "（担当　融資管理課　電話　〇四五（〇〇〇）七七二一）"),
        ("blank", ""),
        ("low", "横浜市緑区鶴舞の杜五丁目十一番八号"),
        ("low", "鵜飼野工務店こと"),
        ("low", "鵜飼野　昌平　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 87021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鈴鹿野" in it.s]
    xb = [it.x for it in pg.items if isinstance(it, VText) and it.s == "碧水信用金庫"]
    pg.items.append(Seal((xs[0] + xb[0]) / 2, 22.0 + (8 + 13.5) * size * 0.3528 * 1.05, 9, "square", "碧水信用金庫理事長之印",
                         angle=-3, seed=87022))
    tr = truth(document_type="acceleration_notice", sender="碧水信用金庫", phone="045-000-7721",
               creditor="碧水信用金庫", status="not_applicable", debtor="鵜飼野昌平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=UK_ACC,
               last_payment=UK_LAST, reference=None, input_kind="vertical_pdf",
               template="proxy87_vertical_shinkin_acceleration_sole_proprietor", received=D(2025, 8, 7))
    return dict(stem="cr02", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, sole proprietor)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 to 「鵜飼野工務店こと　鵜飼野　昌平　殿」, digital, with the "
                        "内容証明 stamp; every date and amount in positional kanji (金五百十二万六千四百円); the 催告書 date and "
                        "its deadline (七月十日 / 七月二十五日) before the 喪失日 七月二十八日; 融資金額 金八百万円 and 約定書第五条"
                        "第二項 as distractors; the phone in kanji digits in brackets after 担当; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# cr03 すいれい保証 代位弁済通知 of the 庵原 housing loan (柏葉銀行); scanned PNG.


def cr03():
    R = 14.6
    issued, due = D(2025, 10, 8), D(2025, 10, 24)
    L = late(IH_S, R, IH_SUB + ONE, issued)
    T = IH_S + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, fw(era(issued)), size=10.5, align="r")
    p.at(196, 24, "求償管理番号　ＳＲ－２５－０４４１７", size=10, align="r")
    p.y = 22
    p.line("〒790-0000", size=10)
    p.line("愛媛県松山市柏葉町四丁目6番22号", size=10)
    p.gap(1)
    p.line("庵原　孝之　様", size=13.5)
    p.gap(2)
    for i, s in enumerate(["すいれい保証株式会社", "債権管理部", "〒790-0000 愛媛県松山市みずのと一丁目1番10号",
                           "電話 089-000-4417（直通）", "FAX 089-000-4418"]):
        p.at(196, 50 + i * 5, s, size=11 if i == 0 else 9.3, font="serif-bold" if i == 0 else "serif", align="r")
    p.seal(188, 48, 13, "square", "すいれい保証株式会社之印", angle=-2, seed=87031)
    p.y = 80
    p.title("代位弁済のご通知および求償金のご請求について", size=14.5, font="serif-bold")
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para(f"さて、貴殿が株式会社柏葉銀行より平成30年9月28日にお借入れになった住宅ローンにつきまして、"
           f"当社は貴殿の委託に基づき保証しておりましたところ、貴殿が{era(IH_ACC)}に期限の利益を喪失されたため、"
           f"同行の請求により、当社は{era(IH_SUB)}、保証債務の履行として下記の金額を同行に代位弁済いたしました。")
    p.para("これにより、当社は貴殿に対し、代位弁済額及びこれに対する損害金の求償債権を取得いたしましたので、下記のとおり"
           "ご請求申し上げます。期限までに一括してお支払いくださいますようお願いいたします。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.line("【代位弁済の明細】", size=10.5, font="serif-bold", x=22)
    p.table([["代位弁済日", fw(era(IH_SUB))], ["残元金", f"{IH_P:,}円"], ["利息", f"{IH_I:,}円"],
             ["遅延損害金（銀行所定）", f"{IH_L0:,}円"], ["代位弁済額", f"{IH_S:,}円"]],
            [58, 52], x=30, aligns="lr", size=9.8, row_h=6.6, ruled="grid", shade_col0=True)
    p.gap(3)
    p.line(f"【ご請求金額】（{fw(era(issued))}現在）", size=10.5, font="serif-bold", x=22)
    p.table([["項目", "金額"], ["求償元金（代位弁済額）", f"{IH_S:,}円"],
             [f"損害金（{fw(era(IH_SUB + ONE))}から年14.6％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [98, 44], x=30, header=True, aligns="lr", size=9.8, row_h=7.0)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 142, 11, 0.8))
    p.at(34, y + 7.5, "お支払期限", size=11, font="serif-bold")
    p.at(70, y + 7.7, f"{fw(era(due))}（{wd(due)}）", size=12, font="serif-bold")
    p.y = y + 15
    p.para("お振込先　株式会社柏葉銀行　本店営業部　普通預金　0417725　スイレイホショウ（カ", size=9.5, indent="")
    p.para("※損害金は、求償元金に対し代位弁済日の翌日から完済に至るまで年14.6％の割合（年365日の日割計算）で発生いたします。",
           size=9.0, indent="")
    p.para(f"※ご参考：原契約　平成30年9月28日　金銭消費貸借契約　当初借入金額 32,800,000円　"
           f"最終ご返済日 {era(IH_LAST)}", size=9.0, indent="")
    p.para("※期限までにお支払い又はご相談のない場合は、担保不動産の競売申立てを含む法的手続を行います。", size=9.0, indent="")
    p.gap(2)
    p.line("担当　麻植", size=10, align="r")
    tr = truth(document_type="acceleration_notice", sender="すいれい保証株式会社", phone="089-000-4417",
               creditor="すいれい保証株式会社", status="not_applicable", original="株式会社柏葉銀行", debtor="庵原孝之",
               total=T, principal=IH_S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=IH_ACC, last_payment=IH_LAST, reference="ＳＲ－２５－０４４１７",
               input_kind="scan_png", template="proxy87_guarantor_subrogation_two_tables_scan",
               received=D(2025, 10, 10))
    return dict(stem="cr03", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="acceleration_notice (guarantee company 代位弁済 + 求償金請求, housing loan)",
                unusual="scanned 代位弁済のご通知 of the 庵原 housing loan: addressee top-LEFT, sender block RIGHT under it; "
                        "full-width era dates and the full-width 求償管理番号 ＳＲ－２５－０４４１７; TWO tables: the 代位弁済の"
                        "明細 (残元金 / 利息 / 遅延損害金（銀行所定） / 代位弁済額 = history) and the ご請求金額 (求償元金（代位"
                        "弁済額） / 損害金 / ご請求額合計); 平成30年 contract date, 当初借入金額 32,800,000円, the FAX number "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# cr04 オリックス債権回収: what the auction left of the 庵原 求償債権; 2 digital pages.


def cr04():
    R = 14.6
    issued, due = D(2026, 9, 14), D(2026, 9, 30)
    L1 = late(IH_S, R, IH_SUB + ONE, IH_DIV)
    to_p = IH_DIVAMT - L1
    RP = IH_S - to_p
    L2 = late(RP, R, IH_DIV + ONE, issued)
    T = RP + L2
    assert to_p > 0 and RP > 0
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 2.2, color=None, fill=ORX))
    p.at(15, 22, "オリックス債権回収株式会社", size=14, font="sans-bold")
    p.at(15, 27, "法務大臣許可番号　第11号", size=8.5)
    p.at(196, 21, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 26.5, "管理番号　OS-7741-0926", size=9.5, align="r")
    p.y = 36
    p.line("〒790-0000　愛媛県松山市柏葉町四丁目6番22号", size=9.5, x=20)
    p.line("庵原　孝之　様", size=13.5, x=24)
    p.gap(6)
    p.title("競売配当後の残債務に関するご請求", size=15)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"当社は、{wdate(IH_ASSIGN)}、すいれい保証株式会社より貴殿に対する求償債権を譲り受けました。その後、松山地方裁判所に"
           f"おける担保不動産競売事件につき、{wdate(IH_DIV)}の配当期日において当社に配当金が交付され、同配当金は損害金、元金の順に"
           "充当いたしました（充当の明細は次頁のとおりです）。")
    p.para("しかしながら、配当金充当後も下記のとおり債務が残存しております。つきましては、下記ご請求額を下記お支払期限までに"
           "一括してお支払いくださいますようお願い申し上げます。ご事情によりお支払いが難しい場合は、期限までに担当者へご相談"
           "ください。")
    p.gap(2)
    p.line("１．債権の表示", size=10.5, font="sans-bold")
    p.kv([("原債権者", "株式会社柏葉銀行（住宅ローン　平成30年9月28日契約）"), ("譲渡人", "すいれい保証株式会社"),
          ("代位弁済日", wdate(IH_SUB)), ("期限の利益喪失日", wdate(IH_ACC)), ("債権譲受日", wdate(IH_ASSIGN))],
         x=24, label_w=38, size=9.5)
    p.gap(2)
    p.line(f"２．ご請求額（{wdate(issued)}時点）", size=10.5, font="sans-bold")
    p.table([["残元金（配当充当後）", "損害金", "ご請求額"],
             [f"{RP:,}円", f"{L2:,}円", f"{T:,}円"]], [60, 55, 60], x=20, header=True, aligns="rrr", size=10.5, row_h=9)
    p.line(f"※損害金は、残元金に対する{wdate(IH_DIV + ONE)}から{wdate(issued)}まで年14.6%の割合による金額です。", x=20,
           size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 175, 13, 0.8, ORX, (1.0, 0.96, 0.90)))
    p.at(25, y + 8.6, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 9, f"{wdate(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 18
    p.line("３．お振込先", size=10.5, font="sans-bold")
    p.para("とわだ銀行　浜松町支店　当座預金　0077410　オリツクスサイケンカイシユウ（カ", size=9.5, indent="　")
    p.gap(2)
    p.line("【お問い合わせ先】", size=9.5, font="sans-bold")
    p.para("オリックス債権回収株式会社　西日本管理部　担当　千原", size=9.5, indent="　")
    p.para("〒530-0000 大阪市北区ゆうづき町3丁目4番5号　TEL 06-000-2611　（平日 9:00～17:30）", size=9.5, indent="　")
    p.seal(183, p.y - 12, 13, "square", "オリックス債権回収之印", angle=2, seed=87041)
    p.gap(3)
    p.para("※本書と行き違いにご入金いただいた場合はご容赦ください。※お電話の際は管理番号をお申し出ください。", size=8.5,
           indent="")
    # page 2: 配当金の充当明細 (all figures are history / distractors)
    q = Page(font="sans", size=10, top=18)
    q.line("（別紙）配当金充当明細書", size=13, font="sans-bold")
    q.line("管理番号　OS-7741-0926　　庵原　孝之　様", size=9.5)
    q.gap(3)
    q.kv([("事件", "松山地方裁判所　令和7年(ケ)第318号　担保不動産競売事件"), ("配当期日", wdate(IH_DIV)),
          ("配当金額", f"{IH_DIVAMT:,}円")], x=20, label_w=28, size=9.5)
    q.gap(3)
    q.table([["項目", "充当前", "配当充当額", "充当後"],
             ["求償元金", f"{IH_S:,}", f"{to_p:,}", f"{RP:,}"],
             [f"損害金（{wdate(IH_SUB + ONE)}～{wdate(IH_DIV)}）", f"{L1:,}", f"{L1:,}", "0"],
             ["合計", f"{IH_S + L1:,}", f"{IH_DIVAMT:,}", f"{RP:,}"]],
            [72, 36, 36, 32], x=20, header=True, aligns="lrrr", size=9.3, row_h=8)
    q.line("（単位：円）", x=176, size=8)
    q.gap(4)
    q.para("・配当金は、民法第489条の定めに従い、損害金、元金の順に充当いたしました。", size=9.3, indent="")
    q.para("・売却代金　23,400,000円（買受人による代金納付　令和8年6月26日）。手続費用及び先順位の債権への配当額を控除した"
           "残額が当社への配当金となっております。", size=9.3, indent="")
    q.para("・本明細書の金額は、配当期日時点のものです。現在のご請求額は1頁目をご確認ください。", size=9.3, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="06-000-2611", creditor="オリックス債権回収株式会社", status="licensed",
               original="すいれい保証株式会社", debtor="庵原孝之", total=T, principal=RP, interest=None, late_damages=L2,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=IH_ACC, last_payment=None,
               assignment=IH_ASSIGN, reference="OS-7741-0926", input_kind="pdf_text_2page",
               template="proxy87_real_servicer_rest_after_auction_two_pages", received=D(2026, 9, 16))
    return dict(stem="cr04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 競売 配当, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 under the name top-LEFT; "
                        "the servicer bought the guarantor's 求償債権 BEFORE the auction and demands what the 配当 left: a "
                        "one-row 3-column table 残元金（配当充当後） / 損害金 / ご請求額 (no interest); a kv block with 原債権者 "
                        "(the bank, as history), 譲渡人 (the guarantor → original), 代位弁済日, 喪失日, 債権譲受日; p.2 a "
                        "配当金充当明細書 (充当前 / 配当充当額 / 充当後, (ケ) case number, 売却代金) all distractors")


# ---------------------------------------------------------------------------------------------
# cr05 joint 債権譲渡通知 (consumer loan → real servicer), 2 pages (notice + 債権目録), scanned into an image PDF.


def cr05():
    R = 20.0
    issued, assign = D(2025, 12, 1), D(2025, 11, 21)
    acc, lastp = D(2025, 7, 1), D(2025, 3, 27)
    P, I = 412_650, 6_981
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, fw(era(issued)), size=10.5, align="r")
    p.y = 26
    p.line("〒920-0000　石川県金沢市あまね坂二丁目7番3号", size=10)
    p.line("万城目　亜美　殿", size=13)
    p.gap(3)
    x = 108
    for s, sz, f in (("通知人（譲渡人）", 9, "serif"), ("東京都新宿区しおり通四丁目2番1号", 9, "serif"),
                     ("ほまれファイナンス株式会社", 10.5, "serif-bold"), ("代表取締役　古在　一馬", 9.5, "serif")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(190, p.y - 8, 13, "round", "ほまれファイナンス|代表取締役印", angle=-5, seed=87051)
    p.gap(2)
    for s, sz, f in (("通知人（譲受人）", 9, "serif"), ("東京都港区愛宕九丁目9番1号", 9, "serif"),
                     ("アウロラ債権回収株式会社", 10.5, "serif-bold"), ("代表取締役　木庭　悠", 9.5, "serif"),
                     ("法務大臣許可番号第76号", 9, "serif")):
        p.line(s, x=x, size=sz, font=f)
    p.seal(190, p.y - 10, 13, "round", "アウロラ債権回収|代表取締役印", angle=4, seed=87052)
    p.gap(6)
    p.title("債権譲渡及び譲受通知書", size=16, font="serif-bold")
    p.para(f"譲渡人は、貴殿に対して有する別紙債権目録記載の債権（元金、利息、遅延損害金その他これに付帯する一切の権利を含む。）"
           f"を、{fw(era(assign))}付で譲受人に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知"
           "いたします。")
    p.para("つきましては、今後のお支払い、お問い合わせ及びご相談は、すべて譲受人宛てにお願いいたします。譲渡人に対してお支払い"
           "いただいても、弁済の効力は生じませんのでご注意ください。")
    p.para("なお、本通知は債権譲渡の事実をお知らせするものです。今後のお支払い方法につきましては、譲受人より別途ご案内いたします。")
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 32, 0.4))
    p.at(24, y + 7, "【譲受人お問い合わせ窓口】", size=10, font="serif-bold")
    for i, s in enumerate(["アウロラ債権回収株式会社　カスタマーセンター　担当　襟川",
                           "フリーダイヤル　0120-000-476　（受付時間　平日 9:00～18:00）",
                           "お客様番号　AU-25-118204　※お問い合わせの際にお伝えください。"]):
        p.at(24, y + 14 + i * 6, s, size=10)
    p.y = y + 38
    p.line("以上", align="r")
    q = Page(font="serif", size=10.5, top=20)
    q.title("債　権　目　録", size=15, font="serif-bold")
    q.gap(2)
    q.kv([("１　原契約", "金銭消費貸借契約（カードローン）"), ("　　契約日", fw("令和2年10月2日")),
          ("　　契約番号", "HF-0020-77103"), ("　　極度額", "金500,000円"), ("　　約定利率", "年17.8％"),
          ("　　遅延損害金", "年20.0％"), ("２　債務者", "万城目　亜美"),
          ("３　期限の利益喪失日", fw(era(acc))), ("４　最終弁済日", fw(era(lastp)))], x=24, label_w=52, size=10)
    q.gap(3)
    q.line(f"５　譲渡債権の額（{fw(era(assign))}現在）", x=24, size=10)
    q.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + ONE))}から{fw(era(assign))}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [112, 40], x=30, aligns="lr", size=10, row_h=7.5, ruled="grid")
    q.gap(3)
    q.line(f"６　債権譲渡日　{fw(era(assign))}", x=24, size=10)
    q.gap(2)
    q.para("上記元金に対し、譲渡日の翌日から完済まで年20.0％（年365日の日割計算）の割合による遅延損害金が発生します。", x0=24,
           size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-476", creditor="アウロラ債権回収株式会社", status="licensed",
               original="ほまれファイナンス株式会社", debtor="万城目亜美", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AU-25-118204", input_kind="pdf_scan",
               template="proxy87_joint_assignment_with_claim_schedule_scan", received=D(2025, 12, 3))
    return dict(stem="cr05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="assignment_notice (joint, consumer loan → real servicer, 2 pages)",
                unusual="joint 債権譲渡及び譲受通知書 scanned as a 2-page image PDF: the two 通知人 blocks stacked on the RIGHT "
                        "above the title with round seals, real servicer ★ アウロラ債権回収株式会社 「法務大臣許可番号第76号」; "
                        "the amounts ONLY on p.2 in a 債権目録 (label lines: 契約日, 契約番号, 極度額 50万, 約定利率 17.8％, "
                        "遅延損害金 20.0％, 喪失日, 最終弁済日) and a 4-row grid 元金 / 利息 / 遅延損害金 / 合計 as of the 譲渡日; "
                        "full-width era dates; informs only (no due date); お客様番号 in a boxed 問い合わせ窓口")


# ---------------------------------------------------------------------------------------------
# cr06 受託のお知らせ: real servicer collects a bank card loan for the bank; iPhone HEIC.


def cr06():
    R = 14.6
    issued, due, base, entrust = D(2026, 4, 13), D(2026, 4, 30), D(2026, 4, 10), D(2026, 4, 1)
    acc, lastp = D(2026, 1, 15), D(2025, 10, 6)
    P, I = 1_185_300, 21_472
    L = late(P, R, acc + ONE, base)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "ACS", size=18, font="sans-bold", color=ACS)
    p.at(37, 15.5, "エー・シー・エス債権管理回収株式会社", size=10.5, font="sans-bold", color=ACS)
    p.at(37, 20.5, "（法務大臣許可番号　第27号）", size=8)
    p.at(196, 16, f"発行日：{slash(issued)}", size=9, align="r")
    p.at(196, 21, "お客様番号：AC-260413-0582", size=9, align="r")
    p.add(Line(15, 25, 196, 25, 0.5, ACS))
    p.y = 30
    p.line("千葉県船橋市しおり台6-1-15", size=10, x=18)
    p.line("駒崎　俊介　様", size=13, x=22)
    p.gap(5)
    p.title("債権管理回収業務受託のお知らせ　兼　ご請求書", size=14)
    p.para(f"貴殿が株式会社しじま銀行（以下「委託者」といいます。）とご契約のカードローンにつきまして、当社は{slash(entrust)}付で"
           "委託者より債権の管理及び回収業務の委託を受けました。")
    p.para("本件債権の債権者は引き続き委託者であり、当社は委託者に代わってご請求・ご入金の受領を行います。つきましては、下記"
           "ご請求額を、お支払期限までに下記口座へ一括してお振込みください。")
    p.gap(2)
    p.line("■ご契約内容", size=10, font="sans-bold")
    p.kv([("委託者", "株式会社しじま銀行　カードローンセンター"), ("ご契約日", "2021/08/19"), ("ご契約極度額", "1,500,000円"),
          ("期限の利益喪失日", slash(acc)), ("最終ご返済日", slash(lastp)), ("受託日", slash(entrust))],
         x=22, label_w=40, sep="：", size=9.5)
    p.gap(2)
    p.line(f"■ご請求額（基準日 {slash(base)}）", size=10, font="sans-bold")
    p.table([["貸付残元金", f"{P:,}円"], ["約定利息", f"{I:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [90, 50], x=28, aligns="lr", size=10, row_h=7.5, ruled="rows")
    p.line("※基準日の翌日以降も、貸付残元金に対し年14.6％の遅延損害金が日々発生します。", x=28, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 168, 12, 0.7, ACS, (0.92, 0.97, 0.95)))
    p.at(27, y + 8, "お支払期限", size=11, font="sans-bold", color=ACS)
    p.at(62, y + 8.2, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.line("■お振込先", size=10, font="sans-bold")
    p.para("しじま銀行　船橋支店　普通　7305821　エーシーエスサイケンカンリカイシユウ（カ　※委託者名義の口座ではありません。",
           size=9.3, indent="　")
    p.gap(1)
    p.line("■お問い合わせ", size=10, font="sans-bold")
    p.para("エー・シー・エス債権管理回収株式会社　受託業務部　担当：小鹿　TEL 043-000-2727（平日9:00～18:00）", size=9.3,
           indent="　")
    p.para("委託者 しじま銀行へのお問い合わせ：0120-000-418（受託の事実の確認にご利用ください）", size=9.3, indent="　")
    p.gap(2)
    p.para("※お支払いが困難な場合は、お支払期限までにご相談ください。ご返済方法についてご案内いたします。", size=8.8, indent="")
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="株式会社しじま銀行", status="licensed", original="株式会社しじま銀行",
               debtor="駒崎俊介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="AC-260413-0582",
               input_kind="photo_heic", template="proxy87_real_servicer_entrusted_bank_cardloan_heic",
               received=D(2026, 4, 15))
    return dict(stem="cr06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.2, creases=2, glare=0.18, fill=0.84, warm=0.1),
                about="assignment_notice (受託通知 + demand, bank card loan)",
                unusual="iPhone HEIC on a dark cloth with a lamp glare; real servicer ★ エー・シー・エス債権管理回収株式会社 with "
                        "a Latin 「ACS」 logo and 「（法務大臣許可番号　第27号）」 in brackets; the bank stays creditor (= original); "
                        "label：value kv lines with slash dates (2026/04/13), 受託日 (not an assignment), 喪失日, 最終ご返済日, "
                        "ご契約極度額 1,500,000円; a rows-ruled 貸付残元金 / 約定利息 / 遅延損害金 / ご請求額合計 table with a "
                        "基準日 3 days before the letter; the bank's own free-dial as a distractor")


# ---------------------------------------------------------------------------------------------
# cr07 岐阜簡易裁判所 支払督促 (creditor a real servicer); one scanned page.

GF_CASE = "令和8年(ロ)第1042号"


def cr07():
    R = 14.6
    issued, filed = D(2026, 5, 19), D(2026, 5, 8)
    acc, lastp, assign = D(2025, 10, 3), D(2025, 6, 27), D(2026, 1, 16)
    P, I, C = 538_900, 9_415, 3_932
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ロ）第1042号')}　譲受債権支払督促事件", size=10)
    p.gap(3)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.add(Box(20, p.y, 170, 36, 0.4))
    yy = p.y + 6
    p.at(23, yy, "当事者の表示", size=9.5, font="serif-bold")
    for i, s in enumerate(["〒170-0000　東京都豊島区東池袋九丁目1番1号",
                           "債　権　者　　セゾン債権回収株式会社　　代表者代表取締役　杖田　隆",
                           "（送達場所）同社 中部オフィス　電話 052-000-3434　FAX 052-000-3435",
                           "〒500-0000　岐阜県岐阜市はやせ町二丁目5番9号",
                           "債　務　者　　熊代　春菜"]):
        p.at(26, yy + 6 + i * 5.5, s, size=9.8)
    p.y += 40
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言をする。",
           size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    for s in (f"１　金{P:,}円（譲受債権の残元金）", f"２　金{I:,}円（上記元金に対する期限の利益喪失日までの利息）",
              f"３　金{L:,}円（上記元金に対する{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％の割合による"
              "遅延損害金）",
              f"４　金{C:,}円（督促手続費用）", f"　　以上合計　金{T:,}円",
              f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金"):
        p.para(s, x0=24, x1=190, size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社あまねクレジット（以下「原債権者」という。）は、平成31年2月1日、債務者との間でカード利用契約を締結し、"
              "債務者は同契約に基づきキャッシングを利用した（利用限度額30万円のち80万円に増額）。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後にその後の支払をせず、{fw(era(acc))}の経過により期限の利益を失った。",
              f"３　原債権者は、{fw(era(assign))}、債権者に対し上記債権を譲渡し、同月20日、債務者にその旨を通知した。"):
        p.para(s, x0=24, x1=190, size=9.5, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　岐阜簡易裁判所　　裁判所書記官　田港　　智恵", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "岐阜簡易裁判所書記官印", seed=87071)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["◎この支払督促に対して不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "　できます（同封の督促異議申立書を使ってください）。",
                           "◎問い合わせ先　岐阜簡易裁判所　民事係　電話 058-000-2619",
                           f"　　申立日　{fw(era(filed))}　　　　　　　　　　　　　これは正本である。"]):
        p.at(23, y + 6 + i * 5, s, size=9)
    tr = truth(document_type="payment_order", sender="岐阜簡易裁判所", phone="058-000-2619",
               creditor="セゾン債権回収株式会社", status="licensed", original="株式会社あまねクレジット",
               debtor="熊代春菜", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=GF_CASE, input_kind="scan_png", template="proxy87_payment_order_gifu_kin_lines_scan",
               received=D(2026, 5, 22))
    return dict(stem="cr07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor)",
                unusual="a one-page 支払督促 of 岐阜簡裁, scanned: the full-width case number and 事件名 on one line top-LEFT; "
                        "a framed 当事者の表示 with the creditor ★ セゾン債権回収株式会社 (court paper, no licence) and its "
                        "送達場所 phone/FAX (distractors); 請求の趣旨 as numbered 金…円（…） lines with the amount FIRST and "
                        "the label in brackets, 「以上合計　金…円」 and the running item ５; 請求の原因 with 平成31年 contract, "
                        "利用限度額 30万円のち80万円 and the notice date 「同月20日」 as distractors")


# ---------------------------------------------------------------------------------------------
# cr08 福島簡易裁判所 仮執行宣言付支払督促, creditor an INVENTED servicer; 2 pages scanned to an image PDF.

FK_CASE = "令和8年(ロ)第516号"


def cr08():
    R = 18.0
    issued, order, served, filed = D(2026, 7, 6), D(2026, 6, 8), D(2026, 6, 11), D(2026, 5, 28)
    acc, lastp, assign = D(2025, 12, 10), D(2025, 8, 25), D(2026, 3, 31)
    P, I, C1, C2 = 921_700, 15_044, 5_212, 1_310
    L = late(P, R, acc + ONE, filed)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=11, top=22)
    p.at(196, 24, fw("令和8年（ロ）第516号"), size=10.5, align="r")
    p.y = 34
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(4)
    p.kv([("債　権　者", "白南風債権回収株式会社"), ("債　務　者", "千坂　大輔")], x=36, label_w=30, size=11)
    p.gap(4)
    p.para("当事者の住所等及び請求の趣旨・原因は、別紙記載のとおり。")
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"この支払督促は、{fw(era(order))}発付され、{fw(era(served))}債務者に送達されたが、債務者は法定の期間内に"
           "督促異議の申立てをしなかった。")
    p.para(f"よって、債権者の申立てにより、仮執行の宣言をする。仮執行宣言の手続費用は金{C2:,}円とする。")
    p.gap(8)
    p.line(f"　　　{fw(era(issued))}", size=11)
    p.line("　　　福島簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　當銘　　健司", size=11)
    p.seal(160, p.y - 6, 15, "square", "福島簡易裁判所書記官印", seed=87081)
    p.gap(12)
    y = p.y
    p.add(Box(20, y, 170, 44, 0.5))
    p.add(Box(20, y, 170, 8, 0.5, (0, 0, 0), SHADE))
    p.at(105, y + 5.7, "この書面を受け取った方へ", size=10.5, font="serif-bold", align="c")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、当裁判所に",
                           "　　督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、強制執行が当然に止まるわけではありません（執行停止の申立てが必要です）。",
                           "３　分割払いなどの相談は債権者に直接してください。",
                           "　　問い合わせ先　福島簡易裁判所　民事督促係　電話 024-000-5160"]):
        p.at(24, y + 15 + i * 6, s, size=9.3)
    q = Page(font="serif", size=10.5, top=18)
    q.line("別　紙", size=11, font="serif-bold")
    q.line("当事者目録", size=11, font="serif-bold", align="c")
    q.table([["債権者", "〒980-0000　仙台市青葉区白南風町三丁目2番8号"],
             ["", "白南風債権回収株式会社　代表者代表取締役　長曽我　聡"],
             ["", "（送達場所）同所　電話 022-000-8241"],
             ["債務者", "〒960-0000　福島県福島市ゆうづき町五丁目3番11号　千坂　大輔"]],
            [22, 148], x=20, aligns="ll", size=9.5, row_h=7, ruled="outer")
    q.gap(4)
    q.line("請求の趣旨", size=11, font="serif-bold", align="c")
    q.table([["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　利息", f"{I:,}"],
             [f"３　遅延損害金（{era(acc + ONE)}から{era(filed)}まで年18％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [126, 44], x=20, header=True, aligns="lr", size=9.8, row_h=7.2)
    q.para(f"６　上記１の金額に対する{era(filed + ONE)}から完済まで年18％の割合による遅延損害金", x0=22, x1=190, size=9.5,
           indent="")
    q.gap(3)
    q.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　天音ローン株式会社（原債権者）は、令和4年4月12日、債務者との間で、極度額100万円、利率年15.0％、"
              "遅延損害金年18％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は{era(assign)}、上記債権を債権者に譲渡し、同年4月3日到達の書面で債務者に通知した。"):
        q.para(s, x0=22, x1=190, size=9.5, indent="")
    q.gap(3)
    q.line(f"申立年月日　{era(filed)}", size=9.5, x=22)
    tr = truth(document_type="payment_order_enforceable", sender="福島簡易裁判所", phone="024-000-5160",
               creditor="白南風債権回収株式会社", status="unverified", original="天音ローン株式会社", debtor="千坂大輔",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=FK_CASE,
               input_kind="pdf_scan", template="proxy87_enforceable_fukushima_invented_servicer_scan",
               received=D(2026, 7, 8))
    return dict(stem="cr08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.2,
                about="payment_order_enforceable (簡裁, invented servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of 福島簡裁 scanned into a 2-page image PDF: p.1 the order date 6/8, its 送達 6/11 "
                        "and the 仮執行宣言 date 7/6 (= issued), the 仮執行 cost only in a sentence; a shaded 「この書面を受け取"
                        "った方へ」 box with the court phone; p.2 当事者目録 with the INVENTED servicer 白南風債権回収 (court "
                        "paper → unverified) and its 送達場所 phone, a ruled 請求の趣旨 table with a 金額（円） header and TWO "
                        "cost rows (督促手続費用 + 仮執行宣言の手続費用 → costs), 極度額100万円 / 15.0％ in the 請求の原因")


LETTERS = [cr01, cr02, cr03, cr04, cr05, cr06, cr07, cr08]
