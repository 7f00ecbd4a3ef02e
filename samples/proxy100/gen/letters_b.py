"""Proxy set 100, letters de09–de16: "digital letters in strangers' layouts". A law office's 請求書 with the amounts
written value-first (de09), a real servicer's 縦書き 催告書 as a digital PDF (de10), a 仮執行宣言付支払督促 over two
digital pages (de11), a real servicer's 受託のお知らせ by fax (de12), a card company's 一括請求 with the labels under the
values, photographed (de13), a scam that copies a servicer's system letter, photographed as HEIC (de14), a real
servicer's 一括請求 after the 競売 with a ▲ 充当 table, scanned (de15), and a consumer lender's 期限の利益喪失通知
photographed sideways (de16)."""

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
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import PT_MM, Seal, VText, vertical_page
from samples.letters.proxydraw import kman

fw = fullwidth
T1 = timedelta(1)
BROWN = (0.42, 0.24, 0.10)
ORANGE = (0.85, 0.40, 0.05)
INDIGO = (0.18, 0.16, 0.50)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# de09 law office 請求書 for a card company: letterhead top right, amounts value-first with the label after.


def de09():
    R = 14.6
    issued, due = D(2026, 8, 7), D(2026, 8, 21)
    acc, lastp = D(2026, 3, 5), D(2025, 12, 26)
    P, I = 468_230, 9_655
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    for i, (s, sz, f) in enumerate((("仁昌寺・能瀬法律事務所", 12.5, "serif-bold"),
                                    ("弁護士　仁昌寺　聡（福岡県弁護士会）", 9, "serif"),
                                    ("弁護士　能瀬　由香里（同）", 9, "serif"),
                                    ("〒810-0000 福岡市中央区かなめもち通2丁目11番8号 かなめもちビル6階", 8, "serif"),
                                    ("電話 092-000-5521　FAX 092-000-5522", 8.5, "serif"))):
        p.at(196, 16 + i * 4.8, s, size=sz, font=f, align="r")
    p.at(20, 16, "令和８年８月７日", size=10)
    p.at(20, 21, "当事務所管理番号　N-2607-118", size=9)
    p.y = 44
    p.line("〒811-0000　福岡県糟屋郡しゃしゃんぼ台1丁目6番3号", x=20, size=10)
    p.line("蔵増　圭佑　殿", x=24, size=13)
    p.gap(5)
    p.title("ご 通 知（請求書）", size=15, font="serif-bold")
    p.para("前略　当職らは、株式会社ミルトスカード（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
           "ご通知いたします。")
    p.para(f"貴殿は、通知人との間のカード会員契約に基づく分割金の支払を{wdate(lastp)}を最後に怠り、通知人からの催告にも"
           f"応じられなかったため、{wdate(acc)}、期限の利益を喪失されました。その結果、貴殿は通知人に対し、次の金員を直ちに"
           "一括して支払う義務を負っています。")
    p.gap(2)
    x0, x1 = 40, 96
    for lab, val in (("立替金残元金", P), ("未払手数料", I),
                     (f"遅延損害金（{acc.month}月{acc.day + 1}日から本書作成日まで年14.6％）", L)):
        b = p.line(f"金 {val:,} 円", x=x0, size=10.5)
        p.at(x1 + 4, b, lab, size=9.5)
    p.add(Line(x0, p.y - 0.5, 186, p.y - 0.5, 0.3))
    p.gap(1)
    b = p.line(f"金 {T:,} 円", x=x0, size=12, font="serif-bold")
    p.at(x1 + 4, b, "以上合計（ご請求額）", size=10, font="serif-bold")
    p.gap(3)
    p.para(f"つきましては、上記合計金{T:,}円を、令和8年8月21日（{wd(due)}）限り、下記当職ら名義の預り金口座にお振込みください。"
           "期限までにお支払い又はご連絡がない場合には、通知人の指示により、訴訟提起等の法的手続をとる予定です。")
    p.para("なお、分割でのお支払いをご希望の場合は、上記期限までに当事務所までご連絡ください。今後の本件のご連絡は、通知人"
           "ではなく当事務所宛にお願いいたします。")
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 18, 0.4))
    p.at(34, y + 6, "お振込先", size=9.5, font="serif-bold")
    p.at(34, y + 12, "ひのと銀行 天神北支店　普通 7031186", size=10)
    p.at(34, y + 16.3, "口座名義　弁護士仁昌寺聡預り金口（ベンゴシジンシヨウジサトシアズカリキングチ）", size=8)
    p.y = y + 24
    p.para("※本書面と行き違いにお支払いいただいた場合はご容赦ください。※ご契約日 2021年7月2日、カード番号下4桁 0918、"
           "ご利用可能枠 50万円（停止済み）。", size=8.5, indent="")
    p.at(186, p.y + 6, "草々", size=10.5, align="r")
    p.seal(186, 45, 12, "square", "仁昌寺能瀬法律事務所", angle=-2, seed=100091)
    tr = truth(document_type="collection_notice", sender="仁昌寺・能瀬法律事務所", phone="092-000-5521",
               creditor="株式会社ミルトスカード", status="not_applicable", debtor="蔵増圭佑", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="N-2607-118", input_kind="pdf_text",
               template="proxy100_law_office_value_first_letterhead_right", received=D(2026, 8, 10))
    return dict(stem="de09", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (law office for a card company)",
                unusual="law office letter 「ご通知（請求書）」 with the LETTERHEAD right-aligned at the top right (two lawyers, "
                        "their bar association, TEL and FAX) and the date + 当事務所管理番号 top LEFT in full-width; amounts "
                        "VALUE-FIRST with the label AFTER (「金 468,230 円　立替金残元金」), a rule and a bold 以上合計; the "
                        "damages window only as 「3月6日から本書作成日まで」; deadline 「令和8年8月21日（金）限り」 in prose; "
                        "creditor = the client (card company); 預り金口座, ご契約日 2021年, card digits 0918 and ご利用可能枠 "
                        "50万円 as distractors")


