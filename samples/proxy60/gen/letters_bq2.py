"""Proxy set 60, letters bq09–bq16: a real servicer's 債権譲渡のお知らせ that demands nothing, a lawyer's 受任通知 to a
card company (the copy faxed to the client), a 仮執行宣言付支払督促 on one scanned page, a rent-guarantee company's
frightening 求償金 demand (2 pages), a 信用組合's 縦書き 期限の利益喪失通知, a real servicer's 圧着はがき, a real
servicer's name printed with a WRONG licence number, and a law office collecting a phone carrier's unpaid charges."""

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
    dashed,
    era,
    faq,
    kdate,
    late,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
AURORA = (0.55, 0.18, 0.30)
GREEN = (0.12, 0.40, 0.25)
SAISON = (0.05, 0.30, 0.55)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# bq09 アウロラ債権回収 (real) 債権譲渡のお知らせ for a loan in good standing: nothing is demanded; scanned.


def bq09():
    issued, assign, prev, nxt = D(2026, 2, 9), D(2026, 1, 30), D(2026, 1, 27), D(2026, 2, 27)
    P, I = 862_400, 1_063  # 3 days of 15 % after the 1/27 instalment
    T = P + I
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 12, color=None, fill=AURORA))
    p.at(22, 18, "アウロラ債権回収株式会社", size=12.5, font="sans-bold")
    p.at(22, 23, "法務大臣許可番号　第76号", size=8.5, color=GRAY)
    p.at(195, 17, wdate(issued), size=10, align="r")
    p.at(195, 22.5, "お客様番号（変更ありません）　TK-0622-3190", size=9, align="r")
    window(p, 15, 30, "986-0000", ["宮城県石巻市もみじ平九丁目9番9号"], "槇尾　恵理　様", "bq09")
    p.y = 74
    p.title("債権譲渡のお知らせ", size=15.5)
    y = p.y
    p.add(Box(40, y, 130, 8, color=None, fill=AURORA))
    p.at(105, y + 5.6, "本書はご請求書ではありません。お手続きは不要です。", size=10.5, font="sans-bold", color=WHITE,
         align="c")
    p.y = y + 12
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、お客様が株式会社ひむろローンとご契約いただいて"
           f"おりますお借入れに係る債権は、{wdate(assign)}付で同社から当社へ譲渡されましたので、お知らせいたします。", size=9.8)
    p.para("お客様のご返済日、ご返済額及びご返済方法（口座振替）は、これまでと変わりません。引き続き、ご登録の口座から"
           "お引落しいたしますので、新たなお手続きやお振込みは必要ございません。", size=9.8)
    p.line("敬具", size=9.8, align="r")
    p.gap(1)
    p.line("記　（譲渡債権の表示）", size=10.5, font="sans-bold", align="c")
    rows = [["ご契約日", "令和4年6月10日", "当初ご融資額", "1,000,000円"],
            ["約定利率", "年15.0％", "債権譲渡日", wdate(assign)],
            ["前回ご返済日", wdate(prev), "次回ご返済日", wdate(nxt)],
            ["次回ご返済額", "22,000円", "ご返済方法", "口座振替（毎月27日）"]]
    y = p.y
    for row in rows:
        cx = 15
        for c, (txt, wdt) in enumerate(zip(row, [30, 60, 30, 61], strict=False)):
            p.add(Box(cx, y, wdt, 7.5, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            p.at(cx + 1.8, y + 5.2, txt, size=8.6 if c % 2 == 0 else 9.6)
            cx += wdt
        y += 7.5
    p.y = y + 3
    p.line(f"譲渡債権の額（{wdate(assign)}現在）", size=10, font="sans-bold", x=15)
    p.table([["元金残高", f"{P:,}円"], ["未収利息", f"{I:,}円"], ["譲渡債権額　合計", f"{T:,}円"]],
            [70, 40], x=24, size=9.8, row_h=7, ruled="grid")
    p.gap(3)
    p.para("※当社は、法務大臣の許可を受けた債権回収会社です。当社が電話やSMSでお振込みをお願いすることはございません。"
           "本書の内容についてご不明な点は、下記までお問い合わせください。", size=8.6, indent="")
    p.gap(4)
    for s, sz, f in (("アウロラ債権回収株式会社　お客様サービス部", 10, "sans-bold"),
                     ("〒105-0000　東京都港区みつまた台九丁目9番9号", 8.6, "sans"),
                     ("フリーダイヤル　0120-000-776（平日9:00～17:30）　担当　三本菅", 9.2, "sans")):
        p.line(s, x=70, size=sz, font=f)
    p.gap(3)
    dashed(p, 15, 195, p.y)
    p.gap(3)
    p.line("（譲渡人からのお知らせ）上記のとおり債権を譲渡いたしました。　株式会社ひむろローン　代表取締役　宝来　誠司",
           size=8.6)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-776", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社ひむろローン", debtor="槇尾恵理", total=T, principal=P, interest=I, lump=False,
               issued=issued, last_payment=prev, assignment=assign, reference="TK-0622-3190", input_kind="scan_png",
               template="proxy60_servicer_assignment_news_performing_loan", received=issued + timedelta(2))
    return dict(stem="bq09", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="assignment_notice (real servicer, loan in good standing, demands nothing)",
                unusual="a HARMLESS 債権譲渡のお知らせ, scanned: real servicer ★ アウロラ債権回収株式会社 (a plum bar mark, "
                        "「法務大臣許可番号　第76号」 in grey under the name) bought a consumer loan that is being REPAID "
                        "normally: a plum band 「本書はご請求書ではありません。お手続きは不要です。」, 拝啓 … 敬具; a shaded 4×2 "
                        "grid (ご契約日, 当初ご融資額 1,000,000, 約定利率 15.0％ — not a damage rate, 譲渡日, 前回ご返済日, "
                        "次回ご返済日 2/27 and 次回ご返済額 22,000 — not a deadline or a claim); a grid table 元金残高 / 未収"
                        "利息 / 譲渡債権額　合計 as of the 譲渡日; お客様番号 marked 「（変更ありません）」; the 譲渡人's line "
                        "under a dashed rule at the foot")


# ---------------------------------------------------------------------------------------------
# bq10 苅米法律事務所 受任通知書 to a card company — the copy faxed to the client (依頼者控): claims nothing.


def bq10():
    issued, disclose = D(2026, 3, 2), D(2026, 3, 16)
    p = Page(font="serif", size=10.2, top=14)
    stamp(p, 15, 11, "写", color=(0, 0, 0), size=12, w=12, h=10)
    stamp(p, 30, 11, "依頼者控", color=(0, 0, 0), size=10, h=10)
    p.at(195, 17, era(issued), size=10.2, align="r")
    p.y = 24
    p.line("株式会社ぬなわカード　債権管理部　御中", size=11.5)
    p.line("（FAX　03-0000-8816）", size=8.5)
    p.gap(1)
    for s, sz, f in (("〒810-0000　福岡県福岡市中央区かんぞう町九丁目9番9号", 9, "serif"),
                     ("苅米法律事務所", 11, "serif-bold"), ("弁護士　苅　米　　智　史", 10.5, "serif"),
                     ("TEL　092-000-5510　FAX　092-000-5511", 9.5, "serif"), ("当職整理番号　KM26-0302", 9.5, "serif")):
        p.line(s, x=112, size=sz, font=f)
    p.seal(182, 55, 10, "square", "弁護士苅米之印", angle=3, seed=60101)
    p.gap(3)
    p.title("受　任　通　知　書", size=16)
    p.para("冠省　当職は、下記債務者（以下「依頼者」といいます。）から、貴社に対する債務の整理について委任を受けましたので、"
           "ご通知申し上げます。", size=10)
    p.table([["債務者（依頼者）", "丹治　美和子"], ["住所", "福岡県春日市ひいらぎ坂九丁目9番9号"], ["生年月日", "昭和57年9月14日"],
             ["会員番号", "****-****-****-2207"], ["通知の相手方（債権者）", "株式会社ぬなわカード"]],
            [52, 118], x=22, size=9.8, row_h=7.2, aligns="ll", shade_col0=True, font="serif")
    p.gap(3)
    for s in ("１　今後、依頼者及びその家族、勤務先への連絡や取立行為は中止し、本件に関するご連絡は全て当職宛にお願いいたします"
              "（貸金業法第21条第1項第9号）。",
              f"２　依頼者と貴社との間の取引開始時から現在までの全ての取引履歴を、{era(disclose)}までに当職宛に開示してください。",
              "３　同封の債権調査票にご記入のうえ、取引履歴と併せてご返送ください。",
              "４　依頼者の口座からの自動引落し及びカードのご利用は、停止の手続をお願いいたします。",
              "５　当職は、開示された取引履歴に基づき引直し計算を行い、改めて貴社に対し債務整理の方針をご連絡いたします。"):
        p.para(s, x0=22, size=9.8, indent="")
    p.line("草々", size=10, align="r")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 16, 0.3, GRAY, SHADE))
    p.at(26, y + 6, "依頼者の方へ：本書は、当職が貴方のために債権者へ送付した通知の写しです。", size=9.2)
    p.at(26, y + 11.5, "債権者から直接連絡があった場合は、応答せず当職までお知らせください。", size=9.2)
    tr = truth(document_type="other", sender="苅米法律事務所", phone="092-000-5510", creditor="株式会社ぬなわカード",
               status="not_applicable", debtor="丹治美和子", lump=False, issued=issued, reference="KM26-0302",
               input_kind="fax_tiff", template="proxy60_lawyer_notice_of_representation_client_copy_fax",
               received=issued)
    return dict(stem="bq10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 17:48 KARIGOME LAW 092-000-5511",
                about="other (debtor's lawyer: 受任通知 to a card company, the copy faxed to the client)",
                unusual="a one-page G4 fax from the DEBTOR'S OWN lawyer: a serif 受任通知書 addressed to the card company "
                        "(株式会社ぬなわカード 債権管理部 御中, with ITS fax number under it), framed 「写」 and 「依頼者控」 "
                        "marks, the office block flush right with 当職整理番号 KM26-0302; a shaded-label table (債務者（依頼者）, "
                        "住所, 昭和 生年月日, masked 会員番号, 「通知の相手方（債権者）」); items １–５ (stop collecting under "
                        "貸金業法第21条第1項第9号, 取引履歴 disclosure by a date — not a payment deadline, 債権調査票, 引直し"
                        "計算); NO amount anywhere; a shaded note 「依頼者の方へ」 at the foot")


