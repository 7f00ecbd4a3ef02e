"""Proxy set 65, letters bv01–bv08: "settlements and payment plans, fourth round". A real servicer's 分割払いのご案内
with its 返済予定表 on page 2, an invented servicer's 一括減額 offer valid until a date, a guarantee company's 和解契約書
by fax (期限の利益喪失約款 and 遅延損害金 clause), a card company's リスケジュール notice that claims nothing, a real
servicer's old-debt letter with a 債務承認弁済契約書, a creditor's lawyer's 和解提案 to the debtor's lawyer, a lender's
和解成立のお知らせ and a lawyer's 縦書き 和解不履行 notice."""

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

from samples.letters.fmt import fmt_date, fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.38)
BROWN = (0.42, 0.26, 0.10)


def yen(n: int) -> str:
    return f"{n:,}円"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_months(d: D, k: int, day: int) -> D:
    m = d.month - 1 + k
    return D(d.year + m // 12, m % 12 + 1, day)


def jdate(d: D) -> str:
    """令和 / 平成 as the date falls (common.era is 令和 only)."""
    return fmt_date(d, "kanji")


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bv01 real servicer's 分割払いのご案内, 返済予定表 (24 rows) on page 2.


def bv01():
    issued, reply = D(2026, 2, 16), D(2026, 3, 6)
    acc, lastp, asg = D(2025, 6, 10), D(2025, 3, 27), D(2025, 9, 30)
    R = 20.0
    P, I = 386_420, 12_884
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    plan = P + I
    n = 24
    inst = 16_600
    lastamt = plan - inst * (n - 1)
    assert inst * (n - 1) + lastamt == plan and lastamt > 0
    first = D(2026, 3, 27)
    p = Page(font="sans", size=9.8, top=14)
    p.add(Box(15, 12, 181, 13, color=None, fill=TEAL))
    p.at(20, 21, "PARTIR", size=16, font="sans-bold", color=WHITE)
    p.at(192, 17.5, "パルティール債権回収株式会社", size=10.5, font="sans-bold", color=WHITE, align="r")
    p.at(192, 22.3, "法務大臣許可番号　第113号", size=7.5, color=WHITE, align="r")
    window(p, 15, 32, "918-0000", ["福井県福井市勝山町九丁目9番9号", "ハイツ勝山 203"], "神來　沙織　様", "bv01",
           w=90, h=36, size=9.3, name_size=13)
    p.at(196, 36, f"発行日　{slash(issued)}", size=9, align="r")
    p.at(196, 41, "お客様番号　PT-2602-18870", size=9, align="r")
    for i, s in enumerate(["〒113-0000 東京都文京区千鳥ケ丘九丁目9番9号", "債権管理第二部　分割相談チーム",
                           "受付 0120-000-618（平日9:30～18:00）"]):
        p.at(196, 50 + i * 4.3, s, size=8, align="r")
    p.y = 74
    p.title("分割払いのご案内", size=15, color=TEAL)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.5)
    p.para(f"当社が{wdate(asg)}に綿帽子ファイナンス株式会社から譲り受けましたお客様の債権につきまして、これまで一括での"
           "お支払いをお願いしてまいりましたが、お客様のご事情を踏まえ、下記の分割払いによるお支払いをご案内いたします。"
           "ご同意いただける場合は、同封の「分割払い申込書」にご署名のうえ、ご回答期限までにご返送ください。", size=9.5)
    p.gap(1)
    p.line("■ 現在のご債務（発行日現在）", size=10, font="sans-bold", color=TEAL)
    p.table([["元金", yen(P)], ["利息", yen(I)], [f"遅延損害金（年{R:g}%）", yen(L)], ["ご債務合計", yen(T)]],
            [60, 45], x=22, size=9.5, row_h=7, ruled="rows", shade_col0=True)
    p.line(f"※遅延損害金は期限の利益喪失日（{wdate(acc)}）の翌日から発行日までの日割計算です。最終ご入金日 {wdate(lastp)}",
           x=22, size=7.6)
    p.gap(2)
    p.line("■ 分割払いの条件", size=10, font="sans-bold", color=TEAL)
    p.kv([("お支払対象額", f"{yen(plan)}（元金＋利息）"), ("お支払回数", f"{n}回（毎月27日）"),
          ("毎回のお支払額", f"{yen(inst)}（最終回のみ {yen(lastamt)}）"),
          ("第1回お支払日", f"{wdate(first)}（{wd(first)}）"),
          ("遅延損害金", "分割金を完済された場合、当社は遅延損害金の支払を免除します。")],
         x=22, label_w=34, size=9.3)
    p.para("※分割金のお支払いを2回以上怠り、その額が33,200円に達したときは、分割の利益を失い、残額及び遅延損害金を"
           "一括してお支払いいただきます。返済予定表は裏面（2頁）をご覧ください。", x0=22, size=8.3, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 17, 1.0, TEAL, (0.90, 0.96, 0.96)))
    p.at(22, y + 7, "ご回答期限", size=10, font="sans-bold", color=TEAL)
    p.at(22, y + 13, "（申込書必着）", size=7.5, color=TEAL)
    p.at(58, y + 11.5, f"{wdate(reply)}（{wd(reply)}）", size=15, font="sans-bold")
    p.at(190, y + 11.5, "FAX 03-0000-6190 でも受付", size=8, align="r")
    p.y = y + 22
    p.para("ご回答のない場合、またはご不明の点がある場合は、上記受付までお電話ください。なお、本案内はお客様の"
           "ご債務の額を変更するものではありません。", size=8.8)
    p.line("敬具", align="r", size=9)
    p2 = Page(font="sans", size=9, top=16)
    p2.title("返済予定表（ご参考）", size=13)
    p2.line(f"お客様番号 PT-2602-18870　神來 沙織 様　　お支払対象額 {yen(plan)}　{n}回", size=8.8)
    p2.gap(1)
    rows = [["回", "お支払日", "お支払額", "お支払後残高"]]
    rest = plan
    for k in range(n):
        d = add_months(first, k, 27)
        amt = inst if k < n - 1 else lastamt
        rest -= amt
        rows.append([str(k + 1), f"{d.year}/{d.month:02d}/27", f"{amt:,}", f"{rest:,}"])
    assert rest == 0
    rows.append(["計", "", f"{plan:,}", ""])
    p2.table(rows, [14, 40, 36, 40], x=40, size=8.6, row_h=5.9, header=True, aligns="ccrr")
    p2.para("※お支払日が土・日・祝日の場合は翌営業日となります。上表は申込書のご返送を前提としたものです。", size=8,
            indent="")
    p2.para("お振込先：鵠沼銀行 本店営業部 普通 3318870 パルティールサイケンカイシュウ（カ", size=8, indent="")
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-618", creditor="パルティール債権回収株式会社", status="licensed",
               original="綿帽子ファイナンス株式会社", debtor="神來沙織", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="PT-2602-18870", input_kind="pdf_text_2page",
               template="proxy65_servicer_instalment_offer_schedule_page2", received=D(2026, 2, 18))
    return dict(stem="bv01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="settlement_proposal (real servicer, 分割払いのご案内 + 返済予定表)",
                unusual="real servicer ★ パルティール債権回収 under a teal band with the Latin logo 「PARTIR」 and "
                        "「法務大臣許可番号　第113号」; slash dates top-right; the claim now as a 4-row table "
                        "(元金 / 利息 / 遅延損害金（年20%） / ご債務合計); the plan as kv lines (お支払対象額 = 元金＋利息, "
                        f"{n} × {inst:,}, last {lastamt:,}, 第1回 3/27) and the 33,200 threshold; the framed ご回答期限 "
                        "(= payment_due); p.2 a 24-row 返済予定表 with お支払後残高 (all distractors); FAX beside the box")


