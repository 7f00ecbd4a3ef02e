"""Proxy set 70, letters ca01–ca08: "servicer letters from the whole registry". A large bank-affiliated servicer's
受託通知 for a bank's card loan, a 譲受人's own 債権譲受のご通知, a 督促状 by fax whose letterhead stands in a right-hand
column and whose 許可番号 is wrong by one digit, a 縦書き 最終催告書 with the number in kanji, a 競売 配当後 一括請求 of a
信用金庫's housing loan, a 和解 proposal after a 任意売却 by fax with the letterhead at the bottom, a 2009 残債務の
お知らせ of a servicer that has since been dissolved, and a 2019 分割弁済合意書 under a servicer's former name."""

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
    bars,
    era,
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vcheck_era,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.05, 0.40, 0.22)
TEAL = (0.0, 0.38, 0.42)
WINE = (0.50, 0.10, 0.20)
BROWN = (0.40, 0.25, 0.10)
ONE = timedelta(1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def heisei(d: D) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


def r1(d: D) -> str:
    """令和 dates of 2019 are printed 令和元年."""
    return f"令和元年{d.month}月{d.day}日" if d.year == 2019 else era(d)


# ---------------------------------------------------------------------------------------------
# ca01 SMBC債権回収: 受託のお知らせ for a bank's card loan; navy band letterhead at the top.


def ca01():
    R = 14.6
    issued, due = D(2026, 2, 6), D(2026, 2, 27)
    entrusted, acc, lastp = D(2026, 1, 26), D(2025, 12, 15), D(2025, 9, 26)
    P, I = 1_486_220, 38_412
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 8, 210, 17, color=None, fill=NAVY))
    p.at(15, 19.5, "SMBC債権回収株式会社", size=17, font="sans-bold", color=WHITE)
    p.at(196, 15.5, "債権管理回収業", size=7.5, align="r", color=WHITE)
    p.at(196, 21, "法務大臣許可番号第10号", size=9, align="r", color=WHITE)
    p.at(196, 32, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 37, "受託番号　SB-2601-48817", size=9.5, align="r")
    for i, s in enumerate(["〒104-0000 東京都中央区わかくさ通九丁目9番9号", "個人債権管理部　第二グループ",
                           "フリーダイヤル 0120-000-310（平日9時～18時）", "担当　守屋"]):
        p.at(196, 44 + i * 4.3, s, size=8.3, align="r")
    bars(p, 17, 33, 60, 3, "ca01-bars")
    p.at(17, 42, "〒336-0000", size=10)
    p.at(17, 47, "埼玉県さいたま市緑区あかね台九丁目9番9号", size=10)
    p.at(17, 52, "ほたるの丘ハイツ909号", size=10)
    p.at(23, 61, "笠間　宏樹　様", size=14)
    p.y = 70
    p.title("債権管理回収業務受託のお知らせ　兼　ご請求書", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8, indent="")
    p.para(f"さて、貴殿が株式会社くぬぎ銀行（以下「委託元」といいます。）とご契約のカードローンにつきまして、当社は、{era(entrusted)}付で"
           "委託元より債権の管理及び回収に関する業務の委託を受けました。債権者は引き続き委託元であり、債権が当社に譲渡された"
           "ものではございません。今後のお支払い及びご連絡は、すべて当社宛てにお願いいたします。", size=9.8)
    p.para("本契約は、約定のご返済の遅滞により期限の利益を喪失しておりますので、下記ご請求金額を下記期限までに一括して"
           "お支払いくださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", size=9.8, align="r")
    p.line("記", size=10, align="c")
    y = grid(p, 15, p.y + 1, [34, 56, 34, 57],
             [["委託元（債権者）", "株式会社くぬぎ銀行", "ご契約", "くぬぎカードローン"],
              ["受託日", era(entrusted), "銀行お客様番号", "0412-7788-31"],
              ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)]], h=7.2, size=9)
    p.y = y + 4
    rows = [["項　目", "金　額"], ["貸越元金", f"{P:,}円"], ["未収利息（期限の利益喪失日まで）", f"{I:,}円"],
            [f"遅延損害金（{era(acc + ONE)}～{era(issued)}　年14.6％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]]
    p.table(rows, [126, 55], x=15, header=True, aligns="lr", size=9.8, row_h=7.5)
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.0, NAVY))
    p.add(Box(15, y, 42, 14, color=None, fill=NAVY))
    p.at(36, y + 9, "お支払期限", size=11.5, font="sans-bold", align="c", color=WHITE)
    p.at(63, y + 9.3, f"{era(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 9.3, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 18
    p.line("お振込先", size=9.8, font="sans-bold")
    p.para("三井住友銀行 築地支店　普通預金 7731048　口座名義 エスエムビーシーサイケンカイシユウ（カ", size=9.3, indent="")
    p.para("※お振込みの際は、お名前の前に受託番号の数字（260148817）をご入力ください。振込手数料はご負担願います。", size=8.6,
           indent="")
    p.gap(2)
    p.para("お支払いが困難な場合は、お支払期限までに必ず上記フリーダイヤルへご連絡ください。ご事情をお伺いのうえ、ご相談に"
           "応じます。本状と行き違いにお支払いいただいた場合はご容赦ください。", size=8.8, indent="")
    p.add(Line(15, 283, 196, 283, 0.3, NAVY))
    p.at(105, 288, "当社は法務大臣の許可を受けた債権回収会社（サービサー）です。当社の許可は法務省ホームページでご確認いただけます。",
         size=7, align="c", color=GRAY)
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="株式会社くぬぎ銀行", status="licensed", original="株式会社くぬぎ銀行",
               debtor="笠間宏樹", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="SB-2601-48817",
               input_kind="pdf_text", template="proxy70_smbc_entrustment_bank_cardloan", received=D(2026, 2, 9))
    return dict(stem="ca01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer 受託通知 for a bank's card loan)",
                unusual="real servicer ★ SMBC債権回収株式会社 in white on a full-width navy band at the very top with "
                        "「法務大臣許可番号第10号」 in the band; a 受託 (collection mandate), NOT a sale: 「債権者は引き続き委託元」, "
                        "受託日 in the prose and in a shaded 3×2 grid (委託元（債権者） / ご契約 / 受託日 / 銀行お客様番号 / "
                        "最終ご入金日 / 期限の利益喪失日); it also demands (lump sum, navy お支払期限 bar with the amount); "
                        "the 受託番号 again without hyphens in the transfer note; the bank's own お客様番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# ca02 パルティール債権回収: the 譲受人's own 債権譲受のご通知 for a card debt; scanned.


def ca02():
    R = 14.6
    issued = D(2026, 2, 16)
    assign, acc, lastp = D(2026, 1, 30), D(2025, 8, 4), D(2025, 5, 27)
    P, I = 684_300, 21_870
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.at(196, 23.5, "お客様番号：PT-5529-0183", size=10, align="r")
    p.y = 28
    p.line("〒960-0000　福島県福島市せせらぎ町九丁目9番9号", size=10)
    p.line("江上　沙織　様", size=13.5)
    p.gap(2)
    x = 118
    p.at(x, 52, "パルティール債権回収株式会社", size=12, font="serif-bold")
    p.at(x, 57, "債権管理回収業　許可番号：第113号", size=8.8)
    p.at(x, 61.5, "〒141-0000 東京都品川区しらなみ通九丁目9番9号", size=8.5)
    p.at(x, 66, "お客様相談室　TEL 0120-000-113", size=8.8)
    p.seal(188, 44, 14, "square", "パルティール債権回収之印", angle=2, seed=70021)
    p.y = 74
    p.title("債権譲受のご通知", size=16, font="serif-bold", spaced=True)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", indent="")
    p.para(f"さて、当社は、{era(assign)}付で、株式会社ほしぞらカード（以下「譲渡人」といいます。）から、同社が貴殿に対して"
           "有する下記債権を譲り受けましたので、ご通知申し上げます。なお、譲渡人からも同日付で債権譲渡のご通知が発送されて"
           "おります。")
    p.para("つきましては、今後のお支払いは譲渡人ではなく当社へお願いいたします。お支払方法のご相談につきましては、本書到着後"
           "２週間以内に当社お客様相談室までご連絡くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．譲受債権の表示", size=10.5, font="serif-bold")
    p.kv([("債権の種類", "クレジットカード利用代金債権（ほしぞらカード　ショッピングリボ・キャッシング）"),
          ("会員番号", "4980-****-****-2271"), ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("債権譲渡日", era(assign))], x=25, label_w=40, sep="", size=10)
    p.gap(2)
    p.line(f"２．譲受債権額（{era(assign)}現在）", size=10.5, font="serif-bold")
    rows = [["元金", "手数料・利息", f"遅延損害金（年{R}％）", "合　計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [42, 42, 46, 46], x=22, header=True, aligns="rrrr", size=10, row_h=8, font="serif")
    p.line(f"（遅延損害金は元金に対する{era(acc + ONE)}から債権譲渡日までの分です。譲渡日の翌日以降も年{R}％の割合で発生します。）",
           x=22, size=8.3)
    p.gap(2)
    p.line("３．お振込先", size=10.5, font="serif-bold")
    p.para("ゆうちょ銀行 〇一八店　当座 0227314　パルティールサイケンカイシユウ（カ　※ご依頼人名の前にお客様番号の数字をご記入"
           "ください。", x0=25, size=9.5, indent="")
    p.gap(2)
    p.para("※本書は、債権譲渡の事実及び譲受債権の内容をお知らせするものです。ご不明な点は、上記お客様相談室（平日９時～１８時）"
           "までお問い合わせください。", size=9, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-113", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社ほしぞらカード", debtor="江上沙織", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="PT-5529-0183", input_kind="scan_png",
               template="proxy70_partir_assignee_notice_card", received=D(2026, 2, 18))
    return dict(stem="ca02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (real servicer, the 譲受人's own 債権譲受のご通知)",
                unusual="real servicer ★ パルティール債権回収株式会社 notifies ALONE (the 譲渡人's own notice is only "
                        "mentioned), scanned; its sender block is a small right-hand block BELOW the addressee with "
                        "「債権管理回収業　許可番号：第113号」 (colon, no 法務大臣) and a square seal; colon label "
                        "「お客様番号：」 top-right; spaced serif title; a kv list (債権の種類, masked 会員番号, 最終ご入金日, "
                        "喪失日, 債権譲渡日) and a 4-column one-row table 元金 / 手数料・利息 / 遅延損害金（年14.6％） / 合計 "
                        "as of the 譲渡日; only a relative 「本書到着後２週間以内に」 contact request (no payment date)")


# ---------------------------------------------------------------------------------------------
# ca03 アルファ債権回収 督促状 by fax; the letterhead is a shaded right-hand column; 許可番号 wrong by one digit.


def ca03():
    R = 20.0
    issued, due = D(2026, 3, 4), D(2026, 3, 18)
    assign, acc, lastp = D(2025, 11, 28), D(2025, 6, 10), D(2025, 4, 21)
    P, I = 412_800, 9_716
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, right=64)
    p.add(Box(150, 10, 48, 277, color=None, fill=(0.92, 0.92, 0.92)))
    p.add(Line(150, 10, 150, 287, 0.8))
    for i, (s, sz, f) in enumerate((("アルファ債権回収", 12.5, "sans-bold"), ("株式会社", 12.5, "sans-bold"),
                                    ("", 6, "sans"), ("法務大臣許可番号", 8.5, "sans"), ("第107号", 8.5, "sans"),
                                    ("", 6, "sans"), ("〒104-0000", 8, "sans"), ("東京都中央区", 8, "sans"),
                                    ("つばき坂九丁目9番9号", 8, "sans"), ("", 6, "sans"), ("債権管理第三部", 8.5, "sans"),
                                    ("担当　見留", 8.5, "sans"), ("", 6, "sans"), ("TEL 03-0000-1017", 8.5, "sans"),
                                    ("FAX 03-0000-1018", 8.5, "sans"), ("受付 平日9:30～17:30", 7.5, "sans"))):
        if s:
            p.at(153, 24 + i * 5.4, s, size=sz, font=f)
    p.seal(180, 120, 14, "square", "アルファ債権回収株式会社印", angle=-3, seed=70031)
    p.at(153, 150, "ご案内番号", size=7.5, color=GRAY)
    p.at(153, 155, "AF-26-03-0917", size=9.5, font="sans-bold")
    p.at(15, 18, "〒950-0000　新潟県新潟市東区ひなた台九丁目9番9号", size=9.5)
    p.at(15, 27, "貝塚　忠明　様", size=13.5)
    p.at(146, 18, era(issued), size=9.5, align="r")
    p.y = 38
    p.title("督　促　状", size=20)
    p.para(f"当社は、{era(assign)}、株式会社あじさいファイナンス（原債権者）から貴殿に対する貸金債権を譲り受け、その旨を"
           "ご通知いたしましたが、現在に至るまでお支払い及びご連絡をいただいておりません。", size=9.8)
    p.para(f"貴殿は、{era(lastp)}のご入金を最後にお支払いを怠り、{era(acc)}に期限の利益を喪失されています。つきましては、"
           "下記金額を下記期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    rows = [["貸付残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
            [f"遅延損害金（年{R}％）", f"{L:,}円"], ["合計請求額", f"{T:,}円"]]
    p.table(rows, [70, 45], x=18, aligns="lr", size=10.5, row_h=8.5, shade_col0=True)
    p.line(f"（遅延損害金は{era(acc + ONE)}から本書作成日までの日割計算です）", x=18, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 115, 13, 1.2))
    p.at(22, y + 8.5, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.7, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    p.line("お振込先", size=10, font="sans-bold")
    for s in ("みずほ銀行 兜町支店", "普通預金 3318402", "口座名義 アルフアサイケンカイシユウ（カ"):
        p.line(s, x=22, size=9.8)
    p.gap(2)
    p.para("上記期限までにお支払い又はご連絡がない場合には、やむを得ず法的手続（支払督促の申立て、訴訟の提起等）をとらせて"
           "いただくことがあります。分割でのお支払いをご希望の方は、期限までに担当者へご相談ください。", size=9.2, indent="")
    p.gap(2)
    p.para("（ご参考）原契約　ご契約日 令和2年9月14日　ご契約極度額 500,000円　貸付利率 年17.8％", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=107,
               phone="03-0000-1017", creditor="アルファ債権回収株式会社", status="license_mismatch",
               original="株式会社あじさいファイナンス", debtor="貝塚忠明", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AF-26-03-0917", input_kind="fax_tiff",
               template="proxy70_alpha_dunning_right_column_wrong_licence_fax", received=issued)
    return dict(stem="ca03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 ALPHA SAIKEN 03-0000-1018",
                about="collection_notice (real servicer 督促状, licence number wrong by one digit, fax)",
                unusual="one-page G4 fax; the whole letterhead is a grey RIGHT-HAND COLUMN (name broken over two lines, "
                        "「法務大臣許可番号」 / 「第107号」 on two lines, address, 担当, TEL / FAX, seal and the ご案内番号 "
                        "under it) — a REAL servicer ★ アルファ債権回収株式会社 whose registry number is 101 (→ "
                        "license_mismatch); big spaced 督　促　状; a 4-row table with shaded labels 貸付残元金 / 未払利息 / "
                        "遅延損害金（年20.0％） / 合計請求額 and the damage window in a note; 原契約 極度額 500,000 and "
                        "年17.8％ as ご参考 distractors; the FAX number in the fax header")


# ---------------------------------------------------------------------------------------------
# ca04 ニッテレ債権回収: 縦書き 最終催告書 (内容証明), 「法務大臣許可番号第七号」 in kanji, guarantor's 求償債権.


def ca04():
    R = 14.0
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    assign, subro, acc, lastp = D(2026, 1, 20), D(2025, 7, 8), D(2025, 6, 2), D(2025, 3, 27)
    P = 2_963_480
    L = late(P, R, subro + ONE, issued)
    T = P + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "最終催告書"),
        ("body", f"当社は、ひいらぎ信用保証株式会社（以下「譲渡人」という。）が貴殿に対して有する求償債権を{kdate(assign)}付で"
                 "譲り受け、その旨は譲渡人から貴殿に通知されております。"),
        ("body", "右求償債権は、貴殿が株式会社あさぎり銀行との間で締結した平成三十年六月十一日付金銭消費貸借契約について、"
                 f"貴殿が{kdate(lastp)}の弁済を最後に支払を怠り、{kdate(acc)}に期限の利益を喪失したため、譲渡人が"
                 f"{kdate(subro)}同行に代位弁済したことにより生じたものです。"),
        ("body", "当社は、これまで再三にわたり書面及び電話によりお支払いを求めてまいりましたが、今日に至るまでお支払い"
                 "もご連絡もいただいておりません。"),
        ("body", f"よって、本書をもって最終の催告をいたします。左記金員を{kdate(due)}限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　{kj(P)}"),
        ("indent", f"二　遅延損害金　{kj(L)}"),
        ("plain", f"　　（{kdate(subro + ONE)}から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　{kj(T)}"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、何らの通知をすることなく、貴殿に対し訴訟提起等の法的手続"
                 "をとりますので、あらかじめご承知おきください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区つばき坂九丁目九番九号"),
        ("low", "ニッテレ債権回収株式会社"),
        ("low", "（法務大臣許可番号第七号）"),
        ("low", "債権管理部長　孫田　昌平"),
        ("low", "電話　〇三（〇〇〇〇）七七〇七"),
        ("low", "お客様番号　ＮＫ２６－０４１０７"),
        ("blank", ""),
        ("low", "青森県八戸市わかくさ通九丁目九番九号"),
        ("low", "柿崎　和也　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 70041))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "孫田" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 22) * size * 0.3528 * 1.05, 11, "square", "ニッテレ債権回収株式会社印",
                         angle=3, seed=70042))
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="03-0000-7707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="ひいらぎ信用保証株式会社", debtor="柿崎和也", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="NK26-04107", input_kind="vertical_pdf",
               template="proxy70_vertical_nittele_final_demand_kanji_licence", received=D(2026, 4, 13))
    return dict(stem="ca04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (real servicer, 縦書き 最終催告書, 内容証明)",
                unusual="縦書き 最終催告書 of real servicer ★ ニッテレ債権回収株式会社, digital, with the 内容証明 stamp; the "
                        "licence in KANJI and brackets 「（法務大臣許可番号第七号）」 in the sender columns; the claim is a "
                        "guarantee company's 求償債権 bought by the servicer: the bank (原契約 平成三十年), the last payment, "
                        "the 喪失, the 代位弁済 and the 譲受 all in kanji in the prose; positional kanji amounts (求償元金 / "
                        "遅延損害金 / 合計, no interest); phone in kanji digits; full-width お客様番号 ＮＫ２６－０４１０７")


