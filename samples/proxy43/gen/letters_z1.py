"""Proxy set 43, letters az01–az08: "a month of mail, second round" (February 2027, 令和9年2月). A card company's
督促 of two missed instalments, a real servicer's ご連絡, a consumer lender's short ご連絡 photographed, a mobile
carrier's collection agent (invented servicer, 受託) as a HEIC, a law office's 催告書 by fax, a guarantee company's
求償債権 demand of 2 pages, a 信販 company's 縦書き 催告書 scanned and a joint 債権譲渡 notice to a real servicer."""

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
    bars,
    cell,
    era,
    faq,
    grid,
    kdate,
    late,
    leader,
    qr,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.25, 0.08)
PALE = (0.95, 0.95, 0.95)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


def weekday_ok(d: D) -> None:
    assert d.weekday() < 5 and d not in (D(2027, 2, 11), D(2027, 2, 23)), d


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# az01 card company: two missed リボ instalments; a shaded SIDEBAR on the left with the contact and 照会コード.


def az01():
    R = 14.6
    issued, due, lastp = D(2027, 1, 29), D(2027, 2, 9), D(2026, 11, 27)
    weekday_ok(due)
    rows = [(D(2026, 12, 28), 18_200, 3_410), (D(2027, 1, 27), 18_450, 3_160)]
    calc = [(d, pr, fe, late(pr, R, d + timedelta(1), issued)) for d, pr, fe in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    assert all(pr + fe == 21_610 for _, pr, fe, _ in calc)
    p = Page(font="sans", size=9.8, top=14, left=58, right=14)
    p.add(Box(10, 10, 42, 277, color=None, fill=(0.93, 0.95, 0.98)))
    p.at(31, 24, "PEERLESS", size=13, font="sans-bold", align="c", color=NAVY)
    p.at(31, 29, "CARD", size=8, font="sans-bold", align="c", color=NAVY)
    p.add(Line(14, 34, 48, 34, 0.4, NAVY))
    side = [("照会コード", 7), ("PL-4471-2096", 9.5), ("", 4), ("発行日", 7), (wdate(issued), 9), ("", 4),
            ("お問い合わせ", 7), ("株式会社ピアレスカード", 7.6), ("お客様センター", 7.6), ("0120-000-614", 10),
            ("受付 9:30～17:30", 7), ("（土日祝・年末年始を除く）", 6.5), ("", 4),
            ("〒930-0000", 7), ("富山県富山市", 7), ("あゆみ野通九丁目9番9号", 7), ("", 4),
            ("貸金業登録番号", 6.5), ("北陸財務局長(2)", 6.5), ("第00131号", 6.5)]
    y = 42
    for s, sz in side:
        if s:
            p.at(14, y, s, size=sz, font="sans-bold" if sz >= 9 else "sans")
        y += sz * 0.3528 * 1.7 if s else sz
    bars(p, 62, 16, 60, 3.2, "az01")
    p.at(62, 26, "〒939-0000", size=9.5)
    p.at(62, 31, "富山県射水市かいおう浜九丁目9番9号", size=9.5)
    p.at(66, 40, "粉川　真由　様", size=13.5)
    p.at(196, 16, "親展", size=10, font="sans-bold", align="r", color=RED)
    p.y = 52
    p.add(Line(58, p.y, 196, p.y, 1.0, NAVY))
    p.gap(4)
    p.line("ご請求額未入金のお知らせ（督促）", size=14.5, font="sans-bold", color=NAVY)
    p.gap(1)
    p.para("いつもピアレスカードをご利用いただき、ありがとうございます。", size=9.6)
    p.para(f"{rows[0][0].year}年12月および{rows[1][0].year}年1月のお振替日に、ご指定口座からのお引落しができませんでした。"
           f"最後にご入金を確認できましたのは{wdate(lastp)}（{wd(lastp)}）のお振替分です。下表の要お支払額を、"
           "ご送金期限までに下記口座へお振込みくださいますようお願いいたします。", size=9.6)
    p.gap(2)
    head = ["振替日", "元本相当額", "手数料相当額", "遅延損害金", "小計"]
    body = [[slash(d), f"{pr:,}", f"{fe:,}", f"{lt:,}", f"{pr + fe + lt:,}"] for d, pr, fe, lt in calc]
    p.table([head] + body, [27, 28, 28, 27, 28], x=58, header=True, aligns="crrrr", size=9.3, row_h=7.5)
    y = p.y
    p.add(Box(58, y, 138, 9, 0.9, NAVY))
    p.at(61, y + 6.2, "要お支払額", size=10.5, font="sans-bold", color=NAVY)
    p.at(110, y + 6.2, f"{P:,}", size=9.3, align="r")
    p.at(138, y + 6.2, f"{I:,}", size=9.3, align="r")
    p.at(165, y + 6.2, f"{L:,}", size=9.3, align="r")
    p.at(194, y + 6.4, f"{T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = y + 11
    p.line("（単位：円）遅延損害金は各回の元本相当額に対し年14.6％、振替日の翌日から発行日までの日割計算です。", size=7.6)
    sched = D(2026, 12, 27)
    assert sched.weekday() >= 5 and sched + timedelta(1) == rows[0][0]
    p.line(f"12月のお振替日（27日）は{wd(sched)}曜日のため翌営業日のお振替となりました。", size=7.6)
    p.gap(3)
    y = p.y
    p.add(Box(58, y, 66, 15, 0.3, None, NAVY))
    p.at(91, y + 9.6, "ご送金期限", size=12, font="sans-bold", align="c", color=WHITE)
    p.add(Box(124, y, 72, 15, 0.6, NAVY))
    p.at(160, y + 10, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold", align="c")
    p.y = y + 19
    p.line("お振込先", size=9.8, font="sans-bold")
    p.para("ほくりく銀行　本店営業部　普通預金　2096447　カ）ピアレスカード　※ご依頼人名の前に照会コードの数字8桁"
           "（44712096）をご入力ください。振込手数料はお客様のご負担となります。", size=9.0, indent="")
    p.gap(2)
    p.line("ご契約状況（ご参考・発行日現在）", size=9.8, font="sans-bold")
    p.table([["ご利用可能枠", "400,000円", "リボ払いご利用残高", "612,840円"],
             ["毎月のお支払額（定額）", "21,610円", "お振替日", "毎月27日"]],
            [36, 27, 40, 35], x=58, size=8.6, row_h=6.6, aligns="lrlr", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(58, y, 138, 27, 0.4, RED, (1.0, 0.97, 0.97)))
    for i, s in enumerate(["このままお支払いがない場合、会員規約第31条に基づき期限の利益を喪失し、ご利用残高の全額を",
                           "一括してお支払いいただくこととなります。また、カードのご利用は停止させていただきます。",
                           "お支払いが難しい事情がおありの場合は、ご送金期限までにお客様センターへご相談ください。",
                           "本状と行き違いにお振込みいただいた場合は、ご容赦ください。"]):
        p.at(61, y + 6.5 + i * 5.3, s, size=8.6, color=RED if i < 2 else (0, 0, 0))
    tr = truth(document_type="collection_notice", sender="株式会社ピアレスカード", phone="0120-000-614",
               creditor="株式会社ピアレスカード", status="not_applicable", debtor="粉川真由", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="PL-4471-2096", input_kind="pdf_text", template="proxy43_card_two_instalments_sidebar",
               received=D(2027, 2, 1))
    return dict(stem="az01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 督促, two missed リボ instalments)",
                unusual="a card company's ご請求額未入金のお知らせ with a pale-blue SIDEBAR down the left (brand 「PEERLESS "
                        "CARD」, 照会コード, 発行日, the お客様センター phone, the 貸金業 registration) and the letter in the "
                        "right two thirds; slash dates in the table (2026/12/28) and western 年月日 in the prose; columns "
                        "振替日 / 元本相当額 / 手数料相当額 / 遅延損害金 / 小計 and a framed total row 「要お支払額」; the due date "
                        "as 「ご送金期限」 in a navy label box; the last payment only in the prose; arrears only (lump false); "
                        "ご利用可能枠 400,000, リボ残高 612,840, 毎月 21,610 and the 8-digit form of the code as distractors")


# ---------------------------------------------------------------------------------------------
# az02 real servicer パルティール債権回収: お支払いについてのご連絡, dotted-leader amounts, ◆ bullet facts.


def az02():
    R = 20.0
    issued, due = D(2027, 1, 28), D(2027, 2, 12)
    weekday_ok(due)
    acc, lastp, assign = D(2026, 7, 6), D(2026, 3, 25), D(2026, 10, 30)
    P, I = 584_300, 21_918
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(195, 18, era(issued), size=10, align="r")
    p.at(195, 23.5, "債権ID：P113-0581-2207", size=9.5, align="r")
    p.y = 30
    p.line("〒370-0000", size=10)
    p.line("群馬県高崎市ねぎぼうず台九丁目9番9号", size=10)
    p.line("　　蜂谷　康平　様", size=13)
    for i, s in enumerate(["パルティール債権回収株式会社", "債権管理部　第二グループ", "法務大臣許可番号　第113号",
                           "〒141-0000 東京都品川区からくり坂九丁目9番9号", "TEL 0120-000-358（平日9:00～18:00）",
                           "担当　桝田"]):
        p.at(122, 48 + i * 5, s, size=11 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    p.y = 84
    p.title("お支払いについてのご連絡", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10)
    p.para(f"さて、当社は{era(assign)}、株式会社キャリーローンより、貴殿に対する下記貸付債権を譲り受けました。貴殿は"
           f"既に期限の利益を喪失されておりますので、下記総請求額を{era(due)}（{wd(due)}）までに一括にてお振込み"
           "くださいますようお願い申し上げます。", size=10)
    p.para("お支払いが困難な場合でも、まずは担当までご連絡ください。ご事情を伺ったうえでお支払方法をご相談させて"
           "いただきます。", size=10)
    p.line("敬具", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.line(f"■ご請求の明細（{era(issued)}現在）", x=24, size=10, font="sans-bold")
    for lab, val in (("貸付元本残", f"{P:,}円"), ("利息未払分（期限の利益喪失日まで）", f"{I:,}円"),
                     (f"損害金（{era(acc + timedelta(1))}から年20.0％）", f"{L:,}円")):
        leader(p, lab, val, 30, 182, size=10)
    p.add(Line(30, p.y + 0.3, 182, p.y + 0.3, 0.5))
    p.gap(1.5)
    leader(p, "総請求額", f"{T:,}円", 30, 182, size=11.5, font="sans-bold")
    p.gap(3)
    p.line("■ご参考", x=24, size=10, font="sans-bold")
    for s in ("◆原債権者　株式会社キャリーローン（カードローン契約・平成30年6月ご契約）",
              f"◆債権譲受日　{era(assign)}　　◆期限の利益喪失日　{era(acc)}",
              f"◆最終入金確認日　{era(lastp)}　　◆原契約番号　CL-0018-55402"):
        p.line(s, x=30, size=9.6)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 11, 0.8))
    p.at(28, y + 7.4, "お振込み締切日：", size=11, font="sans-bold")
    p.at(64, y + 7.6, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 14
    p.para("お振込先：はやぶさ銀行　大崎駅前支店　普通預金　5812207　パルティールサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※お振込みの際は、ご依頼人名の前に債権IDの数字（11305812207）をご入力ください。", size=9.0, indent="")
    p.para("※当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。ご不明な点は、法務省の"
           "ホームページで許可業者の一覧をご確認いただけます。", size=9.0, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-358", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社キャリーローン", debtor="蜂谷康平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="P113-0581-2207", input_kind="scan_png",
               template="proxy43_servicer_contact_letter_leaders", received=D(2027, 2, 1))
    return dict(stem="az02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (real servicer ご連絡, lump sum)",
                unusual="real servicer ★ パルティール債権回収株式会社 with 「法務大臣許可番号　第113号」 in a sender block on "
                        "the RIGHT below the addressee; 拝啓 … 敬具 and 記; the amounts on dotted leaders with the new labels "
                        "貸付元本残 / 利息未払分（期限の利益喪失日まで） / 損害金（…から年20.0％） / 総請求額; the facts as ◆ bullets "
                        "two to a line (原債権者, 債権譲受日, 期限の利益喪失日, 最終入金確認日, 原契約番号); 「債権ID：」 with a "
                        "colon top-right; the due date both in the prose and in a framed 「お振込み締切日：」 line; the "
                        "11-digit transfer form of the ID and 平成30年6月 as distractors")


# ---------------------------------------------------------------------------------------------
# az03 consumer lender's short ご連絡: one missed payment; label-above-value cells; photographed on a desk.


def az03():
    issued, due, miss, lastp = D(2027, 2, 2), D(2027, 2, 10), D(2027, 1, 20), D(2026, 12, 21)
    weekday_ok(due)
    P, I = 9_600, 5_870
    L = late(P, 20.0, miss + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=18)
    p.add(Box(130, 12, 66, 14, color=None, fill=(0.85, 0.30, 0.05)))
    p.at(163, 21.5, "ファーストリンク", size=14, font="sans-bold", align="c", color=WHITE)
    p.at(196, 31, "株式会社ファーストリンク", size=9, align="r")
    p.at(196, 35.5, "お客様サポート課", size=9, align="r")
    p.y = 18
    p.line("〒890-0000", size=10)
    p.line("鹿児島県鹿児島市さくらじま見九丁目9番9号", size=10)
    p.line("上原　亮　様", size=14)
    p.y = 48
    p.line(f"{wdate(issued)}", align="r", size=10)
    p.line("取引コード　FL-3092-7716", align="r", size=10)
    p.gap(5)
    p.line("ご返済についてのご連絡", size=16, font="sans-bold", align="c")
    p.gap(4)
    p.para(f"{md(miss)}のご返済日を過ぎておりますが、本日までにご入金が確認できておりません。"
           f"{wdate(lastp)}にお支払いいただいて以降、ご入金のない状態が続いております。", size=10.5)
    p.para(f"お手数ですが、下記のご返済額合計を{md(due)}（{wd(due)}）までにご入金ください。", size=10.5)
    p.gap(4)
    y = p.y
    for i, (lab, val) in enumerate((("ご返済元本", f"{P:,}円"), ("お利息", f"{I:,}円"),
                                    ("遅延損害金（年20.0%）", f"{L:,}円"))):
        cell(p, 20 + i * 43, y, 43, 17, lab, val, lsize=8, vsize=13, align="r")
    p.add(Box(149, y, 47, 17, 1.2, (0.85, 0.30, 0.05)))
    p.at(150.5, y + 4, "ご返済額合計", size=8.5, font="sans-bold")
    p.at(193.5, y + 14.5, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.y = y + 21
    p.line(f"※遅延損害金は{md(miss + timedelta(1))}から本状作成日までの日割りです。", x=20, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 176, 13, 0.3, None, (0.99, 0.93, 0.88)))
    p.at(25, y + 8.6, "ご入金締切日", size=11, font="sans-bold")
    p.at(62, y + 9, f"{md(due)}（{wd(due)}）", size=15, font="sans-bold", color=(0.75, 0.2, 0.0))
    p.at(192, y + 8.6, "店頭ATM・提携ATM・お振込み", size=9, align="r")
    p.y = y + 17
    p.para("お振込先　さつま南銀行　中央支店　普通預金　3092771　カ）フアーストリンク", size=9.8, indent="")
    p.gap(3)
    p.line("ご契約内容（ご参考）", size=10, font="sans-bold")
    p.table([["ご利用限度額", "500,000円", "ご利用残高", "398,214円"],
             ["次回ご返済日", "2月20日", "次回ご返済額", "15,500円"],
             ["貸付利率", "年18.0％", "遅延損害金利率", "年20.0％"]],
            [34, 50, 36, 56], x=20, size=9.3, row_h=7, aligns="lrlr", shade_col0=True)
    p.gap(4)
    p.para("ご返済が遅れますと信用情報機関に延滞の情報が登録されることがあります。ご返済日の変更・ご返済額のご相談は、"
           "お電話にて承ります。", size=9.5)
    p.para("行き違いでご入金済みの場合は、ご容赦ください。", size=9.5)
    p.gap(5)
    y = p.y
    p.add(Line(20, y, 196, y, 0.3, GRAY))
    p.at(20, y + 6, "お問い合わせ　株式会社ファーストリンク　お客様サポート課　0120-000-772（平日10時～19時）",
         size=9.3)
    p.at(20, y + 11, "〒892-0000 鹿児島県鹿児島市てんもん館通九丁目9番9号　担当：知念", size=8.6)
    p.at(20, y + 16, "貸金業者登録番号　九州財務局長(3)第00412号　日本貸金業協会会員第009812号", size=7.8, color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社ファーストリンク", phone="0120-000-772",
               creditor="株式会社ファーストリンク", status="not_applicable", debtor="上原亮", total=T, principal=P,
               interest=I, late_damages=L, rate=20.0, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="FL-3092-7716", input_kind="photo_jpeg", template="proxy43_consumer_loan_short_contact_cells",
               received=D(2027, 2, 4))
    return dict(stem="az03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.2),
                about="collection_notice (consumer lender, one missed payment)",
                unusual="phone photo on a pale desk with tri-fold creases and the phone's shadow at the bottom; an orange "
                        "brand block top-RIGHT and the addressee top-left with no window; MONTH-DAY dates in the body "
                        "(1月20日, 2月10日（水）) with the year only in the date line; four label-above-value cells in a row "
                        "with the new labels ご返済元本 / お利息 / 遅延損害金（年20.0%） / ご返済額合計 (framed); the due "
                        "date as 「ご入金締切日」 in a tinted bar; the last payment only in the prose; 次回ご返済日 2月20日 "
                        "and 15,500円, 限度額 500,000 and ご利用残高 398,214 as distractors")


# ---------------------------------------------------------------------------------------------
# az04 a mobile carrier's collection agent: INVENTED servicer 豊後債権回収 (受託), HEIC on cloth.


def az04():
    R = 14.5
    issued, due = D(2027, 2, 3), D(2027, 2, 17)
    weekday_ok(due)
    cut, lastp, entrust = D(2026, 10, 15), D(2026, 8, 31), D(2027, 1, 18)
    fee, inst, n = 8_420, 3_970, 13
    dev = inst * n
    P = fee + dev
    L = late(P, R, cut + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 11, color=None, fill=TEAL))
    p.at(14, 7.6, "豊後債権回収株式会社", size=11, font="sans-bold", color=WHITE)
    p.at(196, 7.6, "法務大臣許可番号　第261号", size=9, align="r", color=WHITE)
    p.y = 18
    p.line("〒900-0000　沖縄県那覇市ゆいまーる通九丁目9番9号", size=9.8)
    p.line("照屋　美月　様", size=14)
    p.at(196, 22, f"発送日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 27, "委託番号　HM-0817-4426", size=9.5, align="r")
    p.y = 40
    p.title("ご請求のご案内（携帯電話ご利用料金等）", size=14.5)
    p.para(f"当社は、{wdate(entrust)}付で、ハルモバイル株式会社（以下「委託元」といいます。）から、お客様の下記未払料金等に"
           "ついて、債権管理回収業務の委託を受けました。", size=9.8)
    p.para(f"委託元からのご請求にもかかわらず、現在までお支払いが確認できておりません。つきましては、下記お支払総額を"
           f"{wdate(due)}（{wd(due)}）までに一括にてお支払いください。", size=9.8)
    p.gap(2)
    p.kv([("委託元", "ハルモバイル株式会社（HAL mobile）"), ("ご契約回線", "090-0000-＊＊17（2024年3月ご契約）"),
          ("強制解約日", wdate(cut)), ("最終お支払確認日", wdate(lastp))], x=20, label_w=38, size=9.5)
    p.gap(2)
    p.line("ご請求の内訳", size=10.5, font="sans-bold")
    p.table([["項目", "金額"],
             ["未払利用料金（2026年7月・8月ご利用分）", f"{fee:,}円"],
             [f"端末分割支払金残額（{inst:,}円×残{n}回）", f"{dev:,}円"],
             ["小計（元金）", f"{P:,}円"],
             ["延滞利息（解約日翌日から発送日まで年14.5％）", f"{L:,}円"],
             ["お支払総額", f"{T:,}円"]], [118, 52], x=20, header=True, size=9.8, row_h=7.6)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 1.0, TEAL))
    p.at(24, y + 8, "お支払い最終日", size=11, font="sans-bold", color=TEAL)
    p.at(62, y + 8.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お支払方法：同封の払込票によりコンビニエンスストアでお支払いいただくか、下記口座へお振込みください。"
           "琉球みらい銀行　泊港支店　普通預金　0817442　ブンゴサイケンカイシユウ（カ", size=9.4, indent="")
    p.para("お支払いのないまま上記期日を経過した場合、委託元において法的手続の検討に移る場合があります。分割でのお支払いを"
           "ご希望の方は、お早めに下記までご連絡ください。", size=9.4)
    p.para("※当社は委託元から回収業務の委託を受けたものであり、債権を譲り受けたものではありません。個人情報は債権回収の目的"
           "以外には利用いたしません。", size=8.6, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(104, y, 92, 28, 0.3, GRAY))
    for i, s in enumerate(["豊後債権回収株式会社　那覇オフィス", "〒900-0000 沖縄県那覇市ゆいまーる通九丁目9番9号",
                           "TEL 098-000-2610（平日9:00～18:00）", "担当：塙田", "法務大臣許可番号　第261号"]):
        p.at(107, y + 5.5 + i * 5, s, size=9.6 if i == 0 else 8.6, font="sans-bold" if i == 0 else "sans")
    qr(p, 20, y + 2, 22, "az04")
    p.at(46, y + 12, "お支払い用コード", size=7.5)
    tr = truth(document_type="collection_notice", sender="豊後債権回収株式会社", license_number=261,
               phone="098-000-2610", creditor="ハルモバイル株式会社", status="unverified",
               original="ハルモバイル株式会社", debtor="照屋美月", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, last_payment=lastp, reference="HM-0817-4426",
               input_kind="photo_heic", template="proxy43_mobile_carrier_agent_invented_servicer", received=D(2027, 2, 5))
    return dict(stem="az04", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.85, warm=0.25, bow=5),
                about="collection_notice (mobile carrier's collection agent, invented servicer, 受託)",
                unusual="iPhone HEIC on a dark cloth with creases, a bow and a lamp glare; INVENTED servicer 「豊後債権回収"
                        "株式会社」 with 「法務大臣許可番号　第261号」 (→ unverified) white-on-teal in a band at the very TOP and "
                        "again in the sender box; collecting ON COMMISSION (受託) for a mobile carrier (creditor = original = "
                        "ハルモバイル); 発送日 and 委託番号 top-right; a 項目/金額 table with 未払利用料金 / 端末分割支払金残額 "
                        "（3,970円×残13回） / 小計（元金） / 延滞利息 / お支払総額; 「お支払い最終日」 in a teal frame; the 受託日, "
                        "強制解約日 and a masked line number as distractors; a QR")


# ---------------------------------------------------------------------------------------------
# az05 law office's 催告書 to a sole trader, one-page G4 fax; grid table with shaded labels.


def az05():
    R = 20.0
    issued, due = D(2027, 2, 8), D(2027, 2, 19)
    weekday_ok(due)
    acc, lastp = D(2026, 12, 15), D(2026, 9, 30)
    P, I = 736_480, 24_205
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(14, 16, f"送信日　{era(issued)}　　送信枚数　本紙１枚", size=9)
    p.at(196, 16, "当方管理番号　OG-27-0142", size=9.5, align="r")
    p.add(Line(14, 19, 196, 19, 0.3))
    p.y = 24
    p.line("樽井工務店", size=11)
    p.line("樽井　大輔　様", size=13.5)
    p.line("（FAX 0225-00-3418）", size=9)
    p.y = 26
    for i, s in enumerate(["〒980-0000 仙台市青葉区ばんすい通九丁目9番9号", "弁護士法人雄勝総合法律事務所",
                           "株式会社ライフブリッジ代理人", "弁護士　牟田口　誠", "弁護士　采女　千景",
                           "電話 022-000-6630　FAX 022-000-6631"]):
        p.at(112, 26 + i * 5.2, s, size=11 if i == 1 else 9.4, font="serif-bold" if i == 1 else "serif")
    p.seal(190, 44, 11, "square", "弁護士法人雄勝総合法律事務所印", angle=3, seed=43051)
    p.y = 62
    p.line("催　　告　　書", size=17, font="serif-bold", align="c")
    p.gap(4)
    p.para("当職らは、株式会社ライフブリッジ（以下「依頼者」といいます。）から委任を受けた代理人として、貴殿に対し、"
           "次のとおり催告いたします。")
    p.para(f"貴殿は、依頼者との間の令和5年4月14日付事業者向け金銭消費貸借契約に基づく分割金の支払を{era(lastp)}の"
           f"支払を最後に怠り、依頼者からの催告にも応じなかったため、{era(acc)}の経過をもって期限の利益を喪失しています。")
    p.para(f"つきましては、下記の金員を{era(due)}（{wd(due)}）午後3時までに、下記口座へ一括してお支払いください。"
           "上記期限までにお支払い又は誠意あるご連絡がない場合には、依頼者の指示により、訴訟提起等の法的手続に着手いたし"
           "ますので、念のため申し添えます。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    rows = [("貸付金元本", f"金{P:,}円"), ("約定利息（未収分）", f"金{I:,}円"),
            (f"遅延損害金（{era(acc + timedelta(1))}から{era(issued)}まで 年20％）", f"金{L:,}円"),
            ("計", f"金{T:,}円")]
    for i, (lab, val) in enumerate(rows):
        yy = y + i * 9
        p.add(Box(22, yy, 110, 9, 0.35, (0, 0, 0), SHADE))
        p.add(Box(132, yy, 56, 9, 0.35))
        bold = lab == "計"
        p.at(25, yy + 6.2, lab, size=9.8 if not bold else 11, font="serif-bold" if bold else "serif")
        p.at(185, yy + 6.3, val, size=10.5 if not bold else 12, font="serif-bold" if bold else "serif", align="r")
    p.y = y + 4 * 9 + 4
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）午後3時必着"),
          ("お振込先", "みちのく湾銀行　一番町支店　普通預金　6630142"),
          ("口座名義", "弁護士法人雄勝総合法律事務所　預り金口"),
          ("ご参考", "当初貸付額 1,000,000円（令和5年4月14日）、約定利率 年15.0％")], x=22, label_w=28, size=9.8)
    p.gap(2)
    p.para("なお、本件に関するご連絡は、依頼者ではなく当職ら宛てにお願いいたします。行き違いにお支払い済みの場合は、"
           "ご容赦ください。", size=9.8)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人雄勝総合法律事務所", phone="022-000-6630",
               creditor="株式会社ライフブリッジ", status="not_applicable", debtor="樽井大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="OG-27-0142", input_kind="fax_tiff",
               template="proxy43_law_office_demand_sole_trader_fax", received=issued)
    return dict(stem="az05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 OGATSU LAW 022-000-6631",
                about="collection_notice (law office for a lender, to a sole trader, by fax)",
                unusual="one-page G4 fax in serif: a one-line 送信日 / 送信枚数 strip and 当方管理番号 above a rule, the "
                        "addressee as a shop name over the person (「樽井工務店」 / 「樽井　大輔　様」) with the addressee's "
                        "own FAX number under it (distractor); the law office block of TWO lawyers top-right with a square "
                        "seal; spaced title 催　告　書; 依頼者 throughout; a shaded-label grid 貸付金元本 / 約定利息（未収分） / "
                        "遅延損害金（window 年20％） / 計; the due date in the prose and as a kv line 「…午後3時必着」; 当初貸付額 "
                        "1,000,000 and 年15.0％ as distractors; TEL and FAX on one line, the fax header shows the FAX")


