"""Proxy set 96, letters da01–da08: "phone photos and faxes of ordinary letters, ninth round". Ordinary core mail as
it reaches the borrower's phone camera or fax machine: a real servicer's 督促状 held in a hand (da01), an invented
servicer's 催告書 faxed behind a 送信票 (da02), a bank's card-loan 督促状 as HEIC (da03), a guarantee company's
代位弁済通知 by fax (da04), a card company's 期限の利益喪失通知 photographed sideways (da05), a real servicer's 分割弁済の
ご提案 faxed with a grid 送信票 (da06), a 簡裁 支払督促 on one page photographed (da07) and a real servicer's 縦書き
催告書 (内容証明), scanned (da08)."""

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
    dashed,
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

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.02, 0.38, 0.28)
TEAL = (0.0, 0.36, 0.42)
BROWN = (0.42, 0.22, 0.08)
PLUM = (0.38, 0.12, 0.36)
ORANGE = (0.85, 0.40, 0.05)
ONE = timedelta(days=1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def weekday_ok(*ds: D) -> None:
    for d in ds:
        assert d.weekday() < 5, d


# ---------------------------------------------------------------------------------------------
# da01 real servicer (SMBC債権回収) 督促状 for a card debt it bought; photo held in the left hand on a desk.


def da01():
    R = 14.6
    issued, due = D(2025, 9, 8), D(2025, 9, 22)
    asg, acc, lastp = D(2025, 6, 30), D(2025, 3, 26), D(2024, 12, 27)
    weekday_ok(issued, due)
    P, I = 386_412, 21_077
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.at(22, 19, "SMBC債権回収株式会社", size=13.5, font="sans-bold", color=GREEN)
    p.at(22, 24, "法務大臣許可番号　第10号", size=7.5, color=GREEN)
    p.add(Line(22, 26.5, 188, 26.5, 0.6, GREEN))
    p.at(188, 19, f"発行日　{era(issued)}", size=9, align="r")
    p.at(188, 23.5, "お客様番号　SB-7731-40285", size=9, align="r")
    window(p, 22, 31, "760-0000", ["香川県高松市弓張通三丁目9番9号", "グランコート弓張 402"], "樫福　美奈子　様",
           "da01", w=90, h=37)
    stamp(p, 150, 33, "親展", size=11, h=8)
    stamp(p, 168, 33, "重要", size=11, h=8, fill=RED)
    p.y = 76
    p.title("ご請求書（督促状）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.6)
    p.para(f"さて、貴殿が株式会社ステラウェイカードとの間で締結されたカード会員契約に基づく債権は、{era(asg)}付で同社から当社へ"
           "譲渡され、その旨は同社よりご通知申し上げたとおりです。しかしながら、現在までご入金が確認できておりません。", size=9.6)
    p.para("つきましては、下記ご請求額の全額を、お支払期限までに一括してお支払いくださいますよう、ご請求申し上げます。"
           "ご事情によりお支払いが困難な場合は、期限までに必ず下記担当までご連絡ください。", size=9.6)
    p.para("敬具", size=9.6, indent="")
    p.gap(1)
    p.line("記", align="c", size=10)
    y = grid(p, 22, p.y + 1, [30, 53, 30, 53],
             [["原債権者", "株式会社ステラウェイカード", "債権譲受日", era(asg)],
              ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)]], h=7.5, size=8.8)
    p.y = y + 4
    x0, x1 = 30, 180
    for lab, val, bold in (("債権元金", f"{P:,}円", False), ("確定利息・手数料", f"{I:,}円", False),
                           (f"遅延損害金（年{R}％・{era(acc + ONE)}～{era(issued)}）", f"{L:,}円", False),
                           ("ご請求額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1.3)
        b = p.line(lab, x=x0, size=10.5 if bold else 9.8, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=12 if bold else 9.8, font="sans-bold" if bold else "sans", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.9, RED))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(70, y + 8.3, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　みずかけ銀行 本店営業部 普通 7731402 エスエムビーシーサイケンカイシュウ（カ　※ご依頼人名の前に"
           "お客様番号をご入力ください。", size=8.8, indent="")
    p.para("※遅延損害金は、債権元金に対し完済の日まで年14.6％の割合で日々発生いたします。", size=8.5, indent="")
    p.para("※本書と行き違いにお支払いいただいた場合はご容赦ください。", size=8.5, indent="")
    p.gap(3)
    for s, sz, f in (("SMBC債権回収株式会社　西日本管理部", 10, "sans-bold"),
                     ("〒530-0000 大阪府大阪市北区藤棚通九丁目9番9号", 8.5, "sans"),
                     ("TEL 06-0000-1031（平日9:00～18:00）　担当　鎮目", 9, "sans")):
        p.line(s, x=98, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="06-0000-1031", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社ステラウェイカード", debtor="樫福美奈子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="SB-7731-40285", input_kind="photo_jpeg",
               template="proxy96_real_servicer_dunning_held_in_hand", received=D(2025, 9, 10))
    return dict(stem="da01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.4, creases=2, shadow=0.2, shadow_side="top", fill=0.86,
                          warm=0.15, hand="left", hand_at=0.62),
                about="collection_notice (real servicer 督促状, card debt bought)",
                unusual="phone photo on a pale desk, the letter held flat by a THUMB on the left margin (palm off the "
                        "sheet), tri-fold creases, a phone shadow at the top-left; real servicer ★ SMBC債権回収 with "
                        "「法務大臣許可番号　第10号」 in small green type under the logo line; window address with 親展 / filled "
                        "重要 stamps; a shaded 2×2 grid (原債権者, 債権譲受日, 最終ご入金日, 期限の利益喪失日); leader-less "
                        "amount lines 債権元金 / 確定利息・手数料 / 遅延損害金（年14.6％・window） / ご請求額; red-framed "
                        "お支払期限 with weekday; TEL with opening hours")


