"""Proxy set 58, letters bo01–bo08: "business debts, companies and their guarantors". The 碇谷 case (a bank's business
loan guaranteed by a 信用保証協会): the bank's 期限の利益喪失のご通知 to the company 御中, its 縦書き 保証債務履行請求書 to
the president at home, the association's 代位弁済 notice to the company and its 求償金 demand to the president; the
帆刈 case: the lease company's 残リース料 demand after the 契約解除, by fax; the 網干 case: a 商工ローン's fax to the
guarantor; the 清水端 case: a real servicer's demand to the heir of a guarantor; the 鞆岡 case: two lawyers' 縦書き
demand on two dishonoured promissory notes."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

import cases as K
from common import (
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
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
MOSS = (0.18, 0.36, 0.20)
PLUM = (0.42, 0.12, 0.36)
BRICK = (0.62, 0.22, 0.10)


def ew(d: D) -> str:
    """令和8年1月22日（木）"""
    return f"{era(d)}（{wd(d)}）"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# bo01 the bank's 期限の利益喪失のご通知 to the COMPANY (御中 + 代表取締役 様), leader-dot amounts; digital.


def bo01():
    P, I, L, T, R = K.A_P, K.A_I, K.A_L, K.A_T, K.A_R
    issued, due, acc = K.A_ISSUED, K.A_DUE, K.A_ACC
    p = Page(font="sans", size=10, top=14)
    p.y = 16
    p.line("〒373-0000", size=9.5)
    p.line("群馬県太田市からまつ台九丁目9番9号", size=10)
    p.gap(1.5)
    p.line("株式会社碇谷精工　御中", size=13.5, font="sans-bold")
    p.line("　代表取締役　碇谷　正憲　様", size=11)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, f"管理番号　{K.A_REF}", size=9.5, align="r")
    y = 36
    for i, (s, sz, f) in enumerate((("株式会社かみつけ銀行", 12, "sans-bold"), ("太田支店　支店長　閼伽井　康平", 9.5, "sans"),
                                     ("〒373-0000 群馬県太田市銘仙通九丁目9番9号", 8.5, "sans"),
                                     ("電話 0276-00-3150　融資課 担当 苅込", 9, "sans"))):
        p.at(118, y + i * 5.2, s, size=sz, font=f, color=MOSS if i == 0 else (0, 0, 0))
    p.seal(188, y + 4, 12, "square", "かみつけ銀行太田支店長印", angle=-3, seed=58011)
    p.y = 62
    p.add(Line(15, p.y, 196, p.y, 0.3, MOSS))
    p.gap(3)
    p.title("期限の利益喪失のご通知", size=15.5)
    p.para("拝啓　平素は格別のお引立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"さて、貴社に対する下記ご融資につきましては、令和7年10月31日以降の約定弁済が滞っており、{era(K.A_WARN)}付"
           f"「ご返済についての催告書」により{era(acc)}までにお支払いくださるようお願いいたしましたが、同日までにお支払いが"
           "ございませんでした。", size=9.8)
    p.para(f"つきましては、銀行取引約定書第5条第2項に基づき、貴社は{era(acc)}の経過をもって下記ご融資について期限の利益を"
           f"喪失いたしましたので、ご通知申し上げます。下記の金額を{ew(due)}までに一括してご返済くださいますようお願い"
           "申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    p.kv([("1．ご融資の表示", "証書貸付（事業資金）　ご融資日 令和3年6月25日　当初ご融資額 40,000,000円"),
          ("2．信用保証", "東毛信用保証協会 保証付（保証番号 3-06-118842）"),
          ("3．最終ご返済日", era(K.A_LAST)),
          ("4．期限の利益喪失日", era(acc))], x=22, label_w=40, size=9.5)
    p.gap(1)
    p.line(f"5．ご返済いただく金額（{era(issued)}現在）", x=22, size=9.5)
    p.size = 10
    x0, x1 = 32, 180
    leader(p, "証書貸付残元金", f"{P:,}円", x0, x1)
    leader(p, "未払約定利息（令和7年9月30日～令和8年1月15日）", f"{I:,}円", x0, x1)
    leader(p, f"損害金（{era(acc + ONE)}～{era(issued)}　年{R:g}％）", f"{L:,}円", x0, x1)
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
    p.gap(1.2)
    leader(p, "合　計", f"{T:,}円", x0, x1, font="sans-bold")
    p.gap(1)
    p.para(f"※{era(issued + ONE)}以降も、残元金に対し年{R:g}％の割合（年365日の日割計算）による損害金が日々発生いたします。",
           x0=22, size=8.8, indent="")
    p.para("6．ご返済方法　当店窓口へご持参いただくか、当店融資課までご連絡のうえ、ご指定の口座へお振込みください。", x0=22,
           size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 178, 26, 0.3, MOSS, (0.95, 0.97, 0.95)))
    for i, s in enumerate(["・上記期限までにご返済いただけない場合、当行は東毛信用保証協会に対し代位弁済を請求いたします。",
                           "・あわせて、連帯保証人　碇谷正憲様に対しても、保証債務の履行をご請求いたします。",
                           "・ご返済についてのご相談は、上記期限までに担当者までお申し出ください。",
                           "・本状と行き違いにご返済いただいた節は、何卒ご容赦ください。"]):
        p.at(22, y + 6 + i * 5.3, s, size=8.8)
    p.y = y + 30
    p.line("以上", align="r", size=9.8)
    tr = truth(document_type="acceleration_notice", sender="株式会社かみつけ銀行", phone="0276-00-3150",
               creditor="株式会社かみつけ銀行", status="not_applicable", debtor="株式会社碇谷精工", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=K.A_LAST, reference=K.A_REF, input_kind="pdf_text",
               template="proxy58_bank_acceleration_company_onchu_leaders", received=D(2026, 1, 24))
    return dict(stem="bo01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank → the borrowing COMPANY, 御中)",
                unusual="a bank's 期限の利益喪失のご通知 addressed 「株式会社碇谷精工　御中」 with 「代表取締役　碇谷　正憲　様」 "
                        "under it (debtor = the company); sender block under the date on the right with a square seal; "
                        "拝啓 … 敬具; the 催告書 date 12/26 and its deadline 1/15 (= acceleration 「の経過をもって」); a "
                        "numbered 記 (1．–6．) with the 当初ご融資額 40,000,000, the 保証番号 and the 喪失日; amounts as "
                        "dotted LEADER lines (証書貸付残元金 / 未払約定利息 with its window / 損害金 / 合計); the "
                        "guarantee association and the 連帯保証人 (= the president) named in a green note box")


# ---------------------------------------------------------------------------------------------
# bo02 the same bank's 縦書き 保証債務履行請求書 (内容証明) to the PRESIDENT at home as 連帯保証人; scanned.


def bo02():
    P, I, L, T = K.A_P, K.A_I, K.A_L, K.A_T
    issued, due, acc = K.A_ISSUED, K.A_DUE, K.A_ACC
    cols = [
        ("title", "保証債務履行請求書"),
        ("body", "貴殿は、株式会社碇谷精工（以下「主債務者」といいます。）が当行から令和三年六月二十五日付金銭消費貸借契約"
                 "証書により借り受けた金四千万円（事業資金）について、当行に対し連帯保証をされています。"),
        ("body", f"主債務者は、{kdate(K.A_LAST)}の返済を最後に約定の返済を怠り、当行の催告にもかかわらず、{kdate(acc)}"
                 "の経過をもって期限の利益を喪失しました。よって当行は、貴殿に対しその旨を通知するとともに、連帯保証人である"
                 f"貴殿に対し、左記金員を{kdate(due)}限り一括して支払うよう請求します。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　損害金　　　{kyen(L)}"),
        ("plain", "　　（令和八年一月十六日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのないときは、東毛信用保証協会が当行に代位弁済したうえ、同協会から貴殿に"
                 "対し求償債務の履行を請求することとなりますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "群馬県太田市銘仙通九丁目九番九号"),
        ("low", "株式会社かみつけ銀行　太田支店"),
        ("low", "支店長　閼伽井　康平"),
        ("low", f"電話　{kanji_digits('0276')}（{kanji_digits('00')}）{kanji_digits('3150')}"),
        ("low", "（当行管理番号　" + fw(K.A_REF) + "）"),
        ("blank", ""),
        ("low", "群馬県太田市やまゆり坂九丁目九番九号"),
        ("low", "連帯保証人　碇谷　正憲　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 58021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "閼伽井" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 12) * size * 0.3528 * 1.05, 8.5, "square", "かみつけ銀行太田支店長印",
                         angle=3, seed=58022))
    tr = truth(document_type="acceleration_notice", sender="株式会社かみつけ銀行", phone="0276-00-3150",
               creditor="株式会社かみつけ銀行", status="not_applicable", debtor="碇谷正憲", total=T, principal=P,
               interest=I, late_damages=L, rate=K.A_R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=K.A_LAST, reference=K.A_REF, input_kind="vertical_scan",
               template="proxy58_vertical_bank_guarantor_demand_at_home", received=D(2026, 1, 23))
    return dict(stem="bo02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank → the president as 連帯保証人, 縦書き 内容証明)",
                unusual="縦書き 保証債務履行請求書 of the same bank to the president AT HOME (「連帯保証人　碇谷　正憲　殿」: "
                        "debtor = the person, the company is 「主債務者」), scanned, with the 内容証明 stamp; the same figures "
                        "as bo01 in positional kanji (金二千七百三十六万円 …); the last payment and the 喪失 in kanji in one "
                        "sentence; 金四千万円 and 令和三年 contract as distractors; 「…限り一括して」; phone in kanji digits "
                        "with a two-digit exchange; full-width 当行管理番号 ＫＢ－２６０１－０４１７ in brackets")


# ---------------------------------------------------------------------------------------------
# bo03 東毛信用保証協会 代位弁済 notice to the COMPANY: no payment date, a shaded grid; image-only PDF scan.


def bo03():
    issued, subro = D(2026, 3, 19), K.A_SUBRO
    S, R = K.A_S, K.A_GR
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 11, 11, 0.8, NAVY))
    p.at(20.5, 20, "保", size=12, font="serif-bold", align="c", color=NAVY)
    p.at(29, 19.5, "東毛信用保証協会", size=14, font="serif-bold", color=NAVY)
    p.at(196, 17, fw(era(issued)), size=10, align="r")
    p.at(196, 22.5, f"求償番号　{K.A_GREF}", size=9.5, align="r")
    p.y = 30
    p.line("〒373-0000　群馬県太田市からまつ台九丁目9番9号", size=10)
    p.line("株式会社碇谷精工　御中", size=13)
    p.line("（代表取締役　碇谷　正憲　様）", size=10)
    p.gap(1)
    for s, sz in (("東毛信用保証協会　管理部　回収第二課", 10), ("〒371-0000 群馬県前橋市からっかぜ通九丁目9番9号", 8.5),
                  ("電話 027-000-2281（直通）　担当 葭葉", 9.5)):
        p.line(s, x=112, size=sz)
    p.seal(188, p.y - 9, 13, "square", "東毛信用保証協会之印", angle=2, seed=58031)
    p.gap(3)
    p.title("保証債務履行（代位弁済）のお知らせ", size=15, font="serif-bold")
    p.para("貴社が株式会社かみつけ銀行から借り入れられた下記のご融資につきまして、当協会は同行との信用保証契約に基づき保証"
           f"しておりましたが、貴社が{era(K.A_ACC)}の経過により期限の利益を喪失されたため、同行の請求により、"
           f"{era(subro)}、下記のとおり保証債務を履行（代位弁済）いたしました。")
    p.para("これにより、当協会は貴社に対し、信用保証委託契約に基づく求償権を取得いたしましたので、お知らせいたします。"
           "つきましては、求償権全額の弁済をご請求いたしますので、至急当協会管理部までご連絡のうえ、ご来協くださいます"
           "ようお願いいたします。")
    p.gap(1)
    p.line("１　代位弁済の内容", size=10.5, font="serif-bold")
    y = grid(p, 20, p.y, [34, 58, 30, 50],
             [["金融機関", "かみつけ銀行 太田支店", "保証番号", "3-06-118842"],
              ["貸付形式", "証書貸付（事業資金）", "保証金額", "40,000,000円"],
              ["代位弁済日", era(subro), "最終返済日", era(K.A_LAST)],
              ["代位弁済額", f"{S:,}円", "内訳", f"元金 {K.A_P:,}円"],
              ["", "", "", f"利息 {K.A_I:,}円"]], h=7.2, size=9.5, vfont="serif")
    p.y = y + 4
    p.line(f"２　求償権の額（{era(issued)}現在）", size=10.5, font="serif-bold")
    p.table([["区　分", "金　額", "摘　要"], ["求償権元金", f"{S:,}円", "代位弁済額"],
             ["求償権損害金", f"{L:,}円", f"{era(subro + ONE)}から年{R:g}％"], ["求償権合計", f"{T:,}円", ""]],
            [46, 46, 80], x=20, header=True, aligns="lrl", size=10, row_h=7.8, font="serif")
    p.gap(2)
    for s in (f"（注１）求償権元金に対しては、代位弁済日の翌日から完済の日まで年{R:g}％（年365日の日割計算）の割合による損害金"
              "が発生いたします。",
              "（注２）金融機関の損害金（期限の利益喪失日の翌日以降）は、代位弁済の対象となっておりません。",
              "（注３）連帯保証人様には、別途同様のお知らせをお送りしております。",
              "（注４）ご来協の際は、本状、印鑑及び代表者様の本人確認書類をお持ちください。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(4)
    p.line("以　上", align="r", size=10.5)
    tr = truth(document_type="acceleration_notice", sender="東毛信用保証協会", phone="027-000-2281",
               creditor="東毛信用保証協会", status="not_applicable", original="株式会社かみつけ銀行",
               debtor="株式会社碇谷精工", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=K.A_ACC, last_payment=K.A_LAST, reference=K.A_GREF,
               input_kind="pdf_scan", template="proxy58_guarantee_association_subrogation_company_no_due",
               received=D(2026, 3, 23))
    return dict(stem="bo03", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="acceleration_notice (信用保証協会 代位弁済 → the company)",
                unusual="a 信用保証協会's 保証債務履行（代位弁済）のお知らせ to the company 御中 (the president in brackets "
                        "under it), scanned as an image PDF, serif; a square 「保」 mark; full-width era date; 求償番号 "
                        "top-right; a shaded-label GRID of the 代位弁済 (金融機関, 保証番号, 保証金額 40,000,000, 代位弁済日, "
                        "最終返済日, 代位弁済額 with its 元金 / 利息 内訳 = history) and a 区分/金額/摘要 table with the new "
                        "labels 求償権元金 / 求償権損害金 / 求償権合計; NO payment date (「至急…ご来協ください」 → null); "
                        "(注)-notes; the bank's 喪失 date in the prose")


# ---------------------------------------------------------------------------------------------
# bo04 the association's 求償金ご請求書 to the PRESIDENT as 連帯保証人; phone photo on a pale desk.


def bo04():
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    S, R = K.A_S, K.A_GR
    L = late(S, R, K.A_SUBRO + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 19, "東毛信用保証協会", size=13, font="sans-bold", color=NAVY)
    p.at(15, 23.5, "TOMO CREDIT GUARANTEE CORPORATION", size=6, color=NAVY)
    p.at(196, 18, f"{era(issued)}発送", size=10, align="r")
    p.at(196, 23.5, f"求償番号 {K.A_GREF}", size=10, align="r")
    p.y = 32
    p.line("群馬県太田市やまゆり坂九丁目9番9号", size=10.5)
    p.line("碇谷　正憲　様", size=15)
    p.line("（連帯保証人様）", size=9.5, x=24)
    p.gap(5)
    p.add(Box(15, p.y, 181, 12, color=None, fill=NAVY))
    p.at(105.5, p.y + 8.4, "求償金のご請求について（連帯保証人様あて）", size=14.5, font="sans-bold", color=WHITE, align="c")
    p.y += 17
    p.para(f"当協会は、株式会社碇谷精工（主たる債務者）の株式会社かみつけ銀行からのご融資について、{era(K.A_SUBRO)}に"
           "代位弁済を行い、同社に対する求償権を取得いたしました。主たる債務者である同社は、現在事業を停止されており、"
           "求償金のお支払いをいただいておりません。")
    p.para(f"つきましては、同社の求償債務について連帯保証をされている貴殿に対し、下記のとおりご請求いたしますので、{era(due)}"
           f"（{wd(due)}）までにお支払いくださいますようお願いいたします。")
    p.gap(2)
    p.table([["ご請求の内容", "金額"], ["求償元金", f"{S:,}円"], [f"損害金（年{R:g}％　{era(K.A_SUBRO + ONE)}から）", f"{L:,}円"],
             ["合計ご請求額", f"{T:,}円"]], [118, 52], x=20, header=True, aligns="lr", size=11, row_h=9.5)
    p.line(f"（{era(issued)}現在で計算しています）", x=130, size=8.5)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 13, 1.0, RED))
    p.at(25, y + 8.5, "お支払期限", size=11.5, font="sans-bold", color=RED)
    p.at(62, y + 8.8, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold", color=RED)
    p.y = y + 17
    p.para("お支払先　かみつけ銀行 県庁前支店 普通預金 2281377 トウモウシンヨウホシヨウキヨウカイ", size=9.8, indent="")
    p.para("ご一括でのお支払いが難しい場合は、お支払期限までに担当者へご相談ください。なお、貴殿所有のご自宅に設定されている"
           "根抵当権（極度額 20,000,000円）につきましては、別途ご相談させていただきます。", size=9.8, indent="")
    p.gap(6)
    for s, sz, f in (("東毛信用保証協会　管理部　回収第二課", 11, "sans-bold"), ("〒371-0000 群馬県前橋市からっかぜ通九丁目9番9号", 9, "sans"),
                     ("電話 027-000-2281（直通）　受付 平日8:45～17:15　担当 葭葉", 9.5, "sans")):
        p.line(s, x=82, size=sz, font=f)
    p.seal(188, p.y - 12, 13, "square", "東毛信用保証協会之印", angle=-3, seed=58041)
    tr = truth(document_type="collection_notice", sender="東毛信用保証協会", phone="027-000-2281",
               creditor="東毛信用保証協会", status="not_applicable", original="株式会社かみつけ銀行",
               debtor="碇谷正憲", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, reference=K.A_GREF, input_kind="photo_jpeg",
               template="proxy58_guarantee_association_recourse_demand_guarantor_photo", received=D(2026, 5, 18))
    return dict(stem="bo04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.84, blur=0.9, warm=0.1),
                about="collection_notice (信用保証協会 求償金 demand → the president as guarantor)",
                unusual="phone photo on a pale desk with tri-fold creases; the association's 求償金のご請求 to the president "
                        "(「碇谷　正憲　様」 over 「（連帯保証人様）」, the company named as 主たる債務者 in the prose); "
                        "the date labelled 「…発送」; a white-on-navy title band; a 2-column table with the labels "
                        "求償元金 / 損害金 (window inside the label) / 合計ご請求額; a red お支払期限 frame; NO 喪失 date and "
                        "NO last payment (both null); the 根抵当権 極度額 20,000,000 as a distractor")


# ---------------------------------------------------------------------------------------------
# bo05 the lease company's 残リース料 demand to the COMPANY after the 契約解除, one-page G3 fax with a 送信票 strip.


def bo05():
    issued, due = D(2026, 2, 10), D(2026, 2, 24)
    P, R = K.B_P0, K.B_R
    L = late(P, R, K.B_CANCEL + ONE, issued)
    C = 66_000
    T = P + L + C
    p = Page(font="sans", size=10.5, top=12)
    p.add(Box(15, 10, 181, 16, 0.4))
    p.add(Line(15, 18, 196, 18, 0.3))
    for x, s in ((18, "送信先：有限会社帆刈印刷 御中"), (112, "FAX：0277-00-4318")):
        p.at(x, 16, s, size=10)
    for x, s in ((18, f"送信日：{slash(issued)}"), (72, "送信枚数：本紙含め1枚"), (128, "発信：きりうリース株式会社 債権管理課")):
        p.at(x, 24, s, size=9.5)
    p.y = 30
    p.at(196, 33, "お客様コード　KL-77105", size=10.5, align="r")
    p.line("有限会社帆刈印刷　御中", size=13.5, font="sans-bold")
    p.line("代表取締役　帆刈　卓郎　様", size=11, x=22)
    p.gap(4)
    p.title("リース契約解除後のお支払いについて（ご請求）", size=15)
    p.para(f"貴社との間のリース契約（契約番号 LS-2204-0163）につきましては、リース料のお支払いが令和7年11月分から滞り、"
           f"再三の催告にもかかわらずお支払いがなかったため、{era(K.B_CANCEL)}付で契約を解除いたしました。")
    p.para("つきましては、リース契約書第18条に基づき、下記の金額を期限までにお支払いくださいますようお願いいたします。"
           "リース物件は当社にて引き揚げ済みであり、売却代金は売却後に規定損害金へ充当し、精算のうえご連絡いたします。")
    p.gap(1)
    rows = [["未払リース料（令和7年11月分～令和8年1月分　3か月分）", f"{K.B_UNPAID:,}"],
            [f"規定損害金（残リース期間{K.B_REST}か月分）", f"{K.B_KITEI:,}"],
            ["元本小計", f"{P:,}"],
            [f"遅延損害金（{era(K.B_CANCEL + ONE)}～{era(issued)}　年{R:g}％）", f"{L:,}"],
            ["物件引揚費用（運搬・保管）", f"{C:,}"],
            ["ご請求額合計", f"{T:,}"]]
    p.table([["項　目", "金額（円）"]] + rows, [132, 40], x=18, header=True, aligns="lr", size=10.5, row_h=8.2, ruled="rows")
    assert K.B_UNPAID + K.B_KITEI == P
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 172, 12, 1.2))
    p.at(22, y + 8.2, "お支払期限", size=12, font="sans-bold")
    p.at(60, y + 8.5, f"{slash(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　きりゅう信用組合 本店 当座 0077105 キリウリース（カ", size=10.5, indent="")
    p.para(f"ご参考　リース物件：オフセット印刷機 一式　月額リース料 {K.B_MON:,}円（税込）　リース期間 84か月（令和4年4月～）　"
           f"最終お引落日 {era(K.B_LAST)}", size=10, indent="")
    p.para("期限までにお支払いのない場合は、連帯保証人様へのご請求及び法的手続（支払督促の申立て等）に移行いたします。", size=10,
           indent="")
    p.gap(4)
    for s, sz, f in (("きりうリース株式会社　債権管理課", 11.5, "sans-bold"), ("〒376-0000 群馬県桐生市すげ笠町九丁目9番9号", 9.5, "sans"),
                     ("TEL 0277-00-6621　FAX 0277-00-6622　担当 淵之上", 10.5, "sans")):
        p.line(s, x=90, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="きりうリース株式会社", phone="0277-00-6621",
               creditor="きりうリース株式会社", status="not_applicable", debtor="有限会社帆刈印刷", total=T, principal=P,
               interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=K.B_CANCEL, last_payment=K.B_LAST, reference="KL-77105", input_kind="fax_tiff",
               template="proxy58_lease_termination_demand_company_fax", received=issued)
    return dict(stem="bo05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:42 KIRIU LEASE 0277-00-6622",
                about="collection_notice (lease company → the company after 契約解除, one-page fax)",
                unusual="one-page G3 fax with a ruled 送信先/送信日/送信枚数/発信 strip on top (the addressee company's own "
                        "FAX number as a distractor, slash dates); 「有限会社帆刈印刷　御中」 over 「代表取締役 … 様」 (debtor = "
                        "the company); the 契約解除 date (= acceleration) in the prose; a rows-ruled 項目/金額（円） table "
                        "with 未払リース料（3か月分） + 規定損害金 → 元本小計 (= principal), 遅延損害金, 物件引揚費用 (→ costs) "
                        "and ご請求額合計; 月額リース料 118,800, 84か月, 契約番号 as distractors; last payment as "
                        "「最終お引落日」 in the ご参考 line")


# ---------------------------------------------------------------------------------------------
# bo06 a 商工ローン's urgent fax to the GUARANTOR (a shop owner) of a borrowing company.


def bo06():
    issued, due = D(2026, 3, 6), D(2026, 3, 13)
    P, I, R = K.C_P, K.C_I, K.C_R
    L = late(P, R, K.C_ACC + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=11, top=12)
    stamp(p, 15, 11, "至急", color=(0, 0, 0), size=14, fill=(0, 0, 0))
    p.at(40, 18, "連帯保証人様へのご通知", size=11, font="sans-bold")
    p.at(196, 15, f"{era(issued)}", size=10.5, align="r")
    p.at(196, 21, "お客様No. AK-0824-5173", size=10.5, align="r")
    p.y = 28
    p.line("湧井酒店", size=11)
    p.line("湧井　清治　様", size=15, font="sans-bold")
    p.line("（FAX 0277-00-5519）", size=9.5)
    p.gap(3)
    p.title("保証債務のお支払いについて", size=17)
    p.para("主債務者　株式会社網干内装（代表取締役　網干　剛）様に対する当社のご融資につき、同社は"
           f"{era(K.C_LAST)}を最後にご返済がなく、{era(K.C_ACC)}の約定返済日に返済がなかったことにより、"
           "金銭消費貸借契約書第9条に基づき期限の利益を喪失しております。", size=10.5)
    p.para("同社には再三ご連絡しておりますが、現在まで誠意あるご対応をいただけておりません。つきましては、連帯保証人である"
           "貴殿に対し、下記金額の一括でのお支払いを請求いたします。", size=10.5)
    p.gap(1)
    x0, x1 = 30, 150
    for lab, val in (("貸付残高", f"{P:,}円"), ("未払利息", f"{I:,}円"),
                     (f"遅延損害金（年{R:g}％・{(K.C_ACC + ONE).month}/{(K.C_ACC + ONE).day}～{issued.month}/{issued.day}）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=11.5)
        p.at(x1, b, val, size=12, align="r")
        p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.3))
    p.gap(1)
    b = p.line("合計請求額", x=x0, size=13, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 0.8, x1, p.y - 0.8, 1.0))
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 172, 16, 1.5))
    p.at(25, y + 10.8, "お支払期限", size=13, font="sans-bold")
    p.at(72, y + 11.2, f"{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=16, font="sans-bold")
    p.y = y + 20
    p.para("お振込先　あかぎね信用組合 桐生支店 普通 0824517 カ）アカギネキヤピタル", size=10.5, indent="")
    p.para("期限までにお支払い又はご連絡がない場合は、貴殿の所有財産に対する仮差押え及び訴訟提起の手続に着手いたします。",
           size=10.5, indent="")
    p.para("※貴殿の保証は根保証（極度額 8,000,000円）です。ご融資額 5,000,000円（令和6年8月20日）。", size=9.8, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社あかぎねキャピタル　桐生営業所", 12, "sans-bold"),
                     ("〒376-0000 群馬県桐生市わらび沢九丁目9番9号", 9.5, "sans"),
                     ("TEL 0277-00-8150　FAX 0277-00-8151　担当 滝花", 11, "sans"),
                     ("貸金業登録番号 群馬県知事(3)第00418号　日本貸金業協会会員第004417号", 8.5, "sans")):
        p.line(s, x=60, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社あかぎねキャピタル", phone="0277-00-8150",
               creditor="株式会社あかぎねキャピタル", status="not_applicable", debtor="湧井清治", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=K.C_ACC,
               last_payment=K.C_LAST, reference="AK-0824-5173", input_kind="fax_tiff",
               template="proxy58_business_lender_guarantor_urgent_fax", received=issued)
    return dict(stem="bo06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 09:12 AKAGINE CAP KIRYU 0277-00-8151",
                about="collection_notice (商工ローン → the guarantor, a shop owner, by fax)",
                unusual="one-page G3 fax of a business lender (商工ローン) to the 連帯保証人 at his SHOP (「湧井酒店」 over "
                        "「湧井　清治　様」, his own FAX number under it as a distractor); a black 「至急」 block and "
                        "「連帯保証人様へのご通知」; the borrowing company and its president named in the prose (not the "
                        "debtor); ruled label lines 貸付残高 / 未払利息 / 遅延損害金（年21.9％・1/27～3/6） with the window in "
                        "month/day slashes and a heavy-ruled 合計請求額; the due date without a year 「3月13日（金）午後3時"
                        "まで」; 根保証 極度額 8,000,000, ご融資額 5,000,000 and the 貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# bo07 a real servicer (アウロラ) to the HEIR of the late president-guarantor: his 相続分 (1/4) only; photo, EXIF 6.


def bo07():
    issued, due = D(2026, 3, 23), D(2026, 4, 17)
    acc, lastp, assign, death = D(2025, 11, 28), D(2025, 10, 31), D(2026, 1, 30), D(2025, 8, 14)
    P, I, R = 9_630_000, 52_406, 14.0
    L = late(P, R, acc + ONE, issued)
    full = [P, I, L]
    share = [v // 4 for v in full]
    T_full, T = sum(full), sum(share)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 12, color=None, fill=(0.12, 0.30, 0.46)))
    p.at(19, 20.3, "AURORA", size=13, font="sans-bold", color=WHITE)
    p.at(46, 20, "アウロラ債権回収株式会社", size=11, color=WHITE)
    p.at(192, 20, "法務大臣許可 第76号", size=9, color=WHITE, align="r")
    p.y = 30
    p.at(196, 32, f"{era(issued)}", size=10, align="r")
    p.at(196, 37.5, "ご照会番号 AU-3307-2641", size=10, align="r")
    p.line("〒328-0000 栃木県栃木市くるみ平九丁目9番9号", size=10)
    p.line("清水端　大輔　様", size=14)
    p.line("（故 清水端 清 様 ご相続人）", size=9.5, x=22)
    p.gap(4)
    p.title("連帯保証債務（ご相続分）のご請求", size=15)
    p.para(f"謹んで故人のご冥福をお祈り申し上げます。故 清水端 清 様（{era(death)}ご逝去）は、株式会社清水端園芸の株式会社"
           "やしお銀行に対する借入債務について連帯保証をされておりました。当社は、同行から同債権を"
           f"{era(assign)}付で譲り受けております。", size=9.8)
    p.para(f"主債務者である同社は、{era(lastp)}を最後にご返済がなく、{era(acc)}の経過をもって期限の利益を喪失して"
           "おります。連帯保証債務は相続の対象となりますので、貴殿の法定相続分（4分の1）に相当する下記金額を、"
           f"{era(due)}（{wd(due)}）までにお支払いくださいますようお願い申し上げます。", size=9.8)
    p.para("なお、貴殿が現在同社の代表取締役として事業を承継されていることは承知しておりますが、本状は、故人の保証人としての"
           "地位を相続されたことに基づくご請求です。", size=9.8)
    p.gap(1)
    head = ["項目", "債権総額（ご参考）", "貴殿ご負担額（法定相続分4分の1）"]
    rows = [["元金", f"{P:,}円", f"{share[0]:,}円"], ["利息", f"{I:,}円", f"{share[1]:,}円"],
            [f"遅延損害金（年{R:g}％）", f"{L:,}円", f"{share[2]:,}円"], ["合計", f"{T_full:,}円", f"{T:,}円"]]
    p.table([head] + rows, [44, 56, 76], x=18, header=True, aligns="lrr", size=10, row_h=8.5)
    p.line(f"（{era(issued)}現在。1円未満切捨て。）", x=128, size=8.5)
    p.gap(2)
    p.para("※他のご相続人様（清水端 和子 様ほか1名）にも、それぞれの相続分についてご案内しております。※相続放棄の手続を"
           "された場合は、その受理証明書の写しをお送りください。", size=9, indent="")
    p.para("お振込先　やしお銀行 栃木支店 普通預金 3307264 アウロラサイケンカイシュウ（カ", size=9.5, indent="")
    p.gap(3)
    for s, sz, f in (("アウロラ債権回収株式会社　北関東チーム", 10.5, "sans-bold"),
                     ("〒105-0000 東京都港区かんな台九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-776（平日 9:00～18:00）　担当 姫川", 9.5, "sans")):
        p.line(s, x=84, size=sz, font=f)
    p.seal(188, p.y - 11, 12, "square", "アウロラ債権回収印", angle=2, seed=58071)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-776", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社やしお銀行", debtor="清水端大輔", total=T, principal=share[0], interest=share[1],
               late_damages=share[2], rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AU-3307-2641", input_kind="photo_exif_rotated",
               template="proxy58_servicer_heir_of_guarantor_share_rotated", received=D(2026, 3, 25))
    return dict(stem="bo07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom", fill=0.85,
                          warm=0.2),
                about="collection_notice (real servicer → the HEIR of the late president-guarantor)",
                unusual="phone photo stored sideways (EXIF 6) on wood with creases and a hand shadow at the bottom; real "
                        "servicer ★ アウロラ債権回収株式会社 with 「法務大臣許可 第76号」 (no 番号) white on a blue band; "
                        "addressed to the heir 「清水端　大輔　様」 with 「（故 清水端 清 様 ご相続人）」; he now runs the "
                        "company by 事業承継 (said in the prose); a 3-column table 債権総額（ご参考） / 貴殿ご負担額（法定相続分"
                        "4分の1） — the demand is the RIGHT column (the whole claim is a distractor); the date of death, "
                        "the other heirs and the 相続放棄 note as distractors")


# ---------------------------------------------------------------------------------------------
# bo08 two lawyers' 縦書き 内容証明 on two dishonoured promissory notes (手形金請求) to the issuing COMPANY; digital.


def bo08():
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    lates = K.g_late(issued)
    L = sum(lates)
    C = 1_760
    T = K.G_P + L + C
    (a1, i1, m1, n1), (a2, i2, m2, n2) = K.G_NOTES
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、株式会社くわのみ商事（以下「通知人」といいます。）の代理人として、貴社に対し、次のとおり"
                 "通知いたします。"),
        ("body", "通知人は、貴社が振り出した左記約束手形二通の所持人です。通知人は、各手形をその満期に支払場所である株式会社"
                 "わたらせ銀行足利南支店に呈示しましたが、いずれも資金不足を理由に支払を拒絶されました。"),
        ("indent", "記"),
        ("indent", f"第一の手形　手形番号{n1}　{kyen(a1)}"),
        ("plain", f"　　振出日　{kdate(i1)}　満期　{kdate(m1)}"),
        ("indent", f"第二の手形　手形番号{n2}　{kyen(a2)}"),
        ("plain", f"　　振出日　{kdate(i2)}　満期　{kdate(m2)}"),
        ("body", f"つきましては、貴社に対し、手形金及び左記の金員の合計{kyen(T)}を、{kdate(due)}限り、左記口座に"
                 "お支払いいただくよう催告いたします。"),
        ("indent", f"一　手形金合計　　　{kyen(K.G_P)}"),
        ("indent", f"二　遅延損害金　　　{kyen(L)}"),
        ("plain", "　　（各満期日から本書作成日まで年六パーセントの割合）"),
        ("indent", f"三　費用（不渡手形の返還手数料等）　{kyen(C)}"),
        ("indent", f"四　合計　　　　　　{kyen(T)}"),
        ("indent", "振込先　株式会社わたらせ銀行　足利駅前支店　普通預金　口座番号　七一二三〇四一"),
        ("plain", "　　　　口座名義　弁護士辻堂誠預り金口"),
        ("body", "右期限までにお支払いのないときは、手形訴訟を提起し、貴社の財産に対し強制執行の手続をとることとなりますので、"
                 "ご承知おきください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "栃木県足利市ろくろ町九丁目九番九号"),
        ("low", "辻堂・櫟原法律事務所"),
        ("low", "通知人代理人　弁護士　辻堂　誠"),
        ("low", "同　　　　　　弁護士　櫟原　咲子"),
        ("low", f"電話　{kanji_digits('0284')}（{kanji_digits('00')}）{kanji_digits('7123')}"),
        ("low", "（当事務所整理番号　ＴＩ－２６０２１）"),
        ("low", "栃木県足利市たがね町九丁目九番九号"),
        ("low", "株式会社鞆岡木工所"),
        ("low", "代表取締役　鞆岡　篤　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.6, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 58081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　辻堂" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士辻堂誠之印", angle=2,
                         seed=58082))
    tr = truth(document_type="collection_notice", sender="辻堂・櫟原法律事務所", phone="0284-00-7123",
               creditor="株式会社くわのみ商事", status="not_applicable", debtor="株式会社鞆岡木工所", total=T,
               principal=K.G_P, interest=None, late_damages=L, costs=C, rate=K.G_R, lump=True, issued=issued,
               payment_due=due, reference="TI-26021", input_kind="vertical_pdf",
               template="proxy58_vertical_lawyers_dishonoured_notes_company", received=D(2026, 2, 16))
    return dict(stem="bo08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers → the company that issued two dishonoured 約束手形, 縦書き)",
                unusual="縦書き 催告書 (冠省 … 草々) of two lawyers for the HOLDER of two 約束手形, digital, with the 内容証明 "
                        "stamp; addressed 「株式会社鞆岡木工所　代表取締役　鞆岡　篤　殿」 (debtor = the company, the "
                        "振出人); each note with its full-width 手形番号, 振出日 and 満期 in kanji (all distractors); 資金不足 "
                        "不渡り; 手形金合計 (= principal), 遅延損害金 at 年六パーセント from each 満期, 費用 (不渡手形の返還"
                        "手数料等 → costs) and 合計; the total ALSO in the body before the list; no 喪失 date, no last "
                        "payment (null); a 預り金口 account in kanji digits; full-width 整理番号 ＴＩ－２６０２１")


LETTERS = [bo01, bo02, bo03, bo04, bo05, bo06, bo07, bo08]
