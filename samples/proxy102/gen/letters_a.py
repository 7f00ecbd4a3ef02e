"""Proxy set 102, letters dg01–dg08: "faxes and vertical writing, round 1". Six faxes (dg01–dg06: a real servicer's
催告書, a guarantee company's 代位弁済通知 behind a 送信票, an invented servicer's 分割弁済のご提案 with its 回答書, a real
servicer's 受託のお知らせ, a bank's 督促状 to a shopkeeper behind a 送信票, a card company's 期限の利益喪失通知), then the
first two 縦書き letters (dg07 a 信用金庫's 期限の利益喪失通知書 scanned, dg08 a joint 債権譲渡通知書 as a digital PDF)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Line, Page, era, kdate, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)


def kn(n: int) -> str:
    """金三百四十五万六千七百八十円: positional kanji with 十百千万."""
    return "金" + kanji_number(n) + "円"


def kd(n: int) -> str:
    """金五〇万三〇八〇円: kanji digit by digit with 〇, a 万 unit."""
    hi, lo = divmod(n, 10000)
    return "金" + (kanji_digits(str(hi)) + "万" if hi else "") + kanji_digits(f"{lo:04d}" if hi else str(lo)) + "円"


def cover(p: Page, *, to: str, to_fax: str, frm: list[str], sent: str, pages: int, subject: str, memo: list[str],
          title: str = "ＦＡＸ送信票") -> None:
    """A 送信票 (fax cover sheet) filling the page."""
    p.y = 24
    p.title(title, size=20, spaced=False)
    p.add(Line(20, p.y, 190, p.y, 0.8))
    p.gap(6)
    rows = [("宛　先", to), ("ＦＡＸ番号", to_fax), ("送信日", sent), ("送信枚数", f"{pages}枚（本票を含む）"), ("件　名", subject)]
    y = p.y
    for i, (a, b) in enumerate(rows):
        p.add(Box(20, y + i * 12, 38, 12, 0.4, (0, 0, 0), SHADE))
        p.add(Box(58, y + i * 12, 132, 12, 0.4))
        p.at(39, y + i * 12 + 8, a, size=11, align="c")
        p.at(62, y + i * 12 + 8.2, b, size=12)
    p.y = y + len(rows) * 12 + 8
    p.line("送信元", size=11, font="sans-bold")
    for s in frm:
        p.line(s, x=26, size=11)
    p.gap(5)
    p.add(Box(20, p.y, 170, 64, 0.4))
    p.at(24, p.y + 7, "通信欄", size=10, color=GRAY)
    yy = p.y + 16
    for s in memo:
        p.at(26, yy, s, size=11)
        yy += 7.5
    p.y += 70
    p.para("※本ファクシミリは、宛先のご本人様にお送りするものです。お心当たりのない場合や、枚数が不足する場合は、"
           "お手数ですが送信元までご連絡ください。", x0=20, x1=190, size=9.5, indent="")


# ---------------------------------------------------------------------------------------------
# dg01 real servicer (オリックス債権回収, 第11号) 催告書, one-page standard fax; pen circle round the total.


def dg01():
    R = 14.6
    issued, due = D(2025, 6, 18), D(2025, 7, 2)
    assign, acc, lastp = D(2025, 3, 31), D(2024, 11, 5), D(2024, 8, 27)
    P, I = 682_417, 41_350
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(190, 20, era(issued), size=10.5, align="r")
    p.at(190, 26, "お客様番号：OX-2506-41187", size=10, align="r")
    p.y = 20
    p.line("長谷場　友和　様", size=14)
    p.line("（ご依頼により、本書の写しをファクシミリにてお送りいたします）", size=8.5)
    p.gap(5)
    p.title("催　告　書", size=18)
    p.para(f"貴殿が株式会社なたね信販との間で締結された金銭消費貸借契約に基づく債権は、{era(assign)}付で同社から当社に譲渡され、"
           "その旨は既にご通知申し上げております。")
    p.para(f"貴殿は{era(acc)}の経過により期限の利益を喪失されておりますが、現在に至るまでお支払いがございません。つきましては、"
           f"下記の金額を{era(due)}までに一括してお支払いくださいますよう、本書をもって催告いたします。")
    p.para("上記期限までにお支払い又はご連絡がない場合には、やむを得ず法的手続きに移行することがございますので、念のため申し添えます。")
    p.gap(2)
    p.line("記", align="c")
    p.line("１．債権の表示", size=10.5, font="sans-bold")
    p.table([["原債権者", "株式会社なたね信販"], ["ご契約日", "平成31年2月12日（当初ご融資額 800,000円）"],
             ["債権譲渡日", era(assign)], ["期限の利益喪失日", era(acc)], ["最終ご入金日", era(lastp)]],
            [42, 118], x=25, aligns="ll", size=10, row_h=7.4, shade_col0=True)
    p.gap(3)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    ytab = p.y
    p.table([["元金", f"金{P:,}円"], ["利息", f"金{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}～{era(issued)}・年14.6％）", f"金{L:,}円"], ["合計", f"金{T:,}円"]],
            [118, 42], x=25, aligns="lr", size=10, row_h=7.8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 13, 1.0))
    p.at(30, y + 8.6, "お支払期限", size=11.5, font="sans-bold")
    p.at(68, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お振込先　かい町銀行 本店営業部 普通預金 6110241 オリックスサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("（お振込の際は、お名前の前にお客様番号の下5桁「41187」をご入力ください。）", size=9.0, indent="")
    p.gap(5)
    for s, sz, f in (("オリックス債権回収株式会社　個人債権部", 11, "sans-bold"), ("法務大臣許可番号　第11号", 9.5, "sans"),
                     ("〒105-0000　東京都港区甍坂九丁目9番9号", 9, "sans"),
                     ("TEL 0120-000-611（平日9:00～18:00）／FAX 03-0000-4412", 9.5, "sans"),
                     ("担当：斎木", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(182, p.y - 20, 14, "square", "オリックス債権回収之印", angle=2, seed=102011)
    p.seal(176, 42, 16, "maru", "至急", angle=-8, seed=102012)
    tot_y = ytab + 3 * 7.8 + 3.9
    marks = {0: (("circle", 164, tot_y, 22, 5.5), ("tick", 14, y + 8, 4.5))}
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社なたね信販", debtor="長谷場友和", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OX-2506-41187", input_kind="fax_tiff",
               template="proxy102_real_servicer_saikoku_standard_fax_pen_circle", received=issued)
    return dict(stem="dg01", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(fine=False, header="2025/06/18 10:42  FROM:ORIX SAIKEN KOJIN  03 0000 4412  TO:長谷場様  "
                                            "P.{p:03d}/{n:03d}", marks=marks),
                about="collection_notice (real servicer 催告書, 一括請求, standard fax)",
                unusual="one-page STANDARD-resolution fax (200x100 dpi) with the machine's header line carrying the "
                        "sender's FAX number; real servicer ★ オリックス債権回収株式会社 「法務大臣許可番号　第11号」 in the "
                        "sender block bottom-right; a red maru 「至急」 stamp (black on the fax) and a ballpoint circle round "
                        "the 合計 and a tick at the deadline box; 債権の表示 table with shaded labels (原債権者, ご契約日 平成31年 "
                        "with 当初ご融資額 800,000円, 譲渡日, 喪失日, 最終ご入金日); the window of the 遅延損害金 inside its "
                        "label; TEL and FAX on one line; the 5-digit transfer code 41187 as a distractor")


# ---------------------------------------------------------------------------------------------
# dg02 guarantee company 代位弁済のご通知, fine fax of 2 pages: a 送信票 first, the letter on page 2.


def dg02():
    R = 14.6
    issued, sent, due = D(2025, 8, 27), D(2025, 8, 28), D(2025, 9, 12)
    subro, acc, lastp = D(2025, 8, 20), D(2025, 7, 15), D(2025, 4, 25)
    P0, I0 = 1_846_200, 12_384
    S = P0 + I0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    c = Page(font="sans", size=11)
    cover(c, to="角掛　美穂　様", to_fax="0000-00-2294", frm=["ぶなの木保証株式会社　債権管理課", "担当　橘田",
                                                            "TEL 06-000-2847　FAX 06-000-2848"],
          sent=f"{era(sent)}", pages=2, subject="代位弁済のご通知（写し）",
          memo=["いつもお世話になっております。", "昨日お電話でご依頼のありました書面の写しを送信いたします。",
                "原本は8月27日付で郵送済みです。ご確認のほどお願いいたします。"])
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, era(issued), size=10.5, align="r")
    p.at(190, 28, "求償番号　BN-25-0820-07", size=10, align="r")
    p.y = 24
    p.line("〒939-0000　富山県富山市鷭池町8番地の8", size=10)
    p.line("角掛　美穂　様", size=14)
    p.gap(8)
    p.title("代位弁済のご通知", size=17, font="serif-bold")
    p.para(f"貴殿が株式会社若潮銀行から借り入れされました無担保フリーローン（平成30年10月1日ご契約）につきましては、当社が"
           f"保証しておりましたところ、貴殿は{era(acc)}に期限の利益を喪失されました。")
    p.para(f"このため当社は、保証契約に基づき、{era(subro)}に同行に対して下記のとおり代位弁済いたしましたので、ご通知いたします。"
           "以後、同行に代わり当社が貴殿に対して求償債権を行使いたします。")
    p.para(f"つきましては、下記ご請求金額を{era(due)}までに一括してお支払いくださいますようお願い申し上げます。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("代位弁済日", era(subro)), ("代位弁済額", f"{S:,}円（元金 {P0:,}円、利息 {I0:,}円）"),
          ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc))], x=28, label_w=40, sep="：", size=10.5)
    p.gap(3)
    p.table([["ご請求内容", "金額"], ["求償元金", f"{S:,}円"],
             [f"損害金（{era(subro + ONE)}から{era(issued)}まで　年14.6％）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [118, 44], x=26, header=True, aligns="lr", size=10.5, row_h=8.2, font="serif")
    p.gap(3)
    p.line(f"お支払期限　　{era(due)}（{wd(due)}）", x=28, size=12, font="serif-bold")
    p.gap(2)
    p.para("お振込先　若潮銀行 梅田支店 当座預金 0028471 ブナノキホショウ（カ", size=9.8, indent="")
    p.para("※損害金は、求償元金に対し代位弁済日の翌日から完済の日まで年14.6％の割合で日々発生いたします。", size=9.3, indent="")
    p.para("※お支払いが困難な場合は、お早めに当社債権管理課までご相談ください。", size=9.3, indent="")
    p.gap(6)
    for s, sz in (("ぶなの木保証株式会社", 12), ("債権管理課　担当　橘田", 10), ("〒530-0000　大阪市北区霰ケ丘九丁目9番9号", 9.3),
                  ("電話 06-000-2847　FAX 06-000-2848", 10), ("貸金業登録番号　近畿財務局長(3)第01287号", 8.8)):
        p.line(s, x=104, size=sz, font="serif-bold" if sz == 12 else "serif")
    p.seal(180, p.y - 22, 14, "square", "ぶなの木保証之印", angle=-3, seed=102021)
    tr = truth(document_type="acceleration_notice", sender="ぶなの木保証株式会社", phone="06-000-2847",
               creditor="ぶなの木保証株式会社", status="not_applicable", original="株式会社若潮銀行", debtor="角掛美穂",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="BN-25-0820-07",
               input_kind="fax_tiff", template="proxy102_guarantor_subrogation_cover_sheet_fine_fax", received=sent)
    return dict(stem="dg02", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax=dict(fine=True, header="R07.08.28 09:15  ﾌﾞﾅﾉｷﾎｼｮｳ ｻｲｹﾝｶﾝﾘ  0600002848        P.{p}/{n}"),
                about="acceleration_notice (guarantee company 代位弁済のご通知, copy behind a 送信票, fine fax)",
                unusual="two-page FINE fax (200x200 dpi): page 1 is a ＦＡＸ送信票 (宛先 / ＦＡＸ番号 / 送信日 令和7年8月28日 / "
                        "送信枚数 / 件名 and a 通信欄 saying the original was posted on 8月27日), the letter on page 2 dated "
                        "8/27 (issued) in serif; the header line in half-width katakana with the sender's fax number; "
                        "代位弁済額 with its 元金 / 利息 split in a kv line (history), a header-shaded 3-row table 求償元金 / 損害金 "
                        "/ ご請求金額; the bank's 喪失 date; 「一括してお支払い」 by the printed date (lump true); "
                        "貸金業登録番号 and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# dg03 invented servicer 和泉橋債権回収 (第241号): 分割弁済のご提案 with a 回答書 page, standard fax.


def dg03():
    R = 18.0
    issued, due = D(2025, 11, 12), D(2025, 11, 28)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 5, 2), D(2025, 1, 27)
    P, I = 438_920, 21_604
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n, inst = 20, 20_000
    plan = n * inst
    p = Page(font="sans", size=10.5, top=14)
    p.at(20, 20, "和泉橋債権回収株式会社", size=13, font="sans-bold")
    p.at(20, 25.5, "法務大臣許可番号　第241号", size=8.5)
    p.at(190, 20, f"{fw(era(issued))}", size=10, align="r")
    p.at(190, 25.5, "管理番号　IZ-5113-208", size=10, align="r")
    p.add(Line(20, 29, 190, 29, 0.6))
    p.y = 33
    p.line("嶋貫　拓真　様", size=14)
    p.gap(4)
    p.title("分割弁済のご提案", size=17)
    p.para(f"当社は、{fw(era(assign))}付でいさり火カード株式会社から、貴殿に対するカード利用代金債権を譲り受けました。先日は"
           "お電話でご事情をお聞かせいただき、ありがとうございました。")
    p.para("ご相談の内容を踏まえ、当社として下記の条件による分割弁済をご提案いたします。ご了承いただける場合は、2枚目の回答書に"
           "ご署名のうえ、ＦＡＸ又は郵送にてご返送ください。")
    p.gap(1)
    p.line("１　現在のご債務", font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年18％）", "債務残高合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [38, 38, 46, 48], x=20, header=True, aligns="rrrr", size=10.5, row_h=8)
    p.para(f"（遅延損害金は{fw(era(acc + ONE))}から{fw(era(issued))}までの日割計算。期限の利益喪失日 {fw(era(acc))}、"
           f"最終ご入金日 {fw(era(lastp))}）", size=8.5, indent="")
    p.gap(2)
    p.line("２　ご提案の内容", font="sans-bold")
    p.kv([("お支払総額", f"{plan:,}円（上記債務残高のうち、差額は分割完済時に免除いたします）"),
          ("お支払回数", f"{n}回（毎月末日まで）"), ("毎月のお支払額", f"{inst:,}円"),
          ("初回お支払日", fw(era(D(2025, 12, 31)))), ("最終回お支払日", fw(era(D(2027, 7, 31))))], x=26, label_w=36,
         sep="：", size=10)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 16, 1.2))
    p.at(26, y + 10, "ご回答期限", size=12, font="sans-bold")
    p.at(62, y + 10.3, f"{fw(era(due))}（{wd(due)}）必着", size=13.5, font="sans-bold")
    p.y = y + 21
    p.para("ご回答期限までにご返送がない場合、本提案は効力を失い、債務残高合計を一括してご請求することになります。", size=9.5,
           indent="")
    p.gap(5)
    for s in ("和泉橋債権回収株式会社　管理部　担当　玉來", "〒101-0000　東京都千代田区絣通九丁目9番9号",
              "TEL 03-0000-2410　　FAX 03-0000-2419　（受付 平日9:30～18:00）"):
        p.line(s, x=70, size=9.8)
    p.seal(182, p.y - 12, 13, "square", "和泉橋債権回収印", angle=4, seed=102031)
    q = Page(font="sans", size=11, top=20)
    q.line("（2枚目）", size=9, color=GRAY)
    q.title("回　答　書", size=18)
    q.line("和泉橋債権回収株式会社　御中", size=12)
    q.line("ＦＡＸ　03-0000-2419", size=11)
    q.gap(6)
    q.para(f"私は、{fw(era(issued))}付「分割弁済のご提案」の内容を了承し、毎月{inst:,}円を{n}回にわたり支払います。")
    q.gap(4)
    q.kv([("管理番号", "IZ-5113-208"), ("ご回答日", "令和　　年　　月　　日")], x=30, label_w=34, sep="：", size=11)
    q.gap(8)
    for lab in ("ご住所", "お名前", "お電話番号"):
        q.line(lab, x=30, size=11)
        q.add(Line(62, q.y - 1.5, 180, q.y - 1.5, 0.4))
        q.gap(6)
    q.gap(4)
    q.para("※ご提案の条件の変更をご希望の場合は、下欄にご記入ください。", size=9.5, indent="")
    q.add(Box(28, q.y + 2, 154, 40, 0.4))
    q.y += 48
    q.line(f"ご回答期限　{fw(era(due))}必着", x=30, size=11, font="sans-bold")
    marks = {1: (("circle", 48, 115.5, 20, 6), ("arrow", 132, 137, 70, 119))}
    tr = truth(document_type="settlement_proposal", sender="和泉橋債権回収株式会社", license_number=241,
               phone="03-0000-2410", creditor="和泉橋債権回収株式会社", status="unverified",
               original="いさり火カード株式会社", debtor="嶋貫拓真", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="IZ-5113-208", input_kind="fax_tiff",
               template="proxy102_invented_servicer_instalment_offer_reply_form_fax", received=issued)
    return dict(stem="dg03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax=dict(fine=False, header="NOV-12-2025 13:58  IZUMIBASHI SAIKEN       +81 3 0000 2419   "
                                            "P.{p:02d}/{n:02d}", marks=marks),
                about="settlement_proposal (invented servicer 分割弁済のご提案 + 回答書, standard fax)",
                unusual="2-page STANDARD fax with an English-style header (NOV-12-2025, +81 fax number); INVENTED servicer "
                        "「和泉橋債権回収株式会社」 with 「法務大臣許可番号　第241号」 under the name top-left (→ unverified); "
                        "full-width era dates; a 4-column one-row table ending in 債務残高合計 (the total) and a plan "
                        "(お支払総額 400,000 = 20 × 20,000, 初回 / 最終回 dates) as distractors; the heavy-framed "
                        "ご回答期限 …必着 = payment_due; p.2 a 回答書 whose ご回答日 is blank, with a ballpoint circle and "
                        "an arrow pointing the reader to the お名前 line")


# ---------------------------------------------------------------------------------------------
# dg04 real servicer エー・シー・エス債権管理回収 (第27号) 受託のお知らせ for a 信用金庫, fine fax.


def dg04():
    R = 14.0
    issued, due, entrust = D(2026, 1, 21), D(2026, 2, 6), D(2026, 1, 15)
    acc, lastp, asof = D(2025, 11, 10), D(2025, 8, 25), D(2026, 1, 20)
    P, I = 1_204_600, 8_215
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 20, "エー・シー・エス債権管理回収株式会社", size=12.5, font="sans-bold")
    p.at(20, 25.5, "法務大臣許可　第２７号", size=9)
    p.at(190, 20, "発信日　" + f"{issued.year}年{issued.month}月{issued.day}日", size=10, align="r")
    p.y = 32
    p.line("〒900-0000　沖縄県那覇市花水木三丁目3番3号", size=10)
    p.line("崎元　由香里　様", size=14)
    p.gap(6)
    p.title("受託のお知らせ　兼　ご請求書", size=16)
    p.para(f"貴殿が鳩間信用金庫との間で締結された証書貸付契約に係る債権につきまして、当社は{entrust.year}年{entrust.month}月"
           f"{entrust.day}日付で同金庫から管理及び回収業務の委託を受けましたので、お知らせいたします。なお、債権者は引き続き鳩間信用"
           "金庫であり、債権が当社に譲渡されたものではありません。")
    p.para(f"つきましては、下記ご請求額を{due.year}年{due.month}月{due.day}日までに一括してお支払いください。")
    p.gap(1)
    p.table([["委託者（債権者）", "鳩間信用金庫　（本店　那覇市もくれん通一丁目1番1号）"],
             ["受託日", f"{entrust.year}年{entrust.month}月{entrust.day}日"],
             ["期限の利益喪失日", f"{acc.year}年{acc.month}月{acc.day}日"],
             ["最終ご返済日", f"{lastp.year}年{lastp.month}月{lastp.day}日"],
             ["お客様番号", "ACS-H-260115-0338"]], [44, 126], x=20, aligns="ll", size=10, row_h=7.6, ruled="rows")
    p.gap(3)
    p.line(f"ご請求額の内訳（{asof.year}年{asof.month}月{asof.day}日現在）", size=10.5, font="sans-bold")
    yb = p.y
    p.table([["残元金", f"￥{P:,}"], ["未収利息", f"￥{I:,}"],
             [f"遅延損害金（年14.0％　{(acc + ONE).month}/{(acc + ONE).day}～{asof.month}/{asof.day}）", f"￥{L:,}"],
             ["ご請求額", f"￥{T:,}"]], [116, 54], x=20, aligns="lr", size=10.5, row_h=8, ruled="grid")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 0.8, (0, 0, 0), SHADE))
    p.at(24, y + 8, f"お支払期限　{due.year}年{due.month}月{due.day}日（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　鳩間信用金庫 本店 普通預金 0338152 エーシーエスサイケンカンリカイシュウ（カ　ハトマシンキン　※当社の"
           "回収口座です。", size=9.3, indent="")
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=9, indent="")
    p.gap(5)
    for s in ("エー・シー・エス債権管理回収株式会社　沖縄センター", "〒900-0000　那覇市桜川堤二丁目2番2号",
              "TEL 098-000-2710　FAX 098-000-2719", "担当　當麻"):
        p.line(s, x=92, size=9.8)
    p.seal(183, p.y - 12, 13, "square", "エーシーエス債権管理回収印", angle=-2, seed=102041)
    marks = {0: (("under", 22, 96, yb + 4 * 8 + 3 + 10.5),)}
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="098-000-2710", creditor="鳩間信用金庫", status="licensed", original="鳩間信用金庫",
               debtor="崎元由香里", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="ACS-H-260115-0338",
               input_kind="fax_tiff", template="proxy102_real_servicer_entrustment_credit_union_fine_fax",
               received=issued)
    return dict(stem="dg04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(fine=True, header="2026年 1月21日(水) 15:03   ＡＣＳ債権管理回収 沖縄   ＦＡＸ 098 000 2719"
                                           "     P.{p}/{n}", marks=marks),
                about="assignment_notice (real servicer 受託のお知らせ 兼 ご請求書 for a 信用金庫, fine fax)",
                unusual="one-page FINE fax with a Japanese header line (weekday, sender, FAX number); real servicer ★ "
                        "エー・シー・エス債権管理回収株式会社 with 「法務大臣許可　第２７号」 in full-width; 受託 (the 信用金庫 "
                        "stays creditor and original creditor; the 受託日 is not an assignment date); western 年月日 "
                        "dates; the お客様番号 as the last row of a rows-ruled table; ￥ amounts without 円; the 遅延損害金 "
                        "window as M/D in the label; a ballpoint double underline under the deadline; the bank's own "
                        "address and the collection account as distractors")


# ---------------------------------------------------------------------------------------------
# dg05 bank 督促状 to a shopkeeper (事業性ローン, two missed instalments), standard fax behind a 送信票.


def dg05():
    R = 14.0
    issued, due = D(2026, 2, 16), D(2026, 2, 27)
    lastp = D(2025, 11, 25)
    rows = [(D(2025, 12, 25), 93_000, 4_806), (D(2026, 1, 26), 93_000, 4_536)]
    calc = [(d, pr, it, late(pr, R, d + ONE, issued)) for d, pr, it in rows]
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    c = Page(font="sans", size=11)
    cover(c, to="廣畑製作所　廣畑　俊之　様", to_fax="0000-00-5160",
          frm=["株式会社若潮銀行　丸亀支店　融資課", "担当　胡麻崎", "TEL 0877-00-2261　FAX 0877-00-2269"],
          sent=f"{issued.year}年{issued.month}月{issued.day}日", pages=2, subject="ご返済について（督促状）",
          memo=["平素は格別のお引き立てを賜り、厚く御礼申し上げます。", "事業資金ご融資のご返済につき、次葉のとおり",
                "ご連絡申し上げます。お手数ですがご確認ください。"], title="ファクシミリ送信のご案内")
    p = Page(font="sans", size=10.5, top=18)
    p.at(190, 22, f"{issued.year}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(190, 28, "管理番号　WS-0216-3391", size=10, align="r")
    p.y = 24
    p.line("廣畑製作所", size=11)
    p.line("代表　廣畑　俊之　様", size=13.5)
    p.gap(8)
    p.title("督　促　状", size=18)
    p.para("平素は当行をお引き立ていただき、誠にありがとうございます。")
    p.para("さて、貴殿にご利用いただいております事業資金ご融資（証書貸付）につきまして、下記のとおりご返済が遅れております。"
           "つきましては、延滞金額を下記期日までにご返済用口座へご入金くださいますようお願い申し上げます。")
    p.gap(2)
    p.line("記", align="c")
    head = ["ご返済日", "延滞元金", "延滞利息", "遅延損害金", "計"]
    body = [[f"{d.year}/{d.month:02d}/{d.day:02d}", f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"]
            for d, pr, it, lt in calc]
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [34, 34, 32, 34, 36], x=20, header=True, aligns="crrrr", size=10.5, row_h=8.2)
    p.line("（単位：円）遅延損害金は各回の延滞元金に対し年14.0％、ご返済日の翌日から本状作成日までの日割計算です。",
           x=20, size=8.5)
    p.gap(3)
    p.line(f"ご入金期日　　{issued.year}年{due.month}月{due.day}日（{wd(due)}）", x=26, size=12.5, font="sans-bold")
    p.line("ご返済用口座　丸亀支店　普通預金　5160274", x=26, size=10.5)
    p.gap(3)
    p.kv([("ご融資番号", "081-0047752"), ("ご融資日", "2022年4月28日"), ("ご融資金額", "5,580,000円"),
          ("毎月のご返済額", "元金93,000円＋利息"), ("最終ご入金日", f"{lastp.year}年{lastp.month}月{lastp.day}日")],
         x=26, label_w=36, sep="", size=9.8)
    p.gap(3)
    p.para("なお、延滞が続きますと、銀行取引約定書の定めにより期限の利益を喪失し、ご融資残高全額を一括してご返済いただくことと"
           "なりますので、ご留意ください。本状と行き違いにご入金いただいた場合は、ご容赦ください。", size=9.5)
    p.gap(5)
    for s, sz in (("株式会社若潮銀行　丸亀支店", 11.5), ("支店長　地引　清隆", 10), ("〒763-0000　香川県丸亀市箙町7番7号", 9.3),
                  ("電話 0877-00-2261（融資課直通）", 10)):
        p.line(s, x=110, size=sz, font="sans-bold" if sz == 11.5 else "sans")
    p.seal(182, p.y - 18, 13, "square", "若潮銀行丸亀支店長", angle=3, seed=102051)
    tr = truth(document_type="collection_notice", sender="株式会社若潮銀行", phone="0877-00-2261",
               creditor="株式会社若潮銀行", status="not_applicable", debtor="廣畑俊之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None, last_payment=lastp,
               reference="WS-0216-3391", input_kind="fax_tiff",
               template="proxy102_bank_business_loan_dunning_cover_standard_fax", received=issued)
    return dict(stem="dg05", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax=dict(fine=False, header="02/16/2026 11:20 0877002269 WAKASHIO BK MARUGAME    #0412 P.{p:03d}/{n:03d}"),
                about="collection_notice (bank 督促状 of two missed business-loan instalments, behind a 送信票)",
                unusual="2-page STANDARD fax: p.1 a 「ファクシミリ送信のご案内」 cover (宛先 廣畑製作所 廣畑 俊之 様, the "
                        "branch's TEL and FAX), p.2 the 督促状 to the shop's owner (屋号 on its own line above 「代表　廣畑　"
                        "俊之　様」); a US-style header 02/16/2026; slash dates in a 5-column instalment table in 「単位：円」 "
                        "with a 合計 row (the total); ご入金期日 in bold; arrears only (lump false, no 喪失); ご融資番号, "
                        "ご融資日, ご融資金額 5,580,000, 毎月のご返済額 and the 支店長's name as distractors")


# ---------------------------------------------------------------------------------------------
# dg06 card company 期限の利益喪失のご通知 (一括請求), fine fax with a 担当 認印 and a 至急 stamp.


def dg06():
    R = 18.0
    issued, due = D(2026, 4, 17), D(2026, 5, 1)
    acc, lastp = D(2026, 4, 10), D(2025, 12, 27)
    Pshop, Pcash, I = 188_640, 338_700, 14_926
    P = Pshop + Pcash
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(20, 14, 10, 10, color=None, fill=(0, 0, 0)))
    p.at(25, 21.2, "漁", size=12, font="sans-bold", color=(1, 1, 1), align="c")
    p.at(33, 21, "いさり火カード", size=15, font="sans-bold")
    p.at(190, 19, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(190, 25, "お問合せ番号　IS-260417-552", size=10, align="r")
    p.y = 32
    p.line("慶徳　里奈　様", size=14)
    p.line("会員番号　4523-88＊＊-＊＊＊＊-6710", size=9.5)
    p.gap(5)
    p.title("期限の利益喪失のご通知", size=17)
    p.para(f"お客様のカードご利用代金につきましては、再三ご請求申し上げておりますが、{era(lastp)}を最後にご入金がございません。")
    p.para(f"つきましては、カード会員規約第21条に基づき、お客様は{era(acc)}をもって期限の利益を喪失されましたので、本書をもって"
           "ご通知いたします。下記ご請求金額全額を、お支払期日までに一括してお支払いください。")
    p.gap(1)
    p.line("■ご請求金額", size=11, font="sans-bold")
    yb = p.y
    p.table([["ご利用残高（元金）", f"{P:,}円"], ["　うちショッピング", f"（{Pshop:,}円）"],
             ["　うちキャッシング", f"（{Pcash:,}円）"], ["未払利息・手数料", f"{I:,}円"],
             [f"遅延損害金（年18.0％・{era(acc + ONE)}以降）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [118, 52], x=20, aligns="lr", size=10.5, row_h=7.8, ruled="rows")
    p.line(f"※{era(issued)}現在の金額です。遅延損害金はその後も完済まで発生いたします。", x=20, size=8.8)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 13, 1.0))
    p.at(25, y + 8.6, "お支払期日", size=12, font="sans-bold")
    p.at(60, y + 8.8, f"令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お振込先　鬼灯銀行 本店営業部 普通預金 5520417 イサリビカード（カ　　※お振込手数料はお客様のご負担となります。",
           size=9.3, indent="")
    p.para("お支払いのない場合、信用情報機関への登録のほか、法的手続き（支払督促の申立て等）を検討させていただきます。", size=9.3,
           indent="")
    p.gap(5)
    for s, sz in (("いさり火カード株式会社　債権管理部", 11), ("〒104-0000　東京都中央区柊坂九丁目9番9号", 9.3),
                  ("お問合せ　03-0000-5520（平日9:00～17:00）", 10), ("担当　後呂", 10),
                  ("貸金業登録番号　関東財務局長(5)第00931号", 8.5)):
        p.line(s, x=100, size=sz, font="sans-bold" if sz == 11 else "sans")
    p.seal(122, p.y - 8.0, 7.5, "maru", "後呂", angle=6, seed=102061)
    p.seal(182, p.y - 22, 13, "square", "いさり火カード之印", angle=-3, seed=102062)
    p.seal(172, 43, 17, "maru", "至急", angle=10, seed=102063)
    marks = {0: (("circle", 164, yb + 5 * 7.8 + 3.9, 24, 5.5),)}
    tr = truth(document_type="acceleration_notice", sender="いさり火カード株式会社", phone="03-0000-5520",
               creditor="いさり火カード株式会社", status="not_applicable", debtor="慶徳里奈", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IS-260417-552", input_kind="fax_tiff",
               template="proxy102_card_acceleration_fine_fax_hand_seals", received=issued)
    return dict(stem="dg06", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax=dict(fine=True, header="APR-17-2026 16:40  FROM-ISARIBI CARD SAIKEN  +81-3-0000-5529  T-415 P.{p:03d}/{n:03d} F-227",
                         marks=marks),
                about="acceleration_notice (card company 期限の利益喪失のご通知, 一括請求, fine fax)",
                unusual="one-page FINE fax with a US-style machine header (APR-17-2026, T-/F- job numbers); black logo "
                        "square with one kanji; the 担当's small maru 認印 「後呂」 beside the sender block and a big "
                        "「至急」 maru stamp top-right (hand-stamped, black on the fax); rows-ruled table where the 元金 row "
                        "is followed by its split in brackets (うちショッピング / うちキャッシング, not extra fields); 未払利息・"
                        "手数料 → interest; the 遅延損害金 label gives only the start (以降) and the 現在 date sits in the note; "
                        "a masked 会員番号, カード会員規約第21条 and the 貸金業登録番号 as distractors; a pen circle round the total")


# ---------------------------------------------------------------------------------------------
# dg07 信用金庫 縦書き 期限の利益喪失通知書 (内容証明): positional kanji amounts 十百千万, scanned.


def dg07():
    R = 14.0
    issued, due = D(2025, 9, 19), D(2025, 10, 3)
    acc, lastp, warn = D(2025, 9, 12), D(2025, 5, 30), D(2025, 8, 29)
    P, I = 4_128_300, 23_917
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　貴殿は、当金庫との間の平成二十九年六月十六日付金銭消費貸借契約（事業資金）に基づく分割返済金の支払を、"
                 f"{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"そこで当金庫は、{kdate(warn)}付書面により、延滞金を{kdate(acc)}までに支払うよう催告いたしましたが、同日までに"
                 "お支払いがありませんでした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書第五条第二項に基づき、{kdate(acc)}の経過により、本件貸付金債務について期限の"
                 "利益を喪失いたしましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}までに、当金庫本店へ持参又は振込の方法により一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、貸付残元金　　{kn(P)}"),
        ("indent", f"二、未収利息　　　{kn(I)}"),
        ("indent", f"三、遅延損害金　　{kn(L)}"),
        ("plain", f"　　　（{kdate(acc + ONE)}から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四、合計　　　　　{kn(T)}"),
        ("body", "なお、右期限までにお支払いなき場合は、担保不動産につき競売の申立てその他の法的手続をとりますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県長野市すいせん台四丁目四番四号"),
        ("low", "山法師信用金庫"),
        ("low", "電話　〇二六（〇〇〇）三一四五"),
        ("low", "理事長　裏辻　正臣"),
        ("blank", ""),
        ("low", "長野県須坂市紅葉坂下二丁目二番二号"),
        ("low", "敷根　勝利　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 102071))
    it = [v for v in pg.items if isinstance(v, VText) and "裏辻" in v.s][0]
    pg.items.append(Seal(it.x - 3.0, it.y + len(it.s) * size * 0.3528 * 1.05 + 8, 11, "square", "山法師信用金庫理事長之印",
                         angle=-3, seed=102072))
    tr = truth(document_type="acceleration_notice", sender="山法師信用金庫", phone="026-000-3145",
               creditor="山法師信用金庫", status="not_applicable", debtor="敷根勝利", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_scan", template="proxy102_vertical_credit_union_acceleration_positional_kanji",
               received=D(2025, 9, 22))
    return dict(stem="dg07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=1.0,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, positional kanji)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a 信用金庫, scanned, with the 内容証明 stamp: every amount "
                        "in positional kanji with 十百千万 (金四百十二万八千三百円 …); every date in 令和 kanji; the 催告 date "
                        "八月二十九日 and its deadline 九月十二日 (= acceleration 「の経過により」); 平成二十九年 contract date "
                        "and 約定書第五条第二項 as distractors; the debtor's address and name at the very end (殿); phone in "
                        "kanji digits with 〇; no reference number printed (null)")


# ---------------------------------------------------------------------------------------------
# dg08 joint 縦書き 債権譲渡通知書: consumer-credit company → アウロラ債権回収 (第七十六号), kanji digits with 〇, PDF.


def dg08():
    R = 14.6
    issued, assign = D(2025, 12, 8), D(2025, 12, 1)
    acc, lastp = D(2025, 7, 3), D(2025, 3, 27)
    P, I = 503_080, 17_460
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"通知人株式会社なたね信販（以下「譲渡人」）は、貴殿に対して有する左記債権を、{kdate(assign)}付で通知人アウロラ"
                 "債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", "今後のお支払い及びお問い合わせは、すべて譲受人に対してなされますようお願いいたします。"),
        ("indent", "記"),
        ("indent", "一、債権の表示"),
        ("plain", "　　平成三十年九月二十日付金銭消費貸借契約（契約番号　第〇〇四八―二九一七号）に基づく貸金債権"),
        ("indent", f"二、譲渡債権額（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　{kd(P)}"),
        ("plain", f"　　利息　　　　{kd(I)}"),
        ("plain", f"　　遅延損害金　{kd(L)}"),
        ("plain", "　　　（年一四・六パーセント）"),
        ("plain", f"　　合計　　　　{kd(T)}"),
        ("indent", f"三、期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四、最終弁済日　　　　{kdate(lastp)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）東京都新宿区もみじ台西五丁目五番五号"),
        ("low", "株式会社なたね信販　代表取締役　繭山　公平"),
        ("blank", ""),
        ("low", "（譲受人）東京都中央区鬼灯八丁目八番八号"),
        ("low", "法務大臣許可番号　第七十六号"),
        ("low", "電話　〇三（〇〇〇〇）七六〇一"),
        ("low", "アウロラ債権回収株式会社"),
        ("low", "代表取締役　魚返　健"),
        ("blank", ""),
        ("low", "神奈川県川崎市川蝉町六番地六"),
        ("low", "朝妻　千鶴　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for key, txt, sd in (("繭山", "なたね信販|代表/取締役", 102081), ("魚返", "アウロラ債権回収|代表/取締役", 102082)):
        it = [v for v in pg.items if isinstance(v, VText) and key in v.s][0]
        pg.items.append(Seal(it.x - 3.2, it.y + len(it.s) * it.size * 0.3528 * 1.05 + 9, 11, "round", txt, angle=-4,
                             seed=sd))
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7601", creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社なたね信販",
               debtor="朝妻千鶴", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=None,
               input_kind="vertical_pdf", template="proxy102_vertical_joint_assignment_kanji_digit_amounts",
               received=D(2025, 12, 10))
    return dict(stem="dg08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint 縦書き 債権譲渡通知書, consumer-credit company → real servicer)",
                unusual="縦書き joint 債権譲渡通知書 as a digital PDF: amounts in kanji DIGIT BY DIGIT with 〇 and a 万 unit "
                        "(金五〇万三〇八〇円), the rate as 年一四・六パーセント; real servicer ★ アウロラ債権回収株式会社 with "
                        "「法務大臣許可番号　第七十六号」 in positional kanji; both notifiers at the end with round seals; a "
                        "契約番号 第〇〇四八―二九一七号 and the 平成三十年 contract date (distractors); informs only (no due "
                        "date, lump false); no customer number (reference null)")


LETTERS = [dg01, dg02, dg03, dg04, dg05, dg06, dg07, dg08]
