"""Proxy set 55, letters bl01–bl08: "old debts and the statute of limitations". A servicer's first ご請求書 on a card
debt bought eleven years after the default; an invented servicer's 「一部でもご入金いただければ」 letter (a 債務承認
trap); a 債務残高確認書 sent by fax for signature; a 和解 offer that waives twelve years of 遅延損害金; a 支払督促 and a
訴状 on old debts (the court's dates beside the old contract's); a 仮執行宣言付支払督促 on a debt last paid in 2014; a
guarantee company restating a 判決 of ten years ago before its 10-year period runs out."""

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
    era,
    grid,
    late,
    qr,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
PLUM = (0.42, 0.12, 0.38)
OLIVE = (0.33, 0.38, 0.08)
BRICK = (0.62, 0.22, 0.10)


def wa(d: D, fwid: bool = False, gannen: bool = True) -> str:
    """平成 before 2019-05-01, 令和 after (令和元年 for 2019 unless gannen=False)."""
    if d >= D(2019, 5, 1):
        y = d.year - 2018
        s = f"令和{'元' if (y == 1 and gannen) else y}年{d.month}月{d.day}日"
    else:
        s = f"平成{d.year - 1988}年{d.month}月{d.day}日"
    return fw(s) if fwid else s


def hjis(d: D) -> str:
    """JIS X 0301 initial with a dot, no zero padding: H27.8.27 / R8.1.20."""
    return (f"H{d.year - 1988}" if d < D(2019, 5, 1) else f"R{d.year - 2018}") + f".{d.month}.{d.day}"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def nxt(d: D) -> D:
    return d + timedelta(1)


# ---------------------------------------------------------------------------------------------
# bl01 real servicer's first ご請求書 on a card debt bought eleven years after the default (平成26年 dates).


def bl01():
    R = 18.0
    issued, due = D(2025, 11, 18), D(2025, 12, 5)
    lastp, acc, assign = D(2014, 3, 31), D(2014, 6, 27), D(2025, 10, 31)
    P, I = 412_880, 23_614
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    assert L > P
    p = Page(font="sans", size=10, top=12)
    p.at(196, 15, f"発行日　{era(issued)}", size=9, align="r")
    for i, s in enumerate(["アルファ債権回収株式会社", "法務大臣許可番号　第101号", "〒104-0000 東京都中央区あさぼらけ台九丁目9番9号",
                           "債権管理第二部　担当　曲田", "フリーダイヤル 0120-000-614", "受付 平日 9:30～18:00"]):
        p.at(196, 23 + i * 4.6, s, size=11 if i == 0 else 8.6, font="sans-bold" if i == 0 else "sans", align="r")
    p.seal(186, 36, 13, "square", "アルファ債権回収之印", angle=4, seed=55011)
    window(p, 16, 20, "940-0000", ["新潟県長岡市しらつゆ台九丁目9番9号", "コーポしらつゆ203"], "篭谷　圭吾　様", "bl01",
           w=96, h=42, size=9.5, code="2511-A3-0427")
    stamp(p, 16, 66, "親展", color=RED, size=11)
    p.y = 78
    p.title("ご　請　求　書", size=18)
    p.line("― 債権譲受のご案内を兼ねて ―", align="c", size=10, color=GRAY)
    p.gap(2)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"さて、貴殿が株式会社まこもカードとの間で締結されたカード会員契約に基づく債権につきましては、{era(assign)}付で"
           "当社が同社より譲り受け、譲渡の通知は同社より別途なされております。つきましては、本日現在の下記ご請求金額を"
           f"{era(due)}（{wd(due)}）までにお支払いくださいますようお願い申し上げます。", size=9.8)
    p.para("なお、貴殿は下記の期限の利益喪失日をもって期限の利益を喪失されておりますので、ご請求金額は一括でのお支払いとなります。"
           "ご事情によりお支払いが困難な場合は、お支払期限までにフリーダイヤルへご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    y = grid(p, 16, p.y, [30, 60, 30, 60],
             [["お客様番号", "AF-07-88213", "原債権者", "株式会社まこもカード"],
              ["ご契約日", "平成19年6月8日", "会員番号", "5210-＊＊＊＊-＊＊＊＊-3306"],
              ["最終取引日", fw(wa(lastp)), "期限の利益喪失日", fw(wa(acc))],
              ["債権譲受日", era(assign), "ご利用限度額", "500,000円"]], h=7.2, size=9, lsize=8)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{era(issued)}現在）", x=16, size=10, font="sans-bold")
    p.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["未収利息・手数料", f"{I:,}円"],
             [f"遅延損害金（{wa(nxt(acc))}から{era(issued)}まで 年18.0％）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [128, 50], x=16, header=True, aligns="lr", size=9.6, row_h=7.6)
    p.add(Box(16, p.y - 7.6, 178, 7.6, 0.9))
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 86, 17, 0.8, NAVY, (0.93, 0.95, 0.99)))
    p.at(20, y + 6.5, "お支払期限", size=10, font="sans-bold", color=NAVY)
    p.at(20, y + 13.5, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(106, y + 5, "お振込先", size=9, font="sans-bold")
    p.at(106, y + 10, "ほうちゃく銀行 本店営業部 普通預金 6140227", size=8.8)
    p.at(106, y + 14.5, "口座名義 アルフアサイケンカイシユウ（カ", size=8.8)
    p.y = y + 21
    p.para("※遅延損害金は、残元金に対し期限の利益喪失日の翌日から完済の日まで年18.0％（年365日の日割計算）の割合で発生し"
           "ます。お支払いの日によりご請求金額が変わりますので、お振込の前にお電話でご確認ください。", size=8.6, indent="")
    p.para("※ご返済方法のご相談（月々のお支払額のご提案）も承ります。お振込の際は、お名前の前にお客様番号をご入力ください。",
           size=8.6, indent="")
    p.para("※本状と行き違いにご入金いただいた場合は、ご容赦ください。当社は債権管理回収業に関する特別措置法に基づき法務大臣の"
           "許可を受けた債権回収会社です。", size=8.6, indent="")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-614", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社まこもカード", debtor="篭谷圭吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AF-07-88213", input_kind="pdf_text",
               template="proxy55_servicer_first_demand_card_bought_after_eleven_years", received=D(2025, 11, 20))
    return dict(stem="bl01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer's first ご請求書 on a card debt defaulted in 2014)",
                unusual="real servicer ★ アルファ債権回収株式会社 with 「法務大臣許可番号　第101号」 in a right-aligned sender "
                        "block top-RIGHT with a seal, the addressee in a window block top-LEFT with a mailing code "
                        "2511-A3-0427 (distractor); title 「ご請求書」 with the subtitle 「債権譲受のご案内を兼ねて」; a shaded "
                        "2×4 label grid with 最終取引日 / 期限の利益喪失日 in FULL-WIDTH 平成 (平成２６年３月３１日 / "
                        "平成２６年６月２７日) beside the 令和 譲受日; a table whose 遅延損害金 (eleven years at 18 %) is twice the "
                        "残元金; 平成19年 contract, masked 会員番号 and ご利用限度額 500,000 as distractors")


