"""Proxy set 12, letters z01–z08 ("professionals and courts"): a 3-page 支払督促 (盛岡簡裁) with the 督促異議申立書 form;
a 仮執行宣言付支払督促 (長崎簡裁) as a scanned 2-page PDF; a 地裁 (ワ) 呼出状 + 訴状 (大分地裁) of a servicer with its
訴訟代理人; a 少額訴訟 (富山簡裁) photographed; a 支払督促 (秋田簡裁) against a debtor and his 連帯保証人 with three cost
lines and no subtotal; a lawyer's 縦書き 内容証明 on 20字×26行 pages; a 司法書士's 縦書き 請求書 to the debtor and the
guarantor; a law firm's 受任通知 for a servicer sent by fax."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, late, leader, seal_after, truth, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_number, kanji_small
from samples.letters.layout import GRAY, PT_MM, RED, Line, Seal, Text, VText, vertical_page

fw = fullwidth
SHADE = (0.90, 0.90, 0.90)
PALE = (0.96, 0.96, 0.96)
NAVY = (0.12, 0.20, 0.42)


def fk(n: int) -> str:
    return fw(f"{n:,}円")


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def dj(n: int) -> str:
    return "金" + kanji_number(n, daiji=True) + "円"


def ks(d: D) -> str:
    """令和八年二月二十七日 (kansuji, for 縦書き)."""
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def rw(d: D) -> str:
    """令和8年2月16日."""
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def rwf(d: D) -> str:
    return fw(rw(d))


def _seal_on(pg, prefix: str, kind: str, text: str, seed: int, dx=0.0, dy=-5.0, size=10.0, angle=0.0):
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith(prefix):
            pg.items.append(Seal(it.x + dx, seal_after(it, it.size, 2.0) + dy, size, kind, text, angle=angle, seed=seed))
            return
    raise AssertionError(prefix)


# ---------------------------------------------------------------------------------------------
# z01 支払督促 (盛岡簡裁), digital, THREE pages: p.1 the order with the case number in a small grid top-right and the
#     【督促異議の申立てについて】 box; p.2 当事者目録 + 請求の趣旨 (items with 内訳) + 請求の原因 (譲受債権); p.3 the blank
#     督促異議申立書 form with the case number pre-printed and an instalment-wish box.


def z01():
    R = 20.0
    P, INT = 612_340, 18_725
    L = late(P, R, D(2025, 7, 29), D(2026, 2, 9))
    COSTS = [("申立手数料", 3_500), ("支払督促正本送達費用", 1_099), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 1_000)]
    C = sum(a for _, a in COSTS)
    S1 = P + INT + L
    T = S1 + C
    case = "令和８年（ロ）第３０７号"
    issued = D(2026, 2, 16)
    court_tel = "019-000-6217"
    # page 1 -------------------------------------------------------------------------------
    p = Page(font="serif", size=10.5, top=16, left=24, right=22)
    p.table([["事件番号", case], ["事件名", "譲受債権請求督促事件"]], [22, 58], x=108, size=9.5, row_h=7.5,
            aligns="ll", shade_col0=True, font="serif")
    p.gap(8)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=40, label_w=30)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、別紙請求の原因記載の事実に基づき、上記のとおり支払督促を発する。")
    p.gap(4)
    p.line(rwf(issued), x=40)
    p.gap(2)
    p.line("盛岡簡易裁判所", x=100, size=12, font="serif-bold")
    p.line("裁判所書記官　　百目鬼　由紀子", x=100, size=11)
    p.seal(178, p.y - 8, 12, "square", "盛岡簡易裁判所書記官印", angle=2, seed=12011)
    p.gap(8)
    y = p.y
    p.box(24, y, 164, 64, width=0.5)
    p.y = y + 3
    p.line("【督促異議の申立てについて】", x=28, size=10.5, font="serif-bold")
    note = ("１　この支払督促に不服があるときは、この支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の申立て"
            "をすることができます（同封の督促異議申立書を使うことができます。）。\n"
            "２　上記の期間内に督促異議の申立てがないときは、債権者の申立てにより、仮執行の宣言がされ、債権者は強制執行"
            "（給料・預金の差押えなど）をすることができるようになります。\n"
            "３　督促異議の申立てがあったときは、通常の訴訟の手続に移り、後日、裁判所から口頭弁論期日の呼出状が届きます。\n"
            "４　分割払いなどの話合いを希望するときも、督促異議申立書にその旨を記載して提出してください。")
    p.para(note, x0=30, x1=184, size=9.5, indent="")
    p.gap(2)
    p.line(f"盛岡簡易裁判所　民事督促係　　電話　{court_tel}（直通）　受付時間 平日午前８時３０分～午後５時", x=30,
           size=9)
    p.y = y + 70
    p.line("これは正本である。", x=40, size=10)
    p.line("　　同日同庁　裁判所書記官　百目鬼　由紀子", x=40, size=10)
    p.at(105, 288, "－１－", size=9, align="c")
    pages = [p.spec]
    # page 2 -------------------------------------------------------------------------------
    q = Page(font="serif", size=10, top=16, left=24, right=22)
    q.line("当　事　者　目　録", align="c", size=13, font="serif-bold")
    q.gap(2)
    q.kv([("〒100-0000", "東京都千代田区かんだみなと町九丁目9番9号"),
          ("債　権　者", "ニッテレ債権回収株式会社"),
          ("", "代表者代表取締役　榊　原　　英　樹"),
          ("（送達場所）", "〒100-0000　東京都千代田区かんだみなと町九丁目9番9号"),
          ("", "ニッテレ債権回収株式会社　管理部　（担当　梶ヶ谷）"),
          ("", "電話 03-0000-7142　ＦＡＸ 03-0000-7143")], x=28, label_w=30, size=9.5)
    q.gap(2)
    q.kv([("〒020-0000", "岩手県盛岡市なかのはし通九丁目9番9号　ハイツ北上川２０２"),
          ("債　務　者", "菅　生　　智　史")], x=28, label_w=30, size=9.5)
    q.gap(4)
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    q.gap(1)
    q.line(f"１　金{fw(f'{S1:,}')}円", x=28, size=10.5)
    for lab, a in [("残元金", P), ("利息", INT), ("遅延損害金", L)]:
        leader(q, f"　　　　うち{lab}", fk(a), 28, 120, size=9.5)
    q.para(f"（遅延損害金は、残元金に対する{rwf(D(2025, 7, 29))}から{rwf(D(2026, 2, 9))}まで年２０．０％の割合によるもの）",
           x0=40, x1=186, size=9, indent="")
    q.para(f"２　上記残元金{fk(P)}に対する{rwf(D(2026, 2, 10))}から完済まで、年２０．０％（年３６５日の日割計算）の"
           "割合による遅延損害金", x0=28, x1=186, size=10, indent="")
    q.line(f"３　金{fw(f'{C:,}')}円　　督促手続費用", x=28, size=10.5)
    q.para("（内訳　" + "、".join(f"{lab}{fw(f'{a:,}')}円" for lab, a in COSTS) + "）", x0=40, x1=186, size=9,
           indent="")
    q.gap(1)
    q.line(f"　　請求金額（上記１及び３の合計）　　金{fw(f'{T:,}')}円", x=28, size=10.5, font="serif-bold")
    q.gap(4)
    q.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    q.gap(1)
    cause = [
        "１　株式会社きたかみローン（以下「原債権者」という。）は、債務者との間で、平成３０年６月１１日、極度額５０万円、"
        "利率年１８．０％、遅延損害金年２０．０％とするカードローン契約を締結し、債務者は、これに基づき借入れと返済を"
        "繰り返した。",
        f"２　債務者は、{rwf(D(2025, 5, 27))}に支払をしたのを最後に、同年６月２７日の約定支払日の支払を怠り、原債権者"
        f"からの催告にも応じなかったため、{rwf(D(2025, 7, 28))}の経過により期限の利益を喪失した。",
        f"３　原債権者は、{rwf(D(2025, 9, 30))}、債務者に対する上記貸金債権を債権者に譲渡し、同年１０月８日到達の"
        "内容証明郵便で債務者にその旨を通知した。",
        "４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。",
    ]
    for c in cause:
        q.para(c, x0=28, x1=186, size=9.5, indent="")
    q.at(105, 288, "－２－", size=9, align="c")
    pages.append(q.spec)
    # page 3: blank objection form ---------------------------------------------------------
    r = Page(font="serif", size=10, top=18, left=24, right=22)
    r.title("督　促　異　議　申　立　書", size=15, font="serif-bold")
    r.table([["事件番号", case + "　譲受債権請求督促事件"], ["債権者", "ニッテレ債権回収株式会社"],
             ["債務者（申立人）", "（氏名）　　　　　　　　　　　　　　　　　　　　　　印"]],
            [36, 126], size=9.5, row_h=9, aligns="ll", shade_col0=True, font="serif")
    r.gap(4)
    r.para("上記事件について、" + rwf(issued) + "付け支払督促に対し、督促異議を申し立てます。", size=10)
    r.gap(2)
    r.line("□ 分割払いを希望します。　月額　　　　　　　　円ずつ、毎月　　　　日限り", x=28, size=10)
    r.line("□ 一括で支払いますので、支払期限の猶予を希望します。", x=28, size=10)
    r.line("□ その他（　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　　）", x=28, size=10)
    r.gap(3)
    r.line("送達場所等の届出　□ 上記住所　□ 勤務先（　　　　　　　　　　　　　　　　）", x=28, size=10)
    r.line("連絡先電話番号　（　　　　）　　　　－　　　　　", x=28, size=10)
    r.gap(3)
    r.line("令和　　年　　月　　日", x=28, size=10)
    r.line("盛岡簡易裁判所　御中", x=28, size=11)
    r.gap(8)
    y = r.y
    r.box(24, y, 164, 40, width=0.3, color=GRAY, fill=PALE)
    r.y = y + 3
    r.line("（記載上の注意）", x=28, size=9, font="serif-bold")
    r.para("・この申立書は、支払督促の送達を受けた日から２週間以内に、盛岡簡易裁判所民事督促係へ持参又は郵送してください。"
           "期間の末日が土曜日、日曜日、祝日に当たるときは、その翌日（閉庁日の翌日）が期限となります。\n"
           "・督促異議の申立てにより、事件は通常訴訟に移行します。訴訟の費用として、後日、収入印紙の追納をお願いすることが"
           "あります。\n・郵送先　〒020-0000 岩手県盛岡市うちまる町九丁目9番9号　盛岡簡易裁判所民事督促係",
           x0=28, x1=184, size=8.5, indent="")
    r.at(105, 288, "－３－", size=9, align="c")
    pages.append(r.spec)
    tr = truth(document_type="payment_order", sender="盛岡簡易裁判所", phone=court_tel,
               creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社きたかみローン", debtor="菅生智史",
               total=T, principal=P, interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=D(2025, 7, 28), last_payment=D(2025, 5, 27), assignment=D(2025, 9, 30),
               reference="令和8年(ロ)第307号", input_kind="pdf_text_2page",
               template="proxy12_payment_order_morioka_three_pages", received=D(2026, 2, 19))
    return dict(stem="z01", ext="pdf", kind="pdf_text_2page", pages=pages, truth=tr,
                about="payment_order (簡裁, servicer 譲受債権, 3 pages)",
                unusual="支払督促 (盛岡簡裁) of the real servicer ニッテレ債権回収株式会社 ★ (no licence number printed), digital, "
                        "THREE pages: p.1 the order with 事件番号/事件名 in a small shaded grid top-RIGHT, full-width era "
                        "date, clerk's square seal, 【督促異議の申立てについて】 box with the court's （直通） number; p.2 "
                        "当事者目録 (the creditor's 送達場所 phone/FAX and 担当), 請求の趣旨 item １ a sum with うち残元金/うち利息/"
                        "うち遅延損害金 as dotted leaders, item ２ the running clause, item ３ 督促手続費用 with a 4-line 内訳 "
                        "in brackets, then 「請求金額（上記１及び３の合計）」; 請求の原因 with 極度額５０万円, 18％ contract "
                        "rate, the 10/8 通知到達 (distractors) and the 譲渡日; p.3 a blank 督促異議申立書 with tick boxes "
                        "(分割払い 月額…円) and (記載上の注意)")


# ---------------------------------------------------------------------------------------------
# z02 仮執行宣言付支払督促 (長崎簡裁), scanned 2-page PDF: p.1 the order and the 仮執行宣言 with its own cost, the
#     original 支払督促 date and its 送達日 in prose; p.2 当事者目録 and 請求の趣旨 as a two-column table with TWO cost
#     rows (督促手続費用 / 仮執行宣言手続費用) and no cost subtotal; ショッピング利用枠 distractor.


def z02():
    R = 14.6
    P, FEE = 438_920, 9_876
    L = late(P, R, D(2025, 10, 6), D(2026, 1, 14))
    C1, C2 = 4_688, 1_382
    T = P + FEE + L + C1 + C2
    issued = D(2026, 2, 27)
    tel = "095-000-3306"
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.line("令和８年（ロ）第１１６２号　立替金請求督促事件", size=10)
    p.gap(6)
    p.box(40, p.y - 2, 130, 14, width=0.8)
    p.line("仮執行宣言付支払督促", align="c", size=18, font="sans-bold")
    p.gap(6)
    p.kv([("債権者", "株式会社でじまクレジット"), ("債務者", "鬼塚　亜紀")], x=30, label_w=24, size=10.5)
    p.para("（当事者の住所等は別紙当事者目録記載のとおり）", x0=30, size=9, indent="")
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記は、当庁が{rw(D(2026, 1, 21))}に発した支払督促（同年１月２６日債務者に送達）の内容である。債務者から"
           "法定の期間内に督促異議の申立てがなかったので、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 24, width=0.3, color=GRAY, fill=PALE)
    p.y = y + 3
    p.line("仮　執　行　宣　言", x=36, size=11, font="sans-bold")
    p.para(f"上記督促手続費用のほか、仮執行宣言手続費用金{C2:,}円を債務者の負担とし、この支払督促に仮執行の宣言をする。",
           x0=36, x1=176, size=10, indent="")
    p.y = y + 30
    p.line(f"{rw(issued)}", x=36)
    p.line("長崎簡易裁判所　　裁判所書記官　　一　色　　隆　之", x=70, size=11)
    p.seal(184, p.y - 5, 12, "square", "長崎簡易裁判所書記官印", angle=-3, seed=12021)
    p.gap(8)
    p.para("〔ご注意〕", size=10, indent="")
    p.para("・この仮執行宣言付支払督促に対しては、その送達を受けた日から２週間以内に、督促異議の申立てをすることができます。"
           "ただし、督促異議の申立てをしても、強制執行の手続は当然には停止しません（執行停止には別途申立てが必要です）。\n"
           "・上記の期間内に督促異議の申立てがないときは、この支払督促は確定判決と同一の効力を有することになります。\n"
           "・お問い合わせは、事件番号をお知らせのうえ、下記へお願いします。", x0=26, x1=186, size=9.5, indent="")
    p.gap(2)
    p.line(f"長崎簡易裁判所 民事係（督促担当）　〒850-0000 長崎市さくらまち九丁目9番9号　TEL {tel}", x=30, size=9.5)
    p.gap(6)
    p.line("これは正本である。　　前同日　長崎簡易裁判所　裁判所書記官　一　色　　隆　之", x=30, size=9)
    pages = [p.spec]
    q = Page(font="sans", size=10, top=16, left=22, right=22)
    q.line("（別紙）", size=9)
    q.line("当事者目録", align="c", size=13, font="sans-bold")
    q.table([["債権者", "〒810-0000 福岡市中央区てんじん橋九丁目9番9号"],
             ["", "株式会社でじまクレジット　代表者代表取締役　砂金　浩一"],
             ["", "（送達場所）同所　債権管理部　電話 092-000-5581"],
             ["債務者", "〒851-0000 長崎県長崎市めがね橋町九丁目9番9号"],
             ["", "鬼塚　亜紀"]], [24, 142], size=9.5, row_h=7, aligns="ll", ruled="outer")
    q.gap(5)
    q.line("請求の趣旨", align="c", size=13, font="sans-bold")
    q.gap(1)
    rows = [["項　目", "金　額"],
            ["１　立替金残元金", fk(P)],
            ["２　未払手数料（分割払手数料）", fk(FEE)],
            ["３　確定遅延損害金", fk(L)],
            ["４　督促手続費用", fk(C1)],
            ["５　仮執行宣言手続費用", fk(C2)],
            ["合　計", fk(T)]]
    q.table(rows, [100, 50], x=30, size=10.5, row_h=8.5, header=True, aligns="lr")
    q.gap(2)
    q.para(f"※３は、１の金額に対する{rwf(D(2025, 10, 6))}から{rwf(D(2026, 1, 14))}（申立日）まで年１４．６％の割合による。",
           x0=30, x1=184, size=9, indent="")
    q.para(f"６　１の金額に対する{rwf(D(2026, 1, 15))}から完済まで年１４．６％の割合による遅延損害金", x0=30, x1=184,
           size=10, indent="")
    q.gap(4)
    q.line("請求の原因", align="c", size=13, font="sans-bold")
    q.para("１　債務者は、令和５年３月４日、債権者との間でカード会員契約（ショッピング利用枠３０万円、遅延損害金年１４．６％）"
           "を締結し、同契約に基づき加盟店で商品を購入し、債権者は代金を立て替えて支払った。", x0=26, x1=186, size=9.5,
           indent="")
    q.para(f"２　債務者は、{rw(D(2025, 8, 27))}の支払を最後に、その後の分割金の支払を怠り、債権者から２０日以上の期間を定めた"
           f"書面による催告を受けたにもかかわらず支払をしなかったため、{rw(D(2025, 10, 5))}の経過をもって期限の利益を"
           "喪失した。", x0=26, x1=186, size=9.5, indent="")
    q.para("３　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。", x0=26, x1=186, size=9.5, indent="")
    pages.append(q.spec)
    tr = truth(document_type="payment_order_enforceable", sender="長崎簡易裁判所", phone=tel,
               creditor="株式会社でじまクレジット", status="not_applicable", debtor="鬼塚亜紀", total=T, principal=P,
               interest=FEE, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=D(2025, 10, 5), last_payment=D(2025, 8, 27), reference="令和8年(ロ)第1162号",
               input_kind="pdf_scan", template="proxy12_enforceable_nagasaki_two_costs", received=D(2026, 3, 3))
    return dict(stem="z02", ext="pdf", kind="pdf_scan", pages=pages, truth=tr,
                about="payment_order_enforceable (簡裁, card 立替金)",
                unusual="仮執行宣言付支払督促 (長崎簡裁) as a 2-page image-only PDF: the title in a heavy frame; case number as a "
                        "plain first line; the original 支払督促 date 1/21 and its 送達 1/26 in one sentence (issued = the "
                        "仮執行宣言 date 2/27); a shaded 仮執行宣言 box stating 仮執行宣言手続費用 in half-width digits; "
                        "〔ご注意〕 with the 2-week objection and a note that objection does not stop enforcement; p.2 "
                        "当事者目録 in an outer-ruled frame (creditor's 送達場所 phone), 請求の趣旨 as a table of FIVE numbered "
                        "rows and a 合計 — two cost rows with no cost subtotal (costs = 4,688 + 1,382); the running item ６ "
                        "below; ショッピング利用枠３０万円 distractor; 未払手数料 → interest")


# ---------------------------------------------------------------------------------------------
# z03 大分地裁 (ワ) 第1回口頭弁論期日呼出状及び答弁書催告状 + 訴状 of a servicer (real, with 訴訟代理人), 3 digital
#     pages: p.1 the 呼出状 with 期日/場所/答弁書 as a kv block; p.2–3 the 訴状 (dated earlier) with 当事者の表示 (原告 +
#     代表者 + 訴訟代理人 with the law office's phone), 訴訟物の価額 = principal only, 貼用印紙額, 請求の趣旨 「金…及びうち金…」.


def z03():
    R = 14.6
    P, INT = 1_874_200, 41_388
    L = late(P, R, D(2025, 6, 21), D(2026, 1, 20))
    T = P + INT + L
    issued, sojo = D(2026, 2, 10), D(2026, 1, 23)
    hearing, answer = D(2026, 3, 17), D(2026, 3, 10)
    tel = "097-000-4520"
    p = Page(font="serif", size=10.5, top=16, left=24, right=22)
    p.line("令和８年（ワ）第８６号　譲受債権請求事件", size=10.5)
    p.line("原　告　セゾン債権回収株式会社", size=10.5)
    p.line("被　告　檜　山　　　聡", size=10.5)
    p.gap(8)
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", align="c", size=15, font="serif-bold")
    p.gap(6)
    p.line("被告　檜　山　　　聡　殿", size=12)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出せず、期日にも出頭"
           "しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。")
    p.gap(3)
    p.line("記", align="c")
    p.gap(2)
    p.kv([("期　　　日", f"{rw(hearing)}（{wd(hearing)}）　午前１０時３０分"),
          ("場　　　所", "大分地方裁判所　第２０２号法廷（本館２階）"),
          ("答弁書提出期限", f"{rw(answer)}（{wd(answer)}）")], x=36, label_w=36, size=11)
    p.gap(6)
    p.line(rw(issued), x=36)
    p.line("大分地方裁判所民事第１部", x=100, size=11)
    p.line("裁判所書記官　　斑　目　　　雅　人", x=100, size=11)
    p.gap(6)
    p.box(24, p.y, 164, 42, width=0.3)
    p.y += 3
    p.para("（注意）\n１　出頭の際は、この呼出状と印鑑、身分証明書をお持ちください。\n"
           "２　答弁書には、訴状に書かれた事実を認めるかどうか、あなたの言い分を記載してください。分割払いを希望する場合も、"
           "その旨を記載してください。\n３　訴状に添付された書証（甲第１号証から甲第５号証まで）の写しも同封しています。",
           x0=28, x1=184, size=9.5, indent="")
    p.gap(4)
    p.line(f"〒870-0000 大分市かすが浦九丁目9番9号　大分地方裁判所民事第１部ろ係　電話 {tel}　FAX 097-000-4529",
           x=28, size=9)
    pages = [p.spec]
    q = Page(font="serif", size=10.5, top=16, left=26, right=24)
    q.title("訴　　　　状", size=18, font="serif-bold")
    q.line(rw(sojo), align="r")
    q.line("大分地方裁判所　民事部　御中", size=11)
    q.gap(2)
    q.line("原告訴訟代理人弁護士　栗　栖　　陽　一　　㊞", x=100, size=10.5)
    q.gap(3)
    q.line("当事者の表示　　別紙当事者目録記載のとおり", size=10.5)
    q.gap(1)
    q.kv([("〒106-0000", "東京都港区あおい坂九丁目9番9号"),
          ("原　　告", "セゾン債権回収株式会社"),
          ("", "上記代表者代表取締役　勅使河原　　昭"),
          ("〒870-0000", "大分市みやこ通九丁目9番9号　こがね通りビル３階　栗栖法律事務所（送達場所）"),
          ("", "原告訴訟代理人弁護士　栗　栖　　陽　一"),
          ("", "電話 097-000-8861　ＦＡＸ 097-000-8862"),
          ("〒874-0000", "大分県別府市ゆけむり台九丁目9番9号"),
          ("被　　告", "檜　山　　　聡")], x=30, label_w=26, size=9.5)
    q.gap(3)
    q.line("譲受債権請求事件", size=11)
    q.line(f"　訴訟物の価額　　金{fw(f'{P:,}')}円", size=10.5)
    q.line("　貼用印紙額　　　金１５，０００円", size=10.5)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する{rwf(D(2026, 1, 21))}から"
           "支払済みまで年１４．６パーセントの割合による金員を支払え。", x0=30, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=30, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=30)
    q.at(105, 288, "－１－", size=9, align="c")
    pages.append(q.spec)
    s = Page(font="serif", size=10.5, top=18, left=26, right=24)
    s.line("第２　請求の原因", size=11, font="serif-bold")
    s.para("１（消費貸借契約）\n　株式会社ぶんごファイナンス（以下「原債権者」という。）は、被告に対し、令和３年１１月１５日、"
           "次の約定で金２５０万円を貸し付けた（甲第１号証）。\n（１）弁済方法　令和３年１２月から毎月２７日限り金３万５０００円"
           "ずつ８４回\n（２）利息　年１２．０パーセント\n（３）遅延損害金　年１４．６パーセント\n（４）期限の利益喪失　分割金の支払を"
           "怠り、２０日以上の期間を定めた書面による催告を受けてその期間内に支払わなかったときは、期限の利益を失う。",
           x0=30, indent="")
    s.para(f"２（期限の利益の喪失）\n　被告は、{rw(D(2025, 3, 27))}の支払を最後に支払をせず、原債権者は、同年５月２６日到達の書面で"
           f"２０日以内の支払を催告したが、被告は支払わなかった。よって、被告は、{rw(D(2025, 6, 20))}の経過により期限の"
           "利益を喪失した（甲第２号証、甲第３号証）。", x0=30, indent="")
    s.para(f"３（債権譲渡）\n　原債権者は、原告に対し、{rw(D(2025, 8, 29))}、本件貸金債権を譲渡し、同年９月３日到達の"
           "内容証明郵便をもって被告にその旨を通知した（甲第４号証、甲第５号証）。", x0=30, indent="")
    s.para(f"４（残債務）\n　本件貸金債権の残額は、元金{fk(P)}、期限の利益喪失日までの未払利息{fk(INT)}、並びに元金に対する"
           f"{rw(D(2025, 6, 21))}から{rw(D(2026, 1, 20))}までの年１４．６パーセントの割合による確定遅延損害金{fk(L)}である。",
           x0=30, indent="")
    s.para(f"５（まとめ）\n　よって、原告は、被告に対し、譲受債権に基づき、上記元金、未払利息及び確定遅延損害金の合計{fk(T)}並びに"
           f"元金に対する{rw(D(2026, 1, 21))}から支払済みまで約定の年１４．６パーセントの割合による遅延損害金の支払を求める。",
           x0=30, indent="")
    s.gap(3)
    s.line("証　拠　方　法", size=11, font="serif-bold")
    s.para("甲第１号証　金銭消費貸借契約書　　甲第２号証　取引履歴\n甲第３号証　催告書及び配達証明書　　甲第４号証　債権譲渡契約書\n"
           "甲第５号証　債権譲渡通知書及び配達証明書", x0=30, size=9.5, indent="")
    s.line("附　属　書　類", size=11, font="serif-bold")
    s.para("１　訴状副本　１通　　２　甲号証写し　各１通　　３　資格証明書　１通　　４　訴訟委任状　１通", x0=30, size=9.5,
           indent="")
    s.at(105, 288, "－２－", size=9, align="c")
    pages.append(s.spec)
    tr = truth(document_type="lawsuit", sender="大分地方裁判所", phone=tel, creditor="セゾン債権回収株式会社",
               status="licensed", original="株式会社ぶんごファイナンス", debtor="檜山聡", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, acceleration=D(2025, 6, 20),
               last_payment=D(2025, 3, 27), assignment=D(2025, 8, 29), hearing=hearing,
               reference="令和8年(ワ)第86号", input_kind="pdf_text_2page",
               template="proxy12_district_summons_servicer_counsel", received=D(2026, 2, 13))
    return dict(stem="z03", ext="pdf", kind="pdf_text_2page", pages=pages, truth=tr,
                about="lawsuit (地裁 (ワ), servicer with 訴訟代理人, 3 pages)",
                unusual="大分地裁 (ワ) 第1回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (pp.2–3), digital: case number, 原告 and "
                        "被告 as three plain lines top-left; 期日 (with weekday and clock time) / 場所 / 答弁書提出期限 as a kv "
                        "block under 記; court phone and FAX in one line at the foot; 訴状 dated 1/23 ≠ 呼出状 2/10; plaintiff "
                        "the real servicer セゾン債権回収株式会社 ★ with 代表者代表取締役 and a 訴訟代理人弁護士 whose office is "
                        "the 送達場所 (its phone a distractor); 訴訟物の価額 = the principal only, 貼用印紙額 15,000; 請求の趣旨 "
                        "「金…及びうち金…に対する…支払済みまで」; the 内訳 (元金 / 未払利息 / 確定遅延損害金) only in 請求の原因 "
                        "４ and ５; 250万 loan, 3万5000 × 84 instalments, 12％ interest rate and the 催告 到達 date as "
                        "distractors; 甲号証 list")


# ---------------------------------------------------------------------------------------------
# z04 少額訴訟 (富山簡裁 (少コ)), phone photo (HEIC): the 呼出状 and the claim on one page; a car-repair bill, partly
#     paid; 法定利率 3% running only (no fixed damages); the 通常手続移行 right explained.


def z04():
    BILL, PAID = 478_450, 50_000
    P = BILL - PAID
    issued, hearing, answer = D(2026, 3, 19), D(2026, 4, 14), D(2026, 4, 7)
    tel = "076-000-2648"
    p = Page(font="sans", size=10, top=14, left=20, right=20)
    p.at(190, 18, "令和８年（少コ）第１９号　修理代金請求事件", size=10, align="r")
    p.y = 26
    p.line("少額訴訟", align="c", size=11, font="sans-bold", color=RED)
    p.line("口頭弁論期日呼出状及び答弁書催告状", align="c", size=15, font="sans-bold")
    p.gap(3)
    p.line("被告　四方田　健　様", size=12)
    p.para("原告　株式会社たてやまオートサービス　から、あなたを被告とする少額訴訟が提起されました。期日に出頭してください。"
           "少額訴訟では、原則として１回の期日で審理を終え、その日のうちに判決が言い渡されます。証拠となる書類や証人は、"
           "期日に必ず提出・同行してください。", size=9.5)
    p.gap(2)
    y = p.y
    cell(p, 20, y, 62, 16, "期日", f"{rw(hearing)}（{wd(hearing)}）午後1時30分", lsize=8, vsize=10.5)
    cell(p, 84, y, 50, 16, "出頭場所", "富山簡裁 2階 第1号法廷", lsize=8, vsize=9.5)
    cell(p, 136, y, 54, 16, "答弁書の提出期限", f"{rw(answer)}（{wd(answer)}）", lsize=8, vsize=10.5)
    p.y = y + 21
    p.line("■ 原告の請求（訴状の要旨）", size=10.5, font="sans-bold")
    p.table([["請求の趣旨", f"被告は、原告に対し、金{P:,}円及びこれに対する令和7年11月1日から支払済みまで"],
             ["", "年3パーセントの割合による金員を支払え。訴訟費用は被告の負担とする。との判決を求める。"],
             ["紛争の要点", "原告は、令和7年8月19日、被告所有の普通乗用自動車（富山 300 ほ 00-00）の修理を"],
             ["", f"代金{BILL:,}円（支払期日 同年8月31日）で請け負い、同月28日に修理を完了して引き渡した。"],
             ["", f"被告は、令和7年10月31日に内金{PAID:,}円を支払ったのみで、残代金を支払わない。"],
             ["添付書類", "見積書、修理作業報告書兼請求書、納車受領書、入金記録（各写し）"]],
            [28, 142], size=9, row_h=7, aligns="ll", ruled="rows", shade_col0=True)
    p.gap(3)
    p.line("■ 少額訴訟についてのご注意", size=10.5, font="sans-bold")
    p.para("1　被告は、最初の期日で弁論をするまでは、通常の訴訟手続に移行させる旨の申述をすることができます。\n"
           "2　少額訴訟の判決に対しては控訴できません。判決書又は調書の送達を受けた日から2週間以内に、この裁判所に異議を"
           "申し立てることができます。\n3　分割払いを希望する場合は、答弁書にその旨と月々の支払可能額を書いてください。"
           "裁判所は、支払猶予や分割払いを定める判決をすることができます（3年以内）。", x0=22, x1=188, size=9, indent="")
    p.gap(3)
    p.line(f"{rw(issued)}", x=22)
    p.line("富山簡易裁判所 民事係　裁判所書記官　饗庭　美和", x=80, size=10.5)
    p.line(f"〒930-0000 富山市しろあと町九丁目9番9号　電話 {tel}（民事係直通）", x=80, size=9)
    p.gap(3)
    y = p.y
    p.box(20, y, 170, 14, width=0.3, color=GRAY, fill=PALE)
    p.at(24, y + 6, "原告　株式会社たてやまオートサービス　代表取締役　浦野　誠司　　〒939-0000 富山県射水市みなと台九丁目9番9号",
         size=8)
    p.at(24, y + 11, "電話 0766-00-5317　（原告の連絡先は裁判所のものではありません）", size=8)
    tr = truth(document_type="lawsuit", sender="富山簡易裁判所", phone=tel, creditor="株式会社たてやまオートサービス",
               status="not_applicable", debtor="四方田健", total=P, principal=P, rate=3.0, lump=True, issued=issued,
               last_payment=D(2025, 10, 31), hearing=hearing, reference="令和8年(少コ)第19号", input_kind="photo_heic",
               template="proxy12_small_claims_toyama_repair_bill", received=D(2026, 3, 23))
    return dict(stem="z04", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.04, tilt=2.0, creases=2, glare=18, warm=0.3),
                about="lawsuit (簡裁 少額訴訟, car-repair bill)",
                unusual="少額訴訟 (富山簡裁 (少コ)) 呼出状及び答弁書催告状 with the claim on ONE page, iPhone HEIC with tri-fold "
                        "creases and a lamp glare on a pale desk; case number flush RIGHT in the top line; 少額訴訟 in red above "
                        "the title; 期日 / 出頭場所 / 答弁書の提出期限 as three label-above-value cells (half-width era "
                        "dates, clock time); 請求の趣旨 and 紛争の要点 in a rows-ruled table: a car-repair bill 478,450 "
                        "(distractor) minus a 内金 50,000 paid 10/31 (= last payment) → the claim 428,450 with the 法定利率 "
                        "年3パーセント running only (no fixed damages → late_damages null, total = principal); the "
                        "通常手続移行 and 2-week 異議 notes; the plaintiff's own phone in a shaded strip marked as not the "
                        "court's; a car plate number")


# ---------------------------------------------------------------------------------------------
# z05 支払督促 (秋田簡裁) of a loan guarantor for its 求償金 against the debtor AND his 連帯保証人 (債務者ら 連帯して),
#     scanned: 当事者目録 with 債務者１ / 債務者２（連帯保証人）; three cost lines and NO 督促手続費用 subtotal, the
#     請求金額 including them; interest null (求償元金 = whole 代位弁済額).


def z05():
    R = 14.0
    P = 1_126_480
    L = late(P, R, D(2026, 2, 26), D(2026, 5, 11))
    COSTS = [("申立手数料", 6_000), ("送達費用", 2_198), ("書類作成及び提出費用", 1_000)]
    C = sum(a for _, a in COSTS)
    T = P + L + C
    issued = D(2026, 5, 20)
    tel = "018-000-7735"
    p = Page(font="serif", size=10, top=14, left=22, right=22)
    p.line("支払督促", align="c", size=18, font="serif-bold")
    p.line("令和８年（ロ）第６４２号　求償金請求督促事件", align="c", size=10)
    p.gap(4)
    p.para("当事者の表示　別紙当事者目録記載のとおり（下欄）", indent="")
    p.para("請求の趣旨及び原因　別紙記載のとおり（下欄）", indent="")
    p.gap(1)
    p.para("債務者らは、連帯して、債権者に対し、請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者らがこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=9.5)
    p.line(f"{rw(issued)}　　秋田簡易裁判所　裁判所書記官　左近　和義", x=60, size=10)
    p.seal(184, p.y - 3, 11, "square", "秋田簡易裁判所書記官印", angle=4, seed=12051)
    p.gap(3)
    p.add(Line(22, p.y, 188, p.y, 0.6))
    p.gap(2)
    p.line("当事者目録", size=11, font="serif-bold")
    p.kv([("債 権 者", "〒010-0000 秋田市あきたみなと町九丁目9番9号　株式会社おものがわ信用保証"),
          ("", "代表者代表取締役　八十島　俊介　　（送達場所・連絡先）求償管理課 電話 018-000-4410"),
          ("債務者１", "〒013-0000 秋田県横手市かまくら通九丁目9番9号　笹森　勇人"),
          ("債務者２", "〒013-0000 秋田県横手市かまくら通九丁目8番8号　東海林　実（連帯保証人）")], x=24, label_w=20,
         size=9)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    leader(p, "１　求償金元金", fk(P), 28, 128, size=10)
    leader(p, "２　確定遅延損害金", fk(L), 28, 128, size=10)
    p.para(f"（１の金額に対する{rwf(D(2026, 2, 26))}から{rwf(D(2026, 5, 11))}まで年１４％の割合）", x0=40, x1=186, size=8.5,
           indent="")
    for i, (lab, a) in enumerate(COSTS):
        leader(p, f"{i + 3}　{lab}", fk(a), 28, 128, size=10)
    leader(p, "請求金額（１から５まで）", fk(T), 28, 128, size=10.5, font="serif-bold")
    p.para(f"６　１の金額に対する{rwf(D(2026, 5, 12))}から完済まで年１４％（年３６５日日割計算）の割合による遅延損害金",
           x0=28, x1=186, size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    cause = [
        "１　債務者１は、平成３１年４月１０日、株式会社しらかみ銀行（以下「銀行」という。）から金１５０万円を借り受け"
        "（マイカーローン、毎月１０日限り２万１０００円ずつ返済）、債権者は、債務者１の委託を受けて、銀行に対し同債務を"
        "保証した。債務者２は、同日、債務者１の債権者に対する求償債務を連帯保証した。",
        f"２　債務者１は、{rw(D(2025, 10, 10))}の返済を最後にその後の返済を怠り、{rw(D(2026, 1, 9))}の経過により期限の"
        "利益を喪失した。",
        f"３　債権者は、{rw(D(2026, 2, 25))}、保証債務の履行として、銀行に対し残元金及び利息の合計{fk(P)}を代位弁済した。"
        "保証委託契約による遅延損害金は年１４％（年３６５日日割計算）である。",
    ]
    for c in cause:
        p.para(c, x0=24, x1=188, size=9, indent="")
    p.gap(1)
    p.box(22, p.y, 166, 11, width=0.3)
    p.at(26, p.y + 4.5, f"【お問い合わせ】秋田簡易裁判所 民事訴訟係（督促）　電話 {fw(tel)}　平日 8:30～17:00", size=9)
    p.at(26, p.y + 9, "※督促異議申立書の用紙を同封しています。お問い合わせの際は事件番号をお知らせください。", size=8)
    tr = truth(document_type="payment_order", sender="秋田簡易裁判所", phone=tel,
               creditor="株式会社おものがわ信用保証", status="not_applicable", original="株式会社しらかみ銀行",
               debtor="笹森勇人", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=D(2026, 1, 9), last_payment=D(2025, 10, 10), reference="令和8年(ロ)第642号",
               input_kind="scan_png", template="proxy12_payment_order_akita_guarantor_joint", received=D(2026, 5, 22))
    return dict(stem="z05", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, guarantor 求償金 against debtor + 連帯保証人)",
                unusual="支払督促 (秋田簡裁) on ONE dense page, scanned: title and case number centred; 「債務者らは、連帯して」 — "
                        "the 当事者目録 lists 債務者１ (the borrower = debtor) and 債務者２ (連帯保証人) with near-identical "
                        "addresses; 請求の趣旨 as dotted leaders: 求償金元金, 確定遅延損害金, then THREE cost lines (申立手数料 / "
                        "送達費用 / 書類作成及び提出費用) with NO 督促手続費用 subtotal, and 「請求金額（１から５まで）」 (costs "
                        "= their sum 9,198); the running item ６; rate written 年１４％; 150万 loan and 2万1000 instalments "
                        "(distractors); the creditor's 求償管理課 phone in the 目録 vs the court's in the お問い合わせ box "
                        "(full-width); 求償金元金 = the whole 代位弁済額 (interest null)")


# ---------------------------------------------------------------------------------------------
# z06 a lawyer's 内容証明 通知書 (縦書き), digital, on 20字×26行 pages ruled like the post-office form: the claim in
#     大字, rate 年十四・六パーセント, an absolute deadline; NO phone and NO reference number; two pages, page numbers
#     and a 契印 note; the post office's certification text.


def _naiyou_pages(cols, seed, size=13.5, top=34.0):
    """20 characters a column, 26 columns a page, with light column rules and the 内容証明 certification line."""
    em = size * PT_MM
    bottom = top + em * 1.05 * 20 + 0.5
    pitch = 6.7
    right = 189.0
    pages = vertical_page(vsafe(cols, size=size, top=top, bottom=bottom), size=size, top=top, bottom=bottom,
                          col_pitch=pitch, left_limit=right - 25.5 * pitch)
    for it in (x for pg in pages for x in pg.items if isinstance(x, VText)):
        if it.size == size:  # body columns: at most 20 characters
            assert len(it.s) <= 21, it.s
    n = len(pages)
    for i, pg in enumerate(pages):
        x0 = right - 25 * pitch - pitch / 2
        for k in range(27):
            x = x0 + k * pitch
            pg.items.append(Line(x, top - 3, x, bottom + 2, 0.12, (0.6, 0.6, 0.6)))
        pg.items.append(Line(x0, top - 3, right + pitch / 2, top - 3, 0.12, (0.6, 0.6, 0.6)))
        pg.items.append(Line(x0, bottom + 2, right + pitch / 2, bottom + 2, 0.12, (0.6, 0.6, 0.6)))
        pg.items.append(Text(105, bottom + 12, f"（{fw(str(i + 1))}／{fw(str(n))}）", 9, "serif", "c"))
        pg.items.append(Seal(40, bottom + 40, 24, "round", "郵便認証司|書留/内容/証明", angle=-10, seed=seed + i))
        pg.items.append(Text(60, bottom + 36, "この郵便物は令和　年　月　日第　　　号", 8.5, "serif"))
        pg.items.append(Text(60, bottom + 41, "書留内容証明郵便物として差し出したことを証明します。", 8.5, "serif"))
        pg.items.append(Text(60, bottom + 46, "日本郵便株式会社", 8.5, "serif"))
    return pages


def z06():
    R = 14.6
    P, FEE = 1_236_800, 27_412
    L = late(P, R, D(2025, 11, 29), D(2026, 2, 27))
    T = P + FEE + L
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社くれない信販（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "以下のとおり通知いたします。"),
        ("body", "貴殿は、通知人との間で、令和四年六月十八日、リフォーム工事代金の立替払を内容とする個品割賦購入あっせん契約"
                 "を締結されました。"),
        ("body", "しかるに貴殿は、令和七年九月二十七日の支払を最後にその後の分割金の支払を怠り、通知人からの書面による催告にも"
                 "応じられず、令和七年十一月二十八日の経過をもって期限の利益を喪失されました。"),
        ("body", "よって、通知人は貴殿に対し、左記の金員の支払を請求いたします。"),
        ("indent", "記"),
        ("indent", "一　立替金残元金"),
        ("plain", "　　" + dj(P)),
        ("indent", "二　未払分割手数料"),
        ("plain", "　　" + dj(FEE)),
        ("indent", "三　遅延損害金"),
        ("plain", "　　" + dj(L)),
        ("body", "（右一に対する令和七年十一月二十九日から令和八年二月二十七日まで年十四・六パーセントの割合）"),
        ("indent", "四　合計"),
        ("plain", "　　" + dj(T)),
        ("body", "右合計額を令和八年三月十三日限り、左記口座にお振込みください。なお、令和八年二月二十八日以降も、右一に対し"
                 "年十四・六パーセントの割合による遅延損害金が生じます。"),
        ("body", "振込先　ひがし湊銀行　県庁前支店　普通預金　口座番号〇四八八一七二　口座名義　弁護士漆原孝明預り金口"),
        ("body", "右期限までにお支払いのない場合には、通知人の意向により、直ちに訴訟提起等の法的手続に移行いたしますので、"
                 "念のため申し添えます。"),
        ("body", "なお、本件のご連絡は、すべて当職宛てに書面でお願いいたします。"),
        ("bottom", "草々"),
        ("low", "令和八年二月二十七日"),
        ("plain", "新潟市中央区ばんだい通九丁目九番九号"),
        ("plain", "　　　　　　　　漆原法律事務所"),
        ("plain", "通知人代理人　弁護士　漆原孝明"),
        ("blank", ""),
        ("plain", "新潟県長岡市ゆきぐに町九丁目九番九号"),
        ("plain", "被通知人　鷲見里美　殿"),
    ]
    assert all(len(t) <= 20 for k, t in cols if k == "plain"), [t for k, t in cols if len(t) > 20]
    pages = _naiyou_pages(cols, 12061)
    assert len(pages) == 2, len(pages)
    _seal_on(pages[-1], "通知人代理人", "maru", "漆原", 12062, dy=2.5, size=7)
    tr = truth(document_type="collection_notice", sender="漆原法律事務所", creditor="株式会社くれない信販",
               status="not_applicable", debtor="鷲見里美", total=T, principal=P, interest=FEE, late_damages=L, rate=R,
               lump=True, issued=D(2026, 2, 27), payment_due=D(2026, 3, 13), acceleration=D(2025, 11, 28),
               last_payment=D(2025, 9, 27), input_kind="vertical_pdf",
               template="proxy12_vertical_naiyou_20x26_lawyer", received=D(2026, 3, 2))
    return dict(stem="z06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (縦書き 内容証明 20字×26行, lawyer for a 信販, 2 pages)",
                unusual="a lawyer's 縦書き 内容証明 通知書 (冠省 … 草々) set like the post-office form: 20 characters a column, "
                        "26 ruled columns a page, TWO pages with （１／２） page marks, the printed certification text "
                        "「この郵便物は…書留内容証明郵便物として差し出したことを証明します」 and a 郵便認証司 stamp on each page; "
                        "記 with each amount in 大字 on its own lowered column (金壱百弐拾参万六千八百円 …) under its label; "
                        "rate 年十四・六パーセント; 令和八年三月十三日限り; a ひがし湊銀行 預り金口 account; NO phone and NO "
                        "reference number anywhere (both null); sender and addressee at the very end (被通知人 … 殿); "
                        "個品割賦 contract date 令和四年 (distractor)")


# ---------------------------------------------------------------------------------------------
# z07 司法書士 請求書 (縦書き), scanned: to the debtor AND the 連帯保証人 (two addressees), 認定司法書士 with a 法務大臣
#     認定番号 (not a servicer licence), positional kanji amounts, a RELATIVE deadline (本書到達の日から七日以内).


def z07():
    R = 14.6
    P, INT = 986_400, 12_340
    L = late(P, R, D(2026, 2, 21), D(2026, 4, 10))
    T = P + INT + L
    cols = [
        ("title", "請求書"),
        ("body", "前略　当事務所は、株式会社ひよりやオートクレジット（以下「依頼者」といいます。）の依頼により、本件の"
                 "裁判外の和解交渉及び請求について代理人となりましたので、ご連絡申し上げます。"),
        ("body", "主債務者鍋島健太郎殿は、依頼者との間で、令和五年五月十二日、自動車購入代金に係るオートローン契約を締結"
                 "し、連帯保証人糸賀和子殿は、同日、同契約に基づく主債務者の一切の債務を連帯保証されました。"),
        ("body", "しかしながら、主債務者は令和七年十一月二十七日のご入金を最後にお支払いを怠られ、令和八年二月二十日の経過を"
                 "もって期限の利益を喪失されました。本日現在の残債務は次のとおりです。"),
        ("indent", f"一　残元金　　　　　{kj(P)}"),
        ("indent", f"二　未収利息　　　　{kj(INT)}"),
        ("indent", f"三　遅延損害金　　　{kj(L)}"),
        ("plain", "　　（令和八年二月二十一日から同年四月十日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　　{kj(T)}"),
        ("body", "つきましては、本書到達の日から七日以内に、右合計額を主債務者及び連帯保証人において連帯してお支払いください。"
                 "期間内にお支払い又はご連絡のない場合は、やむを得ず支払督促等の法的手続をとらせていただきます。"),
        ("body", "なお、分割でのお支払いをご希望の場合は、期間内に当事務所までご相談ください。"),
        ("low", "当事務所整理番号　ＳＮ２６－０４８"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和八年四月十日"),
        ("low", "新潟市中央区しなの川通九丁目九番九号"),
        ("low", "仁平司法書士事務所　電話〇二五（〇〇〇）四六一八"),
        ("low", "依頼者代理人　司法書士　仁平　直美"),
        ("low", "（簡裁訴訟代理等関係業務認定番号第八〇一二三四号）"),
        ("blank", ""),
        ("low", "新潟県三条市かなもの町九丁目九番九号"),
        ("low", "主債務者　鍋島　健太郎　殿"),
        ("low", "新潟県燕市つばめ台九丁目九番九号"),
        ("low", "連帯保証人　糸賀　和子　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "依頼者代理人", "maru", "仁平", 12071, dy=3.0, size=7)
    tr = truth(document_type="collection_notice", sender="仁平司法書士事務所", phone="025-000-4618",
               creditor="株式会社ひよりやオートクレジット", status="not_applicable", debtor="鍋島健太郎", total=T,
               principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=D(2026, 4, 10),
               acceleration=D(2026, 2, 20), last_payment=D(2025, 11, 27), reference="SN26-048",
               input_kind="vertical_scan", template="proxy12_vertical_shihoshoshi_debtor_and_guarantor",
               received=D(2026, 4, 13))
    return dict(stem="z07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (縦書き, 司法書士 for an auto-loan company, debtor + 連帯保証人)",
                unusual="縦書き 請求書 (前略 … 草々) from an individual 司法書士's office for an auto-loan company, scanned; "
                        "addressed to TWO people at the end — 主債務者 (= debtor) and 連帯保証人 with their own addresses, "
                        "both also named in the prose; positional kanji amounts 金九十八万六千四百円 …; window column with "
                        "年十四・六パーセント; RELATIVE deadline only 「本書到達の日から七日以内」 (payment_due null); a "
                        "「簡裁訴訟代理等関係業務認定番号第八〇一二三四号」 in kanji digits (NOT a servicer licence); "
                        "full-width 整理番号 ＳＮ２６－０４８; phone in kanji digits with a 3-digit exchange inside the "
                        "office column")


# ---------------------------------------------------------------------------------------------
# z08 a law firm's 受任通知兼請求書 for a servicer (which bought the claim), 2-page fax: p.1 a FAX送付状 grid (宛先,
#     送信元 TEL/FAX, 枚数, 通信欄) with no amounts; p.2 the notice with a 譲渡 history box, a rows table of the claim with
#     ￥…- amounts and a framed deadline.


def z08():
    R = 18.0
    P, INT = 742_650, 15_908
    L = late(P, R, D(2025, 9, 3), D(2026, 1, 26))
    T = P + INT + L
    issued = D(2026, 1, 26)
    due = D(2026, 2, 9)
    tel, fax = "03-0000-2585", "03-0000-2586"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line("ＦＡＸ送付状", align="c", size=20, font="sans-bold")
    p.gap(4)
    p.line(f"送信日　{issued.year}年{issued.month}月{issued.day}日（{wd(issued)}）", align="r", size=10)
    p.gap(2)
    p.table([["宛　先", "阿久津塗装　阿久津　和樹　様"], ["貴ＦＡＸ番号", "0263-00-7791"],
             ["送信元", "弁護士法人あまぎり総合法律事務所　弁護士　的場　浩二"], ["ＴＥＬ／ＦＡＸ", f"{tel}／{fax}"],
             ["送信枚数", "２枚（本状を含む）"]], [36, 130], size=10.5, row_h=10, aligns="ll", shade_col0=True)
    p.gap(6)
    p.line("【通信欄】", size=10.5, font="sans-bold")
    p.para("いつもお世話になっております。ご自宅に郵送いたしました書面と同じ内容のものを、念のため貴事業所あてにも送信いたし"
           "ます。ご確認のうえ、当職までご連絡くださいますようお願いいたします。", x0=24, x1=186, size=10)
    p.gap(4)
    p.para("※本ファクシミリは機密情報を含みます。誤って受信された場合は、お手数ですが上記電話番号までご連絡のうえ、破棄して"
           "ください。", x0=24, x1=186, size=8.5, indent="")
    pages = [p.spec]
    q = Page(font="sans", size=10, top=14, left=22, right=22)
    q.line(f"{issued.year}年{issued.month}月{issued.day}日", align="r")
    q.line("阿久津　和樹　様", size=12)
    q.gap(1)
    q.line("弁護士法人あまぎり総合法律事務所", x=118, size=10.5, font="sans-bold")
    q.line("〒102-0000 東京都千代田区きおい坂九丁目9番9号", x=118, size=8)
    q.line(f"TEL {tel}　FAX {fax}", x=118, size=8.5)
    q.line("弁護士　的場　浩二", x=118, size=9.5)
    q.gap(3)
    q.line("受任のご通知及びご請求", align="c", size=15, font="sans-bold")
    q.gap(1)
    q.para("当法人は、かざはな債権回収株式会社（以下「依頼者」といいます。）から、依頼者が貴殿に対して有する下記債権の"
           "回収について委任を受けましたので、ご通知いたします。今後、本件に関するご連絡は、依頼者ではなく当法人の担当"
           "弁護士宛てにお願いいたします。")
    q.gap(1)
    y = q.y
    q.box(22, y, 166, 20, width=0.3, color=GRAY, fill=PALE)
    q.at(25, y + 5, "〈債権の経緯〉", size=9, font="sans-bold")
    q.at(25, y + 10, "原契約　株式会社みつまたローンとの金銭消費貸借契約（令和4年2月14日、貸付額1,000,000円、利率年15.0％）",
         size=8.5)
    q.at(25, y + 15, "期限の利益喪失 2025年9月2日（最終ご返済日 2025年6月30日） → 債権譲渡 2025年11月7日（譲渡人 同社）",
         size=8.5)
    q.y = y + 24
    q.line(f"■ ご請求金額（{issued.year}年{issued.month}月{issued.day}日現在）", size=10.5, font="sans-bold")
    q.table([["残元金", f"￥{P:,}-", ""], ["未払利息", f"￥{INT:,}-", "期限の利益喪失日まで"],
             ["遅延損害金", f"￥{L:,}-", "2025年9月3日から本日まで 年18.0％"],
             ["ご請求金額合計", f"￥{T:,}-", ""]], [44, 40, 82], x=22, size=10.5, row_h=8.5, aligns="lrl", ruled="rows")
    q.gap(4)
    y = q.y
    q.box(22, y, 166, 14, width=0.9)
    q.at(26, y + 6, f"お支払期限　{due.year}年{due.month}月{due.day}日（{wd(due)}）までに一括でお振込みください", size=10.5,
         font="sans-bold")
    q.at(26, y + 11.5, "振込先　みちしお銀行 九段支店 普通 2285410　ﾍﾞﾝｺﾞｼﾎｳｼﾞﾝｱﾏｷﾞﾘｿｳｺﾞｳﾎｳﾘﾂｼﾞﾑｼｮ ｱｽﾞｶﾘｷﾝｸﾞﾁ", size=8.5)
    q.y = y + 18
    q.para("期限までにお支払い又はご連絡がない場合は、依頼者と協議のうえ、訴訟の提起等の法的措置をとることになります。"
           "分割でのお支払いをご希望の場合は、期限までに当法人にご相談ください。", size=9.5)
    q.line("当法人事件番号　26-AG-0412　（お問い合わせの際にお伝えください）", size=9.5)
    pages.append(q.spec)
    tr = truth(document_type="collection_notice", sender="弁護士法人あまぎり総合法律事務所", phone=tel,
               creditor="かざはな債権回収株式会社", status="not_applicable", original="株式会社みつまたローン",
               debtor="阿久津和樹", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2025, 9, 2), last_payment=D(2025, 6, 30), assignment=D(2025, 11, 7),
               reference="26-AG-0412", input_kind="fax_tiff", template="proxy12_law_firm_for_servicer_fax",
               received=issued)
    return dict(stem="z08", ext="tif", kind="fax_tiff", pages=pages, truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:42  FROM:AMAGIRI LAW {fax}",
                about="collection_notice (law firm 受任 for a servicer, by fax)",
                unusual="2-page G4 fax from a 弁護士法人 instructed by a SERVICER that bought the claim: p.1 a ＦＡＸ送付状 grid "
                        "(宛先 the debtor's 塗装 business, 貴ＦＡＸ番号, 送信元, ＴＥＬ／ＦＡＸ on one line, 送信枚数) and a 通信欄, "
                        "no amounts; p.2 受任のご通知及びご請求 with the firm block TOP-RIGHT under the addressee; a shaded "
                        "〈債権の経緯〉 box with the original loan (1,000,000, 15.0％, 令和4年 — distractors), the acceleration, "
                        "the last payment and the 譲渡 on one arrow line with 「譲渡人 同社」 (western dates); a rows-only table of ￥…- amounts "
                        "with notes in a third column; a heavy-framed お支払期限 with weekday; the client servicer "
                        "かざはな債権回収 (invented) prints NO licence number; 当法人事件番号 at the foot; the fax header "
                        "shows the FAX number")


LETTERS = [z01, z02, z03, z04, z05, z06, z07, z08]
