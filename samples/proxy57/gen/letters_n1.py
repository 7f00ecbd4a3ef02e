"""Proxy set 57, letters bn01–bn08: "digital PDFs, second round". A bank's 期限の利益喪失通知 printed by its core-banking
system with fixed-column fields and codes (bn01), a servicer's notice as a browser print of a web mail (bn02), a card
company's statement of many small boxes (bn03), a 支払督促 made by the court's own system with its 当事者目録 and
請求の趣旨 as tables (bn04), a law office's word-processor letter with footnotes and a 別紙 計算書 (bn05), a joint
債権譲渡通知 whose text layer runs in a scrambled order (bn06), a servicer's 和解 proposal as a filled-in PDF form (bn07)
and a 信用金庫's 縦書き 期限の利益喪失通知 with ruby and 割注 (bn08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    PT_MM,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    browser_frame,
    era,
    field,
    fix,
    kdate,
    late,
    text_width,
    tick,
    truth,
    vruby_page,
    wd,
    window,
    wrap_nb,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, Text, post_office_stamp

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
WINE = (0.45, 0.08, 0.20)
OLIVE = (0.33, 0.36, 0.10)
AZURE = (0.06, 0.30, 0.58)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def r0(d: D) -> str:
    """A core-banking date: R08.01.14."""
    return f"R{d.year - 2018:02d}.{d.month:02d}.{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bn01 bank 期限の利益喪失通知, printed by the core-banking system: fixed columns, 店番 / 科目 / 口座番号, codes.


def bn01():
    R = 14.0
    issued, due = D(2026, 1, 14), D(2026, 1, 30)
    acc, lastp = D(2026, 1, 9), D(2025, 9, 26)
    P = 3_917_442
    I = P * 2875 * ((acc - D(2025, 8, 27)).days + 1) // (365 * 100_000)  # 未収利息 at the 約定利率 2.875%
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9, top=14, left=16, right=16)
    p.at(16, 12, "CBS-KS041　　期限の利益喪失通知書（証書貸付）", size=7.5, color=GRAY)
    p.at(194, 12, "出力日時 2026/01/15 08:03:41　PAGE 0001", size=7.5, color=GRAY, align="r")
    p.add(Line(16, 14, 194, 14, 0.2, GRAY))
    window(p, 16, 18, "352-0000", ["埼玉県新座市睦月台9丁目9番9号", "ハイツ満天星 305"], "桝井　隆之　様", "bn01bars",
           w=92, h=36, size=9.5, name_size=12.5, code="0215-31-0081274")
    for i, s in enumerate(["株式会社紺碧銀行", "曙町支店　融資課", "〒352-0000 埼玉県新座市曙町9丁目9番地",
                           "TEL 048-000-2215（融資課直通）", "受付時間 平日 9:00～17:00"]):
        p.at(122, 24 + i * 4.6, s, size=10.5 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.seal(182, 30, 13, "square", "株式会社紺碧銀行之印", angle=-1, seed=57011)
    y0 = 62
    p.add(Box(16, y0 - 4.5, 178, 27.6, 0.25))
    rows = [
        [(0, "通知日"), (8, r0(issued)), (24, "管理番号"), (34, "KS041-26-00387"), (56, "顧客番号(CIF)"), (70, "00458812-3")],
        [(0, "店番"), (8, "215"), (12, "曙町"), (24, "科目"), (34, "31"), (38, "証書貸付"), (56, "口座番号"), (70, "0081274")],
        [(0, "貸出日"), (8, "H29.06.30"), (24, "当初貸出額"), (34, "4,800,000"), (56, "約定利率"), (70, "2.875%")],
        [(0, "最終入金"), (8, r0(lastp)), (24, "延滞回数"), (34, "04"), (56, "喪失日"), (70, r0(acc))],
        [(0, "損害金率"), (8, f"{R:.3f}%"), (24, "計算基準日"), (34, r0(issued)), (56, "口座名義"), (70, "ﾏｽｲ ﾀｶﾕｷ")],
    ]
    for r, row in enumerate(rows):
        for c, s in row:
            lab = c in (0, 24, 56)
            fix(p, c, r, s, size=8.2 if lab else 9.2, x0=19, y0=y0, color=GRAY if lab else (0, 0, 0))
    p.y = y0 + 27
    p.title("期限の利益喪失通知書", size=15, font="sans-bold")
    p.para("拝啓　平素は当行をご利用いただき、誠にありがとうございます。", size=9.8)
    p.para(f"さて、上記口座番号のご融資（以下「本件ご融資」といいます。）につきましては、{era(lastp)}のご入金を最後に"
           "約定のご返済がなく、当行からの再三の督促にもかかわらずご入金をいただけておりません。", size=9.8)
    p.para(f"つきましては、銀行取引約定書第5条第2項の定めにより、本件ご融資は{era(acc)}をもって期限の利益を喪失いたし"
           f"ましたので、ご通知申し上げます。下記ご請求額を{era(due)}（{wd(due)}）までに一括してご返済くださいますよう"
           "お願い申し上げます。", size=9.8)
    p.line("敬具", x=194, align="r", size=9.8)
    p.line("記", align="c", size=9.8)
    # the amount block: a code column, fixed-column labels, figures right-aligned at column 52 (no 円: 単位 in the head)
    y1 = p.y + 3
    p.add(Box(40, y1 - 4.5, 130, 6.2, 0.2, None, SHADE))
    fix(p, 13, 0, "ｺｰﾄﾞ", size=8, x0=16, y0=y1)
    fix(p, 18, 0, "項　目", size=8, x0=16, y0=y1)
    fix(p, 74, 0, "金額（単位：円）", size=8, x0=16, y0=y1, right=True)
    amt = [("01", "貸出残高", P), ("02", f"未収利息（{r0(D(2025, 8, 27))}～{r0(acc)}）", I),
           ("03", f"遅延損害金（{r0(acc + timedelta(1))}～{r0(issued)} {R:.3f}%）", L), ("99", "請求合計", T)]
    for i, (code, lab, v) in enumerate(amt):
        last = code == "99"
        fix(p, 13, 1.4 + i * 1.25, code, size=9, x0=16, y0=y1, font="sans-bold" if last else "sans")
        fix(p, 18, 1.4 + i * 1.25, lab, size=9, x0=16, y0=y1, font="sans-bold" if last else "sans")
        fix(p, 74, 1.4 + i * 1.25, f"{v:,}", size=9.5, x0=16, y0=y1, right=True,
            font="sans-bold" if last else "sans")
        if code == "03":
            p.add(Line(40, y1 + (1.4 + i * 1.25) * 4.6 + 1.6, 170, y1 + (1.4 + i * 1.25) * 4.6 + 1.6, 0.2))
    p.y = y1 + 7.2 * 4.6
    p.kv([("ご返済期限", f"{era(due)}（{wd(due)}）"),
          ("お振込先", "株式会社紺碧銀行　曙町支店（店番215）　別段預金　口座番号 9901274"),
          ("口座名義", "カ）コンペキギンコウ アケボノチョウシテン")], x=24, label_w=26, size=9.5)
    p.gap(1)
    for s in ("（注1）遅延損害金は、ご返済の日まで貸出残高に対し上記損害金率（年365日の日割計算）により日々加算されます。",
              "（注2）科目コード 31＝証書貸付、延滞回数 04＝約定返済日の未入金回数です。管理番号は お問合せの際にお申し出ください。",
              "（注3）本状と行き違いにご返済いただいた場合は、悪しからずご容赦ください。",
              "（注4）期限までにご返済のない場合は、保証会社による代位弁済又は担保権の実行等の手続に移行することがあります。"):
        p.para(s, size=8, indent="", x0=20, x1=194)
    p.gap(2)
    p.line("以上", x=194, align="r", size=9.8)
    p.add(Line(16, 284, 194, 284, 0.2, GRAY))
    p.at(16, 288, "KS041 0215 31 0081274 00458812-3 R080114 0387", size=7, color=GRAY)
    p.at(194, 288, "紺碧銀行 勘定系システム", size=7, color=GRAY, align="r")
    tr = truth(document_type="acceleration_notice", sender="株式会社紺碧銀行", phone="048-000-2215",
               creditor="株式会社紺碧銀行", status="not_applicable", debtor="桝井隆之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KS041-26-00387", input_kind="pdf_text", template="proxy57_core_banking_fixed_columns_acceleration",
               received=D(2026, 1, 16))
    return dict(stem="bn01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, core-banking print with fixed columns and codes)",
                unusual="printed by the bank's CORE-BANKING system: a grey report line (「CBS-KS041」, 出力日時 2026/01/15 "
                        "08:03:41 ≠ the 通知日, 「PAGE 0001」); a framed block of fields at FIXED columns with short labels "
                        "and system dates R08.01.14 (通知日 / 管理番号 / 顧客番号(CIF) / 店番 215 / 科目 31 証書貸付 / 口座番号 / "
                        "貸出日 H29.06.30 / 当初貸出額 / 約定利率 2.875% / 最終入金 / 延滞回数 04 / 喪失日 / 損害金率 14.000% / "
                        "計算基準日 / 口座名義 in half-width kana); the amounts as a CODE list 01 / 02 / 03 / 99 with the labels "
                        "貸出残高 / 未収利息 / 遅延損害金 / 請求合計, figures without 円 (「金額（単位：円）」 in the head) and "
                        "windows in R-dates; a window address whose mailing code repeats 店番-科目-口座番号; a footer line of "
                        "codes (0215 31 0081274 …) as distractors")


# ---------------------------------------------------------------------------------------------
# bn02 real servicer セゾン債権回収: its notice as an e-mail, printed from the browser (2 pages).


def bn02():
    R = 14.6
    issued, due = D(2026, 2, 17), D(2026, 3, 3)
    assign, acc, lastp = D(2025, 11, 28), D(2025, 8, 5), D(2025, 6, 27)
    P, I = 612_380, 18_244
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    stamp_ = "2026/02/18 21:07"
    title = "【重要】ご返済に関するお知らせ（お客様番号 SZ-8841-2602） - しめじメール"
    url = "https://mail.shimeji-webmail.example/inbox/msg/18c9f2a7e41b6d03?print=1"

    def page():
        p = Page(font="sans", size=10, top=16, left=18, right=18, leading=1.7)
        return p

    p = page()
    browser_frame(p, 1, 2, stamp_, title, url)
    p.at(18, 20, "しめじメール", size=13, font="sans-bold", color=(0.55, 0.35, 0.15))
    p.at(192, 20, "槙野 沙織 <s.makino@shimeji-webmail.example>", size=8.5, align="r", color=GRAY)
    p.add(Line(18, 23, 192, 23, 0.3, GRAY))
    p.y = 27
    p.line("【重要】ご返済に関するお知らせ（お客様番号 SZ-8841-2602）", size=13.5, font="sans-bold")
    p.gap(1)
    p.add(Box(18, p.y, 174, 22, 0.2, (0.8, 0.8, 0.8), (0.97, 0.97, 0.97)))
    p.y += 1.5
    for lab, v in (("差出人：", "セゾン債権回収株式会社 <info-kaishu@saison-servicer.example>"),
                   ("宛先：", "s.makino@shimeji-webmail.example"),
                   ("日時：", f"{wdate(issued)}（{wd(issued)}） 10:30"),
                   ("件名：", "【重要】ご返済に関するお知らせ（お客様番号 SZ-8841-2602）")):
        p.at(21, p.y + 3.5, lab, size=8.8, color=GRAY)
        p.at(38, p.y + 3.5, v, size=8.8)
        p.y += 4.8
    p.y += 4
    body = [
        "槙野 沙織 様",
        "",
        "セゾン債権回収株式会社 管理部でございます。",
        "本メールは、お客様にご登録いただいたメールアドレス宛てにお送りしております。",
        "",
        f"お客様が株式会社星月夜クレジットとの間でご契約いただいたカードローン契約に基づく債権は、{wdate(assign)}付で",
        "同社から当社へ譲渡され、現在は当社が債権者となっております。",
        f"本債権につきましては、{wdate(lastp)}のご入金を最後にお支払いがなく、{wdate(acc)}に期限の利益を",
        "喪失しております。",
        "つきましては、下記ご請求金額を、お支払期限までに一括してお振り込みくださいますようお願いいたします。",
        "",
        f"━━━━━━ ご請求内容（{wdate(issued)}現在） ━━━━━━",
        f"　元金　　　　　　　　　：{P:,}円",
        f"　利息　　　　　　　　　：{I:,}円",
        f"　遅延損害金（年{R}%）　：{L:,}円",
        "　───────────────",
        f"　ご請求金額合計　　　　：{T:,}円",
        "",
        f"■お支払期限：{wdate(due)}（{wd(due)}）",
        "■原債権者　：株式会社星月夜クレジット",
        f"■債権譲受日：{wdate(assign)}",
        f"■期限の利益喪失日：{wdate(acc)}",
        f"■最終ご入金日：{wdate(lastp)}",
        "■ご契約番号（原債権者）：7712-0390-5518",
        "",
        "※遅延損害金は、お支払日まで元金に対し上記利率（年365日の日割計算）で日々加算されます。",
        "※お振込先・ご相談窓口は、このメールの下部をご覧ください。",
    ]
    for s in body:
        if s:
            p.line(s, size=9.6, font="sans-bold" if s.startswith(("━", "　ご請求金額合計", "■お支払期限")) else "sans")
        else:
            p.gap(2.2)
    p1 = p.spec

    p = page()
    browser_frame(p, 2, 2, stamp_, title, url)
    p.y = 16
    body2 = [
        "■お振込先",
        "　花菱銀行　本店営業部　普通預金　2602884",
        "　口座名義：セゾンサイケンカイシユウ（カ",
        "　※お振込人名の前に、お客様番号の数字（88412602）を必ずご入力ください。",
        "",
        "■分割でのお支払いをご希望の方へ",
        "　ご事情により一括でのお支払いが難しい場合は、お支払期限までに下記までお電話ください。",
        "　ご返済方法についてご相談を承ります（例：月々10,000円からのご相談も可能です）。",
        "",
        "■このメールについて",
        "　本メールと行き違いにお支払いいただいた場合は、ご容赦ください。",
        "　本メールは送信専用アドレスからお送りしています。ご返信いただいてもお答えできません。",
        "　当社がメールでお客様のカード番号・暗証番号をお尋ねすることはございません。",
        "　当社を装った不審なメール・SMSにご注意ください。当社の正式な連絡先は下記のみです。",
        "",
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
        "セゾン債権回収株式会社　管理部　管理第三グループ",
        "法務大臣許可番号　第34号",
        "〒170-0000 東京都豊島区木斛町9丁目9番9号",
        "フリーダイヤル 0120-000-341（平日9:30～18:00）",
        "担当：箱守",
        "━━━━━━━━━━━━━━━━━━━━━━━━━━━━",
    ]
    for s in body2:
        if s:
            p.line(s, size=9.6, font="sans-bold" if s.startswith("■") else "sans")
        else:
            p.gap(2.2)
    p.gap(6)
    p.add(Line(18, p.y, 192, p.y, 0.2, (0.8, 0.8, 0.8)))
    p.gap(2)
    p.line("返信　　全員に返信　　転送", size=8.5, color=GRAY)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-341", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社星月夜クレジット", debtor="槙野沙織", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ-8841-2602", input_kind="pdf_text_2page",
               template="proxy57_servicer_webmail_browser_print", received=issued)
    return dict(stem="bn02", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (real servicer, a web mail printed from the browser, 2 pages)",
                unusual="not a letter but an E-MAIL printed from a browser: the browser's print header (「2026/02/18 21:07」 "
                        "≠ the mail date, the page title 「… - しめじメール」) and footer (a long URL, 「1/2」) on both pages; "
                        "the webmail's own bar with the reader's address; a grey header box 差出人 / 宛先 / 日時 "
                        "(「2026年2月17日（火） 10:30」 = issued) / 件名; the body in plain text with ━ rules and full-width "
                        "colons: 「ご請求内容（…現在）」 lines 元金 / 利息 / 遅延損害金（年14.6%） / ご請求金額合計 and ■ lines "
                        "(お支払期限, 原債権者, 債権譲受日, 期限の利益喪失日, 最終ご入金日, ご契約番号（原債権者） as a distractor); "
                        "p.2 the payee, 月々10,000円 as a distractor and the signature between ━ rules: real servicer ★ "
                        "セゾン債権回収株式会社 with 「法務大臣許可番号　第34号」, フリーダイヤル; 「返信　全員に返信　転送」")


# ---------------------------------------------------------------------------------------------
# bn03 card company 一括ご請求: a statement of many small boxes.


def bn03():
    R = 14.6
    issued, due = D(2026, 3, 10), D(2026, 3, 27)
    acc, lastp = D(2026, 2, 27), D(2025, 12, 26)
    P, I = 428_905, 31_270
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=8.5, top=10, left=12, right=12)
    p.add(Box(12, 9, 186, 13, color=None, fill=(0.10, 0.12, 0.30)))
    p.at(16, 18, "CASSIOPEIA CARD", size=15, font="sans-bold", color=WHITE)
    p.at(73, 18, "カシオペアカード", size=9, color=WHITE)
    p.at(194, 15, "ご請求明細書（一括ご請求）", size=11, font="sans-bold", color=WHITE, align="r")
    p.at(194, 19.5, "この明細書はお客様の大切な情報です", size=6.5, color=WHITE, align="r")
    window(p, 12, 26, "950-0000", ["新潟県新潟市中央区蛍袋9丁目9番9号", "メゾン辛夷 402"], "杢野　恵美　様", "bn03bars",
           w=88, h=34, size=9, name_size=12)
    # the right-hand box grid: many small label-over-value boxes
    def bx(x, y, w, h, lab, val, vsize=9.5, bold=False, fill=None, color=(0, 0, 0)):
        p.add(Box(x, y, w, h, 0.2, (0.45, 0.45, 0.55), fill))
        p.at(x + 1.0, y + 2.9, lab, size=5.8, color=GRAY)
        if val:
            p.at(x + w - 1.2, y + h - 1.6, val, size=vsize, font="sans-bold" if bold else "sans", align="r", color=color)

    x0, y0 = 104, 26
    bx(x0, y0, 30, 10, "お客様番号", "CP-0310-7752", 8.5)
    bx(x0 + 30, y0, 32, 10, "会員番号", "4980-****-****-2231", 7.5)
    bx(x0 + 62, y0, 32, 10, "ご請求日", slash(issued), 8.5)
    bx(x0, y0 + 10, 30, 10, "締切日", slash(D(2026, 2, 27)), 8.5)
    bx(x0 + 30, y0 + 10, 32, 10, "期限の利益喪失日", slash(acc), 8.5)
    bx(x0 + 62, y0 + 10, 32, 10, "最終ご入金日", slash(lastp), 8.5)
    bx(x0, y0 + 20, 30, 10, "ショッピング枠", "500,000", 8.5)
    bx(x0 + 30, y0 + 20, 32, 10, "キャッシング枠", "100,000", 8.5)
    bx(x0 + 62, y0 + 20, 32, 10, "ご利用可能額", "0", 8.5)
    p.y = 66
    p.add(Box(12, 65, 186, 7, color=None, fill=(0.93, 0.90, 0.98)))
    p.at(14, 70, "今回のご請求", size=10, font="sans-bold", color=(0.10, 0.12, 0.30))
    y = 74
    w6 = 31
    labs = [("前回ご請求額", "96,400"), ("前回ご入金額", "0"), ("今回ご利用額", "0"), ("ポイント残高", "1,284pt"),
            ("お支払方法", "一括"), ("お支払回数", "―")]
    for i, (a, b) in enumerate(labs):
        bx(12 + i * w6, y, w6, 10, a, b, 8.5)
    y += 13
    big = [("ご利用残高（元金）", f"{P:,}"), ("手数料・利息", f"{I:,}"), (f"遅延損害金（年{R}%）", f"{L:,}")]
    for i, (a, b) in enumerate(big):
        bx(12 + i * 40, y, 40, 14, a, b + " 円", 11)
    bx(132, y, 66, 14, "今回ご請求額（合計）", f"{T:,} 円", 15, bold=True, fill=(1.0, 0.93, 0.93), color=RED)
    y += 14
    bx(12, y, 60, 10, "お支払期日", f"{slash(due)}（{wd(due)}）", 10, bold=True, color=RED)
    bx(72, y, 60, 10, "損害金計算期間", f"{slash(acc + timedelta(1))}～{slash(issued)}", 8.5)
    bx(132, y, 66, 10, "お支払方法", "下記口座へのお振込み", 8.5)
    y += 14
    p.y = y
    p.line("■ご請求内容について", size=9.5, font="sans-bold")
    p.para(f"お客様のカードご利用代金は、{slash(lastp)}のご入金を最後にお支払いがなく、会員規約第22条に基づき{slash(acc)}をもって"
           "期限の利益を喪失しております。つきましては、上記「今回ご請求額（合計）」をお支払期日までに一括してお振り込みください。"
           "遅延損害金は、お支払日まで元金に対し年14.6％（年365日の日割計算）により加算されます。", x0=14, x1=196, size=8.6,
           indent="")
    p.gap(1.5)
    p.line("■ご利用残高の内訳（ご参考）", size=9.5, font="sans-bold")
    rows = [["区分", "ご利用日", "ご利用先", "残高（元金）"],
            ["ショッピング（分割）", "2025/03/14", "家電量販　ホシゾラ電機", "218,400"],
            ["ショッピング（リボ）", "2025/05/02", "リボ払い残高", "142,505"],
            ["キャッシング", "2025/07/19", "ATMキャッシング", "68,000"],
            ["計", "", "", f"{P:,}"]]
    assert P == 218_400 + 142_505 + 68_000
    p.table(rows, [42, 30, 78, 36], x=12, size=8, row_h=5.6, header=True, aligns="lllr")
    p.gap(2)
    p.line("■お振込先", size=9.5, font="sans-bold")
    p.kv([("銀行名", "露草銀行　新潟営業部"), ("口座", "普通預金　3107752"),
          ("口座名義", "カ）カシオペアカード　サイケンカンリ")], x=16, label_w=20, size=8.6)
    p.gap(1)
    p.add(Box(12, p.y, 186, 26, 0.3, (0.10, 0.12, 0.30)))
    yy = p.y + 5
    for s in ("株式会社カシオペアカード　債権管理部",
              "〒951-0000 新潟県新潟市中央区臘梅通9丁目9番9号",
              "延滞専用ダイヤル 0120-000-275（平日 9:00～18:00／土 9:00～17:00）",
              "登録番号 北陸財務局長(4)第00318号　日本貸金業協会会員 第005318号　包括信用購入あっせん業者 北関第88号"):
        p.at(16, yy, s, size=9.5 if yy == p.y + 5 else 8, font="sans-bold" if yy == p.y + 5 else "sans")
        yy += 5.2
    p.seal(184, p.y + 13, 14, "square", "株式会社カシオペアカード印", angle=1.5, seed=57031)
    p.at(105, 290, "※本明細書と行き違いにお支払いいただいた場合はご容赦ください。　CP-STMT-V3.2", size=6.5, align="c",
         color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社カシオペアカード", phone="0120-000-275",
               creditor="株式会社カシオペアカード", status="not_applicable", debtor="杢野恵美", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="CP-0310-7752", input_kind="pdf_text",
               template="proxy57_card_statement_small_boxes", received=D(2026, 3, 12))
    return dict(stem="bn03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company, 一括ご請求 statement of many small boxes)",
                unusual="a card company's statement under a navy band with the Latin brand 「CASSIOPEIA CARD」: TWENTY small "
                        "boxes, each a 5.8-pt grey label over a right-aligned value, in grids (お客様番号 / 会員番号 masked / "
                        "ご請求日 / 締切日 2026/02/27 / 期限の利益喪失日 2026/02/27 (same day) / 最終ご入金日 / ショッピング枠 "
                        "500,000 / キャッシング枠 100,000 / ご利用可能額 0 / 前回ご請求額 96,400 / 前回ご入金額 0 / ポイント残高 …); "
                        "slash dates only; the amounts as three boxes ご利用残高（元金） / 手数料・利息 / 遅延損害金（年14.6%） "
                        "and a pink total box in red; お支払期日 and 損害金計算期間 as boxes; a ご参考 table of the balance "
                        "split by use (dates of use, 218,400 / 142,505 / 68,000, 計 = principal); 貸金業 / 割賦 registration "
                        "numbers; a form code 「CP-STMT-V3.2」")


# ---------------------------------------------------------------------------------------------
# bn04 支払督促 of 気仙沼簡裁, made by the court's own system: 当事者目録 and 請求の趣旨 as tables (2 pages).


def bn04():
    R = 18.0
    issued = D(2026, 4, 13)
    assign, acc, lastp = D(2025, 10, 31), D(2025, 6, 20), D(2025, 4, 25)
    P, I = 734_116, 12_380
    L = late(P, R, acc + timedelta(1), assign)
    C = 5_226
    T = P + I + L + C
    case = "令和８年（ロ）第５１７号"
    p = Page(font="serif", size=11, top=18, left=25, right=20, leading=1.8)
    p.at(25, 13, "督促事件処理システム　様式督Ｂ－０２", size=7, color=GRAY)
    p.at(190, 13, "1／2", size=7, color=GRAY, align="r")
    p.table([["事件番号", case], ["事件名", "譲受債権支払請求督促事件"], ["債権者", "別紙当事者目録記載のとおり"],
             ["債務者", "別紙当事者目録記載のとおり"]], [32, 133], x=25, size=10.5, row_h=8, shade_col0=True,
            aligns="ll", font="serif")
    p.gap(6)
    p.line("支　払　督　促", size=18, font="serif-bold", align="c")
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、上記のとおり支払督促をする。")
    p.gap(2)
    p.line("令和８年４月１３日", x=105)
    p.line("気仙沼簡易裁判所", x=105)
    p.line("裁判所書記官　　笘　野　　真　澄", x=105)
    p.seal(178, p.y - 6, 13, "square", "気仙沼簡易裁判所書記官印", angle=0, seed=57041)
    p.gap(5)
    y = p.y
    p.add(Box(25, y, 165, 62, 0.6))
    p.y = y + 3
    p.line("（注意）", x=29, size=10.5, font="serif-bold")
    for s in ("１　この支払督促に不服があるときは、この支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の申立て"
              "をすることができます。",
              "２　上記期間内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言がされ、強制執行を受けることが"
              "あります。",
              "３　督促異議の申立てがあったときは、通常の訴訟手続に移行します。",
              "４　お問い合わせは、事件番号をお知らせのうえ、下記へお願いします。",
              "　　気仙沼簡易裁判所　民事係　電話　０２２６－００－１１２３（直通）"):
        p.para(s, x0=29, x1=186, size=10, indent="")
    p.y = y + 66
    p.line("これは正本である。", size=10.5)
    p.line("　同日同庁　裁判所書記官　笘　野　　真　澄", size=10.5)
    p.at(107.5, 287, "－ 1 －", size=9, align="c")
    p1 = p.spec

    p = Page(font="serif", size=10.5, top=18, left=25, right=20, leading=1.7)
    p.at(25, 13, "督促事件処理システム　様式督Ｂ－０２", size=7, color=GRAY)
    p.at(190, 13, "2／2", size=7, color=GRAY, align="r")
    p.line("当　事　者　目　録", size=13, font="serif-bold", align="c")
    p.gap(1)
    p.table([["区分", "住所", "氏名・名称"],
             ["債権者", "〒135-0000 東京都江東区苅萱町9丁目9番9号", "アビリオ債権回収株式会社"],
             ["", "", "代表者代表取締役　筧　田　　亨"],
             ["送達場所", "同上（電話 03-0000-5505　FAX 03-0000-5506）", "（担当　訴訟管理課）"],
             ["債務者", "〒986-0000 宮城県気仙沼市榛町9丁目9番9号", "溝　端　　浩　二"]],
            [22, 88, 55], x=25, size=9.5, row_h=7.5, header=True, aligns="lll", font="serif")
    p.gap(5)
    p.line("請　求　の　趣　旨", size=13, font="serif-bold", align="c")
    p.gap(1)
    p.table([["番号", "項　　目", "金額（円）", "備　考"],
             ["１", "譲受債権元金", f"{P:,}", ""],
             ["２", "利息", f"{I:,}", "令和7年6月20日まで"],
             ["３", "確定遅延損害金", f"{L:,}", "令和7年6月21日～同年10月31日　年18%"],
             ["４", "督促手続費用", f"{C:,}", "申立手数料4,000円・送達費用等1,226円"],
             ["", "合　　計", f"{T:,}", ""]],
            [14, 44, 34, 73], x=25, size=9.5, row_h=7.5, header=True, aligns="clrl", font="serif")
    assert C == 4_000 + 1_226
    p.gap(2)
    p.para("５　上記１の金額に対する令和7年11月1日から完済まで年18%の割合による遅延損害金", size=10, indent="")
    p.gap(4)
    p.line("請　求　の　原　因", size=13, font="serif-bold", align="c")
    p.gap(1)
    p.table([["項　目", "内　容"],
             ["契約の日", "平成31年3月8日"],
             ["契約の種類", "金銭消費貸借契約（カードローン・極度額800,000円）"],
             ["原債権者", "株式会社ペガサスファイナンス"],
             ["約定利率・損害金", "利息 年17.8%　遅延損害金 年18%"],
             ["最終弁済日", era(lastp)],
             ["期限の利益喪失日", f"{era(acc)}（分割金の支払遅滞による）"],
             ["債権譲渡日", f"{era(assign)}（同年11月6日到達の書面で債務者に通知）"],
             ["既払額", "金214,000円（元金に充当済み）"]],
            [40, 125], x=25, size=9.5, row_h=7.2, header=True, aligns="ll", font="serif")
    p.at(107.5, 287, "－ 2 －", size=9, align="c")
    tr = truth(document_type="payment_order", sender="気仙沼簡易裁判所", phone="0226-00-1123",
               creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社ペガサスファイナンス",
               debtor="溝端浩二", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference="令和8年(ロ)第517号",
               input_kind="pdf_text_2page", template="proxy57_payment_order_court_system_tables",
               received=D(2026, 4, 16))
    return dict(stem="bn04", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="payment_order (簡裁, court system print, real servicer creditor, 2 pages)",
                unusual="a 支払督促 of a court not used before (気仙沼簡裁) as printed by the court's own system: a grey "
                        "「督促事件処理システム　様式督Ｂ－０２」 and 「1／2」 line; the case data as a 4-row table with shaded "
                        "labels (事件番号 in full-width); the (注意) box with the court's full-width phone （直通）; p.2 the "
                        "当事者目録 as a TABLE (区分 / 住所 / 氏名・名称) with the creditor ★ アビリオ債権回収株式会社 (no licence "
                        "printed, court paper) and its 送達場所 phone / FAX (distractors); 請求の趣旨 as a TABLE (番号 / 項目 / "
                        "金額（円） / 備考) with 譲受債権元金 / 利息 / 確定遅延損害金 (its window in 備考) / 督促手続費用 (its "
                        "split in 備考) / 合計 and the running item ５ below; 請求の原因 as a 2-column table (平成31年 contract, "
                        "極度額800,000円, 年17.8%, 既払額 214,000円 and the 通知 到達 11/6 as distractors)")


# ---------------------------------------------------------------------------------------------
# bn05 law office for a consumer lender: a word-processor letter with footnotes; p.2 a 別紙 計算書.


def bn05():
    R = 20.0
    issued, due = D(2026, 2, 9), D(2026, 2, 24)
    acc, lastp, paid_on = D(2025, 9, 16), D(2025, 7, 31), D(2025, 12, 5)
    P = 881_500
    I = late(P, 17.5, lastp + timedelta(1), acc)  # the 未払利息 of the 計算書 (年17.5%)
    paid = 10_000
    Lfull = late(P, R, acc + timedelta(1), issued)
    L = Lfull - paid
    T = P + I + L
    days = (issued - acc).days
    assert days == (issued - (acc + timedelta(1))).days + 1
    office = "彦坂・弥永法律事務所"
    foot = "〒980-0000 宮城県仙台市青葉区楓町9丁目9番9号 紫陽花ビル7階　TEL 022-000-5531　FAX 022-000-5532"

    def sup(p, x, y, n):
        p.add(Text(x, y - 1.6, str(n), 6.5, "serif"))

    p = Page(font="serif", size=10.5, top=20, left=25, right=25, leading=1.8)
    p.at(185, 20, f"{era(issued)}", align="r")
    p.at(185, 25.5, "当事務所事件番号　2026-K-0117", size=9.5, align="r")
    p.y = 30
    for s, sz in (("〒981-0000", 10), ("宮城県仙台市泉区野菊台9丁目9番9号", 10), ("", 4), ("斧田　和真　様", 13)):
        p.line(s, size=sz) if s else p.gap(2)
    p.gap(3)
    for s in (office, "弁護士　彦　坂　　　遼", "弁護士　弥　永　　佳　織"):
        p.line(s, x=120, size=10.5)
    p.seal(181, p.y - 6, 10, "square", "弁護士彦坂遼印", angle=-1.5, seed=57051)
    p.gap(4)
    p.title("ご　通　知　書", size=15, font="serif-bold")
    p.para("前略　当職らは、株式会社玻璃ローン（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおりご通知"
           "いたします。")
    # paragraphs with footnote marks: wrapped as one text, each mark set as a small raised figure inside its line
    marks = {"①": "1", "②": "2", "③": "3"}

    def fpara(text):
        for ln in wrap_nb(text, 160, 10.5, "serif", "　"):
            base = p.y + 10.5 * PT_MM
            x = 25.0
            seg = ""
            for ch in ln + "\0":
                if ch in marks or ch == "\0":
                    if seg:
                        p.add(Text(x, base, seg, 10.5, "serif"))
                        x += text_width(seg, 10.5, "serif")
                        seg = ""
                    if ch in marks:
                        sup(p, x + 0.2, base, marks[ch])
                        x += 1.9
                else:
                    seg += ch
            p.y += p.lh()

    fpara(f"貴殿は、通知人との間の金銭消費貸借契約に基づく分割返済を、{era(lastp)}のご返済を最後に怠り、{era(acc)}を"
          "もって期限の利益を喪失①しております。その後、通知人は貴殿から一部の内入れ②を受けましたが、残額のお支払いは"
          "なされておりません。")
    fpara(f"つきましては、別紙計算書記載の金額（遅延損害金③を含みます。）合計金{T:,}円を、{era(due)}（{wd(due)}）"
          "までに、下記口座へお振り込みください。")
    p.para("上記期限までにお支払い又はご連絡がない場合には、訴訟提起等の法的手続に移行いたします。")
    p.para("なお、本件に関するご連絡は、今後、通知人ではなく当職ら宛てにお願いいたします。")
    p.line("草々", x=185, align="r")
    p.line("記", align="c")
    p.kv([("請求金額", f"金{T:,}円（内訳は別紙計算書のとおり）"),
          ("お支払期限", f"{era(due)}（{wd(due)}）"),
          ("振込先", "株式会社欅坂銀行　仙台東口支店"),
          ("", "普通預金　5531170　口座名義　弁護士彦坂遼預り金口"),
          ("お問合せ", "TEL 022-000-5531（担当事務　竿田）")], x=35, label_w=26, size=10)
    p.line("以上", x=185, align="r")
    # the footnote area of a word processor: a short rule and 8-pt notes
    y = 262
    p.add(Line(25, y, 80, y, 0.25))
    notes = ["1　金銭消費貸借契約書第12条第1項第1号（割賦金の支払を2回以上怠ったとき）によります。",
             f"2　{era(paid_on)}に金{paid:,}円のお振込みがあり、遅延損害金に充当しております（民法第489条）。",
             f"3　元金に対する{era(acc + timedelta(1))}から本書作成日まで年{R:g}％（年365日の日割計算）の割合によります。"]
    for i, s in enumerate(notes):
        p.at(25, y + 4.2 + i * 4.2, s, size=7.8)
    p.add(Line(25, 281, 185, 281, 0.2, GRAY))
    p.at(25, 285, foot, size=7, color=GRAY)
    p.at(185, 290, "1", size=8, align="r", color=GRAY)
    p1 = p.spec

    p = Page(font="serif", size=10.5, top=22, left=25, right=25, leading=1.8)
    p.at(185, 18, "（別紙）", size=10, align="r")
    p.line("計　算　書", size=15, font="serif-bold", align="c")
    p.line(f"（{era(issued)}現在）", size=10, align="c")
    p.gap(3)
    p.line("債務者　斧田　和真　　　債権者　株式会社玻璃ローン", size=10)
    p.gap(2)
    p.line("１　元金及び利息", size=11, font="serif-bold")
    p.table([["項目", "内容", "金額（円）"],
             ["残元金", f"期限の利益喪失日（{era(acc)}）現在", f"{P:,}"],
             ["未払利息", f"{era(D(2025, 7, 31))}の翌日から{era(acc)}まで年17.5％", f"{I:,}"]],
            [30, 95, 35], x=25, size=9.5, row_h=8, header=True, aligns="llr")
    p.gap(4)
    p.line("２　遅延損害金", size=11, font="serif-bold")
    p.table([["期間", "日数", "元金（円）", "利率", "金額（円）"],
             [f"{era(acc + timedelta(1))}～{era(issued)}", f"{days}日", f"{P:,}", f"年{R:g}％", f"{Lfull:,}"],
             [f"内入金（{era(paid_on)}）　損害金に充当", "", "", "", f"△{paid:,}"],
             ["未払遅延損害金", "", "", "", f"{L:,}"]],
            [68, 16, 28, 18, 30], x=25, size=9.3, row_h=8, header=True, aligns="lrrcr")
    p.gap(4)
    p.line("３　請求金額", size=11, font="serif-bold")
    p.table([["残元金", "未払利息", "未払遅延損害金", "合計"],
             [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [40, 40, 40, 40], x=25, size=10, row_h=9, header=True, aligns="rrrr")
    p.gap(3)
    for s in ("※遅延損害金は、上記期間の経過後も、完済に至るまで残元金に対し年20％の割合で発生します。",
              "※当初ご融資額 1,200,000円、ご融資日 令和4年5月20日、約定返済額 月額27,000円（ご参考）。"):
        p.para(s, size=9, indent="")
    p.add(Line(25, 281, 185, 281, 0.2, GRAY))
    p.at(25, 285, foot, size=7, color=GRAY)
    p.at(185, 290, "2", size=8, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender=office, phone="022-000-5531", creditor="株式会社玻璃ローン",
               status="not_applicable", debtor="斧田和真", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="2026-K-0117",
               input_kind="pdf_text_2page", template="proxy57_law_office_footnotes_calculation_sheet",
               received=D(2026, 2, 12))
    return dict(stem="bn05", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (law office for a consumer lender, footnotes and a 別紙 計算書, 2 pages)",
                unusual="a word processor's letter of two lawyers with FOOTNOTES: superscript marks 1 / 2 / 3 after 喪失 / "
                        "内入れ / 遅延損害金 in the body and 7.8-pt notes under a short rule at the foot of p.1 (the contract "
                        "clause, the 内入金 of 10,000円 on 令和7年12月5日 applied to damages under 民法第489条, the damage "
                        "window and 年20％); the office's TEL / FAX only in a grey footer line and in 記; p.2 a 別紙 計算書 "
                        "（…現在） with three tables: 残元金 / 未払利息 (with its own 年17.5％ window), the damage computation "
                        "(期間, 日数 146日, 元金, 利率, 金額) minus the 内入金 「△10,000」 = 未払遅延損害金, and a 4-column "
                        "請求金額 row; 当初ご融資額 1,200,000円 and 月額27,000円 as ご参考 distractors; 当事務所事件番号")


# ---------------------------------------------------------------------------------------------
# bn06 joint 債権譲渡通知 in two columns whose text layer is in a scrambled order.


def bn06():
    R = 18.0
    issued, assign = D(2026, 1, 26), D(2026, 1, 16)
    acc, lastp = D(2025, 7, 11), D(2025, 5, 2)
    P, I = 356_000, 8_412
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=9.8, top=18, left=16, right=16, leading=1.75)
    blocks: dict[str, list] = {}

    def mark(name):
        blocks[name] = [len(p.spec.items)]

    def close(name):
        blocks[name].append(len(p.spec.items))

    mark("head")
    p.at(194, 18, era(issued), size=10, align="r")
    p.at(16, 26, "〒330-0000　埼玉県さいたま市浦和区夕顔町9丁目9番9号", size=9.5)
    p.at(16, 32, "碇谷　美穂　殿", size=13)
    p.y = 38
    p.title("債権譲渡及び債権譲受のご通知", size=15, font="serif-bold")
    p.add(Line(16, p.y, 194, p.y, 0.6))
    p.add(Line(16, p.y + 1, 194, p.y + 1, 0.2))
    close("head")
    ytop = p.y + 5
    # left column: the prose
    mark("left")
    p.y = ytop
    for s in ("拝啓　時下ますますご清祥のこととお喜び申し上げます。",
              f"さて、譲渡人株式会社昴ファイナンスは、{era(assign)}付で、貴殿に対して有する右記の債権を、譲受人"
              "アウロラ債権回収株式会社に譲渡いたしましたので、民法第467条に基づき、連名にてご通知申し上げます。",
              "つきましては、今後のお支払い、ご返済のご相談その他本債権に関するお問い合わせは、すべて譲受人あてにお願い"
              "いたします。譲渡人へのお支払いは、譲渡日以後はお受けいたしかねます。",
              "なお、譲受人からは、お支払方法についてのご案内を追って別途お送りいたします。本書と行き違いにお支払い"
              "いただいている場合は、ご容赦ください。",
              "敬具"):
        p.para(s, x0=16, x1=100, size=9.8)
    p.gap(4)
    p.line("【お問い合わせ先】", x=16, size=9.8, font="serif-bold")
    for s in ("アウロラ債権回収株式会社　管理部", "フリーダイヤル　0120-000-916", "受付時間　平日9:00～18:00",
              "譲受人管理番号　AU-2601-3318"):
        p.line(s, x=20, size=9.5)
    close("left")
    # right column: the claim
    mark("right")
    p.y = ytop
    p.line("【譲渡債権の表示】", x=108, size=9.8, font="serif-bold")
    p.kv([("原契約", "金銭消費貸借契約"), ("契約番号", "SB-0419-2287"), ("ご契約日", "令和3年4月19日"),
          ("当初貸付額", "金500,000円"), ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("譲渡日", era(assign))], x=110, label_w=32, size=9.3)
    p.gap(2)
    p.line("【譲渡日現在の債権額】", x=108, size=9.8, font="serif-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R:g}％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [46, 40], x=108, size=9.5, row_h=7.2, shade_col0=True, font="serif")
    close("right")
    # the notifiers at the bottom, side by side
    mark("bottom")
    yb = 196
    p.add(Line(16, yb - 4, 194, yb - 4, 0.3))
    for x, role, lines, seal in (
        (18, "（譲渡人）", ["東京都千代田区朝顔町9丁目9番9号", "株式会社昴ファイナンス", "代表取締役　鱒　沢　　稔",
                         "電話　0120-000-482"], ("round", "株式会社昴ファイナンス|代表/取締役")),
        (108, "（譲受人）", ["東京都中央区月見草町9丁目9番9号", "アウロラ債権回収株式会社", "代表取締役　五十里　修平",
                          "法務大臣許可番号　第76号"], ("round", "アウロラ債権回収株式会社|代表/取締役")),
    ):
        p.at(x, yb + 2, role, size=9.8, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x + 2, yb + 8 + i * 5.6, s, size=9.5)
        p.seal(x + 74, yb + 18, 17, seal[0], seal[1], angle=-4 if x < 100 else 3, seed=57060 + x)
    close("bottom")
    # the text layer: written in a scrambled order (the bottom blocks first, then the right column, then the prose,
    # the title and address last), as a layout program that keeps its frames in creation order emits it
    items = p.spec.items
    texts = {k: [it for it in items[a:b] if isinstance(it, Text)] for k, (a, b) in blocks.items()}
    others = [it for it in items if not isinstance(it, Text)]
    order = texts["bottom"][::-1] + texts["right"] + texts["left"][5:] + texts["left"][:5] + texts["head"][::-1]
    assert len(order) == sum(isinstance(it, Text) for it in items)
    p.spec.items = others + order
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-916", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社昴ファイナンス", debtor="碇谷美穂", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="AU-2601-3318", input_kind="pdf_text", template="proxy57_joint_assignment_scrambled_text_order",
               received=D(2026, 1, 28))
    return dict(stem="bn06", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer, text layer in scrambled order)",
                unusual="looks like an ordinary two-column joint 債権譲渡及び債権譲受のご通知 (prose and the 【お問い合わせ先】 "
                        "LEFT, 【譲渡債権の表示】 kv list and a shaded-label table 元金 / 利息 / 遅延損害金（年18％） / 合計 RIGHT, "
                        "the two notifier blocks side by side at the bottom with round seals), but its TEXT LAYER runs in a "
                        "scrambled order: the bottom blocks first and each read bottom-up, then the right column, then the "
                        "prose from its middle, the first prose lines after it, and the title, the addressee and the date "
                        "LAST in reverse; real servicer ★ アウロラ債権回収株式会社 (「法務大臣許可番号　第76号」) as 譲受人; "
                        "契約番号, ご契約日 令和3年, 当初貸付額 500,000円 and the 譲渡人's 0120-000-482 as distractors; "
                        "informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bn07 real servicer ニッテレ債権回収: 和解 proposal as a PDF form with the fields filled in.


def bn07():
    R = 14.6
    issued, due, asof = D(2026, 5, 12), D(2026, 5, 29), D(2026, 4, 30)
    assign, acc, lastp = D(2025, 12, 19), D(2025, 10, 3), D(2025, 8, 27)
    P, I = 517_264, 22_930
    L = late(P, R, acc + timedelta(1), asof)
    T = P + I + L
    n, m = 24, 20_000
    S = n * m
    assert S == 480_000 and S < T
    first = D(2026, 6, 30)
    p = Page(font="sans", size=9.5, top=12, left=14, right=14)
    p.at(14, 16, "NITTELE", size=16, font="sans-bold", color=TEAL)
    p.at(48, 16, "ニッテレ債権回収株式会社", size=10, color=TEAL)
    p.at(196, 12.5, "様式 NT-WK-05（記入済）", size=7, align="r", color=GRAY)
    p.add(Box(14, 20, 182, 11, color=None, fill=TEAL))
    p.at(105, 27.5, "和解条件のご提案　兼　和解申込書", size=14, font="sans-bold", align="c", color=WHITE)
    p.y = 36
    p.para("お客様の債務につき、下記の条件による和解（分割弁済）をご提案いたします。ご同意いただける場合は、下段の申込欄に"
           "ご記入・ご押印のうえ、ご回答期限までにご返送ください。青字の項目は当社で入力済みです（チェック欄は変更できます）。", x0=14, x1=196,
           size=8.8, indent="")
    y = p.y + 2

    def row(y, items):
        x = 14
        for lab, w, val, lw, al in items:
            p.at(x, y + 5.2, lab, size=7.8)
            field(p, x + lw, y, w - lw - 2, 7.5, val, size=10, align=al)
            x += w
        return y + 9.5

    y = row(y, [("作成日", 64, era(issued), 14, "l"), ("お客様番号", 60, "NT7-26-05128", 20, "l"),
                ("ご担当", 58, "管理三課　挾間", 14, "l")])
    y = row(y, [("お名前", 64, "畑井　紀子　様", 14, "l"), ("原債権者", 118, "株式会社珊瑚カード（カードショッピング・キャッシング）", 20, "l")])
    y = row(y, [("債権譲受日", 64, era(assign), 20, "l"), ("期限の利益喪失日", 60, era(acc), 27, "l"),
                ("最終ご入金日", 58, era(lastp), 21, "l")])
    y += 2
    p.add(Box(14, y, 182, 6.5, color=None, fill=SHADE))
    p.at(16, y + 4.6, f"１．現在のご債務（{era(asof)}現在）", size=9.5, font="sans-bold")
    y += 9
    y = row(y, [("元金", 60, f"{P:,}円", 12, "r"), ("利息", 60, f"{I:,}円", 12, "r"),
                (f"損害金（年{R}%）", 62, f"{L:,}円", 26, "r")])
    y = row(y, [("ご債務総額", 120, f"{T:,}円", 20, "r")])
    y += 2
    p.add(Box(14, y, 182, 6.5, color=None, fill=SHADE))
    p.at(16, y + 4.6, "２．和解条件", size=9.5, font="sans-bold")
    y += 9
    y = row(y, [("和解金額", 64, f"{S:,}円", 16, "r"), ("お支払回数", 58, f"{n}回", 20, "r"),
                ("毎月のお支払額", 60, f"{m:,}円", 24, "r")])
    y = row(y, [("初回お支払日", 64, era(first), 20, "l"), ("以後", 58, "毎月末日限り", 10, "l"),
                ("最終回", 60, era(D(2028, 5, 31)), 12, "l")])
    p.y = y
    p.para(f"上記和解金額を約定どおりお支払いいただいた場合、ご債務総額との差額{T - S:,}円は免除いたします。お支払いを2回以上"
           f"怠り、その額が{2 * m:,}円に達したときは、期限の利益を失い、ご債務総額から既払額を控除した残額及び年{R}%の遅延"
           "損害金を直ちにお支払いいただきます。", x0=14, x1=196, size=8.6, indent="")
    y = p.y + 2
    p.add(Box(14, y, 182, 11, 0.8, RED))
    p.at(18, y + 7.3, "ご回答期限", size=10.5, font="sans-bold", color=RED)
    field(p, 45, y + 1.8, 70, 7.5, f"{era(due)}（{wd(due)}）必着", size=11)
    p.at(120, y + 7.3, "期限を過ぎた場合、本提案は失効します。", size=8.5)
    y += 16
    p.add(Box(14, y, 182, 6.5, color=None, fill=SHADE))
    p.at(16, y + 4.6, "３．和解申込欄（お客様ご記入欄）", size=9.5, font="sans-bold")
    y += 9
    tick(p, 16, y, True, "上記の条件で和解を申し込みます。")
    tick(p, 110, y, False, "別の条件を相談したい（下欄にご記入ください）")
    y += 7
    p.at(16, y + 5.2, "お申込日", size=7.8)
    field(p, 32, y, 50, 7.5, "令和　　年　　月　　日", size=9)
    p.at(86, y + 5.2, "ご署名", size=7.8)
    field(p, 98, y, 72, 7.5, "", size=9)
    p.at(174, y + 5.2, "印", size=9)
    p.add(Box(179, y - 0.5, 10, 10, 0.2, GRAY))
    y += 10
    p.at(16, y + 5.2, "ご連絡先電話", size=7.8)
    field(p, 36, y, 60, 7.5, "", size=9)
    p.at(100, y + 5.2, "ご要望", size=7.8)
    field(p, 112, y, 84, 7.5, "", size=9)
    y += 14
    p.add(Line(14, y, 196, y, 0.3, TEAL))
    for i, s in enumerate(("ニッテレ債権回収株式会社　管理部　管理三課",
                           "〒104-0000 東京都中央区沈丁花町9丁目9番9号",
                           "TEL 0120-000-707（平日9:00～18:00）　FAX 03-0000-7708",
                           "法務大臣許可番号　第7号")):
        p.at(16, y + 5 + i * 4.6, s, size=9.5 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.seal(180, y + 11, 14, "square", "ニッテレ債権回収株式会社印", angle=2, seed=57071)
    p.at(105, 290, "この PDF はフォーム入力に対応しています（入力欄：お申込日・ご署名・ご連絡先電話・ご要望）。", size=6.5,
         align="c", color=GRAY)
    tr = truth(document_type="settlement_proposal", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-707", creditor="ニッテレ債権回収株式会社", status="licensed", original="株式会社珊瑚カード",
               debtor="畑井紀子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="NT7-26-05128",
               input_kind="pdf_text", template="proxy57_servicer_settlement_filled_pdf_form", received=D(2026, 5, 14))
    return dict(stem="bn07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (real servicer, filled-in PDF form)",
                unusual="a PDF FORM with its fields filled in: every value sits in a pale-blue field box in dark-blue Mincho, "
                        "the small labels LEFT of the fields (作成日 / お客様番号 / ご担当 / お名前 / 原債権者 / 債権譲受日 / "
                        "期限の利益喪失日 / 最終ご入金日); the amounts as fields 元金 / 利息 / 損害金（年14.6%） / ご債務総額 "
                        "（令和8年4月30日現在 ≠ 作成日）; the 和解 terms as fields (和解金額 480,000 = 20,000 × 24, 初回 6/30, "
                        "最終回 令和10年5月31日, the waived difference and the 40,000 threshold — distractors); ご回答期限 as "
                        "a field in a red frame 「…（金）必着」; tick boxes (one ticked 「レ」) and EMPTY fields (お申込日 "
                        "「令和　年　月　日」, ご署名, 電話); real servicer ★ ニッテレ (「NITTELE」, 「法務大臣許可番号　第7号」) "
                        "only at the bottom; the FAX as a distractor")


# ---------------------------------------------------------------------------------------------
# bn08 信用金庫 期限の利益喪失通知書, 縦書き, with ruby and 割注.


def bn08():
    R = 14.0
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    demand, acc, lastp = D(2026, 1, 30), D(2026, 2, 13), D(2025, 10, 24)
    P, I = 2_164_900, 14_211
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当金庫との間の平成三十年七月二十日付金銭消費貸借契約《以下「本件契約」／といいます。》に基づく"
                 f"割賦金の支払を、{kdate(lastp)}の支払を最後に{{懈怠|けたい}}しております。"),
        ("body", f"当金庫は、{kdate(demand)}付催告書《内容証明郵便／によります。》をもって、{kdate(acc)}までに延滞割賦金を"
                 "支払うよう催告いたしましたが、右期限までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、本件契約第十条第一項第二号の定めにより、{kdate(acc)}の経過をもって本件契約に基づく"
                 "債務全額について期限の利益を喪失いたしましたので、本書をもってご通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当金庫本店融資部あてにお支払いください。"),
        ("body", "記"),
        ("plain", f"一　貸付金残高　　{kyen(P)}"),
        ("plain", f"二　未払利息　　　{kyen(I)}"),
        ("plain", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　《令和八年二月十四日から本書作成日まで／年十四パーセント、年三百六十五日の日割計算》"),
        ("plain", f"四　合計　　　　　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "群馬県前橋市茗荷町九丁目九番九号"),
        ("low", "{宵月|よいづき}信用金庫"),
        ("low", "理事長　{撫佐|なでさ}　{晃一|こういち}"),
        ("low", "電話　〇二七（〇〇〇）三三一八"),
        ("low", "整理番号　ＹＺ２６－０２１９"),
        ("blank", ""),
        ("low", "群馬県高崎市金木犀町九丁目九番九号"),
        ("low", "{毬谷|まりや}　{健吾|けんご}　殿"),
    ]
    size = 10.5
    page, mains = vruby_page(cols, size=size, pitch=size * 0.3528 * 1.8, bottom=276.0)
    page.items.append(post_office_stamp(page, 57081))
    xs = [it.x for it in page.items if getattr(it, "s", "").startswith("理事長")]
    page.items.append(Seal(xs[0] + 2.0, 24.0 + 19.5 * size * 0.3528 * 1.05, 10.5, "square", "宵月信用金庫理事長之印", angle=2,
                           seed=57082))
    tr = truth(document_type="acceleration_notice", sender="宵月信用金庫", phone="027-000-3318",
               creditor="宵月信用金庫", status="not_applicable", debtor="毬谷健吾", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="YZ26-0219", input_kind="vertical_pdf", template="proxy57_vertical_shinkin_ruby_warichu",
               received=D(2026, 2, 23))
    return dict(stem="bn08", ext="pdf", kind="vertical_pdf", pages=[page], truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明 with ruby and 割注)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 with the 内容証明 stamp, set like a typesetting program: "
                        "RUBY (small kana beside 懈怠, the 信用金庫's name, the 理事長's and the addressee's names — 「まりや　"
                        "けんご」 in the text layer next to the name) and three 割注 (two half-size lines inside one column: "
                        "「以下「本件契約」／といいます。」, 「内容証明郵便／によります。」 and the damage window with 年十四パーセント "
                        "under item 三); the 催告書 date 一月三十日 and its deadline 二月十三日 (= acceleration 「の経過をもって」); "
                        "平成三十年 contract and 第十条第一項第二号 (not amounts); positional kanji amounts; 「令和八年三月六日"
                        "限り」; phone in kanji digits; 整理番号 ＹＺ２６－０２１９ in full-width")


LETTERS = [bn01, bn02, bn03, bn04, bn05, bn06, bn07, bn08]