# ---------------------------------------------------------------------------------------------
# bv02 invented servicer's 一括減額 offer valid until a date; phone photo.


def bv02():
    issued, until = D(2026, 4, 6), D(2026, 4, 30)
    acc, lastp, asg = D(2023, 8, 20), D(2023, 5, 15), D(2024, 11, 29)
    R = 14.6
    P, I = 612_000, 48_210
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    offer = 250_000
    waived = T - offer
    p = Page(font="sans", size=10, top=16)
    p.at(18, 22, "潮見坂債権回収株式会社", size=13, font="serif-bold")
    p.at(18, 27, "法務大臣許可番号　第264号", size=8)
    p.at(192, 20, f"{wdate(issued)}", size=9.5, align="r")
    p.at(192, 25.5, "ご照会No.　SM-0264-7731", size=9.5, align="r")
    p.y = 34
    p.line("〒950-0000　新潟県新潟市中央区鶴見台九丁目9番9号", x=18, size=9.5)
    p.line("玉置　卓也　様", x=24, size=13.5)
    p.gap(4)
    p.add(Box(15, p.y, 181, 15, color=None, fill=PLUM))
    p.at(105.5, p.y + 10, "期間限定　一括減額のご提案", size=17, font="sans-bold", color=WHITE, align="c")
    p.y += 20
    p.para("当社は、すごろくクレジット株式会社からお客様に対する貸金債権を譲り受け、管理・回収を行っております。"
           "現在、下記のとおりご債務が残っておりますが、下記期限までに一括でお支払いいただける場合に限り、減額後の金額で"
           "ご精算とさせていただきます。", size=9.8)
    p.gap(1)
    y = grid(p, 18, p.y, [38, 52, 38, 47],
             [["原債権者", "すごろくクレジット株式会社", "債権譲受日", wdate(asg)],
              ["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)]], h=7.5, size=8.8)
    p.y = y + 4
    p.line("【お客様の現在のご債務】（" + wdate(issued) + "現在）", size=10, font="sans-bold")
    for lab, v in [("残元金", P), ("未払利息", I), (f"遅延損害金（年{R}%）", L)]:
        p.line(f"{lab}", x=30, size=10, advance=0)
        p.line(yen(v), x=150, size=10, align="r")
    p.add(Line(30, p.y, 150, p.y, 0.4))
    p.gap(1)
    p.line("合計", x=30, size=11, font="sans-bold", advance=0)
    p.line(yen(T), x=150, size=11, font="sans-bold", align="r")
    p.gap(4)
    y = p.y
    p.add(Box(25, y, 160, 34, 1.2, PLUM))
    p.add(Box(25, y, 160, 9, color=None, fill=(0.95, 0.90, 0.95)))
    p.at(105, y + 6.5, "ご提案内容", size=11, font="sans-bold", color=PLUM, align="c")
    p.at(32, y + 17, "減額後のお支払額（一括）", size=10)
    p.at(178, y + 17.5, yen(offer), size=16, font="sans-bold", align="r", color=PLUM)
    p.at(32, y + 25, "本提案の有効期限", size=10)
    p.at(178, y + 25.5, f"{wdate(until)}（{wd(until)}）入金分まで", size=12, font="sans-bold", align="r")
    p.at(32, y + 31, f"（期限までにお支払いがあった場合、残額 {yen(waived)} のお支払いを免除いたします）", size=8)
    p.y = y + 39
    p.para("有効期限を過ぎた場合、本提案は効力を失い、上記合計額のお支払いを引き続きお願いすることになります。"
           "一括でのご用意が難しい場合は、分割でのご相談にも応じますので、お早めにご連絡ください。", size=9.3)
    p.gap(1)
    p.line("お振込先　さくらぎ銀行 東京営業部　普通預金　2647731　シオミザカサイケンカイシュウ（カ", size=9)
    p.line("※お振込の際は、ご依頼人名の前にご照会No.の数字（02647731）をご入力ください。", size=8)
    p.gap(3)
    p.add(Line(18, p.y, 192, p.y, 0.3, GRAY))
    p.gap(2)
    p.line("潮見坂債権回収株式会社　〒160-0000 東京都新宿区枡形九丁目9番9号", size=8.6)
    p.line("お問合せ　03-0000-2641（平日10時～18時）", size=8.6)
    tr = truth(document_type="settlement_proposal", sender="潮見坂債権回収株式会社", license_number=264,
               phone="03-0000-2641", creditor="潮見坂債権回収株式会社", status="unverified",
               original="すごろくクレジット株式会社", debtor="玉置卓也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=until, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="SM-0264-7731", input_kind="photo_jpeg",
               template="proxy65_invented_servicer_lump_reduction_until_date_photo", received=D(2026, 4, 8))
    return dict(stem="bv02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.8, creases=2, fill=0.84, shadow=0.22, shadow_side="bottom",
                          warm=0.2),
                about="settlement_proposal (invented servicer, 一括減額 valid until a date)",
                unusual="phone photo on a pale desk with creases and a hand shadow at the bottom; INVENTED servicer "
                        "「潮見坂債権回収株式会社」 with 「法務大臣許可番号　第264号」 (→ unverified) top-left in serif; a plum "
                        "「期間限定　一括減額のご提案」 band; a 2×2 shaded grid (原債権者, 債権譲受日, 期限の利益喪失日, "
                        "最終ご入金日); the claim now as leader-less lines with a rule and 合計; the offer box with "
                        f"{offer:,} and 「本提案の有効期限 4月30日（木）入金分まで」 (= payment_due) and the 免除 of the rest; "
                        "the digits-only 02647731 as a distractor")


# ---------------------------------------------------------------------------------------------
# bv03 guarantee company's 和解契約書 by fax (2 pages): cover letter + the contract with 喪失約款 and 損害金 clause.


def bv03():
    sent, back = D(2026, 1, 27), D(2026, 2, 13)
    asof = D(2026, 1, 23)
    acc, lastp, sub = D(2025, 6, 5), D(2025, 3, 5), D(2025, 7, 18)
    P, L = 1_048_300, 63_214
    T = P + L
    n, inst = 36, 30_000
    lastamt = T - inst * (n - 1)
    assert lastamt > 0 and inst * (n - 1) + lastamt == T
    first = D(2026, 3, 10)
    finald = add_months(first, n - 1, 10)
    p = Page(font="sans", size=9.8, top=14)
    y = grid(p, 15, 14, [24, 66, 24, 67],
             [["宛先", "奈良橋 恒夫 様", "送信日", era(sent, True)],
              ["貴FAX", "0584-00-7712", "送信枚数", "２枚（本紙含む）"],
              ["送信元", "浦風信用保証株式会社 債権管理課", "TEL/FAX", "052-000-3318 / 052-000-3319"]], h=7, size=8.8)
    p.y = y + 6
    p.title("和解契約書ご送付のご案内", size=14)
    p.para(f"先日はお電話にてご相談いただき、ありがとうございました。お話し合いの結果に基づき、当社のお客様に対する求償債権"
           f"（{wdate(sub)}に株式会社瑞浪銀行へ代位弁済したもの）について、和解契約書を作成いたしました。", size=9.5)
    p.para("内容をご確認のうえ、末尾にご署名・ご捺印いただき、原本を下記期限までにご返送ください。当社にて記名押印のうえ、"
           "写しをお返しいたします。", size=9.5)
    p.gap(1)
    p.para(f"（ご参考）原契約：株式会社瑞浪銀行 カードローン　最終ご返済日 {era(lastp)}　期限の利益喪失日 {era(acc)}",
           size=8.8, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(40, y, 130, 14, 1.4))
    p.at(105, y + 9.3, f"ご返送期限　{era(back)}（{wd(back)}）必着", size=13, font="sans-bold", align="c")
    p.y = y + 20
    p.line("保証番号　UK-2507-0419", size=10)
    p.line("返送先　〒460-0000 愛知県名古屋市中区新堀九丁目9番9号　浦風信用保証株式会社 債権管理課", size=9)
    p.gap(4)
    p.para("※本書に記載の金額は、契約書第１条の基準日現在のものです。ご返送が遅れた場合、基準日を改めて再作成する"
           "ことがあります。", size=8.5, indent="")
    p2 = Page(font="serif", size=9.6, top=14)
    p2.title("和　解　契　約　書", size=15, font="serif-bold")
    p2.para("浦風信用保証株式会社（以下「甲」という。）と奈良橋恒夫（以下「乙」という。）は、甲の乙に対する求償債権に関し、"
            "次のとおり和解する。", size=9.4)
    arts = [
        f"第１条（債務の確認）乙は甲に対し、{era(asof)}現在、求償元金 金{P:,}円及び損害金 金{L:,}円、"
        f"合計 金{T:,}円の支払義務があることを認める。",
        f"第２条（分割弁済）乙は甲に対し、前条の金員を、{era(first)}を第１回とし、以後毎月１０日限り、金{inst:,}円ずつ"
        f"（ただし最終回の{era(finald)}は金{lastamt:,}円）、合計{n}回に分割して、甲の指定する口座に振り込んで支払う。"
        "振込手数料は乙の負担とする。",
        "第３条（充当）前条の支払金は、損害金、求償元金の順に充当する。",
        "第４条（期限の利益の喪失）乙が第２条の分割金の支払を２回以上怠り、その額が金60,000円に達したときは、乙は甲からの"
        "通知催告を要せず当然に期限の利益を失う。",
        "第５条（遅延損害金）乙が前条により期限の利益を失ったときは、乙は甲に対し、第１条の金員から既払金を控除した残額及び"
        "これに対する期限の利益喪失の日の翌日から支払済みまで年14.0％の割合による遅延損害金を直ちに支払う。",
        "第６条（清算）甲と乙は、本件に関し、本契約書に定めるもののほか、何らの債権債務がないことを相互に確認する。",
    ]
    for a in arts:
        p2.para(a, size=9.3, indent="")
        p2.gap(1)
    p2.para("本契約の成立を証するため本書２通を作成し、甲乙記名押印のうえ各１通を保有する。", size=9.3)
    p2.gap(4)
    p2.line("令和　　年　　月　　日", x=30, size=9.6)
    p2.gap(3)
    p2.line("甲　愛知県名古屋市中区新堀九丁目9番9号", x=30, size=9.4)
    p2.line("　　浦風信用保証株式会社　代表取締役　三和田 隆之", x=30, size=9.4)
    p2.gap(3)
    p2.line("乙　住所", x=30, size=9.4)
    p2.add(Line(44, p2.y, 180, p2.y, 0.25))
    p2.gap(6)
    p2.line("　　氏名　　　　　　　　　　　　　　　　　　　　　　　　　　　　　印", x=30, size=9.4)
    p2.add(Line(44, p2.y, 180, p2.y, 0.25))
    tr = truth(document_type="settlement_proposal", sender="浦風信用保証株式会社", phone="052-000-3318",
               creditor="浦風信用保証株式会社", status="not_applicable", original="株式会社瑞浪銀行", debtor="奈良橋恒夫",
               total=T, principal=P, late_damages=L, rate=14.0, lump=False, issued=sent, payment_due=back,
               acceleration=acc, last_payment=lastp, reference="UK-2507-0419", input_kind="fax_tiff",
               template="proxy65_guarantor_settlement_contract_default_clause_fax", received=sent)
    return dict(stem="bv03", ext="tif", kind="fax_tiff", pages=[p.spec, p2.spec], truth=tr,
                fax_header=f"{sent.year}/{sent.month:02d}/{sent.day:02d} 10:52 URAKAZE SHINYO HOSHO 052-000-3319",
                about="settlement_proposal (guarantor's 和解契約書, 2-page fax)",
                unusual="2-page G4 fax: p.1 a grid cover (宛先 / 送信日 in full-width era / 貴FAX of the addressee / "
                        "TEL/FAX on one cell) and a cover letter with the framed 「ご返送期限 … 必着」 (= payment_due) and "
                        "the bank's 喪失 date and last payment in a (ご参考) line; p.2 the 和解契約書 in serif: 第１条 the "
                        "amounts as of 令和8年1月23日 (≠ 送信日), 第２条 36 instalments with the final date, 第４条 "
                        "期限の利益喪失約款 (60,000 threshold), 第５条 遅延損害金 年14.0％ (the only rate printed), a blank "
                        "date line and signature lines; the 代位弁済日 and the addressee's own FAX as distractors")


# ---------------------------------------------------------------------------------------------
# bv04 card company's 返済条件変更（リスケジュール）のお知らせ: claims nothing; photo stored sideways (EXIF 6).


def bv04():
    issued = D(2026, 4, 20)
    start = D(2026, 5, 27)
    bal = 418_600
    before, after = 22_000, 9_000
    p = Page(font="sans", size=10, top=14)
    p.at(18, 21, "ふうりんカード", size=15, font="sans-bold", color=BROWN)
    p.at(18, 25.5, "FURIN CARD", size=7, color=BROWN)
    p.at(192, 20, f"{wdate(issued)}", size=9.5, align="r")
    window(p, 18, 31, "980-0000", ["宮城県仙台市青葉区藤ノ木九丁目9番9号"], "馬淵　千晶　様", "bv04", w=88, h=30,
           size=9.3, name_size=13)
    p.at(192, 36, "ふうりんカード株式会社", size=9.5, align="r")
    p.at(192, 41, "お客様サポートセンター", size=9, align="r")
    p.at(192, 46, "0120-000-276", size=9, align="r")
    p.at(192, 51, "お客様番号　5529-0417", size=9, align="r")
    p.y = 70
    p.title("ご返済条件変更（リスケジュール）のお知らせ", size=14.5, color=BROWN)
    p.para("このたびは、ご返済条件の変更についてお申出をいただき、ありがとうございました。審査の結果、下記のとおり"
           "ご返済条件を変更いたしましたので、お知らせいたします。", size=9.8)
    p.gap(2)
    p.table([["項目", "変更前", "変更後"],
             ["毎月のご返済額", yen(before), yen(after)],
             ["ご返済日", "毎月27日", "毎月27日（変更なし）"],
             ["手数料率（実質年率）", "15.0%", "15.0%（変更なし）"],
             ["変更後の初回ご返済日", "－", f"{wdate(start)}（{wd(start)}）"]],
            [55, 55, 65], x=18, size=9.5, row_h=8, header=True, aligns="lcc")
    p.gap(2)
    p.line(f"変更時点のご利用残高　{yen(bal)}（" + wdate(D(2026, 4, 15)) + "現在）", size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 16, 0.5, BROWN, (0.98, 0.95, 0.90)))
    p.at(105, y + 7, "本書はご請求書ではありません。", size=11, font="sans-bold", align="c", color=BROWN)
    p.at(105, y + 12.5, "変更後のご返済額は、毎月のご利用代金明細書でご確認ください。", size=8.8, align="c")
    p.y = y + 21
    p.line("ご注意", size=10, font="sans-bold")
    for s in ["・返済期間が延びるため、お支払いいただく手数料の総額は変更前より増えます。",
              "・変更期間中は、カードのショッピング・キャッシング機能のご利用を停止させていただきます。",
              "・ご返済が遅れた場合、変更前の条件に戻すことがあります。",
              "・ご返済について改めてご相談がある場合は、お客様サポートセンターまでご連絡ください。"]:
        p.line(s, x=20, size=9)
    tr = truth(document_type="other", sender="ふうりんカード株式会社", phone="0120-000-276", creditor=None,
               status="not_applicable", debtor="馬淵千晶", issued=issued, reference="5529-0417",
               input_kind="photo_exif_rotated", template="proxy65_card_reschedule_notice_not_a_bill_rotated",
               received=None)
    return dict(stem="bv04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, fill=0.86, blur=0.8, warm=0.1),
                about="other (card company's リスケジュール notice, claims nothing)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases; brown 「ふうりんカード」 "
                        "logo; a 変更前 / 変更後 table (22,000 → 9,000, 初回 5/27 with weekday), the ご利用残高 418,600 as "
                        "of 4/15 and 15.0% as distractors; a framed 「本書はご請求書ではありません。」: nothing is claimed "
                        "(every amount and date but issued null)")


# ---------------------------------------------------------------------------------------------
# bv05 real servicer, an old debt: demand + 債務承認弁済契約書 on page 2.


def bv05():
    issued, due = D(2026, 3, 2), D(2026, 3, 23)
    acc, lastp, asg = D(2015, 11, 10), D(2015, 8, 10), D(2021, 3, 31)
    R = 20.0
    P, I = 284_160, 9_870
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=14)
    p.at(18, 20, "エム・ユー・フロンティア債権回収株式会社", size=12, font="sans-bold", color=NAVY)
    p.at(18, 25, "〒100-0000 東京都千代田区杉並木通九丁目9番9号　回収第三グループ", size=8)
    p.at(18, 29, "電話 03-0000-4417（直通）　受付時間 9:00～17:30（土日祝を除く）", size=8)
    p.at(192, 20, era(issued), size=9.5, align="r")
    p.at(192, 25, "管理番号　MF-15-330912", size=9.5, align="r")
    p.y = 38
    p.line("〒036-0000　青森県弘前市港南九丁目9番9号", x=22, size=9.5)
    p.line("物集　義隆　殿", x=28, size=13.5)
    p.gap(5)
    p.title("ご連絡（お借入金残高のお支払いについて）", size=14)
    p.para(f"当社は、株式会社かるたファイナンスがお客様に貸し付けた下記債権を{era(asg)}に譲り受けました。お客様には平成２７年"
           "以降ご入金がなく、下記の金額が未払いとなっております。", size=9.5)
    p.gap(1)
    y = grid(p, 18, p.y, [34, 56, 34, 50],
             [["原債権者", "株式会社かるたファイナンス", "ご契約日", "平成21年6月12日"],
              ["最終ご入金日", jdate(lastp), "期限の利益喪失日", jdate(acc)],
              ["ご契約額", "300,000円", "遅延損害金利率", f"年{R:g}%"]], h=7, size=8.6)
    p.y = y + 4
    p.table([["元金", "利息", "遅延損害金", "ご請求金額合計"], [yen(P), yen(I), yen(L), yen(T)]],
            [40, 36, 48, 50], x=18, size=10, row_h=9, header=True)
    p.line(f"（遅延損害金は{jdate(acc + timedelta(1))}から本書発行日までの計算です）", x=18, size=8)
    p.gap(3)
    p.para(f"つきましては、上記ご請求金額合計を{era(due)}（{wd(due)}）までに一括でお支払いください。", size=10,
           font="sans-bold")
    p.para("一括でのお支払いが困難な場合は、同封の「債務承認弁済契約書」（２頁）にご署名・ご捺印のうえ、同じ期限までに"
           "ご返送ください。毎月のお支払額は10,000円からご相談に応じます。ご契約書をお送りいただいた場合、遅延損害金の一部を"
           "減額することがあります。", size=9.5)
    p.gap(2)
    p.para("お支払いもご連絡もない場合は、法的手続をとらせていただくことがあります。", size=9.5)
    p.gap(2)
    p.line("お振込先　蓼科信託銀行 丸の内支店　当座預金 0330912　エムユーフロンティアサイケンカイシュウ（カ", size=8.5)
    p2 = Page(font="serif", size=9.6, top=16)
    p2.title("債務承認弁済契約書", size=15, font="serif-bold")
    p2.line("エム・ユー・フロンティア債権回収株式会社　御中", size=10)
    p2.gap(3)
    p2.para("私は、貴社が株式会社かるたファイナンスから譲り受けた貸金債権（管理番号 MF-15-330912）について、下記の債務を"
            "負担していることを承認し、次のとおり弁済することを約します。", size=9.4)
    p2.gap(2)
    p2.line("記", align="c", size=10)
    p2.line(f"１　承認する債務の額　金{T:,}円（うち元金 金{P:,}円）", x=28, size=9.6)
    p2.line("２　弁済方法　　　　　令和　　年　　月から毎月　　日限り　金　　　　　　円ずつ", x=28, size=9.6)
    p2.line("３　期限の利益喪失　　分割金の支払を２回以上怠ったときは、当然に期限の利益を失う。", x=28, size=9.6)
    p2.gap(8)
    p2.line("令和　　年　　月　　日", x=28, size=9.6)
    p2.gap(5)
    for s in ["住　所", "氏　名　　　　　　　　　　　　　　　　　　　　　　　　　印", "電　話"]:
        p2.line(s, x=40, size=9.6)
        p2.add(Line(55, p2.y, 185, p2.y, 0.25))
        p2.gap(6)
    tr = truth(document_type="collection_notice", sender="エム・ユー・フロンティア債権回収株式会社", phone="03-0000-4417",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="株式会社かるたファイナンス", debtor="物集義隆", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="MF-15-330912", input_kind="pdf_text_2page",
               template="proxy65_servicer_old_debt_with_acknowledgement_contract", received=D(2026, 3, 4))
    return dict(stem="bv05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (real servicer, old debt + 債務承認弁済契約書)",
                unusual="real servicer ★ エム・ユー・フロンティア債権回収 with NO licence number printed; an OLD debt (平成21 "
                        "contract, last payment and 喪失 in 平成27, 11 years of 遅延損害金 larger than the 元金); a shaded 3×2 grid (ご契約額 300,000 and ご契約日 as distractors); the "
                        "amounts as a 4-column one-row table; 一括 by 3/23 in bold prose (= payment_due) or sign the "
                        "債務承認弁済契約書 of p.2 (blank plan, the total repeated, not a second claim); 殿")


