"""Proxy set 49, letters bf01–bf08: "after the auction, second round". The 萱沼 household (競売 in 松江): the bank's
期限の利益喪失のご通知 by fax before any auction (bf01), the court's 担保不動産競売開始決定 (bf02), the 配当表 謄本 the
court sends on request (bf03), the real servicer's 一括請求 of what the 配当 left (bf04), its 和解 proposal by fax (bf05)
and a scam that quotes the public auction case (bf06). The 駒木根 household (任意売却 in 岩国): the guarantee company's
求償金 claim after the sale, photographed sideways (bf07), and the joint 債権譲渡通知書 to an invented servicer (bf08)."""

from __future__ import annotations

from datetime import date as D

import story as S
from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    faq,
    grid,
    late,
    qr,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = S.ONE
TEAL = (0.0, 0.36, 0.40)
BROWN = (0.42, 0.24, 0.10)
PLUM = (0.40, 0.12, 0.36)


def y_(n: int) -> str:
    return f"{n:,}円"


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# bf01 たかせ銀行 期限の利益喪失のご通知, faxed to the debtor's workshop (原本 by 内容証明); before any auction.


def bf01():
    issued, due = D(2025, 7, 11), D(2025, 7, 25)
    P, I, R = S.A_P, S.A_I, S.A_BANK_R
    L = late(P, R, S.A_ACC + ONE, issued)
    T = P + I + L
    per_day = P * round(R * 10) // 365000
    assert per_day == 7_612
    p = Page(font="sans", size=10.5, top=12)
    p.add(Box(15, 10, 181, 15, 0.4))
    p.at(19, 16, "ＦＡＸ送信票", size=12, font="sans-bold")
    p.at(19, 22, "送信先：萱沼表具店　御中　（ＦＡＸ 0852-00-6627）", size=9.5)
    p.at(192, 16, "送信枚数：本紙含め１枚", size=9.5, align="r")
    p.at(192, 22, "※原本は配達証明付内容証明郵便にて発送済みです", size=9.5, align="r")
    p.at(196, 33, era(issued), size=10.5, align="r")
    p.at(196, 39, "融資管理番号　ＴＫ－３５８－０６１９２", size=10.5, align="r")
    p.y = 31
    p.line("〒690-0000　島根県松江市このはずく台九丁目9番9号", size=10)
    p.line("萱沼　尚武　様", size=14)
    p.gap(2)
    for s in ("株式会社たかせ銀行　融資管理部", "債権管理グループ　担当　螺良", "TEL 0852-00-7310　FAX 0852-00-7319"):
        p.line(s, x=120, size=10)
    p.seal(190, p.y - 10, 12, "square", "たかせ銀行融資管理部印", angle=2, seed=49011)
    p.gap(2)
    p.line("期限の利益喪失のご通知", size=17, font="sans-bold", align="c")
    p.gap(2)
    p.para("貴殿と当行との間の平成27年6月19日付金銭消費貸借契約（住宅ローン）につきまして、令和7年3月27日のご返済を"
           f"最後にご返済がございません。当行は{era(S.A_WARN)}付催告書により、{era(S.A_ACC)}までに延滞元利金をお支払い"
           "いただくよう催告いたしましたが、期限までにお支払いがございませんでした。", size=10.5)
    p.para(f"つきましては、同契約書第8条の定めにより、貴殿は{era(S.A_ACC)}の経過をもって期限の利益を喪失されました"
           f"ので、ご通知申し上げます。下記債務の全額を{era(due)}（{wd(due)}）までに一括してお支払いください。",
           size=10.5)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    rows = [["項　目", "金　額"],
            ["ローン残高（元金）", y_(P)],
            ["未収利息（令和7年3月28日～7月4日）", y_(I)],
            [f"遅延損害金（7月5日～{md(issued)}　年{R}％）", y_(L)],
            ["ご返済総額", y_(T)]]
    p.table(rows, [112, 52], x=23, header=True, size=10.5, row_h=8.2)
    p.add(Line(23, p.y - 8.2, 187, p.y - 8.2, 0.9))
    p.line(f"※{md(issued)}の翌日以降、完済の日まで元金に対し年{R}％（1日あたり{per_day:,}円）の遅延損害金が加算されます。",
           x=23, size=9.5)
    p.gap(2)
    p.para("上記期限までにお支払いのない場合、当行は保証会社であるたかせ信用保証株式会社に対し保証債務の履行（代位弁済）を"
           "請求いたします。代位弁済後は、同社から担保不動産（松江市このはずく台九丁目9番9の土地及び建物）について担保不動産"
           "競売の申立てがなされることとなりますので、ご承知おきください。", size=10.5)
    p.para("お振込先　たかせ銀行 本店営業部 普通預金 3580619 カ）タカセギンコウ　ユウシカンリブ", size=10.5, indent="")
    p.para("ご返済についてのご相談は、上記担当までお電話ください（平日9:00～17:00）。", size=10.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社たかせ銀行", phone="0852-00-7310",
               creditor="株式会社たかせ銀行", status="not_applicable", debtor="萱沼尚武", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=S.A_ACC,
               last_payment=S.A_LAST, reference="TK-358-06192", input_kind="fax_tiff",
               template="proxy49_bank_acceleration_fax_before_auction", received=issued)
    return dict(stem="bf01", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 TAKASE BANK 0852-00-7319",
                about="acceleration_notice (bank, faxed copy, before the 競売)",
                unusual="one-page G4 fax of a bank's 期限の利益喪失のご通知 to the debtor's own workshop (「萱沼表具店 御中」 in "
                        "a ＦＡＸ送信票 strip, the workshop's FAX number a distractor) with 「原本は配達証明付内容証明郵便にて発送済み」; "
                        "the 催告書 date 6/20 and its deadline 7/4 (= acceleration 「の経過をもって」); full-width 融資管理番号; a "
                        "2-column 項目/金額 table whose labels carry date windows (未収利息（令和7年3月28日～7月4日）, 遅延損害金"
                        "（7月5日～7月11日　年14.0％）); a per-day damages figure 7,612円 (distractor); the coming 代位弁済 and "
                        "競売申立て only announced; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bf02 松江地方裁判所 担保不動産競売開始決定 (正本), 2 pages scanned: p.2 当事者目録 / 請求債権目録 / 物件目録.


def bf02():
    issued = S.A_DECIDE
    p = Page(font="serif", size=11.5, top=22)
    p.line(fw("令和7年（ケ）第58号"), size=11)
    p.gap(10)
    p.line("担保不動産競売開始決定", size=19, font="serif-bold", align="c")
    p.gap(8)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"),
          ("担　保　権", "別紙担保権・被担保債権・請求債権目録記載のとおり"),
          ("被担保債権", "別紙担保権・被担保債権・請求債権目録記載のとおり"),
          ("請　求　債　権", "別紙担保権・被担保債権・請求債権目録記載のとおり")], x=26, label_w=38, size=11.5)
    p.gap(6)
    p.para("債権者の申立てにより、上記請求債権の弁済に充てるため、別紙担保権目録記載の抵当権に基づき、別紙物件目録記載の"
           "不動産について、担保不動産競売の手続を開始し、債権者のためにこれを差し押さえる。", x0=24, x1=188)
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11.5)
    p.line("　　　　松江地方裁判所民事部", size=11.5)
    p.line("　　　　　　　　裁判官　千　手　　匡　史", size=11.5)
    p.gap(16)
    y = p.y
    p.add(Box(96, y, 92, 30, 0.4))
    p.at(100, y + 7, "これは正本である。", size=11)
    p.at(100, y + 14, fw(era(issued)), size=11)
    p.at(100, y + 20.5, "松江地方裁判所民事部", size=11)
    p.at(100, y + 27, "裁判所書記官　阿久沢　綾乃", size=11)
    p.seal(178, y + 19, 15, "square", "松江地方裁判所書記官印", angle=0, seed=49021)
    p.y = y + 44
    y = p.y
    p.add(Box(24, y, 164, 34, 0.3, GRAY, (0.95, 0.95, 0.95)))
    p.at(28, y + 6.5, "（債務者兼所有者の方へ）", size=10, font="serif-bold")
    for i, s in enumerate(["この決定に基づき、後日、執行官及び評価人が現況調査・評価のため上記不動産に立ち入ります。",
                           "売却までの間に債権者と話合いがつき、申立てが取り下げられたときは、手続は終了します。",
                           "問合せ先　松江地方裁判所民事部不動産執行係　電話 0852-00-4318",
                           "　　　　　（お問合せの際は事件番号をお知らせください。）"]):
        p.at(28, y + 13 + i * 5.6, s, size=9.8)
    # page 2 -- 別紙
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=10)
    q.line("当　事　者　目　録", size=13, font="serif-bold", align="c")
    q.gap(1)
    q.kv([("〒100-0000", "東京都千代田区萌葱通九丁目9番9号"),
          ("債　権　者", "たかせ信用保証株式会社"),
          ("", "代表者代表取締役　鉢呂　是清"),
          ("〒690-0000", "島根県松江市このはずく台九丁目9番9号"),
          ("債務者兼所有者", "萱沼　尚武")], x=30, label_w=36, size=10.5)
    q.gap(4)
    q.line("担保権・被担保債権・請求債権目録", size=13, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　担保権",
              "　　平成２７年６月１９日設定の抵当権",
              "　　登　記　松江地方法務局　平成２７年６月１９日受付第９９４１号",
              "２　被担保債権及び請求債権",
              "　(1) 求償金　" + fw(f"金{S.A_S:,}円"),
              "　　　ただし、債権者が債務者との間の平成２７年６月１９日付保証委託契約に基づき、",
              f"　　　{fw(era(S.A_SUB))}、株式会社たかせ銀行に対し代位弁済した金員",
              "　(2) 損害金",
              f"　　　上記(1)の金員に対する{fw(era(S.A_SUB + ONE))}から支払済みまで年１４．６％",
              "　　　の割合による損害金（年３６５日の日割計算）"):
        q.line(s, x=26, size=10.5)
    q.gap(4)
    q.line("物　件　目　録", size=13, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　所　　在　松江市このはずく台九丁目",
              "　　地　　番　９番９",
              "　　地　　目　宅地",
              "　　地　　積　１８２．４５平方メートル",
              "２　所　　在　松江市このはずく台九丁目　９番地９",
              "　　家屋番号　９番９",
              "　　種　　類　居宅",
              "　　構　　造　木造スレート葺２階建",
              "　　床 面 積　１階　６１．２８平方メートル　２階　５２．１７平方メートル"):
        q.line(s, x=26, size=10.5)
    q.gap(6)
    q.line("以　上", x=170, size=10.5)
    tr = truth(document_type="other", sender="松江地方裁判所", phone="0852-00-4318",
               creditor="たかせ信用保証株式会社", status="not_applicable", original="株式会社たかせ銀行",
               debtor="萱沼尚武", total=None, principal=S.A_S, rate=S.A_R, lump=False, issued=issued,
               reference=S.A_CASE, input_kind="pdf_scan", template="proxy49_court_auction_start_decision",
               received=D(2025, 11, 18))
    return dict(stem="bf02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="other (地裁 担保不動産競売開始決定, 2 pages)",
                unusual="the 担保不動産競売開始決定 正本 itself, scanned as a 2-page image PDF: the (ケ) number alone top-left in "
                        "full-width; 当事者 / 担保権 / 被担保債権 / 請求債権 all 「別紙…記載のとおり」; the judge and the 書記官's "
                        "「これは正本である」 box; a grey note to the 債務者兼所有者 with the 不動産執行係 phone (4-digit area code); "
                        "p.2 当事者目録 (the guarantee company's 代表者 under it), a 請求債権目録 whose (1) 求償金 is a single sum "
                        "with the 代位弁済 explained in prose and whose (2) 損害金 is only a running clause (no figure), the "
                        "抵当権's 受付第９９４１号 and a 物件目録 with 地積 / 床面積 (numbers that are not amounts)")


