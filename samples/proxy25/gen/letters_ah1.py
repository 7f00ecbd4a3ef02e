"""Proxy set 25, letters ah01–ah08: the servicer's cover letter sent with the copy of its 訴状 (ah01), a 支払督促 in
three pages (ah02) and on one page (ah03), a 仮執行宣言付支払督促 photographed (ah04), a 地裁支部 (ワ) 呼出状 with the
訴状 (ah05), a 少額訴訟 呼出状 (ah06), a 第2回口頭弁論期日 呼出状 (ah07) and a 民事調停 呼出状 that claims nothing
(ah08). The cases are in base.py."""

from __future__ import annotations

from datetime import date as D

from base import (
    A_ACC,
    A_ASSIGN,
    A_CASE,
    A_CASE_FW,
    A_FIRST,
    A_I,
    A_L,
    A_LAST,
    A_P,
    A_R,
    A_SECOND,
    A_SUED,
    A_T,
    B_ACC,
    B_ASSIGN,
    B_C1,
    B_C1_PARTS,
    B_C2,
    B_CASE,
    B_FILED,
    B_I,
    B_KARI,
    B_KARI_FILED,
    B_L,
    B_LAST,
    B_ORDER,
    B_P,
    B_R,
    B_SERVED,
    C_ACC,
    C_ANSWER,
    C_CALL,
    C_CASE,
    C_HEAR,
    C_LAST,
    C_P0,
    C_R,
    C_SUB,
    C_SUB_AMT,
    C_SUED,
    D_ACC,
    D_ASSIGN,
    D_C,
    D_C_PARTS,
    D_CASE,
    D_FILED,
    D_I,
    D_L,
    D_LAST,
    D_ORDER,
    D_P,
    D_R,
    ONE,
    clerk,
    court_day,
    era,
    fw,
    uketsuke,
)
from common import GRAY, RED, SHADE, Box, Line, Page, late, truth, wd

NAVY2 = (0.05, 0.30, 0.22)


# ---------------------------------------------------------------------------------------------
# ah01 SMBC債権回収 (real, 10): 訴訟提起のお知らせ, sent with the copy of its 訴状; digital.


def ah01():
    issued = D(2026, 2, 18)
    p = Page(font="sans", size=10, top=14)
    p.at(196, 16, era(issued), size=10, align="r")
    p.at(196, 21.5, "お客様番号　2601-884-3127", size=10, align="r")
    p.y = 28
    p.line("〒350-0000", size=10)
    p.line("埼玉県川越市ほたるい町九丁目9番9号", size=10.5)
    p.gap(1)
    p.line("鶴房　遥斗　様", size=14)
    p.gap(2)
    for s, sz, f in (("SMBC債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号　第10号", 8.8, "sans"),
                     ("債権管理部　訴訟管理グループ", 9.5, "sans"), ("担当　萬谷", 9.5, "sans"),
                     ("フリーダイヤル　0120-000-610", 9.5, "sans"), ("（受付　平日9:00～17:30）", 8.5, "sans")):
        p.line(s, x=126, size=sz, font=f)
    p.seal(186, 44, 13, "square", "ＳＭＢＣ債権回収株式会社之印", angle=2, seed=25011)
    p.gap(3)
    p.line("訴訟提起のお知らせ", size=16, font="sans-bold", align="c")
    p.line("（訴状写し送付のご案内）", size=10.5, align="c")
    p.gap(3)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para(f"さて、当社が{era(A_ASSIGN)}につわぶきカード株式会社から譲り受けました貴殿に対する債権につきましては、これまで"
           "再三にわたりお支払いのご案内を差し上げてまいりましたが、現在に至るまでご入金もご連絡もいただけておりません。")
    p.para(f"そこで当社は、やむを得ず{era(A_SUED)}、川越簡易裁判所に対し、下記のとおり訴えを提起いたしましたので、"
           "ご通知いたします。ご参考までに訴状の写しを同封いたします。訴状の副本及び口頭弁論期日の呼出状は、後日、裁判所"
           "から特別送達郵便にて届きますので、必ずお受け取りください。")
    p.para("なお、期日前であっても、お話し合いによる解決（和解）に応じる用意がございます。ご希望の方は、上記担当まで"
           "お電話ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [("裁　判　所", "川越簡易裁判所（民事係）"), ("事 件 番 号", A_CASE_FW),
            ("事　件　名", "譲受債権請求事件"), ("訴え提起日", era(A_SUED)),
            ("原 債 権 者", "つわぶきカード株式会社（カード会員契約）"),
            ("期限の利益喪失日", era(A_ACC)), ("最終ご入金日", era(A_LAST))]
    y = p.y
    for i, (lab, val) in enumerate(rows):
        yy = y + i * 6.6
        p.add(Box(24, yy, 38, 6.6, 0.25, (0, 0, 0), SHADE))
        p.add(Box(62, yy, 124, 6.6, 0.25))
        p.at(26, yy + 4.6, lab, size=8.8)
        p.at(65, yy + 4.7, val, size=9.8)
    p.y = y + len(rows) * 6.6 + 4
    p.line("訴状記載の請求額", x=24, size=10.5, font="sans-bold")
    x0, x1 = 30, 150
    for lab, val in (("① 元金", A_P), ("② 利息・手数料", A_I),
                     (f"③ 遅延損害金（{era(A_ACC + ONE)}～{era(A_SUED)}　年{A_R:g}％）", A_L)):
        b = p.line(lab, x=x0, size=9.8)
        p.at(x1, b, f"{val:,}円", size=10, align="r")
        p.add(Line(x0, p.y - 1.4, x1, p.y - 1.4, 0.15, GRAY))
    b = p.line("合計（①＋②＋③）", x=x0, size=10.5, font="sans-bold")
    p.at(x1, b, f"{A_T:,}円", size=11, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.6))
    p.gap(1)
    p.para(f"このほか、訴状では①の元金に対する{era(A_SUED + ONE)}から支払済みまで年{A_R:g}％の割合による遅延損害金及び"
           "訴訟費用を請求しております。", x0=24, x1=190, size=9, indent="")
    p.gap(1)
    p.line("同封書類　訴状（写し）　1通　／　証拠説明書・甲第1号証～甲第4号証（写し）　各1通", x=24, size=9)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 17, 0.3, GRAY))
    p.at(23, y + 5.5, "ご注意", size=9, font="sans-bold")
    p.at(23, y + 10.5, "※本書は裁判所からの書類ではありません。裁判所の書類は「特別送達」と表示された封筒で届きます。", size=8.3)
    p.at(23, y + 15, "※裁判所から届く呼出状に記載の期日に出頭されない場合、当社の請求どおりの判決がされることがあります。",
         size=8.3)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="SMBC債権回収株式会社", status="licensed",
               original="つわぶきカード株式会社", debtor="鶴房遥斗", total=A_T, principal=A_P, interest=A_I,
               late_damages=A_L, rate=A_R, lump=True, issued=issued, payment_due=None, acceleration=A_ACC,
               last_payment=A_LAST, assignment=A_ASSIGN, reference="2601-884-3127", input_kind="pdf_text",
               template="proxy25_servicer_lawsuit_filed_cover_letter", received=D(2026, 2, 20))
    return dict(stem="ah01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer's cover letter sent with the copy of its 訴状)",
                unusual="real servicer ★ SMBC債権回収株式会社 (「法務大臣許可番号　第10号」) tells the debtor it has SUED "
                        "(訴訟提起のお知らせ / 訴状写し送付のご案内): the 事件の表示 (川越簡裁, full-width "
                        "「令和８年（ハ）第４５６号」, 訴え提起日) sits in a shaded-label grid together with 原債権者, 喪失日 "
                        "and 最終ご入金日; 「訴状記載の請求額」 as ①②③ leader rows with the window inside label ③ and "
                        "「合計（①＋②＋③）」; the running damages and 訴訟費用 only in prose; NO payment date and NO hearing "
                        "date (the court sends them); a ご注意 box saying this is NOT a court paper; reference = お客様番号 "
                        "(the case number is the court's)")


