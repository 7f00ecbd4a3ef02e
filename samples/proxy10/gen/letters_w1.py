"""Proxy set 10, letters w01–w08: a card company's 督促状 with a logo, an address window and the amounts in ONE row
under item columns; a bank's 期限の利益喪失 in two columns with a 千円 table; a joint 債権譲渡 with the two parties side
by side and the 内訳 in brackets; a servicer's fax with colon lines and ￥…- amounts; a servicer's 分割弁済 proposal
with the sender printed vertically in the right margin; a servicer's 受託 letter with a framed amount and dotted
leaders (photo, EXIF 8); a 2-page 支払督促 (松江簡裁) with 別紙; a 簡裁 (ハ) 呼出状 + 訴状 of a guarantee company."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, late, leader, truth

from samples.letters.fmt import fullwidth
from samples.letters.layout import GRAY, RED, Line

fw = fullwidth
NAVY = (0.10, 0.20, 0.45)
TEAL = (0.0, 0.45, 0.48)
SHADE = (0.92, 0.92, 0.92)
PALE = (0.95, 0.97, 1.0)
WHITE = (1.0, 1.0, 1.0)


def fk(n: int) -> str:
    return fw(f"金{n:,}円")


# ---------------------------------------------------------------------------------------------
# w01 card company 督促状 (digital): square logo + company name top-left, the address in a window frame, the sender
#     block BOTTOM-RIGHT; the amounts as ONE row under four item columns (¥, no 円); slash dates; the whole revolving
#     balance and the credit line as distractors.


def w01():
    R = 19.94
    P, INT = 28_400, 7_926
    L = late(P, R, D(2025, 11, 28), D(2026, 1, 9))
    T = P + INT + L
    p = Page(font="sans", size=10, top=12)
    p.box(20, 11, 13, 13, width=0.3, color=None, fill=NAVY)
    p.at(26.5, 20.2, "CL", size=13, font="sans-bold", align="c", color=WHITE)
    p.at(36, 18.2, "コスモリンクカード", size=15, font="sans-bold", color=NAVY)
    p.at(36, 23.2, "COSMOLINK CARD", size=7.5, color=NAVY)
    p.at(190, 17, "2026/01/09", size=10, align="r")
    p.at(190, 22.5, "お問合せ番号　CL-26-0109-4471", size=9, align="r")
    p.add(Line(20, 28, 190, 28, 0.6, NAVY))
    p.box(22, 36, 92, 33, width=0.2, color=GRAY)
    p.at(26, 43, "〒781-0000", size=9.5)
    p.at(26, 48.5, "高知県高知市はりまや町九丁目9番9号", size=9.5)
    p.at(26, 53.5, "コーポ潮江 305号", size=9.5)
    p.at(30, 63, "蔦谷　美咲　様", size=14)
    p.box(152, 38, 30, 10, width=0.6, color=RED)
    p.at(167, 45, "親　展", size=12, font="sans-bold", align="c", color=RED)
    p.at(167, 55, "大切なお知らせです", size=8, align="c")
    p.y = 78
    p.title("ご入金のお願い（督促状）", size=15)
    p.para("平素はコスモリンクカードをご利用いただき、誠にありがとうございます。")
    p.para("さて、お客様のカードご利用代金のうち、2025/11/27 及び 2025/12/27 のお支払い分につきまして、"
           "本日現在ご入金の確認ができておりません。つきましては、下記のご請求額を お支払期限までに お振込みください"
           "ますよう お願い申し上げます。")
    p.para("なお、お支払いの確認ができるまで、カードのご利用を停止させていただいております。")
    p.gap(3)
    p.line("■ ご請求額の内訳（2026/01/09 現在）", size=10, font="sans-bold")
    p.table([["ご請求元金", "ご請求利息", "遅延損害金", "ご請求額合計"],
             [f"¥{P:,}", f"¥{INT:,}", f"¥{L:,}", f"¥{T:,}"]],
            [42.5, 42.5, 42.5, 42.5], header=True, aligns="rrrr", size=11, row_h=9)
    p.gap(1)
    p.para("※遅延損害金は、ご請求元金に対する 2025/11/28 から 2026/01/09 まで年19.94％（年365日の日割計算）の"
           "割合によるものです。", size=8.5, indent="")
    p.gap(3)
    p.kv([("お支払期限", "2026/01/23（金）"),
          ("最終ご入金日", "2025/10/27"),
          ("お振込先", "さくらば銀行　高知中央支店　普通　3318507　カ）コスモリンクカード")],
         x=24, label_w=30, sep="：", size=9.5)
    p.line("（お振込人名の前にお問合せ番号の下4桁「4471」を入力してください）", x=54, size=8.5)
    p.gap(3)
    y = p.y
    p.box(24, y, 162, 15, width=0.2, color=GRAY, fill=SHADE)
    p.at(28, y + 5.5, "〈ご参考〉このお知らせの日のご利用状況", size=8.5, font="sans-bold")
    p.at(28, y + 11.2, "カードご利用残高（リボ払い・今回ご請求分を含む）　386,200円　　ご利用可能枠　500,000円（停止中）",
         size=8.5)
    p.y = y + 20
    p.para("※本状と行き違いにご入金いただいた場合は、何卒ご容赦ください。お支払期限までにご入金がない場合は、"
           "カードのご契約を解除し、ご利用残高の全額を一括でご請求させていただくことがあります。", size=8.5, indent="")
    y = 236
    p.add(Line(116, y, 190, y, 0.3, NAVY))
    p.at(118, y + 6, "株式会社コスモリンクカード", size=11, font="sans-bold")
    p.at(118, y + 11.5, "債権管理センター　回収第一グループ", size=9)
    p.at(118, y + 16.5, "〒760-0000 香川県高松市さんばし町九丁目9番9号", size=8)
    p.at(118, y + 22.5, "TEL 0120-000-418（通話料無料）", size=10.5, font="sans-bold")
    p.at(118, y + 27.5, "受付時間　平日 9:00～17:30", size=8.5)
    p.at(118, y + 33, "貸金業登録番号 四国財務局長（5）第00412号", size=7.5)
    p.at(118, y + 37, "日本貸金業協会会員 第002207号", size=7.5)
    p.seal(181, y + 9, 12, "square", "コスモリンクカード之印", angle=-4, seed=10101)
    tr = truth(document_type="collection_notice", sender="株式会社コスモリンクカード", phone="0120-000-418",
               creditor="株式会社コスモリンクカード", status="not_applicable", debtor="蔦谷美咲", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2026, 1, 9), payment_due=D(2026, 1, 23),
               last_payment=D(2025, 10, 27), reference="CL-26-0109-4471", input_kind="pdf_text",
               template="proxy10_card_logo_window_one_row", received=D(2026, 1, 12))
    return dict(stem="w01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 督促状, arrears only)",
                unusual="card company letterhead with a navy square logo 「CL」 and the brand name top-left; the addressee "
                        "inside a grey address-WINDOW frame, 親展 box right of it; amounts as ONE row of four ¥ values "
                        "(no 円) under the item columns ご請求元金/ご請求利息/遅延損害金/ご請求額合計; rate 年19.94％; slash "
                        "dates 2026/01/09 throughout; お問合せ番号; a shaded 〈ご参考〉 box with the revolving balance 386,200 "
                        "and credit line 500,000 (distractors); arrears only (lump false, the 一括 is only threatened); "
                        "sender block BOTTOM-RIGHT with 0120 number, 貸金業登録番号 and 協会会員番号 (not licences)")


# ---------------------------------------------------------------------------------------------
# w02 bank 期限の利益喪失 of a housing loan, scanned: sender top-right with a seal, two columns (narrative left, a
#     shaded sidebar of label-above-value cells right), the amounts in 千円 with a 単位 note; full-width era dates.


def w02():
    R = 14.6
    P, INT = 18_250_000, 46_000
    L = late(P, R, D(2026, 1, 20), D(2026, 2, 18))
    assert L % 1000 == 0, L
    T = P + INT + L
    k = lambda n: f"{n // 1000:,}"  # noqa: E731
    p = Page(font="serif", size=10.5, top=14)
    p.line("令和８年２月１８日", align="r")
    top = p.y
    p.line("〒772-0000", size=9.5)
    p.line("徳島県鳴門市うずまき町九丁目9番9号", size=9.5)
    p.gap(2)
    p.line("御　厨　　達　也　殿", size=13)
    p.y = top + 1
    p.line("株式会社うずしお銀行", x=132, size=12, font="serif-bold")
    p.line("鳴門支店　支店長　三　好　　昌　平", x=132, size=9.5)
    p.line("〒772-0000 鳴門市みなと通九丁目9番9号", x=132, size=8.5)
    p.line("電話 088-000-6120（融資課）", x=132, size=9)
    p.seal(186, top + 12, 13, "square", "うずしお銀行鳴門支店長印", angle=3, seed=10201)
    p.gap(6)
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold")
    y0 = p.y
    # right sidebar: label above value cells on a pale background
    sx, sw = 136, 54
    p.box(sx - 2, y0 - 2, sw + 4, 92, width=0.2, color=GRAY, fill=PALE)
    p.at(sx, y0 + 3, "お取引の概要", size=9.5, font="serif-bold")
    rows = [("お客様番号", "0471-229856"), ("ご融資の種類", "住宅ローン（変動金利型）"),
            ("最終ご返済日", "令和７年１０月２７日"), ("期限の利益喪失日", "令和８年１月１９日"),
            ("遅延損害金の割合", "年１４．６％（年３６５日日割）")]
    yy = y0 + 6
    for lab, val in rows:
        cell(p, sx, yy, sw, 13, lab, val, lsize=7.5, vsize=9.5, font="serif")
        yy += 14
    p.box(sx, yy, sw, 14, width=0.8)
    p.at(sx + 1.5, yy + 4, "お支払期限", size=7.5, font="serif")
    p.at(sx + 2.5, yy + 11, "令和８年３月６日（金）", size=10.5, font="serif-bold")
    # left column: the narrative
    p.y = y0
    p.para("拝啓　平素は格別のお引立てを賜り、厚く御礼申し上げます。", x1=128, size=10)
    p.para("さて、貴殿との間の平成２９年９月２２日付金銭消費貸借契約（住宅ローン）につきましては、令和７年１１月分以降の"
           "ご返済が滞っており、当行から再三にわたりご返済をお願いしてまいりましたが、現在に至るまでご入金をいただいて"
           "おりません。", x1=128, size=10)
    p.para("つきましては、銀行取引約定書第５条の定めにより、令和８年１月１９日の経過をもって、貴殿は本契約に基づく"
           "債務全額について期限の利益を喪失されましたので、ご通知申し上げます。", x1=128, size=10)
    p.para("あわせて、下記の残債務全額を、右記のお支払期限までに一括してお支払いくださいますよう、ご請求申し上げます。"
           "期限までにお支払いがない場合は、保証会社による代位弁済の手続又は担保不動産の競売の申立てに移行いたします。",
           x1=128, size=10)
    p.line("敬具", x=118, size=10)
    p.y = max(p.y, y0 + 94)
    p.gap(2)
    p.line("記", align="c")
    p.line("ご請求残債務の明細（令和８年２月１８日現在）", x=24, size=10.5, font="serif-bold")
    p.at(186, p.y - 1.0, "（単位：千円）", size=8.5, align="r")
    p.table([["項　目", "金　額", "備　考"],
             ["残元金", k(P), ""],
             ["未収利息", k(INT), "令和７年１０月２８日～令和８年１月１９日（約定利率）"],
             ["遅延損害金", k(L), "令和８年１月２０日～令和８年２月１８日（年１４．６％）"],
             ["合　計", k(T), ""]], [30, 30, 102], x=24, header=True, aligns="lrl", size=10, font="serif")
    p.gap(2)
    p.para("（ご参考）当初ご融資額 32,000千円／毎月のご返済額 98千円（ボーナス時加算なし）／ご融資番号 558-0091734",
           x0=24, size=8.5, indent="")
    p.para("※令和８年２月１９日以降も、残元金に対し年１４．６％の割合による遅延損害金が日々発生いたします。", x0=24,
           size=8.5, indent="")
    p.para("※お振込先　うずしお銀行 鳴門支店 別段預金 0600418　（振込手数料はお客様のご負担となります）", x0=24, size=8.5,
           indent="")
    p.line("以　上", x=176, size=10)
    tr = truth(document_type="acceleration_notice", sender="株式会社うずしお銀行", phone="088-000-6120",
               creditor="株式会社うずしお銀行", status="not_applicable", debtor="御厨達也", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 2, 18), payment_due=D(2026, 3, 6),
               acceleration=D(2026, 1, 19), last_payment=D(2025, 10, 27), reference="0471-229856",
               input_kind="scan_png", template="proxy10_bank_two_column_thousands", received=D(2026, 2, 20))
    return dict(stem="w02", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank housing loan, 千円)",
                unusual="bank letter, scanned: sender block TOP-RIGHT (bank, 支店長, phone) with a square seal, addressee 殿 "
                        "top-left; TWO COLUMNS — the narrative on the left, a pale sidebar on the right of label-above-value "
                        "cells (お客様番号, 最終ご返済日, 期限の利益喪失日, rate) and a bold-framed お支払期限 cell; the "
                        "amounts in a 3-column table in 千円 with 「（単位：千円）」 (18,250 / 46 / 219 / 18,515 → ×1000); "
                        "full-width era dates; (ご参考) line 当初ご融資額 32,000千円 / 98千円 / ご融資番号 (distractors)")


# ---------------------------------------------------------------------------------------------
# w03 joint 債権譲渡 (信用組合 → 住宅債権管理回収機構, real servicer 第91号), 2-page digital PDF: the two parties in
#     two framed boxes SIDE BY SIDE, 譲渡債権額 with its 内訳 in brackets after the total; p.2 別紙 with leader lines.


def w03():
    R = 14.0
    P, INT = 6_712_400, 38_917
    L = late(P, R, D(2025, 12, 11), D(2026, 3, 2))
    T = P + INT + L
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和8年3月4日", align="r")
    p.line("〒370-0000　群馬県高崎市からっ風町九丁目9番地9", size=9.5)
    p.line("鮫島　直樹　様", size=13.5)
    p.gap(4)
    p.title("債権譲渡及び譲受のご通知", size=16, font="serif-bold")
    y = p.y
    for x, head, lines, seal in (
            (20, "譲 渡 人", ["群馬県前橋市ひろせ川九丁目9番9号", "こがね信用組合", "理事長　木暮　一成"],
             ("round", "こがね信用組合|理事長/之印")),
            (107, "譲 受 人", ["東京都新宿区すいどう町九丁目9番9号", "株式会社住宅債権管理回収機構", "代表取締役　葛西　晴臣",
                             "法務大臣許可番号　第91号"], ("round", "住宅債権管理回収機構|代表取締役/印"))):
        p.box(x, y, 83, 36, width=0.4)
        p.box(x, y, 83, 7, width=0.4, fill=SHADE)
        p.at(x + 41.5, y + 5, head, size=10, font="serif-bold", align="c")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 13 + i * 5.6, s, size=9.5 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
        p.seal(x + 72, y + 24, 13, seal[0], seal[1], angle=-6 if x == 20 else 5, seed=10301 + x)
    p.y = y + 42
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("さて、譲渡人は、貴殿に対して有する別紙記載の債権（元金、利息、遅延損害金その他これに付随する一切の権利を含み"
           "ます。）を、令和8年3月2日付で譲受人に譲渡いたしましたので、民法第467条に基づき、連名にてご通知申し上げます。")
    p.para("今後、本債権に関するお支払い及びお問い合わせは、譲渡人ではなく、すべて譲受人宛てにお願いいたします。"
           "お支払いの方法につきましては、譲受人より追ってご案内いたします。")
    p.line("敬具", x=178)
    p.gap(2)
    p.line("記", align="c")
    p.kv([("１　譲渡債権", "別紙「譲渡債権の表示」記載のとおり"),
          ("２　譲渡日", "令和8年3月2日"),
          ("３　譲渡債権額", f"金{T:,}円（令和8年3月2日現在）"),
          ("", f"（内訳：元金{P:,}円、利息{INT:,}円、遅延損害金{L:,}円）"),
          ("４　管理番号", "JK-0302-1187")], x=24, label_w=36, size=10)
    p.line("以上", x=178, size=10)
    p.gap(3)
    y = p.y
    p.box(24, y, 162, 19, width=0.3)
    p.at(28, y + 6, "【本件のお問い合わせ先（譲受人）】", size=9.5, font="serif-bold")
    p.at(28, y + 11.5, "株式会社住宅債権管理回収機構　債権管理第三部　担当　柳沢", size=9.5)
    p.at(28, y + 16.5, "電話 03-0000-9114（平日 9:00～17:00）　　ＦＡＸ 03-0000-9118", size=9.5)
    p.y = 285
    p.line("（1／2）", align="c", size=8.5)

    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10.5)
    q.title("譲渡債権の表示", size=14, font="serif-bold")
    x0, x1 = 30, 180
    for lab, val in (("原契約", "住宅ローン（金銭消費貸借契約）"),
                     ("契約日", "平成30年6月15日"),
                     ("契約番号", "第118-0427号"),
                     ("当初借入金額", "金25,000,000円"),
                     ("最終弁済日", "令和7年7月31日"),
                     ("期限の利益喪失日", "令和7年12月10日"),
                     ("遅延損害金の割合", "年14.0％（年365日の日割計算）")):
        leader(q, lab, val, x0, x1, size=10.5)
        q.gap(1.5)
    q.gap(4)
    q.line("譲渡債権額の明細（基準日　令和8年3月2日）", x=x0, size=10.5, font="serif-bold")
    q.gap(1)
    for lab, val in (("元金", f"{P:,}円"), ("利息（令和7年8月1日から令和7年12月10日まで）", f"{INT:,}円"),
                     ("遅延損害金（令和7年12月11日から令和8年3月2日まで）", f"{L:,}円")):
        leader(q, lab, val, x0, x1, size=10.5)
        q.gap(1.5)
    q.add(Line(x0, q.y, x1, q.y, 0.4))
    q.gap(1.5)
    leader(q, "合計", f"{T:,}円", x0, x1, size=11, font="serif-bold")
    q.gap(5)
    q.para("※基準日の翌日以降も、元金に対し年14.0％の割合による遅延損害金が発生いたします。", x0=x0, x1=x1, size=9.5,
           indent="")
    q.para("※本通知は債権譲渡の事実をお知らせするものです。本書によりお支払い額が増えることはありません。", x0=x0, x1=x1,
           size=9.5, indent="")
    q.line("以上", x=174)
    q.y = 285
    q.line("（2／2）", align="c", size=8.5)
    tr = truth(document_type="assignment_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9114", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="こがね信用組合", debtor="鮫島直樹", total=T, principal=P, interest=INT, late_damages=L, rate=R,
               lump=False, issued=D(2026, 3, 4), acceleration=D(2025, 12, 10), last_payment=D(2025, 7, 31),
               assignment=D(2026, 3, 2), reference="JK-0302-1187", input_kind="pdf_text_2page",
               template="proxy10_joint_assignment_side_by_side", received=D(2026, 3, 6))
    return dict(stem="w03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, 信用組合 → servicer)",
                unusual="joint 債権譲渡及び譲受のご通知 on 2 digital pages: 譲渡人 (a 信用組合) and 譲受人 (real servicer 株式会社"
                        "住宅債権管理回収機構 with 「法務大臣許可番号 第91号」 ★) in two framed boxes SIDE BY SIDE under the title, "
                        "each with a round seal; 記 with 譲渡債権額 「金…円（令和8年3月2日現在）」 and the 内訳 IN BRACKETS "
                        "on the next line; 管理番号; p.2 別紙 譲渡債権の表示 as dotted-leader lines (契約日 平成30年, "
                        "契約番号, 当初借入金額 25,000,000 distractors, 最終弁済日, 期限の利益喪失日, rate) and the amounts "
                        "again as leader lines with a 合計; only informs (lump false, no payment date)")


# ---------------------------------------------------------------------------------------------
# w04 servicer fax (アルファ債権回収, 第１０１号 full-width) to a debtor's shop: a 送信票 grid (宛先/送信元/TEL/FAX/送信日
#     R08.01.20/枚数), then colon lines with ￥…- amounts.


def w04():
    R = 14.6
    P, INT = 312_540, 18_206
    L = late(P, R, D(2025, 7, 1), D(2026, 1, 20))
    T = P + INT + L
    y4 = lambda n: f"￥{n:,}-"  # noqa: E731
    p = Page(font="sans", size=10.5, top=14)
    p.line("ＦＡＸ送信票　兼　ご請求書", align="c", size=16, font="sans-bold")
    p.gap(2)
    p.table([["宛　先", "宍戸　由香　様（ししど整骨院）", "送信日", "R08.01.20"],
             ["貴FAX", "0276-00-5521", "枚　数", "1枚（本紙のみ）"],
             ["送信元", "アルファ債権回収株式会社　管理第二部", "担　当", "相良"],
             ["TEL", "03-0000-1016", "FAX", "03-0000-1017"]],
            [22, 82, 22, 44], aligns="llll", size=10, row_h=8.5, shade_col0=True)
    p.gap(4)
    p.para("平素より大変お世話になっております。先日お電話にてご依頼をいただきましたので、ご請求内容をファクシミリにて"
           "お送りいたします。")
    p.para("当社は、下記原債権者から貴殿に対する下記債権を譲り受けた債権者です。貴殿は原債権者との契約に基づく分割弁済を"
           "怠り、期限の利益を喪失されておりますので、下記ご請求額を一括にてお支払いくださいますようお願いいたします。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("原債権者", "株式会社ミライズカード"),
          ("ご契約日", "令和4年3月8日（カードローン）"),
          ("債権譲受日", "令和7年11月14日"),
          ("最終ご返済日", "令和7年4月27日"),
          ("期限の利益喪失日", "令和7年6月30日"),
          ("当社債権番号", "AL-7711-30482")], x=30, label_w=38, sep="：", size=10.5)
    p.gap(2)
    p.kv([("元　　金", y4(P)),
          ("利　　息", y4(INT) + "　（約定利息　令和7年6月30日まで）"),
          ("遅延損害金", y4(L) + "　（R7.7.1～R8.1.20　年14.6％）"),
          ("ご請求額計", y4(T))], x=30, label_w=38, sep="：", size=11.5, font="sans-bold")
    p.gap(2)
    p.kv([("お支払期限", "令和8年1月30日（金）"),
          ("お振込先", "あけぼの銀行　日本橋支店　普通　2040117　アルファサイケンカイシュウ（カ")],
         x=30, label_w=38, sep="：", size=10.5)
    p.gap(3)
    p.para("※ご一括でのお支払いが困難な場合は、お支払期限までに担当までご連絡ください。ご連絡なく期限を経過した場合には、"
           "法的手続（支払督促・訴訟等）により回収を図らせていただくことがあります。", size=9, indent="")
    p.para("※このファクシミリがお心当たりのない方に届いた場合は、お手数ですが上記TELまでご連絡ください。", size=9, indent="")
    y = 258
    p.add(Line(20, y, 190, y, 0.4))
    p.at(20, y + 6, "アルファ債権回収株式会社", size=11.5, font="sans-bold")
    p.at(20, y + 11.5, "法務大臣許可番号　第１０１号", size=9.5)
    p.at(20, y + 16.5, "〒104-0000 東京都中央区しんかわ九丁目9番9号　管理第二部（受付 平日9:00～17:30）", size=8.5)
    p.seal(176, y + 9, 13, "square", "アルファ債権回収株式会社", angle=2, seed=10401)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1016", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ミライズカード", debtor="宍戸由香", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=D(2026, 1, 20), payment_due=D(2026, 1, 30), acceleration=D(2025, 6, 30),
               last_payment=D(2025, 4, 27), assignment=D(2025, 11, 14), reference="AL-7711-30482",
               input_kind="fax_tiff", template="proxy10_servicer_fax_colon_lines", received=D(2026, 1, 20))
    return dict(stem="w04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/01/20 14:07  FROM: ALPHA SERVICER KANRI2  03-0000-1017",
                about="collection_notice (servicer, 譲受債権 一括請求, by fax)",
                unusual="real servicer アルファ債権回収 ★ with its number in FULL-WIDTH digits 「第１０１号」 only in the foot; "
                        "ONE-page G4 fax to the debtor's shop: a ＦＡＸ送信票 grid (宛先 / 貴FAX / 送信元 / TEL / FAX, 送信日 "
                        "R08.01.20 in JIS zero-padded form, 枚数); the debtor's own fax number and the sender's FAX "
                        "(≠ TEL) in the grid; key：value lines with colons; amounts as ￥312,540- (dash closing mark); "
                        "late window in JIS dates; 当社債権番号 = reference; ご契約日 distractor")


# ---------------------------------------------------------------------------------------------
# w05 servicer 分割弁済 proposal (SMBC債権回収 第10号), photo: the sender printed VERTICALLY in the right margin, the debt
#     in a framed box with the 内訳 as a sum line, three plans as distractors; western kanji dates.


def w05():
    R = 18.0
    P, INT = 824_316, 51_208
    L = late(P, R, D(2024, 5, 11), D(2026, 3, 27))
    T = P + INT + L
    p = Page(font="sans", size=10, top=14, right=40)
    # the right margin: a rule and the sender written vertically
    p.add(Line(174, 12, 174, 285, 0.5, NAVY))
    p.vcol(195, 20, "ＳＭＢＣ債権回収株式会社", size=13, font="sans-bold", pitch=1.1)
    p.vcol(187.5, 20, "法務大臣許可番号　第１０号", size=9.5, font="sans")
    p.vcol(181.5, 20, "東京都中央区つきじ川九丁目九番九号　業務第四部", size=8.5, font="sans")
    p.vcol(181.5, 150, "電話　〇三－〇〇〇〇－一〇一〇", size=8.5, font="sans")
    p.seal(190, 120, 12, "square", "ＳＭＢＣ債権回収株式会社", angle=-3, seed=10501)
    p.line("2026年3月27日", align="r")
    p.line("ご相談番号　SM-0326-58813", align="r", size=9)
    p.gap(2)
    p.line("〒050-0000　北海道室蘭市ちきゅう岬九丁目9番9号", size=9)
    p.line("苫米地　浩二　様", size=13)
    p.gap(5)
    p.title("ご返済方法のご提案について", size=15)
    p.para("当社は、2024年9月1日、株式会社フォレストローン（原債権者）から、貴殿に対するカードローン債権を譲り受け、"
           "以後、その管理・回収を行っております。これまで再三ご連絡を差し上げておりますが、ご返済の状況が確認できません。")
    p.para("つきましては、貴殿のご事情に応じたご返済方法を下記のとおりご提案いたします。ご希望のプランに○をつけ、同封の"
           "回答書をご回答期限までにご返送ください。ご提案内容は、期限内にご回答いただいた場合に限り有効です。")
    p.gap(2)
    y = p.y
    p.box(24, y, 146, 30, width=0.9, color=NAVY)
    p.at(28, y + 6, "現在のご債務額（2026年3月27日現在）", size=9.5, font="sans-bold", color=NAVY)
    p.at(166, y + 16, f"¥{T:,}", size=20, font="sans-bold", align="r")
    p.at(28, y + 25.5, f"＝ 元金 {P:,}円 ＋ 利息 {INT:,}円 ＋ 遅延損害金 {L:,}円", size=9.5)
    p.y = y + 34
    p.para("（遅延損害金は元金に対し、期限の利益喪失日の翌日 2024年5月11日から年18.0％の割合で計算しています。"
           "期限の利益喪失日　2024年5月10日／最終ご返済日　2024年3月27日）", size=8.5, indent="")
    p.gap(2)
    p.line("ご提案プラン", size=10.5, font="sans-bold")
    p.table([["プラン", "お支払総額", "お支払方法", "損害金のお取扱い"],
             ["Ａ 一括", "¥900,000", "2026年4月30日までに一括", "残額を免除"],
             ["Ｂ 分割", "¥890,000", "頭金50,000円＋月20,000円×42回", "残額を免除"],
             ["Ｃ 長期分割", "¥900,000", "月15,000円×60回", "残額を免除"]],
            [26, 28, 62, 34], header=True, aligns="lrll", size=9)
    p.gap(3)
    y = p.y
    p.box(24, y, 146, 11, width=0.5, fill=SHADE)
    p.at(28, y + 7.3, "ご回答期限", size=11, font="sans-bold")
    p.at(166, y + 7.5, "2026年4月10日（金）必着", size=12, font="sans-bold", align="r")
    p.y = y + 15
    p.para("※いずれのプランもご回答がない場合は、現在のご債務額全額を引き続きご請求いたします。お電話でのご相談も承り"
           "ます：03-0000-1010（平日9:00～17:00、業務第四部）", size=8.5, indent="")
    p.para("※ご返済を一度でもお約束どおりにいただけない場合、ご提案は無効となります。", size=8.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-1010", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社フォレストローン", debtor="苫米地浩二", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=False, issued=D(2026, 3, 27), payment_due=D(2026, 4, 10),
               acceleration=D(2024, 5, 10), last_payment=D(2024, 3, 27), assignment=D(2024, 9, 1),
               reference="SM-0326-58813", input_kind="photo_jpeg", template="proxy10_servicer_plans_right_margin",
               received=D(2026, 3, 30))
    return dict(stem="w05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.8, keystone=0.06, tilt=2.0, bg="desk", creases=2, warm=0.3),
                about="settlement_proposal (servicer, 3 plans)",
                unusual="real servicer ＳＭＢＣ債権回収 (full-width letters) ★ printed VERTICALLY in the right margin behind a "
                        "rule: name, 「法務大臣許可番号 第１０号」, address and a kanji-digit phone 〇三－〇〇〇〇－一〇一〇 "
                        "(also in a horizontal note at the foot); the debt in a navy frame, big ¥ total with the 内訳 as a "
                        "「＝ 元金 ＋ 利息 ＋ 遅延損害金」 line; 喪失日 and 最終ご返済日 in brackets inside a note; three plans "
                        "with their own totals 900,000/890,000 and instalments (distractors); ご回答期限 in a shaded bar = "
                        "payment_due; western dates; phone photo with tri-fold creases")


# ---------------------------------------------------------------------------------------------
# w06 servicer 受託 letter (エー・シー・エス債権管理回収 第27号), phone photo turned by EXIF 8: teal logo box, three
#     label-above-value cells, the amount in a framed box with a month-day deadline, dotted-leader 内訳, sender bottom-left.


def w06():
    R = 20.0
    P, INT = 214_780, 9_412
    L = late(P, R, D(2025, 10, 28), D(2026, 1, 28))
    T = P + INT + L
    p = Page(font="sans", size=10, top=12)
    p.box(20, 10, 26, 12, width=0.3, color=None, fill=TEAL)
    p.at(33, 18.6, "ACS", size=15, font="sans-bold", align="c", color=WHITE)
    p.at(50, 15.5, "エー・シー・エス債権管理回収株式会社", size=12, font="sans-bold", color=TEAL)
    p.at(50, 20.5, "受託管理部　お客様センター", size=8.5)
    p.at(190, 15, "令和8年1月28日", size=9.5, align="r")
    p.at(190, 20.5, "お客様番号　30772-0128", size=9.5, align="r")
    p.add(Line(20, 25, 190, 25, 1.2, TEAL))
    p.box(20, 31, 95, 30, width=0.2, color=GRAY)
    p.at(24, 38, "〒980-0000", size=9.5)
    p.at(24, 43.5, "宮城県仙台市青葉区けやき通九丁目9番9号", size=9.5)
    p.at(28, 54, "籾山　沙織　様", size=13.5)
    p.y = 68
    p.title("お支払いについてのご案内（ご請求）", size=14.5)
    p.para("当社は、法務大臣の許可を受けた債権管理回収会社として、下記委託元より、お客様のご契約に係る債権の管理及び回収"
           "業務の委託を受けております。債権者は引き続き委託元であり、当社は委託元のためにお支払いを受領いたします。", size=9.5)
    p.para("お客様は、委託元とのご契約に基づくご返済を令和7年8月27日以降されておらず、令和7年10月27日をもって期限の利益を"
           "喪失されております。つきましては、下記金額を一括してお支払いください。", size=9.5)
    p.gap(2)
    y = p.y
    for i, (lab, val) in enumerate((("委託元（債権者）", "株式会社ことりファイナンス"), ("受託日", "令和7年12月15日"),
                                    ("ご契約番号（委託元）", "KT-0091-556"))):
        cell(p, 20 + i * 57, y, 55, 14, lab, val, lsize=7.5, vsize=10)
    p.y = y + 19
    y = p.y
    p.box(20, y, 170, 24, width=1.2, color=TEAL)
    p.at(25, y + 7, "お支払いいただく金額", size=10, font="sans-bold", color=TEAL)
    p.at(110, y + 17, f"{T:,}円", size=21, font="sans-bold", align="r")
    p.add(Line(122, y + 3, 122, y + 21, 0.3, TEAL))
    p.at(127, y + 8, "お支払期日", size=9, font="sans-bold", color=TEAL)
    p.at(127, y + 17, "2月13日（金）まで", size=14, font="sans-bold")
    p.y = y + 29
    p.line("〈内訳〉", x=26, size=9.5, font="sans-bold")
    for lab, val in (("残元金", f"{P:,}円"), ("未払利息", f"{INT:,}円"),
                     ("遅延損害金（R7.10.28～R8.1.28・年20.0％）", f"{L:,}円")):
        leader(p, lab, val, 30, 150, size=10)
        p.gap(1)
    p.add(Line(30, p.y, 150, p.y, 0.3))
    p.gap(1)
    leader(p, "合計", f"{T:,}円", 30, 150, size=10.5, font="sans-bold")
    p.gap(2)
    p.kv([("最終ご返済日", "令和7年8月27日"),
          ("お振込先", "ちばみなと銀行 幕張支店 普通 5102773 エーシーエスサイケンカンリカイシュウ（カ")],
         x=26, label_w=28, size=9)
    p.gap(2)
    p.para("※当社は、ご自宅への訪問の際にも現金をお預かりすることはございません。お支払いは上記口座へのお振込みに限ります。",
           size=8.5, indent="")
    p.para("※お支払いが難しい場合は、お支払期日までにご相談ください。ご連絡のない場合、委託元と協議のうえ法的手続をとる"
           "ことがあります。", size=8.5, indent="")
    y = 252
    p.add(Line(20, y, 110, y, 0.4, TEAL))
    p.at(20, y + 6, "エー・シー・エス債権管理回収株式会社", size=10.5, font="sans-bold")
    p.at(20, y + 11, "法務大臣許可番号第27号", size=8.5)
    p.at(20, y + 16, "〒261-0000 千葉県千葉市美浜区なぎさ町九丁目9番9号", size=8.5)
    p.at(20, y + 21.5, "お客様センター　TEL 043-000-2727", size=10, font="sans-bold")
    p.at(20, y + 26.5, "受付時間 平日 9:00～18:00", size=8.5)
    p.seal(100, y + 12, 12, "square", "エー・シー・エス債権管理回収株式会社", angle=-2, seed=10601)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2727", creditor="株式会社ことりファイナンス", status="licensed",
               original="株式会社ことりファイナンス", debtor="籾山沙織", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2026, 1, 28), payment_due=D(2026, 2, 13),
               acceleration=D(2025, 10, 27), last_payment=D(2025, 8, 27), reference="30772-0128",
               input_kind="photo_exif_rotated", template="proxy10_servicer_entrusted_framed_amount",
               received=D(2026, 1, 30))
    return dict(stem="w06", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(fill=0.86, keystone=0.04, tilt=1.5, bg="wood", shadow=0.25, shadow_side="bottom"),
                about="collection_notice (servicer 受託, consumer loan)",
                unusual="real servicer エー・シー・エス債権管理回収 with 「法務大臣許可番号第27号」 ★ collecting on commission "
                        "(creditor = original = 委託元), phone photo stored sideways with EXIF 8; teal logo box 「ACS」 "
                        "top-left, date + お客様番号 top-right; address window frame; three label-above-value cells "
                        "(委託元（債権者）, 受託日, ご契約番号（委託元） — distractors); the amount in a thick teal frame with the "
                        "deadline as MONTH-DAY ONLY 「2月13日（金）まで」 (year from the letter date); 〈内訳〉 dotted leaders "
                        "with a JIS-date window; sender block BOTTOM-LEFT")


# ---------------------------------------------------------------------------------------------
# w07 支払督促 (松江簡裁), 2-page image PDF: p.1 the order referring to the 別紙; p.2 当事者目録 and 請求の趣旨及び原因
#     with the claim as one sum and its 内訳 as (1)–(3), costs as item 3, an 以上合計 line.


def w07():
    RI, R, C = 18.0, 20.0, 4_902
    P = 764_000
    INT = late(P, RI, D(2025, 9, 17), D(2025, 12, 2))
    L = late(P, R, D(2025, 12, 3), D(2026, 3, 31))
    S = P + INT + L
    T = S + C
    p = Page(font="serif", size=10.5, top=16, leading=1.7)
    p.line("令和８年（ロ）第５１８号", size=10.5)
    p.line("貸金請求督促事件", size=10.5)
    p.gap(6)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=30)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", x=30)
    p.gap(4)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。", x0=30)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てにより仮執行の宣言を"
           "する。", x0=30)
    p.gap(8)
    p.line("令和８年４月１４日", x=40)
    p.gap(3)
    yc = p.y
    p.line("松江簡易裁判所", x=100, size=11.5)
    p.line("裁判所書記官　　出　雲　　久　美　子", x=100, size=11.5)
    p.seal(176, yc + 6, 13, "square", "松江簡易裁判所書記官印", angle=-4, seed=10701)
    p.gap(20)
    y = p.y
    p.box(24, y, 162, 42, width=0.4)
    p.at(28, y + 7, "【注意】", size=10, font="serif-bold")
    p.at(28, y + 14, "１　この支払督促に不服があるときは，同封の督促異議申立書により，送達を受けた日から２週間以内に", size=9.3)
    p.at(28, y + 19.5, "　　当裁判所に督促異議を申し立ててください。", size=9.3)
    p.at(28, y + 25, "２　期間内に異議の申立てがないと，仮執行宣言が付され，強制執行を受けることがあります。", size=9.3)
    p.at(28, y + 32.5, "問合せ先　松江簡易裁判所　民事係（督促担当）", size=9.8)
    p.at(28, y + 38, "電話　０８５２－００－３３１２　（事件番号をお伝えください）", size=9.8)
    p.y = 285
    p.line("１", align="c", size=9)

    q = Page(font="serif", size=10, top=16, leading=1.65)
    q.line("当　事　者　目　録", align="c", size=13, font="serif-bold")
    q.kv([("債　権　者", "〒700-0000　岡山県岡山市北区ももたろう通九丁目9番9号"),
          ("", "株式会社ひまわりキャッシング"),
          ("", "代表者代表取締役　難波　聡一郎"),
          ("", "（送達場所）同社 法務課　電話 086-000-7120　ＦＡＸ 086-000-7129"),
          ("債　務　者", "〒690-0000　島根県松江市おほり端九丁目9番9号"),
          ("", "鳩　貝　　正　人")], x=24, label_w=30)
    q.gap(3)
    q.line("請　求　の　趣　旨　及　び　原　因", align="c", size=13, font="serif-bold")
    q.line("請求の趣旨", x=24, size=10.5, font="serif-bold")
    q.para(f"１　{fk(S)}（下記（１）ないし（３）の合計）", x0=24, indent="")
    q.para(f"（１）残元金　　　　　{fk(P)}", x0=34, indent="")
    q.para(f"（２）利息　　　　　　{fk(INT)}（令和７年９月１７日から令和７年１２月２日まで年１８．０％）", x0=34, indent="", size=9)
    q.para(f"（３）遅延損害金　　　{fk(L)}（令和７年１２月３日から令和８年３月３１日まで年２０．０％）", x0=34, indent="", size=9)
    q.para("２　上記（１）の金額に対する令和８年４月１日から完済まで年２０．０％の割合による遅延損害金", x0=24, indent="")
    q.para(f"３　{fk(C)}（督促手続費用）", x0=24, indent="")
    q.para(f"　　以上合計　{fk(T)}（上記１及び３の合計。２を除く。）", x0=24, indent="", font="serif-bold")
    q.gap(2)
    q.line("請求の原因", x=24, size=10.5, font="serif-bold")
    q.para("１　債権者は，債務者との間で，令和４年２月１０日，極度額５０万円，利息年１８．０％，遅延損害金年２０．０％"
           "（年３６５日の日割計算）とする金銭消費貸借契約（カードローン）を締結し，債務者に対し金員を貸し付けた（極度額は"
           "令和５年６月に１００万円へ増額）。", x0=24, indent="")
    q.para("２　債務者は，令和７年９月１６日の弁済を最後にその後の弁済をせず，債権者は，令和７年１１月１４日到達の書面で"
           "１４日以内の支払を催告したが，債務者は支払わなかったため，令和７年１２月２日の経過により期限の利益を喪失した。",
           x0=24, indent="")
    q.para("３　よって，債権者は，債務者に対し，請求の趣旨記載の金員の支払を求める。", x0=24, indent="")
    q.gap(2)
    q.para("督促手続費用の内訳　申立手数料 ３，０００円／支払督促正本送達費用 １，０８２円／支払督促発付通知費用 １１０円"
           "／申立書作成及び提出費用 ７１０円", x0=24, size=8.8, indent="")
    q.y = 285
    q.line("２", align="c", size=9)
    tr = truth(document_type="payment_order", sender="松江簡易裁判所", phone="0852-00-3312",
               creditor="株式会社ひまわりキャッシング", status="not_applicable", debtor="鳩貝正人", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 4, 14),
               acceleration=D(2025, 12, 2), last_payment=D(2025, 9, 16), reference="令和8年(ロ)第518号",
               input_kind="pdf_scan", template="proxy10_payment_order_matsue_annex", received=D(2026, 4, 16))
    return dict(stem="w07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, card loan, 別紙)",
                unusual="支払督促 (松江簡裁) as a 2-page image-only PDF: p.1 only refers to 「別紙当事者目録」 and 「別紙請求の趣旨"
                        "及び原因」 (no amounts on p.1), case number + 事件名 as plain lines top-left, court phone inside the "
                        "【注意】 box in full-width digits with a 4-digit area code; p.2 当事者目録 (creditor's 送達場所 "
                        "電話/ＦＡＸ) and 請求の趣旨: item １ a SUM with its 内訳 as (１)–(３), item ２ the running clause, item ３ "
                        "督促手続費用, then 「以上合計 …（上記１及び３の合計。２を除く。）」 = total; 極度額 50万/100万 and "
                        "催告 到達 11/14 as distractors; costs 内訳 line in full-width")


# ---------------------------------------------------------------------------------------------
# w08 簡裁 (ハ) 口頭弁論期日呼出状 + 訴状 of a guarantee company's 求償金 claim (津簡裁), 2 digital pages: a case box
#     top-left, three label-above-value cells for 期日/場所/答弁書; 訴状 with the 内訳 in brackets inside 請求の趣旨.


def w08():
    R = 14.0
    P = 998_200
    L = late(P, R, D(2025, 10, 21), D(2026, 3, 30))
    T = P + L
    p = Page(font="serif", size=10.5, top=14, leading=1.65)
    p.table([["事件番号", "令和８年（ハ）第２０４号"], ["事 件 名", "求償金請求事件"]], [24, 58], x=20, aligns="ll",
            size=9.5, row_h=7, shade_col0=True, font="serif")
    p.at(190, 19, "原告　株式会社きらら保証", size=9.5, align="r")
    p.at(190, 25, "被告　薬師寺　恵", size=9.5, align="r")
    p.gap(8)
    p.title("口 頭 弁 論 期 日 呼 出 状", size=17, font="serif-bold")
    p.line("〒514-0000　三重県津市あのつ台九丁目9番9号", x=24, size=10)
    p.line("被告　薬　師　寺　　恵　殿", x=24, size=12.5)
    p.gap(3)
    p.para("頭書の事件について，原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから，"
           "出頭してください。訴状副本及び答弁書用紙を同封しますので，答弁書を下記提出期限までに提出してください。")
    p.gap(3)
    y = p.y
    for i, (lab, val, w) in enumerate((("期　日", "令和８年５月２０日（水）午後１時３０分", 74),
                                       ("場　所", "第３民事法廷（１階）", 48),
                                       ("答弁書の提出期限", "令和８年５月１３日（水）", 48))):
        x = 20 + sum((74, 48, 48)[:i])
        cell(p, x, y, w, 17, lab, val, lsize=8.5, vsize=9.3, font="serif")
    p.y = y + 23
    p.para("（注意）", size=9.5, indent="")
    p.para("１　答弁書を提出せず，期日にも出頭しないときは，原告の主張を認めたものとして，原告の請求どおりの判決が言い"
           "渡されることがあります。", size=9.5, indent="")
    p.para("２　分割払による和解を希望するときは，答弁書の該当欄にその旨を記載してください。", size=9.5, indent="")
    p.para("３　出頭の際は，この呼出状，認印及び本人確認書類を持参してください。", size=9.5, indent="")
    p.gap(6)
    p.line("令和８年４月８日", x=110, size=10.5)
    yc = p.y
    p.line("津簡易裁判所民事係", x=110, size=10.5)
    p.line("裁判所書記官　　伊　勢　　直　也", x=110, size=11)
    p.seal(182, yc + 4, 12, "square", "津簡易裁判所書記官印", angle=2, seed=10801)
    p.gap(8)
    p.rule()
    p.gap(2)
    p.line("連絡先　津簡易裁判所民事係　電話　059-000-2281（平日 午前8時30分～午後5時）", x=20, size=9.5)
    p.line("　　　　〒514-0000　津市まるのうち九丁目9番9号", x=20, size=9.5)

    q = Page(font="serif", size=10, top=14, leading=1.62)
    q.line("訴　　状", align="c", size=16, font="serif-bold")
    q.line("令和８年３月３０日", align="r")
    q.line("津簡易裁判所　御中", size=10.5)
    q.line("原告　株式会社きらら保証　代表者代表取締役　宇治原　泰造", x=100, size=9.5)
    q.gap(1)
    q.kv([("原告", "〒460-0000　愛知県名古屋市中区しろみ町九丁目9番9号"),
          ("", "株式会社きらら保証（送達場所　同社 債権管理部　電話 052-000-4815　ＦＡＸ 052-000-4816）"),
          ("被告", "〒514-0000　三重県津市あのつ台九丁目9番9号　薬師寺　恵")], x=20, label_w=16, size=9.5)
    q.line("求償金請求事件", x=20, size=10)
    q.line("訴訟物の価額　" + fw(f"{T:,}円") + "　　　貼用印紙額　１１，０００円", x=20, size=9.5)
    q.gap(1)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は，原告に対し，{fk(T)}（内訳：求償元金{fw(f'{P:,}')}円，確定遅延損害金{fw(f'{L:,}')}円）及び"
           f"うち{fk(P)}に対する令和８年３月３１日から支払済みまで年１４．０％の割合による金員を支払え。", size=9.8,
           indent="")
    q.para("２　訴訟費用は被告の負担とする。", size=9.8, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", size=9.8, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    q.para("１　被告は，令和５年１２月１日，株式会社ひばり野銀行（以下「訴外銀行」という。）から，１，２００，０００円を，"
           "毎月２７日限り２１，９００円ずつ返済する約定で借り受けた（フリーローン）。原告は，同日，被告の委託を受け，"
           "被告の訴外銀行に対する上記債務を保証した。", size=9.5, indent="")
    q.para("２　原告と被告との保証委託契約では，原告が代位弁済をしたときは，被告は原告に対し，代位弁済額及びこれに対する"
           "代位弁済日の翌日から支払済みまで年１４．０％（年３６５日の日割計算）の割合による遅延損害金を支払う旨が約定"
           "された。", size=9.5, indent="")
    q.para("３　被告は，令和７年６月２７日の返済を最後にその後の返済を怠り，訴外銀行の催告にもかかわらず支払わなかった"
           "ため，令和７年９月２５日の経過により期限の利益を喪失した。", size=9.5, indent="")
    q.para(f"４　原告は，令和７年１０月２０日，訴外銀行に対し，被告の残債務（元金９８４，６３０円，利息１３，５７０円）の"
           f"合計{fw(f'{P:,}')}円を代位弁済した。", size=9.5, indent="")
    q.para("５　よって，原告は，被告に対し，求償金として請求の趣旨記載の金員の支払を求める。", size=9.5, indent="")
    q.gap(1)
    q.line("証拠方法　甲第１号証（保証委託契約書）　甲第２号証（代位弁済証明書）", x=20, size=9)
    q.line("附属書類　訴状副本１通　甲号証写し各２通　資格証明書１通", x=20, size=9)
    tr = truth(document_type="lawsuit", sender="津簡易裁判所", phone="059-000-2281", creditor="株式会社きらら保証",
               status="not_applicable", original="株式会社ひばり野銀行", debtor="薬師寺恵", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=D(2026, 4, 8), acceleration=D(2025, 9, 25),
               last_payment=D(2025, 6, 27), hearing=D(2026, 5, 20), reference="令和8年(ハ)第204号",
               input_kind="pdf_text_2page", template="proxy10_summary_court_ha_guarantor", received=D(2026, 4, 10))
    return dict(stem="w08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), guarantee company 求償金)",
                unusual="津簡裁 (ハ) 口頭弁論期日呼出状 (p.1) + 訴状 (p.2), digital: 事件番号/事件名 in a small shaded table "
                        "TOP-LEFT and 原告/被告 flush right; 期日 / 場所 / 答弁書の提出期限 as three label-above-value cells "
                        "side by side; court phone in a 連絡先 line at the foot; 訴状 dated 3/30 ≠ 呼出状 4/8; 請求の趣旨 "
                        "with the 内訳 IN BRACKETS after the total (求償元金 + 確定遅延損害金) and the running 「うち金…」 "
                        "clause; the 代位弁済 split 元金/利息 (984,630 + 13,570) is history, not the claim; 訴外銀行 = "
                        "original; 1,200,000 loan / 21,900 instalments / 貼用印紙額 11,000 as distractors")


LETTERS = [w01, w02, w03, w04, w05, w06, w07, w08]
