"""Proxy set 85, letters cp09–cp16. The 留守 household (競売 in 米沢, the loan bought by a real servicer before the
auction): the servicer's 配当金充当のご報告 兼 残債務一括お支払いのお願い with a 充当 ledger on page 2 (cp09), its 支払督促
at the 米沢簡裁 (cp10) and the 仮執行宣言付支払督促 of the same case, photographed (cp11); a scam that read the 猪鼻
household's 競売 and poses as a servicer offering a 特別和解 (cp12); the 鵜野森 household (任意売却 in 長岡, guarantee
company → invented servicer): the guarantee company's 縦書き 債権譲渡通知書 (cp16), the servicer's 和解のご提案 with a
partial waiver (cp13) and its (ワ) suit at the 長岡支部 (cp14); the second-mortgage 信用金庫's lawyer's 縦書き 催告書 to
the 猪鼻 household after the 配当 left it nothing (cp15)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    kman,
    late,
    stamp,
    truth,
    vcheck_era,
    vsafe,
    wd,
)
from letters_p1 import A_ADDR, A_CASE, A_DEBTOR, A_DIV_DAY, jis, slash

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
NAVY2 = (0.10, 0.20, 0.40)
PLUM = (0.40, 0.12, 0.35)
CAMELLIA = (0.72, 0.10, 0.22)

# --- the 留守 household: bank おいたま銀行 → real servicer オリックス債権回収 (bought before the auction) ---------------
C_DEBTOR, C_ADDR = "留守　政宏", "山形県米沢市うえすぎ通9丁目9番9号"
C_BANK, C_SVC = "株式会社おいたま銀行", "オリックス債権回収株式会社"
C_R = 14.0
C_LAST, C_ACC, C_ASSIGN = D(2024, 7, 31), D(2024, 11, 20), D(2025, 3, 25)
C_P0, C_I0 = 18_904_330, 142_086
C_CASE = "令和7年(ケ)第9号"  # noqa: RUF001
C_DIV_DAY, C_DIV = D(2026, 1, 28), 11_372_600
C_L0 = late(C_P0, C_R, C_ACC + ONE, C_DIV_DAY)
assert C_DIV > C_L0 + C_I0
C_TO_P = C_DIV - C_L0 - C_I0
C_P1 = C_P0 - C_TO_P
C_REF = "OX-4417-20613"
C_FILED, C_PO_DAY, C_SERVED = D(2026, 4, 10), D(2026, 4, 21), D(2026, 4, 24)
C_LPO = late(C_P1, C_R, C_DIV_DAY + ONE, C_FILED)
C_COST, C_COST2 = 23_590, 1_258
C_PO_CASE = "令和8年(ロ)第46号"  # noqa: RUF001

# --- the 鵜野森 household: bank まつがさき銀行, guarantee company おぐにローン保証 → invented 雪椿債権回収 ------------------
E_DEBTOR, E_ADDR = "鵜野森　達彦", "新潟県長岡市なのかまち9丁目9番9号"
E_BANK, E_GUAR, E_SVC = "株式会社まつがさき銀行", "おぐにローン保証株式会社", "雪椿債権回収株式会社"
E_R = 14.6
E_LAST, E_ACC, E_SUBRO, E_SALE, E_ASSIGN = D(2024, 5, 27), D(2024, 8, 6), D(2024, 10, 15), D(2025, 6, 20), D(2025, 9, 1)
E_P = 5_127_900


def kyen(n: int) -> str:
    return yen(n, "kanji")


# ---------------------------------------------------------------------------------------------
# cp09 real servicer オリックス債権回収: 配当金充当のご報告 兼 残債務一括お支払いのお願い, 2 pages (p.2 the 充当 ledger).


def cp09():
    issued, due = D(2026, 2, 16), D(2026, 3, 13)
    L1 = late(C_P1, C_R, C_DIV_DAY + ONE, issued)
    T = C_P1 + L1
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, color=None, fill=NAVY2))
    p.at(19, 21.5, "オリックス債権回収株式会社", size=13.5, font="sans-bold", color=WHITE)
    p.at(192, 18, "法務大臣許可　第11号", size=8.5, color=WHITE, align="r")
    p.at(192, 23, "（債権管理回収業）", size=7.5, color=WHITE, align="r")
    p.y = 32
    p.line(C_ADDR, x=18, size=10)
    p.line(f"{C_DEBTOR}　様", x=22, size=13.5)
    p.at(196, 35, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 40.5, f"お客様番号　{C_REF}", size=9.5, align="r")
    p.y = 54
    p.title("配当金充当のご報告　兼　残債務一括お支払いのお願い", size=13.5)
    p.para(f"当社が{era(C_ASSIGN)}に{C_BANK}から譲り受けました貴殿に対する貸金債権につきまして、山形地方裁判所米沢支部"
           f"{C_CASE}担保不動産競売事件の配当期日（{era(C_DIV_DAY)}）において、当社は配当金を受領いたしました。"
           "配当金の充当の明細は、２枚目のとおりです。", size=9.8)
    p.para("充当後もなお下記の残債務がございますので、お支払期日までに一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 8, color=None, fill=SHADE))
    for x, s in ((24, "ご請求の内訳"), (120, "算定期間・利率"), (186, "金額（円）")):
        p.at(x, y + 5.6, s, size=9, font="sans-bold", align="r" if x > 180 else "l")
    y += 8
    for lab, per, val, bold in (("充当後の残元金", "—", C_P1, False),
                                ("遅延損害金", f"{slash(C_DIV_DAY + ONE)}～{slash(issued)}　年14％", L1, False),
                                ("ご請求金額", "", T, True)):
        f = "sans-bold" if bold else "sans"
        p.at(24, y + 6, lab, size=10.2, font=f)
        p.at(120, y + 6, per, size=8.8)
        p.at(186, y + 6, f"{val:,}", size=10.5, font=f, align="r")
        y += 8.5
        p.add(Line(20, y, 190, y, 0.5 if bold else 0.2))
    p.add(Box(20, p.y, 170, y - p.y, 0.5))
    p.y = y + 4
    rows = [("原債権者", C_BANK, "当社譲受日", era(C_ASSIGN)),
            ("期限の利益喪失日", era(C_ACC), "最終ご入金日", era(C_LAST)),
            ("お支払期日", f"{era(due)}（{wd(due)}）", "遅延損害金率", "年14.0％（年365日日割）")]
    y = grid(p, 20, p.y, [30, 55, 30, 55], rows, h=8, size=9, lsize=8, bold={(2, 1)})
    p.y = y + 5
    p.para("お振込先　やひこ信託銀行　本店営業部　普通預金　3318025　オリックスサイケンカイシュウ（カ", size=9.4, indent="")
    p.para("お振込みの際は、お振込人名の前にお客様番号（数字のみ）をご入力ください。", size=9, indent="")
    p.gap(2)
    p.para("お支払期日までにお支払い又はご連絡のない場合、当社は支払督促の申立て等の法的手続をとらせていただきます。"
           "一括でのお支払いが難しい事情がおありの場合は、必ず期日までにご相談ください。", size=9.4)
    p.gap(5)
    for s, sz, f in (("オリックス債権回収株式会社　管理部　第三グループ", 10, "sans-bold"),
                     ("〒105-0000 東京都港区しおどめ坂9丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-611（平日9:00～18:00）　担当 檜物", 9.3, "sans")):
        p.line(s, x=70, size=sz, font=f)
    p.seal(190, p.y - 12, 13, "square", "オリックス債権回収印", angle=3, seed=85091)
    q = Page(font="sans", size=10, top=18)
    q.at(196, 16, f"お客様番号　{C_REF}　（２／２）", size=9, align="r")
    q.title("配当金の充当明細", size=14)
    q.kv([("事件", f"山形地方裁判所米沢支部　{C_CASE}"), ("配当期日", era(C_DIV_DAY)),
          ("当社受領配当金", f"{C_DIV:,}円")], x=22, label_w=34, size=10)
    q.gap(4)
    q.line("充当の順序（約定により、遅延損害金 → 利息 → 元金の順に充当）", x=22, size=9.8, font="sans-bold")
    q.gap(1)
    ledger = [("配当金", f"{C_DIV:,}", ""),
              (f"（１）遅延損害金へ（{slash(C_ACC + ONE)}～{slash(C_DIV_DAY)}）", f"△{C_L0:,}", f"{C_DIV - C_L0:,}"),
              ("（２）未収利息へ", f"△{C_I0:,}", f"{C_DIV - C_L0 - C_I0:,}"),
              ("（３）元金へ", f"△{C_TO_P:,}", "0")]
    q.table([["摘要", "充当額（円）", "残（円）"]] + [list(r) for r in ledger], [92, 40, 38], x=22, header=True, size=9.6,
            row_h=8)
    q.gap(5)
    q.table([["", "配当前", "配当後"], ["元金", f"{C_P0:,}", f"{C_P1:,}"], ["未収利息", f"{C_I0:,}", "0"]],
            [40, 50, 50], x=22, header=True, size=9.6, row_h=8)
    q.line("（単位：円）", x=22, size=8.5)
    q.gap(6)
    q.para("※配当期日の翌日以降の遅延損害金は、充当後の残元金に対して計算しております。", size=9.2, indent="")
    q.para("※競売手続の費用は、売却代金から優先して差し引かれており、貴殿へのご請求には含まれておりません。", size=9.2, indent="")
    q.para("※当初のご契約：平成25年10月11日　住宅ローン　ご融資額 24,600,000円（おいたま銀行 米沢駅前支店）", size=9.2,
           indent="")
    tr = truth(document_type="collection_notice", sender=C_SVC, license_number=11, phone="0120-000-611", creditor=C_SVC,
               status="licensed", original=C_BANK, debtor=C_DEBTOR, total=T, principal=C_P1, late_damages=L1, rate=C_R,
               lump=True, issued=issued, payment_due=due, acceleration=C_ACC, last_payment=C_LAST, assignment=C_ASSIGN,
               reference=C_REF, input_kind="pdf_text_2page",
               template="proxy85_servicer_dividend_report_lump_sum_ledger", received=D(2026, 2, 18))
    return dict(stem="cp09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer, rest after the 配当 it received, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 in a navy top band with 「法務大臣許可　第11号」 (no 番号) and "
                        "「（債権管理回収業）」 under it; the servicer itself received the 配当 (bought the loan before the "
                        "auction); a 3-column claim box (ご請求の内訳 / 算定期間・利率 / 金額（円）) with SLASH windows and "
                        "amounts without 円, new label 充当後の残元金; a shaded grid with 原債権者, 当社譲受日, 喪失日, 最終ご入金日, "
                        "お支払期日 (bold) and 遅延損害金率; p.2 the 充当 ledger （１）–（３） with △ amounts and a 配当前 / 配当後 "
                        "table (all distractors, incl. the old 未収利息 142,086 now 0), 平成25年 24,600,000円")


# ---------------------------------------------------------------------------------------------
# cp10 米沢簡易裁判所 支払督促 (2 pages, image PDF): p.1 the order, p.2 当事者目録 + 請求の趣旨及び原因.


def cp10():
    T = C_P1 + C_LPO + C_COST
    p = Page(font="serif", size=11, top=20)
    p.line(fw("令和8年（ロ）第46号") + "　貸金（譲受債権）請求督促事件", size=10.5)
    p.gap(10)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(3)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=40, label_w=30)
    p.gap(5)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para("債権者の申立てにより、別紙請求の原因記載の事実に基づき、この支払督促を発する。")
    p.gap(5)
    y = p.y
    p.add(Box(22, y, 166, 30, 0.4))
    p.para("（注意）この支払督促に不服があるときは、この支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の"
           "申立てをすることができます。この期間内に督促異議の申立てがないときは、債権者の申立てによって仮執行の宣言がされ、"
           "強制執行を受けることがあります。", x0=25, x1=185, size=10, indent="")
    p.y = y + 36
    p.line(f"　　{fw(era(C_PO_DAY))}", size=11)
    p.line("　　　米沢簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　篭島　　理沙", size=11)
    p.seal(150, p.y - 6, 15, "square", "米沢簡易裁判所書記官印", angle=-1, seed=85101)
    p.gap(14)
    p.line("これは正本である。", size=10.5, x=24)
    p.line(f"　　{fw(era(C_PO_DAY))}　米沢簡易裁判所　裁判所書記官　篭島　理沙", size=10, x=24)
    p.gap(8)
    p.line("〒992-0000　山形県米沢市おしょうしな町９丁目９番９号", size=9.5, x=24)
    p.line("米沢簡易裁判所　督促係　電話 0238-00-3146（直通）", size=9.5, x=24)
    q = Page(font="serif", size=10.3, top=18)
    q.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "〒105-0000 東京都港区しおどめ坂9丁目9番9号"), ("", C_SVC), ("", "代表者代表取締役　鋸谷　隆徳"),
          ("", "（送達場所）同所　管理部　電話 03-0000-6114　FAX 03-0000-6115"),
          ("債務者", "〒992-0000 " + C_ADDR), ("", C_DEBTOR)], x=22, label_w=22)
    q.gap(4)
    q.line("請　求　の　趣　旨", size=12, font="serif-bold", align="c")
    q.table([["項目", "請求額（円）"], ["１　元金（譲受債権残元金）", f"{C_P1:,}"],
             [f"２　遅延損害金（{fw('令和8年1月29日')}から{fw('同年4月10日')}まで 年14％）", f"{C_LPO:,}"],
             ["３　督促手続費用", f"{C_COST:,}"], ["合　　計", f"{T:,}"]],
            [128, 40], x=22, header=True, size=9.8, row_h=7.6, font="serif")
    q.para(f"４　上記１の金額に対する{fw('令和8年4月11日')}から完済まで年１４％の割合による遅延損害金", x0=22, x1=190, size=9.8,
           indent="")
    q.gap(3)
    q.line("請　求　の　原　因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社おいたま銀行（以下「原債権者」という。）は、債務者に対し、平成２５年１０月１１日、金２４，６００，０００円を"
              "利率年０．９％、遅延損害金年１４％、毎月末日限り元利均等返済の約定で貸し付けた（住宅資金）。",
              f"２　債務者は、{fw(era(C_LAST))}の支払を最後にその後の支払を怠り、原債権者の請求により{fw(era(C_ACC))}の経過を"
              "もって期限の利益を喪失した。",
              f"３　原債権者は、{fw(era(C_ASSIGN))}、上記貸金債権を債権者に譲渡し、同月２８日到達の内容証明郵便で債務者にその旨"
              "通知した。",
              f"４　債権者は、担保不動産競売事件（山形地方裁判所米沢支部{fw('令和7年（ケ）第9号')}）の{fw(era(C_DIV_DAY))}の配当"
              f"期日において配当金{fw(f'{C_DIV:,}')}円を受領し、遅延損害金、利息、元金の順に充当した。その残元金が請求の趣旨１の金額"
              "である。",
              "５　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.5, indent="")
    q.gap(3)
    q.line(f"申立日　{fw(era(C_FILED))}", x=22, size=9.5)
    tr = truth(document_type="payment_order", sender="米沢簡易裁判所", phone="0238-00-3146", creditor=C_SVC,
               status="licensed", original=C_BANK, debtor=C_DEBTOR, total=T, principal=C_P1, late_damages=C_LPO,
               costs=C_COST, rate=C_R, lump=True, issued=C_PO_DAY, acceleration=C_ACC, last_payment=C_LAST,
               assignment=C_ASSIGN, reference=C_PO_CASE, input_kind="pdf_scan",
               template="proxy85_payment_order_yonezawa_rest_after_dividend", received=C_SERVED)
    return dict(stem="cp10", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, rest after the 配当, 2 pages)",
                unusual="支払督促 of a court new to the sets (米沢簡裁) as a 2-page image PDF: p.1 the order with the 注意 in an "
                        "outline box, 「これは正本である。」 and the 督促係 phone （直通）; p.2 当事者目録 as kv lines (creditor ★ "
                        "オリックス債権回収, no licence printed, its 送達場所 03 phone/FAX as distractors), 請求の趣旨 as a "
                        "header-shaded table 「請求額（円）」 with amounts WITHOUT 円 (元金（譲受債権残元金） / 遅延損害金 with "
                        "full-width window / 督促手続費用 / 合計) and the running item ４ below; a 5-point 請求の原因 telling the "
                        "loan (平成25年, 24,600,000), last payment, 喪失, 譲渡 and its 通知 3/28, the (ケ) case and the 配当金 "
                        "(distractors); 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cp11 the 仮執行宣言付支払督促 of cp10's case on one page, photographed on tatami.


def cp11():
    issued = D(2026, 5, 19)
    T = C_P1 + C_LPO + C_COST + C_COST2
    p = Page(font="serif", size=10.3, top=16)
    p.line(fw("令和8年（ロ）第46号"), size=10.5)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債権者", f"{C_SVC}（〒105-0000 東京都港区しおどめ坂9丁目9番9号）"),
          ("債務者", f"{C_DEBTOR}（〒992-0000 {C_ADDR}）")], x=20, label_w=18, size=9.8)
    p.gap(2)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.2)
    p.para(f"上記の支払督促は、{fw(era(C_SERVED))}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。"
           "よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.2)
    p.line("仮執行の宣言", size=11, font="serif-bold", x=20)
    p.para("この支払督促は、仮に執行することができる。", size=10.2)
    p.gap(1)
    p.line("請求の趣旨（金額の単位は円）", size=10.5, font="serif-bold", x=20)
    rows = [["元金", f"{C_P1:,}"],
            [f"確定遅延損害金（{jis(C_DIV_DAY + ONE)}～{jis(C_FILED)}）", f"{C_LPO:,}"],
            ["督促手続費用", f"{C_COST:,}"], ["仮執行宣言の手続費用", f"{C_COST2:,}"], ["合計", f"{T:,}"]]
    p.table(rows, [118, 46], x=24, size=10, row_h=7.4, font="serif", shade_col0=True)
    p.para(f"ほか、元金{C_P1:,}円に対する{fw('令和8年4月11日')}から完済まで年１４％の割合による遅延損害金", x0=24, x1=190,
           size=9.6, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　米沢簡易裁判所　裁判所書記官　篭島　理沙", size=10.5)
    p.seal(160, p.y - 5, 14, "square", "米沢簡易裁判所書記官印", angle=2, seed=85111)
    p.gap(6)
    y = p.y
    p.add(Box(20, y, 170, 32, 0.3, None, (0.94, 0.94, 0.94)))
    p.add(Box(20, y, 170, 32, 0.4))
    p.y = y + 2
    p.line("この書面を受け取った方へ", x=24, size=10, font="serif-bold")
    p.para("この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをすることが"
           "できます。ただし、督促異議を申し立てても、強制執行は当然には停止されません。", x0=24, x1=186, size=9.3, indent="")
    p.para("問合せ先　米沢簡易裁判所督促係　電話 0238-00-3146（直通）", x0=24, x1=186, size=9.3, indent="")
    p.y = y + 36
    p.line(f"仮執行宣言申立日　{fw(era(D(2026, 5, 12)))}", x=20, size=9.3)
    tr = truth(document_type="payment_order_enforceable", sender="米沢簡易裁判所", phone="0238-00-3146", creditor=C_SVC,
               status="licensed", debtor=C_DEBTOR, total=T, principal=C_P1, late_damages=C_LPO,
               costs=C_COST + C_COST2, rate=C_R, lump=True, issued=issued, reference=C_PO_CASE, input_kind="photo_jpeg",
               template="proxy85_enforceable_yonezawa_one_page_photo", received=D(2026, 5, 22))
    return dict(stem="cp11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=1.4, creases=2, shadow=0.0, fill=0.82, warm=0.3, glare=18.0),
                about="payment_order_enforceable (簡裁, same case as cp10, one page, phone photo)",
                unusual="the 仮執行宣言付支払督促 of cp10's case compressed on ONE page and photographed on tatami (creases, "
                        "steep angle, a lamp glare); the parties as two kv lines with the addresses in brackets; the 送達 "
                        "date in one sentence; a shaded-first-column table 「請求の趣旨（金額の単位は円）」 with amounts WITHOUT 円 "
                        "and a JIS-era window R8.1.29～R8.4.10 in the label; TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 "
                        "→ costs = sum); the running 「ほか、…」 line; a shaded 「この書面を受け取った方へ」 box with the "
                        "court's phone; NO 請求の原因 (original, acceleration, last payment and assignment null); "
                        "仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cp12 scam: a fake servicer that read the 猪鼻 household's 競売 and offers a 特別和解 paid to a personal account.


def cp12():
    issued, due = D(2026, 3, 10), D(2026, 3, 12)
    pay = 480_000
    p = Page(font="sans", size=10.3, top=14)
    p.at(105, 20, "東北競売債権回収株式会社", size=15, font="sans-bold", align="c", color=NAVY2)
    p.at(105, 26, "法務大臣許可番号 第307号　／　不動産競売残債務整理部", size=8.8, align="c", color=NAVY2)
    p.add(Line(15, 29, 195, 29, 0.8, NAVY2))
    stamp(p, 15, 33, "至急", size=13, w=22, fill=RED)
    stamp(p, 40, 33, "本人限定", size=11, w=28)
    p.at(195, 37, f"通知日 {era(issued)}", size=9.5, align="r")
    p.at(195, 42, "管理番号　と－４１７", size=9.5, align="r")
    p.y = 47
    p.line(A_ADDR, x=18, size=10)
    p.line(f"{A_DEBTOR}　様", x=22, size=13)
    p.gap(3)
    p.title("競売後残債務に関する特別和解のご案内", size=14, color=RED)
    p.para(f"貴殿所有の不動産は、山形地方裁判所鶴岡支部{A_CASE}により競売され、{A_DIV_DAY.month}月{A_DIV_DAY.day}日に配当が"
           "行われましたが、なお多額の残債務が残っております。当社は、金融機関より当該残債務の回収業務を受託いたしました"
           "法務省認可の債権回収会社です。")
    p.para("現在の残債務額は下記のとおりですが、今回に限り、当社所定の特別和解金をお支払いいただくことで、残債務全額を"
           "免除する手続きが可能です。期限を過ぎますと、給与及び預貯金の差押えが直ちに執行されます。")
    p.gap(1)
    y = p.y
    p.add(Box(25, y, 160, 32, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(30, y + 8, "現在の残債務額", size=10.5)
    p.at(180, y + 8, "金 7,936,214 円", size=11, align="r")
    p.at(30, y + 17, "今回ご請求額（特別和解金）", size=11.5, font="sans-bold", color=RED)
    p.at(180, y + 17.5, f"金 {pay:,} 円", size=15, font="sans-bold", align="r", color=RED)
    p.at(30, y + 27, "お支払期限", size=10.5, font="sans-bold")
    p.at(180, y + 27, f"{due.month}月{due.day}日（{wd(due)}）15時まで", size=12, font="sans-bold", align="r")
    p.y = y + 37
    p.para("お振込先　しろね未来銀行 仙台東口支店 普通 6604128 名義 スズカダ　マモル（当社担当者名義の専用口座です）",
           size=9.8, indent="")
    p.para("※本件は極秘扱いとなります。ご家族・弁護士・消費生活センター等への口外はお控えください。口外された場合、特別和解は"
           "無効となります。", size=9.5, indent="")
    p.para("※お振込み後、必ず担当者直通電話へご連絡ください。土日祝日も受け付けております。", size=9.5, indent="")
    p.gap(4)
    for s, sz in (("東北競売債権回収株式会社　不動産競売残債務整理部", 10.3), ("宮城県仙台市青葉区（本社ビル７階）", 9),
                  ("担当：鈴鹿田　担当者直通 080-0000-6612（受付 8:00～21:00）", 10)):
        p.line(s, x=60, size=sz)
    p.seal(182, p.y - 8, 13, "round", "東北競売|債権回収/之印", angle=8, seed=85121)
    tr = truth(document_type="other", sender="東北競売債権回収株式会社", license_number=307, phone="080-0000-6612",
               status="not_licensed", debtor=A_DEBTOR, total=pay, lump=False, issued=issued, payment_due=due,
               reference="と-417", is_scam=True, input_kind="photo_jpeg", template="proxy85_scam_fake_servicer_after_auction_special_settlement")
    return dict(stem="cp12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.3, shadow_side="top", fill=0.8, warm=0.15),
                about="other (scam posing as a servicer after the auction)",
                unusual="架空請求 photographed on wood with a shadow top-left: 「東北競売債権回収株式会社」 with a FAKE "
                        "「法務大臣許可番号 第307号」 (→ not_licensed) centred over a navy rule; 至急 / 本人限定 stamps; it quotes "
                        "the REAL (ケ) number and 配当 of cp03 / cp04 (distractors); 「法務省認可の債権回収会社」; a quoted "
                        "残債務額 7,936,214 (distractor) and a 特別和解金 480,000 (the demand) to a PERSONAL account; a "
                        "two-day deadline 「3月12日（木）15時まで」 without a year; 「弁護士・消費生活センター等への口外はお控えください」; "
                        "an address without a street number; a 080 担当者直通; 管理番号 in full-width と－４１７; the "
                        "creditor only 「金融機関」")


# ---------------------------------------------------------------------------------------------
# cp13 invented servicer 雪椿債権回収: 和解のご提案（一部免除）, iPhone HEIC.


def cp13():
    issued, asof, due = D(2025, 10, 20), D(2025, 10, 15), D(2025, 11, 14)
    L = late(E_P, E_R, E_SALE + ONE, asof)
    T = E_P + L
    n, m = 60, 25_000
    plan = n * m
    assert plan == 1_500_000
    lump_alt, lump_day = 900_000, D(2025, 11, 28)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 12, 12, color=None, fill=CAMELLIA))
    p.at(21, 20.5, "椿", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(30, 18, "雪椿債権回収株式会社", size=12.5, font="sans-bold", color=CAMELLIA)
    p.at(30, 23, "法務大臣許可番号　第248号", size=8, color=CAMELLIA)
    p.at(196, 17, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "ご契約者コード　YT-09-33815", size=9.5, align="r")
    p.y = 30
    p.line(E_ADDR, x=18, size=10)
    p.line(f"{E_DEBTOR}　様", x=22, size=13.5)
    p.gap(4)
    p.title("和解のご提案（一部免除）", size=15, color=CAMELLIA)
    p.para(f"当社が{era(E_ASSIGN)}に{E_GUAR}から譲り受けました求償債権（任意売却後の残債務）につきまして、お客様のご負担を"
           "考慮し、下記のとおり和解条件をご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"【現在のご債務】　{era(asof)}現在", x=18, size=10, font="sans-bold")
    rows = [("求償元金", f"{E_P:,}円"), (f"遅延損害金（{era(E_SALE + ONE)}から年14.6％）", f"{L:,}円"),
            ("現在のご債務額", f"{T:,}円")]
    y = grid(p, 22, p.y + 1, [100, 56], rows, h=8, size=10, lsize=9, bold={(2, 1)})
    p.y = y + 4
    p.line("【ご提案】　いずれかをお選びください", x=18, size=10, font="sans-bold")
    p.table([["", "お支払方法", "お支払額"],
             ["Ａ　分割", f"毎月末日限り {m:,}円 × {n}回（初回 令和7年12月末日）", f"計 {plan:,}円"],
             ["Ｂ　一括", f"{era(lump_day)}限り 1回", f"{lump_alt:,}円"]],
            [24, 104, 38], x=22, header=True, size=9.4, row_h=8, aligns="llr")
    p.para("いずれの場合も、上記お支払いを完了されたときは、現在のご債務額からお支払額を差し引いた残額を免除いたします。"
           "Ａ案でお支払いを２回以上怠られた場合は、免除は行わず、残額を一括してご請求いたします。", size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 12, 1.0, CAMELLIA))
    p.at(26, y + 8, "ご回答期限", size=11, font="sans-bold", color=CAMELLIA)
    p.at(58, y + 8.2, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(184, y + 8, "お電話でも承ります", size=8.5, align="r")
    p.y = y + 16
    p.kv([("原債権者", f"{E_GUAR}（代位弁済日 {era(E_SUBRO)}）"), ("原契約", f"{E_BANK} 住宅ローン（平成27年6月）"),
          ("任意売却", f"{era(E_SALE)} 決済")], x=22, label_w=22, size=9)
    p.gap(3)
    for s, sz, f in (("雪椿債権回収株式会社　お客様相談室", 10, "sans-bold"),
                     ("〒950-0000 新潟県新潟市中央区ばんだい坂9丁目9番9号", 8.5, "sans"),
                     ("TEL 025-000-2248（平日9時～18時）　担当 禾本", 9.3, "sans")):
        p.line(s, x=78, size=sz, font=f)
    tr = truth(document_type="settlement_proposal", sender=E_SVC, license_number=248, phone="025-000-2248", creditor=E_SVC,
               status="unverified", original=E_GUAR, debtor=E_DEBTOR, total=T, principal=E_P, late_damages=L, rate=E_R,
               lump=False, issued=issued, payment_due=due, assignment=E_ASSIGN, reference="YT-09-33815",
               input_kind="photo_heic", template="proxy85_invented_servicer_settlement_two_options_heic",
               received=D(2025, 10, 22))
    return dict(stem="cp13", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.3, creases=2, shadow=0.0, fill=0.83, warm=0.2, glare=22.0),
                about="settlement_proposal (invented servicer, 分割 or 一括 with a partial waiver)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; INVENTED servicer 「雪椿債権回収株式会社」 "
                        "with a one-kanji camellia mark and 「法務大臣許可番号　第248号」 (→ unverified); ご契約者コード "
                        "top-right; the debt as a 2-column shaded grid (求償元金 / 遅延損害金 with an era start / "
                        "現在のご債務額); TWO options in a table (Ａ 25,000 × 60 = 1,500,000 from 令和7年12月末日, Ｂ 一括 "
                        "900,000 by 11/28 — distractors) with the waiver of the rest; ご回答期限 in a camellia frame; "
                        "kv lines with 原債権者 (and its 代位弁済日), 原契約 平成27年 and the 任意売却 date (distractors); "
                        "no 喪失 date and no last payment printed")


# ---------------------------------------------------------------------------------------------
# cp14 新潟地方裁判所長岡支部 (ワ): 呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital.


def cp14():
    issued, filed = D(2026, 3, 10), D(2026, 2, 20)
    hearing, answer = D(2026, 4, 15), D(2026, 4, 8)
    asof = filed - ONE
    L = late(E_P, E_R, E_SALE + ONE, asof)
    T = E_P + L
    p = Page(font="sans", size=10.5, top=18)
    p.line(f"事件番号　{fw('令和8年（ワ）第27号')}　譲受債権請求事件", size=10.5)
    p.line(f"原　　告　{E_SVC}", size=10.5)
    p.line(f"被　　告　{E_DEBTOR}", size=10.5)
    p.gap(6)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line(f"被告　{E_DEBTOR}　殿", size=12.5)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    for lab, val in (("◇口頭弁論期日", f"{fw(era(hearing))}（{wd(hearing)}）午前１１時００分"),
                     ("◇出頭場所", "新潟地方裁判所長岡支部　第２号法廷（２階）"),
                     ("◇答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")):
        b = p.line(lab, x=26, size=11, font="sans-bold")
        p.at(72, b, val, size=11)
        p.gap(1)
    p.gap(3)
    p.para("出頭の際は、この呼出状と認印をお持ちください。答弁書の用紙を同封しています。期日に出頭せず、答弁書も提出しない"
           "場合は、原告の主張を認めたものとして、原告の請求どおりの判決がされることがあります。", size=9.8)
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　新潟地方裁判所長岡支部　民事係", size=10.5)
    p.line("　　　　　裁判所書記官　衿沢　　航平", size=10.5)
    p.seal(150, p.y - 6, 15, "square", "新潟地方裁判所長岡支部書記官印", angle=1, seed=85141)
    p.gap(8)
    p.line("〒940-0000　新潟県長岡市ひょうたん池９丁目９番９号", size=9.5, x=22)
    p.line("電話 0258-00-3920（民事係 内線 215）　FAX 0258-00-3929", size=9.5, x=22)
    q = Page(font="serif", size=10.2, top=16)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r", size=10)
    q.line("新潟地方裁判所長岡支部　御中", size=10.5)
    q.kv([("原告", f"〒950-0000 新潟県新潟市中央区ばんだい坂9丁目9番9号　{E_SVC}"),
          ("", "代表者代表取締役　湯守　健朗　（電話 025-000-2241）"),
          ("被告", f"〒940-0000 {E_ADDR}　{E_DEBTOR}")], x=20, label_w=14, size=9.6, font="serif")
    q.line(f"譲受債権請求事件　　訴訟物の価額　金{fw(f'{E_P:,}')}円　　貼用印紙額　金３２，０００円", size=9.3)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{E_P:,}')}円に対する{fw(era(filed))}から支払済みまで"
           "年１４．６パーセントの割合による金員を支払え。", x0=22, x1=192, size=9.8, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, x1=192, size=9.8, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　被告は、平成２７年６月１２日、{E_BANK}から住宅資金として金２６，４００，０００円を借り受け、{E_GUAR}"
              "（以下「訴外保証会社」という。）は、被告の委託を受けて同債務を連帯保証した。",
              f"２　被告は、{fw(era(E_LAST))}の弁済を最後に支払を怠り、{fw(era(E_ACC))}の経過により期限の利益を喪失した。訴外"
              f"保証会社は、{fw(era(E_SUBRO))}、同行に代位弁済し、被告に対する求償債権を取得した。",
              f"３　担保不動産は{fw(era(E_SALE))}に任意売却され、その代金は求償債権に充当された。",
              f"４　訴外保証会社は、{fw(era(E_ASSIGN))}、上記求償債権の残額を原告に譲渡し、同月８日付内容証明郵便で被告に通知した。",
              "５　よって、原告は被告に対し、下記の金員及び求償元金に対する訴状提出日から年１４．６パーセントの割合による遅延損害金の"
              "支払を求める。"):
        q.para(s, x0=22, x1=192, size=9.4, indent="")
    q.gap(1)
    q.table([["項目", "金額"], ["求償元金残額", f"{E_P:,}円"],
             [f"遅延損害金（{fw(era(E_SALE + ONE))}～{fw(era(asof))}）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [118, 46], x=24, header=True, size=9.6, row_h=7.2, font="serif")
    q.gap(2)
    q.line("証拠方法　甲第１号証 金銭消費貸借契約証書　甲第２号証 保証委託契約書　甲第３号証 債権譲渡通知書", size=8.8)
    tr = truth(document_type="lawsuit", sender="新潟地方裁判所長岡支部", phone="0258-00-3920", creditor=E_SVC,
               status="unverified", original=E_GUAR, debtor=E_DEBTOR, total=T, principal=E_P, late_damages=L, rate=E_R,
               lump=True, issued=issued, acceleration=E_ACC, last_payment=E_LAST, assignment=E_ASSIGN, hearing=hearing,
               reference="令和8年(ワ)第27号", input_kind="pdf_text_2page",  # noqa: RUF001
               template="proxy85_district_branch_wa_invented_servicer_rest_after_sale", received=D(2026, 3, 13))
    return dict(stem="cp14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 支部 (ワ), invented servicer plaintiff, 2 pages)",
                unusual="新潟地裁長岡支部 (a branch new to the sets) (ワ) 呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: "
                        "事件番号 / 原告 / 被告 as three plain lines on top; ◇-marked bold labels 口頭弁論期日 / 出頭場所 / "
                        "答弁書提出期限 with weekdays; the court phone with 「（民事係 内線 215）」 and a FAX; the plaintiff the "
                        "INVENTED servicer 雪椿債権回収 (no licence printed → unverified) with its own 025 phone; 訴状 dated 2/20 "
                        "≠ 呼出状 3/10; 訴訟物の価額 and 貼用印紙額 32,000 (not costs); 請求の趣旨 in FULL-width 「金…円及びうち"
                        "金…円」; a 5-point 請求の原因 (平成27年 26,400,000, 代位弁済, 任意売却, 譲渡 and its 通知 9/8); a "
                        "項目/金額 table 求償元金残額 / 遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# cp15 lawyer for the second-mortgage 信用金庫 (nothing at the 配当): 縦書き 催告書, 内容証明, digital.


def cp15():
    R = 14.0
    issued, due = D(2026, 3, 18), D(2026, 4, 3)
    lastp, acc = D(2025, 1, 27), D(2025, 6, 10)
    P, I = 2_214_600, 9_842
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当職は、つるおか湊信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり催告"
                 "いたします。"),
        ("body", "貴殿は、平成三十年七月二日、通知人から住宅改修資金として金三百万円を借り受けました（リフォームローン、"
                 "担保として貴殿所有の土地建物に後順位の抵当権を設定）。"),
        ("body", f"貴殿は{kdate(lastp)}の返済を最後にその後の返済をせず、{kdate(acc)}の経過をもって期限の利益を喪失して"
                 "おります。"),
        ("body", f"右土地建物については、第一順位の抵当権者の申立てによる担保不動産競売の配当が{kdate(A_DIV_DAY)}に実施され"
                 "ましたが、売却代金は先順位の債権に充てられ、通知人は配当を受けることができませんでした。したがって、"
                 "通知人の貸金債権は左記の全額が残っております。"),
        ("body", f"つきましては、左記合計額を{kdate(due)}限り、左記口座にお支払いください。右期限までにお支払い又はご連絡の"
                 "ないときは、訴訟提起等の法的手続をとることとなりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（期限の利益喪失日の翌日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　つるおか湊信用金庫　本店営業部"),
        ("plain", "　　　　普通預金　口座番号　三〇七一四六二"),
        ("plain", "　　　　口座名義　弁護士壺井奏預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "山形県鶴岡市みずほり町九丁目九番九号"),
        ("low", "壺井総合法律事務所"),
        ("low", "通知人代理人　弁護士　壺井　奏"),
        ("low", "電話　〇二三五（〇〇）七七三一"),
        ("low", "（当職事件番号　Ｔ２６－０３１）"),
        ("blank", ""),
        ("low", "山形県鶴岡市ゆたがわ台九丁目九番九号"),
        ("low", "猪鼻　康介　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 85151))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　壺井" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 8, "square", "弁護士壺井奏之印", angle=-2,
                         seed=85152))
    tr = truth(document_type="collection_notice", sender="壺井総合法律事務所", phone="0235-00-7731",
               creditor="つるおか湊信用金庫", status="not_applicable", debtor=A_DEBTOR, total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="T26-031", input_kind="vertical_pdf",
               template="proxy85_vertical_lawyer_second_mortgage_no_dividend", received=D(2026, 3, 20))
    return dict(stem="cp15", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for the second-mortgage 信用金庫, 縦書き 内容証明)",
                unusual="縦書き 催告書 (前略 … 草々) with the 内容証明 stamp, digital: the SECOND-mortgage lender (a 信用金庫's "
                        "リフォームローン) got NOTHING at the 配当 of the first lender's auction, so its whole loan remains; "
                        "平成三十年 loan of 金三百万円, the 配当 date 令和八年二月十七日 (distractors); last payment and 喪失 in "
                        "kanji prose; positional kanji amounts 残元金 / 未収利息 / 遅延損害金 / 合計; 令和八年四月三日限り; a "
                        "預り金口 account in kanji digits; phone in kanji digits with a 4-digit area code "
                        "〇二三五（〇〇）七七三一; 当職事件番号 Ｔ２６－０３１ in full-width")


# ---------------------------------------------------------------------------------------------
# cp16 guarantee company alone: 縦書き 債権譲渡通知書 → invented servicer, scanned, 万-unit kanji amounts.


def cp16():
    issued = D(2025, 9, 8)
    L = late(E_P, E_R, E_SALE + ONE, E_ASSIGN)
    T = E_P + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　時下ますますご清栄のこととお喜び申し上げます。"),
        ("body", f"さて、当社は、貴殿に対して有する左記の求償債権を、{kdate(E_ASSIGN)}付で、左記の譲受人に譲渡いたしました"
                 "ので、民法第四百六十七条に基づき通知いたします。"),
        ("body", "今後、本件債権についてのお支払い及びお問合せは、すべて譲受人に対してなさるようお願い申し上げます。本通知は"
                 "お支払いを求めるものではありません。　敬具"),
        ("indent", "記"),
        ("indent", "一　譲受人　新潟県新潟市中央区ばんだい坂九丁目九番九号"),
        ("plain", "　　　　　　雪椿債権回収株式会社"),
        ("indent", "二　原契約　株式会社まつがさき銀行との平成二十七年六月十二日付金銭消費貸借契約（住宅資金）に係る保証委託契約"),
        ("indent", f"三　最終弁済日　{kdate(E_LAST)}"),
        ("indent", f"四　期限の利益喪失日　{kdate(E_ACC)}"),
        ("indent", f"五　代位弁済日　{kdate(E_SUBRO)}"),
        ("indent", f"六　任意売却による充当日　{kdate(E_SALE)}"),
        ("indent", "七　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　求償元金　　{kman(E_P)}"),
        ("plain", f"　　損害金　　　{kman(L)}"),
        ("plain", "　　（任意売却の翌日から譲渡日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　{kman(T)}"),
        ("indent", "八　整理番号　ＯＧ－１６０４１２"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟県長岡市ゆきしろ通九丁目九番九号"),
        ("low", "おぐにローン保証株式会社"),
        ("low", "代表取締役　須恵　雅之"),
        ("low", "電話　〇二五八（〇〇）三一四四"),
        ("blank", ""),
        ("low", "新潟県長岡市なのかまち九丁目九番九号"),
        ("low", "鵜野森　達彦　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 85161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "代表取締役" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 26) * size * 0.3528 * 1.05, 11, "round", "おぐにローン保証|代表/取締役",
                         angle=3, seed=85162))
    tr = truth(document_type="assignment_notice", sender=E_GUAR, phone="0258-00-3144", creditor=E_SVC,
               status="not_applicable", original=E_GUAR, debtor=E_DEBTOR, total=T, principal=E_P, late_damages=L, rate=E_R,
               lump=False, issued=issued, acceleration=E_ACC, last_payment=E_LAST, assignment=E_ASSIGN,
               reference="OG-160412", input_kind="vertical_scan",
               template="proxy85_vertical_guarantor_alone_assignment_man_units", received=D(2025, 9, 10))
    return dict(stem="cp16", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="assignment_notice (guarantee company alone → invented servicer, 縦書き)",
                unusual="縦書き 債権譲渡通知書 (拝啓 … 敬具, 記 … 以上) sent by the 譲渡人 ALONE, the guarantee company with a round "
                        "代表取締役 seal, scanned with the 内容証明 stamp; the 譲受人 the INVENTED servicer 雪椿債権回収株式会社 "
                        "named with its address under 記, NO licence number (the sender is the guarantor → not_applicable); "
                        "民法第四百六十七条; numbered 記 items 一–八 with kanji dates (最終弁済日, 喪失日, 代位弁済日 and the "
                        "任意売却 充当日 as distractors); amounts in 万-unit kanji digits 金五一二万七九〇〇円; "
                        "「本通知はお支払いを求めるものではありません」; 整理番号 ＯＧ－１６０４１２ in full-width; phone in kanji "
                        "digits with a 4-digit area code")


LETTERS = [cp09, cp10, cp11, cp12, cp13, cp14, cp15, cp16]