# ---------------------------------------------------------------------------------------------
# de10 real servicer (オリックス債権回収) 縦書き 催告書, digital vertical PDF, amounts in 万-digit kanji.


def de10():
    R = 14.6
    issued, due = D(2026, 9, 15), D(2026, 9, 30)
    acc, asg, lastp = D(2025, 11, 20), D(2026, 3, 31), D(2025, 8, 27)
    P, I = 926_400, 15_208
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", f"当社は、{kdate(asg)}、株式会社ノクターン信販（以下「原債権者」という。）から、同社が貴殿に対して有する"
                 "貸金債権を譲り受け、その旨は原債権者から貴殿に通知されております。"),
        ("body", f"貴殿は、{kdate(lastp)}の入金を最後に約定の返済を怠り、{kdate(acc)}をもって期限の利益を喪失しております。"
                 "当社はこれまで再三にわたりお支払いをお願いしてまいりましたが、本日に至るまでお支払いもご連絡もいただいて"
                 "おりません。"),
        ("body", f"つきましては、本書をもって改めて催告いたします。左記金員を{kdate(due)}までに一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kman(P)}"),
        ("indent", f"二　利息　　　　　{kman(I)}"),
        ("indent", f"三　遅延損害金　　{kman(L)}"),
        ("plain", "　　　（令和七年十一月二十一日から本書の日付まで年一四・六パーセント）"),
        ("indent", f"四　合計　　　　　{kman(T)}"),
        ("body", "右期日までにお支払いがない場合は、やむを得ず法的手続に移行いたしますので、ご承知おきください。"
                 "お支払方法のご相談には応じますので、左記担当までご連絡ください。"),
        ("plain", "　管理番号　ＮＣ－５５０３２"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区しゃりんばい通三丁目二番八号"),
        ("low", "オリックス債権回収株式会社"),
        ("low", "法務大臣許可番号　第十一号"),
        ("low", "回収第一部　電話　〇三（〇〇〇〇）八八一一"),
        ("blank", ""),
        ("low", "静岡県浜松市中央区はりまの台五丁目八番二十号"),
        ("low", "鵜城　千晴　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s.startswith("オリックス")]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 22.5) * size * PT_MM * 1.05, 12, "square", "オリックス債権回収株式会社之印",
                         angle=-2, seed=100101))
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-8811", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ノクターン信販", debtor="鵜城千晴", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="NC-55032", input_kind="vertical_pdf", template="proxy100_vertical_servicer_demand_kman",
               received=D(2026, 9, 17))
    return dict(stem="de10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (real servicer, 縦書き 催告書, digital)",
                unusual="縦書き 催告書 of the real servicer ★ オリックス債権回収株式会社 as a digital PDF, licence in kanji "
                        "「法務大臣許可番号　第十一号」; amounts in 万-digit kanji (金九二万六四〇〇円 style); rate in kanji "
                        "年一四・六パーセント; every date in kanji (譲受, last payment, 喪失, deadline, letter date); a "
                        "full-width Latin 管理番号 ＮＣ－５５０３２ standing upright in a column; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# de11 熊本簡易裁判所 仮執行宣言付支払督促, two digital pages; claim table with two cost rows on page 2.


def de11():
    R = 20.0
    order, served, issued, filed = D(2026, 8, 4), D(2026, 8, 7), D(2026, 9, 8), D(2026, 7, 28)
    acc, lastp = D(2026, 2, 10), D(2025, 11, 12)
    P, I = 298_700, 4_112
    L = late(P, R, acc + T1, filed)
    C1, C2 = 3_650, 1_190
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第1093号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 18, "令和８年（ロ）第１０９３号　貸金請求督促事件", size=10)
    p.y = 26
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=20)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", x=20)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=20)
    p.gap(2)
    p.para(f"上記は、{fw(era(order))}付け支払督促（同月{fw(str(served.day))}日債務者に送達）について、債権者の申立てにより、"
           f"手続費用額金{C2:,}円を付加して、仮執行の宣言をしたものである。", x0=20)
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", x=20)
    p.line("　　　　熊本簡易裁判所　　裁判所書記官　　與那城　和真", x=20)
    p.seal(180, p.y - 6, 13, "square", "熊本簡易裁判所書記官印", seed=100111)
    p.gap(8)
    y = p.y
    p.add(Box(20, y, 170, 46, 0.5, None, (0.95, 0.95, 0.95)))
    p.at(24, y + 7, "【この書面を受け取った方へ】", size=10.5, font="serif-bold")
    for i, s in enumerate(("１　この支払督促に不服があるときは、この書面を受け取った日から２週間以内に、この裁判所に督促異議",
                           "　　の申立てをすることができます。申立てがあると、通常の訴訟手続に移行します。",
                           "２　督促異議の申立てをしても、強制執行は当然には停止されません。",
                           "３　申立てをしないときは、債権者はこの書面に基づいて強制執行をすることができます。",
                           "４　問合せ先　熊本簡易裁判所 民事督促係　電話 096-000-3390（平日 8:30～17:00）")):
        p.at(24, y + 14 + i * 6.5, s, size=9.5)
    p.at(105, 287, "－1－", size=9, align="c")
    q = Page(font="serif", size=10.5, top=16)
    q.line("当 事 者 目 録", align="c", size=12, font="serif-bold")
    q.gap(2)
    q.kv([("債権者", "〒860-0000　熊本県熊本市中央区くろがね台1丁目3番5号"), ("", "株式会社アステラファイナンス"),
          ("", "代表者代表取締役　菅生田　修"), ("", "（送達場所）同社熊本管理センター　電話 096-000-7150"),
          ("債務者", "〒861-0000　熊本県合志市こならが丘3丁目21番地6"), ("", "陶守　礼奈")], x=24, label_w=22, size=10)
    q.gap(4)
    q.line("請求の趣旨及び原因", align="c", size=12, font="serif-bold")
    q.gap(1)
    q.line("請求の趣旨", x=20, font="serif-bold")
    q.table([["項　目", "金額（円）"], ["元金", f"{P:,}"], ["利息（令和8年2月10日まで）", f"{I:,}"],
             ["確定遅延損害金（令和8年2月11日から令和8年7月28日まで年20％）", f"{L:,}"],
             ["督促手続費用", f"{C1:,}"], ["仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]],
            [128, 40], x=22, header=True, aligns="lr", size=9.5, row_h=7.5)
    q.gap(1.5)
    q.para(f"上記のほか、元金{P:,}円に対する令和8年7月29日から完済まで年20％の割合による遅延損害金", x0=22, x1=190, size=9.5,
           indent="")
    q.gap(3)
    q.line("請求の原因", x=20, font="serif-bold")
    for s in ("１　債権者は、債務者に対し、令和5年4月18日、次の約定で金400,000円を貸し付けた（極度方式基本契約、利率年18.0％、"
              "遅延損害金年20.0％、毎月12日払い）。",
              f"２　債務者は、{era(lastp)}の支払を最後にその後の支払を怠ったため、{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、請求の趣旨記載のとおりの支払を求める。",
              f"（申立日　{fw(era(filed))}）"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.at(105, 287, "－2－", size=9, align="c")
    tr = truth(document_type="payment_order_enforceable", sender="熊本簡易裁判所", phone="096-000-3390",
               creditor="株式会社アステラファイナンス", status="not_applicable", debtor="陶守礼奈", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="pdf_text_2page",
               template="proxy100_enforceable_kumamoto_two_cost_rows", received=D(2026, 9, 11))
    return dict(stem="de11", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, consumer lender creditor, 2 pages)",
                unusual="熊本簡裁 仮執行宣言付支払督促 over two digital pages: p.1 the full-width case number with 事件名 on one "
                        "line, the order date 8/4 and its 送達 日 in one sentence (issued = the 仮執行宣言 date 9/8), the "
                        "仮執行 cost only as 「手続費用額金1,190円を付加して」 and a shaded 【この書面を受け取った方へ】 box "
                        "with the court phone; p.2 当事者目録 as kv lines (creditor's 送達場所 phone as distractor) and a "
                        "「金額（円）」 table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → costs = sum); the "
                        "running clause under the table; 貸付 400,000円, 利率年18.0％ and the 申立日 as distractors")


# ---------------------------------------------------------------------------------------------
# de12 real servicer (SMBC債権回収) 受託のお知らせ for a bank, two-page fax (cover + letter).


def de12():
    R = 14.0
    issued, due = D(2026, 6, 19), D(2026, 7, 10)
    entrusted, acc, lastp = D(2026, 6, 1), D(2026, 4, 15), D(2026, 1, 27)
    P, I = 2_318_640, 28_915
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    c = Page(font="sans", size=11, top=20)
    c.title("FAX送信のご案内", size=18)
    c.gap(4)
    c.kv([("送信日", slash(issued)), ("宛先", "西舘　昌平　様"), ("FAX番号", "0154-00-3318"),
          ("送信元", "SMBC債権回収株式会社 東北・北海道管理センター"), ("TEL", "0120-000-610"), ("FAX", "022-000-6102"),
          ("枚数", "2枚（本紙を含む）")], x=30, label_w=34, size=11)
    c.gap(6)
    c.para("ご本人様宛の書類です。お心当たりのない場合は、お手数ですが上記までご連絡のうえ破棄してください。", x0=30, x1=180,
           size=10, indent="")
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号　SM-2606-01183", size=9.5, align="r")
    p.y = 20
    p.line("西舘　昌平　様", x=15, size=13)
    p.line("北海道釧路市えにし浜2丁目8番14号", x=15, size=9)
    p.gap(4)
    p.title("債権回収業務受託のお知らせ", size=14.5)
    p.para(f"当社は、{wdate(entrusted)}付で、株式会社ひのと銀行（以下「委託者」）より、お客様に対する下記債権の管理・回収業務を"
           "受託いたしました。今後のお支払い・ご相談は当社にお願いいたします。なお、債権者は引き続き委託者です。", size=9.8)
    p.para(f"お客様は{wdate(lastp)}のご返済を最後にご返済がなく、{wdate(acc)}に期限の利益を喪失されています。つきましては、"
           f"下記ご請求額を{wdate(due)}（{wd(due)}）までに一括してお支払いくださいますようお願いいたします。", size=9.8)
    p.gap(2)
    p.para(f"【ご請求額（{wdate(issued)}現在）】 元金 {P:,}円 ＋ 利息 {I:,}円 ＋ 遅延損害金 {L:,}円（{wdate(acc + T1)}から年14.0％）"
           f" ＝ 合計 {T:,}円", x0=15, x1=196, size=10.5, font="sans-bold", indent="")
    p.gap(3)
    p.table([["委託者", "株式会社ひのと銀行 釧路支店"], ["ご融資の種類", "証書貸付（フリーローン）　当初 3,000,000円"],
             ["受託日", wdate(entrusted)], ["お振込先", "ひのと銀行 釧路支店 普通 6610294 エスエムビーシーサイケンカイシユウ（カ"]],
            [36, 145], x=15, aligns="ll", size=9.3, row_h=7, ruled="rows", shade_col0=True)
    p.gap(3)
    p.para("※本通知は債権譲渡ではありません。委託者への直接のお振込みはご遠慮ください。※お支払いが難しい場合は分割のご相談を"
           "承ります。", x0=15, x1=196, size=8.5, indent="")
    p.gap(6)
    y = p.y
    for i, (s, sz) in enumerate((("SMBC債権回収株式会社", 11.5), ("法務大臣許可番号 第10号", 9),
                                 ("東北・北海道管理センター", 9), ("TEL 0120-000-610（平日9:00～18:00）／FAX 022-000-6102", 9))):
        p.at(110, y + i * 5.2, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(188, y + 3, 13, "square", "SMBC債権回収株式会社印", angle=2, seed=100121)
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10, phone="0120-000-610",
               creditor="株式会社ひのと銀行", status="licensed", original="株式会社ひのと銀行", debtor="西舘昌平", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SM-2606-01183", input_kind="fax_tiff",
               template="proxy100_servicer_entrustment_fax_cover_inline_sum", received=issued)
    return dict(stem="de12", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 SMBC SERVICER TOHOKU 022-000-6102",
                about="assignment_notice (real servicer 受託通知 for a bank, 2-page fax)",
                unusual="2-page G4 fax: p.1 a FAX cover sheet (送信日 slash date, the recipient's own FAX number, the "
                        "servicer's TEL and FAX); p.2 受託のお知らせ of the real servicer ★ SMBC債権回収株式会社 "
                        "(「法務大臣許可番号 第10号」) for a bank that STAYS creditor (= original); the breakdown as ONE bold "
                        "inline equation 元金 ＋ 利息 ＋ 遅延損害金 ＝ 合計; 受託日 (not an assignment) in a rows-ruled table "
                        "with shaded labels; 当初 3,000,000円 as distractor; lump true (一括 after 喪失)")


# ---------------------------------------------------------------------------------------------
# de13 card company ご請求書 (期限の利益喪失後), labels UNDER the values, photographed.


def de13():
    R = 14.6
    issued, due = D(2025, 6, 20), D(2025, 7, 4)
    acc, lastp = D(2025, 6, 5), D(2025, 3, 27)
    P, I = 331_040, 6_210
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 22, color=None, fill=ORANGE))
    p.at(15, 13, "MILTOS CARD", size=15, font="sans-bold", color=WHITE)
    p.at(15, 18.5, "株式会社ミルトスカード　債権管理センター", size=8.5, color=WHITE)
    p.at(196, 13, "親展", size=13, font="sans-bold", color=WHITE, align="r")
    p.y = 28
    p.line("斉川　透　様", x=15, size=13)
    p.line("お客様番号　MT-0620-77153", x=15, size=9)
    p.at(196, 31, f"作成日 {slash(issued)}", size=9, align="r")
    p.gap(4)
    p.title("ご請求書（期限の利益喪失後のご請求）", size=14)
    p.para(f"お客様のカードご利用代金につきまして、再三のご請求にもかかわらずお支払いがないため、会員規約に基づき {slash(acc)} を"
           "もって期限の利益を喪失されました。つきましては、ご利用残高の全額を下記のとおり一括してお支払いください。", size=9.8)
    p.gap(3)
    # values big, labels small UNDER each value
    y = p.y
    items = [(f"{P:,}", "ご利用残高（元金）"), (f"{I:,}", "未払手数料"), (f"{L:,}", "遅延損害金 ※")]
    for i, (v, lab) in enumerate(items):
        x = 15 + i * 45
        p.at(x + 40, y + 8, v, size=13, font="sans-bold", align="r")
        p.add(Line(x, y + 10, x + 42, y + 10, 0.3, GRAY))
        p.at(x + 40, y + 14, lab, size=8, align="r", color=GRAY)
    p.add(Box(150, y - 2, 46, 20, 0.8, ORANGE))
    p.at(192, y + 8, f"¥{T:,}", size=15, font="sans-bold", align="r")
    p.at(192, y + 15, "ご請求金額（一括）", size=8, align="r", color=ORANGE)
    p.y = y + 24
    p.para(f"※遅延損害金：元金に対し年14.6％、{slash(acc + T1)}～{slash(issued)}の日割計算", x0=15, x1=196, size=8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 14, 0.0, None, (0.99, 0.93, 0.86)))
    p.at(19, y + 9, "お支払期限", size=10, font="sans-bold", color=ORANGE)
    p.at(52, y + 9.5, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 9, "銀行振込のみ", size=8.5, align="r")
    p.y = y + 19
    p.table([["最終ご入金日", slash(lastp)], ["ご利用可能枠", "400,000円（ご利用停止中）"], ["カード番号", "4980-****-****-2215"],
             ["お振込先", "ひのと銀行 新宿支店 普通 5520173 ミルトスカ－ド（カ"]], [40, 141], x=15, aligns="ll", size=9,
            row_h=6.5, ruled="rows")
    p.gap(3)
    p.para("期限までにお支払いのない場合、法的手続に移行させていただくことがあります。お支払いが困難な場合は、お早めにご相談ください。",
           x0=15, x1=196, size=9, indent="")
    p.gap(3)
    p.line("お問い合わせ　株式会社ミルトスカード 債権管理センター　0120-000-448（9:00～18:00 年末年始を除く）", x=15, size=9)
    p.line("東京都新宿区なつめ坂二丁目3番8号　関東財務局長(5)第01276号　日本貸金業協会会員第001337号", x=15, size=7.5)
    qr(p, 176, 262, 20, "proxy100/de13")
    tr = truth(document_type="collection_notice", sender="株式会社ミルトスカード", phone="0120-000-448",
               creditor="株式会社ミルトスカード", status="not_applicable", debtor="斉川透", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MT-0620-77153", input_kind="photo_jpeg",
               template="proxy100_card_lump_labels_under_values_photo", received=D(2025, 6, 23))
    return dict(stem="de13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.86, blur=0.85, warm=0.1),
                about="collection_notice (card company, 一括請求 after 喪失, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases; an orange band with the Latin brand 「MILTOS "
                        "CARD」 and 親展; the amounts as big values with the LABEL UNDER each (ご利用残高（元金） / 未払手数料 "
                        "/ 遅延損害金 ※) and the total boxed as ¥… with ご請求金額（一括） below; slash dates; the due date "
                        "in a tinted bar; a rows-ruled table (最終ご入金日, ご利用可能枠 400,000円, masked card number, "
                        "お振込先); 貸金業登録番号 and 協会会員 number in the footer; a QR square")


