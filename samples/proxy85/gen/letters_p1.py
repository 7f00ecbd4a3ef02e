"""Proxy set 85, letters cp01–cp08: "after the auction and the voluntary sale, fifth round". The 猪鼻 household (競売 in
鶴岡): the bank's 期限の利益喪失のご通知 before the auction (cp01), the guarantee company's 保証債務履行（代位弁済）のお知らせ
by fax (cp02), the 鶴岡支部's 配当期日呼出状 (cp03) and the guarantee company's 求償債権残額のご請求 after the 配当,
photographed sideways (cp04); a single letter of a real servicer after a 任意売却 with a payment slip (cp05, 鯛尾); the
鼠入 household (任意売却, a public housing lender): the lender's 任意売却後の残債務のお知らせ (cp06), the real servicer's
業務受託のお知らせ (cp07) and its 分割弁済・一部免除のご提案 by fax (cp08). The household constants are at the top."""

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
    grid,
    late,
    qr,
    slip,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
BROWN = (0.42, 0.24, 0.10)
INDIGO = (0.16, 0.18, 0.45)
ONE = timedelta(1)

# --- the 猪鼻 household: bank ちょうかい銀行, guarantee company はぐろ住宅保証, 競売 at the 鶴岡支部 -----------------------
A_DEBTOR, A_ADDR = "猪鼻　康介", "山形県鶴岡市ゆたがわ台9丁目9番9号"
A_BANK, A_GUAR = "株式会社ちょうかい銀行", "はぐろ住宅保証株式会社"
A_R = 14.0  # bank's late rate
A_RG = 14.6  # guarantee company's rate on the 求償債権
A_LAST, A_WARN, A_ACC = D(2024, 12, 26), D(2025, 4, 22), D(2025, 5, 9)
A_P, A_I = 21_436_818, 98_712  # 残元金, 未収利息 (to the 喪失)
A_SUBRO = D(2025, 6, 27)
A_L0 = late(A_P, A_R, A_ACC + ONE, A_SUBRO)
A_S = A_P + A_I + A_L0  # 代位弁済額 = 求償元金
A_CASE = "令和6年(ケ)第31号"  # noqa: RUF001
A_DIV_DAY = D(2026, 2, 17)
A_DIV = 14_206_450  # 配当金 to the guarantee company
A_LD = late(A_S, A_RG, A_SUBRO + ONE, A_DIV_DAY)  # 損害金 up to the 配当期日
assert A_DIV > A_LD
A_P2 = A_S + A_LD - A_DIV  # 求償元金残額 after the 充当 (損害金 first)
A_REF = "HG-25-006173"

# --- the 鼠入 household: public lender ふるさと住宅金融機構, 任意売却, real servicer 91 as 受託者 ------------------------
B_DEBTOR, B_ADDR = "鼠入　千晶", "静岡県沼津市かのがわ台9丁目9番9号"
B_LENDER = "独立行政法人ふるさと住宅金融機構"
B_R = 14.5
B_LAST, B_ACC, B_SALE = D(2024, 9, 27), D(2025, 3, 14), D(2025, 9, 30)
B_P, B_I = 6_318_440, 21_874  # after the sale proceeds
B_SVC = "株式会社住宅債権管理回収機構"
B_ENTRUST = D(2025, 12, 1)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# cp01 bank 期限の利益喪失のご通知 (before the auction): one-row 4-column table with a shaded header, amounts "金 … 円".


