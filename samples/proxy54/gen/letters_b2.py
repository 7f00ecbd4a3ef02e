"""Proxy set 54, letters bk09–bk16: "hard images, third round". A guarantee company's 求償金 demand photographed
sideways (EXIF 8, bk09); four letters a client faxed on to the support office — a 代位弁済通知 with a vertical streak
(bk10), a 縦書き joint 債権譲渡通知 (bk11), a 仮執行宣言付支払督促 of two pages (bk12), an invented servicer's demand
sent dark (bk13); a two-page servicer letter scanned as ONE image with both A4 pages side by side (bk14); a 和解 proposal
scanned after the support office stamped its 受付印 over the total and wrote a note in the margin (bk15); a lawyer's
縦書き 催告書, scanned (bk16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    NAVY,
    RED,
    WHITE,
    Box,
    Page,
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
FOREST = (0.10, 0.35, 0.20)
MAROON = (0.50, 0.08, 0.12)


def wj(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rj(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def en(n: int) -> str:
    return f"{n:,}円"


def add_up(total: int, *parts: int) -> int:
    assert sum(parts) == total, (parts, total)
    return total


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bk09 guarantee company 求償金のご請求, total box on the left, photographed sideways (EXIF orientation 8).


def bk09():
    R = 14.0
    issued, due = D(2026, 1, 13), D(2026, 1, 30)
    subro, acc, lastp = D(2025, 12, 15), D(2025, 11, 4), D(2025, 8, 26)
    P = 3_862_410
    L = late(P, R, subro + timedelta(1), issued)
    T = add_up(P + L, P, L)
    p = Page(font="sans", size=10, top=16)
    p.at(18, 20, "〒320-0000　栃木県宇都宮市雁来台九丁目9番9号", size=9.5)
    p.at(22, 28, "鷲尾谷　康平　様", size=13.5)
    p.at(192, 18, f"{rj(issued)}", size=10, align="r")
    p.at(192, 23.5, "保証番号　SK-07-33120", size=10, align="r")
    for i, s in enumerate(["株式会社篠懸信用保証", "債権管理部　求償債権課", "〒530-0000 大阪府大阪市北区釣鐘町九丁目9番9号",
                           "TEL 06-0000-5517　担当　雲林院"]):
        p.at(192, 32 + i * 5, s, size=11 if i == 0 else 8.8, align="r", font="sans-bold" if i == 0 else "sans")
    p.add(Seal(182, 33, 12, "square", "篠懸信用保証之印", angle=5, seed=54091))
    p.y = 56
    p.title("求償金のご請求", size=16, color=FOREST)
    p.para(f"当社は、貴殿が株式会社瑞穂野銀行から借り入れられた住宅ローン（平成27年5月29日ご契約）の保証人として、同行の請求に"
           f"基づき{rj(subro)}に保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para(f"貴殿は{rj(lastp)}のご返済を最後にお支払いがなく、{rj(acc)}に同行に対する期限の利益を喪失されています。当社は代位"
           "弁済により取得した求償権に基づき、下記金額のお支払いを請求いたします。", size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 70, 38, 1.2, FOREST, (0.92, 0.96, 0.93)))
    p.at(53, y + 9, "ご請求金額", size=11, font="sans-bold", color=FOREST, align="c")
    p.at(53, y + 21, en(T), size=16, font="sans-bold", align="c")
    p.at(53, y + 31, f"お支払期限　{due.month}月{due.day}日（{wd(due)}）", size=10, font="sans-bold", color=RED,
         align="c")
    rows = [["求償元金（代位弁済額）", en(P)], [f"損害金（年{R:.1f}％）", en(L)], ["合　計", en(T)]]
    p.y = y + 2
    p.table(rows, [58, 38], x=96, size=9.8, row_h=9, aligns="lr", shade_col0=True)
    p.line(f"損害金は{rj(subro + timedelta(1))}から請求日までの日割計算", x=96, size=7.8)
    p.y = y + 44
    p.line("代位弁済の内容（ご参考）", size=10, font="sans-bold")
    p.table([["代位弁済日", rj(subro)], ["代位弁済額", en(P)], ["　うち元金", "3,804,622円"],
             ["　うち利息・損害金", "57,788円"], ["当初ご融資額", "29,800,000円"]], [60, 60], x=18, size=9.3, row_h=7,
            aligns="lr", ruled="rows")
    assert P == 3_804_622 + 57_788
    p.gap(3)
    p.line("お振込先", size=10, font="sans-bold")
    p.para("瑞穂野銀行　梅田支店　普通預金　4407218　カ）ササカケシンヨウホショウ", size=9.3, indent="")
    p.para("お支払期限までにお支払いまたはご連絡がない場合、担保不動産について競売の申立てを行うことがあります。", size=9.3,
           indent="")
    tr = truth(document_type="collection_notice", sender="株式会社篠懸信用保証", phone="06-0000-5517",
               creditor="株式会社篠懸信用保証", status="not_applicable", original="株式会社瑞穂野銀行",
               debtor="鷲尾谷康平", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="SK-07-33120",
               input_kind="photo_exif_rotated", template="proxy54_guarantor_recourse_total_box_exif8",
               received=D(2026, 1, 15))
    return dict(stem="bk09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="wood", fill=0.85, keystone=0.06, tilt=3.0, creases=2, shadow=0.4, shadow_side="bottom",
                          blur=0.95),
                about="collection_notice (guarantee company 求償金, EXIF 8)",
                unusual="phone photo stored SIDEWAYS with EXIF orientation 8, on wood with tri-fold creases and the "
                        "photographer's shadow across the foot; the TOTAL in a green box on the LEFT with the due date "
                        "inside it as 「1月30日（金）」 (year from the letter date), the breakdown in a shaded table to its "
                        "right 求償元金（代位弁済額） / 損害金（年14.0％） / 合計 (no interest); the bank's 喪失 date and last "
                        "payment in the prose; a 代位弁済の内容（ご参考） table whose うち元金 / うち利息・損害金 split of the "
                        "代位弁済額 and 当初ご融資額 29,800,000 are history, not fields")


# ---------------------------------------------------------------------------------------------
# bk10 guarantee company 代位弁済のご通知, forwarded by the client as a standard-resolution fax with a vertical streak.


def bk10():
    R = 14.6
    issued, due = D(2026, 3, 18), D(2026, 4, 3)
    subro, acc, lastp = D(2026, 3, 10), D(2026, 1, 20), D(2025, 10, 27)
    P = 1_684_300
    L = late(P, R, subro + timedelta(1), issued)
    T = add_up(P + L, P, L)
    p = Page(font="sans", size=10.5, top=18)
    p.at(192, 20, rj(issued), size=10.5, align="r")
    p.at(192, 26, "お客様番号　SZ-260310-0448", size=10.5, align="r")
    p.at(18, 28, "愛媛県松山市橡ノ木九丁目9番9号", size=10.5)
    p.at(22, 36, "柊平　真理子　様", size=14)
    for i, s in enumerate(["山査子保証株式会社", "求償管理部", "〒790-0000 愛媛県松山市柚子ヶ丘九丁目9番9号",
                           "電話 089-000-2380　FAX 089-000-2381"]):
        p.at(192, 36 + i * 5.5, s, size=12 if i == 0 else 10, align="r", font="sans-bold" if i == 0 else "sans")
    p.y = 62
    p.title("代位弁済のご通知", size=18)
    p.para(f"当社が保証いたしました株式会社しろだも銀行のお借入れにつきまして、貴殿は{rj(acc)}に期限の利益を喪失され"
           f"ました。つきましては、保証契約に基づき、当社は{rj(subro)}に同行へ下記のとおり代位弁済いたしましたので、"
           "ご通知申し上げます。", size=10.5)
    p.para("今後は当社が貴殿に対し求償権を行使いたします。下記ご請求額をお支払期限までにお支払いください。", size=10.5)
    p.gap(2)
    p.line("記", align="c", size=11)
    rows = [["代位弁済日", rj(subro)], ["最終ご返済日（銀行）", rj(lastp)],
            ["求償元本（代位弁済額）", en(P)], [f"損害金（年{R}％）", en(L)], ["ご請求額", en(T)]]
    p.table(rows, [72, 70], x=34, size=11.5, row_h=10.5, aligns="lr")
    p.line(f"（損害金は求償元本に対し{rj(subro + timedelta(1))}から本書作成日までの日割計算です）", x=34, size=9)
    p.gap(4)
    y = p.y
    p.add(Box(34, y, 142, 14, 1.2))
    p.at(40, y + 9.4, "お支払期限", size=12, font="sans-bold")
    p.at(80, y + 9.8, f"{rj(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 20
    p.para("お振込先　しろだも銀行　大街道支店　普通預金　5530917　サンザシホショウ（カ", size=10.5, indent="")
    p.para("分割でのお支払いをご希望の方は、期限までに当社求償管理部へご相談ください。", size=10.5)
    tr = truth(document_type="acceleration_notice", sender="山査子保証株式会社", phone="089-000-2380",
               creditor="山査子保証株式会社", status="not_applicable", original="株式会社しろだも銀行",
               debtor="柊平真理子", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="SZ-260310-0448",
               input_kind="fax_tiff", template="proxy54_guarantor_subrogation_fax_streak", received=D(2026, 3, 20))
    return dict(stem="bk10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr, streak=0.265,
                fax_header="2026/03/23 09:41  FROM:0000-00-4417",
                about="acceleration_notice (guarantee company 代位弁済, forwarded fax with a streak)",
                unusual="the client's FORWARDED copy as a G4 fax at standard resolution (200×100 dpi, squashed, noisy "
                        "threshold) with a VERTICAL black STREAK down the whole page from dirty scanner glass, through the "
                        "labels of the table; the fax header carries the forwarding date 2026/03/23 (not a letter date); "
                        "a 5-row table mixing dates and amounts (代位弁済日 / 最終ご返済日（銀行） / 求償元本（代位弁済額） / "
                        "損害金 / ご請求額); the bank's 喪失 date in the prose; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bk11 縦書き joint 債権譲渡通知書, bank → real servicer (SMBC), forwarded by fax.


def bk11():
    R = 14.0
    issued, assign = D(2026, 3, 4), D(2026, 2, 27)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 5)
    P, I = 1_552_718, 21_406
    L = late(P, R, acc + timedelta(1), assign)
    T = add_up(P + I + L, P, I, L)
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清栄のこととお慶び申し上げます。"),
        ("body", f"さて、譲渡人株式会社雁来銀行は、貴殿に対して有する左記債権を、{kdate(assign)}付で、譲受人ＳＭＢＣ債権回収株式会社に"
                 "譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人連名にてご通知申し上げます。"),
        ("body", "今後のお支払い及びご連絡は、譲受人あてにお願い申し上げます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　平成二十九年十一月十日付金銭消費貸借契約"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲渡債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　{kyen(L)}"),
        ("plain", "　　　（年十四パーセント）"),
        ("plain", f"　　合計　　　　{kyen(T)}"),
        ("indent", "五　債権番号　ＳＭ－２６０３－１１８"),
        ("bottom", "以上"),
        ("low", kdate(issued)),
        ("low", "譲渡人　東京都中央区鳩笛九丁目九番九号"),
        ("low", "　株式会社雁来銀行"),
        ("low", "　代表取締役　鵜ノ澤　昭"),
        ("low", "譲受人　東京都中央区釣鐘町九丁目九番九号"),
        ("low", "　ＳＭＢＣ債権回収株式会社"),
        ("low", "　法務大臣許可番号第十号"),
        ("low", "　電話　〇三（〇〇〇〇）五五一〇"),
        ("low", "福島県郡山市女郎花九丁目九番九号"),
        ("low", "千艘　隆之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 54111))
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-5510", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社雁来銀行", debtor="千艘隆之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SM-2603-118", input_kind="fax_tiff", template="proxy54_vertical_joint_assignment_fax",
               received=D(2026, 3, 6))
    return dict(stem="bk11", ext="tif", kind="fax_tiff", pages=pages, truth=tr, bold=True,
                fax_header="2026/03/09 14:02  FROM:0000-00-7285",
                about="assignment_notice (joint, bank → real servicer, 縦書き, forwarded fax)",
                unusual="a 縦書き 内容証明 債権譲渡通知書 with the post-office stamp, FORWARDED BY FAX: standard resolution "
                        "squashes every vertical column to half height; amounts in positional kanji (金百五十五万二千七百十八円"
                        " …), dates in kanji, the rate on its own line; both notifiers at the foot, the 譲受人 ★ ＳＭＢＣ債権"
                        "回収株式会社 in full-width Latin with 「法務大臣許可番号第十号」 in kanji; phone 〇三（〇〇〇〇）五五一〇; "
                        "full-width 債権番号 ＳＭ－２６０３－１１８; 民法第四百六十七条 and the 平成二十九年 contract as "
                        "numbers that are not fields; informs only")


# ---------------------------------------------------------------------------------------------
# bk12 仮執行宣言付支払督促 (2 pages), real servicer creditor; forwarded by fax.


def bk12():
    R = 14.6
    issued, order, served, filed = D(2026, 4, 8), D(2026, 3, 4), D(2026, 3, 7), D(2026, 3, 25)
    acc, assign, lastp, until = D(2025, 9, 30), D(2025, 12, 12), D(2025, 7, 31), D(2026, 2, 20)
    P, I = 452_880, 6_310
    L = late(P, R, acc + timedelta(1), until)
    C1, C2 = 3_860, 1_186
    C = C1 + C2
    T = add_up(P + I + L + C, P, I, L, C)
    p1 = Page(font="sans", size=11, top=20)
    p1.at(192, 22, "事件番号　" + fw("令和8年（ロ）第97号"), size=11, align="r")
    p1.y = 30
    p1.title("仮執行宣言付支払督促", size=18)
    p1.para("当事者の表示　別紙当事者目録記載のとおり", size=11, indent="")
    p1.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=11, indent="")
    p1.gap(3)
    p1.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=11)
    p1.gap(3)
    p1.para(f"上記の支払督促は、{rj(order)}に発付され、{rj(served)}に債務者に送達されたが、債務者は法定期間内に督促異議"
            f"の申立てをしなかった。よって、債権者の申立て（{rj(filed)}）により、手続費用額金1,186円を付加して、"
            "仮執行の宣言をする。", size=11)
    p1.gap(6)
    p1.at(192, p1.y, rj(issued), size=11, align="r")
    p1.y += 7
    p1.at(192, p1.y, "人吉簡易裁判所", size=11, align="r")
    p1.y += 7
    p1.at(192, p1.y, "裁判所書記官　雲林院　正道", size=11, align="r")
    p1.y += 7
    p1.at(192, p1.y, "電話 0966-00-3105", size=10.5, align="r")
    p1.y += 12
    y = p1.y
    p1.add(Box(18, y, 174, 42, 0.8))
    for i, s in enumerate(["この書面を受け取った方へ",
                           "1　この仮執行宣言付支払督促に不服があるときは、受け取った日から2週間以内に、",
                           "　　この裁判所に督促異議を申し立てることができます。",
                           "2　申立てをしないと、この支払督促は確定判決と同一の効力を有することになります。",
                           "3　督促異議を申し立てても、強制執行は当然には停止されません。"]):
        p1.at(22, y + 8 + i * 7.5, s, size=11 if i == 0 else 10, font="sans-bold" if i == 0 else "sans")
    p2 = Page(font="sans", size=10.5, top=27)
    p2.line("当事者目録", size=13, font="sans-bold", align="c")
    p2.gap(2)
    p2.kv([("債権者", "東京都豊島区雁来台九丁目9番9号"), ("", "セゾン債権回収株式会社"),
           ("", "代表者代表取締役　紺野谷　徹"), ("", "（送達場所）電話 03-0000-3408　FAX 03-0000-3409"),
           ("債務者", "熊本県人吉市蜻蛉九丁目9番9号"), ("", "丹後谷　結衣")], label_w=24, size=10.5)
    p2.gap(5)
    p2.line("請求の趣旨及び原因", size=13, font="sans-bold", align="c")
    p2.gap(2)
    rows = [["項目", "金額（円）"], ["元金", f"{P:,}"], ["利息", f"{I:,}"],
            [f"確定遅延損害金（{rj(acc + timedelta(1))}～{rj(until)}）", f"{L:,}"],
            ["督促手続費用", f"{C1:,}"], ["仮執行宣言手続費用", f"{C2:,}"], ["合計", f"{T:,}"]]
    p2.table(rows, [120, 50], x=20, size=10.5, row_h=9, header=True, aligns="lr")
    p2.gap(2)
    p2.para(f"上記元金に対する{rj(until + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", size=10)
    p2.gap(3)
    p2.para(f"（請求の原因）債務者は株式会社カタクリ信販との間で令和3年4月9日にカード利用契約を締結したが、{rj(lastp)}の"
            f"支払を最後に支払を怠り、{rj(acc)}の経過により期限の利益を喪失した。債権者は{rj(assign)}、同社から本件債権を"
            "譲り受けた。", size=10)
    tr = truth(document_type="payment_order_enforceable", sender="人吉簡易裁判所", phone="0966-00-3105",
               creditor="セゾン債権回収株式会社", status="licensed", original="株式会社カタクリ信販",
               debtor="丹後谷結衣", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第97号", input_kind="fax_tiff",
               template="proxy54_enforceable_order_two_page_fax", received=D(2026, 4, 10))
    return dict(stem="bk12", ext="tif", kind="fax_tiff", pages=[p1.spec, p2.spec], truth=tr,
                fax_header="2026/04/13 16:27  FROM:0000-00-9153",
                about="payment_order_enforceable (簡裁, real servicer creditor, 2-page forwarded fax)",
                unusual="a 2-page 仮執行宣言付支払督促 of a court not used before (人吉簡裁), forwarded by fax at standard "
                        "resolution; p.1 the dates of the 支払督促 (3/4), its 送達 (3/7) and the 申立て (3/25) in one "
                        "sentence before the 仮執行 date, the cost 「手続費用額金1,186円」 only in prose; p.2 当事者目録 "
                        "(creditor ★ セゾン債権回収株式会社, no licence number: court paper; 送達場所 phone/FAX as "
                        "distractors) and a 項目 / 金額（円） table with bare numbers and TWO cost rows (督促手続費用 / "
                        "仮執行宣言手続費用 → costs = sum); the running damages line below")


# ---------------------------------------------------------------------------------------------
# bk13 invented servicer ご入金のお願い, forwarded by fax from a convenience-store machine: dark and heavy.


def bk13():
    R = 18.0
    issued, due = D(2026, 5, 11), D(2026, 5, 25)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 7, 2), D(2025, 4, 28)
    P, I = 218_560, 3_904
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(18, 14, 174, 12, color=None, fill=MAROON))
    p.at(22, 22.5, "鹿子木債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 30, "法務大臣許可番号 第246号", size=10.5, align="r")
    p.at(18, 34, "〒910-0000　福井県福井市撫子坂九丁目9番9号", size=10)
    p.at(22, 42, "垂水田　誠司　様", size=14)
    p.at(192, 37, "作成日 " + rj(issued), size=10, align="r")
    p.at(192, 43, "ご契約者番号 KN-3107-552", size=10, align="r")
    p.y = 50
    p.title("ご入金のお願い", size=17)
    p.para(f"当社は、{rj(assign)}付で株式会社女郎花信販より貴殿に対する債権を譲り受けた債権回収会社です。"
           f"本債権は{rj(acc)}に期限の利益を喪失しており、{rj(lastp)}以降ご入金がございません。", size=10.5)
    p.para("下記のご請求額を期限までにご入金ください。ご入金が難しい場合でも、必ず期限までにご連絡ください。", size=10.5)
    p.gap(2)
    p.table([["元　金", "利　息", "遅延損害金", "ご請求額"], [en(P), en(I), en(L), en(T)]], [42, 40, 44, 48], x=18,
            header=True, size=11.5, row_h=11, aligns="rrrr")
    p.line(f"遅延損害金：元金に対し年{R:.1f}％（{rj(acc + timedelta(1))}から作成日まで）", x=18, size=9)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 16, 1.5))
    p.at(24, y + 10.5, "ご入金期限", size=12, font="sans-bold")
    p.at(66, y + 11, f"{rj(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.y = y + 22
    p.kv([("お振込先", "くぬぎ野銀行　福井支店　普通　2290641"), ("口座名義", "カノコギサイケンカイシュウ（カ"),
          ("お問合せ", "TEL 0776-00-2460（平日 10:00～18:00）担当 鵜ノ澤"),
          ("本社", "〒104-0000 東京都中央区藤袴九丁目9番9号")], label_w=26, size=10)
    p.gap(3)
    p.para("※当社は法務大臣の許可を受けた債権回収会社です。当社の許可は法務省ホームページでご確認いただけます。"
           "お心当たりのない場合もご連絡ください。", size=9)
    tr = truth(document_type="collection_notice", sender="鹿子木債権回収株式会社", license_number=246,
               phone="0776-00-2460", creditor="鹿子木債権回収株式会社", status="unverified",
               original="株式会社女郎花信販", debtor="垂水田誠司", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="KN-3107-552", input_kind="fax_tiff",
               template="proxy54_invented_servicer_demand_dark_fax", received=D(2026, 5, 13))
    return dict(stem="bk13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr, bold=True,
                fax_header="2026/05/14 11:18  FROM:0000-00-6620",
                about="collection_notice (INVENTED servicer, dark forwarded fax)",
                unusual="forwarded fax sent DARK (the copy was set to 'darker': every stroke thickened, the maroon band "
                        "black with the name knocked out in white); INVENTED servicer 鹿子木債権回収株式会社 with "
                        "「法務大臣許可番号 第246号」 right under the band (→ unverified); ご契約者番号 as the reference; a "
                        "4-column one-row table 元　金 / 利　息 / 遅延損害金 / ご請求額; ご入金期限 with weekday in a heavy "
                        "frame; the head office address and the 法務省 sentence as distractors")


# ---------------------------------------------------------------------------------------------
# bk14 real servicer (住宅債権管理回収機構) rest after a 任意売却, 2 pages scanned side by side as ONE image.


def bk14():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 13)
    sale, acc, assign, lastp = D(2025, 11, 28), D(2025, 5, 12), D(2025, 8, 29), D(2025, 2, 27)
    P, L = 8_734_216, 1_128_035
    T = add_up(P + L, P, L)
    p1 = Page(font="sans", size=10.5, top=16)
    p1.at(18, 20, "〒330-0000　埼玉県川越市鳩笛九丁目9番9号", size=10)
    p1.at(22, 28, "保志　敏明　様", size=14)
    p1.at(192, 18, f"{wj(issued)}", size=10, align="r")
    p1.at(192, 23.5, "債権管理番号　JH-25-07781", size=10, align="r")
    for i, s in enumerate(["株式会社住宅債権管理回収機構", "法務大臣許可　第91号", "個人債権部　第三課",
                           "〒102-0000 東京都千代田区ははこぐさ九丁目9番9号", "TEL 03-0000-9107（平日 9:00～17:00）"]):
        p1.at(192, 34 + i * 5, s, size=11 if i == 0 else 9, align="r", font="sans-bold" if i == 0 else "sans")
    p1.y = 62
    p1.title("任意売却後の残債務に関するご請求", size=15)
    p1.para(f"当社は、{wj(assign)}付で萩ノ辻信用金庫から貴殿に対する住宅ローン債権を譲り受けました。担保不動産は{wj(sale)}"
            "に任意売却により決済され、売却代金は債権の一部に充当されております。", size=10.3)
    p1.para(f"貴殿は{wj(acc)}に期限の利益を喪失されており（最終ご返済日 {wj(lastp)}）、充当後もなお下記の債務が残っておりま"
            "す。つきましては、下記のご請求額を期限までに一括してお支払いいただくか、お支払方法について当社までご相談ください。",
            size=10.3)
    p1.gap(4)
    y = p1.y
    p1.add(Box(30, y, 150, 30, 1.0, NAVY))
    p1.add(Box(30, y, 150, 9, color=None, fill=NAVY))
    p1.at(105, y + 6.3, "ご請求の概要（明細は裏面）", size=10.5, font="sans-bold", color=WHITE, align="c")
    p1.at(36, y + 17, "ご請求額", size=11)
    p1.at(174, y + 17.5, en(T), size=15, font="sans-bold", align="r")
    p1.at(36, y + 26, "お支払期限", size=11)
    p1.at(174, y + 26.5, f"{wj(due)}（{wd(due)}）", size=13, font="sans-bold", align="r", color=RED)
    p1.y = y + 36
    p1.para("ご一括でのお支払いが困難な場合は、収入・家計の状況をうかがったうえで分割のご相談に応じます。期限までにご連絡のない"
            "場合は、法的手続きを検討いたします。", size=10)
    p1.gap(3)
    p1.para("お振込先　みずなら台銀行　本店営業部　普通預金　0662150　カ）ジュウタクサイケンカンリカイシュウキコウ", size=9.5,
            indent="")
    p2 = Page(font="sans", size=10.5, top=18)
    p2.line("ご債務の明細", size=14, font="sans-bold", align="c")
    p2.gap(3)
    p2.line(f"1．ご請求額の内訳（{wj(issued)}現在）", size=11, font="sans-bold")
    p2.table([["残元金", en(P)], [f"確定損害金（年{R:.1f}％）", en(L)], ["ご請求額　合計", en(T)]], [90, 60], x=28,
             size=11, row_h=9.5, aligns="lr", shade_col0=True)
    p2.line("※確定損害金は、期限の利益喪失日の翌日から本書作成日までの分（売却代金充当前の期間を含む）", x=28, size=8.5)
    p2.gap(5)
    p2.line("2．売却代金の充当（ご参考）", size=11, font="sans-bold")
    sold, cost, dep = 17_800_000, 712_400, 17_087_600
    assert sold - cost == dep
    before = 25_821_816
    assert before - dep == P
    p2.table([["項目", "金額"], ["売却代金", en(sold)], ["売却諸費用（仲介手数料等）", en(cost)], ["元金への充当額", en(dep)],
              ["充当前残元金", en(before)], ["充当後残元金", en(P)]], [90, 60], x=28, header=True, size=10.5, row_h=8.5,
             aligns="lr")
    p2.gap(5)
    p2.line("3．原契約", size=11, font="sans-bold")
    p2.para("萩ノ辻信用金庫　住宅ローン（平成25年3月15日ご契約、当初ご融資額 29,000,000円、返済期間35年）", size=10,
            indent="")
    p2.gap(5)
    p2.line("4．お問い合わせ", size=11, font="sans-bold")
    p2.para("個人債権部 第三課　担当 頴川　TEL 03-0000-9107　（お問い合わせの際は債権管理番号をお知らせください）", size=10,
            indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9107", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="萩ノ辻信用金庫", debtor="保志敏明", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="JH-25-07781", input_kind="scan_png",
               template="proxy54_servicer_rest_after_sale_two_pages_one_image", received=D(2026, 1, 22))
    return dict(stem="bk14", ext="png", kind="scan_png", pages=[p1.spec, p2.spec], truth=tr, spread=True,
                about="collection_notice (real servicer, rest after 任意売却, 2 pages in one image)",
                unusual="ONE scanned image holding BOTH A4 pages side by side (an A3 flatbed scan of the opened letter), "
                        "each page turned a little the other way, a dark gutter shadow and the grey lid edge; real "
                        "servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可　第91号」 (no 番号); p.1 a navy "
                        "「ご請求の概要（明細は裏面）」 box with the total and due date only; p.2 the 内訳 (残元金 / 確定損害金"
                        "（年14.0％） / ご請求額　合計) and a 売却代金の充当 table (17,800,000 / 712,400 / 17,087,600 / "
                        "25,821,816 → all distractors); 原契約 平成25年 and 29,000,000 as distractors; a 信用金庫 as "
                        "original creditor")


# ---------------------------------------------------------------------------------------------
# bk15 card company 和解条件のご案内, scanned after the support office stamped its 受付印 over the total and wrote a note.


def bk15():
    R = 14.6
    issued, reply = D(2026, 3, 9), D(2026, 3, 31)
    acc, lastp = D(2025, 10, 27), D(2025, 7, 27)
    P, I = 386_450, 5_210
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    monthly, n = 12_000, 32
    last = P + I - monthly * n
    assert 0 < last <= monthly
    p = Page(font="sans", size=10.5, top=16)
    p.at(18, 21, "マユミカード", size=16, font="sans-bold", color=MAROON)
    p.at(192, 18, f"発行日：{rj(issued)}", size=10, align="r")
    p.at(192, 23.5, "会員管理番号：MY-88-40215", size=10, align="r")
    p.at(18, 32, "〒020-0000　岩手県盛岡市葛籠坂九丁目9番9号", size=10)
    p.at(22, 40, "江刺家　奈緒　様", size=14)
    p.y = 48
    p.title("和解条件のご案内", size=16)
    p.para(f"平素はマユミカードをご利用いただきありがとうございます。お客様のカードご利用代金につきましては、{rj(lastp)}を"
           f"最後にお支払いがなく、{rj(acc)}に期限の利益を喪失されております。", size=10.3)
    p.para("このたび、お客様からのご相談を受け、下記の条件による和解をご案内いたします。ご承諾いただける場合は、同封の和解書に"
           "署名・押印のうえご回答期限までにご返送ください。", size=10.3)
    p.gap(2)
    p.line(f"■ 現在のご請求残高（{rj(issued)}現在）", size=10.5, font="sans-bold")
    rows = [["ご利用残高（元金）", en(P)], ["分割手数料", en(I)], [f"遅延損害金（年{R}％）", en(L)],
            ["ご請求残高合計", en(T)]]
    p.table(rows, [80, 55], x=28, size=11, row_h=9.5, aligns="lr", shade_col0=True)
    ytot = p.y - 4.75
    p.gap(4)
    p.line("■ 和解条件", size=10.5, font="sans-bold")
    p.para(f"1．遅延損害金 {en(L)} を免除し、和解金額を {en(P + I)} とします。", size=10.3, indent="　")
    p.para(f"2．令和8年4月から毎月27日限り {en(monthly)} ずつ（{n}回）、最終回 {en(last)} をお支払いいただきます。",
           size=10.3, indent="　")
    p.para("3．分割金の支払いを2回以上怠ったときは、期限の利益を失い、免除前の残額を一括してお支払いいただきます。", size=10.3,
           indent="　")
    p.gap(3)
    y = p.y
    p.add(Box(28, y, 140, 14, 1.0, MAROON))
    p.at(34, y + 9.2, "ご回答期限", size=11.5, font="sans-bold", color=MAROON)
    p.at(70, y + 9.6, f"{rj(reply)}（{wd(reply)}）", size=13.5, font="sans-bold")
    p.y = y + 20
    for i, s in enumerate(["株式会社マユミカード　債権管理部", "〒980-0000 宮城県仙台市青葉区撫子坂九丁目9番9号",
                           "お客様相談ダイヤル　022-000-8815（平日 9:30～17:30）",
                           "登録番号　東北財務局長（5）第00288号　包括信用購入あっせん業者登録番号 東北（包）第61号"]):
        p.at(18, p.y + i * 5.3, s, size=10.5 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    p.add(Seal(150, ytot, 24, "round", "くらし相談室|受付/3.12", angle=-14, seed=54151))
    tr = truth(document_type="settlement_proposal", sender="株式会社マユミカード", phone="022-000-8815",
               creditor="株式会社マユミカード", status="not_applicable", debtor="江刺家奈緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="MY-88-40215", input_kind="pdf_scan",
               template="proxy54_card_settlement_stamp_over_total_handwritten", received=D(2026, 3, 11))
    mm = 200 / 25.4
    notes = [dict(lines=["3/12 来所", "月1万なら", "払える？"], x=int(170 * mm), y=int(112 * mm), size=40,
                  angle=-4.0),
             dict(lines=["→ 回答は3/27までに", "　本人に電話"], x=int(112 * mm), y=int(188 * mm), size=36, angle=-2.0,
                  underline=True)]
    return dict(stem="bk15", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, notes=notes, skew=1.2,
                about="settlement_proposal (card company, 受付印 over the total, pen note)",
                unusual="image-only PDF scanned at the support office AFTER staff pressed a red round 受付印 "
                        "(「くらし相談室」 ring, 受付 3.12) half over the ご請求残高合計 row and wrote a blue ballpoint note "
                        "in the right margin (「3/12 来所 月1万なら払える？」) and another under the plan (「→ 回答は3/27までに"
                        " 本人に電話」, underlined): the handwritten dates and amounts are not the letter's; brand 「マユミカード」 "
                        "without 株式会社 at the top (legal name in the sender lines); colon labels 発行日： / 会員管理番号："
                        "; 分割手数料 → interest; the plan (免除, 12,000 × 32, 最終回) as distractors; the 割賦 / 貸金業 "
                        "registration numbers")


# ---------------------------------------------------------------------------------------------
# bk16 lawyer's 縦書き 通知書 (催告), scanned.


def bk16():
    R = 18.0
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    acc, lastp = D(2025, 12, 26), D(2025, 9, 26)
    P, I = 1_035_600, 14_889
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社吾亦紅クレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", f"貴殿は、通知人との間の令和二年八月三日付金銭消費貸借契約に基づく分割金の支払を{kdate(lastp)}を最後に怠り、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、当職の預り金口座に振り込む方法によりお支払いいただく"
                 "よう催告いたします。"),
        ("body", "右期限までにお支払いのない場合は、やむを得ず法的手続をとることになりますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年十二月二十七日から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　こなら銀行新潟駅前支店　普通預金　〇六六二四一八"),
        ("indent", "口座名義　弁護士蘆刈宗一郎預り金口"),
        ("bottom", "以上"),
        ("low", kdate(issued)),
        ("low", "新潟県新潟市中央区野茨九丁目九番九号"),
        ("low", "蘆刈法律事務所"),
        ("low", "通知人代理人　弁護士　蘆刈　宗一郎"),
        ("low", "電話　〇二五（〇〇〇）七七一二"),
        ("low", "当職整理番号　ＷＲ－２６０５１"),
        ("blank", ""),
        ("low", "新潟県長岡市桜花落九丁目九番九号"),
        ("low", "宝亀　剛　殿"),
    ]
    size = 11.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 54161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "宗一郎" in it.s and "弁護士　" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 20) * size * 0.3528 * 1.05, 10, "square", "弁護士蘆刈之印", angle=4,
                         seed=54162))
    tr = truth(document_type="collection_notice", sender="蘆刈法律事務所", phone="025-000-7712",
               creditor="株式会社吾亦紅クレジット", status="not_applicable", debtor="宝亀剛", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="WR-26051", input_kind="vertical_scan",
               template="proxy54_vertical_lawyer_demand_scan", received=D(2026, 5, 18))
    return dict(stem="bk16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=1.5,
                about="collection_notice (lawyer for a credit company, 縦書き 内容証明, scanned)",
                unusual="縦書き 通知書 (冠省 … 草々) of a one-lawyer office for a credit company, with the 内容証明 stamp, "
                        "scanned with 1.5° skew; positional kanji amounts; dates in kanji with 「限り」; the damage "
                        "window on its own line; the 預り金口 account in kanji digits and the 令和二年 contract as "
                        "distractors; phone 〇二五（〇〇〇）七七一二; full-width 当職整理番号 ＷＲ－２６０５１ in the "
                        "sender block")


LETTERS = [bk09, bk10, bk11, bk12, bk13, bk14, bk15, bk16]
