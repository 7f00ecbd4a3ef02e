"""Proxy set 73, letters cd01–cd08: "faxes and scans of core letters, fourth round". A real servicer's 督促状 as a
standard fax whose header line runs across the letter's own first line (cd01); a real servicer's 最終催告書 as a fine
fax (cd02); a guarantor's 代位弁済通知 whose claim is only on the second faxed page (cd03); a real servicer's 受託通知 as
a fine fax (cd04); an invented servicer's 返済計画 proposal with its reply form, two faxed pages (cd05); a credit
co-operative's arrears 督促状 with a transposed instalment table, faxed dark (cd06); a bank's card-loan 催告書 scanned
at 300 dpi with a staple and two punched holes (cd07); a scam postcard laid on an A4 flatbed and scanned at 150 dpi
(cd08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import WHITE, Box, Line, Page, era, grid, late, truth, wd

from samples.letters.fmt import fullwidth

DOW = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]


def y(n: int) -> str:
    return f"{n:,}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def wdw(d: D) -> str:
    return f"{wdate(d)}（{wd(d)}）"


def eraw(d: D) -> str:
    return f"{era(d)}（{wd(d)}）"


# ---------------------------------------------------------------------------------------------
# cd01 real servicer 督促状, standard fax; the header line is printed across the letter's first line


def cd01():
    issued, due = D(2026, 2, 9), D(2026, 2, 24)
    acc, lastp, asg = D(2025, 6, 4), D(2025, 4, 27), D(2025, 10, 31)
    R = 20.0
    P, I = 486_372, 23_915
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=20)
    # the letter's own first line sits high on the sheet (the fax header will cross it)
    p.at(22, 12.2, f"発行日　{wdate(issued)}", size=10.5)
    p.at(190, 12.2, "お客様番号　SB-2207-48815", size=10.5, align="r")
    p.add(Line(20, 14.6, 190, 14.6, 0.25))
    p.at(22, 24, "〒317-0000", size=9.5)
    p.at(22, 29, "茨城県日立市からたち町9丁目9番9号", size=9.5)
    p.at(26, 38, "萬年　俊作　様", size=13.5)
    x = 118
    p.at(x, 24, "SMBC債権回収株式会社", size=11.5, font="sans-bold")
    p.at(x, 29.5, "法務大臣許可番号第10号", size=9)
    p.at(x, 34, "〒104-0000　東京都中央区ふじばかま通9丁目9番9号", size=8.5)
    p.at(x, 38.5, "債権管理第三部　担当　須納瀬", size=9)
    p.at(x, 43, "TEL 0120-000-613（平日9:00～18:00）", size=9)
    p.at(x, 47.5, "FAX 03-0000-6148", size=9)
    p.y = 54
    p.title("督　促　状", size=18)
    p.para(f"当社は、株式会社ルピナスローン（以下「原債権者」）から{era(asg)}付で貴殿に対する貸金債権を譲り受けました。"
           f"貴殿は原債権者との契約に基づくご返済を怠り、{wdate(acc)}をもって期限の利益を喪失しております。"
           "これまで再三ご案内を差し上げましたが、現在までご入金の確認ができておりません。", size=10.5)
    p.para(f"つきましては、下記督促金額を{wdw(due)}までに一括にてお支払いくださいますよう督促いたします。", size=10.5)
    p.gap(3)
    rows = [["項　目", "金　額", "備　考"],
            ["ご融資残元金", y(P), ""],
            ["約定利息", y(I), "期限の利益喪失日まで"],
            ["遅延損害金", y(L), f"年{R}％　{acc + timedelta(1):%Y/%m/%d}～{issued:%Y/%m/%d}"],
            ["督促金額", y(T), "上記の合計"]]
    p.table(rows, [44, 40, 86], x=20, size=10.5, row_h=9, header=True, aligns="lrl", line_w=0.35)
    p.gap(5)
    p.kv([("お支払期限", wdw(due)), ("最終ご入金日", wdate(lastp)), ("原契約番号", "0713-552906"),
          ("原契約日", "2021年8月2日（フリーローン）")], x=24, label_w=34, size=10.5)
    p.gap(3)
    p.line("【お振込先】", size=10)
    p.para("みずひき銀行　日本橋支店　普通預金　7261540　口座名義　エスエムビーシーサイケンカイシュウ（カ", size=10, indent="　")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号の数字（220748815）をご入力ください。", size=9.5, indent="")
    p.gap(3)
    p.para("お支払いが困難な場合は、お支払期限までに上記担当までご連絡ください。ご連絡なくお支払期限を経過した場合は、"
           "法的手続きに移行することがありますのでご承知おきください。本状と行き違いにご入金いただいた場合は、"
           "ご容赦ください。", size=9.5, indent="　")
    fx = issued
    head = f"{fx:%m/%d/%Y} 16:47   SMBC SAIKEN KAISYU        03 0000 6148        #0412  P.001/001"
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10, phone="0120-000-613",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社ルピナスローン", debtor="萬年俊作",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=asg, reference="SB-2207-48815", input_kind="fax_tiff",
               template="proxy73_servicer_dunning_header_across_first_line", received=fx)
    return dict(stem="cd01", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(head=head, head_mm=6.2),
                about="collection_notice (real servicer 督促状, standard fax, header across the first line)",
                unusual="one-page standard 200×100 fax whose sending machine printed its header line (US-order date "
                        "「02/09/2026 16:47」, Latin name, the FAX number, 「#0412 P.001/001」) ON the sheet, across the "
                        "letter's own first line 「発行日　2026年2月9日 … お客様番号　SB-2207-48815」, which sits 12 mm from "
                        "the top: the two lines cross (issued is printed only there); real servicer ★ SMBC債権回収株式会社 "
                        "with 「法務大臣許可番号第10号」 in a left-aligned sender block on the RIGHT; a 3-column 項目 / 金額 / "
                        "備考 table with the new labels ご融資残元金 / 約定利息 / 遅延損害金 / 督促金額 and the damage window "
                        "in slash dates in the 備考 column; the 譲受 date in era, everything else western; 原契約番号 and a "
                        "2021 フリーローン as distractors")


# ---------------------------------------------------------------------------------------------
# cd02 real servicer 最終催告書, fine fax, header in JIS era with half-width katakana


def cd02():
    issued, due = D(2026, 3, 16), D(2026, 3, 27)
    acc, lastp, asg = D(2025, 8, 27), D(2025, 6, 27), D(2025, 12, 19)
    R = 14.6
    P, I = 358_940, 21_307
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=22)
    p.at(20, 26, "エー・シー・エス債権管理回収株式会社", size=12, font="sans-bold")
    p.at(20, 31.5, "法務大臣許可番号：第27号", size=9.5)
    p.at(20, 36.5, "〒261-0000　千葉県千葉市美浜区かるかや町9丁目9番9号", size=8.5)
    p.at(20, 41, "回収管理二課　TEL 0120-000-274　FAX 043-000-2745", size=8.5)
    p.at(190, 26, wdate(issued), size=10.5, align="r")
    p.at(190, 32, "弊社管理番号　AC5-031607", size=10.5, align="r")
    p.at(98, 52, "〒263-0000　千葉県千葉市稲毛区おみなえし町9丁目9番9号", size=9.5)
    p.at(102, 60, "十六沢　美登里　様", size=13.5)
    p.y = 68
    p.add(Box(60, p.y, 90, 13, 0.5))
    p.add(Box(61.2, p.y + 1.2, 87.6, 10.6, 0.3))
    p.at(105, p.y + 9.3, "最　終　催　告　書", size=17, font="sans-bold", align="c")
    p.y += 19
    p.para("弊社は、ツグミ信販株式会社（以下「原契約会社」）から譲り受けた下記債権につきまして、これまで再三にわたり"
           "お支払いをお願いしてまいりましたが、本日に至るまでご入金もご連絡もいただいておりません。", size=10.5)
    p.para("つきましては、本書をもって最終の催告をいたします。下記催告金額を、お支払期限までに必ずお支払いください。"
           "期限までにお支払いまたはご連絡がない場合は、やむを得ず訴訟等の法的手続きを執らせていただきます。", size=10.5)
    p.gap(2)
    p.line("記", align="c", size=11)
    x0, x1 = 40, 170

    def lead(label, val, size=11, font="sans"):
        base = p.y + size * 0.3528
        p.at(x0, base, label, size=size, font=font)
        p.at(x1, base, val, size=size, font=font, align="r")
        p.add(Line(x0 + 40, base + 0.6, x1 - 34, base + 0.6, 0.15))
        p.y += 7.5

    lead("立替金残高", f"金{P:,}円")
    lead("分割払手数料", f"金{I:,}円")
    lead("遅延損害金", f"金{L:,}円")
    p.at(x0 + 4, p.y + 1.0, f"（{wdate(acc + timedelta(1))}から{wdate(issued)}まで・年{R}％）", size=8.5)
    p.y += 6.0
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.y += 1.5
    lead("催告金額合計", f"金{T:,}円", size=12, font="sans-bold")
    p.y += 2
    p.add(Box(40, p.y, 130, 12, 0.8))
    p.at(46, p.y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(164, p.y + 8.2, wdw(due), size=13, font="sans-bold", align="r")
    p.y += 18
    p.line("【ご契約の内容】", size=10, font="sans-bold")
    grid(p, 20, p.y, [32, 53, 32, 53], [
        ["原契約会社", "ツグミ信販株式会社", "ご契約種別", "ショッピング分割"],
        ["ご契約日", "2023年5月14日", "お支払回数", "36回"],
        ["最終ご入金日", wdate(lastp), "期限の利益喪失日", wdate(acc)],
        ["債権譲受日", wdate(asg), "当初お支払総額", "486,000円"],
    ], h=7.5, size=9.5)
    p.y += 4 * 7.5 + 5
    p.para("お振込先　くさぼけ銀行　幕張支店　当座預金　0088214　エーシーエスサイケンカンリカイシュウ（カ", size=9.5, indent="")
    p.para("※本書と行き違いにお支払いいただいた場合は、悪しからずご了承ください。※ご本人様以外からのお問い合わせには"
           "お答えできません。受付時間　平日9時～18時（土日祝日を除く）", size=9, indent="")
    head = f"R{issued.year - 2018:02d}.{issued.month:02d}.{issued.day:02d} 17:52   ＦＡＸ 043-000-2745   ｴｰｼｰｴｽｻｲｹﾝｶﾝﾘ ｶｲｼｭｳ2ｶ    P 1/1"
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-274", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="ツグミ信販株式会社", debtor="十六沢美登里", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AC5-031607", input_kind="fax_tiff", template="proxy73_servicer_final_demand_fine_fax",
               received=issued)
    return dict(stem="cd02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(head=head, fine=True),
                about="collection_notice (real servicer 最終催告書, fine fax)",
                unusual="one-page FINE fax (200×200) whose header gives the date in JIS era form 「R08.03.16 17:52」 with "
                        "full-width 「ＦＡＸ」 and a half-width-katakana name; real servicer ★ エー・シー・エス債権管理回収 "
                        "TOP-LEFT with the licence spelled with a colon 「法務大臣許可番号：第27号」; a double-framed title; "
                        "leader lines with the new labels 立替金残高 / 分割払手数料 / 遅延損害金 (window and rate on a small "
                        "line under it) / 催告金額合計; a heavy-framed お支払期限 with weekday; a shaded 4×2 ご契約の内容 grid "
                        "with the dates (最終ご入金日, 期限の利益喪失日, 債権譲受日) among distractors (ご契約日 2023, 36回, "
                        "当初お支払総額 486,000円); 弊社管理番号 top-right")


# ---------------------------------------------------------------------------------------------
# cd03 guarantee company 代位弁済のご通知, standard fax of two pages, the claim only on page 2


def cd03():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    acc, lastp, subro = D(2025, 11, 10), D(2025, 8, 26), D(2025, 12, 22)
    P0, I0 = 1_826_400, 9_118
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    R = 14.6
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    co = "すずかけ保証株式会社"
    p = Page(font="serif", size=10.5, top=22)
    p.at(190, 26, era(issued), size=10.5, align="r", font="serif")
    p.at(190, 31.5, "保証番号　SK-7731-0926", size=10, align="r", font="serif")
    p.at(20, 34, "〒444-0000　愛知県岡崎市つげの木町9丁目9番9号", size=9.5, font="serif")
    p.at(24, 42, "柞磨　亮輔　殿", size=13, font="serif")
    p.at(190, 50, "〒460-0000　名古屋市中区ゆきのした通9丁目9番9号", size=9, align="r", font="serif")
    p.at(190, 55.5, co, size=11, align="r", font="serif-bold")
    p.at(190, 61, "債権管理部　求償課　TEL 052-000-3391", size=9.5, align="r", font="serif")
    p.seal(183, 55, 13, "square", "すずかけ保証株式会社之印", angle=2, seed=73031)
    p.y = 70
    p.title("代位弁済のご通知", size=16, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10.5)
    p.para("さて、当社は、貴殿が株式会社こぶし野銀行（以下「銀行」）から借り入れられた教育ローン（ご契約日　令和4年3月18日、"
           "ご融資額　2,400,000円）について、保証委託契約に基づき連帯保証をいたしておりました。", size=10.5)
    p.para(f"貴殿が銀行へのご返済を怠られたことにより、貴殿は{era(acc)}に期限の利益を喪失され、当社は銀行からの請求に基づき、"
           f"{era(subro)}、貴殿に代わって銀行に対する残債務の全額を弁済（代位弁済）いたしました。", size=10.5)
    p.para("これにより、当社は貴殿に対して求償権を取得いたしましたので、ここにご通知申し上げますとともに、別紙「求償債権明細書」"
           f"記載のご請求金額を{eraw(due)}までに一括してお支払いくださいますようお願い申し上げます。", size=10.5)
    p.para("なお、お支払いが困難な事情がおありの場合は、上記期限までに必ず当社求償課までご連絡ください。", size=10.5)
    p.line("敬具", align="r")
    p.gap(3)
    p.line("記", align="c")
    p.kv([("１．原契約", "株式会社こぶし野銀行　教育ローン"), ("２．最終ご返済日（銀行）", era(lastp)),
          ("３．期限の利益喪失日", era(acc)), ("４．代位弁済日", era(subro)),
          ("５．ご請求金額", "別紙のとおり"), ("６．お支払期限", eraw(due))], x=30, label_w=52, size=10.5, font="serif")
    p.line("以上", align="r")
    p.at(105, 285, "（１／２）", size=9, align="c", font="serif")
    q = Page(font="serif", size=10.5, top=22)
    q.at(190, 26, "保証番号　SK-7731-0926", size=10, align="r", font="serif")
    q.at(20, 26, "柞磨　亮輔　殿", size=11, font="serif")
    q.y = 34
    q.title("求償債権明細書", size=15, font="serif-bold")
    q.line("１．代位弁済の内容（銀行へお支払いした金額）", font="serif-bold")
    q.table([["代位弁済日", era(subro)], ["代位弁済額", y(S)], ["　うち元金", y(P0)], ["　うち利息", y(I0)],
             ["　うち遅延損害金", y(L0)]], [70, 60], x=30, size=10.5, row_h=8, font="serif", aligns="lr")
    q.gap(6)
    q.line(f"２．ご請求金額（{era(issued)}現在）", font="serif-bold")
    q.table([["求償元金（代位弁済額）", y(S)],
             [f"求償損害金（年{R}％）", y(L)],
             ["ご請求金額", y(T)]], [70, 60], x=30, size=11, row_h=9, font="serif", aligns="lr", line_w=0.5)
    q.para(f"※求償損害金は、求償元金に対する{era(subro + timedelta(1))}から{era(issued)}まで年{R}％（年365日の日割計算）"
           "の割合によるものです。完済日まで引き続き発生します。", x0=30, x1=180, size=9.5, indent="")
    q.gap(6)
    q.line("３．お振込先", font="serif-bold")
    q.para("ゆきわり銀行　名古屋支店　普通預金　3307184　口座名義　スズカケホショウ（カ", x0=34, size=10.5, indent="")
    q.gap(4)
    q.line("４．お問い合わせ先", font="serif-bold")
    q.para(f"{co}　債権管理部　求償課（担当　伊与部）", x0=34, size=10.5, indent="")
    q.para("TEL 052-000-3391　FAX 052-000-3392　受付時間 平日9:00～17:30", x0=34, size=10.5, indent="")
    q.gap(4)
    q.para("貸金業登録番号　東海財務局長（3）第00418号　／　日本貸金業協会会員　第008812号", x0=30, size=8.5, indent="")
    q.at(105, 285, "（２／２）", size=9, align="c", font="serif")
    heads = [f"TX {issued:%Y-%m-%d} {DOW[issued.weekday()]} 11:05    FROM 052 000 3392    SUZUKAKE HOSHO KANRIBU    "
             f"PAGE {i} OF 2" for i in (1, 2)]
    tr = truth(document_type="acceleration_notice", sender=co, phone="052-000-3391", creditor=co,
               status="not_applicable", original="株式会社こぶし野銀行", debtor="柞磨亮輔", total=T, principal=S,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="SK-7731-0926", input_kind="fax_tiff", template="proxy73_guarantor_subrogation_claim_on_page2_fax",
               received=issued)
    return dict(stem="cd03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax=dict(head=heads, thr=160),
                about="acceleration_notice (guarantee company 代位弁済のご通知, 2-page standard fax)",
                unusual="2-page standard G4 fax with an English header 「TX 2026-01-16 FRI 11:05 FROM 052 000 3392 … PAGE 1 "
                        "OF 2」; serif 拝啓…敬具 letter with its square seal beside the name; p.1 tells the story in era dates "
                        "(教育ローン 令和4年 2,400,000円, 喪失, 代位弁済) and a 記 list whose ご請求金額 says only 「別紙のとおり」; "
                        "the amounts are on p.2 only, in a 求償債権明細書: a 代位弁済の内容 table (うち元金 / うち利息 / "
                        "うち遅延損害金 = history) and a ご請求金額 table 求償元金（代位弁済額） / 求償損害金（年14.6％） / "
                        "ご請求金額 with the window in a ※ note; 貸金業登録番号 and 協会 number as distractors")


# ---------------------------------------------------------------------------------------------
# cd04 real servicer 受託のお知らせ (the 信用金庫 stays the creditor), fine fax with a Japanese header


def cd04():
    issued, entr = D(2026, 4, 6), D(2026, 4, 1)
    acc, lastp = D(2025, 12, 5), D(2025, 10, 20)
    R = 14.0
    P, I = 1_067_350, 8_912
    L = late(P, R, acc + timedelta(1), entr)
    T = P + I + L
    sv = "アウロラ債権回収株式会社"
    bank = "こまくさ信用金庫"
    p = Page(font="sans", size=10.5, top=22)
    p.at(20, 27, "〒940-0000　新潟県長岡市ねむのき町9丁目9番9号", size=9.5)
    p.at(24, 35, "椨木　早苗　様", size=13.5)
    p.at(190, 27, f"通知日　{wdate(issued)}", size=10, align="r")
    p.at(190, 32.5, "受託管理番号　AU-26-04418", size=10, align="r")
    p.y = 46
    p.title("債権管理回収業務受託のお知らせ", size=16)
    p.para(f"平素は格別のご高配を賜り、厚く御礼申し上げます。当社は、{bank}（以下「委託者」）から、貴殿と委託者との間の"
           f"下記ご契約に基づく債権について、{wdate(entr)}付で管理及び回収業務の委託を受けました。", size=10.5)
    p.para("なお、債権者は引き続き委託者である" + bank + "であり、債権譲渡ではございません。当社は委託者のために"
           "ご返済金を受領いたします。今後のご返済、ご相談その他のお問い合わせは、すべて当社までお願いいたします。", size=10.5)
    p.gap(2)
    p.line("■ご契約の内容", font="sans-bold")
    grid(p, 22, p.y, [34, 50, 34, 48], [
        ["ご契約先", bank, "ご契約の種類", "多目的ローン"],
        ["ご契約日", "2023年7月3日", "貸付番号", "0552-1870934"],
        ["最終ご返済日", wdate(lastp), "期限の利益喪失日", wdate(acc)],
    ], h=7.5, size=9.5)
    p.y += 3 * 7.5 + 5
    p.line(f"■ご債務の内容（{wdate(entr)}現在）", font="sans-bold")
    p.table([["残元金", "未収利息", f"遅延損害金（年{R}％）", "合　計"], [y(P), y(I), y(L), y(T)]],
            [40, 36, 48, 42], x=22, size=10, row_h=8.5, header=True, aligns="rrrr")
    p.para(f"※遅延損害金は{wdate(acc + timedelta(1))}から上記現在日までの額です。以後も完済まで発生いたします。", x0=22,
           size=8.8, indent="")
    p.gap(3)
    p.line("■ご返済先（委託者名義の当社収納口座）", font="sans-bold")
    p.para("なつはぜ銀行　虎ノ門支店　普通預金　5120067　口座名義　アウロラサイケンカイシュウ（カ）シュウノウグチ", x0=22,
           size=10, indent="")
    p.gap(3)
    p.para("今後のご返済方法につきましては、当社担当者がご相談を承ります。お手数ですが、本状到着後、下記までご連絡ください。"
           "なお、委託者への直接のお振込みはお控えください。", size=9.8)
    p.gap(4)
    p.add(Box(96, p.y, 94, 31, 0.4))
    yy = p.y + 5.5
    for s, sz, f in [(sv, 11.5, "sans-bold"), ("法務大臣許可番号 第76号", 9.5, "sans"),
                     ("〒105-0000　東京都港区ひさご坂9丁目9番9号", 8.5, "sans"),
                     ("管理部　担当　鮭延", 9.5, "sans"), ("TEL 03-0000-7620　FAX 03-0000-7621", 9.5, "sans")]:
        p.at(100, yy, s, size=sz, font=f)
        yy += 5.3
    p.at(20, p.y + 27, "委託者　" + bank + "　融資管理課", size=9)
    head = (f"{issued.year}年 {issued.month}月 {issued.day}日({wd(issued)}) 10時21分   発信元ＦＡＸ 03-0000-7621   "
            f"ｱｳﾛﾗｻｲｹﾝｶｲｼｭｳ ｶﾝﾘﾌﾞ   1/1")
    tr = truth(document_type="assignment_notice", sender=sv, license_number=76, phone="03-0000-7620", creditor=bank,
               status="licensed", original=bank, debtor="椨木早苗", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, reference="AU-26-04418",
               input_kind="fax_tiff", template="proxy73_servicer_entrustment_credit_union_fine_fax", received=issued)
    return dict(stem="cd04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(head=head, fine=True, thr=155),
                about="assignment_notice (受託のお知らせ: real servicer collecting for a 信用金庫, fine fax)",
                unusual="one-page FINE fax with a Japanese header 「2026年 4月 6日(月) 10時21分 発信元ＦＡＸ … 1/1」; real "
                        "servicer ★ アウロラ債権回収 with 「法務大臣許可番号 第76号」 only in a framed box at the BOTTOM right; "
                        "a 受託, not a sale: 「債権者は引き続き委託者である…債権譲渡ではございません」 (creditor = original = "
                        "the 信用金庫, assignment null, the 受託日 4/1 is not a field); a shaded grid with ご契約日 / 貸付番号 "
                        "(distractors) and the 最終ご返済日 / 期限の利益喪失日; amounts as of the 受託日 in a 4-column one-row "
                        "table; asks for a call, no payment date (payment_due null)")


# ---------------------------------------------------------------------------------------------
# cd05 invented servicer ご返済計画のご提案 + 申込書, two pages of a standard fax sent to the debtor's home fax


def cd05():
    issued, reply = D(2026, 2, 26), D(2026, 3, 13)
    acc, lastp, asg = D(2025, 3, 18), D(2025, 1, 27), D(2025, 9, 30)
    R = 18.0
    P, I = 612_480, 18_306
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    K, first, inst, n = P + I, 19_786, 13_000, 47
    assert first + inst * n == K
    sv = "くるみ野債権回収株式会社"
    p = Page(font="sans", size=10.3, top=22)
    p.at(20, 27, "薊野　貴之　様", size=13)
    p.at(20, 33, "（貴FAX　072-000-0519）", size=9)
    p.at(190, 27, wdate(issued), size=10.3, align="r")
    p.at(190, 32.5, "お客様番号　KR-0226-3315", size=10.3, align="r")
    p.at(190, 40, sv, size=11.5, font="sans-bold", align="r")
    p.at(190, 45.5, "法務大臣許可番号　第274号", size=9.5, align="r")
    p.at(190, 50.5, "〒541-0000　大阪市中央区いぬつげ町9丁目9番9号", size=8.5, align="r")
    p.at(190, 55.5, "お客様相談室　TEL 06-0000-8831／FAX 06-0000-8830", size=9, align="r")
    p.y = 62
    p.title("ご返済計画のご提案", size=16)
    p.para(f"先日はお電話にてご事情をお聞かせいただき、ありがとうございました。当社が{wdate(asg)}に株式会社セルリアンファイナンス"
           f"から譲り受けた貴殿の債務につきまして、下記のとおりご返済計画をご提案いたします。", size=10.3)
    p.line(f"１．現在のご債務（{wdate(issued)}現在）", font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "ご債務合計"], [y(P), y(I), y(L), y(T)]], [40, 36, 40, 44], x=24, size=10,
            row_h=8, header=True, aligns="rrrr")
    p.para(f"（期限の利益喪失日　{wdate(acc)}　／　最終ご入金日　{wdate(lastp)}　／　遅延損害金　年{R}％）", x0=24, size=8.8,
           indent="")
    p.gap(2)
    p.line("２．ご提案内容", font="sans-bold")
    p.para(f"(1) 上記のうち遅延損害金{L:,}円を免除し、元金と利息の合計{K:,}円を分割でお支払いいただきます。", x0=28, size=10,
           indent="")
    p.para(f"(2) 初回　2026年4月10日限り　{first:,}円／第2回以降　毎月10日限り　{inst:,}円×{n}回（計{n + 1}回）", x0=28,
           size=10, indent="")
    p.para(f"(3) 分割金の支払いを2回以上怠り、その額が{inst * 2:,}円に達したときは、免除は効力を失い、上記ご債務合計から"
           "既払金を控除した残額を一括してお支払いいただきます。", x0=28, size=10, indent="")
    p.gap(2)
    p.add(Box(20, p.y, 170, 21, 0.9))
    p.at(26, p.y + 7.5, "ご回答期限", size=11, font="sans-bold")
    p.at(184, p.y + 7.8, f"{wdw(reply)}必着", size=13, font="sans-bold", align="r")
    p.at(26, p.y + 15.5, "同封（２枚目）の「ご返済計画申込書」にご記入のうえ、FAXまたは郵送でご返送ください。", size=9.5)
    p.y += 26
    p.para("ご回答期限までにご回答がない場合は、本ご提案はなかったものとして、法的手続きを含め検討いたします。"
           "ご不明な点は担当（虻川）までお問い合わせください。", size=9.5)
    q = Page(font="sans", size=10.5, top=22)
    q.at(20, 27, f"{sv}　お客様相談室　行", size=11)
    q.at(20, 33, "返送先FAX　06-0000-8830", size=11, font="sans-bold")
    q.at(190, 27, "お客様番号　KR-0226-3315", size=10, align="r")
    q.y = 42
    q.title("ご返済計画申込書", size=16)
    q.para("私は、貴社ご提案のご返済計画（2026年2月26日付）について、下記のとおり回答いたします。", size=10.5)
    q.gap(3)
    for s in ["□　ご提案のとおり申し込みます。", "□　次の条件を希望します。（毎月　　　　　　円、毎月　　　日払い）",
              "□　現時点では申し込みません。"]:
        q.line(s, x=26, size=11)
        q.gap(2.5)
    q.gap(5)
    q.table([["ご記入日", "　　　　年　　　月　　　日"], ["ご住所", ""], ["お名前", "　　　　　　　　　　　　　　　印"],
             ["ご連絡先（日中）", ""]], [44, 120], x=24, size=10.5, row_h=12, aligns="ll", shade_col0=True)
    q.gap(6)
    q.para(f"※ご回答期限　{wdw(reply)}必着", size=10.5, indent="")
    q.para("※本申込書の返送により、ご提案の内容で和解契約書を作成し、郵送いたします。", size=9.5, indent="")
    heads = [f"26/02/26 14:08   FR 06 0000 8830 KURUMINO SAIKEN   TO 0720000519   P.{i:02d}/02" for i in (1, 2)]
    tr = truth(document_type="settlement_proposal", sender=sv, license_number=274, phone="06-0000-8831", creditor=sv,
               status="unverified", original="株式会社セルリアンファイナンス", debtor="薊野貴之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="KR-0226-3315", input_kind="fax_tiff",
               template="proxy73_invented_servicer_repayment_plan_reply_form_fax", received=issued)
    return dict(stem="cd05", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax=dict(head=heads, streaks=3, drops=2),
                about="settlement_proposal (invented servicer ご返済計画のご提案 + 申込書, 2-page standard fax)",
                unusual="2-page standard fax with a two-digit-year header 「26/02/26 14:08 FR … TO 0720000519 P.01/02」 "
                        "(the TO number is the debtor's own FAX, also printed under her name); INVENTED servicer "
                        "「くるみ野債権回収株式会社」 with 「法務大臣許可番号　第274号」 (→ unverified); 「先日はお電話にて…」; "
                        "a one-row 元金 / 利息 / 遅延損害金 / ご債務合計 table with the 喪失 / last payment / rate in a bracket "
                        "line under it; the plan (damages waived, 630,786 = 19,786 + 13,000 × 47, the 26,000 threshold) as "
                        "distractors; a heavy-framed ご回答期限 …必着 (= payment_due); p.2 a ご返済計画申込書 with "
                        "checkboxes and the 返送先FAX")


# ---------------------------------------------------------------------------------------------
# cd06 信用組合 督促状 of three missed マイカーローン instalments, transposed table, faxed dark


def cd06():
    issued, due, lastp = D(2026, 5, 12), D(2026, 5, 22), D(2026, 1, 27)
    R = 14.0
    dues = [D(2026, 2, 27), D(2026, 3, 27), D(2026, 4, 27)]
    prin = [31_240, 31_318, 31_396]
    intr = [4_560, 4_482, 4_404]
    for a, b in zip(prin, intr, strict=True):
        assert a + b == 35_800
    lates = [late(a, R, d + timedelta(1), issued) for a, d in zip(prin, dues, strict=True)]
    sub = [a + b + c for a, b, c in zip(prin, intr, lates, strict=True)]
    P, I, L = sum(prin), sum(intr), sum(lates)
    T = P + I + L
    assert sum(sub) == T
    co = "つばな信用組合"
    p = Page(font="sans", size=10.5, top=22)
    p.at(190, 26, era(issued), size=10.5, align="r")
    p.at(190, 31.5, "お問合せ番号　TS-0512-087", size=10, align="r")
    p.at(20, 30, "〒402-0000　山梨県都留市ゆすらうめ町9丁目9番9号", size=9.5)
    p.at(24, 38, "駒ヶ嶺　勝也　様", size=13.5)
    p.at(190, 46, co + "　駅前支店", size=11.5, font="sans-bold", align="r")
    p.at(190, 51.5, "融資係　TEL 055-000-2717　FAX 055-000-2718", size=9.5, align="r")
    p.y = 58
    p.add(Box(20, p.y, 170, 11, 0, None, (0.15, 0.15, 0.15)))
    p.at(105, p.y + 7.8, "ご返済遅延のお知らせ（督促状）", size=15, font="sans-bold", align="c", color=WHITE)
    p.y += 16
    p.para("平素より" + co + "をご利用いただき、誠にありがとうございます。", size=10.5)
    p.para(f"さて、貴殿のマイカーローン（ローン番号 31-0088-2215）につきまして、下記のとおり3回分のご返済が遅延しております。"
           f"前回ご入金日（{era(lastp)}）以降、ご入金を確認できておりません。下記合計額を{eraw(due)}までに"
           "ご返済口座へご入金くださいますようお願いいたします。", size=10.5)
    p.gap(2)
    fmt = lambda n: f"{n:,}"  # noqa: E731
    rows = [["約定日", *[f"{d.month}月{d.day}日分" for d in dues], "合　計"],
            ["約定元金", *map(fmt, prin), fmt(P)],
            ["約定利息", *map(fmt, intr), fmt(I)],
            [f"延滞損害金（年{R}％）", *map(fmt, lates), fmt(L)],
            ["計", *map(fmt, sub), fmt(T)]]
    p.table(rows, [46, 31, 31, 31, 31], x=20, size=10, row_h=8.5, header=True, line_w=0.35)
    p.at(190, p.y + 4, "（単位：円）", size=8.5, align="r")
    p.para(f"※延滞損害金は各約定日の翌日から{era(issued)}までの日割計算です。", size=8.8, indent="")
    p.gap(3)
    p.kv([("ご入金期限", eraw(due)), ("ご入金額", f"{T:,}円（上記合計）"),
          ("ご返済口座", "本店営業部　普通預金　0471156　コマガミネ　カツヤ"),
          ("毎月のご返済額", "35,800円（ご融資額 1,500,000円・令和5年3月）")], x=24, label_w=36, size=10.5)
    p.gap(3)
    p.para("期限までにご入金がない場合は、ローン契約書の定めにより期限の利益を喪失し、残額全額を一括してご請求することに"
           "なります。ご事情がある場合は、お早めに融資係までご相談ください。行き違いの節はご容赦ください。", size=9.8)
    p.gap(4)
    p.at(190, p.y, "担当　衣川", size=10, align="r")
    head = f"{issued:%Y-%m-%d}({wd(issued)}) 15:33   ﾂﾊﾞﾅｼﾝｸﾐ ｴｷﾏｴ    055 000 2718    P.1"
    tr = truth(document_type="collection_notice", sender=co, phone="055-000-2717", creditor=co, status="not_applicable",
               debtor="駒ヶ嶺勝也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="TS-0512-087", input_kind="fax_tiff",
               template="proxy73_credit_coop_arrears_transposed_table_dark_fax", received=issued)
    return dict(stem="cd06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(head=head, thr=168, noise=12),
                about="collection_notice (信用組合 督促状, three missed instalments, standard fax sent dark)",
                unusual="one-page standard fax sent with the darkness turned up (strokes thick, the small print filling "
                        "in) and a short header 「2026-05-12(火) 15:33 ﾂﾊﾞﾅｼﾝｸﾐ ｴｷﾏｴ 055 000 2718 P.1」; a 信用組合 branch; a "
                        "black title band; a TRANSPOSED table: one column per missed instalment (2月27日分 / 3月27日分 / "
                        "4月27日分) and a 合計 column, rows 約定元金 / 約定利息 / 延滞損害金（年14.0％） / 計, numbers "
                        "without 円 under 「（単位：円）」; arrears only (lump false, acceleration only threatened); "
                        "前回ご入金日 in the prose; the ローン番号, the return account, 毎月のご返済額 35,800 and ご融資額 "
                        "1,500,000 as distractors; full-era dates")


# ---------------------------------------------------------------------------------------------
# cd07 bank カードローン 催告書 after 喪失, scanned at 300 dpi with a staple and two punched holes


def cd07():
    issued, due = D(2026, 3, 5), D(2026, 3, 19)
    acc, lastp = D(2026, 1, 26), D(2025, 11, 10)
    R = 14.0
    P, I = 1_284_000, 12_877
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    bank = "株式会社ゆきわり銀行"
    p = Page(font="sans", size=10.5, top=20)
    p.at(24, 24, "重要", size=11, font="sans-bold")
    p.add(Box(22, 19.5, 12, 6.5, 0.4))
    p.at(190, 24, f"{era(issued)}", size=10.5, align="r")
    p.at(190, 29.5, "照会番号　YW-2603-1147", size=10, align="r")
    p.at(24, 36, "〒323-0000　栃木県小山市なんてん通9丁目9番9号", size=9.5)
    p.at(28, 44, "寿円　悠真　様", size=13.5)
    p.at(190, 52, bank, size=11.5, font="sans-bold", align="r")
    p.at(190, 57.5, "ローン管理センター　カードローン回収グループ", size=9.5, align="r")
    p.at(190, 62.5, "フリーダイヤル　0120-000-842（平日9時～17時）", size=9.5, align="r")
    p.y = 70
    p.title("カードローンのご返済についての催告書", size=15)
    p.para(f"貴殿にご利用いただいております当行カードローン（ご契約番号　7712-004519）につきましては、約定のご返済が"
           f"ございませんでしたので、カードローン規定第15条により、{era(acc)}をもって期限の利益を喪失されました。", size=10.5)
    p.para(f"つきましては、下記ご請求金額を{eraw(due)}までに一括してお支払いくださいますよう催告いたします。"
           "期限までにお支払いがない場合は、保証会社による代位弁済の手続きに移行いたしますので、ご承知おきください。", size=10.5)
    p.gap(3)
    y0 = p.y
    grid(p, 28, y0, [58, 96], [
        ["貸越元金", y(P)],
        ["未払利息（喪失日まで）", y(I)],
        [f"遅延損害金　年{R}％", f"{y(L)}（{era(acc + timedelta(1))}～{era(issued)}）"],
        ["ご請求金額", y(T)],
    ], h=9, size=10.5, lsize=10, bold=((3, 1),))
    p.y = y0 + 4 * 9 + 5
    p.kv([("お支払期限", eraw(due)), ("最終ご返済日", era(lastp)), ("ご利用限度額", "1,500,000円")], x=30, label_w=34,
         size=10.5)
    p.gap(3)
    p.line("お振込先", size=10, font="sans-bold")
    p.para("株式会社ゆきわり銀行　ローン管理センター出張所　普通預金　0090117　ユキワリギンコウローンカンリ", size=10, indent="　")
    p.gap(3)
    p.para("※本状と行き違いにご入金いただいている場合はご容赦ください。※ご返済についてのご相談は上記フリーダイヤルで承ります。"
           "※当行からのお知らせは、ご本人様宛にのみお送りしています。", size=9.2, indent="")
    p.gap(5)
    p.at(190, p.y, "担当　黄金井", size=10, align="r")
    tr = truth(document_type="collection_notice", sender=bank, phone="0120-000-842", creditor=bank,
               status="not_applicable", debtor="寿円悠真", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="YW-2603-1147", input_kind="scan_png", template="proxy73_bank_cardloan_demand_staple_holes_300dpi",
               received=D(2026, 3, 7))
    return dict(stem="cd07", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                scan=dict(dpi=300, angle=-0.5, staple=True, holes=True),
                about="collection_notice (bank カードローン 催告書 after 喪失, 300 dpi scan, staple and punched holes)",
                unusual="scanned at 300 dpi by a support office from a stapled file: a STAPLE in the top-left corner with "
                        "its shadow and dent, TWO PUNCHED HOLES 80 mm apart in the left margin (dark, the ADF's backing "
                        "behind them); a framed 「重要」; a shaded-label grid 貸越元金 / 未払利息（喪失日まで） / 遅延損害金 "
                        "年14.0％ (its window in era dates in the value cell) / ご請求金額 (bold); the 喪失 「カードローン"
                        "規定第15条により」 in the prose; ご契約番号 in the prose and ご利用限度額 1,500,000円 as "
                        "distractors; 照会番号 top-right; フリーダイヤル only")


# ---------------------------------------------------------------------------------------------
# cd08 scam postcard (訴訟取下げ), laid on an A4 flatbed and scanned at 150 dpi


def cd08():
    issued, due = D(2026, 5, 19), D(2026, 5, 22)
    T = 214_800
    fake = "株式会社全国債権管理回収センター"
    p = Page(w=100, h=148, font="sans", size=8.5, left=7, right=7, top=7, leading=1.45)
    p.at(93, 10, f"{fullwidth(era(issued))}", size=7.5, align="r")
    p.at(7, 10, "管理番号　ほ－２６７", size=8, font="sans-bold")
    p.add(Box(7, 13, 86, 10, 0, None, (0.75, 0.05, 0.08)))
    p.at(50, 20, "訴訟取下げ最終期日のお知らせ", size=12, font="sans-bold", align="c", color=WHITE)
    p.y = 27
    p.line("保々　和江　様", size=11, font="sans-bold")
    p.para("この度、貴方様がご利用された通信販売サイトの運営会社より委託を受け、当センターが未納料金の回収手続きを"
           "行っております。再三の通知にもかかわらずご連絡がないため、運営会社は民事訴訟の手続きに入りました。", size=8.5)
    p.para("このまま放置された場合、給与・預貯金・不動産等の差押えが裁判所の許可のもと執行されます。訴訟の取下げを"
           "ご希望の方は、下記期日までにご本人様より必ずご連絡ください。", size=8.5)
    p.gap(1.5)
    p.add(Box(10, p.y, 80, 20, 0.6, (0.75, 0.05, 0.08)))
    p.at(14, p.y + 6, "ご請求金額", size=9)
    p.at(86, p.y + 6.5, f"金{T:,}円", size=13, font="sans-bold", align="r", color=(0.75, 0.05, 0.08))
    p.at(14, p.y + 15, "取下げ最終期日", size=9)
    p.at(86, p.y + 15.5, f"5月{due.day}日（{wd(due)}）17時", size=12, font="sans-bold", align="r")
    p.y += 24
    p.para("※弁護士・消費生活センター等へのご相談は、手続きの遅延により取下げができなくなる場合がございます。", size=7.8,
           indent="")
    p.gap(2)
    p.add(Line(7, p.y, 93, p.y, 0.3))
    p.y += 2
    p.line(fake, size=9.5, font="sans-bold")
    p.line("法務大臣許可番号　第352号　（法務省認可債権回収機関）", size=7.8)
    p.line("東京都千代田区霞が関　民事訴訟取下げ受付窓口", size=7.8)
    p.line("TEL 03-0000-9157　受付 9:00～20:00（土日も受付）", size=9, font="sans-bold")
    tr = truth(document_type="other", sender=fake, license_number=352, phone="03-0000-9157", creditor=None,
               status="not_licensed", original=None, debtor="保々和江", total=T, lump=False, issued=issued,
               payment_due=due, reference="ほ－２６７", is_scam=True, input_kind="scan_png",
               template="proxy73_scam_postcard_withdrawal_flatbed_150dpi", received=None)
    return dict(stem="cd08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                scan=dict(dpi=150, angle=0.0, card=1.6, noise=3.0),
                about="other (scam postcard, 訴訟取下げ, flatbed scan at 150 dpi)",
                unusual="a POSTCARD (100 × 148 mm) laid in the corner of an A4 flatbed and scanned as a whole A4 page at "
                        "only 150 dpi: the card slightly turned with a shadow along its edges and the white lid around it; "
                        "red title band 「訴訟取下げ最終期日のお知らせ」; full-width era date; hiragana 管理番号 ほ－２６７; "
                        "「通信販売サイトの運営会社より委託を受け」 (creditor null); ご請求金額 金214,800円 with no breakdown; "
                        "取下げ最終期日 「5月22日（金）17時」 without a year; 「法務大臣許可番号　第352号　（法務省認可債権回収"
                        "機関）」 (fake → not_licensed) for 「株式会社全国債権管理回収センター」 at an address without a number; "
                        "「弁護士・消費生活センター等へのご相談は…」")


LETTERS = [cd01, cd02, cd03, cd04, cd05, cd06, cd07, cd08]
