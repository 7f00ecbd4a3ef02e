"""Proxy set 28, letters ak09–ak16: "after the auction, and old debts". An invented servicer asking for 「一部でも」 on a
平成30年 debt (with a 1,000-yen payment slip); a real servicer's 和解 for a 平成25年 debt (元金 only, damages waived) by
fax; a joint 債権譲渡通知 of a 平成 card debt to a real servicer; the 苅谷 household's 縦書き joint 譲渡通知 (guarantor →
real housing servicer) after the 任意売却; a law office's 縦書き 催告書 for a guarantor's rest left since a 平成31年
配当; a 酒田簡裁 支払督促 of a 平成29年 consumer loan; the 福井地裁 (ワ) suit of the 朽木 household's servicer; and a
scam postcard that read the 朽木 household's public auction."""

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
    era,
    grid,
    kdate,
    late,
    slip,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_ak1 import ak03_figures, hei, slash

from samples.letters.fmt import fullwidth, kanji_small, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
VIOLET = (0.36, 0.20, 0.52)
AURORA = (0.10, 0.30, 0.55)
SAISON = (0.05, 0.35, 0.60)


def ky(n: int) -> str:
    return yen(n, "kanji")


def kw(d: D) -> str:
    """A date in kanji in the era of the day: 平成三十年六月八日 / 令和元年九月三十日 / 令和八年二月十三日."""
    name, y = ("平成", d.year - 1988) if d < D(2019, 5, 1) else ("令和", d.year - 2018)
    ys = "元" if y == 1 else kanji_small(y)
    return f"{name}{ys}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def wj(d: D) -> str:
    """western date with the 平成 / 令和 year in brackets: 2013年（平成25年）7月29日."""
    e = f"平成{d.year - 1988}年" if d < D(2019, 5, 1) else f"令和{d.year - 2018}年"
    return f"{d.year}年（{e}）{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ak09 invented servicer: 「一部のご入金でも結構です」 on a 平成30年 loan, with a 払込取扱票 pre-filled 1,000; iPhone HEIC.


