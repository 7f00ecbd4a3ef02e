"""Proxy set 49, letters bf09–bf16: "after the auction, second round". The 駒木根 household goes on: the 岩国簡裁's
支払督促 for the invented servicer (bf09), the 仮執行宣言付支払督促 of the same case (bf10) and the servicer's 縦書き
強制執行予告 (bf11). The 鱒淵 / 笈川 household (競売 in 盛岡): the bank's 縦書き notice to the 連帯保証人 under 民法458条の3
before the auction (bf12), the bank's own 債権譲渡通知書 to a real servicer after the 配当 (bf13), the 盛岡地裁's (ワ)
呼出状 with the 訴状 (bf14) and the servicer's letter to the guarantor with a reply slip (bf16). The 黍原 household: a
信用金庫's claim for what its 任意売却 left (bf15)."""

from __future__ import annotations

from datetime import date as D

import story as S
from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    dashed,
    era,
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = S.ONE
GREEN = (0.10, 0.38, 0.25)
INDIGO = (0.20, 0.22, 0.50)
ORANGE = (0.85, 0.42, 0.05)


def y_(n: int) -> str:
    return f"{n:,}円"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return f"金{kanji_number(n)}円"


# ---------------------------------------------------------------------------------------------
# bf09 岩国簡易裁判所 支払督促 (creditor 暁星債権回収, invented), one scanned page.


def bf09():
    issued = S.B_PO_DAY
    P, L, C = S.B_P2, S.B_PO_L, S.B_PO_COST
    T = P + L + C
    parts = "、".join(f"{k}{v:,}円" for k, v in S.B_FEE_PARTS)
    assert sum(v for _, v in S.B_FEE_PARTS) == C
    p = Page(font="serif", size=10, top=14)
    p.add(Box(130, 12, 66, 10, 0.4))
    p.at(163, 18.8, fw("令和8年（ロ）第214号"), size=10.5, align="c")
    p.y = 25
    p.line("支　払　督　促", size=18, font="serif-bold", align="c")
    p.gap(1)
    p.kv([("債 権 者", "〒730-0000　広島県広島市南区ひめうず町九丁目9番9号"),
          ("", "暁星債権回収株式会社　代表者代表取締役　柄澤　丈治"),
          ("", "（送達場所）同所　電話 082-000-2570　担当 雉子谷"),
          ("債 務 者", "〒740-0000　山口県岩国市べにまし町九丁目9番9号"),
          ("", "駒木根　伸行")], x=20, label_w=22, size=9.8)
    p.gap(1)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", size=10.3)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", x=20)
    for s in (f"１　金{P:,}円（求償金残元金）",
              f"２　金{L:,}円（上記１に対する{era(S.B_SALE + ONE)}から{era(S.B_PO_CUT)}まで年14％の割合による確定遅延損害金）",
              f"３　金{C:,}円（督促手続費用）"):
        p.para(s, x0=24, x1=190, size=10, indent="")
    p.add(Line(24, p.y + 0.5, 110, p.y + 0.5, 0.3))
    p.gap(1.2)
    p.line(f"　　以上合計　金{T:,}円", x=24, size=10.5, font="serif-bold")
    p.para(f"４　上記１の金額に対する{era(S.B_PO_CUT + ONE)}から完済まで年14％の割合による遅延損害金", x0=24, x1=190,
           size=10, indent="")
    p.para(f"（督促手続費用の内訳　{parts}）", x0=24, x1=190, size=8.4, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold", x=20)
    for s in ("１　債務者は、平成30年3月23日、株式会社のびたき銀行から住宅購入資金として22,400,000円を借り受け、さしば住宅"
              "保証株式会社（以下「保証会社」という。）は、債務者の委託を受けて同債務を保証した。",
              f"２　債務者は、約定の返済を怠り、{era(S.B_ACC)}の経過により期限の利益を喪失したため、保証会社は、"
              f"{era(S.B_SUB)}、同行に対し{S.B_S:,}円を代位弁済した。",
              f"３　{era(S.B_SALE)}、担保不動産の任意売却代金から{S.B_APPLY:,}円が損害金及び求償元金に充当された。",
              f"４　保証会社は、{era(S.B_ASSIGN)}、債務者に対する上記求償債権を債権者に譲渡し、同年2月3日、債務者に"
              "その旨通知した。損害金の割合は、保証委託契約による年14％である。"):
        p.para(s, x0=24, x1=190, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　岩国簡易裁判所　裁判所書記官　碇　谷　千賀子", size=10.5)
    p.seal(150, p.y - 5, 13, "square", "岩国簡易裁判所書記官印", angle=0, seed=49091)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 180, 22, 0.4, None, (0.94, 0.94, 0.94)))
    p.add(Box(16, y, 180, 22, 0.4))
    p.at(20, y + 5.5, "【注意】", size=9.5, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議を申し立てる",
                           "ことができます。異議の申立てがあると、請求額に応じ、岩国簡易裁判所又は山口地方裁判所岩国支部の",
                           "通常の訴訟手続に移行します。問合せ先　岩国簡易裁判所民事係　電話 0827-00-6140"]):
        p.at(20, y + 10.5 + i * 4.9, s, size=9.2)
    tr = truth(document_type="payment_order", sender="岩国簡易裁判所", phone="0827-00-6140",
               creditor="暁星債権回収株式会社", status="unverified", original="さしば住宅保証株式会社",
               debtor="駒木根伸行", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=S.B_R, lump=True,
               issued=issued, payment_due=None, acceleration=S.B_ACC, assignment=S.B_ASSIGN, reference=S.B_CASE,
               input_kind="scan_png", template="proxy49_payment_order_iwakuni_recourse_rest", received=S.B_PO_SERVED)
    return dict(stem="bf09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, invented servicer creditor, rest after a 任意売却, one page)",
                unusual="a 支払督促 of a court new to the sets (岩国簡裁) on ONE scanned page: the full-width case number in a "
                        "small box top-right; parties as label lines with the creditor's 送達場所 phone (distractor); the INVENTED "
                        "servicer 暁星債権回収 as 債権者 (no licence number: court paper → unverified); 請求の趣旨 as numbered "
                        "sentences with the label AFTER the amount in brackets (金…円（求償金残元金） / （…確定遅延損害金） / "
                        "（督促手続費用）), a rule and 「以上合計」, item ４ the running clause; the 督促手続費用 broken into five "
                        "parts in a small bracket line; 請求の原因 with 平成30年 loan 22,400,000, 喪失, 代位弁済額, 任意売却 "
                        "充当額 and the 譲渡; a grey 注意 box naming a 地裁支部 and the court's phone")