# ---------------------------------------------------------------------------------------------
# da02 invented servicer 催告書, faxed to a small builder's office behind a hand-filled-looking 送信票 (2 pages).


def da02():
    R = 20.0
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    asg, acc, lastp = D(2025, 11, 28), D(2025, 8, 4), D(2025, 5, 30)
    weekday_ok(issued, due)
    P, I = 1_284_300, 38_512
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    # page 1: FAX送信票
    c = Page(font="sans", size=11, top=18)
    c.at(105, 30, "ＦＡＸ送信票", size=24, font="sans-bold", align="c")
    c.add(Line(60, 34, 150, 34, 0.8))
    c.at(190, 46, f"送信日：{slash(issued)}", size=11, align="r")
    rows = [("宛　先", "八郷工務店　八郷　達也　様"), ("ＦＡＸ番号", "0299-00-4418"),
            ("発信元", "はなみずき債権回収株式会社　債権管理部"), ("担当者", "古後　（こご）"),
            ("ＴＥＬ／ＦＡＸ", "03-0000-2931　／　03-0000-2932"), ("送信枚数", "２枚（本票を含む）"),
            ("件　名", "催告書の送付について")]
    y = 54
    for lab, val in rows:
        c.add(Box(20, y, 170, 12, 0.4))
        c.add(Box(20, y, 40, 12, 0.4, None, SHADE))
        c.add(Box(20, y, 40, 12, 0.4))
        c.at(24, y + 8, lab, size=11)
        c.at(64, y + 8, val, size=12)
        y += 12
    y += 8
    c.at(20, y, "【通信欄】", size=11, font="sans-bold")
    c.add(Box(20, y + 3, 170, 62, 0.4))
    for i, s in enumerate(["いつもお世話になっております。",
                           "ご自宅宛てに郵送いたしました催告書が「あて所に尋ねあたりません」で返戻されましたため、",
                           "ご連絡先として登録のあります事務所様のＦＡＸ番号へ写しを送信いたします。",
                           "内容をご確認のうえ、期限までにお支払い又はご連絡をお願いいたします。",
                           "※宛先違いの場合はお手数ですが上記ＴＥＬまでご一報のうえ、本紙を破棄してください。"]):
        c.at(24, y + 12 + i * 8.5, s, size=10)
    c.at(190, 282, "はなみずき債権回収株式会社", size=9, align="r", color=GRAY)
    # page 2: 催告書
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, era(issued), size=10.5, align="r")
    p.at(190, 26, "管理番号　HM-26-0193", size=10, align="r")
    p.y = 30
    p.line("茨城県鉾田市草笛九丁目9番地9", size=10.5)
    p.line("八郷　達也　殿", size=13.5)
    p.gap(1)
    for s, sz in (("東京都中央区紅梅通九丁目9番9号", 9.5), ("はなみずき債権回収株式会社", 11.5),
                  ("代表取締役　八津田　誠一", 10), ("法務大臣許可番号　第２９３号", 9.5), ("電話 03-0000-2931", 9.5)):
        p.line(s, x=118, size=sz, font="serif-bold" if "株式会社" in s else None)
    p.seal(184, p.y - 20, 15, "square", "はなみずき債権回収之印", angle=2, seed=9602)
    p.gap(4)
    p.title("催　告　書", size=17, font="serif-bold")
    p.para(f"当社は、株式会社ひばりファイナンスが貴殿に対して有する下記貸付債権を{era(asg)}に譲り受けました。貴殿は、同社に対する"
           f"約定返済を怠り、{era(acc)}の経過をもって期限の利益を喪失しております。")
    p.para("つきましては、本書をもって下記金員を下記期限までに一括してお支払いいただくよう催告いたします。期限までにお支払いも"
           "ご連絡もない場合は、やむを得ず法的手続に移行いたしますので、あらかじめご承知おきください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("一　原債権者", "株式会社ひばりファイナンス"), ("二　原契約", "令和4年2月21日付金銭消費貸借契約（事業者ローン）"),
          ("三　当初貸付額", "金2,000,000円"), ("四　最終弁済日", era(lastp)), ("五　債権譲受日", era(asg))],
         x=26, label_w=38, size=10)
    p.gap(2)
    p.line("六　ご請求金額（" + era(issued) + "現在）", x=26, size=10)
    p.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}から年20％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [100, 50], x=34, size=10, row_h=8, aligns="lr")
    p.gap(3)
    p.line(f"七　お支払期限　　{era(due)}（{wd(due)}）", x=26, size=11, font="serif-bold")
    p.gap(2)
    p.para("お振込先　　みずかけ銀行 日本橋支店 普通預金 2930193　ハナミズキサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※遅延損害金は残元金に対し完済まで年20％の割合で加算されます。振込手数料はご負担ください。", size=9.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="はなみずき債権回収株式会社", license_number=293,
               phone="03-0000-2931", creditor="はなみずき債権回収株式会社", status="unverified",
               original="株式会社ひばりファイナンス", debtor="八郷達也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="HM-26-0193", input_kind="fax_tiff",
               template="proxy96_invented_servicer_demand_fax_cover_sheet", received=issued)
    return dict(stem="da02", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header="2026/02/16 14:22 FROM:HANAMIZUKI SAIKEN 03 0000 2932",
                about="collection_notice (invented servicer 催告書, 2-page fax with a 送信票)",
                unusual="2-page G4 fax: p.1 a FAX送信票 as a shaded-label form (宛先 the debtor's builder's office, its own "
                        "FAX number, 発信元, 担当者 with reading, TEL／FAX on one line, 送信枚数, 件名, a 通信欄 explaining the "
                        "returned mail); p.2 a serif 催告書 of the INVENTED servicer 「はなみずき債権回収株式会社」 with "
                        "「法務大臣許可番号　第２９３号」 in full-width (→ unverified) in the sender block under the addressee; "
                        "numbered 一…七 記 items with 原契約 令和4年 and 当初貸付額 2,000,000 as distractors; a 4-row ruled "
                        "table 残元金 / 未払利息 / 遅延損害金（…から年20％） / 合計; due date as item 七")


