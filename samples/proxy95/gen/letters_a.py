"""Proxy set 95, letters cz01–cz08: "the held-out set as a stranger would write it, round 7". The ordinary mail of
people who stopped paying a card or a loan, or whose home went to auction: a real servicer's 一括請求 of a bought card
debt (photo), a bank's card-loan arrears letter, the 柿迫 household's housing loan from the 信用金庫's 縦書き 喪失通知,
through the guarantee company's 代位弁済 fax, to the servicer's demand for what the auction left; the 塙坂 household's
consumer loan sold to an invented servicer (joint notice) and that servicer's 支払督促; a real servicer's 受託通知."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    grid,
    kdate,
    late,
    leader,
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
TEAL = (0.0, 0.38, 0.42)
BROWN = (0.42, 0.25, 0.10)
DGREEN = (0.10, 0.35, 0.20)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return f"金{kanji_number(n)}円"


# ---------------------------------------------------------------------------------------------
# The 柿迫 household: housing loan at 鹿嶺信用金庫, guaranteed by 楓葉住宅保証, 求償債権 sold to アウロラ債権回収,
# the house sold at auction (前橋地裁高崎支部). The same figures run through cz03, cz04 and cz05.

A_P, A_I = 19_846_210, 41_388
A_LAST, A_WARN, A_ACC = D(2025, 2, 25), D(2025, 5, 30), D(2025, 6, 13)
A_SUBRO = D(2025, 8, 8)
A_S = A_P + A_I + late(A_P, 14.0, A_ACC + timedelta(1), A_SUBRO)  # 代位弁済額 = 求償元金
A_ASSIGN = D(2025, 11, 28)
A_CASE = "令和7年(ケ)第318号"
A_DIV = D(2026, 8, 21)
A_COST = 1_186_420
A_DIVIDEND = 14_270_000
A_X = late(A_S, 14.6, A_SUBRO + timedelta(1), A_DIV)  # 確定損害金 up to the 配当期日
A_REST = A_S - (A_DIVIDEND - A_COST - A_X)  # 元金 left after the 充当
assert 0 < A_DIVIDEND - A_COST - A_X < A_S


# ---------------------------------------------------------------------------------------------
# cz01 セゾン債権回収 (real): 一括請求 of a bought card debt; phone photo on a desk.


def cz01():
    R = 14.6
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    assign, acc, lastp = D(2025, 12, 22), D(2025, 7, 5), D(2025, 5, 27)
    P, I = 683_420, 21_540
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    window(p, 16, 16, "370-0000", ["群馬県伊勢崎市萩ノ原町三丁目7番21号", "萩ノ原コーポ203号"], "堰免　由香里　様",
           "proxy95/cz01", w=92, h=40)
    p.at(196, 19, "セゾン債権回収株式会社", size=11.5, font="sans-bold", align="r")
    p.at(196, 24, "法務大臣許可番号　第34号", size=8.5, align="r")
    p.at(196, 32, "発送日　令和8年1月20日", size=9.5, align="r")
    p.at(196, 37, "お客様番号　SZ2601-448172", size=9.5, align="r")
    stamp(p, 168, 44, "親展", size=11)
    p.y = 62
    p.add(Box(15, p.y, 181, 12, color=None, fill=(0.93, 0.93, 0.93)))
    p.at(105.5, p.y + 8.3, "ご請求書（一括お支払いのお願い）", size=15, font="sans-bold", align="c")
    p.y += 17
    p.para("貴殿がカトレアカード株式会社との間で締結されたカード会員契約に基づく債権は、令和7年12月22日付で同社から当社に"
           "譲渡され、その旨は同社から通知されております。", size=9.8)
    p.para("本債権につきましては、お支払いが遅れたことにより期限の利益を喪失しており、再三ご連絡を差し上げておりますが、"
           "現在までにご入金を確認できておりません。つきましては、下記ご請求総額を、お支払期限までに一括してお支払い"
           "くださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    y0 = p.y
    # left: the amounts with dotted leaders, right: the deadline box
    p.add(Box(15, y0, 112, 42, 0.4))
    p.at(19, y0 + 6.5, "ご請求の内訳（令和8年1月20日現在）", size=9.5, font="sans-bold")
    p.y = y0 + 9.5
    leader(p, "ご請求元金", f"{P:,}円", 20, 122, size=10)
    leader(p, "未払手数料", f"{I:,}円", 20, 122, size=10)
    leader(p, "遅延損害金（年14.6%）", f"{L:,}円", 20, 122, size=10)
    p.add(Line(20, p.y + 0.5, 122, p.y + 0.5, 0.4))
    p.gap(1.5)
    b = p.line("ご請求総額", x=20, size=11.5, font="sans-bold")
    p.at(122, b, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Box(131, y0, 65, 42, 0.9, RED))
    p.add(Box(131, y0, 65, 10, color=None, fill=RED))
    p.at(163.5, y0 + 7, "お支払期限", size=11, font="sans-bold", align="c", color=WHITE)
    p.at(163.5, y0 + 22, "令和8年2月6日", size=14, font="sans-bold", align="c")
    p.at(163.5, y0 + 29, f"（{wd(due)}曜日）", size=10, align="c")
    p.at(163.5, y0 + 37, "当社指定口座へお振込ください", size=7.5, align="c")
    p.y = y0 + 47
    p.line("■ご契約の内容", size=10, font="sans-bold")
    p.y = grid(p, 15, p.y, [30, 60.5, 30, 60.5], [
        ["原債権者", "カトレアカード株式会社", "ご契約日", "平成29年3月14日"],
        ["債権譲受日", "令和7年12月22日", "最終ご入金日", "令和7年5月27日"],
        ["期限の利益喪失日", "令和7年7月5日", "ご利用枠", "ショッピング 50万円"],
    ], h=7.0, size=9, lsize=8.5)
    p.gap(2)
    p.para("※遅延損害金は、ご請求元金に対し期限の利益喪失日の翌日から年14.6%（年365日の日割計算）で計算しております。"
           "お支払いの日までの損害金が加算されますので、正確な金額はお電話でご確認ください。", size=8.5, indent="")
    p.gap(2)
    p.line("■お振込先", size=10, font="sans-bold")
    p.para("白楊信託銀行　本店営業部　普通預金　7034481　セゾンサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※お振込の際は、お振込人名の前にお客様番号の下6桁（448172）をご入力ください。", size=8.5, indent="")
    p.gap(2)
    p.para("一括でのお支払いが難しい場合は、お支払期限までに必ず下記までご連絡ください。ご事情を伺ったうえで、お支払方法を"
           "ご相談させていただきます。ご連絡のない場合は、法的手続きへの移行を検討せざるを得ませんので、ご承知おきください。",
           size=9.5)
    p.para("本状と行き違いにお支払いいただいた場合は、ご容赦ください。", size=8.5, indent="")
    p.gap(4)
    y = p.y
    p.add(Line(15, y, 196, y, 0.3))
    p.at(15, y + 6, "セゾン債権回収株式会社　回収第二部", size=10, font="sans-bold")
    p.at(15, y + 11, "〒170-0000　東京都豊島区榎坂四丁目2番8号", size=8.5)
    p.at(15, y + 16, "お問合せ　0120-000-634（受付　平日9:30～18:00）", size=10)
    p.at(15, y + 21, "FAX 03-0000-6349", size=8.5)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-634", creditor="セゾン債権回収株式会社", status="licensed",
               original="カトレアカード株式会社", debtor="堰免由香里", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ2601-448172", input_kind="photo_jpeg",
               template="proxy95_servicer_lump_sum_card_window_photo", received=D(2026, 1, 22))
    return dict(stem="cz01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.045, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom",
                          fill=0.86, warm=0.15),
                about="collection_notice (real servicer 一括請求 of a bought card debt)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; window-envelope "
                        "address block with bars top-left, the sender ★ セゾン債権回収株式会社 and 「法務大臣許可番号　第34号」 "
                        "top-RIGHT above the 発送日 and お客様番号; grey title band ご請求書（一括お支払いのお願い）; amounts "
                        "with dotted leaders (ご請求元金 / 未払手数料 / 遅延損害金（年14.6%） / ご請求総額) in a box beside a "
                        "red お支払期限 box with the weekday on its own line 「（金曜日）」; a shaded grid (原債権者, ご契約日 "
                        "平成29年, 債権譲受日, 最終ご入金日, 喪失日, ご利用枠 50万円); the 6-digit transfer code 448172 and "
                        "a FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# cz02 北潟銀行 カードローン ご返済のお願い: arrears of two instalments, slash dates, balance shown for reference.


def cz02():
    R = 18.0
    issued, due = D(2025, 6, 16), D(2025, 6, 30)
    lastp = D(2025, 3, 10)
    rows = [(D(2025, 4, 10), 14_820, 11_180), (D(2025, 5, 12), 15_066, 10_934)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(105, 18, "北潟銀行", size=18, font="serif-bold", align="c", color=NAVY)
    p.at(105, 23.5, "THE KITAGATA BANK, LTD.", size=6.5, align="c", color=NAVY)
    p.add(Line(15, 27, 196, 27, 0.5, NAVY))
    p.at(196, 34, slash(issued), size=10, align="r")
    p.at(196, 39.5, "お問合せ番号　HK-0616-2093", size=9.5, align="r")
    p.y = 34
    p.line("〒950-0000", size=10)
    p.line("新潟県新潟市中央区柳瀬町二丁目15番3号", size=10)
    p.gap(1)
    p.line("神宝　一樹　様", size=13.5)
    p.gap(6)
    p.title("カードローンご返済のお願い", size=15)
    p.para("平素は北潟銀行カードローンをご利用いただき、誠にありがとうございます。", size=9.8)
    p.para("さて、お客様のカードローンにつきまして、下記の約定ご返済額のお引落しができておりません。お手数ですが、下記の"
           "ご入金期日までに、ご返済額合計をご返済用口座にご入金くださいますようお願い申し上げます。", size=9.8)
    p.para(f"なお、最後にご返済を確認できましたのは{slash(lastp)}です。", size=9.8)
    p.gap(2)
    p.line("記", align="c", size=10)
    head = ["約定返済日", "返済元金", "利　息", "遅延損害金", "計"]
    body = [[slash(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for d, pr, it, lt, sub in calc]
    body.append(["ご返済額合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [36, 34, 34, 36, 40], x=15, header=True, aligns="crrrr", size=10, row_h=8.5)
    p.line("（単位：円）", x=196 - 18, size=8)
    p.para("※遅延損害金は、各回の返済元金に対し約定返済日の翌日から本状作成日まで年18.0%の割合で計算しています。"
           "5月10日は土曜日のため、翌営業日の5月12日が約定返済日となります。", size=8.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 0.8))
    p.add(Box(15, y, 40, 14, color=None, fill=SHADE))
    p.at(35, y + 9, "ご入金期日", size=11, font="sans-bold", align="c")
    p.at(60, y + 9.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(192, y + 9.3, f"ご返済額合計　{T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = y + 19
    p.line("ご参考", size=9.5, font="sans-bold")
    p.kv([("ご返済用口座", "北潟銀行　柳瀬町支店　普通預金　2093115"),
          ("ご利用限度額", "1,000,000円"),
          (f"ご利用残高（{slash(issued)}現在）", "734,512円（上記返済元金を含みます）"),
          ("約定返済日", "毎月10日（休日の場合は翌営業日）")], x=18, label_w=58, size=9.3)
    p.gap(3)
    p.para("ご入金が確認できない状態が続きますと、カードローン規定第12条により期限の利益を失い、ご利用残高全額を一括して"
           "ご返済いただくことになるほか、保証会社による代位弁済の手続きに移る場合がございます。ご返済が難しい場合は、"
           "お早めに下記までご相談ください。", size=9.3)
    p.para("本状と行き違いにご入金いただいた場合は、何卒ご容赦ください。", size=8.5, indent="")
    p.gap(5)
    for s, sz, f in (("株式会社北潟銀行　ローン管理部", 10.5, "sans-bold"),
                     ("〒951-0000　新潟県新潟市中央区燕町一丁目1番1号", 8.5, "sans"),
                     ("ローンご返済相談ダイヤル　025-000-4471", 10, "sans"),
                     ("受付時間　平日9:00～17:00（土日祝日・年末年始を除く）", 8.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社北潟銀行", phone="025-000-4471",
               creditor="株式会社北潟銀行", status="not_applicable", debtor="神宝一樹", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="HK-0616-2093", input_kind="pdf_text",
               template="proxy95_bank_cardloan_arrears_slash_dates", received=D(2025, 6, 18))
    return dict(stem="cz02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank card-loan arrears, two instalments)",
                unusual="a bank's カードローンご返済のお願い: centred serif logo 「北潟銀行」 with a Latin line, the legal name "
                        "「株式会社北潟銀行」 only in the sender block at the foot; EVERY date in slash form 2025/06/16; a "
                        "5-column table per missed instalment (返済元金 / 利息 / 遅延損害金 / 計) with a ご返済額合計 row and "
                        "「（単位：円）」, bare figures without 円; arrears only (lump false, no 喪失 date); the last payment in "
                        "a sentence; the ご利用残高 734,512円 and ご利用限度額 1,000,000円 as distractors (not the claim); the "
                        "5/10 → 5/12 business-day note")


# ---------------------------------------------------------------------------------------------
# cz03 鹿嶺信用金庫 縦書き 期限の利益喪失通知書 (内容証明), positional kanji; scanned.


def cz03():
    R = 14.0
    issued, due = D(2025, 6, 20), D(2025, 7, 4)
    P, I = A_P, A_I
    L = late(P, R, A_ACC + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間の平成三十年五月二十五日付金銭消費貸借契約（住宅ローン、当初貸付金二千三百八十万円）"
                 f"に基づく毎月二十五日の約定返済を、{kdate(A_LAST)}の返済を最後に遅滞しております。"),
        ("body", f"当金庫は、{kdate(A_WARN)}付催告書をもって、延滞元利金を同年六月十三日までにお支払いいただくよう催告いたし"
                 "ましたが、同日までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は信用金庫取引約定書第五条第二項の定めにより、{kdate(A_ACC)}の経過をもって本件貸付金について"
                 "期限の利益を喪失いたしましたので、本書をもってその旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}までに、当金庫本店融資管理課へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、貸付残元金　　{kyen(P)}"),
        ("indent", f"二、未収利息　　　{kyen(I)}"),
        ("indent", f"三、遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和七年六月十四日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四、合計　　　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのないときは、保証会社である楓葉住宅保証株式会社に対し保証債務の履行を請求いたします"
                 "ので、あらかじめご承知おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "群馬県高崎市鶴舞台一丁目八番二号"),
        ("low", "鹿嶺信用金庫"),
        ("low", "理事長　南風原　正臣"),
        ("low", "電話　〇二七（〇〇〇）三一八〇（融資管理課）"),
        ("blank", ""),
        ("low", "群馬県高崎市稲穂台二丁目十四番六号"),
        ("low", "柿迫　俊介　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 95031))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "南風原" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 12, "square", "鹿嶺信用金庫理事長之印",
                         angle=-3, seed=95032))
    tr = truth(document_type="acceleration_notice", sender="鹿嶺信用金庫", phone="027-000-3180",
               creditor="鹿嶺信用金庫", status="not_applicable", debtor="柿迫俊介", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=A_ACC,
               last_payment=A_LAST, reference=None, input_kind="vertical_scan",
               template="proxy95_vertical_shinkin_acceleration_kanji", received=D(2025, 6, 23))
    return dict(stem="cz03", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, housing loan)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫, scanned, with the 内容証明 stamp and the 理事長's square "
                        "seal; every amount in positional kanji (金千九百八十四万六千二百十円 …) in 一、 items; the 催告書 "
                        "date 令和七年五月三十日 and its deadline 「同年六月十三日」 (= acceleration 「の経過をもって」); "
                        "平成三十年 contract and 当初貸付金二千三百八十万円 as distractors; 信用金庫取引約定書第五条第二項; the "
                        "guarantee company named; phone in kanji digits with the section in brackets; NO reference number "
                        "(null)")


# ---------------------------------------------------------------------------------------------
# cz04 楓葉住宅保証: 保証債務履行（代位弁済）のお知らせ 兼 求償金ご請求書, one-page fax.


def cz04():
    R = 14.6
    issued, due = D(2025, 8, 15), D(2025, 8, 29)
    S = A_S
    L = late(S, R, A_SUBRO + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "楓葉住宅保証株式会社", size=12, font="sans-bold")
    p.at(15, 22.5, "（鹿嶺信用金庫提携住宅ローン保証）", size=8)
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23.5, "求償番号　FY-25-0808-17", size=9.5, align="r")
    p.y = 31
    p.line("柿迫　俊介　様", size=13)
    p.line("（群馬県高崎市稲穂台二丁目14番6号）", size=8.5)
    p.gap(4)
    p.title("保証債務履行（代位弁済）のお知らせ　兼　求償金ご請求書", size=13.5)
    p.para("拝啓　貴殿が鹿嶺信用金庫からお借入れの住宅ローンにつきましては、当社が同金庫との保証契約に基づき連帯保証を"
           "いたしておりましたところ、貴殿のご返済が滞り期限の利益を喪失されたため、同金庫の請求により、下記のとおり"
           "保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para("これにより当社は、貴殿に対し下記の求償権を取得いたしましたので、下記お支払期限までに一括してお支払いください"
           "ますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("１　代位弁済の内容", size=10.5, font="sans-bold")
    p.y = grid(p, 20, p.y + 1, [34, 54, 34, 54], [
        ["金融機関", "鹿嶺信用金庫 本店", "ご融資日", "2018年5月25日"],
        ["最終ご返済日", wdate(A_LAST), "期限の利益喪失日", wdate(A_ACC)],
        ["代位弁済日", wdate(A_SUBRO), "代位弁済額", f"{S:,}円"],
    ], h=7.2, size=9.5, lsize=8.5)
    p.gap(4)
    p.line(f"２　ご請求金額（{wdate(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金（代位弁済額）", f"{S:,}円"],
             ["遅延損害金（2025年8月9日～8月15日　年14.6%）", f"{L:,}円"],
             ["合計ご請求額", f"{T:,}円"]], [120, 50], x=20, aligns="lr", size=10, row_h=8, ruled="grid")
    p.gap(3)
    b = p.line("３　お支払期限", size=10.5, font="sans-bold")
    p.at(60, b, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.add(Line(60, b + 1.2, 112, b + 1.2, 0.5))
    p.gap(2)
    p.line("４　お振込先", size=10.5, font="sans-bold")
    p.para("鹿嶺信用金庫　本店営業部　普通預金　0318807　フウヨウジュウタクホショウ（カ", x0=26, size=9.5, indent="")
    p.gap(2)
    p.para("※遅延損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6%（年365日の日割計算）の割合で加算されます。",
           size=8.8, indent="")
    p.para("※お支払期限までにお支払い又はご連絡がないときは、当社は担保物件（高崎市稲穂台二丁目所在の土地及び建物）に"
           "つき、担保不動産競売の申立てを行います。", size=8.8, indent="")
    p.para("※お支払方法についてのご相談は、下記担当までお電話ください。", size=8.8, indent="")
    p.gap(5)
    for s, sz, f in (("楓葉住宅保証株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒371-0000　群馬県前橋市檜原台三丁目5番1号", 8.5, "sans"),
                     ("TEL 027-000-5524　FAX 027-000-5525", 10, "sans"),
                     ("担当　栄野川", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(186, p.y - 14, 13, "square", "楓葉住宅保証之印", angle=2, seed=95041)
    tr = truth(document_type="acceleration_notice", sender="楓葉住宅保証株式会社", phone="027-000-5524",
               creditor="楓葉住宅保証株式会社", status="not_applicable", original="鹿嶺信用金庫",
               debtor="柿迫俊介", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST, reference="FY-25-0808-17",
               input_kind="fax_tiff", template="proxy95_guarantor_subrogation_grid_fax", received=issued)
    return dict(stem="cz04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 FUYO JUTAKU HOSHO 027-000-5525",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax of the guarantee company for cz03's loan; western 年月日 dates; 求償番号 top-right; "
                        "the 代位弁済 facts in a shaded-label 2×3 grid (金融機関, ご融資日 2018, 最終ご返済日, 喪失日, "
                        "代位弁済日, 代位弁済額); the claim as a ruled 2-column table 求償元金（代位弁済額） / 遅延損害金（window, "
                        "年14.6%） / 合計ご請求額 (no interest); the お支払期限 underlined in a numbered line; TEL and FAX on "
                        "one line (FAX also in the fax header); 競売申立 warning")


# ---------------------------------------------------------------------------------------------
# cz05 アウロラ債権回収 (real): 配当実施後の残債務のご通知 (2 pages: p.2 the 充当 table in yen, 経過 and 物件).


def cz05():
    R = 14.6
    issued, due = D(2026, 9, 11), D(2026, 10, 9)
    P = A_REST
    L = late(P, R, A_DIV + timedelta(1), issued)
    T = P + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=(0.93, 0.95, 0.97)))
    p.at(20, 21, "アウロラ債権回収株式会社", size=13, font="serif-bold", color=NAVY)
    p.at(192, 18, "法務大臣許可第76号", size=8.5, align="r", color=NAVY)
    p.at(192, 23, "前橋オフィス", size=8.5, align="r", color=NAVY)
    p.at(196, 33, wdate(issued), size=10, align="r")
    p.at(196, 38.5, "管理番号　AR-7318-0526", size=9.5, align="r")
    p.y = 33
    p.line("〒370-0000", size=10)
    p.line("群馬県高崎市稲穂台二丁目14番6号", size=10)
    p.line("柿迫　俊介　様", size=13.5)
    p.gap(6)
    p.title("配当実施後の残債務に関するご通知", size=15, font="serif-bold")
    p.para(f"拝啓　前橋地方裁判所高崎支部{A_CASE}担保不動産競売事件につきましては、{wdate(A_DIV)}の配当期日において当社に"
           "配当が実施され、当社が楓葉住宅保証株式会社から譲り受けた貴殿に対する求償債権に充当いたしました（充当の内容は"
           "2枚目のとおりです）。", size=10)
    p.para("しかしながら、配当金による充当後もなお、下記の債務が残っております。つきましては、下記ご請求額合計を"
           "お支払期限までに一括してお支払いくださいますようお願い申し上げます。一括でのお支払いが困難な場合には、"
           "お支払期限までに当社担当者へご相談ください。", size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10)
    p.line(f"ご請求の内容（{wdate(issued)}現在）", x=25, size=10, font="serif-bold")
    p.table([["求償元金残額", f"{P:,}円"],
             [f"遅延損害金（{A_DIV.year}年{(A_DIV + timedelta(1)).month}月{(A_DIV + timedelta(1)).day}日から年14.6%）",
              f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [110, 50], x=25, aligns="lr", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 12, 0.8))
    p.at(30, y + 8, "お支払期限", size=11, font="serif-bold")
    p.at(64, y + 8.2, f"{wdate(due)}（{wd(due)}）", size=12.5, font="serif-bold")
    p.y = y + 17
    p.kv([("お振込先", "紫竹銀行　高崎支店　普通預金　5260318"),
          ("口座名義", "アウロラサイケンカイシュウ（カ"),
          ("譲渡人", "楓葉住宅保証株式会社"),
          ("債権譲受日", wdate(A_ASSIGN))], x=25, label_w=30, size=9.8)
    p.gap(3)
    p.para("※遅延損害金は、配当期日の翌日から完済まで、求償元金残額に対し年14.6%（年365日の日割計算）の割合で発生します。",
           size=8.8, indent="")
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=8.8, indent="")
    p.gap(5)
    for s, sz, f in (("アウロラ債権回収株式会社　前橋オフィス", 10.5, "serif-bold"),
                     ("〒371-0000　群馬県前橋市鳩ノ森町二丁目3番10号", 8.8, "serif"),
                     ("電話　027-000-7607（平日9時～17時30分）", 10, "serif"),
                     ("担当　羽地", 9.5, "serif")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="serif", size=10, top=16)
    q.line("（2枚目）", size=9, color=GRAY)
    q.title("配当金の充当について", size=14, font="serif-bold")
    q.kv([("事件", f"前橋地方裁判所高崎支部　{A_CASE}　担保不動産競売事件"),
          ("配当期日", wdate(A_DIV)), ("当社への配当額", f"{A_DIVIDEND:,}円")], x=20, label_w=34, size=10)
    q.gap(3)
    q.table([["項　目", "配当前の額", "充当額", "充当後の額"],
             ["執行費用", f"{A_COST:,}", f"{A_COST:,}", "0"],
             [f"確定遅延損害金（～{A_DIV.month}月{A_DIV.day}日）", f"{A_X:,}", f"{A_X:,}", "0"],
             ["求償元金", f"{A_S:,}", f"{A_DIVIDEND - A_COST - A_X:,}", f"{P:,}"],
             ["計", f"{A_S + A_X + A_COST:,}", f"{A_DIVIDEND:,}", f"{P:,}"]],
            [66, 38, 38, 36], x=16, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.line("（単位：円）", x=172, size=8.5)
    q.gap(4)
    q.line("これまでの経過", size=10.5, font="serif-bold")
    for d, s in ((D(2018, 5, 25), "鹿嶺信用金庫と住宅ローン契約（当初貸付金 23,800,000円）"),
                 (A_LAST, "最終ご返済日"),
                 (A_ACC, "期限の利益喪失日"),
                 (A_SUBRO, "楓葉住宅保証株式会社が代位弁済"),
                 (D(2025, 10, 17), "担保不動産競売開始決定"),
                 (A_ASSIGN, "当社が求償債権を譲受け"),
                 (D(2026, 6, 30), "売却許可決定（売却価額 14,650,000円）"),
                 (A_DIV, "配当期日")):
        b = q.line(wdate(d), x=22, size=9.5)
        q.at(60, b, s, size=9.5)
    q.gap(4)
    q.line("物件の表示", size=10.5, font="serif-bold")
    for s in ("（土地）　所在 高崎市稲穂台二丁目　地番 1406番3　地目 宅地　地積 172.45平方メートル",
              "（建物）　所在 同所1406番地3　家屋番号 1406番3　種類 居宅　構造 木造スレート葺2階建",
              "　　　　　床面積 1階 58.79平方メートル　2階 52.17平方メートル"):
        q.line(s, x=20, size=9.3)
    q.gap(5)
    y = q.y
    q.add(Box(16, y, 178, 30, 0.3, NAVY))
    q.at(20, y + 7, "ご返済のご相談について", size=10, font="serif-bold", color=NAVY)
    for i, s in enumerate(["競売後の残債務について、ご収入に応じた分割でのお支払いをご相談いただけます。",
                           "お支払期限までに、担当者（電話 027-000-7607）へご連絡ください。",
                           "当社の社員が現金をご自宅へ受け取りに伺うことはございません。"]):
        q.at(20, y + 14 + i * 5.5, s, size=9)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="027-000-7607", creditor="アウロラ債権回収株式会社", status="licensed",
               original="楓葉住宅保証株式会社", debtor="柿迫俊介", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               assignment=A_ASSIGN, reference="AR-7318-0526", input_kind="pdf_text_2page",
               template="proxy95_servicer_rest_after_auction_yen_table", received=D(2026, 9, 14))
    return dict(stem="cz05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 競売 配当, 2 pages)",
                unusual="digital serif letter of a real servicer ★ アウロラ債権回収株式会社 with 「法務大臣許可第76号」 in a "
                        "pale header band; the 残債務 after the 配当 of cz03–cz04's house: a 3-row table with shaded labels "
                        "求償元金残額 / 遅延損害金（2026年8月22日から年14.6%） / ご請求額合計 (no interest); boxed お支払期限; "
                        "譲渡人 and 債権譲受日 as kv lines; p.2 a 充当 table in yen (配当前の額 / 充当額 / 充当後の額 with "
                        "執行費用 1,186,420 and the 配当額 14,270,000 as distractors), a これまでの経過 timeline (2018 loan "
                        "23,800,000, last payment, 喪失, 代位弁済, 競売開始決定, 譲受, 売却価額 14,650,000, 配当期日) and the "
                        "物件の表示 with 平方メートル figures")


# ---------------------------------------------------------------------------------------------
# cz06 joint 債権譲渡通知書: セレスタファイナンス → 葵橋債権回収 (invented), notifiers at the TOP right; scanned.

B_P, B_I = 412_830, 9_216
B_ACC, B_LAST, B_ASSIGN = D(2025, 4, 8), D(2025, 1, 27), D(2025, 10, 31)
B_R = 20.0


def cz06():
    issued = D(2025, 11, 7)
    L = late(B_P, B_R, B_ACC + timedelta(1), B_ASSIGN)
    T = B_P + B_I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 17, fw(era(issued)), size=10, align="r")
    y = 22
    for role, lines, sd, nm in (
            ("譲渡人", ["神奈川県横浜市西区楢山台一丁目6番2号", "株式会社セレスタファイナンス",
                        "代表取締役　樽谷　克哉"], 95061, "セレスタファイナンス代表印"),
            ("譲受人", ["東京都港区雁ヶ原三丁目11番4号", "葵橋債権回収株式会社",
                        "代表取締役　杣山　和貴", "法務大臣許可番号　第２３６号"], 95062, "葵橋債権回収代表印")):
        p.at(108, y + 4, f"（{role}）", size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            big = s.endswith("会社") or s.startswith("株式会社")
            p.at(126, y + 4 + i * 5, s, size=10.5 if big else 9, font="serif-bold" if big else "serif")
        p.seal(188, y + 10, 11, "round", nm.replace("代表印", "") + "|代表/取締役", angle=4, seed=sd)
        y += 5 * len(lines) + 5
    p.y = 24
    p.line("〒210-0000", size=10)
    p.line("神奈川県川崎市川崎区柊町四丁目2番17号", size=10)
    p.line("塙坂　祐二　殿", size=13)
    p.y = max(p.y, y) + 4
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para(f"譲渡人株式会社セレスタファイナンスは、貴殿に対して有する下記債権を、{fw(era(B_ASSIGN))}、譲受人葵橋債権回収"
           "株式会社に譲渡いたしましたので、譲渡人及び譲受人の連名をもって通知いたします。")
    p.para("つきましては、今後のお支払い及び本件債権に関するお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人の"
           "口座へのお振込みはお控えください。")
    p.gap(1)
    p.line("記", align="c")
    p.line("譲渡債権の表示", x=22, size=10.5, font="serif-bold")
    p.table([["原契約", "金銭消費貸借契約（極度方式基本契約）"],
             ["契約日", fw(era(D(2021, 8, 19)))],
             ["極度額", "５００，０００円"],
             ["契約番号", "CF-21-0819-6604"],
             ["最終弁済日", fw(era(B_LAST))],
             ["期限の利益喪失日", fw(era(B_ACC))]], [42, 124], x=22, aligns="ll", size=10, row_h=7.2, shade_col0=True)
    p.gap(2)
    p.line(f"譲渡債権の額（{fw(era(B_ASSIGN))}現在）", x=22, size=10.5, font="serif-bold")
    p.table([["残元金", "利息", "遅延損害金（年20.0％）", "合計"],
             [fw(f"{B_P:,}円"), fw(f"{B_I:,}円"), fw(f"{L:,}円"), fw(f"{T:,}円")]],
            [38, 36, 50, 42], x=22, header=True, aligns="rrrr", size=10, row_h=8)
    p.para("（上記のほか、残元金に対する譲渡日の翌日から完済まで年２０．０％の割合による遅延損害金を含みます。）",
           x0=22, size=8.8, indent="")
    p.gap(3)
    p.line("以上", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 27, 0.4))
    p.at(26, y + 6.5, "【本件に関するお問い合わせ先（譲受人）】", size=9.5, font="serif-bold")
    p.at(26, y + 12.5, "葵橋債権回収株式会社　管理部　TEL 03-0000-2366（平日9:00～18:00）", size=9.5)
    p.at(26, y + 18, "お客様番号　AO-251107-0342　（お問い合わせの際にお知らせください）", size=9.5)
    p.at(26, y + 23.5, "※譲渡人（セレスタファイナンス　お客様センター 045-000-8190）では本件のご相談は承れません。", size=8)
    tr = truth(document_type="assignment_notice", sender="葵橋債権回収株式会社", license_number=236,
               phone="03-0000-2366", creditor="葵橋債権回収株式会社", status="unverified",
               original="株式会社セレスタファイナンス", debtor="塙坂祐二", total=T, principal=B_P, interest=B_I,
               late_damages=L, rate=B_R, lump=False, issued=issued, payment_due=None, acceleration=B_ACC,
               last_payment=B_LAST, assignment=B_ASSIGN, reference="AO-251107-0342", input_kind="scan_png",
               template="proxy95_joint_assignment_notifiers_top_right", received=D(2025, 11, 10))
    return dict(stem="cz06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → invented servicer)",
                unusual="joint 債権譲渡通知書 (serif, spaced title) scanned; the two notifiers STACKED at the top RIGHT beside "
                        "the addressee with round seals; INVENTED servicer 葵橋債権回収株式会社 with full-width "
                        "「法務大臣許可番号　第２３６号」 (→ unverified); full-width era dates; a shaded-label table of the "
                        "債権の表示 (契約日 令和3年, 極度額 ５００，０００円, 会員番号, 最終弁済日, 喪失日); a one-row "
                        "4-column amount table in full-width (残元金 / 利息 / 遅延損害金（年20.0％） / 合計); informs only "
                        "(no payment date); お客様番号 inside the 譲受人's enquiry box; the 譲渡人's 045 number as a distractor")


# ---------------------------------------------------------------------------------------------
# cz07 パルティール債権回収 (real): 受託通知 with a demand for a bank's card loan; iPhone HEIC.


def cz07():
    R = 14.0
    issued, due = D(2026, 5, 22), D(2026, 6, 12)
    entrusted, acc, lastp = D(2026, 5, 15), D(2026, 3, 2), D(2025, 12, 1)
    P, I = 1_268_400, 38_912
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "パルティール債権回収株式会社", size=13, font="sans-bold", color=BROWN)
    p.add(Line(15, 22, 110, 22, 1.2, BROWN))
    p.at(15, 26.5, "法務大臣許可番号 第113号", size=8.5)
    p.at(196, 18, era(issued), size=10, align="r")
    p.y = 34
    p.line("〒310-0000　茨城県水戸市鴨川端五丁目3番8号", size=9.8)
    p.line("三ツ股　恵美　様", size=13.5)
    p.gap(5)
    p.title("債権回収業務受託のご通知並びにご請求", size=14)
    p.para(f"拝啓　貴殿が株式会社青峰銀行との間で締結されたカードローン契約に基づく債務につきまして、当社は、{era(entrusted)}"
           "付で同行から債権管理回収業務の委託を受けました。なお、本件債権の債権者は引き続き株式会社青峰銀行であり、"
           "当社は同行の委託を受けて本件のご請求及びご入金の受付を行います。", size=9.8)
    p.para(f"貴殿は{era(acc)}に期限の利益を喪失されておりますので、下記金額を{era(due)}（{wd(due)}）までに一括してお支払い"
           "ください。", size=9.8)
    p.gap(1)
    y = p.y
    w = 45.25
    for i, (lab, val) in enumerate((("委託者（債権者）", "株式会社青峰銀行"), ("お客様番号", "PT-0522-31746"),
                                    ("ご契約番号（同行）", "7710-552-0193"), ("最終ご入金日", era(lastp)))):
        cell(p, 15 + i * w, y, w, 15, lab, val, lsize=7.5, vsize=9.5)
    p.y = y + 19
    p.line(f"ご請求金額の内訳（{era(issued)}現在）", size=10, font="sans-bold")
    rows = [("貸越元金", P), ("利息（期限の利益喪失日まで）", I), ("遅延損害金（年14.0%・日割）", L)]
    for lab, val in rows:
        b = p.line(lab, x=22, size=10.5)
        p.at(150, b, f"{val:,}円", size=10.5, align="r")
        p.add(Line(22, p.y - 1.0, 150, p.y - 1.0, 0.15, GRAY))
    p.gap(1)
    yb = p.y
    p.add(Box(20, yb, 132, 10, color=None, fill=(0.95, 0.90, 0.85)))
    p.at(24, yb + 7, "ご請求金額合計", size=11.5, font="sans-bold")
    p.at(150, yb + 7.2, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Box(158, y + 19, 38, 31, 0.8, BROWN))
    p.at(177, y + 26, "お支払期限", size=9.5, font="sans-bold", align="c", color=BROWN)
    p.at(177, y + 36, f"{due.month}月{due.day}日", size=15, font="sans-bold", align="c")
    p.at(177, y + 43.5, f"令和8年（{wd(due)}）", size=9, align="c")
    p.y = yb + 15
    p.para("お振込先　青峰銀行　県庁前支店　普通預金　3174602　パルティールサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※遅延損害金は貸越元金に対し期限の利益喪失日の翌日から年14.0%で日々発生いたします。", size=8.8, indent="")
    p.para("※ご一括でのお支払いが困難な場合は、お支払期限までにお電話にてご相談ください。ご連絡のない場合、委託者の判断に"
           "より法的手続きがとられることがあります。", size=8.8, indent="")
    p.para("※本状と行き違いにご入金済みの場合はご容赦ください。", size=8.8, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(100, y, 96, 28, 0.3, GRAY))
    for i, (s, sz, f) in enumerate((("パルティール債権回収株式会社　水戸センター", 10, "sans-bold"),
                                    ("〒310-0000　茨城県水戸市槙ヶ丘一丁目1番3号", 8.3, "sans"),
                                    ("TEL 029-000-1130（平日9:00～17:30）", 10, "sans"),
                                    ("FAX 029-000-1139", 8.3, "sans"))):
        p.at(103, y + 6 + i * 5.6, s, size=sz, font=f)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="029-000-1130", creditor="株式会社青峰銀行", status="licensed", original="株式会社青峰銀行",
               debtor="三ツ股恵美", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=None,
               reference="PT-0522-31746", input_kind="photo_heic",
               template="proxy95_servicer_entrusted_bank_cardloan_heic", received=D(2026, 5, 25))
    return dict(stem="cz07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.4, creases=2, glare=20, fill=0.86, warm=0.3, bow=6),
                about="assignment_notice (real servicer 受託通知 with a demand)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and a lamp glare; real servicer ★ "
                        "パルティール債権回収株式会社 collecting ON COMMISSION for a bank (creditor = original = "
                        "株式会社青峰銀行; the 受託 date is not an assignment); 「法務大臣許可番号 第113号」 under a brown "
                        "rule top-left; four label-above-value cells (委託者（債権者）, お客様番号, ご契約番号（同行）, 最終ご入金日); "
                        "amount lines 貸越元金 / 利息（期限の利益喪失日まで） / 遅延損害金（年14.0%・日割） and a shaded "
                        "ご請求金額合計 bar; the due date in a framed box on the RIGHT as 「6月12日」 over 「令和8年（金）」, also "
                        "in the prose; sender box at the bottom right with TEL and FAX")


# ---------------------------------------------------------------------------------------------
# cz08 川崎簡易裁判所 支払督促, creditor 葵橋債権回収 (invented); 2-page image PDF.


def cz08():
    issued = D(2026, 3, 16)
    filed = D(2026, 3, 4)
    upto = D(2026, 2, 27)
    L = late(B_P, B_R, B_ACC + timedelta(1), upto)
    C = 4_360
    claim = B_P + B_I + L
    T = claim + C
    case = "令和8年(ロ)第1187号"
    p = Page(font="serif", size=11, top=20)
    p.line(fw("令和8年（ロ）第1187号") + "　譲受債権請求督促事件", size=10.5)
    p.gap(8)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=45, label_w=30,
         size=11)
    p.gap(5)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立ての趣旨及び原因は、別紙「請求の趣旨及び原因」記載のとおり。")
    p.gap(4)
    y = p.y
    p.add(Box(24, y, 162, 36, 0.5))
    p.at(28, y + 7, "（注意）", size=10.5, font="serif-bold")
    p.y = y + 10
    p.para("この支払督促に異議があるときは、これを受け取った日から２週間以内に、この裁判所に督促異議の申立てをすることが"
           "できます。２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言がされ、債権者は"
           "強制執行の申立てをすることができるようになります。", x0=28, x1=182, size=10)
    p.y = y + 44
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　川崎簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　寺家　　紀子", size=11)
    p.seal(150, p.y - 6, 15, "square", "川崎簡易裁判所書記官印", angle=0, seed=95081)
    p.gap(14)
    p.line("これは正本である。", x=110, size=10)
    p.line(f"　{fw(era(issued))}", x=110, size=10)
    p.line("　川崎簡易裁判所　裁判所書記官　寺家　紀子", x=110, size=9.5)
    p.gap(12)
    p.add(Line(24, p.y, 186, p.y, 0.3))
    p.gap(3)
    p.line("〒210-0000　神奈川県川崎市川崎区竹之下町一丁目9番5号", size=9.5, x=24)
    p.line("川崎簡易裁判所　民事督促係　電話 044-000-7731", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当 事 者 目 録", size=13, font="serif-bold", align="c")
    q.gap(2)
    q.table([["債権者", "〒105-0000　東京都港区雁ヶ原三丁目11番4号"],
             ["", "葵橋債権回収株式会社"],
             ["", "代表者代表取締役　杣山　和貴"],
             ["", "（送達場所）同所　管理部　電話 03-0000-2366　FAX 03-0000-2367"],
             ["債務者", "〒210-0000　神奈川県川崎市川崎区柊町四丁目2番17号"],
             ["", "塙坂　祐二"]], [26, 148], x=18, aligns="ll", size=10, row_h=7, ruled="outer")
    q.gap(5)
    q.line("請 求 の 趣 旨 及 び 原 因", size=13, font="serif-bold", align="c")
    q.gap(1)
    q.line("請求の趣旨", size=11, font="serif-bold", x=18)
    for s in (f"１　金{claim:,}円",
              f"　　（内訳　残元金{B_P:,}円、利息{B_I:,}円、令和7年4月9日から令和8年2月27日まで年20.0％の割合による"
              f"確定遅延損害金{L:,}円）",
              f"２　上記残元金{B_P:,}円に対する令和8年2月28日から完済まで年20.0％の割合による遅延損害金",
              f"３　金{C:,}円（督促手続費用）"):
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.gap(2)
    q.table([["請求金額（１）", f"{claim:,}円"], ["督促手続費用（３）", f"{C:,}円"], ["合計", f"{T:,}円"]],
            [60, 50], x=60, aligns="lr", size=10, row_h=7.5)
    q.line("（督促手続費用の内訳　申立手数料 2,500円、支払督促正本送達費用 1,080円、申立書作成及び提出費用 780円）", x=22,
           size=8.5)
    q.gap(3)
    q.line("請求の原因", size=11, font="serif-bold", x=18)
    for s in ("１　株式会社セレスタファイナンス（以下「原債権者」という。）は、債務者との間で、令和3年8月19日、極度額50万円、"
              "利率年17.8％、遅延損害金年20.0％とする極度方式基本契約を締結し、債務者に対し金員を貸し付けた。",
              "２　債務者は、令和7年1月27日の支払を最後に約定の支払を怠り、令和7年4月8日の経過により期限の利益を喪失した。",
              "３　原債権者は、債権者に対し、令和7年10月31日、上記貸金債権を譲渡し、同年11月7日到達の書面で債務者にその旨を"
              "通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.gap(3)
    q.line(f"（申立年月日　{fw(era(filed))}）", x=120, size=9.5)
    tr = truth(document_type="payment_order", sender="川崎簡易裁判所", phone="044-000-7731",
               creditor="葵橋債権回収株式会社", status="unverified", original="株式会社セレスタファイナンス",
               debtor="塙坂祐二", total=T, principal=B_P, interest=B_I, late_damages=L, costs=C, rate=B_R, lump=True,
               issued=issued, payment_due=None, acceleration=B_ACC, last_payment=B_LAST, assignment=B_ASSIGN,
               reference=case, input_kind="pdf_scan", template="proxy95_payment_order_kawasaki_invented_servicer",
               received=D(2026, 3, 18))
    return dict(stem="cz08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, invented servicer creditor, 2 pages)",
                unusual="支払督促 of 川崎簡裁 as a 2-page image PDF, the case of cz06's debt: p.1 the order with a boxed "
                        "（注意）, the clerk's seal and the 正本 certification; p.2 当事者目録 in an outer frame (creditor = "
                        "INVENTED servicer 葵橋債権回収, no licence printed → unverified; its 送達場所 phone / FAX as "
                        "distractors); 請求の趣旨 with the 内訳 of item １ in a bracketed sentence (残元金 / 利息 / 確定遅延損害金 "
                        "with its window), the running item ２, item ３ 督促手続費用, and a small 請求金額 / 督促手続費用 / 合計 "
                        "table; the cost breakdown (2,500 / 1,080 / 780) in a note; 請求の原因 with 極度額50万円 and 17.8％ "
                        "as distractors; 申立年月日 at the foot")


LETTERS = [cz01, cz02, cz03, cz04, cz05, cz06, cz07, cz08]
