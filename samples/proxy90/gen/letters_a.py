"""Proxy set 90, letters cu01–cu08: "amounts in the layouts strangers use, round 3". Every letter states a claim with a
breakdown, written the way real letters write it: a leader list with the rate beside each line (cu01), a header-row
table of two loans with a 合計 row (cu02), a one-sentence 内訳 (cu03), a table whose header is its first COLUMN with
one column per missed instalment (cu04), a 請求の趣旨 list with the 督促手続費用 and its own bracketed 内訳 (cu05), two
cost lines in a header-column table (cu06), a step calculation with the 配当 deducted (cu07) and 万-unit kanji in a
縦書き lawyer's letter (cu08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.05, 0.38, 0.42)
PLUM = (0.40, 0.12, 0.35)
BROWN = (0.42, 0.25, 0.10)
ONE = timedelta(1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def en(n: int) -> str:
    return f"{n:,}円"


def kin(n: int) -> str:
    return f"金{n:,}円"


def vcheck2(pages) -> None:
    """vcheck, plus: no column ends with 令和 / 平成 before the year that continues it."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            assert not (a.s.endswith(("令和", "平成", "令", "平")) and b.s[:1] in "元〇一二三四五六七八九十"), (a.s, b.s)


# ---------------------------------------------------------------------------------------------
# cu01 パルティール債権回収 (real, 第113号) 催告書: a leader list ①②③ with the rate beside each line; 極度額 distractor.


def cu01():
    R = 18.0
    issued, due = D(2025, 6, 18), D(2025, 7, 2)
    assign, acc, lastp = D(2025, 5, 30), D(2024, 11, 27), D(2024, 8, 27)
    P, I = 486_210, 23_457
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(190, 18, era(issued), size=10, align="r")
    p.at(190, 23.5, "お客様番号　PT-2506-44710", size=9.5, align="r")
    p.y = 30
    p.line("〒371-0000　群馬県前橋市楓林町九丁目9番9号", size=10)
    p.line("浜垣　智之　様", size=14)
    p.y = 30
    for s, sz, f in (("パルティール債権回収株式会社", 11, "serif-bold"), ("法務大臣許可番号　第113号", 8.5, "serif"),
                     ("〒105-0000 東京都港区ねむのき坂九丁目9番9号", 8.5, "serif"),
                     ("管理部　担当　萩庭", 9, "serif"), ("TEL 03-0000-8821（平日9:30～17:30）", 9, "serif")):
        p.line(s, x=118, size=sz, font=f)
    p.seal(184, 34, 13, "square", "パルティール債権回収印", angle=3, seed=90011)
    p.gap(6)
    p.title("催　告　書", size=17, font="serif-bold")
    p.para(f"貴殿が株式会社カメリアカードとの間で締結したカード会員契約に基づく債権は、{era(assign)}付で同社から当社に"
           "譲渡され、その旨は同社より通知済みです。")
    p.para(f"貴殿は{era(acc)}の経過により期限の利益を喪失しておりますが、現在に至るまでお支払いがございません。つきましては、"
           f"下記ご請求金額の全額を{era(due)}（{wd(due)}）までに一括してお支払いくださるよう、本書をもって催告いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.line(f"１．ご請求金額の内訳（{era(issued)}現在）", x=24, font="serif-bold", size=10.5)
    x0, x1 = 32, 180
    leader(p, "①　元金", en(P), x0, x1, size=10.5)
    leader(p, "②　利息（期限の利益喪失日まで・年15.0％）", en(I), x0, x1, size=10.5)
    leader(p, f"③　遅延損害金（年18.0％・{era(acc + ONE)}から）", en(L), x0, x1, size=10.5)
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.3))
    p.gap(1.2)
    leader(p, "　　合計（①＋②＋③）", en(T), x0, x1, size=11.5, font="serif-bold")
    p.gap(2)
    p.line("２．ご契約の内容（ご参考）", x=24, font="serif-bold", size=10.5)
    p.kv([("原債権者", "株式会社カメリアカード"), ("ご契約日", "令和元年10月8日（カード会員契約）"),
          ("ご利用枠", "極度額　500,000円（キャッシング枠）"), ("会員番号", "4510-77＊＊-＊＊＊＊-3092"),
          ("最終ご入金日", era(lastp)), ("債権譲受日", era(assign))], x=32, label_w=30, size=9.8)
    p.gap(2)
    p.line("３．お振込先", x=24, font="serif-bold", size=10.5)
    p.para("蒼海銀行　新橋支店　普通預金　2504471　パルティールサイケンカイシュウ（カ　※お振込人名の前にお客様番号を"
           "ご入力ください。", x0=32, size=9.8, indent="")
    p.gap(2)
    p.para("なお、上記期限までにお支払い又はご連絡がない場合には、支払督促の申立て等の法的手続に移行いたしますので、ご了承ください。"
           "遅延損害金は元金に対し、完済の日まで年18.0％の割合で発生いたします。", size=9.8)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-8821", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社カメリアカード", debtor="浜垣智之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-2506-44710", input_kind="pdf_text",
               template="proxy90_servicer_demand_leader_list_rates", received=D(2025, 6, 20))
    return dict(stem="cu01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 催告書, 一括請求)",
                unusual="serif 催告書 of a real servicer ★ パルティール債権回収 (「法務大臣許可番号　第113号」 in the sender block "
                        "top-right, beside the addressee); the amounts as a dotted LEADER list ①元金 / ②利息（期限の利益喪失日"
                        "まで・年15.0％） / ③遅延損害金（年18.0％・…から） / 合計（①＋②＋③） — two rates next to two amounts, "
                        "only the 18.0 is the late rate; a ご参考 kv block with 極度額 500,000円, masked 会員番号, 令和元年 "
                        "contract date; bank account number as a distractor")


