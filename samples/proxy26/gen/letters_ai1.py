"""Proxy set 26, letters ai01–ai08: "the registry's long tail". Real servicers of every size print (or do not print)
their licence in many ways: SMBC債権回収's 受託のお知らせ for a 信販 with the licence in a footer band, AG債権回収's
督促状 with its former trade name in the logo line, パルティール's 一括請求 whose licence stands only on page 2, a 簡裁
(ハ) 呼出状 + 訴状 with 日本債権回収 as plaintiff, ニッテレ's 縦書き 最終通告書 with 第七号 in kanji, an old 2008
分割弁済合意書 of the dissolved 東京債権回収, a 仮執行宣言付支払督促 with 株式会社住宅債権管理回収機構 as creditor and a
joint リース債権 譲渡通知 to オリックス債権回収."""

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
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
SMBC_GREEN = (0.0, 0.33, 0.24)
AG_RED = (0.62, 0.10, 0.16)
PT_BLUE = (0.10, 0.30, 0.55)
ORX = (0.85, 0.40, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def heisei(d: D) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ai01 SMBC債権回収 受託のお知らせ 兼 ご請求書 for a 信販; licence only in a navy FOOTER BAND as 「法務大臣許可 No.10」.


def ai01():
    R = 14.6
    issued, due, entrusted = D(2025, 11, 10), D(2025, 11, 28), D(2025, 11, 4)
    acc, lastp = D(2025, 9, 26), D(2025, 6, 27)
    P, I = 684_200, 21_560
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 21, "SMBC", size=20, font="sans-bold", color=SMBC_GREEN)
    p.at(42, 20.5, "債権回収株式会社", size=12, font="sans-bold", color=SMBC_GREEN)
    p.at(42, 25, "クレジット債権受託センター", size=8, color=SMBC_GREEN)
    p.add(Line(15, 28, 196, 28, 1.2, SMBC_GREEN))
    p.at(196, 34, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 39.5, "受託番号　SM-2511-0473", size=9.5, align="r")
    p.y = 33
    p.line("〒430-0000", size=10)
    p.line("静岡県浜松市中央区ひばり坂九丁目9番9号", size=10)
    p.gap(2)
    p.line("磯辺　和也　様", size=14)
    p.gap(6)
    p.title("債権回収業務受託のお知らせ　兼　ご請求書", size=15)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para(f"さて、お客様が株式会社なごみ信販（以下「委託者」といいます。）との間で締結されたショッピングクレジット契約に"
           f"基づく債権につきまして、当社は{wdate(entrusted)}付で委託者から債権の管理及び回収業務の委託を受けました。なお、"
           "債権者は引き続き委託者であり、債権が当社に譲渡されたものではございません。")
    p.para("つきましては、今後のお支払い及びお問い合わせは、当社宛てにお願い申し上げます。お客様は期限の利益を喪失されて"
           "おりますので、下記ご請求金額を下記期日までに一括してお支払いくださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    y = p.y
    rows = [("委託者（債権者）", "株式会社なごみ信販"), ("受託者", "SMBC債権回収株式会社"),
            ("ご契約", "ショッピングクレジット（個品割賦）　ご契約番号 NG-0817-33420"),
            ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc))]
    for i, (a, b) in enumerate(rows):
        p.add(Box(22, y + i * 7, 44, 7, 0.25, (0, 0, 0), SHADE))
        p.add(Box(66, y + i * 7, 122, 7, 0.25))
        p.at(24, y + i * 7 + 4.8, a, size=8.8)
        p.at(68, y + i * 7 + 4.9, b, size=9.5)
    p.y = y + len(rows) * 7 + 4
    p.line(f"ご請求金額（{wdate(issued)}現在）", x=22, size=10, font="sans-bold")
    p.table([["立替金残高", f"{P:,}円"], ["未払分割手数料", f"{I:,}円"],
             [f"遅延損害金（{acc.month}月{acc.day + 1}日から年14.6％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [110, 56], x=22, aligns="lr", size=10, row_h=7.5, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 13, 1.0, SMBC_GREEN))
    p.at(27, y + 8.5, "お支払期日", size=11, font="sans-bold", color=SMBC_GREEN)
    p.at(62, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(184, y + 8.5, "までにお振込みください", size=9, align="r")
    p.y = y + 17
    p.para("お振込先　しらなみ銀行 本店営業部 普通預金 6104730　口座名義 エスエムビーシーサイケンカイシュウ（カ", size=9.3,
           indent="")
    p.para("※委託者へのお支払いはお受けできません。委託者のコールセンター（0570-000-817）では本件のご相談を承っておりません。",
           size=8.8, indent="")
    p.para("※お支払いが難しい場合は、お支払期日までに下記受託センターへご連絡ください。ご事情に応じてご相談を承ります。",
           size=8.8, indent="")
    p.gap(3)
    p.line("SMBC債権回収株式会社　クレジット債権受託センター", x=92, size=10, font="sans-bold")
    p.line("フリーダイヤル 0120-000-610（平日 9:00～18:00）", x=92, size=9.5)
    p.line("担当　三上", x=92, size=9.5)
    p.add(Box(0, 278, 210, 19, color=None, fill=SMBC_GREEN))
    p.at(105, 285, "SMBC債権回収株式会社　　債権管理回収業　法務大臣許可 No.10", size=9.5, font="sans-bold",
         color=WHITE, align="c")
    p.at(105, 291, "〒104-0000 東京都中央区つきじ堀九丁目9番9号　https://www.example.jp/servicer", size=7.5,
         color=WHITE, align="c")
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="株式会社なごみ信販", status="licensed", original="株式会社なごみ信販",
               debtor="磯辺和也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="SM-2511-0473",
               input_kind="pdf_text", template="proxy26_entrusted_credit_footer_band_licence", received=D(2025, 11, 12))
    return dict(stem="ai01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託通知 兼 ご請求書, 信販 → real servicer as agent)",
                unusual="real servicer ★ SMBC債権回収株式会社 (Latin letters) with the logo split 「SMBC」 / 「債権回収株式会社」 and "
                        "the licence ONLY in a green FOOTER BAND as 「債権管理回収業　法務大臣許可 No.10」; 受託 of a 信販's "
                        "ショッピングクレジット: 「債権者は引き続き委託者」 (creditor = 委託元); the 受託日 11/4 is not an "
                        "assignment; a shaded-label grid (委託者（債権者） / 受託者 / ご契約番号 / 最終ご入金日 / 喪失日); amounts "
                        "立替金残高 / 未払分割手数料 / 遅延損害金 / ご請求金額合計; the 委託者's 0570 number and the ご契約番号 as "
                        "distractors; western 年月日 dates")


# ---------------------------------------------------------------------------------------------
# ai02 AG債権回収 督促状: the former trade name アストライ債権回収 in the logo line; no licence number printed.


def ai02():
    R = 20.0
    issued, due = D(2025, 12, 8), D(2025, 12, 22)
    assign, acc, lastp = D(2025, 8, 29), D(2025, 4, 17), D(2025, 1, 27)
    P, I = 312_480, 4_915
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 16, 11, color=None, fill=AG_RED))
    p.at(23, 20.2, "AG", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(34, 19.5, "AG債権回収株式会社", size=13, font="sans-bold", color=AG_RED)
    p.at(34, 24, "（旧商号　アストライ債権回収株式会社）", size=8, color=GRAY)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "お客様番号　7002-15833", size=10, align="r")
    p.y = 34
    p.line("〒390-0000　長野県松本市つぐみ台九丁目9番9号", size=10)
    p.line("狩野　美咲　様", size=14)
    p.gap(8)
    p.line("督　促　状", size=18, font="sans-bold", align="c", color=AG_RED)
    p.gap(4)
    p.para(f"貴殿が株式会社くまざさローンとの間で締結された金銭消費貸借契約に基づく債権は、{era(assign)}付で同社から当社が"
           "譲り受け、既にその旨をご通知しております。")
    p.para("しかしながら、本日現在、お支払い及びご連絡をいただいておりません。下記金額を下記期限までに一括してお支払い"
           "ください。")
    p.gap(2)
    x0, x1 = 40, 170
    p.line(f"【ご請求の内訳】　{era(issued)}現在", x=32, size=10, font="sans-bold")
    for lab, v in (("残元金", P), ("未収利息", I), (f"遅延損害金（年20.0％　{era(acc + timedelta(1))}から）", L)):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"{v:,}円", size=10.5, align="r")
        p.add(Line(x0, p.y - 1.5, x1, p.y - 1.5, 0.15, GRAY))
    p.gap(1)
    b = p.line("ご請求額", x=x0, size=12, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=13, font="sans-bold", align="r", color=AG_RED)
    p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.5))
    p.add(Line(x0, p.y - 0.4, x1, p.y - 0.4, 0.5))
    p.gap(4)
    p.line(f"お支払期限　　{era(due)}（{wd(due)}）", x=32, size=12, font="sans-bold")
    p.gap(2)
    p.kv([("原債権者", "株式会社くまざさローン"), ("債権譲受日", era(assign)), ("最終ご入金日", era(lastp)),
          ("期限の利益喪失日", era(acc)), ("ご融資", "平成31年2月　ご融資額 500,000円（極度額）")],
         x=32, label_w=36, size=9.5)
    p.gap(3)
    p.para("お振込先　ささなみ銀行 草津支店 普通 5318270 エージーサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("当社は令和2年7月にアストライ債権回収株式会社から商号を変更いたしました。旧商号でお送りした書面も有効です。",
           size=9, indent="")
    p.gap(6)
    for s, sz, f in (("AG債権回収株式会社　管理部", 10.5, "sans-bold"), ("〒525-0000 滋賀県草津市こうのす町九丁目9番9号", 9, "sans"),
                     ("電話 077-000-5318（受付 平日 9:30～18:00）", 9.5, "sans"), ("担当　半田", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(184, p.y - 12, 12, "square", "AG債権回収印", angle=3, seed=26021)
    tr = truth(document_type="collection_notice", sender="AG債権回収株式会社", license_number=None,
               phone="077-000-5318", creditor="AG債権回収株式会社", status="licensed", original="株式会社くまざさローン",
               debtor="狩野美咲", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="7002-15833",
               input_kind="pdf_text", template="proxy26_renamed_servicer_dunning_former_name", received=D(2025, 12, 10))
    return dict(stem="ai02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (renamed real servicer, 督促状)",
                unusual="real servicer ★ AG債権回収株式会社 (Latin initials, registry row with former name) with a square "
                        "「AG」 mark and 「（旧商号　アストライ債権回収株式会社）」 in grey in the logo line; NO licence number "
                        "printed anywhere (licence null); 督促状 in red spaced title; 【ご請求の内訳】 as hairline rows with the "
                        "total double-ruled; a kv block (原債権者 / 債権譲受日 / 最終ご入金日 / 喪失日 / 平成31年 ご融資額 "
                        "500,000円 as a distractor); the rename 「令和2年7月」 as a dateless distractor")


# ---------------------------------------------------------------------------------------------
# ai03 パルティール債権回収 一括請求, 2 pages: the licence ONLY on page 2 in a 会社概要 table.


def ai03():
    R = 14.5
    issued, due = D(2026, 1, 19), D(2026, 2, 6)
    assign, acc, lastp = D(2025, 12, 15), D(2025, 7, 3), D(2025, 3, 27)
    P, I = 1_486_300, 38_412
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 23.5, "ご照会番号：PT-7731-0926", size=10, align="r")
    p.y = 22
    p.line("〒673-0000", size=10)
    p.line("兵庫県明石市めじろ坂九丁目9番9号", size=10)
    p.line("楠田　浩之　様", size=14)
    p.gap(3)
    for s, sz, f in (("パルティール債権回収株式会社", 11.5, "serif-bold"), ("大阪業務センター", 9.5, "serif"),
                     ("〒541-0000 大阪市中央区ほんまち橋九丁目9番9号", 8.5, "serif"),
                     ("フリーダイヤル 0120-000-386", 10, "serif")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(188, p.y - 12, 12, "square", "パルティール債権回収之印", angle=-3, seed=26031)
    p.gap(6)
    p.title("ご債務の一括お支払いのご請求", size=15, font="serif-bold")
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"株式会社あけび銀行のカードローン契約に基づく貴殿への貸付債権は、{era(assign)}付で当社が同行から譲り受け、"
           "同行よりその旨のご通知を差し上げております。貴殿は同契約に定める期限の利益を既に喪失されておりますので、下記の"
           "とおり残債務の全額を一括してお支払いくださいますようご請求申し上げます。")
    p.para("お支払方法、ご相談窓口及び当社の概要は、2枚目をご覧ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["ご融資残元金", f"{P:,}円"], ["未収利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から本日まで　年14.5％）", f"{L:,}円"],
             ["一括ご請求額", f"{T:,}円"]], [120, 46], x=22, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(3)
    p.kv([("お支払期日", f"{era(due)}（{wd(due)}）"), ("原債権者", "株式会社あけび銀行（カードローン「あけびフリー」）"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("ご利用限度額", "2,000,000円（ご参考）")],
         x=22, label_w=36, size=10)
    p.gap(4)
    p.para("本書と行き違いにお支払いいただいた場合は、ご容赦ください。", size=9.5)
    p.y = 284
    p.line("（1／2）", align="c", size=9)
    q = Page(font="serif", size=10, top=16)
    q.line("ご照会番号：PT-7731-0926　　楠田　浩之　様", size=9.5, align="r")
    q.gap(3)
    q.line("１．お支払方法", size=11.5, font="serif-bold")
    q.para("下記口座へお振込みください。お振込人名の前に、ご照会番号の数字8桁（77310926）をご入力ください。", size=10)
    q.para("かざはな銀行 大阪中央支店　普通預金 3860926　口座名義 パルテイールサイケンカイシユウ（カ", size=10, indent="")
    q.gap(2)
    q.line("２．ご相談窓口", size=11.5, font="serif-bold")
    q.para("一括でのお支払いが難しい場合は、お支払期日までにご相談ください。ご収入の状況により、分割でのお支払いを"
           "ご提案できる場合がございます。受付時間 平日 9:00～18:00（土日祝・年末年始を除く）。", size=10)
    q.gap(2)
    q.line("３．よくあるご質問", size=11.5, font="serif-bold")
    for qq, aa in (("銀行に支払ってもよいですか。", "債権は当社に移っておりますので、銀行ではお受けできません。"),
                   ("本当に債権回収会社からの書面ですか。",
                    "当社は法務大臣の許可を受けた債権回収会社です。法務省ホームページの一覧でご確認いただけます。"),
                   ("担当者が自宅に集金に来ますか。", "当社の社員が現金をお預かりすることはございません。")):
        q.para(f"Ｑ　{qq}", size=10, indent="")
        q.para(f"Ａ　{aa}", size=10, indent="", x0=26)
    q.gap(4)
    q.line("４．会社概要", size=11.5, font="serif-bold")
    q.table([["商　号", "パルティール債権回収株式会社"], ["許　可", "債権管理回収業　法務大臣許可番号第113号"],
             ["本　社", "〒141-0000 東京都品川区ごたんだ台九丁目9番9号"],
             ["お問合せ", "大阪業務センター　フリーダイヤル 0120-000-386　担当　土門"]],
            [30, 136], x=22, aligns="ll", size=9.5, row_h=7.5, shade_col0=True)
    q.y = 284
    q.line("（2／2）", align="c", size=9)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-386", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社あけび銀行", debtor="楠田浩之", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="PT-7731-0926", input_kind="pdf_text_2page",
               template="proxy26_servicer_lump_sum_licence_on_page_two", received=D(2026, 1, 21))
    return dict(stem="ai03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer 一括請求 of a bank card loan, 2 pages)",
                unusual="real servicer ★ パルティール債権回収株式会社 whose licence 「法務大臣許可番号第113号」 stands ONLY on "
                        "page 2, inside a shaded 会社概要 table (商号 / 許可 / 本社 / お問合せ) at the foot; p.1 serif, the "
                        "sender block RIGHT under the addressee with a square seal, no number; colon label 「ご照会番号：」; "
                        "a shade-labelled table ご融資残元金 / 未収利息（期限の利益喪失日まで） / 遅延損害金 / 一括ご請求額; "
                        "ご利用限度額 2,000,000円 and the 8-digit transfer code as distractors; page 2 also has Q&A and the "
                        "transfer account")


# ---------------------------------------------------------------------------------------------
# ai04 沼津簡易裁判所 (ハ) 口頭弁論期日呼出状 (p.1) + 訴状 (p.2); plaintiff 日本債権回収 (no licence printed).


def ai04():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 3, 2), D(2026, 4, 8), D(2026, 4, 1), D(2026, 2, 10)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 5, 26), D(2025, 2, 27)
    P, I = 528_000, 11_205
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和8年(ハ)第214号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ハ）第214号')}　譲受債権請求事件", size=10.5)
    p.line("原　告　日本債権回収株式会社", size=10.5)
    p.line("被　告　大庭　真一", size=10.5)
    p.gap(6)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=16, font="serif-bold", align="c")
    p.gap(4)
    p.line("被告　大庭　真一　殿", size=12)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、"
           "出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    p.line("記", align="c")
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
            ("場　　所", "沼津簡易裁判所　第２民事法廷（１階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(26, y + i * 10, 42, 10, 0.4, (0, 0, 0), SHADE))
        p.add(Box(68, y + i * 10, 118, 10, 0.4))
        p.at(29, y + i * 10 + 6.6, a, size=10.5)
        p.at(72, y + i * 10 + 6.8, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    for s in ("１　出頭の際は、この呼出状及び印鑑を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割での支払を希望するときは、答弁書にその旨を記載してください（和解の話し合いをすることができます）。",
              "４　この事件について問い合わせるときは、事件番号をお知らせください。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　沼津簡易裁判所民事係", size=10.5)
    p.line("　　　　　裁判所書記官　伴野　　奈緒", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "沼津簡易裁判所書記官印", angle=0, seed=26041)
    p.gap(8)
    p.line("〒410-0000　静岡県沼津市ちどり坂九丁目9番9号", size=9.5, x=22)
    p.line("沼津簡易裁判所民事係　電話 055-000-3218（直通）　ＦＡＸ 055-000-3219", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.line("訴　　状", size=17, font="serif-bold", align="c")
    q.gap(2)
    q.line(f"{fw(era(filed))}", align="r", size=10.5)
    q.line("沼津簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原　告", "〒102-0000 東京都千代田区こうじまち通九丁目9番9号"), ("", "日本債権回収株式会社"),
          ("", "代表者代表取締役　杉若　隆文"),
          ("", "（送達場所）同社 東海サービシングセンター　電話 052-000-2840"),
          ("被　告", "〒410-0000 静岡県沼津市こまどり通九丁目9番9号"), ("", "大庭　真一")],
         x=22, label_w=22, size=10)
    q.gap(3)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで年"
           "14.6パーセントの割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社がまずみカード（以下「原債権者」という。）は、令和元年10月3日、被告との間でクレジットカード会員"
              "契約を締結し、被告はこれに基づきカードショッピング及びキャッシングを利用した（利用限度額60万円）。",
              f"２　被告は、{era(lastp)}の支払を最後にその後の支払を怠ったため、{era(acc)}の経過をもって期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、被告に対する上記債権を原告に譲渡し、同年10月6日到達の内容証明郵便で被告に"
              "その旨を通知した。",
              "４　よって、原告は、被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息・手数料（期限の利益喪失日まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年14.6％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [126, 40], x=24, aligns="lr", size=9.5, row_h=7.2)
    q.gap(3)
    q.line("証拠方法　甲第１号証（会員契約書）ほか　　附属書類　訴状副本１通、資格証明書１通", x=22, size=9.5)
    tr = truth(document_type="lawsuit", sender="沼津簡易裁判所", phone="055-000-3218", creditor="日本債権回収株式会社",
               status="licensed", original="株式会社がまずみカード", debtor="大庭真一", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy26_summary_court_summons_servicer_plaintiff_no_licence", received=D(2026, 3, 5))
    return dict(stem="ai04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 2 pages)",
                unusual="沼津簡裁 (a court not used before) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; "
                        "plaintiff ★ 日本債権回収株式会社 (a registry row WITHOUT a licence number; none printed, court "
                        "paper); 期日 / 場所 / 答弁書提出期限 as a shaded-label box with weekdays; court phone （直通） and FAX "
                        "on one line; 訴状 dated 2/10 ≠ 呼出状 3/2; 請求の趣旨 「金…及びうち金…」; 請求の原因 with 利用限度額 "
                        "60万円, 令和元年, and the 10月6日 到達 of the 譲渡 notice as distractors; the plaintiff's 送達場所 "
                        "052 phone")


# ---------------------------------------------------------------------------------------------
# ai05 ニッテレ債権回収 縦書き 最終通告書 (digital): 「法務大臣許可番号第七号」 in kanji; a guarantor's 求償債権 bought.


def ai05():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 2, 27)
    subro, assign, acc = D(2024, 11, 29), D(2025, 10, 31), D(2024, 9, 10)
    P = 2_314_600
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "最終通告書"),
        ("body", "前略　当社は、ほうのき信用保証株式会社（以下「原債権者」といいます。）から、同社が貴殿に対して有する求償"
                 f"債権を{kdate(assign)}付で譲り受けた債権回収会社です。"),
        ("body", f"原債権者は、貴殿が株式会社やぶでまり銀行から借り受けた事業資金の保証人として、貴殿が{kdate(acc)}の経過に"
                 f"より期限の利益を喪失したため、{kdate(subro)}、同行に対し代位弁済を行いました。"),
        ("body", "当社はこれまで再三にわたり書面及び電話にてお支払いをお願いしてまいりましたが、今日に至るまで何らのご連絡も"
                 "いただいておりません。"),
        ("body", f"よって、本書をもって最終の通告といたします。{kdate(due)}限り、左記金員を一括してお支払いください。"
                 "右期限までにお支払い又はご連絡のない場合は、何らの通知なく法的手続に移行いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(subro + timedelta(1))}から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "お取引番号　ＮＴＬ－２６０２１６"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福岡市博多区すさき浜九丁目九番九号"),
        ("low", "ニッテレ債権回収株式会社　九州業務部"),
        ("low", "法務大臣許可番号第七号"),
        ("low", "電話　〇一二〇（〇〇〇）七〇七"),
        ("blank", ""),
        ("low", "福岡県久留米市ひよどり台九丁目九番九号"),
        ("low", "萩尾　恵子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "九州業務部" in it.s]
    pg.items.append(Seal(xs[0] - 3, 22.0 + (8 + 21) * size * 0.3528 * 1.05, 12, "square", "ニッテレ債権回収之印",
                         angle=-3, seed=26051))
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="ほうのき信用保証株式会社", debtor="萩尾恵子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=None, assignment=assign,
               reference="NTL-260216", input_kind="vertical_pdf",
               template="proxy26_vertical_servicer_final_notice_kanji_licence", received=D(2026, 2, 18))
    return dict(stem="ai05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (real servicer 縦書き 最終通告書, guarantor's 求償債権)",
                unusual="縦書き 最終通告書 (前略 … 草々) of ★ ニッテレ債権回収株式会社, digital, with the licence in KANJI in "
                        "the sender column 「法務大臣許可番号第七号」; the servicer bought a 保証会社's 求償債権 (原債権者 = the "
                        "guarantor, the bank named only as lender); 喪失, 代位弁済 and 譲受 in kanji dates; positional kanji "
                        "amounts (求償元金 / 遅延損害金 / 合計, no interest); 「年十四・六パーセント」; full-width お取引番号 "
                        "ＮＴＬ－２６０２１６ in the 記; phone in kanji digits 〇一二〇（〇〇〇）七〇七; no last payment printed")


