"""Proxy set 22, letters ae09–ae16: "written by different hands". A lawyer's letter in which every fact is inside the
prose, amounts in 万 units (ae09, photographed in a dim room), a real servicer's 2-page fax with full-width era dates
and its sender in a footer band (ae10), a 簡裁's 仮執行宣言付支払督促 (ae11), a 簡裁 (ハ) 呼出状 + 訴状 of an invented
servicer (ae12), a scam whose every point is ア イ ウ, photographed folded (ae13), a 縦書き joint 譲渡通知 with the
licence number in kanji (ae14), a 支払督促 photographed sideways (ae15) and a real servicer's rest-after-auction
demand with 平成 history and 万円 distractors (ae16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
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

from samples.letters.fmt import fullwidth, kanji_small, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page
from samples.letters.proxydraw import wrap_nb

fw = fullwidth
NAVY2 = (0.10, 0.18, 0.40)
GREEN = (0.06, 0.38, 0.24)
MAROON = (0.45, 0.08, 0.12)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def heisei(d: D, kan: bool = False) -> str:
    y = d.year - 1988
    assert D(1989, 1, 8) <= d <= D(2019, 4, 30), d
    if kan:
        return f"平成{kanji_small(y)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"
    return f"平成{y}年{d.month}月{d.day}日"


def man(n: int) -> str:
    """73万1,846円 — the 万 unit with the rest in digits, as lawyers write amounts in prose."""
    hi, lo = divmod(n, 10000)
    if not hi:
        return f"{lo:,}円"
    return f"{hi}万{lo:,}円" if lo else f"{hi}万円"


def para_man(p, s: str, size: float | None = None, x0: float | None = None, indent: str = "　") -> None:
    """p.para, but an amount written with 万 (73万1,846円, 約1,860万円) never breaks at a line end: 万 is wrapped as
    a digit (a stand-in character that the text does not otherwise contain)."""
    ph = next(c for c in ("０", "．") if c not in s)
    size = size or p.size
    x0 = p.left if x0 is None else x0
    for ln in wrap_nb(s.replace("万", ph), p.right - x0, size, p.font, indent):
        p.line(ln.replace(ph, "万"), x=x0, size=size)


def fwe(d: D) -> str:
    return era(d, fwid=True)


# ---------------------------------------------------------------------------------------------
# ae09 law office for a bank: every fact inside the prose, nothing labelled, amounts as 73万1,846円; dim HEIC photo.


def ae09():
    R = 14.6
    issued, due = D(2026, 1, 9), D(2026, 1, 30)
    acc, lastp, contract = D(2025, 8, 5), D(2025, 4, 10), D(2015, 6, 22)
    P, I = 731_846, 18_240
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=11, top=22)
    p.line(era(issued), align="r")
    p.gap(4)
    p.line("梶ケ谷　美佐緒　殿", size=13.5)
    p.gap(10)
    p.title("ご　通　知", size=17, font="serif-bold")
    p.gap(2)
    p.para("冠省　当職は、株式会社あかしお銀行（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
           "次のとおりご通知いたします。")
    para_man(p, f"貴殿は、{heisei(contract)}、通知人との間でカードローン契約（極度額金100万円）を締結し、借入れをされましたが、"
           f"{era(lastp)}のご入金を最後に約定の返済を怠り、{era(acc)}の経過により、同契約の定めに従って期限の利益を喪失されて"
           "おります。")
    para_man(p, f"{era(issued)}現在、貴殿が通知人に対して負担する債務は、元金{man(P)}、利息{man(I)}及び年{R}％の割合による"
           f"遅延損害金{man(L)}の合計{man(T)}となっております。")
    p.para(f"つきましては、{era(due)}（{wd(due)}）までに、上記合計額を一括して通知人にお支払いくださいますよう請求いたします。"
           "お振込みは、通知人の本店営業部にある当職の預り金口座（普通預金、口座番号は別途お電話にてお伝えいたします）に"
           "お願いいたします。")
    p.para("上記期限までにお支払い又はご連絡がない場合には、やむを得ず、貴殿に対し訴訟の提起その他の法的手続をとることと"
           "なりますので、ご承知おきください。分割によるお支払いをご希望の場合も、期限までに必ず当職までご連絡ください。")
    p.para("なお、ご連絡の際は、当事務所における本件の整理番号（26-0014）をお伝えいただきますと、円滑にご案内できます。"
           "また、本件につきましては当職が窓口となりますので、今後、通知人への直接のご連絡はお控えください。")
    p.line("草々", align="r")
    p.gap(10)
    x = 104
    for s, sz in (("兵庫県神戸市中央区萩の台通２丁目３番１号", 9.5), ("蓬莱橋総合法律事務所", 12),
                  ("通知人代理人　弁護士　薬袋　透", 11), ("電話　078-000-2290（平日10時～18時）", 9.5)):
        p.line(s, x=x, size=sz, font="serif-bold" if "事務所" in s[-4:] else None)
    p.seal(190, p.y - 11, 11, "square", "弁護士薬袋之印", angle=-3, seed=22091)
    tr = truth(document_type="collection_notice", sender="蓬莱橋総合法律事務所", phone="078-000-2290",
               creditor="株式会社あかしお銀行", status="not_applicable", debtor="梶ケ谷美佐緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="26-0014", input_kind="photo_heic",
               template="proxy22_lawyer_all_prose_man_units_dim_heic", received=D(2026, 1, 13))
    return dict(stem="ae09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=2.2, creases=2, fill=0.84, warm=0.5, blur=0.95, dim=0.35),
                about="collection_notice (law office for a bank, every fact in the prose)",
                unusual="iPhone HEIC on a dark cloth in a dim, warm-lit room with tri-fold creases; a lawyer's 冠省 … 草々 "
                        "letter in serif where NOTHING is labelled: the contract (平成27年, 極度額金100万円 as a "
                        "distractor), the last payment, the 喪失 「の経過により」, all four amounts and the deadline are "
                        "sentences; amounts in 万 units with the rest in digits (元金73万1,846円 …); the 整理番号 26-0014 "
                        "only in a sentence near the end; the sender (law office, lawyer, phone) as signature lines at the "
                        "bottom right, the client bank is the creditor")


# ---------------------------------------------------------------------------------------------
# ae10 real servicer (アルファ債権回収, 101): 一括請求 as a 2-page fax, full-width era dates, sender only in a footer band.


def ae10():
    R = 20.0
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    acc, lastp, asg = D(2025, 7, 10), D(2025, 5, 12), D(2025, 10, 31)
    P, I = 1_043_880, 22_410
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    hdr = f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:48 ALPHA SERVICER 03-0000-5102"

    def footer(pg):
        pg.add(Box(0, 272, 210, 25, color=None, fill=(0.82, 0.82, 0.82)))
        pg.add(Line(0, 272, 210, 272, 1.2))
        pg.at(16, 280, "アルファ債権回収株式会社", size=11, font="sans-bold")
        pg.at(16, 285.5, "法務大臣許可番号　第１０１号　　〒104-0000 東京都中央区萩の台橋２－４－６　楓丘ビル８階", size=7.8)
        pg.at(16, 290.5, "管理部　ＴＥＬ　０３－００００－５１０１　　ＦＡＸ　０３－００００－５１０２　　担当　杢尾", size=7.8)

    p = Page(font="sans", size=10, top=14)
    p.at(194, 18, fwe(issued), size=10, align="r")
    p.at(194, 23.5, "管理番号　ＡＬ－２６０２－００７３", size=9.5, align="r")
    p.y = 18
    p.line("〒950-0000　新潟県新潟市中央区朝霧台７－２－１５", size=10)
    p.line("小豆沢　恒平　様", x=24, size=13.5)
    p.gap(10)
    p.title("ご一括返済のご請求", size=15.5)
    p.para("当社は、プラムローン株式会社（以下「原債権者」）から、同社が貴殿に対して有する貸金債権を譲り受けました。"
           "貴殿は下記のとおり期限の利益を喪失されておりますので、下記金額を期限までに一括してお支払いください。")
    p.gap(2)
    p.table([["原債権者", "プラムローン株式会社"], ["原契約番号", "ＰＬ０３－８８１５２０４"],
             ["債権譲受日", fwe(asg)], ["最終ご入金日", fwe(lastp)], ["期限の利益喪失日", fwe(acc)]],
            [48, 90], x=26, aligns="ll", size=9.6, row_h=7.2, shade_col0=True)
    p.gap(4)
    p.table([["残元金", "利息", "遅延損害金", "ご請求金額"],
             [fw(f"{P:,}円"), fw(f"{I:,}円"), fw(f"{L:,}円"), fw(f"{T:,}円")]],
            [40, 36, 40, 46], x=24, aligns="rrrr", size=10, row_h=9, header=True)
    p.line(f"※遅延損害金は残元金に対し年２０．０％、{fwe(acc + timedelta(1))}から{fwe(issued)}までの日割計算です。",
           x=24, size=8.2)
    p.gap(4)
    y = p.y
    p.add(Box(24, y, 162, 13, 1.0))
    p.at(29, y + 8.5, "お支払期限", size=11, font="sans-bold")
    p.at(64, y + 8.8, f"{fwe(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お振込先・ご相談方法は次頁をご覧ください。期限までにお支払い又はご連絡がない場合、当社は法的手続（訴訟・"
           "支払督促等）に移行することがございます。", size=9.5, indent="")
    footer(p)
    q = Page(font="sans", size=10, top=16)
    q.at(194, 18, "（２／２）", size=9, align="r")
    q.y = 24
    q.line("１．お振込先", size=11, font="sans-bold")
    q.para("鬼怒信託銀行　本店営業部　普通預金　４４０１９２７　アルファサイケンカイシュウ（カ", x0=26, indent="")
    q.para("※ご依頼人名の前に、管理番号の数字部分（２６０２００７３）を必ずご入力ください。", x0=26, size=9, indent="")
    q.gap(3)
    q.line("２．分割のご相談", size=11, font="sans-bold")
    q.para("一括でのお支払いが難しい場合は、下のご相談票にご記入のうえ、お支払期限までに当社あてＦＡＸしてください。"
           "ご収入・ご家族の状況を伺ったうえで、分割でのお支払いについてご相談に応じます。", x0=26, indent="")
    q.gap(4)
    y = q.y
    q.add(Box(22, y, 166, 86, 0.6))
    q.add(Box(22, y, 166, 9, color=None, fill=SHADE))
    q.at(105, y + 6.3, "ご　相　談　票　（ＦＡＸ　０３－００００－５１０２）", size=10.5, font="sans-bold", align="c")
    for i, lab in enumerate(["お名前", "管理番号", "日中のご連絡先", "月々のお支払い可能額", "お支払い開始希望月", "ご相談内容"]):
        yy = y + 9 + i * 12.8
        q.add(Line(22, yy, 188, yy, 0.25))
        q.at(25, yy + 7.5, lab, size=9.5)
        q.add(Line(70, yy, 70, yy + 12.8, 0.25))
    q.y = y + 92
    q.line("３．ご注意", size=11, font="sans-bold")
    q.para("当社の社員が、ご自宅に伺って現金をお預かりすることや、個人名義の口座へのお振込みをお願いすることはございません。",
           x0=26, size=9.3, indent="")
    footer(q)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-5101", creditor="アルファ債権回収株式会社", status="licensed",
               original="プラムローン株式会社", debtor="小豆沢恒平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AL-2602-0073", input_kind="fax_tiff",
               template="proxy22_servicer_lump_sum_footer_band_fax_2page", received=issued)
    return dict(stem="ae10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr, fax_header=hdr,
                about="collection_notice (real servicer 一括請求, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ アルファ債権回収株式会社 whose name, 「法務大臣許可番号　第１０１号」 "
                        "(full-width), address, TEL and FAX appear ONLY in a grey FOOTER BAND on both pages; every date in "
                        "full-width era form (令和８年３月２日); amounts in full-width digits in a 4-column header table "
                        "(残元金 / 利息 / 遅延損害金 / ご請求金額); a shaded-label history grid with 原契約番号 (distractor); "
                        "p.2 振込先 with the digits-only 管理番号 26020073, and a blank ご相談票 with the FAX number")


# ---------------------------------------------------------------------------------------------
# ae11 山口簡裁 仮執行宣言付支払督促, scanned 2 pages; creditor エー・シー・エス債権管理回収 (27).


def ae11():
    R = 14.6
    order, served, decl = D(2026, 2, 6), D(2026, 2, 10), D(2026, 3, 16)
    asg, acc, lastp = D(2025, 6, 30), D(2025, 3, 5), D(2024, 12, 27)
    P = 512_880
    I = 14_236
    Lfix = late(P, R, acc + timedelta(1), asg)
    C1, C2 = 4_420, 1_164
    T = P + I + Lfix + C1 + C2
    p = Page(font="serif", size=10.5, top=18)
    p.at(192, 22, "令和８年（ロ）第２１４号", size=10.5, align="r")
    p.y = 30
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold", spaced=False)
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり")
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり")
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.gap(2)
    p.para(f"上記支払督促は{fwe(order)}に発付され、{fwe(served)}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。")
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.para("この支払督促は、仮に執行することができる。", x0=36, indent="")
    p.para(f"仮執行の宣言の手続費用　金{fw(f'{C2:,}')}円", x0=36, indent="")
    p.gap(6)
    p.line(fwe(decl), x=36)
    p.gap(2)
    p.line("山口簡易裁判所", x=110)
    p.line("裁判所書記官　井桁　晴代", x=110)
    p.seal(184, p.y - 6, 14, "square", "山口簡易裁判所書記官印", angle=0, seed=22111)
    p.gap(10)
    y = p.y
    p.add(Box(20, y, 170, 52, 0.4, None, (0.95, 0.95, 0.95)))
    p.add(Box(20, y, 170, 52, 0.4))
    p.at(24, y + 7, "この書面を受け取った方へ", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に不服があるときは、この書面を受け取った日から２週間以内に、",
                           "　　この裁判所に督促異議を申し立てることができます。",
                           "２　督促異議を申し立てても、それだけでは強制執行は止まりません。",
                           "３　お問い合わせは、下記の担当書記官までお願いします。",
                           "　　山口簡易裁判所　民事係　電話　０８３－０００－１２４６（直通）"]):
        p.at(26, y + 15 + i * 7, s, size=9.8)
    q = Page(font="serif", size=10.5, top=18)
    q.title("当事者目録", size=13, font="serif-bold")
    q.para("〒753-0000　山口県山口市涼音台一丁目７番２号", x0=30, indent="")
    q.line("債務者　　廿日出　康之", x=30, size=11)
    q.gap(2)
    q.para("〒170-0000　東京都豊島区萩の台三丁目１番１号", x0=30, indent="")
    q.line("債権者　　エー・シー・エス債権管理回収株式会社", x=30, size=11)
    q.line("　　　　　代表者代表取締役　灘尾　隆弘", x=30)
    q.line("（送達場所）〒730-0000　広島市中区朝霧台五丁目２－１　同社広島センター", x=30, size=9.5)
    q.line("電話　０８２－０００－６６２７　　ＦＡＸ　０８２－０００－６６２８", x=44, size=9.5)
    q.gap(5)
    q.title("請求の趣旨及び原因", size=13, font="serif-bold")
    q.line("請求の趣旨", size=11, font="serif-bold")
    q.table([["", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息", f"{I:,}"],
             [f"３　確定遅延損害金（{fwe(acc + timedelta(1))}から{fwe(asg)}まで）", f"{Lfix:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [120, 40], x=24, aligns="lr", size=9.6, row_h=7.2, header=True)
    q.para(f"６　上記１の金額に対する{fwe(asg + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金", x0=24,
           size=9.6, indent="")
    q.gap(2)
    q.line("請求の原因", size=11, font="serif-bold")
    q.para(f"１　債務者は、株式会社やまぼうし信販との間で平成２９年１０月２日に金銭消費貸借契約（貸付金額金６００，０００円、"
           f"利率年１４．９％、遅延損害金年１４．６％）を締結したが、{fwe(lastp)}の支払を最後にその後の返済を怠り、"
           f"{fwe(acc)}の経過により期限の利益を喪失した。", x0=24, size=9.6, indent="")
    q.para(f"２　株式会社やまぼうし信販は、{fwe(asg)}、上記債権を債権者に譲渡し、債務者に対しその旨通知した。",
           x0=24, size=9.6, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="山口簡易裁判所", phone="083-000-1246",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社やまぼうし信販", debtor="廿日出康之", total=T, principal=P, interest=I,
               late_damages=Lfix, costs=C1 + C2, rate=R, lump=True, issued=decl, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="令和8年(ロ)第214号", input_kind="pdf_scan",
               template="proxy22_enforceable_yamaguchi_fullwidth_scan", received=D(2026, 3, 19))
    return dict(stem="ae11", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages scanned)",
                unusual="2-page image PDF of a 山口簡易裁判所 仮執行宣言付支払督促 in serif with full-width digits "
                        "throughout; p.1 the order date 2/6 and its 送達 2/10 in ONE sentence, the 仮執行宣言 date 3/16 "
                        "alone above the court, the 仮執行 cost stated twice (p.1 prose, p.2 row 5); a grey 「この書面を"
                        "受け取った方へ」 box with the court phone （直通）; p.2 当事者目録 with the creditor ★ エー・シー・エス"
                        "債権管理回収株式会社 (no licence number: court paper) and its 送達場所 TEL/FAX (distractors); a "
                        "header table 「金額（円）」 with two cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum); "
                        "running item ６; 請求の原因 with 平成２９年, 貸付金額金６００，０００円 and 年１４．９％ (distractors)")


# ---------------------------------------------------------------------------------------------
# ae12 山形簡裁 (ハ) 口頭弁論期日呼出状 + 訴状, digital 2 pages; plaintiff an INVENTED servicer.


def ae12():
    R = 18.0
    summons, filed = D(2026, 4, 10), D(2026, 3, 25)
    hearing, answer = D(2026, 5, 20), D(2026, 5, 13)
    asg, acc, lastp, contract = D(2025, 11, 14), D(2025, 4, 30), D(2025, 1, 26), D(2017, 2, 8)
    P, I = 1_204_660, 33_150
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(192, 22, "令和8年(ハ)第1032号　貸金請求事件", size=10, align="r")
    p.y = 30
    p.line("原告　うぐいす野債権回収株式会社", size=10.5)
    p.line("被告　一口　亜紀子", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("〒990-0000　山形県山形市朝霧台二丁目5番11号", size=10)
    p.line("被告　一口　亜紀子　殿", size=12)
    p.gap(2)
    p.line(era(summons), align="r")
    p.line("山形簡易裁判所民事係", align="r")
    p.line("裁判所書記官　双葉　史郎", align="r")
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(2)
    p.table([["期　日", f"{era(hearing)}（{wd(hearing)}）午前10時30分"],
             ["場　所", "山形簡易裁判所　第2号法廷（本庁舎3階）"],
             ["答弁書の提出期限", f"{era(answer)}（{wd(answer)}）"]],
            [48, 118], x=20, aligns="ll", size=10.5, row_h=10, shade_col0=True)
    p.gap(4)
    for s in ("・出頭の際は、この呼出状と印鑑をお持ちください。",
              "・答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "・分割払いでの和解を希望する場合は、答弁書にその旨を記載してください。",
              "・問い合わせ先　山形簡易裁判所民事係　電話 023-000-8514（内線 221）"):
        p.para(s, size=9.6, indent="")
    q = Page(font="serif", size=10.2, top=16)
    q.title("訴　　状", size=15, font="serif-bold")
    q.line(era(filed), align="r")
    q.line("山形簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.line("原告　うぐいす野債権回収株式会社（法務大臣許可番号第228号）", x=24)
    q.line("　　　宮城県仙台市青葉区楓丘一丁目2番3号　代表者代表取締役　宍倉　剛志", x=24, size=9.4)
    q.line("　　　（送達場所・担当）同社業務部　電話 022-000-4730　担当　瀬古", x=24, size=9.4)
    q.line("被告　一口　亜紀子　　山形県山形市朝霧台二丁目5番11号", x=24)
    q.gap(3)
    q.line("第1　請求の趣旨", font="serif-bold")
    q.para(f"1　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで"
           f"年{R:g}％の割合による金員を支払え。", x0=24, indent="")
    q.para("2　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, indent="")
    q.line("第2　請求の原因", font="serif-bold")
    para_man(q, f"1　被告は、{heisei(contract)}、株式会社しらかしファイナンス（以下「しらかし」）との間で、極度額金150万円の"
           f"金銭消費貸借契約を締結し、借入れを行った。", x0=24, indent="")
    q.para(f"2　被告は、{era(lastp)}の返済を最後に約定の返済を怠ったため、約定により{era(acc)}の経過をもって期限の利益を"
           "喪失した。", x0=24, indent="")
    q.para(f"3　しらかしは、{era(asg)}、被告に対する上記債権を原告に譲渡し、同月21日到達の内容証明郵便で被告にその旨"
           "通知した。", x0=24, indent="")
    q.para("4　よって、原告は被告に対し、下記金員の支払を求める。", x0=24, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年{R:g}％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [120, 40], x=26, aligns="lr", size=9.6, row_h=7.2, ruled="grid")
    q.gap(3)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約書　甲第2号証 債権譲渡通知書", x=24, size=9.4)
    q.line("附属書類　訴状副本 1通　資格証明書 1通", x=24, size=9.4)
    tr = truth(document_type="lawsuit", sender="山形簡易裁判所", phone="023-000-8514",
               creditor="うぐいす野債権回収株式会社", status="unverified", original="株式会社しらかしファイナンス",
               debtor="一口亜紀子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True,
               issued=summons, acceleration=acc, last_payment=lastp, assignment=asg, hearing=hearing,
               reference="令和8年(ハ)第1032号", input_kind="pdf_text_2page",
               template="proxy22_summary_court_ha_invented_servicer_plaintiff", received=D(2026, 4, 14))
    return dict(stem="ae12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, invented servicer plaintiff, 2 pages)",
                unusual="digital 2 pages: p.1 the 山形簡易裁判所 口頭弁論期日呼出状及び答弁書催告状 with a shaded-label "
                        "期日 / 場所 / 答弁書の提出期限 table and the court phone with 内線; p.2 the 訴状 dated 3/25 (≠ the "
                        "呼出状 4/10) of the INVENTED servicer うぐいす野債権回収株式会社 printing "
                        "「法務大臣許可番号第228号」 in the 訴状 (→ unverified); 請求の趣旨 「金…円及びうち金…円に対する」; "
                        "請求の原因 with 平成29年, 極度額金150万円 and the 通知 到達 「同月21日」 (distractors); a grid "
                        "table 残元金 / 未払利息 / 遅延損害金 / 合計; the plaintiff's 022 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# ae13 scam: a fake "servicer" whose every point is ア イ ウ エ; photographed folded in half, at an angle.


def ae13():
    issued, due = D(2026, 3, 4), D(2026, 3, 9)
    T = 98_000
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(15, 12, 180, 20, 0.8, MAROON))
    p.at(105, 21, "国民債権調整センター株式会社", size=15, font="sans-bold", align="c", color=MAROON)
    p.at(105, 28, "法務大臣許可番号 第402号　／　債権管理回収業務取扱機関", size=8.5, align="c", color=MAROON)
    p.y = 38
    p.line(era(issued), align="r", size=10)
    p.line("受理番号　Ａ－５５１３", align="r", size=10)
    p.gap(2)
    p.line("瀬古　真由子　様", size=13)
    p.gap(4)
    p.title("総合消費料金未納分に関する債権回収のご通知", size=14, color=MAROON)
    p.para("貴方様がご利用された契約会社から、未納料金についての債権回収業務を当社が委託されましたので、次のとおり"
           "ご通知いたします。", size=10.5)
    p.gap(1)
    items = [
        ("ア　未納の内容", "インターネット有料サイト等の総合消費料金（契約会社名は個人情報保護のため記載しておりません）"),
        ("イ　ご請求額", f"未納料金・延滞金・訴訟準備費用を含め、合計 金{T:,}円"),
        ("ウ　お支払期限", f"{era(due)}（{wd(due)}）午後3時まで　※期限を過ぎますと民事訴訟の手続きに移行します"),
        ("エ　取下げのご相談", "訴訟の取下げ・減額のご相談は、期限までに下記窓口へお電話ください。お支払いは当日窓口で"
                              "ご案内する方法（コンビニ払い・電子マネー）に限ります。"),
        ("オ　ご注意", "本通知を放置された場合、給与・預貯金・動産の差押えが執行されます。ご家族・勤務先に知られることの"
                      "ないよう、必ずご本人様がご連絡ください。"),
    ]
    for lab, txt in items:
        p.line(lab, size=11, font="sans-bold")
        p.para(txt, x0=28, size=10.2, indent="")
        p.gap(1.5)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 22, 1.2, RED))
    p.at(105, y + 8.5, "お問い合わせ窓口（受付 9:00〜19:00 土日も受付）", size=10, align="c")
    p.at(105, y + 17.5, "03-0000-6219", size=17, font="sans-bold", align="c", color=RED)
    p.y = y + 27
    p.para("東京都千代田区霞が関一丁目　国民債権調整センター株式会社　民事通達課", size=9, indent="")
    p.add(Box(18, 37, 32, 12, 0.9, RED))
    p.at(34, 45.5, "最終通告", size=12, font="sans-bold", align="c", color=RED)
    tr = truth(document_type="other", sender="国民債権調整センター株式会社", license_number=402, phone="03-0000-6219",
               creditor=None, status="not_licensed", original=None, debtor="瀬古真由子", total=T, lump=False,
               issued=issued, payment_due=due, reference="A-5513", is_scam=True, input_kind="photo_jpeg",
               template="proxy22_scam_fake_servicer_katakana_list_folded", received=None)
    return dict(stem="ae13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.1, tilt=5.0, creases=1, fill=0.78, warm=0.3, glare=18, shadow=0.25,
                          shadow_side="bottom"),
                about="other (scam: fake servicer, 総合消費料金, ア–オ list)",
                unusual="架空請求 photographed on wood at a steep angle, folded ONCE across the middle, a lamp glare and "
                        "a hand shadow at the bottom; a maroon-framed header 「国民債権調整センター株式会社」 with a FAKE "
                        "「法務大臣許可番号 第402号」 (→ not_licensed); every point as ア–オ; 総合消費料金 with no named "
                        "creditor (creditor / original null); the total only inside item イ (no components); a deadline "
                        "「午後3時まで」 four days after the letter; payment by コンビニ払い・電子マネー; an address "
                        "「霞が関一丁目」; a red 最終通告 box; full-width 受理番号 Ａ－５５１３")


# ---------------------------------------------------------------------------------------------
# ae14 縦書き joint 債権譲渡通知 (すだち信販 → invented servicer 楓丘債権回収), licence number in kanji; digital.


def ae14():
    R = 14.6
    issued, asg = D(2025, 12, 19), D(2025, 12, 10)
    acc, lastp = D(2025, 9, 2), D(2025, 6, 27)
    contract = D(2016, 4, 11)
    P, I = 384_210, 21_655
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    k = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"通知人株式会社すだち信販（以下「譲渡人」）は、貴殿との間の{heisei(contract, True)}付立替払契約"
                 f"（個品割賦）に基づき貴殿に対して有する左記債権を、{kdate(asg)}、通知人楓丘債権回収株式会社"
                 "（以下「譲受人」）に譲渡いたしましたので、民法第四百六十七条に基づき、譲渡人及び譲受人連名にて通知いたします。"),
        ("body", f"なお、貴殿は{kdate(lastp)}のお支払いを最後にその後のお支払いがなく、{kdate(acc)}の経過をもって期限の"
                 "利益を喪失しております。今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。"),
        ("indent", "記"),
        ("indent", f"一、元　金　　　　{k(P)}"),
        ("indent", f"二、手数料　　　　{k(I)}"),
        ("indent", f"三、遅延損害金　　{k(L)}"),
        ("plain", "　　　（令和七年九月三日から譲渡日まで年十四・六パーセント）"),
        ("indent", f"四、合　計　　　　{k(T)}"),
        ("low", "お客様番号　ＳＤ－０６６１２"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）徳島県徳島市萩の台町三丁目八番地"),
        ("low", "株式会社すだち信販　代表取締役　灰塚　昭"),
        ("low", "（譲受人）大阪府大阪市西区楓丘二丁目四番九号"),
        ("low", "楓丘債権回収株式会社　代表取締役　城戸崎　伸吾"),
        ("low", "法務大臣許可番号第二百四十九号"),
        ("low", "電話　〇六（〇〇〇〇）二四九一"),
        ("blank", ""),
        ("low", "香川県高松市涼音町一丁目二番三号"),
        ("low", "轡田　恵美子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.2, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 22141))
    for name, txt, sd in (("灰塚", "すだち信販代表印", 22142), ("城戸崎", "楓丘債権回収代表印", 22143)):
        it = next(it for it in pg.items if isinstance(it, VText) and name in it.s)
        yy = it.y + (len(it.s) + 2.2) * size * 0.3528 * 1.05
        pg.items.append(Seal(it.x, yy, 10, "square", txt, angle=3, seed=sd))
    tr = truth(document_type="assignment_notice", sender="楓丘債権回収株式会社", license_number=249,
               phone="06-0000-2491", creditor="楓丘債権回収株式会社", status="unverified", original="株式会社すだち信販",
               debtor="轡田恵美子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=asg, reference="SD-06612",
               input_kind="vertical_pdf", template="proxy22_vertical_joint_assignment_kanji_licence",
               received=D(2025, 12, 22))
    return dict(stem="ae14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (縦書き joint notice, 信販 → invented servicer)",
                unusual="digital 縦書き 債権譲渡通知書 with the 内容証明 stamp; joint: both 通知人 in the signature columns, "
                        "the INVENTED servicer 楓丘債権回収株式会社 with its licence in KANJI 「法務大臣許可番号第二百四十九号」 "
                        "(→ 249, unverified); amounts in positional kanji (金三十八万四千二百十円); 手数料 as the "
                        "interest label (立替払契約); 民法第四百六十七条 and the 平成二十八年 contract as distractors; "
                        "full-width お客様番号 in a low column; the only phone (the 譲受人's) in kanji digits "
                        "〇六（〇〇〇〇）二四九一; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ae15 佐賀簡裁 支払督促 on one page, photographed sideways (EXIF 6), folded.


def ae15():
    R = 20.0
    issued = D(2026, 4, 7)
    acc, lastp = D(2025, 11, 20), D(2025, 9, 26)
    P, I = 286_400, 5_912
    L = late(P, R, acc + timedelta(1), D(2026, 3, 23))
    C = 3_420
    T = P + I + L + C
    p = Page(font="serif", size=10.2, top=16)
    p.at(192, 20, "令和8年(ロ)第611号", size=10.5, align="r")
    p.y = 24
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり（下記）")
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり（下記）")
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(1)
    p.line(era(issued), x=30)
    p.line("佐賀簡易裁判所　裁判所書記官　頴娃　千秋", x=90)
    p.seal(184, p.y - 6, 12, "square", "佐賀簡易裁判所書記官印", seed=22151)
    p.gap(3)
    p.rule(18, 192, 0.5)
    p.gap(2)
    p.line("当事者目録", size=11, font="serif-bold")
    p.line("〒840-0000　佐賀県佐賀市涼音一丁目3番5号", x=26, size=9.6)
    p.line("債務者　勘解由小路　篤", x=26, size=11)
    p.line("〒812-0000　福岡県福岡市博多区楓丘町4-4-1", x=26, size=9.6)
    p.line("債権者　るりびたきファイナンス株式会社　代表者代表取締役　館石　修", x=26, size=10.4)
    p.line("（送達場所）同社九州債権管理センター　電話 092-000-3380", x=40, size=9.2)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 28, 170
    for lab, val in (("1　金", f"{P:,}円（元金）"), ("2　金", f"{I:,}円（利息）"),
                     ("3　金", f"{L:,}円（{era(acc + timedelta(1))}から令和8年3月23日までの遅延損害金）"),
                     ("4　金", f"{C:,}円（督促手続費用）")):
        b = p.line(lab, x=x0, size=10)
        p.at(x0 + 14, b, val, size=10)
    p.add(Line(x0, p.y + 0.5, x1, p.y + 0.5, 0.3))
    p.gap(1.5)
    b = p.line("合計　金", x=x0, size=10.5, font="serif-bold")
    p.at(x0 + 17, b, f"{T:,}円", size=10.5, font="serif-bold")
    p.para(f"5　上記1の金額に対する令和8年3月24日から完済まで年{R:g}％の割合による遅延損害金", x0=x0, size=9.8, indent="")
    p.line("請求の原因", size=11, font="serif-bold")
    para_man(p, f"1　債権者は、債務者に対し、令和4年8月19日、金30万円を利率年17.8％、遅延損害金年{R:g}％の約定で貸し付けた。",
           x0=x0, size=9.6, indent="")
    p.para(f"2　債務者は、{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
           x0=x0, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 22, 0.4))
    for i, s in enumerate(["（注意）この支払督促に異議があるときは、受け取った日から2週間以内に督促異議申立書を当裁判所に",
                           "提出してください。申立書の書式は当裁判所で受け取ることができます。",
                           "問い合わせ先　佐賀簡易裁判所民事係　電話 0952-000-7715"]):
        p.at(21, y + 6.5 + i * 6, s, size=9.2)
    tr = truth(document_type="payment_order", sender="佐賀簡易裁判所", phone="0952-000-7715",
               creditor="るりびたきファイナンス株式会社", status="not_applicable", debtor="勘解由小路篤", total=T,
               principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第611号", input_kind="photo_exif_rotated",
               template="proxy22_payment_order_saga_one_page_sideways", received=D(2026, 4, 10))
    return dict(stem="ae15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.0, creases=2, fill=0.85, blur=0.9, warm=0.2, bow=6.0),
                about="payment_order (簡裁 支払督促 on one page, creditor a consumer lender)",
                unusual="phone photo stored sideways with EXIF orientation 6 on tatami, tri-fold creases and a bulging "
                        "sheet; a whole 佐賀簡易裁判所 支払督促 on ONE page: the clerk's line with the court name, the "
                        "当事者目録 and 請求の趣旨 below a rule; the amounts written 「1　金286,400円（元金）」 with the label "
                        "in brackets AFTER the amount; 確定 damages to 3/23 and running item 5; 合計 incl. 督促手続費用; "
                        "the creditor is a lender (not a servicer → not_applicable); the 送達場所 phone and 金30万円 / "
                        "年17.8％ as distractors")


# ---------------------------------------------------------------------------------------------
# ae16 real servicer (住宅債権管理回収機構, 91) after the auction: 平成 history, 万円 distractors, sender top-left; scanned.


def ae16():
    R = 14.0
    issued, due = D(2026, 5, 11), D(2026, 5, 29)
    acc, lastp, asg = D(2023, 12, 5), D(2023, 9, 27), D(2026, 3, 31)
    contract = D(2010, 7, 16)
    P = 6_482_115
    L = 412_360
    T = P + L
    p = Page(font="sans", size=10, top=14)
    for i, (s, sz, f) in enumerate((("株式会社住宅債権管理回収機構", 13, "sans-bold"),
                                    ("法務大臣許可番号　第９１号", 8.5, "sans"),
                                    ("東日本債権管理部", 9, "sans"),
                                    ("〒980-0000 宮城県仙台市宮城野区萩の台５丁目３－３", 8, "sans"),
                                    ("TEL 022-000-9191（代表）/ 022-000-9197（担当直通）", 8, "sans"))):
        p.at(16, 18 + i * 4.9 + (0 if i == 0 else 1.5), s, size=sz, font=f, color=GREEN if i == 0 else (0, 0, 0))
    p.at(194, 18, fwe(issued), size=10, align="r")
    p.at(194, 23.5, "ご契約番号　ＪＨ－１０７１６－２２", size=9.5, align="r")
    p.add(Box(112, 32, 82, 26, 0.2, GRAY))
    p.at(116, 38, "〒960-0000", size=9.5)
    p.at(116, 43, "福島県福島市朝霧台三丁目１２－８", size=9.5)
    p.at(120, 53, "百々　勇司　様", size=13.5)
    p.y = 64
    p.title("競売手続終了後のご返済について（ご請求）", size=14.5)
    para_man(p, f"貴殿が{heisei(contract)}に株式会社那須野銀行から借り入れられた住宅ローン（当初借入額4,200万円）については、"
           f"{fwe(acc)}に期限の利益が喪失され、保証会社いちいがし保証株式会社による代位弁済を経て、担保不動産の競売手続が"
           "行われました。")
    para_man(p, "同手続は令和8年2月の配当をもって終了し、売却代金約1,860万円のうち約1,790万円が求償債権に充当されましたが、"
           f"なお下記の残債務がございます。当社は{fwe(asg)}、いちいがし保証株式会社から本債権を譲り受けましたので、"
           "下記金額を期限までに一括してお支払いくださいますようお願いいたします。")
    p.gap(1)
    p.table([["これまでの経過", ""], ["ご融資（那須野銀行）", heisei(contract)], ["最終ご返済日", fwe(lastp)],
             ["期限の利益喪失日", fwe(acc)], ["配当期日", "令和８年２月１７日"], ["当社債権譲受日", fwe(asg)]],
            [60, 60], x=26, aligns="ll", size=9.3, row_h=6.6, header=True)
    p.gap(3)
    p.line(f"ご請求金額（{fwe(issued)}現在）", size=10.5, font="sans-bold")
    rows = [("求償元金残高（配当充当後）", f"{P:,}円"), ("確定損害金（配当充当後）", f"{L:,}円"), ("ご請求金額合計", f"{T:,}円")]
    for lab, val in rows:
        b = p.line(lab, x=30, size=10.5, font="sans-bold" if "合計" in lab else None)
        p.at(170, b, val, size=10.5, align="r", font="sans-bold" if "合計" in lab else "sans")
        p.add(Line(30, p.y - 1.0, 170, p.y - 1.0, 0.2 if "合計" not in lab else 0.5))
    p.line(f"※上記のほか、求償元金残高に対し年{R}％の割合による損害金が完済まで発生します。", x=30, size=8.5)
    p.gap(2)
    y = p.y
    p.add(Box(26, y, 148, 12, 0.9, GREEN))
    p.at(31, y + 8, "お支払期限", size=10.5, font="sans-bold", color=GREEN)
    p.at(66, y + 8.3, f"{fwe(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    para_man(p, "一括でのお支払いが困難な場合は、ご収入等をお伺いしたうえで、月々のお支払いについてご相談に応じます（例えば"
           "月々3万円からのご返済など）。必ずお支払期限までに担当直通へご連絡ください。", size=9.3, indent="")
    p.para("お振込先　あおだも銀行　仙台中央支店　普通　６０１８８２４　ジユウタクサイケンカンリカイシユウキコウ（カ",
           size=9.0, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="022-000-9191", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="いちいがし保証株式会社", debtor="百々勇司", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="JH-10716-22", input_kind="scan_png",
               template="proxy22_housing_servicer_after_auction_man_distractors", received=D(2026, 5, 13))
    return dict(stem="ae16", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (real servicer, rest after the auction)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 (「法務大臣許可番号　第９１号」) with its sender block "
                        "top-LEFT in green and the address window on the right; full-width era dates; 平成22年 loan from "
                        "the bank with 当初借入額4,200万円, 売却代金約1,860万円 and 約1,790万円 充当 in 万 units in the "
                        "prose (distractors), 月々3万円 as an example; a これまでの経過 table (配当期日 令和８年２月１７日 "
                        "is not a field); two rows 求償元金残高 / 確定損害金 and ご請求金額合計 (no interest); the "
                        "代表 and 担当直通 numbers (phone = 代表, the first); full-width ご契約番号")


LETTERS = [ae09, ae10, ae11, ae12, ae13, ae14, ae15, ae16]
