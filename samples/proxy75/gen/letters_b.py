"""Proxy set 75, letters cf09–cf16: a 信用金庫's 縦書き 期限の利益喪失通知 (cf09), a real servicer's 受託通知 for a bank
(cf10), a 仮執行宣言付支払督促 with a real servicer creditor (cf11), a real servicer's 一括請求 after a 競売 with the
配当 充当 page (cf12), a law office's 受任通知兼ご請求書 by fax (cf13), an invented servicer's 最終通告書 (cf14), a
架空請求 postcard (cf15) and a 信用組合's 催告書 of three missed instalments photographed sideways (cf16)."""

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
    grid,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NITTELE = (0.05, 0.30, 0.60)
FOREST = (0.10, 0.35, 0.18)
ORANGE = (0.85, 0.40, 0.05)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def add(*parts: int) -> int:
    return sum(parts)


# ---------------------------------------------------------------------------------------------
# cf09 信用金庫 期限の利益喪失通知書, 縦書き 内容証明 with positional kanji amounts; scanned.


def cf09():
    issued, due = D(2026, 1, 28), D(2026, 2, 10)
    acc, lastp = D(2026, 1, 13), D(2025, 9, 30)
    P, I, R = 18_642_300, 52_918, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = add(P, I, L)
    k = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿と当金庫との間の平成三十年十一月九日付金銭消費貸借契約（住宅ローン）に基づく貴殿の債務につき、貴殿は"
                 f"{kdate(lastp)}のご返済を最後に、その後の約定返済を三回にわたり怠っております。"),
        ("body", f"よって、信用金庫取引約定書第五条第一項の定めにより、貴殿は{kdate(acc)}をもって当然に期限の利益を喪失"
                 "しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記債務全額を{kdate(due)}限り、当金庫本店窓口又は指定口座にて一括してお支払いください。"),
        ("body", "右期限までにお支払いのないときは、抵当権の実行（担保不動産競売の申立て）その他の法的措置を執ることと"
                 "なりますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{k(P)}"),
        ("indent", f"二　未払利息　　{k(I)}"),
        ("indent", f"三　遅延損害金　{k(L)}"),
        ("plain", "　　（令和八年一月十四日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{k(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "宮城県仙台市青葉区かんぼく台九丁目九番九号"),
        ("low", "ほしむくどり信用金庫"),
        ("low", "融資管理部長　伊豆味　康夫"),
        ("low", "電話　〇二二（〇〇〇）三六四八"),
        ("low", "（当金庫整理番号　ＴＳ－２６０１４）"),
        ("blank", ""),
        ("low", "宮城県名取市かたばみ町九丁目九番九号"),
        ("low", "日詰　正和　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 75091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "伊豆味" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 15) * size * 0.3528 * 1.05, 11, "square", "ほしむくどり信金理事長印",
                         angle=-3, seed=75092))
    tr = truth(document_type="acceleration_notice", sender="ほしむくどり信用金庫", phone="022-000-3648",
               creditor="ほしむくどり信用金庫", status="not_applicable", debtor="日詰正和", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="TS-26014", input_kind="vertical_scan",
               template="proxy75_vertical_shinkin_acceleration_positional_kanji", received=D(2026, 1, 30))
    return dict(stem="cf09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用金庫, 縦書き 内容証明, 当然喪失)",
                unusual="縦書き 期限の利益喪失通知書 of a 信用金庫 (no 株式会社), scanned, with the 内容証明 stamp; 当然喪失 "
                        "「令和八年一月十三日をもって当然に期限の利益を喪失」; positional kanji amounts in the 千万 range "
                        "(金千八百六十四万二千三百円 …); 平成三十年 contract date and 信用金庫取引約定書第五条第一項 (numbers, "
                        "not amounts); 「三回にわたり」; phone in kanji digits; bracketed full-width 当金庫整理番号 "
                        "ＴＳ－２６０１４ (→ TS-26014)")


# ---------------------------------------------------------------------------------------------
# cf10 real servicer ニッテレ (第７号 full-width): 債権管理回収業務受託のお知らせ for a bank's card loan; HEIC photo.


