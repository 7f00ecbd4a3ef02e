"""Proxy set 91, letters cv01–cv08: "the held-out set as a stranger would write it, round 6". Core mail: a real
servicer's 督促状 for a card debt it bought, a bank's card-loan arrears letter, a real servicer's 一括請求 after the
競売, a 信用金庫's 縦書き 期限の利益喪失通知, the guarantee company's 代位弁済通知 of cv02's card loan, a joint 債権譲渡通知
to an invented servicer, a real servicer's 受託通知 and a 簡裁 支払督促 of a card company."""

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
ONE = timedelta(1)
TEAL = (0.0, 0.42, 0.45)
BROWN = (0.42, 0.25, 0.10)
PLUM = (0.40, 0.12, 0.38)


def vcheck_era(pages) -> None:
    """vcheck plus: no column ends with 令和 / 平成 while the next column starts with the year."""
    vcheck(pages)
    nums = set("〇一二三四五六七八九十元０１２３４５６７８９0123456789")
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if a.s.endswith(("令和", "平成", "令", "平")) and b.s and b.s[0] in nums | {"和", "成"}:
                raise AssertionError(f"column breaks inside an era date: …{a.s[-6:]} | {b.s[:6]}…")


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# cv01 セゾン債権回収 (real) 督促状 for a card debt bought from ミルテカード; phone photo.


def cv01():
    R = 18.0
    issued, due = D(2025, 7, 8), D(2025, 7, 22)
    acc, lastp, assign = D(2024, 11, 27), D(2024, 9, 27), D(2025, 4, 1)
    P, I = 486_320, 22_715
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "セゾン債権回収株式会社", size=13, font="sans-bold", color=NAVY)
    p.at(15, 24, "法務大臣許可番号　第34号", size=8.5, color=NAVY)
    p.at(196, 19, wdate(issued), size=10, align="r")
    stamp(p, 160, 24, "親展", size=11)
    stamp(p, 178, 24, "重要", size=11, fill=RED)
    window(p, 15, 32, "862-0000", ["熊本県熊本市東区葛葉台九丁目9番9-203号"], "丹野　和臣　様", "cv01bar",
           w=96, h=34, code="C-0708-0112")
    p.y = 74
    p.add(Box(15, p.y, 181, 11, 0.8, NAVY))
    p.at(105.5, p.y + 7.8, "督　促　状", size=16, font="sans-bold", align="c", color=NAVY)
    p.y += 15
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8, indent="")
    p.para(f"さて、貴殿が株式会社ミルテカードとの間で締結されたカード会員契約に基づく債務につきましては、{wdate(assign)}付で"
           "当社が同社より債権を譲り受け、その旨ご通知申し上げておりますが、現在までご入金もご連絡もいただいておりません。",
           size=9.8)
    p.para(f"つきましては、下記ご請求金額を{wdate(due)}（{wd(due)}）までに、一括してお支払いくださいますようご請求申し上げます。"
           "お支払いが困難な場合は、期限までに必ず当社担当者までご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    p.line("記", align="c", size=10)
    y = grid(p, 15, p.y + 1, [30, 60, 30, 61], [
        ("お客様番号", "SZ-25-0487156", "原債権者", "株式会社ミルテカード"),
        ("ご契約日", "2019年3月14日", "ご利用限度額", "500,000円"),
        ("最終ご入金日", wdate(lastp), "期限の利益喪失日", wdate(acc)),
        ("債権譲受日", wdate(assign), "算出基準日", wdate(issued)),
    ], h=7.5, size=9)
    p.y = y + 4
    p.line("ご請求金額の内訳", size=10, font="sans-bold", x=15)
    x0, x1 = 24, 150
    for lab, val in (("残元金", yen(P, "en")), ("未払手数料", yen(I, "en")),
                     (f"遅延損害金（年18.0％・{(acc + ONE).month}月{(acc + ONE).day}日から算出基準日まで）", yen(L, "en"))):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.15, GRAY))
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 135, 11, 0.6, NAVY, (0.92, 0.94, 0.98)))
    p.at(24, y + 7.6, "ご請求金額合計", size=11.5, font="sans-bold", color=NAVY)
    p.at(150, y + 7.8, yen(T, "en"), size=14, font="sans-bold", align="r")
    p.add(Box(160, y - 12, 36, 23, 0.9, RED))
    p.at(178, y - 6.5, "お支払期限", size=9, font="sans-bold", align="c", color=RED)
    p.at(178, y + 0.5, f"{due.month}月{due.day}日", size=13, font="sans-bold", align="c", color=RED)
    p.at(178, y + 7, f"{due.year}年（{wd(due)}）", size=8.5, align="c", color=RED)
    p.y = y + 16
    p.line("お振込先", size=9.5, font="sans-bold", x=15)
    p.para("うるわし銀行 本店営業部　普通預金 7702214　口座名義 セゾンサイケンカイシュウ（カ　※ご依頼人名の前にお客様番号を"
           "ご入力ください。", size=9, indent="", x0=15)
    p.para("※遅延損害金は、お支払いの日まで残元金に対し年18.0％の割合で日々発生いたします。本状と行き違いにご入金の節は"
           "ご容赦ください。", size=8.6, indent="", x0=15)
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3, NAVY))
    p.gap(2)
    for s, sz in (("セゾン債権回収株式会社　管理第二部　担当：杉森", 9.5),
                  ("〒170-0000 東京都豊島区瓜坂九丁目9番9号", 8.5),
                  ("お問い合わせ　フリーダイヤル 0120-000-341（平日 9:30～18:00）", 9.5),
                  ("法務大臣許可番号　第34号", 8.5)):
        p.line(s, x=15, size=sz)
    qr(p, 176, p.y - 20, 18, "cv01qr")
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-341", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社ミルテカード", debtor="丹野和臣", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ-25-0487156", input_kind="photo_jpeg",
               template="proxy91_servicer_dunning_card_debt_side_deadline_box", received=D(2025, 7, 10))
    return dict(stem="cv01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.4, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer 督促状, card debt bought)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "セゾン債権回収 with 「法務大臣許可番号　第34号」 both under the logo and in the footer; window address "
                        "with a mailing code C-0708-0112; a 4×2 shaded grid (お客様番号, 原債権者, ご契約日 2019, ご利用限度額, "
                        "最終ご入金日, 喪失日, 債権譲受日, 算出基準日); 残元金 / 未払手数料 / 遅延損害金 as hairline rows, the "
                        "total in a blue bar and the deadline in a red box to its RIGHT (「7月22日」 over 「2025年（火）」); "
                        "western 年月日 dates; a QR as a distractor")


