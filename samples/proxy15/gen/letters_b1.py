"""Proxy set 15, letters b01–b08: after the house is gone (1). A real servicer's 配当金充当のご報告 after a 競売 with a
千円 sale table; an invented servicer's claim after a 任意売却 by fax (￥…-, JIS dates); a bank's 縦書き 期限の利益喪失
通知 before the auction (大字); a housing-loan guarantor's 代位弁済 notice (photo, EXIF 6); a joint 債権譲渡通知 of the
loan's rest from a bank to a real servicer (2 pages, 2026/3/2 dates); a real servicer's 一部免除 和解案 (photo); a
支払督促 for a real servicer (2-page image PDF); a 地裁 (ワ) 呼出状 + 訴状 from an invented servicer (2 pages)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    daiji,
    dashed,
    era,
    fw,
    grid,
    jis,
    kdate,
    late,
    slash,
    stamp,
    truth,
    vsafe,
    wd,
)

from samples.letters.layout import Seal, VText, vertical_page

ONE = timedelta(days=1)
TEAL = (0.0, 0.38, 0.42)
MAROON = (0.50, 0.10, 0.12)
GREEN = (0.10, 0.45, 0.25)
BROWN = (0.45, 0.28, 0.10)


# ---------------------------------------------------------------------------------------------
# b01 エム・ユー・フロンティア債権回収 (real, no number printed) — 配当金充当のご報告及び残債務のご請求 after a 競売:
#     a 千円 sale/配当 table, a 充当 table in yen (history), the claim table; digital, one page.


def b01():
    R = 14.5
    issued, due = D(2025, 10, 24), D(2025, 11, 14)
    div = D(2025, 9, 26)
    P = 11_734_206
    L = late(P, R, div + ONE, issued)
    T = P + L
    dmg, itr, got = 1_240_318, 182_110, 14_200_000
    prin = got - dmg - itr
    P0 = P + prin
    p = Page(font="sans", size=9.5, top=10)
    p.add(Box(15, 10, 11, 11, color=None, fill=MAROON))
    p.at(20.5, 17.8, "MU", size=11, font="sans-bold", align="c", color=WHITE)
    p.at(29, 15.5, "エム・ユー・フロンティア債権回収", size=12.5, font="sans-bold", color=MAROON)
    p.at(29, 20, "MU FRONTIER SERVICER", size=6.5, color=MAROON)
    p.add(Line(15, 24, 196, 24, 0.8, MAROON))
    p.at(196, 31, era(issued), size=9.5, align="r")
    p.at(196, 36, "債権管理番号　MF-0610-27734", size=8.5, align="r")
    p.at(18, 32, "〒250-0000", size=9.5)
    p.at(18, 37, "神奈川県小田原市かざぐるま町九丁目9番9号", size=9.5)
    p.at(18, 42, "たんぽぽ荘 203号室", size=9.5)
    p.at(22, 50, "一色　達也　様", size=13.5)
    x = 120
    p.at(x, 47, "エム・ユー・フロンティア債権回収株式会社", size=9.5, font="sans-bold")
    p.at(x, 51.5, "不動産債権部　管理第一グループ", size=8)
    p.at(x, 55.5, "〒100-0000 東京都千代田区まるのうち九丁目9番9号", size=7)
    p.at(x, 60, "フリーダイヤル　0120-000-362", size=9, font="sans-bold")
    p.at(x, 64, "FAX 03-0000-3621　受付 平日9:00～17:00　担当 樋渡", size=7)
    p.seal(193, 53, 12, "square", "エム・ユー・フロンティア債権回収印", angle=2, seed=15011)
    p.y = 70
    p.title("配当金充当のご報告及び残債務のご請求", size=14)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、横浜地方裁判所小田原支部 令和6年(ケ)第123号 担保"
           "不動産競売事件につきましては、令和7年9月26日の配当期日において当社が配当金を受領し、手続が終了いたしました。"
           "受領した配当金は、下記２のとおりお客様の債務に充当いたしましたが、なお下記３の残債務がございますので、ご報告"
           "かたがたご請求申し上げます。", size=9)
    p.gap(1)
    p.line("１．売却及び配当の概要", size=9.5, font="sans-bold")
    p.table([["項　目", "金　額"],
             ["売却代金（買受人による代金納付額）", "15,300"],
             ["手続費用・公租公課等（優先配当分）", "1,100"],
             ["当社への配当額", "14,200"]],
            [95, 45], x=22, header=True, aligns="lr", size=8.8, row_h=6.2)
    p.at(162, p.y - 1.5, "（単位：千円）", size=7.5)
    p.gap(2.5)
    p.line("２．配当金の充当内訳", size=9.5, font="sans-bold")
    p.table([["項　目", "配当前残高", "充当額", "充当後残高"],
             ["遅延損害金", f"{dmg:,}円", f"{dmg:,}円", "0円"],
             ["未収利息", f"{itr:,}円", f"{itr:,}円", "0円"],
             ["元　金", f"{P0:,}円", f"{prin:,}円", f"{P:,}円"],
             ["合　計", f"{P0 + itr + dmg:,}円", f"{got:,}円", f"{P:,}円"]],
            [40, 45, 45, 45], x=22, header=True, aligns="lrrr", size=8.8, row_h=6.2)
    p.gap(2.5)
    p.line(f"３．ご請求金額（{era(issued)}現在）", size=9.5, font="sans-bold")
    p.table([["内　訳", "金　額", "計算の内容"],
             ["残元金", f"{P:,}円", "配当充当後の元金"],
             ["遅延損害金", f"{L:,}円", f"{era(div + ONE)}～{era(issued)}　年{R}％"],
             ["ご請求金額合計", f"{T:,}円", ""]],
            [40, 45, 90], x=22, header=True, aligns="lrl", size=9.2, row_h=7)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 175, 12, 0.9, MAROON))
    p.at(26, y + 8, "お支払期限", size=10.5, font="sans-bold", color=MAROON)
    p.at(55, y + 8.2, era(due, week=True), size=12.5, font="sans-bold")
    p.at(118, y + 5.5, "お振込先　ふくろう銀行 丸の内支店", size=8)
    p.at(118, y + 9.8, "普通預金 0610277　ｴﾑﾕｰﾌﾛﾝﾃｨｱｻｲｹﾝｶｲｼｭｳ(ｶ", size=7.5)
    p.y = y + 15
    p.para("つきましては、上記ご請求金額合計を、お支払期限までに一括してお支払いください。一括でのお支払いが困難な場合は、"
           "お支払期限までに担当者へご相談ください。なお、お支払期限の翌日以降も、残元金に対し完済の日まで年14.5％"
           "（年365日の日割計算）の割合による遅延損害金が発生いたします。", size=9)
    p.gap(1.5)
    p.line("（ご参考）ご契約の内容", size=8.5, font="sans-bold")
    y = grid(p, 22, p.y, [27, 60, 30, 58],
             [["原債権者", "株式会社月見台銀行", "債権譲受日", era(D(2024, 7, 31))],
              ["ご契約日", era(D(2015, 6, 19)), "当初借入額", "32,000,000円"],
              ["最終ご入金日", era(D(2023, 12, 27)), "期限の利益喪失日", era(D(2024, 4, 12))],
              ["毎月ご返済額", "98,765円（ボーナス時加算なし）", "担保物件", "小田原市かざぐるま町 土地・建物"]],
             h=6.2, size=8, lsize=7.5)
    p.y = y + 2
    for s in ("※ 本書と行き違いにお支払いいただいた場合は、ご容赦ください。配当金の計算書は裁判所で閲覧できます。",
              "※ 当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。"):
        p.para(s, x0=22, x1=196, size=7.3, indent="")
    tr = truth(document_type="collection_notice", sender="エム・ユー・フロンティア債権回収株式会社",
               phone="0120-000-362", creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="株式会社月見台銀行", debtor="一色達也", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=D(2024, 4, 12), last_payment=D(2023, 12, 27),
               assignment=D(2024, 7, 31), reference="MF-0610-27734", input_kind="pdf_text",
               template="proxy15_servicer_dividend_report_thousand_table", received=D(2025, 10, 27))
    return dict(stem="b01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, rest after 競売, 配当 report)",
                unusual="real servicer ★ 「エム・ユー・フロンティア債権回収株式会社」 with a maroon 「MU」 logo and the brand "
                        "without 株式会社, NO licence number printed (only a ※ line saying it is licensed); 拝啓 letter with "
                        "the addressee top-left and the sender block right; the (ケ) number 令和6年(ケ)第123号 and the "
                        "配当期日 in the prose; THREE tables: 売却及び配当の概要 in 千円 (15,300 / 1,100 / 14,200 — "
                        "distractors), 配当金の充当内訳 in yen (配当前残高 / 充当額 / 充当後残高, history), and the claim "
                        "(残元金 + 遅延損害金 with the window in a 計算の内容 column); a framed お支払期限 with the account; "
                        "(ご参考) grid with 当初借入額 32,000,000 and 毎月ご返済額 98,765 (distractors), 原債権者, 譲受日, "
                        "喪失日, 最終ご入金日; FAX and フリーダイヤル in one block")


# ---------------------------------------------------------------------------------------------
# b02 まつかぜ債権回収 (invented, 第223号) — 任意売却後の残債務のご請求, one-page G4 fax: JIS dates R7.11.20, ￥…-
#     amounts in a 項目 / 金額 / 備考 table, 売却代金 as a distractor.


def b02():
    R = 14.0
    issued, due = D(2025, 11, 20), D(2025, 12, 5)
    sale = D(2025, 8, 29)
    P = 4_386_530
    L = late(P, R, sale + ONE, issued)
    T = P + L
    fax = "045-000-2239"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, f"送信日：{jis(issued)}", size=9.5)
    p.at(196, 20, "整理No.　MK-25-1120-044", size=9.5, align="r")
    p.at(196, 25, "送信枚数：1枚", size=8.5, align="r")
    p.add(Line(15, 28, 196, 28, 0.5))
    p.at(15, 37, "芳賀　由美子　様", size=14)
    p.at(15, 43, "（ご自宅ＦＡＸ　0466-00-5817　宛）", size=8.5)
    bx = 118
    p.at(bx, 35, "まつかぜ債権回収株式会社", size=11.5, font="sans-bold")
    p.at(bx, 40.5, "法務大臣許可番号　第２２３号", size=9)
    p.at(bx, 45.5, "〒231-0000 横浜市中区すいれん通九丁目9番9号", size=7.5)
    p.at(bx, 50.5, "TEL 045-000-2231　／　FAX " + fax, size=9)
    p.at(bx, 55.5, "管理回収部　担当：外園（そとぞの）", size=8.5)
    p.seal(186, 38, 13, "square", "まつかぜ債権回収之印", angle=-4, seed=15021)
    p.y = 62
    p.title("任意売却後の残債務についてのご請求", size=15)
    p.para("先日はお電話にてご連絡をいただき、ありがとうございました。お話しのとおり、ご自宅の任意売却（決済日 "
           f"{jis(sale)}）の売却代金は、原債権者である株式会社白鷺銀行への返済に充当されましたが、なお下記の残債務が"
           "ございます。当社は同行より本件債権を譲り受けておりますので（R7.10.10付「債権譲渡通知書」にてご通知済み）、"
           "下記金額をお支払期限までに一括にてお支払い下さい。", size=9.8)
    p.gap(2)
    p.kv([("原債権者", "株式会社白鷺銀行（住宅ローン）"),
          ("債権譲受日", jis(D(2025, 9, 30))),
          ("最終ご入金日", jis(D(2024, 12, 27))),
          ("期限の利益喪失日", jis(D(2025, 3, 31))),
          ("任意売却決済日", f"{jis(sale)}（売却代金 ￥18,800,000-）")], x=22, label_w=38, sep="：", size=9.5)
    p.gap(3)
    p.table([["項　目", "金　額", "備　考"],
             ["残元金", f"￥{P:,}-", "売却代金充当後の元金"],
             ["遅延損害金", f"￥{L:,}-", f"{jis(sale + ONE)}～{jis(issued)}　年14.0%"],
             ["ご請求額合計", f"￥{T:,}-", ""]],
            [42, 48, 91], x=15, header=True, aligns="lrl", size=10.5, row_h=9, line_w=0.4)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2))
    p.at(20, y + 8.8, "お支払期限", size=12, font="sans-bold")
    p.at(55, y + 9, f"{jis(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(110, y + 6, "振込先：こがね第一銀行 関内支店", size=8.5)
    p.at(110, y + 10.5, "普通 2231044　ﾏﾂｶｾﾞｻｲｹﾝｶｲｼｭｳ(ｶ", size=8.5)
    p.y = y + 17
    p.para("一括でのお支払いが難しい場合は、期限までに担当者までお電話下さい。ご収入・ご家計の状況をお伺いした上で、"
           "分割によるお支払いのご相談に応じます。期限までにご入金もご連絡もない場合は、法的手続きに移行することが"
           "ございますので、ご承知おき下さい。", size=9.5)
    p.gap(2)
    p.para("※遅延損害金は、残元金に対し年14.0%（年365日の日割計算）で計算しております。お支払期限の翌日以降も完済まで"
           "同じ割合で発生いたします。", size=8.5, indent="")
    p.para("※本ＦＡＸはご本人様からのご依頼により送信しております。誤って受信された方はお手数ですが破棄のうえ、"
           "当社までご連絡下さい。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="まつかぜ債権回収株式会社", license_number=223,
               phone="045-000-2231", creditor="まつかぜ債権回収株式会社", status="unverified",
               original="株式会社白鷺銀行", debtor="芳賀由美子", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=D(2025, 3, 31), last_payment=D(2024, 12, 27),
               assignment=D(2025, 9, 30), reference="MK-25-1120-044", input_kind="fax_tiff",
               template="proxy15_invented_servicer_after_voluntary_sale_fax", received=issued)
    return dict(stem="b02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"R7/11/20 15:42 FROM:MATSUKAZE SV {fax}",
                about="collection_notice (invented servicer, rest after 任意売却, fax)",
                unusual="one-page G4 fax from an INVENTED servicer 「まつかぜ債権回収株式会社」 printing 「法務大臣許可番号　"
                        "第２２３号」 in full-width digits (not in the registry → unverified); JIS dates WITHOUT padding "
                        "everywhere (送信日：R7.11.20, R7.8.29, R7.12.5); 整理No. top-right; the addressee's own FAX "
                        "number under her name (distractor); TEL ／ FAX on one line, the fax header shows the FAX; the "
                        "earlier 「R7.10.10付 債権譲渡通知書」 in the prose (distractor); colon kv lines with 売却代金 "
                        "￥18,800,000- (distractor); ￥…- amounts in a 項目 / 金額 / 備考 table; heavy-framed お支払期限")


# ---------------------------------------------------------------------------------------------
# b03 bank 縦書き 期限の利益喪失通知書 on a 住宅ローン with a 競売 warning, scanned: 大字 amounts with 萬, kanji dates;
#     no reference number.


def b03():
    R = 14.0
    issued, due = D(2026, 1, 9), D(2026, 1, 30)
    acc = D(2025, 12, 19)
    P, I = 26_418_300, 88_214
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    M = "萬"
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当行との間で{kdate(D(2017, 3, 24))}付で締結した金銭消費貸借契約（住宅ローン、貸付金額"
                 f"{daiji(35_000_000, M)}）に基づく毎月の約定返済を、{kdate(D(2025, 8, 27))}のご返済を最後に怠っておられます。"),
        ("body", f"当行は、{kdate(D(2025, 12, 5))}付催告書をもって、同月十九日までに延滞金全額をお支払いいただくよう催告"
                 "いたしましたが、右期限までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、銀行取引約定書第五条の定めにより、{kdate(acc)}の経過をもって本件契約に基づく一切の"
                 "債務について期限の利益を喪失されましたので、本書をもってご通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、一括してお支払いください。"),
        ("body", "右期限までにお支払いのない場合には、誠に遺憾ながら、貴殿所有の左記不動産に設定された抵当権に基づき、"
                 "担保不動産競売の申立てを行いますので、予めご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　{daiji(P, M)}"),
        ("indent", f"二、未払利息　　{daiji(I, M)}"),
        ("indent", f"三、遅延損害金　{daiji(L, M)}"),
        ("plain", f"　　　（{kdate(acc + ONE)}から{kdate(issued)}まで年十四パーセント）"),
        ("indent", f"四、合計　　　　{daiji(T, M)}"),
        ("plain", "　　　担保不動産　群馬県前橋市すずらん台九丁目九番九　土地及び建物"),
        ("body", "なお、翌日以降も残元金に対し同率（年三百六十五日の日割計算）による遅延損害金が発生いたします。"),
        ("low", "お振込先　当行前橋中央支店　普通預金　〇三一八八二七"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "群馬県前橋市ほのか町九丁目九番九号"),
        ("low", "株式会社瑞雲銀行　融資管理部"),
        ("low", "部長　篠塚　昭彦"),
        ("low", "電話　〇二七（〇〇〇）四四一八"),
        ("blank", ""),
        ("low", "群馬県高崎市むらさき野町九丁目九番九号"),
        ("low", "猪狩　健一　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "篠塚" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 8 + 3.5) * 10.0 * 0.3528 * 1.05, 10, "square", "瑞雲銀行融資管理部長",
                         angle=-3, seed=15031))
    tr = truth(document_type="acceleration_notice", sender="株式会社瑞雲銀行", phone="027-000-4418",
               creditor="株式会社瑞雲銀行", status="not_applicable", debtor="猪狩健一", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=D(2025, 8, 27), reference=None, input_kind="vertical_scan",
               template="proxy15_vertical_bank_acceleration_before_auction_daiji", received=D(2026, 1, 13))
    return dict(stem="b03", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank 住宅ローン, 縦書き, before the 競売)",
                unusual="縦書き 期限の利益喪失通知書 of a bank on a 住宅ローン, scanned: EVERY amount in 大字 with the old 萬 "
                        "(金弐千六百四拾壱萬八千参百円), the 平成二十九年 loan of 金参千五百萬円 (distractor); the 催告書 of "
                        "令和七年十二月五日 and its deadline 「同月十九日」 (= acceleration 「の経過をもって」); a 競売 warning "
                        "naming the house; 記 with 残元金 / 未払利息 / 遅延損害金 / 合計 and the window in brackets; "
                        "令和八年一月三十日限り; account number in kanji digits; kanji phone 〇二七（〇〇〇）四四一八; square "
                        "seal of the 部長; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# b04 いなほ住宅保証 — 代位弁済実行のお知らせ 兼 求償金のご請求 on a 住宅ローン, with the 競売 warning; phone photo stored
#     sideways (EXIF 6). A left colour bar, a history box (代位弁済の内訳) and the claim table.


def b04():
    R = 14.6
    issued, due = D(2026, 2, 18), D(2026, 3, 10)
    sub = D(2026, 2, 6)
    P0, I0 = 21_604_880, 61_427
    P = P0 + I0
    L = late(P, R, sub + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 9, 297, color=None, fill=GREEN))
    p.at(16, 18, "いなほ住宅保証", size=15, font="sans-bold", color=GREEN)
    p.at(16, 23, "INAHO Housing Loan Guarantee", size=7, color=GREEN)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "求償番号：IH-26-00418", size=9, align="r")
    stamp(p, 150, 27, "重要", color=RED, size=11)
    stamp(p, 166, 27, "必ずご開封ください", color=RED, size=9)
    p.at(16, 36, "〒980-0000 宮城県仙台市青葉区ひなた野九丁目9番9号", size=9.5)
    p.at(20, 44, "砂川　美穂　様", size=14)
    p.at(120, 44, "いなほ住宅保証株式会社", size=11, font="sans-bold")
    p.at(120, 49, "（株式会社青葉台銀行 住宅ローン保証会社）", size=7.5)
    p.at(120, 53.5, "求償債権管理室　〒980-0000 仙台市青葉区月見台九丁目9-9", size=7)
    p.at(120, 58.5, "直通　022-000-1748（平日9時～17時）", size=9.5, font="sans-bold")
    p.y = 66
    p.title("代位弁済実行のお知らせ　兼　求償金のご請求", size=14, color=GREEN)
    p.para("お客様が株式会社青葉台銀行からお借入れの住宅ローンにつきましては、ご返済の遅延により期限の利益を喪失され、"
           "同行から当社に保証債務の履行請求がありました。当社は保証委託契約に基づき、下記のとおり同行へ代位弁済"
           "いたしましたので、お知らせいたします。これにより当社は、お客様に対する求償債権を取得するとともに、同行が"
           "ご自宅に設定していた抵当権を代位取得いたしました。", size=9.5)
    p.gap(1)
    p.line("■ 代位弁済の内容", size=10, font="sans-bold", color=GREEN)
    y = grid(p, 16, p.y, [30, 60, 30, 60],
             [["原債権者", "株式会社青葉台銀行", "代位弁済日", era(sub)],
              ["代位弁済元金", f"{P0:,}円", "代位弁済利息", f"{I0:,}円"],
              ["最終ご返済日", era(D(2025, 7, 28)), "期限の利益喪失日", era(D(2025, 12, 26))],
              ["保証委託契約日", era(D(2018, 7, 13)), "当初ご融資額", "25,800,000円"]], h=7.2, size=9)
    p.y = y + 4
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", color=GREEN)
    p.table([["求償元金（代位弁済額）", "遅延損害金", "合　計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [62, 56, 62], x=16, header=True, aligns="rrr", size=11, row_h=9)
    p.gap(1)
    p.para(f"・遅延損害金は、求償元金に対し代位弁済日の翌日（{era(sub + ONE)}）から本書作成日まで、年14.6％（年365日"
           "の日割計算）の割合により計算しております。", x0=16, x1=196, size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(16, y, 180, 13, 1.0, GREEN))
    p.add(Box(16, y, 36, 13, 0.0, None, GREEN))
    p.at(34, y + 8.5, "お支払期限", size=11, font="sans-bold", align="c", color=WHITE)
    p.at(57, y + 8.8, era(due, week=True), size=13.5, font="sans-bold")
    p.at(125, y + 8.5, "（当社口座へ一括にてお振込み）", size=9)
    p.y = y + 17
    p.para("上記ご請求金額を、お支払期限までに一括してお支払いください。期限までにお支払い又はご相談がない場合には、"
           "代位取得した抵当権に基づき、ご自宅について担保不動産競売の申立てを行うことになります。任意売却をご検討の"
           "場合も、お早めに上記直通電話までご相談ください。", size=9.5)
    p.gap(2)
    p.line("＜ご参考＞", size=9, font="sans-bold")
    p.para("毎月のご返済額（代位弁済前）：78,210円　　振込先：すみれ野銀行 本店営業部 普通 0041877 ｲﾅﾎｼﾞｭｳﾀｸﾎｼｮｳ(ｶ", size=8.5,
           indent="")
    tr = truth(document_type="acceleration_notice", sender="いなほ住宅保証株式会社", phone="022-000-1748",
               creditor="いなほ住宅保証株式会社", status="not_applicable", original="株式会社青葉台銀行",
               debtor="砂川美穂", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2025, 12, 26), last_payment=D(2025, 7, 28), reference="IH-26-00418",
               input_kind="photo_exif_rotated", template="proxy15_housing_guarantor_subrogation_exif6",
               received=D(2026, 2, 20))
    return dict(stem="b04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, shadow=0.28, shadow_side="bottom", warm=0.3,
                          fill=0.86),
                about="acceleration_notice (housing-loan guarantor 代位弁済, 求償)",
                unusual="phone photo stored sideways (EXIF orientation 6) on a pale desk with creases and a hand shadow "
                        "at the bottom; a full-height green bar down the left edge; 求償番号 with a full-width colon "
                        "under the date; stamps 重要 / 必ずご開封ください; the guarantor's 直通 line; a 代位弁済の内容 grid "
                        "with the bank's 代位弁済元金 AND 代位弁済利息 (history), 保証委託契約日 平成30年 and 当初ご融資額 "
                        "25,800,000 (distractors); the claim table 求償元金（代位弁済額） + 遅延損害金 = 合計; the 競売 "
                        "warning (抵当権を代位取得); 毎月のご返済額 78,210 (distractor)")


# ---------------------------------------------------------------------------------------------
# b05 joint 債権譲渡通知書 兼 債権譲受通知書 (bank → アウロラ債権回収, real, 第７６号 full-width) of the rest of a 住宅ローン
#     after a 任意売却; western slash dates 2026/3/2; informs only; 2 digital pages.


def b05():
    R = 14.0
    issued, asg = D(2026, 3, 2), D(2026, 2, 27)
    sale = D(2025, 9, 30)
    P = 3_912_450
    L = late(P, R, sale + ONE, asg)
    T = P + L
    p = Page(font="serif", size=10, top=14)
    p.at(196, 18, slash(issued), size=10, align="r", font="serif")
    p.at(15, 26, "〒330-0000　埼玉県さいたま市浦和区いなほ台九丁目9番9号", size=10)
    p.at(20, 34, "粟野　誠　様", size=14)
    p.y = 42
    p.title("債権譲渡通知書　兼　債権譲受通知書", size=15, font="serif-bold")
    p.para(f"拝啓　譲渡人株式会社むらさき野銀行は、{slash(asg)}付で、貴殿に対して有する下記債権を、これに付随する"
           "一切の権利とともに譲受人アウロラ債権回収株式会社に譲渡いたしましたので、民法第467条に基づき、連名をもって"
           "ご通知申し上げます。", size=10)
    p.para("今後、本件債権に関するお問い合わせ及びお支払いのご相談は、すべて譲受人へお願いいたします。譲渡人へのお支払い"
           "はお受けできませんので、ご注意ください。　　敬具", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 88, 40, 0.4))
    p.add(Box(108, y, 88, 40, 0.4))
    for bx, head, lines, seal in (
            (15, "譲渡人", ["株式会社むらさき野銀行", "埼玉県さいたま市大宮区あかつき台九丁目9番9号", "代表取締役　鰐部　光男"],
             ("むらさき野銀行|代表/取締役", 15051)),
            (108, "譲受人", ["アウロラ債権回収株式会社", "法務大臣許可第７６号", "東京都港区すいれん坂九丁目9番9号",
                           "代表取締役　益子　隆之"], ("アウロラ債権回収|代表/取締役", 15052))):
        p.add(Box(bx, y, 16, 40, 0.4, None, SHADE))
        p.at(bx + 8, y + 21, head, size=10, font="serif-bold", align="c")
        yy = y + 8
        for i, ln in enumerate(lines):
            p.at(bx + 19, yy, ln, size=10.5 if i == 0 else 8.5, font="serif-bold" if i == 0 else "serif")
            yy += 7 if i == 0 else 6
        p.seal(bx + 78, y + 30, 14, "round", seal[0], angle=5, seed=seal[1])
    p.y = y + 46
    p.line("記", align="c", size=11, font="serif-bold")
    p.line("１．譲渡債権の表示", size=10.5, font="serif-bold")
    p.kv([("原契約", f"{slash(D(2014, 4, 25))}付 金銭消費貸借契約（住宅ローン）"),
          ("当初貸付金額", "27,300,000円"),
          ("ローン番号", "MS-0425-118830（譲渡人における番号）"),
          ("最終ご返済日", slash(D(2025, 1, 27))),
          ("期限の利益喪失日", slash(D(2025, 5, 16))),
          ("担保物件の処分", f"{slash(sale)} 任意売却（売却代金 17,350,000円 を充当済み）")],
         x=22, label_w=40, sep="", size=9.5, font="serif")
    p.gap(2)
    p.line(f"２．譲渡債権の額（{slash(asg)}現在）", size=10.5, font="serif-bold")
    p.table([["残元金", "遅延損害金", "合　計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [58, 58, 58], x=22, header=True,
            aligns="rrr", size=10.5, row_h=8, font="serif")
    p.gap(1)
    p.para(f"遅延損害金は、残元金に対し売却代金充当日の翌日（{slash(sale + ONE)}）から譲渡日まで、年14.0％の割合により"
           "計算しています。譲渡日の翌日以降も同じ割合で発生します。", x0=22, x1=196, size=8.8, font="serif", indent="")
    p.gap(1)
    p.line("以上", align="r", size=10)
    p.y = 284
    p.line("（1／2）", align="c", size=8)
    q = Page(font="sans", size=9.5, top=14)
    q.add(Box(15, 12, 181, 12, color=None, fill=(0.12, 0.22, 0.45)))
    q.at(20, 20.3, "アウロラ債権回収株式会社より　お客様へのご案内", size=12, font="sans-bold", color=WHITE)
    q.y = 30
    y = grid(q, 15, q.y, [36, 145],
             [["譲受債権番号", "AU-260302-118"],
              ["お問い合わせ先", "アウロラ債権回収株式会社　住宅ローン債権管理部　フリーダイヤル 0120-000-776"],
              ["受付時間", "平日 9:00～17:30（土日祝日・年末年始を除く）"],
              ["担当", "住宅ローン債権管理部　福士（ふくし）"]], h=8, size=9.5)
    q.y = y + 5
    q.line("■ 今後のお手続きについて", size=10.5, font="sans-bold")
    for s in ("１．本通知は、債権の譲渡をお知らせするものです。お支払方法につきましては、当社担当者より改めてご案内いたし"
              "ます。お急ぎの場合は、上記フリーダイヤルへ譲受債権番号をお知らせください。",
              "２．任意売却後の残債務につきましては、お客様のご収入やご生活の状況をお伺いしたうえで、無理のない範囲での分割"
              "のお支払いをご相談いただけます。",
              "３．譲渡前の取引内容（ご返済の履歴等）に関するお問い合わせは、譲渡人のローン事務センター（048-000-5512）"
              "でも承ります。",
              "４．当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。当社の許可は"
              "法務省のホームページでご確認いただけます。"):
        q.para(s, x0=18, x1=193, size=9.2, indent="")
        q.gap(1.2)
    q.gap(3)
    q.line("■ 個人情報の取扱いについて", size=10.5, font="sans-bold")
    q.para("譲渡人から当社へ、本件債権の管理・回収に必要な範囲でお客様の個人情報（氏名、住所、電話番号、生年月日、"
           "ご契約内容、お取引の履歴等）が提供されています。当社は、これらの情報を債権の管理・回収及びお客様からの"
           "お問い合わせへの対応の目的の範囲内で利用いたします。", x0=18, x1=193, size=9)
    q.gap(3)
    q.line("■ ご注意", size=10.5, font="sans-bold")
    q.para("当社の名前をかたる不審な電話やはがきが確認されています。当社が、お客様に電子マネーやギフトカードでのお支払い"
           "をお願いすることは一切ございません。", x0=18, x1=193, size=9)
    q.y = 284
    q.line("（2／2）", align="c", size=8)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-776", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社むらさき野銀行", debtor="粟野誠", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=None, acceleration=D(2025, 5, 16), last_payment=D(2025, 1, 27),
               assignment=asg, reference="AU-260302-118", input_kind="pdf_text_2page",
               template="proxy15_joint_assignment_after_voluntary_sale_slash_dates", received=D(2026, 3, 4))
    return dict(stem="b05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, bank → real servicer, rest after 任意売却, 2 pages)",
                unusual="joint 債権譲渡通知書 兼 債権譲受通知書 in serif, digital: slash dates WITHOUT padding everywhere "
                        "(2026/3/2, 2026/2/27, 2014/4/25); the two parties side by side in shaded-head boxes with a round "
                        "seal each; real servicer ★ 「アウロラ債権回収株式会社」 with 「法務大臣許可第７６号」 (no 番号, "
                        "full-width); 記 with the loan (当初貸付金額 27,300,000, the bank's ローン番号 — distractors) and "
                        "the 任意売却 with 売却代金 17,350,000 (distractor); 譲渡債権の額 as of the 譲渡日; informs only "
                        "(lump false, no payment date); p.2 a navy band and a grid with 譲受債権番号 and the フリーダイヤル, "
                        "the bank's ローン事務センター phone as a distractor")


# ---------------------------------------------------------------------------------------------
# b06 ニッテレ債権回収 (real, 第7号) — 一部免除による和解のご提案 after a 競売: the current debt, a settlement of 1,800,000
#     (初回 + 60 instalments), the waived rest, a reply slip; phone photo.


def b06():
    R = 14.0
    issued, reply = D(2026, 4, 10), D(2026, 5, 15)
    div = D(2025, 6, 20)
    P = 6_210_000
    L = late(P, R, div + ONE, issued)
    T = P + L
    S, first, n, m = 1_800_000, 300_000, 60, 25_000
    assert first + n * m == S
    p = Page(font="sans", size=9.8, top=10)
    p.add(Box(15, 10, 181, 13, color=None, fill=TEAL))
    p.at(20, 19, "ニッテレ債権回収(株)", size=14, font="sans-bold", color=WHITE)
    p.at(192, 18.5, "お客様相談センター", size=9, align="r", color=WHITE)
    p.at(196, 30, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 35.5, "お客様番号　NT-7-3391057", size=9.5, align="r")
    p.at(15, 32, "〒370-0000 群馬県太田市まつかぜ町九丁目9番9号", size=9.5)
    p.at(19, 40, "國分　恵理　様", size=14)
    bx = 118
    p.at(bx, 45, "ニッテレ債権回収株式会社", size=10.5, font="sans-bold")
    p.at(bx, 50, "法務大臣許可番号：第7号", size=9)
    p.at(bx, 54.5, "〒160-0000 東京都新宿区いちょう並木九丁目9番9号", size=7)
    p.at(bx, 59.5, "TEL　03-0000-7707", size=10.5, font="sans-bold")
    p.at(bx, 64, "債権管理部　担当：小此木（おこのぎ）", size=8)
    p.y = 70
    p.title("一部免除による和解のご提案", size=15, color=TEAL)
    p.para("当社が株式会社ひなた野銀行から譲り受けましたお客様の住宅ローン債権につきましては、前橋地方裁判所太田支部 "
           "令和6年(ケ)第57号 担保不動産競売事件の配当（配当期日 令和7年6月20日）後も、下記１の債務が残っております。"
           "先日のご相談の内容を踏まえ、当社は下記２の条件による和解をご提案いたします。", size=9.5)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=10, font="sans-bold", color=TEAL)
    p.table([["残元金", "遅延損害金（年14.0％）", "合計"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [58, 64, 59], x=15,
            header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.para(f"（遅延損害金は配当期日の翌日 {era(div + ONE)} から計算しています。原債権者：株式会社ひなた野銀行　債権譲受日："
           f"{era(D(2025, 10, 31))}　期限の利益喪失日：{era(D(2024, 11, 15))}　最終ご入金日：{era(D(2024, 6, 25))}）",
           x0=15, x1=196, size=8.2, indent="")
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10, font="sans-bold", color=TEAL)
    y = grid(p, 15, p.y, [44, 137],
             [["和解金額", f"{S:,}円"],
              ["初回のお支払い", f"{era(D(2026, 5, 29))}限り　{first:,}円"],
              ["２回目以降", f"令和8年6月から毎月末日限り　{m:,}円 × {n}回"],
              ["免除額", f"和解金額を完済された場合、残額 {T - S:,}円 のお支払いを免除いたします"]], h=8, size=9.5)
    p.y = y + 2
    p.para("※ 分割金のお支払いを2回以上怠り、その額が50,000円に達した場合は、和解は効力を失い、上記１の債務全額から"
           "お支払済みの額を差し引いた残額を直ちにお支払いいただきます。", x0=15, x1=196, size=8.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0, TEAL))
    p.at(19, y + 8, "ご回答期限", size=11, font="sans-bold", color=TEAL)
    p.at(50, y + 8.3, f"{era(reply, week=True)}　当社必着", size=13, font="sans-bold")
    p.y = y + 15
    p.para("ご承諾いただける場合は、下の承諾書にご署名・ご捺印のうえ、同封の返信用封筒でご返送ください。期限までに"
           "ご回答がない場合、本提案は撤回させていただき、上記１のご債務全額を一括してご請求することになります。",
           x0=15, x1=196, size=9)
    dashed(p, 15, 196, 246)
    p.at(105, 245, "－ 切り取り線 －", size=7, align="c")
    p.y = 249
    p.line("承　諾　書", align="c", size=12, font="sans-bold")
    p.para("ニッテレ債権回収株式会社 御中　　私は、貴社の令和8年4月10日付「一部免除による和解のご提案」の和解条件を"
           "承諾します。", x0=20, x1=190, size=9)
    p.gap(2)
    p.line("令和　　年　　月　　日　　　ご住所　　　　　　　　　　　　　　　　　　ご署名　　　　　　　　　　　㊞",
           x=20, size=9)
    p.line("お客様番号　NT-7-3391057", x=20, size=8.5)
    tr = truth(document_type="settlement_proposal", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="03-0000-7707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社ひなた野銀行", debtor="國分恵理", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=D(2024, 11, 15),
               last_payment=D(2024, 6, 25), assignment=D(2025, 10, 31), reference="NT-7-3391057",
               input_kind="photo_jpeg", template="proxy15_servicer_partial_waiver_settlement_photo",
               received=D(2026, 4, 13))
    return dict(stem="b06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.4, creases=2, warm=0.25, fill=0.86, glare=10),
                about="settlement_proposal (real servicer, 一部免除 after 競売)",
                unusual="phone photo on wood with tri-fold creases and a faint lamp glare; real servicer ★ with the brand "
                        "「ニッテレ債権回収(株)」 in a teal band and the full name with 「法務大臣許可番号：第7号」 (colon); "
                        "発行日 / お客様番号 flush right; the (ケ) number and the 配当期日 in the prose; the current debt "
                        "(残元金 + 遅延損害金 = 合計) and, in one small bracketed line, 原債権者 / 譲受日 / 喪失日 / 最終ご入金日; "
                        "a 和解条件 grid (和解金額 1,800,000, 初回 300,000, 25,000 × 60回, 免除額 — distractors); default "
                        "clause with 50,000; ご回答期限 …当社必着 (= payment_due); a 承諾書 under a cut line")


# ---------------------------------------------------------------------------------------------
# b07 支払督促 (松江簡裁, (ロ)) for 三菱HCキャピタル債権回収 (real, no number) on the rest of a 住宅ローン after a 任意売却;
#     2-page image-only PDF: p.1 the order, p.2 当事者目録 + 請求の趣旨及び原因.


def b07():
    R = 14.6
    issued, filed = D(2026, 5, 13), D(2026, 4, 24)
    sale = D(2025, 8, 29)
    P = 5_473_120
    L = late(P, R, sale + ONE, filed)
    costs = [("申立手数料", 17_500), ("支払督促正本送達費用", 1_120), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 800), ("資格証明手数料", 600)]
    C = sum(c for _, c in costs)
    T = P + L + C
    case = "令和８年（ロ）第２１４号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 22, "事件番号　" + case, size=10.5, font="serif")
    p.at(15, 28, "事件名　　譲受債権請求督促事件", size=10.5, font="serif")
    p.y = 36
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=32,
         font="serif")
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", font="serif")
    p.para("債権者の請求の原因は、別紙請求の原因記載のとおりである。", font="serif")
    p.gap(3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", font="serif")
    p.gap(6)
    p.line(fw(era(issued)), x=30, font="serif")
    p.line("松江簡易裁判所", x=95, font="serif")
    p.line("裁判所書記官　　舛　添　　亮　介", x=95, font="serif")
    p.seal(178, p.y - 6, 14, "square", "松江簡易裁判所書記官印", angle=0, seed=15071)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 174, 62, 0.5))
    p.add(Box(18, y, 174, 8, 0.5, None, SHADE))
    p.at(105, y + 5.7, "〔支払督促を受け取った方へ〕", size=10.5, font="serif-bold", align="c")
    p.y = y + 11
    for s in ("１　この支払督促に不服があるときは、同封の督促異議申立書に必要事項を記載して、この支払督促の送達を受けた日"
              "から２週間以内に、当裁判所に提出してください。",
              "２　督促異議の申立てがあると、請求額に応じて、簡易裁判所又は地方裁判所での通常の訴訟手続に移行します。",
              "３　分割での支払を希望される場合も、督促異議申立書にその旨を記載することができます。",
              "４　この書面について分からないことがあれば、下記にお問い合わせください（債権者の連絡先とは異なります）。"):
        p.para(s, x0=22, x1=188, size=9.5, font="serif", indent="")
    p.gap(1)
    p.line("松江簡易裁判所　民事係　　電話　0852-00-3117（平日 午前8時30分～午後5時）", x=22, size=9.5, font="serif-bold")
    p.y = 280
    p.line("－　１　－", align="c", size=9, font="serif")
    q = Page(font="serif", size=10, top=14)
    q.line("当　事　者　目　録", align="c", size=12, font="serif-bold")
    q.gap(2)
    q.kv([("債権者", "〒100-0000　東京都千代田区ゆりかご町九丁目9番9号"),
          ("", "三菱HCキャピタル債権回収株式会社"),
          ("", "代表者代表取締役　仙波　智之"),
          ("（送達場所）", "同上　住宅債権管理グループ　電話 03-0000-5846　FAX 03-0000-5849"),
          ("債務者", "〒690-0000　島根県松江市ななほし町九丁目9番9号"),
          ("", "蔵　本　哲　也")], x=20, label_w=30, font="serif", size=9.8)
    q.gap(3)
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    q.gap(1)
    rows = [["１", "残元金", f"{P:,}円"],
            ["２", f"確定遅延損害金（{fw(era(sale + ONE))}から{fw(era(filed))}まで年１４．６％）", f"{L:,}円"],
            ["３", "督促手続費用", f"{C:,}円"]]
    q.table(rows, [10, 130, 38], x=16, aligns="clr", size=9.5, row_h=7, ruled="rows")
    q.gap(1)
    q.para("（督促手続費用の内訳　" + "、".join(f"{k} {v:,}円" for k, v in costs) + "）", x0=26, x1=194, size=8.3,
           indent="")
    q.table([["", "合　計（１から３まで）", f"{T:,}円"]], [10, 130, 38], x=16, aligns="clr", size=10, row_h=7.5,
            ruled="outer", font="serif-bold")
    q.gap(1)
    q.para(f"４　上記１の金額に対する{fw(era(filed + ONE))}から完済まで、年１４．６％の割合による遅延損害金",
           x0=16, x1=194, size=9.5, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    q.gap(1)
    for s in (f"１　株式会社朝凪銀行（以下「原債権者」という。）は、債務者に対し、{fw(era(D(2013, 10, 18)))}、住宅資金として"
              "金２１，０００，０００円を、利息年１．２７５％（変動）、遅延損害金年１４．６％（年３６５日の日割計算）、"
              "毎月２７日限り元利均等分割返済の約定で貸し付けた。",
              f"２　債務者は、{fw(era(D(2024, 11, 27)))}の支払を最後にその後の支払を怠ったため、{fw(era(D(2025, 2, 14)))}の"
              "経過により期限の利益を喪失した。",
              f"３　担保不動産は{fw(era(sale))}に任意売却され、その売却代金１４，６５０，０００円が原債権者の債権に充当"
              "された結果、残元金は上記請求の趣旨１のとおりとなった。",
              f"４　原債権者は、{fw(era(D(2025, 9, 30)))}、債権者に対し上記債権を譲渡し、同年１０月３日到達の内容証明郵便で"
              "債務者にその旨を通知した。",
              "５　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=16, x1=194, size=9.3, indent="")
    q.gap(2)
    q.line(f"（申立日　{fw(era(filed))}）", align="r", size=9)
    q.y = 282
    q.line("－　２　－", align="c", size=9)
    tr = truth(document_type="payment_order", sender="松江簡易裁判所", phone="0852-00-3117",
               creditor="三菱HCキャピタル債権回収株式会社", status="licensed", original="株式会社朝凪銀行",
               debtor="蔵本哲也", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=D(2025, 2, 14), last_payment=D(2024, 11, 27), assignment=D(2025, 9, 30),
               reference="令和8年(ロ)第214号", input_kind="pdf_scan",
               template="proxy15_payment_order_servicer_after_voluntary_sale", received=D(2026, 5, 18))
    return dict(stem="b07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer as 債権者, 2 pages)",
                unusual="支払督促 (松江簡裁) as a 2-page image-only PDF in Mincho: 事件番号 / 事件名 top-left in full-width "
                        "digits with full-width brackets 令和８年（ロ）第２１４号; shaded 〔支払督促を受け取った方へ〕 box "
                        "with the court's 民事係 phone marked as not the creditor's; p.2 当事者目録 with the real servicer "
                        "★ 「三菱HCキャピタル債権回収株式会社」 (no licence number) and its 送達場所 phone / FAX "
                        "(distractors); 請求の趣旨 as a rows-ruled table 残元金 / 確定遅延損害金 (window and rate in the "
                        "label) / 督促手続費用 with its FIVE-part 内訳 in brackets, then 合計（１から３まで）; running "
                        "item ４; 請求の原因 with the 平成25年 loan of 21,000,000, 1.275％, the 任意売却 代金 14,650,000, "
                        "the 譲渡 and its 到達 date (distractors) and the 申立日")


# ---------------------------------------------------------------------------------------------
# b08 地裁 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2) of an invented servicer (ななほし債権回収) for the
#     rest after a 競売; digital.


def b08():
    R = 14.0
    issued, hearing, answer = D(2026, 6, 3), D(2026, 7, 8), D(2026, 7, 1)
    filed = D(2026, 5, 20)
    div = D(2025, 11, 6)
    P = 8_906_442
    L = late(P, R, div + ONE, filed)
    T = P + L
    p = Page(font="sans", size=10.5, top=16)
    p.line("事件番号　令和8年(ワ)第163号　譲受債権請求事件", x=15, size=10)
    p.line("原　　告　ななほし債権回収株式会社", x=15, size=10)
    p.line("被　　告　立花　翔", x=15, size=10)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("立花　翔　殿", x=20, size=12)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。", size=10.2)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.2)
    p.gap(3)
    y = p.y
    rows = [("期　日", f"{era(hearing, week=True)}　午前10時30分"),
            ("場　所", "宇都宮地方裁判所　第304号法廷（3階）"),
            ("答弁書提出期限", era(answer, week=True))]
    for i, (k, v) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(20, yy, 45, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(65, yy, 125, 10, 0.3))
        p.at(42.5, yy + 6.6, k, size=10.5, align="c")
        p.at(69, yy + 6.8, v, size=11.5, font="sans-bold")
    p.y = y + 36
    p.line(era(issued), x=30, size=10.5)
    p.line("宇都宮地方裁判所第１民事部", x=100, size=10.5)
    p.line("裁判所書記官　角倉　由紀子", x=100, size=10.5)
    p.line("電話 028-000-6123（直通）　FAX 028-000-6190", x=100, size=9.5)
    p.seal(186, p.y - 12, 13, "square", "宇都宮地方裁判所書記官印", angle=1, seed=15081)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 174, 52, 0.4))
    p.at(22, y + 6, "（注意）", size=10, font="sans-bold")
    p.y = y + 9
    for s in ("１　出頭の際は、この呼出状と印鑑をお持ちください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされる"
              "ことがあります。",
              "３　答弁書には、訴状に書かれた原告の請求や主張に対するあなたの言い分を書いてください。分割払いの希望が"
              "ある場合は、その旨を書いてください。",
              "４　この事件についての問合せは、上記の担当書記官にしてください。訴状に書かれた原告の電話番号は、当裁判所"
              "の番号ではありません。"):
        p.para(s, x0=22, x1=188, size=9.5, indent="")
    q = Page(font="serif", size=10, top=14)
    q.line(fw(era(filed)), align="r", size=10)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line("宇都宮地方裁判所　御中", x=20, size=10.5)
    q.gap(1)
    q.kv([("原告", "〒103-0000 東京都中央区かたくり町九丁目9番9号"),
          ("", "ななほし債権回収株式会社（債権管理回収業に関する特別措置法に基づく法務大臣の許可を受けた債権回収会社）"),
          ("", "代表者代表取締役　梶谷　健吾　　電話 03-0000-2319　FAX 03-0000-2318"),
          ("被告", "〒321-0000 栃木県宇都宮市とうげ町九丁目9番9号　立花　翔")], x=20, label_w=16, size=9.3,
         font="serif")
    q.gap(1)
    q.line(f"譲受債権請求事件　　訴訟物の価額　{fw(f'{T:,}')}円　　貼用印紙額　４０，０００円", x=20, size=9.3)
    q.gap(2)
    q.line("第１　請求の趣旨", x=18, size=10.5, font="serif-bold")
    for s in (f"１　被告は、原告に対し、{fw(f'{T:,}')}円及びうち{fw(f'{P:,}')}円に対する{fw(era(filed + ONE))}から支払済み"
              "まで年１４パーセントの割合による金員を支払え。",
              "２　訴訟費用は被告の負担とする。",
              "との判決並びに仮執行の宣言を求める。"):
        q.para(s, x0=22, x1=194, size=9.6, indent="")
    q.gap(2)
    q.line("第２　請求の原因", x=18, size=10.5, font="serif-bold")
    for s in (f"１　株式会社みさきの銀行（以下「原債権者」という。）は、被告に対し、{fw(era(D(2012, 10, 5)))}、住宅ローンとして"
              "２６，５００，０００円を、遅延損害金年１４パーセント（年３６５日の日割計算）、分割返済の約定で貸し付けた。",
              f"２　被告は、{fw(era(D(2023, 9, 27)))}の返済を最後に返済を怠り、{fw(era(D(2024, 2, 29)))}の経過により期限の"
              "利益を喪失した。",
              "３　原債権者の申立てにより、宇都宮地方裁判所令和６年（ケ）第２３３号担保不動産競売事件において担保不動産"
              f"が売却され、{fw(era(div))}の配当期日に原債権者は１５，０２０，０００円の配当を受け、これを遅延損害金及び"
              f"元金に充当した。その結果、残元金は{fw(f'{P:,}')}円となった。",
              f"４　原債権者は、{fw(era(D(2026, 1, 30)))}、原告に対し上記残債権を譲渡し、同年２月３日、被告に対し内容証明"
              "郵便によりその旨を通知した。",
              "５　よって、原告は、被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=194, size=9.3, indent="")
    q.table([["項目", "金額", "備考"],
             ["残元金", f"{P:,}円", ""],
             ["確定遅延損害金", f"{L:,}円", f"{jis(div + ONE)}～{jis(filed)} 年14％"],
             ["合計", f"{T:,}円", "請求の趣旨１の金額"]], [40, 40, 80], x=30, header=True, aligns="lrl", size=9.3,
            row_h=6.8, font="serif")
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約証書　甲第２号証 配当表　甲第３号証 債権譲渡通知書", x=20, size=8.8)
    q.line("附属書類　訴状副本 １通　甲号証写し 各１通　資格証明書 １通", x=20, size=8.8)
    tr = truth(document_type="lawsuit", sender="宇都宮地方裁判所", phone="028-000-6123",
               creditor="ななほし債権回収株式会社", status="unverified", original="株式会社みさきの銀行", debtor="立花翔",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=D(2024, 2, 29), last_payment=D(2023, 9, 27), assignment=D(2026, 1, 30), hearing=hearing,
               reference="令和8年(ワ)第163号", input_kind="pdf_text_2page",
               template="proxy15_district_summons_invented_servicer_after_auction", received=D(2026, 6, 8))
    return dict(stem="b08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), invented servicer as 原告, rest after 競売, 2 pages)",
                unusual="宇都宮地裁 (ワ) 呼出状 (p.1, sans) + 訴状 (p.2, Mincho): case / 原告 / 被告 as three lines top-left; "
                        "期日 / 場所 / 答弁書提出期限 as shaded-label rows with weekdays; court phone （直通） and FAX on one "
                        "line; an (注意) box saying the plaintiff's phone is not the court's; 訴状 dated 5/20 ≠ 呼出状 6/3; "
                        "the plaintiff is an INVENTED servicer 「ななほし債権回収株式会社」 described as licensed but with no "
                        "number (→ unverified); 訴訟物の価額 and 貼用印紙額 40,000 (distractors); 請求の趣旨 「…円及びうち…円"
                        "に対する…支払済みまで」; 請求の原因 with the 26,500,000 loan, the (ケ) number, the 配当 15,020,000 "
                        "(distractors) and a small 項目/金額/備考 table with JIS dates in 備考")


LETTERS = [b01, b02, b03, b04, b05, b06, b07, b08]
