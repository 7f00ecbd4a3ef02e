"""Proxy set 97, letters db09–db16: "after the auction and the voluntary sale, sixth round".
The 三升畑 household (a 信用金庫's own housing loan, house sold at auction by the 福井地裁): the 信用金庫's report of the
配当 and demand for the rest (db09), its 地裁 (ワ) 呼出状 + 訴状 (db11) and its lawyer's 縦書き 通知書 before the suit
(db12); the 安次富 household: a 那覇簡裁 支払督促 for a guarantor's 求償債権 bought by a real servicer after a 任意売却
(db10); the 蛯沢 household: a real servicer's 受託通知 for a housing-loan company after the 配当 (db13); a scam that
offers to cut the rest after a 任意売却 (db14); the 盛岡地裁's 配当期日呼出状 of the 十二所 case of db02 (db15); the
粟津原 household: a real servicer's final demand after a 任意売却 printing a wrong licence number (db16)."""

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
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from letters_a import A_CASE, A_DIV, A_PAID, A_PRICE

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page
from samples.letters.proxydraw import kman

fw = fullwidth
ONE = timedelta(1)
GREEN = (0.05, 0.38, 0.20)
INDIGO = (0.20, 0.16, 0.50)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# --- the 三升畑 household (つきみの信用金庫, auction at the 福井地裁): db09, db11, db12 ---------------------
C_P0, C_I0 = 12_640_000, 36_820
C_ACC, C_LAST = D(2024, 12, 5), D(2024, 9, 30)
C_CASE = "令和7年(ケ)第41号"
C_DIV = D(2025, 11, 12)
C_Y = 884_200
C_X = late(C_P0, 14.0, C_ACC + ONE, C_DIV)
C_DV = 9_870_000
C_TO_P = C_DV - C_Y - C_X - C_I0
C_P = C_P0 - C_TO_P
assert 0 < C_TO_P < C_P0


# ---------------------------------------------------------------------------------------------
# db09 つきみの信用金庫: 競売配当金の充当結果と残債務のお知らせ, digital; 充当 table with four columns of the order.


def db09():
    R = 14.0
    issued, due = D(2025, 11, 28), D(2025, 12, 19)
    L = late(C_P, R, C_DIV + ONE, issued)
    T = C_P + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10, align="r")
    p.at(196, 23.5, "管理番号　TM-0412-77", size=9.5, align="r")
    p.y = 20
    p.line("福井県福井市広沢九丁目9番9号", size=10)
    p.line("三升畑　洋平　様", size=13.5)
    p.gap(4)
    for s, sz, f in (("つきみの信用金庫", 12, "serif-bold"), ("融資部　債権管理課", 9.5, "serif"),
                     ("福井県福井市清滝九丁目9番9号", 8.8, "serif"), ("電話 0776-00-4127　担当 茂木田", 9.5, "serif")):
        p.line(s, x=120, size=sz, font=f, color=GREEN if "信用金庫" in s and sz > 11 else (0, 0, 0))
    p.seal(188, p.y - 12, 13, "square", "つきみの信用金庫之印", angle=-2, seed=97091)
    p.gap(4)
    p.title("競売配当金の充当結果と残債務のお知らせ", size=15, font="serif-bold")
    p.para(f"福井地方裁判所{C_CASE}担保不動産競売事件について、{era(C_DIV)}に配当期日が開かれ、当金庫は金{C_DV:,}円の"
           "配当を受けました。当金庫は、これを貴殿に対するご融資（平成30年4月20日付金銭消費貸借契約）の債権に、下表のとおり"
           "充当いたしました。")
    p.gap(1)
    p.line("１　配当金の充当（単位：円）", size=10.5, font="serif-bold")
    rows = [["", "執行費用", "遅延損害金", "未収利息", "元金", "計"],
            ["充当前", f"{C_Y:,}", f"{C_X:,}", f"{C_I0:,}", f"{C_P0:,}", f"{C_Y + C_X + C_I0 + C_P0:,}"],
            ["充当額", f"{C_Y:,}", f"{C_X:,}", f"{C_I0:,}", f"{C_TO_P:,}", f"{C_DV:,}"],
            ["充当後", "0", "0", "0", f"{C_P:,}", f"{C_P:,}"]]
    p.table(rows, [20, 28, 30, 26, 32, 34], x=20, header=True, aligns="lrrrrr", size=9.3, row_h=7.5, shade_col0=True)
    p.line(f"（遅延損害金は期限の利益喪失日の翌日から配当期日まで。期限の利益喪失日　{era(C_ACC)}　最終ご返済日　"
           f"{era(C_LAST)}）", x=20, size=8.3)
    p.gap(3)
    p.line(f"２　残債務（{era(issued)}現在）", size=10.5, font="serif-bold")
    for lab, val in (("残元金", f"金{C_P:,}円"), (f"遅延損害金（{era(C_DIV + ONE)}から　年14.0％）", f"金{L:,}円"),
                     ("合　計", f"金{T:,}円")):
        leader(p, lab, val, 28, 178, size=10.5, font="serif-bold" if "合" in lab else "serif")
    p.gap(3)
    p.para(f"つきましては、上記合計額を{era(due)}（{wd(due)}）までに一括してご返済いただくか、同日までにご返済方法について"
           "当金庫担当者までご相談くださいますようお願いいたします。ご連絡のない場合は、法的手続に移行させていただきます。")
    p.para("なお、残元金に対しては、完済の日まで年14.0％の割合による遅延損害金が日々発生いたします。")
    p.gap(2)
    p.para("ご返済口座　つきみの信用金庫 広沢支店 普通預金 0412077（ミマスハタ ヨウヘイ）", size=9.5, indent="")
    p.para("（ご参考）当初ご融資額 16,000,000円　売却代金 10,260,000円　剰余金 なし", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="つきみの信用金庫", phone="0776-00-4127",
               creditor="つきみの信用金庫", status="not_applicable", debtor="三升畑洋平", total=T, principal=C_P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=C_ACC,
               last_payment=C_LAST, reference="TM-0412-77", input_kind="pdf_text",
               template="proxy97_shinkin_dividend_appropriation_order_columns", received=D(2025, 12, 1))
    return dict(stem="db09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫, rest after its own auction)",
                unusual="digital serif letter of a 信用金庫 that ran the auction itself (no guarantor, no servicer): a "
                        "transposed 充当 table in yen (rows 充当前 / 充当額 / 充当後, columns 執行費用 / 遅延損害金 / 未収利息 / "
                        "元金 / 計 in the statutory order), the 喪失 date and the last payment in a small bracket line under "
                        "it; the rest as dotted-leader lines 残元金 / 遅延損害金（…から　年14.0％） / 合計 with 金…円; the due "
                        "date only in the prose; the 配当額 9,870,000, 当初ご融資額 16,000,000 and 売却代金 10,260,000 as "
                        "distractors; the 0776-00 phone")