# ---------------------------------------------------------------------------------------------
# bf03 配当表 謄本 sent by the 書記官 on request (after the 配当期日); one page scanned. Claims nothing.


def bf03():
    issued = D(2026, 4, 30)
    total_claim = S.A_S + S.A_L1
    assert S.A_DIV + S.A_COSTS == S.A_SALE_PRICE
    p = Page(font="serif", size=10.5, top=16)
    p.at(194, 20, fw(era(issued)), size=10.5, align="r")
    p.y = 18
    p.line("萱　沼　尚　武　殿", size=12.5)
    p.gap(1)
    p.line("松江地方裁判所民事部", x=130, size=10.5)
    p.line("裁判所書記官　阿久沢　綾乃", x=130, size=10.5)
    p.gap(2)
    p.line("配当表謄本の送付について", size=14, font="serif-bold", align="c")
    p.gap(1)
    p.para(f"下記事件について、{fw(era(S.A_DIVDAY))}の配当期日において作成した配当表の謄本を、貴殿の申請により送付"
           "します。同期日において配当異議の申出はなく、配当は配当表のとおり実施されました。", size=10.5)
    p.line(f"事件番号　{fw('令和7年（ケ）第58号')}　担保不動産競売事件", x=24, size=10.5)
    p.gap(3)
    y0 = p.y
    p.y = y0 + 3
    p.line("配　　当　　表", size=15, font="serif-bold", align="c")
    p.line(f"配当期日　{fw(era(S.A_DIVDAY))}（{wd(S.A_DIVDAY)}）", x=22, size=10)
    p.line("差押債権者　たかせ信用保証株式会社　　債務者兼所有者　萱沼　尚武", x=22, size=10)
    p.gap(1)
    p.table([["売却代金", f"{S.A_SALE_PRICE:,}円"], ["執行費用（手続費用）", f"{S.A_COSTS:,}円"],
             ["配当に充てるべき金額", f"{S.A_DIV:,}円"]], [60, 44], x=22, size=10, row_h=6.6, ruled="grid")
    p.gap(3)
    head = ["順位", "債権者", "債権の種類", "元　金", "損害金", "計", "配当額"]
    rows = [head,
            ["１", "たかせ信用保証株式会社", "求償金（抵当権）", f"{S.A_S:,}", f"{S.A_L1:,}", f"{total_claim:,}",
             f"{S.A_DIV:,}"],
            ["２", "松江市", "交付要求（市税）", f"{S.A_TAX:,}", "―", f"{S.A_TAX:,}", "0"],
            ["", "合　計", "", "", "", "", f"{S.A_DIV:,}"]]
    p.table(rows, [10, 42, 30, 24, 20, 24, 22], x=18, header=True, size=8.6, row_h=7.4, aligns="clcrrrr")
    p.gap(2)
    for s in (f"備考　１　順位１の損害金は、{fw(era(S.A_SUB + ONE))}から配当期日まで年１４．６％の割合による。",
              "　　　２　順位１の配当額は、損害金、元金の順に充当する。",
              "　　　３　順位２は、配当に充てるべき金額がないため配当しない。",
              "　　　４　剰余金　なし"):
        p.line(s, x=22, size=9.2)
    p.gap(4)
    y = p.y
    p.add(Box(108, y, 80, 26, 0.4))
    p.at(112, y + 6.5, "これは謄本である。", size=10)
    p.at(112, y + 12.5, fw(era(issued)), size=10)
    p.at(112, y + 18.5, "松江地方裁判所民事部", size=10)
    p.at(112, y + 24, "裁判所書記官　阿久沢　綾乃", size=10)
    p.seal(178, y + 15, 14, "square", "松江地方裁判所書記官印", angle=1, seed=49031)
    p.add(Box(16, y0, 178, y + 31 - y0, 0.6))
    p.y = y + 37
    p.line("問合せ先　松江地方裁判所民事部不動産執行係　電話 0852-00-4318（直通）", x=18, size=9.5)
    tr = truth(document_type="other", sender="松江地方裁判所", phone="0852-00-4318",
               creditor="たかせ信用保証株式会社", status="not_applicable", original=None, debtor="萱沼尚武",
               lump=False, issued=issued, reference=S.A_CASE, input_kind="scan_png",
               template="proxy49_court_dividend_table_copy", received=D(2026, 5, 2))
    return dict(stem="bf03", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="other (地裁 配当表 謄本 with the 書記官's cover, claims nothing)",
                unusual="the 配当表 itself, sent as a 謄本 after the 配当期日 under a short cover 「配当表謄本の送付について」, "
                        "scanned: it DEMANDS NOTHING (every amount null) but is full of figures — 売却代金 14,280,000 / 執行費用 / "
                        "配当に充てるべき金額 in a small grid and a 7-column 順位 / 債権者 / 債権の種類 / 元金 / 損害金 / 計 / 配当額 "
                        "table with two creditors (the guarantee company's 求償金 and 松江市's 交付要求 with 配当額 0); 備考 with "
                        "the damage window and rate; 「これは謄本である」; the 配当期日 is not a hearing")