# ---------------------------------------------------------------------------------------------
# bf10 仮執行宣言付支払督促 of bf09's case, 2 pages scanned (p.1 the 宣言 and the notice, p.2 目録 and 趣旨 table).


def bf10():
    issued = S.B_KARI_DAY
    P, L = S.B_P2, S.B_PO_L
    C = S.B_PO_COST + S.B_KARI_COST
    T = P + L + C
    p = Page(font="serif", size=11, top=18)
    p.line(fw("令和8年（ロ）第214号"), size=11, x=140)
    p.gap(6)
    p.line("仮執行宣言付支払督促", size=18, font="serif-bold", align="c")
    p.gap(4)
    p.kv([("債　権　者", "暁星債権回収株式会社"), ("債　務　者", "駒木根　伸行")], x=30, label_w=30, size=11)
    p.line("（当事者の住所等は別紙当事者目録記載のとおり）", x=30, size=10)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨及び原因記載の金額を支払え。", size=11)
    p.para(f"上記の支払督促は、{era(S.B_PO_SERVED)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           f"よって、債権者の{era(S.B_KARI_APPLY)}付申立てにより、次のとおり仮執行の宣言をする。", size=11)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 22, 0.6))
    p.at(30, y + 8, "仮執行宣言", size=12, font="serif-bold")
    p.at(30, y + 16, "上記支払督促に基づき、仮に執行することができる。", size=11)
    p.y = y + 28
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　岩国簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　碇　谷　千賀子", size=11)
    p.seal(150, p.y - 6, 14, "square", "岩国簡易裁判所書記官印", angle=1, seed=49101)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 52, 0.3, None, (0.93, 0.93, 0.93)))
    p.add(Box(20, y, 170, 52, 0.5))
    p.at(105, y + 7, "仮執行宣言付支払督促を受け取った方へ", size=11.5, font="serif-bold", align="c")
    for i, s in enumerate(["１　この書面を受け取った日から２週間以内であれば、督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、債権者は、この仮執行宣言付支払督促に基づいて、あなたの財産",
                           "　（給料、預貯金等）に対する強制執行をすることができます。強制執行を止めるには、別に執行",
                           "　停止の申立てと担保の提供が必要です。",
                           "３　２週間以内に督促異議の申立てがないときは、この支払督促は確定判決と同一の効力を有します。",
                           "問合せ先　岩国簡易裁判所民事係　電話 0827-00-6140"]):
        p.at(24, y + 15 + i * 6.2, s, size=9.8)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当　事　者　目　録", size=13, font="serif-bold", align="c")
    q.kv([("〒730-0000", "広島県広島市南区ひめうず町九丁目9番9号"),
          ("債　権　者", "暁星債権回収株式会社"),
          ("", "代表者代表取締役　柄澤　丈治"),
          ("", "（送達場所）同所　電話 082-000-2570　FAX 082-000-2571"),
          ("〒740-0000", "山口県岩国市べにまし町九丁目9番9号"),
          ("債　務　者", "駒木根　伸行")], x=26, label_w=32, size=10.5)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=13, font="serif-bold", align="c")
    q.line("請求の趣旨", x=22, size=11, font="serif-bold")
    rows = [["項　目", "金額（円）"],
            ["求償金残元金", f"{P:,}"],
            [f"確定遅延損害金（{era(S.B_SALE + ONE)}～{era(S.B_PO_CUT)}）", f"{L:,}"],
            ["督促手続費用", f"{S.B_PO_COST:,}"],
            ["仮執行宣言の手続費用", f"{S.B_KARI_COST:,}"],
            ["合　計", f"{T:,}"]]
    assert P + L + S.B_PO_COST + S.B_KARI_COST == T
    q.table(rows, [122, 44], x=22, header=True, size=10, row_h=7.6)
    q.para(f"ほか、求償金残元金{P:,}円に対する{era(S.B_PO_CUT + ONE)}から完済まで年14％の割合による遅延損害金", x0=22,
           x1=190, size=10, indent="")
    q.gap(3)
    q.line("請求の原因", x=22, size=11, font="serif-bold")
    for s in ("１　債務者は、平成30年3月23日、株式会社のびたき銀行から住宅購入資金を借り受け、さしば住宅保証株式会社（以下"
              "「保証会社」という。）は、債務者の委託を受けてこれを保証した。",
              f"２　債務者は、{era(S.B_ACC)}の経過により期限の利益を喪失し、保証会社は、{era(S.B_SUB)}、同行に代位弁済した。",
              f"３　担保不動産の任意売却代金は、{era(S.B_SALE)}、損害金及び求償元金の一部に充当された。",
              f"４　保証会社は、{era(S.B_ASSIGN)}、上記求償債権を債権者に譲渡し、債務者にその旨通知した。"):
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.gap(6)
    q.line("以　上", x=170, size=10.5)
    tr = truth(document_type="payment_order_enforceable", sender="岩国簡易裁判所", phone="0827-00-6140",
               creditor="暁星債権回収株式会社", status="unverified", original="さしば住宅保証株式会社",
               debtor="駒木根伸行", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=S.B_R,
               lump=True, issued=issued, payment_due=None, acceleration=S.B_ACC, assignment=S.B_ASSIGN,
               reference=S.B_CASE, input_kind="pdf_scan", template="proxy49_enforceable_iwakuni_notice_page",
               received=D(2026, 5, 19))
    return dict(stem="bf10", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, same case as bf09, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of bf09's case as a 2-page image PDF: p.1 the case number alone top-right, the "
                        "送達 date 4/14 and the creditor's 申立 date 5/7 in one sentence, the 仮執行宣言 in a frame WITHOUT any "
                        "amount, and a grey 「仮執行宣言付支払督促を受け取った方へ」 box (2 weeks, 強制執行, 執行停止); p.2 当事者目録 "
                        "(送達場所 phone and FAX: distractors) and 請求の趣旨 as a ruled 項目 / 金額（円） table with TWO cost "
                        "rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) above 合計; the running clause as a 「ほか」 "
                        "line; 請求の原因 retold")


