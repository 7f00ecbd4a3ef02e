"""Proxy set 40, letters aw09–aw16: a 信用金庫's 縦書き 期限の利益喪失通知 after a 弁済契約 broke, a guarantee company's
縦書き 代位弁済通知 after a 返済猶予 lapsed, a bank's harmless 支払猶予（元金据置） confirmation, a scam that "changes the
payee account" of a 和解, a joint 債権譲渡通知 of a claim being paid under a 和解, the 唐津簡裁's 支払督促 and
仮執行宣言付支払督促 of the 鯨井 household's broken 和解, and the 彦根簡裁's (ハ) 呼出状 of a broken 信販 plan."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
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
from letters_aw1 import KJ_ACC, KJ_ASSIGN, KJ_LAST, KJ_MON, KJ_ORIG, KJ_WAKAI, box_check

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.08, 0.40, 0.30)
ACS = (0.05, 0.30, 0.55)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def era(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def fera(d: D) -> str:
    return fw(era(d))


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# the 鯨井 household after the 和解 broke (aw06 in letters_aw1)
KJ_PAID = 6
KJ_REST = KJ_WAKAI - KJ_PAID * KJ_MON
KJ_R = 14.6
KJ_FILED = D(2026, 2, 27)
KJ_ORDER, KJ_SERVED = D(2026, 3, 6), D(2026, 3, 10)
KJ_C = (2_000, 1_120, 800)
KJ_C2 = 1_240
KJ_CASE = "令和8年(ロ)第96号"
KJ_L = late(KJ_REST, KJ_R, KJ_ACC + timedelta(1), KJ_FILED)


# ---------------------------------------------------------------------------------------------
# aw09 青磁信用金庫: 縦書き 期限の利益喪失通知 after the 弁済契約 (a plan for the arrears) broke; digital.


def aw09():
    R = 14.0
    issued, due = D(2026, 3, 2), D(2026, 3, 13)
    acc, lastp, warn, plan = D(2026, 2, 20), D(2025, 11, 25), D(2026, 2, 6), D(2025, 8, 18)
    P, I = 842_000, 6_315
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間の令和四年五月十六日付金銭消費貸借契約（自動車購入資金）に基づく毎月の返済を延滞され"
                 f"たため、当金庫は、{kdate(plan)}、貴殿との間で延滞金の分割弁済及び約定返済の継続を内容とする弁済契約を"
                 "締結いたしました。"),
        ("body", f"しかるに貴殿は、右弁済契約に基づく支払を{kdate(lastp)}の入金を最後に怠り、当金庫の"
                 f"{kdate(warn)}付催告書による催告にもかかわらず、催告期限である{kdate(acc)}までにお支払いがありません"
                 "でした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書及び右弁済契約第四条により、{kdate(acc)}の経過をもって期限の利益を"
                 "喪失しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、一括してお支払いください。右期限までにお支払いのない場合は、"
                 "担保自動車の引揚げその他の法的手続に移行いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和八年二月二十一日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "熊本県八代市ひとりしずか台九丁目九番九号"),
        ("low", "青磁信用金庫　融資管理部"),
        ("low", "部長　麦倉　宗一郎"),
        ("low", "電話　〇九六五（〇〇）四一二〇"),
        ("low", "（当金庫整理番号　ＳＪ－２６０４１）"),
        ("blank", ""),
        ("low", "熊本県八代市石竹町九丁目九番九号"),
        ("low", "筬島　敏郎　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 40091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "麦倉" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18.5) * size * 0.3528 * 1.05, 10, "square", "青磁信用金庫融資管理部長印",
                         angle=-3, seed=40092))
    tr = truth(document_type="acceleration_notice", sender="青磁信用金庫", phone="0965-00-4120",
               creditor="青磁信用金庫", status="not_applicable", debtor="筬島敏郎", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="SJ-26041", input_kind="vertical_pdf",
               template="proxy40_vertical_shinkin_acceleration_after_broken_plan", received=D(2026, 3, 4))
    return dict(stem="aw09", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, after the 弁済契約 broke)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫, digital, with the 内容証明 stamp; the story in kanji dates: "
                        "the 令和四年 car loan, the 弁済契約 of 令和七年八月十八日 (a plan for the arrears), the last payment "
                        "under it, the 催告書 date 二月六日 and its deadline 二月二十日 (= acceleration 「の経過をもって」); "
                        "positional kanji amounts; an absolute deadline 「令和八年三月十三日限り」; phone with a 4-digit area "
                        "code in kanji digits; full-width 当金庫整理番号 ＳＪ－２６０４１ (→ SJ-26041)")


# ---------------------------------------------------------------------------------------------
# aw10 しいのき保証: 縦書き 代位弁済通知 after the bank's 返済猶予 lapsed (education loan); scanned.


def aw10():
    R = 14.6
    issued, due = D(2026, 1, 8), D(2026, 1, 30)
    subro, acc, lastp = D(2025, 12, 19), D(2025, 11, 15), D(2025, 7, 27)
    P0, I0 = 1_463_200, 18_844
    P = P0 + I0
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "代位弁済のご通知"),
        ("body", "貴殿が株式会社白群銀行から借り受けた教育ローン（平成三十年三月二十日付）について、同行は、貴殿のお申出に"
                 "より令和七年二月から同年七月まで元金の返済を猶予（据置）いたしましたが、据置期間の満了後も返済が再開されず、"
                 f"{kdate(lastp)}の利息のお支払いを最後に入金がありませんでした。"),
        ("body", f"そのため貴殿は{kdate(acc)}の経過をもって期限の利益を喪失し、当社は、保証委託契約に基づき、"
                 f"{kdate(subro)}、同行に対し{kyen(P)}（うち元金{kyen(P0)}、利息{kyen(I0)}）を代位弁済いたしました。"),
        ("body", "よって当社は貴殿に対し左記の求償債権を有しておりますので、本書をもってご通知申し上げるとともに、"
                 f"{kdate(due)}までに左記合計額を一括してお支払いくださいますようご請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{kyen(P)}"),
        ("indent", f"二　損害金　　　　　　　　　{kyen(L)}"),
        ("plain", "　　（代位弁済日の翌日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　　　　　　{kyen(T)}"),
        ("body", "なお、お支払方法についてご相談がある場合は、右期日までに当社債権管理部までご連絡ください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "愛媛県松山市やえむぐら町九丁目九番九号"),
        ("low", "しいのき保証株式会社"),
        ("low", "債権管理部長　鞆田　恭平"),
        ("low", "電話　〇八九（〇〇〇）五五七〇"),
        ("low", "（保証番号　ＳＫ－８８０２４）"),
        ("blank", ""),
        ("low", "愛媛県宇和島市つりがね町九丁目九番九号"),
        ("low", "舎川　結衣　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 40101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "債権管理部長" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17.5) * size * 0.3528 * 1.05, 11, "square", "しいのき保証株式会社之印",
                         angle=2, seed=40102))
    tr = truth(document_type="acceleration_notice", sender="しいのき保証株式会社", phone="089-000-5570",
               creditor="しいのき保証株式会社", status="not_applicable", original="株式会社白群銀行", debtor="舎川結衣",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SK-88024", input_kind="vertical_scan",
               template="proxy40_vertical_guarantor_subrogation_after_deferment", received=D(2026, 1, 10))
    return dict(stem="aw10", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (guarantee company 代位弁済通知, 縦書き 内容証明, after a 返済猶予 lapsed)",
                unusual="縦書き 代位弁済のご通知 of a guarantee company, scanned, with the 内容証明 stamp: a 平成三十年 "
                        "education loan whose 元金 was deferred (令和七年二月から七月まで据置) and never resumed; the last "
                        "INTEREST payment, the bank's 喪失 and the 代位弁済 all in kanji; the 代位弁済額 with its うち元金 / "
                        "利息 in brackets (history, not interest); 求償元金（代位弁済額） / 損害金 / 合計 as positional kanji; "
                        "an absolute 「令和八年一月三十日までに」; 保証番号 ＳＫ－８８０２４ in full-width (→ SK-88024)")


# ---------------------------------------------------------------------------------------------
# aw11 あまおと銀行: 支払猶予（元金据置） confirmation of a housing loan — harmless, claims nothing.


def aw11():
    issued = D(2026, 3, 23)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 6, 14, color=None, fill=GREEN))
    p.at(24, 19.5, "あまおと銀行", size=15, font="sans-bold", color=GREEN)
    p.at(24, 24.5, "AMAOTO BANK　住宅ローンセンター", size=7.5, color=GREEN)
    p.at(196, 16, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 21, "お客様番号　43-118207", size=9.5, align="r")
    window(p, 15, 32, "520-0000", ["滋賀県大津市ほしづく町九丁目9番9号"], "仙石　亮介　様", "aw11bar", w=90, h=32)
    p.y = 70
    p.title("ご返済条件の変更（元金据置）についてのご確認", size=14)
    p.para("平素はあまおと銀行をご利用いただき、誠にありがとうございます。", size=9.8)
    p.para("先日お申出いただきました住宅ローンのご返済条件の変更につきまして、下記の内容で承りましたのでご確認ください。"
           "据置期間中は、毎月のご返済額が利息のみとなります。本書はご確認のためのお知らせであり、ご請求ではありません。",
           size=9.8)
    p.gap(2)
    rows = [["ご融資番号", "0718-330-2215", "お借入日", "平成30年10月31日"],
            ["ご変更前残高", "21,604,332円", "金利（変動）", "年0.975％"],
            ["元金据置期間", "令和8年4月～令和8年9月（6回）", "据置期間中のご返済額", "毎月 17,553円（利息のみ）"],
            ["据置前のご返済額", "毎月 68,210円", "据置後のご返済額", "毎月 70,084円（予定）"],
            ["次回のご返済日", f"令和8年4月27日（{wd(D(2026, 4, 27))}）", "最終ご返済日", "令和35年10月27日（変更後）"]]
    p.y = grid(p, 15, p.y, [32, 58, 36, 55], rows, h=8, size=9.2, lsize=8.5) + 4
    p.para("※据置期間の満了後は、元金と利息を合わせたご返済が再開されます。据置期間中の利息は通常どおりお支払いいただきます。"
           "金利情勢により据置後のご返済額は変わることがあります。", size=9, indent="")
    p.para("※本変更による手数料（条件変更手数料 5,500円）は、令和8年4月27日に返済用口座からお引落しいたします。", size=9,
           indent="")
    p.para("※ご家計の状況が改善された場合は、据置期間中でも元金のご返済を再開していただけます。", size=9, indent="")
    p.gap(3)
    p.line("本件に関するお問合せ先", size=10, font="sans-bold")
    p.para("あまおと銀行 住宅ローンセンター　〒520-0000 滋賀県大津市つりがね町九丁目9番9号　TEL 077-000-6185（平日9:00～17:00）"
           "　担当　苗代", size=9.3, indent="")
    y = p.y + 4
    p.add(Box(15, y, 181, 18, 0.3, GRAY, (0.96, 0.98, 0.97)))
    p.at(19, y + 6.5, "ご注意", size=9.5, font="sans-bold", color=GREEN)
    p.at(19, y + 12.5, "当行の行員が電話やメールで、別の口座へのお振込みをお願いすることはありません。", size=9)
    tr = truth(document_type="other", sender="あまおと銀行", phone="077-000-6185", creditor=None,
               status="not_applicable", debtor="仙石亮介", lump=False, issued=issued, reference="43-118207",
               input_kind="pdf_text", template="proxy40_bank_principal_deferment_confirmation_harmless", received=None)
    return dict(stem="aw11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (bank, 元金据置 (支払猶予) confirmation of a housing loan — harmless, claims nothing)",
                unusual="a harmless bank notice that confirms a 6-month 元金据置 of a housing loan and says 「ご請求ではありません」: "
                        "a 5-row shaded grid FULL of amounts and dates (ご変更前残高 21,604,332, 年0.975％, 17,553 / 68,210 / "
                        "70,084 a month, 次回のご返済日 4/27, 最終ご返済日 令和35年) and a 条件変更手数料 5,500 — every one a "
                        "distractor (all amounts null, payment_due null); ご融資番号 vs お客様番号 (the reference); the logo "
                        "「あまおと銀行」 without 株式会社; a green ご注意 box")


# ---------------------------------------------------------------------------------------------
# aw12 SCAM: 「和解金お振込先変更のお知らせ」 — a fake centre "takes over" the instalments; phone photo.


def aw12():
    issued, due = D(2026, 5, 19), D(2026, 5, 22)
    T = 58_600
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "重要", color=RED, size=13, fill=RED)
    stamp(p, 38, 12, "至急ご確認ください", color=RED, size=11)
    p.at(196, 16, "通知日　令和8年5月19日", size=10, align="r")
    p.at(196, 21.5, f"管理番号　ね{fw('－518')}", size=10, align="r")
    p.y = 29
    p.line("苅安　美緒　様", size=14)
    p.gap(5)
    p.line("和解金お振込先変更のお知らせ", size=17, font="sans-bold", align="c")
    p.gap(3)
    p.para("貴殿がご契約先との間で締結された和解契約に基づく分割金につきまして、このたび債権の管理が当センターに移管され"
           "ました。これに伴い、今後のお振込先が下記のとおり変更となります。従前の口座へのお振込みは無効となりますので、"
           "ご注意ください。")
    p.para("また、移管に際し確認いたしましたところ、未納の分割金及び移管事務手数料がございます。下記期限までに必ず"
           "お振込みください。期限を過ぎた場合、和解は無効となり、給与・預貯金の差押え手続に移行いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 36, 1.2, RED))
    p.at(30, y + 9, "お振込金額（未納分割金・移管事務手数料）", size=11, font="sans-bold")
    p.at(180, y + 20, f"￥{T:,}－", size=20, font="sans-bold", color=RED, align="r")
    p.at(30, y + 31, f"お振込期限　5月22日（{wd(due)}）午後3時まで", size=12.5, font="sans-bold", color=RED)
    p.y = y + 41
    p.line("新しいお振込先", size=11, font="sans-bold")
    p.para("ことぶき銀行　本店　普通預金　8830124　名義　サワノボリ　タクミ（当センター管理担当者名義）", size=10, indent="")
    p.para("※お振込みが難しい場合は、コンビニエンスストアで販売されている電子マネーカードでもお支払いいただけます。"
           "番号をお電話でお知らせください。", size=9.5, indent="")
    p.para("※ご家族・勤務先への連絡を避けるため、ご本人様から直接お電話ください。弁護士等への相談は、手続が遅れる原因と"
           "なりますのでお控えください。", size=9.5, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 28, 0.4))
    for i, s in enumerate(["株式会社和解金管理センター　分割金管理課", "法務大臣許可番号第329号　法務省認可債権管理機関",
                           "東京都千代田区霞が関（中央合同庁舎別館内）", "担当直通　080-0000-5173（土日祝も受付 8:00～21:00）"]):
        p.at(19, y + 6 + i * 5.6, s, size=10.5 if i == 0 else 9.5, font="sans-bold" if i in (0, 3) else "sans")
    tr = truth(document_type="other", sender="株式会社和解金管理センター", license_number=329, phone="080-0000-5173",
               creditor=None, status="not_licensed", debtor="苅安美緒", total=T, lump=False, issued=issued,
               payment_due=due, reference="ね-518", is_scam=True, input_kind="photo_jpeg",
               template="proxy40_scam_settlement_payee_change", received=None)
    return dict(stem="aw12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.8, glare=16, warm=0.35, blur=1.0),
                about="other (scam: a fake 「和解金管理センター」 changes the payee account of a 和解)",
                unusual="phone photo on wood at a steep angle with creases and a warm lamp; a SCAM aimed at people who pay a "
                        "和解 in instalments: 「和解金お振込先変更のお知らせ」, the claim 「移管されました」 with no creditor "
                        "(only 「ご契約先」), a lump ￥58,600－ for 未納分割金 and 移管事務手数料 (no breakdown printed), a "
                        "month-day deadline 「5月22日（金）午後3時まで」 (year from the 通知日), a PERSONAL account and "
                        "electronic-money cards; 「法務省認可債権管理機関」 and a FAKE 「法務大臣許可番号第329号」 (→ not_licensed); "
                        "an address 「霞が関（中央合同庁舎別館内）」 without a number; a mobile 080 number; hiragana 管理番号 "
                        "ね－518; 「弁護士等への相談は…お控えください」")


# ---------------------------------------------------------------------------------------------
# aw13 joint 債権譲渡通知: てっせんクレジット → エー・シー・エス債権管理回収 (real) of a claim being paid under a 和解.


def aw13():
    issued, assign = D(2026, 4, 6), D(2026, 3, 31)
    W, mon, n = 450_000, 9_000, 50
    assert mon * n == W
    paid = 20
    lastp = D(2026, 3, 26)
    rest = W - paid * mon
    p = Page(font="serif", size=10, top=14)
    p.at(196, 17, wdate(issued), size=10, align="r")
    p.y = 22
    p.line("〒870-0000　大分県大分市やえむぐら町九丁目9番9号", size=10)
    p.line("湯之上　浩　殿", size=13.5)
    p.gap(5)
    p.title("債権譲渡通知書（お支払先変更のご案内）", size=15, font="serif-bold")
    p.para(f"譲渡人てっせんクレジット株式会社（以下「譲渡人」）は、貴殿に対して有する下記債権を、{wdate(assign)}付で"
           "エー・シー・エス債権管理回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、譲渡人及び"
           "譲受人の連名をもって通知いたします。", size=9.8)
    p.para("貴殿と譲渡人との間の和解契約（分割弁済）の内容は、譲渡後もそのまま譲受人に引き継がれます。次回以降の分割金は、"
           "下記の譲受人の口座にお振込みください。", size=9.8)
    p.gap(1)
    p.line("記", size=10.5, align="c")
    p.line("１．譲渡債権の表示", size=10.2, font="serif-bold")
    p.table([["原契約", "てっせんクレジット カードショッピング立替払契約（平成31年2月）"],
             ["和解契約", f"令和6年7月19日付　和解金 {W:,}円（月額 {mon:,}円 × {n}回、毎月26日払い）"],
             ["お支払状況", f"{paid}回お支払済み（最終お支払日 {wdate(lastp)}）"],
             ["譲渡債権額", f"{rest:,}円（和解金残額。利息・遅延損害金は発生しておりません）"]],
            [30, 146], x=22, aligns="ll", size=9.4, row_h=7.2, shade_col0=True, font="serif")
    p.line("２．新しいお振込先（2026年4月26日のお支払分から）", size=10.2, font="serif-bold")
    p.para("やまばと銀行 幕張支店 普通預金 2704819　エーシーエスサイケンカンリカイシュウ（カ", x0=26, size=9.6, indent="")
    p.line("３．お問合せ先", size=10.2, font="serif-bold")
    p.para("譲受人　お客様番号 AC-7720-4406　フリーダイヤル 0120-000-272（平日 9:00～18:00）", x0=26, size=9.6, indent="")
    p.gap(4)
    y = p.y
    for k, (role, lines) in enumerate((
        ("（譲渡人）", ["福岡県北九州市小倉北区てっせん通九丁目9番9号", "てっせんクレジット株式会社",
                     "代表取締役　河面　達夫", "TEL 093-000-4412"]),
        ("（譲受人）", ["千葉県千葉市美浜区ひとりしずか台九丁目9番9号", "エー・シー・エス債権管理回収株式会社",
                     "代表取締役　垣添　淳", "法務大臣許可番号　第27号"]),
    )):
        x = 20 + k * 90
        p.at(x, y + 5, role, size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x, y + 11 + i * 5.3, s, size=9 if i != 1 else 9.8)
        p.seal(x + 78, y + 20, 13, "round", "代表取締役之印" if k == 0 else "|代表/取締役", angle=4 - 8 * k, seed=40131 + k)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-272", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="てっせんクレジット株式会社", debtor="湯之上浩", total=rest, principal=rest, lump=False,
               issued=issued, last_payment=lastp, assignment=assign, reference="AC-7720-4406", input_kind="pdf_text",
               template="proxy40_joint_assignment_during_settlement_real_servicer", received=D(2026, 4, 8))
    return dict(stem="aw13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, the claim is being paid under a 和解)",
                unusual="serif joint 債権譲渡通知書 with the subtitle 「お支払先変更のご案内」 (the REAL counterpart of the scam "
                        "aw12); western 年月日 dates; a shaded-label 4-row table (原契約 平成31年 / 和解契約 450,000 = 9,000 × "
                        "50 / お支払状況 with the 最終お支払日 / 譲渡債権額 270,000 「利息・遅延損害金は発生しておりません」); the "
                        "next instalment date 4/26 only as the start of the new account (payment_due null); the two notifier "
                        "blocks side by side at the bottom with round seals, real servicer ★ エー・シー・エス債権管理回収 "
                        "with 「法務大臣許可番号　第27号」 as the 譲受人; the 譲渡人's own phone; 民法第467条")


# ---------------------------------------------------------------------------------------------
# aw14 唐津簡易裁判所 支払督促 of the 鯨井 household's broken 和解; creditor アウロラ (real); one scanned page.


def aw14():
    C = sum(KJ_C)
    P, L = KJ_REST, KJ_L
    T = P + L + C
    p = Page(font="serif", size=10, top=13)
    p.at(196, 16, "事件番号", size=8.5, align="r")
    p.at(196, 21, fw("令和8年（ロ）第96号"), size=10.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債　権　者", "〒812-0000　福岡県福岡市博多区てっせん通九丁目9番9号"),
          ("", "アウロラ債権回収株式会社　代表者代表取締役　源間　隆"),
          ("", "（送達場所）同社 九州回収センター　電話 092-000-7661　FAX 092-000-7662"),
          ("債　務　者", "〒849-0000　佐賀県佐賀市石竹町九丁目9番9号　鯨井　詩子")], x=15, label_w=24, size=9.2)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言をする。",
           size=10.5)
    p.gap(1)
    p.line("請 求 の 趣 旨", size=11, font="serif-bold", align="c")
    for s in (f"１　金{P:,}円（和解金残元金）", f"２　上記１の金額に対する{fera(KJ_FILED + timedelta(1))}から完済まで、"
              f"年１４．６％の割合による遅延損害金", f"３　金{L:,}円（上記１に対する{fera(KJ_ACC + timedelta(1))}から"
              f"{fera(KJ_FILED)}まで年１４．６％の割合による確定遅延損害金）", f"４　金{C:,}円（督促手続費用）"):
        p.para(s, x0=22, x1=192, size=9.6, indent="")
    p.line(f"（１、３及び４の合計　金{T:,}円）", x=190, size=9.8, align="r")
    p.gap(1)
    p.line("請 求 の 原 因", size=11, font="serif-bold", align="c")
    for s in (f"１　債権者は、{KJ_ORIG}から、同社が債務者に対して有していた貸金債権を{fera(KJ_ASSIGN)}に譲り受けた。",
              f"２　債権者と債務者は、{fera(D(2025, 5, 23))}、上記債権について、債務者が債権者に対し和解金{KJ_WAKAI:,}円を"
              f"令和７年６月から毎月１０日限り{KJ_MON:,}円ずつ分割して支払うこと、分割金の支払を２回以上怠りその額が"
              f"{2 * KJ_MON:,}円に達したときは当然に期限の利益を失うことを内容とする和解契約を締結した。",
              f"３　債務者は、{fera(KJ_LAST)}までに６回分合計{KJ_PAID * KJ_MON:,}円を支払ったのみで、その後の支払を怠り、"
              f"{fera(KJ_ACC)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=18, x1=192, size=9.2, indent="")
    p.para(f"（注）督促手続費用の内訳　申立手数料{KJ_C[0]:,}円、支払督促正本送達費用{KJ_C[1]:,}円、申立書作成及び提出費用"
           f"{KJ_C[2]:,}円", x0=18, x1=192, size=8.6, indent="")
    p.gap(2)
    p.line(f"　　{fera(KJ_ORDER)}", size=10.5)
    p.line("　　唐津簡易裁判所　　裁判所書記官　浜端　由紀", size=10.5)
    p.seal(140, p.y - 5, 14, "square", "唐津簡易裁判所書記官印", angle=0, seed=40141)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てることが",
                           "できます。分割払いなど支払方法の話合いを希望する場合も、督促異議申立書にその旨を記載してください。",
                           "お問合せ　唐津簡易裁判所　民事係　電話 0955-00-7218"]):
        p.at(18, y + 6 + i * 5.8, s, size=8.8)
    p.y = y + 26
    p.line(f"申立日　{fera(KJ_FILED)}　　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="唐津簡易裁判所", phone="0955-00-7218",
               creditor="アウロラ債権回収株式会社", status="licensed", original=KJ_ORIG, debtor="鯨井詩子", total=T,
               principal=P, late_damages=L, costs=C, rate=KJ_R, lump=True, issued=KJ_ORDER, acceleration=KJ_ACC,
               last_payment=KJ_LAST, assignment=KJ_ASSIGN, reference=KJ_CASE, input_kind="scan_png",
               template="proxy40_payment_order_karatsu_broken_settlement", received=KJ_SERVED)
    return dict(stem="aw14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, the 和解 broke; real servicer creditor, one page)",
                unusual="支払督促 of a court not used before (唐津簡裁) on ONE scanned page: 「事件番号」 over the full-width case "
                        "number top-right; the parties as a kv block (creditor ★ アウロラ債権回収, no licence printed, with its "
                        "送達場所 phone AND FAX as distractors); 請求の趣旨 as numbered lines (１ 和解金残元金, ２ the running "
                        "clause, ３ 確定遅延損害金, ４ 督促手続費用) and a right-aligned 「（１、３及び４の合計…）」; 請求の原因 "
                        "tells the 和解 (420,000, 14,000 a month, 6 paid) and its 喪失; the cost breakdown in a (注); the "
                        "court's phone only in the (注意) box; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# aw15 唐津簡易裁判所 仮執行宣言付支払督促 of the same case; 2-page image PDF.


def aw15():
    issued, filed2 = D(2026, 4, 2), D(2026, 3, 26)
    C1 = sum(KJ_C)
    P, L = KJ_REST, KJ_L
    C = C1 + KJ_C2
    T = P + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.at(196, 18, fw("令和8年（ロ）第96号"), size=10.5, align="r")
    p.para(f"債権者アウロラ債権回収株式会社、債務者鯨井詩子間の{fw('令和8年（ロ）第96号')}支払督促申立事件について、"
           f"当裁判所の裁判所書記官が{fera(KJ_ORDER)}に発した支払督促は、{fera(KJ_SERVED)}債務者に送達されたが、債務者は"
           "法定の期間内に督促異議の申立てをしなかった。", size=10.2)
    p.para(f"よって、債権者の申立てにより、別紙記載の支払督促に、手続費用額金{KJ_C2:,}円を付加して、仮執行の宣言をする。",
           size=10.2)
    p.gap(4)
    p.line(f"　　{fera(issued)}", size=10.5)
    p.line("　　唐津簡易裁判所　　裁判所書記官　浜端　由紀", size=10.5)
    p.seal(140, p.y - 5, 14, "square", "唐津簡易裁判所書記官印", angle=1, seed=40151)
    p.gap(8)
    y = p.y
    p.add(Box(15, y, 181, 40, 0.5, None, SHADE))
    p.at(20, y + 7, "【この書面を受け取った債務者の方へ】", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に基づき、債権者は直ちに強制執行（給料・預金の差押え等）をすることが",
                           "　　できます。", "２　不服があるときは、この書面の送達を受けた日から２週間以内に、督促異議の申立てをすることが",
                           "　　できます（この場合、通常の訴訟に移行します）。",
                           "３　お問合せ　唐津簡易裁判所　民事係　電話 0955-00-7218"]):
        p.at(20, y + 14 + i * 5.4, s, size=9.4)
    p.y = y + 46
    p.line(f"（仮執行宣言申立日　{fera(filed2)}）", size=9, align="r")
    p.line("これは正本である。", size=9.5, align="r")
    q = Page(font="serif", size=10, top=16)
    q.line("（別紙）", size=10)
    q.line("当事者目録", size=11.5, font="serif-bold", align="c")
    q.table([["債権者", "福岡県福岡市博多区てっせん通九丁目9番9号　アウロラ債権回収株式会社"],
             ["", "代表者代表取締役　源間　隆（送達場所 電話 092-000-7661）"],
             ["債務者", "佐賀県佐賀市石竹町九丁目9番9号　鯨井　詩子"]], [22, 160], x=15, aligns="ll", size=9.2, row_h=7,
            ruled="rows")
    q.gap(3)
    q.line("請求の趣旨及び原因", size=11.5, font="serif-bold", align="c")
    rows = [["", "内　容", "金額（円）"], ["１", "和解金残元金", f"{P:,}"],
            ["２", f"確定遅延損害金（{fera(KJ_ACC + timedelta(1))}～{fera(KJ_FILED)}、年14.6％）", f"{L:,}"],
            ["３", "督促手続費用", f"{C1:,}"], ["４", "仮執行宣言手続費用", f"{KJ_C2:,}"], ["", "合　計", f"{T:,}"]]
    q.table(rows, [10, 128, 36], x=18, header=True, aligns="clr", size=9.4, row_h=7)
    q.para(f"上記１に対する{fera(KJ_FILED + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金", x0=18, x1=192,
           size=9.4, indent="")
    q.gap(2)
    q.para(f"（原因）債権者は{KJ_ORIG}から貸金債権を{fera(KJ_ASSIGN)}に譲り受け、{fera(D(2025, 5, 23))}債務者と和解金"
           f"{KJ_WAKAI:,}円の分割弁済を内容とする和解契約を締結したが、債務者は{fera(KJ_LAST)}の支払を最後にその後の"
           f"分割金の支払を怠り、{fera(KJ_ACC)}の経過により期限の利益を喪失した。", x0=18, x1=192, size=9.4, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="唐津簡易裁判所", phone="0955-00-7218",
               creditor="アウロラ債権回収株式会社", status="licensed", original=KJ_ORIG, debtor="鯨井詩子", total=T,
               principal=P, late_damages=L, costs=C, rate=KJ_R, lump=True, issued=issued, acceleration=KJ_ACC,
               last_payment=KJ_LAST, assignment=KJ_ASSIGN, reference=KJ_CASE, input_kind="pdf_scan",
               template="proxy40_enforceable_payment_order_karatsu_two_pages", received=D(2026, 4, 6))
    return dict(stem="aw15", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, same case as aw14, 2 pages)",
                unusual="仮執行宣言付支払督促 of aw14's case as a 2-page image PDF: p.1 the order date 3/6 and its 送達 3/10 in one "
                        "sentence, the 仮執行 cost 「手続費用額金1,240円を付加して」 only in prose, a shaded box for the debtor "
                        "with the court's phone, the 申立日 3/26 in brackets; p.2 (別紙) 当事者目録 (creditor ★ アウロラ, 送達場所 "
                        "phone as a distractor) and a table with a 「金額（円）」 header and TWO cost rows (督促手続費用 3,920 / "
                        "仮執行宣言手続費用 1,240 → costs = sum) above 合計; the running clause under the table; a short "
                        "（原因） paragraph that names the original lender, the 譲受, the last payment and the 喪失")


# ---------------------------------------------------------------------------------------------
# aw16 彦根簡易裁判所 (ハ) 呼出状 + 訴状の要旨: a 信販 plan broke; the note on 和解 / 和解に代わる決定; EXIF-rotated photo.


def aw16():
    R = 6.0
    issued, filed, hearing, answer = D(2026, 5, 25), D(2026, 5, 11), D(2026, 6, 29), D(2026, 6, 19)
    acc, lastp = D(2026, 1, 27), D(2025, 11, 27)
    P, I = 387_500, 22_960
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    p = Page(font="sans", size=10, top=13)
    p.at(196, 16, "令和8年(ハ)第204号　立替金請求事件", size=9.5, align="r")
    p.y = 20
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　峠田　奈緒美　様", size=12)
    p.line("原告　わすれなぐさ信販株式会社", size=10)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、出頭して"
           "ください。なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=9.8)
    rows = [["期　日", f"令和8年6月29日（{wd(hearing)}）午前10時20分　口頭弁論期日"],
            ["場　所", "彦根簡易裁判所　第２法廷（滋賀県彦根市しいのき町九丁目9番9号）"],
            ["答弁書提出期限", f"令和8年6月19日（{wd(answer)}）"]]
    p.y = grid(p, 15, p.y + 1, [34, 147], rows, h=8, size=10, lsize=9.5) + 3
    p.para("※分割払いなどの話合い（和解）を希望する場合は、答弁書の該当欄に✓を付け、希望する支払方法を記載してください。"
           "簡易裁判所では、被告の資力などを考慮して、分割払いを内容とする「和解に代わる決定」（民事訴訟法第275条の2）を"
           "することがあります。", size=9, indent="")
    p.para("※期日に出頭せず答弁書も提出しないときは、原告の主張を認めたものとして、直ちに判決されることがあります。", size=9,
           indent="")
    p.gap(1)
    p.line(f"　　{era(issued)}　　彦根簡易裁判所　民事係　裁判所書記官　草苅　哲也", size=10)
    p.line("　　電話 0749-00-3302（直通）　FAX 0749-00-3309", size=9.5)
    p.add(Line(15, p.y + 1, 196, p.y + 1, 0.5))
    p.gap(4)
    p.line("訴状の要旨", size=11, font="sans-bold", align="c")
    p.para(f"請求の趣旨　被告は原告に対し金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
           f"年{R:g}％の割合による金員を支払え。", size=9.4, indent="")
    p.para(f"請求の原因　被告は、令和5年4月、原告との間で家具購入代金の立替払契約を締結し、分割して支払うこととした。被告は"
           f"令和7年7月、原告との間で支払方法を月額12,500円に変更する合意をしたが、{era(lastp)}の支払を最後にその後の支払を"
           f"怠り、原告の催告を経て、{era(acc)}の経過により期限の利益を喪失した。", size=9.4, indent="")
    p.table([["立替金残金", "分割払手数料（未払分）", f"遅延損害金（年{R:g}％・確定分）", "請求額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 46, 52, 40], x=16, header=True, aligns="rrrr",
            size=9.4, row_h=7.5)
    p.line(f"（訴え提起日　{era(filed)}　原告代理人支配人　姥山　弘　電話 077-000-5814）", size=8.6, align="r")
    p.gap(3)
    p.line("答弁書（抜粋）　— 該当する□に✓を付けてください —", size=10, font="sans-bold")
    yy = p.y + 4
    for s in ("訴状に書かれていることは、そのとおり間違いありません。", "分割払いを希望します。　月額　　　　　　円ずつ　毎月　　日限り",
              "和解のため話合いをしたい（司法委員を交えた話合いを含む）。", "訴状に書かれていることには、間違っている部分があります。"):
        box_check(p, 22, yy, s, size=9.6)
        yy += 7.5
    tr = truth(document_type="lawsuit", sender="彦根簡易裁判所", phone="0749-00-3302", creditor="わすれなぐさ信販株式会社",
               status="not_applicable", debtor="峠田奈緒美", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing, reference="令和8年(ハ)第204号",
               input_kind="photo_exif_rotated", template="proxy40_summary_court_summons_broken_shinpan_plan",
               received=D(2026, 5, 28))
    return dict(stem="aw16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.0, creases=2, fill=0.85, shadow=0.2, shadow_side="right",
                          warm=0.25),
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状の要旨, a 信販 plan broke; 和解 boxes)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases and a hand shadow on "
                        "the right; 彦根簡裁 (ハ) case number with the 事件名 top-right in half-width brackets; 期日 / 場所 / "
                        "答弁書提出期限 as a shaded grid with weekdays and 午前10時20分; a note on 和解 and 「和解に代わる決定」 "
                        "(民事訴訟法第275条の2, numbers that are not amounts); 請求の趣旨 「金…及びうち金…」; a 原因 with the "
                        "changed plan (月額12,500円, distractor); a one-row 4-column table at 年6％ (立替金残金 / 分割払手数料"
                        "（未払分） / 遅延損害金 / 請求額合計); the plaintiff's 支配人 phone (distractor); an excerpt of the 答弁書 "
                        "with four □ boxes; 訴え提起日 5/11 ≠ the 呼出状 date")


LETTERS = [aw09, aw10, aw11, aw12, aw13, aw14, aw15, aw16]