# ---------------------------------------------------------------------------------------------
# bf04 アルファ債権回収 (real, 101): 譲受 + 配当後残債務の一括請求, 2 pages (p.2 配当金充当のご報告 + FAQ).


def bf04():
    issued, due = D(2026, 6, 15), D(2026, 7, 10)
    R = S.A_R
    P = S.A_P2
    L = late(P, R, S.A_DIVDAY + ONE, issued)
    T = P + L
    ref = "7201-58-0413"
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 5, 16, color=None, fill=NAVY))
    p.at(23, 19, "アルファ債権回収株式会社", size=14, font="serif-bold", color=NAVY)
    p.at(23, 25, "債権回収会社（サービサー）法務大臣許可番号第101号", size=8, color=NAVY)
    p.at(196, 18, west(issued), size=10, align="r")
    p.at(196, 23.5, f"お取引番号　{ref}", size=10, align="r")
    window(p, 15, 34, "690-0000", ["島根県松江市このはずく台", "九丁目9番9号"], "萱沼　尚武　様", "bf04", w=90, h=36,
           code="C2-0615-118")
    p.at(196, 40, "〒104-0000", size=8.5, align="r")
    p.at(196, 44.5, "東京都中央区藍染橋九丁目9番9号", size=8.5, align="r")
    p.at(196, 49, "アルファ債権回収株式会社　管理第二部", size=8.5, align="r")
    p.at(196, 53.5, "担当　苧坂　TEL 03-0000-1014", size=8.5, align="r")
    p.at(196, 58, "（受付　平日 9:30～18:00）", size=8.5, align="r")
    p.y = 76
    p.line("債権譲受のご挨拶と配当後の残債務についてのご請求", size=14, font="sans-bold", align="c")
    p.gap(2)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"さて、貴殿がたかせ信用保証株式会社に対して負担されている求償債務につきましては、{era(S.A_ASSIGN)}付で、当社が"
           "同社から譲り受けました（同社からの債権譲渡のご通知は、別途お届けしております）。", size=9.8)
    p.para("本件債権の担保不動産は、松江地方裁判所令和7年(ケ)第58号担保不動産競売事件において売却され、"
           f"{era(S.A_DIVDAY)}の配当期日に配当金{S.A_DIV:,}円が損害金及び求償元金に充当されております（充当の明細は裏面"
           "をご覧ください）。充当後もなお下記の残債務がございます。", size=9.8)
    p.para(f"つきましては、下記ご請求金額を{west(due)}（{wd(due)}）までに一括してお支払いくださいますようお願い申し上げ"
           "ます。一括でのお支払いが困難な場合は、期限までに必ず担当者へご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("記", align="c", size=10)
    p.line("１．ご契約の内容", x=18, size=10, font="sans-bold")
    y = grid(p, 18, p.y, [36, 56, 34, 52], [
        ["原債権者（譲渡人）", "たかせ信用保証株式会社", "債権譲受日", era(S.A_ASSIGN)],
        ["当初のお借入先", "株式会社たかせ銀行", "当初お借入日", "平成27年6月19日"],
        ["当初お借入額", "26,800,000円", "最終ご返済日", era(S.A_LAST)],
        ["期限の利益喪失日", era(S.A_ACC), "代位弁済日", era(S.A_SUB)]], h=6.6, size=8.6)
    p.y = y + 3
    p.line(f"２．ご請求金額（{west(issued)}現在）", x=18, size=10, font="sans-bold")
    p.table([["配当金充当後の残元金", f"{P:,}円"],
             [f"遅延損害金（{west(S.A_DIVDAY + ONE)}～{md(issued)}　年{R}％）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [118, 56], x=18, size=10, row_h=8, shade_col0=True)
    p.add(Box(18, p.y - 8, 174, 8, 0.9))
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 13, 0.3, None, (0.90, 0.93, 0.97)))
    p.at(22, y + 8.5, "お支払期限", size=11, font="sans-bold", color=NAVY)
    p.at(54, y + 8.8, f"{west(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(188, y + 8.5, "期限後も完済まで年14.6％の損害金が発生します", size=8, align="r")
    p.y = y + 17
    p.para("お振込先　黄檗信託銀行 本店営業部 普通預金 4105827 アルフアサイケンカイシユウ（カ　※お振込の際は、お名前の前に"
           "お取引番号の下4桁「0413」をご入力ください。", size=9, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合は、ご容赦ください。※このお手紙についてのお問い合わせは、ご本人様から"
           "お願いいたします。", size=8.5, indent="")
    qr(p, 176, 262, 18, "bf04")
    p.at(174, 276, "裏面あり", size=8, align="r")
    # page 2
    q = Page(font="sans", size=10, top=18)
    q.line("配当金充当のご報告", size=14, font="sans-bold", align="c")
    q.gap(2)
    q.kv([("事件", "松江地方裁判所　令和7年(ケ)第58号　担保不動産競売事件"),
          ("配当期日", era(S.A_DIVDAY)),
          ("受領配当金", f"{S.A_DIV:,}円（売却代金 {S.A_SALE_PRICE:,}円 － 執行費用 {S.A_COSTS:,}円）")], x=20,
         label_w=30, size=9.5)
    q.gap(2)
    pre_l = S.A_L1
    q.table([["項目", "配当前の債権額", "配当金充当額", "充当後の残高"],
             [f"損害金（{era(S.A_SUB + ONE)}～配当期日）", f"{pre_l:,}", f"{pre_l:,}", "―"],
             ["求償元金", f"{S.A_S:,}", f"{S.A_DIV - pre_l:,}", f"{S.A_P2:,}"],
             ["合計", f"{S.A_S + pre_l:,}", f"{S.A_DIV:,}", f"{S.A_P2:,}"]],
            [66, 36, 36, 36], x=18, header=True, size=9, row_h=7.2)
    assert S.A_DIV - pre_l + S.A_P2 == S.A_S
    q.line("（単位：円）　※充当は、損害金、元金の順に行われています（民法第489条）。", x=18, size=8.5)
    q.gap(4)
    q.line("よくあるご質問", size=11.5, font="sans-bold", x=18)
    faq(q, [("家はもう売られたのに、なぜ請求が来るのですか。",
             "競売の売却代金が債務の全額に足りなかったため、その不足分が残っています。担保がなくなった後も、残りの債務は"
             "消えません。"),
            ("アルファ債権回収とはどのような会社ですか。",
             "法務大臣の許可を受けた債権回収会社（サービサー）です。許可を受けた会社の一覧は法務省のホームページで確認"
             "できます。"),
            ("一度に払えません。", "ご収入やご家族の状況をお伺いし、お支払方法をご相談させていただきます。まずはお電話"
             "ください。")], x0=18, x1=192, qsize=9.5, asize=9)
    q.gap(6)
    q.line("アルファ債権回収株式会社　管理第二部　TEL 03-0000-1014", x=18, size=9.5)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1014", creditor="アルファ債権回収株式会社", status="licensed",
               original="たかせ信用保証株式会社", debtor="萱沼尚武", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=S.A_ACC,
               last_payment=S.A_LAST, assignment=S.A_ASSIGN, reference=ref, input_kind="pdf_text_2page",
               template="proxy49_servicer_rest_after_dividend_lump_sum", received=D(2026, 6, 17))
    return dict(stem="bf04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 of the rest after the 配当, 2 pages)",
                unusual="real servicer ★ アルファ債権回収株式会社 with its licence spelled 「債権回収会社（サービサー）法務大臣許可"
                        "番号第101号」 under a navy bar logo; western 年月日 dates; a window address block with bars and a "
                        "mailing code C2-0615-118 (distractor); the servicer bought the guarantor's claim AFTER the 配当; a "
                        "shaded 4×2 grid (原債権者（譲渡人）, 当初のお借入先, 譲受日, 当初お借入額 26,800,000, last payment, "
                        "喪失, 代位弁済); the new label 配当金充当後の残元金 over a damages row with its window and a heavy-framed "
                        "ご請求金額; the 「下4桁「0413」」 transfer hint; p.2 配当金充当のご報告 (配当前 / 充当額 / 充当後, "
                        "売却代金, 執行費用: all distractors) and a よくあるご質問 block; a QR")


# ---------------------------------------------------------------------------------------------
# bf05 アルファ債権回収 和解 proposal 「残債務の一部をお支払いいただくことで…」, 2-page fax.


def bf05():
    issued, due = D(2026, 7, 24), D(2026, 8, 7)
    R = S.A_R
    P = S.A_P2
    L = late(P, R, S.A_DIVDAY + ONE, issued)
    T = P + L
    lumpA, lumpA_by = 1_700_000, D(2026, 9, 30)
    inst, n = 60_000, 36
    planB = inst * n
    assert planB == 2_160_000 and planB < T and lumpA < T
    ref = "7201-58-0413"
    p = Page(font="sans", size=10.5, top=16)
    p.at(196, 20, f"送信日　{west(issued)}", size=10.5, align="r")
    p.at(196, 26, f"お取引番号　{ref}", size=10.5, align="r")
    p.y = 18
    p.line("萱沼　尚武　様", size=13.5)
    p.gap(8)
    p.line("残債務のお支払方法に関するご提案", size=16, font="sans-bold", align="c")
    p.line("（和解条件のご案内）", size=11, align="c")
    p.gap(2)
    p.para("先般ご案内いたしました残債務につきまして、現在までお支払い・ご連絡をいただいておりません。当社では、貴殿の"
           "ご事情も考慮のうえ、残債務の一部をお支払いいただくことで、その余のお支払いを免除させていただく和解をご提案"
           "いたします。", size=10.5)
    p.line(f"１．現在のご債務（{west(issued)}現在）", size=11, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], [f"遅延損害金（{md(S.A_DIVDAY + ONE)}～{md(issued)}）", f"{L:,}円"],
             ["現在のご債務額", f"{T:,}円"]], [100, 60], x=26, size=10.5, row_h=8)
    p.gap(2)
    p.line("２．ご提案内容（いずれかをお選びください）", size=11, font="sans-bold")
    p.para(f"【Ａ案】{west(lumpA_by)}までに金{lumpA:,}円を一括でお支払いいただいた場合、残額のお支払いを免除いたします。",
           x0=26, size=10.5, indent="")
    p.para(f"【Ｂ案】金{planB:,}円を月額{inst:,}円×{n}回（2026年9月から毎月末日）でお支払いいただき、完済された時点で残額"
           "のお支払いを免除いたします。", x0=26, size=10.5, indent="")
    p.para(f"※Ｂ案で分割金の支払を2回分（{inst * 2:,}円）以上怠ったときは、和解は失効し、上記現在のご債務額から既払金を差し"
           "引いた全額をご請求いたします。", x0=26, size=9.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(26, y, 160, 14, 1.4))
    p.at(31, y + 9.3, "ご回答期限", size=12, font="sans-bold")
    p.at(70, y + 9.5, f"{west(due)}（{wd(due)}）必着", size=14, font="sans-bold")
    p.y = y + 18
    p.para("同封（2枚目）の和解申込書にご記入のうえ、ＦＡＸ又はご郵送にてご返送ください。期限までにご回答のない場合は、"
           "法的手続（支払督促・訴訟等）に移行させていただくことがあります。", size=10.5)
    p.gap(3)
    for s, sz, f in (("アルファ債権回収株式会社　管理第二部", 11, "sans-bold"), ("法務大臣許可番号　第101号", 10, "sans"),
                     ("東京都中央区藍染橋九丁目9番9号", 10, "sans"),
                     ("TEL 03-0000-1014　FAX 03-0000-1015　担当 苧坂", 10.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    q = Page(font="sans", size=10.5, top=18)
    q.line("和　解　申　込　書", size=16, font="sans-bold", align="c")
    q.gap(4)
    q.line("アルファ債権回収株式会社　御中", size=11)
    q.line("（ＦＡＸ送信先　03-0000-1015）", size=10)
    q.gap(4)
    q.para("私は、貴社からご提案のあった和解条件のうち、下記の案により和解を申し込みます。", size=10.5)
    q.gap(3)
    for s in (f"□　Ａ案（{west(lumpA_by)}までに金{lumpA:,}円を一括で支払う）",
              f"□　Ｂ案（金{planB:,}円を月額{inst:,}円×{n}回で支払う）",
              "□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=30, size=11)
        q.gap(3)
    q.gap(6)
    for lab in ("お取引番号", "ご記入日", "ご住所", "お名前", "日中のご連絡先"):
        q.line(f"{lab}", x=30, size=11)
        q.add(Line(70, q.y - 1.5, 186, q.y - 1.5, 0.3))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1014", creditor="アルファ債権回収株式会社", status="licensed",
               original=None, debtor="萱沼尚武", total=T, principal=P, interest=None, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, reference=ref, input_kind="fax_tiff",
               template="proxy49_servicer_partial_waiver_settlement_fax", received=issued)
    return dict(stem="bf05", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:05 ALPHA SAIKEN 03-0000-1015",
                about="settlement_proposal (real servicer, 一部免除 after the 配当, 2-page fax)",
                unusual="2-page G4 fax; 「残債務の一部をお支払いいただくことで、その余のお支払いを免除させていただく和解」; "
                        "送信日 and お取引番号 top-right; a 3-row 現在のご債務 table (残元金 / 遅延損害金 with a month-day "
                        "window / 現在のご債務額); Ａ案 1,700,000 by 2026-09-30 and Ｂ案 60,000 × 36 = 2,160,000 plus the "
                        "120,000 default threshold (all distractors); a heavy-framed ご回答期限 …必着 (= payment_due); the "
                        "licence 「法務大臣許可番号　第101号」 in the sender block at the bottom; TEL and FAX on one line; "
                        "NO 原債権者, 喪失 or last payment printed; p.2 a 和解申込書 with tick boxes")


# ---------------------------------------------------------------------------------------------
# bf06 SCAM: 「動産差押（強制執行）予告通知書」 quoting the public (ケ) case; e-money gift codes; phone photo.


def bf06():
    issued, due = D(2026, 5, 7), D(2026, 5, 11)
    T = 248_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通告", color=RED, size=13, fill=RED)
    stamp(p, 46, 12, "親展・本人以外開封厳禁", color=RED, size=10)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, f"受付番号　よ－{fw('714')}", size=10, align="r")
    p.y = 30
    p.line("島根県松江市このはずく台九丁目9番9号", size=10.5)
    p.line("萱沼　尚武　殿", size=14)
    p.gap(5)
    p.line("動産差押（強制執行）予告通知書", size=18, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿所有であった不動産は、松江地方裁判所令和7年(ケ)第58号担保不動産競売事件により売却され、令和8年4月22日に"
           "配当が実施されましたが、配当後もなお多額の残債務が未清算となっております。")
    p.para("当センターは、債権者より本件残債務の執行管理を委任された法務大臣許可の債権回収会社です。下記期限までに執行停止"
           "保証金の納付が確認できない場合、執行官が貴殿の現住所に臨場し、家財道具・自動車・給与等の差押えを実施いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 40, 1.3, RED))
    p.add(Box(22, y, 166, 9, color=None, fill=RED))
    p.at(105, y + 6.5, "執行停止のご案内", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(28, y + 18, "執行停止保証金", size=12, font="sans-bold")
    p.at(182, y + 19, f"￥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.at(28, y + 29, "納付期限", size=12, font="sans-bold")
    p.at(182, y + 29.5, f"5月11日（{wd(due)}）17時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(28, y + 36.5, "※期限経過後の執行停止は一切受け付けません", size=9, color=RED)
    p.y = y + 45
    p.para("【納付方法】お近くのコンビニエンスストアで電子マネーギフト（合計248,000円分）をご購入のうえ、カード裏面の番号"
           "を下記担当直通までお電話でお知らせください。確認後、執行停止の手続をいたします。", size=10, indent="")
    p.para("※保証金は、残債務の清算完了後に全額返還いたします。", size=10, indent="")
    p.para("※本件は裁判所の手続に基づくものです。弁護士・司法書士・ご家族等の第三者に相談された場合、執行停止はできません。",
           size=10, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(58, y, 138, 38, 0.5))
    p.at(63, y + 8, "株式会社競売債権執行管理センター", size=13, font="sans-bold")
    p.at(63, y + 14, "執行管理部　法務大臣許可番号第316号", size=9.5)
    p.at(63, y + 20, "東京都港区西新橋（執行管理棟）", size=9.5)
    p.at(63, y + 27.5, "担当直通　080-0000-5816　担当 五味田", size=11.5, font="sans-bold")
    p.at(63, y + 33.5, "受付　7:00～22:00（土日祝も受付）", size=9)
    p.seal(32, y + 18, 17, "round", "執行管理センター|執行/之印", angle=10, seed=49061)
    tr = truth(document_type="other", sender="株式会社競売債権執行管理センター", license_number=316,
               phone="080-0000-5816", creditor=None, status="not_licensed", original=None, debtor="萱沼尚武", total=T,
               lump=False, issued=issued, payment_due=due, reference="よ-714", is_scam=True, input_kind="photo_jpeg",
               template="proxy49_scam_seizure_stop_deposit_auction_case", received=None)
    return dict(stem="bf06", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.8, creases=2, fill=0.83, shadow=0.22, shadow_side="bottom",
                          warm=0.2),
                about="other (scam quoting the public auction case)",
                unusual="架空請求 photographed on a pale desk with creases and a hand shadow at the bottom: it quotes the REAL "
                        "(ケ) case number and 配当 date of bf02/bf03 (distractors, not its reference) and threatens a 執行官 "
                        "visit to seize furniture, car and wages unless a 執行停止保証金 ￥248,000 is paid in ELECTRONIC-MONEY "
                        "GIFT CODES read out by phone; filled red 最終通告 stamp; a fake 「法務大臣許可番号第316号」 for "
                        "「株式会社競売債権執行管理センター」 (→ not_licensed); address without a number; an 080 担当直通 open "
                        "7:00–22:00; a 4-day deadline 「5月11日（月）17時まで」 without a year; a hiragana 受付番号 よ－７１４; "
                        "「弁護士・司法書士…に相談された場合、執行停止はできません」; no creditor named")


# ---------------------------------------------------------------------------------------------
# bf07 さしば住宅保証: 求償金 claim after the 任意売却 with the sale settlement; photo stored sideways (EXIF 6).


def bf07():
    issued, due = D(2025, 12, 5), D(2025, 12, 26)
    R = S.B_R
    P = S.B_P2
    L = late(P, R, S.B_SALE + ONE, issued)
    T = P + L
    ref = "SS-18-03230"
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 1.2, color=None, fill=BROWN))
    p.at(15, 21, "さしば住宅保証株式会社", size=14, font="sans-bold", color=BROWN)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, f"保証番号　{ref}", size=10, align="r")
    p.y = 31
    p.line("〒740-0000　山口県岩国市べにまし町九丁目9番9号", size=10)
    p.line("駒木根　伸行　様", size=14)
    p.gap(4)
    p.line("任意売却代金充当後の求償債権残額のご請求", size=15, font="sans-bold", align="c")
    p.gap(2)
    p.para(f"当社は、貴殿の株式会社のびたき銀行に対する住宅ローン債務を{era(S.B_SUB)}に代位弁済し、貴殿に対する求償債権を"
           f"取得いたしました。その後、{era(S.B_SALE)}に担保不動産の任意売却が完了し、売却代金から諸費用を控除した残額を求償"
           "債権に充当いたしましたので、その結果をご報告するとともに、残額をご請求いたします。", size=9.8)
    p.para(f"下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いください。お支払方法についてご相談のある方は、期限"
           "までに担当者へご連絡ください。", size=9.8)
    p.gap(2)
    y0 = p.y
    # left: sale settlement (distractors)
    p.add(Box(15, y0, 88, 74, 0.4))
    p.add(Box(15, y0, 88, 7, color=None, fill=SHADE))
    p.at(59, y0 + 5, "【任意売却代金の精算】", size=9.5, font="sans-bold", align="c")
    yy = y0 + 12
    items = [("売買代金", S.B_PRICE)] + [(k, -v) for k, v in S.B_DEDUCT] + [("求償債権への充当額", S.B_APPLY)]
    assert S.B_PRICE - sum(v for _, v in S.B_DEDUCT) == S.B_APPLY
    for k, v in items:
        s = f"{v:,}" if v >= 0 else f"△{-v:,}"
        if k.startswith("求償"):
            p.add(Line(18, yy - 4.2, 100, yy - 4.2, 0.3))
        p.at(18, yy, k, size=8.6, font="sans-bold" if k.startswith("求償") else "sans")
        p.at(100, yy, s, size=8.6, align="r", font="sans-bold" if k.startswith("求償") else "sans")
        yy += 6.2
    yy += 1
    p.at(18, yy, "＜充当の内訳＞", size=8.6)
    yy += 5.8
    for k, v in ((f"損害金（{md(S.B_SUB + ONE)}～{md(S.B_SALE)}）", S.B_L1), ("求償元金", S.B_APPLY - S.B_L1)):
        p.at(18, yy, k, size=8.6)
        p.at(100, yy, f"{v:,}", size=8.6, align="r")
        yy += 6.2
    p.at(18, yy, "（単位：円）", size=7.5)
    # right: the claim
    x = 108
    p.add(Box(x, y0, 88, 74, 0.8, BROWN))
    p.add(Box(x, y0, 88, 7, color=None, fill=BROWN))
    p.at(x + 44, y0 + 5, f"【ご請求金額】{md(issued)}現在", size=9.5, font="sans-bold", align="c", color=WHITE)
    yy = y0 + 14
    for k, v in (("充当後求償元金", P), (f"遅延損害金（{md(S.B_SALE + ONE)}～）", L)):
        p.at(x + 3, yy, k, size=9.5)
        p.at(x + 85, yy + 5.5, f"{v:,}円", size=11, align="r")
        yy += 13
    p.add(Line(x + 3, yy - 3, x + 85, yy - 3, 0.5))
    p.at(x + 3, yy + 3, "ご請求額計", size=10, font="sans-bold")
    p.at(x + 85, yy + 3.5, f"{T:,}円", size=14, font="sans-bold", align="r", color=BROWN)
    p.at(x + 3, yy + 13, f"お支払期限　{era(due)}（{wd(due)}）", size=9.5, font="sans-bold")
    p.at(x + 3, yy + 19, f"損害金は求償元金に対し年{R}％（年365日日割）", size=7.8)
    p.y = y0 + 79
    p.line("＜ご参考＞", size=9.5, font="sans-bold")
    p.kv([("原契約", "株式会社のびたき銀行　平成30年3月23日　住宅ローン　22,400,000円"),
          ("代位弁済日", f"{era(S.B_SUB)}（代位弁済額 {S.B_S:,}円）"),
          ("期限の利益喪失日", era(S.B_ACC)), ("最終ご返済日", era(S.B_LAST))], x=18, label_w=34, size=9)
    p.gap(2)
    p.para("お振込先　のびたき銀行 岩国支店 普通預金 2418830 サシバジユウタクホシヨウ（カ", size=9.3, indent="")
    p.para("※期限までにお支払い又はご連絡のない場合は、当社の判断により本件求償債権を債権回収会社へ譲渡し、又は法的手続を"
           "とらせていただくことがあります。", size=9, indent="")
    p.gap(3)
    for s, sz in (("さしば住宅保証株式会社　債権管理部", 10.5), ("〒730-0000　広島県広島市中区香染通九丁目9番9号", 8.8),
                  ("電話 082-000-3318（平日 9:00～17:30）　担当 鹿討", 9.5)):
        p.line(s, x=90, size=sz)
    p.seal(188, p.y - 11, 12, "square", "さしば住宅保証之印", angle=-3, seed=49071)
    tr = truth(document_type="collection_notice", sender="さしば住宅保証株式会社", phone="082-000-3318",
               creditor="さしば住宅保証株式会社", status="not_applicable", original="株式会社のびたき銀行",
               debtor="駒木根伸行", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=S.B_ACC, last_payment=S.B_LAST, reference=ref,
               input_kind="photo_exif_rotated", template="proxy49_guarantor_recourse_after_voluntary_sale_rotated",
               received=D(2025, 12, 8))
    return dict(stem="bf07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, fill=0.85, shadow=0.2, shadow_side="right",
                          warm=0.15, bow=5.0),
                about="collection_notice (guarantee company, 求償金 after the 任意売却)",
                unusual="phone photo stored sideways (EXIF orientation 6) on tatami, creased and bowed, with a hand shadow: "
                        "TWO boxes side by side — left 【任意売却代金の精算】 (売買代金 13,600,000, four △ deductions, 求償債権への"
                        "充当額 and its 損害金 / 求償元金 split: all distractors), right a brown-framed 【ご請求金額】 with the "
                        "new labels 充当後求償元金 / 遅延損害金（11月1日～） / ご請求額計 and the due date inside; a ＜ご参考＞ "
                        "kv list (原契約 22,400,000, 代位弁済日 with the 代位弁済額 in brackets, 喪失, last payment); a threat "
                        "to sell the claim to a servicer")


