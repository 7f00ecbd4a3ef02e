"""Proxy set 65, letters bv09–bv16: a 簡裁's 和解に代わる決定 (民訴法275条の2), a real servicer's fax reply to a debtor's
分割 request, a card company's 督促状 that mentions 分割のご相談, a real servicer's 一括請求 with a 分割 section, two
lawyers' 縦書き 催告書, and the 澄川 household: a joint 債権譲渡通知 while a 分割 was being discussed, the 支払督促 and
the 仮執行宣言付支払督促 of the same case."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
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
from letters_b1 import slash, wdate

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.42, 0.20)
ORANGE = (0.85, 0.40, 0.05)


def fe(d: D) -> str:
    return era(d, True)


# ---------------------------------------------------------------------------------------------
# bv09 稚内簡裁 和解に代わる決定 (民事訴訟法第275条の2), 2 pages, scanned.


def bv09():
    issued = D(2026, 4, 22)
    claim = 532_184
    ack = 486_000
    inst, n = 13_500, 36
    assert inst * n == ack
    first = D(2026, 5, 31)
    case = "令和８年（ハ）第４１号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(192, 22, case, size=10.5, align="r")
    p.at(192, 27.5, "立替金請求事件", size=10.5, align="r")
    p.y = 36
    p.title("和解に代わる決定", size=17, font="serif-bold", spaced=True)
    p.gap(2)
    p.kv([("北海道稚内市うお座通九丁目9番9号", ""), ("　原　　告", "たけとんぼ信販株式会社"),
          ("　同代表者代表取締役", "城ケ崎　宏"), ("", ""),
          ("北海道稚内市宮守町九丁目9番9号", ""), ("　被　　告", "曲木　修")], label_w=48, size=10.5)
    p.gap(3)
    p.para("当裁判所は、本件について、被告の資力その他の事情を考慮して相当であると認め、原告の意見を聴いたうえ、"
           "民事訴訟法第２７５条の２第１項により、次のとおり決定する。", size=10.3)
    p.gap(2)
    p.line("主　　文", align="c", size=11.5, font="serif-bold")
    items = [
        f"１　被告は、原告に対し、本件立替金債務として金{fw(f'{ack:,}')}円の支払義務があることを認める。",
        f"２　被告は、原告に対し、前項の金員を、令和８年５月から令和１１年４月まで毎月末日限り金{fw(f'{inst:,}')}円ずつ"
        "（３６回）分割して、原告の指定する口座に振り込む方法により支払う。振込手数料は被告の負担とする。",
        "３　被告が前項の分割金の支払を２回以上怠り、その額が金２７，０００円に達したときは、当然に同項の期限の利益を失い、"
        "被告は原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益を失った日の翌日から支払済みまで"
        "年１４．６パーセントの割合による遅延損害金を支払う。",
        "４　原告のその余の請求を放棄する。",
        "５　訴訟費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=24, size=10.2, indent="")
        p.gap(0.8)
    p.gap(3)
    p.line(f"　　{fe(issued)}", size=10.5)
    p.line("稚内簡易裁判所", x=110, size=11)
    p.line("裁　判　官　　茅原　大輔", x=110, size=11)
    p2 = Page(font="serif", size=10, top=18)
    p2.line("（参考）請求の趣旨の要旨", size=10.5, font="serif-bold")
    p2.para(f"被告は、原告に対し、金{fw(f'{claim:,}')}円及びうち金４９８，２００円に対する令和８年１月２１日から支払済みまで"
            "年６パーセントの割合による金員を支払え。", size=9.8)
    p2.gap(4)
    y = p2.y
    p2.add(Box(18, y, 174, 62, 0.6, fill=(0.96, 0.96, 0.96)))
    p2.at(24, y + 7, "【この決定を受け取った方へ】", size=10.5, font="serif-bold")
    notes = ["この決定に不服があるときは、この決定の告知を受けた日から２週間以内に、この裁判所に異議を申し立てることが"
             "できます。", "適法な異議の申立てがあったときは、この決定はその効力を失い、訴訟手続が続行されます。",
             "期間内に異議の申立てがないときは、この決定は裁判上の和解と同一の効力を有します。",
             "お支払いは主文第２項のとおり原告の指定する口座へ行ってください。裁判所では金銭を受け付けません。"]
    yy = y + 14
    for s in notes:
        lines = []
        cur = ""
        for ch in "・" + s:
            if len(cur) >= 40:
                lines.append(cur)
                cur = "　"
            cur += ch
        lines.append(cur)
        for ln in lines:
            p2.at(24, yy, ln, size=9.6)
            yy += 5.2
        yy += 1
    p2.y = y + 70
    p2.line("これは正本である。", x=24, size=10)
    p2.line(f"　　{fe(issued)}", x=24, size=10)
    p2.line("稚内簡易裁判所民事係", x=100, size=10)
    p2.line("裁判所書記官　　簾内　涼子", x=100, size=10.5)
    p2.gap(2)
    p2.line("電話　０１６２－００－２２７１（民事係直通）", x=100, size=9.5)
    p2.seal(178, p2.y - 14, 16, "square", "稚内簡易裁判所書記官印", angle=2, seed=65091)
    tr = truth(document_type="lawsuit", sender="稚内簡易裁判所", phone="0162-00-2271", creditor="たけとんぼ信販株式会社",
               status="not_applicable", debtor="曲木修", total=ack, rate=14.6, lump=False, issued=issued,
               payment_due=first, reference=case, input_kind="pdf_scan",
               template="proxy65_summary_court_decision_in_lieu_of_settlement", received=D(2026, 4, 24))
    return dict(stem="bv09", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr, skew=0.9,
                about="lawsuit (簡裁 和解に代わる決定, 民訴法275条の2)",
                unusual="a 稚内簡裁 和解に代わる決定 in a (ハ) 立替金請求事件, scanned as a 2-page image PDF: the case number "
                        "and 事件名 top-right, parties as kv lines (原告 信販 with its 代表者, 被告); 主文 １–５ in full-width "
                        "(acknowledged 486,000, 36 × 13,500 「令和８年５月から…毎月末日限り」, the 喪失 clause with 27,000 and "
                        "年１４．６パーセント, その余の請求を放棄, 訴訟費用各自負担); p.2 the 請求の趣旨 (532,184, 年6%) as a "
                        "distractor, a grey 異議 box (２週間) and the 正本 certification with the clerk's 直通 phone; no "
                        "口頭弁論期日 (hearing null)")


# ---------------------------------------------------------------------------------------------
# bv10 real servicer's fax reply to the debtor's 分割 request (the amount asked is refused).


def bv10():
    sent, due = D(2026, 3, 17), D(2026, 3, 31)
    req = D(2026, 3, 9)
    acc, lastp, asg = D(2025, 4, 2), D(2025, 1, 27), D(2025, 7, 31)
    R = 18.0
    P, I = 268_900, 7_315
    L = late(P, R, acc + timedelta(1), sent)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 18, "FAX送信のご案内", size=12, font="sans-bold")
    p.add(Line(15, 20, 196, 20, 0.8))
    y = grid(p, 15, 23, [22, 68, 22, 69],
             [["宛先", "北園 奈緒 様", "送信日時", f"{slash(sent)} 14:05"],
              ["送信元", "オリックス債権回収株式会社", "枚数", "1枚"],
              ["", "大阪回収センター 第一課", "TEL", "06-0000-1190"],
              ["", "", "FAX", "06-0000-1191"]], h=6.5, size=8.6)
    p.at(15, y + 5, "法務大臣許可番号 第11号　〒530-0000 大阪府大阪市北区泉佐野町九丁目9番9号", size=8)
    p.y = y + 12
    p.title("分割払いのお申出に対するご回答", size=14)
    p.para(f"{slash(req)}付でいただきました「分割払い申出書」（毎月5,000円のお支払い）について、社内で検討いたしました結果、"
           "誠に恐縮ながら、このご返済額ではご契約残高に対して完済までの期間が長期に及ぶため、お受けすることができません。",
           size=9.5)
    p.para("つきましては、下記ご請求金額を下記期日までに一括でお支払いください。なお、毎月15,000円以上のお支払いであれば、"
           "改めて分割のご相談をお受けしますので、期日までにご連絡ください。", size=9.5)
    p.gap(2)
    y = p.y
    p.table([["ご請求の内訳", "金額（円）"], ["元本", f"{P:,}"], ["利息", f"{I:,}"],
             [f"損害金（年{R:g}％）", f"{L:,}"], ["ご請求金額", f"{T:,}"]],
            [62, 40], x=15, size=9.5, row_h=7, header=True)
    p.y = y
    p.kv([("お客様番号", "ORC-3340-5127"), ("原債権者", "はごいたカード株式会社"), ("債権譲受日", slash(asg)),
          ("期限の利益喪失日", slash(acc)), ("最終ご入金日", slash(lastp))], x=124, label_w=28, size=8.6)
    p.y = y + 40
    p.add(Box(15, p.y, 181, 13, 1.2))
    p.at(20, p.y + 8.7, "お支払期日", size=11, font="sans-bold")
    p.at(60, p.y + 8.9, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, p.y + 8.7, "※損害金は送信日現在", size=8, align="r")
    p.y += 18
    p.para("お振込先：なにわ北銀行 梅田支店 普通 3340512 オリツクスサイケンカイシユウ（カ　※お客様番号をご依頼人名の"
           "前にご入力ください。", size=8.8, indent="")
    p.para("本書と行き違いにお支払いいただいた場合はご容赦ください。", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="06-0000-1190", creditor="オリックス債権回収株式会社", status="licensed",
               original="はごいたカード株式会社", debtor="北園奈緒", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=sent, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="ORC-3340-5127", input_kind="fax_tiff",
               template="proxy65_servicer_reply_refusing_instalment_request_fax", received=sent)
    return dict(stem="bv10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{sent.year}/{sent.month:02d}/{sent.day:02d} 14:05 ORIX SAIKEN OSAKA 06-0000-1191",
                about="collection_notice (real servicer's reply to the debtor's 分割 request, fax)",
                unusual="one-page G4 fax; real servicer ★ オリックス債権回収 with 「法務大臣許可番号 第11号」 in a small "
                        "line under a 4-row grid header (TEL and FAX in separate cells); slash dates everywhere; the "
                        "debtor's 申出書 date 3/9 and 5,000 / 15,000 as distractors; a 2-column 内訳 table with a "
                        "「金額（円）」 header (no 円 on the figures) beside a kv block (お客様番号, 原債権者, 譲受日, 喪失日, "
                        "最終ご入金日); the framed お支払期日; 一括 demanded (lump true)")


# ---------------------------------------------------------------------------------------------
# bv11 card company 督促状 (two missed monthly bills) that mentions 分割のご相談.


def bv11():
    issued, due = D(2026, 6, 1), D(2026, 6, 12)
    lastp = D(2026, 3, 27)
    R = 14.6
    bills = [(D(2026, 4, 27), 15_620, 2_780), (D(2026, 5, 27), 15_810, 2_590)]
    rows = []
    for d, pr, fee in bills:
        lt = late(pr, R, d + timedelta(1), issued)
        rows.append((d, pr, fee, lt))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=9.6, top=12)
    p.add(Box(15, 11, 60, 12, color=None, fill=(0.20, 0.20, 0.55)))
    p.at(45, 19.3, "GIYAMAN CARD", size=12, font="sans-bold", color=WHITE, align="c")
    stamp(p, 168, 12, "親展", size=11)
    window(p, 15, 28, "690-0000", ["島根県松江市大根島九丁目9番9号", "コーポ大根島 1F"], "二宮　結衣　様", "bv11",
           w=92, h=36, size=9.2, name_size=13)
    for i, s in enumerate(["株式会社ぎやまんカード", "債権管理センター", "〒700-0000 岡山県岡山市北区湯梨浜九丁目9番9号",
                           "TEL 086-000-7306", f"通知日 {wdate(issued)}", "お問合せ番号 GY-60601-2275"]):
        p.at(196, 31 + i * 4.6, s, size=8.8 if i else 10, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 70
    p.title("ご入金のお願い（督促状）", size=14.5)
    p.para("いつもぎやまんカードをご利用いただき、ありがとうございます。お客様の口座から下記ご利用代金のお引落しができず、"
           f"{wdate(lastp)}のご入金を最後にお支払いが確認できておりません。下記合計額をお支払期限までにお振込みください。",
           size=9.4)
    p.gap(1)
    head = ["お引落予定日", "ご利用代金（元金）", "分割・リボ手数料", "遅延損害金", "小計"]
    body = [[wdate(d), f"{pr:,}", f"{fee:,}", f"{lt:,}", f"{pr + fee + lt:,}"] for d, pr, fee, lt in rows]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [38, 38, 36, 32, 37], x=15, size=9.2, row_h=7.5, header=True, aligns="crrrr")
    p.line(f"（単位：円）遅延損害金は各回のご利用代金（元金）に対し年{R}%、お引落予定日の翌日から通知日まで", x=15, size=7.6)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 88, 22, 0.9, RED))
    p.at(59, y + 7, "お支払期限", size=10, align="c", color=RED, font="sans-bold")
    p.at(59, y + 16, f"{wdate(due)}（{wd(due)}）", size=13.5, align="c", font="sans-bold")
    p.add(Box(108, y, 88, 22, 0.9))
    p.at(152, y + 7, "お支払金額（合計）", size=10, align="c", font="sans-bold")
    p.at(152, y + 16, f"{T:,}円", size=14, align="c", font="sans-bold")
    p.y = y + 27
    p.line("お振込先　おかやま中央銀行 本店　普通 7306227　カ）ギヤマンカード", size=9)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, GRAY, (0.95, 0.97, 1.0)))
    p.at(19, y + 6, "お支払いが難しいお客様へ　― 分割のご相談を承ります ―", size=10, font="sans-bold", color=NAVY)
    for i, s in enumerate(["一度にお支払いいただくことが難しい場合は、お支払期限までに債権管理センターへお電話ください。",
                           "お客様のご状況をお伺いし、分割でのお支払いについてご相談に応じます（ご相談は無料です）。",
                           "ご連絡のないまま延滞が続くと、カードのご利用停止・期限の利益の喪失となることがあります。"]):
        p.at(19, y + 12 + i * 4.4, s, size=8.6)
    p.y = y + 28
    p.line("本状と行き違いでご入金済みの場合は、ご容赦ください。", size=8.5)
    tr = truth(document_type="collection_notice", sender="株式会社ぎやまんカード", phone="086-000-7306",
               creditor="株式会社ぎやまんカード", status="not_applicable", debtor="二宮結衣", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="GY-60601-2275", input_kind="pdf_text", template="proxy65_card_dunning_two_bills_instalment_advice",
               received=D(2026, 6, 3))
    return dict(stem="bv11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 督促状 of two bills, mentions 分割のご相談)",
                unusual="card company with a navy Latin logo 「GIYAMAN CARD」 and a red 親展 stamp; window address LEFT, "
                        "the sender lines RIGHT with 通知日 and お問合せ番号 at their foot; a 5-column table per missed bill "
                        "(ご利用代金（元金） / 分割・リボ手数料 / 遅延損害金 / 小計) and a 合計 row, figures without 円 "
                        "(（単位：円）); two side-by-side boxes (お支払期限 red, お支払金額); a pale blue 「分割のご相談を"
                        "承ります」 box that only mentions 分割 and 喪失; arrears only (lump false)")


# ---------------------------------------------------------------------------------------------
# bv12 real servicer 一括請求 with a 分割 section; phone photo.


def bv12():
    issued, due = D(2026, 2, 27), D(2026, 3, 13)
    acc, lastp, asg = D(2025, 10, 28), D(2025, 8, 27), D(2026, 1, 30)
    R = 14.6
    P, I = 1_127_400, 33_720
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 16, color=None, fill=GREEN))
    p.at(22, 19, "アウロラ債権回収株式会社", size=13, font="sans-bold", color=GREEN)
    p.at(22, 25, "（法務大臣許可番号：第76号）", size=8)
    p.at(194, 18, "発行日：令和8年2月27日", size=9.5, align="r")
    p.at(194, 23.5, "債権番号：AUR-2601-30775", size=9.5, align="r")
    p.y = 34
    p.line("〒090-0000 北海道北見市高千穂九丁目9番9号", x=18, size=9.5)
    p.line("八乙女　健　様", x=22, size=14)
    p.gap(4)
    p.title("ご　請　求　書", size=17)
    p.para(f"当社は、{wdate(asg)}付で、おりがみ信販株式会社から同社のお客様に対する立替金等債権を譲り受けました。"
           "お客様は既に期限の利益を喪失しておられますので、下記金額を一括でお支払いくださいますよう請求いたします。",
           size=9.6)
    p.gap(2)
    for lab, v, b in [("立替金残元本", P, False), ("未払手数料", I, False), ("損害金", L, False), ("ご請求額", T, True)]:
        f = "sans-bold" if b else "sans"
        p.line(lab, x=34, size=11 if b else 10.2, font=f, advance=0)
        p.line(f"¥{v:,}", x=140, size=11 if b else 10.2, font=f, align="r")
        p.add(Line(34, p.y - 0.8, 140, p.y - 0.8, 0.2, GRAY))
    p.line(f"※損害金：立替金残元本に対し{wdate(acc + timedelta(1))}から発行日まで年{R}%", x=34, size=8)
    p.gap(3)
    p.add(Box(34, p.y, 106, 12, color=None, fill=(0.90, 0.96, 0.91)))
    p.at(38, p.y + 8.2, "お支払期日", size=10.5, font="sans-bold", color=GREEN)
    p.at(136, p.y + 8.4, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold", align="r")
    p.y += 17
    p.kv([("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(lastp)), ("原債権者", "おりがみ信販株式会社"),
          ("お振込先", "みやこ銀行 札幌支店 普通 3077512 アウロラサイケンカイシュウ（カ")], x=34, label_w=34, size=9)
    p.gap(3)
    y = p.y
    p.add(Line(15, y, 196, y, 0.5, GREEN))
    p.at(18, y + 6, "分割でのお支払いをご希望の方へ", size=10.5, font="sans-bold", color=GREEN)
    p.y = y + 9
    p.para("一括でのお支払いが難しい場合は、お支払期日までにお電話ください。ご収入やご家計の状況をお伺いし、分割でのお支払い"
           "について検討いたします。ご連絡なくお支払期日を過ぎた場合、法的手続に移行することがあります。", size=9.2)
    p.gap(2)
    p.line("お問合せ：0120-000-076（平日 9:00～18:00）　札幌オフィス", size=9.5, font="sans-bold")
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-076", creditor="アウロラ債権回収株式会社", status="licensed",
               original="おりがみ信販株式会社", debtor="八乙女健", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AUR-2601-30775", input_kind="photo_jpeg",
               template="proxy65_servicer_lump_demand_with_instalment_section_photo", received=D(2026, 3, 2))
    return dict(stem="bv12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, fill=0.83, blur=0.9, warm=0.15, bow=5),
                about="collection_notice (real servicer 一括請求 with a 分割 section, phone photo)",
                unusual="phone photo on tatami, tri-fold creases and a slight bulge; real servicer ★ アウロラ債権回収 with a "
                        "green bar mark and 「（法務大臣許可番号：第76号）」; labels with full-width colons (発行日：, "
                        "債権番号：); amounts as ¥ lines with hairlines (立替金残元本 / 未払手数料 / 損害金 / ご請求額); a "
                        "green お支払期日 strip; a 「分割でのお支払いをご希望の方へ」 section that only invites a call")


# ---------------------------------------------------------------------------------------------
# bv13 two lawyers' 縦書き 催告書 (mentions 分割のご相談); scanned.


def bv13():
    issued, due = D(2026, 6, 26), D(2026, 7, 10)
    acc, lastp = D(2026, 4, 20), D(2026, 1, 26)
    R = 18.0
    P, I = 428_000, 9_612
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kn = kanji_number
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、あやとりクレジット株式会社（以下「通知人」といいます。）から委任を受けた代理人として、"
                 "貴殿に対し、次のとおり催告いたします。"),
        ("body", f"貴殿は、通知人との金銭消費貸借契約に基づく約定返済を{kdate(lastp)}の返済を最後に怠り、"
                 f"{kdate(acc)}をもって期限の利益を喪失しております。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　金{kn(P)}円"),
        ("indent", f"二　未払利息　金{kn(I)}円"),
        ("indent", f"三　遅延損害金　金{kn(L)}円"),
        ("plain", "　　（令和八年四月二十一日から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　金{kn(T)}円"),
        ("indent", "振込先　たかちほ銀行本店営業部　普通預金　七二〇六一一二"),
        ("plain", "　　　　口座名義　弁護士蕎麦田圭吾預り金口"),
        ("body", "なお、一括でのお支払いが困難な事情がおありの場合は、右期限までに当職ら宛にご連絡ください。分割でのお支払い"
                 "についてご相談に応じます。期限までにお支払いもご連絡もない場合は、訴訟提起等の法的手続に移行いたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮崎県宮崎市流星町九丁目九番九号"),
        ("low", "蕎麦田・春原法律事務所"),
        ("low", "通知人代理人　弁護士　蕎麦田　圭吾"),
        ("low", "同　　　　　　弁護士　春原　あゆみ"),
        ("low", "電話　〇九八五（〇〇）六一一二"),
        ("low", "（当事務所整理番号　ＳＨ－２６１１２）"),
        ("blank", ""),
        ("low", "宮崎県日南市彗星台九丁目九番九号"),
        ("low", "西表　浩二　殿"),
    ]
    size = 10.3
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 65131))
    tr = truth(document_type="collection_notice", sender="蕎麦田・春原法律事務所", phone="0985-00-6112",
               creditor="あやとりクレジット株式会社", status="not_applicable", debtor="西表浩二", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SH-26112", input_kind="vertical_scan",
               template="proxy65_vertical_two_lawyers_demand_instalment_offer", received=D(2026, 6, 29))
    return dict(stem="bv13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (two lawyers, 縦書き 催告書 mentioning 分割)",
                unusual="縦書き 催告書 of two lawyers (「通知人代理人　弁護士」 and 「同　弁護士」), scanned, with the 内容証明 "
                        "stamp; positional kanji amounts WITHOUT a 万 split (金四十二万八千円 …); 喪失 「をもって」 and last "
                        "payment in the prose; a 預り金口 account in kanji digits (distractor); the 分割 paragraph only "
                        "invites a call; phone 〇九八五（〇〇）六一一二; reference in brackets in full-width ＳＨ－２６１１２")


# ---------------------------------------------------------------------------------------------
# 澄川 household: card → real servicer (ニッテレ), then 支払督促 and 仮執行宣言付支払督促 (名護簡裁).

SU_P, SU_I = 512_300, 14_880
SU_R = 14.6
SU_ACC, SU_LAST, SU_ASG = D(2025, 12, 5), D(2025, 9, 26), D(2026, 3, 31)
SU_L_ASG = late(SU_P, SU_R, SU_ACC + timedelta(1), SU_ASG)
SU_CASE = "令和８年（ロ）第１１８号"
SU_ORDER, SU_SERVED = D(2026, 5, 15), D(2026, 5, 18)
SU_LTO = D(2026, 4, 30)
SU_L_PO = late(SU_P, SU_R, SU_ACC + timedelta(1), SU_LTO)
SU_COST1, SU_COST2 = 3_896, 1_130


def bv14():
    issued = D(2026, 4, 3)
    T = SU_P + SU_I + SU_L_ASG
    p = Page(font="sans", size=10, top=16)
    p.at(192, 20, fe(issued), size=10, align="r")
    p.y = 26
    p.line("沖縄県名護市千鳥ケ丘九丁目９番９号", x=18, size=10)
    p.line("澄川　まどか　様", x=24, size=13.5)
    p.gap(8)
    p.title("債権譲渡通知書", size=16, spaced=True)
    p.para(f"譲渡人とんぼ玉クレジット株式会社（以下「譲渡人」）は、貴殿に対して有する下記債権を、{fe(SU_ASG)}付で譲受人"
           "ニッテレ債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第４６７条に基づき、譲渡人及び譲受人の"
           "連名にてご通知申し上げます。", size=9.8)
    p.para("今後のお支払い及びお問合せは、譲受人あてにお願いいたします。譲渡人との間でご相談中であった分割でのお支払いに"
           "つきましても、譲受人が引き継いでご相談に応じます。", size=9.8)
    p.line("記", align="c", size=10.5)
    items = [("①", "債権の表示", "カードショッピング・キャッシング利用代金債権（会員番号 ****-****-**19-4407）"),
             ("②", "期限の利益喪失日", fe(SU_ACC)), ("③", "最終ご入金日", fe(SU_LAST)),
             ("④", "譲受人管理番号", "NT-2603-51230")]
    for m, lab, v in items:
        p.line(f"{m}　{lab}", x=22, size=9.8, advance=0)
        p.line(v, x=70, size=9.8)
    p.gap(2)
    p.line(f"⑤　譲渡債権の額（{fe(SU_ASG)}現在）", x=22, size=9.8)
    p.table([["元金", "利息", f"遅延損害金（年{SU_R}%）", "合計"],
             [fw(f"{SU_P:,}円"), fw(f"{SU_I:,}円"), fw(f"{SU_L_ASG:,}円"), fw(f"{T:,}円")]],
            [40, 36, 50, 44], x=26, size=9.8, row_h=8, header=True)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 84, 44, 0.4))
    p.add(Box(108, y, 84, 44, 0.4))
    for x0, lines in ((20, ["（譲渡人）", "東京都豊島区瑞浪九丁目９番９号", "とんぼ玉クレジット株式会社",
                            "代表取締役　久喜　昌平", "TEL 03-0000-7719"]),
                      (110, ["（譲受人）", "東京都千代田区鷺宮九丁目９番９号", "ニッテレ債権回収株式会社",
                             "法務大臣許可番号 第7号", "代表取締役　鷹森　聡", "お問合せ 0120-000-712"])):
        for i, s in enumerate(lines):
            p.at(x0, y + 6 + i * 6.2, s, size=9.2 if i != 2 else 10.2, font="sans-bold" if i == 2 else "sans")
    p.seal(92, y + 24, 14, "round", "とんぼ玉クレジット|代表取締役印", seed=65141)
    p.seal(182, y + 30, 14, "round", "ニッテレ債権回収|代表取締役印", seed=65142)
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-712", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="とんぼ玉クレジット株式会社", debtor="澄川まどか", total=T, principal=SU_P, interest=SU_I,
               late_damages=SU_L_ASG, rate=SU_R, lump=False, issued=issued, acceleration=SU_ACC, last_payment=SU_LAST,
               assignment=SU_ASG, reference="NT-2603-51230", input_kind="scan_png",
               template="proxy65_joint_assignment_while_instalments_discussed", received=D(2026, 4, 7))
    return dict(stem="bv14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="assignment_notice (joint, card company → real servicer, during 分割 talks)",
                unusual="joint 債権譲渡通知書, scanned; full-width era dates; circled ①–⑤ items with the masked 会員番号 "
                        "(distractor) and the 譲受人管理番号 as ④; a 4-column table with FULL-WIDTH figures (１２…円); the "
                        "分割 talks handed over to the 譲受人 (only news); two framed notifier blocks side by side at the "
                        "bottom with round seals, the licence 「法務大臣許可番号 第7号」 inside the 譲受人 box (★ ニッテレ); "
                        "the 譲渡人's own TEL as a distractor; informs only (no payment date)")


def _po_lines(with_cost2: bool):
    T1 = SU_P + SU_I + SU_L_PO + SU_COST1
    rows = [["１", "元金", fw(f"{SU_P:,}")], ["２", "利息", fw(f"{SU_I:,}")],
            ["３", f"遅延損害金（{fe(SU_ACC + timedelta(1))}から{fe(SU_LTO)}まで年１４．６％）", fw(f"{SU_L_PO:,}")],
            ["４", "督促手続費用", fw(f"{SU_COST1:,}")]]
    total = T1
    if with_cost2:
        rows.append(["５", "仮執行宣言の手続費用", fw(f"{SU_COST2:,}")])
        total += SU_COST2
    rows.append(["", "合　計", fw(f"{total:,}")])
    return rows, total


def bv15():
    issued = SU_ORDER
    filed = D(2026, 5, 8)
    rows, T = _po_lines(False)
    p = Page(font="sans", size=10, top=14)
    p.at(192, 18, SU_CASE, size=10.5, align="r")
    p.y = 24
    p.title("支　払　督　促", size=17)
    y = grid(p, 15, p.y, [28, 153],
             [["債 権 者", "東京都千代田区鷺宮九丁目９番９号　ニッテレ債権回収株式会社"],
              ["", "代表者代表取締役　鷹森　聡"],
              ["送達場所", "〒900-0000 沖縄県那覇市桜木九丁目９番９号　同社那覇センター（電話 098-000-7120）"],
              ["債 務 者", "沖縄県名護市千鳥ケ丘九丁目９番９号　澄川　まどか"]], h=7, size=8.8)
    p.y = y + 4
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10.2)
    p.gap(2)
    p.line("請求の趣旨（単位：円）", size=10.5, font="sans-bold")
    p.table(rows, [10, 130, 35], x=18, size=9.3, row_h=7, aligns="clr")
    p.para(f"５　上記１の金額に対する{fe(SU_LTO + timedelta(1))}から支払済みまで年１４．６％の割合による遅延損害金",
           x0=18, size=9.3, indent="")
    p.gap(2)
    p.line("請求の原因", size=10.5, font="sans-bold")
    p.para(f"債務者は、とんぼ玉クレジット株式会社との間でカード会員契約を締結し、カードを利用したが、{fe(SU_LAST)}の入金を最後に"
           f"支払を怠り、{fe(SU_ACC)}期限の利益を喪失した。とんぼ玉クレジット株式会社は、{fe(SU_ASG)}、本件債権を債権者に譲渡し、"
           "その旨を債務者に通知した。債務者は令和８年４月に債権者に対し分割弁済を申し出たが、その後も入金がない。", size=9.4)
    p.gap(3)
    p.line(f"　　{fe(issued)}", size=10)
    p.line("名護簡易裁判所", x=110, size=10.5)
    p.line("裁判所書記官　　梶本　涼子", x=110, size=10.5)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.5, fill=(0.95, 0.95, 0.95)))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を",
                           "申し立てることができます。分割払いを希望する場合も、督促異議の申立書にその旨を書くことができます。",
                           "お問合せ　名護簡易裁判所民事係　電話 ０９８０－００－３１１８"]):
        p.at(19, y + 7 + i * 5.8, s, size=9)
    p.y = y + 30
    p.line(f"（申立日　{fe(filed)}）", size=8.5, x=15)
    tr = truth(document_type="payment_order", sender="名護簡易裁判所", phone="0980-00-3118",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="とんぼ玉クレジット株式会社",
               debtor="澄川まどか", total=T, principal=SU_P, interest=SU_I, late_damages=SU_L_PO, costs=SU_COST1,
               rate=SU_R, lump=True, issued=issued, acceleration=SU_ACC, last_payment=SU_LAST, assignment=SU_ASG,
               reference=SU_CASE, input_kind="scan_png", template="proxy65_payment_order_nago_after_instalment_request",
               received=SU_SERVED)
    return dict(stem="bv15", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order (簡裁, real servicer creditor)",
                unusual="名護簡裁 支払督促 on one scanned page: the full-width case number top-right; the parties as a "
                        "2-column grid (債権者 ★ ニッテレ without a licence number, its 送達場所 with a 098 phone as a "
                        "distractor); 請求の趣旨 as a 3-column table with a （単位：円） heading and full-width figures, the "
                        "confirmed 遅延損害金 with its window as row ３ and the running item ５ below; 請求の原因 tells the "
                        "debtor's 分割 request; a grey (注意) box with the court's phone; 申立日 at the foot")


def bv16():
    issued = D(2026, 6, 10)
    filed = D(2026, 6, 4)
    rows, T = _po_lines(True)
    p = Page(font="serif", size=10, top=16)
    p.at(192, 20, SU_CASE, size=10.5, align="r")
    p.y = 28
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.para(f"債権者ニッテレ債権回収株式会社、債務者澄川まどか間の{SU_CASE}支払督促事件について、{fe(SU_ORDER)}付支払督促は"
           f"{fe(SU_SERVED)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、"
           "次のとおり仮執行の宣言をする。", size=9.8)
    p.gap(1)
    p.line("主　　文", align="c", size=11, font="serif-bold")
    p.para("支払督促に記載された請求について、仮執行の宣言をする。", size=10)
    p.gap(2)
    p.line("請求の趣旨及び原因　　別紙支払督促記載のとおり（ただし、仮執行宣言の手続費用を加える。）", size=9.6)
    p.gap(1)
    p.line("当事者及び請求の表示", size=10.3, font="serif-bold")
    p.kv([("債権者", "ニッテレ債権回収株式会社（送達場所 那覇市桜木九丁目９番９号、電話 098-000-7120）"),
          ("債務者", "澄川　まどか（沖縄県名護市千鳥ケ丘九丁目９番９号）")], x=22, label_w=22, size=9.3)
    p.table([["", "請求の表示", "金額（円）"]] + rows, [10, 130, 35], x=18, size=9.2, row_h=6.8, aligns="clr",
            header=True, font="serif")
    p.para(f"６　上記１の金額に対する{fe(SU_LTO + timedelta(1))}から支払済みまで年１４．６％の割合による遅延損害金",
           x0=18, size=9.2, indent="")
    p.gap(2)
    p.para(f"（請求の原因の要旨）とんぼ玉クレジット株式会社のカード利用代金債権。{fe(SU_LAST)}最終入金、{fe(SU_ACC)}期限の利益喪失、"
           f"{fe(SU_ASG)}債権者へ譲渡。", size=9.2, indent="")
    p.gap(3)
    p.line(f"　　{fe(issued)}", size=10)
    p.line("名護簡易裁判所", x=110, size=10.5)
    p.line("裁判所書記官　　梶本　涼子", x=110, size=10.5)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 19, 0.6))
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てる"
                           "ことができます。", "ただし、異議を申し立てても強制執行は当然には停止されません。",
                           "名護簡易裁判所民事係　電話 ０９８０－００－３１１８"]):
        p.at(19, y + 6 + i * 5, s, size=8.6)
    p.y = y + 24
    p.line(f"（仮執行宣言申立日　{fe(filed)}）", size=8.5, x=15)
    tr = truth(document_type="payment_order_enforceable", sender="名護簡易裁判所", phone="0980-00-3118",
               creditor="ニッテレ債権回収株式会社", status="licensed", original="とんぼ玉クレジット株式会社",
               debtor="澄川まどか", total=T, principal=SU_P, interest=SU_I, late_damages=SU_L_PO,
               costs=SU_COST1 + SU_COST2, rate=SU_R, lump=True, issued=issued, acceleration=SU_ACC,
               last_payment=SU_LAST, assignment=SU_ASG, reference=SU_CASE, input_kind="pdf_scan",
               template="proxy65_enforceable_nago_two_cost_rows", received=D(2026, 6, 12))
    return dict(stem="bv16", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.8,
                about="payment_order_enforceable (same case as bv15)",
                unusual="the 仮執行宣言付支払督促 of bv15's case, serif, as a one-page image PDF: the 支払督促 date 5/15 and "
                        "its 送達 5/18 in the first sentence; 当事者 as kv lines (the 送達場所 phone a distractor); the "
                        "請求の表示 table with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → "
                        "costs = sum) above 合計; the running item ６; the 請求の原因の要旨 in brackets; the 申立日 at the "
                        "foot")


LETTERS = [bv09, bv10, bv11, bv12, bv13, bv14, bv15, bv16]
