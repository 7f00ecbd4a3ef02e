"""Proxy set 96, letters da09–da16: "phone photos and faxes of ordinary letters, ninth round". A 青森簡裁
仮執行宣言付支払督促 on one page as HEIC (da09), a 信用金庫's business-loan 督促 by fax (da10), a joint 債権譲渡通知
held in a hand (da11), a 水戸簡裁 呼出状 + 訴状 as a digital PDF (da12), a real servicer's 受託通知 by fax (da13), a
real servicer's 一括請求 after the 競売 photographed sideways (da14), a consumer lender's 分割弁済のご案内 photographed
(da15) and an invented servicer's 最終通告 of a 求償債権, scanned to a 2-page image PDF (da16)."""

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
    late,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(days=1)
SKY = (0.05, 0.35, 0.62)
OLIVE = (0.30, 0.38, 0.08)
INDIGO = (0.18, 0.16, 0.45)


def weekday_ok(*ds: D) -> None:
    for d in ds:
        assert d.weekday() < 5, d


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def dot(d: D) -> str:
    return f"{d.year}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# da09 青森簡易裁判所 仮執行宣言付支払督促 on one page (real servicer creditor), HEIC on a desk with glare.


def da09():
    R = 14.6
    order, served, issued, filed = D(2026, 1, 19), D(2026, 1, 22), D(2026, 2, 17), D(2026, 1, 8)
    asg, acc, lastp = D(2025, 11, 28), D(2025, 9, 15), D(2025, 6, 27)
    P = 356_820
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_400, 1_100
    T = P + L + C1 + C2
    p = Page(font="serif", size=10, top=14, left=18, right=18)
    p.add(Box(18, 12, 62, 8, 0.4))
    p.at(49, 17.6, "令和８年（ロ）第４１号", size=10, align="c")
    p.y = 22
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.line("当事者の表示", size=9.5, font="serif-bold", x=20)
    p.table([["債権者", "〒100-0000 東京都豊島区桔梗通九丁目9番9号\u3000セゾン債権回収株式会社"],
             ["", "代表者代表取締役　椛島　研一　　（送達場所）同所　電話 03-0000-3434"],
             ["債務者", "〒030-0000 青森県青森市琴ノ浦九丁目9番9号\u3000箕作　由紀"]],
            [22, 152], x=18, size=9.2, row_h=7.2, aligns="ll", ruled="rows")
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10)
    p.para(f"上記支払督促は、{fw(era(order))}発付され、{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。", size=10)
    p.line("請求の趣旨", size=9.8, font="serif-bold", x=20)
    p.table([["項　目", "金額（円）"], ["譲受債権元金", f"{P:,}"],
             ["遅延損害金（令和７年９月１６日から令和８年１月８日まで年１４．６％）", f"{L:,}"],
             ["督促手続費用", f"{C1:,}"], ["仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [132, 42], x=18, header=True, aligns="lr", size=9.2, row_h=7)
    p.para("なお、上記元金に対する令和８年１月９日から完済まで年１４．６％の割合による遅延損害金を支払え。", x0=20, x1=192,
           size=8.8, indent="")
    p.line("請求の原因", size=9.8, font="serif-bold", x=20)
    for s in ("１　株式会社ともしびクレジット（以下「原債権者」）は、債務者との間で、令和３年５月１０日、カード利用契約を締結し、"
              "債務者は同契約に基づき金銭の借入れ及び立替払を受けた（遅延損害金年１４．６％）。",
              f"２　債務者は{fw(era(lastp))}の支払を最後に支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{fw(era(asg))}、上記債権を債権者に譲渡し、その旨を債務者に通知した。"):
        p.para(s, x0=20, x1=192, size=8.8, indent="")
    p.gap(2)
    p.add(Box(18, p.y, 174, 27, 0.6))
    y = p.y
    p.at(22, y + 6.5, "上記支払督促に基づき、仮執行の宣言をする。", size=10.5, font="serif-bold")
    p.at(22, y + 13, f"{fw(era(issued))}", size=10.5)
    p.at(40, y + 20, "青森簡易裁判所　裁判所書記官　合田原　聡", size=10.5)
    p.seal(170, y + 16, 12, "square", "青森簡易裁判所書記官印", angle=0, seed=9691)
    p.y = y + 30
    p.para("（注）この書面を受け取った日から２週間以内に督促異議の申立てをすることができますが、強制執行の停止には別途"
           "申立てが必要です。問合せ先　青森簡易裁判所民事係　電話 017-000-4127", x0=20, x1=192, size=8.5, indent="")
    p.line(f"（支払督促申立日　{fw(era(filed))}）", x=20, size=8.3)
    tr = truth(document_type="payment_order_enforceable", sender="青森簡易裁判所", phone="017-000-4127",
               creditor="セゾン債権回収株式会社", status="licensed", original="株式会社ともしびクレジット",
               debtor="箕作由紀", total=T, principal=P, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference="令和8年(ロ)第41号",
               input_kind="photo_heic", template="proxy96_enforceable_aomori_one_page_heic",
               received=D(2026, 2, 20))
    return dict(stem="da09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.03, tilt=1.4, creases=2, glare=26.0, shadow=0.22,
                          shadow_side="bottom", fill=0.86),
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="iPhone HEIC on a pale desk with creases, a lamp glare and a phone shadow across the bottom; the "
                        "whole 仮執行宣言付支払督促 of 青森簡裁 on ONE page: full-width case number in a box top-LEFT; the "
                        "parties as a rows-ruled table (creditor ★ セゾン債権回収 with its 送達場所 phone as a distractor; no "
                        "licence: court paper); the order date 1/19 and its 送達 1/22 in one sentence; 請求の趣旨 as a "
                        "header table 項目 / 金額（円） with TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum); "
                        "no interest (null); the running damages as a 「なお…」 line; the 仮執行宣言 in a framed box at the "
                        "foot with its own date (= issued); 申立日 in brackets")


# ---------------------------------------------------------------------------------------------
# da10 信用金庫 督促 of one missed business-loan instalment, one-page fax, full-width era dates.


def da10():
    R = 14.0
    issued, due = D(2025, 7, 23), D(2025, 7, 31)
    inst, lastp = D(2025, 6, 30), D(2025, 5, 30)
    weekday_ok(issued, due, inst, lastp)
    P, I = 83_000, 11_214
    L = late(P + I, R, inst + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, "つつじヶ丘信用金庫", size=15, font="sans-bold", color=OLIVE)
    p.at(20, 25.5, "融資部　融資管理課", size=9)
    p.at(190, 20, fw(era(issued)), size=10.5, align="r")
    p.at(190, 26, "管理番号　TK-5521", size=10, align="r")
    p.y = 33
    p.line("越智田商店", size=11)
    p.line("代表　越智田　浩　様", size=13)
    p.gap(5)
    p.title("ご返済についてのお願い", size=15)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、当金庫からご融資しております事業資金につきまして、{fw(era(inst))}にご返済予定の約定返済金のご入金が"
           "確認できておりません。ご多忙のところ恐縮ですが、下記金額を下記期日までにご返済口座へご入金くださいますよう"
           "お願い申し上げます。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["ご融資番号", "082-0114-6", "当初ご融資額", "5,000,000円"],
             ["ご返済方法", "毎月末日　元金均等", "前回ご入金日", fw(era(lastp))]],
            [28, 57, 30, 55], x=20, size=9.5, row_h=8, aligns="llll", shade_col0=True)
    p.gap(3)
    p.table([["ご返済元金", f"{P:,}円"], ["ご返済利息", f"{I:,}円"],
             [f"遅延損害金（年14.0％、{fw('7月1日')}から{fw('7月23日')}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [120, 50], x=20, size=10.5, row_h=9, aligns="lr")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 1.0))
    p.at(25, y + 8.2, f"ご入金期日　　{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("ご返済口座　当金庫 鶴見ヶ丘支店 当座預金 0114062", size=10, indent="")
    p.para("なお、ご事情によりご返済が難しい場合は、お早めに担当者までご相談ください。ご返済条件のご相談も承っております。",
           size=10)
    p.para("本状と行き違いにご入金済みの節は、悪しからずご容赦ください。", size=10)
    p.gap(6)
    for s, sz in (("つつじヶ丘信用金庫　融資部　融資管理課", 10.5), ("〒243-0000 神奈川県厚木市若楓九丁目9番9号", 9.5),
                  ("電話 046-000-5521　ＦＡＸ 046-000-5529", 10), ("担当　巌城", 10)):
        p.line(s, x=98, size=sz)
    tr = truth(document_type="collection_notice", sender="つつじヶ丘信用金庫", phone="046-000-5521",
               creditor="つつじヶ丘信用金庫", status="not_applicable", debtor="越智田浩", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="TK-5521", input_kind="fax_tiff",
               template="proxy96_shinkin_business_loan_reminder_fax", received=issued)
    return dict(stem="da10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="25/07/23 09:41 TSUTSUJIGAOKA SHINKIN 046 000 5529",
                about="collection_notice (信用金庫 督促, one missed business-loan instalment, one-page fax)",
                unusual="one-page G4 fax to a shop (addressee 「越智田商店 / 代表 越智田 浩 様」), header line with a 2-digit "
                        "year 25/07/23; full-width era dates; a shaded-label 2×2 table (ご融資番号, 当初ご融資額 5,000,000, "
                        "ご返済方法, 前回ご入金日 → last_payment) as distractors; a 4-row table ご返済元金 / ご返済利息 / "
                        "遅延損害金 (on the instalment, window in full-width) / 合計; arrears only (lump false, no 喪失); "
                        "the framed ご入金期日; the 当座預金 account and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# da11 joint 債権譲渡通知 (consumer lender → real servicer アウロラ), photo held in the left hand on wood.


def da11():
    R = 18.0
    issued, asg = D(2025, 12, 1), D(2025, 11, 25)
    acc, lastp = D(2025, 8, 18), D(2025, 5, 26)
    P, I = 528_770, 9_842
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, wdate(issued), size=10.5, align="r")
    p.y = 24
    p.line("〒930-0000　富山県富山市風車町九丁目9番9号", size=10)
    p.line("丹路　和也　様", size=13.5)
    p.gap(6)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para(f"拝啓　時下ますますご清栄のこととお慶び申し上げます。さて、譲渡人株式会社ほたるぎファイナンスは、貴殿に対して有する"
           f"下記債権を、{wdate(asg)}付で譲受人アウロラ債権回収株式会社に譲渡いたしましたので、民法第467条に基づき、譲渡人"
           "及び譲受人連名にてご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。なお、譲渡人宛てにお振込み"
           "いただいても弁済とはなりませんので、ご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("債務者", "丹路　和也"), ("原契約", "令和2年10月6日付 金銭消費貸借契約（極度額 700,000円）"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("譲渡日", wdate(asg))],
         x=28, label_w=40, size=10)
    p.gap(2)
    p.line(f"譲渡債権の額（{wdate(asg)}現在）", x=28, size=10, font="serif-bold")
    p.table([["貸付元金", "利息", "遅延損害金（年18％）", "譲渡債権合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 34, 48, 42], x=28, header=True, aligns="rrrr", size=9.8, row_h=8.5)
    p.line("※遅延損害金は、貸付元金に対し期限の利益喪失日の翌日から譲渡日まで日割計算したものです。", x=28, size=8.5)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    p.add(Line(20, y, 190, y, 0.3))
    p.at(24, y + 6, "（譲渡人）", size=9)
    for i, s in enumerate(["富山県富山市八千草九丁目9番9号", "株式会社ほたるぎファイナンス", "代表取締役　荻久保　恒夫",
                           "電話 076-000-8810"]):
        p.at(24, y + 12 + i * 5.5, s, size=9.8 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    p.seal(92, y + 20, 13, "round", "ほたるぎファイナンス|代表取締役", seed=9611)
    p.at(108, y + 6, "（譲受人）", size=9)
    for i, s in enumerate(["東京都港区羽衣通九丁目9番9号", "アウロラ債権回収株式会社", "法務大臣許可番号　第76号",
                           "代表取締役　雨谷　信吾", "お問合せ 03-0000-7606（平日9時～18時）"]):
        p.at(108, y + 12 + i * 5.5, s, size=9.8 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    p.seal(182, y + 22, 13, "round", "アウロラ債権回収|代表取締役", seed=9612)
    p.y = y + 44
    p.add(Box(20, p.y, 170, 9, 0.3, GRAY))
    p.at(24, p.y + 6, "譲受人お客様番号　AU-2511-60318　（お問い合わせの際にお申し出ください）", size=9.5)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7606", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社ほたるぎファイナンス", debtor="丹路和也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AU-2511-60318", input_kind="photo_jpeg",
               template="proxy96_joint_assignment_lender_to_real_servicer_hand", received=D(2025, 12, 3))
    return dict(stem="da11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.85, warm=0.3, shadow=0.2,
                          shadow_side="right", hand="left", hand_at=0.35),
                about="assignment_notice (joint, consumer lender → real servicer)",
                unusual="phone photo on wood held by a THUMB on the left margin, tri-fold creases, a hand shadow on the "
                        "right; serif joint 債権譲渡通知書 (拝啓 … 敬具) with western 年月日 dates; a kv 記 block (原契約 "
                        "令和2年 with 極度額 700,000, 最終ご入金日, 喪失日, 譲渡日); a 4-column header table 貸付元金 / 利息 / "
                        "遅延損害金（年18％） / 譲渡債権合計; the two notifier blocks SIDE BY SIDE at the foot with round seals "
                        "(real servicer ★ アウロラ債権回収 with 「法務大臣許可番号　第76号」); the 譲受人's お客様番号 in a box "
                        "at the very bottom; the 譲渡人's own phone as a distractor; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# da12 水戸簡易裁判所 (ハ) 呼出状 (p.1) + 訴状 (p.2), card company plaintiff, digital.


def da12():
    R = 14.6
    issued, filed = D(2026, 5, 18), D(2026, 4, 27)
    hearing, answer = D(2026, 6, 24), D(2026, 6, 17)
    acc, lastp = D(2025, 12, 25), D(2025, 9, 27)
    weekday_ok(issued, filed, hearing, answer)
    P, I = 694_305, 27_760
    L = late(P, R, acc + ONE, D(2026, 4, 20))
    T = P + I + L
    case = "令和８年（ハ）第５０８号"
    p = Page(font="serif", size=11, top=18)
    p.at(190, 22, f"事件番号　{case}", size=10.5, align="r")
    p.at(190, 28, "貸金等請求事件", size=10.5, align="r")
    p.y = 34
    p.line("原　告　株式会社ハーヴェストカード", size=10.5, x=24)
    p.line("被　告　蔵品　典子", size=10.5, x=24)
    p.gap(4)
    p.line("蔵品　典子　殿", size=13, x=24)
    p.gap(4)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    p.add(Box(24, y, 162, 33, 0.5))
    for i, (lab, val) in enumerate((("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時００分"),
                                    ("場　所", "水戸簡易裁判所　第２民事法廷（２階）"),
                                    ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        yy = y + i * 11
        if i:
            p.add(Line(24, yy, 186, yy, 0.3))
        p.add(Box(24, yy, 38, 11, color=None, fill=SHADE))
        p.at(27, yy + 7.4, lab, size=10)
        p.at(66, yy + 7.4, val, size=11)
    p.add(Line(62, y, 62, y + 33, 0.3))
    p.y = y + 38
    for s in ("１　答弁書を提出しないまま期日に欠席すると、原告の言い分を認めたものとして、原告勝訴の判決がされることがあります。",
              "２　分割払い等の話合い（和解）を希望される場合は、答弁書にその旨を記載してください。",
              "３　出頭の際は、この呼出状と認印をお持ちください。"):
        p.para(s, x0=24, x1=186, size=10, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　水戸簡易裁判所民事係", size=11)
    p.line("　　　　裁判所書記官　軽部谷　真由美", size=11)
    p.seal(160, p.y - 6, 14, "square", "水戸簡易裁判所書記官印", angle=0, seed=9612)
    p.gap(6)
    p.line("〒310-0000　茨城県水戸市梓川東九丁目9番9号　水戸簡易裁判所民事係", size=9.5, x=24)
    p.line("電話 029-000-2241（内線 315）　ＦＡＸ 029-000-2249", size=9.5, x=24)
    # page 2: 訴状
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=17, font="serif-bold")
    q.at(190, 30, fw(era(filed)), size=10.5, align="r")
    q.y = 32
    q.line("水戸簡易裁判所　御中", size=11)
    q.gap(2)
    q.kv([("原　告", "株式会社ハーヴェストカード（代表者代表取締役　粂井　昭彦）"),
          ("", "〒105-0000 東京都港区白百合町九丁目9番9号"),
          ("", "（送達場所・担当）債権管理部　嶌村　電話 03-0000-6808"),
          ("被　告", "蔵品　典子"), ("", "〒311-0000 茨城県ひたちなか市つくし野南九丁目9番9号")], x=24, label_w=20, size=9.8)
    q.gap(3)
    q.line("貸金等請求事件", size=11, font="serif-bold", x=24)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金8,000円　　予納郵券　金6,000円", size=9.8, x=24)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=24)
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和８年４月２１日から支払済みまで年１４．６％の割合に"
           "よる金員を支払え。", x0=28, x1=186, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=28, x1=186, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=28, x1=186, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold", x=24)
    for s in ("１　原告は、被告との間で、平成３０年８月１日、クレジットカード会員契約を締結し（利用限度額 金800,000円）、被告は"
              "同契約に基づきショッピング及びキャッシングを利用した。",
              f"２　被告は、{fw(era(lastp))}の支払を最後にその後の支払を怠ったため、会員規約により{fw(era(acc))}の経過をもって"
              "期限の利益を喪失した。",
              "３　令和８年４月２０日現在の未払金は、下表のとおりである。"):
        q.para(s, x0=28, x1=186, size=10, indent="")
    q.gap(1)
    q.table([["残元金", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
             ["遅延損害金（令和７年１２月２６日から令和８年４月２０日まで年１４．６％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [124, 38], x=28, size=9.6, row_h=8, aligns="lr")
    q.gap(2)
    q.para("４　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=28, x1=186, size=10, indent="")
    q.gap(3)
    q.line("証拠方法　甲第１号証（会員規約）　甲第２号証（利用明細書）", size=9.8, x=24)
    tr = truth(document_type="lawsuit", sender="水戸簡易裁判所", phone="029-000-2241",
               creditor="株式会社ハーヴェストカード", status="not_applicable", debtor="蔵品典子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               hearing=hearing, reference="令和8年(ハ)第508号", input_kind="pdf_text_2page",
               template="proxy96_summons_mito_shaded_box_complaint_page2", received=D(2026, 5, 20))
    return dict(stem="da12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, card company plaintiff, 2 pages)",
                unusual="digital 2-page PDF: p.1 第１回口頭弁論期日呼出状及び答弁書催告状 of 水戸簡裁 with the case number and "
                        "事件名 top-right, 期日 / 場所 / 答弁書提出期限 in a box with shaded labels (full-width era dates with "
                        "weekday); the court phone with 内線 and a FAX at the foot; p.2 訴状 dated 4/27 (≠ 呼出状 5/18) with "
                        "訴訟物の価額 (= total), 貼用印紙額 8,000 and 予納郵券 6,000 (not costs); 請求の趣旨 「金…及びうち金…」; "
                        "a 4-row 内訳 table 残元金 / 未払利息 / 遅延損害金 / 合計 as of 4/20; 利用限度額 800,000 and the "
                        "plaintiff's 担当 phone as distractors")


# ---------------------------------------------------------------------------------------------
# da13 real servicer (エー・シー・エス債権管理回収) 受託通知 with a demand, one-page fax.


def da13():
    R = 20.0
    issued, due = D(2026, 10, 6), D(2026, 10, 20)
    entr, acc, lastp = D(2026, 9, 15), D(2026, 6, 30), D(2026, 3, 31)
    weekday_ok(issued, due)
    P, I = 318_600, 6_915
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 19, "エー・シー・エス債権管理回収株式会社", size=12.5, font="sans-bold")
    p.at(20, 24, "（法務大臣許可番号　第27号）", size=8.5)
    p.at(190, 19, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(190, 24, "お客様番号　ACS-260915-2207", size=9.5, align="r")
    p.y = 30
    p.add(Line(20, p.y, 190, p.y, 0.8))
    p.y = 34
    p.line("大分県別府市鶴見ヶ丘九丁目9番9号", size=10)
    p.line("金古　修　様", size=13)
    p.gap(3)
    p.title("債権回収業務受託のご通知及びお支払いのお願い", size=13.5)
    p.para(f"当社は、債権管理回収業に関する特別措置法に基づく債権回収会社です。このたび当社は、株式会社かんなぎローン（以下"
           f"「委託元」）から、{era(entr)}付で、貴殿に対する下記債権の管理及び回収業務の委託を受けました。", size=9.6)
    p.para("債権者は引き続き委託元であり、債権が当社に譲渡されたものではございません。今後のお支払い及びご相談は、当社宛てに"
           "お願いいたします。", size=9.6)
    p.para("つきましては、下記ご請求金額を下記期日までに一括してお支払いくださいますようお願い申し上げます。", size=9.6)
    p.gap(1)
    p.kv([("委託元（債権者）", "株式会社かんなぎローン"), ("ご契約番号", "KNG-0331-58820"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc))], x=26, label_w=42, sep="：", size=9.8)
    p.gap(2)
    p.table([["貸付残元金", "利息", "遅延損害金", "ご請求金額"], [f"¥{P:,}", f"¥{I:,}", f"¥{L:,}", f"¥{T:,}"]],
            [40, 38, 42, 50], x=20, header=True, aligns="rrrr", size=10.5, row_h=9)
    p.line(f"※遅延損害金：貸付残元金に対し{era(acc + ONE)}から{era(issued)}まで年20.0％で計算。", x=20, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 82, 18, 1.0))
    p.at(24, y + 6, "お支払期日", size=9, font="sans-bold")
    p.at(61, y + 14, f"{era(due)}（{wd(due)}）", size=11.5, font="sans-bold", align="c")
    p.add(Box(108, y, 82, 18, 0.4))
    p.at(112, y + 6, "お振込先", size=9, font="sans-bold")
    p.at(112, y + 11, "みずかけ銀行 大手町支店", size=9)
    p.at(112, y + 15.5, "普通 6022207 エーシーエス（カ", size=9)
    p.y = y + 23
    for s in ("・お振込みの際は、ご依頼人名の前にお客様番号の数字（260915-2207）をご入力ください。",
              "・本状は委託元の依頼に基づくものです。委託元への直接のお支払いはご遠慮ください。",
              "・お支払いが困難な場合は、期日までに必ずご連絡ください。ご返済方法のご相談に応じます。"):
        p.para(s, x0=20, x1=190, size=8.8, indent="")
    p.gap(4)
    p.add(Box(20, p.y, 170, 20, 0.3, None, SHADE))
    yy = p.y
    p.at(24, yy + 6, "エー・シー・エス債権管理回収株式会社　福岡オペレーションセンター", size=9.5, font="sans-bold")
    p.at(24, yy + 11.5, "〒812-0000 福岡県福岡市博多区白百合町八丁目8番8号", size=8.5)
    p.at(24, yy + 16.5, "フリーダイヤル 0120-000-727　ＦＡＸ 092-000-7279　担当 穐山", size=9.5)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-727", creditor="株式会社かんなぎローン", status="licensed",
               original="株式会社かんなぎローン", debtor="金古修", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="ACS-260915-2207", input_kind="fax_tiff",
               template="proxy96_real_servicer_entrustment_demand_fax", received=issued)
    return dict(stem="da13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/10/06 11:02 ACS FUKUOKA OC 092-000-7279",
                about="assignment_notice (real servicer 受託通知 with a demand, one-page fax)",
                unusual="one-page G4 fax; real servicer ★ エー・シー・エス債権管理回収 with the licence in brackets "
                        "「（法務大臣許可番号　第27号）」 under the name; collecting ON COMMISSION (creditor = original = the "
                        "委託元 かんなぎローン, 「債権が当社に譲渡されたものではございません」; the 受託日 is not an assignment); "
                        "kv lines with 「：」 (委託元（債権者）, ご契約番号 = a contract number, 最終ご入金日, 喪失日); a header "
                        "table with ¥ amounts 貸付残元金 / 利息 / 遅延損害金 / ご請求金額; お支払期日 and お振込先 boxes side "
                        "by side; the digits of the お客様番号 repeated for the transfer; free-dial and FAX in a shaded box")


# ---------------------------------------------------------------------------------------------
# da14 real servicer (あおぞら債権回収) 一括請求 of what is left after the 競売 配当, photographed sideways (EXIF 8).


def da14():
    R = 14.0
    issued, due = D(2026, 3, 9), D(2026, 3, 31)
    div_day = D(2026, 2, 18)
    asg, acc, lastp = D(2025, 3, 31), D(2024, 10, 15), D(2024, 6, 28)
    weekday_ok(issued, due)
    P = 6_318_442
    L = late(P, R, div_day + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=SKY))
    p.at(20, 6.3, "あおぞら債権回収株式会社", size=10.5, font="sans-bold", color=WHITE)
    p.at(190, 6.3, "ご管理番号　AZ-1503-2218", size=9, color=WHITE, align="r")
    p.at(190, 16, era(issued), size=10, align="r")
    p.y = 16
    p.line("〒770-0000", size=10)
    p.line("徳島県徳島市桔梗通九丁目9番9号", size=10)
    p.line("坂之下　隆　様", size=13.5)
    p.gap(3)
    p.title("競売手続終了後の残債務一括ご請求のご案内", size=14, color=SKY)
    p.para(f"貴殿が株式会社あじさい台銀行からお借入れの住宅ローン債権は、{era(asg)}付で当社が同行より譲り受け、担保不動産競売"
           "（徳島地方裁判所 令和6年(ケ)第88号）を申し立てておりましたところ、"
           f"{era(div_day)}の配当期日において下記のとおり配当金を受領し、当社債権に充当いたしました。", size=9.6)
    p.para("しかしながら、配当金充当後もなお下記の残債務がございますので、本書をもって残債務全額を一括してお支払いくださいます"
           "ようご請求申し上げます。", size=9.6)
    p.gap(1)
    p.line("■ 配当金の充当状況（ご参考）", size=10, font="sans-bold", x=20)
    DIV, L0 = 14_260_000, 4_319_818
    P0 = P + DIV - L0
    p.table([["", "充当前", "配当充当額", "充当後"],
             ["遅延損害金", f"{L0:,}", f"△{L0:,}", "0"],
             ["元本", f"{P0:,}", f"△{DIV - L0:,}", f"{P:,}"],
             ["計", f"{P0 + L0:,}", f"△{DIV:,}", f"{P:,}"]],
            [36, 44, 46, 44], x=20, header=True, aligns="lrrr", size=9.3, row_h=7.5)
    p.line("※配当金は、遅延損害金、元本の順に充当しております（単位：円）。", x=20, size=8.3)
    p.gap(3)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", x=20)
    x0, x1 = 26, 160
    for lab, val, bold in (("配当後残元本", f"{P:,}円", False),
                           (f"遅延損害金（{era(div_day + ONE)}から{era(issued)}まで　年14.0％）", f"{L:,}円", False),
                           ("一括ご請求額", f"{T:,}円", True)):
        b = p.line(lab, x=x0, size=10.5 if bold else 9.8, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=12 if bold else 9.8, align="r", font="sans-bold" if bold else "sans")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.15, GRAY))
    p.gap(3)
    y = p.y
    p.add(Box(26, y, 134, 11, 0.9, SKY))
    p.at(30, y + 7.6, f"お支払期限　{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=SKY)
    p.y = y + 15
    p.para(f"（ご参考）期限の利益喪失日 {era(acc)}／最終ご返済日 {era(lastp)}／当初お借入れ 平成24年 金28,000,000円", size=8.6,
           x0=20, x1=190, indent="")
    p.para("お支払いが困難な場合は、ご返済計画のご相談を承ります。期限までにご連絡がない場合は、給与債権の差押え等の"
           "法的手続を検討いたします。", size=9.2, x0=20, x1=190)
    p.gap(4)
    for s, sz in (("あおぞら債権回収株式会社　大阪業務部", 10), ("〒541-0000 大阪府大阪市中央区八千草九丁目9番9号", 8.5),
                  ("TEL 06-0000-2218　担当　吉良原", 9.5)):
        p.line(s, x=100, size=sz, font="sans-bold" if "株式会社" in s else None)
    p.seal(186, p.y - 10, 12, "square", "あおぞら債権回収之印", angle=4, seed=9614)
    tr = truth(document_type="collection_notice", sender="あおぞら債権回収株式会社", phone="06-0000-2218",
               creditor="あおぞら債権回収株式会社", status="licensed", original="株式会社あじさい台銀行",
               debtor="坂之下隆", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="AZ-1503-2218",
               input_kind="photo_exif_rotated", template="proxy96_real_servicer_rest_after_dividend_rotated",
               received=D(2026, 3, 11))
    return dict(stem="da14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.0, creases=2, shadow=0.3, shadow_side="right", fill=0.85,
                          warm=0.2, glare=18.0),
                about="collection_notice (real servicer 一括請求 after the 競売 配当)",
                unusual="phone photo on a dark cloth, a hand shadow on the right and a lamp glare, stored sideways with EXIF "
                        "orientation 8; real servicer ★ あおぞら債権回収 that prints NO licence number (name only in a sky-"
                        "blue top band, ご管理番号 in white beside it); a (ご参考) 充当 table 充当前 / 配当充当額 (△) / 充当後 "
                        "(遅延損害金 first, then 元本, and a 計 row with the 配当金 14,260,000) whose figures are distractors; the claim "
                        "as hairline rows 配当後残元本 / 遅延損害金（window） / 一括ご請求額 (no interest); the auction case "
                        "number (ケ) and the 配当期日 in the prose; 喪失日 / 最終ご返済日 / 平成24年 28,000,000 in one "
                        "(ご参考) line")


# ---------------------------------------------------------------------------------------------
# da15 consumer lender 分割弁済のご案内 (settlement proposal), photographed on a desk, thumb at the bottom.


def da15():
    R = 18.0
    issued, reply = D(2025, 6, 16), D(2025, 6, 30)
    acc, lastp = D(2025, 3, 4), D(2024, 12, 2)
    weekday_ok(issued, reply)
    P, I = 402_100, 11_563
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n = 24
    plan = P + I
    inst = -(-plan // n)
    last_inst = plan - inst * (n - 1)
    assert 0 < last_inst <= inst
    p = Page(font="sans", size=10, top=14)
    p.add(Box(20, 12, 7, 7, color=None, fill=OLIVE))
    p.at(30, 18, "うぐいすローン", size=14, font="sans-bold", color=OLIVE)
    p.at(190, 16, f"{era(issued)}", size=10, align="r")
    p.at(190, 21.5, "お客様No.　UG-0616-3390", size=10, align="r")
    p.y = 28
    p.line("〒420-0000　静岡県静岡市葵区羽衣通九丁目9番9号", size=9.5)
    p.line("小柴垣　恵　様", size=13)
    p.gap(4)
    p.title("ご返済計画（分割弁済）のご案内", size=15, color=OLIVE)
    p.para("平素より弊社をご利用いただきありがとうございます。", size=9.6)
    p.para(f"お客様のご契約は、{era(acc)}に期限の利益を喪失し、現在下記のご債務が残っております。先日ご相談いただいた内容を"
           "ふまえ、遅延損害金を免除したうえでの分割でのお支払いを、下記のとおりご案内いたします。", size=9.6)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10.5, font="sans-bold", x=20)
    grid(p, 24, p.y + 1, [50, 40, 50, 30], [["元金", f"{P:,}円", "利息", f"{I:,}円"],
                                            ["遅延損害金（年18％）", f"{L:,}円", "ご債務合計", f"{T:,}円"]],
         h=8, size=9.8, bold={(1, 3)})
    p.y += 19
    p.line(f"（最終ご入金日　{era(lastp)}）", x=24, size=8.8)
    p.gap(2)
    p.line("２．ご提案（遅延損害金免除）", size=10.5, font="sans-bold", x=20)
    p.table([["分割対象額（元金＋利息）", f"{plan:,}円"], ["お支払回数", f"{n}回（毎月末日）"],
             ["毎月のお支払額", f"{inst:,}円（最終回のみ {last_inst:,}円）"], ["第1回お支払日", "令和7年7月31日"],
             ["免除する遅延損害金", f"{L:,}円"]], [70, 80], x=24, size=9.6, row_h=7.5, aligns="ll", shade_col0=True)
    p.para("※分割金のお支払いを2回以上怠った場合は、免除の合意は効力を失い、遅延損害金を含む残額を一括でご請求いたします。",
           size=8.6, indent="", x0=20)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 19, 1.0, OLIVE))
    p.at(25, y + 7.5, "ご回答のお願い", size=10.5, font="sans-bold", color=OLIVE)
    p.at(25, y + 14.5, f"同封の同意書にご署名のうえ、{era(reply)}（{wd(reply)}）までに弊社必着でご返送ください。", size=10)
    p.y = y + 24
    p.para("期限までにご返送がない場合は、本ご案内はなかったものとさせていただき、ご債務全額のお支払いをお願いすることに"
           "なります。ご不明な点は下記までお問い合わせください。", size=9.2)
    p.gap(4)
    for s, sz in (("株式会社うぐいすローン　お客様相談室", 10), ("〒420-0000 静岡県静岡市葵区白百合町九丁目9番9号", 8.5),
                  ("お電話 054-000-3390（平日10時～18時）　担当：鎗田", 9.5),
                  ("貸金業登録番号　東海財務局長(3)第00527号", 7.5)):
        p.line(s, x=92, size=sz, font="sans-bold" if "株式会社" in s else None)
    tr = truth(document_type="settlement_proposal", sender="株式会社うぐいすローン", phone="054-000-3390",
               creditor="株式会社うぐいすローン", status="not_applicable", debtor="小柴垣恵", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="UG-0616-3390", input_kind="photo_jpeg",
               template="proxy96_lender_instalment_offer_waiver_photo_hand", received=D(2025, 6, 18))
    return dict(stem="da15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.07, tilt=3.0, creases=2, fill=0.84, warm=0.1, shadow=0.25,
                          shadow_side="top", hand="bottom", hand_at=0.3),
                about="settlement_proposal (consumer lender, 24 instalments with the late damages waived)",
                unusual="phone photo taken at a steep angle on a pale desk, a THUMB over the bottom margin and a shadow in "
                        "the top-left corner; brand 「うぐいすローン」 with a square mark (legal name only in the sender block); "
                        "the debt as a shaded-label 2×2 grid 元金 / 利息 / 遅延損害金（年18％） / ご債務合計 (total in bold); "
                        "the plan as a table (分割対象額 = 元金＋利息, 24回, monthly amount and the last one, first date, "
                        "免除する遅延損害金) — all distractors; the reply deadline only inside a framed sentence "
                        "「…までに弊社必着でご返送ください」; the 貸金業登録番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# da16 invented servicer 最終通告書 of a guarantor's 求償債権, 2-page image PDF (p.2 the history and a reply form).


def da16():
    R = 14.6
    issued, due = D(2026, 7, 27), D(2026, 8, 10)
    subro, asg, acc, lastp = D(2025, 10, 31), D(2026, 3, 31), D(2025, 9, 12), D(2025, 6, 10)
    weekday_ok(issued, due)
    P = 1_734_900
    L = late(P, R, subro + ONE, issued)
    T = P + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 20, "朝凪債権回収株式会社", size=14, font="serif-bold", color=INDIGO)
    p.at(20, 25.5, "法務大臣許可番号　第278号", size=8.5, color=INDIGO)
    p.at(190, 20, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(190, 26, "債権番号　AN-0331-4476", size=10, align="r")
    p.y = 34
    p.line("千葉県船橋市つくし野南九丁目9番9号", size=10.5)
    p.line("牛膓　亮介　殿", size=13.5)
    p.gap(5)
    p.title("最 終 通 告 書", size=18, font="serif-bold", color=RED)
    p.para("当社は、貴殿に対し、これまで再三にわたり下記債権のお支払いをお願いしてまいりましたが、本日に至るまでお支払い"
           "もご連絡もいただいておりません。")
    p.para("つきましては、本書をもって最終の通告をいたします。下記期限までに下記金額を一括してお支払いください。期限までに"
           "お支払い又はご連絡のない場合は、貴殿の給与・預金等に対する法的手続に着手いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    p.add(Box(30, y, 150, 38, 0.6))
    for i, (lab, val) in enumerate((("求償元金", f"金{P:,}円"),
                                    ("遅延損害金", f"金{L:,}円"),
                                    ("請求金額合計", f"金{T:,}円"))):
        yy = y + 3 + i * 10 + (3 if i == 2 else 0)
        p.at(36, yy + 6, lab, size=11 if i < 2 else 12, font="serif-bold" if i == 2 else "serif")
        p.at(174, yy + 6, val, size=11 if i < 2 else 13, font="serif-bold" if i == 2 else "serif", align="r")
        if i == 1:
            p.at(36, yy + 10.5, "（代位弁済日の翌日から本書作成日まで　年14.6％）", size=8.5)
    p.add(Line(30, y + 26.5, 180, y + 26.5, 0.3))
    p.y = y + 43
    p.line(f"お支払期限　令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=12.5,
           font="serif-bold", x=30)
    p.gap(2)
    p.para("お振込先　みずかけ銀行 船橋支店 普通預金 2780476 アサナギサイケンカイシュウ（カ", size=9.8, indent="", x0=30)
    p.para("※債権の内容及びこれまでの経過は裏面（２枚目）をご覧ください。", size=9.8, indent="", x0=30)
    p.gap(10)
    for s, sz in (("東京都江戸川区梓川東九丁目9番9号", 9.5), ("朝凪債権回収株式会社", 11.5), ("管理部　担当　木暮谷", 10),
                  ("電話 03-0000-2780（直通）", 10), ("FAX 03-0000-2789", 9.5)):
        p.line(s, x=112, size=sz, font="serif-bold" if "株式会社" in s else None)
    p.seal(184, p.y - 20, 15, "square", "朝凪債権回収之印", angle=-2, seed=9616)
    # page 2
    q = Page(font="serif", size=10.5, top=18)
    q.line("（裏面）債権の表示及び経過", size=12, font="serif-bold")
    q.gap(3)
    q.table([["原契約", "平成31年2月8日付 金銭消費貸借契約（フリーローン）"],
             ["貸付人", "株式会社いさりび銀行"], ["当初貸付額", "金2,500,000円"],
             ["保証人（保証会社）", "みつまた信用保証株式会社"], ["最終ご返済日", era(lastp)],
             ["期限の利益喪失日", era(acc)], ["代位弁済日", f"{era(subro)}（代位弁済額 金{P:,}円）"],
             ["債権譲渡日", f"{era(asg)}（譲渡人　みつまた信用保証株式会社）"], ["譲受人", "朝凪債権回収株式会社"]],
            [48, 124], x=19, size=9.8, row_h=8.5, aligns="ll", shade_col0=True)
    q.gap(4)
    q.para("上記保証会社が代位弁済により取得した求償債権を、当社が譲り受けたものです。譲渡の通知は、令和8年4月3日付で譲渡人から"
           "貴殿宛てに発送されております。", size=10)
    q.gap(8)
    dashed(q, 15, 195, q.y)
    q.gap(5)
    q.line("ご連絡票（ご返済についてのご相談）　FAX 03-0000-2789", size=11, font="serif-bold")
    q.gap(2)
    for s in ("債権番号　AN-0331-4476", "お名前　＿＿＿＿＿＿＿＿＿＿＿＿＿＿", "日中のご連絡先　＿＿＿＿＿＿＿＿＿＿＿＿",
              "ご希望　□一括で支払う　□分割を相談したい（月額　　　　　　円）　□その他"):
        q.line(s, size=10.5)
        q.gap(2)
    tr = truth(document_type="collection_notice", sender="朝凪債権回収株式会社", license_number=278,
               phone="03-0000-2780", creditor="朝凪債権回収株式会社", status="unverified",
               original="みつまた信用保証株式会社", debtor="牛膓亮介", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AN-0331-4476", input_kind="pdf_scan",
               template="proxy96_invented_servicer_final_notice_recourse_scan", received=D(2026, 7, 29))
    return dict(stem="da16", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (invented servicer 最終通告書 of a guarantor's 求償債権, 2 pages)",
                unusual="2-page image PDF; INVENTED servicer 「朝凪債権回収株式会社」 with 「法務大臣許可番号　第278号」 under "
                        "the indigo name top-left (→ unverified); red title 最 終 通 告 書; the claim in a framed box 求償元金 "
                        "/ 遅延損害金 (window in a small line under it) / 請求金額合計 with 金…円; the deadline with "
                        "「午後3時まで」; p.2 the history as a shaded-label table (平成31年 loan 2,500,000 from a bank, the "
                        "guarantee company, last payment, 喪失, 代位弁済 with its amount, 譲渡日 and 譲渡人) and a ご連絡票 "
                        "under a dashed line; the 譲渡 notice date 令和8年4月3日 in prose (not the 譲渡日)")


LETTERS = [da09, da10, da11, da12, da13, da14, da15, da16]
