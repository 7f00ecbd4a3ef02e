"""Proxy set 92, letters cw01–cw08: "who is who: sender, creditor, original creditor, debtor, round 4".
cw01 a 受託通知 signed by BOTH the 委託者 card company and the 受託者 servicer; cw02 a real servicer's 一括請求 to a
debtor whose guarantor gets a copy; cw03 a guarantee company's 代位弁済通知 to the 連帯保証人 ALONE of a company's loan
(fax); cw04 a lawyer's 縦書き 通知書 for a servicer client to the sole heir; cw05 a 支払督促 against a company AND its
連帯保証人; cw06 a 簡裁 呼出状 to the first of two defendants, plaintiff a guarantee company with its own lawyer;
cw07 a 信用金庫's 期限の利益喪失通知 to a company 御中 and its representative as guarantor; cw08 a real servicer's
一括請求 after the 競売, bought from the guarantee company that had paid the bank."""

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
    era,
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck2,
    vsafe2,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
PLUM = (0.42, 0.12, 0.36)
FOREST = (0.10, 0.36, 0.18)
BROWN = (0.42, 0.25, 0.08)
ONE = timedelta(days=1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def en(n: int) -> str:
    return f"{n:,}円"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def money_lines(p, rows, x0, x1, size=10.0, bold_last=True, rule=True):
    """label on the left, amount flush right; a rule above the last (total) row."""
    for i, (lab, val) in enumerate(rows):
        last = i == len(rows) - 1
        if last and rule:
            p.add(Line(x0, p.y + 0.6, x1, p.y + 0.6, 0.45))
            p.gap(1.4)
        f = "sans-bold" if (last and bold_last) else "sans"
        b = p.line(lab, x=x0, size=size, font=f)
        p.at(x1, b, val, size=size, align="r", font=f)


# ---------------------------------------------------------------------------------------------
# cw01 受託通知 signed by the 委託者 (card company) AND the 受託者 (real servicer ACS): two stacked notifier rows.


def cw01():
    R = 18.0
    issued, entrust = D(2025, 6, 20), D(2025, 6, 2)
    acc, lastp = D(2025, 3, 27), D(2024, 12, 27)
    P, I = 384_215, 6_930
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=16)
    p.at(192, 20, f"{era(issued)}", size=10, align="r")
    p.at(192, 25.5, "お客様番号　27-0620-4418", size=10, align="r")
    p.at(18, 31, "〒260-0000　千葉県千葉市中央区松籟町九丁目9番地9", size=9.8)
    p.at(18, 37, "ひすい台ハイツ２０３号", size=9.8)
    p.at(24, 46, "遊馬　朋美　様", size=14)
    # notifier rows, stacked, right half
    y = 52
    p.add(Box(96, y, 96, 36, 0.3))
    p.add(Line(96, y + 18, 192, y + 18, 0.2))
    p.at(98, y + 5, "（委託者）", size=8.5, color=GRAY)
    p.at(98, y + 10, "東京都新宿区ひすい通九丁目9番9号", size=8.5)
    p.at(98, y + 15.2, "なないろクレジット株式会社　代表取締役　肱岡　誠", size=9.5)
    p.seal(184, y + 10.5, 10, "round", "なないろ|代表", angle=8, seed=92011)
    p.at(98, y + 23, "（受託者）　法務大臣許可番号　第27号", size=8.5, color=GRAY)
    p.at(98, y + 28, "千葉県千葉市美浜区瑞穂台九丁目9番9号", size=8.5)
    p.at(98, y + 33.2, "エー・シー・エス債権管理回収株式会社", size=9.5)
    p.seal(184, y + 28.5, 10, "round", "ACS|代表", angle=-6, seed=92012)
    p.y = 96
    p.title("債権管理回収業務の委託及び受託についてのご通知", size=14, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10)
    p.para(f"さて、なないろクレジット株式会社（以下「委託者」といいます。）は、貴殿との間のカード会員契約に基づき貴殿に"
           f"対して有する下記債権につき、その管理及び回収の業務を、{era(entrust)}付でエー・シー・エス債権管理回収株式会社"
           "（以下「受託者」といいます。）に委託し、受託者はこれを受託いたしました。", size=10)
    p.para("本件は債権の譲渡ではなく、債権者は引き続き委託者です。受託者は、委託者のために貴殿からのお支払いを受領いたします。"
           "つきましては、今後のお支払い及びお問い合わせは、すべて受託者宛てにお願い申し上げます。", size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10.5)
    rows = [("債権者（委託者）", "なないろクレジット株式会社"),
            ("ご契約", "カード会員契約（ご契約日 平成31年3月8日・ご利用枠 500,000円）"),
            ("会員番号", "4980-****-****-2207"),
            ("最終ご入金日", era(lastp)),
            ("期限の利益喪失日", era(acc)),
            ("受託日", era(entrust))]
    p.table([[a, b] for a, b in rows], [42, 128], x=22, aligns="ll", size=9.6, row_h=7.0, shade_col0=True)
    p.gap(3)
    p.line(f"ご債務の内容（{era(issued)}現在）", x=22, size=10.2, font="serif-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}％）", "合計"],
             [en(P), en(I), en(L), en(T)]], [40, 38, 50, 42], x=22, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"※遅延損害金は、元金に対し{era(acc + ONE)}から{era(issued)}まで、年365日の日割計算によります。", x=22, size=8.6)
    p.gap(2)
    p.para("ご返済方法のご相談は、お早めに下記受託者までご連絡ください。お振込先は、ご連絡をいただいた際にご案内いたします。",
           size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 170, 22, 0.4, TEAL))
    p.at(26, y + 6, "【お問い合わせ先（受託者）】", size=9.5, font="serif-bold", color=TEAL)
    p.at(26, y + 11.5, "エー・シー・エス債権管理回収株式会社　業務第二部　担当　新免", size=9.5)
    p.at(26, y + 17, "TEL 043-000-2718（平日9:30～17:30）　FAX 043-000-2719", size=9.5)
    p.y = y + 27
    p.para("なお、委託者（なないろクレジット株式会社 お客様センター 03-0000-8841）へのお問い合わせは、受託者にお回しいたします。",
           size=8.6, indent="")
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2718", creditor="なないろクレジット株式会社", status="licensed",
               original="なないろクレジット株式会社", debtor="遊馬朋美", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=None, reference="27-0620-4418", input_kind="pdf_text",
               template="proxy92_entrustment_notice_signed_by_both", received=D(2025, 6, 23))
    return dict(stem="cw01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託通知 signed by the 委託者 and the 受託者)",
                unusual="serif 拝啓…敬具 受託通知 with TWO notifier rows stacked in one box (（委託者） card company with its "
                        "代表取締役 and round seal, （受託者） real servicer ★ エー・シー・エス債権管理回収 with 「法務大臣許可番号　"
                        "第27号」) — looks like a joint 譲渡 notice but is a 受託 (「本件は債権の譲渡ではなく、債権者は引き続き委託者"
                        "です」); a shaded-label 記 table (債権者（委託者）, ご契約 平成31年 with ご利用枠 500,000円, masked 会員番号, "
                        "最終ご入金日, 喪失日, 受託日 = not an assignment); a header table 元金 / 利息 / 遅延損害金（年18.0％） / 合計; "
                        "no payment date; the 委託者's own 03 number in the last line as a distractor")