# ---------------------------------------------------------------------------------------------
# bq11 鹿屋簡易裁判所 仮執行宣言付支払督促 on ONE scanned page (consumer lender creditor).


def bq11():
    issued, ordered, served, applied = D(2026, 5, 19), D(2026, 4, 6), D(2026, 4, 9), D(2026, 4, 27)
    acc, last, filed = D(2025, 10, 2), D(2025, 7, 10), D(2026, 3, 30)
    P, I, R = 286_000, 7_412, 20.0
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_430, 1_228
    T = P + I + L + C1 + C2
    case = "令和8年(ロ)第91号"
    p = Page(font="serif", size=9.6, top=12, left=16, right=16)
    y = 12
    for lab, val, w in (("事件番号", fw(case).replace("(", "（").replace(")", "）"), 62), ("事件名", "貸金請求督促事件", 50),
                        ("仮執行宣言申立日", fw(era(applied)), 66)):
        x = {62: 16, 50: 78, 66: 128}[w]
        p.add(Box(x, y, w, 11, 0.3))
        p.at(x + 1.5, y + 3.6, lab, size=6.8)
        p.at(x + 2.5, y + 9, val, size=9)
    p.y = 27
    p.title("仮執行宣言付支払督促", size=16)
    p.para(f"上記事件について、当裁判所書記官が{era(ordered)}に発付した支払督促（{era(served)}債務者に送達）に対し、"
           "債務者から適法な督促異議の申立てがないので、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=9.6)
    p.line("仮執行宣言　　「この支払督促は、仮に執行することができる。」", size=10, font="serif-bold", x=22)
    p.gap(1)
    p.line(f"{fw(era(issued))}　　鹿屋簡易裁判所　裁判所書記官　国　領　　美　穂", size=9.8, x=22)
    p.seal(186, p.y - 3, 10, "square", "鹿屋簡易裁判所書記官印", angle=-2, seed=60111)
    p.gap(2)
    p.add(Line(16, p.y, 194, p.y, 0.4))
    p.gap(2)
    p.line("当事者の表示", size=10.5, font="serif-bold")
    p.kv([("債務者", "鹿児島県鹿屋市あかしで町九丁目9番9号　鰭　崎　　幸　枝"),
          ("債権者", "鹿児島県鹿児島市ゆうがお通九丁目9番9号　株式会社しのぶローン　代表取締役　山家　敏郎"),
          ("", "（送達場所・電話）同所　099-000-6624")], x=22, label_w=18, size=9.2)
    p.gap(1)
    p.line("請求の趣旨", size=10.5, font="serif-bold")
    p.table([["項目", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息（約定利率年17.8％、期限の利益喪失日まで）", f"{I:,}"],
             [f"３　確定遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年20％）", f"{L:,}"],
             ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合計", f"{T:,}"]],
            [138, 36], x=18, header=True, size=9, row_h=6.4, aligns="lr", font="serif")
    p.gap(1.5)
    p.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年20％の割合による遅延損害金", x0=18, size=9,
           indent="")
    p.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　債権者は、債務者に対し、令和5年2月3日、金400,000円を、利息年17.8％、遅延損害金年20％、毎月10日限り"
              "分割弁済の約定で貸し付けた。",
              f"２　債務者は、{era(last)}の支払を最後に支払を怠ったため、{era(acc)}の経過により期限の利益を喪失した。"):
        p.para(s, x0=18, size=9, indent="")
    p.gap(1.5)
    y = p.y
    p.add(Box(16, y, 178, 24, color=None, fill=SHADE))
    p.at(19, y + 5, "【この書面を受け取った方へ】", size=9.2, font="serif-bold")
    for i, s in enumerate(("この仮執行宣言付支払督促に不服がある場合は、送達を受けた日から２週間以内に、当裁判所に督促異議の",
                           "申立てをすることができます。督促異議の申立てをしても、それだけでは強制執行は停止されません。",
                           "お問い合わせ　鹿屋簡易裁判所　民事係　電話　０９９－０００－４１２８（直通）")):
        p.at(19, y + 10.5 + i * 4.8, s, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="鹿屋簡易裁判所", phone="099-000-4128",
               creditor="株式会社しのぶローン", status="not_applicable", debtor="鰭崎幸枝", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=last, reference=case, input_kind="pdf_scan",
               template="proxy60_enforceable_kanoya_one_page_lender", received=issued + timedelta(3))
    return dict(stem="bq11", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, consumer lender creditor, one scanned page)",
                unusual="a real court new to the sets (鹿屋簡裁), a whole 仮執行宣言付支払督促 on ONE scanned page: a 3-cell "
                        "box at the top (事件番号 in full-width / 事件名 / 仮執行宣言申立日 — not the issue date); the 発付 "
                        "4/6 and 送達 4/9 in one sentence; the declaration quoted in 「」 and the clerk line with the "
                        "full-width date (→ issued); parties as two kv lines (the lender's 送達場所 phone as a distractor); "
                        "請求の趣旨 as a grid with a 「金額（円）」 header, the item numbers INSIDE the labels, TWO cost rows "
                        "(督促手続費用 / 仮執行宣言の手続費用 → costs = sum) and the running item ６ below; the 約定利率 "
                        "17.8％ and the 400,000円 loan as distractors; a shaded 【この書面を受け取った方へ】 box with the "
                        "court's phone (直通)")


