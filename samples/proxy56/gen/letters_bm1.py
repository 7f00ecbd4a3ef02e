"""Proxy set 56, letters bm01–bm08: "assignments, mergers and who owns the debt now". A joint 債権譲渡及び譲受のご通知
(consumer lender → real servicer), a 信用金庫's own 縦書き 債権譲渡通知書 (譲渡日 ≠ 通知日), a real servicer's ご請求 after
TWO sales (原債権者 → a fund → the servicer), a real servicer that absorbed another (吸収合併・承継), a bank that changed
its name (旧商号 printed) and accelerates, an invented servicer's 受託通知 (the 委託元 stays the creditor), a real servicer
that bought a guarantor's 求償債権 after the 代位弁済 (fax), and a mortgage lender's 督促状 for a loan held in a 信託."""

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
    bars,
    era,
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.45, 0.25, 0.08)
ORX = (0.85, 0.40, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def add_up(total: int, *parts: int) -> int:
    """Every printed breakdown adds up to its printed total."""
    assert sum(parts) == total, (parts, total)
    return total


# ---------------------------------------------------------------------------------------------
# bm01 joint 債権譲渡及び譲受のご通知: consumer lender → ★ オリックス債権回収; the two parties in a ruled box at the TOP.


def bm01():
    R = 20.0
    issued, assign = D(2025, 12, 8), D(2025, 11, 28)
    acc, lastp = D(2025, 7, 10), D(2025, 4, 25)
    P, I = 684_300, 12_877
    L = late(P, R, acc + timedelta(1), assign)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="serif", size=10.2, top=14)
    p.at(196, 17, wdate(issued), size=10, align="r")
    p.at(196, 22, "譲受管理番号　OX-2511-04772", size=9.5, align="r")
    p.y = 18
    p.line("〒914-0000", x=18, size=10)
    p.line("福井県敦賀市しきみ台九丁目9番9号", x=18, size=10)
    p.gap(1)
    p.line("兎沢　真理子　様", x=24, size=13.5)
    p.y = 44
    p.title("債権譲渡及び譲受のご通知", size=16, font="serif-bold")
    y = p.y
    p.add(Box(18, y, 178, 40, 0.5))
    p.add(Line(18, y + 20, 196, y + 20, 0.3))
    p.add(Box(18, y, 34, 40, color=None, fill=SHADE))
    p.add(Line(52, y, 52, y + 40, 0.3))
    p.at(35, y + 9, "旧債権者", size=10, font="serif-bold", align="c")
    p.at(35, y + 14.5, "（譲渡人）", size=9, align="c")
    p.at(35, y + 29, "新債権者", size=10, font="serif-bold", align="c")
    p.at(35, y + 34.5, "（譲受人）", size=9, align="c")
    for i, s in enumerate(["〒920-0000 石川県金沢市ぐんじょう町九丁目9番9号", "株式会社いぬがやファイナンス",
                           "代表取締役　伊賀崎　雅人　　　TEL 076-000-3150"]):
        p.at(56, y + 6 + i * 5.2, s, size=9.6 if i != 1 else 11, font="serif-bold" if i == 1 else "serif")
    for i, s in enumerate(["〒105-0000 東京都港区るりいろ通九丁目9番9号", "オリックス債権回収株式会社",
                           "代表取締役　信貴　宏昌　　　法務大臣許可　第11号"]):
        p.at(56, y + 26 + i * 5.2, s, size=9.6 if i != 1 else 11, font="serif-bold" if i == 1 else "serif")
    p.add(Seal(182, y + 10, 14, "round", "いぬがやファイナンス|代表取締役印", angle=8, seed=56011))
    p.add(Seal(182, y + 30, 14, "round", "オリックス債権回収|代表取締役印", angle=-5, seed=56012))
    p.y = y + 46
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para(f"さて、旧債権者（譲渡人）は、貴殿に対して有する下記の債権を、これに付随する一切の権利とともに、{wdate(assign)}付で"
           "新債権者（譲受人）に譲渡いたしましたので、民法第467条に基づき、連名にてご通知申し上げます。")
    p.para("今後のお支払い及びお問い合わせは、すべて新債権者（譲受人）宛てにお願いいたします。旧債権者の口座へのお振込みは"
           "なさらないようご注意ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("１．原契約", "金銭消費貸借契約（カードローン）　ご契約日 2019年6月14日　極度額 800,000円"),
          ("２．最終ご入金日", wdate(lastp)),
          ("３．期限の利益喪失日", wdate(acc)),
          ("４．債権譲渡日", wdate(assign))], x=22, label_w=44, size=10)
    p.line(f"５．譲渡債権の額（{wdate(assign)}現在）", x=22, size=10)
    p.gap(1)
    p.table([["貸付残元金", "未収約定利息", f"遅延損害金（年{R:.1f}%）", "譲渡債権額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 40, 46, 44], x=26, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line(f"※上記貸付残元金に対し、{wdate(assign + timedelta(1))}以降も年{R:.1f}%の割合による遅延損害金が発生します。", x=26, size=8.5)
    p.line("６．旧会員番号（ご参考）　IN-0061-552907", x=22, size=10)
    p.line("以上", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 178, 24, 0.4, ORX))
    p.at(22, y + 6, "【お問い合わせ先・新債権者】", size=9.5, font="serif-bold", color=ORX)
    p.at(22, y + 12, "オリックス債権回収株式会社　回収第三部　担当　高野", size=9.5)
    p.at(22, y + 18, "フリーダイヤル 0120-000-611（平日 9:30～18:00）　お問い合わせの際は譲受管理番号をお伝えください。", size=9)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社いぬがやファイナンス", debtor="兎沢真理子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OX-2511-04772", input_kind="pdf_text",
               template="proxy56_joint_assignment_old_new_creditor_box_top", received=D(2025, 12, 10))
    return dict(stem="bm01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer)",
                unusual="joint 債権譲渡及び譲受のご通知 in serif: the two parties in ONE ruled box right under the title with "
                        "shaded labels 旧債権者（譲渡人） / 新債権者（譲受人）, two round seals at the right edge; real servicer ★ "
                        "オリックス債権回収株式会社 with 「法務大臣許可　第11号」 (no 番号) on the representative's line; western "
                        "年月日 dates; 譲受管理番号 top-right; 記 as numbered label lines (原契約 2019年 with 極度額 800,000円 "
                        "as distractors); a one-row 4-column table 貸付残元金 / 未収約定利息 / 遅延損害金（年20.0%） / "
                        "譲渡債権額合計; 旧会員番号 (distractor); informs only (no payment date); the 譲渡人's own phone "
                        "(distractor); the 0120 number in an orange contact box")


# ---------------------------------------------------------------------------------------------
# bm02 a 信用金庫's own 縦書き 債権譲渡通知書 (内容証明), 譲受人 ★ 日本債権回収; 譲渡日 ≠ 通知日; scanned.


def bm02():
    R = 14.0
    issued, assign = D(2026, 1, 13), D(2025, 12, 19)
    acc, lastp = D(2025, 8, 5), D(2025, 5, 30)
    P, I = 1_482_600, 21_349
    L = late(P, R, acc + timedelta(1), assign)
    T = add_up(P + I + L, P, I, L)
    ky = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清栄のこととお喜び申し上げます。さて、当金庫は、貴殿との間の平成三十年十月十二日付カードローン契約に基づき貴殿に対して有する左記の債権を、"
                 f"{kdate(assign)}付をもって、左記譲受人に譲渡いたしました。"),
        ("body", "つきましては、民法第四百六十七条の規定に基づき、本書をもってその旨ご通知申し上げます。本通知の日付と"
                 "譲渡の日付とは異なりますが、譲渡の効力は右譲渡の日に生じております。"),
        ("body", "今後のお支払い及びご相談は、すべて譲受人宛てにお願いいたします。当金庫の口座へのご入金はなさらないよう"
                 "お願い申し上げます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　譲受人　東京都千代田区るりいろ坂九丁目九番九号"),
        ("plain", "　　　　　　日本債権回収株式会社"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲渡債権（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　　{ky(P)}"),
        ("plain", f"　　利息　　　　　{ky(I)}"),
        ("plain", f"　　遅延損害金　　{ky(L)}"),
        ("plain", "　　　（年十四パーセント）"),
        ("plain", f"　　合計　　　　　{ky(T)}"),
        ("indent", f"五　譲渡日　{kdate(assign)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県松本市寒露町九丁目九番九号"),
        ("low", "蒼嶺信用金庫"),
        ("low", "理事長　度会　正臣"),
        ("low", "電話　〇二六三（〇〇）四一七二"),
        ("low", "（貸付番号　〇〇三一－二八八四）"),
        ("blank", ""),
        ("low", "長野県塩尻市長月台九丁目九番九号"),
        ("low", "丑山　康介　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 56021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "度会" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 20) * size * 0.3528 * 1.05, 11, "round", "蒼嶺信用金庫|理事長之印",
                         angle=-6, seed=56022))
    tr = truth(document_type="assignment_notice", sender="蒼嶺信用金庫", phone="0263-00-4172",
               creditor="日本債権回収株式会社", status="not_applicable", original="蒼嶺信用金庫", debtor="丑山康介",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=assign, reference=None, input_kind="vertical_scan",
               template="proxy56_vertical_credit_union_assignor_alone_late_notice", received=D(2026, 1, 15))
    return dict(stem="bm02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (信用金庫 alone → real servicer, 縦書き 内容証明)",
                unusual="縦書き 債権譲渡通知書 (拝啓 … 敬具, 記 … 以上) sent by the 譲渡人 alone, a 信用金庫 with a round 理事長 "
                        "seal, scanned, with the 内容証明 stamp; the notice is dated 令和八年一月十三日, almost four weeks "
                        "AFTER the 譲渡日 令和七年十二月十九日 (the letter says so); the 譲受人 ★ 日本債権回収株式会社 named "
                        "under 記 with an address and no licence number (the sender is the lender → not_applicable); "
                        "positional kanji amounts (金百四十八万二千六百円 …) as of the 譲渡日; 平成三十年 contract date and "
                        "民法第四百六十七条; a 4-digit area code phone in kanji; the only number that looks like a reference "
                        "is a 貸付番号 in kanji (a contract number → reference null); informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bm03 ★ アウロラ債権回収's ご請求 after TWO sales: 原債権者 → 前債権者 (a fund) → 現債権者; 2 pages, digital.


def bm03():
    R = 14.6
    issued, due = D(2026, 1, 20), D(2026, 2, 10)
    a1, a2 = D(2024, 3, 29), D(2025, 12, 12)
    acc, lastp = D(2023, 5, 2), D(2023, 2, 27)
    P, I = 392_118, 6_240
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 70, 13, color=None, fill=NAVY))
    p.at(19, 20.5, "AURORA", size=15, font="sans-bold", color=WHITE)
    p.at(52, 20.5, "アウロラ債権回収", size=9.5, font="sans-bold", color=WHITE)
    p.at(196, 16, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 21.5, "お客様番号　AU-2601-8830", size=9.5, align="r")
    p.at(196, 27, "1／2", size=8.5, align="r")
    window(p, 15, 32, "990-0000", ["山形県山形市じんちょうげ台九丁目9番9号"], "亥角　みどり　様", "bm03", w=96, h=34)
    for i, s in enumerate(["アウロラ債権回収株式会社", "法務大臣許可番号 第76号", "〒105-0000 東京都港区沈丁花台九丁目9番9号",
                           "お客様相談室 0120-000-676", "受付 平日 9:00～18:00"]):
        p.at(128, 38 + i * 5, s, size=9.5 if i else 11, font="sans-bold" if i == 0 else "sans")
    p.y = 74
    p.title("ご請求書（債権譲受後のご案内）", size=15)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para("お客様が下記原債権者との間でご契約された債権は、その後二度にわたり譲渡され、現在は当社が債権者となっております"
           "（譲渡の経過は裏面をご覧ください）。")
    p.para(f"お客様は{wdate(acc)}をもって期限の利益を喪失されておりますので、下記ご請求金額を{wdate(due)}（{wd(due)}）までに一括"
           "してお支払いくださいますようお願い申し上げます。")
    p.gap(1)
    y = grid(p, 15, p.y, [30, 60, 30, 61], [
        ["原債権者", "株式会社ときいろカード", "ご契約日", "2017年8月3日"],
        ["前債権者（譲渡人）", "合同会社碧洋キャピタル", "最終ご入金日", wdate(lastp)],
        ["現債権者", "アウロラ債権回収株式会社", "期限の利益喪失日", wdate(acc)],
        ["当社譲受日", wdate(a2), "ご契約番号", "0417-2290-81"],
    ], h=7.5, size=9.3, lsize=8.3)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["未払利息・手数料", f"{I:,}円"],
             [f"遅延損害金（{wdate(acc + timedelta(1))}から年{R}%）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [120, 50], x=20, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.0, NAVY))
    p.add(Box(15, y, 40, 14, color=None, fill=NAVY))
    p.at(35, y + 9, "お支払期限", size=11.5, font="sans-bold", color=WHITE, align="c")
    p.at(60, y + 9.3, f"{wdate(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.at(192, y + 9.3, f"{T:,}円", size=13.5, font="sans-bold", align="r")
    p.y = y + 18
    p.para("お振込先　ときつ銀行 本店営業部 普通 2260418 アウロラサイケンカイシュウ（カ　※お振込人名の前にお客様番号の数字"
           "8桁をご入力ください。", size=9, indent="")
    p.para("一括でのお支払いが難しい場合は、お支払期限までにお客様相談室へご連絡ください。ご事情をお伺いのうえ、ご相談に応じます。",
           size=9, indent="")
    p.line("敬具", align="r")
    q = Page(font="sans", size=10, top=16)
    q.at(196, 16, "2／2", size=8.5, align="r")
    q.line("裏面　債権譲渡の経過について", size=12, font="sans-bold")
    q.add(Line(15, q.y, 196, q.y, 0.6, NAVY))
    q.gap(3)
    q.para("お客様の債権は、次のとおり譲渡されております。いずれの譲渡についても、譲渡の都度お客様へ通知書をお送りしております。",
           size=9.8)
    q.gap(2)
    q.table([["回", "譲渡日", "譲渡人", "譲受人"],
             ["第1回", wdate(a1), "株式会社ときいろカード（原債権者）", "合同会社碧洋キャピタル"],
             ["第2回", wdate(a2), "合同会社碧洋キャピタル", "アウロラ債権回収株式会社（現債権者）"]],
            [16, 34, 66, 65], x=15, header=True, aligns="cclr"[:2] + "ll", size=9.3, row_h=9)
    q.gap(4)
    q.line("よくあるご質問", size=11, font="sans-bold")
    for qq, aa in (("なぜ知らない会社から請求が来るのですか。",
                    "原債権者のときいろカードから合同会社碧洋キャピタルへ、さらに当社へ債権が譲渡されたためです。当社は法務大臣の"
                    "許可を受けた債権回収会社です。"),
                   ("前債権者（碧洋キャピタル）に支払ってもよいですか。",
                    f"{wdate(a2)}以降の債権者は当社です。前債権者・原債権者へのお支払いはなさらないでください。"),
                   ("分割での支払いはできますか。", "ご収入やご事情をお伺いしたうえで、ご相談に応じます。お客様相談室までご連絡ください。")):
        q.gap(1.5)
        q.line("Ｑ．" + qq, x=18, size=9.8, font="sans-bold")
        q.para("Ａ．" + aa, x0=24, x1=192, size=9.3, indent="")
    q.gap(4)
    q.para("※当社が債権を譲り受けた時点の債権額は、元金392,118円、利息・手数料6,240円でした。その後のご入金はございません。"
           "遅延損害金は譲受後も原契約の定め（年14.6%）により計算しております。", size=8.8, indent="")
    q.para("※当社を装った不審な電話・はがき・SMSにご注意ください。当社が個人名義の口座へのお振込みをお願いすることはございません。",
           size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-676", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社ときいろカード", debtor="亥角みどり", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=a2, reference="AU-2601-8830", input_kind="pdf_text_2page",
               template="proxy56_servicer_after_two_assignments_history_overleaf", received=D(2026, 1, 22))
    return dict(stem="bm03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer after TWO sales, 2 pages)",
                unusual="real servicer ★ アウロラ債権回収株式会社 (white-on-navy Latin logo 「AURORA」) with 「法務大臣許可番号 第76号」 "
                        "in the sender lines beside an address window; the claim was sold TWICE: a shaded-label grid names "
                        "原債権者 (card company) / 前債権者（譲渡人） (a 合同会社 fund) / 現債権者 (the servicer) and the "
                        "当社譲受日, and p.2 has a 回 / 譲渡日 / 譲渡人 / 譲受人 table with BOTH 譲渡日 (2024-03-29 and "
                        "2025-12-12); 2017 contract date and ご契約番号 as distractors; a 項目/金額 table with 残元金 / "
                        "未払利息・手数料 / 遅延損害金 (window in the label) / ご請求金額合計; a navy お支払期限 bar with the total "
                        "repeated; a Q&A on p.2 with the 譲受時 amounts (equal to the current 元金 and 利息) in a ※ line")


# ---------------------------------------------------------------------------------------------
# bm04 ★ アビリオ債権回収 after its 吸収合併 of セディナ債権回収: 承継 box, the 原債権者 and the old 譲渡日; scanned.


def bm04():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    assign, merger = D(2021, 9, 30), D(2023, 10, 1)
    acc, lastp = D(2021, 3, 5), D(2024, 8, 15)
    P, I = 217_460, 3_980
    L = late(P, R, lastp + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    ABG = (0.10, 0.45, 0.25)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 21, "ABILIO", size=18, font="sans-bold", color=ABG)
    p.at(15, 26.5, "アビリオ債権回収株式会社", size=9, color=ABG)
    p.at(196, 17, slash(issued), size=10, align="r")
    p.at(196, 22.5, "ご照会番号 AB-60218-337", size=9.5, align="r")
    p.y = 33
    p.line("〒960-0000 福島県福島市水無月町九丁目9番9号", x=20, size=10)
    p.line("寅丸　孝之　様", x=26, size=13.5)
    stamp(p, 160, 32, "重要", size=12, h=8.5)
    p.y = 50
    p.title("ご返済についてのお願い", size=15.5, color=ABG)
    y = p.y
    p.add(Box(15, y, 181, 33, 0.6, ABG, (0.93, 0.97, 0.94)))
    p.at(19, y + 6, "旧 セディナ債権回収株式会社 からご案内しておりましたお客様へ", size=10, font="sans-bold", color=ABG)
    for i, s in enumerate([f"{wdate(merger)}、セディナ債権回収株式会社は、アビリオ債権回収株式会社を存続会社とする吸収合併により",
                           "解散し、当社が同社の一切の権利義務を承継いたしました。お客様の下記債権の債権者は、現在は当社です。",
                           "お客様番号・お振込先は変更となっております。旧会社名義の口座へのお振込みはなさらないでください。",
                           "なお、合併は債権の譲渡ではなく、お客様のご契約内容（遅延損害金の利率等）に変更はございません。"]):
        p.at(19, y + 12.5 + i * 5, s, size=9.2)
    p.y = y + 38
    p.para("お客様の下記債権につきまして、お支払いが途絶えております。つきましては、下記金額を下記お支払期限までに一括してお支払い"
           "くださいますようお願いいたします。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57], [
        ["原債権者", "株式会社紅梅クレジット", "ご契約日", "2016/06/21"],
        ["債権譲受日（旧会社）", slash(assign), "合併による承継日", slash(merger)],
        ["期限の利益喪失日", slash(acc), "最終ご入金日", slash(lastp)],
    ], h=7.5, size=9.3, lsize=8.2)
    p.y = y + 4
    x0, x1 = 30, 170
    p.line(f"ご請求内容（{slash(issued)}現在）", x=20, size=10.5, font="sans-bold")
    for lab, val in (("元金", f"¥{P:,}"), ("未払手数料", f"¥{I:,}"),
                     (f"遅延損害金（{slash(lastp + timedelta(1))}～、年{R}%）", f"¥{L:,}")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1, x1, p.y - 1, 0.15, GRAY))
    p.add(Line(x0, p.y, x1, p.y, 0.6))
    p.gap(1.2)
    b = p.line("ご請求金額合計", x=x0, size=11.5, font="sans-bold")
    p.at(x1, b, f"¥{T:,}", size=13, font="sans-bold", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 140, 12, 1.1, RED))
    p.at(34, y + 8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(166, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold", align="r", color=RED)
    p.y = y + 17
    p.para("お振込先　うなばら銀行 豊洲支店 普通預金 3106652 アビリオサイケンカイシュウ（カ　※ご依頼人名の前にご照会番号の"
           "数字（60218337）をご入力ください。", size=9, indent="")
    p.para("ご事情によりお支払いが難しい場合は、期限までに必ずご連絡ください。ご連絡のないまま期限を過ぎた場合は、法的手続を"
           "検討せざるを得ませんので、あらかじめご了承ください。", size=9, indent="")
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3, ABG))
    p.gap(2)
    for s in ("アビリオ債権回収株式会社　法務大臣許可番号　第5号", "〒135-0000 東京都江東区如月通九丁目9番9号",
              "お問合せ　0120-000-305（平日9:00～18:00）　担当　御坊"):
        p.line(s, x=20, size=9.3)
    qr(p, 176, p.y - 17, 16, "bm04")
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-305", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社紅梅クレジット", debtor="寅丸孝之", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AB-60218-337", input_kind="scan_png",
               template="proxy56_servicer_after_absorption_merger_successor_box", received=D(2026, 2, 18))
    return dict(stem="bm04", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (real servicer that absorbed another servicer, 承継)",
                unusual="real servicer ★ アビリオ債権回収株式会社 (green Latin logo 「ABILIO」) writes to a customer of the "
                        "servicer it ABSORBED: a green box 「旧 セディナ債権回収株式会社 からご案内しておりましたお客様へ」 "
                        "explains the 吸収合併 of 2023/10/01 (承継, not an assignment; セディナ債権回収 is a registry row with "
                        "status merged); slash dates everywhere; a shaded-label grid with 原債権者, 債権譲受日（旧会社） "
                        "2021/09/30, 合併による承継日, 喪失日 2021 and a LATER 最終ご入金日 2024/08/15 (payments after the "
                        "sale); ¥ amounts on hairline rows with the damage window from the last payment; red お支払期限 frame; "
                        "the licence only in the footer; a 重要 stamp and a QR")


