"""Proxy set 59, letters bp09–bp16: "a month of mail, third round" (June 2027, 令和9年6月). A law office's 和解 proposal
by fax, a 信用金庫's 縦書き 催告書 (arrears only), a joint 縦書き 債権譲渡通知 to a real servicer, a consumer lender's
取引履歴 cover letter (claims nothing), a guarantee company's 求償金 demand with slash dates, an auto-loan company's
督促 in prose only, a scam 「最終通告書」 and a real servicer's ご連絡 photographed as HEIC."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    cell,
    kdate,
    kman,
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
INK = (0.10, 0.18, 0.42)
TEAL = (0.0, 0.38, 0.40)
RUST = (0.62, 0.24, 0.08)
PINE = (0.08, 0.32, 0.22)
NAVY2 = (0.05, 0.15, 0.35)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def era(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def weekday_ok(*ds: D) -> None:
    for d in ds:
        assert d.weekday() < 5, d


def below(pg, col, pitch: float) -> float:
    """The y (mm) just below the lowest character of a 縦書き column and its two neighbours: a seal put there stamps
    no text."""
    near = [it for it in pg.items if isinstance(it, VText) and abs(it.x - col.x) < pitch * 1.5]
    return max(it.y + len(it.s) * it.size * 0.3528 * it.pitch for it in near)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bp09 law office for a card company: 和解 proposal by fax, two pages; the debt as label-above-value cells.


def bp09():
    R = 14.6
    issued, reply = D(2027, 6, 9), D(2027, 6, 23)
    acc, lastp = D(2026, 10, 5), D(2026, 7, 27)
    alt_due = D(2027, 7, 30)
    weekday_ok(issued, reply, acc, lastp, alt_due)
    P, I = 652_300, 18_774
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, inst, last_inst = 36, 16_700, 15_500
    plan = inst * (n - 1) + last_inst
    assert plan == 600_000 and plan < T
    p = Page(font="serif", size=10.3, top=14)
    p.at(15, 17, f"送信日　{wdate(issued)}　　送信枚数　本紙を含め2枚", size=9.5)
    p.add(Line(15, 19.5, 196, 19.5, 0.3))
    p.at(15, 27, "〒590-0000 大阪府堺市堺区かぶら坂6丁目2番17号", size=9.5)
    p.at(20, 35, "多々良　翔太　様", size=13.5)
    p.at(15, 41, "（ＦＡＸ 072-000-3306）", size=8.5)
    p.at(196, 27, wdate(issued), size=10, align="r")
    p.at(196, 32.5, "当職整理番号　AN-27-0331", size=10, align="r")
    x0 = 120
    p.at(x0, 41, "〒530-0000 大阪府大阪市北区ごぼう坂1丁目4番2号", size=8.3)
    p.at(x0, 45.5, "ごぼう坂中央ビル9階", size=8.3)
    p.at(x0, 51.5, "阿武総合法律事務所", size=12, font="serif-bold")
    p.at(x0, 57, "株式会社パプリカカード代理人", size=9.3)
    p.at(x0, 62, "弁護士　阿　武　　晃", size=10.5)
    p.at(x0, 67, "TEL 06-0000-5560　／　FAX 06-0000-5561", size=8.8)
    p.seal(186, 58, 12, "square", "弁護士阿武晃之印", angle=2, seed=59091)
    p.y = 74
    p.title("ご返済方法についてのご提案（和解案）", size=14.5, font="serif-bold")
    p.para("前略　当職は、株式会社パプリカカード（以下「依頼者」といいます。）の代理人として、貴殿に対し、次のとおりご連絡"
           "いたします。", size=10)
    p.para(f"貴殿は、依頼者とのカード会員契約に基づくお支払いを{wdate(lastp)}を最後に怠り、{wdate(acc)}の経過により期限の"
           "利益を喪失しておられます。依頼者は、貴殿のご事情に配慮し、下記の条件による和解（分割弁済）をご提案いたします。",
           size=10)
    p.gap(1)
    p.line(f"１　現在のご債務（{wdate(issued)}現在）", size=10.3, font="serif-bold")
    y = p.y
    w = 43.5
    for i, (lab, v) in enumerate((("元金（立替金・貸付金）", P), ("未払手数料", I), (f"遅延損害金（年{R}％）", L),
                                  ("ご債務額合計", T))):
        cell(p, 18 + i * w, y, w, 15, lab, f"{v:,}円", lsize=8.4, vsize=11.5, vfont="serif-bold" if i == 3 else None,
             align="r", width=0.9 if i == 3 else 0.3)
    p.y = y + 18
    p.para(f"（遅延損害金は、{wdate(acc + timedelta(1))}から本書作成日まで、元金に対し年{R}％の割合で計算しています。）",
           size=8.8, indent="")
    p.gap(1)
    p.line("２　和解案", size=10.3, font="serif-bold")
    p.table([["", "内　容"],
             ["Ａ案（分割）", f"和解金 {plan:,}円 を {n}回 で（第1回～第{n - 1}回 各{inst:,}円、第{n}回 {last_inst:,}円）"],
             ["", "お支払日　2027年7月末日を初回とし、以後毎月末日限り（最終回 2030年6月末日）"],
             ["Ｂ案（一括）", f"和解金 520,000円 を {wdate(alt_due)}（{wd(alt_due)}）限り一括"],
             ["共通", "上記以外の遅延損害金及び手数料は免除。分割金の支払を2回分怠ったときは期限の利益を失う。"]],
            [30, 148], x=18, header=True, aligns="ll", size=8.8, row_h=7, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 178, 15, 1.2))
    p.at(23, y + 9.5, "ご回答期限", size=12, font="serif-bold")
    p.at(60, y + 9.8, f"{wdate(reply)}（{wd(reply)}）当事務所必着", size=13, font="serif-bold")
    p.y = y + 20
    p.para("別紙「回答書」に、ご希望の案をお選びのうえご署名いただき、上記期限までにＦＡＸ又は郵送でご返送ください。期限までに"
           "ご回答のない場合、依頼者は、やむを得ず訴訟提起等の法的手続に移行する予定です。", size=9.8)
    p.para("なお、本件について、依頼者への直接のご連絡はお控えいただき、当職あてにご連絡ください。", size=9.8)
    p.line("草々", size=10, align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line("阿武総合法律事務所　弁護士　阿武　晃　宛（FAX 06-0000-5561）", size=10)
    q.line("当職整理番号　AN-27-0331", size=10)
    q.gap(2)
    q.title("回　答　書", size=16, font="serif-bold")
    q.para("私は、貴職からの和解案について、次のとおり回答します。（いずれかの□にレ印をご記入ください）", size=10.3)
    q.gap(2)
    for s in (f"□　Ａ案（和解金{plan:,}円・{n}回分割）で和解を希望します。",
              "□　Ｂ案（和解金520,000円・一括）で和解を希望します。",
              "□　上記以外の方法を希望します（毎月　　　　　円 × 　　　回）。",
              "□　弁護士・司法書士に依頼しました（事務所名：　　　　　　　　　　　　　）。"):
        q.line(s, x=24, size=10.5)
        q.gap(3)
    q.gap(6)
    for s in ("令和　　年　　月　　日", "ご住所　　　　　　　　　　　　　　　　　　　　　　　　　　　",
              "お名前　　　　　　　　　　　　　　　　　　　　　　印", "お電話　　　　　－　　　　　－　　　　　"):
        q.line(s, x=60, size=10.5)
        q.add(Line(78, q.y - 2.5, 190, q.y - 2.5, 0.2, GRAY))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender="阿武総合法律事務所", phone="06-0000-5560",
               creditor="株式会社パプリカカード", status="not_applicable", debtor="多々良翔太", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, reference="AN-27-0331", input_kind="fax_tiff",
               template="proxy59_law_office_settlement_cells_fax", received=issued)
    return dict(stem="bp09", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:48 ANNO SOGO LAW 06-0000-5561",
                about="settlement_proposal (law office for a card company, 2-page fax)",
                unusual="2-page G4 fax from a LAW OFFICE (not a servicer) for a card company: a one-line 送信日 / 送信枚数 strip "
                        "over a rule, the addressee top-left with his own ＦＡＸ under the name (distractor), the lawyer's "
                        "block with a square seal on the RIGHT below the date and 当職整理番号; 前略 … 草々; the current debt "
                        "as FOUR label-above-value cells in a row (元金（立替金・貸付金） / 未払手数料 / 遅延損害金（年14.6％） / "
                        "ご債務額合計, the last one framed heavy) with its window in a bracket line below; a shaded-label "
                        "和解案 table (Ａ案 600,000 = 16,700 × 35 + 15,500, 2027年7月末日 … 2030年6月末日; Ｂ案 520,000 by "
                        "7/30; all distractors); 「ご回答期限 … 当事務所必着」 in a heavy frame; p.2 a 回答書 with tick boxes")


# ---------------------------------------------------------------------------------------------
# bp10 信用金庫 縦書き 催告書 (内容証明), arrears of three instalments only, 万-style kanji amounts; digital.


def bp10():
    R = 14.0
    issued, due, lastp = D(2027, 6, 4), D(2027, 6, 21), D(2027, 2, 25)
    inst = [D(2027, 3, 25), D(2027, 4, 26), D(2027, 5, 25)]
    weekday_ok(due, lastp, *inst)
    pr, it = 32_100, 1_572
    P, I = pr * 3, it * 3
    L = sum(late(pr + it, R, d + timedelta(1), issued) for d in inst)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "貴殿は、当金庫との間の令和三年七月十六日付金銭消費貸借契約（自動車購入資金）に基づく毎月二十五日の約定返済を、"
                 f"{kdate(lastp)}の返済を最後に怠っており、本書作成日現在、左記のとおり三回分の延滞となっております。"),
        ("body", "当金庫は、これまで再三にわたり電話及び文書によりお支払いをお願いしてまいりましたが、いまだにお支払いがあり"
                 "ません。"),
        ("body", f"つきましては、本書をもって、左記延滞金合計を{kdate(due)}限り、当金庫やつがしら町支店の貴殿名義の返済用口座に"
                 "ご入金のうえお支払いくださるよう催告いたします。"),
        ("body", "右期限までにお支払いのないときは、右契約第十一条第一項により、改めて通知することなく期限の利益を喪失し、"
                 "残元金全額を一括してお支払いいただくことになりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", "一　延滞の内容　令和九年三月、四月及び五月の各約定返済分"),
        ("indent", f"二　延滞元金　　{kman(P)}"),
        ("indent", f"三　延滞利息　　{kman(I)}"),
        ("indent", f"四　遅延損害金　{kman(L)}"),
        ("plain", "　　（各約定返済額に対し、各約定返済日の翌日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"五　合計　　　　{kman(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県上田市やつがしら町二丁目七番三号"),
        ("low", "くるみ信用金庫　やつがしら町支店"),
        ("low", "支店長　金光　康弘"),
        ("low", "電話　〇二六八（〇〇）四一七二"),
        ("blank", ""),
        ("low", "長野県上田市もろこし台五丁目十番一号"),
        ("low", "五日市　勝彦　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 59101))
    col = [it for it in pg.items if isinstance(it, VText) and it.s.startswith("支店長")][0]
    pg.items.append(Seal(col.x, below(pg, col, 6.6) + 6.5, 11, "square", "くるみ信用金庫やつがしら町支店長印", angle=-3,
                         seed=59102))
    tr = truth(document_type="collection_notice", sender="くるみ信用金庫", phone="0268-00-4172",
               creditor="くるみ信用金庫", status="not_applicable", debtor="五日市勝彦", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference=None, input_kind="vertical_pdf", template="proxy59_vertical_shinkin_arrears_kman",
               received=D(2027, 6, 7))
    return dict(stem="bp10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (信用金庫 縦書き 催告書, arrears only)",
                unusual="縦書き 催告書 of a 信用金庫 branch (内容証明 stamp), digital: ARREARS ONLY — three missed auto-loan "
                        "instalments, the acceleration only threatened (lump false, acceleration null); amounts in the "
                        "万 style with kanji digits (金九万六三〇〇円 …) under 記 as numbered lines 一 … 五: 延滞元金 / "
                        "延滞利息 / 遅延損害金 / 合計, the rate 年十四パーセント inside a bracket line; 「令和九年六月二十一日"
                        "限り」; 令和三年七月十六日 contract and 契約第十一条第一項 as distractors; phone in kanji digits with a "
                        "2-digit exchange; NO reference number (null); the 支店長 seal beside the name column")


# ---------------------------------------------------------------------------------------------
# bp11 joint 縦書き 債権譲渡通知書: consumer lender → セゾン債権回収 (real), licence in kanji; scanned.


def bp11():
    R = 18.0
    issued, assign = D(2027, 6, 3), D(2027, 5, 31)
    acc, lastp = D(2026, 12, 10), D(2026, 10, 5)
    P, I = 389_120, 7_336
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"拝啓　通知人株式会社アンバーファイナンス（以下「譲渡人」といいます。）は、貴殿に対して有する左記の債権を、"
                 f"{kdate(assign)}、通知人セゾン債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしましたので、"
                 "民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。"),
        ("body", "今後、右債権に関するお支払い及びお問合せは、すべて譲受人あてにお願いいたします。譲渡人に対してお支払い"
                 "いただいても弁済とはなりませんので、ご注意ください。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一　原契約　令和二年十一月十三日付金銭消費貸借契約"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　譲渡債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　元金　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　{kyen(L)}（年十八パーセント）"),
        ("plain", f"　　合計　　　　{kyen(T)}"),
        ("indent", "五　お客様番号　ＡＦ－５５２０１８（譲受後も同じ番号です）"),
        ("indent", "六　お問合せ先　譲受人　電話　〇三（〇〇〇〇）三四七一"),
        ("bottom", "以上"),
        ("low", kdate(issued)),
        ("low", "通知人（譲渡人）　福岡県福岡市中央区ひめゆり台三丁目一番八号"),
        ("low", "株式会社アンバーファイナンス　代表取締役　埜口　順一"),
        ("low", "通知人（譲受人）　東京都豊島区じゅんさい台一丁目六番一号"),
        ("low", "セゾン債権回収株式会社　代表取締役　新堂　直樹"),
        ("low", "（法務大臣許可番号第三十四号）"),
        ("low", "福岡県北九州市小倉北区ずいき町二丁目十二番四号"),
        ("low", "廣神　奈緒美　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 59111))
    for key, txt, sd in (("株式会社アンバーファイナンス　代表", "アンバーファイナンス|代表/取締役", 59112),
                         ("セゾン債権回収株式会社　代表", "セゾン債権回収|代表/取締役印", 59113)):
        cols = [it for it in pg.items if isinstance(it, VText) and it.s.startswith(key)]
        assert len(cols) == 1, key
        pg.items.append(Seal(cols[0].x, below(pg, cols[0], 6.3) + 7.0, 12, "round", txt, angle=6, seed=sd))
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3471", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社アンバーファイナンス", debtor="廣神奈緒美", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="AF-552018", input_kind="vertical_scan",
               template="proxy59_vertical_joint_assignment_real_servicer_kanji_licence", received=D(2027, 6, 7))
    return dict(stem="bp11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (joint, consumer lender → real servicer, 縦書き 内容証明)",
                unusual="縦書き 債権譲渡通知書 (拝啓 … 敬具, 記 … 以上) sent JOINTLY by both 通知人 (譲渡人 a consumer lender, "
                        "譲受人 ★ セゾン債権回収株式会社) with two round seals, scanned, with the 内容証明 stamp; the licence in "
                        "KANJI and brackets 「（法務大臣許可番号第三十四号）」 under the 譲受人's name; positional kanji amounts "
                        "as indented lines (元金 / 利息 / 遅延損害金 with 「（年十八パーセント）」 after the amount / 合計) as "
                        "of the 譲渡日; 最終弁済日 and 期限の利益喪失日 as numbered 記 items; 令和二年 contract and "
                        "民法第四百六十七条 as distractors; full-width お客様番号 ＡＦ－５５２０１８; the 譲受人's phone in "
                        "kanji digits; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bp12 harmless: a consumer lender's 取引履歴のご送付 cover letter (the history itself is an enclosure).


def bp12():
    issued, asked, first, until = D(2027, 6, 2), D(2027, 5, 24), D(2016, 4, 15), D(2027, 5, 31)
    p = Page(font="sans", size=10.3, top=16)
    p.add(Box(15, 13, 6, 14, color=None, fill=TEAL))
    p.at(24, 21, "タラゴンキャッシング", size=15, font="sans-bold", color=TEAL)
    p.at(24, 26, "TARRAGON CASHING", size=6.5, color=TEAL)
    p.at(196, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　TG-0415-7738", size=10, align="r")
    p.at(20, 40, "〒430-0000", size=10)
    p.at(20, 45, "静岡県浜松市中央区さんしょう町3丁目9番21号", size=10)
    p.at(26, 54, "沖中　慎一郎　様", size=14)
    y = 36
    for i, s in enumerate(["タラゴンキャッシング株式会社", "お客様相談室", "〒160-0000 東京都新宿区ぜんまい通2丁目2番8号",
                           "TEL 03-0000-4415（平日10:00～17:00）"]):
        p.at(196, y + 5 + i * 4.8, s, size=10 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 66
    p.title("取引履歴のご送付について", size=15)
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=10)
    p.para(f"さて、{asked.month}月{asked.day}日にご依頼いただきましたお客様のお取引の履歴（取引履歴）につきまして、別添のとおり"
           "お送りいたします。内容をご確認くださいますようお願い申し上げます。", size=10)
    p.line("敬具", size=10, align="r")
    p.line("記", size=10.5, align="c")
    p.gap(1)
    p.table([["送付書類", "取引履歴（ご契約から現在までの貸付・ご返済の明細）　4枚"],
             ["対象のご契約", "フリーキャッシング（お客様番号　TG-0415-7738）"],
             ["対象期間", f"{wdate(first)}（初回ご契約日）～ {wdate(until)}"],
             ["ご依頼受付日", wdate(asked)],
             ["ご依頼者", "ご契約者ご本人様"],
             ["開示手数料", "無料"]], [36, 140], x=20, aligns="ll", size=9.8, row_h=8, shade_col0=True)
    p.gap(3)
    p.line("以上", size=10, align="r")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 176, 36, 0.4, TEAL, (0.93, 0.97, 0.97)))
    p.at(24, y + 7, "ご確認ください", size=10.5, font="sans-bold", color=TEAL)
    for i, s in enumerate(["・本書は取引履歴をお送りするためのご案内です。ご請求書ではございません。お振込みやお手続きは不要です。",
                           "・取引履歴の金額には、ご利用当時の約定利率により計算した利息が含まれています。",
                           "・過去のお取引に関する計算のご照会は、上記お客様相談室までお問い合わせください。",
                           "・代理人（弁護士・司法書士）からのご照会には、委任状の確認後に回答いたします。"]):
        p.at(24, y + 14 + i * 5.4, s, size=8.8)
    p.y = y + 42
    p.para("個人情報保護のため、お電話でのお問い合わせの際はご本人様確認をさせていただきます。", size=8.8, indent="")
    p.at(20, 283, "貸金業者登録番号　関東財務局長(6)第01094号　日本貸金業協会会員　第000771号", size=7, color=GRAY)
    tr = truth(document_type="other", sender="タラゴンキャッシング株式会社", phone="03-0000-4415", creditor=None,
               status="not_applicable", debtor="沖中慎一郎", lump=False, issued=issued, reference="TG-0415-7738",
               input_kind="pdf_text", template="proxy59_harmless_transaction_history_cover_letter",
               received=D(2027, 6, 4))
    return dict(stem="bp12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (consumer lender, harmless: 取引履歴 cover letter)",
                unusual="a consumer lender's 取引履歴のご送付について: it CLAIMS NOTHING (「ご請求書ではございません。お振込みや"
                        "お手続きは不要です」); teal bar-and-name logo with a Latin line, the sender block RIGHT under the "
                        "date and the addressee on the LEFT; a shaded-label 記 table (送付書類 4枚, 対象期間 2016年4月15日"
                        "（初回ご契約日）～ 2027年5月31日, ご依頼受付日 5/24, 開示手数料 無料 — all distractors: every amount, "
                        "the rate, the creditor and every date but the letter date null); the 貸金業 registration at the foot")


# ---------------------------------------------------------------------------------------------
# bp13 guarantee company 求償金のご請求 (after the bank's 代位弁済), slash dates, 2 pages digital.


def bp13():
    R = 14.6
    issued, due = D(2027, 6, 10), D(2027, 6, 25)
    acc, lastp, subro = D(2027, 2, 18), D(2026, 12, 28), D(2027, 4, 20)
    weekday_ok(due, acc, lastp, subro)
    h_p, h_i, h_l = 1_801_330, 22_904, 18_381
    P = h_p + h_i + h_l
    assert P == 1_842_615
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=RUST))
    p.at(20, 19.2, "む", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "むくげ信用保証株式会社", size=14, font="sans-bold", color=RUST)
    for i, s in enumerate(["〒541-0000 大阪府大阪市中央区せり沢4丁目11番2号", "債権管理部　求償グループ",
                           "TEL 06-0000-2290（直通）　FAX 06-0000-2291"]):
        p.at(28, 26 + i * 4.4, s, size=8.5)
    p.at(196, 17, f"発行日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 22, "保証番号　MK-15-88204", size=9.5, align="r")
    p.at(196, 27, "（1/2）", size=8.5, align="r")
    p.add(Box(116, 38, 80, 24, 0.2, GRAY))
    p.at(120, 44, "〒670-0000", size=9.5)
    p.at(120, 49, "兵庫県姫路市うど坂7丁目3番10号", size=9.5)
    p.at(126, 58, "日月　典子　様", size=13.5)
    p.y = 70
    p.title("求償金のご請求について", size=15, color=RUST)
    p.para("当社は、お客様が株式会社しらたま銀行とご契約のリフォームローンについて、お客様のご依頼により保証を"
           "お引き受けしております。", size=9.8)
    p.para(f"お客様のご返済が{slash(lastp)}を最後に滞り、{slash(acc)}に期限の利益を喪失されたため、当社は保証契約に基づき、"
           f"{slash(subro)}、同行に対してお客様の債務を代位弁済いたしました。これにより、当社はお客様に対して下記の求償権を"
           "取得しております。", size=9.8)
    p.para("つきましては、下記ご請求額を、お支払期日までにお支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    p.table([["求償元金（代位弁済額）", f"損害金（{(subro + timedelta(1)).month}/{(subro + timedelta(1)).day}～{issued.month}/{issued.day}・年{R}％）",
              "ご請求額"], [f"{P:,}円", f"{L:,}円", f"{T:,}円"]], [60, 62, 56], x=18, header=True, aligns="rrr",
            size=10, row_h=9)
    p.add(Box(18 + 122, p.y - 9, 56, 9, 1.0, RUST))
    p.gap(4)
    y = p.y
    p.add(Box(18, y, 178, 13, 0.5))
    p.add(Box(18, y, 40, 13, color=None, fill=(0.96, 0.90, 0.86)))
    p.at(38, y + 8.5, "お支払期日", size=11, font="sans-bold", align="c", color=RUST)
    p.at(64, y + 9, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 18
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("しらたま銀行　大阪営業部　普通預金　4412907　口座名義　ムクゲシンヨウホショウ（カ", size=9.5, indent="")
    p.para("※お振込人名の前に保証番号の数字「1588204」をご入力ください。", size=9, indent="")
    p.gap(2)
    p.para("お支払期日までにお支払いまたはご連絡がない場合、当社は、法的手続（支払督促の申立て、訴訟の提起等）を検討せざるを"
           "得ません。一括でのお支払いが難しい場合は、裏面の「ご返済相談申出書」をご利用ください。", size=9.5)
    p.para("当社は債権回収会社（サービサー）ではなく、保証会社として自ら求償金をご請求しております。", size=9.5)
    p.gap(2)
    p.para("損害金は、求償元金に対し代位弁済日の翌日から年14.6％（年365日の日割計算）の割合で発生し、お支払いの日まで"
           "加算されます。", size=8.8, indent="※")
    q = Page(font="sans", size=10, top=16)
    q.at(196, 17, "（2/2）", size=8.5, align="r")
    q.y = 20
    q.line("■ 代位弁済の明細（ご参考）", size=11, font="sans-bold", color=RUST)
    q.gap(1)
    q.table([["項目", "内容"], ["原契約", "株式会社しらたま銀行　リフォームローン（2021/09/06 ご契約・3,000,000円・120回）"],
             ["最終ご返済日", slash(lastp)], ["期限の利益喪失日", slash(acc)], ["代位弁済日", slash(subro)],
             ["代位弁済額", f"{P:,}円"], ["（うち元金）", f"{h_p:,}円"], ["（うち利息）", f"{h_i:,}円"],
             ["（うち遅延損害金）", f"{h_l:,}円"]], [44, 134], x=18, header=True, aligns="ll", size=9.3, row_h=7,
            shade_col0=True)
    q.gap(8)
    q.add(Line(15, q.y, 196, q.y, 0.3))
    q.at(105, q.y - 1, "－－－－ 切り取らずにこのままご返送ください －－－－", size=7.5, align="c")
    q.gap(6)
    q.title("ご返済相談申出書", size=14)
    q.line("むくげ信用保証株式会社　債権管理部　行（FAX 06-0000-2291）", size=9.5)
    q.gap(3)
    q.table([["保証番号", "MK-15-88204"], ["お名前", ""], ["ご連絡先電話番号", ""], ["ご希望のお支払方法", "□ 一括　□ 分割（毎月　　　　円）"],
             ["ご相談内容", ""], ["", ""], ["申出日", "　　年　　月　　日"]], [44, 134], x=18, aligns="ll", size=9.8,
            row_h=10, shade_col0=True)
    tr = truth(document_type="collection_notice", sender="むくげ信用保証株式会社", phone="06-0000-2290",
               creditor="むくげ信用保証株式会社", status="not_applicable", original="株式会社しらたま銀行",
               debtor="日月典子", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="MK-15-88204",
               input_kind="pdf_text_2page", template="proxy59_guarantor_recourse_slash_dates_one_row_table",
               received=D(2027, 6, 14))
    return dict(stem="bp13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (guarantee company 求償金 demand, 2 pages)",
                unusual="a guarantee company's 求償金のご請求について, digital, 2 pages: rust square-mark logo with the sender "
                        "lines top-LEFT, the framed addressee on the RIGHT; EVERY date as a western SLASH date (2027/06/10, "
                        "2026/12/28 …); a ONE-ROW 3-column table with the labels in the header (求償元金（代位弁済額） / "
                        "損害金 with its month/day window and 年14.6％ / ご請求額, the last cell framed); 「お支払期日」 in a "
                        "tinted label box; 「サービサーではなく」; p.2 a 代位弁済の明細 (原契約 2021/09/06 3,000,000円 120回, "
                        "（うち元金） / （うち利息） / （うち遅延損害金） = history) and a blank ご返済相談申出書; the 7-digit "
                        "form of the 保証番号 in the transfer note")


# ---------------------------------------------------------------------------------------------
# bp14 auto-loan (信販) 督促: PROSE ONLY (no table, no box), two missed instalments; scanned.


def bp14():
    R = 14.6
    issued, due, lastp = D(2027, 6, 2), D(2027, 6, 15), D(2027, 3, 29)
    inst = [D(2027, 4, 27), D(2027, 5, 27)]
    weekday_ok(due, lastp, *inst)
    pr, fee = 31_200, 4_850
    P, I = pr * 2, fee * 2
    L = sum(late(pr + fee, R, d + timedelta(1), issued) for d in inst)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.line("株式会社ナツメグ信販", size=16, font="serif-bold", align="c", color=PINE)
    p.line("〒730-0000 広島県広島市中区えびづる町1丁目5番5号　オートローンセンター　電話 082-000-6412", size=8.5,
           align="c")
    p.add(Line(20, p.y, 190, p.y, 0.5, PINE))
    p.gap(6)
    p.line("〒720-0000 広島県福山市すずな台4丁目17番8号", size=10)
    p.line("鍛冶屋敷　拓真　様", size=13.5)
    p.line("（ご契約者コード：NS-4471-0602）", size=9)
    p.gap(2)
    p.line(f"{wdate(issued)}", size=10.5, align="r")
    p.gap(4)
    p.line("オートローンのお支払いについて（ご通知）", size=13.5, font="serif-bold", align="c")
    p.gap(4)
    for s in ("拝啓　平素より弊社オートローンをご利用いただき、誠にありがとうございます。",
              f"さて、お客様のオートローンにつきまして、{inst[0].month}月{inst[0].day}日及び{inst[1].month}月"
              f"{inst[1].day}日の口座振替日に、各回の分割支払金{pr + fee:,}円のお振替ができておりません。弊社では、"
              f"{wdate(lastp)}のご入金を最後に、その後のお支払いを確認できておりません。",
              f"本日現在のご請求金額は合計{T:,}円で、その内訳は、元金相当額{P:,}円、分割手数料{I:,}円、遅延損害金{L:,}円"
              f"（各回の分割支払金に対し、各振替日の翌日から本日まで年{R}％の割合で計算）となっております。",
              f"つきましては、上記合計{T:,}円を{wdate(due)}（{wd(due)}）までに、弊社指定の口座（ひろしま中央銀行 本店営業部 "
              "普通預金 3390411 カ）ナツメグシンパン）へお振込みくださいますよう、お願い申し上げます。",
              "なお、上記期日までにお支払いいただけない場合は、ご契約の定めにより期限の利益を喪失し、残りのお支払金全額を"
              "一括してご請求させていただくほか、所有権留保に基づき、お車（ご契約車両）の引渡しをお願いすることがございます。",
              "ご契約車両は、2023年式の普通乗用車、ご契約時のお支払回数は60回、残りのお支払回数は38回です。ご事情により"
              "お支払いが難しい場合には、お早めにオートローンセンターまでご相談ください。",
              "本状と行き違いにお支払いいただいておりました場合は、何卒ご容赦くださいますようお願い申し上げます。"):
        p.para(s, size=10.3)
        p.gap(1.2)
    p.line("敬具", size=10.3, align="r")
    p.gap(8)
    p.line("（お問い合わせ）オートローンセンター　督促担当　電話 082-000-6412　受付 平日 9:00～17:30", size=9, align="r")
    p.line("包括信用購入あっせん業者登録番号　中国（包）第31号", size=7, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="株式会社ナツメグ信販", phone="082-000-6412",
               creditor="株式会社ナツメグ信販", status="not_applicable", debtor="鍛冶屋敷拓真", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="NS-4471-0602", input_kind="scan_png", template="proxy59_auto_loan_dunning_prose_only",
               received=D(2027, 6, 4))
    return dict(stem="bp14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (信販 company, auto loan, two missed instalments, prose only)",
                unusual="an auto-loan company's お支払いについて（ご通知）, scanned, in PROSE ONLY: no table, no box, no 記; the "
                        "letterhead centred at the top with a pine rule; ご契約者コード in brackets UNDER the addressee's "
                        "name; the total FIRST in a sentence and its 内訳 (元金相当額 / 分割手数料 / 遅延損害金 with the rate "
                        "and window in brackets) in the same sentence; the due date and the account in the next; arrears "
                        "only (lump false); the 分割支払金 36,050円, 2023年式, 60回 / 残り38回 and 所有権留保 as distractors")


# ---------------------------------------------------------------------------------------------
# bp15 SCAM: a fake servicer's 「債権回収最終通告書」 demanding cash by 現金書留; phone photo on wood.


def bp15():
    issued, due = D(2027, 6, 10), D(2027, 6, 14)
    T = 93_600
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "親展", color=RED, size=13, fill=RED)
    stamp(p, 40, 12, "法的措置予告", color=RED, size=12)
    p.at(196, 17, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(196, 23, "管理番号　ほ－６６１０", size=10.5, align="r")
    p.y = 32
    p.line("神奈川県藤沢市くこ町2丁目19番6号", size=10.5)
    p.line("丹生谷　早紀　様", size=14)
    p.gap(6)
    p.line("債権回収最終通告書", size=20, font="sans-bold", align="c", color=RED)
    p.line("（民事訴訟手続移行前の最終通知）", size=11, align="c", color=RED)
    p.gap(3)
    p.para("貴殿がご利用された大手通販サイトの後払い決済サービスにつきまして、長期にわたり未納の状態が続いていることから、"
           "当機構は契約会社より債権の譲渡を受け、回収業務を行っております。", size=10.5)
    p.para("再三の督促にもかかわらず、貴殿から何らのご連絡もございません。このまま放置された場合、当機構は下記期日の経過を"
           "もって民事訴訟の手続に移行し、裁判所の許可のもと、給与・預貯金・動産の差押えを執行いたします。", size=10.5)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 36, 1.5, RED))
    p.at(28, y + 10, "未納金額（延滞金・回収手数料を含む）", size=11.5, font="sans-bold")
    p.at(182, y + 12, f"￥{T:,}-", size=22, font="sans-bold", align="r", color=RED)
    p.add(Line(28, y + 17, 182, y + 17, 0.4, RED))
    p.at(28, y + 26, "お支払い最終期限", size=11.5, font="sans-bold")
    p.at(182, y + 27, f"{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=16, font="sans-bold", align="r",
         color=RED)
    p.at(28, y + 33, "※期限経過後は一切の和解に応じられません", size=9, color=RED)
    p.y = y + 42
    p.para("お支払方法：ご本人様確認のため、必ず事前に下記担当までお電話のうえ、指示に従い現金書留にてご送付ください。"
           "（銀行振込・コンビニ払いはお受けできません）", size=10, indent="")
    p.para("※本件は貴殿の信用情報に関わる重大な案件です。ご家族・勤務先・弁護士等への相談は、手続の妨げとなりますので"
           "お控えください。", size=10, indent="")
    p.para("※当機構は法務省の許可を受けた正規の債権回収機関です。", size=10, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(50, y, 146, 38, 0.5))
    p.at(56, y + 9, "日本債権管理保全機構株式会社", size=14, font="sans-bold")
    p.at(56, y + 15.5, "法務大臣許可番号　第282号", size=10)
    p.at(56, y + 21.5, "東京都千代田区霞が関（裁判所合同庁舎向かい）　回収第三課", size=9)
    p.at(56, y + 29, "担当直通　03-0000-9182（回収第三課）", size=12, font="sans-bold")
    p.at(56, y + 34.5, "受付　毎日 9:00～20:00（土日祝も受付）", size=9)
    p.seal(32, y + 18, 17, "round", "日本債権管理|保全/機構印", angle=-10, seed=59151)
    tr = truth(document_type="other", sender="日本債権管理保全機構株式会社", license_number=282, phone="03-0000-9182",
               creditor=None, status="not_licensed", original=None, debtor="丹生谷早紀", total=T, lump=False,
               issued=issued, payment_due=due, reference="ほ-6610", is_scam=True, input_kind="photo_jpeg",
               template="proxy59_scam_fake_servicer_cash_registered_mail", received=None)
    return dict(stem="bp15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.06, tilt=2.8, creases=2, fill=0.83, glare=16, warm=0.3, shadow=0.15,
                          shadow_side="right"),
                about="other (scam, fake servicer, online-shop 後払い fees)",
                unusual="架空請求 photographed on wood: 「日本債権管理保全機構株式会社」 with a FAKE 「法務大臣許可番号　第282号」 "
                        "(→ not_licensed) calling itself 「法務省の許可を受けた正規の債権回収機関」 and 当機構; filled red 親展 "
                        "and framed 法的措置予告 stamps; title 「債権回収最終通告書」 in red with 「（民事訴訟手続移行前の最終"
                        "通知）」; an unnamed 「大手通販サイトの後払い決済サービス」 (creditor null); one red box with "
                        "未納金額（延滞金・回収手数料を含む） ￥93,600- (no breakdown) and 「6月14日（月）午後3時まで」 (month-day "
                        "only); payment by 現金書留 after a phone call; 「ご家族・勤務先・弁護士等への相談は…お控えください」; "
                        "an address 「霞が関（裁判所合同庁舎向かい）」 without a number; a 03 number open every day; a "
                        "hiragana full-width 管理番号 ほ－６６１０")


# ---------------------------------------------------------------------------------------------
# bp16 アビリオ債権回収 (real) ご連絡とお支払いのお願い: a 2×2 grid of label-above-value cells; iPhone HEIC.


def bp16():
    R = 14.6
    issued, due = D(2027, 6, 4), D(2027, 6, 18)
    acc, lastp, assign = D(2026, 6, 10), D(2026, 3, 27), D(2027, 2, 26)
    weekday_ok(due, acc, lastp, assign)
    P, I = 318_650, 9_230
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "アビリオ債権回収株式会社", size=14.5, font="sans-bold", color=NAVY2)
    p.at(15, 24.5, "法務大臣許可番号 第5号", size=8.8, color=NAVY2)
    p.at(15, 29, "〒135-0000 東京都江東区むかご町5丁目3番1号　お客様サービス部", size=8.5)
    p.at(15, 33.5, "フリーダイヤル 0120-000-515（平日 9:00～18:00）", size=8.5)
    p.at(196, 19, f"{wdate(issued)}", size=10, align="r")
    p.at(196, 24.5, "お客様番号　AB-7712-0630", size=10, align="r")
    p.add(Line(15, 38, 196, 38, 0.8, NAVY2))
    p.at(112, 47, "〒060-0000 北海道札幌市中央区みつば台西12丁目1番30号", size=9.5)
    p.at(118, 55, "神長　雄大　様", size=14)
    p.y = 62
    p.title("ご連絡とお支払いのお願い", size=15, color=NAVY2)
    p.para(f"当社は、{wdate(assign)}、株式会社ネロリカードから、お客様に対する債権を譲り受けました。お客様のご契約は、"
           f"{wdate(lastp)}のご入金を最後にお支払いがなく、{wdate(acc)}に期限の利益を喪失しております。", size=9.8)
    p.para(f"つきましては、下記金額を{due.month}月{due.day}日（{wd(due)}）までに一括してお支払いいただくか、同日までに"
           "当社へご連絡のうえ、お支払い方法をご相談ください。", size=9.8)
    p.gap(3)
    x, y, w, h = 20, p.y, 85, 17
    cells = [("元金", f"{P:,}円", False), ("利息・手数料", f"{I:,}円", False),
             (f"遅延損害金（{wdate(acc + timedelta(1))}から{wdate(issued)}まで・年{R}％）", f"{L:,}円", False),
             ("お支払総額", f"{T:,}円", True)]
    for i, (lab, v, strong) in enumerate(cells):
        cx, cy = x + (i % 2) * (w + 1), y + (i // 2) * (h + 1)
        cell(p, cx, cy, w, h, lab, v, lsize=7.4, vsize=13 if strong else 12, vfont="sans-bold" if strong else None,
             align="r", width=1.1 if strong else 0.3)
    p.y = y + 2 * (h + 1) + 4
    p.line(f"お支払期日　{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold", color=NAVY2)
    p.gap(2)
    p.table([["お振込先", "るり銀行　豊洲支店　普通預金　6650218　アビリオサイケンカイシュウ（カ"],
             ["ご契約内容", "ネロリカード（ショッピング・キャッシング）　ご入会 2018年5月　ご利用枠 500,000円"],
             ["原債権者", "株式会社ネロリカード"]], [30, 150], x=20, aligns="ll", size=8.8, row_h=7, shade_col0=True)
    p.gap(4)
    p.para("期日までにお支払いもご連絡もいただけない場合には、法的手続を検討させていただくことになります。ご家族の方に"
           "ご請求することはございません。", size=9.3)
    p.para("当社は「債権管理回収業に関する特別措置法」に基づき法務大臣の許可を得た債権回収会社です。", size=8.5)
    qr(p, 174, 246, 20, "bp16-qr")
    p.at(170, 262, "ご連絡フォーム", size=7.5, align="r")
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-515", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社ネロリカード", debtor="神長雄大", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="AB-7712-0630", input_kind="photo_heic",
               template="proxy59_real_servicer_two_by_two_cells_heic", received=D(2027, 6, 8))
    return dict(stem="bp16", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.5, creases=2, bow=5, glare=18, fill=0.86, warm=0.2),
                about="collection_notice (real servicer ご連絡とお支払いのお願い, lump sum)",
                unusual="iPhone HEIC on a dark cloth with creases, a bow and a lamp glare; real servicer ★ アビリオ債権回収株式"
                        "会社 in navy with 「法務大臣許可番号 第5号」 top-LEFT, the addressee indented on the RIGHT under a rule; "
                        "the 譲受, last payment and 喪失 in western 年月日 in the prose, the due date as month-day in the prose "
                        "and with the year in a bold line 「お支払期日」; the amounts as a 2×2 GRID of label-above-value cells "
                        "(元金 / 利息・手数料 / 遅延損害金 with the full window and 年14.6％ in the label / お支払総額 framed "
                        "heavy); ご入会 2018年5月 and ご利用枠 500,000円 as distractors; a QR")


LETTERS = [bp09, bp10, bp11, bp12, bp13, bp14, bp15, bp16]
