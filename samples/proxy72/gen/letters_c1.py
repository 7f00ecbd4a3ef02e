"""Proxy set 72, letters cc01–cc08: "layouts a stranger would use". A card company's 督促状 through a window envelope
(address top-LEFT, a right-aligned block of dates), a joint 債権譲渡通知 with two label/value columns side by side, a
servicer's 一括請求 whose 明細 is on page 2 only, a 簡裁 (ハ) 呼出状 + 訴状 whose claim table has merged cells, a 信用金庫's
縦書き 喪失通知 with the seal stamped over the name, a 支払督促 whose labels stand ABOVE their values, a 仮執行宣言付支払督促
typed into a printed form, and a law office's letter with the sender block at the bottom left and values split over two
lines."""

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
    Text,
    era,
    kdate,
    late,
    text_width,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
FORM = (0.18, 0.45, 0.30)  # the printed form's green
ORANGE = (0.85, 0.38, 0.05)
PLUM = (0.40, 0.12, 0.35)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def one(x: D) -> D:
    return x + timedelta(1)


# ---------------------------------------------------------------------------------------------
# cc01 card company 督促状 in a window envelope: address block top LEFT, a right-aligned block of three dates.


def cc01():
    R = 14.6
    issued, due, lastp = D(2026, 1, 19), D(2026, 2, 2), D(2025, 10, 27)
    rows = [(D(2025, 11, 27), 29_400, 5_020), (D(2025, 12, 29), 28_800, 4_826)]
    calc = [(d, pr, it, late(pr, R, one(d), issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    window(p, 16, 14, "338-0000", ["埼玉県さいたま市中央区磯笛町九丁目9番9号", "磯笛ハイツ 203"], "京谷　芽衣　様",
           "cc01", code="P-0119-0447 親展")
    # the right-aligned date block
    for i, (lab, d) in enumerate((("発行日", issued), ("ご入金期限", due), ("最終ご入金日", lastp))):
        y = 20 + i * 6.2
        p.at(196, y, f"{wdate(d)}（{wd(d)}）", size=10 if i != 1 else 10.5, align="r",
             font="sans-bold" if i == 1 else "sans", color=RED if i == 1 else (0, 0, 0))
        p.at(158, y, lab, size=8.5, align="r", color=GRAY)
    p.add(Line(124, 41, 196, 41, 0.2, GRAY))
    p.at(196, 46, "お客様番号　KW-88-40217", size=9, align="r")
    p.at(196, 58, "かんむりわしカード", size=14, font="sans-bold", align="r", color=ORANGE)
    p.at(196, 62.5, "かんむりわしカード株式会社　債権管理部", size=8, align="r")
    p.y = 70
    p.add(Box(15, p.y, 181, 10, color=None, fill=(0.99, 0.93, 0.86)))
    p.at(105.5, p.y + 7, "カードご利用代金のお支払いについて（督促状）", size=13.5, font="sans-bold", align="c")
    p.y += 14
    p.para("いつも当社カードをご利用いただき、ありがとうございます。", size=9.8)
    p.para("ご指定口座からのお引落しができず、下記のご利用代金が未払いとなっております。お手数ですが、右上のご入金期限までに"
           "下記「ご入金いただく金額」をお振込みください。ご入金の確認は、最終ご入金日以降できておりません。", size=9.8)
    p.gap(2)
    head = ["お支払予定日", "ご利用代金（元金）", "分割・リボ手数料", "遅延損害金", "小　計"]
    body = [[f"{d.year}/{d.month:02d}/{d.day:02d}", f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"]
            for d, pr, it, lt in calc]
    body.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [32, 38, 36, 34, 41], x=15, header=True, aligns="crrrr", size=9.5, row_h=8)
    p.line("（単位：円）※遅延損害金は各回のご利用代金（元金）に対し年14.6％、お支払予定日の翌日から発行日までの日割計算です。",
           x=15, size=7.8)
    sat = D(2025, 12, 27)
    assert wd(sat) == "土" and calc[1][0] == sat + timedelta(2)
    p.line(f"※12月分は{sat.day}日が{wd(sat)}曜日のため、翌営業日の{calc[1][0].day}日がお支払予定日です。", x=15, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.8, ORANGE))
    p.at(20, y + 10, "ご入金いただく金額", size=11, font="sans-bold")
    p.at(120, y + 10.5, f"{T:,}円", size=16, font="sans-bold", align="r")
    p.at(191, y + 10, f"期限 {due.month}/{due.day}（{wd(due)}）", size=10, align="r", color=RED)
    p.y = y + 21
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("あさぎ湾銀行 本店営業部 普通預金 4021788 カンムリワシカード（カ　※ご依頼人名の前にお客様番号をご入力ください。",
           size=9.2, indent="")
    p.gap(1)
    p.line("ご参考", size=9.5, font="sans-bold")
    p.para("カード番号 ****-****-****-4417　ショッピングご利用可能枠 300,000円（現在ご利用停止中）　"
           "次回お引落予定日 2026/01/27（ご請求予定額 33,300円）", size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 27, 0.3, GRAY, (0.97, 0.97, 0.97)))
    for i, s in enumerate(["・ご入金がない場合、会員規約第22条により期限の利益を失い、残債務全額を一括でご請求することがあります。",
                           "・信用情報機関にご延滞の事実が登録されます。",
                           "・お支払いが難しいときは、ご入金期限までに下記までご相談ください。",
                           "　債権管理部 回収第二課　フリーダイヤル 0120-000-628（平日 9:30～18:00）担当 久々湊"]):
        p.at(19, y + 6.5 + i * 5.6, s, size=8.8)
    p.y = y + 31
    p.line("本状と行き違いでご入金いただいた場合は、ご容赦ください。", x=15, size=7.8)
    p.line("かんむりわしカード株式会社 〒100-0000 東京都千代田区琥珀通九丁目9番9号　登録番号 関東財務局長(8)第01388号（貸金業）",
           x=15, size=7.8)
    tr = truth(document_type="collection_notice", sender="かんむりわしカード株式会社", phone="0120-000-628",
               creditor="かんむりわしカード株式会社", status="not_applicable", debtor="京谷芽衣", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="KW-88-40217", input_kind="pdf_text", template="proxy72_card_dunning_window_date_block",
               received=D(2026, 1, 21))
    return dict(stem="cc01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 督促状, two missed instalments, window envelope)",
                unusual="window-envelope letter: the address block with postal bars and a mailing code TOP LEFT; "
                        "a RIGHT-ALIGNED block of three dates with small labels left of them (発行日 / ご入金期限 in red / "
                        "最終ご入金日, each with weekday), the お客様番号 under a rule; brand 「かんむりわしカード」 right, the "
                        "legal name only in small type and again in the foot line; a per-instalment table (ご利用代金（元金） "
                        "/ 分割・リボ手数料 / 遅延損害金 / 小計) with slash dates and a 合計 row, 「（単位：円）」 under it; "
                        "arrears only (lump false); the next 引落 33,300円, the 300,000円 枠, the masked card number and "
                        "会員規約第22条 as distractors")


# ---------------------------------------------------------------------------------------------
# cc02 joint 債権譲渡通知 (bank → SMBC債権回収, real): two label/value columns side by side.


def cc02():
    R = 14.6
    issued, assign, acc, lastp = D(2025, 12, 8), D(2025, 11, 28), D(2025, 9, 16), D(2025, 6, 10)
    P, I = 1_184_330, 21_906
    L = late(P, R, one(acc), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, "譲受人管理番号　SM-25-118204", size=9.5, align="r")
    p.y = 21
    p.line("〒720-0000　広島県福山市潮騒台九丁目9番9号", size=10)
    p.line("波多江　俊介　様", size=13.5)
    p.gap(8)
    p.title("債権譲渡のご通知", size=16)
    p.para(f"株式会社あさぎ湾銀行（以下「譲渡人」）は、お客様との間のカードローン契約に基づきお客様に対して有する下記の債権"
           f"を、{era(assign)}付で、SMBC債権回収株式会社（以下「譲受人」）に譲渡いたしました。", size=10)
    p.para("本書は、民法第467条に基づき、譲渡人及び譲受人の連名でお知らせするものです。今後のお支払い及びお問い合わせは、"
           "譲受人までお願いいたします。お支払方法につきましては、譲受人より改めてご案内いたします。", size=10)
    p.gap(3)
    y0 = p.y
    # two label/value blocks side by side
    blocks = (
        (15, "ご契約の内容", [("ご契約日", era(D(2021, 4, 5))), ("商品名", "あさぎ湾カードローン"),
                             ("ご契約番号", "0712-33-80457"), ("最終ご返済日", era(lastp)),
                             ("期限の利益喪失日", era(acc)), ("債権譲渡日", era(assign))]),
        (108, f"譲渡債権の額（{era(assign)}現在）", [("元金", f"{P:,}円"), ("利息", f"{I:,}円"),
                                                   ("遅延損害金", f"{L:,}円"), ("（年14.6％・喪失日の翌日から）", ""),
                                                   ("合計", f"{T:,}円")]),
    )
    for x, head, rows in blocks:
        p.add(Box(x, y0, 88, 8, color=None, fill=(0.85, 0.90, 0.86)))
        p.at(x + 3, y0 + 5.6, head, size=9.5, font="sans-bold")
        yy = y0 + 8
        for lab, val in rows:
            h = 8.0
            if lab.startswith("（"):
                p.at(x + 6, yy + 3.6, lab, size=7.5, color=GRAY)
                yy += 5.0
                continue
            bold = lab == "合計"
            p.at(x + 3, yy + 5.6, lab, size=9.5, font="sans-bold" if bold else "sans")
            p.at(x + 85, yy + 5.6, val, size=10 if bold else 9.5, align="r", font="sans-bold" if bold else "sans")
            p.add(Line(x, yy + h, x + 88, yy + h, 0.6 if bold else 0.15, (0, 0, 0) if bold else GRAY))
            yy += h
        p.add(Box(x, y0, 88, yy - y0, 0.3))
    p.y = y0 + 58
    p.para("※上記のほか、お客様の譲渡人に対する普通預金口座（あさぎ湾銀行 福山駅前支店）はそのままご利用いただけます。"
           "預金と相殺された金額はございません。", size=8.8, indent="")
    p.gap(4)
    p.line("以上", align="r", size=10)
    p.gap(4)
    for x, role, lines in ((15, "譲渡人", ["〒720-0000 広島県福山市水琴町九丁目9番9号", "株式会社あさぎ湾銀行",
                                         "取締役頭取　黒柳　正臣", "ローン管理部 電話 084-000-2257"]),
                           (108, "譲受人", ["〒135-0000 東京都江東区燈籠町九丁目9番9号", "SMBC債権回収株式会社",
                                          "代表取締役　紫垣　隆之", "法務大臣許可番号　第10号",
                                          "お問合せ 0120-000-310（平日9:00～18:00）"])):
        p.at(x, p.y, f"【{role}】", size=9.5, font="sans-bold")
        for i, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s
            p.at(x + 2, p.y + 6 + i * 5.2, s, size=10.5 if big else 8.8, font="sans-bold" if big else "sans")
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社あさぎ湾銀行", debtor="波多江俊介", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SM-25-118204", input_kind="pdf_text", template="proxy72_joint_assignment_two_columns",
               received=D(2025, 12, 10))
    return dict(stem="cc02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, bank → real servicer)",
                unusual="joint 債権譲渡のご通知 of a bank's カードローン to the real servicer ★ SMBC債権回収株式会社 "
                        "(「法務大臣許可番号　第10号」); the facts as TWO label/value columns SIDE BY SIDE under shaded "
                        "headings (left ご契約の内容: ご契約日 令和3年, 商品名, ご契約番号, 最終ご返済日, 喪失日, 譲渡日; "
                        "right 譲渡債権の額: 元金 / 利息 / 遅延損害金 with its rate in a grey sub-line / 合計), so a line read "
                        "straight across mixes the two; 【譲渡人】 and 【譲受人】 blocks side by side at the foot; the "
                        "譲受人管理番号 top right; informs only; the bank's own phone and ご契約番号 as distractors")