# ---------------------------------------------------------------------------------------------
# ai06 東京債権回収 (dissolved 2010) 分割弁済合意書 of 2008, kept in a drawer and scanned (2-page image PDF).


def ai06():
    R = 21.9
    issued, back, base = D(2008, 5, 23), D(2008, 6, 13), D(2008, 5, 15)
    assign, acc, lastp = D(2007, 11, 30), D(2007, 3, 5), D(2006, 12, 25)
    P, I = 624_500, 18_230
    L = late(P, R, acc + timedelta(1), base)
    T = P + I + L
    inst, first = 20_000, D(2008, 6, 27)
    n, last_amt = T // inst, T % inst
    assert n * inst + last_amt == T and last_amt > 0
    last_due = D(2008 + (5 + n) // 12, (5 + n) % 12 + 1, 27)
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, heisei(issued), size=10.5, align="r")
    p.at(196, 25.5, "管理番号　TK-08-1192", size=10, align="r")
    p.y = 24
    p.line("神奈川県相模原市せきれい町九丁目9番9号", size=10.5)
    p.line("塩谷　隆　様", size=14)
    p.gap(4)
    for s, sz, f in (("東京債権回収株式会社", 12, "serif-bold"), ("債権管理第三部", 10, "serif"),
                     ("東京都千代田区くだんざか九丁目9番9号", 9, "serif"), ("電話 03-0000-2917（直通）　担当 角谷", 9.5, "serif")):
        p.line(s, x=118, size=sz, font=f)
    p.gap(6)
    p.title("分割弁済合意書ご送付のご案内", size=15, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("先日はお電話にてご返済方法についてご相談いただき、誠にありがとうございました。お話し合いの結果に基づき、分割弁済"
           "合意書を作成いたしましたので、内容をご確認のうえ、ご署名・ご捺印いただき、同封の返信用封筒にて下記期限までにご返送"
           "くださいますようお願い申し上げます。")
    p.para("なお、期限までにご返送いただけない場合は、本合意は成立しなかったものとして取り扱わせていただきます。")
    p.line("敬具", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 12, 0.8))
    p.at(35, y + 8, "ご返送期限", size=11.5, font="serif-bold")
    p.at(70, y + 8.2, f"{heisei(back)}（{wd(back)}）必着", size=12.5, font="serif-bold")
    p.y = y + 18
    p.line("同封書類　分割弁済合意書（2枚目）　１通／返信用封筒　１通", x=30, size=10)
    p.gap(20)
    p.para("※ご不明の点は、担当者までお問い合わせください。お問い合わせの際は管理番号をお知らせください。", size=9.5, indent="")
    q = Page(font="serif", size=10.5, top=16)
    q.line("分 割 弁 済 合 意 書", size=17, font="serif-bold", align="c")
    q.gap(4)
    q.para("債権者東京債権回収株式会社（以下「甲」という。）と債務者塩谷隆（以下「乙」という。）とは、乙の甲に対する債務の"
           "弁済について、次のとおり合意する。")
    q.gap(1)
    q.para(f"第１条　乙は、甲に対し、株式会社さわぐるみファイナンスが乙に対して有し、{heisei(assign)}甲が譲り受けた"
           f"金銭消費貸借契約に基づく債務として、{heisei(base)}現在、下記の金員の支払義務があることを認める。", indent="")
    q.table([["元　金", f"金{P:,}円"], ["利　息", f"金{I:,}円"],
             [f"遅延損害金（{heisei(acc + timedelta(1))}から年21.9％）", f"金{L:,}円"], ["合　計", f"金{T:,}円"]],
            [100, 50], x=34, aligns="lr", size=10, row_h=7.5, ruled="rows")
    q.gap(2)
    q.para(f"第２条　乙は、甲に対し、前条の合計額を、{heisei(first)}から{heisei(last_due)}まで毎月27日限り金{inst:,}円宛"
           f"（ただし最終回は金{last_amt:,}円）、合計{n + 1}回に分割して、甲の指定する口座に振り込んで支払う。", indent="")
    q.para("第３条　乙が前条の分割金の支払を２回分以上怠ったときは、乙は当然に期限の利益を失い、甲に対し、第１条の合計額から"
           "既払額を控除した残額を直ちに支払う。", indent="")
    q.para("第４条　甲は、乙が第２条の分割金を遅滞なく支払ったときは、第１条の遅延損害金以外の損害金の請求をしない。", indent="")
    q.para(f"（ご参考）原契約　平成15年8月 極度額50万円　最終ご入金日 {heisei(lastp)}　期限の利益喪失日 {heisei(acc)}",
           size=9.5, indent="")
    q.gap(6)
    q.line("平成　　年　　月　　日", x=24, size=10.5)
    q.gap(3)
    q.line("甲　東京都千代田区くだんざか九丁目9番9号", x=24, size=10.5)
    q.line("　　東京債権回収株式会社　代表取締役　長南　昭二", x=24, size=10.5)
    q.seal(170, q.y - 5, 14, "square", "東京債権回収代表取締役印", angle=2, seed=26061)
    q.gap(5)
    q.line("乙　住所", x=24, size=10.5)
    q.add(Line(40, q.y - 1, 185, q.y - 1, 0.2))
    q.gap(4)
    q.line("　　氏名　　　　　　　　　　　　　　　　　　　　　　　　印", x=24, size=10.5)
    q.add(Line(40, q.y - 1, 185, q.y - 1, 0.2))
    tr = truth(document_type="settlement_proposal", sender="東京債権回収株式会社", license_number=None,
               phone="03-0000-2917", creditor="東京債権回収株式会社", status="closed",
               original="株式会社さわぐるみファイナンス", debtor="塩谷隆", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=back, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="TK-08-1192", input_kind="pdf_scan",
               template="proxy26_closed_servicer_instalment_agreement_2008", received=None)
    return dict(stem="ai06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.2,
                about="settlement_proposal (2008 分割弁済合意書 of a servicer dissolved in 2010, 2 pages)",
                unusual="an OLD letter from ★ 東京債権回収株式会社 (registry status closed: dissolved 2010-07-30), scanned as a "
                        "2-page image PDF: p.1 a cover letter 「分割弁済合意書ご送付のご案内」 with a framed ご返送期限 "
                        "平成20年6月13日（金）必着; p.2 the unsigned 分割弁済合意書 (甲 / 乙, 第１条 … 第４条) whose 第１条 "
                        "table states the debt as of 平成20年5月15日 (≠ the letter date); 平成 dates everywhere; the plan "
                        f"(毎月27日 20,000円 × {n} + {last_amt:,}円) and the 平成15年 原契約 as distractors; no licence number "
                        "printed; blank 「平成　　年　　月　　日」 signature date")