# ---------------------------------------------------------------------------------------------
# bl02 invented servicer: 「一部でもご入金いただければ」 — a 1,000-yen payment invited on a debt last paid in 2015.


def bl02():
    R = 20.0
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    lastp, acc, assign = D(2015, 8, 27), D(2015, 10, 28), D(2024, 12, 20)
    P = 286_410
    L = late(P, R, nxt(acc), issued)
    T = P + L
    p = Page(font="sans", size=10.2, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=PLUM))
    p.at(15, 6.3, "HIWADA SERVICER", size=8, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "重要なお知らせ　必ずご開封ください", size=8, font="sans-bold", color=WHITE, align="r")
    p.at(15, 20, "ひわだ債権回収株式会社", size=14, font="sans-bold", color=PLUM)
    p.at(15, 25.5, "法務大臣許可番号　第３１４号", size=8.5, color=PLUM)
    p.at(196, 19, f"通知日　{hjis(issued)}", size=9.5, align="r")
    p.at(196, 24.5, "管理番号　HW-2601-0385", size=9.5, align="r")
    p.y = 33
    p.line("〒798-0000　愛媛県宇和島市たそがれ坂九丁目9番9号", size=10)
    p.line("馬上　千鶴　様", size=14)
    p.gap(5)
    p.line("ご入金のお願い", size=18, font="sans-bold", align="c")
    p.line("～ 一部でもご入金いただければ、ご相談に応じます ～", size=11, align="c", color=PLUM)
    p.gap(3)
    p.para("株式会社こごみローンから当社が譲り受けました貴殿の債権につきまして、これまで再三ご連絡を差し上げておりますが、"
           "現在までご入金・ご連絡をいただけておりません。", size=10)
    p.para("本来は下記ご請求総額を一括にてお支払いいただくものですが、一括でのお支払いが難しい場合には、まずは一部だけでも"
           "ご入金ください。ご入金を確認できましたら、今後のお支払方法について当社担当よりご提案いたします。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 34, 1.0, RED))
    p.at(20, y + 8, "ご請求総額", size=12, font="sans-bold")
    p.at(190, y + 9, f"{T:,}円", size=20, font="sans-bold", color=RED, align="r")
    p.add(Line(20, y + 13, 190, y + 13, 0.2, GRAY))
    p.at(24, y + 19, "元金", size=9.5)
    p.at(120, y + 19, f"{P:,}円", size=9.5, align="r")
    p.at(24, y + 25, f"遅延損害金（{hjis(nxt(acc))}～{hjis(issued)}、年20％）", size=9.5)
    p.at(120, y + 25, f"{L:,}円", size=9.5, align="r")
    p.at(24, y + 31, f"ご入金・ご連絡期限　{era(due)}（{wd(due)}）", size=10, font="sans-bold", color=RED)
    p.y = y + 38
    y = p.y
    p.add(Box(15, y, 181, 27, 0.4, None, (1.0, 0.97, 0.82)))
    p.at(20, y + 7, "1,000円からのご入金でも結構です", size=13, font="sans-bold", color=BRICK)
    for i, s in enumerate(["・ご入金額に決まりはございません。ご無理のない金額（例：1,000円、3,000円、5,000円）をお振込みください。",
                           "・ご入金いただいた方には、法的手続（支払督促・訴訟）への移行を一旦見合わせます。",
                           "・ご入金額は、遅延損害金、元金の順に充当いたします。"]):
        p.at(20, y + 13.5 + i * 4.8, s, size=8.7)
    p.y = y + 31
    p.kv([("原債権者", "株式会社こごみローン（平成22年4月 ご契約　極度額 500,000円）"),
          ("最終ご入金日", hjis(lastp)), ("期限の利益喪失日", hjis(acc)), ("債権譲受日", hjis(assign)),
          ("お振込先", "たらの信託銀行 松山支店 普通預金 3140385 ヒワダサイケンカイシユウ（カ")],
         x=18, label_w=36, size=9.3)
    p.gap(2)
    p.para("期限までにご入金・ご連絡のない場合は、ご請求総額の一括でのお支払いを求めて法的手続に移行いたします。", size=9.3,
           indent="")
    p.gap(3)
    p.at(15, p.y + 4, "お問合せ　ひわだ債権回収株式会社　四国管理センター　担当　越後谷", size=9.5, font="sans-bold")
    p.at(15, p.y + 9.5, "フリーダイヤル 0120-000-846（平日 9:00～19:00 / 土曜 10:00～15:00）", size=9.5)
    p.at(15, p.y + 14.5, "〒790-0000 愛媛県松山市つきしろ通九丁目9番9号", size=8.5)
    qr(p, 176, p.y + 1, 18, "bl02")
    tr = truth(document_type="collection_notice", sender="ひわだ債権回収株式会社", license_number=314,
               phone="0120-000-846", creditor="ひわだ債権回収株式会社", status="unverified",
               original="株式会社こごみローン", debtor="馬上千鶴", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="HW-2601-0385", input_kind="photo_jpeg",
               template="proxy55_invented_servicer_partial_payment_invitation", received=D(2026, 1, 22))
    return dict(stem="bl02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.84, shadow=0.22,
                          shadow_side="bottom", warm=0.2),
                about="collection_notice (invented servicer, 「一部でもご入金いただければ」 on a debt last paid in 2015)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; INVENTED servicer "
                        "「ひわだ債権回収株式会社」 with a Latin top band 「HIWADA SERVICER」 and 「法務大臣許可番号　第３１４号」 "
                        "in full-width (→ unverified); EVERY history date in JIS initials without padding (通知日 R8.1.20, "
                        "最終ご入金日 H27.8.27, 喪失 H27.10.28, 譲受 R6.12.20); a red-framed total with 元金 and a 遅延損害金 "
                        "twice its size; a yellow 「1,000円からのご入金でも結構です」 box (a 債務承認 trap: 1,000 / 3,000 / 5,000 "
                        "are distractors) promising to hold off legal steps; 極度額 500,000 and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# bl03 real servicer asks by fax for a signed 債務残高確認書 (a 承認 trap) on a housing-loan remainder; 2 pages.


def bl03():
    R = 14.0
    issued, back = D(2026, 2, 24), D(2026, 3, 13)
    acc, subro, sale, assign, lastp = D(2016, 7, 14), D(2016, 9, 30), D(2017, 3, 24), D(2019, 6, 28), D(2019, 4, 25)
    asof = D(2026, 1, 31)
    P = 8_406_200
    L = late(P, R, nxt(sale), asof)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 20, 0.4))
    p.at(19, 16, "送 信 票", size=13, font="sans-bold")
    p.at(60, 16, "卯辰　正臣　様", size=10.5)
    p.at(60, 22, "発信　株式会社住宅債権管理回収機構　債権管理部", size=9)
    p.at(60, 27.5, f"送信日 {fw(wa(issued))}　　枚数 ２枚（本紙を含む）", size=9)
    p.at(192, 16, "TEL 03-0000-5871　FAX 03-0000-5872", size=8.5, align="r")
    p.y = 36
    p.at(196, 38, "お客様番号　JH-7719-0425", size=9.5, align="r")
    p.y = 42
    p.title("債務残高確認書ご返送のお願い", size=15)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"当社が{wa(assign, gannen=True)}にあまどころ住宅保証株式会社から譲り受け、管理しております貴殿の求償債権"
           "（株式会社おにぐるみ銀行の住宅ローンに係るもの）につきまして、当社帳簿上の残高を下記のとおりお知らせいたします。",
           size=9.8)
    p.para("つきましては、内容をご確認のうえ、2枚目の「債務残高確認書」にご署名・ご捺印いただき、下記返送期限までに当社あて"
           "ご返送（FAX可）くださいますようお願いいたします。お支払方法については、ご返送後に担当よりご相談させていただきます。",
           size=9.8)
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 30, 178
    for lab, val in (("原債権者", "あまどころ住宅保証株式会社（保証会社）"), ("原契約", "株式会社おにぐるみ銀行　住宅ローン（平成18年11月）"),
                     ("期限の利益喪失日", fw(wa(acc))), ("代位弁済日", fw(wa(subro))), ("任意売却（決済）日", fw(wa(sale))),
                     ("最終ご入金日", fw(wa(lastp))), ("債権譲受日", fw(wa(assign)))):
        b = p.line(lab, x=x0, size=9.5)
        p.at(80, b, val, size=9.5)
    p.gap(2)
    p.line(f"債務残高（{fw(wa(asof))}現在）", x=x0 - 4, size=10.5, font="sans-bold")
    for lab, val, bold in (("求償元金残高", f"{P:,}円", False),
                           (f"損害金（{fw(wa(nxt(sale)))}から年14％）", f"{L:,}円", False),
                           ("債務残高合計", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1.2)
        b = p.line(lab, x=x0, size=10.5, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=10.5, align="r", font="sans-bold" if bold else "sans")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.1))
    p.at(28, y + 8, "ご返送期限", size=11, font="sans-bold")
    p.at(62, y + 8.3, f"{fw(wa(back))}（{wd(back)}）当社必着", size=12, font="sans-bold")
    p.y = y + 16
    p.para("※最終ご入金日は、平成29年5月から毎月お振込みいただいていた5,000円のご入金が最後に確認された日です。", size=8.8,
           indent="")
    p.para("※任意売却代金 19,800,000円は、あまどころ住宅保証株式会社において求償債権に充当済みです。", size=8.8, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社住宅債権管理回収機構", 11, "sans-bold"), ("法務大臣許可番号　第91号", 8.8, "sans"),
                     ("債権管理部　担当　伍代", 9.5, "sans"), ("〒162-0000 東京都新宿区はるさめ町九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-5871（平日 9:00～17:00）　FAX 03-0000-5872", 9, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(186, p.y - 16, 12, "square", "住宅債権管理回収機構之印", angle=-3, seed=55031)
    q = Page(font="serif", size=10.5, top=18)
    q.line("株式会社住宅債権管理回収機構　御中", size=11)
    q.gap(6)
    q.line("債 務 残 高 確 認 書", size=17, font="serif-bold", align="c")
    q.gap(5)
    q.para("私は、貴社に対し、下記の債務を負担していることを確認し、これを承認いたします。", size=11)
    q.gap(3)
    q.table([["項　目", "金　額"], ["求償元金残高", f"{P:,}円"], ["損害金", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [90, 60], x=30, header=True, aligns="lr", size=11, row_h=9, font="serif")
    q.line(f"（{wa(asof)}現在）", x=150, size=9.5)
    q.gap(5)
    q.line("お支払方法のご希望（該当するものに○）", size=10.5, font="serif-bold", x=24)
    for s in ("□　一括して支払う", "□　分割して支払う（月額　　　　　　円、毎月　　　日）", "□　担当者と相談したい"):
        q.line(s, x=32, size=10.5)
    q.gap(8)
    for s in ("令和　　年　　月　　日", "住　所", "氏　名　　　　　　　　　　　　　　　　　　　　　印", "電話番号"):
        q.line(s, x=60, size=11)
        q.add(Line(75, q.y - 1.5, 188, q.y - 1.5, 0.2))
        q.gap(5)
    q.gap(4)
    q.para("※本書は、ご署名・ご捺印のうえ、FAX（03-0000-5872）又は同封の返信用封筒にてご返送ください。", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-5871", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="あまどころ住宅保証株式会社", debtor="卯辰正臣", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JH-7719-0425", input_kind="fax_tiff",
               template="proxy55_servicer_balance_acknowledgement_form_fax", received=issued)
    return dict(stem="bl03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 JUTAKU SAIKEN KANRI 03-0000-5872",
                about="collection_notice (real servicer asks for a signed 債務残高確認書, 2-page fax)",
                unusual="2-page G4 fax with a 送信票 strip; real servicer ★ 株式会社住宅債権管理回収機構 (「法務大臣許可番号　"
                        "第91号」 in the sender lines at the bottom); it asks ONLY for the signed acknowledgement (「これを承認"
                        "いたします」 — a 時効 trap on a debt whose last payment was 平成31年4月) — the only date is a RETURN "
                        "deadline (payment_due null, lump false); seven history lines in FULL-WIDTH era including "
                        "令和元年６月２８日 (譲受) and 平成３１年４月２５日 (last payment); amounts as of 令和8年1月31日 ≠ the "
                        "送信日; 損害金 larger than the 元金; 5,000円 monthly and the 任意売却代金 19,800,000 as distractors; "
                        "p.2 the 債務残高確認書 form with □ boxes")


# ---------------------------------------------------------------------------------------------
# bl04 real servicer's 和解 proposal waiving twelve years of 遅延損害金 (元金のみ), 2 pages with a 承諾書.


def bl04():
    R = 18.0
    issued, due, asof = D(2026, 3, 31), D(2026, 4, 24), D(2026, 3, 31)
    lastp, acc, assign = D(2013, 7, 29), D(2013, 10, 27), D(2018, 3, 30)
    P, I = 198_544, 6_210
    L = late(P, R, nxt(acc), asof)
    T = P + I + L
    n, m, last_inst = 20, 10_000, 8_544
    assert m * (n - 1) + last_inst == P
    p = Page(font="serif", size=10.3, top=14)
    p.at(15, 19, "SMBC債権回収株式会社", size=13, font="serif-bold", color=(0.0, 0.35, 0.25))
    p.at(15, 24, "法務大臣許可番号　第10号", size=8.5)
    p.at(196, 18, wa(issued), size=10, align="r")
    p.at(196, 23.5, "ご照会番号　SB-18-330771", size=9.5, align="r")
    p.y = 32
    p.line("〒305-0000　茨城県つくば市かわたれ通九丁目9番9号", size=10)
    p.line("姥貝　由紀　様", size=13.5)
    p.gap(6)
    p.title("和解（ご返済条件）のご提案", size=15.5, font="serif-bold")
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。", size=10)
    p.para("株式会社つりばなクレジットから当社が譲り受けました貴殿のカードご利用代金債権につきまして、長期間ご入金が確認で"
           "きない状況が続いております。つきましては、貴殿の生活再建の一助となるよう、下記のとおり遅延損害金及び利息の全額を"
           "免除し、元金のみのお支払いで和解させていただくことをご提案いたします。", size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10)
    p.line(f"１．現在のご債務（{wa(asof)}現在）", size=10.5, font="serif-bold")
    p.table([["残元金", "利息", "遅延損害金（年18％）", "ご債務合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 36, 54, 46], x=20, header=True, aligns="rrrr", size=10, row_h=8, font="serif")
    p.para(f"（遅延損害金は{wa(nxt(acc))}から上記日付まで。原契約 平成17年9月ご入会、最終ご入金日 {wa(lastp)}、"
           f"期限の利益喪失日 {wa(acc)}、当社譲受日 {wa(assign)}）", x0=20, x1=196, size=8.8, indent="")
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="serif-bold")
    for s in (f"(1) 和解金額　金{P:,}円（元金相当額）",
              f"(2) 免除額　　利息 金{I:,}円及び遅延損害金 金{L:,}円の全額（下記のとおり完済された場合に限ります）",
              f"(3) お支払方法　令和8年5月から毎月27日限り金{m:,}円ずつ、{n}回目（令和10年1月27日）は金{last_inst:,}円",
              "(4) お支払いを2回以上怠り、その額が金20,000円に達したときは、免除は効力を失い、ご債務合計から既払額を控除"
              "した残額を直ちに一括してお支払いいただきます。"):
        p.para(s, x0=24, x1=194, size=9.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 176, 13, 1.0))
    p.at(24, y + 8.6, "ご回答期限", size=11, font="serif-bold")
    p.at(58, y + 8.8, f"{wa(due)}（{wd(due)}）までに承諾書をご返送ください", size=11.5,
         font="serif-bold")
    p.y = y + 17
    p.para("ご回答期限までにご返送がない場合、本提案はなかったものとし、ご債務合計の一括でのお支払いをお願いすることになります。",
           size=9.3, indent="")
    p.gap(3)
    for s, sz in (("SMBC債権回収株式会社　管理部　担当　八馬", 10), ("〒104-0000 東京都中央区ゆきげ台九丁目9番9号", 8.8),
                  ("お問合せ 0120-000-710（平日 9:00～17:30）", 9.5)):
        p.line(s, x=100, size=sz, font="serif")
    p.seal(186, p.y - 10, 12, "square", "SMBC債権回収之印", angle=2, seed=55041)
    q = Page(font="serif", size=10.5, top=18)
    q.line("SMBC債権回収株式会社　御中", size=11)
    q.line("ご照会番号　SB-18-330771", size=10, align="r")
    q.gap(6)
    q.line("承　諾　書", size=18, font="serif-bold", align="c")
    q.gap(5)
    q.para(f"私は、貴社に対し、{wa(asof)}現在、金{T:,}円の債務を負担していることを承認し、貴社ご提案の和解条件（和解金額 "
           f"金{P:,}円、令和8年5月から毎月27日限り金{m:,}円ずつの分割払い）を承諾します。", size=11)
    q.gap(6)
    q.table([["回", "お支払期日", "お支払額"], ["第1回", "令和8年5月27日", f"{m:,}円"], ["第2回～第19回", "毎月27日", f"各{m:,}円"],
             ["第20回", "令和10年1月27日", f"{last_inst:,}円"], ["合計", "", f"{P:,}円"]], [40, 60, 50], x=30, header=True,
            aligns="ccr", size=10.5, row_h=8.5, font="serif")
    q.gap(10)
    for s in ("令和　　年　　月　　日", "ご住所", "ご署名　　　　　　　　　　　　　　　　　　　　印", "お電話番号"):
        q.line(s, x=50, size=11)
        q.add(Line(70, q.y - 1.5, 188, q.y - 1.5, 0.2))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-710", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社つりばなクレジット", debtor="姥貝由紀", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SB-18-330771", input_kind="pdf_text_2page",
               template="proxy55_servicer_settlement_principal_only_waiver", received=D(2026, 4, 2))
    return dict(stem="bl04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, 元金のみ 和解 waiving twelve years of damages, 2 pages)",
                unusual="real servicer ★ SMBC債権回収株式会社 (Latin letters inside the name; 「法務大臣許可番号　第10号」 under "
                        "it top-left) in serif; a 4-column one-row ご債務 table whose 遅延損害金 (12 years at 18 %) is more than "
                        "twice the 残元金; the 平成 history (平成17年 入会, 最終ご入金日 平成25年7月29日, 喪失 平成25年10月27日, "
                        "譲受 平成30年3月30日) only in a bracket line under the table; the offer (和解金額 = 元金, 20 instalments, "
                        "the 20,000 threshold) as distractors; a framed ご回答期限; p.2 a 承諾書 that makes the debtor "
                        "「承認」 the whole sum, with a schedule table and blank signature lines")


# ---------------------------------------------------------------------------------------------
# bl05 新発田簡易裁判所 支払督促 on a debt last paid in 平成28年; the old contract's dates in a table; one scanned page.


def bl05():
    R = 20.0
    issued, filed = D(2026, 4, 14), D(2026, 4, 6)
    contract, lastp, acc, assign = D(2008, 5, 12), D(2016, 2, 26), D(2016, 4, 7), D(2021, 9, 30)
    P, I, C = 243_109, 4_877, 5_920
    L = late(P, R, nxt(acc), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第52号"
    p = Page(font="serif", size=10, top=12)
    p.at(196, 16, "令和８年（ロ）第５２号　譲受債権請求督促事件", size=10, align="r")
    p.y = 19
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債権者", "〒102-0000 東京都千代田区うすらい町九丁目9番9号"), ("", "日本債権回収株式会社　代表者代表取締役　淡路　昌平"),
          ("", "（送達場所）同社 新潟営業所　電話 025-000-6418"),
          ("債務者", "〒957-0000 新潟県新発田市ゆきげ台九丁目9番9号　蘆原　和弘")], x=18, label_w=18, size=9.3)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言をする。",
           size=10.3)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    x0, x1 = 26, 176
    for lab, val in (("１　元金", f"{P:,}円"), ("２　利息（期限の利益喪失日まで）", f"{I:,}円"),
                     (f"３　損害金（{wa(nxt(acc))}から{wa(filed)}まで年20％）", f"{L:,}円"),
                     ("４　督促手続費用", f"{C:,}円"), ("　　合計", f"{T:,}円")):
        if "合計" in lab:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.4))
            p.gap(1)
        b = p.line(lab, x=x0, size=9.8, font="serif-bold" if "合計" in lab else None)
        p.at(x1, b, val, size=9.8, align="r", font="serif-bold" if "合計" in lab else "serif")
    p.para(f"５　上記１の金額に対する{wa(nxt(filed))}から完済まで年20％の割合による遅延損害金", x0=x0, x1=190, size=9.5, indent="")
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    p.para("１　債権者が譲り受けた債権は、はりぎりファイナンス株式会社（原債権者）が債務者との間で締結した金銭消費貸借契約"
           "（極度額30万円、利率年18％、遅延損害金年20％）に基づく貸金債権であり、その経過は次のとおりである。", x0=20, x1=192,
           size=9.3, indent="")
    p.table([["年月日", "事　　実"], [wa(contract), "原債権者と債務者との契約締結"],
             [wa(lastp), "債務者の最終弁済（以後支払なし）"], [wa(acc), "期限の利益喪失（同日の経過による）"],
             [wa(assign), "原債権者から債権者への債権譲渡（同年10月債務者に通知）"],
             [wa(filed), "本件支払督促申立て"]], [46, 120], x=24, header=True, aligns="ll", size=9, row_h=6.2,
            font="serif")
    p.para("２　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。", x0=20, x1=192, size=9.3, indent="")
    p.gap(1)
    p.line(f"　　{fw(wa(issued))}", size=10.3)
    p.line("　　新発田簡易裁判所　裁判所書記官　小濱　　雅人", size=10.3)
    p.seal(150, p.y - 5, 14, "square", "新発田簡易裁判所書記官印", angle=0, seed=55051)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書に必要事項",
                           "を記載して当裁判所に提出してください。期間内に異議の申立てがないと、仮執行の宣言がされ、強制執行を受ける",
                           "ことがあります。",
                           "問合せ先　新発田簡易裁判所　督促係　電話 0254-00-2231（平日 8:30～17:00）"]):
        p.at(18, y + 5.5 + i * 5.2, s, size=8.7)
    p.y = y + 27
    p.line("これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="新発田簡易裁判所", phone="0254-00-2231",
               creditor="日本債権回収株式会社", status="licensed", original="はりぎりファイナンス株式会社",
               debtor="蘆原和弘", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="scan_png", template="proxy55_payment_order_old_debt_history_table",
               received=D(2026, 4, 17))
    return dict(stem="bl05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, real servicer creditor, debt last paid in 平成28年)",
                unusual="a 支払督促 of a court not used before (新発田簡裁) on ONE scanned page; the full-width case number with "
                        "the 事件名 on one line top-right; parties as kv lines, creditor ★ 日本債権回収株式会社 (in the registry "
                        "without a number; none printed) with its 送達場所 phone (distractor); 請求の趣旨 as numbered lines with "
                        "amounts flush right and a rule above 合計; the 請求の原因 as a 年月日 / 事実 TABLE where the old "
                        "contract's 平成 dates (平成20年 契約, 平成28年 最終弁済 and 喪失) stand beside 令和3年 譲渡 and the "
                        "令和8年 申立; the running item ５; a 損害金 of ten years twice the 元金; 極度額30万円 / 18 % as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# bl06 宇和島簡易裁判所 (ハ) 呼出状 + 訴状 by the invented servicer of bl02: the debtor paid 1,000 yen; 2 scanned pages.


def bl06():
    R = 20.0
    issued, sued, hearing, answer = D(2026, 5, 26), D(2026, 5, 11), D(2026, 6, 30), D(2026, 6, 23)
    lastp0, acc, assign, paid = D(2015, 8, 27), D(2015, 10, 28), D(2024, 12, 20), D(2026, 2, 3)
    P = 286_410
    L = late(P, R, nxt(acc), sued) - 1_000
    T = P + L
    case = "令和8年(ハ)第187号"
    p = Page(font="serif", size=10.5, top=16)
    p.table([["事件番号", fw("令和8年（ハ）第187号")], ["事 件 名", "譲受債権請求事件"], ["原　　告", "ひわだ債権回収株式会社"],
             ["被　　告", "馬上　千鶴"]], [26, 70], x=100, aligns="ll", size=9.5, row_h=6.6)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　馬上　千鶴　殿", size=12, x=20)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "また、訴状を読んで、下記の期限までに答弁書を提出してください。")
    p.gap(2)
    y = p.y
    for i, (lab, val) in enumerate((("期　　日", f"令和８年６月３０日（{wd(hearing)}）午前１０時００分"),
                                    ("場　　所", "宇和島簡易裁判所　第１号法廷（１階）"),
                                    ("答弁書提出期限", f"令和８年６月２３日（{wd(answer)}）"))):
        p.add(Box(22, y + i * 10, 40, 10, 0.3, None, SHADE))
        p.add(Box(22, y + i * 10, 166, 10, 0.3))
        p.at(25, y + i * 10 + 6.6, lab, size=10)
        p.at(66, y + i * 10 + 6.8, val, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    p.para("期日に出頭せず、答弁書も提出しないときは、原告の言い分どおりの判決がされることがあります。答弁書用紙の「分割払い"
           "を希望する」欄に記入すると、債務を認めたものと扱われることがありますので、ご注意ください。", size=9.8)
    p.gap(4)
    p.line(f"　　{fw(wa(issued))}", size=10.5)
    p.line("　　宇和島簡易裁判所　裁判所書記官　阿久澤　　卓", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "宇和島簡易裁判所書記官印", angle=0, seed=55061)
    p.gap(6)
    p.line("〒798-0000　愛媛県宇和島市いなずま通九丁目9番9号", size=9.3, x=20)
    p.line("宇和島簡易裁判所　民事係　電話 0895-00-2240　ＦＡＸ 0895-00-2241", size=9.3, x=20)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 18, 0.3, GRAY))
    p.at(24, y + 6.5, "（同封書類）訴状副本、甲第１号証ないし第４号証写し、答弁書用紙、答弁書の書き方", size=9)
    p.at(24, y + 12.5, "※原告担当者の電話番号は訴状に記載されています（裁判所の番号ではありません）。", size=9)
    q = Page(font="serif", size=10.3, top=14)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(wa(sued), align="r", size=10)
    q.line("宇和島簡易裁判所　御中", size=10.3)
    q.kv([("原　告", "〒790-0000 愛媛県松山市つきしろ通九丁目9番9号　ひわだ債権回収株式会社"),
          ("", "代表者代表取締役　嘉陽　昌也　（担当 越後谷　電話 089-000-8460）"),
          ("被　告", "〒798-0000 愛媛県宇和島市たそがれ坂九丁目9番9号　馬上　千鶴")], x=18, label_w=18, size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.8, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{wa(nxt(sued))}から支払済みまで年20％の割合による"
           "金員を支払え。", x0=20, x1=192, size=9.8, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=20, x1=192, size=9.8, indent="")
    q.line("第２　請求の原因", size=10.8, font="serif-bold")
    q.para("１　原債権者株式会社こごみローンは、被告との間で金銭消費貸借契約（極度額50万円、遅延損害金年20％）を締結し、"
           "被告に金員を貸し付けた。経過は次のとおりである（左欄 原契約の経過、右欄 本件訴訟までの経過）。", x0=20, x1=192,
           size=9.5, indent="")
    q.table([["原契約の経過", "", "譲受後の経過", ""],
             [hjis(D(2010, 4, 16)), "契約締結", wa(assign), "原告へ債権譲渡・通知"],
             [hjis(lastp0), "最終弁済", wa(D(2026, 1, 20)), "原告の請求書送付"],
             [hjis(acc), "期限の利益喪失", wa(paid), "被告が金1,000円を弁済"],
             ["", "", wa(sued), "本件訴え提起"]], [26, 46, 38, 58], x=20, header=True, aligns="llll", size=8.8,
            row_h=6.4, font="serif")
    q.para(f"２　被告は、{wa(paid)}、原告に対し本件債務の一部弁済として金1,000円を支払い、本件債務を承認した。原告は"
           "これを遅延損害金に充当した。", x0=20, x1=192, size=9.5, indent="")
    q.para("３　よって、原告は被告に対し、次の金員及び元金に対する遅延損害金の支払を求める。", x0=20, x1=192, size=9.5, indent="")
    q.table([["元金", f"{P:,}円"], [f"確定遅延損害金（{wa(nxt(acc))}から{wa(sued)}まで年20％、弁済充当後）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [124, 40], x=24, aligns="lr", size=9.3, row_h=7, font="serif")
    q.gap(2)
    q.line("証拠方法　甲第１号証（契約書）、甲第２号証（取引履歴）、甲第３号証（債権譲渡通知書）、甲第４号証（入金記録）", size=8.8,
           x=20)
    tr = truth(document_type="lawsuit", sender="宇和島簡易裁判所", phone="0895-00-2240", creditor="ひわだ債権回収株式会社",
               status="unverified", original="株式会社こごみローン", debtor="馬上千鶴", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=paid,
               assignment=assign, hearing=hearing, reference=case, input_kind="pdf_scan",
               template="proxy55_summary_court_suit_after_one_thousand_yen_payment", received=D(2026, 5, 28))
    return dict(stem="bl06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), invented servicer plaintiff, after the debtor's 1,000-yen payment, 2 pages)",
                unusual="宇和島簡裁 (ハ) 呼出状 (p.1) + 訴状 (p.2) as a scanned image PDF; the same debt as bl02: the 訴状 says "
                        "the defendant paid 金1,000円 on 令和8年2月3日 and so 「本件債務を承認した」 (the trap of bl02 sprung); a "
                        "small ruled case table top-RIGHT; 期日 / 場所 / 答弁書提出期限 in shaded-label boxes with weekdays; a "
                        "warning about the 「分割払いを希望する」 box; the 訴状's two-column history table (原契約の経過 in JIS "
                        "initials H22.4.16 / H27.8.27 / H27.10.28 beside 譲受後の経過 in 令和 kanji); the plaintiff's 089 phone, "
                        "the court FAX and 極度額50万円 as distractors; invented servicer plaintiff, no licence printed")


# ---------------------------------------------------------------------------------------------
# bl07 大館簡易裁判所 仮執行宣言付支払督促 on a loan last paid in 2014 (the lender itself), 2 scanned pages.


def bl07():
    R = 20.0
    issued, order, served, filed = D(2025, 12, 9), D(2025, 11, 12), D(2025, 11, 17), D(2025, 11, 4)
    contract, lastp, acc = D(2009, 3, 16), D(2014, 12, 25), D(2015, 2, 26)
    P, I, C1, C2 = 371_560, 2_118, 6_232, 1_104
    L = late(P, R, nxt(acc), filed)
    C = C1 + C2
    T = P + I + L + C
    case = "令和7年(ロ)第318号"
    p = Page(font="serif", size=11, top=20)
    p.line("事件番号　令和７年（ロ）第３１８号　貸金請求督促事件", size=10.5)
    p.gap(8)
    p.title("仮 執 行 宣 言 付 支 払 督 促", size=17, font="serif-bold")
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", size=10.5, x=28)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5, x=28)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記は{fw(wa(order))}付け支払督促の内容である。同支払督促は{fw(wa(served))}債務者に送達されたが、債務者は"
           "所定の期間内に督促異議の申立てをしなかった。")
    p.para("よって、債権者の申立てにより、この支払督促に仮執行の宣言をする。")
    p.gap(4)
    p.table([["仮執行の宣言の手続費用", "", ""], ["", "申立手数料（郵便切手代を含む）", f"{C2:,}円"]],
            [50, 84, 30], x=26, aligns="llr", size=10, row_h=7.5, ruled="outer", font="serif")
    p.gap(8)
    p.line(f"　　　{fw(wa(issued))}", size=11)
    p.line("　　　大館簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　夏堀　　亜紀子", size=11)
    p.seal(160, p.y - 6, 15, "square", "大館簡易裁判所書記官印", angle=0, seed=55071)
    p.gap(10)
    y = p.y
    p.add(Box(22, y, 166, 44, 0.6))
    p.at(105, y + 7, "（注意）", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に、当裁判所に督促異議の",
                           "申立てをすることができます。申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
                           "異議の申立てをしても、強制執行は当然には停止しません。",
                           "問合せ先　大館簡易裁判所　電話 0186-00-2157"]):
        p.at(26, y + 15 + i * 7, s, size=9.8)
    p.y = 282
    p.line("これは正本である。　同日同庁　裁判所書記官　夏堀　亜紀子", size=9.5, align="r")
    q = Page(font="serif", size=10.3, top=16)
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒010-0000 秋田県秋田市よいやみ町九丁目9番9号"), ("", "株式会社たかのつめキャッシング"),
          ("", "代表者代表取締役　冬室　雄一"), ("", "（送達場所）同社 管理部　電話 018-000-7734　ＦＡＸ 018-000-7735"),
          ("債　務　者", "〒017-0000 秋田県大館市あけのほし台九丁目9番9号"), ("", "小曽根　美穂")], x=20, label_w=28, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    rows = [["１", "元金", f"{P:,}円"], ["２", "利息（平成27年2月26日まで）", f"{I:,}円"],
            ["３", f"遅延損害金（{wa(nxt(acc))}から{wa(filed)}まで）", f"{L:,}円"], ["４", "督促手続費用", f"{C1:,}円"],
            ["５", "仮執行宣言の手続費用", f"{C2:,}円"], ["", "合計", f"{T:,}円"]]
    q.table(rows, [12, 116, 40], x=22, aligns="clr", size=10, row_h=7.6, ruled="rows", font="serif")
    q.para(f"６　上記１に対する{fw(wa(nxt(filed)))}から完済まで年２０％の割合による遅延損害金", x0=22, x1=190, size=10, indent="")
    q.gap(3)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    for s in (f"１　債権者は、債務者に対し、{wa(contract)}、金500,000円を、利息年17.8％、遅延損害金年20％、毎月26日限り元利金を"
              "分割して返済する約定で貸し付けた。",
              f"２　債務者は、{wa(lastp)}の支払を最後にその後の支払をせず、{wa(acc)}の分割金の支払を怠ったため、約定により同日の"
              "経過をもって期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.y = 282
    q.line(f"支払督促申立日　{fw(wa(filed))}　　仮執行宣言申立日　{fw(wa(D(2025, 12, 2)))}", size=9.3, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="大館簡易裁判所", phone="0186-00-2157",
               creditor="株式会社たかのつめキャッシング", status="not_applicable", original=None, debtor="小曽根美穂",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy55_enforceable_order_lender_old_loan", received=D(2025, 12, 12))
    return dict(stem="bl07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, the lender itself, loan last paid in 2014, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (大館簡裁) as a 2-page image PDF, sought by the LENDER "
                        "itself (a 貸金業 company, not a servicer → not_applicable) on a loan last paid 平成26年12月25日: the "
                        "time-barred debt becomes a 債務名義 if nobody objects; the spaced title; p.1 the order date 11/12 and "
                        "its 送達 11/17 in one sentence and an outer-ruled one-row cost box; p.2 当事者目録 (送達場所 phone/FAX "
                        "distractors) and 請求の趣旨 as a rows-ruled table with TWO cost rows (督促手続費用 / 仮執行宣言の手続"
                        "費用 → costs = sum) above 合計; running item ６; 請求の原因 with 平成21年 loan 500,000 and 17.8 % "
                        "(distractors); both 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bl08 guarantee company restates a 判決 of ten years ago before the 10-year period ends; iPhone HEIC.


def bl08():
    R = 14.6
    issued, due = D(2026, 1, 14), D(2026, 2, 13)
    lastp, acc, subro = D(2014, 7, 28), D(2014, 10, 2), D(2014, 11, 28)
    judged, final = D(2016, 2, 24), D(2016, 3, 10)
    P, C = 2_148_300, 21_650
    L = late(P, R, nxt(subro), issued)
    T = P + L + C
    ten = D(2026, 3, 10)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 16, color=None, fill=OLIVE))
    p.at(20, 22.5, "くましで保証株式会社", size=15, font="sans-bold", color=WHITE)
    p.at(192, 19, "債権管理センター", size=9, color=WHITE, align="r")
    p.at(192, 24.5, "TEL 027-000-4618", size=9, color=WHITE, align="r")
    p.y = 32
    p.at(196, 36, era(issued), size=9.5, align="r")
    p.at(196, 41.5, "当社管理番号　KS-1409-2216", size=9.5, align="r")
    p.line("〒376-0000　群馬県桐生市にわたずみ町九丁目9番9号", size=10)
    p.line("樋爪　康晴　様", size=13.5)
    p.gap(6)
    p.title("判決確定債権のお支払いについて（重要）", size=15)
    p.para(f"当社は、貴殿の株式会社かやのみ銀行からのお借入れについて保証し、{wa(subro)}に同行へ代位弁済いたしました。その後、"
           "当社は下記判決を得ておりますが、現在まで判決に基づくお支払いをいただいておりません。", size=9.8)
    p.para(f"本件債権は、判決の確定により時効期間が10年となっております。当社は、判決確定日から10年を経過する{era(ten)}より前に、"
           "時効の更新のための再度の訴えの提起その他の法的手続をとる予定です。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いいただくか、同日までに当社までご連絡"
           "ください。", size=9.8)
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 27, 0.4, None, (0.96, 0.97, 0.92)))
    p.at(19, y + 6, "【判決の表示】", size=10, font="sans-bold", color=OLIVE)
    for i, (a, b) in enumerate((("裁判所・事件番号", "前橋地方裁判所桐生支部　平成27年(ワ)第96号　求償金請求事件"),
                                ("判決言渡日", wa(judged)), ("判決確定日", wa(final)))):
        p.at(23, y + 12.5 + i * 5.5, a, size=9.3)
        p.at(62, y + 12.5 + i * 5.5, b, size=9.3)
    p.y = y + 31
    p.line(f"ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold")
    x0, x1 = 22, 176
    for lab, val in (("判決認容元金（求償元金）", f"{P:,}円"),
                     (f"遅延損害金（{wa(nxt(subro))}から{era(issued)}まで 年14.6％）", f"{L:,}円"),
                     ("訴訟費用（平成28年5月 確定処分額）", f"{C:,}円"), ("ご請求額合計", f"{T:,}円")):
        bold = "合計" in lab
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1)
        b = p.line(lab, x=x0, size=10.3, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=10.3, align="r", font="sans-bold" if bold else "sans")
    p.gap(2)
    p.kv([("原契約", "株式会社かやのみ銀行　カードローン（平成23年10月　極度額 3,000,000円）"),
          ("最終ご返済日（銀行）", wa(lastp)), ("期限の利益喪失日", wa(acc)), ("代位弁済日", wa(subro)),
          ("お振込先", "ほうちゃく銀行 高崎支店 普通預金 4618221 クマシデホシヨウ（カ")], x=20, label_w=40, size=9.2)
    p.gap(2)
    p.para("※判決の確定後10年以内に再度の訴えの提起等があると、時効は更新され、さらに10年間は消滅しません。", size=8.8,
           indent="")
    p.para("※お支払いが難しい場合でも、必ずご連絡ください。ご連絡がない場合、給与・預金等の差押えを検討いたします。", size=8.8,
           indent="")
    p.gap(2)
    for s, sz, f in (("くましで保証株式会社　債権管理センター", 10, "sans-bold"),
                     ("〒370-0000 群馬県高崎市しらつゆ台九丁目9番9号", 8.5, "sans"),
                     ("TEL 027-000-4618（平日 9:00～17:00）　担当 菊入", 9.3, "sans"),
                     ("貸金業登録番号 関東財務局長(3)第02216号", 8, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(188, p.y - 13, 12, "square", "くましで保証之印", angle=-2, seed=55081)
    tr = truth(document_type="collection_notice", sender="くましで保証株式会社", phone="027-000-4618",
               creditor="くましで保証株式会社", status="not_applicable", original="株式会社かやのみ銀行", debtor="樋爪康晴",
               total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="KS-1409-2216", input_kind="photo_heic",
               template="proxy55_guarantor_restates_ten_year_old_judgment", received=D(2026, 1, 16))
    return dict(stem="bl08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.25, bow=6),
                about="collection_notice (guarantee company restates a 判決 of 平成28年 before its 10 years run out)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and a lamp glare; a guarantee company on an "
                        "olive band (white name, TEL inside the band); a shaded 【判決の表示】 box (前橋地裁桐生支部 平成27年(ワ)"
                        "第96号, 判決言渡日 平成28年2月24日, 判決確定日 平成28年3月10日: distractors) and the sentence that the "
                        "10 years end on 令和8年3月10日 (distractor) and will be RENEWED by a new suit; 判決認容元金 / 11 years "
                        "of 損害金 at 14.6 % / 訴訟費用（確定処分額） → costs / ご請求額合計 as rule-separated lines; the bank "
                        "history in kv lines (極度額 3,000,000 distractor); 貸金業登録番号 (not a licence)")


LETTERS = [bl01, bl02, bl03, bl04, bl05, bl06, bl07, bl08]
