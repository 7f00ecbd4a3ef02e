"""Proxy set 80, letters ck09–ck16: a 訴状 with the court's rubber stamp of the first hearing, a real servicer's rest
after a 競売 photographed from arm's length, a scam postcard lying askew on a bed sheet, a 信用金庫's 縦書き 喪失通知 stored
upside down, a real servicer's 分割 plan under a fluorescent tube, a 信用金庫's own 債権譲渡通知 stored sideways, a real
servicer's change of contact desk under the phone's shadow and a card company's last demand lying askew."""

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
    era,
    kdate,
    kman,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, Text, VText, post_office_stamp, vertical_page

fw = fullwidth
INK = (0.25, 0.22, 0.55)  # a court's violet stamp-pad ink
ACS = (0.05, 0.30, 0.55)
ALF = (0.55, 0.10, 0.15)
OLIVE = (0.38, 0.40, 0.10)
JHF = (0.10, 0.30, 0.25)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# ck09 訴状 (簡裁 (ハ)) with the court's rubber stamp of case number and first hearing, HEIC lying askew.


def ck09():
    R = 20.0
    issued, hearing = D(2026, 5, 19), D(2026, 7, 14)
    acc, lastp = D(2025, 12, 1), D(2025, 8, 25)
    P, I = 512_300, 7_684
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    case = "令和8年（ハ）第409号"
    p = Page(font="serif", size=10, top=14, left=24, right=22)
    # the court's rubber stamp in the top margin, violet ink
    p.add(Box(104, 10, 84, 20, 0.5, INK))
    for i, s in enumerate((fw(case), f"第１回口頭弁論期日　{fw(era(hearing))}（{wd(hearing)}）", "午後１時３０分　１階　第２法廷",
                           "草津簡易裁判所　民事係　TEL 077-000-3370")):
        p.add(Text(107, 14.6 + i * 4.6, s, 8.6, "sans", "l", INK))
    p.y = 33
    p.title("訴　　　　状", size=18, font="serif-bold")
    p.line(fw(era(issued)), x=188, size=10, align="r")
    p.line("草津簡易裁判所　御中", x=26, size=10.5)
    p.gap(2)
    p.kv([("原告", "〒604-0000 京都市中京区浜木綿町九丁目9番9号"), ("", "株式会社フォレストファイナンス"),
          ("", "代表者代表取締役　鎌倉谷　信二"), ("", "（送達場所・担当 債権管理部 鴎島　電話 075-000-4120）"),
          ("被告", "〒525-0000 滋賀県草津市杏町九丁目9番9号"), ("", "茄子川　健")], x=26, label_w=16, size=9.6)
    p.gap(2)
    p.line("貸金返還請求事件", x=26, size=10.3, font="serif-bold")
    p.line(f"　訴訟物の価額　　{T:,}円", x=26, size=9.6)
    p.line("　貼用印紙額　　　6,000円", x=26, size=9.6)
    p.gap(1.5)
    p.line("第１　請求の趣旨", x=26, size=10.5, font="serif-bold")
    p.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(issued + timedelta(1))}から支払済みまで年{R:g}％"
           "の割合による金員を支払え。", x0=30, x1=186, size=9.8, indent="")
    p.para("２　訴訟費用は被告の負担とする。", x0=30, x1=186, size=9.8, indent="")
    p.para("との判決並びに仮執行の宣言を求める。", x0=30, x1=186, size=9.8, indent="")
    p.gap(1.5)
    p.line("第２　請求の原因", x=26, size=10.5, font="serif-bold")
    for s in ("１　原告は、被告に対し、令和4年2月8日、次の約定で金600,000円を貸し付けた。利率年18％、遅延損害金年20％、"
              "毎月25日限り元利金を分割して返済する。分割金の支払を怠り、原告から催告を受けてなお支払わないときは、期限の"
              "利益を失う。",
              f"２　被告は、{era(lastp)}の返済を最後にその後の返済をせず、原告の催告にもかかわらず支払わなかったため、{era(acc)}"
              "の経過をもって期限の利益を喪失した。",
              "３　よって、原告は、被告に対し、次の金員の支払を求める。"):
        p.para(s, x0=30, x1=186, size=9.6, indent="")
    p.table([["残元金", f"{P:,}円"], [f"未払利息（{jis(acc)}まで）", f"{I:,}円"],
             [f"遅延損害金（{jis(acc + timedelta(1))}～{jis(issued)}）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [86, 40], x=40, aligns="lr", size=9.5, row_h=6.6)
    p.gap(2)
    p.line("証拠方法　甲第１号証　金銭消費貸借契約書　　甲第２号証　取引履歴", x=26, size=9.3)
    p.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通", x=26, size=9.3)
    p.seal(160, 96, 12, "square", "フォレスト代表者印", angle=3, seed=80091)
    tr = truth(document_type="lawsuit", sender="草津簡易裁判所", phone="077-000-3370",
               creditor="株式会社フォレストファイナンス", status="not_applicable", debtor="茄子川健", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               hearing=hearing, reference=case, input_kind="photo_heic",
               template="proxy80_complaint_with_court_stamp_askew", received=D(2026, 6, 5))
    return dict(stem="ck09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", tilt=8.0, keystone=0.05, fill=0.8, creases=2, blur=0.9, fluo=0.7),
                about="lawsuit (簡裁 (ハ) 訴状 with the court's stamp)",
                unusual="iPhone HEIC on a desk under a fluorescent tube, the page lying ROTATED about 8°; the 訴状副本 of a "
                        "consumer lender, with the COURT'S VIOLET RUBBER STAMP in the top margin carrying the case number "
                        "「令和８年（ハ）第４０９号」, the 第１回口頭弁論期日 with weekday and the court's phone; the 訴状 date "
                        "5/19 under the title (issued); 訴訟物の価額 and 貼用印紙額 6,000円 (distractors); 請求の趣旨 「金…"
                        "及びうち金…」; 請求の原因 with the 貸付 of 600,000 in 令和4年 (distractor), the last payment, the "
                        "喪失 and a 4-row table 残元金 / 未払利息 / 遅延損害金 / 合計 with JIS-era windows; the plaintiff's "
                        "担当 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# ck10 住宅債権管理回収機構 (real): rest of a housing loan after the 競売, photographed from above at arm's length.


def ck10():
    R = 14.0
    issued, due = D(2026, 5, 22), D(2026, 6, 12)
    acc, lastp, assign, haito = D(2024, 10, 15), D(2024, 6, 27), D(2024, 12, 20), D(2026, 3, 18)
    P = 6_214_388
    L = late(P, R, haito + timedelta(1), issued)
    T = P + L
    div, before = 14_880_000, 19_642_310
    p = Page(font="sans", size=10, top=14)
    p.add(Box(16, 11, 178, 12, color=None, fill=JHF))
    p.at(20, 19.3, "住宅債権管理回収機構", size=13.5, font="sans-bold", color=WHITE)
    p.at(190, 19, "配当後残債務のご請求", size=12, font="sans-bold", color=WHITE, align="r")
    p.y = 28
    p.line("〒371-0000　群馬県前橋市棗町九丁目9番9号", x=18, size=10)
    p.line("蛸島　正人　様", x=22, size=13)
    p.y = 28
    for s, sz in ((f"{era(issued)}", 9.5), ("債権番号　0557-31084", 9.5), ("株式会社住宅債権管理回収機構", 9.5),
                  ("法務大臣許可番号　第91号", 8.5), ("北関東債権管理部　TEL 03-0000-9134", 8.8), ("担当　鯛島", 8.8)):
        p.line(s, x=130, size=sz)
    p.gap(4)
    p.para(f"当社は、{era(assign)}、株式会社しらかば銀行からお客様に対する住宅ローン債権を譲り受けております（期限の利益"
           f"喪失日 {era(acc)}、最終ご返済日 {era(lastp)}）。", size=10)
    p.para(f"前橋地方裁判所における担保不動産競売事件（令和7年（ケ）第62号）は、{era(haito)}の配当期日において配当が実施"
           f"され、当社は金{div:,}円の配当を受け、これを損害金、利息、元金の順に充当いたしました。", size=10)
    p.para("充当後も、下記のとおりご債務が残っております。つきましては、下記ご請求額を一括してお支払いいただくか、"
           "お支払期限までにご返済方法について当社までご相談くださいますようお願いいたします。", size=10)
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.table([["項　目", "金　額"], ["配当充当後残元金", f"{P:,}円"],
             [f"遅延損害金（{era(haito + timedelta(1))}～{era(issued)}・年{R:g}％）", f"{L:,}円"],
             ["ご請求額", f"{T:,}円"]], [118, 50], x=21, header=True, aligns="lr", size=10, row_h=8)
    p.add(Box(21, p.y - 8, 168, 8, 0.9))
    p.gap(1.5)
    p.line(f"（ご参考）充当前元金 {before:,}円　配当金 {div:,}円（うち元金充当 {before - P:,}円）", x=24, size=8.6,
           color=GRAY)
    assert before - P < div
    p.gap(3)
    y = p.y
    p.add(Box(21, y, 168, 11, 0.8, RED))
    p.at(25, y + 7.4, "お支払・ご相談期限", size=10.5, font="sans-bold", color=RED)
    p.at(72, y + 7.7, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 15
    p.para("期限までにお支払い又はご連絡がない場合は、お客様の給与債権等に対する強制執行の申立てを検討させていただく"
           "ことがございます。なお、本状と行き違いにご連絡をいただいている場合はご容赦ください。", size=9.3)
    p.seal(186, 40, 10, "square", "住宅債権管理回収機構印", angle=2, seed=80101)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9134", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社しらかば銀行", debtor="蛸島正人", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="0557-31084", input_kind="photo_jpeg", template="proxy80_servicer_after_auction_arms_length",
               received=D(2026, 5, 25))
    return dict(stem="ck10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="floor", fill=0.66, tilt=2.4, keystone=0.03, creases=2, blur=0.8, warm=0.1,
                          canvas=(2000, 2667)),
                about="collection_notice (real servicer, rest of a housing loan after the 競売)",
                unusual="phone photo from above at ARM'S LENGTH: the page fills only about two thirds of the frame, the "
                        "wooden floor all round it; real servicer ★ 株式会社住宅債権管理回収機構 with the logo band "
                        "without 株式会社 (white on dark green) and 「法務大臣許可番号　第91号」 in the sender lines; the "
                        "競売 case 令和7年（ケ）第62号 and the 配当 of 14,880,000 in the prose; a 項目/金額 table "
                        "配当充当後残元金 / 遅延損害金 (window from the day after the 配当期日) / ご請求額, NO interest; a grey "
                        "（ご参考） line with the 充当前元金 and the 元金充当 (distractors); an 「お支払・ご相談期限」 red bar")


# ---------------------------------------------------------------------------------------------
# ck11 scam postcard: 差押え執行予告通知 from a fake 「国民債権整理センター」, askew on a bed sheet.


def ck11():
    issued, due = D(2026, 5, 27), D(2026, 6, 2)
    T = 186_400
    p = Page(w=100, h=148, font="sans", size=7.6, top=8, left=7, right=7)
    p.add(Box(6, 6, 88, 10, color=None, fill=RED))
    p.at(50, 13.2, "差押え執行予告通知", size=13, font="sans-bold", color=WHITE, align="c")
    p.y = 19
    p.line("鮒田　由紀　様", x=8, size=10)
    p.line("管理番号　ろ－２２０７", x=8, size=8)
    p.at(92, 22, f"通知日 {era(issued)}", size=7.2, align="r")
    stamp(p, 66, 25, "本人限定", size=8, h=6.5)
    p.y = 34
    p.para("貴殿がご契約された通信サービス事業者より、未納となっている総合利用料金に関する債権の回収について、当センターが"
           "委託を受けております。再三のご通知にもかかわらず、現在までご連絡がございません。", x0=8, x1=92, size=7.6)
    p.para("本通知到達後も連絡のない場合、法的措置として、給与及び動産の差押えを執行いたします。執行後は勤務先への通知、"
           "信用情報機関への登録が行われますのでご注意ください。", x0=8, x1=92, size=7.6)
    p.para("ただし、期日までにご連絡をいただいた場合に限り、和解による解決が可能です。", x0=8, x1=92, size=7.6)
    p.gap(1.5)
    y = p.y
    p.add(Box(8, y, 84, 16, 0.7, RED))
    p.at(11, y + 6.6, "和解調整金", size=8.5, font="sans-bold")
    p.at(30, y + 7.0, f"￥{T:,}-", size=12, font="sans-bold", color=RED)
    p.at(11, y + 13.2, "ご連絡期日", size=8.5, font="sans-bold")
    p.at(30, y + 13.3, f"{due.month}月{due.day}日（{wd(due)}）17時まで", size=9.5, font="sans-bold")
    p.y = y + 19
    p.para("※ご本人様以外のご連絡、弁護士・消費生活センター等を通じたご連絡には応じかねます。土日祝日も受付。", x0=8, x1=92,
           size=6.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Line(8, y, 92, y, 0.3))
    for i, (s, sz, f) in enumerate((("国民債権整理センター", 9.5, "sans-bold"), ("法務省認可　債権回収業者", 7, "sans"),
                                     ("法務大臣許可番号　第312号", 7, "sans"),
                                     ("東京都千代田区霞が関一丁目（中央合同庁舎内）", 6.8, "sans"),
                                     ("担当直通　080-0000-6634　担当：螢川", 8, "sans-bold"))):
        p.at(8, y + 5 + i * 4.4, s, size=sz, font=f)
    tr = truth(document_type="other", sender="国民債権整理センター", license_number=312, phone="080-0000-6634",
               creditor=None, status="not_licensed", debtor="鮒田由紀", total=T, lump=False, issued=issued,
               payment_due=due, reference="ろ－２２０７", is_scam=True, input_kind="photo_jpeg",
               template="proxy80_scam_seizure_postcard_askew", received=None)
    return dict(stem="ck11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(bg="sheet", tilt=8.5, keystone=0.04, fill=0.78, blur=1.0, warm=0.3, canvas=(1800, 2400)),
                about="other (scam postcard, 差押え執行予告)",
                unusual="架空請求 postcard photographed on a BED SHEET, lying ROTATED about 8.5°, warm light; a red title "
                        "band 「差押え執行予告通知」 and a 本人限定 stamp; a fake 「国民債権整理センター」 calling itself "
                        "「法務省認可　債権回収業者」 with a FAKE 「法務大臣許可番号　第312号」 (→ not_licensed); an address "
                        "in 霞が関 without a number; a 080 担当直通; 和解調整金 ￥186,400- in a red frame with a month-day "
                        "deadline 「6月2日（火）17時まで」; hiragana 管理番号 ろ－２２０７; 「弁護士・消費生活センター等を"
                        "通じたご連絡には応じかねます」; no creditor named (only 「通信サービス事業者」)")


# ---------------------------------------------------------------------------------------------
# ck12 信用金庫 縦書き 期限の利益喪失通知書 (内容証明), on a bed sheet, stored upside down (EXIF 3).


def ck12():
    R = 14.0
    issued, due = D(2026, 3, 11), D(2026, 3, 25)
    warn, acc, lastp = D(2026, 2, 20), D(2026, 3, 6), D(2025, 10, 27)
    P, I = 1_286_400, 9_512
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　貴殿は、当金庫との間の令和二年七月十日付金銭消費貸借契約（自動車購入資金、当初貸付額金三百二十万円）"
                 f"に基づく毎月の約定返済を、{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当金庫は、{kdate(warn)}付書面にて延滞金の支払を催告いたしましたが、催告期限である{kdate(acc)}までに"
                 "お支払いがありませんでした。"),
        ("body", f"よって、貴殿は信用金庫取引約定書第五条により、{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当金庫に一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　{kman(P)}"),
        ("indent", f"二、未収利息　　{kman(I)}"),
        ("indent", f"三、遅延損害金　{kman(L)}"),
        ("plain", f"　　　（{kdate(acc + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"四、合計　　　　{kman(T)}"),
        ("body", "なお、右期日までにお支払いのない場合は、連帯保証人に対する請求及び法的手続に移行いたしますので、"
                 "念のため申し添えます。　　草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都八王子市樅の木台九丁目九番九号"),
        ("low", "ななかまど信用金庫"),
        ("low", "融資管理部長　鮫田　勝"),
        ("low", "電話　〇四二（〇〇〇）七一五八"),
        ("low", "整理番号　ＮＡ－２６０３１"),
        ("blank", ""),
        ("low", "東京都日野市李台九丁目九番九号"),
        ("low", "樫野　秀一　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 80121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鮫田" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 11, "square", "ななかまど信用金庫之印", angle=-3,
                         seed=80122))
    tr = truth(document_type="acceleration_notice", sender="ななかまど信用金庫", phone="042-000-7158",
               creditor="ななかまど信用金庫", status="not_applicable", debtor="樫野秀一", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="ＮＡ－２６０３１", input_kind="photo_exif_rotated",
               template="proxy80_vertical_shinkin_acceleration_upside_down", received=D(2026, 3, 13))
    return dict(stem="ck12", ext="jpg", kind="photo_exif_rotated", orientation=3, pages=pages, truth=tr,
                shot=dict(bg="sheet", tilt=2.8, keystone=0.05, fill=0.84, creases=2, blur=0.85, hand=0.3),
                about="acceleration_notice (信用金庫, 縦書き 内容証明)",
                unusual="phone photo on a BED SHEET with the arm's shadow at the bottom, stored UPSIDE DOWN with EXIF "
                        "orientation 3; 縦書き 期限の利益喪失通知書 (冠省 … 草々) of a 信用金庫 with the 内容証明 stamp and a "
                        "square seal; every date in kanji (令和二年 contract, the 催告 date 二月二十日, its deadline 三月六日 "
                        "= acceleration 「の経過をもって」, due 三月二十五日限り); amounts as 金一二八万六四〇〇円-style kanji "
                        "digits with 万; 当初貸付額金三百二十万円 and 信用金庫取引約定書第五条 as distractors; the "
                        "guarantor only mentioned; phone in kanji digits; full-width 整理番号 ＮＡ－２６０３１ in a column")


# ---------------------------------------------------------------------------------------------
# ck13 エー・シー・エス債権管理回収 (real) ご返済計画のご案内 (settlement), under a fluorescent tube on a bed sheet.


def ck13():
    R = 14.6
    issued, reply = D(2026, 6, 16), D(2026, 6, 30)
    acc, lastp, assign = D(2025, 9, 5), D(2025, 6, 5), D(2025, 12, 26)
    P, I = 238_460, 3_192
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    mon, n = 12_000, 19
    last_inst = P - mon * n
    assert 0 < last_inst <= mon and mon * n + last_inst == P
    p = Page(font="sans", size=10, top=14)
    p.at(16, 19, "エー・シー・エス債権管理回収株式会社", size=13, font="sans-bold", color=ACS)
    p.at(16, 24, "法務大臣許可番号　第27号", size=8.5, color=ACS)
    p.at(194, 18, wdate(issued), size=9.5, align="r")
    p.at(194, 23, "お客様番号　AC-5588-0136", size=9.5, align="r")
    p.add(Line(16, 27, 194, 27, 0.8, ACS))
    p.y = 31
    p.line("〒260-0000　千葉市中央区鶯谷台九丁目9番9号", x=18, size=10)
    p.line("燕谷　美香　様", x=22, size=13)
    p.gap(4)
    p.title("ご返済計画のご案内", size=15, color=ACS)
    p.para(f"先日はお電話にてご相談をいただき、誠にありがとうございました。当社が{wdate(assign)}にプリムラカード株式会社から"
           f"譲り受けましたお客様の債権（最終お支払日 {wdate(lastp)}、期限の利益喪失日 {wdate(acc)}）につきまして、お伺い"
           "したご事情をもとに、下記のご返済計画をご案内いたします。", size=10)
    p.line(f"1．現在のご債務額（{wdate(issued)}時点）", size=10.3, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}％）", "ご債務額合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 32, 50, 46], x=22, header=True, aligns="rrrr", size=9.8, row_h=8)
    p.gap(2)
    p.line("2．ご返済計画（元金のみを分割でお支払いいただく案）", size=10.3, font="sans-bold")
    p.table([["回", "お支払日", "お支払額"], ["第1回", "2026年7月27日", f"{mon:,}円"],
             [f"第2回～第{n}回", "毎月27日", f"各{mon:,}円"], [f"第{n + 1}回（最終回）", "2028年2月27日", f"{last_inst:,}円"],
             ["合計", "", f"{P:,}円"]], [44, 62, 44], x=22, header=True, aligns="lcr", size=9.5, row_h=7)
    p.para("※上記計画どおりお支払いいただいた場合、利息及び遅延損害金は免除いたします。お支払いが2回以上遅れた場合は、"
           "免除前のご債務額から既払金を差し引いた残額を一括でお支払いいただきます。", x0=22, x1=190, size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(16, y, 178, 12, 1.0, ACS))
    p.at(20, y + 8, "ご回答期限", size=10.5, font="sans-bold", color=ACS)
    p.at(54, y + 8.2, f"{wdate(reply)}（{wd(reply)}）", size=12.5, font="sans-bold")
    p.at(190, y + 8, "同封の承諾書をご返送ください", size=8.8, align="r")
    p.y = y + 16
    p.line("お問合せ先　エー・シー・エス債権管理回収株式会社　お客様相談室", x=16, size=9.5)
    p.line("フリーダイヤル 0120-000-272（平日 9:00～18:00）　担当 鰭田", x=16, size=9.5)
    p.seal(184, 38, 12, "square", "エーシーエス債権管理回収印", angle=-2, seed=80131)
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-272", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="プリムラカード株式会社", debtor="燕谷美香", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AC-5588-0136", input_kind="photo_jpeg",
               template="proxy80_servicer_repayment_plan_fluorescent", received=D(2026, 6, 18))
    return dict(stem="ck13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="sheet", fluo=0.9, tilt=1.6, keystone=0.06, fill=0.85, creases=2, blur=0.85),
                about="settlement_proposal (real servicer, 20-instalment plan)",
                unusual="phone photo on a BED SHEET under a FLUORESCENT TUBE (cool green-blue cast, a bright band); real "
                        "servicer ★ エー・シー・エス債権管理回収株式会社 with 「法務大臣許可番号　第27号」 under its name; "
                        "western 年月日 dates; a 4-column one-row table 元金 / 利息 / 遅延損害金（年14.6％） / ご債務額合計; a "
                        "plan table (第1回 2026年7月27日, 第2回～第19回 各12,000円, 最終回 2,460円, 合計 = 元金) as "
                        "distractors; ご回答期限 with weekday in a blue frame")


