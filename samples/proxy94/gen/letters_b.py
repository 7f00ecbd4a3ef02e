"""Proxy set 94, letters cy09–cy16: "court papers and lawyers' letters, seventh round". A real servicer's 強制執行予告
after a 地裁 判決 by fax, two lawyers' 縦書き 催告書 for a 信用金庫 (arrears only, absolute deadline), a 鳥取簡裁
和解に代わる決定, a law office's 求償金 demand for a guarantee company, a 佐賀簡裁 呼出状 after a 督促異議 (the (ロ) case
moved to (ハ)), a law office's 和解案 by fax on two pages, a scam 「訴訟告知」 of a fake servicer-like body, and a
松江簡裁 特定調停 調停調書 with a real servicer as 相手方."""

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
TEAL = (0.05, 0.35, 0.40)


def fera(d: D) -> str:
    return fw(era(d))


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def vera(pages) -> None:
    """No 縦書き column ends inside an era name (令|和, 平|成)."""
    cols = [it for pg in pages for it in pg.items if isinstance(it, VText)]
    for a, b in zip(cols, cols[1:], strict=False):
        assert not (a.s[-1:] in "令平" and b.s[:1] in "和成"), (a.s[-6:], b.s[:6])


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# cy09 ★ ニッテレ債権回収 催告書 (判決に基づく強制執行予告), one-page fax.