# ---------------------------------------------------------------------------------------------
# ai07 姫路簡易裁判所 仮執行宣言付支払督促; creditor 株式会社住宅債権管理回収機構 (株式会社 BEFORE the name).


def ai07():
    R = 14.0
    issued, order, served, filed, filed2 = D(2026, 1, 8), D(2025, 11, 20), D(2025, 11, 26), D(2025, 11, 14), D(2025, 12, 15)
    sale, assign, acc, lastp = D(2025, 6, 20), D(2025, 3, 28), D(2024, 12, 10), D(2024, 9, 27)
    P = 2_415_800
    L = late(P, R, sale + timedelta(1), filed)
    C1, C2 = 6_832, 1_204
    C = C1 + C2
    T = P + L + C
    case = "令和7年(ロ)第1873号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, "正本", size=12, font="serif-bold", align="r")
    p.y = 24
    p.line(f"{fw('令和7年（ロ）第1873号')}", size=11)
    p.gap(6)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold", spaced=True)
    p.gap(2)
    p.table([["債権者", "〒162-0000 東京都新宿区すいどう坂九丁目9番9号"],
             ["", "株式会社住宅債権管理回収機構"],
             ["", "代表者代表取締役　遊佐　光彦"],
             ["", "（送達場所）同社 関西センター　電話 06-0000-9173"],
             ["債務者", "〒670-0000 兵庫県姫路市ほととぎす町九丁目9番9号"],
             ["", "須藤　正樹"]], [24, 150], x=20, aligns="ll", size=10, row_h=6.8, ruled="none")
    p.gap(4)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.gap(1)
    p.line("請求の趣旨", size=12, font="serif-bold", align="c")
    p.table([["１", "譲受債権元金（任意売却代金充当後の残元金）", f"{P:,}円"],
             ["２", f"確定損害金（{era(sale + timedelta(1))}から{era(filed)}まで年14.0％）", f"{L:,}円"],
             ["３", "督促手続費用", f"{C1:,}円"],
             ["４", "仮執行宣言の手続費用", f"{C2:,}円"],
             ["", "合　計", f"{T:,}円"]], [10, 126, 38], x=20, aligns="clr", size=9.8, row_h=7.2)
    p.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.0％の割合による遅延損害金", x0=20, x1=194,
           size=9.8, indent="")
    p.gap(2)
    p.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社うつぎ銀行（原債権者）は、平成24年4月20日、債務者に対し住宅資金として金32,000,000円を貸し付けた。",
              f"２　債務者は{era(lastp)}の返済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、上記貸金債権を債権者に譲渡し、債務者に通知した。",
              f"４　担保不動産は{era(sale)}に任意売却され、その代金は元金に充当された。"):
        p.para(s, x0=20, x1=194, size=9.6, indent="")
    p.gap(2)
    p.para(f"上記支払督促は{fw(era(order))}発付され、{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の"
           f"申立てをしなかった。よって、債権者の{fw(era(filed2))}付け申立てにより、仮執行の宣言をする。", size=10)
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　姫路簡易裁判所　　裁判所書記官　森岡　　千里", size=10.5)
    p.seal(160, p.y - 5, 14, "square", "姫路簡易裁判所書記官印", angle=0, seed=26071)
    q = Page(font="serif", size=10.5, top=20)
    q.line(f"{fw('令和7年（ロ）第1873号')}", size=10.5, align="r")
    q.gap(4)
    q.line("仮執行宣言付支払督促を受け取った方へ", size=14, font="serif-bold", align="c")
    q.gap(4)
    for s in ("１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、当裁判所に督促異議を申し立てる"
              "ことができます。",
              "２　督促異議の申立てがあると、通常の訴訟手続に移行します。ただし、仮執行の宣言に基づく強制執行は、別に執行停止の"
              "決定を得ない限り停止しません。",
              "３　督促異議の申立てがないときは、この仮執行宣言付支払督促は確定判決と同一の効力を有することになります。",
              "４　支払方法について話し合いを希望するときは、債権者に直接連絡するか、督促異議申立書にその旨を記載してください。"):
        q.para(s, x0=22, x1=190, size=10.5, indent="")
    q.gap(6)
    y = q.y
    q.add(Box(22, y, 168, 24, 0.5))
    q.at(26, y + 7, "問合せ先", size=10.5, font="serif-bold")
    q.at(26, y + 14, "姫路簡易裁判所　民事督促係", size=10.5)
    q.at(26, y + 20.5, "〒670-0000 兵庫県姫路市はやぶさ町九丁目9番9号　電話 079-000-4216", size=10)
    tr = truth(document_type="payment_order_enforceable", sender="姫路簡易裁判所", phone="079-000-4216",
               creditor="株式会社住宅債権管理回収機構", status="licensed", original="株式会社うつぎ銀行", debtor="須藤正樹",
               total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy26_enforceable_housing_servicer_creditor", received=D(2026, 1, 13))
    return dict(stem="ai07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor with 株式会社 BEFORE the name, 2 pages)",
                unusual="姫路簡裁 (new court) 仮執行宣言付支払督促 as a 2-page image PDF: 「正本」 top-right, the full-width case "
                        "number alone above the spaced title; parties as an UNRULED table, creditor ★ 株式会社住宅債権管理回収機構 "
                        "(株式会社 before the name, 「債権回収」 not in the name; no licence number, court paper) with its "
                        "送達場所 06 phone; 請求の趣旨 items １–４ in a ruled table (譲受債権元金 after a 任意売却 / 確定損害金 / "
                        "督促手続費用 / 仮執行宣言の手続費用 → costs = sum) and the running item ５; the 発付 11/20, 送達 "
                        "11/26, 申立 12/15 in one sentence; 32,000,000円 loan of 平成24年 and the 任意売却 date as distractors; "
                        "p.2 the notice to the recipient with the court's phone")


# ---------------------------------------------------------------------------------------------
# ai08 joint 債権譲渡通知: リース company → オリックス債権回収 「（法務大臣許可　第11号）」; scanned.


def ai08():
    R = 14.6
    issued, assign = D(2026, 2, 5), D(2026, 1, 30)
    acc, lastp = D(2025, 10, 31), D(2025, 7, 31)
    monthly, left = 36_000, 24
    P = monthly * left
    L = late(P, R, acc + timedelta(1), assign)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, slash(issued), size=10)
    p.at(196, 18, "譲受債権番号　OX-2602-0415", size=10, align="r")
    p.y = 24
    p.line("〒990-0000　山形県山形市きつつき町九丁目9番9号", size=10)
    p.line("湯浅造園", size=10.5)
    p.line("湯浅　健吾　様", size=14)
    p.gap(7)
    p.title("債権譲渡通知書", size=17, spaced=True)
    p.para(f"通知人のいばら総合リース株式会社（以下「譲渡人」）は、貴殿との間のリース契約（契約番号 NB-19-22071）に基づき"
           f"貴殿に対して有する下記のリース料債権及びこれに付帯する一切の権利を、{slash(assign)}付で通知人オリックス債権回収"
           "株式会社（以下「譲受人」）に譲渡いたしました。")
    p.para("よって、譲渡人及び譲受人は、連名をもって本書によりその旨通知いたします。今後のお支払い、ご連絡はすべて譲受人に"
           "お願いいたします。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.table([["リース物件", "小型油圧ショベル　1台（乗用草刈機付属品一式を含む）"],
             ["リース期間", "2021/08/01 ～ 2028/07/31（84回払い）　月額リース料 36,000円（税込）"],
             ["最終お支払日", slash(lastp)], ["期限の利益喪失日", slash(acc)], ["譲渡日", slash(assign)]],
            [40, 134], x=18, aligns="ll", size=9.3, row_h=7, shade_col0=True)
    p.gap(3)
    p.line(f"譲渡債権の内容（{slash(assign)}現在）", x=18, size=10, font="sans-bold")
    p.table([["項目", "金額"], [f"未払リース料残額（{left}回分）", f"{P:,}円"],
             [f"遅延損害金（{slash(acc + timedelta(1))}～ 年14.6％）", f"{L:,}円"], ["譲渡債権額　計", f"{T:,}円"]],
            [120, 54], x=18, header=True, aligns="lr", size=10, row_h=7.5)
    p.gap(2)
    p.para("※お支払方法につきましては、譲受人より追ってご案内いたします。リース物件の返還については、別途ご相談ください。",
           size=8.8, indent="")
    p.gap(3)
    y = p.y
    blocks = ((18, "通知人（譲渡人）", ["のいばら総合リース株式会社", "代表取締役　安斎　隆之",
                                    "〒980-0000 仙台市青葉区うずら町九丁目9番9号", "TEL 022-000-1907"]),
              (108, "通知人（譲受人）", ["オリックス債権回収株式会社", "（法務大臣許可　第11号）", "代表取締役　大嶽　恒夫",
                                     "〒105-0000 東京都港区はままつ橋九丁目9番9号", "お問合せ 0120-000-411"]))
    for x, role, lines in blocks:
        p.add(Box(x, y, 88, 42, 0.4, ORX if "譲受" in role else GRAY))
        p.at(x + 3, y + 6, role, size=8.5, color=GRAY)
        for i, s in enumerate(lines):
            big = i == 0
            p.at(x + 3, y + 12.5 + i * 5.6, s, size=11 if big else 8.6, font="sans-bold" if big else "sans")
    p.seal(96, y + 24, 11, "round", "のいばら総合リース|代表/取締役", angle=-6, seed=26081)
    p.seal(186, y + 24, 11, "round", "オリックス債権回収|代表/取締役", angle=4, seed=26082)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-411", creditor="オリックス債権回収株式会社", status="licensed",
               original="のいばら総合リース株式会社", debtor="湯浅健吾", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OX-2602-0415", input_kind="scan_png",
               template="proxy26_joint_assignment_lease_to_servicer_bracket_licence", received=D(2026, 2, 9))
    return dict(stem="ai08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (joint, リース company → real servicer)",
                unusual="joint 債権譲渡通知書 for a LEASE: the debtor is a sole trader (屋号 「湯浅造園」 above the name); "
                        "slash dates everywhere; 譲受債権番号 top-right and the リース契約番号 NB-19-22071 in the prose; a "
                        "shaded-label table of the lease (物件, 84回払い, 月額 36,000円, 2021/08/01～2028/07/31 as "
                        "distractors); amounts 未払リース料残額（24回分） (→ principal) / 遅延損害金 / 譲渡債権額 計; the two "
                        "通知人 boxes side by side at the bottom, the 譲受人 ★ オリックス債権回収株式会社 with the licence in "
                        "brackets 「（法務大臣許可　第11号）」 under its name; the 譲渡人's 022 TEL as a distractor")


LETTERS = [ai01, ai02, ai03, ai04, ai05, ai06, ai07, ai08]