# ---------------------------------------------------------------------------------------------
# bv06 creditor's lawyer's 和解提案 to the debtor's lawyer.


def bv06():
    issued, reply = D(2026, 2, 6), D(2026, 2, 20)
    asof = D(2026, 1, 31)
    acc, lastp = D(2025, 9, 5), D(2025, 6, 27)
    R = 14.6
    P, I = 731_250, 21_940
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    offer, n = 720_000, 60
    inst = offer // n
    assert inst * n == offer
    p = Page(font="serif", size=10, top=18)
    p.at(192, 22, f"{era(issued)}", size=10, align="r")
    p.at(192, 27.5, "当職事件番号　IS-2601-07", size=9.5, align="r")
    p.y = 32
    p.line("梓澤法律事務所", x=18, size=10.5)
    p.line("弁護士　梓澤　直人　先生", x=18, size=12.5)
    p.line("（FAX 0776-00-2215）", x=18, size=8.5)
    p.y = 50
    for i, s in enumerate(["〒910-0000 福井県福井市萩市通九丁目9番9号", "磯谷法律事務所",
                           "菫青クレジット株式会社代理人", "弁護士　磯谷　文香",
                           "TEL 0776-00-4406　FAX 0776-00-4407"]):
        p.at(192, p.y + i * 5, s, size=9.5 if i != 3 else 11, align="r")
    p.y = 80
    p.title("和解のご提案", size=15, font="serif-bold")
    p.line("債務者　一條　瑞穂　氏（貴職整理番号　AZ-25-0318）", size=10.5, font="serif-bold")
    p.gap(2)
    p.para("冠省　貴職より令和７年１２月８日付受任通知をいただきました上記債務者の件につき、当職は菫青クレジット株式会社"
           "（以下「当社」といいます。）の代理人として、下記のとおり和解案をご提示いたします。", size=9.8)
    p.gap(1)
    p.line(f"１　当社債権額（{era(asof)}現在）", size=10, font="serif-bold")
    p.table([["元金", yen(P)], ["未払利息", yen(I)], [f"遅延損害金（年{R}%）", yen(L)], ["計", yen(T)]],
            [60, 45], x=30, size=9.6, row_h=7, font="serif", ruled="grid")
    p.line(f"（期限の利益喪失日 {era(acc)}、最終ご入金日 {era(lastp)}）", x=30, size=8.5)
    p.gap(2)
    p.line("２　和解案", size=10, font="serif-bold")
    p.para(f"和解金額を金{offer:,}円とし、令和８年３月から毎月末日限り金{inst:,}円ずつ{n}回の分割でお支払いいただく。"
           "将来利息はいただきません。分割金の支払を２回分以上怠ったときは期限の利益を失い、残額に年14.6％の遅延損害金を"
           "付してお支払いいただく。", x0=30, size=9.6, indent="")
    p.gap(2)
    p.para(f"上記案でご了承いただける場合は、{era(reply)}までに書面（FAX可）にてご回答ください。ご了承いただければ、"
           "和解契約書を作成してお送りいたします。期限までにご回答がない場合、本提案は撤回し、法的手続を検討いたします。",
           size=9.8)
    p.line("草々", align="r", size=10)
    p.seal(178, 68, 13, "square", "磯谷文香之印", angle=3, seed=65061)
    tr = truth(document_type="settlement_proposal", sender="磯谷法律事務所", phone="0776-00-4406",
               creditor="菫青クレジット株式会社", status="not_applicable", debtor="一條瑞穂", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="IS-2601-07", input_kind="pdf_text",
               template="proxy65_creditor_lawyer_offer_to_debtor_lawyer", received=D(2026, 2, 9))
    return dict(stem="bv06", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (creditor's lawyer → the debtor's lawyer)",
                unusual="all serif lawyer's letter from the CREDITOR's lawyer to the DEBTOR's lawyer (addressee 「弁護士 梓澤 "
                        "直人 先生」 with the lawyer's FAX), the debtor named only in a bold 「債務者 一條 瑞穂 氏」 line "
                        "with the other side's 貴職整理番号; 当職事件番号 top-right; 当社債権額 as of 1/31 (≠ issued) in a "
                        "ruled table; the 和解案 (720,000 in 60 × 12,000, 末日限り, 14.6%) in prose; the reply date in "
                        "prose only (= payment_due); the 受任通知 date as a distractor; a square seal")