# ---------------------------------------------------------------------------------------------
# cc03 オリックス債権回収 (real): 一括請求, page 1 only the total; the 明細 on page 2 only.


def cc03():
    R = 20.0
    issued, due = D(2026, 2, 16), D(2026, 3, 6)
    assign, acc, lastp = D(2025, 12, 22), D(2025, 7, 31), D(2025, 4, 25)
    P, I = 736_510, 18_244
    L = late(P, R, one(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, "オリックス債権回収株式会社", size=13, font="serif-bold")
    p.at(15, 25, "法務大臣許可　第11号", size=8.5)
    p.at(196, 20, f"{era(issued)}発送", size=9.5, align="r")
    p.at(196, 25.5, "お問合せ番号　OR2602-55871", size=9.5, align="r")
    p.y = 36
    p.line("〒231-0000　神奈川県横浜市中区白鷺坂九丁目9番9号", size=10)
    p.line("為我井　奈緒　様", size=13.5)
    p.gap(8)
    p.title("ご請求書", size=17, font="serif-bold", spaced=True)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para(f"当社は、株式会社ひこばえファイナンスから、お客様に対する貸金債権を{era(assign)}付で譲り受けました。"
           "つきましては、下記の金額を、お支払期限までに一括してお支払いくださいますようご請求申し上げます。")
    p.para("ご請求金額の内訳は、別紙「ご請求明細」（2枚目）のとおりです。")
    p.para("ご事情により一括でのお支払いが難しい場合は、期限までに必ず当社へご連絡ください。")
    p.line("敬具", align="r")
    p.gap(4)
    y = p.y
    p.add(Box(30, y, 150, 34, 0.8))
    p.add(Line(30, y + 17, 180, y + 17, 0.3))
    p.add(Line(80, y, 80, y + 34, 0.3))
    p.at(55, y + 10.5, "ご請求金額", size=12, font="serif-bold", align="c")
    p.at(174, y + 11.5, f"金{T:,}円", size=17, font="serif-bold", align="r")
    p.at(55, y + 27.5, "お支払期限", size=12, font="serif-bold", align="c")
    p.at(174, y + 28, f"{era(due)}（{wd(due)}）", size=14, font="serif-bold", align="r")
    p.y = y + 40
    p.kv([("お振込先", "かいよう銀行 横浜中央支店 普通預金 1558710 オリツクスサイケンカイシユウ（カ"),
          ("", "※振込手数料はお客様のご負担となります。ご依頼人名の前にお問合せ番号を入れてください。")],
         x=22, label_w=24, size=9.5)
    p.gap(8)
    for s, sz, f in (("オリックス債権回収株式会社　個人債権部", 10.5, "serif-bold"),
                     ("〒105-0000 東京都港区赤煉瓦通九丁目9番9号", 9, "serif"),
                     ("電話 0120-000-117（平日 9:00～17:30）　担当 黄瀬", 9.5, "serif")):
        p.line(s, x=92, size=sz, font=f)
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=9.5)
    q.title("ご請求明細", size=15, font="serif-bold")
    q.line(f"為我井　奈緒　様　　　お問合せ番号　OR2602-55871　　　{era(issued)}現在", size=10, x=18)
    q.gap(4)
    rows = [["項　目", "計算期間・利率", "金　額"], ["元金", "", f"{P:,}円"],
            ["利息", f"～{era(acc)}", f"{I:,}円"],
            ["遅延損害金", f"{era(one(acc))}～{era(issued)}　年20.0％", f"{L:,}円"],
            ["合　計", "", f"{T:,}円"]]
    q.table(rows, [40, 86, 44], x=20, header=True, aligns="lcr", size=10, row_h=9)
    q.gap(6)
    q.line("ご契約明細", size=11, font="serif-bold", x=20)
    q.gap(1)
    q.table([["原債権者（譲渡人）", "株式会社ひこばえファイナンス"], ["原契約", "フリーローン（平成31年2月8日ご契約、ご融資額 900,000円）"],
             ["最終ご入金日", era(lastp)], ["期限の利益喪失日", era(acc)], ["債権譲受日", era(assign)],
             ["原契約番号", "HK-0208-3319"]], [44, 126], x=20, aligns="ll", size=9.5, row_h=8, shade_col0=True)
    q.gap(5)
    q.para("※遅延損害金は、元金に対し期限の利益喪失日の翌日から上記計算日まで、年20.0％（年365日の日割計算）で計算しています。"
           "お支払日までさらに日割で発生しますので、期限後にお支払いの場合は当社へ金額をご確認ください。", x0=20, x1=190,
           size=9, indent="")
    q.para("※当社は債権管理回収業に関する特別措置法に基づく法務大臣の許可を受けた債権回収会社です。", x0=20, x1=190, size=9,
           indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-117", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ひこばえファイナンス", debtor="為我井奈緒", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR2602-55871", input_kind="pdf_text_2page",
               template="proxy72_servicer_lump_sum_detail_page_two", received=D(2026, 2, 18))
    return dict(stem="cc03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer 一括請求, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可　第11号」 (no 番号) under its name TOP "
                        "LEFT; page 1 gives ONLY the total and the due date in a 2×2 ruled box (ご請求金額 / お支払期限) and "
                        "「…発送」 after the date; the breakdown (元金 / 利息 / 遅延損害金 / 合計) is ONLY on page 2, a 3-column "
                        "明細 whose middle column holds the windows and 年20.0％; the 譲渡人, last payment, 喪失 and 譲受 dates "
                        "only in a shaded-label ご契約明細 on p.2; 平成31年 contract, ご融資額 900,000円 and 原契約番号 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# cc04 尾道簡易裁判所 (ハ) 呼出状 + 訴状: the claim table has MERGED cells.


def merged_claim_table(p: Page, x: float, y: float, rows: list[tuple[str, str]], total: str, size: float = 10.0) -> float:
    """A ruled claim table: a left cell 「請求金額の内訳」 merged over the item rows, and a 合計 row merged across the
    first two columns. Returns the y below."""
    w0, w1, w2 = 22, 104, 40
    h = 9.0
    n = len(rows)
    W = w0 + w1 + w2
    p.add(Box(x, y, W, h, color=None, fill=SHADE))
    p.at(x + w0 / 2, y + 6, "区分", size=size - 1, align="c")
    p.at(x + w0 + w1 / 2, y + 6, "項目", size=size - 1, align="c")
    p.at(x + w0 + w1 + w2 / 2, y + 6, "金額（円）", size=size - 1, align="c")
    yb = y + h
    for i, (lab, val) in enumerate(rows):
        yy = yb + i * h
        p.at(x + w0 + 2, yy + 6, lab, size=size)
        p.at(x + W - 2, yy + 6, val, size=size, align="r")
        if i:
            p.add(Line(x + w0, yy, x + W, yy, 0.2))
    # merged left cell, text stacked vertically in the middle
    lab = "請求金額"
    cy = yb + n * h / 2 - len(lab) * 4.2 / 2
    for k, ch in enumerate(lab):
        p.at(x + w0 / 2, cy + 3.6 + k * 4.2, ch, size=size, align="c")
    yt = yb + n * h
    p.add(Box(x, yt, W, h, color=None, fill=(0.96, 0.96, 0.96)))
    p.at(x + (w0 + w1) / 2, yt + 6, "合　　計", size=size, align="c", font="serif-bold")
    p.at(x + W - 2, yt + 6, total, size=size + 0.5, align="r", font="serif-bold")
    # rules
    p.add(Box(x, y, W, h * (n + 2), 0.4))
    p.add(Line(x, yb, x + W, yb, 0.3))
    p.add(Line(x, yt, x + W, yt, 0.3))
    p.add(Line(x + w0, y, x + w0, yt, 0.3))
    p.add(Line(x + w0 + w1, y, x + w0 + w1, yt + h, 0.3))
    return yt + h


def cc04():
    R = 14.6
    issued, sued, hearing, answer = D(2026, 4, 14), D(2026, 3, 30), D(2026, 5, 20), D(2026, 5, 13)
    acc, lastp = D(2025, 10, 27), D(2025, 7, 27)
    P, I = 587_430, 31_220
    L = late(P, R, one(acc), sued)
    T = P + I + L
    case = "令和8年(ハ)第146号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和8年（ハ）第146号')}　立替金請求事件", size=10.5)
    p.line("原　　告　株式会社ろうばい信販", size=10.5)
    p.line("被　　告　合田　剛志", size=10.5)
    p.gap(7)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　合田　剛志　殿", size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。"
           "なお、訴状を読んだ上、下記の期限までに答弁書を提出してください。")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 30, 0.5))
    for i, (lab, val) in enumerate((("期　日", f"{era(hearing)}（{wd(hearing)}）午後1時15分"),
                                    ("場　所", "尾道簡易裁判所　第1号法廷（1階）"),
                                    ("答弁書", f"{era(answer)}（{wd(answer)}）までに提出"))):
        p.at(30, y + 7.5 + i * 9.5, lab, size=11)
        p.at(62, y + 7.5 + i * 9.5, val, size=11.5, font="serif-bold" if i == 0 else "serif")
        if i:
            p.add(Line(24, y + i * 10, 186, y + i * 10, 0.2))
    p.add(Line(56, y, 56, y + 30, 0.2))
    p.y = y + 36
    for s in ("１　期日に出頭せず答弁書も提出しないときは、訴状に書かれている原告の言い分を認めたものとして、裁判される"
              "ことがあります。",
              "２　分割払いなどの話合い（和解）を希望するときは、答弁書にその旨を書いてください。",
              "３　出頭の際は、この呼出状と認印を持参してください。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(6)
    p.line(f"　　{era(issued)}", size=11)
    p.line("　　尾道簡易裁判所　裁判所書記官　謝花　　美奈", size=11)
    p.seal(150, p.y - 5, 14, "square", "尾道簡易裁判所書記官印", angle=0, seed=72041)
    p.gap(8)
    p.line("〒722-0000　広島県尾道市桐生野九丁目9番9号", size=9.5, x=22)
    p.line("尾道簡易裁判所　民事係　電話 0848-00-4146（直通）　ＦＡＸ 0848-00-4147", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10.5)
    q.line("尾道簡易裁判所　御中", size=10.5)
    q.line("原告　株式会社ろうばい信販　代表者代表取締役　布袋　信吾", size=10, align="r")
    q.gap(2)
    q.kv([("原　告", "〒730-0000 広島市中区鈴蘭通九丁目9番9号　株式会社ろうばい信販"),
          ("", "（送達場所）同社 債権管理課　電話 082-000-5146　ＦＡＸ 082-000-5147"),
          ("被　告", "〒722-0000 広島県尾道市卯月台九丁目9番9号　合田　剛志")], x=20, label_w=18, size=9.8)
    q.gap(3)
    q.line("請求の趣旨", size=11, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{T:,}円並びにうち金{P:,}円に対する{era(one(sued))}から支払済みまで年14.6％の割合"
           "による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　原告は、令和5年3月18日、被告との間で、被告が販売店から購入した普通乗用自動車の代金につき立替払契約"
              "（立替金額 1,080,000円、分割手数料 年利率換算 8.9％、60回払い、遅延損害金 年14.6％）を締結し、同月、販売店に立替金を支払った。",
              f"２　被告は、{era(lastp)}の支払を最後にその後の支払をせず、原告は書面により20日以上の期間を定めて催告したが、"
              f"被告はその期間内に支払わなかったため、{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、下記の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(2)
    q.y = merged_claim_table(q, 24, q.y, [("立替金残元金", f"{P:,}"), ("未払分割手数料", f"{I:,}"),
                                          (f"遅延損害金（{era(one(acc))}～{era(sued)}　年14.6％）", f"{L:,}")], f"{T:,}")
    q.gap(4)
    q.line("証拠方法　甲第1号証　立替払契約書　　甲第2号証　催告書及び配達証明書", size=9.8, x=22)
    q.line("附属書類　訴状副本 1通　甲号証写し 各1通　資格証明書 1通", size=9.8, x=22)
    tr = truth(document_type="lawsuit", sender="尾道簡易裁判所", phone="0848-00-4146", creditor="株式会社ろうばい信販",
               status="not_applicable", debtor="合田剛志", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy72_summary_court_ha_merged_cells", received=D(2026, 4, 16))
    return dict(stem="cc04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), auto-credit company plaintiff, 2 pages)",
                unusual="呼出状 of a court not used before (尾道簡裁) with 期日 / 場所 / 答弁書 in a ruled box (p.1) + 訴状 "
                        "(p.2), digital; the 訴状's claim table has MERGED cells: a left cell 「請求金額」 set vertically over "
                        "the three item rows (立替金残元金 / 未払分割手数料 / 遅延損害金 with its window) and a 合計 row merged "
                        "across the first two columns, amounts under 「金額（円）」 without 円; the 立替金額 1,080,000円, 8.9％ "
                        "and the plaintiff's 送達場所 phone / FAX as distractors; the court's FAX next to its phone; 訴状 "
                        "3/30 ≠ 呼出状 4/14")


# ---------------------------------------------------------------------------------------------
# cc05 竹取信用金庫 縦書き 期限の利益喪失通知 (内容証明 style), the seal stamped OVER the name; digital.


def cc05():
    R = 14.0
    issued, warn, acc, due, lastp = D(2025, 10, 24), D(2025, 10, 3), D(2025, 10, 17), D(2025, 11, 7), D(2025, 6, 30)
    P, I = 2_863_418, 14_702
    L = late(P, R, one(acc), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿と当金庫との間の令和二年八月二十一日付金銭消費貸借契約（証書貸付・事業性資金）に基づく約定弁済は、"
                 f"{kdate(lastp)}の弁済を最後に遅滞しております。"),
        ("body", f"当金庫は、{kdate(warn)}付書面にて、延滞金を{kdate(acc)}までにお支払いいただくよう催告いたしましたが、"
                 "右期限までにお支払いがありませんでした。"),
        ("body", f"よって、信用金庫取引約定書第五条の定めにより、貴殿は{kdate(acc)}の経過をもって本件借入金債務について期限の"
                 "利益を喪失いたしましたので、ここに通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}までに当金庫本店融資部へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年十月十八日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", "なお、右期日までにお支払いのない場合は、担保不動産の競売申立てその他の法的手続に移行いたしますので、"
                 "ご承知おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "神奈川県小田原市若葉坂九丁目九番九号"),
        ("low", "竹取信用金庫"),
        ("low", "理事長　十二村　惣一郎"),
        ("low", "（本店融資部　電話〇四六五（〇〇）三一〇二）"),
        ("low", "（管理番号　ＴＫ－２５１０３）"),
        ("blank", ""),
        ("low", "神奈川県小田原市弥生坂九丁目九番九号"),
        ("low", "槇原　登美子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    em = size * 0.3528 * 1.05
    name_col = [it for it in pg.items if isinstance(it, VText) and it.s == "竹取信用金庫"][0]
    # the round 理事長印 stamped right over the name, as a hurried clerk does
    pg.items.append(Seal(name_col.x + 1.5, name_col.y + 4 * em, 17, "round", "竹取信用金庫|理事/長印", angle=-8,
                         seed=72051))
    tr = truth(document_type="acceleration_notice", sender="竹取信用金庫", phone="0465-00-3102", creditor="竹取信用金庫",
               status="not_applicable", debtor="槇原登美子", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="TK-25103",
               input_kind="vertical_pdf", template="proxy72_vertical_shinkin_acceleration_seal_over_name",
               received=D(2025, 10, 27))
    return dict(stem="cc05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 (not a company: no 株式会社, 理事長), digital; the round red "
                        "理事長印 is stamped RIGHT OVER the column 「竹取信用金庫」 (the name stays in the text layer, the seal "
                        "is an image); the 催告 date 十月三日 and its deadline 十月十七日 (= acceleration 「の経過をもって」); "
                        "positional kanji amounts; 信用金庫取引約定書第五条 and the 令和二年 contract as distractors; phone "
                        "and 管理番号 in brackets after the name, the phone in kanji digits with a two-digit exchange")


# ---------------------------------------------------------------------------------------------
# cc06 小樽簡易裁判所 支払督促: every label stands ABOVE its value (form cells); creditor アルファ債権回収 (real).


def cell(p, x, y, w, h, label, value, vsize=10.5, lsize=7.5, align="l", font="serif", bold=False):
    p.add(Box(x, y, w, h, 0.3))
    p.at(x + 1.5, y + 1.2 + lsize * 0.3528, label, size=lsize, font="sans", color=GRAY)
    lines = value.split("\n")
    for i, s in enumerate(lines):
        vy = y + h - 2.2 - (len(lines) - 1 - i) * vsize * 0.3528 * 1.35
        vx = {"l": x + 2.5, "r": x + w - 2.5, "c": x + w / 2}[align]
        p.at(vx, vy, s, size=vsize, font=font + ("-bold" if bold else ""), align=align)


def cc06():
    R = 18.0
    issued, filed = D(2026, 3, 5), D(2026, 2, 24)
    acc, lastp, assign = D(2025, 8, 19), D(2025, 5, 19), D(2025, 11, 14)
    P, I, C = 394_210, 6_835, 3_962
    L = late(P, R, one(acc), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第208号"
    p = Page(font="serif", size=10.5, top=14)
    p.title("支 払 督 促", size=18, font="serif-bold")
    y = p.y
    cell(p, 15, y, 60, 13, "事件番号", fw("令和8年（ロ）第208号"))
    cell(p, 75, y, 60, 13, "事件名", "譲受債権支払督促事件")
    cell(p, 135, y, 61, 13, "支払督促の日", fw(era(issued)))
    y += 13
    cell(p, 15, y, 181, 19, "債権者（住所・氏名）",
         "〒104-0000 東京都中央区梓川通九丁目9番9号\nアルファ債権回収株式会社　代表者代表取締役　九戸　昌弘")
    y += 19
    cell(p, 15, y, 181, 13, "債権者の送達場所・連絡先", "同社 札幌オフィス　電話 011-000-2081　ＦＡＸ 011-000-2082", vsize=9.5)
    y += 13
    cell(p, 15, y, 181, 19, "債務者（住所・氏名）", "〒047-0000 北海道小樽市しじみ浜九丁目9番9号\n梶間　颯太")
    p.y = y + 24
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="serif-bold")
    y = p.y
    ws = [38, 34, 40, 33, 36]
    labs = ["１　元金（譲受債権）", "２　利息", "３　確定遅延損害金", "４　督促手続費用", "合計（１～４）"]
    vals = [P, I, L, C, T]
    x = 15
    for w, lab, v in zip(ws, labs, vals, strict=True):
        cell(p, x, y, w, 15, lab, f"{v:,}円", vsize=11.5, align="r", bold=lab.startswith("合計"))
        x += w
    p.y = y + 18
    p.para(f"５　上記１の金額に対する{era(one(filed))}から完済まで年18％の割合による遅延損害金", x0=15, x1=196, size=10,
           indent="")
    p.para(f"（注）３は、１に対する{era(one(acc))}から{era(filed)}まで年18％の割合による。", x0=15, x1=196, size=9,
           indent="")
    p.gap(2)
    p.line("請求の原因", size=11.5, font="serif-bold")
    for s in ("１　株式会社わすれぐさローン（以下「原債権者」）は、令和4年1月12日、債務者との間で、極度額60万円、利率年15％、"
              "遅延損害金年18％とするカードローン契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、同月、債務者にその旨を通知した。"):
        p.para(s, x0=15, x1=196, size=9.5, indent="")
    p.gap(3)
    y = p.y
    cell(p, 15, y, 90, 15, "裁判所", "小樽簡易裁判所")
    cell(p, 105, y, 91, 15, "裁判所書記官", "宮房　　克典")
    p.seal(178, y + 8, 13, "square", "小樽簡易裁判所書記官印", angle=0, seed=72061)
    y += 15
    cell(p, 15, y, 90, 13, "申立日", fw(era(filed)))
    cell(p, 105, y, 91, 13, "問合せ（書記官室・直通）", "0134-00-7208", vsize=10.5)
    p.y = y + 17
    p.add(Box(15, p.y, 181, 19, 0.6, None, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["【注意】この支払督促に不服があるときは、送達を受けた日から２週間以内に、督促異議を申し立ててください。",
                           "異議の申立てがないと、仮執行宣言が付され、強制執行を受けることがあります。分割払いの話合いを希望する",
                           "ときも、督促異議申立書にその旨を書いて提出してください。（同封の申立書用紙をご利用ください。）"]):
        p.at(18, p.y + 5.5 + i * 5.2, s, size=8.8)
    tr = truth(document_type="payment_order", sender="小樽簡易裁判所", phone="0134-00-7208",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社わすれぐさローン",
               debtor="梶間颯太", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy72_payment_order_label_above_value", received=D(2026, 3, 9))
    return dict(stem="cc06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, one page)",
                unusual="支払督促 of a court not used before (小樽簡裁) laid out as FORM CELLS: every label is small grey type "
                        "ABOVE its value (事件番号 / 事件名 / 支払督促の日, 債権者, 送達場所, 債務者, 裁判所書記官, 申立日, 問合せ); "
                        "請求の趣旨 as FIVE side-by-side cells (１元金（譲受債権） / ２利息 / ３確定遅延損害金 / ４督促手続費用 "
                        "/ 合計（１～４）) with the amounts under the labels; creditor ★ アルファ債権回収株式会社 (no licence "
                        "number, court paper); its 送達場所 phone / FAX as distractors; running item ５; 極度額60万円 and "
                        "年15％ in the 原因")


# ---------------------------------------------------------------------------------------------
# cc07 津山簡易裁判所 仮執行宣言付支払督促 TYPED INTO A PRINTED FORM (green pre-printed labels, black fill); 2 pages.


def fill(p, x, y, s, size=10.5, dx=0.6, dy=0.5, align="l"):
    """A value typed into the printed form: black, a touch off the printed guide (the printer's feed)."""
    p.add(Text(x + dx, y + dy, s, size, "sans", align))


def pr(p, x, y, s, size=9.0, font="serif", align="l"):
    p.add(Text(x, y, s, size, font, align, FORM))


def form_line(p, x, y, parts, size=10.5, font="serif"):
    """A printed line with blanks: a str is printed (green); a (value, n) pair is a blank of n full-width spaces with
    the value typed into it (black, centred in the blank)."""
    for part in parts:
        if isinstance(part, str):
            pr(p, x, y, part, size, font)
            x += text_width(part, size, font)
        else:
            val, n = part
            w = text_width("　" * n, size, font)
            fill(p, x + w / 2, y, val, size, dx=0.3, align="c")
            x += w


def cc07():
    R = 14.6
    issued, order, served, filed = D(2026, 2, 24), D(2026, 1, 20), D(2026, 1, 23), D(2026, 1, 13)
    acc, lastp, assign = D(2025, 7, 4), D(2025, 4, 4), D(2025, 10, 31)
    P, I, C1, C2 = 268_940, 12_118, 3_446, 1_092
    L = late(P, R, one(acc), filed)
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年(ロ)第31号"
    p = Page(font="serif", size=10.5, top=12)
    # the printed form
    p.add(Box(12, 10, 186, 277, 0.8, FORM))
    pr(p, 186, 16, "様式第４号（仮執行宣言付支払督促）", 7, align="r")
    form_line(p, 18, 22, ["令和", ("8", 3), "年（ロ）第", ("31", 6), "号"], 11)
    pr(p, 105, 36, "仮執行宣言付支払督促", 18, "serif-bold", "c")
    y = 44
    for lab, h in (("債 権 者", 20), ("債 務 者", 16)):
        p.add(Box(18, y, 174, h, 0.4, FORM))
        p.add(Box(18, y, 26, h, 0.0, None, (0.90, 0.95, 0.91)))
        pr(p, 31, y + h / 2 + 1.2, lab, 10, align="c")
        y += h
    fill(p, 47, 50, "〒708-0000 岡山県津山市菜の花台九丁目9番9号", 9.5)
    fill(p, 47, 55.5, "パルティール債権回収株式会社", 11)
    fill(p, 47, 60.5, "代表者代表取締役　鰹谷　雅人", 9.5)
    fill(p, 47, 70, "〒708-0000 岡山県津山市皐月通九丁目9番9号", 9.5)
    fill(p, 47, 75.5, "母袋　清美", 11)
    pr(p, 18, 88, "債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", 10.5)
    form_line(p, 18, 95, ["上記の支払督促は、令和", ("8", 2), "年", ("1", 2), "月", ("23", 2),
                          "日債務者に送達されたが、債務者は法定期間内に督促異議の"], 10.5)
    pr(p, 18, 101.5, "申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", 10.5)
    pr(p, 18, 110, "請 求 の 趣 旨", 11, "serif-bold")
    y = 114
    items = [("１", "元　　　金", P), ("２", "利　　　息", I), ("３", "確定遅延損害金", L), ("４", "督促手続費用", C1),
             ("５", "仮執行宣言の手続費用", C2), ("", "合　　　計", T)]
    for no, lab, v in items:
        p.add(Box(18, y, 174, 8.5, 0.35, FORM, (0.95, 0.98, 0.95) if not no else None))
        pr(p, 23, y + 6, no, 10)
        pr(p, 32, y + 6, lab, 10, "serif-bold" if not no else "serif")
        pr(p, 186, y + 6, "円", 10, align="r")
        fill(p, 180, y + 5.5, f"{v:,}", 11, align="r")
        y += 8.5
    p.add(Line(122, 114, 122, y, 0.3, FORM))
    form_line(p, 18, y + 7, ["６　上記１の金額に対する　令和", ("8", 2), "年", ("1", 2), "月", ("14", 2), "日から完済まで年",
                             ("14.6", 3), "％の割合による遅延損害金"], 9.5)
    pr(p, 18, y + 13.5, "（３は１に対する期限の利益喪失日の翌日から申立日まで、４は支払督促、５は仮執行宣言の費用）", 8)
    y += 22
    pr(p, 18, y, "請求の原因　別紙のとおり", 10)
    form_line(p, 18, y + 12, ["令和", ("8", 2), "年", ("2", 2), "月", ("24", 2), "日"], 11)
    form_line(p, 18, y + 20, [("津山", 3), "簡易裁判所　裁判所書記官", ("花籠　千尋", 7)], 11)
    p.seal(150, y + 17, 14, "square", "津山簡易裁判所書記官印", angle=0, seed=72071)
    y += 30
    p.add(Box(18, y, 174, 38, 0.4, FORM))
    pr(p, 22, y + 6, "【この書面を受け取った方へ】", 10, "serif-bold")
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議",
                           "の申立てをすることができます。申立てをしても、強制執行は当然には停止されません。申立てがないとき",
                           "は、確定判決と同一の効力を生じます。",
                           ]):
        pr(p, 22, y + 13 + i * 5.8, s, 9.3)
    form_line(p, 22, y + 13 + 3 * 5.8, ["問合せ先　", ("津山", 3), "簡易裁判所　民事係　電話", ("0868-00-3131", 8)], 9.3)
    pr(p, 186, 282, "これは正本である。", 9, align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line(f"（別紙）　{fw('令和8年（ロ）第31号')}", size=10)
    q.gap(3)
    q.line("請　求　の　原　因", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    for s in ("１　株式会社百日紅クレジット（以下「原債権者」）は、令和2年6月3日、債務者との間でクレジットカード会員契約を締結し、"
              "債務者はこれに基づきショッピング及びキャッシングを利用した。約定の遅延損害金は年14.6％である。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠ったため、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記債権を債権者に譲渡し、その頃、債務者に対し内容証明郵便でその旨を通知した。",
              f"４　原債権者の債務者に対する残債権は、元金{P:,}円及び未払利息{I:,}円である。",
              f"５　支払督促は{era(order)}に発付され、同月{served.day}日に債務者に送達された。"):
        q.para(s, x0=22, x1=190, size=10.3, indent="")
    q.gap(6)
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "〒708-0000 岡山県津山市菜の花台九丁目9番9号"), ("", "パルティール債権回収株式会社"),
          ("", "（送達場所）同社 中国債権管理センター　電話 086-000-3113"), ("債務者", "〒708-0000 岡山県津山市皐月通九丁目9番9号"),
          ("", "母袋　清美")], x=22, label_w=22, size=10)
    q.y = 280
    q.line(f"仮執行宣言申立日　{era(D(2026, 2, 12))}", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="津山簡易裁判所", phone="0868-00-3131",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社百日紅クレジット",
               debtor="母袋清美", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy72_enforceable_typed_into_printed_form", received=D(2026, 2, 27))
    return dict(stem="cc07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, printed form, 2 pages)",
                unusual="a PRINTED FORM (様式第４号, green frame, green pre-printed labels and 「令和　　年　　月　　日」 "
                        "blanks) with the data TYPED into it in black, a little off the guides: the case number typed into "
                        "「令和　年（ロ）第　号」, the 送達 date, the running-damages start and rate and the order date typed "
                        "digit-groups into the printed blanks (令和 8 年 2 月 24 日), the court name 「津山」 typed before the "
                        "printed 「簡易裁判所」; 請求の趣旨 as printed rows with typed amounts and a printed 円 column; TWO cost "
                        "rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum); p.2 a typed 別紙 with the 原因 (支払督促 date "
                        "1/20 and its 送達 in prose) and the 当事者目録 (creditor ★ パルティール債権回収, 送達場所 phone as a "
                        "distractor); image-only PDF of 2 pages")


# ---------------------------------------------------------------------------------------------
# cc08 law office for a consumer lender: sender block at the BOTTOM LEFT; values split over two lines in narrow cells.


def cc08():
    R = 20.0
    issued, due = D(2026, 2, 9), D(2026, 2, 27)
    acc, lastp = D(2025, 9, 5), D(2025, 6, 5)
    P, I = 452_380, 7_904
    L = late(P, R, one(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.y = 26
    p.line("〒980-0000　宮城県仙台市青葉区くすのき坂九丁目9番9号", size=10)
    p.line("七戸　大輔　殿", size=13.5)
    p.gap(10)
    p.title("ご　通　知", size=17, font="serif-bold")
    p.para("冠省　当職は、株式会社霧笛ファイナンス（以下「通知人」といいます。）から、貴殿に対する貸金債権の回収について"
           "委任を受けた弁護士です。")
    p.para(f"貴殿は、通知人との間の金銭消費貸借契約に基づく返済を{era(lastp)}の支払を最後に怠り、{era(acc)}の経過により"
           "期限の利益を喪失しております。")
    p.para("つきましては、下表の金額を、お支払期限までに下記口座へ一括してお支払いください。期限までにお支払い又はご連絡が"
           "ないときは、通知人の意向により、法的手続をとることとなりますので、念のため申し添えます。")
    p.para("なお、今後のご連絡はすべて当職宛てにお願いいたします。通知人への直接のご連絡はお控えください。")
    p.line("草々", align="r")
    p.gap(3)
    # narrow cells: the values wrap onto a second line
    y = p.y
    heads = ["債権者（通知人）", "当職受任番号", "ご請求金額", "お支払期限"]
    vals = [["株式会社霧笛", "ファイナンス"], ["KJ-2602", "-0117"], [f"金{T:,}円"], [f"令和8年{due.month}月", f"{due.day}日（{wd(due)}）限り"]]
    ws = [42, 34, 48, 44]
    x = 21
    for hd, v, w in zip(heads, vals, ws, strict=True):
        p.add(Box(x, y, w, 8, 0.3, (0, 0, 0), SHADE))
        p.at(x + w / 2, y + 5.6, hd, size=9, align="c")
        p.add(Box(x, y + 8, w, 16, 0.3))
        if len(v) == 1:
            p.at(x + w / 2, y + 18, v[0], size=12.5, font="serif-bold", align="c")
        else:
            p.at(x + w / 2, y + 14.5, v[0], size=10.5, align="c")
            p.at(x + w / 2, y + 20.5, v[1], size=10.5, align="c")
        x += w
    p.y = y + 29
    p.line("ご請求金額の内訳", size=10.5, font="serif-bold", x=21)
    for lab, val in (("残元金", f"{P:,}円"), ("利息（期限の利益喪失日まで）", f"{I:,}円"),
                     (f"遅延損害金（{era(one(acc))}から本書作成日まで、年20％）", f"{L:,}円")):
        b = p.line(lab, x=27, size=10)
        p.at(189, b, val, size=10, align="r")
    p.add(Line(27, p.y + 0.3, 189, p.y + 0.3, 0.3))
    p.gap(1.2)
    b = p.line("合計", x=27, size=10.5, font="serif-bold")
    p.at(189, b, f"{T:,}円", size=10.5, font="serif-bold", align="r")
    p.gap(3)
    p.kv([("振込先", "かいよう銀行 仙台支店 普通預金 0261170"), ("口座名義", "弁護士鍜治恭介預り金口（ベンゴシカジキョウスケアズカリキングチ）")],
         x=21, label_w=22, size=9.8)
    p.para("※ご依頼人名の前に当職受任番号をご入力ください。通知人の会員番号 5501-＊＊＊＊-0931 は、振込の際には使用しません。",
           x0=21, x1=190, size=8.8, indent="")
    # the sender block at the BOTTOM LEFT
    y = 236
    p.add(Box(15, y, 100, 44, 0.4))
    for i, (s, sz, f) in enumerate((("〒980-0000 宮城県仙台市青葉区水琴町九丁目9番9号", 8.8, "serif"),
                                    ("水琴ビル 5階", 8.8, "serif"),
                                    ("鍜治法律事務所", 13, "serif-bold"),
                                    ("通知人代理人　弁護士　鍜　治　恭　介", 11, "serif"),
                                    ("（仙台弁護士会所属）", 8.5, "serif"),
                                    ("電話 022-000-8017　ＦＡＸ 022-000-8018", 9.5, "serif"))):
        p.at(19, y + 6.5 + i * 6.6, s, size=sz, font=f)
    p.seal(104, y + 27, 12, "square", "弁護士鍜治恭介印", angle=4, seed=72081)
    tr = truth(document_type="collection_notice", sender="鍜治法律事務所", phone="022-000-8017",
               creditor="株式会社霧笛ファイナンス", status="not_applicable", debtor="七戸大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KJ-2602-0117", input_kind="scan_png",
               template="proxy72_law_office_sender_bottom_left_split_values", received=D(2026, 2, 12))
    return dict(stem="cc08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="collection_notice (law office for a consumer lender)",
                unusual="a lawyer's ご通知 (冠省 … 草々), scanned; NO letterhead — the sender is a framed block at the BOTTOM "
                        "LEFT (address in two lines, 鍜治法律事務所, 「通知人代理人　弁護士　鍜　治　恭　介」 spaced, 弁護士会, "
                        "TEL and FAX on one line) with a square seal; four narrow shaded-head cells where the VALUES WRAP "
                        "onto a second line: the creditor 「株式会社霧笛」 / 「ファイナンス」, the 受任番号 「KJ-2602」 / "
                        "「-0117」 and the due date 「令和8年2月」 / 「27日（金）限り」; the 内訳 as leader-less lines below; "
                        "the client's masked 会員番号 and a 預り金口 account as distractors")


LETTERS = [cc01, cc02, cc03, cc04, cc05, cc06, cc07, cc08]
