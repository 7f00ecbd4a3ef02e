"""Proxy set 66, letters bw09–bw16: a 互助会's 解約精算 notice by fax (claims nothing); a lawyer's 縦書き 通知書 for a
hospital; the carrier debt of bw06 sold to a real servicer (joint 債権譲渡通知); the landlord of bw04 in court — his
支払督促 at the 八幡浜簡裁 (scan) and its 仮執行宣言付支払督促 (scan PDF); a garage's 少額訴訟 for a 修理代 at the
南魚沼簡裁 (2 pages); a scam postcard posing as the water bureau's collector; an English school's 分割 proposal by fax."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Page,
    era,
    kdate,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_bw1 import (
    RENT_LANDLORD,
    RENT_LAST,
    RENT_MONTH,
    RENT_TENANT,
    SORA,
    SORA_ACC,
    SORA_DEBTOR,
    SORA_DEVICE,
    SORA_LAST,
    SORA_P,
    SORA_R,
    SORA_USE,
    sora_late,
)

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import PT_MM, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PURPLE = (0.35, 0.20, 0.50)
TEAL = (0.0, 0.45, 0.45)
ORANGE = (0.88, 0.45, 0.05)


def wdp(d: D) -> str:
    return f"（{wd(d)}）"


ACS = "エー・シー・エス債権管理回収株式会社"
RENT_N = 6  # 7月分～12月分 in the court papers
COURT_Y = "八幡浜簡易裁判所"


# ---------------------------------------------------------------------------------------------
# bw09 互助会 解約精算のお知らせ by fax: refund to the member, 解約手数料 deducted; claims nothing.


def bw09():
    issued, pay = D(2026, 1, 16), D(2026, 2, 13)
    unit, n = 3_000, 42
    paid = unit * n
    fee = 27_600
    refund = paid - fee
    firm = "株式会社やまぶき典礼互助会"
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 12, 180, 22, 0.8))
    p.at(20, 21, "ＦＡＸ送信のご案内", size=14, font="sans-bold")
    p.at(20, 29, f"送信日：{era(issued)}　　送信枚数：本紙含め１枚", size=9.5)
    p.at(190, 21, "宛先：竪山　雅子　様", size=11, align="r")
    p.at(190, 29, "（ご依頼によりFAXでお送りします）", size=8.5, align="r")
    p.y = 42
    p.at(190, 42, firm, size=11, font="sans-bold", align="r", color=PURPLE)
    p.at(190, 47, "会員サービス部　解約受付係", size=9, align="r")
    p.at(190, 52, "TEL 0120-000-572　FAX 0120-000-573", size=9, align="r")
    p.at(190, 57, "前払式特定取引業　経済産業大臣許可　第0914号", size=7.5, align="r", color=GRAY)
    p.y = 66
    p.title("解約手続完了及び解約払戻金のお知らせ", size=14, color=PURPLE)
    p.para("このたびは、当互助会の会員契約の解約をお申し出いただき、承りました。長年のご加入、誠にありがとうございました。解約"
           "手続が完了いたしましたので、解約払戻金を下記のとおりお知らせいたします。", size=9.8)
    p.line("記", align="c", size=10.5)
    p.table([["加入者番号", "YB-3391-0274"], ["ご加入コース", "やすらぎ葬祭コース（月掛3,000円×60回・180,000円）"],
             ["払込回数", f"{n}回（令和4年4月分～令和7年9月分）"], ["払込済掛金", f"{paid:,}円"],
             ["解約手数料", f"△{fee:,}円（約款第18条・別表2による）"], ["解約払戻金", f"{refund:,}円"],
             ["お振込予定日", f"{era(pay)}{wdp(pay)}"], ["お振込先", "ご指定の口座（ほくと野信用金庫　本店　普通　＊＊＊＊182）"]],
            [40, 130], x=20, aligns="ll", size=9.6, row_h=8, shade_col0=True)
    p.gap(3)
    p.para("・解約払戻金は、上記予定日に、お申出書にご記入の口座へお振込みいたします。振込手数料は当社が負担いたします。", size=9,
           indent="")
    p.para("・本件について、お客様にお支払いいただく金額はございません。", size=9, indent="")
    p.para("・解約手数料は、経済産業省の定める基準に従い、払込済掛金の額に応じて算出しております。", size=9, indent="")
    p.para("・ご不明な点は、会員サービス部（平日9:00～17:30）までお問い合わせください。", size=9, indent="")
    p.line("以上", align="r", size=9.5)
    assert paid - fee == refund
    tr = truth(document_type="other", sender=firm, phone="0120-000-572", creditor=None, status="not_applicable",
               debtor="竪山雅子", lump=False, issued=issued, reference="YB-3391-0274", input_kind="fax_tiff",
               template="proxy66_mutual_aid_cancellation_refund_fax", received=issued)
    return dict(stem="bw09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:48 YAMABUKI TENREI 0120-000-573",
                about="other (互助会 解約精算 notice, refund to the member, one-page fax)",
                unusual="one-page G4 fax of a 冠婚葬祭互助会 with a framed FAX cover strip (送信日 / 送信枚数 / 宛先): it "
                        "CLAIMS NOTHING — it tells the member what she gets back; a shaded-label table with 払込済掛金, "
                        "△解約手数料 and 解約払戻金 (money flowing to the addressee), the お振込予定日 and the course 180,000円 "
                        "as traps; 「お客様にお支払いいただく金額はございません」; the 経済産業大臣許可 number is not a "
                        "servicer licence; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bw10 lawyer for a hospital, 縦書き 通知書 (内容証明): 未払医療費 after a part payment; digital.


def bw10():
    issued, due, lastp = D(2025, 12, 1), D(2025, 12, 15), D(2025, 3, 31)
    billed, paid = 468_260, 50_000
    P = billed - paid
    kj = lambda v: yen(v, "kanji")  # noqa: E731
    client = "社会医療法人撫原会"
    office = "鴻巣谷法律事務所"
    cols = [
        ("title", "通　知　書"),
        ("body", f"当職は、{client}（撫原中央病院。以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "貴殿は、令和六年十月三日から同年十一月二十二日まで通知人の開設する撫原中央病院に入院し、診療を受けましたが、"
                 f"その入院医療費合計{kj(billed)}のうち、令和七年三月三十一日に{kj(paid)}をお支払いになったのみで、残額"
                 f"{kj(P)}が未払いとなっております。"),
        ("body", "通知人は、これまで書面及び電話により繰り返しお支払いをお願いしてまいりましたが、貴殿からは何らのご連絡もいた"
                 "だけておりません。"),
        ("body", f"つきましては、右未払医療費{kj(P)}を、{kdate(due)}までに、左記の当職名義の預り金口座にお振込みください"
                 "ますよう、本書をもって請求いたします。"),
        ("indent", "振込先　ほくと野信用金庫　大通支店"),
        ("plain", "　　　　普通預金　口座番号" + kanji_digits("6601538")),
        ("plain", "　　　　弁護士鴻巣谷律子預り金口"),
        ("body", "期限までにお支払い又はご連絡のない場合は、通知人において法的手続をとることになりますので、ご承知おきください。"
                 "なお、今後のご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "北海道札幌市中央区ほくと野三条二丁目八番地"),
        ("low", "ほくと野第二ビル五階"),
        ("low", office),
        ("low", "通知人代理人　弁護士　鴻巣谷　律子"),
        ("low", "電話　〇一一（〇〇〇）三六四八"),
        ("low", "（当事務所管理番号　ＭＮ－２５１４３）"),
        ("blank", ""),
        ("low", "北海道江別市はなしょうぶ台四丁目七番十五号"),
        ("low", "笹生田　直樹　殿"),
    ]
    size = 10.8
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 66101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鴻巣谷　律子" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 19 * size * PT_MM * 1.05, 10, "square", "弁護士鴻巣谷律子之印", angle=-3,
                         seed=66102))
    tr = truth(document_type="collection_notice", sender=office, phone="011-000-3648", creditor=client,
               status="not_applicable", debtor="笹生田直樹", total=P, principal=P, lump=False, issued=issued,
               payment_due=due, last_payment=lastp, reference="MN-25143", input_kind="vertical_pdf",
               template="proxy66_vertical_lawyer_for_hospital_medical_fees", received=D(2025, 12, 3))
    return dict(stem="bw10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a hospital, 縦書き 通知書, 内容証明)",
                unusual="縦書き 通知書 of ONE lawyer for a 社会医療法人 (the hospital name 撫原中央病院 in brackets after the "
                        "legal person), digital, with the 内容証明 stamp; the 入院 period, the bill 金四十六万八千二百六十円 and "
                        "the part payment 金五万円 with its date (= last payment) in one sentence; the claim only as 残額 in the "
                        "prose, no table; 「までに」 instead of 「限り」; a 預り金口 account in kanji digits (distractor); phone "
                        "in kanji digits; full-width bracketed 当事務所管理番号 ＭＮ－２５１４３ (→ MN-25143)")


# ---------------------------------------------------------------------------------------------
# bw11 joint 債権譲渡通知: the carrier → a real servicer; both blocks in a 2-column table at the top; 目録 below.


def bw11():
    issued, assign = D(2026, 2, 9), D(2026, 2, 2)
    L = sora_late(assign)
    T = SORA_P + L
    p = Page(font="serif", size=10, top=14)
    p.at(20, 20, "〒150-0000　東京都渋谷区かえで野坂4-2-17　ルミエ坂上305", size=9.5)
    p.at(22, 28, f"{SORA_DEBTOR}　様", size=13, font="serif-bold")
    p.at(192, 20, era(issued), size=10, align="r")
    p.y = 36
    p.title("債権譲渡のご通知", size=16, font="serif-bold")
    p.table([["譲渡人", "譲受人"],
             [f"{SORA}", f"{ACS}"],
             ["東京都港区おぼろ月台1-1-1", "東京都中央区くちなし橋2-5-8"],
             ["代表取締役　槙尾　健", "代表取締役　（記名押印）"],
             ["", "法務大臣許可番号　第27号"]], [85, 85], x=20, header=True, aligns="ll", size=9.2, row_h=7.4)
    p.gap(3)
    p.para(f"譲渡人は、{era(assign)}付で、貴殿に対して有する下記債権（以下「本件債権」といいます。）を、譲受人に譲渡いたしました"
           "ので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。", size=9.8)
    p.para("今後、本件債権のお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人に対するお支払いはお控えください。"
           "お支払方法は、譲受人から別途ご案内いたします。", size=9.8)
    p.line("記（譲渡債権の表示）", align="c", size=10.5, font="serif-bold")
    p.table([["原契約", "SORA mobile 通信サービス契約及び機種代金分割支払契約"],
             ["原契約お客様番号", "SM-0082-15570"],
             ["契約解除日", f"{era(SORA_ACC)}（同日期限の利益喪失）"],
             ["最終お支払日", era(SORA_LAST)]], [44, 126], x=20, aligns="ll", size=9.2, row_h=7.2, shade_col0=True)
    p.gap(2)
    p.table([["ご利用料金", "機種代金残額", "元金計", "延滞利息（年14.5％）", "譲渡債権額"],
             [f"{SORA_USE:,}円", f"{SORA_DEVICE:,}円", f"{SORA_P:,}円", f"{L:,}円", f"{T:,}円"]],
            [32, 34, 32, 38, 34], x=20, header=True, aligns="rrrrr", size=9.2, row_h=8)
    p.line(f"（金額は譲渡日 {era(assign)} 現在）", x=190, align="r", size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 24, 0.6, fill=SHADE))
    p.at(24, y + 6, "お問い合わせ先（譲受人）", size=9.5, font="serif-bold")
    p.at(24, y + 12, f"{ACS}　回収第二部　フリーダイヤル 0120-000-627（平日9:00～18:00）", size=9)
    p.at(24, y + 18, "お客様番号　ACS-2602-31877（お問い合わせの際はこの番号をお知らせください）", size=9)
    p.y = y + 29
    p.line(f"※譲渡人 {SORA} 料金センター 0120-000-391 では、本件債権のお問い合わせを承ることはできません。", x=20, size=8.3,
           color=GRAY)
    tr = truth(document_type="assignment_notice", sender=ACS, license_number=27, phone="0120-000-627", creditor=ACS,
               status="licensed", original=SORA, debtor="礒谷美紀", total=T, principal=SORA_P, late_damages=L,
               rate=SORA_R, lump=False, issued=issued, acceleration=SORA_ACC, last_payment=SORA_LAST,
               assignment=assign, reference="ACS-2602-31877", input_kind="pdf_text",
               template="proxy66_joint_assignment_carrier_to_real_servicer_top_table", received=D(2026, 2, 12))
    return dict(stem="bw11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, carrier → real servicer)",
                unusual="joint 債権譲渡のご通知 in serif: the two notifiers as a 2-column ruled table (譲渡人 | 譲受人) right "
                        "under the title, ★ エー・シー・エス債権管理回収株式会社 with 「法務大臣許可番号　第27号」 in the last "
                        "row; a shaded-label 譲渡債権の表示 (原契約お客様番号 of the carrier as distractor, 契約解除日 = 喪失, "
                        "最終お支払日); a one-row 5-column amounts table (ご利用料金 + 機種代金残額 = 元金計, 延滞利息 (年14.5％), "
                        "譲渡債権額) as of the 譲渡日; the servicer's お客様番号 in a shaded box; the carrier's 0120 number "
                        "as a distractor; informs only")


# ---------------------------------------------------------------------------------------------
# bw12 支払督促 for rent (八幡浜簡裁), the landlord's own application; one scanned page.


def bw12():
    filed, issued = D(2026, 1, 14), D(2026, 1, 21)
    P = RENT_MONTH * RENT_N
    C = 3_312
    T = P + C
    case = "令和８年（ロ）第２１号"
    p = Page(font="serif", size=10.2, top=14)
    p.at(105, 22, "支　払　督　促", size=18, font="serif-bold", align="c")
    p.at(190, 30, case, size=10, align="r")
    p.y = 36
    p.kv([("債権者", f"〒796-0000 愛媛県八幡浜市いそしぎ台一丁目11番8号　{RENT_LANDLORD}"),
          ("", "（送達場所・連絡先　同所　電話 090-0000-2714）"),
          ("債務者", f"〒796-0000 愛媛県八幡浜市千鳥ヶ浜町二丁目5番地　コーポ鎌滝203号室　{RENT_TENANT}")],
         x=20, label_w=22, size=9.6)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10.2)
    p.line("請求の趣旨及び原因", align="c", size=11.5, font="serif-bold")
    p.line("請求の趣旨", x=20, size=10.2, font="serif-bold")
    p.table([["１", "金" + f"{P:,}" + "円", "滞納賃料等（令和７年７月分から同年１２月分まで）"],
             ["２", "金" + f"{C:,}" + "円", "督促手続費用"],
             ["", "金" + f"{T:,}" + "円", "合計"]], [10, 40, 118], x=22, aligns="crl", size=9.8, row_h=7.6, ruled="rows")
    p.para("３　上記１の金額に対する支払督促送達の日の翌日から支払済みまで年３分の割合による遅延損害金", x0=22, size=9.8,
           indent="")
    p.line("請求の原因", x=20, size=10.2, font="serif-bold")
    for s in ["１　債権者は、令和５年４月１日、債務者に対し、上記債務者住所の建物を、賃料月額６万８０００円、共益費月額３０００円、"
              "毎月末日限り翌月分前払いの約定で賃貸し、引き渡した。",
              f"２　債務者は、令和７年７月分以降の賃料及び共益費を支払わない（最後の支払は{era(RENT_LAST, True)}の６月分）。",
              "３　債権者は、令和７年１１月１０日付催告書により支払を催告したが、債務者は支払わない。",
              "４　よって、債権者は、令和７年７月分から同年１２月分までの賃料及び共益費合計の支払を求める。"]:
        p.para(s, x0=22, size=9.4, indent="")
    p.gap(2)
    p.line(f"{era(issued, True)}", x=188, align="r", size=10)
    p.line(f"{COURT_Y}", x=188, align="r", size=10)
    p.line("裁判所書記官　檮　原　美　穂", x=188, align="r", size=10)
    p.seal(182, p.y - 4, 8.5, "square", "八幡浜簡易裁判所書記官印", seed=66121)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 26, 0.7))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、受け取った日から２週間以内に、この裁判所に督促異議の申立て",
                           "をすることができます。異議の申立てがないと、債権者の申立てにより仮執行の宣言がされ、強制執行を受ける",
                           "ことがあります。　問い合わせ先　八幡浜簡易裁判所　民事係　電話 0894-00-3102（直通）",
                           f"（申立日　{era(filed, True)}）"]):
        p.at(23, y + 6 + i * 5.5, s, size=8.6)
    tr = truth(document_type="payment_order", sender=COURT_Y, phone="0894-00-3102", creditor="鎌滝恒夫",
               status="not_applicable", debtor="樗木翔太", total=T, principal=P, costs=C, rate=3.0, lump=True,
               issued=issued, last_payment=RENT_LAST, reference="令和8年(ロ)第21号", input_kind="scan_png",
               template="proxy66_payment_order_rent_private_landlord_yawatahama", received=D(2026, 1, 24))
    return dict(stem="bw12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, rent, the landlord himself is the 債権者, one page)",
                unusual="a whole 支払督促 on ONE scanned page: the parties as kv lines with the landlord's own 090 number as "
                        "送達場所・連絡先 (distractor); 請求の趣旨 as a rows-ruled table whose amounts come BEFORE the labels "
                        "(金…円 / 滞納賃料等 …, 督促手続費用, 合計) and the running item ３ at 年３分 from the day after 送達 (rate "
                        "only, no computed late charge); 請求の原因 with 賃料 ６万８０００円 / 共益費 ３０００円 (distractors) and "
                        "the last payment; full-width era dates; the court's phone inside the 注意 box; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bw13 仮執行宣言付支払督促 of bw12's case; 2 scanned pages; the 仮執行 cost in a second row.


def bw13():
    order, served, vfiled, issued = D(2026, 1, 21), D(2026, 1, 24), D(2026, 2, 16), D(2026, 2, 24)
    P = RENT_MONTH * RENT_N
    C1, C2 = 3_312, 1_144
    T = P + C1 + C2
    case = "令和８年（ロ）第２１号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, case, size=10, align="r")
    p.at(105, 34, "仮執行宣言付支払督促", size=17, font="serif-bold", align="c")
    p.y = 44
    p.kv([("債権者", RENT_LANDLORD), ("債務者", RENT_TENANT)], x=30, label_w=26, size=11)
    p.gap(3)
    p.para(f"上記当事者間の支払督促は、{era(served, True)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           f"（支払督促発付日　{era(order, True)}）", size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり宣言する。", size=10.5)
    p.gap(2)
    p.line("仮執行の宣言", align="c", size=12, font="serif-bold")
    p.para("別紙請求の趣旨記載の金額について、仮に執行することができる。", size=10.5)
    p.gap(4)
    p.line(f"{era(issued, True)}", x=188, align="r", size=10.5)
    p.line(COURT_Y, x=188, align="r", size=10.5)
    p.line("裁判所書記官　檮　原　美　穂", x=188, align="r", size=10.5)
    p.seal(182, p.y - 4, 9, "square", "八幡浜簡易裁判所書記官印", seed=66131)
    p.gap(8)
    y = p.y
    p.add(Box(24, y, 162, 30, 0.7))
    for i, s in enumerate(["この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に、",
                           "当裁判所に督促異議を申し立てることができます。",
                           "期間内に申立てがないときは、確定判決と同一の効力を有することになります。",
                           "問い合わせ先　八幡浜簡易裁判所　民事係　電話 0894-00-3102（直通）"]):
        p.at(28, y + 7 + i * 6, s, size=9.5)
    q = Page(font="serif", size=10, top=18)
    q.line("（別紙）", size=10)
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    q.table([["", "項目", "金額（円）"],
             ["１", "滞納賃料等（令和７年７月分～１２月分）", f"{P:,}"],
             ["２", "督促手続費用", f"{C1:,}"],
             ["３", "仮執行宣言手続費用", f"{C2:,}"],
             ["", "合計", f"{T:,}"]], [12, 100, 40], x=28, header=True, aligns="clr", size=10, row_h=8.2)
    q.gap(2)
    q.para("４　上記１の金額に対する令和８年１月２５日から支払済みまで年３分の割合による遅延損害金", x0=28, size=10,
           indent="")
    q.gap(4)
    q.line("当事者目録", align="c", size=11.5, font="serif-bold")
    q.kv([("債権者", "〒796-0000 愛媛県八幡浜市いそしぎ台一丁目11番8号"), ("", RENT_LANDLORD),
          ("債務者", "〒796-0000 愛媛県八幡浜市千鳥ヶ浜町二丁目5番地　コーポ鎌滝203号室"), ("", RENT_TENANT)],
         x=28, label_w=22, size=9.6)
    q.gap(3)
    q.line(f"（仮執行宣言申立日　{era(vfiled, True)}）", x=188, align="r", size=9)
    tr = truth(document_type="payment_order_enforceable", sender=COURT_Y, phone="0894-00-3102", creditor="鎌滝恒夫",
               status="not_applicable", debtor="樗木翔太", total=T, principal=P, costs=C1 + C2, rate=3.0, lump=True,
               issued=issued, last_payment=None, reference="令和8年(ロ)第21号", input_kind="pdf_scan",
               template="proxy66_enforceable_rent_yawatahama_cost_rows", received=D(2026, 2, 26))
    return dict(stem="bw13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, rent, same case as bw12, 2 pages)",
                unusual="the 仮執行宣言付支払督促 of bw12's case as a 2-page image PDF: p.1 the 送達 date in the sentence and "
                        "the 支払督促発付日 in brackets after it (both distractors), the 仮執行宣言 date above the clerk; p.2 "
                        "請求の趣旨 as a grid with 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → "
                        "costs = sum) above 合計, the running item ４ at 年３分 (rate only); 当事者目録 with no phone; no "
                        "請求の原因 on this paper, so no last payment (null)")


# ---------------------------------------------------------------------------------------------
# bw14 少額訴訟 for a 修理代 (南魚沼簡裁): 呼出状 (p.1) + 訴状 form (p.2), digital.


def bw14():
    issued, hearing, answer, filed = D(2026, 3, 9), D(2026, 4, 15), D(2026, 4, 8), D(2026, 2, 24)
    parts, labor = 198_400, 87_600
    P = parts + labor
    court = "南魚沼簡易裁判所"
    plaintiff = "有限会社舛廣オートサービス"
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 22, "事件番号　令和８年（少コ）第７号　修理代金請求事件", size=10)
    p.at(20, 28, f"原告　{plaintiff}", size=10)
    p.at(20, 34, "被告　葦原田　剛", size=10)
    p.y = 44
    p.title("口頭弁論期日呼出状及び答弁書催告状（少額訴訟）", size=13.5, font="serif-bold")
    p.line("被告　葦原田　剛　殿", x=20, size=11)
    p.gap(1)
    p.line(f"{era(issued, True)}", x=190, align="r", size=10.5)
    p.line(f"{court}　裁判所書記官　樒　原　達　也", x=190, align="r", size=10.5)
    p.seal(186, p.y - 4, 8, "square", "南魚沼簡易裁判所書記官印", seed=66141)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。なお、訴状"
           "副本等を送達しますので、下記の期限までに答弁書を提出してください。", size=10.5)
    p.line("記", align="c", size=10.5)
    p.table([["期日", f"{era(hearing, True)}（{wd(hearing)}）午後１時１０分"],
             ["場所", "第１号法廷（新潟県南魚沼市六日町（裁判所庁舎）２階）"],
             ["答弁書提出期限", f"{era(answer, True)}（{wd(answer)}）"]], [40, 126], x=22, aligns="ll", size=10,
            row_h=8.4, shade_col0=True)
    p.gap(3)
    p.line("少額訴訟の手続について", size=10.5, font="serif-bold")
    for s in ["１　少額訴訟では、原則として１回の期日で審理を終え、直ちに判決が言い渡されます。",
              "２　被告は、最初の期日で弁論をするまでは、通常の手続に移行させる旨の申述をすることができます。",
              "３　判決では、分割払いや支払猶予が定められることがあります（民事訴訟法第３７５条）。",
              "４　期日に欠席し答弁書も提出しないと、原告の言い分どおりの判決がされることがあります。"]:
        p.para(s, size=9.6, indent="")
    p.gap(2)
    p.line(f"{court}　民事係　電話 025-000-7746（直通）　FAX 025-000-7747", size=9.6)
    p.line("担当書記官　樒原（持参するもの：この呼出状、印鑑、証拠書類）", size=9.6)
    q = Page(font="sans", size=9.6, top=16)
    q.line("訴　状（少額訴訟）", align="c", size=14, font="sans-bold")
    q.line(f"{court}　御中　　　　　　　　　　　　{era(filed, True)}", size=10)
    q.gap(1)
    q.table([["原告", "〒949-0000 新潟県南魚沼市さくらだ野3-14-2", plaintiff, "TEL 025-000-1583"],
             ["被告", "〒949-0000 新潟県南魚沼市ゆきわり台8-1", "葦原田　剛", "（勤務先 不詳）"]],
            [14, 64, 52, 42], x=18, aligns="llll", size=8.4, row_h=9)
    q.line("原告代表者　代表取締役　舛廣　隆之", x=20, size=8.6)
    q.gap(2)
    q.kv([("請求の趣旨", f"１　被告は、原告に対し、金{P:,}円及びこれに対する令和７年１１月１日から支払済みまで"),
          ("", "　　年３パーセントの割合による金員を支払え。"), ("", "２　訴訟費用は被告の負担とする。"),
          ("", "との判決並びに仮執行の宣言を求める。")], x=18, label_w=26, size=9.4)
    q.gap(2)
    q.line("紛争の要点（請求の原因）", size=10.5, font="sans-bold")
    for s in ["１　原告は自動車整備業者である。被告は、令和７年９月１８日、原告に対し、被告所有の普通乗用自動車（スバル"
              "レガシィ、長岡 300 さ 71-26）のエンジン不調の修理を依頼し、原告はこれを承諾した（見積額　約２９万円）。",
              "２　原告は、令和７年１０月３日に修理を完了して同日被告に車両を引き渡し、同日付で修理代金を請求した（支払期限"
              "　同月３１日）。",
              "３　被告は、修理代金のうち一円も支払わない。"]:
        q.para(s, x0=18, size=9.2, indent="")
    q.table([["内訳", "金額"], ["部品代（タイミングベルト・ウォーターポンプ他）", f"{parts:,}円"],
             ["工賃", f"{labor:,}円"], ["修理代金合計（税込）", f"{P:,}円"]], [110, 46], x=24, header=True,
            aligns="lr", size=9.2, row_h=7.4)
    q.gap(2)
    q.kv([("添付書類", "修理見積書、作業指示書兼納品書、請求書（写し）各１通"),
          ("訴訟物の価額", f"{P:,}円　　貼用印紙額　3,000円　　予納郵券　5,200円"),
          ("少額訴訟の回数", "本年、この裁判所で少額訴訟を求めるのは１回目です。")], x=18, label_w=30, size=9)
    tr = truth(document_type="lawsuit", sender=court, phone="025-000-7746", creditor=plaintiff, status="not_applicable",
               debtor="葦原田剛", total=P, principal=P, rate=3.0, lump=True, issued=issued, hearing=hearing,
               reference="令和8年(少コ)第7号", input_kind="pdf_text_2page",
               template="proxy66_small_claims_car_repair_minamiuonuma", received=D(2026, 3, 11))
    return dict(stem="bw14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 少額訴訟, car repair bill, 2 pages)",
                unusual="少額訴訟 呼出状及び答弁書催告状 (p.1, serif) + a sans 訴状 form (p.2), digital: the case header (少コ) "
                        "top-LEFT before the title; 期日 / 場所 / 答弁書提出期限 as a shaded-label table (hearing 4/15, answer "
                        "4/8); the court's TEL and FAX on one line; p.2 the parties as a 4-column table with the plaintiff's "
                        "TEL (distractor); 請求の趣旨 with 年３パーセント only as a running clause (rate 3.0, no late charge); "
                        "紛争の要点 with 見積額 約２９万円 and three dates; a 内訳 table 部品代 / 工賃 / 修理代金合計; 訴訟物の価額, "
                        "貼用印紙額 3,000 and 予納郵券 5,200 as distractors; the 訴状 date 2/24 ≠ 呼出状 3/9")


# ---------------------------------------------------------------------------------------------
# bw15 scam postcard posing as the water bureau's collector; fake licence; photographed.


def bw15():
    issued, due = D(2026, 1, 30), D(2026, 2, 6)
    P, L, C = 18_420, 6_000, 8_000
    T = P + L + C
    name = "一般財団法人水道料金債権管理機構"
    p = Page(w=100, h=148, font="sans", size=7.5, left=6, right=6, top=6)
    p.add(Box(5, 5, 90, 11, color=None, fill=(0.05, 0.30, 0.60)))
    p.at(50, 12.5, "水道料金未納に関する最終通知", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(8, 22, "芥子川　和子　様", size=10, font="sans-bold")
    p.at(92, 22, f"通知日 {era(issued)}", size=6.8, align="r")
    p.at(92, 26, "受付番号　と－４１７", size=6.8, align="r")
    stamp(p, 8, 28, "給水停止", size=9, w=22, h=7)
    stamp(p, 34, 28, "親展", size=9, w=14, h=7)
    p.y = 40
    p.para("当機構は、各市町村水道局より未納水道料金の債権回収業務を受託している法務省認可の機関です。貴殿の水道料金につき、"
           "長期間の未納が確認されたため、水道局に代わり最終通知をいたします。", size=7.2)
    p.para("期限までにお支払いがない場合、給水停止の執行に加え、民事訴訟・給与差押えの手続に移行いたします。", size=7.2)
    p.gap(1)
    p.table([["未納水道料金", f"{P:,}円"], ["延滞金", f"{L:,}円"], ["給水停止解除手数料", f"{C:,}円"],
             ["ご請求合計", f"{T:,}円"]], [48, 34], x=9, aligns="lr", size=7.6, row_h=5.6)
    p.gap(2)
    p.line(f"お支払期限　2月6日{wdp(due)}15時まで", x=9, size=8.5, font="sans-bold", color=RED)
    p.line("お振込先　みのり野銀行　中央支店　普通　8820147", x=9, size=7)
    p.line("口座名義　スイドウリョウキンカンリ　ハタノ　ケンジ", x=9, size=7)
    p.gap(1)
    p.para("※本通知は最終通知です。水道局・弁護士等への問い合わせは手続の遅延となりますのでお控えください。", x0=9, size=6.6,
           indent="")
    p.gap(1)
    p.line(name, x=9, size=7.4, font="sans-bold")
    p.line("法務大臣許可番号　第318号", x=9, size=6.8)
    p.line("東京都千代田区霞が関（水道会館内）", x=9, size=6.8)
    p.line("専用ダイヤル 050-0000-6631（土日も受付）", x=9, size=7.2, font="sans-bold")
    tr = truth(document_type="other", sender=name, license_number=318, phone="050-0000-6631", creditor=None,
               status="not_licensed", debtor="芥子川和子", total=T, principal=P, late_damages=L, costs=C, lump=False,
               issued=issued, payment_due=due, reference="と-417", is_scam=True, input_kind="photo_jpeg",
               template="proxy66_scam_postcard_water_bureau_collector", received=None)
    return dict(stem="bw15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), bg="tatami", keystone=0.06, tilt=-3.0, fill=0.72, shadow=0.16,
                          shadow_side="bottom", warm=0.2),
                about="other (scam postcard posing as the water bureau's collector, phone photo)",
                unusual="架空請求 postcard photographed on tatami: 「水道料金未納に関する最終通知」 in a blue band, red 「給水停止」 "
                        "and 「親展」 stamps; 「各市町村水道局より…受託」 and 「法務省認可の機関」 with a FAKE 「法務大臣許可番号　"
                        "第318号」 for a 一般財団法人 (not a servicer name → not_licensed); a 4-row table with a "
                        "給水停止解除手数料 (→ costs); payment to an account held by a PERSON; 「2月6日（金）15時まで」 "
                        "without a year; 「水道局・弁護士等への問い合わせは…お控えください」; a 050 number open on weekends; "
                        "hiragana 受付番号 と－４１７; the creditor is only 「水道局」")


# ---------------------------------------------------------------------------------------------
# bw16 English school 受講料 分割 proposal by fax (2 pages): 未払受講料 残額, a plan and a reply form.


def bw16():
    issued, reply = D(2026, 3, 4), D(2026, 3, 18)
    fee, n, paid_n = 396_000, 12, 5
    M = fee // n
    P = M * (n - paid_n)
    assert P == 231_000
    first, rest = 11_000, 10_000
    assert first + rest * 22 == P
    lastp = D(2025, 8, 27)
    school = "株式会社ハミングバード英語学院"
    p = Page(font="sans", size=10, top=12)
    p.at(20, 20, "HUMMINGBIRD English Academy", size=13, font="sans-bold", color=TEAL)
    p.at(20, 26, school, size=9.5, color=TEAL)
    p.at(192, 20, f"FAX送信日　{era(issued)}", size=9.5, align="r")
    p.at(192, 25, "送信枚数　2枚（本紙含む）", size=9, align="r")
    p.y = 34
    p.line("忰田　蓮　様（ご本人様のご希望によりFAXにてお送りします）", x=20, size=11, font="sans-bold")
    p.gap(1)
    p.at(192, 42, "受講料債権管理室　担当　柊原", size=9, align="r")
    p.at(192, 47, "TEL 03-0000-1986　FAX 03-0000-1987", size=9, align="r")
    p.at(192, 52, "お客様管理番号　HB-24-03317", size=9, align="r")
    p.y = 60
    p.title("未払受講料のお支払い方法に関するご提案", size=13.5, color=TEAL)
    p.para("先日はお電話でご事情をお聞かせいただき、ありがとうございました。「1年集中コース」の受講料（自社分割12回・月々33,000円）"
           "につきましては、令和7年8月27日のお支払い（第5回）を最後に、その後のお支払いがございません。", size=9.6)
    p.para("お申し出を踏まえ、下記のとおり分割でのお支払いをご提案いたします。ご了承いただける場合は、2枚目の回答書にご記入の上、"
           "ご回答期限までにFAXでご返送ください。", size=9.6)
    p.table([["項目", "金額"], ["受講料総額（1年集中コース）", f"{fee:,}円"], ["お支払済み（第1回～第5回）", f"△{M * paid_n:,}円"],
             ["未払受講料残額（和解前残高）", f"{P:,}円"]], [110, 50], x=25, header=True, aligns="lr", size=9.8,
            row_h=8, shade_col0=True)
    p.gap(2)
    p.line("ご提案内容", x=22, size=10, font="sans-bold", color=TEAL)
    for s in [f"・初回　令和8年4月27日　{first:,}円",
              f"・第2回以降　令和8年5月から令和10年2月まで毎月27日限り　{rest:,}円（22回）",
              "・上記のお支払いを遅滞なく終えられた場合、遅延損害金はいただきません。",
              "・お支払いが2回分（20,000円）以上滞った場合は、残額を一括でご請求いたします。"]:
        p.line(s, x=24, size=9.2)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 12, 1.2))
    p.at(26, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(70, y + 8, f"{era(reply)}{wdp(reply)}　FAX必着", size=12, font="sans-bold")
    p.y = y + 17
    p.para("ご回答がない場合は、残額全額のご請求及び法的手続を検討させていただきます。なお、中途解約に伴う返金対象の"
           "レッスンはございません（全48回のうち受講済み31回、残り17回は受講期限切れ）。", size=8.8, indent="")
    q = Page(font="sans", size=10, top=18)
    q.line("分割払いのお申込み（回答書）", align="c", size=14, font="sans-bold")
    q.line(f"{school}　受講料債権管理室　行（FAX 03-0000-1987）", size=10)
    q.gap(3)
    q.para(f"私は、未払受講料残額 {P:,}円 を、貴社ご提案のとおり、令和8年4月27日から令和10年2月27日まで、"
           "分割して支払うことを申し込みます。", size=10)
    q.gap(2)
    q.table([["回", "お支払日", "金額"], ["1", "令和8年4月27日", f"{first:,}円"], ["2", "令和8年5月27日", f"{rest:,}円"],
             ["3", "令和8年6月27日", f"{rest:,}円"], ["…", "…", "…"], ["23", "令和10年2月27日", f"{rest:,}円"],
             ["", "合計", f"{P:,}円"]], [16, 60, 40], x=40, header=True, aligns="ccr", size=9.8, row_h=7.6)
    q.gap(6)
    for s in ["ご記入日　令和　　年　　月　　日", "ご住所　＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿＿",
              "お名前　＿＿＿＿＿＿＿＿＿＿＿＿＿＿　印", "日中のご連絡先　＿＿＿＿＿＿＿＿＿＿＿＿"]:
        q.line(s, x=30, size=10.5)
        q.gap(3)
    tr = truth(document_type="settlement_proposal", sender=school, phone="03-0000-1986", creditor=school,
               status="not_applicable", debtor="忰田蓮", total=P, principal=P, lump=False, issued=issued,
               payment_due=reply, last_payment=lastp, reference="HB-24-03317", input_kind="fax_tiff",
               template="proxy66_english_school_tuition_instalment_offer_fax", received=issued)
    return dict(stem="bw16", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 17:36 HUMMINGBIRD EA 03-0000-1987",
                about="settlement_proposal (英会話 school 未払受講料, instalment offer, 2-page fax)",
                unusual="2-page G4 fax of an English school: Latin brand 「HUMMINGBIRD English Academy」 with the legal name "
                        "under it; 送信日 / 送信枚数 top-right; a 3-row table 受講料総額 396,000 / △お支払済み / 未払受講料残額"
                        "（和解前残高） (only the last is owed); the plan (11,000 + 10,000 × 22, the 20,000 threshold, the "
                        "waived 遅延損害金) as distractors; ご回答期限 「FAX必着」 in a heavy frame (= "
                        "payment_due); lesson counts 48 / 31 / 17; p.2 a 回答書 with a schedule; TEL and FAX on one line")


LETTERS = [bw09, bw10, bw11, bw12, bw13, bw14, bw15, bw16]
