"""Proxy set 11, letters y09–y16: a guarantee company's 代位弁済通知 with a 大字 headline and a relative deadline (scan),
an invented servicer's settlement offer on a debt last paid in 平成27年 (phone photo), a real servicer's instalment offer
by fax with a reply slip, a 支払督促 (秋田簡裁, HEIC), a 仮執行宣言付支払督促 (釧路簡裁, EXIF 8), a 地方裁判所 (ワ)
呼出状 + 訴状 against a borrower and his guarantor, a scam postcard and a scam SMS on a phone screen."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, late, leader, truth, wd

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Line

fw = fullwidth
WINE = (0.50, 0.10, 0.22)
SLATE = (0.22, 0.30, 0.38)
SHADE = (0.92, 0.92, 0.92)
PALE = (0.97, 0.95, 0.92)
WHITE = (1.0, 1.0, 1.0)
DARK = (0.08, 0.08, 0.10)


def dj(n: int) -> str:
    return "金" + kanji_number(n, daiji=True) + "円"


def fk(n: int) -> str:
    return fw(f"{n:,}円")


# ---------------------------------------------------------------------------------------------
# y09 保証会社 代位弁済通知 (scan): a 大字 headline ご請求金額 金…円也, a ruled 3-column table, the bank's split as
#     history; deadline only relative (本書到達後7日以内) → payment_due null.


def y09():
    R = 14.6
    BP, BI = 1_248_900, 14_580
    P = BP + BI
    iss = D(2026, 1, 30)
    L = late(P, R, D(2025, 11, 15), iss)
    T = P + L
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和８年１月３０日", align="r")
    p.line("求償債権番号　HM-25-30417", align="r", size=9.5)
    p.line("〒010-0000　秋田県秋田市せんしゅう公園九丁目9番9号", size=9.5)
    p.line("犬養　俊彦　殿", size=14)
    p.gap(2)
    top = p.y
    p.line("株式会社ほむら信用保証", x=124, size=12, font="serif-bold")
    p.line("代表取締役　保科　忠義", x=124, size=9.5)
    p.line("札幌市北区きたじゅう九丁目9番9号", x=124, size=8.5)
    p.line("求償管理室　電話 011-000-6640", x=124, size=9.5)
    p.seal(186, top + 5, 13, "round", "ほむら信用保証|代表取締役/之印", angle=-6, seed=12901)
    p.gap(6)
    p.title("代位弁済のご通知及び求償金のご請求", size=15, font="serif-bold")
    p.para("貴殿が株式会社こがらし銀行（以下「銀行」）との間で令和３年４月１６日に締結されたマイカーローン契約につき、"
           "当社は貴殿のご依頼により保証人となっております。")
    p.para("貴殿は令和７年６月２７日のご返済を最後にその後のご返済を怠られ、銀行に対する期限の利益を令和７年１０月６日に"
           "喪失されました。このため当社は、保証委託契約に基づき、令和７年１１月１４日、銀行に対して貴殿の債務を代位弁済"
           "いたしましたので、ご通知いたします。")
    p.para("つきましては、当社が取得した求償債権として、下記の金額を本書到達後７日以内に一括してお支払いください。"
           "期限内にお支払いがない場合は、法的措置を講じます。")
    p.gap(3)
    y = p.y
    p.box(34, y, 142, 16, width=1.0)
    p.at(105, y + 10.5, f"ご請求金額　　{dj(T)}也", size=13, font="serif-bold", align="c")
    p.y = y + 22
    p.table([["項　目", "金　額", "摘　要"],
             ["求償元金", f"{P:,}円", "代位弁済額（ローン元金1,248,900円・利息14,580円）"],
             ["遅延損害金", f"{L:,}円", "令和7年11月15日～令和8年1月30日　年14.6％"],
             ["合　計", f"{T:,}円", ""]], [32, 36, 102], x=20, header=True, aligns="lrl", size=10, row_h=9)
    p.gap(3)
    p.kv([("代位弁済日", "令和７年１１月１４日"), ("ご融資額（当初）", "2,100,000円（84回払い・月額26,400円）"),
          ("お振込先", "こがらし銀行　本店営業部　普通預金　4470918　カ）ホムラシンヨウホショウ")],
         x=24, label_w=36, sep="：", size=9.5)
    p.gap(3)
    p.para("※令和８年１月３１日以降も、求償元金に対し年14.6％の割合による遅延損害金が発生します。", size=9, indent="")
    p.para("※お支払いについてのご相談は、上記求償管理室までお電話ください（平日9:00～17:00）。", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社ほむら信用保証", phone="011-000-6640",
               creditor="株式会社ほむら信用保証", status="not_applicable", original="株式会社こがらし銀行",
               debtor="犬養俊彦", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=iss,
               payment_due=None, acceleration=D(2025, 10, 6), last_payment=D(2025, 6, 27), reference="HM-25-30417",
               input_kind="scan_png", template="proxy11_subrogation_daiji_headline_relative", received=D(2026, 2, 2))
    return dict(stem="y09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.3,
                about="acceleration_notice (guarantee company 代位弁済, relative deadline)",
                unusual="car-loan guarantor's 代位弁済のご通知及び求償金のご請求, scanned; a framed 大字 headline 「ご請求金額 "
                        "金壱百弐拾…円也」 above a ruled 3-column table (求償元金 with the bank's ローン元金/利息 split in the "
                        "摘要 = history, 遅延損害金, 合計); the deadline is only RELATIVE 「本書到達後７日以内」 → payment_due "
                        "null; 代位弁済日 and 当初ご融資額 2,100,000 / 月額 26,400 as distractors; full-width and ASCII digits "
                        "mixed")


# ---------------------------------------------------------------------------------------------
# y10 invented servicer つゆくさ債権回収 (第181号) settlement offer on a debt last paid in 平成27年 (phone photo): JIS
#     平成 dates, ONE row of amounts, two offers as distractors.


def y10():
    R = 20.0
    P, INT = 412_800, 38_521
    iss, due = D(2026, 4, 17), D(2026, 5, 8)
    L = late(P, R, D(2015, 7, 3), iss)
    T = P + INT + L
    p = Page(font="sans", size=10, top=14)
    p.box(20, 12, 170, 14, width=0.2, color=None, fill=WINE)
    p.at(24, 21.5, "つゆくさ債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(186, 21, "法務大臣許可番号 第181号", size=9.5, align="r", color=WHITE)
    p.y = 31
    p.line(f"R8.4.17{wd(iss)}", align="r", size=10)
    p.line("お客様No.　AK-1507-0233", align="r", size=9.5)
    p.line("〒980-0000　宮城県仙台市若林区れんぼう小路九丁目9-9", size=9.5)
    p.line("百目鬼　直人　様", size=14)
    p.gap(4)
    p.title("ご返済に関するご提案", size=15)
    p.para("当社は、H30.4.1付で、株式会社ノースリーフ（原債権者）から、同社が貴殿に対して有していた貸金債権を譲り受け、"
           "現在その管理・回収を行っております。")
    p.para("本債権は、H27.5.26のご返済を最後にお支払いがなく、H27.7.2に期限の利益を喪失しております。現在のご債務額は"
           "下記のとおりですが、当社では、お客様の生活再建のため、下記のいずれかの方法によるご返済をご提案いたします。")
    p.gap(2)
    p.line("■ 現在のご債務額（R8.4.17現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年20.0%）", "合計"],
             [f"{P:,}円", f"{INT:,}円", f"{L:,}円", f"{T:,}円"]], [40, 40, 50, 40], header=True, aligns="rrrr",
            size=10.5, row_h=9)
    p.line("（遅延損害金：H27.7.3～R8.4.17）", x=20, size=8.5)
    p.gap(3)
    y = p.y
    for i, (head, lines) in enumerate((("プランA　一括でのご返済", ["和解金　250,000円", "お支払日　R8.5.29まで",
                                                                 "残りのご債務は免除いたします"]),
                                       ("プランB　分割でのご返済", ["和解金　450,000円", "月々 10,000円 × 45回",
                                                                 "初回 R8.5.27／以降毎月27日"]))):
        x = 20 + i * 87
        p.box(x, y, 83, 32, width=0.4, color=WINE)
        p.box(x, y, 83, 8, width=0.4, color=WINE, fill=(0.96, 0.90, 0.92))
        p.at(x + 3, y + 5.8, head, size=10, font="sans-bold", color=WINE)
        for j, s in enumerate(lines):
            p.at(x + 5, y + 14.5 + j * 6, s, size=10)
    p.y = y + 38
    y = p.y
    p.box(20, y, 170, 12, width=1.0)
    p.at(24, y + 8, f"ご回答期限　R8.5.8{wd(due)}　までに、同封の回答書をご返送いただくか、お電話でご連絡ください。",
         size=10.5, font="sans-bold")
    p.y = y + 17
    p.para("※ご回答期限までにご連絡がない場合、本ご提案は取り消され、上記ご債務額全額についてのご請求を継続させていただきます。",
           size=9, indent="")
    p.para("※原債権者との間のご契約（H24.9.10　極度額500,000円）に基づく債権です。", size=9, indent="")
    p.gap(6)
    y = p.y
    p.at(190, y, "つゆくさ債権回収株式会社　管理部", size=11, font="sans-bold", align="r")
    p.at(190, y + 5.5, "〒980-0000 仙台市青葉区ほんちょう九丁目9番9号", size=8.5, align="r")
    p.at(190, y + 11, "TEL 022-000-1817（平日9:30～18:00）　担当　四十物", size=10, align="r")
    tr = truth(document_type="settlement_proposal", sender="つゆくさ債権回収株式会社", license_number=181,
               phone="022-000-1817", creditor="つゆくさ債権回収株式会社", status="unverified",
               original="株式会社ノースリーフ", debtor="百目鬼直人", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=iss, payment_due=due, acceleration=D(2015, 7, 2),
               last_payment=D(2015, 5, 26), assignment=D(2018, 4, 1), reference="AK-1507-0233",
               input_kind="photo_jpeg", template="proxy11_invented_servicer_old_debt_plans", received=D(2026, 4, 20))
    return dict(stem="y10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(fill=0.78, keystone=0.08, tilt=3.5, bg="cloth", creases=2, bow=6.0, warm=0.5),
                about="settlement_proposal (invented servicer, old debt; 時効 plausible)",
                unusual="invented servicer つゆくさ債権回収 with 「法務大臣許可番号 第181号」 in a wine band (→ unverified), phone "
                        "photo on a dark cloth, taken at a steep angle with the sheet bowing; JIS 平成 dates for the history "
                        "(H27.5.26 last payment — over 10 years: 消滅時効 plausible, H27.7.2 喪失, H30.4.1 譲受) and R8 dates; "
                        "amounts as ONE row under four headers (late damages over 10 years larger than the principal); "
                        "two plan boxes side by side (和解金 250,000 / 450,000, 10,000 × 45 — distractors); ご回答期限 in a "
                        "bold frame = payment_due; 極度額 500,000 distractor; sender block bottom-right")


# ---------------------------------------------------------------------------------------------
# y11 real servicer セゾン債権回収 (第34号) instalment offer by fax, 1 page: ￥…- amounts in a ruled grid, western dates,
#     a キリトリ reply slip with the FAX number.


def y11():
    R = 14.6
    P, INT = 286_540, 9_212
    iss, due = D(2026, 5, 21), D(2026, 6, 5)
    L = late(P, R, D(2025, 11, 4), iss)
    T = P + INT + L
    yen = lambda n: f"￥{n:,}-"  # noqa: E731
    p = Page(font="sans", size=10, top=12)
    p.line("ＦＡＸ送信のご案内（本紙のみ）", size=9, align="r")
    p.line(f"2026年5月21日{wd(iss)}", align="r")
    p.line("樫村　由紀　様", size=14)
    p.line("お取引番号　SZ-5521-08734", size=9.5)
    p.gap(2)
    top = p.y
    p.line("セゾン債権回収株式会社", x=120, size=12, font="sans-bold")
    p.line("法務大臣許可番号　第34号", x=120, size=8.5)
    p.line("東京都豊島区ひがしいけぶくろ九丁目9番9号", x=120, size=8.5)
    p.line("TEL 03-0000-5390　FAX 03-0000-5391", x=120, size=9.5)
    p.line("コンタクトセンター　担当　木佐貫", x=120, size=9)
    p.y = max(p.y, top)
    p.gap(4)
    p.title("分割払いによるご返済のご案内", size=15)
    p.para("当社は、2026年3月31日付で株式会社ひかりもカードから貴殿に対するカードご利用代金債権を譲り受けました。"
           "貴殿は2025年10月2日のご入金を最後にお支払いがなく、2025年11月3日に期限の利益を喪失されています。")
    p.para("現在のご債務は下記のとおりです。ご一括でのお支払いが難しい場合は、分割でのご返済も承ります。下記回答欄にご記入"
           "のうえ、2026年6月5日までにＦＡＸでご返送ください。")
    p.gap(2)
    p.table([["残元金", yen(P)], ["未払利息", yen(INT)],
             ["遅延損害金（2025年11月4日～2026年5月21日・年14.6％）", yen(L)],
             ["ご債務合計", yen(T)]], [120, 50], x=20, size=10.5, row_h=9, shade_col0=True)
    p.gap(2)
    p.para("分割例）36回払いの場合　月々 8,000円（最終回 15,8xx円）　※遅延損害金の一部を減免できる場合があります。",
           size=9, indent="")
    y = p.y + 4
    p.add(Line(20, y, 190, y, 0.3, GRAY))
    p.at(105, y + 1.2, "－－－－－－－－　キ　リ　ト　リ　－－－－－－－－", size=8, align="c", color=GRAY)
    p.y = y + 6
    p.line("【ご回答書】　返送先ＦＡＸ　03-0000-5391　　ご回答期限　2026年6月5日" + wd(due), size=10.5, font="sans-bold")
    p.table([["お取引番号", "SZ-5521-08734"], ["ご希望のお支払方法", "□ 一括　　□ 分割（月々　　　　　円 ×　　　回）"],
             ["初回お支払希望日", "　　　年　　月　　日"], ["日中のご連絡先", ""], ["ご署名", ""]],
            [50, 120], x=20, aligns="ll", size=10, row_h=10)
    tr = truth(document_type="settlement_proposal", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-5390", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社ひかりもカード", debtor="樫村由紀", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=False, issued=iss, payment_due=due, acceleration=D(2025, 11, 3),
               last_payment=D(2025, 10, 2), assignment=D(2026, 3, 31), reference="SZ-5521-08734",
               input_kind="fax_tiff", template="proxy11_servicer_instalment_fax_reply", received=iss)
    return dict(stem="y11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/05/21 16:05  FROM: SAISON SERVICER CC  03-0000-5391",
                about="settlement_proposal (servicer, instalments, by fax)",
                unusual="real servicer セゾン債権回収 with 「法務大臣許可番号 第34号」 ★ (new role: a card debt it bought, offered "
                        "in instalments) by one-page fax; western dates (2026年5月21日) in prose; amounts as ￥286,540- with "
                        "the dash closing mark in a shaded-label grid; an example plan (8,000 × 36, a masked 15,8xx) as a "
                        "distractor; a キリトリ reply slip 【ご回答書】 with the FAX return number and the ご回答期限 = "
                        "payment_due; TEL and FAX both printed (phone = TEL)")


# ---------------------------------------------------------------------------------------------
# y12 支払督促 (秋田簡裁) for a 信販 立替金, HEIC: numbered lines with amounts right-aligned, a 合計 line; cost breakdown;
#     割賦販売価格 as a distractor.


def y12():
    R = 14.6
    P = 587_400
    L = late(P, R, D(2025, 10, 21), D(2026, 2, 16))
    C = 3_500 + 1_082 + 110 + 960
    T = P + L + C
    iss = D(2026, 2, 24)
    p = Page(font="serif", size=10.5, top=16)
    p.line("事件番号　令和８年（ロ）第１６３号", size=10)
    p.line("事　件　名　立替金請求督促事件", size=10)
    p.gap(2)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.kv([("債権者", "東京都渋谷区はたがや九丁目9番9号　株式会社はやてファイナンス"),
          ("", "代表者代表取締役　朝比奈　誠司"),
          ("", "（送達場所）東京都渋谷区はたがや九丁目9番9号　同社法務課　電話03-0000-4418"),
          ("債務者", "秋田県大館市はちこう通九丁目9番9号"),
          ("", "猪瀬　健吾")], x=22, label_w=20, size=9.8)
    p.gap(2)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。")
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てにより仮執行の宣言をする。")
    p.gap(1)
    p.line("令和８年２月２４日", x=28)
    y = p.y
    p.line("秋田簡易裁判所　裁判所書記官　御　手　洗　　彩", x=74, size=11)
    p.seal(182, y + 2.5, 12, "square", "秋田簡易裁判所書記官印", angle=2, seed=11201 + 99)
    p.gap(3)
    p.line("請　求　の　趣　旨", align="c", size=11.5, font="serif-bold")
    for lab, v in (("１　立替金残元金", P), ("２　確定遅延損害金（令和７年１０月２１日～令和８年２月１６日，年１４．６％）", L),
                   ("３　督促手続費用", C)):
        leader(p, lab, fk(v), 22, 188, size=9.3, dot="・")
    p.add(Line(120, p.y + 0.4, 188, p.y + 0.4, 0.3))
    p.gap(1)
    leader(p, "　　合計（１から３まで）", fk(T), 22, 188, size=10.5, font="serif-bold", dot="・")
    p.para("４　上記１の金額に対する令和８年２月１７日から完済まで年１４．６％の割合による遅延損害金", x0=24, size=9.8, indent="")
    p.gap(2)
    p.line("請　求　の　原　因", align="c", size=11.5, font="serif-bold")
    for s in ("１　債権者は，債務者との間で，令和６年２月９日，債務者が販売店から購入した家電製品等の代金を債権者が立替払する"
              "旨の個品割賦購入あっせん契約を締結し，立替払をした（割賦販売価格７２０，０００円，２４回払い）。",
              "２　債務者は，令和７年８月２７日の支払を最後に分割金の支払を怠り，債権者は，２０日以上の期間を定めた書面による"
              "催告をしたが支払がなかったので，債務者は令和７年１０月２０日の経過により期限の利益を喪失した。",
              "３　よって，債権者は，立替金残元金及び約定の年１４．６％の割合による遅延損害金の支払を求める。"):
        p.para(s, x0=22, size=9.5, indent="")
    p.para("督促手続費用の内訳　申立手数料３，５００円　支払督促正本送達費用１，０８２円　支払督促発付通知費用１１０円　"
           "申立書作成及び提出費用９６０円", x0=22, size=8.8, indent="")
    y = 270
    p.box(20, y, 170, 13, width=0.3)
    p.at(24, y + 5.5, "（注意）督促異議申立書は，送達を受けた日から２週間以内に当裁判所に提出してください。", size=8.8)
    p.at(24, y + 10.5, "秋田簡易裁判所　民事督促係　電話０１８－０００－２２４１（直通）", size=9.3, font="serif-bold")
    tr = truth(document_type="payment_order", sender="秋田簡易裁判所", phone="018-000-2241",
               creditor="株式会社はやてファイナンス", status="not_applicable", debtor="猪瀬健吾", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=iss, acceleration=D(2025, 10, 20),
               last_payment=D(2025, 8, 27), reference="令和8年(ロ)第163号", input_kind="photo_heic",
               template="proxy11_payment_order_akita_leaders", received=D(2026, 2, 27))
    return dict(stem="y12", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.83, keystone=0.05, tilt=2.2, bg="wood", creases=2, shadow=0.28, shadow_side="top",
                          glare=14.0),
                about="payment_order (簡裁, 信販 立替金)",
                unusual="支払督促 (秋田簡裁) for a 個品割賦 立替金, iPhone HEIC with a hand shadow in the top-left corner and "
                        "creases; 事件番号 and 事件名 as two labelled lines top-left; the 請求の趣旨 as ・・・ dotted leaders "
                        "with full-width amounts and a 「合計（１から３まで）」 line incl. 督促手続費用; the running clause as "
                        "item ４; 割賦販売価格 720,000 / 24回 as distractors; 「…の経過により期限の利益を喪失」 in 請求の原因; "
                        "court phone marked （直通） in the box at the foot")


# ---------------------------------------------------------------------------------------------
# y13 仮執行宣言付支払督促 (釧路簡裁), phone photo stored sideways (EXIF 8): contract interest + damages, the two procedure
#     costs with a printed 手続費用合計; the original 支払督促 date in a sentence.


def y13():
    P = 642_118
    INT = late(P, 18.0, D(2025, 11, 26), D(2025, 12, 26))
    L = late(P, 20.0, D(2025, 12, 27), D(2026, 4, 10))
    C1, C2 = 3_500 + 1_082 + 110 + 800, 1_190
    C = C1 + C2
    T = P + INT + L + C
    iss = D(2026, 6, 1)
    p = Page(font="serif", size=10.5, top=14)
    p.line("令和８年（ロ）第４０２号　貸金請求督促事件", size=10)
    p.gap(2)
    p.title("仮執行宣言付支払督促", size=18, font="serif-bold")
    p.table([["債権者", "札幌市中央区すすきの南九丁目9番9号　ほづみローン株式会社　代表者代表取締役　栗栖　隆"],
             ["債務者", "北海道釧路市ぬさまい町九丁目9番9号　大和田　聡子"]], [22, 148], x=20, aligns="ll", size=9.5,
            row_h=9, shade_col0=True)
    p.gap(3)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。")
    p.para("上記は，令和８年４月２４日付け支払督促に記載された請求の趣旨及び原因に基づき，債務者が同支払督促の送達を受けた日"
           "から２週間以内に督促異議の申立てをしなかったので，債権者の申立てにより，次のとおり仮執行の宣言をする。")
    p.line("この支払督促は，仮に執行することができる。", x=30, font="serif-bold")
    p.gap(1)
    p.line("令和８年６月１日", x=28)
    y = p.y
    p.line("釧路簡易裁判所　裁判所書記官　千々岩　　亮", x=78, size=11)
    p.seal(182, y + 2.5, 12, "square", "釧路簡易裁判所書記官印", angle=-2, seed=11301 + 99)
    p.gap(3)
    p.line("請求の趣旨", align="c", size=11.5, font="serif-bold")
    p.table([["１", "残元金", fk(P)],
             ["２", "利息（令和７年１１月２６日～同年１２月２６日　年１８％）", fk(INT)],
             ["３", "遅延損害金（令和７年１２月２７日～令和８年４月１０日　年２０％）", fk(L)],
             ["４", "手続費用合計（督促手続費用" + fw(f"{C1:,}") + "円，仮執行宣言手続費用" + fw(f"{C2:,}") + "円）", fk(C)],
             ["", "合　計", fk(T)]], [8, 122, 40], x=20, aligns="llr", size=9.3, row_h=8.5, ruled="rows")
    p.gap(1)
    p.para("５　上記１の金額に対する令和８年４月１１日から完済まで年２０％の割合による遅延損害金", x0=22, size=9.5, indent="")
    p.gap(2)
    p.line("請求の原因", align="c", size=11.5, font="serif-bold")
    for s in ("１　債権者は，債務者に対し，令和５年７月３日，極度額８０万円，利率年１８％，遅延損害金年２０％の約定で金銭を"
              "貸し付ける旨の契約を締結し，その後貸付けを行った。",
              "２　債務者は，令和７年１０月２５日の返済を最後に約定の返済を怠り，令和７年１２月２６日の経過により期限の利益を"
              "喪失した。よって，残元金，利息及び遅延損害金の支払を求める。"):
        p.para(s, x0=22, size=9.5, indent="")
    y = 268
    p.box(20, y, 170, 15, width=0.3)
    p.at(24, y + 6, "これは正本である。　令和８年６月１日　釧路簡易裁判所　裁判所書記官　千々岩　亮", size=8.8)
    p.at(24, y + 11.5, "お問い合わせ　釧路簡易裁判所民事係　電話　０１５４－００－３８６２", size=9.3, font="serif-bold")
    tr = truth(document_type="payment_order_enforceable", sender="釧路簡易裁判所", phone="0154-00-3862",
               creditor="ほづみローン株式会社", status="not_applicable", debtor="大和田聡子", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=20.0, lump=True, issued=iss, acceleration=D(2025, 12, 26),
               last_payment=D(2025, 10, 25), reference="令和8年(ロ)第402号", input_kind="photo_exif_rotated",
               template="proxy11_enforceable_kushiro_cost_total", received=D(2026, 6, 3))
    return dict(stem="y13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(fill=0.84, keystone=0.05, tilt=2.0, bg="desk", creases=2, warm=0.2, glare=12.0),
                about="payment_order_enforceable (簡裁, consumer loan)",
                unusual="仮執行宣言付支払督促 (釧路簡裁) on one page, phone photo stored sideways (EXIF 8) on a pale desk; "
                        "parties in a shaded-label two-row grid; the original 支払督促 date 4/24 in a sentence (issued = "
                        "6/1); 請求の趣旨 as a rows-ruled table with item numbers in their own column: 残元金 / 利息 (年１８％) / "
                        "遅延損害金 (年２０％) / 手続費用合計 with its two parts in brackets / 合計; running item ５; 極度額８０万円 "
                        "distractor; court phone in the 正本 box at the foot")


# ---------------------------------------------------------------------------------------------
# y14 佐賀地方裁判所 (ワ) 口頭弁論期日呼出状 + 訴状 (2 digital pages): a 信用金庫 sues the borrower and his guarantor;
#     the 呼出状 goes to the borrower; the 内訳 in brackets after the 請求の趣旨 total.


def y14():
    R = 14.0
    P = 5_126_000
    INT = late(P, 2.6, D(2025, 8, 30), D(2025, 12, 1))
    L = late(P, R, D(2025, 12, 2), D(2026, 4, 27))
    T = P + INT + L
    iss, hear = D(2026, 5, 20), D(2026, 6, 24)
    p = Page(font="serif", size=10.5, top=16)
    p.line("令和８年（ワ）第５７号　貸金等請求事件", size=10)
    p.line("原　告　ありあけ信用金庫", size=10)
    p.line("被　告　嵯峨　文彦　外１名", size=10)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("〒840-0000　佐賀県佐賀市むつごろう町九丁目9番9号", size=9.5)
    p.line("被告　嵯峨　文彦　殿", size=13)
    p.gap(3)
    p.line("令和８年５月２０日", x=110)
    p.line("佐賀地方裁判所民事部　裁判所書記官　久　慈　　宏　明", x=80, size=10.5)
    p.seal(184, p.y - 4, 11, "square", "佐賀地方裁判所書記官印", angle=3, seed=11401 + 99)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから，同期日に出頭してください。")
    p.para("なお，訴状を送達しますので，下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("期日", f"令和８年６月２４日{wd(hear)}　午前１０時３０分"),
          ("場所", "第２０１号法廷（２階）"),
          ("答弁書提出期限", f"令和８年６月１７日{wd(D(2026, 6, 17))}")], x=40, label_w=34, size=11)
    p.gap(6)
    p.para("※出頭の際は，この呼出状を持参してください。※答弁書を提出しないまま期日に欠席すると，原告の主張を認めたものと"
           "して判決がされることがあります。", size=9.3, indent="")
    y = 262
    p.box(20, y, 170, 18, width=0.3)
    p.at(24, y + 6, "佐賀地方裁判所　民事部　第２係", size=9.5)
    p.at(24, y + 12.5, "〒840-0000　佐賀市じょうない九丁目9番9号　電話　０９５２－００－３３１８（ダイヤルイン）", size=9.5)
    p.y = 287
    p.line("（１）", align="c", size=8.5)

    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line("令和８年４月２８日", align="r")
    q.line("佐賀地方裁判所　御中", size=11)
    q.line("原告訴訟代理人支配人　蓬莱　和宏", x=110, size=10)
    q.gap(2)
    q.kv([("原告", "佐賀県唐津市にじのまつばら九丁目9番9号　ありあけ信用金庫（代表者理事長　雲母　修）"),
          ("被告", "佐賀県佐賀市むつごろう町九丁目9番9号　嵯峨　文彦（主債務者）"),
          ("被告", "同所　嵯峨　美代子（連帯保証人）")], x=22, label_w=14, size=9.5)
    q.gap(2)
    q.line("訴訟物の価額　" + fk(T) + "　　貼用印紙額　３２，０００円", x=22, size=9.5)
    q.gap(3)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告らは，原告に対し，連帯して{fk(T)}（内訳：残元金{fk(P)}，未払利息{fk(INT)}，確定遅延損害金{fk(L)}）"
           f"及びうち{fk(P)}に対する令和８年４月２８日から支払済みまで年１４％の割合による金員を支払え。", x0=22, size=10,
           indent="")
    q.para("２　訴訟費用は被告らの負担とする。　との判決並びに仮執行の宣言を求める。", x0=22, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は，被告嵯峨文彦に対し，令和４年９月１５日，事業資金として金８，０００，０００円を，利率年２．６％，"
              "遅延損害金年１４％，毎月末日限り元利均等返済（月額９６，５００円）の約定で貸し付けた（証書貸付）。"
              "被告嵯峨美代子は，同日，被告嵯峨文彦の上記債務を連帯保証した。",
              "２　被告嵯峨文彦は，令和７年８月２９日の返済を最後にその後の返済を怠り，原告は同年１１月１４日到達の書面で"
              "催告したが，被告らは支払わなかったので，被告嵯峨文彦は，令和７年１２月１日の経過により期限の利益を喪失した。",
              "３　未払利息は，令和７年８月３０日から同年１２月１日までの約定利息であり，確定遅延損害金は，残元金に対する"
              "令和７年１２月２日から令和８年４月２７日まで年１４％の割合によるものである。",
              "４　よって，原告は，被告らに対し，請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=22, size=9.8, indent="")
    q.gap(2)
    q.line("証拠方法　甲第１号証（金銭消費貸借契約証書）　甲第２号証（催告書及び配達証明書）", x=22, size=9.3)
    q.line("附属書類　訴状副本２通　甲号証写し各２通　資格証明書１通", x=22, size=9.3)
    q.y = 287
    q.line("（２）", align="c", size=8.5)
    tr = truth(document_type="lawsuit", sender="佐賀地方裁判所", phone="0952-00-3318", creditor="ありあけ信用金庫",
               status="not_applicable", debtor="嵯峨文彦", total=T, principal=P, interest=INT, late_damages=L, rate=R,
               lump=True, issued=iss, acceleration=D(2025, 12, 1), last_payment=D(2025, 8, 29), hearing=hear,
               reference="令和8年(ワ)第57号", input_kind="pdf_text_2page", template="proxy11_district_court_shinkin_guarantor",
               received=D(2026, 5, 22))
    return dict(stem="y14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地方裁判所 (ワ), 信用金庫 v. borrower and guarantor)",
                unusual="佐賀地裁 (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: the 呼出状 goes to the "
                        "BORROWER (the guarantor is a second defendant, 「外１名」); case number, 原告 and 被告 as three lines "
                        "top-left; 期日 / 場所 / 答弁書提出期限 as label lines (hearing 6/24 with a clock time); court phone "
                        "（ダイヤルイン） in the box at the foot; 訴状 dated 4/28 ≠ 呼出状 5/20; the 請求の趣旨 total with its "
                        "内訳 IN BRACKETS and the 「うち金…」 running clause; 8,000,000 loan, 月額 96,500, 貼用印紙額 32,000 "
                        "and the 催告 到達 11/14 as distractors")


# ---------------------------------------------------------------------------------------------
# y15 scam postcard (invented 「全国民事訴訟取扱事務局」), scanned: no amount, a 取下げ deadline, full-width 管理番号.


def y15():
    p = Page(w=100, h=148, font="serif", size=8.5, left=7, right=7, top=8, leading=1.5)
    p.line("消費料金に関する訴訟最終通知書", align="c", size=11.5, font="serif-bold")
    p.add(Line(8, p.y, 92, p.y, 0.5))
    p.gap(2)
    p.line("管理番号　（ぬ）３３１８", align="r", size=8)
    p.line("栗栖　千恵子　様", size=11)
    p.gap(1)
    p.para("この度、貴方の利用された契約会社ないし運営会社から、未払いとなっている消費料金について、民事訴訟として訴状が"
           "提出されましたことをご通知致します。", size=8)
    p.para("裁判所へ出廷されない場合は原告側の訴えが認められ、民事訴訟法に基づき、給与・動産・不動産の差し押さえを執行官立会いの"
           "もと強制的に履行させて頂きますので、裁判所執行官による執行証書の交付を承諾して頂きますようお願い致します。", size=8)
    p.para("尚、書面での通達となりますので、個人情報保護の為、ご本人様から直接ご連絡頂きますようお願い申し上げます。", size=8)
    p.gap(1)
    y = p.y
    p.box(8, y, 84, 13, width=0.5)
    p.at(50, y + 5, "取下げ期日", size=8.5, font="serif-bold", align="c")
    p.at(50, y + 10.5, "令和８年６月１２日（金）", size=10.5, font="serif-bold", align="c")
    p.y = y + 16
    p.line("令和８年６月９日", align="r", size=8)
    p.line("全国民事訴訟取扱事務局", align="r", size=10, font="serif-bold")
    p.line("東京都千代田区霞が関一丁目（担当部署非公開）", align="r", size=7.5)
    p.line("相談窓口　０３－００００－４４７９", align="r", size=9.5, font="serif-bold")
    p.line("受付時間　平日９時～２０時（土日祝も対応）", align="r", size=7.5)
    tr = truth(document_type="other", sender="全国民事訴訟取扱事務局", phone="03-0000-4479", creditor=None,
               status="not_licensed", debtor="栗栖千恵子", lump=False, issued=D(2026, 6, 9), reference="(ぬ)3318",
               is_scam=True, input_kind="scan_png", template="proxy11_scam_postcard_scanned", received=None)
    assert D(2026, 6, 12).weekday() == 4
    return dict(stem="y15", ext="png", kind="scan_png", pages=[p.spec], truth=tr, postcard=True, skew=1.4,
                about="other (scam postcard, scanned)",
                unusual="架空請求 postcard from an invented 「全国民事訴訟取扱事務局」, scanned at 300 dpi; serif, formal-looking; "
                        "NO amount and no creditor; a framed 「取下げ期日」 (not a payment date → payment_due null); full-width "
                        "管理番号 with a hiragana in brackets （ぬ）３３１８; 執行官 / 差し押さえ threats; full-width phone; "
                        "「霞が関一丁目（担当部署非公開）」 instead of an address")


# ---------------------------------------------------------------------------------------------
# y16 scam SMS on a phone screen, photographed: an SMS thread, sender number = callback number, amount and a
#     same-day deadline with a clock time; no addressee.


def y16():
    T = 198_000
    p = Page(w=80, h=160, font="sans", size=8.5, left=8, right=8, top=6, leading=1.45)
    p.box(0, 0, 80, 160, width=0.2, color=None, fill=DARK)
    p.box(4, 9, 72, 138, width=0.2, color=None, fill=WHITE)
    p.at(8, 13.5, "12:48", size=7.5, font="sans-bold")
    p.at(72, 13.5, "4G  82%", size=6.5, align="r")
    p.box(4, 16, 72, 13, width=0.2, color=None, fill=(0.95, 0.95, 0.96))
    p.at(40, 21.5, "080-0000-3391", size=9, font="sans-bold", align="c")
    p.at(40, 26.5, "SMS/MMS", size=6.5, align="c", color=GRAY)
    p.at(40, 35, "2026年5月18日(月) 9:02", size=6.5, align="c", color=GRAY)
    p.y = 38
    y = p.y
    p.box(7, y, 60, 58, width=0.2, color=None, fill=(0.90, 0.91, 0.93))
    p.y = y + 2
    for s in ("【ネット料金未納管理センター】", "ご利用の有料動画サイトの利用料金に未払いが確認されました。",
              "本日中にご連絡なき場合、法的手続に移行し、裁判所より財産の差押えを執行いたします。", "",
              "ご請求額：198,000円", "お支払期限：5月18日17時まで", "お客様番号：77120958", "",
              "ご連絡先：080-0000-3391", "（受付9時～17時）"):
        if not s:
            p.gap(1.5)
            continue
        p.para(s, x0=9, x1=65, size=7.5, indent="")
    p.y = y + 63
    p.at(40, p.y, "9:02", size=6, align="c", color=GRAY)
    p.box(7, 136, 66, 8, width=0.3, color=GRAY)
    p.at(10, 141.3, "テキストメッセージ", size=6.5, color=GRAY)
    tr = truth(document_type="other", sender="ネット料金未納管理センター", phone="080-0000-3391", creditor=None,
               status="not_licensed", debtor=None, total=T, lump=False, issued=D(2026, 5, 18),
               payment_due=D(2026, 5, 18), reference="77120958", is_scam=True, input_kind="photo_jpeg",
               template="proxy11_scam_sms_screen_photo", received=None)
    return dict(stem="y16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.72, keystone=0.04, tilt=5.0, bg="desk", blur=0.8, glare=10.0),
                about="other (scam SMS on a phone screen)",
                unusual="架空請求 SMS from 「ネット料金未納管理センター」, photographed on the phone's screen lying on a desk: "
                        "the sender shown only as a mobile number 080-0000-3391 (also the callback number); status bar, "
                        "date header 2026年5月18日(月) and one grey bubble; ご請求額 198,000円 and お支払期限 「5月18日17時"
                        "まで」 (month-day only, year from the header); お客様番号; NO addressee (debtor null), no creditor, "
                        "no licence")


LETTERS = [y09, y10, y11, y12, y13, y14, y15, y16]
_ = (cell, RED, SLATE, SHADE, PALE)