# ---------------------------------------------------------------------------------------------
# ca05 三菱HCキャピタル債権回収: 競売 配当後の残債務 一括請求 of a 信用金庫 housing loan, 2 pages.


def ca05():
    R = 14.0
    issued, due = D(2026, 3, 9), D(2026, 3, 31)
    assign, divd, acc, lastp = D(2026, 1, 30), D(2025, 11, 19), D(2023, 10, 12), D(2023, 6, 26)
    P0, I0 = 19_206_140, 41_326
    L0 = late(P0, R, acc + ONE, divd)
    C0 = 1_184_300  # 執行費用 (paid first out of the 配当)
    DIV = 14_750_000
    rest = DIV - C0 - I0 - L0
    assert rest > 0
    P = P0 - rest
    L = late(P, R, divd + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(120, 10, 76, 26, 0.3, (0.75, 0.1, 0.1)))
    p.add(Box(120, 10, 5, 26, color=None, fill=(0.75, 0.1, 0.1)))
    for i, (s, sz, f) in enumerate((("三菱HCキャピタル債権回収株式会社", 10, "sans-bold"),
                                    ("〒100-0000 東京都千代田区しらなみ通九丁目9番9号", 7.2, "sans"),
                                    ("住宅ローン債権管理グループ", 8, "sans"), ("TEL 0120-000-364（平日9:00～17:30）", 8, "sans"),
                                    ("担当　由比・三ッ矢", 8, "sans"))):
        p.at(128, 16 + i * 4.6, s, size=sz, font=f)
    p.at(15, 16, "〒500-0000 岐阜県岐阜市ひなた台九丁目9番9号", size=9.5)
    p.at(15, 22, "金森　由紀夫　様", size=13.5)
    p.at(15, 32, "お客様番号　MHC-7720-1935", size=9.5)
    p.at(196, 42, f"{era(issued)}", size=10, align="r")
    p.y = 46
    p.title("競売配当後の残債務について（ご請求）", size=14.5)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8, indent="")
    p.para(f"さて、当社は、{era(assign)}、ゆずりは信用金庫から、同金庫が貴殿に対して有していた住宅ローン債権を譲り受けました。"
           f"本債権につきましては、担保不動産の競売手続により{era(divd)}の配当期日に配当がなされ、配当金は費用、利息、"
           "遅延損害金、元金の順に充当されましたが、なお下記の残債務がございます（充当の明細は２枚目をご覧ください）。", size=9.8)
    p.para("つきましては、下記ご請求額を下記期限までに一括してお支払いくださいますようお願い申し上げます。一括でのお支払いが"
           "困難な場合は、期限までに担当者へご相談ください。", size=9.8)
    p.line("敬具", size=9.8, align="r")
    p.line("記", size=10, align="c")
    p.kv([("原債権者（譲渡人）", "ゆずりは信用金庫"), ("原契約", "平成24年5月18日付 住宅ローン（当初ご融資額 22,000,000円）"),
          ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("競売事件", "岐阜地方裁判所 令和6年(ケ)第214号（配当期日 " + era(divd) + "）"), ("債権譲受日", era(assign))],
         x=20, label_w=38, size=9.3)
    p.gap(3)
    p.line(f"ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold")
    rows = [["配当後残元金", f"{P:,}円"], [f"遅延損害金（{era(divd + ONE)}から{era(issued)}まで　年14.0％）", f"{L:,}円"],
            ["ご請求額　合計", f"{T:,}円"]]
    p.table(rows, [130, 46], x=17, aligns="lr", size=9.8, row_h=8, ruled="rows")
    p.gap(4)
    y = p.y
    p.add(Box(17, y, 176, 12, 0.8, (0.75, 0.1, 0.1), (1.0, 0.95, 0.95)))
    p.at(21, y + 8, f"お支払期限　{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=(0.75, 0.1, 0.1))
    p.y = y + 16
    p.para("お振込先　三菱UFJ銀行 丸の内支店　普通預金 0936411　ミツビシエイチシーキヤピタルサイケンカイシユウ（カ", size=9,
           indent="")
    p.para("※遅延損害金は、完済の日まで配当後残元金に対し年14.0％の割合で発生いたします。", size=8.6, indent="")
    p.at(196, 287, "1／2", size=8, align="r")
    p2 = Page(font="sans", size=10, top=16)
    p2.at(196, 14, "お客様番号　MHC-7720-1935　　2／2", size=8.5, align="r")
    p2.title("配当金の充当明細", size=13.5)
    p2.para(f"{era(divd)}の配当期日において、ゆずりは信用金庫は配当金{DIV:,}円を受領し、下記のとおり充当しました。", size=9.6)
    p2.gap(1)
    rows = [["項　目", "充当前", "充当額", "充当後"],
            ["執行費用（立替分）", f"{C0:,}", f"{C0:,}", "0"],
            ["利息（期限の利益喪失日まで）", f"{I0:,}", f"{I0:,}", "0"],
            [f"遅延損害金（{era(acc + ONE)}～{era(divd)}）", f"{L0:,}", f"{L0:,}", "0"],
            ["元金", f"{P0:,}", f"{rest:,}", f"{P:,}"],
            ["計", f"{P0 + I0 + L0 + C0:,}", f"{DIV:,}", f"{P:,}"]]
    assert C0 + I0 + L0 + rest == DIV
    p2.table(rows, [86, 31, 31, 31], x=15, header=True, aligns="lrrr", size=9.2, row_h=7.5)
    p2.line("（単位：円）", x=193, size=8, align="r")
    p2.gap(4)
    p2.line("ご返済についてのご案内", size=10.5, font="sans-bold")
    for s in ("・一括でのお支払いが難しい場合は、ご収入・ご家族の状況をお伺いしたうえで、分割でのお支払いをご相談いただけます。",
              "・競売により担保不動産は売却済みです。残債務は無担保の債権として当社が管理いたします。",
              "・売却代金 15,120,000円 から手続費用等を控除した額が配当されています。",
              "・お電話の際は、お客様番号をお知らせください。"):
        p2.para(s, x0=17, x1=193, size=9, indent="")
    tr = truth(document_type="collection_notice", sender="三菱HCキャピタル債権回収株式会社", license_number=None,
               phone="0120-000-364", creditor="三菱HCキャピタル債権回収株式会社", status="licensed",
               original="ゆずりは信用金庫", debtor="金森由紀夫", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MHC-7720-1935", input_kind="pdf_text_2page",
               template="proxy70_mhc_rest_after_auction_allocation_page", received=D(2026, 3, 11))
    return dict(stem="ca05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of the rest after a 競売 配当, 2 pages)",
                unusual="real servicer ★ 三菱HCキャピタル債権回収株式会社 (registry row without a number; NO licence "
                        "printed) in a red-edged box TOP-RIGHT, the addressee and お客様番号 top-left; a 信用金庫's housing "
                        "loan sold to the servicer AFTER the 配当 (配当期日 2025/11/19 < 譲受 2026/01/30); kv block with "
                        "原債権者（譲渡人）, 原契約 平成24年 22,000,000, 最終ご返済日 2023, 喪失日 2023 and the (ケ) case; "
                        "a rows-ruled table 配当後残元金 / 遅延損害金 from the day after the 配当 / 合計; p.2 a 充当明細 "
                        "(執行費用 / 利息 / 遅延損害金 / 元金 before / applied / after) and 売却代金 15,120,000 — all "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# ca06 エム・ユー・フロンティア債権回収: 和解のご提案 after a 任意売却, 2-page fax, letterhead at the BOTTOM.


def ca06():
    R = 14.6
    issued, answer = D(2026, 4, 15), D(2026, 5, 8)
    assign, sale, subro, acc, lastp = D(2025, 9, 30), D(2025, 6, 20), D(2024, 12, 16), D(2024, 11, 5), D(2024, 8, 27)
    P = 6_214_900
    L = late(P, R, sale + ONE, issued)
    T = P + L
    N, A = 60, 25_000
    SETTLE = N * A
    assert SETTLE == 1_500_000 and SETTLE < T
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, f"送信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号　MF-0930-2274", size=9.5, align="r")
    p.at(15, 20, "蔵持　昭彦　様", size=13.5)
    p.at(15, 26, "（送信枚数　本紙を含め２枚）", size=8.5)
    p.y = 34
    p.title("和解のご提案", size=16)
    p.para(f"当社は、さくらそう保証株式会社から、同社が貴殿に対して有する求償債権を{era(assign)}付で譲り受けております。"
           f"本債権は、貴殿の株式会社ゆきやなぎ銀行の住宅ローンにつき、{era(acc)}の期限の利益喪失を受けて同社が{era(subro)}に"
           f"代位弁済したことにより生じたもので、ご自宅の任意売却（{era(sale)}決済）による回収後も、下記の債務が残っております。",
           size=9.8)
    p.para("当社では、貴殿のご収入の状況を踏まえ、下記の条件による和解をご提案いたします。ご検討のうえ、２枚目の和解条件承諾書"
           "をご返送ください。", size=9.8)
    p.gap(1)
    p.line(f"■ 現在のご債務（{era(issued)}現在）", size=10.5, font="sans-bold")
    rows = [["求償元金残額", f"{P:,}円"], [f"遅延損害金（{era(sale + ONE)}～　年14.6％）", f"{L:,}円"],
            ["ご債務総額", f"{T:,}円"]]
    p.table(rows, [110, 50], x=22, aligns="lr", size=10, row_h=7.5)
    p.line(f"（最終ご返済日　{era(lastp)}）", x=22, size=8.5)
    p.gap(2)
    p.line("■ 和解条件（ご提案）", size=10.5, font="sans-bold")
    for s in (f"１．和解金額　金{SETTLE:,}円（上記ご債務総額のうち和解金額を超える部分は、完済時に免除いたします）",
              f"２．お支払方法　令和8年5月から毎月末日限り　金{A:,}円 × {N}回",
              "３．上記お支払いを２回分以上怠ったときは、和解は効力を失い、ご債務総額から既払額を控除した残額を一括してお支払い"
              "いただきます。"):
        p.para(s, x0=24, x1=192, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 160, 13, 1.4))
    p.at(27, y + 8.5, "ご回答期限", size=11.5, font="sans-bold")
    p.at(62, y + 8.8, f"{era(answer)}（{wd(answer)}）必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("期限までにご回答がない場合、本提案は撤回されたものとして取り扱い、法的手続を含めた回収を検討いたします。",
           size=9.2, indent="")
    y = 236
    p.add(Line(15, y, 196, y, 0.6))
    p.add(Box(15, y + 3, 181, 44, 0.3, None, (0.95, 0.95, 0.95)))
    p.at(20, y + 11, "エム・ユー・フロンティア債権回収株式会社", size=12.5, font="sans-bold")
    p.at(20, y + 17, "住宅ローン債権部　担当　吉武", size=9.5)
    p.at(20, y + 23, "〒103-0000　東京都中央区ほたるの丘九丁目9番9号", size=9)
    p.at(20, y + 29, "TEL 03-0000-6620　　FAX 03-0000-6621", size=9.5)
    p.at(20, y + 35, "受付時間　平日9:00～17:00（土日祝日を除く）", size=8.5)
    p.seal(180, y + 20, 15, "round", "エム・ユー・フロンティア|代表/取締役/印", angle=-6, seed=70061)
    p2 = Page(font="sans", size=10, top=18)
    p2.at(196, 14, "（２／２）", size=9, align="r")
    p2.title("和解条件承諾書", size=16)
    p2.line("エム・ユー・フロンティア債権回収株式会社　御中", size=11)
    p2.gap(4)
    p2.para(f"私は、{era(issued)}付「和解のご提案」記載の和解条件（和解金額 金{SETTLE:,}円、毎月末日限り金{A:,}円 × {N}回）"
            "を承諾し、これに従って支払います。", size=10.5)
    p2.gap(8)
    for s in ("令和　　年　　月　　日", "", "ご住所　　　　　　　　　　　　　　　　　　　　　　　　　　　",
              "", "お名前　　　　　　　　　　　　　　　　　　　　　　　　　印", "", "お電話番号　　　　（　　　　）　　　　　　",
              "", "お客様番号　MF-0930-2274"):
        p2.line(s, x=30, size=11)
    p2.gap(6)
    p2.para("※ご記入のうえ、FAX（03-0000-6621）又はご郵送にてご返送ください。", size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="エム・ユー・フロンティア債権回収株式会社", license_number=None,
               phone="03-0000-6620", creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="さくらそう保証株式会社", debtor="蔵持昭彦", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=answer, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MF-0930-2274", input_kind="fax_tiff",
               template="proxy70_muf_settlement_after_voluntary_sale_bottom_letterhead_fax", received=issued)
    return dict(stem="ca06", ext="tif", kind="fax_tiff", pages=[p.spec, p2.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 MU FRONTIER 03-0000-6621",
                about="settlement_proposal (real servicer, 和解 after a 任意売却, 2-page fax)",
                unusual="2-page G4 fax of real servicer ★ エム・ユー・フロンティア債権回収株式会社 (registry row without a "
                        "number, NONE printed) whose ONLY sender block is a grey box at the BOTTOM of page 1 with a round "
                        "seal; nothing at the top but 送信日, お客様番号 and the name; the whole story (guarantor, bank, 喪失, "
                        "代位弁済, 任意売却 決済, 譲受) in one long sentence; a 3-row table 求償元金残額 / 遅延損害金 from the "
                        "day after the sale / ご債務総額; the plan (1,500,000 = 25,000 × 60, default after two missed) as "
                        "distractors; a heavy-framed ご回答期限 …必着; p.2 a blank 和解条件承諾書")


# ---------------------------------------------------------------------------------------------
# ca07 東京債権回収 (dissolved 2010): a 2009 残債務のお知らせ, scanned into an image PDF; letterhead in a box.


def ca07():
    R = 14.6
    issued, due = D(2009, 3, 16), D(2009, 3, 31)
    assign, acc, lastp = D(2008, 9, 30), D(2007, 12, 5), D(2007, 8, 27)
    P, I = 538_000, 12_640
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 92, 30, 0.5))
    for i, (s, sz, f) in enumerate((("東京債権回収株式会社", 13, "serif-bold"), ("〒102-0000 東京都千代田区せせらぎ町9丁目9番9号", 7.8,
                                     "serif"), ("管理第一部　担当　渡会", 9, "serif"), ("電話 03-0000-2468（代表）", 9, "serif"))):
        p.at(19, 20 + i * 6, s, size=sz, font=f)
    p.at(196, 18, heisei(issued), size=10.5, align="r")
    p.at(196, 24, "管理番号　TS-0903-5512", size=10, align="r")
    p.y = 50
    p.line("〒330-0000　埼玉県さいたま市浦和区つばき坂9丁目9番9号", size=10)
    p.line("栗生　典子　殿", size=13.5)
    p.gap(5)
    p.title("残債務のお知らせ", size=16, font="serif-bold")
    p.para(f"当社は、{heisei(assign)}付で株式会社こはくクレジットから貴殿に対する立替金債権を譲り受け、管理しております。"
           f"{heisei(issued)}現在の貴殿の残債務は下記のとおりです。")
    p.para(f"つきましては、下記合計額を{heisei(due)}までにお支払いください。一括でのお支払いが困難な場合は、期日までに"
           "担当者へご連絡いただければ、お支払方法をご相談させていただきます。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("原債権者", "株式会社こはくクレジット"), ("ご契約日", "平成16年4月2日（オートローン）"),
          ("最終ご入金日", heisei(lastp)), ("期限の利益喪失日", heisei(acc)), ("債権譲受日", heisei(assign))],
         x=28, label_w=40, size=10)
    p.gap(3)
    x0, x1 = 28, 178
    for lab, val, bold in (("残元金", f"{P:,}円", False), ("利息", f"{I:,}円", False),
                           (f"損害金（{heisei(acc + ONE)}から年14.6％）", f"{L:,}円", False),
                           ("合計", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1.5)
        b = p.line(lab, x=x0, size=10.5, font="serif-bold" if bold else None)
        p.at(x1, b, val, size=10.5, align="r", font="serif-bold" if bold else "serif")
    p.gap(4)
    p.line("お振込先", size=10.5, font="serif-bold")
    p.line("りそな銀行 九段支店　普通預金 1105537　トウキヨウサイケンカイシユウ（カ", x=28, size=10)
    p.gap(3)
    p.para("本書到着前にお支払いいただいている場合は、何卒ご容赦ください。", size=9.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="東京債権回収株式会社", license_number=None,
               phone="03-0000-2468", creditor="東京債権回収株式会社", status="closed",
               original="株式会社こはくクレジット", debtor="栗生典子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="TS-0903-5512", input_kind="pdf_scan",
               template="proxy70_tokyo_servicer_2009_balance_notice", received=D(2009, 3, 18))
    return dict(stem="ca07", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (2009 残債務のお知らせ of a servicer dissolved in 2010)",
                unusual="an OLD letter (平成21年) from ★ 東京債権回収株式会社 (registry status closed: dissolved 2010-07-30), "
                        "scanned as a one-page image PDF; the letterhead is a framed BOX top-left, date and 管理番号 "
                        "top-right; 平成 dates everywhere; a kv 記 block (原債権者, 平成16年 オートローン contract date as a "
                        "distractor, 最終ご入金日, 喪失日, 債権譲受日); label lines 残元金 / 利息 / 損害金 with rate / 合計 with "
                        "amounts flush right and a rule above 合計; no licence number printed")


# ---------------------------------------------------------------------------------------------
# ca08 アストライ債権回収 (former name of AG債権回収): a 2019 分割弁済合意書 sent for signature; HEIC photo.


def ca08():
    R = 14.6
    issued, ret = D(2019, 10, 21), D(2019, 10, 31)
    assign, acc, lastp = D(2018, 11, 30), D(2018, 5, 10), D(2018, 2, 27)
    P, I = 744_900, 18_335
    asof = D(2019, 10, 15)
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    N, A = 38, 20_000
    LAST = P - A * (N - 1)
    assert 0 < LAST <= A, LAST
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(120, 10, 76, 14, 0.8, RED))
    p.at(124, 16, f"ご返送期限　{r1(ret)}（{wd(ret)}）", size=10, font="serif-bold", color=RED)
    p.at(124, 21.5, "署名・押印のうえ同封の封筒でご返送ください", size=7, color=RED)
    p.y = 30
    p.title("債務承認及び分割弁済合意書", size=16, font="serif-bold")
    p.para("アストライ債権回収株式会社（以下「甲」という。）と芝崎武（以下「乙」という。）は、甲が株式会社つきみカード"
           f"から{heisei(assign)}付で譲り受けた乙に対する債権（以下「本件債権」という。）について、次のとおり合意する。")
    p.gap(1)
    p.line("第１条（債務の承認）", font="serif-bold")
    p.para(f"乙は、甲に対し、本件債権につき{r1(asof)}現在、次の債務を負担していることを承認する。", indent="　")
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"], ["合計", f"{T:,}円"]]
    p.table(rows, [60, 48], x=40, aligns="lr", size=10, row_h=7.2, font="serif")
    p.line(f"（最終ご入金日 {heisei(lastp)}　期限の利益喪失日 {heisei(acc)}）", x=40, size=8.5)
    p.line("第２条（分割弁済）", font="serif-bold")
    p.para(f"乙は、甲に対し、前条の元金{P:,}円を、令和元年11月から令和4年12月まで毎月末日限り金{A:,}円ずつ（ただし最終回は"
           f"金{LAST:,}円）、甲の指定する口座に振り込む方法により支払う。振込手数料は乙の負担とする。", indent="　")
    p.line("第３条（期限の利益の喪失）", font="serif-bold")
    p.para(f"乙が前条の分割金の支払を２回分以上怠り、その額が金{2 * A:,}円に達したときは、乙は当然に期限の利益を失い、第１条の"
           f"債務から既払金を控除した残額及びこれに対する年{R}％の割合による遅延損害金を直ちに支払う。", indent="　")
    p.line("第４条（免除）", font="serif-bold")
    p.para("乙が期限の利益を失うことなく第２条の分割金の支払を完了したときは、甲は乙に対し、第１条の利息及び遅延損害金の支払を"
           "免除する。", indent="　")
    p.gap(2)
    p.line(f"作成日　{r1(issued)}", x=25)
    p.gap(2)
    y = p.y
    p.at(25, y + 5, "（甲）", size=10)
    for i, s in enumerate(["東京都中央区なのはな坂九丁目9番9号", "アストライ債権回収株式会社", "代表取締役　山際　隆之",
                           "お問合せ　0120-000-825（債権管理課）"]):
        p.at(40, y + 5 + i * 5.5, s, size=10 if i != 1 else 11, font="serif-bold" if i == 1 else "serif")
    p.seal(135, y + 12, 16, "square", "アストライ債権回収代表取締役印", angle=2, seed=70081)
    y += 30
    p.at(25, y + 5, "（乙）", size=10)
    p.at(40, y + 5, "住所　宮城県仙台市青葉区あかね台九丁目9番9号", size=10)
    p.at(40, y + 11, "氏名　芝崎　武　　　　　　　　　　　　　印", size=10.5)
    p.at(196, 287, "管理番号　AS-1810-3349", size=8.5, align="r")
    tr = truth(document_type="settlement_proposal", sender="アストライ債権回収株式会社", license_number=None,
               phone="0120-000-825", creditor="アストライ債権回収株式会社", status="licensed",
               original="株式会社つきみカード", debtor="芝崎武", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=ret, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AS-1810-3349", input_kind="photo_heic",
               template="proxy70_astrai_2019_instalment_agreement_former_name", received=D(2019, 10, 23))
    return dict(stem="ca08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, fill=0.85, glare=18, warm=0.2),
                about="settlement_proposal (2019 分割弁済合意書 under a servicer's FORMER name)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare of a 2019 債務承認及び分割弁済合意書 (甲 / "
                        "乙, 第１条 … 第４条) signed by ★ アストライ債権回収株式会社 — the FORMER name of the registry's "
                        "AG債権回収株式会社 (no licence number printed); a red-framed ご返送期限 with 令和元年 top-right; "
                        "第１条 states the debt as of 令和元年10月15日 (≠ the 作成日 10/21) as a 4-row table; 平成 dates for "
                        "the 譲受, last payment and 喪失 in a bracket line; the plan (20,000 × 37 + 4,900, 2019–2022) and "
                        "the 40,000 default threshold as distractors; the 管理番号 only in the bottom-right corner")


LETTERS = [ca01, ca02, ca03, ca04, ca05, ca06, ca07, ca08]
