"""Proxy set 21, letters ad09–ad16: the 鴇沢 household, continued. The 信用保証協会's 代位弁済 notice to the husband's
shop by fax, the 司法書士's 縦書き 催告書 for the wife's 職員共済会 loan, the 簡裁 支払督促 of the rent guarantor, the
仮執行宣言付支払督促 of the scholarship body against the son, the 簡裁 (ハ) 呼出状 of the car-loan company photographed,
the 地裁 (ワ) 呼出状 and 訴状 of the 保証協会, the card servicer's 和解 proposal by fax, and a fake servicer's postcard
that plays on the mobile-phone arrears."""

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
    kman,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_a1 import (
    ADDR,
    CAR_ACC,
    CAR_LAST,
    CAR_P,
    CAR_R,
    CARD_ACC,
    CARD_ASSIGN,
    CARD_I,
    CARD_LAST,
    CARD_P,
    CARD_R,
    HUSB,
    RENT_LAST,
    RENT_OUT,
    RENT_P,
    RENT_R,
    SCH_ACC,
    SCH_I2,
    SCH_LAST,
    SCH_P1,
    SCH_P2,
    SCH_R,
    SON,
    SON_ADDR,
    WIFE,
    car_late,
    rent_late,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
CGC = (0.12, 0.30, 0.45)

# the 信用保証協会 (ad09, ad14)
CG_P0, CG_I0, CG_R0 = 5_412_000, 18_226, 14.0
CG_ACC, CG_LAST, CG_SUBRO = D(2025, 7, 10), D(2025, 4, 30), D(2025, 10, 24)
CG_L0 = late(CG_P0, CG_R0, CG_ACC + timedelta(1), CG_SUBRO)
CG_S = CG_P0 + CG_I0 + CG_L0
CG_R = 14.6
# court fee (民事訴訟費用等に関する法律 別表第一): the 訴額 is the 求償元金 only (延滞金 is 附帯請求)
STAMP = 10_000 + 20_000 + -(-(CG_S - 5_000_000) // 500_000) * 2_000
assert 5_000_000 < CG_S <= 10_000_000


def dot(d: D) -> str:
    return f"{d.year}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ad09 信用保証協会 代位弁済のお知らせ to the shop, 2-page fax; contact deadline only (no payment date).


def ad09():
    issued = D(2025, 10, 31)
    L = late(CG_S, CG_R, CG_SUBRO + timedelta(1), issued)
    T = CG_S + L
    p = Page(font="sans", size=10, top=12)
    p.line("送信先　鴇沢板金工業　御中（FAX 0265-00-7790）　　　　　　送信枚数　本紙を含め２枚", size=9)
    p.add(Line(15, p.y, 196, p.y, 0.4))
    p.gap(3)
    p.at(196, p.y + 4, fw(era(issued)), size=10, align="r")
    p.at(196, p.y + 9.5, f"求償番号　{fw('07-25-00412')}", size=10, align="r")
    p.y += 3
    p.line("長野県飯田市すげの原九丁目9番9号", size=10)
    p.line("鴇沢板金工業", size=11)
    p.line(f"代表　{HUSB}　様", size=13)
    p.gap(2)
    for s, sz, f in (("みすず信用保証協会", 12, "sans-bold"), ("管理部　管理第二課", 9.5, "sans"),
                     ("〒380-0000 長野市くりのき台九丁目9番9号", 8.5, "sans"),
                     ("TEL 026-000-5140　FAX 026-000-5141　担当 簗瀬", 9.5, "sans")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(190, p.y - 12, 13, "square", "みすず信用保証協会印", angle=2, seed=21091)
    p.gap(3)
    p.title("代位弁済のお知らせ", size=15.5)
    p.para("平素は当協会の保証制度をご利用いただき、ありがとうございます。", size=9.8)
    p.para(f"貴殿がみはらし信用金庫から当協会の保証付きで借り入れられた事業資金につきましては、{fw(era(CG_ACC))}をもって"
           f"期限の利益を喪失されたため、当協会は同金庫の請求に基づき、{fw(era(CG_SUBRO))}、貴殿に代わって同金庫へ弁済"
           "（代位弁済）いたしました（明細は２枚目）。", size=9.8)
    p.para("これにより、当協会は貴殿に対し下記の求償権を取得し、貴殿は当協会に対し求償債務の全額を一括してお支払い"
           "いただく義務を負うこととなりました。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 30, 165
    for lab, val in (("求償元金（代位弁済額）", f"{CG_S:,}円"),
                     (f"延滞金（{fw(era(CG_SUBRO + timedelta(1)))}から本日まで　年14.6％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.3)
        p.at(x1, b, val, size=10.3, align="r")
    p.add(Line(x0, p.y - 0.5, x1, p.y - 0.5, 0.4))
    p.gap(0.5)
    b = p.line("求償債権額　合計", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=11.5, align="r", font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 28, 0.8))
    p.at(19, y + 6.5, "今後のお手続きについて", size=10.3, font="sans-bold")
    for i, s in enumerate(["本通知到達後２週間以内に、当協会管理部までご連絡ください。ご返済方法（一括又は分割）についてご相談を",
                           "承ります。ご連絡のない場合は、担保・保証人の状況を調査のうえ、法的措置を検討させていただきます。",
                           "延滞金は、求償元金に対し完済の日まで年14.6％（年365日の日割計算）の割合で発生いたします。"]):
        p.at(19, y + 12.5 + i * 5.2, s, size=8.8)
    p.y = y + 32
    p.para("※本書は、保証契約書（信用保証委託契約書）第９条及び第１２条に基づくお知らせです。", size=8.6, indent="")
    q = Page(font="sans", size=10, top=16)
    q.line("２／２", size=9, align="r", color=GRAY)
    q.title("代位弁済の明細", size=14)
    q.line(f"求償番号　{fw('07-25-00412')}　　債務者　鴇沢板金工業　代表　{HUSB}", size=9.5)
    q.gap(3)
    q.table([["金融機関", "みはらし信用金庫　飯田中央支店"], ["保証番号", "2021-06-003318"],
             ["貸付日・貸付金額", "令和3年6月15日　8,000,000円（運転資金・60回）"],
             ["最終弁済日", fw(era(CG_LAST))], ["期限の利益喪失日", fw(era(CG_ACC))], ["代位弁済日", fw(era(CG_SUBRO))]],
            [52, 110], x=20, aligns="ll", size=9.5, row_h=7.5, shade_col0=True)
    q.gap(4)
    q.line("代位弁済金の内訳", size=10.5, font="sans-bold")
    q.table([["元金", f"{CG_P0:,}円"], ["利息", f"{CG_I0:,}円"],
             [f"遅延損害金（{fw(era(CG_ACC + timedelta(1)))}から代位弁済日まで年14.0％）", f"{CG_L0:,}円"],
             ["代位弁済額　計", f"{CG_S:,}円"]], [120, 42], x=20, aligns="lr", size=9.5, row_h=7.5)
    q.gap(4)
    q.para("※代位弁済額の内訳は金融機関に対する弁済の内容であり、当協会の求償元金は代位弁済額の全額となります。", size=8.8,
           indent="")
    q.para("※担保不動産はございません。経営者保証は付されておりません。", size=8.8, indent="")
    tr = truth(document_type="acceleration_notice", sender="みすず信用保証協会", phone="026-000-5140",
               creditor="みすず信用保証協会", status="not_applicable", original="みはらし信用金庫", debtor="鴇沢晴之",
               total=T, principal=CG_S, interest=None, late_damages=L, rate=CG_R, lump=True, issued=issued,
               payment_due=None, acceleration=CG_ACC, last_payment=CG_LAST, reference="07-25-00412",
               input_kind="fax_tiff", template="proxy21_credit_guarantee_association_subrogation_fax",
               received=issued)
    return dict(stem="ad09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 MISUZU CGC 026-000-5141",
                about="acceleration_notice (信用保証協会 代位弁済, 2-page fax to the shop)",
                unusual="2-page G4 fax to the husband's sheet-metal shop: a 送信先 line with the shop's own FAX number; "
                        "屋号 above 「代表　鴇沢　晴之　様」; full-width era dates and 求償番号 ０７－２５－００４１２; the "
                        "claim as three aligned lines 求償元金（代位弁済額） / 延滞金 (年14.6％) / 求償債権額　合計; NO payment "
                        "date (only 「本通知到達後２週間以内に…ご連絡ください」 → payment_due null, 一括 obligation stated → "
                        "lump true); p.2 the 代位弁済 明細 (保証番号, 貸付 8,000,000, 元金 / 利息 / 遅延損害金 at 14.0 % = "
                        "history) and the 喪失 date / last payment in a shaded-label table")


# ---------------------------------------------------------------------------------------------
# ad10 司法書士 縦書き 催告書 for the wife's 職員共済会 loan (退職 → 期限の利益喪失); digital, kman amounts.


def ad10():
    R = 10.0
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    acc, lastp = D(2025, 6, 30), D(2025, 6, 20)
    P, I = 412_000, 1_830
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、一般財団法人えんれい職員共済会（以下「通知人」といいます。）から委任を受けた司法書士として、"
                 "貴殿に対し、次のとおり催告いたします。"),
        ("body", "貴殿は、令和五年五月十日、通知人から生活資金として金六十万円の共済貸付を受け、毎月の給与控除により返済して"
                 "こられました。"),
        ("body", f"しかし、貴殿は{kdate(lastp)}の給与控除による返済を最後に、{kdate(acc)}付で退職により通知人の会員資格を"
                 "喪失されたため、共済貸付規程第十四条により、同日をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。期限までにお支払い又はご連絡がない"
                 "ときは、簡易裁判所への訴訟提起等の手続をとらせていただきます。"),
        ("indent", "記"),
        ("indent", f"一　貸付金残高　{kman(P)}"),
        ("indent", f"二　未払利息　　{kman(I)}"),
        ("indent", f"三　延滞金　　　{kman(L)}"),
        ("plain", "　　（令和七年七月一日から本書作成日まで年十パーセント）"),
        ("indent", f"四　合計　　　　{kman(T)}"),
        ("indent", "振込先　ひさかた銀行伊那支店　普通預金　三一五〇〇八二"),
        ("plain", "　　　　口座名義　司法書士鶉野千晶預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県伊那市うずらの坂九丁目九番九号"),
        ("low", "うずらの司法書士事務所"),
        ("low", "通知人代理人　司法書士　鶉野　千晶"),
        ("low", "（簡裁訴訟代理等関係業務認定番号　第五〇一二三八号）"),
        ("low", "電話　〇二六五（〇〇）八八一九"),
        ("low", "（整理番号　ＵＺ－２６００８）"),
        ("blank", ""),
        ("low", ADDR[1].replace("9番9号", "九番九号")),
        ("low", f"{WIFE}　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 21101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鶉野　千晶" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18.6) * size * 0.3528 * 1.05, 7, "square", "司法書士鶉野之印", angle=-2,
                         seed=21102))
    tr = truth(document_type="collection_notice", sender="うずらの司法書士事務所", phone="0265-00-8819",
               creditor="一般財団法人えんれい職員共済会", status="not_applicable", original=None, debtor="鴇沢紗希",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="UZ-26008", input_kind="vertical_pdf",
               template="proxy21_vertical_judicial_scrivener_mutual_aid_loan", received=D(2026, 1, 19))
    return dict(stem="ad10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士 for a 職員共済会 loan, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a 司法書士 for an invented 職員共済会, digital, with the 内容証明 "
                        "stamp; the loan was repaid by 給与控除 and fell due when the wife left her job (退職 → 喪失 on the "
                        "same day, 共済貸付規程第十四条); amounts as kanji digits with a 万 unit (金四一万二〇〇〇円 …) and the "
                        "labels 貸付金残高 / 未払利息 / 延滞金; 令和五年 and 金六十万円 (distractors); the 司法書士's "
                        "認定番号 第五〇一二三八号 (not a servicer licence); a 預り金口 in kanji digits; phone in kanji digits; "
                        "整理番号 ＵＺ－２６００８")


# ---------------------------------------------------------------------------------------------
# ad11 伊那簡易裁判所 支払督促 of the rent guarantor, one scanned page; 請求の趣旨 as numbered lines.


def ad11():
    issued, filed = D(2026, 1, 20), D(2026, 1, 13)
    P = RENT_P
    L = rent_late(filed)
    C = 5_390
    T = P + L + C
    case = "令和8年(ロ)第41号"
    p = Page(font="serif", size=10.5, top=14)
    p.line(f"{fw('令和8年（ロ）第41号')}　求償金請求督促事件", size=10)
    p.gap(3)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり（本紙下段）", size=10, x=30)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 26, 182
    for lab, val in (("１　求償金元金", f"{P:,}円"),
                     (f"２　確定遅延損害金（各立替日の翌日から{fw(era(filed))}まで）", f"{L:,}円"),
                     ("３　督促手続費用", f"{C:,}円")):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, val, size=10, align="r")
    p.add(Line(x0, p.y - 0.3, x1, p.y - 0.3, 0.3))
    b = p.line("　　合計", x=x0, size=10.5, font="serif-bold")
    p.at(x1, b, f"{T:,}円", size=10.5, align="r", font="serif-bold")
    p.para(f"４　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年14.6％の割合による遅延損害金", x0=x0,
           x1=188, size=9.8, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債務者は、平成31年4月1日、有限会社しだれ野不動産から長野県飯田市所在の建物（コーポりんご並木203号室）を"
              "月額賃料等78,000円で賃借し、債権者は、債務者の委託を受けて、同賃貸借契約に基づく債務者の債務を保証した"
              "（保証委託契約、遅延損害金年14.6％）。",
              f"２　債務者は、{era(RENT_LAST)}の支払を最後に令和7年3月分以降の賃料を支払わず、債権者は、令和7年3月31日から"
              f"同年9月30日までの間、保証債務の履行として賃料、賃料相当損害金及び明渡費用の合計{P:,}円を立替払いした。",
              f"３　上記建物は、{era(RENT_OUT)}、強制執行により明け渡された。"):
        p.para(s, x0=22, x1=190, size=9.4, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　伊那簡易裁判所　裁判所書記官　纐纈　　小夜子", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "伊那簡易裁判所書記官印", angle=0, seed=21111)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 27, 0.4))
    p.at(21, y + 5.5, "当事者目録", size=10, font="serif-bold")
    for i, s in enumerate(["債権者　〒380-0000 長野市みつばち通り九丁目9番9号　あんず賃貸保証株式会社",
                           "　　　　代表者代表取締役　薬袋　篤志　（送達場所　同所　電話 026-000-7315）",
                           f"債務者　〒{ADDR[0]} {ADDR[1]}　{HUSB}"]):
        p.at(21, y + 11.5 + i * 5.3, s, size=9)
    p.y = y + 30
    y = p.y
    p.add(Box(18, y, 174, 16, 0.3, None, SHADE))
    for i, s in enumerate(["（注意）督促異議の申立ては、送達を受けた日から２週間以内に、同封の督促異議申立書により当裁判所へ。",
                           "問合せ先　伊那簡易裁判所　民事係　電話 0265-00-2207（平日 8:30～17:00）　これは正本である。"]):
        p.at(21, y + 6 + i * 5.5, s, size=8.7)
    tr = truth(document_type="payment_order", sender="伊那簡易裁判所", phone="0265-00-2207",
               creditor="あんず賃貸保証株式会社", status="not_applicable", original=None, debtor="鴇沢晴之", total=T,
               principal=P, interest=None, late_damages=L, costs=C, rate=RENT_R, lump=True, issued=issued,
               payment_due=None, acceleration=None, last_payment=RENT_LAST, reference=case, input_kind="scan_png",
               template="proxy21_payment_order_rent_guarantor_numbered_lines", received=D(2026, 1, 23))
    return dict(stem="ad11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="payment_order (簡裁, rent guarantor creditor, one page)",
                unusual="a 支払督促 of 伊那簡裁 (new to the sets) on ONE scanned page: case number and 事件名 "
                        "(求償金請求督促事件) top-left; 請求の趣旨 as numbered aligned lines (求償金元金 / 確定遅延損害金 / "
                        "督促手続費用 / 合計) and the running item ４; 請求の原因 about a TENANCY (平成31年, 月額賃料等 78,000, "
                        "the 立替 window, the 明渡し by 強制執行); the 当事者目録 in a box at the FOOT with the creditor's "
                        "送達場所 phone (distractor); the court's phone in a shaded note; no 喪失 date (rent, not a loan)")


# ---------------------------------------------------------------------------------------------
# ad12 春日部簡易裁判所 仮執行宣言付支払督促 of the scholarship body against the son, 2-page image PDF.


def ad12():
    issued, order, served, filed, fdecl = D(2026, 3, 6), D(2026, 2, 9), D(2026, 2, 12), D(2026, 2, 2), D(2026, 2, 27)
    P, I = SCH_P1 + SCH_P2, SCH_I2
    L = late(P, SCH_R, SCH_ACC + timedelta(1), filed)
    C1, C2 = 11_866, 1_180
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年(ロ)第118号"
    p = Page(font="serif", size=11, top=22)
    p.at(196, 20, fw("令和8年（ロ）第118号"), size=10.5, align="r")
    p.y = 26
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", "独立行政法人ひのもと学資支援機構"), ("債　務　者", SON)], x=48, label_w=32, size=11)
    p.gap(4)
    p.para("債務者は、債権者に対し、別紙「請求の趣旨及び原因」記載の金額を支払え。")
    p.para(f"この支払督促は、{fw(era(order))}に発付され、{fw(era(served))}に債務者に送達されたが、債務者は法定の期間内に"
           "督促異議の申立てをしなかった。")
    p.para(f"債権者の{fw(era(fdecl))}付け申立てにより、上記支払督促に手続費用額を付加して仮執行の宣言をする。")
    p.gap(8)
    p.line(f"　　　{fw(era(issued))}", size=11)
    p.line("　　　春日部簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　廿日出　　隆", size=11)
    p.seal(160, p.y - 6, 15, "square", "春日部簡易裁判所書記官印", angle=0, seed=21121)
    p.gap(14)
    y = p.y
    p.add(Box(22, y, 166, 44, 0.6))
    p.at(26, y + 7, "【送達を受けた方へ】", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この書面の送達を受けた日から２週間以内に、当裁判所に督促異議の申立てをすることができます。",
                           "２　督促異議の申立てをしても、仮執行宣言に基づく強制執行は当然には止まりません。",
                           "３　お問い合わせは、事件番号をお知らせのうえ、下記へお願いします。",
                           "　　春日部簡易裁判所　民事受付　電話 048-000-7351（直通）"]):
        p.at(26, y + 14 + i * 7, s, size=9.3)
    p.y = y + 52
    p.line("これは正本である。", size=10, align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=10)
    q.line("当事者目録", size=11.5, font="serif-bold", align="c")
    q.kv([("債権者", "〒162-0000 東京都新宿区すいれん堀九丁目9番9号"), ("", "独立行政法人ひのもと学資支援機構"),
          ("", "代表者理事長　一戸　康裕"), ("", "（送達場所　返還部債権管理課　電話 03-0000-6120）"),
          ("債務者", f"〒{SON_ADDR[0]} {SON_ADDR[1]}"), ("", SON)], x=24, label_w=22, size=10)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=11.5, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.5, font="serif-bold")
    q.table([["", "金額（円）"], ["１　返還未済額（第一種・第二種合計）", f"{P:,}"], ["２　利息（第二種、期限の利益喪失日まで）", f"{I:,}"],
             [f"３　延滞金（{era(SCH_ACC + timedelta(1))}から{era(filed)}まで　年3％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["　　合計", f"{T:,}"]],
            [130, 36], x=22, header=True, aligns="lr", size=9.6, row_h=7)
    q.gap(1.5)
    q.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年3％の割合による延滞金", x0=22, x1=190, size=9.6,
           indent="")
    q.gap(2)
    q.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　債権者は、債務者に対し、平成30年4月から令和4年3月まで、第一種奨学金合計2,304,000円及び第二種奨学金合計"
              "2,880,000円を貸与した（連帯保証人 鴇沢晴之）。",
              f"２　債務者は、割賦金の返還を怠り（最終返還日 {era(SCH_LAST)}）、{era(SCH_ACC)}をもって期限の利益を喪失した。",
              f"３　上記１の返還未済額は、第一種{SCH_P1:,}円、第二種{SCH_P2:,}円である。"):
        q.para(s, x0=22, x1=190, size=9.5, indent="")
    q.line(f"申立日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="春日部簡易裁判所", phone="048-000-7351",
               creditor="独立行政法人ひのもと学資支援機構", status="not_applicable", original=None, debtor="鴇沢柾人",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=SCH_R, lump=True, issued=issued,
               payment_due=None, acceleration=SCH_ACC, last_payment=SCH_LAST, reference=case, input_kind="pdf_scan",
               template="proxy21_enforceable_scholarship_two_cost_rows", received=D(2026, 3, 9))
    return dict(stem="ad12", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, scholarship body creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of 春日部簡裁 against the son, 2-page image PDF: the case number alone "
                        "top-right; 債権者 / 債務者 as kv lines under the title; four dates on p.1 (発付 2/9, 送達 2/12, "
                        "仮執行宣言の申立て 2/27, the declaration 3/6 = issued) in prose; a framed 【送達を受けた方へ】 box "
                        "with the court's （直通） phone; p.2 当事者目録 with the creditor's 送達場所 03 phone (distractor) and "
                        "a ruled 「金額（円）」 table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) "
                        "and 延滞金 at 年3％; the running item ６; 貸与総額 and the 連帯保証人 in 請求の原因 as distractors")


