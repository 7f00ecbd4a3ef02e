"""Proxy set 69, letters bz01–bz08: the 信用金庫's 縦書き 催告書 before it sues (bz01); the 柏簡裁 支払督促 of a real servicer
(bz02) and its 仮執行宣言付支払督促 (bz03); a guarantee company's 代位弁済通知 by fax (bz04) and its 西条簡裁 支払督促 (bz05);
an invented servicer's cover letter with its 支払督促申立書 copy (bz06) and the 多治見簡裁 支払督促 of that case (bz07); a
労働金庫's 支払督促 at the 八代簡裁, photographed sideways (bz08)."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    truth,
    vcheck,
    vsafe,
    wd,
)
from story import (
    AL_ACC,
    AL_ASSIGN,
    AL_C1,
    AL_C2,
    AL_CASE,
    AL_COST_PARTS,
    AL_FILED,
    AL_I,
    AL_KARI,
    AL_KARI_APP,
    AL_L,
    AL_LAST,
    AL_NOTICE,
    AL_ORDER,
    AL_P,
    AL_R,
    AL_SERVED,
    HK_ACC,
    HK_C,
    HK_CASE,
    HK_COST_PARTS,
    HK_FILED,
    HK_I,
    HK_L,
    HK_LAST,
    HK_ORDER,
    HK_P,
    HK_R,
    IS_ACC,
    IS_C,
    IS_CASE,
    IS_COST_PARTS,
    IS_FILED,
    IS_INT,
    IS_L,
    IS_LAST,
    IS_ORDER,
    IS_P,
    IS_PRIN,
    IS_R,
    IS_SUB,
    ONE,
    RK_ACC,
    RK_DEMAND,
    RK_DEMAND_DUE,
    RK_I,
    RK_LAST,
    RK_LOAN,
    RK_P,
    RK_R,
    TO_ACC,
    TO_ASSIGN,
    TO_C,
    TO_CASE,
    TO_COST_PARTS,
    TO_FILED,
    TO_I,
    TO_L,
    TO_LAST,
    TO_ORDER,
    TO_P,
    TO_R,
    biz,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
BROWN = (0.42, 0.25, 0.10)
INDIGO = (0.16, 0.20, 0.45)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def parts_ok(parts, total):
    assert sum(parts) == total, (parts, total)


# ---------------------------------------------------------------------------------------------
# bz01 洛北信用金庫 縦書き 催告書 (内容証明), scanned: the last demand before it sues at the 京都地裁.


def bz01():
    issued, due = RK_DEMAND, RK_DEMAND_DUE
    P, I, R = RK_P, RK_I, RK_R
    L = late(P, R, RK_ACC + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当金庫は、貴殿との間の平成三十一年三月十五日付金銭消費貸借契約（証書貸付、当初貸付金額"
                 f"{kyen(RK_LOAN)}）に基づく貸付金について、次のとおり催告いたします。"),
        ("body", f"貴殿は、{kdate(RK_LAST)}の約定返済を最後にその後の返済を怠り、当金庫からの再三の督促にもかかわらず"
                 f"これに応じられなかったため、同契約の定めにより{kdate(RK_ACC)}の経過をもって期限の利益を喪失して"
                 "おります。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、左記口座にお振込みいただくか、当金庫本店融資管理部"
                 "までご持参ください。"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、改めて通知することなく、京都地方裁判所に貸金返還請求の"
                 "訴えを提起いたしますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　貸付金残元金　{kyen(P)}"),
        ("indent", f"二　未払利息　　　{kyen(I)}"),
        ("plain", f"　　（{kdate(RK_ACC)}まで）"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", f"　　（{kdate(RK_ACC + ONE)}から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　洛北信用金庫　本店営業部　普通預金"),
        ("plain", "　　　　口座番号　〇三一八八七二"),
        ("plain", "　　　　口座名義　ラクホクシンキン　ユウシカンリブ"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "京都市北区もみじ川町十八番地"),
        ("low", "洛北信用金庫"),
        ("low", "理事長　権守　将臣"),
        ("low", "（担当　融資管理部　諏合）"),
        ("low", "電話　〇七五（〇〇〇）四四一七"),
        ("low", "管理番号　ＲＨ－３０５２"),
        ("blank", ""),
        ("low", "京都市左京区紅梅町二十四番地の二"),
        ("low", "槇納　忠晴　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 69011))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "権守" in it.s]
    pg.items.append(Seal(xs[0] - 0.5, 22.0 + (8 + 14) * size * 0.3528 * 1.05, 11, "square", "洛北信用金庫理事長之印",
                         angle=-2, seed=69012))
    tr = truth(document_type="collection_notice", sender="洛北信用金庫", phone="075-000-4417",
               creditor="洛北信用金庫", status="not_applicable", debtor="槇納忠晴", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=RK_ACC,
               last_payment=RK_LAST, reference="RH-3052", input_kind="vertical_scan",
               template="proxy69_vertical_shinkin_final_demand_before_suit", received=D(2025, 10, 22))
    return dict(stem="bz01", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (信用金庫's 縦書き 催告書 before suing, 内容証明)",
                unusual="縦書き 催告書 (前略 … 草々) of a 信用金庫 (理事長, square seal), scanned with the 内容証明 stamp: it "
                        "announces the 京都地裁 suit of bz09 if unpaid; the 平成三十一年 contract and its 当初貸付金額 "
                        "金二百四十万円 (distractors); last payment and the 喪失 「の経過をもって」 in kanji in one sentence; "
                        "positional kanji amounts under 記 with the 未払利息's end date and the damage window in bracket "
                        "columns (本書作成日 = the letter date); deadline 「令和七年十一月五日限り」; an account in kanji digits "
                        "and its kana name (distractor); phone in kanji digits; full-width 管理番号 ＲＨ－３０５２")


# ---------------------------------------------------------------------------------------------
# bz02 柏簡易裁判所 支払督促 (2-page image PDF): p.1 the order with the 督促異議 notes, p.2 当事者目録 + 請求の趣旨及び原因.


def bz02():
    issued = AL_ORDER
    P, I, R, L, C = AL_P, AL_I, AL_R, AL_L, AL_C1
    X = P + I + L
    T = X + C
    case = fw("令和７年（ロ）第１８４６号")
    p = Page(font="serif", size=11, top=16)
    p.add(Box(18, 14, 20, 9, 0.6))
    p.at(28, 20.4, "正　本", size=11, font="serif-bold", align="c")
    rows = [("事件番号", case), ("事 件 名", "譲受債権支払督促事件")]
    y = 14
    for lab, val in rows:
        p.add(Box(110, y, 24, 7.5, 0.3, (0, 0, 0), SHADE))
        p.add(Box(134, y, 60, 7.5, 0.3))
        p.at(112, y + 5.3, lab, size=9.5)
        p.at(136, y + 5.3, val, size=10)
        y += 7.5
    p.y = 36
    p.title("支 払 督 促", size=20, font="serif-bold")
    p.gap(3)
    for lab, val in (("当　事　者", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")):
        b = p.line(lab, x=30, size=11)
        p.at(80, b, val, size=11)
    p.gap(6)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11.5)
    p.gap(2)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=11.5)
    p.gap(10)
    p.line(f"　　　{era(issued, True)}", size=11.5)
    p.line("　　　柏簡易裁判所", size=11.5)
    p.line("　　　　　　裁判所書記官　　井　伊　　真　知　子", size=11.5)
    p.seal(163, p.y - 7, 15, "square", "柏簡易裁判所書記官印", angle=0, seed=69021)
    p.gap(8)
    p.line("これは正本である。", x=110, size=10.5)
    p.line(f"　{era(issued, True)}", x=110, size=10.5)
    p.line("　柏簡易裁判所　裁判所書記官　井伊　真知子", x=110, size=10.5)
    p.gap(10)
    y = p.y
    p.add(Box(18, y, 174, 62, 0.8))
    p.add(Line(18, y + 10, 192, y + 10, 0.4))
    p.at(105, y + 7, "督促異議の申立てについて（必ずお読みください）", size=11.5, font="sans-bold", align="c")
    notes = ["１　この支払督促の内容に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の",
             "　　申立てをしてください（同封の「督促異議申立書」を使えます。郵送でもかまいません。）。",
             "２　督促異議の申立てがあると、通常の訴訟の手続に移り、後日、裁判所から口頭弁論期日の呼出状が届きます。",
             "３　分割払いなどの話合いを希望する場合も、督促異議申立書の該当欄に記入して提出してください。",
             "４　２週間以内に督促異議の申立てがないと、債権者の申立てにより仮執行宣言が付され、強制執行（給料・",
             "　　預金の差押え等）を受けるおそれがあります。",
             "５　問合せ先　柏簡易裁判所　民事督促係　電話 04-0000-7731（平日午前８時30分～午後５時）"]
    for i, s in enumerate(notes):
        p.at(22, y + 17 + i * 6.4, s, size=9.3, font="sans")
    q = Page(font="serif", size=10.5, top=14)
    q.line("（別紙）", size=10)
    q.line("当 事 者 目 録", size=13, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債　権　者", "〒104-0000　東京都中央区しおまち通一丁目6番2号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　楮原　敬三"),
          ("（送達場所）", "同所　管理部　電話 03-0000-1018　ＦＡＸ 03-0000-1019"),
          ("債　務　者", "〒277-0000　千葉県柏市こならの森二丁目14番3号"), ("", "栢　森　　拓　磨")],
         x=22, label_w=30, size=10)
    q.gap(3)
    q.add(Line(20, q.y, 190, q.y, 0.5))
    q.gap(3)
    q.line("請 求 の 趣 旨 及 び 原 因", size=13, font="serif-bold", align="c")
    q.line("請求の趣旨", size=11.5, font="serif-bold", x=22)
    b = q.line(f"１　金{X:,}円", x=26, size=11)
    q.at(80, b, "（下記内訳の合計）", size=10)
    for lab, val in (("　(1) 残元金", P), ("　(2) 利息（期限の利益喪失日まで）", I),
                     (f"　(3) 確定遅延損害金（{era(AL_ACC + ONE)}から{era(AL_FILED)}まで年１８％）", L)):
        b = q.line(lab, x=34, size=9.8)
        q.at(186, b, f"{val:,}円", size=9.8, align="r")
    q.para(f"２　上記１(1)の残元金{P:,}円に対する{era(AL_FILED + ONE)}から完済まで年１８％の割合による遅延損害金",
           x0=26, x1=190, size=11, indent="")
    b = q.line(f"３　金{C:,}円", x=26, size=11)
    q.at(80, b, "（督促手続費用）", size=10)
    fee, serve, notice, paper, cert = AL_COST_PARTS
    q.para(f"（内訳　申立手数料{fee:,}円、支払督促正本送達費用{serve:,}円、支払督促発付通知費用{notice:,}円、申立書作成及び"
           f"提出費用{paper:,}円、資格証明手数料{cert:,}円）", x0=34, x1=190, size=9.3, indent="")
    parts_ok(AL_COST_PARTS, C)
    q.gap(1)
    b = q.line("　　上記１及び３の合計額", x=26, size=11, font="serif-bold")
    q.at(186, b, f"金{T:,}円", size=11.5, font="serif-bold", align="r")
    q.gap(3)
    q.line("請求の原因", size=11.5, font="serif-bold", x=22)
    for s in ("１　株式会社みのわクレジット（以下「原債権者」という。）は、令和２年６月18日、債務者との間でカード利用契約"
              "（ショッピング及びキャッシング、利用限度額80万円、遅延損害金年18％）を締結し、債務者は同契約に基づき商品の"
              "購入代金の立替払及び金銭の借入れを受けた。",
              f"２　債務者は、{era(AL_LAST)}までに一部を支払ったのみで、その後の支払を怠ったため、{era(AL_ACC)}の経過により"
              "期限の利益を喪失した。",
              f"３　原債権者は、{era(AL_ASSIGN)}、債権者に対し上記債権を譲渡し、{era(AL_NOTICE)}到達の書面により債務者に"
              "その旨を通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=24, x1=190, size=10, indent="")
    q.y = 280
    q.line(f"申立年月日　{era(AL_FILED, True)}", size=10, align="r")
    tr = truth(document_type="payment_order", sender="柏簡易裁判所", phone="04-0000-7731",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社みのわクレジット",
               debtor="栢森拓磨", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=AL_ACC, last_payment=AL_LAST, assignment=AL_ASSIGN, reference=AL_CASE,
               input_kind="pdf_scan", template="proxy69_payment_order_kashiwa_objection_notes",
               received=AL_SERVED)
    return dict(stem="bz02", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, real servicer creditor, 2 pages)",
                unusual="柏簡裁 支払督促 正本 as a 2-page image PDF: a framed 「正　本」 top-left and a shaded 2-row case grid "
                        "top-right; p.1 the order alone (no amount) and a heavy-framed 「督促異議の申立てについて（必ずお読み"
                        "ください）」 box with five numbered notes (2 weeks, 口頭弁論 after an objection, 分割 wish, "
                        "差押え) and the court's 民事督促係 phone; p.2 当事者目録 (creditor ★ アルファ債権回収株式会社, no "
                        "licence: court paper; its 送達場所 phone/FAX as distractors) and 請求の趣旨 item １ as ONE sum "
                        "「（下記内訳の合計）」 with (1) 残元金 / (2) 利息 / (3) 確定遅延損害金 flush right, the running item ２, "
                        "item ３ 督促手続費用 with its five parts in a bracket line and 「上記１及び３の合計額」; 請求の原因 with "
                        "利用限度額80万円 and the 通知 到達 8/5 as distractors; 申立年月日 at the foot")


# ---------------------------------------------------------------------------------------------
# bz03 柏簡易裁判所 仮執行宣言付支払督促 of bz02's case, one digital page, the claim as a 費目/金額/備考 table.


def bz03():
    issued = AL_KARI
    P, I, R, L, C1, C2 = AL_P, AL_I, AL_R, AL_L, AL_C1, AL_C2
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="sans", size=10, top=14)
    p.at(194, 17, f"事件番号　{AL_CASE}", size=10, align="r")
    p.at(194, 22, "譲受債権支払督促事件", size=9.5, align="r")
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17, font="sans-bold")
    p.table([["債権者", "アルファ債権回収株式会社（東京都中央区しおまち通一丁目6番2号）代表者代表取締役　楮原敬三"],
             ["債務者", "栢森　拓磨（千葉県柏市こならの森二丁目14番3号）"]],
            [22, 154], x=18, aligns="ll", size=9.3, row_h=7.2, shade_col0=True)
    p.gap(4)
    p.para("債務者は、債権者に対し、後記「請求の趣旨」記載の金額を支払え。", size=10.5)
    p.para(f"上記の支払督促は、{era(AL_ORDER)}に発付され、同月{AL_SERVED.day}日債務者に送達されたが、債務者は法定期間内に"
           "督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.5)
    p.gap(1)
    y = p.y
    p.add(Box(18, y, 176, 11, 0.9))
    p.at(106, y + 7.2, "この支払督促は、仮に執行することができる。", size=12, font="sans-bold", align="c")
    p.y = y + 15
    p.line("請求の趣旨", size=11.5, font="sans-bold", x=18)
    rows = [["費　目", "金額（円）", "備　考"],
            ["残元金", f"{P:,}", "カード利用契約（ショッピング・キャッシング）"],
            ["利息", f"{I:,}", "期限の利益喪失日まで"],
            ["確定遅延損害金", f"{L:,}", f"{jis(AL_ACC + ONE)}～{jis(AL_FILED)}　年18％"],
            ["督促手続費用", f"{C1:,}", "支払督促申立時"],
            ["仮執行宣言の手続費用", f"{C2:,}", "仮執行宣言付支払督促正本送達費用"],
            ["合　計", f"{T:,}", ""]]
    p.table(rows, [48, 34, 94], x=18, header=True, aligns="lrl", size=9.6, row_h=7.4)
    p.gap(1)
    p.para(f"※ このほか、残元金{P:,}円に対する{era(AL_FILED + ONE)}から完済まで年18％の割合による遅延損害金を支払え。",
           x0=18, x1=194, size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", size=11, font="sans-bold", x=18)
    p.para(f"債権者が株式会社みのわクレジットから{era(AL_ASSIGN)}に譲り受けたカード利用契約に基づく債権。債務者は"
           f"{era(AL_ACC)}の経過により期限の利益を喪失した（詳細は先に送達した支払督促の別紙のとおり）。", x0=18, x1=194,
           size=9.5, indent="")
    p.gap(5)
    p.line(f"{era(issued)}", x=110, size=11)
    p.line("柏簡易裁判所", x=110, size=11)
    p.line("裁判所書記官　井伊　真知子", x=116, size=11)
    p.seal(182, p.y - 6, 14, "square", "柏簡易裁判所書記官印", angle=0, seed=69031)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 176, 37, 0.3, None, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["【ご注意】",
                           "・この仮執行宣言付支払督促に不服がある場合は、送達を受けた日から２週間以内に督促異議の申立てをする",
                           "　ことができます。この期間を過ぎると、支払督促は確定判決と同一の効力を持ちます。",
                           "・督促異議を申し立てても、それだけでは強制執行は止まりません（執行停止の申立てが別に必要です）。",
                           "・問合せ先　柏簡易裁判所　民事督促係　電話 04-0000-7731"]):
        p.at(22, y + 6.5 + i * 6.4, s, size=9.3, font="sans-bold" if i == 0 else "sans")
    p.y = 282
    p.line(f"（仮執行宣言申立日　{era(AL_KARI_APP)}）", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="柏簡易裁判所", phone="04-0000-7731",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社みのわクレジット",
               debtor="栢森拓磨", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=AL_ACC, last_payment=None, assignment=AL_ASSIGN, reference=AL_CASE,
               input_kind="pdf_text", template="proxy69_enforceable_kashiwa_cost_note_table",
               received=D(2026, 1, 19))
    return dict(stem="bz03", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, same case as bz02, one digital page)",
                unusual="the 仮執行宣言付支払督促 of bz02's case on ONE digital page in sans: the case number top-right in "
                        "half-width; the parties as a 2-row shaded-label table with the addresses in brackets; the 発付 "
                        "date and the 送達 「同月12日」 (day only) in one sentence; a framed 「この支払督促は、仮に執行する"
                        "ことができる。」; 請求の趣旨 as a 3-column table 費目 / 金額（円） / 備考 with the damage window in "
                        "JIS form (R7.3.28～R7.12.3) in the 備考 column and TWO cost rows (督促手続費用 / 仮執行宣言の"
                        "手続費用) above 合計; the running damages as a ※ line; a 請求の原因（要旨） without the last payment "
                        "(null); a grey 【ご注意】 box; 仮執行宣言申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bz04 燧灘信用保証 代位弁済のご通知及び求償金のご請求, one-page fax.


def bz04():
    issued, due = biz(D(2025, 9, 26)), biz(D(2025, 10, 10))
    P, R = IS_P, IS_R
    L = late(P, R, IS_SUB + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "燧灘信用保証株式会社", size=13, font="sans-bold")
    p.at(15, 22, "HIUCHINADA CREDIT GUARANTEE", size=7.5, color=GRAY)
    p.at(196, 15.5, f"送信日：{wdate(issued)}", size=9.5, align="r")
    p.at(196, 20.5, "送信枚数：本紙含め1枚", size=9.5, align="r")
    p.add(Line(15, 25, 196, 25, 1.0))
    p.y = 29
    p.line("萱嶋　桂子　様", size=13)
    p.line("保証番号：HN-25-07713", size=10)
    p.gap(1)
    for s, sz, f in (("燧灘信用保証株式会社　債権管理課", 10, "sans-bold"),
                     ("〒794-0000　愛媛県今治市とくさ町二丁目4番1号", 9, "sans"),
                     ("TEL 0898-00-2260　FAX 0898-00-2261", 9.5, "sans"), ("担当：玄蕃", 9.5, "sans")):
        p.line(s, x=120, size=sz, font=f)
    p.seal(186, 40, 13, "square", "燧灘信用保証之印", angle=3, seed=69041)
    p.gap(2)
    p.title("代位弁済のご通知及び求償金のご請求", size=14.5)
    p.para(f"当社は、貴殿が株式会社石鎚銀行と締結された「いしづちカードローン」契約について、保証委託契約に基づき連帯保証"
           f"をしておりましたが、貴殿が{era(IS_LAST)}のご返済を最後にお支払いを怠り、{era(IS_ACC)}をもって期限の利益を喪失"
           f"されたため、同行の請求により、{era(IS_SUB)}、下記のとおり同行に代位弁済いたしました。", size=9.8)
    p.para("これにより、当社は貴殿に対し、代位弁済額及びこれに対する代位弁済日の翌日から年14.6％の割合による損害金の求償"
           "債権を取得いたしましたので、ご通知申し上げるとともに、下記のとおりご請求いたします。", size=9.8)
    p.gap(1)
    p.line("１．代位弁済の内容", size=10.5, font="sans-bold")
    p.table([["代位弁済日", era(IS_SUB), "代位弁済先", "株式会社石鎚銀行　西条支店"],
             ["代位弁済額", f"{P:,}円", "（うち元金／利息）", f"{IS_PRIN:,}円／{IS_INT:,}円"]],
            [28, 46, 34, 73], x=15, aligns="llll", size=9.3, row_h=7.2, shade_col0=False)
    p.gap(3)
    p.line(f"２．ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold")
    x0, x1 = 24, 150
    for lab, val in (("求償金元金（代位弁済額）", P),
                     (f"損害金（{era(IS_SUB + ONE)}～{era(issued)}　年14.6％）", L)):
        b = p.line(lab, x=x0, size=10)
        p.at(x1, b, f"{val:,}円", size=10.5, align="r")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.2, GRAY))
    b = p.line("ご請求額合計", x=x0, size=11, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.add(Line(x0, p.y - 1.0, x1, p.y - 1.0, 0.6))
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.2))
    p.at(19, y + 8, "お支払期限", size=11, font="sans-bold")
    p.at(52, y + 8.2, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(192, y + 8, "一括にてお支払いください", size=9.5, align="r")
    p.y = y + 16
    p.line("３．お振込先", size=10.5, font="sans-bold")
    p.para("株式会社石鎚銀行　今治支店　当座預金　0071526　ヒウチナダシンヨウホシヨウ（カ　※お振込みの際は保証番号の数字"
           "（2507713）をご依頼人名の前にご入力ください。", x0=22, x1=196, size=9.3, indent="")
    p.gap(2)
    p.para("お支払期限までにお支払い又はご連絡がない場合は、やむを得ず支払督促の申立て等の法的手続をとらせていただきます。"
           "ご返済が困難な事情がおありの場合は、お早めに担当までご相談ください。", size=9.3)
    p.gap(2)
    p.para("※本書は貸金業法に基づく書面を兼ねます。当社登録番号　四国財務局長（3）第00071号　※本状と行き違いにご入金"
           "いただいた場合はご容赦ください。", size=8.3, indent="")
    tr = truth(document_type="acceleration_notice", sender="燧灘信用保証株式会社", phone="0898-00-2260",
               creditor="燧灘信用保証株式会社", status="not_applicable", original="株式会社石鎚銀行", debtor="萱嶋桂子",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=IS_ACC, last_payment=IS_LAST, reference="HN-25-07713", input_kind="fax_tiff",
               template="proxy69_guarantor_subrogation_fax_card_loan", received=issued)
    return dict(stem="bz04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 HIUCHINADA HOSHO 0898-00-2261",
                about="acceleration_notice (guarantee company 代位弁済通知 + 求償金 demand, one-page fax)",
                unusual="one-page G4 fax of a guarantee company for a bank CARD LOAN (the 代位弁済 that leads to bz05's "
                        "支払督促): colon labels 送信日： / 送信枚数： top-right, a Latin sub-line under the name, 保証番号： "
                        "under the addressee; the bank's 喪失 and last payment in one sentence; a 4-cell 代位弁済の内容 grid "
                        "whose 「（うち元金／利息）」 cell prints 1,152,000円／34,420円 (history, not fields); the ご請求金額 "
                        "as hairline rows 求償金元金（代位弁済額） / 損害金 with its window / ご請求額合計; a heavy-framed "
                        "お支払期限 with weekday; a 当座預金 account and the 7-digit number 2507713, the 貸金業 登録番号 and "
                        "the FAX number (also in the fax header) as distractors")


# ---------------------------------------------------------------------------------------------
# bz05 西条簡易裁判所 支払督促 (求償金), one scanned page; parties side by side, 請求の趣旨 in prose.


def bz05():
    issued = IS_ORDER
    P, R, L, C = IS_P, IS_R, IS_L, IS_C
    X = P + L
    T = X + C
    p = Page(font="serif", size=10, top=13)
    p.line(f"{fw('令和７年（ロ）第４０２号')}　求償金支払督促事件", size=10.5, x=15)
    p.y = 19
    p.title("支　払　督　促", size=18, font="serif-bold")
    y = p.y
    p.add(Box(15, y, 90, 33, 0.4))
    p.add(Box(105, y, 91, 33, 0.4))
    p.add(Box(15, y, 90, 6.5, 0.4, (0, 0, 0), SHADE))
    p.add(Box(105, y, 91, 6.5, 0.4, (0, 0, 0), SHADE))
    p.at(60, y + 4.8, "債　権　者", size=10, align="c")
    p.at(150.5, y + 4.8, "債　務　者", size=10, align="c")
    for i, s in enumerate(["〒794-0000 愛媛県今治市とくさ町二丁目4番1号", "燧灘信用保証株式会社", "代表者代表取締役　降旗　秀穂",
                           "（送達場所）同社債権管理課", "電話 0898-00-2260　FAX 0898-00-2261"]):
        p.at(17, y + 11.5 + i * 4.7, s, size=8.6 if i != 1 else 10, font="serif-bold" if i == 1 else "serif")
    for i, s in enumerate(["〒793-0000 愛媛県西条市汐風通三丁目7番21号", "萱　嶋　　桂　子"]):
        p.at(107, y + 11.5 + i * 5.5, s, size=8.8 if i == 0 else 11)
    p.y = y + 37
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("【請求の趣旨】", size=10.5, font="serif-bold")
    for s in (f"１　金{X:,}円（求償金元金{P:,}円及び確定遅延損害金{L:,}円の合計額）",
              f"２　上記求償金元金{P:,}円に対する{era(IS_FILED + ONE)}から完済まで年１４．６％の割合による遅延損害金",
              f"３　金{C:,}円（督促手続費用）"):
        p.para(s, x0=20, x1=194, size=10, indent="")
    fee, serve, notice, paper, cert = IS_COST_PARTS
    parts_ok(IS_COST_PARTS, C)
    p.para(f"（内訳：申立手数料{fee:,}円、送達費用{serve:,}円、発付通知費用{notice:,}円、書類作成提出費用{paper:,}円、"
           f"資格証明手数料{cert:,}円）", x0=26, x1=194, size=8.8, indent="")
    b = p.line("（上記１及び３の合計）", x=20, size=10)
    p.at(150, b, f"金{T:,}円", size=10.5, font="serif-bold", align="r")
    p.gap(1)
    p.line("【請求の原因】", size=10.5, font="serif-bold")
    for s in ("１　債権者は、令和３年１０月６日、債務者との間で、債務者が株式会社石鎚銀行（以下「銀行」という。）との"
              "カードローン契約（極度額150万円）に基づき負担する債務について保証委託契約を締結し、銀行に対し連帯保証した。"
              "同契約では、代位弁済額に対する代位弁済日の翌日から年14.6％の割合による損害金を支払う旨が約された。",
              f"２　債務者は、{era(IS_LAST)}の返済を最後に返済を怠り、{era(IS_ACC)}をもって期限の利益を喪失した。",
              f"３　債権者は、{era(IS_SUB)}、銀行に対し金{P:,}円を代位弁済した。",
              f"４　確定遅延損害金は、上記代位弁済額に対する{era(IS_SUB + ONE)}から{era(IS_FILED)}まで年14.6％の割合に"
              "よるものである。"):
        p.para(s, x0=20, x1=194, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{era(issued, True)}", size=10.5)
    p.line("　　西条簡易裁判所　裁判所書記官　明比　敬三", size=10.5)
    p.seal(140, p.y - 7, 12, "square", "西条簡易裁判所書記官印", angle=0, seed=69051)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 31, 0.5))
    p.add(Box(15, y, 7, 31, 0.5, (0, 0, 0), SHADE))
    for i, ch in enumerate("注意"):
        p.at(18.5, y + 12 + i * 6, ch, size=10, font="serif-bold", align="c")
    for i, s in enumerate(["この支払督促に対し不服があるときは、送達を受けた日から２週間以内に、当裁判所に督促異議の申立て",
                           "をすることができます（督促異議申立書を同封しています）。期間内に申立てがないときは、債権者の申立てにより",
                           "仮執行の宣言がされ、強制執行を受けることがあります。督促異議の申立てがあると、事件は訴訟手続に移行します。",
                           "お問合せ：西条簡易裁判所　民事係　電話 0897-00-5126"]):
        p.at(25, y + 7 + i * 6.2, s, size=8.8)
    p.y = y + 34
    p.line(f"これは正本である。　同日同庁　裁判所書記官　明比　敬三　　　　申立日　{era(IS_FILED, True)}", size=8.8,
           align="r")
    tr = truth(document_type="payment_order", sender="西条簡易裁判所", phone="0897-00-5126",
               creditor="燧灘信用保証株式会社", status="not_applicable", original="株式会社石鎚銀行", debtor="萱嶋桂子",
               total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=IS_ACC,
               last_payment=IS_LAST, reference=IS_CASE, input_kind="scan_png",
               template="proxy69_payment_order_saijo_recourse_side_by_side", received=D(2025, 12, 8))
    return dict(stem="bz05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order (簡裁, guarantee company 求償金, one page)",
                unusual="西条簡裁 支払督促 of bz04's 求償金 on ONE scanned page: the full-width case number and 事件名 on one "
                        "line top-LEFT; the parties SIDE BY SIDE in two shaded-header boxes (債権者 with its 送達場所 phone/FAX "
                        "as distractors | 債務者); 【請求の趣旨】 in prose: item １ one sum 「（求償金元金…及び確定遅延損害金…の"
                        "合計額）」, the running item ２, item ３ 督促手続費用 with a five-part 内訳 line and 「（上記１及び３の"
                        "合計）」; no interest (the bank's 利息 is inside the 代位弁済額); 請求の原因 with 極度額150万円 and the "
                        "令和３年 保証委託契約 (distractors); a 注意 box with a vertical shaded label; 申立日 in the foot line")


# ---------------------------------------------------------------------------------------------
# bz06 陶都債権回収 (invented) 支払督促申立てのご通知 + the copy of its 支払督促申立書 (2 digital pages).


def bz06():
    issued, due = biz(D(2026, 2, 6)), biz(D(2026, 2, 20))
    P, I, R, L, C = TO_P, TO_I, TO_R, TO_L, TO_C
    T = P + I + L + C
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 11, 11, 0, None, BROWN))
    p.at(20.5, 20, "陶", size=15, font="serif-bold", color=WHITE, align="c")
    p.at(29, 17.5, "陶都債権回収株式会社", size=13, font="serif-bold", color=BROWN)
    p.at(29, 22, "法務大臣許可番号　第264号", size=8.5, color=BROWN)
    p.at(196, 16, wdate(issued), size=10, align="r")
    p.at(196, 21, "お客様番号　TS-0412-6650", size=10, align="r")
    p.add(Line(15, 26, 196, 26, 0.8, BROWN))
    p.y = 31
    p.line("〒507-0000　岐阜県多治見市楓台一丁目5番8号", size=10)
    p.line("舳松　琢朗　様", size=13.5)
    p.gap(4)
    p.title("支払督促申立てのご通知", size=15.5, font="serif-bold")
    p.para(f"当社が{era(TO_ASSIGN)}に株式会社うだつクレジットから譲り受けました貴殿に対する債権につきましては、これまで"
           "再三にわたりご請求及びご連絡のお願いを差し上げてまいりましたが、現在に至るまでお支払いもご連絡もいただけて"
           "おりません。", size=10)
    p.para(f"そこで当社は、{era(TO_FILED)}、多治見簡易裁判所に対し支払督促の申立てをいたしましたので、お知らせいたします。"
           "申立書の写しを同封いたします（２枚目）。近日中に、同裁判所から「支払督促」が特別送達郵便で届きます。", size=10)
    p.para("なお、下記お支払期限までに申立書記載の請求額を一括でお支払いいただいた場合、又はお支払方法について当社と"
           "合意ができた場合は、申立てを取り下げます。", size=10)
    p.gap(2)
    p.line("記", align="c")
    p.line("■ 申立書記載の請求額", size=10.5, font="sans-bold", color=BROWN)
    rows = [["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
            [f"確定遅延損害金（{era(TO_ACC + ONE)}～{era(TO_FILED)}・年14.6％）", f"{L:,}円"],
            ["申立手続費用", f"{C:,}円"], ["請求額合計", f"{T:,}円"]]
    p.table(rows, [120, 46], x=22, aligns="lr", size=9.8, row_h=7.0, shade_col0=True)
    p.gap(2)
    b = p.line("■ お支払期限", size=10.5, font="sans-bold", color=BROWN)
    p.at(62, b, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.gap(1)
    p.line("■ お振込先", size=10.5, font="sans-bold", color=BROWN)
    p.para("みのかも銀行　多治見駅前支店　普通預金　3318264　トウトサイケンカイシユウ（カ", x0=26, x1=194, size=9.8, indent="")
    p.gap(2)
    p.para("ご注意：裁判所から届く支払督促には、送達を受けた日から２週間以内に督促異議を申し立てることができる旨が記載されて"
           "います。裁判所の手続については、支払督促に記載された裁判所の窓口にお問い合わせください。当社へのご相談は下記"
           "までお電話ください。", size=9, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(108, y, 88, 27, 0.4, BROWN))
    for i, (s, sz) in enumerate((("陶都債権回収株式会社　管理部", 10), ("〒507-0000 岐阜県多治見市げんげ田三丁目2番15号", 8.5),
                                 ("TEL 0572-00-6640（平日9:00～18:00）", 9.5), ("担当　杉守", 9.5))):
        p.at(111, y + 6 + i * 5.6, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(186, y + 21, 11, "square", "陶都債権回収印", angle=2, seed=69061)
    q = Page(font="serif", size=9.6, top=12)
    q.at(196, 14, "（写）", size=11, font="serif-bold", align="r")
    q.add(Box(15, 11, 26, 26, 0.3, GRAY))
    q.at(28, 22, "収入印紙", size=8, align="c", color=GRAY)
    q.at(28, 27, f"{TO_COST_PARTS[0]:,}円", size=8, align="c", color=GRAY)
    q.y = 14
    q.title("支払督促申立書", size=15, font="serif-bold")
    q.line("譲受債権支払督促申立事件", size=10.5, align="c")
    q.line(f"　{era(TO_FILED)}", x=120, size=10)
    q.line("　多治見簡易裁判所　裁判所書記官　殿", x=15, size=10.5)
    q.line("債権者　陶都債権回収株式会社　代表者代表取締役　廻谷　豊彦　印", x=80, size=9.6)
    q.gap(1)
    q.para("当事者の表示　別紙当事者目録記載のとおり　／　請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=9.6,
           indent="")
    q.para("「債務者は、債権者に対し、請求の趣旨記載の金額を支払え」との支払督促を求める。", size=9.6, indent="")
    q.gap(1)
    fee, serve, notice, paper, cert = TO_COST_PARTS
    parts_ok(TO_COST_PARTS, C)
    q.table([["申立手続費用", f"金{C:,}円"], ["内訳", f"申立手数料（印紙）{fee:,}円 / 支払督促正本送達費用（郵便切手）{serve:,}円"],
             ["", f"支払督促発付通知費用{notice:,}円 / 申立書作成及び提出費用{paper:,}円 / 資格証明手数料{cert:,}円"],
             ["添付書類", "資格証明書　１通"]], [28, 150], x=15, aligns="ll", size=9, row_h=6.2, ruled="rows")
    q.gap(3)
    q.line("当事者目録", size=11.5, font="serif-bold", align="c")
    q.kv([("債権者", "〒507-0000 岐阜県多治見市げんげ田三丁目2番15号　陶都債権回収株式会社"),
          ("", "代表者代表取締役　廻谷　豊彦　（電話 0572-00-6640　ＦＡＸ 0572-00-6641）"),
          ("債務者", "〒507-0000 岐阜県多治見市楓台一丁目5番8号　舳松　琢朗")], x=18, label_w=18, size=9.4)
    q.gap(2)
    q.line("請求の趣旨及び原因", size=11.5, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.2, font="serif-bold", x=18)
    for lab, val in (("１　元金", P), ("２　利息", I), (f"３　確定遅延損害金（{era(TO_ACC + ONE)}から{era(TO_FILED)}まで）", L),
                     ("４　申立手続費用", C)):
        b = q.line(lab, x=22, size=9.6)
        q.at(180, b, f"金{val:,}円", size=9.6, align="r")
    b = q.line("　　合計（１ないし４）", x=22, size=9.6, font="serif-bold")
    q.at(180, b, f"金{T:,}円", size=9.8, font="serif-bold", align="r")
    q.para(f"５　上記１の元金に対する{era(TO_FILED + ONE)}から完済まで年14.6％の割合による遅延損害金", x0=22, x1=194,
           size=9.6, indent="")
    q.line("請求の原因", size=10.2, font="serif-bold", x=18)
    for s in ("１　株式会社うだつクレジット（以下「原債権者」という。）は、令和元年９月２日、債務者との間でクレジットカード"
              "会員契約を締結し、同契約に基づき債務者の商品購入代金を立替払いした（立替金残元金が請求の趣旨１、未払の分割"
              "手数料が同２）。遅延損害金は年14.6％の約定である。",
              f"２　債務者は、{era(TO_LAST)}の支払を最後にその後の支払をせず、{era(TO_ACC)}の経過により期限の利益を"
              "喪失した。",
              f"３　原債権者は、{era(TO_ASSIGN)}、本件債権を債権者に譲渡し、同年７月８日、債務者に対しその旨を通知した。"):
        q.para(s, x0=20, x1=194, size=9.2, indent="")
    tr = truth(document_type="collection_notice", sender="陶都債権回収株式会社", license_number=264,
               phone="0572-00-6640", creditor="陶都債権回収株式会社", status="unverified",
               original="株式会社うだつクレジット", debtor="舳松琢朗", total=T, principal=P, interest=I, late_damages=L,
               costs=C, rate=R, lump=True, issued=issued, payment_due=due, acceleration=TO_ACC, last_payment=TO_LAST,
               assignment=TO_ASSIGN, reference="TS-0412-6650", input_kind="pdf_text_2page",
               template="proxy69_invented_servicer_payment_order_application_copy", received=D(2026, 2, 9))
    return dict(stem="bz06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (invented servicer's cover letter with the copy of its 支払督促申立書, 2 pages)",
                unusual="INVENTED servicer 「陶都債権回収株式会社」 (a brown one-kanji mark, 「法務大臣許可番号　第264号」 "
                        "under the name → unverified) TELLS the debtor it has applied for a 支払督促 at the 多治見簡裁 (bz07 "
                        "is the court's order): p.1 the 申立日 in the prose, a shaded-label table 「申立書記載の請求額」 "
                        "(元金 / 利息 / 確定遅延損害金 with the window / 申立手続費用 / 請求額合計) and a お支払期限 「取下げ」 "
                        "offer (■ headings in brown); p.2 the 支払督促申立書 （写） with a grey 収入印紙 box (its 2,500円 is the "
                        "申立手数料 inside the costs), the 申立手続費用 with its parts, 当事者目録 (the servicer's phone/FAX) and 請求の趣旨及び"
                        "原因 with 「合計（１ないし４）」 and the running item ５; the 令和元年 card contract and the 通知 7/8 "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# bz07 多治見簡易裁判所 支払督促 of bz06's case, phone photo; full-width amounts in numbered items.


def bz07():
    issued = TO_ORDER
    P, I, R, L, C = TO_P, TO_I, TO_R, TO_L, TO_C
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=14)
    p.table([["事件番号", fw("令和８年（ロ）第１１８号")], ["事件名", "譲受債権支払督促事件"]], [22, 56], x=116,
            aligns="ll", size=9.3, row_h=6.5, shade_col0=True)
    p.y = 30
    p.title("支 払 督 促", size=19, font="serif-bold")
    p.kv([("債権者：", "岐阜県多治見市げんげ田三丁目2番15号"), ("", "陶都債権回収株式会社　代表者代表取締役　廻谷　豊彦"),
          ("", "（連絡先　電話 0572-00-6640）"),
          ("債務者：", "岐阜県多治見市楓台一丁目5番8号"), ("", "舳松　琢朗")], x=22, label_w=20, size=10.3)
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者が、この支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって"
           "仮執行の宣言をする。", size=11)
    p.gap(2)
    p.line("請求の趣旨", size=11.5, font="serif-bold", align="c")
    items = [("１", "立替金残元金", P), ("２", "未払分割手数料", I),
             ("３", f"確定遅延損害金（{era(TO_ACC + ONE, True)}から{era(TO_FILED, True)}まで）", L),
             ("４", "督促手続費用", C)]
    for n, lab, val in items:
        b = p.line(f"{n}　{lab}", x=26, size=10.5)
        p.at(186, b, fw(f"金{val:,}円"), size=10.5, align="r")
    p.add(Line(120, p.y - 0.5, 188, p.y - 0.5, 0.4))
    b = p.line("　　合計（１ないし４）", x=26, size=10.5, font="serif-bold")
    p.at(186, b, fw(f"金{T:,}円"), size=11, font="serif-bold", align="r")
    p.para(f"５　１の金額に対する{era(TO_FILED + ONE, True)}から完済まで年１４．６％の割合による遅延損害金", x0=26, x1=190,
           size=10.5, indent="")
    p.gap(2)
    p.line("請求の原因", size=11.5, font="serif-bold", align="c")
    for s in ("１　株式会社うだつクレジット（原債権者）は、債務者とのクレジットカード会員契約に基づき、債務者の商品購入代金を"
              "立替払いした。",
              f"２　債務者は{era(TO_LAST)}の支払を最後に支払をせず、{era(TO_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は{era(TO_ASSIGN)}、上記債権を債権者に譲渡し、債務者にその旨を通知した。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(4)
    p.line(f"{era(issued, True)}", x=100, size=11)
    p.line("多治見簡易裁判所", x=100, size=11)
    p.line("裁判所書記官　板鼻　文恵", x=110, size=11)
    p.seal(178, p.y - 6, 14, "square", "多治見簡易裁判所書記官印", angle=0, seed=69071)
    p.gap(5)
    y = p.y
    p.add(Box(18, y, 174, 40, 0.5))
    p.at(22, y + 7, "（注意）", size=10.5, font="serif-bold")
    for i, s in enumerate(["・この支払督促に異議があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書に必要事項を",
                           "　記入してこの裁判所に提出してください（郵送可）。",
                           "・異議を申し立てると、この事件は通常の訴訟に移行し、当裁判所から期日の呼出しがあります。",
                           "・期間内に異議の申立てがないと、仮執行宣言が付され、強制執行を受けることがあります。",
                           "・多治見簡易裁判所　民事係　電話 0572-00-3391"]):
        p.at(24, y + 13.5 + i * 5.5, s, size=9.3)
    tr = truth(document_type="payment_order", sender="多治見簡易裁判所", phone="0572-00-3391",
               creditor="陶都債権回収株式会社", status="unverified", original="株式会社うだつクレジット",
               debtor="舳松琢朗", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=TO_ACC, last_payment=TO_LAST, assignment=TO_ASSIGN, reference=TO_CASE,
               input_kind="photo_jpeg", template="proxy69_payment_order_tajimi_fullwidth_items_photo",
               received=D(2026, 2, 17))
    return dict(stem="bz07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.07, tilt=2.2, creases=2, fill=0.83, blur=0.9, warm=0.2, glare=18.0),
                about="payment_order (簡裁, invented servicer creditor, phone photo)",
                unusual="多治見簡裁 支払督促 of the case bz06 announced, photographed on a pale desk at an angle with tri-fold "
                        "creases and a lamp glare; a 2-row shaded case grid top-right; the parties as colon kv lines "
                        "(債権者： the INVENTED servicer 陶都債権回収, no licence printed → unverified, with its 連絡先 phone "
                        "as a distractor); 請求の趣旨 as numbered label lines with FULL-WIDTH amounts flush right "
                        "(立替金残元金 / 未払分割手数料 / 確定遅延損害金 with a full-width window / 督促手続費用), a rule and "
                        "「合計（１ないし４）」, the running item ５; a （注意） box with four bullet points and the court's phone")


# ---------------------------------------------------------------------------------------------
# bz08 八代簡易裁判所 支払督促, creditor a 労働金庫; photographed and stored sideways (EXIF 6).


def bz08():
    issued = HK_ORDER
    P, I, R, L, C = HK_P, HK_I, HK_R, HK_L, HK_C
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=15)
    p.line("事件番号　令和８年（ロ）第２９号　　貸金支払督促事件", size=10.5, x=18)
    p.gap(4)
    p.title("支払督促", size=19, font="serif-bold", spaced=True)
    y = p.y
    rows = [("債権者", ["〒860-0000 熊本市中央区しいのき台二丁目3番7号", "火の国労働金庫", "代表者理事長　肥沼　光博",
                        "（送達場所）〒866-0000 熊本県八代市球磨川通4番18号 火の国労働金庫八代支店",
                        "（電話 0965-00-3371）"]),
            ("債務者", ["〒866-0000 熊本県八代市い草通二丁目8番17号", "白旗　諒子"])]
    for lab, lines in rows:
        h = 5.2 * len(lines) + 3
        p.add(Box(18, y, 24, h, 0.3, (0, 0, 0), SHADE))
        p.add(Box(42, y, 152, h, 0.3))
        p.at(30, y + h / 2 + 1.5, lab, size=10.5, align="c")
        for i, s in enumerate(lines):
            p.at(45, y + 5.5 + i * 5.2, s, size=9.4 if i != 1 else 10.5)
        y += h
    p.y = y + 4
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=11)
    p.gap(1)
    p.line("請求の趣旨", size=11.5, font="serif-bold", x=18)
    rows = [["番号", "請求の内容", "金額"], ["１", "貸付金残元金", f"{P:,}円"], ["２", "未払利息", f"{I:,}円"],
            ["３", f"確定遅延損害金（{era(HK_ACC + ONE)}から{era(HK_FILED)}まで年14％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "計", f"{T:,}円"]]
    p.table(rows, [14, 120, 40], x=18, header=True, aligns="clr", size=9.8, row_h=7.2)
    p.para(f"５　上記１に対する{era(HK_FILED + ONE)}から完済まで年14％の割合による遅延損害金", x0=22, x1=192, size=10,
           indent="")
    fee, serve, notice, paper, cert = HK_COST_PARTS
    parts_ok(HK_COST_PARTS, C)
    p.para(f"（督促手続費用の内訳　申立手数料{fee:,}円　送達費用{serve:,}円　発付通知費用{notice:,}円　書類作成提出費用"
           f"{paper:,}円　資格証明手数料{cert:,}円）", x0=22, x1=192, size=8.8, indent="")
    p.gap(1)
    p.line("請求の原因", size=11.5, font="serif-bold", x=18)
    for s in ("１　債権者は、令和４年４月22日、債務者に対し、フリーローンとして金1,500,000円を、利率年4.9％、毎月10日限り"
              "元利均等返済、返済を遅滞したときは期限の利益を失い年14％の割合による遅延損害金を支払う旨の約定で貸し付けた。",
              f"２　債務者は、{era(HK_LAST)}の返済を最後に返済を怠り、{era(HK_ACC)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=22, x1=192, size=9.8, indent="")
    p.gap(3)
    p.line(f"　　　{era(issued, True)}", size=11)
    p.line("　　　八代簡易裁判所　　裁判所書記官　迫水　政継", size=11)
    p.seal(150, p.y - 6, 14, "square", "八代簡易裁判所書記官印", angle=0, seed=69081)
    p.gap(4)
    p.para("（注意）　この支払督促の送達を受けた日から２週間以内に督促異議の申立てをしないときは、債権者の申立てにより仮執行"
           "の宣言がされ、債権者は強制執行をすることができるようになります。督促異議の申立ては、同封の申立書を当裁判所に"
           "提出する方法でできます。", size=9.5, indent="")
    p.para("問合せ先　八代簡易裁判所　民事受付　電話 0965-00-2218", size=9.5, indent="")
    p.gap(2)
    p.line("これは正本である。　同日同庁　裁判所書記官　迫水　政継", size=9.5, align="r")
    p.line(f"申立日　{era(HK_FILED, True)}", size=9, align="r")
    tr = truth(document_type="payment_order", sender="八代簡易裁判所", phone="0965-00-2218", creditor="火の国労働金庫",
               status="not_applicable", debtor="白旗諒子", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, acceleration=HK_ACC, last_payment=HK_LAST, reference=HK_CASE,
               input_kind="photo_exif_rotated", template="proxy69_payment_order_yatsushiro_rokin_rotated",
               received=D(2026, 1, 30))
    return dict(stem="bz08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, fill=0.84, blur=0.85, shadow=0.35,
                          shadow_side="bottom", warm=0.1),
                about="payment_order (簡裁, 労働金庫 creditor, phone photo stored sideways)",
                unusual="八代簡裁 支払督促 photographed on tatami with creases and a hand shadow at the bottom, stored sideways "
                        "with EXIF orientation 6; the creditor is a 労働金庫 (代表者理事長, not a bank, not a company) whose "
                        "送達場所 is its 八代支店 with a phone (distractor); the parties in shaded-label boxes; 請求の趣旨 as a "
                        "4-column table 番号 / 請求の内容 / 金額 (貸付金残元金 / 未払利息 / 確定遅延損害金 with window and 年14％ "
                        "/ 督促手続費用 / 計) and the running item ５ under it; the cost 内訳 in a bracket line; 請求の原因 "
                        "with the 令和４年 loan of 1,500,000円 at 年4.9％ (distractors); the 2-week warning AFTER the date as "
                        "a （注意） paragraph")


LETTERS = [bz01, bz02, bz03, bz04, bz05, bz06, bz07, bz08]