# ---------------------------------------------------------------------------------------------
# ck14 信用金庫 alone: 債権譲渡通知書 to an invented servicer, on a bed sheet with the arm's shadow, EXIF 6.


def ck14():
    R = 14.0
    issued, assign, acc, lastp = D(2026, 6, 3), D(2026, 5, 29), D(2025, 11, 20), D(2025, 8, 25)
    P, I = 1_873_000, 12_400
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=16)
    p.at(194, 18, wdate(issued), size=10, align="r")
    p.at(194, 23, "整理番号　KK-0603-118", size=9.5, align="r")
    p.y = 26
    p.line("〒444-0000　愛知県岡崎市榛名台九丁目9番9号", x=18, size=10)
    p.line("蝦原　直樹　様", x=22, size=13)
    p.y = 36
    for s, sz in (("名古屋市中区胡桃沢北九丁目9番9号", 9), ("ききょう信用金庫", 11), ("理事長　薪井　康夫", 9.5),
                  ("（融資管理課　TEL 052-000-3381）", 8.8)):
        p.line(s, x=124, size=sz, font="serif-bold" if sz == 11 else "serif")
    p.seal(186, 44, 13, "round", "ききょう信用金庫|理事/長印", angle=-6, seed=80141)
    p.gap(6)
    p.title("債権譲渡通知書", size=16, font="serif-bold")
    p.para(f"拝啓　当金庫は、{wdate(assign)}付で、貴殿に対して有する下記債権を、下記譲受人に譲渡いたしましたので、民法第467条"
           "の規定に基づき、ご通知いたします。", size=10.2)
    p.para("今後、下記債権に関するお支払い及びお問合せは、譲受人宛にお願いいたします。当金庫へのお振込みは受け付けられ"
           "ませんのでご注意ください。　敬具", size=10.2)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.line("１．譲受人", x=22, size=10.2, font="serif-bold")
    for s in ("東京都中央区雲雀丘西九丁目9番9号", "明星債権回収株式会社（法務大臣許可番号　第256号）",
              "お問合せ　0120-000-256"):
        p.line(s, x=34, size=9.8)
    p.line("２．譲渡債権の表示", x=22, size=10.2, font="serif-bold")
    p.table([["契約の種類", "証書貸付（令和2年7月30日契約・当初貸付額3,000,000円）"], ["最終ご返済日", wdate(lastp)],
             ["期限の利益喪失日", wdate(acc)]], [40, 124], x=34, aligns="ll", size=9.5, row_h=7, shade_col0=True)
    p.gap(2)
    p.line(f"３．譲渡債権額（{wdate(assign)}現在）", x=22, size=10.2, font="serif-bold")
    for lab, val in (("残元金", f"{P:,}円"), ("未収利息", f"{I:,}円"),
                     (f"遅延損害金（{wdate(acc + timedelta(1))}から譲渡日まで・年{R:g}％）", f"{L:,}円")):
        leader(p, lab, val, 36, 168, size=9.8, font="serif", dot="・")
    p.add(Line(36, p.y - 1.2, 168, p.y - 1.2, 0.4))
    p.gap(0.6)
    leader(p, "合計", f"{T:,}円", 36, 168, size=10.4, font="serif-bold", dot="・")
    p.gap(2)
    p.line("以上", x=188, size=10, align="r")
    tr = truth(document_type="assignment_notice", sender="ききょう信用金庫", phone="052-000-3381",
               creditor="明星債権回収株式会社", status="not_applicable", original="ききょう信用金庫", debtor="蝦原直樹",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="KK-0603-118", input_kind="photo_exif_rotated",
               template="proxy80_shinkin_assignment_alone_exif6", received=D(2026, 6, 5))
    return dict(stem="ck14", ext="jpg", kind="photo_exif_rotated", orientation=6, pages=[p.spec], truth=tr,
                shot=dict(bg="sheet", tilt=5.5, keystone=0.05, fill=0.82, creases=2, blur=0.9, hand=0.32, warm=0.15),
                about="assignment_notice (信用金庫 alone → invented servicer)",
                unusual="phone photo on a BED SHEET with the arm's shadow from the bottom, the page ROTATED about 5.5° and "
                        "stored SIDEWAYS with EXIF orientation 6; a 債権譲渡通知書 (拝啓 … 敬具, 記 … 以上) sent by the "
                        "信用金庫 ALONE with its 理事長 round seal; the 譲受人 an INVENTED servicer 明星債権回収株式会社 named "
                        "with 「（法務大臣許可番号　第256号）」 and its own 0120 number under 記 (the sender is the 信用金庫 → "
                        "not_applicable, sender licence null); a shaded-label table (証書貸付 令和2年 with 当初貸付額 "
                        "3,000,000 as distractor, 最終ご返済日, 喪失日); amounts as ・・・ leader lines with a rule and "
                        "合計; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ck15 アルファ債権回収 (real): ご担当窓口変更のお知らせ (claims nothing), under the phone's shadow on a wooden floor.


def ck15():
    issued, move, assign = D(2026, 6, 12), D(2026, 7, 1), D(2024, 9, 30)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(16, 12, 4, 12, color=None, fill=ALF))
    p.at(23, 19.5, "アルファ債権回収株式会社", size=13.5, font="sans-bold", color=ALF)
    p.at(23, 24, "ALPHA SERVICER", size=7, color=ALF)
    p.at(194, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(194, 23, "お客様番号　AL-1010-6652", size=9.5, align="r")
    p.y = 32
    p.line("〒901-0000　沖縄県浦添市磯辺通九丁目9番9号", x=18, size=10)
    p.line("黍野　里美　様", x=22, size=13)
    p.gap(6)
    p.title("ご担当窓口変更のお知らせ", size=15, color=ALF)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。", size=10)
    p.para(f"さて、当社が{wdate(assign)}にフローラ信販株式会社から譲り受けましたお客様の債権につきまして、業務体制の見直しに"
           f"伴い、{wdate(move)}より、管理を担当する窓口を下記のとおり変更させていただくこととなりました。", size=10)
    p.para("ご返済額、お支払日及びお振込先口座に変更はございません。引き続き、これまでどおりお支払いくださいますよう"
           "お願い申し上げます。　敬具", size=10)
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.table([["", "変更前（6月30日まで）", "変更後（7月1日から）"],
             ["担当窓口", "東京第一債権管理センター", "大阪債権管理センター"],
             ["電話番号", "03-0000-1011", "06-0000-1019"],
             ["受付時間", "平日 9:00～17:30", "平日 9:00～18:00"]],
            [30, 70, 70], x=20, header=True, aligns="lll", size=9.8, row_h=8, shade_col0=True)
    p.gap(3)
    p.para("※本状はご請求書ではございません。お支払状況についてのお問合せは、変更後の窓口までお願いいたします。"
           "お問合せの際は、お客様番号をお知らせください。", size=9.0, indent="")
    p.gap(10)
    y = p.y
    p.add(Line(110, y, 194, y, 0.3))
    for i, (s, sz) in enumerate((("アルファ債権回収株式会社", 10.5), ("法務大臣許可番号　第101号", 8.5),
                                  ("大阪債権管理センター", 9.3), ("〒540-0000 大阪市中央区千鳥橋西9-9-9", 8.3),
                                  ("TEL 06-0000-1019　担当 鰻田", 9.3))):
        p.at(112, y + 5.5 + i * 5, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(182, y + 12, 12, "square", "アルファ債権回収印", angle=3, seed=80151)
    tr = truth(document_type="other", sender="アルファ債権回収株式会社", license_number=101, phone="06-0000-1019",
               creditor="アルファ債権回収株式会社", status="licensed", original="フローラ信販株式会社",
               debtor="黍野里美", lump=False, issued=issued, assignment=assign, reference="AL-1010-6652",
               input_kind="photo_jpeg", template="proxy80_servicer_desk_change_phone_shadow", received=D(2026, 6, 15))
    return dict(stem="ck15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="floor", tilt=3.8, keystone=0.05, fill=0.84, creases=2, blur=0.85, phone=0.45,
                          phone_at=(0.12, 0.30)),
                about="other (real servicer, change of contact desk, claims nothing)",
                unusual="phone photo on a WOODEN FLOOR with the PHONE'S OWN SHADOW over the left middle of the page (the "
                        "old / new table under it, still readable); real servicer ★ アルファ債権回収株式会社 (Latin line "
                        "「ALPHA SERVICER」) with 「法務大臣許可番号　第101号」 in the sender block at the BOTTOM RIGHT; tells "
                        "of a new contact desk and CLAIMS NOTHING (every amount, the rate and the payment date null; "
                        "「本状はご請求書ではございません」); the 譲受 date in the prose; an old / new table with two phone "
                        "numbers and its own dates (6/30, 7/1) as distractors")


# ---------------------------------------------------------------------------------------------
# ck16 card company 最終ご請求書 after 喪失, HEIC on a wooden floor lying askew under a lamp.


def ck16():
    R = 14.6
    issued, due = D(2026, 3, 27), D(2026, 4, 10)
    acc, lastp = D(2026, 1, 10), D(2025, 10, 27)
    shop, cash, I = 312_600, 216_530, 9_884
    P = shop + cash
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(16, 11, 13, 13, color=None, fill=OLIVE))
    p.at(22.5, 20.3, "O", size=16, font="sans-bold", color=WHITE, align="c")
    p.at(32, 17.5, "オリベカード", size=14, font="sans-bold", color=OLIVE)
    p.at(32, 22.5, "オリベカード株式会社　債権管理部", size=8.5)
    p.at(194, 17, f"ご請求日　{era(issued)}", size=9.5, align="r")
    p.at(194, 22, "ご請求番号　OB-7730-1962", size=9.5, align="r")
    p.y = 31
    p.line("〒630-0000　奈良市瑪瑙町九丁目9番9号", x=18, size=10)
    p.line("蠟山　恭子　様", x=22, size=13)
    p.line("会員番号　****-****-****-4417", x=18, size=9)
    stamp(p, 150, 33, "最終ご請求", size=12, h=9, fill=RED)
    p.y = 58
    p.title("ご利用代金の一括お支払いについて（最終ご請求書）", size=13.5)
    p.para(f"お客様のカードご利用代金につきましては、{era(lastp)}のご入金を最後にお支払いがなく、再三のご請求にも"
           f"かかわらずお支払いいただけなかったため、会員規約に基づき{era(acc)}をもって期限の利益を喪失されました。", size=10)
    p.para("つきましては、下記ご請求金額合計を、お支払期限までに一括してお支払いください。期限までにお支払いのない場合は、"
           "法的手続に移行させていただきますので、あらかじめご承知おきください。", size=10)
    p.gap(2)
    x0, x1 = 26, 164
    for lab, val in (("ご利用残高（元金）", f"{P:,}円"), ("手数料・利息", f"{I:,}円"),
                     (f"遅延損害金（年{R}％・{era(acc + timedelta(1))}～{era(issued)}）", f"{L:,}円")):
        leader(p, lab, val, x0, x1, size=10.3, dot="…")
        if lab.startswith("ご利用残高"):
            p.line(f"（内訳：ショッピング {shop:,}円／キャッシング {cash:,}円）", x=x0 + 4, size=8.5, color=GRAY)
    p.gap(1)
    y = p.y
    p.add(Box(x0 - 2, y, x1 - x0 + 4, 11, 1.0, OLIVE, SHADE))
    p.at(x0 + 1, y + 7.7, "ご請求金額合計", size=11.5, font="sans-bold")
    p.at(x1 - 1, y + 8, f"{T:,}円", size=13.5, font="sans-bold", align="r")
    p.y = y + 15
    b = p.line("お支払期限", x=x0, size=11, font="sans-bold", color=RED)
    p.at(x0 + 30, b, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=RED)
    p.gap(3)
    p.para("お振込先　やまなみ銀行 奈良支店 普通預金 0773019 オリベカード（カ　　※お振込手数料はお客様のご負担となります。",
           size=9.2, indent="")
    p.gap(2)
    p.line("お問い合わせ　オリベカード株式会社　債権管理部　0120-000-773（平日 9:30～17:30）　担当 槐島", size=9.3)
    p.line("関東財務局長（２）第０２２４１号　日本貸金業協会会員第００７７３号", size=8)
    tr = truth(document_type="collection_notice", sender="オリベカード株式会社", phone="0120-000-773",
               creditor="オリベカード株式会社", status="not_applicable", debtor="蠟山恭子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="OB-7730-1962", input_kind="photo_heic",
               template="proxy80_card_final_demand_askew_lamp", received=D(2026, 3, 30))
    return dict(stem="ck16", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="floor", tilt=6.5, keystone=0.06, fill=0.8, creases=2, blur=0.9, warm=0.45, glare=40),
                about="collection_notice (card company, 最終ご請求 after 喪失)",
                unusual="iPhone HEIC on a WOODEN FLOOR under a warm lamp with a glare patch, the page lying ROTATED about "
                        "6.5°; a card company's 最終ご請求書 with a one-letter logo 「O」, a filled red 「最終ご請求」 "
                        "stamp; amounts as dotted LEADER lines (ご利用残高（元金） / 手数料・利息 / 遅延損害金 with its "
                        "window) and the grey （内訳：ショッピング／キャッシング） line under the 元金 as a distractor; the "
                        "total in a shaded olive bar 「ご請求金額合計」; a masked 会員番号, the 貸金業 and 協会 numbers as "
                        "distractors")


LETTERS = [ck09, ck10, ck11, ck12, ck13, ck14, ck15, ck16]