# ---------------------------------------------------------------------------------------------
# cw02 real servicer (Partir) 一括請求, phone photo: spaced name in the window, a copy sent to the guarantor.


def cw02():
    R = 14.6
    issued, due = D(2025, 8, 5), D(2025, 8, 19)
    acc, lastp, asg = D(2025, 3, 10), D(2024, 12, 10), D(2025, 6, 30)
    P, I = 726_400, 12_388
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 11, color=None, fill=PLUM))
    p.at(14, 7.6, "パルティール債権回収株式会社", size=11, font="sans-bold", color=WHITE)
    p.at(196, 7.6, "法務大臣許可番号　第113号", size=8.5, color=WHITE, align="r")
    window(p, 14, 16, "370-0000", ["群馬県高崎市笹原北九丁目9番9号"], "莵　原　　恒　夫　様", "cw02",
           w=92, h=34, name_size=13)
    stamp(p, 112, 17, "親展", size=11)
    stamp(p, 130, 17, "重要", size=11, fill=RED)
    p.at(196, 31, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 36.5, "お客様番号　PT-7805-2261", size=9.5, align="r")
    qr(p, 176, 40, 16, "cw02")
    p.y = 58
    p.title("ご請求書（一括ご返済のお願い）", size=15, color=PLUM)
    p.para(f"当社は、{wdate(asg)}付で株式会社コスモスファイナンスから貴殿に対する貸金債権を譲り受けた債権者です。", size=9.8)
    p.para("貴殿は、既に期限の利益を喪失されており、当社から再三ご連絡を差し上げておりますが、現在までご入金もご連絡も"
           "いただけておりません。つきましては、下記ご請求金額を、下記お支払期日までに一括してお支払いくださいますようお願い"
           "申し上げます。", size=9.8)
    p.gap(1)
    y = grid(p, 14, p.y, [30, 60, 30, 62],
             [["原債権者", "株式会社コスモスファイナンス", "債権譲受日", wdate(asg)],
              ["ご契約日", "2021年4月12日（貸付 900,000円）", "喪失日", wdate(acc)],
              ["最終ご入金日", wdate(lastp), "連帯保証人", "莵原　澄江　様"]], h=7.4, size=9)
    p.y = y + 4
    p.table([["項　目", "金　額"], ["残元金", en(P)], ["利息", en(I)], [f"遅延損害金（年{R}％）", en(L)],
             ["ご請求金額", en(T)]], [70, 50], x=14, header=True, aligns="lr", size=10, row_h=7.6)
    yb = y + 4
    p.add(Box(142, yb, 54, 38, 0.9, PLUM))
    p.add(Box(142, yb, 54, 9, color=None, fill=PLUM))
    p.at(169, yb + 6.3, "お支払期日", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(169, yb + 19, f"{wdate(due)}", size=11.5, font="sans-bold", align="c")
    p.at(169, yb + 25.5, f"（{wd(due)}曜日）", size=10.5, align="c")
    p.at(169, yb + 33, "当社口座へ着金分まで", size=7.5, align="c", color=GRAY)
    p.gap(2)
    p.line(f"※遅延損害金は残元金に対し{wdate(acc + ONE)}から発行日までの日割計算です（年365日）。", x=14, size=8.3)
    p.gap(1)
    p.line("お振込先", x=14, size=9.8, font="sans-bold")
    p.para("あおい台銀行 本店営業部　普通預金　7012264　パルティールサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※お振込みの際は、お客様番号をお名前の前にご入力ください。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(14, y, 182, 16, 0.3, GRAY, (0.97, 0.95, 0.97)))
    p.at(18, y + 6, "本状の写しを、連帯保証人様にもお送りしております。ご本人様からのご連絡がない場合、連帯保証人様に", size=8.8)
    p.at(18, y + 11.5, "対し保証債務の履行をご請求いたしますので、あらかじめご承知おきください。", size=8.8)
    p.y = y + 21
    p.line("【お問い合わせ】パルティール債権回収株式会社　高崎オフィス　担当：湯佐", x=14, size=9.5)
    p.line("フリーダイヤル 0120-000-613（平日9:00～18:00）", x=14, size=9.5)
    p.line("※行き違いにご入金いただいた場合はご容赦ください。", x=14, size=8.3)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-613", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社コスモスファイナンス", debtor="莵原恒夫", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="PT-7805-2261", input_kind="photo_jpeg",
               template="proxy92_servicer_lump_sum_guarantor_copy_photo", received=D(2025, 8, 7))
    return dict(stem="cw02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.85,
                          blur=0.85, warm=0.2),
                about="collection_notice (real servicer 一括請求, copy to the guarantor)",
                unusual="phone photo on a pale desk with creases and a hand shadow at the bottom; plum band with the real "
                        "servicer ★ パルティール債権回収 and 「法務大臣許可番号　第113号」; the debtor's name in the window "
                        "printed letter-spaced 「莵　原　　恒　夫　様」; a shaded grid that also names the 連帯保証人 「莵原　澄江　様」 "
                        "and a box saying the guarantor gets a copy (debtor = the addressee, not the guarantor); 2021 "
                        "contract with 貸付 900,000円 as a distractor; 項目/金額 table ending 「ご請求金額」; the due date in a "
                        "plum box on the right with 「（火曜日）」 on its own line")