# ---------------------------------------------------------------------------------------------
# bf11 暁星債権回収 縦書き 通告書 (強制執行予告, 内容証明) on the 債務名義 of bf10; digital.


def bf11():
    issued, due = D(2026, 6, 12), D(2026, 6, 26)
    P = S.B_P2
    L = late(P, S.B_R, S.B_SALE + ONE, issued)
    C = S.B_PO_COST + S.B_KARI_COST
    T = P + L + C
    cols = [
        ("title", "通告書"),
        ("body", "当社は、貴殿に対し、岩国簡易裁判所令和八年（ロ）第二一四号支払督促事件の仮執行宣言付支払督促正本に基づく左記の"
                 "債権を有しております。"),
        ("body", f"同正本は{kdate(D(2026, 5, 19))}貴殿に送達されましたが、今日に至るまでお支払いもご連絡もありません。"),
        ("body", f"つきましては、本書をもって、{kdate(due)}限り、左記合計額を左記口座にお支払いいただくよう通告いたします。"),
        ("body", "右期限までにお支払い又はご連絡のない場合には、何らの通知をすることなく、貴殿の給与債権、預貯金債権その他の財産"
                 "に対し、強制執行の手続をとりますので、予めご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　求償金残元金　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　　{kyen(L)}"),
        ("plain", "　　（令和七年十一月一日から本書作成日まで年十四パーセント）"),
        ("indent", f"三　督促手続費用及び仮執行宣言手続費用　{kyen(C)}"),
        ("indent", f"四　合計　　　　　　{kyen(T)}"),
        ("indent", "振込先　やまどり銀行　広島南支店　普通預金"),
        ("plain", "　　　　口座番号　五七二〇一一八"),
        ("plain", "　　　　口座名義　暁星債権回収株式会社"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "広島県広島市南区ひめうず町九丁目九番九号"),
        ("low", "暁星債権回収株式会社"),
        ("low", "法務大臣許可番号第二百五十七号"),
        ("low", "代表取締役　柄澤　丈治"),
        ("low", "電話　〇八二（〇〇〇）二五七〇"),
        ("low", "お客様番号　ＧＳ－４１１７０３"),
        ("blank", ""),
        ("low", "山口県岩国市べにまし町九丁目九番九号"),
        ("low", "駒木根　伸行　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 49111))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "柄澤" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 10, "square", "暁星債権回収株式会社之印",
                         angle=-3, seed=49112))
    tr = truth(document_type="collection_notice", sender="暁星債権回収株式会社", license_number=257,
               phone="082-000-2570", creditor="暁星債権回収株式会社", status="unverified", original=None,
               debtor="駒木根伸行", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=S.B_R, lump=True,
               issued=issued, payment_due=due, reference="GS-411703", input_kind="vertical_pdf",
               template="proxy49_vertical_servicer_enforcement_warning", received=D(2026, 6, 15))
    return dict(stem="bf11", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (invented servicer, 縦書き 強制執行予告 通告書)",
                unusual="縦書き 通告書 (内容証明 stamp), digital, of the INVENTED servicer 暁星債権回収 with its licence in KANJI "
                        "「法務大臣許可番号第二百五十七号」 (→ 257, unverified) in the low sender columns; the 債務名義 named by "
                        "its kanji case number 令和八年（ロ）第二一四号 and the 送達 date (distractors); positional kanji amounts "
                        "with the two court costs merged in one item 「督促手続費用及び仮執行宣言手続費用」 (→ costs); 「令和八年"
                        "六月二十六日限り」; the 給与債権・預貯金債権 強制執行 warning; account number in kanji digits; phone in "
                        "kanji digits; full-width お客様番号 ＧＳ－４１１７０３; no 原債権者 named")