# ---------------------------------------------------------------------------------------------
# ah02 熊谷簡易裁判所 支払督促 in THREE pages (支払督促 / 当事者目録 / 請求の趣旨及び原因); image-only PDF.


def ah02():
    issued = B_ORDER
    T1 = B_P + B_I + B_L
    T = T1 + B_C1
    p = Page(font="serif", size=11, top=22)
    p.at(24, 26, "令和7年(ロ)第1187号　譲受債権請求督促事件", size=10.5)
    p.y = 40
    p.line("支　　払　　督　　促", size=20, font="serif-bold", align="c")
    p.gap(8)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")], x=28,
         label_w=46, size=11)
    p.gap(6)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=28, x1=186)
    p.gap(2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", x0=28, x1=186)
    p.gap(10)
    p.line(f"　{era(issued, True)}", x=28, size=11)
    p.gap(3)
    p.line("熊谷簡易裁判所", x=96, size=11.5)
    clerk(p, 96, p.y + 10, "裁判所書記官　", "与那覇　文乃", "熊谷簡易裁判所裁判所書記官印", 25021)
    p.y += 26
    y = p.y
    p.add(Box(28, y, 158, 50, 0.5))
    p.at(107, y + 7, "この支払督促を受け取った方へ", size=11, font="serif-bold", align="c")
    for i, s in enumerate(["１　請求に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書に",
                           "　　必要事項を記載して当裁判所に提出してください（郵送でも構いません。）。",
                           "２　話し合いによる分割払いを希望するときも、督促異議申立書にその旨を記載してください。",
                           "３　異議の申立てがあると、通常の訴訟手続に移行します。",
                           "問合せ　熊谷簡易裁判所　督促係　電話 048-000-5187（内線 21）"]):
        p.at(32, y + 16 + i * 7.0, s, size=9.8)
    p.y = 272
    p.line("これは正本である。", x=110, size=10.5)
    p.line("　同日同庁　裁判所書記官　与那覇　文乃", x=96, size=10.5)

    q = Page(font="serif", size=11, top=24)
    q.line("当　事　者　目　録", size=15, font="serif-bold", align="c")
    q.gap(8)
    q.kv([("〒360-0000", "埼玉県熊谷市かたかご台九丁目9番9号"), ("", ""), ("債　務　者", "麻　績　　芽　依")], x=28,
         label_w=32, size=11)
    q.gap(8)
    q.kv([("〒164-0000", "東京都中野区すぎな坂九丁目9番9号"), ("債　権　者", "オリックス債権回収株式会社"),
          ("", "代表者代表取締役　兎澤　喜一郎"),
          ("", ""),
          ("（送達場所）", "〒330-0000 さいたま市大宮区あまどい町九丁目9番9号"),
          ("", "オリックス債権回収株式会社　大宮業務センター"),
          ("（送達受取人）", "鞍　馬　　颯　真"),
          ("", "電話　03-0000-7110　　ＦＡＸ　03-0000-7119")], x=28, label_w=32, size=11)
    q.gap(14)
    q.para("（注）債務者の送達場所は、上記住所地である。", x0=28, x1=186, size=10, indent="")

    r = Page(font="serif", size=10.8, top=20)
    r.line("請　求　の　趣　旨　及　び　原　因", size=14, font="serif-bold", align="c")
    r.gap(4)
    r.line("請求の趣旨", x=24, size=12, font="serif-bold")
    r.para(f"１　金{T1:,}円及びうち金{B_P:,}円に対する{era(B_FILED + ONE)}から完済まで、年{B_R:g}％の割合による遅延損害金",
           x0=28, x1=188, indent="")
    r.para(f"２　金{B_C1:,}円（申立手続費用）", x0=28, x1=188, indent="")
    r.para(f"（以上のうち１の確定金額及び２の合計　金{T:,}円）", x0=34, x1=188, size=10, indent="")
    r.gap(4)
    r.line("請求の原因", x=24, size=12, font="serif-bold")
    for s in ("１　まんさくローン株式会社（以下「原債権者」という。）は、債務者との間で、令和4年3月15日、極度額50万円、"
              "利率年17.8％、遅延損害金年20％の約定で金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(B_LAST)}の支払を最後にその後の支払を怠ったため、約定により{era(B_ACC)}の経過をもって"
              "期限の利益を喪失した。",
              f"３　原債権者は、{era(B_ASSIGN)}、債権者に対し、本件貸金債権を譲渡し、同年10月6日到達の書面で債務者に"
              "その旨通知した。",
              "４　よって、債権者は債務者に対し、次の金員の支払を求める。"):
        r.para(s, x0=28, x1=188, indent="")
    r.gap(1)
    for lab, val in (("残元金", B_P), ("利息（約定利率による未払分）", B_I),
                     (f"確定遅延損害金（{era(B_ACC + ONE)}から{era(B_FILED)}まで年{B_R:g}％）", B_L)):
        b = r.line(lab, x=36, size=10.5)
        r.at(184, b, f"{val:,}円", size=10.5, align="r")
    r.add(Line(36, r.y - 0.6, 184, r.y - 0.6, 0.3))
    b = r.line("小計（請求の趣旨１の金額）", x=36, size=10.5)
    r.at(184, b, f"{T1:,}円", size=10.5, align="r")
    assert B_P + B_I + B_L == T1
    r.gap(3)
    a, b_, c = B_C1_PARTS
    r.para(f"申立手続費用の内訳　申立手数料（印紙）{a:,}円、支払督促正本送達費用（郵便切手）{b_:,}円、申立書作成及び提出"
           f"費用{c:,}円", x0=28, x1=188, size=10, indent="")
    r.y = 276
    r.line(f"申立日　{era(B_FILED, True)}", x=28, size=10)
    tr = truth(document_type="payment_order", sender="熊谷簡易裁判所", phone="048-000-5187",
               creditor="オリックス債権回収株式会社", status="licensed", original="まんさくローン株式会社",
               debtor="麻績芽依", total=T, principal=B_P, interest=B_I, late_damages=B_L, costs=B_C1, rate=B_R,
               lump=True, issued=issued, payment_due=None, acceleration=B_ACC, last_payment=B_LAST,
               assignment=B_ASSIGN, reference=B_CASE, input_kind="pdf_scan",
               template="proxy25_payment_order_three_pages_prose_claim", received=B_SERVED)
    return dict(stem="ah02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec, r.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, real servicer creditor, THREE pages)",
                unusual="a 支払督促 of 熊谷簡裁 scanned as a 3-page image PDF, each part on its own page: p.1 the order alone "
                        "(「当事者 / 請求の趣旨及び原因　別紙…記載のとおり」, full-width date, clerk with the 職印 stamped "
                        "OVER the name, a 「この支払督促を受け取った方へ」 box with the court phone and 内線, 「これは正本"
                        "である。」); p.2 当事者目録 with the debtor FIRST and the creditor ★ オリックス債権回収 with its "
                        "（送達場所） and （送達受取人） and a phone/FAX (distractors); p.3 請求の趣旨 in PROSE 「金…円及び"
                        "うち金…円に対する…から完済まで」 + 「金4,382円（申立手続費用）」 and a bracketed total line; "
                        "請求の原因 with 極度額50万円 / 17.8％ / the 通知到達 10月6日 (distractors) and a 小計 block; the "
                        "cost breakdown in prose; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ah03 浜松簡易裁判所 支払督促 on ONE page, 請求の趣旨 as a shaded table; scanned PNG.


def ah03():
    issued = D_ORDER
    T = D_P + D_I + D_L + D_C
    p = Page(font="sans", size=9.6, top=12)
    p.line("支払督促", size=17, font="sans-bold", align="c")
    y = 24
    for i, (lab, val) in enumerate((("事件番号", D_CASE), ("事件名", "譲受債権請求督促事件"))):
        p.add(Box(20, y + i * 7, 26, 7, 0.3, (0, 0, 0), SHADE))
        p.add(Box(46, y + i * 7, 78, 7, 0.3))
        p.at(22, y + i * 7 + 4.9, lab, size=9)
        p.at(49, y + i * 7 + 5.0, val, size=10)
    p.at(190, 30, f"{era(issued)}", size=10, align="r")
    p.y = 42
    p.kv([("債 権 者", "〒100-0000 東京都千代田区かたかご町九丁目9番9号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　名嘉真　範子"),
          ("", "（送達場所）〒430-0000 浜松市中央区すぎな町九丁目9番9号 同社浜松事務所"),
          ("", "（送達受取人）四十住　和歌子　　電話 053-000-4410"),
          ("債 務 者", "〒432-0000 浜松市中央区あまどい町九丁目9番9号"), ("", "閏間　澄江")],
         x=20, label_w=22, size=9.4)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。債務者がこの支払督促送達の日から２週間以内に督促異議の"
           "申立てをしないときは、債権者の申立てによって仮執行の宣言をする。", x0=20, x1=190, size=9.6, indent="")
    p.gap(1)
    p.line("請求の趣旨", x=20, size=10.5, font="sans-bold")
    rows = [["", "項　目", "金　額"], ["1", "元金", f"{D_P:,}円"], ["2", "利息", f"{D_I:,}円"],
            ["3", f"遅延損害金（{era(D_ACC + ONE)}～{era(D_FILED)}　年{D_R:g}％）", f"{D_L:,}円"],
            ["4", "申立手続費用", f"{D_C:,}円"], ["", "合　計", f"{T:,}円"]]
    p.table(rows, [9, 119, 38], x=22, header=True, aligns="clr", size=9.4, row_h=6.4)
    p.para(f"5　上記1の金額に対する{era(D_FILED + ONE)}から完済まで年{D_R:g}％の割合による遅延損害金", x0=22, x1=190, size=9.2,
           indent="")
    p.gap(1)
    p.line("請求の原因", x=20, size=10.5, font="sans-bold")
    for s in ("1　あざみファイナンス株式会社は、令和5年9月4日、債務者に対し、金400,000円を、利率年14.9％、遅延損害金年15％、"
              "毎月5日限り元利均等返済の約定で貸し付けた。",
              f"2　債務者は、{era(D_LAST)}の支払を最後に支払を怠り、{era(D_ACC)}の経過により期限の利益を喪失した。",
              f"3　あざみファイナンス株式会社は、{era(D_ASSIGN)}、上記債権を債権者に譲渡し、債務者に通知した。",
              f"4　申立手続費用の内訳：申立手数料{D_C_PARTS[0]:,}円、送達費用{D_C_PARTS[1]:,}円、書類作成提出費用"
              f"{D_C_PARTS[2]:,}円"):
        p.para(s, x0=22, x1=190, size=9.2, indent="")
    p.gap(3)
    p.line("浜松簡易裁判所", x=108, size=10.5)
    clerk(p, 108, p.y + 8, "裁判所書記官　", "城処　琴音", "浜松簡易裁判所裁判所書記官印", 25031, size=10.5, font="sans")
    p.y += 16
    y = p.y
    p.add(Box(20, y, 170, 24, 0.8, RED))
    p.at(24, y + 6, "重要　この書類は裁判所からの支払督促です", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["異議があるときは、送達を受けた日から2週間以内に、督促異議申立書を当裁判所に提出してください。",
                           "何もしないと仮執行宣言が付され、給料や預金が差し押さえられることがあります。",
                           "浜松簡易裁判所　民事訟廷事務室督促係　TEL 053-000-0123　（平日 午前8時30分～午後5時）"]):
        p.at(24, y + 11.5 + i * 4.8, s, size=8.8)
    p.y = y + 28
    p.line("これは正本である。　同日同庁　裁判所書記官　城処　琴音", size=9, align="r")
    tr = truth(document_type="payment_order", sender="浜松簡易裁判所", phone="053-000-0123",
               creditor="アルファ債権回収株式会社", status="licensed", original="あざみファイナンス株式会社",
               debtor="閏間澄江", total=T, principal=D_P, interest=D_I, late_damages=D_L, costs=D_C, rate=D_R,
               lump=True, issued=issued, payment_due=None, acceleration=D_ACC, last_payment=D_LAST,
               assignment=D_ASSIGN, reference=D_CASE, input_kind="scan_png",
               template="proxy25_payment_order_one_page_shaded_table", received=D(2026, 3, 5))
    return dict(stem="ah03", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order (簡裁, real servicer creditor, ONE page)",
                unusual="a whole 支払督促 of 浜松簡裁 on ONE scanned page: the case number 「令和8年(ロ)第123号」 in a "
                        "2-row shaded-label grid top-left, the date alone top-right; the parties as kv lines with the "
                        "creditor ★ アルファ債権回収株式会社 (no licence number: court paper) and its （送達場所） / "
                        "（送達受取人） with a 053 phone (distractor); 請求の趣旨 as a shaded-header table 項目 / 金額 (元金 / "
                        "利息 / 遅延損害金 with window and 年15％ / 申立手続費用 / 合計) and the running item 5; 請求の原因 with "
                        "the 400,000円 loan and 14.9％ (distractors); the clerk's 職印 over the name; a RED-framed 重要 box "
                        "with the court's TEL")


# ---------------------------------------------------------------------------------------------
# ah04 熊谷簡易裁判所 仮執行宣言付支払督促 (same case as ah02) on one page, photographed on a desk.


def ah04():
    issued = B_KARI
    C = B_C1 + B_C2
    T = B_P + B_I + B_L + C
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和7年（ロ）第1187号')}", x=22, size=10.5)
    p.line("事 件 名　譲受債権請求督促事件", x=22, size=10.5)
    p.gap(4)
    p.line("仮執行宣言付支払督促", size=18, font="serif-bold", align="c")
    p.gap(3)
    p.kv([("債　権　者", "オリックス債権回収株式会社"), ("債　務　者", "麻績　芽依（埼玉県熊谷市かたかご台九丁目9番9号）")],
         x=26, label_w=26, size=10.5)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", x0=22, x1=190)
    p.gap(1)
    rows = [["番号", "請 求 の 趣 旨", "金額（円）"], ["１", "元金", f"{B_P:,}"], ["２", "利息", f"{B_I:,}"],
            ["３", f"確定遅延損害金（{era(B_ACC + ONE)}～{era(B_FILED)}）", f"{B_L:,}"],
            ["４", "督促手続費用", f"{B_C1:,}"], ["５", "仮執行宣言の手続費用", f"{B_C2:,}"], ["", "合　　計", f"{T:,}"]]
    p.table(rows, [16, 112, 40], x=22, header=True, aligns="clr", size=10.2, row_h=7.4)
    p.para(f"６　上記１の元金に対する{era(B_FILED + ONE, True)}から完済まで年２０％の割合による遅延損害金", x0=22, x1=190,
           size=10, indent="")
    p.gap(2)
    p.line("仮執行宣言", x=22, size=11.5, font="serif-bold")
    p.para(f"上記の支払督促は{era(B_ORDER, True)}に発付され、{era(B_SERVED, True)}債務者に送達されたが、債務者は、その送達の"
           "日から２週間以内に督促異議の申立てをしなかった。よって、債権者の申立てにより、上記支払督促に前記５の手続費用を"
           "付加して、仮執行の宣言をする。", x0=22, x1=190, size=10.2)
    p.gap(4)
    p.line(f"　　{era(issued, True)}", x=22, size=10.5)
    p.line("　　熊谷簡易裁判所", x=22, size=10.5)
    clerk(p, 60, p.y + 7, "裁判所書記官　", "与那覇　文乃", "熊谷簡易裁判所裁判所書記官印", 25041, size=10.5)
    p.y += 14
    y = p.y
    p.add(Box(22, y, 168, 30, 0.4, GRAY, (0.95, 0.95, 0.95)))
    for i, s in enumerate([
            "（注意）この仮執行宣言付支払督促に不服がある場合は、送達を受けた日から２週間以内に督促異議の申立てを",
            "することができます。ただし、督促異議の申立てをしても、強制執行は当然には停止されません。",
            f"仮執行宣言申立日　{era(B_KARI_FILED, True)}",
            "熊谷簡易裁判所　督促係　電話 048-000-5187（内線 21）"]):
        p.at(25, y + 7 + i * 6.4, s, size=9.4)
    p.y = y + 34
    p.line("これは正本である。", size=10, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="熊谷簡易裁判所", phone="048-000-5187",
               creditor="オリックス債権回収株式会社", status="licensed", original=None, debtor="麻績芽依", total=T,
               principal=B_P, interest=B_I, late_damages=B_L, costs=C, rate=B_R, lump=True, issued=issued,
               payment_due=None, reference=B_CASE, input_kind="photo_jpeg",
               template="proxy25_enforceable_one_page_photo", received=D(2026, 1, 16))
    return dict(stem="ah04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.86, blur=0.85, warm=0.2,
                          shadow=0.22, shadow_side="bottom"),
                about="payment_order_enforceable (簡裁, same case as ah02, one page, phone photo)",
                unusual="the 仮執行宣言付支払督促 of ah02's case on ONE page, photographed on a pale desk with tri-fold "
                        "creases and a hand shadow at the bottom: the case number with full-width brackets "
                        "「令和7年（ロ）第1187号」; 債権者 / 債務者 in two lines (no 当事者目録, NO original creditor, NO "
                        "喪失 or last-payment date printed); 請求の趣旨 as a ruled table 「金額（円）」 with TWO cost rows "
                        "(督促手続費用 / 仮執行宣言の手続費用 → costs = sum) above 合計 and the running item ６ in full-width; "
                        "the 発付 date 12/12 and 送達 12/16 in the 仮執行宣言 sentence; 仮執行宣言申立日 1/7 in a grey note")


