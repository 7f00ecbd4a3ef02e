"""Proxy set 72, letters cc09–cc16: "layouts a stranger would use". A guarantor's 代位弁済通知 whose labels sit in shaded
boxes with the values in the next box, a servicer's 和解 proposal by fax with the total twice (summary box and table), a
bank's 最終催告 by fax whose principal is only in a 千円 table, a 縦書き joint 譲渡通知 to an invented servicer, an invented
servicer's 督促状 with its seal stamped over its name (photo), a scam 通達書 (photo), an auto-credit 一括請求 with label-
above-value boxes and the total twice (HEIC), and a servicer's 完済のお知らせ photographed sideways."""

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
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
INDIGO = (0.20, 0.18, 0.45)
BROWN = (0.45, 0.28, 0.10)


def one(x: D) -> D:
    return x + timedelta(1)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def cell(p, x, y, w, h, label, value, vsize=11.0, lsize=7.5, align="l", font="sans", bold=False, color=(0, 0, 0)):
    p.add(Box(x, y, w, h, 0.3))
    p.at(x + 1.5, y + 1.2 + lsize * 0.3528, label, size=lsize, color=GRAY)
    vx = {"l": x + 2.5, "r": x + w - 2.5, "c": x + w / 2}[align]
    p.at(vx, y + h - 2.2, value, size=vsize, font=font + ("-bold" if bold else ""), align=align, color=color)


# ---------------------------------------------------------------------------------------------
# cc09 guarantee company 代位弁済 notice: every label in a SHADED box, its value in the NEXT box (a 4-column grid).


def cc09():
    R = 14.6
    issued, due = D(2025, 12, 15), D(2026, 1, 9)
    subro, acc, lastp = D(2025, 11, 25), D(2025, 10, 6), D(2025, 7, 7)
    S = 1_536_118
    L = late(S, R, one(subro), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "かいよう信用保証株式会社", size=13, font="sans-bold", color=TEAL)
    p.at(15, 25, "（株式会社かいよう銀行グループ）", size=8, color=TEAL)
    p.y = 34
    p.line("〒890-0000　鹿児島県鹿児島市山桜桃町九丁目9番9号", size=10)
    p.line("三戸部　和也　様", size=13.5)
    p.gap(7)
    p.title("代位弁済のお知らせ及び求償金のご請求", size=14.5)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para("お客様が株式会社かいよう銀行からお借入れのカードローンにつきましては、当社が保証しておりましたが、お客様が期限の"
           "利益を喪失されたため、当社は保証契約に基づき、同行に対しお客様に代わって残債務を弁済（代位弁済）いたしました。"
           "これにより、お客様に対する下記の求償債権を当社が取得いたしましたので、お知らせいたします。", size=9.8)
    p.para("つきましては、下記ご請求額合計を、お支払期限までに一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(3)
    rows = [["お客様番号", "KY-3310-0562", "発行日", era(issued)],
            ["主たる債務", "かいよう銀行カードローン", "ご利用限度額", "2,000,000円"],
            ["最終ご返済日", era(lastp), "期限の利益喪失日", era(acc)],
            ["代位弁済日", era(subro), "代位弁済額", f"{S:,}円"],
            ["求償元金", f"{S:,}円", "損害金（年14.6％）", f"{L:,}円"],
            ["ご請求額合計", f"{T:,}円", "お支払期限", f"{era(due)}（{wd(due)}）"]]
    y = grid(p, 15, p.y, [30, 60.5, 30, 60.5], rows, h=9.5, size=10, lsize=8.8, bold={(5, 1), (5, 3)})
    p.y = y + 2
    p.line(f"※損害金は、求償元金に対し代位弁済日の翌日（{era(one(subro))}）から発行日まで年14.6％（日割）で計算しています。",
           x=15, size=8.2)
    p.line("※代位弁済額には、代位弁済日までの銀行の利息・損害金が含まれています。", x=15, size=8.2)
    p.gap(3)
    p.line("お振込先", size=10, font="sans-bold")
    p.para("かいよう銀行 本店営業部 普通預金 3310562 カイヨウシンヨウホシヨウ（カ　※お振込人名の前にお客様番号をご入力ください。",
           size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, TEAL, (0.93, 0.97, 0.97)))
    for i, s in enumerate(["一括でのお支払いが困難なお客様は、お支払期限までにご相談ください。ご相談がないまま期限を過ぎた場合、",
                           "法的手続に移行することがあります。なお、当社は保証会社であり、債権回収会社ではありません。",
                           "お問合せ　かいよう信用保証株式会社 管理部　電話 099-000-5620（平日 9:00～17:00）担当 小角"]):
        p.at(19, y + 7 + i * 6, s, size=8.8)
    p.y = y + 28
    p.line("〒892-0000 鹿児島県鹿児島市燈籠町九丁目9番9号　かいよう信用保証株式会社", size=8.5, x=15)
    p.seal(186, 22, 13, "square", "かいよう信用保証印", angle=2, seed=72091)
    tr = truth(document_type="acceleration_notice", sender="かいよう信用保証株式会社", phone="099-000-5620",
               creditor="かいよう信用保証株式会社", status="not_applicable", original="株式会社かいよう銀行",
               debtor="三戸部和也", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="KY-3310-0562",
               input_kind="scan_png", template="proxy72_guarantor_subrogation_shaded_label_grid",
               received=D(2025, 12, 17))
    return dict(stem="cc09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="acceleration_notice (guarantee company 代位弁済, card loan)",
                unusual="a bank group's guarantee company, scanned; all facts in a 6-row, 4-column GRID where every label is "
                        "in a SHADED box and its value in the NEXT box (two pairs per row), so the date of issue, the "
                        "お客様番号, the limit, the last payment, 喪失, 代位弁済日, 代位弁済額, 求償元金, 損害金（年14.6％）, "
                        "the total and the due date are all grid cells; 代位弁済額 and 求償元金 are the same number in two "
                        "cells; ご利用限度額 2,000,000円 as a distractor; 「当社は…債権回収会社でもありません」")