def cp01():
    issued, due = D(2025, 5, 16), D(2025, 5, 30)
    L = late(A_P, A_R, A_ACC + ONE, issued)
    T = A_P + A_I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, f"令和7年5月16日（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 22, "貸出管理番号　CK-0512-77410", size=9.5, align="r")
    p.y = 28
    p.line(A_ADDR, x=18, size=10)
    p.line(f"{A_DEBTOR}　様", x=22, size=13.5)
    p.y = 30
    for i, (s, sz, f) in enumerate((("株式会社ちょうかい銀行", 12.5, "sans-bold"), ("鶴岡南支店　融資管理課", 9.5, "sans"),
                                    ("〒998-0000 山形県酒田市きさかた通9丁目9番9号（本店）", 7.5, "sans"),
                                    ("電話 0235-00-4417（鶴岡南支店 直通）", 9, "sans"))):
        p.at(128, 34 + i * 5.2, s, size=sz, font=f)
    p.seal(188, 33, 12, "square", "ちょうかい銀行鶴岡南支店", angle=2, seed=85011)
    p.y = 60
    p.add(Line(18, p.y, 192, p.y, 0.5))
    p.gap(2)
    p.title("期限の利益喪失のご通知", size=15.5)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para("さて、お客様の平成26年5月23日付金銭消費貸借契約（住宅ローン）につきましては、令和6年12月26日のご返済を最後に"
           "約定どおりのご返済がなく、当行は令和7年4月22日付の催告書により延滞金のお支払いをお願いいたしましたが、催告期限"
           "である令和7年5月9日までにご入金がございませんでした。", size=9.8)
    p.para("このため、お客様は銀行取引約定書第5条第2項の定めにより、令和7年5月9日の経過をもって本件ご融資についての期限の"
           "利益を喪失されましたので、ご通知申し上げます。つきましては、下記のご請求金額を一括してお支払いくださいますよう"
           "お願いいたします。", size=9.8)
    p.gap(1)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    head = ["残元金", "未収利息", "遅延損害金", "ご請求金額"]
    row = [f"金 {A_P:,} 円", f"金 {A_I:,} 円", f"金 {L:,} 円", f"金 {T:,} 円"]
    p.table([head, row], [44, 40, 40, 50], x=18, header=True, size=10, row_h=9, aligns="rrrr")
    p.line("※未収利息は令和6年12月27日から令和7年5月9日までの約定利息（年0.975％）です。", x=18, size=8.3)
    p.line("※遅延損害金は残元金に対する令和7年5月10日から本状作成日までの年14.0％（年365日の日割計算）です。", x=18, size=8.3)
    p.line("※本状作成日の翌日以降も、完済の日まで残元金に対し同率の遅延損害金が発生いたします。", x=18, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 13, 0.8))
    p.add(Box(18, y, 40, 13, color=None, fill=SHADE))
    p.at(38, y + 8.4, "お支払期限", size=11, font="sans-bold", align="c")
    p.at(64, y + 8.8, f"令和7年5月30日（{wd(due)}）", size=13, font="sans-bold")
    p.at(188, y + 8.6, "窓口またはお振込みにて", size=8.5, align="r")
    p.y = y + 17
    p.kv([("お振込先", "ちょうかい銀行 鶴岡南支店 普通預金 2290461 カ）チョウカイギンコウ ユウシカンリ"),
          ("ご融資日", "平成26年5月23日　当初ご融資額 27,800,000円　ご返済期間 35年"),
          ("保証会社", "はぐろ住宅保証株式会社（保証番号 HG-25-006173）"),
          ("担保物件", "山形県鶴岡市ゆたがわ台9丁目所在の土地・建物（第1順位抵当権 債権額 27,800,000円）")],
         x=18, label_w=24, size=9)
    p.gap(3)
    p.para("上記期限までにお支払いのない場合は、保証会社に対し保証債務の履行（代位弁済）を請求いたします。代位弁済後は、"
           "保証会社からお客様へ求償金のご請求がなされ、担保物件について競売の申立てがなされることがございますので、"
           "あらかじめご承知おきください。", size=9.3)
    p.para("ご返済についてのご相談は、融資管理課（担当 蜂屋）までご連絡ください。なお、本状と行き違いにご入金いただいた場合は"
           "ご容赦ください。", size=9.3)
    tr = truth(document_type="acceleration_notice", sender=A_BANK, phone="0235-00-4417", creditor=A_BANK,
               status="not_applicable", debtor=A_DEBTOR, total=T, principal=A_P, interest=A_I, late_damages=L, rate=A_R,
               lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               reference="CK-0512-77410", input_kind="pdf_text", template="proxy85_bank_acceleration_before_auction_spaced_kin",
               received=D(2025, 5, 19))
    return dict(stem="cp01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (bank, before the auction)",
                unusual="a bank's 期限の利益喪失のご通知 with the addressee top-LEFT and the branch block beside it with a square "
                        "seal; the 催告書 date 4/22 and its deadline 5/9 (= acceleration 「の経過をもって」); a one-row table "
                        "under a shaded header with amounts spaced 「金 21,436,818 円」; the rate 年0.975％ of the 約定利息 in a "
                        "※ note; a kv block with ご融資日 平成26年, 27,800,000円, the guarantor's 保証番号 and the 抵当権 債権額 "
                        "(distractors); 貸出管理番号 top-right")


# ---------------------------------------------------------------------------------------------
# cp02 guarantee company 保証債務履行（代位弁済）のお知らせ, one-page fax: grey FAX band, shaded-label grid.