def cy09():
    R = 14.0
    issued, due = D(2026, 6, 5), D(2026, 6, 19)
    lastp, acc = D(2025, 3, 26), D(2025, 5, 20)
    P, I, C = 1_730_000, 64_215, 18_540
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L + C
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "NITTELE", size=15, font="sans-bold", color=TEAL)
    p.at(15, 25, "ニッテレ債権回収株式会社", size=10.5, font="sans-bold")
    p.at(15, 29.5, "法務大臣許可番号　第7号", size=8.5)
    p.at(196, 19, f"送信日：{wdate(issued)}", size=9.5, align="r")
    p.at(196, 24.5, "送信枚数：1枚", size=9.5, align="r")
    p.at(196, 30, "債権番号：NT-26-04418", size=9.5, align="r")
    p.y = 36
    p.line("藤間　信吾　様", size=13, x=18)
    p.line("（FAX 043-000-2290 宛）", size=8.5, x=18)
    p.gap(2)
    p.add(Box(15, p.y, 181, 11, color=None, fill=(0.15, 0.15, 0.15)))
    p.at(105.5, p.y + 7.8, "催　告　書（強制執行のご予告）", size=14, font="sans-bold", align="c", color=WHITE)
    p.y += 15
    p.para("当社は、株式会社とびうめ銀行から貴殿に対する貸金債権を譲り受け、千葉地方裁判所に訴えを提起し、同裁判所の判決"
           "（令和7年(ワ)第1893号、令和7年12月3日言渡し）は既に確定しております。", size=9.8)
    p.para("しかしながら、現在に至るまで判決に基づくお支払いがございません。つきましては、下記の金額を下記期限までに一括"
           "してお支払いください。期限までにお支払い又はご連絡のない場合、当社は上記判決に基づき、給与・預金等に対する"
           "強制執行（差押え）の申立てを行います。", size=9.8)
    p.gap(2)
    rows = [["内　訳", "金　額", "備　考"],
            ["判決元金", f"{P:,}円", "残元金"],
            ["未払利息", f"{I:,}円", "期限の利益喪失日まで"],
            ["遅延損害金", f"{L:,}円", f"{era(acc + timedelta(1))}～{era(issued)}・年14％"],
            ["訴訟費用（確定額）", f"{C:,}円", "訴訟費用額確定処分による"],
            ["ご請求額合計", f"{T:,}円", f"{era(issued)}現在"]]
    p.table(rows, [48, 40, 80], x=22, header=True, aligns="lrl", size=9.5, row_h=7.5)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 168, 13, 1.1))
    p.at(27, y + 8.6, "お支払期限", size=11.5, font="sans-bold")
    p.at(62, y + 8.8, f"{wdate(due)}（{wd(due)}）15時まで", size=13, font="sans-bold")
    p.y = y + 17
    p.para("お振込先　ちば湾岸銀行 本店営業部 当座預金 0418802 ニッテレサイケンカイシュウ（カ　※ご依頼人名の前に債権番号の"
           "下5桁（04418）をご入力ください。", size=9.3, indent="")
    p.para(f"（ご参考）原債権者 株式会社とびうめ銀行　最終ご返済日 {era(lastp)}　期限の利益喪失日 {era(acc)}　"
           "当初ご融資額 2,500,000円（平成29年7月）", size=9.0, indent="")
    p.para("分割によるお支払いをご希望の場合も、必ず上記期限までにお電話ください。本状と行き違いにお支払いの際はご容赦ください。",
           size=9.0, indent="")
    p.gap(4)
    for s, sz, f in (("ニッテレ債権回収株式会社　千葉管理センター", 10.5, "sans-bold"),
                     ("〒260-0000 千葉市中央区ふなばり九丁目9番9号", 8.8, "sans"),
                     ("TEL 0120-000-771（平日9:00～18:00）　FAX 043-000-7712", 9.5, "sans"),
                     ("担当　安彦", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(189, p.y - 25, 12, "square", "ニッテレ債権回収印", angle=2, seed=94091)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-771", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社とびうめ銀行", debtor="藤間信吾", total=T, principal=P, interest=I, late_damages=L,
               costs=C, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="NT-26-04418", input_kind="fax_tiff",
               template="proxy94_servicer_execution_warning_after_judgment_fax", received=issued)
    return dict(stem="cy09", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:42 NITTELE CHIBA 043-000-7712",
                about="collection_notice (real servicer 強制執行予告 after a judgment, one-page fax)",
                unusual="one-page G4 fax of ★ ニッテレ債権回収 (Latin 「NITTELE」, 「法務大臣許可番号　第7号」 under the name) "
                        "addressed to the debtor's own FAX number; a black title band 催告書（強制執行のご予告）; the 千葉地裁 "
                        "(ワ) case number and its 判決 date in the prose (distractors: the reference is the 債権番号); a "
                        "3-column table 内訳 / 金額 / 備考 with 判決元金 / 未払利息 / 遅延損害金 / 訴訟費用（確定額） → costs / "
                        "ご請求額合計; a framed due date with 「15時まで」; the last five digits 04418, 当初ご融資額 2,500,000 "
                        "and the FAX number as distractors")


# ---------------------------------------------------------------------------------------------
# cy10 two lawyers' 縦書き 催告書 for a 信用金庫: three missed instalments, absolute deadline, conditional acceleration.


def cy10():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    lastp = D(2025, 10, 31)
    inst = [(D(2025, 11, 30), 62_000, 4_902), (D(2025, 12, 31), 62_000, 4_795), (D(2026, 1, 31), 62_000, 4_685)]
    # the due dates that fall on a weekend move to the next business day
    rows = []
    for d, pr, it in inst:
        dd = d
        while dd.weekday() >= 5:
            dd += timedelta(1)
        rows.append((dd, pr, it, late(pr, R, dd + timedelta(1), issued)))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、やまびこ信用金庫（以下「通知人」という。）の代理人として、貴殿に対し、以下のとおり通知"
                 "いたします。"),
        ("body", "貴殿は、通知人との間の令和五年九月二十九日付金銭消費貸借契約（事業資金、当初貸付金額金三百万円）に"
                 f"基づく毎月末日限りの約定返済を、{kdate(lastp)}の返済を最後に、三回にわたり怠っております。"),
        ("body", f"つきましては、延滞中の左記金員合計{kyen(T)}を、{kdate(due)}限り、通知人本店営業部の貴殿名義返済用口座"
                 "にご入金ください。"),
        ("indent", "記"),
        ("indent", f"一　延滞元金　　{kyen(P)}"),
        ("indent", f"二　延滞利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", "　　　（各返済日の翌日から本書作成日まで年十四パーセント）"),
        ("indent", f"　　合計　　　　{kyen(T)}"),
        ("body", "右期限までにお支払いのないときは、同契約第八条により、右期限の経過をもって貴殿は期限の利益を喪失し、残元金"
                 "全額を一括してお支払いいただくこととなり、保証人に対しても請求いたしますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "沖縄県那覇市うりずん通九丁目九番九号"),
        ("low", "杢谷・瀧上法律事務所"),
        ("low", "通知人代理人弁護士　杢谷　誠"),
        ("low", "同　　　　　弁護士　瀧上　千尋"),
        ("low", "電話　〇九八（〇〇〇）五五二六"),
        ("low", "当職整理番号　ＹＢ２６－００８"),
        ("blank", ""),
        ("low", "沖縄県浦添市ていだ坂九丁目九番九号"),
        ("low", "瀬長　保　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vera(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 94101))
    for name, sd in (("杢谷　誠", 94102), ("瀧上　千尋", 94103)):
        xs = [it.x for it in pg.items if isinstance(it, VText) and name in it.s]
        pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "maru", name[:2], angle=4, seed=sd))
    tr = truth(document_type="collection_notice", sender="杢谷・瀧上法律事務所", phone="098-000-5526",
               creditor="やまびこ信用金庫", status="not_applicable", debtor="瀬長保", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None, last_payment=lastp,
               reference="YB26-008", input_kind="vertical_scan",
               template="proxy94_vertical_two_lawyers_shinkin_arrears_kagiri", received=D(2026, 2, 9))
    return dict(stem="cy10", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (two lawyers for a 信用金庫, 縦書き 内容証明, arrears only)",
                unusual="縦書き 催告書 of a law office of TWO lawyers (代理人弁護士 / 同 弁護士, two 認印) for a 信用金庫, "
                        "scanned with the 内容証明 stamp: arrears of THREE instalments only (延滞元金 / 延滞利息 / 遅延損害金 "
                        "per instalment from each 返済日, weekend days moved), the total ALSO in the sentence before the 記; an "
                        "ABSOLUTE deadline 「令和八年二月二十日限り」; acceleration only threatened 「右期限の経過をもって」 "
                        "(lump false, acceleration null); 当初貸付金額金三百万円 and 契約第八条 as distractors; phone in kanji "
                        "digits; full-width 当職整理番号 ＹＢ２６－００８")


