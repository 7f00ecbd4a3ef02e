"""Proxy set 38, letters au09–au16: a 地裁 呼出状 photographed sideways in a dim room, a servicer's 振込先変更 notice
scanned at 150 dpi through a cheap JPEG, a housing-loan servicer's 分割 proposal scanned crooked with the lid open, a
guarantee company's 代位弁済通知 by a streaky fax, a law office's two-page fax, a joint 譲渡通知 photocopied with faint
toner, a 仮執行宣言付支払督促 scanned at 150 dpi, and a 縦書き 内容証明 催告書."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, SHADE, Box, Line, Page, era, kdate, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.36, 0.20)
INK = (0.12, 0.18, 0.38)


def one_day(d: D) -> D:
    return d + timedelta(1)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# au09 地裁 (ワ) 呼出状 with the 訴状 summary on one page; photo stored sideways (EXIF 8), dim kotatsu light.


def au09():
    R = 14.6
    issued, hearing, answer = D(2026, 5, 20), D(2026, 6, 24), D(2026, 6, 17)
    filed = D(2026, 4, 30)
    acc, lastp, asg = D(2025, 6, 12), D(2025, 4, 25), D(2025, 12, 1)
    P, I = 1_520_000, 26_480
    L = late(P, R, one_day(acc), filed)
    T = P + I + L
    p = Page(font="serif", size=10, top=14)
    p.at(190, 18, "令和８年（ワ）第５８号　貸金請求事件", size=10, align="r")
    p.y = 24
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.kv([("原　告", "エー・シー・エス債権管理回収株式会社"), ("被　告", "我如古　奈緒")], x=24, label_w=22, size=10.5)
    p.gap(1)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10)
    y = p.y + 1
    rows = [("期　日", f"{era(hearing)}（{wd(hearing)}）午前１０時３０分"),
            ("場　所", "徳島地方裁判所　第２民事部　第２０３号法廷（本館２階）"),
            ("答弁書提出期限", f"{era(answer)}（{wd(answer)}）")]
    for i, (k, v) in enumerate(rows):
        p.add(Box(24, y + i * 9, 38, 9, 0.3, (0, 0, 0), SHADE))
        p.add(Box(62, y + i * 9, 126, 9, 0.3))
        p.at(26, y + i * 9 + 6, k, size=10)
        p.at(65, y + i * 9 + 6, v, size=10.5, font="serif-bold" if i == 0 else "serif")
    p.y = y + 3 * 9 + 3
    p.line(f"{era(issued)}", x=24, size=10)
    p.line("徳島地方裁判所第２民事部", x=24, size=10.5)
    p.line("裁判所書記官　鶺鴒　千春", x=110, size=10.5)
    p.line("電話　088-000-3157（民事訟廷事務室 内線 2214）　FAX　088-000-3158", x=24, size=9)
    p.seal(180, p.y - 14, 13, "square", "徳島地方/裁判所書/記官印", angle=1, seed=3809)
    p.add(Line(20, p.y + 2, 190, p.y + 2, 0.6))
    p.gap(5)
    p.line("訴　　状（抜粋）", align="c", size=12.5, font="serif-bold")
    p.line(f"訴え提起日　{era(filed)}", x=24, size=9.5)
    p.line("原告　エー・シー・エス債権管理回収株式会社（千葉県千葉市美浜区こまどり坂九丁目9番9号）", x=24, size=9.5)
    p.line("原告担当　管理第二部　電話 043-000-2771", x=24, size=9.5)
    p.line("第１　請求の趣旨", x=24, size=10.5, font="serif-bold")
    p.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(one_day(filed))}から支払済みまで年14.6％の割合に"
           "よる金員を支払え。", x0=28, size=10, indent="")
    p.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", x0=28, size=10, indent="")
    p.line("第２　請求の原因", x=24, size=10.5, font="serif-bold")
    p.para("１　株式会社ヒメシャラ・キャッシングは、被告に対し、平成30年10月2日、金2,000,000円を、利息年14.6％、遅延損害金年"
           "14.6％、毎月25日限り分割して返済するとの約定で貸し付けた。", x0=28, size=9.5, indent="")
    p.para(f"２　被告は、{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。", x0=28,
           size=9.5, indent="")
    p.para(f"３　株式会社ヒメシャラ・キャッシングは、{era(asg)}、原告に対し本件貸金債権を譲渡し、同月4日到達の内容証明郵便で"
           "被告に通知した。", x0=28, size=9.5, indent="")
    p.para("４　よって、原告は被告に対し、下記の金員の支払を求める。", x0=28, size=9.5, indent="")
    rows = [["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
            [f"確定遅延損害金（{era(one_day(acc))}～{era(filed)}）", f"{L:,}円"], ["合　計", f"{T:,}円"]]
    p.table(rows, [110, 44], x=30, size=9.5, row_h=7.5, aligns="lr", ruled="rows", font="serif")
    tr = truth(document_type="lawsuit", sender="徳島地方裁判所", phone="088-000-3157",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社ヒメシャラ・キャッシング", debtor="我如古奈緒", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               hearing=hearing, reference="令和8年(ワ)第58号", input_kind="photo_exif_rotated",
               template="proxy38_district_court_summons_dim_sideways", received=D(2026, 5, 23))
    return dict(stem="au09", ext="jpg", kind="photo_exif_rotated", cap="photo", pages=[p.spec], truth=tr,
                orientation=8, quality=76,
                shot=dict(bg="cloth", fill=0.86, keystone=0.06, tilt=3.0, bow=14.0, shadow=0.35, shadow_side="right",
                          warm=0.6, blur=1.05, light=(0.22, 0.32), vignette=0.4),
                about="lawsuit (地裁 (ワ), real servicer plaintiff, 呼出状 + 訴状 extract on one page)",
                unusual="phone photo stored sideways with EXIF orientation 8, taken in a DIM room on a kotatsu cover: "
                        "warm light, a strong fall-off across the page, a hand shadow over the right third, the sheet "
                        "bowed; 徳島地裁 (new to the sets) (ワ) 呼出状 with 期日 / 場所 / 答弁書提出期限 in a shaded-label box; "
                        "below a rule a 訴状（抜粋） with 請求の趣旨 「金…及びうち金…」, a story-telling 請求の原因 (平成30年 "
                        "loan 2,000,000円, last payment, 喪失, 譲渡 and its 通知 到達 「同月4日」) and a rows-ruled 4-line "
                        "table; plaintiff ★ エー・シー・エス債権管理回収 with no licence number (court paper); the court's "
                        "phone with 内線 and a FAX, the plaintiff's 043 number and the 訴え提起日 as distractors")


# ---------------------------------------------------------------------------------------------
# au10 real servicer's 振込先変更 notice (claims nothing), 150 dpi grey scan through a low-quality JPEG.


def au10():
    issued, asg, switch = D(2026, 1, 23), D(2024, 9, 30), D(2026, 2, 2)
    p = Page(font="sans", size=10.5, top=16)
    p.at(190, 20, f"{era(issued)}", size=10.5, align="r")
    p.at(20, 30, "〒781-0000", size=10.5)
    p.at(20, 35.5, "高知県高知市あさざ町三丁目5番11号", size=10.5)
    p.at(26, 44, "桃園　創　様", size=14)
    p.at(20, 52, "お客様番号　AU-240930-0561", size=10.5)
    p.at(190, 32, "アウロラ債権回収株式会社", size=12.5, font="sans-bold", align="r")
    p.at(190, 38, "法務大臣許可番号 第76号", size=9.5, align="r")
    p.at(190, 43.5, "お客様相談室　0120-000-716", size=10, align="r")
    p.y = 62
    p.title("お振込先口座変更及び担当部署移転のお知らせ", size=15)
    p.para("平素は格別のご高配を賜り厚く御礼申し上げます。", size=10.5)
    p.para(f"弊社が{era(asg)}に翡翠クレジット株式会社から譲り受けました貴殿に対する債権につきまして、弊社の組織変更に伴い、"
           f"{era(switch)}以降、お振込先口座及びご担当部署を下記のとおり変更させていただくこととなりました。", size=10.5)
    p.para("和解契約に基づく毎月のお支払金額、お支払日に変更はございません。お手数をおかけいたしますが、自動送金をご利用の"
           "お客様は、お振込先の変更手続をお願い申し上げます。", size=10.5)
    p.line("記", align="c")
    rows = [["", "変更前", "変更後"],
            ["お振込先", "あさぎ銀行 本店営業部\n普通 1207734", "あさぎ銀行 丸の内支店\n普通 3350716"],
            ["口座名義", "アウロラサイケンカイシュウ（カ", "アウロラサイケンカイシュウ（カ"],
            ["ご担当部署", "債権管理第一部（東京）", "西日本お客様センター（大阪）"],
            ["お電話", "0120-000-542", "0120-000-716"]]
    x0, ws = 20, [34, 68, 68]
    y = p.y + 2
    hs = [8, 14, 8, 8, 8]
    for r, row in enumerate(rows):
        cx = x0
        for c, txt in enumerate(row):
            p.add(Box(cx, y, ws[c], hs[r], 0.3, (0, 0, 0), SHADE if (r == 0 or c == 0) else None))
            for k, ln in enumerate(txt.split("\n")):
                p.at(cx + 2, y + 5.6 + k * 5.5, ln, size=10)
            cx += ws[c]
        y += hs[r]
    p.y = y + 4
    p.para(f"※{era(switch)}より前に旧口座へお振込みいただいた分は、従来どおりお支払いとして充当いたします。旧口座は令和8年3月31日"
           "をもって閉鎖いたします。", size=9.5, indent="")
    p.para("※本状はご請求書ではございません。ご返済状況のお問い合わせは、変更後のお電話番号へお願いいたします。", size=9.5,
           indent="")
    p.line("以上", align="r")
    tr = truth(document_type="other", sender="アウロラ債権回収株式会社", license_number=76, phone="0120-000-716",
               creditor="アウロラ債権回収株式会社", status="licensed", original="翡翠クレジット株式会社",
               debtor="桃園創", lump=False, issued=issued, assignment=asg, reference="AU-240930-0561",
               input_kind="scan_png", template="proxy38_servicer_account_change_notice_150dpi_jpeg",
               received=D(2026, 1, 26))
    return dict(stem="au10", ext="png", kind="scan_png", cap="scan150", quality=24, skew=0.9, grey=True,
                pages=[p.spec], truth=tr,
                about="other (real servicer, 振込先変更 notice, claims nothing)",
                unusual="a cheap 150 dpi GREY scan that went through a JPEG of quality 34 before it became a PNG: "
                        "8×8 block artefacts and ringing round every character; a servicer's notice that DEMANDS "
                        "NOTHING (「本状はご請求書ではございません」): real servicer ★ アウロラ債権回収株式会社 「法務大臣許可"
                        "番号 第76号」, the 譲受 from 翡翠クレジット in the prose; a 変更前 / 変更後 table of two accounts, two "
                        "departments and TWO 0120 numbers (the old one a distractor); the 適用日 2/2 and the closing of the old "
                        "account 3/31 are not payment dates; every amount null")


# ---------------------------------------------------------------------------------------------
# au11 housing-loan servicer 分割弁済 proposal after a 任意売却, scanned crooked (3°) with the lid open.


def au11():
    R = 14.0
    issued, due = D(2026, 2, 10), D(2026, 2, 27)
    acc, lastp, asg, sale = D(2024, 11, 14), D(2024, 8, 26), D(2025, 3, 31), D(2025, 8, 29)
    P = 4_863_210
    L = late(P, R, D(2025, 9, 1), D(2026, 1, 31))
    T = P + L
    inst, n = 30_000, 60
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, "株式会社住宅債権管理回収機構", size=13, font="sans-bold")
    p.at(20, 25.5, "法務大臣許可　第91号", size=9)
    p.at(20, 30, "東京都新宿区みずばしょう坂九丁目9番9号　任意売却後債権グループ", size=8.5)
    p.at(20, 34.5, "TEL 0120-000-915　FAX 03-0000-9160", size=8.5)
    p.at(190, 20, f"{era(issued)}発送", size=10, align="r")
    p.at(190, 26, "債務者番号：JK-0331-20477", size=10, align="r")
    p.at(24, 48, "杠葉　孝之　様", size=13.5)
    p.y = 58
    p.title("残債務の分割弁済についてのご提案", size=15)
    p.para(f"ご自宅の任意売却（{era(sale)}決済）につきましては、ご協力をいただきありがとうございました。売却代金を充当した後も、"
           "株式会社ほだか銀行から当機構が譲り受けた住宅ローン債権（譲受日 " + era(asg) + "）に、下記の残債務がございます。",
           size=10)
    p.para(f"（最終ご返済日 {era(lastp)}、期限の利益喪失日 {era(acc)}）", size=9.5, indent="")
    p.gap(1)
    rows = [["区　分", "令和8年1月31日現在"], ["売却代金充当後の残元金", f"{P:,}円"],
            ["損害金（令和7年9月1日～令和8年1月31日・年14.0％）", f"{L:,}円"], ["残債務合計", f"{T:,}円"]]
    p.table(rows, [118, 52], x=20, header=True, size=10, row_h=8.5, aligns="lr")
    p.gap(3)
    p.line("ご提案の内容", size=11, font="sans-bold")
    p.para(f"１．毎月{inst:,}円を{n}回（令和8年4月から令和13年3月まで、毎月末日）お支払いください。", x0=24, size=10, indent="")
    p.para(f"２．{n}回（合計{inst * n:,}円）を遅滞なくお支払いいただいた場合、残りのご債務（損害金を含む）は免除いたします。",
           x0=24, size=10, indent="")
    p.para("３．ご収入の状況によっては、月々のお支払額をご相談のうえ見直すことができます。", x0=24, size=10, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.0))
    p.at(25, y + 9, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 9.3, f"{era(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.at(186, y + 9, "同封の回答書で", size=9, align="r")
    p.y = y + 19
    p.para("ご回答がない場合、又はご提案に応じていただけない場合は、残債務合計額を一括してご請求し、給与等の差押えを含む"
           "法的手続をとることがございます。ご家計の状況を含め、まずはお電話でご相談ください。", size=10)
    p.gap(2)
    p.para("担当　藺草（いぐさ）　受付 平日 9:00～17:30", size=9.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-915", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社ほだか銀行", debtor="杠葉孝之", total=T, principal=P, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="JK-0331-20477", input_kind="scan_png",
               template="proxy38_housing_servicer_instalment_proposal_crooked_scan", received=D(2026, 2, 13))
    return dict(stem="au11", ext="png", kind="scan_png", cap="crooked", angle=3.1, pages=[p.spec], truth=tr,
                about="settlement_proposal (real housing-loan servicer, after a 任意売却)",
                unusual="scanned CROOKED (3.1°) with the lid not closed: a dark border round the sheet, a grey shadow "
                        "band along its edge and two corners cut by the frame; real servicer ★ 株式会社住宅債権管理回収機構 "
                        "「法務大臣許可　第91号」 (no 番号) top-LEFT; 「…発送」 after the date and 「債務者番号：」 with a colon; "
                        "a 区分 table headed 「令和8年1月31日現在」 (≠ the letter date) with 売却代金充当後の残元金 / 損害金 "
                        "(window and rate inside the label) / 残債務合計, no interest; the 任意売却 決済日, last payment and 喪失 "
                        "in the prose; the plan 30,000 × 60 (令和8年4月–令和13年3月) and the FAX as distractors; a framed "
                        "ご回答期限 …必着 (= payment_due)")


# ---------------------------------------------------------------------------------------------
# au12 guarantee company 代位弁済通知, one-page fax with horizontal streaks.


def au12():
    R = 14.0
    issued, due = D(2026, 3, 2), D(2026, 3, 16)
    paid, acc, lastp = D(2026, 2, 25), D(2026, 1, 20), D(2025, 11, 25)
    hist = (2_315_800, 19_740, 11_576)
    P = sum(hist)
    L = late(P, R, one_day(paid), issued)
    T = P + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(20, 22, "送信日：" + era(issued), size=10)
    p.at(190, 22, "保証番号　NG-0225-3316", size=10.5, align="r")
    p.at(20, 32, "椚座　雅美　様", size=13.5)
    p.at(190, 32, "竹柏信用保証株式会社", size=12, font="sans-bold", align="r")
    p.at(190, 37.5, "福岡県福岡市博多区栴檀町九丁目9番9号", size=9, align="r")
    p.at(190, 42.5, "債権管理課　TEL 092-000-6614", size=9.5, align="r")
    p.at(190, 47.5, "FAX 092-000-6615", size=9.5, align="r")
    p.y = 56
    p.title("代位弁済のお知らせ及びご請求", size=15.5)
    p.para(f"貴殿は、株式会社瑠璃坂銀行からのお借入れ（教育ローン）について、{era(lastp)}を最後にご返済がなく、同行の定めにより"
           f"{era(acc)}に期限の利益を喪失されました。", size=10.5)
    p.para(f"このため当社は、保証委託契約に基づき、{era(paid)}、同行に対し下記のとおり代位弁済いたしました。今後は当社が"
           "同行に代わり、貴殿に対して求償権を行使いたします。", size=10.5)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    rows = [["代位弁済日", era(paid)], ["代位弁済額", f"{P:,}円"], ["　うち元金", f"{hist[0]:,}円"],
            ["　うち利息", f"{hist[1]:,}円"], ["　うち遅延損害金", f"{hist[2]:,}円"]]
    p.table(rows, [70, 60], x=28, size=10.5, row_h=8, aligns="lr", ruled="rows")
    p.gap(2)
    p.line("２．ご請求金額", size=10.5, font="sans-bold")
    rows = [["求償元金（代位弁済額）", f"{P:,}円"], [f"損害金（{era(one_day(paid))}～本日・年14％）", f"{L:,}円"],
            ["ご請求金額合計", f"{T:,}円"]]
    p.table(rows, [100, 50], x=28, size=11, row_h=9, aligns="lr", shade_col0=True)
    p.gap(3)
    p.para(f"上記ご請求金額を{era(due)}（{wd(due)}）までに、下記口座へ一括してお振込みください。期日までにお支払いがない場合は、"
           "法的手続に移行いたします。", size=10.5)
    p.para("振込先：瑠璃坂銀行 博多支店　普通 2260314　ナギシンヨウホショウ（カ", size=10, indent="")
    p.para("（ご参考）当初お借入額 3,000,000円（令和2年3月）　保証料 一括前払い済", size=9.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="竹柏信用保証株式会社", phone="092-000-6614",
               creditor="竹柏信用保証株式会社", status="not_applicable", original="株式会社瑠璃坂銀行", debtor="椚座雅美",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NG-0225-3316", input_kind="fax_tiff",
               template="proxy38_guarantor_subrogation_streaky_fax", received=issued)
    return dict(stem="au12", ext="tif", kind="fax_tiff", cap="fax", pages=[p.spec], truth=tr, streaks=9,
                fax_header="FROM:NAGI SHINYO HOSHO 092 000 6615  2026/03/02 16:48",
                about="acceleration_notice (guarantee company 代位弁済通知, one-page fax)",
                unusual="one-page G4 fax with HORIZONTAL STREAKS: nine thin black lines across the whole width (some "
                        "through text lines), a band of flipped bits and white dropouts; 竹柏信用保証 (教育ローン of an "
                        "invented bank); 送信日： top-left; a rows-ruled 代位弁済の内容 (代位弁済額 and its うち元金 / うち"
                        "利息 / うち遅延損害金 = history) and a shaded ご請求金額 table with the new label 求償元金（代位弁済額） "
                        "and 損害金 「～本日」; the bank's 喪失 in the prose; TEL and FAX on two lines, the FAX also in the "
                        "header; 当初お借入額 3,000,000円 as a distractor")


# ---------------------------------------------------------------------------------------------
# au13 law office for a credit company, two-page fax (p.2 債権目録 and a reply slip).


def au13():
    R = 14.6
    issued, due = D(2026, 4, 6), D(2026, 4, 20)
    acc, lastp = D(2026, 1, 10), D(2025, 11, 27)
    P, I = 386_420, 12_090
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 22, era(issued), size=10.5, align="r")
    p.at(190, 28, "当事務所受任番号　SMZ-26-0412", size=9.5, align="r")
    p.at(20, 36, "鰍沢　亜紀　様", size=13.5)
    p.at(20, 42, "（FAX送信：２枚）", size=9)
    p.y = 52
    p.title("ご　通　知（催告）", size=16, font="serif-bold")
    p.para("当職らは、株式会社まつばぼたんクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し次のとおり通知いたし"
           "ます。", size=10.5)
    p.para(f"貴殿は、通知人とのクレジットカード利用契約に基づく分割払金の支払を{era(lastp)}を最後に怠り、会員規約第22条により、"
           f"{era(acc)}をもって期限の利益を喪失しました。", size=10.5)
    p.para(f"つきましては、別紙債権目録記載の合計金{T:,}円を、{era(due)}（{wd(due)}）までに、当事務所の預り金口座へお支払い"
           "ください。", size=10.5)
    p.para("上記期限までにお支払い又はご連絡がないときは、通知人の意向により、法的手続をとることになりますので、念のため申し添え"
           "ます。本件に関するご連絡は、通知人ではなく当職ら宛にお願いいたします。", size=10.5)
    p.gap(6)
    y = p.y
    for i, s in enumerate(["〒730-0000　広島県広島市中区茅花通三丁目4番18号　菱川ビル5階", "汐見坂法律事務所",
                           "通知人代理人　弁護士　鳥飼　宗一郎", "同　　　　　　弁護士　萩原　いづみ",
                           "電話　082-000-2261　／　ＦＡＸ　082-000-2262", "（受付時間　平日10時～18時）"]):
        p.at(70, y + i * 6.5, s, size=10.5 if i != 1 else 12.5, font="serif-bold" if i == 1 else "serif")
    p.seal(183, y + 14, 12, "square", "弁護士/鳥飼/之印", angle=-2, seed=3813)
    p2 = Page(font="serif", size=10.5, top=18)
    p2.at(190, 22, "受任番号　SMZ-26-0412", size=9.5, align="r")
    p2.y = 28
    p2.title("別紙　債権目録", size=14, font="serif-bold")
    p2.kv([("債権者", "株式会社まつばぼたんクレジット"), ("債務者", "鰍沢　亜紀"),
           ("契約", "クレジットカード会員契約（会員番号 ****-**17-0045）"), ("最終支払日", era(lastp)),
           ("期限の利益喪失日", era(acc))], x=24, label_w=38, size=10.5)
    p2.gap(2)
    rows = [["項目", "金額"], ["立替金残元金", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
            [f"遅延損害金（{era(one_day(acc))}から{era(issued)}まで年14.6％）", f"{L:,}円"], ["合計", f"{T:,}円"]]
    p2.table(rows, [116, 46], x=24, header=True, size=10, row_h=9, aligns="lr", font="serif")
    p2.gap(4)
    p2.line("お支払先（当事務所預り金口座）", x=24, size=10.5, font="serif-bold")
    p2.line("茅花信用金庫 八丁堀支店　普通預金 0047712", x=28, size=10.5)
    p2.line("口座名義　弁護士鳥飼宗一郎預り金口", x=28, size=10.5)
    p2.gap(6)
    Line_y = p2.y
    p2.add(Line(20, Line_y, 190, Line_y, 0.3, GRAY))
    p2.at(105, Line_y - 1, "－－ ご回答欄（このままＦＡＸでご返送ください）－－", size=8.5, align="c")
    p2.y = Line_y + 6
    for s in ["□ 一括で支払います（支払予定日　　　月　　　日）", "□ 分割での支払を希望します（月額　　　　　　円）",
              "□ その他（　　　　　　　　　　　　　　　　　　　　　　　　）", "", "ご連絡先電話番号（　　　　　　　　　　　　　）　お名前（　　　　　　　　　　）"]:
        p2.line(s, x=28, size=10.5, advance=1.3)
    tr = truth(document_type="collection_notice", sender="汐見坂法律事務所", phone="082-000-2261",
               creditor="株式会社まつばぼたんクレジット", status="not_applicable", debtor="鰍沢亜紀", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SMZ-26-0412", input_kind="fax_tiff",
               template="proxy38_law_office_demand_two_page_fax", received=issued)
    return dict(stem="au13", ext="tif", kind="fax_tiff", cap="fax", pages=[p.spec, p2.spec], truth=tr, streaks=3, avoid_text=True,
                fax_header="SHIOMIZAKA LAW 082 000 2262  2026-04-06 11:02",
                about="collection_notice (law office of two lawyers for a credit company, 2-page fax)",
                unusual="2-page G4 fax with a few streaks between the lines of print; a law office's ご通知（催告） in serif with the sender block "
                        "(two lawyers 「通知人代理人　弁護士」 / 「同　弁護士」, TEL ／ FAX on one line) under the body and a square "
                        "seal; the total and due date in the prose of p.1; p.2 別紙 債権目録 with kv lines and a 項目/金額 "
                        "table (立替金残元金 / 未払手数料 → interest / 遅延損害金 with window / 合計), the 預り金口 account and a "
                        "FAX reply form with blank tick boxes; 受任番号 on both pages; masked 会員番号 and 会員規約第22条 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# au14 joint 債権譲渡通知 (consumer lender → real servicer), a faint-toner photocopy scanned to PDF.


def au14():
    R = 20.0
    issued, asg = D(2025, 11, 20), D(2025, 11, 14)
    acc, lastp = D(2025, 5, 9), D(2025, 3, 27)
    P, I = 289_500, 4_812
    L = late(P, R, one_day(acc), asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 22, era(issued), size=10.5, align="r")
    p.at(190, 28, "譲受管理番号　PT-25-11-6032", size=10, align="r")
    p.at(22, 34, "藤ケ谷　健　殿", size=13.5)
    p.y = 44
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para(f"通知人株式会社霞草ファイナンス（以下「譲渡人」）は、貴殿に対して有する下記債権を、{era(asg)}付をもって、"
           "パルティール債権回収株式会社（以下「譲受人」）に譲渡しましたので、ここに連名をもってご通知いたします。", size=10.5)
    p.para("つきましては、本件債権の弁済は、今後譲受人に対してなされるようお願い申し上げます。", size=10.5)
    p.line("記", align="c")
    p.kv([("一、原契約", "令和元年8月20日付　金銭消費貸借契約（極度額500,000円）"),
          ("二、最終弁済日", era(lastp)), ("三、期限の利益喪失日", era(acc)),
          ("四、譲渡債権の額", f"{era(asg)}現在")], x=26, label_w=46, size=10.5)
    for k, v in [("元金", P), ("利息", I), ("遅延損害金", L), ("合計", T)]:
        p.line(f"{k}", x=76, size=10.5)
        p.y -= p.lh(10.5)
        p.line(f"金{v:,}円", x=160, size=10.5, align="r")
    p.line(f"（遅延損害金は元金に対し{era(one_day(acc))}から譲渡日まで年20.0％の割合）", x=76, size=9)
    p.line("以上", align="r")
    p.gap(4)
    y = p.y
    for i, s in enumerate(["譲渡人　東京都豊島区葛城台二丁目6番1号", "株式会社霞草ファイナンス", "代表取締役　燕沢　克也"]):
        p.at(30, y + i * 6.5, s, size=10.5 if i != 1 else 11.5, font="serif-bold" if i == 1 else "serif")
    p.seal(150, y + 7, 15, "round", "霞草ファイナンス|代表/取締役/印", seed=3814)
    y += 24
    for i, s in enumerate(["譲受人　東京都品川区西五反田九丁目9番9号", "パルティール債権回収株式会社",
                           "（法務大臣許可番号第113号）", "代表取締役　嵯峨根　仁", "お問合せ　03-0000-1130（管理部）"]):
        p.at(30, y + i * 6.5, s, size=10.5 if i != 1 else 11.5, font="serif-bold" if i == 1 else "serif")
    p.seal(150, y + 10, 15, "round", "パルティール債権回収|代表/取締役/印", seed=3815)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-1130", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社霞草ファイナンス", debtor="藤ケ谷健", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="PT-25-11-6032", input_kind="pdf_scan",
               template="proxy38_joint_assignment_faint_toner_copy", received=D(2025, 11, 25))
    return dict(stem="au14", ext="pdf", kind="pdf_scan", cap="faint", ink=0.46, pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer)",
                unusual="a PHOTOCOPY from a machine low on toner, then scanned to an image PDF: the print is light grey "
                        "(half its darkness), paler in a broad vertical stripe, with toner dust, dropouts and a grey smear "
                        "along the left edge; serif 債権譲渡通知書 (spaced title) in the 譲渡人's name 「ここに連名をもって」; "
                        "記 as 一、… 四、 kv lines with the amounts as an indented 元金 / 利息 / 遅延損害金 / 合計 list 「金…円」; "
                        "the two notifiers STACKED at the bottom, the real servicer ★ パルティール債権回収株式会社 with "
                        "「（法務大臣許可番号第113号）」 in brackets; 極度額500,000円 and 令和元年 contract as distractors; "
                        "informs only")


# ---------------------------------------------------------------------------------------------
# au15 仮執行宣言付支払督促 (越谷簡裁, consumer lender creditor), 2 pages scanned at 150 dpi with JPEG blocks.


def au15():
    R = 20.0
    issued, order, served, filed = D(2026, 1, 14), D(2025, 12, 3), D(2025, 12, 6), D(2025, 11, 25)
    acc, lastp = D(2025, 7, 31), D(2025, 5, 27)
    P, I = 742_000, 11_260
    L = late(P, R, one_day(acc), filed)
    C1, C2 = 6_120, 1_398
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, "令和７年（ロ）第２２０７号", size=10.5, align="r")
    p.y = 28
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.para("当事者の表示　別紙当事者目録記載のとおり", size=10.5, indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5, indent="")
    p.gap(2)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=10.5)
    p.para(f"上記の支払督促は、{era(order)}に発付され、{era(served)}債務者に送達されたが、債務者は督促異議の申立てをしなかった。",
           size=10.5)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line("仮執行の宣言", x=30, size=11, font="serif-bold")
    p.para("この支払督促は、仮に執行することができる。", x0=34, size=10.5, indent="")
    p.para(f"仮執行宣言の手続費用　金{C2:,}円", x0=34, size=10.5, indent="")
    p.gap(3)
    p.line(f"{era(issued)}", x=24)
    p.line("越谷簡易裁判所", x=24, size=11)
    p.line("裁判所書記官　朴木　まどか", x=100, size=11)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 40, 0.5, (0, 0, 0), (0.95, 0.95, 0.95)))
    p.y = y + 3
    p.para("（注意）", x0=26, x1=184, size=10, indent="")
    p.para("この仮執行宣言付支払督促に不服がある場合は、これを受け取った日から２週間以内に、当裁判所に督促異議の申立てをする"
           "ことができます。異議の申立てをしないときは、この支払督促は確定判決と同一の効力を有することになり、債権者は強制執行"
           "（給料や預金の差押えなど）をすることができます。", x0=26, x1=184, size=9.8, indent="")
    p.para("問い合わせ先　越谷簡易裁判所　民事督促係　電話 048-000-2207", x0=26, x1=184, size=9.8, indent="")
    p2 = Page(font="serif", size=10.5, top=18)
    p2.line("当事者目録", align="c", size=13, font="serif-bold")
    p2.kv([("債権者", "株式会社群青ファイナンス"), ("", "埼玉県さいたま市大宮区雲雀野一丁目2番3号"),
           ("", "代表者代表取締役　左右木　拓"), ("", "（送達場所）同所　電話 048-000-6688"),
           ("債務者", "嘉納　涼子"), ("", "埼玉県越谷市穂坂町四丁目15番地2")], x=24, label_w=24, size=10.5)
    p2.gap(4)
    p2.line("請求の趣旨及び原因", align="c", size=13, font="serif-bold")
    p2.line("請求の趣旨", x=24, size=11, font="serif-bold")
    rows = [["１", "元金", f"{P:,}"], ["２", "利息", f"{I:,}"],
            ["３", f"確定遅延損害金（{jis(one_day(acc))}～{jis(filed)}）", f"{L:,}"], ["４", "督促手続費用", f"{C1:,}"],
            ["５", "仮執行宣言の手続費用", f"{C2:,}"], ["", "合　計（円）", f"{T:,}"]]
    p2.table(rows, [12, 112, 44], x=24, size=10.5, row_h=8.5, aligns="clr", font="serif")
    p2.para(f"６　上記１の金額に対する{era(one_day(filed))}から完済まで年20.0％の割合による遅延損害金", x0=24, size=10.5,
            indent="")
    p2.gap(2)
    p2.line("請求の原因", x=24, size=11, font="serif-bold")
    p2.para("１　債権者は、債務者に対し、令和3年2月15日、金1,000,000円を、利息年15.0％、遅延損害金年20.0％、毎月27日限り"
            "分割弁済の約定で貸し付けた。", x0=28, size=10, indent="")
    p2.para(f"２　債務者は、{era(lastp)}の支払を最後にその後の支払をせず、{era(acc)}の経過により期限の利益を喪失した。",
            x0=28, size=10, indent="")
    p2.line(f"申立日　{era(filed)}", x=24, size=10)
    tr = truth(document_type="payment_order_enforceable", sender="越谷簡易裁判所", phone="048-000-2207",
               creditor="株式会社群青ファイナンス", status="not_applicable", debtor="嘉納涼子", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和7年(ロ)第2207号", input_kind="pdf_scan",
               template="proxy38_enforceable_koshigaya_150dpi_two_pages", received=D(2026, 1, 17))
    return dict(stem="au15", ext="pdf", kind="pdf_scan", cap="scan150", quality=40, skew=1.2,
                pages=[p.spec, p2.spec], truth=tr,
                about="payment_order_enforceable (越谷簡裁, consumer lender creditor, 2 pages)",
                unusual="2-page image PDF scanned at 150 dpi in grey with JPEG blocks round the characters (quality 40 "
                        "before the PDF's own JPEG); 越谷簡裁 (new to the sets); p.1 the 発付 date 12/3 and 送達 12/6 in one "
                        "sentence, the 仮執行宣言の手続費用 in a 仮執行の宣言 paragraph, a shaded 注意 box with the court's "
                        "phone; p.2 当事者目録 (送達場所 phone as a distractor) and 請求の趣旨 as a numbered 3-column table "
                        "with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum) and JIS dates in the damage "
                        "label (R7.8.1～R7.11.25), 「合　計（円）」; the running item ６; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# au16 consumer lender's 縦書き 催告書 (内容証明), scanned at 150 dpi through a JPEG.


def au16():
    R = 20.0
    issued, due = D(2025, 11, 27), D(2025, 12, 11)
    acc, lastp = D(2025, 9, 2), D(2025, 6, 30)
    P, I = 538_000, 7_410
    L = late(P, R, one_day(acc), issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "冠省　貴殿は、当社との間の令和四年五月十日付金銭消費貸借契約（会員番号〇四七二―一一八）に基づく分割金の"
                 f"支払を、{kdate(lastp)}の支払を最後に怠っております。"),
        ("body", f"そのため貴殿は、同契約の定めにより、{kdate(acc)}をもって期限の利益を喪失し、残債務全額を直ちに支払う義務を"
                 "負っております。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、当社指定の口座にお支払いくださるよう催告いたします。"),
        ("body", "右期限までにお支払いのない場合は、何らの通知なく法的手続に移行いたしますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　{kj(P)}"),
        ("indent", f"二　利息　　　　{kj(I)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", f"　　（{kdate(one_day(acc))}から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　{kj(T)}"),
        ("indent", "振込先　翡翠信用組合本店　普通預金　口座番号三三一〇八七二"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県千葉市中央区小牧野二丁目八番五号"),
        ("low", "株式会社浜昼顔商事"),
        ("low", "代表取締役　柘植谷　亘"),
        ("low", "電話　" + kanji_digits("043") + "（〇〇〇）" + kanji_digits("7216") + "（代表）"),
        ("blank", ""),
        ("low", "千葉県市原市苧環台一丁目三番十二号"),
        ("low", "野辺地　悟　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 38161))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "柘植谷" in it.s]
    pg.items.append(Seal(xs[0] + 3.0, 22.0 + (8 + 15) * size * 0.3528 * 1.05, 11, "square", "浜昼顔/商事代表/取締役印",
                         angle=3, seed=38162))
    tr = truth(document_type="collection_notice", sender="株式会社浜昼顔商事", phone="043-000-7216",
               creditor="株式会社浜昼顔商事", status="not_applicable", debtor="野辺地悟", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="0472-118", input_kind="vertical_scan",
               template="proxy38_vertical_lender_final_demand_150dpi", received=D(2025, 11, 29))
    return dict(stem="au16", ext="png", kind="vertical_scan", cap="scan150", quality=45, skew=1.6, grey=True,
                pages=pages, truth=tr,
                about="collection_notice (consumer lender, 縦書き 内容証明 催告書)",
                unusual="縦書き 催告書 (冠省 … 草々) of a consumer lender with the 内容証明 stamp, scanned at 150 dpi in grey "
                        "through a JPEG of quality 45 (blocks round the small kanji); positional kanji amounts "
                        "(金五十三万八千円 …) and kanji dates; the deadline 「…限り」; the 会員番号 〇四七二―一一八 inside the "
                        "first sentence (→ reference 0472-118); the rate 年二十パーセント in words; a 信用組合 account number "
                        "in kanji (distractor); phone in kanji digits; the contract date 令和四年 as a distractor")


LETTERS = [au09, au10, au11, au12, au13, au14, au15, au16]
