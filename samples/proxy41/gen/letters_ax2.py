"""Proxy set 41, letters ax09–ax16: "real servicers, look-alikes and scams". 株式会社住宅債権管理回収機構 (real, a
name without 「債権回収」) after an 任意売却 with its licence in small print at the foot (ax09); SMBC債権回収's 和解 offer
by fax (ax10); ニッテレ債権回収's 最終催告 by fax to a sole trader (ax11); an invented servicer's 縦書き 催告書 with the
licence in kanji (ax12); a look-alike scam one dakuten off セゾン債権回収, with fake 法務省認可 wording and a personal
account (ax13); a card company's genuine 一括請求 with registration numbers that are not licences (ax14); a 簡裁 (ハ)
呼出状 for an invented servicer, photographed (ax15); an SMS-like printed slip asking for prepaid cards (ax16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
ONE = timedelta(1)
NAVY2 = (0.10, 0.20, 0.40)
GREEN2 = (0.0, 0.40, 0.30)
CRIMSON = (0.70, 0.05, 0.15)
PURPLE = (0.35, 0.15, 0.45)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ax09 株式会社住宅債権管理回収機構 (real, 第91号 only in SMALL PRINT at the foot): rest of a housing loan after an
#      任意売却; full-width numbers in the table; scanned.


def ax09():
    R = 14.0
    issued, due = D(2026, 1, 27), D(2026, 2, 20)
    acc, lastp, assign, sale = D(2024, 10, 15), D(2024, 8, 26), D(2025, 3, 31), D(2025, 12, 12)
    P = 6_842_117
    L = late(P, R, sale + ONE, issued)
    T = P + L
    p = Page(font="sans", size=9.8, top=14)
    p.at(15, 19, "株式会社住宅債権管理回収機構", size=13, font="sans-bold", color=NAVY2)
    p.add(Line(15, 22, 110, 22, 0.6, NAVY2))
    p.at(196, 17, era(issued), size=9.5, align="r")
    p.at(196, 22.5, "管理番号　JH-0127-5530", size=9.5, align="r")
    window(p, 15, 28, "980-0000", ["宮城県仙台市青葉区あけび台六丁目9番9号"], "鶉橋　和也　様", "ax09win")
    p.y = 74
    p.title("任意売却後の残債務についてのご請求", size=14.5)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。", size=9.6)
    p.para(f"さて、いすか信用金庫から当社が{era(assign)}付で譲り受けました貴殿の住宅ローン債権につきましては、担保物件の"
           f"任意売却（決済日 {era(sale)}）による売却代金を充当いたしましたが、なお下記のとおり残債務がございます。", size=9.6)
    p.para(f"つきましては、下記ご請求額を{era(due)}（{wd(due)}）までに一括してお支払いいただくか、同日までに今後のお支払い"
           "方法について当社へご相談くださいますようお願い申し上げます。", size=9.6)
    p.line("敬具", align="r", size=9.6)
    p.gap(1)
    y = grid(p, 15, p.y, [34, 56, 34, 57], [
        ["原債権者", "いすか信用金庫", "債権譲受日", era(assign)],
        ["最終ご返済日", era(lastp), "期限の利益喪失日", era(acc)],
        ["任意売却決済日", era(sale), "売却代金充当額", "１８，５００，０００円"]], h=7.2, size=8.5, lsize=7.6)
    p.y = y + 4
    p.table([["項目", "金額（円）", "備考"],
             ["残元金", fw(f"{P:,}"), "売却代金充当後"],
             ["遅延損害金", fw(f"{L:,}"), f"{jis(sale + ONE)}～{jis(issued)} 年14.0％"],
             ["ご請求額", fw(f"{T:,}"), f"{era(issued)}現在"]], [44, 50, 87], x=15, header=True, aligns="lrl", size=9.6,
            row_h=8)
    p.gap(3)
    p.para("お振込先　いちじく銀行 仙台支店 普通預金 0127553 カ）ジュウタクサイケンカンリカイシュウキコウ", size=9.0, indent="")
    p.para("※残元金に対し、上記基準日の翌日から完済まで年14.0％（年365日の日割計算）の遅延損害金が発生します。", size=8.6,
           indent="")
    p.para("※期限までにお支払い又はご相談のない場合、支払督促その他の法的手続を検討いたします。", size=8.6, indent="")
    p.para("※ご参考：当初ご融資額 25,800,000円（平成24年3月ご契約）、売却価格 19,200,000円。", size=8.6, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(100, y, 96, 24, 0.3, GRAY))
    for i, (s, sz, f) in enumerate((("お問い合わせ先", 8, "sans"), ("株式会社住宅債権管理回収機構", 9.5, "sans-bold"),
                                    ("東北管理センター　担当　滑川", 8.5, "sans"),
                                    ("TEL 03-0000-9131（平日9:00～17:00）", 9.5, "sans-bold"))):
        p.at(103, y + 5 + i * 5.2, s, size=sz, font=f)
    p.seal(186, y + 12, 12, "square", "住宅債権管理回収機構印", angle=2, seed=41091)
    p.add(Line(15, 280, 196, 280, 0.2, GRAY))
    p.at(105.5, 284, "株式会社住宅債権管理回収機構　〒162-0000 東京都新宿区やまもも通九丁目9番9号　"
                     "（債権管理回収業　法務大臣許可　第９１号）", size=5.8, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9131", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="いすか信用金庫", debtor="鶉橋和也", total=T, principal=P, interest=None, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="JH-0127-5530", input_kind="scan_png",
               template="proxy41_jutaku_kiko_after_voluntary_sale_small_print", received=D(2026, 1, 29))
    return dict(stem="ax09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="collection_notice (real servicer whose name lacks 「債権回収」, after an 任意売却)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 (the trade name has 「債権管理回収」, not 「債権回収」) "
                        "scanned; its licence ONLY in 5.8-pt grey small print at the very foot 「（債権管理回収業　法務大臣許可"
                        "　第９１号）」 in full-width; a 3×2 grid with 原債権者 (a 信用金庫), 債権譲受日, 最終ご返済日, 喪失日, "
                        "任意売却決済日 and 売却代金充当額 18,500,000 (distractor); a 項目 / 金額（円） / 備考 table with "
                        "FULL-WIDTH figures and the window in JIS form R7.12.13～R8.01.27 in the 備考 column; 「一括して"
                        "…又は…ご相談」; 当初ご融資額 25,800,000円 and 売却価格 as distractors")


# ---------------------------------------------------------------------------------------------
# ax10 SMBC債権回収 (real, 「法務大臣許可番号第１０号」 tiny in the fax footer) 和解 offer, 2-page fax: JIS dates.


def ax10():
    R = 18.0
    issued, reply = D(2026, 5, 20), D(2026, 6, 3)
    acc, lastp, assign = D(2025, 6, 11), D(2025, 4, 25), D(2025, 10, 31)
    first = D(2026, 6, 30)
    P, I = 742_650, 18_331
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    settle, n, inst = 600_000, 24, 25_000
    assert inst * n == settle
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 10, 181, 9, color=None, fill=GREEN2))
    p.at(19, 16.4, "SMBC債権回収株式会社", size=11.5, font="sans-bold", color=WHITE)
    p.at(192, 16.4, "FAX送信票 兼 ご提案書", size=9, align="r", color=WHITE)
    p.y = 23
    p.kv([("送信日", jis(issued)), ("宛先", "鱒渕　美穂　様（FAX 0852-00-6618）"), ("送信枚数", "2枚（本紙を含む）"),
          ("お客様番号", "SM-2605-30917")], x=15, label_w=26, sep="：", size=9.2)
    p.y += 2
    p.line("分割弁済（和解）条件のご案内", align="c", size=14, font="sans-bold")
    p.gap(2)
    p.para("先日のお電話でのご相談を受け、ご要望によりFAXにて下記のご提案をお送りいたします。", size=9.4)
    p.para(f"株式会社とびしまファイナンス（原債権者）から当社が{jis(assign)}付で譲り受けました貴殿のご債務（{jis(lastp)}"
           f"最終ご入金、{jis(acc)}期限の利益喪失）は、{jis(issued)}現在、下記のとおりです。", size=9.4)
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（{jis(acc + ONE)}から年18.0％）", f"{L:,}円"],
             ["ご債務残高合計", f"{T:,}円"]], [110, 50], x=25, aligns="lr", size=9.8, row_h=7.4, ruled="rows")
    p.gap(3)
    p.line("【ご提案内容】", size=10.2, font="sans-bold")
    for s in [f"１．和解金額　金{settle:,}円（上記合計のうち遅延損害金の一部を減額いたします）",
              f"２．お支払方法　{jis(first)}を初回とし、以後毎月末日限り金{inst:,}円ずつ、{n}回",
              "３．お支払いを２回以上怠り、その額が金50,000円に達したときは、当然に期限の利益を失い、",
              "　　減額前の残額及び年18.0％の遅延損害金を直ちにお支払いいただきます。"]:
        p.line(s, x=20, size=9.4)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 171, 14, 1.4))
    p.at(25, y + 9, "ご回答期限", size=11, font="sans-bold")
    p.at(60, y + 9.3, f"令和8年6月3日（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("ご承諾いただける場合は、2枚目の和解申込書にご記入・ご捺印のうえ、上記期限までにFAX又はご郵送にてご返送ください。",
           size=9.2, indent="")
    p.gap(2)
    for s, sz in (("SMBC債権回収株式会社　管理第三部　担当　澪田", 9.2), ("〒104-0000 東京都中央区灯台通九丁目9番9号", 8.2),
                  ("TEL 03-0000-1063　FAX 03-0000-1064　（平日9:00～17:30）", 9.2)):
        p.line(s, x=88, size=sz)
    p.add(Line(15, 276, 196, 276, 0.2))
    p.at(196, 280.5, "債権管理回収業　法務大臣許可番号第１０号", size=7.5, align="r")
    q = Page(font="sans", size=9.8, top=16)
    q.line("和　解　申　込　書", align="c", size=15, font="sans-bold")
    q.gap(3)
    q.line("SMBC債権回収株式会社　御中", size=10.5)
    q.gap(2)
    q.para("私は、貴社からご提案のあった下記条件により、和解を申し込みます。なお、私は貴社に対し、本件債務を負担していることを"
           "承認いたします。", size=9.6)
    q.gap(2)
    q.table([["お客様番号", "SM-2605-30917"], ["原債権者", "株式会社とびしまファイナンス"], ["和解金額", f"金{settle:,}円"],
             ["お支払方法", f"毎月末日限り {inst:,}円 × {n}回（初回 {jis(first)}）"], ["最終回", jis(D(2028, 5, 31))]],
            [40, 120], x=25, aligns="ll", size=9.6, row_h=8, shade_col0=True)
    q.gap(6)
    for s in ["申込日　令和　　年　　月　　日", "ご住所　島根県松江市しいの木台三丁目9番9号", "お名前　鱒渕　美穂　　　　　　　　　㊞",
              "お電話　　　　－　　　　－"]:
        q.line(s, x=30, size=10)
        q.gap(3)
    q.gap(4)
    q.para("※本申込書のご返送により、時効の更新（債務の承認）の効果が生じることがあります。ご不明な点はお問い合わせください。",
           size=8.6, indent="")
    q.add(Line(15, 276, 196, 276, 0.2))
    q.at(196, 280.5, "債権管理回収業　法務大臣許可番号第１０号", size=7.5, align="r")
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-1063", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社とびしまファイナンス", debtor="鱒渕美穂", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="SM-2605-30917", input_kind="fax_tiff",
               template="proxy41_servicer_settlement_fax_jis_dates", received=issued)
    return dict(stem="ax10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 SMBC SAIKEN 03-0000-1064",
                about="settlement_proposal (real servicer, 24 instalments, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ SMBC債権回収株式会社 in a green band (white text, binarised) and its "
                        "licence ONLY in a 7.5-pt footer line 「債権管理回収業　法務大臣許可番号第１０号」 on both pages; colon "
                        "kv (送信日： in JIS form R8.05.20, the addressee's own FAX number, お客様番号：); every date in JIS "
                        "form except the heavy-framed ご回答期限 「令和8年6月3日（水）必着」; a rows-ruled table ending in "
                        "ご債務残高合計; the plan (600,000 = 25,000 × 24, first R8.06.30, the 50,000 threshold) as "
                        "distractors; TEL and FAX on one line; p.2 a 和解申込書 with a shaded-label table")


# ---------------------------------------------------------------------------------------------
# ax11 ニッテレ債権回収 (real, 「［債権管理回収業　法務大臣許可　第7号］」 in brackets in the header) 最終催告 by fax to a
#      sole trader, lease claim, one page.


def ax11():
    R = 14.6
    issued, due = D(2026, 7, 7), D(2026, 7, 17)
    acc, lastp, assign = D(2026, 2, 16), D(2025, 12, 26), D(2026, 4, 30)
    P = 1_126_800
    L = late(P, R, acc + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 16, 1.0))
    p.at(19, 18, "ニッテレ債権回収株式会社", size=13, font="sans-bold")
    p.at(19, 23.5, "［債権管理回収業　法務大臣許可　第7号］", size=8.6)
    p.at(192, 17, "大阪管理センター", size=9, align="r")
    p.at(192, 22.5, "TEL 06-0000-7071　FAX 06-0000-7072", size=8.5, align="r")
    p.y = 31
    p.kv([("送信先", "靏田　浩二　様（靏田工業所）　FAX 0256-00-4382"), ("送信日", era(issued)),
          ("ご照会番号", "NT-0707-41138")], x=15, label_w=24, size=9.5)
    p.y += 3
    stamp(p, 15, p.y, "最終", size=13, h=10, fill=RED)
    p.at(105.5, p.y + 7.6, "最 終 催 告 書", size=17, font="sans-bold", align="c")
    p.y += 16
    p.para("貴殿が、うそどりリース株式会社との間で締結されたリース契約（物件：NC旋盤 1台）について、同社は未払リース料の"
           f"不払いを理由に{era(acc)}付で同契約を解除し、その後{era(assign)}付で未払リース料及び規定損害金の債権を当社に譲渡"
           "いたしました。", size=9.6)
    p.para("当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、現在までご入金もご連絡もございません。つきましては、"
           "下記金額の全額を一括して下記期限までにお支払いください。", size=9.6)
    p.gap(1)
    x0, x1 = 30, 180
    rows = [("未払リース料及び規定損害金（元本）", f"{P:,}円"), (f"遅延損害金（{era(acc + ONE)}～本日、年14.6％）", f"{L:,}円"),
            ("ご請求金額", f"{T:,}円")]
    for i, (lab, val) in enumerate(rows):
        b = p.line(lab, x=x0, size=10.2, font="sans-bold" if i == 2 else None)
        p.at(x1, b, val, size=10.2 if i < 2 else 11.5, align="r", font="sans-bold" if i == 2 else "sans")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.5 if i == 1 else 0.15))
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 1.5))
    p.at(35, y + 8.3, "お支払期限", size=11, font="sans-bold")
    p.at(70, y + 8.5, f"{era(due)}（{wd(due)}）午後3時まで", size=12.5, font="sans-bold")
    p.y = y + 17
    p.kv([("最終ご入金日", f"{era(lastp)}（第27回リース料）"), ("月額リース料", "48,950円（60回払）"),
          ("リース契約番号", "UD-R-2022-1187")], x=30, label_w=32, size=9.2)
    p.para("お振込先　いわな銀行 大阪中央支店 当座預金 0704113 ニッテレサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("上記期限までにお支払いのない場合は、何らの通知なく支払督促、訴訟提起等の法的手続をとらせていただきます。"
           "なお、お支払いのご相談は期限までに担当（灘波）までお電話ください。", size=9.2)
    p.gap(6)
    for s_, sz in (("ニッテレ債権回収株式会社　大阪管理センター", 10), ("〒530-0000 大阪市北区石英町九丁目9番9号", 8.5),
                   ("担当　灘波　（受付 平日9:00～18:00）", 9)):
        p.line(s_, x=96, size=sz, font="sans-bold" if sz == 10 else None)
    p.seal(186, p.y - 8, 14, "square", "ニッテレ債権回収株式会社印", angle=-2, seed=41111)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="06-0000-7071", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="うそどりリース株式会社", debtor="靏田浩二", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="NT-0707-41138", input_kind="fax_tiff",
               template="proxy41_servicer_final_demand_fax_lease", received=issued)
    return dict(stem="ax11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 NITTELE OSAKA 06-0000-7072",
                about="collection_notice (real servicer 最終催告, lease claim, one-page fax to a sole trader)",
                unusual="one-page G4 fax to a sole trader (屋号 in brackets after the name, his own FAX number); real "
                        "servicer ★ ニッテレ債権回収株式会社 in a framed header with the licence in SQUARE brackets "
                        "「［債権管理回収業　法務大臣許可　第7号］」; a filled red 「最終」 mark before the spaced title "
                        "「最 終 催 告 書」; a LEASE claim: 未払リース料及び規定損害金（元本） → principal, the 契約解除 date = "
                        "acceleration; amounts on hairline rows; the deadline with 「午後3時まで」; 最終ご入金日 with "
                        "「（第27回リース料）」, 月額リース料 48,950円 and the リース契約番号 as distractors; TEL and FAX in "
                        "the header")


# ---------------------------------------------------------------------------------------------
# ax12 invented servicer 雲雀丘債権回収 (licence in KANJI 「法務大臣許可第二百六十一号」) 縦書き 催告書, scanned.


def ax12():
    R = 18.0
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    acc, lastp, assign = D(2025, 8, 8), D(2025, 6, 27), D(2025, 12, 25)
    P, I = 384_950, 6_021
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　貴殿が浜木綿クレジット株式会社との間で締結したキャッシング契約に基づく貸金債権は、"
                 f"{kdate(assign)}付で当社が同社から譲り受けました。"),
        ("body", "貴殿は令和七年六月二十七日の返済を最後にその後の返済を怠り、" + kdate(acc) + "の経過により期限の利益を"
                 "喪失しております。"),
        ("body", f"よって当社は貴殿に対し、左記金員を{kdate(due)}限り一括してお支払いいただくよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　{kyen(P)}"),
        ("indent", f"二　利息　　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年八月九日から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", "期限までにお支払いがないときは、法的手続をとりますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "札幌市北区しいの木台八条九丁目九番九号"),
        ("low", "雲雀丘債権回収株式会社"),
        ("low", "法務大臣許可第二百六十一号"),
        ("low", "代表取締役　潮来　晃"),
        ("low", "電話　〇一一（〇〇〇）二六一四"),
        ("low", "お客様番号　ＨＢ－２６１－０４４７"),
        ("blank", ""),
        ("low", "北海道江別市なつめ台三丁目九番九号"),
        ("low", "槇之内　修　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s == "雲雀丘債権回収株式会社"]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 15) * size * 0.3528 * 1.05, 12, "square", "雲雀丘債権回収株式会社之印",
                         angle=-3, seed=41121))
    tr = truth(document_type="collection_notice", sender="雲雀丘債権回収株式会社", license_number=261,
               phone="011-000-2614", creditor="雲雀丘債権回収株式会社", status="unverified",
               original="浜木綿クレジット株式会社", debtor="槇之内修", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HB-261-0447", input_kind="vertical_scan",
               template="proxy41_invented_servicer_vertical_kanji_licence", received=D(2026, 2, 18))
    return dict(stem="ax12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (invented servicer, 縦書き 催告書, licence in kanji)",
                unusual="縦書き 催告書 (前略 … 草々) of an INVENTED servicer 「雲雀丘債権回収株式会社」, scanned, no 内容証明 "
                        "stamp; its licence in KANJI in the sender block 「法務大臣許可第二百六十一号」 (→ 261, not in the "
                        "registry → unverified); the 譲受 date, the last payment and the 喪失 in kanji in the prose; "
                        "positional kanji amounts; 「年十八パーセント」; deadline 「令和八年三月二日限り」; phone in kanji "
                        "digits; full-width お客様番号 ＨＢ－２６１－０４４７ whose middle digits repeat the licence number")


# ---------------------------------------------------------------------------------------------
# ax13 scam: 「セソン債権回収株式会社」 — ONE DAKUTEN off セゾン債権回収 — prints the real 第34号 and 「法務省認可」, asks for
#      payment to a PERSONAL account; photographed.


def ax13():
    issued, due = D(2026, 4, 6), D(2026, 4, 8)
    T = 186_400
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "セソン債権回収株式会社", size=14, font="sans-bold", color=CRIMSON)
    p.at(15, 25.5, "法務省認可・法務大臣許可番号第34号", size=8.5, color=CRIMSON)
    p.at(196, 19, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 24.5, "管理番号　SS-40622", size=9.5, align="r")
    stamp(p, 150, 29, "重要", size=12, h=9, fill=RED)
    stamp(p, 172, 29, "本人限定", size=10, h=9)
    p.y = 34
    p.line("〒330-0000　埼玉県さいたま市浦和区水晶町二丁目9番9号", size=9.8)
    p.line("弓納持　沙耶　様", size=13.5)
    p.gap(5)
    p.title("債権移行に伴う最終ご請求のお知らせ", size=15, color=CRIMSON)
    p.para("当社は法務省の認可を受けた正規の債権回収会社です。このたび、貴殿がご利用になった大手通信販売サイト及び有料"
           "動画サービスの未払料金について、運営会社より債権の移行（譲渡）を受けましたのでお知らせいたします。", size=9.8)
    p.para("本件はすでに法的手続の準備段階に入っております。下記期限までにお支払い又はご連絡がない場合、民事訴訟を提起し、"
           "給与及び預貯金の差押えを執行いたします。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 30, 1.2, CRIMSON))
    p.at(30, y + 8, "ご請求金額", size=11, font="sans-bold", color=CRIMSON)
    p.at(180, y + 9, f"￥{T:,}", size=18, font="sans-bold", align="r", color=CRIMSON)
    p.at(30, y + 17, "（未納料金・延滞金・債権移行手数料を含みます）", size=8)
    p.at(30, y + 25, "お支払期限", size=11, font="sans-bold", color=CRIMSON)
    p.at(180, y + 25.5, f"{era(due)}（{wd(due)}）午後3時まで", size=12.5, font="sans-bold", align="r", color=CRIMSON)
    p.y = y + 36
    p.line("お支払先（回収担当者口座）", size=10, font="sans-bold")
    p.para("しまふくろう信用組合 本店 普通預金 0046221　口座名義 テンガン　ショウタ", size=9.8, indent="　")
    p.para("※情報保護のため、当社担当者個人名義の口座にてお受けしております。お振込後は必ず担当までご連絡ください。", size=8.8,
           indent="　")
    p.gap(2)
    p.para("【ご注意】本件は個人情報に関わるため、ご家族、弁護士、消費生活センター等への口外はお控えください。第三者が介入"
           "された場合、和解のご相談には応じかねます。", size=9.0, indent="")
    p.gap(4)
    for s, sz, f in (("セソン債権回収株式会社　法務管理部", 10, "sans-bold"),
                     ("東京都豊島区東池袋三丁目（サンシャイン60内）", 8.5, "sans"),
                     ("お問合せ（代表）03-0000-3434　受付 毎日9:00～21:00", 9.5, "sans"),
                     ("担当直通　080-0000-1934（苗場）", 9.5, "sans")):
        p.line(s, x=95, size=sz, font=f)
    p.seal(186, p.y - 14, 12, "round", "セソン債権回収|代表/之印", seed=41131)
    tr = truth(document_type="other", sender="セソン債権回収株式会社", license_number=34, phone="03-0000-3434",
               creditor=None, status="not_licensed", original=None, debtor="弓納持沙耶", total=T, lump=False,
               issued=issued, payment_due=due, reference="SS-40622", is_scam=True, input_kind="photo_jpeg",
               template="proxy41_scam_lookalike_one_dakuten_personal_account", received=None)
    return dict(stem="ax13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.4, creases=2, shadow=0.3, shadow_side="bottom", fill=0.86,
                          warm=0.25),
                about="other (scam, look-alike name one dakuten off a real servicer)",
                unusual="架空請求 photographed on a pale desk with creases and a hand shadow at the bottom: 「セソン債権回収株式会社」 "
                        "is ONE DAKUTEN off the real セゾン債権回収 (ソ for ゾ) and prints the REAL company's number in "
                        "「法務省認可・法務大臣許可番号第34号」 (→ is_scam, not_licensed); an address imitating the real one "
                        "「東池袋三丁目（サンシャイン60内）」 without a number; 大手通信販売サイト / 有料動画サービス (creditor "
                        "null); the total ￥186,400 with 「債権移行手数料を含みます」 and no breakdown; a 2-day deadline with "
                        "午後3時; a PERSONAL account 「回収担当者口座」; 「弁護士、消費生活センター等への口外はお控えください」; "
                        "open every day; a 080 担当直通 beside the 03 代表")


# ---------------------------------------------------------------------------------------------
# ax14 card company (not a servicer) genuine 一括請求: registration numbers of a 貸金業者 / 割賦販売業者, not licences.


def ax14():
    R = 14.6
    issued, due = D(2026, 6, 19), D(2026, 7, 3)
    acc, lastp = D(2026, 4, 27), D(2026, 2, 27)
    P, I = 221_340, 4_895
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(0, 0, 210, 8, color=None, fill=PURPLE))
    p.at(15, 17, "STERLING CARD", size=14, font="sans-bold", color=PURPLE)
    p.at(15, 22, "スターリングカード株式会社", size=8.5, color=PURPLE)
    p.at(196, 16, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 21.5, "お問合せ番号　ST-0619-2217", size=9.5, align="r")
    window(p, 15, 28, "520-0000", ["滋賀県大津市やまもも通二丁目9番9号"], "姥山　大輔　様", "ax14win")
    p.y = 74
    p.title("ご利用代金のご一括請求について", size=14.5, color=PURPLE)
    p.para("いつもスターリングカードをご利用いただき、ありがとうございます。", size=9.6)
    p.para(f"お客様のカードご利用代金は、{era(lastp)}のお引落しを最後にお支払いが確認できず、再三のご案内にもかかわらず"
           f"ご入金がないため、会員規約第21条により{era(acc)}をもって期限の利益を喪失されました。つきましては、下記金額を"
           f"{era(due)}（{wd(due)}）までに一括してお支払いください。", size=9.6)
    p.gap(2)
    p.table([["ご利用残高（元金）", "手数料・利息", "遅延損害金", "お支払金額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [48, 42, 42, 49], x=15, header=True, aligns="rrrr",
            size=10, row_h=8.5)
    p.line(f"※遅延損害金はご利用残高に対し{era(acc + ONE)}から{era(issued)}まで年14.6％で計算しています。", x=15, size=8)
    p.line("※ご利用残高の内訳　ショッピング 168,540円／キャッシング 52,800円", x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.6, PURPLE, (0.96, 0.93, 0.98)))
    p.at(20, y + 6.5, "お支払期限", size=9, font="sans-bold", color=PURPLE)
    p.at(20, y + 13, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(120, y + 6.5, "お振込先", size=9, font="sans-bold", color=PURPLE)
    p.at(120, y + 11.3, "いちじく銀行 大津支店 普通 7706218", size=8.5)
    p.at(120, y + 15, "スターリングカード（カ", size=8.5)
    p.y = y + 21
    p.para("期限までにお支払いのない場合は、当社の委託する債権回収会社又は弁護士から、ご連絡を差し上げることがございます。"
           "また、法的手続をとらせていただく場合がございます。", size=9.2)
    p.para("カード会員番号　4980-****-****-2217（ご利用停止中）　／　ご利用可能枠 300,000円", size=8.6, indent="")
    qr(p, 176, 226, 18, "ax14qr")
    p.at(185, 247, "お支払方法", size=6.5, align="c")
    p.y = 236
    for s, sz in (("スターリングカード株式会社　債権管理センター", 9.5), ("ナビダイヤル 0570-000-488（9:30～17:30 日祝休）", 9.0),
                  ("〒541-0000 大阪市中央区いちじく通九丁目9番9号", 8.0),
                  ("貸金業登録番号 近畿財務局長(6)第00731号　日本貸金業協会会員第001944号", 7.0),
                  ("包括信用購入あっせん業者登録番号 近畿(包)第48号", 7.0)):
        p.line(s, x=15, size=sz)
    tr = truth(document_type="collection_notice", sender="スターリングカード株式会社", phone="0570-000-488",
               creditor="スターリングカード株式会社", status="not_applicable", debtor="姥山大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="ST-0619-2217", input_kind="photo_jpeg",
               template="proxy41_card_company_lump_sum_registration_numbers", received=D(2026, 6, 22))
    return dict(stem="ax14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=1.6, creases=2, shadow=0.35, shadow_side="right", fill=0.84),
                about="collection_notice (card company's own 一括請求, not a servicer)",
                unusual="phone photo on wood with creases and a hand shadow on the right: a card company's own 一括請求 in "
                        "purple with a Latin logo 「STERLING CARD」 over the small legal name; 会員規約第21条 acceleration; "
                        "a 4-column one-row table ご利用残高（元金） / 手数料・利息 / 遅延損害金 / お支払金額 and the split "
                        "ショッピング / キャッシング in a ※ line; the due date and the account in one tinted box; a 0570 "
                        "ナビダイヤル; THREE registration numbers (貸金業登録番号 近畿財務局長(6)…, 日本貸金業協会会員第…号, "
                        "包括信用購入あっせん業者登録番号 近畿(包)第48号) that are NOT servicer licences; 「当社の委託する債権"
                        "回収会社…から、ご連絡」 (none named); masked card number and ご利用可能枠 300,000円; QR")


# ---------------------------------------------------------------------------------------------
# ax15 延岡簡裁 (ハ) 第1回口頭弁論期日呼出状及び答弁書催告状 with the 請求の要旨 on the same page; plaintiff an invented
#      servicer (むささび債権回収, no number on court papers); iPhone HEIC.


def ax15():
    R = 18.0
    issued, hearing, answer, filed = D(2026, 7, 1), D(2026, 8, 5), D(2026, 7, 29), D(2026, 6, 15)
    acc, lastp, assign = D(2025, 9, 3), D(2025, 7, 25), D(2025, 12, 19)
    P, I = 612_000, 11_487
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=16)
    p.at(196, 18, "令和８年（ハ）第１５６号　譲受債権請求事件", size=9.6, align="r")
    p.at(196, 23.5, "原告　むささび債権回収株式会社", size=9.6, align="r")
    p.at(196, 29, "被告　渟田　智子", size=9.6, align="r")
    p.y = 36
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", align="c", size=14, font="serif-bold")
    p.gap(2)
    p.line("渟田　智子　殿", x=18, size=11.5)
    p.gap(1)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日"
           "に出頭してください。また、答弁書を下記期限までに提出してください。", x0=18, x1=192)
    p.table([["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"], ["場　所", "延岡簡易裁判所　第１号法廷（２階）"],
             ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [40, 132], x=18, aligns="ll", size=10,
            row_h=8.5, shade_col0=True)
    p.gap(2)
    p.para("（注意）期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして、原告の請求どおりの判決が言い"
           "渡されることがあります。", x0=18, x1=192, size=9, indent="")
    p.gap(1)
    p.line(f"{fw(era(issued))}", x=30)
    p.line("延岡簡易裁判所民事係　裁判所書記官　浜　砂　由　紀", x=72)
    p.line("電話　０９８２－００－１５６３（直通）", x=72, size=9.5)
    p.seal(186, p.y - 10, 12, "square", "延岡簡易裁判所書記官印", seed=41151)
    p.gap(3)
    p.add(Line(18, p.y, 192, p.y, 0.4))
    p.gap(2)
    p.line("【訴状の要旨】（訴状副本を同封しています）", x=18, size=10.5, font="serif-bold")
    p.para(f"請求の趣旨　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + ONE))}から支払済みまで年"
           "１８％の割合による金員を支払え。訴訟費用は被告の負担とする。との判決並びに仮執行宣言を求める。", x0=18, x1=192,
           size=9.4, indent="")
    p.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + ONE))}～{fw(era(filed))}）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [118, 46], x=26, aligns="lr", size=9.2, row_h=6.8, ruled="rows")
    p.para(f"請求の原因　株式会社尾長ファイナンスは、令和5年2月10日、被告に対し金800,000円を貸し付けた。被告は{fw(era(lastp))}"
           f"の弁済を最後に支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。同社は{fw(era(assign))}、本件債権を原告に"
           "譲渡し、被告にその旨通知した。", x0=18, x1=192, size=9.2, indent="")
    p.para(f"（訴え提起日　{fw(era(filed))}　原告　宮崎市むべ町九丁目9番9号　むささび債権回収株式会社　電話 0985-00-7720）",
           x0=18, x1=192, size=8.2, indent="")
    tr = truth(document_type="lawsuit", sender="延岡簡易裁判所", phone="0982-00-1563",
               creditor="むささび債権回収株式会社", status="unverified", original="株式会社尾長ファイナンス",
               debtor="渟田智子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing,
               reference="令和8年(ハ)第156号", input_kind="photo_heic",
               template="proxy41_summons_invented_servicer_plaintiff_one_page", received=D(2026, 7, 3))
    return dict(stem="ax15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.9, creases=2, glare=28, fill=0.86, warm=0.3),
                about="lawsuit (簡裁 (ハ), invented servicer plaintiff, one page)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a real court new to the sets (延岡簡裁) "
                        "with the case number, 原告 and 被告 flush right at the top; the 期日 / 場所 / 答弁書提出期限 as a "
                        "shaded-label table (the 答弁書 deadline 7/29 is not the hearing 8/5); the plaintiff an INVENTED "
                        "servicer 「むささび債権回収株式会社」 (no licence on court papers, not in the registry → unverified); "
                        "【訴状の要旨】 on the same page: 請求の趣旨 「金…及びうち金…」 and a rows-ruled 残元金 / 未払利息 / "
                        "遅延損害金 / 合計 table; 請求の原因 with 800,000円 and 令和5年 as distractors; the 訴え提起日 and the "
                        "plaintiff's 0985 phone in a small bracket line")


# ---------------------------------------------------------------------------------------------
# ax16 scam: an SMS-like printed slip (posted in the mailbox) asking for PREPAID cards; photo stored sideways (EXIF 6).


def ax16():
    issued, due = D(2026, 5, 26), D(2026, 5, 27)
    T = 29_800
    W, H = 148, 105
    p = Page(w=W, h=H, font="sans", size=8.5, left=8, right=8, top=7, leading=1.45)
    p.add(Box(5, 5, W - 10, H - 10, 0.4, GRAY))
    p.add(Box(5, 5, W - 10, 9, color=None, fill=(0.86, 0.92, 0.98)))
    p.at(9, 11.3, f"メッセージ通知（再送）　{issued.year}/{issued.month:02d}/{issued.day:02d}({wd(issued)}) 09:12", size=7.2)
    p.at(W - 9, 11.3, "No.E-77104", size=7.2, align="r")
    p.y = 18
    msg = [("【重要】ご利用料金未納のお知らせ", True), ("鍬先 亮太 様", True),
           ("デジタルコンテンツご利用料金が未納となっております。", False),
           ("未納金額：29,800円", True), (f"お支払期限：5月27日({wd(due)})18時", True),
           ("期限までにお支払いなき場合、法的措置（少額訴訟）へ移行し、", False), ("延滞手数料・調査費用が加算されます。", False),
           ("■お支払方法", True), ("お近くのコンビニで電子マネー（プリペイドカード）を", False),
           ("29,800円分ご購入のうえ、カード裏面の番号を下記担当へお電話で", False), ("お伝えください。", False),
           ("■受付番号 E-77104　担当：月島", False), ("■お問合せ 050-0000-2841（年中無休 8:00～22:00）", True),
           ("一般社団法人 電子料金債権管理協会", True), ("（法務省認定 債権回収業者加盟）", False)]
    for s, b in msg:
        p.line(s, x=10, size=8.4, font="sans-bold" if b else "sans")
    tr = truth(document_type="other", sender="一般社団法人電子料金債権管理協会", license_number=None,
               phone="050-0000-2841", creditor=None, status="not_licensed", original=None, debtor="鍬先亮太", total=T,
               lump=False, issued=issued, payment_due=due, reference="E-77104", is_scam=True,
               input_kind="photo_exif_rotated", template="proxy41_scam_sms_like_slip_prepaid_cards", received=None)
    return dict(stem="ax16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, postcard=True,
                orientation=6,
                shot=dict(canvas=(2300, 1700), bg="tatami", keystone=0.04, tilt=2.8, shadow=0.3, shadow_side="bottom",
                          fill=0.82, blur=0.85),
                about="other (scam, SMS-like printed slip, prepaid cards)",
                unusual="a landscape A6 slip printed to look like a text message (a pale-blue 「メッセージ通知（再送）」 bar with "
                        "a slash timestamp 2026/05/26(火) 09:12 and No.E-77104; short lines; 【重要】; 「様」 after the "
                        "name with a half-width space), photographed on tatami and stored sideways with EXIF orientation 6; "
                        "「デジタルコンテンツご利用料金」 (creditor null); 未納金額 29,800円; a month-day deadline with an hour "
                        "「5月27日(水)18時」; payment by PREPAID electronic-money cards whose numbers are read out by phone; "
                        "a 050 number open every day; signed 「一般社団法人 電子料金債権管理協会」 with "
                        "「（法務省認定 債権回収業者加盟）」 (fake wording, no number → licence null, not_licensed)")


LETTERS = [ax09, ax10, ax11, ax12, ax13, ax14, ax15, ax16]
