"""Proxy set 42, letters ay01–ay08: "vertical writing and the old ways". The 苗加 household's business loan at a rural
信用金庫 (ひめさゆり信用金庫): the branch's 督促状 with kanji amounts in a table (ay07), the 理事長's 縦書き 催告書 with
his 印 over the name (ay01) and the 期限の利益喪失通知 in the post office's 20字×26行 内容証明 grid in 大字 (ay02); a
簡裁's 呼出状 and 訴状 written vertically (ay03); a 支払督促 written vertically (ay04); a 司法書士's 縦書き 請求書 with a
vertical table (ay05); a joint 縦書き 債権譲渡通知 from a 信用組合 to a real servicer (ay06); a 仮執行宣言付支払督促 (ay08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    SHADE,
    Box,
    Line,
    Seal,
    VText,
    dyen,
    kd,
    kgo,
    kpct,
    kph,
    kyen,
    late,
    naiyou_grid,
    seal_on,
    truth,
    vcheck,
    vletter,
    vtable,
)
from common import (
    KPage as Page,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import post_office_stamp

fw = fullwidth
SAYURI = (0.45, 0.12, 0.35)

# --- the 苗加 household: ひめさゆり信用金庫, 証書貸付（事業資金）, 平成二十六年 -------------------------------------
HS_NAME = "ひめさゆり信用金庫"
HS_PHONE = "025-000-4127"
HS_ADDR = "新潟県長岡市がんぎ通九丁目九番九号"
NK_ADDR = "新潟県長岡市麹屋町九丁目九番九号"
NK_LAST = D(2025, 6, 25)
NK_RATE = 14.0
# missed instalments: (due date, 元金, 利息)
NK_MISSED = [(D(2025, 7, 25), 125_000, 10_140), (D(2025, 8, 25), 125_000, 9_890), (D(2025, 9, 25), 125_000, 9_640),
             (D(2025, 10, 27), 125_000, 9_390), (D(2025, 11, 25), 125_000, 9_140)]
NK_REST = 4_875_000  # 残元金 after the last payment (the missed instalments included)


def nk_arrears(upto: D, n: int):
    rows = []
    for d, pr, it in NK_MISSED[:n]:
        rows.append((d, pr, it, late(pr, NK_RATE, d + timedelta(1), upto)))
    return rows


def kn(n: int) -> str:
    return kanji_number(n)


# ---------------------------------------------------------------------------------------------
# ay01 the 信用金庫's 縦書き 催告書 (拝啓 霜寒の候 … 敬具, 記 … 以上) signed by the 理事長 with his 印 over the name.


def ay01():
    issued, due = D(2025, 11, 20), D(2025, 12, 5)
    rows = nk_arrears(issued, 4)
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "拝啓　霜寒の候、貴殿にはますますご清祥のこととお喜び申し上げます。平素は当金庫に格別のお引き立てを"
                 "賜り、厚く御礼申し上げます。"),
        ("body", "さて、貴殿が当金庫との間で平成二十六年五月二十日に締結された金銭消費貸借契約（証書貸付・事業資金）に"
                 f"基づく毎月の約定返済につきましては、{kd(NK_LAST)}のご返済を最後に、同年七月分以降のご返済がございません。"),
        ("body", "当金庫は、令和七年十月二十日付「ご返済のお願い」をもってご入金をお願い申し上げましたが、本日に至るまで"
                 "ご入金もご連絡もいただいておりません。"),
        ("body", f"つきましては、左記延滞金額を{kd(due, True)}までに必ずお支払いくださいますよう、本書をもって催告いた"
                 "します。"),
        ("body", "万一右期日までにお支払いのない場合には、信用金庫取引約定書第五条の定めにより期限の利益を喪失され、"
                 "残元金全額を一括してお支払いいただくことになりますので、念のため申し添えます。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", f"一　延滞元金　　{kyen(P)}"),
        ("plain", "　　　（令和七年七月分から同年十月分まで四回分）"),
        ("indent", f"二　延滞利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　（各返済期日の翌日から本書作成日まで{kpct(NK_RATE)}）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", f"五　お支払期限　{kd(due, True)}"),
        ("indent", "六　お振込先　ひめさゆり信用金庫がんぎ通支店"),
        ("plain", "　　　普通預金　口座番号　〇三八一二九四"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", HS_ADDR),
        ("low", HS_NAME),
        ("low", "理事長　鍬形　善治郎"),
        ("low", f"電話　{kph(HS_PHONE)}（融資部管理課）"),
        ("low", "融資管理番号　ＨＳ－３８１２"),
        ("blank", ""),
        ("low", NK_ADDR),
        ("low", "苗加　清四郎　殿"),
    ]
    pages = vletter(cols, size=10.2, pitch=5.45, left_limit=10.0)
    vcheck(pages)
    seal_on(pages[0], "理事長", "善治郎", 15, "ひめさゆり信用金庫理事長之印", seed=42011, angle=-3)
    assert P == 500_000 and I == 39_060
    tr = truth(document_type="collection_notice", sender=HS_NAME, phone=HS_PHONE, creditor=HS_NAME,
               status="not_applicable", debtor="苗加清四郎", total=T, principal=P, interest=I, late_damages=L,
               rate=NK_RATE, lump=False, issued=issued, payment_due=due, last_payment=NK_LAST,
               reference="HS-3812", input_kind="vertical_pdf",
               template="proxy42_vertical_shinkin_saikoku_chairman_seal", received=D(2025, 11, 22))
    return dict(stem="ay01", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (信用金庫 縦書き 催告書, 理事長's 印 over the name)",
                unusual="縦書き 催告書 of a rural 信用金庫 with 時候の挨拶 (拝啓　霜寒の候 … 敬具) and a 記 … 以上 block; "
                        "signed by the 代表者 「理事長　鍬形　善治郎」 with a large square 理事長之印 pressed OVER the name; "
                        "every amount in positional kanji (延滞元金 / 延滞利息 / 遅延損害金 / 合計), the window in brackets on "
                        "its own column, rate 年十四パーセント; 平成二十六年 contract; the earlier 十月二十日付 letter; arrears "
                        "only (lump false, the 喪失 only threatened); 信用金庫取引約定書第五条; account number in kanji digits; "
                        "full-width 融資管理番号 ＨＳ－３８１２; phone in kanji digits with the department in brackets")


# ---------------------------------------------------------------------------------------------
# ay02 the same 信用金庫's 期限の利益喪失通知書 in the post office's 20字×26行 内容証明 grid, 大字; scanned.


def ay02():
    issued, due = D(2025, 12, 12), D(2025, 12, 26)
    warn, acc = D(2025, 11, 20), D(2025, 12, 5)
    rows = nk_arrears(acc, 5)
    P = NK_REST
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows) + late(P, NK_RATE, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "当金庫は、貴殿に対し、次のとおり通知いたします。"),
        ("body", "貴殿は、平成二十六年五月二十日付金銭消費貸借契約に基づく約定返済を令和七年七月分以降怠り、当金庫の"
                 f"{kd(warn)}付催告書による催告にもかかわらず、その期限までにお支払いがありませんでした。"),
        ("body", f"よって貴殿は、信用金庫取引約定書第五条第二項により、{kd(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記金員を{kd(due)}限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　{dyen(P)}"),
        ("indent", f"二　未払利息　{dyen(I)}"),
        ("indent", f"三　遅延損害金　{dyen(L)}"),
        ("indent", f"四　合計　{dyen(T)}"),
        ("bottom", "以上"),
        ("low2", kd(issued)),
        ("low2", "差出人　長岡市がんぎ通九丁目九番九号"),
        ("low6", "ひめさゆり信用金庫"),
        ("low6", "理事長　鍬形　善治郎"),
        ("low2", "受取人　長岡市麹屋町九丁目九番九号"),
        ("low6", "苗加　清四郎　殿"),
    ]
    pages = naiyou_grid(cols, size=12.5)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    seal_on(pg, "理事長", "善治郎", 13, "ひめさゆり信用金庫理事長之印", seed=42021, angle=4)
    pg.items.append(Seal(17.0, 186.0, 22.0, "round", "郵便認証司|長岡/内容/証明", angle=-10, seed=42022))
    for i, s in enumerate(("この郵便物は令和七年十二月十二日第四一二七号書留内容証明郵便物として",
                           "差し出したことを証明します。　長岡郵便局長")):
        pg.items.append(VText(24.0 - i * 4.0, 30.0, s, 8.0, "serif", 1.05, GRAY))
    tr = truth(document_type="acceleration_notice", sender=HS_NAME, phone=None, creditor=HS_NAME,
               status="not_applicable", debtor="苗加清四郎", total=T, principal=P, interest=I, late_damages=L,
               rate=None, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=None,
               reference=None, input_kind="vertical_scan",
               template="proxy42_vertical_shinkin_acceleration_naiyou_grid_daiji", received=D(2025, 12, 15))
    return dict(stem="ay02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="acceleration_notice (信用金庫, 縦書き 内容証明 in the 20字×26行 grid, 大字)",
                unusual="the 信用金庫's 期限の利益喪失通知書 typed into the post office's 内容証明 GRID on an A4 LANDSCAPE sheet "
                        "(brown cells, exactly 20 characters a column, 26 columns, one character a cell, 「（二十字×二十六"
                        "行）」 over it, 「（1枚目）」 under it), scanned; EVERY amount in 大字 after its label in the 記 "
                        "(金四百八拾七万五千円 …, the 合計 filling its column to the last cell); the 催告書 date 令和七年十一月"
                        "二十日 and 「その期限までに」, then 「令和七年十二月五日の経過をもって」; 差出人 / 受取人 at the end with "
                        "the 理事長's seal; the post office's certification lines in the left margin (第四一二七号, not a "
                        "reference) and a round 郵便認証司 stamp; NO phone, NO rate and NO reference number anywhere (null); "
                        "the last payment is not restated (null)")


# ---------------------------------------------------------------------------------------------
# ay03 福島簡易裁判所: 口頭弁論期日呼出状及び答弁書催告状 (p.1) and the 訴状 (p.2), both written vertically.

AS_NAME = "あさまどり信用組合"


def ay03():
    issued, hearing, answer = D(2026, 1, 14), D(2026, 2, 18), D(2026, 2, 10)
    filed = D(2025, 12, 22)
    loan, lastp, acc = D(2021, 4, 12), D(2025, 7, 27), D(2025, 10, 27)
    P, I, R = 842_000, 12_340, 14.6
    T = P + I
    court, cphone = "福島簡易裁判所", "024-000-5316"
    case = f"令和七年（ハ）{kgo(123)}"
    p1 = [
        ("low4", f"{case}　貸金請求事件"),
        ("low4", f"原告　{AS_NAME}"),
        ("low4", "被告　十二月田　亮介"),
        ("title", "口頭弁論期日呼出状及び答弁書催告状"),
        ("low2", "十二月田　亮介　殿"),
        ("body", "原告から訴状が提出されました。当裁判所に出頭する期日及び場所は左記のとおり定められましたので、同期日に"
                 "出頭してください。"),
        ("body", "なお、訴状副本等を送達しますので、左記の答弁書提出期限までに答弁書を提出してください。"),
        ("indent", "記"),
        ("indent", f"期　日　{kd(hearing, True)}午前十時三十分"),
        ("indent", "場　所　福島簡易裁判所　民事第一号法廷（二階）"),
        ("indent", f"答弁書提出期限　{kd(answer, True)}"),
        ("body", "注意　期日に出頭せず、かつ、答弁書その他の準備書面も提出しないときは、原告の主張をすべて認めたものと"
                 "して、原告の請求どおりの判決がされることがあります。"),
        ("body", "この呼出状に関する問合せは、事件番号をお知らせの上、左記の担当書記官までしてください。"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", court + "民事係"),
        ("low", "裁判所書記官　滋野　千晴"),
        ("low", "福島市あまご淵九丁目九番九号"),
        ("low", f"電話　{kph(cphone)}（民事係直通）"),
    ]
    p2 = [
        ("title", "訴状"),
        ("bottom", kd(filed)),
        ("low2", f"{court}　御中"),
        ("low6", f"原告　{AS_NAME}"),
        ("low6", "右代表者理事長　嘉悦　孫六"),
        ("low6", "福島市つくし野九丁目九番九号"),
        ("low6", "被告　十二月田　亮介"),
        ("low6", "福島市山葵沢九丁目九番九号"),
        ("low2", "貸金請求事件"),
        ("low2", f"訴訟物の価額　{kyen(T)}"),
        ("low2", "貼用印紙額　金九千円"),
        ("plain", "第一　請求の趣旨"),
        ("indent", f"一　被告は、原告に対し、{kyen(T)}及びうち{kyen(P)}に対する{kd(acc + timedelta(1))}から支払済み"
                   f"まで{kpct(R)}の割合による金員を支払え。"),
        ("indent", "二　訴訟費用は被告の負担とする。"),
        ("plain", "との判決並びに仮執行の宣言を求める。"),
        ("plain", "第二　請求の原因"),
        ("indent", f"一　原告は、被告に対し、{kd(loan)}、金一百二十万円を、利息年四・八パーセント、遅延損害金"
                   f"{kpct(R)}、毎月二十七日限り元利均等返済の約定で貸し付けた。"),
        ("indent", f"二　被告は、{kd(lastp)}の返済を最後にその後の返済を怠り、原告の催告にもかかわらず支払わないため、"
                   f"約定により{kd(acc)}の経過をもって期限の利益を喪失した。"),
        ("indent", f"三　よって、原告は被告に対し、残元金{kyen(P)}及び未払利息{kyen(I)}の合計{kyen(T)}並びに右残元金に"
                   "対する期限の利益喪失の日の翌日から支払済みまで約定の割合による遅延損害金の支払を求める。"),
        ("plain", "証拠方法　甲第一号証　金銭消費貸借契約証書"),
    ]
    pages = vletter(p1, size=10.5, pitch=6.4) + vletter(p2, size=10.5, pitch=6.2)
    vcheck(pages)
    seal_on(pages[0], "裁判所書記官", "千晴", 12, "福島簡易裁判所書記官印", seed=42031, angle=0)
    seal_on(pages[1], "右代表者理事長", "孫六", 11, "あさまどり信用組合理事長印", seed=42032, angle=3)
    tr = truth(document_type="lawsuit", sender=court, phone=cphone, creditor=AS_NAME, status="not_applicable",
               debtor="十二月田亮介", total=T, principal=P, interest=I, late_damages=None, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和7年(ハ)第123号", input_kind="vertical_pdf",
               template="proxy42_vertical_summary_court_summons_and_complaint", received=D(2026, 1, 16))
    return dict(stem="ay03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="lawsuit (簡裁 (ハ), 縦書き 呼出状 + 縦書き 訴状, 2 pages)",
                unusual="a 簡裁's 口頭弁論期日呼出状及び答弁書催告状 (p.1) and the 訴状 (p.2), BOTH written vertically, digital; "
                        "the case number in kanji digits 令和七年（ハ）第一二三号; 期日 / 場所 / 答弁書提出期限 in a 記 (kanji "
                        "dates with weekday, 午前十時三十分); the clerk's seal over her name; p.2 dated 十二月二十二日 (≠ the "
                        "呼出状 date), the plaintiff 信用組合 with 「右代表者理事長」 and his seal; 訴訟物の価額 and 貼用印紙額 "
                        "(distractors); 請求の趣旨 「金…及びうち金…に対する…から支払済みまで年十四・六パーセント」 (the running "
                        "damages are not computed: late null); 請求の原因 with the 貸付 of 金一百二十万円 at 年四・八パーセント "
                        "(distractors), the last payment and the 喪失; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ay04 新潟簡易裁判所 支払督促, written vertically on one scanned page (guarantee company's 求償金).

KS_NAME = "株式会社こしじ信用保証"
UR_SUBRO = D(2025, 8, 29)
UR_ACC = D(2025, 7, 31)
UR_LAST = D(2025, 4, 28)
UR_P0, UR_I0, UR_L0 = 1_126_400, 8_912, 3_705
UR_S = UR_P0 + UR_I0 + UR_L0  # 代位弁済額 = 求償元金
UR_RATE = 14.6


def ay04():
    issued = D(2025, 12, 10)
    upto = D(2025, 11, 30)
    L = late(UR_S, UR_RATE, UR_SUBRO + timedelta(1), upto)
    C1, C2 = 5_500, 1_220
    C = C1 + C2
    T = UR_S + L + C
    court, cphone = "新潟簡易裁判所", "025-000-6624"
    cols = [
        ("low2", f"令和七年（ロ）{kgo(456)}"),
        ("title", "支払督促"),
        ("low2", "当事者の表示　別紙当事者目録記載のとおり"),
        ("low2", "請求の趣旨及び原因　左記のとおり"),
        ("body", "債務者は、債権者に対し、請求の趣旨記載の金額を支払え。"),
        ("body", "債務者がこの支払督促送達の日から二週間以内に督促異議の申立てをしないときは、債権者の申立てによって"
                 "仮執行の宣言をする。"),
        ("indent", "請求の趣旨"),
        ("indent", f"一　求償元金　　　{kyen(UR_S)}"),
        ("indent", f"二　確定遅延損害金　{kyen(L)}"),
        ("plain", f"　　（{kd(UR_SUBRO + timedelta(1))}から{kd(upto)}まで）"),
        ("indent", f"三　督促手続費用　{kyen(C)}"),
        ("indent", f"合計　{kyen(T)}"),
        ("indent", f"四　右一の金額に対する{kd(upto + timedelta(1))}から完済まで{kpct(UR_RATE)}の割合による遅延損害金"),
        ("indent", "請求の原因"),
        ("indent", "一　債務者は、令和元年十月十一日、ひめさゆり信用金庫から金二百五十万円を借り受け、債権者は同日、"
                   "債務者の委託を受けて右債務を保証した。"),
        ("indent", f"二　債務者は{kd(UR_LAST)}の返済を最後に支払を怠り、{kd(UR_ACC)}の経過により期限の利益を喪失した。"),
        ("indent", f"三　債権者は{kd(UR_SUBRO)}、保証債務の履行として{kyen(UR_S)}を代位弁済した。"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", court),
        ("low", "裁判所書記官　樋田　和臣"),
        ("low", f"電話　{kph(cphone)}（督促係）"),
        ("blank", ""),
        ("low2", "当事者目録"),
        ("low2", "新潟市中央区信濃川九丁目九番九号"),
        ("low4", f"債権者　{KS_NAME}"),
        ("low4", "代表者代表取締役　藤巻　清"),
        ("low2", "新潟市西区中山道九丁目九番九号"),
        ("low4", "債務者　雲類鷲　健吾"),
    ]
    pages = vletter(cols, size=10.2, pitch=6.1, left_limit=10.0, top=18.0, bottom=280.0)
    vcheck(pages)
    seal_on(pages[0], "裁判所書記官", "和臣", 9, "新潟簡易裁判所書記官印", seed=42041, angle=-2, top=18.0)
    tr = truth(document_type="payment_order", sender=court, phone=cphone, creditor=KS_NAME, status="not_applicable",
               original=HS_NAME, debtor="雲類鷲健吾", total=T, principal=UR_S, interest=None, late_damages=L,
               costs=C, rate=UR_RATE, lump=True, issued=issued, acceleration=UR_ACC, last_payment=UR_LAST,
               reference="令和7年(ロ)第456号", input_kind="vertical_scan",
               template="proxy42_vertical_payment_order_guarantor_recourse", received=D(2025, 12, 12))
    return dict(stem="ay04", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="payment_order (簡裁 支払督促 written vertically, guarantee company creditor)",
                unusual="a whole 支払督促 set VERTICALLY on one scanned page: case number in kanji digits 令和七年（ロ）第四五六号 "
                        "before the title; 請求の趣旨 as kanji lines 求償元金 / 確定遅延損害金 (window in brackets) / 督促手続"
                        "費用 / 合計 and the running item 四 (年十四・六パーセント, not late_damages); 請求の原因 with the 令和元年 "
                        "loan of 金二百五十万円 (distractor), the last payment, the 喪失 and the 代位弁済; the 当事者目録 at the "
                        "very END (left) with the creditor guarantee company and its 代表者; the clerk's seal; phone in kanji "
                        "digits")


# ---------------------------------------------------------------------------------------------
# ay05 a 司法書士's 縦書き 請求書 (前略 … 草々) for a small 貸金業者, with a vertical table; scanned.


def ay05():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    lastp, acc = D(2025, 9, 10), D(2025, 11, 10)
    P, I, R = 420_000, 8_470, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    phone = "019-000-2718"
    cols = [
        ("title", "請求書"),
        ("body", "前略　当職は、有限会社さかき屋金融（以下「依頼人」といいます。）から委任を受けた認定司法書士として、"
                 "貴殿に対し、次のとおりご請求いたします。"),
        ("body", f"貴殿は、依頼人から令和五年二月十日に借り受けた金員の分割返済を、{kd(lastp)}のお支払いを最後に怠り、"
                 f"依頼人からの再三の督促にもかかわらずお支払いがないため、約定により{kd(acc)}の経過をもって期限の"
                 "利益を喪失されました。"),
        ("body", "現在の貴殿のご債務は、左表のとおりです。"),
        ("plain", "　"), ("plain", "　"), ("plain", "　"), ("plain", "　"), ("plain", "　"), ("plain", "　"),
        ("plain", f"（遅延損害金は{kd(acc + timedelta(1))}から本書作成日まで{kpct(R)}で計算）"),
        ("body", f"つきましては、右合計額を{kd(due)}限り、左記口座にお振込みください。期限までにお支払い又はご連絡の"
                 "ない場合は、やむを得ず支払督促又は少額訴訟等の法的手続に移行いたします。"),
        ("indent", "振込先　もりおか中央銀行　材木町支店　普通預金"),
        ("plain", "　　　　口座番号　〇四四二七一八　名義　シホウショシ　フエキ　ヨシフミ"),
        ("body", "なお、分割でのお支払いをご希望の場合は、右期限までに当職宛てにご連絡ください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "岩手県盛岡市しおり坂九丁目九番九号"),
        ("low", "笛木司法書士事務所"),
        ("low", "司法書士　笛木　義文"),
        ("low", "（岩手県司法書士会　登録番号　第三一二号）"),
        ("low", f"電話　{kph(phone)}"),
        ("low", "（当職整理番号　ＦＫ－２５１２２）"),
        ("blank", ""),
        ("low", "岩手県盛岡市よしず町九丁目九番九号"),
        ("low", "鳴神　久美子　殿"),
    ]
    pages = vletter(cols, size=10.2, pitch=5.8)
    pg = pages[0]
    holes = [it for it in pg.items if isinstance(it, VText) and it.s == "　"]
    assert len(holes) == 6
    xr = max(h.x for h in holes) + 2.9
    xl = min(h.x for h in holes) - 2.9
    pg.items[:] = [it for it in pg.items if not (isinstance(it, VText) and it.s == "　")]
    items = [("貸付残元金", kyen(P)), ("未収利息", kyen(I)), ("遅延損害金", kyen(L)), ("合計", kyen(T))]
    left = vtable(pg, xr, 40.0, items, strip=(xr - xl) / 5, head=("項目", "金額"), head_h=30.0, body_h=66.0)
    assert left >= xl - 0.01
    vcheck(pages)
    seal_on(pg, "司法書士　笛木", "義文", 9, "司法書士笛木義文之印", seed=42051, angle=2)
    tr = truth(document_type="collection_notice", sender="笛木司法書士事務所", phone=phone,
               creditor="有限会社さかき屋金融", status="not_applicable", debtor="鳴神久美子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="FK-25122", input_kind="vertical_scan",
               template="proxy42_vertical_judicial_scrivener_vertical_table", received=D(2026, 1, 19))
    return dict(stem="ay05", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (認定司法書士 for a small 貸金業者, 縦書き with a vertical table)",
                unusual="縦書き 請求書 (前略 … 草々) of a 認定司法書士 for a small 有限会社 lender, scanned: the claim as a "
                        "VERTICAL TABLE in the middle of the text — 項目 / 貸付残元金 / 未収利息 / 遅延損害金 / 合計 across the "
                        "top, each amount written DOWNWARD in positional kanji below its label; the window and rate "
                        "(年二十パーセント) on the next column; 令和五年 loan date (distractor); 支払督促又は少額訴訟 threat; "
                        "account number in kanji digits; 司法書士会 登録番号 第三一二号 (not a licence); full-width 当職整理"
                        "番号 ＦＫ－２５１２２; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ay06 joint 縦書き 債権譲渡通知書: 信用組合 → real servicer (licence in kanji digits), digital.

HZ_ASSIGN = D(2025, 10, 1)
HZ_LAST, HZ_ACC = D(2025, 3, 27), D(2025, 6, 30)
HZ_P, HZ_I = 2_713_400, 19_850
HZ_RATE = 14.0
HZ_L = late(HZ_P, HZ_RATE, HZ_ACC + timedelta(1), HZ_ASSIGN)
HZ_T = HZ_P + HZ_I + HZ_L
ORIX = "オリックス債権回収株式会社"
ORIX_PHONE = "03-0000-5161"


def ay06():
    issued = D(2025, 10, 8)
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　秋冷の候、ますますご清祥のこととお慶び申し上げます。"),
        ("body", f"さて、譲渡人{AS_NAME}は、貴殿に対して有する左記債権を、{kd(HZ_ASSIGN)}付で譲受人{ORIX}に譲渡"
                 "いたしましたので、譲渡人及び譲受人連名にてご通知申し上げます。"),
        ("body", "つきましては、今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人宛てにお支払い"
                 "いただいても、弁済の効力は生じませんのでご注意ください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　平成三十一年四月二十六日付金銭消費貸借契約"),
        ("plain", "　　　（住宅改良資金・当初貸付金　金四百万円）"),
        ("indent", f"二　最終弁済日　{kd(HZ_LAST)}"),
        ("indent", f"三　期限の利益喪失日　{kd(HZ_ACC)}"),
        ("indent", f"四　譲渡日　{kd(HZ_ASSIGN)}"),
        ("indent", "五　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　　元金　　　　{kyen(HZ_P)}"),
        ("plain", f"　　　利息　　　　{kyen(HZ_I)}"),
        ("plain", f"　　　遅延損害金　{kyen(HZ_L)}"),
        ("plain", f"　　　合計　　　　{kyen(HZ_T)}"),
        ("plain", f"　　　（遅延損害金は元金に対し{kpct(HZ_RATE)}）"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "（譲渡人）福島市つくし野九丁目九番九号"),
        ("low", f"　　　　　{AS_NAME}"),
        ("low", "　　　　　理事長　嘉悦　孫六"),
        ("low", f"　　　　　電話　{kph('024-000-3390')}"),
        ("low", "（譲受人）東京都港区浜松町九丁目九番九号"),
        ("low", f"　　　　　{ORIX}"),
        ("low", "　　　　　代表取締役　鑓水　敦"),
        ("low", f"　　　　　法務大臣許可番号{kgo(11)}"),
        ("low", f"　　　　　電話　{kph(ORIX_PHONE)}"),
        ("blank", ""),
        ("low", "福島市こうじ町九丁目九番九号"),
        ("low", "八月一日　正道　殿"),
    ]
    pages = vletter(cols, size=9.8, pitch=5.0, left_limit=11.0)
    vcheck(pages)
    pg = pages[0]
    seal_on(pg, "理事長　嘉悦", "孫六", 9, "あさまどり信用組合理事長印", seed=42061, angle=-2, dx=1.5)
    seal_on(pg, "代表取締役　鑓水", "敦", 9.5, "オリックス債権回収|代表/取締役印", seed=42062, kind="round", angle=5,
            dx=1.5)
    pg.items.append(post_office_stamp(pg, 42063))
    tr = truth(document_type="assignment_notice", sender=ORIX, license_number=11, phone=ORIX_PHONE, creditor=ORIX,
               status="licensed", original=AS_NAME, debtor="八月一日正道", total=HZ_T, principal=HZ_P, interest=HZ_I,
               late_damages=HZ_L, rate=HZ_RATE, lump=False, issued=issued, acceleration=HZ_ACC,
               last_payment=HZ_LAST, assignment=HZ_ASSIGN, reference=None, input_kind="vertical_pdf",
               template="proxy42_vertical_joint_assignment_credit_union_to_servicer", received=D(2025, 10, 10))
    return dict(stem="ay06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint, 信用組合 → real servicer, 縦書き 内容証明)",
                unusual="joint 縦書き 債権譲渡通知書 (拝啓　秋冷の候 … 敬具) with the 内容証明 stamp, digital; 記 with the 原契約 "
                        "of 平成三十一年四月二十六日 (the last days of 平成) and the 当初貸付金 金四百万円 (distractor), 最終弁済日, "
                        "喪失日, 譲渡日 and the amounts as indented kanji lines; the two notifiers at the END, (譲渡人) 信用組合 "
                        "with 理事長 seal and its own phone, (譲受人) ★ オリックス債権回収株式会社 with 「法務大臣許可番号第一一号」 "
                        "in kanji DIGITS (→ 11) and a round seal; informs only; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# ay07 the 信用金庫 branch's 督促状 (horizontal, serif, kanji amounts in a table, 文書番号 in kanji).


def ay07():
    issued, due = D(2025, 10, 20), D(2025, 11, 5)
    rows = nk_arrears(issued, 3)
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.at(188, 20, f"ひ信が融{kgo(217)}", size=10, align="r")
    p.at(188, 26, kd(issued), size=10, align="r")
    p.y = 34
    p.line("〒九四〇―〇〇〇〇", size=10)
    p.line("新潟県長岡市麹屋町九丁目九番九号", size=10.5)
    p.line("苗加　清四郎　様", size=14)
    p.gap(2)
    for i, s in enumerate(("新潟県長岡市がんぎ通九丁目九番九号", HS_NAME + "　がんぎ通支店", "支店長　蒔苗　徹",
                           f"電話　{fw(HS_PHONE)}（融資係）")):
        p.at(188, p.y + 5 + i * 5.4, s, size=10 if i != 1 else 11, align="r", font="serif-bold" if i == 1 else "serif")
    p.add(Seal(180, p.y + 11, 10, "square", "ひめさゆり信用金庫がんぎ通支店長印", angle=2, seed=42071))
    p.y += 30
    p.title("ご返済のお願い（督促状）", size=15, font="serif-bold")
    p.para("拝啓　仲秋の候、ますますご清祥のこととお喜び申し上げます。平素は当金庫に格別のお引き立てを賜り、厚く御礼"
           "申し上げます。")
    p.para(f"さて、平成二十六年五月二十日付でご契約いただきました証書貸付（事業資金）のご返済につきまして、{kd(NK_LAST)}"
           "のご入金を最後に、下記のとおりご返済が遅れております。ご多忙のところ誠に恐縮ではございますが、下記お支払期限"
           "までにご入金くださいますようお願い申し上げます。")
    p.para("なお、本状と行き違いにご入金いただいております節は、悪しからずご容赦くださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    head = ["ご返済期日", "元　金", "利　息", "遅延損害金", "計"]
    body = [[kd(d).replace("令和七年", "七年"), kn(pr) + "円", kn(it) + "円", kn(lt) + "円", kn(pr + it + lt) + "円"]
            for d, pr, it, lt in rows]
    body.append(["合　計", kn(P) + "円", kn(I) + "円", kn(L) + "円", kn(T) + "円"])
    p.table([head] + body, [30, 28, 30, 34, 44], x=22, header=True, aligns="crrrr", size=8.8, row_h=8.5,
            font="serif")
    p.line("（年号はいずれも令和。遅延損害金は各回元金に対し年十四パーセント、期日の翌日から本状作成日までの日割計算）",
           x=22, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 22, 0.8))
    p.add(Line(70, y, 70, y + 22, 0.4))
    p.add(Line(22, y + 11, 188, y + 11, 0.4))
    p.at(46, y + 7.6, "お支払期限", size=11, align="c", font="serif-bold")
    p.at(74, y + 7.8, kd(due, True), size=12, font="serif-bold")
    p.at(46, y + 18.6, "ご入金額", size=11, align="c", font="serif-bold")
    p.at(74, y + 18.8, f"金{kn(T)}円也", size=12, font="serif-bold")
    p.y = y + 27
    p.line("お振込先　ひめさゆり信用金庫　がんぎ通支店　普通預金　〇三八一二九四", size=10)
    p.line("融資管理番号　HS-3812　（お問い合わせの際にお申し出ください）", size=10)
    p.gap(2)
    p.para("ご返済が困難な事情がおありの場合は、お早めに融資係までご相談ください。ご入金がないまま推移いたしますと、"
           "信用金庫取引約定書の定めにより期限の利益を喪失し、残元金を一括してご返済いただくことになります。", size=9.8)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender=HS_NAME, phone=HS_PHONE, creditor=HS_NAME,
               status="not_applicable", debtor="苗加清四郎", total=T, principal=P, interest=I, late_damages=L,
               rate=NK_RATE, lump=False, issued=issued, payment_due=due, last_payment=NK_LAST, reference="HS-3812",
               input_kind="pdf_text", template="proxy42_shinkin_branch_dunning_kanji_table", received=D(2025, 10, 22))
    return dict(stem="ay07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫 branch 督促状, kanji amounts)",
                unusual="horizontal but old-fashioned: serif, the 文書番号 「ひ信が融第二一七号」 in kanji digits top-right "
                        "(not a reference), kanji date 令和七年十月二十日, 〒 in kanji digits, 拝啓　仲秋の候 … 敬具 and 記 … "
                        "以上; a 5-column table whose dates drop the era (七年七月二十五日 with a note 「年号はいずれも令和」) "
                        "and whose amounts are positional kanji WITHOUT 金 (十二万五千円); the total again as 「金…円也」 in a "
                        "framed お支払期限 / ご入金額 box; the branch manager's seal; arrears only (lump false)")


# ---------------------------------------------------------------------------------------------
# ay08 富山簡易裁判所 仮執行宣言付支払督促 (horizontal court form, 2 pages; kanji 号 in the 事件番号 margin).

PT_NAME = "パルティール債権回収株式会社"


def ay08():
    order, served, filed, issued = D(2026, 1, 22), D(2026, 1, 27), D(2026, 2, 12), D(2026, 2, 19)
    P, I, R = 612_480, 18_220, 14.6
    assign = D(2025, 6, 30)
    acc = D(2024, 11, 27)
    L = late(P, R, acc + timedelta(1), D(2025, 12, 31))
    C1, C2 = 4_280, 1_158
    T = P + I + L + C1 + C2
    court, cphone = "富山簡易裁判所", "076-000-2240"
    p = Page(font="serif", size=11, top=18)
    p.at(190, 20, f"令和８年（ロ）第{fw('88')}号", size=11, align="r")
    p.y = 34
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.gap(2)
    p.kv([("債　権　者", PT_NAME), ("債　務　者", "紙透　由紀")], x=40, label_w=34)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para(f"上記は、{era_fw(order)}付け支払督促（{era_fw(served)}債務者に送達）に、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.line("仮執行の宣言", x=30, font="serif-bold")
    p.para("この支払督促は、仮に執行することができる。", x0=30)
    p.para(f"仮執行宣言の手続費用　金{fw(f'{C2:,}')}円（請求の趣旨記載の督促手続費用に付加）", x0=30)
    p.gap(6)
    p.line(f"　　{era_fw(issued)}", size=11)
    p.line(f"　　　{court}", size=11)
    p.line("　　　　　裁判所書記官　鷹野　ちよ", size=11)
    p.seal(132, p.y - 6, 14, "square", "富山簡易裁判所書記官印", angle=0, seed=42081)
    p.gap(10)
    y = p.y
    p.add(Box(22, y, 166, 40, 0.4, None, SHADE))
    p.add(Box(22, y, 166, 40, 0.4))
    p.at(26, y + 7, "（注意）この書面を受け取った方へ", size=10.5, font="serif-bold")
    for i, s in enumerate(("１　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促",
                           "　　異議を申し立てることができます。",
                           "２　異議を申し立てても、強制執行の手続は当然には停止されません。",
                           f"３　問合せ先　{court}督促係　電話　{cphone}（直通）")):
        p.at(26, y + 14 + i * 6.2, s, size=9.8)
    p.y = y + 46
    p.line(f"仮執行宣言申立日　{era_fw(filed)}", x=22, size=9.5, color=GRAY)
    # page 2
    q = Page(font="serif", size=10.5, top=18)
    q.title("当　事　者　目　録", size=13, font="serif-bold")
    q.kv([("〒930-0000", "富山市ほたるいか町9丁目9番9号"), ("債務者", "紙透　由紀"),
          ("〒100-0000", "東京都千代田区冠木通9丁目9番9号"), ("債権者", PT_NAME),
          ("代表者代表取締役", "橳島　宏"), ("（送達場所）", "同所　電話 03-0000-1132　FAX 03-0000-1133")], x=24,
         label_w=40)
    q.gap(3)
    q.title("請　求　の　趣　旨", size=13, font="serif-bold")
    rows = [["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　約定利息（確定分）", f"{I:,}"],
            ["３　遅延損害金（確定分）", f"{L:,}"], ["４　督促手続費用", f"{C1:,}"],
            ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]]
    q.table(rows, [90, 50], x=34, header=True, size=10.5, row_h=8.5)
    q.para(f"６　上記１の金額に対する令和８年１月１日から完済まで年１４．６％の割合による遅延損害金（３の確定分は"
           f"{era_fw(acc + timedelta(1))}から令和７年１２月３１日まで）", x0=24, size=10)
    q.gap(3)
    q.title("請　求　の　原　因", size=13, font="serif-bold")
    for s in ("１　債務者は、平成２２年６月１４日、株式会社たわらカードとの間でカード利用契約を締結し、同社から金員を借り受けた。",
              f"２　債務者は期限の利益を喪失した（喪失日　{era_fw(acc)}）。",
              f"３　株式会社たわらカードは、{era_fw(assign)}、本件債権を債権者に譲渡し、債務者に対しその旨を通知した。",
              "４　債権者は、債権管理回収業に関する特別措置法に基づく許可を受けた債権回収会社である。"):
        q.para(s, x0=24, size=10, indent="")
    q.gap(3)
    q.line("（注）元号は令和。ただし１の契約日は平成。", x=24, size=9, color=GRAY)
    tr = truth(document_type="payment_order_enforceable", sender=court, phone=cphone, creditor=PT_NAME,
               status="licensed", original="株式会社たわらカード", debtor="紙透由紀", total=T, principal=P, interest=I,
               late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc, assignment=assign,
               reference="令和8年(ロ)第88号", input_kind="pdf_text_2page",
               template="proxy42_enforceable_payment_order_two_cost_rows", received=D(2026, 2, 23))
    return dict(stem="ay08", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 in serif with full-width era dates: p.1 the 支払督促 date and its 送達 in one "
                        "sentence, the 仮執行宣言 date above the clerk's seal, the 仮執行 cost in prose, a shaded 注意 box "
                        "with the court's 直通 phone and the 申立日 at the foot; p.2 当事者目録 (★ パルティール債権回収, "
                        "送達場所 phone/FAX as distractors), 請求の趣旨 as a 2-column table with TWO cost rows (督促手続費用 / "
                        "仮執行宣言の手続費用 → costs = sum) and 合計, running item ６; 請求の原因 with a 平成２２年 card "
                        "contract, the 喪失 and the 譲渡")


def era_fw(d: D) -> str:
    return fw(f"令和{d.year - 2018}年{d.month}月{d.day}日")


LETTERS = [ay01, ay02, ay03, ay04, ay05, ay06, ay07, ay08]
