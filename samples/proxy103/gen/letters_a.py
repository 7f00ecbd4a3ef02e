"""Proxy set 103, letters dh01–dh08: "the held-out set as a stranger would write it, round 9". The ordinary mail of
people who stopped paying a card, a consumer loan or a housing loan: a real servicer's 督促状 for a bought card debt
(photo), an invented servicer's 催告書 (scan), a real servicer's 一括請求 after the 競売 (2 pages), a card company's
arrears 督促状, a consumer lender's 最終催告書 (HEIC), a bank's 縦書き 期限の利益喪失通知 and the guarantee company's
代位弁済通知 of the same loan by fax, and a joint 債権譲渡通知 scanned on two pages."""

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
    leader,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.02, 0.38, 0.42)
BROWN = (0.42, 0.22, 0.10)
PLUM = (0.40, 0.12, 0.36)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    """金二千百十三万五千四百円 (positional kanji)."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# dh01 セゾン債権回収 (real, 第34号) 督促状 for a bought card debt: window address, leader lines, a payment slip.


def dh01():
    R = 18.0
    issued, due = D(2025, 7, 8), D(2025, 7, 22)
    assign, acc, lastp = D(2025, 5, 30), D(2025, 2, 10), D(2024, 12, 26)
    P, I = 412_380, 6_915
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.at(196, 16, "セゾン債権回収株式会社", size=12.5, font="sans-bold", align="r", color=NAVY)
    p.at(196, 21, "法務大臣許可番号　第34号", size=8.5, align="r")
    p.at(196, 25.5, "〒170-0000 東京都豊島区うすゆき町3丁目14番2号", size=7.8, align="r")
    p.at(196, 29.5, "お客様センター　TEL 0120-000-834", size=8.5, align="r")
    p.at(196, 33.5, "（受付 平日9:30～18:00／土日祝休）", size=7.5, align="r")
    window(p, 15, 14, "862-0000", ["熊本県熊本市東区こがね沢2丁目8番17号", "こがね沢ハイツ203"], "保土田　千尋　様",
           "dh01-bars", w=90, h=36)
    stamp(p, 15, 53, "親展", size=10, h=7)
    p.y = 60
    p.at(196, 63, f"発行日　{slash(issued)}", size=9, align="r")
    p.at(196, 67.5, "お客様番号　3412-77085", size=9, align="r", font="sans-bold")
    p.y = 72
    p.add(Box(15, p.y, 181, 11, color=None, fill=(0.90, 0.93, 0.98)))
    p.at(105.5, p.y + 7.6, "ご入金のお願い（督促状）", size=14, font="sans-bold", align="c", color=NAVY)
    p.y += 15
    p.para(f"平素より格別のご高配を賜り厚く御礼申し上げます。当社が{slash(assign)}付で葛城カード株式会社より譲り受けました"
           "貴殿のカードご利用代金債権について、これまでにご案内を差し上げておりますが、本日現在ご入金の確認ができて"
           "おりません。", size=9.6)
    p.para(f"貴殿は{slash(acc)}に期限の利益を喪失されておりますので、下記ご請求金額を{slash(due)}（{wd(due)}）までに一括して"
           "お支払いくださいますようお願い申し上げます。", size=9.6)
    p.gap(2)
    p.line(f"ご請求内容（{slash(issued)}現在）", x=20, size=10, font="sans-bold")
    p.gap(1)
    for lab, v in (("ご請求元金", f"{P:,}円"), ("未収利息", f"{I:,}円"), (f"遅延損害金（年{R}％）", f"{L:,}円")):
        leader(p, lab, v, 26, 150, size=10)
    p.add(Line(26, p.y + 0.3, 150, p.y + 0.3, 0.5))
    p.gap(1.5)
    leader(p, "ご請求金額計", f"{T:,}円", 26, 150, size=11, font="sans-bold")
    p.gap(2)
    grid(p, 20, p.y, [30, 58, 30, 52],
         [["原債権者", "葛城カード株式会社", "お支払期日", f"{slash(due)}（{wd(due)}）"],
          ["債権譲受日", slash(assign), "最終ご入金日", slash(lastp)],
          ["ご契約番号", "KC-20190411-0638", "喪失日", slash(acc)]], h=7.2, size=9, bold={(0, 3)})
    p.y += 3 * 7.2 + 3
    p.para("※お支払いが困難な場合は、お支払期日までにお客様センターへご相談ください。ご連絡のないまま期日を過ぎますと、"
           "法的手続きに移行することがございます。", size=8.6, indent="")
    p.para("※本状と行き違いにご入金いただきました際は、何卒ご容赦ください。", size=8.6, indent="")
    slip(p, 212, account="00190-3-612834", payee="セゾン債権回収株式会社", amount=T, payer="保土田　千尋",
         note=["お客様番号 3412-77085", f"ご請求金額 {T:,}円", f"{slash(issued)}現在"], key="dh01",
         bank_line="この払込取扱票は郵便局・ゆうちょ銀行でご利用いただけます。払込手数料はお客様のご負担となります。")
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-834", creditor="セゾン債権回収株式会社", status="licensed", original="葛城カード株式会社",
               debtor="保土田千尋", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="3412-77085",
               input_kind="photo_jpeg", template="proxy103_servicer_card_dunning_leaders_slip", received=D(2025, 7, 10))
    return dict(stem="dh01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.045, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer 督促状, bought card debt)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "セゾン債権回収 (「法務大臣許可番号　第34号」) in a right-aligned sender block at the top, the window "
                        "address on the LEFT; slash dates 2025/07/08 everywhere; amounts as dotted-leader lines ご請求元金 / "
                        "未収利息 / 遅延損害金（年18.0％） / ご請求金額計; a shaded 3×2 grid (原債権者, お支払期日, 債権譲受日, "
                        "最終ご入金日, ご契約番号, 喪失日); a 払込取扱票 at the foot repeating the total, with an 口座記号番号")


# ---------------------------------------------------------------------------------------------
# dh02 晴嵐債権回収 (invented, 第246号) 催告書: label：value lines, 金 … 円 spaced amounts, the deadline only in prose.

RS_P, RS_I, RS_R = 683_204, 12_870, 20.0
RS_ACC, RS_LAST, RS_ASSIGN = D(2025, 4, 15), D(2025, 2, 27), D(2025, 8, 1)
RS_REF = "SR-709-2231"


def dh02():
    issued, due = D(2025, 9, 16), D(2025, 9, 30)
    P, I, R = RS_P, RS_I, RS_R
    L = late(P, R, RS_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.line(era(issued), align="r", size=10)
    p.gap(2)
    p.line("〒990-0000", size=10)
    p.line("山形県山形市やまもも台五丁目6番地の3", size=10)
    p.line("羽入　健吾　殿", size=13)
    p.gap(2)
    y0 = p.y
    for s in ("晴嵐債権回収株式会社", "法務大臣許可番号　第246号", "〒980-0000 仙台市青葉区きささげ通一丁目2番5号",
              "管理部　電話 022-000-2460"):
        p.line(s, x=120, size=10.5 if "株式会社" in s else 9.2, font="serif-bold" if "株式会社" in s else None)
    p.seal(170, y0 + 3.5, 12, "square", "晴嵐債権回収印", angle=2, seed=103021)
    p.gap(5)
    p.title("催　告　書", size=17, font="serif-bold")
    p.para("前略　当社は、株式会社エルモファイナンス（以下「原債権者」といいます。）から、貴殿に対する下記債権を譲り受け、"
           "その旨の通知は原債権者及び当社から既に差し上げております。")
    p.para("しかるに、現在に至るまで貴殿からのお支払いはなく、ご連絡もいただけておりません。貴殿は既に期限の利益を喪失して"
           f"おられますので、本書をもって、下記請求金額を{era(due)}（{wd(due)}）までに一括してお支払いいただくよう催告いたします。")
    p.para("上記期日までにお支払い又はご連絡のない場合には、やむを得ず法的手続に移行いたしますので、予めご承知おき願います。")
    p.line("草々", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [("管理番号", RS_REF), ("原債権者", "株式会社エルモファイナンス"), ("原契約", "極度借入基本契約（令和2年10月5日締結）"),
            ("債権譲受日", era(RS_ASSIGN)), ("最終弁済日", era(RS_LAST)), ("期限の利益喪失日", era(RS_ACC))]
    p.kv(rows, x=28, label_w=40, sep="：", size=10)
    p.gap(2)
    p.line(f"請求金額（{era(issued)}現在）", x=28, size=10.5, font="serif-bold")
    for lab, v in (("貸付残元金", P), ("経過利息", I), ("損害金", L), ("合計請求額", T)):
        b = p.line(lab + "：", x=36, size=10.5, font="serif-bold" if lab.startswith("合計") else None)
        p.at(150, b, f"金　{v:,}　円", size=10.5, align="r", font="serif-bold" if lab.startswith("合計") else "serif")
    p.add(Line(36, p.y - 5.6, 150, p.y - 5.6, 0.3))
    p.para(f"（損害金は、貸付残元金に対する{era(RS_ACC + timedelta(1))}から本書作成日までの年{R}％の割合によるものです。"
           "本書作成日の翌日以降も同様に発生いたします。）", x0=36, x1=190, size=9, indent="")
    p.gap(2)
    p.kv([("お振込先", "ほしあかり銀行 仙台支店 普通預金 2460913 セイランサイケンカイシュウ（カ"),
          ("ご注意", "お振込みの際は、ご依頼人名の前に管理番号をご入力ください。")], x=28, label_w=26, sep="：", size=9.5)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="晴嵐債権回収株式会社", license_number=246,
               phone="022-000-2460", creditor="晴嵐債権回収株式会社", status="unverified",
               original="株式会社エルモファイナンス", debtor="羽入健吾", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=RS_ACC, last_payment=RS_LAST,
               assignment=RS_ASSIGN, reference=RS_REF, input_kind="scan_png",
               template="proxy103_invented_servicer_saikoku_colon_lines", received=D(2025, 9, 18))
    return dict(stem="dh02", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer 催告書, consumer loan)",
                unusual="formal serif 催告書 (前略 … 草々) of an INVENTED servicer 晴嵐債権回収 with 「法務大臣許可番号　第246号」 "
                        "(→ unverified) in a sender block on the right under the addressee (殿); the deadline ONLY inside a "
                        "sentence of the body; 記 with label：value lines (管理番号, 原債権者, 原契約 令和2年, 債権譲受日, "
                        "最終弁済日, 期限の利益喪失日) and amounts as 「金　683,204　円」 (spaced) under the new labels 貸付残元金 / "
                        "経過利息 / 損害金 / 合計請求額; the rate only in the bracketed note under them")


# ---------------------------------------------------------------------------------------------
# dh03 住宅債権管理回収機構 (real, 第91号) 一括請求 after the 競売, 2 pages: p.2 the 配当 summary (distractors).


def dh03():
    R = 14.5
    issued, due = D(2026, 3, 10), D(2026, 3, 31)
    divday, assign, acc, lastp = D(2026, 1, 28), D(2024, 10, 1), D(2024, 6, 6), D(2024, 2, 27)
    P = 6_842_115
    L = late(P, R, divday + timedelta(1), issued)
    T = P + L
    P0, I0, L0 = 24_103_560, 96_410, 2_034_877
    Dv = P0 + I0 + L0 - P
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 14, color=None, fill=BROWN))
    p.at(22, 19, "株式会社住宅債権管理回収機構", size=13, font="sans-bold", color=BROWN)
    p.at(22, 24.5, "法務大臣許可　第91号　　債権管理第三部", size=8.5, color=BROWN)
    p.at(196, 18, era(issued, True), size=9.5, align="r")
    p.at(196, 23, "お客様番号　ＪＫ－２６０３－５５１", size=9.5, align="r")
    p.y = 34
    p.line("〒960-0000　福島県福島市しらかし坂7丁目2番11号", size=9.5)
    p.line("桐越　正和　様", size=13.5)
    p.gap(6)
    p.title("ご返済残額の一括ご請求について", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para("当社が株式会社ほしあかり銀行から譲り受けました貴殿の住宅ローン債権につきましては、担保不動産競売の配当により一部が"
           "回収されました。しかしながら、配当金を充当した後も、なお下記のとおり残債務がございます。")
    p.para(f"つきましては、下記ご請求額を{era(due, True)}（{wd(due)}）までに一括してお支払いくださいますようお願い申し上げます。"
           "一括でのお支払いが難しい場合は、同日までに担当者へご相談ください。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("記", align="c")
    head = ["ご請求の内訳", "金額（円）"]
    rows = [["充当後残元金", f"{P:,}"], [f"遅延損害金（配当期日の翌日から{era(issued, True)}まで・年{R}％）", f"{L:,}"],
            ["ご請求額", f"{T:,}"]]
    p.table([head] + rows, [130, 45], x=18, header=True, aligns="lr", size=10, row_h=8.5)
    p.gap(2)
    p.kv([("お支払期限", f"{era(due, True)}（{wd(due)}）"),
          ("お振込先", "こがね沢信託銀行 本店営業部 普通 0910551 ジュウタクサイケンカンリカイシュウキコウ（カ"),
          ("お問合せ", "債権管理第三部　024-000-9105（平日9:00～17:00）")], x=18, label_w=28, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 175, 26, 0.3, GRAY))
    p.at(22, y + 6, "ご参考", size=9.5, font="sans-bold")
    for i, s in enumerate([f"原債権者　株式会社ほしあかり銀行（債権譲受日 {era(assign, True)}）",
                           f"期限の利益喪失日　{era(acc, True)}　　最終ご返済日　{era(lastp, True)}",
                           f"配当期日　{era(divday, True)}（福島地方裁判所　令和6年（ケ）第88号）",
                           "配当金の充当の明細は、2枚目をご覧ください。"]):
        p.at(22, y + 11.5 + i * 4.4, s, size=8.8)
    q = Page(font="sans", size=10, top=16)
    q.line("（2／2）", align="r", size=9)
    q.title("配当金充当明細書", size=14)
    q.line("事件番号　福島地方裁判所　令和6年（ケ）第88号　担保不動産競売事件", size=9.5)
    q.line(f"配当期日　{era(divday, True)}　　売却代金　27,350,000円", size=9.5)
    q.gap(3)
    q.table([["項目", "充当前", "充当額", "充当後"],
             ["元金", f"{P0:,}", f"{P0 - P:,}", f"{P:,}"],
             ["利息", f"{I0:,}", f"{I0:,}", "0"],
             ["遅延損害金（配当期日まで）", f"{L0:,}", f"{L0:,}", "0"],
             ["計", f"{P0 + I0 + L0:,}", f"{Dv:,}", f"{P:,}"]],
            [64, 38, 38, 38], x=16, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.line("（単位：円）", x=160, size=8.5)
    q.gap(3)
    for s in ("１　配当金は、遅延損害金、利息、元金の順に充当いたしました。",
              "２　売却代金から手続費用及び先順位の配当額を控除した残額が当社への配当額となっております。",
              "３　充当後残元金に対しては、配当期日の翌日から完済の日まで年14.5％の割合による遅延損害金が発生いたします。",
              "４　当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。"):
        q.para(s, x0=18, x1=192, size=9.2, indent="")
    assert Dv < 27_350_000
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="024-000-9105", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社ほしあかり銀行", debtor="桐越正和", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JK-2603-551", input_kind="pdf_text_2page",
               template="proxy103_servicer_rest_after_auction_two_pages", received=D(2026, 3, 12))
    return dict(stem="dh03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 after the 競売, 2 pages)",
                unusual="digital letter of a real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可　第91号」 beside a "
                        "brown bar logo; full-width era dates （令和８年３月１０日）; full-width お客様番号 ＪＫ－２６０３－５５１; a "
                        "header table ご請求の内訳 / 金額（円） with 充当後残元金 / 遅延損害金（配当期日の翌日から…・年14.5％） / "
                        "ご請求額 (no interest); the 原債権者, 喪失日, 最終ご返済日 and the (ケ) case only in a framed ご参考 box; "
                        "p.2 配当金充当明細書 with 充当前 / 充当額 / 充当後 columns and 売却代金 27,350,000 (distractors)")


# ---------------------------------------------------------------------------------------------
# dh04 葛城カード 督促状 for two missed monthly payments (arrears only), digital; slash dates, 会員番号 masked.


def dh04():
    R = 14.6
    issued, due = D(2025, 7, 11), D(2025, 7, 25)
    lastp = D(2025, 4, 28)
    rows = [(D(2025, 5, 27), 21_300, 5_842), (D(2025, 6, 27), 21_600, 5_417)]
    calc = [(d, pr, fe, late(pr, R, d + timedelta(1), issued)) for d, pr, fe in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 15, color=None, fill=PLUM))
    p.at(20, 22, "KATSURAGI CARD", size=13, font="sans-bold", color=WHITE)
    p.at(192, 19, "葛城カード株式会社", size=11, font="sans-bold", color=WHITE, align="r")
    p.at(192, 24, "お客様サービスセンター", size=8, color=WHITE, align="r")
    p.y = 32
    p.line("〒730-0000　広島県広島市中区ひがら通4-3-18", size=9.5)
    p.line("加勢　美緒　様", size=13)
    p.at(196, 36, f"{slash(issued)}", size=9.5, align="r")
    p.at(196, 41, "お問合せ番号　KC-0711-4452", size=9.5, align="r")
    p.at(196, 46, "会員番号　4627-38＊＊-＊＊＊＊-1905", size=8.5, align="r")
    p.gap(8)
    p.title("カードご利用代金のお支払いについて（ご請求）", size=14)
    p.para("いつも葛城カードをご利用いただきありがとうございます。", size=9.8)
    p.para("さて、下記のお支払日にご指定口座から口座振替ができず、その後もご入金が確認できておりません。下記金額を"
           f"{slash(due)}（{wd(due)}）までに、お振込みまたはコンビニ払込票にてお支払いください。", size=9.8)
    p.gap(2)
    head = ["お支払日", "元金", "手数料", "遅延損害金", "小計"]
    body = [[slash(d), f"{pr:,}", f"{fe:,}", f"{lt:,}", f"{pr + fe + lt:,}"] for d, pr, fe, lt in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [36, 34, 34, 36, 38], x=18, header=True, aligns="crrrr", size=9.6, row_h=8)
    p.line(f"（単位：円）　遅延損害金は各回の元金に対し年{R}％、お支払日の翌日から本状作成日までの日割計算です。", x=18, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 178, 18, 0.8, PLUM))
    p.at(24, y + 7.5, "今回ご入金いただく金額", size=10, font="sans-bold", color=PLUM)
    p.at(24, y + 14, f"お支払期限　{slash(due)}（{wd(due)}）", size=10.5, font="sans-bold")
    p.at(190, y + 12, f"{T:,}円", size=17, font="sans-bold", align="r")
    p.y = y + 23
    p.line("ご参考", size=9.5, font="sans-bold")
    p.kv([("ご利用可能枠", "ショッピング 400,000円／キャッシング 100,000円（現在ご利用停止中）"),
          ("最終ご入金日", slash(lastp)), ("毎月のお支払額", "リボルビング払い 定額 27,000円（元金＋手数料）"),
          ("リボ残高", "312,460円（お支払日到来分を除く）")], x=20, label_w=34, size=9.2)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 178, 25, 0.3, RED, (1.0, 0.97, 0.97)))
    for i, s in enumerate(["■ お支払いがない場合、カードのご利用を引き続き停止させていただきます。",
                           "■ このままお支払いのない状態が続きますと、会員規約に基づき期限の利益を喪失し、リボ残高を含む",
                           "　 ご利用残高全額を一括してご請求させていただくことがございます。",
                           "■ ご入金が難しいときは、お早めにお客様サービスセンターへご連絡ください。"]):
        p.at(22, y + 6 + i * 5, s, size=8.8)
    p.y = y + 29
    p.line("お振込先　みなと大通銀行 本店 普通 7390114 カツラギカード（カ", size=9)
    p.line("お客様サービスセンター　0120-000-411（9:00～17:00 年末年始を除く）　FAX 082-000-4120", size=9)
    p.line("葛城カード株式会社　〒730-0000 広島県広島市中区たもぎ町1-1-1", size=8.5)
    p.line("貸金業登録番号　中国財務局長(6)第00218号　日本貸金業協会会員第005611号", size=8)
    tr = truth(document_type="collection_notice", sender="葛城カード株式会社", phone="0120-000-411",
               creditor="葛城カード株式会社", status="not_applicable", debtor="加勢美緒", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="KC-0711-4452", input_kind="pdf_text", template="proxy103_card_arrears_two_months_slash",
               received=D(2025, 7, 14))
    return dict(stem="dh04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company arrears 督促, two months)",
                unusual="digital card-company letter under a plum band with the Latin 「KATSURAGI CARD」; slash dates; a "
                        "per-payment table お支払日 / 元金 / 手数料 / 遅延損害金 / 小計 with a 合計 row (truth = the 合計 row); "
                        "the total again in a framed box with the due date; arrears only (lump false: 一括 only threatened); "
                        "ご利用可能枠, リボ残高 312,460円, 毎月のお支払額 27,000円, a masked 会員番号, the FAX number and a "
                        "貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# dh05 株式会社エルモファイナンス 最終催告書 (lender itself, after 期限の利益喪失), iPhone HEIC.


def dh05():
    R = 20.0
    issued, due = D(2025, 11, 4), D(2025, 11, 14)
    acc, lastp = D(2025, 9, 26), D(2025, 7, 25)
    P, I = 328_660, 4_213
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 19, "ELMO", size=17, font="sans-bold", color=TEAL)
    p.at(40, 19, "株式会社エルモファイナンス", size=10.5, font="sans-bold", color=TEAL)
    p.add(Line(15, 22.5, 196, 22.5, 1.2, TEAL))
    p.at(196, 29, "令和7年11月4日", size=10, align="r")
    p.y = 27
    p.line("〒321-0000", size=10)
    p.line("栃木県宇都宮市おおばこ通2丁目9番4号", size=10)
    p.line("曳地　大輔　様", size=14)
    p.gap(3)
    p.at(196, p.y, "お客様番号：0452-118-06", size=10, align="r")
    p.gap(7)
    stamp(p, 78, p.y, "最終", size=11, h=9, fill=RED)
    p.at(93, p.y + 7.3, "催告書", size=19, font="sans-bold")
    p.y += 15
    p.para("貴殿とのご契約（ローンカード・極度借入基本契約）につきまして、再三にわたりご返済をお願いしてまいりましたが、"
           "ご入金は令和7年7月25日を最後に途絶えております。", size=10)
    p.para("このため貴殿は、基本契約第14条に基づき令和7年9月26日の経過をもって期限の利益を喪失されました。"
           "つきましては、下記のご請求金額全額を、下記期限までに一括してお支払いください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 171, 44, 0.6))
    p.add(Box(20, y, 171, 9, color=None, fill=SHADE))
    p.at(105.5, y + 6.3, "ご請求金額（令和7年11月4日現在）", size=10.5, font="sans-bold", align="c")
    for i, (lab, v) in enumerate((("残元金", P), ("利息（喪失日まで）", I),
                                  (f"遅延損害金（9月27日から・年{R:.1f}%）", L), ("ご請求金額", T))):
        yy = y + 16 + i * 7.2
        f = "sans-bold" if lab == "ご請求金額" else "sans"
        p.at(28, yy, lab, size=10.5, font=f)
        p.at(182, yy, f"¥{v:,}", size=11 if lab == "ご請求金額" else 10.5, font=f, align="r")
    p.add(Line(24, y + 32.4, 187, y + 32.4, 0.3))
    p.y = y + 48
    b = p.line("お支払期限", x=22, size=11, font="sans-bold")
    p.at(56, b, f"令和7年11月14日（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.gap(2)
    p.para("上記期限までにお支払い又はご連絡がない場合、当社は、貴殿に対し支払督促の申立て等の法的手続をとらざるを得ません。"
           "法的手続に要する費用も貴殿のご負担となりますので、ご留意ください。", size=9.8)
    p.gap(1)
    p.kv([("お振込先", "ほしあかり銀行 宇都宮支店 普通 4521180 エルモファイナンス（カ"), ("ご契約日", "令和2年10月5日"),
          ("ご利用限度額", "50万円"), ("約定利率", "年17.8%（実質年率）")], x=22, label_w=30, size=9.3)
    p.gap(4)
    for s, sz, f in (("株式会社エルモファイナンス　債権管理課", 10.5, "sans-bold"),
                     ("〒150-0000 東京都渋谷区とねりこ町6番1号", 8.8, "sans"),
                     ("TEL 03-0000-4521（平日9時～18時）　担当 仁藤", 9.5, "sans"),
                     ("関東財務局長(4)第01877号　日本貸金業協会会員第003941号", 8, "sans")):
        p.line(s, x=90, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社エルモファイナンス", phone="03-0000-4521",
               creditor="株式会社エルモファイナンス", status="not_applicable", debtor="曳地大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0452-118-06", input_kind="photo_heic",
               template="proxy103_consumer_lender_final_demand_yen", received=D(2025, 11, 6))
    return dict(stem="dh05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.25),
                about="collection_notice (consumer lender's own 最終催告書 after 喪失)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a consumer lender writing for "
                        "itself (Latin 「ELMO」 logo, 貸金業登録番号 only → not_applicable); title a red filled 「最終」 stamp + "
                        "「催告書」; お客様番号 with a colon right-aligned above the title; the 喪失 date and the last payment "
                        "only in the prose; a framed box with a shaded title bar and ¥-amounts 残元金 / 利息（喪失日まで） / "
                        "遅延損害金（9月27日から・年20.0%） / ご請求金額; the due date in red beside a bold label; ご利用限度額 "
                        "50万円 and 約定利率 17.8% as distractors")


# ---------------------------------------------------------------------------------------------
# dh06 / dh07: the 館花 housing loan at ほしあかり銀行 (guarantor ほしあかり信用保証).

TH_P, TH_I, TH_R = 21_135_400, 48_912, 14.0
TH_ACC, TH_LAST, TH_WARN = D(2026, 1, 9), D(2025, 8, 27), D(2025, 12, 19)


def dh06():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    P, I, R = TH_P, TH_I, TH_R
    L = late(P, R, TH_ACC + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿が当行との間で平成三十年三月二十三日に締結した金銭消費貸借契約（住宅ローン）に基づく債務について、"
                 f"当行は、貴殿の約定返済の遅滞により、{kdate(TH_WARN)}付催告書をもって、延滞元利金等を{kdate(TH_ACC)}までに"
                 "お支払いいただくよう催告いたしました。"),
        ("body", "しかしながら、右期限までにお支払いがなかったため、貴殿は、同日の経過をもって、銀行取引約定書第五条第二項に"
                 "基づき、本件債務全額について期限の利益を喪失いたしました。"),
        ("body", f"よって、当行は貴殿に対し、左記金員を{kdate(due)}限り一括してお支払いいただくよう請求いたします。"),
        ("body", f"なお、貴殿からの最後のご返済は{kdate(TH_LAST)}でございました。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　{kyen(P)}"),
        ("indent", f"一、未収利息　{kyen(I)}"),
        ("indent", f"一、遅延損害金　{kyen(L)}"),
        ("plain", "　　　（令和八年一月十日から本書作成日まで、年十四パーセントの割合による）"),
        ("indent", f"　　合計　{kyen(T)}"),
        ("body", "右期限までにお支払いがないときは、保証委託契約に基づき、ほしあかり信用保証株式会社に対し代位弁済を請求"
                 "いたしますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "山形県山形市うるし原一丁目一番一号"),
        ("low", "株式会社ほしあかり銀行"),
        ("low", "山形東支店長　鬼沢　典昭"),
        ("low", f"電話　{kanji_digits('023')}（{kanji_digits('000')}）{kanji_digits('7316')}"),
        ("blank", ""),
        ("low", "山形県天童市いたや台三丁目十二番地"),
        ("low", "館花　修　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 103061))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鬼沢" in it.s]
    pg.items.append(Seal(xs[0] - 1.0, 22.0 + (8 + 10.5) * size * 0.3528 * 1.05, 10, "square", "ほしあかり銀行山形東支店長印",
                         angle=3, seed=103062))
    tr = truth(document_type="acceleration_notice", sender="株式会社ほしあかり銀行", phone="023-000-7316",
               creditor="株式会社ほしあかり銀行", status="not_applicable", debtor="館花修", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=TH_ACC,
               last_payment=TH_LAST, reference=None, input_kind="vertical_pdf",
               template="proxy103_vertical_bank_acceleration_kanji", received=D(2026, 1, 19))
    return dict(stem="dh06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (bank, 縦書き 内容証明)",
                unusual="digital 縦書き 期限の利益喪失通知書 of a bank with the 内容証明 stamp: every amount in positional kanji "
                        "(金二千百十三万五千四百円 …) in 一、 items; the 催告書 date 令和七年十二月十九日 and its deadline "
                        "令和八年一月九日 (= the acceleration, 「同日の経過をもって」); the last payment in its own sentence; "
                        "平成三十年 contract date and 銀行取引約定書第五条第二項 as numbers that are not fields; the guarantor "
                        "named; phone in kanji digits; NO reference number (null)")


def dh07():
    R = 14.6
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    subro = D(2026, 2, 13)
    L0 = late(TH_P, TH_R, TH_ACC + timedelta(1), subro)
    S = TH_P + TH_I + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=16)
    p.at(15, 20, "ほしあかり信用保証株式会社", size=12.5, font="sans-bold")
    p.at(15, 25, "求償管理グループ", size=9)
    p.at(196, 20, f"送付日　令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 25, "求償番号　ＨＳ－０１１６－２２７", size=9.5, align="r")
    p.y = 32
    p.line("館花　修　様", size=13)
    p.line("（ご住所　山形県天童市いたや台3丁目12番地）", size=8.5)
    p.gap(6)
    p.title("代位弁済（保証債務の履行）のお知らせ", size=14.5)
    p.para("貴殿が株式会社ほしあかり銀行からお借入れの住宅ローンにつきましては、当社が連帯保証を行っております。")
    p.para("貴殿は令和8年1月9日の経過により同行に対する期限の利益を喪失され、その後もお支払いがなかったため、当社は"
           "保証委託契約に基づき、令和8年2月13日、同行に対し下記金額を代位弁済いたしました。")
    p.para("これにより、同行の貴殿に対する債権及び抵当権は当社に移転し、当社は貴殿に対し求償権を取得いたしました。つきましては、"
           "下記求償金を一括してお支払いください。")
    p.gap(1)
    p.line("■代位弁済の明細", size=10.5, font="sans-bold")
    p.kv([("代位弁済日", "令和8年2月13日"), ("代位弁済額", f"{S:,}円（元金 {TH_P:,}円・利息 {TH_I:,}円・遅延損害金 {L0:,}円）"),
          ("最終ご返済日", "令和7年8月27日（銀行への最後のご返済）")], x=22, label_w=30, size=9.5)
    p.gap(2)
    p.line("■ご請求額", size=10.5, font="sans-bold")
    p.table([["求償元金", f"損害金（2/14～2/20・年{R}％）", "求償金合計"], [f"{S:,}円", f"{L:,}円", f"{T:,}円"]],
            [58, 64, 58], x=15, header=True, aligns="rrr", size=10.5, row_h=9)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.0))
    p.at(20, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.2, f"令和8年3月6日（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(110, y + 8, "までに下記口座へお振込みください。", size=9.5)
    p.y = y + 16
    p.para("振込先　ほしあかり銀行 本店営業部 普通預金 0116227 ホシアカリシンヨウホショウ（カ", size=9.3, indent="")
    p.para("※求償元金に対しては、代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の損害金が発生します。", size=9, indent="")
    p.para("※期限までにお支払い又はご相談のない場合、当社は抵当権に基づき担保不動産の競売を申し立てる予定です。"
           "（ご参考　当初お借入額 2,800万円、抵当権設定額 金28,000,000円）", size=9, indent="")
    p.gap(4)
    for s, sz in (("ほしあかり信用保証株式会社　求償管理グループ", 10.5), ("〒990-0000 山形県山形市うるし原一丁目1番1号", 8.8),
                  ("電話 023-000-7330　ＦＡＸ 023-000-7331", 9.5), ("貸金業登録番号　東北財務局長(3)第00142号", 8)):
        p.line(s, x=100, size=sz, font="sans-bold" if "グループ" in s else None)
    p.seal(188, p.y - 16, 12, "square", "ほしあかり信用保証印", angle=-3, seed=103071)
    tr = truth(document_type="acceleration_notice", sender="ほしあかり信用保証株式会社", phone="023-000-7330",
               creditor="ほしあかり信用保証株式会社", status="not_applicable", original="株式会社ほしあかり銀行",
               debtor="館花修", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=TH_ACC, last_payment=TH_LAST, reference="HS-0116-227",
               input_kind="fax_tiff", template="proxy103_guarantor_subrogation_fax_three_column", received=issued)
    return dict(stem="dh07", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 HOSHIAKARI HOSHO 023-000-7331",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax of the guarantee company of dh06's loan (no cover strip: only the fax header line); "
                        "送付日 and full-width 求償番号 top-right; the bank's 喪失 date in the prose; ■代位弁済の明細 as kv lines "
                        "with the 代位弁済額's 元金 / 利息 / 遅延損害金 split in brackets on ONE line (history); ■ご請求額 as a "
                        "3-column one-row table 求償元金 / 損害金（2/14～2/20・年14.6％） / 求償金合計 (no interest); framed "
                        "お支払期限; 当初お借入額 2,800万円, 債権額 28,000,000円, the FAX number and the 貸金業登録番号 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# dh08 joint 債権譲渡通知書: エルモファイナンス → オリックス債権回収 (real, 第11号); 2 pages, scanned to an image PDF.


def dh08():
    R = 20.0
    issued, assign = D(2025, 10, 3), D(2025, 9, 25)
    acc, lastp = D(2025, 6, 10), D(2025, 4, 25)
    P, I = 497_120, 8_366
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", align="r", size=10)
    p.gap(2)
    p.line("〒380-0000　長野県長野市くすのき原二丁目4番8号", size=10)
    p.line("枦山　里奈　様", size=13.5)
    p.gap(4)
    for role, lines, sd in (("譲渡人", ["東京都渋谷区とねりこ町6番1号", "株式会社エルモファイナンス", "代表取締役　熊懐　昌弘"], 103081),
                            ("譲受人", ["東京都港区なつぐみ通二丁目3番1号", "オリックス債権回収株式会社", "代表取締役　舩生　康介",
                                        "法務大臣許可番号　第11号"], 103082)):
        y0 = p.y
        p.line(f"（{role}）　{lines[0]}", x=92, size=9.3)
        for s in lines[1:]:
            p.line(s, x=112, size=10.5 if "株式会社" in s else 9.3, font="serif-bold" if "株式会社" in s else None)
        p.seal(190, y0 + 9, 11, "round", lines[1].replace("株式会社", "") + "|代表/取締役", angle=4, seed=sd)
        p.gap(1.5)
    p.gap(5)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("さて、譲渡人は、貴殿に対して有する別紙債権目録記載の債権（元金、利息、遅延損害金及びこれらに付帯する一切の"
           "権利を含みます。）を、令和7年9月25日付で譲受人に譲渡いたしましたので、民法第467条に基づき、連名にてご通知申し上げます。")
    p.para("つきましては、今後のお支払い、ご返済に関するご相談及びお問い合わせは、すべて譲受人あてにお願いいたします。"
           "なお、譲渡人にお支払いいただいても弁済の効力は生じませんので、ご注意ください。")
    p.para("譲受人からのお支払方法等のご案内は、追って送付させていただきます。")
    p.line("敬具", align="r")
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 171, 30, 0.3))
    p.at(25, y + 7, "【お問い合わせ先】", size=10, font="serif-bold")
    p.at(25, y + 13.5, "オリックス債権回収株式会社　管理第一部　（お客様番号　OS-25-093318）", size=9.8)
    p.at(25, y + 19.5, "電話　03-0000-1187　　受付時間　平日9:00～17:30", size=9.8)
    p.at(25, y + 25.5, "※譲渡人（電話 03-0000-4521）ではお支払いの受付はいたしておりません。", size=8.8)
    q = Page(font="serif", size=10.5, top=20)
    q.line("別紙", size=10)
    q.title("債 権 目 録", size=15, font="serif-bold")
    q.kv([("債務者", "枦山　里奈"), ("原契約", "極度借入基本契約（ローンカード）"),
          ("契約日", "平成31年3月4日"), ("契約番号", "EL-1903-40027"), ("極度額", "金800,000円"),
          ("最終弁済日", "令和7年4月25日"), ("期限の利益喪失日", "令和7年6月10日"),
          ("遅延損害金の利率", f"年{R:.1f}％（年365日の日割計算）")], x=28, label_w=42, size=10.5)
    q.gap(4)
    q.line("譲渡債権の額（令和7年9月25日現在）", x=28, size=10.5, font="serif-bold")
    q.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], ["遅延損害金（令和7年6月11日から同年9月25日まで）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [110, 44], x=28, aligns="lr", size=10.5, row_h=9, ruled="grid", shade_col0=True)
    q.gap(3)
    q.para("上記元金に対し、令和7年9月26日から完済まで年20.0％の割合による遅延損害金が発生いたします。", x0=28, x1=190,
           size=9.8, indent="")
    q.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1187", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社エルモファイナンス", debtor="枦山里奈", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OS-25-093318", input_kind="pdf_scan",
               template="proxy103_joint_assignment_lender_to_servicer_catalogue", received=D(2025, 10, 6))
    return dict(stem="dh08", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer, 2 pages scanned)",
                unusual="2-page image PDF of a joint 債権譲渡通知書: the two notifiers (（譲渡人） the lender / （譲受人） real "
                        "servicer ★ オリックス債権回収 with 「法務大臣許可番号　第11号」) stacked top-RIGHT above the spaced title "
                        "with round seals; NO amounts on p.1; the お客様番号 only inside a framed 【お問い合わせ先】 box with the "
                        "譲渡人's phone as a distractor; p.2 別紙 債権目録 with kv lines (契約日 平成31年, 契約番号, 極度額 "
                        "800,000, 最終弁済日, 喪失日, rate) and a shaded-label grid 元金 / 利息 / 遅延損害金（…から…まで） / 合計; "
                        "informs only (no payment date)")


LETTERS = [dh01, dh02, dh03, dh04, dh05, dh06, dh07, dh08]
