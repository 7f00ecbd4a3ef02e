"""Proxy set 104, letters di01–di08: "digital letters in strangers' layouts, round 2". Ordinary core mail as a
company's or a court's system prints it straight to PDF, each in a layout a stranger's template would choose:
values above their labels (di01), a joint notice with a 備考 column on page 2 (di02), a bank's 縦書き 喪失通知 (di03),
two unruled blocks and a sender block at the foot (di04), a 支払督促 with a header-row 当事者 table (di05), a 地裁 (ワ)
呼出状 + 訴状 (di06), a settlement with a 項目 / 金額 / 備考 table (di07), and a consumer lender's arrears letter whose
amounts are only in prose, with a small-print page of distractors (di08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
INDIGO = (0.16, 0.20, 0.45)
RUST = (0.62, 0.25, 0.10)
PINE = (0.08, 0.36, 0.30)
PLUM = (0.38, 0.12, 0.36)
SLATE = (0.25, 0.30, 0.36)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def en(n: int) -> str:
    return f"{n:,}円"


# ---------------------------------------------------------------------------------------------
# di01 ニッテレ債権回収 (real) ご請求書（一括）: two blocks side by side, each amount printed ABOVE its label.


def di01():
    R = 18.0
    issued, due = D(2025, 6, 16), D(2025, 6, 30)
    acc, lastp, asg = D(2024, 11, 5), D(2024, 9, 27), D(2025, 3, 31)
    P, I = 482_315, 21_804
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    # sender block top-left, info block top-right (no rules)
    p.add(Box(15, 12, 4, 15, color=None, fill=INDIGO))
    p.at(22, 18, "ニッテレ債権回収株式会社", size=12.5, font="sans-bold", color=INDIGO)
    p.at(22, 23, "管理第二部　回収グループ", size=8.5)
    p.at(22, 27, "法務大臣許可番号　第7号", size=8.5)
    for i, (a, b) in enumerate((("発行日", wdate(issued)), ("お客様番号", "NT-4471-0938"), ("頁", "1 / 1"))):
        p.at(150, 17 + i * 4.8, a, size=8.5, color=GRAY)
        p.at(196, 17 + i * 4.8, b, size=9, align="r")
    # address window
    y = 38
    bars(p, 19, y + 2, 56, 3.0, "di01")
    p.at(19, y + 11, "〒918-0000", size=9.5)
    p.at(19, y + 16, "福井県福井市かつら通三丁目14番2号", size=9.5)
    p.at(19, y + 21, "紅梅坂ハイツ203", size=9.5)
    p.at(24, y + 30, "神代　崇範　様", size=13.5)
    p.y = 78
    p.title("ご請求書（一括）", size=15.5)
    p.para("貴殿が株式会社ヴェガカードとの間で締結されたカード利用契約に基づく債権は、当社が同社より譲り受けております。"
           "当社からは既に数回にわたりご連絡を差し上げておりますが、本日までにご入金もご連絡もいただいておりません。", size=9.6)
    p.para(f"貴殿は既に期限の利益を喪失されておりますので、右欄のご請求額の全額を、{wdate(due)}（{wd(due)}）までに一括して"
           "下記口座へお支払いください。お支払いが困難な場合も、必ず同日までに当社担当者へご連絡ください。", size=9.6)
    p.gap(3)
    y0 = p.y
    # left block: contract, plain label / value lines
    p.add(Box(15, y0, 88, 7, color=None, fill=SHADE))
    p.at(18, y0 + 5, "ご契約の内容", size=9.5, font="sans-bold")
    rows = [("原債権者", "株式会社ヴェガカード"), ("ご契約日", "2019年8月2日"), ("ご利用限度額", "500,000円"),
            ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("債権譲受日", wdate(asg)),
            ("ご契約番号", "VG-2019-080217")]
    for i, (a, b) in enumerate(rows):
        yy = y0 + 14 + i * 6.6
        p.at(18, yy, a, size=8.6, color=GRAY)
        p.at(50, yy, b, size=9.4)
        p.add(Line(18, yy + 2.2, 101, yy + 2.2, 0.1, GRAY))
    # right block: amounts, value ABOVE its label
    p.add(Box(110, y0, 86, 7, color=None, fill=SHADE))
    p.at(113, y0 + 5, f"ご請求の内容（{wdate(issued)}現在）", size=9.5, font="sans-bold")
    items = [(en(P), "残元金"), (en(I), "未払利息"), (en(L), "遅延損害金 ※1")]
    for i, (v, lab) in enumerate(items):
        yy = y0 + 15 + i * 11
        p.at(192, yy, v, size=12.5, align="r")
        p.at(192, yy + 4.2, lab, size=7.8, align="r", color=GRAY)
    yy = y0 + 15 + 3 * 11 + 2
    p.add(Line(113, yy - 6, 194, yy - 6, 0.5))
    p.at(192, yy + 1, en(T), size=16, font="sans-bold", align="r", color=INDIGO)
    p.at(192, yy + 5.6, "ご請求額（合計）", size=8.2, align="r", font="sans-bold")
    p.y = y0 + 66
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("きりさめ銀行　本店営業部　普通預金　7301446　口座名義　ニッテレサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※お振込みの際は、ご依頼人名の前にお客様番号の下4桁（0938）を入力してください。", size=8.6, indent="")
    p.gap(2)
    p.line("注記", size=9, font="sans-bold")
    for s in (f"※1　遅延損害金は、残元金に対し期限の利益喪失日の翌日から{wdate(issued)}まで年18.0％（年365日の日割計算）"
              "で計算しています。同日の翌日以降も完済まで同率で発生します。",
              "※2　ご利用限度額・ご契約番号はご参考として記載しています。",
              "※3　本書と行き違いでご入金いただいた場合は、ご容赦ください。"):
        p.para(s, size=8.2, indent="")
    # footer: sender details
    p.add(Line(15, 262, 196, 262, 0.6, INDIGO))
    p.at(15, 268, "ニッテレ債権回収株式会社　管理第二部", size=9, font="sans-bold")
    p.at(15, 272.5, "〒103-0000　東京都中央区日本橋柳風町二丁目5番8号　担当：益留", size=8.3)
    p.at(15, 277, "フリーダイヤル 0120-000-715（平日9:30～18:00）　FAX 03-0000-7160", size=8.3)
    p.seal(185, 271, 13, "square", "ニッテレ債権回収印", angle=2, seed=104011)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-715", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社ヴェガカード", debtor="神代崇範", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="NT-4471-0938", input_kind="pdf_text",
               template="proxy104_servicer_lump_value_above_label", received=D(2025, 6, 18))
    return dict(stem="di01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of a bought card debt)",
                unusual="real servicer ★ ニッテレ債権回収株式会社 with 「法務大臣許可番号　第7号」 in a small top-LEFT sender "
                        "block beside an indigo bar; an unruled info block top right (発行日 in western 年月日, お客様番号, 頁); "
                        "window address with bars; TWO blocks side by side: ご契約の内容 (原債権者, ご契約日 2019, ご利用限度額 "
                        "500,000円, 最終ご入金日, 喪失日, 債権譲受日, ご契約番号) and ご請求の内容 with every amount printed "
                        "ABOVE its small grey label (残元金 / 未払利息 / 遅延損害金 ※1 / ご請求額（合計）); the deadline only "
                        "in the prose; footnotes ※1–※3; TEL and FAX in the footer")


# ---------------------------------------------------------------------------------------------
# di02 joint 債権譲渡通知書, card company → セゾン債権回収 (real); page 2 a 項目 / 金額 / 備考 table.


def di02():
    R = 14.6
    issued, asg = D(2025, 7, 22), D(2025, 7, 1)
    acc, lastp = D(2025, 1, 27), D(2024, 11, 27)
    shop, cash = 312_000, 95_000
    P, I = shop + cash, 12_340
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, wdate(issued), size=10.5, align="r", font="serif")
    p.y = 26
    p.line("〒761-0000　香川県高松市すずめうり町八丁目3番11号", size=10, x=18)
    p.line("江良　美智代　殿", size=13.5, x=22)
    p.gap(8)
    p.title("債 権 譲 渡 通 知 書", size=17, font="serif-bold")
    p.line("拝啓　時下ますますご清栄のこととお慶び申し上げます。", size=10.5)
    p.para(f"さて、通知人株式会社円山クレジット（以下「譲渡人」といいます。）は、貴殿に対して有する別紙記載の債権を、"
           f"{wdate(asg)}付で通知人セゾン債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしましたので、民法第467条に"
           "基づき、本書をもってご通知申し上げます。")
    p.para("つきましては、今後は上記債権に関するお支払い及びお問い合わせを、すべて譲受人宛てにお願い申し上げます。譲渡人へ"
           "のお支払いはお受けできませんので、ご注意ください。")
    p.para("なお、譲渡の対象には、元本のほか利息、遅延損害金その他一切の付随する権利が含まれます。")
    p.line("敬具", size=10.5, align="r")
    p.gap(6)
    # two notifier blocks in a ruled two-column table at the foot of page 1
    y = p.y
    p.add(Box(18, y, 172, 50, 0.4))
    p.add(Line(104, y, 104, y + 50, 0.3))
    p.add(Box(18, y, 172, 7, 0.3, None, SHADE))
    p.at(61, y + 5, "通知人（譲渡人）", size=9.5, align="c", font="serif-bold")
    p.at(147, y + 5, "通知人（譲受人）", size=9.5, align="c", font="serif-bold")
    for i, s in enumerate(("〒060-0000　札幌市中央区椋ノ木通五丁目2番", "株式会社円山クレジット", "代表取締役　関屋　智之",
                           "お客様相談室　011-000-4852")):
        p.at(21, y + 14 + i * 6.5, s, size=9.2 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    for i, s in enumerate(("〒170-0000　東京都豊島区楓ヶ丘一丁目9番1号", "セゾン債権回収株式会社", "代表取締役　越野　勝",
                           "法務大臣許可番号　第34号")):
        p.at(107, y + 14 + i * 6.5, s, size=9.2 if i != 1 else 10.5, font="serif-bold" if i == 1 else "serif")
    p.seal(92, y + 28, 14, "round", "円山クレジット|代表取締役印", angle=-5, seed=104021)
    p.seal(178, y + 28, 14, "round", "セゾン債権回収|代表取締役印", angle=4, seed=104022)
    p.at(107, y + 44, "お問い合わせ　0120-000-634", size=9.2)
    p.y = y + 56
    p.para("（別紙あり。お問い合わせの際は、別紙右上の管理番号をお申し出ください。）", size=9, indent="")
    # page 2
    q = Page(font="serif", size=10.5, top=18)
    q.at(18, 20, "別紙", size=10.5)
    q.at(196, 20, "管理番号　2507-118832", size=10, align="r")
    q.y = 28
    q.title("譲渡債権の表示", size=14, font="serif-bold")
    q.kv([("債務者", "江良　美智代"), ("原契約", "カード会員契約（ショッピング・キャッシング）"),
          ("ご契約日", "2018年4月19日"), ("会員番号", "4980-****-****-2216"), ("最終ご入金日", wdate(lastp)),
          ("期限の利益喪失日", wdate(acc)), ("債権譲渡日", wdate(asg))], x=22, label_w=40, size=10)
    q.gap(4)
    q.line(f"譲渡債権額（{wdate(asg)}現在）", size=10.5, font="serif-bold", x=22)
    q.gap(1)
    q.table([["項目", "金額", "備考"],
             ["元本", f"{P:,}", f"ショッピング {shop:,} ／ キャッシング {cash:,}"],
             ["利息", f"{I:,}", "キャッシング分　年15.0％（喪失日まで）"],
             ["遅延損害金", f"{L:,}", "※1"],
             ["合計", f"{T:,}", "（単位：円）"]],
            [38, 38, 96], x=22, header=True, aligns="lrl", size=10, row_h=8.5)
    q.gap(3)
    for s in (f"※1　元本に対し、{wdate(acc + timedelta(1))}から{wdate(asg)}まで年14.6％（年365日の日割計算）。",
              "※2　譲渡日の翌日以降も、元本に対し完済まで年14.6％の割合による遅延損害金が発生します。",
              "※3　譲渡人のカードはご利用いただけません。ご利用可能枠（当初 500,000円）は消滅しています。"):
        q.para(s, x0=22, size=9.2, indent="")
    q.gap(6)
    q.para("本通知書は、債権譲渡の事実をお知らせするものです。お支払方法については、後日譲受人より別途ご案内いたします。",
           x0=22, size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-634", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社円山クレジット", debtor="江良美智代", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="2507-118832", input_kind="pdf_text_2page",
               template="proxy104_joint_assignment_remarks_column_page2", received=D(2025, 7, 25))
    return dict(stem="di02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, 2 pages)",
                unusual="joint 債権譲渡通知書 in serif (拝啓 … 敬具, 民法第467条): the two notifier blocks in a ruled "
                        "two-column table with a shaded header at the foot of p.1 (譲渡人 with its own お客様相談室 011 "
                        "phone, 譲受人 ★ セゾン債権回収株式会社 with 「法務大臣許可番号　第34号」 and お問い合わせ 0120); NO "
                        "amounts on p.1; p.2 別紙 with 管理番号 top right, kv lines (ご契約日 2018, masked 会員番号, 最終ご入金日, "
                        "喪失日, 債権譲渡日) and a 項目 / 金額 / 備考 table whose 備考 holds the ショッピング / キャッシング split, "
                        "an interest rate 年15.0％ and the 「（単位：円）」 unit; footnotes ※1–※3 with 利用可能枠 500,000円; "
                        "informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# di03 株式会社米代銀行 縦書き 期限の利益喪失通知書 (digital, no 内容証明 stamp): positional kanji amounts.


def di03():
    R = 14.0
    issued, due = D(2025, 9, 5), D(2025, 9, 19)
    warn, acc, lastp = D(2025, 8, 8), D(2025, 8, 29), D(2025, 4, 30)
    P, I = 1_846_200, 14_390
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    ky = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　貴殿と当行との間の平成三十年十月十二日付金銭消費貸借契約（マイカーローン、融資番号四四〇二―"
                 "〇〇一八七五）に基づく借入金について、貴殿は令和七年五月分以降の約定返済を怠っております。"),
        ("body", f"当行は、{kdate(warn)}付催告書により、延滞元利金を{kdate(acc)}までにお支払いいただくよう催告いたしましたが、"
                 "同日までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、同契約書第十二条第二項の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失いたしました"
                 "ので、本書をもってご通知申し上げます。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、一括して当行へお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　　{ky(P)}"),
        ("indent", f"一、未収利息　　　{ky(I)}"),
        ("indent", f"一、遅延損害金　　{ky(L)}"),
        ("plain", f"　　　（{kdate(acc + timedelta(1))}から{kdate(issued)}まで、年十四パーセント）"),
        ("indent", f"一、合計　　　　　{ky(T)}"),
        ("body", f"なお、最後のご入金は{kdate(lastp)}でございます。右の期限までにお支払いのない場合は、連帯保証人への請求"
                 "及び法的手続に移行いたしますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "秋田県能代市桜馬場二丁目四番十号"),
        ("low", "株式会社米代銀行　能代東支店"),
        ("low", "支店長　押領司　宏"),
        ("low", "電話　〇一八五（〇〇）三九二七"),
        ("blank", ""),
        ("low", "秋田県能代市藤見町一丁目七番三号"),
        ("low", "糠信　耕平　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "押領司" in it.s]
    pg.items.append(Seal(xs[0] - 3.3, 22.0 + (8 + 21) * size * 0.3528 * 1.05, 11, "square", "米代銀行能代東支店長印",
                         angle=-3, seed=104031))
    tr = truth(document_type="acceleration_notice", sender="株式会社米代銀行", phone="0185-00-3927",
               creditor="株式会社米代銀行", status="not_applicable", debtor="糠信耕平", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy104_vertical_bank_acceleration_kanji", received=D(2025, 9, 8))
    return dict(stem="di03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (bank, 縦書き, digital)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a bank branch as a digital PDF, no 内容証明 stamp: "
                        "positional kanji amounts (金百八十四万六千二百円 …) in 一、 items; the 催告書 date 令和七年八月八日 and "
                        "its deadline 八月二十九日 (= acceleration 「の経過をもって」); 平成三十年 contract date and a 融資番号 "
                        "in kanji digits (not a reference → null); 契約書第十二条第二項; the last payment in the closing "
                        "paragraph; a 4-digit area code in kanji 〇一八五（〇〇）三九二七")


# ---------------------------------------------------------------------------------------------
# di04 神通住宅保証 代位弁済のご通知: two unruled blocks, claim with dotted leaders, sender block at the FOOT.


def di04():
    R = 14.6
    issued, due = D(2025, 10, 14), D(2025, 10, 31)
    subro, acc, lastp = D(2025, 9, 26), D(2025, 7, 10), D(2025, 3, 27)
    P0, I0 = 17_482_100, 52_306
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 17, f"{era(issued)}", size=9.5)
    p.at(15, 22, "求償債権番号　JN-0925-6613", size=9.5)
    p.y = 30
    p.line("岡山県倉敷市青梅台四丁目2番7号", size=10, x=15)
    p.line("面高　和彦　様", size=13.5, x=19)
    p.gap(6)
    p.title("代位弁済のご通知（求償金のご請求）", size=14.5)
    p.para("貴殿が株式会社高梁銀行から借り入れた住宅ローンについて、当社は保証委託契約に基づき連帯保証をしておりました。"
           f"貴殿は{era(acc)}の経過をもって同行に対する期限の利益を喪失されたため、当社は同行の請求により、"
           f"{era(subro)}、保証債務を履行（代位弁済）いたしました。", size=9.6)
    p.para("これにより、当社は貴殿に対し下記の求償権を取得いたしましたので、ご通知するとともに、下記金額を一括してお支払い"
           "くださいますようご請求申し上げます。", size=9.6)
    p.gap(3)
    y0 = p.y
    p.at(15, y0 + 4, "■ お借入の内容（株式会社高梁銀行）", size=9.5, font="sans-bold", color=RUST)
    p.at(110, y0 + 4, "■ 代位弁済の内容", size=9.5, font="sans-bold", color=RUST)
    left = [("お借入日", "平成29年6月30日"), ("当初お借入額", "21,800,000円"), ("最終ご返済日", era(lastp)),
            ("期限の利益喪失日", era(acc))]
    right = [("代位弁済日", era(subro)), ("代位弁済額", en(S)), ("　内訳 元金", en(P0)), ("　　　 利息", en(I0)),
             ("　　　 損害金", en(L0))]
    for i, (a, b) in enumerate(left):
        p.at(18, y0 + 11 + i * 5.8, a, size=8.8, color=GRAY)
        p.at(100, y0 + 11 + i * 5.8, b, size=9.4, align="r")
    for i, (a, b) in enumerate(right):
        p.at(113, y0 + 11 + i * 5.8, a, size=8.8, color=GRAY)
        p.at(196, y0 + 11 + i * 5.8, b, size=9.4, align="r")
    p.y = y0 + 11 + 5 * 5.8 + 4
    p.add(Line(15, p.y, 196, p.y, 0.3, RUST))
    p.gap(4)
    p.line(f"■ ご請求金額（{era(issued)}現在）", size=10, font="sans-bold", color=RUST)
    p.gap(1)
    leader(p, "求償元金", en(S), 24, 150, size=10.5)
    leader(p, "損害金（代位弁済日の翌日から年14.6％）", en(L), 24, 150, size=10.5)
    p.add(Line(24, p.y, 150, p.y, 0.5))
    p.gap(1)
    leader(p, "合計", en(T), 24, 150, size=11.5, font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 126, 11, 0.8, RUST))
    p.at(28, y + 7.4, "お支払期日", size=10.5, font="sans-bold")
    p.at(60, y + 7.6, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 15
    p.para("お振込先　高梁銀行　倉敷駅前支店　普通　0661301　ジンツウジュウタクホショウ（カ", size=9.2, indent="")
    p.gap(1)
    p.line("（ご注意）", size=8.8, font="sans-bold")
    for s in ("・求償元金に対しては、代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の損害金が発生します。",
              "・本件不動産には当社を権利者とする抵当権（極度額 金24,000,000円）が設定されています。お支払いのない場合、"
              "担保不動産競売の申立てを行うことがあります。",
              "・ご返済のご相談は、お支払期日までにお電話ください。"):
        p.para(s, size=8.6, indent="")
    # sender block at the foot, boxed
    y = 252
    p.add(Box(100, y, 96, 30, 0.3, GRAY))
    for i, (s, sz, f) in enumerate((("神通住宅保証株式会社", 11, "sans-bold"), ("債権管理部　担当　杉生", 9, "sans"),
                                    ("〒700-0000　岡山市北区せんぶり町1丁目8番20号", 8.2, "sans"),
                                    ("TEL 086-000-4410　FAX 086-000-4419", 9, "sans"),
                                    ("貸金業登録番号　中国財務局長(2)第00318号", 7.8, "sans"))):
        p.at(104, y + 6 + i * 5.2, s, size=sz, font=f)
    p.seal(186, y + 10, 12, "square", "神通住宅保証印", angle=-3, seed=104041)
    tr = truth(document_type="acceleration_notice", sender="神通住宅保証株式会社", phone="086-000-4410",
               creditor="神通住宅保証株式会社", status="not_applicable", original="株式会社高梁銀行", debtor="面高和彦",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="JN-0925-6613", input_kind="pdf_text",
               template="proxy104_guarantor_subrogation_two_blocks_foot_sender", received=D(2025, 10, 16))
    return dict(stem="di04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済通知 of a housing loan)",
                unusual="保証会社 代位弁済のご通知（求償金のご請求）: date and 求償債権番号 top LEFT; two UNRULED ■ blocks side by "
                        "side (お借入の内容: お借入日 平成29年, 当初お借入額 21,800,000円, 最終ご返済日, 喪失日 / 代位弁済の内容: "
                        "代位弁済日, 代位弁済額 and its 内訳 元金 / 利息 / 損害金 = history); the claim as dotted-leader lines "
                        "求償元金 / 損害金（代位弁済日の翌日から年14.6％） / 合計 (no interest); a framed お支払期日; 極度額 "
                        "24,000,000円 in the notes; the sender block boxed at the FOOT with TEL, FAX and a 貸金業登録番号")


# ---------------------------------------------------------------------------------------------
# di05 水戸簡易裁判所 支払督促 (one page): 当事者 as a header-row table, 請求の趣旨 as numbered lines.


def di05():
    R = 18.0
    issued, filed = D(2025, 11, 12), D(2025, 10, 29)
    acc, lastp, asg = D(2025, 3, 16), D(2024, 12, 25), D(2025, 6, 30)
    P, I = 624_880, 18_412
    L = late(P, R, acc + timedelta(1), filed)
    C = 3_730
    T = P + I + L + C
    p = Page(font="serif", size=10, top=14)
    p.at(196, 16, "令和7年(ロ)第1482号　譲受債権請求督促事件", size=9.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.table([["区分", "住所（送達場所）", "氏名又は名称"],
             ["債権者", "〒310-0000 茨城県水戸市蓮池西三丁目1番5号", "黒部債権回収株式会社"],
             ["", "（送達場所　同上　電話 029-000-8815）", "代表者代表取締役　相葉　和幸"],
             ["債務者", "〒311-0000 茨城県ひたちなか市松風台二丁目6番18号", "枦山　祐介"]],
            [18, 104, 59], x=15, header=True, aligns="lll", size=8.8, row_h=7.2, ruled="rows")
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    lines = [("1", "金624,880円", "（残元金）"),
             ("2", f"金{I:,}円", "（令和7年3月16日までの利息）"),
             ("3", f"金{L:,}円", "（残元金に対する令和7年3月17日から令和7年10月29日まで年18.0％の確定遅延損害金）"),
             ("4", "", "上記1の金額に対する令和7年10月30日から完済まで年18.0％の割合による遅延損害金"),
             ("5", f"金{C:,}円", "（督促手続費用）")]
    for n, amt, note in lines:
        b = p.line(n, x=20, size=10)
        if amt:
            p.at(66, b, amt, size=10, align="r")
            p.at(70, b, note, size=8.8)
        else:
            p.at(30, b, note, size=9.4)
    p.gap(1)
    b = p.line("合計", x=30, size=10.5, font="serif-bold")
    p.at(66, b, f"金{T:,}円", size=10.5, align="r", font="serif-bold")
    p.at(70, b, "（上記1、2、3及び5の合計）", size=8.8)
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("1　株式会社コメットファイナンス（以下「原債権者」）は、債務者との間で、令和3年2月8日、極度額70万円、利率年17.8％、"
              "遅延損害金年18.0％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"2　債務者は、令和6年12月25日の弁済を最後に約定の支払を怠ったため、{era(acc)}の経過により期限の利益を喪失した。",
              f"3　原債権者は、{era(asg)}、上記債権を債権者に譲渡し、同年7月4日到達の内容証明郵便をもって債務者にその旨を通知した。"):
        p.para(s, x0=20, size=9.2, indent="")
    p.gap(3)
    p.line(f"申立年月日　{era(filed)}", x=20, size=9.5)
    p.gap(2)
    p.line(f"　{era(issued)}", size=10.5, x=100)
    p.line("　　水戸簡易裁判所", size=10.5, x=100)
    p.line("　　　裁判所書記官　入来院　早苗", size=10.5, x=100)
    p.seal(186, p.y - 8, 13, "square", "水戸簡易裁判所書記官印", angle=0, seed=104051)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 19, 0.3))
    p.at(18, y + 5, "（注意）", size=8.8, font="serif-bold")
    p.at(18, y + 10, "この支払督促に異議があるときは、同封の督促異議申立書を提出してください。", size=8.8)
    p.at(18, y + 15, "お問い合わせ　水戸簡易裁判所　民事督促係　電話 029-000-2261（事件番号をお知らせください）", size=8.8)
    tr = truth(document_type="payment_order", sender="水戸簡易裁判所", phone="029-000-2261",
               creditor="黒部債権回収株式会社", status="unverified", original="株式会社コメットファイナンス",
               debtor="枦山祐介", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference="令和7年(ロ)第1482号",
               input_kind="pdf_text", template="proxy104_payment_order_header_row_parties", received=D(2025, 11, 15))
    return dict(stem="di05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, invented servicer creditor, one page)",
                unusual="a whole 支払督促 of 水戸簡裁 on ONE digital page: the half-width case number with the 事件名 top "
                        "right; the parties as a rows-ruled table with a header row 区分 / 住所（送達場所） / 氏名又は名称 "
                        "(the creditor's phone inside the address cell = distractor); creditor the INVENTED servicer "
                        "黒部債権回収 (no licence in a court paper → unverified); 請求の趣旨 as numbered lines with the amount "
                        "in a right-aligned column and the label AFTER it in brackets, running item 4 without an amount, "
                        "合計 「（上記1、2、3及び5の合計）」; 請求の原因 with 極度額70万円 and 年17.8％; 申立年月日 above the "
                        "order date")


# ---------------------------------------------------------------------------------------------
# di06 和歌山地方裁判所 (ワ) 呼出状 (p.1) + 訴状 (p.2); plaintiff a bank.


def di06():
    R = 14.0
    issued, filed = D(2026, 1, 8), D(2025, 12, 19)
    hearing, answer = D(2026, 2, 18), D(2026, 2, 10)
    acc, lastp = D(2025, 8, 5), D(2025, 5, 27)
    P, I = 2_916_480, 38_215
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和7年(ワ)第623号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 18, "令和7年(ワ)第623号　貸金請求事件", size=10)
    p.at(196, 18, "和歌山地方裁判所第2民事部", size=10, align="r")
    p.y = 26
    p.kv([("原告", "株式会社紀の川銀行"), ("被告", "仲泊　恵")], x=24, label_w=18, size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　仲泊　恵　殿", size=12, x=20)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。")
    p.para("なお、訴状を読んだうえで、下記の答弁書提出期限までに答弁書を提出してください。答弁書を提出せず、期日にも出頭しない"
           "ときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。")
    p.gap(3)
    for lab, val in (("口頭弁論期日", f"令和8年2月18日（{wd(hearing)}）午前10時30分"),
                     ("出頭場所", "和歌山地方裁判所　第304号法廷（3階）"),
                     ("答弁書提出期限", f"令和8年2月10日（{wd(answer)}）")):
        y = p.y
        p.at(30, y + 5.5, lab, size=10, font="serif-bold")
        p.at(30, y + 10.5, val, size=12.5)
        p.add(Line(28, y + 13, 182, y + 13, 0.2, GRAY))
        p.y = y + 16
    p.gap(3)
    p.line("（持参するもの）この呼出状、認印、身分証明書", size=9.5, x=24)
    p.line("（注）訴状副本、証拠書類写し（甲第1号証ないし甲第4号証）、答弁書用紙を同封しています。", size=9.5, x=24)
    p.gap(8)
    p.line("令和8年1月8日", size=10.5, x=110)
    p.line("和歌山地方裁判所第2民事部", size=10.5, x=110)
    p.line("裁判所書記官　梅舘　恭子", size=10.5, x=110)
    p.seal(188, p.y - 6, 13, "square", "和歌山地方裁判所書記官印", angle=0, seed=104061)
    p.gap(10)
    p.line("〒640-0000　和歌山市紀の川町九丁目1番1号", size=9, x=24)
    p.line("電話 073-000-1654（民事第2部合議係）　ファクシミリ 073-000-1659", size=9, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line("令和7年12月19日", size=10.5, align="r")
    q.line("和歌山地方裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原告", "株式会社紀の川銀行"), ("", "上記代表者代表取締役　長命　雅人"),
          ("", "〒640-0000 和歌山市桜馬場五丁目3番3号　電話 073-000-2381（融資管理部）"),
          ("被告", "仲泊　恵"), ("", "〒649-0000 和歌山県紀の川市柳風二丁目10番4号")], x=20, label_w=16, size=9.6)
    q.gap(2)
    q.line("貸金請求事件", size=10.5, x=20)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金21,000円", size=10, x=20)
    q.gap(2)
    q.line("第1　請求の趣旨", size=11, font="serif-bold")
    q.para(f"1　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和7年12月20日から支払済みまで年14％の割合による"
           "金員を支払え。", x0=22, size=10, indent="")
    q.para("2　訴訟費用は被告の負担とする。", x0=22, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, size=10, indent="")
    q.gap(2)
    q.line("第2　請求の原因", size=11, font="serif-bold")
    for s in ("1　原告は、被告に対し、令和2年9月25日、次の約定で金3,500,000円を貸し付けた（甲第1号証）。"
              "利息年2.975％、毎月27日限り元利均等分割返済、遅延損害金年14％（年365日の日割計算）、約定返済を1回でも怠ったときは"
              "原告の請求により期限の利益を失う。",
              f"2　被告は、令和7年5月27日の返済を最後にその後の返済を怠り、原告は令和7年7月22日付催告書をもって催告したが、被告は"
              f"これに応じなかったため、{era(acc)}の経過をもって期限の利益を喪失した（甲第2号証、甲第3号証）。",
              "3　よって、原告は被告に対し、下記金員及びうち残元金に対する訴状作成日の翌日から支払済みまで約定の年14％の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=22, size=9.6, indent="")
    q.gap(1)
    q.table([["残元金", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
             ["遅延損害金（令和7年8月6日から令和7年12月19日まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [110, 40], x=30, aligns="lr", size=9.6, row_h=7, ruled="grid")
    q.gap(3)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約証書　甲第2号証 取引履歴　甲第3号証 催告書　甲第4号証 配達証明書", size=8.8, x=22)
    tr = truth(document_type="lawsuit", sender="和歌山地方裁判所", phone="073-000-1654", creditor="株式会社紀の川銀行",
               status="not_applicable", debtor="仲泊恵", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy104_district_summons_label_above_value", received=D(2026, 1, 10))
    return dict(stem="di06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), bank plaintiff, 2 pages)",
                unusual="和歌山地裁 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: the case number "
                        "top LEFT and the 部 top RIGHT on one line; the 期日 / 出頭場所 / 答弁書提出期限 as bold labels with "
                        "the value on the line BELOW each, hairline under each pair; 令和8年2月18日（水）午前10時30分, "
                        "answer 2/10 (the 11th is a holiday); the court's phone and ファクシミリ at the foot; p.2 訴状 dated "
                        "12/19 with the plaintiff bank's 融資管理部 phone (distractor), 訴訟物の価額 = total and 貼用印紙額 "
                        "21,000円 (not costs); 請求の趣旨 「金…及びうち金…」; the 令和2年 loan of 3,500,000円, 年2.975％ and "
                        "the 催告書 date as distractors; a grid 残元金 / 未払利息 / 遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# di07 アルファ債権回収 (real) 分割弁済のご提案: letterhead RIGHT, 項目 / 金額 / 備考 table, plan table, deadline row.


def di07():
    R = 14.6
    issued, due = D(2025, 12, 1), D(2026, 1, 16)
    acc, lastp, asg = D(2024, 10, 2), D(2024, 7, 1), D(2025, 2, 26)
    P, I = 736_500, 24_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    first, monthly, n = 25_000, 24_000, 35
    plan = first + monthly * n
    assert plan > P
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, f"{era(issued)}", size=10)
    p.at(15, 23, "お客様番号：AL-5128-0307", size=10)
    # letterhead on the right
    for i, (s, sz, f) in enumerate((("アルファ債権回収株式会社", 12, "sans-bold"), ("法務大臣許可番号第101号", 8.5, "sans"),
                                    ("〒104-0000 東京都中央区霞ヶ丘南一丁目2番3号", 8.2, "sans"),
                                    ("業務推進部　担当　雛田", 8.5, "sans"), ("TEL 03-0000-1019（平日9時～17時30分）", 8.5, "sans"))):
        p.at(196, 17 + i * 4.8, s, size=sz, font=f, align="r", color=SLATE if i == 0 else (0, 0, 0))
    p.y = 44
    p.line("〒862-0000　熊本県熊本市中央区梅ノ辻7丁目4番12号", size=10)
    p.line("桑門　直樹　様", size=13.5, x=24)
    p.gap(6)
    p.title("分割弁済のご提案", size=15)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。当社が株式会社五十鈴ファイナンスより譲り受けました貴殿の債務に"
           "つきまして、先日お電話でご相談いただきましたとおり、下記の条件による分割でのお支払いをご提案いたします。", size=9.6)
    p.gap(1)
    p.line("1．現在のご債務", size=10.5, font="sans-bold")
    p.table([["項目", "金額", "備考"], ["元金", en(P), f"{era(asg)}譲受"],
             ["利息", en(I), "期限の利益喪失日まで"],
             ["遅延損害金", en(L), f"年14.6％（{era(issued)}現在）"],
             ["現在のご債務額", en(T), "上記の合計"]],
            [44, 38, 96], x=18, header=True, aligns="lrl", size=9.6, row_h=7.6)
    p.gap(1)
    p.line(f"（ご参考）最終ご入金日 {era(lastp)}　期限の利益喪失日 {era(acc)}　原契約番号 IS-1907-22841", size=8.4, x=18)
    p.gap(3)
    p.line("2．お支払方法（ご提案）", size=10.5, font="sans-bold")
    p.table([["回", "お支払期日", "お支払額"], ["第1回", "令和8年1月30日", en(first)],
             ["第2回～第36回", "令和8年2月から毎月末日", f"各{en(monthly)}"],
             ["お支払総額", "", en(plan)]],
            [44, 78, 56], x=18, header=True, aligns="llr", size=9.6, row_h=7.2, ruled="rows")
    p.gap(1)
    p.para(f"※上記どおりお支払いいただいた場合、遅延損害金のうち{en(T - plan)}を免除いたします。お支払いを2回以上怠り、その額が"
           f"{en(monthly * 2)}に達したときは、免除は効力を失い、残額を一括してお支払いいただきます。", size=8.6, indent="", x0=18)
    p.gap(3)
    p.table([["ご回答期限", f"令和8年1月16日（{wd(due)}）必着", "同封の「分割弁済申込書」をご返送ください"]],
            [32, 56, 90], x=18, aligns="lll", size=9.8, row_h=9, shade_col0=True)
    p.gap(3)
    p.para("ご回答期限までにご返送がない場合、本提案はなかったものとさせていただきます。ご不明な点は担当者までお問い合わせ"
           "ください。", size=9.2)
    p.seal(188, 47, 13, "square", "アルファ債権回収印", angle=2, seed=104071)
    assert plan < T
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1019", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社五十鈴ファイナンス", debtor="桑門直樹", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AL-5128-0307", input_kind="pdf_text",
               template="proxy104_servicer_settlement_remarks_table", received=D(2025, 12, 4))
    return dict(stem="di07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (real servicer, 36 instalments)",
                unusual="real servicer ★ アルファ債権回収株式会社 with 「法務大臣許可番号第101号」 in a LETTERHEAD flush RIGHT "
                        "(five right-aligned lines) and the date + お客様番号 with a full-width colon top LEFT; a 項目 / 金額 / "
                        "備考 grid whose 備考 holds the 譲受 date, 「期限の利益喪失日まで」 and the rate with the as-of date; "
                        "a (ご参考) line with 最終ご入金日, 喪失日 and a 原契約番号; a rows-ruled plan table (25,000, 24,000 × 35, "
                        "お支払総額) and a waiver / 48,000 threshold note as distractors; the ご回答期限 as a one-row table "
                        "with a shaded label cell")


# ---------------------------------------------------------------------------------------------
# di08 株式会社コメットファイナンス 督促 (arrears): amounts only in prose, p.2 small print full of distractors.


def di08():
    R = 20.0
    issued, due = D(2026, 1, 20), D(2026, 1, 30)
    missed, lastp = D(2025, 12, 10), D(2025, 11, 10)
    pr, it = 28_412, 9_588
    L = late(pr + it, R, missed + timedelta(1), issued)
    T = pr + it + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=PLUM))
    p.at(15, 6.3, "COMET FINANCE", size=9, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "大切なお知らせ", size=9, font="sans-bold", color=WHITE, align="r")
    p.at(196, 17, f"{slash(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号 CF-77031-254", size=9.5, align="r")
    p.y = 16
    p.line("〒880-0000", size=9.5, x=15)
    p.line("宮崎県宮崎市こなら坂4丁目22番6号", size=9.5, x=15)
    p.line("音羽　里美　様", size=13, x=19)
    p.gap(8)
    p.title("ご返済についてのご連絡", size=14.5, color=PLUM)
    p.para("いつも株式会社コメットファイナンスをご利用いただき、ありがとうございます。", size=9.8)
    p.para(f"{slash(missed)}にお約束いただいておりましたご返済が、本日まで確認できておりません。前回のご入金は{slash(lastp)}"
           "でした。", size=9.8)
    p.para(f"ご請求金額は{en(T)}です。その内訳は、元金{en(pr)}、利息{en(it)}、遅延損害金{en(L)}（約定ご返済額に対し"
           f"ご返済期日の翌日から本日まで年20.0％）となっております。", size=9.8)
    p.para(f"お手数ですが、{slash(due)}（{wd(due)}）までに、下記いずれかの方法でご入金をお願いいたします。", size=9.8)
    p.gap(2)
    p.line("ご入金方法", size=10, font="sans-bold", color=PLUM)
    for s in ("・提携ATM（カードをご利用ください）",
              "・銀行振込　ひむか銀行 橘通支店 普通 2254017 カ）コメットファイナンス",
              "・口座振替の再振替はできません。"):
        p.line(s, size=9.4, x=20)
    p.gap(3)
    p.para("このままご入金の確認ができない場合、ご契約に基づき期限の利益を喪失し、ご利用残高全額を一括でご請求することが"
           "あります。また、信用情報機関に延滞の情報が登録されます。ご返済が難しい場合は、お早めにご相談ください。", size=9.4)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.3, PLUM))
    p.at(19, y + 6.5, "お問い合わせ　株式会社コメットファイナンス　お客様サポートセンター", size=9.5, font="sans-bold")
    p.at(19, y + 12.5, "フリーダイヤル 0120-000-317　受付 9:00～21:00（年末年始を除く）", size=9.5)
    p.at(19, y + 18, "〒880-0000 宮崎県宮崎市蓮池西1丁目5番5号　担当　廣政", size=8.6)
    p.y = y + 27
    p.line("裏面（2ページ目）に、ご契約内容とご注意事項を記載しています。", size=8.6, color=GRAY)
    q = Page(font="sans", size=8.6, top=16)
    q.line("ご契約内容（ご参考）", size=10, font="sans-bold", color=PLUM)
    q.table([["ご契約日", "2022/05/18", "ご契約番号", "6102-448170"],
             ["ご利用限度額", "500,000円", "ご利用残高（元金）", "412,500円"],
             ["約定ご返済日", "毎月10日", "約定ご返済額", "13,000円以上"],
             ["貸付利率（実質年率）", "17.80％", "遅延損害金（実質年率）", "20.00％"],
             ["次回ご返済日", "2026/02/10", "ご返済方式", "残高スライド元利定額"]],
            [38, 52, 42, 49], x=15, aligns="llll", size=8.6, row_h=6.6, shade_col0=False)
    q.line("※ご利用残高は2026/01/20時点のものです。ご請求金額とは異なります。", size=8)
    q.gap(4)
    q.line("ご注意事項", size=10, font="sans-bold", color=PLUM)
    for s in ("1．ご返済が遅れた場合、約定ご返済額に対し、ご返済期日の翌日からご入金日まで実質年率20.00％の遅延損害金が発生"
              "します。",
              "2．ご返済期日が土・日・祝日の場合は、翌営業日がご返済期日となります。",
              "3．ご延滞が2か月以上続いた場合、期限の利益を喪失し、ご利用残高全額を一括してご返済いただくことになります。",
              "4．ご返済総額・ご返済回数は、ご利用状況により変動します。ご返済シミュレーションは会員ページでご確認いただけます。",
              "5．本書面は貸金業法第17条に基づく書面ではありません。",
              "株式会社コメットファイナンス　貸金業者登録番号　九州財務局長(5)第00412号　日本貸金業協会会員第004718号"):
        q.para(s, size=8.4, indent="")
    q.gap(4)
    q.line("よくあるご質問", size=10, font="sans-bold", color=PLUM)
    for s in ("Q．一部だけ入金してもよいですか。　A．ご入金額は、遅延損害金、利息、元金の順に充当いたします。",
              "Q．返済日を変更できますか。　A．会員ページまたはお電話で、毎月5日・15日・25日からお選びいただけます。"):
        q.para(s, size=8.4, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社コメットファイナンス", phone="0120-000-317",
               creditor="株式会社コメットファイナンス", status="not_applicable", debtor="音羽里美", total=T, principal=pr,
               interest=it, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="CF-77031-254", input_kind="pdf_text_2page",
               template="proxy104_consumer_lender_arrears_prose_small_print", received=D(2026, 1, 22))
    return dict(stem="di08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (consumer lender, arrears of one instalment, 2 pages)",
                unusual="consumer lender's ご返済についてのご連絡 with a plum top band 「COMET FINANCE」 and 大切なお知らせ; "
                        "slash dates 2026/01/20; ALL amounts only in prose (「ご請求金額は…です。その内訳は、元金…、利息…、"
                        "遅延損害金…」); the deadline in the next sentence; arrears only (lump false, acceleration only "
                        "threatened); p.2 small print: a 4-column ご契約内容 grid with ご利用残高（元金） 412,500円 (NOT the "
                        "claim), ご利用限度額, 約定ご返済額, 17.80％ / 20.00％, 次回ご返済日 2026/02/10, the 貸金業者登録番号 "
                        "and the 協会会員番号, and a よくあるご質問")


LETTERS = [di01, di02, di03, di04, di05, di06, di07, di08]
