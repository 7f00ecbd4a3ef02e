"""Proxy set 27, letters aj09–aj16: "faxes and copies of copies". A photocopied 簡裁 訴状 bundle with the hearing
ringed (aj09), a law office's 縦書き 催告書 photocopied with 「写」 (aj10), a 信販's 分割 proposal as a PDF with its
角印 over the total (aj11), a bank's 喪失通知 as a fax-server PDF (aj12), a fax printout photographed (aj13), a
photocopy of a 受託通知 photographed (aj14), a 信販's 最終催告書 with red stamps (aj15) and a 完済証明書 photographed
sideways (aj16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    WHITE,
    Box,
    Line,
    Page,
    era,
    grid,
    kdate,
    kman,
    late,
    old_fax_line,
    pen_ring,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(days=1)
TEAL = (0.0, 0.38, 0.40)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# aj09: a photocopied 簡裁 (ハ) bundle: 呼出状 (p.1) + 訴状 (p.2), real servicer plaintiff, hearing ringed.


def aj09():
    R = 18.0
    issued, sued = D(2026, 4, 15), D(2026, 3, 30)
    hearing, answer = D(2026, 5, 20), D(2026, 5, 13)
    acc, lastp, assign = D(2024, 12, 3), D(2024, 10, 2), D(2025, 7, 25)
    P, I = 847_190, 26_543
    L = late(P, R, acc + ONE, sued)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.at(18, 22, "事件番号　令和８年（ハ）第３８８号　貸金請求事件", size=10)
    p.at(18, 28, "原　告　アウロラ債権回収株式会社", size=10)
    p.at(18, 34, "被　告　菱刈　達也", size=10)
    p.gap(24)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line("菱刈　達也　殿", x=20, size=12)
    p.gap(2)
    p.at(196, p.y, f"{fw(era(issued))}", size=10.5, align="r")
    p.gap(6)
    p.line("豊橋簡易裁判所民事係", x=110, size=10.5)
    p.line("裁判所書記官　蛯名　光", x=110, size=10.5)
    p.add(Seal(182, p.y - 6, 12, "square", "豊橋簡易裁判所書記官印", angle=4, seed=27091))
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですから、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(2)
    p.line("記", align="c")
    yk = p.y
    p.kv([("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"), ("場　所", "第２法廷（１階）"),
          ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")], x=30, label_w=34, size=10.5)
    pen_ring(p, 30 + 34 + 42, yk + 2.4, 46, 4.8, 27092)
    p.gap(4)
    p.para("※出頭の際は、この呼出状と印鑑を持参してください。答弁書の用紙は同封のものをご利用ください。"
           "電話での問合せ先　豊橋簡易裁判所民事係　0532-00-7704（直通）", size=9, indent="")
    p.para("※この書面とともに、訴状副本、証拠書類写し、答弁書用紙を送付します。", size=9, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("訴　　状", size=16)
    q.at(196, q.y, f"{fw(era(sued))}", size=10, align="r")
    q.gap(5)
    q.line("豊橋簡易裁判所　御中", size=10.5)
    q.kv([("原告", "東京都千代田区やまなし坂二丁目9番9号　アウロラ債権回収株式会社"),
          ("", "代表者代表取締役　鬼丸　英司　（送達場所 同社管理部　TEL 03-0000-7601）"),
          ("被告", "愛知県豊橋市たちばな台一丁目9番9号　菱刈　達也")], label_w=16, size=9.5)
    q.gap(2)
    q.line("請求の趣旨", size=11, font="sans-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(sued + ONE))}から支払済みまで年１８％の"
           "割合による金員を支払え。", size=9.5, indent="")
    q.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行の宣言を求める。", size=9.5, indent="")
    q.line("請求の原因", size=11, font="sans-bold")
    for s in ("１　株式会社わすれなローン（以下「わすれなローン」）は、被告に対し、令和3年6月18日、金1,000,000円を、"
              "利率年15.0％、遅延損害金年18.0％の約定で貸し付けた。",
              f"２　被告は、{fw(era(lastp))}の支払を最後に支払をせず、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　わすれなローンは、{fw(era(assign))}、本件貸金債権を原告に譲渡し、被告に対しその旨通知した。",
              "４　よって、原告は被告に対し、下記金員の支払を求める。"):
        q.para(s, size=9.3, indent="")
    q.gap(1)
    q.table([["残元金", f"{P:,}円"], ["利息（喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + ONE))}から{fw(era(sued))}まで）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [116, 44], x=22, aligns="lr", size=9.5, row_h=6.8)
    q.gap(3)
    q.line("添付書類　１　甲号証写し　各1通　２　資格証明書　1通", size=9)
    tr = truth(document_type="lawsuit", sender="豊橋簡易裁判所", phone="0532-00-7704", creditor="アウロラ債権回収株式会社",
               status="licensed", original="株式会社わすれなローン", debtor="菱刈達也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               hearing=hearing, reference="令和8年(ハ)第388号", input_kind="pdf_scan",
               template="proxy27_summary_court_ha_photocopy_hearing_ringed", received=D(2026, 4, 17))
    return dict(stem="aj09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                copy=dict(skew=1.2, holes=2, ground=0.87, streaks=2),
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, scanned photocopy, 2 pages)",
                unusual="a PHOTOCOPY of a 簡裁 bundle scanned to a 2-page image PDF: p.1 口頭弁論期日呼出状及び答弁書催告状 "
                        "with the case number / parties block top-LEFT, 「殿」, kv lines 期　日 / 場　所 / 答弁書提出期限 with "
                        "the hearing line RINGED in ballpoint (grey now); p.2 the 訴状 dated 3/30 (≠ 4/15) with plaintiff ★ "
                        "アウロラ債権回収株式会社 (no licence: court paper) and its 送達場所 phone; 請求の趣旨 "
                        "「金…及びうち金…」; 請求の原因 with 令和3年 and 金1,000,000円 / 15.0％ (distractors); a 4-row table "
                        "残元金 / 利息（喪失日まで） / 遅延損害金（window） / 合計")


# ---------------------------------------------------------------------------------------------
# aj10: a law office's 縦書き 催告書 (内容証明) photocopied, with 写 mark.


def aj10():
    R = 14.6
    issued, due = D(2026, 2, 26), D(2026, 3, 13)
    acc, lastp = D(2025, 9, 29), D(2025, 7, 28)
    P, I = 392_870, 14_205
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当職は、株式会社みねざくらカード（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に"
                 "対し、以下のとおり催告いたします。"),
        ("body", "貴殿は、通知人との間のクレジットカード会員契約に基づく毎月のお支払いを、"
                 f"{kdate(lastp)}のお支払いを最後に怠り、{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、左記口座に一括してお支払いいただくよう催告いたします。"
                 "右期限までにお支払いのないときは、直ちに法的手続をとりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　立替金残元金　{kman(P)}"),
        ("indent", f"二　未払手数料　　{kman(I)}"),
        ("indent", f"三　遅延損害金　　{kman(L)}"),
        ("plain", "　　（期限の利益喪失日の翌日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　{kman(T)}"),
        ("indent", "振込先　ひのき銀行　八王子支店　普通預金"),
        ("plain", "　　　　口座名義　弁護士溝渕昭彦預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都八王子市あけぼの杉通三丁目九番九号"),
        ("low", "溝渕・澤登法律事務所"),
        ("low", "通知人代理人　弁護士　溝渕　昭彦"),
        ("low", "電話　〇四二（〇〇〇）七七五一"),
        ("low", "（当職整理番号　ＭＳ－２６０３１）"),
        ("blank", ""),
        ("low", "東京都日野市さざれ石町九丁目九番九号"),
        ("low", "椋橋　美樹　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 27101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　溝渕" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士溝渕昭彦之印", angle=3,
                         seed=27102))
    pg.items.append(Seal(192, 280, 12, "maru", "写", angle=-6, seed=27103))
    tr = truth(document_type="collection_notice", sender="溝渕・澤登法律事務所", phone="042-000-7751",
               creditor="株式会社みねざくらカード", status="not_applicable", original=None, debtor="椋橋美樹", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="MS-26031", input_kind="vertical_scan",
               template="proxy27_vertical_lawyer_demand_photocopy", received=D(2026, 2, 28))
    return dict(stem="aj10", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                copy=dict(skew=1.2, holes=2, ground=0.88, streaks=2),
                about="collection_notice (law office for a card company, 縦書き 内容証明, photocopy)",
                unusual="a PHOTOCOPY of a 縦書き 催告書 (前略 … 草々) with the 内容証明 stamp and the lawyer's seal (grey "
                        "now) and a 「写」 maru at the foot; positional kanji amounts (金三九万二八七〇円 style); the "
                        "deadline 「令和八年三月十三日限り」; 喪失 and last payment in kanji in the prose; 年十四・六パーセント; "
                        "the 預り金口 account; the phone in kanji digits; 当職整理番号 ＭＳ－２６０３１ (→ MS-26031); the "
                        "office is named after TWO lawyers but only one signs")


# ---------------------------------------------------------------------------------------------
# aj11: a 信販's 分割 proposal as a digital PDF: 8-pt small print, its 角印 printed over the total.


def aj11():
    R = 14.6
    issued, due = D(2026, 4, 3), D(2026, 4, 24)
    acc, lastp = D(2025, 12, 29), D(2025, 10, 27)
    P, I = 298_640, 7_214
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n, first_amt, per = 30, 10_000 + (T - 30 * 10_000), 10_000
    assert first_amt + per * (n - 1) == T and first_amt > 0
    p = Page(font="sans", size=9, top=14)
    p.add(Box(14, 12, 182, 12, color=None, fill=TEAL))
    p.at(18, 20.5, "たびらこ信販", size=14, font="sans-bold", color=WHITE)
    p.at(192, 20.5, "お客様相談室", size=10, color=WHITE, align="r")
    p.at(196, 30, f"{era(issued)}", size=9, align="r")
    p.at(196, 34.5, "お問合せ番号　TB-88310-2", size=9, align="r")
    p.at(196, 39, "会員番号　4980-****-****-2214", size=8, align="r")
    p.at(18, 32, "〒460-0000　愛知県名古屋市中区ゆうなぎ橋二丁目9番9号", size=9)
    p.at(22, 39, "鴨頭　亮　様", size=12.5)
    p.y = 46
    p.title("お支払方法変更（分割弁済）のご提案", size=14)
    p.para("平素はたびらこ信販カードをご利用いただき、誠にありがとうございます。先般お申し出いただきました、お支払方法の"
           "ご変更につきまして、下記のとおりご提案申し上げます。内容をご確認のうえ、同封の「お支払方法変更申込書」を"
           "ご回答期限までにご返送ください。", size=9)
    p.gap(1)
    p.line(f"１．現在のご債務（{era(issued)}現在）", size=9.5, font="sans-bold")
    yt = p.y
    p.table([["項目", "金額"], ["立替金残高", f"{P:,}円"], ["未払分割手数料", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"],
             ["ご債務残高合計", f"{T:,}円"]],
            [70, 50], x=22, aligns="lr", size=9, row_h=6.4, header=True)
    p.add(Seal(22 + 70 + 38, yt + 6.4 * 4.5, 16, "square", "たびらこ信販株式会社之印", angle=-4, seed=27111))
    p.at(148, yt + 6, "期限の利益喪失日", size=8)
    p.at(148, yt + 10.5, era(acc), size=9)
    p.at(148, yt + 17, "最終ご入金日", size=8)
    p.at(148, yt + 21.5, era(lastp), size=9)
    p.gap(3)
    p.line("２．ご提案内容", size=9.5, font="sans-bold")
    p.table([["お支払回数", f"{n}回"], ["初回お支払額（令和8年5月27日）", f"{first_amt:,}円"],
             ["2回目以降お支払額（毎月27日）", f"{per:,}円"], ["最終回", "令和10年10月27日"]],
            [86, 44], x=22, aligns="lr", size=8.5, row_h=6.0)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 150, 10, 0.8))
    p.at(26, y + 6.8, "ご回答期限", size=10, font="sans-bold")
    p.at(56, y + 7.0, f"{era(due)}（{wd(due)}）必着", size=11, font="sans-bold")
    p.y = y + 14
    for s in ("（ご注意）",
              "1. 本ご提案は、ご回答期限までに申込書のご返送がない場合、効力を失います。その場合、ご債務残高合計の一括でのお支払いを"
              "お願いすることとなります。",
              "2. 分割弁済期間中の手数料はいただきません。ただし、お支払いを2回以上連続して遅滞し、その額が20,000円に達したときは、"
              "残額を一括してお支払いいただきます。",
              "3. 遅延損害金は、立替金残高に対し期限の利益喪失日の翌日から本書作成日まで年14.6％（年365日の日割計算）で計算しています。",
              "4. カードのご利用は引き続き停止させていただきます。信用情報機関への登録内容については、お客様相談室へお問い合わせください。",
              "5. 本書と行き違いにご入金いただいた場合は、ご容赦ください。"):
        p.para(s, size=8.0, indent="")
    p.gap(3)
    for s, sz, f in (("たびらこ信販株式会社", 10.5, "sans-bold"), ("お客様相談室　債権管理課", 8.5, "sans"),
                     ("〒450-0000 愛知県名古屋市中村区まつよい通一丁目9番9号", 8, "sans"),
                     ("フリーダイヤル 0120-000-358　（受付 平日9:00～18:00）", 8.5, "sans"),
                     ("登録番号 東海財務局長(5)第00614号　日本貸金業協会会員 第003318号", 7.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    tr = truth(document_type="settlement_proposal", sender="たびらこ信販株式会社", phone="0120-000-358",
               creditor="たびらこ信販株式会社", status="not_applicable", debtor="鴨頭亮", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="TB-88310-2", input_kind="pdf_text", template="proxy27_shinpan_instalment_plan_seal_over_total",
               received=D(2026, 4, 6))
    return dict(stem="aj11", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (信販, 分割弁済 plan, digital)",
                unusual="digital PDF set mostly in 8–9 pt: a teal band with the brand 「たびらこ信販」 (legal name only in "
                        "the sender block), era dates; the red 角印 printed OVER the ご債務残高合計 cell; the 喪失日 and "
                        "最終ご入金日 as small label-above-value notes to the RIGHT of the table; a masked 会員番号 and the "
                        "お問合せ番号 (reference); the plan (30 回, 初回 odd amount, 10,000 per month, 令和10年10月27日, the "
                        "20,000 threshold) as distractors; ご回答期限 …必着; 8-pt numbered （ご注意） notes; 登録番号 and 協会 "
                        "member number")


# ---------------------------------------------------------------------------------------------
# aj12: a bank's 期限の利益喪失通知 received by a fax server as PDF text: a reception stamp line on each page.


def aj12():
    R = 14.0
    issued, due = D(2026, 1, 20), D(2026, 2, 3)
    warn, acc, lastp = D(2025, 12, 24), D(2026, 1, 9), D(2025, 10, 6)
    P, I = 1_846_200, 12_377
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    rx = "受信 2026/01/21 09:12　発信元 0000-00-1170　あかつき野銀行 ローンセンター"
    p = Page(font="sans", size=10, top=14)
    old_fax_line(p, rx + "　　1/2", y=8.5, size=7)
    p.at(18, 20, "株式会社あかつき野銀行", size=13, font="sans-bold")
    p.at(18, 25, "個人ローンセンター", size=9.5)
    p.at(196, 18, f"{era(issued)}", size=10, align="r")
    p.at(196, 23, "管理番号　AK-2601-0773", size=9.5, align="r")
    p.at(18, 36, "〒990-0000　山形県山形市かぜまち三丁目9番9号", size=9.5)
    p.at(22, 42, "乗松　健吾　様", size=13)
    p.y = 50
    p.title("期限の利益喪失のご通知", size=15)
    p.para(f"貴殿は、当行との間で令和4年5月20日に締結したマイカーローン契約（ご融資番号 27-0418-5520）に基づく月々のご返済を、"
           f"{era(lastp)}のご返済を最後に遅滞されています。当行は、{era(warn)}付「ご返済についての催告書」により、"
           f"{era(acc)}までに延滞額をお支払いいただくよう催告いたしましたが、同日までにお支払いがありませんでした。", size=10)
    p.para(f"よって、貴殿はローン契約規定第10条第2項により、{era(acc)}の経過をもって本件ローンについて期限の利益を喪失"
           "されましたので、ご通知いたします。", size=10)
    p.para("つきましては、下記の金額を下記期日までに一括してお支払いください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.kv([("１．ご請求金額", f"金{T:,}円（内訳は別紙「計算明細」のとおり）"), ("２．お支払期日", f"{era(due)}（{wd(due)}）"),
          ("３．お支払方法", "当行本店営業部 ご返済用口座へのご入金"), ("４．期限の利益喪失日", f"{era(acc)}")],
         x=26, label_w=44, size=10)
    p.gap(3)
    p.para("上記期日までにお支払いのない場合は、担保として設定されている自動車の引揚げ及び保証人様へのご請求その他の法的手続を"
           "とらせていただきます。なお、ご返済についてのご相談は、下記担当までお電話ください。", size=9.5)
    p.gap(4)
    for s, sz in (("株式会社あかつき野銀行　個人ローンセンター", 10), ("担当　雲出　〒990-0000 山形県山形市はなぶさ通一丁目9番9号", 8.5),
                  ("TEL 023-000-1170（平日9:00～17:00）　FAX 023-000-1171", 9)):
        p.line(s, x=84, size=sz)
    p.add(Seal(186, p.y - 10, 13, "square", "あかつき野銀行個人ローン印", angle=5, seed=27121))
    q = Page(font="sans", size=9.5, top=14)
    old_fax_line(q, rx + "　　2/2", y=8.5, size=7)
    q.at(18, 22, "（別紙）", size=9.5)
    q.title("計　算　明　細", size=14)
    q.at(196, q.y, "乗松　健吾　様　　管理番号 AK-2601-0773", size=9, align="r")
    q.gap(5)
    q.line(f"（{era(issued)}現在）", size=9.5)
    q.table([["項目", "金額", "計算根拠"], ["残元金", f"{P:,}円", "期限の利益喪失時の残元金"],
             ["未収利息", f"{I:,}円", "最終ご返済日の翌日から喪失日まで年2.475％"],
             ["遅延損害金", f"{L:,}円", f"{era(acc + ONE)}から{era(issued)}まで年{R}％"], ["合計", f"{T:,}円", ""]],
            [40, 36, 98], x=18, aligns="lrl", size=9.5, row_h=7.4, header=True)
    q.gap(6)
    q.line("ご返済状況", size=10, font="sans-bold")
    hist = [("令和7年8月5日", "40,800円", "済"), ("令和7年9月5日", "40,800円", "済"), ("令和7年10月6日", "40,800円", "済"),
            ("令和7年11月5日", "40,800円", "未"), ("令和7年12月5日", "40,800円", "未"), ("令和8年1月5日", "40,800円", "未")]
    q.table([["約定返済日", "約定返済額", "状況"]] + [list(h) for h in hist], [46, 40, 24], x=18, aligns="lrc", size=9,
            row_h=6.4, header=True)
    q.gap(4)
    q.para("※当初ご融資額 2,600,000円、ご融資期間 84回、毎月のご返済額 40,800円は、ご参考です。遅延損害金は年365日の日割計算"
           "で、お支払いの日まで発生いたします。", size=8.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社あかつき野銀行", phone="023-000-1170",
               creditor="株式会社あかつき野銀行", status="not_applicable", debtor="乗松健吾", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AK-2601-0773", input_kind="pdf_text_2page",
               template="proxy27_bank_car_loan_acceleration_fax_server_pdf", received=D(2026, 1, 21))
    return dict(stem="aj12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (bank マイカーローン, fax-server PDF, 2 pages)",
                unusual="a digital PDF as a fax server stores a received fax: a tiny reception line 「受信 2026/01/21 09:12 "
                        "発信元 … 1/2」 at the top of each page (not the letter date); p.1 the 喪失 notice with the 催告書 "
                        "date 12/24 and its deadline 1/9 (= acceleration 「の経過をもって」); the total only as a kv value "
                        "「金…円（内訳は別紙…）」; ご融資番号 and 令和4年 contract (distractors); p.2 a 計算明細 table "
                        "(項目 / 金額 / 計算根拠 with 年2.475％) and a ご返済状況 table of six instalments (済 / 未) whose "
                        "amounts are distractors; the last 済 row = last payment")


# ---------------------------------------------------------------------------------------------
# aj13: a fax printout of an invented servicer's 督促状, photographed on a desk.


def aj13():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 2, 27)
    acc, lastp, assign = D(2025, 7, 10), D(2025, 5, 12), D(2025, 12, 22)
    P, I = 1_128_400, 33_790
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    old_fax_line(p, f"{slash(issued)} 13:40   HINOE SAIKEN KAISHU   011-000-2672        P.1/1", y=9, size=8)
    p.at(18, 24, "鹿野　柊吾　様", size=13)
    p.at(18, 29.5, "（ご依頼によりFAXにて送信いたします）", size=8)
    p.at(196, 22, f"{wdate(issued)}（{wd(issued)}）", size=10, align="r")
    p.at(196, 27, "債権番号　HN-0922-3378", size=10, align="r")
    p.y = 36
    p.title("督　促　状", size=17)
    p.para(f"貴殿が株式会社やまなしオートローンとの間で締結されたオートローン契約に基づく債権は、{wdate(assign)}付で当社が"
           "譲り受けております。貴殿は既に期限の利益を喪失されておりますが、現在までお支払いを確認できておりません。下記の金額を"
           "お支払期日までに一括してお支払いください。", size=10)
    p.gap(1)
    x0, x1 = 30, 170
    for lab, val in (("元　金", f"{P:,}円"), ("利　息", f"{I:,}円"), (f"損害金（年{R}％）", f"{L:,}円")):
        b = p.line(lab, x=x0, size=11)
        p.at(x1, b, val, size=11, align="r")
    p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
    p.gap(1.5)
    b = p.line("ご請求額", x=x0, size=12, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=13, font="sans-bold", align="r")
    p.gap(2)
    p.kv([("お支払期日", f"{wdate(due)}（{wd(due)}）"), ("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(lastp)),
          ("原債権者", "株式会社やまなしオートローン")], x=30, label_w=40, size=10)
    p.gap(3)
    p.para("お振込先　ほくと銀行　札幌中央支店　普通預金　0772619　ヒノエサイケンカイシュウ（カ", size=9, indent="")
    p.para("※お支払いが困難な場合は、期日までに必ずご連絡ください。ご連絡のない場合は、やむを得ず法的手続に移行いたします。",
           size=8.5, indent="")
    p.para("※当初ご契約額 1,650,000円（令和4年3月）、車両登録番号は、ご参考です。", size=8.5, indent="")
    p.gap(4)
    for s, sz, f in (("ひのえ債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号 第267号", 9, "sans"),
                     ("〒060-0000 北海道札幌市中央区ひよどり坂九丁目9番9号", 8.5, "sans"),
                     ("管理部　担当 早矢仕　TEL 011-000-2671　FAX 011-000-2672", 9, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.add(Seal(120, p.y - 17, 15, "square", "ひのえ債権回収株式会社印", angle=6, seed=27131))
    tr = truth(document_type="collection_notice", sender="ひのえ債権回収株式会社", license_number=267, phone="011-000-2671",
               creditor="ひのえ債権回収株式会社", status="unverified", original="株式会社やまなしオートローン", debtor="鹿野柊吾",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="HN-0922-3378", input_kind="photo_jpeg",
               template="proxy27_invented_servicer_fax_printout_photo", received=issued)
    return dict(stem="aj13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, pre="fax",
                shot=dict(bg="desk", keystone=0.06, tilt=1.2, creases=0, bow=6, fill=0.84, blur=0.85, warm=0.2),
                about="collection_notice (invented servicer, fax printout photographed)",
                unusual="a FAX PRINTOUT photographed on a pale desk: black-and-white at fax resolution, curled (bow), the "
                        "servicer's fax header line (date, 13:40, its FAX 011-000-2672, P.1/1) at the top; INVENTED servicer "
                        "「ひのえ債権回収株式会社」 with 「法務大臣許可番号 第267号」 (→ unverified) and its 角印 over the name; "
                        "spaced title 督　促　状; amounts as leader-less lines 元　金 / 利　息 / 損害金（年14.6％） and a ruled "
                        "ご請求額; kv lines お支払期日 / 喪失日 / 最終ご入金日 / 原債権者 BELOW the total; 債権番号 top-right; "
                        "当初ご契約額 1,650,000 as a distractor")


# ---------------------------------------------------------------------------------------------
# aj14: a photocopy of a real servicer's 業務受託のお知らせ, photographed.


def aj14():
    R = 20.0
    issued, entrusted = D(2026, 3, 18), D(2026, 3, 2)
    lastp = D(2025, 12, 15)
    P, I = 264_800, 6_102
    L = late(P, R, D(2026, 1, 16), D(2026, 2, 28))
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(18, 22, "NITTELE", size=16, font="sans-bold", color=NAVY)
    p.at(18, 27, "ニッテレ債権回収株式会社", size=9.5, color=NAVY)
    p.at(196, 20, f"{era(issued)}", size=10, align="r")
    p.at(196, 25, "お客様番号　NT-5530-81297", size=10, align="r")
    p.add(Box(18, 32, 88, 22, 0.2, GRAY))
    p.at(22, 38, "〒963-0000", size=9)
    p.at(22, 43, "福島県郡山市しらなみ台一丁目9番9号", size=9)
    p.at(26, 50.5, "桐ケ谷　望　様", size=12.5)
    p.y = 60
    p.title("業務受託のお知らせ", size=15)
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、貴殿が株式会社あとりキャッシング（以下「委託元」）と"
           f"ご契約のローンにつきまして、当社は{era(entrusted)}付で委託元より債権の管理回収業務を受託いたしましたので、"
           "お知らせいたします。債権者は引き続き委託元です。", size=10)
    p.para("つきましては、今後のお支払い及びお問い合わせは、当社宛てにお願いいたします。ご延滞分を含むお支払方法については、"
           "下記担当までお早めにご連絡ください。", size=10)
    p.gap(1)
    p.line("記", align="c")
    p.table([["委託元", "株式会社あとりキャッシング"], ["ご契約番号（委託元）", "AT-2207-44198"], ["受託日", era(entrusted)],
             ["最終ご入金日", era(lastp)]], [52, 110], x=24, aligns="ll", size=9.5, row_h=6.6, shade_col0=True)
    p.gap(3)
    p.line("ご利用残高（令和8年2月末日現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 38, 40, 44], x=24, aligns="rrrr", size=10, row_h=7.4, header=True)
    p.gap(2)
    p.para(f"※遅延損害金は、元金に対し令和8年1月16日から2月末日まで年{R:.0f}％で計算しております。ご利用限度額 300,000円はご参考です。", size=8.5,
           indent="")
    p.gap(4)
    for s, sz, f in (("ニッテレ債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第７号", 8.5, "sans"),
                     ("仙台オフィス　担当　真砂", 8.5, "sans"), ("〒980-0000 宮城県仙台市青葉区いちい通二丁目9番9号", 8, "sans"),
                     ("TEL 022-000-7707（平日9:00～18:00）", 9, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.add(Seal(178, p.y - 18, 14, "square", "ニッテレ債権回収印", angle=-4, seed=27141))
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7, phone="022-000-7707",
               creditor="株式会社あとりキャッシング", status="licensed", original="株式会社あとりキャッシング", debtor="桐ケ谷望",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, last_payment=lastp,
               reference="NT-5530-81297", input_kind="photo_jpeg", template="proxy27_servicer_entrustment_photocopy_photo",
               received=D(2026, 3, 20))
    return dict(stem="aj14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, pre="copy",
                copy=dict(skew=1.0, holes=0, ground=0.86, streaks=2, edge=True),
                shot=dict(bg="wood", keystone=0.05, tilt=2.8, creases=2, fill=0.83, shadow=0.2, shadow_side="bottom",
                          warm=0.25),
                about="assignment_notice (real servicer 受託通知, photocopy photographed)",
                unusual="a PHOTOCOPY photographed on wood (grey copy, toner streaks, lid shadow, tri-fold creases, a hand "
                        "shadow at the bottom); real servicer ★ ニッテレ債権回収株式会社 with the Latin brand 「NITTELE」 "
                        "and 「法務大臣許可番号　第７号」 (full-width digit); a 受託 (not a sale): 「債権者は引き続き委託元です」 "
                        "→ creditor = original = the 委託元; 受託日 and ご契約番号（委託元） (distractors) in a shaded kv "
                        "table; ご利用残高 as of 2月末日 (≠ the letter date); no deadline, no acceleration")


# ---------------------------------------------------------------------------------------------
# aj15: a 信販's 最終催告書 with red 重要 / 至急 stamps and 8-pt print, iPhone HEIC.


def aj15():
    R = 14.6
    issued, due = D(2026, 5, 11), D(2026, 5, 22)
    acc, lastp = D(2026, 2, 27), D(2025, 12, 26)
    P, I = 562_903, 18_770
    SHOP, CASH = 341_200, 221_703
    assert SHOP + CASH == P
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=14)
    stamp(p, 18, 13, "重要", size=14, h=10)
    stamp(p, 40, 13, "至急開封", size=12, h=10, fill=RED)
    p.at(196, 18, f"発行日：{era(issued)}", size=9, align="r")
    p.at(196, 22.5, "ご契約番号：TN-0061-72254", size=9, align="r")
    p.at(196, 27, "管理No.：TK26-0511-093", size=9, align="r")
    p.at(18, 32, "〒330-0000　埼玉県さいたま市浦和区ひいろ台四丁目9番9号", size=9)
    p.at(22, 39, "濁川　雅人　様", size=13)
    p.y = 46
    p.add(Box(18, p.y, 174, 14, 1.2, RED))
    p.at(105, p.y + 9.6, "最　終　催　告　書", size=18, font="sans-bold", color=RED, align="c")
    p.y += 20
    p.para("当社は、これまで再三にわたりお支払いのご案内をいたしましたが、今日に至るまでご入金もご連絡もいただいておりません。"
           "貴殿は会員規約第21条により既に期限の利益を喪失されておりますので、本書をもって最終のご請求をいたします。", size=9.5)
    p.gap(1)
    p.y = grid(p, 18, p.y, [36, 52, 36, 50],
               [["期限の利益喪失日", era(acc), "最終ご入金日", era(lastp)],
                ["ご利用内容", "ショッピング・キャッシング", "遅延損害金率", f"年{R}％"]], h=7.2, size=9)
    p.gap(4)
    p.table([["残元金", "未払手数料", "遅延損害金", "ご請求額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 42, 42, 48], x=18, aligns="rrrr", size=10.5, row_h=8.0, header=True)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 12, 0.9, RED, (1.0, 0.93, 0.93)))
    p.at(24, y + 8, "最終お支払期限", size=11, font="sans-bold", color=RED)
    p.at(70, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.y = y + 16
    p.para("上記期限までにお支払いがない場合は、何らのご通知なく、保証人への請求、給与・預金等の差押えを含む法的手続に"
           "移行いたします。", size=9.5, font="sans-bold")
    for s in ("・お振込先：あらかわ野銀行 浦和支店 普通 3318824 カ）トネリコクレジット　※振込人名の前に管理No.の数字をご入力ください。",
              "・遅延損害金は、残元金に対し期限の利益喪失日の翌日から本書発行日まで年14.6％で計算しております（年365日日割）。",
              f"・ショッピング残高 {SHOP:,}円、キャッシング残高 {CASH:,}円（残元金の内訳）、ご利用可能枠 0円はご参考です。",
              "・本書と行き違いでご入金済みの場合は、悪しからずご了承ください。"):
        p.para(s, size=8.0, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社とねりこクレジット", 11, "sans-bold"), ("債権管理部　担当　仲村渠", 8.5, "sans"),
                     ("〒330-0000 埼玉県さいたま市大宮区こはる町二丁目9番9号", 8, "sans"),
                     ("お問合せ TEL 048-000-5108（平日9:30～17:30）", 9, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.add(Seal(186, p.y - 16, 13, "square", "とねりこクレジット印", angle=7, seed=27151))
    tr = truth(document_type="collection_notice", sender="株式会社とねりこクレジット", phone="048-000-5108",
               creditor="株式会社とねりこクレジット", status="not_applicable", debtor="濁川雅人", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="TK26-0511-093", input_kind="photo_heic",
               template="proxy27_shinpan_final_demand_red_stamps_heic", received=D(2026, 5, 13))
    return dict(stem="aj15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.86, warm=0.3),
                about="collection_notice (信販 最終催告書, iPhone HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; printed red 「重要」 and a filled "
                        "「至急開封」 stamp top-left; a red-framed spaced title 最　終　催　告　書; THREE numbers top-right "
                        "(発行日, ご契約番号 — a contract number, 管理No. — the reference); a shaded label/value grid "
                        "(喪失日 / 最終ご入金日 / ご利用内容 / 遅延損害金率); a one-row 4-column table; a pink 最終お支払期限 "
                        "box; 8-pt notes with the 残元金 split (ショッピング / キャッシング) and ご利用可能枠 0円 as "
                        "distractors")


# ---------------------------------------------------------------------------------------------
# aj16: a 完済証明書 (claims nothing), photographed sideways (EXIF 6).


def aj16():
    issued, paid = D(2026, 4, 8), D(2026, 3, 27)
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 24, f"{era(issued)}", size=10.5, align="r")
    p.at(196, 29.5, "お客様番号　AS-2011-47385", size=10, align="r")
    p.at(20, 36, "〒640-0000　和歌山県和歌山市あけの浜二丁目9番9号", size=10)
    p.at(26, 43, "梁瀬　由香　様", size=13)
    p.y = 56
    p.title("完　済　証　明　書", size=18, font="serif-bold")
    p.para("貴殿と当社との間の下記ご契約に基づく債務につきましては、下記のとおり全額のご返済をいただき、完済となりましたこと"
           "を証明いたします。", size=10.5)
    p.para("長らくのご利用、誠にありがとうございました。", size=10.5)
    p.gap(3)
    p.line("記", align="c")
    p.table([["ご契約の種類", "フリーローン（極度方式）"], ["ご契約日", "平成29年11月2日"], ["ご利用限度額", "500,000円"],
             ["完済日（最終ご入金日）", era(paid)], ["完済時お支払額", "32,415円"], ["現在のご債務残高", "0円"]],
            [62, 100], x=24, aligns="ll", size=10, row_h=8.0)
    p.gap(5)
    p.para("なお、本書の発行をもって、当社から貴殿に対するご請求は一切ございません。信用情報機関には「完済」として登録いたします。"
           "本書は大切に保管してください（再発行には手数料1,100円を頂戴いたします）。", size=9.5)
    p.gap(10)
    for s, sz, f in (("あしたばローン株式会社", 12, "serif-bold"), ("代表取締役　姥沢　信吾", 10, "serif"),
                     ("〒640-0000 和歌山県和歌山市すずめ台一丁目9番9号", 9, "serif"),
                     ("お客様センター　TEL 073-000-4415", 9.5, "serif"), ("近畿財務局長(6)第00287号", 8.5, "serif")):
        p.line(s, x=104, size=sz, font=f)
    p.add(Seal(146, p.y - 27, 16, "square", "あしたばローン株式会社之印", angle=2, seed=27161))
    tr = truth(document_type="other", sender="あしたばローン株式会社", phone="073-000-4415", creditor=None,
               status="not_applicable", debtor="梁瀬由香", lump=False, issued=issued, last_payment=paid,
               reference="AS-2011-47385", input_kind="photo_exif_rotated",
               template="proxy27_paid_in_full_certificate_rotated", received=D(2026, 4, 10))
    return dict(stem="aj16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.5, creases=2, fill=0.85, shadow=0.22, shadow_side="top-left"),
                about="other (完済証明書, claims nothing, photo stored sideways)",
                unusual="phone photo on tatami stored sideways with EXIF orientation 6; a serif 完済証明書 that CLAIMS "
                        "NOTHING (every amount null, creditor null): the 完済日（最終ご入金日） is the only debt date; "
                        "完済時お支払額 32,415, ご利用限度額 500,000, 現在のご債務残高 0円, 平成29年 contract and the "
                        "再発行手数料 1,100円 are distractors; the 貸金業 registration number is not a licence")


LETTERS = [aj09, aj10, aj11, aj12, aj13, aj14, aj15, aj16]