# ---------------------------------------------------------------------------------------------
# cc10 エー・シー・エス債権管理回収 (real) 和解 proposal by fax: the total TWICE (summary box and table).


def cc10():
    R = 14.6
    issued, due = D(2026, 3, 18), D(2026, 4, 3)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 5, 12), D(2025, 2, 10)
    P, I = 318_660, 9_412
    L = late(P, R, one(acc), issued)
    T = P + I + L
    S, N = 250_000, 10
    assert S == 25_000 * N
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "FAX送信のご案内", size=9, color=GRAY)
    p.at(196, 19, f"送信日 {jis(issued)}　1/1", size=9, align="r")
    p.y = 24
    p.line("小鳥谷　葵　様", size=13)
    p.line("お客様番号　AC-5530-1207", size=9.5)
    p.at(196, 30, "エー・シー・エス債権管理回収株式会社", size=11, font="sans-bold", align="r")
    p.at(196, 35, "（法務大臣許可番号　第27号）", size=8.5, align="r")
    p.at(196, 40, "TEL 0120-000-270　FAX 043-000-2271", size=8.5, align="r")
    p.y = 48
    p.title("ご返済条件のご提案（和解のご案内）", size=14.5)
    y = p.y
    p.add(Box(30, y, 150, 17, 1.0))
    p.at(36, y + 7, "現在のご債務総額", size=10.5, font="sans-bold")
    p.at(36, y + 13, f"（{era(issued)}現在）", size=8.5)
    p.at(174, y + 11.5, f"{T:,}円", size=18, font="sans-bold", align="r")
    p.y = y + 22
    p.para(f"当社は、株式会社笹舟クレジットからお客様に対する債権を{era(assign)}付で譲り受け、管理・回収を行っております。"
           "先日お電話でご相談いただいた内容をふまえ、下記のとおり一部免除による和解をご提案いたします。", size=9.8)
    p.gap(1)
    p.line("１．現在のご債務の内訳", size=10.5, font="sans-bold")
    p.table([["項目", "金額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（{jis(one(acc))}～{jis(issued)}　年14.6％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [110, 46], x=27, header=True, aligns="lr", size=9.8, row_h=7.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    for s in (f"・和解金額　{S:,}円（上記合計額との差額 {T - S:,}円 は、約定どおりお支払いいただいた場合に免除いたします）",
              f"・お支払方法　毎月27日限り 25,000円 × {N}回（第1回 令和8年4月27日、最終回 令和9年1月27日）",
              "・2回分（50,000円）以上のお支払いを怠った場合は、免除は取り消され、合計額から既払金を控除した残額を一括して"
              "お支払いいただきます。"):
        p.para(s, x0=27, x1=190, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(27, y, 156, 12, 1.2))
    p.at(31, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(64, y + 8.3, f"{era(due)}（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("ご提案に同意いただける場合は、同封の和解書（2通）にご署名・ご捺印のうえ、ご回答期限までにご返送ください。"
           "FAXでのご返信も受け付けております（FAX 043-000-2271）。期限までにご回答がない場合、本提案は失効します。", size=9.3)
    p.gap(2)
    p.kv([("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("原債権者", "株式会社笹舟クレジット（カード会員契約）"),
          ("ご担当", "債権管理部 第三グループ　鍜冶屋敷")], x=27, label_w=36, size=9.3)
    p.gap(2)
    p.line("〒261-0000 千葉県千葉市美浜区はやせ川町九丁目9番9号　エー・シー・エス債権管理回収株式会社", size=8.3, x=27)
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-270", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社笹舟クレジット", debtor="小鳥谷葵", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AC-5530-1207", input_kind="fax_tiff",
               template="proxy72_servicer_settlement_total_twice_fax", received=issued)
    return dict(stem="cc10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:02 ACS SAIKEN 043-000-2271",
                about="settlement_proposal (real servicer, 一部免除, one-page fax)",
                unusual="one-page G4 fax; real servicer ★ エー・シー・エス債権管理回収株式会社 with 「（法務大臣許可番号　"
                        "第27号）」 in a right-aligned sender block; the TOTAL TWICE: a heavy summary box 「現在のご債務総額」 at "
                        "the top and again as the 合計 row of the 内訳 table; JIS dates R8.3.18 in the 送信日 and in the damage "
                        "window; the proposal (和解金額 250,000円, 25,000円 × 10, the 差額, the 50,000円 default threshold, "
                        "first and last instalment dates) as distractors; ご回答期限 …必着 in a heavy frame (= payment_due); "
                        "TEL and FAX on one line and the FAX again in the prose")


# ---------------------------------------------------------------------------------------------
# cc11 bank 最終催告 to a sole proprietor by fax: the principal ONLY in a 千円 table; 2 pages.


def cc11():
    R = 14.0
    issued, due = D(2026, 5, 11), D(2026, 5, 25)
    acc, lastp = D(2026, 4, 20), D(2026, 1, 30)
    loans = [("101-0338", "証書貸付", D(2018, 9, 28), 10_000, 4_620), ("101-0415", "証書貸付", D(2021, 7, 30), 8_000, 5_840),
             ("102-0022", "当座貸越（極度）", D(2023, 4, 3), 3_000, 2_500)]
    Pk = sum(r[4] for r in loans)
    P = Pk * 1000
    I = 48_117
    L = late(P, R, one(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(196, 25.5, "取引先番号　KM-0047-215", size=9.5, align="r")
    p.y = 24
    p.line("大豆本製作所", size=10.5)
    p.line("代表　大豆本　隆　様", size=13)
    p.line("（FAX 0299-00-4471）", size=8.5, color=GRAY)
    p.gap(5)
    p.title("最終催告書", size=17, font="serif-bold", spaced=True)
    p.para(f"貴殿に対する当行ご融資につきましては、{era(lastp)}のご返済を最後にご返済がなく、再三のご連絡にもかかわらず"
           f"ご入金をいただけないため、銀行取引約定書の定めにより、{era(acc)}をもって全てのご融資について期限の利益を"
           "喪失されております。")
    p.para("つきましては、下記の残元金合計に、未収利息及び遅延損害金を加えた金額を、お支払期限までに一括してお支払いください。"
           "本書は最終のご催告です。期限までにお支払い又はご相談がない場合は、ご担保の処分及び法的手続に着手いたします。")
    p.gap(2)
    p.line("１．ご融資残高明細", size=10.5, font="serif-bold")
    rows = [["融資番号", "種類", "実行日", "当初融資額", "残元金"]]
    rows += [[n, kind, f"{d.year}.{d.month:02d}.{d.day:02d}", f"{a:,}", f"{b:,}"] for n, kind, d, a, b in loans]
    rows.append(["合　計", "", "", f"{sum(r[3] for r in loans):,}", f"{Pk:,}"])
    p.table(rows, [28, 38, 30, 36, 36], x=18, header=True, aligns="llcrr", size=9.8, row_h=7.8)
    p.line("（単位：千円）", x=161, size=9)
    p.gap(1)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="serif-bold")
    for lab, val in (("上記残元金合計", "（上表のとおり）"), (f"未収利息（{era(acc)}まで）", f"{I:,}円"),
                     (f"遅延損害金（{era(one(acc))}から年14.0％）", f"{L:,}円")):
        b = p.line(lab, x=26, size=10)
        p.at(186, b, val, size=10, align="r")
    p.add(Line(26, p.y + 0.3, 186, p.y + 0.3, 0.4))
    p.gap(1.5)
    b = p.line("ご請求金額合計", x=26, size=11, font="serif-bold")
    p.at(186, b, f"{T:,}円", size=12, font="serif-bold", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 172, 11, 0.8))
    p.at(22, y + 7.5, "お支払期限", size=11, font="serif-bold")
    p.at(56, y + 7.8, f"{era(due)}（{wd(due)}）", size=12, font="serif-bold")
    p.y = y + 15
    p.para("※当座貸越の極度額 3,000千円 は、期限の利益喪失により解約となっております。連帯保証人 大豆本 久美子 様にも同日付"
           "で通知しております。", size=9, indent="")
    p.gap(2)
    for s, sz, f in (("株式会社黒松原銀行　融資管理部", 10.5, "serif-bold"),
                     ("〒310-0000 茨城県水戸市黒松原九丁目9番9号", 9, "serif"),
                     ("TEL 029-000-6611　FAX 029-000-6612　担当 鳥巣", 9.5, "serif")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(188, p.y - 12, 12, "square", "黒松原銀行融資管理部長印", angle=-3, seed=72111)
    q = Page(font="serif", size=10.5, top=18)
    q.title("ご返済についてのご相談票", size=15, font="serif-bold")
    q.para("ご相談を希望される場合は、本票にご記入のうえ、お支払期限までに FAX 029-000-6612 へご返信ください。担当者より"
           "ご連絡いたします。", size=10)
    q.gap(3)
    for lab in ("お名前", "ご連絡先電話番号", "ご連絡のつく時間帯", "毎月のご返済可能額", "ご担保物件の処分についてのご意向",
                "その他ご相談内容"):
        y = q.y
        q.add(Box(18, y, 172, 15 if lab != "その他ご相談内容" else 40, 0.3))
        q.add(Box(18, y, 50, 15 if lab != "その他ご相談内容" else 40, 0.0, None, SHADE))
        q.at(21, y + 9, lab, size=9.5)
        if lab == "毎月のご返済可能額":
            q.at(186, y + 9, "円", size=10, align="r")
        q.y = y + (15 if lab != "その他ご相談内容" else 40)
    q.gap(4)
    q.line("取引先番号　KM-0047-215　　株式会社黒松原銀行 融資管理部 行", size=10, x=18)
    tr = truth(document_type="collection_notice", sender="株式会社黒松原銀行", phone="029-000-6611",
               creditor="株式会社黒松原銀行", status="not_applicable", debtor="大豆本隆", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KM-0047-215", input_kind="fax_tiff",
               template="proxy72_bank_final_demand_thousands_table_fax", received=issued)
    return dict(stem="cc11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:48 KUROMATSUBARA BK 029-000-6612",
                about="collection_notice (bank 最終催告 to a sole proprietor, 2-page fax)",
                unusual="2-page G4 fax of a bank to a sole proprietor (the shop name above 「代表　…様」 and the addressee's "
                        "own FAX number); the PRINCIPAL appears ONLY in a 千円 table (「（単位：千円）」 under it): three "
                        "loans with 融資番号 / 種類 / dot dates / 当初融資額 / 残元金 and a 合計 row 12,960 (= 12,960,000円), "
                        "while 未収利息, 遅延損害金 and the ご請求金額合計 are in yen and the 残元金 line says only "
                        "「（上表のとおり）」; 当初融資額, the 3,000千円 極度 and the guarantor's name as distractors; p.2 a "
                        "blank ご相談票 to fax back")


# ---------------------------------------------------------------------------------------------
# cc12 縦書き joint 債権譲渡通知 (loan company → invented servicer 風花債権回収 第二四六号), scanned.


def cc12():
    R = 18.0
    issued, assign, acc, lastp = D(2025, 11, 14), D(2025, 10, 31), D(2025, 5, 26), D(2025, 2, 25)
    P, I = 863_200, 11_479
    L = late(P, R, one(acc), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "譲渡人株式会社小春日ローン（以下「譲渡人」という。）は、貴殿に対して有する左記債権を、"
                 f"{kdate(assign)}付で、譲受人風花債権回収株式会社（以下「譲受人」という。）に譲渡いたしました。"),
        ("body", "よって、譲渡人及び譲受人は、連名をもって本書によりその旨を通知いたします。今後の本件債権に関するお支払い"
                 "及びお問合せは、すべて譲受人に対して行ってください。"),
        ("indent", "記"),
        ("indent", "一　原契約　平成三十一年三月十五日付金銭消費貸借契約（極度方式基本契約）"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲渡債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　{kyen(L)}（年十八パーセント）"),
        ("plain", f"　　合計　　　　{kyen(T)}"),
        ("indent", "五　お客様番号　ＦＫ－２５１１３７"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）東京都新宿区梓川通九丁目九番九号"),
        ("low", "株式会社小春日ローン　代表取締役　鶴蒔　道隆"),
        ("low", "（譲受人）東京都台東区白鷺坂九丁目九番九号"),
        ("low", "風花債権回収株式会社　代表取締役　鮭延　光"),
        ("low", "法務大臣許可番号第二四六号"),
        ("low", "電話　〇三（〇〇〇〇）二四六一"),
        ("blank", ""),
        ("low", "静岡県浜松市中区菜の花台九丁目九番九号"),
        ("low", "粒来　美和子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 72121))
    em = size * 0.3528 * 1.05
    for key, txt, sd in (("小春日ローン　代表", "小春日ローン|代表/取締役", 72122), ("風花債権回収株式会社　代表", "風花債権回収|代表/取締役", 72123)):
        col = [it for it in pg.items if isinstance(it, VText) and key in it.s][0]
        pg.items.append(Seal(col.x, col.y + (len(col.s) + 1.5) * em, 10, "round", txt, angle=-6, seed=sd))
    tr = truth(document_type="assignment_notice", sender="風花債権回収株式会社", license_number=246,
               phone="03-0000-2461", creditor="風花債権回収株式会社", status="unverified", original="株式会社小春日ローン",
               debtor="粒来美和子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="FK-251137",
               input_kind="vertical_scan", template="proxy72_vertical_joint_assignment_invented_servicer",
               received=D(2025, 11, 18))
    return dict(stem="cc12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (joint, loan company → invented servicer, 縦書き)",
                unusual="縦書き joint 債権譲渡通知書 with the 内容証明 stamp, scanned; the INVENTED servicer 「風花債権回収株式会社」 "
                        "prints its licence in KANJI digits 「法務大臣許可番号第二四六号」 (→ 246, unverified) and its phone in "
                        "kanji digits 〇三（〇〇〇〇）二四六一; the amounts as an indented sub-list under item 四 in positional "
                        "kanji with 年十八パーセント after the damages; the 平成三十一年 contract; the お客様番号 as item 五 in "
                        "full-width ＦＫ－２５１１３７; two round seals left of the two notifier columns")


# ---------------------------------------------------------------------------------------------
# cc13 invented servicer 月読債権回収 督促状, phone photo: the round seal stamped OVER the company name.


def cc13():
    R = 14.6
    issued, due = D(2026, 5, 18), D(2026, 6, 1)
    assign, acc, lastp = D(2026, 3, 27), D(2025, 12, 15), D(2025, 9, 12)
    P, I = 214_880, 3_906
    L = late(P, R, one(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(0, 0, 210, 9, color=None, fill=INDIGO))
    p.at(105, 6.3, "重要なお知らせ　必ずご確認ください", size=9, color=WHITE, align="c", font="sans-bold")
    p.at(196, 18, f"通知日：{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "ご契約者番号：TY-0518-2236", size=9.5, align="r")
    p.y = 20
    p.line("〒940-0000　新潟県長岡市皐月通九丁目9番9号", size=10)
    p.line("日景　拓海　様", size=14)
    p.gap(9)
    p.title("督　促　状", size=18, color=INDIGO)
    p.para(f"当社は、{era(assign)}付で株式会社琥珀クレジットからお客様に対する債権を譲り受けました。その旨のご通知を"
           "お送りしておりますが、現在までにお支払いもご連絡もいただいておりません。")
    p.para(f"つきましては、下記のご請求金額を{era(due)}（{wd(due)}）までに一括してお支払いください。")
    p.gap(3)
    p.table([["ご請求の内訳", "金額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
             [f"遅延損害金（年14.6％　{era(one(acc))}～）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [112, 55], x=22, header=True, aligns="lr", size=10.5, row_h=9)
    p.gap(4)
    p.kv([("原債権者", "株式会社琥珀クレジット"), ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("債権譲受日", era(assign)), ("お振込先", "あさぎ湾銀行 長岡支店 普通 5182236 ツクヨミサイケンカイシユウ（カ")],
         x=22, label_w=36, size=10)
    p.gap(4)
    p.para("お支払いが困難な場合も、必ず期限までにご連絡ください。分割でのお支払いについてご相談を承ります。"
           "ご連絡のない場合は、法的手続を検討せざるを得ませんのでご了承ください。", size=10)
    p.gap(8)
    y = p.y
    p.at(100, y, "〒950-0000 新潟県新潟市中央区鈴蘭通九丁目9番9号", size=9)
    p.at(100, y + 10, "月読債権回収株式会社", size=15, font="sans-bold")
    p.at(100, y + 16, "法務大臣許可番号　第249号", size=9)
    p.at(100, y + 22, "お客様窓口 025-000-2490（平日10時～18時）", size=9.5)
    # the round company seal pressed right over the name
    p.seal(140, y + 7, 18, "round", "月読債権回収株式会社|代表/取締役", angle=-14, seed=72131)
    tr = truth(document_type="collection_notice", sender="月読債権回収株式会社", license_number=249,
               phone="025-000-2490", creditor="月読債権回収株式会社", status="unverified",
               original="株式会社琥珀クレジット", debtor="日景拓海", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="TY-0518-2236", input_kind="photo_jpeg",
               template="proxy72_invented_servicer_seal_over_name_photo", received=D(2026, 5, 20))
    return dict(stem="cc13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=3.0, creases=2, shadow=0.2, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="collection_notice (invented servicer 督促状, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; INVENTED servicer "
                        "「月読債権回収株式会社」 with 「法務大臣許可番号　第249号」 (→ unverified) only in the sender block at "
                        "the bottom right, where a big round red company SEAL is stamped RIGHT OVER the company name; an "
                        "indigo 重要 band across the top edge; colon labels top right (通知日： / ご契約者番号：); a 内訳 "
                        "table whose damage row gives only the start of the window")


# ---------------------------------------------------------------------------------------------
# cc14 SCAM 「民事訴訟最終通達書」 from a fake 債権通知センター with a fake licence, phone photo.


def cc14():
    issued, due = D(2026, 5, 25), D(2026, 5, 28)
    T = 68_400
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 15, 12, "最終通告", size=13, fill=RED)
    stamp(p, 48, 12, "親展", size=13)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "通知番号　NK-5525", size=10, align="r")
    p.y = 30
    p.line("畠中　良枝　様", size=14)
    p.gap(6)
    p.title("民事訴訟最終通達書", size=19, color=RED)
    p.para("この度、貴方様がご契約された「総合動画配信サービス」の未納料金につきまして、契約会社から当センターに債権が"
           "移行されました。再三の通知にもかかわらずご連絡がないため、契約会社は民事訴訟の準備に入りました。")
    p.para("本通達書到着後、下記期限までにご連絡がない場合、原告側の主張が全面的に認められ、給与・預貯金・不動産の差押え"
           "（強制執行）が執行されます。なお、ご連絡をいただければ、訴訟の取下げが可能です。")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 36, 1.0, RED))
    p.at(28, y + 9, "未納料金（延滞金・訴訟取下げ手数料を含む）", size=10.5)
    p.at(182, y + 19, f"￥{T:,}", size=22, font="sans-bold", align="r", color=RED)
    p.at(28, y + 30, f"ご連絡期限　{due.month}月{due.day}日（{wd(due)}）正午まで", size=12, font="sans-bold")
    p.y = y + 42
    p.para("※期限を過ぎますと、執行官が貴方様のご自宅及び勤務先へ伺うことになります。ご家族・勤務先に知られずに解決を"
           "ご希望の方は、至急下記までお電話ください。", size=10)
    p.para("※ご相談は本人に限ります。弁護士・消費生活センター等への相談は、手続きが複雑になるためお控えください。", size=10)
    p.gap(6)
    y = p.y
    p.add(Box(22, y, 166, 40, 0.4))
    for i, (s, sz, f) in enumerate((("株式会社日本総合債権通知センター", 14, "sans-bold"),
                                    ("法務省認可　法務大臣許可番号第262号", 10, "sans"),
                                    ("東京都千代田区霞が関（民事訴訟受付課）", 9.5, "sans"),
                                    ("担当直通　090-0000-6214　（土日祝も受付 9時～20時）", 11, "sans-bold"))):
        p.at(28, y + 9 + i * 8.5, s, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社日本総合債権通知センター", license_number=262,
               phone="090-0000-6214", creditor=None, status="not_licensed", debtor="畠中良枝", total=T, lump=False,
               issued=issued, payment_due=due, reference="NK-5525", is_scam=True, input_kind="photo_jpeg",
               template="proxy72_scam_civil_suit_final_notice_photo", received=None)
    return dict(stem="cc14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.5, creases=2, fill=0.8, warm=0.3, glare=18),
                about="other (scam 民事訴訟最終通達書)",
                unusual="架空請求 photographed on wood from a steep angle with a lamp glare: filled red 最終通告 and framed "
                        "親展 stamps; 「民事訴訟最終通達書」 for an unpaid 「総合動画配信サービス」 whose 債権 was "
                        "「移行」 to the sender (no creditor named); ONE amount ￥68,400 incl. 「訴訟取下げ手数料」; a "
                        "three-day deadline with month/day only; threats of 差押え and an 執行官 visit; 「法務省認可　法務大臣"
                        "許可番号第262号」 (fake → not_licensed); 霞が関 without a number; only a 090 担当直通; "
                        "「弁護士・消費生活センター等への相談は…お控えください」")


# ---------------------------------------------------------------------------------------------
# cc15 auto-credit 一括請求 (HEIC): label-above-value boxes and the total TWICE (summary box and table).


def cc15():
    R = 14.6
    issued, due = D(2026, 3, 23), D(2026, 4, 6)
    acc, lastp = D(2026, 2, 27), D(2025, 11, 27)
    P, I = 1_092_600, 22_040
    L = late(P, R, one(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 12, color=None, fill=BROWN))
    p.at(20, 20.5, "風見鶏オートクレジット", size=14, font="sans-bold", color=WHITE)
    p.at(191, 20.5, "オートローン債権管理センター", size=9, color=WHITE, align="r")
    p.y = 30
    p.line("〒420-0000　静岡県静岡市葵区卯月台九丁目9番9号", size=10)
    p.line("三股　智也　様", size=14)
    p.gap(5)
    y = p.y
    cell(p, 15, y, 45, 14, "お客様番号", "FA-26-03327")
    cell(p, 60, y, 45, 14, "ご契約日", era(D(2022, 9, 10)))
    cell(p, 105, y, 46, 14, "お車の登録番号", "静岡 300 ね 12-07", vsize=10)
    cell(p, 151, y, 45, 14, "発行日", era(issued))
    p.y = y + 19
    p.title("残債務一括お支払いのご請求", size=15, color=BROWN)
    y = p.y
    p.add(Box(15, y, 181, 20, 1.0, BROWN, (0.98, 0.95, 0.91)))
    p.at(20, y + 8.5, "ご請求金額（合計）", size=11, font="sans-bold")
    p.at(20, y + 15, f"お支払期限　{era(due)}（{wd(due)}）", size=10.5, font="sans-bold", color=RED)
    p.at(190, y + 13.5, f"{T:,}円", size=19, font="sans-bold", align="r")
    p.y = y + 25
    p.para(f"お客様のオートローン（立替払契約）につきましては、{era(lastp)}のお支払いを最後にご入金がなく、当社からの催告にも"
           f"お支払いがなかったため、{era(acc)}をもって期限の利益を喪失されました。", size=9.8)
    p.para("つきましては、残債務の全額を上記お支払期限までに一括してお支払いください。期限までにお支払いがない場合は、所有権"
           "留保に基づきお車を引き揚げさせていただくことがあります。", size=9.8)
    p.gap(2)
    y = p.y
    cell(p, 15, y, 60, 14, "残元金（立替金残高）", f"{P:,}円", align="r")
    cell(p, 75, y, 60, 14, "未払分割手数料", f"{I:,}円", align="r")
    cell(p, 135, y, 61, 14, f"遅延損害金（{one(acc).month}/{one(acc).day}～ 年14.6％）", f"{L:,}円", align="r")
    y += 14
    p.add(Box(15, y, 181, 11, 0.6, None, SHADE))
    p.at(20, y + 7.5, "合計（ご請求金額）", size=10.5, font="sans-bold")
    p.at(192, y + 7.8, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 16
    p.kv([("お振込先", "かいよう銀行 静岡支店 普通預金 7033270 カザミドリオートクレジツト（カ"),
          ("ご参考", "ご契約時お支払総額 1,986,000円　毎月のお支払額 33,100円（60回）　お車の名称 ミニバン 2.0L")],
         x=15, label_w=22, size=9.3)
    p.gap(4)
    for s, sz, f in (("株式会社風見鶏オートクレジット　オートローン債権管理センター", 10, "sans-bold"),
                     ("〒420-0000 静岡県静岡市葵区赤煉瓦通九丁目9番9号", 8.8, "sans"),
                     ("お問合せ 0120-000-815（平日 9:00～18:00）", 10, "sans-bold")):
        p.line(s, x=70, size=sz, font=f)
    qr(p, 15, p.y - 20, 18, "cc15")
    tr = truth(document_type="collection_notice", sender="株式会社風見鶏オートクレジット", phone="0120-000-815",
               creditor="株式会社風見鶏オートクレジット", status="not_applicable", debtor="三股智也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="FA-26-03327", input_kind="photo_heic",
               template="proxy72_auto_credit_lump_sum_boxes_total_twice", received=D(2026, 3, 25))
    return dict(stem="cc15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, glare=20, fill=0.85, warm=0.2),
                about="collection_notice (auto-credit company 一括請求, HEIC)",
                unusual="iPhone HEIC on tatami with creases and a lamp glare; a brown band with the brand 「風見鶏オートクレジット」 "
                        "(the legal name 株式会社… only at the foot); four LABEL-ABOVE-VALUE boxes (お客様番号 / ご契約日 "
                        "令和4年 / お車の登録番号 / 発行日); the TOTAL TWICE: a summary box with the due date in red under it "
                        "and again as 「合計（ご請求金額）」 under three label-above-value amount boxes (残元金（立替金残高） / "
                        "未払分割手数料 / 遅延損害金 with 「3/1～ 年14.6％」 in the label); ご契約時お支払総額 1,986,000円, "
                        "33,100円 × 60回 and the plate number as distractors; a QR")


# ---------------------------------------------------------------------------------------------
# cc16 ニッテレ債権回収 (real) ご完済のお知らせ: claims nothing; phone photo stored sideways (EXIF 6).


def cc16():
    issued, paid, assign, settled = D(2026, 4, 9), D(2026, 3, 31), D(2023, 11, 30), D(2024, 3, 15)
    assert (paid.year - settled.year) * 12 + paid.month - settled.month == 24  # 24 monthly payments, Apr–Mar
    assert 15_000 * 24 == 360_000
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.at(196, 25.5, "お客様番号　NT-7741-0826", size=9.5, align="r")
    p.y = 26
    p.line("〒060-0000　北海道札幌市中央区若葉坂九丁目9番9号", size=10)
    p.line("梅津　ひろみ　様", size=13.5)
    p.gap(10)
    p.title("ご完済のお知らせ（完済証明書）", size=16, font="serif-bold")
    p.para("拝啓　平素より格別のご高配を賜り、誠にありがとうございます。")
    p.para(f"当社が{era(assign)}付で株式会社綿雲カードから譲り受け、管理しておりましたお客様の下記債権につきまして、"
           "和解契約に基づくお支払いがすべて完了いたしましたので、お知らせいたします。")
    p.para("本書の発行をもって、下記債権に関し、当社とお客様との間には何らの債権債務も存在しないことを証明いたします。"
           "長期間にわたり、お支払いいただきありがとうございました。")
    p.line("敬具", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table([["原債権者", "株式会社綿雲カード（カード会員契約）"], ["債権譲受日", era(assign)],
             ["和解契約日", era(settled)], ["和解金額（ご参考）", "金360,000円（24回払い）"],
             ["最終回ご入金額", "金15,000円"], ["最終ご入金日（ご完済日）", era(paid)], ["現在の残債務", "ございません"]],
            [60, 110], x=20, aligns="ll", size=10, row_h=8.5, shade_col0=True)
    p.gap(4)
    p.para("※信用情報機関への完済の登録は、当社にて手続いたします（反映までに1か月程度かかる場合があります）。", size=9.3,
           indent="")
    p.para("※本書は再発行いたしかねますので、大切に保管してください。", size=9.3, indent="")
    p.line("以上", align="r")
    p.gap(8)
    for s, sz, f in (("ニッテレ債権回収株式会社　札幌支店", 11, "serif-bold"),
                     ("法務大臣許可番号　第7号", 9, "serif"),
                     ("〒060-0000 北海道札幌市中央区琥珀通九丁目9番9号", 9, "serif"),
                     ("電話 0120-000-707（平日9:00～18:00）", 9.5, "serif")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 16, 13, "square", "ニッテレ債権回収札幌支店印", angle=3, seed=72161)
    tr = truth(document_type="other", sender="ニッテレ債権回収株式会社", license_number=7, phone="0120-000-707",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社綿雲カード", debtor="梅津ひろみ",
               lump=False, issued=issued, last_payment=paid, assignment=assign, reference="NT-7741-0826",
               input_kind="photo_exif_rotated", template="proxy72_servicer_paid_in_full_certificate_rotated",
               received=D(2026, 4, 13))
    return dict(stem="cc16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="right", fill=0.86),
                about="other (real servicer ご完済のお知らせ, claims nothing)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases and a hand shadow; "
                        "real servicer ★ ニッテレ債権回収株式会社 (「法務大臣許可番号　第7号」) certifies that a settled debt is "
                        "PAID OFF: it demands nothing (every amount null); a shaded-label 記 table with 和解金額 360,000円, "
                        "最終回ご入金額 15,000円 and 「現在の残債務　ございません」 (no 0 anywhere), the 和解契約日 and the "
                        "最終ご入金日（ご完済日） (= last_payment); 譲受日 2023-11-30 and the 原債権者")


LETTERS = [cc09, cc10, cc11, cc12, cc13, cc14, cc15, cc16]
