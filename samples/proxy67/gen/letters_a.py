"""Proxy set 67, letters bx01–bx08: "the held-out set as a stranger would write it". The core mail of a frightened
borrower, one letter per sender kind: a real servicer's ご入金のお願い (bx01), a bank's horizontal 内容証明
期限の利益喪失通知 on grid paper (bx02), a guarantee company's 代位弁済 notice (bx03), a real servicer's 一括請求 after
the 競売 with its 充当 sheet (bx04), a real servicer's 受託通知 (bx05), a real servicer's fax of the amounts without a
licence number (bx06), a 縦書き joint 債権譲渡通知 to a real servicer (bx07) and a real servicer's 分割弁済のご案内 by
fax (bx08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Page,
    grid,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from kit import (
    INDIGO,
    PALE,
    TEAL,
    at,
    band,
    dots,
    en,
    frame,
    fw,
    grid_text,
    grid_wrap,
    h_,
    hline,
    kd,
    kyen,
    r_,
    rw,
    slash,
    west,
    ww,
)

from samples.letters.fmt import rate as frate
from samples.letters.layout import Seal, post_office_stamp, vertical_page

ONE = timedelta(days=1)


# ---------------------------------------------------------------------------------------------------------------
# bx01 real servicer (SMBC債権回収, 許可 第10号) ご入金のお願い, phone photo: window address, 2×3 info grid, one-row table.


def bx01():
    R = 14.6
    issued, due = D(2026, 2, 9), D(2026, 2, 24)
    acc, lastp, assg = D(2025, 8, 27), D(2025, 6, 27), D(2025, 11, 28)
    P, I = 412_366, 18_904
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=14, left=18, right=18)
    window(p, 18, 14, "790-0000", ["愛媛県松山市沓掛台九丁目9番9-203号"], "行武　紗季　様", "bx01", w=90, h=34,
           size=9.5, name_size=13)
    at(p, 192, 17, "SMBC債権回収株式会社", 12.5, "sans-bold", "r", (0.0, 0.35, 0.25))
    at(p, 192, 22, "第二管理部　個人債権グループ", 8.5, "sans", "r")
    at(p, 192, 32, f"{west(issued)}", 9.5, "sans", "r")
    at(p, 192, 37, "顧客番号　0719-448-2630", 9.5, "sans", "r")
    stamp(p, 172, 41, "親展", size=10, h=7)
    band(p, 18, 54, 174, 10, "ご入金のお願い", (0.0, 0.35, 0.25), size=14)
    p.y = 68
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"さて、お客様が株式会社アステルカードとの間でご契約されたカードローン債権につきましては、{west(assg)}付で当社が"
           "同社より譲り受け、その旨を既にご通知申し上げております。", size=9.8)
    p.para(f"お客様は{west(acc)}をもって期限の利益を喪失されておりますが、現在に至るまでご入金が確認できておりません。"
           f"つきましては、下記のお支払金額を{west(due)}までに一括にてお振込みくださいますようお願い申し上げます。", size=9.8)
    p.para("ご事情によりお支払いが難しい場合は、お振込期限までに必ず下記担当までご連絡ください。", size=9.8)
    at(p, 192, p.y + 3.5, "敬具", 9.8, "sans", "r")
    p.y += 7
    y = grid(p, 18, p.y, [32, 55, 32, 55], [
        ["ご契約先（旧債権者）", "株式会社アステルカード", "債権譲受日", west(assg)],
        ["期限の利益喪失日", west(acc), "最終入金年月日", west(lastp)],
        ["ご契約日", west(D(2019, 4, 12)), "ご利用限度額", "50万円"],
    ], h=7.5, size=9, lsize=7.8)
    p.y = y + 5
    at(p, 18, p.y, "■ お支払金額の内訳", 10, "sans-bold")
    at(p, 192, p.y, f"（{west(issued)}現在）", 8.5, "sans", "r")
    p.y += 2.5
    p.table([["元本", "未払利息", "延滞利息（年14.6%）", "お支払金額"],
             [en(P), en(I), en(L), en(T)]], [42, 40, 48, 44], x=18, header=True, size=10, row_h=8.5, aligns="rrrr")
    p.y += 4
    y = p.y
    frame(p, 18, y, 174, 17, 0.8, (0.0, 0.35, 0.25))
    band(p, 18, y, 40, 17, "お振込期限", (0.0, 0.35, 0.25), size=11)
    at(p, 64, y + 11, ww(due), 15, "sans-bold")
    at(p, 188, y + 6.5, "お振込金額", 8, "sans", "r")
    at(p, 188, y + 13, f"{T:,}円", 13, "sans-bold", "r")
    p.y = y + 22
    at(p, 18, p.y, "■ お振込先", 10, "sans-bold")
    p.y += 2
    p.kv([("金融機関", "えびね銀行　入船支店（支店番号 000）"), ("口座", "普通預金　0004218"),
          ("口座名義", "エスエムビーシーサイケンカイシュウ（カ"),
          ("ご依頼人名", "顧客番号の下6桁「482630」をお名前の前に入力してください")], x=22, label_w=26, size=9)
    p.y += 3
    y = p.y
    frame(p, 18, y, 174, 30, 0.3, GRAY)
    at(p, 22, y + 6, "【お問い合わせ先】", 9.5, "sans-bold")
    at(p, 22, y + 12, "SMBC債権回収株式会社　第二管理部　担当：宿谷", 9.5)
    at(p, 22, y + 17.5, "〒104-0000　東京都中央区入船九丁目9番9号", 8.8)
    at(p, 22, y + 23, "フリーダイヤル　0120-000-318　（受付時間　平日 9:00～18:00）", 9.5)
    at(p, 22, y + 28, "法務大臣許可　第10号", 8.5)
    qr(p, 168, y + 5, 20, "bx01qr")
    p.y = y + 34
    p.para("※本状と行き違いでご入金いただいた場合は、ご容赦くださいますようお願い申し上げます。", size=8.3, indent="")
    p.para("※ご本人様以外からのお問い合わせには、個人情報保護の観点からお答えいたしかねます。", size=8.3, indent="")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-318", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社アステルカード",
               debtor="行武紗季", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assg, reference="0719-448-2630",
               input_kind="photo_jpeg", template="proxy67_real_servicer_nyukin_onegai_window_photo",
               received=D(2026, 2, 12))
    return dict(stem="bx01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.86, blur=0.85, warm=0.2, glare=14),
                about="collection_notice (real servicer ご入金のお願い, lump sum, phone photo)",
                unusual="real servicer ★ SMBC債権回収株式会社 with 「法務大臣許可　第10号」 only in the contact box at the "
                        "bottom; phone photo on a pale desk with tri-fold creases and a lamp glare; western 年月日 dates; "
                        "window-envelope address with bars top-left, the company name top-RIGHT in green; a 2×3 shaded grid "
                        "(ご契約先（旧債権者）, 債権譲受日, 期限の利益喪失日, 最終入金年月日, ご契約日, ご利用限度額 50万円); a "
                        "one-row table 元本 / 未払利息 / 延滞利息（年14.6%） / お支払金額 (延滞利息 = late damages); "
                        "お振込期限 in a green frame; the 顧客番号's last 6 digits repeated in the transfer note; QR")


# ---------------------------------------------------------------------------------------------------------------
# bx02 bank 期限の利益喪失通知書 as a HORIZONTAL 内容証明 on grid paper (26 cells a line), scanned.


def bx02():
    R = 14.0
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    warn, acc, lastp = D(2025, 12, 26), D(2026, 1, 9), D(2025, 9, 1)
    P, I = 2_841_000, 32_780
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    f = fw
    body = (
        "（当行管理番号　ＳＣ－０８－１１５２）\n"
        "　　　　　期限の利益喪失通知書\n"
        f"　貴殿は、{f(h_(D(2018, 9, 14)))}、当行との間で、金５，０００，０００円を、利率年２．４５％、毎月１日限り元利均等"
        "分割弁済、遅延損害金年１４％（年３６５日の日割計算）の約定で借り受けました（証書番号０２７－５５８１９）。\n"
        f"　しかるに貴殿は、{f(r_(lastp))}の弁済を最後にその後の分割金の支払を怠ったため、当行は{f(r_(warn))}付催告書"
        f"をもって、{f(r_(acc))}までに延滞金を支払うよう催告しましたが、同日までにお支払いはありませんでした。\n"
        f"　よって貴殿は、約定により、{f(r_(acc))}の経過をもって期限の利益を喪失しましたので、本書をもって通知いたします。\n"
        f"　つきましては、下記金員を{f(r_(due))}限り、下記口座にお振込みのうえ、一括してお支払いください。\n"
        "　　　　　　　　　　記\n"
        f"一　残元金　　　金{f(f'{P:,}')}円\n"
        f"二　未払利息　　金{f(f'{I:,}')}円\n"
        f"　（{f(r_(D(2025, 9, 2)))}から{f(r_(acc))}まで）\n"
        f"三　遅延損害金　金{f(f'{L:,}')}円\n"
        f"　（{f(r_(acc + ONE))}から同月１６日まで年１４％）\n"
        f"　　合計　　　　金{f(f'{T:,}')}円\n"
        "振込先　蒼潮銀行本店営業部　普通預金００７３９１５\n"
        "　　　　名義　株式会社蒼潮銀行債権管理部\n"
        "　右期限までにお支払いのない場合は、担保権の実行その他の法的手続に移行いたしますので、念のため申し添えます。\n"
        f"　　{f(r_(issued))}\n"
        "　愛媛県松山市汐浜通九丁目９番９号\n"
        "　　株式会社蒼潮銀行\n"
        "　　債権管理部長　古仙　勲\n"
        "　　（連絡先　電話０８９－０００－４１７２）\n"
        "　愛媛県今治市菰池町九丁目９番９号\n"
        "　　蔵並　孝志　殿"
    )
    lines = grid_wrap(body, 26)
    p = Page(font="serif", size=11, top=12)
    y = grid_text(p, lines, 23, 16, 26, 6.2, size=11)
    assert y < 268, y
    p.add(Seal(178, 248, 12, "square", "蒼潮銀行債権管理部長印", angle=3, seed=67021))
    p.add(Seal(40, 276, 24, "round", "郵便認証司|書留/内容/証明", angle=-10, seed=67022))
    at(p, 60, 274, f"この郵便物は{r_(issued)}第40219号", 7.5, "serif")
    at(p, 60, 278.5, "書留内容証明郵便物として差し出したことを証明します", 7.5, "serif")
    at(p, 60, 283, "日本郵便株式会社", 7.5, "serif")
    tr = truth(document_type="acceleration_notice", sender="株式会社蒼潮銀行", phone="089-000-4172",
               creditor="株式会社蒼潮銀行", status="not_applicable", debtor="蔵並孝志", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="SC-08-1152", input_kind="scan_png",
               template="proxy67_bank_acceleration_horizontal_naiyo_grid", received=D(2026, 1, 19))
    return dict(stem="bx02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="acceleration_notice (bank, horizontal 内容証明 on grid paper)",
                unusual="a bank's 期限の利益喪失通知書 as a HORIZONTAL 内容証明: every character in its own cell of a "
                        "26-wide light-grey grid (serif, full-width digits, no table, no bold), scanned; the 当行管理番号 "
                        "in brackets as the first line; 平成30年 contract of 5,000,000円, 年2.45％ and 証書番号 inside the "
                        "prose (distractors); 催告書 12/26 and its deadline 1/9 (= acceleration 「の経過をもって」); 記 with "
                        "一 / 二 / 三 and a 合計 line, the windows on their own bracket lines; the post office's round "
                        "stamp and certification text 「第40219号」 at the foot; phone only in a 連絡先 bracket")


# ---------------------------------------------------------------------------------------------------------------
# bx03 guarantee company 保証債務履行（代位弁済）のお知らせ並びに求償金のご請求, iPhone HEIC.


def bx03():
    R = 14.5
    issued, due = D(2026, 3, 4), D(2026, 3, 18)
    acc, lastp, sub = D(2025, 12, 26), D(2025, 9, 26), D(2026, 2, 20)
    hp, hi, hl = 18_102_540, 121_880, 41_011
    P = hp + hi + hl
    L = late(P, R, sub + ONE, issued)
    T = P + L
    p = Page(font="sans", size=9.8, top=14, left=18, right=18)
    frame(p, 18, 13, 9, 9, 0, None, INDIGO)
    at(p, 22.5, 19.6, "凌", 11, "sans-bold", "c", WHITE)
    at(p, 30, 18.3, "凌雲信用保証株式会社", 13, "sans-bold", color=INDIGO)
    at(p, 30, 22.6, "RYOUN CREDIT GUARANTEE", 6.5, color=INDIGO)
    at(p, 192, 17, r_(issued), 9.5, align="r")
    at(p, 192, 22, "求償管理番号　RH-26-00417", 9.5, align="r")
    at(p, 18, 34, "〒794-0000　愛媛県今治市黒潮台九丁目9番9号", 9.5)
    at(p, 24, 42, "芳賀谷　修　様", 14)
    p.y = 50
    p.title("保証債務履行（代位弁済）のお知らせ", size=14.5)
    p.y -= 3
    p.line("並びに求償金のご請求", align="c", size=11.5, font="sans-bold")
    p.gap(2)
    p.para(f"貴殿が株式会社蒼潮銀行との間で{h_(D(2017, 6, 30))}に締結された住宅資金の金銭消費貸借契約につきまして、当社は貴殿"
           f"からの委託に基づき保証をしておりましたが、同行より、貴殿が{r_(acc)}をもって期限の利益を喪失された旨の通知を受け、"
           f"{r_(sub)}、同行に対し保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para("これにより、当社は貴殿に対し下記の求償債権を取得いたしましたので、ご通知申し上げるとともに、下記金額を一括して"
           "お支払いくださいますようご請求申し上げます。", size=9.8)
    p.gap(2)
    at(p, 18, p.y + 4, "1．保証債務履行の内容", 10, "sans-bold")
    p.y += 6
    p.table([["保証債務履行日", r_(sub)], ["保証履行額", en(P)], ["　うち元金", en(hp)], ["　うち利息", en(hi)],
             ["　うち損害金", en(hl)], ["最終ご返済日（銀行）", r_(lastp)]], [60, 60], x=24, size=9.5, row_h=6.8,
            shade_col0=True, aligns="lr")
    p.y += 3
    at(p, 18, p.y + 4, f"2．ご請求金額（{r_(issued)}現在）", 10, "sans-bold")
    p.y += 6
    p.table([["求償元金（保証履行額）", en(P)],
             [f"求償損害金（{sub.month}月{(sub + ONE).day}日～{issued.month}月{issued.day}日・年14.5%）", en(L)],
             ["求償金合計", en(T)]], [98, 48], x=24, size=9.8, row_h=7.5, ruled="rows", aligns="lr")
    p.y += 3
    y = p.y
    frame(p, 24, y, 146, 12, 0.9, INDIGO)
    at(p, 30, y + 8, "お支払期日", 11, "sans-bold", color=INDIGO)
    at(p, 64, y + 8.3, rw(due), 13.5, "sans-bold")
    p.y = y + 16
    p.para("お振込先　蒼潮銀行　今治支店　普通預金　0012784　リョウウンシンヨウホショウ（カ", size=9.3, indent="")
    p.para("※求償元金に対しては、保証債務履行日の翌日から完済に至るまで年14.5%（年365日の日割計算）の割合による損害金が"
           "発生いたします。", size=8.6, indent="")
    p.para("※お支払期日までにお支払い又はご連絡がない場合、担保不動産（今治市黒潮台九丁目所在の土地建物）について競売の"
           "申立てを行うことがあります。", size=8.6, indent="")
    p.para("※当初ご融資額 22,000,000円（平成29年6月30日実行）。", size=8.6, indent="")
    p.gap(3)
    y = p.y
    hline(p, 18, 192, y, 0.3, GRAY)
    at(p, 18, y + 6, "凌雲信用保証株式会社　債権管理課", 9.5, "sans-bold")
    at(p, 18, y + 11, "〒790-0000　愛媛県松山市汐浜通九丁目9番9号　汐浜ビル4階", 8.8)
    at(p, 18, y + 16, "TEL 089-000-6630　FAX 089-000-6631　（平日 9:00～17:30）", 8.8)
    at(p, 18, y + 21, "貸金業登録番号　四国財務局長(4)第00129号", 8)
    p.add(Seal(178, y + 11, 14, "square", "凌雲信用保証株式会社之印", angle=-3, seed=67031))
    tr = truth(document_type="acceleration_notice", sender="凌雲信用保証株式会社", phone="089-000-6630",
               creditor="凌雲信用保証株式会社", status="not_applicable", original="株式会社蒼潮銀行", debtor="芳賀谷修",
               total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="RH-26-00417", input_kind="photo_heic",
               template="proxy67_guarantor_subrogation_recourse_heic", received=D(2026, 3, 6))
    return dict(stem="bx03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=1.8, creases=2, fill=0.85, warm=0.3, shadow=0.22,
                          shadow_side="bottom"),
                about="acceleration_notice (guarantee company 代位弁済 + 求償金 demand)",
                unusual="iPhone HEIC on wood with creases and a hand shadow at the bottom; title in two lines "
                        "(保証債務履行（代位弁済）のお知らせ / 並びに求償金のご請求); labels 保証債務履行日 / 保証履行額 with "
                        "うち元金 / うち利息 / うち損害金 (history, not fields) in a shaded table 1, and 求償元金（保証履行額） / "
                        "求償損害金 with its window and 年14.5% inside the label / 求償金合計 in table 2; the bank's 喪失 "
                        "in prose, 最終ご返済日（銀行） in table 1; the FAX and 貸金業登録番号 in the footer, 当初ご融資額 and the "
                        "競売 warning as distractors")


# ---------------------------------------------------------------------------------------------------------------
# bx04 real servicer (住宅債権管理回収機構, 第91号) 一括請求 of the rest after a 競売 配当; p.2 the 充当 sheet.


def bx04():
    R = 14.0
    issued, asof, due = D(2026, 6, 15), D(2026, 6, 10), D(2026, 7, 10)
    acc, lastp, sub, assg, div = D(2024, 11, 8), D(2024, 8, 31), D(2025, 1, 17), D(2025, 10, 31), D(2026, 5, 20)
    Pb = 20_744_377
    Lb = late(Pb, R, sub + ONE, div)
    Cb = 918_452
    DIV = 14_326_000
    to_p = DIV - Cb - Lb
    assert to_p > 0
    P = Pb - to_p
    L = late(P, R, div + ONE, asof)
    T = P + L
    p = Page(font="serif", size=10, top=14, left=20, right=20)
    at(p, 20, 18, "株式会社住宅債権管理回収機構", 13, "serif-bold")
    at(p, 20, 23, "法務大臣許可番号第91号", 8.5, "serif")
    at(p, 190, 18, f"{r_(issued)}", 10, "serif", "r")
    at(p, 190, 23.5, "債権番号　2507-0583-11", 10, "serif", "r")
    at(p, 20, 35, "〒720-0000　広島県福山市鞆の浦台九丁目9番9号", 10)
    at(p, 26, 43, "沓名　美津子　様", 14, "serif")
    p.y = 52
    p.title("競売配当後のご残債務についてのご請求", size=14.5, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=10)
    p.para(f"貴殿に対する求償債権は、ごいさぎ住宅保証株式会社から{r_(assg)}付で当社が譲り受けております。本件につきましては、"
           f"広島地方裁判所福山支部令和7年（ケ）第58号担保不動産競売事件において、{r_(div)}の配当期日に当社が配当を受け、"
           "別紙のとおり手続費用、損害金、元本の順に充当いたしました。", size=10)
    p.para(f"しかしながら、下記のとおり、なお債務が残存しております。つきましては、下記金額を{r_(due)}までに一括してお支払い"
           "いただきますようお願い申し上げます。一括でのお支払いが困難な場合は、同日までに必ず当社担当者へご相談ください。",
           size=10)
    at(p, 190, p.y + 4, "敬具", 10, "serif", "r")
    p.y += 9
    at(p, 105, p.y, "記", 10.5, "serif", "c")
    p.y += 4
    p.table([["債権譲渡人", "ごいさぎ住宅保証株式会社"], ["債権譲受日", r_(assg)],
             ["原契約の期限の利益喪失日", r_(acc)], ["原契約の最終ご返済日", r_(lastp)],
             ["代位弁済日（ごいさぎ住宅保証）", r_(sub)], ["配当期日", r_(div)]], [70, 80], x=30, size=9.5, row_h=6.6,
            ruled="rows", aligns="ll", font="serif")
    p.y += 4
    at(p, 30, p.y, f"ご残債務（{r_(asof)}算出）", 10.5, "serif-bold")
    p.y += 2.5
    p.table([["残元本", en(P)], [f"損害金（{r_(div + ONE)}から算出日まで　年14.0％）", en(L)], ["ご残債務合計", en(T)]],
            [110, 40], x=30, size=10, row_h=7.6, aligns="lr", font="serif")
    p.y += 4
    y = p.y
    frame(p, 30, y, 150, 11, 0.7)
    at(p, 34, y + 7.4, "お支払期限", 10.5, "serif-bold")
    at(p, 70, y + 7.6, rw(due), 12, "serif-bold")
    p.y = y + 15
    p.para("※残元本に対し、算出日の翌日から完済まで年14.0％（年365日の日割計算）の割合による損害金が加算されます。",
           size=8.8, indent="")
    p.para("※配当金の充当の明細は別紙（2枚目）をご覧ください。", size=8.8, indent="")
    p.gap(4)
    for i, s in enumerate(["株式会社住宅債権管理回収機構　西日本回収部", "〒730-0000　広島市中区鯉城通九丁目9番9号",
                           "電話　082-000-5591（直通）　受付　平日9時～17時30分　担当　海津"]):
        at(p, 190, p.y + 4 + i * 5, s, 9.5, "serif", "r")
    p2 = Page(font="serif", size=10, top=18, left=20, right=20)
    p2.title("別紙　配当金充当計算書", size=13.5, font="serif-bold")
    p2.para(f"事件番号　広島地方裁判所福山支部　令和7年（ケ）第58号　／　配当期日　{r_(div)}", size=9.5, indent="")
    p2.para("債権番号　2507-0583-11　　債務者　沓名　美津子　様", size=9.5, indent="")
    p2.gap(3)
    p2.table([["項目", "配当前債権額", "充当額", "充当後残額"],
              ["手続費用（立替）", en(Cb), en(Cb), "0円"],
              [f"損害金（{r_(sub + ONE)}～{r_(div)}）", en(Lb), en(Lb), "0円"],
              ["元本（求償元金）", en(Pb), en(to_p), en(P)],
              ["計", en(Cb + Lb + Pb), en(DIV), en(P)]], [62, 38, 36, 34], x=20, header=True, size=9, row_h=7.5,
             aligns="lrrr", font="serif")
    p2.gap(3)
    p2.para(f"配当金　{en(DIV)}（売却代金　16,850,000円）", size=9.5, indent="")
    p2.para("充当の順序　手続費用 → 損害金 → 元本（民法第489条）", size=9.5, indent="")
    p2.para("※損害金は年14.0％、年365日の日割計算。円未満切捨て。", size=9, indent="")
    p2.gap(8)
    frame(p2, 20, p2.y, 170, 44, 0.3)
    y = p2.y
    at(p2, 24, y + 6, "ご返済についてのご相談票（ご記入のうえご返送ください）", 10, "serif-bold")
    for i, s in enumerate(["□ 一括で支払う（お支払予定日　　　年　　月　　日）",
                           "□ 分割での支払を相談したい（月々のご返済可能額　　　　　　円）",
                           "□ 電話での連絡を希望する（ご連絡先　　　　－　　　　－　　　　）",
                           "ご署名　　　　　　　　　　　　　　　　　　　記入日　　　年　　月　　日"]):
        at(p2, 28, y + 15 + i * 8, s, 9.5, "serif")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="082-000-5591", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="ごいさぎ住宅保証株式会社", debtor="沓名美津子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assg,
               reference="2507-0583-11", input_kind="pdf_text_2page",
               template="proxy67_real_servicer_rest_after_auction_allocation_sheet", received=D(2026, 6, 17))
    return dict(stem="bx04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of the rest after the 競売, 2 pages)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可番号第91号」 in small serif under "
                        "the name top-left; all serif; the amounts 「算出」 on 6/10 ≠ the letter date 6/15; a rows-ruled 記 "
                        "block (債権譲渡人, 債権譲受日, 原契約の期限の利益喪失日, 原契約の最終ご返済日, 代位弁済日, 配当期日); a "
                        "3-row table 残元本 / 損害金 (window in the label) / ご残債務合計, no interest; p.2 a 配当金充当計算書 "
                        "(手続費用 / 損害金 / 元本 before and after, 配当金 14,326,000, 売却代金 16,850,000 — all distractors) "
                        "and a ご返済についてのご相談票 with tick boxes")


# ---------------------------------------------------------------------------------------------------------------
# bx05 real servicer (アルファ債権回収, 第101号) 業務受託のご通知: creditor stays the consumer-loan company.


def bx05():
    R = 20.0
    issued, asof, due = D(2026, 4, 6), D(2026, 3, 31), D(2026, 4, 24)
    acc, lastp, ent = D(2026, 1, 5), D(2025, 10, 20), D(2026, 3, 25)
    P, I = 378_112, 9_650
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=14, left=20, right=20)
    hline(p, 20, 190, 13, 1.2, TEAL)
    at(p, 20, 21, "アルファ債権回収株式会社", 12.5, "sans-bold", color=TEAL)
    at(p, 20, 25.5, "（法務大臣許可番号　第１０１号）", 7.8, color=TEAL)
    at(p, 190, 20, f"発行日　{r_(issued)}", 9, align="r")
    at(p, 190, 25, "受付番号　AL-26-118204", 9, align="r")
    hline(p, 20, 190, 28, 0.3, TEAL)
    at(p, 22, 38, "〒860-0000", 9.5)
    at(p, 22, 43, "熊本県熊本市東区ひばごん坂九丁目9番9号", 9.5)
    at(p, 28, 52, "宇佐神　陽菜　様", 13.5)
    p.y = 60
    hline(p, 55, 155, p.y, 0.4)
    hline(p, 55, 155, p.y + 0.9, 0.4)
    p.y += 2
    p.line("業務受託のご通知", align="c", size=15, font="sans-bold")
    hline(p, 55, 155, p.y, 0.4)
    hline(p, 55, 155, p.y + 0.9, 0.4)
    p.y += 4
    p.para(f"当社は、株式会社カルミアファイナンス（以下「委託者」といいます。）から、貴殿と委託者との間の下記ご契約に基づく"
           f"債権について、{r_(ent)}付で管理及び回収業務の委託を受けました。", size=9.8)
    p.para("債権者は引き続き委託者でございますが、今後のお支払い及びご相談はすべて当社にてお受けいたします。委託者への"
           "直接のお支払いはなさらないようお願いいたします。", size=9.8)
    p.para(f"なお、貴殿は{r_(acc)}をもって期限の利益を喪失しておられますので、下記ご請求額を{r_(due)}までに一括してお支払い"
           "くださいますようお願いいたします。", size=9.8)
    p.gap(2)
    rows = [("■ 委託者（債権者）", "株式会社カルミアファイナンス"), ("■ 業務委託開始日", r_(ent)),
            ("■ ご契約", f"金銭消費貸借契約（カードローン）　借入日 {r_(D(2022, 7, 11))}　極度額 500,000円"),
            ("■ 委託者会員番号", "＊＊＊＊－＊＊＊＊－7705"), ("■ 最終取引日", r_(lastp)),
            ("■ 期限の利益喪失日", r_(acc))]
    p.kv(rows, x=24, label_w=40, size=9.5)
    p.gap(3)
    y = p.y
    frame(p, 24, y, 162, 40, 0.4, TEAL)
    at(p, 28, y + 6, f"ご請求額（計算基準日　{r_(asof)}）", 10, "sans-bold", color=TEAL)
    dots(p, "残元本", en(P), 32, 178, y + 13.5, 10)
    dots(p, "経過利息（喪失日まで）", en(I), 32, 178, y + 19.5, 10)
    dots(p, "遅延損害金（喪失日の翌日から計算基準日まで　年20.0％）", en(L), 32, 178, y + 25.5, 10)
    hline(p, 32, 178, y + 28.5, 0.3)
    dots(p, "合計", en(T), 32, 178, y + 35, 11, "sans-bold")
    p.y = y + 44
    at(p, 24, p.y + 4, "お支払期限", 10.5, "sans-bold")
    at(p, 52, p.y + 4.3, rw(due), 12, "sans-bold", color=RED)
    p.y += 9
    p.para("お振込先　ひがし肥後銀行　本店営業部　普通預金　0028531　アルファサイケンカイシュウ（カ）クマモト", size=9,
           indent="")
    p.para("※計算基準日の翌日以降も、残元本に対し年20.0％の割合による遅延損害金が日々発生いたします。", size=8.5, indent="")
    p.para("※委託者からの「債権管理回収業務委託のお知らせ」を同封しております。", size=8.5, indent="")
    p.gap(3)
    y = p.y
    frame(p, 110, y, 80, 27, 0.3, fill=PALE)
    at(p, 113, y + 5.5, "お問い合わせ先", 9, "sans-bold")
    at(p, 113, y + 10.5, "アルファ債権回収株式会社 九州センター", 8.5)
    at(p, 113, y + 15, "〒812-0000 福岡市博多区呉服浜九丁目9番9号", 7.8)
    at(p, 113, y + 19.5, "TEL 092-000-3374（平日9:30～18:00）", 8.5)
    at(p, 113, y + 24, "担当　能勢谷", 8.5)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="092-000-3374", creditor="株式会社カルミアファイナンス", status="licensed",
               original="株式会社カルミアファイナンス", debtor="宇佐神陽菜", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=None, reference="AL-26-118204", input_kind="pdf_text",
               template="proxy67_real_servicer_entrustment_notice_dot_leaders", received=D(2026, 4, 8))
    return dict(stem="bx05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託通知, consumer loan)",
                unusual="real servicer ★ アルファ債権回収株式会社 with 「（法務大臣許可番号　第１０１号）」 in FULL-width under "
                        "the teal name; 業務受託のご通知 between double rules; entrusted, not sold (creditor = 委託者 = "
                        "original); ■ label lines (委託者（債権者）, 業務委託開始日, ご契約 with 借入日 and 極度額 500,000円, a "
                        "masked 委託者会員番号, 最終取引日, 期限の利益喪失日); the amounts as middle-dot leaders in a teal "
                        "frame (残元本 / 経過利息（喪失日まで） / 遅延損害金 with the window and 年20.0％ / 合計), 計算基準日 "
                        "3/31 ≠ the letter date; お支払期限 in red; contact box bottom-right")


# ---------------------------------------------------------------------------------------------------------------
# bx06 real servicer (エー・シー・エス, NO licence number printed) ご請求金額明細書 sent by fax on request.


def bx06():
    R = 3.0
    issued, due = D(2026, 5, 19), D(2026, 5, 29)
    acc, lastp, assg = D(2025, 9, 27), D(2025, 7, 27), D(2025, 12, 15)
    P, I = 264_380, 17_262
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    frame(p, 18, 14, 174, 30, 0.6)
    band(p, 18, 14, 174, 7, "ＦＡＸ送信のご案内", (0.2, 0.2, 0.2), size=10.5)
    grid(p, 18, 21, [25, 62, 25, 62], [
        ["送信日", f"{slash(issued)}（{wd(issued)}）", "送信枚数", "本紙を含め1枚"],
        ["宛先", "楠部　大輔　様", "宛先FAX", "042-000-7718"],
        ["送信元", "エー・シー・エス債権管理回収（株）", "ご用件", "ご依頼の残高明細"]], h=7.6, size=9, lsize=8)
    p.y = 50
    p.title("ご請求金額明細書", size=15)
    p.para("先日はお電話をいただきありがとうございました。ご依頼のありました現在のご請求金額の明細を、下記のとおりお送り"
           "いたします。", size=9.8)
    p.gap(1)
    y = grid(p, 18, p.y, [30, 57, 30, 57], [
        ["お問合せ番号", "ACS-261-40935", "ご契約内容", "ショッピング分割払い"],
        ["債権譲渡人", "セルリア信販株式会社", "債権譲受日", r_(assg)],
        ["期限の利益喪失日", r_(acc), "最終入金日", r_(lastp)],
        ["ご購入日", h_(D(2018, 11, 3)), "ご購入商品", "学習教材一式（分割36回）"]], h=7.6, size=9, lsize=8)
    p.y = y + 5
    p.table([["項　目", "金　額", "備　考"],
             ["立替金残高", en(P), "ご購入代金のうち未払分"],
             ["分割手数料", en(I), "期限の利益喪失日までの分"],
             ["遅延損害金", en(L), f"{r_(acc + ONE)}～{r_(issued)}　年3.0％"],
             ["ご請求金額合計", en(T), f"{r_(issued)}現在"]], [42, 38, 94], x=18, header=True, size=9.8, row_h=8,
            aligns="lrl")
    p.y += 5
    y = p.y
    frame(p, 18, y, 174, 13, 1.0)
    at(p, 22, y + 8.4, "ご入金期限", 11.5, "sans-bold")
    at(p, 55, y + 8.6, rw(due), 13.5, "sans-bold")
    at(p, 188, y + 8.4, "（期限までに一括でお振込みください）", 9, align="r")
    p.y = y + 18
    p.para("お振込先　いなほ銀行　千葉西支店　普通預金　0093126　エーシーエスサイケンカンリカイシュウ（カ", size=9.3, indent="")
    p.para("分割でのご返済をご希望の場合は、ご入金期限までに担当者へお電話ください。ご返済計画を一緒に検討いたします。",
           size=9.3, indent="")
    p.gap(6)
    y = p.y
    hline(p, 18, 192, y, 0.4)
    at(p, 18, y + 6.5, "エー・シー・エス債権管理回収株式会社", 11, "sans-bold")
    at(p, 18, y + 12, "〒261-0000　千葉県千葉市美浜区潮騒の丘九丁目9番9号", 9)
    at(p, 18, y + 17, "管理第三課　担当　冷水（ひやみず）", 9)
    at(p, 18, y + 22, "TEL 043-000-2861　／　FAX 043-000-2869　（月～金 9:00～18:00）", 9)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=None,
               phone="043-000-2861", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="セルリア信販株式会社", debtor="楠部大輔", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assg,
               reference="ACS-261-40935", input_kind="fax_tiff", template="proxy67_real_servicer_statement_by_fax_no_licence",
               received=issued)
    return dict(stem="bx06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:08 ACS SAIKEN KANRI 043-000-2869",
                about="collection_notice (real servicer, amounts sent by fax on request, no licence number)",
                unusual="one-page G4 fax; real servicer ★ エー・シー・エス債権管理回収株式会社 with NO licence number "
                        "printed anywhere (→ licensed, licence null); a ＦＡＸ送信のご案内 grid at the top with the "
                        "addressee's own FAX 042-000-7718 (distractor); a 4×2 shaded grid (お問合せ番号, ご契約内容, "
                        "債権譲渡人, 債権譲受日, 期限の利益喪失日, 最終入金日, 平成30年 ご購入日, 学習教材 36回); a 3-column "
                        "table 項目 / 金額 / 備考 with 立替金残高 (→ principal) / 分割手数料 (→ interest) / 遅延損害金 at "
                        "年3.0％ (window in the 備考 column) / ご請求金額合計; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------------------------
# bx07 縦書き joint 債権譲渡通知書 (信用金庫 → real servicer 日本債権回収, no licence number), digital.


def bx07():
    R = 14.6
    issued, assg = D(2026, 7, 1), D(2026, 6, 25)
    acc, lastp, contract = D(2025, 11, 5), D(2025, 8, 5), D(2019, 3, 8)
    P, I = 1_186_400, 23_912
    L = late(P, R, acc + ONE, assg)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人潮路信用金庫は、貴殿に対して有する下記の債権を、これに付随する利息、遅延損害金その他一切の権利とともに、"
                 f"{kd(assg)}付で譲受人日本債権回収株式会社に譲渡いたしましたので、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", "つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。"),
        ("indent", "記"),
        ("indent", f"一　原契約　{kd(contract)}付金銭消費貸借契約（カードローン）"),
        ("indent", f"二　最終弁済日　{kd(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kd(acc)}"),
        ("indent", f"四　譲渡債権の額（{kd(assg)}現在）"),
        ("plain", f"　　　元金　　　　{kyen(P)}"),
        ("plain", f"　　　利息　　　　{kyen(I)}"),
        ("plain", f"　　　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　合計　　　　{kyen(T)}"),
        ("indent", f"五　遅延損害金の割合　{frate(R, 'kansuji')}（年三百六十五日の日割計算）"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "（譲渡人）高知県高知市鏡川浜通九番九号"),
        ("low", "潮路信用金庫　理事長　鯨波　正道"),
        ("low", "（譲受人）東京都千代田区麹町九丁目九番九号"),
        ("low", "日本債権回収株式会社　代表取締役　大曲　悟"),
        ("low", "お問い合わせ先　電話　〇三（〇〇〇〇）五二一八"),
        ("blank", ""),
        ("low", "高知県南国市ひよせ町九番九号"),
        ("low", "志々目　和枝　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 67071))
    from samples.letters.layout import VText
    names = [t.x for t in pg.items if isinstance(t, VText) and ("鯨波" in t.s or "大曲" in t.s)]
    near = [t for t in pg.items if isinstance(t, VText) and min(names) - 8 < t.x < max(names) + 8]
    bottom = max(t.y + len(t.s) * size * 0.3528 * 1.05 for t in near)
    for key, sd in (("鯨波", 67072), ("大曲", 67073)):
        it = [t for t in pg.items if isinstance(t, VText) and key in t.s][0]
        pg.items.append(Seal(it.x, bottom + 8, 10, "round",
                             "潮路信用金庫|理事長" if sd == 67072 else "日本債権回収|代表取締役", seed=sd))
    tr = truth(document_type="assignment_notice", sender="日本債権回収株式会社", phone="03-0000-5218",
               creditor="日本債権回収株式会社", status="licensed", original="潮路信用金庫", debtor="志々目和枝",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assg, reference=None, input_kind="vertical_pdf",
               template="proxy67_vertical_joint_assignment_shinkin_to_servicer", received=D(2026, 7, 3))
    return dict(stem="bx07", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint, 信用金庫 → real servicer, 縦書き 内容証明)",
                unusual="縦書き joint 債権譲渡通知書 (内容証明 stamp, digital): 譲渡人 a 信用金庫 (理事長) and 譲受人 ★ "
                        "日本債権回収株式会社 (registry, NO licence number printed → licensed) in one block at the end with "
                        "two round seals; positional kanji amounts (金百十八万六千四百円 …) indented under 四; rate "
                        "年十四・六パーセント in words; contract date 平成三十一年; informs only (no payment date); phone in "
                        "kanji digits 〇三（〇〇〇〇）五二一八; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------------------------
# bx08 real servicer (オリックス債権回収, 第11号) 分割弁済のご案内 by fax, 2 pages (p.2 申込書).


def bx08():
    R = 20.0
    issued, asof, reply = D(2026, 8, 24), D(2026, 8, 20), D(2026, 9, 11)
    acc, lastp, assg = D(2024, 12, 2), D(2024, 9, 30), D(2025, 6, 30)
    P, I = 612_480, 14_366
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    n, first = 36, D(2026, 9, 30)
    inst = P // n
    last_amt = P - inst * (n - 1)
    assert inst * (n - 1) + last_amt == P
    p = Page(font="sans", size=9.8, top=16, left=18, right=18)
    at(p, 18, 20, "オリックス債権回収株式会社", 12, "sans-bold")
    at(p, 18, 24.5, "法務大臣許可　第11号", 8.5)
    at(p, 192, 20, f"送信日　{r_(issued)}", 9.5, align="r")
    at(p, 192, 25, "ご照会番号　OX-0630-22187", 9.5, align="r")
    at(p, 18, 36, "仙洞田　亮　様", 13)
    at(p, 18, 41, "（FAX 06-0000-3382）", 8.5)
    p.y = 47
    p.title("分割弁済のご案内", size=15)
    p.y -= 2
    p.line("― 和解条件のご提示 ―", align="c", size=10)
    p.gap(2)
    p.para(f"貴殿の丹頂ファイナンス株式会社に対する債務（当社が{r_(assg)}に譲り受けたもの）につき、先日のお電話でのご相談を"
           "踏まえ、下記の条件による分割でのご返済に応じることといたしました。", size=9.8)
    p.para(f"なお、貴殿は{r_(acc)}に期限の利益を喪失され、最終のご入金は{r_(lastp)}となっております。", size=9.8)
    p.gap(1)
    at(p, 18, p.y + 4, f"1．現在のご債務（{r_(asof)}時点）", 10, "sans-bold")
    p.y += 6
    p.table([["残元金", "未払利息", "遅延損害金（年20％）", "ご債務総額"], [en(P), en(I), en(L), en(T)]],
            [42, 40, 48, 44], x=18, header=True, size=9.8, row_h=8, aligns="rrrr")
    p.y += 3
    at(p, 18, p.y + 4, "2．ご提案する和解条件", 10, "sans-bold")
    p.y += 7
    for s in [f"(1) 和解金額　金{P:,}円（残元金相当額）",
              f"(2) お支払方法　{r_(first)}を初回とし、毎月末日限り金{inst:,}円ずつ{n - 1}回、最終回金{last_amt:,}円（計{n}回）",
              "(3) 上記を遅滞なくお支払いいただいた場合、未払利息及び遅延損害金の全額を免除いたします。",
              f"(4) お支払いを2回以上怠り、その額が金{inst * 2:,}円に達したときは、期限の利益を失い、残額及び年20％の"
              "遅延損害金を直ちにお支払いいただきます。"]:
        p.para(s, x0=22, size=9.5, indent="")
    p.gap(3)
    y = p.y
    frame(p, 18, y, 174, 15, 1.4)
    at(p, 22, y + 6.5, "ご回答期限", 11, "sans-bold")
    at(p, 54, y + 10, f"{rw(reply)}必着", 14, "sans-bold")
    at(p, 188, y + 6, "同封の和解申込書を", 8.5, align="r")
    at(p, 188, y + 11, "ご返送ください", 8.5, align="r")
    p.y = y + 20
    p.para("ご回答期限までにご返送がない場合、本提案は失効し、ご債務総額の一括でのお支払いをお願いすることになります。",
           size=9, indent="")
    p.gap(4)
    y = p.y
    frame(p, 96, y, 96, 24, 0.3)
    at(p, 99, y + 5.5, "オリックス債権回収株式会社　大阪管理部", 9, "sans-bold")
    at(p, 99, y + 10.5, "〒530-0000 大阪市北区曾根崎浜九丁目9番9号", 8)
    at(p, 99, y + 15.5, "TEL 06-0000-4471　FAX 06-0000-4479", 8.5)
    at(p, 99, y + 20.5, "担当　朽網（くさみ）　受付 平日9:00～17:45", 8.5)
    p2 = Page(font="sans", size=10, top=20, left=20, right=20)
    p2.title("和解申込書", size=15, spaced=True)
    p2.line("オリックス債権回収株式会社　御中", size=10.5)
    p2.gap(3)
    p2.para(f"私は、貴社ご提示の{r_(issued)}付「分割弁済のご案内」記載の条件により、下記のとおり和解を申し込みます。", size=10)
    p2.gap(2)
    p2.table([["ご照会番号", "OX-0630-22187"], ["和解金額", f"金{P:,}円"], ["初回お支払日", r_(first)],
              ["毎月のお支払額", f"金{inst:,}円（最終回 金{last_amt:,}円）"], ["お支払回数", f"{n}回"]], [45, 125], x=20,
             size=10, row_h=9, shade_col0=True, aligns="ll")
    p2.gap(8)
    for s in ["申込日　令和　　年　　月　　日", "ご住所", "ご署名　　　　　　　　　　　　　　　　　　　　　印",
              "ご連絡先電話番号　　　　（　　　　）"]:
        p2.line(s, x=24, size=10.5)
        p2.gap(4)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="06-0000-4471", creditor="オリックス債権回収株式会社", status="licensed",
               original="丹頂ファイナンス株式会社", debtor="仙洞田亮", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assg, reference="OX-0630-22187", input_kind="fax_tiff",
               template="proxy67_real_servicer_installment_offer_fax", received=issued)
    return dict(stem="bx08", ext="tif", kind="fax_tiff", pages=[p.spec, p2.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:52 ORIX SAIKEN OSAKA 06-0000-4479",
                about="settlement_proposal (real servicer 分割弁済のご案内, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可　第11号」 (no 番号) "
                        "under the name top-left; 送信日 and ご照会番号 top-right; the addressee's own FAX under the name "
                        "(distractor); amounts 「時点」 8/20 ≠ 送信日 8/24 in a 4-column one-row table ending in ご債務総額; "
                        "the terms as (1)–(4) paragraphs (和解金額 = 残元金, 35 × 17,013 + 17,025, the waiver, the 34,026 "
                        "default threshold — all distractors); a heavy-framed ご回答期限 …必着 (= payment_due); p.2 a "
                        "和解申込書 with a shaded table and blanks")


LETTERS = [bx01, bx02, bx03, bx04, bx05, bx06, bx07, bx08]