# ---------------------------------------------------------------------------------------------
# cy11 鳥取簡易裁判所 和解に代わる決定 (民訴275条の2), digital one page.


def cy11():
    issued = D(2026, 4, 22)
    monthly, n = 16_000, 24
    T = monthly * n
    case = "令和8年(ハ)第142号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(fw("令和8年（ハ）第142号") + "　立替金等請求事件", size=10.5)
    p.gap(6)
    p.title("決　　　　定", size=18, font="serif-bold")
    p.kv([("原　　告", "株式会社みなもクレジット"), ("同代表者代表取締役", "梅園　修一"),
          ("被　　告", "稲用　恵美")], x=36, label_w=42, size=10.5)
    p.gap(3)
    p.para("当裁判所は、被告の資力その他の事情を考慮し、相当と認めるので、民事訴訟法２７５条の２第１項により、次のとおり"
           "和解に代わる決定をする。")
    p.gap(1)
    p.line("主　　　文", size=12, font="serif-bold", align="c")
    for s in (f"１　被告は、原告に対し、本件立替金等債務として金{T:,}円の支払義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員を、令和8年5月から令和10年4月まで毎月末日限り金{monthly:,}円ずつ"
              f"（{n}回）分割して、原告の指定する口座に振り込む方法により支払う。",
              f"３　被告が前項の分割金の支払を２回以上怠り、その額が金{monthly * 2:,}円に達したときは、当然に期限の利益を失い、"
              "被告は原告に対し、第１項の金員から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済み"
              "まで年14.6パーセントの割合による遅延損害金を支払う。",
              "４　原告のその余の請求を棄却する。",
              "５　訴訟費用は各自の負担とする。"):
        p.para(s, x0=24, x1=190, size=10.3, indent="")
    p.gap(2)
    p.line("理　　　由", size=12, font="serif-bold", align="c")
    p.para("原告は、被告に対し、立替金等残金486,530円及び遅延損害金の支払を求めたところ、被告は令和8年4月15日の第１回"
           "口頭弁論期日において請求原因事実を認め、分割払いによる和解を希望した。被告の収入及び生活状況、既払額等の事情を"
           "考慮すると、上記のとおり支払わせることが相当である。", x0=24, x1=190, size=10, indent="　")
    p.gap(3)
    p.line(f"　　{fera(issued)}", size=10.5)
    p.line("　　鳥取簡易裁判所", size=10.5)
    p.line("　　　　　裁判官　菅家　隆之", size=10.5)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 36, 0.5))
    p.add(Box(22, y, 166, 8, color=None, fill=SHADE))
    p.at(105, y + 5.7, "（注意）", size=10.5, font="serif-bold", align="c")
    for i, s in enumerate(["当事者は、この決定の告知を受けた日から２週間以内に、当裁判所に異議を申し立てることができます。",
                           "期間内に異議の申立てがないときは、この決定は裁判上の和解と同一の効力を有します。",
                           "異議の申立てがあったときは、この決定は効力を失い、訴訟手続が続行されます。",
                           "鳥取簡易裁判所民事係　〒680-0000 鳥取市からまつ沢九丁目9番9号　電話 0857-00-4142"]):
        p.at(26, y + 14 + i * 6.0, s, size=9.3)
    p.y = y + 42
    p.line(f"これは正本である。　{fera(issued)}　鳥取簡易裁判所　裁判所書記官　鶴巻田　恵", size=9.5, align="r")
    p.seal(182, p.y + 4, 13, "square", "鳥取簡易裁判所書記官印", angle=0, seed=94111)
    tr = truth(document_type="other", sender="鳥取簡易裁判所", phone="0857-00-4142",
               creditor="株式会社みなもクレジット", status="not_applicable", debtor="稲用恵美", total=T, rate=14.6,
               lump=False, issued=issued, payment_due=D(2026, 5, 31), reference=case, input_kind="pdf_text",
               template="proxy94_decision_in_lieu_of_settlement_tottori", received=D(2026, 4, 24))
    return dict(stem="cy11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (簡裁 和解に代わる決定, 信販 plaintiff)",
                unusual="digital 鳥取簡裁 決定 (和解に代わる決定, 民訴275条の2): title only 「決定」; 主文 with the acknowledged "
                        "384,000 (total, no components), 24 × 16,000 「令和8年5月から令和10年4月まで毎月末日限り」, a 32,000 "
                        "default threshold with 年14.6パーセント, 棄却 and 費用 clauses; the original claim 486,530 and the past "
                        "第１回口頭弁論期日 4/15 inside the 理由 (distractors); a (注意) box with the 2-week 異議 rule and the "
                        "court's phone; 正本 line and the clerk's seal at the foot")


