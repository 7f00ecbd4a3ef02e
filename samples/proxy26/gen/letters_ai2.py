"""Proxy set 26, letters ai09–ai16: "the registry's long tail", continued. A 支払督促 with アウロラ債権回収 as creditor and
the amounts before their labels; エー・シー・エス債権管理回収's 和解 proposal by fax with 「許可番号：法務大臣　第２７号」;
a real name with a wrong number (セゾン債権回収 printing 第43号) by fax; a consumer lender's 縦書き 期限の利益喪失通知;
an invented kanji-named servicer and an invented Latin-named servicer (both unverified); a fake 「債権回収保全センター」;
a card company's single 債権譲渡通知 naming アビリオ債権回収 as 譲受人."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    era,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ACS_BLUE = (0.05, 0.25, 0.50)
SZ_PURPLE = (0.35, 0.15, 0.45)
HAMA = (0.0, 0.38, 0.52)
KEY = (0.15, 0.15, 0.18)
KIS = (0.55, 0.30, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# ai09 川越簡易裁判所 支払督促, creditor アウロラ債権回収; the 請求の趣旨 with the full-width amounts BEFORE their labels.


def ai09():
    R = 20.0
    issued, filed = D(2026, 4, 14), D(2026, 4, 7)
    assign, acc, lastp = D(2026, 1, 30), D(2025, 10, 20), D(2025, 7, 25)
    P, I, C = 347_900, 6_218, 3_610
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第612号"
    p = Page(font="serif", size=10.5, top=16)
    p.line("支　払　督　促", size=18, font="serif-bold", align="c")
    p.gap(2)
    p.line(f"事件番号　{fw('令和8年（ロ）第612号')}　譲受債権支払請求督促事件", size=10)
    p.gap(2)
    p.kv([("債　権　者", "〒105-0000 東京都港区ひがしかんだ坂九丁目9番9号　アウロラ債権回収株式会社"),
          ("", "代表者代表取締役　庄司　英樹"),
          ("", "（送達場所）同社さいたまオフィス　電話 048-000-7614"),
          ("債　務　者", "〒350-0000 埼玉県川越市いそしぎ通九丁目9番9号　関根　由佳")], x=18, label_w=26, size=9.8)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言をする。")
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="serif-bold")
    fwy = lambda n: fw(f"{n:,}")  # noqa: E731
    for s in (f"１　金{fwy(P)}円　　（譲受債権の残元金）",
              f"２　金{fwy(I)}円　　（上記１に対する期限の利益喪失日までの約定利息）",
              f"３　金{fwy(L)}円　　（上記１に対する{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年２０％の割合に"
              "よる確定遅延損害金）",
              f"４　金{fwy(C)}円　　（督促手続費用）",
              f"　　以上合計　金{fwy(T)}円",
              f"５　上記１に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金"):
        p.para(s, x0=22, x1=192, size=10, indent="")
    p.gap(2)
    p.line("請求の原因", size=11.5, font="serif-bold")
    for s in ("１　株式会社みそはぎクレジット（以下「原債権者」という。）は、令和4年3月11日、債務者との間で、極度額を30万円、"
              "利率を年17.8％、遅延損害金を年20％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に約定の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、債務者に対する上記債権を債権者に譲渡し、債務者に対しその旨を通知した。"):
        p.para(s, x0=22, x1=192, size=9.8, indent="")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　川越簡易裁判所　　裁判所書記官　嘉数　　美咲", size=10.5)
    p.seal(158, p.y - 5, 14, "square", "川越簡易裁判所書記官印", angle=0, seed=26091)
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 176, 22, 0.8))
    for i, s in enumerate(["【督促異議の申立てについて】　この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の",
                           "督促異議申立書を当裁判所に提出してください。期間内に申立てがないと、仮執行の宣言がされることがあります。",
                           "川越簡易裁判所　民事督促係　〒350-0000 埼玉県川越市うずら町九丁目9番9号　電話 049-000-2615"]):
        p.at(21, y + 6.5 + i * 6, s, size=8.8, font="serif-bold" if i == 0 else "serif")
    p.y = y + 26
    p.line(f"（申立日　{fw(era(filed))}）", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="川越簡易裁判所", phone="049-000-2615",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社みそはぎクレジット",
               debtor="関根由佳", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="scan_png", template="proxy26_payment_order_amounts_before_labels", received=D(2026, 4, 17))
    return dict(stem="ai09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, real servicer creditor, one page)",
                unusual="川越簡裁 (new court) 支払督促 on ONE scanned page, title first and the case number under it; creditor "
                        "★ アウロラ債権回収株式会社 (no licence printed, court paper) with its 送達場所 048 phone; 請求の趣旨 "
                        "as numbered lines with the FULL-WIDTH amount FIRST and the label in brackets after it "
                        "(「１　金３４７，９００円　（譲受債権の残元金）」), 「以上合計」 as its own line and the running "
                        "item ５; 極度額30万円 / 年17.8％ as distractors; the 督促異議 box with the court's address and phone")


# ---------------------------------------------------------------------------------------------
# ai10 エー・シー・エス債権管理回収 和解のご提案, 2-page fax; 「許可番号：法務大臣　第２７号」 in full-width.


def ai10():
    R = 14.6
    issued, answer = D(2026, 5, 11), D(2026, 5, 29)
    assign, acc, lastp = D(2026, 2, 27), D(2025, 11, 10), D(2025, 8, 27)
    P, I = 598_770, 16_034
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    plan, n = 20_000, 24
    first = D(2026, 6, 26)
    assert plan * n == 480_000 < T
    p = Page(font="sans", size=10, top=12)
    p.at(15, 18, "ACS", size=17, font="sans-bold", color=ACS_BLUE)
    p.at(38, 15.5, "エー・シー・エス債権管理回収株式会社", size=11, font="sans-bold", color=ACS_BLUE)
    p.at(38, 21.5, fw("許可番号：法務大臣　第27号"), size=10)
    p.at(196, 15.5, f"送信日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 20.5, "お客様番号　ACS-558-20917", size=9.5, align="r")
    p.add(Line(15, 24, 196, 24, 0.8, ACS_BLUE))
    p.y = 28
    p.line("喜多嶋　亮　様", size=13.5)
    p.line("（ＦＡＸ送信票を兼ねます　送信枚数２枚）", size=8.5)
    p.gap(4)
    p.title("和解（分割弁済）のご提案", size=15)
    p.para(f"すいかずら信販株式会社から当社が{wdate(assign)}付で譲り受けました貴殿のご債務について、先日のお電話でのご相談を"
           "踏まえ、下記のとおり和解をご提案いたします。")
    p.para("ご提案にご同意いただける場合は、2枚目の回答書にご記入のうえ、下記ご回答期限までにＦＡＸ又は郵送でご返送ください。")
    p.gap(1)
    p.line("１．現在のご債務（本日現在）", size=10.5, font="sans-bold")
    p.table([["残元金", "未払手数料", "遅延損害金（年14.6％）", "ご債務総額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 42, 50, 46], x=16, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"原契約　すいかずら信販　個品割賦（令和3年）　最終ご入金日 {wdate(lastp)}　期限の利益喪失日 {wdate(acc)}", x=16,
           size=8.8)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold")
    p.table([["和解金額", f"{plan * n:,}円（ご債務総額から{T - plan * n:,}円を減額）"],
             ["お支払方法", f"毎月{first.day}日限り {plan:,}円 × {n}回"],
             ["初回お支払日", f"{wdate(first)}（{wd(first)}）"],
             ["期限の利益喪失", f"分割金の支払を2回分（{plan * 2:,}円）以上怠ったとき"]],
            [40, 140], x=16, aligns="ll", size=9.5, row_h=7.2, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 180, 14, 1.4))
    p.at(21, y + 9, "ご回答期限", size=12, font="sans-bold")
    p.at(58, y + 9.3, f"{wdate(answer)}（{wd(answer)}）必着", size=14, font="sans-bold")
    p.y = y + 18
    p.para("※ご回答期限を過ぎた場合、本提案は失効し、ご債務総額の一括でのお支払いをお願いすることになります。", size=9, indent="")
    p.gap(3)
    for s, sz in (("エー・シー・エス債権管理回収株式会社　西日本サービスセンター", 9.5),
                  ("〒700-0000 岡山市北区もず坂九丁目9番9号", 8.5),
                  ("TEL 0120-000-627　FAX 086-000-6280　担当 志賀", 9.5)):
        p.line(s, x=96, size=sz)
    q = Page(font="sans", size=10.5, top=16)
    q.line("ＦＡＸ 086-000-6280　エー・シー・エス債権管理回収株式会社　西日本サービスセンター 行", size=10)
    q.gap(6)
    q.line("回　答　書", size=17, font="sans-bold", align="c")
    q.gap(4)
    q.line(f"お客様番号　ACS-558-20917　　ご提案日　{wdate(issued)}", size=10)
    q.gap(3)
    q.para("私は、貴社からの和解のご提案について、下記のとおり回答します。", size=10.5)
    q.gap(3)
    for s in ("□　ご提案のとおり和解を希望します。", "□　条件の変更を希望します（毎月のお支払可能額　　　　　　円）",
              "□　一括で支払います（お支払予定日　　　　月　　　日）"):
        q.line(s, x=28, size=11)
        q.gap(2)
    q.gap(6)
    q.line("ご回答日　　　　年　　　月　　　日", x=28, size=11)
    q.gap(3)
    q.line("ご住所", x=28, size=11)
    q.add(Line(50, q.y - 1, 186, q.y - 1, 0.2))
    q.gap(3)
    q.line("お名前　　　　　　　　　　　　　　　　　　　　印", x=28, size=11)
    q.add(Line(50, q.y - 1, 186, q.y - 1, 0.2))
    q.gap(3)
    q.line("日中のご連絡先", x=28, size=11)
    q.add(Line(60, q.y - 1, 186, q.y - 1, 0.2))
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-627", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="すいかずら信販株式会社", debtor="喜多嶋亮", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=answer, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ACS-558-20917", input_kind="fax_tiff",
               template="proxy26_servicer_settlement_fullwidth_colon_licence_fax", received=issued)
    return dict(stem="ai10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:02 ACS WEST 086-000-6280",
                about="settlement_proposal (real servicer 和解 proposal, 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ エー・シー・エス債権管理回収株式会社 (long name with middle dots, "
                        "「債権管理回収」 not 「債権回収」) with the Latin logo 「ACS」 and the licence in the LOGO LINE, "
                        "full-width with a colon 「許可番号：法務大臣　第２７号」; the 信販 original 株式会社 AFTER its name; a "
                        "4-column one-row ご債務 table (残元金 / 未払手数料 / 遅延損害金 / ご債務総額); a shaded 和解条件 table "
                        "(和解金額 480,000, the 減額, 20,000 × 24, first 2026/6/26, the 40,000 threshold — distractors); a "
                        "heavy-framed ご回答期限 …必着; TEL and FAX on one line; p.2 a blank 回答書 with tick boxes")


# ---------------------------------------------------------------------------------------------
# ai11 セゾン債権回収 督促 by fax with a WRONG licence number in the logo line (第43号; the registry has 34).


def ai11():
    R = 18.0
    issued, due = D(2026, 3, 23), D(2026, 4, 6)
    assign, acc, lastp = D(2026, 2, 20), D(2025, 12, 1), D(2025, 8, 26)
    P, I = 264_850, 3_908
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 12, 181, 11, color=None, fill=SZ_PURPLE))
    p.at(19, 19.5, "セゾン債権回収株式会社　　法務大臣許可番号第43号", size=11, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "FAX通知", size=10, color=WHITE, align="r")
    p.y = 28
    p.line(f"送信日：{era(issued)}", size=9.5, align="r")
    p.line("お客様番号：SZ20-61184", size=9.5, align="r")
    p.y = 28
    p.line("羽生田　智美　様", size=13.5)
    p.line("愛知県豊橋市みさご台九丁目9番9号", size=9.5)
    p.gap(6)
    p.title("お支払いのお願い（督促状）", size=15)
    p.para(f"当社が{era(assign)}に株式会社なつめカードから譲り受けた貴殿のカードご利用代金債権について、先にお送りした譲受の"
           "ご通知以降、お支払いが確認できておりません。")
    p.para("貴殿は同社の会員規約に基づき期限の利益を喪失されておりますので、下記金額を一括してお支払いください。本状到着後、"
           "お支払期限までにご連絡がない場合は、法的手続の検討に入ることがございます。")
    p.gap(1)
    x0, x1 = 30, 175
    p.add(Line(x0, p.y, x1, p.y, 0.4))
    p.gap(1)
    for lab, v in (("ご利用残高（元金）", P), ("利息", I), (f"遅延損害金　年18.0％（{era(acc + timedelta(1))}～）", L)):
        b = p.line(lab, x=x0 + 2, size=10.5)
        p.at(x1 - 2, b, f"{v:,}円", size=10.5, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.4))
    p.gap(1.5)
    b = p.line("ご請求金額", x=x0 + 2, size=12, font="sans-bold")
    p.at(x1 - 2, b, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.4))
    p.gap(4)
    y = p.y
    p.add(Box(30, y, 145, 12, 0.8))
    p.at(35, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(70, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 17
    p.kv([("原債権者", "株式会社なつめカード（なつめカード ゴールド）"), ("カード番号", "5412-＊＊＊＊-＊＊＊＊-0617"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("ご利用可能枠", "400,000円（解約済み）")],
         x=30, label_w=34, size=9.5)
    p.gap(3)
    p.para("お振込先　ほしづき銀行 池袋支店 普通預金 6118400 セゾンサイケンカイシュウ（カ　※振込手数料はご負担ください。",
           size=9.2, indent="")
    p.gap(5)
    for s, sz, f in (("セゾン債権回収株式会社　名古屋オフィス", 10, "sans-bold"),
                     ("〒450-0000 名古屋市中村区ひたき坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-952　FAX 052-000-9530", 9.5, "sans"), ("担当　鳥越", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=43,
               phone="0120-000-952", creditor="セゾン債権回収株式会社", status="license_mismatch",
               original="株式会社なつめカード", debtor="羽生田智美", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ20-61184", input_kind="fax_tiff",
               template="proxy26_servicer_dunning_wrong_licence_logo_line_fax", received=issued)
    return dict(stem="ai11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:18 SAISON SERVICER 052-000-9530",
                about="collection_notice (real servicer name, WRONG licence number, one-page fax)",
                unusual="one-page G4 fax; a dark band across the top carrying the name of a REAL servicer ★ セゾン債権回収株式会社 "
                        "and, in the same LOGO LINE, 「法務大臣許可番号第43号」 (the registry has 第34号: digits swapped → "
                        "license_mismatch); white text on a band that the fax binarisation turns to black-and-white; colon "
                        "labels 送信日： / お客様番号：; amounts between rules (ご利用残高（元金） / 利息 / 遅延損害金 / "
                        "ご請求金額); masked カード番号 and ご利用可能枠 400,000円 as distractors; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# ai12 consumer lender's 縦書き 期限の利益喪失通知 (scanned): the 催告 date and its deadline; a servicer only threatened.


def ai12():
    R = 20.0
    issued, due = D(2026, 1, 5), D(2026, 1, 16)
    warn, acc, lastp = D(2025, 12, 5), D(2025, 12, 19), D(2025, 9, 25)
    P, I = 786_400, 12_930
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当社との間で締結した令和四年六月二日付金銭消費貸借契約（証書貸付）に基づく毎月の約定返済を、"
                 f"{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当社は、{kdate(warn)}付催告書をもって、{kdate(acc)}までに延滞分をお支払いいただくよう催告いたしましたが、"
                 "右期日までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は同契約書第十二条第一項第一号の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失"
                 "しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("body", "なお、右期限までにお支払いのないときは、本債権を法務大臣の許可を受けた債権回収会社に譲渡し、又はその回収を"
                 "委託することがありますので、あらかじめご承知おきください。"),
        ("indent", "管理番号　ＫＦ－２５１２－７７"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "横浜市中区うみねこ坂九丁目九番九号"),
        ("low", "株式会社かりんファイナンス"),
        ("low", "債権管理課長　真田　修"),
        ("low", "電話　〇四五（〇〇〇）三一四二"),
        ("blank", ""),
        ("low", "神奈川県横須賀市むくどり町九丁目九番九号"),
        ("low", "郷田　稔　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 26121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "真田" in it.s]
    pg.items.append(Seal(xs[0] + 3, 22.0 + (8 + 19.5) * size * 0.3528 * 1.05, 10, "square", "かりんファイナンス之印",
                         angle=-3, seed=26122))
    tr = truth(document_type="acceleration_notice", sender="株式会社かりんファイナンス", phone="045-000-3142",
               creditor="株式会社かりんファイナンス", status="not_applicable", debtor="郷田稔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KF-2512-77", input_kind="vertical_scan",
               template="proxy26_vertical_lender_acceleration_servicer_threat", received=D(2026, 1, 7))
    return dict(stem="ai12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (consumer lender, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失通知書 of a consumer lender, scanned, with the 内容証明 stamp; the 催告書 date "
                        "十二月五日 and its deadline 十二月十九日 (= acceleration 「の経過をもって」); 契約書第十二条第一項第一号 "
                        "and the 令和四年 contract date (numbers that are not amounts); positional kanji amounts; "
                        "「年二十パーセント」; a threat to sell or entrust the claim to 「法務大臣の許可を受けた債権回収会社」 "
                        "(no servicer named → not_applicable); full-width 管理番号 ＫＦ－２５１２－７７ in its own column; "
                        "phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ai13 invented servicer 浜風債権回収 督促 (第241号 in a grey band over the logo), phone photo on a desk.


def ai13():
    R = 18.0
    issued, due = D(2026, 5, 18), D(2026, 6, 1)
    assign, acc, lastp = D(2026, 4, 24), D(2026, 1, 14), D(2025, 10, 27)
    P, I = 158_600, 2_775
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 6, color=None, fill=(0.85, 0.85, 0.85)))
    p.at(17, 14.3, "債権管理回収業　法務大臣許可番号 第241号　　一般社団法人全国サービサー協会会員", size=8.5)
    p.at(15, 25, "浜風債権回収株式会社", size=15, font="sans-bold", color=HAMA)
    p.at(15, 30, "HAMAKAZE SERVICER Co., Ltd.", size=7, color=HAMA)
    p.at(196, 24, f"発行日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 29.5, "管理番号 HK-0518-3307", size=9.5, align="r")
    p.y = 38
    p.line("〒800-0000　福岡県北九州市門司区あおさぎ町九丁目9番9号", size=10)
    p.line("秋葉　聡子　様", size=14)
    p.gap(6)
    stamp(p, 15, p.y, "重要", size=11)
    p.at(105, p.y + 7, "ご入金のお願い", size=16, font="sans-bold", align="c")
    p.y += 15
    p.para(f"じゅずだまクレジット株式会社から当社が{wdate(assign)}付で譲り受けたお客様の債権について、お支払いの確認が"
           "できておりません。お客様は期限の利益を喪失されておりますので、下記のご請求額を一括でお支払いください。")
    p.gap(2)
    y = p.y
    cell(p, 15, y, 60, 15, "元金", f"{P:,}円", vsize=12, align="r")
    cell(p, 75, y, 60, 15, "利息", f"{I:,}円", vsize=12, align="r")
    cell(p, 135, y, 61, 15, "遅延損害金（年18.0％）", f"{L:,}円", vsize=12, align="r")
    cell(p, 15, y + 15, 120, 17, "ご請求額（合計）", f"{T:,}円", vsize=16, vfont="sans-bold", align="r", width=0.6)
    cell(p, 135, y + 15, 61, 17, "お支払期限", f"{due.month}月{due.day}日（{wd(due)}）", vsize=13, vfont="sans-bold",
         align="c", width=0.6)
    p.y = y + 36
    p.line(f"※遅延損害金は{wdate(acc + timedelta(1))}から発行日までの額です。お支払期限の年は{due.year}年です。", size=8.5)
    p.gap(2)
    p.kv([("原債権者", "じゅずだまクレジット株式会社"), ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)),
          ("お振込先", "こなゆき銀行 小倉支店 普通 2413307 ハマカゼサイケンカイシユウ（カ")], x=15, label_w=34, size=9.5)
    p.gap(4)
    qr(p, 170, p.y, 24, "ai13-pay")
    p.at(168, p.y + 14, "スマートフォンでのお支払いはこちら→", size=7.5, align="r")
    p.y += 30
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4, HAMA))
    p.at(19, y + 7, "浜風債権回収株式会社　北九州センター", size=10.5, font="sans-bold", color=HAMA)
    p.at(19, y + 13, "〒802-0000 北九州市小倉北区ひがしみなと町九丁目9番9号", size=8.5)
    p.at(19, y + 19, "お問合せ 093-000-2410（平日 9:00～18:00）　担当 若杉", size=9.5)
    tr = truth(document_type="collection_notice", sender="浜風債権回収株式会社", license_number=241,
               phone="093-000-2410", creditor="浜風債権回収株式会社", status="unverified",
               original="じゅずだまクレジット株式会社", debtor="秋葉聡子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HK-0518-3307", input_kind="photo_jpeg",
               template="proxy26_invented_servicer_grey_band_licence_cells_photo", received=D(2026, 5, 20))
    return dict(stem="ai13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.2, creases=2, fill=0.84, blur=0.9, warm=0.2, shadow=0.18,
                          shadow_side="bottom"),
                about="collection_notice (INVENTED servicer, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; INVENTED servicer "
                        "「浜風債権回収株式会社」 (→ unverified) with 「債権管理回収業　法務大臣許可番号 第241号」 in a thin "
                        "grey band ABOVE the logo (with a 協会会員 claim); Latin subtitle HAMAKAZE SERVICER; amounts in "
                        "form CELLS (small label above the value) with the due date as a month-day cell 「6月1日（月）」 "
                        "and the year only in a note; 重要 stamp; QR; the bank account as a distractor")


# ---------------------------------------------------------------------------------------------
# ai14 SCAM: fake 「株式会社全日本債権回収保全センター」 with a fake licence number; phone photo.


def ai14():
    issued, due = D(2026, 5, 26), D(2026, 5, 29)
    A, B, C = 142_000, 31_400, 14_000
    T = A + B + C
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通知", color=RED, size=13, fill=RED)
    stamp(p, 50, 12, "親展", color=RED, size=13)
    p.at(196, 17, f"通知日　{era(issued)}", size=10, align="r")
    p.at(196, 22.5, f"管理番号　ゆ－{fw('2741')}", size=10, align="r")
    p.y = 30
    p.line("大分県大分市ゆりかもめ台九丁目9番9号", size=10.5)
    p.line("竹之内　美和　様", size=14)
    p.gap(6)
    p.line("総合消費料金未納に関する債権移行最終通知書", size=16, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿がご利用された大手通信販売会社の総合消費料金について、契約会社から未納のお届けがあり、当センターが債権を"
           "譲り受けました（債権移行）。再三のご連絡にもかかわらずお支払いが確認できないため、本通知をもって最終通告といたします。")
    p.para("期限までにご連絡のない場合、給与・預貯金・不動産の差押えを含む強制執行の手続に移行し、勤務先への訪問調査を"
           "行います。その際の交通費・調査費は全額貴殿の負担となります。")
    p.gap(2)
    p.table([["未納料金", f"{A:,}円"], ["延滞金", f"{B:,}円"], ["債権移行手数料", f"{C:,}円"], ["ご請求合計", f"{T:,}円"]],
            [80, 60], x=35, aligns="lr", size=11, row_h=8.5, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 20, 1.2, RED))
    p.at(30, y + 8, "お支払・ご連絡期限", size=12, font="sans-bold", color=RED)
    p.at(180, y + 9, f"{due.month}月{due.day}日（{wd(due)}）午後３時まで", size=15, font="sans-bold", align="r", color=RED)
    p.at(30, y + 16, "※期限を過ぎますと和解のご相談は一切お受けできません", size=9, color=RED)
    p.y = y + 25
    p.para("お支払いは、ご連絡後に担当者よりご案内する方法（電子マネー等）でお願いいたします。本件は個人情報保護のため、"
           "ご家族や第三者へのご相談はご遠慮ください。", size=10, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(55, y, 141, 34, 0.5))
    p.at(60, y + 8, "株式会社全日本債権回収保全センター", size=13, font="sans-bold")
    p.at(60, y + 14, "法務大臣許可番号第318号　法務省認可債権回収機関", size=9.5)
    p.at(60, y + 20, "東京都千代田区大手町（本部）", size=9)
    p.at(60, y + 28, "お問合せ専用ダイヤル　03-0000-6618", size=11.5, font="sans-bold")
    p.seal(35, y + 16, 16, "round", "債権回収保全センター|代表/之印", angle=-6, seed=26141)
    tr = truth(document_type="other", sender="株式会社全日本債権回収保全センター", license_number=318,
               phone="03-0000-6618", creditor=None, status="not_licensed", original=None, debtor="竹之内美和", total=T,
               lump=False, issued=issued, payment_due=due, reference="ゆ-2741", is_scam=True, input_kind="photo_jpeg",
               template="proxy26_scam_fake_servicer_debt_transfer", received=None)
    return dict(stem="ai14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.4, creases=2, fill=0.8, glare=18, warm=0.35, blur=1.0),
                about="other (scam, fake servicer)",
                unusual="架空請求 photographed on wood at a steep angle with a lamp glare: 「総合消費料金未納に関する債権移行最終"
                        "通知書」 from a FAKE 「株式会社全日本債権回収保全センター」 with 「法務大臣許可番号第318号　法務省認可"
                        "債権回収機関」 (→ not_licensed); red 最終通知 / 親展 stamps; 「債権移行」, 差押え and 勤務先訪問 "
                        "threats with 調査費; a 3-day deadline 「5月29日（金）午後３時まで」; payment by 電子マネー after a "
                        "call; 「ご家族や第三者へのご相談はご遠慮ください」; no street number; the creditor only 「大手通信"
                        "販売会社」; 管理番号 ゆ－２７４１ in full-width")


# ---------------------------------------------------------------------------------------------
# ai15 single 債権譲渡通知 by the card company alone, naming アビリオ債権回収 (第5号) as 譲受人; iPhone HEIC.


def ai15():
    R = 18.0
    issued, assign = D(2026, 4, 1), D(2026, 3, 31)
    acc, lastp = D(2025, 11, 25), D(2025, 8, 27)
    P, I = 402_300, 9_870
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(15, 20, "きささげカード", size=15, font="serif-bold", color=KIS)
    p.add(Line(15, 23, 80, 23, 0.6, KIS))
    p.at(196, 18, wdate(issued), size=10, align="r")
    p.at(196, 23.5, "お客様番号　KS-1140-2231", size=9.5, align="r")
    p.y = 30
    p.line("〒590-0000　大阪府堺市堺区ゆりかもめ台九丁目9番9号", size=10)
    p.line("皆川　直人　様", size=13.5)
    p.gap(3)
    for s, sz in (("株式会社きささげカード", 11), ("代表取締役　寺嶋　亮介", 9.5), ("〒530-0000 大阪市北区うめだ橋九丁目9番9号", 8.5),
                  ("お客様相談室 06-0000-4418", 9.5)):
        p.line(s, x=120, size=sz, font="serif-bold" if sz == 11 else "serif")
    p.seal(186, p.y - 14, 13, "square", "きささげカード代表取締役印", angle=2, seed=26151)
    p.gap(6)
    p.line("債権譲渡通知書", size=16, font="serif-bold", align="c")
    p.gap(3)
    p.para(f"当社は、貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権を、{wdate(assign)}付で、下記譲受人に"
           "譲渡いたしましたので、民法第467条に基づき、本書をもってご通知申し上げます。")
    p.para("今後、本債権についてのお支払い及びお問い合わせは、すべて譲受人にお願いいたします。当社へのお支払いはお受け"
           "できませんのでご注意ください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("譲受人", "アビリオ債権回収株式会社（法務大臣許可番号第5号）"), ("", "〒135-0000 東京都江東区とよす浜九丁目9番9号"),
          ("", "お問合せ　フリーダイヤル 0120-000-505"), ("譲渡日", wdate(assign)),
          ("原契約", "きささげカード（平成29年5月ご入会）"), ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc))],
         x=22, label_w=32, size=10)
    p.gap(2)
    p.line(f"譲渡債権の額（{wdate(assign)}現在）", x=22, size=10.5, font="serif-bold")
    p.table([["ショッピング・キャッシング残高", f"{P:,}円"], ["手数料・利息", f"{I:,}円"],
             ["遅延損害金（年18.0％）", f"{L:,}円"], ["譲渡債権額合計", f"{T:,}円"]],
            [100, 50], x=30, aligns="lr", size=10, row_h=7.6, ruled="rows")
    p.gap(3)
    p.para("※お支払方法については、譲受人から追ってご案内がございます。本通知は、お支払いを求めるものではありません。",
           size=9, indent="")
    p.para("※カードは既にご利用停止となっております（会員番号 4970-＊＊＊＊-＊＊＊＊-2231）。", size=9, indent="")
    tr = truth(document_type="assignment_notice", sender="株式会社きささげカード", license_number=None,
               phone="06-0000-4418", creditor="アビリオ債権回収株式会社", status="not_applicable",
               original="株式会社きささげカード", debtor="皆川直人", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="KS-1140-2231", input_kind="photo_heic",
               template="proxy26_single_assignment_card_names_servicer", received=D(2026, 4, 3))
    return dict(stem="ai15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.25),
                about="assignment_notice (single, by the card company alone, real servicer as 譲受人)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a SINGLE 債権譲渡通知書 sent by the "
                        "譲渡人 alone (card company with its own brand, sender block and square seal top-right); the 譲受人 "
                        "★ アビリオ債権回収株式会社 named in the 記 with 「（法務大臣許可番号第5号）」 and its own 0120 number "
                        "(not the sender's); 民法第467条; amounts as of the 譲渡日 between rules; 「本通知は、お支払いを"
                        "求めるものではありません」; a masked 会員番号 and 平成29年 入会 as distractors")


# ---------------------------------------------------------------------------------------------
# ai16 invented Latin-named servicer KEYSTONE債権回収: 一括請求 after a car was repossessed; photo stored sideways (EXIF 6).


def ai16():
    R = 14.6
    issued, due = D(2026, 2, 2), D(2026, 2, 16)
    assign, acc, lastp, sold = D(2025, 12, 19), D(2025, 8, 18), D(2025, 5, 27), D(2025, 10, 3)
    P = 1_034_560
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14, right=60)
    p.add(Box(152, 0, 58, 297, color=None, fill=(0.93, 0.93, 0.94)))
    p.at(156, 22, "KEYSTONE", size=15, font="sans-bold", color=KEY)
    p.at(156, 28, "KEYSTONE債権回収株式会社", size=8.5, font="sans-bold", color=KEY)
    for i, s in enumerate(["法務大臣許可番号：", fw("第252号"), "", "〒260-0000", "千葉市中央区ふくろう台", "九丁目9番9号",
                           "", "お客様窓口", "043-000-2520", "平日 9:00～18:00", "", "担当　本庄"]):
        p.at(156, 40 + i * 5.2, s, size=8.5 if i not in (1, 8) else 10.5, font="sans-bold" if i in (1, 8) else "sans")
    p.at(15, 18, f"{era(issued)}", size=10)
    p.at(15, 23.5, "お客様番号　KEY-26-0193", size=10)
    p.y = 32
    p.line("〒270-0000　千葉県松戸市ほたるい坂九丁目9番9号", size=10)
    p.line("園部　真理子　様", size=14)
    p.gap(8)
    p.line("残債務一括ご請求のお知らせ", size=15, font="sans-bold")
    p.add(Line(15, p.y, 148, p.y, 1.0, KEY))
    p.gap(4)
    p.para(f"株式会社こでまりクレジットのオートローン契約に係る貴殿への債権は、{era(assign)}付で当社が譲り受けました。"
           f"同契約の対象車両は{era(sold)}に売却され、その代金は元金に充当されております。")
    p.para("つきましては、充当後の残債務を下記のとおり一括してご請求いたします。", indent="　")
    p.gap(2)
    p.table([["充当後残元金", f"{P:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"], ["ご請求総額", f"{T:,}円"]],
            [78, 50], x=17, aligns="lr", size=10.5, row_h=8.5, shade_col0=True)
    p.line(f"（遅延損害金は{era(acc + timedelta(1))}から{era(issued)}まで）", x=17, size=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 128, 13, 0.9, KEY))
    p.at(21, y + 8.5, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.kv([("原債権者", "株式会社こでまりクレジット"), ("ご契約", "オートローン（令和3年9月）"),
          ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("車両売却代金", "1,180,000円（令和7年10月3日充当）")], x=17, label_w=32, size=9.5)
    p.gap(3)
    p.para("お振込先　みなわ銀行 千葉中央支店 普通預金 2520193 キーストーンサイケンカイシュウ（カ", x0=17, size=9.2,
           indent="")
    p.para("お支払いが困難な場合は、期限までに右記お客様窓口へご相談ください。", x0=17, size=9.2, indent="")
    tr = truth(document_type="collection_notice", sender="KEYSTONE債権回収株式会社", license_number=252,
               phone="043-000-2520", creditor="KEYSTONE債権回収株式会社", status="unverified",
               original="株式会社こでまりクレジット", debtor="園部真理子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="KEY-26-0193", input_kind="photo_exif_rotated",
               template="proxy26_invented_latin_servicer_sidebar_licence_rotated", received=D(2026, 2, 4))
    return dict(stem="ai16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="right", fill=0.85,
                          warm=0.15),
                about="collection_notice (INVENTED Latin-named servicer, rest after a car sale)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow; "
                        "INVENTED servicer 「KEYSTONE債権回収株式会社」 (Latin letters in the trade name → unverified) whose "
                        "whole sender block stands in a grey RIGHT SIDEBAR, the licence split over two lines "
                        "「法務大臣許可番号：」 / 「第２５２号」; date and お客様番号 top-LEFT; an オートローン remainder after "
                        "the car was sold (充当後残元金 / 遅延損害金 / ご請求総額, no interest); 車両売却代金 1,180,000円 and "
                        "its date, the 令和3年 contract as distractors")


LETTERS = [ai09, ai10, ai11, ai12, ai13, ai14, ai15, ai16]
