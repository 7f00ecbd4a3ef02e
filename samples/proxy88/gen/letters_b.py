"""Proxy set 88, letters cs09–cs16: a 地裁 呼出状 and 訴状 photographed side by side, a real servicer's 受託通知 in
HEIC, a 信販 company's 期限の利益喪失通知 by fax, a law office's 縦書き 催告書 scanned, a real servicer's 催告書 held up
in two hands and stored sideways, a 簡裁 支払督促 as a two-page digital PDF, an invented servicer's 督促状 by fax and a
card company's arrears letter with a 払込取扱票 photographed on tatami."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    kdate,
    late,
    leader,
    slip,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)
from letters_a import ONE, en, jis, slash

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.45)
GREEN = (0.10, 0.42, 0.20)
ORANGE = (0.80, 0.38, 0.05)


# ---------------------------------------------------------------------------------------------
# cs09 盛岡地裁 (ワ): 呼出状 (left) and 訴状 (right) photographed side by side.


def cs09():
    R = 14.6
    issued, hearing, answer = D(2026, 8, 5), D(2026, 9, 10), D(2026, 9, 3)
    filed, acc, lastp, asg = D(2026, 7, 22), D(2025, 8, 20), D(2025, 5, 20), D(2025, 12, 15)
    P, I = 1_498_300, 31_507
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    case = "令和8年（ワ）第214号"
    a = Page(font="serif", size=10.5, top=18)
    a.at(20, 22, f"事件番号　{case}", size=10.5)
    a.at(20, 28, "貸金等請求事件", size=10.5)
    a.at(190, 22, era(issued), size=10.5, align="r")
    a.y = 36
    a.line("被告　薄衣　真理　殿", size=12.5)
    a.y = 36
    for s in ("盛岡地方裁判所第２民事部", "裁判所書記官　浅葉　俊哉", "電話 019-000-6214（内線 305）", "FAX 019-000-6299"):
        a.line(s, x=118, size=10)
    a.seal(182, 40, 13, "square", "盛岡地方裁判所書記官印", seed=8891)
    a.y = 62
    a.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    a.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。")
    a.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    a.line("記", align="c")
    rows = [["期日", f"{era(hearing)}（{wd(hearing)}）午前10時30分"], ["場所", "第3号法廷（本館2階）"],
            ["答弁書提出期限", f"{era(answer)}（{wd(answer)}）"]]
    a.table(rows, [40, 130], x=20, size=10.5, row_h=10, aligns="ll", shade_col0=True)
    a.gap(4)
    a.para("※出頭の際は、この呼出状と認印を持参してください。", size=9.5, indent="")
    a.para("※答弁書を提出しないまま期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決がされることが"
           "あります。", size=9.5, indent="")
    a.para("※裁判所は、〒020-0000 岩手県盛岡市笛吹台九丁目9番9号にあります。", size=9.5, indent="")
    b = Page(font="serif", size=10, top=16)
    b.title("訴　　状", size=16, font="serif-bold")
    b.at(190, 34, era(filed), size=10, align="r")
    b.y = 37
    b.line("盛岡地方裁判所　御中", size=10.5)
    b.kv([("原告", "アルファ債権回収株式会社"), ("", "東京都中央区鼓ヶ丘九丁目9番9号"),
          ("", "上記代表者代表取締役　（記載省略）"), ("", "（送達場所）電話 03-0000-1015　FAX 03-0000-1016"),
          ("被告", "薄衣　真理"), ("", "岩手県花巻市笛吹台九丁目9番9号")], label_w=16, size=9.5)
    b.gap(2)
    b.line("訴訟物の価額　　" + en(T) + "　　貼用印紙額　13,000円", size=9.5)
    b.gap(2)
    b.line("第１　請求の趣旨", font="serif-bold")
    b.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで年14.6％の割合"
           "による金員を支払え。", size=9.8, indent="")
    b.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", size=9.8, indent="")
    b.line("第２　請求の原因", font="serif-bold")
    b.para("１　株式会社雲海銀行（以下「原債権者」）は、被告に対し、令和3年9月1日、金2,000,000円を、利息年9.8％、"
           "遅延損害金年14.6％、毎月20日払いの約定で貸し付けた（フリーローン）。", size=9.5, indent="")
    b.para(f"２　被告は、{era(lastp)}の支払を最後に約定の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
           size=9.5, indent="")
    b.para(f"３　原債権者は、{era(asg)}、原告に対し本件貸金債権を譲渡し、同月中に被告にその旨を通知した。",
           size=9.5, indent="")
    b.para("４　よって、原告は被告に対し、下記の金員の支払を求める。", size=9.5, indent="")
    rows = [["残元金", en(P)], ["未払利息", en(I)], [f"遅延損害金（{era(acc + ONE)}～{era(filed)}）", en(L)],
            ["合計", en(T)]]
    b.table(rows, [110, 50], x=25, size=9.5, row_h=7, aligns="lr")
    b.gap(2)
    b.line("証拠方法　甲第1号証（金銭消費貸借契約書）ほか", size=9.3)
    b.line("附属書類　資格証明書 1通", size=9.3)
    tr = truth(document_type="lawsuit", sender="盛岡地方裁判所", phone="019-000-6214",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社雲海銀行",
               debtor="薄衣真理", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=asg, hearing=hearing, reference="令和8年(ワ)第214号",
               input_kind="photo_jpeg", template="proxy88_district_court_summons_and_complaint_two_pages_one_photo",
               received=D(2026, 8, 8))
    return dict(stem="cs09", ext="jpg", kind="photo_jpeg", pages=[a.spec, b.spec], truth=tr, two_up=True,
                shot=dict(bg="desk", tilt=(1.6, -2.2), creases=2, glare=14, warm=0.15),
                about="lawsuit (地裁 (ワ) 呼出状 + 訴状, real servicer plaintiff)",
                unusual="ONE landscape phone photo of TWO pages side by side on a desk (呼出状 left, 訴状 right, each "
                        "tilted its own way, creased, a faint glare); 地裁 第２民事部 with 書記官 phone (内線) and FAX; the "
                        "期日 / 場所 / 答弁書提出期限 as a shaded-label grid; 訴状 dated 7/22 (≠ 呼出状 8/5); plaintiff real "
                        "servicer ★ アルファ債権回収 (no licence printed: court paper) with its 送達場所 phone/FAX as "
                        "distractors; 訴訟物の価額 = total, 貼用印紙額 13,000 (not costs); 4-row 内訳 table; the 令和3年 "
                        "loan of 2,000,000 and 利息年9.8％ as distractors")


# ---------------------------------------------------------------------------------------------
# cs10 real servicer エー・シー・エス: 受託通知 with a demand, HEIC on a dark cloth.


def cs10():
    R = 20.0
    issued, due, entrusted = D(2026, 7, 10), D(2026, 7, 24), D(2026, 7, 1)
    acc, lastp = D(2026, 3, 5), D(2025, 12, 25)
    P, I = 286_400, 4_902
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 20, 11, color=None, fill=TEAL))
    p.at(25, 19.7, "ACS", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(38, 17, "エー・シー・エス債権管理回収株式会社", size=11.5, font="sans-bold", color=TEAL)
    p.at(38, 22, "法務大臣許可番号　第27号", size=8, color=TEAL)
    p.at(196, 17, slash(issued), size=10, align="r")
    window(p, 15, 30, "270-0000", ["千葉県松戸市こけもも台九丁目9番9号"], "苅宿　拓也　様", "cs10")
    p.y = 30
    for s in ("エー・シー・エス債権管理回収株式会社", "債権管理第一部", "〒101-0000 東京都千代田区はまなす通九丁目9番9号",
              "電話 03-0000-2715（平日 9:30～17:30）"):
        p.line(s, x=116, size=9)
    p.y = 74
    p.title("ご返済についてのご案内（受託のお知らせ）", size=14.5, color=TEAL)
    p.para(f"当社は、{slash(entrusted)}付で、グラジオラス・ローン株式会社（以下「委託元」）より、同社がお客様に対して有する"
           "下記債権の管理及び回収業務の委託を受けました。債権者は引き続き委託元であり、債権が当社に譲渡されたものでは"
           "ございません。", size=9.8)
    p.para(f"お客様は{slash(acc)}をもって期限の利益を喪失されておりますので、下記ご請求額を{slash(due)}（{wd(due)}）までに"
           "一括してお支払いください。今後のお支払い・ご相談は当社へお願いいたします。", size=9.8)
    y = p.y + 2
    cell(p, 20, y, 56, 13, "債権者（委託元）", "グラジオラス・ローン株式会社", vsize=9)
    cell(p, 76, y, 56, 13, "委託元 ご契約番号", "GL-550-81217", vsize=10)
    cell(p, 132, y, 56, 13, "受託管理番号", "AC-6071-0388", vsize=10.5, vfont="sans-bold")
    y += 13
    cell(p, 20, y, 56, 13, "期限の利益喪失日", slash(acc), vsize=10)
    cell(p, 76, y, 56, 13, "最終ご返済日", slash(lastp), vsize=10)
    cell(p, 132, y, 56, 13, "受託日", slash(entrusted), vsize=10)
    p.y = y + 18
    x0, x1 = 30, 180
    for lab, val in (("元金", f"{P:,} 円"), ("利息", f"{I:,} 円"),
                     (f"遅延損害金　年{R:.1f}％（{slash(acc + ONE)}～{slash(issued)}）", f"{L:,} 円")):
        bl = p.line(lab, x=x0, size=10.5)
        p.at(x1, bl, val, size=10.5, align="r")
        p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.15, GRAY))
    bl = p.line("ご請求額", x=x0, size=12, font="sans-bold")
    p.at(x1, bl, f"{T:,} 円", size=13, font="sans-bold", align="r")
    p.gap(4)
    y = p.y
    p.add(Box(60, y, 90, 16, 1.0, TEAL))
    p.at(105, y + 6, "お支払期限", size=9.5, align="c", color=TEAL)
    p.at(105, y + 13, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold", align="c")
    p.y = y + 21
    p.para("お振込先　なずな銀行 本店 普通 2715388 エーシーエスサイケンカンリカイシユウ（カ（委託元への直接のお振込は"
           "ご遠慮ください）", size=9, indent="")
    p.para("※当社は法務大臣の許可を受けた債権管理回収業者です。ご不審な点は委託元へ直接ご確認いただいても差し支えありません。",
           size=8.5, indent="")
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="03-0000-2715", creditor="グラジオラス・ローン株式会社", status="licensed",
               original="グラジオラス・ローン株式会社", debtor="苅宿拓也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="AC-6071-0388", input_kind="photo_heic", template="proxy88_real_servicer_entrustment_heic",
               received=D(2026, 7, 13))
    return dict(stem="cs10", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.4, creases=2, bow=6, glare=18, fill=0.85, warm=0.2),
                about="assignment_notice (real servicer 受託のお知らせ with a demand)",
                unusual="HEIC photo on a dark cloth, the sheet bulging, creased, lamp glare; real servicer ★ "
                        "エー・シー・エス with a teal ACS box and 「法務大臣許可番号　第27号」 under the logo; collects ON "
                        "COMMISSION (creditor = original = 委託元); six label-above-value cells (委託元 ご契約番号, "
                        "受託管理番号, 受託日 — not an assignment); slash dates; amounts with 「 円」 after a space and a "
                        "bold ご請求額 line; the due date in a centred framed box")


# ---------------------------------------------------------------------------------------------
# cs11 信販 期限の利益喪失通知 by fax (header line only).


def cs11():
    R = 14.6
    issued, due = D(2026, 9, 24), D(2026, 10, 8)
    warn_due, lastp = D(2026, 9, 15), D(2026, 5, 27)
    P = 462_000
    L = late(P, R, warn_due + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "ラベンダー信販", size=15, font="sans-bold", color=(0.45, 0.30, 0.60))
    p.at(196, 18, f"通知日　{fw(era(issued))}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　4420-118-376", size=10, align="r")
    p.y = 32
    p.line("篭橋　千尋　様", size=13)
    p.line("福岡県久留米市鈴虫台九丁目9番9号", size=9.5)
    p.y = 32
    for s in ("ラベンダー信販株式会社", "債権管理センター", "〒812-0000 福岡県福岡市博多区松虫通九丁目9番9号",
              "TEL 092-000-7300　FAX 092-000-7310", "登録番号 福岡財務支局長(3)第00271号"):
        p.line(s, x=118, size=9 if s != "ラベンダー信販株式会社" else 10.5)
    p.y = 62
    p.title("期限の利益喪失通知書", size=16)
    p.para(f"当社は、お客様との間の個品割賦購入あっせん契約（ご契約番号 LV-19-82207、商品名 ガス給湯器・工事一式）に基づく"
           f"分割支払金について、{fw(era(D(2026, 8, 28)))}付書面にて、{fw(era(warn_due))}までに延滞分をお支払いいただく"
           "よう催告いたしましたが、期限までにお支払いがありませんでした。", size=9.8)
    p.para(f"よってお客様は、{fw(era(warn_due))}の経過をもって、本契約に基づく期限の利益を喪失されました。つきましては、"
           "下記残債務全額を、下記期日までに一括してお支払いください。", size=9.8)
    p.line("記", align="c")
    rows = [["分割支払金残額（元金・手数料込）", f"￥{P:,}"],
            [f"遅延損害金　年14.6％（{fw(era(warn_due + ONE))}～通知日）", f"￥{L:,}"],
            ["お支払いいただく金額", f"￥{T:,}"]]
    p.table(rows, [120, 50], x=20, size=10, row_h=9, aligns="lr", shade_col0=True)
    p.gap(3)
    p.para(f"お支払期日　　{fw(era(due))}（{wd(due)}）", size=12, font="sans-bold", indent="")
    p.gap(1)
    p.para(f"（ご参考）ご契約日 令和6年4月22日　ご契約金額 ￥648,000　お支払回数 36回　最終お支払日 {fw(era(lastp))}",
           size=9, indent="")
    p.para("お振込先　ハマナス銀行 博多支店 当座 0077310 ラベンダーシンパン（カ", size=9, indent="")
    p.para("※期日までにお支払いがない場合には、法的手続きによる回収、または債権回収会社への債権譲渡を行うことがございます。"
           "個人信用情報機関には延滞の事実が登録されています。", size=9, indent="")
    p.para("※本通知書は、お客様のご希望によりＦＡＸでお送りしております（原本は普通郵便にて別送）。", size=9, indent="")
    tr = truth(document_type="acceleration_notice", sender="ラベンダー信販株式会社", phone="092-000-7300",
               creditor="ラベンダー信販株式会社", status="not_applicable", debtor="篭橋千尋", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=warn_due,
               last_payment=lastp, reference="4420-118-376", input_kind="fax_tiff",
               template="proxy88_shinpan_acceleration_fax_header", received=issued)
    return dict(stem="cs11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="SEP 24 2026 16:48  LAVENDER SHINPAN  +81 92 000 7310",
                about="acceleration_notice (信販 company, 個品割賦, one-page fax)",
                unusual="one-page G4 fax with an English-style machine header (SEP 24 2026, +81 number); 信販 "
                        "期限の利益喪失通知書 for an instalment purchase: the principal is 分割支払金残額（元金・手数料込） "
                        "(no separate interest → null); full-width era dates; ￥ amounts; the 催告 letter's date 8/28 and its "
                        "deadline 9/15 (= acceleration); the ご契約番号, ご契約金額 648,000, 36回 and a 財務支局 登録番号 "
                        "(not a servicer licence) as distractors; TEL vs FAX")


# ---------------------------------------------------------------------------------------------
# cs12 law office 縦書き 催告書 (内容証明), scanned.


def cs12():
    R = 18.0
    issued, due = D(2025, 10, 17), D(2025, 10, 31)
    acc, lastp = D(2025, 4, 30), D(2025, 1, 27)
    P, I = 624_000, 18_336
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("plain", "当職整理番号　ＳＨ２５－０８７"),
        ("body", "冠省　当職は、えぞりす信販株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", "貴殿は、通知人との間の令和四年七月一日付金銭消費貸借契約に基づく借入金について、"
                 f"{kdate(lastp)}の支払を最後に約定の返済を怠り、{kdate(acc)}の経過により期限の利益を喪失しました。"),
        ("body", "通知人がこれまで再三にわたり支払を求めたにもかかわらず、現在に至るまで何らのお支払いもご連絡もありません。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、当職の預り金口座に一括してお支払いいただくよう"
                 "催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{k(P)}"),
        ("indent", f"二　未払利息　　　{k(I)}"),
        ("indent", f"三　遅延損害金　　{k(L)}"),
        ("plain", f"　　（{kdate(acc + ONE)}から本書作成日まで年十八パーセント）"),
        ("indent", f"四　合計　　　　　{k(T)}"),
        ("body", "右期限までにお支払いのない場合には、通知人の指示により、直ちに訴訟提起等の法的手続きをとりますので、"
                 "念のため申し添えます。なお、本件に関するご連絡は、通知人ではなく当職宛にお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮城県仙台市青葉区はまなす通九丁目九番九号"),
        ("low", "四方堂法律事務所"),
        ("low", "通知人代理人弁護士　四方堂　泰典"),
        ("low", "電話　〇二二（〇〇〇）五八一二"),
        ("blank", ""),
        ("low", "宮城県石巻市潮見ヶ丘九丁目九番九号"),
        ("low", "櫃本　英明　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 8812))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "四方堂　泰典" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 9, "maru", "四方堂", seed=8813))
    tr = truth(document_type="collection_notice", sender="四方堂法律事務所", phone="022-000-5812",
               creditor="えぞりす信販株式会社", status="not_applicable", debtor="櫃本英明", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SH25-087", input_kind="vertical_scan",
               template="proxy88_vertical_lawyer_demand_kanji_scan", received=D(2025, 10, 20))
    return dict(stem="cs12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (law office 縦書き 催告書, 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office, scanned, with the 内容証明 stamp and a small "
                        "round 認印; every amount in positional kanji (金六十二万四千円 …) in 一、二、三、四 items; an ABSOLUTE "
                        "deadline 「令和七年十月三十一日限り」; the 令和四年 contract date as a distractor; full-width "
                        "当職整理番号 ＳＨ２５－０８７ as the second column; phone in kanji digits; creditor = the client")


# ---------------------------------------------------------------------------------------------
# cs13 real servicer アビリオ: 催告書, held in two hands, stored sideways (EXIF 8).


def cs13():
    R = 14.6
    issued, due = D(2026, 1, 26), D(2026, 2, 9)
    acc, lastp, asg = D(2025, 6, 26), D(2025, 3, 27), D(2025, 11, 28)
    P, I = 923_115, 41_060
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Line(15, 12, 196, 12, 2.0, GREEN))
    p.at(15, 21, "アビリオ債権回収株式会社", size=13, font="sans-bold", color=GREEN)
    p.at(15, 26, "法務大臣許可番号第5号", size=8, color=GREEN)
    p.at(196, 20, f"{era(issued)}", size=10, align="r")
    p.at(196, 25.5, "お客様番号：AB-1126-70452", size=10, align="r")
    p.y = 34
    p.line("〒950-0000　新潟県新潟市中央区こおろぎ台九丁目9番9号", size=9.5)
    p.line("楠戸　恵　様", size=13.5)
    p.y = 56
    p.title("催　告　書", size=18, color=RED)
    p.para(f"当社は{era(asg)}、プルメリアカード株式会社より、同社が貴殿に対して有する下記債権を譲り受けました。"
           "その後再三ご連絡を差し上げておりますが、本日に至るまでお支払いもご連絡もございません。", size=9.8)
    p.para("つきましては、下記金額を下記期日までに一括してお支払いいただきますよう、本書をもって催告いたします。", size=9.8)
    y = p.y + 2
    cell(p, 20, y, 56, 12, "原債権者", "プルメリアカード株式会社", vsize=9)
    cell(p, 76, y, 56, 12, "原契約番号", "PC-4410-8837-2", vsize=9.5)
    cell(p, 132, y, 56, 12, "債権譲受日", era(asg), vsize=9.5)
    y += 12
    cell(p, 20, y, 56, 12, "期限の利益喪失日", era(acc), vsize=9.5)
    cell(p, 76, y, 56, 12, "最終入金日", era(lastp), vsize=9.5)
    cell(p, 132, y, 56, 12, "損害金利率", f"年{R}％", vsize=9.5)
    p.y = y + 17
    head = ["元金", "利息", "損害金", "ご請求金額"]
    body = [[f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table([head] + body, [42, 42, 42, 44], x=20, header=True, aligns="rrrr", size=10.5, row_h=9)
    p.line(f"※損害金は元金に対する{era(acc + ONE)}から本書作成日までの年14.6％の割合による金額です。", x=20, size=8.5)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.2, RED))
    p.at(25, y + 9.2, "お支払期日", size=12, font="sans-bold", color=RED)
    p.at(60, y + 9.5, f"{era(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.y = y + 19
    p.para("お支払方法　下記口座へのお振込（振込手数料はお客様のご負担となります）", size=9.5, indent="")
    p.para("　　　　　　よもぎ銀行 新潟支店 普通預金 5070452 アビリオサイケンカイシユウ（カ", size=9.5, indent="")
    p.gap(2)
    p.para("期日までにお支払い又はご連絡がない場合には、やむを得ず訴訟等の法的手続きに移行いたします。分割でのお支払いを"
           "ご希望の場合も、必ず期日までにご連絡ください。", size=9.5, indent="")
    p.gap(4)
    for s in ("アビリオ債権回収株式会社　新潟オフィス", "〒950-0000 新潟県新潟市中央区つゆくさ台九丁目9番9号",
              "フリーダイヤル 0120-000-551　担当　釣井"):
        p.line(s, x=96, size=9.5)
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-551", creditor="アビリオ債権回収株式会社", status="licensed",
               original="プルメリアカード株式会社", debtor="楠戸恵", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AB-1126-70452", input_kind="photo_exif_rotated",
               template="proxy88_real_servicer_saikoku_held_sideways", received=D(2026, 1, 28))
    return dict(stem="cs13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8, hand=True,
                shot=dict(bg="wood", keystone=0.05, tilt=2.0, creases=2, fill=0.82, blur=1.0, warm=0.2),
                about="collection_notice (real servicer 催告書, 一括請求)",
                unusual="phone photo of the letter held up in two hands (thumbs over both margins), stored sideways "
                        "(EXIF orientation 8); real servicer ★ アビリオ債権回収 printing 「法務大臣許可番号第5号」 (no space) "
                        "under its name; 催告書 in red; six label-above-value cells; the amounts as ONE header row "
                        "元金 / 利息 / 損害金 / ご請求金額 with 円 in every cell; a red-framed お支払期日; free-dial and 担当")


# ---------------------------------------------------------------------------------------------
# cs14 支払督促 (高知簡裁), two-page digital PDF, real servicer creditor without a number.


def cs14():
    R = 14.6
    order, filed = D(2025, 6, 20), D(2025, 6, 6)
    acc, lastp, asg = D(2025, 1, 31), D(2024, 10, 15), D(2025, 3, 14)
    P, I = 735_900, 12_280
    L = late(P, R, acc + ONE, filed)
    C = 4_378
    T = P + I + L + C
    case = "令和7年(ロ)第1076号"
    a = Page(font="serif", size=10.5, top=18)
    a.at(20, 24, case, size=10.5)
    a.title("支　払　督　促", size=18, font="serif-bold")
    a.line("当事者の表示　別紙当事者目録記載のとおり", size=10.5)
    a.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5)
    a.gap(4)
    a.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    a.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    a.gap(6)
    a.line(era(order), x=110)
    a.line("高知簡易裁判所", x=110, size=12)
    a.line("裁判所書記官　金箱　里佳", x=110)
    a.seal(184, a.y - 8, 14, "square", "高知簡易裁判所書記官印", seed=8814)
    a.gap(10)
    y = a.y
    a.add(Box(20, y, 170, 62, 0.6))
    a.add(Box(20, y, 170, 9, 0.6, None, SHADE))
    a.at(105, y + 6.3, "支払督促を受け取った方へ（注意事項）", size=11, font="sans-bold", align="c")
    a.y = y + 12
    for s in ("１　この支払督促に記載された請求に不服があるときは、この支払督促を受け取った日から２週間以内に、"
              "この裁判所に督促異議の申立てをしてください（同封の督促異議申立書を利用できます）。",
              "２　督促異議の申立てがあると、通常の訴訟手続に移行します。",
              "３　２週間以内に督促異議の申立てをしないと、債権者は仮執行宣言の申立てをすることができ、財産に対して強制執行を"
              "受けるおそれがあります。",
              "４　お問い合わせ先　高知簡易裁判所 民事係　電話 088-000-1076（事件番号をお知らせください）"):
        a.para(s, x0=24, x1=186, size=9.5, indent="")
    b = Page(font="serif", size=10, top=18)
    b.line("当事者目録", align="c", size=12, font="serif-bold")
    b.kv([("債権者", "あおぞら債権回収株式会社"), ("", "〒103-0000 東京都中央区なずな通九丁目9番9号"),
          ("", "代表者代表取締役　（記載省略）"), ("", "（送達場所）電話 03-0000-4415　FAX 03-0000-4416"),
          ("債務者", "簑和田　剛"), ("", "〒780-0000 高知県高知市よもぎ台九丁目9番9号")], label_w=20, size=9.8)
    b.gap(4)
    b.line("請求の趣旨", align="c", size=12, font="serif-bold")
    rows = [["１", "金" + f"{P:,}" + "円", "残元金"], ["２", f"金{I:,}円", "未払利息"],
            ["３", f"金{L:,}円", f"確定遅延損害金（{era(acc + ONE)}から{era(filed)}まで年14.6％）"],
            ["４", f"金{C:,}円", "督促手続費用"], ["", f"金{T:,}円", "合計（１ないし４）"]]
    b.table(rows, [10, 42, 118], x=20, size=9.5, row_h=7.5, aligns="crl", ruled="rows")
    b.para(f"及び上記１の金額に対する{era(filed + ONE)}から完済まで年14.6％の割合による遅延損害金", size=9.5, indent="")
    b.gap(4)
    b.line("請求の原因", align="c", size=12, font="serif-bold")
    for s in ("１　株式会社ハマユウファイナンス（以下「原債権者」という。）は、債務者との間で、令和2年11月9日、"
              "極度額金1,000,000円の金銭消費貸借契約（カードローン）を締結し、債務者はこれに基づき借入れをした。",
              f"２　債務者は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、債権者に対し、{era(asg)}、上記貸金債権を譲渡し、同年3月20日到達の内容証明郵便により"
              "債務者に対してその旨を通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        b.para(s, size=9.8, indent="")
    b.gap(3)
    b.line(f"（申立日　{era(filed)}）", align="r", size=9.5)
    tr = truth(document_type="payment_order", sender="高知簡易裁判所", phone="088-000-1076",
               creditor="あおぞら債権回収株式会社", status="licensed", original="株式会社ハマユウファイナンス",
               debtor="簑和田剛", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=order, acceleration=acc, last_payment=lastp, assignment=asg, reference=case,
               input_kind="pdf_text_2page", template="proxy88_payment_order_kochi_two_pages",
               received=D(2025, 6, 23))
    return dict(stem="cs14", ext="pdf", kind="pdf_text_2page", pages=[a.spec, b.spec], truth=tr,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="digital 2-page 支払督促 of 高知簡裁: p.1 the order with a half-width case number, the clerk's seal "
                        "and a shaded 注意事項 box holding the court's phone; p.2 当事者目録 as kv lines (creditor real "
                        "servicer ★ あおぞら債権回収, no licence number in the registry or on the paper; its 送達場所 "
                        "phone/FAX as distractors), 請求の趣旨 as a rows-ruled table with the amount BEFORE the label "
                        "(残元金 / 未払利息 / 確定遅延損害金 / 督促手続費用 / 合計（１ないし４）), the running clause, 請求の原因 "
                        "with 極度額 1,000,000 and 「同年3月20日到達」 as distractors; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# cs15 invented servicer 督促状 by fax: a small 送信のご案内 strip on the letter itself.


def cs15():
    R = 20.0
    issued, due = D(2026, 10, 5), D(2026, 10, 16)
    acc, lastp, asg = D(2026, 4, 10), D(2026, 1, 8), D(2026, 8, 31)
    P, I = 198_700, 3_116
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 15, 0.4))
    p.at(18, 16, "ＦＡＸ送信のご案内", size=10, font="sans-bold")
    p.at(18, 22, f"送信先：鋤柄　美穂　様（ＦＡＸ 0138-00-5127）　　送信日：{jis(issued)}　　枚数：１枚", size=8.8)
    p.y = 30
    p.at(196, 34, f"{jis(issued)}", size=10, align="r")
    p.at(196, 39.5, "債権番号　TM-2608-1557", size=10, align="r")
    p.y = 32
    p.line("北海道函館市石英通九丁目9番9号", size=9.5)
    p.line("鋤柄　美穂　様", size=13)
    p.gap(3)
    p.title("督 促 状（ご入金のお願い）", size=15)
    p.para(f"貴殿が雪洞カード株式会社との間で締結したキャッシング契約に係る債権は、{jis(asg)}付で当社が譲り受けております。"
           f"貴殿は{jis(acc)}に期限の利益を喪失されており、当社からのご連絡にもご応答いただけておりません。", size=9.8)
    p.para("下記ご請求額の全額を、下記期限までに一括してお支払いください。", size=9.8)
    p.gap(2)
    x0, x1 = 30, 175
    for lab, val in (("残元金", f"¥{P:,}"), ("利息", f"¥{I:,}"), (f"遅延損害金（年20.0％・{jis(acc + ONE)}～{jis(issued)}）", f"¥{L:,}")):
        leader(p, lab, val, x0, x1, size=10.5)
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1.5)
    leader(p, "ご請求額合計", f"¥{T:,}", x0, x1, size=12, font="sans-bold")
    p.gap(3)
    p.para(f"■お支払期限　{jis(due)}（{wd(due)}）15時まで", size=12, font="sans-bold", indent="")
    p.para(f"■最終ご入金日　{jis(lastp)}　　■ご契約時の極度額　¥300,000", size=9.5, indent="")
    p.para("■お振込先　こおろぎ銀行 函館支店 普通 2910155 ツムギサイケンカイシユウ（カ", size=9.5, indent="")
    p.gap(2)
    p.para("期限までにお支払いもご連絡もない場合、当社は裁判所に対する支払督促の申立て等の法的手続きを執らせていただきます。",
           size=9.5, indent="")
    p.gap(6)
    for s in ("紬債権回収株式会社　函館営業所", "法務大臣許可番号　第２９１号", "〒040-0000 北海道函館市しゃくなげ通九丁目9番9号",
              "電話 0138-00-2910　ＦＡＸ 0138-00-2911"):
        p.line(s, x=100, size=10 if "紬" in s else 9)
    p.seal(186, p.y - 14, 13, "square", "紬債権回収印", angle=3, seed=8815)
    tr = truth(document_type="collection_notice", sender="紬債権回収株式会社", license_number=291,
               phone="0138-00-2910", creditor="紬債権回収株式会社", status="unverified",
               original="雪洞カード株式会社", debtor="鋤柄美穂", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="TM-2608-1557", input_kind="fax_tiff",
               template="proxy88_invented_servicer_tokusoku_fax_strip", received=issued)
    return dict(stem="cs15", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{jis(issued)} 09:12 TSUMUGI SAIKEN HAKODATE 0138 00 2911",
                about="collection_notice (invented servicer 督促状, 一括請求, one-page fax)",
                unusual="one-page G4 fax with a framed 「ＦＡＸ送信のご案内」 strip on the letter itself (the addressee's own "
                        "FAX number, 送信日, 枚数) under the machine's header line; INVENTED servicer 紬債権回収 with a "
                        "full-width 「法務大臣許可番号　第２９１号」 at the foot (→ unverified); every date in JIS form "
                        "R8.10.5; ¥ amounts on dotted leaders 残元金 / 利息 / 遅延損害金 / ご請求額合計; 「15時まで」 after "
                        "the due date; 極度額 ¥300,000 as a distractor; 電話 vs ＦＡＸ")


# ---------------------------------------------------------------------------------------------
# cs16 card company arrears 督促 with a 払込取扱票, photographed on tatami.


def cs16():
    R = 14.6
    issued, due = D(2026, 4, 13), D(2026, 4, 27)
    lastp = D(2026, 1, 27)
    rows = [(D(2026, 2, 27), 19_300, 1_482), (D(2026, 3, 27), 19_300, 1_432)]
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(late(r[1], R, r[0] + ONE, issued) for r in rows)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=12)
    p.add(Box(15, 10, 181, 10, color=None, fill=ORANGE))
    p.at(19, 17, "FUYO CARD", size=12, font="sans-bold", color=WHITE)
    p.at(192, 17, "芙蓉カード株式会社", size=10, font="sans-bold", color=WHITE, align="r")
    window(p, 15, 25, "760-0000", ["香川県高松市鼓ヶ丘九丁目9番9号"], "俵積田　翔　様", "cs16", w=88, h=32)
    p.at(196, 30, f"ご案内日 {slash(issued)}", size=9, align="r")
    p.at(196, 35, "お問合せ番号 FY-0413-2087", size=9, align="r")
    p.at(196, 40, "会員番号 5281-****-****-0934", size=9, align="r")
    p.y = 62
    p.title("お支払いのお願い（督促）", size=14, color=ORANGE)
    p.para(f"ご利用代金の口座振替ができなかったため、未だお支払いが確認できておりません（最終ご入金日 {slash(lastp)}）。"
           f"下記の金額を {slash(due)}（{wd(due)}）までに、同封の払込取扱票にてお支払いください。", size=9.3)
    head = ["お支払日", "ご利用代金（元金）", "手数料", "遅延損害金"]
    body = [[slash(d), f"{pr:,}", f"{it:,}", f"{late(pr, R, d + ONE, issued):,}"] for d, pr, it in rows]
    body.append(["小計", f"{P:,}", f"{I:,}", f"{L:,}"])
    p.table([head] + body, [40, 46, 40, 40], x=20, header=True, aligns="crrr", size=9.3, row_h=7)
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 166, 11, 0.8, ORANGE))
    p.at(24, y + 7.4, "今回ご請求額", size=10.5, font="sans-bold")
    p.at(96, y + 7.6, f"¥{T:,}", size=13, font="sans-bold")
    p.at(182, y + 7.4, f"期限 {slash(due)}（{wd(due)}）", size=10, font="sans-bold", align="r")
    p.y = y + 14
    p.para("※ご利用残高（次回以降のお支払い分を含む）は 268,400円です。今回ご請求額には含まれません。", size=8.5, indent="")
    p.para("※期限を過ぎてもお支払いがない場合、カードのご利用を停止し、会員規約に基づき期限の利益を喪失したものとして"
           "ご利用残高全額を一括でご請求することがあります。", size=8.5, indent="")
    p.para("芙蓉カード株式会社　督促センター　〒760-0000 香川県高松市つゆくさ台九丁目9番9号　TEL 087-000-3186（9:00～18:00）",
           size=8.5, indent="")
    slip(p, 200, account="01620-5-88316", payee="芙蓉カード株式会社", amount=T, payer="俵積田　翔",
         note=["お問合せ番号 FY-0413-2087", f"お支払期限 {slash(due)}"], key="cs16")
    tr = truth(document_type="collection_notice", sender="芙蓉カード株式会社", phone="087-000-3186",
               creditor="芙蓉カード株式会社", status="not_applicable", debtor="俵積田翔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="FY-0413-2087", input_kind="photo_jpeg", template="proxy88_card_arrears_with_slip_tatami",
               received=D(2026, 4, 15))
    return dict(stem="cs16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=3.2, creases=2, shadow=0.3, shadow_side="topleft",
                          fill=0.86, warm=0.2),
                about="collection_notice (card company arrears 督促, two missed payments)",
                unusual="phone photo on tatami with creases and a hand shadow in the top-left corner; orange card "
                        "band with a Latin 「FUYO CARD」; slash dates; masked 会員番号 beside the お問合せ番号; a header "
                        "table per missed payment (ご利用代金（元金） / 手数料 / 遅延損害金) with a 小計 row and the total "
                        "only in the orange 今回ご請求額 box with the 期限 on the same line; ご利用残高 268,400 (not the "
                        "claim) as a distractor; arrears only (lump false); a 払込取扱票 at the foot repeating the amount")


LETTERS = [cs09, cs10, cs11, cs12, cs13, cs14, cs15, cs16]