# ---------------------------------------------------------------------------------------------
# bq12 あまやどり賃貸保証 (rent guarantee company) 求償金のご請求（最終通知）, 2 pages: frightening but genuine.


def bq12():
    issued, due, last = D(2026, 3, 2), D(2026, 3, 13), D(2025, 10, 31)
    R, mon = 14.6, 72_000
    subro = [("2025年12月分", D(2025, 12, 5)), ("2026年1月分", D(2026, 1, 7)), ("2026年2月分", D(2026, 2, 5))]
    lates = [late(mon, R, d + timedelta(1), issued) for _, d in subro]
    P, L = mon * len(subro), sum(lates)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 181, 13, color=None, fill=GREEN))
    p.at(19, 19.5, "あまやどり賃貸保証", size=14, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "求償金のご請求（最終通知）", size=12, font="sans-bold", color=WHITE, align="r")
    p.at(196, 30, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 35, "保証契約番号　AY-58-20417", size=9.5, align="r")
    window(p, 15, 28, "192-0000", ["東京都八王子市ときわ木九丁目9番9号", "ときわ木コーポ202号室"], "多胡　啓介　様", "bq12")
    stamp(p, 150, 42, "親展・重要", color=RED, size=11)
    p.y = 72
    p.para("当社は、貴殿が有限会社つゆはし不動産（貸主）との間で締結された建物賃貸借契約について、貴殿の連帯保証を"
           "受託している保証会社です。貴殿の賃料等のお支払いが滞ったため、当社は保証契約に基づき、貸主に対して下記の賃料等を"
           "代位弁済いたしました。", size=9.8)
    p.para("当社からこれまで電話・訪問・書面で再三ご連絡いたしましたが、ご入金もご連絡もございません。つきましては、下記の"
           "求償金をお支払期限までにお支払いください。", size=9.8)
    y = p.y + 1
    p.add(Box(15, y, 181, 30, 1.2, RED))
    p.add(Box(15, y, 181, 8, color=None, fill=(0.99, 0.90, 0.90)))
    p.at(105.5, y + 5.8, "ご請求の内容（明細は2枚目）", size=10.5, font="sans-bold", color=RED, align="c")
    rows = (("代位弁済金（求償元金）", f"{P:,}円"), (f"遅延損害金（年{R}％）", f"{L:,}円"), ("ご請求金額", f"{T:,}円"))
    for i, (a, b) in enumerate(rows):
        f = "sans-bold" if i == 2 else "sans"
        p.at(24, y + 14 + i * 6.2, a, size=10.5 if i < 2 else 11.5, font=f)
        p.at(120, y + 14 + i * 6.2, b, size=10.5 if i < 2 else 12.5, font=f, align="r")
    p.add(Line(24, y + 21.5, 120, y + 21.5, 0.3))
    p.add(Box(128, y + 10, 62, 17, 0.6))
    p.at(159, y + 15, "お支払期限", size=9.5, align="c")
    p.at(159, y + 23, f"{due.month}月{due.day}日（{wd(due)}）", size=13, font="sans-bold", color=RED, align="c")
    p.y = y + 34
    p.para(f"※最終ご入金日（賃料）　{wdate(last)}", size=9, indent="")
    p.gap(1)
    p.line("■ お支払期限までにお支払いがない場合", size=10.5, font="sans-bold", color=RED)
    for s in ("・貸主と協議のうえ、賃貸借契約の解除及び建物明渡請求訴訟の手続に入ることがあります。",
              "・ご本人様への連絡が取れない場合、ご契約時に届け出られた緊急連絡先へご連絡することがあります。",
              "・一度にお支払いが難しい場合は、必ずお支払期限までにご相談ください。"):
        p.para(s, size=9.4, indent="")
    p.gap(2)
    p.para("※当社は債権回収会社ではありません。当社が、電子マネーでのお支払いや担当者個人の口座への振込みをお願いすることは"
           "ありません。", size=8.6, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社あまやどり賃貸保証　債権管理課", 10, "sans-bold"),
                     ("〒170-0000　東京都豊島区まんさく通九丁目9番9号", 8.8, "sans"),
                     ("TEL　03-0000-2417（平日9:30～18:00）　担当　倉員", 9.5, "sans")):
        p.line(s, x=88, size=sz, font=f)
    q = Page(font="sans", size=9.8, top=16)
    q.line(f"保証契約番号　AY-58-20417　　多胡　啓介　様　　（{wdate(issued)}現在）", size=9.2)
    q.gap(2)
    q.line("代位弁済及び遅延損害金の明細", size=12, font="sans-bold")
    q.gap(1)
    body = [["対象月", "代位弁済日", "代位弁済額", "損害金起算日", "日数", "遅延損害金"]]
    for (m, d), lt in zip(subro, lates, strict=True):
        body.append([m, wdate(d), f"{mon:,}", wdate(d + timedelta(1)), f"{(issued - d).days}", f"{lt:,}"])
    body.append(["合計", "", f"{P:,}", "", "", f"{L:,}"])
    q.table(body, [26, 34, 28, 36, 16, 30], x=15, header=True, size=9, row_h=7, aligns="llrlrr")
    q.para(f"※代位弁済額の内訳：賃料68,000円＋共益費4,000円（月額）。遅延損害金は各代位弁済日の翌日から本書通知日まで年{R}％"
           "の日割計算（1円未満切捨て）。", size=8.4, indent="")
    q.gap(2)
    q.line("よくあるご質問", size=11, font="sans-bold", color=GREEN)
    faq(q, [("この手紙は本物ですか？", "ご契約時の「保証委託契約書」に記載の当社連絡先（03-0000-2417）と同じ番号であることを"
             "ご確認ください。"),
            ("分割で支払えますか？", "ご事情をお伺いし、ご相談に応じます。お支払期限までに担当へお電話ください。"),
            ("家賃は今後どうなりますか？", "今後の賃料は、引き続き貸主指定の方法でお支払いください。")], x0=15, x1=195,
        qcolor=GREEN)
    slip(q, 205, account="00170-9-584201", payee="株式会社あまやどり賃貸保証", amount=T, payer="多胡　啓介",
         note=["保証契約番号 AY-58-20417", f"求償金 {T:,}円"], bank_line="ゆうちょ銀行・郵便局の窓口又はATMでお払込みください。",
         key="bq12")
    tr = truth(document_type="collection_notice", sender="株式会社あまやどり賃貸保証", phone="03-0000-2417",
               creditor="株式会社あまやどり賃貸保証", status="not_applicable", original="有限会社つゆはし不動産",
               debtor="多胡啓介", total=T, principal=P, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=due, last_payment=last, reference="AY-58-20417", input_kind="pdf_text_2page",
               template="proxy60_rent_guarantor_recourse_final_two_pages", received=issued + timedelta(2))
    return dict(stem="bq12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (rent-guarantee company's 求償金 最終通知, 2 pages)",
                unusual="a FRIGHTENING but genuine demand from a rent-guarantee company (not a servicer, it says so): a "
                        "green name band with the title on the right, a red 親展・重要 frame, the window address; the "
                        "claim in a red-framed box (代位弁済金（求償元金） / 遅延損害金（年14.6％） / ご請求金額) with the due "
                        "date in a side frame as month/day only; threats of 契約解除・明渡請求 and of calling the "
                        "緊急連絡先; the landlord (有限会社つゆはし不動産) as the original creditor of the rent; p.2 a 6-column "
                        "明細 (three 代位弁済 rows with their own damage windows, 日数 and a 合計 row), a よくあるご質問 "
                        "block and a 払込取扱票 at the foot; 保証契約番号 as the reference; 68,000 + 4,000 as distractors")