# ---------------------------------------------------------------------------------------------
# da03 bank card-loan 督促状 of two missed monthly payments, western dates, HEIC on tatami with a lamp glare.


def da03():
    R = 19.9
    issued, due = D(2025, 11, 12), D(2025, 11, 25)
    lastp = D(2025, 8, 11)
    weekday_ok(issued, due)
    inst = [(D(2025, 9, 10), 10_720, 4_280), (D(2025, 10, 10), 10_910, 4_090)]
    rows = []
    for d, pr, it in inst:
        assert d.weekday() < 5
        rows.append((d, pr, it, late(pr + it, R, d + ONE, issued)))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    MAROON = (0.55, 0.12, 0.12)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 11, color=None, fill=MAROON))
    p.at(20, 7.6, "もみじ野銀行", size=13, font="sans-bold", color=WHITE)
    p.at(190, 7.4, "MOMIJINO BANK  カードローンセンター", size=8, color=WHITE, align="r")
    window(p, 20, 17, "990-0000", ["山形県山形市綾織二丁目9番9号", "コーポ綾織 103号"], "菖蒲澤　理恵　様", "da03",
           w=90, h=36, code="MJ-CL 251112 0042")
    p.at(190, 22, f"{wdate(issued)}", size=9.5, align="r")
    p.at(190, 28, "お客様番号　0417-228193", size=9.5, align="r")
    stamp(p, 160, 36, "大切なお知らせ", size=10, h=8)
    p.y = 60
    p.title("カードローンご返済のお願い", size=15, color=MAROON)
    p.para("いつも当行カードローン「もみじ野カードローン・ゆとり」をご利用いただき、ありがとうございます。", size=9.6)
    p.para(f"さて、下記のとおり毎月のご返済が確認できておりません（最終ご入金日：{wdate(lastp)}）。お手数ですが、"
           f"{wdate(due)}（{wd(due)}）までに、下記「ご入金いただく金額」をご返済用口座へご入金ください。", size=9.6)
    p.gap(2)
    head = ["ご返済日", "元金", "利息", "遅延損害金", "計"]
    body = [[wdate(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in rows]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [42, 32, 30, 36, 30], x=20, header=True, aligns="lrrrr", size=9.5, row_h=7.5)
    p.line("（単位：円）遅延損害金は各ご返済日の翌日から本状作成日まで、年19.9％で計算しております。", x=20, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.3, None, (0.98, 0.94, 0.92)))
    p.add(Box(20, y, 170, 22, 0.8, MAROON))
    p.at(26, y + 8.5, "ご入金いただく金額", size=10.5, font="sans-bold", color=MAROON)
    p.at(26, y + 17, f"ご入金期限　{wdate(due)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.at(184, y + 14, f"{T:,}円", size=20, font="sans-bold", align="r")
    p.y = y + 27
    p.line("ご契約内容（ご参考）", size=9.5, font="sans-bold", x=20)
    p.table([["ご利用限度額", "500,000円", "約定返済日", "毎月10日"],
             ["ご利用残高（10月末）", "412,860円", "約定返済額", "15,000円"]],
            [40, 45, 40, 45], x=20, size=8.8, row_h=7, aligns="lrlr", shade_col0=False)
    p.gap(3)
    for s in ("・ご返済用口座：もみじ野銀行 綾織支店 普通預金 1228193",
              "・ご延滞が続きますと、新たなお借入れはご利用いただけません。また、保証会社による代位弁済の手続に入ることが"
              "あります。", "・行き違いでご入金済みの場合は、何卒ご容赦ください。"):
        p.para(s, x0=20, x1=190, size=8.8, indent="")
    p.gap(4)
    p.add(Box(20, p.y, 170, 18, 0.3, GRAY))
    p.at(25, p.y + 6.5, "お問い合わせ　株式会社もみじ野銀行　カードローンセンター", size=9.5, font="sans-bold")
    p.at(25, p.y + 13, "フリーダイヤル 0120-000-613（平日9:00～17:00）　FAX 023-000-6140", size=9.5)
    tr = truth(document_type="collection_notice", sender="株式会社もみじ野銀行", phone="0120-000-613",
               creditor="株式会社もみじ野銀行", status="not_applicable", debtor="菖蒲澤理恵", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               last_payment=lastp, reference="0417-228193", input_kind="photo_heic",
               template="proxy96_bank_card_loan_two_instalments_heic", received=D(2025, 11, 14))
    return dict(stem="da03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.8, creases=2, glare=30.0, warm=0.3, fill=0.85, blur=1.0),
                about="collection_notice (bank card-loan 督促状, two missed payments)",
                unusual="iPhone HEIC on tatami with tri-fold creases and a ceiling-lamp glare; maroon header band with the "
                        "brand 「もみじ野銀行」 (legal name 株式会社もみじ野銀行 only in the inquiry box at the foot); western "
                        "年月日 dates; a 5-column table per missed payment (元金 / 利息 / 遅延損害金 / 計) with a 合計 row, "
                        "amounts without 円 (単位：円 below); the total in 20 pt in a pink box with the ご入金期限; arrears "
                        "only (lump false, no 喪失 date); ご利用限度額 500,000, ご利用残高 412,860 and 約定返済額 15,000 "
                        "as distractors; the mailing code MJ-CL 251112 0042 in the window (not the reference)")


# ---------------------------------------------------------------------------------------------
# da04 guarantee company 代位弁済のご通知 兼 ご請求, one-page fax; one table with a 備考 column.


def da04():
    R = 14.6
    issued, due = D(2026, 4, 21), D(2026, 5, 8)
    subro, acc, lastp = D(2026, 4, 10), D(2026, 2, 20), D(2025, 12, 26)
    weekday_ok(issued, due)
    P0, I0 = 8_736_000, 42_180
    L0 = late(P0, 14.0, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(190, 18, era(issued), size=10, align="r")
    p.at(190, 23.5, "求償番号　KS-2604-0317", size=10, align="r")
    p.y = 20
    p.line("北海道小樽市舟入南九丁目9番9号", size=10)
    p.line("舟久保　健吾　様", size=13)
    p.gap(2)
    for s, sz in (("こまくさ信用保証株式会社", 11.5), ("債権管理部　管理第二課", 9.5),
                  ("〒060-0000 札幌市中央区葵坂九丁目9番9号", 8.5), ("TEL 011-000-4452　FAX 011-000-4453", 9.5)):
        p.line(s, x=118, size=sz, font="sans-bold" if "株式会社" in s else None)
    p.seal(190, p.y - 21, 12, "square", "こまくさ信用保証印", angle=-3, seed=9604)
    p.gap(3)
    p.title("代位弁済のご通知　兼　求償金ご請求のご案内", size=14)
    p.para(f"貴殿が株式会社いさりび銀行からお借入れの事業資金（令和3年7月12日付証書貸付）につきましては、{era(acc)}の経過をもって"
           "期限の利益を喪失されたため、同行から当社に保証債務の履行請求がありました。", size=9.8)
    p.para(f"当社は保証委託契約に基づき、{era(subro)}、同行に対し残債務の全額を代位弁済いたしました。これにより当社は貴殿に対し"
           "下記の求償権を取得いたしましたので、ご通知申し上げますとともに、下記期限までに一括してお支払いくださいますよう"
           "ご請求いたします。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    p.table([["項目", "金額（円）", "備考"],
             ["求償元金（代位弁済金）", f"{S:,}", f"{era(subro)}代位弁済"],
             ["求償元金に対する遅延損害金", f"{L:,}", f"{era(subro + ONE)}～{era(issued)}　年14.6％"],
             ["ご請求額合計", f"{T:,}", ""]],
            [60, 38, 78], x=17, header=True, aligns="lrl", size=9.5, row_h=8.5)
    p.line(f"（代位弁済金の内訳：元金 {P0:,}円、利息 {I0:,}円、遅延損害金 {L0:,}円）", x=17, size=8.5)
    p.line(f"（銀行へのご返済は{era(lastp)}が最後となっております。）", x=17, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 11, 0.8))
    p.at(21, y + 7.5, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 7.7, f"{era(due)}（{wd(due)}曜日）", size=12, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　いさりび銀行 札幌中央支店 普通預金 4452031　コマクサシンヨウホショウ（カ", size=9.3, indent="", x0=17)
    p.para("※遅延損害金は求償元金に対し、代位弁済日の翌日から完済の日まで年14.6％の割合で発生いたします。", size=8.8, indent="",
           x0=17)
    p.para("※お支払いが難しい場合は、期限までに必ず上記担当課へご相談ください。ご連絡がない場合は、保証人様への請求及び"
           "法的手続を検討いたします。", size=8.8, indent="", x0=17)
    p.para("※根抵当権設定額（極度額）金12,000,000円　物件：北海道小樽市舟入南九丁目所在の土地建物", size=8.8, indent="",
           x0=17)
    p.gap(2)
    p.line("貸金業登録番号　北海道財務局長(2)第00318号", size=8, x=17, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="こまくさ信用保証株式会社", phone="011-000-4452",
               creditor="こまくさ信用保証株式会社", status="not_applicable", original="株式会社いさりび銀行",
               debtor="舟久保健吾", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="KS-2604-0317",
               input_kind="fax_tiff", template="proxy96_guarantor_subrogation_remarks_table_fax", received=issued)
    return dict(stem="da04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="R08-04-21 10:05 KOMAKUSA SHINYO HOSHO   011 000 4453",
                about="acceleration_notice (guarantee company 代位弁済通知 + 求償金 demand, one-page fax)",
                unusual="one-page G4 fax with only the machine's header line (JIS era date R08-04-21 and the FAX number); "
                        "求償番号 top-right; ONE 3-column table 項目 / 金額（円） / 備考 whose 備考 cells carry the 代位弁済 "
                        "date and the accrual window; the 代位弁済金 内訳 (元金 / 利息 / 遅延損害金 to the bank) in a bracket "
                        "line below (history); weekday printed as 「金曜日」; the bank's 喪失 date in the prose; 根抵当権 "
                        "極度額 12,000,000, the 貸金業登録番号 and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# da05 card company 期限の利益喪失通知 兼 一括請求, slash dates; photo held in the right hand, stored sideways (EXIF 6).


def da05():
    R = 14.6
    issued, due = D(2026, 6, 5), D(2026, 6, 19)
    acc, lastp = D(2026, 5, 27), D(2026, 1, 27)
    weekday_ok(issued, due)
    Ps, Pc = 418_230, 194_250
    P = Ps + Pc
    I = 31_906
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(20, 12, 10, 10, 0.8, PLUM))
    p.add(Box(23, 15, 4, 4, color=None, fill=PLUM))
    p.at(33, 19.5, "ARMONI CARD", size=13, font="sans-bold", color=PLUM)
    p.at(33, 24, "株式会社アルモニカード　債権管理センター", size=8.5)
    p.at(190, 18, f"通知日：{slash(issued)}", size=9.5, align="r")
    p.at(190, 23.5, "お問合せ番号：AM-5562-0605", size=9.5, align="r")
    p.y = 32
    p.line("〒170-0000", size=10)
    p.line("東京都豊島区鷺沼東四丁目9番9号", size=10)
    p.line("鉄穴　早苗　様", size=13.5)
    p.gap(4)
    p.add(Box(20, p.y, 170, 13, color=None, fill=PLUM))
    p.at(105, p.y + 8.8, "期限の利益喪失のご通知　兼　ご請求書", size=14, font="sans-bold", color=WHITE, align="c")
    p.y += 18
    p.para("平素は弊社カードをご利用いただき誠にありがとうございます。", size=9.6)
    p.para(f"お客様のカードご利用代金につき、再三のご請求にもかかわらず{slash(lastp)}以降ご入金がございません。"
           f"このため、会員規約第22条に基づき、お客様は{slash(acc)}（約定お支払日）の経過をもって期限の利益を喪失されました。",
           size=9.6)
    p.para("つきましては、下記ご利用残高の全額を、下記期限までに一括してお支払いください。", size=9.6)
    p.gap(2)
    p.table([["会員番号", "4980-12**-****-5562", "ご契約日", "2019/04/11"],
             ["期限の利益喪失日", slash(acc), "最終ご入金日", slash(lastp)]],
            [34, 51, 34, 51], x=20, size=9, row_h=7.5, aligns="llll", shade_col0=True)
    p.gap(3)
    p.line(f"■ご請求内訳（{slash(issued)}現在）", size=10.5, font="sans-bold", x=20)
    p.table([["ショッピング（リボ）ご利用残高", f"{Ps:,}円"], ["キャッシングご利用残高", f"{Pc:,}円"],
             ["　　元金小計", f"{P:,}円"], ["手数料・利息", f"{I:,}円"],
             [f"遅延損害金（{slash(acc + ONE)}～{slash(issued)}　年14.6%）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"]],
            [120, 50], x=20, size=9.8, row_h=7.8, aligns="lr", ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 1.0, PLUM))
    p.at(25, y + 8, "お支払期限", size=11, font="sans-bold", color=PLUM)
    p.at(60, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(185, y + 8, "必着", size=10, align="r", color=PLUM)
    p.y = y + 16
    for s in ("・お振込先：みずかけ銀行 新宿西口支店 当座 0052271 カ）アルモニカード",
              "・遅延損害金は、元金に対し完済日まで年14.6%（年365日日割）で加算されます。",
              "・期限までにお支払い又はご連絡がない場合、弊社所定の手続（法的措置を含む）に移行いたします。",
              "・カードのご利用は停止しております。ご利用可能枠 800,000円は現在ご利用になれません。"):
        p.para(s, x0=20, x1=190, size=8.8, indent="")
    p.gap(4)
    p.line("株式会社アルモニカード　債権管理センター　〒160-0000 東京都新宿区竹ノ塚北九丁目9番9号", x=20, size=8.5)
    p.line("お電話　03-0000-5562（受付 9:30～17:30 土日祝休）　担当：廣兼", x=20, size=9.5, font="sans-bold")
    p.line("貸金業登録番号 関東財務局長(2)第01938号　日本貸金業協会会員第006211号", x=20, size=7.5, color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="株式会社アルモニカード", phone="03-0000-5562",
               creditor="株式会社アルモニカード", status="not_applicable", debtor="鉄穴早苗", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AM-5562-0605", input_kind="photo_exif_rotated",
               template="proxy96_card_acceleration_slash_dates_rotated_hand", received=D(2026, 6, 8))
    return dict(stem="da05", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.8, creases=2, bow=6.0, fill=0.85, warm=0.1,
                          hand="right", hand_at=0.42),
                about="acceleration_notice (card company 期限の利益喪失通知 + 一括請求)",
                unusual="phone photo on a dark cloth, held by a thumb on the RIGHT margin, bulging sheet, stored sideways "
                        "(EXIF orientation 6); Latin logo 「ARMONI CARD」 with the legal name in small type under it; EVERY "
                        "date in slash form 2026/06/05; a plum title band; a shaded-label 2×2 table (masked 会員番号, "
                        "ご契約日 2019/04/11, 喪失日, 最終ご入金日); a rows-ruled 内訳 whose 元金 is split in ショッピング（リボ） "
                        "and キャッシング rows with a 元金小計 row (→ principal), then 手数料・利息 / 遅延損害金 / ご請求金額合計; "
                        "「必着」 deadline bar; ご利用可能枠 800,000, 貸金業登録番号 and 協会会員番号 as distractors")