# ---------------------------------------------------------------------------------------------
# bf12 しろたえ銀行 → the 連帯保証人: 縦書き 期限の利益喪失通知 under 民法458条の3, before the auction; scanned.


def bf12():
    issued, due = D(2025, 9, 19), D(2025, 10, 10)
    P, I, R = S.C_P, S.C_I, S.C_R
    L = late(P, R, S.C_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失及び保証債務履行請求通知書"),
        ("body", "貴殿が連帯保証人となっている鱒淵喜久雄殿（以下「主債務者」といいます。）の当行に対する平成二十四年十月二十六日付"
                 "金銭消費貸借契約に基づく債務につき、主債務者は令和七年五月二十六日の返済を最後に返済を怠りました。"),
        ("body", f"当行は主債務者に対し{kdate(S.C_WARN)}付催告書をもって延滞金の支払を催告しましたが、その期限である"
                 f"{kdate(S.C_ACC)}までに支払がなかったため、主債務者は同日の経過をもって期限の利益を喪失しました。"),
        ("body", "よって、民法第四百五十八条の三第一項に基づき、その旨を貴殿に通知いたします。"),
        ("body", f"あわせて、連帯保証人である貴殿に対し、保証債務の履行として左記金員を{kdate(due)}までにお支払いいただく"
                 "よう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年八月三十日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", "なお、右期日までにお支払いのない場合は、主債務者所有の担保不動産について、盛岡地方裁判所に担保不動産競売の"
                 "申立てを行う予定でありますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岩手県盛岡市たらよう通九丁目九番九号"),
        ("low", "株式会社しろたえ銀行　盛岡中央支店"),
        ("low", "支店長　牛窪　静馬"),
        ("low", "電話　〇一九（〇〇〇）四四七一"),
        ("low", "照会番号　ＳＲ－１２１０２６"),
        ("blank", ""),
        ("low", "岩手県紫波郡紫波町やまどり台九丁目九番九号"),
        ("low", "連帯保証人　笈川　保則　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 49121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "牛窪" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 20) * size * 0.3528 * 1.05, 10, "square", "しろたえ銀行盛岡中央支店長印",
                         angle=2, seed=49122))
    tr = truth(document_type="acceleration_notice", sender="株式会社しろたえ銀行", phone="019-000-4471",
               creditor="株式会社しろたえ銀行", status="not_applicable", original=None, debtor="笈川保則", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=S.C_ACC, last_payment=S.C_LAST, reference="SR-121026", input_kind="vertical_scan",
               template="proxy49_vertical_bank_guarantor_458_notice_before_auction", received=D(2025, 9, 22))
    return dict(stem="bf12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank → 連帯保証人, 縦書き 内容証明, 民法458条の3)",
                unusual="縦書き 期限の利益喪失及び保証債務履行請求通知書 of a bank branch to the 連帯保証人 ONLY (「連帯保証人　笈川"
                        "　保則　殿」 in the last column), scanned with the 内容証明 stamp; the 主債務者 named in the first "
                        "sentence (distractor); the 催告書 date 八月十五日 and its deadline 八月二十九日 (= acceleration 「同日の"
                        "経過をもって」); 民法第四百五十八条の三第一項 (numbers that are not amounts); positional kanji amounts; "
                        "「十月十日までに」; the coming 競売申立て at 盛岡地裁 announced; phone in kanji digits; full-width "
                        "照会番号 ＳＲ－１２１０２６")


# ---------------------------------------------------------------------------------------------
# bf13 しろたえ銀行 ALONE: 債権譲渡通知書 to the 主債務者 after the 配当 (譲受人 アウロラ債権回収, real, 76).


