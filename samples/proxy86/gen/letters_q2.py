"""Proxy set 86, letters cq09–cq16: a 簡裁's 特定調停 調停に代わる決定 (民事調停法17条), a real servicer's 一括ご請求 with
one line on 分割, a 信用金庫's 縦書き 期限の利益喪失通知 (scanned) with one line on 分割, a 簡裁's 和解調書 of a (ハ)
lawsuit (phone photo, EXIF-rotated), a real servicer's 受託のお知らせ with one line on 分割, a 支払督促 and a
仮執行宣言付支払督促 whose 請求の原因 tell of a broken 分割弁済協定 / a 分割 request, and a 簡裁 (ハ) 呼出状 + 訴状 of an
invented servicer after a broken 和解 (phone photo)."""

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
    kdate,
    kyen,
    late,
    qr,
    truth,
    vcheck2,
    vsafe,
    wd,
    wdate,
    window,
)
from letters_q1 import add_months, era_fw

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NTL = (0.62, 0.10, 0.16)
ACS = (0.0, 0.40, 0.48)
IBK = (0.10, 0.25, 0.45)


def fwn(n: int) -> str:
    return fw(f"{n:,}")


# ---------------------------------------------------------------------------------------------
# cq09 松本簡易裁判所 特定調停 調停に代わる決定 (17条決定), 2-page image PDF; the 相手方 a real servicer.