# ---------------------------------------------------------------------------------------------
# da06 real servicer (オリックス債権回収) 分割弁済のご提案, 2-page fax: a ruled grid 送信票 and the proposal.


def da06():
    R = 14.6
    issued, reply = D(2026, 7, 14), D(2026, 7, 31)
    asg, acc, lastp = D(2026, 3, 31), D(2025, 10, 27), D(2025, 7, 25)
    weekday_ok(issued, reply)
    P = 948_260
    L = late(P, R, acc + ONE, issued)
    T = P + L
    n, inst = 36, 29_000
    first = T - inst * (n - 1)
    assert 0 < first < inst * 2
    # page 1: 送信票
    c = Page(font="sans", size=10.5, top=16)
    c.at(20, 24, "オリックス債権回収株式会社", size=12, font="sans-bold")
    c.at(190, 24, f"{era(issued)}", size=10.5, align="r")
    c.y = 34
    c.title("送　信　票", size=22)
    c.table([["宛　先", "鳥屋尾　誠　様"], ["貴FAX番号", "0776-00-5150"], ["差出人", "オリックス債権回収株式会社　回収第三部"],
             ["電話番号", "03-0000-1108"], ["FAX番号", "03-0000-1109"], ["枚数", "表紙＋１枚"]],
            [40, 130], x=20, size=11.5, row_h=13, aligns="ll", shade_col0=True)
    c.gap(8)
    c.line("ご連絡事項", size=11, font="sans-bold", x=20)
    c.para("先日お電話にてお話しいたしました分割でのお支払い方法につき、当社からのご提案書をお送りいたします。"
           "ご検討のうえ、同封（次頁）の内容にてご回答くださいますようお願いいたします。", x0=20, x1=190, size=10.5)
    c.gap(70)
    c.line("※このFAXは機密情報を含みます。誤って受信された場合は、お手数ですが上記電話番号までご連絡ください。", x=20, size=8.5)
    # page 2: proposal
    p = Page(font="sans", size=10, top=14)
    p.at(190, 17, f"{era(issued)}", size=10, align="r")
    p.at(190, 22.5, "お客様番号　OR-31-77054", size=10, align="r")
    p.y = 18
    p.line("鳥屋尾　誠　様", size=13)
    p.gap(1)
    for s, sz in (("オリックス債権回収株式会社", 11), ("法務大臣許可番号　第11号", 8.5), ("回収第三部　担当　枦木", 9),
                  ("TEL 03-0000-1108　FAX 03-0000-1109", 9)):
        p.line(s, x=124, size=sz, font="sans-bold" if "株式会社" in s else None)
    p.gap(2)
    p.title("ご返済方法のご提案（分割弁済）", size=14.5)
    p.para(f"当社が{era(asg)}に株式会社つばめオートクレジットから譲り受けました貴殿の自動車ローン債権につき、先日お電話にて"
           "ご相談のありましたお支払い方法について、下記のとおりご提案申し上げます。", size=9.6)
    p.line(f"１．現在のご債務額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["残元金", "遅延損害金（年14.6％）", "ご債務額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [56, 60, 56], x=19, header=True, aligns="rrr", size=10, row_h=8)
    p.line(f"（期限の利益喪失日 {era(acc)}　最終ご入金日 {era(lastp)}　譲渡人 株式会社つばめオートクレジット）",
           x=19, size=8.3)
    p.gap(2)
    p.line("２．ご提案内容", size=10, font="sans-bold")
    last_pay = D(2029, 8, 27)
    p.kv([("お支払回数", f"{n}回（毎月27日払い）"), ("第1回", f"令和8年8月27日　{first:,}円"),
          ("第2回以降", f"毎月{inst:,}円（最終回 令和11年8月27日）"), ("お支払総額", f"{T:,}円")],
         x=25, label_w=35, size=9.8)
    assert first + inst * (n - 1) == T and last_pay.year == 2029
    p.para("※上記のとおり完済された場合、今後発生する遅延損害金はご請求いたしません。お支払いが2回分（"
           f"{inst * 2:,}円）以上遅れた場合は、残額を一括してご請求いたします。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(19, y, 172, 12, 1.2))
    p.at(23, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(55, y + 8.3, f"{era(reply)}（{wd(reply)}）までにFAX又はお電話で", size=11.5, font="sans-bold")
    p.y = y + 16
    dashed(p, 19, 191, p.y)
    p.gap(3)
    p.line("ご回答書（このまま FAX 03-0000-1109 へご返信ください）", size=10, font="sans-bold")
    p.line("□ 上記のご提案に同意します。　　□ 別の方法を相談したい（ご希望：　　　　　　　　　　　　）", size=9.8)
    p.gap(2)
    p.line("ご署名　＿＿＿＿＿＿＿＿＿＿＿＿　　日中のご連絡先　＿＿＿＿＿＿＿＿＿＿＿", size=9.8)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1108", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社つばめオートクレジット", debtor="鳥屋尾誠", total=T, principal=P, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="OR-31-77054", input_kind="fax_tiff",
               template="proxy96_real_servicer_instalment_offer_grid_cover_fax", received=issued)
    return dict(stem="da06", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header="2026-07-14 16:48  ORIX SAIKEN KAISHU  +81 3 0000 1109",
                about="settlement_proposal (real servicer, 36 instalments, 2-page fax with a 送信票)",
                unusual="2-page G4 fax: p.1 a 送信票 as a ruled table with a shaded label column (宛先, 貴FAX番号 = the "
                        "debtor's own number, 差出人, 電話番号, FAX番号, 枚数 表紙＋１枚) and a ご連絡事項; p.2 the proposal of "
                        "real servicer ★ オリックス債権回収 with 「法務大臣許可番号　第11号」; the debt as a header-row table "
                        "残元金 / 遅延損害金（年14.6％） / ご債務額合計 (no interest); 喪失日 / 最終ご入金日 / 譲渡人 in one small "
                        "bracket line; the plan (36回, 第1回 amount, 29,000 × 35, 令和11年, the 58,000 threshold) as "
                        "distractors; a heavy-framed ご回答期限 = payment_due; a ご回答書 strip under a dashed line")


# ---------------------------------------------------------------------------------------------
# da07 旭川簡易裁判所 支払督促 on ONE page (lender creditor), photographed on wood, thumb at the bottom.


def da07():
    R = 20.0
    issued, filed = D(2026, 8, 20), D(2026, 8, 4)
    acc, lastp = D(2026, 4, 28), D(2026, 2, 27)
    P, I = 473_118, 12_904
    L = late(P, R, acc + ONE, filed)
    C = 3_620
    T = P + I + L + C
    case = "令和８年（ロ）第３１６号"
    p = Page(font="serif", size=10, top=14, left=18, right=18)
    p.at(192, 18, case, size=10, align="r")
    p.y = 20
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債　権　者", "株式会社ちどりローン"), ("債　務　者", "京兼　千尋")], x=30, label_w=30, size=10.5)
    p.gap(1)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.2)
    p.gap(1)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　　旭川簡易裁判所　裁判所書記官　亀割　智美", size=10.5)
    p.seal(150, p.y - 6, 12, "square", "旭川簡易裁判所書記官印", angle=0, seed=9607)
    p.gap(2)
    p.rule(18, 192, 0.5)
    p.gap(2)
    p.line("当事者目録", size=10.5, font="serif-bold", align="c")
    p.kv([("〒070-0000", "北海道旭川市御影通九丁目9番9号"), ("債務者", "京兼　千尋"),
          ("〒060-0000", "北海道札幌市北区貝塚西九丁目9番9号"), ("債権者", "株式会社ちどりローン　代表者代表取締役　兵働　直樹"),
          ("（送達場所）", "同所　管理部　電話 011-000-7316　FAX 011-000-7317")], x=24, label_w=28, size=9.3)
    p.gap(1.5)
    p.line("請求の趣旨及び原因", size=10.5, font="serif-bold", align="c")
    p.line("請求の趣旨", size=9.8, font="serif-bold", x=24)
    items = [("１", "金", f"{P:,}円", "（残元金）"), ("２", "金", f"{I:,}円", "（上記１に対する令和８年４月２８日までの利息）"),
             ("３", "金", f"{L:,}円", "（上記１に対する令和８年４月２９日から同年８月４日まで年２０％の割合による遅延損害金）"),
             ("４", "金", f"{C:,}円", "（督促手続費用）")]
    for no, k, amt, note in items:
        b = p.line(f"{no}　{k}", x=26, size=9.3)
        p.at(70, b, amt, size=9.3, align="r")
        p.at(73, b, note, size=8.6)
    b = p.line("合計　金", x=26, size=9.5, font="serif-bold")
    p.at(70, b, f"{T:,}円", size=9.5, align="r", font="serif-bold")
    p.para("５　上記１に対する令和８年８月５日から完済まで年２０％の割合による遅延損害金", x0=26, x1=192, size=9.0, indent="")
    p.line("請求の原因", size=9.8, font="serif-bold", x=24)
    for s in ("１　債権者は、債務者に対し、令和５年１０月２日、金６００，０００円を、利息年１７．８％、遅延損害金年２０％、"
              "毎月２７日限り分割返済の約定で貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後に以後の支払をせず、同年３月２７日以降の分割金の支払を怠ったため、"
              f"債権者の催告を経て{fw(era(acc))}の経過により期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        p.para(s, x0=24, x1=192, size=9.0, indent="")
    p.gap(2)
    p.add(Box(22, p.y, 170, 20, 0.4, None, SHADE))
    p.at(26, p.y + 6, "この支払督促に不服があるときは、受け取った日から２週間以内に、この裁判所に督促異議の申立てを", size=8.8)
    p.at(26, p.y + 11, "してください。お問い合わせは　旭川簡易裁判所　民事係　電話 0166-00-3160（事件番号をお知らせください）",
         size=8.8)
    p.at(26, p.y + 16, f"（申立日　{fw(era(filed))}）", size=8.5)
    tr = truth(document_type="payment_order", sender="旭川簡易裁判所", phone="0166-00-3160",
               creditor="株式会社ちどりローン", status="not_applicable", debtor="京兼千尋", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和8年(ロ)第316号", input_kind="photo_jpeg",
               template="proxy96_payment_order_asahikawa_one_page_photo", received=D(2026, 8, 24))
    return dict(stem="da07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=1.6, creases=2, fill=0.86, warm=0.25, hand="bottom",
                          hand_at=0.7, blur=0.85),
                about="payment_order (簡裁 支払督促 on one page, lender creditor)",
                unusual="phone photo on wood with creases, a THUMB over the bottom margin; the whole 支払督促 of 旭川簡裁 "
                        "on ONE page: full-width case number top-right, the order and the clerk first, then 当事者目録 as "
                        "kv lines (the creditor's 送達場所 phone and FAX as distractors), 請求の趣旨 as numbered 金 lines "
                        "with the amount and a bracketed note (残元金 / 利息 / 遅延損害金 with its window / 督促手続費用), a "
                        "合計 line and the running item ５ under it; 請求の原因 with the 令和5年 loan 600,000, 17.8％, the "
                        "last payment and the 喪失; the court phone in a shaded box; 申立日 8/4 (not issued)")


