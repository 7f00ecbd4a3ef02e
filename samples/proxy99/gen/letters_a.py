"""Proxy set 99, letters dd01–dd08: "the held-out set as a stranger would write it, round 8". The core mail of people
who stopped paying a card or a loan, or whose house went to auction: a real servicer's 督促状 photographed, a card
company's own arrears letter, a 信用金庫's 縦書き 期限の利益喪失通知 and the guarantee company's 代位弁済通知 of the same
loan by fax, a real servicer's 一括請求 after the 競売, a joint 債権譲渡通知 to an invented servicer, a real servicer's
受託のお知らせ and a 簡裁 支払督促 whose creditor is a real servicer."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
PLUM = (0.42, 0.12, 0.38)
TEAL = (0.0, 0.40, 0.42)
BROWN = (0.45, 0.28, 0.10)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# dd01 セゾン債権回収 (real) ご入金のお願い: card debt bought from a card company; window address; phone photo.


def dd01():
    R = 14.6
    issued, due = D(2025, 6, 16), D(2025, 6, 30)
    assign, acc, lastp = D(2024, 11, 29), D(2024, 8, 5), D(2024, 4, 27)
    P, I = 428_350, 12_604
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 8, color=None, fill=PLUM))
    p.at(196, 5.6, "重要なお知らせ　親展", size=8.5, color=WHITE, align="r", font="sans-bold")
    window(p, 16, 14, "338-0000", ["埼玉県さいたま市中央区ましこ坂三丁目12番5号", "ハイツましこ坂203"],
           "鳥羽瀬　浩平　様", "dd01-addr", w=96, h=40, code="0616-5Z-0034")
    p.at(196, 20, "セゾン債権回収株式会社", size=12, font="sans-bold", align="r", color=PLUM)
    p.at(196, 25, "法務大臣許可番号　第34号", size=8, align="r")
    p.at(196, 29.5, "〒170-0000 東京都豊島区いわがらみ通二丁目8番1号", size=7.5, align="r")
    p.at(196, 33.5, "お客様センター　0120-000-834", size=8.5, align="r", font="sans-bold")
    p.at(196, 37.5, "受付　平日 9:30～18:00（土日祝休）", size=7.5, align="r")
    p.at(196, 46, f"通知日　{era(issued)}", size=9, align="r")
    p.at(196, 51, "お客様番号　7710-2503-4418", size=9, align="r")
    p.y = 60
    p.title("ご入金のお願い", size=16, color=PLUM)
    p.para("平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.6)
    p.para(f"当社が{era(assign)}にセレナイトカード株式会社より譲り受けました貴殿の下記債権につきまして、これまで"
           "再三ご案内を差し上げておりますが、本日現在ご入金の確認ができておりません。", size=9.6)
    p.para("つきましては、下記ご請求金額を一括してお支払いくださいますようお願いいたします。一括でのお支払いが難しい場合は、"
           "お支払期日までに必ずお客様センターへご連絡ください。", size=9.6)
    p.gap(2)
    y = grid(p, 16, p.y, [30, 60, 30, 60], [
        ["原債権者", "セレナイトカード株式会社", "債権譲受日", era(assign)],
        ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)],
        ["ご契約種類", "カードショッピング・キャッシング", "カード番号", "4539-＊＊＊＊-＊＊＊＊-2260"]], h=7.2, size=8.8)
    p.y = y + 4
    p.line(f"【ご請求明細】（{era(issued)}現在）", size=10, font="sans-bold", x=16)
    p.table([["残元金", "未払利息・手数料", "遅延損害金（年14.6%）", "ご請求金額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 44, 48, 44], x=16, header=True, aligns="rrrr",
            size=10, row_h=8.5)
    p.gap(4)
    y = p.y
    p.add(Box(16, y, 180, 15, 0.8, PLUM))
    p.add(Box(16, y, 40, 15, color=None, fill=PLUM))
    p.at(36, y + 9.5, "お支払期日", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(62, y + 10, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 10, "銀行振込・コンビニ払込票可", size=8, align="r")
    p.y = y + 20
    p.line("お振込先", size=9.5, font="sans-bold", x=16)
    p.line("あかざ銀行　池袋支店　普通預金　7710250　セゾンサイケンカイシユウ（カ　※お客様番号をお振込人名の前にご入力ください",
           size=8.3, x=20)
    p.gap(3)
    for s in ("・本状と行き違いでご入金いただいている場合はご容赦ください。",
              "・ご家族の方など、ご本人様以外からのお問い合わせには、内容をお答えいたしかねます。",
              "・ご連絡がない場合、法的手続（支払督促・訴訟等）をとらせていただくことがございます。"):
        p.line(s, size=8.5, x=16)
    p.gap(4)
    bars(p, 16, p.y, 80, 4, "dd01-foot")
    p.at(196, p.y + 3.5, "SZ-RCV 2506-A", size=7, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-834", creditor="セゾン債権回収株式会社", status="licensed",
               original="セレナイトカード株式会社", debtor="鳥羽瀬浩平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="7710-2503-4418", input_kind="photo_jpeg",
               template="proxy99_servicer_payment_request_window_grid", received=D(2025, 6, 18))
    return dict(stem="dd01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer ご入金のお願い, card debt bought)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; plum top band "
                        "「重要なお知らせ　親展」; window address with a printed mailing code 0616-5Z-0034 (not a "
                        "reference); real servicer ★ セゾン債権回収 with 「法務大臣許可番号　第34号」 in the top-right "
                        "sender block; a shaded 3×2 grid (原債権者, 債権譲受日, 最終ご入金日, 期限の利益喪失日, masked card "
                        "number); a header-row table 残元金 / 未払利息・手数料 / 遅延損害金（年14.6%） / ご請求金額; the due "
                        "date in a plum-labelled bar")


# ---------------------------------------------------------------------------------------------
# dd02 card company's own 督促状: two missed monthly payments, slash dates, arrears only.


def dd02():
    R = 14.6
    issued, due = D(2025, 8, 8), D(2025, 8, 22)
    lastp = D(2025, 5, 27)
    rows = [(D(2025, 6, 27), 18_400, 3_120), (D(2025, 7, 28), 18_600, 2_940)]
    calc = [(d, pr, it, late(pr + it, R, d + ONE, issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "OPAL", size=18, font="sans-bold", color=TEAL)
    p.at(41, 19, "オパールクレジット", size=11, font="sans-bold", color=TEAL)
    p.add(Line(15, 22.5, 196, 22.5, 1.2, TEAL))
    p.at(196, 29, f"発行日 {slash(issued)}", size=9, align="r")
    p.at(196, 34, "お客様番号 OP-330-1957-02", size=9, align="r")
    p.y = 28
    p.line("〒602-0000", size=9.5, x=18)
    p.line("京都府京都市上京区つりふね町48番地の2", size=9.5, x=18)
    p.gap(2)
    p.line("臼居　さやか　様", size=13, x=22)
    p.gap(6)
    p.title("お支払いが確認できておりません（督促状）", size=14)
    p.para("いつもオパールカードをご利用いただき、ありがとうございます。", size=9.5)
    p.para("ご指定の口座からのお引き落としができず、下記のご請求分のお支払いが確認できておりません。お手数ですが、"
           "お支払期限までに下記の合計額をお振込みください。", size=9.5)
    p.gap(2)
    head = ["お引落予定日", "ご延滞元金", "手数料・利息", "遅延損害金", "小計"]
    body = [[slash(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in calc]
    body.append(["ご延滞額合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [36, 36, 36, 34, 36], x=18, header=True, aligns="lrrrr", size=9.5, row_h=7.5)
    p.line("（単位：円）　遅延損害金は各回のご請求額に対し年14.6%、お引落予定日の翌日から発行日までの日割計算です。",
           x=18, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 178, 18, 0.4, None, (0.92, 0.96, 0.96)))
    p.at(24, y + 7.5, "お支払期限", size=10, font="sans-bold", color=TEAL)
    p.at(24, y + 14, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(120, y + 7.5, "お支払金額", size=10, font="sans-bold", color=TEAL)
    p.at(190, y + 14, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 23
    p.line("お振込先　かなめもち銀行　本店営業部　普通 3301957　オパールクレジット（カ", size=9.3, x=18)
    p.line(f"最終ご入金日　{slash(lastp)}", size=9.3, x=18)
    p.gap(2)
    p.line("ご参考", size=9.3, font="sans-bold", x=18)
    p.para("カードご利用残高（8月お支払い後の予定残高を含む）412,880円　ショッピング枠 300,000円／キャッシング枠 100,000円"
           "　お引落口座 かなめもち銀行 西陣支店 ＊＊＊＊418", x0=18, x1=194, size=8.6, indent="")
    p.gap(2)
    p.para("期限までにお支払いが確認できない場合は、会員規約第22条に基づきカードのご利用を停止し、期限の利益を喪失して"
           "ご利用残高全額を一括してご請求させていただくことがあります。また、信用情報機関に延滞の事実が登録されます。",
           x0=18, x1=194, size=8.8, indent="")
    p.para("本状と行き違いにお支払いいただいた場合は、何卒ご容赦ください。", x0=18, x1=194, size=8.8, indent="")
    p.gap(6)
    y = p.y
    p.add(Line(18, y, 196, y, 0.3, GRAY))
    p.at(18, y + 6, "オパールクレジット株式会社　債権管理部", size=9.5, font="sans-bold")
    p.at(18, y + 11, "〒604-0000 京都府京都市中京区あとり台七丁目2番地", size=8.3)
    p.at(18, y + 16, "督促専用ダイヤル 075-000-2206（平日 9:00～19:00）", size=9)
    p.at(196, y + 6, "貸金業登録番号 近畿財務局長(5)第00871号", size=7.5, align="r")
    p.at(196, y + 11, "日本貸金業協会会員 第005522号", size=7.5, align="r")
    p.at(196, y + 16, "包括信用購入あっせん業者登録番号 近畿(包)第91号", size=7.5, align="r")
    tr = truth(document_type="collection_notice", sender="オパールクレジット株式会社", phone="075-000-2206",
               creditor="オパールクレジット株式会社", status="not_applicable", debtor="臼居さやか", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="OP-330-1957-02", input_kind="pdf_text", template="proxy99_card_company_arrears_slash_dates",
               received=D(2025, 8, 11))
    return dict(stem="dd02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company's own 督促状, two missed payments)",
                unusual="digital 督促状 of a card company for two missed monthly payments: Latin logo 「OPAL」, every date "
                        "in slash form (2025/08/08); a 5-column instalment table ending in the row ご延滞額合計 with 単位：円 "
                        "under it; arrears only (lump false, acceleration only threatened); the deadline and the amount "
                        "in a tinted box; ご利用残高 412,880 円, card limits, the masked debit account and three registration "
                        "numbers (貸金業 / 協会 / 包括信用購入あっせん) as distractors")


# ---------------------------------------------------------------------------------------------
# dd03 おぼろづき信用金庫 縦書き 期限の利益喪失通知書 (請求喪失 after a 催告), positional kanji amounts.

OB_P, OB_I, OB_R = 18_426_300, 52_871, 14.0
OB_ACC, OB_LAST, OB_WARN = D(2025, 9, 12), D(2025, 5, 26), D(2025, 8, 29)


def dd03():
    issued, due = D(2025, 9, 19), D(2025, 10, 3)
    P, I, R = OB_P, OB_I, OB_R
    L = late(P, R, OB_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "拝啓　貴殿は、当金庫との間の平成三十年十月五日付金銭消費貸借契約（住宅ローン）に基づく毎月の約定返済を、"
                 f"{kdate(OB_LAST)}のご返済を最後に遅滞しております。"),
        ("body", f"当金庫は、{kdate(OB_WARN)}付催告書により、{kdate(OB_ACC)}までに延滞元利金及び遅延損害金をお支払い"
                 "いただくよう催告いたしましたが、同日までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は信用金庫取引約定書第五条第二項に基づき、{kdate(OB_ACC)}の経過をもって本件借入金債務"
                 "全額について期限の利益を喪失しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、当金庫本店融資部あて一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、貸付残元金　　{kyen(P)}"),
        ("indent", f"一、未収利息　　　{kyen(I)}"),
        ("indent", f"一、遅延損害金　　{kyen(L)}"),
        ("plain", f"　（令和七年九月十三日から本書作成日まで、年{kanji_number(14)}パーセントの割合）"),
        ("indent", f"一、合計　　　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、保証会社おがたま住宅保証株式会社に保証債務の履行を請求いたします"
                 "ので、予めご承知おきください。"),
        ("bottom", "敬具"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "静岡県沼津市かけす台二丁目十番八号"),
        ("low", "おぼろづき信用金庫"),
        ("low", "理事長　敦賀谷　貞夫"),
        ("low", "電話　〇五五（〇〇〇）三一四〇"),
        ("blank", ""),
        ("low", "静岡県三島市みみなぐさ五丁目三番二十一号"),
        ("low", "戸張　善治　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 99031))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "敦賀谷" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 12.5) * size * 0.3528 * 1.05, 7.5, "square", "おぼろづき信用金庫理事長印",
                         angle=-3, seed=99032))
    tr = truth(document_type="acceleration_notice", sender="おぼろづき信用金庫", phone="055-000-3140",
               creditor="おぼろづき信用金庫", status="not_applicable", debtor="戸張善治", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=OB_ACC,
               last_payment=OB_LAST, reference=None, input_kind="vertical_pdf",
               template="proxy99_vertical_shinkin_acceleration_after_warning", received=D(2025, 9, 22))
    return dict(stem="dd03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, 請求喪失)",
                unusual="digital 縦書き 期限の利益喪失通知書 (拝啓 … 敬具) of a 信用金庫 with the 内容証明 stamp; 請求喪失: the "
                        "催告書 date 令和七年八月二十九日 and its deadline 九月十二日 「の経過をもって」; every amount in "
                        "positional kanji in 一、 items (金千八百四十二万六千三百円 …); the 平成三十年 contract date and "
                        "信用金庫取引約定書第五条第二項 as distractors; the guarantee company named; phone in kanji digits; "
                        "NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# dd04 おがたま住宅保証 代位弁済通知 of dd03's loan, one-page fax with a plain header line.


def dd04():
    R = 14.6
    issued, due = D(2025, 11, 5), D(2025, 11, 19)
    subro = D(2025, 10, 24)
    L0 = late(OB_P, OB_R, OB_ACC + ONE, subro)
    S = OB_P + OB_I + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 14, f"送信日：{fw(era(issued))}　　送信枚数：１枚　　宛先：戸張　善治　様", size=9)
    p.add(Line(15, 16.5, 196, 16.5, 0.3))
    p.y = 22
    p.at(196, 26, "求償番号　ＯＧ－１０２４－０５５", size=9.5, align="r")
    p.line("戸張　善治　様", size=13, x=18)
    p.gap(7)
    p.line("代位弁済のお知らせ及び求償金のご請求", size=15, font="sans-bold", align="c")
    p.gap(3)
    p.para("貴殿がおぼろづき信用金庫から借り入れられた住宅ローン（平成30年10月5日付）について、当社は貴殿からの保証委託に"
           f"基づき連帯保証をしておりましたところ、貴殿が{fw(era(OB_ACC))}の経過により期限の利益を喪失されたため、"
           f"同金庫の請求により、{fw(era(subro))}に保証債務を履行いたしました。", size=9.8)
    p.para(f"代位弁済額は金{S:,}円（内訳：元金{OB_P:,}円、利息{OB_I:,}円、遅延損害金{L0:,}円）です。", size=9.8)
    p.para("これにより当社が取得した求償権に基づき、下記の金額を一括してお支払いくださいますようご請求申し上げます。",
           size=9.8)
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.table([["求償元金", f"{S:,}円"],
             [f"遅延損害金（{fw(era(subro + ONE))}～{fw(era(issued))}　年14.6％）", f"{L:,}円"],
             ["合　計", f"{T:,}円"]], [122, 48], x=22, aligns="lr", size=10, row_h=8.5, shade_col0=True)
    p.gap(3)
    p.kv([("お支払期限", f"{fw(era(due))}（{wd(due)}）"),
          ("お振込先", "おぼろづき信用金庫 本店 普通預金 0551024 オガタマジュウタクホショウ（カ"),
          ("担保物件", "静岡県三島市みみなぐさ五丁目所在　土地・建物（根抵当権極度額 金26,000,000円）")],
         x=22, label_w=28, size=9.5)
    p.gap(2)
    p.para("※求償元金に対しては、代位弁済日の翌日から完済に至るまで年14.6％（年365日の日割計算）の割合による遅延損害金が"
           "発生いたします。", x0=22, x1=192, size=8.8, indent="")
    p.para("※上記期限までにお支払い又はご返済方法のご相談がない場合は、担保物件について担保不動産競売の申立てを行う"
           "ことがございます。", x0=22, x1=192, size=8.8, indent="")
    p.gap(6)
    for s, sz, f in (("おがたま住宅保証株式会社", 11, "sans-bold"), ("債権管理課　担当　慶徳", 9.5, "sans"),
                     ("〒420-0000 静岡県静岡市葵区ひめはぎ町一丁目6番3号", 8.5, "sans"),
                     ("TEL 054-000-7781　　FAX 054-000-7782", 9.5, "sans"),
                     ("貸金業登録番号 東海財務局長(3)第00419号", 8, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(190, p.y - 30, 13, "square", "おがたま住宅保証印", angle=2, seed=99041)
    tr = truth(document_type="acceleration_notice", sender="おがたま住宅保証株式会社", phone="054-000-7781",
               creditor="おがたま住宅保証株式会社", status="not_applicable", original="おぼろづき信用金庫",
               debtor="戸張善治", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=OB_ACC, last_payment=None, reference="OG-1024-055",
               input_kind="fax_tiff", template="proxy99_guarantor_subrogation_fax_plain_header", received=issued)
    return dict(stem="dd04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 OGATAMA HOSHO 054-000-7782",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax, dd03's loan)",
                unusual="one-page G4 fax of the guarantee company for dd03's loan: a single 送信日 / 送信枚数 / 宛先 line "
                        "ruled off at the top; full-width 求償番号 ＯＧ－１０２４－０５５; the 代位弁済額 and its 内訳 "
                        "(元金 / 利息 / 遅延損害金) only in a prose sentence (history); a shaded-label table 求償元金 / "
                        "遅延損害金（window, 年14.6％） / 合計; the 信用金庫's 喪失 date in the prose; 根抵当権極度額 "
                        "26,000,000, the 貸金業登録番号 and the FAX number as distractors; no last payment printed")


# ---------------------------------------------------------------------------------------------
# dd05 オリックス債権回収 (real) 一括請求 after the 競売 配当, 2 pages, scanned.


def dd05():
    R = 14.6
    issued, due = D(2025, 7, 10), D(2025, 7, 31)
    divday, assign, subro, acc, lastp = D(2025, 3, 25), D(2025, 5, 30), D(2023, 6, 15), D(2023, 4, 10), D(2022, 12, 26)
    P = 6_842_115
    L = late(P, R, divday + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ORIX", size=16, font="sans-bold", color=(0.85, 0.35, 0.05))
    p.at(38, 19, "オリックス債権回収株式会社", size=10.5, font="sans-bold")
    p.at(196, 18, era(issued), size=9.5, align="r")
    p.at(196, 23, "管理番号　OR-25-0710-33", size=9.5, align="r")
    p.add(Line(15, 22.5, 120, 22.5, 0.5))
    p.y = 30
    p.line("〒371-0000　群馬県前橋市ひめゆずりは町四丁目7番15号", size=10, x=18)
    p.line("砥石　雅也　様", size=13.5, x=22)
    p.gap(6)
    p.title("残債務一括お支払いのご請求", size=15)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"前橋地方裁判所令和5年(ケ)第208号担保不動産競売事件において、{era(divday)}に配当が実施され、ノースポール保証"
           "株式会社の貴殿に対する求償債権に充当されました。しかしながら、充当後もなお下記の債務が残っております。")
    p.para(f"当社は、{era(assign)}付で同社から上記残債権を譲り受けましたので、下記ご請求金額を{era(due)}（{wd(due)}）"
           "までに一括してお支払いくださいますようご請求申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    p.table([["ご請求内訳", "金額（円）"], ["求償残元金", f"{P:,}"],
             [f"損害金（{era(divday + ONE)}から{era(issued)}まで　年14.6％）", f"{L:,}"],
             ["ご請求額合計", f"{T:,}"]], [130, 44], x=18, header=True, aligns="lr", size=10, row_h=8.5)
    p.gap(3)
    p.kv([("原債権者", "ノースポール保証株式会社（譲渡人）"), ("債権譲受日", era(assign)),
          ("お振込先", "ひのき信託銀行　本店営業部　普通預金　6842115　オリツクスサイケンカイシユウ（カ")],
         x=18, label_w=30, size=9.5)
    p.gap(2)
    p.para("ご一括でのお支払いが困難な場合は、お支払期限までに必ず担当者までご連絡ください。ご連絡のない場合は、"
           "給与債権の差押え等の法的手続を検討せざるを得ませんので、あらかじめご承知おきください。", size=9.5)
    p.gap(8)
    for s, sz, f in (("オリックス債権回収株式会社　高崎オフィス", 10.5, "sans-bold"),
                     ("債権管理回収業　許可番号　法務大臣 第11号", 8.5, "sans"),
                     ("〒370-0000 群馬県高崎市あべまき通一丁目11番地", 8.5, "sans"),
                     ("電話 027-000-1166（平日 9:00～17:30）　担当 棚網", 9.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "オリックス債権回収印", angle=-2, seed=99051)
    q = Page(font="sans", size=10, top=16)
    q.line("（別紙）これまでの経過と配当の内容", size=12, font="sans-bold")
    q.gap(3)
    q.table([["年月日", "内容"],
             ["平成24年3月16日", "株式会社たらのき銀行と住宅ローン契約（借入金額 28,600,000円）"],
             [era(lastp), "最終ご返済日"],
             [era(acc), "期限の利益喪失（銀行）"],
             [era(subro), "ノースポール保証株式会社が代位弁済（代位弁済額 24,917,338円）"],
             ["令和5年9月1日", "担保不動産競売開始決定（前橋地方裁判所　令和5年(ケ)第208号）"],
             ["令和7年1月22日", "売却許可決定（売却価額 19,260,000円）"],
             [era(divday), "配当期日（ノースポール保証株式会社へ配当 18,705,410円）"],
             [era(assign), "当社が残債権を譲受け"]], [40, 138], x=16, header=True, aligns="ll", size=9, row_h=7.5)
    q.gap(5)
    q.line("配当金の充当", size=10.5, font="sans-bold")
    q.table([["項目", "配当前", "充当額", "配当後"],
             ["求償元金", "24,917,338", "△18,075,223", "6,842,115"],
             ["確定損害金", "630,187", "△630,187", "0"],
             ["合計", "25,547,525", "△18,705,410", "6,842,115"]], [50, 42, 42, 42], x=16, header=True, aligns="lrrr",
            size=9.5, row_h=7.5)
    q.line("（単位：円）", x=160, size=8.5)
    q.gap(4)
    q.para("※配当金は、確定損害金、求償元金の順に充当しております。配当後の求償元金に対しては、配当期日の翌日から完済まで"
           "年14.6％の割合による損害金が発生しております。", x0=16, x1=194, size=9.2, indent="")
    q.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", x0=16, x1=194,
           size=9.2, indent="")
    assert P == 24_917_338 - 18_075_223 and 630_187 + 18_075_223 == 18_705_410
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="027-000-1166", creditor="オリックス債権回収株式会社", status="licensed",
               original="ノースポール保証株式会社", debtor="砥石雅也", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR-25-0710-33", input_kind="pdf_scan",
               template="proxy99_servicer_lump_sum_after_auction_history_page", received=D(2025, 7, 14))
    return dict(stem="dd05", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 after the 競売 配当, 2 pages)",
                unusual="2-page image PDF; real servicer ★ オリックス債権回収 with 「債権管理回収業　許可番号　法務大臣 第11号」 "
                        "in the sender block; the claim table with a 金額（円） header: 求償残元金 / 損害金（window, 年14.6％） "
                        "/ ご請求額合計 (no interest); the (ケ) case number in the prose (not the reference); p.2 a dated "
                        "history table (平成24年 loan 28,600,000, 最終ご返済日, 喪失, 代位弁済額, 競売開始, 売却価額, 配当) "
                        "and a 充当 table with △ figures (all distractors except the dates)")


# ---------------------------------------------------------------------------------------------
# dd06 joint 債権譲渡通知: consumer lender → invented servicer 泰平債権回収 (第247号); scanned.


def dd06():
    R = 20.0
    issued, assign = D(2025, 10, 1), D(2025, 9, 26)
    acc, lastp = D(2025, 3, 18), D(2024, 12, 10)
    P, I = 612_000, 23_480
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{fw(era(issued))}", align="r", size=10)
    p.gap(2)
    p.line("〒790-0000　愛媛県松山市ゆりわさび町二丁目5番地7", size=10)
    p.line("神服　茉莉　様", size=13)
    p.gap(2)
    x, ys = 112, []
    for s, sz in (("通知人（譲渡人）", 9), ("〒760-0000 香川県高松市きんぽうげ町三丁目1番2号", 8.5),
                  ("株式会社ルチルローン", 10.5), ("代表取締役　槻岡　典正", 9.5), ("", 4),
                  ("通知人（譲受人）", 9), ("〒105-0000 東京都港区はなわらび一丁目9番4号", 8.5),
                  ("泰平債権回収株式会社", 10.5), ("代表取締役　萩野谷　圭", 9.5),
                  ("法務大臣許可番号　第247号", 9)):
        if s:
            if "代表取締役" in s:
                ys.append(p.y)
            p.line(s, x=x, size=sz, font="serif-bold" if "株式会社" in s and "〒" not in s else "serif")
        else:
            p.gap(2)
    p.seal(178, ys[0] + 1, 12, "round", "ルチルローン|代表/取締役", angle=-6, seed=99061)
    p.seal(178, ys[1] + 1, 12, "round", "泰平債権回収|代表/取締役", angle=4, seed=99062)
    p.gap(6)
    p.line("債権譲渡通知書", size=17, font="serif-bold", align="c")
    p.gap(4)
    p.para(f"譲渡人株式会社ルチルローンは、貴殿に対して有する下記債権を、{fw(era(assign))}、譲受人泰平債権回収株式会社に"
           "譲渡しましたので、譲渡人及び譲受人の連名をもってご通知いたします。")
    p.para("今後、本債権に関するお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人に対してお支払い"
           "いただいても、弁済の効力は生じませんのでご注意ください。")
    p.gap(2)
    p.line("記", align="c")
    p.line("１．原契約", size=10.5)
    p.line("　　金銭消費貸借契約（カードローン）　契約日 令和２年７月１日　極度額 金700,000円", size=10)
    p.line("２．譲渡債権の内容（譲渡日現在）", size=10.5)
    p.table([["貸付元金残高", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（年20.0％　{fw(era(acc + ONE))}から譲渡日まで）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [120, 44], x=28, aligns="lr", size=10, row_h=8, ruled="grid")
    p.gap(1.5)
    p.line(f"３．期限の利益喪失日　{fw(era(acc))}　　最終ご返済日　{fw(era(lastp))}", size=10.5)
    p.line("４．債権番号　ＴＨ－２５０９－０６１２", size=10.5)
    p.gap(3)
    p.para("お支払方法につきましては、後日、譲受人よりご案内いたします。ご不明な点は、下記譲受人のお問い合わせ窓口"
           "までご連絡ください。", size=10)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 176, 16, 0.4))
    p.at(22, y + 6, "【お問い合わせ窓口】泰平債権回収株式会社　債権管理部", size=9.5, font="serif-bold")
    p.at(22, y + 12, "TEL 03-0000-2470（平日 9時～18時）　※譲渡人（ルチルローン 087-000-6610）ではお答えできません", size=8.8)
    tr = truth(document_type="assignment_notice", sender="泰平債権回収株式会社", license_number=247,
               phone="03-0000-2470", creditor="泰平債権回収株式会社", status="unverified", original="株式会社ルチルローン",
               debtor="神服茉莉", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference="TH-2509-0612",
               input_kind="scan_png", template="proxy99_joint_assignment_lender_to_invented_servicer",
               received=D(2025, 10, 3))
    return dict(stem="dd06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → invented servicer)",
                unusual="joint 債権譲渡通知書 scanned; full-width era dates; the two 通知人 blocks stacked on the RIGHT "
                        "above the title with round seals; INVENTED servicer 泰平債権回収株式会社 with 「法務大臣許可番号　第247号」 "
                        "(→ unverified); a 2-column grid 貸付元金残高 / 未収利息 / 遅延損害金（年20.0％ window） / 合計 as of "
                        "the 譲渡日; 極度額 700,000 and the 令和２年 contract as distractors; the 債権番号 as item ４ in "
                        "full-width; the 譲渡人's own 087 phone as a distractor; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# dd07 アルファ債権回収 (real) 受託のお知らせ + ご請求 for a bank card loan; iPhone HEIC.


def dd07():
    R = 18.0
    issued, due, entrust = D(2026, 1, 19), D(2026, 2, 6), D(2026, 1, 5)
    acc, lastp = D(2025, 10, 20), D(2025, 7, 25)
    P, I = 1_184_000, 9_826
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=NAVY))
    p.at(20, 19.3, "α", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(28, 18.5, "アルファ債権回収株式会社", size=12.5, font="sans-bold", color=NAVY)
    p.at(28, 22.8, "法務大臣許可番号 第101号", size=7.5, color=NAVY)
    p.at(196, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.y = 30
    p.line("〒980-0000 宮城県仙台市青葉区てんにんぎく三丁目2番10号", size=9.5, x=16)
    p.line("礒部　航　様", size=13, x=20)
    p.gap(5)
    p.title("債権回収業務受託のお知らせ及びご請求", size=14.5)
    p.para(f"当社は、株式会社せせなぎ銀行（以下「委託者」といいます。）から、貴殿と委託者との間のカードローン契約に基づく"
           f"債権につき、{wdate(entrust)}付で管理及び回収業務の委託を受けました。債権者は引き続き委託者であり、当社は委託者の"
           "ためにお支払いを受領いたします。", size=9.6)
    p.para(f"同契約については、{wdate(acc)}に期限の利益を喪失されております。つきましては、下記ご請求額をお支払期限までに"
           "一括してお支払いください。", size=9.6)
    p.gap(2)
    w = 45
    cells = [("委託者（債権者）", "株式会社せせなぎ銀行"), ("お客様番号", "AL-2601-48830"),
             ("ローンカード番号", "0310-＊＊＊-5521"), ("最終ご入金日", wdate(lastp))]
    from samples.letters.proxydraw import cell
    for i, (a, b) in enumerate(cells):
        cell(p, 16 + i * w, p.y, w, 14, a, b, vsize=9.5)
    p.y += 19
    x0, x1 = 30, 180
    p.line(f"ご請求額（{wdate(issued)}現在）", x=16, size=10, font="sans-bold")
    for lab, val, bold in (("貸越元金", f"{P:,}円", False), ("未払利息（期限の利益喪失日まで）", f"{I:,}円", False),
                           ("遅延損害金（年18.0％、喪失日の翌日から）", f"{L:,}円", False), ("ご請求額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1)
        b = p.line(lab, x=x0, size=10.5 if bold else 10, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=11.5 if bold else 10, align="r", font="sans-bold" if bold else "sans")
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 80, 18, 0.9, NAVY))
    p.at(20, y + 6, "お支払期限", size=9.5, font="sans-bold", color=NAVY)
    p.at(56, y + 13.5, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold", align="c")
    p.para("ご契約内容（ご参考）：契約日 2019年4月12日　ご利用限度額 1,500,000円", x0=100, x1=196, size=8.5, indent="")
    p.y = y + 23
    p.line("お振込先　すずめのやり銀行　本店営業部　普通預金　4883015　アルフアサイケンカイシユウ（カ", size=9, x=16)
    p.gap(2)
    p.para("一括でのお支払いが難しい場合は、お支払期限までにご連絡ください。ご返済計画についてご相談を承ります。"
           "なお、委託者からも本件受託についての通知が別途送付されます。", x0=16, x1=196, size=9, indent="")
    p.gap(5)
    y = p.y
    p.add(Line(16, y, 196, y, 0.3, NAVY))
    p.at(16, y + 6, "アルファ債権回収株式会社　仙台サービスセンター", size=10, font="sans-bold")
    p.at(16, y + 11.5, "〒980-0000 宮城県仙台市青葉区しらやま坂一丁目4番1号", size=8.5)
    p.at(16, y + 17, "お問い合わせ 022-000-1018（平日 9:00～18:00）　担当 柵木", size=9.5)
    p.seal(186, y + 11, 12, "square", "アルファ債権回収印", angle=3, seed=99071)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="022-000-1018", creditor="株式会社せせなぎ銀行", status="licensed", original="株式会社せせなぎ銀行",
               debtor="礒部航", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="AL-2601-48830",
               input_kind="photo_heic", template="proxy99_servicer_entrustment_notice_bank_card_loan",
               received=D(2026, 1, 21))
    return dict(stem="dd07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.2, creases=2, glare=18, fill=0.86, warm=0.2, bow=4),
                about="assignment_notice (real servicer 受託のお知らせ with a demand, bank card loan)",
                unusual="iPhone HEIC on a dark cloth with a bulge, creases and lamp glare; real servicer ★ アルファ債権回収 "
                        "(navy α mark, 「法務大臣許可番号 第101号」 in small type under the logo) collecting ON COMMISSION "
                        "for a bank (creditor = original = 委託者 せせなぎ銀行; the 受託日 is not an assignment); western "
                        "年月日 dates; four label-above-value cells (委託者（債権者）, お客様番号, masked ローンカード番号, "
                        "最終ご入金日); ruled amount lines 貸越元金 / 未払利息 / 遅延損害金 / ご請求額; the 喪失 date only in "
                        "the prose; the 2019 contract and ご利用限度額 1,500,000 beside the deadline box as distractors")


# ---------------------------------------------------------------------------------------------
# dd08 静岡簡易裁判所 支払督促, 2 pages; creditor パルティール債権回収 (real), 譲受債権.

PT_CASE = "令和8年(ロ)第312号"


def dd08():
    issued, filed = D(2026, 3, 12), D(2026, 3, 2)
    acc, lastp, assign = D(2025, 4, 10), D(2025, 1, 27), D(2025, 8, 29)
    P, I, R, C = 356_900, 14_230, 18.0, 3_990
    L = late(P, R, acc + ONE, filed)
    T = P + I + L + C
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和8年（ロ）第312号')}", size=10.5)
    p.line("事 件 名　譲受債権請求督促事件", size=10.5)
    p.gap(8)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり", x=28, size=10.5)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", x=28, size=10.5)
    p.gap(4)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=11)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　静岡簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　菫谷　美智留", size=11)
    p.seal(150, p.y - 6, 15, "square", "静岡簡易裁判所書記官印", seed=99081)
    p.gap(10)
    y = p.y
    p.add(Box(20, y, 170, 58, 0.5))
    p.at(24, y + 7, "この支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(("１　請求に異議があるときは、この支払督促を受け取った日から２週間以内に、同封の督促異議申立書を",
                           "　　当裁判所に提出してください。",
                           "２　異議を申し立てないと、債権者は仮執行宣言の申立てをすることができ、強制執行を受けることが",
                           "　　あります。",
                           "３　異議が申し立てられると、通常の訴訟手続に移行します（請求額により簡易裁判所又は地方裁判所）。",
                           "４　問い合わせ先　静岡簡易裁判所民事係（督促担当）　電話 054-000-4312",
                           "　　（問い合わせの際は事件番号をお知らせください）")):
        p.at(24, y + 14 + i * 6, s, size=9.5)
    q = Page(font="serif", size=10.5, top=16)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒141-0000 東京都品川区さんしゅゆ七丁目17番3号"), ("", "パルティール債権回収株式会社"),
          ("", "代表者代表取締役　壇　宏之"),
          ("", "（送達場所）〒141-0000 同所　電話 03-0000-1130　FAX 03-0000-1131"),
          ("債　務　者", "〒422-0000 静岡県静岡市駿河区ぬかぼし町五丁目8番22号"), ("", "溜渕　理恵")],
         x=18, label_w=28, size=10)
    q.gap(4)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    items = [f"１　金{P:,}円（残元金）", f"２　金{I:,}円（上記１に対する期限の利益喪失日までの未払利息）",
             f"３　金{L:,}円（上記１に対する令和７年４月１１日から令和８年３月２日まで年１８．０％の割合による遅延損害金）",
             "４　上記１の金額に対する令和８年３月３日から完済まで年１８．０％の割合による遅延損害金",
             f"５　金{C:,}円（督促手続費用）", f"（以上のうち１、２、３及び５の合計　金{T:,}円）"]
    for s in items:
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.gap(4)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　株式会社カンパネラクレジット（以下「原債権者」という。）は、令和３年５月２０日、債務者との間で、極度額"
              "５０万円、利率年１７．８％、遅延損害金年１８．０％の約定でカードローン契約を締結し、債務者に対し金員を貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後にその後の支払を怠り、{fw(era(acc))}、約定により期限の利益を喪失した。",
              f"３　原債権者は、{fw(era(assign))}、上記貸金債権を債権者に譲渡し、同年９月２日到達の内容証明郵便により債務者に"
              "その旨通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=192, size=10, indent="")
    q.gap(3)
    q.line(f"申立年月日　{fw(era(filed))}", x=22, size=10)
    tr = truth(document_type="payment_order", sender="静岡簡易裁判所", phone="054-000-4312",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社カンパネラクレジット",
               debtor="溜渕理恵", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=PT_CASE, input_kind="pdf_text_2page", template="proxy99_payment_order_servicer_two_pages",
               received=D(2026, 3, 16))
    return dict(stem="dd08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="digital 支払督促 of 静岡簡裁: p.1 the order with the full-width case number, the clerk's seal and a "
                        "boxed 「この支払督促を受け取った方へ」 with the court's phone; p.2 当事者目録 as kv lines (creditor "
                        "★ パルティール債権回収, no licence number: court paper; its 送達場所 phone and FAX as distractors) "
                        "and 請求の趣旨 as numbered prose items with full-width dates and rates, the running item ４ and a "
                        "bracketed 「以上のうち１、２、３及び５の合計」; 請求の原因 with 極度額５０万円 and 年１７．８％ as "
                        "distractors; 申立年月日 at the foot")


LETTERS = [dd01, dd02, dd03, dd04, dd05, dd06, dd07, dd08]
