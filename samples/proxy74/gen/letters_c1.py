"""Proxy set 74, letters ce01–ce08: "after the auction and the voluntary sale, fourth round". The 米内山 household
(釧路, housing loan at a bank, guarantee company, 競売): the bank's 期限の利益喪失のご通知 before any auction, the
guarantee company's 代位弁済通知 by fax, the 競売開始決定 photographed sideways, the 配当期日呼出状 scanned and the
guarantee company's 配当金充当のお知らせ with the rest; the 種市 household (競売 over, 求償債権 bought by a real
servicer): the servicer's 一括請求 after the 配当 and the joint notice that sells the rest on to an invented servicer;
the 夏井 household (任意売却): a real servicer's 残債務のお支払いについてのご相談."""

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
    late,
    qr,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
MOSS = (0.16, 0.36, 0.30)
PLUM = (0.40, 0.12, 0.36)
SMBC = (0.0, 0.36, 0.25)
ALFA = (0.05, 0.25, 0.55)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def both(d: D) -> str:
    return f"{d.year}年（令和{d.year - 2018}年）{d.month}月{d.day}日"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


# --- the 米内山 household (ce01–ce05 here, ce13 and ce15 in letters_c2) -----------------------------------------
YN_LOAN = D(2014, 6, 20)
YN_LAST, YN_WARN, YN_ACC = D(2025, 1, 27), D(2025, 4, 11), D(2025, 4, 25)
YN_P, YN_I, YN_BR = 19_846_312, 61_905, 14.5          # bank: 残元金, 未収利息, bank's damage rate
YN_SUB = D(2025, 6, 20)                                 # 代位弁済日
YN_S = YN_P + YN_I + late(YN_P, YN_BR, YN_ACC + timedelta(1), YN_SUB)   # 代位弁済額 = 求償元金
YN_R = 14.6
YN_CASE = "令和7年(ケ)第41号"
YN_DEC, YN_FILED = D(2025, 8, 22), D(2025, 8, 8)
YN_DIV = D(2026, 3, 4)                                  # 配当期日
YN_SALE, YN_COST, YN_CITY = 14_630_000, 712_400, 186_300
YN_D = YN_SALE - YN_COST - YN_CITY                      # 当社への配当額
YN_LD = late(YN_S, YN_R, YN_SUB + timedelta(1), YN_DIV)  # 損害金 up to the 配当期日
assert YN_D > YN_LD
YN_P2 = YN_S + YN_LD - YN_D                             # 充当後求償元金 (損害金 first, then 元金)
BANK = "株式会社しつげん銀行"
GUAR = "きたこぶし保証株式会社"

# --- the 種市 household (ce06, ce07 here; ce09 in letters_c2) -------------------------------------------------------
TI_LAST, TI_ACC, TI_SUB = D(2024, 5, 27), D(2024, 8, 9), D(2024, 10, 18)
TI_ASSIGN, TI_DIV = D(2025, 3, 31), D(2025, 10, 15)
TI_S, TI_D, TI_R = 16_487_520, 11_920_000, 14.6
TI_LD = late(TI_S, TI_R, TI_SUB + timedelta(1), TI_DIV)
assert TI_D > TI_LD
TI_P = TI_S + TI_LD - TI_D
TI_SALE2 = D(2026, 1, 9)                                 # 朱鷺野 buys the rest
TI_ORIG = "株式会社おおばん保証サービス"

# --- the 夏井 household (ce08 here; ce10 and ce11 in letters_c2) --------------------------------------------------
NT_LAST, NT_ACC, NT_SALE, NT_ASSIGN = D(2024, 8, 26), D(2024, 11, 15), D(2025, 6, 30), D(2025, 7, 31)
NT_P, NT_R = 6_418_930, 14.0
NT_ORIG = "湖畔ローン保証株式会社"


# ---------------------------------------------------------------------------------------------
# ce01 bank 期限の利益喪失のご通知 before any auction; western year with the era in brackets.


