"""Proxy set 39, letters av01–av08: "amounts in every shape". A 信用金庫's 喪失通知 whose 元金 is only in 千円, a card
company's ￥…- statement with a ▲ payment, a real servicer's 和解 proposal over three contracts with sub-totals, a
地裁 訴状 with a 利息 row of 0 円, a law office's 縦書き 催告書 in 大字 with 也, a 支払督促 whose 督促手続費用 is broken
into 印紙代 / 送達費用, a 仮執行宣言付支払督促 with a －弁済充当額 line, and a joint 譲渡通知 in 万 notation."""

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
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.28, 0.10)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def sl(d: D) -> str:
    return f"{d.year}/{d.month}/{d.day}"


def man(n: int) -> str:
    """62万円 / 1万8,402円 / 3万0,813 is never printed: the rest after 万 is written as it is (402, 4,813)."""
    hi, lo = divmod(n, 10000)
    if not hi:
        return f"{lo:,}円"
    return f"{hi:,}万{lo:,}円" if lo else f"{hi:,}万円"


def rowline(p, label, val, x0, x1, size=10, font=None, bold=False, rule=False):
    if rule:
        p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
        p.gap(1.2)
    f = font or p.font
    b = p.line(label, x=x0, size=size, font=(f + "-bold") if bold else f)
    p.at(x1, b, val, size=size, align="r", font=(f + "-bold") if bold else f)
    return b


# ---------------------------------------------------------------------------------------------
# av01 信用金庫 期限の利益喪失通知: three loans in a 千円 table; the 元金 in the yen block only as 「15,020千円」.


def av01():
    R = 14.0
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    warn, acc, lastp = D(2025, 11, 21), D(2025, 12, 5), D(2025, 9, 30)
    loans = [("証書貸付（設備資金）", D(2020, 4, 30), 20_000, 11_400), ("証書貸付（運転資金）", D(2022, 10, 31), 5_000, 3_120),
             ("当座貸越（極度額1,000）", D(2021, 1, 29), 1_000, 500)]
    Pk = sum(r[3] for r in loans)
    assert Pk == 15_020
    P = Pk * 1000
    I = 118_640
    days = (issued - acc).days
    L = late(P, R, acc + timedelta(1), issued)
    assert (issued - (acc + timedelta(1))).days + 1 == days == 7
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 10, 10, 0.8, TEAL))
    p.at(20, 19.3, "岬", size=12, font="serif-bold", color=TEAL, align="c")
    p.at(28, 19.5, "みさき信用金庫", size=15, font="serif-bold", color=TEAL)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "融資管理番号　MS-2512-0417", size=9.5, align="r")
    p.y = 32
    p.line("〒730-0000　広島県広島市中区あさつゆ町九丁目9番9号", size=9.5, x=18)
    p.line("ひいずみ工務店", size=10, x=18)
    p.line("樋泉　康之　様", size=13.5, x=22)
    p.gap(3)
    p.line("配達証明付", size=8.5, x=170, color=GRAY)
    p.title("期限の利益喪失のご通知", size=15.5, font="serif-bold")
    p.para(f"貴殿に対する下記のお借入れにつきましては、{era(lastp)}のご入金を最後にご返済が滞っており、当金庫は"
           f"{era(warn)}付催告書により延滞額のお支払いを求めましたが、催告期限の{era(acc)}までにご入金がございませんでした。")
    p.para(f"つきましては、信用金庫取引約定書第5条第2項により、貴殿は{era(acc)}の経過をもって下記全てのお借入れについて"
           f"期限の利益を喪失されましたので、ご通知申し上げます。下記ご請求金額を{era(due)}（{wd(due)}）までに一括して"
           "お支払いください。")
    p.gap(1)
    p.line("１．お借入明細", size=10.5, font="serif-bold", x=18)
    p.at(196, p.y - 1.5, "（単位：千円）", size=8.5, align="r")
    rows = [["科　目", "ご融資日", "当初ご融資額", "残元金"]]
    rows += [[k, jis(d), f"{a:,}", f"{b:,}"] for k, d, a, b in loans]
    rows.append(["合　計", "", "", f"{Pk:,}"])
    p.table(rows, [62, 34, 40, 45], x=15, header=True, aligns="lcrr", size=9.8, row_h=7.4)
    p.gap(4)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="serif-bold", x=18)
    x0, x1 = 26, 190
    rowline(p, "元金（上記残元金合計）", f"{Pk:,}千円", x0, x1, size=10.5)
    rowline(p, f"未収利息（{jis(lastp)}～{jis(acc)}）", f"{I:,}円", x0, x1, size=10.5)
    rowline(p, "遅延損害金（元金に対し年14.0％・日割計算）", f"{L:,}円", x0, x1, size=10.5)
    p.line(f"　　　{era(acc + timedelta(1))}から{era(issued)}まで　{days}日間　※円未満切捨て", x=x0, size=9)
    p.gap(1.5)
    y = p.y
    p.add(Box(x0 - 4, y, x1 - x0 + 8, 13, 1.0, TEAL, (0.92, 0.96, 0.96)))
    p.at(x0, y + 8.6, "ご請求金額合計", size=12, font="serif-bold")
    p.at(x1, y + 9, f"金{T:,}円", size=15, font="serif-bold", align="r")
    p.y = y + 18
    p.para("※元金は千円単位で表示しておりますが、各お借入れの残元金はいずれも千円未満の端数はございません。"
           "未収利息及び遅延損害金は円単位です。", size=8.8, indent="")
    p.para("※上記期限後も、元金に対し完済の日まで年14.0％（年365日の日割計算）の遅延損害金が発生いたします。", size=8.8,
           indent="")
    p.gap(1)
    p.kv([("お振込先", "みさき信用金庫　本店営業部　普通預金　0417258"), ("口座名義", "ミサキシンキン　ユウシカンリカ")],
         x=18, label_w=24, size=9.5)
    p.gap(6)
    for s, sz, f in (("みさき信用金庫　融資管理課", 11, "serif-bold"), ("〒730-0000　広島県広島市中区みちしお町九丁目9番9号", 9, "serif"),
                     ("理事長　柿沼　宗一郎", 10, "serif"), ("電話 082-000-5521（融資管理課直通）　担当 鵜沢", 9.5, "serif")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 16, 14, "square", "みさき信用金庫理事長印", angle=2, seed=39011)
    tr = truth(document_type="acceleration_notice", sender="みさき信用金庫", phone="082-000-5521",
               creditor="みさき信用金庫", status="not_applicable", debtor="樋泉康之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="MS-2512-0417", input_kind="pdf_text", template="proxy39_shinkin_acceleration_principal_in_thousands",
               received=D(2025, 12, 15))
    return dict(stem="av01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (信用金庫, three business loans, 元金 only in 千円)",
                unusual="a 信用金庫 (no 株式会社) 喪失通知 to a sole proprietor with a 屋号 line above the name; a loan table "
                        "「お借入明細（単位：千円）」 of THREE loans (証書貸付 ×2, 当座貸越 with 「極度額1,000」 in the label) with "
                        "当初ご融資額 and 残元金 in 千円 and a 合計 row 15,020; the ご請求金額 block gives the 元金 ONLY as "
                        "「15,020千円」 (never in yen) and 未収利息 / 遅延損害金 in 円, the damage window as 「…まで　7日間」 with "
                        "「年14.0％・日割計算」 and 「※円未満切捨て」; the yen total only in the tinted box; JIS dates R2.4.30 in the "
                        "table and the 未収利息 window; the 催告書 date and its deadline (= acceleration 「の経過をもって」)")