# ---------------------------------------------------------------------------------------------
# cv02 みやまえ銀行 カードローン arrears letter: label：value, 単位：円 table, two missed instalments.


MY_LASTP = D(2025, 6, 10)
MY_BAL = 818_400


def cv02():
    R = 18.0
    issued, due = D(2025, 9, 5), D(2025, 9, 19)
    inst = [(D(2025, 7, 10), 17_000, 12_284), (D(2025, 8, 12), 17_000, 12_015)]
    rows, P, I, L = [], 0, 0, 0
    for d, pr, it in inst:
        lt = late(pr, R, d + ONE, issued)
        rows.append((d, pr, it, lt))
        P, I, L = P + pr, I + it, L + lt
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, "みやまえ銀行", size=15, font="serif-bold", color=BROWN)
    p.at(15, 25, "株式会社みやまえ銀行　ローンサポートセンター", size=8.5)
    p.at(196, 20, era(issued), size=10, align="r")
    p.at(196, 25, "照会番号：MY-LC-250905-0391", size=9, align="r")
    p.y = 34
    p.line("〒330-0000", size=10)
    p.line("埼玉県さいたま市見沼区鴫野浜九丁目9番9号", size=10)
    p.gap(1)
    p.line("沼倉　美穂子　様", size=13)
    p.gap(5)
    p.title("カードローンご返済のお願い", size=15, font="serif-bold")
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("さて、お客様の「みやまえカードローン」につきまして、下記のとおり約定のご返済が遅れております。何かのお手違いかと"
           "存じますが、下記ご延滞金額を、ご返済用口座へご入金くださいますようお願い申し上げます。")
    p.gap(2)
    p.line("（単位：円）", x=190, size=8.5, align="r", advance=0.8)
    head = ["約定返済日", "元金", "利息", "遅延損害金", "計"]
    body = [[era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"] for d, pr, it, lt in rows]
    body.append(["ご延滞金額合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [44, 32, 32, 32, 35], x=20, header=True, aligns="lrrrr", size=9.5, row_h=7.5)
    p.line("※遅延損害金は、各回の延滞元金に対し年18.0％の割合で、約定返済日の翌日から本状作成日まで日割計算しております。",
           x=20, size=8)
    p.gap(3)
    p.kv([("ご入金期限", f"{era(due)}（{wd(due)}）"),
          ("ご入金先", "お客様のご返済用口座（みやまえ銀行　見沼支店　普通　3381904）"),
          ("最終ご入金日", era(MY_LASTP)),
          ("ご利用限度額", "1,000,000円"),
          ("ご利用残高（ご参考）", f"{MY_BAL:,}円（{era(issued)}現在・延滞元金を含みます）")],
         x=20, label_w=44, sep="：", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.3))
    for i, s in enumerate(["ご注意", "・ご延滞が続いた場合、カードローンのご利用を停止させていただきます。",
                           "・さらにご延滞が続きますと期限の利益を喪失し、保証会社ゼフィール保証株式会社による",
                           "　代位弁済が行われることがあります。"]):
        p.at(24, y + 6 + i * 5, s, size=9.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 30
    p.para("既にご入金いただいている場合は、本状と行き違いになりましたことをご容赦ください。", size=9.5, indent="")
    p.gap(4)
    for s in ("株式会社みやまえ銀行　ローンサポートセンター", "〒330-0000 埼玉県さいたま市大宮区梨の木九丁目9番9号",
              "電話　048-000-3827（受付時間　平日9時～17時）", "担当　滝波"):
        p.line(s, x=110, size=9.5)
    p.seal(186, p.y + 4, 12, "square", "みやまえ銀行之印", angle=2, seed=91021)
    tr = truth(document_type="collection_notice", sender="株式会社みやまえ銀行", phone="048-000-3827",
               creditor="株式会社みやまえ銀行", status="not_applicable", debtor="沼倉美穂子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=MY_LASTP,
               reference="MY-LC-250905-0391", input_kind="scan_png",
               template="proxy91_bank_card_loan_arrears_unit_yen_table", received=D(2025, 9, 8))
    return dict(stem="cv02", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (bank card-loan arrears, two instalments)",
                unusual="serif bank letter scanned: two missed card-loan instalments in a table whose figures carry NO 円 "
                        "(「（単位：円）」 above it) with 元金 / 利息 / 遅延損害金 / 計 and a row 「ご延滞金額合計」; the deadline "
                        "as a label：value line 「ご入金期限：令和7年9月19日（金）」 among others; the ご利用残高 818,400円 "
                        "(a balance for reference, not the claim) and ご利用限度額 1,000,000円 as distractors; arrears only "
                        "(lump false, no 喪失 date); 照会番号 as the reference; the guarantor named in the warning box")


# ---------------------------------------------------------------------------------------------
# cv03 エム・ユー・フロンティア債権回収 (real) 競売後の残債務 一括請求, 2 pages (p.2 the 配当 充当明細).


def cv03():
    R = 14.0
    issued, due = D(2026, 3, 10), D(2026, 3, 31)
    acc, lastp, assign, divday = D(2023, 6, 27), D(2023, 3, 27), D(2024, 9, 30), D(2026, 2, 18)
    P0 = 24_106_300  # 元本 before the 配当
    L0 = late(P0, R, acc + ONE, divday)  # 損害金 to the 配当期日
    C0 = 1_264_800  # 執行費用 (the auction's costs)
    DIV = 19_980_000
    take_p = DIV - C0 - L0
    P = P0 - take_p
    assert take_p > 0
    L = late(P, R, divday + ONE, issued)
    T = P + L
    f = lambda d: fw(era(d))  # noqa: E731
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 8, color=None, fill=(0.75, 0.05, 0.10)))
    p.at(15, 18, "エム・ユー・フロンティア債権回収株式会社", size=12.5, font="sans-bold")
    p.at(196, 18, f(issued), size=10, align="r")
    p.at(196, 23, "債権管理番号　ＭＦ－２４０９－１１８３", size=9, align="r")
    p.y = 30
    p.line("〒010-0000　秋田県秋田市楓ケ丘九丁目9番9号", size=10)
    p.line("石母田　隆之　殿", size=13)
    p.gap(6)
    p.title("競売手続終了後の残債務について（ご請求）", size=14.5)
    p.para(f"貴殿に対する下記債権（原債権者　株式会社つばらか銀行）は、{f(assign)}付で当社が譲り受けたものですが、担保不動産"
           f"競売事件（秋田地方裁判所　令和６年（ケ）第４１号）において、{f(divday)}の配当期日に配当金の交付を受け、これを"
           "別紙のとおり充当いたしました。")
    p.para("しかしながら、配当金充当後もなお下記の債務が残存しております。つきましては、下記ご請求額を下記期限までに一括して"
           "お支払いくださいますようご請求いたします。")
    p.gap(2)
    p.line("１．ご請求額", size=10.5, font="sans-bold")
    p.table([["項目", "金額"], ["残元本（配当金充当後）", f"{P:,}円"],
             [f"遅延損害金（{fw(f'{(divday + ONE).month}月{(divday + ONE).day}日')}から{fw(f'{issued.month}月{issued.day}日')}まで・年14％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]],
            [118, 50], x=22, header=True, aligns="lr", size=10, row_h=8)
    p.gap(2)
    p.line("２．お支払期限", size=10.5, font="sans-bold")
    p.line(f"　　{f(due)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.gap(1)
    p.line("３．お振込先", size=10.5, font="sans-bold")
    p.line("　　さきわい信託銀行　本店　普通預金　０４６６１２８　エムユーフロンティアサイケンカイシュウ（カ", size=9.5)
    p.gap(1)
    p.line("４．原契約等", size=10.5, font="sans-bold")
    p.kv([("原契約", "平成24年10月5日付　金銭消費貸借契約（住宅資金）　当初貸付金額 金29,800,000円"),
          ("最終弁済日", f(lastp)), ("期限の利益喪失日", f(acc)), ("債権譲受日", f(assign))],
         x=26, label_w=34, size=9.5)
    p.gap(3)
    p.para("※残元本には、完済に至るまで年14％の割合による遅延損害金が引き続き発生いたします。一括でのお支払いが困難な場合は、"
           "期限までに担当者へご相談ください。", size=9, indent="")
    p.gap(5)
    for s, sz in (("エム・ユー・フロンティア債権回収株式会社", 11), ("東北管理グループ　担当　真家", 9.5),
                  ("〒980-0000 宮城県仙台市青葉区葡萄坂九丁目9番9号", 8.5), ("TEL 022-000-7461 ／ FAX 022-000-7462", 9.5)):
        p.line(s, x=104, size=sz, font="sans-bold" if sz == 11 else None)
    p.seal(188, p.y - 16, 13, "square", "エム・ユー・フロンティア債権回収之印", angle=-3, seed=91031)
    # page 2: 配当金充当明細 (distractors)
    q = Page(font="sans", size=10, top=18)
    q.at(196, 16, "（別紙）", size=10, align="r")
    q.title("配当金充当明細", size=14)
    q.kv([("事件番号", "秋田地方裁判所　令和６年（ケ）第４１号"), ("配当期日", f(divday)),
          ("交付を受けた配当金", f"{DIV:,}円")], x=22, label_w=44, size=10)
    q.gap(3)
    q.line("（単位：円）", x=190, size=8.5, align="r", advance=0.8)
    q.table([["項目", "充当前", "配当金充当額", "充当後"],
             ["執行費用（立替分）", f"{C0:,}", f"{C0:,}", "0"],
             ["遅延損害金（配当期日まで）", f"{L0:,}", f"{L0:,}", "0"],
             ["元本", f"{P0:,}", f"{take_p:,}", f"{P:,}"],
             ["計", f"{C0 + L0 + P0:,}", f"{DIV:,}", f"{P:,}"]],
            [56, 38, 38, 38], x=20, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.gap(3)
    q.para("※充当の順序は、費用、遅延損害金、元本の順によります（民法第489条）。", size=9, indent="")
    q.para("※売却代金　金20,310,000円（手続費用控除前）。配当表の写しをご希望の方は担当者までお申し出ください。", size=9, indent="")
    q.gap(6)
    q.line("物件の表示", size=10, font="sans-bold")
    q.para("所在　秋田県秋田市楓ケ丘九丁目　地番 9番9　宅地 198.34平方メートル／家屋番号 9番9　木造スレート葺2階建 居宅 "
           "1階 66.24平方メートル 2階 57.96平方メートル", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="エム・ユー・フロンティア債権回収株式会社", phone="022-000-7461",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed", original="株式会社つばらか銀行",
               debtor="石母田隆之", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="MF-2409-1183",
               input_kind="pdf_text_2page", template="proxy91_servicer_remainder_after_auction_allocation_sheet",
               received=D(2026, 3, 12))
    return dict(stem="cv03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer 一括請求 after the 競売 配当, 2 pages)",
                unusual="digital 2-page letter of a real servicer ★ エム・ユー・フロンティア債権回収 that prints NO licence number "
                        "(→ licensed, licence null); red top band; 殿; every date full-width era; a 項目/金額 table 残元本（配当金"
                        "充当後） / 遅延損害金（２月19日から３月10日まで・年14％） / ご請求額合計 (no interest); a kv 原契約 "
                        "block with 当初貸付金額 29,800,000 (distractor); full-width 債権管理番号; p.2 別紙 配当金充当明細 with "
                        "充当前 / 配当金充当額 / 充当後 columns, the 配当金, 売却代金 and the (ケ) case number (all distractors) and "
                        "the 物件の表示 in 平方メートル")


# ---------------------------------------------------------------------------------------------
# cv04 かぎろひ信用金庫 縦書き 期限の利益喪失通知 (催告期限の経過による喪失), digital.


def cv04():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 3)
    warn, acc, lastp = D(2025, 12, 15), D(2025, 12, 26), D(2025, 9, 25)
    P, I = 2_846_000, 31_208
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    k = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間の令和三年五月十七日付金銭消費貸借契約（カーライフローン、貸付金額金四百万円）に基づく"
                 f"毎月の分割弁済金の支払を、{kdate(lastp)}の支払を最後に遅滞しております。"),
        ("body", f"そこで当金庫は、{kdate(warn)}付書面をもって延滞金の支払を催告いたしましたが、催告期限である{kdate(acc)}を"
                 "経過してもお支払いがありませんでした。"),
        ("body", f"よって、貴殿は信用金庫取引約定書第五条第二項の定めにより、{kdate(acc)}の経過をもって本件債務全額について"
                 "期限の利益を喪失いたしました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当金庫本店融資管理課へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、貸付残元金　　{k(P)}"),
        ("indent", f"二、未収利息　　　{k(I)}"),
        ("indent", f"三、遅延損害金　　{k(L)}"),
        ("plain", "　　（令和七年十二月二十七日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四、合計　　　　　{k(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、連帯保証人平舘恒子殿への請求その他の法的手続に移行いたしますので、"
                 "念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県長野市蓮沼東九丁目九番九号"),
        ("low", "かぎろひ信用金庫"),
        ("low", "融資管理課長　千木良　篤"),
        ("low", "電話　〇二六（〇〇〇）三九一五"),
        ("blank", ""),
        ("low", "長野県須坂市栗林台九丁目九番九号"),
        ("low", "平舘　正吾　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 91041))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "千木良" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "square", "かぎろひ信用金庫融資管理課長印",
                         angle=3, seed=91042))
    tr = truth(document_type="acceleration_notice", sender="かぎろひ信用金庫", phone="026-000-3915",
               creditor="かぎろひ信用金庫", status="not_applicable", debtor="平舘正吾", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy91_vertical_shinkin_acceleration_after_demand", received=D(2026, 1, 22))
    return dict(stem="cv04", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明)",
                unusual="digital 縦書き 期限の利益喪失通知書 of a 信用金庫 with the 内容証明 stamp: positional kanji amounts "
                        "(金二百八十四万六千円 …) in 一、 items; the earlier 催告 date 令和七年十二月十五日 and its deadline "
                        "十二月二十六日 (= acceleration 「の経過をもって」); the 令和三年 car-loan contract with 貸付金額金四百万円 "
                        "and 約定書第五条第二項 as distractors; the 連帯保証人 named; phone in kanji digits; NO reference "
                        "number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# cv05 ゼフィール保証 代位弁済のご通知 of cv02's card loan (沼倉), digital.


def cv05():
    R = 14.6
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    subro, acc = D(2025, 12, 1), D(2025, 10, 24)
    S_p, S_i = MY_BAL, 24_299 + 12_106 + 12_090  # the bank's claim paid by the guarantor (history)
    S_l = late(S_p, 18.0, acc + ONE, subro)
    S = S_p + S_i + S_l
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=16)
    p.add(Box(15, 12, 4, 16, color=None, fill=PLUM))
    p.at(22, 19, "ゼフィール保証株式会社", size=14, font="sans-bold", color=PLUM)
    p.at(22, 25, "Zephyr Guarantee Co., Ltd.", size=7.5, color=PLUM)
    p.at(196, 18, f"{issued.year}年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(196, 23, "保証番号　ZG5-0038217", size=9, align="r")
    p.y = 34
    p.line("沼倉　美穂子　様", size=13)
    p.line("（埼玉県さいたま市見沼区鴫野浜九丁目9番9号）", size=8.5)
    p.gap(6)
    p.title("代位弁済完了のご通知およびご請求", size=14.5)
    p.para("お客様が株式会社みやまえ銀行でご利用の「みやまえカードローン」につきましては、当社が保証しておりますところ、"
           f"お客様が{acc.year}年{acc.month}月{acc.day}日に期限の利益を喪失されましたので、当社は保証委託契約に基づき、下記のとおり"
           "同行に対し代位弁済いたしました。")
    p.para("これにより、当社はお客様に対して求償権を取得いたしましたので、下記ご請求額をお支払期日までに一括してお支払い"
           "くださいますようお願いいたします。")
    p.gap(2)
    p.line("■ 代位弁済の内容", size=10.5, font="sans-bold")
    p.table([["代位弁済日", f"{subro.year}年{subro.month}月{subro.day}日"],
             ["代位弁済金額", f"{S:,}円（元金 {S_p:,}円・利息 {S_i:,}円・損害金 {S_l:,}円）"],
             ["代位弁済先", "株式会社みやまえ銀行　見沼支店"],
             ["最終ご返済日", f"{MY_LASTP.year}年{MY_LASTP.month}月{MY_LASTP.day}日"]],
            [40, 126], x=22, aligns="ll", size=9.5, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.line(f"■ ご請求額（{issued.year}年{issued.month}月{issued.day}日現在）", size=10.5, font="sans-bold")
    p.table([["求償金元金", "求償金元金に対する損害金", "ご請求額"],
             [f"{S:,}円", f"{L:,}円", f"{T:,}円"]],
            [56, 56, 54], x=22, header=True, aligns="rrr", size=10.5, row_h=9)
    p.line("損害金は、代位弁済日の翌日から完済の日まで求償金元金に対し年14.6％（1年を365日とする日割計算）です。",
           x=22, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 12, 0.8))
    p.at(26, y + 8, "お支払期日", size=11, font="sans-bold")
    p.at(60, y + 8.3, f"{due.year}年{due.month}月{due.day}日（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先：みやまえ銀行 本店営業部 当座預金 0102938 ゼフィールホショウ（カ　※振込手数料はお客様のご負担となります。",
           size=9.3, indent="")
    p.para("今後、みやまえ銀行へのご返済はできません。お支払いおよびご相談は当社までお願いいたします。", size=9.3, indent="")
    p.gap(5)
    for s, sz in (("ゼフィール保証株式会社　債権管理部", 10.5), ("〒104-0000 東京都中央区山桃九丁目9番9号", 8.5),
                  ("TEL 03-0000-6614　FAX 03-0000-6615　（受付 平日9:00～17:30）", 9),
                  ("担当　内海", 9), ("貸金業登録番号 関東財務局長（5）第01733号　日本貸金業協会会員第005561号", 7.5)):
        p.line(s, x=100, size=sz)
    tr = truth(document_type="acceleration_notice", sender="ゼフィール保証株式会社", phone="03-0000-6614",
               creditor="ゼフィール保証株式会社", status="not_applicable", original="株式会社みやまえ銀行",
               debtor="沼倉美穂子", total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=MY_LASTP, reference="ZG5-0038217",
               input_kind="pdf_text", template="proxy91_guarantor_subrogation_card_loan_three_cell_table",
               received=D(2025, 12, 15))
    return dict(stem="cv05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済 of cv02's card loan)",
                unusual="digital 代位弁済完了のご通知およびご請求 of the guarantor of cv02's card loan: a shaded-label 代位弁済の内容 "
                        "table whose 代位弁済金額 row carries its 元金 / 利息 / 損害金 split in brackets (history); the claim as a "
                        "THREE-cell header table 求償金元金 / 求償金元金に対する損害金 / ご請求額 (no interest); the bank's 喪失 "
                        "date only in the prose; 保証番号 as the reference; western 年月日 dates; 貸金業登録番号, 協会会員番号 "
                        "and FAX as distractors")


# ---------------------------------------------------------------------------------------------
# cv06 joint 債権譲渡通知: ペンタスローン → 玉藻債権回収 (invented, 第253号); scanned.

TM_P, TM_I, TM_R = 624_180, 18_402, 20.0
TM_ACC, TM_LASTP, TM_ASSIGN = D(2025, 5, 8), D(2025, 2, 27), D(2025, 9, 30)
TM_REF = "TM-2509-40617"


def cv06():
    issued = D(2025, 10, 3)
    L = late(TM_P, TM_R, TM_ACC + ONE, TM_ASSIGN)
    T = TM_P + TM_I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.y = 24
    p.line("〒520-0000", size=10)
    p.line("滋賀県大津市欅台九丁目9番9号　メゾン欅台105", size=10)
    p.line("野路　健太　殿", size=13)
    p.gap(2)
    blocks = [("譲渡人", "東京都新宿区榧の木九丁目9番9号", "株式会社ペンタスローン", "代表取締役　土肥　克典", "ペンタスローン代表者印", None),
              ("譲受人", "大阪府大阪市中央区檀原九丁目9番9号", "玉藻債権回収株式会社", "代表取締役　幕内　透", "玉藻債権回収代表者印",
               "法務大臣許可番号　第253号")]
    for i, (role, addr, name, rep, seal, lic) in enumerate(blocks):
        y = p.y
        p.at(92, y + 4, f"（{role}）", size=9.5)
        p.at(110, y + 4, addr, size=9.5)
        p.at(110, y + 9.5, name, size=11, font="serif-bold")
        p.at(110, y + 15, rep, size=10)
        if lic:
            p.at(110, y + 20.5, lic, size=9.5)
        p.seal(186, y + 12, 13, "round", seal, angle=-5 + 8 * i, seed=91061 + i)
        p.y = y + (25 if lic else 20)
    p.gap(3)
    p.title("債権譲渡及び譲受のご通知", size=15.5, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para(f"さて、譲渡人は、貴殿に対して有する下記債権（元本、利息、遅延損害金その他一切の付帯債権を含みます。）を、{era(TM_ASSIGN)}"
           "付で譲受人に譲渡いたしましたので、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("つきましては、今後のお支払い並びにお問い合わせは、すべて譲受人宛てにお願い申し上げます。譲受人よりあらためて"
           "お支払方法についてご案内いたします。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["原契約", "令和2年8月20日付　ペンタスカードローン契約（極度額 500,000円）"],
             ["会員番号", "5038-****-****-7710"],
             ["期限の利益喪失日", era(TM_ACC)],
             ["最終ご返済日", era(TM_LASTP)],
             ["債権譲渡日", era(TM_ASSIGN)]],
            [40, 130], x=20, aligns="ll", size=9.5, row_h=7.2, shade_col0=True)
    p.gap(2)
    p.line(f"譲渡債権の額（{era(TM_ASSIGN)}現在）", x=20, size=10, font="serif-bold")
    p.table([["元金", f"{TM_P:,}円"], ["利息", f"{TM_I:,}円"],
             ["遅延損害金（年20.0％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [70, 50], x=20, aligns="lr", size=10, row_h=7.2, ruled="rows")
    p.gap(3)
    p.para("※上記元金に対しては、譲渡日の翌日以降も完済まで年20.0％の割合による遅延損害金が発生します。", size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.3))
    p.at(24, y + 5.5, "【お問い合わせ先】", size=9.5, font="serif-bold")
    p.at(24, y + 11, "譲受人　玉藻債権回収株式会社　管理部　担当 矢板　電話 0120-000-253（平日9時～18時）", size=9.5)
    p.at(24, y + 16.5, f"お客様番号　{TM_REF}　（お問い合わせの際にお伝えください）", size=9.5)
    p.at(24, y + 22, "譲渡人　株式会社ペンタスローン　お客様センター　電話 03-0000-4120", size=8.5)
    tr = truth(document_type="assignment_notice", sender="玉藻債権回収株式会社", license_number=253, phone="0120-000-253",
               creditor="玉藻債権回収株式会社", status="unverified", original="株式会社ペンタスローン", debtor="野路健太",
               total=T, principal=TM_P, interest=TM_I, late_damages=L, rate=TM_R, lump=False, issued=issued,
               payment_due=None, acceleration=TM_ACC, last_payment=TM_LASTP, assignment=TM_ASSIGN, reference=TM_REF,
               input_kind="scan_png", template="proxy91_joint_assignment_notifiers_above_title",
               received=D(2025, 10, 6))
    return dict(stem="cv06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="assignment_notice (joint, consumer lender → invented servicer)",
                unusual="joint 債権譲渡及び譲受のご通知 scanned: the two notifier blocks (譲渡人 / 譲受人 with round seals) stacked "
                        "ABOVE the title, right of the addressee; INVENTED servicer 玉藻債権回収 with 「法務大臣許可番号　第253号」 "
                        "(→ unverified); a shaded-label 記 table (原契約 with 極度額, masked 会員番号, 喪失日, 最終ご返済日, "
                        "債権譲渡日) and a rows-ruled 元金 / 利息 / 遅延損害金（年20.0％） / 合計 table; informs only (no payment "
                        "date); the お客様番号 and both phones in a contact box (the 譲渡人's phone is a distractor)")


# ---------------------------------------------------------------------------------------------
# cv07 ニッテレ債権回収 (real) 受託通知 for 真秀銀行's free loan; iPhone HEIC.


def cv07():
    R = 14.0
    issued, due = D(2026, 4, 14), D(2026, 4, 30)
    entrust, acc, lastp = D(2026, 4, 1), D(2026, 1, 15), D(2025, 10, 31)
    P, I = 1_372_500, 26_930
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 30, 11, color=None, fill=TEAL))
    p.at(30, 19.6, "ニッテレ", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(48, 17.5, "ニッテレ債権回収株式会社", size=12, font="sans-bold", color=TEAL)
    p.at(48, 22, "法務大臣許可　第7号", size=8, color=TEAL)
    p.at(196, 17, f"発行日：{era(issued)}", size=9.5, align="r")
    p.y = 30
    p.line("〒963-0000", size=10)
    p.line("福島県郡山市小鹿野台九丁目9番9号", size=10)
    p.line("宮入　達也　様", size=13.5)
    p.gap(6)
    p.title("債権管理回収業務の受託について（ご通知）", size=14.5, color=TEAL)
    p.para(f"当社は、株式会社真秀銀行（以下「委託元」といいます。）から、{era(entrust)}付で、お客様と委託元との間のご契約に基づく"
           "債権の管理及び回収業務の委託を受けました。")
    p.para("なお、債権者は引き続き委託元であり、当社は委託元に代わってお支払いを受領いたします。今後のご返済、お問い合わせは"
           "当社へお願いいたします。")
    p.para(f"お客様は{era(acc)}に期限の利益を喪失されております。下記ご請求金額を期日までに一括してお支払いください。")
    p.gap(2)
    y = p.y
    w = 45.25
    cells = [("委託元（債権者）", "株式会社真秀銀行"), ("ご契約", "真秀フリーローン"), ("お客様番号", "NT-1604-27735"),
             ("最終お支払日", era(lastp))]
    from samples.letters.proxydraw import cell
    for i, (a, b) in enumerate(cells):
        cell(p, 15 + i * w, y, w, 14, a, b, vsize=9.5)
    p.y = y + 19
    p.line(f"ご請求金額の内訳（{era(issued)}現在）", size=10, font="sans-bold", x=15)
    x0, x1 = 22, 130
    for lab, val in (("ご融資残元金", f"{P:,}円"), ("約定利息（期限の利益喪失日まで）", f"{I:,}円"),
                     ("遅延損害金（年14.0％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1.5)
    b = p.line("ご請求金額", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.add(Box(140, y + 20, 56, 26, 1.0, TEAL))
    p.at(168, y + 27, "お支払期日", size=10, font="sans-bold", align="c", color=TEAL)
    p.at(168, y + 35, era(due), size=11, font="sans-bold", align="c")
    p.at(168, y + 41.5, f"（{wd(due)}曜日）", size=9.5, align="c")
    p.y += 6
    p.para("お振込先　みはる銀行 日本橋支店　普通預金　4410276　ニッテレサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※お客様番号をご依頼人名の前にご入力ください。ご契約番号（委託元）0827-55-1190 ではお振込みいただけません。",
           size=8.8, indent="")
    p.para("※一括でのお支払いが難しい場合は、期日までにご相談ください。ご相談のない場合、委託元の判断により法的手続をとる"
           "ことがあります。", size=8.8, indent="")
    p.gap(5)
    p.add(Line(15, p.y, 196, p.y, 0.3, TEAL))
    p.gap(2)
    for s in ("ニッテレ債権回収株式会社　郡山センター　〒963-0000 福島県郡山市楡町九丁目9番9号",
              "電話 024-000-5570（平日 9:00～17:30）　担当　尾花沢", "法務大臣許可　第7号"):
        p.line(s, x=15, size=9)
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7, phone="024-000-5570",
               creditor="株式会社真秀銀行", status="licensed", original="株式会社真秀銀行", debtor="宮入達也", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=None, reference="NT-1604-27735",
               input_kind="photo_heic", template="proxy91_servicer_entrustment_notice_label_cells", received=D(2026, 4, 16))
    return dict(stem="cv07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.86, warm=0.2, bow=6),
                about="assignment_notice (real servicer 受託通知 with a demand)",
                unusual="iPhone HEIC on a dark cloth with creases, a bulge and lamp glare; real servicer ★ ニッテレ債権回収 with a "
                        "teal logo box 「ニッテレ」 and 「法務大臣許可　第7号」 (no 番号 word) collecting ON COMMISSION for a bank "
                        "(creditor = original = 委託元; the 受託日 is not an assignment); 発行日： label; four label-above-value "
                        "cells (委託元（債権者）, ご契約, お客様番号, 最終お支払日); amount lines ご融資残元金 / 約定利息（期限の"
                        "利益喪失日まで） / 遅延損害金（年14.0％） / ご請求金額; the due date in a teal box with 「（木曜日）」 on "
                        "its own line; the 委託元's ご契約番号 as a distractor")


# ---------------------------------------------------------------------------------------------
# cv08 千葉簡易裁判所 支払督促, creditor カンパニュラカード; 2-page image PDF.


def cv08():
    R = 14.6
    issued, filed = D(2026, 5, 19), D(2026, 5, 7)
    acc, lastp = D(2026, 1, 27), D(2025, 10, 27)
    P, I = 318_640, 12_377
    L = late(P, R, acc + ONE, filed)
    C = 4_062
    T = P + I + L + C
    case_fw = "令和８年（ロ）第１４５２号"
    p = Page(font="serif", size=11, top=22)
    p.at(190, 22, f"事件番号　{case_fw}", size=10.5, align="r")
    p.y = 32
    p.title("支 払 督 促", size=20, font="serif-bold")
    p.gap(3)
    p.kv([("債権者", "株式会社カンパニュラカード"), ("債務者", "豊福　恵美")], x=30, label_w=26, size=11)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　　千葉簡易裁判所", size=11)
    p.line("　　　　　　裁判所書記官　三田村　圭吾", size=11)
    p.seal(158, p.y - 6, 15, "square", "千葉簡易裁判所書記官印", seed=91081)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 62, 0.6))
    p.add(Box(22, y, 166, 8, color=None, fill=SHADE))
    p.at(105, y + 5.8, "この支払督促を受け取った方へ", size=11, font="serif-bold", align="c")
    yy = y + 14
    for s in ("１　請求に異議がある場合は、この支払督促を受け取った日から２週間以内に、同封の督促異議申立書を",
              "　　この裁判所に提出してください。異議の申立てがあると、通常の訴訟手続に移行します。",
              "２　２週間以内に異議の申立てをしないと、債権者の申立てにより仮執行宣言が付され、強制執行を",
              "　　受けるおそれがあります。",
              "３　分割払いなど支払方法について話し合いたい場合も、督促異議申立書にその旨を記載できます。",
              "４　問い合わせ先　千葉簡易裁判所　民事督促係",
              "　　電話　043-000-2157（内線　213）"):
        p.at(26, yy, s, size=9.5)
        yy += 6.3
    q = Page(font="serif", size=10.5, top=20)
    q.line("当　事　者　目　録", align="c", size=13, font="serif-bold")
    q.gap(3)
    q.table([["債権者", "〒260-0000 千葉県千葉市中央区茱萸坂九丁目9番9号"],
             ["", "株式会社カンパニュラカード　代表者代表取締役　葺石　修平"],
             ["送達場所", "同所　債権管理部（電話 043-000-8802 ／ FAX 043-000-8803）"],
             ["債務者", "〒273-0000 千葉県船橋市翡翠台九丁目9番9号"],
             ["", "豊福　恵美"]],
            [30, 140], x=20, aligns="ll", size=9.5, row_h=7.5, shade_col0=True)
    q.gap(4)
    q.line("請　求　の　趣　旨", align="c", size=13, font="serif-bold")
    q.gap(2)
    q.table([["", "金額（円）"], ["１　立替金残額", f"{P:,}"], ["２　未払手数料", f"{I:,}"],
             [f"３　確定遅延損害金（{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％）", f"{L:,}"],
             ["４　督促手続費用", f"{C:,}"], ["合　計", f"{T:,}"]],
            [128, 42], x=20, header=True, aligns="lr", size=9.5, row_h=7.5)
    q.gap(1.5)
    q.para(f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金", size=9.5, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", align="c", size=13, font="serif-bold")
    q.gap(1)
    for s in ("１　債権者は、債務者との間で令和元年11月1日カード会員契約（クレジットカード・ショッピング取引）を締結し、"
              "債務者は同カードを利用して商品を購入し、債権者はその代金を加盟店に立替払いした。",
              f"２　債務者は、{era(lastp)}の支払を最後に分割金の支払を怠り、債権者から20日以上の期間を定めた書面による催告を"
              f"受けたがその期間内に支払わなかったため、{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, size=9.5, indent="")
    q.gap(3)
    q.line(f"申立年月日　{fw(era(filed))}", x=20, size=9.5)
    tr = truth(document_type="payment_order", sender="千葉簡易裁判所", phone="043-000-2157",
               creditor="株式会社カンパニュラカード", status="not_applicable", debtor="豊福恵美", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和８年（ロ）第１４５２号", input_kind="pdf_scan",
               template="proxy91_payment_order_card_company_amount_column", received=D(2026, 5, 22))
    return dict(stem="cv08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, card-company creditor, 2 pages)",
                unusual="支払督促 of 千葉簡裁 as a 2-page image PDF: p.1 the order with the full-width case number top-right, the "
                        "parties as two kv lines and a shaded 「この支払督促を受け取った方へ」 box with the court's phone （内線）; "
                        "p.2 当事者目録 as a shaded-label table (the creditor's 送達場所 phone / FAX are distractors) and "
                        "請求の趣旨 as a 金額（円） table 立替金残額 / 未払手数料 / 確定遅延損害金 with its window / 督促手続費用 / "
                        "合計, the running item ５ under it; 請求の原因 with the 令和元年 contract, the last payment and the 喪失 "
                        "date; 申立年月日 at the foot")


LETTERS = [cv01, cv02, cv03, cv04, cv05, cv06, cv07, cv08]
