"""Proxy set 71, letters cb01–cb08: "acceleration and subrogation, core round". The bank's 期限の利益喪失について
(cb01) and its guarantor's 保証債務履行のお知らせ (cb03) of the 葛生 housing loan; a 信用金庫's ご融資金の一括返済について
to a 連帯保証人 after a 当然喪失 and a deposit set-off (cb02); the 信用保証協会's 縦書き 求償権行使のご通知 to the company's
代表者 as 連帯保証人 (cb04); a JA's 縦書き notice whose loss is 「本書到達の日をもって」 (cb05); 住宅金融支援機構's notice
(cb06); a rent guarantor's 代位弁済のご通知 (cb07); the 信用組合's 催告書 that only threatens the loss (cb08)."""

from __future__ import annotations

from datetime import date as D

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
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from households import (
    A_ACC,
    A_BRATE,
    A_C,
    A_GRATE,
    A_I,
    A_I0,
    A_L0,
    A_LAST,
    A_P,
    A_REF,
    A_S,
    A_SUB,
    A_WARN,
    B_ACC,
    B_I0,
    B_LAST,
    B_LOAN,
    B_NO,
    B_RATE,
    B_S,
    B_SUB,
    B_WARN,
    ONE,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
CEDAR = (0.16, 0.36, 0.26)
PLUM = (0.42, 0.12, 0.32)
BROWN = (0.45, 0.28, 0.10)
JHF = (0.0, 0.30, 0.55)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def jdot(d: D) -> str:
    """R7.11.26 (JIS era initial, no zero padding)."""
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# cb01 bank 「期限の利益喪失について」 (no 通知 in the title), 請求喪失 after a 催告書, rate 年14.6％(年365日日割計算).


def cb01():
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    P, I = A_P, A_I
    L = late(P, A_BRATE, A_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(12, 10, 3.2, 40, color=None, fill=CEDAR))
    p.at(19, 17, "ひのきざか銀行", size=16, font="sans-bold", color=CEDAR)
    p.at(19, 22, "THE HINOKIZAKA BANK, LTD.", size=6.5, color=CEDAR)
    for i, s in enumerate(["株式会社ひのきざか銀行　融資管理部", "〒430-0000 静岡県浜松市中央区つりがね丘九丁目9番9号",
                           "電話 053-000-2614（直通）　担当 樫原"]):
        p.at(19, 28 + i * 4.3, s, size=8.3)
    p.at(196, 16, era(issued), size=10, align="r")
    p.at(196, 21.5, "融資管理番号　HK-2511-0427", size=9.5, align="r")
    window(p, 108, 28, "430-0000", ["静岡県浜松市中央区えびね坂九丁目9番9号"], "葛生　篤志　様", "cb01", w=88, h=30)
    p.y = 66
    p.title("期限の利益喪失について", size=16)
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、貴殿との平成30年3月23日付金銭消費貸借契約（住宅ローン）につきましては、{era(A_LAST)}のご返済を最後に"
           f"約定のご返済がなく、当行は{era(A_WARN)}付「ご返済についての催告書」により、{era(A_ACC)}までに延滞元利金をお支払い"
           "いただくようお願いいたしました。")
    p.para(f"しかしながら、同日までにご入金が確認できませんでしたので、貴殿は銀行取引約定書第5条第2項及び上記契約第11条に"
           f"基づき、{era(A_ACC)}の経過をもって、本件ご融資について期限の利益を喪失されました。")
    p.para("つきましては、下記の金額を下記お支払期限までに一括してご返済くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [["項　目", "計算期間・利率", "金　額"],
            ["残元金", "", f"{P:,}円"],
            ["未収利息", f"{era(A_LAST + ONE)}～{era(A_ACC)}（約定利率 年0.975％）", f"{I:,}円"],
            ["遅延損害金", f"{era(A_ACC + ONE)}～{era(issued)}", f"{L:,}円"],
            ["合　計", "", f"{T:,}円"]]
    p.table(rows, [30, 104, 42], x=17, header=True, aligns="llr", size=9.5, row_h=8.2)
    p.line("※遅延損害金は残元金に対し年14.6％(年365日日割計算)の割合で、完済の日まで発生いたします。", x=17, size=8.6)
    p.gap(2)
    y = p.y
    p.add(Box(17, y, 176, 11, 0.8, CEDAR))
    p.at(21, y + 7.3, "お支払期限", size=11, font="sans-bold", color=CEDAR)
    p.at(52, y + 7.5, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(189, y + 7.3, "ご返済口座へご入金ください", size=8.5, align="r")
    p.y = y + 15
    p.para("ご返済口座　ひのきざか銀行 えびね坂支店 普通預金 0427118（ご名義 クズウ アツシ 様）", size=9.2, indent="")
    p.para("上記期限までにご返済いただけない場合、当行は保証会社であるひのきざか保証株式会社に対し保証債務の履行（代位弁済）を"
           "請求いたします。代位弁済後は同社から求償金のご請求がなされ、担保不動産の競売手続に移行することがございます。",
           size=9.2, indent="　")
    p.gap(1)
    p.line("（ご参考）ご融資日 平成30年3月23日　当初ご融資額 24,000,000円　毎月のご返済額 68,342円（毎月27日）", size=8.3,
           color=GRAY)
    p.gap(4)
    for s, sz, f in (("株式会社ひのきざか銀行", 11, "sans-bold"), ("融資管理部長　樫原　武彦", 9.5, "sans"),
                     ("電話 053-000-2614（平日 9:00～17:00）", 9.5, "sans")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(186, p.y - 10, 13, "square", "ひのきざか銀行融資管理部長", angle=2, seed=71011)
    tr = truth(document_type="acceleration_notice", sender="株式会社ひのきざか銀行", phone="053-000-2614",
               creditor="株式会社ひのきざか銀行", status="not_applicable", debtor="葛生篤志", total=T, principal=P,
               interest=I, late_damages=L, rate=A_BRATE, lump=True, issued=issued, payment_due=due, acceleration=A_ACC,
               last_payment=A_LAST, reference="HK-2511-0427", input_kind="pdf_text",
               template="proxy71_bank_kigen_no_rieki_soushitsu_ni_tsuite", received=D(2025, 12, 8))
    return dict(stem="cb01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, 「期限の利益喪失について」, 請求喪失 after a 催告書)",
                unusual="title WITHOUT 通知 「期限の利益喪失について」; a cedar bar down the left edge and the sender lines "
                        "under the logo top-LEFT, the addressee in a window frame with customer bars on the right; the "
                        "催告書 date 11/10 and its deadline 11/25 (= acceleration 「の経過をもって」) in the prose; a 3-column "
                        "table 項目 / 計算期間・利率 / 金額 whose 未収利息 row carries the CONTRACT rate 年0.975％ (distractor) "
                        "and the rate as 「年14.6％(年365日日割計算)」 only in the note under it; 平成30年 loan of "
                        "24,000,000 and 毎月 68,342 as ご参考; the guarantor named as a distractor")


# ---------------------------------------------------------------------------------------------
# cb02 信用金庫 「ご融資金の一括返済について」 to the 連帯保証人: 当然喪失 on a 差押命令, deposit set-off (△ row).


def cb02():
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    acc, setoff, lastp = D(2026, 2, 3), D(2026, 2, 4), D(2025, 12, 25)
    P0, X = 3_860_000, 184_236
    P = P0 - X
    assert P + X == P0  # the △ row
    I = P0 * 2450 * (acc - lastp).days // (365 * 100_000)  # 約定利率 年2.45％, 12/26 … 2/3
    R = 14.0
    L = late(P, R, setoff, issued)
    T = P + I + L
    p = Page(font="sans", size=10.2, top=16)
    p.at(15, 18, "かさね野信用金庫", size=15, font="sans-bold", color=PLUM)
    p.add(Line(15, 20.5, 72, 20.5, 0.6, PLUM))
    p.at(196, 16, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 21.5, "お取引番号　KS-0215-7781", size=9.5, align="r")
    p.y = 28
    p.line("〒398-0000　長野県大町市さわぎきょう台九丁目9番9号", size=10)
    p.line("七戸　美穂　様", size=14)
    p.line("（連帯保証人様）", size=9, x=24)
    p.gap(5)
    p.title("ご融資金の一括返済について", size=16, color=PLUM)
    p.line("― 連帯保証人様へのお知らせ ―", align="c", size=10, color=PLUM)
    p.gap(2)
    p.para("平素より当金庫をお引き立ていただき、誠にありがとうございます。")
    p.para(f"貴殿が連帯保証人となっておられる七戸拓真様（カフェ「ななと」代表）への事業資金のご融資につきまして、"
           f"{era(acc)}、七戸拓真様の当金庫に対する預金債権について差押命令が発送されました。これにより同氏は、信用金庫取引"
           "約定書第5条第1項第3号の定めにより、同日をもって当然にご融資金全額について期限の利益を喪失されました。")
    p.para(f"当金庫は、{era(setoff)}、同氏の普通預金と本件ご融資金とを対当額で相殺し、相殺額を元金に充当いたしました。"
           "相殺後の残債務は下記のとおりです。民法第458条の3の定めにより、連帯保証人である貴殿にお知らせするとともに、"
           "保証債務の履行として下記金額を一括してお支払いくださいますようお願い申し上げます。")
    p.gap(1)
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", x=22)
    rows = [("元金（相殺前）", f"{P0:,}円"), ("預金相殺額", f"△{X:,}円"), ("相殺後元金", f"{P:,}円"),
            (f"未収利息（{jdot(lastp + ONE)}～{jdot(acc)}）", f"{I:,}円"),
            (f"遅延損害金（{jdot(setoff)}～{jdot(issued)}・年14％）", f"{L:,}円"), ("ご請求額合計", f"{T:,}円")]
    y = p.y
    for i, (a, b) in enumerate(rows):
        yy = y + i * 7.6
        bold = i in (2, 5)
        p.add(Box(22, yy, 100, 7.6, 0.25, (0, 0, 0), SHADE if i != 5 else (0.93, 0.86, 0.91)))
        p.add(Box(122, yy, 56, 7.6, 0.25))
        p.at(24, yy + 5.3, a, size=9.3, font="sans-bold" if bold else "sans")
        p.at(175, yy + 5.4, b, size=10.5 if bold else 9.8, font="sans-bold" if bold else "sans", align="r",
             color=PLUM if i == 5 else (0, 0, 0))
    p.y = y + 6 * 7.6 + 3
    y = p.y
    p.add(Box(22, y, 156, 10, 0.9, PLUM))
    p.at(26, y + 6.8, "お支払期限", size=10.5, font="sans-bold", color=PLUM)
    p.at(58, y + 7.0, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 14
    p.para("お振込先　かさね野信用金庫 大町支店 普通預金 5207781 名義 カサネノシンキン　ユウシカンリカ", size=9.2, indent="")
    p.para(f"※主債務者様の最終ご返済日は{era(lastp)}です。※遅延損害金は相殺後元金に対し年14％の割合で日々発生いたします。"
           "※当初ご融資額 5,000,000円（令和4年7月）、毎月のご返済額 62,000円は、ご参考までに記載しています。", size=8.8,
           indent="")
    p.para("ご事情によりご一括でのお支払いが難しい場合は、お支払期限までに下記担当者までご相談ください。", size=9.2)
    p.gap(3)
    for s, sz, f in (("かさね野信用金庫　大町支店", 10.5, "sans-bold"), ("支店長　妙見　和久", 9.5, "sans"),
                     ("〒398-0000 長野県大町市たかんな町九丁目9番9号", 8.5, "sans"),
                     ("TEL 0261-00-4417　担当 融資課 妙見", 9.5, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(190, p.y - 24, 12, "square", "かさね野信用金庫大町支店長印", angle=-3, seed=71021)
    tr = truth(document_type="acceleration_notice", sender="かさね野信用金庫", phone="0261-00-4417",
               creditor="かさね野信用金庫", status="not_applicable", debtor="七戸美穂", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KS-0215-7781", input_kind="photo_jpeg",
               template="proxy71_shinkin_lump_sum_guarantor_setoff_photo", received=D(2026, 2, 16))
    return dict(stem="cb02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="acceleration_notice (信用金庫 to the 連帯保証人, 当然喪失, deposit set-off)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; title 「ご融資金の"
                        "一括返済について」 with 「― 連帯保証人様へのお知らせ ―」: addressed to the GUARANTOR (the 主債務者 of "
                        "the same surname named in the body); 当然喪失 「同日をもって当然に」 on the day a 差押命令 was sent; "
                        "a deposit SET-OFF: a 6-row shaded-label table 元金（相殺前） / 預金相殺額 △184,236 / 相殺後元金 / "
                        "未収利息 / 遅延損害金 / ご請求額合計 with JIS-era windows (R8.2.4～R8.2.13) inside the labels; "
                        "民法第458条の3; the 主債務者's last payment only in a ※ note; 当初ご融資額 5,000,000 and 毎月 62,000 as "
                        "distractors; a 4-digit area code")


# ---------------------------------------------------------------------------------------------
# cb03 bank-affiliated guarantor 「保証債務履行のお知らせ」, 2 pages: 求償元金 / 求償利息 / 代位弁済費用 / 遅延損害金.


def cb03():
    issued, due = D(2026, 1, 23), D(2026, 2, 13)
    L = late(A_S, A_GRATE, A_SUB + ONE, issued)
    T = A_P + A_I0 + A_C + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 8, color=None, fill=CEDAR))
    p.at(15, 18, "ひのきざか保証", size=14, font="sans-bold", color=CEDAR)
    p.at(15, 22.5, "ひのきざか銀行グループ", size=7.5, color=CEDAR)
    p.at(196, 16, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 21.5, f"求償管理番号：{A_REF}", size=9.5, align="r")
    p.at(196, 27, "保証番号：0427-118-2018（ご参考）", size=8, align="r", color=GRAY)
    p.y = 30
    p.line("静岡県浜松市中央区えびね坂九丁目9番9号", size=10)
    p.line("葛生　篤志　様", size=13.5)
    p.gap(6)
    p.title("保証債務履行のお知らせ", size=16)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para(f"当社は、貴殿が株式会社ひのきざか銀行からお借入れされた住宅ローンについて、同行との保証契約に基づき連帯保証を"
           f"いたしておりましたが、貴殿が{era(A_ACC)}の経過をもって期限の利益を喪失されたことから、同行の請求により、"
           f"{era(A_SUB)}、同行に対し保証債務を履行（代位弁済）いたしました。")
    p.para("これにより当社は、貴殿に対し、代位弁済額、代位弁済に要した費用及びこれらに対する遅延損害金の求償権を取得"
           "いたしましたので、下記のとおりお知らせするとともに、お支払期限までに一括してお支払いくださいますようお願い"
           "申し上げます。代位弁済の明細は2枚目をご覧ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    y = grid(p, 25, p.y + 1, [100, 60], [
        ["求償元金", f"{A_P:,}円"],
        ["求償利息", f"{A_I0:,}円"],
        ["代位弁済費用", f"{A_C:,}円"],
        [f"遅延損害金（{era(A_SUB + ONE)}～{era(issued)}）", f"{L:,}円"],
        ["求償金合計", f"{T:,}円"]], h=8.2, size=10.5, lsize=9.5, bold={(4, 1)})
    p.y = y + 1
    p.para("※求償元金・求償利息は代位弁済額の内訳です。代位弁済費用は抵当権移転の付記登記に要した費用等です。", x0=25, x1=192,
           size=8.5, indent="")
    p.para("※遅延損害金は、代位弁済額に対し代位弁済日の翌日から完済の日まで、年14％(年365日の日割計算)の割合で計算"
           "しております。", x0=25, x1=192, size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 11, 0.7))
    p.add(Box(25, y, 40, 11, color=None, fill=CEDAR))
    p.at(45, y + 7.2, "お支払期限", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(70, y + 7.5, f"{era(due)}（{wd(due)}）まで", size=12, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　ひのきざか銀行 本店営業部 普通預金 2600158 ヒノキザカホシヨウ（カ　※ご依頼人名の前に求償管理番号の"
           "数字をご入力ください。", size=9, indent="")
    p.para("期限までにお支払い又はご連絡のない場合は、担保不動産について担保不動産競売の申立てを行うことがございます。", size=9,
           indent="")
    p.gap(3)
    for s, sz, f in (("ひのきざか保証株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒430-0000 静岡県浜松市中央区つりがね丘九丁目9番9号", 8.5, "sans"),
                     ("電話 053-000-2688　担当 鳶田（平日9:00～17:00）", 9.5, "sans")):
        p.line(s, x=106, size=sz, font=f)
    p.seal(190, p.y - 22, 12, "square", "ひのきざか保証之印", angle=3, seed=71031)
    q = Page(font="sans", size=10, top=16)
    q.line(f"2枚目　　求償管理番号：{A_REF}", size=9, color=GRAY)
    q.title("代位弁済の明細", size=14)
    q.table([["原債権者", "株式会社ひのきざか銀行　えびね坂支店"],
             ["原契約", "住宅ローン（平成30年3月23日付金銭消費貸借契約）"],
             ["当初ご融資額", "24,000,000円"],
             ["最終ご返済日", era(A_LAST)],
             ["期限の利益喪失日", era(A_ACC)],
             ["代位弁済日", era(A_SUB)]], [48, 130], x=16, shade_col0=True, aligns="ll", size=9.5, row_h=7.6)
    q.gap(4)
    q.line("代位弁済額の内訳", size=10.5, font="sans-bold", x=16)
    q.table([["区分", "計算期間", "金額"],
             ["元金", "", f"{A_P:,}円"],
             ["約定利息", f"{era(A_LAST + ONE)}～{era(A_ACC)}", f"{A_I:,}円"],
             ["遅延損害金（年14.6％）", f"{era(A_ACC + ONE)}～{era(A_SUB)}", f"{A_L0:,}円"],
             ["代位弁済額", "", f"{A_S:,}円"]], [48, 88, 42], x=16, header=True, aligns="llr", size=9.5, row_h=7.6)
    q.line("（求償元金＝元金、求償利息＝約定利息＋遅延損害金）", x=16, size=8.5, color=GRAY)
    q.gap(5)
    q.line("よくあるご質問", size=10.5, font="sans-bold", x=16)
    for a, b in (("Ｑ．銀行へのご返済はどうなりますか。", "Ａ．代位弁済により銀行へのご返済は終了し、以後は当社へお支払い"
                  "いただくことになります。銀行の口座からの自動引落しは行われません。"),
                 ("Ｑ．分割での支払いはできますか。", "Ａ．ご収入の状況等をお伺いしたうえでご相談に応じます。お支払期限までに"
                  "担当者へお電話ください。"),
                 ("Ｑ．自宅はどうなりますか。", "Ａ．お支払い又はご相談のない場合、当社は抵当権に基づき担保不動産競売を"
                  "申し立てることがあります。任意売却のご相談も承ります。")):
        q.line(a, x=18, size=9.3, font="sans-bold")
        q.para(b, x0=22, x1=192, size=9, indent="")
        q.gap(1)
    tr = truth(document_type="acceleration_notice", sender="ひのきざか保証株式会社", phone="053-000-2688",
               creditor="ひのきざか保証株式会社", status="not_applicable", original="株式会社ひのきざか銀行",
               debtor="葛生篤志", total=T, principal=A_P, interest=A_I0, late_damages=L, costs=A_C, rate=A_GRATE,
               lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST, reference=A_REF,
               input_kind="pdf_text_2page", template="proxy71_bank_guarantor_hosho_saimu_rikou_two_pages",
               received=D(2026, 1, 26))
    return dict(stem="cb03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (bank-affiliated 保証会社, 「保証債務履行のお知らせ」, 2 pages)",
                unusual="title 「保証債務履行のお知らせ」 (no 代位弁済 / 通知 in it); a cedar band across the very top; "
                        "colon labels top-right (求償管理番号： / 保証番号：… （ご参考） as a distractor); the claim as a "
                        "shaded-label grid 求償元金 / 求償利息 / 代位弁済費用 (→ costs) / 遅延損害金 with the window / "
                        "求償金合計; the guarantor's OWN rate 「年14％(年365日の日割計算)」 in a note while p.2 shows the "
                        "bank's 年14.6％ inside the 代位弁済 breakdown (history); the お支払期限 label white-on-cedar; p.2 "
                        "a shaded-column kv table (原債権者, 当初ご融資額, 最終ご返済日, 喪失日, 代位弁済日) and a Q&A")


# ---------------------------------------------------------------------------------------------
# cb04 信用保証協会 縦書き 「求償権行使のご通知」 to the company's 代表者 as 連帯保証人 (the company is the 主債務者).


def cb04():
    issued, due = D(2026, 2, 6), D(2026, 2, 27)
    L = late(B_LOAN, B_RATE, B_SUB + ONE, issued)
    T = B_LOAN + B_I0 + L
    cols = [
        ("title", "求償権行使のご通知"),
        ("body", "拝啓　貴殿におかれましては益々ご清栄のこととお慶び申し上げます。"),
        ("body", "さて、当協会は、有限会社九戸精工（以下「主債務者」といいます。）がみくまり信用組合から借り受けた事業資金に"
                 "つき、信用保証をいたしておりましたところ、主債務者が" + kdate(B_ACC) + "の経過をもって期限の利益を喪失"
                 "したため、" + kdate(B_SUB) + "、同組合に対し" + kyen(B_S) + "を代位弁済いたしました。"),
        ("body", "つきましては、信用保証委託契約書第十二条に基づき、主債務者の連帯保証人である貴殿に対し、左記の求償権を行使"
                 "いたしますので、" + kdate(due) + "限り、当協会の指定口座にお支払いください。"),
        ("body", "なお、主債務者の最終弁済日は" + kdate(B_LAST) + "です。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　求償元金　" + kyen(B_LOAN)),
        ("indent", "二　求償利息　" + kyen(B_I0)),
        ("plain", "　　（代位弁済額のうち利息相当額）"),
        ("indent", "三　延滞金　　" + kyen(L)),
        ("plain", "　　（" + kdate(B_SUB + ONE) + "から本書作成日まで、求償元金に対し年十四・六パーセント）"),
        ("indent", "四　合計　　　" + kyen(T)),
        ("indent", "振込先　北陵信用金庫　本店営業部"),
        ("plain", "　　　　普通預金　" + kanji_digits("7018300")),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福井県越前市なでしこ堤九丁目九番九号"),
        ("low", "北陵信用保証協会　武生支所"),
        ("low", "支所長　籾井　直道"),
        ("low", "電話　〇七七八（〇〇）三一八二"),
        ("low", "求償番号　" + fw(B_NO)),
        ("blank", ""),
        ("low", "福井県越前市よもぎ平九丁目九番九号"),
        ("low", "連帯保証人　九戸　正樹　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.95, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "籾井" in it.s]
    pg.items.append(Seal(xs[0] + 1.0, 22.0 + (8 + 8) * size * 0.3528 * 1.05, 9, "square", "北陵信用保証協会武生支所長印",
                         angle=-3, seed=71041))
    tr = truth(document_type="acceleration_notice", sender="北陵信用保証協会", phone="0778-00-3182",
               creditor="北陵信用保証協会", status="not_applicable", original="みくまり信用組合", debtor="九戸正樹",
               total=T, principal=B_LOAN, interest=B_I0, late_damages=L, rate=B_RATE, lump=True, issued=issued,
               payment_due=due, acceleration=B_ACC, last_payment=B_LAST, reference=B_NO, input_kind="vertical_pdf",
               template="proxy71_vertical_guarantee_association_kyushoken_koushi_guarantor", received=D(2026, 2, 9))
    return dict(stem="cb04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用保証協会, 縦書き 「求償権行使のご通知」, to the 代表者 as 連帯保証人)",
                unusual="縦書き 拝啓…敬具 of a (fictional) 信用保証協会 支所, digital, NO 内容証明 stamp; addressed to the "
                        "company's 代表者 ONLY, as 「連帯保証人　九戸　正樹　殿」 (the company 有限会社九戸精工 is the "
                        "主債務者 in the body); the 代位弁済額 金五百四十三万八千四百六十円 in the prose and the claim in 記 as "
                        "求償元金 / 求償利息 （代位弁済額のうち利息相当額） / 延滞金 / 合計 in positional kanji; rate "
                        "年十四・六パーセント; 信用保証委託契約書第十二条 (a number that is not an amount); a payee account in "
                        "kanji digits; 4-digit area code in kanji digits; the 求償番号 full-width at the foot")


# ---------------------------------------------------------------------------------------------
# cb05 JA 縦書き 「期限の利益の喪失について（通知）」: the loss 「本書到達の日をもって」 (no date → null); scanned.


def cb05():
    issued, due = D(2026, 1, 9), D(2026, 1, 30)
    lastp = D(2025, 8, 29)
    R = 14.6
    P, E = 2_936_400, 176_100  # 残元金 / その内の延滞元金 (3 × 58,700)
    I = 21_315
    L = late(E, R, D(2025, 10, 1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益の喪失について（通知）"),
        ("body", "貴殿は、当組合との間の令和四年四月十五日付金銭消費貸借契約（ＪＡ農機具ローン）に基づく毎月の約定返済を、"
                 + kdate(lastp) + "の返済を最後に怠り、当組合の再三の督促にもかかわらず、現在までお支払いがありません。"),
        ("body", "よって当組合は、農協取引約定書第五条第二項に基づき、本書をもって貴殿に対し期限の利益を喪失させる旨の意思表示を"
                 "いたします。貴殿は、本書到達の日をもって右契約に基づく債務全額について期限の利益を失います。"),
        ("body", "つきましては、左記金員を" + kdate(due) + "限り一括してお支払いください。右期日までにお支払いのないときは、"
                 "連帯保証人に対する請求その他の法的手続に移行いたしますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", "一　残元金　　　" + kyen(P)),
        ("plain", "　　（うち延滞元金　" + kyen(E) + "）"),
        ("indent", "二　未払利息　　" + kyen(I)),
        ("indent", "三　遅延損害金　" + kyen(L)),
        ("plain", "　　（延滞元金に対し令和七年十月一日から本書作成日まで年十四・六パーセント）"),
        ("indent", "四　合計　　　　" + kyen(T)),
        ("indent", "返済口座　ＪＡしのぶ川　本所　普通貯金"),
        ("plain", "　　　　　口座番号　" + kanji_digits("0260109")),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福島県伊達市たかんな町九丁目九番九号"),
        ("low", "しのぶ川農業協同組合"),
        ("low", "代表理事組合長　雲野　繁"),
        ("low", "電話　〇二四（〇〇〇）五一〇九"),
        ("low", "整理番号　ＪＳ－２６０１０９"),
        ("blank", ""),
        ("low", "福島県伊達市しのぶ川町九丁目九番九号"),
        ("low", "釜我　耕作　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 71051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "雲野" in it.s]
    pg.items.append(Seal(xs[0] + 1.0, 22.0 + (8 + 10) * size * 0.3528 * 1.05, 9, "square", "しのぶ川農業協同組合之印",
                         angle=2, seed=71052))
    tr = truth(document_type="acceleration_notice", sender="しのぶ川農業協同組合", phone="024-000-5109",
               creditor="しのぶ川農業協同組合", status="not_applicable", debtor="釜我耕作", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="JS-260109", input_kind="vertical_scan",
               template="proxy71_vertical_ja_loss_on_arrival_of_this_letter", received=D(2026, 1, 13))
    return dict(stem="cb05", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (JA, 縦書き 内容証明, loss 「本書到達の日をもって」)",
                unusual="縦書き 「期限の利益の喪失について（通知）」 of an (invented) 農業協同組合, scanned, with the 内容証明 "
                        "stamp; the loss is declared BY this letter and takes effect 「本書到達の日をもって」 — NO loss date "
                        "printed (acceleration null); 残元金 with 「（うち延滞元金…）」 on its own column (not a separate "
                        "amount); 遅延損害金 only on the arrears; positional kanji amounts; 年十四・六パーセント; "
                        "令和四年 loan ＪＡ農機具ローン and 農協取引約定書第五条第二項 (numbers that are not amounts); 普通貯金 "
                        "account in kanji digits; full-width 整理番号 ＪＳ－２６０１０９; the JA's short name ＪＡしのぶ川")


# ---------------------------------------------------------------------------------------------
# cb06 住宅金融支援機構 (real public lender, invented content): 喪失 after a 催告, 年14.5％(年365日日割計算); scan PDF.


def cb06():
    issued, due = D(2026, 3, 17), D(2026, 3, 31)
    warn, acc, lastp = D(2026, 2, 24), D(2026, 3, 10), D(2025, 8, 5)
    R = 14.5
    P = 21_418_206
    I = 186_522
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 18, fw(era(issued)), size=10.5, align="r")
    p.at(196, 24, "お客様番号　０８９０２１－４４１７", size=10, align="r")
    p.y = 30
    p.line("宮崎県都城市霞堤九丁目９番９号", size=10.5)
    p.line("鶴指　直人　様", size=13.5)
    p.gap(2)
    p.line("独立行政法人住宅金融支援機構　九州支店", size=10.5, x=112)
    p.line("債権管理グループ", size=10, x=112)
    p.gap(5)
    p.title("期限の利益喪失のご通知及び残債務一括返済のご請求", size=14.5, font="serif-bold")
    p.para("貴殿と当機構との間の平成２７年１０月３０日付金銭消費貸借抵当権設定契約（フラット３５）に基づくご返済につきましては、"
           f"{fw(era(lastp))}のご返済を最後に延滞が続いており、当機構は{fw(era(warn))}付催告書により、{fw(era(acc))}までに"
           "延滞額をお支払いいただくよう催告いたしました。")
    p.para(f"しかしながら、上記期限までにお支払いがございませんでしたので、貴殿は同契約の定めにより、{fw(era(acc))}の経過を"
           "もって期限の利益を喪失されました。つきましては、下記のご請求金額を下記期限までに一括してお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    rows = [("１　残元金", f"{P:,}円"), ("２　延滞利息", f"{I:,}円"), ("３　遅延損害金", f"{L:,}円"),
            ("４　ご請求金額合計", f"{T:,}円")]
    for i, (a, b) in enumerate(rows):
        if i == 3:
            p.add(Line(30, p.y + 0.3, 150, p.y + 0.3, 0.3))
            p.add(Line(30, p.y + 1.0, 150, p.y + 1.0, 0.3))
            p.gap(1.5)
        bl = p.line(a, x=34, size=11, font="serif-bold" if i == 3 else None)
        p.at(150, bl, b, size=11, align="r", font="serif-bold" if i == 3 else "serif")
    p.para(f"（注）遅延損害金は、残元金に対する{fw(era(acc + ONE))}から{fw(era(issued))}までの年14.5％(年365日日割計算)の"
           "割合による金額です。翌日以降も完済まで同率で発生します。延滞利息は約定利率年1.38％によるものです。", x0=34,
           x1=186, size=9, indent="")
    p.gap(2)
    p.line(f"５　お支払期限　　{fw(era(due))}（{wd(due)}）", x=34, size=11, font="serif-bold")
    p.line("６　お振込先　　　飫肥杉銀行　都城中央支店　普通預金　４４１７０８９", x=34, size=10)
    p.line("　　　　　　　　　（口座名義　ドク）ジュウタクキンユウシエンキコウ）", x=34, size=10)
    p.gap(3)
    p.para("上記期限までにお支払いのない場合は、抵当権に基づき担保不動産競売の申立てを行います。また、本件債権の管理回収業務を"
           "債権回収会社に委託することがありますので、あらかじめご承知おきください。", size=10)
    p.para("なお、本件ご融資の取扱金融機関（株式会社飫肥杉銀行）ではご返済のご相談を承っておりません。お問い合わせは下記まで"
           "お願いいたします。", size=10)
    p.gap(4)
    for s, sz in (("独立行政法人住宅金融支援機構　九州支店　債権管理グループ", 10.5),
                  ("〒812-0000　福岡市博多区ちくしの浜九丁目９番９号", 9.5),
                  ("電話　０９２－０００－５８３５（平日９時～１７時）　担当　久寿米木", 10)):
        p.line(s, x=70, size=sz)
    p.seal(190, p.y - 26, 13, "square", "住宅金融支援機構九州支店之印", angle=1, seed=71061)
    tr = truth(document_type="acceleration_notice", sender="独立行政法人住宅金融支援機構", phone="092-000-5835",
               creditor="独立行政法人住宅金融支援機構", status="not_applicable", debtor="鶴指直人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="089021-4417", input_kind="pdf_scan",
               template="proxy71_jhf_loss_and_lump_sum_serif_scan", received=D(2026, 3, 19))
    return dict(stem="cb06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="acceleration_notice (住宅金融支援機構, 喪失 + 一括返済請求, scanned)",
                unusual="the REAL public lender 独立行政法人住宅金融支援機構 (no guarantee company, no 保証料) with invented "
                        "content, as a one-page image PDF in serif with FULL-WIDTH era dates and digits in the header and "
                        "the kv lines; sender named with 九州支店 / 債権管理グループ; the 催告書 date 2/24 and its deadline "
                        "3/10 (= acceleration 「の経過をもって」); amounts as leader-less lines under 記 with a DOUBLE rule "
                        "above 合計; rate 「年14.5％(年365日日割計算)」 in a (注), the contract rate 年1.38％ as a distractor; "
                        "the 取扱金融機関 (a bank, NOT the original creditor) and the 振込先 at that bank; 平成２７年 フラット"
                        "３５; お客様番号 full-width with a hyphen")


# ---------------------------------------------------------------------------------------------
# cb07 家賃保証会社 「代位弁済のご通知」 to the tenant (no loan, no 喪失); iPhone HEIC.


def cb07():
    issued, due = D(2026, 5, 12), D(2026, 5, 26)
    sub, lastp = D(2026, 4, 30), D(2026, 1, 27)
    rent = 72_000
    P = rent * 3
    C = 3_300
    R = 14.6
    L = late(P, R, sub + ONE, issued)
    T = P + C + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 10, 181, 14, color=None, fill=BROWN))
    p.at(19, 19.5, "MAISON GUARD", size=14, font="sans-bold", color=WHITE)
    p.at(66, 19.5, "メゾンガード保証株式会社", size=11, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "家賃保証サービス", size=9, color=WHITE, align="r")
    p.at(196, 31, f"通知日：{era(issued)}（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 36.5, "保証契約番号：MG-88-30417", size=9.5, align="r")
    p.y = 30
    p.line("〒214-0000　神奈川県川崎市多摩区つりばし坂九丁目9番9号", size=9.5)
    p.line("　　　　　　　コーポ東雲 203号室", size=9.5)
    p.line("東海枝　ひかり　様", size=13.5)
    p.gap(5)
    stamp(p, 15, p.y, "重要", color=RED, size=11)
    p.y += 12
    p.title("代位弁済のご通知", size=16, color=BROWN)
    p.para(f"当社は、貴殿が有限会社東雲ハウス（賃貸人）との間で締結された賃貸借契約について、貴殿の賃料等の支払債務を保証して"
           f"おります。貴殿の賃料のお支払いが{era(lastp)}を最後に滞っているため、当社は保証委託契約第9条に基づき、"
           f"{era(sub)}、賃貸人に対し下記の未払賃料を代位弁済いたしました。")
    p.para("つきましては、当社が取得した求償権に基づき、下記金額をお支払期限までに一括してお支払いください。", size=10)
    p.gap(1)
    y = grid(p, 20, p.y, [40, 52, 40, 40], [
        ["賃貸人（原債権者）", "有限会社東雲ハウス", "代位弁済日", era(sub)],
        ["物件", "コーポ東雲 203号室", "月額賃料等", f"{rent:,}円"],
        ["最終ご入金日", era(lastp), "代位弁済月分", "2月分～4月分"]], h=7.4, size=8.8, lsize=8.2)
    p.y = y + 4
    p.line("■ ご請求金額", size=10.5, font="sans-bold", x=20)
    p.table([["代位弁済金（未払賃料3か月分）", f"{P:,}円"], ["代位弁済手数料", f"{C:,}円"],
             [f"遅延損害金（{era(sub + ONE)}から{era(issued)}まで 年14.6％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [120, 52], x=20, aligns="lr", size=10, row_h=8, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 12, 1.0, RED))
    p.at(24, y + 8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(56, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.y = y + 16
    p.para("お振込先　たちばな野銀行 登戸支店 普通 3041708 メゾンガードホショウ（カ", size=9.3, indent="")
    p.para("※期限までにお支払いがない場合、賃貸借契約の解除及び建物明渡しについて賃貸人と協議のうえ法的手続をとることが"
           "あります。※毎月の賃料は、引き続き賃貸人の指定口座へお支払いください。", size=9, indent="")
    p.gap(4)
    for s, sz, f in (("メゾンガード保証株式会社　求償管理センター", 10, "sans-bold"),
                     ("〒160-0000 東京都新宿区ふたばの台九丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-417　担当 鮭川（受付 10:00～18:00 水曜定休）", 9.3, "sans")):
        p.line(s, x=94, size=sz, font=f)
    p.seal(188, p.y - 11, 12, "square", "メゾンガード保証之印", angle=-2, seed=71071)
    tr = truth(document_type="acceleration_notice", sender="メゾンガード保証株式会社", phone="0120-000-417",
               creditor="メゾンガード保証株式会社", status="not_applicable", original="有限会社東雲ハウス",
               debtor="東海枝ひかり", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=None, last_payment=lastp, reference="MG-88-30417",
               input_kind="photo_heic", template="proxy71_rent_guarantor_daii_bensai_notice_heic",
               received=D(2026, 5, 14))
    return dict(stem="cb07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.2),
                about="acceleration_notice (家賃保証会社, 「代位弁済のご通知」, no loan)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a RENT guarantor's 代位弁済のご通知 "
                        "(no loan: no 喪失 date, acceleration null); brown band with the Latin brand 「MAISON GUARD」; "
                        "colon labels top-right with weekday; a 「重要」 stamp; a 3×4 shaded grid with 「賃貸人（原債権者）」, "
                        "月額賃料等 72,000, 代位弁済月分 「2月分～4月分」; a rows-ruled claim table 代位弁済金（未払賃料3か月分） / "
                        "代位弁済手数料 (→ costs) / 遅延損害金 with its window / ご請求額合計; a red お支払期限 frame; the "
                        "address with a 号室 line")


# ---------------------------------------------------------------------------------------------
# cb08 信用組合 催告書 (期限の利益喪失予告) to the company: arrears only, the loss only threatened; scanned PNG.


def cb08():
    issued, due = B_WARN, B_ACC
    R = 14.0
    inst = [(D(2025, 7, 25), 95_000, 9_842), (D(2025, 8, 25), 95_000, 9_601), (D(2025, 9, 25), 95_000, 9_384)]
    calc = [(d, pr, it, late(pr, R, d + ONE, issued)) for d, pr, it in inst]
    E = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = E + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "貸付管理番号　MKR-25-0318", size=9.5, align="r")
    p.y = 26
    p.line("福井県越前市よもぎ平九丁目9番9号", size=10)
    p.line("有限会社九戸精工　御中", size=13)
    p.line("代表取締役　九戸　正樹　様", size=11, x=28)
    p.gap(2)
    for s in ("福井県越前市ひさかた通九丁目9番9号", "みくまり信用組合　武生南支店", "支店長　五戸　昭彦"):
        p.line(s, x=124, size=9.5)
    p.seal(190, p.y - 6, 11, "square", "みくまり信用組合武生南支店長", angle=3, seed=71081)
    p.gap(4)
    p.title("催　告　書", size=17, font="serif-bold")
    p.line("（期限の利益喪失予告）", align="c", size=10)
    p.gap(2)
    p.para(f"貴社に対する令和4年5月31日付証書貸付（北陵信用保証協会保証付）につきましては、{era(B_LAST)}のご返済を最後に、"
           "下記のとおり3回分のご返済が延滞となっております。")
    p.para(f"つきましては、下記延滞金額の合計を{era(due)}（{wd(due)}）までにお支払いください。同日までにお支払いのないときは、"
           "信用組合取引約定書第5条第2項により、同日の経過をもって貴社は本件貸付金全額について期限の利益を喪失し、残債務全額"
           "を一括してお支払いいただくこととなります。その場合、当組合は保証協会に代位弁済を請求いたします。")
    p.line("記", align="c")
    head = ["約定返済日", "延滞元金", "延滞利息", "遅延損害金", "計"]
    body = [[era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in calc]
    body.append(["合　計", f"{E:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [42, 32, 30, 32, 36], x=20, header=True, aligns="lrrrr", size=9.8, row_h=8)
    p.line("（単位：円）　遅延損害金は各回の延滞元金に対し約定返済日の翌日から本書作成日まで年14.0％の割合で計算しています。",
           x=20, size=8.2)
    p.gap(2)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("お支払先", "当組合 武生南支店 当座預金 0318-225（貴社ご返済口座）"),
          ("ご融資残高（ご参考）", f"{B_LOAN:,}円（延滞元金を含みます）")], x=24, label_w=44, size=9.8)
    p.gap(3)
    p.para("本状と行き違いにご入金いただいた場合は、ご容赦ください。ご返済についてのご相談は、下記までご連絡ください。", size=9.5)
    p.line("お問い合わせ　みくまり信用組合 武生南支店 融資係 担当 鴎谷　電話 0778-00-6620", size=9.5, x=24)
    p.gap(3)
    p.line("（写）連帯保証人　九戸　正樹　様", size=9, x=24, color=GRAY)
    tr = truth(document_type="collection_notice", sender="みくまり信用組合", phone="0778-00-6620",
               creditor="みくまり信用組合", status="not_applicable", debtor="有限会社九戸精工", total=T, principal=E,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=B_LAST, reference="MKR-25-0318", input_kind="scan_png",
               template="proxy71_credit_union_saikoku_loss_threatened_company", received=D(2025, 10, 22))
    return dict(stem="cb08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (信用組合 催告書, 期限の利益喪失予告, to a company)",
                unusual="serif 催告書 with the subtitle 「（期限の利益喪失予告）」, scanned: addressed to a COMPANY 御中 with "
                        "its 代表取締役 under it (the company is the debtor); the sender block with a seal ABOVE the title "
                        "on the right; ARREARS ONLY in a 5-column table per instalment (約定返済日 / 延滞元金 / 延滞利息 / "
                        "遅延損害金 / 計, 合計 row, 「（単位：円）」 under it); the loss only THREATENED 「同日の経過をもって…"
                        "喪失し」 (acceleration null, lump false); ご融資残高 5,320,000 （ご参考）, the 当座預金 number and "
                        "the 保証協会 as distractors; a (写) line for the 連帯保証人")


LETTERS = [cb01, cb02, cb03, cb04, cb05, cb06, cb07, cb08]