def cq09():
    decided, filed = D(2026, 6, 17), D(2026, 4, 6)
    acc, last, assign = D(2025, 5, 7), D(2025, 2, 25), D(2025, 8, 29)
    P, I, R = 706_118, 12_464, 18.0
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    mon = 12_000
    n, rem = divmod(T, mon)
    assert rem > 0
    first_m = D(2026, 8, 31)
    final = add_months(first_m, n)
    p = Page(font="serif", size=10.3, top=14)
    p.at(196, 18, fw("令和8年（特ノ）第8号") + "　特定調停事件", size=10, align="r")
    p.y = 24
    p.title("調停に代わる決定", size=16, font="serif-bold")
    p.kv([("申立人", "長野県松本市砧台九丁目9番9号"), ("", "麹　池　和　也"),
          ("相手方", "東京都港区杼ノ木九丁目9番9号"), ("", "アウロラ債権回収株式会社"),
          ("", "同代表者代表取締役　升形　誠司")], x=25, label_w=25, size=10)
    p.gap(3)
    p.para("当裁判所は、本件特定調停事件について、調停委員会の意見を聴き、当事者双方のために衡平に考慮し、一切の事情を見て、"
           "民事調停法第１７条により、次のとおり決定する。", size=10)
    p.line("主　　文", size=11, font="serif-bold", align="c")
    items = [
        f"１　申立人は、相手方に対し、本件債務として金{fwn(T)}円の支払義務があることを認める。",
        f"２　申立人は、相手方に対し、前項の金員を、令和{fw('8')}年{fw('8')}月から令和{fw(str(final.year - 2018))}年"
        f"{fw(str(add_months(first_m, n - 1).month))}月まで毎月末日限り金{fwn(mon)}円ずつ、令和{fw(str(final.year - 2018))}年"
        f"{fw(str(final.month))}月末日限り金{fwn(rem)}円を、相手方の指定する口座に振り込んで支払う。",
        f"３　申立人が前項の分割金の支払を怠り、その額が金{fwn(mon * 2)}円に達したときは、当然に同項の期限の利益を失い、"
        f"申立人は、相手方に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から支払済み"
        f"まで年{fw('18')}パーセントの割合による遅延損害金を支払う。",
        "４　相手方は、その余の請求を放棄する。",
        "５　申立人と相手方は、申立人と相手方との間には、本件に関し、本決定に定めるもののほかに何らの債権債務のないことを"
        "相互に確認する。",
        "６　調停費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=22, x1=192, size=10, indent="")
        p.gap(0.8)
    p.gap(3)
    p.line(f"令和{fw('8')}年{fw('6')}月{fw('17')}日", x=30, size=10.3)
    p.line("松本簡易裁判所", x=30, size=10.3)
    p.line("裁判官　合羽坂　雅人", x=110, size=10.8)
    q = Page(font="serif", size=10.3, top=16)
    q.line("理　　由", size=11, font="serif-bold", align="c")
    q.gap(1)
    q.para(f"１　申立人は、株式会社わかくさ野ローンとの間の金銭消費貸借契約に基づく借入金の返済を{era_fw(last)}を最後に怠り、"
           f"{era_fw(acc)}、期限の利益を喪失した。相手方は、{era_fw(assign)}、同社から同債権を譲り受けた。", x0=22, x1=192,
           size=10, indent="")
    q.para(f"２　相手方提出の計算書（利息制限法所定の制限利率による引直計算後）によれば、本件申立日（{era_fw(filed)}）現在の"
           "債務額は次のとおりである。", x0=22, x1=192, size=10, indent="")
    q.table([["残元金", f"{fwn(P)}円"], ["未払利息", f"{fwn(I)}円"],
             [f"遅延損害金（年{fw('18')}％、申立日まで）", f"{fwn(L)}円"], ["合計", f"{fwn(T)}円"]],
            [95, 45], x=34, aligns="lr", size=9.8, row_h=7, ruled="grid")
    q.gap(2)
    q.para(f"３　申立人の収入及び生活状況に照らすと、月額{fwn(mon)}円の分割弁済が相当であり、申立日の翌日以降の遅延損害金を"
           "付さないこととして、主文のとおり決定する。", x0=22, x1=192, size=10, indent="")
    q.gap(4)
    y = q.y
    q.add(Box(20, y, 172, 24, 0.4, None, SHADE))
    q.at(24, y + 6, "（注意）", size=9.5, font="sans-bold")
    q.y = y + 8
    q.para("この決定に対しては、当事者は、この決定の告知を受けた日から２週間以内に、当裁判所に異議を申し立てることができ"
           "ます。その期間内に異議の申立てがないときは、この決定は、裁判上の和解と同一の効力を有します。", x0=24, x1=188,
           size=9, indent="")
    q.y = y + 30
    y = q.y
    q.add(Box(104, y, 92, 24, 0.5))
    q.at(108, y + 6, "これは正本である。", size=9.5)
    q.at(108, y + 11.5, f"令和{fw('8')}年{fw('6')}月{fw('17')}日", size=9.5)
    q.at(108, y + 17, "松本簡易裁判所　裁判所書記官　筵田　恵", size=9.2)
    q.at(108, y + 22, "電話　0263-00-2840（民事訴訟係）", size=8.8)
    q.seal(188, y + 12, 14, "square", "松本簡易裁判所書記官印", angle=-1, seed=86091)
    tr = truth(document_type="other", sender="松本簡易裁判所", phone="0263-00-2840",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社わかくさ野ローン",
               debtor="麹池和也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=decided, payment_due=first_m, acceleration=acc, last_payment=last, assignment=assign,
               reference="令和8年(特ノ)第8号", input_kind="pdf_scan",
               template="proxy86_specific_mediation_decision_in_lieu", received=D(2026, 6, 20))
    return dict(stem="cq09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="other (簡裁 特定調停 調停に代わる決定, 民事調停法17条, 2 pages)",
                unusual="a court DECISION, not a letter: a 特定調停's 調停に代わる決定 of a 簡裁 as a 2-page image PDF; the "
                        "DEBTOR is the 申立人 and the real servicer ★ アウロラ債権回収株式会社 the 相手方 (no licence printed); "
                        "the full-width case number (特ノ) top-right; 主文１ the acknowledged sum ONLY, 主文２ 12,000 a month "
                        "「令和８年８月から…毎月末日限り」 with a final remainder, 主文３ the 24,000 default clause with 年１８"
                        "パーセント; p.2 理由 with the original lender, last payment, 喪失 and 譲受 in prose, the breakdown as a "
                        "grid (残元金 / 未払利息 / 遅延損害金 to the 申立日 / 合計, full-width) as of the 申立日 4/6; a grey "
                        "異議 box (２週間); the 正本 box with the clerk's phone")


# ---------------------------------------------------------------------------------------------
# cq10 ニッテレ債権回収 (real) ご請求書, circled-number row table, one line on 分割.


def cq10():
    issued, due = D(2026, 6, 5), D(2026, 6, 19)
    acc, last, assign = D(2025, 10, 14), D(2025, 8, 25), D(2026, 2, 27)
    P, I, R = 187_340, 4_652, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 12, 12, color=None, fill=NTL))
    p.at(21, 19.5, "N", size=16, font="sans-bold", color=WHITE, align="c")
    p.at(30, 16.5, "ニッテレ債権回収株式会社", size=12, font="sans-bold")
    p.at(30, 21.5, "法務大臣許可番号 第7号", size=8, color=GRAY)
    p.at(196, 15.5, f"令和8年6月5日（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 20.5, "お客様No.　NT-7720-0615", size=9.5, align="r")
    window(p, 15, 28, "680-0000", ["鳥取県鳥取市枡田町九丁目9番9号", "樽見坂ハイツ203"], "酢谷　由紀　様", "cq10",
           w=92, h=34)
    for i, (s, sz) in enumerate((("ニッテレ債権回収株式会社", 9.5), ("西日本回収センター", 9),
                                 ("〒530-0000 大阪府大阪市北区秤町九丁目9番9号", 8), ("TEL 06-0000-7207", 10),
                                 ("受付時間　平日 9:30～18:00", 8), ("担当　舵取", 9))):
        p.at(122, 32 + i * 4.8, s, size=sz, font="sans-bold" if i in (0, 3) else "sans")
    p.y = 68
    p.title("ご　請　求　書", size=15)
    p.para(f"当社は、夕映ファイナンス株式会社より、同社が貴殿に対して有する貸付金債権を{wdate(assign)}付で譲り受けました。"
           f"貴殿は{wdate(last)}を最後にご返済がなく、{wdate(acc)}に期限の利益を喪失されています。", size=9.8)
    p.para("つきましては、下記ご請求額を、お支払期限までに一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    p.line(f"ご請求額の内訳（{wdate(issued)}現在）", size=10, font="sans-bold", color=NTL)
    p.table([["①元金", "②利息", f"③損害金（年{R:.0f}％）", "④ご請求額（①＋②＋③）"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 38, 46, 59], x=15, header=True, aligns="rrrr", size=10, row_h=9)
    p.para(f"※③は{wdate(acc + timedelta(1))}から{wdate(issued)}までの日割計算です。", size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, NTL))
    p.add(Box(15, y, 40, 12, color=None, fill=NTL))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(60, y + 8.4, f"令和8年6月19日（{wd(due)}）", size=13, font="sans-bold")
    p.at(192, y + 8, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.y = y + 16
    p.line("お振込先　みなみ風銀行　大阪中央支店　普通預金　6120734　ニツテレサイケンカイシユウ（カ", size=9.5)
    p.line("※お振込みの際は、お名前の前にお客様No.（NT77200615）をご入力ください。", size=8.8)
    p.gap(2)
    p.line("※一括でのお支払いが難しい場合は、お支払期限までにお電話ください。分割でのお支払いについてもご相談に応じます。",
           size=9.3, font="sans-bold")
    p.gap(2)
    p.para("お支払期限までにお支払い又はご連絡がない場合には、やむを得ず法的手続をとらせていただくことがあります。本書と"
           "行き違いにお支払いいただいた場合は、何卒ご容赦ください。", size=9.3)
    p.gap(3)
    p.line("【ご参考】原契約", size=9.5, font="sans-bold")
    p.kv([("原債権者", "夕映ファイナンス株式会社"), ("ご契約日", "平成31年3月12日"), ("ご契約極度額", "500,000円"),
          ("原契約番号", "YB-0031-5524")], x=20, label_w=30, size=9)
    qr(p, 172, p.y - 20, 22, "cq10qr")
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="06-0000-7207", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="夕映ファイナンス株式会社", debtor="酢谷由紀", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               assignment=assign, reference="NT-7720-0615", input_kind="pdf_text",
               template="proxy86_servicer_lump_sum_circled_columns_one_line_instalment", received=D(2026, 6, 8))
    return dict(stem="cq10", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 一括請求 with ONE line on 分割)",
                unusual="real servicer ★ ニッテレ債権回収株式会社 with a one-letter red logo square and 「法務大臣許可番号 第7号」 "
                        "in grey under the name; an address window with a building line; the breakdown as ONE ROW under a "
                        "shaded header of circled labels ①元金 / ②利息 / ③損害金（年20％） / ④ご請求額（①＋②＋③）; the "
                        "お支払期限 bar with the total repeated at its right; ONE bold line offering 分割 by phone; a 【ご参考】 "
                        "原契約 block (平成31年 contract, 極度額 500,000, 原契約番号) and the digits-only お客様No. as "
                        "distractors; a QR")


# ---------------------------------------------------------------------------------------------
# cq11 伊吹嶺信用金庫 縦書き 期限の利益喪失通知書 (car loan), scanned; one line on 分割.


def cq11():
    issued, due = D(2026, 4, 24), D(2026, 5, 15)
    demand, acc, last = D(2026, 4, 3), D(2026, 4, 20), D(2025, 12, 26)
    P, I, R = 1_286_400, 9_873, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    k = kdate
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　当金庫は、貴殿との間の令和四年十月十一日付マイカーローン契約（以下「本契約」といいます。）に基づき、"
                 "貴殿に対し貸付金債権を有しております。"),
        ("body", f"貴殿は、{k(last)}のご返済を最後にその後の約定返済を怠られたため、当金庫は、{k(demand)}付催告書により、"
                 f"延滞額を{k(acc)}までにお支払いいただくよう催告いたしましたが、右期限までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、本契約の約定に基づき、{k(acc)}の経過をもって期限の利益を喪失いたしましたので、本書をもって"
                 "その旨通知いたします。"),
        ("body", f"つきましては、左記の金員を{k(due)}限り、当金庫本店融資管理課あてお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　　{kyen(L)}"),
        ("plain", f"　　（{k(acc + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　　　{kyen(T)}"),
        ("body", "なお、一括でのお支払いが困難なご事情がある場合は、右期限までに融資管理課へご相談ください。分割による"
                 "お支払いについても検討いたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", f"{k(issued)}"),
        ("low", "岐阜県大垣市薪割町九丁目九番九号"),
        ("low", "伊吹嶺信用金庫"),
        ("low", "理事長　鐘撞　康之"),
        ("low", "（融資管理課　電話　〇五八四（〇〇）二二一五）"),
        ("low", "（管理番号　ＩＳ－２６０４１８）"),
        ("blank", ""),
        ("low", "岐阜県揖斐郡炭焼沢九丁目九番九号"),
        ("low", "甑島　真司　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 86111))
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith("理事長"):
            pg.items.append(Seal(it.x + 1.0, it.y + (len(it.s) + 1.6) * size * 0.3528 * 1.05, 9, "square", "伊吹嶺信用金庫理事長印",
                                 angle=2, seed=86112))
    tr = truth(document_type="acceleration_notice", sender="伊吹嶺信用金庫", phone="0584-00-2215",
               creditor="伊吹嶺信用金庫", status="not_applicable", debtor="甑島真司", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="IS-260418", input_kind="vertical_scan",
               template="proxy86_vertical_credit_bank_acceleration_car_loan_one_line_instalment",
               received=D(2026, 4, 27))
    return dict(stem="cq11", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, car loan, one line on 分割)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a 信用金庫 (理事長, square seal), scanned, with the 内容証明 "
                        "stamp; the 催告書 date 四月三日 and its deadline 四月二十日 (= acceleration 「の経過をもって」); the "
                        "令和四年 contract date as a distractor; positional kanji amounts (貸付残元金 / 未払利息 / 遅延損害金 with "
                        "window and 年十四パーセント / 合計); 「令和八年五月十五日限り」; ONE column offering 分割 by "
                        "consultation; phone and 管理番号 in brackets in kanji / full-width (〇五八四（〇〇）二二一五 → "
                        "0584-00-2215, ＩＳ－２６０４１８ → IS-260418)")


