"""Proxy set 53, letters bj01–bj08: "card companies and consumer finance". The ルリタテハカード member (頴川): the
card company's ご利用代金 督促状 with a ご利用明細 table (bj01), its 縦書き 会員資格取消 兼 期限の利益喪失通知 (bj03) and
its 債権譲渡通知 to a real servicer (bj05; the servicer's own letters bj06 and bj10 are in letters_bj2); the ソヨゴ
card-loan borrower (税所): the 催告書 with 約定返済額 and 延滞日数 (bj02); the ニワトコカード member (綾部): the リボ残高
一括請求 after 期限の利益喪失, photographed sideways (bj04); a 信販's 支払督促 (bj07) and a real servicer's
仮執行宣言付支払督促 of a consumer loan (bj08)."""

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
    bars,
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
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
INDIGO = (0.18, 0.20, 0.52)
PLUM = (0.45, 0.12, 0.40)
ORANGE = (0.85, 0.42, 0.05)
ONE = timedelta(1)


def yy(d: D) -> str:
    """YY/MM/DD, as a card-loan system prints it."""
    return f"{d.year % 100:02d}/{d.month:02d}/{d.day:02d}"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def west(d: D, weekday: bool = False) -> str:
    return f"{d.year}年{d.month}月{d.day}日" + (f"({wd(d)})" if weekday else "")


def ky(n: int) -> str:
    """金四十九万七千二百円 (positional kanji, vertical letters)."""
    return "金" + kanji_number(n) + "円"


def kphone(s: str) -> str:
    from samples.letters.fmt import kanji_digits
    a, b, c = s.split("-")
    return f"{kanji_digits(a)}（{kanji_digits(b)}）{kanji_digits(c)}"


# --- the ルリタテハカード member (bj01, bj03, bj05; bj06 and bj10 in letters_bj2) -------------------------------

A_CO = "株式会社ルリタテハカード"
A_TEL = "0120-000-648"
A_REF = "RT-8820-1147"
A_CARD = "4980-12＊＊-＊＊＊＊-5531"
A_DEBTOR = "頴川　千尋"
A_ZIP, A_ADDR = "350-0000", "埼玉県川越市うまごやし町9丁目9番9号"
A_R = 14.6
A_LAST = D(2025, 9, 29)  # last successful debit
A_MISS = D(2025, 10, 27)  # the debit that failed
A_ROWS = [("ショッピング（1回払い）", 12_800, 0), ("ショッピング（リボ払い）", 15_000, 3_524),
          ("キャッシング（リボ払い）", 10_000, 2_997)]
A_OVERDUE = sum(r[1] for r in A_ROWS)  # 37,800
A_SHOP_REVO, A_CASH_REVO = 286_400, 198_000  # リボ残高 after the failed debit (unpaid part included)
A_SHOP = 12_800 + A_SHOP_REVO  # 299,200
A_P = A_SHOP + A_CASH_REVO  # 497,200
A_I = 11_284  # 未払手数料 up to the acceleration
A_WARN, A_ACC = D(2025, 12, 19), D(2026, 1, 9)
A_ASSIGN = D(2026, 3, 31)
A_SV = "アルファ債権回収株式会社"
A_SV_TEL = "0120-000-377"


def a_late(asof: D) -> int:
    """Damages on the overdue part until the acceleration, then on the whole principal."""
    return late(A_OVERDUE, A_R, A_MISS + ONE, A_ACC) + late(A_P, A_R, A_ACC + ONE, asof)


# ---------------------------------------------------------------------------------------------
# bj01 card company ご利用代金 督促状: a ご利用明細 table per usage type, 2025年11月20日(木) dates, ¥ amounts.