# ---------------------------------------------------------------------------------------------
# cy12 law office (two lawyers) 求償金 demand for a guarantee company, digital one page.


def cy12():
    R = 14.6
    issued, due = D(2025, 11, 12), D(2025, 11, 28)
    lastp, acc, subro = D(2025, 6, 30), D(2025, 8, 19), D(2025, 9, 26)
    S = 3_418_270
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.add(Line(15, 13, 196, 13, 1.2, (0.25, 0.25, 0.25)))
    p.at(15, 21, "能條・越智谷法律事務所", size=14, font="sans-bold")
    p.at(15, 26, "NOJO & OCHIYA LAW OFFICE", size=7, color=GRAY)
    p.at(196, 19, "〒530-0000 大阪市北区なにわ堀九丁目9番9号 第九ビル12階", size=8, align="r")
    p.at(196, 23, "TEL 06-000-4418　FAX 06-000-4419", size=8, align="r")
    p.at(196, 27, "弁護士 能條 健太郎 ／ 弁護士 越智谷 彩（大阪弁護士会）", size=8, align="r")
    p.add(Line(15, 30, 196, 30, 0.3, (0.25, 0.25, 0.25)))
    p.y = 35
    p.line(f"{era(issued)}", align="r", size=10)
    p.line("当事務所事件番号　NO-2511-0087", align="r", size=9.5)
    p.y = 38
    p.line("関端　聡　様", size=13, x=18)
    p.line("兵庫県尼崎市ねむの坂九丁目9番9号", size=9, x=18)
    p.gap(4)
    p.title("ご通知（求償金のお支払いについて）", size=14.5)
    p.para("前略　当職らは、ほたるび保証株式会社（以下「依頼者」といいます。）の代理人として、貴殿に対し、以下のとおり"
           "ご通知いたします。")
    p.para(f"貴殿は、株式会社ひぐらし銀行との間の住宅ローン契約（平成31年3月22日付、当初借入額 金36,800,000円）について、"
           f"{era(lastp)}の返済を最後に返済を怠り、{era(acc)}、同行の請求により期限の利益を喪失されました。依頼者は、貴殿から"
           f"委託を受けた保証人として、{era(subro)}、同行に対し残債務全額を代位弁済しました。")
    p.para("よって、依頼者は貴殿に対し下記の求償債権を有しておりますので、下記期限までに全額を一括してお支払いください。")
    p.gap(2)
    y = grid(p, 30, p.y, [60, 90], [("求償元金（代位弁済額）", f"{S:,}円"),
                                     ("損害金（年14.6％）", f"{L:,}円"),
                                     ("ご請求金額", f"{T:,}円")], h=8.5, size=10.5, lsize=8.5, bold={(2, 1)})
    p.y = y + 1
    days = (issued - subro).days
    p.line(f"※損害金は、求償元金に対し{era(subro + timedelta(1))}から{era(issued)}まで（{days}日間）年365日の日割計算によります。",
           x=30, size=8.5)
    p.gap(2)
    b = p.line("お支払期限", x=30, size=11, font="sans-bold")
    p.at(62, b, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    p.gap(2)
    p.para("お振込先　りんくう中央銀行 梅田支店 普通預金 2204418 弁護士能條健太郎預り金（ベンゴシノウジョウケンタロウ）",
           size=9.5, indent="")
    p.para("期限までにお支払い又はご連絡がない場合、依頼者は、担保不動産（兵庫県尼崎市ねむの坂九丁目所在の土地建物）に"
           "ついて担保不動産競売の申立てを行う予定です。任意売却をご希望の場合も、期限までに当職らにご連絡ください。",
           size=9.5)
    p.para("本件に関するお問い合わせは、依頼者ではなく当職ら（担当事務 蓮田）までお願いいたします。", size=9.5)
    p.line("草々", align="r", size=10)
    p.gap(3)
    p.add(Box(18, p.y, 175, 16, 0.3, GRAY))
    for i, s in enumerate(["（ご参考）代位弁済日 " + era(subro) + "　代位弁済額 " + f"{S:,}円" + "　保証番号 HT-09-55120",
                           "依頼者の連絡先（貸金業登録番号 近畿財務局長(3)第01277号）は上記の理由によりお知らせしておりません。"]):
        p.at(21, p.y + 6 + i * 5.5, s, size=8.5)
    tr = truth(document_type="collection_notice", sender="能條・越智谷法律事務所", phone="06-000-4418",
               creditor="ほたるび保証株式会社", status="not_applicable", original="株式会社ひぐらし銀行", debtor="関端聡",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="NO-2511-0087", input_kind="pdf_text",
               template="proxy94_law_office_recourse_demand_for_guarantor_grid", received=D(2025, 11, 14))
    return dict(stem="cy12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (two lawyers for a guarantee company, 求償金)",
                unusual="digital letter of a two-lawyer firm (letterhead between two rules with a Latin line, TEL / FAX and "
                        "both lawyers top-right) for a guarantee company after a 代位弁済 of a housing loan; 前略 … 草々; a "
                        "shaded-label grid 求償元金（代位弁済額） / 損害金（…・年14.6％） / ご請求金額 (no interest); the due date "
                        "in red after a bold label; the bank's 喪失 date and the last payment in the prose; 当初借入額 "
                        "36,800,000, 保証番号, the 預り金 account and the guarantor's 貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# cy13 佐賀簡易裁判所 呼出状 after a 督促異議 ((ロ) → (ハ)), scanned; plaintiff a consumer lender.


def cy13():
    R = 20.0
    issued, hearing, answer = D(2026, 7, 9), D(2026, 8, 18), D(2026, 8, 7)
    filed = D(2026, 5, 11)
    lastp, acc = D(2026, 1, 26), D(2026, 3, 4)
    P, I, C = 263_900, 7_418, 3_180
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ハ)第366号"
    p = Page(font="sans", size=10.5, top=14)
    grid(p, 15, 12, [30, 70, 30, 51], [("事件番号", "令和8年(ハ)第366号", "旧事件番号", "令和8年(ロ)第1020号"),
                                      ("事件名", "貸金請求事件", "原告", "株式会社あさぎファイナンス")], h=8, size=9.5)
    p.y = 32
    p.title("口頭弁論期日呼出状", size=16)
    p.line("被告　吉留　和也　殿", size=12, x=20)
    p.gap(2)
    p.para("あなたから督促異議の申立てがありましたので、上記支払督促事件は、支払督促の申立ての時に当裁判所に訴えの提起が"
           "あったものとみなされ、通常の訴訟手続に移行しました。口頭弁論期日が下記のとおり定められましたので、出頭してください。",
           size=10)
    p.para("なお、下記期限までに答弁書を提出してください（督促異議申立書に記載した内容のほかに主張があれば記載してください）。",
           size=10)
    p.gap(1)
    p.table([["口頭弁論期日", f"{wdate(hearing)}（{wd(hearing)}）午前10時00分"],
             ["出頭場所", "佐賀簡易裁判所　2階　第2号法廷"],
             ["答弁書提出期限", f"{wdate(answer)}（{wd(answer)}）"]],
            [42, 120], x=24, aligns="ll", size=10.5, row_h=9, shade_col0=True)
    p.gap(4)
    p.line("【請求の内容】（支払督促申立書の請求の趣旨による）", size=10.5, font="sans-bold", x=20)
    rows = [["1", "貸金元金", f"{P:,}"], ["2", "利息（期限の利益喪失日まで）", f"{I:,}"],
            ["3", f"遅延損害金（{wdate(acc + timedelta(1))}～{wdate(filed)}・年20％）", f"{L:,}"],
            ["4", "督促手続費用", f"{C:,}"], ["", "請求額合計（円）", f"{T:,}"]]
    p.table(rows, [10, 112, 40], x=24, aligns="clr", size=9.8, row_h=7.2)
    p.para(f"5　上記1の金額に対する{wdate(filed + timedelta(1))}から完済まで年20％の割合による遅延損害金", x0=24, x1=190,
           size=9.5, indent="")
    p.para(f"（請求の原因の要旨）原告は令和4年10月3日被告に金400,000円を貸し付けた（利率年17.0％）。被告は{wdate(lastp)}の"
           f"返済を最後に支払を怠り、{wdate(acc)}の経過により期限の利益を喪失した。", x0=24, x1=190, size=9.3, indent="")
    p.gap(3)
    p.line(f"{wdate(issued)}", size=10.5, x=112)
    p.line("佐賀簡易裁判所　民事係", size=10.5, x=112)
    p.line("裁判所書記官　芝端　由紀", size=10.5, x=112)
    p.seal(184, p.y - 7, 13, "square", "佐賀簡易裁判所書記官印", angle=0, seed=94131)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 20, 0.3))
    for i, s in enumerate(["※期日に欠席し答弁書も提出しない場合、原告の請求どおりの判決がされることがあります。",
                           "※分割払いの話合い（和解）を希望する場合は、答弁書にその旨と月々の支払可能額を記入してください。",
                           "問合せ先　佐賀簡易裁判所民事係　電話 0952-00-3366（事件番号をお知らせください）"]):
        p.at(23, y + 6 + i * 5.6, s, size=9)
    tr = truth(document_type="lawsuit", sender="佐賀簡易裁判所", phone="0952-00-3366",
               creditor="株式会社あさぎファイナンス", status="not_applicable", debtor="吉留和也", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="scan_png",
               template="proxy94_summons_after_objection_ro_to_ha_saga", received=D(2026, 7, 13))
    return dict(stem="cy13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="lawsuit (簡裁 呼出状 after a 督促異議, lender plaintiff)",
                unusual="scanned 佐賀簡裁 口頭弁論期日呼出状 sent after the debtor's 督促異議: a shaded-label header grid with "
                        "the NEW (ハ) number AND the 旧事件番号 (ロ) side by side; no 「答弁書催告状」 in the title; western "
                        "年月日 dates everywhere; the 期日 / 場所 / 答弁書提出期限 as a table with a shaded first column; the "
                        "claim restated from the 支払督促申立書 as a 3-column table (貸金元金 / 利息 / 遅延損害金 / 督促手続費用 "
                        "/ 請求額合計（円）) and the running item 5; the 令和4年 loan 400,000 and 年17.0％ as distractors")