# ---------------------------------------------------------------------------------------------
# az06 guarantee company 求償債権 demand after a bank card loan's 代位弁済: total first, 2 pages (明細 + FAQ).


def az06():
    R = 14.6
    issued, due = D(2027, 2, 5), D(2027, 2, 22)
    weekday_ok(due)
    acc, subro, lastp = D(2026, 11, 30), D(2026, 12, 15), D(2026, 8, 27)
    P0, I0 = 642_150, 9_874
    L0 = late(P0, 14.6, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(14, 12, 7, 16, color=None, fill=BROWN))
    p.at(24, 20, "北陸ローン保証株式会社", size=13, font="sans-bold", color=BROWN)
    p.at(24, 25.5, "〒920-0000 石川県金沢市ひがし茶屋通九丁目9番9号　求償業務課", size=8)
    p.at(196, 17, wdate(issued), size=9.8, align="r")
    p.at(196, 22.5, "保証No.　HL-2612-0388", size=9.8, align="r")
    p.at(196, 28, "（1/2）", size=8, align="r")
    p.add(Box(18, 36, 90, 30, 0.2, GRAY))
    p.at(22, 44, "〒910-0000", size=9.5)
    p.at(22, 49, "福井県福井市すいせん野九丁目9番9号", size=9.5)
    p.at(26, 59, "椋本　さとみ　様", size=13.5)
    p.y = 74
    p.title("求償債権のお支払いについて", size=15)
    p.para(f"当社は、貴殿が株式会社越前中央銀行とご契約のカードローンについて保証を行っておりましたが、貴殿が同行に対する"
           f"期限の利益を喪失されたため、{wdate(subro)}、同行へ保証債務を履行（代位弁済）いたしました。これにより当社は"
           "貴殿に対して下記の求償債権を有しております。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 178, 16, color=None, fill=(0.92, 0.90, 0.87)))
    p.at(22, y + 7, "請求残額", size=12, font="sans-bold", color=BROWN)
    p.at(22, y + 12.5, f"（{wdate(issued)}現在）", size=8.5)
    p.at(190, y + 11, f"{T:,}円", size=19, font="sans-bold", align="r")
    p.y = y + 19
    p.table([["求償対象元金（代位弁済額）", f"{S:,}円"],
             [f"代位弁済後の遅延損害金（{md(subro + timedelta(1))}から年14.6％）", f"{L:,}円"]],
            [120, 58], x=18, size=9.8, row_h=7.5, ruled="rows")
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 178, 12, 0.8, BROWN))
    p.at(22, y + 8, "お支払期日", size=11, font="sans-bold")
    p.at(52, y + 8.2, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(192, y + 8, "までに一括してお支払いください", size=9.5, align="r")
    p.y = y + 16
    p.para("お振込先：かが北銀行　香林坊支店　普通預金　2612038　ホクリクロ－ンホシヨウ（カ　※振込手数料はご負担ください。",
           size=9.4, indent="")
    p.para("一括でのお支払いが困難な場合は、お支払期日までに必ず求償業務課へご相談ください。ご連絡のないまま期日を過ぎた"
           "場合、給与等の差押えを含む法的手続に移行することがあります。", size=9.4)
    p.para("代位弁済の明細、よくあるご質問は裏面（2/2）をご覧ください。", size=9.4)
    p.gap(4)
    y = p.y
    p.add(Line(18, y, 196, y, 0.3, GRAY))
    p.at(18, y + 6, "お問い合わせ先　北陸ローン保証株式会社　求償業務課　TEL 076-000-3880（平日 9:00～17:00）　担当　御器谷",
         size=9)
    p.at(18, y + 11, "※当社は銀行ローンの保証会社です。債権回収会社（サービサー）ではありません。", size=8.2, color=GRAY)
    q = Page(font="sans", size=9.8, top=16)
    q.at(196, 14, "（2/2）", size=8, align="r")
    q.line("代位弁済の明細", size=12, font="sans-bold", color=BROWN)
    q.gap(1)
    q.table([["ご契約", "株式会社越前中央銀行　カードローン（ご利用限度額 800,000円）"],
             ["最終ご返済日（銀行）", wdate(lastp)], ["期限の利益喪失日", wdate(acc)], ["代位弁済日", wdate(subro)],
             ["代位弁済額", f"{S:,}円"], ["　内訳　貸越元金", f"{P0:,}円"], ["　内訳　利息", f"{I0:,}円"],
             ["　内訳　遅延損害金", f"{L0:,}円"]], [52, 126], x=18, size=9.5, row_h=7, aligns="ll", shade_col0=True)
    q.para("※代位弁済額は、代位弁済日に当社が銀行へお支払いした金額であり、上記内訳はその金額の構成を示すものです。"
           "代位弁済日以降は、代位弁済額全額に対して年14.6％の遅延損害金が発生します。", x0=18, x1=196, size=8.8, indent="")
    q.gap(4)
    q.line("よくあるご質問", size=12, font="sans-bold", color=BROWN)
    faq(q, [("銀行から請求が来なくなったのはなぜですか。",
             "当社が代位弁済を行ったため、銀行に対するお借入れは完済扱いとなり、今後は当社が貴殿に対して求償債権を"
             "請求いたします。"),
            ("分割で支払うことはできますか。",
             "ご収入やご事情を伺い、お支払計画をご相談させていただきます。まずはお電話ください。"),
            ("弁護士や司法書士に相談している場合はどうすればよいですか。",
             "ご依頼先から当社へ受任のご連絡をいただければ、以後はご依頼先を通じてご連絡いたします。")],
        x0=18, x1=196, qcolor=BROWN)
    tr = truth(document_type="collection_notice", sender="北陸ローン保証株式会社", phone="076-000-3880",
               creditor="北陸ローン保証株式会社", status="not_applicable", original="株式会社越前中央銀行",
               debtor="椋本さとみ", total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="HL-2612-0388",
               input_kind="pdf_text_2page", template="proxy43_guarantor_recourse_total_first_faq",
               received=D(2027, 2, 8))
    return dict(stem="az06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (guarantee company 求償債権 demand, 2 pages)",
                unusual="a guarantee company's 求償債権のお支払いについて, digital, 2 pages: brown bar-and-name logo with the "
                        "address in one small line; 保証No. and （1/2） top-right; the TOTAL FIRST in a tinted band 「請求残額」 "
                        "with 「…現在」 under the label, then two hairline rows with the new labels 求償対象元金（代位弁済額） / "
                        "代位弁済後の遅延損害金 (no interest); 「お支払期日」 in a framed bar; p.2 a shaded-label 代位弁済の明細 "
                        "(最終ご返済日（銀行）, 期限の利益喪失日, 代位弁済日, 内訳 貸越元金 / 利息 / 遅延損害金 = history) and "
                        "a よくあるご質問 block; ご利用限度額 800,000 as a distractor; 「サービサーではありません」")


# ---------------------------------------------------------------------------------------------
# az07 信販 company's 縦書き 催告書 (内容証明), auto loan after 喪失, positional kanji amounts, scanned.


def az07():
    R = 14.6
    issued, due = D(2027, 2, 4), D(2027, 2, 19)
    weekday_ok(due)
    acc, lastp = D(2026, 12, 10), D(2026, 9, 28)
    P, I = 1_148_600, 31_472
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当社との間で令和五年五月十二日に締結した自動車購入に係る立替払契約（オートローン）に基づく"
                 f"分割支払金の支払を、{kdate(lastp)}の支払を最後に怠りました。"),
        ("body", f"当社は再三にわたり支払を求めましたが、支払がなかったため、貴殿は{kdate(acc)}の経過により、"
                 "同契約に基づく期限の利益を喪失しております。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、当社指定の口座へ一括してお支払いくださるよう、本書"
                 "をもって催告いたします。"),
        ("body", "右期限までにお支払いがないときは、所有権留保に基づく自動車の引揚げ及び法的手続に移行いたしますので、"
                 "念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一、立替元金未済額　　{kyen(P)}"),
        ("indent", f"二、分割払手数料未済額　{kyen(I)}"),
        ("indent", f"三、遅延損害金　　　　{kyen(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四、合計　　　　　　　{kyen(T)}"),
        ("indent", "振込先　えちご平野銀行　古町支店　普通預金"),
        ("plain", "　　　　口座番号　四八八一〇二六"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟県新潟市中央区はくちょう通九丁目九番九号"),
        ("low", "丸越信販株式会社"),
        ("low", "代表取締役　大城　正嗣"),
        ("low", "電話　〇二五（〇〇〇）四八八一"),
        ("low", "（管理番号　ＭＫ－２６０８８１）"),
        ("blank", ""),
        ("low", "新潟県長岡市こしひかり町九丁目九番九号"),
        ("low", "鬼澤　悟　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 43071))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "大城" in it.s]
    pg.items.append(Seal(xs[0] + 3.4, 22.0 + (8 + 14) * size * 0.3528 * 1.05, 10, "square", "丸越信販株式会社代表取締役印",
                         angle=-3, seed=43072))
    tr = truth(document_type="collection_notice", sender="丸越信販株式会社", phone="025-000-4881",
               creditor="丸越信販株式会社", status="not_applicable", debtor="鬼澤悟", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MK-260881", input_kind="vertical_scan",
               template="proxy43_vertical_credit_company_demand_auto_loan", received=D(2027, 2, 8))
    return dict(stem="az07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (信販 company, 縦書き 催告書, auto loan)",
                unusual="縦書き 催告書 (内容証明 stamp) of a 信販 company, scanned: the 喪失 and the last payment in kanji in "
                        "the prose; 「令和九年二月十九日限り」; 記 as 「一、」 lines with positional kanji amounts and the new "
                        "labels 立替元金未済額 / 分割払手数料未済額 / 遅延損害金 / 合計 and the rate 年十四・六パーセント on its own "
                        "line; the account number in kanji digits; 所有権留保 / 引揚げ threat; 令和五年五月十二日 contract; "
                        "phone in kanji digits; full-width （管理番号　ＭＫ－２６０８８１） in the sender columns")


# ---------------------------------------------------------------------------------------------
# az08 joint 債権譲渡並びに譲受のご案内: card company → real servicer アウロラ; parties in a 2-column box at the TOP.


def az08():
    R = 14.6
    issued, assign = D(2027, 1, 29), D(2027, 1, 22)
    acc, lastp = D(2026, 8, 17), D(2026, 5, 27)
    P, I = 412_650, 18_322
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 16, f"{wdate(issued)}", size=9.8, align="r")
    p.at(196, 21.5, "お問合せNo.　AU-27-01158", size=9.8, align="r")
    p.y = 18
    p.line("〒981-0000　宮城県塩竈市まがき浦九丁目9番9号", size=9.8)
    p.line("楢橋　由紀子　様", size=13.5)
    p.y = 36
    p.title("債権譲渡並びに譲受のご案内", size=15)
    y = p.y
    p.add(Box(14, y, 182, 38, 0.4))
    p.add(Line(105, y, 105, y + 38, 0.4))
    p.add(Box(14, y, 182, 7, 0.3, None, SHADE))
    p.at(59.5, y + 5, "譲渡人（旧債権者）", size=9.5, font="sans-bold", align="c")
    p.at(150.5, y + 5, "譲受人（新債権者）", size=9.5, font="sans-bold", align="c")
    for x, lines, sd, ring in ((17, ["株式会社グッドライフカード", "〒460-0000 名古屋市中区にしき堀九丁目9番9号",
                                     "代表取締役　稲嶺　航平", "TEL 052-000-4415"], 43081, "グッドライフカード"),
                               (108, ["アウロラ債権回収株式会社", "〒105-0000 東京都港区しおどめ台九丁目9番9号",
                                      "代表取締役　堤内　保", "法務大臣許可番号　第76号", "TEL 03-0000-7612"], 43082,
                                "アウロラ債権回収")):
        for i, s in enumerate(lines):
            p.at(x, y + 13 + i * 5, s, size=10.5 if i == 0 else 8.6, font="sans-bold" if i == 0 else "sans")
        p.seal(x + 78, y + 27, 11, "round", f"{ring}|代表/取締役", angle=4, seed=sd)
    p.y = y + 42
    p.para(f"譲渡人は、貴殿との間のカード会員規約に基づき貴殿に対して有する下記の債権を、これに付随する一切の権利とともに、"
           f"{wdate(assign)}付で譲受人に譲渡いたしました。ここに譲渡人及び譲受人の連名にてご通知いたします。", size=9.8)
    p.para("今後のお支払い及びお問い合わせは、譲受人であるアウロラ債権回収株式会社宛てにお願いいたします。譲渡人へのお支払いは"
           "お控えください。", size=9.8)
    p.gap(2)
    p.line("譲渡債権の表示", size=10.5, font="sans-bold")
    y = grid(p, 14, p.y, [30, 61, 30, 61],
             [["ご契約", "カードショッピング・キャッシング", "ご入会", "2019年9月"],
              ["債権譲渡日", wdate(assign), "期限の利益喪失日", wdate(acc)],
              ["最終ご入金日", wdate(lastp), "損害金利率", "年14.6％"]], h=7.2, size=9.3)
    p.y = y + 3
    p.line(f"譲渡時債権額（{wdate(assign)}現在）", size=10, font="sans-bold")
    y = p.y
    p.add(Box(40, y, 130, 34, 0.5))
    for i, (lab, val) in enumerate((("元本未済額", P), ("未払手数料等", I), ("遅延損害金", L), ("譲渡時債権額　計", T))):
        yy = y + 7 + i * 8
        f = "sans-bold" if i == 3 else "sans"
        if i == 3:
            p.add(Line(44, yy - 5.2, 166, yy - 5.2, 0.3))
        p.at(46, yy, lab, size=10, font=f)
        p.at(164, yy, f"{val:,} 円", size=10.5, font=f, align="r")
    p.y = y + 38
    p.para("※お支払方法については、譲受人から追ってご案内をお送りいたします。本状はお支払いを求めるものではありません。",
           size=9.0, indent="")
    p.para("※本通知は民法第467条第1項に基づくものです。譲受人は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を"
           "受けた債権回収会社です。", size=9.0, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7612", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社グッドライフカード", debtor="楢橋由紀子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-27-01158", input_kind="pdf_text",
               template="proxy43_joint_assignment_parties_box_top", received=D(2027, 2, 1))
    return dict(stem="az08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="joint 債権譲渡並びに譲受のご案内, digital: the two parties in ONE ruled two-column box right under the "
                        "title (譲渡人（旧債権者） / 譲受人（新債権者）, each with TEL and a round seal; ★ アウロラ債権回収株式会社 "
                        "with 「法務大臣許可番号　第76号」); お問合せNo. top-right; a shaded-label 譲渡債権の表示 grid two pairs a "
                        "row (ご入会 2019年9月 as a distractor, 損害金利率 年14.6％); an outer-framed 譲渡時債権額 box with the "
                        "new labels 元本未済額 / 未払手数料等 / 遅延損害金 / 譲渡時債権額　計 and 「… 円」 with a space; "
                        "「本状はお支払いを求めるものではありません」 (no payment date); the 譲渡人's phone as a distractor")


LETTERS = [az01, az02, az03, az04, az05, az06, az07, az08]