def ak09():
    R = 20.0
    issued, due = D(2026, 4, 1), D(2026, 4, 17)
    acc, lastp, assign = D(2018, 6, 5), D(2018, 3, 26), D(2025, 10, 31)
    P, I = 268_000, 4_973
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    assert L > P
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 12, color=None, fill=VIOLET))
    p.at(20, 18.2, "紫苑債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 18, "法務大臣許可番号 第252号", size=8.5, color=WHITE, align="r")
    p.y = 27
    p.line("〒900-0000　沖縄県那覇市くれない町九丁目9番9号", size=9.5)
    p.line("金城　琢磨　様", size=13.5)
    p.at(196, 28, f"通知日 {era(issued)}", size=9.5, align="r")
    p.at(196, 33.5, "ご照会番号 SN-1031-0772", size=9.5, align="r")
    p.y = 42
    p.title("ご入金のお願い", size=16, color=VIOLET)
    p.para(f"貴殿が株式会社わさびローンとの間で締結された金銭消費貸借契約に基づく債権は、{era(assign)}付で当社が譲り受けております。"
           "下記のとおりご請求金額が未払いとなっておりますので、お支払いくださいますようお願いいたします。", size=9.6)
    y = p.y + 1
    p.add(Box(15, y, 181, 15, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(105.5, y + 6.5, "一部のご入金でも結構です", size=14, font="sans-bold", color=RED, align="c")
    p.at(105.5, y + 12, "全額のご用意が難しい場合は、1,000円からでも、同封の払込取扱票でご入金ください。", size=9, align="c")
    p.y = y + 19
    y = grid(p, 15, p.y, [40, 50, 40, 51], [
        ["原債権者", "株式会社わさびローン", "ご契約日", "平成27年3月12日"],
        ["最終お取引日", hei(lastp), "期限の利益喪失日", hei(acc)],
        ["債権譲受日", era(assign), "ご入金期限", f"{era(due)}（{wd(due)}）"],
    ], h=7.5, size=9, lsize=8, bold={(2, 3)})
    p.y = y + 3
    p.line(f"ご請求金額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年20.0％）", "ご請求金額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 40, 52, 47], x=15, header=True, aligns="rrrr", size=10, row_h=8)
    p.para(f"※遅延損害金は元金に対する{hei(acc + timedelta(1))}からの年20.0％（365日日割）です。ご入金は遅延損害金、利息、元金の順に"
           "充当いたします。", size=8.4, indent="")
    p.para("※ご入金の際にご連絡は不要です。ご相談は TEL 098-000-2520（平日9:30～18:00　担当 勝又）まで。", size=8.4, indent="")
    p.para("紫苑債権回収株式会社　〒900-0000 那覇市やまびこ町九丁目9番9号　管理第二部", size=8.4, indent="")
    slip(p, 205, account="01720-9-252077", payee="紫苑債権回収株式会社", amount=1000, payer="金城　琢磨　様",
         note=["ご照会番号 SN-1031-0772", "一部入金（1,000円から）", "金額は書き換えてご利用いただけます"],
         bank_line="この払込取扱票は、ゆうちょ銀行又は郵便局の払込機能付きATMでご利用いただけます。", key="ak09")
    tr = truth(document_type="collection_notice", sender="紫苑債権回収株式会社", license_number=252,
               phone="098-000-2520", creditor="紫苑債権回収株式会社", status="unverified",
               original="株式会社わさびローン", debtor="金城琢磨", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SN-1031-0772", input_kind="photo_heic",
               template="proxy28_invented_servicer_partial_payment_trap_slip", received=D(2026, 4, 3))
    return dict(stem="ak09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.5, creases=2, fill=0.86, glare=18, warm=0.3),
                about="collection_notice (invented servicer, 「一部でも」 on a 平成30年 debt)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; INVENTED servicer 「紫苑債権回収株式会社」 "
                        "with 「法務大臣許可番号 第252号」 white on a violet band (→ unverified); a red box 「一部のご入金でも"
                        "結構です」 (1,000円からでも — the 時効 trap, never named); the ご入金期限 INSIDE a 2×3 shaded grid "
                        "(with 最終お取引日 平成30年3月26日 and 喪失 平成30年6月5日); one-row 4-column table 元金 / 利息 / "
                        "遅延損害金（年20.0％） / ご請求金額 (damages larger than the 元金); a 払込取扱票 at the foot "
                        "PRE-FILLED with 1,000 (distractor amount) and its own account number; phone only in a ※ line")


# ---------------------------------------------------------------------------------------------
# ak10 アウロラ債権回収 (real): 和解 for a 平成25年 debt, 元金 only in 31 instalments, damages waived; 2-page fax.


def ak10():
    R = 18.0
    issued, reply = D(2026, 4, 14), D(2026, 4, 30)
    acc, lastp, assign = D(2013, 10, 1), D(2013, 7, 29), D(2022, 3, 31)
    P, I = 620_000, 8_420
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, m = 31, 20_000
    assert n * m == P
    first, last = D(2026, 5, 27), D(2028, 11, 27)
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "AURORA", size=13, font="sans-bold", color=AURORA)
    p.at(47, 17, "アウロラ債権回収株式会社", size=11, font="sans-bold", color=AURORA)
    p.at(196, 15, f"送信日 {wj(issued)}", size=9, align="r")
    p.at(196, 20, "受付番号 AU-76-30418", size=9, align="r")
    p.add(Line(15, 23, 196, 23, 0.5, AURORA))
    p.y = 27
    p.line("秦野　綸子　様", size=13)
    p.line("（送信枚数 2枚／本紙を含む）", size=8.5, color=GRAY)
    p.gap(2)
    p.title("ご返済計画のご提案（和解条件のご案内）", size=14.5)
    p.para("平素より格別のご配慮を賜り、ありがとうございます。先日はお電話にてご相談をいただき、ありがとうございました。", size=9.6)
    p.para(f"当社が株式会社ほしくさファイナンスから{wj(assign)}付で譲り受けました貴殿に対する債権につき、ご相談の内容を踏まえ、"
           "下記の条件での和解をご提案いたします。", size=9.6)
    p.line("１．現在のご債務", size=10, font="sans-bold")
    p.table([["残元金", "利息", "損害金（年18％）", "債務総額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 36, 50, 50], x=18, header=True, aligns="rrrr", size=9.8, row_h=7.6)
    p.para(f"（{wj(issued)}現在。最終ご入金日 {wj(lastp)}、期限の利益喪失日 {wj(acc)}）", x0=18, size=8.6, indent="")
    p.gap(1)
    p.line("２．和解条件", size=10, font="sans-bold")
    for s in (f"(1) 残元金{P:,}円を、{wj(first)}から{wj(last)}まで、毎月27日限り{m:,}円ずつ{n}回に分割してお支払いいただきます。",
              "(2) 上記(1)のお支払いを遅滞なく完了されたときは、利息及び損害金の全額を免除いたします。",
              f"(3) 分割金の支払を2回分以上怠り、その額が{2 * m:,}円に達したときは、当然に期限の利益を失い、債務総額から既払金を"
              "控除した残額を直ちにお支払いいただきます。"):
        p.para(s, x0=22, x1=192, size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 13, 1.3))
    p.at(22, y + 8.5, "ご回答期限", size=11, font="sans-bold")
    p.at(56, y + 8.7, f"{wj(reply)}（{wd(reply)}）必着", size=12, font="sans-bold")
    p.y = y + 17
    p.para("ご承諾いただける場合は、2枚目の和解条件申込書にご記入・ご押印の上、FAX又は郵送でご返送ください。ご回答期限までにご返送の"
           "ない場合は、本ご提案は失効いたします。", size=9.2)
    p.gap(3)
    for s, sz in (("アウロラ債権回収株式会社　管理部　担当 飛鳥馬", 9.5), ("法務大臣許可番号　第76号", 8.8),
                  ("〒105-0000 東京都港区かもしかの杜九丁目9番9号", 8.5),
                  ("TEL 0120-000-763　FAX 03-0000-7631", 9.5)):
        p.line(s, x=100, size=sz)
    q = Page(font="sans", size=10.5, top=16)
    q.line("２／２", size=9, align="r", color=GRAY)
    q.title("和解条件申込書", size=15)
    q.line("アウロラ債権回収株式会社　御中　（FAX 03-0000-7631）", size=10.5)
    q.gap(3)
    q.para(f"私は、貴社に対し、債務総額金{T:,}円の支払義務があることを認め、貴社の{wj(issued)}付「ご返済計画のご提案」記載の"
           "和解条件により支払うことを申し込みます。")
    q.gap(2)
    q.table([["回", "お支払期日", "お支払額"], ["第1回", wj(first), f"{m:,}円"], ["第2回～第30回", "毎月27日", f"{m:,}円"],
             ["第31回", wj(last), f"{m:,}円"], ["計　31回", "", f"{n * m:,}円"]], [40, 80, 40], x=25, header=True,
            aligns="lcr", size=10, row_h=7.5)
    q.gap(6)
    for s in ("ご記入日　　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　㊞", "ご連絡先電話番号",
              "受付番号　AU-76-30418"):
        q.line(s, x=30, size=10.5)
        q.gap(3.5)
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-763", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社ほしくさファイナンス", debtor="秦野綸子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-76-30418", input_kind="fax_tiff",
               template="proxy28_servicer_old_debt_principal_only_settlement_fax", received=issued)
    return dict(stem="ak10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:52 AURORA SERVICER 03-0000-7631",
                about="settlement_proposal (real servicer, 平成25年 debt, 元金 only, damages waived; 2-page fax)",
                unusual="2-page G4 fax; real servicer ★ アウロラ債権回収 (Latin 「AURORA」 + name, 「法務大臣許可番号　第76号」 "
                        "in the bottom block); EVERY date western WITH the era in brackets 「2013年（平成25年）7月29日」; "
                        "受付番号 top-right; one-row table 残元金 / 利息 / 損害金（年18％） / 債務総額 where the damages of "
                        "12½ years are more than TWICE the 元金; last payment and 喪失 in a bracket line; the plan 20,000 × "
                        "31 = 620,000 (first / last dates, the 40,000 threshold: distractors) with 利息・損害金 waived; a "
                        "framed ご回答期限 …必着 (= payment_due); p.2 申込書 with the schedule table; TEL 0120 and FAX")


# ---------------------------------------------------------------------------------------------
# ak11 joint 債権譲渡のご通知: こならカード → セゾン債権回収 (real), 平成 card debt; scanned; blocks stacked at right.


def ak11():
    R = 14.6
    issued, assign = D(2026, 5, 8), D(2026, 4, 30)
    acc, lastp = D(2017, 4, 4), D(2017, 1, 27)
    Ps, Pc, I = 143_200, 261_800, 9_655
    P = Ps + Pc
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(era(issued), align="r", size=10)
    p.line("債権番号　SZ-2604-118830", align="r", size=9.5)
    p.y = 20
    p.line("〒980-0000　仙台市青葉区ささなみ通九丁目9番9号", size=10)
    p.line("重森　貴志　様", size=13.5)
    p.gap(8)
    p.title("債権譲渡のご通知", size=16, font="serif-bold", spaced=True)
    p.para(f"こならカード株式会社（以下「譲渡人」）は、貴殿との間の平成22年4月15日付カード会員契約に基づき貴殿に対して有する下記"
           f"債権を、{era(assign)}付でセゾン債権回収株式会社（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、"
           "譲渡人及び譲受人の連名にてご通知いたします。")
    p.para("今後のお支払い及びお問い合わせは、譲受人宛てにお願いいたします。なお、お支払方法につきましては、譲受人より別途ご案内"
           "いたします。")
    p.line("記", align="c")
    p.kv([("最終ご入金日", hei(lastp)), ("期限の利益喪失日", hei(acc)), ("譲渡日", era(assign))], x=28, label_w=38, size=10)
    p.gap(1)
    p.line(f"譲渡債権の明細（{era(assign)}現在）", x=28, size=10, font="serif-bold")
    p.line("（単位：円）", x=182, size=8.5, align="r")
    p.table([["項目", "金額"], ["元本（ショッピング）", f"{Ps:,}"], ["元本（キャッシング）", f"{Pc:,}"], ["元本計", f"{P:,}"],
             ["利息", f"{I:,}"], ["遅延損害金（年14.6％）", f"{L:,}"], ["譲渡債権額", f"{T:,}"]],
            [100, 54], x=28, header=True, aligns="lr", size=10, row_h=7.2)
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    for i, (role, lines, seal, sd) in enumerate((
            ("譲渡人", ["〒460-0000 名古屋市中区はぎのや九丁目9番9号", "こならカード株式会社", "代表取締役　梶浦　正嗣",
                        "お客様センター 052-000-8830"], "こならカード|代表/取締役", 28111),
            ("譲受人", ["〒170-0000 東京都豊島区まほろば台九丁目9番9号", "セゾン債権回収株式会社", "代表取締役　網代　健一",
                        "法務大臣許可番号 第34号", "TEL 0120-000-341（平日9:00～18:00）"], "セゾン債権回収|代表/取締役", 28112))):
        yy = y + i * 33
        p.at(86, yy + 5, f"【{role}】", size=9.5, font="serif-bold")
        for k, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s
            p.at(106, yy + 5 + k * 5.2, s, size=10.5 if big else 8.8, font="serif-bold" if big else "serif")
        p.seal(186, yy + 14, 12, "round", seal, angle=-4, seed=sd)
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-341", creditor="セゾン債権回収株式会社", status="licensed",
               original="こならカード株式会社", debtor="重森貴志", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ-2604-118830", input_kind="scan_png",
               template="proxy28_joint_assignment_old_card_stacked_blocks", received=D(2026, 5, 11))
    return dict(stem="ak11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="assignment_notice (joint, card company → real servicer, 平成29 last payment)",
                unusual="joint 債権譲渡のご通知 (spaced title), scanned; 平成22年 card contract, 最終ご入金日 平成29年1月27日 "
                        "(9 years before), 喪失 平成29年; a 2-column 項目/金額 table under 「（単位：円）」 with NO 円 in the "
                        "cells: 元本（ショッピング） / 元本（キャッシング） / 元本計 (= principal) / 利息 / 遅延損害金（年14.6％） "
                        "/ 譲渡債権額; the two notifier blocks 【譲渡人】 / 【譲受人】 STACKED on the right with round seals; "
                        "real servicer ★ セゾン債権回収株式会社 with 「法務大臣許可番号 第34号」; the 譲渡人's お客様センター "
                        "phone as a distractor; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ak12 縦書き joint 債権譲渡通知書 (内容証明): すもも信用保証 → 株式会社住宅債権管理回収機構 (real), after the 任意売却.


def ak12():
    R = 14.6
    issued, assign = D(2026, 1, 15), D(2026, 1, 9)
    lastp, acc, subro, sale = D(2025, 3, 27), D(2025, 5, 9), D(2025, 7, 18), D(2025, 10, 30)
    P = 8_734_200
    L = late(P, R, sale + timedelta(1), assign)
    T = P + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人すもも信用保証株式会社は、貴殿に対して有する左記求償債権を、{kdate(assign)}、譲受人株式会社住宅債権管理"
                 "回収機構に譲渡しましたので、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", "今後のお支払い及びご連絡は、すべて譲受人に対してなされるようお願いいたします。"),
        ("indent", "記"),
        ("indent", "一　原契約　株式会社しじみ川銀行との平成三十年九月二十一日付金銭消費貸借契約（住宅資金）"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四　代位弁済日　{kdate(subro)}"),
        ("indent", f"五　任意売却による充当日　{kdate(sale)}"),
        ("indent", "六　譲渡債権の額"),
        ("plain", f"　　求償元金　　{ky(P)}"),
        ("plain", f"　　確定損害金　{ky(L)}"),
        ("plain", "　　（任意売却による充当日の翌日から譲渡日まで年十四・六パーセント）"),
        ("plain", f"　　合計　　　　{ky(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "譲渡人　静岡県浜松市中区しぐれ坂九丁目九番九号"),
        ("low", "　すもも信用保証株式会社　代表取締役　尾登　誠"),
        ("low", "譲受人　東京都新宿区あじろ台九丁目九番九号"),
        ("low", "　株式会社住宅債権管理回収機構　代表取締役　樫尾　亮介"),
        ("low", "　法務大臣許可番号第九十一号"),
        ("low", "　電話　〇三（〇〇〇〇）九一〇四"),
        ("blank", ""),
        ("low", "静岡県沼津市ゆうなぎ町九丁目九番九号"),
        ("low", "苅谷　由起子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 28121))
    for key, txt, sd in (("尾登", "すもも信用保証|代表/取締役", 28122), ("樫尾", "住宅債権管理回収機構|代表/取締役", 28123)):
        col = [it for it in pg.items if isinstance(it, VText) and key in it.s][0]
        pg.items.append(Seal(col.x, col.y + (len(col.s) + 1.6) * size * 0.3528 * 1.05, 9, "round", txt, angle=3, seed=sd))
    tr = truth(document_type="assignment_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9104", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="すもも信用保証株式会社", debtor="苅谷由起子", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference=None, input_kind="vertical_pdf",
               template="proxy28_vertical_joint_assignment_guarantor_to_housing_servicer", received=D(2026, 1, 17))
    return dict(stem="ak12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint, 縦書き 内容証明, guarantor → real housing servicer after the 任意売却)",
                unusual="縦書き 債権譲渡通知書 with the 内容証明 stamp, digital; joint: both notifiers at the END in the low "
                        "columns with round seals; the 譲受人 is the real servicer ★ 株式会社住宅債権管理回収機構 with its "
                        "licence in KANJI 「法務大臣許可番号第九十一号」 (→ 91) and the phone in kanji digits; 記 with six "
                        "numbered items: 原契約 平成三十年 (the first-lien bank), 最終弁済日, 喪失日, 代位弁済日, 任意売却"
                        "による充当日 (all kanji dates) and the amounts as positional kanji 求償元金 / 確定損害金 / 合計; "
                        "informs only; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# ak13 縦書き 催告書 of a law office for a guarantee company: the rest of a 平成31年 配当, scanned.


def ak13():
    R = 14.6
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    acc, subro, divday, lastp = D(2018, 6, 8), D(2018, 9, 28), D(2019, 2, 14), D(2019, 9, 30)
    P = 2_841_500
    L = late(P, R, lastp + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当職は、ざぜんそう信用保証株式会社（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に"
                 "対し次のとおり催告いたします。"),
        ("body", f"通知人は、貴殿が株式会社こうばい銀行から借り受けた住宅資金について、{kw(acc)}の期限の利益喪失を受け、"
                 f"{kw(subro)}、同行に対して代位弁済を行いました。"),
        ("body", f"その後、担保不動産の競売手続において、{kw(divday)}の配当期日に配当金が求償債権に充当され、また貴殿から"
                 f"一部のお支払いがありましたが、{kw(lastp)}のお支払いを最後に、その後のお支払いはありません。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座に一括してお支払いください。右期限までにお支払いのない"
                 "ときは、訴訟提起等の法的措置を講じます。"),
        ("indent", "記"),
        ("indent", f"一　求償元金残額　{ky(P)}"),
        ("indent", f"二　遅延損害金　　{ky(L)}"),
        ("plain", f"　　（{kw(lastp + timedelta(1))}から本書作成日まで年十四・六パーセントの割合）"),
        ("indent", f"三　合計　　　　　{ky(T)}"),
        ("indent", "振込先　のとじ銀行　金沢中央支店"),
        ("plain", "　　　　普通預金　口座番号　二五一四〇三八"),
        ("plain", "　　　　弁護士網代敏江預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "石川県金沢市こうばい通九丁目九番九号"),
        ("low", "網代法律事務所"),
        ("low", "通知人代理人　弁護士　網代　敏江"),
        ("low", "電話　〇七六（〇〇〇）二五一四"),
        ("low", "整理番号　ＭＨ－２５１４"),
        ("blank", ""),
        ("low", "富山県高岡市くれない町九丁目九番九号"),
        ("low", "鴫野　芳恵　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 28131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　網代" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 27 * size * 0.3528 * 1.05, 8, "square", "弁護士網代敏江之印", angle=2, seed=28132))
    tr = truth(document_type="collection_notice", sender="網代法律事務所", phone="076-000-2514",
               creditor="ざぜんそう信用保証株式会社", status="not_applicable", original="株式会社こうばい銀行",
               debtor="鴫野芳恵", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="MH-2514", input_kind="vertical_scan",
               template="proxy28_vertical_lawyer_rest_since_heisei31_dividend", received=D(2026, 2, 16))
    return dict(stem="ak13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (law office for a guarantor, 縦書き 催告書, rest since a 平成31年 配当)",
                unusual="縦書き 催告書 (前略 … 草々) of ONE lawyer, scanned, with the 内容証明 stamp; the whole history in kanji "
                        "dates in the prose: 喪失 平成三十年六月八日, 代位弁済 平成三十年九月二十八日, 配当期日 平成三十一年"
                        "二月十四日 (distractor), last payment 令和元年九月三十日 (6 years before — 時効 plausible, never "
                        "said); damages from the day after the last payment, almost as large as the 元金; an absolute "
                        "deadline 「令和八年二月二十七日限り」; a 預り金口 account in kanji digits that shares digits with "
                        "the 整理番号 (distractor); full-width 整理番号 ＭＨ－２５１４ in a low column")


# ---------------------------------------------------------------------------------------------
# ak14 酒田簡裁 支払督促 of a 平成29年 consumer loan, creditor アルファ債権回収 (real); one page, image PDF.


def ak14():
    R = 20.0
    issued = D(2026, 5, 15)
    acc, lastp, assign, filed = D(2017, 11, 6), D(2017, 8, 28), D(2024, 6, 28), D(2026, 4, 27)
    P, I = 198_000, 3_210
    L = late(P, R, acc + timedelta(1), filed)
    C = 3_914
    T = P + I + L + C
    assert L > P
    p = Page(font="serif", size=10.5, top=16)
    p.title("支　払　督　促", size=18, font="serif-bold")
    y = grid(p, 22, p.y, [30, 136], [
        ["事件番号", fw("令和8年（ロ）第412号")], ["債権者", "アルファ債権回収株式会社（東京都中央区ささなみ通九丁目9番9号）"],
        ["債務者", "尾登　留美（山形県酒田市ゆうなぎ町九丁目9番9号）"],
    ], h=8, size=10, lsize=9.5, vfont="serif")
    p.y = y + 4
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言をする。",
           size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 28, 182
    rows = [("元金", P), ("利息（平成29年8月29日から同年11月6日まで）", I),
            (f"確定遅延損害金（平成29年11月7日から{fw('令和8年4月27日')}まで　年20％）", L), ("督促手続費用", C)]
    for lab, v in rows:
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, f"金{v:,}円", size=10, align="r")
    p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1)
    b = p.line("以上合計", x=x0, size=10.5, font="serif-bold")
    p.at(x1, b, f"金{T:,}円", size=10.5, align="r", font="serif-bold")
    p.para("なお、上記元金に対する令和8年4月28日から完済まで年20％の割合による遅延損害金", x0=x0, size=9.6, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　あまもクレジット株式会社は、債務者に対し、平成26年7月3日、金300,000円を、利息年18％、遅延損害金年20％、"
              "毎月27日限り分割弁済の約定で貸し付けた。",
              f"２　債務者は、平成29年8月28日の弁済を最後に分割金の支払を怠り、{fw('平成29年11月6日')}の経過により期限の利益を喪失した。",
              f"３　あまもクレジット株式会社は、{fw(era(assign))}、上記貸金債権を債権者に譲渡し、その旨を債務者に通知した。"):
        p.para(s, x0=24, x1=190, size=9.6, indent="")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=30, size=10.5)
    p.line("酒田簡易裁判所　裁判所書記官　勝又　千尋", x=30, size=10.5)
    p.seal(160, p.y - 4, 14, "square", "酒田簡易裁判所書記官印", angle=0, seed=28141)
    p.gap(5)
    p.add(Line(20, p.y, 190, p.y, 0.3))
    p.gap(2)
    for s in ("（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、当裁判所に督促異議の申立てをしてください。",
              "　　　　問い合わせ先　酒田簡易裁判所　電話 0234-00-2412（書記官室）"):
        p.line(s, x=22, size=8.8)
    tr = truth(document_type="payment_order", sender="酒田簡易裁判所", phone="0234-00-2412",
               creditor="アルファ債権回収株式会社", status="licensed", original="あまもクレジット株式会社",
               debtor="尾登留美", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference="令和8年(ロ)第412号",
               input_kind="pdf_scan", template="proxy28_payment_order_sakata_heisei29_loan", received=D(2026, 5, 19))
    return dict(stem="ak14", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, real servicer creditor, 平成29 consumer loan, one page)",
                unusual="a 支払督促 of a court new to the sets (酒田簡裁), one page scanned into an image-only PDF: the case "
                        "number, creditor and debtor (with addresses in brackets) in a shaded-label grid at the top; "
                        "creditor ★ アルファ債権回収株式会社 (no licence number: court paper); 請求の趣旨 as label lines "
                        "with 金…円 flush right, a rule and 「以上合計」; 確定遅延損害金 over 8½ YEARS at 年20％ (larger "
                        "than the 元金 198,000); the running clause as a plain 「なお」 line; 請求の原因 with the 300,000 "
                        "loan and 年18％ (distractors), last payment 平成29年8月28日 (時効 plausible — never said)")


# ---------------------------------------------------------------------------------------------
# ak15 福井地裁 (ワ): 呼出状 (p.1) + 訴状 (p.2), plaintiff オリックス債権回収 (real), the rest after the 配当 (ak03).


def ak15():
    R = 14.6
    issued, filed, hearing, answer = D(2026, 5, 25), D(2026, 5, 8), D(2026, 6, 30), D(2026, 6, 23)
    P, divday, acc, lastp, assign, subro = ak03_figures()
    cut = D(2026, 4, 30)
    L = late(P, R, divday + timedelta(1), cut)
    T = P + L
    case = "令和8年(ワ)第97号"
    p = Page(font="serif", size=10.5, top=18)
    p.line(fw("令和8年（ワ）第97号") + "　求償金請求事件", size=10.5)
    p.line("原告　オリックス債権回収株式会社", size=10.5)
    p.line("被告　朽木　幹雄", size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("朽木　幹雄　殿", size=12.5, x=24)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状に対する答弁書を下記期限までに当裁判所に提出してください。")
    p.line("記", align="c")
    y = grid(p, 26, p.y + 1, [34, 124], [
        ["期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１０分"],
        ["出頭場所", "福井地方裁判所　第２民事部　第２号法廷（２階）"],
        ["答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"],
    ], h=9, size=10.5, lsize=9.5, vfont="serif-bold")
    p.y = y + 4
    for s in ("１　期日に出頭する場合は、この呼出状を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告勝訴の判決がされることがあります。",
              "３　訴状の写しを同封します（２枚目）。"):
        p.para(s, x0=24, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　福井地方裁判所第２民事部", size=10.5)
    p.line("　　　　　裁判所書記官　砥上　圭", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "福井地方裁判所書記官印", seed=28151)
    p.gap(8)
    p.line("〒910-0000　福井県福井市やまびこ町九丁目9番9号", x=24, size=9.5)
    p.line("電話 0776-00-2097（第２民事部書記官室）", x=24, size=9.5)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　状", size=16, font="serif-bold")
    q.line(fw(era(filed)), align="r", size=10.5)
    q.line("福井地方裁判所　御中", size=10.5)
    q.gap(2)
    q.kv([("原告", "オリックス債権回収株式会社（代表者代表取締役　湯朝　伸也）"),
          ("", "送達場所　〒920-0000 金沢市あじろ台九丁目9番9号　北陸サービシングセンター"),
          ("", "電話 076-000-8110　担当 鹿野"), ("被告", "朽木　幹雄（福井県福井市くれない町九丁目9番9号）")],
         x=20, label_w=16, size=9.6)
    q.gap(1)
    q.line("求償金請求事件", size=10.5)
    q.line("訴訟物の価額　金" + f"{T:,}円　　貼用印紙額　金" + "51,000円", size=9.6)
    q.gap(2)
    q.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年5月1日から支払済みまで年14.6％の割合による金員を"
           "支払え。", x0=22, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=22, size=10, indent="")
    q.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　被告は、株式会社よいまち銀行から平成26年3月28日に住宅資金を借り受け、くさいちご保証株式会社がその債務を保証した。"
              f"被告は{era(lastp)}の返済を最後に支払を怠り、{era(acc)}に期限の利益を喪失した。",
              f"２　くさいちご保証株式会社は、{era(subro)}、同行に代位弁済し、被告に対する求償債権を取得した。原告は、{era(assign)}、"
              "同社から上記求償債権を譲り受けた。",
              f"３　福井地方裁判所令和6年(ケ)第58号担保不動産競売事件の{era(divday)}の配当により、原告は配当金を受領し、確定遅延損害金"
              "及び求償元金の一部に充当した。その残額は下表のとおりである。"):
        q.para(s, x0=22, x1=192, size=9.6, indent="")
    q.table([["求償元金残額", f"{P:,}円"], [f"確定遅延損害金（{era(divday + timedelta(1))}～{era(cut)}　年14.6％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [120, 44], x=24, aligns="lr", size=9.8, row_h=7.6)
    q.para("４　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", x0=22, size=9.6, indent="")
    tr = truth(document_type="lawsuit", sender="福井地方裁判所", phone="0776-00-2097",
               creditor="オリックス債権回収株式会社", status="licensed", original="くさいちご保証株式会社",
               debtor="朽木幹雄", total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference=case,
               input_kind="pdf_text_2page", template="proxy28_district_court_wa_servicer_rest_after_dividend",
               received=D(2026, 5, 27))
    return dict(stem="ak15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer plaintiff, the rest after the 配当; 2 pages)",
                unusual="福井地裁 (a court new to the sets) (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital: "
                        "case / 原告 / 被告 as three plain header lines; 期日 / 出頭場所 / 答弁書提出期限 in a shaded-label "
                        "grid with full-width dates and 午後１時１０分; the plaintiff ★ オリックス債権回収 (no licence number "
                        "printed); the 訴状 dated 5/8 ≠ 呼出状 5/25; the plaintiff's 送達場所 phone and 担当 (distractor); "
                        "訴訟物の価額 and 貼用印紙額 51,000 (not costs); 請求の趣旨 「金…及びうち金…」; 請求の原因 retells "
                        "the story of ak03 (平成26年 loan, 喪失, 代位弁済, 譲受, (ケ) 配当) with a 3-row 求償元金残額 / 確定"
                        "遅延損害金 / 合計 table")


# ---------------------------------------------------------------------------------------------
# ak16 SCAM postcard: a fake 「整理機構」 that read the 朽木 household's auction offers to close the 残債務 for a fee.


def ak16():
    issued, due = D(2026, 3, 3), D(2026, 3, 6)
    fee = 86_000
    p = Page(w=148, h=100, font="sans", size=8.5, left=7, right=7, top=6)
    p.add(Box(4, 4, 140, 92, 0.5, RED))
    p.at(74, 12, "競売後残債務に関する最終通知", size=12.5, font="sans-bold", color=RED, align="c")
    p.at(140, 18, f"通知日 {era(issued)}", size=7, align="r")
    p.at(140, 22, fw("管理番号　る－２０７"), size=7.5, align="r")
    p.y = 16
    p.line("朽木　幹雄　様", size=10.5, x=8)
    p.y = 25
    p.para("貴殿が所有されていた不動産（福井県福井市）の競売手続に伴い、金融機関に対する残債務の管理が当機構に移管されました。"
           "このまま放置されますと、給与・預貯金等の差押え及びご親族・勤務先への通知の手続に移行いたします。", x0=8, x1=140,
           size=7.8)
    p.para("当機構では、所定の整理手続費用をお支払いいただくことで、残債務を一括して整理（免除）する手続が可能です。"
           "ご家族に知られずに解決できます。", x0=8, x1=140, size=7.8)
    y = p.y + 1
    p.add(Box(10, y, 128, 16, 0.6, RED, (1.0, 0.94, 0.94)))
    p.at(14, y + 6, "整理手続費用", size=8.5, font="sans-bold")
    p.at(134, y + 6.5, f"￥{fee:,}", size=13, font="sans-bold", color=RED, align="r")
    p.at(14, y + 12.8, f"お振込期限　{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=8.5, font="sans-bold", color=RED)
    p.y = y + 19
    p.para("振込先　ゆきみち銀行 本町支店 普通 7204813 名義 ミカサギ　トオル（担当者個人名義です）", x0=8, x1=140, size=7.2,
           indent="")
    p.para("※弁護士・司法書士等の第三者に相談されますと、整理手続は無効となります。", x0=8, x1=140, size=7.2, indent="")
    p.add(Line(8, 82, 140, 82, 0.3, GRAY))
    p.at(8, 87, "一般社団法人　全国住宅債権整理機構", size=8.5, font="sans-bold")
    p.at(8, 91.5, "法務大臣許可番号第312号　東京都千代田区霞が関（本部）", size=6.8)
    p.at(140, 89, "担当直通 080-0000-3120", size=8.5, font="sans-bold", align="r")
    tr = truth(document_type="other", sender="一般社団法人全国住宅債権整理機構", license_number=312,
               phone="080-0000-3120", creditor=None, status="not_licensed", debtor="朽木幹雄", total=fee, lump=False,
               issued=issued, payment_due=due, reference="る-207", is_scam=True, input_kind="photo_jpeg",
               template="proxy28_scam_postcard_auction_rest_waiver_fee", received=None)
    return dict(stem="ak16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(2200, 1700), bg="wood", keystone=0.05, tilt=2.8, fill=0.8, glare=16, warm=0.25),
                about="other (scam postcard exploiting a finished auction)",
                unusual="架空請求 postcard (landscape, red frame) photographed on wood: 「競売後残債務に関する最終通知」 to the "
                        "朽木 household (whose 競売 is public); a fake 「一般社団法人　全国住宅債権整理機構」 with a FAKE "
                        "「法務大臣許可番号第312号」 (→ not_licensed) at 「霞が関（本部）」 without a number; it offers to "
                        "「整理（免除）」 the rest for a fee ￥86,000 to a PERSONAL account; a 3-day deadline 「3月6日（金）"
                        "午後3時まで」 without a year; threats to tell relatives and the employer; 「弁護士・司法書士…に相談"
                        "されますと…無効」; a full-width hiragana 管理番号 る－２０７; only a 080 担当直通")


LETTERS = [ak09, ak10, ak11, ak12, ak13, ak14, ak15, ak16]
