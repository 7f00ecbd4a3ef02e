"""Proxy set 39, letters av09–av16: "amounts in every shape". A guarantee company's 求償金 with the damage formula written
out (× 14.6％ × 124日 ÷ 365日, 円未満切捨て), a 信用金庫's faxed 喪失通知 with 「元金・利息」 in one cell, a real
servicer's faxed 和解 proposal with a △ payment, an invented servicer's claim whose only sum is 「（残元金・利息・遅延損害金）」,
a 縦書き 譲受通知 with 元利金合計 in kanji, a consumer lender whose total is split over two lines, a scam whose only amount
is in kanji prose, and a real servicer's letter whose only amount is one sentence."""

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
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
INDIGO = (0.16, 0.20, 0.48)
OLIVE = (0.33, 0.42, 0.10)
CORAL = (0.80, 0.30, 0.22)
SLATE = (0.25, 0.30, 0.36)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def rowline(p, label, val, x0, x1, size=10, bold=False, rule=False):
    if rule:
        p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
        p.gap(1.2)
    f = p.font + "-bold" if bold else p.font
    b = p.line(label, x=x0, size=size, font=f)
    p.at(x1, b, val, size=size, align="r", font=f)
    return b


# ---------------------------------------------------------------------------------------------
# av09 guarantee company 求償金のご請求 (scanned): the damage formula written out with the days and 円未満切捨て.