def bf13():
    issued = D(2026, 5, 8)
    P, L = S.C_P2, S.C_AS_L
    T = P + L
    p = Page(font="sans", size=10.3, top=14)
    p.add(Box(15, 11, 181, 14, color=None, fill=INDIGO))
    p.at(20, 20.5, "しろたえ銀行", size=15, font="sans-bold", color=WHITE)
    p.at(191, 20, "盛岡中央支店", size=10, color=WHITE, align="r")
    p.at(196, 32, era(issued), size=10.3, align="r")
    p.at(196, 37.5, "照会番号　SR-121026", size=10.3, align="r")
    p.y = 31
    p.line("〒020-0000", size=10)
    p.line("岩手県盛岡市銀鼠町九丁目9番9号", size=10.3)
    p.line("鱒淵　喜久雄　様", size=14)
    p.gap(3)
    for s in ("〒020-0000　岩手県盛岡市たらよう通九丁目9番9号", "株式会社しろたえ銀行　盛岡中央支店",
              "支店長　牛窪　静馬", "電話 019-000-4471（融資課）"):
        p.line(s, x=118, size=9.3)
    p.seal(188, p.y - 9, 12, "square", "しろたえ銀行盛岡中央支店長印", angle=-2, seed=49131)
    p.gap(3)
    p.line("債権譲渡通知書", size=16, font="sans-bold", align="c")
    p.gap(1)
    p.para("当行は、貴殿に対して有する下記債権を、下記譲受人に譲渡いたしましたので、民法第467条の規定に基づき通知いたします。")
    p.para(f"本件債権の担保不動産は、盛岡地方裁判所令和7年(ケ)第131号担保不動産競売事件において売却され、{era(S.C_DIVDAY)}"
           f"の配当期日に当行は配当金{S.C_DIV:,}円を受領し、損害金、利息、元金の順に充当いたしました。下記は配当金充当後の"
           "債権です。")
    p.para("今後、本件債権に関するお支払い・お問い合わせは、すべて譲受人にお願いいたします。当行の口座へのお振込みはなさらない"
           "ようお願いいたします。")
    p.gap(1)
    p.line("記", align="c")
    y = grid(p, 18, p.y, [40, 134], [
        ["譲受人", "アウロラ債権回収株式会社（法務大臣許可番号第76号）"],
        ["譲受人所在地", "東京都港区丁子坂九丁目9番9号　電話 0120-000-764"],
        ["譲渡日", era(S.C_ASSIGN)],
        ["原契約", "平成24年10月26日付金銭消費貸借契約（住宅ローン　当初31,500,000円）"],
        ["期限の利益喪失日", era(S.C_ACC)],
        ["連帯保証人", "笈川　保則　様（同旨の通知を別途お送りしております）"]], h=7.2, size=9.5)
    p.y = y + 4
    p.line(f"譲渡債権の額（{era(S.C_ASSIGN)}現在）", x=18, size=10.5, font="sans-bold")
    p.table([["配当金充当後残元金", "遅延損害金（年14.0％）", "譲渡債権額"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]],
            [58, 58, 58], x=18, header=True, size=10.5, row_h=8.5, aligns="rrr")
    p.line(f"※遅延損害金は{era(S.C_DIVDAY + ONE)}から譲渡日までの日割計算です。", x=18, size=9)
    p.gap(6)
    p.line("以　上", x=176, size=10.3)
    tr = truth(document_type="assignment_notice", sender="株式会社しろたえ銀行", phone="019-000-4471",
               creditor="アウロラ債権回収株式会社", status="not_applicable", original="株式会社しろたえ銀行",
               debtor="鱒淵喜久雄", total=T, principal=P, interest=None, late_damages=L, rate=S.C_R, lump=False,
               issued=issued, payment_due=None, acceleration=S.C_ACC, assignment=S.C_ASSIGN, reference="SR-121026",
               input_kind="pdf_text", template="proxy49_bank_alone_assignment_after_dividend",
               received=D(2026, 5, 11))
    return dict(stem="bf13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (bank alone → real servicer, after the 配当)",
                unusual="a bank's OWN 債権譲渡通知書 (the 譲渡人 alone) after the 配当: white-on-indigo band logo 「しろたえ銀行」 "
                        "with the branch; the 譲受人 ★ アウロラ債権回収株式会社 with 「法務大臣許可番号第76号」 in brackets and "
                        "its 0120 number inside a shaded-label grid (not the sender's); the (ケ) case, 配当期日 and 配当金 "
                        "15,918,000 in the prose (distractors); 原契約 平成24年 31,500,000 and the 連帯保証人's name in the grid; "
                        "a 3-column one-row table 配当金充当後残元金 / 遅延損害金（年14.0％） / 譲渡債権額 with the window in a "
                        "※ line; 「当行の口座へのお振込みはなさらないよう」; informs only")


# ---------------------------------------------------------------------------------------------
# bf14 盛岡地方裁判所 (ワ): 口頭弁論期日呼出状及び答弁書催告状 + 訴状 (アウロラ債権回収 v. 主債務者 and guarantor); digital.


