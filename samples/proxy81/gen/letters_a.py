"""Proxy set 81, letters cl01–cl06 (the six faxes) and cl07–cl08 (two scans): "faxes and scans of core letters, fifth
round". A servicer's 督促状 re-sent by fax behind a cover sheet; a law office forwarding by fax the 和解案 a servicer had
faxed to it (a fax of a fax); a guarantee company's 代位弁済通知 as a fine fax in halftone mode; a servicer's 受託通知 by
fax; a 信用金庫's arrears 督促状 received by a shop's fax machine, which printed its own line at the bottom; an invented
servicer's 最終催告書 sent light; a servicer's demand after a 競売 scanned from a photocopy; a joint 債権譲渡通知 laid
crooked on the scanner."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, WHITE, Box, Line, Page, late, truth, wd

from samples.letters.fmt import fullwidth

fw = fullwidth
DARK = (0.74, 0.74, 0.74)  # a grey that a halftone fax keeps as dots
EN_WD = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]
EN_MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jdate(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def en(n: int) -> str:
    return f"{n:,}円"


def rows_right(p: Page, rows, x0: float, x1: float, size: float = 10.5, bold_last: bool = True, rule: bool = True):
    """label left, amount right, a hairline under each row and a heavier rule above the last."""
    for i, (lab, val) in enumerate(rows):
        last = bold_last and i == len(rows) - 1
        if last and rule:
            p.add(Line(x0, p.y, x1, p.y, 0.5))
            p.gap(1.2)
        f = "sans-bold" if last else None
        b = p.line(lab, x=x0 + 1, size=size, font=f)
        p.at(x1 - 1, b, val, size=size, align="r", font=f or p.font)
        if not last:
            p.add(Line(x0, p.y - 1.2, x1, p.y - 1.2, 0.15, GRAY))


# ---------------------------------------------------------------------------------------------
# cl01 real servicer 督促状, re-sent by fax behind a FAX送信票 (cover sheet first, two pages in one TIFF).


def cl01():
    R = 14.6
    issued, sent, due = D(2026, 1, 27), D(2026, 2, 3), D(2026, 2, 10)
    acc, lastp, assign = D(2025, 8, 27), D(2025, 6, 10), D(2025, 10, 31)
    P, I = 486_220, 23_915
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    # page 1: the cover sheet
    c = Page(font="sans", size=10.5, top=18)
    c.at(105, 34, "ＦＡＸ送信票", size=24, font="sans-bold", align="c")
    c.add(Line(60, 37.5, 150, 37.5, 0.8))
    c.y = 48
    rows = [("宛　　先", "笹原　和也　様"), ("ＦＡＸ番号", "011-000-4721"),
            ("送 信 日", f"{wdate(sent)}（{wd(sent)}）　15時20分"), ("送信枚数", "２枚（本票を含みます）"),
            ("発 信 元", "アルファ債権回収株式会社　管理第二部"), ("担 当 者", "竹下"),
            ("連 絡 先", "TEL 03-0000-6101　／　FAX 03-0000-6109")]
    y = c.y
    for lab, val in rows:
        c.add(Box(25, y, 38, 11, 0.35, fill=SHADE))
        c.add(Box(63, y, 122, 11, 0.35))
        c.at(44, y + 7.4, lab, size=10.5, align="c")
        c.at(67, y + 7.6, val, size=12 if lab.startswith("宛") else 11)
        y += 11
    y += 8
    c.at(25, y, "件名：督促状の再送付について", size=12, font="sans-bold")
    y += 6
    c.add(Box(25, y, 160, 70, 0.35))
    c.at(28, y + 6, "【通信欄】", size=10)
    c.y = y + 9
    c.para("いつもお世話になっております。本日お電話にて再送のご依頼をいただきました、当社発行の督促状（2026年1月27日付）"
           "を次頁のとおりＦＡＸにて送付いたします。郵送いたしました原本と同じ内容です。", x0=30, x1=181, size=10.5)
    c.para("お支払期限、ご請求金額は次頁記載のとおりです。お振込みの際は、お客様番号を必ずご入力ください。", x0=30, x1=181,
           size=10.5)
    c.para("ご不明な点は担当の竹下までお電話ください（受付時間　平日9時～18時）。", x0=30, x1=181, size=10.5)
    c.y = y + 76
    c.para("※本ＦＡＸには個人情報が含まれております。万一、誤って受信された場合は、お手数ですが上記連絡先までご連絡のうえ、"
           "破棄していただきますようお願い申し上げます。", x0=25, x1=185, size=8.5, indent="")
    # page 2: the letter
    p = Page(font="sans", size=10, top=16)
    p.at(190, 20, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(190, 25.5, "お客様番号　AL-2601-38427", size=9.5, align="r")
    p.at(22, 24, "〒060-0000", size=9.5)
    p.at(22, 29.5, "北海道札幌市中央区梅ヶ枝町九丁目9番9号", size=9.5)
    p.at(26, 37, "笹原　和也　様", size=13)
    sx = 118
    for i, (s, sz, f) in enumerate((("アルファ債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号　第101号", 8.5, "sans"),
                                    ("〒103-0000 東京都中央区日本橋伊予町9番9号", 8.0, "sans"),
                                    ("管理第二部　TEL 03-0000-6101", 8.5, "sans"))):
        p.at(sx, 44 + i * 5.0, s, size=sz, font=f)
    p.seal(184, 47, 12, "square", "アルファ債権回収印", angle=-2, seed=81011)
    p.y = 66
    p.title("督　促　状", size=18)
    p.para(f"貴殿が株式会社岩代カードとの間で締結されたカード会員契約に基づく債権は、{wdate(assign)}付で同社から当社に"
           "譲渡されております（同社より債権譲渡通知書を送付済みです）。")
    p.para(f"貴殿は{wdate(lastp)}のご入金を最後にお支払いがなく、{wdate(acc)}の経過をもって期限の利益を喪失されています。"
           "当社から再三ご連絡を差し上げておりますが、現在までご入金もご連絡もいただいておりません。")
    p.para("つきましては、下記のご請求金額を下記のお支払期限までに一括してお支払いくださいますよう、本書をもって督促いたします。")
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    p.table([["内　容", "金　額"], ["残元金", en(P)], ["利息", en(I)],
             [f"遅延損害金（{acc.month}月{acc.day + 1}日～{issued.month}月{issued.day}日・年14.6％）", en(L)],
             ["ご請求金額合計", en(T)]], [112, 50], x=24, header=True, size=10, row_h=8.5)
    p.add(Box(24, p.y - 8.5, 162, 8.5, 0.9))
    p.gap(5)
    y = p.y
    p.add(Box(24, y, 162, 13, 1.2))
    p.at(30, y + 8.6, "お支払期限", size=12, font="sans-bold")
    p.at(70, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 18
    p.kv([("お振込先", "伊予中央銀行　日本橋本町支店　普通　0614872"), ("口座名義", "アルファサイケンカイシュウ（カ"),
          ("原債権者", "株式会社岩代カード（会員番号 ****-****-****-3308）")], x=26, label_w=26, size=9.5)
    p.gap(3)
    p.para("※期限までにお支払いいただけない場合、法的手続きに移行することがあります。分割でのお支払いをご希望の方は、"
           "期限までに必ず担当までご相談ください。", size=8.8, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合は、ご容赦ください。", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-6101", creditor="アルファ債権回収株式会社", status="licensed", original="株式会社岩代カード",
               debtor="笹原和也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="AL-2601-38427",
               input_kind="fax_tiff", template="proxy81_servicer_dunning_fax_cover_sheet_first", received=sent)
    head = f"{sent.year}/{sent.month:02d}/{sent.day:02d} 15:20  ALPHA SAIKEN KAISHU  03-0000-6109"
    return dict(stem="cl01", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fx={"pages": [{"header": f"{head}  P.001/002"}, {"header": f"{head}  P.002/002"}]},
                about="collection_notice (real servicer 督促状 re-sent by fax behind a cover sheet, 2 pages)",
                unusual="2-page standard G4 fax whose FIRST page is a ＦＡＸ送信票 (宛先 / the debtor's own ＦＡＸ番号 / 送信日 "
                        "2026年2月3日（火） / 送信枚数 / 発信元 / 担当 / TEL and FAX, a 通信欄 saying it is a re-send of the "
                        "1月27日付 督促状); the letter is page 2: real servicer ★ アルファ債権回収株式会社 with "
                        "「法務大臣許可番号　第101号」; western 年月日 dates; a grid 内容/金額 with 残元金 / 利息 / 遅延損害金 "
                        "(window and rate in the label) / ご請求金額合計; framed お支払期限; the 原債権者 with a masked 会員番号")


# ---------------------------------------------------------------------------------------------
# cl02 a law office forwards by fax the 和解案 a servicer had faxed to it (送付書 + a fax of a fax).


def cl02():
    R = 18.0
    issued, sent, office_due, due = D(2026, 3, 5), D(2026, 3, 9), D(2026, 3, 16), D(2026, 3, 27)
    acc, lastp, assign = D(2025, 5, 27), D(2025, 3, 27), D(2025, 7, 15)
    P, I = 612_400, 31_286
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    S = P + I  # the settlement sum (damages waived)
    n, inst = 36, 17_880
    last_inst = S - inst * (n - 1)
    assert inst * (n - 1) + last_inst == S and 0 < last_inst <= inst + 100, last_inst
    # page 1: the law office's 送付書
    c = Page(font="serif", size=10.5, top=20)
    c.at(105, 32, "ＦＡＸ送付書", size=20, font="serif-bold", align="c")
    c.y = 42
    c.at(22, 46, "吉岡　美穂　様", size=13, font="serif")
    c.at(22, 52, "（ＦＡＸ　042-000-6637）", size=9.5)
    c.at(190, 46, jdate(sent), size=10.5, align="r")
    for i, s in enumerate(("桜坂総合法律事務所", "弁護士　西條　誠一", "（事務担当　細川）", "〒102-0000 東京都千代田区麹町桜坂9-9-9",
                           "TEL 03-0000-2517　FAX 03-0000-2518")):
        c.at(190, 54 + i * 5.4, s, size=11 if i == 0 else 9.5, align="r", font="serif-bold" if i == 0 else "serif")
    c.y = 86
    c.kv([("送信枚数", "２枚（本書を含む）"), ("件　　名", "パルティール債権回収株式会社からの和解案について"),
          ("当事務所No.", "26-0143")], x=24, label_w=30, size=10.5, font="serif")
    c.gap(4)
    c.add(Line(22, c.y, 188, c.y, 0.4))
    c.gap(4)
    c.para("いつもお世話になっております。", font="serif")
    c.para("ご依頼いただいております債務整理の件につき、パルティール債権回収株式会社から、当職宛てに次頁のとおり和解条件の"
           "提示がありましたので、転送いたします。", font="serif")
    c.para("同社の案は、遅延損害金を免除し、元金と利息の合計額を36回の分割で支払うという内容です。毎月のお支払額が家計上"
           "無理のない金額かどうか、ご検討ください。", font="serif")
    c.para(f"恐れ入りますが、{office_due.month}月{office_due.day}日（{wd(office_due)}）までに、当事務所までお電話でご意向を"
           "お聞かせください。同社への回答は当職から行います。", font="serif")
    c.gap(3)
    c.line("以上", align="r", font="serif")
    # page 2: the servicer's letter (faxed to the office, then forwarded)
    p = Page(font="sans", size=9.8, top=18)
    p.at(190, 22, wdate(issued), size=9.5, align="r")
    p.at(22, 24, "桜坂総合法律事務所", size=10.5)
    p.at(22, 30, "弁護士　西條　誠一　先生", size=11.5)
    p.at(190, 32, "パルティール債権回収株式会社", size=10.5, font="sans-bold", align="r")
    p.at(190, 37, "法務大臣許可番号　第113号", size=8.5, align="r")
    p.at(190, 41.5, "管理部　担当：沢井", size=8.5, align="r")
    p.at(190, 46, "TEL 06-0000-1138　FAX 06-0000-1139", size=8.5, align="r")
    p.y = 52
    p.title("和解条件のご提示", size=15)
    p.line("件名：貴職ご依頼者　吉岡　美穂　様の件（当社管理番号　PT-77-20518）", x=22, size=10)
    p.gap(1.5)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。先般は受任のご通知をいただき、ありがとうございました。"
           "標記の件につき、当社は下記のとおり和解条件をご提示いたします。ご検討のほどよろしくお願い申し上げます。　敬具")
    p.gap(1)
    p.line("１．債権の表示", x=22, size=10, font="sans-bold")
    p.kv([("原債権者", "羽前クレジット株式会社"), ("債権譲受日", wdate(assign)), ("最終弁済日", wdate(lastp)),
          ("期限の利益喪失日", wdate(acc)), ("遅延損害金利率", "年18.0％")], x=28, label_w=38, size=9.5)
    p.gap(1)
    p.line(f"２．現在のご債務額（{wdate(issued)}現在）", x=22, size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "合計"], [en(P), en(I), en(L), en(T)]], [40, 36, 40, 44], x=28, header=True,
            size=9.8, row_h=8, aligns="rrrr")
    p.gap(2)
    p.line("３．和解条件", x=22, size=10, font="sans-bold")
    p.para(f"（１）和解金額　金{S:,}円（元金及び利息の合計額。遅延損害金は全額免除いたします。）", x0=28, indent="")
    p.para(f"（２）お支払方法　2026年4月から毎月末日限り、金{inst:,}円ずつ{n - 1}回、最終回（第{n}回）金{last_inst:,}円を"
           "当社指定口座へお振込み。振込手数料はご依頼者様のご負担とします。", x0=28, indent="")
    p.para(f"（３）上記の支払いを２回以上怠り、その額が金{inst * 2:,}円に達したときは、期限の利益を失い、免除の効果は"
           "生じないものとします。", x0=28, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(28, y, 150, 11, 0.8))
    p.at(32, y + 7.3, f"ご回答期限　{wdate(due)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.y = y + 15
    p.para("ご承諾いただける場合は、和解書（２通）をお送りいたしますので、上記期限までにＦＡＸにてご回答ください。期限までに"
           "ご回答のない場合は、本提示は撤回されたものとさせていただきます。", size=9.2, indent="")
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="06-0000-1138", creditor="パルティール債権回収株式会社", status="licensed",
               original="羽前クレジット株式会社", debtor="吉岡美穂", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="PT-77-20518", input_kind="fax_tiff", template="proxy81_law_office_forwards_servicer_settlement_fax",
               received=sent)
    first = f"{issued.year}-{issued.month:02d}-{issued.day:02d} 17:41 FROM 06 0000 1139 PARTIR-KANRI TO 0300002518 P.01/01"
    second = f"{sent.year}年{sent.month:02d}月{sent.day:02d}日 10:14  桜坂総合法律事務所  03-0000-2518"
    return dict(stem="cl02", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fx={"pages": [{"header": f"{second}  P.1/2"}, {"first": first, "header": f"{second}  P.2/2"}]},
                about="settlement_proposal (real servicer's 和解案 forwarded by a law office, fax of a fax, 2 pages)",
                unusual="2-page standard fax FROM A LAW OFFICE: page 1 its serif ＦＡＸ送付書 to the client (送信日 令和8年3月9日, "
                        "当事務所No. 26-0143, the office's own reply date 3月16日（月） and its TEL/FAX); page 2 the servicer's "
                        "和解条件のご提示 addressed to the LAWYER (「貴職ご依頼者　吉岡　美穂　様の件」), which had itself come to the "
                        "office by fax: TWO header lines stacked (the servicer's 「FROM 06 0000 1139 … P.01/01」 under the "
                        "office's) and the fax-of-a-fax blur; real servicer ★ パルティール債権回収株式会社 「法務大臣許可番号　"
                        "第113号」; a 4-column 元金 / 利息 / 遅延損害金 / 合計 table; the plan (643,686 in 36 instalments, the "
                        "35,760 threshold) as distractors; framed ご回答期限 2026年3月27日（金）")


# ---------------------------------------------------------------------------------------------
# cl03 guarantee company 代位弁済のご通知, FINE fax in halftone mode: the grey table headers arrive as dot patterns.


def cl03():
    R0, R = 14.0, 14.6
    issued, due = D(2026, 2, 17), D(2026, 3, 3)
    subro, acc, lastp = D(2026, 2, 6), D(2025, 12, 26), D(2025, 10, 27)
    P0, I0 = 1_384_500, 9_412
    L0 = late(P0, R0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=16)
    p.add(Box(20, 16, 62, 11, color=None, fill=DARK))
    p.at(51, 23.6, "晴嵐信用保証", size=14, font="sans-bold", align="c", color=WHITE)
    p.at(190, 19, f"{jdate(issued)}", size=9.5, align="r")
    p.at(190, 24.5, "保証番号　SR-58-00613", size=9.5, align="r")
    p.at(22, 38, "〒700-0000　岡山県岡山市北区白梅通り九丁目9-9", size=9.5)
    p.at(24, 45, "栗原　智子　様", size=13)
    for i, (s, sz) in enumerate((("晴嵐信用保証株式会社", 10.5), ("債権管理部　求償グループ", 9), ("担当　唐木", 9),
                                 ("TEL 086-000-3351　FAX 086-000-3352", 8.5))):
        p.at(190, 50 + i * 5, s, size=sz, align="r", font="sans-bold" if i == 0 else "sans")
    p.y = 72
    p.add(Box(20, p.y, 170, 12, 0.4, fill=DARK))
    p.at(105, p.y + 8.4, "代位弁済のご通知　および　求償金のお支払いについて", size=14, font="sans-bold", align="c")
    p.y += 17
    p.para(f"貴殿が株式会社備中銀行から借り入れされたマイカーローン（令和5年6月12日ご契約）について、当社は保証人として"
           f"保証しておりましたが、貴殿が{jdate(acc)}の経過をもって同行に対する期限の利益を喪失されたため、同行の請求により"
           f"{jdate(subro)}、下記のとおり保証債務を履行（代位弁済）いたしました。")
    p.para("これにより、当社は貴殿に対し、代位弁済額及びこれに対する損害金の求償権を取得いたしましたので、お知らせいたします。")
    p.gap(2)
    p.line("■ 代位弁済の明細", x=20, size=10.5, font="sans-bold")
    p.table([["代位弁済日", "代位弁済額", "うち元金", "うち利息", "うち損害金"],
             [f"R8.{subro.month}.{subro.day}", en(S), en(P0), en(I0), en(L0)]], [30, 36, 36, 30, 30], x=24,
            header=True, size=9.5, row_h=8)
    p.gap(1)
    p.line(f"　最終ご返済日（銀行）　{jdate(lastp)}　　期限の利益喪失日　{jdate(acc)}", x=24, size=9)
    p.gap(3)
    p.line(f"■ ご請求金額（{jdate(issued)}現在）", x=20, size=10.5, font="sans-bold")
    y = p.y
    rows = [("求償元金", en(S)), (f"求償損害金（R8.{subro.month}.{subro.day + 1}～R8.{issued.month}.{issued.day}　年14.6％）", en(L)),
            ("ご請求金額合計", en(T))]
    for i, (lab, val) in enumerate(rows):
        p.add(Box(24, y, 96, 9, 0.3, fill=DARK))
        p.add(Box(120, y, 66, 9, 0.3))
        p.at(27, y + 6.2, lab, size=9.8, font="sans-bold" if i == 2 else "sans")
        p.at(183, y + 6.3, val, size=10.5, align="r", font="sans-bold" if i == 2 else "sans")
        y += 9
    p.y = y + 5
    y = p.y
    p.add(Box(24, y, 162, 12, 1.0))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 8.2, f"{jdate(due)}（{wd(due)}）までに一括して", size=12, font="sans-bold")
    p.y = y + 17
    p.para("お振込先：備中銀行　本店営業部　普通預金　3006147　セイランシンヨウホショウ（カ", size=9.2, indent="")
    p.para("※求償元金に対しては、代位弁済日の翌日から完済の日まで年14.6％の割合による損害金が日々発生いたします"
           "（年365日の日割計算）。", size=9, indent="")
    p.para("※お支払いが困難な場合は、お支払期限までに必ず担当者までご連絡ください。ご連絡なく期限を経過した場合は、"
           "連帯保証人様へのご請求、法的手続きの開始を検討させていただきます。", size=9, indent="")
    p.para("※当初ご融資額　2,200,000円　／　ご返済額（月額）　38,600円", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="晴嵐信用保証株式会社", phone="086-000-3351",
               creditor="晴嵐信用保証株式会社", status="not_applicable", original="株式会社備中銀行", debtor="栗原智子",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="SR-58-00613", input_kind="fax_tiff",
               template="proxy81_guarantor_subrogation_fine_fax_dithered", received=issued)
    head = f"{EN_MON[issued.month - 1]}-{issued.day:02d}-{issued.year}({EN_WD[issued.weekday()]}) 13:52  SEIRAN HOSHO  FAX:086 000 3352"
    return dict(stem="cl03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fx={"fine": True, "dither": True, "pages": [{"header": f"{head}  #218 P.001"}]},
                about="acceleration_notice (guarantee company 代位弁済のご通知, fine fax, halftone)",
                unusual="one-page FINE (200×200) fax sent in HALFTONE mode: every grey area (the company's logo band, the "
                        "title band, the 代位弁済の明細 header row and the label column of the ご請求金額 block) arrives as an "
                        "ordered dot pattern with the black text on it; English header 「FEB-17-2026(TUE) 13:52 …」; "
                        "代位弁済 history in JIS era form R8.2.6 (うち元金 / うち利息 / うち損害金 = history); labels 求償元金 / "
                        "求償損害金 (window R8.2.7～R8.2.17 and rate inside) / ご請求金額合計; 喪失 and last payment in era "
                        "form; 当初ご融資額 2,200,000 and ご返済額 38,600 as distractors")


# ---------------------------------------------------------------------------------------------
# cl04 real servicer 受託のお知らせ (the bank stays the creditor), standard fax.


def cl04():
    R = 14.0
    issued, due, entrust = D(2026, 4, 8), D(2026, 4, 24), D(2026, 4, 1)
    acc, lastp = D(2026, 2, 20), D(2025, 12, 22)
    P, I = 892_300, 14_655
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, "ＳＭＢＣ債権回収株式会社", size=13, font="sans-bold")
    p.at(20, 25, "（法務大臣許可番号　第10号）", size=8.5)
    p.at(190, 20, f"{wdate(issued)}", size=9.5, align="r")
    p.at(190, 25.5, "受託番号：SM-R8-040217", size=9.5, align="r")
    p.add(Line(20, 29, 190, 29, 0.6))
    p.at(22, 38, "〒541-0000　大阪府大阪市中央区備後町九丁目9番9号", size=9.5)
    p.at(26, 45.5, "松浦　俊介　様", size=13)
    p.y = 54
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para(f"当社は、株式会社松籟銀行（以下「委託者」といいます。）から、貴殿と委託者との間のフリーローン契約に基づく"
           f"債権について、{wdate(entrust)}付で管理及び回収業務の委託を受けました。")
    p.para("なお、債権者は引き続き委託者である株式会社松籟銀行であり、本件は債権譲渡ではございません。当社は委託者のために"
           "お支払いを受領いたします。今後のお支払い・ご相談は、すべて当社までお願いいたします。")
    p.para(f"貴殿は{wdate(lastp)}のご返済を最後にお支払いがなく、{wdate(acc)}をもって期限の利益を喪失されておりますので、"
           "下記の金額を期限までに一括してお支払いください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    x0, x1 = 34, 176
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", x=x0, size=10)
    p.gap(1)
    rows_right(p, [("貸付残元金", en(P)), ("未収利息", en(I)),
                   (f"遅延損害金（{acc.month}月{acc.day + 1}日から年14.0％）", en(L)), ("ご請求金額", en(T))], x0, x1)
    p.gap(4)
    p.kv([("お支払期限", f"{wdate(due)}（{wd(due)}）"), ("お振込先", "松籟銀行　船場支店　普通　7402261"),
          ("口座名義", "エスエムビーシーサイケンカイシュウ（カ"),
          ("ご契約内容", "フリーローン　ご契約日 2023年9月14日　ご融資額 1,200,000円")], x=34, label_w=28, size=9.8)
    p.gap(4)
    p.para("※すでにお支払いいただいている場合は、本状と行き違いですのでご容赦ください。", size=8.8, indent="")
    p.para("※委託者からの「債権回収業務委託のお知らせ」を同封しておりますので、あわせてご確認ください。", size=8.8, indent="")
    p.gap(6)
    for i, s in enumerate(("ＳＭＢＣ債権回収株式会社　大阪管理部", "〒541-0000 大阪府大阪市中央区北浜長門町9-9-9",
                           "TEL 06-0000-1046（平日 9:00～17:30）　FAX 06-0000-1047", "担当　阪上")):
        p.at(100, p.y + i * 5.2, s, size=9.5 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10, phone="06-0000-1046",
               creditor="株式会社松籟銀行", status="licensed", original="株式会社松籟銀行", debtor="松浦俊介", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SM-R8-040217", input_kind="fax_tiff",
               template="proxy81_servicer_entrustment_notice_fax", received=issued)
    head = f"{issued.year}年 {issued.month}月{issued.day:2d}日({wd(issued)}) 11:06  発信元 06 0000 1047  SMBC SAIKEN"
    return dict(stem="cl04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fx={"pages": [{"header": f"{head}  P.1/1"}]},
                about="assignment_notice (real servicer 受託のお知らせ, the bank stays creditor, standard fax)",
                unusual="one-page standard fax with a Japanese header 「2026年 4月 8日(水) 11:06 発信元 …」; real servicer "
                        "★ ＳＭＢＣ債権回収株式会社 in FULL-WIDTH Latin letters top-LEFT with 「（法務大臣許可番号　第10号）」 "
                        "under it; a 受託, not a sale (「債権者は引き続き委託者である…債権譲渡ではございません」): creditor = "
                        "original = the bank, no assignment date (受託日 4/1 is not one); leader-less rows with hairlines 貸付残元金 "
                        "/ 未収利息 / 遅延損害金 / ご請求金額; the 受託番号 with a colon; the ご契約内容 line (2023年, "
                        "1,200,000円) and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# cl05 信用金庫 督促状 for two missed instalments, received by a shop's fax machine (its line at the BOTTOM).


def cl05():
    R = 14.0
    issued, due, lastp = D(2026, 4, 21), D(2026, 4, 30), D(2026, 2, 10)
    inst = [(D(2026, 3, 10), 41_260, 6_840), (D(2026, 4, 10), 41_431, 6_669)]
    rows, sums = [], [0, 0, 0, 0]
    for d, pr, it in inst:
        lt = late(pr, R, d + timedelta(1), issued)
        rows.append([f"{d.month}月{d.day}日分", f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"])
        for k, v in enumerate((pr, it, lt, pr + it + lt)):
            sums[k] += v
    P, I, L, T = sums
    assert P + I + L == T
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10, align="r", font="serif")
    p.at(22, 30, "米田電機商会", size=10.5, font="serif")
    p.at(22, 36.5, "米田　勝　様", size=13, font="serif")
    p.at(190, 34, "清流信用金庫　長良川支店", size=11, font="serif-bold", align="r")
    p.at(190, 40, "支店長　小室　康弘", size=10, font="serif", align="r")
    p.at(190, 45.5, "〒500-0000 岐阜県岐阜市清流通九丁目9番地", size=9.2, font="serif", align="r")
    p.at(190, 51, "電話 058-000-2214（融資係）", size=10, font="serif", align="r")
    p.seal(186, 60, 13, "square", "清流信用金庫長良川支店長印", angle=2, seed=81051)
    p.y = 66
    p.title("ご返済についてのお願い（督促状）", size=15, font="serif-bold")
    p.para("平素は当金庫をお引き立ていただき、誠にありがとうございます。", font="serif")
    p.para(f"さて、貴殿にご利用いただいております事業資金（証書貸付）のご返済が、下記のとおり遅延しております。"
           f"{jdate(lastp)}にご入金をいただいて以降、お約束の日にご入金が確認できておりません。", font="serif")
    p.para("つきましては、下記の延滞金額を期限までにご入金くださいますようお願い申し上げます。なお、このままお支払いがない"
           "場合には、約定により期限の利益を喪失し、残債務全額を一括してご請求せざるを得なくなりますので、ご承知おきください。",
           font="serif")
    p.gap(2)
    p.line("記", align="c", font="serif")
    p.line("融資番号　214-0038176　　（単位：円）", x=24, size=9.5, font="serif")
    p.table([["約定日", "元金", "利息", "延滞損害金", "小計"], *rows, ["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [32, 32, 30, 34, 34], x=24, header=True, size=10, row_h=8.5, font="serif")
    p.gap(1)
    p.line(f"（延滞損害金は各約定日の翌日から{issued.month}月{issued.day}日まで、延滞元金に対し年14.0％で計算しています。）",
           x=24, size=9.2, font="serif")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 12, 0.9))
    p.at(30, y + 8, f"ご入金期限　　令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）", size=12,
         font="serif-bold")
    p.y = y + 17
    p.para("ご入金は、ご返済用口座（普通預金 0481127）へのご入金、または当支店窓口にてお願いいたします。", font="serif",
           size=9.5, indent="")
    p.para("ご事情によりご入金が難しい場合は、期限までに融資係（担当　大月）までご相談ください。", font="serif", size=9.5,
           indent="")
    p.para("毎月のご返済額　48,100円（毎月10日）　／　ご融資残高　1,973,600円（3月末現在）", font="serif", size=9.5,
           indent="")
    p.gap(2)
    p.line("以上", align="r", font="serif")
    tr = truth(document_type="collection_notice", sender="清流信用金庫", phone="058-000-2214", creditor="清流信用金庫",
               status="not_applicable", debtor="米田勝", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="214-0038176",
               input_kind="fax_tiff", template="proxy81_shinkin_arrears_shop_fax_receiver_footer", received=issued)
    foot = f"受信　{issued.year}/{issued.month:02d}/{issued.day:02d}　14:37　058 000 2219　ﾖﾈﾀﾞﾃﾞﾝｷ　No.0412　P.01"
    return dict(stem="cl05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fx={"pages": [{"footer": foot}]},
                about="collection_notice (信用金庫 督促状, two missed instalments, received by a shop's fax)",
                unusual="one-page standard fax with NO sender header: the line is the RECEIVING machine's, printed at the "
                        "BOTTOM (「受信 2026/04/21 14:37 058 000 2219 ﾖﾈﾀﾞﾃﾞﾝｷ No.0412 P.01」, half-width katakana); a 信用金庫 "
                        "branch in serif with a 支店長 square seal; addressed to a shop name above the owner; a 5-column "
                        "table per missed instalment (約定日 / 元金 / 利息 / 延滞損害金 / 小計) with a 合計 row, numbers without "
                        "円 under 「（単位：円）」; arrears only (lump false, acceleration only threatened); the only number "
                        "printed is the 融資番号; 毎月のご返済額 48,100, ご融資残高 1,973,600 and the 普通預金 number as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# cl06 invented servicer 最終催告書, a standard fax sent with the darkness turned DOWN (light, thin strokes).


def cl06():
    R = 20.0
    issued, due = D(2026, 5, 12), D(2026, 5, 22)
    acc, lastp, assign = D(2025, 11, 4), D(2025, 8, 29), D(2026, 1, 30)
    P, I = 318_760, 12_440
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(22, 22, "最　終　催　告　書", size=20, font="sans-bold")
    p.add(Line(22, 25, 112, 25, 1.0))
    p.at(190, 18, f"通知日：{wdate(issued)}", size=9.8, align="r")
    p.at(190, 23.5, "ご照会番号：MK-0512-7730", size=9.8, align="r")
    p.at(22, 36, "〒857-0000　長崎県佐世保市牡鹿通り九丁目9-9-901", size=9.8)
    p.at(26, 43, "窪田　恵　様", size=13.5)
    p.y = 52
    for i, s in enumerate(("松風債権回収株式会社", "法務大臣許可番号 第296号", "〒810-0000 福岡県福岡市中央区天空町9-9-9",
                           "回収管理課　TEL 092-000-5960", "担当：石津")):
        p.at(190, 50 + i * 5.6, s, size=12 if i == 0 else 10, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 82
    p.para(f"貴殿が株式会社備後ファイナンスとの間で締結した金銭消費貸借契約に基づく貸金債権は、{wdate(assign)}、同社から"
           "当社が譲り受けました。当社はこれまで、書面及びお電話にて再三お支払いをお願いしてまいりましたが、本日に至るまで"
           "ご入金もご連絡もいただいておりません。")
    p.para("本書は当社からの最終のご通知です。下記金額を、下記期限までに一括してお支払いください。")
    p.gap(2)
    x0, x1 = 30, 172
    p.line("■ ご請求の内容", x=24, size=10.5, font="sans-bold")
    p.gap(1)
    rows_right(p, [("元金：", en(P)), ("利息：", en(I)), ("遅延損害金：", en(L)), ("ご請求額合計：", en(T))], x0, x1, size=11)
    p.line(f"（遅延損害金は{wdate(acc + timedelta(1))}から{wdate(issued)}まで、元金に対し年20.0％）", x=x0, size=9)
    p.gap(2)
    p.line("■ ご契約の状況", x=24, size=10.5, font="sans-bold")
    p.kv([("最終ご入金日：", wdate(lastp)), ("期限の利益喪失日：", wdate(acc)), ("原債権者：", "株式会社備後ファイナンス"),
          ("原契約番号：", "BG-0093-1185")], x=x0, label_w=40, size=10)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 13, 1.4))
    p.at(105, y + 8.8, f"最終お支払期限　{wdate(due)}（{wd(due)}）", size=13.5, font="sans-bold", align="c")
    p.y = y + 18
    p.para("上記期限までにお支払い又はご連絡のない場合は、誠に遺憾ながら、何らの通知なく法的手続き（支払督促・訴訟の提起、"
           "給与等の差押え）に移行いたしますので、あらかじめご承知おきください。", size=9.8)
    p.para("お振込先：豊前銀行　天神北支店　普通　2201964　マツカゼサイケンカイシュウ（カ", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="松風債権回収株式会社", license_number=296, phone="092-000-5960",
               creditor="松風債権回収株式会社", status="unverified", original="株式会社備後ファイナンス", debtor="窪田恵",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="MK-0512-7730", input_kind="fax_tiff",
               template="proxy81_invented_servicer_final_demand_light_fax", received=issued)
    head = f"{EN_MON[issued.month - 1]} {issued.day:02d} {issued.year} 16:20  FR MATSUKAZE SAIKEN  092 000 5961"
    return dict(stem="cl06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fx={"light": True, "pages": [{"header": f"{head}  P01"}]},
                about="collection_notice (invented servicer 最終催告書, light standard fax)",
                unusual="one-page standard fax sent LIGHT (darkness turned down: thin, broken strokes, the small print "
                        "thinning out) with the header 「MAY 12 2026 16:20 FR MATSUKAZE SAIKEN …」; the title top-LEFT with "
                        "a heavy rule, colon labels top-right (通知日： / ご照会番号：); INVENTED servicer 「松風債権回収株式会社」 "
                        "with 「法務大臣許可番号 第296号」 (→ unverified); amounts as colon labels 元金： / 利息： / 遅延損害金： / "
                        "ご請求額合計： with the window and 年20.0％ on a line below; the 原契約番号 as a distractor; a "
                        "heavy-framed 最終お支払期限")


# ---------------------------------------------------------------------------------------------
# cl07 real servicer, the rest after a 競売 (配当), scanned from a PHOTOCOPY (dark, black borders).


def cl07():
    R = 14.6
    issued, due = D(2026, 3, 18), D(2026, 4, 10)
    divd, assign, subro, acc, lastp = D(2025, 12, 12), D(2026, 2, 27), D(2024, 11, 15), D(2024, 9, 30), D(2024, 6, 27)
    P = 8_214_336
    L = late(P, R, divd + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=16)
    p.at(20, 21, "ORIX", size=16, font="sans-bold")
    p.at(47, 21, "オリックス債権回収株式会社", size=11, font="sans-bold")
    p.at(190, 19, f"{jdate(issued)}", size=9.5, align="r")
    p.at(190, 24.5, "お客様番号　OX-4418-2093", size=9.5, align="r")
    p.at(22, 36, "〒430-0000　静岡県浜松市中区遠江町九丁目9番9号", size=9.5)
    p.at(26, 43, "横山　直樹　様", size=13)
    for i, s in enumerate(("オリックス債権回収株式会社", "法務大臣許可番号　第11号", "〒105-0000 東京都港区芝駿河台9-9-9",
                           "住宅債権管理部　TEL 03-0000-1171", "担当　北島")):
        p.at(120, 48 + i * 5, s, size=10.5 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.y = 76
    p.title("競売配当後の残債務についてのご請求", size=14.5)
    p.para(f"貴殿の住宅ローン（株式会社遠江銀行　平成26年7月ご契約）に係る駿河住宅保証株式会社の求償債権は、{jdate(assign)}付で"
           "当社が同社から譲り受けました。")
    p.para(f"担保不動産（静岡県浜松市中区遠江町所在の土地・建物）については、{jdate(divd)}の配当期日に配当が実施され、配当金は"
           "求償債権に充当されましたが、なお下記のとおり債務が残っております。")
    p.para("つきましては、下記の残債務を期限までに一括してお支払いいただくか、お支払方法について担当者までご相談ください。")
    p.gap(2)
    p.line("１．残債務の内訳", x=22, size=10.5, font="sans-bold")
    p.table([["項　目", "金　額"], ["配当充当後求償元金", en(P)],
             [f"損害金（{jdate(divd + timedelta(1))}～{jdate(issued)}・年14.6％）", en(L)], ["ご請求残高合計", en(T)]],
            [116, 46], x=24, header=True, shade_col0=True, size=9.8, row_h=8.5)
    p.gap(3)
    p.line("２．経過", x=22, size=10.5, font="sans-bold")
    p.kv([("最終ご返済日", jdate(lastp)), ("期限の利益喪失日", f"{jdate(acc)}（遠江銀行）"),
          ("代位弁済日", f"{jdate(subro)}（駿河住宅保証）"), ("配当期日", jdate(divd)), ("債権譲受日", jdate(assign)),
          ("配当金（充当額）", "15,420,000円")], x=28, label_w=40, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 12, 1.0))
    p.at(30, y + 8, f"お支払（ご相談）期限　{jdate(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 17
    p.para("お振込先：駿河台銀行　芝大門支店　普通　5530912　オリックスサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※期限までにご連絡のない場合、法的手続きを検討させていただきます。ご事情に応じた分割のご相談も承っております。",
           size=9.2, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1171", creditor="オリックス債権回収株式会社", status="licensed",
               original="駿河住宅保証株式会社", debtor="横山直樹", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="OX-4418-2093", input_kind="scan_png", template="proxy81_servicer_rest_after_auction_photocopy_scan",
               received=issued + timedelta(3))
    return dict(stem="cl07", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                fx={"photocopy": True, "skew": 0.6},
                about="collection_notice (real servicer, the rest after a 競売, scanned from a photocopy)",
                unusual="a PHOTOCOPY scanned at 200 dpi: grey ground with toner dust, thickened dark strokes and BLACK borders "
                        "down the left edge and along the bottom where the copier saw past the sheet; real servicer ★ "
                        "オリックス債権回収株式会社 with a Latin 「ORIX」 mark and 「法務大臣許可番号　第11号」; the rest after "
                        "the 配当: a 2-column table with a shaded label column (配当充当後求償元金 / 損害金 with window and rate / "
                        "ご請求残高合計, no interest); a 経過 list (最終ご返済日, 喪失日 of the bank, 代位弁済日, 配当期日, 債権譲受日, "
                        "配当金 15,420,000円 as a distractor); 平成26年 contract; 「一括…か…ご相談」")


# ---------------------------------------------------------------------------------------------
# cl08 joint 債権譲渡通知 (card company → real servicer), the sheet laid CROOKED on a 200 dpi scanner.


def cl08():
    R = 14.6
    issued, assign, acc, lastp = D(2026, 1, 20), D(2026, 1, 9), D(2025, 10, 27), D(2025, 7, 28)
    shop, cash, I = 158_430, 116_080, 8_932
    P = shop + cash
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, wdate(issued), size=10, align="r", font="serif")
    p.at(22, 30, "〒980-0000　宮城県仙台市青葉区本吉町九丁目9番9号", size=9.5, font="serif")
    p.at(26, 37, "白井　香織　殿", size=13, font="serif")
    p.y = 48
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.para(f"譲渡人秋桜カード株式会社は、貴殿に対して有する下記債権を、{wdate(assign)}付で、譲受人エー・シー・エス債権管理回収"
           "株式会社に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもって通知いたします。", font="serif")
    p.para("今後のお支払い、お問い合わせは、すべて譲受人宛てにお願いいたします。なお、本通知以後、譲渡人へのお支払いは"
           "お受けできません。", font="serif")
    p.gap(1)
    p.line("記", align="c", font="serif")
    p.kv([("１　契約の種類", "クレジットカード会員契約（ショッピング・キャッシング）"),
          ("２　会員番号", "5311-****-****-0297"), ("３　最終入金日", wdate(lastp)),
          ("４　期限の利益喪失日", wdate(acc)), ("５　譲渡日", wdate(assign))], x=26, label_w=48, size=10, font="serif")
    p.line(f"６　譲渡債権の額（{wdate(assign)}現在）", x=26, size=10, font="serif")
    x0, x1 = 38, 160
    for lab, val, bold in ((f"元金（ショッピング {shop:,}円・キャッシング {cash:,}円）", en(P), False),
                           ("利息・手数料", en(I), False), ("遅延損害金（年14.6％）", en(L), False),
                           ("譲渡債権額合計", en(T), True)):
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.4))
            p.gap(1)
        b = p.line(lab, x=x0, size=10, font="serif-bold" if bold else "serif")
        p.at(x1, b, val, size=10, align="r", font="serif-bold" if bold else "serif")
    p.line("７　譲受人管理番号　AC-26-011847", x=26, size=10, font="serif")
    p.gap(2)
    p.line("以上", align="r", font="serif")
    p.gap(2)
    y = p.y
    p.add(Line(20, y, 190, y, 0.3))
    p.at(22, y + 6, "（譲渡人）", size=9, font="serif")
    for i, s in enumerate(("東京都新宿区西新宿羽後町9-9-9", "秋桜カード株式会社", "代表取締役　富永　修一")):
        p.at(22, y + 12 + i * 5.5, s, size=10 if i else 9, font="serif")
    p.seal(88, y + 19, 14, "round", "秋桜カード|代表/取締役", angle=-6, seed=81081)
    p.at(110, y + 6, "（譲受人）", size=9, font="serif")
    for i, s in enumerate(("東京都豊島区東池袋武蔵野9-9-9", "エー・シー・エス債権管理回収株式会社", "代表取締役　鈴村　大介",
                           "法務大臣許可番号　第27号", "お問合せ　TEL 03-0000-2727")):
        p.at(110, y + 12 + i * 5.5, s, size=9 if i in (0, 3, 4) else 10, font="serif")
    p.seal(184, y + 26, 14, "round", "エーシーエス|代表/取締役", angle=5, seed=81082)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="03-0000-2727", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="秋桜カード株式会社", debtor="白井香織", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="AC-26-011847", input_kind="scan_png", template="proxy81_joint_assignment_crooked_scan",
               received=issued + timedelta(2))
    return dict(stem="cl08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, fx={"crooked": -2.7},
                about="assignment_notice (joint, card company → real servicer, crooked 200 dpi scan)",
                unusual="scanned at 200 dpi with the sheet laid CROOKED on the glass (turned 2.7°, smaller than the bed, its "
                        "edge shadow on the lid); serif 通知書 with 殿; numbered 記 lines １–７ with the 会員番号 masked; the "
                        "amounts as indented lines under item ６ with the 元金 split into ショッピング / キャッシング inside "
                        "its label; the 譲受人管理番号 as item ７; the two notifiers (譲渡人 / real servicer ★ エー・シー・エス "
                        "債権管理回収株式会社 with 「法務大臣許可番号　第27号」 and the TEL) side by side at the BOTTOM with round "
                        "seals; 民法第467条; informs only (no payment date)")


LETTERS = [cl01, cl02, cl03, cl04, cl05, cl06, cl07, cl08]
