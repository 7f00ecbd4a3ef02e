"""Proxy set 53, letters bj06 and bj09–bj16: the real servicer that bought the ルリタテハカード debt (its first letter
bj06 and its 和解 proposal by fax bj10), a consumer-finance 督促 SMS printed out and scanned (bj09), a business card's
期限の利益喪失通知 by fax (bj11), the ソヨゴ 縦書き 催告書 (bj12), the ニワトコカード lawsuit (bj13), a harmless
お取引残高確認書 (bj14), a 過払い-sounding scam (bj15) and a joint 債権譲渡及び譲受通知 to an invented servicer (bj16)."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    late,
    qr,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from letters_bj1 import (
    A_ACC,
    A_ASSIGN,
    A_CARD,
    A_CO,
    A_DEBTOR,
    A_I,
    A_LAST,
    A_P,
    A_R,
    A_SV,
    A_SV_TEL,
    N_ACC,
    N_CO,
    N_DEBTOR,
    N_I,
    N_LAST,
    N_P,
    N_R,
    ONE,
    a_late,
    jis,
    kphone,
    ky,
    west,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page
from samples.letters.proxydraw import wrap_nb

fw = fullwidth
GREEN = (0.05, 0.42, 0.25)
BLUE = (0.10, 0.40, 0.85)
BROWN = (0.45, 0.25, 0.10)
A_SV_REF = "AF-2604-0519"
A_SV_ADDR = "〒104-0000 東京都中央区しゅうめい町9丁目9番9号"


# ---------------------------------------------------------------------------------------------
# bj06 the real servicer's FIRST letter after buying the card debt: 原債権者 = the card company, masked card number,
#      a payment slip at the foot; phone photo.


def bj06():
    issued, due = D(2026, 4, 14), D(2026, 4, 30)
    P, I = A_P, A_I
    L = a_late(issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 18, A_SV, size=13, font="sans-bold", color=NAVY)
    p.at(15, 23, "法務大臣許可番号　第101号", size=8.5, color=NAVY)
    p.at(196, 16, west(issued), size=9.5, align="r")
    p.at(196, 21, f"お客様番号　{A_SV_REF}", size=9.5, align="r")
    window(p, 15, 28, "350-0000", ["埼玉県川越市うまごやし町9丁目9番9号"], f"{A_DEBTOR}　様", "bj06", w=92, h=34)
    stamp(p, 150, 30, "重要", color=RED, size=12, fill=RED)
    stamp(p, 170, 30, "親展", color=RED, size=12)
    p.y = 67
    p.line("債権譲受のご挨拶とお支払いのお願い", size=14.5, font="sans-bold", align="c")
    p.gap(1.5)
    p.para(f"拝啓　貴殿が{A_CO}とご契約のカード会員契約に基づく債権は、{west(A_ASSIGN)}付で当社が同社から譲り受け、"
           "同社より貴殿あてに債権譲渡通知書が送付されております。今後は当社が本件債権の管理・回収を行います。", size=9.3)
    p.para(f"つきましては、下記ご請求金額を{west(due)}（{wd(due)}）までに一括してお支払いくださいますようお願い申し上げます。"
           "ご一括でのお支払いが難しい場合は、期限までに必ず当社担当者までご連絡ください。", size=9.3)
    p.gap(1.5)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["原債権者", A_CO, "カード番号", A_CARD],
              ["債権譲受日", west(A_ASSIGN), "期限の利益喪失日", west(A_ACC)],
              ["最終お支払日", west(A_LAST), "ご契約種別", "ショッピング・キャッシング"]], h=6.8, size=8.5)
    p.y = y + 3
    rows = [["元金", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
            [f"遅延損害金（年14.6％・{west(issued)}まで）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]]
    p.table(rows, [108, 52], x=25, aligns="lr", size=9.8, row_h=7, ruled="grid", shade_col0=True)
    y = p.y + 3
    p.add(Box(25, y, 160, 11, 0.9, RED))
    p.at(29, y + 7.4, "お支払期限", size=10.5, font="sans-bold", color=RED)
    p.at(181, y + 7.6, f"{west(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=RED, align="r")
    p.y = y + 14
    p.para(f"お問合せ　{A_SV}　カード債権管理部　担当 榊枝", x1=172, size=8.3, indent="")
    p.para(f"フリーダイヤル {A_SV_TEL}（平日9:00～18:00）　{A_SV_ADDR}", x1=172, size=8.3, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合はご容赦ください。※ルリタテハカードへのお支払いはできません。", x1=172,
           size=8, indent="")
    qr(p, 178, p.y - 17, 16, "bj06qr")
    slip(p, 214, account="00170-3-552901", payee=A_SV, amount=T, payer=f"{A_DEBTOR}　様",
         note=[f"お客様番号 {A_SV_REF}", f"お支払期限 {west(due)}", "原債権者 ルリタテハカード"],
         bank_line="払込取扱票はゆうちょ銀行・郵便局の窓口またはATMでご利用いただけます。", key="bj06slip")
    tr = truth(document_type="collection_notice", sender=A_SV, license_number=101, phone=A_SV_TEL, creditor=A_SV,
               status="licensed", original=A_CO, debtor=A_DEBTOR, total=T, principal=P, interest=I, late_damages=L,
               rate=A_R, lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               assignment=A_ASSIGN, reference=A_SV_REF, input_kind="photo_jpeg",
               template="proxy53_real_servicer_first_letter_card_debt_slip_photo", received=D(2026, 4, 16))
    return dict(stem="bj06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=1.8, creases=2, fill=0.86, blur=0.8, warm=0.2, glare=14),
                about="collection_notice (real servicer's first letter after buying the card debt, phone photo)",
                unusual="phone photo on tatami with tri-fold creases and a lamp glare; real servicer ★ アルファ債権回収"
                        "株式会社 with 「法務大臣許可番号　第101号」 under its name top-LEFT; window address with 重要 / 親展 "
                        "stamps; 「債権譲受のご挨拶とお支払いのお願い」: the 譲受 told in the prose; a 3×2 shaded grid with "
                        "原債権者 (the card company), the MASKED カード番号, 債権譲受日, 喪失日, 最終お支払日; a shaded-label "
                        "table 元金 / 未払手数料 / 遅延損害金 with rate and as-of date / ご請求金額; red お支払期限 frame; "
                        "a 払込取扱票 under a キリトリ線 at the foot repeating the total digit by digit (account number "
                        "00170-3-552901 as a distractor)")


# ---------------------------------------------------------------------------------------------
# bj09 consumer-finance 督促 SMS, screenshot printed on A4 and scanned.


def bj09():
    issued, due, missed = D(2025, 11, 20), D(2025, 11, 26), D(2025, 11, 17)
    first = D(2025, 11, 10)
    T = 12_000
    p = Page(font="sans", size=9, top=10)
    p.at(15, 12, "スクリーンショット 2025-11-21 8.02.14.png", size=7.5, color=GRAY)
    p.at(196, 12, "1 / 1", size=7.5, color=GRAY, align="r")
    X, Y, W, H = 55, 22, 100, 240
    p.add(Box(X, Y, W, H, color=None, fill=(0.10, 0.10, 0.11)))
    p.add(Box(X + 3, Y + 3, W - 6, H - 6, color=None, fill=(0.98, 0.98, 0.99)))
    p.at(X + 8, Y + 9, "8:02", size=8.5, font="sans-bold")
    p.at(X + W - 8, Y + 9, "5G  64%", size=7.5, align="r")
    p.add(Box(X + 3, Y + 12, W - 6, 16, color=None, fill=(0.93, 0.93, 0.95)))
    p.at(X + 8, Y + 22, "＜", size=12, color=BLUE)
    p.at(X + W / 2, Y + 20, "オオルリ", size=10.5, font="sans-bold", align="c")
    p.at(X + W / 2, Y + 25, "SMS", size=6.5, align="c", color=GRAY)

    def bubble(y, stamp_txt, msg):
        p.at(X + W / 2, y, stamp_txt, size=7, align="c", color=GRAY)
        lines = wrap_nb(msg, W - 26, 8.6, "sans", "")
        lh = 8.6 * 0.3528 * 1.45
        bh = len(lines) * lh + 5
        p.add(Box(X + 7, y + 3, W - 20, bh, color=None, fill=(0.89, 0.89, 0.91)))
        yy_ = y + 3 + lh
        for ln in lines:
            p.at(X + 10, yy_ + 0.6, ln, size=8.6)
            yy_ += lh
        return y + 3 + bh + 8

    y = bubble(Y + 36, f"{first.month}月{first.day}日({wd(first)}) 9:30",
               f"【オオルリ】{missed.month}月{missed.day}日({wd(missed)})はご返済日です。今回のご返済額は12,000円です。"
               "提携ATM・コンビニ・お振込みでご返済いただけます。※本メッセージへの返信はできません。")
    y = bubble(y, f"{issued.month}月{issued.day}日({wd(issued)}) 10:05",
               f"【オオルリ】萩元亜美様\n{missed.month}月{missed.day}日({wd(missed)})のご返済（ご返済額12,000円）のご入金が"
               f"確認できておりません。{due.month}月{due.day}日({wd(due)})までにご入金ください。\n期日を過ぎますと、"
               "遅延損害金（年20.0％）が発生し、カードのご利用を停止いたします。\nお問合せ：株式会社オオルリ お客様センター\n"
               "0120-000-862（平日9時～18時）\n※行き違いの際はご容赦ください。")
    p.add(Box(X + 3, Y + H - 22, W - 6, 19, color=None, fill=(0.93, 0.93, 0.95)))
    p.add(Box(X + 9, Y + H - 17, W - 26, 9, 0.2, GRAY, WHITE))
    p.at(X + 12, Y + H - 11.3, "テキストメッセージ", size=7.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社オオルリ", phone="0120-000-862",
               creditor="株式会社オオルリ", status="not_applicable", debtor="萩元亜美", total=T, rate=20.0, lump=False,
               issued=issued, payment_due=due, reference=None, input_kind="scan_png",
               template="proxy53_consumer_finance_sms_dunning_printout", received=issued)
    return dict(stem="bj09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="collection_notice (consumer-finance 督促 SMS, screenshot printed and scanned)",
                unusual="not a letter: an A4 PRINTOUT of a phone SCREENSHOT, scanned — the file name with its own date "
                        "「スクリーンショット 2025-11-21 8.02.14.png」 at the top (not a field), a dark bezel, status bar, "
                        "the thread title 「オオルリ」 (a sender ID, no number); TWO grey bubbles: an earlier reminder "
                        "11月10日(月) that names the 返済日 11月17日(月) and 12,000円, and the 督促 of 11月20日(木) 10:05 "
                        "with the name, 「ご入金が確認できておりません」, the deadline 11月26日(水) (month-day only, year from "
                        "the timestamp), 年20.0％ and the 0120 number; only a total (12,000, no breakdown); no reference "
                        "number anywhere")


# ---------------------------------------------------------------------------------------------
# bj10 the real servicer's 和解 proposal (bj05/bj06's debt) by fax, 2 pages, JIS R8.5.22 dates.


def bj10():
    issued, due = D(2026, 5, 22), D(2026, 6, 5)
    P, I = A_P, A_I
    L = a_late(issued)
    T = P + I + L
    W_AMT, N, EACH = 480_000, 24, 20_000
    assert EACH * N == W_AMT
    waive = T - W_AMT
    first_pay, last_pay = D(2026, 6, 30), D(2028, 5, 31)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 16, 0.4))
    p.at(19, 16, "FAX送信のご案内", size=11, font="sans-bold")
    p.at(19, 22, f"送信日 {jis(issued)}　送信枚数 2枚（本紙含む）　宛先 {A_DEBTOR} 様", size=9)
    p.at(192, 16, f"お客様番号 {A_SV_REF}", size=9.5, align="r")
    p.y = 31
    p.line("ご返済についてのご提案（和解のご案内）", size=15, font="sans-bold", align="c")
    p.gap(1.5)
    p.para(f"先日はお電話にてご相談いただき、ありがとうございました。当社が{jis(A_ASSIGN)}に{A_CO}から譲り受けました"
           "貴殿の債務につき、ご相談の内容を踏まえ、下記のとおり分割でのお支払いをご提案いたします。", size=9.5)
    p.gap(1)
    p.line(f"１．現在のご債務（{jis(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["項目", "金額"], ["元金", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
             [f"遅延損害金（{jis(A_ACC + ONE)}～{jis(issued)}）", f"{L:,}円"], ["現在のご債務額", f"{T:,}円"]],
            [110, 50], x=25, header=True, aligns="lr", size=9.5, row_h=6.6)
    p.line(f"原債権者 {A_CO}　期限の利益喪失日 {jis(A_ACC)}　最終お支払日 {jis(A_LAST)}", x=25, size=8.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.kv([("和解金額", f"{W_AMT:,}円（現在のご債務額との差額 {waive:,}円を免除いたします）"),
          ("お支払方法", f"{N}回分割　毎月{EACH:,}円"),
          ("お支払期間", f"第1回 {jis(first_pay)} ～ 第{N}回 {jis(last_pay)}（毎月末日限り）"),
          ("期限の利益喪失", f"お支払いを2回分（{2 * EACH:,}円）以上怠ったときは、免除を取り消し残額を一括でご請求します。")],
         x=25, label_w=30, size=9.3)
    p.gap(2.5)
    y = p.y
    p.add(Box(25, y, 160, 14, 1.6))
    p.at(29, y + 9, "ご回答期限", size=11.5, font="sans-bold")
    p.at(181, y + 9.2, f"{jis(due)}（{wd(due)}）必着", size=13.5, font="sans-bold", align="r")
    p.y = y + 18
    p.para("ご提案にご同意いただける場合は、2枚目の和解条件承諾書にご記入・ご捺印のうえ、ご回答期限までにFAX又は郵送で"
           "ご返送ください。期限までにご回答がない場合、本提案はなかったものとさせていただき、法的手続を検討いたします。",
           size=9.3, indent="")
    p.gap(3)
    for s, sz, f in ((A_SV + "　カード債権管理部", 10.5, "sans-bold"), ("法務大臣許可番号 第101号", 8.5, "sans"),
                     (A_SV_ADDR, 8.5, "sans"), (f"TEL {A_SV_TEL}　FAX 03-0000-1019　担当 榊枝", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.at(196, 16, "2/2", size=8, align="r", color=GRAY)
    q.y = 22
    q.line("和 解 条 件 承 諾 書", size=15, font="sans-bold", align="c")
    q.gap(3)
    q.line(f"{A_SV}　御中", size=11)
    q.gap(3)
    q.para(f"私は、{jis(issued)}付「ご返済についてのご提案」記載の条件（和解金額{W_AMT:,}円、{N}回分割、毎月{EACH:,}円）"
           "を承諾し、これに従って支払います。", size=10)
    q.gap(3)
    q.table([["回", "お支払期日", "お支払額"], ["第1回", jis(first_pay), f"{EACH:,}円"],
             ["第2回", jis(D(2026, 7, 31)), f"{EACH:,}円"], ["第3回～第23回", "毎月末日", f"各{EACH:,}円"],
             ["第24回", jis(last_pay), f"{EACH:,}円"], ["合計", "", f"{W_AMT:,}円"]],
            [40, 60, 50], x=30, header=True, aligns="ccr", size=9.5, row_h=7)
    q.gap(8)
    q.kv([("記入日", "令和　　年　　月　　日"), ("ご住所", ""), ("お名前", "　　　　　　　　　　　　　　　　　㊞"),
          ("お電話番号", ""), ("お客様番号", A_SV_REF)], x=30, label_w=32, size=10.5)
    q.gap(6)
    q.line(f"返送先 FAX 03-0000-1019　（{A_SV}　カード債権管理部）", size=9.5, align="c")
    tr = truth(document_type="settlement_proposal", sender=A_SV, license_number=101, phone=A_SV_TEL, creditor=A_SV,
               status="licensed", original=A_CO, debtor=A_DEBTOR, total=T, principal=P, interest=I, late_damages=L,
               rate=None, lump=False, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               assignment=A_ASSIGN, reference=A_SV_REF, input_kind="fax_tiff",
               template="proxy53_real_servicer_settlement_fax_jis_dates", received=issued)
    return dict(stem="bj10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:48 ALPHA SERVICER 03-0000-1019",
                about="settlement_proposal (real servicer, 24 instalments with a waiver, 2-page fax)",
                unusual="2-page G4 fax of the real servicer ★ アルファ債権回収 (「法務大臣許可番号 第101号」 in the sender "
                        "block only); a boxed FAX送信のご案内 strip with 送信日 in JIS form; EVERY date in JIS form "
                        "(R8.5.22, 譲受 R8.3.31, 喪失 R8.1.9, last payment R7.9.29, damage window, plan dates, due "
                        "R8.6.5（金）必着); a 項目/金額 table ending in 現在のご債務額; the proposal (和解金額 480,000, the "
                        "免除 of the difference, 24 × 20,000, R8.6.30 – R10.5.31, the 2-instalment default) as "
                        "distractors; NO damage rate printed (null); TEL and FAX on one line; p.2 和解条件承諾書 with a "
                        "schedule table and blank fields")


# ---------------------------------------------------------------------------------------------
# bj11 business card company: 期限の利益喪失通知 兼 一括請求 by fax to a sole proprietor; full-width era dates.


def bj11():
    R = 14.6
    issued, due = D(2025, 12, 3), D(2025, 12, 17)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 1_284_600, 21_730
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    co = "カラタチ・ビジネスカード株式会社"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 17, f"送信日：{fw(era(issued))}", size=9.5)
    p.at(196, 17, "会員番号：ＫＢ－３０－１１８８０４", size=9.5, align="r")
    p.y = 24
    p.line("肘井塗装　御中", size=12)
    p.line("代表　肘井　正和　様", size=12)
    p.line("（ＦＡＸ　0977-00-3319）", size=8.5, color=GRAY)
    p.gap(4)
    p.line("期限の利益喪失通知　兼　一括お支払いのご請求", size=15, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"貴殿にご利用いただいております当社ビジネスカードのご利用代金につきましては、{fw(era(lastp))}のご入金を最後に、"
           f"その後のお支払いがございません。{fw(era(acc))}のお支払期日においてもお支払いが確認できなかったため、"
           "会員規約第２３条第１項第１号に基づき、貴殿は同日の経過をもって、当社に対する一切の債務について期限の利益を"
           "喪失されました。", size=9.6)
    p.para("つきましては、下記金額を下記お支払期限までに一括してお支払いください。なお、カードのご利用は既に停止させて"
           "いただいております。", size=9.6)
    p.gap(2)
    p.line("記", align="c")
    x0, x1 = 30, 180
    for lab, val in (("ご利用残高（元金）", P), ("未払分割・リボ手数料", I),
                     (f"遅延損害金（{fw('11月28日')}から年１４．６％）", L), ("ご請求額合計", T)):
        last = lab.startswith("ご請求額")
        if last:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.6))
            p.gap(1.3)
        b = p.line(lab, x=x0, size=10.5, font="sans-bold" if last else None)
        p.at(x1, b, fw(f"{val:,}円"), size=10.5, align="r", font="sans-bold" if last else "sans")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 12, 1.2))
    p.at(34, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(176, y + 8.2, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold", align="r")
    p.y = y + 16
    p.para("お振込先　はやて銀行　日本橋支店　当座預金　0118804　カラタチビジネスカード（カ", size=9.3, indent="")
    p.para("※上記期限までにお支払いがない場合は、連帯保証人様へのご請求及び法的手続を執らせていただきます。", size=9.2,
           indent="")
    p.para("※ご利用可能枠（３，０００，０００円）及びＥＴＣカード２枚は本通知をもって利用停止となっております。", size=9.2,
           indent="")
    p.gap(5)
    for s, sz, f in ((co, 11, "sans-bold"), ("法人債権管理部　担当　匙田", 9.5, "sans"),
                     ("〒103-0000 東京都中央区ほおずき通９丁目９番９号", 8.5, "sans"),
                     ("ＴＥＬ 03-0000-6632　ＦＡＸ 03-0000-6633", 9.5, "sans"),
                     ("登録番号　関東財務局長（３）第０１７７４号", 8, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(188, p.y - 20, 13, "square", "カラタチビジネスカード之印", angle=-3, seed=53111)
    tr = truth(document_type="acceleration_notice", sender=co, phone="03-0000-6632", creditor=co,
               status="not_applicable", debtor="肘井正和", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KB-30-118804", input_kind="fax_tiff",
               template="proxy53_business_card_acceleration_fax_fullwidth", received=issued)
    return dict(stem="bj11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 KARATACHI BIZ CARD 03-0000-6633",
                about="acceleration_notice (business card company to a sole proprietor, one-page fax)",
                unusual="one-page G4 fax to a painter's shop: addressee in two lines 「肘井塗装　御中」 / 「代表　肘井　正和　"
                        "様」 with the shop's own FAX number (distractor); colon labels 送信日： / 会員番号： in FULL-width "
                        "(ＫＢ－３０－１１８８０４); every date in full-width era form; 喪失 「同日の経過をもって」 with "
                        "会員規約第２３条第１項第１号 (not amounts); 記 as label lines with full-width amounts flush "
                        "right and a rule above ご請求額合計; new labels ご利用残高（元金） / 未払分割・リボ手数料; the damage "
                        "window as a month-day only; ご利用可能枠 3,000,000 and ＥＴＣカード２枚 as distractors; TEL and "
                        "FAX on one line")


# ---------------------------------------------------------------------------------------------
# bj12 the card-loan company's 縦書き 催告書 (内容証明) after 喪失, to bj02's borrower; scanned.


def bj12():
    R = 20.0
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    acc, lastp = D(2025, 12, 1), D(2025, 8, 8)
    inst = [(D(2025, 9, 10), 7_842), (D(2025, 10, 10), 7_940), (D(2025, 11, 10), 8_040)]
    P, I = 386_517, 19_934
    L = sum(late(a, R, d + ONE, acc) for d, a in inst) + late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当社との間の令和元年六月十四日付カードローン契約に基づく毎月十日の約定返済につき、"
                 f"{kdate(lastp)}の返済を最後に、令和七年九月十日以降の返済を怠っております。"),
        ("body", f"当社は、令和七年十一月二十日付催告書をもって延滞額のお支払を求めましたが、その期限である{kdate(acc)}を過ぎても"
                 "お支払がなく、貴殿は会員規約第十八条第一項により、同日の経過をもって期限の利益を喪失しております。"),
        ("body", f"つきましては、本書をもって重ねて催告いたしますので、左記金員を{kdate(due)}限り、一括してお支払いください。"
                 "右期限までにお支払又はご連絡のないときは、訴訟その他の法的手続により回収を図りますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　{ky(P)}"),
        ("indent", f"二　未収利息　　{ky(I)}"),
        ("indent", f"三　遅延損害金　{ky(L)}"),
        ("plain", "　　（年二十パーセント、本書作成日まで）"),
        ("indent", f"四　合計　　　　{ky(T)}"),
        ("plain", "　　会員番号　ＳＹ７１３５５２２"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "大阪府大阪市北区しもつけ通九丁目九番九号"),
        ("low", "ソヨゴファイナンス株式会社"),
        ("low", f"電話　{kphone('0120-000-413')}"),
        ("low", "代表取締役　棚原　修"),
        ("blank", ""),
        ("low", "千葉県松戸市かたばみ坂九丁目九番九号"),
        ("low", "税所　健太　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 53121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "棚原" in it.s]
    pg.items.append(Seal(xs[0] - 2.5, 22.0 + (8 + 10 + 1.2) * size * 0.3528 * 1.05 - 1.5, 11, "round", "ソヨゴファイナンス|代表/取締役",
                         angle=4, seed=53122))
    tr = truth(document_type="collection_notice", sender="ソヨゴファイナンス株式会社", phone="0120-000-413",
               creditor="ソヨゴファイナンス株式会社", status="not_applicable", debtor="税所健太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SY7135522", input_kind="vertical_scan",
               template="proxy53_vertical_cardloan_demand_after_acceleration", received=D(2026, 2, 16))
    return dict(stem="bj12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (card-loan company, 縦書き 催告書 after 喪失, 内容証明)",
                unusual="縦書き 内容証明 催告書 of bj02's card-loan company, scanned, with the post-office stamp and a round "
                        "代表取締役 seal: the earlier 催告書 date 令和七年十一月二十日 and its deadline 十二月一日 (= acceleration "
                        "「同日の経過をもって」); the 令和元年 contract date, 毎月十日 and 会員規約第十八条第一項 (not amounts or "
                        "dates of the fields); positional kanji amounts with 貸付残元金 / 未収利息 / 遅延損害金 and 年二十"
                        "パーセント on its own line; 会員番号 ＳＹ７１３５５２２ in full-width stacked; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bj13 大分簡易裁判所 (ハ): 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2); plaintiff the card company of bj04.


def bj13():
    issued, filed, hearing, answer = D(2026, 3, 6), D(2026, 2, 20), D(2026, 4, 14), D(2026, 4, 7)
    P, I = N_P, N_I
    L = late(P, N_R, N_ACC + ONE, filed)
    T = P + I + L
    case = "令和８年（ハ）第２１４号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 16, f"{fw(era(issued))}", size=10, align="r")
    p.y = 22
    p.line("被告　綾部　雅人　殿", size=12)
    p.gap(3)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=16, font="serif-bold", align="c")
    p.gap(3)
    p.table([["事件番号", case], ["事件名", "立替金等請求事件"], ["原告", N_CO], ["被告", "綾部　雅人"]],
            [32, 110], x=34, aligns="ll", size=10, row_h=7.2, shade_col0=True)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、"
           "同期日に出頭してください。", size=10.3)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.3)
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
          ("場　　所", "大分簡易裁判所　第２法廷（２階）"),
          ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")], x=30, label_w=40, size=10.5, font="serif-bold")
    p.gap(3)
    for s in ("１　期日には、この呼出状と印鑑を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払いによる和解を希望する場合は、答弁書にその旨を記載してください。"):
        p.para(s, x0=24, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line("〒870-0000　大分県大分市はぜの木台９丁目９番９号", size=9.8, x=80)
    p.line("大分簡易裁判所民事係", size=10.5, x=80)
    p.line("裁判所書記官　翁長　　久美", size=10.5, x=80)
    p.line("電話　097-000-4521（民事係直通）", size=9.8, x=80)
    p.seal(182, p.y - 12, 14, "square", "大分簡易裁判所書記官印", angle=0, seed=53131)
    q = Page(font="serif", size=10.3, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10)
    q.line("大分簡易裁判所　御中", size=10.5)
    q.gap(1)
    q.kv([("原告", f"{N_CO}（代表者代表取締役　花城　賢吾）"),
          ("", "〒812-0000 福岡県福岡市博多区ぎぼうし通9丁目9番9号"),
          ("", "（送達場所・担当）回収管理部　電話 092-000-3320"),
          ("被告", "綾部　雅人　〒874-0000 大分県別府市つゆくさ通9丁目9番9号")], x=20, label_w=16, size=9.5)
    q.gap(2)
    q.line("請求の趣旨", size=11.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14.6％の割合に"
           "よる金員を支払え。", x0=20, x1=192, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=20, x1=192, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=20, x1=192, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=11.5, font="serif-bold")
    for s in ("１　原告は、平成29年4月3日、被告との間でクレジットカード会員契約（ショッピングリボ払い、遅延損害金年14.6％）を"
              "締結し、被告は同カードを利用して商品等を購入し、原告はその代金を加盟店に立替払いした。",
              f"２　被告は、{era(N_LAST)}の入金を最後にその後の支払を怠り、会員規約に基づき{era(N_ACC)}をもって期限の利益を"
              "喪失した。",
              f"３　{era(filed)}現在の未払金は、次のとおりである。"):
        q.para(s, x0=20, x1=192, size=9.8, indent="")
    q.table([["項目", "金額"], ["リボ払い残元金", f"{P:,}円"], ["リボ払い手数料（未払分）", f"{I:,}円"],
             [f"遅延損害金（{era(N_ACC + ONE)}から{era(filed)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [112, 44], x=26, header=True, aligns="lr", size=9.5, row_h=6.8)
    q.para("４　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", x0=20, x1=192, size=9.8, indent="")
    q.gap(2)
    q.kv([("証拠方法", "甲第１号証　会員申込書　甲第２号証　ご利用明細書"), ("附属書類", "訴状副本１通、甲号証写し各１通、資格証明書１通")],
         x=20, label_w=24, size=9.3)
    tr = truth(document_type="lawsuit", sender="大分簡易裁判所", phone="097-000-4521", creditor=N_CO,
               status="not_applicable", debtor=N_DEBTOR, total=T, principal=P, interest=I, late_damages=L, rate=N_R,
               lump=True, issued=issued, payment_due=None, acceleration=N_ACC, last_payment=N_LAST, hearing=hearing,
               reference="令和8年(ハ)第214号", input_kind="pdf_text_2page",
               template="proxy53_summary_court_ha_card_company_plaintiff", received=D(2026, 3, 10))
    return dict(stem="bj13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), card company plaintiff, 2 pages)",
                unusual="大分簡裁 (a court not used before) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; the "
                        "plaintiff is bj04's card company (not a servicer → not_applicable); p.1 a shaded-label case grid "
                        "(事件番号 in full-width, 事件名 立替金等請求事件, 原告, 被告), 期日 / 場所 / 答弁書提出期限 as bold kv "
                        "lines in full-width era with weekdays; the clerk block at the bottom right with （民事係直通）; p.2 "
                        "the 訴状 dated 2/20 ≠ the 呼出状 3/6; 請求の趣旨 「金…円及びうち金…円に対する…年14.6％」; a 項目/金額 "
                        "table リボ払い残元金 / リボ払い手数料（未払分） / 遅延損害金 with its window / 合計; the plaintiff's 092 "
                        "担当 phone and 平成29年 contract as distractors")


# ---------------------------------------------------------------------------------------------
# bj14 harmless お取引残高確認書 (claims nothing), iPhone HEIC.


def bj14():
    issued, base, reply = D(2026, 1, 15), D(2025, 12, 31), D(2026, 2, 13)
    co = "しらはぎクレジット株式会社"
    shop, cash, fee = 84_300, 0, 0
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 8, color=None, fill=GREEN))
    p.at(15, 18, "しらはぎクレジット", size=14, font="sans-bold", color=GREEN)
    p.at(196, 16, f"{west(issued)}発行", size=9.5, align="r")
    p.at(196, 21.5, "お客様番号　SH-040-77126", size=9.5, align="r")
    window(p, 15, 26, "920-0000", ["石川県金沢市ふしぐろ台9丁目9番9号"], "絹川　洋子　様", "bj14", w=92, h=34)
    p.y = 66
    p.line("お取引残高確認書", size=16, font="sans-bold", align="c")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 11, 0.4, GREEN, (0.92, 0.97, 0.93)))
    p.at(105, y + 7.2, "本書は残高のご確認のためのもので、ご請求書ではありません。", size=10, font="sans-bold", align="c",
         color=GREEN)
    p.y = y + 15
    p.para(f"平素より当社カードをご利用いただき、誠にありがとうございます。当社では、お客様との正確なお取引のため、年に一度、"
           f"{west(base)}現在のお取引残高をお知らせしております。下記の内容をご確認ください。", size=9.5)
    p.gap(1)
    p.table([["区分", f"{west(base)}現在残高"], ["ショッピング分割払残高", f"{shop:,}円"],
             ["キャッシング残高", f"{cash:,}円"], ["未払手数料", f"{fee:,}円"], ["お取引残高合計", f"{shop + cash + fee:,}円"]],
            [80, 60], x=35, header=True, aligns="lr", size=9.8, row_h=7.2)
    assert shop + cash + fee == 84_300
    p.gap(5)
    grid(p, 25, p.y, [32, 48, 32, 48],
         [["次回お支払日", west(D(2026, 1, 27)), "次回お支払額", "12,600円"],
          ["ご利用可能枠", "300,000円", "お支払方法", "口座振替（毎月27日）"]], h=7, size=8.8)
    p.y += 18
    p.para("上記残高に相違がない場合は、ご返送・ご連絡は不要です。相違がある場合のみ、"
           f"{west(reply)}までにお客様センターへご連絡ください。", size=9.5, indent="")
    p.para("※次回お支払額は、通常どおりご指定の口座から振替させていただきます。", size=9, indent="")
    p.para("※当社を名乗り、未払金や手数料の振込を求める電話・SMSにご注意ください。当社が本書でお振込みをお願いすることは"
           "ございません。", size=9, indent="")
    p.gap(6)
    for s, sz, f in ((co, 10.5, "sans-bold"), ("お客様センター　0120-000-954（9:00～17:00　年末年始を除く）", 9, "sans"),
                     ("〒920-0000 石川県金沢市みずひき町9丁目9番9号", 8.5, "sans"),
                     ("登録番号 北陸財務局長(4)第00128号　日本貸金業協会会員 第002241号", 7.5, "sans")):
        p.line(s, x=80, size=sz, font=f)
    tr = truth(document_type="other", sender=co, phone="0120-000-954", creditor=None, status="not_applicable",
               debtor="絹川洋子", lump=False, issued=issued, payment_due=None, reference="SH-040-77126",
               input_kind="photo_heic", template="proxy53_harmless_balance_confirmation_heic", received=D(2026, 1, 17))
    return dict(stem="bj14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.85, warm=0.25),
                about="other (card company お取引残高確認書, harmless, iPhone HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a HARMLESS yearly balance confirmation "
                        "that DEMANDS NOTHING: a green 「本書は…ご請求書ではありません。」 band; a 区分/残高 table as of "
                        "2025年12月31日 (ショッピング分割払残高 84,300, キャッシング 0, 未払手数料 0, お取引残高合計); a grid "
                        "with 次回お支払日 2026年1月27日 and 次回お支払額 12,600 of a loan in good standing, ご利用可能枠; a "
                        "reply date 2026年2月13日 for discrepancies only; a warning about fake SMS — every amount, the "
                        "rate and every date but the letter date null")


# ---------------------------------------------------------------------------------------------
# bj15 SCAM: 過払金返還 「手続代行」 asking for an advance 印紙代・予納金; fake servicer with a fake licence; phone photo.


def bj15():
    issued, due = D(2025, 12, 1), D(2025, 12, 5)
    T = 48_600
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通知", color=RED, size=12, fill=RED)
    stamp(p, 46, 12, "親展", color=RED, size=12)
    p.at(196, 17, "令和7年12月1日", size=10, align="r")
    p.at(196, 22.5, f"受付番号　か{fw('5127')}", size=10, align="r")
    p.y = 30
    p.line("京都府京都市右京区たでの町9丁目9番9号", size=10.5)
    p.line("葉室　康弘　様", size=14)
    p.gap(6)
    p.line("過払金返還手続に関する最終のご案内", size=16.5, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("当センターの調査により、貴殿が過去にご利用された消費者金融・クレジットカード会社との取引において、"
           "法定金利を超える利息の支払い（過払金）が発生していることが判明いたしました。")
    p.para("過払金の返還を受ける権利は、一定期間を経過すると時効により消滅いたします。当センターは法務大臣の許可を受けた"
           "債権回収会社として、貴殿に代わり返還請求手続を行います。手続開始には、下記の印紙代・予納金のお振込みが必要です。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 44, 1.2, RED))
    p.at(30, y + 9, "推定返還額", size=11)
    p.at(180, y + 9.5, "¥1,286,000", size=13, align="r")
    p.add(Line(30, y + 13, 180, y + 13, 0.3, RED))
    p.at(30, y + 22, "印紙代・予納金", size=12, font="sans-bold")
    p.at(180, y + 23, f"¥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.at(30, y + 32, "お振込期限", size=12, font="sans-bold")
    p.at(180, y + 33, f"12月5日（{wd(due)}）15時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(30, y + 40.5, "※期限を過ぎますと返還請求権は消滅し、以後のお手続はできません", size=8.8, color=RED)
    p.y = y + 49
    p.para("お振込先　こがね雲銀行 渋谷南口支店 普通 4410273 名義 ナデサ　ユウジ（当センター手続担当）", size=10,
           indent="")
    p.para("※予納金は返還金の受領時に全額ご返金いたします。※ご家族・弁護士・司法書士へのご相談は、手続の妨げとなります"
           "のでお控えください。", size=9.5, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(55, y, 141, 34, 0.5))
    p.at(60, y + 8, "株式会社過払金債権回収センター", size=13, font="sans-bold")
    p.at(60, y + 14, "法務大臣許可番号第296号　返還手続課", size=9.5)
    p.at(60, y + 20, "東京都千代田区霞が関（中央合同庁舎 別館内）", size=9)
    p.at(60, y + 27, "お問合せ（手続担当直通）050-0000-7719", size=11, font="sans-bold")
    p.at(60, y + 31.5, "受付　毎日 9:00～21:00", size=8.5)
    p.seal(32, y + 16, 16, "round", "過払金債権回収センター|代表/之印", angle=7, seed=53151)
    tr = truth(document_type="other", sender="株式会社過払金債権回収センター", license_number=296,
               phone="050-0000-7719", creditor=None, status="not_licensed", original=None, debtor="葉室康弘", total=T,
               lump=False, issued=issued, payment_due=due, reference="か5127", is_scam=True, input_kind="photo_jpeg",
               template="proxy53_scam_overpayment_refund_advance_fee", received=None)
    return dict(stem="bj15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.83, glare=18, warm=0.3,
                          shadow=0.2, shadow_side="right"),
                about="other (過払い-sounding scam, advance fee)",
                unusual="架空請求 photographed on wood with a hand shadow: 「過払金返還手続に関する最終のご案内」 promising a "
                        "推定返還額 ¥1,286,000 (a distractor: money OWED TO the reader) and demanding 印紙代・予納金 "
                        "¥48,600 to a PERSONAL account; filled red 最終通知 and 親展 stamps; 「法務大臣の許可を受けた債権回収"
                        "会社」 and a FAKE 「法務大臣許可番号第296号」 for 「株式会社過払金債権回収センター」 (→ not_licensed); "
                        "address 「霞が関（中央合同庁舎 別館内）」 without a number; a 050 number open every day; a 4-day "
                        "deadline 「12月5日（金）15時まで」; a hiragana 受付番号 か５１２７; 「弁護士・司法書士へのご相談は"
                        "…お控えください」; no creditor named")


# ---------------------------------------------------------------------------------------------
# bj16 joint 債権譲渡及び譲受通知書: consumer lender → INVENTED servicer 夕星債権回収 (第284号); full-width dates.


def bj16():
    R = 20.0
    issued, assign, acc, lastp = D(2025, 11, 20), D(2025, 11, 14), D(2025, 7, 4), D(2025, 4, 3)
    P, I = 642_300, 18_774
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    sv, orig = "夕星債権回収株式会社", "月桃ファイナンス株式会社"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, fw(era(issued)), size=10.5, align="r")
    p.at(196, 23.5, "管理番号　ＹＺ－２５１１－０４６８", size=9.5, align="r")
    p.y = 30
    p.line("〒730-0000　広島県広島市中区しゅうめい町９丁目９番９号", size=10)
    p.line("縫部　恵　様", size=13.5)
    p.gap(6)
    p.line("債権譲渡及び譲受通知書", size=17, font="serif-bold", align="c")
    p.gap(2)
    p.para(f"譲渡人{orig}は、貴殿に対して有する下記債権を、{fw(era(assign))}付で譲受人{sv}に譲渡し、"
           "譲受人はこれを譲り受けましたので、連名にて通知いたします。", size=10.3)
    p.para("今後のお支払い及びお問い合わせは、譲受人あてにお願いいたします。本通知は債権譲渡のお知らせであり、本書によって"
           "新たにお支払いをお願いするものではありません。", size=10.3)
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("原契約", f"{orig}との金銭消費貸借契約（{fw('令和3年2月18日')}付）"), ("当初貸付金額", fw("800,000円")),
          ("最終ご返済日", fw(era(lastp))), ("期限の利益喪失日", fw(era(acc))), ("債権譲渡日", fw(era(assign)))],
         x=24, label_w=36, size=9.8)
    p.gap(2)
    p.line(f"譲渡債権額（{fw(era(assign))}現在）", size=10.5, font="serif-bold", x=24)
    p.table([["貸付元金", "利息", "遅延損害金（年２０％）", "合計"],
             [fw(f"{P:,}円"), fw(f"{I:,}円"), fw(f"{L:,}円"), fw(f"{T:,}円")]],
            [38, 34, 52, 40], x=24, header=True, aligns="rrrr", size=10, row_h=8, font="serif")
    p.gap(7)
    y = p.y
    p.line("（譲渡人）", x=24, size=9.5)
    for s in ("〒900-0000 沖縄県那覇市はぜの木台９丁目９番９号", orig, "代表取締役　筆谷　賢治", "お客様窓口 098-000-4470"):
        p.line(s, x=30, size=9.8, font="serif-bold" if s == orig else "serif")
    p.seal(138, y + 12, 14, "round", "月桃ファイナンス|代表/取締役", angle=-4, seed=53161)
    p.gap(4)
    y = p.y
    p.line("（譲受人）", x=24, size=9.5)
    for s in ("〒104-0000 東京都中央区きぶし町９丁目９番９号", sv, "法務大臣許可番号　第２８４号", "代表取締役　鍔木　透",
              "管理部 フリーダイヤル 0120-000-284（平日9:30～18:00）"):
        p.line(s, x=30, size=9.8, font="serif-bold" if s == sv else "serif")
    p.seal(140, y + 13, 14, "round", "夕星債権回収|代表/取締役", angle=5, seed=53162)
    tr = truth(document_type="assignment_notice", sender=sv, license_number=284, phone="0120-000-284", creditor=sv,
               status="unverified", original=orig, debtor="縫部恵", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="YZ-2511-0468", input_kind="pdf_text",
               template="proxy53_joint_assignment_lender_to_invented_servicer_stacked", received=D(2025, 11, 25))
    return dict(stem="bj16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → invented servicer)",
                unusual="joint 債権譲渡及び譲受通知書 in serif; FULL-width era dates everywhere (令和７年１１月２０日, 譲渡日, "
                        "喪失日, last payment) and full-width amounts; the 管理番号 ＹＺ－２５１１－０４６８ in full-width "
                        "top-right; a kv 記 block with the 原契約 (令和3年 contract and 貸付金額 800,000 as distractors); a "
                        "ONE-ROW table with the labels ACROSS THE TOP (貸付元金 / 利息 / 遅延損害金（年２０％） / 合計); the two "
                        "notifiers STACKED at the bottom left with round seals: （譲渡人） the lender with its own 098 "
                        "number (distractor) and （譲受人） the INVENTED servicer 「夕星債権回収株式会社」 with 「法務大臣許可"
                        "番号　第２８４号」 (→ unverified); informs only (no payment date)")


LETTERS = [bj06, bj09, bj10, bj11, bj12, bj13, bj14, bj15, bj16]