# ---------------------------------------------------------------------------------------------
# ad13 伊那簡易裁判所 (ハ) 口頭弁論期日呼出状 with a 請求の要旨 box, iPhone HEIC.


def ad13():
    issued, sued, hearing, answer = D(2026, 2, 27), D(2026, 2, 16), D(2026, 4, 8), D(2026, 4, 1)
    L = car_late(sued)
    T = CAR_P + L
    case = "令和8年(ハ)第23号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ハ）第23号')}　立替金等請求事件", size=10)
    p.line("原　　告　株式会社てんりゅうオートファイナンス", size=10)
    p.line(f"被　　告　{HUSB}", size=10)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line(f"{HUSB}　殿", size=12.5, x=24)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を読んだうえ、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    y = p.y
    p.add(Box(24, y, 162, 30, 0.6))
    for i, (lab, val) in enumerate((("期　日", f"{era(hearing)}（{wd(hearing)}）午前10時30分"),
                                    ("場　所", "伊那簡易裁判所　第１法廷（１階）"),
                                    ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）"))):
        if i:
            p.add(Line(24, y + i * 10, 186, y + i * 10, 0.3))
        p.at(28, y + 6.8 + i * 10, lab, size=10.5)
        p.at(68, y + 6.8 + i * 10, val, size=11, font="serif-bold" if i == 0 else "serif")
    p.add(Line(64, y, 64, y + 30, 0.3))
    p.y = y + 34
    p.line("請求の要旨（訴状から抜粋）", size=10.5, font="serif-bold")
    q0 = p.y
    p.add(Box(24, q0, 162, 50, 0.3, GRAY))
    p.y = q0 + 2
    for s in (f"原告は、被告とのオートローン契約（令和4年6月14日）に基づく立替金等につき、被告が{era(CAR_LAST)}の支払を最後に"
              f"支払を怠り、{era(CAR_ACC)}の経過により期限の利益を喪失したため、自動車を引き揚げて売却し、その代金を充当した"
              "残額等の支払を求める。",):
        p.para(s, x0=28, x1=182, size=9.5, indent="")
    x0, x1 = 32, 178
    for lab, val in (("充当後の割賦販売残代金", f"{CAR_P:,}円"),
                     (f"確定遅延損害金（{era(CAR_ACC + timedelta(1))}から{era(sued)}まで　年3％）", f"{L:,}円"),
                     ("請求額合計", f"{T:,}円")):
        b = p.line(lab, x=x0, size=9.8, font="serif-bold" if "合計" in lab else None)
        p.at(x1, b, val, size=9.8, align="r", font="serif-bold" if "合計" in lab else "serif")
    p.para(f"並びにうち金{CAR_P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年3％の割合による金員", x0=28, x1=182,
           size=9.3, indent="")
    p.y = q0 + 54
    p.para("期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
           "あります。分割払いの和解を希望する場合も、答弁書にその旨を記載してください。", size=9.5)
    p.gap(3)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　伊那簡易裁判所　裁判所書記官　王生　　冬馬", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "伊那簡易裁判所書記官印", angle=0, seed=21131)
    p.gap(4)
    p.line("〒396-0000 長野県伊那市しもまち坂九丁目9番9号　伊那簡易裁判所民事係　電話 0265-00-2207", size=8.8, x=24)
    p.line(f"（訴え提起日　{era(sued)}。訴状副本・甲号証写し・答弁書用紙を同封）", size=8.8, x=24)
    tr = truth(document_type="lawsuit", sender="伊那簡易裁判所", phone="0265-00-2207",
               creditor="株式会社てんりゅうオートファイナンス", status="not_applicable", original=None, debtor="鴇沢晴之",
               total=T, principal=CAR_P, interest=None, late_damages=L, rate=CAR_R, lump=True, issued=issued,
               payment_due=None, acceleration=CAR_ACC, last_payment=CAR_LAST, hearing=hearing, reference=case,
               input_kind="photo_heic", template="proxy21_summary_court_ha_auto_loan_summons_photo",
               received=D(2026, 3, 2))
    return dict(stem="ad13", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.4, creases=2, glare=24, fill=0.86, warm=0.3),
                about="lawsuit (簡裁 (ハ), auto-loan company plaintiff, one page photographed)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a 簡裁 口頭弁論期日呼出状及び答弁書催告状 "
                        "whose claim is only a framed 請求の要旨（訴状から抜粋） — 充当後の割賦販売残代金 / 確定遅延損害金 (年3％) "
                        "/ 請求額合計 and the running 「うち金…に対する…年3％」; 事件番号 / 原告 / 被告 lines at the top; a "
                        "3-row ruled box 期日 (weekday, 午前10時30分) / 場所 / 答弁書提出期限; the 訴え提起日 2/16 at the foot "
                        "(≠ 呼出状 2/27)")


# ---------------------------------------------------------------------------------------------
# ad14 長野地方裁判所伊那支部 (ワ) 呼出状 + 訴状 of the 保証協会, digital 2 pages.


def ad14():
    issued, sued, hearing, answer = D(2026, 5, 8), D(2026, 4, 20), D(2026, 6, 17), D(2026, 6, 10)
    L = late(CG_S, CG_R, CG_SUBRO + timedelta(1), sued)
    T = CG_S + L
    case = "令和8年(ワ)第19号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"{fw('令和8年（ワ）第19号')}　求償金請求事件", size=10.5)
    p.line("原告　みすず信用保証協会", size=10.5)
    p.line(f"被告　{HUSB}", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line(f"被告　{HUSB}　殿", size=12.5, x=24)
    p.gap(3)
    p.para("頭書事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますから、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    for lab, val in (("期日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"),
                     ("出頭場所", "長野地方裁判所伊那支部　民事法廷（２階）"),
                     ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")):
        b = p.line(f"◇ {lab}", x=30, size=11)
        p.at(78, b, val, size=11.5, font="serif-bold" if lab == "期日" else "serif")
        p.gap(1)
    p.gap(4)
    p.para("出頭の際は、この呼出状と認印をお持ちください。期日に出頭せず答弁書も提出しないときは、原告の主張を認めたものと"
           "みなされ、原告の請求どおりの判決がされることがあります。", size=10)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　長野地方裁判所伊那支部", size=11)
    p.line("　　　　裁判所書記官　箕浦　　睦美", size=11)
    p.seal(150, p.y - 6, 14, "square", "長野地方裁判所伊那支部書記官印", angle=0, seed=21141)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 22, 0.3))
    for i, s in enumerate(["〒396-0000 長野県伊那市しもまち坂九丁目9番9号",
                           "長野地方裁判所伊那支部 民事係　電話 0265-00-2201（直通）",
                           "※電話でのお問い合わせの際は、事件番号をお知らせください。"]):
        p.at(26, y + 6.5 + i * 5.8, s, size=9.5)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10.5)
    q.line("長野地方裁判所伊那支部　御中", size=10.5)
    q.line("原告　みすず信用保証協会　代表者理事長　飛鳥田　修", size=10.5, align="r")
    q.gap(2)
    q.kv([("原　告", "〒380-0000 長野市くりのき台九丁目9番9号　みすず信用保証協会"),
          ("", "（送達場所 管理部 電話 026-000-5140　FAX 026-000-5141）"),
          ("被　告", f"〒{ADDR[0]} {ADDR[1]}　{HUSB}")], x=20, label_w=20, size=9.6)
    q.line(f"求償金請求事件　　訴訟物の価額　金{CG_S:,}円　　貼用印紙額　金{STAMP:,}円", size=9.6, x=20)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{T:,}円及びうち{CG_S:,}円に対する{era(sued + timedelta(1))}から支払済みまで"
           "年14.6パーセントの割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　被告は、鴇沢板金工業の屋号で板金業を営む者であるが、令和3年6月15日、みはらし信用金庫から事業資金8,000,000円を"
              "借り受け、原告は、被告の委託を受けてこれを保証した（信用保証委託契約、延滞金年14.6パーセント）。",
              f"２　被告は{era(CG_LAST)}の弁済を最後に弁済を怠り、{era(CG_ACC)}をもって期限の利益を喪失した。",
              f"３　原告は、{era(CG_SUBRO)}、同金庫に対し元金{CG_P0:,}円、利息{CG_I0:,}円及び遅延損害金{CG_L0:,}円の"
              f"合計{CG_S:,}円を代位弁済した。",
              "４　よって、原告は被告に対し、求償金として次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["求償元金", f"{CG_S:,}円"],
             [f"確定延滞金（{era(CG_SUBRO + timedelta(1))}から{era(sued)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [118, 42], x=28, aligns="lr", size=9.8, row_h=7.5, ruled="outer")
    q.gap(3)
    q.line("証拠方法　甲第１号証（信用保証委託契約書）、甲第２号証（代位弁済証書）", size=9.6, x=22)
    q.line("附属書類　訴状副本１通、甲号証写し各２通、資格証明書１通", size=9.6, x=22)
    tr = truth(document_type="lawsuit", sender="長野地方裁判所伊那支部", phone="0265-00-2201",
               creditor="みすず信用保証協会", status="not_applicable", original="みはらし信用金庫", debtor="鴇沢晴之",
               total=T, principal=CG_S, interest=None, late_damages=L, rate=CG_R, lump=True, issued=issued,
               payment_due=None, acceleration=CG_ACC, last_payment=CG_LAST, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy21_district_branch_wa_credit_guarantee_recourse",
               received=D(2026, 5, 11))
    return dict(stem="ad14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), 信用保証協会 plaintiff, 2 pages)",
                unusual="長野地裁伊那支部 (ワ) 呼出状 (p.1, full-width era, ◇-bulleted 期日 午後１時１５分 / 出頭場所 / "
                        "答弁書提出期限) + 訴状 (p.2, dated 4/20 ≠ 呼出状 5/8); the plaintiff is the 保証協会, the original "
                        "lender the 信用金庫 in 請求の原因; 訴訟物の価額 (= the 求償元金 only, 延滞金 being 附帯) and "
                        "貼用印紙額 34,000 on one line (the stamp is not costs); 請求の趣旨 without 金 (「{T}円及びうち…円に対する…」); the 代位弁済 "
                        "breakdown (元金 / 利息 / 遅延損害金) as history in the prose; an outer-ruled 3-row table 求償元金 / "
                        "確定延滞金 / 合計; the plaintiff's 送達場所 phone and FAX as distractors")


# ---------------------------------------------------------------------------------------------
# ad15 オリックス債権回収 (real) 和解条件のご案内, one-page fax with dot dates.


def ad15():
    issued, reply = D(2026, 2, 20), D(2026, 3, 10)
    P, I = CARD_P, CARD_I
    L = late(P, CARD_R, CARD_ACC + timedelta(1), issued)
    T = P + I + L
    down, mon, n = 30_000, 15_000, 38
    settle = 600_000
    assert down + mon * n == settle
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 16, "ORIX", size=14, font="sans-bold")
    p.at(36, 16, "オリックス債権回収株式会社", size=11, font="sans-bold")
    p.at(196, 14, f"送信日 {dot(issued)}", size=9.3, align="r")
    p.at(196, 19, "管理番号 2512-447310", size=9.3, align="r")
    p.add(Line(15, 21.5, 196, 21.5, 0.8))
    p.y = 25
    p.line(f"{WIFE}　様", size=12.5)
    p.line("（FAX送信先　0265-00-5176）", size=8.5)
    for s, sz, f in (("オリックス債権回収株式会社　個人債権部", 9.8, "sans-bold"), ("法務大臣許可番号 第11号", 8.8, "sans"),
                     ("TEL 0120-000-611　FAX 03-0000-6112　担当 七五三", 9.3, "sans")):
        p.line(s, x=116, size=sz, font=f)
    p.gap(2)
    p.title("和解条件のご案内", size=14.5)
    p.para(f"先日のお電話でのご相談を踏まえ、株式会社つきみ野カードから当社が{dot(CARD_ASSIGN)}に譲り受けた債権（期限の利益喪失日 "
           f"{dot(CARD_ACC)}、最終ご入金日 {dot(CARD_LAST)}）について、下記の条件による和解をご案内いたします。", size=9.5)
    p.line(f"1. 現在のご債務額（{dot(issued)}現在）", size=10, font="sans-bold")
    p.table([["リボルビング払残元金", "未収手数料", "遅延損害金（年14.6％）", "ご債務総額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [46, 40, 48, 47], x=15, header=True, aligns="rrrr",
            size=9.5, row_h=7.2)
    p.line("2. 和解条件（一部免除）", size=10, font="sans-bold")
    for s in (f"(1) 和解金額 {settle:,}円（ご債務総額との差額は、下記(2)を遅滞なくお支払いいただいた場合に免除）",
              f"(2) 頭金 {down:,}円を2026.03.31限り、残金を2026.04.30から毎月末日限り{mon:,}円ずつ{n}回",
              "(3) 分割金の支払を2回以上怠り、その額が30,000円に達したときは、期限の利益を失い、免除前の残額及び年14.6％の"
              "遅延損害金を直ちにお支払いいただきます。"):
        p.para(s, x0=20, x1=194, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2))
    p.at(19, y + 8.6, "ご回答期限", size=11, font="sans-bold")
    p.at(50, y + 8.8, f"{dot(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.at(192, y + 8.6, "同意書をFAXでご返送ください", size=8.5, align="r")
    p.y = y + 17
    p.line("- - - - - - - - - - - - - - - - - - - - - 切り取らずにこのままFAXしてください - - - - - - - - - - - - - - - - - - - -",
           size=8, align="c")
    p.line("同　意　書", size=13, font="sans-bold", align="c")
    p.para(f"私は、{dot(issued)}付「和解条件のご案内」記載の条件に同意し、和解金額{settle:,}円を上記のとおり支払います。"
           "（本同意書のご提出は、債務の承認にあたります。）", size=9.3, indent="")
    for lab in ("ご記入日　　　　年　　月　　日", "ご住所", "お名前（自署）", "日中のご連絡先"):
        p.line(lab, x=24, size=10.5)
        p.add(Line(24, p.y - 1, 186, p.y - 1, 0.3))
        p.gap(3.5)
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社つきみ野カード", debtor="鴇沢紗希", total=T, principal=P, interest=I, late_damages=L,
               rate=CARD_R, lump=False, issued=issued, payment_due=reply, acceleration=CARD_ACC, last_payment=CARD_LAST,
               assignment=CARD_ASSIGN, reference="2512-447310", input_kind="fax_tiff",
               template="proxy21_real_servicer_partial_waiver_settlement_fax", received=issued)
    return dict(stem="ad15", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:42 ORIX SAIKEN 03-0000-6112",
                about="settlement_proposal (real servicer, partial waiver, one-page fax)",
                unusual="one-page G4 fax of the real servicer ★ オリックス債権回収 (「法務大臣許可番号 第11号」, Latin "
                        "logo 「ORIX」) to the wife; western DOT dates (送信日 2026.02.20, 譲受, 喪失, last payment, plan) "
                        "everywhere; the debtor's own FAX number under her name; a one-row 4-column table ending in the new "
                        "label ご債務総額; the 一部免除 plan (和解金額 600,000, 頭金 30,000 by 2026.03.31, 15,000 × 38 from "
                        "2026.04.30, the 30,000 threshold) as distractors; a heavy ご回答期限 「2026.03.10（火）必着」 "
                        "(= payment_due); a 同意書 to fax back on the same page")


# ---------------------------------------------------------------------------------------------
# ad16 SCAM postcard: a fake servicer's 「債権移行最終通知」 about mobile-phone charges; photographed.


def ad16():
    issued, due = D(2026, 3, 17), D(2026, 3, 19)
    T = 98_600
    p = Page(w=100, h=148, font="sans", size=8, left=7, right=7, top=8)
    p.add(Box(4, 4, 92, 140, 0.5, RED))
    stamp(p, 7, 7, "最終通知", color=RED, size=10, fill=RED)
    p.at(93, 11, "令和8年3月17日", size=7.5, align="r")
    p.at(93, 15, f"管理番号　ね{fw('472')}", size=7.5, align="r")
    p.y = 19
    p.line(f"〒{ADDR[0]}　{ADDR[1]}", size=7.5)
    p.line(f"{HUSB}　様", size=11)
    p.gap(2)
    p.line("通信料金未納に関する", size=11.5, font="sans-bold", align="c", color=RED)
    p.line("債権移行最終通知", size=13, font="sans-bold", align="c", color=RED)
    p.gap(1)
    p.para("貴方がご利用された携帯電話会社より、未納となっている通信料金・端末代金に係る債権を当社が譲り受けました"
           "（債権移行）。本通知は最終のご通知となります。", size=7.4)
    p.para("期日までにご連絡・お支払いのない場合、民事訴訟の手続に移行し、給与・預貯金・動産の差押えが執行されます。"
           "また、信用情報機関へ登録され、今後一切のローン・携帯電話契約ができなくなります。", size=7.4)
    p.gap(1)
    y = p.y
    p.add(Box(8, y, 84, 20, 0.8, RED))
    p.at(11, y + 6, "未納料金等", size=8.5, font="sans-bold")
    p.at(89, y + 7, f"￥{T:,}", size=14, font="sans-bold", align="r", color=RED)
    p.at(11, y + 14.5, "お支払期限", size=8.5, font="sans-bold")
    p.at(89, y + 15, f"3月19日（{wd(due)}）15時まで", size=10.5, font="sans-bold", align="r", color=RED)
    p.y = y + 23
    p.para("※お支払いは、コンビニで電子マネーカードをご購入のうえ、カード裏面の番号を担当者へお電話でお伝えください。"
           "※ご家族・弁護士等へのご相談は、手続上お控えください。", size=6.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Line(8, y, 92, y, 0.3))
    p.at(9, y + 5.5, "株式会社通信料金債権回収センター", size=9, font="sans-bold")
    p.at(9, y + 10, "法務大臣許可番号　第312号", size=7.2)
    p.at(9, y + 14, "東京都千代田区永田町（所在地非公開）", size=7)
    p.at(9, y + 19, "お問合せ（担当直通）050-0000-3187", size=8.5, font="sans-bold")
    p.at(9, y + 23, "受付　毎日 9:00～21:00", size=6.8)
    p.seal(82, y + 12, 13, "round", "債権回収センター|法務/認可", angle=-10, seed=21161)
    tr = truth(document_type="other", sender="株式会社通信料金債権回収センター", license_number=312,
               phone="050-0000-3187", creditor=None, status="not_licensed", original=None, debtor="鴇沢晴之", total=T,
               lump=False, issued=issued, payment_due=due, reference="ね472", is_scam=True, input_kind="photo_jpeg",
               template="proxy21_scam_postcard_mobile_debt_transfer", received=None)
    return dict(stem="ad16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.5, creases=0, fill=0.72, blur=0.9, warm=0.25,
                          shadow=0.2, shadow_side="top"),
                about="other (scam postcard about mobile-phone arrears)",
                unusual="架空請求 postcard (100 × 148 mm) photographed from further away on tatami with a shadow in a "
                        "corner: a red frame and a filled 最終通知 stamp; 「債権移行」 wording that plays on the real 受託 "
                        "letter (ad04) but names no carrier (creditor / original null); a FAKE 「法務大臣許可番号　第312号」 "
                        "for 「株式会社通信料金債権回収センター」 (→ not_licensed, licence 312 as printed); 永田町 "
                        "「所在地非公開」; only a total ￥98,600 and a two-day deadline 「3月19日（木）15時まで」; payment "
                        "by 電子マネーカード; a 050 担当直通 open every day; hiragana 管理番号 ね４７２; a fake round 法務認可 "
                        "seal")


LETTERS = [ad09, ad10, ad11, ad12, ad13, ad14, ad15, ad16]