# ---------------------------------------------------------------------------------------------
# cq12 苫小牧簡易裁判所 和解調書 of a (ハ) lawsuit, phone photo stored sideways (EXIF 6).


def cq12():
    held, cert = D(2026, 6, 24), D(2026, 6, 29)
    acc = D(2025, 11, 4)
    P, I, R = 492_760, 10_218, 20.0
    L = late(P, R, acc + timedelta(1), held)
    T = P + I + L
    mon = 15_000
    n, rem = divmod(T, mon)
    assert rem > 0
    first = D(2026, 7, 31)
    final = add_months(first, n)
    p = Page(font="serif", size=10, top=14)
    p.at(196, 16, "第１回口頭弁論", size=9.5, align="r")
    p.y = 18
    p.title("和　解　調　書", size=16, font="serif-bold")
    p.kv([("事件の表示", fw("令和8年（ハ）第63号") + "　貸金請求事件"),
          ("期日", f"令和{fw('8')}年{fw('6')}月{fw('24')}日（{wd(held)}）午前{fw('10')}時{fw('00')}分"),
          ("場所等", "苫小牧簡易裁判所法廷"), ("裁判官", "菅生沼　和彦"), ("裁判所書記官", "鉦打　奈緒"),
          ("出頭した当事者等", "原告代表者支配人　朱墨　直樹　／　被告　尾白　典子")], x=20, label_w=38, size=9.8)
    p.gap(2)
    p.line("手続の要領等", size=10.3, font="serif-bold")
    p.para("当事者間に次のとおり和解成立", x0=20, size=10)
    p.line("和解条項", size=10.8, font="serif-bold", align="c")
    items = [
        f"１　被告は、原告に対し、本件貸金債務として、金{fwn(T)}円（残元金{fwn(P)}円、未払利息{fwn(I)}円及び"
        f"{era_fw(acc + timedelta(1))}から本日まで年{fw('20')}パーセントの割合による遅延損害金{fwn(L)}円の合計）の支払義務の"
        "あることを認める。",
        f"２　被告は、原告に対し、前項の金員を、令和{fw('8')}年{fw('7')}月から毎月末日限り金{fwn(mon)}円ずつ（ただし、最終回"
        f"である令和{fw(str(final.year - 2018))}年{fw(str(final.month))}月は金{fwn(rem)}円）分割して、原告の指定する口座に振り"
        "込む方法により支払う。",
        f"３　被告が前項の分割金の支払を２回以上怠り、その額が金{fwn(mon * 2)}円に達したときは、当然に期限の利益を失い、"
        f"被告は、原告に対し、第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から支払済み"
        f"まで年{fw('20')}パーセントの割合による遅延損害金を支払う。",
        "４　原告は、その余の請求を放棄する。",
        "５　原告と被告は、原告と被告との間には、本件に関し、本和解条項に定めるもののほか何らの債権債務がないことを相互に"
        "確認する。",
        "６　訴訟費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=20, x1=194, size=9.6, indent="")
        p.gap(0.6)
    p.gap(3)
    p.kv([("原告", "北海道札幌市北区鏡研町九丁目9番9号　株式会社ノーブルローン"),
          ("被告", "北海道苫小牧市釣瓶町九丁目9番9号　尾白　典子")], x=20, label_w=16, size=9.3)
    p.gap(2)
    p.line("裁判所書記官　鉦　打　奈　緒", x=118, size=10)
    p.gap(3)
    y = p.y
    p.add(Box(100, y, 96, 24, 0.5))
    p.at(104, y + 6, "これは正本である。", size=9.5)
    p.at(104, y + 11.5, f"令和{fw('8')}年{fw('6')}月{fw('29')}日", size=9.5)
    p.at(104, y + 17, "苫小牧簡易裁判所　裁判所書記官　鉦打奈緒", size=9.2)
    p.at(104, y + 22, "電話　0144-00-6630（民事係直通）", size=8.8)
    p.seal(186, y + 12, 14, "square", "苫小牧簡易裁判所書記官印", angle=2, seed=86121)
    tr = truth(document_type="settlement_proposal", sender="苫小牧簡易裁判所", phone="0144-00-6630",
               creditor="株式会社ノーブルローン", status="not_applicable", debtor="尾白典子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=held, payment_due=first,
               reference="令和8年(ハ)第63号", input_kind="photo_exif_rotated",
               template="proxy86_summary_court_settlement_record_in_lawsuit_rotated", received=D(2026, 7, 2))
    assert cert > held
    return dict(stem="cq12", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.0, creases=2, fill=0.85, blur=0.85, shadow=0.3,
                          shadow_side="right", glare=15.0),
                about="settlement_proposal (簡裁 和解調書 of a (ハ) lawsuit, photo stored sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases, a hand shadow "
                        "and a glare; a 和解調書 of the 第１回口頭弁論 of a (ハ) 貸金請求事件 (the 和解 made IN the lawsuit); kv "
                        "header (事件の表示 / 期日 with weekday and time / 場所等 / 裁判官 / 裁判所書記官 / 出頭した当事者等) in "
                        "full-width; 条項１ the acknowledged sum WITH its breakdown in a bracket (残元金 / 未払利息 / 遅延損害金 "
                        "年２０パーセント from 令和７年１１月５日 「本日まで」); 条項２ 15,000 a month 「令和８年７月から毎月末日限り」 "
                        "with the final month; the 30,000 default clause; parties at the END; the 正本 box 6/29 with the "
                        "民事係直通 phone")