# ---------------------------------------------------------------------------------------------
# da08 real servicer (アルファ債権回収) 縦書き 催告書 (内容証明), positional kanji amounts, scanned.


def da08():
    R = 14.6
    issued, due = D(2026, 9, 10), D(2026, 9, 24)
    asg, acc, lastp = D(2026, 6, 30), D(2025, 12, 8), D(2025, 9, 29)
    weekday_ok(issued, due)
    P, I = 728_400, 18_655
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当社は、株式会社みさご信販（以下「原債権者」といいます。）が貴殿に対して有する左記債権を、"
                 f"{kdate(asg)}付で譲り受けた債権回収会社です。"),
        ("body", f"貴殿は、原債権者との立替払契約に基づく分割金の支払を{kdate(lastp)}の支払を最後に怠り、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しております。"),
        ("body", f"つきましては、本書をもって、左記合計金員を{kdate(due)}限り、当社指定口座にお振込みのうえお支払いいただく"
                 "よう催告いたします。"),
        ("body", "右期限までにお支払い又はご連絡のない場合には、貴殿に対し、何らの通知をすることなく法的手続をとることと"
                 "なりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kj(P)}"),
        ("indent", f"二　利息　　　　　{kj(I)}"),
        ("indent", f"三　遅延損害金　　{kj(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　{kj(T)}"),
        ("indent", "管理番号　ＡＬ－２６－８８０４"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区笹鳴九丁目九番九号"),
        ("low", "アルファ債権回収株式会社"),
        ("low", "法務大臣許可番号第百一号"),
        ("low", "管理部　駒宮　孝之"),
        ("low", "電話　〇三（〇〇〇〇）一〇一七"),
        ("blank", ""),
        ("low", "静岡県浜松市中央区茜台九丁目九番九号"),
        ("low", "阿左美　昌平　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 9608))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "駒宮" in it.s]
    pg.items.append(Seal(xs[0], 24.0 + (8 + 18) * size * 0.3528 * 1.05, 10, "square", "アルファ債権回収之印",
                         angle=3, seed=9609))
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1017", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社みさご信販", debtor="阿左美昌平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AL-26-8804", input_kind="vertical_scan",
               template="proxy96_vertical_real_servicer_naiyou_kanji", received=D(2026, 9, 12))
    return dict(stem="da08", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (real servicer 縦書き 催告書, 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of real servicer ★ アルファ債権回収 with 「法務大臣許可番号第百一号」 in "
                        "kanji, scanned, with the 内容証明 stamp and a square seal; every date in kanji (令和八年九月十日 …); "
                        "amounts in positional kanji (金七十二万八千四百円 …) in 一…四 items; an ABSOLUTE deadline "
                        "「令和八年九月二十四日限り」; the 譲受 date, the last payment and the 喪失 in the prose; full-width "
                        "管理番号 ＡＬ－２６－８８０４ in the 記 block; phone in kanji digits")


LETTERS = [da01, da02, da03, da04, da05, da06, da07, da08]