def av09():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    subro, acc, lastp = D(2025, 10, 15), D(2025, 9, 10), D(2025, 6, 26)
    P = 1_846_200
    days = (issued - subro).days
    L = late(P, R, subro + timedelta(1), issued)
    assert days == 124 and P * 146 * days // 365000 == L
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 14, color=None, fill=OLIVE))
    p.at(20, 20.3, "みのり保証株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(191, 20, "求償債権管理センター", size=9.5, color=WHITE, align="r")
    p.y = 30
    p.at(196, 33, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 38, "求償番号　MN-7730-15", size=9.5, align="r")
    p.line("〒060-0000　北海道札幌市北区そよかぜ通九丁目9番9-205号", size=9.5, x=18)
    p.line("鷹巣　光太郎　様", size=13.5, x=22)
    p.gap(6)
    p.title("求償金のご請求について", size=15)
    p.para(f"当社は、貴殿が株式会社ときわ松銀行から借り受けた住宅ローンの保証会社として、貴殿が{era(acc)}の経過により同行に"
           f"対する期限の利益を喪失されたため、{era(subro)}、同行に対して保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para("これにより当社が取得した求償債権について、下記のとおりご請求いたします。", size=9.8)
    p.gap(2)
    p.line("記", align="c")
    x0, x1 = 30, 180
    rowline(p, "１　求償元金（代位弁済額）", f"{P:,}円", x0, x1, size=10.5)
    rowline(p, "２　遅延損害金", f"{L:,}円", x0, x1, size=10.5)
    p.line(f"　　計算式　{P:,}円 × 14.6％ × {days}日 ÷ 365日 ＝ {L:,}円（円未満切捨て）", x=x0, size=9.2)
    p.line(f"　　期間　{era(subro + timedelta(1))}から{era(issued)}まで（{days}日間・年365日の日割計算）", x=x0, size=9.2)
    rowline(p, "３　ご請求額合計（１＋２）", f"{T:,}円", x0, x1, size=11, bold=True, rule=True)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.9, OLIVE))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold", color=OLIVE)
    p.at(72, y + 8.3, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　ときわ松銀行　札幌北支店　普通預金　7730150　ミノリホショウ（カ", size=9.5, x0=30, indent="")
    p.para("※期限までにお支払いがない場合は、抵当権に基づく担保不動産競売の申立てを検討いたします。", size=9.2, x0=30, indent="")
    p.para(f"※最終ご返済日（同行）　{era(lastp)}　／　当初お借入額　24,800,000円（平成26年9月）", size=9.2, x0=30, indent="")
    p.gap(8)
    for s, sz, f in (("みのり保証株式会社　求償債権管理センター", 10.5, "sans-bold"),
                     ("〒060-0000　北海道札幌市中央区ゆうなぎ台九丁目9番9号", 8.8, "sans"),
                     ("電話 011-000-7730　受付 平日9:00～17:00　担当 隼田", 9.2, "sans")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(188, p.y - 12, 12, "square", "みのり保証之印", seed=39091)
    tr = truth(document_type="collection_notice", sender="みのり保証株式会社", phone="011-000-7730",
               creditor="みのり保証株式会社", status="not_applicable", original="株式会社ときわ松銀行", debtor="鷹巣光太郎",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MN-7730-15", input_kind="scan_png",
               template="proxy39_guarantor_recourse_formula_days_truncation", received=D(2026, 2, 18))
    return dict(stem="av09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (guarantee company 求償金, damage formula written out)",
                unusual="scanned 求償金のご請求 under an olive band; 記 as label rows with amounts flush right; the late damages "
                        "with their whole COMPUTATION printed 「1,846,200円 × 14.6％ × 124日 ÷ 365日 ＝ …円（円未満切捨て）」 and the "
                        "period line 「…から…まで（124日間・年365日の日割計算）」 (the 124 and 365 are not amounts); 「ご請求額合計"
                        "（１＋２）」 after a rule; no interest (求償債権); the bank's 喪失 in the prose and its 最終ご返済日 in a ※ "
                        "note, 当初お借入額 24,800,000 as a distractor")


# ---------------------------------------------------------------------------------------------
# av10 信用金庫 喪失通知 by fax (one page): 「元金・利息」 in ONE cell, its parts only in a note under the table.


def av10():
    R = 14.0
    issued, due = D(2026, 3, 6), D(2026, 3, 20)
    acc, lastp, warn = D(2026, 2, 27), D(2025, 11, 25), D(2026, 2, 13)
    P, I = 2_312_600, 45_820
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "オリーブ信用金庫", size=15, font="sans-bold", color=OLIVE)
    p.at(15, 23, "融資部　ローン管理課", size=9)
    p.at(196, 16, f"送信日　{fw(era(issued))}", size=9.5, align="r")
    p.at(196, 21, "管理番号　OL-0306-552", size=9.5, align="r")
    p.at(196, 26, "送信枚数　１枚", size=9, align="r", color=GRAY)
    p.y = 32
    p.line("紺野　俊介　様", size=13.5, x=20)
    p.line("（FAX 087-000-1193）", size=8.5, x=22, color=GRAY)
    p.gap(3)
    p.title("期限の利益喪失通知書", size=15)
    p.para(f"貴殿とのマイカーローン契約（令和4年3月18日付）に基づくご返済は、{era(lastp)}を最後にお支払いがなく、当金庫は"
           f"{era(warn)}付の催告書により延滞額のお支払いを求めましたが、期限の{era(acc)}までにお支払いがありませんでした。",
           size=9.8)
    p.para(f"よって、貴殿は同契約第11条に基づき{era(acc)}の経過をもって期限の利益を喪失しましたので、下記金額を期限までに"
           "一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", x=20)
    p.table([["元金・利息", f"{P + I:,}円"], ["遅延損害金（年14.0％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [90, 56], x=32, aligns="lr", size=10.5, row_h=8.4, shade_col0=True)
    p.para(f"（注）上記「元金・利息」のうち、元金は{P:,}円、利息は{I:,}円（{jis(lastp)}の翌日から{jis(acc)}までの約定利息）"
           f"です。遅延損害金は元金に対し{jis(acc + timedelta(1))}から{jis(issued)}までの日割計算です。", size=8.8, x0=32,
           x1=180, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(32, y, 146, 11, 1.2))
    p.at(36, y + 7.6, "お支払期限", size=11, font="sans-bold")
    p.at(72, y + 7.8, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　オリーブ信用金庫　本店営業部　普通預金　0306552　オリーブシンキン　ローンカンリカ", size=9.2, x0=20,
           indent="")
    p.para("※期限までにお支払いがない場合は、担保車両（所有権留保）の引揚げ及び連帯保証人への請求を行います。"
           "当初ご融資額 2,980,000円、毎月のご返済額 42,300円（ご参考）。", size=9.0, x0=20, indent="")
    p.gap(5)
    for s, sz, f in (("オリーブ信用金庫　融資部ローン管理課", 10.5, "sans-bold"),
                     ("〒760-0000　香川県高松市しずく野九丁目9番9号", 8.8, "sans"),
                     ("TEL 087-000-3060　FAX 087-000-3061　担当 梨本", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="acceleration_notice", sender="オリーブ信用金庫", phone="087-000-3060",
               creditor="オリーブ信用金庫", status="not_applicable", debtor="紺野俊介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="OL-0306-552", input_kind="fax_tiff", template="proxy39_shinkin_acceleration_combined_cell_fax",
               received=issued)
    return dict(stem="av10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:12 OLIVE SHINKIN 087-000-3061",
                about="acceleration_notice (信用金庫 car loan, 元金・利息 in one cell, fax)",
                unusual="one-page G4 fax; 送信日 in full-width era, 管理番号 and 送信枚数 top-right; the addressee's own FAX "
                        "number under the name (distractor); a 3-row table with shaded labels whose first cell is 「元金・利息」 "
                        "(ONE combined amount 2,358,420) and the split ONLY in a （注） under it (元金 2,312,600 / 利息 45,820 with "
                        "JIS dates); the 催告書 date and deadline (= acceleration); TEL and FAX on one line; 当初ご融資額 and "
                        "毎月のご返済額 as distractors")


# ---------------------------------------------------------------------------------------------
# av11 real servicer 和解のご案内 by fax (2 pages): 譲受元金 / 既払金 △ / 残元金 / 利息 / 遅延損害金 / ご債務総額.


def av11():
    R = 14.6
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    assign, acc, lastp = D(2026, 1, 30), D(2025, 10, 14), D(2026, 4, 30)
    P0, paid = 450_000, 45_000
    P = P0 - paid
    I = 12_230
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W = P + I
    inst, n = 12_000, 34
    last_inst = W - inst * n
    assert 0 < last_inst < inst
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "アウロラ債権回収株式会社", size=13, font="sans-bold")
    p.at(15, 22, "法務大臣許可番号第76号", size=8.5)
    p.at(196, 16, f"{issued.year}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 21, "ご契約者番号 AU-0130-2291", size=9.5, align="r")
    p.y = 30
    p.line("黒須　和樹　様", size=13.5, x=20)
    p.line("送信枚数：２枚（本紙含む）", size=8.5, x=20, color=GRAY)
    p.gap(3)
    p.title("ご債務の現在額と和解のご案内", size=14.5)
    p.para(f"当社が{assign.year}年{assign.month}月{assign.day}日にツクシファイナンス株式会社から譲り受けました貴殿の債務"
           "（期限の利益喪失日 " + f"{acc.year}年{acc.month}月{acc.day}日" + "）につきまして、これまでのご入金（2月～4月、3回、"
           f"最終ご入金日 {lastp.year}年{lastp.month}月{lastp.day}日）を反映した現在額は下表のとおりです。", size=9.6)
    p.gap(1)
    rows = [["項目", "金額"], ["譲受元金", f"{P0:,}円"], ["既払金（元金に充当）", f"△{paid:,}円"], ["残元金", f"{P:,}円"],
            ["利息", f"{I:,}円"], [f"遅延損害金（年14.6％・{issued.month}月{issued.day}日現在）", f"{L:,}円"],
            ["ご債務総額", f"{T:,}円"]]
    p.table(rows, [100, 50], x=30, header=True, aligns="lr", size=10, row_h=7.6)
    p.gap(3)
    p.para(f"当社では、遅延損害金{L:,}円を免除し、残元金と利息の合計{W:,}円を分割でお支払いいただく和解をご提案いたします"
           "（条件は2枚目）。", size=9.6)
    y = p.y + 2
    p.add(Box(30, y, 150, 12, 1.4))
    p.at(35, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(70, y + 8.2, f"{due.year}年{due.month}月{due.day}日（{wd(due)}）必着", size=12, font="sans-bold")
    p.y = y + 17
    p.para("ご回答のない場合は、ご債務総額の一括でのお支払いを求めて法的手続を検討いたします。", size=9.4)
    p.gap(5)
    for s, sz in (("アウロラ債権回収株式会社　管理部", 10.5), ("〒530-0000 大阪府大阪市北区若葉台南九丁目9番9号", 8.8),
                  ("TEL 06-0000-7620　FAX 06-0000-7621　担当 紫藤", 9.5)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz > 10 else "sans")
    q = Page(font="sans", size=10, top=16)
    q.title("和解条件（案）", size=14)
    q.kv([("和解金額", f"{W:,}円"), ("お支払方法", f"毎月末日限り {inst:,}円 × {n}回、第{n + 1}回 {last_inst:,}円"),
          ("初回", "2026年6月30日"), ("最終回", "2029年5月31日"),
          ("免除", f"上記を遅滞なく完済したときは、遅延損害金{L:,}円を免除する。"),
          ("期限の利益喪失", f"支払を2回以上怠り、その額が{inst * 2:,}円に達したとき。")], x=22, label_w=34, size=9.8)
    q.gap(6)
    q.line("――――――――――　和解申込書（ご返送用）　――――――――――", align="c", size=10)
    q.gap(3)
    q.para("私は、上記和解条件に同意し、和解を申し込みます。", size=10)
    q.gap(4)
    for s in ("申込日　　　　　年　　　月　　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　印", "お電話番号"):
        q.line(s, x=30, size=10.5)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(4)
    q.line("返送先FAX 06-0000-7621", x=30, size=10, font="sans-bold")
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="06-0000-7620", creditor="アウロラ債権回収株式会社", status="licensed",
               original="ツクシファイナンス株式会社", debtor="黒須和樹", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-0130-2291", input_kind="fax_tiff",
               template="proxy39_servicer_settlement_triangle_repaid_fax", received=issued)
    return dict(stem="av11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:05 AURORA SAIKEN 06-0000-7621",
                about="settlement_proposal (real servicer, △ payments deducted, 2-page fax)",
                unusual="2-page G4 fax from ★ アウロラ債権回収株式会社 with 「法務大臣許可番号第76号」 under the name top-left; "
                        "western 年月日 dates in the prose; a 項目/金額 table 譲受元金 450,000 / 既払金（元金に充当） △45,000 / "
                        "残元金 / 利息 / 遅延損害金 (with 「5月15日現在」 in the label) / ご債務総額; the 和解金額 (残元金 + 利息) "
                        "in the prose; a heavy-framed ご回答期限 …必着 (= payment_due); p.2 the plan 12,000 × 34 + a last "
                        "instalment and a blank 和解申込書 with the return FAX (distractors)")


# ---------------------------------------------------------------------------------------------
# av12 invented servicer: the only sum is 「ご請求金額（残元金・利息・遅延損害金）」 — no parts anywhere. Phone photo.


def av12():
    issued, due = D(2026, 3, 23), D(2026, 4, 6)
    assign, acc, lastp = D(2025, 12, 19), D(2025, 8, 4), D(2025, 5, 7)
    T = 643_918
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 11, 7, 14, color=None, fill=INDIGO))
    p.at(25, 19, "たまゆら債権回収株式会社", size=14, font="sans-bold", color=INDIGO)
    p.at(25, 24.5, "法務大臣許可番号　第252号", size=8.5, color=INDIGO)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "ご照会番号　TM-3319-0452", size=10, align="r")
    p.y = 34
    p.line("〒590-0000　大阪府堺市堺区こだま台九丁目9番9号", size=10, x=20)
    p.line("青柳　遥　様", size=14, x=24)
    p.gap(6)
    p.title("ご請求書（一括お支払いのお願い）", size=15)
    p.para(f"当社は、{era(assign)}、ことぶきカード株式会社から貴殿に対する債権を譲り受けました。同社からのご案内のとおり、"
           f"貴殿は{era(acc)}に期限の利益を喪失されており、{era(lastp)}以降ご入金が確認できておりません。", size=10)
    p.para("つきましては、下記金額を期限までに一括してお支払いくださいますようお願いいたします。", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.8, INDIGO))
    p.add(Box(20, y, 170, 9, color=None, fill=(0.90, 0.91, 0.97)))
    p.at(24, y + 6.3, f"{era(issued)}現在", size=9.5)
    p.at(24, y + 20, "ご請求金額", size=13, font="sans-bold")
    p.at(24, y + 26, "（残元金・利息・遅延損害金）", size=10)
    p.at(184, y + 23, f"{T:,}円", size=22, font="sans-bold", align="r")
    p.y = y + 34
    y = p.y
    p.add(Box(20, y, 170, 12, 0.8, INDIGO))
    p.at(24, y + 8, "お支払期限", size=11, font="sans-bold", color=INDIGO)
    p.at(184, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = y + 17
    p.para("※遅延損害金は、残元金に対し年18.0％の割合で日々発生いたします。お支払日によりご請求金額が変わりますので、"
           "お振込みの前にお電話でご確認ください。", size=9.5)
    p.para("※お振込先：りんご坂銀行　堺東支店　普通預金　3319045　タマユラサイケンカイシュウ（カ", size=9.5)
    p.para("※原契約：カードローン（ご契約日 平成31年2月20日、ご契約極度額 70万円）", size=9.5)
    p.gap(4)
    p.para("お支払いが難しい場合には、分割でのお支払いについてもご相談を承ります。", size=10)
    p.gap(8)
    for s, sz, f in (("たまゆら債権回収株式会社　管理第二部", 10.5, "sans-bold"),
                     ("〒530-0000　大阪府大阪市中央区みちしお町九丁目9番9号", 9, "sans"),
                     ("電話 06-0000-4452（平日9:00～18:00）", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="たまゆら債権回収株式会社", license_number=252,
               phone="06-0000-4452", creditor="たまゆら債権回収株式会社", status="unverified",
               original="ことぶきカード株式会社", debtor="青柳遥", total=T, rate=18.0, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="TM-3319-0452",
               input_kind="photo_jpeg", template="proxy39_invented_servicer_bracketed_sum_only", received=D(2026, 3, 25))
    return dict(stem="av12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.84, shadow=0.2, shadow_side="bottom",
                          warm=0.15),
                about="collection_notice (invented servicer, one bracketed sum)",
                unusual="phone photo on a pale desk with tri-fold creases and a shadow at the bottom; INVENTED servicer "
                        "「たまゆら債権回収株式会社」 with 「法務大臣許可番号　第252号」 under the name (→ unverified); the ONLY "
                        "amount is a framed 「ご請求金額（残元金・利息・遅延損害金）」 643,918円 — a SUM of three parts that are "
                        "never given; rate 年18.0％ only in a ※ note; 極度額 70万円 as a distractor")


# ---------------------------------------------------------------------------------------------
# av13 縦書き 債権譲受通知書 of an invented servicer (scanned): 元利金合計 and 遅延損害金 in positional kanji.


def av13():
    issued, assign = D(2026, 1, 16), D(2026, 1, 9)
    acc, lastp = D(2025, 9, 16), D(2025, 6, 10)
    PI, L = 582_340, 31_512
    T = PI + L
    assert T == 613_852

    def kj(n: int) -> str:
        return yen(n, "kanji")

    cols = [
        ("title", "債権譲受通知書"),
        ("body", f"拝啓　当社は、{kdate(assign)}、はぐくみファイナンス株式会社（以下「譲渡人」といいます。）から、同社が貴殿に"
                 "対して有する左記の債権を譲り受けましたので、譲渡人の委任に基づき、ここに通知いたします。"),
        ("body", "なお、譲渡人からも同旨の通知が届いております。今後のお支払い及びご相談は、すべて当社宛てにお願いいたします。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　金銭消費貸借契約（カードローン）"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲受債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　元利金合計　{kj(PI)}"),
        ("plain", f"　　遅延損害金　{kj(L)}"),
        ("plain", f"　　合　　　計　{kj(T)}"),
        ("indent", "五　遅延損害金の利率　年十八パーセント"),
        ("indent", "六　お客様番号　ＯＤ－２６０１－３３８"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区常磐九丁目九番九号"),
        ("low", "おりづる債権回収株式会社"),
        ("low", "代表取締役　鍵和田　聡"),
        ("low", "法務大臣許可番号第二百五十九号"),
        ("low", "電話　〇三（〇〇〇〇）二五九一"),
        ("blank", ""),
        ("low", "埼玉県川越市かざぐるま通九丁目九番九号"),
        ("low", "金指　隆　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鍵和田" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 30) * size * 0.3528 * 1.05, 13, "round", "おりづる債権回収代表印", angle=3,
                         seed=39131))
    tr = truth(document_type="assignment_notice", sender="おりづる債権回収株式会社", license_number=259,
               phone="03-0000-2591", creditor="おりづる債権回収株式会社", status="unverified",
               original="はぐくみファイナンス株式会社", debtor="金指隆", total=T, late_damages=L, rate=18.0, lump=False,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference="OD-2601-338",
               input_kind="vertical_scan", template="proxy39_vertical_assignee_notice_combined_principal_interest",
               received=D(2026, 1, 19))
    return dict(stem="av13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="assignment_notice (invented servicer, 縦書き 譲受通知, 元利金合計)",
                unusual="縦書き 債権譲受通知書 sent by the 譲受人 alone 「譲渡人の委任に基づき」, scanned, with a round seal; "
                        "INVENTED servicer 「おりづる債権回収株式会社」 with the licence in kanji 「法務大臣許可番号第二百五十九号」 "
                        "(→ 259, unverified); amounts in POSITIONAL kanji (金五十八万二千三百四十円 …): 「元利金合計」 (元金 and "
                        "利息 together, never split) / 遅延損害金 / 合計; rate 年十八パーセント in words; the お客様番号 in "
                        "full-width letters ＯＤ－２６０１－３３８; phone in kanji digits; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# av14 consumer lender 一括請求 (HEIC): parts with ¥…※ in a table, the total only in prose, split over two lines.


def av14():
    R = 20.0
    issued, due = D(2026, 4, 20), D(2026, 5, 1)
    acc, lastp = D(2026, 3, 30), D(2026, 1, 5)
    P, I = 1_012_000, 21_456
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    tot = f"{T:,}"
    body = ("　お客様のご契約（フリーローン）につきましては、再三のご案内にもかかわらずご返済がなく、"
            f"{acc.month}月{acc.day}日をもって期限の利益を喪失されました。つきましては、ご契約残高の全額として、"
            f"下表の元金、利息及び遅延損害金の合計金{tot}円を、{due.month}月{due.day}日（{wd(due)}）までに一括して"
            "お支払いください。")
    lines = None
    for n in range(30, 50):  # the mailing system cuts every n characters (half-width digits count as one): find the n
        cand = [body[i:i + n] for i in range(0, len(body), n)]  # at which the cut falls INSIDE the total
        if any(c[0] in "、。）」" for c in cand[1:]):
            continue
        if any(tot in a + b and a[-1].isdigit() and b[0] in "0123456789," for a, b in zip(cand, cand[1:], strict=False)):
            lines = cand
            break
    assert lines is not None
    head = next(a for a, b in zip(lines, lines[1:], strict=False) if a[-1].isdigit() and b[0] in "0123456789,")
    tail = lines[lines.index(head) + 1]
    head, tail = head[head.rindex("金") + 1:], tail[:tail.index("円")]
    assert head + tail == tot
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 11, 181, 1.6, color=None, fill=CORAL))
    p.at(15, 21, "あかね雲ファイナンス", size=15, font="sans-bold", color=CORAL)
    p.at(196, 19, f"{issued.year}年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(196, 24.5, "お客様番号 AG-5530-1208", size=10, align="r")
    p.y = 32
    p.line("〒812-0000 福岡県福岡市博多区ほたる坂九丁目9-9", size=10, x=20)
    p.line("緑川　奈央　様", size=14, x=24)
    p.gap(6)
    p.title("ご返済についての重要なお知らせ", size=15)
    for s in lines:
        p.line(s, x=22, size=12)
    p.gap(3)
    p.table([["元金", f"¥{P:,}※"], ["利息", f"¥{I:,}※"], ["遅延損害金（年20.0％）", f"¥{L:,}※"]],
            [78, 56], x=38, aligns="lr", size=10.5, row_h=8.2, ruled="rows")
    p.line(f"※印の金額は{issued.month}月{issued.day}日現在です。遅延損害金は元金に対する日割計算です。", x=38, size=8.8)
    p.gap(4)
    p.para(f"最終ご入金日：{lastp.year}年{lastp.month}月{lastp.day}日　／　ご契約日：2023年8月21日　／　ご融資額："
           "1,200,000円（ご参考）", size=9.5)
    p.gap(2)
    p.para("お振込先　りんご坂銀行　博多駅前支店　普通預金　5530120　カ）アカネグモフアイナンス", size=9.5)
    p.para("ご返済が難しい事情がある場合は、期限までに必ずお電話ください。ご連絡のない場合、法的手続に移行する場合がございます。",
           size=9.5)
    p.gap(8)
    for s, sz, f in (("株式会社あかね雲ファイナンス　回収管理部", 10.5, "sans-bold"),
                     ("〒810-0000 福岡県福岡市中央区りんご坂九丁目9番9号", 9, "sans"),
                     ("フリーコール 0120-000-553（平日9時～19時）", 9.5, "sans"),
                     ("貸金業登録番号 福岡財務支局長（3）第00591号", 8, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社あかね雲ファイナンス", phone="0120-000-553",
               creditor="株式会社あかね雲ファイナンス", status="not_applicable", debtor="緑川奈央", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AG-5530-1208", input_kind="photo_heic",
               template="proxy39_lender_total_split_over_two_lines_kome", received=D(2026, 4, 22))
    return dict(stem="av14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.4, creases=2, fill=0.84, glare=18, warm=0.2),
                about="collection_notice (consumer lender, total split over two lines)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; coral brand without 株式会社 (the legal name "
                        "only in the sender block); the TOTAL appears ONLY in the prose and the justified line BREAKS INSIDE it "
                        f"(「…の合計金{head}」 / 「{tail}円を…」); the parts in a rows-ruled table as ¥…※ with "
                        "「※印の金額は4月20日現在です」 and NO total row; month-day dates in the prose; ご融資額 1,200,000 and the "
                        "貸金業 registration as distractors")


# ---------------------------------------------------------------------------------------------
# av15 SCAM 「未納料金に関する最終通達書」: the only amount in kanji prose; photographed sideways (EXIF 6).


def av15():
    issued, due = D(2026, 6, 10), D(2026, 6, 12)
    T = 298_000
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 23.5, "管理番号　ミ-6674", size=10, align="r")
    p.y = 30
    p.line("赤星　真由美　様", size=14, x=22)
    p.gap(4)
    y = p.y
    p.add(Box(150, y - 2, 40, 11, 1.0, RED))
    p.at(170, y + 5.8, "最終通達", size=13, font="serif-bold", color=RED, align="c")
    p.gap(8)
    p.title("未納料金に関する最終通達書", size=16, font="serif-bold")
    p.para("この度、貴殿が過去にご契約された通信サービスの利用料金について、契約会社より未納料金の債権譲渡を受け、当機構が"
           "回収業務を行うこととなりましたので、ご通知いたします。")
    p.para(f"現在、貴殿の未納料金は、延滞金及び回収手数料を含め金二十九万八千円となっております。{due.month}月{due.day}日"
           f"（{wd(due)}）正午までに下記担当者へご連絡のうえお支払いいただけない場合、裁判所への訴訟提起、給与及び財産の"
           "差押えの手続に移行いたします。")
    p.para("なお、本件は法務省の認可を受けた当機構が管理しております。第三者（弁護士・消費生活センター等）へのご相談は、"
           "手続が複雑化するためお控えください。")
    p.gap(4)
    y = p.y
    p.add(Box(40, y, 130, 24, 0.8))
    p.at(105, y + 8, "【お問合せ窓口】　担当　薄田", size=11, align="c", font="serif-bold")
    p.at(105, y + 16.5, "担当直通　090-0000-6674", size=13, align="c", font="serif-bold")
    p.at(105, y + 21.8, "（土日祝日も受付しております）", size=8.5, align="c")
    p.y = y + 32
    for s, sz in (("株式会社民間債権管理機構", 12), ("法務省認可　法務大臣許可番号第286号", 9.5),
                  ("東京都千代田区霞が関九丁目（法曹会館別棟）", 9)):
        p.line(s, x=98, size=sz, font="serif-bold" if sz > 11 else "serif")
    p.seal(186, p.y - 14, 13, "square", "民間債権管理機構之印", angle=-6, seed=39151)
    tr = truth(document_type="other", sender="株式会社民間債権管理機構", license_number=286, phone="090-0000-6674",
               status="not_licensed", debtor="赤星真由美", total=T, lump=False, issued=issued, payment_due=due,
               reference="ミ-6674", is_scam=True, input_kind="photo_exif_rotated",
               template="proxy39_scam_final_notice_kanji_prose_amount", received=None)
    return dict(stem="av15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.8, creases=2, fill=0.83, shadow=0.22, shadow_side="right",
                          warm=0.25),
                about="other (scam 「最終通達書」, amount only in kanji prose)",
                unusual="架空請求 photographed on tatami, stored sideways with EXIF orientation 6, with a hand shadow; a red "
                        "framed 「最終通達」; the ONLY amount is in the prose as 「金二十九万八千円」 (kanji with 万, 延滞金 and "
                        "回収手数料 「含め」, no parts); a month-day deadline with a 正午 time; 「法務省の認可を受けた当機構」 and a "
                        "FAKE 「法務省認可　法務大臣許可番号第286号」 for 「株式会社民間債権管理機構」 (not a servicer name → "
                        "not_licensed); an address without a number; a 090 担当直通 open on weekends; 「弁護士・消費生活センター等"
                        "へのご相談は…お控えください」; the creditor only 「契約会社」 (null); 管理番号 with a katakana prefix")


# ---------------------------------------------------------------------------------------------
# av16 real servicer, a short letter whose only amount is one sentence of prose. Phone photo.


def av16():
    issued, due = D(2025, 10, 22), D(2025, 11, 5)
    assign = D(2025, 9, 30)
    T = 418_026
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 23.5, "ご案内番号　AC-2710-0455", size=10, align="r")
    p.y = 30
    p.line("〒330-0000　埼玉県さいたま市浦和区波切台九丁目9番9号", size=10, x=22)
    p.line("墨谷　健　様", size=14, x=26)
    p.gap(8)
    p.title("お支払いのお願い", size=16, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、当社は{era(assign)}付で、万両クレジット株式会社から貴殿に対する債権を譲り受け、同社より貴殿にその旨の"
           "通知がなされております。")
    p.para(f"当社において確認いたしましたところ、{era(issued)}現在、貴殿のご債務の残高は、元金、利息及び遅延損害金を合わせて"
           f"金{T:,}円となっております。つきましては、{era(due)}（{wd(due)}）までに、残高の全額を一括して下記口座にお振込み"
           "くださいますようお願い申し上げます。")
    p.para("ご事情によりお支払いが困難な場合には、お支払方法についてご相談に応じますので、上記期日までに必ず当社担当者まで"
           "ご連絡ください。")
    p.line("敬具", align="r")
    p.gap(3)
    p.line("記", align="c")
    p.kv([("お振込先", "あさぎまだら銀行　本店営業部"), ("", "普通預金　2710045"),
          ("口座名義", "エー・シー・エスサイケンカンリカイシュウ（カ"),
          ("ご注意", "お振込みの際は、ご依頼人名の前にご案内番号（数字のみ）をご入力ください。")], x=40, label_w=28, size=10)
    p.line("以上", align="r")
    p.gap(12)
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社", 11.5, "serif-bold"), ("法務大臣許可番号 第27号", 9.5, "serif"),
                     ("〒170-0000　東京都豊島区すずらん通九丁目9番9号", 9, "serif"),
                     ("お客様相談室　電話 03-0000-2708　担当 祝迫", 10, "serif")):
        p.line(s, x=92, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="03-0000-2708", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="万両クレジット株式会社", debtor="墨谷健", total=T, lump=True, issued=issued, payment_due=due,
               assignment=assign, reference="AC-2710-0455", input_kind="photo_jpeg",
               template="proxy39_servicer_amount_only_in_prose", received=D(2025, 10, 24))
    return dict(stem="av16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=3.0, creases=2, fill=0.82, shadow=0.18, shadow_side="top",
                          warm=0.3),
                about="collection_notice (real servicer, the only amount in one sentence)",
                unusual="phone photo on wood with tri-fold creases and a shadow in the top-left corner; real servicer ★ "
                        "エー・シー・エス債権管理回収株式会社 (「法務大臣許可番号 第27号」 only in the sender block); a plain 拝啓 … "
                        "敬具 letter with NO table and NO box: the ONLY amount is inside one sentence 「…元金、利息及び遅延損害金を"
                        "合わせて金418,026円となっております」 (the parts are never given), the deadline in the next sentence; "
                        "no 喪失 date and no last payment printed; the 譲受 date in the prose; the account number under 記")


LETTERS = [av09, av10, av11, av12, av13, av14, av15, av16]