# ---------------------------------------------------------------------------------------------
# db10 那覇簡易裁判所 支払督促: creditor SMBC債権回収 (real), 求償債権 after a 任意売却; scanned, one page.


def db10():
    R = 14.6
    issued, filed = D(2026, 8, 6), D(2026, 7, 21)
    case = "令和8年(ロ)第402号"
    P = 4_318_760
    start = D(2026, 2, 1)
    X = late(P, R, start, filed)
    C = 14_500 + 1_272 + 520
    T = P + X + C
    p = Page(font="serif", size=10.2, top=14)
    p.line("支　払　督　促", size=16, font="serif-bold", align="c")
    p.at(192, 20, fw("令和８年（ロ）第４０２号"), size=10, align="r")
    p.gap(2)
    p.table([["債　権　者", "東京都中央区築地九丁目9番9号　SMBC債権回収株式会社　代表者代表取締役　枕崎　修"],
             ["（送達場所）", "那覇市久茂地九丁目9番9号　同社那覇事務所　電話 098-000-1010"],
             ["債　務　者", "沖縄県浦添市夕日ヶ浦九丁目9番9号　安次富　和也"]],
            [30, 146], x=18, aligns="ll", size=9.2, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=18, x1=192)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", x0=18, x1=192)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    for _i, (lab, v) in enumerate((("１　譲受債権元金（求償金残元金）", P),
                                  (f"２　確定遅延損害金（{era(start)}から{era(filed)}まで年14.6％）", X),
                                  ("３　督促手続費用", C))):
        b = p.line(lab, x=24, size=10)
        p.at(188, b, f"金{v:,}円", size=10, align="r")
    p.add(Line(120, p.y + 0.5, 190, p.y + 0.5, 0.3))
    p.gap(1)
    b = p.line("合計", x=24, size=10.5, font="serif-bold")
    p.at(188, b, f"金{T:,}円", size=10.5, font="serif-bold", align="r")
    p.para(f"４　上記１の金額に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金", x0=24, x1=190, size=10,
           indent="")
    p.line("（督促手続費用の内訳　申立手数料 14,500円、支払督促正本送達費用 1,272円、申立書作成及び提出費用 520円）", x=24,
           size=8.3)
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold", align="c")
    for s in ("１　債務者は、株式会社すずかけ野銀行から平成29年11月10日に住宅購入資金として金26,800,000円を借り受け、"
              "緋桐保証株式会社は、債務者の委託を受けて上記借入債務を保証した。",
              "２　債務者は令和7年3月27日の返済を最後に返済を怠り、同年6月2日に期限の利益を喪失したため、緋桐保証株式会社は"
              "同年8月29日、上記銀行に代位弁済した。",
              "３　その後、担保不動産の任意売却により回収した金員を求償債権に充当したが、令和8年1月31日時点で求償金残元金"
              f"{P:,}円が残った。",
              "４　緋桐保証株式会社は、令和8年4月30日、上記求償債権を債権者に譲渡し、同年5月8日到達の内容証明郵便により債務者に"
              "その旨を通知した。"):
        p.para(s, x0=20, x1=192, size=9.5, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　那覇簡易裁判所　　裁判所書記官　　斗内　　美咲", size=10.5)
    p.seal(150, p.y - 5, 13, "square", "那覇簡易裁判所書記官印", seed=97101)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 24, 0.6, color=(0, 0, 0), fill=(0.95, 0.95, 0.95)))
    p.at(22, y + 6, "【この支払督促を受け取った方へ】", size=9.5, font="serif-bold")
    for i, s in enumerate(["請求に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を当裁判所に提出してください。",
                           "異議の申立てがないと、債権者の申立てにより仮執行宣言が付され、強制執行を受けることがあります。",
                           "（問い合わせ先）那覇簡易裁判所民事受付係　電話 098-000-4402"]):
        p.at(22, y + 11.5 + i * 4.8, s, size=8.6)
    p.y = y + 27
    p.line(f"（申立日　{fw(era(filed))}）", x=18, size=8.5)
    tr = truth(document_type="payment_order", sender="那覇簡易裁判所", phone="098-000-4402",
               creditor="SMBC債権回収株式会社", status="licensed", original="緋桐保証株式会社", debtor="安次富和也",
               total=T, principal=P, interest=None, late_damages=X, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=D(2025, 6, 2), last_payment=D(2025, 3, 27), assignment=D(2026, 4, 30),
               reference=case, input_kind="scan_png", template="proxy97_payment_order_naha_recourse_after_voluntary_sale",
               received=D(2026, 8, 10))
    return dict(stem="db10", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (那覇簡裁, real servicer creditor, 求償債権 after a 任意売却)",
                unusual="a whole 支払督促 on ONE scanned page: title first and the full-width case number right under it "
                        "on the right; the parties as a 3-row shaded-label table (債権者 ★ SMBC債権回収 without licence "
                        "number: court paper; its 送達場所 098 phone as a distractor; 債務者); 請求の趣旨 as right-aligned "
                        "金…円 lines 譲受債権元金（求償金残元金） / 確定遅延損害金 / 督促手続費用 / 合計 and the running item "
                        "４ below the sum; the cost breakdown in brackets; 請求の原因 telling the whole story (平成29年 loan "
                        "26,800,000, last payment, 喪失, 代位弁済, 任意売却, 譲渡 and its 内容証明 到達 date); the shaded "
                        "「この支払督促を受け取った方へ」 box with the court's phone; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# db11 福井地方裁判所 (ワ) 呼出状 + 訴状, digital 2 pages; plaintiff the 信用金庫.


def db11():
    R = 14.0
    issued, filed = D(2026, 4, 14), D(2026, 3, 24)
    hearing, answer = D(2026, 5, 21), D(2026, 5, 14)
    X = late(C_P, R, C_DIV + ONE, filed - ONE)
    T = C_P + X
    case = "令和8年(ワ)第63号"
    p = Page(font="serif", size=10.8, top=16)
    p.line(fw("令和８年（ワ）第６３号　貸金請求事件"), size=10.5)
    p.line("原告　つきみの信用金庫", size=10.5)
    p.line("被告　三升畑　洋平", size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("三升畑　洋平　殿", size=12.5, x=22)
    p.gap(2)
    p.line(f"{fw(era(issued))}", align="r", size=10.5)
    p.line("福井地方裁判所民事第１部", align="r", size=10.5)
    p.line("裁判所書記官　伊牟田　悟", align="r", size=10.5)
    p.seal(197, p.y - 4, 11, "square", "福井地方裁判所書記官印", seed=97111)
    p.gap(5)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。",
           x0=22, x1=190)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", x0=22, x1=190)
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"),
            ("場　　所", "福井地方裁判所　第３号法廷（２階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(30, y + i * 11, 40, 11, 0.4, (0, 0, 0), SHADE))
        p.add(Box(70, y + i * 11, 110, 11, 0.4))
        p.at(33, y + i * 11 + 7.3, a, size=10.5)
        p.at(74, y + i * 11 + 7.3, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 38
    for s in ("１　出頭の際は、この呼出状と印鑑及び本人確認書類を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の請求を認めたものとみなされ、原告勝訴の判決が言い渡される"
              "ことがあります。",
              "３　訴訟物の価額及び貼用印紙額は訴状記載のとおりです（予納郵便切手 6,000円）。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(5)
    p.line("〒910-0000　福井県福井市高雄九丁目9番9号", size=9.5, x=22)
    p.line("福井地方裁判所民事第１部　電話 0776-00-8163（直通）　ＦＡＸ 0776-00-8169", size=9.5, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.line("訴　　　状", size=16, font="serif-bold", align="c")
    q.line(f"{fw(era(filed))}", align="r", size=10.5)
    q.line("福井地方裁判所　御中", size=10.5)
    q.line("原告　つきみの信用金庫　代表者理事長　出水田　勝", align="r", size=10.5)
    q.line("（送達場所）福井市清滝九丁目9番9号　融資部債権管理課　電話 0776-00-4127", align="r", size=9)
    q.line("被告　福井県福井市広沢九丁目9番9号　三升畑　洋平", size=10.5)
    q.gap(2)
    q.line("貸金請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金32,000円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{C_P:,}円に対する{era(filed)}から支払済みまで年14％の割合による"
           "金員を支払え。", x0=24, x1=190, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, x1=190, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=24)
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　原告は、被告に対し、平成30年4月20日、住宅資金として金16,000,000円を、利率年1.2％、遅延損害金年14％、"
              "毎月20日限り元利均等返済の約定で貸し付けた（甲第1号証）。",
              f"２　被告は{era(C_LAST)}の返済を最後にその後の返済を怠り、原告の催告にもかかわらず支払わなかったため、{era(C_ACC)}"
              "の経過をもって期限の利益を喪失した。",
              f"３　原告は、本件貸金債権を被担保債権とする抵当権に基づく担保不動産競売（福井地方裁判所{C_CASE}）において、"
              f"{era(C_DIV)}、金{C_DV:,}円の配当を受け、執行費用、遅延損害金、利息及び元金の一部に充当した。",
              "４　よって、原告は被告に対し、下記の金員及び残元金に対する訴状提出日から支払済みまで約定の年14％の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=24, x1=190, size=10, indent="")
    q.gap(1)
    q.table([["残元金", f"{C_P:,}円"], [f"遅延損害金（{era(C_DIV + ONE)}から{era(filed - ONE)}まで）", f"{X:,}円"],
             ["合　計", f"{T:,}円"]], [110, 50], x=28, aligns="lr", size=10, row_h=7.8)
    q.gap(2)
    q.line("証拠方法　甲第1号証（金銭消費貸借契約証書）、甲第2号証（配当表謄本）", size=9.5, x=24)
    tr = truth(document_type="lawsuit", sender="福井地方裁判所", phone="0776-00-8163", creditor="つきみの信用金庫",
               status="not_applicable", debtor="三升畑洋平", total=T, principal=C_P, interest=None, late_damages=X, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=C_ACC, last_payment=C_LAST, hearing=hearing,
               reference=case, input_kind="pdf_text_2page",
               template="proxy97_district_court_wa_summons_shinkin_after_auction", received=D(2026, 4, 17))
    return dict(stem="db11", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), 信用金庫 plaintiff, rest after the auction, 2 pages)",
                unusual="digital 福井地裁 (ワ) bundle: p.1 口頭弁論期日呼出状及び答弁書催告状 with the case header lines "
                        "(事件名, 原告, 被告) at the top and the clerk's block ABOVE the body; 期日 / 場所 / 答弁書提出期限 "
                        "in a shaded-label box (full-width era dates, weekday, 午後１時３０分); court phone 直通 and FAX at "
                        "the foot; 予納郵便切手 6,000円; p.2 訴状 dated 3/24 (≠ 呼出状 4/14) with 訴訟物の価額 = total and "
                        "貼用印紙額 32,000 (not costs); 請求の趣旨 「金…及びうち金…」; 請求の原因 with the 平成30年 loan "
                        "16,000,000, 年1.2％, 喪失, last payment and the 配当 9,870,000; a 3-row table 残元金 / "
                        "遅延損害金（…から…まで） / 合計; the plaintiff's 送達場所 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# db12 炭竃法律事務所 for つきみの信用金庫: 縦書き 通知書 (内容証明), kman amounts, absolute deadline; scanned.


def db12():
    R = 14.0
    issued, due = D(2026, 2, 9), D(2026, 2, 27)
    L = late(C_P, R, C_DIV + ONE, issued)
    T = C_P + L
    cols = [
        ("title", "御通知"),
        ("body", "冠省　当職は、つきみの信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", "通知人は、貴殿に対し、平成三十年四月二十日付金銭消費貸借契約に基づく貸金債権を有しておりますところ、貴殿は"
                 f"{kdate(C_ACC)}の経過をもって期限の利益を喪失しております。"),
        ("body", f"その後、担保不動産競売事件（福井地方裁判所令和七年（ケ）第四一号）の{kdate(C_DIV)}の配当により一部が"
                 "回収されましたが、なお左記の債務が残存しております。"),
        ("indent", f"残元金　　　　{kman(C_P)}"),
        ("indent", f"遅延損害金　　{kman(L)}"),
        ("plain", f"　（{kdate(C_DIV + ONE)}から本書の日付まで年十四パーセント）"),
        ("indent", f"合計　　　　　{kman(T)}"),
        ("body", f"つきましては、右合計金を{kdate(due)}限り、左記預り金口座にお振込みください。"),
        ("indent", "つきみの信用金庫高雄支店　普通預金"),
        ("indent", "口座番号　" + kanji_digits("2602091")),
        ("indent", "名義　弁護士炭竃恭介預り金口"),
        ("body", "右期限までにお支払い又は誠意あるご連絡がない場合は、通知人の指示により、訴訟提起その他の法的手続をとる"
                 "予定であることを申し添えます。なお、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福井県福井市化野九丁目九番九号"),
        ("low", "炭竃法律事務所"),
        ("low", "通知人代理人　弁護士　炭竃　恭介"),
        ("low", "電話　〇七七六（〇〇）五三〇二"),
        ("blank", ""),
        ("low", "福井県福井市広沢九丁目九番九号"),
        ("low", "三升畑　洋平　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=13.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 97121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "炭竃　恭介" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "maru", "炭竃", angle=0, seed=97122))
    tr = truth(document_type="collection_notice", sender="炭竃法律事務所", phone="0776-00-5302",
               creditor="つきみの信用金庫", status="not_applicable", debtor="三升畑洋平", total=T, principal=C_P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=C_ACC,
               reference=None, input_kind="vertical_scan",
               template="proxy97_vertical_lawyer_notice_after_auction_kman", received=D(2026, 2, 12))
    return dict(stem="db12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (lawyer for the 信用金庫, 縦書き 内容証明)",
                unusual="scanned 縦書き 御通知 (冠省 … 草々) of a one-lawyer office with the 内容証明 stamp and a small "
                        "round 認印; amounts in the 金五三四万九一一〇円 style (kanji DIGITS with a 万 unit); the (ケ) case "
                        "number in kanji digits inside the prose; an ABSOLUTE deadline 「令和八年二月二十七日限り」; the "
                        "預り金口 account number in kanji digits as a distractor; phone 〇七七六（〇〇）五三〇二; NO "
                        "reference number and no last payment printed (null)")


# ---------------------------------------------------------------------------------------------
# db13 ニッテレ債権回収 (real, 第7号): 受託のお知らせ兼ご請求 after the 配当, photo stored sideways (EXIF 6).


def db13():
    R = 14.5
    issued, due = D(2026, 3, 3), D(2026, 3, 27)
    entrusted, div = D(2026, 2, 16), D(2026, 1, 21)
    P = 3_962_410
    L = late(P, R, div + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 12, 12, color=None, fill=INDIGO))
    p.at(21, 20.3, "N", size=15, font="sans-bold", color=WHITE, align="c")
    p.at(30, 18.5, "ニッテレ債権回収株式会社", size=12.5, font="sans-bold", color=INDIGO)
    p.at(30, 23.5, "法務大臣許可番号 第7号　青森サービスセンター", size=8, color=INDIGO)
    stamp(p, 160, 13, "親展", size=11)
    stamp(p, 178, 13, "重要", size=11, fill=RED)
    window(p, 15, 30, "030-0000", ["青森県青森市宮津九丁目9番9号"], "蛯沢　久美子　様", "db13", w=90, h=32)
    p.at(196, 36, fw(f"{issued.year}年{issued.month}月{issued.day}日"), size=9.5, align="r")
    p.y = 68
    p.title("業務受託のお知らせ　兼　ご請求書", size=14.5)
    p.para(f"当社は、{wdate(entrusted)}付で、みさごの住宅ローン株式会社（以下「委託者」）から、貴殿に対する下記債権の管理"
           "及び回収業務の委託を受けました。債権者は引き続き委託者であり、債権が当社に譲渡されたものではございません。")
    p.para(f"委託者の担保不動産競売事件（青森地方裁判所令和6年(ケ)第215号）は、{wdate(div)}の配当期日をもって終了いたしましたが、"
           "配当金充当後もなお下記の残債務がございます。つきましては、下記ご請求額を下記お支払期限までに一括してお支払い"
           "ください。")
    p.gap(1)
    y = grid(p, 15, p.y, [32, 58, 32, 59],
             [["委託者（債権者）", "みさごの住宅ローン株式会社", "お客様番号", "NT-3815-0262"],
              ["ご契約番号（委託者）", "HL-2013-118402", "業務受託日", fw(wdate(entrusted))],
              ["期限の利益喪失日", fw(wdate(D(2025, 4, 22))), "最終ご返済日", fw(wdate(D(2025, 1, 27)))]],
             h=7.5, size=9, lsize=7.8)
    p.y = y + 4
    p.line("ご請求額", size=10.5, font="sans-bold")
    p.table([["残元金", "遅延損害金（年14.5％）", "ご請求額合計"],
             [fw(f"{P:,}円"), fw(f"{L:,}円"), fw(f"{T:,}円")]], [60, 62, 59], x=15, header=True, aligns="rrr",
            size=10.5, row_h=9)
    p.line(f"※遅延損害金は配当期日の翌日（{wdate(div + ONE)}）から本書作成日までの日割計算です。", x=15, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 20, 0.6, INDIGO))
    p.add(Box(15, y, 45, 20, color=None, fill=(0.90, 0.89, 0.97)))
    p.at(37.5, y + 12, "お支払期限", size=11, font="sans-bold", color=INDIGO, align="c")
    p.at(66, y + 9, fw(f"{due.month}月{due.day}日（{wd(due)}）"), size=15, font="sans-bold")
    p.at(66, y + 16, fw(f"{due.year}年"), size=9)
    p.at(190, y + 12, "お振込先：外ヶ浜信託銀行 青森支店 普通 3815262", size=8.5, align="r")
    p.y = y + 24
    p.para("お問い合わせ先　ニッテレ債権回収株式会社 青森サービスセンター　TEL 017-000-7707（平日9:00～18:00）担当 一戸森",
           x0=15, x1=196, size=9, indent="")
    p.para("※ご契約時の当初借入額 21,400,000円、競売による売却代金 14,380,000円はご参考です。本状と行き違いでご入金の場合は"
           "ご容赦ください。", x0=15, x1=196, size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="017-000-7707", creditor="みさごの住宅ローン株式会社", status="licensed",
               original="みさごの住宅ローン株式会社", debtor="蛯沢久美子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2025, 4, 22),
               last_payment=D(2025, 1, 27), assignment=None, reference="NT-3815-0262", input_kind="photo_exif_rotated",
               template="proxy97_real_servicer_entrustment_after_dividend_rotated", received=D(2026, 3, 5))
    return dict(stem="db13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.5, creases=2, shadow=0.22, shadow_side="right", fill=0.85),
                about="assignment_notice (real servicer 受託通知 with a demand, after the 配当)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; real servicer ★ ニッテレ債権回収 with "
                        "an indigo 「N」 mark and 「法務大臣許可番号 第7号」 in small print; 親展 and filled 重要 stamps; "
                        "full-width western dates; collecting ON COMMISSION for a housing-loan company (creditor = original "
                        "= 委託者; 業務受託日 is not an assignment); a 3×4 shaded grid (委託者（債権者）, お客様番号, ご契約番号"
                        "（委託者）, 業務受託日, 喪失日, 最終ご返済日); full-width amounts 残元金 / 遅延損害金（年14.5％） / "
                        "ご請求額合計; the due date in a box as 「３月２７日（金）」 over 「２０２６年」; the (ケ) case number, "
                        "当初借入額 and 売却代金 as distractors")


# ---------------------------------------------------------------------------------------------
# db14 scam: 「株式会社残債整理管理機構」 offers to cut the rest after a 任意売却 for a deposit; phone photo.


def db14():
    issued, due = D(2026, 2, 2), D(2026, 2, 5)
    dep = 168_000
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(12, 10, 186, 277, 1.2, RED))
    stamp(p, 18, 14, "最終通知", size=12, fill=RED)
    stamp(p, 48, 14, "本人限定", size=12)
    p.at(192, 20, "通知日　令和8年2月2日", size=10, align="r")
    p.at(192, 26, "管理番号　ほ－２２１７", size=10, align="r")
    p.y = 32
    p.line("目黒田　誠　様", size=14)
    p.gap(4)
    p.title("任意売却後残債務の一括整理に関する最終通知", size=15, color=RED)
    p.para("貴殿が任意売却されたご自宅の住宅ローン残債務について、当機構は金融機関より当該債権の整理業務を引き継ぎました。"
           "当機構は法務大臣の許可を受けた債権回収機関であり、残債務を最大９割減額して整理することが可能です。")
    p.para("ただし、減額整理の手続には下記の手続保証金の納付が必要です。期限までに納付が確認できない場合、減額の権利は消滅し、"
           "給与及び預貯金の差押え手続に直ちに移行いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 34, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(30, y + 8, "手続保証金", size=11, font="sans-bold")
    p.at(180, y + 9, f"金{dep:,}円", size=17, font="sans-bold", align="r", color=RED)
    p.at(30, y + 18, "納付期限", size=11, font="sans-bold")
    p.at(180, y + 19, f"2月5日（{wd(due)}）15時まで", size=14, font="sans-bold", align="r")
    p.at(30, y + 28, "納付先　すずらん銀行 新宿南支店 普通 7702184 オオワニ タケシ", size=9.5)
    p.y = y + 40
    for s in ("・本件は他言無用です。ご家族や弁護士・司法書士等へのご相談は、手続の妨げとなりますのでお控えください。",
              "・保証金は整理完了後に全額返還されます。",
              "・ご不明な点は担当の大鰐まで直接お電話ください（土日祝日も受付）。"):
        p.para(s, x0=22, x1=188, size=10, indent="")
    p.gap(8)
    for s, sz, f in (("株式会社残債整理管理機構", 13, "sans-bold"), ("法務大臣許可番号　第298号", 9.5, "sans"),
                     ("東京都千代田区霞が関一丁目（中央合同庁舎南別館）", 9, "sans"), ("担当直通　090-0000-3815　担当　大鰐", 10.5, "sans-bold")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社残債整理管理機構", license_number=298, phone="090-0000-3815",
               creditor=None, status="not_licensed", debtor="目黒田誠", total=dep, lump=False, issued=issued,
               payment_due=due, reference="ほ-2217", is_scam=True, input_kind="photo_jpeg",
               template="proxy97_scam_voluntary_sale_debt_reduction_deposit", received=None)
    return dict(stem="db14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.0, creases=2, glare=16, fill=0.8, warm=0.3),
                about="other (scam: 'debt reduction' after a 任意売却 for a deposit)",
                unusual="架空請求 photographed on a dark cloth at an angle with a lamp glare: a red frame, filled 最終通知 "
                        "and 本人限定 stamps; 「任意売却後残債務の一括整理」 with 「最大９割減額」 for a 手続保証金 ￥168,000 "
                        "paid to a PERSONAL account; a three-day deadline 「2月5日（木）15時まで」 (year from the 通知日); "
                        "a fake 「法務大臣許可番号　第298号」 for 「株式会社残債整理管理機構」; 霞が関 address without a "
                        "number; a 090 担当直通 open at weekends; hiragana 管理番号 ほ－２２１７; 「弁護士・司法書士等への"
                        "ご相談は…お控えください」; no creditor named (only 「金融機関」)")


# ---------------------------------------------------------------------------------------------
# db15 盛岡地方裁判所 配当期日呼出状 (the 十二所 case of db02): claims nothing; image PDF of one page.


def db15():
    issued, day = D(2026, 4, 22), A_DIV
    p = Page(font="serif", size=10.8, top=18)
    y = p.y
    for i, (a, b) in enumerate((("事件番号", fw("令和７年（ケ）第８８号") + "　担保不動産競売事件"),
                                ("差押債権者", "ときつかぜ住宅保証株式会社"), ("債務者兼所有者", "十二所　正臣"))):
        p.add(Box(20, y + i * 8, 38, 8, 0.3, (0, 0, 0), SHADE))
        p.add(Box(58, y + i * 8, 132, 8, 0.3))
        p.at(23, y + i * 8 + 5.6, a, size=9.8)
        p.at(61, y + i * 8 + 5.6, b, size=10.5)
    p.y = y + 32
    p.title("配当期日呼出状", size=17, font="serif-bold")
    p.line("債務者兼所有者　十二所　正臣　殿", size=12, x=22)
    p.gap(3)
    p.para("頭書事件について、配当期日が下記のとおり指定されたので、出頭してください。", x0=22, x1=188)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("日　時", f"{fw(era(day))}（{wd(day)}）午後１時３０分"), ("場　所", "盛岡地方裁判所　第２民事部　配当室（３階）")],
         x=40, label_w=26, size=11.5, font="serif-bold")
    p.gap(3)
    p.line("注　意", size=10.5, font="serif-bold", x=22)
    for s in ("１　配当表の原案は、配当期日の３日前から当部不動産執行係で閲覧することができます。",
              "２　配当表に記載された債権又は配当の額に不服がある債務者は、配当期日に出頭し配当異議の申出をすることができます。"
              "出頭しないときは、配当表のとおり配当が実施されます。",
              "３　売却代金の額　金" + f"{A_PRICE:,}" + "円（" + era(A_PAID) + "代金納付）。盛岡市から交付要求があります。",
              "４　剰余金が生じる見込みはありません。",
              "５　配当後もなお残る債務については、本手続の終了後も債権者から請求を受けることがあります。"):
        p.para(s, x0=22, x1=188, size=10, indent="")
    p.gap(8)
    p.line(f"{fw(era(issued))}", x=100, size=10.8)
    p.line("盛岡地方裁判所第２民事部", x=100, size=10.8)
    p.line("裁判所書記官　余目　晴香", x=100, size=10.8)
    p.seal(180, p.y - 6, 14, "square", "盛岡地方裁判所書記官印", seed=97151)
    p.gap(10)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(2)
    p.line("（連絡先）盛岡地方裁判所第２民事部不動産執行係　電話 019-000-6288", x=22, size=9.5)
    p.line(f"（ご参考）本件の担保不動産競売開始決定　{era(D(2025, 10, 20))}", x=22, size=9)
    tr = truth(document_type="other", sender="盛岡地方裁判所", phone="019-000-6288",
               creditor="ときつかぜ住宅保証株式会社", status="not_applicable", debtor="十二所正臣", lump=False,
               issued=issued, payment_due=None, hearing=None, reference=A_CASE, input_kind="pdf_scan",
               template="proxy97_court_dividend_day_summons_header_grid", received=D(2026, 4, 24))
    return dict(stem="db15", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.1,
                about="other (地裁 配当期日呼出状, claims nothing)",
                unusual="one-page image PDF of the 盛岡地裁 配当期日呼出状 of db02's case: a shaded-label header grid at the "
                        "very top (事件番号 full-width, 差押債権者, 債務者兼所有者); the 配当期日 as a bold kv line with weekday "
                        "and 午後１時３０分 (NOT a 口頭弁論期日: hearing null); it DEMANDS NOTHING (every amount null); the "
                        "売却代金 16,380,000 with its 代金納付 date, the city's 交付要求 and the 開始決定 date in the notes "
                        "as distractors; the clerk's block on the right")


# ---------------------------------------------------------------------------------------------
# db16 株式会社住宅債権管理回収機構 (real, 第91号) printing 「第19号」: final demand after a 任意売却; 2-page fax.


def db16():
    R = 14.0
    issued, due = D(2026, 10, 6), D(2026, 10, 23)
    sale, assign = D(2026, 3, 13), D(2025, 9, 30)
    acc, lastp = D(2025, 7, 8), D(2025, 4, 30)
    P = 6_204_330
    L = late(P, R, sale + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.line(f"送信日 {fw(era(issued))}　　送信枚数 ２枚（本状含む）　　宛先 粟津原　聡子　様（FAX 0857-00-2214）", size=8.8)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(4)
    p.at(196, p.y + 4, "債権番号　JK－2509－6617", size=10, align="r")
    p.y += 8
    p.line("粟津原　聡子　様", size=13.5)
    p.gap(3)
    p.line("株式会社住宅債権管理回収機構", x=110, size=11.5, font="sans-bold")
    p.line("法務大臣許可番号　第19号", x=110, size=9)
    p.line("中国債権管理室　〒680-0000 鳥取市枕崎九丁目9番9号", x=110, size=8.5)
    p.line("TEL 0857-00-9191　FAX 0857-00-9192　担当 板柳", x=110, size=9)
    p.seal(190, p.y - 10, 12, "square", "住宅債権管理回収機構印", angle=-3, seed=97161)
    p.gap(5)
    p.title("最　終　催　告　書", size=16, color=RED)
    p.para(f"当社が{era(assign)}に株式会社ゆうやけ銀行から譲り受けました貴殿の住宅ローン債権につきましては、{era(sale)}に"
           "担保不動産の任意売却が行われ、その売却代金を充当いたしました。しかしながら、充当後の残債務について、再三の"
           "ご請求にもかかわらず、現在までお支払いもご連絡もいただいておりません。")
    p.para(f"つきましては、本書をもって最終の催告をいたします。下記金額を{era(due)}（{wd(due)}）までに一括してお支払い"
           "ください。期限までにお支払い又はご連絡がない場合は、貴殿の給与・預金等の差押えを含む法的手続を直ちに開始いたします。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["項　目", "金　額"], ["残元金（任意売却代金充当後）", f"{P:,}円"],
             [f"遅延損害金（{era(sale + ONE)}～{era(issued)}、年14.0％）", f"{L:,}円"], ["ご請求金額合計", f"{T:,}円"]],
            [118, 52], x=20, header=True, aligns="lr", size=10, row_h=8.5)
    p.gap(2)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）必着"), ("原債権者", "株式会社ゆうやけ銀行"),
          ("債権譲受日", era(assign)), ("期限の利益喪失日", era(acc)), ("最終ご入金日", era(lastp)),
          ("任意売却", f"{era(sale)}決済（売却価格 18,900,000円、配分額 17,720,400円）")], x=22, label_w=36, size=9.5)
    p.gap(2)
    p.para("お振込先　久美浜信託銀行 鳥取支店 普通預金 9191661 カ）ジユウタクサイケンカンリカイシユウキコウ", x0=20,
           x1=192, size=9, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("ご返済に関するご回答書", size=14)
    q.para("本書にご記入のうえ、お支払期限までに FAX 0857-00-9192 へご返信ください。", x0=20, x1=190, size=9.8, indent="")
    q.gap(3)
    rows = [("債権番号", "JK－2509－6617"), ("お名前", "粟津原　聡子"), ("ご連絡先（日中）", ""), ("ご回答", "□ 一括で支払う　□ 分割を希望する　□ 支払えない"),
            ("ご希望の月額", "　　　　　　　　円"), ("ご収入（月額）", "　　　　　　　　円"), ("備考", "")]
    y = q.y
    for i, (a, bv) in enumerate(rows):
        q.add(Box(20, y + i * 12, 45, 12, 0.3, (0, 0, 0), SHADE))
        q.add(Box(65, y + i * 12, 125, 12, 0.3))
        q.at(23, y + i * 12 + 7.8, a, size=10)
        q.at(68, y + i * 12 + 7.8, bv, size=10)
    q.y = y + 12 * len(rows) + 6
    q.line("株式会社住宅債権管理回収機構　中国債権管理室　御中", x=20, size=10)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=19,
               phone="0857-00-9191", creditor="株式会社住宅債権管理回収機構", status="license_mismatch",
               original="株式会社ゆうやけ銀行", debtor="粟津原聡子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="JK-2509-6617", input_kind="fax_tiff",
               template="proxy97_real_servicer_wrong_licence_final_demand_fax", received=issued)
    return dict(stem="db16", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:41 JUTAKU SAIKEN KANRI 0857-00-9192",
                about="collection_notice (real servicer with a WRONG licence number, final demand after a 任意売却, 2-page fax)",
                unusual="2-page G4 fax: a one-line 送信日 / 送信枚数 / 宛先 strip with the addressee's OWN fax number; real "
                        "servicer ★ 株式会社住宅債権管理回収機構 printing 「法務大臣許可番号　第19号」 (the registry has 91 → "
                        "license_mismatch); red 最終催告書; full-width 債権番号 dashes JK－2509－6617; a header table "
                        "残元金（任意売却代金充当後） / 遅延損害金（…～…、年14.0％） / ご請求金額合計; a kv block (お支払期限 "
                        "…必着, 原債権者, 債権譲受日, 喪失日, 最終ご入金日, 任意売却 with 売却価格 and 配分額 as distractors); "
                        "TEL and FAX on one line; p.2 a ご回答書 form")


LETTERS = [db09, db10, db11, db12, db13, db14, db15, db16]