def cf10():
    issued, asof, due, ent = D(2026, 3, 4), D(2026, 2, 28), D(2026, 3, 19), D(2026, 2, 16)
    acc, lastp = D(2025, 12, 22), D(2025, 10, 6)
    P, I, R = 947_318, 18_602, 19.9
    L = late(P, R, acc + timedelta(1), asof)
    T = add(P, I, L)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 181, 13, color=None, fill=NITTELE))
    p.at(19, 20, "NITTELE", size=16, font="sans-bold", color=WHITE)
    p.at(52, 20, "ニッテレ債権回収株式会社", size=12, font="sans-bold", color=WHITE)
    p.at(192, 20, "法務大臣許可　第７号", size=9.5, color=WHITE, align="r")
    p.y = 30
    p.at(196, 32, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 37, "受託番号　NT-0304-5529", size=9.5, align="r")
    p.line("〒950-0000　新潟県新潟市中央区すいかずら坂九丁目9番9号", size=9.8)
    p.line("芦苅　智子　様", size=14)
    p.gap(5)
    p.title("債権管理回収業務受託のお知らせ", size=15.5, color=NITTELE)
    p.para("拝啓　平素は格別のご高配を賜り、厚く御礼申し上げます。")
    p.para(f"当社は、株式会社くいなの銀行（以下「委託者」）より、貴殿と委託者との間のカードローン契約に基づく債権について、"
           f"{era(ent)}付で管理及び回収業務の委託を受けました。今後のお支払い・ご相談は当社までお願いいたします。")
    p.para("なお、本件債権の債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領いたします。")
    p.para(f"貴殿は{era(acc)}をもって期限の利益を喪失されておりますので、下記ご請求額を{era(due)}（{wd(due)}）までに"
           "一括してお支払いくださいますようお願いいたします。")
    p.line("敬具", align="r")
    y = p.y + 3
    p.add(Box(15, y, 88, 50, 0.4, NITTELE))
    p.add(Box(15, y, 88, 7, color=None, fill=NITTELE))
    p.at(19, y + 5, "委託者（ご契約先）", size=9.5, font="sans-bold", color=WHITE)
    for i, s in enumerate(["株式会社くいなの銀行", "ご契約　くいなのカードローン", "ご利用限度額　1,500,000円",
                           f"最終ご入金日　{era(lastp)}", f"期限の利益喪失日　{era(acc)}", "口座番号　2207-118643"]):
        p.at(19, y + 13 + i * 6.2, s, size=9.3)
    p.add(Box(108, y, 88, 50, 0.4, NITTELE))
    p.add(Box(108, y, 88, 7, color=None, fill=NITTELE))
    p.at(112, y + 5, f"ご請求額（{era(asof)}現在）", size=9.5, font="sans-bold", color=WHITE)
    for i, (lab, v) in enumerate((("ご融資残高", P), ("未収利息", I), (f"遅延損害金（年{R}％）", L))):
        p.at(112, y + 14 + i * 7, lab, size=9.5)
        p.at(192, y + 14 + i * 7, f"{v:,}円", size=9.5, align="r")
    p.add(Line(112, y + 33, 192, y + 33, 0.5))
    p.at(112, y + 40, "ご請求額合計", size=10.5, font="sans-bold")
    p.at(192, y + 40, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.at(112, y + 47, f"お支払期限　{era(due)}（{wd(due)}）", size=9.5, font="sans-bold", color=RED)
    p.y = y + 56
    p.para("■お振込先　くいなの銀行　うつぎ町支店　普通預金　5529304　ニツテレサイケンカイシユウ（カ　※振込名義の前に"
           "受託番号の数字（03045529）をご入力ください。", size=9, indent="")
    p.para("■お支払いが難しい場合は、お支払期限までに下記までご相談ください。ご返済方法についてご提案いたします。", size=9,
           indent="")
    p.para("■委託者からの業務委託のご案内は同封の別紙をご覧ください。", size=9, indent="")
    y = p.y + 2
    p.add(Box(15, y, 181, 15, 0.3, GRAY, (0.95, 0.96, 0.99)))
    p.at(19, y + 6, "お問い合わせ　ニッテレ債権回収株式会社　新潟オフィス　〒950-0000 新潟県新潟市中央区ゆずりは通9-9-9",
         size=8.5)
    p.at(19, y + 11.5, "フリーダイヤル 0120-000-734（平日 9:00～18:00）　担当 鞘師", size=9.5, font="sans-bold")
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-734", creditor="株式会社くいなの銀行", status="licensed",
               original="株式会社くいなの銀行", debtor="芦苅智子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=None, reference="NT-0304-5529", input_kind="photo_heic",
               template="proxy75_servicer_entrustment_two_cards_heic", received=D(2026, 3, 6))
    return dict(stem="cf10", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.3, bow=6),
                about="assignment_notice (受託通知: real servicer collects for a bank)",
                unusual="iPhone HEIC on a dark cloth with creases, a slight bulge and a lamp glare; real servicer ★ ニッテレ "
                        "債権回収 with 「法務大臣許可　第７号」 (full-width) in white inside a blue header band with the Latin "
                        "「NITTELE」; a 受託 (entrustment), NOT a sale: the bank stays the 債権者 (creditor = the bank, no "
                        "assignment date; the 受託日 2/16 is not an 譲渡日); two framed cards side by side: 委託者（ご契約先） "
                        "(ご利用限度額 1,500,000 and 口座番号 as distractors) and ご請求額 as of 2/28 (≠ 発行日 3/4) with "
                        "ご融資残高 / 未収利息 / 遅延損害金（年19.9％） / ご請求額合計; the 8-digit 03045529 in the transfer "
                        "note as a distractor")


# ---------------------------------------------------------------------------------------------
# cf11 仮執行宣言付支払督促 (三次簡裁), real servicer creditor, one dense page scanned into an image PDF.