def bf14():
    issued, hearing, answer = D(2026, 7, 3), D(2026, 8, 6), D(2026, 7, 30)
    filed = D(2026, 6, 19)
    P, L = S.C_P2, S.C_AS_L
    T = P + L
    case = "令和8年(ワ)第187号"
    fee = 42_000
    p = Page(font="serif", size=11, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第187号')}　保証債務履行等請求事件", size=10.5)
    p.line("原　　告　アウロラ債権回収株式会社", size=10.5)
    p.line("被　　告　鱒淵　喜久雄　外１名", size=10.5)
    p.gap(6)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=16, font="serif-bold", align="c")
    p.gap(4)
    p.line("被告　鱒淵　喜久雄　殿", size=12.5)
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=140, size=10.5)
    p.line("盛岡地方裁判所第２民事部", x=120, size=10.5)
    p.line("裁判所書記官　櫂　田　冬　樹", x=120, size=10.5)
    p.seal(186, p.y - 6, 13, "square", "盛岡地方裁判所書記官印", angle=0, seed=49141)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所が下記のとおり定められましたので、同期日に出頭して"
           "ください。なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=11)
    p.gap(2)
    y = grid(p, 22, p.y, [40, 126], [
        ["期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"],
        ["場　　所", "盛岡地方裁判所　第３０２号法廷（３階）"],
        ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], h=10, size=11.5, lsize=10.5)
    p.y = y + 5
    p.line("（注意）", size=10.5, font="serif-bold")
    for s in ("１　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "２　出頭の際は、この呼出状と印鑑を持参してください。",
              "３　期日の変更を求めるときは、理由を記載した書面を速やかに提出してください。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(4)
    p.line("〒020-0000　盛岡市紺青通九丁目9番9号", x=22, size=10)
    p.line("盛岡地方裁判所第２民事部　電話 019-000-6642（内線 302）", x=22, size=10)
    q = Page(font="serif", size=10.3, top=16)
    q.line("訴　　　　状", size=16, font="serif-bold", align="c")
    q.line(fw(era(filed)), x=150, size=10.3)
    q.line("盛岡地方裁判所　御中", size=10.3)
    q.line("原告　アウロラ債権回収株式会社　代表者代表取締役　善養寺　秀麿", x=70, size=9.8)
    q.gap(1)
    q.kv([("原　告", "〒105-0000　東京都港区丁子坂九丁目9番9号　アウロラ債権回収株式会社"),
          ("", "（送達場所）同所　電話 03-0000-7640　担当 萩生田"),
          ("被　告", "〒020-0000　岩手県盛岡市銀鼠町九丁目9番9号　鱒淵　喜久雄"),
          ("被　告", "〒028-0000　岩手県紫波郡紫波町やまどり台九丁目9番9号　笈川　保則")], x=18, label_w=16, size=9.5)
    q.line(f"保証債務履行等請求事件　訴訟物の価額　{T:,}円　貼用印紙額　{fee:,}円", x=18, size=9.5)
    q.gap(1)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=18)
    q.para(f"１　被告らは、原告に対し、連帯して、金{T:,}円及びうち金{P:,}円に対する{era(S.C_ASSIGN + ONE)}から支払済みまで"
           "年14％の割合による金員を支払え。", x0=22, x1=192, size=10, indent="")
    q.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=192, size=10, indent="")
    q.line("第２　請求の原因", size=11, font="serif-bold", x=18)
    for s in ("１　株式会社しろたえ銀行（以下「訴外銀行」という。）は、平成24年10月26日、被告鱒淵に対し、31,500,000円を、"
              "損害金年14％（年365日の日割計算）の約定で貸し付け、被告笈川は、同日、この債務を連帯保証した。",
              f"２　被告鱒淵は、{era(S.C_LAST)}の弁済を最後に弁済を怠り、{era(S.C_ACC)}の経過により期限の利益を喪失した。",
              f"３　訴外銀行は、担保不動産競売事件（盛岡地方裁判所令和7年(ケ)第131号）において、{era(S.C_DIVDAY)}、"
              f"{S.C_DIV:,}円の配当を受け、損害金、利息、元金の順に充当した。",
              f"４　訴外銀行は、{era(S.C_ASSIGN)}、被告らに対する残債権を原告に譲渡し、同年5月8日付の書面で被告らにその旨"
              "通知した。",
              "５　譲渡時の残債権は、次のとおりである。"):
        q.para(s, x0=22, x1=192, size=9.8, indent="")
    q.table([["残元金", f"{P:,}円"], [f"確定遅延損害金（{era(S.C_DIVDAY + ONE)}～{era(S.C_ASSIGN)}）", f"{L:,}円"],
             ["合　計", f"{T:,}円"]], [110, 50], x=30, size=10, row_h=7.4)
    q.para("６　よって、原告は、被告らに対し、連帯して、請求の趣旨記載の金員の支払を求める。", x0=22, x1=192, size=9.8,
           indent="")
    q.gap(2)
    q.line("附属書類　１ 訴状副本 ２通　２ 甲号証写し 各３通　３ 資格証明書 １通", x=22, size=9.5)
    tr = truth(document_type="lawsuit", sender="盛岡地方裁判所", phone="019-000-6642",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社しろたえ銀行",
               debtor="鱒淵喜久雄", total=T, principal=P, interest=None, late_damages=L, rate=S.C_R, lump=True,
               issued=issued, payment_due=None, acceleration=S.C_ACC, last_payment=S.C_LAST, assignment=S.C_ASSIGN,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy49_district_court_wa_servicer_two_defendants", received=D(2026, 7, 6))
    return dict(stem="bf14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer v. 主債務者 and 連帯保証人, 2 pages)",
                unusual="a court new to the sets (盛岡地裁) (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: "
                        "「被告　鱒淵　喜久雄　外１名」; the clerk's date and seal ABOVE the text; 期日 / 場所 / 答弁書提出期限 "
                        "in a shaded-label grid with full-width dates, weekdays and 午前１０時３０分; court phone with 内線; the "
                        "訴状 dated 6/19 ≠ the 呼出状 7/3; TWO 被告 with addresses; the plaintiff ★ アウロラ債権回収 (no licence "
                        "number) and its 送達場所 phone (distractor); 訴訟物の価額 and 貼用印紙額 42,000 (not costs); 請求の趣旨 "
                        "「連帯して、金…及びうち金…」; 請求の原因 with 平成24年 loan 31,500,000, last payment, 喪失, the (ケ) "
                        "配当 15,918,000 and the 譲渡; a 残元金 / 確定遅延損害金 / 合計 table")


# ---------------------------------------------------------------------------------------------
# bf15 かのこ信用金庫: 任意売却後のご融資残高についてのご請求, era date with the western year in brackets; HEIC.


def bf15():
    issued, due = D(2026, 2, 6), D(2026, 2, 27)
    R = S.D_R
    P0, I0 = 11_284_600, 96_210
    L0 = late(P0, R, S.D_ACC + ONE, S.D_SALE)
    APPLY = 8_912_000
    assert APPLY > L0 + I0
    P = P0 - (APPLY - L0 - I0)
    assert (APPLY - L0 - I0) + I0 + L0 == APPLY and P0 - (APPLY - L0 - I0) == P  # the 推移 table's △ row
    L = late(P, R, S.D_SALE + ONE, issued)
    T = P + L
    ref = "0318-2290471"

    def ew(d: D) -> str:
        return f"令和{d.year - 2018}年（{d.year}年）{d.month}月{d.day}日"

    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=GREEN))
    p.at(20, 19.3, "鹿", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "かのこ信用金庫", size=15, font="sans-bold", color=GREEN)
    p.at(196, 17, ew(issued), size=10, align="r")
    p.at(196, 22.5, f"お取引番号　{ref}", size=10, align="r")
    p.y = 30
    p.line("〒854-0000　長崎県諫早市えのき坂九丁目9番9号", size=10)
    p.line("黍原　美津江　様", size=14)
    p.gap(5)
    p.line("任意売却後のご融資残高についてのご請求", size=15, font="sans-bold", align="c", color=GREEN)
    p.gap(2)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para(f"さて、お客様の不動産担保ローンにつきましては、{ew(S.D_SALE)}に担保不動産の任意売却のお手続が完了し、売却代金"
           f"から{APPLY:,}円をご返済に充当させていただきました。誠にありがとうございました。", size=9.8)
    p.para("しかしながら、充当後もなお下記のご融資残高がございます。つきましては、残債務全額を下記お支払期限までにお支払い"
           "いただきますようお願い申し上げます。ご一括でのお支払いが難しい場合は、月々のお支払額についてご相談に応じます"
           "ので、期限までに担当者までご連絡ください。", size=9.8)
    p.gap(2)
    p.line("■ ご融資残高の推移（ご参考）", size=10, font="sans-bold")
    rows = [["", "元　金", "利　息", "損害金"],
            ["売却前のご融資残高", f"{P0:,}", f"{I0:,}", f"{L0:,}"],
            ["売却代金からのご返済", f"△{APPLY - L0 - I0:,}", f"△{I0:,}", f"△{L0:,}"],
            ["ご返済後の残高", f"{P:,}", "―", "―"]]
    p.table(rows, [62, 40, 36, 36], x=18, header=True, size=9.3, row_h=7)
    p.line("（単位：円）　損害金は元金に対し年14.5％の割合（令和7年9月13日から売却日まで）", x=18, size=8.3)
    p.gap(3)
    p.line(f"■ ご請求金額（{ew(issued)}現在）", size=10, font="sans-bold")
    y0 = p.y
    for i, (k, v) in enumerate((("ご融資残元金", P), (f"遅延損害金（{md(S.D_SALE + ONE)}～{md(issued)}　年{R}％）", L))):
        yy = y0 + 2 + i * 8
        p.at(24, yy + 5, k, size=10.5)
        p.at(150, yy + 5, f"{v:,}円", size=10.5, align="r")
        p.add(Line(22, yy + 7, 152, yy + 7, 0.15, GRAY))
    yy = y0 + 19
    p.add(Box(22, yy, 130, 10, 0.6, GREEN, (0.92, 0.96, 0.93)))
    p.at(26, yy + 7, "ご請求金額", size=11.5, font="sans-bold")
    p.at(150, yy + 7.3, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Box(157, y0 + 2, 39, 27, 0.9, RED))
    p.at(176.5, y0 + 9, "お支払期限", size=10, font="sans-bold", align="c", color=RED)
    p.at(176.5, y0 + 17, f"{due.month}月{due.day}日（{wd(due)}）", size=11.5, font="sans-bold", align="c", color=RED)
    p.at(176.5, y0 + 24, f"令和{due.year - 2018}年", size=9, align="c", color=RED)
    p.y = y0 + 35
    p.line("■ ご契約の内容", size=10, font="sans-bold")
    p.kv([("ご融資の種類", "不動産担保ローン（平成29年7月ご契約　当初ご融資額 15,000,000円）"),
          ("最終ご返済日", ew(S.D_LAST)), ("期限の利益喪失日", ew(S.D_ACC)),
          ("任意売却のお引渡日", ew(S.D_SALE))], x=22, label_w=36, size=9.5)
    p.gap(2)
    p.para("お振込先　かのこ信用金庫 諫早支店 普通預金 2290471 ご名義 キビハラ　ミツエ（ご返済用口座）", size=9.5, indent="")
    p.gap(3)
    for s, sz in (("かのこ信用金庫　諫早支店　融資課", 10.5), ("〒854-0000　長崎県諫早市菜種坂九丁目9番9号", 9),
                  ("TEL 0957-00-2231（平日 9:00～17:00）　担当 瑠璃川", 9.5)):
        p.line(s, x=96, size=sz)
    p.seal(188, p.y - 12, 12, "square", "かのこ信用金庫諫早支店長印", angle=3, seed=49151)
    tr = truth(document_type="collection_notice", sender="かのこ信用金庫", phone="0957-00-2231",
               creditor="かのこ信用金庫", status="not_applicable", original=None, debtor="黍原美津江", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=S.D_ACC, last_payment=S.D_LAST, reference=ref, input_kind="photo_heic",
               template="proxy49_shinkin_rest_after_voluntary_sale_heic", received=D(2026, 2, 9))
    return dict(stem="bf15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.5, creases=2, glare=20, fill=0.86, warm=0.25),
                about="collection_notice (信用金庫, rest after its own 任意売却)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a 信用金庫 (no 株式会社) with a one-kanji "
                        "green mark; EVERY date as era with the western year in brackets 「令和8年（2026年）2月6日」; a ご融資残高"
                        "の推移 table (売却前 / 売却代金からのご返済 with △ / ご返済後, three columns 元金・利息・損害金: "
                        "distractors); the claim as leader-less lines with the new label ご融資残元金 and a green ご請求金額 "
                        "bar; the お支払期限 in a red box to the RIGHT split 「2月27日（金）」 over 「令和8年」; ご契約の内容 "
                        "with 当初ご融資額 15,000,000 (distractor); no 保証会社, original null")