# ---------------------------------------------------------------------------------------------
# ah05 神戸地方裁判所姫路支部 (ワ) 口頭弁論期日呼出状及び答弁書催告状 + 訴状 with the 受付印; digital, 2 pages.


def ah05():
    issued, sued, hearing, answer = C_CALL, C_SUED, C_HEAR, C_ANSWER
    P = C_SUB_AMT
    L = late(P, C_R, C_SUB + ONE, sued)
    T = P + L
    p = Page(font="serif", size=11, top=16)
    for i, s in enumerate((fw("令和8年（ワ）第78号"), "求償金請求事件", "原告　おみなえし信用保証株式会社", "被告　禰宜田　健志")):
        p.at(190, 20 + i * 5.6, s, size=10, align="r")
    p.y = 46
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold", align="c")
    p.gap(4)
    p.line("被告　禰宜田　健志　殿", x=22, size=12)
    p.gap(3)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "出頭してください。", x0=22, x1=190)
    p.para("なお、訴状を送付しますので、下記答弁書提出期限までに答弁書を提出してください。", x0=22, x1=190)
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    rows = [["期　　日", f"令和8年3月4日（{wd(hearing)}）午前10時00分"],
            ["場　　所", "第203号法廷（本庁舎2階）"],
            ["答弁書提出期限", f"令和8年2月25日（{wd(answer)}）"]]
    p.table(rows, [42, 126], x=22, aligns="ll", size=11, row_h=10, shade_col0=True)
    p.gap(4)
    p.para("期日に出頭せず、かつ、答弁書も提出しない場合には、原告の言い分どおりの判決が言い渡されることがあります。"
           "代理人を選任する場合は、弁護士を選任してください。", x0=22, x1=190, size=10.3)
    p.gap(6)
    p.line(f"　　{era(issued, True)}", x=22, size=11)
    p.line("　　神戸地方裁判所姫路支部　第２民事部", x=22, size=11)
    clerk(p, 74, p.y + 8, "裁判所書記官　", "月見里　政宏", "神戸地方裁判所姫路支部書記官印", 25051)
    p.y += 16
    p.line("〒670-0000　兵庫県姫路市まさご町九丁目9番9号", x=30, size=9.8)
    p.line("電話　079-000-0780（内線 213）　ＦＡＸ　079-000-0789", x=30, size=9.8)
    p.gap(6)
    y = p.y
    p.add(Box(22, y, 168, 34, 0.3))
    for i, s in enumerate(["同封書類　訴状副本、甲第1号証～甲第5号証（写し）、答弁書（用紙）、答弁書の書き方",
                           "※ 答弁書は、正本1通を当裁判所に提出し、副本1通を原告代理人に直送してください。",
                           "※ 電話でお問い合わせの際は、事件番号をお伝えください。",
                           "※ 訴状に記載された原告代理人の電話番号は、裁判所の番号ではありません。"]):
        p.at(25, y + 7 + i * 7.4, s, size=9.5)

    q = Page(font="serif", size=10.4, top=14)
    uketsuke(q, 148, 10, "神戸地裁姫路支部", sued, "(ワ)第78号")
    q.y = 18
    q.line("訴　　　状", size=18, font="serif-bold", x=70)
    q.gap(4)
    q.line(era(sued), x=22, size=10.4)
    q.line("神戸地方裁判所姫路支部　御中", x=22, size=10.4)
    q.gap(1)
    q.line("原告訴訟代理人弁護士　鷺坂　克己", x=100, size=10.4)
    q.gap(2)
    q.kv([("原　　告", "〒670-0000 兵庫県姫路市ほたるい通九丁目9番9号"), ("", "おみなえし信用保証株式会社"),
          ("", "代表者代表取締役　鷹觜　寛治"),
          ("", "〒670-0000 兵庫県姫路市かたかご通九丁目9番9号　鷺坂・六角法律事務所（送達場所）"),
          ("", "原告訴訟代理人弁護士　鷺坂　克己　電話 079-000-6655　FAX 079-000-6656"),
          ("被　　告", "〒671-0000 兵庫県姫路市すぎな坂九丁目9番9号　禰宜田　健志")], x=20, label_w=20, size=9.6)
    q.gap(2)
    q.line("求償金請求事件", x=22, size=10.4)
    q.line(f"訴訟物の価額　金{P:,}円　　貼用印紙額　金15,000円", x=22, size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", x=20, size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで年14.6パーセントの"
           "割合による金員を支払え。", x0=24, x1=190, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, x1=190, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, x1=190, indent="")
    q.gap(1)
    q.line("第２　請求の原因", x=20, size=11, font="serif-bold")
    for s in ("１　被告は、令和4年10月3日、株式会社いすのき銀行（以下「銀行」という。）から金2,400,000円を借り受け（以下"
              "「本件借入れ」という。）、原告は、同日、被告の委託を受けて、本件借入れに係る被告の債務を保証した。保証委託契約"
              "では、原告が代位弁済したときは、被告は代位弁済額及びこれに対する代位弁済日の翌日から年14.6パーセントの割合に"
              "よる遅延損害金を支払う旨が約定された（甲1、甲2）。",
              f"２　被告は、{era(C_LAST)}の返済を最後に返済を怠り、{era(C_ACC)}の経過により期限の利益を喪失した（甲3）。",
              f"３　原告は、{era(C_SUB)}、銀行に対し、残元金{C_P0:,}円及び利息・損害金を含む金{P:,}円を代位弁済した（甲4）。",
              "４　よって、原告は被告に対し、次の金員及び求償元金に対する訴状提出日の翌日から支払済みまで約定の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=24, x1=190, size=9.9, indent="")
    q.table([["求償元金（代位弁済額）", f"{P:,}円"],
             [f"確定遅延損害金（{era(C_SUB + ONE)}から{era(sued)}まで）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [112, 44], x=30, aligns="lr", size=9.9, row_h=7.2)
    q.gap(2)
    q.line("証拠方法　甲第1号証 金銭消費貸借契約証書　甲第2号証 保証委託契約書　甲第3号証 期限の利益喪失通知書", x=22,
           size=9)
    q.line("　　　　　甲第4号証 代位弁済証明書　甲第5号証 催告書（訴訟提起予告通知書）", x=22, size=9)
    q.line("附属書類　訴状副本1通、甲号証写し各2通、資格証明書1通、訴訟委任状1通", x=22, size=9)
    tr = truth(document_type="lawsuit", sender="神戸地方裁判所姫路支部", phone="079-000-0780",
               creditor="おみなえし信用保証株式会社", status="not_applicable", original="株式会社いすのき銀行",
               debtor="禰宜田健志", total=T, principal=P, interest=None, late_damages=L, rate=C_R, lump=True,
               issued=issued, payment_due=None, acceleration=C_ACC, last_payment=C_LAST, hearing=hearing,
               reference=C_CASE, input_kind="pdf_text_2page",
               template="proxy25_district_branch_wa_summons_and_complaint_stamp", received=D(2026, 2, 6))
    return dict(stem="ah05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), guarantee company plaintiff, 呼出状 + 訴状)",
                unusual="a 支部 court (神戸地方裁判所姫路支部, 第２民事部) digital: p.1 口頭弁論期日呼出状及び答弁書催告状 with "
                        "the case block RIGHT-aligned top-right (full-width 「令和８年（ワ）第７８号」, 事件名, 原告, 被告); "
                        "期日 / 場所 / 答弁書提出期限 as a shaded-label table with weekdays and 午前10時00分, 第203号法廷; clerk "
                        "with the 職印 over the name; court phone with （内線 213） and FAX; p.2 the 訴状 with the court's red "
                        "受付印 showing the case number ALONE 「(ワ)第78号」; 請求の趣旨 「金…円及びうち金…円に対する…年14.6"
                        "パーセント」; 訴訟物の価額 (= 求償元金) and 貼用印紙額 15,000円, the 2,400,000円 loan, the bank's "
                        "残元金 1,873,450円 inside the 代位弁済 sentence and the lawyer's phone/FAX as distractors; a 3-row "
                        "table 求償元金（代位弁済額） / 確定遅延損害金 / 合計 (no interest)")


# ---------------------------------------------------------------------------------------------
# ah06 堺簡易裁判所 少額訴訟 (少コ) 呼出状 with the 訴状 summary on one page; iPhone HEIC.


def ah06():
    issued, sued = court_day(D(2026, 5, 20)), court_day(D(2026, 5, 11))
    hearing, answer = court_day(D(2026, 6, 17)), court_day(D(2026, 6, 10))
    acc, lastp = D(2025, 9, 26), D(2025, 6, 27)
    P, I, R = 218_400, 9_350, 3.0
    L = late(P, R, acc + ONE, sued)
    T = P + I + L
    case = "令和8年(少コ)第23号"
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 10, 181, 11, color=None, fill=(0.93, 0.93, 0.93)))
    p.at(19, 17.6, f"事件番号　{case}　売買代金（立替金）請求事件", size=10)
    p.at(192, 17.6, "少額訴訟", size=11, font="sans-bold", align="r")
    p.y = 26
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=15, font="sans-bold", align="c")
    p.line("（少額訴訟）", size=10.5, align="c")
    p.gap(2)
    p.line("被告　宇留賀　紘一　様", x=18, size=12)
    p.para("原告株式会社こでまりクレジットから、あなたを被告とする少額訴訟が提起されました。下記の期日に当裁判所へ出頭"
           "してください。答弁書は下記期限までに提出してください。", x0=18, x1=192, size=9.8)
    y = p.y + 1
    p.add(Box(18, y, 174, 27, 1.0))
    for i, (lab, val) in enumerate((("期　日", f"令和8年6月17日（{wd(hearing)}）　午前10時30分"),
                                    ("場　所", "堺簡易裁判所　第5号法廷（ラウンドテーブル法廷・3階）"),
                                    ("答弁書", f"令和8年6月10日（{wd(answer)}）までに提出"))):
        p.at(22, y + 7.5 + i * 8, lab, size=10.5, font="sans-bold")
        p.at(46, y + 7.7 + i * 8, val, size=11.5 if i == 0 else 10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    p.line("少額訴訟の手続について", x=18, size=10.5, font="sans-bold")
    for s in ("・少額訴訟は、60万円以下の金銭の支払を求める訴えについて、原則として1回の期日で審理を終え、直ちに判決を言い渡す"
              "手続です。",
              "・被告は、最初の期日で弁論をするまでは、通常の訴訟手続に移すよう求めることができます（申述書同封）。",
              "・少額訴訟の判決に対しては控訴できません。判決書等の送達を受けた日から2週間以内に異議を申し立てることができます。",
              "・証拠書類や証人は、期日にすぐ調べられるものに限られます。領収書・振込控え等をお持ちください。"):
        p.para(s, x0=20, x1=192, size=9.0, indent="")
    p.gap(1)
    p.line(f"{era(issued)}　堺簡易裁判所　民事第2係", x=18, size=10)
    clerk(p, 18, p.y + 7, "裁判所書記官　", "一番ヶ瀬　友梨", "堺簡易裁判所裁判所書記官印", 25061, size=10, font="sans")
    p.y += 10
    p.line("電話 072-000-0230（民事第2係直通）　受付時間 平日8:30～17:00", x=18, size=9.2)
    p.gap(2)
    p.add(Line(15, p.y, 196, p.y, 0.5))
    p.gap(2)
    b = p.line("訴状（少額訴訟）写し", x=18, size=11, font="sans-bold")
    p.at(192, b, f"訴え提起日　{era(sued)}", size=9.2, align="r")
    p.kv([("原告", "株式会社こでまりクレジット（大阪市北区あまどい町九丁目9番9号　電話 06-0000-5523）"),
          ("被告", "宇留賀　紘一（堺市堺区まさご通九丁目9番9号）")], x=20, label_w=12, size=9.2)
    p.line("請求の趣旨", x=20, size=9.8, font="sans-bold")
    p.para(f"被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + ONE)}から支払済みまで年3％の割合による"
           "金員を支払え。", x0=22, x1=192, size=9.2, indent="")
    p.line("紛争の要点（請求の原因）", x=20, size=9.8, font="sans-bold")
    p.para(f"被告は、令和6年4月、原告と個品割賦購入あっせん契約を締結し、家具（購入代金298,000円）を24回払いで購入した。"
           f"被告は{era(lastp)}の支払を最後に支払わず、原告の催告にもかかわらず、{era(acc)}の経過により期限の利益を喪失した。",
           x0=22, x1=192, size=9.0, indent="")
    p.table([["立替金残金", "分割払手数料（未払分）", "遅延損害金 ※", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 46, 44, 40], x=20, header=True, aligns="rrrr",
            size=8.8, row_h=6.6)
    p.line(f"※{era(acc + ONE)}から{era(sued)}まで、立替金残金に対する年3％の割合", x=22, size=8.6)
    tr = truth(document_type="lawsuit", sender="堺簡易裁判所", phone="072-000-0230",
               creditor="株式会社こでまりクレジット", status="not_applicable", original=None, debtor="宇留賀紘一",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, hearing=hearing, reference=case, input_kind="photo_heic",
               template="proxy25_small_claims_summons_with_complaint_heic", received=D(2026, 5, 22))
    return dict(stem="ah06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, fill=0.86, glare=18, warm=0.25, blur=0.8),
                about="lawsuit (簡裁 少額訴訟 (少コ), shopping credit, one page)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a 少額訴訟 呼出状 of 堺簡裁 with the "
                        "case 「令和8年(少コ)第23号」 in a grey top band and 「少額訴訟」 at its right; 期日 / 場所 "
                        "(ラウンドテーブル法廷) / 答弁書 in a heavy box with weekdays; the 少額訴訟 rules (60万円以下, 1回の"
                        "期日, 控訴できない, 2週間以内に異議) with numbers that are not amounts; below a rule the 訴状 copy: "
                        "請求の趣旨 「金…及びうち金…に対する…年3％」 (the statutory rate for 割賦 credit), the 298,000円 "
                        "purchase and the plaintiff's 06 phone as distractors, and a one-row table 立替金残金 / 分割払手数料"
                        "（未払分） / 遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# ah07 川越簡易裁判所 (ハ) 期日呼出状 for the SECOND hearing (続行期日); claims nothing itself; scanned PNG.


def ah07():
    issued, hearing = court_day(D(2026, 3, 27)), A_SECOND
    p = Page(font="serif", size=11, top=20)
    p.line(f"{A_CASE_FW}　譲受債権請求事件", x=22, size=11)
    p.line("原　告　ＳＭＢＣ債権回収株式会社", x=22, size=11)
    p.line("被　告　鶴房　遥斗", x=22, size=11)
    p.gap(10)
    p.line("期　日　呼　出　状", size=19, font="serif-bold", align="c")
    p.gap(8)
    p.line("被告　鶴房　遥斗　殿", x=22, size=12)
    p.gap(4)
    p.para(f"頭書事件について、{era(A_FIRST, True)}の第１回口頭弁論期日において、あなたが提出した答弁書は陳述したものと"
           "みなされ、次回の口頭弁論期日（続行期日）が下記のとおり指定されました。同期日に当裁判所に出頭してください。",
           x0=22, x1=190)
    p.gap(4)
    p.line("記", align="c")
    p.gap(3)
    p.line(f"第２回口頭弁論期日　　{era(hearing, True)}（{wd(hearing)}）午後１時３０分", x=36, size=12, font="serif-bold")
    p.gap(2)
    p.line("出　頭　場　所　　　　川越簡易裁判所　３階　第３号法廷", x=36, size=12)
    p.gap(8)
    p.para("（注）原告から準備書面（令和８年３月２６日付）が提出されていますので、その写しを同封します。和解による解決を"
           "希望する場合は、期日に出頭のうえその旨を述べるか、事前に原告担当者と連絡を取ってください。正当な理由なく出頭"
           "しないときは、審理を終えて判決が言い渡されることがあります。", x0=22, x1=190, size=10.3, indent="")
    p.gap(12)
    p.line(f"　　{era(issued, True)}", x=22, size=11)
    p.line("　　川越簡易裁判所民事係", x=22, size=11)
    clerk(p, 62, p.y + 8, "裁判所書記官　", "譜久村　柾樹", "川越簡易裁判所裁判所書記官印", 25071)
    p.y += 18
    p.line("〒350-0000 埼玉県川越市あまどい町九丁目9番9号　電話 049-000-2456（民事係）", x=32, size=9.8)
    tr = truth(document_type="lawsuit", sender="川越簡易裁判所", phone="049-000-2456",
               creditor="SMBC債権回収株式会社", status="licensed", original=None, debtor="鶴房遥斗", lump=False,
               issued=issued, payment_due=None, hearing=hearing, reference=A_CASE, input_kind="scan_png",
               template="proxy25_summary_court_ha_second_hearing_summons", received=D(2026, 3, 31))
    return dict(stem="ah07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="lawsuit (簡裁 (ハ) 期日呼出状 for the SECOND hearing, claims nothing itself)",
                unusual="a bare 期日呼出状 of 川越簡裁 for the 続行期日 of ah01's case, scanned: the case "
                        "「令和８年（ハ）第４５６号」 with 原告 / 被告 as three header lines; the FIRST hearing date "
                        "令和８年３月２５日 in the body (past, not the field), the 第２回口頭弁論期日 「令和８年５月１３日（水）"
                        "午後１時３０分」 and 第３号法廷 as two bold lines; the 準備書面 date 3/26 in a (注); NO amount at all, "
                        "no original creditor, no 喪失 or payment dates (all null); the creditor = 原告 in the header "
                        "(printed in full-width Latin 「ＳＭＢＣ」); clerk's 職印 over the name")


# ---------------------------------------------------------------------------------------------
# ah08 四日市簡易裁判所 民事調停 (ノ) 呼出状: a credit union's 調停, claims nothing; digital.


def ah08():
    issued, day = court_day(D(2026, 6, 22)), court_day(D(2026, 7, 15))
    case = "令和8年(ノ)第31号"
    p = Page(font="sans", size=10.5, top=18)
    p.line("呼　出　状", size=18, font="sans-bold", align="c")
    p.gap(5)
    p.table([["事件番号", case, "事件名", "貸金請求調停事件"],
             ["申立人", "うつぎ信用金庫", "相手方", "嘉数　杏奈"]], [24, 62, 22, 62], x=20, aligns="llll", size=10,
            row_h=8.5)
    p.gap(6)
    p.line("相手方　嘉数　杏奈　様", x=20, size=12.5)
    p.gap(3)
    p.para("上記当事者間の調停事件について、調停期日を下記のとおり定めましたので、同期日に出頭してください。申立書の写しを"
           "同封します。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 22, 0.6))
    p.at(36, y + 8.5, "調停期日", size=11, font="sans-bold")
    p.at(66, y + 8.5, f"令和8年7月15日（{wd(day)}）午後1時30分", size=12, font="sans-bold")
    p.at(36, y + 17, "場　　所", size=11, font="sans-bold")
    p.at(66, y + 17, "四日市簡易裁判所　2階　調停室（1階民事受付へお越しください）", size=10.5)
    p.y = y + 28
    p.line("持参していただくもの", x=20, size=11, font="sans-bold")
    for s in ("1　この呼出状　　2　認印　　3　本人確認書類（運転免許証等）",
              "4　借入れの契約書、返済の記録（通帳・領収書など）",
              "5　収入及び支出の状況がわかる資料（給与明細書、家計の収支表など）"):
        p.line(s, x=26, size=10)
    p.gap(3)
    p.line("注意事項", x=20, size=11, font="sans-bold")
    for s in ("・調停は、裁判官と民間から選ばれた調停委員が、当事者双方の言い分を聴いて、話合いによる解決を図る手続です。",
              "・都合により出頭できないときは、その理由を記載した期日変更申請書を、期日の前日までに提出してください。",
              "・正当な理由がなく出頭しないときは、5万円以下の過料に処せられることがあります（民事調停法第34条）。",
              "・代理人を出頭させるときは、事前に許可を受けてください（弁護士を除く。）。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(6)
    p.line(f"{era(issued)}", x=104, size=10.5)
    p.line("四日市簡易裁判所　民事調停係", x=104, size=10.5)
    clerk(p, 104, p.y + 7, "裁判所書記官　", "道祖土　俊輔", "四日市簡易裁判所裁判所書記官印", 25081, size=10.5,
          font="sans")
    p.y += 17
    p.line("〒510-0000 三重県四日市市すぎな町九丁目9番9号", x=104, size=9)
    p.line("電話 059-000-3131（民事調停係）", x=104, size=9)
    tr = truth(document_type="other", sender="四日市簡易裁判所", phone="059-000-3131", creditor="うつぎ信用金庫",
               status="not_applicable", original=None, debtor="嘉数杏奈", lump=False, issued=issued, payment_due=None,
               hearing=None, reference=case, input_kind="pdf_text",
               template="proxy25_civil_conciliation_summons_claims_nothing", received=D(2026, 6, 24))
    return dict(stem="ah08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (簡裁 民事調停 (ノ) 呼出状, claims nothing)",
                unusual="a 民事調停 呼出状 of 四日市簡裁 filed BY the creditor (申立人 うつぎ信用金庫, a 信用金庫; the "
                        "debtor is the 相手方), digital: case grid 事件番号 (ノ) / 事件名 貸金請求調停事件 / 申立人 / 相手方; "
                        "a framed 調停期日 「令和8年7月15日（水）午後1時30分」 that is NOT a 口頭弁論期日 (hearing null); "
                        "it claims NOTHING (every amount null; the 申立書 is only said to be enclosed); 5万円以下の過料 and "
                        "民事調停法第34条 as numbers that are not amounts; a 持参 list")


LETTERS = [ah01, ah02, ah03, ah04, ah05, ah06, ah07, ah08]