def ce01():
    issued, due = D(2025, 5, 9), D(2025, 5, 23)
    L = late(YN_P, YN_BR, YN_ACC + timedelta(1), issued)
    T = YN_P + YN_I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(105, 19, "株式会社　しつげん銀行", size=17, font="serif-bold", align="c", color=MOSS)
    p.add(Line(40, 22.5, 170, 22.5, 0.6, MOSS))
    p.add(Line(40, 23.6, 170, 23.6, 0.2, MOSS))
    p.at(105, 28, "ローン管理室　〒085-0000 北海道釧路市みなとかぜ町9丁目9番9号　フリーダイヤル 0120-000-612", size=7.8,
         align="c")
    p.y = 36
    p.line("北海道釧路市まりも台9丁目9番9号", size=10)
    p.line("米内山　孝志　様", size=13.5)
    p.at(196, 40, both(issued), size=10, align="r")
    p.at(196, 45.5, "お取引番号　SG-7713-02448", size=9.5, align="r")
    p.y = 56
    p.title("期限の利益喪失のご通知ならびにご請求", size=15, font="serif-bold")
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、お客様の住宅ローン（平成26年6月20日ご契約、当初ご融資額2,380万円）につきましては、{both(YN_LAST)}"
           f"のご返済を最後にご返済が滞っており、当行は{both(YN_WARN)}付の催告書により、延滞金のお支払いをお願いいたしました。")
    p.para(f"しかしながら、催告書に記載の期限である{both(YN_ACC)}までにお支払いがございませんでしたので、お客様は金銭消費"
           "貸借契約証書第9条第2項に基づき、同日の経過をもって本ローンについての期限の利益を喪失されました。")
    p.para(f"つきましては、下記のご請求金額を{both(due)}（{wd(due)}）までに一括してお支払いくださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    rows = [["ご　請　求　の　内　訳", "金　額"],
            ["貸付残高（元金）", f"{YN_P:,}円"],
            ["未収利息（2025年1月28日～2025年4月25日）", f"{YN_I:,}円"],
            [f"遅延損害金（2025年4月26日～{wdate(issued)}、年14.5％）", f"{L:,}円"],
            ["ご請求金額合計", f"{T:,}円"]]
    p.table(rows, [118, 52], x=20, header=True, aligns="lr", size=10, row_h=8.2)
    p.gap(3)
    p.kv([("お支払期限", f"{both(due)}（{wd(due)}）"),
          ("お振込先", "しつげん銀行 本店営業部 普通預金 0412-1187605（ご返済用口座）"),
          ("ご融資番号", "住宅 0412-1187605-01")], x=24, label_w=30, size=10)
    p.gap(3)
    p.para("１．上記期限までにお支払いがない場合は、保証会社きたこぶし保証株式会社に対し保証債務の履行（代位弁済）を請求"
           "いたします。代位弁済後は、同社から担保物件（上記ご住所の土地・建物）について裁判所に競売の申立てがなされる"
           "ことがあります。", size=9.5, indent="")
    p.para("２．遅延損害金は、完済の日まで貸付残高に対し年14.5％の割合で日々発生いたします。", size=9.5, indent="")
    p.para("３．任意売却その他のご相談は、お早めに下記担当までお電話ください。", size=9.5, indent="")
    p.line("以上", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(108, y, 88, 22, 0.3))
    for i, (s, sz) in enumerate((("株式会社しつげん銀行　ローン管理室", 9.5), ("室長　目時　昌幸", 9.5),
                                 ("電話 0120-000-612（平日9:00～17:00）", 9), ("担当　目時／岩見", 9))):
        p.at(111, y + 6 + i * 4.6, s, size=sz)
    p.seal(186, y + 11, 13, "square", "しつげん銀行ローン管理室長印", angle=3, seed=74011)
    tr = truth(document_type="acceleration_notice", sender=BANK, phone="0120-000-612", creditor=BANK,
               status="not_applicable", debtor="米内山孝志", total=T, principal=YN_P, interest=YN_I, late_damages=L,
               rate=YN_BR, lump=True, issued=issued, payment_due=due, acceleration=YN_ACC, last_payment=YN_LAST,
               reference="SG-7713-02448", input_kind="pdf_text",
               template="proxy74_bank_acceleration_before_auction_bracket_era", received=D(2025, 5, 12))
    return dict(stem="ce01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, before any auction)",
                unusual="serif bank letter with the name centred over a double moss rule and the whole sender line in "
                        "ONE small line under it; EVERY date as western year with the era in brackets 「2025年（令和7年）"
                        "5月9日」 in the prose and the kv block; 催告書 date 4/11 and its deadline 4/25 (= acceleration "
                        "「同日の経過をもって」); a header-shaded 2-column table 貸付残高（元金） / 未収利息 with its window / "
                        "遅延損害金 with window and rate / ご請求金額合計; お取引番号 top-right (reference) vs ご融資番号 and "
                        "the account in the kv block; 2,380万円, 第9条第2項 and the announced 代位弁済 / 競売 as distractors")


# ---------------------------------------------------------------------------------------------
# ce02 guarantee company 代位弁済通知書 by fax (one page): a label grid with slash dates, the send note at the foot.