# ---------------------------------------------------------------------------------------------
# cw03 guarantee company 代位弁済通知 to the 連帯保証人 ALONE of a company's loan, fax.


def cw03():
    R = 14.0
    issued, due = D(2025, 9, 12), D(2025, 9, 26)
    subro, acc, lastp = D(2025, 8, 29), D(2025, 7, 31), D(2025, 5, 30)
    P0, I0 = 8_640_000, 41_260
    L0 = late(P0, 14.0, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(14, 18, f"送信日：{fw(era(issued))}　　送信枚数：１枚", size=10)
    p.at(196, 18, "管理番号　SK-2509-0731", size=10.5, align="r")
    p.add(Line(14, 21, 196, 21, 0.6))
    p.at(14, 29, "北海道旭川市鶴見野九条9丁目9番9号", size=10.5)
    p.at(14, 36, "連帯保証人　真壁谷　妙子　様", size=13.5, font="sans-bold")
    for i, s in enumerate(["しらかば信用保証株式会社", "債権管理部　求償グループ", "札幌市中央区若葉台東九丁目9番9号",
                           "TEL 011-000-5534　FAX 011-000-5535"]):
        p.at(196, 44 + i * 5.6, s, size=10 if i else 11.5, align="r", font="sans-bold" if i == 0 else "sans")
    p.seal(188, 43, 12, "square", "しらかば信用保証之印", angle=3, seed=92031)
    p.y = 68
    p.title("代位弁済のご通知（保証人様へ）", size=15.5)
    p.para("当社は、株式会社真壁谷精工（以下「主たる債務者」）が株式会社はるにれ銀行との間で締結した事業資金の金銭消費貸借"
           "契約について、主たる債務者の委託を受けて保証しておりました。貴殿は、主たる債務者の当社に対する求償債務について、"
           "当社と連帯保証契約を締結されています。", size=10.2)
    p.para(f"主たる債務者は、{fw(era(acc))}の経過をもって同行に対する期限の利益を喪失したため、当社は"
           f"{fw(era(subro))}、同行に対し保証債務を履行（代位弁済）いたしました。よって、連帯保証人である貴殿に対し、"
           "下記求償金を一括してお支払いくださるようご請求いたします（民法第458条の3に基づくご通知を兼ねます）。", size=10.2)
    p.gap(1)
    p.line("１　代位弁済の明細（ご参考）", size=10.8, font="sans-bold")
    p.kv([("代位弁済日", fw(era(subro))), ("代位弁済額", f"{S:,}円（元金{P0:,}円・利息{I0:,}円・損害金{L0:,}円）"),
          ("主たる債務者の最終返済日", fw(era(lastp)))], x=20, label_w=52, size=10)
    p.gap(2)
    p.line(f"２　ご請求金額（{fw(era(issued))}現在）", size=10.8, font="sans-bold")
    money_lines(p, [("求償元金", en(S)), (f"損害金（{jis(subro + ONE)}～{jis(issued)}・年{R}％）", en(L)),
                    ("ご請求金額合計", en(T))], 24, 150, size=10.8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 150, 13, 1.1))
    p.at(25, y + 8.6, "お支払期限", size=11.5, font="sans-bold")
    p.at(62, y + 8.8, f"{fw(era(due))}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お振込先　はるにれ銀行 札幌中央支店　普通　3305126　シラカバシンヨウホショウ（カ", size=10, indent="")
    p.para("※主たる債務者 株式会社真壁谷精工（代表取締役 真壁谷 哲也）にも別途同様のご請求をしております。"
           "お支払いは、いずれか一方からのお支払いにより、その限度で消滅します。", size=9.6, indent="")
    p.para("※当社は貸金業者ではなく、本書面による請求は求償権に基づくものです。担当：樫根", size=9.6, indent="")
    tr = truth(document_type="acceleration_notice", sender="しらかば信用保証株式会社", phone="011-000-5534",
               creditor="しらかば信用保証株式会社", status="not_applicable", original="株式会社はるにれ銀行",
               debtor="真壁谷妙子", total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="SK-2509-0731",
               input_kind="fax_tiff", template="proxy92_subrogation_to_guarantor_alone_fax", received=issued)
    return dict(stem="cw03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 SHIRAKABA HOSHO 011-000-5535",
                about="acceleration_notice (guarantee company 代位弁済, to the 連帯保証人 alone, fax)",
                unusual="one-page G4 fax addressed to 「連帯保証人　真壁谷　妙子　様」 ALONE about a COMPANY's business loan "
                        "(主たる債務者 株式会社真壁谷精工 and its 代表取締役 真壁谷 哲也 appear only in the prose and a ※ note); "
                        "the guarantee company's name block on the right with a square seal; the 代位弁済額 with its 内訳 in "
                        "one bracket (history); ご請求金額 as leader-less lines 求償元金 / 損害金（R7.8.30～R7.9.12・年14.0％） / "
                        "ご請求金額合計 (no interest); 民法第458条の3 as a number distractor; full-width era dates; TEL and FAX "
                        "on one line")