# ---------------------------------------------------------------------------------------------
# cq13 エー・シー・エス債権管理回収 (real) 債権回収業務受託のお知らせ, one line on 分割.


def cq13():
    issued, due, entrusted = D(2026, 5, 15), D(2026, 5, 29), D(2026, 5, 1)
    acc, last = D(2026, 1, 27), D(2025, 11, 27)
    P, I, R = 263_800, 7_219, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 12, 181, 16, 0.6, ACS))
    p.add(Box(15, 12, 28, 16, color=None, fill=ACS))
    p.at(29, 22.5, "ACS", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(47, 19, "エー・シー・エス債権管理回収株式会社", size=12, font="sans-bold", color=ACS)
    p.at(47, 24.5, "（法務大臣許可番号第27号）", size=8.5)
    p.at(192, 22, f"{wdate(issued)}", size=10, align="r")
    p.y = 34
    p.line("〒420-0000　静岡県静岡市葵区屏風ヶ浦九丁目9番9号", size=10)
    p.line("櫂谷　陽太　様", size=13.5)
    p.gap(1)
    p.line("ご照会番号　AC-55-031709", size=9.5)
    p.gap(5)
    p.title("債権回収業務受託のお知らせ", size=14.5, color=ACS)
    p.para(f"当社は、エトワールカード株式会社（以下「委託元」）より、{wdate(entrusted)}付で、委託元が貴殿に対して有する"
           "カードご利用代金債権の管理及び回収業務を受託いたしました。今後のお支払い及びご連絡は、当社あてにお願いいたします。"
           "なお、債権者は引き続き委託元であり、債権の譲渡ではございません。", size=9.8)
    p.para(f"委託元からの通知によれば、貴殿は{wdate(last)}を最後にお支払いがなく、{wdate(acc)}に期限の利益を喪失されて"
           "おります。つきましては、下記の金額をお支払期限までに一括にてお支払いください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 7, color=None, fill=(0.88, 0.94, 0.95)))
    p.at(23, y + 5, f"受託債権の内容（{wdate(issued)}現在）", size=9.8, font="sans-bold")
    p.y = y + 9
    for lab, val in (("ご利用残高", f"{P:,}円"), ("未払手数料", f"{I:,}円"),
                     (f"遅延損害金（年{R}％・日割）", f"{L:,}円"), ("お支払金額", f"{T:,}円")):
        b = p.line(lab, x=26, size=10, font="sans-bold" if lab == "お支払金額" else None)
        p.at(120, b, val, size=10.5, align="r", font="sans-bold" if lab == "お支払金額" else "sans")
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.3, ACS))
    p.gap(3)
    b = p.line("お支払期限", x=26, size=10.5, font="sans-bold")
    p.at(60, b, f"{wdate(due)}（{wd(due)}）", size=11.5, font="sans-bold", color=RED)
    p.line("お振込先　凪野銀行　静岡支店　普通預金　2270913　エーシーエスサイケンカンリカイシュウ（カ", x=26, size=9.3)
    p.gap(2)
    p.line("●一度にお支払いいただくことが難しい場合は、分割払いのご相談も承りますので、お電話ください。", x=20, size=9.5)
    p.gap(3)
    p.line("委託元の表示", size=9.5, font="sans-bold")
    p.kv([("名称", "エトワールカード株式会社"), ("所在地", "東京都新宿区蔵前橋九丁目9番9号"),
          ("会員番号", "4980-****-****-6613")], x=22, label_w=22, size=9)
    p.gap(3)
    for s, sz in (("エー・シー・エス債権管理回収株式会社　静岡オフィス", 9.5), ("〒420-0000 静岡県静岡市葵区漆喰町九丁目9番9号", 8.5),
                  ("お問合せ 0120-000-927（平日9:00～18:00）　担当　笠間沼", 9.5)):
        p.line(s, x=80, size=sz)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-927", creditor="エトワールカード株式会社", status="licensed",
               original="エトワールカード株式会社", debtor="櫂谷陽太", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="AC-55-031709", input_kind="pdf_text",
               template="proxy86_servicer_entrustment_notice_one_line_instalment", received=D(2026, 5, 18))
    return dict(stem="cq13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託のお知らせ, one line on 分割)",
                unusual="a 受託 notice, not a 譲渡: real servicer ★ エー・シー・エス債権管理回収株式会社 with 「（法務大臣許可番号"
                        "第27号）」 in brackets inside a framed header with a teal 「ACS」 block; it says the 委託元 stays the "
                        "creditor (「債権の譲渡ではございません」, so no assignment date); the 受託日 5/1 is not a 譲渡日; "
                        "受託債権の内容 as plain lines under a tinted bar (ご利用残高 / 未払手数料 / 遅延損害金（年14.6％・日割） / "
                        "お支払金額); a red お支払期限; ONE ●-line offering 分割; a 委託元の表示 block with a masked 会員番号")