# ---------------------------------------------------------------------------------------------
# cy14 law office 和解のご提案 by fax, 2 pages (p.2 回答書); client a 信販 company.


def cy14():
    R = 14.6
    issued, reply = D(2026, 10, 2), D(2026, 10, 16)
    lastp, acc = D(2026, 4, 27), D(2026, 6, 9)
    P, I = 612_800, 33_940
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    settle, monthly, n = 600_000, 20_000, 30
    assert monthly * n == settle
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 20, 0.5))
    p.at(19, 16, "FAX送信票", size=12, font="sans-bold")
    p.at(19, 22.5, f"送信日：{slash(issued)}　　枚数：本紙含め2枚", size=9.5)
    p.at(19, 27.5, "宛先：竹葉　瑞穂　様（FAX 0155-00-8816）", size=9.5)
    p.at(192, 16, "一番ケ瀬法律事務所", size=10.5, font="sans-bold", align="r")
    p.at(192, 22.5, "TEL 03-0000-1482", size=9.5, align="r")
    p.at(192, 27.5, "FAX 03-0000-1483", size=9.5, align="r")
    p.y = 34
    p.line("当職整理番号　IK-2610-22", size=9.5, align="r")
    p.title("和解のご提案", size=15)
    p.para("拝啓　当職は、ささめ信販株式会社（以下「依頼者」）の代理人として、同社の貴殿に対する立替金債権についてご連絡"
           "しております。先日お電話でご相談いただいた分割でのお支払いにつき、依頼者の了解を得て、下記のとおり和解条件を"
           "ご提案いたします。")
    p.gap(1)
    p.line(f"１．現在のご債務額（{slash(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["立替金残元金", "未払手数料", "遅延損害金（年14.6％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 38, 50, 42], x=22, header=True, aligns="rrrr",
            size=9.5, row_h=8)
    p.line(f"（最終ご入金日 {slash(lastp)}　期限の利益喪失日 {slash(acc)}）", size=8.8, x=22)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10.5, font="sans-bold")
    for s in (f"（1）和解金額　{settle:,}円（上記合計との差額 {T - settle:,}円は、（2）を遅滞なく履行された場合に免除）",
              f"（2）お支払方法　2026年11月から2029年4月まで、毎月27日限り {monthly:,}円 × {n}回",
              f"（3）支払を2回以上怠り、その額が {monthly * 2:,}円 に達したときは期限の利益を失い、免除は効力を失います。"):
        p.para(s, x0=24, x1=190, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 15, 1.0))
    p.at(27, y + 9.5, "ご回答期限", size=11, font="sans-bold")
    p.at(58, y + 9.8, f"{slash(reply)}（{wd(reply)}）当職必着", size=13, font="sans-bold")
    p.y = y + 19
    p.para("ご了承いただける場合は、2枚目の回答書にご記入のうえ、上記期限までにFAX又は郵送でご返送ください。期限までに"
           "ご回答がない場合、依頼者は訴訟提起を含む法的手続を検討いたします。", size=9.6)
    p.line("敬具", align="r", size=10)
    p.gap(2)
    for s in ("一番ケ瀬法律事務所", "〒105-0000 東京都港区しばうら通九丁目9番9号", "弁護士　一番ケ瀬　遼（第二東京弁護士会）"):
        p.line(s, x=112, size=9.5)
    q = Page(font="sans", size=10.5, top=18)
    q.line("一番ケ瀬法律事務所　御中（FAX 03-0000-1483）　　整理番号 IK-2610-22", size=9.5)
    q.gap(6)
    q.title("回　答　書", size=16)
    q.para(f"私は、ささめ信販株式会社に対する債務について、{slash(issued)}付「和解のご提案」記載の条件（和解金額 {settle:,}円、"
           f"毎月27日限り {monthly:,}円 × {n}回）で和解することを承諾します。")
    q.gap(4)
    for s in ("□ 上記条件で和解します。", "□ 条件の変更を希望します（月々のお支払可能額：　　　　　　円）",
              "□ 弁護士・司法書士に依頼しました（事務所名：　　　　　　　　　　）"):
        q.line(s, x=30, size=11)
        q.gap(3)
    q.gap(8)
    for s in ("回答日　　　　年　　月　　日", "ご住所　北海道帯広市やまあい通九丁目9番9号", "ご氏名　竹葉　瑞穂　　　　　　　　　　　㊞",
              "日中のご連絡先（電話）"):
        q.line(s, x=30, size=11)
        q.add(Line(30, q.y - 1, 185, q.y - 1, 0.2, GRAY))
        q.gap(5)
    q.gap(6)
    q.para(f"※ご回答期限　{slash(reply)}（{wd(reply)}）必着", size=10, indent="")
    tr = truth(document_type="settlement_proposal", sender="一番ケ瀬法律事務所", phone="03-0000-1482",
               creditor="ささめ信販株式会社", status="not_applicable", debtor="竹葉瑞穂", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="IK-2610-22", input_kind="fax_tiff",
               template="proxy94_law_office_settlement_offer_fax_reply_form", received=issued)
    return dict(stem="cy14", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:05 ICHIBANGASE LAW 03-0000-1483",
                about="settlement_proposal (law office for a 信販 company, 2-page fax)",
                unusual="2-page G4 fax of a law office: a framed FAX送信票 strip (送信日 in slash form, the addressee's own "
                        "FAX, the office's TEL / FAX on the right); 拝啓 … 敬具; the current debt as a 4-column one-row table "
                        "(立替金残元金 / 未払手数料 / 遅延損害金（年14.6％） / 合計); 喪失 and last payment in a bracket line in "
                        "slash form; a 和解金額 600,000 with a waiver of the difference and 20,000 × 30 from 2026年11月 "
                        "(distractors); the framed ご回答期限 「2026/10/16（金）当職必着」 = payment_due; p.2 回答書 with "
                        "check boxes")


