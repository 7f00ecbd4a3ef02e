"""Proxy set 89, letters ct09–ct16: a real servicer's 一括請求 naming the 原債権者 with its 旧商号 (ct09), a real
servicer collecting ON COMMISSION for a guarantee company sends a 分割弁済 proposal by fax (ct10), a 仮執行宣言付支払督促
with a real servicer creditor (ct11), a 地裁 呼出状 addressed to the SECOND defendant, the 連帯保証人 (ct12), a lawyer's
縦書き 期限の利益喪失通知 for a 信用金庫 (ct13), a fake servicer claiming a 債権譲渡 (ct14), a real servicer's proposal to
the HEIR of a card holder (ct15) and a bank's 債権譲渡通知 sent by the 譲渡人 alone (ct16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    RED,
    SHADE,
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
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
GREEN = (0.10, 0.42, 0.20)
ORANGE = (0.80, 0.38, 0.05)
MAROON = (0.45, 0.08, 0.12)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rdot(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def vcheck2(pages) -> None:
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for a, b in zip(cols, cols[1:], strict=False):
            if (a.s.endswith(("令和", "平成")) and b.s[:1] in "〇一二三四五六七八九十元０１２３４５６７８９") or \
                    (a.s.endswith("令") and b.s[:1] == "和") or (a.s.endswith("平") and b.s[:1] == "成"):
                raise AssertionError(f"column breaks inside an era date: …{a.s[-6:]} | {b.s[:6]}…")


# ---------------------------------------------------------------------------------------------
# ct09 real servicer (セゾン債権回収, 第34号) 一括請求書; 原債権者 printed with its 旧商号; photo stored sideways.


def ct09():
    R = 20.0
    issued, due = D(2026, 7, 21), D(2026, 8, 7)
    acc, lastp, asg = D(2025, 12, 5), D(2025, 9, 5), D(2026, 3, 31)
    P, I = 634_900, 12_450
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "セゾン債権回収株式会社", size=12.5, font="sans-bold", color=MAROON)
    p.at(15, 22.5, "法務大臣許可　第34号", size=8, color=MAROON)
    p.at(196, 18, f"発行日　{rdot(issued)}", size=9.5, align="r")
    p.at(196, 23, "受付番号　2607-0341-5", size=9.5, align="r")
    p.y = 32
    p.line("〒920-0000 石川県金沢市めじろ台北二丁目11番7号", size=9.5, x=18)
    p.line("高塚　昌平　殿", size=14, x=24)
    p.gap(7)
    p.title("一 括 請 求 書", size=17, color=MAROON)
    p.para("貴殿の下記ご契約に基づく債務につきましては、期限の利益喪失後、再三にわたりご請求申し上げておりますが、本日現在"
           "までお支払いをいただいておりません。", size=9.8)
    p.para(f"当社は、{rdot(asg)}付で原債権者より本債権を譲り受けた債権者として、下記ご請求額の一括でのお支払いを"
           f"ご請求いたします。{rdot(due)}（{wd(due)}）までにお振込みください。", size=9.8)
    p.gap(2)
    p.line("■ご契約の内容", size=10, font="sans-bold", color=MAROON)
    y = grid(p, 15, p.y, [38, 143], [
        ["原債権者", "株式会社トパーズファイナンス（旧商号：株式会社ミネルバローン）"],
        ["ご契約者名", "高塚　昌平　様（タカツカ　ショウヘイ）"],
        ["ご契約日／種類", "H30.2.14　キャッシング（極度額 500,000円）"],
        ["最終ご入金日", rdot(lastp)],
        ["期限の利益喪失日", rdot(acc)],
        ["債権譲受日", rdot(asg)],
    ], h=7.0, size=9.3)
    p.y = y + 4
    p.line(f"■ご請求額（{rdot(issued)}現在）", size=10, font="sans-bold", color=MAROON)
    x0, x1 = 24, 120
    for lab, v in (("元金", P), ("利息", I), (f"損害金（年{R:.1f}％）", L)):
        leader(p, lab, f"¥{v:,}", x0, x1, size=10.5)
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1)
    leader(p, "ご請求額", f"¥{T:,}", x0, x1, size=12, font="sans-bold")
    y0 = p.y - 34
    p.add(Box(130, y0, 66, 30, 0.8, MAROON, (0.98, 0.94, 0.94)))
    p.at(163, y0 + 8, "お振込期限", size=10.5, font="sans-bold", align="c", color=MAROON)
    p.at(163, y0 + 18, f"{rdot(due)}（{wd(due)}）", size=14, font="sans-bold", align="c")
    p.at(163, y0 + 25, "必着", size=9, align="c")
    p.gap(4)
    p.para("お振込先　みのり銀行 新宿支店 普通預金 3400915 セゾンサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※株式会社トパーズファイナンス（旧 株式会社ミネルバローン）へのお問い合わせ・お支払いはご遠慮ください。同社は"
           "令和6年4月に商号を変更しております。", size=9, indent="")
    p.para("※期限までにお支払いがない場合、支払督促・訴訟等の法的手続に移行することがあります。", size=9, indent="")
    p.gap(6)
    for s, sz, f in (("セゾン債権回収株式会社　管理部", 10.5, "sans-bold"),
                     ("〒170-0000 東京都豊島区ひばりが丘南四丁目1番1号", 8.8, "sans"),
                     ("フリーダイヤル 0120-000-340　担当 及川原", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-340", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社トパーズファイナンス", debtor="高塚昌平", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="2607-0341-5", input_kind="photo_exif_rotated",
               template="proxy89_servicer_lump_sum_former_trade_name_rotated", received=D(2026, 7, 23))
    return dict(stem="ct09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.15),
                about="collection_notice (real servicer 一括請求, 原債権者 with its 旧商号)",
                unusual="phone photo on tatami stored sideways with EXIF orientation 6; real servicer ★ セゾン債権回収 with "
                        "「法務大臣許可　第34号」 (no 番号) under the name top-left; EVERY date as R8.7.21; the 原債権者 "
                        "printed as 「株式会社トパーズファイナンス（旧商号：株式会社ミネルバローン）」 (original = the current "
                        "name, the bracket is history) and again in a note; ご契約者名 with the kana reading; "
                        "dotted-leader amounts with ¥ (元金 / 利息 / 損害金（年20.0％） / ご請求額); the due date in a pink "
                        "box beside the amounts with 必着; H30 contract with 極度額 500,000円 as a distractor")


# ---------------------------------------------------------------------------------------------
# ct10 real servicer (ACS, 第27号) collecting ON COMMISSION for a guarantee company: 分割弁済のご提案, 2-page fax.


def ct10():
    R = 14.6
    issued, reply = D(2026, 8, 19), D(2026, 9, 4)
    subro, acc, lastp = D(2025, 10, 10), D(2025, 8, 22), D(2025, 6, 10)
    S = 1_284_330
    L = late(S, R, subro + ONE, issued)
    T = S + L
    first = T - 24_000 * 59
    assert 24_000 < first < 48_000 and first + 24_000 * 59 == T, first
    p = Page(font="sans", size=10, top=10)
    y = p.y
    p.add(Box(15, y, 181, 15, 0.5))
    p.at(18, y + 6, "FAX送信のご案内", size=11, font="sans-bold")
    p.at(18, y + 12, f"送信日 {slash(issued)}　送信枚数 2枚（本紙含む）　宛先 野老 浩二 様（FAX 0463-00-2615）", size=8.5)
    p.at(193, y + 6, "エー・シー・エス債権管理回収株式会社", size=8.5, align="r")
    p.y = y + 21
    p.line("野老　浩二　様", size=13.5, x=18)
    p.at(196, p.y - 5, f"{era(issued)}", size=9.5, align="r")
    p.at(196, p.y + 0.5, "お客様番号　AC-88-2619", size=9.5, align="r")
    p.gap(5)
    p.title("分割弁済のご提案", size=15.5)
    p.para("当社は、なでしこ保証株式会社（以下「委託元」）から、同社が貴殿に対して有する求償債権の管理回収業務の委託を受けて"
           "おります。債権者は委託元であり、当社は委託元の代理としてご連絡を差し上げております。", size=9.6)
    p.para("先日お電話でお伺いしたご事情を委託元に伝えましたところ、下記条件による分割でのお支払いに応じる旨の了承を得ました"
           "ので、ご提案申し上げます。", size=9.6)
    p.gap(1)
    p.line("１．現在のご債務", size=10, font="sans-bold")
    p.table([["委託元（債権者）", "なでしこ保証株式会社"],
             ["求償元金", f"{S:,}円"],
             [f"損害金（{rdot(subro + ONE)}～{rdot(issued)}・年{R}％）", f"{L:,}円"],
             ["ご債務額合計", f"{T:,}円"]], [100, 60], x=24, aligns="lr", size=9.6, row_h=7.2, shade_col0=True)
    p.line(f"（ご参考）原契約：株式会社つむぎ銀行 カードローン／最終ご返済日 {rdot(lastp)}／期限の利益喪失日 {rdot(acc)}"
           f"／代位弁済日 {rdot(subro)}", x=24, size=8)
    p.gap(3)
    p.line("２．ご提案内容", size=10, font="sans-bold")
    p.kv([("第1回", f"{first:,}円（令和8年9月25日）"),
          ("第2回以降", "毎月25日限り 24,000円 × 59回（最終回 令和13年8月25日）"),
          ("損害金", "上記分割金を遅滞なくお支払いいただいた場合、第1回以降の損害金は免除いたします。"),
          ("期限の利益", "分割金の支払を2回以上怠り、その額が48,000円に達したときは、当然に期限の利益を失います。")],
         x=28, label_w=28, size=9.3)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 160, 14, 1.3))
    p.at(28, y + 9, "ご回答期限", size=11.5, font="sans-bold")
    p.at(62, y + 9.3, f"{era(reply)}（{wd(reply)}）必着", size=12.5,
         font="sans-bold")
    p.y = y + 18
    p.para("ご了承いただける場合は、2枚目の「分割弁済申込書」にご署名のうえ、FAX又はご郵送にてご返送ください。期限までに"
           "ご回答がない場合、本提案はなかったものとさせていただきます。", size=9.3, indent="")
    p.gap(4)
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社", 10.5, "sans-bold"),
                     ("法務大臣許可番号 第27号　管理部　担当 門間", 8.8, "sans"),
                     ("〒160-0000 東京都新宿区くるみ町五丁目8番1号", 8.5, "sans"),
                     ("TEL 0120-000-271　FAX 03-0000-2728", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.title("分 割 弁 済 申 込 書", size=15)
    q.line("エー・シー・エス債権管理回収株式会社　御中", size=10.5)
    q.line("（委託元　なでしこ保証株式会社）", size=9.5)
    q.gap(4)
    q.para(f"私は、なでしこ保証株式会社に対する求償債務金{T:,}円（{era(issued)}現在）につき、貴社{era(issued)}付"
           "ご提案の条件で分割弁済することを申し込みます。", size=10)
    q.gap(4)
    for lab in ("お申込日　　令和　　年　　月　　日", "ご住所", "お名前（ご署名）", "お電話番号"):
        q.line(lab, x=24, size=10.5)
        q.add(Line(24, q.y + 1, 186, q.y + 1, 0.3))
        q.gap(6)
    q.gap(2)
    q.para("※本申込書のご返送は、債務の存在を承認されたものとして取り扱われます。", size=9, indent="")
    q.para("返送先FAX　03-0000-2728（エー・シー・エス債権管理回収株式会社 管理部）", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-271", creditor="なでしこ保証株式会社", status="licensed",
               original="なでしこ保証株式会社", debtor="野老浩二", total=T, principal=S, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               reference="AC-88-2619", input_kind="fax_tiff",
               template="proxy89_commission_servicer_for_guarantor_plan_fax", received=issued)
    return dict(stem="ct10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:42 ACS SAIKEN KANRI 03-0000-2728",
                about="settlement_proposal (real servicer 受託 for a guarantee company, 2-page fax)",
                unusual="2-page G4 fax with a boxed FAX送信のご案内 strip (the addressee's own FAX number as a distractor); "
                        "real servicer ★ エー・シー・エス債権管理回収 collecting ON COMMISSION for a GUARANTEE company "
                        "(creditor = original = the 委託元 なでしこ保証; the bank つむぎ銀行 only in a (ご参考) line with "
                        "the 最終ご返済日, 喪失日 and 代位弁済日); a shaded-label table 求償元金 / 損害金（R7.10.11～R8.8.19） / "
                        "ご債務額合計 (no interest); the plan (first instalment, 24,000 × 59, 令和13年, 48,000 threshold) "
                        "as distractors; ご回答期限 in a heavy frame = payment_due; p.2 申込書 「御中」 to the servicer")


# ---------------------------------------------------------------------------------------------
# ct11 広島簡裁 仮執行宣言付支払督促: creditor a real servicer (オリックス債権回収, 譲受債権), one scanned page.


def ct11():
    R = 18.0
    issued, order, served, filed = D(2026, 9, 15), D(2026, 8, 18), D(2026, 8, 21), D(2026, 8, 3)
    acc, asg = D(2025, 12, 26), D(2026, 4, 30)
    P, I = 927_540, 18_306
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 5_120, 1_060
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第1466号"
    p = Page(font="serif", size=10.5, top=14)
    p.line("令和8年(ロ)第1466号", size=10.5)
    p.gap(3)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    y = p.y
    p.add(Box(20, y, 170, 40, 0.4))
    p.add(Line(20, y + 20, 190, y + 20, 0.3))
    p.add(Line(48, y, 48, y + 40, 0.3))
    p.at(24, y + 11.5, "債権者", size=10.5)
    p.at(52, y + 6.5, "〒105-0000 東京都港区すぎな台九丁目2番3号", size=9)
    p.at(52, y + 12.5, "オリックス債権回収株式会社", size=11, font="serif-bold")
    p.at(52, y + 17.5, "代表者代表取締役　（記載省略）　電話 03-0000-1111（送達場所）", size=8.5)
    p.at(24, y + 31.5, "債務者", size=10.5)
    p.at(52, y + 26.5, "〒730-0000 広島県広島市中区青葉浜一丁目16番9-302号", size=9)
    p.at(52, y + 33.5, "古池　千尋", size=12, font="serif-bold")
    p.y = y + 45
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。")
    p.para(f"上記の支払督促は{fw(era(order))}に発付され、同月{fw(str(served.day))}日債務者に送達されたが、債務者は法定期間内に"
           "督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10.3)
    p.line("上記金額について、仮に執行することができる。", size=10.5, x=26)
    p.gap(2)
    p.line("請求の趣旨", align="c", size=11, font="serif-bold")
    rows = [["残元金", f"{P:,}"], ["利息（期限の利益喪失日まで）", f"{I:,}"],
            [f"確定遅延損害金（{era(acc + ONE)}～{era(filed)}　年18.0％）", f"{L:,}"],
            ["督促手続費用", f"{C1:,}"], ["仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]]
    p.table([["項　目", "金額（円）"]] + rows, [120, 45], x=22, header=True, aligns="lr", size=9.8, row_h=7)
    p.para(f"なお、残元金{P:,}円に対する{era(filed + ONE)}から完済まで年18.0％の割合による遅延損害金を支払え。", x0=22,
           size=9.5, indent="")
    p.gap(1)
    p.line("請求の原因", align="c", size=11, font="serif-bold")
    for s in ("１　ミラノ信販株式会社（原債権者）は、債務者との間で、令和元年7月2日、極度額金1,200,000円のカードローン契約を"
              "締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、約定の分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(asg)}、上記債権を債権者に譲渡し、同年5月8日到達の内容証明郵便により債務者に通知した。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(2)
    p.line(f"{fw(era(issued))}", size=10.5, x=26)
    p.line("広島簡易裁判所　裁判所書記官　茂庭　悠真", size=10.5, x=40)
    p.seal(170, p.y - 4, 14, "square", "広島簡易裁判所書記官印", angle=2, seed=89111)
    p.gap(3)
    p.para("この書面について不明な点は、広島簡易裁判所民事督促係（電話 082-000-3381）にお問い合わせください。"
           f"（申立日 {era(filed)}）", size=9, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="広島簡易裁判所", phone="082-000-3381",
               creditor="オリックス債権回収株式会社", status="licensed", original="ミラノ信販株式会社", debtor="古池千尋",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, assignment=asg, reference=case, input_kind="scan_png",
               template="proxy89_enforceable_real_servicer_boxed_parties", received=D(2026, 9, 17))
    return dict(stem="ct11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (広島簡裁, real servicer creditor, one page)",
                unusual="scanned one-page 仮執行宣言付支払督促: the parties in a ruled two-row box (creditor ★ "
                        "オリックス債権回収 with 「代表者代表取締役（記載省略）」 and its 送達場所 phone as a distractor; "
                        "no licence: court paper → licensed, licence null); the order date 8/18 and its 送達 「同月２１日」 "
                        "in one sentence; a table with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言の"
                        "手続費用 → costs = sum); the 請求の原因 names the 原債権者 ミラノ信販 and the 譲渡日 "
                        "(令和元年 contract and 極度額 1,200,000円 as distractors; 「同年5月8日到達」 is not a date field)")


# ---------------------------------------------------------------------------------------------
# ct12 静岡地裁 (ワ) 呼出状 addressed to the SECOND defendant, the 連帯保証人; 訴状 on page 2.


def ct12():
    R = 14.0
    issued, hearing, answer, filed = D(2026, 10, 2), D(2026, 11, 12), D(2026, 11, 5), D(2026, 9, 10)
    acc, lastp = D(2026, 4, 15), D(2026, 1, 26)
    P, I = 3_617_250, 41_876
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ワ）第702号')}　貸金等請求事件", size=10.5)
    p.line("原　　告　株式会社ひいらぎ銀行", size=10.5)
    p.line("被　　告　新谷　健吾　外１名", size=10.5)
    p.gap(4)
    p.line("被告（連帯保証人）　新谷　房江　殿", size=13)
    p.gap(3)
    p.at(196, p.y, f"{fw(era(issued))}", size=10.5, align="r")
    p.at(196, p.y + 6, "静岡地方裁判所民事第２部", size=10.5, align="r")
    p.at(196, p.y + 12, "裁判所書記官　皆葉　博之", size=10.5, align="r")
    p.seal(150, p.y + 9, 13, "square", "静岡地方裁判所書記官印", seed=89121)
    p.y += 20
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、同期日に出頭して"
           "ください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    y = p.y
    rows = [("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時３０分"), ("場　所", "第３０１号法廷（本館３階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(24, y + i * 10, 44, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(68, y + i * 10, 118, 10, 0.3))
        p.at(27, y + i * 10 + 6.6, a, size=10.5)
        p.at(72, y + i * 10 + 6.6, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    p.line("（注意）", size=10, font="serif-bold")
    for s in ("１　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "２　被告新谷健吾（主債務者）にも、同一内容の呼出状を別途送達しています。",
              "３　出頭の際は、この呼出状と印鑑を持参してください。"):
        p.para(s, x0=24, x1=190, size=9.8, indent="")
    p.gap(6)
    p.line("〒420-0000　静岡県静岡市葵区ききょう通十丁目1番1号", size=9.5, x=24)
    p.line("静岡地方裁判所民事第２部ろ係　電話 054-000-2210（内線 315）", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴　　　状", size=17, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r")
    q.line("静岡地方裁判所民事部　御中", size=10.5)
    q.line("原告訴訟代理人弁護士　土海　康平", align="r", size=10.5)
    q.gap(2)
    q.kv([("原　告", "株式会社ひいらぎ銀行（静岡県沼津市つぐみ坂一丁目1番地）"),
          ("", "代表者代表取締役　竹鼻　誠"),
          ("原告代理人", "土海法律事務所　弁護士 土海康平　電話 054-000-8842"),
          ("被　告", "新谷　健吾（主債務者）　静岡県富士宮市月見野三丁目4番5号"),
          ("被　告", "新谷　房江（連帯保証人）　同所")], x=20, label_w=28, size=10)
    q.gap(2)
    q.line("請求の趣旨", align="c", size=11.5, font="serif-bold")
    q.para(f"１　被告らは、原告に対し、連帯して、金{T:,}円及びうち金{P:,}円に対する{era(filed + ONE)}から支払済みまで"
           f"年{R:g}％の割合による金員を支払え。", x0=20, size=10.2, indent="")
    q.para("２　訴訟費用は被告らの負担とする。", x0=20, size=10.2, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=20, size=10.2, indent="")
    q.gap(2)
    q.line("請求の原因", align="c", size=11.5, font="serif-bold")
    for s in ("１　原告は、令和3年11月5日、被告新谷健吾に対し、金5,000,000円を、利率年2.8％、遅延損害金年14％、毎月26日"
              "元利均等分割弁済の約定で貸し付けた（以下「本件貸付」）。",
              "２　被告新谷房江は、同日、原告に対し、本件貸付に係る被告新谷健吾の債務を連帯保証した。",
              f"３　被告新谷健吾は、{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              "４　よって、原告は、被告らに対し、連帯して、下記金員の支払を求める。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.table([["残元金", f"{P:,}円"], ["未払利息", f"{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}から{era(filed)}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [110, 45], x=28, aligns="lr", size=10, row_h=7.5, ruled="rows")
    q.gap(3)
    q.line("貼用印紙額　24,000円　　予納郵券　6,000円", size=9.5, x=20)
    tr = truth(document_type="lawsuit", sender="静岡地方裁判所", phone="054-000-2210", creditor="株式会社ひいらぎ銀行",
               status="not_applicable", debtor="新谷房江", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ワ)第702号", input_kind="pdf_text_2page",
               template="proxy89_district_summons_to_second_defendant_guarantor", received=D(2026, 10, 5))
    return dict(stem="ct12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (静岡地裁 (ワ), bank v 主債務者 and 連帯保証人; the 呼出状 of the guarantor)",
                unusual="digital 地裁 (ワ) bundle whose 呼出状 is addressed to the SECOND defendant 「被告（連帯保証人）　"
                        "新谷　房江　殿」 (debtor = this addressee; the caption reads 「被告　新谷　健吾　外１名」 and note ２ "
                        "says the 主債務者 got his own); the clerk's block right-aligned above the title; a shaded-label "
                        "3-row box with 午後１時３０分; court phone with 内線; p.2 訴状 dated 9/10 (≠ the 呼出状 10/2) with "
                        "原告 bank, its 代表取締役 and the plaintiff's lawyer with his own 054 phone (distractors); the "
                        "令和3年 loan of 5,000,000円 at 年2.8％, 貼用印紙額 24,000 and 予納郵券 6,000 as distractors (not costs)")


# ---------------------------------------------------------------------------------------------
# ct13 縦書き 期限の利益喪失通知 sent by a LAWYER as 代理人 of a 信用金庫 (通知人 / 被通知人); scanned.


def ct13():
    R = 14.0
    issued, due = D(2026, 7, 10), D(2026, 7, 24)
    acc, lastp = D(2026, 6, 30), D(2026, 2, 27)
    P, I = 2_450_000, 23_718
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    k = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　当職は、通知人みやび信用金庫（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知"
                 "いたします。"),
        ("body", f"貴殿は、通知人との間の令和四年三月一日付金銭消費貸借契約（証書貸付）に基づく毎月の約定返済を、{kdate(lastp)}"
                 "の返済を最後に怠っております。"),
        ("body", f"通知人は、貴殿に対し再三にわたり延滞金の支払を求めましたが、お支払いがなかったため、信用金庫取引約定書第五条"
                 f"第二項に基づき、貴殿は{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、通知人の指定口座に一括してお支払いください。"),
        ("body", "右期限までにお支払いのない場合は、連帯保証人田名部ハル殿への請求及び法的手続をとることになりますので、"
                 "念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{k(P)}"),
        ("indent", f"二　未収利息　　{k(I)}"),
        ("indent", f"三　遅延損害金　{k(L)}"),
        ("plain", "　　　（期限の利益喪失日の翌日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{k(T)}"),
        ("body", "なお、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "青森県八戸市あやめ台南二丁目三番一号"),
        ("low", "通知人　みやび信用金庫"),
        ("low", "青森県青森市なずな町四丁目五番六号"),
        ("low", "井之上法律事務所"),
        ("low", "右通知人代理人弁護士　井之上　清隆"),
        ("low", "電話　〇一七（〇〇〇）五五八二"),
        ("blank", ""),
        ("low", "青森県三沢市月見野七丁目八番地"),
        ("low", "被通知人　田名部　恵一　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck2(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 89131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "井之上　清隆" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05 + 6, 9, "maru", "井之上", seed=89132))
    tr = truth(document_type="acceleration_notice", sender="井之上法律事務所", phone="017-000-5582",
               creditor="みやび信用金庫", status="not_applicable", debtor="田名部恵一", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_scan",
               template="proxy89_vertical_lawyer_acceleration_for_shinkin", received=D(2026, 7, 13))
    return dict(stem="ct13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (lawyer as 代理人 of a 信用金庫, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々), scanned with the 内容証明 stamp: 通知人 みやび信用金庫 and "
                        "「右通知人代理人弁護士」 with the office 井之上法律事務所 (sender = the office, creditor = the 信用金庫) "
                        "and a small 認印; 被通知人 田名部 恵一 殿 at the end; the 連帯保証人 田名部ハル named in the body "
                        "(distractor); 信用金庫取引約定書第五条第二項; positional kanji amounts; 令和四年 contract; "
                        "phone in kanji digits; no reference number (null)")


# ---------------------------------------------------------------------------------------------
# ct14 架空請求: a fake servicer 「株式会社民事債権監理局」 claims it bought a content-service debt; phone photo.


def ct14():
    issued, due = D(2026, 10, 5), D(2026, 10, 8)
    T = 98_000
    p = Page(font="sans", size=10.5, top=16)
    p.add(Box(12, 12, 186, 250, 1.2, RED))
    p.at(105, 26, "債権譲渡及び最終支払催告のお知らせ", size=16, font="sans-bold", align="c", color=RED)
    p.at(192, 34, "通知日　令和8年10月5日", size=9.5, align="r")
    p.at(192, 39.5, "管理番号　は－３１９０", size=9.5, align="r")
    p.y = 44
    p.line("栄前田　美咲　様", size=14, x=20)
    p.gap(4)
    p.para("貴殿がご利用された有料動画配信サイトの未納料金につきまして、運営会社である株式会社ペリドット通信より当局が"
           "正式に債権譲渡を受けましたので、ご通知いたします。", x0=20, x1=190)
    p.para("当局は法務省の許可を受けた債権回収機関であり、本通知は最終のご案内となります。期日までにお支払い又はご連絡の"
           "ない場合は、民事訴訟の手続に移行し、給与・預金口座・動産の差押えを執行いたします。", x0=20, x1=190)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 30, 0.8))
    p.at(36, y + 9, "ご請求金額（未納料金・延滞金・手数料 合算）", size=10)
    p.at(174, y + 20, f"金{T:,}円", size=18, font="sans-bold", align="r", color=RED)
    p.y = y + 36
    p.line(f"お支払期限　令和8年10月8日（{wd(due)}）午後3時まで", size=13, font="sans-bold", x=30)
    p.gap(2)
    p.para("お支払いは、お近くのコンビニエンスストアで電子マネー（ギフトカード）をご購入のうえ、カード番号を下記担当者まで"
           "お電話にてお伝えください。銀行振込はお受けできません。", x0=20, x1=190, size=10)
    p.para("※ご家族・勤務先への連絡を避けたい方は、至急ご連絡ください。弁護士・消費生活センター等への相談は手続を遅らせる"
           "原因となりますのでお控えください。", x0=20, x1=190, size=9.5)
    p.gap(6)
    for s, sz, f in (("株式会社民事債権監理局", 13, "sans-bold"), ("法務大臣許可番号　第319号", 10, "sans"),
                     ("東京都千代田区霞が関一丁目（司法関連庁舎内）", 9.5, "sans"),
                     ("お問合せ専用　03-0000-3190（土日祝も受付）", 10.5, "sans-bold"),
                     ("担当　債権管理課　カトウ", 9.5, "sans")):
        p.line(s, x=88, size=sz, font=f)
    stamp(p, 22, 232, "最終通告", size=14, fill=RED)
    tr = truth(document_type="other", sender="株式会社民事債権監理局", license_number=319, phone="03-0000-3190",
               creditor=None, status="not_licensed", debtor="栄前田美咲", total=T, lump=False, issued=issued,
               payment_due=due, reference="は-3190", is_scam=True, input_kind="photo_jpeg",
               template="proxy89_scam_fake_servicer_assignment_gift_cards", received=None)
    return dict(stem="ct14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.84, glare=18, warm=0.25),
                about="other (架空請求: fake servicer claiming a 債権譲渡)",
                unusual="phone photo on wood with creases and glare; a fake 「株式会社民事債権監理局」 in a red frame "
                        "calling itself 「法務省の許可を受けた債権回収機関」 with a FAKE 「法務大臣許可番号　第319号」 and "
                        "an address in 霞が関 with no street number; it claims a 債権譲渡 from a content company "
                        "(creditor / original null, as for every scam); only a total 金98,000円 (no breakdown); a 3-day "
                        "お支払期限 「令和8年10月8日（木）午後3時まで」; payment by gift cards; full-width hiragana 管理番号 "
                        "は－３１９０; 「弁護士…への相談は…お控えください」")


# ---------------------------------------------------------------------------------------------
# ct15 real servicer (パルティール, 第113号) 和解のご提案 to the HEIR of a card holder; image PDF.


def ct15():
    R = 14.6
    issued, reply = D(2026, 10, 1), D(2026, 10, 16)
    death, acc, lastp, asg = D(2026, 1, 11), D(2026, 3, 2), D(2025, 12, 27), D(2026, 6, 26)
    P, I = 392_618, 14_207
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    offer = 300_000
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "パルティール債権回収株式会社", size=12, font="sans-bold", color=GREEN)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23, "お客様番号　PT-7153-0429", size=9.5, align="r")
    p.y = 30
    p.line("〒950-0000 新潟県新潟市中央区ひばりが丘南六丁目3番8号", size=9.5, x=18)
    p.line("故　三箇　典子　様", size=11, x=22)
    p.line("ご相続人　三箇　卓也　様", size=14, x=22)
    p.gap(6)
    p.title("ご債務の和解についてのご提案", size=15, color=GREEN)
    p.para(f"故三箇典子様のご逝去（{era(death)}）に際し、謹んでお悔やみ申し上げます。", size=9.8)
    p.para("当社は、株式会社エメラルドカードから故人様のカードご利用代金債権を譲り受けました債権者です。当社の調査では、"
           "故人様のご相続人は貴殿お一人であり、相続放棄の申述もなされていないことを確認しております。", size=9.8)
    p.para("つきましては、貴殿に承継された下記ご債務につき、ご負担を軽減するため、下記の和解条件をご提案いたします。ご検討の"
           "うえ、ご回答期限までにご連絡ください。", size=9.8)
    p.gap(2)
    p.line(f"１．承継されたご債務（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年14.6％）", "ご債務残高"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 36, 50, 55], x=15, header=True, aligns="rrrr",
            size=9.8, row_h=8.5)
    p.gap(2.5)
    p.kv([("原債権者", "株式会社エメラルドカード（カード会員番号 末尾 0429）"),
          ("債権譲受日", era(asg)),
          ("最終ご入金日", f"{era(lastp)}（故人様によるご入金）"),
          ("期限の利益喪失日", era(acc))], x=20, label_w=36, size=9.3)
    p.gap(2)
    p.line("２．和解条件（ご提案）", size=10, font="sans-bold")
    p.kv([("和解金額", f"{offer:,}円（ご債務残高との差額 {T - offer:,}円は免除いたします）"),
          ("お支払方法", "一括又は12回分割（25,000円 × 12回）"),
          ("第1回お支払日", "令和8年11月27日")], x=20, label_w=36, size=9.3)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 1.0, GREEN))
    p.at(20, y + 8.5, "ご回答期限", size=11, font="sans-bold", color=GREEN)
    p.at(55, y + 8.8, f"{era(reply)}（{wd(reply)}）までにお電話又は同封のはがきで", size=11.5, font="sans-bold")
    p.y = y + 17
    p.para("※ご回答期限を過ぎた場合、本提案は失効し、ご債務残高全額のご請求となります。", size=9, indent="")
    p.para("※相続放棄の手続は、ご相続の開始を知った時から3か月以内に家庭裁判所で行う必要があります。", size=9, indent="")
    p.gap(5)
    for s, sz, f in (("パルティール債権回収株式会社　新潟オフィス", 10.5, "sans-bold"),
                     ("法務大臣許可番号　第113号", 9, "sans"), ("〒950-0000 新潟県新潟市中央区潮見丘一丁目1番3号", 8.5, "sans"),
                     ("TEL 025-000-1137　担当　蛎崎", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="025-000-1137", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社エメラルドカード", debtor="三箇卓也", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="PT-7153-0429", input_kind="pdf_scan",
               template="proxy89_servicer_settlement_to_sole_heir", received=D(2026, 10, 5))
    return dict(stem="ct15", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="settlement_proposal (real servicer → the sole heir of a card holder)",
                unusual="one-page image PDF of a real servicer ★ パルティール債権回収 (「法務大臣許可番号　第113号」 in the "
                        "foot block); addressed 「故　三箇　典子　様」 over 「ご相続人　三箇　卓也　様」 (bold, debtor = the "
                        "heir); condolence line with the date of death; a one-row header table 元金 / 利息 / 遅延損害金 / "
                        "ご債務残高 (the claim) and a 和解金額 300,000円 with the waived difference, 12 × 25,000 and a "
                        "first payment date (distractors); the last payment made by the deceased; ご回答期限 in a green "
                        "frame = payment_due; the 3-month 相続放棄 note")


# ---------------------------------------------------------------------------------------------
# ct16 債権譲渡通知書 sent by the BANK (譲渡人) alone; the 譲受人 is a real servicer (住宅債権管理回収機構, 第91号).


def ct16():
    R = 14.0
    issued, asg = D(2026, 4, 22), D(2026, 4, 15)
    acc, lastp = D(2025, 12, 1), D(2025, 8, 29)
    P, I = 21_764_300, 65_915
    L = late(P, R, acc + ONE, asg)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, era(issued), size=10.5, align="r")
    p.y = 22
    p.line("〒600-0000", size=10)
    p.line("京都府京都市下京区くるみ町三丁目2番18号", size=10)
    p.line("浅香　隆之　様", size=14, x=24)
    p.gap(2)
    y = p.y
    for i, s in enumerate(("〒604-0000 京都府京都市中京区さざんか通五丁目5番地", "株式会社ことほぎ銀行",
                           "代表取締役頭取　小役丸　敏行", "（担当）融資管理部 債権管理グループ",
                           "電話 075-000-6631（直通）")):
        p.at(112, y + i * 5.4, s, size=11.5 if i == 1 else 9, font="serif-bold" if i == 1 else "serif")
    p.seal(188, y + 8, 13, "square", "ことほぎ銀行頭取之印", angle=-2, seed=89161)
    p.y = y + 32
    p.title("債権譲渡通知書", size=17, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は格別のお引立てを賜り、厚く御礼申し上げます。")
    p.para(f"さて、当行は、貴殿に対して有する下記の債権（元金、利息、遅延損害金その他一切の付帯債権並びに担保権を含みます。）を、"
           f"{era(asg)}付で、下記譲受人に譲渡いたしましたので、民法第467条に基づき、本書をもってご通知申し上げます。")
    p.para("今後のご返済及びお問い合わせは、すべて下記譲受人宛てにお願いいたします。なお、当行の返済用口座からの引落しは"
           "停止いたしました。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.kv([("１　譲受人", "株式会社住宅債権管理回収機構（法務大臣許可番号　第91号）"),
          ("", "東京都千代田区なずな町二丁目9番1号　フリーダイヤル 0120-000-091"),
          ("", "管理番号 JH-260415-0882（お問い合わせの際にお伝えください）"),
          ("２　原契約", "平成27年7月10日付　金銭消費貸借契約（住宅ローン）"),
          ("", "当初借入金 29,800,000円"),
          ("３　最終ご返済日", era(lastp)),
          ("４　期限の利益喪失日", era(acc)),
          ("５　債権譲渡日", era(asg))], x=22, label_w=44, size=10)
    p.line(f"６　譲渡債権の額（{era(asg)}現在）", x=22, size=10)
    p.table([["元金", "利息", f"遅延損害金（年{R:g}％）", "合計"], [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [42, 36, 52, 46], x=28, header=True, aligns="rrrr", size=10, row_h=8)
    p.line("（単位：円）", x=176, size=8.5)
    p.para("※連帯保証人　浅香　美和　様にも、同日付で同旨の通知をお送りしております。", x0=22, size=9.3, indent="")
    p.para("※本通知はお支払いを求めるものではありません。お支払方法については譲受人からご案内があります。", x0=22, size=9.3,
           indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="株式会社ことほぎ銀行", phone="075-000-6631",
               creditor="株式会社住宅債権管理回収機構", status="not_applicable", original="株式会社ことほぎ銀行",
               debtor="浅香隆之", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=asg, reference="JH-260415-0882",
               input_kind="pdf_text", template="proxy89_bank_alone_assignment_to_real_servicer",
               received=D(2026, 4, 24))
    return dict(stem="ct16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (bank alone → real servicer, housing loan)",
                unusual="digital 債権譲渡通知書 sent by the 譲渡人 BANK ALONE (代表取締役頭取 and a square seal top-right; "
                        "sender = the bank → not_applicable), the 譲受人 ★ 住宅債権管理回収機構 with 「法務大臣許可番号　"
                        "第91号」 and its own free-dial only inside the 記 (creditor; its number is a distractor for the "
                        "sender phone); reference = the 譲受人's 管理番号; the 連帯保証人 named in a note (debtor = the "
                        "addressee); a header table without 円 signs and 「（単位：円）」 under it; 平成27年 contract with "
                        "当初借入金 29,800,000円 as distractors; informs only (no payment date, lump false)")


LETTERS = [ct09, ct10, ct11, ct12, ct13, ct14, ct15, ct16]
