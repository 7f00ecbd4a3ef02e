"""Proxy set 14, letters j09–j16: a bank's 縦書き 期限の利益喪失通知書 on two loans (scan); a bank guarantor's 代位弁済
のご通知 (photo, EXIF 8); an invented servicer's 分割弁済のご提案 with three plans; a guarantee company's 分割弁済のご提案
with a reply form (2-page fax); a 仮執行宣言付支払督促 (2-page image PDF); a 地裁 (ワ) 呼出状 + 訴状 of a bank; a bank's
完済のお知らせ that demands nothing; a scam dressed like a big servicer's mass mailing (photo)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Page,
    faq,
    grid,
    late,
    qr,
    slip,
    stamp,
    truth,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number, kanji_small
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.45)
PURPLE = (0.35, 0.15, 0.50)


def era(d: D, fwid=False) -> str:
    s = f"令和{d.year - 2018}年{d.month}月{d.day}日"
    return fw(s) if fwid else s


def kdate(d: D) -> str:
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# j09 bank 縦書き 期限の利益喪失通知書 on TWO loans (証書貸付 + カードローン), scanned; amounts in positional kanji with a
#     残元金 line and its 内訳; no reference number.


def j09():
    R = 14.0
    issued, due = D(2026, 2, 10), D(2026, 2, 27)
    acc = D(2026, 1, 23)
    P1, P2, I = 3_126_000, 482_300, 18_475
    P = P1 + P2
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当行との間で令和四年六月十日付で締結された金銭消費貸借契約（証書貸付）及び同日付カードローン契約に"
                 "基づく毎月のご返済を、令和七年十月三十一日のご返済を最後に怠っておられます。"),
        ("body", "当行は、令和八年一月九日付催告書をもって、同月二十三日までに延滞額をお支払いいただくよう催告いたしましたが、"
                 "同日までにお支払いがありませんでした。"),
        ("body", "よって、貴殿は、銀行取引約定書第五条第二項の定めにより、令和八年一月二十三日の経過をもって、右各契約に基づく"
                 "一切の債務について期限の利益を喪失されましたので、本書をもってご通知申し上げます。"),
        ("body", "つきましては、左記金員を令和八年二月二十七日限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　{kyen(P)}"),
        ("plain", f"　　　（内訳　証書貸付{kyen(P1)}、"),
        ("plain", f"　　　　　　　カードローン{kyen(P2)}）"),
        ("indent", f"二、未収利息　　{kyen(I)}"),
        ("indent", f"三、遅延損害金　{kyen(L)}"),
        ("plain", "　　　（令和八年一月二十四日から同年二月十日まで年十四パーセント）"),
        ("indent", f"四、合計　　　　{kyen(T)}"),
        ("body", "なお、同月十一日以降も、残元金に対し同率（年三百六十五日の日割計算）の遅延損害金が発生いたします。"),
        ("low", "ご返済口座　当行本店営業部　普通預金　〇七七八一二六"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県千葉市中央区なぎさ野九丁目九番九号"),
        ("low", "株式会社なぎさ野銀行　融資管理部"),
        ("low", "電話　〇四三（〇〇〇）七七八一"),
        ("low", "融資管理部長　鳩山　修一"),
        ("blank", ""),
        ("low", "千葉県市原市うみかぜ台九丁目九番九号"),
        ("low", "播磨　良平　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "融資管理部長" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 11 + 8.0) * 10.0 * 0.3528 * 1.05, 13, "square", "なぎさ野銀行融資管理部長", angle=4, seed=14091))
    tr = truth(document_type="acceleration_notice", sender="株式会社なぎさ野銀行", phone="043-000-7781",
               creditor="株式会社なぎさ野銀行", status="not_applicable", debtor="播磨良平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=D(2025, 10, 31), reference=None, input_kind="vertical_scan",
               template="proxy14_vertical_bank_acceleration_two_loans", received=D(2026, 2, 12))
    return dict(stem="j09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="acceleration_notice (bank, 縦書き, two loans)",
                unusual="縦書き 期限の利益喪失通知書 of a bank, scanned: the 催告書 of 令和八年一月九日 and its deadline 二十三日 "
                        "(= acceleration 「の経過をもって」); 記 with a 残元金 line and its 内訳 for TWO loans (証書貸付 / "
                        "カードローン) in positional kanji; rate 年十四パーセント in words; 令和八年二月二十七日限り; the "
                        "return account in kanji digits; phone in kanji digits 〇四三（〇〇〇）七七八一; square seal of the "
                        "部長; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# j10 bank guarantor 代位弁済のご通知 (acceleration_notice), phone photo stored sideways (EXIF 8): mass-mail layout with a
#     grid, a 代位弁済 table (history) and a 求償債権 table; slip.


def j10():
    R = 14.6
    issued, due = D(2026, 5, 22), D(2026, 6, 5)
    sub = D(2026, 5, 11)
    P0, I0 = 1_486_200, 12_930
    P = P0 + I0
    L = late(P, R, sub + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 9, 181, 12, color=None, fill=TEAL))
    p.at(19, 17.5, "ゆめさき保証", size=13, font="sans-bold", color=WHITE)
    p.at(192, 17.5, "ゆめさき銀行グループ", size=9, align="r", color=WHITE)
    window(p, 15, 25, "720-0000", ["広島県福山市ゆめさき町九丁目9番9号", "コーポ鞆の浦 202"], "仲宗根　亜希　様", "j10",
           w=92, h=36, size=10, name_size=14)
    stamp(p, 116, 25, "重要", size=12)
    stamp(p, 133, 25, "親展", size=12)
    p.at(196, 30, era(issued), size=9.5, align="r")
    p.at(116, 42, "ゆめさき保証株式会社", size=11, font="sans-bold")
    p.at(116, 47.5, "求償債権管理部", size=9)
    p.at(116, 52.5, "〒730-0000 広島市中区かみや町九丁目9番9号", size=7.5)
    p.at(116, 58, "ナビダイヤル 0570-000-318", size=10.5, font="sans-bold")
    p.at(116, 62.5, "貸金業登録番号 中国財務局長(4)第00318号", size=7)
    p.y = 68
    p.title("代位弁済のご通知（求償債権のご請求）", size=14)
    p.para("お客様が株式会社ゆめさき銀行とご契約されたフリーローンにつき、当社は保証会社として同行に保証債務を履行"
           "（代位弁済）いたしました。これにより当社はお客様に対し求償債権を取得いたしましたので、下記のとおりご請求"
           "申し上げます。お支払期限までに一括してお支払いください。", size=9.5)
    p.gap(1)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["求償債権番号", "YS-2605-1148", "原債権者", "株式会社ゆめさき銀行"],
              ["最終ご返済日", era(D(2026, 1, 26)), "期限の利益喪失日", era(D(2026, 4, 10))],
              ["代位弁済日", era(sub), "ご融資額（当初）", "2,000,000円"]], h=7.2, size=9)
    p.y = y + 3
    p.line("代位弁済の内容", size=10, font="sans-bold", color=TEAL)
    p.table([["元金", "利息", "代位弁済額"], [f"{P0:,}円", f"{I0:,}円", f"{P:,}円"]], [60, 60, 61], x=15, header=True,
            aligns="rrr", size=9.5, row_h=7.5)
    p.gap(3)
    p.line(f"ご請求額（{era(issued)}現在）", size=10, font="sans-bold", color=TEAL)
    p.table([["求償元金", "遅延損害金", "ご請求額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [60, 60, 61], x=15,
            header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.gap(1)
    p.para("遅延損害金は、求償元金に対し代位弁済日の翌日から年14.6％（年365日の日割計算）の割合で計算しています。",
           x0=15, x1=196, size=8.5, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, TEAL))
    p.at(19, y + 8, "お支払期限", size=11, font="sans-bold", color=TEAL)
    p.at(52, y + 8.2, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 15
    p.para("お支払いが困難な場合は、期限までに必ずご連絡ください。ご連絡なくお支払いがない場合は、法的手続に移行する"
           "ことがあります。", x0=15, x1=196, size=8.5, indent="")
    slip(p, 226, account="01320-7-000318", payee="ゆめさき保証（株）", amount=T, payer="仲宗根　亜希",
         note=["求償債権番号 YS-2605-1148", "代位弁済 求償金"], bank_line="払込手数料はお客様のご負担となります")
    tr = truth(document_type="acceleration_notice", sender="ゆめさき保証株式会社", phone="0570-000-318",
               creditor="ゆめさき保証株式会社", status="not_applicable", original="株式会社ゆめさき銀行",
               debtor="仲宗根亜希", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2026, 4, 10), last_payment=D(2026, 1, 26), reference="YS-2605-1148",
               input_kind="photo_exif_rotated", template="proxy14_bank_guarantor_subrogation_exif8",
               received=D(2026, 5, 25))
    return dict(stem="j10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="wood", keystone=0.05, tilt=2.0, creases=2, shadow=0.3, shadow_side="right", fill=0.86),
                about="acceleration_notice (bank guarantor 代位弁済,求償債権)",
                unusual="phone photo stored sideways with EXIF orientation 8 on wood, creases, a hand shadow; teal band "
                        "「ゆめさき保証 / ゆめさき銀行グループ」; a 0570 ナビダイヤル and a 貸金業登録番号 (not a servicer "
                        "licence); grid with 求償債権番号, 原債権者, 最終ご返済日, 喪失日, 代位弁済日, 当初ご融資額 2,000,000 "
                        "(distractor); a 代位弁済の内容 table (元金 + 利息 = 代位弁済額, history) and a ご請求額 table "
                        "(求償元金 = the whole 代位弁済額, so interest null); slip at the foot")


# ---------------------------------------------------------------------------------------------
# j11 invented servicer とこなつ債権管理回収 (第219号) 分割弁済のご提案 with three plans; digital.


def j11():
    R = 18.0
    issued, reply = D(2026, 5, 29), D(2026, 6, 19)
    acc = D(2024, 8, 20)
    P, I = 684_500, 24_880
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(15, 9, 9, 9, color=None, fill=PURPLE))
    p.add(Box(17, 11, 5, 5, color=None, fill=WHITE))
    p.at(27, 16.5, "とこなつサービサー", size=13, font="sans-bold", color=PURPLE)
    p.at(196, 13, f"発行日：{issued.year}/{issued.month:02d}/{issued.day:02d}", size=8.5, align="r")
    p.at(196, 18, "お客様番号：TK-219-60458", size=8.5, align="r")
    window(p, 15, 23, "812-0000", ["福岡県福岡市博多区ひなた通九丁目9番9号"], "日向野　茂　様", "j11", w=90, h=30)
    p.add(Box(112, 23, 84, 34, 0.35, PURPLE))
    p.at(115, 29, "とこなつ債権管理回収株式会社", size=10.5, font="sans-bold")
    p.at(115, 34.5, "法務大臣許可　第219号", size=8.5)
    p.at(115, 39.5, "〒810-0000 福岡市中央区てんじん九丁目9番9号", size=7.5)
    p.at(115, 45, "ご返済相談窓口　092-000-2190", size=10, font="sans-bold")
    p.at(115, 50, "受付 平日9:30～18:00　担当 神保", size=7.5)
    stamp(p, 15, 56, "重要", color=PURPLE, size=10, h=8)
    p.y = 60
    p.title("分割弁済のご提案", size=15)
    p.para("当社は、ひなたやま信販株式会社から、お客様に対する下記債権を令和7年2月14日付で譲り受けております。お客様の"
           "ご負担を考慮し、下記のとおり分割でのお支払いをご提案いたします。ご希望のプランに〇をつけ、同封の「ご返済プラン"
           "申込書」をご回答期限までにご返送ください。", size=9)
    p.gap(1)
    y = grid(p, 15, p.y, [28, 62, 30, 61],
             [["原債権者", "ひなたやま信販株式会社", "原契約番号", "HN-0711-3382"],
              ["最終ご入金日", era(D(2024, 5, 27)), "期限の利益喪失日", era(acc)]], h=6.8, size=8.8)
    p.y = y + 3
    p.line(f"■ 現在のご債務（{era(issued)}現在）", size=10, font="sans-bold", color=PURPLE)
    p.table([["元金", "利息", "遅延損害金（年18.0％）", "ご債務総額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [44, 40, 50, 47], x=15, header=True, aligns="rrrr", size=10, row_h=8)
    p.gap(3)
    p.line("■ ご返済プラン（いずれも遅延損害金の一部を減額したうえでのご提案です）", size=10, font="sans-bold", color=PURPLE)
    plans = [("Ａ", 24, 40_000, 33_000, 800_000), ("Ｂ", 36, 30_000, 22_000, 800_000), ("Ｃ", 60, 12_000, 13_300, 795_000)]
    body = [["プラン", "回数", "初回（2026/7/27）", "2回目以降 月々", "最終回", "お支払総額"]]
    for name, n, first, m, total in plans:
        last = total - first - m * (n - 2)
        assert 0 < last <= m * 1.6, (name, last)
        body.append([name, f"{n}回", f"{first:,}円", f"{m:,}円", f"{last:,}円", f"{total:,}円"])
    p.table(body, [18, 20, 36, 36, 30, 41], x=15, header=True, aligns="ccrrrr", size=9.5, row_h=7.2)
    p.gap(2)
    p.para("※お支払総額とご債務総額との差額（遅延損害金の一部）は、ご提案のプランどおりにお支払いいただいた場合に限り"
           "免除いたします。2回以上お支払いが遅れた場合は、ご債務総額から既払金を控除した残額を一括でご請求いたします。",
           x0=15, x1=196, size=8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 0, None, PURPLE))
    p.at(20, y + 8, "ご回答期限", size=11, font="sans-bold", color=WHITE)
    p.at(55, y + 8.3, f"{reply.year}年{reply.month}月{reply.day}日（{wd(reply)}）必着", size=13, font="sans-bold",
         color=WHITE)
    p.y = y + 16
    p.line("よくあるご質問", size=10, font="sans-bold", color=PURPLE)
    faq(p, [("プラン以外の回数にできますか。", "ご収入に応じてご相談に応じます。お電話ください。"),
            ("申込書を返送しないとどうなりますか。", "ご回答がない場合、ご債務総額の一括でのお支払いをお願いすることになります。"),
            ("家族に知られずに手続できますか。", "郵便物は「親展」でお送りし、ご本人様以外にはご用件をお伝えいたしません。")],
        x0=15, x1=150, qsize=8.5, asize=8)
    qr(p, 168, 238, 22, "j11qr")
    p.at(179, 264, "Web申込", size=7, align="c")
    p.y = 272
    p.para("当社は債権管理回収業に関する特別措置法に基づく許可を受けた債権回収会社です。当社の許可は法務省ホームページで"
           "ご確認いただけます。個人情報は債権管理回収業務の範囲内で利用いたします。", x0=15, x1=196, size=7, indent="")
    tr = truth(document_type="settlement_proposal", sender="とこなつ債権管理回収株式会社", license_number=219,
               phone="092-000-2190", creditor="とこなつ債権管理回収株式会社", status="unverified",
               original="ひなたやま信販株式会社", debtor="日向野茂", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=D(2024, 5, 27),
               assignment=D(2025, 2, 14), reference="TK-219-60458", input_kind="pdf_text",
               template="proxy14_invented_servicer_three_plans", received=D(2026, 6, 1))
    return dict(stem="j11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (invented servicer, three plans)",
                unusual="INVENTED servicer 「とこなつ債権管理回収株式会社」 with 「法務大臣許可　第219号」 (→ unverified) and the "
                        "brand 「とこなつサービサー」 in the logo; colon slash dates 発行日：2026/05/29 and お客様番号： top-right; "
                        "grid with 原契約番号 (distractor); 現在のご債務 one-row table with the rate in the header; a 6-column "
                        "PLAN table (Ａ/Ｂ/Ｃ: 回数, 初回 2026/7/27, 月々, 最終回, お支払総額 800,000 / 795,000 — "
                        "distractors ≠ the debt); a white-on-purple ご回答期限 …必着 band (= payment_due); FAQ; QR")


# ---------------------------------------------------------------------------------------------
# j12 guarantee company 分割弁済のご提案 (求償債権), 2-page fax: p.1 the proposal with a plan table, p.2 a blank
#     分割弁済申込書 (reply form).  No last payment printed.


def j12():
    R = 14.0
    issued, reply = D(2025, 12, 12), D(2025, 12, 26)
    sub = D(2025, 8, 4)
    P = 2_316_000
    L = late(P, R, sub + timedelta(1), issued)
    T = P + L
    fax = "022-000-8702"
    p = Page(font="sans", size=10.5, top=12)
    p.at(195, 17, era(issued), size=10.5, align="r")
    p.at(195, 23, "求償債権番号　TB-25-00871", size=10.5, align="r")
    p.at(15, 19, "〒980-0000 宮城県仙台市青葉区あけぼの野九丁目9番9号", size=10)
    p.at(15, 27, "米倉　大輔　様", size=14)
    p.add(Box(110, 30, 86, 32, 0.5))
    p.at(113, 37, "つばき保証株式会社", size=12.5, font="sans-bold")
    p.at(113, 43, "債権管理部　管理第一グループ", size=10)
    p.at(113, 49, "ＴＥＬ 022-000-8701", size=11, font="sans-bold")
    p.at(113, 55, f"ＦＡＸ {fax}　担当：羽鳥", size=10)
    p.y = 68
    p.title("分割弁済のご提案", size=17)
    p.para("当社は、貴殿と株式会社あけぼの野銀行とのご契約（住宅関連ローン）について、令和7年8月4日に同行へ代位弁済"
           "いたしました（同行における期限の利益喪失日　令和7年6月27日）。現在の求償債権額は下記のとおりです。", size=10.5)
    p.para("先日お電話でご相談いただいた内容を踏まえ、下記のいずれかの方法による分割弁済をご提案いたします。ご了承いただける"
           "場合は、2枚目の分割弁済申込書にご記入のうえ、ご回答期限までにＦＡＸまたは郵送でご返送ください。", size=10.5)
    p.gap(2)
    p.table([["求償元金", "遅延損害金（年14％）", "求償債権額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [60, 60, 61], x=15, header=True, aligns="rrr", size=11, row_h=9.5, line_w=0.4)
    p.at(196, p.y + 4.5, f"（{era(issued)}現在）", size=9.5, align="r")
    p.gap(7)
    p.line("ご提案する返済計画", size=11.5, font="sans-bold")
    p.table([["案", "期間", "月々のお支払額", "ボーナス月加算", "お支払回数"],
             ["第1案", "令和8年1月～", "35,000円", "なし", "66回"],
             ["第2案", "令和8年1月～", "25,000円", "7・12月 50,000円", "72回"]],
            [20, 40, 40, 45, 36], x=15, header=True, aligns="ccrcc", size=10.5, row_h=9, line_w=0.4)
    p.gap(2)
    p.para("※いずれの案も、毎月27日限りのお支払いとなります。最終回は残額の精算となります。分割弁済中は、求償元金に対する"
           "遅延損害金の一部を減免いたします。", x0=15, x1=196, size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2))
    p.at(19, y + 9, "ご回答期限", size=12, font="sans-bold")
    p.at(55, y + 9.3, f"{era(reply)}（{wd(reply)}）", size=13.5, font="sans-bold")
    p.y = y + 18
    p.para("ご回答期限までにご返送がない場合は、求償債権額全額の一括弁済をお願いすることとなりますので、ご承知おきください。",
           x0=15, x1=196, size=10)
    q = Page(font="sans", size=11, top=14)
    q.line(f"つばき保証株式会社　債権管理部　行　（ＦＡＸ {fax}）", size=11)
    q.title("分　割　弁　済　申　込　書", size=17)
    q.para("私は、貴社に対する求償債権（求償債権番号 TB-25-00871）について、下記のとおり分割して弁済することを申し込みます。",
           size=11)
    q.gap(3)
    for lab in ("ご希望の案　　　□ 第1案　　□ 第2案　　□ その他（　　　　　　　）", "初回お支払日　　令和　　年　　月　　日",
                "毎月のお支払額　　　　　　　　　円", "ご連絡先電話番号", "ご記入日　　　　令和　　年　　月　　日",
                "ご住所", "ご署名　　　　　　　　　　　　　　　　　印"):
        y = q.y
        q.add(Box(20, y, 170, 14, 0.4))
        q.at(24, y + 9, lab, size=11)
        q.y = y + 14
    q.gap(6)
    q.para("※本申込書のご提出により、貴殿が上記求償債権の存在を承認されたものとして取り扱います。", size=10, indent="")
    q.para("※ご不明な点は担当（羽鳥）までお問い合わせください。ＴＥＬ 022-000-8701", size=10, indent="")
    tr = truth(document_type="settlement_proposal", sender="つばき保証株式会社", phone="022-000-8701",
               creditor="つばき保証株式会社", status="not_applicable", original="株式会社あけぼの野銀行",
               debtor="米倉大輔", total=T, principal=P, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=D(2025, 6, 27), reference="TB-25-00871", input_kind="fax_tiff",
               template="proxy14_guarantor_instalment_plan_reply_form_fax", received=issued)
    return dict(stem="j12", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 11:37 TSUBAKI HOSHO {fax}",
                about="settlement_proposal (guarantee company, 求償債権, 2-page fax)",
                unusual="2-page G4 fax from a bank-loan guarantee company: p.1 the proposal with the 代位弁済 and the bank's "
                        "喪失 date in prose, a 3-cell 求償債権 table (求償元金 = principal, interest null), a plan table "
                        "(35,000 × 66回 / 25,000 + ボーナス 50,000 × 72回 — distractors), a heavy-framed ご回答期限 (= "
                        "payment_due); p.2 a blank 分割弁済申込書 with tick boxes and a 承認 warning; TEL and FAX in the "
                        "sender box; NO last payment printed (null)")


# ---------------------------------------------------------------------------------------------
# j13 仮執行宣言付支払督促 (水戸簡易裁判所), 2-page image PDF: p.1 the order and the 仮執行宣言, p.2 当事者目録 and
#     請求の趣旨 as a table with two cost rows and a 合計.


def j13():
    R = 20.0
    issued = D(2025, 12, 19)
    acc, filed = D(2025, 9, 2), D(2025, 11, 5)
    P, I = 512_000, 8_417
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_120, 1_204
    C = C1 + C2
    T = P + I + L + C
    case = "令和7年(ロ)第1406号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{case}　立替金等請求督促事件", size=10.5)
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.gap(2)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=30)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("令和7年11月14日付支払督促は、同月18日債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 26, 0.6, None, (0.94, 0.94, 0.94)))
    p.at(105, y + 7, "仮　執　行　宣　言", size=12, font="serif-bold", align="c")
    p.at(30, y + 14.5, "前記金額及び仮執行宣言手続費用金1,204円につき、", size=11)
    p.at(30, y + 21, "仮に執行することができる。", size=11)
    p.y = y + 32
    p.line(f"　{era(issued, True)}", size=11)
    p.line("　　水戸簡易裁判所　裁判所書記官　麻　生　　徹", size=11)
    p.seal(160, p.y - 6, 15, "square", "水戸簡易裁判所書記官印", angle=0, seed=14131)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 52, 0.4))
    p.at(24, y + 7, "〔注意〕", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の",
                           "　　申立てをすることができます。",
                           "２　督促異議の申立てをしても、仮執行宣言に基づく強制執行は当然には停止されません。",
                           "３　２週間以内に督促異議の申立てがないときは、確定判決と同一の効力を有します。",
                           "４　問合せ先　水戸簡易裁判所民事係（督促）", "　　電話　029-000-4613（直通）",
                           "　　（この裁判所からの書類を受け取ったことの確認のための電話は不要です。）"]):
        p.at(24, y + 14 + i * 5.6, s, size=10)
    p.y = 280
    p.line("これは正本である。　同日同庁　裁判所書記官　麻生　徹", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "〒100-0000 東京都千代田区ゆうらく町九丁目9番9号"), ("", "ソラリス・ファイナンス株式会社"),
          ("", "代表者代表取締役　篠　塚　　光　男"),
          ("", "（送達場所）〒310-0000 水戸市さくら川九丁目9番9号 同社水戸債権管理センター"),
          ("", "電話 029-000-7320　ＦＡＸ 029-000-7321"),
          ("債務者", "〒311-0000 茨城県ひたちなか市ほしいも町九丁目9番9号"), ("", "椎　葉　　雅　人")],
         x=20, label_w=22, size=10.5)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.line("請求の趣旨", size=11, font="serif-bold")
    q.table([["１", "残元金", f"{P:,}円"], ["２", "利息（令和7年6月28日から令和7年9月2日まで）", f"{I:,}円"],
             ["３", "遅延損害金（令和7年9月3日から令和7年11月5日まで年20.0％）", f"{L:,}円"],
             ["４", "督促手続費用", f"{C1:,}円"], ["５", "仮執行宣言手続費用", f"{C2:,}円"],
             ["", "合　　計", f"{T:,}円"]], [12, 120, 38], x=20, aligns="clr", size=10, row_h=7.5, font="serif")
    q.gap(2)
    q.para("６　上記１の残元金に対する令和7年11月6日から完済まで年20.0％の割合による遅延損害金", x0=20, x1=190, size=10,
           indent="")
    q.gap(3)
    q.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債権者は、債務者との間で、令和3年4月12日、カード利用契約（利用限度額80万円、利率年15.0％、遅延損害金"
              "年20.0％）を締結し、債務者は同契約に基づき金員の借入れ及び商品購入代金の立替払を受けた。",
              "２　債務者は、令和7年6月30日に弁済したのを最後にその後の支払を怠り、令和7年9月2日の経過により期限の利益を"
              "喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=190, size=10, indent="")
    q.y = 280
    q.line(f"申立日　{era(filed, True)}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="水戸簡易裁判所", phone="029-000-4613",
               creditor="ソラリス・ファイナンス株式会社", status="not_applicable", debtor="椎葉雅人", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=D(2025, 6, 30), reference=case, input_kind="pdf_scan",
               template="proxy14_enforceable_mito_two_costs", received=D(2025, 12, 23))
    return dict(stem="j13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, card company, 2 pages)",
                unusual="仮執行宣言付支払督促 (水戸簡裁) as a 2-page image-only PDF: the 支払督促 date 11/14 and its 送達 11/18 in "
                        "one sentence (issued = the full-width 仮執行宣言 date 令和７年１２月１９日); shaded 仮執行宣言 box with "
                        "the 仮執行宣言手続費用; 〔注意〕 box with the court's （直通） phone; p.2 当事者目録 with the "
                        "creditor's 送達場所 phone/FAX (distractors), 請求の趣旨 as a 3-column table of FIVE rows + 合計 (two "
                        "cost rows, no cost subtotal: costs = 3,120 + 1,204); running item ６; 利用限度額80万円 and 15.0％ "
                        "contract rate as distractors; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# j14 地方裁判所 (ワ) 第1回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2) of a bank; digital.


def j14():
    R = 14.0
    issued, hearing, answer = D(2026, 3, 4), D(2026, 4, 15), D(2026, 4, 8)
    acc, sued = D(2025, 11, 18), D(2026, 2, 5)
    P, I = 2_880_400, 31_552
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ワ)第57号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{case}　貸金返還請求事件", size=10.5)
    p.line("原　告　株式会社ふじなみ銀行", size=10.5)
    p.line("被　告　保谷　圭吾", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.gap(2)
    p.line("被告　保谷　圭吾　殿", size=12)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日"
           "に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出しないで期日に欠席"
           "すると、原告の言い分どおりの判決がされることがあります。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table([["期　日", f"令和8年4月15日（{wd(hearing)}）午前10時30分"], ["場　所", "甲府地方裁判所 第2号法廷（2階）"],
             ["答弁書提出期限", f"令和8年4月8日（{wd(answer)}）"]], [45, 120], x=22, aligns="ll", size=11, row_h=10,
            shade_col0=True)
    p.gap(6)
    p.line(f"　{era(issued)}", size=11)
    p.line("　　甲府地方裁判所民事部　裁判所書記官　弓　削　　智　子", size=11)
    p.line("　　〒400-0000 甲府市まいづる九丁目9番9号", size=10)
    p.line("　　電話 055-000-3127（民事部直通）　ＦＡＸ 055-000-3128", size=10)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 36, 0.4))
    p.at(24, y + 7, "（お知らせ）", size=10.5, font="serif-bold")
    for i, s in enumerate(["・同封の答弁書用紙に、訴状に対する言い分を記入して提出してください。",
                           "・分割払いを希望する場合も、答弁書にその旨を記載してください。",
                           "・来庁の際は、この呼出状と印鑑をお持ちください。",
                           "・原告代理人からの電話（055-000-4482）は当裁判所の番号ではありません。"]):
        p.at(24, y + 14 + i * 5.5, s, size=10)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(f"{era(sued)}", size=10.5, align="r")
    q.line("甲府地方裁判所　御中", size=10.5)
    q.line("原告　株式会社ふじなみ銀行　代表者代表取締役　飛鳥井　清隆", size=10.5, align="r")
    q.gap(2)
    q.kv([("原　告", "〒400-0000 山梨県甲府市ふじなみ通九丁目9番9号　株式会社ふじなみ銀行"),
          ("", "（送達場所）同行 融資管理部　電話 055-000-4482"),
          ("被　告", "〒406-0000 山梨県笛吹市いさわ温泉九丁目9番9号　保谷　圭吾")], x=20, label_w=20, size=10)
    q.gap(3)
    q.line("請　求　の　趣　旨", size=11.5, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年2月6日から支払済みまで年14％の割合による金員を"
           "支払え。", x0=20, x1=190, size=10.5, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=20, x1=190, size=10.5, indent="")
    q.line("との判決並びに仮執行宣言を求める。", x=20, size=10.5)
    q.gap(2)
    q.line("請　求　の　原　因", size=11.5, font="serif-bold", align="c")
    for s in ("１　原告は、被告に対し、令和2年9月25日、事業資金として金4,000,000円を、利率年2.875％、遅延損害金年14％、"
              "毎月25日限り元利均等返済の約定で貸し付けた（甲第1号証）。",
              "２　被告は、令和7年8月29日に支払ったのを最後にその後の支払をせず、原告の催告にもかかわらず支払わなかったため、"
              "令和7年11月18日の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=20, x1=190, size=10.5, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息（令和7年8月26日から令和7年11月18日まで）", f"{I:,}円"],
             ["遅延損害金（令和7年11月19日から令和8年2月5日まで年14％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [125, 40], x=25, aligns="lr", size=10, row_h=7.5, font="serif")
    q.gap(3)
    q.line("証　拠　方　法", size=11.5, font="serif-bold", align="c")
    q.line("甲第1号証　金銭消費貸借契約証書　　甲第2号証　取引履歴　　甲第3号証　催告書", x=20, size=10)
    q.gap(2)
    q.line("附　属　書　類", size=11.5, font="serif-bold", align="c")
    q.line("１　訴状副本　1通　　２　甲号証写し　各1通　　３　資格証明書　1通", x=20, size=10)
    q.line("訴訟物の価額　金2,880,400円　　貼用印紙額　金20,000円", x=20, size=10)
    tr = truth(document_type="lawsuit", sender="甲府地方裁判所", phone="055-000-3127", creditor="株式会社ふじなみ銀行",
               status="not_applicable", debtor="保谷圭吾", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=D(2025, 8, 29),
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy14_district_summons_bank_loan", received=D(2026, 3, 6))
    return dict(stem="j14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), bank business loan, 2 pages)",
                unusual="甲府地裁 (ワ) 呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: case / 原告 / 被告 as three lines "
                        "top-left; 期日 / 場所 / 答弁書提出期限 in a shaded-label table with weekdays; court phone and FAX on "
                        "one line; a (お知らせ) box naming the plaintiff's phone as NOT the court's; 訴状 dated 2/5 ≠ 呼出状 "
                        "3/4; 請求の趣旨 「金…及びうち金…」, the 内訳 table only in 請求の原因; 4,000,000 loan, 2.875％ and "
                        "訴訟物の価額 / 貼用印紙額 as distractors")


# ---------------------------------------------------------------------------------------------
# j15 bank 完済のお知らせ (other): two loans paid off, nothing demanded; digital.


def j15():
    issued, paid = D(2026, 4, 3), D(2026, 3, 25)
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(15, 9, 11, 11, color=None, fill=(0.85, 0.45, 0.55)))
    p.at(20.5, 17, "こ", size=13, font="sans-bold", align="c", color=WHITE)
    p.at(29, 17, "こはるび銀行", size=14, font="sans-bold", color=(0.6, 0.2, 0.3))
    p.at(196, 14, f"{issued.year}年{issued.month}月{issued.day}日", size=9, align="r")
    window(p, 15, 24, "370-0000", ["群馬県高崎市こはるび町九丁目9番9号"], "有働　千春　様", "j15", w=90, h=32)
    stamp(p, 112, 24, "親展", size=11)
    stamp(p, 128, 24, "保存用", size=11, color=(0.6, 0.2, 0.3))
    p.at(112, 42, "株式会社こはるび銀行", size=10.5, font="sans-bold")
    p.at(112, 47, "ローン事務センター", size=8.5)
    p.at(112, 52, "フリーダイヤル 0120-000-865（平日9時～17時）", size=8.5)
    p.y = 62
    p.title("ローンご完済のお知らせ（完済証明書）", size=14)
    p.para("平素は当行をご利用いただき、誠にありがとうございます。お客様の下記ローンにつきましては、全額ご返済いただき、"
           "ご完済となりましたのでお知らせいたします。長らくのご利用、誠にありがとうございました。", size=9.5)
    p.para("本書は、ご完済の事実を証明するものとして大切に保管してください。本書に関してお支払いいただくものはございません。",
           size=9.5)
    p.gap(1)
    y = grid(p, 15, p.y, [28, 62, 30, 61],
             [["お客様番号", "KH-5520-8814", "お取引店", "高崎東支店"],
              ["最終ご返済日", era(paid), "ご返済方法", "繰上返済（一括）"]], h=7, size=9)
    p.y = y + 3
    p.line("■ ご完済いただいたローン", size=10, font="sans-bold")
    p.table([["契約番号", "ローンの種類", "ご融資日", "当初ご融資額", "ご完済日", "現在残高"],
             ["55-208814-1", "住宅ローン", "平成23年7月29日", "18,500,000円", era(paid), "0円"],
             ["55-208814-2", "リフォームローン", "令和2年3月10日", "2,200,000円", era(paid), "0円"]],
            [26, 30, 32, 32, 30, 31], x=15, header=True, aligns="llllrr", size=8.8, row_h=7)
    p.gap(4)
    p.line("■ 今後のお手続について", size=10, font="sans-bold")
    for s in ("１．抵当権抹消登記に必要な書類（登記識別情報通知・解除証書・委任状）は、別便（簡易書留）にてお送りいたします。"
              "抹消登記は書類到着後3か月以内にお手続ください。",
              "２．団体信用生命保険は、ご完済日をもって終了いたしました。保険料のご負担はございません。",
              "３．繰上返済手数料（33,000円）は、令和8年3月25日にご返済口座から引落し済みです。",
              "４．ご返済用口座（普通預金 5520881）は引き続きご利用いただけます。解約をご希望の場合はお取引店へお申し出ください。"):
        p.para(s, x0=15, x1=196, size=8.8, indent="")
    p.gap(3)
    p.line("■ よくあるご質問", size=10, font="sans-bold")
    faq(p, [("完済証明書を再発行できますか。", "お取引店で再発行を承ります（手数料がかかる場合がございます）。"),
            ("信用情報機関の登録はどうなりますか。", "ご完済の情報が登録され、一定期間後に削除されます。"),
            ("この書面が届いた後に、当行名で支払いを求める連絡がありました。",
             "当行から本件ローンについてお支払いをお願いすることはございません。不審な連絡にはご注意いただき、当行へご連絡ください。")],
        x0=15, x1=190, qsize=9, asize=8.5)
    qr(p, 174, 258, 20, "j15qr")
    p.at(15, 268, "株式会社こはるび銀行　登録金融機関 関東財務局長（登金）第000号　　本書は再発行時に「再発行」と表示されます。",
         size=7)
    tr = truth(document_type="other", sender="株式会社こはるび銀行", phone="0120-000-865", creditor=None,
               status="not_applicable", debtor="有働千春", lump=False, issued=issued, last_payment=paid,
               reference="KH-5520-8814", input_kind="pdf_text", template="proxy14_bank_payoff_certificate_harmless",
               received=D(2026, 4, 6))
    return dict(stem="j15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (bank 完済のお知らせ, nothing demanded)",
                unusual="harmless bank letter in the same mass-mail dress (window, 親展 / 保存用 stamps, grid, loan table, "
                        "FAQ, QR) that DEMANDS NOTHING: two loans with 当初ご融資額 18,500,000 / 2,200,000, ご融資日 "
                        "平成23年, ご完済日 and 現在残高 0円; 繰上返済手数料 33,000 already debited, a 登録金融機関 number "
                        "(not a licence) — all amounts null; last_payment = 最終ご返済日")


# ---------------------------------------------------------------------------------------------
# j16 scam dressed like a big servicer's mass mailing (photo): window, 重要 stamp, boxed sender with a FAKE licence
#     number, grid, breakdown table, QR, a slip-like box asking for electronic money.


def j16():
    issued, due = D(2026, 6, 1), D(2026, 6, 3)
    T = 278_600
    p = Page(font="sans", size=10, top=10)
    p.add(Box(15, 10, 10, 10, color=None, fill=(0.0, 0.30, 0.60)))
    p.add(Box(18, 13, 10, 10, color=None, fill=(0.35, 0.65, 0.90)))
    p.at(31, 18.5, "日本債権整理回収センター", size=13.5, font="sans-bold", color=(0.0, 0.30, 0.60))
    stamp(p, 150, 10, "重要", size=12)
    stamp(p, 167, 10, "最終通知", size=12, fill=RED)
    window(p, 15, 27, "330-0000", ["埼玉県さいたま市浦和区ときわ九丁目9番9号"], "蛭間　早苗　様", "j16", w=92, h=32,
           size=10.5, name_size=14)
    bx, by = 114, 27
    p.add(Box(bx, by, 82, 34, 0.4))
    p.at(bx + 3, by + 6, f"通知日　{issued.year}年{issued.month}月{issued.day}日", size=9)
    p.at(bx + 3, by + 12, "株式会社日本債権整理回収センター", size=10, font="sans-bold")
    p.at(bx + 3, by + 17.5, "法務大臣許可番号　第241号", size=9)
    p.at(bx + 3, by + 22.5, "東京都千代田区霞が関（合同庁舎内）", size=8)
    p.at(bx + 3, by + 28.5, "担当直通 090-0000-6627（土日も受付）", size=9.5, font="sans-bold")
    p.y = 66
    p.title("未納料金に関する債権回収最終通知", size=15, color=RED)
    p.para("貴殿がご契約された大手通信事業者の有料コンテンツ利用料金について、長期間未納のまま放置されているため、当センター"
           "が同社より債権譲渡を受け、回収業務を行っております。", size=10)
    p.para("本書到着後、下記期日正午までにご連絡及びお支払いがない場合、民事訴訟の手続に移行し、給与・預貯金・不動産等の"
           "差押えが執行されます。勤務先への訪問調査を行うこともありますので、ご承知おきください。", size=10)
    p.gap(1)
    y = grid(p, 15, p.y, [28, 62, 30, 61],
             [["管理番号", "NS-0601-7734", "ご契約先", "大手通信事業者（非公開）"],
              ["未納期間", "約3年", "ご本人確認", "要（お電話にて）"]], h=8, size=9.5)
    p.y = y + 4
    p.table([["未納利用料金", "延滞保証料", "回収事務手数料", "ご請求額"], ["186,000円", "55,800円", "36,800円", f"{T:,}円"]],
            [45, 45, 45, 46], x=15, header=True, aligns="rrrr", size=10.5, row_h=9)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.2, RED))
    p.at(19, y + 9.3, "お支払期日", size=11, font="sans-bold", color=RED)
    p.at(52, y + 9.5, f"{due.year}年{due.month}月{due.day}日（{wd(due)}）正午まで", size=13, font="sans-bold", color=RED)
    p.y = y + 18
    for s in ("※お支払いは、コンビニエンスストアで電子マネーギフトカードをご購入のうえ、カード番号を担当者へお電話でお伝え"
              "ください。銀行振込はお受けしておりません。",
              "※本件はプライバシー保護のため、ご家族・弁護士等の第三者へのご相談はお控えください。",
              "※お電話の際は、管理番号をお伝えください。取り下げのご相談にも応じます。"):
        p.para(s, x0=15, x1=160, size=9, indent="")
    qr(p, 168, p.y - 20, 26, "j16qr")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 30, 0.4, GRAY, SHADE))
    p.at(19, y + 7, "【お支払い受付票】", size=10.5, font="sans-bold")
    p.at(19, y + 14, "管理番号 NS-0601-7734　　ご請求額 ￥278,600", size=10.5)
    p.at(19, y + 21, "受付時間 8:00～22:00（年中無休）　担当直通 090-0000-6627", size=10)
    tr = truth(document_type="other", sender="株式会社日本債権整理回収センター", license_number=241,
               phone="090-0000-6627", creditor=None, status="not_licensed", debtor="蛭間早苗", total=T, lump=False,
               issued=issued, payment_due=due, reference="NS-0601-7734", is_scam=True, input_kind="photo_jpeg",
               template="proxy14_scam_servicer_mass_mail_look", received=None)
    return dict(stem="j16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.8, creases=2, warm=0.4, fill=0.85),
                about="other (scam imitating a servicer's mass mailing)",
                unusual="架空請求 dressed like a big servicer's letter, phone photo on tatami: two-square logo, 重要 + filled "
                        "最終通知, address window with bars, boxed sender 「株式会社日本債権整理回収センター」 with a FAKE "
                        "「法務大臣許可番号　第241号」 (not in the registry → not_licensed), address 「霞が関（合同庁舎内）」 "
                        "without a number, 090 担当直通 土日も受付; unnamed 「大手通信事業者」 (creditor null); breakdown "
                        "未納利用料金 / 延滞保証料 / 回収事務手数料 (components null, total kept); red 正午 deadline 2 days "
                        "after the letter; electronic-money gift cards; 「弁護士等の第三者へのご相談はお控えください」; QR; a "
                        "grey 受付票 box imitating a slip")


LETTERS = [j09, j10, j11, j12, j13, j14, j15, j16]