# ---------------------------------------------------------------------------------------------
# cy15 scam: 「訴訟告知及び債権回収最終通知書」 of a fake body with a fake licence; phone photo.


def cy15():
    issued, due = D(2026, 9, 9), D(2026, 9, 11)
    T = 96_400
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通知", size=12, fill=RED)
    stamp(p, 44, 12, "親展・本人限定", size=11)
    p.at(196, 18, "通知日　令和8年9月9日", size=10, align="r")
    p.at(196, 24, "管理番号　は－４１７", size=10.5, align="r")
    p.y = 30
    p.line("神出　和彦　様", size=13.5, x=18)
    p.gap(4)
    p.add(Box(15, p.y, 181, 14, 1.2, RED))
    p.at(105.5, p.y + 9.6, "訴訟告知及び債権回収最終通知書", size=16, font="sans-bold", align="c", color=RED)
    p.y += 19
    p.para("貴殿がご利用になった通信販売・有料サイト等の未納料金につき、契約会社より当機構に債権が移管され、当機構は"
           "原告代理として民事訴訟の手続を開始いたしました。本通知は訴訟前の最終のご案内となります。")
    p.para("期日までにご連絡及びご入金が確認できない場合、裁判所の許可のもと、給与・預貯金・不動産等の差押えが強制的に"
           "執行されます。訴訟の取下げ及び和解のご相談は、必ずご本人様より下記窓口までご連絡ください。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 30, 0.8))
    p.at(30, y + 9, "ご請求額（未納料金・延滞金・訴訟準備費用を含む）", size=10)
    p.at(180, y + 18, f"金{T:,}円", size=17, font="sans-bold", align="r", color=RED)
    p.at(30, y + 26, f"お支払期限　令和8年9月11日（{wd(due)}）15時まで", size=11, font="sans-bold")
    p.y = y + 35
    p.para("お支払方法　コンビニ等で電子マネー（ギフトカード）をご購入のうえ、カード番号を担当者にお伝えください。又は担当者"
           "が指定する口座へお振込みください。", size=9.8, indent="")
    p.para("※第三者（弁護士・消費生活センター等）に相談されますと、和解のご案内ができなくなりますのでご注意ください。",
           size=9.8, indent="")
    p.para("※土日祝日も受付しております。", size=9.8, indent="")
    p.gap(5)
    for s, sz, f in (("一般社団法人　全国債権訴訟管理機構", 12, "sans-bold"),
                     ("法務大臣許可　債権回収業　第408号", 9.5, "sans"),
                     ("東京都千代田区霞が関一丁目（中央合同庁舎分室）", 9, "sans"),
                     ("訴訟取下げ相談窓口　090-0000-6172（受付 9:00～20:00）", 10, "sans-bold"),
                     ("担当　法務部　勝沼谷", 9.5, "sans")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="other", sender="一般社団法人全国債権訴訟管理機構", license_number=408, phone="090-0000-6172",
               creditor=None, status="not_licensed", debtor="神出和彦", total=T, lump=False, issued=issued,
               payment_due=due, reference="は-417", is_scam=True, input_kind="photo_jpeg",
               template="proxy94_scam_litigation_notice_fake_licence", received=None)
    return dict(stem="cy15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=3.0, creases=2, fill=0.84, shadow=0.2, shadow_side="tl",
                          warm=0.2),
                about="other (架空請求: fake 訴訟告知 with a fake servicer licence)",
                unusual="phone photo on tatami with creases and a shadow in the top-left corner; a filled red 最終通知 stamp and "
                        "親展・本人限定; red-framed title 訴訟告知及び債権回収最終通知書; 「一般社団法人 全国債権訴訟管理機構」 "
                        "(not a 株式会社, cannot be a servicer) with a FAKE 「法務大臣許可 債権回収業 第408号」; no creditor, "
                        "no contract, no court; a two-day deadline 「9月11日（金）15時まで」; gift-card payment; a 090 "
                        "「訴訟取下げ相談窓口」; a hiragana 管理番号 は－４１７; 「第三者に相談されますと…」; open weekends")


