"""Proxy set 27, letters aj01–aj08: "faxes and copies of copies". What reaches a debt-support association after
being faxed, photocopied and faxed again: a debtor's handwritten FAX送付状 in front of a servicer's demand (aj01),
a 信用金庫 faxing a shopkeeper (aj02), a servicer's 和解 offer faxed to the debtor and faxed on (aj03), a scam faxed
to a small firm (aj04), photocopies of a joint 譲渡通知 and of a 代位弁済 notice (aj05, aj06), and scanned copies of
a 支払督促 and of a 仮執行宣言付支払督促 (aj07, aj08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    BLUE,
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    late,
    old_fax_line,
    pen_line,
    pen_ring,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal

fw = fullwidth
ONE = timedelta(days=1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def fax_hdr(d: D, hm: str, who: str, num: str) -> str:
    return f"{slash(d)} {hm} {who} {num}"


# ---------------------------------------------------------------------------------------------
# aj01: the debtor's handwritten FAX送付状 (p.1) + a real servicer's 一括請求 (p.2), one two-page fax.


def aj01():
    R = 14.6
    issued, due = D(2026, 2, 4), D(2026, 2, 18)
    acc, lastp, assign = D(2025, 5, 27), D(2025, 3, 27), D(2025, 9, 30)
    got, sent = D(2026, 2, 6), D(2026, 2, 9)
    P, I = 486_215, 21_938
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    # p.1 the cover sheet, filled in by hand (serif in ballpoint blue; a fax turns it black)
    c = Page(font="serif", size=11, top=14)
    c.at(105, 24, "ＦＡＸ送付状", size=20, font="serif-bold", align="c")
    c.add(Line(70, 26.5, 140, 26.5, 0.4))
    c.add(Box(18, 34, 174, 74, 0.5))
    rows = [("宛　先", "生活再建ネットみずすまし　相談窓口　御中"), ("ＦＡＸ番号", "0138-00-2207"),
            ("送信者", "鶴来　則子"), ("ＴＥＬ／ＦＡＸ", "0172-00-3356（自宅・FAX兼用）"),
            ("送信日", "2026年2月9日"), ("枚　数", "２枚（この用紙を含む）")]
    for i, (a, b) in enumerate(rows):
        y = 34 + i * 12.3
        if i:
            c.add(Line(18, y, 192, y, 0.25))
        c.add(Box(18, y, 40, 12.3, 0.25, None, SHADE))
        c.at(22, y + 8, a, size=10, font="sans")
        c.at(62, y + 8.3, b, size=12.5, color=BLUE)
    c.add(Line(58, 34, 58, 108, 0.25))
    c.at(20, 120, "【ご連絡】", size=10.5, font="sans-bold")
    c.add(Box(18, 124, 174, 70, 0.4))
    msg = ["いつもお世話になっております。", "２月６日に届いた請求書です。前の会社（かりがねクレジット）", "からの分だと思いますが、会社の名前が変わっていて",
           "どうしたらよいかわかりません。", "来週の面談の前に見ていただけますでしょうか。", "よろしくお願いいたします。　　　　　　鶴来"]
    for i, s in enumerate(msg):
        c.at(24, 136 + i * 10, s, size=12.5, color=BLUE)
        c.add(Line(22, 138.5 + i * 10, 188, 138.5 + i * 10, 0.15, GRAY))
    c.at(20, 206, "※送信がうまく届かない場合は、お手数ですが上記ＴＥＬまでご連絡ください。", size=8.5, font="sans")
    # p.2 the servicer's demand
    p = Page(font="sans", size=9.5, top=12)
    p.at(196, 14, f"発行日　{wdate(issued)}", size=9, align="r")
    p.at(196, 18.6, "お客様番号　ORC-2602-58814", size=9, align="r")
    p.at(18, 22, "〒036-0000", size=9.5)
    p.at(18, 27, "青森県弘前市ゆずりは野三丁目9番9号", size=9.5)
    p.at(24, 34, "鶴来　則子　様", size=13)
    p.at(120, 30, "オリックス債権回収株式会社", size=11, font="sans-bold")
    p.at(120, 34.5, "法務大臣許可番号　第11号", size=8.5)
    p.at(120, 38.6, "回収第二部　担当　門奈", size=8.5)
    p.at(120, 42.7, "TEL 03-0000-6118　FAX 03-0000-6119", size=8.5)
    p.at(120, 46.8, "受付時間　平日9:30～17:30", size=8.5)
    p.add(Seal(166, 30.5, 15, "square", "オリックス債権回収之印", angle=-5, seed=27011))
    p.y = 54
    p.title("ご請求書（一括）", size=16)
    p.para(f"貴殿が株式会社かりがねクレジットとの間で締結されたカードご利用契約に基づく債権は、{wdate(assign)}付で当社が"
           "譲り受けました。貴殿は同契約の約定に基づき既に期限の利益を喪失しておりますので、下記金額を下記期日までに"
           "一括してお支払いくださいますようご請求いたします。", size=9.5)
    p.gap(1.5)
    p.line("記", align="c", size=10)
    x0 = 26
    p.table([["原債権者", "株式会社かりがねクレジット"], ["債権譲受日", wdate(assign)],
             ["期限の利益喪失日", wdate(acc)], ["最終お支払日", wdate(lastp)]],
            [50, 108], x=x0, aligns="ll", size=9, row_h=6.4, shade_col0=True)
    p.gap(3)
    p.table([["内訳", f"{wdate(issued)}現在"], ["元金", f"{P:,}円"], ["利息・手数料", f"{I:,}円"],
             [f"遅延損害金（年{R}％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [90, 68], x=x0, aligns="lr", size=10, row_h=7.2, header=True)
    ytot = p.y - 3.6
    pen_ring(p, x0 + 90 + 47, ytot, 24, 5.2, 27012)
    p.gap(3)
    y = p.y
    p.add(Box(x0, y, 158, 11, 0.9))
    p.at(x0 + 4, y + 7.5, "お支払期日", size=11, font="sans-bold")
    p.at(x0 + 40, y + 7.8, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    pen_line(p, x0 + 39, x0 + 92, y + 10.2, 27013)
    p.at(x0 + 100, y + 7.8, "?? 払えない", size=10, color=BLUE)
    p.y = y + 15
    p.para("お振込先　つがる中央銀行　本店営業部　普通預金　口座番号 2055817　口座名義 オリックスサイケンカイシュウ（カ"
           "　※ご依頼人名の前にお客様番号の数字8桁（26025881）を必ずご入力ください。", size=8.5, indent="")
    p.gap(1)
    for s in ("・遅延損害金は完済の日まで日々加算されます。ご入金日によりご請求額が異なりますので、事前にお電話でご確認ください。",
              "・一括でのお支払いが困難な場合は、お支払期日までに必ず担当者までご相談ください。",
              "・本書と行き違いにご入金いただいた場合は、何卒ご容赦ください。",
              "・当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。"):
        p.para(s, size=8.0, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-6118", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社かりがねクレジット", debtor="鶴来則子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="ORC-2602-58814", input_kind="fax_tiff", template="proxy27_cover_sheet_then_servicer_demand_fax",
               received=got)
    return dict(stem="aj01", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header=fax_hdr(sent, "10:42", "FROM:0172-00-3356", "TSURUGI"),
                about="collection_notice (real servicer 一括請求 behind the debtor's handwritten FAX送付状, 2-page fax)",
                unusual="2-page G4 fax sent by the DEBTOR: p.1 her own ＦＡＸ送付状 filled in by hand (宛先 the support "
                        "association and ITS FAX number, 送信者, her TEL/FAX, 送信日 2026年2月9日, 枚数) with a note that the "
                        "letter arrived on 2月6日; p.2 real servicer ★ オリックス債権回収株式会社 「法務大臣許可番号　第11号」 "
                        "with its 角印 over the company name; a shaded 4-row kv table (原債権者 / 債権譲受日 / 喪失日 / "
                        "最終お支払日) and a 内訳 table; the total ringed in ballpoint and the due date underlined with 「?? "
                        "払えない」 written next to it; the fax header is the debtor's (date 2/9, her number)")


# ---------------------------------------------------------------------------------------------
# aj02: a 信用金庫 faxes a shopkeeper about two missed business-loan instalments (arrears only), 至急 stamp.


def aj02():
    R = 14.0
    issued, due = D(2025, 12, 12), D(2025, 12, 19)
    lastp = D(2025, 9, 30)
    rows = [(D(2025, 10, 31), 185_000, 21_406), (D(2025, 11, 28), 185_000, 20_987)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr + it, R, d + ONE, issued)
        calc.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    assert sum(r[4] for r in calc) == T
    p = Page(font="sans", size=9.5, top=12)
    p.add(Box(14, 11, 182, 13, 0.4))
    p.at(18, 19.5, "ＦＡＸ送信のご案内", size=12, font="sans-bold")
    p.at(70, 16.5, f"送信日時　{wdate(issued)}（{wd(issued)}）9時15分", size=8.5)
    p.at(70, 21, "送信枚数　本紙1枚　／　送信先FAX　0470-00-8812", size=8.5)
    stamp(p, 170, 12.5, "至急", size=14, h=10)
    p.at(196, 31, "管理番号　TB-2512-0091", size=9, align="r")
    p.at(18, 32, "籠谷表具店", size=10)
    p.at(18, 37.5, "籠谷　巌　様", size=13)
    p.y = 44
    p.title("ご返済の延滞についてのご連絡", size=15)
    p.para("平素はたちばな浦信用金庫をお引き立ていただき、誠にありがとうございます。", size=9.5)
    p.para(f"さて、お客様にご利用いただいております事業資金（証書貸付、お取引番号 0412-5533-08）につきまして、"
           f"{wdate(rows[0][0])}及び{wdate(rows[1][0])}のご返済が確認できておりません（最終ご入金日 {wdate(lastp)}）。"
           "つきましては、下記の延滞金額を至急ご入金くださいますようお願い申し上げます。", size=9.5)
    p.gap(1)
    p.table([["約定返済日", "延滞元金", "延滞利息", "延滞損害金", "小計"]] +
            [[wdate(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{s:,}"] for d, pr, it, lt, s in calc] +
            [["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [42, 33, 33, 33, 33], x=18, size=9.5, row_h=7.0, header=True)
    p.at(192, p.y + 3.5, "（単位：円）", size=7.5, align="r")
    p.gap(5)
    y = p.y
    p.add(Box(18, y, 174, 11, 0.8))
    p.add(Box(18, y, 42, 11, color=None, fill=SHADE))
    p.at(22, y + 7.3, "ご入金期限", size=10.5, font="sans-bold")
    p.at(66, y + 7.6, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.at(140, y + 7.6, f"ご入金額　{T:,}円", size=10.5, font="sans-bold")
    p.y = y + 15
    p.para("ご入金は、お取引のある当金庫本店営業部の返済用普通預金口座（口座番号 0338271）へのご入金、又は窓口でのお支払いにて"
           "お願いいたします。なお、延滞損害金は、各約定返済日の翌日から本書作成日まで年14.0％（年365日の日割計算）で"
           "算出しております。", size=8.5, indent="")
    p.para("期限までにご入金又はご連絡のない場合、当金庫は金銭消費貸借契約証書第8条に基づき、期限の利益の喪失その他の"
           "手続をとらせていただくことがございますので、あらかじめご承知おきください。", size=8.5, indent="")
    p.para("※本FAXは、お客様からのご依頼（11月28日お電話）によりFAXにてお送りしております。誤送信の場合は、お手数ですが"
           "下記までご連絡のうえ破棄してください。", size=8.0, indent="")
    p.para("※ご融資残高（11月末現在） 7,215,000円、毎月のご返済額（元金均等）185,000円＋利息は、ご参考です。", size=8.0,
           indent="")
    p.gap(4)
    for s, sz, f in (("たちばな浦信用金庫　本店営業部", 11, "sans-bold"), ("融資課　担当　櫛部", 9, "sans"),
                     ("〒299-0000 千葉県館山市あさぎり野二丁目9番9号", 8.5, "sans"),
                     ("TEL 0470-00-5212　FAX 0470-00-5213", 9, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.add(Seal(150, p.y - 14, 14, "square", "たちばな浦信用金庫之印", angle=6, seed=27021))
    tr = truth(document_type="collection_notice", sender="たちばな浦信用金庫", phone="0470-00-5212",
               creditor="たちばな浦信用金庫", status="not_applicable", debtor="籠谷巌", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="TB-2512-0091", input_kind="fax_tiff", template="proxy27_shinkin_arrears_fax_shigyu_stamp",
               received=issued)
    return dict(stem="aj02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=fax_hdr(issued, "09:15", "TACHIBANAURA SHINKIN", "0470-00-5213"),
                about="collection_notice (信用金庫, two missed business-loan instalments, one-page fax)",
                unusual="one-page G4 fax from a 信用金庫 to a shopkeeper (屋号 籠谷表具店 above the name): a framed "
                        "ＦＡＸ送信のご案内 strip with 送信日時 / 枚数 / the addressee's FAX number and a red 「至急」 stamp; "
                        "a 5-column per-instalment table (延滞元金 / 延滞利息 / 延滞損害金 / 小計, （単位：円） under it) and a "
                        "合計 row; arrears only (lump false, acceleration only threatened); the お取引番号, the 返済用口座, "
                        "ご融資残高 7,215,000 and 毎月のご返済額 185,000 as distractors; 8-pt notes; the 角印 half over the "
                        "sender block")


# ---------------------------------------------------------------------------------------------
# aj03: a real servicer's 和解条件のご案内 faxed to the debtor, faxed on by the debtor (two header lines).


def aj03():
    R = 18.0
    issued, due = D(2026, 3, 10), D(2026, 3, 27)
    acc, lastp, assign = D(2024, 11, 15), D(2024, 9, 27), D(2025, 6, 30)
    P, I = 623_480, 12_905
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n_inst, per, offer = 36, 15_000, 540_000
    assert n_inst * per == offer
    p = Page(font="sans", size=9.5, top=12)
    old_fax_line(p, fax_hdr(issued, "16:05", "ALPHA SAIKEN KAISHU OSAKA", "06-0000-4482") + "   P.01/01", y=14.5)
    p.add(Line(12, 16, 198, 16, 0.2))
    p.at(18, 25, "鳰原　真帆　様", size=13)
    p.at(18, 30.5, "（FAX 0193-00-4410 宛）", size=8)
    p.at(196, 24, f"{fw(era(issued))}", size=9.5, align="r")
    p.at(196, 29, "お客様番号　AL-0331-6027", size=9.5, align="r")
    p.y = 36
    p.title("和解条件のご案内", size=15)
    p.para("先日はお電話をいただきありがとうございました。お申し出のありました分割でのお支払いにつきまして、当社で検討いた"
           "しました結果、下記の条件にて和解に応じる用意がございますのでご案内いたします。", size=9.5)
    p.gap(1)
    p.line("１．現在のご債務", size=10, font="sans-bold")
    p.table([["原債権者", "株式会社ゆうすずみカード", "譲受日", fw(era(assign))],
             ["期限の利益喪失日", fw(era(acc)), "最終ご入金日", fw(era(lastp))]],
            [32, 54, 26, 56], x=22, aligns="llll", size=8.5, row_h=6.3)
    p.gap(2)
    p.table([["元金", "利息", "遅延損害金", "ご債務総額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 40, 40, 48], x=22, aligns="rrrr", size=10, row_h=7.4, header=True)
    p.at(190, p.y + 3.6, f"（{fw(era(issued))}現在、遅延損害金 年{R}％）", size=7.5, align="r")
    p.gap(6)
    p.line("２．和解の条件（ご提案）", size=10, font="sans-bold")
    for s in (f"(1) 和解金額　金{offer:,}円（ご債務総額のうち、残額は和解条件どおりのお支払いを条件に免除いたします。）",
              f"(2) お支払方法　令和8年4月から令和11年3月まで、毎月27日限り金{per:,}円ずつ（{n_inst}回）",
              f"(3) お支払いを2回分（金{2 * per:,}円）以上怠ったときは、期限の利益を失い、ご債務総額から既払金を控除した"
              "残額を直ちにお支払いいただきます。"):
        p.para(s, x0=24, size=9.0, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 12, 1.0))
    p.at(26, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(58, y + 8.3, f"{fw(era(due))}（{wd(due)}）必着", size=12, font="sans-bold")
    pen_line(p, 57, 122, y + 10.6, 27031)
    p.y = y + 16
    p.para("ご了承いただける場合は、同封の和解書（2通）にご署名・ご捺印のうえ、ご回答期限までにご返送ください（FAXでの"
           "ご回答は受け付けておりません）。期限までにご回答のない場合、本ご案内は効力を失い、法的手続を検討させていただきます。",
           size=8.5, indent="")
    p.para("※本書面は、お客様のご依頼によりFAXで送信しております。ご不明な点は担当者までお問い合わせください。", size=8,
           indent="")
    p.gap(4)
    for s, sz, f in (("アルファ債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第101号", 8.5, "sans"),
                     ("大阪管理センター　担当　紀平", 8.5, "sans"), ("〒530-0000 大阪府大阪市北区きりしま野一丁目9番9号", 8, "sans"),
                     ("TEL 06-0000-4481（直通）　FAX 06-0000-4482", 8.5, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.add(Seal(128, p.y - 20, 15, "square", "アルファ債権回収株式会社印", angle=-3, seed=27032))
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="06-0000-4481", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ゆうすずみカード", debtor="鳰原真帆", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-0331-6027", input_kind="fax_tiff",
               template="proxy27_servicer_settlement_refaxed_two_headers", received=issued)
    return dict(stem="aj03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr, precopy=dict(ground=0.93, holes=0, streaks=2, skew=1.0, edge=False),
                fax_header=fax_hdr(D(2026, 3, 12), "19:48", "FROM 0193-00-4410", "NIOHARA"),
                about="settlement_proposal (real servicer 和解条件, faxed to the debtor and faxed on)",
                unusual="a fax of a fax: the servicer's own header line (3/10 16:05, its FAX 06-0000-4482, P.01/01) is "
                        "printed inside the page under the debtor's outer header (3/12 19:48, her number); real servicer ★ "
                        "アルファ債権回収株式会社 「法務大臣許可番号　第101号」 at the bottom with a 角印; full-width era dates "
                        "everywhere; a 2-row kv grid (原債権者 / 譲受日 / 喪失日 / 最終ご入金日) and a 4-column one-row "
                        "table ending in ご債務総額; the 和解金額 540,000 = 36 × 15,000, the 2-instalment 30,000 threshold and "
                        "令和11年3月 as distractors; ご回答期限 …必着 underlined by hand; the addressee's FAX number")


# ---------------------------------------------------------------------------------------------
# aj04: SCAM faxed to a small firm: fake servicer, 法人向け掲載料, 3-day deadline.


def aj04():
    issued, due = D(2026, 3, 4), D(2026, 3, 6)
    T = 286_000
    p = Page(font="sans", size=10, top=12)
    p.add(Box(14, 12, 182, 16, color=None, fill=(0.15, 0.15, 0.15)))
    p.at(105, 23, "未納料金のお支払いに関する最終通告書", size=17, font="sans-bold", color=WHITE, align="c")
    p.at(18, 36, "有限会社瀬賀精工　御中", size=13)
    p.at(18, 41.5, "ご担当者様（経理ご担当者様）", size=9.5)
    p.at(196, 36, f"通知日　令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 41, "受付番号　Ｎ－２６０３０４－０１７", size=9.5, align="r")
    stamp(p, 150, 46, "重要", size=13, h=9)
    stamp(p, 170, 46, "最終", size=13, h=9, fill=RED)
    p.y = 60
    p.para("当機構は、法務省の認可を受けた法人債権の回収代行機関です。貴社がご契約の法人向け企業情報掲載サービスにつき、"
           "再三のご請求にもかかわらず利用料金が未納のままとなっており、契約会社より当機構が債権の譲渡を受け、回収業務を"
           "行うこととなりました。", size=10)
    p.para("本通知到達後も連絡がない場合、当機構は契約会社と協議のうえ、貴社に対し民事訴訟を提起し、取引先への照会、"
           "売掛金・預金口座の差押え等の強制執行の手続に移行いたします。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 26, 1.2))
    p.at(30, y + 9, "ご請求額", size=12, font="sans-bold")
    p.at(180, y + 10, f"金{T:,}円", size=18, font="sans-bold", align="r")
    p.at(30, y + 17, "（未納料金・延滞金・事務手数料を含む）", size=8.5)
    p.at(30, y + 23, f"お支払期限　令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=11,
         font="sans-bold")
    pen_ring(p, 150, y + 10, 34, 7, 27041)
    p.y = y + 32
    p.para("お支払い又は和解のご相談は、下記担当者まで必ずお電話ください。個人名義の口座をご案内する場合がございますが、"
           "当機構の回収担当者の管理口座ですのでご安心ください。", size=9.5)
    p.para("※なお、弁護士・商工会議所等の第三者に相談された場合、和解のお取扱いはできかねますので、ご了承ください。", size=9.5,
           indent="")
    p.para("※本通知は最終のご案内です。期限を過ぎた場合、いかなる理由があっても訴訟手続を取り下げることはできません。",
           size=9.5, indent="")
    p.gap(5)
    for s, sz, f in (("株式会社日本法人債権回収管理機構", 12, "sans-bold"), ("法務大臣許可番号　第344号", 9.5, "sans"),
                     ("東京都千代田区霞が関一丁目（本部）", 9, "sans"), ("お問合せ　TEL 050-0000-8127（担当：卯月）", 10, "sans-bold"),
                     ("受付　毎日 9:00～20:00（土日祝も受付）", 8.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.add(Seal(176, p.y - 22, 18, "round", "日本法人債権回収管理機構|法務/認可", angle=8, seed=27042))
    p.at(18, 262, "※本書は弊機構の管理システムより自動送信しております。返信FAXはご遠慮ください。", size=8)
    tr = truth(document_type="other", sender="株式会社日本法人債権回収管理機構", license_number=344, phone="050-0000-8127",
               creditor=None, status="not_licensed", original=None, debtor="有限会社瀬賀精工", total=T, lump=False,
               issued=issued, payment_due=due, reference="N-260304-017", is_scam=True, input_kind="fax_tiff",
               template="proxy27_scam_business_listing_fee_fax", received=None)
    return dict(stem="aj04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=fax_hdr(issued, "11:02", "NHSK KIKO", "03-0000-5591"),
                about="other (scam faxed to a small firm: fake servicer, listing fee)",
                unusual="架空請求 FAXED to a small company (addressee 「有限会社瀬賀精工　御中　ご担当者様」 → debtor = the "
                        "company): a black title band 「未納料金のお支払いに関する最終通告書」, 「重要」 and a filled 「最終」 stamp; "
                        "a fake 「株式会社日本法人債権回収管理機構」 with a FAKE 「法務大臣許可番号　第344号」 and a round "
                        "「法務認可」 seal (→ not_licensed); 「法務省の認可を受けた…回収代行機関」; an unnamed 「契約会社」 and "
                        "「法人向け企業情報掲載サービス」; one lump 金286,000円 「（未納料金・延滞金・事務手数料を含む）」 "
                        "ringed by hand; a two-day deadline with 午後3時; a 050 number open every day; 「個人名義の口座」, "
                        "「弁護士・商工会議所等…に相談された場合…」; the header's 03 FAX number and an address without a "
                        "number")


# ---------------------------------------------------------------------------------------------
# aj05: a photocopy of a joint 債権譲渡通知書 (consumer loan → real servicer), punched holes, 写 mark.


def aj05():
    R = 20.0
    issued, assign = D(2025, 11, 20), D(2025, 11, 14)
    acc, lastp = D(2025, 4, 8), D(2025, 2, 10)
    P, I = 378_552, 9_311
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10, top=16)
    p.add(Seal(184, 22, 12, "maru", "写", angle=-10, seed=27051))
    p.at(18, 24, "〒970-0000　福島県いわき市あやめ台五丁目9番9号", size=9.5)
    p.at(24, 31, "砂子田　恵　殿", size=13)
    p.at(192, 36, f"{era(issued)}", size=10, align="r")
    p.y = 44
    p.title("債権譲渡通知書", size=16, spaced=True)
    p.para(f"譲渡人株式会社さんざしファイナンス（以下「譲渡人」）は、{era(assign)}、貴殿に対して有する下記債権を、"
           "パルティール債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、連名をもって"
           "ご通知申し上げます。", size=10)
    p.para("今後、下記債権に関するお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。なお、譲渡人に対する"
           "お支払いは、本通知到達後は債務の弁済としての効力を生じませんのでご注意ください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.table([["債権の表示", "金銭消費貸借契約（極度方式基本契約）に基づく貸金債権"], ["契約日", era(D(2019, 8, 22))],
             ["旧契約番号", "SZ-77-0418826"], ["期限の利益喪失日", era(acc)], ["最終返済日", era(lastp)],
             ["債権譲渡日", era(assign)], ["譲受管理番号", "PT-25K-66120"]],
            [46, 122], x=21, aligns="ll", size=9.5, row_h=6.6)
    p.gap(3)
    p.line(f"譲渡債権の額（{era(assign)}現在）", size=10, font="serif-bold")
    p.table([["残元金", "未収利息", f"遅延損害金（年{R:.0f}％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 38, 48, 42], x=21, aligns="rrrr", size=10, row_h=7.4, header=True)
    p.gap(2)
    p.para("※遅延損害金は、残元金に対し期限の利益喪失日の翌日から譲渡日まで年20％の割合で計算しております。"
           "譲渡日の翌日以降も同じ割合で発生いたします。ご利用限度額500,000円はご参考です。", size=8.5, indent="")
    p.gap(4)
    yb = p.y
    for col, lines, sd in ((21, ["（譲渡人）", "東京都新宿区たびらこ坂一丁目9番9号", "株式会社さんざしファイナンス",
                                 "代表取締役　船渡　隆", "TEL 03-0000-2871"], 27052),
                           (110, ["（譲受人）", "東京都港区えごの台二丁目9番9号", "パルティール債権回収株式会社",
                                  "代表取締役　越川　貴之", "法務大臣許可番号　第113号", "TEL 03-0000-1139（管理部）"], 27053)):
        yy = yb
        for i, s in enumerate(lines):
            p.at(col, yy + 4, s, size=9.5 if i != 2 else 10.5, font="serif-bold" if i == 2 else "serif")
            yy += 5.6
        p.add(Seal(col + 72, yb + 20, 15, "round", "代表取締役|之印", angle=5, seed=sd))
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-1139", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社さんざしファイナンス", debtor="砂子田恵", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-25K-66120", input_kind="scan_png",
               template="proxy27_joint_assignment_photocopy_punched", received=D(2025, 11, 22))
    return dict(stem="aj05", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                copy=dict(skew=1.9, holes=2, ground=0.84, streaks=3),
                about="assignment_notice (joint, consumer loan → real servicer, photocopy)",
                unusual="a PHOTOCOPY scanned: grey ground, toner streaks, the copier-lid shadow on one edge, two "
                        "punched-hole shadows in the left margin, ~2° skew, the red seals now grey; a 「写」 maru stamp "
                        "top-right; serif, spaced title 「債権譲渡通知書」; 「殿」; a 7-row kv table with 旧契約番号 "
                        "(distractor) and 譲受管理番号 (reference); a 4-column table 残元金 / 未収利息 / 遅延損害金（年20％） / "
                        "合計 as of the 譲渡日; the two notifiers side by side at the bottom with round 代表者印; ★ "
                        "パルティール債権回収株式会社 「法務大臣許可番号　第113号」; ご利用限度額 500,000 and the 譲渡人's "
                        "phone as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# aj06: a photocopy of a guarantee company's 代位弁済のお知らせ (bank card loan), ringed by hand.


def aj06():
    R = 14.6
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    subro, acc, lastp = D(2026, 1, 8), D(2025, 12, 5), D(2025, 8, 25)
    P0, I0 = 1_184_300, 22_716
    L0 = late(P0, R, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=9.5, top=14)
    p.at(18, 20, "あおぎり信用保証株式会社", size=14, font="sans-bold")
    p.at(18, 25, "AOGIRI CREDIT GUARANTEE", size=7)
    p.add(Seal(68, 20, 13, "square", "あおぎり信用保証印", angle=-8, seed=27061))
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 23, "保証番号　AO-6218-0457", size=9.5, align="r")
    p.add(Box(18, 30, 86, 24, 0.2, GRAY))
    p.at(22, 36, "〒310-0000", size=9)
    p.at(22, 41, "茨城県水戸市とねり町四丁目9番9号", size=9)
    p.at(26, 49, "茅根　修一　様", size=12.5)
    p.y = 60
    p.title("代位弁済のお知らせ", size=15)
    p.para(f"貴殿が株式会社れんげ銀行とご契約のカードローンにつきましては、{wdate(acc)}の経過をもって期限の利益を喪失"
           f"されたため、当社は保証委託契約に基づき、{wdate(subro)}、同行に対し貴殿に代わって下記のとおり弁済（代位弁済）"
           "いたしました。これにより、当社は貴殿に対し求償権を取得いたしましたので、お知らせいたします。", size=9.5)
    p.gap(1)
    p.line("■代位弁済の明細", size=10, font="sans-bold")
    yt = p.y
    p.table([["代位弁済日", wdate(subro)], ["代位弁済額", f"{S:,}円"], ["（内訳）元金", f"{P0:,}円"],
             ["（内訳）利息", f"{I0:,}円"], ["（内訳）損害金", f"{L0:,}円"], ["最終ご返済日", wdate(lastp)]],
            [56, 60], x=24, aligns="lr", size=9.5, row_h=6.6, ruled="grid", shade_col0=True)
    pen_ring(p, 24 + 56 + 60 - 14, yt + 3.3, 16, 4.2, 27062)
    p.at(146, yt + 5, "←この日？", size=10, color=(0.1, 0.1, 0.1))
    p.gap(4)
    p.line(f"■ご請求金額（{wdate(issued)}現在）", size=10, font="sans-bold")
    p.table([["求償元金（代位弁済額）", f"{S:,}円"], [f"求償損害金（年{R}％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [80, 60], x=24, aligns="lr", size=10, row_h=7.2, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 140, 11, 0.9))
    p.at(28, y + 7.5, "お支払期日", size=10.5, font="sans-bold")
    p.at(62, y + 7.8, f"{wdate(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 15
    p.para("上記期日までに一括にてお支払いください。一括でのお支払いが困難な場合は、期日までに必ず当社までご連絡ください。"
           "求償損害金は、代位弁済日の翌日から完済の日まで、求償元金に対し年14.6％の割合で発生いたします。", size=8.5, indent="")
    p.para("お振込先：れんげ銀行 本店 普通 4410286 アオギリシンヨウホシヨウ（カ　※振込手数料はお客様のご負担となります。",
           size=8.5, indent="")
    p.para("※当初ご利用限度額 1,500,000円、保証委託契約日 令和元年7月1日はご参考です。", size=8, indent="")
    p.gap(4)
    for s, sz in (("あおぎり信用保証株式会社　債権管理部", 10), ("〒100-0000 東京都千代田区みねざくら通一丁目9番9号", 8.5),
                  ("フリーダイヤル 0120-000-847（平日9:00～17:00）", 9), ("貸金業登録番号 関東財務局長(3)第01987号", 7.5)):
        p.line(s, x=100, size=sz)
    tr = truth(document_type="acceleration_notice", sender="あおぎり信用保証株式会社", phone="0120-000-847",
               creditor="あおぎり信用保証株式会社", status="not_applicable", original="株式会社れんげ銀行", debtor="茅根修一",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="AO-6218-0457", input_kind="scan_png",
               template="proxy27_guarantor_subrogation_photocopy_ringed", received=D(2026, 1, 17))
    return dict(stem="aj06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                copy=dict(skew=2.2, holes=2, ground=0.80, streaks=4),
                about="acceleration_notice (guarantee company 代位弁済, photocopy)",
                unusual="a darker PHOTOCOPY scanned (grey ground 0.8, four toner streaks, two punched holes, ~2° skew); "
                        "the 角印 printed OVER the company name at the top-left (grey now); a grid table of the "
                        "代位弁済 with （内訳）元金 / （内訳）利息 / （内訳）損害金 (history) and the 代位弁済日 ringed by hand "
                        "with 「←この日？」 written next to it; a rows-ruled ご請求金額 table 求償元金（代位弁済額） / "
                        "求償損害金（年14.6％） / ご請求額合計 (no interest); the bank's 喪失 date in the prose; "
                        "当初ご利用限度額, 保証委託契約日 and the 貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# aj07: a scanned photocopy of a 支払督促 (函館簡裁), real servicer creditor, 写 stamp.


def aj07():
    R = 14.6
    issued, filed = D(2026, 1, 22), D(2026, 1, 13)
    acc, lastp, assign = D(2025, 6, 2), D(2025, 4, 27), D(2025, 10, 1)
    P, I = 512_300, 18_420
    L = late(P, R, acc + ONE, filed)
    C = 4_920
    T = P + I + L + C
    p = Page(font="sans", size=10, top=14)
    p.add(Seal(30, 22, 12, "maru", "写", angle=8, seed=27071))
    p.at(196, 20, "令和８年（ロ）第２１４号", size=10.5, align="r")
    p.title("支　払　督　促", size=17)
    p.table([["債権者", "東京都中央区ささはら町三丁目9番9号　SMBC債権回収株式会社　代表者代表取締役　城間　聡"],
             ["債務者", "北海道函館市かりがね台二丁目9番9号　舘花　亜由美"]],
            [22, 150], x=19, aligns="ll", size=9, row_h=8.5, ruled="rows")
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10)
    p.gap(1)
    p.line("請求の趣旨", size=10.5, font="sans-bold", align="c")
    p.table([["１", "金", f"{P:,}円", "（譲受債権元金）"], ["２", "金", f"{I:,}円", "（利息）"],
             ["３", "金", f"{L:,}円", f"（確定遅延損害金　{fw(era(acc + ONE))}から{fw(era(filed))}まで）"],
             ["４", "金", f"{C:,}円", "（督促手続費用）"], ["", "合計　金", f"{T:,}円", ""]],
            [8, 18, 30, 112], x=21, aligns="lrrl", size=9.5, row_h=6.6, ruled="none")
    p.para(f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金", size=9.5, x0=21,
           indent="")
    p.gap(1)
    p.line("請求の原因", size=10.5, font="sans-bold", align="c")
    for s in ("１　株式会社のばらクレジット（以下「原債権者」）は、債務者との間で、平成30年5月9日、カードローン契約（極度額"
              "50万円、利率年17.8％、遅延損害金年14.6％）を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{fw(era(lastp))}の支払を最後にその後の支払を怠り、{fw(era(acc))}の経過により期限の利益を"
              "喪失した。",
              f"３　原債権者は、債権者に対し、{fw(era(assign))}、上記貸金債権を譲渡し、同月6日到達の内容証明郵便で債務者に"
              "その旨通知した。"):
        p.para(s, x0=21, size=9.2, indent="")
    p.gap(2)
    p.at(100, p.y + 4, f"申立日　{fw(era(filed))}", size=9.5)
    p.gap(8)
    p.line(f"{fw(era(issued))}", x=100, size=10)
    p.line("函館簡易裁判所", x=100, size=11, font="sans-bold")
    p.line("裁判所書記官　奈須　由里子", x=100, size=10)
    p.add(Seal(178, p.y - 7, 13, "square", "函館簡易裁判所書記官印", angle=2, seed=27072))
    p.gap(2)
    y = p.y
    p.add(Box(19, y, 172, 20, 0.4))
    p.para("（注）この支払督促に不服があるときは、支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の申立てを"
           "することができます。ご不明な点は、函館簡易裁判所民事係（電話 0138-00-6613（直通））にお問い合わせください。"
           "債権者の送達場所 TEL 03-0000-7710 は債権者の連絡先です。", x0=22, x1=188, size=8.2, indent="")
    p.y = y + 24
    p.at(105, p.y, "これは謄本である。", size=8.5, align="c")
    tr = truth(document_type="payment_order", sender="函館簡易裁判所", phone="0138-00-6613", creditor="SMBC債権回収株式会社",
               status="licensed", original="株式会社のばらクレジット", debtor="舘花亜由美", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="令和8年(ロ)第214号", input_kind="pdf_scan",
               template="proxy27_payment_order_hakodate_photocopy", received=D(2026, 1, 26))
    return dict(stem="aj07", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                copy=dict(skew=1.3, holes=2, ground=0.88, streaks=2),
                about="payment_order (函館簡裁, real servicer creditor, scanned photocopy)",
                unusual="a PHOTOCOPY of a 支払督促 scanned to an image PDF (grey, punched holes, the 書記官印 grey): a "
                        "「写」 maru stamp top-left; full-width case number top-right; parties as a rows-ruled 2-row table "
                        "(creditor ★ SMBC債権回収株式会社, no licence: court paper); 請求の趣旨 as an unruled 4-column list "
                        "金 / amount / （label） with 確定遅延損害金 and its window, 督促手続費用 and a 合計 line; the running "
                        "item ５; 請求の原因 with 極度額50万円, 17.8％ and 平成30年 (distractors), last payment, 喪失, 譲渡 in "
                        "full-width era; the 申立日 1/13 ≠ the order date 1/22; 「これは謄本である。」; court phone （直通） "
                        "and the creditor's 03 number in the note box")


# ---------------------------------------------------------------------------------------------
# aj08: a copy of a copy of a 仮執行宣言付支払督促 (倉敷簡裁), 信販 creditor, 2 pages.


def aj08():
    R = 14.6
    issued, order, served = D(2025, 12, 18), D(2025, 11, 5), D(2025, 11, 10)
    acc, lastp = D(2025, 5, 27), D(2025, 3, 27)
    filed = D(2025, 10, 24)
    P, I = 734_066, 41_288
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 5_310, 1_240
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 22, "令和７年（ロ）第１０３２号", size=10.5, align="r")
    p.gap(8)
    p.title("仮執行宣言付支払督促", size=17)
    p.para(f"頭書の督促事件について、当裁判所書記官は、{fw(era(order))}、別紙当事者目録記載の債務者に対し、別紙請求の趣旨"
           f"記載の金額を債権者に支払うよう支払督促を発し、同支払督促は{fw(era(served))}債務者に送達されたが、債務者は"
           "法定の期間内に督促異議の申立てをしなかった。", size=10.5)
    p.para(f"よって、債権者の申立てにより、次のとおり仮執行の宣言をする。なお、仮執行宣言の手続費用は金{C2:,}円とする。",
           size=10.5)
    p.gap(3)
    p.line("仮執行宣言", size=11, font="serif-bold", align="c")
    p.para("前記支払督促に仮執行の宣言を付する。", size=10.5)
    p.gap(6)
    p.line(f"{fw(era(issued))}", x=104, size=10.5)
    p.line("倉敷簡易裁判所", x=104, size=11.5, font="serif-bold")
    p.line("裁判所書記官　千綿　達郎", x=104, size=10.5)
    p.add(Seal(182, p.y - 8, 13, "square", "倉敷簡易裁判所書記官印", angle=-3, seed=27081))
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 40, 0.5, None, (0.94, 0.94, 0.94)))
    p.y = y + 3
    p.line("債務者の方へ", x=24, size=10.5, font="sans-bold")
    p.para("この仮執行宣言付支払督促に不服があるときは、これを受け取った日から２週間以内に、この裁判所に督促異議の申立て"
           "をすることができます。異議の申立てをしても、強制執行が当然に停止されるわけではありません。お問い合わせは、倉敷簡易"
           "裁判所民事受付（電話 086-000-4418）へ。", x0=24, x1=186, size=9, font="sans", indent="")
    p.y = y + 46
    p.at(105, p.y, "これは正本である。", size=9.5, align="c")
    q = Page(font="serif", size=10, top=16)
    q.at(196, 22, "令和７年（ロ）第１０３２号", size=9.5, align="r")
    q.gap(8)
    q.line("当事者目録", size=12, font="serif-bold", align="c")
    q.kv([("債権者", "岡山県岡山市北区ねむり坂一丁目9番9号"), ("", "株式会社えごのき信販"), ("", "代表者代表取締役　苅谷　一成"),
          ("", "（送達場所）同所　債権管理部　電話 086-000-2290"),
          ("債務者", "岡山県倉敷市すずな町六丁目9番9号"), ("", "糠谷　晃嗣")], label_w=26)
    q.gap(6)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    q.table([["項目", "金額（円）", "備考"], ["立替金残元金", f"{P:,}", ""], ["未払手数料", f"{I:,}", ""],
             ["確定遅延損害金", f"{L:,}", f"{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％"],
             ["督促手続費用", f"{C1:,}", ""], ["仮執行宣言手続費用", f"{C2:,}", ""], ["合計", f"{T:,}", ""]],
            [42, 30, 102], x=18, aligns="lrl", size=9.5, row_h=7.4, header=True)
    pen_line(q, 19, 90, q.y + 0.6, 27082)
    q.gap(2)
    q.para(f"ほか、上記立替金残元金{P:,}円に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金",
           size=9.5, indent="")
    q.gap(4)
    q.line("請求の原因（要旨）", size=11, font="serif-bold")
    q.para(f"債権者は債務者との間で令和2年2月14日クレジットカード会員契約を締結した。債務者は{fw(era(lastp))}の支払を最後に"
           f"支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。", size=9.5)
    q.gap(4)
    q.at(120, q.y + 4, f"申立日　{fw(era(filed))}", size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="倉敷簡易裁判所", phone="086-000-4418",
               creditor="株式会社えごのき信販", status="not_applicable", original=None, debtor="糠谷晃嗣", total=T,
               principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, reference="令和7年(ロ)第1032号", input_kind="pdf_scan",
               template="proxy27_enforceable_kurashiki_copy_of_copy", received=D(2025, 12, 22))
    return dict(stem="aj08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                copy=dict(skew=1.4, holes=2, ground=0.86, streaks=2, passes=2),
                about="payment_order_enforceable (倉敷簡裁, 信販 creditor, copy of a copy, 2 pages)",
                unusual="a COPY OF A COPY (photocopied twice: two skews, doubled streaks, greyer) scanned to a 2-page image "
                        "PDF; serif court form: p.1 the 仮執行宣言 with the 支払督促 date 11/5 and its 送達 11/10 in one "
                        "sentence, the 仮執行 cost 「金1,240円」 only in prose, a shaded 「債務者の方へ」 box with the court's "
                        "phone, 「これは正本である。」; p.2 当事者目録 as kv lines (creditor 株式会社えごのき信販 — a 信販, "
                        "not a servicer → not_applicable; its 送達場所 phone) and a 3-column table 項目 / 金額（円） / 備考 with "
                        "TWO cost rows; a ballpoint underline; the 申立日 10/24")


LETTERS = [aj01, aj02, aj03, aj04, aj05, aj06, aj07, aj08]