# ---------------------------------------------------------------------------------------------
# cq14 伊勢崎簡易裁判所 支払督促 (card company, broken 分割弁済協定), one scanned page.


def cq14():
    issued, filed = D(2026, 6, 12), D(2026, 6, 9)
    acc, last = D(2026, 2, 28), D(2025, 12, 27)
    P, I, R, C = 318_420, 6_980, 14.6, 4_236
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    p = Page(font="serif", size=10, top=12)
    p.at(196, 16, "事件番号　" + fw("令和8年（ロ）第196号"), size=9.8, align="r")
    p.y = 18
    p.title("支 払 督 促", size=17, font="serif-bold")
    p.kv([("債権者", "東京都豊島区土蔵町九丁目9番9号　株式会社わたげカード"),
          ("", "代表者代表取締役　障子川　浩"),
          ("", "（送達場所）群馬県高崎市襖町九丁目9番9号　同社高崎債権管理センター　電話 027-000-5580"),
          ("債務者", "群馬県伊勢崎市井桁町九丁目9番9号　苫谷　理恵")], x=15, label_w=18, size=9)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言"
           "をする。", size=10.3)
    p.gap(1)
    p.line(f"令和{fw('8')}年{fw('6')}月{fw('12')}日", x=30, size=10)
    p.line("伊勢崎簡易裁判所　裁判所書記官　扇ヶ谷　陽子", x=80, size=10)
    p.gap(2)
    p.line("請求の趣旨", size=10.5, font="serif-bold")
    rows = [["１", "残元金", f"{P:,}円"], ["２", "未払手数料", f"{I:,}円"],
            ["３", f"確定遅延損害金（{era_fw(acc + timedelta(1))}から{era_fw(filed)}まで年14.6％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "合計", f"{T:,}円"]]
    p.table(rows, [10, 130, 38], x=18, aligns="clr", size=9.3, row_h=6.6, ruled="rows")
    p.para(f"５　上記１の金額に対する{era_fw(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=18,
           size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　債権者は、債務者との間で平成29年6月1日クレジットカード会員契約を締結し、債務者はこれに基づき商品購入及び"
              "金銭借入れをした。",
              f"２　債務者は支払を遅滞したため、債権者と債務者は、令和7年7月10日、残債務を月額1万円ずつ分割して支払う旨の分割"
              f"弁済協定を締結したが、債務者は{era_fw(last)}の支払を最後にその後の分割金を支払わず、同協定の定めにより"
              f"{era_fw(acc)}の経過をもって期限の利益を喪失した。",
              f"３　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。（申立日　{era_fw(filed)}）"):
        p.para(s, x0=18, x1=194, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 18, 0.5))
    p.at(18, y + 5.5, "（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を", size=8.8)
    p.at(18, y + 10.5, "申し立てることができます。分割払いの話合いを希望する場合も、督促異議申立書にその旨を記載できます。", size=8.8)
    p.at(18, y + 15.5, "問合せ先　伊勢崎簡易裁判所　民事係　電話 0270-00-3318", size=8.8)
    tr = truth(document_type="payment_order", sender="伊勢崎簡易裁判所", phone="0270-00-3318",
               creditor="株式会社わたげカード", status="not_applicable", debtor="苫谷理恵", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=last, reference="令和8年(ロ)第196号", input_kind="scan_png",
               template="proxy86_payment_order_broken_instalment_agreement", received=D(2026, 6, 16))
    return dict(stem="cq14", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁 支払督促, card company, broken 分割弁済協定, one page)",
                unusual="a whole 支払督促 on ONE scanned page: 事件番号 in full-width top-right; the creditor's 送達場所 with "
                        "its own phone (a distractor) in the party lines; the order date and the clerk BEFORE the 請求の趣旨; "
                        "a numbered rows-ruled table １–４ + 合計 (残元金 / 未払手数料 / 確定遅延損害金 with its window / "
                        "督促手続費用); the running item ５; the 請求の原因 tells of a 分割弁済協定 (月額1万円, a distractor) "
                        "whose own 喪失 「の経過をもって」 is the acceleration; the (注意) box mentions 分割 and gives the "
                        "court's 民事係 phone")