# ---------------------------------------------------------------------------------------------
# bv07 lender's 和解成立のお知らせ (confirming the terms agreed by phone); iPhone HEIC.


def bv07():
    issued, agreed = D(2026, 5, 14), D(2026, 5, 12)
    first = D(2026, 6, 10)
    lastp = D(2026, 2, 10)
    P, I = 340_000, 16_800
    T = P + I
    inst, n = 12_000, 30
    lastamt = T - inst * (n - 1)
    assert 0 < lastamt <= inst
    finald = add_months(first, n - 1, 10)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 8, color=None, fill=(0.15, 0.15, 0.15)))
    p.at(18, 21, "こくようファイナンス株式会社", size=12.5, font="sans-bold")
    p.at(18, 26, "関東財務局長(3)第00917号　日本貸金業協会会員第006154号", size=7.2, color=GRAY)
    p.at(192, 21, f"{slash(issued)}発行", size=9.5, align="r")
    p.y = 34
    p.line("〒310-0000 茨城県水戸市那珂町九丁目9番9号", x=18, size=9.5)
    p.line("桂川　悠斗　様", x=22, size=13.5)
    p.gap(6)
    p.title("和解成立のお知らせ", size=16)
    p.para(f"{wdate(agreed)}のお電話にて、ご返済についてお話し合いをさせていただき、ありがとうございました。下記の内容で和解が"
           "成立いたしましたので、ご確認ください。内容に相違がある場合は、お手数ですが当社までご連絡ください。", size=9.8)
    p.gap(2)
    y = grid(p, 22, p.y, [45, 121],
             [["ご契約番号", "KY-0917-44120"], ["和解成立日", wdate(agreed)],
              ["和解時のご債務額", f"{yen(T)}（元金 {yen(P)}　利息 {yen(I)}）"],
              ["お支払方法", f"毎月10日限り {yen(inst)}　全{n}回（最終回 {yen(lastamt)}）"],
              ["第１回お支払日", f"{wdate(first)}（{wd(first)}）"],
              ["最終回お支払日", f"{wdate(finald)}（{wd(finald)}）"],
              ["遅延損害金", "和解内容どおりお支払いいただく限り、ご請求いたしません"]], h=8.5, size=9.5, lsize=9)
    p.y = y + 5
    p.para(f"※前回のご入金は{wdate(lastp)}でした。和解の日以降の利息はいただきません。", size=8.8, indent="")
    p.para("※お支払いが２回以上遅れた場合、和解は効力を失い、残額を一括でお支払いいただくことがあります。", size=8.8,
           indent="")
    p.gap(3)
    p.line("お振込先　那珂中央銀行 水戸支店　普通 4412009　コクヨウフアイナンス（カ", size=9.2)
    p.line("お問合せ　こくようファイナンス株式会社 債権管理部　029-000-4412", size=9.2)
    tr = truth(document_type="settlement_proposal", sender="こくようファイナンス株式会社", phone="029-000-4412",
               creditor="こくようファイナンス株式会社", status="not_applicable", debtor="桂川悠斗", total=T, principal=P,
               interest=I, lump=False, issued=issued, payment_due=first, last_payment=lastp, reference="KY-0917-44120",
               input_kind="photo_heic", template="proxy65_lender_settlement_reached_confirmation_heic",
               received=D(2026, 5, 16))
    return dict(stem="bv07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.2, creases=2, fill=0.85, glare=18, warm=0.25),
                about="settlement_proposal (lender's 和解成立のお知らせ)",
                unusual="iPhone HEIC on a dark cloth with creases and lamp glare; a black strip across the top; slash "
                        "date with 「発行」; the 貸金業 registration (not a licence); a 7-row shaded grid: ご契約番号, "
                        "和解成立日, 和解時のご債務額 with 元金 / 利息 in brackets, the plan, 第１回お支払日 (= payment_due, "
                        "nothing asks a reply) and 最終回 with weekdays; 遅延損害金 「ご請求いたしません」 (no amount, null)")


