"""Proxy set 35, letters ar01–ar08: "a month of mail at a support office" (September 2026). A card company's
督促状 of two missed instalments, a real servicer's ご請求書, an invented servicer's 催告書 by fax, a consumer lender's
note about one missed instalment photographed on a desk, a bank's 縦書き 期限の利益喪失通知, a real servicer's ご請求
photographed as HEIC, a joint 債権譲渡通知 with a 別紙 page, and a guarantee company's 求償金 demand, scanned."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number, kanji_small
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
AMBER = (0.78, 0.52, 0.0)
BROWN = (0.40, 0.24, 0.10)
ONE = timedelta(1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


def yn(n: int) -> str:
    return f"{n:,}円"


# ---------------------------------------------------------------------------------------------
# ar01 card company 督促状: two missed instalments, a per-instalment table with its own column names.


def ar01():
    R = 14.6
    issued, due, lastp = D(2026, 8, 31), D(2026, 9, 10), D(2026, 6, 29)
    inst = [(D(2026, 7, 27), 14_230, 4_170), (D(2026, 8, 27), 14_402, 3_998)]
    rows = []
    for d, pr, fee in inst:
        lt = late(pr, R, d + ONE, issued)
        rows.append((d, pr, fee, lt, pr + fee + lt))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    assert all(pr + fee == 18_400 for _, pr, fee in inst)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(15, 6.3, "CAPELLA CARD", size=11, font="sans-bold", color=WHITE)
    p.at(195, 6.3, "カペラカード株式会社", size=9, color=WHITE, align="r")
    window(p, 15, 16, "194-0000", ["東京都町田市榧ノ木台二丁目14-6", "コーポ楡木 203"], "千頭　真琴　様", "ar01", w=90, h=36)
    for i, s in enumerate(["カペラカード株式会社", "お客様サポート部　債権管理課", "〒231-0000 横浜市中区椿坂町3-21",
                           "☎ 045-000-7214（9:30～18:00 日祝休）"]):
        p.at(118, 22 + i * 4.6, s, size=9.5 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.at(118, 44, f"発行日　{wdate(issued)}", size=9)
    p.at(118, 48.6, "カード会員ID　CP-7730-0815", size=9)
    stamp(p, 15, 57, "重要", size=10, h=7)
    p.y = 68
    p.line("お支払いのお願い（延滞のお知らせ）", size=14.5, font="sans-bold", color=TEAL)
    p.add(Line(15, p.y - 1, 195, p.y - 1, 0.5, TEAL))
    p.gap(2)
    p.para(f"いつもカペラカードをご利用いただきありがとうございます。{md(inst[0][0])}及び{md(inst[1][0])}のお引落としが、"
           "ご指定口座の残高不足によりできませんでした。お手数ですが、下記の金額を指定の口座へお振込みくださいますよう"
           "お願い申し上げます。", size=9.8)
    p.para(f"なお、{wdate(lastp)}のご入金を最後に、ご入金が確認できておりません。", size=9.8)
    p.gap(2)
    head = ["お引落予定日", "元金充当分", "手数料充当分", "遅延損害金", "小計"]
    body = [[f"{d.month}/{d.day}（{wd(d)}）", yn(pr), yn(fee), yn(lt), yn(s)] for d, pr, fee, lt, s in rows]
    body.append(["お振込額計", yn(P), yn(I), yn(L), yn(T)])
    p.table([head] + body, [36, 36, 36, 34, 38], x=15, header=True, aligns="lrrrr", size=9.5, row_h=7.8, line_w=0.25)
    p.line(f"遅延損害金は、各回の元金充当分に対しお引落予定日の翌日から{md(issued)}まで年14.6％で日割計算しています。",
           x=15, size=7.8, color=GRAY)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 17, 0.4, TEAL, (0.90, 0.96, 0.96)))
    p.at(20, y + 7, "お振込期限", size=10, font="sans-bold", color=TEAL)
    p.at(20, y + 13.5, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(110, y + 7, "お振込金額", size=10, font="sans-bold", color=TEAL)
    p.at(190, y + 13.5, yn(T), size=13, font="sans-bold", align="r")
    p.y = y + 21
    p.line("【お振込先】　ふたば銀行 横浜椿坂支店　普通 7730815　カ）カペラカード", size=9.3)
    p.line("※お振込の際は、お名前の前にカード会員ID（数字8桁 77300815）をご入力ください。", size=8.5)
    p.gap(2)
    p.line("【ご参考】", size=9.3, font="sans-bold")
    p.kv([("ご利用残高（発行日現在）", "512,430円（お振込額計の元金充当分を含みます）"),
          ("毎月のお支払額", "18,400円（元金定額リボルビング払い）"), ("カードのご利用", "現在停止しております")],
         x=20, label_w=48, size=8.8)
    p.gap(3)
    p.add(Box(15, p.y, 180, 27, 0.25, GRAY))
    y = p.y
    for i, s in enumerate(["■ ご入金が確認できない場合、信用情報機関に延滞の事実が登録されることがあります。",
                           "■ このまま延滞が続いた場合、会員規約第22条に基づき期限の利益を喪失し、ご利用残高の全額を",
                           "　 一括でご請求することになります。",
                           "■ 本状と行き違いにお振込みいただいた場合は、ご容赦ください。"]):
        p.at(19, y + 6 + i * 5.2, s, size=8.6)
    p.y = y + 31
    tr = truth(document_type="collection_notice", sender="カペラカード株式会社", phone="045-000-7214",
               creditor="カペラカード株式会社", status="not_applicable", debtor="千頭真琴", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="CP-7730-0815", input_kind="pdf_text", template="proxy35_card_two_instalments_teal_band",
               received=D(2026, 9, 2))
    return dict(stem="ar01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 督促状, two missed instalments)",
                unusual="a card company's お支払いのお願い with a teal top band (Latin brand 「CAPELLA CARD」), the window "
                        "address top-left and the sender lines top-RIGHT; new column names 元金充当分 / 手数料充当分 / "
                        "遅延損害金 / 小計 per お引落予定日 written 7/27（月） and a last row 「お振込額計」; お振込期限 and "
                        "お振込金額 side by side in one box; arrears only (lump false, acceleration only threatened); "
                        "ご利用残高 512,430円, 毎月のお支払額 18,400円, 会員規約第22条 and the 8-digit form of the ID as distractors")


# ---------------------------------------------------------------------------------------------
# ar02 SMBC債権回収 (real, 第10号) ご請求書, scanned: a shaded info grid, the due date only in the prose.


def ar02():
    R = 18.0
    issued, due = D(2026, 8, 28), D(2026, 9, 14)
    acc, lastp, assign = D(2025, 12, 10), D(2025, 10, 27), D(2026, 6, 30)
    P, I = 684_210, 12_876
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    for i, (s, sz, f) in enumerate((("SMBC債権回収株式会社", 12.5, "sans-bold"), ("法務大臣許可番号　第10号", 8, "sans"),
                                    ("〒104-0000 東京都中央区藤棚町4丁目8番1号", 8, "sans"),
                                    ("個人債権部　第三グループ", 8.5, "sans"), ("TEL 0120-000-310", 9, "sans-bold"))):
        p.at(15, 18 + i * 4.8 + (1 if i else 0), s, size=sz, font=f)
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23.5, "お取引No.　S-2608-114736", size=9.5, align="r")
    p.y = 48
    p.line("〒596-0000", x=112, size=10)
    p.line("大阪府岸和田市蓮台町1丁目7番地の2", x=112, size=10)
    p.gap(1)
    p.line("弦巻　康介　様", x=118, size=13.5)
    p.gap(8)
    p.line("ご　請　求　書", size=17, font="sans-bold", align="c")
    p.add(Line(75, p.y - 1.5, 136, p.y - 1.5, 0.6))
    p.gap(4)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。")
    p.para("貴殿が株式会社すばるローンとの間で締結されたご契約に基づく債権は、当社が同社から譲り受け、管理・回収を"
           "行っております。これまで再三ご連絡を差し上げておりますが、いまだにご入金をいただいておりません。")
    p.para(f"つきましては、下記のご請求額を、令和8年9月14日（{wd(due)}）までに下記口座へ一括してお振込みくださいますよう"
           "ご請求申し上げます。ご事情によりお支払いが難しい場合は、同日までに当社へご連絡ください。")
    p.line("敬具", align="r")
    p.gap(2)
    y = grid(p, 20, p.y, [32, 54, 32, 52], [
        ["原債権者", "株式会社すばるローン", "債権譲受日", wdate(assign)],
        ["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)],
        ["原契約番号", "SB-0091-33825", "ご契約日", "2019年4月8日"]], h=7.2, size=9)
    p.y = y + 5
    p.table([["項　　目", "金　　額"], ["ご利用元金残高", yn(P)], ["喪失時利息", yn(I)],
             [f"遅延損害金（{wdate(acc + ONE)}から年18.0％）", yn(L)], ["今回ご請求金額", yn(T)]],
            [112, 58], x=20, header=True, aligns="lr", size=10, row_h=8)
    y2 = p.y
    p.add(Box(20, y2 - 8, 170, 8, 1.0))
    p.line(f"（{wdate(issued)}現在の金額です）", x=150, size=8)
    p.gap(3)
    p.line("お振込先　みなと信託銀行 本店営業部　普通預金 1147360　エスエムビーシーサイケンカイシュウ（カ", size=9)
    p.line("※お振込人名の前に、お取引No.の数字（2608114736）をご入力ください。", size=8.5)
    p.gap(4)
    p.add(Box(20, p.y, 170, 22, 0.3, GRAY, (0.96, 0.96, 0.96)))
    y = p.y
    for i, s in enumerate(["当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。",
                           "当社の許可は法務省のホームページ（債権回収会社一覧）でご確認いただけます。",
                           "ご不明な点は、お取引No.をお手元にご用意のうえ、上記フリーダイヤルへお問い合わせください。"]):
        p.at(24, y + 7 + i * 5.5, s, size=8.5)
    p.seal(84, 24, 12, "square", "ＳＭＢＣ債権回収之印", angle=2, seed=35021)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社すばるローン",
               debtor="弦巻康介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="S-2608-114736",
               input_kind="scan_png", template="proxy35_real_servicer_invoice_grid_due_in_prose",
               received=D(2026, 8, 31))
    return dict(stem="ar02", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer ご請求書, lump sum)",
                unusual="real servicer ★ SMBC債権回収株式会社 with 「法務大臣許可番号　第10号」 in small type in its sender "
                        "lines top-LEFT, the addressee on the RIGHT below; a spaced title 「ご　請　求　書」; western 年月日 "
                        "dates in the grid but the due date ONLY in the prose in era form 「令和8年9月14日（月）までに」; a "
                        "shaded 3×2 grid (原債権者, 債権譲受日, 喪失日, 最終ご入金日, 原契約番号, ご契約日 2019年 = distractors); "
                        "a 項目/金額 table with the labels ご利用元金残高 / 喪失時利息 / 遅延損害金 / 今回ご請求金額, the last row framed heavy")


# ---------------------------------------------------------------------------------------------
# ar03 invented servicer ゆうづつ債権回収 (第246号) 催告書, one-page fax, the sender at the bottom left.


def ar03():
    R = 14.6
    issued, due = D(2026, 9, 1), D(2026, 9, 11)
    acc, lastp, assign = D(2026, 2, 5), D(2025, 11, 25), D(2026, 5, 29)
    P, I = 298_400, 4_110
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(195, 20, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(195, 26, "案件番号：YZ-0913-26", size=10, align="r")
    p.y = 20
    p.line("綾瀬　里美　殿", size=13)
    p.gap(8)
    p.line("催　　告　　書", size=20, font="serif-bold", align="c")
    p.gap(5)
    p.para("当社は、くちば信販株式会社が貴殿に対して有する貸金債権を、令和8年5月29日付で同社より譲り受けました。"
           "同債権については、これまで文書及び電話により再三お支払いをお願いしてまいりましたが、本日に至るまで"
           "ご入金もご連絡もいただいておりません。")
    p.para(f"つきましては、下記金員を令和8年9月11日（{wd(due)}）必着にてお支払いください。"
           "期限までにお支払い又はご連絡のない場合は、法的手続に移行することがありますので、ご承知おきください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    x0, x1 = 35, 175
    for lab, val in (("一、元　　　金", f"金{P:,}円"), ("一、未払利息", f"金{I:,}円"),
                     ("一、遅延損害金", f"金{L:,}円"), ("一、合　　　計", f"金{T:,}円")):
        leader(p, lab, val, x0, x1, size=11, dot="・")
    p.line("（遅延損害金は、令和8年2月6日から本書作成日まで、元金に対し年14.6%の割合で計算）", x=x0, size=8.8)
    p.gap(3)
    p.kv([("原債権者", "くちば信販株式会社"), ("最終弁済日", "令和7年11月25日"), ("期限の利益喪失日", "令和8年2月5日"),
          ("譲受日", "令和8年5月29日"), ("お振込先", "ゆりかご銀行 上野支店 普通 2460913 ユウヅツサイケンカイシュウ（カ")],
         x=35, label_w=36, size=9.5)
    p.gap(10)
    y = p.y
    for i, (s, sz, f) in enumerate((("ゆうづつ債権回収株式会社", 12, "serif-bold"), ("法務大臣許可番号　第２４６号", 9.5, "serif"),
                                    ("〒110-0000 東京都台東区石蕗町2-5-17", 9, "serif"),
                                    ("管理部　担当　一寸木", 9.5, "serif"),
                                    ("電話 03-0000-2460　FAX 03-0000-2461", 9.5, "serif"))):
        p.at(22, y + i * 5.6, s, size=sz, font=f)
    p.seal(95, y + 3, 13, "square", "ゆうづつ債権回収印", angle=-3, seed=35031)
    p.y = y + 32
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="ゆうづつ債権回収株式会社", license_number=246,
               phone="03-0000-2460", creditor="ゆうづつ債権回収株式会社", status="unverified",
               original="くちば信販株式会社", debtor="綾瀬里美", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="YZ-0913-26", input_kind="fax_tiff",
               template="proxy35_invented_servicer_saikoku_fax_leaders", received=issued)
    return dict(stem="ar03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 YUZUTSU SAIKEN 03-0000-2461",
                about="collection_notice (invented servicer 催告書, one-page fax)",
                unusual="one-page G4 fax in serif; INVENTED servicer 「ゆうづつ債権回収株式会社」 with 「法務大臣許可番号　"
                        "第２４６号」 in full-width (→ unverified) only in the sender block at the BOTTOM LEFT with the TEL "
                        "and FAX on one line; 案件番号 with a colon top-right; a widely spaced title; the 記 as 「一、」 lines "
                        "with dotted 「・・・」 leaders to 金…円 flush right; the due date 「令和8年9月11日（金）必着」 in the "
                        "prose; 最終弁済日 / 喪失日 / 譲受日 as kv lines; the fax header shows the FAX number")


# ---------------------------------------------------------------------------------------------
# ar04 consumer lender リゲルローン: one missed instalment, phone photo on a desk.


def ar04():
    R = 20.0
    issued, due, lastp, miss = D(2026, 9, 3), D(2026, 9, 10), D(2026, 7, 6), D(2026, 8, 5)
    P, I = 16_420, 6_580
    L = late(P, R, miss + ONE, issued)
    T = P + I + L
    assert P + I == 23_000
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 180, 14, color=None, fill=AMBER))
    p.at(20, 19.5, "RIGEL", size=17, font="sans-bold", color=WHITE)
    p.at(48, 19.5, "リゲルローン", size=12, font="sans-bold", color=WHITE)
    p.at(190, 19.5, "ご返済のご連絡", size=11, font="sans-bold", color=WHITE, align="r")
    p.y = 31
    p.line("〒350-0000　埼玉県川越市菱川町5-3-10", size=9.5)
    p.line("鬼束　亮太　様", size=14)
    p.at(195, 35, f"{wdate(issued)}発送", size=9, align="r")
    p.at(195, 40, "ご契約番号　RG-55-80217", size=9, align="r")
    p.y = 50
    p.para(f"いつもリゲルローンをご利用いただき、ありがとうございます。{md(miss)}（{wd(miss)}）が期日のご返済について、"
           "本日現在ご入金が確認できておりません。ご多忙のことと存じますが、下記の金額を"
           f"{md(due)}（{wd(due)}）までにご入金くださいますようお願いいたします。", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 56, 0.6, AMBER))
    p.add(Box(25, y, 160, 9, color=None, fill=(0.99, 0.93, 0.78)))
    p.at(105, y + 6.3, f"{md(miss)}ご返済分のご入金額", size=10.5, font="sans-bold", align="c")
    yy = y + 16
    for lab, val in (("ご返済元金", yn(P)), ("ご返済利息（7/6～8/5）", yn(I)),
                     (f"遅延損害金（{md(miss + ONE)}～{md(issued)}・年20.0%）", yn(L))):
        p.at(32, yy, lab, size=10)
        p.at(178, yy, val, size=10, align="r")
        p.add(Line(32, yy + 2.2, 178, yy + 2.2, 0.15, GRAY))
        yy += 8
    p.add(Line(32, yy - 3.5, 178, yy - 3.5, 0.5))
    p.at(32, yy + 4, "ご入金額合計", size=12, font="sans-bold")
    p.at(178, yy + 4, yn(T), size=14, font="sans-bold", align="r", color=RED)
    p.at(32, yy + 11, f"ご入金期限　{md(due)}（{wd(due)}）", size=10.5, font="sans-bold")
    p.y = y + 62
    p.line("■ ご入金方法", size=10, font="sans-bold")
    p.para("提携ATM（コンビニATM可）でのご入金、または下記口座へのお振込みをご利用ください。", size=9.3, indent="")
    p.para("お振込先　こもれび銀行 川越支店 普通 5580217 リゲルローン（カ）", size=9.3, indent="")
    p.line("■ ご契約の状況（ご参考）", size=10, font="sans-bold")
    p.kv([("ご融資極度額", "500,000円"), ("現在のご利用残高", "386,540円"), ("次回ご返済日", "9月5日（23,000円）"),
          ("最終ご入金日", wdate(lastp))], x=22, label_w=38, size=9.3)
    p.gap(3)
    p.para("※ご入金が遅れますと、遅延損害金（年20.0%）が日々加算されます。また、ご延滞が続いた場合、ご利用の停止や"
           "信用情報機関への登録が行われます。お支払いが難しい場合はお早めにご相談ください。", size=8.6, indent="")
    p.gap(3)
    for s, sz, f in (("リゲルローン株式会社　お客様センター", 10, "sans-bold"),
                     ("〒330-0000 さいたま市大宮区楓通2-40", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-285（平日9:00～19:00／土曜10:00～17:00）", 9, "sans"),
                     ("関東財務局長(3)第01966号　日本貸金業協会会員第005812号", 7.5, "sans")):
        p.line(s, x=22, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="リゲルローン株式会社", phone="0120-000-285",
               creditor="リゲルローン株式会社", status="not_applicable", debtor="鬼束亮太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="RG-55-80217", input_kind="photo_jpeg", template="proxy35_consumer_lender_one_instalment_desk_photo",
               received=D(2026, 9, 5))
    return dict(stem="ar04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=1.6, creases=2, shadow=0.2, shadow_side="bottom", fill=0.83,
                          warm=0.15, blur=1.0),
                about="collection_notice (consumer lender, one missed instalment)",
                unusual="phone photo on a pale desk with tri-fold creases and the phone's shadow at the bottom; an amber "
                        "band with the brand 「RIGEL」 and the title on the right; 「…発送」 after the date; month-day dates "
                        "only in the body (8月5日（水）, 9月10日（木）) with the year only in the date line; a framed card "
                        "with the labels ご返済元金 / ご返済利息 / 遅延損害金 / ご入金額合計 (total in red); arrears only; "
                        "ご融資極度額 500,000, ご利用残高 386,540, 次回ご返済 23,000 and the 貸金業 registration as distractors")


# ---------------------------------------------------------------------------------------------
# ar05 bank 縦書き 期限の利益喪失通知 (内容証明), digital, positional kanji amounts.


def ar05():
    R = 14.0
    issued, due = D(2026, 9, 4), D(2026, 9, 18)
    warn, acc, lastp = D(2026, 8, 14), D(2026, 8, 31), D(2026, 4, 27)
    P, I = 18_420_660, 38_114
    L = late(P, R, acc + ONE, issued)
    T = P + I + L

    def kn(n: int) -> str:
        return "金" + kanji_number(n) + "円"

    def kd(d: D) -> str:
        return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"

    cols = [
        ("title", "期限の利益喪失のご通知"),
        ("body", "貴殿と当行との間の平成三十年十月五日付金銭消費貸借契約（住宅ローン）に基づく約定返済につき、貴殿は"
                 f"{kd(lastp)}のご返済を最後に、以後のご返済を遅滞されています。"),
        ("body", f"当行は{kd(warn)}付書面により、延滞金の支払を{kd(acc)}までにされるよう催告いたしましたが、同日までに"
                 "お支払いがありませんでした。"),
        ("body", f"したがって、貴殿は同契約の定めにより{kd(acc)}の経過をもって期限の利益を喪失されましたので、ここに"
                 "ご通知申し上げます。"),
        ("body", f"つきましては、左記の金額を{kd(due)}までに一括してご返済くださいますよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　貸出元金残高　{kn(P)}"),
        ("indent", f"二　未払の約定利息　{kn(I)}"),
        ("indent", f"三　損害金　　　　{kn(L)}"),
        ("plain", f"　　（{kd(acc + ONE)}から本書の日付まで、年十四パーセントの割合）"),
        ("indent", f"四　ご請求の総額　{kn(T)}"),
        ("body", "なお、右期日までにご返済のない場合は、担保物件について法的手続をとらせていただきますので、予めご承知"
                 "おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "整理番号　ＷＤ－４４０２"),
        ("low", "電話　〇四四（〇〇〇）" + kanji_digits("4402")),
        ("low", "株式会社わだつみ銀行　楡木支店"),
        ("low", "支店長　堤下　和臣"),
        ("blank", ""),
        ("low", "神奈川県川崎市中原区栂尾町三丁目二番五号"),
        ("low", "鷺沼　英樹　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 35051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "堤下" in it.s]
    pg.items.append(Seal(xs[0] - 3.0, 22.0 + (8 + 11.5) * size * 0.3528 * 1.05, 10, "square", "わだつみ銀行楡木支店長印",
                         angle=3, seed=35052))
    tr = truth(document_type="acceleration_notice", sender="株式会社わだつみ銀行", phone="044-000-4402",
               creditor="株式会社わだつみ銀行", status="not_applicable", debtor="鷺沼英樹", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="WD-4402", input_kind="vertical_pdf",
               template="proxy35_vertical_bank_acceleration_positional_kanji", received=D(2026, 9, 7))
    return dict(stem="ar05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (bank, 縦書き 内容証明, digital)",
                unusual="縦書き 期限の利益喪失のご通知 of a bank branch, digital, with the 内容証明 stamp; positional kanji "
                        "amounts (金千八百四十二万六百六十円 …) with the labels 貸出元金残高 / 未払の約定利息 / 損害金 / ご請求の総額; the "
                        "催告 date 八月十四日 and its deadline 八月三十一日 (= acceleration 「の経過をもって」); 平成三十年 "
                        "contract date; the 整理番号 ＷＤ－４４０２ stacked in full-width in the sender columns; phone in kanji "
                        "digits; 担保物件 warning")


# ---------------------------------------------------------------------------------------------
# ar06 オリックス債権回収 (real, 第11号) ご請求: the total in a big box first, the breakdown beside it; HEIC.


def ar06():
    R = 14.6
    issued, due = D(2026, 9, 7), D(2026, 9, 25)
    acc, lastp, assign = D(2025, 9, 30), D(2025, 7, 15), D(2026, 3, 27)
    P, I = 1_126_300, 21_744
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "オリックス債権回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 24, "（法務大臣許可　第11号）", size=8.5, color=PLUM)
    p.add(Line(15, 27, 195, 27, 0.35, PLUM))
    p.at(195, 19, f"通知日：{wdate(issued)}", size=9, align="r")
    p.at(195, 24, "債権番号：OX-11-2609-0417", size=9, align="r")
    p.y = 33
    p.line("〒811-0000　福岡県糟屋郡粕屋町芹沢台1-18-3", size=9.5)
    p.line("錦木　沙織　様", size=14)
    p.gap(6)
    p.line("ご連絡のお願い　兼　ご請求書", size=15, font="sans-bold", align="c")
    p.gap(3)
    p.para(f"貴殿が株式会社デネブファイナンスとの間で締結された金銭消費貸借契約に基づく債権は、{wdate(assign)}に当社が"
           "譲り受けております。これまでお送りした書面にご返信がございませんので、改めてご請求申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 82, 40, 1.2, PLUM))
    p.add(Box(15, y, 82, 9, color=None, fill=PLUM))
    p.at(56, y + 6.4, "現在のご債務額", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(92, y + 24, f"{T:,}円", size=19, font="sans-bold", align="r")
    p.at(92, y + 34, f"{wdate(issued)}現在", size=8.5, align="r")
    yy = y + 4
    for lab, val in (("元金（未返済分）", yn(P)), ("喪失日までの利息", yn(I)), ("遅延損害金（日割・年14.6％）", yn(L))):
        p.at(103, yy + 4, lab, size=9.5)
        p.at(195, yy + 4, val, size=9.5, align="r")
        p.add(Line(103, yy + 6.5, 195, yy + 6.5, 0.2, GRAY))
        yy += 9.5
    p.at(103, yy + 4, "（左記金額の内訳）", size=8, color=GRAY)
    p.y = y + 46
    p.para(f"上記ご債務額を{wdate(due)}（{wd(due)}）までにお支払いいただくか、同日までに必ず当社担当者へご連絡ください。"
           "ご一括でのお支払いが困難な場合でも、ご相談のうえ分割でのお支払いに応じられる場合がございます。", size=9.8)
    p.gap(2)
    p.line("《ご契約の明細》", size=9.8, font="sans-bold")
    p.kv([("原債権者", "株式会社デネブファイナンス"), ("ご契約日", "2020年2月14日（当初ご融資額 1,500,000円）"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("債権譲受日", wdate(assign))],
         x=22, label_w=36, size=9.3)
    p.gap(2)
    p.line("《お振込先》　しおかぜ銀行 博多駅前支店　普通預金 0411260　オリツクスサイケンカイシユウ（カ", size=9)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 180, 22, 0.3, PLUM))
    p.at(19, y + 6, "お問い合わせ先", size=9.5, font="sans-bold", color=PLUM)
    p.at(19, y + 12, "オリックス債権回収株式会社　福岡業務センター　〒812-0000 福岡市博多区蓼原町3-1", size=8.8)
    p.at(19, y + 18, "TEL 092-000-1160（平日 9:00～17:30）　担当：浜須賀", size=9.5, font="sans-bold")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="092-000-1160", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社デネブファイナンス", debtor="錦木沙織", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="OX-11-2609-0417", input_kind="photo_heic", template="proxy35_real_servicer_total_box_left_heic",
               received=D(2026, 9, 9))
    return dict(stem="ar06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.2, creases=2, glare=18, fill=0.86, warm=0.3, bow=5),
                about="collection_notice (real servicer ご連絡のお願い兼ご請求書, HEIC)",
                unusual="iPhone HEIC on wood with creases, a bow and a lamp glare; real servicer ★ オリックス債権回収株式会社 "
                        "in plum with 「（法務大臣許可　第11号）」 (no 番号) under the name; colon labels 通知日： / 債権番号： "
                        "top-right; the TOTAL FIRST in a framed box 「現在のご債務額」 on the LEFT and the breakdown "
                        "(元金（未返済分） / 喪失日までの利息 / 遅延損害金（日割・年14.6％）) in hairline rows to its RIGHT; 《ご契約の明細》 with ご契約日 "
                        "2020年 and 当初ご融資額 1,500,000円 as distractors; the 担当's phone in the お問い合わせ先 box")


# ---------------------------------------------------------------------------------------------
# ar07 joint 債権譲渡通知 card company → アルファ債権回収 (real, 第101号), 2 pages: p.2 別紙 譲渡債権目録.


def ar07():
    R = 18.0
    issued, assign = D(2026, 9, 8), D(2026, 9, 1)
    acc, lastp = D(2026, 4, 2), D(2026, 1, 26)
    claims = [("ショッピング（リボ払い）", "AT-4471-S", 261_500, 3_980), ("キャッシング", "AT-4471-C", 176_400, 2_440)]
    P = sum(c[2] for c in claims)
    I = sum(c[3] for c in claims)
    lates = [late(c[2], R, acc + ONE, assign) for c in claims]
    L = sum(lates)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(195, 18, f"令和{assign.year - 2018}年{issued.month}月{issued.day}日", size=10, align="r")
    p.y = 16
    p.line("〒194-0000", size=10)
    p.line("東京都町田市櫨谷二丁目3番8号", size=10)
    p.line("嶺井　由香里　様", size=13.5)
    p.gap(2)
    y = 40
    for i, (role, lines) in enumerate((
            ("通知人（譲渡人）", ["〒160-0000 東京都新宿区苔清水町1-1-9", "株式会社アルタイルクレジット", "代表取締役　荒蒔　俊之"]),
            ("通知人（譲受人）", ["〒105-0000 東京都港区樒坂三丁目6番2号", "アルファ債権回収株式会社",
                               "代表取締役　蟹江　隆文", "法務大臣許可番号　第101号"]))):
        yy = y + i * 26
        p.at(110, yy, role, size=8.5, color=GRAY)
        for j, s in enumerate(lines):
            bold = "株式会社" in s and "〒" not in s
            p.at(113, yy + 5 + j * 4.6, s, size=10 if bold else 8.5, font="sans-bold" if bold else "sans")
        p.seal(190, yy + 9, 11, "round", ("アルタイル" if i == 0 else "アルファ債権回収") + "|代表/取締役", angle=4 - 8 * i,
               seed=35071 + i)
    p.y = 98
    p.line("債権譲渡通知書", size=16, font="sans-bold", align="c")
    p.gap(4)
    p.para(f"株式会社アルタイルクレジット（以下「譲渡人」）は、{wdate(assign).replace('2026年', '令和8年')}、貴殿に対して有する別紙"
           "譲渡債権目録記載の債権（これに付帯する一切の権利を含む。）を、アルファ債権回収株式会社（以下「譲受人」）に"
           "譲渡しましたので、譲渡人及び譲受人の連名にて通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、譲受人にお願いいたします。譲渡人の口座へのお振込み及び譲渡人によるお引落"
           "としは、今後行われません。")
    p.gap(2)
    p.line("【譲渡債権の概要】", size=10.5, font="sans-bold")
    p.table([["債権額の合計（令和8年9月1日現在）", yn(T)], ["　うち元本", yn(P)], ["　うち利息・手数料", yn(I)],
             ["　うち損害金（年18.0％）", yn(L)]], [100, 50], x=25, aligns="lr", size=10, row_h=7.6, ruled="outer")
    p.line("（契約ごとの内訳は別紙のとおり）", x=25, size=8.5)
    p.gap(3)
    p.kv([("最終ご入金日", "令和8年1月26日"), ("期限の利益喪失日", "令和8年4月2日"),
          ("譲受人お問合せ先", "アルファ債権回収株式会社　管理二課　TEL 03-0000-1010"),
          ("受付番号", "AL-260901-0442（お問合せの際にお伝えください）")], x=25, label_w=38, size=9.5)
    p.gap(3)
    p.para("※譲受人は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=8.5,
           indent="")
    p.para("※本書は債権譲渡の通知であり、お支払期日を定めるものではありません。お支払方法は譲受人より追ってご案内します。",
           size=8.5, indent="")
    q = Page(font="sans", size=10, top=18)
    q.line("（別紙）", size=10)
    q.line("譲 渡 債 権 目 録", size=14, font="sans-bold", align="c")
    q.gap(3)
    q.line("債務者　嶺井　由香里　　原契約　株式会社アルタイルクレジット　カード会員契約（2018年6月入会）", size=9.5)
    q.gap(2)
    head = ["No.", "契約区分", "契約番号", "元本", "利息・手数料", "損害金", "小計"]
    body = [[str(i + 1), c[0], c[1], yn(c[2]), yn(c[3]), yn(lt), yn(c[2] + c[3] + lt)]
            for i, (c, lt) in enumerate(zip(claims, lates, strict=True))]
    body.append(["", "合計", "", yn(P), yn(I), yn(L), yn(T)])
    q.table([head] + body, [10, 42, 26, 26, 26, 22, 28], x=15, header=True, aligns="cllrrrr", size=8.8, row_h=8)
    q.gap(3)
    for s in ("1　上記金額は、譲渡日（令和8年9月1日）現在のものです。",
              "2　損害金は、各元本に対し期限の利益喪失日の翌日から年18.0％（年365日の日割計算）の割合によります。",
              "3　ショッピングご利用枠 300,000円、キャッシングご利用枠 200,000円（いずれも解約済み）。",
              "4　本目録記載の債権以外に、譲渡人に対する債務はございません。"):
        q.para(s, x0=18, x1=192, size=9, indent="")
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1010", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社アルタイルクレジット", debtor="嶺井由香里", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AL-260901-0442", input_kind="pdf_text_2page",
               template="proxy35_joint_assignment_notifiers_right_annex", received=D(2026, 9, 10))
    return dict(stem="ar07", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, 別紙 目録)",
                unusual="joint 債権譲渡通知書, digital, 2 pages: the two 通知人 blocks (譲渡人 card company / 譲受人 ★ "
                        "アルファ債権回収株式会社 with 「法務大臣許可番号　第101号」) stacked top-RIGHT under the date, each "
                        "with a round seal; an outer-framed 【譲渡債権の概要】 with the TOTAL FIRST (債権額の合計) and the "
                        "うち元本 / うち利息・手数料 / うち損害金 rows; p.2 (別紙) 譲渡債権目録 of two contracts with 契約区分 "
                        "and a 合計 row; the 譲受人's phone only in the kv lines; the 2018年 入会 and the ご利用枠 as "
                        "distractors; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ar08 guarantee company 求償金ご請求書（第2回）, scanned image PDF of one page.


def ar08():
    R = 14.6
    issued, due = D(2026, 9, 10), D(2026, 9, 24)
    subro, acc, lastp = D(2026, 8, 21), D(2026, 7, 10), D(2026, 4, 10)
    P0, I0 = 792_350, 9_880
    S = P0 + I0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, "琥珀信用保証株式会社", size=13, font="serif-bold", color=BROWN)
    p.at(15, 25, "KOHAKU SHINYO HOSHO", size=6.5, color=BROWN)
    p.at(195, 20, f"{era(issued)}", size=10, align="r")
    p.at(195, 25.5, "求償番号　KH-8821-0736", size=9.5, align="r")
    p.y = 32
    p.line("〒300-0000　茨城県土浦市杉菜町四丁目1番22号", size=10)
    p.line("亀卦川　聡　様", size=13.5)
    p.gap(6)
    p.line("求償金ご請求書（第２回）", size=16, font="serif-bold", align="c")
    p.gap(3)
    p.para(f"当社は、貴殿の株式会社ゆきしろ銀行カードローン契約に係る保証委託契約に基づき、{era(subro)}に同行へ保証債務を"
           "履行（代位弁済）し、その旨を先にご通知いたしました。しかしながら、現在までに求償金のお支払いを確認できて"
           "おりません。")
    p.para(f"つきましては、下記の金額を{era(due)}（{wd(due)}）までにお支払いください。")
    p.gap(2)
    p.table([["求償元金（代位弁済金）", yn(S)], [f"求償損害金（{md(subro + ONE)}から年14.6％）", yn(L)],
             ["求償金ご請求額", yn(T)]], [105, 50], x=25, aligns="lr", size=10.5, row_h=9, shade_col0=True)
    p.line(f"（{era(issued)}現在）", x=150, size=8.5)
    p.gap(2)
    p.line("〔代位弁済の明細〕", size=10, font="serif-bold")
    p.table([["代位弁済日", era(subro)], ["代位弁済金", yn(S)], ["（内訳）貸越元金", yn(P0)], ["（内訳）利息", yn(I0)],
             ["期限の利益喪失日", era(acc)], ["最終ご返済日", era(lastp)]],
            [60, 52], x=30, aligns="lr", size=9.3, row_h=6.6, ruled="rows")
    p.gap(4)
    p.para("お振込先　ゆきしろ銀行 土浦支店 普通預金 8821073 コハクシンヨウホシヨウ（カ", size=9.5, indent="")
    p.para("※お支払いがない場合、当社は法的手続（支払督促・訴訟等）により回収を図ることがあります。お支払いが困難な方は"
           "分割弁済のご相談を承りますので、期限までにご連絡ください。", size=9, indent="")
    p.para("※当社は銀行等の保証業務を営む会社であり、債権回収会社（サービサー）ではありません。", size=9, indent="")
    p.gap(6)
    for s, sz, f in (("琥珀信用保証株式会社　求償管理部", 10.5, "serif-bold"),
                     ("〒310-0000 茨城県水戸市萩ノ台二丁目7番地", 9, "serif"),
                     ("電話 029-000-7360（直通）　FAX 029-000-7361", 9.5, "serif"),
                     ("担当　棟方", 9.5, "serif")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(186, p.y - 13, 13, "square", "琥珀信用保証印", angle=-2, seed=35081)
    tr = truth(document_type="collection_notice", sender="琥珀信用保証株式会社", phone="029-000-7360",
               creditor="琥珀信用保証株式会社", status="not_applicable", original="株式会社ゆきしろ銀行",
               debtor="亀卦川聡", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="KH-8821-0736", input_kind="pdf_scan",
               template="proxy35_guarantor_recourse_second_demand_scan", received=D(2026, 9, 14))
    return dict(stem="ar08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (guarantee company 求償金 second demand, scanned)",
                unusual="one-page image-only PDF in serif: a guarantee company's 求償金ご請求書（第２回） after a bank card "
                        "loan's 代位弁済; a grey-label table 求償元金（代位弁済金） / 求償損害金 / 求償金ご請求額 (no interest: "
                        "it is inside the 代位弁済金); a rows-ruled 〔代位弁済の明細〕 with （内訳）貸越元金 / （内訳）利息 "
                        "(history), 喪失日 and 最終ご返済日; 求償番号 top-right; 「サービサーではありません」; TEL （直通） and "
                        "FAX on one line")


LETTERS = [ar01, ar02, ar03, ar04, ar05, ar06, ar07, ar08]