# ---------------------------------------------------------------------------------------------
# cq15 八代簡易裁判所 仮執行宣言付支払督促, creditor セゾン債権回収 (real), 2-page image PDF.


def cq15():
    ordered, served, filed2, declared = D(2026, 4, 14), D(2026, 4, 17), D(2026, 5, 7), D(2026, 5, 13)
    filed1 = D(2026, 4, 9)
    acc, last, assign = D(2025, 6, 30), D(2025, 4, 27), D(2025, 10, 31)
    P, I, R = 574_200, 13_655, 18.0
    C1, C2 = 3_890, 1_240
    L = late(P, R, acc + timedelta(1), filed1)
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.3, top=14)
    p.at(196, 18, fw("令和8年（ロ）第52号"), size=10.5, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.para("当事者の表示　別紙当事者目録記載のとおり", size=10.3, indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.3, indent="")
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.3)
    p.gap(2)
    p.para(f"上記は、{era_fw(ordered)}に発付され、{era_fw(served)}債務者に送達された支払督促であるが、債務者は督促異議を"
           f"申し立てず、債権者の申立てがあったので、仮執行の宣言をする。", size=10.3)
    p.gap(2)
    p.table([["仮執行の宣言前の督促手続費用", f"{fwn(C1)}円"], ["仮執行の宣言の手続費用", f"{fwn(C2)}円"]],
            [80, 40], x=40, aligns="lr", size=10, row_h=7.5, ruled="grid")
    p.gap(3)
    p.line(f"令和{fw('8')}年{fw('5')}月{fw('13')}日", x=30, size=10.3)
    p.line("八代簡易裁判所", x=30, size=10.3)
    p.line("裁判所書記官　狸穴　彩乃", x=110, size=10.8)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 174, 30, 0.5, None, (0.93, 0.93, 0.93)))
    p.at(22, y + 6, "この書面を受け取った方へ", size=10, font="sans-bold")
    for i, s in enumerate(("この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に",
                           "督促異議を申し立てることができます。異議を申し立てても、強制執行の停止には別の手続が必要です。",
                           "分割払いの話合いを希望する場合は、債権者に直接ご相談ください。",
                           "問合せ先　八代簡易裁判所　民事係　電話　0965-00-4712")):
        p.at(22, y + 12 + i * 5, s, size=8.8)
    q = Page(font="serif", size=10, top=16)
    q.line("当事者目録", size=11.5, font="serif-bold", align="c")
    q.kv([("債権者", "東京都豊島区研屋町九丁目9番9号　セゾン債権回収株式会社"),
          ("", "代表者代表取締役　紙屋川　修一"),
          ("", "（送達場所）熊本県熊本市中央区燭台町九丁目9番9号　同社九州センター"),
          ("", "電話 096-000-3411　FAX 096-000-3412"),
          ("債務者", "熊本県八代市糸車町九丁目9番9号　硯田　隆")], x=18, label_w=18, size=9.5)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=11.5, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.3, font="serif-bold")
    q.table([["", "金額（円）"], ["１　譲受債権元金", fwn(P)], ["２　利息", fwn(I)],
             [f"３　確定遅延損害金（{era_fw(acc + timedelta(1))}から{era_fw(filed1)}まで年18％）", fwn(L)],
             ["４　督促手続費用", fwn(C1)], ["５　仮執行宣言手続費用", fwn(C2)], ["合計", fwn(T)]],
            [130, 40], x=18, header=True, aligns="lr", size=9.3, row_h=6.6)
    q.para(f"６　上記１の金額に対する{era_fw(filed1 + timedelta(1))}から完済まで年18％の割合による遅延損害金", x0=18,
           size=9.3, indent="")
    q.gap(2)
    q.line("請求の原因", size=10.3, font="serif-bold")
    for s in ("１　撫子台信販株式会社は、債務者との間で令和2年8月17日、極度額50万円の金銭消費貸借契約を締結し、債務者に"
              "金員を貸し付けた。",
              f"２　債務者は{era_fw(last)}の支払を最後に約定の返済を怠り、{era_fw(acc)}期限の利益を喪失した。",
              f"３　債権者は、{era_fw(assign)}、撫子台信販株式会社から上記債権を譲り受け、同社は債務者に対し確定日付ある証書"
              "により譲渡の通知をした。",
              "４　債務者は、令和7年12月、債権者に対し電話で分割払いを申し出たが、その後合意に至らず、支払をしない。",
              f"（支払督促申立日　{era_fw(filed1)}　／　仮執行宣言申立日　{era_fw(filed2)}）"):
        q.para(s, x0=18, x1=194, size=9.3, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="八代簡易裁判所", phone="0965-00-4712",
               creditor="セゾン債権回収株式会社", status="licensed", original="撫子台信販株式会社", debtor="硯田隆",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=declared,
               acceleration=acc, last_payment=last, assignment=assign, reference="令和8年(ロ)第52号",
               input_kind="pdf_scan", template="proxy86_enforceable_payment_order_servicer_phone_instalment_request",
               received=D(2026, 5, 16))
    return dict(stem="cq15", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 as a 2-page image PDF: p.1 only the references to the 別紙, the 発付 4/14 and 送達 "
                        "4/17 in one sentence, the two cost rows as a small grid (仮執行の宣言前の督促手続費用 / 仮執行の宣言の"
                        "手続費用), the 宣言 date 5/13 and a grey 「この書面を受け取った方へ」 box that mentions 分割; p.2 "
                        "当事者目録 (creditor ★ セゾン債権回収株式会社, no licence: court paper; its 送達場所 phone / FAX are "
                        "distractors) and 請求の趣旨 as a table with a 「金額（円）」 header, FIVE rows + 合計 (譲受債権元金 / 利息 "
                        "/ 確定遅延損害金 / 督促手続費用 / 仮執行宣言手続費用) in full-width; the running item ６; the 請求の"
                        "原因 tells of a phone request for 分割 in 令和7年12月 (not a payment); both 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cq16 飯田簡易裁判所 (ハ) 口頭弁論期日呼出状及び答弁書催告状 + 訴状の要旨, invented servicer plaintiff; phone photo.


def cq16():
    issued, hearing, answer, filed = D(2026, 7, 1), D(2026, 8, 5), D(2026, 7, 29), D(2026, 6, 22)
    acc, last, assign, wakai = D(2025, 9, 30), D(2025, 8, 29), D(2025, 12, 15), D(2024, 11, 20)
    P, I, R = 356_000, 5_840, 14.6
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    p = Page(font="serif", size=10, top=12)
    p.at(196, 15, "事件番号　" + fw("令和8年（ハ）第88号"), size=9.5, align="r")
    p.at(196, 20, "事件名　譲受債権請求事件", size=9.5, align="r")
    p.y = 24
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　袴塚　香織　殿", size=11.5)
    p.line(f"令和{fw('8')}年{fw('7')}月{fw('1')}日", x=120, size=10)
    p.line("飯田簡易裁判所　裁判所書記官　獺越　由香", x=100, size=10)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=9.8)
    p.line("記", size=10, align="c")
    p.table([["期日", f"令和{fw('8')}年{fw('8')}月{fw('5')}日（{wd(hearing)}）午前{fw('10')}時{fw('00')}分　口頭弁論期日"],
             ["出頭場所", "飯田簡易裁判所　第１号法廷"],
             ["答弁書提出期限", f"令和{fw('8')}年{fw('7')}月{fw('29')}日（{wd(answer)}）"]],
            [34, 140], x=18, aligns="ll", size=9.8, row_h=7.5, shade_col0=True)
    p.gap(1)
    p.para("※分割払いによる和解を希望される場合は、同封の答弁書の「分割払いを希望する」欄に、希望する月額と支払開始時期を"
           "記入してください。※問合せ先　飯田簡易裁判所　民事係　電話 0265-00-2207（獺越）", size=8.8, indent="")
    p.gap(1)
    p.add(Line(15, p.y, 196, p.y, 0.5))
    p.gap(2)
    p.line("訴状（要旨）", size=11, font="serif-bold", align="c")
    p.kv([("原告", "東京都台東区燭台町九丁目9番9号　刈安債権回収株式会社（代表者代表取締役　萱葺　哲）"),
          ("", "（担当　管理部　電話 03-0000-8827）"),
          ("被告", "長野県飯田市足袋屋町九丁目9番9号　袴塚　香織")], x=18, label_w=14, size=8.8)
    p.para(f"請求の趣旨　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era_fw(filed + timedelta(1))}から支払済み"
           f"まで年14.6パーセントの割合による金員を支払え。訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。",
           x0=18, x1=194, size=9, indent="")
    p.para(f"請求の原因　１ 被告は、株式会社オリーブ台ファイナンスから金員を借り受けたが返済を怠り、{era_fw(wakai)}、同社"
           f"との間で残債務を月額1万5000円ずつ支払う旨の和解契約を締結した。２ 被告は{era_fw(last)}の支払を最後に和解金の支払を"
           f"怠り、同契約の定めにより{era_fw(acc)}の経過をもって期限の利益を喪失した。３ 原告は、{era_fw(assign)}、同社から"
           "本件債権を譲り受け、同社は被告に対し譲渡の通知をした。", x0=18, x1=194, size=9, indent="")
    p.table([["譲受元金（和解金残額）", "未払利息", "遅延損害金（年14.6%、訴え提起日まで）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [46, 30, 66, 34], x=18, header=True, aligns="rrrr", size=8.6, row_h=6.5)
    p.para(f"（訴え提起日　{era_fw(filed)}）", x0=18, size=8.6, indent="")
    tr = truth(document_type="lawsuit", sender="飯田簡易裁判所", phone="0265-00-2207",
               creditor="刈安債権回収株式会社", status="unverified", original="株式会社オリーブ台ファイナンス",
               debtor="袴塚香織", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=last, assignment=assign, hearing=hearing, reference="令和8年(ハ)第88号",
               input_kind="photo_jpeg", template="proxy86_summary_court_summons_invented_servicer_broken_settlement",
               received=D(2026, 7, 4))
    return dict(stem="cq16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, fill=0.86, blur=0.85, warm=0.2),
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状の要旨, invented servicer plaintiff, phone photo)",
                unusual="phone photo on tatami with tri-fold creases; a 簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 with the "
                        "訴状's 要旨 BELOW a rule on the same page; 事件番号 / 事件名 top-right; a shaded-label grid (期日 "
                        "with weekday and time / 出頭場所 / 答弁書提出期限); a ※ note on the answer form's 「分割払いを希望"
                        "する」 box with the court's phone; the plaintiff an INVENTED servicer 「刈安債権回収株式会社」 (no "
                        "licence printed → unverified) with its own 担当 phone (distractor); 請求の原因 tells of a 和解契約 "
                        "(令和6年11月20日, 月額1万5000円) whose own 喪失 「の経過をもって」 is the acceleration; a one-row "
                        "table 譲受元金（和解金残額） / 未払利息 / 遅延損害金 / 合計; 訴え提起日 6/22 ≠ the 呼出状 date")


LETTERS = [cq09, cq10, cq11, cq12, cq13, cq14, cq15, cq16]
