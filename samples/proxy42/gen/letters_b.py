"""Proxy set 42, letters ay09–ay16: the 桶谷 household at a 農業協同組合 (the 組合長's 一括請求 with the history of the
loan in 平成 / 令和元年 on p.2, ay09, and the earlier 縦書き postcard, ay13); a real servicer's 前略 … 草々 催告書 with its
licence in positional kanji (ay10); the guarantee company's 代位弁済通知 of the 雲類鷲 loan (ay11, the 支払督促 ay04 is the
same debt); the real servicer's 和解書（案） by fax for the 八月一日 debt of ay06 (ay12); a joint 債権譲渡通知 with 拝啓
早春の候 (ay14); a 縦書き scam 「最終通達書」 in 大字 (ay15); the 信用金庫's 抵当権抹消書類のご送付 after the last payment
(ay16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    PageSpec,
    Seal,
    Text,
    VText,
    dyen,
    kd,
    kgo,
    kph,
    kyen,
    late,
    seal_on,
    truth,
    vcheck,
    vletter,
    vsafe,
    wd,
)
from common import (
    KPage as Page,
)
from letters_a import (
    HS_NAME,
    HS_PHONE,
    HZ_ACC,
    HZ_ASSIGN,
    HZ_I,
    HZ_LAST,
    HZ_P,
    HZ_RATE,
    KS_NAME,
    ORIX,
    ORIX_PHONE,
    UR_ACC,
    UR_I0,
    UR_L0,
    UR_LAST,
    UR_P0,
    UR_RATE,
    UR_S,
    UR_SUBRO,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
JA_GREEN = (0.10, 0.42, 0.20)

# --- the 桶谷 household: みすず野農業協同組合, 営農資金（証書貸付）, 平成二十九年 -----------------------------
MJ_NAME = "みすず野農業協同組合"
MJ_PHONE = "026-000-7345"
MJ_LAST = D(2025, 7, 31)
MJ_RATE = 14.0


def era_fw(d: D) -> str:
    return fw(f"令和{d.year - 2018}年{d.month}月{d.day}日")


# ---------------------------------------------------------------------------------------------
# ay09 the 農協's 貸付金一括返済のご請求 (拝啓 大寒の候 … 敬具, 記 … 以上), p.2 the history in 平成 / 令和元年.


def ay09():
    issued, due = D(2026, 1, 23), D(2026, 2, 13)
    warn, acc = D(2025, 12, 10), D(2025, 12, 26)
    P, I = 2_186_000, 21_560
    L = late(P, MJ_RATE, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.at(188, 20, f"み農信{kgo(45)}", size=10, align="r")
    p.at(188, 26, kd(issued), size=10, align="r")
    p.y = 32
    p.line("長野県長野市ふきや通り九丁目九番九号", size=10.5)
    p.line("桶谷　勝彦　様", size=14)
    p.gap(3)
    for i, s in enumerate(("長野県長野市みすず野九丁目九番九号", MJ_NAME, "代表理事組合長　蔦ケ谷　兵衛",
                           f"（担当　信用部融資課　電話 {MJ_PHONE}）")):
        p.at(188, p.y + 5 + i * 5.4, s, size=10.5 if i != 1 else 12, align="r",
             font="serif-bold" if i == 1 else "serif")
    p.add(Seal(181, p.y + 11, 11, "square", "みすず野農業協同組合長之印", angle=-2, seed=42091))
    p.y += 30
    p.title("貸付金の一括返済についてのご請求", size=15, font="serif-bold")
    p.para("拝啓　大寒の候、組合員の皆様にはますますご健勝のこととお喜び申し上げます。平素は当組合の事業に格別のご理解と"
           "ご協力を賜り、厚く御礼申し上げます。")
    p.para(f"さて、貴殿にご利用いただいております営農資金（証書貸付）につきましては、{kd(MJ_LAST)}のご返済を最後に"
           f"約定のご返済がなく、当組合は{kd(warn)}付の催告書によりご返済をお願いいたしましたが、その期限までにご入金が"
           f"ございませんでした。このため、貴殿は貸付契約の定めにより{kd(acc)}の経過をもって期限の利益を喪失されました。")
    p.para(f"つきましては、下記のご請求額を{kd(due, True)}までに、一括してご返済くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [["残元金", f"金{P:,}円"], ["未払利息", f"金{I:,}円"],
            [f"遅延損害金（{kd(acc + timedelta(1)).replace('令和', '')}から年14％）", f"金{L:,}円"],
            ["ご請求額合計", f"金{T:,}円"]]
    p.table(rows, [102, 50], x=29, size=10.5, row_h=8.5, shade_col0=True, font="serif")
    p.gap(3)
    p.kv([("ご返済期限", kd(due, True)), ("お振込先", "みすず野農業協同組合　本所　普通貯金　〇〇五二八八一"),
          ("管理番号", "MS-0881")], x=29, label_w=30)
    p.gap(2)
    p.para("上記期限までにご返済又はご相談がない場合は、保証人様へのご請求及び担保物件（農地・倉庫）に対する法的手続を"
           "開始させていただきますので、あらかじめご承知おきください。ご融資とご返済の経過は裏面（２枚目）のとおりです。",
           size=10)
    p.line("以上", align="r")
    q = Page(font="serif", size=10.5, top=20, left=22, right=22)
    q.title("ご融資とご返済の経過", size=14, font="serif-bold")
    q.line("桶谷　勝彦　様　　管理番号　MS-0881", size=10.5)
    q.gap(3)
    hist = [["年月日", "事　項", "金　額"],
            ["平成二十九年三月十五日", "ご融資（営農資金・証書貸付）", "3,500,000円"],
            ["平成三十一年四月二十六日", "金利見直し（年1.85％）", ""],
            ["令和元年六月二十八日", "返済条件変更（月々のご返済額）", "32,400円"],
            [kd(MJ_LAST), "最終ご返済", "32,400円"],
            [kd(warn), "催告書発送", ""],
            [kd(acc), "期限の利益喪失", ""],
            [kd(issued), "残元金", f"{P:,}円"]]
    q.table(hist, [58, 68, 40], x=22, header=True, size=9.8, row_h=8.5, aligns="llr", font="serif")
    q.gap(4)
    q.para("※年号は当時のものです。平成三十一年四月三十日の翌日から令和元年となりました。", size=9.3, indent="")
    q.para("※遅延損害金は、残元金に対し期限の利益喪失日の翌日から完済の日まで年14％（年365日の日割計算）の割合で"
           "発生いたします。", size=9.3, indent="")
    q.para("※本書に関するお問い合わせは、管理番号をお知らせのうえ信用部融資課までお電話ください。", size=9.3, indent="")
    tr = truth(document_type="collection_notice", sender=MJ_NAME, phone=MJ_PHONE, creditor=MJ_NAME,
               status="not_applicable", debtor="桶谷勝彦", total=T, principal=P, interest=I, late_damages=L,
               rate=MJ_RATE, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=MJ_LAST,
               reference="MS-0881", input_kind="pdf_text_2page",
               template="proxy42_ja_lump_sum_demand_heisei_history", received=D(2026, 1, 26))
    return dict(stem="ay09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (農業協同組合 一括請求 after the 喪失, 2 pages)",
                unusual="a 農協's letter in serif with 拝啓　大寒の候 … 敬具 and 記 … 以上: kanji dates everywhere, the "
                        "文書番号 「み農信第四五号」 in kanji digits (not a reference), the 代表理事組合長 with a square seal top-"
                        "right; the 催告書 date and 「…の経過をもって期限の利益を喪失」 in the prose; a shaded-label table 残元金 / "
                        "未払利息 / 遅延損害金（十二月二十七日から年14％, the era dropped） / ご請求額合計; 保証人 and 農地 threat; "
                        "p.2 ご融資とご返済の経過 in 平成 / 令和元年 dates (融資 3,500,000, 月々 32,400, the 残元金 again) and a "
                        "note on the era change")


# ---------------------------------------------------------------------------------------------
# ay10 real servicer's 催告書 (前略 … 草々), licence in positional kanji, amounts in kanji; scanned image PDF.

SMBC = "SMBC債権回収株式会社"


def ay10():
    issued, due = D(2025, 11, 28), D(2025, 12, 12)
    assign, acc, lastp = D(2025, 9, 30), D(2024, 12, 2), D(2024, 9, 27)
    P, I, R = 1_482_300, 6_215, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    phone = "03-0000-7010"
    p = Page(font="serif", size=10.5, top=16, left=24, right=24)
    p.at(186, 20, kd(issued), size=10.5, align="r")
    p.at(186, 26, "お客様番号　５１０２３３８", size=10.5, align="r")
    p.y = 30
    p.line("東京都世田谷区よしきり台九丁目九番九号", size=10.5)
    p.line("柳平　美津子　殿", size=14)
    p.gap(2)
    for i, s in enumerate(("東京都中央区つきじ浜九丁目九番九号", SMBC, "（法務大臣許可番号　第十号）",
                           f"管理第二部　電話　{phone}")):
        p.at(186, p.y + 4 + i * 5.3, s, size=10.5 if i != 1 else 12, align="r", font="serif-bold" if i == 1 else "serif")
    p.y += 28
    p.title("催　告　書", size=17, font="serif-bold")
    p.para("前略　当社は、株式会社越路銀行が貴殿に対して有していた下記貸金債権を、" + kd(assign) +
           "付で同行から譲り受け、その旨同行から貴殿に通知されているところです。")
    p.para("当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、今日に至るまでお支払いもご連絡もいただいて"
           "おりません。つきましては、本書をもって下記金員のお支払いを催告いたします。")
    p.line("記", align="c")
    x0 = 44
    for lab, val in (("一　原債権者", "株式会社越路銀行"), ("二　ご契約", "平成二十七年十月一日付　カードローン契約"),
                     ("三　期限の利益喪失日", kd(acc)), ("四　最終ご入金日", kd(lastp)), ("五　ご請求金額", "")):
        b = p.line(lab, x=x0)
        if val:
            p.at(100, b, val, size=10.5)
    for lab, val in (("元金", kyen(P)), ("利息", kyen(I)), ("遅延損害金（年十四パーセント）", kyen(L)),
                     ("合計", kyen(T))):
        if lab == "合計":
            p.add(Line(x0 + 6, p.y + 0.6, 180, p.y + 0.6, 0.3))
            p.gap(1.0)
        b = p.line("　　" + lab, x=x0)
        p.at(180, b, val, size=10.5, align="r")
    b = p.line("六　お支払期限", x=x0)
    p.at(100, b, kd(due, True) + "限り", size=11, font="serif-bold")
    b = p.line("七　お振込先", x=x0)
    p.at(100, b, "越路銀行　築地支店　普通預金　四〇一一七二九", size=10.5)
    p.line("以上", align="r")
    p.gap(2)
    p.para("右期限までにお支払い又はご連絡のないときは、やむを得ず法的手続をとらせていただきます。お支払いが困難な場合は、"
           "右期限までに当社管理第二部までご相談ください。", size=10)
    p.line("草々", align="r")
    p.gap(4)
    p.add(Box(24, p.y, 162, 19, 0.3, GRAY))
    p.at(27, p.y + 5.5, "ご注意", size=9.5, font="serif-bold")
    p.at(27, p.y + 11, "当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。", size=9)
    p.at(27, p.y + 16, "当社の社員がご自宅に伺って現金をお預かりすることはございません。", size=9)
    tr = truth(document_type="collection_notice", sender=SMBC, license_number=10, phone=phone, creditor=SMBC,
               status="licensed", original="株式会社越路銀行", debtor="柳平美津子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="5102338", input_kind="pdf_scan",
               template="proxy42_servicer_saikoku_zenryaku_kanji_licence", received=D(2025, 12, 1))
    return dict(stem="ay10", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer 催告書, 前略 … 草々)",
                unusual="★ SMBC債権回収株式会社 writing like an old law office: serif, 前略 … 草々, 記 … 以上, numbered items "
                        "一–七; the licence in POSITIONAL kanji in brackets 「（法務大臣許可番号　第十号）」 (→ 10); every date in "
                        "kanji (平成二十七年 contract as a distractor), every amount in positional kanji right-aligned under "
                        "五　ご請求金額; お客様番号 in full-width digits top-right; the 譲受 date in the prose; the account "
                        "number in kanji digits; scanned to an image-only PDF")


# ---------------------------------------------------------------------------------------------
# ay11 the guarantee company's 代位弁済のご通知 兼 求償金のご請求 (記 … 以上), scanned PNG.


def ay11():
    issued, due = D(2025, 9, 5), D(2025, 9, 19)
    L = late(UR_S, UR_RATE, UR_SUBRO + timedelta(1), issued)
    T = UR_S + L
    phone = "025-000-6180"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.at(188, 20, f"発信日　{era_fw(issued)}", size=10, align="r")
    p.at(188, 26, "保証番号　ＫＪ－０７３５", size=10, align="r")
    p.y = 30
    p.line("〒950-0000　新潟市西区中山道九丁目九番九号", size=10)
    p.line("雲類鷲　健吾　様", size=14)
    p.gap(2)
    for i, s in enumerate(("新潟市中央区信濃川九丁目九番九号", KS_NAME, "債権管理部", f"TEL {phone}　FAX 025-000-6181")):
        p.at(188, p.y + 4 + i * 5.2, s, size=10 if i != 1 else 12, align="r", font="sans-bold" if i == 1 else "sans")
    p.add(Seal(182, p.y + 9, 10, "square", "こしじ信用保証之印", angle=3, seed=42111))
    p.y += 28
    p.title("代位弁済のご通知　兼　求償金のご請求", size=14.5)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para(f"さて、貴殿が令和元年十月十一日に{HS_NAME}からお借入れになりましたご融資につきましては、当社が保証しており"
           f"ましたところ、{era_fw(UR_ACC)}の経過により期限の利益を喪失されましたので、当社は同金庫の請求に基づき"
           f"{era_fw(UR_SUBRO)}、保証債務の履行として下記のとおり代位弁済いたしました。")
    p.para("つきましては、当社が取得いたしました求償債権につき、下記の金額をお支払期限までに一括してお支払いくださいます"
           "ようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.line("１．代位弁済の内容", font="sans-bold")
    p.table([["代位弁済日", era_fw(UR_SUBRO)], ["代位弁済金額", f"{UR_S:,}円"],
             ["（内訳）残元金", f"{UR_P0:,}円"], ["　　　　利息", f"{UR_I0:,}円"], ["　　　　遅延損害金", f"{UR_L0:,}円"],
             ["最終ご返済日", era_fw(UR_LAST)]], [60, 56], x=34, size=10, row_h=7, ruled="grid")
    assert UR_P0 + UR_I0 + UR_L0 == UR_S
    p.gap(3)
    p.line(f"２．ご請求金額（{era_fw(issued)}現在）", font="sans-bold")
    p.table([["求償元金", f"{UR_S:,}円"], [f"損害金（{fw('8月30日')}から年14.6％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [76, 40], x=34, size=10, row_h=7.5, shade_col0=True)
    p.gap(3)
    b = p.line("３．お支払期限", font="sans-bold")
    p.at(80, b, f"{era_fw(due)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.line("４．お振込先　ひめさゆり信用金庫　本店営業部　当座預金　0071126　カ）コシジシンヨウホショウ", size=10)
    p.line("以上", align="r")
    p.gap(2)
    p.para("※求償元金には、代位弁済日の翌日から完済の日まで年14.6％の割合による損害金が加算されます。", size=9.2, indent="")
    p.para("※お支払いのない場合は、支払督促その他の法的手続をとることがあります。", size=9.2, indent="")
    tr = truth(document_type="acceleration_notice", sender=KS_NAME, phone=phone, creditor=KS_NAME,
               status="not_applicable", original=HS_NAME, debtor="雲類鷲健吾", total=T, principal=UR_S, interest=None,
               late_damages=L, rate=UR_RATE, lump=True, issued=issued, payment_due=due, acceleration=UR_ACC,
               last_payment=UR_LAST, reference="KJ-0735", input_kind="scan_png",
               template="proxy42_guarantor_subrogation_kiki_ijo_scan", received=D(2025, 9, 8))
    return dict(stem="ay11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済通知 兼 求償金請求)",
                unusual="the guarantee company's 代位弁済のご通知 (the same debt as the 支払督促 ay04), scanned: 拝啓 … 敬具 "
                        "and 記 … 以上 around two numbered tables — 代位弁済の内容 (代位弁済金額 with its 内訳 残元金 / 利息 / "
                        "遅延損害金 = history) and ご請求金額 (求償元金 / 損害金 / ご請求額合計); full-width era dates; the "
                        "contract date 令和元年十月十一日 in kanji; 発信日 and full-width 保証番号 top-right; TEL and FAX on "
                        "one line; the 信用金庫's account as the payee account (a bank name that is not the creditor)")


# ---------------------------------------------------------------------------------------------
# ay12 the servicer's 和解のご提案 with a 和解書（案） in 大字, 2-page fax (the 八月一日 debt of ay06).


def ay12():
    issued, due, asof = D(2025, 11, 14), D(2025, 12, 5), D(2025, 10, 31)
    L = late(HZ_P, HZ_RATE, HZ_ACC + timedelta(1), asof)
    T = HZ_P + HZ_I + L
    lump_offer, n, inst = 2_500_000, 50, 50_000
    assert n * inst == lump_offer
    fax = "03-0000-5162"
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 12, 181, 20, 0.5))
    p.at(20, 20, "ＦＡＸ送信のご案内", size=13, font="sans-bold")
    p.at(20, 27.5, f"送信日　{era_fw(issued)}　　送信枚数　２枚（本紙含む）", size=9.5)
    p.at(192, 20, "八月一日　正道　様", size=11, align="r")
    p.at(192, 27.5, f"送信元　{ORIX}", size=9.5, align="r")
    p.y = 38
    p.at(196, 40, "お客様番号　OR-25-04417", size=10, align="r")
    p.y = 46
    p.title("和解（分割弁済）のご提案", size=15)
    p.para(f"貴殿に対する債権（原債権者 あさまどり信用組合、{era_fw(HZ_ASSIGN)}当社譲受）につきまして、先日お電話にて"
           "お申し出のありましたご返済方法について検討いたしました結果、下記のとおり和解のご提案を申し上げます。")
    p.line(f"■現在のご債務（{era_fw(asof)}現在）", font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "ご債務総額"], [f"{HZ_P:,}円", f"{HZ_I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 38, 42, 46], x=22, header=True, size=10, row_h=8)
    p.line(f"（最終ご入金日 {era_fw(HZ_LAST)}　期限の利益喪失日 {era_fw(HZ_ACC)}　損害金 年14％）", x=22, size=9)
    p.gap(2)
    p.line("■ご提案の内容", font="sans-bold")
    p.para(f"上記ご債務総額のうち金{lump_offer:,}円をお支払いいただくことにより、残額を免除いたします。お支払いは令和8年"
           f"1月から毎月末日限り金{inst:,}円の{n}回分割とし、期限の利益を2回分以上怠ったときは、免除はなかったものと"
           "いたします（和解書案は2枚目）。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 15, 1.2))
    p.at(27, y + 9.6, "ご回答期限", size=12, font="sans-bold")
    p.at(62, y + 9.8, f"{era_fw(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.y = y + 20
    p.para("ご承諾いただける場合は、2枚目の和解書（案）にご署名・ご捺印のうえ、当社宛てにご返送（FAX可）ください。期限"
           "までにご回答のない場合は、本提案は失効し、ご債務総額を一括してご請求いたします。", size=10)
    p.gap(3)
    for s in (ORIX + "　債権管理部", "法務大臣許可番号第11号", "〒105-0000 東京都港区浜松町9丁目9番9号",
              f"TEL {ORIX_PHONE}（平日9:00～18:00）　FAX {fax}"):
        p.line(s, x=100, size=9.5)
    q = Page(font="serif", size=10.5, top=18)
    q.title("和　解　書　（案）", size=15, font="serif-bold")
    q.para(f"債権者{ORIX}（以下「甲」という。）と債務者八月一日正道（以下「乙」という。）は、甲乙間の債権（原債権者 "
           "あさまどり信用組合）について、本日、次のとおり和解する。")
    for s in (f"第一条　乙は甲に対し、本件債務として{dyen(T)}の支払義務があることを認める。",
              f"第二条　甲は乙に対し、乙が次条の定めに従い{dyen(lump_offer)}を支払ったときは、前条の金額からこれを控除した"
              "残額の支払を免除する。",
              f"第三条　乙は甲に対し、前条の金員を、令和八年一月から令和十二年二月まで、毎月末日限り{dyen(inst)}ずつ"
              f"（{kd(D(2026, 1, 31)).replace('令和八年一月三十一日', '初回令和八年一月三十一日')}）甲の指定する口座に振り込んで支払う。",
              "第四条　乙が前条の分割金の支払を二回分以上怠ったときは、乙は当然に期限の利益を失い、第一条の金額から既払金を"
              "控除した残額及びこれに対する年十四パーセントの割合による遅延損害金を直ちに支払う。",
              "第五条　甲と乙は、本和解書に定めるもののほか、甲乙間に何らの債権債務のないことを相互に確認する。"):
        q.para(s, x0=24, x1=186, indent="")
        q.gap(1)
    q.gap(4)
    q.line("令和　　年　　月　　日", x=30)
    q.gap(3)
    q.line(f"（甲）{ORIX}　代表取締役　鑓水　敦", x=30)
    q.gap(3)
    q.line("（乙）住所　福島市こうじ町九丁目九番九号", x=30)
    q.line("　　　氏名　＿＿＿＿＿＿＿＿＿＿＿＿　　印", x=30)
    tr = truth(document_type="settlement_proposal", sender=ORIX, license_number=11, phone=ORIX_PHONE, creditor=ORIX,
               status="licensed", original="あさまどり信用組合", debtor="八月一日正道", total=T, principal=HZ_P,
               interest=HZ_I, late_damages=L, rate=HZ_RATE, lump=False, issued=issued, payment_due=due,
               acceleration=HZ_ACC, last_payment=HZ_LAST, assignment=HZ_ASSIGN, reference="OR-25-04417",
               input_kind="fax_tiff", template="proxy42_servicer_settlement_daiji_wakaisho_fax", received=issued)
    return dict(stem="ay12", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 ORIX SAIKEN {fax}",
                about="settlement_proposal (real servicer, 和解書（案） in 大字, 2-page fax)",
                unusual="2-page G4 fax of ★ オリックス債権回収 for the debt of ay06: a framed ＦＡＸ送信のご案内 strip, a 4-column "
                        "ご債務 table (元金 / 利息 / 遅延損害金 / ご債務総額 as of 10/31), the 最終ご入金日 / 喪失日 / rate in a "
                        "bracket line, a framed ご回答期限 「…（金）必着」; the offer 2,500,000 in 50 × 50,000 (distractors); p.2 "
                        "a 和解書（案） in serif with 第一条–第五条 and EVERY amount in 大字 (金弐百八拾六万…円, 金弐百五拾万円, "
                        "金五万円), an empty date line 「令和　　年　　月　　日」; licence 「第11号」 in the sender block; TEL and "
                        "FAX")


# ---------------------------------------------------------------------------------------------
# ay13 the 農協's 縦書き postcard 「ご返済のお願い」 (the 桶谷 loan, earlier), phone photo.


def ay13():
    issued, due = D(2025, 10, 10), D(2025, 10, 24)
    P, I = 2 * 27_950, 2 * 4_450
    T = P + I
    assert T == 2 * 32_400
    size, top, bottom = 8.3, 11.0, 141.0
    cols = [
        ("plain", "桶谷　勝彦　様"),
        ("title", "ご返済のお願い"),
        ("body", "拝啓　秋冷の候、ますますご清祥のこととお喜び申し上げます。"),
        ("body", f"さて、営農資金のご返済が、{kd(MJ_LAST)}のご入金を最後に、八月分・九月分の二回分遅れております。"
                 "お忙しいところ恐れ入りますが、左記によりご入金くださいますようお願い申し上げます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"延滞元金　{kyen(P)}"),
        ("indent", f"延滞利息　{kyen(I)}"),
        ("indent", f"合　　計　{kyen(T)}"),
        ("indent", f"お支払期日　{kd(due, True)}"),
        ("indent", "管理番号　ＭＳ－０８８１"),
        ("bottom", "以上"),
        ("plain", "行き違いの節はご容赦ください。"),
        ("low", kd(issued)),
        ("low", MJ_NAME),
        ("low", "信用部融資課"),
        ("low", f"電話　{kph(MJ_PHONE)}"),
    ]
    wrapped = vsafe(cols, size=size, top=top, bottom=bottom)
    em = size * 0.3528
    per_col = int((bottom - top) / (em * 1.05))
    pg = PageSpec(100.0, 148.0, [])
    x, pitch = 92.0, 4.3
    for kind, text in wrapped:
        if kind == "title":
            pg.items.append(VText(x - 0.5, top + em * 1.5, "　".join(text), size * 1.3, "serif-bold", 1.05))
            x -= pitch * 1.5
            continue
        off = {"body": 1, "indent": 2, "plain": 0, "low": 12}.get(kind, 0)
        if kind == "bottom":
            off = per_col - len(text) - 1
        assert off + len(text) <= per_col + 1, text
        pg.items.append(VText(x, top + off * em * 1.05, text, size, "serif", 1.05))
        x -= pitch
    assert x > 5, x
    pg.items.append(Box(4, 4, 92, 140, 0.4, JA_GREEN))
    vcheck([pg])
    tr = truth(document_type="collection_notice", sender=MJ_NAME, phone=MJ_PHONE, creditor=MJ_NAME,
               status="not_applicable", debtor="桶谷勝彦", total=T, principal=P, interest=I, late_damages=None,
               rate=None, lump=False, issued=issued, payment_due=due, last_payment=MJ_LAST, reference="MS-0881",
               input_kind="photo_jpeg", template="proxy42_ja_vertical_postcard_arrears_photo", received=D(2025, 10, 13))
    return dict(stem="ay13", ext="jpg", kind="photo_jpeg", pages=[pg], truth=tr, postcard=True,
                shot=dict(bg="tatami", keystone=0.05, tilt=3.0, fill=0.72, canvas=(1700, 2300), shadow=0.2,
                          shadow_side="bottom", warm=0.3, blur=0.8),
                about="collection_notice (農協 縦書き postcard, arrears, phone photo)",
                unusual="a 縦書き postcard (100×148 mm, green frame) photographed on tatami from a little far with a "
                        "hand shadow at the bottom: the addressee's name as the FIRST column, 拝啓 秋冷の候 … 敬具 and 記 … "
                        "以上 on a postcard; two missed instalments (八月分・九月分) as 延滞元金 / 延滞利息 / 合計 in "
                        "positional kanji; no late damages and no rate (null); お支払期日 with weekday; full-width 管理番号 "
                        "ＭＳ－０８８１; the sender only at the foot of the last columns, phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ay14 joint 債権譲渡及び譲受のご通知 (拝啓 早春の候 … 敬具), consumer lender → real servicer, iPhone HEIC.

AURORA = "アウロラ債権回収株式会社"


def ay14():
    issued, assign = D(2026, 3, 6), D(2026, 2, 27)
    acc, lastp = D(2025, 10, 3), D(2025, 7, 27)
    P, I, R = 386_420, 4_118, 20.0
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    phone = "03-0000-7676"
    p = Page(font="serif", size=10.5, top=18, left=22, right=22)
    p.at(188, 22, kd(issued), size=10.5, align="r")
    p.at(188, 28, "お客様番号　AU-7712093", size=10, align="r")
    p.y = 30
    p.line("東京都八王子市あけぼの坂九丁目九番九号", size=10.5)
    p.line("茂田井　俊夫　様", size=14)
    p.gap(6)
    p.title("債権譲渡及び譲受のご通知", size=16, font="serif-bold")
    p.para("拝啓　早春の候、ますますご清祥のこととお慶び申し上げます。平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"さて、譲渡人株式会社ちくまファイナンスは、貴殿との間の下記契約に基づく債権を、{kd(assign)}付をもって譲受人"
           f"{AURORA}に譲渡いたしましたので、民法第四百六十七条に基づき、連名にてご通知申し上げます。")
    p.para("今後のご返済及びお問い合わせは、譲受人宛てにお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("一、ご契約", "平成二十年九月八日付極度借入基本契約（極度額金五十万円）"),
          ("一、最終ご返済日", kd(lastp)), ("一、期限の利益喪失日", kd(acc)), ("一、譲渡日", kd(assign)),
          ("一、譲渡債権の額", "（譲渡日現在）")], x=28, label_w=42)
    for lab, val in (("元金", f"{P:,}円"), ("利息", f"{I:,}円"), (f"遅延損害金（年{R:g}％）", f"{L:,}円"),
                     ("合計", f"{T:,}円")):
        b = p.line("　　　" + lab, x=28)
        p.at(150, b, val, align="r")
    p.line("以上", align="r")
    p.gap(6)
    y = p.y
    for i, (role, name, who, extra) in enumerate((
            ("譲渡人", "株式会社ちくまファイナンス", "代表取締役　渋木　修", "東京都立川市かんば台九丁目九番九号"),
            ("譲受人", AURORA, "代表取締役　九里　礼子", f"法務大臣許可番号{kgo(76)}"))):
        x = 24 + i * 84
        p.add(Box(x, y, 80, 34, 0.3))
        p.at(x + 3, y + 6, f"（{role}）", size=10)
        p.at(x + 3, y + 13, name, size=11, font="serif-bold")
        p.at(x + 3, y + 19.5, who, size=10)
        p.at(x + 3, y + 26, extra, size=9.5)
        if i:
            p.at(x + 3, y + 31.5, f"電話　{phone}", size=9.5)
        p.add(Seal(x + 68, y + 18, 12, "round", ("ちくまファイナンス" if not i else "アウロラ債権回収") + "|代表/取締役",
                   angle=4 - 8 * i, seed=42141 + i))
    tr = truth(document_type="assignment_notice", sender=AURORA, license_number=76, phone=phone, creditor=AURORA,
               status="licensed", original="株式会社ちくまファイナンス", debtor="茂田井俊夫", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-7712093", input_kind="photo_heic",
               template="proxy42_joint_assignment_haikei_heisei_contract_heic", received=D(2026, 3, 9))
    return dict(stem="ay14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.0, creases=2, fill=0.86, glare=18.0, warm=0.25, blur=0.9),
                about="assignment_notice (joint, consumer lender → real servicer, photo HEIC)",
                unusual="iPhone HEIC on a pale desk with tri-fold creases and a lamp glare: joint 債権譲渡及び譲受のご通知 with "
                        "拝啓　早春の候 … 敬具 and a 記 of 「一、」 lines (every item numbered 一、), kanji dates, the 平成二十年 "
                        "極度借入基本契約 with 極度額 金五十万円 (distractor); amounts in arabic under 譲渡債権の額（譲渡日現在）; "
                        "民法第四百六十七条; the two notifiers in boxes SIDE BY SIDE at the foot with round seals, the "
                        "譲受人 ★ アウロラ債権回収 with 「法務大臣許可番号第七六号」 in kanji digits (→ 76); informs only")


# ---------------------------------------------------------------------------------------------
# ay15 SCAM: 縦書き 「最終通達書」 in 大字 with 萬, a fake 法務大臣許可 in 大字 digits; phone photo.


def ay15():
    issued, due = D(2026, 3, 3), D(2026, 3, 6)
    T = 380_000
    phone = "03-0000-6408"
    cols = [
        ("title", "最終通達書"),
        ("low2", "管理番号　ＣＫ－３０８"),
        ("body", "貴殿が過去に契約された有料動画配信サイトの未納利用料金につき、運営会社より債権の譲渡を受けた当機構が、"
                 "本書をもって最終の通達をいたします。"),
        ("body", "本件につきましては、既に民事訴訟の手続準備に入っており、期日までにご連絡なき場合は、裁判所の判決に基づき"
                 "給与・預貯金・動産の差押えを執行いたします。"),
        ("body", f"訴訟の取下げ及び和解をご希望の方は、{kd(due, True)}正午までに左記担当までご連絡の上、和解金を"
                 "お支払いください。"),
        ("indent", "記"),
        ("indent", "一　和解金　金参拾八萬円"),
        ("indent", f"二　期日　{kd(due, True)}正午まで"),
        ("indent", f"三　連絡先　{kph(phone)}（訴訟取下げ担当）"),
        ("bottom", "以上"),
        ("plain", "※本書は本人限定の重要書類です。ご家族・弁護士等への相談は手続が遅延するためお控えください。"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "日本民事債権回収管理機構"),
        ("low", "法務大臣許可番号第参壱八号"),
        ("low", "東京都千代田区霞が関（合同庁舎内）"),
        ("blank", ""),
        ("low", "千国　絹代　殿"),
    ]
    pages = vletter(cols, size=12.0, pitch=7.6, left_limit=20.0)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(Box(18, 14, 40, 12, 0.8, RED))
    pg.items.append(Text(38, 22.5, "最終通達", 14, "sans-bold", "c", RED))
    seal_on(pg, "日本民事債権回収管理機構", "管理機構", 11, "民事債権回収管理機構之印", seed=42151, angle=6, dx=2.5)
    tr = truth(document_type="other", sender="日本民事債権回収管理機構", license_number=318, phone=phone, creditor=None,
               status="not_licensed", debtor="千国絹代", total=T, lump=False, issued=issued, payment_due=due,
               reference="CK-308", is_scam=True, input_kind="photo_jpeg",
               template="proxy42_scam_vertical_final_notice_daiji_licence", received=None)
    return dict(stem="ay15", ext="jpg", kind="photo_jpeg", pages=pages, truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.5, creases=2, fill=0.82, shadow=0.3, shadow_side="right",
                          bow=6.0, warm=0.35),
                about="other (scam 縦書き 「最終通達書」 in 大字)",
                unusual="架空請求 photographed on wood with creases, a bulge and a hand shadow: written VERTICALLY like an "
                        "official notice, a red framed 「最終通達」 mark; the only amount 「金参拾八萬円」 in 大字 with the old 萬 "
                        "(→ 380,000); 「法務大臣許可番号第参壱八号」 in 大字 DIGITS for the fake 「日本民事債権回収管理機構」 "
                        "(→ 318, not_licensed) with a square seal over its name; address 「霞が関（合同庁舎内）」 without a "
                        "number; a three-day deadline 「令和八年三月六日（金）正午まで」; 「弁護士等への相談は…お控えください」; "
                        "the creditor only 「運営会社」; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ay16 the 信用金庫's 抵当権抹消書類のご送付について (claims nothing), phone photo stored sideways (EXIF 6).


def ay16():
    issued, paid = D(2026, 3, 9), D(2026, 2, 25)
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, kd(issued), size=10.5, align="r")
    p.y = 28
    p.line("新潟県長岡市つばな坂九丁目九番九号", size=10.5)
    p.line("雅楽川　寛　様", size=14)
    p.gap(2)
    for i, s in enumerate(("新潟県長岡市がんぎ通九丁目九番九号", HS_NAME, "融資部　ローンセンター",
                           f"電話　{HS_PHONE}")):
        p.at(186, p.y + 4 + i * 5.3, s, size=10.5 if i != 1 else 12, align="r", font="serif-bold" if i == 1 else "serif")
    p.add(Seal(176, p.y + 9, 10, "square", "ひめさゆり信用金庫融資部印", angle=-3, seed=42161))
    p.y += 28
    p.title("抵当権抹消書類のご送付について", size=15, font="serif-bold")
    p.para("拝啓　早春の候、ますますご清祥のこととお喜び申し上げます。平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、平成十五年六月二日にご契約いただきました住宅ローンにつきましては、{kd(paid)}のお振替をもちまして全額"
           "ご完済となりました。長きにわたり当金庫をご利用いただき、誠にありがとうございました。")
    p.para("つきましては、ご自宅の土地・建物に設定しておりました抵当権の抹消登記に必要な書類を同封いたしますので、ご査収"
           "くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    for s in ("一　抵当権解除証書　　　　　　　　一通",
              f"一　登記済証（平成十五年六月二日受付{kgo(12345)}）　一通",
              "一　委任状（当金庫代表者理事長の記名押印済み）　一通",
              "一　当金庫の代表者事項証明書　　　　一通"):
        p.line(s, x=40)
    p.line("以上", align="r")
    p.gap(3)
    p.add(Box(24, p.y, 162, 42, 0.3, GRAY, SHADE))
    y0 = p.y
    p.at(28, y0 + 6, "ご注意", size=10, font="serif-bold")
    for i, s in enumerate(("・抹消登記のお手続は、お客様ご自身又は司法書士にご依頼のうえ、管轄の法務局で行ってください。",
                           "・代表者事項証明書の有効期間は発行後三か月です。お早めにお手続ください。",
                           "・ご完済時のご返済額、当初ご融資額（金二千二百万円）等はご返済予定表をご確認ください。",
                           "・ご不明な点は、融資管理番号をお知らせのうえ上記ローンセンターまでお問い合わせください。",
                           "　融資管理番号　ＨＳ－１０４７")):
        p.at(28, y0 + 13 + i * 6.2, s, size=9.3)
    p.y = y0 + 46
    tr = truth(document_type="other", sender=HS_NAME, phone=HS_PHONE, creditor=None, status="not_applicable",
               debtor="雅楽川寛", lump=False, issued=issued, last_payment=paid, reference="HS-1047",
               input_kind="photo_exif_rotated", template="proxy42_shinkin_mortgage_release_documents_rotated",
               received=D(2026, 3, 11))
    return dict(stem="ay16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.5, creases=2, fill=0.86, warm=0.15),
                about="other (信用金庫 抵当権抹消書類のご送付, claims nothing)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a dark cloth with creases: the 信用金庫 "
                        "thanks the customer after the LAST PAYMENT (完済 令和八年二月二十五日 → last_payment) and sends the "
                        "抵当権 release papers; 拝啓　早春の候 … 敬具 and a 記 of four 「一」 lines with the 登記済証's "
                        "「平成十五年六月二日受付第一二三四五号」 (a kanji 号 number that is not a reference); 当初ご融資額 "
                        "金二千二百万円 as a distractor; claims nothing (every amount null, creditor null); full-width "
                        "融資管理番号 ＨＳ－１０４７ in a shaded ご注意 box")


LETTERS = [ay09, ay10, ay11, ay12, ay13, ay14, ay15, ay16]