def bj01():
    issued, due = D(2025, 11, 20), D(2025, 12, 1)
    rows = [(k, p, f, late(p, A_R, A_MISS + ONE, issued)) for k, p, f in A_ROWS]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    assert P == A_OVERDUE
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(15, 6.3, "RURITATEHA CARD", size=10, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "ご利用代金のお支払いについて", size=8.5, color=WHITE, align="r")
    window(p, 15, 16, A_ZIP, [A_ADDR], f"{A_DEBTOR}　様", "bj01", w=94, h=36, code="R-2511-B 00318")
    stamp(p, 15, 56, "親展", color=RED, size=11)
    p.at(196, 19, west(issued, True), size=9.5, align="r")
    p.at(196, 24.5, f"お客様番号　{A_REF}", size=9.5, align="r")
    p.at(196, 30, f"カード番号　{A_CARD}", size=8.5, align="r")
    p.at(196, 40, A_CO, size=10, font="sans-bold", align="r")
    p.at(196, 45, "債権管理部　お支払相談センター", size=8.5, align="r")
    p.at(196, 50, f"フリーダイヤル {A_TEL}", size=8.5, align="r")
    p.at(196, 54.5, "受付 9:30～18:00（土日祝・年末年始を除く）", size=7.5, align="r")
    p.y = 66
    p.line("ご利用代金　督促状", size=17, font="sans-bold", align="c", color=TEAL)
    p.gap(2)
    p.para(f"平素はルリタテハカードをご利用いただき、ありがとうございます。{west(A_MISS)}にお口座振替予定のご利用代金が、"
           "残高不足のためお引落しできませんでした。その後、本日までにご入金の確認がとれておりません。", size=9.5)
    p.para(f"つきましては、下記ご請求額を{west(due, True)}までに、下記のお振込先へお支払いくださいますようお願いいたします。"
           f"なお、前回のお引落し日は{west(A_LAST)}です。", size=9.5)
    p.gap(2)
    p.line(f"■ご利用明細（{west(A_MISS)}お引落し分）", size=10, font="sans-bold")
    head = ["ご利用区分", "お支払元金", "手数料", "遅延損害金", "ご請求額"]
    body = [[k, f"¥{pr:,}", f"¥{f:,}", f"¥{lt:,}", f"¥{pr + f + lt:,}"] for k, pr, f, lt in rows]
    body.append(["合　計", f"¥{P:,}", f"¥{I:,}", f"¥{L:,}", f"¥{T:,}"])
    p.table([head] + body, [50, 33, 28, 30, 35], x=18, header=True, aligns="lrrrr", size=9.3, row_h=7.5)
    p.line(f"※遅延損害金はお支払元金に対し年14.6％、{west(A_MISS + ONE)}から{west(issued)}までの日割計算です。", x=18, size=7.8)
    p.line("※ショッピング（1回払い）には手数料はかかりません。", x=18, size=7.8)
    p.gap(2.5)
    y = p.y
    p.add(Box(18, y, 176, 17, 1.0, TEAL))
    p.add(Box(18, y, 40, 17, color=None, fill=TEAL))
    p.at(38, y + 10.5, "ご請求額", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(98, y + 11.5, f"¥{T:,}", size=17, font="sans-bold", align="r")
    p.at(106, y + 7.5, "お支払期限", size=8.5, color=TEAL)
    p.at(106, y + 13.5, west(due, True), size=12.5, font="sans-bold")
    p.y = y + 21
    p.line("■ご参考（お引落し不能後のご利用残高）", size=9.5, font="sans-bold")
    grid(p, 18, p.y, [44, 44, 44, 44],
         [["ショッピングリボ残高", f"¥{A_SHOP_REVO:,}", "キャッシングリボ残高", f"¥{A_CASH_REVO:,}"],
          ["ショッピングご利用枠", "¥500,000", "キャッシングご利用枠", "¥200,000"]], h=7, size=8.8)
    p.y += 16
    p.line("■お振込先", size=9.5, font="sans-bold")
    p.para("みなせ銀行 本店営業部　普通預金 3318820　口座名義 カ）ルリタテハカード　※ご依頼人名の前にお客様番号を"
           "ご入力ください。振込手数料はお客様のご負担となります。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 27, 0.3, RED, (1.0, 0.96, 0.96)))
    p.at(22, y + 5.5, "ご注意", size=9.5, font="sans-bold", color=RED)
    for i, s in enumerate(["・お支払期限までにご入金がない場合、カードのご利用を停止し、会員規約に基づき期限の利益を喪失",
                           "　（ご利用残高の全額を一括でお支払いいただくこと）となる場合があります。",
                           "・延滞情報は指定信用情報機関に登録されます。",
                           "・お支払いが難しい場合は、お早めにお支払相談センターまでご連絡ください。"]):
        p.at(22, y + 11 + i * 4.2, s, size=8.3)
    p.y = y + 30
    p.para("本状と行き違いにお支払いいただいた場合は、悪しからずご容赦ください。", size=8, indent="")
    p.at(196, 287, "貸金業登録番号 関東財務局長(5)第01893号　日本貸金業協会会員 第005517号", size=6.8, align="r", color=GRAY)
    bars(p, 15, 284, 60, 3, "bj01foot", tall=False)
    tr = truth(document_type="collection_notice", sender=A_CO, phone=A_TEL, creditor=A_CO, status="not_applicable",
               debtor=A_DEBTOR, total=T, principal=P, interest=I, late_damages=L, rate=A_R, lump=False,
               issued=issued, payment_due=due, last_payment=A_LAST, reference=A_REF, input_kind="pdf_text",
               template="proxy53_card_dunning_usage_table_per_type", received=D(2025, 11, 22))
    return dict(stem="bj01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company ご利用代金 督促状, one failed debit)",
                unusual="card company's first 督促状 after a failed debit: teal top band with the Latin brand, window "
                        "address with a mailing code, 親展 stamp; dates 2025年11月20日(木) with half-width weekday; a "
                        "ご利用明細 table by usage type (ショッピング（1回払い） / ショッピング（リボ払い） / キャッシング"
                        "（リボ払い）) × お支払元金 / 手数料 / 遅延損害金 / ご請求額 with a 合計 row, all in ¥; the total "
                        "and the due date side by side in one teal bar; a ご参考 grid with リボ残高 286,400 / 198,000 and "
                        "the 枠 (distractors, the lump sum is only threatened); masked カード番号; 貸金業登録番号 at the foot")


# ---------------------------------------------------------------------------------------------
# bj02 card-loan 催告書 (consumer finance): 約定返済額 × 3 missed, 延滞日数, YY/MM/DD dates; 2 digital pages.


def bj02():
    R = 20.0
    issued, due = D(2025, 11, 20), D(2025, 12, 1)
    lastp = D(2025, 8, 8)
    inst = [(D(2025, 9, 10), 7_842, 5_158), (D(2025, 10, 10), 7_940, 5_060), (D(2025, 11, 10), 8_040, 4_960)]
    assert all(a + b == 13_000 for _, a, b in inst)
    rows = [(d, a, b, late(a, R, d + ONE, issued)) for d, a, b in inst]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    days = (issued - inst[0][0]).days
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 19, "SOYOGO", size=16, font="sans-bold", color=INDIGO)
    p.at(48, 19, "ソヨゴのカードローン", size=9, color=INDIGO)
    p.at(15, 24, "ソヨゴファイナンス株式会社", size=8.5)
    p.at(196, 16, f"発行日 {yy(issued)}", size=9.5, align="r")
    p.at(196, 21, "会員番号 SY7135522", size=9.5, align="r")
    p.at(196, 26, "1/2", size=8, align="r", color=GRAY)
    p.y = 34
    p.line("〒270-0000", size=9.5, x=20)
    p.line("千葉県松戸市かたばみ坂9丁目9番9号", size=9.5, x=20)
    p.line("税所　健太　様", size=13, x=26)
    p.gap(5)
    p.add(Line(15, p.y, 196, p.y, 1.2, INDIGO))
    p.gap(3)
    p.line("催　告　書", size=18, font="sans-bold", align="c")
    p.gap(1)
    p.para("お客様のカードローンのご返済につきまして、約定のご返済日を過ぎてもご入金が確認できておりません。これまで"
           "お電話・書面にてご連絡を差し上げましたが、いまだにご入金もご連絡もいただいておりません。", size=9.5)
    p.para(f"つきましては、下記延滞額を{yy(due)}({wd(due)})までにご入金ください。ご入金がない場合は、ご契約に基づき"
           "期限の利益を喪失し、ご利用残高全額を一括でご請求することとなりますので、ご承知おきください。", size=9.5)
    p.gap(2)
    grid(p, 18, p.y, [30, 58, 30, 58],
         [["約定返済日", "毎月10日", "約定返済額", "13,000円"],
          ["最終ご入金日", yy(lastp), "延滞日数", f"{days}日（{yy(issued)}現在）"],
          ["ご利用限度額", "500,000円", "ご利用残高（元金）", "386,517円"]], h=7.2, size=9)
    p.y += 25
    p.line("■延滞明細", size=10, font="sans-bold")
    head = ["ご返済日", "延滞元金", "利息", "遅延損害金", "計"]
    body = [[yy(d), f"{a:,}円", f"{b:,}円", f"{lt:,}円", f"{a + b + lt:,}円"] for d, a, b, lt in rows]
    body.append(["延滞額合計", f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"])
    p.table([head] + body, [36, 34, 30, 34, 40], x=18, header=True, aligns="crrrr", size=9.3, row_h=7.2)
    p.line(f"遅延損害金：延滞元金に対し年20.0％（各ご返済日の翌日から{yy(issued)}まで、年365日の日割計算）", x=18, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 15, 0.8))
    p.at(22, y + 9.5, "ご入金額", size=11, font="sans-bold")
    p.at(88, y + 10, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.at(100, y + 9.5, "ご入金期限", size=11, font="sans-bold")
    p.at(188, y + 10, f"{yy(due)}({wd(due)})", size=14, font="sans-bold", align="r", color=RED)
    p.y = y + 20
    p.para("ご入金方法：提携ATM・コンビニATMでのご返済、または下記口座へのお振込み（裏面をご覧ください）。", size=9, indent="")
    p.gap(6)
    for s, sz, f in (("ソヨゴファイナンス株式会社　お客様相談室", 10, "sans-bold"),
                     ("〒530-0000 大阪府大阪市北区しもつけ通9丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-413（平日9:00～19:00）", 9, "sans"),
                     ("貸金業登録番号 近畿財務局長(3)第00712号", 7.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "ソヨゴファイナンス之印", angle=2, seed=53021)
    q = Page(font="sans", size=9.5, top=14)
    q.at(196, 16, "2/2", size=8, align="r", color=GRAY)
    q.at(15, 18, "会員番号 SY7135522　税所　健太　様", size=9)
    q.y = 26
    q.line("ご返済方法のご案内", size=13, font="sans-bold")
    q.gap(1)
    q.table([["方法", "ご案内"], ["お振込み", "つばな銀行 梅田支店 普通 0713552 ソヨゴフアイナンス（カ"],
             ["提携ATM", "カードをご利用のうえ「ご返済」をお選びください（手数料110円～220円）"],
             ["コンビニ", "店頭端末で会員番号を入力し、レジでお支払いください"]],
            [30, 150], x=15, header=True, aligns="ll", size=8.8, row_h=7)
    q.gap(5)
    q.line("お取引履歴（直近6回分）", size=13, font="sans-bold")
    hist = [(D(2025, 3, 10), 13_000, 424_290), (D(2025, 4, 9), 13_000, 416_918), (D(2025, 5, 12), 13_000, 409_458),
            (D(2025, 6, 10), 13_000, 401_907), (D(2025, 7, 10), 13_000, 394_259), (lastp, 13_000, 386_517)]
    assert hist[-1][2] == 386_517  # = ご利用残高（元金） on p.1 (nothing repaid since)
    q.table([["お取引日", "お取引内容", "ご返済額", "ご返済後残高"]] +
            [[yy(d), "ご返済（ATM）", f"{a:,}", f"{b:,}"] for d, a, b in hist],
            [36, 52, 40, 52], x=15, header=True, aligns="clrr", size=8.8, row_h=6.8)
    q.line("（単位：円）　※ご返済後残高は元金残高です。", x=15, size=7.8)
    q.gap(5)
    q.line("ご契約内容", size=13, font="sans-bold")
    q.kv([("ご契約日", "19/06/14"), ("貸付利率", "年15.0％（実質年率）"), ("遅延損害金率", "年20.0％"),
          ("返済方式", "残高スライド元利定額返済方式"), ("約定返済日", "毎月10日（休日の場合は翌営業日）")],
         x=20, label_w=38, size=9)
    q.gap(5)
    q.line("よくあるご質問", size=13, font="sans-bold")
    for a, b in (("一部だけでも入金できますか。", "一部のご入金も承りますが、延滞額の全額をお支払いいただくまで延滞は解消されません。"),
                 ("返済日を変更したい。", "お客様相談室までお電話ください。審査のうえ変更を承ります。"),
                 ("延滞するとどうなりますか。", "遅延損害金が発生し、信用情報機関に延滞情報が登録されます。")):
        q.line("Ｑ．" + a, x=18, size=9, font="sans-bold")
        q.para("Ａ．" + b, x0=22, x1=192, size=8.8, indent="")
        q.gap(1)
    tr = truth(document_type="collection_notice", sender="ソヨゴファイナンス株式会社", phone="0120-000-413",
               creditor="ソヨゴファイナンス株式会社", status="not_applicable", debtor="税所健太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="SY7135522", input_kind="pdf_text_2page",
               template="proxy53_cardloan_demand_arrears_days_yymmdd", received=D(2025, 11, 22))
    return dict(stem="bj02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (consumer-finance カードローン 催告書, three missed instalments, 2 pages)",
                unusual="card-loan 催告書 with EVERY date as two-digit-year YY/MM/DD (発行日 25/11/20, due 25/12/01(月), "
                        "last payment 25/08/08); a shaded-label grid with 約定返済日 毎月10日, 約定返済額 13,000円, 延滞日数 "
                        "71日, ご利用限度額 and ご利用残高（元金） 386,517円 (distractors, lump only threatened); a 延滞明細 "
                        "table per missed instalment (延滞元金 / 利息 / 遅延損害金 / 計) with a 延滞額合計 row; the total and "
                        "the red ご入金期限 in one framed bar; the only number is the 会員番号 (digits after SY); p.2 返済方法, "
                        "an お取引履歴 of six ATM repayments with balances, ご契約日 19/06/14, 年15.0％ (the loan rate) and Q&A")


# ---------------------------------------------------------------------------------------------
# bj03 縦書き 会員資格取消 兼 期限の利益喪失通知 (内容証明), card company; digital.


def bj03():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    P, I = A_P, A_I
    L = a_late(issued)
    T = P + I + L
    cols = [
        ("title", "会員資格取消及び期限の利益喪失通知書"),
        ("body", f"貴殿は、当社との間のルリタテハカード会員契約に基づくカードご利用代金のお支払につき、{kdate(A_LAST)}の"
                 f"お支払を最後に、{kdate(A_MISS)}以降のお支払を怠っております。"),
        ("body", f"当社は、{kdate(A_WARN)}付催告書をもって延滞額のお支払を催告いたしましたが、催告期限である{kdate(A_ACC)}"
                 "までにお支払がありませんでした。"),
        ("body", f"よって、貴殿は、会員規約第二十二条第一項により、{kdate(A_ACC)}の経過をもってカードご利用代金債務全額に"
                 "ついて期限の利益を喪失いたしました。あわせて当社は、同規約第十四条により、本書をもって貴殿の会員資格を取り消し"
                 "ます。カードは直ちにご利用を中止し、はさみを入れて破棄してください。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{ky(P)}"),
        ("plain", f"　　（内訳　ショッピング{kanji_number(A_SHOP)}円、キャッシング{kanji_number(A_CASH_REVO)}円）"),
        ("indent", f"二　未払手数料　{ky(I)}"),
        ("indent", f"三　遅延損害金　{ky(L)}"),
        ("plain", "　　（令和七年十月二十八日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　{ky(T)}"),
        ("body", "なお、右期限までにお支払のないときは、法的手続に移行いたしますので、念のため申し添えます。"),
        ("plain", f"　　お客様番号　{fw(A_REF)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区のぎく町九丁目九番九号"),
        ("low", A_CO),
        ("low", f"電話　{kphone(A_TEL)}"),
        ("low", "代表取締役　当銘　隆文"),
        ("blank", ""),
        ("low", "埼玉県川越市うまごやし町九丁目九番九号"),
        ("low", "頴川　千尋　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 53031))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "当銘" in it.s]
    pg.items.append(Seal(xs[0] - 2.5, 22.0 + (8 + 11 + 1.2) * size * 0.3528 * 1.05, 11, "round", "ルリタテハカード|代表/取締役",
                         angle=-6, seed=53032))
    tr = truth(document_type="acceleration_notice", sender=A_CO, phone=A_TEL, creditor=A_CO, status="not_applicable",
               debtor=A_DEBTOR, total=T, principal=P, interest=I, late_damages=L, rate=A_R, lump=True, issued=issued,
               payment_due=due, acceleration=A_ACC, last_payment=A_LAST, reference=A_REF, input_kind="vertical_pdf",
               template="proxy53_vertical_card_membership_cancel_acceleration", received=D(2026, 1, 19))
    return dict(stem="bj03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (card company, 縦書き 会員資格取消 兼 期限の利益喪失, 内容証明)",
                unusual="縦書き 内容証明 of the same card company, digital: 会員資格取消 AND 期限の利益喪失 in one notice "
                        "(会員規約第二十二条第一項 / 第十四条, numbers that are not amounts); the 催告書 date 令和七年十二月"
                        "十九日 and its deadline 令和八年一月九日 (= acceleration 「の経過をもって」); the last payment and the "
                        "first failed debit in the first sentence; positional kanji amounts; the 残元金 with its "
                        "ショッピング / キャッシング split in a bracket line; the damage window starting before the "
                        "acceleration; お客様番号 in full-width Latin and digits stacked; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bj04 リボ払い残高 一括請求 after 期限の利益喪失 (ニワトコカード), JIS R7.12.12 dates; phone photo sideways (EXIF 6).

N_CO = "株式会社ニワトコカード"
N_TEL = "0570-000-218"
N_DEBTOR = "綾部　雅人"
N_R = 14.6
N_P, N_I = 368_900, 9_412
N_ACC, N_LAST = D(2025, 11, 27), D(2025, 8, 27)


def bj04():
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    P, I = N_P, N_I
    L = late(P, N_R, N_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 12, 12, color=None, fill=ORANGE))
    p.at(21, 20.5, "N", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(30, 18.5, "ニワトコカード", size=14, font="sans-bold", color=ORANGE)
    p.at(30, 23.5, N_CO, size=7.5)
    p.at(196, 17, f"発行日：{jis(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "ご照会番号：NW-51-7720-03", size=9.5, align="r")
    p.y = 32
    p.line("〒874-0000　大分県別府市つゆくさ通9丁目9番9号", size=9.5)
    p.line("綾部　雅人　様", size=13.5)
    p.gap(5)
    p.line("リボ払いご利用残高　一括ご請求のご案内", size=15, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"お客様のカードご利用代金につきましては、{jis(N_LAST)}のご入金を最後にお支払いが滞っており、再三のご案内にも"
           f"かかわらずご入金がございませんでした。このため、お客様は会員規約により{jis(N_ACC)}をもって期限の利益を喪失"
           "されました。", size=9.6)
    p.para("つきましては、リボ払いのご利用残高を含む下記金額を、お支払期限までに一括してお支払いください。", size=9.6)
    p.gap(2)
    x0, x1 = 26, 184
    y = p.y
    p.add(Box(22, y, 166, 42, 0.4))
    p.add(Box(22, y, 166, 7.5, color=None, fill=SHADE))
    p.at(26, y + 5.3, f"ご請求内訳（{jis(issued)}現在）", size=9.5, font="sans-bold")
    p.y = y + 10
    for lab, val, bold in (("リボ払いご利用残高（元金）", P, False), ("リボ払い手数料（未払分）", I, False),
                           (f"遅延損害金（{jis(N_ACC + ONE)}～{jis(issued)}　年14.6％）", L, False),
                           ("一括ご請求額", T, True)):
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1.5)
        b = p.line(lab, x=x0, size=10.5 if bold else 10, font="sans-bold" if bold else None)
        p.at(x1, b, f"¥{val:,}", size=11.5 if bold else 10, align="r", font="sans-bold" if bold else "sans")
    p.y = y + 47
    y = p.y
    p.add(Box(22, y, 166, 13, 1.0, RED))
    p.at(26, y + 8.6, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(184, y + 9, f"{jis(due)}（{wd(due)}）", size=14, font="sans-bold", align="r", color=RED)
    p.y = y + 18
    p.line("■ご契約の状況", size=10, font="sans-bold")
    grid(p, 22, p.y, [34, 49, 34, 49],
         [["カード番号", "3560-71＊＊-＊＊＊＊-0928", "お支払コース", "定額15,000円（元金定額）"],
          ["ご利用可能枠", "¥500,000（停止中）", "ご入会日", "H29.4.3"]], h=7, size=8.5)
    p.y += 17
    p.para("お振込先：こがね雲銀行 大分支店 普通 5177200 カ）ニワトコカード　※振込依頼人名の前にご照会番号をご入力"
           "ください。", size=9, indent="")
    p.para("お支払期限までにお支払い又はご連絡がない場合は、やむを得ず法的手続（訴訟等）に移行させていただきます。分割での"
           "お支払いをご希望の場合は、期限までにご相談ください。", size=9, indent="")
    p.gap(4)
    for s, sz, f in ((N_CO + "　回収管理部", 10, "sans-bold"), ("〒812-0000 福岡県福岡市博多区ぎぼうし通9丁目9番9号", 8.5, "sans"),
                     (f"ナビダイヤル {N_TEL}（9:00～17:30　日祝休）", 9, "sans"),
                     ("登録番号 福岡財務支局長(2)第00395号", 7.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    qr(p, 22, p.y - 22, 18, "bj04qr")
    tr = truth(document_type="collection_notice", sender=N_CO, phone=N_TEL, creditor=N_CO, status="not_applicable",
               debtor=N_DEBTOR, total=T, principal=P, interest=I, late_damages=L, rate=N_R, lump=True, issued=issued,
               payment_due=due, acceleration=N_ACC, last_payment=N_LAST, reference="NW-51-7720-03",
               input_kind="photo_exif_rotated", template="proxy53_card_revolving_balance_lump_jis_rotated",
               received=D(2025, 12, 15))
    return dict(stem="bj04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="collection_notice (card company, リボ払い残高 一括請求 after 喪失)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk with tri-fold creases and a "
                        "hand shadow at the bottom; orange square logo; colon labels top-right (発行日： / ご照会番号：); "
                        "EVERY date in JIS era form (R7.12.12, 喪失 R7.11.27, last payment R7.8.27, due R7.12.26（金）, "
                        "入会 H29.4.3); a boxed ご請求内訳 with the new labels リボ払いご利用残高（元金） / リボ払い手数料"
                        "（未払分） / 遅延損害金 with its JIS window / 一括ご請求額, amounts in ¥; the due date in a red "
                        "frame; a ご契約の状況 grid (masked カード番号, 定額15,000円, ご利用可能枠 ¥500,000) as distractors; "
                        "0570 ナビダイヤル; QR")


# ---------------------------------------------------------------------------------------------
# bj05 債権譲渡通知書 by the card company ALONE to a real servicer (アルファ債権回収); scanned.


def bj05():
    issued = D(2026, 4, 3)
    P, I = A_P, A_I
    L = a_late(A_ASSIGN)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r", font="serif")
    p.at(196, 23.5, f"お客様番号　{A_REF}", size=9.5, align="r", font="serif")
    p.y = 30
    p.line("〒350-0000　埼玉県川越市うまごやし町9丁目9番9号", size=10)
    p.line("頴川　千尋　殿", size=13.5)
    p.gap(4)
    for s in ("東京都港区のぎく町9丁目9番9号", A_CO, "代表取締役　当銘　隆文"):
        p.line(s, x=118, size=10.5, font="serif-bold" if s == A_CO else "serif")
    p.seal(188, p.y - 8, 15, "round", "ルリタテハカード|代表/取締役", angle=5, seed=53051)
    p.gap(5)
    p.line("債 権 譲 渡 通 知 書", size=17, font="serif-bold", align="c")
    p.add(Line(60, p.y - 1.5, 150, p.y - 1.5, 0.4))
    p.gap(3)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=10.3)
    p.para(f"さて、当社は、貴殿に対して有する下記の債権を、{era(A_ASSIGN)}付で下記譲受人に譲渡いたしましたので、"
           "民法第467条の規定に基づき、本書をもってご通知申し上げます。", size=10.3)
    p.para("今後、本件債権に関するお支払い及びお問い合わせは、すべて譲受人へお願いいたします。当社へのお支払い・お振込みは"
           "お受けできませんのでご注意ください。なお、本通知はお支払いを求めるものではありません。", size=10.3)
    p.line("敬具", align="r", size=10.3)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    p.line("１．譲受人", size=10.5, font="serif-bold")
    p.kv([("商号", A_SV + "（法務大臣許可番号第101号）"), ("所在地", "〒104-0000 東京都中央区しゅうめい町9丁目9番9号"),
          ("お問合せ先", f"{A_SV_TEL}（平日9:00～18:00）")], x=24, label_w=28, size=9.8)
    p.gap(1)
    p.line("２．譲渡債権の表示", size=10.5, font="serif-bold")
    p.kv([("原契約", "ルリタテハカード会員契約（ショッピング・キャッシング）"), ("カード番号", A_CARD),
          ("最終お支払日", era(A_LAST)), ("期限の利益喪失日", era(A_ACC)), ("譲渡日", era(A_ASSIGN))],
         x=24, label_w=36, size=9.8)
    p.gap(1.5)
    p.line(f"３．譲渡債権額（{era(A_ASSIGN)}現在）", size=10.5, font="serif-bold")
    rows = [["元金", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
            ["遅延損害金（年14.6％）", f"{L:,}円"], ["譲渡債権額合計", f"{T:,}円"]]
    p.table(rows, [70, 50], x=30, aligns="lr", size=10, row_h=7.2, ruled="grid", shade_col0=True, font="serif")
    p.line(f"（元金の内訳　ショッピング {A_SHOP:,}円／キャッシング {A_CASH_REVO:,}円）", x=30, size=8.8)
    p.gap(3)
    p.para(f"本通知に関するご照会：{A_CO}　お客様相談室　{A_TEL}", size=9.3, indent="")
    p.line("以上", align="r", size=10.3)
    tr = truth(document_type="assignment_notice", sender=A_CO, phone=A_TEL, creditor=A_SV, status="not_applicable",
               original=A_CO, debtor=A_DEBTOR, total=T, principal=P, interest=I, late_damages=L, rate=A_R, lump=False,
               issued=issued, payment_due=None, acceleration=A_ACC, last_payment=A_LAST, assignment=A_ASSIGN,
               reference=A_REF, input_kind="scan_png", template="proxy53_card_company_alone_assigns_to_real_servicer",
               received=D(2026, 4, 6))
    return dict(stem="bj05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (card company alone → real servicer)",
                unusual="債権譲渡通知書 sent by the 譲渡人 ALONE (the card company with a round 代表取締役 seal top-right, "
                        "serif 拝啓…敬具), scanned; the 譲受人 ★ アルファ債権回収株式会社 named under 記 with 「（法務大臣"
                        "許可番号第101号）」 after its name and ITS OWN 0120 number (the sender is the card company → "
                        "not_applicable, licence null); 民法第467条; kv lines with masked カード番号, 最終お支払日, 喪失日, "
                        "譲渡日; a shaded-label grid 元金 / 未払手数料 / 遅延損害金（年14.6％） / 譲渡債権額合計 as of the "
                        "譲渡日 and the ショッピング / キャッシング split below it; 「本通知はお支払いを求めるものではありません」")


# ---------------------------------------------------------------------------------------------
# bj07: 奈良簡易裁判所 支払督促, 信販 creditor.


def bj07():
    issued, filed = D(2025, 11, 20), D(2025, 11, 7)
    acc, lastp = D(2025, 8, 15), D(2025, 5, 27)
    P, I, R, C = 212_400, 8_316, 6.0, 3_482
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C
    case = "令和７年（ロ）第１５０３号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, case, size=10.5, align="r")
    p.y = 24
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=24, label_w=46, size=10.5)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(4)
    p.line(f"　{fw(era(issued))}", size=10.5)
    p.line("　　奈良簡易裁判所", size=10.5)
    p.line("　　　　裁判所書記官　芹澤　　千晶", size=10.5)
    p.seal(140, p.y - 6, 15, "square", "奈良簡易裁判所書記官印", angle=0, seed=53071)
    p.gap(8)
    p.line("当 事 者 目 録", size=12, font="serif-bold", align="c")
    p.gap(1)
    p.table([["債権者", "〒460-0000 愛知県名古屋市中区ふしぐろ台９丁目９番９号"],
             ["", "テッセン信販株式会社　代表者代表取締役　運天　誠司"],
             ["", "（送達場所）〒630-0000 奈良県奈良市ほおずき通９丁目９番９号 同社奈良債権管理センター"],
             ["", "電話 0742-00-5503　ＦＡＸ 0742-00-5504"],
             ["債務者", "〒631-0000 奈良県奈良市たでの町９丁目９番９号"],
             ["", "繁田　美和"]], [24, 158], x=15, aligns="ll", size=9.5, row_h=7, ruled="outer")
    p.gap(6)
    y = p.y
    p.add(Box(15, y, 181, 28, 0.5, None, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["【支払督促を受け取った方へ】",
                           "この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書により",
                           "この裁判所に督促異議を申し立ててください。分割払いを希望するときもその旨を書いてください。",
                           "問合せ先　奈良簡易裁判所　民事係（督促担当）　電話 0742-00-2615（直通）"]):
        p.at(19, y + 6 + i * 6, s, size=9.3, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10.5, top=18)
    q.at(196, 16, case, size=9.5, align="r")
    q.line("請 求 の 趣 旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for lab, val in (("１　金", f"{P:,}円"), ("２　金", f"{I:,}円"), ("３　金", f"{L:,}円"), ("４　金", f"{C:,}円")):
        b = q.line(lab, x=26, size=10.5)
        q.at(110, b, val, size=10.5, align="r")
    q.add(Line(26, q.y + 0.3, 110, q.y + 0.3, 0.4))
    q.gap(1.5)
    b = q.line("　　合計", x=26, size=10.5, font="serif-bold")
    q.at(110, b, f"{T:,}円", size=10.5, align="r", font="serif-bold")
    q.gap(1)
    for s in ("（内訳）１は立替金残元金、２は分割払手数料（期限の利益喪失日まで）、３は１に対する"
              f"{era(acc + ONE)}から{era(filed)}まで年６％の割合による確定遅延損害金、４は督促手続費用",
              f"５　上記１の金額に対する{era(filed + ONE)}から完済まで年６％の割合による遅延損害金"):
        q.para(s, x0=26, x1=188, size=10, indent="")
    q.gap(5)
    q.line("請 求 の 原 因", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　債権者は、令和５年３月４日、債務者との間で、債務者が販売店パールホーム奈良店から購入した家具代金"
              "（現金販売価格４０８，０００円）を債権者が立替払いし、債務者が立替金及び分割払手数料を３６回に分割して"
              "毎月２７日限り支払う旨の個別信用購入あっせん契約を締結し、販売店に立替払いをした。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠り、債権者は、割賦販売法所定の書面による催告を経て、"
              f"{era(acc)}の経過により債務者は期限の利益を喪失した。",
              "３　遅延損害金の割合は、割賦販売法第３０条の３の定める範囲内の年６％である。",
              "４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
        q.gap(0.8)
    q.gap(4)
    fee = (1_500, 1_182, 800)
    assert sum(fee) == C
    q.para(f"（注）督促手続費用{C:,}円の内訳　申立手数料{fee[0]:,}円、支払督促正本送達費用{fee[1]:,}円、"
           f"申立書作成及び提出費用{fee[2]:,}円", x0=20, x1=192, size=8.8, indent="")
    q.gap(2)
    q.line(f"申立日　{fw(era(filed))}", size=10, align="r")
    q.line("これは正本である。", size=10, align="r")
    tr = truth(document_type="payment_order", sender="奈良簡易裁判所", phone="0742-00-2615", creditor="テッセン信販株式会社",
               status="not_applicable", debtor="繁田美和", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               reference="令和7年(ロ)第1503号", input_kind="pdf_scan", template="proxy53_payment_order_shinpan_nara_kin_rows",
               received=D(2025, 11, 25))
    return dict(stem="bj07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, 信販 creditor, 2 pages)",
                unusual="支払督促 of a court not used before (奈良簡裁), as a 2-page image-only PDF with FULL-WIDTH dates "
                        "(令和７年１１月２０日) and case number; the creditor is the 信販 itself (個別信用購入あっせん, not a "
                        "servicer → not_applicable); p.1 the order, the 当事者目録 in an outer frame with the creditor's "
                        "送達場所 phone/FAX (distractors) and a grey 【支払督促を受け取った方へ】 box with the court's （直通） "
                        "number; p.2 請求の趣旨 as bare 「１　金…円」 lines with the meaning of each item only in a （内訳） "
                        "paragraph below the 合計 (立替金残元金 / 分割払手数料 → interest / 確定遅延損害金 / 督促手続費用); "
                        "年６％ (割賦販売法 cap); the running item ５; 現金販売価格 408,000 and 36回 as distractors")


# ---------------------------------------------------------------------------------------------
# bj08 いわき簡易裁判所 仮執行宣言付支払督促: creditor SMBC債権回収 (real, 譲受債権 of a consumer loan); 1 scanned page.


def bj08():
    issued, order, served, filed = D(2026, 1, 8), D(2025, 12, 5), D(2025, 12, 9), D(2025, 11, 26)
    acc, lastp, assign = D(2025, 6, 18), D(2025, 4, 25), D(2025, 9, 30)
    P, I, R, C1, C2 = 298_760, 4_118, 20.0, 3_420, 1_146
    L = late(P, R, acc + ONE, filed)
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=10, top=12)
    p.at(15, 17, "令和7年(ロ)第2288号", size=10)
    p.y = 20
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "〒100-0000 東京都千代田区きぶし町9丁目9番9号　SMBC債権回収株式会社"],
             ["", "代表者代表取締役　瓶子　恒夫　（送達場所 同社いわき分室 電話 0246-00-8810）"],
             ["債務者", "〒970-0000 福島県いわき市みずひき町9丁目9番9号　濱砂　浩二"]],
            [22, 160], x=15, aligns="ll", size=9, row_h=7, ruled="rows")
    p.gap(3)
    p.para(f"債務者は、債権者に対し、請求の趣旨記載の金額を支払え。（この支払督促は{era(order)}に発付され、{era(served)}に"
           "債務者に送達された。）", size=10)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    rows = [["１", "譲受債権元金", f"{P:,}"], ["２", "利息（期限の利益喪失日まで）", f"{I:,}"],
            ["３", f"確定遅延損害金（{era(acc + ONE)}～{era(filed)}）", f"{L:,}"],
            ["４", "督促手続費用", f"{C1:,}"], ["５", "仮執行宣言の手続費用", f"{C2:,}"], ["", "合　計", f"{T:,}"]]
    p.table([["番号", "項目", "金額（円）"]] + rows, [14, 118, 40], x=20, header=True, aligns="clr", size=9.5, row_h=6.6)
    p.para(f"６　上記１に対する{era(filed + ONE)}から完済まで年20％の割合による遅延損害金", x0=20, x1=192, size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　ミソハギクレジット株式会社（原債権者）は、令和2年11月2日、債務者との間で、極度額50万円、利率年17.8％、"
              "遅延損害金年20％とするカードローン契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記貸金債権を債権者に譲渡し、債務者に対しその旨を通知した。"):
        p.para(s, x0=18, x1=194, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 17, 0.6))
    p.at(19, y + 5.5, "仮執行の宣言", size=10.5, font="serif-bold")
    p.at(19, y + 11, "上記支払督促に、手続費用額金1,146円を付加して、仮執行の宣言をする。", size=9.8)
    p.y = y + 21
    p.line(f"　{era(issued)}", size=10.5)
    p.line("　　いわき簡易裁判所　裁判所書記官　耳塚　　奈央", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "いわき簡易裁判所書記官印", angle=0, seed=53081)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.3, None, (0.94, 0.94, 0.94)))
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てる",
                           "ことができます。督促異議を申し立てても、強制執行は当然には停止しません。",
                           "問合せ先　いわき簡易裁判所　民事係　電話 0246-00-3712"]):
        p.at(19, y + 6 + i * 5.5, s, size=9)
    p.y = y + 25
    p.line("これは正本である。", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="いわき簡易裁判所", phone="0246-00-3712",
               creditor="SMBC債権回収株式会社", status="licensed", original="ミソハギクレジット株式会社",
               debtor="濱砂浩二", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和7年(ロ)第2288号", input_kind="pdf_scan",
               template="proxy53_enforceable_real_servicer_consumer_loan_iwaki", received=D(2026, 1, 13))
    return dict(stem="bj08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.8,
                about="payment_order_enforceable (簡裁, real servicer creditor, consumer loan, one page)",
                unusual="the whole 仮執行宣言付支払督促 of a court not used before (いわき簡裁) on ONE scanned image page; "
                        "the case number in HALF-width as the first line; creditor ★ SMBC債権回収株式会社 (Latin letters, "
                        "no licence number printed: court paper) with its 送達場所 phone as a distractor; the 発付 date and "
                        "its 送達 in brackets in one sentence; 請求の趣旨 as a ruled table with a 「金額（円）」 header and "
                        "TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) above 合計; the running item ６; "
                        "the 仮執行の宣言 box repeating 1,146円 in prose; 極度額50万円, 年17.8％ in the 請求の原因")


LETTERS = [bj01, bj02, bj03, bj04, bj05, bj07, bj08]