# ---------------------------------------------------------------------------------------------
# cw04 縦書き 通知書 of a law office for a servicer client (譲受), to the SOLE HEIR of the borrower.


def cw04():
    R = 14.0
    issued, due = D(2025, 10, 20), D(2025, 11, 7)
    acc, lastp, asg = D(2025, 5, 20), D(2025, 2, 20), D(2025, 7, 1)
    P, I = 2_315_000, 18_420
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    k = kanji_number
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職らは、アルファ債権回収株式会社（以下「通知人」という。）の代理人として、貴殿に対し次のとおり通知いたします。"),
        ("body", "一　亡檮原英二氏（令和七年三月十四日死亡。以下「被相続人」という。）は、株式会社ふゆざくら銀行（以下「原債権者」という。）"
                 "との間で、平成三十年九月二十五日、金銭消費貸借契約を締結し、金三百万円を借り受けました。"),
        ("body", f"二　被相続人の死亡後、約定の返済がなされず、同債務は{kdate(acc)}の経過をもって期限の利益を喪失しております。"
                 f"なお、最後の弁済は{kdate(lastp)}です。"),
        ("body", f"三　原債権者は、{kdate(asg)}、右債権を通知人に譲渡し、その旨を貴殿に通知しております。"),
        ("body", "四　貴殿は被相続人の唯一の相続人として、右債務の全部を承継されました。"),
        ("body", f"つきましては、{kdate(issued)}現在の左記金員を、{kdate(due)}限り、一括して左記口座にお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　金{k(P)}円"),
        ("indent", f"二　利息　　　　金{k(I)}円"),
        ("indent", f"三　遅延損害金　金{k(L)}円"),
        ("plain", f"　　（右元金に対する{kdate(acc + ONE)}から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　金{k(T)}円"),
        ("indent", "振込先　みやこ信託銀行本店　普通預金　口座番号" + kanji_digits("4471029")),
        ("plain", "　　　　名義　弁護士倭文慎一預り金口"),
        ("body", "期限までにお支払いのない場合は、法的手続に移行いたします。なお、相続放棄の手続をとられている場合は、当職宛てにご連絡ください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区柳原南九丁目九番九号"),
        ("low", "倭文・久貝法律事務所"),
        ("low", "通知人代理人弁護士　倭文　慎一"),
        ("low", "同　　　　弁護士　久貝　千尋"),
        ("low", "電話　〇三（〇〇〇〇）七一二四"),
        ("low", "（当方整理番号　ＳＫ２５－３１０）"),
        ("blank", ""),
        ("low", "神奈川県相模原市瑞穂台九丁目九番九号"),
        ("low", "被相続人檮原英二相続人"),
        ("low", "檮原　紗枝　殿"),
    ]
    size = 9.6
    pages = vertical_page(vsafe2(cols, size=size), size=size, col_pitch=5.6, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 92041))
    tr = truth(document_type="collection_notice", sender="倭文・久貝法律事務所", phone="03-0000-7124",
               creditor="アルファ債権回収株式会社", status="not_applicable", original="株式会社ふゆざくら銀行",
               debtor="檮原紗枝", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg, reference="SK25-310",
               input_kind="vertical_pdf", template="proxy92_vertical_lawyers_for_servicer_to_sole_heir",
               received=D(2025, 10, 22))
    return dict(stem="cw04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a servicer client, 縦書き 内容証明, to the sole heir)",
                unusual="digital 縦書き 通知書 (冠省 … 草々) with the 内容証明 stamp: two lawyers (「通知人代理人弁護士」 and "
                        "「同　弁護士」) write for the real servicer ★ アルファ債権回収 (no licence printed) to the SOLE HEIR "
                        "「被相続人檮原英二相続人　檮原　紗枝　殿」 (debtor = the heir, not 亡檮原英二); the 原債権者 bank, the "
                        "平成三十年 loan of 金三百万円, the death date, the 喪失, the last payment and the 譲渡 all in kanji in "
                        "numbered 一–四 paragraphs; positional kanji amounts; absolute deadline 「令和七年十一月七日限り」; a "
                        "預り金口 account in kanji digits; phone in kanji digits; full-width 当方整理番号 ＳＫ２５－３１０")


# ---------------------------------------------------------------------------------------------
# cw05 支払督促 (前橋簡裁) against a COMPANY and its 連帯保証人 (two debtors), scanned.