def cf11():
    issued, order, served = D(2026, 4, 22), D(2026, 3, 11), D(2026, 3, 16)
    filed, kfiled = D(2026, 2, 27), D(2026, 4, 6)
    acc, lastp, asg = D(2025, 1, 14), D(2024, 10, 27), D(2025, 6, 30)
    P, R, C1, C2 = 615_900, 14.6, 5_176, 1_334
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = add(P, L, C)
    case = "令和８年（ロ）第３８号"
    p = Page(font="serif", size=10, top=14, leading=1.5)
    p.at(15, 18, f"{case}　譲受債権請求督促事件", size=10)
    p.y = 22
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    y = p.y
    p.add(Box(15, y, 181, 34, 0.3))
    p.add(Line(35, y, 35, y + 34, 0.3))
    p.add(Line(15, y + 19, 196, y + 19, 0.3))
    p.at(25, y + 11, "債権者", size=10, align="c")
    for i, s in enumerate(["〒730-0000 広島県広島市中区ひめしゃら坂九丁目9番9号", "エム・ユー・フロンティア債権回収株式会社",
                           "代表者代表取締役　大楽　昌平", "（送達場所　同社広島センター　電話 082-000-6418）"]):
        p.at(38, y + 4.5 + i * 4.2, s, size=9 if i != 1 else 10)
    p.at(25, y + 27.5, "債務者", size=10, align="c")
    p.at(38, y + 24.5, "〒728-0000 広島県三次市みずならヶ丘九丁目9番9号", size=9)
    p.at(38, y + 30.5, "久木留　大輔", size=11)
    p.y = y + 37
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10)
    p.line("請求の趣旨", font="serif-bold")
    rows = [["譲受債権元金", f"{P:,}"],
            [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}　年14.6％）", f"{L:,}"],
            ["督促手続費用", f"{C1:,}"], ["仮執行宣言の手続費用", f"{C2:,}"], ["合計", f"{T:,}"]]
    p.table([["項目", "金額（円）"]] + rows, [130, 45], x=18, header=True, aligns="lr", size=9.5, row_h=6.6, font="serif")
    p.gap(1.2)
    p.para(f"上記譲受債権元金に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", size=9.3,
           indent="")
    p.line("請求の原因", font="serif-bold")
    for s in (f"１　債務者は、株式会社ほしがらすカードとの間で令和元年8月2日カード利用契約を締結し、借入れをしたが、{era(lastp)}"
              f"の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"２　株式会社ほしがらすカードは、{era(asg)}、上記債権を債権者に譲渡し、同年7月8日、債務者にその旨通知した。"):
        p.para(s, size=9.3, indent="")
    p.gap(1)
    p.para(f"上記支払督促は{era(order)}に発せられ、{era(served)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てを"
           "しなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=9.6)
    p.line("上記支払督促に、手続費用を付加して仮執行の宣言をする。", size=10, font="serif-bold", x=25)
    p.gap(1)
    p.line(f"{fw(era(issued))}", x=112, size=10)
    p.line("三次簡易裁判所　裁判所書記官　勢志　和彦", x=112, size=10)
    p.seal(190, p.y - 6, 11, "square", "三次簡易裁判所書記官印", angle=-2, seed=75111)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 26, 0.3, None, SHADE))
    for i, s in enumerate(["（この書面を受け取った方へ）",
                           "・この仮執行宣言付支払督促の送達を受けた日から２週間以内に、督促異議を申し立てることができます。",
                           "・申立てをしないと、この支払督促は確定判決と同一の効力を有し、強制執行を受けることがあります。",
                           "・お問い合わせ　三次簡易裁判所　民事受付　電話 0824-00-2605"]):
        p.at(19, y + 6 + i * 5.6, s, size=9.2, font="serif-bold" if i == 0 else "serif")
    p.y = y + 30
    p.line(f"（仮執行宣言申立日　{era(kfiled)}　／　支払督促申立日　{era(filed)}）", size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="三次簡易裁判所", phone="0824-00-2605",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed",
               original="株式会社ほしがらすカード", debtor="久木留大輔", total=T, principal=P, interest=None,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=asg, reference=case, input_kind="pdf_scan",
               template="proxy75_enforceable_order_one_page_party_box", received=D(2026, 4, 24))
    return dict(stem="cf11", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order_enforceable (簡裁, real servicer creditor, one scanned page)",
                unusual="the whole 仮執行宣言付支払督促 of 三次簡裁 on ONE dense serif page scanned into an image PDF: the "
                        "parties in a ruled box with the creditor ★ エム・ユー・フロンティア債権回収 (no licence number in the "
                        "registry or on the paper → licensed, licence null) and its 送達場所 phone (distractor); 請求の趣旨 as "
                        "a table with a 「金額（円）」 header (no 円 in the cells) and TWO cost rows (督促手続費用 / 仮執行宣言"
                        "の手続費用 → costs = sum); no interest row (null); the running item below; the 支払督促 date 3/11 and "
                        "its 送達 3/16 in one sentence; two 申立日 in a bracket at the foot; the court's phone only in the "
                        "shaded instruction box")