# ---------------------------------------------------------------------------------------------
# bm05 bank after a 商号変更 (旧商号 printed) accelerates a free loan; photographed, stored sideways (EXIF 6).


def bm05():
    R = 14.0
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    acc, lastp = D(2026, 3, 6), D(2025, 11, 10)
    P, I = 1_876_400, 18_905
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="serif", size=10.5, top=16)
    p.add(Box(15, 12, 6, 16, color=None, fill=TEAL))
    p.at(24, 20, "北嶺みらい銀行", size=15, font="serif-bold", color=TEAL)
    p.at(24, 25.5, "（旧商号　株式会社北嶺銀行）", size=8.5, color=TEAL)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "管理番号　MH-2603-0129", size=9.5, align="r")
    p.y = 34
    p.line("〒078-0000 北海道旭川市葉月台九丁目9番9号", x=18, size=10)
    p.line("巳波　玲奈　様", x=24, size=13.5)
    p.gap(4)
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold")
    p.para(f"貴殿が当行（令和7年10月1日付で「株式会社北嶺銀行」から「株式会社北嶺みらい銀行」に商号を変更いたしました。以下同じ。）"
           "との間で締結されたフリーローン契約につきまして、約定のご返済が"
           f"{era(lastp)}を最後に途絶えております。")
    p.para("当行は再三にわたりご返済をお願いしてまいりましたが、ご入金がないため、同契約の約定に基づき、貴殿は"
           f"{era(acc)}をもって期限の利益を喪失されました。つきましては、下記金額を{era(due)}（{wd(due)}）までに一括して"
           "お支払いください。")
    p.para("なお、ご契約書に記載の「株式会社北嶺銀行」は当行であり、商号の変更によってご契約の内容や債権者に変更はございません。", size=9.8)
    p.line("記", align="c")
    x0, x1 = 34, 176
    for lab, val in (("ご融資残元金", f"{P:,}円"), ("未払利息", f"{I:,}円"),
                     (f"遅延損害金（{era(acc + timedelta(1))}から本書作成日まで　年14.0％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1)
    b = p.line("以上合計", x=x0, size=11, font="serif-bold")
    p.at(x1, b, f"{T:,}円", size=12, font="serif-bold", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.9, TEAL))
    p.at(35, y + 8, "お支払期限", size=11, font="serif-bold", color=TEAL)
    p.at(175, y + 8.3, f"{era(due)}（{wd(due)}）", size=12.5, font="serif-bold", align="r")
    p.y = y + 17
    p.para("お支払方法　当行各支店窓口へご持参いただくか、当行本店営業部 普通預金 5510267（名義 キタミネミライギンコウ"
           "ローンカンリ）へお振込みください。", size=9.5, indent="")
    p.para("ご参考　ご融資日 令和3年6月1日　ご融資額 2,500,000円　ご融資番号 77-0418-33　約定返済額 毎月10日 31,200円", size=9.5,
           indent="")
    p.para("期限までにお支払いがない場合は、保証会社による代位弁済の手続に移行いたします。", size=9.5, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社北嶺みらい銀行", 11.5, "serif-bold"), ("（旧商号　株式会社北嶺銀行）", 8.5, "serif"),
                     ("ローン管理部　債権管理グループ　担当　尾鷲", 9.5, "serif"),
                     ("〒070-0000 北海道旭川市棕櫚通九丁目9番9号", 9, "serif"), ("電話 0166-00-2745（直通）", 9.5, "serif")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(188, p.y - 22, 14, "square", "北嶺みらい銀行ローン管理部之印", angle=2, seed=56051)
    tr = truth(document_type="acceleration_notice", sender="株式会社北嶺みらい銀行", phone="0166-00-2745",
               creditor="株式会社北嶺みらい銀行", status="not_applicable", original=None, debtor="巳波玲奈", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="MH-2603-0129", input_kind="photo_exif_rotated",
               template="proxy56_renamed_bank_acceleration_former_trade_name_rotated", received=D(2026, 3, 11))
    return dict(stem="bm05", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.2),
                about="acceleration_notice (bank after a 商号変更, photo stored sideways)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom, stored sideways "
                        "with EXIF orientation 6; a bank that CHANGED ITS NAME: 「北嶺みらい銀行」 with 「（旧商号　株式会社北嶺銀行）」 "
                        "under the logo and again under the sender block, and a sentence saying the contract's 「株式会社北嶺銀行」 "
                        "is the same bank (no new creditor, no earlier creditor); era dates; the 喪失 date 3/6 three days before "
                        "the letter; label rows with amounts flush right and 以上合計; ご融資日 令和3年 / ご融資額 2,500,000円 / "
                        "ご融資番号 / 約定返済額 as ご参考 distractors; 0166 phone （直通）")


# ---------------------------------------------------------------------------------------------
# bm06 invented servicer's 受託通知 兼 ご請求書: the 委託元 (信販) stays the creditor; phone photo on tatami.


def bm06():
    R = 14.6
    issued, asof, due = D(2026, 4, 3), D(2026, 3, 31), D(2026, 4, 20)
    entrust, acc, lastp = D(2026, 3, 2), D(2026, 1, 15), D(2025, 10, 27)
    P, I = 158_600, 4_116
    L = late(P, R, acc + timedelta(1), asof)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 10, color=None, fill=PLUM))
    p.at(15, 7, "われもこう債権回収株式会社　法務大臣許可番号第244号", size=9.5, font="sans-bold", color=WHITE)
    p.at(196, 7, "受託のお知らせ", size=9, color=WHITE, align="r")
    p.at(196, 17, f"通知日 {era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "お客様番号 WM-0403-2277", size=9.5, align="r")
    p.y = 17
    p.line("〒430-0000 静岡県浜松市中央区文月町九丁目9番9号", x=16, size=9.8)
    p.line("戊亥　翔太　様", x=22, size=13.5)
    p.y = 36
    p.title("債権回収業務受託のお知らせ　兼　ご請求書", size=14.5, color=PLUM)
    p.para(f"当社は、株式会社うりはだ信販（以下「委託元」といいます。）から、お客様と委託元との間のショッピングクレジット契約に"
           f"基づく債権について、{era(entrust)}付で管理及び回収業務の委託を受けました。", size=9.8)
    p.para("債権者は引き続き委託元であり、当社は委託元に代わってお支払いを受領いたします（債権が当社に譲渡されたものではございま"
           "せん）。今後のお支払い・ご相談は当社までお願いいたします。", size=9.8)
    p.gap(3)
    cw = 60.3
    for i, (lab, val) in enumerate((("委託元（債権者）", "株式会社うりはだ信販"), ("受託者（当社）", "われもこう債権回収株式会社"),
                                    ("受託日", era(entrust)))):
        x = 15 + i * cw
        p.add(Box(x, p.y, cw, 14, 0.3))
        p.at(x + 1.8, p.y + 4.2, lab, size=7.5, color=PLUM)
        p.at(x + 3, p.y + 11, val, size=10)
    p.y += 14
    for i, (lab, val) in enumerate((("委託元ご契約番号", "UH-5528-0913"), ("最終ご入金日", era(lastp)),
                                    ("期限の利益喪失日", era(acc)))):
        x = 15 + i * cw
        p.add(Box(x, p.y, cw, 14, 0.3))
        p.at(x + 1.8, p.y + 4.2, lab, size=7.5, color=PLUM)
        p.at(x + 3, p.y + 11, val, size=10)
    p.y += 19
    p.line(f"ご請求額（{era(asof)}現在）", x=15, size=10.5, font="sans-bold")
    p.table([["立替金残高", "分割手数料", f"遅延損害金（年{R}％）", "ご請求額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [44, 40, 50, 47], x=15, header=True, aligns="rrrr", size=10, row_h=9)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 0.9, PLUM, (0.97, 0.93, 0.96)))
    p.at(20, y + 8.5, "お支払期限", size=11, font="sans-bold", color=PLUM)
    p.at(60, y + 8.8, f"{era(due)}（{wd(due)}）までに一括で", size=12.5, font="sans-bold")
    p.y = y + 18
    p.para("お振込先　かしわ銀行 浜松支店 普通 0772104 ワレモコウサイケンカイシュウ（カ　※委託元の口座は閉鎖されております。",
           size=9, indent="")
    p.para("本状は委託元からの委託に基づくものです。委託元からの「債権回収業務委託のお知らせ」を同封しております。", size=9, indent="")
    p.gap(2)
    p.add(Box(110, p.y, 86, 30, 0.4, PLUM))
    for i, s in enumerate(["われもこう債権回収株式会社", "法務大臣許可番号第244号", "〒420-0000 静岡県静岡市葵区比叡坂九丁目9番9号",
                           "電話 054-000-2440　担当 周参見", "受付 平日 9:30～17:30"]):
        p.at(113, p.y + 6 + i * 5.3, s, size=9.8 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    bars(p, 16, p.y + 22, 60, 3.2, "bm06")
    tr = truth(document_type="assignment_notice", sender="われもこう債権回収株式会社", license_number=244,
               phone="054-000-2440", creditor="株式会社うりはだ信販", status="unverified",
               original="株式会社うりはだ信販", debtor="戊亥翔太", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=None, reference="WM-0403-2277", input_kind="photo_jpeg",
               template="proxy56_invented_servicer_entrustment_notice_cells_photo", received=D(2026, 4, 6))
    return dict(stem="bm06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, fill=0.84, blur=0.85, warm=0.15),
                about="assignment_notice (invented servicer 受託通知 兼 ご請求書)",
                unusual="phone photo on tatami with tri-fold creases; INVENTED servicer 「われもこう債権回収株式会社」 with "
                        "「法務大臣許可番号第244号」 (→ unverified) in a plum band at the very TOP and again in the sender box; "
                        "a 受託 (NOT a sale): 「債権者は引き続き委託元」 and 「債権が当社に譲渡されたものではございません」 (creditor "
                        "= the 委託元 信販); two rows of label-above-value cells (委託元（債権者） / 受託者（当社） / 受託日 / "
                        "委託元ご契約番号 / 最終ご入金日 / 期限の利益喪失日); amounts as of 3/31 (≠ the 通知日 4/3) in a "
                        "4-column row 立替金残高 / 分割手数料 / 遅延損害金 / ご請求額合計; 「までに一括で」; customer bars")


# ---------------------------------------------------------------------------------------------
# bm07 ★ SMBC債権回収 bought a guarantor's 求償債権 after the 代位弁済; one-page fax.


def bm07():
    R = 14.6
    issued, due = D(2026, 1, 26), D(2026, 2, 13)
    subro, assign = D(2025, 6, 20), D(2025, 12, 22)
    acc, lastp = D(2025, 4, 8), D(2025, 1, 27)
    S = 2_318_700
    L = late(S, R, subro + timedelta(1), issued)
    T = add_up(S + L, S, L)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 9, color=None, fill=SHADE))
    p.at(19, 16.3, "FAX送信のご案内", size=10.5, font="sans-bold")
    p.at(192, 16.3, f"送信日 {wdate(issued)}　全1枚", size=9.5, align="r")
    p.y = 24
    p.line("未松　和彦　様", x=18, size=13)
    p.line("（ご自宅FAX 0742-00-8815 宛）", x=18, size=8.5)
    p.at(196, 27, "お取引番号　SB-08-41736", size=10, align="r")
    p.at(196, 33, "SMBC債権回収株式会社", size=11, font="sans-bold", align="r")
    p.at(196, 38, "法務大臣許可番号 第10号", size=9, align="r")
    p.y = 44
    p.title("求償債権譲受のご案内及びご請求", size=15)
    p.para(f"貴殿が株式会社ゆうぎり銀行から借り受けた住宅関連ローンにつき、珊瑚信用保証株式会社（以下「譲渡人」）は、{wdate(subro)}"
           "に同行へ代位弁済を行い、貴殿に対する求償債権を取得いたしました。", size=9.8)
    p.para(f"当社は、{wdate(assign)}付で譲渡人から上記求償債権を譲り受けました（譲渡人からの債権譲渡通知は既にお送りしております）。"
           f"つきましては、下記金額を{wdate(due)}（{wd(due)}）までに一括してお支払いください。", size=9.8)
    p.gap(1)
    p.table([["原契約先（融資銀行）", "株式会社ゆうぎり銀行", "期限の利益喪失日", wdate(acc)],
             ["譲渡人（代位弁済者）", "珊瑚信用保証株式会社", "最終ご返済日", wdate(lastp)],
             ["代位弁済日", wdate(subro), "当社譲受日", wdate(assign)]],
            [38, 52, 34, 57], x=15, aligns="llll", size=9, row_h=7.5, shade_col0=True)
    p.gap(4)
    p.line(f"■ご請求金額（{wdate(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金（代位弁済額）", f"{S:,}円"],
             [f"損害金（{wdate(subro + timedelta(1))}から年14.6％）", f"{L:,}円"],
             ["ご請求金額　計", f"{T:,}円"]], [115, 50], x=22, aligns="lr", size=10.5, row_h=8.5, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 165, 12, 1.2))
    p.at(27, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(70, y + 8.4, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　うつせみ銀行 東京営業部 普通 8804173 エスエムビーシーサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※代位弁済額のうち元金・利息等の内訳は、譲渡人からの代位弁済通知書をご確認ください。", size=9, indent="")
    p.para("※ご融資当初額 32,000,000円、抵当権設定額 32,000,000円（ご参考）。担保不動産の任意売却についてのご相談も承ります。",
           size=9, indent="")
    p.para("※期限までにお支払い又はご連絡のない場合は、担保不動産競売の申立て等の法的手続に移行することがございます。", size=9,
           indent="")
    p.gap(3)
    for s in ("SMBC債権回収株式会社　第二管理部　担当　熊野江", "〒104-0000 東京都中央区黄楊町九丁目9番9号",
              "TEL 03-0000-5510　FAX 03-0000-5511（平日 9:00～17:30）"):
        p.line(s, x=95, size=9.3)
    p.seal(190, p.y - 7, 11, "square", "SMBC債権回収之印", angle=-3, seed=56071)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-5510", creditor="SMBC債権回収株式会社", status="licensed",
               original="珊瑚信用保証株式会社", debtor="未松和彦", total=T, principal=S, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SB-08-41736", input_kind="fax_tiff",
               template="proxy56_servicer_bought_guarantor_recourse_claim_fax", received=issued)
    return dict(stem="bm07", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 SMBC SAIKEN KAISHU 03-0000-5511",
                about="collection_notice (real servicer that bought a guarantor's 求償債権, one-page fax)",
                unusual="one-page G4 fax with a grey 「FAX送信のご案内」 strip (送信日, 全1枚); the addressee's OWN fax number "
                        "under the name (distractor); real servicer ★ SMBC債権回収株式会社 (a Latin-letter name) with 「法務大臣許可番号 "
                        "第10号」 top-right; THREE parties in a shaded-first-column table: 原契約先（融資銀行） / 譲渡人（代位弁済者） / "
                        "the servicer, with 代位弁済日 and 当社譲受日; a rows-ruled 求償元金（代位弁済額） / 損害金 / ご請求金額 計 "
                        "(no interest); 32,000,000円 ご融資当初額 / 抵当権設定額 as distractors; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bm08 mortgage lender's 督促状 for a loan it put into a 信託: the trust bank owns it, the lender still collects.


def bm08():
    R = 14.0
    issued, due = D(2026, 4, 20), D(2026, 5, 1)
    trust_day, lastp = D(2022, 7, 29), D(2026, 1, 5)
    rows = [(D(2026, 2, 5), 58_214, 11_486), (D(2026, 3, 5), 58_302, 11_398), (D(2026, 4, 6), 58_390, 11_310)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr + it, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt, add_up(pr + it + lt, pr, it, lt)))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = add_up(P + I + L, P, I, L)
    assert sum(r[4] for r in calc) == T
    Y = (0.75, 0.55, 0.0)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 12, 12, color=None, fill=Y))
    p.at(21, 20.3, "Y", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(30, 18.5, "やませみホームローン", size=14, font="sans-bold", color=BROWN)
    p.at(30, 23.5, "株式会社やませみホームローン　お客様サービス部", size=8, color=BROWN)
    p.at(196, 17, f"{slash(issued)} 発行", size=9.5, align="r")
    p.at(196, 22.5, "督促番号：YM-2604-1185", size=9.5, align="r")
    window(p, 15, 30, "460-0000", ["愛知県名古屋市中区伊吹山通九丁目9番9号", "ロイヤルコート伊吹山 305号"], "椿本　由香里　様",
           "bm08", w=96, h=36)
    y = 32
    p.add(Box(118, y, 78, 32, 0.4, BROWN))
    p.at(121, y + 5.5, "債権者について", size=9, font="sans-bold", color=BROWN)
    for i, s in enumerate(["債権者（受託者）", "　蓮華信託銀行株式会社", "回収事務受託者（本状の差出人）", "　株式会社やませみホームローン",
                           f"信託譲渡日　{slash(trust_day)}"]):
        p.at(121, y + 11 + i * 4.6, s, size=8.4)
    p.y = 72
    p.title("ご返済遅延のお知らせ（督促状）", size=14.5)
    p.para(f"お客様の住宅ローン債権は、{slash(trust_day)}付で信託契約に基づき当社から蓮華信託銀行株式会社（受託者）に信託譲渡"
           "されております。現在の債権者は同行ですが、当社は同行から回収事務の委託を受け、引き続きお客様の窓口としてご返済を"
           "お受けしております。", size=9.5)
    p.para(f"さて、下記のとおり3回分のご返済が確認できておりません（最終ご入金 {slash(lastp)}）。下表の合計額を下記期限までに"
           "ご入金ください。", size=9.5)
    p.gap(1)
    head = ["ご返済日", "元金", "利息", "遅延損害金", "小計"]
    body = [[slash(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for d, pr, it, lt, sub in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [32, 36, 34, 38, 41], x=15, header=True, aligns="crrrr", size=9.5, row_h=7.5)
    p.line("（単位：円）遅延損害金は各回の元利金に対し年14.0％、ご返済日の翌日から発行日までの日割計算です。", x=15, size=8)
    p.line(f"※4月分のご返済日（5日）は日曜日のため、翌営業日の {slash(D(2026, 4, 6))}（{wd(D(2026, 4, 6))}）としております。",
           x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.9, BROWN))
    p.at(20, y + 7, "ご入金期限", size=10, font="sans-bold", color=BROWN)
    p.at(20, y + 13, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(120, y + 7, "ご入金額", size=10, font="sans-bold", color=BROWN)
    p.at(192, y + 13, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.y = y + 21
    p.para("ご入金先　ご返済用口座（ときつ銀行 栄支店 普通 ****418）へご入金いただければ、当社が自動引落しいたします。", size=9.2,
           indent="")
    p.para("ご契約内容（ご参考）　ご融資番号 YH-31-007724　ご融資日 2018/11/30　当初ご融資額 34,800,000円　毎月ご返済額 69,700円",
           size=9.2, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.3, RED, (1.0, 0.96, 0.96)))
    p.at(19, y + 6, "ご注意", size=9.5, font="sans-bold", color=RED)
    for i, s in enumerate(["・ご延滞が続きますと、期限の利益を喪失し、残元金全額を一括してご返済いただくことになります。",
                           "・その場合、債権者（受託者）の指図により、保証会社による代位弁済や担保物件の競売に進むことがあります。",
                           "・ご返済が難しいときは、お早めにお客様サービス部（0120-000-318）へご相談ください。"]):
        p.at(19, y + 11 + i * 4.5, s, size=8.5)
    p.y = y + 26
    p.line("株式会社やませみホームローン　〒460-0000 愛知県名古屋市中区連翹町九丁目9番9号　お客様サービス部 0120-000-318",
           x=15, size=8.3)
    p.line("貸金業登録番号 東海財務局長(3)第00612号", x=15, size=8)
    tr = truth(document_type="collection_notice", sender="株式会社やませみホームローン", phone="0120-000-318",
               creditor="蓮華信託銀行株式会社", status="not_applicable", original="株式会社やませみホームローン",
               debtor="椿本由香里", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, acceleration=None, last_payment=lastp, assignment=trust_day, reference="YM-2604-1185",
               input_kind="pdf_text", template="proxy56_mortgage_lender_dunning_loan_held_in_trust",
               received=D(2026, 4, 22))
    return dict(stem="bm08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (mortgage lender collecting for the trust bank that owns the loan)",
                unusual="a 住宅ローン whose claim sits in a 信託: the letter comes from the LENDER as 回収事務受託者, while the "
                        "creditor is the trust bank 蓮華信託銀行株式会社 (受託者), stated in a framed 「債権者について」 box next "
                        "to the address window and again in the prose with the 信託譲渡日 2022/07/29; a Latin one-letter "
                        "mark; slash dates; arrears only (three missed instalments, lump false, no 喪失 date); a 5-column "
                        "ご返済日 / 元金 / 利息 / 遅延損害金 / 小計 table with a 合計 row and （単位：円）; the 4/5 → 4/6 "
                        "business-day note; ご融資番号, 2018 loan date, 34,800,000円 and 69,700円 as distractors; 貸金業登録番号")


LETTERS = [bm01, bm02, bm03, bm04, bm05, bm06, bm07, bm08]