# ---------------------------------------------------------------------------------------------
# bf16 アウロラ債権回収 (real, 76) → the 連帯保証人 after the 配当, with a ご回答書 tear-off; phone photo.


def bf16():
    issued, due = D(2026, 5, 22), D(2026, 6, 12)
    P, R = S.C_P2, S.C_R
    L = late(P, R, S.C_DIVDAY + ONE, issued)
    T = P + L
    ref = "A8-20715"
    p = Page(font="sans", size=10, top=14)
    for i in range(3):
        p.add(Line(15 + i * 2.2, 12, 15 + i * 2.2, 24, 0.9, ORANGE))
    p.at(24, 19.5, "アウロラ債権回収株式会社", size=14, font="sans-bold")
    p.at(24, 24, "法務大臣許可番号　第76号", size=8.5)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, f"お客様番号：{ref}", size=10, align="r")
    p.y = 31
    p.line("〒028-0000　岩手県紫波郡紫波町やまどり台九丁目9番9号", size=10)
    p.line("笈川　保則　様", size=14)
    p.line("（連帯保証人）", size=9, x=20)
    p.gap(3)
    p.line("保証債務のご履行のお願い", size=15, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"貴殿が連帯保証人となっておられる下記債務につきましては、{era(S.C_ASSIGN)}付で株式会社しろたえ銀行から当社が"
           "譲り受け、同行から主たる債務者様及び貴殿あてに譲渡のご通知がなされております。", size=9.8)
    p.para("担保不動産の競売による配当金が充当された後もなお下記の残債務があり、主たる債務者様からのお支払いがございません"
           f"ので、連帯保証人である貴殿に、下記ご請求額を{era(due)}（{wd(due)}）までにお支払いいただきますようお願いいたし"
           "ます。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57], [
        ["主たる債務者", "鱒淵　喜久雄　様", "原債権者", "株式会社しろたえ銀行"],
        ["債権譲受日", era(S.C_ASSIGN), "期限の利益喪失日", era(S.C_ACC)],
        ["配当期日", f"{era(S.C_DIVDAY)}", "ご契約日", "平成24年10月26日"]], h=7, size=8.8)
    p.y = y + 3
    p.table([["ご請求の内容", "金額"], ["残元金（配当金充当後）", f"{P:,}円"],
             [f"遅延損害金（{md(S.C_DIVDAY + ONE)}～{md(issued)}　年{R}％）", f"{L:,}円"],
             ["ご請求額", f"{T:,}円"]], [120, 61], x=15, header=True, size=10, row_h=7.6)
    p.add(Box(15, p.y - 7.6, 181, 7.6, 0.9, ORANGE))
    p.gap(2)
    p.para("お振込先　梔子銀行 本店営業部 普通預金 7640152 アウロラサイケンカイシユウ（カ　※ご依頼人名の前にお客様番号を"
           "ご入力ください。", size=9, indent="")
    p.para("お支払いが一度に難しい場合は、下の「ご回答書」にご記入のうえご返送いただくか、お電話でご相談ください。", size=9,
           indent="")
    p.line("アウロラ債権回収株式会社　盛岡案内センター　TEL 0120-000-764（平日 9:00～18:00）　担当 萩生田", size=9.3)
    p.line("〒105-0000　東京都港区丁子坂九丁目9番9号", size=8.5)
    dashed(p, 12, 198, 214)
    p.at(105, 213, "－－　キリトリ線　－－", size=7, align="c")
    p.y = 218
    p.line("ご　回　答　書", size=13, font="sans-bold", align="c")
    p.line(f"アウロラ債権回収株式会社　御中　　　　お客様番号：{ref}", x=18, size=9.5)
    p.gap(2)
    for s in ("□　ご請求額を一括で支払います（お支払予定日　　　　月　　　日）",
              "□　分割での支払を希望します（月々　　　　　　　円程度　／　毎月　　　日）",
              "□　その他・ご事情（　　　　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        p.line(s, x=22, size=10)
        p.gap(2)
    for lab in ("ご記入日", "お名前", "お電話番号"):
        p.line(lab, x=22, size=10)
        p.add(Line(50, p.y - 1.4, 150, p.y - 1.4, 0.3))
        p.gap(1.5)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-764", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社しろたえ銀行", debtor="笈川保則", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=S.C_ACC, assignment=S.C_ASSIGN,
               reference=ref, input_kind="photo_jpeg", template="proxy49_servicer_guarantor_after_dividend_reply_slip",
               received=D(2026, 5, 25))
    return dict(stem="bf16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=2.4, creases=2, fill=0.83, glare=16, warm=0.3),
                about="collection_notice (real servicer → 連帯保証人 after the 配当, reply slip)",
                unusual="phone photo on wood with tri-fold creases and a lamp glare; real servicer ★ アウロラ債権回収 with three "
                        "orange strokes as a mark and 「法務大臣許可番号　第76号」 under the name top-LEFT; colon label "
                        "お客様番号： top-right; the addressee is the 連帯保証人 (「（連帯保証人）」 under his name), the 主たる"
                        "債務者 named in a shaded 3×2 grid with 原債権者, 譲受日, 喪失日, 配当期日 and ご契約日 平成24年; a "
                        "header table 残元金（配当金充当後） / 遅延損害金 / orange-framed ご請求額; a ご回答書 tear-off under a "
                        "キリトリ線 with tick boxes and blanks (月々…円程度); the 0120 number of a 案内センター")


LETTERS = [bf09, bf10, bf11, bf12, bf13, bf14, bf15, bf16]