# ---------------------------------------------------------------------------------------------
# cf12 real servicer 住宅債権管理回収機構 (第91号): 一括請求 after a 競売 with the 配当 充当 page; 2 pages digital.


def cf12():
    issued, due = D(2026, 4, 20), D(2026, 5, 15)
    subro, acc, lastp, asg, div = D(2025, 1, 24), D(2024, 11, 28), D(2024, 7, 31), D(2025, 10, 31), D(2026, 3, 10)
    R = 14.0
    S0 = 24_905_612
    L0 = late(S0, R, subro + timedelta(1), div)
    DIV = 17_450_000
    to_l = L0
    to_p = DIV - to_l
    P = S0 - to_p
    assert to_l + to_p == DIV and P > 0
    L = late(P, R, div + timedelta(1), issued)
    T = add(P, L)
    case = "令和６年（ケ）第８７号"
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "株式会社住宅債権管理回収機構", size=13, font="sans-bold", color=FOREST)
    p.add(Line(15, 21.5, 100, 21.5, 0.8, FOREST))
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　JK-0917-2264", size=10, align="r")
    p.y = 30
    p.line("〒963-0000　福島県郡山市ななかまど台九丁目9番9号", size=10)
    p.line("漆崎　美奈子　様", size=13.5)
    p.gap(2)
    for s in ("株式会社住宅債権管理回収機構　東北債権管理グループ", "法務大臣許可番号　第91号",
              "〒980-0000 宮城県仙台市宮城野区のいばら通9-9-9", "電話　0120-000-491（平日9時～17時30分）"):
        p.line(s, x=112, size=9)
    p.gap(4)
    p.title("配当金充当のご報告及び残債務の一括ご請求", size=14)
    p.para(f"当社は、{wdate(asg)}、みつまた保証株式会社（以下「譲渡人」）から、同社が貴殿に対して有する求償債権を譲り"
           "受けました（同日付でご通知済み）。")
    p.para(f"福島地方裁判所郡山支部{case}担保不動産競売事件において、{wdate(div)}の配当期日に当社は配当を受け、"
           "これを下記のとおり貴殿の債務に充当いたしました（充当の明細は別紙のとおり）。")
    p.para("しかしながら、なお下記の残債務がございますので、お支払期限までに一括してお支払いくださいますようお願い"
           "申し上げます。一括でのお支払いが困難な場合は、期限までに必ずご連絡ください。")
    p.gap(1)
    p.line(f"■ご請求額（{wdate(issued)}現在）", font="sans-bold")
    rows = [["配当充当後残元金", f"{P:,}円"],
            [f"配当期日翌日以降の遅延損害金（{div.month}/{div.day + 1}～{issued.month}/{issued.day}・年{R:.0f}%）", f"{L:,}円"],
            ["一括ご請求額", f"{T:,}円"]]
    p.table(rows, [125, 45], x=20, aligns="lr", size=10, row_h=8, ruled="grid", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 11, 0.8, FOREST))
    p.at(24, y + 7.5, f"お支払期限　{wdate(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 15
    p.line("■ご参考（お借入れの経過）", font="sans-bold")
    p.kv([("当初ご融資", "平成26年6月　株式会社きくいただき銀行　住宅ローン　金28,000,000円"),
          ("最終ご返済日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)),
          ("代位弁済日", f"{wdate(subro)}（みつまた保証株式会社）"), ("債権譲受日", wdate(asg)),
          ("配当期日", wdate(div))], x=24, label_w=36, size=9.5)
    p.para("■お振込先　きくいただき銀行　郡山中央支店　普通預金　7092264　ジユウタクサイケンカンリカイシユウキコウ", size=9,
           indent="")
    p.para(f"※残元金に対しては、{wdate(div + timedelta(1))}から完済まで年{R:.0f}％の割合による遅延損害金が日々発生いたします。",
           size=8.8, indent="")
    q = Page(font="sans", size=10, top=18)
    q.line("別紙　配当金充当明細書", align="c", size=13, font="sans-bold")
    q.gap(3)
    q.kv([("事件番号", f"福島地方裁判所郡山支部　{case}"), ("配当期日", wdate(div)),
          ("売却代金", "金18,300,000円"), ("当社配当額", f"金{DIV:,}円")], x=20, label_w=30, size=10)
    q.gap(3)
    rows = [["項目", "配当前残高", "充当額", "充当後残高"],
            ["求償元金", f"{S0:,}", f"{to_p:,}", f"{P:,}"],
            [f"遅延損害金（{subro.month}/{subro.day + 1}～{div.month}/{div.day}）", f"{L0:,}", f"{to_l:,}", "0"],
            ["計", f"{S0 + L0:,}", f"{DIV:,}", f"{P:,}"]]
    q.table(rows, [62, 38, 36, 38], x=18, header=True, aligns="lrrr", size=9.6, row_h=8)
    q.line("（単位：円）", align="r", size=8.5)
    q.gap(2)
    q.para("※配当金は、民法の定めに従い、遅延損害金、元金の順に充当いたしました。※手続費用は裁判所において別途精算されて"
           "おります。", size=9.2, indent="")
    q.para("※本明細の内容についてのお問い合わせは、お客様番号をお知らせのうえ、東北債権管理グループまでお願いいたします。",
           size=9.2, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="0120-000-491", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="みつまた保証株式会社", debtor="漆崎美奈子", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="JK-0917-2264", input_kind="pdf_text_2page",
               template="proxy75_servicer_lump_sum_after_auction_allocation_page", received=D(2026, 4, 22))
    return dict(stem="cf12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer 一括請求 after a 競売, 2 pages)",
                unusual="real servicer ★ 株式会社住宅債権管理回収機構 (prefix 株式会社) with 「法務大臣許可番号　第91号」 in the "
                        "sender lines; 配当金充当のご報告及び残債務の一括ご請求 after a 郡山支部 (ケ) auction; the servicer "
                        "bought the guarantor's 求償債権 BEFORE the 配当 (譲受 2025-10-31, 配当期日 2026-03-10); a 3-row shaded "
                        "table 配当充当後残元金 / 配当期日翌日以降の遅延損害金（3/11～4/20・年14%） / 一括ご請求額 (no interest); "
                        "a kv history (当初ご融資 28,000,000 平成26年, 最終ご返済日, 喪失, 代位弁済日, 譲受日, 配当期日); p.2 "
                        "a 充当明細 table 配当前残高 / 充当額 / 充当後残高 with 売却代金 and 当社配当額 (all distractors); the "
                        "(ケ) number is not the reference (お客様番号 is)")


# ---------------------------------------------------------------------------------------------
# cf13 law office 受任通知兼ご請求書 for a card company, one-page fax.


def cf13():
    issued, due = D(2026, 5, 29), D(2026, 6, 12)
    acc, lastp = D(2026, 1, 26), D(2025, 11, 27)
    P, I, R = 318_640, 21_077, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = add(P, I, L)
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 20, "ＦＡＸ送信　（全１枚）", size=11, font="sans-bold")
    p.at(196, 20, era(issued), size=10.5, align="r")
    p.y = 26
    p.line("國井　翔　様", size=14)
    p.line("（ご住所　福岡県北九州市小倉北区さざんか坂9-9-9）", size=9)
    p.gap(2)
    p.title("受任通知兼ご請求書", size=16)
    p.para("当職らは、株式会社ぐみの木カード（以下「通知人」）から、貴殿に対する債権の回収について委任を受けました。"
           "今後、本件に関するご連絡は、通知人ではなく当事務所までお願いいたします。")
    p.para(f"貴殿は、通知人との間のクレジットカード会員契約に基づくお支払いを{era(lastp)}を最後に怠り、通知人からの催告にも"
           f"かかわらずお支払いがなかったため、{era(acc)}の経過をもって期限の利益を喪失しております。")
    p.para("つきましては、下記金額を下記期限までに、当事務所の預り金口座へ一括してお振込みください。")
    p.gap(1)
    rows = [["立替金残高", f"{P:,}円"], ["未払手数料", f"{I:,}円"],
            [f"遅延損害金（喪失日の翌日から本書作成日まで　年{R}%）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]]
    p.table(rows, [120, 46], x=22, aligns="lr", size=10.5, row_h=8.6, ruled="grid")
    p.gap(3)
    p.line(f"お支払期限　　{era(due)}（{wd(due)}）", x=22, size=13, font="sans-bold")
    p.line("お振込先　　　にしかぜ銀行　小倉支店　普通預金　3118402", x=22, size=10.5)
    p.line("口座名義　　　弁護士鞘師孝介預り金口", x=22, size=10.5)
    p.gap(2)
    p.para("期限までにお支払い又はご連絡のない場合は、通知人と協議のうえ、訴訟提起等の法的手続を執ることとなります。"
           "分割でのお支払いをご希望の場合は、期限までに当事務所へご連絡ください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(100, y, 96, 38, 0.5))
    for i, (s, sz) in enumerate((("鞘師・関本法律事務所", 12.5), ("〒802-0000 福岡県北九州市小倉北区もくせい通9-9-9", 9),
                                 ("通知人代理人　弁護士　鞘師　孝介", 10.5), ("同　　　　　　弁護士　関本　杏", 10.5),
                                 ("TEL 092-000-4186　FAX 092-000-4187", 10), ("当職事件番号　SS-2605-118", 10))):
        p.at(104, y + 7 + i * 5.6, s, size=sz, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender="鞘師・関本法律事務所", phone="092-000-4186",
               creditor="株式会社ぐみの木カード", status="not_applicable", debtor="國井翔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SS-2605-118", input_kind="fax_tiff",
               template="proxy75_law_office_mandate_demand_fax", received=issued)
    return dict(stem="cf13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:48 SAYASHI SEKIMOTO LAW 092-000-4187",
                about="collection_notice (law office 受任通知兼ご請求書 for a card company, fax)",
                unusual="one-page G4 fax 「ＦＡＸ送信　（全１枚）」 of a law office of two lawyers for a card company; "
                        "the addressee's address in brackets under the name; a 4-row ruled table 立替金残高 / 未払手数料 / "
                        "遅延損害金（喪失日の翌日から本書作成日まで） / ご請求金額; the due date as a bold line without a box; "
                        "the 預り金口 account (distractor); sender box bottom-right with TEL and FAX on one line (the FAX also "
                        "in the fax header) and 当職事件番号 SS-2605-118")


# ---------------------------------------------------------------------------------------------
# cf14 invented servicer せきれい債権回収 (第129号): 最終通告書, one-row horizontal amount table; scanned.


def cf14():
    issued, due = D(2026, 2, 12), D(2026, 2, 26)
    acc, lastp, asg = D(2024, 12, 2), D(2024, 9, 27), D(2025, 6, 30)
    P, I, R = 187_450, 6_321, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = add(P, I, L)
    p = Page(font="sans", size=10, top=14)
    stamp(p, 15, 12, "最終通告", color=RED, size=13, fill=RED)
    stamp(p, 44, 12, "親展", color=RED, size=11)
    p.at(196, 17, f"通知日　{jis(issued)}", size=10, align="r")
    p.at(196, 22.5, "お客様番号　0218-7730", size=10, align="r")
    p.y = 28
    p.line("〒890-0000 鹿児島県鹿児島市ねじばな通九丁目9番9号", size=9.8)
    p.line("檜森　由香　様", size=14)
    p.gap(6)
    p.title("最　終　通　告　書", size=19, color=RED)
    p.para(f"当社は、{jis(asg)}、株式会社ささやぶカードから貴殿に対する債権を譲り受け、再三にわたりご請求してまいりましたが、"
           "本日までご入金もご連絡もいただけておりません。")
    p.para("本書は当社からの最終のご通告となります。下記お支払期限までに、ご請求金額全額をお振込みください。"
           "期限を過ぎた場合は、何らの予告なく、裁判所に対する法的手続（支払督促・訴訟）に着手いたします。")
    p.gap(2)
    head = ["元金", "利息", f"遅延損害金（年{R:.0f}％）", "ご請求金額"]
    p.table([head, [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 36, 56, 49], x=15, header=True, aligns="rrrr",
            size=10.5, row_h=9)
    p.line(f"（{jis(issued)}現在の金額です）", x=15, size=8.5)
    p.gap(2)
    y = grid(p, 15, p.y, [36, 55, 36, 54], [
        ["原債権者", "株式会社ささやぶカード", "債権譲受日", jis(asg)],
        ["最終入金日", jis(lastp), "期限の利益喪失日", jis(acc)],
    ], h=7.5, size=9.2)
    p.y = y + 5
    y = p.y
    p.add(Box(15, y, 181, 13, 1.2, RED))
    p.at(20, y + 8.6, "お支払期限", size=12, font="sans-bold", color=RED)
    p.at(60, y + 8.8, f"{jis(due)}（{wd(due)}）15時まで", size=14, font="sans-bold")
    p.y = y + 18
    p.para("【お振込先】いわひばり銀行　本店営業部　普通預金　0218773　セキレイサイケンカイシユウ（カ", size=9.5, indent="")
    p.para("※お振込人名の前に、お客様番号の数字8桁をご入力ください。※期限内のご一括が困難な方は、必ず期限までにお電話"
           "ください。", size=9.0, indent="")
    p.gap(3)
    p.line("せきれい債権回収株式会社", x=110, size=12, font="sans-bold")
    for s in ("法務大臣許可番号　第129号", "〒810-0000 福岡県福岡市中央区ゆずりは通9-9-9", "回収管理部　担当　嶋袋",
              "TEL 0120-000-158（平日 9:00～19:00）"):
        p.line(s, x=110, size=9.2)
    p.seal(188, p.y - 20, 13, "square", "せきれい債権回収之印", angle=4, seed=75141)
    tr = truth(document_type="collection_notice", sender="せきれい債権回収株式会社", license_number=129,
               phone="0120-000-158", creditor="せきれい債権回収株式会社", status="unverified",
               original="株式会社ささやぶカード", debtor="檜森由香", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="0218-7730", input_kind="scan_png",
               template="proxy75_invented_servicer_final_notice_jis_dates", received=D(2026, 2, 16))
    return dict(stem="cf14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.3,
                about="collection_notice (invented servicer 最終通告書)",
                unusual="scanned 最終通告書 of an INVENTED servicer 「せきれい債権回収株式会社」 with 「法務大臣許可番号　第129号」 "
                        "(not in the registry → unverified); a filled red 最終通告 stamp and a framed 親展; EVERY date in JIS "
                        "era form R8.2.12 (no zero padding); a ONE-ROW horizontal amount table (元金 | 利息 | 遅延損害金（年20％） "
                        "| ご請求金額) above a shaded grid of dates; the due date 「R8.2.26（木）15時まで」 in a red frame; the "
                        "account number 0218773 close to the お客様番号 0218-7730 (distractor)")


# ---------------------------------------------------------------------------------------------
# cf15 SCAM postcard: a look-alike 「債権整理回収管理機構」 with a fake licence, 未納料金, 2-day deadline; phone photo.


def cf15():
    issued, due = D(2026, 6, 1), D(2026, 6, 3)
    A, B, C = 39_800, 12_100, 6_500
    T = A + B + C
    W, H = 148, 100
    p = Page(w=W, h=H, font="sans", size=7.6, left=7, right=7, top=6, leading=1.42)
    p.add(Box(4, 4, W - 8, H - 8, 0.6, RED))
    p.at(W / 2, 12, "債権回収最終通知書", size=13, font="sans-bold", align="c", color=RED)
    p.at(W - 8, 17.5, f"通知日　令和8年{issued.month}月{issued.day}日", size=7, align="r")
    p.at(8, 17.5, "管理番号　さ－４４１７", size=7.5, font="sans-bold")
    p.at(8, 23, "手代木　昭　様", size=9.5, font="sans-bold")
    p.y = 25
    p.para("貴殿がご利用になった動画・音楽配信サービスの未納利用料金について、契約会社より当機構が債権の譲渡を受け、"
           "回収業務を行っております。再三の通知にもかかわらずお支払いがないため、本通知をもって最終通知とします。",
           x0=8, x1=W - 8, size=7.6)
    p.para("期限までにご連絡なき場合は、民事訴訟の手続に移行し、裁判所の許可のもと給与・預貯金・不動産等の差押えを執行"
           "いたします。取下げのご相談はご本人様より担当までお電話ください。", x0=8, x1=W - 8, size=7.6)
    y = p.y + 1
    p.add(Box(8, y, 64, 22, 0.4))
    for i, (lab, v) in enumerate((("未納利用料金", A), ("延滞損害金", B), ("回収手数料", C))):
        p.at(10, y + 5 + i * 4.6, lab, size=7.3)
        p.at(70, y + 5 + i * 4.6, f"{v:,}円", size=7.3, align="r")
    p.add(Line(10, y + 16, 70, y + 16, 0.3))
    p.at(10, y + 20, "ご請求合計", size=8, font="sans-bold")
    p.at(70, y + 20, f"{T:,}円", size=9, font="sans-bold", align="r", color=RED)
    p.add(Box(76, y, 64, 22, 0.8, RED))
    p.at(108, y + 6, "取下げ最終期日", size=8, font="sans-bold", align="c", color=RED)
    p.at(108, y + 13.5, f"{due.month}月{due.day}日（{wd(due)}）17時", size=11, font="sans-bold", align="c", color=RED)
    p.at(108, y + 19, "※期日を過ぎますと取下げできません", size=6, align="c")
    p.y = y + 25
    p.at(8, p.y + 2, "株式会社債権整理回収管理機構　（法務大臣許可番号　第305号）", size=7.8, font="sans-bold")
    p.at(8, p.y + 6.5, "東京都千代田区霞が関（法曹会館別館）　民事回収課", size=6.8)
    p.at(8, p.y + 11, "担当直通　080-0000-5293　受付 毎日 9:00～21:00（土日祝も対応）", size=7.8, font="sans-bold", color=RED)
    p.at(8, p.y + 15.2, "※ご家族・弁護士等へのご相談は手続が遅れる原因となりますのでお控えください。", size=6.3)
    stamp(p, 118, p.y + 6, "至急", color=RED, size=10, fill=RED)
    tr = truth(document_type="other", sender="株式会社債権整理回収管理機構", license_number=305, phone="080-0000-5293",
               creditor=None, status="not_licensed", original=None, debtor="手代木昭", total=T, principal=A, interest=None,
               late_damages=B, costs=C, rate=None, lump=False, issued=issued, payment_due=due, reference="さ-4417",
               is_scam=True, input_kind="photo_jpeg", template="proxy75_scam_lookalike_servicer_postcard",
               received=None)
    return dict(stem="cf15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(2300, 1700), bg="tatami", keystone=0.06, tilt=3.0, fill=0.8, warm=0.25),
                about="other (架空請求 postcard of a look-alike servicer)",
                unusual="postcard photographed on tatami: 「債権回収最終通知書」 from 「株式会社債権整理回収管理機構」 (a "
                        "look-alike of a real servicer's name) with a FAKE 「法務大臣許可番号　第305号」 → not_licensed; the "
                        "addressee's name on the message side under the 管理番号; 未納利用料金 / 延滞損害金 / 回収手数料 / ご請求合計 in "
                        "a small box; a red 取下げ最終期日 「6月3日（水）17時」 two days after the 通知日; address 「霞が関"
                        "（法曹会館別館）」 without a number; a 080 担当直通 open every day; 「弁護士等へのご相談は…お控え"
                        "ください」; a hiragana 管理番号 さ－４４１７; the creditor is only 「契約会社」")


# ---------------------------------------------------------------------------------------------
# cf16 信用組合 催告書 (car loan, three missed instalments), photo stored sideways (EXIF 6).


def cf16():
    R = 14.0
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    lastp = D(2025, 8, 25)
    inst = [(D(2025, 9, 25), 31_460, 2_840), (D(2025, 10, 27), 31_552, 2_748), (D(2025, 11, 25), 31_645, 2_655)]
    rows = []
    for d, pr, it in inst:
        lt = late(pr + it, R, d + timedelta(1), issued)
        rows.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = add(P, I, L)
    assert sum(r[4] for r in rows) == T
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, 0.8, ORANGE))
    p.at(20, 19.6, "浜", size=12, font="sans-bold", color=ORANGE, align="c")
    p.at(28, 18, "はまなでしこ信用組合", size=14, font="sans-bold", color=ORANGE)
    p.at(28, 22.5, "融資部　管理課", size=8.5)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "照会番号　AZ-1205-0316", size=10, align="r")
    p.y = 30
    p.line("〒020-0000　岩手県盛岡市まつむし通九丁目9番9号", size=10)
    p.line("楠元　悟　様", size=14)
    p.gap(6)
    p.title("催　告　書", size=18)
    p.line("（マイカーローン　ご返済遅延について）", align="c", size=10)
    p.gap(2)
    p.para("毎々格別のお引き立てをいただき、ありがとうございます。")
    p.para(f"さて、貴殿のマイカーローンにつきまして、{era(lastp)}のご返済を最後に、下記のとおり３回分のご返済が遅延して"
           "おります。これまで電話及び書面にてご入金をお願いしてまいりましたが、現在までご入金を確認できておりません。")
    p.para("つきましては、下記遅延金額を、お支払期限までにご返済口座へご入金くださいますよう、本書をもって催告いたします。")
    p.gap(1)
    head = ["約定返済日", "遅延元金", "遅延利息", "遅延損害金", "計"]
    body = [[era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{s:,}"] for d, pr, it, lt, s in rows]
    body.append(["合　計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [42, 34, 34, 34, 37], x=15, header=True, aligns="crrrr", size=9.6, row_h=7.6)
    p.gap(1.2)
    p.line(f"（単位：円）　遅延損害金は各回の元利金に対し年{R:.1f}％、約定返済日の翌日から本書作成日までの日割計算", x=15,
           size=8.2)
    p.line("※10月分は約定日（25日）が土曜日のため、翌営業日の27日を返済日としております。", x=15, size=8.2)
    p.gap(3)
    grid(p, 15, p.y, [40, 141], [["お支払期限", f"{era(due)}（{wd(due)}）"], ["ご入金額", f"{T:,}円"],
                                 ["ご返済口座", "当組合 本店　普通預金 6031602　クスモト　サトル"]], h=8.4, size=10.5,
         bold={(0, 1), (1, 1)})
    p.y += 3 * 8.4 + 4
    p.para("期限までにご入金がない場合は、ローン契約書第9条の定めにより期限の利益を喪失し、残元金全額（現在 1,486,230円）を"
           "一括してご請求することとなります。また、保証人様にもご請求させていただくことがございます。", size=9.6)
    p.para("ご事情によりご入金が難しい場合は、お早めに融資部管理課（電話 019-000-7420）までご相談ください。", size=9.6)
    p.para("※本書と行き違いにご入金の節は、悪しからずご容赦ください。", size=8.8, indent="")
    p.seal(186, 36, 13, "square", "はまなでしこ信用組合之印", angle=2, seed=75161)
    tr = truth(document_type="collection_notice", sender="はまなでしこ信用組合", phone="019-000-7420",
               creditor="はまなでしこ信用組合", status="not_applicable", debtor="楠元悟", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="AZ-1205-0316", input_kind="photo_exif_rotated",
               template="proxy75_credit_union_arrears_three_rows_rotated", received=D(2025, 12, 8))
    return dict(stem="cf16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.5, creases=2, shadow=0.22, shadow_side="right", fill=0.85),
                about="collection_notice (信用組合 催告書, three missed car-loan instalments)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with tri-fold creases and a hand "
                        "shadow; a 信用組合 (no 株式会社) with a one-kanji orange mark; 照会番号 top-right; a 5-column table of "
                        "three missed instalments (遅延元金 / 遅延利息 / 遅延損害金 / 計) with a 合計 row and the 円 only in "
                        "「（単位：円）」; the 10/25 → 10/27 business-day note; a shaded grid with the due date and 「ご入金額」; "
                        "arrears only (lump false, no 喪失 date); 残元金全額（現在 1,486,230円） and ローン契約書第9条 as "
                        "distractors; the phone only inside a sentence")


LETTERS = [cf09, cf10, cf11, cf12, cf13, cf14, cf15, cf16]