# ---------------------------------------------------------------------------------------------
# cu02 翠嵐信用金庫 期限の利益喪失通知書: two loans in a header-row table with 当初貸付額 column and a 合計 row; scanned.


def cu02():
    R = 14.0
    issued, due = D(2025, 7, 22), D(2025, 8, 5)
    acc, lastp, warn = D(2025, 7, 10), D(2025, 4, 30), D(2025, 6, 25)
    loans = [("証書貸付（運転資金）", "R2.9.30", 5_000_000, 3_126_000, 18_744),
             ("証書貸付（設備資金）", "R4.3.15", 1_500_000, 842_500, 5_112)]
    rows = []
    for name, dt, orig, pr, it in loans:
        lt = late(pr, R, acc + ONE, issued)
        rows.append((name, dt, orig, pr, it, lt, pr + it + lt))
    P = sum(r[3] for r in rows)
    I = sum(r[4] for r in rows)
    L = sum(r[5] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(190, 18, f"{era(issued)}", size=10, align="r")
    p.at(190, 23, "お客様番号　0418-227093", size=9.5, align="r")
    p.y = 28
    p.line("〒380-0000　長野県長野市桂川台九丁目9番9号", size=10)
    p.line("尾留川　康弘　様", size=13.5)
    p.gap(2)
    for s, sz, f in (("翠嵐信用金庫", 12.5, "sans-bold"), ("融資管理部　部長　滝柳　正信", 9.5, "sans"),
                     ("〒380-0000 長野県長野市杜松台九丁目9番9号", 8.5, "sans"), ("電話 026-000-4418", 9.5, "sans")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(182, p.y - 16, 13, "square", "翠嵐信用金庫融資管理部長印", angle=-2, seed=90021)
    p.gap(4)
    p.title("期限の利益喪失通知書", size=15.5)
    p.para(f"当金庫は、貴殿に対し{era(warn)}付書面をもって延滞中のご返済金のお支払いを催告いたしましたが、催告期限である"
           f"{era(acc)}までにお支払いがありませんでした。", size=10)
    p.para(f"よって貴殿は、信用金庫取引約定書第5条第2項に基づき、{era(acc)}の経過をもって下記各貸付金について期限の利益を"
           "喪失しましたので通知いたします。つきましては、下記合計額を下記期限までに一括してお支払いください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.line(f"（{era(issued)}現在　単位：円）", x=110, size=8.5)
    head = ["貸付種類", "貸付日", "当初貸付額", "残元金", "未収利息", "遅延損害金", "合　計"]
    body = [[n, d, f"{o:,}", f"{pr:,}", f"{it:,}", f"{lt:,}", f"{t:,}"] for n, d, o, pr, it, lt, t in rows]
    body.append(["合　計", "", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [40, 19, 24, 24, 20, 21, 24], x=18, header=True, aligns="lcrrrrr", size=8.8, row_h=8)
    p.line("※遅延損害金は、残元金に対し期限の利益喪失日の翌日から本書作成日まで年14.0％（年365日の日割計算）。", x=18, size=8)
    p.line(f"※最終ご返済日　{era(lastp)}（毎月末日　約定返済額 合計 96,400円）", x=18, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.8))
    p.at(34, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(68, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お支払方法　当金庫本店営業部の窓口にご持参いただくか、下記口座へお振込みください。", size=9.5, indent="")
    p.para("翠嵐信用金庫　本店営業部　普通預金　0227093　スイランシンキン　ユウシカンリブ", size=9.5, indent="")
    p.para("上記期限までにお支払いのない場合は、連帯保証人　尾留川　輝子　様へのご請求及び担保物件の処分等の法的手続に"
           "着手いたします。", size=9.5)
    p.line("以上", align="r")
    tr = truth(document_type="acceleration_notice", sender="翠嵐信用金庫", phone="026-000-4418",
               creditor="翠嵐信用金庫", status="not_applicable", debtor="尾留川康弘", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0418-227093", input_kind="scan_png",
               template="proxy90_shinkin_acceleration_two_loans_header_row", received=D(2025, 7, 24))
    return dict(stem="cu02", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (信用金庫, two business loans)",
                unusual="信用金庫 期限の利益喪失通知書 (請求喪失 after a 催告): a 7-column HEADER-ROW table of TWO loans "
                        "(貸付種類 / 貸付日 R2.9.30 / 当初貸付額 / 残元金 / 未収利息 / 遅延損害金 / 合計) with a 合計 row → truth = the "
                        "合計 row; 「単位：円」 only above the table; 当初貸付額 5,000,000 / 1,500,000 and 約定返済額 合計 96,400円 "
                        "as distractors; the 催告 date ≠ acceleration; guarantor named")


# ---------------------------------------------------------------------------------------------
# cu03 大瑠璃信用保証 代位弁済のご通知, one-page fax: the claim and its 内訳 in ONE sentence; the 代位弁済額's own 内訳 too.


def cu03():
    R = 14.6
    issued, due = D(2025, 8, 19), D(2025, 9, 2)
    subro, acc, lastp = D(2025, 8, 8), D(2025, 7, 15), D(2025, 4, 26)
    p0, i0, l0 = 1_802_600, 41_230, 30_490
    S = p0 + i0 + l0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.line("ＦＡＸ送信のご案内　　送信日 " + fw(era(issued)) + "　　送信枚数 1枚", size=9)
    p.add(Line(20, p.y, 190, p.y, 0.5))
    p.gap(3)
    p.line("廣岡　千尋　様", size=13)
    p.line("（ＦＡＸ 072-000-5519）", size=8.5, color=GRAY)
    p.y = 22
    for s, sz, f in (("大瑠璃信用保証株式会社", 11.5, "sans-bold"), ("債権管理部　求償グループ", 9, "sans"),
                     ("〒530-0000 大阪市北区睡蓮池九丁目9番9号", 8.5, "sans"),
                     ("TEL 06-000-7715　FAX 06-000-7716", 9.5, "sans"), ("担当　畑岸", 9, "sans")):
        p.line(s, x=118, size=sz, font=f)
    p.seal(184, 26, 12, "square", "大瑠璃信用保証印", angle=4, seed=90031)
    p.y = 53
    p.line("求償管理番号　ORS-7715-0192", x=118, size=9.5)
    p.gap(2)
    p.title("代位弁済のご通知", size=15)
    p.para(f"貴殿の株式会社ばんどう銀行からのお借入れ（フリーローン、平成31年3月22日ご契約、ご融資額2,500,000円）につきまして、"
           f"貴殿が{fw(era(acc))}の経過により期限の利益を喪失されたため、当社は保証委託契約に基づき、{fw(era(subro))}、同行に"
           f"対し金{S:,}円（内訳　元金{p0:,}円、利息{i0:,}円、遅延損害金{l0:,}円）を代位弁済いたしました。", size=10)
    p.para("これにより、当社は貴殿に対し同額の求償権を取得いたしましたので、ご通知申し上げます。", size=10)
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 23, 0.6))
    p.y = y + 2
    p.para(f"つきましては、求償金合計金{T:,}円（内訳　求償元金{S:,}円、{fw(era(subro + ONE))}から本日までの年14.6％の割合に"
           f"よる遅延損害金{L:,}円）を、{fw(era(due))}（{wd(due)}）までに一括して下記口座にお振込みください。",
           x0=24, x1=186, size=10.8, font="sans-bold", indent="")
    p.y = y + 27
    p.para("お振込先　ばんどう銀行 梅田支店 普通預金 7715019 オオルリシンヨウホショウ（カ　※ご依頼人名の前に求償管理番号の下4桁を"
           "ご入力ください。", size=9.3, indent="")
    p.gap(1)
    p.line("ご参考", size=9.5, font="sans-bold")
    p.table([["最終ご返済日（銀行）", fw(era(lastp))], ["期限の利益喪失日", fw(era(acc))], ["代位弁済日", fw(era(subro))],
             ["毎月のご返済額（銀行）", "41,800円"]], [56, 60], x=24, aligns="lr", size=9.3, row_h=6.6, ruled="rows")
    p.gap(3)
    p.para("※遅延損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6％の割合で日々発生いたします。", size=9, indent="")
    p.para("※お支払いが困難な場合は、上記期限までに必ず担当までご連絡ください。ご連絡なく期限を経過した場合は、法的手続を"
           "検討いたします。", size=9, indent="")
    p.para("※当社は貸金業者として登録を受けております（近畿財務局長(2)第01207号）。", size=8.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="大瑠璃信用保証株式会社", phone="06-000-7715",
               creditor="大瑠璃信用保証株式会社", status="not_applicable", original="株式会社ばんどう銀行",
               debtor="廣岡千尋", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="ORS-7715-0192",
               input_kind="fax_tiff", template="proxy90_guarantor_subrogation_one_sentence_fax", received=issued)
    return dict(stem="cu03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:02 OORURI SHINYO HOSHO 06-000-7716",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page fax; the whole claim in ONE bold sentence in a grey box 「求償金合計金…円（内訳　求償元金…円、"
                        "…から本日までの年14.6％の割合による遅延損害金…円）を…までに」; the 代位弁済額 with its OWN bracketed "
                        "内訳 (元金 / 利息 / 遅延損害金 = history, not the claim) in the paragraph above; ご融資額 2,500,000円, "
                        "毎月のご返済額 41,800円, the addressee's own FAX number, the sender's FAX and the 貸金業 registration as "
                        "distractors; full-width era dates")


# ---------------------------------------------------------------------------------------------
# cu04 株式会社フレアクレジット 督促状 (arrears): a header-COLUMN table, one column per missed instalment + 合計; photo.


def cu04():
    R = 20.0
    issued, due = D(2025, 9, 9), D(2025, 9, 19)
    lastp = D(2025, 6, 27)
    inst = [(D(2025, 7, 28), 10_212, 4_788), (D(2025, 8, 27), 10_380, 4_620)]
    cols = []
    for d, pr, it in inst:
        lt = late(pr, R, d + ONE, issued)
        cols.append((d, pr, it, lt, pr + it + lt))
    P = sum(c[1] for c in cols)
    I = sum(c[2] for c in cols)
    L = sum(c[3] for c in cols)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(20, 12, 170, 14, color=None, fill=PLUM))
    p.at(24, 21.5, "FLARE CREDIT", size=13, font="sans-bold", color=WHITE)
    p.at(186, 21, "株式会社フレアクレジット", size=11, font="sans-bold", color=WHITE, align="r")
    p.y = 32
    p.line("〒900-0000", size=9.5)
    p.line("沖縄県那覇市葛原通九丁目9番9号", size=9.5)
    p.line("新里　まゆみ　様", size=13.5)
    p.at(190, 36, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(190, 41, "会員番号　FL-3320-0917", size=9.5, align="r")
    stamp(p, 160, 46, "親展", size=11)
    p.gap(5)
    p.title("ご返済についての大切なお知らせ（督促状）", size=14, color=PLUM)
    p.para("いつもフレアクレジットをご利用いただきありがとうございます。", size=9.8)
    p.para(f"お客様のご返済が、下表のとおり2回分確認できておりません（最終ご入金日：{wdate(lastp)}）。お手数ですが、"
           f"{wdate(due)}（{wd(due)}）までに下表の合計額をお振込みいただきますようお願いいたします。", size=9.8)
    p.gap(1)
    head = ["", f"{inst[0][0].month}月{inst[0][0].day}日ご返済分", f"{inst[1][0].month}月{inst[1][0].day}日ご返済分", "合　計"]
    rows = [head,
            ["ご返済元金"] + [f"{c[1]:,}円" for c in cols] + [f"{P:,}円"],
            ["利息"] + [f"{c[2]:,}円" for c in cols] + [f"{I:,}円"],
            ["遅延損害金（年20.0％）"] + [f"{c[3]:,}円" for c in cols] + [f"{L:,}円"],
            ["小計"] + [f"{c[4]:,}円" for c in cols] + [f"{T:,}円"]]
    p.table(rows, [52, 38, 38, 42], x=20, header=True, shade_col0=True, aligns="lrrr", size=9.8, row_h=8.5)
    p.line(f"※遅延損害金は各回のご返済元金に対し、ご返済期日の翌日から{issued.month}月{issued.day}日までの日割計算です。",
           x=20, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.9, PLUM))
    p.at(25, y + 7, "お振込期限", size=10, font="sans-bold", color=PLUM)
    p.at(25, y + 13, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(185, y + 7, "お振込金額（合計）", size=9, align="r")
    p.at(185, y + 13.5, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 20
    p.line("お振込先　あだん銀行 久茂地支店 普通 3320917 カ）フレアクレジット", size=9.3)
    p.gap(2)
    p.line("ご契約内容（ご参考）", size=9.5, font="sans-bold")
    p.table([["ご利用限度額", "500,000円", "毎月のご返済額", "15,000円（毎月27日）"],
             ["ご利用残高（9月9日現在）", "372,400円", "約定利率", "年15.0％"]],
            [44, 32, 34, 60], x=20, aligns="lrlr", size=8.8, row_h=7, shade_col0=True)
    p.gap(3)
    p.para("ご入金が確認できない場合、期限の利益を喪失し、ご利用残高の全額を一括してご請求することがございます。"
           "ご事情によりお支払いが難しい場合は、お早めにご相談ください。", size=9)
    p.para("お問い合わせ　お客様相談室　0120-000-624（平日9:00～18:00）", size=9.5, font="sans-bold", indent="")
    p.para("株式会社フレアクレジット　〒900-0000 沖縄県那覇市牡丹町九丁目9番9号　貸金業登録番号 沖縄総合事務局長(3)第00218号",
           size=8, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社フレアクレジット", phone="0120-000-624",
               creditor="株式会社フレアクレジット", status="not_applicable", debtor="新里まゆみ", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="FL-3320-0917", input_kind="photo_jpeg",
               template="proxy90_consumer_loan_arrears_header_column_table", received=D(2025, 9, 11))
    return dict(stem="cu04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (consumer-loan 督促状, two missed instalments)",
                unusual="phone photo on a pale desk with creases and a hand shadow at the bottom; plum header band; the "
                        "breakdown as a table whose header is its first COLUMN (ご返済元金 / 利息 / 遅延損害金（年20.0％） / "
                        "小計 shaded on the left) with ONE COLUMN PER MISSED INSTALMENT (7月28日ご返済分, 8月27日ご返済分) "
                        "and a 合計 column → truth = the 合計 column; arrears only (lump false); a second shaded grid "
                        "(ご利用限度額 500,000円, 毎月のご返済額 15,000円, ご利用残高 372,400円, 約定利率 年15.0％) as "
                        "distractors; 会員番号 as the reference")


# ---------------------------------------------------------------------------------------------
# cu05 前橋簡易裁判所 支払督促 (creditor アウロラ債権回収, real), 2 pages: 督促手続費用 with its own bracketed 内訳.

MB_CASE = "令和7年(ロ)第1843号"


def cu05():
    R = 14.6
    issued, filed = D(2025, 10, 14), D(2025, 10, 1)
    assign, acc, lastp = D(2025, 6, 30), D(2025, 2, 10), D(2024, 12, 27)
    P, I = 598_430, 12_064
    L = late(P, R, acc + ONE, filed)
    fees = [("申立手数料", 3_000), ("支払督促正本送達費用", 1_130), ("支払督促発付通知費用", 110),
            ("申立書作成及び提出費用", 800)]
    C = sum(v for _, v in fees)
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=18)
    p.line(fw("令和7年（ロ）第1843号") + "　譲受債権請求督促事件", size=10.5)
    p.gap(6)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=40, label_w=30)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、上記のとおり支払督促を発する。")
    p.gap(2)
    p.para("債務者がこの支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって"
           "仮執行の宣言をする。", size=10)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　前橋簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　塀内　　芳江", size=11)
    p.seal(140, p.y - 6, 15, "square", "前橋簡易裁判所書記官印", angle=0, seed=90051)
    p.gap(12)
    y = p.y
    p.add(Box(20, y, 170, 56, 0.5))
    p.at(24, y + 7, "支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　請求に異議があるときは、同封の督促異議申立書に必要事項を記入し、この支払督促の送達を受けた",
                           "　　日から２週間以内に当裁判所に提出してください。",
                           "２　異議の申立てがあると、請求額に応じて簡易裁判所又は地方裁判所での通常の訴訟手続に移行します。",
                           "３　異議を申し立てず、支払もしないときは、仮執行宣言が付され、強制執行を受けることがあります。",
                           "４　分割払いなどの話合いを希望するときも、督促異議申立書の該当欄にその旨を記載してください。",
                           "５　問い合わせ先　前橋簡易裁判所 民事係　電話 027-000-1843（事件番号をお伝えください）"]):
        p.at(24, y + 15 + i * 6.6, s, size=9.5)
    p.y = y + 62
    p.line("これは正本である。", size=10)
    p.line(f"　　{fw(era(issued))}　前橋簡易裁判所　裁判所書記官　塀内　芳江", size=10)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当　事　者　目　録", size=13, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "アウロラ債権回収株式会社"), ("", "〒100-0000 東京都千代田区無花果通九丁目9番9号"),
          ("", "代表者代表取締役　根路銘　貴之"),
          ("", "（送達場所）同所　電話 03-0000-7690　FAX 03-0000-7691"),
          ("債　務　者", "苑田　健二"), ("", "〒370-0000 群馬県高崎市檸檬坂九丁目9番9号")], x=24, label_w=30, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    q.gap(1)
    items = [("１", f"金{P:,}円", "（残元金）"),
             ("２", f"金{I:,}円", "（未払利息）"),
             ("３", f"金{L:,}円", f"（上記１の残元金に対する{era(acc + ONE)}から{era(filed)}まで年14.6％の割合による遅延損害金）"),
             ("４", "", f"上記１の残元金に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金"),
             ("５", f"金{C:,}円", "（督促手続費用）")]
    for no, amt, note in items:
        b = q.line(no, x=26, size=10.5)
        if amt:
            q.at(36, b, amt, size=10.5)
            q.y -= q.lh(10.5)
            q.para(note, x0=72, x1=188, size=10, indent="")
        else:
            q.y -= q.lh(10.5)
            q.para(note, x0=36, x1=188, size=10, indent="")
    q.para("（督促手続費用の内訳　" + "、".join(f"{k}{v:,}円" for k, v in fees) + "）", x0=36, x1=188, size=9.3, indent="")
    q.gap(1)
    q.line(f"（上記１、２、３及び５の合計　金{T:,}円）", x=36, size=10.5, font="serif-bold")
    q.gap(4)
    q.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　債務者は、令和2年5月11日、株式会社セコイアカードとの間で、極度額50万円、利率年14.9％、遅延損害金年14.6％"
              "とするカードローン契約を締結し、同社から金員の借入れをした。",
              f"２　債務者は、{era(lastp)}の支払を最後に約定の返済を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　株式会社セコイアカードは、{era(assign)}、上記契約に基づく債権を債権者に譲渡し、同年7月4日到達の書面で債務者に"
              "その旨を通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=24, x1=188, size=10, indent="")
    q.gap(3)
    q.line(f"申立年月日　{era(filed)}", x=24, size=10)
    tr = truth(document_type="payment_order", sender="前橋簡易裁判所", phone="027-000-1843",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社セコイアカード",
               debtor="苑田健二", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=MB_CASE, input_kind="pdf_text_2page",
               template="proxy90_payment_order_costs_bracket_breakdown", received=D(2025, 10, 17))
    return dict(stem="cu05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="digital 2-page 支払督促 of 前橋簡裁: p.1 the order, a framed 「支払督促を受け取った方へ」 with the court's "
                        "phone; p.2 当事者目録 (creditor ★ アウロラ債権回収, no licence printed; its 送達場所 phone / FAX as "
                        "distractors) and 請求の趣旨 as numbered items with the AMOUNT FIRST and the label in brackets after it "
                        "（残元金） / （未払利息） / （…遅延損害金） / running item ４ / （督促手続費用）, the cost's OWN bracketed "
                        "内訳 of four fees on the next line (not separate fields), then 「（上記１、２、３及び５の合計　金…円）」; "
                        "極度額50万円, 年14.9％ and 「同年7月4日到達」 in the 請求の原因 as distractors")