def cw05():
    R = 14.0
    issued, filed = D(2025, 11, 14), D(2025, 10, 31)
    acc, asg = D(2025, 4, 30), D(2025, 7, 31)
    P, I = 1_850_000, 22_740
    L = late(P, R, acc + ONE, filed)
    C = 10_212
    T = P + I + L + C
    case = "令和７年（ロ）第１５６２号"
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, case, size=10.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=17)
    p.line("譲受債権請求督促事件", align="c", size=10.5)
    p.gap(2)
    p.table([["当事者", "別紙当事者目録記載のとおり"], ["請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり"]],
            [46, 130], x=17, aligns="ll", size=9.8, row_h=7.2, ruled="rows")
    p.gap(2)
    p.para("債務者らは、債権者に対し、連帯して、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者らが支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10)
    p.gap(1)
    p.line(fw(era(issued)), x=24, size=10.2)
    p.line("前橋簡易裁判所　　裁判所書記官　榑　松　　豊", x=86, size=10.5)
    p.seal(176, p.y - 5, 10, "square", "前橋簡裁書記官印", seed=92051)
    p.gap(2)
    p.add(Line(14, p.y, 196, p.y, 0.5))
    p.gap(2)
    p.line("当事者目録", align="c", size=11, font="sans-bold")
    rows = [["債権者", "東京都港区愛宕九丁目9番9号　アウロラ債権回収株式会社"],
            ["", "代表者代表取締役　遊馬　孝典"],
            ["", "（送達場所）同所　債権管理第一部　電話 03-0000-7630"],
            ["債務者", "群馬県伊勢崎市松籟町九丁目9番地9　有限会社柞木運輸"],
            ["", "代表者取締役　柞木　勝"],
            ["債務者（連帯保証人）", "群馬県伊勢崎市松籟町九丁目9番地9　柞木　勝"]]
    p.table(rows, [40, 142], x=14, aligns="ll", size=9.4, row_h=6.6, ruled="none")
    p.gap(2)
    p.line("請求の趣旨", align="c", size=11, font="sans-bold")
    p.table([["１", "元金", en(P)], ["２", "利息（令和7年4月30日まで）", en(I)],
             ["３", f"確定遅延損害金（{era(acc + ONE)}から{era(filed)}まで年14％）", en(L)],
             ["４", "督促手続費用", en(C)], ["", "合　計", en(T)]],
            [10, 122, 50], x=14, aligns="llr", size=9.6, row_h=6.6, ruled="grid")
    p.para(f"５　上記１の元金に対する{era(filed + ONE)}から完済まで年14％の割合による遅延損害金", size=9.4, indent="")
    p.gap(1)
    p.line("請求の原因", align="c", size=11, font="sans-bold")
    for s in [
        "１　株式会社まつむし銀行（以下「原債権者」）は、令和3年6月18日、債務者有限会社柞木運輸に対し、金3,000,000円を、"
        "利息年2.4％、遅延損害金年14％、毎月末日限り分割弁済、分割金の支払を怠ったときは期限の利益を失う約定で貸し付けた。",
        "２　債務者柞木勝は、同日、原債権者に対し、上記債務を連帯して保証した。",
        f"３　債務者有限会社柞木運輸は、令和7年4月分の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
        f"４　原債権者は、{era(asg)}、上記貸金債権を債権者に譲渡し、同年8月6日到達の書面で債務者らにその旨を通知した。"]:
        p.para(s, size=9.3, indent="")
    p.gap(1)
    p.line(f"（申立年月日　{era(filed)}）", align="r", size=9)
    p.line("この書面について不明な点は、前橋簡易裁判所民事係（電話 027-000-3361）へ。", x=14, size=9)
    tr = truth(document_type="payment_order", sender="前橋簡易裁判所", phone="027-000-3361",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社まつむし銀行",
               debtor="有限会社柞木運輸", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, assignment=asg, reference=case, input_kind="scan_png",
               template="proxy92_payment_order_company_and_guarantor", received=D(2025, 11, 18))
    return dict(stem="cw05", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, company debtor and its 連帯保証人, real servicer creditor)",
                unusual="one scanned page: 支払督促 of 前橋簡裁 against TWO debtors (有限会社柞木運輸 with 「代表者取締役　柞木　勝」, "
                        "and 「債務者（連帯保証人）」 柞木 勝 himself) — 「債務者らは…連帯して」; debtor = the company (主債務者); "
                        "the creditor real servicer ★ アウロラ債権回収 with its 代表者代表取締役 and 送達場所 phone (distractor), "
                        "no licence printed; the clerk's name letter-spaced; 請求の趣旨 as a 3-column grid 元金 / 利息 / 確定遅延"
                        "損害金 / 督促手続費用 / 合計 and the running item ５ below; 請求の原因 with the 令和3年 loan 3,000,000円, "
                        "年2.4％ and 「同年8月6日到達」 as distractors; full-width case number top right")


# ---------------------------------------------------------------------------------------------
# cw06 簡裁 (ハ) 呼出状 to the FIRST of two defendants + 訴状; plaintiff a guarantee company with its own lawyer.