# ---------------------------------------------------------------------------------------------
# av02 card company 一括請求: ￥…- amounts with a trailing dash, a ▲ payment deducted from the 元金, a 手数料 row.


def av02():
    R = 14.6
    issued, due = D(2025, 11, 20), D(2025, 12, 4)
    acc, lastp = D(2025, 11, 10), D(2025, 10, 27)
    P0, paid = 318_400, 20_000
    P = P0 - paid
    I = 7_962
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L

    def y(n: int) -> str:
        return f"￥{n:,}-"

    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=PLUM))
    p.at(15, 6.3, "AKATSUKI CARD", size=9, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "親展・重要なお知らせ", size=8.5, color=WHITE, align="r")
    p.at(15, 20, "アカツキカード", size=16, font="sans-bold", color=PLUM)
    p.at(196, 17, f"発行日 {issued.year}年{issued.month}月{issued.day}日", size=9, align="r")
    p.at(196, 22, "お問合せ番号 AK-118-40273", size=9, align="r")
    p.at(196, 27, "会員番号 4980-XXXX-XXXX-2718", size=8, align="r", color=GRAY)
    p.y = 32
    p.line("〒950-0000 新潟県新潟市中央区ゆうなぎ台九丁目9-9", size=9.5, x=20)
    p.line("ゆうなぎハイツ203", size=9.5, x=20)
    p.line("鶴飼　千尋　様", size=13.5, x=24)
    p.gap(4)
    p.title("ご利用残高一括お支払いのご請求", size=14.5, color=PLUM)
    p.para("毎月のお支払いにつきまして、再三ご案内いたしましたが所定のお支払いが確認できず、会員規約第22条に基づき"
           f"{acc.month}月{acc.day}日をもって期限の利益を喪失されました。つきましては、ご利用残高の全額を下記期限までに"
           "一括してお支払いくださいますようお願い申し上げます。", size=9.6)
    p.gap(1)
    p.line(f"■ ご請求明細（{issued.year}年{issued.month}月{issued.day}日現在）", size=10, font="sans-bold", x=20)
    rows = [["項　目", "金　額"],
            ["ご利用残高（元金）", y(P0)],
            [f"ご入金額（{lastp.month}/{lastp.day}ご入金分）", f"▲{y(paid)}"],
            ["差引残元金", y(P)],
            ["分割払手数料（未払分）", y(I)],
            ["遅延損害金（年14.6％）", y(L)],
            ["ご請求額合計", y(T)]]
    p.table(rows, [96, 60], x=27, header=True, aligns="lr", size=10, row_h=7.6)
    p.para(f"※{lastp.month}月{lastp.day}日にご入金いただいた{paid:,}円は、元金に充当いたしました。"
           f"遅延損害金は差引残元金に対し{acc.month}月{acc.day + 1}日から本状発行日までの日割計算です。", size=8.5,
           x0=27, x1=183, indent="")
    p.gap(3)
    yy = p.y
    p.add(Box(27, yy, 156, 16, 1.2, PLUM))
    p.add(Box(27, yy, 44, 16, color=None, fill=PLUM))
    p.at(49, yy + 10.2, "お支払期限", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(76, yy + 10.5, f"{due.year}年{due.month}月{due.day}日（{wd(due)}）", size=13, font="sans-bold")
    p.at(179, yy + 10.5, y(T), size=14, font="sans-bold", align="r", color=PLUM)
    p.y = yy + 21
    p.line("■ お振込先", size=9.8, font="sans-bold", x=20)
    p.para("あさぎまだら銀行　新潟駅南支店　当座預金　0040273　アカツキカード（カ　※ご依頼人名の前にお問合せ番号をご入力ください。",
           size=9.2, x0=24, indent="")
    p.line("■ ご契約内容（ご参考）", size=9.8, font="sans-bold", x=20)
    p.para("ご入会日 2019年6月14日　ショッピング利用枠 300,000円　キャッシング利用枠 100,000円　お支払方法 リボルビング"
           "（毎月10,000円）", size=9.2, x0=24, indent="")
    p.gap(2)
    p.para("期限までにお支払いいただけない場合は、信用情報機関への登録、債権回収会社への債権譲渡又は法的手続に移行する"
           "ことがございます。お支払いが困難な場合は、お早めに下記までご相談ください。", size=9.2)
    p.gap(4)
    for s, sz, f in (("アカツキカード株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒100-0000 東京都千代田区そよかぜ通九丁目9番9号", 8.8, "sans"),
                     ("債権管理部専用ダイヤル 0120-000-418（平日9:30～18:00）", 9.2, "sans"),
                     ("登録番号 関東財務局長（5）第01874号　日本貸金業協会会員第004417号", 8, "sans")):
        p.line(s, x=90, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="アカツキカード株式会社", phone="0120-000-418",
               creditor="アカツキカード株式会社", status="not_applicable", debtor="鶴飼千尋", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AK-118-40273", input_kind="pdf_text",
               template="proxy39_card_lump_sum_yen_dash_payment_deducted", received=D(2025, 11, 22))
    return dict(stem="av02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 一括請求, ▲ payment deducted)",
                unusual="card company on a plum band with the Latin 「AKATSUKI CARD」; western 年月日 dates and month-day only "
                        "in the prose (11月10日); EVERY amount as ￥…- with a trailing dash; a 項目/金額 table ご利用残高（元金） "
                        "318,400 / ご入金額（10/27ご入金分） ▲￥20,000- / 差引残元金 / 分割払手数料（未払分） / 遅延損害金 / "
                        "ご請求額合計 with a note that the payment went to the 元金; the total again in the due bar; a masked "
                        "会員番号, the two 利用枠, リボ 10,000円 and the 貸金業 registration as distractors")


# ---------------------------------------------------------------------------------------------
# av03 real servicer 和解のご提案: three contracts, each with its own 小計, and a grand total; plan on p.2.

SB_ACC, SB_ASSIGN, SB_LAST = D(2025, 6, 2), D(2025, 9, 30), D(2025, 3, 27)


def av03():
    R = 14.6
    issued, base, due = D(2026, 2, 6), D(2026, 1, 31), D(2026, 2, 27)
    claims = [("①", "ショッピング（リボ払い）", "MB-31-88204", 184_320, 6_118),
              ("②", "キャッシング", "MB-31-88205", 400_000, 11_562),
              ("③", "個品割賦（家電購入）", "MB-40-11937", 96_800, 2_904)]
    rows = []
    for mk, kind, no, pr, it in claims:
        lt = late(pr, R, SB_ACC + timedelta(1), base)
        rows.append((mk, kind, no, pr, it, lt, pr + it + lt))
    P = sum(r[3] for r in rows)
    I = sum(r[4] for r in rows)
    L = sum(r[5] for r in rows)
    T = P + I + L
    assert sum(r[6] for r in rows) == T
    inst, n, last_inst = 19_000, 35, P - 19_000 * 35
    assert last_inst > 0 and inst * n + last_inst == P
    GREEN = (0.0, 0.45, 0.30)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "SMBC債権回収", size=15, font="sans-bold", color=GREEN)
    p.add(Line(15, 22, 68, 22, 1.2, GREEN))
    p.at(196, 16, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 21, "お客様番号：SB-0930-7716", size=9.5, align="r")
    p.y = 30
    p.line("〒980-0000　宮城県仙台市青葉区しずく野九丁目9番9号", size=9.5, x=18)
    p.line("柏倉　美帆　様", size=13.5, x=22)
    p.gap(5)
    p.title("和解（分割弁済）のご提案", size=15)
    p.para(f"当社は、{era(SB_ASSIGN)}、株式会社ミツバチクレジット（以下「原債権者」）から、貴殿に対する下記３件の債権を"
           "譲り受けました。各契約は" + era(SB_ACC) + "に期限の利益を喪失しており（最終ご入金日 " + era(SB_LAST) +
           "）、現在のご債務は下表のとおりです。", size=9.6)
    p.para("当社では、お客様のご事情を伺ったうえで、下記「和解条件」によるお支払いをご提案いたします（裏面）。ご検討の上、"
           f"{era(due)}（{wd(due)}）までに同封の和解申込書をご返送いただくか、お電話でご回答ください。", size=9.6)
    p.gap(1)
    p.line(f"【現在のご債務】（{era(base)}現在）", size=10, font="sans-bold", x=18)
    head = ["", "ご契約", "元　金", "利息・手数料", "遅延損害金", "小　計"]
    body = [[mk, f"{kind}\u3000{no}", f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for mk, kind, no, pr, it, lt, sub in rows]
    p.table([head] + body, [8, 66, 24, 26, 26, 31], x=15, header=True, aligns="llrrrr", size=8.6, row_h=7.2)
    p.table([["", "合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]], [8, 66, 24, 26, 26, 31], x=15, aligns="llrrrr",
            size=9.2, row_h=8, font="sans-bold", line_w=0.6)
    p.line("（単位：円）遅延損害金は各元金に対し年14.6％、" + era(SB_ACC + timedelta(1)) + "から" + era(base) +
           "まで。円未満切捨て。", x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 0.8, GREEN, (0.92, 0.97, 0.94)))
    p.at(20, y + 9, "ご債務総額", size=11.5, font="sans-bold")
    p.at(66, y + 9, f"{T:,}円", size=14, font="sans-bold")
    p.at(192, y + 9, f"ご回答期限　{era(due)}（{wd(due)}）", size=10.5, font="sans-bold", align="r", color=RED)
    p.y = y + 19
    p.para("※本書は和解のご提案であり、ご回答のない場合は、ご債務総額の一括でのお支払いをお願いすることとなります。", size=9)
    p.gap(8)
    for s, sz, f in (("SMBC債権回収株式会社　仙台業務課", 10.5, "sans-bold"), ("法務大臣許可番号 第10号", 9, "sans"),
                     ("〒980-0000　宮城県仙台市青葉区かざぐるま通九丁目9番9号", 8.8, "sans"),
                     ("フリーダイヤル 0120-000-716（平日9:00～18:00）　担当 紅林", 9.2, "sans")):
        p.line(s, x=92, size=sz, font=f)
    q = Page(font="sans", size=10, top=18)
    q.line("（裏面）", size=9, align="r")
    q.title("和解条件（ご提案）", size=14)
    q.kv([("和解金額", f"{P:,}円（上記元金の合計額）"),
          ("お支払方法", f"令和8年3月から毎月27日限り {inst:,}円 × {n}回、最終回（第{n + 1}回）{last_inst:,}円"),
          ("初回お支払日", "令和8年3月27日"), ("最終お支払日", "令和11年2月27日"),
          ("免除", f"利息・手数料 {I:,}円及び遅延損害金 {L:,}円は、和解金額を完済されたときに免除いたします。"),
          ("期限の利益喪失", f"分割金の支払を2回以上怠り、その額が{inst * 2:,}円に達したときは、当然に期限の利益を失い、"
                           "ご債務総額から既払額を控除した残額及び年14.6％の遅延損害金を一括してお支払いいただきます。")],
         x=20, label_w=34, size=9.6)
    q.gap(4)
    q.line("ご参考：各契約の内容", size=10, font="sans-bold", x=20)
    q.table([["", "ご契約日", "ご利用枠・ご契約額"], ["①", "2017/05/18", "300,000円"], ["②", "2017/05/18", "500,000円"],
             ["③", "2022/11/02", "154,000円（24回払い）"]], [10, 50, 80], x=24, header=True, aligns="lcl", size=9, row_h=7)
    q.gap(6)
    q.para("お支払いが困難な場合でも、まずはご連絡ください。お客様のご事情に応じて、お支払方法をご相談させていただきます。",
           size=9.5)
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-716", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社ミツバチクレジット",
               debtor="柏倉美帆", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, acceleration=SB_ACC, last_payment=SB_LAST, assignment=SB_ASSIGN, reference="SB-0930-7716",
               input_kind="pdf_text_2page", template="proxy39_servicer_settlement_three_contracts_subtotals",
               received=D(2026, 2, 9))
    return dict(stem="av03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, three contracts with sub-totals, 2 pages)",
                unusual="real servicer ★ SMBC債権回収株式会社 (green logo text with a rule; 「法務大臣許可番号 第10号」 only in "
                        "the sender block); a 6-column table of THREE contracts (① ショッピング（リボ払い） ② キャッシング ③ "
                        "個品割賦, each with its own 契約番号) with 元金 / 利息・手数料 / 遅延損害金 / 小計 per row and a separate "
                        "bold 合計 row; 「（単位：円）…円未満切捨て」 under it; ご債務総額 in a tinted bar with the ご回答期限 in red; "
                        "p.2 「（裏面）」 和解条件: 和解金額 = the 元金 sum, 19,000 × 35 + a last instalment, the 免除 of 利息 and "
                        "損害金, a 38,000 default threshold and a ご契約日 / 利用枠 table (all distractors)")


# ---------------------------------------------------------------------------------------------
# av04 山形地方裁判所 (ワ) 呼出状 + 訴状: the guarantor's 求償金; the 内訳 has a 利息 row of 0 円.


def av04():
    R = 14.6
    issued, filed, hearing, answer = D(2026, 3, 18), D(2026, 3, 2), D(2026, 4, 22), D(2026, 4, 15)
    subro, acc, lastp, cut = D(2025, 8, 29), D(2025, 7, 10), D(2025, 4, 30), D(2026, 2, 20)
    P = 2_046_310
    I = 0
    L = late(P, R, subro + timedelta(1), cut)
    T = P + I + L
    case = "令和8年(ワ)第64号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第64号')}　求償金請求事件", size=10.5)
    p.line("原　　告　ゆずりは保証株式会社", size=10.5)
    p.line("被　　告　鍋嶋　隆之", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　鍋嶋　隆之　殿", size=12, x=24)
    p.gap(3)
    p.para("頭書事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。なお、訴状に対する答弁書を下記期限までに提出してください。")
    p.gap(2)
    p.line("記", align="c")
    y = p.y + 1
    for i, (a, b) in enumerate((("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時００分"),
                                ("場　　所", "山形地方裁判所　第２０２号法廷（２階）"),
                                ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.add(Box(30, y + i * 11, 150, 11, 0.4))
        p.add(Box(30, y + i * 11, 40, 11, 0.4, None, SHADE))
        p.at(33, y + i * 11 + 7.4, a, size=10.5)
        p.at(74, y + i * 11 + 7.4, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 38
    p.line("（注意）", size=10, font="serif-bold")
    for s in ("１　答弁書を提出しないで期日に欠席した場合は、原告の主張を認めたものとして、原告の請求どおりの判決がされる"
              "ことがあります。",
              "２　裁判所に来るときは、この呼出状と印鑑を持参してください。",
              "３　分割払いなどの話合いを希望する場合は、答弁書にその旨を記載してください。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　山形地方裁判所民事部", size=10.5)
    p.line("　　　　　裁判所書記官　茜屋　多恵子", size=10.5)
    p.seal(150, p.y - 6, 14, "square", "山形地方裁判所書記官印", seed=39041)
    p.gap(8)
    p.line("〒990-0000　山形県山形市こだま台九丁目9番9号", size=9.5, x=22)
    p.line("山形地方裁判所民事部　電話 023-000-6402（書記官室直通）", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10.5)
    q.line("山形地方裁判所　御中", size=10.5)
    q.line("原告　ゆずりは保証株式会社　代表者代表取締役　灰原　俊彦", size=10, x=80)
    q.line("〒990-0000 山形県山形市若葉台南九丁目9番9号　電話 023-000-7710", size=8.8, x=80)
    q.line("被告　鍋嶋　隆之　（山形県天童市ほたる坂九丁目9番9号）", size=10, x=80)
    q.line(f"訴訟物の価額　{T:,}円　　貼用印紙額　19,000円　　予納郵券　6,000円", size=9, x=22)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{T:,}円及びうち{P:,}円に対する{era(cut + timedelta(1))}から支払済みまで年14.6％の割合"
           "による金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=24)
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　被告は、平成30年5月25日、株式会社あさぎまだら銀行から住宅リフォーム資金として金3,000,000円を借り受け"
              "（以下「本件借入」）、原告は、被告の委託を受けて本件借入に係る被告の債務を保証した。",
              f"２　被告は、{era(lastp)}の返済を最後にその後の返済を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原告は、{era(subro)}、同行に対し、保証債務の履行として{P:,}円を代位弁済した。保証委託契約により、"
              "被告は代位弁済額及びこれに対する代位弁済日の翌日から支払済みまで年14.6％の割合による遅延損害金を支払う義務を負う。",
              "４　よって、原告は被告に対し、下記の金員の支払を求める。"):
        q.para(s, x0=24, size=10, indent="")
    q.gap(1)
    q.table([["項　目", "金　額"], ["求償元金（代位弁済額）", f"{P:,}円"], ["利息", "0円"],
             [f"確定遅延損害金（{era(subro + timedelta(1))}～{era(cut)}）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [118, 46], x=24, header=True, aligns="lr", size=9.8, row_h=7.4)
    q.line("（注）代位弁済額に対する約定利息はありません（保証委託契約第9条）。", x=24, size=8.8)
    q.gap(2)
    q.line("証拠方法　甲第１号証　金銭消費貸借契約証書　甲第２号証　保証委託契約書　甲第３号証　代位弁済証明書", x=22, size=8.8)
    tr = truth(document_type="lawsuit", sender="山形地方裁判所", phone="023-000-6402", creditor="ゆずりは保証株式会社",
               status="not_applicable", original="株式会社あさぎまだら銀行", debtor="鍋嶋隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy39_district_court_guarantor_suit_interest_zero_row", received=D(2026, 3, 20))
    return dict(stem="av04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), guarantee company's 求償金, 2 pages)",
                unusual="山形地裁 (ワ) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; 期日 / 場所 / "
                        "答弁書提出期限 as three shaded-label boxes; the 訴状 dated 3/2 ≠ the 呼出状 3/18; 訴訟物の価額 (= the "
                        "total), 貼用印紙額 19,000 and 予納郵券 6,000 on one line (distractors); 請求の趣旨 「…円及びうち…円に対する」 "
                        "without 金; a 項目/金額 table with a 利息 row printed 「0円」 and a note why; the 3,000,000 loan of 平成30年 "
                        "and the plaintiff's phone as distractors")


# ---------------------------------------------------------------------------------------------
# av05 law office 縦書き 催告書: every amount in 大字 with 也.


def av05():
    R = 14.6
    issued, due = D(2026, 1, 26), D(2026, 2, 9)
    acc, lastp = D(2025, 10, 31), D(2025, 8, 27)
    P, I = 1_180_000, 23_400
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L

    def dj(n: int) -> str:
        return yen(n, "daiji") + "也"

    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、ホシノカード株式会社（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり催告いたします。"),
        ("body", "貴殿は、通知人との間のカード会員契約に基づくキャッシング利用代金について、令和七年八月二十七日の入金を最後に"
                 f"その後の支払を怠り、会員規約の定めにより{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。右期限までにお支払いのない場合は、"
                 "通知人の指示により、何らの通知なく法的手続をとります。"),
        ("indent", "記"),
        ("indent", f"一、元金　　　　{dj(P)}"),
        ("indent", f"二、利息　　　　{dj(I)}"),
        ("indent", f"三、遅延損害金　{dj(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四、合計　　　　{dj(T)}"),
        ("indent", "振込先　ときわ松銀行　仙台中央支店"),
        ("plain", "　　　　普通預金　口座番号　三八〇二一九六"),
        ("plain", "　　　　口座名義　弁護士鷲足透預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮城県仙台市青葉区波切台九丁目九番九号"),
        ("low", "雪見坂法律事務所"),
        ("low", "通知人代理人　弁護士　鷲足　透"),
        ("low", "電話　〇二二（〇〇〇）四一九〇"),
        ("low", "（当職整理番号　ＹＭ－２６００３）"),
        ("blank", ""),
        ("low", "宮城県名取市りんご坂九丁目九番九号"),
        ("low", "杤本　恵理子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 39051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　鷲足" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 8, "square", "弁護士鷲足透之印", angle=-3,
                         seed=39052))
    tr = truth(document_type="collection_notice", sender="雪見坂法律事務所", phone="022-000-4190",
               creditor="ホシノカード株式会社", status="not_applicable", debtor="杤本恵理子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="YM-26003", input_kind="vertical_pdf",
               template="proxy39_vertical_lawyer_demand_daiji_nari", received=D(2026, 1, 28))
    return dict(stem="av05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a card company, 縦書き 内容証明, 大字 with 也)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office, digital, with the 内容証明 stamp; EVERY amount in "
                        "大字 ending in 也 (金壱百壱拾八万円也, 金弐万参千四百円也, …); 一、…四、 with 読点; rate 年十四・六パーセント "
                        "in words; the deadline 「令和八年二月九日限り」; the client called 「通知人」; a 預り金口 account in kanji "
                        "digits (distractor); phone in kanji digits; full-width 当職整理番号 ＹＭ－２６００３ (→ YM-26003)")


# ---------------------------------------------------------------------------------------------
# av06 秋田簡易裁判所 支払督促 (one page, scanned PDF): the 督促手続費用 with its 印紙代 / 送達費用 breakdown.


def av06():
    R = 20.0
    issued = D(2026, 4, 8)
    acc, lastp, cut = D(2025, 9, 4), D(2025, 6, 27), D(2026, 3, 27)
    P, I = 436_000, 5_318
    L = late(P, R, acc + timedelta(1), cut)
    parts = [("申立手数料（印紙代）", 2_500), ("支払督促正本送達費用", 1_120), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 800)]
    C = sum(v for _, v in parts)
    assert C == 4_530
    T = P + I + L + C
    case = "令和8年(ロ)第203号"
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 16, fw("令和8年（ロ）第203号"), size=10.5, align="r")
    p.y = 20
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債　権　者", "株式会社ヒナタローン"), ("", "代表者代表取締役　玄田　修"),
          ("", "（送達場所）〒010-0000 秋田県秋田市ひばりが丘東九丁目9番9号　電話 018-000-2077"),
          ("債　務　者", "鯉江　拓真"), ("", "秋田県能代市みちしお町九丁目9番9号")], x=22, label_w=28, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=22)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", x0=22)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", x=22)
    rows = [["１", "元金", f"{P:,}円"], ["２", "利息（未払分）", f"{I:,}円"],
            ["３", f"確定遅延損害金（{era(acc + timedelta(1))}から{era(cut)}まで年20.0％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "合　計", f"{T:,}円"]]
    p.table(rows, [9, 120, 38], x=24, aligns="llr", size=9.8, row_h=7.2, ruled="rows")
    p.para("（督促手続費用の内訳）" + "、".join(f"{a}{v:,}円" for a, v in parts), x0=26, size=8.8, indent="")
    p.para(f"５　上記１の元金に対する{era(cut + timedelta(1))}から支払済みまで年20.0％の割合による遅延損害金", x0=24, size=9.8,
           indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", x=22)
    for s in ("１　債権者は、債務者との間で、令和3年7月12日、極度額500,000円、利率年17.8％、遅延損害金年20.0％の約定で"
              "金銭消費貸借（リボルビング方式）契約を締結し、債務者は同契約に基づき借入れをした。",
              f"２　債務者は、{era(lastp)}の支払を最後に約定の返済を怠り、債権者が定めた催告期限である{era(acc)}の経過により"
              "期限の利益を喪失した。"):
        p.para(s, x0=24, size=9.6, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　秋田簡易裁判所", size=10.5)
    p.line("　　　　　裁判所書記官　竹腰　亮介", size=10.5)
    p.seal(140, p.y - 6, 13, "square", "秋田簡易裁判所書記官印", seed=39061)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 22, 0.5))
    for i, s in enumerate(("（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を",
                           "申し立てることができます。異議申立書の用紙は当裁判所にあります。",
                           "問合せ先　秋田簡易裁判所民事係　電話 018-000-3390（直通）")):
        p.at(25, y + 6 + i * 6, s, size=9.2)
    tr = truth(document_type="payment_order", sender="秋田簡易裁判所", phone="018-000-3390", creditor="株式会社ヒナタローン",
               status="not_applicable", debtor="鯉江拓真", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy39_payment_order_cost_breakdown_stamp_postage", received=D(2026, 4, 10))
    return dict(stem="av06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, consumer lender, one page)",
                unusual="a whole 支払督促 on ONE scanned image-PDF page; full-width case number top-right; 請求の趣旨 as a "
                        "rows-ruled 3-column table (１ 元金 / ２ 利息（未払分） / ３ 確定遅延損害金 with its window / ４ 督促手続費用 / "
                        "合計) and under it the cost breakdown in one line: 申立手数料（印紙代）2,500 / 支払督促正本送達費用 1,120 / "
                        "発付通知費用 110 / 申立書作成及び提出費用 800 (→ costs = 4,530, the line); the running item ５; 極度額 "
                        "500,000, 利率 17.8％ and the creditor's 送達場所 phone as distractors; rate 20.0％")


# ---------------------------------------------------------------------------------------------
# av07 長野簡易裁判所 仮執行宣言付支払督促 (2 pages, scanned): 貸付金 － 弁済充当額 = 残元金; two cost rows.


def av07():
    R = 18.0
    order, served, issued = D(2026, 4, 14), D(2026, 4, 17), D(2026, 5, 12)
    assign, acc, lastp, cut = D(2025, 11, 28), D(2025, 8, 20), D(2025, 5, 26), D(2026, 3, 31)
    P0, paid = 600_000, 88_000
    P = P0 - paid
    I = 9_740
    L = late(P, R, acc + timedelta(1), cut)
    C1, C2 = 3_950, 1_150
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年(ロ)第318号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, "令和8年(ロ)第318号", size=10.5, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり", size=10.5, x=22)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5, x=22)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=22)
    p.para(f"上記当事者間の頭書事件について、{era(order)}に発した支払督促は、{era(served)}債務者に送達されたが、債務者は"
           "法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、上記支払督促に手続費用額金1,150円を"
           "付加して仮執行の宣言をする。", x0=22)
    p.gap(4)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　　長野簡易裁判所", size=10.5)
    p.line("　　　　　裁判所書記官　兎田　直樹", size=10.5)
    p.seal(140, p.y - 6, 13, "square", "長野簡易裁判所書記官印", seed=39071)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 40, 0.3, None, (0.94, 0.94, 0.94)))
    p.at(26, y + 7, "この書面を受け取った方へ", size=10.5, font="serif-bold")
    for i, s in enumerate(("この仮執行宣言付支払督促に不服があるときは、この書面を受け取った日から２週間以内に、",
                           "この裁判所に督促異議を申し立てることができます。ただし、異議を申し立てても、",
                           "債権者は強制執行（給料や預金の差押えなど）をすることができます。",
                           "問合せ先　長野簡易裁判所民事係　電話 026-000-1318（直通）")):
        p.at(26, y + 15 + i * 6, s, size=9.5)
    q = Page(font="serif", size=10, top=16)
    q.title("当事者目録", size=13, font="serif-bold")
    q.kv([("債　権　者", "アルファ債権回収株式会社"), ("", "代表者代表取締役　馬場崎　誠"),
          ("", "（送達場所）〒100-0000 東京都千代田区花筏九丁目9番9号"), ("", "電話 03-0000-1041　FAX 03-0000-1042"),
          ("債　務　者", "梅宮　悠斗"), ("", "長野県松本市つばめ野九丁目9番9号")], x=22, label_w=28, size=9.8)
    q.gap(3)
    q.title("請求の趣旨及び原因", size=13, font="serif-bold")
    q.line("請求の趣旨", size=10.5, font="serif-bold", x=22)
    rows = [["項　目", "金額（円）"],
            ["１　貸付金", f"{P0:,}"],
            ["　　弁済充当額（元金充当分）", f"－{paid:,}"],
            ["　　残元金", f"{P:,}"],
            ["２　利息", f"{I:,}"],
            [f"３　確定遅延損害金（{jis(acc + timedelta(1))}～{jis(cut)}　年18％）", f"{L:,}"],
            ["４　督促手続費用", f"{C1:,}"],
            ["５　仮執行宣言手続費用（送達費用）", f"{C2:,}"],
            ["合計（１の残元金及び２ないし５）", f"{T:,}"]]
    q.table(rows, [122, 42], x=24, header=True, aligns="lr", size=9.5, row_h=7.0)
    q.para(f"６　上記残元金{P:,}円に対する{era(cut + timedelta(1))}から支払済みまで年18.0％の割合による遅延損害金", x0=24,
           size=9.5, indent="")
    q.line("請求の原因", size=10.5, font="serif-bold", x=22)
    for s in (f"１　コトリファイナンス株式会社（以下「原債権者」）は、債務者に対し、令和4年2月10日、{P0:,}円を利率年15.0％、"
              "遅延損害金年18.0％の約定で貸し付けた。",
              f"２　債務者は、令和6年12月から{era(lastp)}までに合計{paid:,}円を弁済し、これは元金に充当された。その後の支払を"
              f"怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、本件債権を債権者に譲渡し、同月中に債務者に対しその旨を通知した。"):
        q.para(s, x0=24, size=9.4, indent="")
    q.gap(2)
    q.line(f"（申立日　{era(D(2026, 5, 1))}）", x=22, size=9)
    tr = truth(document_type="payment_order_enforceable", sender="長野簡易裁判所", phone="026-000-1318",
               creditor="アルファ債権回収株式会社", status="licensed", original="コトリファイナンス株式会社",
               debtor="梅宮悠斗", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy39_enforceable_minus_repaid_two_cost_rows", received=D(2026, 5, 14))
    return dict(stem="av07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="2-page image PDF: p.1 the order with the 支払督促 date 4/14, its 送達 4/17 and 「手続費用額金1,150円を"
                        "付加して」 in prose, a grey 「この書面を受け取った方へ」 box with the court's phone; p.2 当事者目録 (creditor "
                        "★ アルファ債権回収株式会社, no licence number: court paper; its 送達場所 phone/FAX as distractors) and a "
                        "「金額（円）」 table where the 元金 is a COMPUTATION 貸付金 600,000 / 弁済充当額（元金充当分） －88,000 / "
                        "残元金 512,000, then 利息, 確定遅延損害金 with JIS dates, 督促手続費用 and 仮執行宣言手続費用（送達費用） "
                        "as two cost rows (→ costs = sum) and 「合計（１の残元金及び２ないし５）」; running item ６; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# av08 joint 債権譲渡通知 (card company → real servicer), scanned: every amount in 万 notation (62万円, 1万8,402円).


def av08():
    R = 14.6
    issued, assign = D(2025, 12, 3), D(2025, 11, 27)
    acc, lastp = D(2025, 7, 28), D(2025, 4, 10)
    P, I = 620_000, 18_402
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.y = 26
    p.line("〒460-0000　愛知県名古屋市中区ゆうなぎ台九丁目9番9号", size=9.5, x=18)
    p.line("舟木　さやか　様", size=13.5, x=22)
    p.gap(6)
    p.title("債権譲渡通知書　兼　債権譲受通知書", size=15)
    p.para(f"拝啓　時下ますますご清祥のこととお喜び申し上げます。さて、株式会社シロツメカード（以下「譲渡人」）は、{era(assign)}"
           "付で、譲渡人が貴殿に対して有する下記債権を、オリックス債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、"
           "民法第467条に基づき、譲渡人及び譲受人の連名にてご通知申し上げます。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお振込みはお受けできません"
           "のでご注意ください。　　　　　　　　　　　　　　　　　　　　　　　　敬具")
    p.gap(1)
    p.line("記", align="c")
    items = [("１．原契約", "カード会員契約（ご入会日 平成29年3月6日、会員番号 3571-XXXX-XXXX-0826）"),
             ("２．お客様番号", "OR-1127-0826"),
             ("３．最終ご入金日", era(lastp)),
             ("４．期限の利益喪失日", era(acc)),
             ("５．譲渡債権額", f"{man(T)}（{era(assign)}現在）"),
             ("", f"　うち元金 {man(P)}、利息・手数料 {man(I)}、遅延損害金 {man(L)}"),
             ("６．遅延損害金の利率", "元金に対し年14.6％（譲渡日の翌日以降も日割計算により発生します）")]
    p.kv(items, x=22, label_w=42, size=10)
    p.gap(2)
    p.para("※ご利用可能枠（ショッピング40万円・キャッシング10万円）は、期限の利益喪失日をもって終了しております。", size=8.8,
           x0=22, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 88, 44, 0.4))
    p.add(Box(108, y, 88, 44, 0.4))
    for x, role, lines in ((18, "（譲渡人）", ["〒450-0000 愛知県名古屋市中村区ときわ松九丁目9番9号", "株式会社シロツメカード",
                                              "代表取締役　牛来　信吾", "お客様窓口 052-000-3108"]),
                           (111, "（譲受人）", ["〒105-0000 東京都港区鶯谷九丁目9番9号", "オリックス債権回収株式会社",
                                              "代表取締役　藍原　秀明", "法務大臣許可番号　第11号", "電話 03-0000-1127"])):
        p.at(x, y + 6, role, size=9, color=GRAY)
        for i, s in enumerate(lines):
            p.at(x, y + 12 + i * 6, s, size=9.5 if i != 1 else 11, font="sans-bold" if i == 1 else "sans")
    p.seal(92, y + 26, 12, "round", "シロツメカード代表印", seed=39081)
    p.seal(185, y + 26, 12, "round", "オリックス債権回収代表印", seed=39082)
    p.y = y + 50
    p.para("お支払方法のご相談は、譲受人（オリックス債権回収株式会社 電話 03-0000-1127 平日9時～17時30分）までお電話ください。",
           size=9.2)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1127", creditor="オリックス債権回収株式会社", status="licensed", original="株式会社シロツメカード",
               debtor="舟木さやか", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="OR-1127-0826", input_kind="scan_png",
               template="proxy39_joint_assignment_man_notation_amounts", received=D(2025, 12, 5))
    return dict(stem="av08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="assignment_notice (joint, card company → real servicer, 万 notation)",
                unusual="joint 債権譲渡通知書　兼　債権譲受通知書, scanned; the 譲渡債権額 and its parts written with 万 as clerks "
                        "do: 「67万…円」, 「うち元金 62万円、利息・手数料 1万8,402円、遅延損害金 …万…円」 (one 記 line + a "
                        "continuation line); 利用可能枠 in 万 (40万円 / 10万円) as distractors; two framed notifier boxes SIDE "
                        "BY SIDE at the bottom with round seals, ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 and "
                        "the 譲渡人's own 052 number (distractor); a masked 会員番号; informs only (no payment date)")


LETTERS = [av01, av02, av03, av04, av05, av06, av07, av08]