# ---------------------------------------------------------------------------------------------
# bq13 くろしお信用組合 縦書き 期限の利益喪失通知書 (内容証明), scanned.


def bq13():
    issued, demand, acc, due, last = D(2026, 2, 20), D(2026, 1, 26), D(2026, 2, 9), D(2026, 3, 6), D(2025, 10, 27)
    P, I, R = 1_946_000, 23_512, 14.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　当組合は、貴殿に対し、令和三年五月十四日付金銭消費貸借契約証書に基づき金二百五十万円を貸し付けて"
                 "おりますが、貴殿は令和七年十月二十七日の弁済を最後に、その後の約定弁済を怠っております。"),
        ("body", f"そこで当組合は、{kdate(demand)}付催告書をもって延滞元利金の支払を催告いたしましたが、期限である"
                 f"{kdate(acc)}までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、同契約証書第五条第一項により、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "その旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当組合本店までご持参又はお振込みにより、一括してお支払いください。"
                 "右期限までにお支払いのない場合は、連帯保証人への請求及び法的手続を執らせていただきます。"),
        ("indent", "記"),
        ("indent", f"一　貸付金残元金　{kyen(P)}"),
        ("indent", f"二　未払利息　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和八年二月十日から本書日付まで年十四％）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "管理番号　ＫＳ２６－０２１"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "高知県高知市りんどう平九丁目九番九号"),
        ("low", "くろしお信用組合"),
        ("low", "理事長　五味淵　正彦"),
        ("low", "融資管理課　電話　〇八八（〇〇〇）四一二七"),
        ("blank", ""),
        ("low", "高知県高知市たんぽぽ通九丁目九番九号"),
        ("low", "陶山　健吾　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 60131))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "五味淵" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + 21 * size * 0.3528 * 1.05, 9, "square", "くろしお信用組合理事長印", angle=1,
                         seed=60132))
    tr = truth(document_type="acceleration_notice", sender="くろしお信用組合", phone="088-000-4127",
               creditor="くろしお信用組合", status="not_applicable", debtor="陶山健吾", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="KS26-021", input_kind="vertical_scan",
               template="proxy60_vertical_credit_union_acceleration", received=issued + timedelta(3))
    return dict(stem="bq13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (信用組合, 縦書き 内容証明)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a 信用組合, scanned, with the 内容証明 stamp and the "
                        "理事長's square seal: the 催告書 date 令和八年一月二十六日 and its deadline 二月九日 (= acceleration "
                        "「の経過をもって」); the 令和三年 contract and 金二百五十万円 as distractors; 契約証書第五条第一項; "
                        "positional kanji amounts; 「年十四％」 with its window in a bracket column; 「…限り」 absolute "
                        "deadline; the 管理番号 in full-width ＫＳ２６－０２１ inside the 記; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bq14 セゾン債権回収 (real) 圧着はがき opened flat (two inner panels), phone photo: a genuine demand by postcard.


def bq14():
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    acc, last, assign = D(2025, 9, 26), D(2025, 6, 27), D(2026, 1, 30)
    P, I, R = 238_760, 9_140, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(w=200, h=148, font="sans", size=7.6, left=7, right=7, top=7, leading=1.45)
    p.add(Line(100, 3, 100, 145, 0.2, GRAY))
    p.at(7, 10, "セゾン債権回収株式会社", size=11.5, font="sans-bold", color=SAISON)
    p.at(94, 10, "親展", size=10, font="sans-bold", color=RED, align="r")
    p.y = 14
    p.line("重要なお知らせ（ご請求）", size=13.5, font="sans-bold")
    p.line(f"作成日　{wdate(issued)}", size=9)
    p.line("お客様番号　SZ-3408-7715", size=9)
    p.gap(1.5)
    p.line("須賀原　亜紀　様", size=12.5)
    p.gap(1)
    for s in (f"株式会社つむぎ信販から当社が{wdate(assign)}付で譲り受けました債権につき、現在までお支払いの確認ができて"
              "おりません。",
              "貴殿は既に期限の利益を喪失しておりますので、右面記載のご請求額を、お支払期限までに一括してお支払いください。",
              "期限までにお支払い又はご連絡がない場合には、法的手続を検討させていただきます。",
              "なお、本状と行き違いでお支払い済みの場合は、ご容赦ください。"):
        p.para(s, x0=7, x1=94, size=9)
    p.gap(1.5)
    p.kv([("原債権者", "株式会社つむぎ信販"), ("期限の利益喪失日", wdate(acc)), ("最終お支払日", wdate(last)),
          ("債権譲受日", wdate(assign))], x=8, label_w=33, size=9)
    p.gap(2)
    p.para("※このはがきは個人情報保護のため圧着しております。ご本人様以外の方が開封された場合は、そのまま下記へご返送"
           "ください。", x0=7, x1=94, size=7.6, indent="")
    r = Page(w=200, h=148, font="sans", size=7.6, left=107, right=7, top=9, leading=1.45)
    r.spec = p.spec
    r.line("ご請求額の内訳", size=11.5, font="sans-bold", color=SAISON)
    r.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R}％）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [48, 38], x=107, size=9.4, row_h=7, ruled="grid")
    r.gap(2)
    y = r.y
    r.add(Box(107, y, 86, 12, 0.8, RED))
    r.at(110, y + 7.8, "お支払期限", size=9.5, font="sans-bold", color=RED)
    r.at(190, y + 8, f"{wdate(due)}（{wd(due)}）", size=11.5, font="sans-bold", color=RED, align="r")
    r.y = y + 15
    r.line("お振込先", size=9.4, font="sans-bold")
    for s in ("ほそえ銀行　池袋支店　普通預金　3407715", "口座名義　セゾンサイケンカイシユウ（カ", "※ご依頼人名の前にお客様番号をご入力ください。"):
        r.line(s, x=109, size=8.6)
    r.gap(2)
    r.para("お支払いが難しい場合は、お支払期限までに必ずご連絡ください。ご事情により分割でのお支払いをご相談いただけます。",
           x0=107, x1=194, size=8.4, indent="")
    r.gap(3)
    for s, sz, f in (("セゾン債権回収株式会社", 10.5, "sans-bold"), ("法務大臣許可番号第34号", 8.6, "sans"),
                     ("〒170-0000 東京都豊島区ひさご町九丁目9番9号", 8, "sans"),
                     ("お問合せ　0120-000-734", 10.5, "sans-bold"), ("受付　平日9:00～18:00　担当　颯田", 8, "sans")):
        r.line(s, x=109, size=sz, font=f)
    p.add(Box(3, 3, 194, 142, 0.15, GRAY))
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-734", creditor="セゾン債権回収株式会社", status="licensed", original="株式会社つむぎ信販",
               debtor="須賀原亜紀", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=last, assignment=assign, reference="SZ-3408-7715",
               input_kind="photo_jpeg", template="proxy60_real_servicer_sealed_postcard_demand",
               received=issued + timedelta(3))
    return dict(stem="bq14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(2300, 1700), fill=0.8, keystone=0.04, tilt=2.0, bg="tatami", blur=0.8, warm=0.15),
                about="collection_notice (real servicer, 圧着はがき opened flat, phone photo)",
                unusual="a GENUINE demand by postcard, to set against the scam postcard bq02: a real servicer's ★ セゾン債権"
                        "回収株式会社 圧着はがき opened flat (two panels side by side, landscape photo on tatami): the left "
                        "panel the letter (作成日, お客様番号, the addressee, four short paragraphs, a kv block 原債権者 / 喪失日 "
                        "/ 最終お支払日 / 債権譲受日, the 圧着 privacy note), the right panel a grid 元金 / 利息 / 遅延損害金"
                        "（年14.6％） / ご請求額合計, a red-framed お支払期限 with weekday, the transfer account and the "
                        "sender with 「法務大臣許可番号第34号」 (no space) — small print at 340 dpi")


