"""Proxy set 30, letters am01–am08: "debtors of every kind". A real servicer's demand to a 連帯保証人 naming the bank
and the 主債務者 (am01); a 信用金庫's 縦書き 期限の利益喪失通知 to a sole proprietor 「ひさご屋酒店こと」 (am02); a law office's
和解案 by fax to a small company 「御中」 (am03) and the bank's demand to its president as guarantor (am04); a guarantee
company's 代位弁済通知 to two 連帯債務者 (am05); a joint 債権譲渡通知 to the heir of a deceased card holder (am06); an
invented servicer writing to a debtor who moved (am07); a 簡裁 (ハ) 呼出状 served at a 「○○方」 address (am08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SMBC_GREEN = (0.0, 0.36, 0.27)
PLUM = (0.42, 0.12, 0.38)
MOE = (0.30, 0.45, 0.10)
KASUMI = (0.55, 0.25, 0.50)
NARUMI = (0.10, 0.25, 0.45)
ORANGE = (0.85, 0.40, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# am01 real servicer (SMBC債権回収, 第10号) → 連帯保証人, naming the original bank and the 主債務者.


def am01():
    R = 14.0
    issued, due = D(2026, 2, 16), D(2026, 3, 2)
    acc, lastp, assign, told = D(2025, 8, 5), D(2025, 5, 30), D(2025, 12, 19), D(2025, 9, 22)
    P, I = 3_184_000, 42_316
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Line(15, 12, 196, 12, 2.2, SMBC_GREEN))
    p.at(196, 20, f"{era(issued)}", size=10, align="r")
    p.at(196, 25.5, "ご照会番号：SM-0216-4471", size=9.5, align="r")
    window(p, 15, 17, "370-0000", ["群馬県高崎市うたせ台九丁目9番9号"], "水鳥　孝雄　様", "am01bar", w=90, h=34, size=9.5,
           name_size=13)
    p.at(110, 36, "SMBC債権回収株式会社", size=12, font="sans-bold", color=SMBC_GREEN)
    p.at(110, 41.5, "法務大臣許可番号　第10号", size=8.5)
    p.at(110, 46, "〒104-0000 東京都中央区月影橋九丁目9番9号", size=8)
    p.at(110, 50.3, "北関東チーム　TEL 03-0000-5810（平日9時～17時30分）", size=8)
    p.at(110, 54.6, "担当　長船", size=8)
    p.seal(188, 40, 10, "square", "SMBC債権回収印", angle=2, seed=30011)
    p.y = 60
    p.title("保証債務のご履行について（ご請求）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8)
    p.para(f"貴殿が連帯保証人となっておられる下記主たる債務者の株式会社うたせ銀行に対する債務につきましては、{era(assign)}付で"
           "当社が同行から譲り受け、同行と連名にて主たる債務者及び貴殿にご通知申し上げたところです。", size=9.8)
    p.para(f"主たる債務者は{era(acc)}の経過をもって期限の利益を喪失され、その後もご弁済がございません。つきましては、連帯保証人"
           "である貴殿に対し、保証債務の履行として、下記ご請求金額を一括してお支払いくださいますようご請求申し上げます。",
           size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    p.y = grid(p, 15, p.y, [34, 56, 34, 57],
               [["主たる債務者", "鴨下　健吾　様", "原債権者", "株式会社うたせ銀行"],
                ["ご契約", "証書貸付（事業資金）", "ご契約日", "平成31年3月8日"],
                ["債権譲受日", era(assign), "当初お借入額", "5,000,000円"],
                ["期限の利益喪失日", era(acc), "最終ご入金日", f"{era(lastp)}（主債務者）"]], h=7.5, size=9.2)
    p.gap(4)
    p.line(f"ご請求金額の内訳（{era(issued)}現在）", size=10.5, font="sans-bold", color=SMBC_GREEN)
    p.table([["残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から年14.0％）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [120, 50], x=22, aligns="lr", size=10, row_h=7.6, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 170, 13, 0.9, SMBC_GREEN))
    p.at(27, y + 8.5, "お支払期限", size=11, font="sans-bold", color=SMBC_GREEN)
    p.at(60, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(188, y + 8.5, "までにお振込みください", size=9, align="r")
    p.y = y + 17
    p.para("お振込先　ゆうちょ銀行 〇一九店 当座預金 0314471 エスエムビーシーサイケンカイシユウ（カ　※お振込みの際は、ご依頼人名の"
           "前にご照会番号の数字（02164471）をご入力ください。", size=9, indent="")
    p.para("分割でのお支払いをご希望の場合や、主たる債務者とのご相談については、お支払期限までに担当までお電話ください。",
           size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.25, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate([f"※主たる債務者の期限の利益喪失については、{era(told)}付書面にて保証人様にお知らせしております"
                           "（民法第458条の3）。",
                           "※遅延損害金は、お支払いの日まで残元金に対し年14.0％（年365日の日割計算）の割合で加算されます。",
                           "※当社は法務大臣の許可を受けた債権管理回収専門会社です。本状と行き違いにご入金の際はご容赦ください。"]):
        p.at(18, y + 5.5 + i * 5.2, s, size=8.3)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10, phone="03-0000-5810",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社うたせ銀行", debtor="水鳥孝雄",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="SM-0216-4471", input_kind="pdf_text",
               template="proxy30_servicer_demand_to_joint_guarantor", received=D(2026, 2, 18))
    return dict(stem="am01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer → 連帯保証人, bank and 主債務者 named)",
                unusual="real servicer ★ SMBC債権回収株式会社 (「法務大臣許可番号　第10号」) writes to the 連帯保証人 (the "
                        "addressee in a window block with bars) for a bank loan it bought: a shaded 4×2 grid names the 主たる"
                        "債務者 鴨下健吾 and the 原債権者 うたせ銀行, with 債権譲受日, 喪失日, 最終ご入金日「（主債務者）」, ご契約日 "
                        "平成31年 and 当初お借入額 5,000,000 (distractors); colon label ご照会番号： top-right; a shaded-label "
                        "table 残元金 / 未収利息 / 遅延損害金 / ご請求金額; the 民法第458条の3 notice date 9/22 and the digits-only "
                        "transfer code 02164471 as distractors")


# ---------------------------------------------------------------------------------------------
# am02 信用金庫 縦書き 期限の利益喪失通知書 (内容証明) to a sole proprietor 「ひさご屋酒店こと」; scanned.


def am02():
    R = 14.0
    issued, due = D(2025, 10, 24), D(2025, 11, 7)
    lastp, warn, acc = D(2025, 8, 25), D(2025, 10, 3), D(2025, 10, 17)
    P, I = 4_730_000, 28_640
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当金庫との間の平成三十年五月十五日付金銭消費貸借契約（証書貸付・ひさご屋酒店の事業資金）に基づく"
                 f"毎月の約定返済を、{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当金庫は、{kdate(warn)}付催告書をもって延滞元利金の支払を催告いたしましたが、催告期限である{kdate(acc)}"
                 "までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書第五条第二項により、{kdate(acc)}の経過をもって期限の利益を喪失しました"
                 "ので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当金庫本店融資管理課まで一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年十月十八日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのないときは、担保物件（店舗兼住宅）について法的手続に移行いたしますので、念のため"
                 "申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "島根県出雲市月影通九丁目九番九号"),
        ("low", "いずもざき信用金庫"),
        ("low", "理事長　赤羽根　正一"),
        ("low", "電話　〇八五三（〇〇）四四一二"),
        ("low", "（管理番号　ＩＺ２５－０４７１）"),
        ("blank", ""),
        ("low", "島根県出雲市かげろう町九丁目九番九号"),
        ("low", "ひさご屋酒店こと"),
        ("low", "廿楽　房江　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 30021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "赤羽根" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18.5) * size * 0.3528 * 1.05, 9, "square", "いずもざき信用金庫理事長之印",
                         angle=-3, seed=30022))
    tr = truth(document_type="acceleration_notice", sender="いずもざき信用金庫", phone="0853-00-4412",
               creditor="いずもざき信用金庫", status="not_applicable", debtor="廿楽房江", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IZ25-0471", input_kind="vertical_scan",
               template="proxy30_vertical_shinkin_acceleration_yago_koto", received=D(2025, 10, 27))
    return dict(stem="am02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, to a 屋号「こと」)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 (理事長 seal), scanned, with the 内容証明 stamp; the addressee in "
                        "three columns 「ひさご屋酒店こと」 / 「廿楽　房江　殿」 (the 屋号 is not the debtor's name); the 屋号 "
                        "again inside the contract description; 催告書 date 十月三日 and its deadline 十月十七日 (= acceleration "
                        "「の経過をもって」); positional kanji amounts; 信用金庫取引約定書第五条第二項; phone in kanji digits "
                        "with a 2-digit exchange 〇八五三（〇〇）四四一二; full-width 管理番号 ＩＺ２５－０４７１ stacked")


# ---------------------------------------------------------------------------------------------
# am03 law office for the bank: 和解案 by 2-page fax to a small company 「御中」 with its president 「様」 below.

MOE_P, MOE_I, MOE_R = 8_600_000, 61_200, 14.0
MOE_ACC, MOE_LAST = D(2025, 12, 10), D(2025, 9, 30)


def am03():
    issued, reply = D(2026, 1, 20), D(2026, 2, 6)
    P, I, R = MOE_P, MOE_I, MOE_R
    L = late(P, R, MOE_ACC + timedelta(1), issued)
    T = P + I + L
    mon, n = 150_000, 57
    last_inst = P - mon * n
    assert mon * n + last_inst == P and 0 < last_inst < mon
    p = Page(font="serif", size=10, top=12)
    p.at(15, 15, f"ＦＡＸ送信　全２枚（本紙含む）　送信日 {era(issued)}", size=9, color=GRAY)
    p.add(Line(15, 17, 196, 17, 0.3, GRAY))
    p.y = 21
    p.line("株式会社アサギ測量設計　御中", size=13.5, font="serif-bold")
    p.line("代表取締役　国府田　隆　様", size=11, x=26)
    p.line("（貴社ＦＡＸ 011-000-6620）", size=8.5, x=26, color=GRAY)
    p.at(196, 24, f"{era(issued)}", size=10, align="r")
    p.at(196, 29.5, "当職ら整理番号　TJ-2601-17", size=9, align="r")
    p.y = 42
    for s, sz, f in (("〒060-0000 札幌市中央区若葉台九丁目9番9号", 8.5, "serif"),
                     ("鷹箸・陣内法律事務所", 11.5, "serif-bold"),
                     ("株式会社もえぎ野銀行代理人　弁護士　鷹箸　聡", 9.5, "serif"),
                     ("同　　　　　　　　　　　　　弁護士　陣内　美和", 9.5, "serif"),
                     ("TEL 011-000-3370　FAX 011-000-3371", 9.5, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(103, 52, 11, "square", "弁護士鷹箸聡", angle=3, seed=30031)
    p.gap(3)
    p.title("ご返済についてのご提案（和解案）", size=14.5, font="serif-bold")
    p.para("前略　当職らは、株式会社もえぎ野銀行（以下「銀行」といいます。）から委任を受けた代理人として、貴社に対し、以下の"
           "とおりご連絡いたします。")
    p.para(f"貴社は、銀行との間の証書貸付契約に基づく約定返済を{era(MOE_LAST)}のお支払いを最後に遅滞され、{era(MOE_ACC)}の"
           "経過をもって期限の利益を喪失されております。先日、代表取締役様から分割によるお支払いのご希望を伺いましたので、"
           "銀行と協議のうえ、下記のとおり和解案をご提示いたします。")
    p.gap(1)
    p.line(f"１　現在のご債務（{era(issued)}現在）", size=10.5, font="serif-bold")
    p.table([["貸付残元金", f"￥{P:,}-"], ["未収利息", f"￥{I:,}-"],
             [f"遅延損害金（{era(MOE_ACC + timedelta(1))}から年14％）", f"￥{L:,}-"], ["合　計", f"￥{T:,}-"]],
            [110, 45], x=26, aligns="lr", size=10, row_h=7.2, ruled="grid")
    p.gap(2)
    p.line("２　和解の条件（案）", size=10.5, font="serif-bold")
    for s in (f"(1) 貸付残元金{P:,}円を、令和8年3月から毎月末日限り{mon:,}円ずつ{n}回、最終回（第{n + 1}回）{last_inst:,}円"
              "にて分割してお支払いいただく。",
              "(2) 上記分割金を遅滞なくお支払いいただいたときは、未収利息及び遅延損害金の支払を免除する。",
              "(3) 分割金の支払を２回分以上怠ったときは当然に期限の利益を失い、免除前の残額を直ちにお支払いいただく。",
              "(4) 連帯保証人国府田隆様には、本和解案と同旨の内容を別途ご連絡いたします。"):
        p.para(s, x0=26, x1=192, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 170, 12, 1.2))
    p.at(26, y + 8, "ご回答期限", size=11, font="serif-bold")
    p.at(58, y + 8.3, f"{era(reply)}（{wd(reply)}）", size=12.5, font="serif-bold")
    p.at(188, y + 8, "（２枚目の回答書をＦＡＸで）", size=8.5, align="r")
    p.y = y + 16
    p.para("ご回答期限までにご回答のない場合は、本和解案を撤回し、貴社及び連帯保証人に対する法的手続に移行いたします。なお、"
           "本書は和解のご提案であり、ご回答前の振込みはご不要です。", size=9.3)
    p.line("草々", align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.at(196, 14, "２／２", size=9, align="r")
    q.title("回　答　書", size=16, font="serif-bold")
    q.line("鷹箸・陣内法律事務所　御中（ＦＡＸ 011-000-3371）", size=10.5)
    q.gap(4)
    q.para(f"当社は、{era(issued)}付「ご返済についてのご提案（和解案）」（整理番号 TJ-2601-17）について、以下のとおり回答します。")
    q.gap(4)
    for s in ("□　和解案を承諾します。", "□　和解案の条件の変更を希望します（希望する月額：　　　　　　　　円）",
              "□　代理人弁護士に依頼しましたので、今後は代理人あてにご連絡ください。"):
        q.line(s, x=30, size=11)
        q.gap(3)
    q.gap(8)
    for lab in ("回答日　　令和　　年　　月　　日", "会社名", "代表者氏名　　　　　　　　　　　　　　　　　　㊞",
                "ご連絡先（担当者・電話）"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 185, q.y - 1, 0.3))
        q.gap(7)
    tr = truth(document_type="settlement_proposal", sender="鷹箸・陣内法律事務所", phone="011-000-3370",
               creditor="株式会社もえぎ野銀行", status="not_applicable", debtor="株式会社アサギ測量設計", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=MOE_ACC, last_payment=MOE_LAST, reference="TJ-2601-17", input_kind="fax_tiff",
               template="proxy30_lawyers_settlement_to_company_onchu_fax", received=issued)
    return dict(stem="am03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:02 TAKAHASHI JINNAI LAW 011-000-3371",
                about="settlement_proposal (law office for a bank, to a company 御中, 2-page fax)",
                unusual="2-page G4 fax of two lawyers for a bank to a SMALL COMPANY: 「株式会社アサギ測量設計　御中」 with "
                        "「代表取締役　国府田　隆　様」 under it (the company is the debtor) and the company's own FAX number "
                        "(distractor); a 送信 line 「全２枚」 at the top; serif 前略 … 草々; ￥…- amounts in a grid table; the "
                        "plan 150,000 × 57 + 最終回 (distractors) and the 連帯保証人 named in item (4); a heavy-framed ご回答期限 "
                        "(= payment_due); TEL / FAX on one line; p.2 a tick-box 回答書")


# ---------------------------------------------------------------------------------------------
# am04 the bank's 保証債務履行請求書 to the company's president as 連帯保証人; phone photo stored sideways (EXIF 6).


def am04():
    issued, due = D(2026, 2, 24), D(2026, 3, 10)
    P, I, R = MOE_P, MOE_I, MOE_R
    L = late(P, R, MOE_ACC + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(15, 11, 6, 14, color=None, fill=MOE))
    p.at(24, 19, "もえぎ野銀行", size=15, font="sans-bold", color=MOE)
    p.at(24, 24, "融資管理部", size=8.5, color=MOE)
    p.at(196, 17, f"発信日　{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "融資管理番号　MG-26-7731", size=10, align="r")
    p.y = 32
    p.line("〒064-0000", size=10)
    p.line("札幌市中央区りんごの木通九丁目9番9号", size=10)
    p.line("国府田　隆　殿", size=14)
    p.line("（株式会社アサギ測量設計　連帯保証人）", size=9, x=26)
    p.gap(4)
    p.title("保証債務履行請求書", size=17)
    p.para(f"貴殿が平成30年6月12日付保証契約により連帯保証された主債務者株式会社アサギ測量設計の当行に対する下記債務は、同社が"
           f"{era(MOE_ACC)}の経過をもって期限の利益を喪失したため、全額の弁済期が到来しております。")
    p.para(f"当行代理人弁護士から同社あてに{era(D(2026, 1, 20))}付で和解案をお送りいたしましたが、ご回答期限の"
           f"{era(D(2026, 2, 6))}までにご回答はございませんでした。つきましては、連帯保証人である貴殿に対し、保証債務の履行"
           "として、下記金額を一括してお支払いくださるよう請求いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("主債務者", "株式会社アサギ測量設計（代表取締役　国府田　隆）"), ("債務の内容", "証書貸付（運転資金）平成30年6月実行"),
          ("最終ご返済日", era(MOE_LAST)), ("期限の利益喪失日", era(MOE_ACC)),
          ("保証の極度額", "金12,000,000円（根保証）")], x=24, label_w=38, size=10)
    p.gap(2)
    x0, x1 = 30, 178
    p.line(f"ご請求金額（{era(issued)}現在）", x=24, size=10.5, font="sans-bold")
    for lab, val in (("元金", f"{P:,}円"), ("利息", f"{I:,}円"),
                     (f"遅延損害金　年14％　{era(MOE_ACC + timedelta(1))}～{era(issued)}", f"{L:,}円")):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.15, GRAY))
    p.gap(1)
    b = p.line("合計", x=x0, size=12, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.7))
    p.gap(4)
    y = p.y
    p.add(Box(24, y, 160, 12, 0.4, None, (0.93, 0.97, 0.88)))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold", color=MOE)
    p.at(60, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　もえぎ野銀行 本店営業部 普通預金 2607731 カ）モエギノギンコウ ユウシカンリブ", size=9.5, indent="")
    p.para("上記期限までにお支払い又はご相談がない場合は、主債務者及び貴殿に対し、訴訟その他の法的手続をとらせていただきます。"
           "貴殿ご所有の不動産に対する仮差押えを行うことがありますので、あらかじめご承知おきください。", size=9.5)
    p.gap(4)
    for s, sz in (("株式会社もえぎ野銀行　融資管理部", 11), ("部長　宇留野　智之", 10), ("〒060-0000 札幌市中央区月影通九丁目9番9号", 8.5),
                  ("電話 011-000-2140（直通）", 10)):
        p.line(s, x=110, size=sz, font="sans-bold" if sz == 11 else "sans")
    p.seal(188, p.y - 13, 13, "square", "もえぎ野銀行融資管理部長", angle=-4, seed=30041)
    tr = truth(document_type="collection_notice", sender="株式会社もえぎ野銀行", phone="011-000-2140",
               creditor="株式会社もえぎ野銀行", status="not_applicable", debtor="国府田隆", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=MOE_ACC,
               last_payment=MOE_LAST, reference="MG-26-7731", input_kind="photo_exif_rotated",
               template="proxy30_bank_guarantee_demand_to_president_rotated", received=D(2026, 2, 26))
    return dict(stem="am04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.85,
                          warm=0.15),
                about="collection_notice (bank → the company's president as 連帯保証人)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk with tri-fold creases and a hand "
                        "shadow at the bottom; the bank's 保証債務履行請求書 to the PRESIDENT of am03's company as 連帯保証人, "
                        "addressed 「国府田　隆　殿」 with 「（株式会社アサギ測量設計　連帯保証人）」 under it; the company named as "
                        "主債務者 in the prose and the kv block; the lawyers' 和解案 date 1/20 and its ご回答期限 2/6 in the prose "
                        "(distractors); 保証の極度額 12,000,000 (根保証) as a distractor; the amounts as label lines with "
                        "hairlines (元金 / 利息 / 遅延損害金 / 合計); sender block bottom-right with 部長 seal")


# ---------------------------------------------------------------------------------------------
# am05 guarantee company 代位弁済のご通知 to TWO 連帯債務者 (husband and wife), 2 pages, digital.


def am05():
    issued, due = D(2026, 3, 9), D(2026, 3, 31)
    lastp, acc, subro = D(2025, 10, 27), D(2026, 1, 15), D(2026, 2, 27)
    P0, I0 = 21_460_000, 38_250
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    R = 14.6
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "かすみ草ローン保証株式会社", size=13, font="sans-bold", color=KASUMI)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "保証番号　KS-08-55120", size=10, align="r")
    p.add(Box(15, 27, 96, 36, 0.2, GRAY))
    p.at(19, 33, "〒330-0000", size=9.5)
    p.at(19, 38.5, "埼玉県さいたま市浦和区鷹羽町九丁目9番9号", size=9.5)
    p.at(22, 47, "八鍬　大地　様", size=13)
    p.at(22, 55, "八鍬　さつき　様", size=13)
    p.at(88, 51, "（連帯債務者）", size=8, color=GRAY)
    p.y = 68
    p.title("代位弁済のご通知及び求償金のご請求", size=15)
    p.para("平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("お二人が連帯債務者として株式会社風見銀行との間で締結された住宅ローン契約（令和2年4月24日付）について、当社は"
           f"同行との保証契約に基づき保証しておりましたが、お二人が{era(acc)}の経過をもって期限の利益を喪失されたため、"
           f"{era(subro)}、同行に対し下記のとおり代位弁済いたしました。")
    p.para("これにより当社は、お二人に対して下記の求償債権を取得いたしましたので、ご通知するとともに、下記お支払期限までに"
           "一括してお支払いいただくようご請求いたします。")
    p.gap(1)
    p.line("１．代位弁済の明細", size=10.5, font="sans-bold", color=KASUMI)
    p.table([["代位弁済日", "代位弁済額", "（うち元金）", "（うち利息）", "（うち損害金）"],
             [era(subro), f"{S:,}円", f"{P0:,}円", f"{I0:,}円", f"{L0:,}円"]],
            [34, 36, 36, 32, 32], x=20, header=True, aligns="ccccc", size=9, row_h=7.5)
    p.line(f"最終ご返済日（銀行）{era(lastp)}　　期限の利益喪失日 {era(acc)}", x=20, size=9)
    p.gap(3)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", color=KASUMI)
    p.table([["求償元金", f"{S:,}円"], [f"遅延損害金（{era(subro + timedelta(1))}から年14.6％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [110, 50], x=20, aligns="lr", size=10.5, row_h=8, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.0, KASUMI))
    p.at(25, y + 9, "お支払期限", size=11.5, font="sans-bold", color=KASUMI)
    p.at(62, y + 9.3, f"{era(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 19
    p.para("お振込先　風見銀行 浦和支店 普通預金 5512008 カスミソウローンホショウ（カ　※ご依頼人名の前に保証番号の数字をご入力"
           "ください。", size=9.3, indent="")
    p.para("裏面（２ページ目）の「ご確認いただきたいこと」を必ずお読みください。", size=9.3, indent="")
    q = Page(font="sans", size=10, top=18)
    q.line("ご確認いただきたいこと", size=13, font="sans-bold", color=KASUMI)
    q.add(Line(20, q.y, 190, q.y, 0.5, KASUMI))
    q.gap(3)
    for h, s in (("連帯債務について", "お二人は連帯債務者として、それぞれ求償債権の全額についてお支払いの義務を負われます。お支払いは"
                                "どちらのお名前でお振込みいただいても結構です（お二人からのお支払いの合計が上記ご請求額に達した時点で"
                                "完済となります）。"),
                 ("遅延損害金について", "求償元金に対し、代位弁済日の翌日から完済の日まで年14.6％（年365日の日割計算）の割合で"
                                  "遅延損害金が発生いたします。"),
                 ("担保不動産について", "お支払期限までにお支払い又はご相談がない場合、当社は抵当権（債権額 金22,000,000円）に"
                                  "基づき、担保不動産の競売を申し立てることがあります。任意売却をご希望の場合はご相談ください。"),
                 ("ご相談窓口", "ご返済が難しい場合は、お早めに下記までご連絡ください。お電話の際は保証番号をお知らせください。")):
        q.line("■ " + h, size=10.5, font="sans-bold")
        q.para(s, x0=24, x1=190, size=9.8, indent="")
        q.gap(3)
    q.gap(6)
    for s, sz, f in (("かすみ草ローン保証株式会社　債権管理部　担当 刑部", 10.5, "sans-bold"),
                     ("〒100-0000 東京都千代田区灯台坂九丁目9番9号", 9, "sans"),
                     ("電話 03-0000-6614（平日 9:00～17:00）", 10, "sans")):
        q.line(s, x=70, size=sz, font=f)
    q.seal(186, q.y - 12, 13, "square", "かすみ草ローン保証之印", angle=3, seed=30051)
    tr = truth(document_type="acceleration_notice", sender="かすみ草ローン保証株式会社", phone="03-0000-6614",
               creditor="かすみ草ローン保証株式会社", status="not_applicable", original="株式会社風見銀行",
               debtor="八鍬大地", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="KS-08-55120",
               input_kind="pdf_text_2page", template="proxy30_guarantor_subrogation_two_joint_debtors",
               received=D(2026, 3, 11))
    return dict(stem="am05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済, to two 連帯債務者)",
                unusual="代位弁済のご通知 addressed to TWO people in one framed block (「八鍬　大地　様」 over 「八鍬　さつき　様」 "
                        "with 「（連帯債務者）」 beside them), 「お二人」 in the prose; a 5-column one-row 代位弁済の明細 table "
                        "(代位弁済額 and its うち元金 / うち利息 / うち損害金 = history); a rows-ruled ご請求金額 table "
                        "求償元金 / 遅延損害金 / ご請求額合計; the bank's last payment and 喪失 on one line under the table; p.2 "
                        "ご確認いただきたいこと (連帯債務, 14.6％, 抵当権 債権額 22,000,000 as a distractor) and the sender block")


# ---------------------------------------------------------------------------------------------
# am06 joint 債権譲渡通知 card company → real servicer (オリックス債権回収, 第11号) to the HEIR of a deceased holder.


def am06():
    R = 18.0
    issued, assign = D(2025, 12, 5), D(2025, 11, 28)
    acc, lastp, died = D(2025, 7, 28), D(2025, 3, 27), D(2025, 4, 21)
    P, I = 684_320, 12_870
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10, top=16)
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.y = 22
    p.line("〒950-0000　新潟県新潟市中央区霧ヶ丘九丁目9番9号", size=10)
    p.line("亡　鶴来　重蔵　様", size=12)
    p.line("相続人　鶴来　千鶴　様", size=13.5, font="serif-bold")
    p.gap(5)
    p.title("債 権 譲 渡 通 知 書", size=16, font="serif-bold")
    p.para(f"謹んで故鶴来重蔵様のご冥福をお祈り申し上げます。被相続人鶴来重蔵様（{era(died)}ご逝去）が譲渡人北斗星カード株式"
           "会社との間で締結されたカード会員契約に基づく下記債権について、譲渡人は、"
           f"{era(assign)}付で、これを譲受人オリックス債権回収株式会社に譲渡いたしました。")
    p.para("つきましては、被相続人の債務を承継された相続人である貴殿に対し、譲渡人及び譲受人の連名をもってご通知申し上げます。"
           "今後のお問い合わせ及びお支払いは、譲受人あてにお願いいたします。")
    p.para("なお、既に家庭裁判所で相続放棄の手続をされている場合は、お手数ですが、相続放棄申述受理通知書の写しを譲受人までお送り"
           "ください。", size=9.5)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("譲渡債権", "カード会員契約（ショッピング・キャッシング）に基づく債権"), ("会員番号", "4980-****-****-3312"),
          ("ご契約日", "平成29年10月2日"), ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("債権譲渡日", era(assign)), ("お客様番号（譲受人）", "OR-25-118845")], x=28, label_w=44, size=10)
    p.gap(2)
    p.line(f"譲渡債権の額（{era(assign)}現在）", x=28, size=10)
    p.table([["元金", "利息・手数料", "遅延損害金（年18.0％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [36, 36, 48, 40], x=28, header=True, aligns="rrrr",
            size=9.8, row_h=8)
    p.gap(4)
    y = p.y
    p.add(Line(15, y, 196, y, 0.3))
    p.at(17, y + 5, "譲渡人", size=8.5, color=GRAY)
    for i, s in enumerate(["〒105-0000 東京都港区北斗坂九丁目9番9号", "北斗星カード株式会社", "代表取締役　綿引　康弘",
                           "カスタマーセンター 03-0000-4170"]):
        p.at(17, y + 11 + i * 5.2, s, size=11 if i == 1 else 8.8, font="serif-bold" if i == 1 else "serif")
    p.at(108, y + 5, "譲受人", size=8.5, color=GRAY)
    for i, s in enumerate(["〒105-0000 東京都港区灯台坂九丁目9番9号", "オリックス債権回収株式会社", "法務大臣許可番号　第11号",
                           "代表取締役　大楠　慎吾", "お問合せ先　03-0000-1188（平日9時～18時）"]):
        p.at(108, y + 11 + i * 5.2, s, size=11 if i == 1 else 8.8, font="serif-bold" if i == 1 else "serif")
    p.seal(92, y + 22, 12, "round", "北斗星カード|代表/取締役", angle=-5, seed=30061)
    p.seal(188, y + 22, 12, "round", "オリックス債権回収|代表/取締役", angle=4, seed=30062)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1188", creditor="オリックス債権回収株式会社", status="licensed",
               original="北斗星カード株式会社", debtor="鶴来千鶴", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OR-25-118845", input_kind="scan_png",
               template="proxy30_joint_assignment_to_heir_of_deceased", received=D(2025, 12, 8))
    return dict(stem="am06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="assignment_notice (joint, card company → real servicer, to the heir)",
                unusual="joint 債権譲渡通知書 addressed 「亡　鶴来　重蔵　様」 over 「相続人　鶴来　千鶴　様」 (bold): the debtor is "
                        "the heir; a condolence opening with the date of death (令和7年4月21日, distractor) and 「被相続人」 in the "
                        "prose; the 相続放棄 note; kv lines with a masked 会員番号, ご契約日 平成29年, last payment, 喪失, 譲渡日 and "
                        "the お客様番号（譲受人）; a 4-column one-row amount table; the two notifier blocks side by side at the "
                        "bottom (譲渡人 with its own phone, 譲受人 ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」)")


# ---------------------------------------------------------------------------------------------
# am07 invented servicer (鳴海債権回収, 第241号) writing to a debtor who MOVED (転居先); iPhone HEIC.


def am07():
    R = 20.0
    issued, due = D(2026, 4, 13), D(2026, 4, 27)
    assign, acc, lastp = D(2025, 9, 30), D(2025, 5, 2), D(2025, 1, 24)
    P, I = 412_900, 6_310
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 16, color=None, fill=NARUMI))
    p.at(20, 21.5, "鳴海債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 18, "法務大臣許可番号 第241号", size=8.5, color=WHITE, align="r")
    p.at(192, 23.5, "NARUMI SERVICER", size=8, color=WHITE, align="r")
    p.y = 33
    p.line("〒815-0000　福岡県福岡市南区つつじが丘九丁目9番9号", size=10)
    p.line("メゾン灯台 203号", size=10)
    p.line("梁瀬　悠真　様", size=14)
    p.at(196, 36, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 41.5, "お客様番号　NR-4471-0902", size=9.5, align="r")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 19, 0.3, ORANGE, (1.0, 0.97, 0.92)))
    p.at(19, y + 5.5, "【ご転居先へお送りしています】", size=9.5, font="sans-bold", color=ORANGE)
    p.at(19, y + 11, "旧ご住所（神奈川県横浜市港北区うたせ坂九丁目9番9号）あての書面が「あて所に尋ねあたりません」として", size=8.8)
    p.at(19, y + 15.8, "返送されたため、住民票の写しにより確認いたしましたご転居先へ本状をお送りしております。", size=8.8)
    p.y = y + 24
    p.title("ご請求書（一括）", size=15, color=NARUMI)
    p.para(f"貴殿が株式会社アンベルとの間で締結された金銭消費貸借契約に基づく債権は、{wdate(assign)}に当社が譲り受けております。"
           f"貴殿は{wdate(lastp)}のご返済を最後にお支払いがなく、{wdate(acc)}の経過をもって期限の利益を喪失されております。")
    p.para("つきましては、下記ご請求金額をお支払期限までに一括してお支払いください。ご事情によりお支払いが難しい場合は、"
           "お支払期限までに必ずご連絡ください。")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 108, 48, 0.4))
    p.add(Box(15, y, 108, 8, color=None, fill=SHADE))
    p.at(69, y + 5.6, f"ご請求金額の内訳（{wdate(issued)}現在）", size=9, align="c")
    for i, (lab, val) in enumerate((("元金", f"{P:,}円"), ("利息", f"{I:,}円"),
                                    ("遅延損害金（年20.0％）", f"{L:,}円"))):
        p.at(19, y + 15.5 + i * 8, lab, size=10)
        p.at(119, y + 15.5 + i * 8, val, size=10.5, align="r")
        p.add(Line(19, y + 17.8 + i * 8, 119, y + 17.8 + i * 8, 0.15, GRAY))
    p.at(19, y + 42.5, "ご請求金額", size=11.5, font="sans-bold")
    p.at(119, y + 42.5, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Box(128, y, 68, 48, 1.2, NARUMI))
    p.add(Box(128, y, 68, 10, color=None, fill=NARUMI))
    p.at(162, y + 7, "お支払期限", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(162, y + 24, f"{due.month}月{due.day}日（{wd(due)}）", size=16, font="sans-bold", color=NARUMI, align="c")
    p.at(162, y + 32, f"{due.year}年", size=10, color=NARUMI, align="c")
    p.at(162, y + 42, "までにお振込みください", size=8.5, align="c")
    p.y = y + 53
    p.kv([("原債権者", "株式会社アンベル"), ("ご契約日", "令和2年11月6日（当初ご融資額 500,000円）"),
          ("最終ご返済日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("債権譲受日", wdate(assign))],
         x=19, label_w=36, size=9.5)
    p.gap(2)
    p.para("お振込先　かげろう銀行 博多支店 普通預金 4471090 ナルミサイケンカイシユウ（カ", size=9.3, indent="")
    p.para("※ご住所・お電話番号が変わられた場合は、必ず当社へお届けください。", size=9.3, indent="")
    p.gap(3)
    for s, sz in (("鳴海債権回収株式会社　福岡管理センター", 10.5), ("〒812-0000 福岡県福岡市博多区鷹羽町九丁目9番9号", 8.5),
                  ("お問合せ 092-000-2410（平日9:30～18:00）　担当 鞍馬", 9.5)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz == 10.5 else "sans")
    tr = truth(document_type="collection_notice", sender="鳴海債権回収株式会社", license_number=241,
               phone="092-000-2410", creditor="鳴海債権回収株式会社", status="unverified", original="株式会社アンベル",
               debtor="梁瀬悠真", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="NR-4471-0902",
               input_kind="photo_heic", template="proxy30_invented_servicer_to_moved_debtor", received=D(2026, 4, 15))
    return dict(stem="am07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.2),
                about="collection_notice (invented servicer, to a debtor who moved)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; INVENTED servicer 「鳴海債権回収株式会社」 "
                        "with 「法務大臣許可番号 第241号」 in white on a navy band (→ unverified); an orange 【ご転居先へお送り"
                        "しています】 box with the OLD address (returned 「あて所に尋ねあたりません」) above the title; the "
                        "addressee at the new address with a building name; the breakdown box on the LEFT and a framed "
                        "お支払期限 tab on the RIGHT (「4月27日（月）」 over 「2026年」); kv lines with ご契約日 令和2年 and "
                        "当初ご融資額 500,000 (distractors)")


# ---------------------------------------------------------------------------------------------
# am08 函館簡易裁判所 (ハ) 呼出状 + 訴状, the defendant served at a 「○○方」 address; 2 pages, digital.


def am08():
    R = 20.0
    issued, sued, hearing, answer = D(2026, 5, 11), D(2026, 4, 24), D(2026, 6, 17), D(2026, 6, 10)
    lastp, acc = D(2025, 6, 27), D(2025, 10, 6)
    P, I = 356_000, 9_842
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ハ)第318号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 16, "事件番号　" + fw("令和8年（ハ）第318号"), size=10.5, align="r")
    p.at(196, 22, "貸金請求事件", size=10.5, align="r")
    p.y = 28
    p.line("〒040-0000　北海道函館市ひのき坂九丁目9番9号　鷹羽方", size=10.5, x=20)
    p.line("被告　苅谷　亮太　殿", size=13, x=20)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("原告　ラポールファイナンス株式会社", size=10.5, x=30)
    p.line("被告　苅谷　亮太", size=10.5, x=30)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日"
           "に出頭してください。また、答弁書を下記の期限までに提出してください。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["口頭弁論期日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１０分"],
             ["出頭場所", "函館簡易裁判所　第２法廷（１階）"],
             ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"]], [40, 120], x=25, aligns="ll", size=10.5,
            row_h=9, shade_col0=True)
    p.gap(3)
    for s in ("１　期日には、この呼出状、認印及び本人確認書類をお持ちください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払いなどの話合い（和解）を希望するときは、答弁書にその旨を記載してください。",
              "４　この呼出状は、訴状に記載された被告の送達場所（上記「鷹羽方」）にお送りしています。"):
        p.para(s, x0=22, x1=190, size=9.8, indent="")
    p.gap(5)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　函館簡易裁判所民事係", size=10.5)
    p.line("　　　　裁判所書記官　江角　　美和子", size=10.5)
    p.seal(140, p.y - 6, 14, "square", "函館簡易裁判所書記官印", angle=0, seed=30081)
    p.gap(6)
    p.line("〒040-0000　北海道函館市うたせ通九丁目9番9号", size=9.5, x=22)
    p.line("函館簡易裁判所民事係　電話 0138-00-5120　（担当書記官　江角）", size=9.5, x=22)
    q = Page(font="serif", size=10.3, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{era(sued)}", align="r")
    q.line("函館簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原告", "〒150-0000 東京都渋谷区風見坂九丁目9番9号　ラポールファイナンス株式会社"),
          ("", "代表者代表取締役　真崎　英二（送達場所 同社函館支店 電話 0138-00-7780）"),
          ("被告", "〒040-0000 北海道函館市ひのき坂九丁目9番9号　鷹羽方　苅谷　亮太")], x=20, label_w=16, size=9.8)
    q.gap(3)
    q.line("請求の趣旨", size=11, font="serif-bold", align="c")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年20％の割合"
           "による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　原告は、被告との間で、令和4年2月18日、金銭消費貸借契約（カードローン、極度額 金500,000円、利率 年17.8％、"
              "遅延損害金 年20％）を締結し、被告に対し金員を貸し付けた。",
              f"２　被告は、{era(lastp)}の弁済を最後にその後の支払を怠ったため、原告は約定に基づき催告したが、被告は支払わず、"
              f"{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(1)
    q.table([["項目", "金額"], ["残元金", f"{P:,}円"], [f"未払利息（{era(acc)}まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}から{era(sued)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [120, 40], x=26, header=True, aligns="lr", size=9.8, row_h=7.4)
    q.gap(3)
    q.line("証拠方法　甲第１号証　借入申込書兼契約書　甲第２号証　取引履歴", size=9.5, x=22)
    q.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="函館簡易裁判所", phone="0138-00-5120",
               creditor="ラポールファイナンス株式会社", status="not_applicable", debtor="苅谷亮太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy30_summary_court_ha_served_care_of", received=D(2026, 5, 13))
    return dict(stem="am08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), consumer lender plaintiff, served c/o 「○○方」, 2 pages)",
                unusual="a court not used before (函館簡裁): 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; the "
                        "defendant's address ends 「鷹羽方」 (served c/o another household; 鷹羽 is not the debtor) and note ４ "
                        "repeats it; the full-width case number and 事件名 top-RIGHT; 期日 / 場所 / 答弁書 as a shaded-label "
                        "table with full-width era dates, weekdays and 午後１時１０分; the 訴状 dated 4/24 ≠ 呼出状 5/11; "
                        "請求の趣旨 「金…及びうち金…」; a 項目/金額 table 残元金 / 未払利息 / 確定遅延損害金 / 合計; 極度額 500,000, "
                        "17.8％ and the plaintiff's 送達場所 phone as distractors")


LETTERS = [am01, am02, am03, am04, am05, am06, am07, am08]
