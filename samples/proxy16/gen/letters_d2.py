"""Proxy set 16, letters d09–d16: a law office's letter by fax whose sender block is a rubber-stamp box at the bottom
left; a real servicer's 圧着はがき opened flat (two panels, photo); a scam SMS on a phone screen (photo); an invented
servicer's letter with the total in a big red box and the breakdown in small type with the labels on the RIGHT (HEIC);
a farmers' co-operative's 期限の利益喪失 with a 項目 / 金額 table of 貸付金残高 / 約定利息 / 損害金 (EXIF 6); a 司法書士's
縦書き 内容証明; a 縦書き 債権譲渡通知書 of an auto-credit company to a fund; a lender's 一部免除 和解 proposal whose date
stands at the very end after the signature."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    qr,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.45, 0.25)
PLUM = (0.45, 0.12, 0.35)
BLUEGRAY = (0.25, 0.32, 0.42)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# d09 law office 受任 / 請求 letter by fax: the sender block is a rubber-stamp-like box at the BOTTOM LEFT.


def d09():
    R = 14.6
    issued, due = D(2025, 10, 31), D(2025, 11, 14)
    acc, lastp = D(2025, 7, 27), D(2025, 4, 27)
    P, I = 328_700, 14_260
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.line(f"{era(issued)}", align="r")
    p.line("当職整理番号　RD25-1187", align="r", size=9.5)
    p.gap(2)
    p.line("〒730-0000　広島市中区たけや町九丁目9番9号", size=10)
    p.line("一色　隼人　殿", size=13)
    p.gap(6)
    p.title("ご　通　知", size=16, font="sans-bold")
    p.para("当職は、株式会社よもぎクレジット（以下「通知人」といいます。）から、貴殿に対する下記債権の回収について依頼を受け"
           "ましたので、本書をもってご通知いたします。今後、本件に関するご連絡は、通知人ではなく、すべて当職宛てにお願いし"
           "ます。")
    p.para("貴殿は、通知人との間の令和5年3月4日付個品割賦購入あっせん契約（商品　美容機器一式）に基づく分割金の支払を、令和"
           "7年4月27日の支払を最後に怠り、通知人からの催告にもかかわらず支払わなかったため、令和7年7月27日の経過により期限"
           "の利益を喪失しています。")
    p.para(f"つきましては、下記金員を{era(due)}（{wd(due)}）までに、下記口座にお振込みください。期限までにお支払い又は"
           "ご連絡がない場合には、訴訟提起等の法的手続を執ることになりますので、ご承知おきください。")
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 34, 160
    for lab, val in (("立替金残高", f"金{P:,}円"), ("分割手数料（未払分）", f"金{I:,}円"),
                     ("遅延損害金（令和7年7月28日から本書作成日まで年14.6％）", f"金{L:,}円"), ("合　計", f"金{T:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1 + 20, b, val, size=10.5, align="r", font="sans-bold" if "合" in lab else "sans")
        p.add(Line(x0, p.y - 1.2, x1 + 20, p.y - 1.2, 0.15))
    p.gap(2)
    p.kv([("お振込先", "もみじ中央銀行　紙屋町支店　普通預金　3301187"),
          ("口座名義", "弁護士吾妻遼一預り金口（ベンゴシアヅマリョウイチアズカリキングチ）"),
          ("（ご参考）", "通知人の会員番号 5512-＊＊＊＊-＊＊＊＊-0418 ／ 当初お支払総額 462,000円（36回払い）")],
         x=24, label_w=28, size=9.5)
    p.gap(2)
    p.para("分割でのお支払いをご希望の場合は、期限までに当職へご連絡ください。なお、本書と行き違いにお支払いいただいた"
           "場合は、ご容赦ください。", size=9.5)
    p.line("以上", align="r")
    # rubber-stamp sender box, bottom left
    y = 236
    p.add(Box(18, y, 92, 40, 0.9, (0.15, 0.15, 0.45)))
    p.add(Box(19.5, y + 1.5, 89, 37, 0.3, (0.15, 0.15, 0.45)))
    ink = (0.15, 0.15, 0.45)
    for i, (s, sz, f) in enumerate((("〒730-0000 広島市中区ほりかわ橋九丁目9番9号", 8.5, "sans"),
                                    ("ほりかわ橋第二ビル7階", 8.5, "sans"),
                                    ("りんどう綜合法律事務所", 12, "sans-bold"),
                                    ("通知人代理人　弁護士　吾　妻　遼　一", 10, "sans"),
                                    ("（広島弁護士会所属）", 8, "sans"),
                                    ("TEL 082-000-7405　FAX 082-000-7406", 10, "sans-bold"))):
        p.at(22, y + 6 + [0, 4.2, 11.5, 18.5, 23, 29.5][i] + 2, s, size=sz, font=f, color=ink)
    p.seal(100, y + 20, 11, "square", "弁護士吾妻遼一之印", angle=5, seed=16091)
    p.at(196, 270, "（ご連絡は平日10時～17時、当職事務担当 生稲まで）", size=8.5, align="r")
    tr = truth(document_type="collection_notice", sender="りんどう綜合法律事務所", phone="082-000-7405",
               creditor="株式会社よもぎクレジット", status="not_applicable", debtor="一色隼人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="RD25-1187", input_kind="fax_tiff",
               template="proxy16_law_office_stamp_box_fax", received=issued)
    return dict(stem="d09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:52 RINDO LAW 082-000-7406",
                about="collection_notice (law office for a credit company, by fax)",
                unusual="one-page G4 fax from a law office: NO letterhead — the sender is a double-framed RUBBER-STAMP box "
                        "at the BOTTOM LEFT (address in two lines, office name, 「通知人代理人　弁護士　吾　妻　遼　一」, "
                        "弁護士会, TEL and FAX on one line) with a square seal; the client is called 「通知人」 throughout; "
                        "記 as label lines with 金…円 flush right over hairlines, the window and rate inside the damage label; "
                        "a 預り金口 account; the client's masked 会員番号 and 当初お支払総額 462,000円 as distractors; "
                        "当職整理番号 under the date; the fax header shows the FAX")


# ---------------------------------------------------------------------------------------------
# d10 エー・シー・エス債権管理回収 (real, 第27号) 圧着はがき opened flat: two panels side by side, phone photo.


def d10():
    R = 14.6
    issued, due = D(2026, 5, 8), D(2026, 5, 22)
    acc, lastp, assign = D(2025, 11, 5), D(2025, 8, 5), D(2026, 3, 31)
    P, I = 193_560, 3_288
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(w=200, h=148, font="sans", size=8, left=6, right=106, top=7, leading=1.45)
    # fold line and peel marks
    for yy in range(2, 148, 4):
        p.add(Line(100, yy, 100, yy + 2, 0.2, GRAY))
    p.at(100, 3.5, "◀ はがす ▶", size=6, align="c", color=GRAY)
    # left panel
    p.add(Box(6, 6, 88, 9, color=None, fill=(0.0, 0.35, 0.55)))
    p.at(50, 12.5, "ご請求のお知らせ（重要）", size=11, font="sans-bold", align="c", color=WHITE)
    p.y = 18
    p.line("蓬田　沙織　様", size=10.5)
    p.line(f"お客様番号　AC-4471-0926　　通知日　{era(issued)}", size=7.5)
    p.gap(1)
    p.para(f"お客様が株式会社コハクカードとご契約のカード債権は、{era(assign)}付で当社が譲り受けました。令和7年8月5日の"
           "ご入金以降お支払いがなく、同年11月5日の経過により期限の利益を喪失しておりますので、下記金額を一括でお支払い"
           "ください。", x0=6, x1=94, size=7.6)
    p.gap(1)
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], ["遅延損害金", f"{L:,}円"], ["ご請求額", f"{T:,}円"]],
            [50, 38], x=6, aligns="lr", size=8.5, row_h=6, shade_col0=True)
    p.gap(1)
    p.para("※遅延損害金は元金に対し令和7年11月6日から通知日まで年14.6％で計算しています。お支払期限後も完済まで発生し"
           "ます。", x0=6, x1=94, size=6.6, indent="")
    p.para("※ご契約時のカード番号（下4桁 3391）、ご利用可能枠 200,000円はご参考です。", x0=6, x1=94, size=6.6,
           indent="")
    p.gap(2)
    yb = p.y
    p.add(Box(6, yb, 88, 6, color=None, fill=(0.88, 0.92, 0.95)))
    p.at(8, yb + 4.3, "ご契約内容", size=7.5, font="sans-bold")
    for i, (lab, val) in enumerate((("原債権者", "株式会社コハクカード"), ("ご契約日", "令和2年10月14日"),
                                    ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
                                    ("債権譲受日", era(assign)))):
        yy = yb + 6 + i * 5.4
        p.add(Line(6, yy + 5.4, 94, yy + 5.4, 0.15, GRAY))
        p.at(8, yy + 3.9, lab, size=7.2, color=GRAY)
        p.at(36, yy + 3.9, val, size=7.8)
    # right panel
    x = 106
    p.add(Box(x, 6, 88, 18, 1.0, RED))
    p.at(x + 4, 12.5, "お支払期限", size=8.5, font="sans-bold", color=RED)
    p.at(x + 4, 20.5, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    yy = 30
    for lab, val in (("お振込先", "ふじばかま銀行 本店営業部"), ("", "普通預金 0926447"),
                     ("口座名義", "エーシーエスサイケンカンリカイシュウ（カ"),
                     ("", "※振込手数料はお客様のご負担となります。"),
                     ("", "※お振込人名の前にお客様番号（数字8桁 44710926）を")
                     , ("", "　ご入力ください。")):
        if lab:
            p.at(x, yy, lab, size=7.2, font="sans-bold")
        p.at(x + 16, yy, val, size=7.2)
        yy += 4.4
    yy += 2
    p.add(Box(x, yy, 88, 26, 0.3, GRAY, (0.96, 0.97, 0.98)))
    p.at(x + 3, yy + 5, "お支払いが難しい方へ", size=8, font="sans-bold")
    for i, s in enumerate(["分割払いなどのご相談を承ります。お支払期限までに",
                           "下記フリーダイヤルへご連絡ください。ご本人様からの",
                           "お電話をお願いいたします。"]):
        p.at(x + 3, yy + 10 + i * 4.2, s, size=7)
    yy += 30
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社", 9, "sans-bold"), ("（法務大臣許可番号第27号）", 7.5, "sans"),
                     ("〒260-0000 千葉市中央区ちゅうおう港九丁目9番9号", 6.8, "sans"),
                     ("フリーダイヤル　0120-000-574", 9.5, "sans-bold"), ("受付時間　平日9:00～18:00", 6.8, "sans")):
        p.at(x, yy, s, size=sz, font=f)
        yy += sz * 0.3528 * 1.9
    qr(p, 176, 118, 17, "d10qr")
    p.at(184.5, 138, "お手続きはこちら", size=5.5, align="c")
    p.at(x, 144, "このはがきは個人情報保護のため圧着しています。", size=5.8, color=GRAY)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-574", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社コハクカード", debtor="蓬田沙織", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AC-4471-0926", input_kind="photo_jpeg",
               template="proxy16_servicer_sealed_postcard_two_panels", received=D(2026, 5, 11))
    return dict(stem="d10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(2400, 1800), fill=0.86, keystone=0.04, tilt=2.2, bg="desk", blur=0.8, warm=0.2),
                about="collection_notice (real servicer, 圧着はがき opened flat)",
                unusual="a 圧着はがき (sealed fold-over postcard) photographed OPENED FLAT: landscape, two 100 mm panels with "
                        "a dashed fold and 「◀ はがす ▶」; left panel a blue title band, name, お客様番号 and 通知日 on one "
                        "line, the 譲受 / last payment / 喪失 in a compact paragraph, a 4-row shaded-label table in "
                        "small type and a ご契約内容 list repeating the dates (ご契約日 令和2年 a distractor); right panel a red お支払期限 box, the account, a 相談 box and the sender: real "
                        "servicer ★ 「エー・シー・エス債権管理回収株式会社」 with 「（法務大臣許可番号第27号）」 in brackets "
                        "under it; card 下4桁 and ご利用可能枠 200,000円 and an 8-digit transfer code as distractors; QR")


# ---------------------------------------------------------------------------------------------
# d11 scam: an SMS on a phone screen (photographed), from a fake 「なずな債権回収センター」 with a fake licence number.


def d11():
    issued, due = D(2026, 6, 2), D(2026, 6, 3)
    T = 39_800
    W, H = 72, 150
    p = Page(w=W, h=H, font="sans", size=8, left=5, right=5, top=6, leading=1.45)
    p.add(Box(0, 0, W, H, color=None, fill=(0.08, 0.08, 0.09)))
    p.add(Box(3, 3, W - 6, H - 6, color=None, fill=(0.97, 0.97, 0.98)))
    p.at(7, 8.5, "11:24", size=7, font="sans-bold")
    p.at(W - 7, 8.5, "4G  82%", size=6, align="r")
    p.add(Box(3, 11, W - 6, 13, color=None, fill=(0.92, 0.92, 0.94)))
    p.at(7, 19, "＜", size=10, color=(0.1, 0.4, 0.9))
    p.at(W / 2, 16.5, "080-0000-3317", size=8.5, font="sans-bold", align="c")
    p.at(W / 2, 21, "SMS/MMS", size=5.5, align="c", color=GRAY)
    p.at(W / 2, 30, f"{issued.year}年{issued.month}月{issued.day}日({wd(issued)}) 11:23", size=6, align="c",
         color=GRAY)
    msg = ("【なずな債権回収センター】\n漆畑 裕子 様\nご利用の動画配信サービスの未払料金につき、債権移行のため確認事項が"
           "御座います。\n未払額：￥39,800\n管理番号：NZ-5521\nお支払期限：6月3日(水)15時\n期限を過ぎますと法的手続"
           "（給与・預金の差押え）へ移行します。本日中に必ず御連絡下さい。\nお問合せ先：03-0000-8841（担当 鍋倉）\n"
           "株式会社なずな債権回収センター\n法務大臣許可番号第263号")
    from samples.letters.proxydraw import wrap_nb
    lines = wrap_nb(msg, W - 22, 7.4, "sans", "")
    bh = len(lines) * 7.4 * 0.3528 * 1.42 + 6
    p.add(Box(6, 33, W - 16, bh, color=None, fill=(0.88, 0.88, 0.90)))
    yy = 37.5
    for ln in lines:
        p.at(9, yy + 2, ln, size=7.4, color=(0.05, 0.05, 0.05))
        yy += 7.4 * 0.3528 * 1.42
    p.at(8, 33 + bh + 4, "11:23", size=5.5, color=GRAY)
    p.add(Box(3, H - 19, W - 6, 16, color=None, fill=(0.92, 0.92, 0.94)))
    p.add(Box(8, H - 15, W - 22, 8, 0.2, GRAY, WHITE))
    p.at(10, H - 9.8, "テキストメッセージ", size=6, color=GRAY)
    p.at(W - 9, H - 9.5, "↑", size=9, align="c", color=(0.1, 0.4, 0.9))
    tr = truth(document_type="other", sender="株式会社なずな債権回収センター", license_number=263,
               phone="03-0000-8841", creditor=None, status="not_licensed", debtor="漆畑裕子", total=T, lump=False,
               issued=issued, payment_due=due, reference="NZ-5521", is_scam=True, input_kind="photo_jpeg",
               template="proxy16_scam_sms_screen_fake_servicer", received=None)
    return dict(stem="d11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.78, keystone=0.03, tilt=3.0, bg="wood", blur=0.85, glare=25),
                about="other (scam SMS on a phone screen)",
                unusual="not a letter at all: a photo of a PHONE SCREEN showing an SMS (dark bezel, status bar 11:24, "
                        "the sending number 080-0000-3317 as the thread title, a timestamp 2026年6月2日(火) 11:23, one grey "
                        "bubble): 【なずな債権回収センター】, 「債権移行のため確認事項が御座います」, 「本日中に必ず御連絡下さい」, "
                        "未払額 ￥39,800 for 動画配信サービス (creditor null), 管理番号, a month-day deadline 6月3日(水)15時, "
                        "差押え threat, a 03 contact number and a FAKE 「法務大臣許可番号第263号」 (→ not_licensed)")


# ---------------------------------------------------------------------------------------------
# d12 invented servicer まつむし債権管理回収 (第232号): the total in a BIG RED BOX, the breakdown in small type below as a
#     table whose labels stand in the RIGHT column and the amounts on the LEFT. iPhone HEIC.


def d12():
    R = 20.0
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    acc, lastp, assign = D(2025, 9, 2), D(2025, 6, 30), D(2025, 12, 19)
    P, I = 356_880, 8_912
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "まつむし債権管理回収株式会社", size=13, font="sans-bold", color=PLUM)
    p.at(15, 25, "法務大臣許可番号 第232号", size=8.5, color=PLUM)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "ご照会番号　MM-3329-0418", size=9.5, align="r")
    p.y = 34
    p.line("〒950-0000　新潟県新潟市東区まつなみ町九丁目9番9号", size=10)
    p.line("糸魚川　亮　様", size=13.5)
    p.gap(4)
    p.title("ご入金のお願い", size=15)
    p.para(f"株式会社ほしがきローンとのご契約に基づく貸付債権は、{era(assign)}付で当社が譲り受け、管理しております。ご返済が"
           f"滞っており、期限の利益を喪失しておりますので、下記金額を{era(due)}（{wd(due)}）までにお支払いください。", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 34, 2.2, RED))
    p.at(105, y + 9, "ご請求金額", size=12, font="sans-bold", align="c", color=RED)
    p.at(105, y + 25, f"{T:,}円", size=30, font="sans-bold", align="c", color=RED)
    p.at(176, y + 31, f"{era(issued)}現在", size=7.5, align="r", color=RED)
    p.y = y + 38
    p.line("内訳", x=58, size=7.5, font="sans-bold")
    p.table([["金額（円）", "項目"], [f"{P:,}", "貸付残元金"], [f"{I:,}", "経過利息（喪失日まで）"],
             [f"{L:,}", "遅延損害金（令和7年9月3日から年20.0％）"], [f"{T:,}", "ご請求金額"]],
            [28, 70], x=58, header=True, aligns="rl", size=7.2, row_h=4.6, line_w=0.15)
    p.gap(4)
    p.para("お振込先：はまひるがお銀行 新潟駅前支店 普通預金 3329041 マツムシサイケンカンリカイシユウ（カ", size=9, indent="")
    p.para("最終ご入金日：令和7年6月30日　　期限の利益喪失日：令和7年9月2日　　原契約番号：HG-2208-1175", size=8.5,
           indent="")
    p.para("ご融資日：令和4年8月22日　ご融資額：500,000円", size=8.5, indent="")
    p.gap(3)
    p.para("お支払期限までにお支払いもご連絡もない場合には、訴訟等の法的手続を検討いたします。分割のご相談は下記まで"
           "お電話ください。", size=9.5)
    p.gap(5)
    for s, sz, f in (("まつむし債権管理回収株式会社　管理部", 10, "sans-bold"),
                     ("〒950-0000 新潟市中央区ばんだい橋九丁目9番9号", 8.5, "sans"),
                     ("TEL 025-000-7716（平日 9:30～17:30）　担当：斑目", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(186, p.y - 10, 12, "square", "まつむし債権管理回収印", angle=4, seed=16121)
    tr = truth(document_type="collection_notice", sender="まつむし債権管理回収株式会社", license_number=232,
               phone="025-000-7716", creditor="まつむし債権管理回収株式会社", status="unverified",
               original="株式会社ほしがきローン", debtor="糸魚川亮", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MM-3329-0418", input_kind="photo_heic",
               template="proxy16_invented_servicer_big_red_total", received=D(2026, 2, 23))
    return dict(stem="d12", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, glare=30, fill=0.86, warm=0.3),
                about="collection_notice (invented servicer, big red total)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare; INVENTED servicer 「まつむし債権管理回収株式会社」 "
                        "with 「法務大臣許可番号 第232号」 (→ unverified) in plum under the name top-LEFT; the total alone in a "
                        "BIG RED BOX (30 pt) with 「…現在」 in its corner; the breakdown only in SMALL type (7 pt) below as a "
                        "table with the amounts on the LEFT (「金額（円）」) and the labels on the RIGHT (「項目」: 貸付残元金 / "
                        "経過利息 / 遅延損害金 with window and rate / ご請求金額); last payment, 喪失, 原契約番号, ご融資日 and "
                        "ご融資額 500,000円 (distractor) as one-line colon lists")


# ---------------------------------------------------------------------------------------------
# d13 farmers' co-operative 期限の利益喪失通知, phone photo stored sideways (EXIF 6): a 「項　目 ／ 金　額」 table with
#     貸付金残高 / 約定利息 / 損害金.


def d13():
    R = 14.5
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    acc, lastp = D(2025, 11, 28), D(2025, 6, 30)
    P, I = 1_184_000, 9_730
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"{era(issued)}", align="r")
    p.line("整理番号　OB-1212-0087", align="r", size=9.5)
    p.gap(2)
    p.line("北海道北斗市おぼろ野九丁目9番9号", size=10)
    p.line("鶴ヶ谷　勝利　様", size=13)
    p.gap(3)
    for s, sz, f in (("おぼろ野農業協同組合", 12, "serif-bold"), ("代表理事組合長　羽　入　　　正", 10, "serif"),
                     ("（担当　信用部融資課　楠瀬）", 9, "serif"), ("電話　0138-00-4421", 10, "serif")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(188, p.y - 14, 14, "square", "おぼろ野農業協同組合之印", angle=-2, seed=16131)
    p.gap(4)
    p.title("期限の利益喪失通知書", size=15, font="serif-bold")
    p.para("貴殿に対する当組合の下記貸付金（農機具資金、貸付番号51-00312）について、令和7年6月30日のご返済を最後に、"
           "その後の約定返済がございません。当組合は、令和7年11月14日付の催告書により、同月28日までに延滞額をお支払い"
           "いただくよう求めましたが、お支払いはございませんでした。")
    p.para("よって、貴殿は農協取引約定書第5条第2項に基づき、令和7年11月28日の経過をもって本貸付金について期限の利益を"
           "喪失いたしましたので、ご通知いたします。つきましては、下記の金額を期日までに一括してお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["項　　目", "金　　額"], ["貸付金残高", f"{P:,}円"], ["約定利息（令和7年7月1日～11月28日）", f"{I:,}円"],
             ["損害金（令和7年11月29日～12月12日　年14.5％）", f"{L:,}円"], ["計", f"{T:,}円"]],
            [118, 50], x=21, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    p.kv([("お支払期日", f"{era(due)}（{wd(due)}）"), ("お支払方法", "当組合本所 信用窓口へのご持参、又は貴殿名義の"
                                                    "貯金口座（普通 0087412）へのご入金"),
          ("ご参考", "当初貸付金額 1,800,000円　約定利率 年1.95％　毎年6月・12月末日 半年賦返済")],
         x=25, label_w=30, size=10)
    p.gap(3)
    p.para("なお、お支払期日を過ぎても、貸付金残高に対し完済の日まで年14.5％の割合による損害金が発生いたします。お支払い"
           "が困難な場合は、期日までに担当までご相談ください。期日までにご入金がない場合は、担保物件（農業用機械）の引揚げ"
           "等の手続に移らせていただきます。", size=10)
    tr = truth(document_type="acceleration_notice", sender="おぼろ野農業協同組合", phone="0138-00-4421",
               creditor="おぼろ野農業協同組合", status="not_applicable", debtor="鶴ヶ谷勝利", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="OB-1212-0087", input_kind="photo_exif_rotated",
               template="proxy16_coop_acceleration_item_amount_table_exif6", received=D(2025, 12, 15))
    return dict(stem="d13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, shadow=0.28, shadow_side="bottom", fill=0.85),
                about="acceleration_notice (farmers' co-operative, item/amount table)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow at "
                        "the bottom; a 農業協同組合 (代表理事組合長) letter; the table's header is 「項　目 ／ 金　額」 with the "
                        "co-op's own item names 貸付金残高 (= principal), 約定利息 (= interest), 損害金 (= late damages, "
                        "window and 年14.5％ in the label) and 計; the 催告書 date 11/14 and its deadline 11/28 (= "
                        "acceleration); 貸付番号 in the prose and a 貯金口座 number (distractors, the reference is the 整理番号); "
                        "当初貸付金額 1,800,000円 and 年1.95％ as ご参考")


# ---------------------------------------------------------------------------------------------
# d14 司法書士's 縦書き 内容証明 催告書 for a consumer-loan company; digital.


def d14():
    R = 20.0
    issued, due = D(2026, 1, 9), D(2026, 1, 23)
    acc, lastp = D(2025, 8, 25), D(2025, 5, 26)
    P, I = 386_000, 4_218
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社たびびとキャッシング（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "催告いたします。"),
        ("body", "貴殿は、通知人との間の令和五年二月十日付金銭消費貸借契約に基づく分割返済を、令和七年五月二十六日の返済を最後"
                 "に怠り、令和七年八月二十五日の経過により期限の利益を喪失しました。"),
        ("body", f"つきましては、本日現在の左記債務合計{kyen(T)}を、令和八年一月二十三日限り、左記口座にお支払いください。"),
        ("body", "右期限までにお支払いがないときは、通知人において、貴殿に対し訴訟その他の法的手続を執りますので、念のため"
                 "申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年八月二十六日から本日まで年二十パーセントの割合）"),
        ("indent", f"四　合　計　　　{kyen(T)}"),
        ("indent", "振込先　ひごの国銀行　上通支店　普通預金　"),
        ("plain", "　　　　口座番号　二六〇一二〇九"),
        ("plain", "　　　　口座名義　司法書士蔵重瑛二預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "熊本県熊本市中央区かみとおり九丁目九番九号"),
        ("low", "蔵重司法書士事務所"),
        ("low", "通知人代理人　司法書士　蔵重　瑛二"),
        ("low", "（熊本県司法書士会　登録番号第九九九号）"),
        ("low", "電話　〇九六（〇〇〇）二二七三"),
        ("low", "整理番号　ＫＳ－２６０１２"),
        ("blank", ""),
        ("low", "熊本県合志市すずかぜ台九丁目九番九号"),
        ("low", "蜂須賀　玲奈　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 16141))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "蔵重　瑛二" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 9, "square", "司法書士蔵重之印", angle=3,
                         seed=16142))
    tr = truth(document_type="collection_notice", sender="蔵重司法書士事務所", phone="096-000-2273",
               creditor="株式会社たびびとキャッシング", status="not_applicable", debtor="蜂須賀玲奈", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KS-26012", input_kind="vertical_pdf",
               template="proxy16_vertical_naiyou_judicial_scrivener", received=D(2026, 1, 12))
    return dict(stem="d14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士, 縦書き 内容証明)",
                unusual="a 司法書士's 縦書き 催告書 (冠省 … 草々), digital, with the post office's 内容証明 stamp; the total "
                        "appears TWICE (in the body before 記 and as 四 合計); positional kanji amounts 金三十八万六千円 …; "
                        "rate 年二十パーセント in words; 令和八年一月二十三日限り; a 預り金口 account number in kanji digits "
                        "(distractor); the 司法書士会 登録番号第九九九号 (NOT a servicer licence); phone in kanji digits "
                        "〇九六（〇〇〇）二二七三; full-width 整理番号 ＫＳ－２６０１２ stacked (→ KS-26012)")


# ---------------------------------------------------------------------------------------------
# d15 縦書き 債権譲渡通知書 of an auto-credit company to a fund (合同会社), scanned; no reference number at all.


def d15():
    R = 14.6
    issued, assign = D(2025, 11, 7), D(2025, 10, 31)
    acc, lastp = D(2025, 8, 5), D(2025, 4, 27)
    P, I = 928_400, 11_506
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "当社は、貴殿に対して有する左記債権を、令和七年十月三十一日付で、合同会社はなだいこんファンディング（東京都"
                 "中央区にほんばし川九丁目九番九号）に譲渡いたしましたので、民法第四百六十七条に基づき、本書をもってご通知"
                 "申し上げます。"),
        ("body", "今後のお支払いは、譲受人又は譲受人から回収の委託を受けた者の指示に従ってお支払いください。当社へのお支払い"
                 "はお受けいたしかねます。"),
        ("indent", "記"),
        ("indent", "一　原契約　令和四年四月二十日付オートローン契約（自動車購入資金、立替金）"),
        ("indent", "二　最終弁済日　令和七年四月二十七日"),
        ("indent", "三　期限の利益喪失日　令和七年八月五日"),
        ("indent", "四　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　残元金　　　{kyen(P)}"),
        ("plain", f"　　未払利息　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　{kyen(L)}"),
        ("plain", "　　（期限の利益喪失日の翌日から譲渡日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岩手県盛岡市ゆきみず町九丁目九番九号"),
        ("low", "ゆきみずオートクレジット株式会社"),
        ("low", "代表取締役　粟津　修平"),
        ("low", "電話　〇一九（〇〇〇）三一八八"),
        ("blank", ""),
        ("low", "岩手県花巻市ささやき台九丁目九番九号"),
        ("low", "芦名　浩二　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "粟津" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16.5) * size * 0.3528 * 1.05, 11, "round",
                         "ゆきみずオートクレジット|代表/取締役", angle=-6, seed=16151))
    tr = truth(document_type="assignment_notice", sender="ゆきみずオートクレジット株式会社", phone="019-000-3188",
               creditor="合同会社はなだいこんファンディング", status="not_applicable",
               original="ゆきみずオートクレジット株式会社", debtor="芦名浩二", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference=None, input_kind="vertical_scan",
               template="proxy16_vertical_assignment_auto_credit_to_fund", received=D(2025, 11, 10))
    return dict(stem="d15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (auto-credit company → fund, 縦書き)",
                unusual="縦書き 債権譲渡通知書 sent by the 譲渡人 alone (an auto-credit company, 代表取締役 round seal), scanned; "
                        "the 譲受人 is NOT a servicer but a fund 「合同会社はなだいこんファンディング」 named with its address "
                        "inside the body; 民法第四百六十七条 (a number in kanji that is not an amount); 記 with numbered "
                        "lines: contract date, 最終弁済日, 喪失日, and the 譲渡債権の額 as indented lines in positional kanji "
                        "with 年十四・六パーセント; informs only (no payment date); NO reference number anywhere (null); "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# d16 lender's 一部免除による和解のご提案, 2 pages: the letter DATE stands at the very END, after the signature.


def d16():
    R = 20.0
    issued, reply, asof = D(2026, 5, 11), D(2026, 5, 29), D(2026, 4, 30)
    acc, lastp = D(2025, 10, 3), D(2025, 7, 4)
    P, I = 512_300, 7_742
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    lumpA = 420_000
    n_b, mon_b, last_b = 35, 14_300, 11_800
    assert mon_b * n_b + last_b == P
    p = Page(font="sans", size=10, top=16)
    p.line("ききょうファイナンス", size=13, font="sans-bold", color=BLUEGRAY)
    p.gap(2)
    p.line("〒590-0000　大阪府堺市堺区ききょう浜九丁目9番9号", size=10)
    p.line("菖蒲沢　美穂　様", size=13)
    p.line("ご契約者番号　KF-0093-5521", size=9.5)
    p.gap(5)
    p.title("一部免除による和解のご提案", size=15)
    p.para("平素より格別のお引き立てを賜り、誠にありがとうございます。")
    p.para("お客様のご契約につきましては、令和7年7月4日のご入金を最後にご返済がなく、令和7年10月3日の経過により期限の利益"
           "を喪失しております。令和8年4月30日現在のご債務は、次のとおりです。")
    p.gap(1)
    p.table([["元金", "利息", "遅延損害金（年20.0％）", "ご債務合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 42, 50, 46], x=15, header=True, aligns="rrrr", size=10, row_h=8)
    p.gap(3)
    p.para("このたび、お客様のご事情を踏まえ、下記いずれかの方法によりお支払いいただける場合には、残りのご債務を免除する"
           "和解に応じることといたしました。")
    p.gap(1)
    p.table([["", "お支払方法", "お支払額", "免除額"],
             ["Ａ案", "一括　令和8年6月10日まで", f"{lumpA:,}円", f"{T - lumpA:,}円"],
             ["Ｂ案", f"分割　36回（月々{mon_b:,}円、最終回{last_b:,}円）", f"{P:,}円", f"{I + L:,}円"]],
            [16, 84, 40, 40], x=15, header=True, aligns="clrr", size=9.8, row_h=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, BLUEGRAY))
    p.at(19, y + 8, "ご回答期限", size=11, font="sans-bold", color=BLUEGRAY)
    p.at(52, y + 8.2, f"令和8年5月29日（{wd(reply)}）までに、2枚目の回答書をご返送ください", size=11, font="sans-bold")
    p.y = y + 16
    p.para("期限までにご回答がない場合、本提案はなかったものとさせていただき、ご債務全額を一括でご請求いたします。本提案"
           "についてのご質問は、下記までお電話ください。", size=9.5)
    p.gap(2)
    p.line("以上", align="r")
    p.gap(6)
    for s, sz, f in (("株式会社ききょうファイナンス", 11, "sans-bold"), ("債権管理部　和解担当　瀬底", 9.5, "sans"),
                     ("〒530-0000 大阪市北区うめがえ町九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-739（平日9時～18時）", 9.5, "sans"),
                     ("貸金業登録番号 近畿財務局長(5)第00739号", 8, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 18, 13, "square", "ききょうファイナンス之印", angle=3, seed=16161)
    p.gap(6)
    p.line(era(issued), x=110, size=10.5)
    q = Page(font="sans", size=10, top=18)
    q.title("回　答　書", size=15)
    q.line("株式会社ききょうファイナンス　債権管理部　行", size=10.5)
    q.gap(3)
    q.para("私は、貴社の「一部免除による和解のご提案」について、次のとおり回答します。（いずれかに○をつけてください）")
    q.gap(2)
    for s in (f"□　Ａ案（一括 {lumpA:,}円を令和8年6月10日までに支払う）を希望します。",
              f"□　Ｂ案（元金 {P:,}円を36回の分割で支払う）を希望します。初回お支払日　令和8年6月末日",
              "□　いずれの案も希望しません。（ご事情をお書きください）"):
        q.line(s, x=22, size=10)
        q.gap(3)
    q.gap(6)
    for lab in ("ご記入日　令和　　年　　月　　日", "ご住所", "ご署名", "お電話番号"):
        q.line(lab, x=22, size=10.5)
        q.add(Line(22, q.y - 1, 188, q.y - 1, 0.3))
        q.gap(6)
    q.gap(4)
    q.para("※和解が成立した場合、別途「和解契約書」をお送りします。※回答書のご返送は、同封の返信用封筒をご利用ください。"
           "※ご返送の際は、ご契約者番号 KF-0093-5521 をご確認ください。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社ききょうファイナンス", phone="0120-000-739",
               creditor="株式会社ききょうファイナンス", status="not_applicable", debtor="菖蒲沢美穂", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="KF-0093-5521", input_kind="pdf_text_2page",
               template="proxy16_lender_partial_waiver_date_at_end", received=D(2026, 5, 13))
    return dict(stem="d16", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (consumer lender, 一部免除, 2 pages)",
                unusual="the letter date stands at the VERY END, under the sender block and seal (nothing at the top but the "
                        "brand, the addressee and ご契約者番号); the amounts are as of 令和8年4月30日 (≠ the letter date); a "
                        "plan table Ａ案 一括 420,000 by 6/10 (with its own date) / Ｂ案 36 instalments of 元金, each with a "
                        "免除額 (all distractors); ご回答期限 in a framed bar (= payment_due); 貸金業登録番号 (not a "
                        "licence); p.2 a 回答書 with tick boxes and a blank 令和　年　月　日")


LETTERS = [d09, d10, d11, d12, d13, d14, d15, d16]