# ---------------------------------------------------------------------------------------------
# bq15 エー・シー・エス債権管理回収 (real name) 督促状 with a WRONG licence number (第72号; the registry has 27).


def bq15():
    issued, due = D(2026, 3, 23), D(2026, 4, 3)
    acc, last, assign = D(2025, 8, 5), D(2025, 4, 25), D(2025, 12, 19)
    P, I, R = 512_300, 14_820, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=16)
    p.at(15, 18, "管理番号　E-5561-0382", size=10)
    p.at(195, 18, wdate(issued), size=10.3, align="r")
    p.y = 26
    p.line("〒690-0000　島根県松江市ちがや台九丁目9番9号", size=10)
    p.line("津布久　伸也　殿", size=13.5)
    p.gap(1)
    for s, sz, f in (("エー・シー・エス債権管理回収株式会社", 11, "serif-bold"), ("法務大臣許可番号　第72号", 9.2, "serif"),
                     ("〒261-0000　千葉県千葉市美浜区すげのは九丁目9番9号", 8.6, "serif"),
                     ("電話　043-000-7227（代表）", 9.5, "serif"), ("回収第二部　担当　宮武", 9.2, "serif")):
        p.line(s, x=108, size=sz, font=f)
    p.gap(4)
    p.add(Box(70, p.y, 70, 12, 0.4))
    p.add(Box(71, p.y + 1, 68, 10, 0.4))
    p.y += 2.4
    p.line("督　促　状", size=15, font="serif-bold", align="c")
    p.gap(4)
    p.para(f"貴殿が株式会社みさごクレジットとの間で締結した金銭消費貸借契約に基づく債権は、{wdate(assign)}に当社が譲り受けました。"
           "当社は、これまで再三にわたりお支払いをお願いしてまいりましたが、本日に至るまでお支払いがございません。", size=10.2)
    p.para(f"つきましては、下記金額を{wdate(due)}（{wd(due)}）までに一括してお支払いください。期日までにお支払い又はご連絡のない"
           "場合、当社は訴訟の提起等、法的手続に着手いたしますので、念のため申し添えます。", size=10.2)
    p.gap(2)
    p.line("記", size=10.5, align="c")
    p.gap(1)
    p.table([["区　分", "金　額"], ["元　金", f"{P:,}円"], ["利　息", f"{I:,}円"],
             [f"遅延損害金（年{R}％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [80, 50], x=40, header=True, size=10, row_h=7.4, font="serif")
    p.gap(3)
    p.kv([("原債権者", "株式会社みさごクレジット"), ("期限の利益喪失日", wdate(acc)), ("最終ご入金日", wdate(last)),
          ("お振込先", "あおみ銀行　千葉支店　普通預金　5561038"), ("口座名義", "エーシーエスサイケンカンリカイシユウ（カ")],
         x=30, label_w=36, sep="：", size=9.6, font="serif")
    p.gap(3)
    p.para("※お支払いが困難な場合は、期日までに上記担当者までご相談ください。本書と行き違いにお支払いいただいた場合は、"
           "失礼をご容赦ください。", size=9, indent="")
    p.line("以上", size=10, align="r")
    tr = truth(document_type="collection_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=72,
               phone="043-000-7227", creditor="エー・シー・エス債権管理回収株式会社", status="license_mismatch",
               original="株式会社みさごクレジット", debtor="津布久伸也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               assignment=assign, reference="E-5561-0382", input_kind="photo_exif_rotated",
               template="proxy60_real_name_wrong_licence_number_reminder", received=issued + timedelta(2))
    return dict(stem="bq15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(keystone=0.055, tilt=2.8, bg="wood", creases=2, fill=0.82, blur=0.9, warm=0.1,
                          shadow=0.3, shadow_side="right"),
                about="collection_notice (real servicer name, WRONG licence number)",
                unusual="phone photo stored sideways with EXIF orientation 8, on wood with tri-fold creases and a hand "
                        "shadow on the right: a plain serif 督促状 in a double frame that names a REAL servicer ★ エー・"
                        "シー・エス債権管理回収株式会社 (「債権管理回収」, not 「債権回収」) but prints 「法務大臣許可番号　"
                        "第72号」 — the digits of the registry's 27 swapped (→ license_mismatch); 管理番号 top-LEFT, date "
                        "top-right, 殿; a grid 区　分 / 金　額 table with spaced labels; the due date only in the prose; a "
                        "kv block with the 原債権者, 喪失日, 最終ご入金日 and the account")


# ---------------------------------------------------------------------------------------------
# bq16 政所法律事務所 for a phone carrier: 未払携帯電話料金 — wording like a scam's, but genuine; digital.


def bq16():
    issued, due = D(2026, 4, 13), D(2026, 4, 27)
    cancel, last = D(2025, 11, 30), D(2025, 8, 26)
    P, R = 96_616, 14.5
    L = late(P, R, cancel + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10.2, top=16)
    p.at(195, 18, era(issued), size=10, align="r")
    p.at(195, 23.5, "当事務所整理番号　MD-2604-118", size=9.5, align="r")
    p.y = 28
    p.line("〒981-0000　宮城県仙台市青葉区ねむの木坂九丁目9番9号", size=10)
    p.line("若狹　翔太　様", size=13.5)
    p.gap(2)
    for s, sz, f in (("アオバテレコム株式会社　代理人", 9, "sans"), ("政所法律事務所", 11.5, "sans-bold"),
                     ("弁護士　政所　隆", 10.5, "sans"), ("〒980-0000　宮城県仙台市青葉区ほおのき台九丁目9番9号", 8.5, "sans"),
                     ("電話　022-000-4180　FAX　022-000-4181", 9.2, "sans")):
        p.line(s, x=112, size=sz, font=f)
    p.gap(4)
    p.title("ご通知（未払いの携帯電話料金について）", size=14)
    p.para("当職は、アオバテレコム株式会社（以下「通知人」といいます。）から、貴殿に対する下記債権の回収について委任を"
           "受けた弁護士です。", size=10)
    p.para(f"貴殿の携帯電話回線のご利用料金は、{era(last)}のお支払いを最後に未払いとなっており、通知人は{era(cancel)}をもって"
           "利用契約を解除いたしました。契約解除により、端末代金の分割支払金の残額についても全額のお支払いが必要となって"
           "おります。", size=10)
    p.para(f"つきましては、下記金額を{era(due)}までに、下記口座へ一括してお振込みください。期限までにお支払いもご連絡もない"
           "場合は、通知人の指示により、訴訟提起等の法的手続に移行することがあります。", size=10)
    p.gap(1)
    p.line("記", size=10.5, align="c")
    p.table([["未払料金元金（通信料・端末代金残額）", f"{P:,}円"],
             [f"遅延損害金（契約解除日の翌日から本書日付まで年{R}％）", f"{L:,}円"], ["ご請求金額", f"{T:,}円"]],
            [124, 44], x=20, size=9.8, row_h=7.4, shade_col0=True)
    p.gap(2)
    p.kv([("お客さまID", "8051-227-390（通知人の管理番号）"), ("ご契約の回線", "090-****-5316"),
          ("お振込先", "あおみ銀行　仙台支店　普通預金　4180226"), ("口座名義", "弁護士政所隆預り金口")],
         x=20, label_w=32, sep="：", size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 25, 0.6, GRAY))
    p.at(19, y + 5.5, "本書について", size=9.8, font="sans-bold")
    for i, s in enumerate(("本書は架空請求ではありません。当職の弁護士登録は、日本弁護士連合会ホームページの「弁護士情報検索」で",
                           "ご確認いただけます。ご不安な場合は、通知人のお客さまセンター（契約書面記載の番号）へ直接お問い合わせ",
                           "ください。当事務所が電子マネーやギフトカードでのお支払いを求めることはありません。分割のご相談は",
                           "お支払期限までに当事務所へお電話ください。")):
        p.at(19, y + 11 + i * 4.2, s, size=8.6)
    tr = truth(document_type="collection_notice", sender="政所法律事務所", phone="022-000-4180",
               creditor="アオバテレコム株式会社", status="not_applicable", debtor="若狹翔太", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=cancel, last_payment=last,
               reference="MD-2604-118", input_kind="pdf_text", template="proxy60_law_office_phone_carrier_unpaid_charges",
               received=issued + timedelta(2))
    return dict(stem="bq16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (law office for a phone carrier; scam-like wording, genuine)",
                unusual="a GENUINE demand whose subject is the scams' favourite 「未払料金」: a one-lawyer office writes "
                        "for a phone carrier (アオバテレコム株式会社, 「代理人」 line above the office name); the 契約解除日 "
                        "in the prose (→ acceleration, the event that made the 端末代金 due); a shaded-label 3-row table "
                        "未払料金元金（通信料・端末代金残額） / 遅延損害金（契約解除日の翌日から本書日付まで年14.5％） / "
                        "ご請求金額; the carrier's お客さまID 8051-227-390 and the masked 回線 090-****-5316 as "
                        "distractors; a 預り金口 account; a framed 「本書について」: 「本書は架空請求ではありません」 with "
                        "the 日弁連 search; era dates; the name 若狹 with the old-form 狹")


LETTERS = [bq09, bq10, bq11, bq12, bq13, bq14, bq15, bq16]