# ---------------------------------------------------------------------------------------------
# de14 scam imitating a servicer's system letter (fake licence), photographed as HEIC.


def de14():
    issued, due = D(2026, 10, 2), D(2026, 10, 6)
    T = 346_000
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 14, 0.0, None, INDIGO))
    p.at(20, 21.5, "株式会社法務債権管理機構", size=13, font="sans-bold", color=WHITE)
    p.at(192, 21.5, "法務大臣許可番号 第318号", size=9, color=WHITE, align="r")
    p.y = 32
    p.line(f"通知日　{wdate(issued)}", x=140, size=9)
    p.line("管理番号　ほ４４１７", x=140, size=9)
    p.y = 34
    p.line("宝満　志保　様", x=15, size=13)
    p.gap(6)
    stamp(p, 15, p.y, "最終通知", color=RED, size=12, fill=RED)
    p.y += 12
    p.title("未払債権回収に関する最終通知書", size=15, color=INDIGO)
    p.para("当機構は法務省の認可を受け、大手通信事業者各社より未払料金債権の回収業務を一括して受託している債権回収機関です。",
           size=9.8)
    p.para("貴殿がご利用された有料動画配信サービス及び通信端末の未払料金について、契約会社から再三の督促が行われましたが、"
           "現在に至るまでお支払いが確認できておりません。本通知到達後も放置された場合、当機構は裁判所に民事訴訟を提起し、"
           "給与・預金口座・不動産の差押えを執行いたします。", size=9.8)
    p.gap(2)
    p.table([["未払料金", "214,800円"], ["延滞金", "86,200円"], ["訴訟手続準備費用", "45,000円"], ["ご請求金額", f"{T:,}円"]],
            [60, 50], x=40, aligns="lr", size=10, row_h=8)
    assert T == 214_800 + 86_200 + 45_000
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.8, RED))
    p.at(20, y + 10, f"お支払期限　{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=13, font="sans-bold", color=RED)
    p.y = y + 21
    p.para("お支払いは下記担当者の携帯電話へ直接ご連絡のうえ、指定口座（個人名義）へお振込みいただくか、コンビニエンスストアで"
           "ご購入の電子マネーカードの番号をお伝えください。", size=9.8)
    p.para("※ご家族・勤務先への通知を避けたい場合は、期限までに必ずご本人がお電話ください。弁護士・消費生活センター等への"
           "相談は手続を遅らせる原因となりますのでお控えください。", size=9, indent="")
    p.gap(4)
    for i, s in enumerate(("株式会社法務債権管理機構　民事回収課", "東京都千代田区霞が関一丁目（法曹会館別棟）",
                           "担当直通　090-0000-6623（土日祝も受付）")):
        p.at(100, p.y + i * 5.5, s, size=10 if i == 0 else 9)
    tr = truth(document_type="other", sender="株式会社法務債権管理機構", license_number=318, phone="090-0000-6623",
               status="not_licensed", debtor="宝満志保", total=T, principal=214_800, late_damages=86_200, costs=45_000,
               lump=False, issued=issued, payment_due=due,
               reference="ほ4417", is_scam=True, input_kind="photo_heic",
               template="proxy100_scam_fake_servicer_system_letter_heic")
    return dict(stem="de14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=3.0, creases=2, fill=0.84, glare=18, warm=0.25),
                about="other (架空請求 imitating a servicer's system letter)",
                unusual="HEIC photo on a dark cloth with a lamp glare: a scam dressed as a servicer's system letter — an indigo "
                        "header band with a FAKE 「法務大臣許可番号 第318号」 for 「株式会社法務債権管理機構」 (not_licensed), "
                        "「法務省の認可を受け」, hiragana 管理番号 ほ４４１７, a 3-row claim table (未払料金 / 延滞金 / "
                        "訴訟手続準備費用 / ご請求金額), a four-day deadline 「10月6日（火）午後3時まで」 without a year, payment "
                        "to a personal account or by electronic-money card, a 090 number and 「弁護士…への相談は…お控えください」; "
                        "no real creditor (「大手通信事業者各社」)")


# ---------------------------------------------------------------------------------------------
# de15 real servicer (住宅債権管理回収機構) 競売配当後の残債務一括請求, 2 pages scanned, ▲ 充当 table.


def de15():
    R = 14.0
    issued, due = D(2026, 4, 24), D(2026, 5, 22)
    acc, asg, lastp, divd = D(2024, 8, 9), D(2024, 12, 20), D(2024, 4, 30), D(2026, 3, 11)
    P0, I0 = 21_460_300, 88_214
    L0 = late(P0, R, acc + T1, divd)
    DIV = 17_250_000
    # the 配当 is applied to damages, then interest, then principal
    P = P0 + I0 + L0 - DIV
    assert P < P0
    L = late(P, R, divd + T1, issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "株式会社住宅債権管理回収機構", size=12.5, font="sans-bold")
    p.at(15, 23, "法務大臣許可　第91号", size=8.5)
    p.at(196, 18, era(issued), size=9.5, align="r")
    p.at(196, 23, "債権管理番号　JK-0824-3310", size=9.5, align="r")
    p.y = 32
    p.line("〒400-0000　山梨県甲府市なんじゃもんじゃ町3丁目4番1号", x=15, size=9.5)
    p.line("八汐　隆平　様", x=20, size=13)
    p.gap(6)
    p.title("配当後残債務のご請求について", size=14.5)
    p.para("当社は、株式会社オルティア銀行から同行の貴殿に対する住宅ローン債権を譲り受け、管理・回収しております。", size=9.8)
    p.para(f"担保不動産競売事件（甲府地方裁判所 令和6年(ケ)第88号）は、{era(divd)}の配当期日において配当が実施されましたが、"
           "配当金をご債務に充当した後も、なお下記のとおりご債務が残っております（充当の明細は次頁）。つきましては、"
           f"下記金額を{era(due)}（{wd(due)}）までに一括してお支払いください。", size=9.8)
    p.gap(2)
    p.table([["残元金（配当充当後）", f"{P:,}円"], [f"遅延損害金（{era(divd + T1)}～{era(issued)}・年14％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [120, 50], x=20, aligns="lr", size=10, row_h=8.5, shade_col0=True)
    p.gap(3)
    p.para("一括でのお支払いが難しい場合でも、必ず期限までにご連絡ください。ご収入の状況に応じたお支払方法をご相談させて"
           "いただきます。ご連絡がない場合は、給与等の差押えを含む法的手続を検討いたします。", size=9.5)
    p.gap(3)
    p.kv([("原債権者", "株式会社オルティア銀行"), ("債権譲受日", era(asg)), ("期限の利益喪失日", era(acc)),
          ("最終ご返済日", era(lastp)), ("配当期日", era(divd))], x=20, label_w=40, size=9.5)
    p.gap(4)
    for i, s in enumerate(("株式会社住宅債権管理回収機構　甲府営業所", "〒400-0000 山梨県甲府市うるし台1丁目1番10号",
                           "電話 055-000-9102　FAX 055-000-9103　（平日 9:00～17:30）")):
        p.at(95, p.y + i * 5, s, size=10 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.seal(186, p.y - 2, 13, "square", "住宅債権管理回収機構之印", seed=100151)
    p.at(105, 287, "1/2", size=8.5, align="c")
    q = Page(font="sans", size=10, top=18)
    q.line("（別紙）配当金の充当明細", size=12, font="sans-bold")
    q.gap(3)
    q.table([["項目", "配当前残高", "配当金充当額", "充当後残高"],
             ["遅延損害金", f"{L0:,}", f"▲{L0:,}", "0"],
             ["利息", f"{I0:,}", f"▲{I0:,}", "0"],
             ["元金", f"{P0:,}", f"▲{DIV - L0 - I0:,}", f"{P:,}"],
             ["計", f"{P0 + I0 + L0:,}", f"▲{DIV:,}", f"{P:,}"]],
            [40, 45, 45, 45], x=20, header=True, aligns="lrrr", size=9.5, row_h=8)
    q.gap(2)
    for s in (f"・配当前残高は配当期日（{era(divd)}）現在。遅延損害金は元金に対し{era(acc + T1)}から配当期日まで年14％。",
              "・充当の順序は、遅延損害金、利息、元金の順です。（単位：円）",
              "・参考：売却代金 18,900,000円、手続費用等 1,650,000円（配当金 17,250,000円）。"):
        q.para(s, x0=20, x1=196, size=8.8, indent="")
    assert DIV == 18_900_000 - 1_650_000
    q.at(105, 287, "2/2", size=8.5, align="c")
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="055-000-9102", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社オルティア銀行", debtor="八汐隆平", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="JK-0824-3310", input_kind="pdf_scan", template="proxy100_servicer_after_auction_triangle_table",
               received=D(2026, 4, 27))
    return dict(stem="de15", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="collection_notice (real servicer, rest after the 競売 配当, 2 pages scanned)",
                unusual="2-page image PDF: real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可　第91号」 under the "
                        "name; a grid table 残元金（配当充当後） / 遅延損害金（window, 年14％） / ご請求額合計 "
                        "(no interest left); the (ケ) auction case number in prose (not the reference); kv facts at the "
                        "foot (原債権者, 譲受日, 喪失日, 最終ご返済日, 配当期日); p.2 a 充当明細 with ▲ minus amounts, 配当前 / "
                        "充当後 columns, 売却代金 18,900,000円 and 配当金 17,250,000円 (all distractors)")


# ---------------------------------------------------------------------------------------------
# de16 consumer lender 期限の利益喪失通知, photographed sideways (EXIF 6).


def de16():
    R = 20.0
    issued, due = D(2026, 10, 9), D(2026, 10, 23)
    acc, lastp = D(2026, 9, 30), D(2026, 6, 15)
    P, I = 486_000, 11_322
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(15, 18, "アステラファイナンス", size=14, font="sans-bold", color=BROWN)
    p.at(196, 18, f"{wdate(issued)}発行", size=9.5, align="r")
    p.y = 26
    p.line("月館　恵理子　様", x=15, size=13)
    p.line("ご契約番号 AF-3318-0072-6　　お客様番号 71-440-0918", x=15, size=9)
    p.gap(6)
    p.title("期限の利益喪失のご通知", size=15, color=BROWN)
    p.para(f"お客様のご契約（極度方式基本契約）につきまして、{wdate(lastp)}のご入金を最後にご返済が滞っております。"
           f"ご契約第12条に基づき、{wdate(acc)}の経過をもって期限の利益を喪失されましたので、ご通知いたします。")
    p.para("つきましては、下記ご請求額を、お支払期限までに一括してお支払いください。")
    p.gap(3)
    y = p.y
    lab_x, val_x = 25, 185
    for i, (lab, val) in enumerate((("ご融資残高", P), ("利息（9月30日まで）", I), ("遅延損害金（10月1日から発行日まで 実質年率20.0％）", L))):
        yy = y + i * 8
        p.at(lab_x, yy + 5.5, lab, size=10)
        p.at(val_x, yy + 5.5, f"{val:,}円", size=10.5, align="r")
        p.add(Line(lab_x, yy + 7.5, val_x, yy + 7.5, 0.15, GRAY))
    yy = y + 26
    p.add(Box(lab_x - 3, yy, val_x - lab_x + 6, 11, 0.0, None, (0.95, 0.90, 0.85)))
    p.at(lab_x, yy + 7.5, "ご請求額", size=11.5, font="sans-bold")
    p.at(val_x, yy + 7.8, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = yy + 17
    p.line(f"お支払期限　{wdate(due)}（{wd(due)}）", x=25, size=12, font="sans-bold", color=BROWN)
    p.gap(3)
    p.para("お振込先：ひのと銀行 熊本支店 普通 0093318 アステラフアイナンス（カ ／ ATM・コンビニでのご返済も可能です。",
           size=9.3, indent="")
    p.para("※期限の利益喪失後は、残高全額に対し遅延損害金（実質年率20.0％）が日々発生します。※ご契約時の極度額 500,000円、"
           "ご契約日 2023年5月8日。", size=8.8, indent="")
    p.gap(5)
    for i, s in enumerate(("株式会社アステラファイナンス　お客様サポートセンター", "〒860-0000 熊本県熊本市中央区くろがね台1丁目3番5号",
                           "TEL 0120-000-715（平日9:00～19:00）", "貸金業登録番号 九州財務局長(2)第00415号")):
        p.at(100, p.y + i * 5, s, size=9.5 if i == 0 else 8.5)
    tr = truth(document_type="acceleration_notice", sender="株式会社アステラファイナンス", phone="0120-000-715",
               creditor="株式会社アステラファイナンス", status="not_applicable", debtor="月館恵理子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="71-440-0918", input_kind="photo_exif_rotated",
               template="proxy100_consumer_lender_acceleration_rotated", received=D(2026, 10, 13))
    return dict(stem="de16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="bottom", fill=0.85),
                about="acceleration_notice (consumer lender, phone photo sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with a shadow at the bottom: a consumer "
                        "lender's 期限の利益喪失のご通知 with ご契約番号 AF-… and お客様番号 71-440-0918 on one line (the latter "
                        "is the reference); hairline rows ご融資残高 / 利息（9月30日まで） / 遅延損害金 (実質年率20.0％) and a "
                        "tinted ご請求額 bar; the due date as a bold line; 極度額 500,000円, ご契約日 2023年 and the 貸金業登録番号 "
                        "as distractors")


LETTERS = [de09, de10, de11, de12, de13, de14, de15, de16]