def ce02():
    issued, due = D(2025, 6, 27), D(2025, 7, 11)
    L = late(YN_S, YN_R, YN_SUB + timedelta(1), issued)
    T = YN_S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "きたこぶし保証", size=14, font="sans-bold", color=PLUM)
    p.at(15, 22.5, "KITAKOBUSHI GUARANTEE", size=6, color=PLUM)
    p.at(196, 17, f"発信日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 22, "保証番号　KB-2606-11873", size=9.5, align="r")
    p.y = 29
    p.line("米内山　孝志　様", size=13)
    p.line("（送付先　北海道釧路市まりも台9丁目9番9号）", size=8.5, color=GRAY)
    p.gap(2)
    p.add(Box(15, p.y, 181, 11, color=None, fill=PLUM))
    p.at(105.5, p.y + 7.6, "代位弁済通知書　および　求償債権のご請求", size=14, font="sans-bold", align="c", color=WHITE)
    p.y += 15
    p.para(f"当社は、貴殿が{BANK}から借り入れた住宅ローンについて、同行との保証委託契約に基づき保証しておりましたが、"
           f"貴殿が{era(YN_ACC)}の経過により期限の利益を喪失されたため、同行の請求により、下記のとおり保証債務を履行"
           "（代位弁済）いたしました。", size=9.6)
    p.para("これにより、当社は貴殿に対し、代位弁済額を元金とする求償債権を取得いたしました。下記ご請求額を期日までに一括して"
           "お支払いください。", size=9.6)
    p.gap(1)
    rows = [("代位弁済日", slash(YN_SUB), "代位弁済先", BANK),
            ("原契約", "住宅ローン " + slash(YN_LOAN), "最終ご返済日", slash(YN_LAST) + "（同行）"),
            ("期限の利益喪失日", slash(YN_ACC), "保証番号", "KB-2606-11873")]
    y = p.y
    for row in rows:
        x = 15
        for c, (txt, w) in enumerate(zip(row, (30, 58, 30, 63), strict=True)):
            p.add(Box(x, y, w, 7.4, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            p.at(x + 1.6, y + 5.0, txt, size=8.2 if c % 2 == 0 else 9.2)
            x += w
        y += 7.4
    p.y = y + 4
    p.line(f"ご請求額（{slash(issued)}現在）", size=10.5, font="sans-bold")
    items = [("求償元金（代位弁済額）", YN_S),
             (f"遅延損害金（{slash(YN_SUB + timedelta(1))}～{slash(issued)}　年14.6％）", L),
             ("ご請求額", T)]
    for i, (lab, v) in enumerate(items):
        last = i == len(items) - 1
        if last:
            p.add(Line(22, p.y + 0.6, 170, p.y + 0.6, 0.5))
            p.gap(1.5)
        b = p.line(lab, x=24, size=10.5, font="sans-bold" if last else None)
        p.at(168, b, f"{v:,}円", size=11 if last else 10.5, font="sans-bold" if last else "sans", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 150, 11, 0.9))
    p.at(26, y + 7.5, "お支払期日", size=10.5, font="sans-bold")
    p.at(56, y + 7.7, f"{slash(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(168, y + 7.5, "までに必着", size=9.5, align="r")
    p.y = y + 15
    p.para(f"（ご参考）代位弁済額{YN_S:,}円の内訳：元金{YN_P:,}円、利息{YN_I:,}円、遅延損害金"
           f"{YN_S - YN_P - YN_I:,}円（同行における計算）", size=8.6, indent="")
    p.para("お振込先　北海道しらぬか信用金庫 本店 普通預金 7116042 キタコブシホシヨウ（カ　※お振込の際は保証番号を"
           "お名前の前にご入力ください。", size=8.8, indent="")
    p.para("お支払いのない場合、当社は抵当権（平成26年6月20日設定、債権額2,380万円）に基づき担保不動産競売の申立てを行い"
           "ます。連帯保証人類家修様にも同日付で同旨のご通知をお送りしております。", size=8.8, indent="")
    p.gap(3)
    for s, sz, f in ((GUAR, 11, "sans-bold"), ("債権管理部　担当　杢田", 9.5, "sans"),
                     ("〒060-0000 北海道札幌市中央区ゆきあかり通9丁目9番9号", 8.5, "sans"),
                     ("TEL 011-000-4127　FAX 011-000-4128", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "round", "きたこぶし保証|代表", angle=-6, seed=74021)
    p.gap(4)
    p.add(Line(15, p.y, 196, p.y, 0.2, GRAY))
    p.gap(1)
    p.line("本状は郵送（簡易書留）と同一内容をＦＡＸでもお送りしております。送信枚数：本紙のみ（全１枚）", x=15, size=8.5)
    tr = truth(document_type="acceleration_notice", sender=GUAR, phone="011-000-4127", creditor=GUAR,
               status="not_applicable", original=BANK, debtor="米内山孝志", total=T, principal=YN_S, interest=None,
               late_damages=L, rate=YN_R, lump=True, issued=issued, payment_due=due, acceleration=YN_ACC,
               last_payment=YN_LAST, reference="KB-2606-11873", input_kind="fax_tiff",
               template="proxy74_guarantor_subrogation_grid_slash_fax", received=issued)
    return dict(stem="ce02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:02 KITAKOBUSHI 011-000-4128",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax WITHOUT a cover strip (the only send note is a grey line at the FOOT: 「ＦＡＸでも"
                        "お送りしております。送信枚数：本紙のみ」); white-on-plum title band; a 3×4 shaded-label grid with "
                        "western SLASH dates (代位弁済日, 原契約, 最終ご返済日（同行）, 期限の利益喪失日, 保証番号 twice); the "
                        "ご請求額 as label lines with slash windows; お支払期日 …までに必着 in a heavy frame; a (ご参考) line "
                        "splitting the 代位弁済額 into the bank's 元金 / 利息 / 遅延損害金 (history); the 抵当権 債権額 "
                        "2,380万円, the FAX and the 連帯保証人's name as distractors")


# ---------------------------------------------------------------------------------------------
# ce03 釧路地方裁判所 担保不動産競売開始決定 (正本) on one page, photographed sideways (EXIF 8).


def ce03():
    p = Page(font="serif", size=10.5, top=16)
    p.line(fw("令和7年（ケ）第41号"), x=22, size=10.5)
    p.gap(6)
    p.title("担保不動産競売開始決定", size=17, font="serif-bold", spaced=False)
    p.gap(1)
    p.line("当　事　者　　別紙当事者目録記載のとおり", x=30, size=10.5)
    p.line("担　保　権　　別紙担保権目録記載のとおり", x=30, size=10.5)
    p.line("被担保債権　　別紙被担保債権及び請求債権目録記載のとおり", x=30, size=10.5)
    p.line("請 求 債 権　　同上", x=30, size=10.5)
    p.gap(3)
    p.para("債権者の申立てにより、上記債権の弁済に充てるため、別紙担保権目録記載の担保権に基づき、別紙物件目録記載の不動産に"
           "ついて、担保不動産競売の手続を開始し、債権者のためにこれを差し押さえる。", x0=26, x1=186)
    p.gap(2)
    p.line(f"　{fw(era(YN_DEC))}", x=26)
    p.line("釧路地方裁判所民事部", x=60)
    p.line("裁　判　官　　鳩　岡　　周　平", x=80)
    p.gap(3)
    p.add(Line(22, p.y, 188, p.y, 0.3))
    p.gap(2)
    p.line("当事者目録", x=22, size=10.5, font="serif-bold")
    p.kv([("債　権　者", f"〒060-0000 札幌市中央区ゆきあかり通9丁目9番9号　{GUAR}"),
          ("", "代表者代表取締役　根子　隆之"),
          ("債務者兼所有者", "〒085-0000 北海道釧路市まりも台9丁目9番9号　米内山　孝志")], x=26, label_w=32, size=9.5)
    p.gap(1)
    p.line("担保権目録", x=22, size=10.5, font="serif-bold")
    p.para("平成26年6月20日設定の抵当権　釧路地方法務局平成26年6月20日受付第14782号登記", x0=26, x1=188, size=9.5, indent="")
    p.line("被担保債権及び請求債権目録", x=22, size=10.5, font="serif-bold")
    p.para(f"１　求償金　{YN_S:,}円", x0=26, x1=188, size=9.8, indent="")
    p.para(f"　ただし、債権者が債務者との間の平成26年6月20日付保証委託契約に基づき、{era(YN_SUB)}、{BANK}に対し債務者の"
           "借入金債務を代位弁済したことにより取得した求償債権", x0=26, x1=188, size=9.3, indent="")
    p.para(f"２　損害金　ただし、上記１の金員に対する{era(YN_SUB + timedelta(1))}から支払済みまで年14.6％の割合による"
           "損害金", x0=26, x1=188, size=9.8, indent="")
    p.line("物件目録", x=22, size=10.5, font="serif-bold")
    p.para("１　所在　釧路市まりも台九丁目　地番　9番9　地目　宅地　地積　231.40平方メートル", x0=26, x1=188, size=9.3,
           indent="")
    p.para("２　所在　同所9番地9　家屋番号　9番9　種類　居宅　構造　木造亜鉛メッキ鋼板葺2階建　床面積　1階 68.31平方"
           "メートル　2階 54.65平方メートル", x0=26, x1=188, size=9.3, indent="")
    p.gap(3)
    p.line(f"これは正本である。　{fw(era(YN_DEC))}", x=26, size=10)
    p.line("釧路地方裁判所民事部　裁判所書記官　上柿　和歌子", x=60, size=10)
    p.seal(176, p.y - 4, 15, "square", "釧路地方裁判所書記官印", angle=0, seed=74031)
    p.gap(5)
    p.line("（連絡先）釧路地方裁判所民事部不動産執行係　電話 0154-00-3170", x=26, size=8.8)
    tr = truth(document_type="other", sender="釧路地方裁判所", phone="0154-00-3170", creditor=GUAR,
               status="not_applicable", original=BANK, debtor="米内山孝志", total=None, principal=YN_S, interest=None,
               late_damages=None, rate=YN_R, lump=False, issued=YN_DEC, reference=YN_CASE,
               input_kind="photo_exif_rotated", template="proxy74_court_auction_start_decision_photo_rotated",
               received=D(2025, 8, 26))
    return dict(stem="ce03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.25, bow=5.0),
                about="other (地裁 担保不動産競売開始決定 正本, one page, phone photo)",
                unusual="the 競売開始決定 正本 compressed on ONE page and photographed sideways (EXIF orientation 8) on "
                        "tatami, creased and bowed, with a hand shadow at the bottom; the (ケ) number alone top-left in "
                        "full-width; the four 目録 (当事者 / 担保権 / 被担保債権及び請求債権 / 物件) as bold-headed blocks "
                        "below the 決定; 求償金 stated, the 損害金 only as a running clause (no sum); the 裁判官 and the "
                        "書記官 with full-width era dates; 受付第14782号, 地積 and 床面積 as distractors; the 不動産執行係 "
                        "phone as a (連絡先) line at the foot")


# ---------------------------------------------------------------------------------------------
# ce04 釧路地方裁判所 配当期日呼出状 (claims nothing), scanned image PDF of one page.


def ce04():
    issued = D(2026, 2, 6)
    p = Page(font="serif", size=10.5, top=18)
    p.at(188, 20, f"{fw(era(issued))}", size=10.5, align="r")
    p.y = 26
    p.line("債務者兼所有者　米内山　孝志　殿", x=22, size=12.5)
    p.gap(2)
    p.line("釧路地方裁判所民事部", x=118, size=10.5)
    p.line("裁判所書記官　上柿　和歌子", x=118, size=10.5)
    p.seal(184, p.y - 5, 12, "square", "釧路地方裁判所書記官印", angle=0, seed=74041)
    p.gap(6)
    p.title("配当期日呼出状", size=18, font="serif-bold", spaced=True)
    p.gap(1)
    rows = [["事 件 番 号", fw("令和7年（ケ）第41号") + "　担保不動産競売事件"],
            ["差押債権者", GUAR],
            ["交付要求者", "釧路市"],
            ["債務者兼所有者", "米内山　孝志"]]
    p.table(rows, [36, 130], x=22, aligns="ll", size=10.5, row_h=8.5, shade_col0=True)
    p.gap(4)
    p.para("上記事件について、配当期日が下記のとおり指定されましたので、同期日に出頭してください。", x0=22, x1=188)
    p.line("記", align="c")
    y = p.y + 1
    p.add(Box(40, y, 130, 22, 0.8))
    day = YN_DIV
    p.at(46, y + 8.5, "日　時", size=11, font="serif-bold")
    p.at(68, y + 8.5, f"{fw(era(day))}（{wd(day)}）午後１時３０分", size=11.5, font="serif-bold")
    p.at(46, y + 17, "場　所", size=11, font="serif-bold")
    p.at(68, y + 17, "釧路地方裁判所　第３号法廷（２階）", size=11)
    p.y = y + 28
    p.line("（ご注意）", x=22, size=10, font="serif-bold")
    for s in ("１　この呼出しは、配当表の作成及び配当の実施のためのものです。債務者兼所有者は出頭しなくても差し支えありません"
              "が、配当表の記載に不服があるときは、期日において配当異議の申出をすることができます。",
              "２　本件不動産は、" + fw(era(D(2026, 1, 23))) + "に買受人から代金が納付されました（売却代金　"
              f"{fw(f'{YN_SALE:,}')}円）。",
              "３　配当後に剰余金が生じる見込みはありません。",
              "４　不明な点は、下記の不動産執行係にお問い合わせください（事件番号をお知らせください）。"):
        p.para(s, x0=22, x1=188, size=9.8, indent="")
    p.gap(6)
    p.line("〒085-0000　北海道釧路市ぬまかぜ町9丁目9番9号", x=22, size=9.5)
    p.line("釧路地方裁判所民事部不動産執行係　電話　０１５４－００－３１７０", x=22, size=9.5)
    tr = truth(document_type="other", sender="釧路地方裁判所", phone="0154-00-3170", creditor=GUAR,
               status="not_applicable", debtor="米内山孝志", lump=False, issued=issued, reference=YN_CASE,
               input_kind="pdf_scan", template="proxy74_court_dividend_day_summons_party_table",
               received=D(2026, 2, 10))
    return dict(stem="ce04", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="other (地裁 配当期日呼出状, claims nothing)",
                unusual="the 配当期日呼出状 of the same (ケ) case scanned as a one-page image PDF: the DATE and the "
                        "書記官 with seal at the TOP, title letter-spaced 「配　当　期　日　呼　出　状」; a shaded-label "
                        "party table (事件番号 / 差押債権者 / 交付要求者 釧路市 / 債務者兼所有者); 日時 / 場所 in a heavy "
                        "box with weekday and 午後１時３０分 (NOT a 口頭弁論期日); the 代金納付 date and the 売却代金 "
                        "１４，６３０，０００円 in full-width as distractors; DEMANDS NOTHING (every amount null); the "
                        "phone in full-width digits")


# ---------------------------------------------------------------------------------------------
# ce05 guarantee company 配当金充当のお知らせ 兼 残債務のご請求, 2 pages: a ①–⑤ ledger with the 配当 subtracted.


def ce05():
    issued, due = D(2026, 3, 19), D(2026, 4, 10)
    L2 = late(YN_P2, YN_R, YN_DIV + timedelta(1), issued)
    T = YN_P2 + L2
    one = YN_S + YN_LD
    assert one - YN_D == YN_P2 and YN_P2 + L2 == T
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 14, color=None, fill=PLUM))
    p.at(22, 19, "きたこぶし保証株式会社", size=13, font="sans-bold")
    p.at(22, 24.5, "債権管理部　〒060-0000 札幌市中央区ゆきあかり通9丁目9番9号", size=8)
    p.at(196, 18, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10, align="r")
    p.at(196, 23.5, "保証番号：KB-2606-11873", size=9.5, align="r")
    p.y = 34
    p.line("米内山　孝志　様", size=13.5)
    p.gap(4)
    p.title("配当金充当のお知らせ　兼　残債務のご請求", size=14.5)
    p.para(f"釧路地方裁判所{fw('令和7年（ケ）第41号')}担保不動産競売事件につきまして、{era(YN_DIV)}の配当期日において、当社は"
           f"金{YN_D:,}円の配当を受領いたしました（当社が{era(YN_SUB)}に{BANK}へ代位弁済したことにより取得した求償債権に"
           "係るものです）。", size=9.8)
    p.para("当社は、この配当金を、保証委託契約の定めにより、まず損害金に、次いで求償元金に充当いたしました。充当の結果は"
           "下表のとおりで、⑤の金額がなお残債務としてございます。", size=9.8)
    p.gap(1)
    rows = [["No.", "項　目", "金　額（円）"],
            ["", "求償元金（代位弁済額　" + era(YN_SUB) + "）", f"{YN_S:,}"],
            ["", f"損害金（{era(YN_SUB + timedelta(1))}～{era(YN_DIV)}　年14.6％）", f"{YN_LD:,}"],
            ["①", "配当期日現在の求償債権額", f"{one:,}"],
            ["②", "配当金受領額（①から差引き）", f"△{YN_D:,}"],
            ["③", "充当後の求償元金（①－②）", f"{YN_P2:,}"],
            ["④", f"損害金（{era(YN_DIV + timedelta(1))}～{era(issued)}　年14.6％）", f"{L2:,}"],
            ["⑤", "ご請求残高（③＋④）", f"{T:,}"]]
    p.table(rows, [12, 118, 46], x=17, header=True, aligns="clr", size=9.6, row_h=7.6)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 13, 0.8, PLUM))
    p.at(21, y + 8.5, "お支払期限", size=10.5, font="sans-bold", color=PLUM)
    p.at(50, y + 8.8, f"令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(189, y + 8.5, f"ご請求残高　{T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = y + 17
    p.para("上記期限までに、ご請求残高を一括してお支払いいただくか、お支払い方法について担当までご相談ください。ご連絡のない"
           "場合は、連帯保証人への請求その他の法的手続に移行いたします。", size=9.6)
    p.gap(1)
    p.para("お振込先　北海道しらぬか信用金庫 本店 普通預金 7116042 キタコブシホシヨウ（カ", size=9.3, indent="")
    p.gap(2)
    p.line("お問い合わせ　債権管理部　担当　杢田　TEL 011-000-4127（平日9時～17時30分）", x=17, size=9.5)
    p.line("※配当金の内訳は裏面（2枚目）をご覧ください。", x=17, size=8.5, color=GRAY)
    p2 = Page(font="sans", size=10, top=18)
    p2.line("（2枚目）配当金の内訳と充当について", size=12, font="sans-bold")
    p2.gap(2)
    p2.table([["項　目", "金　額（円）"], ["売却代金", f"{YN_SALE:,}"], ["執行費用（手続費用）", f"△{YN_COST:,}"],
              ["交付要求（釧路市・固定資産税等）", f"△{YN_CITY:,}"], ["当社への配当額", f"{YN_D:,}"]],
             [110, 50], x=22, header=True, aligns="lr", size=9.8, row_h=7.6)
    p2.gap(3)
    p2.line("充当の内訳", size=10.5, font="sans-bold")
    p2.table([["充当先", "充当前", "充当額", "充当後"],
              ["損害金", f"{YN_LD:,}", f"{YN_LD:,}", "0"],
              ["求償元金", f"{YN_S:,}", f"{YN_D - YN_LD:,}", f"{YN_P2:,}"]],
             [40, 44, 44, 44], x=22, header=True, aligns="lrrr", size=9.8, row_h=7.6)
    p2.gap(4)
    for q, a in (("競売が終わったのに、まだ支払う必要があるのですか。",
                  "売却代金から配当を受けてもなお残る債務は、消滅しません。残債務は引き続きお支払いいただく必要があります。"),
                 ("分割での支払いはできますか。",
                  "ご収入・ご生活の状況をお伺いしたうえで、分割でのお支払いをご相談させていただきます。"),
                 ("連絡をしないとどうなりますか。",
                  "訴訟・支払督促などの法的手続や、連帯保証人様へのご請求を行うことがあります。")):
        p2.gap(1.5)
        p2.line("Ｑ　" + q, x=22, size=9.8, font="sans-bold")
        p2.para("Ａ　" + a, x0=27, x1=190, size=9.3, indent="")
    p2.gap(6)
    p2.line(GUAR + "　債権管理部", x=110, size=10, font="sans-bold")
    p2.line("TEL 011-000-4127　FAX 011-000-4128", x=110, size=9)
    tr = truth(document_type="collection_notice", sender=GUAR, phone="011-000-4127", creditor=GUAR,
               status="not_applicable", original=BANK, debtor="米内山孝志", total=T, principal=YN_P2, interest=None,
               late_damages=L2, rate=YN_R, lump=True, issued=issued, payment_due=due, reference="KB-2606-11873",
               input_kind="pdf_text_2page", template="proxy74_guarantor_dividend_appropriation_ledger",
               received=D(2026, 3, 23))
    return dict(stem="ce05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="collection_notice (guarantee company, 配当金充当のお知らせ with the rest, 2 pages)",
                unusual="a purple side-bar logo; the 配当 SUBTRACTED in a numbered ledger: 求償元金 and 損害金 (to the 配当期日) "
                        "unnumbered, ① 配当期日現在の求償債権額, ② 配当金受領額 △…, ③ 充当後の求償元金（①－②）, ④ 損害金 "
                        "(from the day after the 配当期日), ⑤ ご請求残高（③＋④）; the total also in the due-date frame; "
                        "p.2 the 配当 breakdown (売却代金 / 執行費用 △ / 交付要求 釧路市 △ / 当社への配当額) and a 充当 table "
                        "with a 0 cell, then a Q&A; the bank named once in brackets in the first paragraph as the lender "
                        "paid by the 代位弁済 (→ original); NO 喪失 date and NO last payment printed")


# ---------------------------------------------------------------------------------------------
# ce06 real servicer SMBC債権回収: 配当後の残債務 一括ご請求, iPhone HEIC; a before/充当/after table.


def ce06():
    issued, due = D(2025, 11, 14), D(2025, 12, 5)
    L = late(TI_P, TI_R, TI_DIV + timedelta(1), issued)
    T = TI_P + L
    pr_used = TI_D - TI_LD
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=SMBC))
    p.at(15, 20, "SMBC債権回収株式会社", size=14, font="sans-bold", color=SMBC)
    p.at(15, 25, "（法務大臣許可　第10号）", size=8.5, color=SMBC)
    p.at(196, 18, f"ご通知日　令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 23, "お客様番号　7730-118452", size=9.5, align="r")
    p.y = 32
    p.line("〒030-0000 青森県青森市うらら坂9丁目9番9号　ハイツうらら203", size=9.5)
    p.line("種市　由美子　様", size=13.5)
    p.gap(3)
    p.title("競売配当後の残債務について（一括ご請求）", size=14.5, color=SMBC)
    p.para(f"当社が{era(TI_ASSIGN)}に{TI_ORIG}から譲り受けました貴殿に対する求償債権につきまして、担保不動産競売事件"
           f"（盛岡地方裁判所{fw('令和6年（ケ）第88号')}）の{era(TI_DIV)}の配当金を下表のとおり充当いたしました。", size=9.6)
    p.para(f"充当後もなお残債務がございますので、{era(due)}（{wd(due)}）までに、下記ご請求額を一括してお支払いください。",
           size=9.6)
    p.gap(1)
    rows = [["", "配当前残高", "配当充当額", "配当後残高"],
            ["求償元金", f"{TI_S:,}", f"△{pr_used:,}", f"{TI_P:,}"],
            [f"損害金（～{md(TI_DIV)}）", f"{TI_LD:,}", f"△{TI_LD:,}", "0"],
            ["計", f"{TI_S + TI_LD:,}", f"△{TI_D:,}", f"{TI_P:,}"]]
    p.table(rows, [44, 44, 44, 44], x=17, header=True, aligns="lrrr", size=9.5, row_h=7.4)
    p.line("（単位：円）", x=193, size=7.5, align="r")
    p.gap(2)
    y = p.y
    p.add(Box(17, y, 176, 30, 0.6, SMBC, (0.93, 0.97, 0.95)))
    p.at(21, y + 6.5, "ご請求額の内訳", size=10, font="sans-bold", color=SMBC)
    for i, (lab, v) in enumerate((("配当後元金", TI_P),
                                  (f"損害金（{md(TI_DIV + timedelta(1))}～{md(issued)}・年14.6％）", L))):
        p.at(26, y + 13 + i * 5.6, lab, size=9.8)
        p.at(120, y + 13 + i * 5.6, f"{v:,}円", size=9.8, align="r")
    p.add(Line(26, y + 21.5, 120, y + 21.5, 0.3))
    p.at(26, y + 26.5, "ご請求額", size=11, font="sans-bold")
    p.at(120, y + 26.5, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.add(Box(130, y + 9, 58, 17, 0.8, RED, WHITE))
    p.at(159, y + 15, "お支払期限", size=9, font="sans-bold", align="c", color=RED)
    p.at(159, y + 22.3, f"{era(due)}（{wd(due)}）", size=10.5, font="sans-bold", align="c", color=RED)
    p.y = y + 34
    p.line("ご参考", size=9.5, font="sans-bold")
    for s in (f"原債権者　{TI_ORIG}　（当社譲受日　{era(TI_ASSIGN)}）",
              f"期限の利益喪失日　{era(TI_ACC)}　　最終ご返済日　{era(TI_LAST)}",
              f"代位弁済日　{era(TI_SUB)}　　売却代金　12,680,000円"):
        p.line(s, x=20, size=9)
    p.gap(2)
    p.para("お振込先　みちのく八甲田銀行 本店 普通預金 3008721 エスエムビーシーサイケンカイシユウ（カ　※お客様番号をご依頼人名の"
           "前にご入力ください。", size=9, indent="")
    p.para("一括でのお支払いが難しい場合は、お支払期限までに必ずご連絡ください。分割でのお支払いについてもご相談を承ります。",
           size=9, indent="")
    qr(p, 17, p.y + 2, 18, "ce06")
    p.at(40, p.y + 8, "SMBC債権回収株式会社　回収第二部", size=10, font="sans-bold")
    p.at(40, p.y + 13, "お問い合わせ　0120-000-310（平日9:00～18:00）　担当　鳥潟", size=9)
    p.at(40, p.y + 18, "〒104-0000 東京都中央区もやい橋9丁目9番9号", size=8.5)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-310", creditor="SMBC債権回収株式会社", status="licensed", original=TI_ORIG,
               debtor="種市由美子", total=T, principal=TI_P, interest=None, late_damages=L, rate=TI_R, lump=True,
               issued=issued, payment_due=due, acceleration=TI_ACC, last_payment=TI_LAST, assignment=TI_ASSIGN,
               reference="7730-118452", input_kind="photo_heic",
               template="proxy74_servicer_lump_sum_after_dividend_before_after_table", received=D(2025, 11, 17))
    return dict(stem="ce06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=3.0, creases=2, glare=26, fill=0.82, warm=0.15),
                about="collection_notice (real servicer, 一括請求 after the 配当)",
                unusual="iPhone HEIC on a pale desk with tri-fold creases and a lamp glare; real servicer ★ SMBC債権回収"
                        "株式会社 under a green top band with 「（法務大臣許可　第10号）」 (no 番号); a 4-column table "
                        "配当前残高 / 配当充当額 (△) / 配当後残高 with a 0 cell for the old 損害金; a tinted ご請求額の内訳 "
                        "box (配当後元金 + new 損害金) with a RED お支払期限 box inside it; the (ケ) number of another "
                        "court, the 代位弁済日, the 売却代金 12,680,000円 and a QR as distractors; a ご参考 list with "
                        "原債権者, 譲受日, 喪失日, 最終ご返済日")


# ---------------------------------------------------------------------------------------------
# ce07 joint 債権譲渡通知書: real servicer (譲渡人) sells the rest to an INVENTED servicer (譲受人).


def ce07():
    issued = D(2026, 1, 16)
    L = late(TI_P, TI_R, TI_DIV + timedelta(1), TI_SALE2)
    T = TI_P + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.y = 26
    p.line("種市　由美子　殿", size=13)
    p.line("（ご住所　青森県青森市うらら坂9丁目9番9号　ハイツうらら203）", size=8.5)
    p.gap(6)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para("冠省　下記譲渡人は、貴殿に対して有する下記債権を、下記譲受人に譲渡いたしましたので、民法第467条の規定に基づき、"
           "譲渡人及び譲受人の連名をもってご通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。なお、本通知は新たなご請求ではございません。")
    p.line("草々", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("１　譲　渡　日", era(TI_SALE2)),
          ("２　譲渡債権", f"譲渡人が{era(TI_ASSIGN)}{TI_ORIG}から譲り受けた求償債権（同社が{era(TI_SUB)}に代位"
                         "弁済したことにより取得したもの）の配当充当後の残額"),
          ("３　期限の利益喪失日", era(TI_ACC)),
          ("４　最終ご返済日", era(TI_LAST))], x=22, label_w=42, size=10)
    p.line("５　譲渡債権の額（譲渡日現在）", x=22, size=10)
    for lab, v in (("（１）求償元金", TI_P), (f"（２）損害金（{era(TI_DIV + timedelta(1))}～{era(TI_SALE2)}、年14.6％）", L),
                   ("（３）合計", T)):
        b = p.line(lab, x=30, size=10, font="serif-bold" if "合計" in lab else None)
        p.at(178, b, f"金{v:,}円", size=10, align="r", font="serif-bold" if "合計" in lab else "serif")
    p.kv([("６　お客様番号", "TK-260109-0457（譲受人）　／　旧お客様番号 7730-118452（譲渡人）")], x=22, label_w=42, size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.line("通知人", x=22, size=10.5, font="serif-bold")
    y = p.y
    for i, (role, lines, seal) in enumerate((
            ("（譲渡人）", ["東京都中央区もやい橋9丁目9番9号", "SMBC債権回収株式会社", "代表取締役　畑山　敏明",
                          "法務大臣許可番号　第10号"], "SMBC債権回収|代表取締役"),
            ("（譲受人）", ["東京都台東区しのばず坂9丁目9番9号", "朱鷺野債権回収株式会社", "代表取締役　漆戸　怜",
                          "法務大臣許可番号　第241号", "TEL 03-0000-5241（お問い合わせ窓口）"], "朱鷺野債権回収|代表取締役"))):
        yy = y + i * 30
        p.at(24, yy + 5, role, size=10)
        for k, s in enumerate(lines):
            p.at(50, yy + 5 + k * 5.0, s, size=10 if k != 1 else 11, font="serif-bold" if k == 1 else "serif")
        p.seal(150, yy + 11, 15, "round", seal, angle=(-8 if i else 5), seed=74070 + i)
    tr = truth(document_type="assignment_notice", sender="朱鷺野債権回収株式会社", license_number=241,
               phone="03-0000-5241", creditor="朱鷺野債権回収株式会社", status="unverified",
               original="SMBC債権回収株式会社", debtor="種市由美子", total=T, principal=TI_P, interest=None,
               late_damages=L, rate=TI_R, lump=False, issued=issued, payment_due=None, acceleration=TI_ACC,
               last_payment=TI_LAST, assignment=TI_SALE2, reference="TK-260109-0457", input_kind="pdf_text",
               template="proxy74_joint_assignment_servicer_to_invented_servicer", received=D(2026, 1, 19))
    return dict(stem="ce07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, real servicer → invented servicer)",
                unusual="the rest after the 配当 sold ON from one servicer to another: joint 債権譲渡通知書 (冠省…草々) "
                        "whose 譲渡人 is the real servicer ★ SMBC債権回収 (「法務大臣許可番号　第10号」) and whose 譲受人 is "
                        "the INVENTED 朱鷺野債権回収株式会社 (「第241号」, → unverified), stacked as two 通知人 blocks at the "
                        "bottom with round seals, only the 譲受人 with a phone; the 記 numbered １–６ with the amounts as "
                        "（１）–（３） sub-lines; お客様番号 of the 譲受人 and the 旧お客様番号 of the 譲渡人 on ONE line; the "
                        "chain of two earlier transfers (保証会社 → SMBC → 朱鷺野) in item ２; informs only")


# ---------------------------------------------------------------------------------------------
# ce08 real servicer アルファ債権回収: 残債務のお支払いについてのご相談 after a 任意売却, scanned.


def ce08():
    issued, due = D(2025, 9, 12), D(2025, 10, 3)
    L = late(NT_P, NT_R, NT_SALE + timedelta(1), issued)
    T = NT_P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 15, color=None, fill=(0.92, 0.95, 0.99)))
    p.at(20, 21.5, "アルファ債権回収株式会社", size=14, font="sans-bold", color=ALFA)
    p.at(20, 25.5, "債権管理回収業　法務大臣許可番号　第101号", size=7.5, color=ALFA)
    p.at(192, 19, "お客様相談センター", size=9, align="r", color=ALFA)
    p.at(192, 24.5, "0120-000-101", size=12, font="sans-bold", align="r", color=ALFA)
    p.y = 34
    p.line("〒392-0000　長野県諏訪市みずうみ通9丁目9番9号", size=9.5)
    p.line("夏井　健吾　様", size=13.5)
    p.at(196, 36, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(196, 41, "お客様番号　AL-58-220914", size=9.5, align="r")
    p.y = 52
    p.title("残債務のお支払いについてのご相談", size=15, color=ALFA)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8)
    p.para(f"ご自宅の任意売却（{era(NT_SALE)}決済）により、売却代金が{NT_ORIG}の求償債権に充当されましたが、なお下記の"
           f"残債務がございます。当社は{era(NT_ASSIGN)}、同社からこの残債務を譲り受けました。", size=9.8)
    p.para("当社では、お客様のご収入やご生活の状況に合わせたお支払い方法をご一緒に考えさせていただきたいと存じます。"
           "お手数ですが、下記ご回答期限までにお電話または同封の回答書でご連絡ください。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 98, 34, 0.5))
    p.at(24, y + 6, f"現在のご債務額（{era(issued)}現在）", size=9, font="sans-bold")
    for i, (lab, v) in enumerate((("残元金", NT_P), ("遅延損害金（7月1日から年14％）", L))):
        p.at(24, y + 13 + i * 6, lab, size=9.5)
        p.at(114, y + 13 + i * 6, f"{v:,}円", size=9.5, align="r")
    p.add(Line(24, y + 23.5, 114, y + 23.5, 0.3))
    p.at(24, y + 29.5, "合計", size=10.5, font="sans-bold")
    p.at(114, y + 29.5, f"{T:,}円", size=11, font="sans-bold", align="r")
    p.add(Box(124, y, 66, 34, 1.0, ALFA))
    p.at(157, y + 9, "ご回答期限", size=10.5, font="sans-bold", align="c", color=ALFA)
    p.at(157, y + 18, f"令和{due.year - 2018}年{due.month}月{due.day}日（{wd(due)}）", size=11.5, font="sans-bold",
         align="c")
    p.at(157, y + 27, "お電話・回答書どちらでも", size=8, align="c")
    p.y = y + 39
    p.line("ご相談の流れ", size=10, font="sans-bold", color=ALFA)
    x = 20
    for i, s in enumerate(("お電話またはご回答", "ご収入・ご家計の確認", "お支払い計画のご提案")):
        p.add(Box(x, p.y, 52, 12, 0.4, ALFA))
        p.at(x + 3, p.y + 7.8, f"{'①②③'[i]}　{s}", size=9)
        if i < 2:
            p.at(x + 56, p.y + 7.8, "▶", size=10, align="c", color=ALFA)
        x += 60
    p.y += 17
    p.line("ご参考", size=9.5, font="sans-bold")
    for s in (f"原債権者　{NT_ORIG}　　当社譲受日　{era(NT_ASSIGN)}",
              f"最終ご返済日　{era(NT_LAST)}　　期限の利益喪失日　{era(NT_ACC)}",
              "売却代金　18,200,000円（うち求償債権への充当額 17,046,118円）"):
        p.line(s, x=22, size=9)
    p.gap(2)
    p.para("※ご連絡をいただけない場合、やむを得ず法的手続をとらせていただくことがあります。※当社は法務大臣の許可を受けた"
           "債権回収会社です。当社社員が現金を受け取ることはありません。", size=8.5, indent="")
    p.gap(3)
    p.line("アルファ債権回収株式会社　長野オフィス", x=100, size=10, font="sans-bold")
    p.line("〒380-0000 長野県長野市しおじ通9丁目9番9号", x=100, size=8.5)
    p.line("担当　丹藤　（TEL 0120-000-101　受付 平日9時～18時）", x=100, size=9)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed", original=NT_ORIG,
               debtor="夏井健吾", total=T, principal=NT_P, interest=None, late_damages=L, rate=NT_R, lump=False,
               issued=issued, payment_due=due, acceleration=NT_ACC, last_payment=NT_LAST, assignment=NT_ASSIGN,
               reference="AL-58-220914", input_kind="scan_png",
               template="proxy74_servicer_consultation_after_voluntary_sale", received=D(2025, 9, 16))
    return dict(stem="ce08", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, ご相談 after the 任意売却)",
                unusual="a SOFT letter: 「残債務のお支払いについてのご相談」 with 拝啓…敬具, no demand to pay at once (lump "
                        "false); real servicer ★ アルファ債権回収株式会社 in a pale-blue header band with 「債権管理回収業　"
                        "法務大臣許可番号　第101号」 and the 0120 number big top-right; the amounts in a small framed box "
                        "(残元金 / 遅延損害金（7月1日から年14％）/ 合計) beside a blue ご回答期限 box; a ①▶②▶③ ご相談の流れ "
                        "strip; ご参考 lines with 売却代金 18,200,000円 and 充当額 17,046,118円 as distractors")


LETTERS = [ce01, ce02, ce03, ce04, ce05, ce06, ce07, ce08]