# ---------------------------------------------------------------------------------------------
# cu06 和歌山簡易裁判所 仮執行宣言付支払督促 (lender creditor), 2-page image PDF: two cost rows in a header-column table.


def cu06():
    R = 20.0
    order, issued, filed, served = D(2025, 11, 5), D(2025, 12, 10), D(2025, 10, 28), D(2025, 11, 8)
    acc, lastp = D(2025, 6, 30), D(2025, 4, 25)
    P, I = 241_880, 6_912
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_524, 1_330
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 20, "令和7年(ロ)第2096号", size=10.5, align="r")
    p.y = 30
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.kv([("債 権 者", "株式会社ガーベラファイナンス"), ("債 務 者", "杵島　亮介")], x=44, label_w=26)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.line(f"　　{era(order)}", size=10.5)
    p.line("　　　　和歌山簡易裁判所　裁判所書記官　升水　朋美", size=10.5)
    p.gap(4)
    p.line("仮 執 行 宣 言", size=13, font="serif-bold", align="c")
    p.para(f"上記支払督促は、{era(served)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           "よって、債権者の申立てにより、次のとおり宣言する。")
    p.para(f"この支払督促に、手続費用額金{C2:,}円を加えて、仮に執行することができる。")
    p.gap(3)
    p.line(f"　　{era(issued)}", size=11)
    p.line("　　　　和歌山簡易裁判所", size=11)
    p.line("　　　　　　裁判所書記官　升水　朋美", size=11)
    p.seal(150, p.y - 6, 15, "square", "和歌山簡易裁判所書記官印", angle=0, seed=90061)
    p.gap(10)
    y = p.y
    p.add(Box(20, y, 170, 44, 0.4, None, SHADE))
    p.at(24, y + 7, "この書面を受け取った方へ（ご注意）", size=10.5, font="serif-bold")
    for i, s in enumerate(["・この書面の送達を受けた日から２週間以内に督促異議を申し立てることができます。",
                           "・異議を申し立てても、強制執行（給料・預金の差押え等）が止まるとは限りません。",
                           "・期間内に異議の申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
                           "・問い合わせ先　和歌山簡易裁判所 督促係　電話 073-000-2096"]):
        p.at(26, y + 16 + i * 7, s, size=9.8)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当事者目録", size=13, font="serif-bold", align="c")
    q.kv([("債権者", "株式会社ガーベラファイナンス"), ("", "〒640-0000 和歌山県和歌山市芍薬台九丁目9番9号"),
          ("", "代表者代表取締役　安谷屋　修"), ("", "（送達場所・連絡先）電話 073-000-4521"),
          ("債務者", "杵島　亮介"), ("", "〒649-0000 和歌山県海南市薺野九丁目9番9号")], x=24, label_w=24, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=13, font="serif-bold", align="c")
    q.gap(1)
    rows = [["元金", f"{P:,}円"], ["利息（約定利率年18.0％　期限の利益喪失日まで）", f"{I:,}円"],
            [f"遅延損害金（{era(acc + ONE)}から{era(filed)}まで年20.0％）", f"{L:,}円"],
            ["督促手続費用", f"{C1:,}円"], ["仮執行宣言手続費用", f"{C2:,}円"], ["合計", f"{T:,}円"]]
    q.table(rows, [118, 44], x=24, shade_col0=True, aligns="lr", size=10, row_h=9)
    q.gap(2)
    q.para(f"なお、元金{P:,}円に対する{era(filed + ONE)}から支払済みまで年20.0％の割合による遅延損害金を支払え。",
           x0=24, x1=188, size=10, indent="")
    q.gap(4)
    q.line("請求の原因", size=13, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者に対し、令和3年8月2日、金300,000円を、利息年18.0％、遅延損害金年20.0％、毎月25日限り"
              "元利均等返済の約定で貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払をしないため、{era(acc)}の経過により期限の利益を失った。"):
        q.para(s, x0=24, x1=188, size=10, indent="")
    q.gap(3)
    q.line(f"（支払督促申立日　{era(filed)}）", x=24, size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="和歌山簡易裁判所", phone="073-000-2096",
               creditor="株式会社ガーベラファイナンス", status="not_applicable", debtor="杵島亮介", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和7年(ロ)第2096号", input_kind="pdf_scan",
               template="proxy90_enforceable_two_cost_rows_header_column", received=D(2025, 12, 13))
    return dict(stem="cu06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, lender creditor, 2 pages)",
                unusual="2-page image PDF: p.1 the 支払督促 date 11/5, the 送達 11/8 and the 仮執行宣言 date 12/10 (= issued) with "
                        "「手続費用額金1,330円を加えて」 in prose; p.2 請求の趣旨 as a 2-column table whose shaded first COLUMN "
                        "holds the labels 元金 / 利息（約定利率年18.0％…） / 遅延損害金（…年20.0％） / 督促手続費用 / "
                        "仮執行宣言手続費用 / 合計 → costs = the two cost rows; the running damages in a 「なお…」 sentence; "
                        "金300,000円 loan of 令和3年 and the 送達場所 phone as distractors")


# ---------------------------------------------------------------------------------------------
# cu07 SMBC債権回収 (real, 第10号) after the 競売: a step calculation ①−②=③, ④ damages, ⑤ = ③+④; HEIC photo.


def cu07():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    divday, assign, acc = D(2025, 12, 17), D(2024, 3, 29), D(2023, 2, 14)
    Q0 = 18_420_000
    X = late(Q0, R, D(2024, 3, 30), divday)  # damages up to the 配当期日 (inside ①)
    A = Q0 + X
    Dv = 13_862_400
    P = A - Dv
    assert P < Q0
    L = late(P, R, divday + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 19, "SMBC債権回収株式会社", size=13, font="sans-bold", color=(0.0, 0.45, 0.30))
    p.add(Line(20, 22, 190, 22, 0.6, (0.0, 0.45, 0.30)))
    p.at(190, 28, f"{era(issued)}", size=9.5, align="r")
    p.at(190, 33, "お客様番号　SM-0712-58830", size=9.5, align="r")
    p.y = 28
    p.line("〒760-0000　香川県高松市無花果台九丁目9番9号", size=10)
    p.line("庭瀬　正和　様", size=13.5)
    p.gap(5)
    p.title("競売配当後の残債務のご請求", size=15)
    p.para(f"高松地方裁判所令和6年(ケ)第88号担保不動産競売事件につき、{era(divday)}の配当期日において当社は配当金を受領し、"
           "貴殿に対する債権に充当いたしました。充当後もなお下記のとおり残債務がございますので、ご請求額を"
           f"{era(due)}（{wd(due)}）までに一括してお支払いください。", size=10)
    p.gap(1)
    p.line("■ 残債務の計算", size=10.5, font="sans-bold")
    x0, x1 = 26, 184
    for lab, val, bold in (("①　配当期日現在のご債務額（元金及び損害金）", en(A), False),
                           ("②　配当金（充当額）", "△" + en(Dv), False),
                           ("③　充当後の残元金（①－②）", en(P), True),
                           ("④　③に対する損害金（R7.12.18～R8.1.20　年14.0％）", en(L), True),
                           ("⑤　ご請求額（③＋④）", en(T), True)):
        if lab.startswith("⑤"):
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1.4)
        b = p.line(lab, x=x0, size=10.5 if bold else 10, font="sans-bold" if lab.startswith("⑤") else None)
        p.at(x1, b, val, size=11 if lab.startswith("⑤") else 10.5, align="r",
             font="sans-bold" if lab.startswith("⑤") else "sans")
        p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.15, GRAY))
    p.line("※配当金は、損害金、元金の順に充当しております。①の元金は18,420,000円です。", x=x0, size=8.5)
    p.gap(2)
    p.kv([("原債権者（譲渡人）", "株式会社シダー保証"), ("債権譲受日", era(assign)), ("期限の利益喪失日", era(acc)),
          ("売却価額", "15,100,000円（令和7年10月29日代金納付）"),
          ("お振込先", "碧水銀行 高松支店 普通 5883007 エスエムビーシーサイケンカイシュウ（カ")],
         x=26, label_w=40, size=9.5)
    p.gap(3)
    p.para("ご一括でのお支払いが困難な場合は、お支払期限までに下記担当までご相談ください。ご収入等をお伺いのうえ、"
           "お支払方法をご相談させていただきます。", size=9.5)
    p.gap(4)
    for s, sz, f in (("SMBC債権回収株式会社　四国業務課", 10.5, "sans-bold"), ("法務大臣許可番号　第10号", 9, "sans"),
                     ("〒760-0000 香川県高松市林檎町九丁目9番9号", 8.5, "sans"),
                     ("TEL 087-000-5107（受付 平日9:00～17:00）　担当 友寄", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(186, p.y - 13, 12, "square", "SMBC債権回収印", angle=-3, seed=90071)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="087-000-5107", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社シダー保証",
               debtor="庭瀬正和", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, assignment=assign, reference="SM-0712-58830", input_kind="photo_heic",
               template="proxy90_servicer_after_auction_step_calculation", received=D(2026, 1, 22))
    return dict(stem="cu07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.045, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.2),
                about="collection_notice (real servicer, rest after the 競売 配当)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; real servicer ★ SMBC債権回収 (「法務大臣許可番号"
                        "　第10号」 in the sender block at the bottom); the claim as a STEP CALCULATION ①配当期日現在のご債務額 / "
                        "②配当金（充当額） △… / ③充当後の残元金（①－②） / ④③に対する損害金（R7.12.18～R8.1.20 年14.0％） / "
                        "⑤ご請求額（③＋④） → principal = ③, late = ④, total = ⑤; ① and ② (and the 元金 18,420,000 in the "
                        "note), 売却価額 15,100,000円 and the (ケ) number as distractors; no interest; no last payment printed")


# ---------------------------------------------------------------------------------------------
# cu08 善如寺法律事務所 縦書き 通知書 for a consumer lender: 万-unit kanji amounts, 内訳 in brackets; digital.


def cu08():
    R = 20.0
    issued, due = D(2025, 12, 3), D(2025, 12, 17)
    acc, lastp = D(2025, 5, 2), D(2025, 2, 27)
    P, I = 652_000, 31_800
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    kj = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社メープルローン（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", "貴殿は、平成二十九年六月十九日、通知人との間で極度額金百万円とする極度方式基本契約を締結し、"
                 "同契約に基づき金員の借入れをされました。"),
        ("body", f"しかるに貴殿は、{kdate(lastp)}の返済を最後にその後の返済をなさらず、{kdate(acc)}の経過をもって"
                 "期限の利益を喪失されました。"),
        ("body", f"よって、通知人は貴殿に対し、{kdate(issued)}現在の残債務合計{kj(T)}（内訳　元金{kj(P)[1:]}、"
                 f"利息{kj(I)}、年二十パーセントの割合による遅延損害金{kj(L)}）を、"
                 f"{kdate(due)}限り、一括して左記口座にお支払いいただくよう請求いたします。"),
        ("body", "なお、右期限までにお支払いもご連絡もない場合は、通知人の指示により、直ちに法的手続に移行いたします。"
                 "お支払いについてのご相談は当職宛てにお願いいたします。"),
        ("indent", "記"),
        ("indent", "振込先　銀嶺銀行　虎ノ門支店"),
        ("indent", "普通預金　" + kanji_digits("6120583")),
        ("indent", "口座名義　弁護士善如寺誠預り金口"),
        ("indent", "（貴殿の会員番号　ＭＬ０９１３５５２　を振込人名の前にご記入ください）"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区蜜柑坂九丁目九番九号"),
        ("low", "善如寺法律事務所"),
        ("low", "通知人代理人　弁護士　善如寺　誠"),
        ("low", "電話　〇三（〇〇〇〇）七二一四"),
        ("blank", ""),
        ("low", "沖縄県浦添市繁縷町九丁目九番九号"),
        ("low", "宮平　聡子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 90081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "善如寺　誠" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 27 * size * 0.3528 * 1.05, 9, "round", "善如寺", angle=0, seed=90082))
    tr = truth(document_type="collection_notice", sender="善如寺法律事務所", phone="03-0000-7214",
               creditor="株式会社メープルローン", status="not_applicable", debtor="宮平聡子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="ML0913552", input_kind="vertical_pdf",
               template="proxy90_vertical_lawyer_kanji_man_bracket_breakdown", received=D(2025, 12, 5))
    return dict(stem="cu08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a consumer lender, 縦書き 内容証明)",
                unusual="digital 縦書き 通知書 (冠省 … 草々) with the 内容証明 stamp; EVERY amount in positional kanji with 万 "
                        "(金七十六万六百十円) and the whole breakdown inside ONE sentence 「残債務合計金…円（内訳　元金…、利息…、"
                        "年二十パーセントの割合による遅延損害金…）」; an absolute deadline 「…十二月十七日限り」; 極度額金百万円 "
                        "and the 平成二十九年 contract as distractors; the 預り金口 number in kanji digits; the client's "
                        "full-width 会員番号 ＭＬ０９１３５５２ as the reference; phone in kanji digits")


LETTERS = [cu01, cu02, cu03, cu04, cu05, cu06, cu07, cu08]