# ---------------------------------------------------------------------------------------------
# bv08 lawyer's 縦書き 和解不履行 notice: the 和解's 期限の利益 lost, the rest demanded at once.


def bv08():
    issued, due = D(2026, 3, 10), D(2026, 3, 24)
    wa = D(2024, 10, 25)
    acc, lastp, warn = D(2026, 2, 27), D(2025, 11, 27), D(2026, 2, 13)
    R = 14.6
    paid_n, inst, wakai = 13, 20_000, 800_000
    P = wakai - paid_n * inst
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    ks = kanji_number
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社びいどろローン（以下「通知人」といいます。）の代理人として、貴殿に対し次のとおり通知します。"),
        ("body", f"貴殿と通知人は、{kdate(wa)}付和解契約により、和解金{kyen(wakai)}を毎月二十七日限り金二万円ずつ分割して支払う"
                 "旨合意しました。"),
        ("body", f"ところが貴殿は、{kdate(lastp)}の支払を最後に分割金の支払を怠り、通知人の{kdate(warn)}付催告にもかかわらず、"
                 "支払がありません。"),
        ("body", f"よって貴殿は、右和解契約第四条により、{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書をもって左記金員を{kdate(due)}限り一括してお支払いいただくよう請求します。"),
        ("indent", "記"),
        ("indent", f"一　和解金残額　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（令和八年二月二十八日から本書作成日まで年{ks(14)}・六パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("body", "右期限までにお支払いのない場合は、和解契約書に基づき、法的手続をとります。なお、本件のお問い合わせは当職宛に"
                 "お願いします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福岡県福岡市博多区神楽坂九丁目九番九号"),
        ("low", "澁谷法律事務所"),
        ("low", "通知人代理人　弁護士　澁谷　恵"),
        ("low", "電話　〇九二（〇〇〇）四八一五"),
        ("low", "当職整理番号　ＳＢ－２６０３７"),
        ("blank", ""),
        ("low", "福岡県久留米市瑞浪町九丁目九番九号"),
        ("low", "栃内　美樹　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 65081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "澁谷　恵" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 10, "square", "澁谷恵印", angle=-3, seed=65082))
    tr = truth(document_type="acceleration_notice", sender="澁谷法律事務所", phone="092-000-4815",
               creditor="株式会社びいどろローン", status="not_applicable", debtor="栃内美樹", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="SB-26037", input_kind="vertical_pdf",
               template="proxy65_vertical_lawyer_settlement_default_rest_at_once", received=D(2026, 3, 12))
    return dict(stem="bv08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (lawyer, 縦書き 和解不履行 → 残額一括)",
                unusual="縦書き 通知書 (冠省 … 草々) of one lawyer for a lender, digital, with the 内容証明 stamp: the "
                        "和解 date 令和六年十月二十五日, 和解金 金八十万円 and 金二万円 (distractors), the last payment, the "
                        "催告 date 二月十三日 and the 和解's own 喪失 「二月二十七日の経過をもって」; positional kanji amounts "
                        "(和解金残額 / 遅延損害金 / 合計, no interest); 年十四・六パーセント; the reference in kanji digits "
                        "ＳＢ－２６０３７ (full-width) in the sender block; phone in kanji digits")


LETTERS = [bv01, bv02, bv03, bv04, bv05, bv06, bv07, bv08]
