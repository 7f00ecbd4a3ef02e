"""Proxy set 75, letters cf01–cf08: "the held-out set as a stranger would write it, round 2". The core mail of a
frightened borrower: a real servicer's 督促状 with its licence (cf01), a guarantee company's 代位弁済通知 兼 求償金請求
(cf02), a real servicer's 縦書き 最終催告書 with the licence number in kanji (cf03), a real servicer's 催告書 with no
licence printed (cf04), a 簡裁 (ハ) 呼出状 + 訴状 (cf05), a 支払督促 (cf06), a 和解提案 by fax (cf07) and a servicer's
債権譲受通知 (cf08). Every household is separate; companies other than the real servicers are invented."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
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
    qr,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SMBC_GREEN = (0.0, 0.45, 0.32)
PINK = (0.99, 0.90, 0.93)
TEAL = (0.0, 0.38, 0.45)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def add(*parts: int) -> int:
    return sum(parts)


# ---------------------------------------------------------------------------------------------
# cf01 real servicer SMBC債権回収 (第10号): 「ご入金のお願い（督促状）」, window envelope, bank card loan.


def cf01():
    issued, due = D(2025, 11, 26), D(2025, 12, 10)
    acc, lastp, asg = D(2025, 3, 12), D(2024, 12, 27), D(2025, 7, 1)
    P, I, R = 684_215, 41_870, 18.0
    L = late(P, R, acc + timedelta(1), issued)
    T = add(P, I, L)
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "SMBC債権回収", size=15, font="sans-bold", color=SMBC_GREEN)
    p.at(15, 21.5, "SMBC Servicer", size=7, color=SMBC_GREEN)
    window(p, 15, 27, "016-0000", ["秋田県能代市さざんか坂九丁目9番9号", "さざんか坂ハイツ203"], "穂刈　拓真　様",
           "proxy75-cf01", w=95, h=40, code="＊＊＊郵便区内特別＊＊＊")
    grid(p, 122, 14, [26, 48], [["発行日", era(issued)], ["債権番号", "SB-2511-60473"], ["担当", "回収第二部　保刈"]],
         h=6.8, size=8.8)
    y = 38
    p.add(Box(122, y, 74, 29, 0.3, GRAY))
    for i, s in enumerate(["SMBC債権回収株式会社", "回収第二部", "〒104-0000 東京都中央区えごのき通9-9-9",
                           "フリーダイヤル　0120-000-611", "受付時間　平日 9:00～18:00"]):
        p.at(125, y + 5.5 + i * 5, s, size=10 if i == 0 else 8.2, font="sans-bold" if i == 0 else "sans")
    p.seal(188, y + 22, 11, "square", "SMBC債権回収印", angle=2, seed=75011)
    p.y = 73
    p.add(Box(15, p.y, 181, 11, color=None, fill=PINK))
    p.at(105.5, p.y + 7.8, "ご入金のお願い（督促状）", size=15, font="sans-bold", align="c", color=RED)
    p.y += 16
    p.para("拝啓　貴殿益々ご清栄のこととお喜び申し上げます。", size=9.8, indent="")
    p.para(f"さて、当社が{era(asg)}付で株式会社とらつぐみ銀行から譲り受けました貴殿の下記カードローン債権につきましては、"
           "たびたびご案内を差し上げておりますが、現在に至るまでご入金が確認できておりません。"
           f"貴殿は{era(acc)}をもって期限の利益を喪失されておりますので、下記金額を一括にてお支払いくださいますよう"
           "お願い申し上げます。", size=9.8)
    p.para("ご事情によりお支払いが困難な場合は、お支払期限までに必ず当社担当者までご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    grid(p, 15, p.y, [32, 58, 32, 59], [
        ["原債権者", "株式会社とらつぐみ銀行", "ご契約日", "令和2年9月14日"],
        ["商品名", "とらつぐみカードローン", "ご利用限度額", "800,000円"],
        ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)],
    ], h=7.2, size=8.8)
    p.y += 3 * 7.2 + 4
    p.line(f"ご請求金額の明細（{era(issued)}現在）", size=9.8, font="sans-bold")
    rows = [["項　目", "金　額", "備　考"],
            ["残元金", f"{P:,}円", ""],
            ["確定利息", f"{I:,}円", "期限の利益喪失日までの約定利息"],
            ["遅延損害金", f"{L:,}円", f"残元金に対し年{R:.1f}％（{era(acc + timedelta(1))}から）"],
            ["ご請求額", f"{T:,}円", ""]]
    p.table(rows, [40, 42, 99], x=15, header=True, aligns="lrl", size=9.4, row_h=7.6)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 17, 0.8, RED))
    p.at(20, y + 7, "お支払期限", size=10, font="sans-bold", color=RED)
    p.at(20, y + 13.5, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(120, y + 7, "お支払金額", size=10, font="sans-bold", color=RED)
    p.at(190, y + 13.5, f"{T:,}円", size=16, font="sans-bold", align="r")
    p.y = y + 22
    p.line("お振込先", size=9.8, font="sans-bold")
    p.para("とらつぐみ銀行　本店営業部　普通預金　口座番号 4060473　口座名義 エスエムビーシーサイケンカイシユウ（カ", size=9,
           indent="")
    p.para("※お振込の際は、お振込人名の前に債権番号の下5桁（60473）をご入力ください。振込手数料はお客様のご負担と"
           "なります。", size=8.4, indent="")
    p.para("※本状と行き違いにご入金いただいた場合は、何卒ご容赦ください。※お問い合わせの際は債権番号をお知らせください。",
           size=8.4, indent="")
    qr(p, 172, 262, 20, "proxy75-cf01-qr")
    p.at(15, 272, "SMBC債権回収株式会社", size=9, font="sans-bold")
    p.at(15, 277, "法務大臣許可　第10号", size=8.5)
    p.at(15, 282, "本書はお客様ご本人様宛の重要書類です。", size=7.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-611", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社とらつぐみ銀行", debtor="穂刈拓真", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="SB-2511-60473", input_kind="pdf_text",
               template="proxy75_servicer_dunning_window_grid", received=D(2025, 11, 28))
    return dict(stem="cf01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 督促状, licence printed)",
                unusual="real servicer ★ SMBC債権回収 「ご入金のお願い（督促状）」 in a pink title band; a window-envelope "
                        "address block with barcode and 「＊＊＊郵便区内特別＊＊＊」; a shaded 発行日 / 債権番号 / 担当 grid "
                        "top-right; the licence 「法務大臣許可　第10号」 only in the footer; a 2×3 contract grid (原債権者, "
                        "ご契約日, ご利用限度額 800,000 distractor, 最終ご入金日, 期限の利益喪失日); a 項目/金額/備考 table "
                        "with 残元金 / 確定利息 / 遅延損害金 / ご請求額; the due date and the total side by side in a red box; "
                        "the 5-digit 60473 in the transfer note and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# cf02 guarantee company ねむのき保証: 保証債務履行（代位弁済）のお知らせ 兼 求償金ご請求書, western dates; scanned.


def cf02():
    issued, due = D(2026, 2, 4), D(2026, 2, 20)
    subro, acc, lastp = D(2026, 1, 16), D(2025, 12, 5), D(2025, 9, 26)
    P0, I0 = 1_398_400, 23_570
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = add(P0, I0, L0)
    R = 14.6
    L = late(S, R, subro + timedelta(1), issued)
    T = add(S, L)
    p = Page(font="sans", size=10, top=14)
    p.at(196, 16, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 21.5, "保証番号：NM-26-01163", size=10, align="r")
    p.at(15, 26, "〒910-0000", size=10)
    p.at(15, 31, "福井県福井市つゆくさ町九丁目9番9号", size=10)
    p.at(20, 40, "梼原　恵美　様", size=13.5)
    for i, (s, sz) in enumerate((("ねむのき保証株式会社", 12), ("債権管理部　求償グループ", 9.5),
                                 ("〒530-0000 大阪府大阪市北区もくせい通九丁目9番9号", 8.5),
                                 ("電話 06-0000-2291（直通）　FAX 06-0000-2292", 8.5),
                                 ("近畿財務局長(3)第01786号　日本貸金業協会会員第006114号", 7.5))):
        p.at(112, 50 + i * 5.2, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(188, 52, 13, "square", "ねむのき保証之印", angle=-3, seed=75021)
    p.y = 80
    p.add(Box(30, p.y, 150, 17, 0.7))
    p.at(105, p.y + 7.2, "保証債務履行（代位弁済）のお知らせ", size=14, font="sans-bold", align="c")
    p.at(105, p.y + 13.6, "兼　求償金ご請求書", size=11.5, font="sans-bold", align="c")
    p.y += 22
    p.para("平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8)
    p.para("貴殿が株式会社ほととぎす銀行からお借入れの教育ローンにつきましては、当社が保証を行っておりましたところ、"
           f"約定のご返済が滞り{wdate(acc)}に期限の利益を喪失されたため、同行の請求により、当社は{wdate(subro)}、"
           "保証債務を履行（代位弁済）いたしました。", size=9.8)
    p.para("これにより、同行の貴殿に対する債権は当社に移転し、当社は貴殿に対し求償権を取得いたしました。つきましては、"
           "下記金額をお支払期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    p.line("【ご融資の内容と保証履行】", size=10, font="sans-bold")
    y = grid(p, 15, p.y, [34, 56, 34, 57], [
        ["融資銀行", "ほととぎす銀行 すいかずら坂支店", "ご融資日", "2022年4月8日"],
        ["ご融資金額", "2,000,000円", "最終ご返済日", wdate(lastp)],
        ["期限の利益喪失日", wdate(acc), "保証履行日", wdate(subro)],
        ["保証履行金額", f"{S:,}円", "うち元金", f"{P0:,}円"],
        ["うち利息", f"{I0:,}円", "うち損害金", f"{L0:,}円"],
    ], h=7.4, size=8.6)
    p.y = y + 5
    p.line(f"【ご請求金額】（{wdate(issued)}現在）", size=10, font="sans-bold")
    rows = [["項目", "金額", "摘要"],
            ["求償元金", f"{S:,}円", "保証履行金額"],
            ["求償損害金", f"{L:,}円", f"{subro.month}月{subro.day + 1}日から{issued.month}月{issued.day}日まで　年{R}％"],
            ["ご請求合計", f"{T:,}円", ""]]
    p.table(rows, [42, 44, 95], x=15, header=True, aligns="lrl", size=9.6, row_h=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 0.9))
    p.at(19, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.2, f"{wdate(due)}（{wd(due)}）まで", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先：ほととぎす銀行 本店営業部 当座預金 0291160　ネムノキホシヨウ（カ", size=9.3, indent="")
    p.para(f"※求償元金に対しては、保証履行日の翌日から完済の日まで年{R}％（年365日の日割計算）の割合による損害金が"
           "発生いたします。", size=8.8, indent="")
    p.para("※お支払期限までにお支払い又はご連絡がない場合には、法的手続により回収を図ることとなりますので、あらかじめ"
           "ご了承ください。", size=8.8, indent="")
    p.para("※連帯保証人の方には、別途ご通知しております。", size=8.8, indent="")
    tr = truth(document_type="acceleration_notice", sender="ねむのき保証株式会社", phone="06-0000-2291",
               creditor="ねむのき保証株式会社", status="not_applicable", original="株式会社ほととぎす銀行",
               debtor="梼原恵美", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="NM-26-01163",
               input_kind="scan_png", template="proxy75_guarantor_subrogation_recourse_grid",
               received=D(2026, 2, 6))
    return dict(stem="cf02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="acceleration_notice (guarantee company 代位弁済 兼 求償金請求, education loan)",
                unusual="a guarantee company's 「保証債務履行（代位弁済）のお知らせ　兼　求償金ご請求書」 in a framed two-line "
                        "title, scanned; western 年月日 dates; 保証番号 top-right under the date; the addressee LEFT and the "
                        "sender block indented right with a 貸金業 registration line; a shaded 4×2 grid (ご融資金額 2,000,000, "
                        "ご融資日, 最終ご返済日, 期限の利益喪失日, 保証履行日, 保証履行金額 with its 内訳 in one cell = "
                        "history); the claim as 求償元金 / 求償損害金 / ご請求合計 with a 摘要 column; TEL（直通） and FAX on "
                        "one line")


# ---------------------------------------------------------------------------------------------
# cf03 real servicer パルティール (licence printed in kanji: 第百十三号), 縦書き 最終催告書 (内容証明), digital.


def cf03():
    issued, due = D(2026, 1, 19), D(2026, 2, 2)
    acc, lastp, asg = D(2024, 3, 5), D(2023, 12, 27), D(2024, 10, 1)
    P, I, R = 412_806, 36_114, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = add(P, I, L)
    cols = [
        ("title", "最終催告書"),
        ("body", "前略　当社は、ひばりクレジット株式会社（以下「原債権者」といいます。）から、貴殿に対するカード利用契約に"
                 f"基づく債権を{kdate(asg)}付で譲り受けた債権回収会社です。"),
        ("body", f"貴殿は、{kdate(lastp)}の入金を最後にお支払いを怠り、{kdate(acc)}をもって期限の利益を喪失しております。"
                 "当社はこれまで再三にわたり書面にてお支払いをお願いしてまいりましたが、今日に至るまでお支払い及び"
                 "ご連絡をいただいておりません。"),
        ("body", f"つきましては、本書をもって最終の催告をいたします。左記金員を{kdate(due)}限り、当社指定口座へ"
                 "一括してお支払いください。"),
        ("body", "右期限までにお支払い又は誠意あるご連絡のない場合は、何らの通知なく、支払督促又は訴訟の提起等の法的手続に"
                 "移行いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和六年三月六日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　ことじ銀行　はぎの浦支店　普通預金"),
        ("plain", "　　　　口座番号　七〇四一二〇八"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都品川区ねじばな通九丁目九番九号"),
        ("low", "パルティール債権回収株式会社"),
        ("low", "法務大臣許可番号第百十三号"),
        ("low", "代表取締役　鳴海沢　賢治"),
        ("low", "電話　〇三（〇〇〇〇）五五一三"),
        ("low", "管理番号　ＰＴ－７０４１２"),
        ("blank", ""),
        ("low", "岐阜県岐阜市ほたるぶくろ台九丁目九番九号"),
        ("low", "仙洞田　修　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 75031))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鳴海沢" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 11, "square", "パルティール債権回収代表取締役印",
                         angle=3, seed=75032))
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-5513", creditor="パルティール債権回収株式会社", status="licensed",
               original="ひばりクレジット株式会社", debtor="仙洞田修", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="PT-70412", input_kind="vertical_pdf",
               template="proxy75_vertical_servicer_final_demand_kanji_licence", received=D(2026, 1, 21))
    return dict(stem="cf03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (real servicer, 縦書き 最終催告書, licence in kanji)",
                unusual="縦書き 最終催告書 (前略 … 草々) of real servicer ★ パルティール債権回収 with the 内容証明 stamp, digital; "
                        "the licence ONLY in kanji 「法務大臣許可番号第百十三号」 (→ 113); every date in kanji (譲受, last "
                        "payment, 喪失, due 「令和八年二月二日限り」); positional kanji amounts (金四十一万二千八百六円 …); the "
                        "rate 「年十四・六パーセント」; an account number in kanji digits (distractor); phone in kanji digits; "
                        "full-width 管理番号 ＰＴ－７０４１２")


# ---------------------------------------------------------------------------------------------
# cf04 real servicer エー・シー・エス債権管理回収, 催告書 WITHOUT a licence number; 基準日 ≠ letter date; phone photo.


def cf04():
    issued, asof, due = D(2026, 3, 2), D(2026, 2, 27), D(2026, 3, 16)
    acc, lastp, asg = D(2025, 6, 10), D(2025, 4, 25), D(2025, 9, 30)
    P, I, R = 238_740, 12_655, 20.0
    L = late(P, R, acc + timedelta(1), asof)
    T = add(P, I, L)
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(15, 6.3, "ACS", size=11, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "重要なお知らせ・親展", size=9, font="sans-bold", color=WHITE, align="r")
    p.y = 16
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.line("〒444-0000　愛知県岡崎市おけら台九丁目9番9号", size=10)
    p.line("楢舘　陽菜　様", size=14)
    p.gap(2)
    p.line("受付番号：7713-2085-46", size=9.5)
    p.y = 40
    for i, s in enumerate(["エー・シー・エス債権管理回収株式会社", "管理回収部　第三課", "〒261-0000 千葉県千葉市美浜区まつむし通9-9-9",
                           "お問合せ　0120-000-327（平日 9:30～18:00）"]):
        p.at(196, p.y + i * 5, s, size=10.5 if i == 0 else 8.8, font="serif-bold" if i == 0 else "serif", align="r")
    p.y = 66
    p.title("催　告　書", size=20, font="serif-bold")
    p.para("当社は、株式会社こまどりファイナンスから、同社が貴殿に対して有する金銭消費貸借契約に基づく債権を"
           f"{era(asg)}に譲り受け、その旨をご通知申し上げております。")
    p.para("しかしながら、その後も貴殿からのお支払いはなく、また当社からのご連絡にもご応答をいただいておりません。"
           f"本書面にて改めて催告いたしますので、{era(due)}（{wd(due)}）までに、下記ご請求総額を一括してお支払いください。")
    p.gap(2)
    p.kv([("原債権者", "：株式会社こまどりファイナンス"), ("契約番号", "：IF-0093-11472"),
          ("最終入金日", f"：{era(lastp)}"), ("期限の利益喪失日", f"：{era(acc)}")], x=25, label_w=38, size=10)
    p.gap(3)
    p.line(f"ご請求明細（{era(asof)}現在）", x=25, size=10.5, font="serif-bold")
    for lab, val in (("残元金", f"{P:,}円"), ("未払利息", f"{I:,}円"), (f"遅延損害金（年{R:.1f}％）", f"{L:,}円")):
        leader(p, lab, val, 30, 170, size=10.5)
    p.add(Line(30, p.y + 0.4, 170, p.y + 0.4, 0.5))
    p.gap(1.5)
    leader(p, "ご請求総額", f"{T:,}円", 30, 170, size=12, font="serif-bold")
    p.gap(3)
    y = p.y
    p.at(30, y + 5, "お支払期限", size=11, font="serif-bold", color=RED)
    p.at(60, y + 5, f"{era(due)}（{wd(due)}）", size=13, font="serif-bold", color=RED)
    p.add(Line(58, y + 7, 130, y + 7, 0.6, RED))
    p.y = y + 12
    p.para("【お振込先】いそかぜ銀行　ゆずりは通支店　普通預金　2085046　エーシーエスサイケンカンリカイシユウ（カ", size=9.5,
           indent="")
    p.para("期限までにお支払いもご連絡もない場合は、やむを得ず法的手続（支払督促申立て・訴訟提起等）の準備に入ります。"
           "お支払いについてご相談のある方は、期限までに必ずお電話ください。", size=9.5)
    p.para(f"※遅延損害金は{era(asof)}現在の金額です。以降も残元金に対し年{R:.1f}％の割合で日々発生いたします。"
           "※行き違いでご入金済みの場合はご容赦ください。", size=8.8, indent="")
    p.seal(150, 44, 12, "square", "エーシーエス債権管理回収印", angle=-2, seed=75041)
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=None,
               phone="0120-000-327", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社こまどりファイナンス", debtor="楢舘陽菜", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="7713-2085-46", input_kind="photo_jpeg",
               template="proxy75_servicer_saikoku_no_licence_leaders_photo", received=D(2026, 3, 4))
    return dict(stem="cf04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.86, warm=0.2, shadow=0.18,
                          shadow_side="bottom"),
                about="collection_notice (real servicer 催告書, no licence number printed)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "エー・シー・エス債権管理回収 prints NO licence number (licence null, still licensed); a teal band "
                        "「ACS」; serif; 受付番号 under the addressee; kv lines with full-width colons (原債権者, 契約番号 "
                        "IF-0093-11472 distractor, 最終入金日, 期限の利益喪失日); dotted-leader amounts 残元金 / 未払利息 / "
                        "遅延損害金（年20.0％） / ご請求総額 as of a 基準日 2/27 that is NOT the letter date 3/2; the due date "
                        "in red, underlined; the account number 2085046 near the 受付番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# cf05 lawsuit: 能代簡裁 (ハ) 第1回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), real servicer plaintiff.


def cf05():
    issued, filed = D(2026, 4, 15), D(2026, 3, 30)
    hearing, answer = D(2026, 5, 20), D(2026, 5, 13)
    acc, lastp, asg = D(2024, 10, 28), D(2024, 8, 27), D(2025, 2, 28)
    P, I, R = 356_420, 8_911, 18.0
    L = late(P, R, acc + timedelta(1), filed)
    T = add(P, I, L)
    case = "令和８年（ハ）第１４１号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, "（特別送達）", size=9, align="r")
    p.line(f"事件番号　{case}　譲受債権請求事件", size=10.5)
    p.line("原　　告　アルファ債権回収株式会社", size=10.5)
    p.line("被　　告　番場　俊介", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("被告　番場　俊介　殿", size=12)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。答弁書を提出しないで期日に"
           "欠席すると、原告の言い分どおりの判決がされることがあります。")
    p.line("記", align="c")
    rows = [["期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"],
            ["出頭場所", "能代簡易裁判所　第１号法廷（１階）"],
            ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]]
    p.table(rows, [40, 120], x=25, aligns="ll", size=10.5, row_h=9, ruled="grid", font="serif")
    p.gap(4)
    p.para("※出頭の際は、この呼出状と印鑑をお持ちください。※分割払いなどの話合いを希望する場合は、答弁書の該当欄に"
           "記入してください。", size=9.5, indent="")
    p.gap(6)
    p.line(fw(era(issued)), x=110, size=10.5)
    p.line("能代簡易裁判所　民事係", x=110, size=10.5)
    p.line("裁判所書記官　甲把　千晶", x=110, size=11)
    p.line("電話　0185-00-3127（民事係直通）", x=110, size=9.5)
    p.line("ＦＡＸ　0185-00-3128", x=110, size=9.5)
    p.seal(188, p.y - 16, 12, "square", "能代簡易裁判所書記官印", angle=1, seed=75051)
    q = Page(font="serif", size=10.3, top=16)
    q.title("訴　　状", size=17, font="serif-bold", spaced=False)
    q.line(fw(era(filed)), align="r")
    q.line("能代簡易裁判所　御中", size=10.5)
    q.line("原告　アルファ債権回収株式会社", x=110)
    q.line("代表者代表取締役　國枝　崇", x=110)
    q.line("東京都中央区かたばみ町九丁目9番9号", x=110, size=9)
    q.line("（送達場所・電話 03-0000-2849）", x=110, size=9)
    q.line("被告　番場　俊介", x=110)
    q.line("秋田県能代市ななかまど台九丁目9番9号", x=110, size=9)
    q.gap(2)
    q.line("譲受債権請求事件　　訴訟物の価額　" + f"{T:,}円", size=10)
    q.line("貼用印紙額　5,000円　　予納郵便切手　6,000円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
           f"年{R:.0f}パーセントの割合による金員を支払え。")
    q.para("２　訴訟費用は被告の負担とする。")
    q.para("との判決並びに仮執行の宣言を求める。", indent="")
    q.line("第２　請求の原因", font="serif-bold")
    q.para("１　株式会社うみねこローン（以下「訴外会社」という。）は、被告に対し、令和3年6月18日、次の約定で金500,000円を"
           f"貸し付けた。利息年17.8パーセント、遅延損害金年{R:.0f}パーセント、毎月27日限り元利金を分割して支払う、"
           "支払を怠ったときは催告により期限の利益を失う。")
    q.para(f"２　被告は、{era(lastp)}までの分を支払ったのみで、その後の支払を怠ったため、訴外会社は催告をし、被告は"
           f"{era(acc)}の経過により期限の利益を喪失した。")
    q.para(f"３　訴外会社は、{era(asg)}、原告に対し本件貸金債権を譲渡し、同年3月5日到達の内容証明郵便で被告にその旨を"
           "通知した。")
    q.para("４　よって、原告は被告に対し、下記金員及び残元金に対する訴状作成日の翌日から支払済みまで約定の遅延損害金の"
           "支払を求める。")
    q.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [110, 50], x=25, aligns="lr", size=10, row_h=7.6, ruled="grid", font="serif")
    q.gap(3)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約書　甲第２号証 取引履歴　甲第３号証 債権譲渡通知書", size=9.5)
    q.line("附属書類　訴状副本 １通　甲号証写し 各１通　資格証明書 １通", size=9.5)
    q.seal(192, 42, 12, "square", "アルファ債権回収代表取締役印", angle=-2, seed=75052)
    tr = truth(document_type="lawsuit", sender="能代簡易裁判所", phone="0185-00-3127",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社うみねこローン",
               debtor="番場俊介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy75_summary_court_ha_summons_complaint", received=D(2026, 4, 17))
    return dict(stem="cf05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, real servicer plaintiff)",
                unusual="能代簡裁 (ハ) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) in serif with full-width era dates and "
                        "a 期日 / 出頭場所 / 答弁書提出期限 grid; court phone with （民事係直通） and a FAX; p.2 訴状 of real "
                        "servicer ★ アルファ債権回収 (no licence printed: court paper) dated 3/30 ≠ 呼出状 4/15; 訴訟物の価額, "
                        "貼用印紙額 5,000 and 予納郵便切手 6,000 (not costs); 請求の趣旨 「金…及びうち金…」; 請求の原因 with "
                        "the loan of 500,000 at 17.8％ (distractors), the 譲渡 and its 通知 到達 3/5; a 4-row table 残元金 / "
                        "未払利息 / 遅延損害金（period） / 合計; the plaintiff's 送達場所 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# cf06 支払督促 (須賀川簡裁, 立替金, creditor a 信販 company), 2 pages scanned into an image PDF.


def cf06():
    issued, filed = D(2026, 2, 18), D(2026, 2, 6)
    acc, lastp = D(2025, 10, 10), D(2025, 7, 27)
    P, I, R, C = 274_300, 9_812, 14.6, 3_862
    L = late(P, R, acc + timedelta(1), filed)
    T = add(P, I, L, C)
    case = "令和８年（ロ）第６２号"
    p = Page(font="sans", size=10.5, top=18)
    p.at(196, 20, f"{case}　立替金請求督促事件", size=10, align="r")
    p.y = 30
    p.title("支　払　督　促", size=18)
    p.kv([("債 権 者", "別紙当事者目録記載のとおり"), ("債 務 者", "別紙当事者目録記載のとおり")], x=30, label_w=30)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、上記のとおり支払督促をする。")
    p.gap(4)
    p.line(fw(era(issued)), x=110)
    p.line("須賀川簡易裁判所", x=110)
    p.line("裁判所書記官　芳賀沼　瑞穂", x=110, size=11.5)
    p.seal(190, p.y - 8, 12, "square", "須賀川簡易裁判所書記官印", angle=2, seed=75061)
    p.gap(8)
    y = p.y
    p.add(Box(18, y, 174, 58, 0.5, RED))
    p.at(22, y + 7, "注　意", size=11, font="sans-bold", color=RED)
    lines = ["１　この支払督促に不服があるときは、この支払督促の送達を受けた日から２週間以内に、",
             "　　この裁判所に督促異議の申立てをすることができます。",
             "２　上記期間内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言がされ、",
             "　　強制執行を受けることがあります。",
             "３　督促異議の申立てをしたときは、この事件は通常の訴訟に移行します。",
             "４　この事件についての問い合わせは、事件番号をお知らせのうえ、下記へどうぞ。",
             "　　須賀川簡易裁判所　督促係　電話 0248-00-5530（平日 8:30～17:00）"]
    for i, s in enumerate(lines):
        p.at(22, y + 14 + i * 6, s, size=9.6)
    p.y = y + 64
    p.line("これは正本である。", x=110, size=10)
    p.line(f"　{fw(era(issued))}　須賀川簡易裁判所　裁判所書記官　芳賀沼　瑞穂", x=60, size=9.5)
    q = Page(font="sans", size=10, top=16)
    q.line("当　事　者　目　録", align="c", size=12, font="sans-bold")
    q.gap(2)
    q.kv([("〒960-0000", "福島県福島市のいばら通九丁目9番9号"),
          ("債 権 者", "株式会社つぐみ信販"), ("", "代表者代表取締役　寳田　雅史"),
          ("", "（送達場所）〒963-0000 福島県郡山市ささゆり町九丁目9番9号 郡山債権管理センター"),
          ("", "電話 024-000-7105　FAX 024-000-7106"),
          ("〒962-0000", "福島県須賀川市ひめしゃら坂九丁目9番9号"),
          ("債 務 者", "柿添　和代")], x=18, label_w=26, size=9.8)
    q.gap(3)
    q.line("請　求　の　趣　旨", align="c", size=12, font="sans-bold")
    q.gap(1)
    rows = [["１", "立替金残元金", f"{P:,}円"], ["２", "確定手数料", f"{I:,}円"],
            ["３", f"確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで　年14.6％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "合　計", f"{T:,}円"]]
    q.table(rows, [10, 124, 40], x=18, aligns="clr", size=9.6, row_h=7.4, ruled="grid")
    q.gap(1.5)
    q.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで、年14.6％の割合による遅延損害金", size=9.6,
           indent="")
    q.gap(3)
    q.line("請　求　の　原　因", align="c", size=12, font="sans-bold")
    q.gap(1)
    for s in ("１　債務者は、債権者との間で、令和4年3月22日、クレジットカード会員契約を締結し、同カードを利用して商品を"
              "購入し、債権者はその代金を加盟店に立替払いした。",
              "２　債務者は、立替金及び手数料を毎月27日限り分割して支払う旨約したが、" + era(lastp) +
              "の支払を最後にその後の支払をしない。",
              "３　債権者は、債務者に対し20日以上の相当の期間を定めて書面で支払を催告したが、債務者は支払わず、"
              f"{era(acc)}の経過により期限の利益を喪失した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, size=9.6, indent="")
    q.gap(2)
    q.line(f"（申立日　{fw(era(filed))}）", align="r", size=9.5)
    tr = truth(document_type="payment_order", sender="須賀川簡易裁判所", phone="0248-00-5530",
               creditor="株式会社つぐみ信販", status="not_applicable", debtor="柿添和代", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="pdf_scan",
               template="proxy75_payment_order_credit_company_numbered_table", received=D(2026, 2, 21))
    return dict(stem="cf06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁 支払督促, credit company creditor, 2 scanned pages)",
                unusual="須賀川簡裁 支払督促 (立替金) as a 2-page image PDF: p.1 the order with a red-framed 注意 box that holds "
                        "the court's phone (督促係) and a 「これは正本である」 line; p.2 当事者目録 with the creditor's 送達場所 "
                        "phone/FAX (distractors) and 請求の趣旨 as a numbered ruled table (立替金残元金 / 確定手数料 / 確定遅延"
                        "損害金 with its window / 督促手続費用 / 合計) with the running item ５ below; the creditor is a 信販 "
                        "company (not a servicer → not_applicable); 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cf07 real servicer アウロラ (第76号): 分割弁済のご提案 with a 一部免除, 2-page fax with a 承諾書.


def cf07():
    issued, asof, due = D(2026, 5, 8), D(2026, 4, 30), D(2026, 5, 22)
    acc, lastp, asg = D(2025, 8, 4), D(2025, 5, 26), D(2025, 12, 1)
    P, I, R = 531_200, 27_340, 18.0
    L = late(P, R, acc + timedelta(1), asof)
    T = add(P, I, L)
    N, M = 30, 18_618
    SET = P + I
    assert N * M == SET, (N * M, SET)
    first, last = D(2026, 6, 30), D(2028, 11, 30)
    p = Page(font="sans", size=10, top=16)
    p.at(15, 20, "送信日：" + slash(issued), size=10)
    p.at(15, 25.5, "送信枚数：2枚（本紙含む）", size=10)
    p.at(196, 20, "お客様番号　AU-26-118804", size=10.5, align="r", font="sans-bold")
    p.y = 32
    p.line("秦泉寺　亮　様", size=13.5)
    p.gap(1)
    for s in ("アウロラ債権回収株式会社　債権管理第一部", "法務大臣許可番号：第76号", "TEL 03-0000-6761 / FAX 03-0000-6762",
              "担当：駒板"):
        p.line(s, x=120, size=9.8)
    p.gap(3)
    p.title("分割弁済のご提案（和解条件のご案内）", size=14.5)
    p.para("平素よりお世話になっております。株式会社しろはらカードから当社へ譲渡されました貴殿の債務につきまして、"
           "先日お電話にてご相談いただいた内容をふまえ、下記の条件による分割でのご返済をご提案いたします。")
    p.line(f"１．現在のご債務（{slash(asof)}現在）", font="sans-bold")
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R:.0f}%）", f"{L:,}円"], ["ご債務合計", f"{T:,}円"]]
    p.table(rows, [70, 48], x=28, aligns="lr", size=10, row_h=7.2, ruled="grid")
    p.gap(1.5)
    p.line("  ご契約内容：原債権者 しろはらカード／債権譲受日 " + slash(asg) + "／最終ご入金日 " + slash(lastp) +
           "／期限の利益喪失日 " + slash(acc), size=9)
    p.gap(1)
    p.line("２．和解条件", font="sans-bold")
    for s in (f"(1) 和解金額　{SET:,}円（元金・利息の合計額）",
              f"(2) お支払方法　{slash(first)}を初回として、以後毎月末日限り {M:,}円 × {N}回（最終回 {slash(last)}）",
              f"(3) 上記(2)を遅滞なくお支払いいただいた場合、遅延損害金 {L:,}円 及び以後の損害金は免除いたします。",
              f"(4) お支払いを2回以上怠り、その額が{2 * M:,}円に達したときは、期限の利益を失い、残額及び遅延損害金を",
              "     直ちに一括してお支払いいただきます。"):
        p.line(s, x=22, size=9.6)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 14, 1.6))
    p.at(27, y + 9, "ご回答期限", size=12, font="sans-bold")
    p.at(62, y + 9.3, f"{slash(due)}（{wd(due)}）必着", size=14, font="sans-bold")
    p.y = y + 18
    p.para("ご承諾いただける場合は、次ページの承諾書にご署名・ご捺印のうえ、ご回答期限までにFAX又は郵送でご返送ください。"
           "期限までにご回答がない場合、本提案は撤回されたものとさせていただきます。", size=9.6)
    p.para("※承諾書のご返送は、本件債務の存在をご承認いただくことになります。ご不明な点は担当までお問い合わせください。",
           size=9.0, indent="")
    q = Page(font="sans", size=10.5, top=18)
    q.line("アウロラ債権回収株式会社　御中", size=11)
    q.gap(4)
    q.title("承　諾　書", size=17)
    q.para(f"私は、貴社に対し、お客様番号 AU-26-118804 の債務として金{T:,}円の支払義務があることを認め、"
           f"{slash(issued)}付「分割弁済のご提案」記載の和解条件を承諾します。")
    q.gap(4)
    q.table([["回", "お支払日", "金額"], ["1", slash(first), f"{M:,}円"], ["2", "2026/07/31", f"{M:,}円"],
             ["3", "2026/08/31", f"{M:,}円"], ["…", "…", "…"], [str(N), slash(last), f"{M:,}円"]],
            [20, 60, 50], x=40, header=True, aligns="ccr", size=10, row_h=7.5)
    q.gap(6)
    for s in ("ご記入日　　　　年　　　月　　　日", "ご住所　________________________________________",
              "ご署名　________________________　　㊞", "日中のご連絡先　_____________________"):
        q.line(s, x=30, size=10.5)
        q.gap(4)
    q.para("※本書ご返送先　FAX 03-0000-6762　／　〒105-0000 東京都港区うつぎ町九丁目9番9号 アウロラ債権回収株式会社 "
           "債権管理第一部", size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-6761", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社しろはらカード", debtor="秦泉寺亮", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="AU-26-118804", input_kind="fax_tiff",
               template="proxy75_servicer_installment_waiver_fax_slash", received=issued)
    return dict(stem="cf07", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 15:02 AURORA SERVICER 03-0000-6762",
                about="settlement_proposal (real servicer, 30 instalments with a waiver, 2-page fax)",
                unusual="2-page G4 fax of real servicer ★ アウロラ債権回収 with 「法務大臣許可番号：第76号」; EVERY date in "
                        "slash form 2026/05/08; 送信日 / 送信枚数 top-left, お客様番号 bold top-right; a 4-row ご債務 table as "
                        "of 2026/04/30 (≠ 送信日) ending in ご債務合計; the contract facts squeezed in one line separated by "
                        "／; the plan (和解金額 558,540 = 元金+利息, 18,618 × 30, the 37,236 threshold, first/last dates) and "
                        "the 損害金 waiver as distractors; a heavy-framed ご回答期限 「2026/05/22（金）必着」; p.2 a 承諾書 "
                        "with a schedule and blanks")


# ---------------------------------------------------------------------------------------------
# cf08 real servicer オリックス債権回収 (第11号): 債権譲受のご通知 (assignee alone), car loan; digital.


def cf08():
    issued, asg = D(2026, 4, 7), D(2026, 3, 31)
    acc, lastp = D(2025, 11, 20), D(2025, 8, 27)
    P, I, R = 1_126_480, 14_205, 14.6
    L = late(P, R, acc + timedelta(1), asg)
    T = add(P, I, L)
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, f"{wdate(issued)}", size=10.5, align="r")
    p.y = 26
    p.line("〒370-0000　群馬県高崎市こならの丘九丁目9番9号", size=10)
    p.line("槇島　奈央　様", size=13.5)
    p.gap(3)
    for s, sz in (("東京都港区まゆみ台九丁目9番9号", 9.5), ("オリックス債権回収株式会社", 12),
                  ("代表取締役　根布　宏之", 10), ("法務大臣許可番号　第11号", 9.5)):
        p.line(s, x=118, size=sz, font="serif-bold" if sz == 12 else None)
    p.seal(190, 52, 14, "round", "オリックス債権回収|代表取締役印", angle=5, seed=75081)
    p.gap(4)
    p.title("債権譲受のご通知", size=17, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、当社は、{wdate(asg)}付で、株式会社やまがらオートローン（以下「譲渡人」といいます。）から、同社が貴殿に"
           "対して有する下記債権（元金、利息、遅延損害金その他これに附帯する一切の権利を含みます。）を譲り受けましたので、"
           "譲渡人の委任に基づき、本書をもってご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問い合わせは、すべて当社宛てにお願いいたします。譲渡人へのお支払いは"
           "お受けできませんのでご注意ください。ご返済方法のご相談は下記窓口で承ります。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    x = 24
    p.kv([("１　原契約", "オートローン契約（令和4年7月15日締結）　契約番号 YG-22-07-3381"),
          ("", "当初ご契約額 金 1,980,000 円　対象車両 登録番号 高崎 300 ほ 12-07"),
          ("２　最終ご入金日", wdate(lastp)),
          ("３　期限の利益喪失日", wdate(acc)),
          ("４　債権譲渡日", wdate(asg))], x=x, label_w=42, size=10)
    p.line(f"５　譲受債権の額（{wdate(asg)}現在）", x=x, size=10)
    for lab, v in (("元　金", P), ("利　息", I), ("遅延損害金", L)):
        p.line(lab, x=x + 12, size=10)
        p.at(150, p.y - 1.6, f"金 {v:,} 円", size=10, align="r")
    p.add(Line(x + 12, p.y, 150, p.y, 0.4))
    p.gap(1)
    p.line("合　計", x=x + 12, size=10.5, font="serif-bold")
    p.at(150, p.y - 1.6, f"金 {T:,} 円", size=10.5, align="r", font="serif-bold")
    p.para(f"※上記元金に対し、{wdate(asg + timedelta(1))}から完済まで年{R}％（年365日の日割計算）の割合による遅延損害金が"
           "発生いたします。", x0=x + 4, size=9.3, indent="")
    p.line("６　お振込先　かもめ台銀行　まゆみ台支店　普通預金　口座番号 0731260", x=x, size=10)
    p.line("　　　　　　　口座名義　オリックスサイケンカイシユウ（カ", x=x, size=10)
    p.line("以上", align="r")
    y = p.y + 2
    p.add(Box(20, y, 170, 16, 0.4, NAVY))
    p.at(24, y + 6, "【お問い合わせ先】オリックス債権回収株式会社　リテール管理部　担当　下地", size=9.5)
    p.at(24, y + 12, "フリーダイヤル 0120-000-862（平日9:00～17:30）　譲受債権番号 OX-2604-00731", size=9.5)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-862", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社やまがらオートローン", debtor="槇島奈央", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="OX-2604-00731", input_kind="pdf_text",
               template="proxy75_assignee_notice_car_loan_spaced_amounts", received=D(2026, 4, 9))
    return dict(stem="cf08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (assignee's own notice, real servicer, car loan)",
                unusual="債権譲受のご通知 sent by the 譲受人 ALONE (「譲渡人の委任に基づき」), real servicer ★ オリックス債権回収 "
                        "with 「法務大臣許可番号　第11号」 and a round seal, serif, western 年月日 dates; a 記 block of numbered "
                        "kv lines (原契約 with 契約番号, 当初ご契約額 金 1,980,000 円 and a number plate as distractors); "
                        "spaced amounts 「金 1,126,480 円」 under 元金 / 利息 / 遅延損害金 / 合計 as of the 譲渡日; informs "
                        "only (no payment date); 譲受債権番号 only in the navy contact box at the bottom")


LETTERS = [cf01, cf02, cf03, cf04, cf05, cf06, cf07, cf08]