def cw06():
    R = 14.6
    issued, filed = D(2025, 12, 19), D(2025, 12, 3)
    hearing, answer = D(2026, 2, 5), D(2026, 1, 29)
    subro, acc, lastp = D(2025, 8, 8), D(2025, 6, 27), D(2025, 3, 27)
    P = 1_120_480
    L = late(P, R, subro + ONE, filed)
    T = P + L
    case = "令和７年（ハ）第２２４号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, f"事件番号　{case}", size=10.5, align="r")
    p.at(196, 26, "求償金請求事件", size=10.5, align="r")
    p.at(14, 34, "原　告　つゆくさ保証株式会社", size=10.5)
    p.at(14, 40, "被　告　夜久　里美　外１名", size=10.5)
    p.y = 48
    p.title("口頭弁論期日呼出及び答弁書催告状", size=15, font="serif-bold")
    p.at(14, p.y + 4, "被告　夜久　里美　殿", size=12.5)
    p.y += 10
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日"
           "に出頭してください。", size=10.5)
    p.para("なお、訴状を読んだ上、下記の答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.line("記", align="c", size=10.5)
    y = p.y + 1
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("出頭場所", "松江簡易裁判所　第２法廷（１階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(20, y + i * 10, 44, 10, 0.35, fill=SHADE))
        p.add(Box(64, y + i * 10, 122, 10, 0.35))
        p.at(24, y + i * 10 + 6.6, a, size=10.5)
        p.at(68, y + i * 10 + 6.6, b, size=11, font="serif-bold")
    p.y = y + 35
    p.para("出頭の際は、この呼出状と印鑑をお持ちください。答弁書用紙を同封します。分割払いを希望される場合も、答弁書にその旨"
           "記載してください。なお、もう一人の被告（夜久健司）には別途呼出状を送達しています。", size=9.8, indent="")
    p.gap(3)
    p.line(fw(era(issued)), x=24, size=10.5)
    p.line("松江簡易裁判所民事係", x=110, size=10.5)
    p.line("裁判所書記官　朏　　和　彦", x=110, size=10.5)
    p.seal(180, p.y - 6, 10, "square", "松江簡裁書記官印", seed=92061)
    p.gap(3)
    p.line("電話　0852-00-4417（直通）　ＦＡＸ　0852-00-4418", x=110, size=9.5)
    p.line("〒690-0000　島根県松江市鳴滝九丁目9番9号", x=110, size=9.5)
    p2 = Page(font="serif", size=10.2, top=16)
    p2.title("訴　　　状", size=16, font="serif-bold", spaced=False)
    p2.line(fw(era(filed)), align="r", size=10.2)
    p2.line("松江簡易裁判所　御中", size=10.5)
    p2.gap(1)
    for s in ["〒690-0000　島根県松江市ひすい通九丁目9番9号",
              "原　　告　つゆくさ保証株式会社", "同代表者代表取締役　伊礼　和俊",
              "〒690-0000　島根県松江市中山手九丁目9番9号　姥原法律事務所（送達場所）",
              "原告訴訟代理人弁護士　姥原　浩　　電話 0852-00-7719　FAX 0852-00-7720", "",
              "〒699-0000　島根県出雲市笹原北九丁目9番9号",
              "被　　告　夜久　里美（主たる債務者）",
              "〒699-0000　同所",
              "被　　告　夜久　健司（連帯保証人）"]:
        p2.line(s, x=20, size=9.8)
    p2.gap(2)
    p2.line("求償金請求事件", x=20, size=10.2)
    p2.line(f"訴訟物の価額　{en(T)}　　貼用印紙額　11,000円　　予納郵券　6,000円", x=20, size=9.8)
    p2.gap(2)
    p2.line("第１　請求の趣旨", size=10.6, font="serif-bold")
    p2.para(f"１　被告らは、原告に対し、連帯して金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14.6％の"
            "割合による金員を支払え。", size=10, indent="")
    p2.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", size=10, indent="")
    p2.line("第２　請求の原因", size=10.6, font="serif-bold")
    for s in [
        "１　被告夜久里美は、平成30年11月2日、株式会社みさやま銀行（以下「銀行」）から金1,800,000円を借り受け（フリーローン）、"
        "同日、原告に対しその保証を委託した。被告夜久健司は、同日、原告に対し、被告夜久里美の原告に対する求償債務を連帯保証した。",
        f"２　被告夜久里美は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
        f"３　原告は、{era(subro)}、銀行に対し、残元金及び利息の合計金{P:,}円を代位弁済した。",
        "４　保証委託契約によれば、求償金には代位弁済日の翌日から年14.6％の損害金を付する。"]:
        p2.para(s, size=9.8, indent="")
    p2.gap(1)
    p2.table([["項目", "金額"], ["求償元金（代位弁済額）", en(P)],
              [f"確定遅延損害金（{era(subro + ONE)}～{era(filed)}）", en(L)], ["合計", en(T)]],
             [110, 50], x=20, header=True, aligns="lr", size=9.8, row_h=7.2)
    p2.gap(2)
    p2.line("証拠方法　甲第１号証 金銭消費貸借契約書　甲第２号証 保証委託契約書　甲第３号証 代位弁済証明書", x=20, size=9.2)
    tr = truth(document_type="lawsuit", sender="松江簡易裁判所", phone="0852-00-4417",
               creditor="つゆくさ保証株式会社", status="not_applicable", original="株式会社みさやま銀行",
               debtor="夜久里美", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy92_summary_court_summons_first_of_two_defendants", received=D(2025, 12, 22))
    return dict(stem="cw06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), guarantee company plaintiff with its lawyer, two defendants)",
                unusual="digital 2-page serif bundle: p.1 口頭弁論期日呼出及び答弁書催告状 of 松江簡裁 addressed to 「被告　夜久　里美"
                        "　殿」 with the caption 「被告　夜久　里美　外１名」 and a note that the other defendant got his own; "
                        "shaded-label 期日 / 出頭場所 / 答弁書提出期限 rows; the clerk's one-kanji surname 朏; court 直通 and FAX; "
                        "p.2 訴状 dated 12/3 (≠ 呼出状 12/19): 原告 a guarantee company with 同代表者代表取締役 and a 原告訴訟代理人"
                        "弁護士 with his own office phone/FAX (distractors), 被告 (主たる債務者) and 被告 (連帯保証人); 訴訟物の価額 "
                        "= total, 貼用印紙額 11,000 and 予納郵券 6,000 (not costs); the bank loan 1,800,000円 of 平成30年 as history; "
                        "a 求償元金（代位弁済額） / 確定遅延損害金 / 合計 table")


# ---------------------------------------------------------------------------------------------
# cw07 信用金庫 期限の利益喪失通知 to a COMPANY 御中 and its representative as 連帯保証人 (both), HEIC photo.


def cw07():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, lastp, warn = D(2026, 1, 30), D(2025, 10, 31), D(2026, 1, 15)
    P, I = 6_420_000, 38_215
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.2, top=14)
    p.add(Box(14, 12, 8, 8, color=None, fill=TEAL))
    p.at(18, 18, "水", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(25, 18.3, "みなわ信用金庫", size=14, font="sans-bold", color=TEAL)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "管理番号　MW-0206-118", size=10, align="r")
    p.y = 30
    for s, sz in (("〒373-0000　群馬県太田市鶴見野九丁目9番9号", 10), ("主たる債務者", 9), ("株式会社萱間工業　御中", 13),
                  ("代表取締役　萱　間　　実　様", 11.5), ("", 4), ("連帯保証人", 9), ("萱　間　　実　様", 11.5)):
        if s:
            p.line(s, x=18 if sz > 9 else 16, size=sz, font="sans-bold" if sz >= 13 else None)
        else:
            p.gap(1)
    ys = 30
    for i, s in enumerate(["みなわ信用金庫", "理事長　勝占　啓司", "群馬県太田市柳原南九丁目9番9号",
                           "融資管理課　TEL 0276-00-5182"]):
        p.at(196, ys + 4 + i * 5.6, s, size=10.5 if i < 2 else 9.5, align="r")
    p.seal(190, ys + 6, 12, "square", "みなわ信用金庫理事長印", angle=-3, seed=92071)
    p.y = max(p.y, 62) + 4
    p.title("期限の利益喪失のご通知", size=15.5, color=TEAL)
    p.para(f"貴社との{era(D(2022, 9, 26))}付金銭消費貸借契約（証書貸付・運転資金）につきまして、当金庫は{era(warn)}付"
           "催告書により延滞元利金のお支払いを求めましたが、期限までにお支払いがありませんでした。", size=10)
    p.para(f"よって貴社は、信用金庫取引約定書第5条第2項に基づき、{era(acc)}の経過をもって本件借入金について期限の利益を"
           "喪失されましたので、ご通知申し上げます。つきましては、下記債務全額を下記期日までに一括してお支払いください。", size=10)
    p.para("また、連帯保証人様におかれましては、保証債務の履行として同額をご請求申し上げます。", size=10)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    y = p.y
    cells = [("貸付残元金", en(P)), ("未収利息", en(I)), (f"遅延損害金（年{R}％）", en(L)), ("ご請求額合計", en(T))]
    for i, (a, b) in enumerate(cells):
        x = 16 + i * 45.5
        p.add(Box(x, y, 45.5, 17, 0.35, fill=(0.90, 0.96, 0.96) if i == 3 else None))
        p.at(x + 2, y + 5, a, size=8.5, color=GRAY)
        p.at(x + 43.5, y + 13.2, b, size=11 if i < 3 else 12, align="r", font="sans-bold" if i == 3 else "sans")
    p.y = y + 21
    p.line(f"※遅延損害金は貸付残元金に対し{era(acc + ONE)}から{era(issued)}まで（年365日日割）。以降も完済まで発生します。",
           x=16, size=8.5)
    p.gap(2)
    p.kv([("お支払期日", f"{era(due)}（{wd(due)}）"), ("最終ご返済日", era(lastp)),
          ("当初ご融資額", "10,000,000円（毎月末日 元金均等返済）"),
          ("ご返済口座", "みなわ信用金庫 本店 当座 0088123")], x=18, label_w=34, sep="：", size=10)
    p.gap(2)
    p.para("期日までにお支払いのない場合は、担保物件（群馬県太田市所在の工場土地建物）について担保権の実行手続に着手いたします。"
           "ご事情がおありの場合は、早急に融資管理課（担当 祝園）までご連絡ください。", size=9.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="みなわ信用金庫", phone="0276-00-5182",
               creditor="みなわ信用金庫", status="not_applicable", debtor="株式会社萱間工業", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MW-0206-118", input_kind="photo_heic",
               template="proxy92_shinkin_acceleration_company_onchuu_and_guarantor", received=D(2026, 2, 9))
    return dict(stem="cw07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.86, warm=0.25, bow=5),
                about="acceleration_notice (信用金庫, company 御中 + representative as 連帯保証人)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and lamp glare; 期限の利益喪失のご通知 of a 信用金庫 "
                        "addressed to BOTH 「主たる債務者　株式会社萱間工業　御中　代表取締役　萱　間　　実　様」 and 「連帯保証人　"
                        "萱　間　　実　様」 (debtor = the company); the 理事長 with a square seal in the sender block; the 催告書 "
                        "date 1/15 vs the 喪失 1/30 「の経過をもって」; four side-by-side cells 貸付残元金 / 未収利息 / 遅延損害金"
                        "（年14.0％） / ご請求額合計; a kv block with お支払期日, 最終ご返済日, 当初ご融資額 10,000,000円 and a "
                        "当座 account (distractors); 信用金庫取引約定書第5条第2項")


# ---------------------------------------------------------------------------------------------
# cw08 real servicer (住宅債権管理回収機構) 一括請求 after the 競売: bought from the GUARANTOR, not from the bank. 2 pages.


def cw08():
    R = 14.0
    issued, due = D(2026, 1, 16), D(2026, 2, 13)
    haito, subro, asg = D(2025, 12, 10), D(2024, 11, 15), D(2025, 3, 31)
    acc, lastp = D(2024, 9, 30), D(2024, 6, 27)
    P = 9_863_200
    L = late(P, R, haito + ONE, issued)
    T = P + L
    pre_p, cost = 20_917_400, 714_600
    pre_l = late(pre_p, R, subro + ONE, haito)  # 求償元本 × 14％, 代位弁済日翌日から配当期日まで
    div = pre_p + pre_l + cost - P
    assert div < 15_210_000
    p = Page(font="sans", size=10, top=14)
    p.at(14, 18, "株式会社住宅債権管理回収機構", size=13, font="sans-bold", color=NAVY)
    p.at(14, 23.5, "法務大臣許可番号　第91号", size=9)
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23.5, "管理番号：JK-0116-2290", size=10, align="r")
    p.at(18, 35, "〒400-0000　山梨県甲府市瑞穂台九丁目9番9号", size=10)
    p.at(22, 43, "祝園　一樹　様", size=13.5)
    p.y = 52
    p.title("配当後の残債務についてのご請求", size=15)
    p.para(f"甲府地方裁判所令和6年(ケ)第88号担保不動産競売事件につきまして、{wdate(haito)}の配当期日において当社は配当金を"
           "受領し、これを貴殿に対する債権に充当いたしました（充当の明細は裏面のとおり）。", size=9.8)
    p.para("充当後もなお下記の債務が残っておりますので、下記期限までに一括してお支払いくださいますようご請求いたします。一括での"
           "お支払いが困難な場合は、期限までに必ずご相談ください。", size=9.8)
    p.gap(1)
    p.line("■ 債権の内容", size=10.5, font="sans-bold", color=NAVY)
    y = grid(p, 14, p.y, [36, 55, 36, 55],
             [["譲渡人（原債権者）", "はなみずき住宅保証株式会社", "債権譲受日", wdate(asg)],
              ["債権の種類", "求償債権（住宅ローン保証）", "代位弁済日", wdate(subro)]], h=7.4, size=8.8)
    p.y = y + 4
    p.line(f"■ ご請求金額（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=NAVY)
    p.table([["残元本", f"配当期日翌日以降の遅延損害金（年{R}％）", "ご請求額合計"],
             [en(P), en(L), en(T)]], [50, 82, 50], x=14, header=True, aligns="rrr", size=10, row_h=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(14, y, 182, 14, 1.0, NAVY))
    p.at(20, y + 9, "お支払期限", size=11.5, font="sans-bold", color=NAVY)
    p.at(56, y + 9.3, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(190, y + 9, "※当社口座へのお振込み", size=8.5, align="r")
    p.y = y + 19
    p.para("お振込先　りんどう信託銀行 本店　普通預金　2290116　カ）ジュウタクサイケンカンリカイシュウキコウ", size=9.5, indent="")
    p.para(f"※残元本に対し、{wdate(haito + ONE)}から完済まで年{R}％（年365日の日割計算）の遅延損害金が発生します。", size=9,
           indent="")
    p.gap(3)
    p.line("【お問い合わせ先】株式会社住宅債権管理回収機構　甲府債権管理課　担当　夜久", size=9.5)
    p.line("電話 055-000-9134（平日 9:00～17:00）", size=9.5)
    # page 2
    p2 = Page(font="sans", size=9.8, top=16)
    p2.line("（裏面）", align="r", size=9)
    p2.line("１．これまでの経緯", size=11, font="sans-bold")
    p2.table([["年月日", "内容"],
              [wdate(D(2014, 5, 23)), "株式会社たんぽぽ銀行より住宅資金 28,000,000円をお借入れ（当初の貸付人）"],
              [wdate(lastp), "同行への最終ご返済日"],
              [wdate(acc), "同行に対する期限の利益喪失日"],
              [wdate(subro), "はなみずき住宅保証株式会社が同行に代位弁済"],
              [wdate(asg), "同社より当社が求償債権を譲受け"],
              [wdate(haito), "甲府地方裁判所において配当実施（売却代金 15,210,000円）"]],
             [36, 146], x=14, header=True, aligns="ll", size=9.2, row_h=7.0)
    p2.gap(5)
    p2.line("２．配当金の充当明細", size=11, font="sans-bold")
    p2.table([["項目", "充当前", "配当充当額", "充当後"],
              ["執行費用", en(cost), "△" + en(cost), "0円"],
              ["遅延損害金", en(pre_l), "△" + en(pre_l), "0円"],
              ["元本", en(pre_p), "△" + en(div - cost - pre_l), en(P)],
              ["計", en(pre_p + pre_l + cost), "△" + en(div), en(P)]],
             [40, 48, 48, 46], x=14, header=True, aligns="lrrr", size=9.4, row_h=7.4)
    p2.line("※充当の順序は、費用、遅延損害金、元本の順によります。", x=14, size=8.6)
    p2.gap(5)
    p2.line("３．物件の表示", size=11, font="sans-bold")
    p2.para("所在　山梨県甲府市瑞穂台九丁目　地番　999番9　地目　宅地　地積　165.28平方メートル", size=9.2, indent="")
    p2.para("家屋番号　999番9　木造スレート葺2階建　居宅　床面積　1階 58.40平方メートル　2階 49.68平方メートル", size=9.2,
            indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="055-000-9134", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="はなみずき住宅保証株式会社", debtor="祝園一樹", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="JK-0116-2290", input_kind="pdf_scan",
               template="proxy92_servicer_after_auction_bought_from_guarantor", received=D(2026, 1, 19))
    return dict(stem="cw08", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 競売, bought from the guarantor)",
                unusual="2-page image PDF; real servicer ★ 住宅債権管理回収機構 with 「法務大臣許可番号　第91号」 under its navy "
                        "name; THREE creditors in the story: the bank (当初の貸付人, p.2 only), the guarantee company that paid "
                        "it (代位弁済) and sold the 求償債権 — printed as 「譲渡人（原債権者）」 → original — and the servicer; "
                        "the (ケ) case number and 配当期日 in the prose; a 3-column header table 残元本 / 配当期日翌日以降の遅延"
                        "損害金（年14.0％） / ご請求額合計 (no interest); a navy-framed deadline bar; p.2 a dated 経緯 table (2014 "
                        "loan 28,000,000円, last payment, 喪失, 代位弁済, 譲受, 配当 with 売却代金) and a 充当 table with △ whose "
                        "充当前 figures are distractors, plus the 物件の表示 with 平方メートル figures")


LETTERS = [cw01, cw02, cw03, cw04, cw05, cw06, cw07, cw08]
