"""Proxy set 56, letters bm09–bm16: a real servicer's notice under the 債権譲渡特例法 (登記事項証明書 enclosed, 譲渡日 ≠
登記日 ≠ 通知日), an invented servicer's 合併に伴う変更のお知らせ (claims nothing), a 簡裁 支払督促 with the buyer as 債権者,
a law office's 縦書き 御通知 for a fund that bought the loan, the 仮執行宣言付支払督促 of the merged servicer's claim
(photographed), a 地裁支部 (ワ) 呼出状 + 訴状 with the buyer as 原告, a real servicer's 和解 proposal by fax, and a scam
dressed as a 債権譲渡通知書."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
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
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ACSB = (0.05, 0.30, 0.55)
INDIGO = (0.20, 0.18, 0.50)
MUF = (0.65, 0.05, 0.12)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def add_up(total: int, *parts: int) -> int:
    """Every printed breakdown adds up to its printed total."""
    assert sum(parts) == total, (parts, total)
    return total


# ---------------------------------------------------------------------------------------------
# bm09 ★ エー・シー・エス債権管理回収's notice under the 債権譲渡特例法 with the 登記事項証明書 (p.2); scanned PDF.


def bm09():
    R = 14.6
    issued, assign, reg = D(2026, 2, 24), D(2025, 10, 31), D(2025, 11, 4)
    acc, lastp = D(2025, 6, 3), D(2025, 3, 27)
    P, I = 312_480, 9_122
    L = late(P, R, acc + timedelta(1), assign)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ACS", size=17, font="sans-bold", color=ACSB)
    p.at(38, 19, "エー・シー・エス債権管理回収株式会社", size=10.5, font="sans-bold", color=ACSB)
    p.at(196, 17, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "お客様番号　ACS-26-04419", size=9.5, align="r")
    window(p, 15, 28, "038-0000", ["青森県つがる市じんちょうげ坂九丁目9番9号"], "榧野　拓海　様", "bm09", w=94, h=32)
    p.y = 66
    p.title("債権譲渡登記に係る通知書", size=15)
    p.line("（動産及び債権の譲渡の対抗要件に関する民法の特例等に関する法律第4条第2項に基づく通知）", align="c", size=8.8)
    p.gap(2)
    p.para(f"株式会社しゅろクレジット（以下「譲渡人」）は、貴殿に対して有する下記の債権を、{era(assign)}付売買により当社（以下"
           f"「譲受人」）に譲渡し、{era(reg)}、東京法務局において債権譲渡登記をいたしました。", size=9.8)
    p.para("つきましては、同法第4条第2項に基づき、別紙「登記事項証明書」を交付して、譲受人より本書をもってご通知いたします。"
           "本日以降のお支払い・ご相談は、すべて当社宛てにお願いいたします。", size=9.8)
    p.gap(1)
    y = grid(p, 15, p.y, [32, 58, 32, 59], [
        ["譲渡人", "株式会社しゅろクレジット", "譲受人", "エー・シー・エス債権管理回収株式会社"],
        ["登記原因日付", era(assign), "登記年月日", era(reg)],
        ["最終お支払日", era(lastp), "期限の利益喪失日", era(acc)],
    ], h=7.5, size=8.6, lsize=8.2)
    p.y = y + 4
    p.line("譲渡債権の内容（譲渡日現在）", size=10.5, font="sans-bold")
    x0, x1 = 26, 150
    for lab, val in (("残元金", f"{P:,}円"), ("未払手数料", f"{I:,}円"),
                     (f"遅延損害金（{era(acc + timedelta(1))}～{era(assign)}　年14.6%）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1)
    b = p.line("譲渡債権額　計", x=x0, size=10.5, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=10.5, font="sans-bold", align="r")
    p.gap(3)
    p.para(f"今後のお支払方法についてご相談させていただきたく、{era(D(2026, 3, 13))}までに下記お問合せ先へお電話ください。"
           "なお、本書は債権譲渡の通知を目的とするものであり、本書によりお支払いを求めるものではございません。", size=9.5,
           indent="")
    p.gap(2)
    p.add(Box(15, p.y, 181, 22, 0.4, ACSB))
    for i, s in enumerate(["エー・シー・エス債権管理回収株式会社　法務大臣許可番号第27号",
                           "〒261-0000 千葉県千葉市美浜区やよい通九丁目9番9号", "お問合せ先　043-000-2741（平日 9:00～18:00）　担当　新宮寺",
                           "同封書類：登記事項証明書（概要記録事項証明書・債権個別事項証明書）"]):
        p.at(19, p.y + 5.5 + i * 4.6, s, size=9 if i else 9.5, font="sans-bold" if i == 0 else "sans")
    q = Page(font="serif", size=9.5, top=16)
    q.title("登 記 事 項 証 明 書（債権個別事項証明書）", size=13, font="serif-bold")
    q.line("（本書は、当社が交付を受けた証明書のうち、貴殿に係る部分の写しです。）", align="c", size=8.5)
    q.gap(3)
    q.table([["登記の目的", "債権譲渡登記"], ["譲渡人", "株式会社しゅろクレジット（本店 宮城県仙台市青葉区長月坂九丁目9番9号）"],
             ["譲受人", "エー・シー・エス債権管理回収株式会社"], ["登記原因", "売買"], ["登記原因日付", fw(era(assign))],
             ["登記年月日", fw(era(reg))], ["登記番号", "第２０２５－４１８８６号"], ["債権の総額", "金１，２４８，３９０，２１６円"],
             ["債権の個数", "３，６１４個"]],
            [44, 136], x=15, aligns="ll", size=9.3, row_h=7.5, shade_col0=True)
    q.gap(5)
    q.line("債権個別事項（債権通番　第０２１７７号）", size=10, font="serif-bold")
    q.gap(1)
    q.table([["債務者", "榧野　拓海"], ["債権の種類", "クレジットカード利用代金債権（ショッピング・キャッシング）"],
             ["債権発生年月日", fw("平成30年8月14日")], ["発生時債権額", "金５００，０００円（利用限度額）"],
             ["譲渡時債権額", f"金{fw(f'{T:,}')}円"]],
            [44, 136], x=15, aligns="ll", size=9.3, row_h=7.5, shade_col0=True)
    q.gap(5)
    q.line("上記は登記事項証明書の記載と相違ないことを証明する。", x=20, size=9.5)
    q.line(fw(era(issued)), x=20, size=9.5)
    q.line("エー・シー・エス債権管理回収株式会社", x=110, size=10)
    q.seal(186, q.y - 4, 12, "square", "エーシーエス之印", angle=2, seed=56091)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="043-000-2741", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社しゅろクレジット", debtor="榧野拓海", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ACS-26-04419", input_kind="pdf_scan",
               template="proxy56_servicer_assignment_registration_notice_certificate", received=D(2026, 2, 26))
    return dict(stem="bm09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (real servicer, 債権譲渡登記 notice with the certificate, 2 pages scanned)",
                unusual="2-page image PDF: a notice under the 債権譲渡特例法 (第4条第2項) sent by the 譲受人 alone, real servicer "
                        "★ エー・シー・エス債権管理回収株式会社 (Latin mark 「ACS」, 「法務大臣許可番号第27号」 in the framed "
                        "contact box); THREE dates that differ: 登記原因日付 = 譲渡日 令和7年10月31日, 登記年月日 11/4 and the "
                        "通知日 令和8年2月24日; a shaded-label grid (譲渡人 / 譲受人 / 登記原因日付 / 登記年月日 / 最終お支払日 / "
                        "喪失日); label rows 残元金 / 未払手数料 / 遅延損害金 / 譲渡債権額 計 as of the 譲渡日; a call-us-by "
                        "date (3/13) that asks for a phone call and 「お支払いを求めるものではございません」; p.2 a serif "
                        "登記事項証明書 extract in full-width (登記番号, 債権の総額 1,248,390,216円 of 3,614 claims, 発生時債権額 "
                        "500,000円 — all distractors)")


# ---------------------------------------------------------------------------------------------
# bm10 invented servicer's 合併に伴う変更のお知らせ: 新旧 table, nothing claimed (other); scanned.


def bm10():
    issued, eff = D(2026, 4, 6), D(2026, 4, 1)
    assign, lastp = D(2024, 6, 28), D(2026, 3, 27)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 12, color=None, fill=INDIGO))
    p.at(20, 20.3, "八雲債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 20.3, "法務大臣許可番号　第253号", size=9.5, color=WHITE, align="r")
    p.at(196, 31, era(issued), size=10, align="r")
    p.y = 30
    p.line("〒624-0000 京都府舞鶴市神無月坂九丁目9番9号", x=18, size=10)
    p.line("申谷　典子　様", x=24, size=13.5)
    p.y = 50
    p.title("合併に伴うお振込口座及びお問合せ先変更のお知らせ", size=14)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"さて、八雲債権回収株式会社（以下「当社」）は、{era(eff)}を効力発生日として木蓮債権回収株式会社を吸収合併し、同社の"
           "権利義務の一切を承継いたしました。これにより、お客様が木蓮債権回収株式会社にお支払いいただいていた下記の債権は、"
           "同日以降、当社が債権者として管理しております。", size=9.8)
    p.para("お客様とのお約束（毎月のお支払額・お支払日）に変更はございません。ただし、お振込口座及びお問合せ先が次のとおり"
           "変わりますので、お手数ですが次回のお振込みから新しい口座をご利用ください。", size=9.8)
    p.line("敬具", align="r")
    p.gap(1)
    p.table([["項　目", "変更前", "変更後"],
             ["会社名", "木蓮債権回収株式会社", "八雲債権回収株式会社"],
             ["お客様番号", "MK-18-00734", "YK-2604-0734"],
             ["お振込口座", "うなばら銀行 四条支店 普通 1180734", "ときつ銀行 舞鶴支店 普通 4402531"],
             ["口座名義", "モクレンサイケンカイシュウ（カ", "ヤクモサイケンカイシュウ（カ"],
             ["お問合せ先", "075-000-1873", "0773-00-2530"]],
            [30, 75, 76], x=15, header=True, aligns="lll", size=9.3, row_h=8)
    p.gap(4)
    p.line("ご参考　お客様の債権", size=10.5, font="sans-bold")
    grid(p, 15, p.y, [34, 56, 34, 57], [
        ["原債権者", "株式会社辛夷ファイナンス", "債権譲受日（木蓮）", slash(assign)],
        ["毎月のお支払額", "10,000円（毎月27日）", "最終ご入金日", slash(lastp)],
    ], h=7.5, size=9.3, lsize=8.2)
    p.y += 19
    p.para("※本状はお支払いを請求するものではございません。旧口座へお振込みいただいた場合も当社で確認いたしますが、"
           "振込手数料はお客様のご負担となりますのでご注意ください。", size=9, indent="")
    p.para("※合併を装って口座変更を求める不審な電話・メールにご注意ください。当社が個人名義の口座をご案内することはございません。",
           size=9, indent="")
    p.gap(4)
    for s, sz, f in (("八雲債権回収株式会社", 11, "sans-bold"), ("代表取締役　柳生　慎一郎", 9.5, "sans"),
                     ("法務大臣許可番号　第253号", 9.5, "sans"), ("〒624-0000 京都府舞鶴市比叡通九丁目9番9号", 9, "sans"),
                     ("お問合せ　0773-00-2530（平日 9:00～17:00）", 9.5, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(188, p.y - 22, 13, "square", "八雲債権回収之印", angle=-2, seed=56101)
    tr = truth(document_type="other", sender="八雲債権回収株式会社", license_number=253, phone="0773-00-2530",
               creditor="八雲債権回収株式会社", status="unverified", original="株式会社辛夷ファイナンス",
               debtor="申谷典子", lump=False, issued=issued, last_payment=lastp, assignment=assign,
               reference="YK-2604-0734", input_kind="scan_png",
               template="proxy56_invented_servicer_merger_account_change_notice", received=D(2026, 4, 8))
    return dict(stem="bm10", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="other (invented servicer's 合併 notice: new account and contact, nothing claimed)",
                unusual="a notice that CLAIMS NOTHING (every amount null): INVENTED servicer 「八雲債権回収株式会社」 with "
                        "「法務大臣許可番号　第253号」 (→ unverified) white-on-indigo at the top and in the sender block tells a "
                        "customer of the servicer it ABSORBED (木蓮債権回収, 吸収合併, 効力発生日 4/1 ≠ the letter date 4/6) "
                        "that the claim and the account moved; a 項目 / 変更前 / 変更後 table with TWO お客様番号, two accounts "
                        "and two phones (the old ones are distractors); a ご参考 grid with 原債権者, 債権譲受日（木蓮） 2024/06/28, "
                        "毎月のお支払額 10,000円 (not an amount claimed) and 最終ご入金日; 「お支払いを請求するものではございません」")


# ---------------------------------------------------------------------------------------------
# bm11 敦賀簡易裁判所 支払督促, creditor ★ パルティール債権回収 (譲受債権); 2 pages scanned.


def bm11():
    R = 14.6
    issued, filed = D(2026, 3, 4), D(2026, 2, 20)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 5, 12), D(2025, 2, 10)
    P, I, C = 486_300, 5_112, 4_320
    L = late(P, R, acc + timedelta(1), filed)
    T = add_up(P + I + L + C, P, I, L, C)
    case = "令和８年（ロ）第１４６号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"事件番号　{case}", size=10.5, align="r")
    p.y = 24
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("債権者", "東京都品川区しきみ坂九丁目9番9号　パルティール債権回収株式会社"),
          ("", "代表者代表取締役　吉野谷　隆"),
          ("", "（送達場所）同所　電話 03-0000-1134　FAX 03-0000-1135"),
          ("債務者", "福井県敦賀市ほとけのざ町九丁目9番9号　猪子　健吾")], x=20, label_w=22, size=9.8)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.table([["１", "譲受債権元金", f"{P:,}円"], ["２", "利息（未払約定利息）", f"{I:,}円"],
             ["３", f"確定遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで 年14.6%）", f"{L:,}円"],
             ["４", "督促手続費用", f"{C:,}円"], ["", "合　計", f"{T:,}円"]],
            [10, 120, 40], x=20, aligns="clr", size=10, row_h=8)
    p.para(f"５　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年14.6%の割合による遅延損害金", x0=20, size=10,
           indent="")
    p.gap(3)
    p.line(fw(era(issued)), x=24, size=10.5)
    p.line("敦賀簡易裁判所　裁判所書記官　粉河　俊介", x=24, size=11)
    p.seal(160, p.y - 5, 13, "square", "敦賀簡易裁判所書記官印", angle=0, seed=56111)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.4, None, SHADE))
    for i, s in enumerate(["（注意）　この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の",
                           "申立てをすることができます。申立てがないときは、仮執行宣言が付され、強制執行を受けることがあります。",
                           "異議申立書の用紙は同封のものをご利用ください。",
                           "敦賀簡易裁判所　〒914-0000 福井県敦賀市寒露坂九丁目9番9号　電話 0770-00-2214（民事係）"]):
        p.at(24, y + 6.5 + i * 6.2, s, size=9)
    q = Page(font="serif", size=10.5, top=18)
    q.line("請　求　の　原　因", align="c", size=13, font="serif-bold")
    q.gap(3)
    for s in ("１　株式会社露草カード（以下「原債権者」という。）は、債務者との間で、平成29年4月18日、カード利用契約を締結し、"
              "債務者に対し、同契約に基づき金員を貸し付けた（利用限度額50万円、利率年15.0%、遅延損害金年14.6%）。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、債務者に対する上記債権を債権者に譲渡し、同年10月6日到達の書面により債務者に"
              "その旨通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=10.3, indent="")
        q.gap(1.5)
    q.gap(4)
    q.line("督促手続費用の内訳", size=10.5, font="serif-bold", x=22)
    q.table([["申立手数料", "2,500円"], ["支払督促正本送達費用", "1,110円"], ["支払督促発付通知費用", "110円"],
             ["申立書作成及び提出費用", "600円"], ["計", f"{C:,}円"]], [90, 40], x=30, aligns="lr", size=9.8, row_h=7)
    assert C == 2_500 + 1_110 + 110 + 600
    q.gap(4)
    q.line(f"申立日　{fw(era(filed))}", x=22, size=10)
    q.line(f"（{case}）", x=22, size=9.5)
    tr = truth(document_type="payment_order", sender="敦賀簡易裁判所", phone="0770-00-2214",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社露草カード",
               debtor="猪子健吾", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="pdf_scan", template="proxy56_payment_order_tsuruga_buyer_creditor",
               received=D(2026, 3, 7))
    return dict(stem="bm11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer as 債権者 of a bought claim, 2 pages scanned)",
                unusual="支払督促 of a court not used before (敦賀簡裁) as a 2-page image PDF in serif: the full-width case "
                        "number alone top-right; the parties as kv lines (creditor ★ パルティール債権回収株式会社, no licence "
                        "number: court paper; its 送達場所 TEL/FAX as distractors); 請求の趣旨 as a numbered 3-column table "
                        "(譲受債権元金 / 利息 / 確定遅延損害金 with its window / 督促手続費用 / 合計) and the running item ５ "
                        "below; a grey (注意) box with the court's phone; p.2 請求の原因 with the 譲渡 to the creditor and the "
                        "通知 到達 10/6 (not the 譲渡日), 平成29年 contract, 50万円 limit and 15.0% (distractors), and a "
                        "督促手続費用の内訳 table (4 rows = 4,320)")


# ---------------------------------------------------------------------------------------------
# bm12 law office's 縦書き 御通知 (内容証明) for a FUND that bought the loan; absolute deadline; digital.


def bm12():
    R = 20.0
    issued, due = D(2026, 4, 28), D(2026, 5, 15)
    assign, acc, lastp = D(2025, 11, 28), D(2025, 3, 4), D(2024, 12, 2)
    P, I = 745_000, 9_860
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    ky = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "御通知"),
        ("body", "冠省　当職は、合同会社瑪瑙インベストメンツ（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", f"通知人は、{kdate(assign)}、株式会社まさきローン（以下「原債権者」といいます。）から、貴殿に対する貸金債権を譲り"
                 "受けました。右譲渡については、原債権者から貴殿に対し、既に通知がなされております。"),
        ("body", f"貴殿は、{kdate(lastp)}の返済を最後にその後の返済を怠り、{kdate(acc)}の経過をもって期限の利益を喪失して"
                 "おります。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。右期日までにお支払いのないときは、"
                 "通知人は貴殿に対し、訴訟提起その他の法的手続を執りますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{ky(P)}"),
        ("indent", f"二　未払利息　　　{ky(I)}"),
        ("indent", f"三　遅延損害金　　{ky(L)}"),
        ("plain", "　　（令和七年三月五日から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　　{ky(T)}"),
        ("indent", "振込先　つきかげ銀行　四条烏丸支店　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("5820413")),
        ("plain", "　　　　口座名義　弁護士当麻圭介預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "京都市中京区如月坂九丁目九番九号"),
        ("low", "皐月総合法律事務所"),
        ("low", "通知人代理人　弁護士　当麻　圭介"),
        ("low", "電話　〇七五（〇〇〇）五八二〇"),
        ("low", "（当職整理番号　ＳＴ－２６０４１）"),
        ("blank", ""),
        ("low", "京都府宇治市はづき町九丁目九番九号"),
        ("low", "槙野　恵美　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 56121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "当麻　圭介" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士当麻圭介之印", angle=3,
                         seed=56122))
    tr = truth(document_type="collection_notice", sender="皐月総合法律事務所", phone="075-000-5820",
               creditor="合同会社瑪瑙インベストメンツ", status="not_applicable", original="株式会社まさきローン",
               debtor="槙野恵美", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="ST-26041",
               input_kind="vertical_pdf", template="proxy56_vertical_lawyer_for_fund_buyer_absolute_deadline",
               received=D(2026, 4, 30))
    return dict(stem="bm12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a fund that bought the loan, 縦書き 内容証明)",
                unusual="縦書き 御通知 (冠省 … 草々) of a one-lawyer office, digital, with the 内容証明 stamp; the client "
                        "(通知人) is a FUND 「合同会社瑪瑙インベストメンツ」 that bought the loan from a consumer lender "
                        "(原債権者 named in the prose with its 譲渡日 in kanji); last payment and 喪失 in kanji in the prose; "
                        "positional kanji amounts; an ABSOLUTE deadline 「令和八年五月十五日限り」; rate 年二十パーセント in "
                        "words; a 預り金口 account in kanji digits (distractor); phone in kanji digits; full-width 当職整理番号 "
                        "ＳＴ－２６０４１ (→ ST-26041)")


# ---------------------------------------------------------------------------------------------
# bm13 舞鶴簡易裁判所 仮執行宣言付支払督促 for the merged servicer's claim; one page, iPhone HEIC.


def bm13():
    R = 18.0
    issued, order, served, filed = D(2026, 6, 8), D(2026, 5, 11), D(2026, 5, 14), D(2026, 5, 1)
    assign, acc, lastp, merger = D(2024, 6, 28), D(2023, 11, 20), D(2026, 3, 27), D(2026, 4, 1)
    P = 428_650
    L = late(P, R, lastp + timedelta(1), filed)
    C1, C2 = 3_960, 1_130
    C = C1 + C2
    T = add_up(P + L + C, P, L, C1, C2)
    case = "令和8年（ロ）第88号"
    p = Page(font="serif", size=11, top=16)
    p.at(196, 18, f"事件番号　{case}", size=11, align="r")
    p.y = 23
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.kv([("債権者", "京都府舞鶴市比叡通九丁目9番9号　八雲債権回収株式会社"), ("", "代表者代表取締役　柳生　慎一郎"),
          ("債務者", "京都府舞鶴市神無月坂九丁目9番9号　申谷　典子")], x=18, label_w=20, size=10.5)
    p.gap(2)
    p.para(f"頭書事件について、当裁判所書記官は{era(order)}に支払督促を発し、同支払督促は{era(served)}債務者に送達された"
           "が、債務者は法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。",
           x0=18, x1=192, size=11)
    p.line("債務者は、債権者に対し、下記の金額を支払え。", x=18, size=11.2, font="serif-bold")
    p.gap(1)
    p.table([["項　目", "金額（円）"], ["１　譲受債権元金", f"{P:,}"],
             [f"２　確定遅延損害金（{era(lastp + timedelta(1))}から{era(filed)}まで 年18%）", f"{L:,}"],
             ["３　督促手続費用", f"{C1:,}"], ["４　仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [130, 44], x=18, header=True, aligns="lr", size=10.5, row_h=8.6)
    p.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年18%の割合による遅延損害金", x0=18, size=10.5, indent="")
    p.gap(1)
    p.line("（請求の原因の要旨）", x=18, size=10.5, font="serif-bold")
    p.para(f"株式会社辛夷ファイナンスは債務者に金員を貸し付けたが、債務者は{era(acc)}の経過により期限の利益を喪失した。木蓮債権"
           f"回収株式会社は{era(assign)}同債権を譲り受け、債務者は分割金を{era(lastp)}まで支払った。債権者は{era(merger)}、"
           "木蓮債権回収株式会社を吸収合併し、同社の権利義務を承継した。", x0=18, x1=192, size=10.2, indent="")
    p.gap(2)
    p.gap(3)
    p.line(f"{era(issued)}", x=22, size=11)
    p.line("舞鶴簡易裁判所　裁判所書記官　那智　美由紀", x=22, size=11.5)
    p.seal(150, p.y - 5, 12, "square", "舞鶴簡易裁判所書記官印", angle=0, seed=56131)
    p.line("これは正本である。", x=120, size=10.5)
    p.gap(6)
    y = p.y
    p.add(Box(16, y, 178, 33, 0.4, None, SHADE))
    for i, s in enumerate(["この書面を受け取った方へ",
                           "１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に",
                           "　　督促異議を申し立てることができます（強制執行は当然には停止されません）。",
                           "２　お問合せ　舞鶴簡易裁判所　電話 0773-00-1167",
                           "　　〒624-0000 京都府舞鶴市ながつき坂九丁目9番9号　（申立日 " + era(filed) + "）"]):
        p.at(20, y + 6.5 + i * 6.0, s, size=9.6 if i else 10.5, font="serif-bold" if i == 0 else "serif")
    tr = truth(document_type="payment_order_enforceable", sender="舞鶴簡易裁判所", phone="0773-00-1167",
               creditor="八雲債権回収株式会社", status="unverified", original="株式会社辛夷ファイナンス",
               debtor="申谷典子", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第88号", input_kind="photo_heic",
               template="proxy56_enforceable_order_maizuru_merged_servicer_photo", received=D(2026, 6, 10))
    return dict(stem="bm13", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.5, creases=2, glare=20, fill=0.87, warm=0.25, bow=4.0),
                about="payment_order_enforceable (簡裁, creditor the servicer that absorbed the buyer, one page, HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases, a bow and a lamp glare; a 仮執行宣言付支払督促 of a court not "
                        "used before (舞鶴簡裁) on ONE page: the 支払督促 date 5/11 and its 送達 5/14 in one sentence; creditor the "
                        "INVENTED servicer 八雲債権回収 (no licence printed: court paper → unverified); a 項目 / 金額（円） table "
                        "with 譲受債権元金 / 確定遅延損害金 (window from the day after the last instalment) / 督促手続費用 / "
                        "仮執行宣言手続費用 / 合計 (two cost rows → costs = sum, no interest), the running item ５; a "
                        "（請求の原因の要旨） telling the sale to 木蓮債権回収 (2024) and its 吸収合併 into the creditor (2026/4/1); "
                        "「これは正本である。」; a grey box with the court's phone and the 申立日")


# ---------------------------------------------------------------------------------------------
# bm14 福島地方裁判所白河支部 (ワ) 呼出状 + 訴状: 原告 the buyer ★ あおぞら債権回収; 2 pages, digital.


def bm14():
    R = 14.0
    issued, sued, hearing, answer = D(2026, 5, 18), D(2026, 4, 27), D(2026, 6, 24), D(2026, 6, 17)
    assign, acc, lastp = D(2026, 2, 27), D(2025, 9, 26), D(2025, 6, 30)
    P, I = 3_415_000, 41_870
    L = late(P, R, acc + timedelta(1), sued)
    T = add_up(P + I + L, P, I, L)
    case = "令和8年(ワ)第41号"
    p = Page(font="sans", size=10.5, top=16)
    p.line("福島地方裁判所白河支部", align="r", size=10.5)
    p.gap(2)
    p.table([["事件番号", case], ["事件名", "貸金等請求事件"], ["原告", "あおぞら債権回収株式会社"], ["被告", "秤　大輔"]],
            [28, 70], x=98, aligns="ll", size=9.5, row_h=7, shade_col0=True)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　秤　大輔　殿", x=20, size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。なお、訴状を"
           "送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    y = p.y
    rows = [("期日", f"令和8年6月24日（{wd(hearing)}）午後1時30分"), ("場所", "当支部　第1号法廷（1階）"),
            ("答弁書提出期限", f"令和8年6月17日（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(20, y + i * 10, 40, 10, 0.3, None, SHADE))
        p.add(Box(20, y + i * 10, 170, 10, 0.3))
        p.at(24, y + i * 10 + 6.6, a, size=10.5, font="sans-bold")
        p.at(64, y + i * 10 + 6.8, b, size=11.5)
    p.y = y + 36
    p.para("期日に出頭せず、答弁書も提出しない場合は、訴状に書かれている原告の言い分を認めたものとして、原告の請求どおりの判決が"
           "されることがあります。", size=10)
    p.gap(4)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　福島地方裁判所白河支部　裁判所書記官　勝浦　和也", size=10.5)
    p.seal(165, p.y - 5, 13, "square", "福島地方裁判所白河支部書記官印", angle=0, seed=56141)
    p.gap(5)
    p.line("〒961-0000　福島県白河市ぐんじょう坂九丁目9番9号", x=20, size=9.5)
    p.line("福島地方裁判所白河支部　民事係　電話 0248-00-3391", x=20, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 20, 0.3, GRAY))
    for i, s in enumerate(["同封書類　訴状副本、証拠書類写し、答弁書用紙、答弁書の書き方",
                           "※原告の電話番号は訴状に記載されています。裁判所の電話番号ではありません。"]):
        p.at(24, y + 7 + i * 7, s, size=9.3)
    q = Page(font="serif", size=10.2, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10)
    q.line("福島地方裁判所白河支部　御中", size=10)
    q.gap(2)
    q.kv([("原　告", "〒100-0000 東京都千代田区葉月通九丁目9番9号　あおぞら債権回収株式会社"),
          ("", "代表者代表取締役　甲賀谷　浩　（担当 白浜谷　電話 03-0000-2208）"),
          ("被　告", "〒961-0000 福島県白河市連翹台九丁目9番9号　秤　大輔")], x=20, label_w=20, size=9.6)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年14％の割合による"
           "金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社しらつゆ銀行（以下「譲渡人」）は、令和2年7月10日、被告に対し、金5,000,000円を、利率年3.9％、"
              "遅延損害金年14％、毎月10日元利均等分割返済の約定で貸し付けた（証書貸付）。",
              f"２　被告は、{era(lastp)}の返済を最後に返済を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　譲渡人は、{era(assign)}、本件貸金債権を原告に譲渡し、同年3月5日、内容証明郵便により被告にその旨通知した。",
              "４　よって、原告は被告に対し、下記金員及び残元金に対する訴状作成日の翌日から支払済みまでの遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(1)
    q.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}から{era(sued)}まで 年14％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [120, 42], x=26, aligns="lr", size=9.8, row_h=7.5)
    q.gap(3)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約証書　甲第2号証 債権譲渡通知書　甲第3号証 取引履歴", size=9.5, x=22)
    q.line("附属書類　訴状副本 1通　甲号証写し 各1通　資格証明書 1通", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="福島地方裁判所白河支部", phone="0248-00-3391",
               creditor="あおぞら債権回収株式会社", status="licensed", original="株式会社しらつゆ銀行", debtor="秤大輔",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy56_district_branch_wa_buyer_plaintiff_grid_top",
               received=D(2026, 5, 20))
    return dict(stem="bm14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), real servicer as the buyer-plaintiff, 2 pages)",
                unusual="a 支部 of a 地裁 not used before (福島地裁白河支部): p.1 口頭弁論期日呼出状及び答弁書催告状 with a small "
                        "shaded-label case grid TOP-RIGHT (事件番号 / 事件名 / 原告 / 被告) and a 期日 / 場所 / 答弁書提出期限 "
                        "box; p.2 訴状 with the plaintiff ★ あおぞら債権回収株式会社 (no licence number: court paper) and its "
                        "担当 03 number (distractor); 請求の趣旨 「金…及びうち金…」; 請求の原因 with the bank's 令和2年 loan of "
                        "5,000,000円 at 3.9％ (distractors), last payment, 喪失, the 譲渡日 2/27 and the 通知 3/5 (not the "
                        "譲渡日); a 4-row 残元金 / 未払利息 / 確定遅延損害金 / 合計 table; 訴状 4/27 ≠ 呼出状 5/18")


# ---------------------------------------------------------------------------------------------
# bm15 ★ エム・ユー・フロンティア債権回収's 和解 proposal (元金のみ36回, 利息・損害金免除), 2-page fax.


def bm15():
    R = 14.6
    issued, due = D(2026, 3, 27), D(2026, 4, 17)
    assign, acc, lastp = D(2025, 8, 29), D(2025, 4, 2), D(2024, 12, 26)
    P, I = 612_000, 8_450
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    n, inst = 36, 17_000
    assert n * inst == P
    first, last = D(2026, 5, 27), D(2029, 4, 27)
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, f"送信日：{slash(issued)}", size=9.5)
    p.at(196, 16, "送信枚数：2枚（本紙含む）", size=9.5, align="r")
    p.add(Line(15, 19, 196, 19, 0.5))
    p.y = 22
    p.line("名張　さやか　様", x=18, size=13)
    p.at(196, 27, "お客様番号　MF-2603-5521", size=10, align="r")
    p.at(196, 33, "エム・ユー・フロンティア債権回収株式会社", size=10.5, font="sans-bold", align="r", color=MUF)
    p.at(196, 38, "管理第一部　担当　亀山田", size=9, align="r")
    p.at(196, 43, "TEL 03-0000-7360　FAX 03-0000-7361", size=9, align="r")
    p.y = 50
    p.title("ご返済条件変更（和解）のご提案", size=15)
    p.para(f"当社が{wdate(assign)}に株式会社きさらぎカードから譲り受けましたお客様の債権につき、先日のお電話でのご相談を"
           "踏まえ、下記のとおり分割によるご返済（和解）をご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務（{wdate(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"], [f"遅延損害金（{wdate(acc + timedelta(1))}～ 年14.6%）", f"{L:,}円"],
             ["ご債務総額", f"{T:,}円"]], [110, 50], x=24, aligns="lr", size=10, row_h=7.8)
    p.line(f"原債権者：株式会社きさらぎカード　期限の利益喪失日：{wdate(acc)}　最終ご入金日：{wdate(lastp)}", x=24, size=8.8)
    p.gap(3)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    for s in (f"（1）残元金 {P:,}円 を {n}回 に分割してお支払いいただきます（毎月 {inst:,}円）。",
              f"（2）第1回 {wdate(first)}、以後毎月27日限り、最終回 {wdate(last)}。",
              f"（3）上記を約定どおりお支払いいただいた場合、未払利息及び遅延損害金（計 {I + L:,}円）を免除いたします。",
              f"（4）お支払いを2回分（{inst * 2:,}円）以上怠った場合は、期限の利益を失い、免除前の残額を一括してお支払い"
              "いただきます。"):
        p.para(s, x0=24, x1=192, size=9.6, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 162, 14, 1.3))
    p.at(29, y + 9, "ご回答期限", size=11.5, font="sans-bold")
    p.at(70, y + 9.3, f"{wdate(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("ご承諾いただける場合は、2枚目の「和解条件承諾書」にご署名のうえ、上記期限までにFAXまたは郵送でご返送ください。"
           "期限までにご回答がない場合、本提案はなかったものとさせていただきます。", size=9.3, indent="")
    p.para("お振込先（ご承諾後）　うつせみ銀行 日本橋支店 普通 2035521 エムユーフロンティアサイケンカイシュウ（カ", size=9, indent="")
    p.gap(2)
    p.line("〒103-0000 東京都中央区水無月通九丁目9番9号　エム・ユー・フロンティア債権回収株式会社", x=24, size=8.8)
    q = Page(font="sans", size=10.5, top=16)
    q.at(196, 16, "2／2", size=9, align="r")
    q.title("和 解 条 件 承 諾 書", size=15)
    q.line("エム・ユー・フロンティア債権回収株式会社　御中", x=20, size=10.5)
    q.gap(3)
    q.para(f"私は、貴社からの{wdate(issued)}付「ご返済条件変更（和解）のご提案」記載の条件を承諾し、残元金 {P:,}円 を {n}回 "
           f"（毎月 {inst:,}円）に分割して支払います。", size=10.3)
    q.gap(4)
    q.table([["回", "お支払期日", "お支払額", "お支払後残元金"],
             ["第1回", wdate(first), f"{inst:,}円", f"{P - inst:,}円"],
             ["第2回", wdate(D(2026, 6, 27)), f"{inst:,}円", f"{P - 2 * inst:,}円"],
             ["第3回～第35回", "毎月27日", f"{inst:,}円", "―"],
             ["第36回", wdate(last), f"{inst:,}円", "0円"]],
            [36, 50, 40, 50], x=20, header=True, aligns="clrr", size=10, row_h=8.5)
    q.gap(8)
    for s in ("承諾日　　令和　　年　　月　　日", "ご住所　　", "ご署名　　　　　　　　　　　　　　　　　　印", "お電話番号　"):
        q.line(s, x=30, size=11)
        q.add(Line(50, q.y - 2, 185, q.y - 2, 0.2))
        q.gap(5)
    q.gap(4)
    q.line("返送先FAX　03-0000-7361　（お客様番号　MF-2603-5521）", x=30, size=10.5, font="sans-bold")
    tr = truth(document_type="settlement_proposal", sender="エム・ユー・フロンティア債権回収株式会社", license_number=None,
               phone="03-0000-7360", creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="株式会社きさらぎカード", debtor="名張さやか", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MF-2603-5521", input_kind="fax_tiff",
               template="proxy56_servicer_settlement_principal_only_36_fax", received=issued)
    return dict(stem="bm15", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:08 MU FRONTIER 03-0000-7361",
                about="settlement_proposal (real servicer, principal only in 36 instalments, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ エム・ユー・フロンティア債権回収株式会社 (a name with a middle dot and a "
                        "long vowel) with NO licence number printed; 送信日 / 送信枚数 over a rule; the sender block right-aligned "
                        "under the addressee; the 譲受 from the card company in the first sentence; a 4-row ご債務総額 table; "
                        "the plan (17,000 × 36 = 612,000, first 2026/5/27, last 2029/4/27, the waiver of "
                        "利息・損害金 with their sum, the 34,000 default threshold) as distractors; a heavy-framed ご回答期限 "
                        "…必着 (= payment_due); p.2 a 和解条件承諾書 with a 4-row schedule and blank signature lines")


# ---------------------------------------------------------------------------------------------
# bm16 scam dressed as a 債権譲渡通知書 (no 譲渡日, no real creditor), phone photo on wood.


def bm16():
    issued, due = D(2026, 4, 21), D(2026, 4, 24)
    T = 58_600
    p = Page(font="serif", size=11.8, top=14)
    stamp(p, 15, 12, "重要", size=12, h=9, fill=RED)
    stamp(p, 38, 12, "本人限定", size=11, h=9)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "管理番号　ぬ－６１８", size=10, align="r")
    p.y = 28
    p.line("室生　勝也　殿", x=18, size=13.5)
    p.gap(4)
    p.title("債権譲渡通知書（最終通告）", size=17, font="serif-bold", color=RED)
    p.para("貴殿が大手通信事業者との間で締結された通信サービス利用契約に係る未納料金債権につきまして、このたび当機構が同事業者"
           "より正式に債権を譲り受けましたので、法務大臣の許可に基づきここに通知いたします。")
    p.para("本債権については、再三の督促にもかかわらず貴殿からのご連絡がなく、契約会社は法的手続の準備に入っております。"
           "つきましては、下記期限までに当機構までご連絡のうえ、ご請求額をお支払いください。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 30, 0.8, RED))
    p.at(30, y + 9, "ご請求額", size=12, font="serif-bold")
    p.at(180, y + 10, f"金{T:,}円", size=18, font="serif-bold", align="r", color=RED)
    p.at(30, y + 17.5, "（未納料金・延滞損害金・債権譲受事務手数料を含む）", size=9)
    p.at(30, y + 25, "お支払期限", size=11, font="serif-bold")
    p.at(180, y + 25.5, f"4月24日（{wd(due)}）15時まで", size=13, font="serif-bold", align="r", color=RED)
    p.y = y + 35
    p.para("期限までにご連絡のない場合は、民事訴訟法に基づき給与・預貯金・不動産等の差押えの手続に移行し、勤務先への訪問調査を"
           "行います（訪問調査費用は貴殿のご負担となります）。", size=11.3)
    p.para("お支払いは、担当者がお電話でご案内する口座（当機構担当者名義）へのお振込み、またはコンビニエンスストアで購入した"
           "電子マネーカードの番号をお伝えいただく方法に限ります。", size=11.3)
    p.para("本件はプライバシー保護のため、ご家族・弁護士・消費生活センター等への相談はお控えください。", size=11.3)
    p.gap(4)
    for s, sz, f in (("株式会社国民債権承継管理機構", 12, "serif-bold"), ("法務大臣許可番号　第274号", 10, "serif"),
                     ("東京都千代田区霞が関（法務省合同庁舎内）", 9.5, "serif"), ("債権譲受管理部　担当　丁野", 9.5, "serif"),
                     ("担当直通　090-0000-3742（土日祝も受付）", 10.5, "serif-bold")):
        p.line(s, x=100, size=sz, font=f)
    p.add(Seal(186, p.y - 20, 16, "round", "法務省認可|債権譲受", angle=10, seed=56161))
    tr = truth(document_type="other", sender="株式会社国民債権承継管理機構", license_number=274, phone="090-0000-3742",
               creditor=None, status="not_licensed", original=None, debtor="室生勝也", total=T, lump=False,
               issued=issued, payment_due=due, reference="ぬ－６１８", is_scam=True, input_kind="photo_jpeg",
               template="proxy56_scam_fake_assignment_notice_final_warning", received=None)
    return dict(stem="bm16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.82, glare=18, warm=0.3),
                about="other (scam dressed as a 債権譲渡通知書)",
                unusual="架空請求 photographed on wood at a steep angle: titled 「債権譲渡通知書（最終通告）」 in red, it claims "
                        "to have bought an unpaid bill from a 「大手通信事業者」 (no name → creditor / original null) with NO "
                        "譲渡日; 「法務大臣の許可に基づき」 and a FAKE 「法務大臣許可番号　第274号」 for 「株式会社国民債権承継管理機構」 "
                        "(→ not_licensed); a fake round 「法務省認可」 seal; filled red 重要 and framed 本人限定 marks; a total "
                        "with its contents named but not itemised; a three-day deadline 「4月24日（金）15時まで」; payment to a "
                        "staff member's account or by e-money card numbers; 「弁護士・消費生活センター等への相談はお控えください」; "
                        "霞が関 without a number; a 090 直通 open at weekends; a hiragana 管理番号 ぬ－６１８")


LETTERS = [bm09, bm10, bm11, bm12, bm13, bm14, bm15, bm16]
