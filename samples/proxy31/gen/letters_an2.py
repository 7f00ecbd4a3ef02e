"""Proxy set 31, letters an09–an16: a bank's 期限の利益喪失通知 after a broken 返済条件変更 (リスケ) of a housing loan; a
bank's harmless 一部繰上返済 notice; a scam 「和解勧告」 that sells a cheap settlement for gift cards; a card company that
writes again after the debtor's lawyer resigned (辞任); a 縦書き joint 債権譲渡通知 of a claim that is being paid under a
和解; the 生方 household's 支払督促 and 仮執行宣言付支払督促 after its 和解 broke (an06/an07 in letters_an1.py); and a 簡裁
(ハ) 呼出状 of a 信販 claim whose 答弁書 has a 分割払い box."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Page,
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_an1 import (
    UB_ACC,
    UB_ASSIGN,
    UB_LAST,
    UB_MON,
    UB_N,
    UB_ORIG,
    UB_PAID,
    UB_R,
    UB_REST,
    UB_SUM,
    UB_WAKAI,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
NAVY2 = (0.10, 0.18, 0.40)
TEAL = (0.0, 0.40, 0.42)
SMBC = (0.0, 0.35, 0.25)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot(d: D) -> str:
    return f"{d.year}.{d.month}.{d.day}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# an09 ちどり浜銀行: 住宅ローン under a 返済条件変更契約 (リスケ), three instalments missed → 期限の利益喪失通知; digital.


def an09():
    issued, due = D(2026, 1, 9), D(2026, 1, 23)
    saikoku, acc, last = D(2025, 12, 15), D(2025, 12, 26), D(2025, 9, 5)
    P, I, R = 19_846_215, 86_432, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10, top=16)
    p.at(20, 20, "ちどり浜銀行", size=16, font="serif-bold", color=NAVY2)
    p.add(Box(14, 14, 4, 8, color=None, fill=NAVY2))
    p.at(190, 18, f"{era(issued)}", size=10, align="r")
    p.at(190, 23, "管理番号　CH-2601-0093", size=9.5, align="r")
    p.y = 30
    p.line("宮城県石巻市ねむの木町二丁目3番地の11", size=10)
    p.line("久賀　誠治　殿", x=26, size=13)
    p.y = 30
    for s in ("株式会社ちどり浜銀行", "融資管理部　住宅ローン管理グループ", "〒980-0000 宮城県仙台市青葉区ことじ町9番9号",
              "電話 022-000-6604", "担当　糠塚"):
        p.line(s, x=128, size=9)
    p.seal(165, 55, 13, "square", "株式会社ちどり浜銀行之印", angle=1, seed=31091)
    p.y = 62
    p.title("期限の利益喪失のご通知", size=16)
    p.para("貴殿には平素より当行をご利用いただき、誠にありがとうございます。", size=10)
    p.para("貴殿との間の住宅ローン（平成27年4月24日付金銭消費貸借契約、当初ご融資額 金28,000,000円）につきましては、令和6年4月に"
           "返済条件変更契約を締結し、毎月のご返済額を金98,700円から金62,400円に減額いたしました。", size=10)
    p.para(f"しかしながら、変更後の約定による令和7年10月5日、同年11月5日及び同年12月5日のご返済がなく、当行は{era(saikoku)}付"
           f"催告書にて{era(acc)}までに延滞金をお支払いいただくよう催告いたしましたが、期限までにお支払いがありませんでした。",
           size=10)
    p.para(f"よって、貴殿は銀行取引約定書第5条第2項及び返済条件変更契約第6条により、{era(acc)}の経過をもって本件ローンにつき"
           "期限の利益を喪失しましたので、下記債務全額を一括してお支払いくださるよう通知いたします。", size=10)
    p.line("記", align="c", size=10.5)
    p.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から{era(issued)}まで　年{R}％）", f"{L:,}円"],
             ["合　計", f"{T:,}円"]], [118, 46], x=23, header=True, aligns="lr", size=9.8, row_h=7.6, font="serif")
    p.gap(2)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("最終ご返済日", f"{era(last)}"),
          ("ご融資番号", "0617-400-28519（管理番号とは異なります）")], x=26, label_w=30, size=9.8)
    p.gap(2)
    p.para("お支払期限までにお支払いがない場合、保証会社ちどり浜信用保証株式会社に対し保証債務の履行を請求いたします。その後は、同社"
           "から貴殿に対し求償債務の請求が行われ、担保不動産の競売手続に移行することがございます。", size=9.6)
    p.para("（ご参考）返済条件変更前の毎月のご返済額 98,700円／変更後 62,400円／変更後の延滞額 187,200円", size=8.6, indent="")
    p.gap(2)
    p.para("以上", size=10, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社ちどり浜銀行", phone="022-000-6604",
               creditor="株式会社ちどり浜銀行", status="not_applicable", debtor="久賀誠治", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="CH-2601-0093", input_kind="pdf_text",
               template="proxy31_bank_reschedule_broken_acceleration", received=D(2026, 1, 12))
    return dict(stem="an09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, broken 返済条件変更 of a housing loan)",
                unusual="a serif bank letter with 殿; the housing loan had been RESCHEDULED (返済条件変更契約 令和6年4月: 98,700 → "
                        "62,400 a month) and three instalments of the new plan were missed; the 催告書 date 12/15 and its deadline "
                        "12/26 (= acceleration 「の経過をもって」); a 項目/金額 table (残元金 / 未収利息 / 遅延損害金 with window and "
                        "rate / 合計); お支払期限 in a kv block with ご融資番号 「（管理番号とは異なります）」 (distractor); "
                        "平成27年 contract, 当初ご融資額 28,000,000, the two monthly amounts and 延滞額 187,200 as distractors; "
                        "the guarantor named as a warning")


# ---------------------------------------------------------------------------------------------
# an10 しらはえ銀行: 一部繰上返済 お手続き完了のお知らせ — harmless, claims nothing; digital.


def an10():
    issued, done = D(2025, 11, 14), D(2025, 11, 10)
    nxt = D(2025, 12, 10)
    before, pre, fee = 13_864_810, 1_500_000, 5_500
    after = before - pre
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 13, color=None, fill=TEAL))
    p.at(20, 19.6, "しらはえ銀行", size=15, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "ローンのお知らせ", size=10.5, color=WHITE, align="r")
    p.y = 32
    p.line("〒020-0000　岩手県盛岡市やまびこ台6丁目2-14", size=9.5)
    p.line("姉帯　美保子　様", x=22, size=13)
    p.at(196, 35, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 40, "お客様番号　0451-772093", size=9.5, align="r")
    p.y = 52
    p.title("一部繰上返済お手続き完了のお知らせ", size=14.5)
    p.para("平素はしらはえ銀行をお引き立ていただき、誠にありがとうございます。お申込みいただきました住宅ローンの一部繰上返済の"
           "お手続きが完了いたしましたので、お知らせいたします。", size=9.8)
    p.gap(2)
    p.table([["ご融資番号", "3302-118-7741"], ["繰上返済日", wdate(done)], ["繰上返済額", f"{pre:,}円"],
             ["繰上返済手数料（消費税込）", f"{fee:,}円"], ["繰上返済前のご融資残高", f"{before:,}円"],
             ["繰上返済後のご融資残高", f"{after:,}円"], ["返済方法", "期間短縮型（毎月のご返済額は変わりません）"],
             ["毎月のご返済額", "58,200円（うちボーナス加算なし）"], ["最終ご返済日", "2042年3月10日 → 2039年7月10日"]],
            [62, 104], x=22, shade_col0=True, aligns="ll", size=9.6, row_h=7.2)
    p.gap(3)
    p.line("繰上返済後のご返済予定（抜粋）", size=10.5, font="sans-bold", color=TEAL)
    rows = [["回", "ご返済日", "ご返済額", "うち元金", "うち利息", "返済後残高"]]
    bal = after
    d = nxt
    for i in range(4):
        interest = bal * 75 // 120000
        prin = 58_200 - interest
        bal -= prin
        rows.append([f"第{i + 1}回" if i else "初回", wdate(d), "58,200", f"{prin:,}", f"{interest:,}", f"{bal:,}"])
        d = D(d.year + (d.month == 12), d.month % 12 + 1, 10)
    p.table(rows, [18, 34, 26, 26, 24, 36], x=22, header=True, aligns="lcrrrr", size=9, row_h=6.6)
    p.para("※適用金利 年0.75％（変動金利型）。金利見直しにより、ご返済額・内訳は変わることがあります。", x0=22, size=8.5, indent="")
    p.gap(3)
    p.para(f"※次回のご返済日は{wdate(nxt)}です。前日までにご返済用口座へのご入金をお願いいたします。繰上返済手数料は"
           f"{wdate(done)}にご返済用口座から引き落としいたしました。", size=8.8, indent="")
    p.gap(5)
    for s in ("株式会社しらはえ銀行　ローンセンター", "〒020-0000 岩手県盛岡市ほしくず坂九丁目9番9号",
              "ローンセンター専用ダイヤル　0120-000-962（平日9:00～17:00）"):
        p.line(s, x=92, size=9)
    tr = truth(document_type="other", sender="株式会社しらはえ銀行", phone="0120-000-962", status="not_applicable",
               debtor="姉帯美保子", lump=False, issued=issued, reference="0451-772093", input_kind="pdf_text",
               template="proxy31_bank_partial_prepayment_completed_harmless", received=None)
    return dict(stem="an10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (bank, 一部繰上返済 completed — harmless, claims nothing)",
                unusual="a harmless bank notice with many amounts and dates and NO claim: 繰上返済額 1,500,000, 手数料 5,500, "
                        "残高 before/after, 毎月のご返済額 58,200, the 最終ご返済日 2042 → 2039 and a 4-row 返済予定 table (初回 "
                        "12/10, 第2回…) with うち元金 / うち利息 / 返済後残高 — every amount and date a distractor (all null, "
                        "payment_due null although 次回のご返済日 is named); ご融資番号 in the grid, お客様番号 top-right; teal band")


# ---------------------------------------------------------------------------------------------
# an11 SCAM 「和解勧告最終通知書」 of a fake 「債権和解調整センター」: a cheap 和解金 for gift cards; phone photo.


def an11():
    issued, due = D(2026, 5, 12), D(2026, 5, 15)
    amt = 46_500
    p = Page(font="sans", size=10.5, top=16)
    p.at(105, 24, "和解勧告最終通知書", size=18, font="sans-bold", color=RED, align="c")
    p.y = 32
    p.line(f"通知日　{era(issued)}", x=140, size=10)
    p.line("管理番号　に－４４７０", x=140, size=10)
    p.gap(2)
    p.line("宇留野　悠斗　様", size=13)
    p.gap(3)
    p.para("貴殿がご利用された通信販売・動画配信サービス等の未払料金について、債権者である運営会社より当センターに和解調整の"
           "依頼がございましたので、ご通知いたします。", size=10.3)
    p.para("本件はすでに訴訟準備段階にありますが、当センターの調整により、今回に限り下記の和解金のお支払いで和解を成立させ、"
           "訴訟の取下げ及び信用情報の抹消手続を行うことが可能です。", size=10.3)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 34, 1.4, RED))
    p.at(105, y + 9, "和　解　金", size=12, font="sans-bold", align="c")
    p.at(105, y + 20, f"￥{amt:,}－", size=20, font="sans-bold", color=RED, align="c")
    p.at(105, y + 29.5, f"お支払期限　{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=11.5, font="sans-bold", align="c")
    p.y = y + 38
    p.para("お支払方法：お近くのコンビニエンスストアで電子マネーギフトカードをご購入のうえ、カード裏面の番号を担当者へお電話で"
           "お伝えください（振込の場合は担当者個人名義の口座をご案内します）。", size=9.8)
    p.para("期限までにご連絡がない場合、和解は不成立となり、給与・預貯金・動産の差押え及び勤務先への訪問調査（調査費用は貴殿の"
           "ご負担）が行われます。ご家族に知られる前に、必ずご本人様よりご連絡ください。", size=9.8)
    p.gap(4)
    p.add(Box(45, p.y, 120, 30, 0.6))
    yy = p.y
    for i, (s, sz) in enumerate((("株式会社債権和解調整センター", 12.5), ("法務省認可 債権和解調整機関", 9.5),
                                 ("法務大臣許可番号第318号", 9.5), ("東京都千代田区くもま野1丁目", 9),
                                 ("和解担当直通　090-0000-6621　担当：雫田", 10.5))):
        p.at(105, yy + 6.5 + i * 5.3, s, size=sz, font="sans-bold" if i in (0, 4) else "sans", align="c")
    tr = truth(document_type="other", sender="株式会社債権和解調整センター", license_number=318, phone="090-0000-6621",
               status="not_licensed", debtor="宇留野悠斗", total=amt, lump=False, issued=issued, payment_due=due,
               reference="に-4470", is_scam=True, input_kind="photo_jpeg",
               template="proxy31_scam_settlement_recommendation_gift_cards", received=None)
    return dict(stem="an11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.4, creases=2, fill=0.8, glare=16, warm=0.35, blur=1.0),
                about="other (scam: a fake 和解調整 centre sells a cheap settlement)",
                unusual="phone photo on wood, steep angle, creases and a warm lamp; a SCAM that mimics the theme: "
                        "「和解勧告最終通知書」 in red, no creditor (「運営会社」 only), 「今回に限り」 a 和解金 ￥46,500－ in a red "
                        "box with a month-day deadline 5月15日（金）午後3時 (year from the 通知日), payment by gift cards or to a "
                        "staff member's own account, threats of seizure and a workplace visit; hiragana 管理番号 に－４４７０; "
                        "「法務省認可 債権和解調整機関」 and a FAKE 「法務大臣許可番号第318号」 (→ not_licensed); a 090 number")


# ---------------------------------------------------------------------------------------------
# an12 柿渋カード: the debtor's lawyer resigned (辞任) → the card company writes again and demands 一括; 2 pages.


def an12():
    issued, due = D(2026, 2, 3), D(2026, 2, 20)
    acc, last = D(2025, 5, 27), D(2025, 4, 27)
    juin, jinin = D(2025, 6, 2), D(2026, 1, 15)
    shop, cash = 281_640, 462_270
    P = shop + cash
    I, R = 31_205, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(18, 20, "KAKISHIBU CARD", size=14, font="sans-bold", color=TEAL)
    p.at(18, 25, "柿渋カード株式会社", size=9, color=TEAL)
    p.at(194, 18, f"{wdate(issued)}", size=9.8, align="r")
    p.at(194, 23, "お問合せ番号　KC-26-00417", size=9.5, align="r")
    p.y = 34
    p.line("〒410-0000　静岡県沼津市ゆうなぎ町一丁目4番7号", size=9.5)
    p.line("苗村　健太　様", x=24, size=13.5)
    p.gap(5)
    p.title("ご請求再開のお知らせ", size=15)
    p.para(f"貴殿のご依頼により貴殿の代理人となられた鷹箸　亮弁護士から、{wdate(juin)}付で受任のご通知をいただいておりました"
           "ため、これまで貴殿への直接のご連絡を控えておりました。", size=10)
    p.para(f"このたび同弁護士から、{wdate(jinin)}付で貴殿の代理人を辞任した旨のご通知を受領いたしました。つきましては、本日以降、"
           "貴殿に直接ご連絡を差し上げますので、ご了承ください。", size=10)
    p.para(f"貴殿のカードご利用代金等については、{wdate(acc)}に期限の利益を喪失しております。ご請求額の明細は２枚目のとおり"
           f"です。{wdate(due)}（{wd(due)}）までに、ご請求額を一括してお支払いください。", size=10)
    p.para("なお、一括でのお支払いが難しい場合や、改めて弁護士・司法書士にご依頼される場合は、お支払期限までに下記までお知らせ"
           "ください。期限までにお支払い・ご連絡がないときは、法的手続の準備に入らせていただきます。", size=10)
    p.gap(3)
    p.kv([("会員番号", "4980-****-****-2217"), ("受任通知受領日", wdate(juin)), ("辞任通知受領日", wdate(jinin))],
         x=30, label_w=36, size=9.5)
    p.gap(6)
    for s, sz in (("柿渋カード株式会社　債権管理センター", 10), ("〒160-0000 東京都新宿区なでしこ坂九丁目9番9号", 8.8),
                  ("債権管理センター　03-0000-2217（平日9:00～17:30）　担当 真栄平", 9.3),
                  ("関東財務局長(5)第01442号　日本貸金業協会会員第001187号", 8.3)):
        p.line(s, x=72, size=sz)
    q = Page(font="sans", size=10, top=16)
    q.at(194, 18, "2/2", size=9, align="r")
    q.line("苗村　健太　様　　お問合せ番号　KC-26-00417", size=10)
    q.gap(3)
    q.line(f"■ ご請求額明細（{wdate(issued)}現在）", size=11, font="sans-bold", color=TEAL)
    q.table([["区分", "元金", "利息・手数料", "遅延損害金", "小計"],
             ["ショッピング（分割・リボ）", f"{shop:,}", "11,482", "", ""],
             ["キャッシング", f"{cash:,}", "19,723", "", ""],
             [f"遅延損害金（年{R}%）", "", "", f"{L:,}", ""],
             ["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [52, 30, 30, 30, 32], x=18, header=True, aligns="lrrrr", size=9.3, row_h=7.2)
    assert I == 11_482 + 19_723
    q.para(f"（単位：円）　遅延損害金は{wdate(acc + timedelta(1))}から{wdate(issued)}までの日割計算（元金合計に対し年{R}%）",
           size=8.5, indent="")
    q.gap(3)
    y = q.y
    q.add(Box(18, y, 174, 18, 1.0))
    q.add(Box(18, y, 50, 18, color=None, fill=SHADE))
    q.at(43, y + 7.5, "ご請求額（一括）", size=10.5, font="sans-bold", align="c")
    q.at(43, y + 13.5, "お支払期限", size=9.5, align="c")
    q.at(186, y + 8.5, f"{T:,}円", size=15, font="sans-bold", align="r")
    q.at(186, y + 15, f"{wdate(due)}（{wd(due)}）", size=10.5, align="r")
    q.y = y + 23
    q.line("■ これまでの経過", size=11, font="sans-bold", color=TEAL)
    q.table([["日付", "内容"], [wdate(last), "最終ご入金（約定返済 28,300円）"], [wdate(acc), "期限の利益喪失"],
             [wdate(juin), "鷹箸弁護士より受任通知受領（以後、直接のご連絡を停止）"],
             [wdate(jinin), "同弁護士より辞任通知受領"], [wdate(issued), "本状発送"]],
            [40, 134], x=18, header=True, aligns="ll", size=9.2, row_h=6.8)
    q.gap(3)
    q.line("■ お振込先", size=11, font="sans-bold", color=TEAL)
    q.para("こはく銀行　新宿西口支店　当座預金　0088152　カキシブカード（カ　※お振込人名の前にお問合せ番号の数字（2600417）を"
           "ご入力ください。", size=9.3, indent="")
    tr = truth(document_type="collection_notice", sender="柿渋カード株式会社", phone="03-0000-2217",
               creditor="柿渋カード株式会社", status="not_applicable", debtor="苗村健太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="KC-26-00417", input_kind="pdf_text_2page",
               template="proxy31_card_company_after_lawyer_resigned", received=D(2026, 2, 5))
    return dict(stem="an12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (card company writes again after the debtor's lawyer resigned)",
                unusual="a card company (Latin 「KAKISHIBU CARD」) resumes contact because the debtor's OWN lawyer resigned: "
                        "「ご請求再開のお知らせ」 with the 受任通知 date 2025-06-02 and the 辞任 date 2026-01-15 (neither a field); "
                        "the due date only in the prose on p.1 and again in a framed box on p.2; amounts only on p.2 in a "
                        "5-column table (ショッピング / キャッシング rows, 元金 / 利息・手数料 / 遅延損害金 / 小計, 合計 row, "
                        "「（単位：円）」 under it); a これまでの経過 timeline (最終ご入金 with the 約定返済 28,300 distractor); a "
                        "masked 会員番号, the digits-only 2600417 and the 貸金業 numbers as distractors")


# ---------------------------------------------------------------------------------------------
# an13 利休信販 → SMBC債権回収 (real): 縦書き joint 債権譲渡通知 of a claim paid under a 和解; digital.


def an13():
    issued, assign = D(2026, 4, 3), D(2026, 3, 31)
    wakai, last = D(2024, 2, 16), D(2026, 3, 27)
    w_sum, w_mon, w_paid = 720_000, 12_000, 25  # 2024-03-27 … 2026-03-27
    amt = w_sum - w_mon * w_paid
    assert amt == 420_000
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清祥のこととお喜び申し上げます。"),
        ("body", f"さて、譲渡人株式会社利休信販は、{kdate(assign)}、貴殿に対して有する左記債権を、譲受人ＳＭＢＣ債権回収"
                 "株式会社に譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。"),
        ("body", f"左記債権については、{kdate(wakai)}付和解契約により毎月二十七日限りの分割弁済が継続しております。今後の分割金は"
                 "同契約に定めるお支払日に譲受人の左記口座へお振込みください。和解契約の内容に変更はございません。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　　　令和元年八月九日付　個品割賦購入あっせん契約"),
        ("indent", f"二　和解契約　　{kdate(wakai)}付（和解金七十二万円・月額一万二千円・六十回払）"),
        ("indent", f"三　譲渡債権額　{kyen(amt)}"),
        ("plain", "　　　　（和解金の残元金。利息及び遅延損害金はありません。）"),
        ("indent", f"四　最終お支払日　{kdate(last)}"),
        ("indent", "五　譲受人管理番号　ＳＣ－２６０４－０７７１（お問合せの際にお伝えください）"),
        ("indent", "六　振込先　こはく銀行　丸の内支店　普通預金"),
        ("plain", f"　　　　口座番号　{kanji_digits('5102264')}"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）愛知県名古屋市中区ひよこ台九丁目九番九号"),
        ("low", "　株式会社利休信販　代表取締役　喜舎場　浩一"),
        ("blank", ""),
        ("low", "（譲受人）東京都中央区つきじ野九丁目九番九号"),
        ("low", "　ＳＭＢＣ債権回収株式会社　代表取締役　水流　博之"),
        ("low", "　法務大臣許可番号　第十号"),
        ("low", f"　お問合せ　{kanji_digits('0120')}（{kanji_digits('000')}）{kanji_digits('310')}"),
        ("blank", ""),
        ("low", "静岡県浜松市中区ひいらぎ台二丁目八番十五号"),
        ("low", "帷子　澄江　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for key, txt, sd in (("喜舎場", "株式会社利休信販代表取締役印", 31131), ("水流", "SMBC債権回収代表取締役印", 31132)):
        xs = [it.x for it in pg.items if isinstance(it, VText) and key in it.s]
        pg.items.append(Seal(xs[0], 22.0 + (8 + 30) * size * 0.3528 * 1.05, 11, "round", txt, angle=5, seed=sd))
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="SMBC債権回収株式会社", status="licensed", original="株式会社利休信販",
               debtor="帷子澄江", total=amt, principal=amt, lump=False, issued=issued, last_payment=last,
               assignment=assign, reference="SC-2604-0771", input_kind="vertical_pdf",
               template="proxy31_vertical_joint_assignment_during_settlement", received=D(2026, 4, 6))
    return dict(stem="an13", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint 縦書き, the claim is being paid under a 和解)",
                unusual="縦書き joint 債権譲渡通知書 (拝啓 … 敬具), digital, two round seals; the claim is a 和解 being paid "
                        "in instalments (「毎月二十七日限り」, no absolute date → payment_due null); real servicer ★ "
                        "ＳＭＢＣ債権回収株式会社 in FULL-width Latin with 「法務大臣許可番号　第十号」 in kanji; 民法第四百六十七条 "
                        "(a number that is not an amount); the only amount 譲渡債権額 金四十二万円 「（和解金の残元金。利息及び"
                        "遅延損害金はありません。）」; the 原契約 令和元年 and 和解金七十二万円・月額一万二千円・六十回払 as distractors; "
                        "free-dial in kanji digits; 譲受人管理番号 in full-width (→ SC-2604-0771)")


# ---------------------------------------------------------------------------------------------
# an14 小田原簡易裁判所 支払督促 for the 生方 和解 that broke: creditor アルファ債権回収 (real); 2-page image PDF.

UB_CASE = "令和８年（ロ）第２０５号"
UB_FILED, UB_ORDER = D(2026, 2, 20), D(2026, 2, 27)
UB_C1, UB_C2 = 4_830, 1_190


def an14():
    P, R = UB_REST, UB_R
    L = late(P, R, UB_ACC + timedelta(1), UB_FILED)
    C = UB_C1
    T = P + L + C
    p = Page(font="serif", size=10.5, top=16)
    p.at(192, 20, UB_CASE, size=10.5, align="r")
    p.y = 28
    p.title("支　払　督　促", size=17)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=11)
    p.para("申立人の申立てに係る請求の原因は、別紙請求の原因記載のとおり。", size=11)
    p.gap(4)
    p.line(f"{era(UB_ORDER, fwid=True)}", x=30, size=11)
    p.line("小田原簡易裁判所", x=110, size=11)
    p.line("裁判所書記官　鮎沢　雅人", x=110, size=11)
    p.seal(178, p.y - 8, 15, "square", "小田原簡易裁判所書記官印", angle=2, seed=31141)
    p.gap(6)
    p.line("当　事　者　目　録", align="c", size=12, font="serif-bold")
    p.gap(2)
    p.kv([("債権者", "東京都中央区あかね小路九丁目9番9号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　小鳥遊　誠"),
          ("（送達場所）", "〒104-0000 東京都中央区あかね小路九丁目9番9号　和解管理グループ"),
          ("", "電話 03-0000-1015　ＦＡＸ 03-0000-1016　担当 猪又")], x=24, label_w=30, size=10)
    p.gap(3)
    p.kv([("債務者", "〒250-0000 神奈川県小田原市かやの木町8番23号"), ("", "生方　七海")], x=24, label_w=30, size=10)
    p.gap(8)
    p.rule(20, 190, 0.3)
    p.gap(2)
    p.para("（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをすることが"
           "できます。お問い合わせは小田原簡易裁判所民事係（電話 ０４６５－００－２７３１）へ。", size=9.5, indent="")
    q = Page(font="serif", size=10.5, top=16)
    q.at(192, 20, UB_CASE, size=10, align="r")
    q.y = 26
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    q.gap(2)
    for lab, v in ((f"１　金{fw(f'{P:,}')}円", "（和解金残元金）"),
                   (f"２　上記１の金額に対する{era(UB_FILED + timedelta(1), fwid=True)}から支払済みまで年１４．６％の割合による"
                    "遅延損害金", ""),
                   (f"３　金{fw(f'{L:,}')}円", f"（確定遅延損害金：{era(UB_ACC + timedelta(1), fwid=True)}から"
                                              f"{era(UB_FILED, fwid=True)}まで年１４．６％）"),
                   (f"４　金{fw(f'{C:,}')}円", "（督促手続費用）")):
        q.para(lab + v, x0=26, size=10.3, indent="")
    q.gap(1)
    q.para(f"（上記１、３及び４の合計　金{fw(f'{T:,}')}円）", x0=26, size=10.3, indent="")
    q.gap(5)
    q.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    q.gap(2)
    for s in (f"１　債権者は、{era(UB_ASSIGN, fwid=True)}、{UB_ORIG}から、同社が債務者に対して有する貸金債権を譲り受け、同社は"
              "債務者に対しその旨を通知した。",
              f"２　債権者と債務者は、{era(UB_WAKAI, fwid=True)}、上記債権につき、債務者が債権者に対し和解金{fw(f'{UB_SUM:,}')}円を"
              f"令和７年５月から毎月２７日限り{fw(f'{UB_MON:,}')}円ずつ{fw(str(UB_N))}回に分割して支払うこと、分割金の支払を２回"
              "以上怠りその額が３万円に達したときは当然に期限の利益を失い、残額及びこれに対する年１４．６％の割合による遅延"
              "損害金を支払うことを内容とする和解契約を締結した。",
              f"３　債務者は、第{fw(str(UB_PAID))}回分までの分割金合計{fw(f'{UB_PAID * UB_MON:,}')}円を支払ったが"
              f"（最終支払日{era(UB_LAST, fwid=True)}）、第７回及び第８回の分割金の支払を怠り、"
              f"{era(UB_ACC, fwid=True)}の経過により期限の利益を喪失した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=24, size=10.2, indent="")
    q.gap(4)
    q.para("（督促手続費用の内訳）申立手数料 ２，５００円、支払督促正本送達費用 １，２３０円、支払督促発付通知費用 １１０円、"
           "申立書作成及び提出費用 ９９０円", x0=24, size=9.2, indent="")
    assert C == 2_500 + 1_230 + 110 + 990
    tr = truth(document_type="payment_order", sender="小田原簡易裁判所", phone="0465-00-2731",
               creditor="アルファ債権回収株式会社", status="licensed", original=UB_ORIG, debtor="生方七海", total=T,
               principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=UB_ORDER, acceleration=UB_ACC,
               last_payment=UB_LAST, assignment=UB_ASSIGN, reference="令和8年(ロ)第205号", input_kind="pdf_scan",
               template="proxy31_payment_order_after_broken_settlement", received=D(2026, 3, 3))
    return dict(stem="an14", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, the 和解 broke; real servicer creditor, 2 pages)",
                unusual="支払督促 of a court not used before (小田原簡裁) as a 2-page image-only PDF; the claim rests on the broken "
                        "和解 (請求の原因 ２ and ３: 和解金 540,000, 36 × 15,000, six paid, 喪失 12/27), not on the original loan; "
                        "creditor the real servicer ★ アルファ債権回収 in the 当事者目録 with its 送達場所 phone and FAX "
                        "(distractors; no licence printed); 請求の趣旨 as numbered lines in full-width (１ 和解金残元金, ２ the "
                        "running clause, ３ 確定遅延損害金, ４ 督促手続費用) and a bracketed 合計 line; the four-part cost "
                        "breakdown in a note; the court's phone only in the (注意) paragraph")


# ---------------------------------------------------------------------------------------------
# an15 小田原簡易裁判所 仮執行宣言付支払督促 of the same case: one compact page, image PDF.


def an15():
    issued, served = D(2026, 3, 19), D(2026, 3, 3)
    P, R = UB_REST, UB_R
    L = late(P, R, UB_ACC + timedelta(1), UB_FILED)
    C = UB_C1 + UB_C2
    T = P + L + C
    p = Page(font="serif", size=10.2, top=14)
    p.add(Box(128, 12, 64, 9, 0.5))
    p.at(160, 18.2, UB_CASE, size=10.5, align="c")
    p.y = 25
    p.title("仮執行宣言付支払督促", size=16)
    p.kv([("債権者", "アルファ債権回収株式会社（東京都中央区あかね小路九丁目9番9号）"),
          ("債務者", "生方　七海（神奈川県小田原市かやの木町8番23号）")], x=22, label_w=22, size=10)
    p.gap(3)
    p.para(f"債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。（支払督促 {era(UB_ORDER, fwid=True)}発付、同年３月３日"
           "債務者に送達）", size=10.2)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.table([["１", "和解金残元金", f"{P:,}円"],
             ["２", f"確定遅延損害金（{era(UB_ACC + timedelta(1))}～{era(UB_FILED)}　年14.6％）", f"{L:,}円"],
             ["３", "督促手続費用", f"{UB_C1:,}円"],
             ["４", "仮執行宣言の手続費用", f"{UB_C2:,}円"],
             ["", "合　計", f"{T:,}円"]],
            [10, 118, 42], x=20, aligns="clr", size=10, row_h=7.4, font="serif")
    p.para(f"　ほか、上記１の金額に対する{era(UB_FILED + timedelta(1))}から支払済みまで年14.6％の割合による遅延損害金", size=9.8,
           indent="")
    p.gap(2)
    p.line("仮執行の宣言", size=11, font="serif-bold")
    p.para("この支払督促は、仮に執行することができる。", size=10.2)
    p.gap(2)
    p.line(f"{era(issued, fwid=True)}", x=30, size=10.5)
    p.line("小田原簡易裁判所　裁判所書記官　鮎沢　雅人", x=90, size=10.5)
    p.seal(182, p.y - 6, 14, "square", "小田原簡易裁判所書記官印", angle=-1, seed=31151)
    p.gap(6)
    p.rule(20, 190, 0.3)
    p.gap(2)
    for s in ("（注意）", "１　この仮執行宣言付支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをすることが"
              "できます。異議の申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
              "２　督促異議の申立てをしても、強制執行が停止されるわけではありません。",
              "３　お問い合わせは 小田原簡易裁判所民事係　電話 0465-00-2731（平日8:30～17:00）"):
        p.para(s, size=9.4, indent="")
    p.gap(3)
    p.para(f"（参考）債権者の申立日：{era(UB_FILED)}／仮執行宣言の申立日：令和8年3月18日", size=8.8, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="小田原簡易裁判所", phone="0465-00-2731",
               creditor="アルファ債権回収株式会社", status="licensed", debtor="生方七海", total=T,
               principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=None, reference="令和8年(ロ)第205号", input_kind="pdf_scan",
               template="proxy31_enforceable_order_after_broken_settlement_compact", received=D(2026, 3, 23))
    assert served < issued
    return dict(stem="an15", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case, one compact page)",
                unusual="仮執行宣言付支払督促 of the same 小田原簡裁 case on ONE image-only page: the case number in an outer box "
                        "top-right; the 支払督促 date and its 送達 3/3 in one bracket (≠ issued = the 仮執行宣言 date 3/19); a "
                        "numbered 請求の趣旨 table with BOTH cost rows (督促手続費用 4,830 + 仮執行宣言の手続費用 1,190 → costs) "
                        "and a 合計 row; the running clause below the table; the (参考) line with the 申立日 2/20 and 3/18; "
                        "NO 原因 on this page: the original lender, the 喪失, the last payment and the 譲受 are not printed "
                        "(null); the damage window starts the day after the 喪失 but does not name it")


# ---------------------------------------------------------------------------------------------
# an16 豊橋簡易裁判所 (ハ) 呼出状 for a 信販 立替金 claim, with the 答弁書's 分割払い box shown; phone photo.


def an16():
    issued, hearing, answer = D(2026, 5, 22), D(2026, 6, 24), D(2026, 6, 17)
    filed, acc, last = D(2026, 5, 8), D(2025, 11, 27), D(2025, 8, 27)
    P, R = 286_400, 6.0
    L = late(P, R, acc + timedelta(1), filed)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(194, 18, "令和8年(ハ)第318号", size=10.5, align="r")
    p.at(105, 28, "口頭弁論期日呼出状及び答弁書催告状", size=15, font="sans-bold", align="c")
    p.y = 34
    p.line("被告　東風平　葵　殿", size=12)
    p.line("（住所）愛知県豊橋市ことり町五丁目1番9号", size=9.5)
    p.gap(2)
    p.para("原告株式会社鶯茶クレジットから、あなたに対する立替金請求事件について訴状が提出されました。当裁判所に出頭する"
           "期日が下記のとおり定められましたので、出頭してください。", size=10)
    p.para("なお、訴状を読んで言い分があれば、下記の答弁書提出期限までに、同封の答弁書用紙に記入して当裁判所に提出してください。",
           size=10)
    p.gap(1)
    p.table([["期　日", f"令和8年6月24日（{wd(hearing)}）午前10時30分"], ["場　所", "豊橋簡易裁判所　第2号法廷（2階）"],
             ["答弁書提出期限", f"令和8年6月17日（{wd(answer)}）"]],
            [40, 120], x=25, shade_col0=True, aligns="ll", size=10, row_h=8)
    p.gap(2)
    p.line(f"{era(issued)}", x=25, size=10)
    p.line("豊橋簡易裁判所　民事係　裁判所書記官　波佐間　理沙", x=70, size=10)
    p.line("電話 0532-00-4418（直通）　ＦＡＸ 0532-00-4419", x=70, size=9.5)
    p.gap(3)
    p.rule(20, 190, 0.4)
    p.gap(2)
    p.line("訴状の要旨（参考）", size=10.5, font="sans-bold")
    p.para(f"請求の趣旨　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
           f"年{R:g}％の割合による金員を支払え。", size=9.5, indent="")
    p.para(f"請求の原因　原告は被告との立替払契約（令和5年3月、バイク購入代金　分割36回）に基づき販売店に立替払をした。被告は"
           f"{era(last)}の支払を最後に分割金の支払を怠り、催告を経て{era(acc)}の経過をもって期限の利益を喪失した。",
           size=9.5, indent="")
    p.table([["立替金残金", "遅延損害金（確定分）", "請求額合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [55, 60, 55], x=20, header=True, aligns="rrr", size=9.5, row_h=6.8)
    p.para(f"（遅延損害金は{era(acc + timedelta(1))}から訴え提起日{era(filed)}まで年{R:g}％）", x0=20, size=8.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 36, 0.5, GRAY))
    p.at(24, y + 5.5, "《同封の答弁書用紙（抜粋）》　該当する□に✓を付けてください", size=9, font="sans-bold")
    for i, s in enumerate(("□ 原告の請求を認めます。　　□ 原告の請求を棄却するとの判決を求めます。",
                           "□ 訴状に書かれた事実は間違いありません。　□ 一部違っています（　　　　　　　　　）",
                           "□ 分割払いを希望します。　月額　　　　　円ずつ　　　年　　月から（初回）",
                           "□ 和解のため話合い（司法委員を交えた話合い）を希望します。")):
        p.at(26, y + 12.5 + i * 6.2, s, size=9.3)
    p.y = y + 40
    p.para(f"（原告連絡先）株式会社鶯茶クレジット　債権管理部　電話 052-000-8316　担当 神馬　請求額 {T:,}円 には訴訟費用"
           "を含みません。", size=8.2, indent="")
    tr = truth(document_type="lawsuit", sender="豊橋簡易裁判所", phone="0532-00-4418",
               creditor="株式会社鶯茶クレジット", status="not_applicable", debtor="東風平葵", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=last, hearing=hearing,
               reference="令和8年(ハ)第318号", input_kind="photo_jpeg",
               template="proxy31_summary_court_summons_instalment_answer_box_photo", received=D(2026, 5, 25))
    return dict(stem="an16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.0, creases=2, fill=0.85, glare=14, warm=0.15, blur=0.9),
                about="lawsuit (簡裁 (ハ) 呼出状, 信販 立替金, with the 答弁書's 分割払い box)",
                unusual="phone photo on a dark cloth with creases and a glare; 豊橋簡裁 (ハ) 呼出状及び答弁書催告状 with half-width "
                        "case number top-right; a shaded 期日 / 場所 / 答弁書提出期限 box with weekdays and 午前10時30分; the clerk "
                        "line with （直通） phone and FAX; a 訴状の要旨 with the 請求の趣旨 sentence, a prose 原因 and a 3-column "
                        "table (立替金残金 / 遅延損害金（確定分） / 請求額合計) at the 割賦 rate 年6％; an excerpt of the 答弁書 with "
                        "TICK BOXES (分割払いを希望します　月額　円ずつ, 和解のため話合い); the plaintiff's 052 number (distractor); "
                        "訴え提起日 5/8 ≠ the 呼出状 date")


LETTERS = [an09, an10, an11, an12, an13, an14, an15, an16]