# ---------------------------------------------------------------------------------------------
# cy16 松江簡易裁判所 特定調停 調停調書, phone photo; 相手方 ★ アルファ債権回収.


def cy16():
    issued = D(2026, 10, 14)
    monthly, n = 15_000, 36
    T = monthly * n
    case = "令和8年(特ノ)第58号"
    p = Page(font="serif", size=10.5, top=16)
    p.title("調　停　調　書（成立）", size=16, font="serif-bold")
    p.table([["事件の表示", fw("令和8年（特ノ）第58号") + "　特定調停事件"],
             ["期　　日", f"{fera(issued)}午後２時００分"], ["場　　所", "松江簡易裁判所調停室"],
             ["調停主任裁判官", "真壁谷　智也"], ["民事調停委員", "鞍馬谷　和子　／　白水　博"],
             ["裁判所書記官", "椎葉谷　正樹"],
             ["当　事　者", "申立人　福地　光太郎（出頭）　相手方　アルファ債権回収株式会社（代理人 社員 粟津谷 拓）"]],
            [38, 138], x=18, aligns="ll", size=9.5, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.line("手続の要領　当事者間に次のとおり調停成立", size=10.5, x=18)
    p.gap(1)
    p.line("調　停　条　項", size=11.5, font="serif-bold", align="c")
    for s in (f"１　申立人は、相手方に対し、相手方がひよどり信用組合から譲り受けた貸金債権について、本日現在、金{T:,}円の"
              "支払義務があることを認める。",
              f"２　申立人は、相手方に対し、前項の金員を、令和8年11月から令和11年10月まで、毎月25日限り金{monthly:,}円ずつ"
              f"（{n}回）分割して、相手方指定の預金口座に振り込んで支払う。振込手数料は申立人の負担とする。",
              f"３　申立人が前項の分割金の支払を怠り、その額が金{monthly * 2:,}円に達したときは、当然に同項の期限の利益を失い、"
              "申立人は、相手方に対し、第１項の金員から既払金を控除した残額を直ちに支払う。",
              "４　相手方は、申立人に対し、第１項の金員を超える部分（利息及び遅延損害金を含む。）の請求を放棄する。",
              "５　申立人と相手方は、申立人と相手方との間には、本調停条項に定めるもののほか、何らの債権債務がないことを相互に確認する。",
              "６　調停費用は各自の負担とする。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(2)
    p.para("（参考）相手方主張の債権額　金812,655円（元金・利息・損害金の計・令和8年8月31日現在）", x0=22, x1=190, size=9.3,
           indent="")
    p.gap(4)
    p.line("松江簡易裁判所", size=10.5, x=112)
    p.line("　裁判所書記官　椎葉谷　正樹", size=10.5, x=112)
    p.seal(182, p.y - 6, 13, "square", "松江簡易裁判所書記官印", angle=0, seed=94161)
    p.gap(8)
    p.line(f"これは正本である。　{fera(D(2026, 10, 19))}　松江簡易裁判所　裁判所書記官　椎葉谷　正樹", size=9.3, x=18)
    tr = truth(document_type="settlement_proposal", sender="松江簡易裁判所", phone=None,
               creditor="アルファ債権回収株式会社", status="licensed", original="ひよどり信用組合", debtor="福地光太郎",
               total=T, lump=False, issued=issued, payment_due=D(2026, 11, 25), reference=case,
               input_kind="photo_jpeg", template="proxy94_tokutei_chotei_chosho_matsue_photo",
               received=D(2026, 10, 21))
    return dict(stem="cy16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.0, creases=2, fill=0.86, shadow=0.22, shadow_side="right",
                          warm=0.25),
                about="settlement_proposal (特定調停 調停調書, real servicer 相手方)",
                unusual="phone photo on wood with creases and a hand shadow on the right; a 松江簡裁 特定調停 調停調書（成立）: "
                        "the header as a ruled table with a shaded first column ((特ノ) number full-width, 期日 with time, "
                        "調停主任裁判官, two 調停委員, 当事者 = 申立人 the DEBTOR and 相手方 ★ アルファ債権回収 through a 社員); "
                        "調停条項 １–６ with the acknowledged 540,000 (total, no components), 36 × 15,000 毎月25日 from 令和8年"
                        "11月, a 30,000 default threshold WITHOUT any rate, the 放棄 of interest and damages; the servicer's "
                        "own figure 812,655 as a (参考) distractor; no phone; 正本 date 10/19 ≠ 期日 10/14")


LETTERS = [cy09, cy10, cy11, cy12, cy13, cy14, cy15, cy16]
