"""Proxy set 105, letters dj01–dj08: "who is who: sender, creditor, original creditor, debtor, round 6".
A real servicer's 受託通知 for a bank (the bank stays creditor), a joint 譲渡 notice with two 代表取締役 blocks, a
信用金庫's demand to the 連帯保証人 alone, an invented servicer's 催告書 to the 主債務者 and the 連帯保証人 together, a
law office's 縦書き 通知書 to the sole heir, a guarantee company's 代位弁済 fax with a copy to the guarantor, a real
servicer collecting the same 求償債権 on commission, and a bank's 期限の利益喪失通知 to a company (御中)."""

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
    bars,
    cell,
    era,
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
JADE = (0.05, 0.45, 0.35)
BROWN = (0.45, 0.28, 0.10)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# dj01 real servicer オリックス債権回収 受託通知 for a bank's card loan: the bank stays creditor (= original).

def dj01():
    R = 19.9
    issued, due = D(2025, 6, 20), D(2025, 7, 4)
    entrusted, acc, lastp = D(2025, 6, 10), D(2025, 5, 8), D(2025, 2, 27)
    P, I = 1_284_330, 37_912
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 36, 11, color=None, fill=TEAL))
    p.at(33, 19.6, "ORIX", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(54, 17.2, "オリックス債権回収株式会社", size=11, font="sans-bold", color=TEAL)
    p.at(54, 21.8, "大阪業務部　カード債権グループ", size=8, color=TEAL)
    p.at(196, 17, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号　OX-52-770318", size=9.5, align="r")
    stamp(p, 160, 27, "親展", size=11, h=8)
    # address window; the name printed with spaces between the characters
    p.add(Box(15, 30, 92, 36, 0.2, GRAY))
    bars(p, 19, 33, 60, 3.0, "proxy105-dj01")
    p.at(19, 42, "〒530-0000", size=9.5)
    p.at(19, 47, "大阪府大阪市北区障子堀九丁目9番9号", size=9.5)
    p.at(19, 52, "　ハイツ障子堀302号", size=9.5)
    p.at(24, 61.5, "鵙 目　朋 子　様", size=14)
    p.y = 74
    p.title("債権管理回収業務　受託のご通知", size=15, color=TEAL)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8)
    p.para(f"さて、当社は{wdate(entrusted)}付で、株式会社みずきの銀行（以下「委託者」といいます。）から、お客様と委託者との"
           "間のカードローン契約に基づく債権について、その管理及び回収の業務の委託を受けました。なお、債権者は引き続き委託者で"
           "あり、債権が当社に譲渡されたものではございません。当社は委託者のためにお支払いを受領いたします。", size=9.8)
    p.para(f"お客様は{wdate(acc)}をもって期限の利益を喪失されておりますので、下記ご請求金額を{wdate(due)}までに一括して"
           "お支払いくださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    y = grid(p, 15, p.y + 1, [30, 60.5, 30, 60.5],
             [["委託者（債権者）", "株式会社みずきの銀行", "受託日", wdate(entrusted)],
              ["ご契約の種類", "みずきのカードローン「スマイル」", "ご契約番号", "7720-0318-4455"],
              ["ご契約日", "2019年10月2日", "ご利用限度額", "1,500,000円"],
              ["最終ご入金日", wdate(lastp), "期限の利益喪失日", wdate(acc)]], h=7.5, size=8.8)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", size=9.8, font="sans-bold")
    rows = [["残元金", f"{P:,}円"], ["利息（期限の利益喪失日まで）", f"{I:,}円"],
            [f"遅延損害金（年{R}％　{acc.month}月{acc.day + 1}日から）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]]
    p.table(rows, [100, 50], x=30, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.8, TEAL))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold", color=TEAL)
    p.at(70, y + 8.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　ななかぜ銀行 梅田支店 普通預金 3318855 口座名義 オリツクスサイケンカイシユウ（カ　※ご依頼人名の前にお客様番号"
           "の数字8桁をご入力ください。", size=8.8, indent="")
    p.para("※委託者（株式会社みずきの銀行）へのお振込み・ご来店でのお支払いは受付できません。委託者からのお知らせを同封して"
           "おります。", size=8.8, indent="")
    p.para("※行き違いにご入金いただいた場合はご容赦ください。", size=8.8, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(100, y, 96, 30, 0.3, TEAL))
    for i, (s, sz, f) in enumerate((("オリックス債権回収株式会社", 10.5, "sans-bold"),
                                    ("法務大臣許可第11号", 8.5, "sans"),
                                    ("〒530-0000 大阪府大阪市北区欄間町九丁目9番9号", 8, "sans"),
                                    ("フリーダイヤル 0120-000-711（平日9:30～18:00）", 8.8, "sans"),
                                    ("大阪業務部　担当　萱生（かよう）", 8.5, "sans"))):
        p.at(103, y + 5.5 + i * 5.4, s, size=sz, font=f)
    p.seal(186, y + 14, 13, "square", "オリックス債権回収之印", angle=3, seed=105011)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-711", creditor="株式会社みずきの銀行", status="licensed",
               original="株式会社みずきの銀行", debtor="鵙目朋子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="OX-52-770318", input_kind="pdf_text",
               template="proxy105_real_servicer_entrusted_bank_card_loan_spaced_name", received=D(2025, 6, 23))
    return dict(stem="dj01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託通知 for a bank, with a demand)",
                unusual="real servicer ★ オリックス債権回収 (teal 「ORIX」 block, 「法務大臣許可第11号」 in a framed sender box at "
                        "the foot) collecting ON COMMISSION for 株式会社みずきの銀行: the letter says 「債権者は引き続き委託者」 "
                        "(creditor = original = the bank; the 受託日 is not an assignment); the addressee printed with a "
                        "space between every character 「鵙 目　朋 子　様」 in a window with bars; western 年月日 dates; a "
                        "2×4 shaded grid (委託者（債権者）, 受託日, ご契約番号, ご利用限度額 1,500,000, 2019 contract, 最終ご入金日, "
                        "喪失日); a shaded-label table 残元金 / 利息（期限の利益喪失日まで） / 遅延損害金（年19.9％） / ご請求金額; "
                        "the framed お支払期限 with weekday")


# ---------------------------------------------------------------------------------------------
# dj02 joint 債権譲渡及び譲受通知書: card company → real servicer アルファ債権回収, two 代表取締役 blocks at the TOP
# right, the claim on page 2.


def dj02():
    R = 14.6
    issued, asg = D(2025, 8, 5), D(2025, 7, 31)
    acc, lastp = D(2025, 4, 15), D(2025, 1, 27)
    P, I = 684_215, 21_877
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p1 = Page(font="serif", size=10.5, top=18)
    p1.at(196, 16, era(issued), size=10, align="r")
    p1.y = 22
    p1.line("〒910-0000", size=10)
    p1.line("福井県福井市ひたき野九丁目9番9号", size=10)
    p1.gap(2)
    p1.line("燧田　和臣　殿", size=13.5, x=24)
    # two notifier blocks stacked on the right, each with its 代表取締役 and a round seal
    y = 46
    for tag, addr, name, rep, extra, sd in (
            ("通知人（譲渡人）", "東京都港区石畳町九丁目9番9号", "マーガレットカード株式会社", "代表取締役　藤縄　慎吾", None,
             105021),
            ("通知人（譲受人）", "東京都中央区遣水九丁目9番9号", "アルファ債権回収株式会社", "代表取締役　葎田　恭平",
             "法務大臣許可番号第101号", 105022)):
        p1.at(104, y, tag, size=9)
        p1.at(112, y + 5, addr, size=9.5)
        p1.at(112, y + 10.5, name, size=11, font="serif-bold")
        p1.at(112, y + 16, rep, size=10)
        if extra:
            p1.at(112, y + 21, extra, size=9)
        p1.seal(190, y + 11, 15, "round", ("マーガレットカード|代表取締役" if sd == 105021 else "アルファ債権回収|代表取締役"),
                seed=sd)
        y += 27
    p1.y = y + 2
    p1.add(Line(20, p1.y, 190, p1.y, 0.6))
    p1.gap(1)
    p1.add(Line(20, p1.y, 190, p1.y, 0.2))
    p1.gap(3)
    p1.title("債権譲渡及び譲受通知書", size=16, font="serif-bold")
    p1.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p1.para(f"さて、譲渡人マーガレットカード株式会社は、貴殿に対して有する別紙債権目録記載の債権（元金、利息、遅延損害金その他"
            f"一切の付帯債権を含みます。）を、{era(asg)}付で譲受人アルファ債権回収株式会社に譲渡いたしましたので、民法第467条"
            "に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p1.para("つきましては、今後の本債権に関するお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお支払い"
            "は、本通知到達後は債務の弁済として取り扱うことができませんのでご注意ください。")
    p1.para("なお、お支払方法につきましては、別途譲受人よりご案内申し上げます。")
    p1.line("敬具", align="r")
    p1.gap(4)
    p1.line("【お問い合わせ先】", size=10, font="serif-bold")
    p1.kv([("譲受人", "アルファ債権回収株式会社　債権管理第二部　担当　籏野"),
           ("電話", "0120-000-946（平日9:00～18:00）"),
           ("お客様番号", "ALF-2507-66130（お問い合わせの際にお伝えください）")], x=24, label_w=26, size=10)
    p1.gap(3)
    p1.para("（ご参考）譲渡人　マーガレットカード株式会社　お客様相談室　03-0000-2210　※本債権に関するお問い合わせは受付"
            "できません。", size=9, indent="")
    p2 = Page(font="serif", size=10.5, top=22)
    p2.title("別紙　債権目録", size=14, font="serif-bold")
    p2.kv([("債務者", "燧田　和臣"), ("原契約", "マーガレットカード会員契約（ショッピング及びキャッシング）"),
           ("会員番号", "5210-****-****-7741"), ("ご契約日", "平成31年3月8日"),
           ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲渡日", era(asg))], x=24, label_w=38)
    p2.gap(4)
    p2.line(f"譲渡債権の額（{era(asg)}現在）", x=24, font="serif-bold")
    p2.table([["項　目", "金　額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
              [f"遅延損害金（年{R}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
             [80, 55], x=34, header=True, aligns="lr", size=10.5, row_h=8.5)
    p2.gap(3)
    p2.para(f"※上記元金{P:,}円に対し、{era(asg + timedelta(1))}から完済に至るまで、年{R}％（年365日の日割計算）の割合による"
            "遅延損害金が発生いたします。", x0=24, size=9.5, indent="")
    p2.para("※元金の内訳　ショッピング 212,600円／キャッシング 471,615円", x0=24, size=9.5, indent="")
    p2.gap(6)
    p2.line("以上", align="r")
    assert P == 212_600 + 471_615
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-946", creditor="アルファ債権回収株式会社", status="licensed",
               original="マーガレットカード株式会社", debtor="燧田和臣", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="ALF-2507-66130", input_kind="pdf_text_2page",
               template="proxy105_joint_assignment_two_representative_blocks_top", received=D(2025, 8, 7))
    return dict(stem="dj02", ext="pdf", kind="pdf_text_2page", pages=[p1.spec, p2.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, 債権目録 on p.2)",
                unusual="joint 債権譲渡及び譲受通知書 in serif: the two 通知人 blocks (譲渡人 マーガレットカード 「代表取締役 藤縄 慎吾」 "
                        "and 譲受人 ★ アルファ債権回収 「代表取締役 葎田 恭平」 with 「法務大臣許可番号第101号」) STACKED at the TOP "
                        "right with round 代表取締役 seals, ABOVE the title, the addressee 殿 top-left; the person names next to "
                        "the companies are not the sender; an お問い合わせ先 kv block with the 譲受人's 0120 number and its "
                        "お客様番号; the 譲渡人's own 03 number (「受付できません」) as a distractor; p.2 債権目録 with kv lines "
                        "(masked 会員番号, 平成31年 contract) and a header table 元金 / 利息 / 遅延損害金（年14.6％） / 合計; the "
                        "元金 split ショッピング / キャッシング under it; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# dj03 信用金庫's 保証債務履行のご請求 to the 連帯保証人 ALONE (the 主債務者 is named in the grid); scanned.


def dj03():
    R = 14.0
    issued, due = D(2025, 9, 12), D(2025, 9, 26)
    acc, lastp = D(2025, 7, 31), D(2025, 4, 30)
    P, I = 2_136_480, 18_552
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(15, 18, "しのだけ信用金庫", size=15, font="sans-bold", color=JADE)
    p.at(15, 23, "融資管理部　管理課", size=9, color=JADE)
    p.at(196, 17, fw(era(issued)), size=10, align="r")
    p.at(196, 22.5, "管理番号　ＳＤ－７７３１－０２", size=9.5, align="r")
    p.y = 32
    p.line("〒330-0000　埼玉県さいたま市浦和区駒止町九丁目9番9号", size=10)
    p.gap(1)
    p.line("連帯保証人", size=9.5, x=24)
    p.line("炭竈　悦子　様", size=14, x=30)
    p.gap(4)
    p.title("保証債務履行のご請求", size=16)
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("さて、貴殿が連帯保証人となっておられる下記主債務者の当金庫に対するご融資につきまして、主債務者はご返済を怠り、当金庫の"
           f"再三の催告にもかかわらずお支払いがなかったため、{fw(era(acc))}の経過をもって期限の利益を喪失いたしました。")
    p.para("つきましては、当金庫は連帯保証人である貴殿に対し、保証債務の履行として、下記ご請求金額を一括してお支払いくださいます"
           "よう請求いたします。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    y = grid(p, 20, p.y + 1, [28, 57, 28, 57],
             [["主債務者", "銀杏田　修　様", "ご融資の種類", "証書貸付（事業性資金）"],
              ["ご融資日", "令和3年6月18日", "当初ご融資額", "3,000,000円"],
              ["保証契約日", "令和3年6月18日", "最終ご返済日", fw(era(lastp))]], h=8, size=9)
    p.y = y + 4
    p.line(f"ご請求金額（{fw(era(issued))}現在）", size=10.5, font="sans-bold", x=20)
    p.table([["残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + timedelta(1)))}から　年14.0％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [112, 50], x=24, aligns="lr", size=10, row_h=8, ruled="rows")
    p.gap(3)
    p.line(f"お支払期限　　{fw(era(due))}（{wd(due)}）", size=12, font="sans-bold", x=24)
    p.gap(1)
    p.para("お支払方法　当金庫本店営業部の窓口へご持参いただくか、下記口座へお振込みください。", size=9.5, indent="")
    p.para("お振込先　しのだけ信用金庫　本店営業部　普通預金　0071455　口座名義　シノダケシンキン", size=9.5,
           indent="")
    p.para("※期限までにお支払い又はご相談がない場合は、法的手続により保証債務の履行を求めることがありますので、予めご承知おき"
           "ください。", size=9.5, indent="")
    p.para("※主債務者様には別途ご通知しております。", size=9.5, indent="")
    p.gap(4)
    for s, sz, f in (("しのだけ信用金庫", 11, "sans-bold"), ("理事長　鉾之原　昭典", 9.5, "sans"),
                     ("〒330-0000 さいたま市浦和区連子町九丁目9番9号", 8.5, "sans"),
                     ("融資管理部 管理課　電話 048-000-2231　担当 鍔田", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 16, 13, "square", "しのだけ信用金庫理事長印", angle=-3, seed=105031)
    tr = truth(document_type="collection_notice", sender="しのだけ信用金庫", phone="048-000-2231",
               creditor="しのだけ信用金庫", status="not_applicable", debtor="炭竈悦子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SD-7731-02", input_kind="scan_png",
               template="proxy105_credit_union_demand_to_guarantor_alone", received=D(2025, 9, 16))
    return dict(stem="dj03", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫's demand to the 連帯保証人 alone)",
                unusual="a 信用金庫's 保証債務履行のご請求 addressed to the 連帯保証人 ALONE (「連帯保証人」 on its own line above "
                        "「炭竈　悦子　様」 → debtor = the guarantor); the 主債務者 「銀杏田　修　様」 with 様 inside a shaded grid "
                        "(distractor); full-width era dates and a full-width 管理番号 ＳＤ－７７３１－０２; rows-ruled amounts "
                        "残元金 / 未収利息 / 遅延損害金（…から 年14.0％） / ご請求金額合計; 当初ご融資額 3,000,000 and 保証契約日 as "
                        "distractors; sender block with the 理事長 and a square seal at the foot")


# ---------------------------------------------------------------------------------------------
# dj04 invented servicer 翡翠債権回収 催告書 to the 主債務者 AND the 連帯保証人 together; phone photo.


def dj04():
    R = 14.6
    issued, due = D(2025, 10, 17), D(2025, 10, 31)
    asg, acc, lastp = D(2025, 8, 29), D(2025, 3, 10), D(2024, 12, 26)
    P, I = 1_572_900, 46_218
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=JADE))
    p.at(15, 6.3, "翡翠債権回収株式会社", size=10, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "法務大臣許可番号　第253号", size=8.5, color=WHITE, align="r")
    p.at(196, 16, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(196, 21, "お客様番号　HS-0829-4410", size=9.5, align="r")
    p.y = 18
    p.line("〒600-0000", size=9.5)
    p.line("京都府京都市下京区長押町九丁目9番9号", size=9.5)
    p.gap(1.5)
    p.line("主債務者　　軸丸　大樹　様", size=12.5, x=24)
    p.line("連帯保証人　軸丸　芳江　様", size=12.5, x=24)
    p.gap(3)
    stamp(p, 15, p.y, "重要", fill=RED, size=11, h=8)
    p.y += 11
    p.title("催　告　書", size=18)
    p.para("当社は、株式会社アジサイクレジットから、同社が主債務者様に対して有していた下記オートローン債権を譲り受け、連帯保証人様"
           "を含むお二人に対し先般ご通知申し上げましたが、現在に至るまでお支払い及びご連絡をいただいておりません。")
    p.para(f"つきましては、本書をもって下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いくださるよう催告いたします。"
           "期限までにお支払い又はご連絡がない場合は、お二人に対し法的手続（訴訟・支払督促）を執ることがありますので、予めご承知"
           "おきください。")
    p.gap(1)
    y = p.y
    w = 45
    for i, (lab, val) in enumerate((("原債権者（譲渡人）", "㈱アジサイクレジット"), ("債権譲受日", era(asg)),
                                    ("期限の利益喪失日", era(acc)), ("最終ご入金日", era(lastp)))):
        cell(p, 15 + i * w, y, w, 14, lab, val, vsize=10)
    p.y = y + 18
    p.table([["残元金", "利息", f"損害金（年{R}％）", "ご請求額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [44, 40, 48, 48], x=15, header=True, aligns="rrrr",
            size=10.5, row_h=9)
    p.line(f"※{era(issued)}現在。損害金は残元金に対し{era(acc + timedelta(1))}から日割計算しております。", size=8.5, x=15)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 14, 0.9, RED))
    p.at(20, y + 9, "お支払期限", size=11.5, font="sans-bold", color=RED)
    p.at(55, y + 9.3, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 9, f"金{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 18
    p.para("お振込先　みどりばし銀行 四条支店 普通預金 2254410 口座名義 ヒスイサイケンカイシユウ（カ", size=9.2, indent="")
    p.para("ご参考　原契約 令和4年2月 車両購入代金 2,380,000円（60回払）　ご契約番号 AJ-22-0207-118", size=9.2, indent="")
    p.para("※本書はお二人それぞれに同文にて送付しております。分割でのご返済をご希望の場合は、期限までに担当者へご相談ください。",
           size=9.2, indent="")
    p.gap(4)
    for s, sz, f in (("翡翠債権回収株式会社", 11, "sans-bold"), ("代表取締役　笈沼　徹", 9.5, "sans"),
                     ("〒100-0000 東京都千代田区敷居町九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-6253　担当 鮒子田（平日9:00～17:30）", 9.5, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(190, p.y - 14, 13, "square", "翡翠債権回収之印", angle=2, seed=105041)
    tr = truth(document_type="collection_notice", sender="翡翠債権回収株式会社", license_number=253,
               phone="03-0000-6253", creditor="翡翠債権回収株式会社", status="unverified",
               original="株式会社アジサイクレジット", debtor="軸丸大樹", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="HS-0829-4410", input_kind="photo_jpeg",
               template="proxy105_invented_servicer_demand_to_debtor_and_guarantor", received=D(2025, 10, 20))
    return dict(stem="dj04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86),
                about="collection_notice (invented servicer 催告書 to the 主債務者 and the 連帯保証人 together)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; INVENTED servicer "
                        "翡翠債権回収 (a jade top band with the name and 「法務大臣許可番号　第253号」 → unverified); TWO addressee "
                        "lines 「主債務者　軸丸　大樹　様」 / 「連帯保証人　軸丸　芳江　様」 (→ debtor = the 主債務者); the "
                        "原債権者 written as 「㈱アジサイクレジット」 in a label-above-value cell (the prose spells it out); a "
                        "4-column header table 残元金 / 利息 / 損害金（年14.6％） / ご請求額合計; the red-framed due bar with the "
                        "total again; 代表取締役 笈沼 徹 under the name at the foot; 2,380,000円 (60回払) and the ご契約番号 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# dj05 law office 縦書き 通知書 to the SOLE HEIR of a deceased borrower, for the bank; digital.


def dj05():
    R = 14.0
    issued, due = D(2025, 11, 20), D(2025, 12, 5)
    died, acc, lastp = D(2025, 5, 11), D(2025, 9, 30), D(2025, 4, 25)
    P, I = 2_415_000, 9_338
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    ks = kanji_number
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社三椏銀行（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", f"一　貴殿の父である亡卯野源治氏（以下「被相続人」といいます。）は、通知人との間の令和二年八月二十日付金銭消費"
                 f"貸借契約（当初貸付金額金四百万円）に基づく借入金債務を負っておりましたが、{kdate(died)}に死亡されました。"),
        ("body", "二　被相続人の相続人は貴殿お一人であり、家庭裁判所に対する相続放棄の申述もなされていないことから、貴殿は被相続人の"
                 "右借入金債務の全部を承継しております。"),
        ("body", f"三　右借入金の約定返済は、{kdate(lastp)}の返済を最後になされておらず、通知人の催告にもかかわらずお支払いが"
                 f"なかったため、{kdate(acc)}の経過をもって期限の利益を喪失しております。"),
        ("body", "四　つきましては、貴殿に対し、左記金員を"
                 f"{kdate(due)}限り、左記口座へのお振込みにより一括してお支払いいただくよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"残元金　　　　金{ks(P)}円"),
        ("indent", f"未払利息　　　金{ks(I)}円"),
        ("indent", f"遅延損害金　　金{ks(L)}円"),
        ("plain", "　　　（令和七年十月一日から本書作成日まで年十四パーセント）"),
        ("indent", f"合計　　　　　金{ks(T)}円"),
        ("indent", "振込先　みなみかぜ銀行香林坊支店　普通預金　口座番号"),
        ("indent", "〇八八二七一四　玖珂法律事務所預り金口"),
        ("body", "なお、右期限までにお支払い又はご連絡のない場合には、通知人において法的手続に移行いたしますので、念のため申し添え"
                 "ます。本件に関するご連絡は当職宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "石川県金沢市かけひ台九丁目九番九号"),
        ("low", "玖珂法律事務所"),
        ("low", "通知人代理人　弁護士　玖珂　雅彦"),
        ("low", "電話　〇七六（〇〇〇）三一二八"),
        ("blank", ""),
        ("low", "石川県金沢市欄間町九丁目九番九号"),
        ("low", "被相続人亡卯野源治相続人　卯野　真琴　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 105051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "玖珂　雅彦" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 9, "maru", "玖珂", angle=0, seed=105052))
    tr = truth(document_type="collection_notice", sender="玖珂法律事務所", phone="076-000-3128",
               creditor="株式会社三椏銀行", status="not_applicable", debtor="卯野真琴", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy105_vertical_lawyer_notice_to_sole_heir", received=D(2025, 11, 22))
    return dict(stem="dj05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a bank, 縦書き 内容証明, to the sole heir)",
                unusual="縦書き 通知書 (冠省 … 草々) of a one-lawyer office, digital, with the 内容証明 stamp and a small 認印: "
                        "the borrower 亡卯野源治 has DIED, the letter goes to his sole heir (one column "
                        "「被相続人亡卯野源治相続人　卯野　真琴　殿」 → debtor = the heir); the death date, the contract 令和二年八月二十日 "
                        "with 金四百万円, the last payment and the 喪失 in kanji in the prose; positional kanji amounts; an "
                        "absolute 「…限り」 deadline; the 預り金口 account number in kanji digits; phone in kanji digits; NO "
                        "reference number (null)")


# ---------------------------------------------------------------------------------------------
# dj06 guarantee company ゆうなぎ保証 代位弁済通知 by fax, addressed to the 主債務者 with a copy line to the guarantor.


YN = dict(P0=3_862_400, I0=24_915, acc=D(2025, 12, 1), lastp=D(2025, 8, 27), subro=D(2026, 1, 9))


def yn_s() -> int:
    return YN["P0"] + YN["I0"] + late(YN["P0"], 14.0, YN["acc"] + timedelta(1), YN["subro"])


def dj06():
    R = 14.6
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    subro, acc, lastp = YN["subro"], YN["acc"], YN["lastp"]
    P0, I0 = YN["P0"], YN["I0"]
    S = yn_s()
    L0 = S - P0 - I0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, "ＦＡＸ送信のご案内", size=13, font="sans-bold")
    p.at(196, 16, f"送信日　{fw(era(issued))}　　全１枚", size=9.5, align="r")
    p.add(Line(15, 19, 196, 19, 0.8))
    p.y = 23
    p.line("主債務者　呑田　健吾　様", size=12.5, x=18)
    p.line("（写し送付先）連帯保証人　呑田　美穂　様", size=9.5, x=24)
    p.y = 23
    for i, s in enumerate(("ゆうなぎ保証株式会社", "代表取締役　神鷹　隆之", "求償管理部　TEL 022-000-7819",
                           "FAX 022-000-7820")):
        p.at(196, 26 + i * 4.8, s, size=9.5 if i else 11, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 47
    p.at(196, 46, "求償番号　ＹＮ－２６０１０９－０３３", size=9.5, align="r")
    p.title("代位弁済のご通知", size=16)
    p.para(f"貴殿が株式会社実葛銀行から借り入れられた住宅関連ローン（平成30年5月25日ご契約）について、当社は保証委託契約に基づき連帯"
           f"保証しておりましたところ、貴殿が{fw(era(acc))}に期限の利益を喪失されたため、同行の請求により、{fw(era(subro))}、"
           "下記のとおり代位弁済いたしました。", size=9.8)
    p.para("これにより、同行が貴殿に対して有していた債権は当社に移転し、当社は貴殿に対し下記の求償債権を有することとなりましたので"
           "ご通知いたします。下記ご請求額を期限までに一括してお支払いください。", size=9.8)
    p.gap(1)
    p.line("■代位弁済の明細", size=10.5, font="sans-bold")
    p.table([["代位弁済日", "代位弁済額", "うち元金", "うち利息", "うち損害金"],
             [fw(era(subro)), f"{S:,}", f"{P0:,}", f"{I0:,}", f"{L0:,}"]],
            [36, 36, 36, 32, 32], x=18, header=True, aligns="crrrr", size=9.5, row_h=8)
    p.line(f"（単位：円）　銀行への最終ご返済日　{fw(era(lastp))}", size=8.5, x=18)
    p.gap(2)
    p.line(f"■ご請求額（{fw(era(issued))}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金", f"{S:,}円"], [f"損害金（{fw(era(subro + timedelta(1)))}から年14.6％）", f"{L:,}円"],
             ["ご請求額計", f"{T:,}円"]], [110, 50], x=24, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.0))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　実葛銀行 本店営業部 普通預金 7819033 ユウナギホシヨウ（カ　※お振込みの際は求償番号をお書き添えください。",
           size=9.2, indent="")
    p.para("※本通知の写しを連帯保証人様にも送付しております。連帯保証人様は、主債務者様と連帯して上記求償債権をお支払いいただく"
           "義務を負います。", size=9.2, indent="")
    p.para("※期限までにお支払い又はご相談がない場合、担保不動産の競売申立て等の法的手続を執らせていただきます。", size=9.2,
           indent="")
    p.para("※当社は貸金業者として登録されております（東北財務局長(2)第00517号）。", size=8.5, indent="")
    p.seal(138, 32, 12, "square", "ゆうなぎ保証之印", angle=4, seed=105061)
    tr = truth(document_type="acceleration_notice", sender="ゆうなぎ保証株式会社", phone="022-000-7819",
               creditor="ゆうなぎ保証株式会社", status="not_applicable", original="株式会社実葛銀行",
               debtor="呑田健吾", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="YN-260109-033", input_kind="fax_tiff",
               template="proxy105_guarantor_subrogation_fax_copy_to_guarantor", received=issued)
    return dict(stem="dj06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 YUNAGI HOSHO 022-000-7820",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax, copy to the guarantor)",
                unusual="one-page G4 fax: 「ＦＡＸ送信のご案内」 with the full-width 送信日; the addressee 「主債務者　呑田　健吾　様」 "
                        "and under it 「（写し送付先）連帯保証人　呑田　美穂　様」 (→ debtor = the 主債務者); the guarantee "
                        "company's name with 「代表取締役　神鷹　隆之」 and TEL / FAX top-right; full-width 求償番号; a header "
                        "table 代位弁済日 / 代位弁済額 / うち元金 / うち利息 / うち損害金 (history, 単位：円) and a shaded-label "
                        "table 求償元金 / 損害金（…から年14.6％） / ご請求額計 (no interest); the bank's 喪失 date in the prose; "
                        "the 貸金業 registration as a distractor")


# ---------------------------------------------------------------------------------------------
# dj07 real servicer パルティール collecting the SAME 求償債権 on commission for ゆうなぎ保証; HEIC photo.


def dj07():
    R = 14.6
    issued, due = D(2026, 3, 6), D(2026, 3, 19)
    subro = YN["subro"]
    S = yn_s()
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 13, color=None, fill=PLUM))
    p.at(20, 19.5, "パルティール債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "法務大臣許可番号　第113号", size=9, color=WHITE, align="r")
    p.at(196, 31, f"{wdate(issued)}発送", size=9.5, align="r")
    p.y = 29
    p.line("〒980-0000", size=9.5)
    p.line("宮城県仙台市青葉区鳰の浜九丁目9番9号", size=9.5)
    p.gap(1.5)
    p.line("呑田　健吾　様", size=14, x=24)
    p.gap(4)
    p.title("ご請求書", size=17, color=PLUM)
    p.para("当社は、ゆうなぎ保証株式会社（以下「委託元」）から、委託元が貴殿に対して有する下記求償債権の管理回収業務を受託しております"
           "（債権者は委託元のままです）。委託元からのご請求にもかかわらず、現在までお支払いの確認ができておりません。", size=9.8)
    p.para(f"つきましては、下記ご請求額を{wdate(due)}（{wd(due)}）までに一括してお支払いくださいますよう、委託元に代わりご請求"
           "申し上げます。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y + 1, [32, 58.5, 32, 58.5],
             [["お客様番号", "PT-4403-1977", "委託元（債権者）", "ゆうなぎ保証株式会社"],
              ["受託日", wdate(D(2026, 2, 20)), "代位弁済日", wdate(subro)],
              ["ご融資元", "株式会社実葛銀行", "ご融資番号", "0517-2203-88"]], h=8, size=9)
    p.y = y + 5
    x0, x1 = 30, 178
    for lab, val, bold in (("求償元金", f"{S:,}円", False),
                           (f"損害金（{subro.month}月{subro.day + 1}日から年14.6％）", f"{L:,}円", False),
                           ("ご請求額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.5, PLUM))
            p.gap(1.5)
        b = p.line(lab, x=x0, size=11 if bold else 10.5, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=12 if bold else 10.5, align="r", font="sans-bold" if bold else "sans")
    p.line(f"（{wdate(issued)}現在）", x=x0, size=8.5)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 148, 13, 0.8, PLUM, (0.97, 0.93, 0.96)))
    p.at(35, y + 8.7, "お支払期限", size=11, font="sans-bold", color=PLUM)
    p.at(72, y + 9, f"{wdate(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　しずくいし銀行 仙台支店 普通預金 4403197 パルテイールサイケンカイシユウ（カ", size=9.2, indent="")
    p.para("※委託元及び株式会社実葛銀行へのお支払いはご遠慮ください。お支払いが困難な場合は、期限までに必ずご連絡ください。",
           size=9.2, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合は、悪しからずご容赦ください。", size=9.2, indent="")
    p.gap(5)
    for s, sz, f in (("パルティール債権回収株式会社　仙台営業所", 10.5, "sans-bold"),
                     ("〒980-0000 宮城県仙台市青葉区文机町九丁目9番9号", 8.5, "sans"),
                     ("TEL 022-000-1130（受付 平日9:00～18:00）担当 鹿目", 9.5, "sans")):
        p.line(s, x=86, size=sz, font=f)
    p.seal(190, p.y - 10, 12, "square", "パルティール債権回収印", angle=-3, seed=105071)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="022-000-1130", creditor="ゆうなぎ保証株式会社", status="licensed", original="ゆうなぎ保証株式会社",
               debtor="呑田健吾", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, reference="PT-4403-1977", input_kind="photo_heic",
               template="proxy105_real_servicer_commission_for_guarantor_recourse", received=D(2026, 3, 9))
    return dict(stem="dj07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.8, creases=2, glare=18, bow=4, fill=0.86),
                about="collection_notice (real servicer collecting a guarantor's 求償債権 on commission)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and a lamp glare; real servicer ★ パルティール債権回収 "
                        "(plum band with 「法務大臣許可番号　第113号」) collecting ON COMMISSION the 求償債権 of dj06's guarantee "
                        "company (creditor = original = the 委託元 ゆうなぎ保証; the bank 実葛銀行 is only ご融資元, history); "
                        "a 2×3 shaded grid (お客様番号, 委託元（債権者）, 受託日, 代位弁済日, ご融資元, ご融資番号); amounts as "
                        "lines 求償元金 / 損害金（1月10日から年14.6％） / ご請求額 (no interest); no 喪失 date and no last payment "
                        "printed (null); 「…発送」 after the date")


# ---------------------------------------------------------------------------------------------
# dj08 bank 期限の利益喪失通知書 to a COMPANY (御中) with its 代表取締役 under it; two loans; scanned image PDF.


def dj08():
    R = 14.0
    issued, due = D(2025, 7, 25), D(2025, 8, 8)
    warn, acc, lastp = D(2025, 7, 1), D(2025, 7, 15), D(2025, 4, 30)
    loans = [("証書貸付", "0233-118", "令和2年9月30日", 15_000_000, 8_412_000),
             ("証書貸付（設備資金）", "0233-141", "令和4年3月25日", 6_000_000, 4_873_500)]
    P = sum(r[4] for r in loans)
    I = 61_774
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 16, fw(era(issued)), size=10.5, align="r")
    p.y = 22
    p.line("新潟県新潟市中央区とくさ通九丁目9番9号", size=10)
    p.line("株式会社稲見工務店　御中", size=13.5, x=24)
    p.line("代表取締役　稲見　浩一　様", size=11, x=30)
    p.gap(2)
    for i, s in enumerate(("新潟県新潟市中央区石畳町九丁目9番9号", "株式会社さわふたぎ銀行　万代橋支店", "支店長　綛谷　浩平")):
        p.at(190, p.y + 5 + i * 5.5, s, size=10 if i != 1 else 11, align="r", font="serif-bold" if i == 1 else "serif")
    p.seal(198, p.y + 11, 12, "square", "さわふたぎ銀行万代橋支店長印", angle=2, seed=105081)
    p.y += 24
    p.title("期限の利益喪失通知書", size=17, font="serif-bold")
    p.para(f"貴社は、当行との間の銀行取引約定書及び下記各金銭消費貸借契約に基づく約定返済を{fw(era(lastp))}以降怠っておられ、当行は"
           f"{fw(era(warn))}付催告書をもって{fw(era(acc))}までに延滞元利金をお支払いいただくよう催告いたしましたが、同日までにお支払い"
           "がありませんでした。")
    p.para(f"よって、貴社は、銀行取引約定書第5条第2項に基づき、{fw(era(acc))}の経過をもって当行に対する一切の債務について期限の"
           "利益を喪失されましたので、本書をもって通知いたします。")
    p.para(f"つきましては、下記債務全額を{fw(era(due))}までに一括してお支払いください。")
    p.line("記", align="c")
    p.table([["貸付の種類", "貸付番号", "貸付日", "当初貸付額", "残元金"]] +
            [[a, b, c, f"{d:,}", f"{e:,}"] for a, b, c, d, e in loans] +
            [["残元金合計", "", "", "", f"{P:,}"]],
            [42, 26, 36, 34, 34], x=19, header=True, aligns="lcrrr", size=9.5, row_h=8)
    p.line("（単位：円）", size=8.5, x=172)
    p.gap(1)
    x0, x1 = 40, 170
    for lab, val in (("残元金合計", f"金{P:,}円"), ("未収利息", f"金{I:,}円"),
                     (f"遅延損害金（{fw(era(acc + timedelta(1)))}から本書日付まで年14.0％）", f"金{L:,}円"),
                     ("ご請求金額合計", f"金{T:,}円")):
        b = p.line(lab, x=x0, size=10.5, font="serif-bold" if "合計" in lab and "元金" not in lab else None)
        p.at(x1, b, val, size=10.5, align="r")
    p.gap(3)
    p.para("なお、本書の写しは、連帯保証人である稲見浩一様（個人）にも別途送付しております。上記期限までにお支払いのない場合は、"
           "担保権の実行その他の法的手続に着手いたします。", size=10)
    p.gap(2)
    p.para("お問い合わせ　株式会社さわふたぎ銀行 万代橋支店 融資課　電話 025-000-2417（平日9時～17時）　担当　鍔本", size=9.5,
           indent="")
    p.para("お取引先番号　4471-002", size=9.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社さわふたぎ銀行", phone="025-000-2417",
               creditor="株式会社さわふたぎ銀行", status="not_applicable", debtor="株式会社稲見工務店", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="4471-002", input_kind="pdf_scan",
               template="proxy105_bank_acceleration_to_company_two_loans", received=D(2025, 7, 28))
    return dict(stem="dj08", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank → a company 御中, two loans)",
                unusual="one-page image PDF of a bank's serif 期限の利益喪失通知書 to a COMPANY: 「株式会社稲見工務店　御中」 with "
                        "「代表取締役　稲見　浩一　様」 under it (→ debtor = the company; the 代表取締役 is also the 連帯保証人 "
                        "named in the last paragraph); the branch and 支店長 right-aligned with a square seal; full-width era "
                        "dates; the 催告書 date 7/1 vs the 喪失 date 7/15 (「の経過をもって」); a 5-column loan table (貸付番号, "
                        "貸付日, 当初貸付額 15,000,000 / 6,000,000, 残元金) with a 残元金合計 row, 単位：円; 金…円 lines 残元金合計 / "
                        "未収利息 / 遅延損害金 / ご請求金額合計; お取引先番号 at the very foot")


LETTERS = [dj01, dj02, dj03, dj04, dj05, dj06, dj07, dj08]