# ---------------------------------------------------------------------------------------------
# bf08 joint 債権譲渡通知書 さしば住宅保証 → 暁星債権回収 (invented, 第257号): notifiers in a 2-column table.


def bf08():
    issued = D(2026, 2, 3)
    R = S.B_R
    P = S.B_P2
    L = late(P, R, S.B_SALE + ONE, S.B_ASSIGN)
    T = P + L
    ref = "GS-411703"
    p = Page(font="serif", size=10.5, top=18)
    p.at(194, 22, era(issued), size=10.5, align="r")
    p.y = 22
    p.line("山口県岩国市べにまし町九丁目9番9号", size=10.5)
    p.line("駒木根　伸行　殿", size=13.5)
    p.gap(6)
    p.line("債 権 譲 渡 通 知 書", size=17, font="serif-bold", align="c")
    p.add(Line(70, p.y - 1, 140, p.y - 1, 0.4))
    p.gap(3)
    p.para(f"下記通知人（譲渡人）は、貴殿に対して有する下記の求償債権を、{era(S.B_ASSIGN)}付で下記通知人（譲受人）に譲渡"
           "いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもって通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、譲受人である暁星債権回収株式会社にお願いいたします。譲渡人へのお支払いは"
           "ご遠慮ください。")
    p.gap(1)
    p.line("記", align="c")
    p.line("１．通知人", x=22, size=10.5, font="serif-bold")
    y = p.y
    rows = [["", "譲　渡　人", "譲　受　人"],
            ["所在地", "広島県広島市中区香染通九丁目9番9号", "広島県広島市南区ひめうず町九丁目9番9号"],
            ["名　称", "さしば住宅保証株式会社", "暁星債権回収株式会社"],
            ["代表者", "代表取締役　桝添　芳郎", "代表取締役　柄澤　丈治"],
            ["", "", "法務大臣許可番号　第257号"]]
    p.table(rows, [20, 78, 78], x=18, header=True, size=9, row_h=7.4, aligns="lll")
    p.seal(104, y + 22, 12, "round", "さしば住宅保証|代表/取締役", angle=-5, seed=49081)
    p.seal(182, y + 22, 12, "round", "暁星債権回収|代表/取締役", angle=4, seed=49082)
    p.gap(3)
    p.line("２．譲渡債権の表示", x=22, size=10.5, font="serif-bold")
    p.kv([("債権の種類", "平成30年3月23日付保証委託契約に基づく求償債権"),
          ("原契約", "株式会社のびたき銀行　住宅ローン（金銭消費貸借契約）"),
          ("代位弁済日", era(S.B_SUB)),
          ("任意売却代金の充当日", era(S.B_SALE)),
          ("譲渡日", era(S.B_ASSIGN))], x=28, label_w=46, size=10)
    p.gap(1)
    p.table([["求償元金", f"{P:,}円"],
             [f"遅延損害金（{era(S.B_SALE + ONE)}～{era(S.B_ASSIGN)}　年{R}％）", f"{L:,}円"],
             ["譲渡債権額合計", f"{T:,}円"]], [120, 44], x=26, size=10, row_h=7.6, ruled="rows")
    p.line(f"※譲渡日の翌日以降も、求償元金に対し年{R}％の割合による遅延損害金が発生します。", x=26, size=9)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 168, 30, 0.5))
    p.add(Box(22, y, 30, 30, color=None, fill=SHADE))
    p.at(37, y + 13, "お問い合わせ", size=9.5, align="c")
    p.at(37, y + 19, "・お支払先", size=9.5, align="c")
    p.at(56, y + 7, "暁星債権回収株式会社　債権管理部　担当 雉子谷", size=10.5)
    p.at(56, y + 13.5, f"TEL 082-000-2570（平日 9:00～18:00）　お客様番号　{ref}", size=10)
    p.at(56, y + 20, "お振込先　やまどり銀行 広島南支店 普通 5720118", size=10)
    p.at(56, y + 26, "　　　　　口座名義　ギヨウセイサイケンカイシユウ（カ", size=10)
    p.y = y + 35
    p.para("（譲渡人のお問い合わせ窓口：さしば住宅保証株式会社 債権管理部 電話 082-000-3318 は、本件債権についてのお支払い"
           "の受付を終了いたしました。）", size=9, indent="")
    tr = truth(document_type="assignment_notice", sender="暁星債権回収株式会社", license_number=257,
               phone="082-000-2570", creditor="暁星債権回収株式会社", status="unverified",
               original="さしば住宅保証株式会社", debtor="駒木根伸行", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, assignment=S.B_ASSIGN,
               reference=ref, input_kind="pdf_text", template="proxy49_joint_assignment_guarantor_to_invented_table",
               received=D(2026, 2, 5))
    return dict(stem="bf08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, guarantee company → invented servicer, after the 任意売却)",
                unusual="joint 債権譲渡通知書 in serif whose two notifiers stand in a 3-column TABLE inside the 記 "
                        "(所在地 / 名称 / 代表者 rows, columns 譲渡人 | 譲受人) with round seals over it; the INVENTED servicer "
                        "「暁星債権回収株式会社」 with 「法務大臣許可番号　第257号」 in the table's last row (→ unverified); kv "
                        "lines 債権の種類 (平成30年 保証委託契約), 原契約, 代位弁済日, 任意売却代金の充当日, 譲渡日; a rows-ruled "
                        "求償元金 / 遅延損害金 (window in era dates) / 譲渡債権額合計 table; the お客様番号 only inside a "
                        "shaded-label お問い合わせ・お支払先 box; the 譲渡人's phone in a closing note (distractor); informs "
                        "only (no payment date)")


LETTERS = [bf01, bf02, bf03, bf04, bf05, bf06, bf07, bf08]