def cp02():
    issued, due = D(2025, 7, 4), D(2025, 7, 18)
    L = late(A_S, A_RG, A_SUBRO + ONE, issued)
    T = A_S + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(12, 10, 186, 8, color=None, fill=SHADE))
    p.at(15, 15.6, "ＦＡＸ送信", size=10, font="sans-bold")
    p.at(42, 15.6, "はぐろ住宅保証株式会社　債権管理課 → 猪鼻　康介　様　（全１枚）", size=9)
    p.at(195, 15.6, f"送信日 {slash(issued)}", size=9, align="r")
    p.y = 24
    p.line(f"{A_DEBTOR}　様", x=15, size=13)
    p.at(196, 27, "保証番号　HG-25-006173", size=9.5, align="r")
    p.at(196, 32, "令和7年7月4日", size=9.5, align="r")
    p.y = 38
    p.title("保証債務履行（代位弁済）のお知らせ", size=15)
    p.para(f"貴殿が{A_BANK}（以下「銀行」といいます。）から借り入れられた住宅ローンにつきまして、当社は保証委託契約に基づき"
           "連帯保証をしておりましたが、貴殿が期限の利益を喪失されたことから、銀行の請求により、下記のとおり保証債務を履行"
           "いたしました。", size=9.6)
    p.para("これにより当社は、民法及び保証委託契約の定めに基づき、貴殿に対し下記の求償権を取得いたしました。つきましては、"
           "下記ご請求額をお支払期限までに一括してお支払いください。", size=9.6)
    p.gap(2)
    rows = [("保証債務履行日", f"令和7年6月27日（{wd(A_SUBRO)}）", "保証履行額", f"{A_S:,}円"),
            ("履行先", A_BANK, "銀行での最終ご返済日", "令和6年12月26日"),
            ("期限の利益喪失日", "令和7年5月9日", "原契約", "平成26年5月23日 住宅ローン")]
    y = grid(p, 15, p.y, [32, 52, 36, 62], rows, h=8, size=9, lsize=8)
    p.y = y + 5
    p.line("■ ご請求額（令和7年7月4日現在）", x=15, size=10.5, font="sans-bold")
    rows2 = [("求償元金（保証履行額）", f"{A_S:,}円"),
             ("求償損害金（履行日の翌日から年14.6％）", f"{L:,}円"),
             ("ご請求額", f"{T:,}円")]
    y = grid(p, 25, p.y + 1, [96, 56], rows2, h=8.5, size=10.5, lsize=9, bold={(2, 1)})
    p.y = y + 3
    p.line("　（ご参考）保証履行額の内訳　元金 " + f"{A_P:,}円" + "　利息 " + f"{A_I:,}円" + "　遅延損害金 " + f"{A_L0:,}円",
           x=15, size=8.5)
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 152, 12, 1.1))
    p.at(29, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(62, y + 8.2, f"令和7年7月18日（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　しおがま港銀行 仙台営業部 当座預金 0073361 ハグロジュウタクホショウ（カ", size=9.2, indent="")
    p.para("※お支払いが困難な場合は、期限までに必ず担当者へご連絡ください。ご連絡のない場合、当社は抵当権に基づき担保不動産"
           "競売の申立てを行います（抵当権 債権額 27,800,000円・第1順位）。", size=8.8, indent="")
    p.para("※求償損害金は、求償元金に対し保証債務履行日の翌日から完済の日まで年14.6％（年365日の日割計算）の割合で加算されます。",
           size=8.8, indent="")
    p.gap(4)
    for s, sz, f in (("はぐろ住宅保証株式会社", 11.5, "sans-bold"), ("債権管理課　担当　袈裟丸", 9.5, "sans"),
                     ("〒980-0000 宮城県仙台市青葉区こけし坂9丁目9番9号", 8.5, "sans"),
                     ("TEL 022-000-5186　FAX 022-000-5187", 9.5, "sans"),
                     ("貸金業登録番号 東北財務局長(3)第00271号", 7.8, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(190, p.y - 17, 12, "square", "はぐろ住宅保証之印", angle=-3, seed=85021)
    tr = truth(document_type="acceleration_notice", sender=A_GUAR, phone="022-000-5186", creditor=A_GUAR,
               status="not_applicable", original=A_BANK, debtor=A_DEBTOR, total=T, principal=A_S, late_damages=L,
               rate=A_RG, lump=True, issued=issued, payment_due=due, acceleration=A_ACC, last_payment=A_LAST,
               reference=A_REF, input_kind="fax_tiff", template="proxy85_guarantor_performance_notice_fax_grid",
               received=issued)
    return dict(stem="cp02", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:52 HAGURO JUTAKU HOSHO 022-000-5187 P.01",
                about="acceleration_notice (guarantee company 代位弁済, one-page fax)",
                unusual="one-page G4 fax with a grey 「ＦＡＸ送信」 band naming sender → addressee and a SLASH 送信日; the word "
                        "代位弁済 only in brackets in the title, the prose says 保証債務を履行; a 3×4 shaded-label grid "
                        "(保証債務履行日 with weekday, 保証履行額, 履行先, 銀行での最終ご返済日, 期限の利益喪失日, 原契約); the "
                        "claim as a 2-column shaded grid with the new labels 求償元金（保証履行額） / 求償損害金 / ご請求額; a "
                        "(ご参考) line splitting the 保証履行額 (history); 必着 deadline; 抵当権 債権額, FAX and the 貸金業登録番号 "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# cp03 山形地方裁判所鶴岡支部 配当期日呼出状 (担保不動産競売), claims nothing; one-page image PDF.


def cp03():
    issued, day = D(2026, 1, 20), D(2026, 2, 17)
    p = Page(font="serif", size=11, top=18)
    p.at(192, 22, "（債務者兼所有者用）", size=9.5, align="r")
    p.y = 26
    p.title("配当期日呼出状", size=18, font="serif-bold", spaced=True)
    p.gap(2)
    rows = [["事件番号", fw("令和6年(ケ)第31号") + "　担保不動産競売事件"],
            ["差押債権者", "はぐろ住宅保証株式会社"],
            ["債務者兼所有者", "猪鼻　康介"],
            ["その他の債権者", "つるおか湊信用金庫（第２順位抵当権者）"]]
    p.table(rows, [40, 128], x=22, size=10.5, row_h=8.5, aligns="ll", shade_col0=True, font="serif")
    p.gap(6)
    p.line(f"{A_DEBTOR}　殿", x=22, size=13)
    p.gap(2)
    p.para("上記事件について、売却代金の配当（弁済金の交付）を実施するので、下記の期日に当支部に出頭してください。", x0=22,
           x1=190)
    p.gap(2)
    p.line("記", align="c")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 24, 0.9))
    p.at(36, y + 9, "日　時", size=11)
    p.at(60, y + 9, f"{fw(era(day))}（{wd(day)}）午後１時１０分", size=12, font="serif-bold")
    p.at(36, y + 19, "場　所", size=11)
    p.at(60, y + 19, "山形地方裁判所鶴岡支部　第１号法廷（１階）", size=11)
    p.y = y + 30
    for s in ("（注意）",
              "１　債務者兼所有者は、この期日に出頭する義務はありません。ただし、配当表の記載に不服がある場合は、期日に出頭し"
              "て配当異議の申出をする必要があります。",
              "２　配当表の写しは、期日の３日前から当支部民事係で閲覧できます。",
              "３　剰余金が生じた場合の交付には、本呼出状、印鑑及び身分証明書をお持ちください。",
              "４　ご参考：本件不動産の売却代金は金１６，５２０，０００円、代金納付日は令和８年１月８日です。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11, x=22)
    p.line("　　　山形地方裁判所鶴岡支部", size=11, x=22)
    p.line("　　　　　裁判所書記官　黍田　　奈穂", size=11, x=22)
    p.seal(150, p.y - 6, 15, "square", "山形地方裁判所鶴岡支部書記官印", angle=1, seed=85031)
    p.gap(10)
    p.add(Line(22, p.y, 190, p.y, 0.3))
    p.gap(2)
    p.line("〒997-0000　山形県鶴岡市だだちゃ通９丁目９番９号", size=9.5, x=22)
    p.line("山形地方裁判所鶴岡支部　民事係（不動産執行）　電話 ０２３５－００－２４１６", size=9.5, x=22)
    p.line("お問合せの際は、事件番号をお知らせください。", size=9.5, x=22)
    tr = truth(document_type="other", sender="山形地方裁判所鶴岡支部", phone="0235-00-2416", creditor=A_GUAR,
               status="not_applicable", debtor=A_DEBTOR, lump=False, issued=issued, reference=A_CASE,
               input_kind="pdf_scan", template="proxy85_auction_dividend_summons_tsuruoka_branch", received=D(2026, 1, 22))
    return dict(stem="cp03", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="other (支部 配当期日呼出状, claims nothing)",
                unusual="a 地裁 支部's 配当期日呼出状 「（債務者兼所有者用）」, scanned as a one-page image PDF: letter-spaced title; a "
                        "shaded-first-column table with 事件番号, 差押債権者, 債務者兼所有者 and a SECOND creditor 「その他の債権者 "
                        "つるおか湊信用金庫（第２順位抵当権者）」; DEMANDS NOTHING (every amount null); 日時 with weekday and "
                        "午後１時１０分 in a heavy box (NOT a 口頭弁論期日); full-width era dates; the 売却代金 "
                        "１６，５２０，０００円 and the 代金納付日 in a note (distractors); the phone in full-width digits under a rule")


# ---------------------------------------------------------------------------------------------
# cp04 はぐろ住宅保証 求償債権残額のご請求 after the 配当 (充当 only in prose), photo stored sideways (EXIF 6).


def cp04():
    issued, due = D(2026, 3, 6), D(2026, 3, 27)
    L2 = late(A_P2, A_RG, A_DIV_DAY + ONE, issued)
    T = A_P2 + L2
    to_p = A_DIV - A_LD
    p = Page(font="sans", size=10.3, top=14)
    p.add(Box(0, 0, 210, 8, color=None, fill=BROWN))
    p.at(15, 20, "はぐろ住宅保証", size=15, font="sans-bold", color=BROWN)
    p.at(62, 20, "HAGURO", size=8, color=BROWN)
    p.at(196, 16, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 21, f"保証番号　{A_REF}", size=9.5, align="r")
    p.y = 28
    p.line("〒997-0000", x=18, size=9.5)
    p.line(A_ADDR, x=18, size=10)
    p.line(f"{A_DEBTOR}　様", x=22, size=13.5)
    p.gap(4)
    p.title("求償債権残額のご請求（配当後）", size=15)
    p.para(f"当社が{era(A_SUBRO)}に貴殿のお借入先{A_BANK}へ保証債務を履行したことにより取得いたしました求償債権につきまして、"
           f"山形地方裁判所鶴岡支部{A_CASE}担保不動産競売事件の配当期日（{era(A_DIV_DAY)}）において、当社は金{A_DIV:,}円の"
           "配当を受けました。")
    p.para(f"この配当金は、まず同日までの求償損害金 金{A_LD:,}円に充当し、その残額 金{to_p:,}円を求償元金（金{A_S:,}円）に"
           "充当いたしました。その結果、なお下記の残額がございますので、ご請求申し上げます。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 8, color=None, fill=(0.93, 0.88, 0.82)))
    p.at(26, y + 5.6, "項　目", size=9.5, font="sans-bold")
    p.at(184, y + 5.6, "金　額", size=9.5, font="sans-bold", align="r")
    y += 8
    for lab, val, bold in (("求償元金残額", f"{A_P2:,}円", False),
                           (f"求償損害金（{jis(A_DIV_DAY + ONE)}～{jis(issued)}・年14.6％）", f"{L2:,}円", False),
                           ("ご請求額合計", f"{T:,}円", True)):
        f = "sans-bold" if bold else "sans"
        p.at(26, y + 6, lab, size=10.5, font=f)
        p.at(184, y + 6, val, size=11.5 if bold else 10.5, font=f, align="r")
        y += 9
        p.add(Line(22, y, 188, y, 0.6 if bold else 0.2, BROWN if bold else GRAY))
    p.y = y + 5
    y = p.y
    p.add(Box(22, y, 166, 12, 0.8, RED))
    p.at(26, y + 8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(60, y + 8.2, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.y = y + 17
    p.para("上記ご請求額は一括でのお支払いをお願いいたします。一括でのお支払いが困難な場合には、期限までに下記担当までご相談"
           "ください。ご連絡のない場合は、給与・預金等への強制執行を含む法的手続をとらせていただくことがございます。", size=9.8)
    p.para("お振込先　しおがま港銀行 仙台営業部 当座預金 0073361 ハグロジュウタクホショウ（カ", size=9.5, indent="")
    p.para("※期限の翌日以降も、求償元金残額に対し年14.6％の割合による損害金が日々加算されます。", size=9, indent="")
    p.gap(5)
    for s, sz, f in (("はぐろ住宅保証株式会社　債権管理課", 10.5, "sans-bold"),
                     ("〒980-0000 宮城県仙台市青葉区こけし坂9丁目9番9号", 8.8, "sans"),
                     ("TEL 022-000-5186（平日 9:00～17:30）　担当 袈裟丸", 9.5, "sans")):
        p.line(s, x=86, size=sz, font=f)
    p.seal(188, p.y - 12, 12, "square", "はぐろ住宅保証之印", angle=4, seed=85041)
    tr = truth(document_type="collection_notice", sender=A_GUAR, phone="022-000-5186", creditor=A_GUAR,
               status="not_applicable", original=A_BANK, debtor=A_DEBTOR, total=T, principal=A_P2, late_damages=L2,
               rate=A_RG, lump=True, issued=issued, payment_due=due, reference=A_REF, input_kind="photo_exif_rotated",
               template="proxy85_guarantor_rest_after_dividend_prose_appropriation_rotated", received=D(2026, 3, 9))
    return dict(stem="cp04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.25, bow=5.0),
                about="collection_notice (guarantee company, rest of the 求償債権 after the 配当)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk, creased and bowed with a hand "
                        "shadow at the bottom; a brown top band; the 配当 and its 充当 told ONLY in prose (配当金 14,206,450, "
                        "the 損害金 up to the 配当期日, the part applied to the 求償元金 and the old 求償元金 — all distractors); "
                        "a 項目/金額 list with the new label 求償元金残額 and a window in JIS era form R8.2.18～R8.3.6; the "
                        "(ケ) number; the 代位弁済 date in the prose; NO 喪失 date and NO last payment printed (null)")


# ---------------------------------------------------------------------------------------------
# cp05 real servicer パルティール: 任意売却後の残債務 最終ご請求, window address, barcode, payment slip at the foot.


def cp05():
    R = 14.6
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    sale, assign, lastp, subro = D(2025, 2, 14), D(2025, 8, 29), D(2024, 6, 28), D(2024, 10, 18)
    P = 3_862_150
    asof = D(2025, 11, 30)
    L = late(P, R, sale + ONE, asof)
    T = P + L
    debtor = "鯛尾　恵美"
    p = Page(font="sans", size=9.6, top=12)
    p.at(15, 17, "パルティール債権回収株式会社", size=12, font="sans-bold", color=INDIGO)
    p.at(15, 21.5, "法務大臣許可番号　第113号", size=8, color=INDIGO)
    stamp(p, 150, 12, "親展", size=12, w=18)
    stamp(p, 170, 12, "重要", size=12, w=18, fill=RED)
    window(p, 15, 27, "370-0000", ["群馬県高崎市はるな台9丁目9番9号"], f"{debtor}　様", "cp05", w=90, h=34,
           code="0051-3307-26")
    p.at(196, 30, f"{wdate(issued)}", size=9.5, align="r")
    for i, (a, b) in enumerate((("お客様番号", "PT-5529-0731"), ("原債権者", "はるなローン保証株式会社"),
                                ("債権譲受日", wdate(assign)))):
        p.at(122, 37 + i * 5.2, a, size=8.3, color=GRAY)
        p.at(196, 37 + i * 5.2, b, size=9, align="r")
    p.y = 66
    p.title("ご請求書（任意売却後のご残債務について）", size=13.5)
    p.para("当社は、はるなローン保証株式会社が貴殿に対して有する下記求償債権を" + wdate(assign) + "付で譲り受け、その旨を"
           "ご通知申し上げておりますが、現在までにお支払いもご連絡もいただいておりません。", size=9.4)
    p.para("担保不動産は" + wdate(sale) + "に任意売却により売却され、その売却代金は求償債権に充当されておりますが、なお下記の"
           "残債務がございます。下記期日までに一括してお支払いくださいますよう、ご請求いたします。", size=9.4)
    p.gap(1)
    rows = [["ご請求内訳（" + wdate(asof) + "現在）", "金額"],
            ["残元金（求償元金）", f"¥{P:,}"],
            [f"遅延損害金（{slash(sale + ONE)}～{slash(asof)}　年14.6％）", f"¥{L:,}"],
            ["ご請求合計額", f"¥{T:,}"]]
    p.table(rows, [120, 52], x=20, header=True, size=9.6, row_h=7.5)
    p.gap(2)
    p.kv([("最終ご入金日", wdate(lastp) + "（原債権者へのお支払い）"), ("代位弁済日", wdate(subro)),
          ("お支払期日", f"{wdate(due)}（{wd(due)}）")], x=20, label_w=28, size=9.4)
    p.gap(1)
    p.para("※期日までにお支払い又はご連絡のない場合は、やむを得ず支払督促・訴訟等の法的手続に移行いたします。分割でのお支払いを"
           "ご希望の方は、期日までに必ずご連絡ください。", size=8.8, indent="")
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。", size=8.8, indent="")
    p.gap(1)
    p.line("パルティール債権回収株式会社　管理第二部　担当 海鉾　フリーダイヤル 0120-000-113（平日9:30～18:00）", size=8.8)
    p.line("〒141-0000 東京都品川区かのこ坂9丁目9番9号", size=8.3)
    qr(p, 176, p.y - 12, 16, "cp05qr")
    slip(p, 212, account="00120-9-557013", payee="パルティール債権回収株式会社", amount=T, payer="鯛尾　恵美",
         note=["お客様番号 PT-5529-0731", "任意売却後残債務", f"お支払期日 {slash(due)}"],
         bank_line="この払込取扱票は、ゆうちょ銀行又は郵便局の払込機能付きATMでご利用いただけます。", key="cp05slip")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="0120-000-113", creditor="パルティール債権回収株式会社", status="licensed",
               original="はるなローン保証株式会社", debtor=debtor, total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, last_payment=lastp, assignment=assign, reference="PT-5529-0731",
               input_kind="pdf_text", template="proxy85_servicer_rest_after_voluntary_sale_window_slip",
               received=D(2025, 12, 8))
    return dict(stem="cp05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, rest after a 任意売却, payment slip)",
                unusual="mass-mailing layout: real servicer ★ パルティール債権回収株式会社 with 「法務大臣許可番号　第113号」 under "
                        "the name top-left, 親展 / 重要 stamps, a window-envelope address block with customer bars and a "
                        "printed mailing code 0051-3307-26 (distractor); お客様番号 / 原債権者 / 債権譲受日 as right-aligned "
                        "pairs; amounts as ¥… in a header-shaded table 「ご請求内訳（…現在）」 with SLASH windows; the "
                        "as-of date 11/30 ≠ letter date; the 代位弁済日 and last payment in kv lines, NO 喪失 date; a QR and a "
                        "払込取扱票 at the foot repeating the total with its own account number")


# ---------------------------------------------------------------------------------------------
# cp06 public housing lender's 任意売却後の残債務のお知らせ, scanned: sale settlement table (distractors), claim table.


def cp06():
    issued, asof, due = D(2025, 11, 14), D(2025, 11, 10), D(2025, 12, 12)
    L = late(B_P, B_R, B_SALE + ONE, asof)
    T = B_P + B_I + L
    p = Page(font="serif", size=10.2, top=14)
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.at(196, 23.5, "お客さま番号　4821-0095-37", size=9.5, align="r")
    p.y = 22
    p.line(B_ADDR, x=16, size=10)
    p.line(f"{B_DEBTOR}　様", x=20, size=13)
    p.y = 40
    for i, (s, sz, f) in enumerate(((B_LENDER, 11.5, "serif-bold"), ("債権管理部　個人債権第三グループ", 9.5, "serif"),
                                    ("〒112-0000 東京都文京区かすがの坂9丁目9番9号", 8.3, "serif"),
                                    ("お問合せ　0570-000-314（ナビダイヤル）", 9.2, "serif"))):
        p.at(108, 40 + i * 5, s, size=sz, font=f)
    p.y = 62
    p.title("任意売却後の残債務のお知らせ", size=15, font="serif-bold")
    p.para(f"平素より当機構の業務にご理解をいただき、ありがとうございます。お客さまの住宅融資につきましては、{fw(era(B_ACC))}に"
           f"期限の利益を喪失され（全額繰上償還請求）、その後、担保物件は{fw(era(B_SALE))}に任意売却により売却されました。")
    p.para("売却代金から諸費用を控除した配分額は、次のとおりご融資残高に充当いたしましたが、なお下記の残債務がございますので"
           "お知らせいたします。")
    p.gap(1)
    assert 19_800_000 - 853_800 == 18_946_200
    p.line("１　任意売却の精算（ご参考）", size=10.2, font="serif-bold")
    p.table([["売買代金", "19,800,000円"], ["仲介手数料・抹消登記費用等", "△853,800円"], ["当機構への配分額", "18,946,200円"]],
            [70, 40], x=26, size=9.5, row_h=6.6, ruled="rows", font="serif")
    p.gap(3)
    p.line(f"２　残債務の額（{fw(era(asof))}現在）", size=10.2, font="serif-bold")
    rows = [["残元金", f"{B_P:,}円"], ["未払利息", f"{B_I:,}円"],
            [f"延滞損害金（{fw('10月1日')}から年14.5％）", f"{L:,}円"], ["残債務額　合計", f"{T:,}円"]]
    p.table(rows, [92, 50], x=26, size=10, row_h=7.5, ruled="grid", font="serif", shade_col0=True)
    p.gap(3)
    p.line("３　その他", size=10.2, font="serif-bold")
    p.kv([("最終ご返済日", fw(era(B_LAST))), ("融資番号", "00-1742-5518-3"), ("当初融資額", "28,300,000円（平成24年3月）")],
         x=26, label_w=30, size=9.5, font="serif")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 19, 0.7))
    p.y = y + 2.5
    p.para("残債務は、全額を一括してお支払いいただくか、お支払い方法についてご相談ください。お支払い又はご相談の期限は"
           f"{fw(era(due))}（{wd(due)}）です。", x0=26, x1=185, size=10, font="serif-bold", indent="")
    p.y = y + 23
    p.para("なお、今後の残債務の管理・回収業務は、当機構が委託する債権回収会社が行う場合がございます。その際は、当該会社から"
           "改めてご案内いたします。延滞損害金は、完済の日まで残元金に対し年14.5％の割合で加算されます。", size=9.3)
    tr = truth(document_type="collection_notice", sender=B_LENDER, phone="0570-000-314", creditor=B_LENDER,
               status="not_applicable", debtor=B_DEBTOR, total=T, principal=B_P, interest=B_I, late_damages=L, rate=B_R,
               lump=True, issued=issued, payment_due=due, acceleration=B_ACC, last_payment=B_LAST,
               reference="4821-0095-37", input_kind="scan_png",
               template="proxy85_public_lender_rest_after_voluntary_sale_notice", received=D(2025, 11, 17))
    return dict(stem="cp06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.8,
                about="collection_notice (public housing lender, rest after a 任意売却)",
                unusual="a 住宅金融支援機構-like public lender (fictional 独立行政法人) sends 任意売却後の残債務のお知らせ, scanned, "
                        "serif; full-width era dates; the 喪失 called 「（全額繰上償還請求）」 in the prose; a rows-ruled "
                        "精算 table (売買代金 19,800,000, △853,800, 配分額 18,946,200 — distractors) ABOVE the claim table "
                        "(残元金 / 未払利息 / 延滞損害金 with 「１０月１日から」 / 残債務額　合計) as of 11/10 ≠ letter date; "
                        "お客さま番号 vs 融資番号 and 当初融資額 28,300,000 (distractors); the deadline only inside a framed "
                        "sentence 「お支払い又はご相談の期限は…」; ナビダイヤル 0570")


# ---------------------------------------------------------------------------------------------
# cp07 real servicer 91 業務受託のお知らせ for the public lender (受託, no 譲渡), scanned.


def cp07():
    issued, asof = D(2025, 12, 3), D(2025, 11, 30)
    L = late(B_P, B_R, B_SALE + ONE, asof)
    T = B_P + B_I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 6, 16, color=None, fill=TEAL))
    p.at(24, 19, "住宅債権管理回収機構", size=13.5, font="sans-bold", color=TEAL)
    p.at(24, 25, "（法務大臣許可番号・第91号）", size=8.5, color=TEAL)
    p.at(196, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "受託管理番号　JK-2512-0381", size=9.5, align="r")
    p.y = 34
    p.line(B_ADDR, x=18, size=10)
    p.line(f"{B_DEBTOR}　様", x=22, size=13)
    p.gap(5)
    p.title("業務受託のお知らせ", size=15)
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。このたび当社は、{B_LENDER}（以下「委託者」といいます。）から、"
           f"同機構がお客様に対して有する下記債権の管理及び回収業務の委託を受け、{wdate(B_ENTRUST)}より当社がその業務を"
           "行うことになりましたので、ご案内申し上げます。")
    p.para("なお、本件は債権の譲渡ではなく、債権者は引き続き委託者です。今後のお支払い、ご相談等はすべて当社にて承りますので、"
           "お手数ながら下記担当までご連絡くださいますようお願いいたします。　敬具")
    p.gap(2)
    p.line("記", align="c")
    rows = [("委託者（債権者）", B_LENDER, "受託日", wdate(B_ENTRUST)),
            ("ご契約の種類", "住宅融資（任意売却済）", "委託者お客さま番号", "4821-0095-37"),
            ("期限の利益喪失日", wdate(B_ACC), "最終ご返済日", wdate(B_LAST))]
    y = grid(p, 16, p.y + 1, [32, 62, 34, 50], rows, h=8, size=8.8, lsize=7.8)
    p.y = y + 4
    p.line(f"対象債権の額（{wdate(asof)}現在）", x=16, size=10, font="sans-bold")
    head = ["残元金", "未払利息", "延滞損害金（年14.5％）", "合計"]
    p.table([head, [f"{B_P:,}円", f"{B_I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 38, 52, 46], x=16, header=True, size=9.8,
            row_h=8.5)
    p.gap(3)
    p.para("※本状は業務受託のお知らせです。お支払方法につきましては、ご連絡をいただいたうえでご相談させていただきます。", size=9,
           indent="")
    p.para("※当社を名乗る者から電話・メール等で個人名義の口座への振込みを求められた場合は、当社までご確認ください。", size=9,
           indent="")
    p.gap(4)
    for s, sz, f in (("株式会社住宅債権管理回収機構", 11, "sans-bold"), ("管理回収部　住宅ローン第一課　担当 稗島", 9.3, "sans"),
                     ("〒162-0000 東京都新宿区すいどう橋9丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-491（平日 9:00～17:30）", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(190, p.y - 15, 13, "square", "住宅債権管理回収機構之印", angle=-2, seed=85071)
    tr = truth(document_type="assignment_notice", sender=B_SVC, license_number=91, phone="0120-000-491",
               creditor=B_LENDER, status="licensed", original=B_LENDER, debtor=B_DEBTOR, total=T, principal=B_P,
               interest=B_I, late_damages=L, rate=B_R, lump=False, issued=issued, acceleration=B_ACC, last_payment=B_LAST,
               reference="JK-2512-0381", input_kind="scan_png", template="proxy85_servicer_entrustment_public_lender",
               received=D(2025, 12, 5))
    return dict(stem="cp07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="assignment_notice (real servicer 受託 for the public lender)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 with a teal bar logo WITHOUT 株式会社 and the licence as "
                        "「（法務大臣許可番号・第91号）」 with a middle dot; 業務受託のお知らせ (拝啓…敬具): 「本件は債権の譲渡ではなく、"
                        "債権者は引き続き委託者です」 — the 受託日 12/1 is NOT an assignment; a 3×4 shaded grid with "
                        "委託者（債権者）, 受託日, the 委託者's お客さま番号 (distractor), 喪失日, 最終ご返済日; a one-row 4-column "
                        "table as of 11/30; informs only (no payment date); the servicer's own 受託管理番号 top-right")


# ---------------------------------------------------------------------------------------------
# cp08 the same servicer: 分割弁済及び一部免除のご提案, two-page fax; page 2 a 和解申込書.


def cp08():
    issued, asof, due = D(2026, 1, 22), D(2026, 1, 20), D(2026, 2, 13)
    L = late(B_P, B_R, B_SALE + ONE, asof)
    T = B_P + B_I + L
    n, m = 120, 20_000
    plan = n * m
    assert plan == 2_400_000
    first, last = D(2026, 3, 27), D(2036, 2, 27)
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 16, "FAX　２枚（本紙含む）", size=9, color=GRAY)
    p.at(196, 16, f"送信日　{fw(era(issued))}", size=9.5, align="r")
    p.y = 22
    p.line(f"{B_DEBTOR}　様", x=15, size=13)
    p.at(196, 25, "受託管理番号　JK-2512-0381", size=9.5, align="r")
    p.y = 34
    p.title("残債務の分割弁済及び一部免除のご提案", size=14.5)
    p.para(f"当社が{B_LENDER}から管理・回収業務を受託しております貴殿の住宅融資の残債務（任意売却後）につきまして、先日お電話で"
           "伺いましたご事情を委託者に伝え、協議いたしました結果、下記の条件による和解をご提案できることとなりました。")
    p.gap(1)
    p.line(f"■ 現在のご債務（{fw(era(asof))}現在）", size=10, font="sans-bold")
    p.table([["残元金", f"{B_P:,}円"], ["未払利息", f"{B_I:,}円"], ["延滞損害金（年14.5％）", f"{L:,}円"],
             ["ご債務合計", f"{T:,}円"]], [80, 50], x=22, size=9.8, row_h=7.2, ruled="grid", shade_col0=True)
    p.gap(3)
    p.line("■ ご提案の内容", size=10, font="sans-bold")
    for s in (f"（１）和解金額　金{plan:,}円（ご債務合計のうち、残元金の一部）",
              f"（２）お支払方法　{fw(era(first))}を初回とし、以後毎月２７日限り　金{m:,}円 × {n}回（最終回 {fw(era(last))}）",
              "（３）上記（２）のお支払いを遅滞なく完了されたときは、委託者は残りのご債務（残元金の残額、未払利息及び延滞損害金）を"
              "免除いたします。",
              f"（４）お支払いを２回以上怠り、その額が金{2 * m:,}円に達したときは、免除の約束は効力を失い、ご債務合計から既払額を"
              "控除した残額を一括してお支払いいただきます。"):
        p.para(s, x0=20, x1=192, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 172, 13, 1.2))
    p.at(24, y + 8.5, "ご回答期限", size=11, font="sans-bold")
    p.at(56, y + 8.7, f"{fw(era(due))}（{wd(due)}）必着", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("ご承諾いただける場合は、２枚目の和解申込書にご記入・ご押印のうえ、上記期限までにＦＡＸ又は郵送でご返送ください。"
           "期限までにご回答のない場合、本提案はなかったものとさせていただきます。", size=9.3, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社住宅債権管理回収機構　法務大臣許可番号第91号", 9.8, "sans-bold"),
                     ("管理回収部　住宅ローン第一課　担当 稗島", 9, "sans"),
                     ("〒162-0000 東京都新宿区すいどう橋9丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-491　FAX 03-0000-4912", 9.3, "sans")):
        p.line(s, x=80, size=sz, font=f)
    q = Page(font="sans", size=10.5, top=20)
    q.title("和　解　申　込　書", size=16)
    q.line("株式会社住宅債権管理回収機構　御中", size=11)
    q.gap(3)
    q.para(f"私は、{B_LENDER}に対する住宅融資の残債務につき、令和８年１月２２日付「残債務の分割弁済及び一部免除のご提案」記載の"
           "条件により和解することを申し込みます。")
    q.gap(4)
    q.table([["受託管理番号", "JK-2512-0381"], ["和解金額", f"金{plan:,}円"], ["お支払方法", f"毎月２７日限り 金{m:,}円 × {n}回"],
             ["初回お支払日", fw(era(first))]], [50, 110], x=25, size=10.5, row_h=9, aligns="ll", shade_col0=True)
    q.gap(10)
    for s in ("令和　　年　　月　　日", "ご住所", "ご氏名　　　　　　　　　　　　　　　　　印", "ご連絡先電話番号"):
        q.line(s, x=30, size=11)
        q.add(Line(50, q.y - 1, 185, q.y - 1, 0.2, GRAY))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender=B_SVC, license_number=91, phone="0120-000-491",
               creditor=B_LENDER, status="licensed", original=B_LENDER, debtor=B_DEBTOR, total=T, principal=B_P,
               interest=B_I, late_damages=L, rate=B_R, lump=False, issued=issued, payment_due=due, reference="JK-2512-0381",
               input_kind="fax_tiff", template="proxy85_entrusted_servicer_instalments_partial_waiver_fax", received=issued)
    return dict(stem="cp08", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 15:04 JUTAKU SAIKEN KANRI 03-0000-4912",
                about="settlement_proposal (real servicer 受託, 分割 + 一部免除, 2-page fax)",
                unusual="2-page G4 fax of the entrusted servicer ★ 住宅債権管理回収機構 with 「法務大臣許可番号第91号」 only in the "
                        "signature line; the creditor stays the public lender (委託者, no 譲渡); full-width era dates "
                        "(送信日, as-of, plan, deadline); a shaded-first-column 現在のご債務 table ending in ご債務合計; the "
                        "plan （１）–（４） with 和解金額 2,400,000 = 20,000 × 120, the first / last dates, the waiver of the "
                        "rest and the 40,000 default threshold (distractors); ご回答期限 …必着 in a heavy frame; NO 喪失 date and "
                        "NO last payment printed; p.2 a 和解申込書 repeating the plan")


LETTERS = [cp01, cp02, cp03, cp04, cp05, cp06, cp07, cp08]
