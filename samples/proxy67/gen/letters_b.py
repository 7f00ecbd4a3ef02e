"""Proxy set 67, letters bx09–bx16: an invented servicer's 最終催告書 photographed sideways (bx09), a 簡裁 (ハ) 呼出状 with
its 訴状 (bx10), a 支払督促 with a real servicer as creditor (bx11), a one-page 仮執行宣言付支払督促 (bx12), a lawyer's
縦書き 催告書 for a 信用組合 (bx13), a 地裁支部's 期間入札の通知 that claims nothing (bx14), a 架空請求 postcard (bx15) and
a card company's second reminder with a 払込取扱票 (bx16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import RED, SHADE, WHITE, Box, Page, late, slip, stamp, truth, vcheck, vsafe, wd
from kit import MAROON, OLIVE, PALE, at, band, en, frame, fw, hline, kd, kyen, r_, rw

from samples.letters.fmt import kanji_digits
from samples.letters.fmt import rate as frate
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

ONE = timedelta(days=1)


def F(s: str) -> str:
    return fw(s)


def fen(n: int) -> str:
    return fw(f"{n:,}") + "円"


# ---------------------------------------------------------------------------------------------------------------
# bx09 INVENTED servicer (寿光債権回収, 第146号) 最終催告書, phone photo stored sideways (EXIF 6).


def bx09():
    R = 20.0
    issued, due = D(2026, 5, 27), D(2026, 6, 5)
    acc, lastp, assg = D(2025, 10, 15), D(2025, 8, 15), D(2026, 1, 30)
    P, I = 894_200, 21_473
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=14, left=18, right=18)
    at(p, 18, 20, "〒003-0000", 9.5)
    at(p, 18, 25, "北海道札幌市白石区雪虫台九条9丁目9-9", 9.5)
    at(p, 24, 34, "柚留木　彩花　様", 13.5)
    at(p, 192, 18, "寿光債権回収株式会社", 12, "sans-bold", "r", MAROON)
    at(p, 192, 22.5, "法務大臣許可番号 第146号", 8, align="r", color=MAROON)
    at(p, 192, 29, r_(issued), 9.5, align="r")
    at(p, 192, 34, "債権管理番号　JK-7714-0392", 9.5, align="r")
    p.add(Box(45, 44, 120, 16, 0.8, RED))
    p.add(Box(46.2, 45.2, 117.6, 13.6, 0.4, RED))
    at(p, 105, 55, "最　終　催　告　書", 20, "sans-bold", "c", RED)
    stamp(p, 150, 62, "法的手続移行予告", size=9.5, h=7, color=RED)
    p.y = 72
    p.para("当社は、下記債権を旧債権者から譲り受け、貴殿に対しこれまで再三にわたりお支払いをお願いしてまいりましたが、"
           "本日に至るまで誠意あるご対応をいただけておりません。", size=9.8)
    p.para(f"つきましては、本書をもって最終の催告をいたします。下記ご請求総額を{r_(due)}までに必ずお支払いください。"
           "期限までにお支払い又はご連絡がない場合は、何らの通知をすることなく、下記の法的手続に移行いたします。", size=9.8)
    p.gap(2)
    at(p, 18, p.y + 4, "【債権の表示】", 10, "sans-bold")
    p.y += 6
    p.table([["旧債権者", "株式会社フィオーレローン"], ["債権譲受日", r_(assg)], ["期限の利益喪失日", r_(acc)],
             ["最終入金日", r_(lastp)], ["当初借入日・借入額", f"{r_(D(2021, 9, 1))}　1,000,000円"]], [48, 126], x=18,
            size=9.5, row_h=7, shade_col0=True, aligns="ll")
    p.y += 3
    at(p, 18, p.y + 4, f"【ご請求内訳】　{r_(issued)}現在", 10, "sans-bold")
    p.y += 6
    p.table([["元金", "約定利息", "延滞損害金（年20％）", "ご請求総額"], [en(P), en(I), en(L), en(T)]],
            [42, 40, 48, 44], x=18, header=True, size=10, row_h=8.5, aligns="rrrr")
    p.y += 4
    y = p.y
    band(p, 18, y, 48, 14, "最終期限", RED, size=12)
    frame(p, 18, y, 174, 14, 0.9, RED)
    at(p, 72, y + 9.4, rw(due), 15, "sans-bold", color=RED)
    p.y = y + 19
    at(p, 18, p.y + 4, "【移行予定の法的手続】", 10, "sans-bold")
    p.y += 6
    for s in ["①　簡易裁判所への支払督促の申立て又は訴訟の提起", "②　判決等に基づく給与・預貯金・動産等の差押え",
              "③　連帯保証人様への請求"]:
        p.line(s, x=24, size=9.5)
    p.gap(2)
    p.para("お振込先　北の杜銀行　札幌南支店　普通預金　0061274　ジュコウサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("※本書と行き違いにお支払いいただいた場合はご容赦ください。", size=8.5, indent="")
    p.gap(3)
    y = p.y
    frame(p, 18, y, 174, 19, 0.3, fill=PALE)
    at(p, 22, y + 6, "寿光債権回収株式会社　回収管理部　担当　五箇（ごか）", 9.5, "sans-bold")
    at(p, 22, y + 11, "〒060-0000 北海道札幌市中央区大通雪虫九丁目9番9号", 8.8)
    at(p, 22, y + 16, "TEL 011-000-7462（直通）　受付時間　平日 9:00～19:00", 8.8)
    tr = truth(document_type="collection_notice", sender="寿光債権回収株式会社", license_number=146, phone="011-000-7462",
               creditor="寿光債権回収株式会社", status="unverified", original="株式会社フィオーレローン",
               debtor="柚留木彩花", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assg, reference="JK-7714-0392",
               input_kind="photo_exif_rotated", template="proxy67_invented_servicer_final_demand_rotated",
               received=D(2026, 5, 29))
    return dict(stem="bx09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.8, creases=2, fill=0.84, blur=0.9, warm=0.15, bow=6),
                about="collection_notice (invented servicer 最終催告書, phone photo stored sideways)",
                unusual="phone photo on tatami stored sideways with EXIF orientation 6, creased and bulging; INVENTED "
                        "servicer 「寿光債権回収株式会社」 with 「法務大臣許可番号 第146号」 (→ unverified) top-RIGHT in "
                        "maroon, addressee top-left; a red double-framed spaced title 最　終　催　告　書 and a "
                        "法的手続移行予告 stamp; a shaded 【債権の表示】 table (旧債権者, 債権譲受日, 喪失日, 最終入金日, "
                        "当初借入額 1,000,000円 as a distractor); amounts 元金 / 約定利息 / 延滞損害金（年20％） / ご請求総額; "
                        "a red 最終期限 band; the list of legal steps (①②③)")


# ---------------------------------------------------------------------------------------------------------------
# bx10 簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), card company plaintiff, digital.


def bx10():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 9, 8), D(2026, 10, 14), D(2026, 10, 7), D(2026, 8, 21)
    acc, lastp = D(2026, 1, 27), D(2025, 11, 27)
    P, I = 538_906, 31_640
    L = late(P, R, acc + ONE, filed - ONE)
    T = P + I + L
    case = "令和８年（ハ）第１１８７号"
    p = Page(font="serif", size=10.5, top=18, left=22, right=22)
    at(p, 188, 22, F("令和8年9月8日"), 10.5, "serif", "r")
    p.y = 28
    p.kv([("事件番号", case), ("事件名", "立替金等請求事件"), ("原告", "玄武クレジット株式会社"), ("被告", "軍司　智也")],
         x=22, label_w=26, size=10.5)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14, font="serif-bold")
    p.line("被告　軍司　智也　殿", x=22, size=11.5)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に出頭してください。",
           size=10.5)
    p.para("なお、訴状を読んだ上、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(3)
    p.line("記", align="c", size=10.5)
    p.gap(2)
    y = p.y
    rows = [("期　　日", F(f"令和8年{hearing.month}月{hearing.day}日（{wd(hearing)}）午前10時30分")),
            ("出頭場所", "当裁判所　第２号法廷（３階）"),
            ("答弁書提出期限", F(f"令和8年{answer.month}月{answer.day}日（{wd(answer)}）"))]
    for i, (a, b) in enumerate(rows):
        yy = y + i * 10
        p.add(Box(30, yy, 40, 10, 0.3, (0, 0, 0), SHADE))
        p.add(Box(70, yy, 110, 10, 0.3))
        at(p, 33, yy + 6.6, a, 10.5, "serif")
        at(p, 74, yy + 6.8, b, 11, "serif-bold")
    p.y = y + 36
    p.para("（注意）", size=9.5, indent="")
    for s in ["１　答弁書には、訴状に書かれている事実を認めるか否か、あなたの言い分などを記載してください。同封の答弁書用紙"
              "を利用することもできます。",
              "２　この呼出状を受け取りながら、答弁書を提出せず、期日にも出頭しないときは、原告の言い分を認めたものとして"
              "扱われ、原告の請求どおりの判決がされることがあります。",
              "３　期日に出頭する際は、この呼出状、印鑑及び身分証明書を持参してください。"]:
        p.para(s, x0=26, size=9.5, indent="")
    p.gap(6)
    for i, s in enumerate(["川口簡易裁判所　民事係", "裁判所書記官　刀祢　美和子",
                           "電話　０４８－０００－２６１５（直通）", "ＦＡＸ　０４８－０００－２６１９"]):
        at(p, 188, p.y + i * 6, s, 10.5, "serif", "r")
    p2 = Page(font="serif", size=10, top=16, left=22, right=22)
    at(p2, 22, 20, "（副本）", 9.5, "serif")
    p2.y = 22
    p2.title("訴　　　　状", size=15, font="serif-bold")
    at(p2, 188, p2.y, F("令和8年8月21日"), 10, "serif", "r")
    p2.y += 5
    p2.line("川口簡易裁判所　御中", size=10.5)
    p2.para("原告　玄武クレジット株式会社（東京都豊島区玄武坂九丁目9番9号　代表者代表取締役　京極谷　忠彦）", size=9.3,
            indent="")
    p2.line("　　　（原告担当者　債権管理部　電話　03-0000-9153）", size=9.3)
    p2.para("被告　軍司　智也（埼玉県川口市芝樋ノ爪九丁目9番9号）", size=9.3, indent="")
    p2.gap(2)
    p2.line("第１　請求の趣旨", size=10.5, font="serif-bold")
    p2.para(f"１　被告は、原告に対し、{fen(T)}及びうち{fen(P)}に対する{F(r_(filed))}から支払済みまで年１４．６％の割合に"
            "よる金員を支払え。", x0=26, size=10, indent="")
    p2.para("２　訴訟費用は被告の負担とする。", x0=26, size=10, indent="")
    p2.para("との判決並びに仮執行宣言を求める。", x0=26, size=10, indent="")
    p2.gap(2)
    p2.line("第２　請求の原因", size=10.5, font="serif-bold")
    for s in [f"１　原告は、被告との間で、{F('平成30年5月10日')}、クレジットカード会員契約を締結し、被告は同契約に基づき"
              "カードを利用して商品を購入した（ショッピング利用、リボルビング払い）。",
              f"２　被告は、{F(r_(lastp))}の支払を最後にその後の支払をせず、{F(r_(acc))}の支払を怠ったため、会員規約に"
              "基づき、同日の経過をもって期限の利益を喪失した。",
              f"３　よって、原告は、被告に対し、下記の合計{fen(T)}及びうち未払元金{fen(P)}に対する訴え提起の日から"
              "支払済みまで約定の年１４．６％の割合による遅延損害金の支払を求める。"]:
        p2.para(s, x0=26, size=10, indent="")
    p2.gap(2)
    p2.table([["未払元金", fen(P)], ["未払手数料", fen(I)],
              [F(f"確定遅延損害金（{r_(acc + ONE)}から{r_(filed - ONE)}まで）"), fen(L)], ["合　計", fen(T)]],
             [112, 40], x=30, size=9.8, row_h=7.6, aligns="lr", font="serif")
    p2.gap(3)
    p2.line("証拠方法", size=10.5, font="serif-bold")
    p2.para("甲第１号証　クレジットカード会員申込書　　甲第２号証　会員規約　　甲第３号証　利用明細・入金履歴", x0=26,
            size=9.5, indent="")
    p2.line("附属書類　訴状副本１通、甲号証写し各１通、資格証明書１通", x=26, size=9.5)
    tr = truth(document_type="lawsuit", sender="川口簡易裁判所", phone="048-000-2615", creditor="玄武クレジット株式会社",
               status="not_applicable", debtor="軍司智也", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ハ)第1187号", input_kind="pdf_text_2page",
               template="proxy67_summary_court_ha_summons_with_complaint", received=D(2026, 9, 10))
    return dict(stem="bx10", ext="pdf", kind="pdf_text_2page", pages=[p.spec, p2.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, card company plaintiff, 2 pages)",
                unusual="p.1 a 口頭弁論期日呼出状及び答弁書催告状 of 川口簡裁 in serif with full-width dates: a kv head "
                        "(事件番号 / 事件名 / 原告 / 被告), the 期日 / 出頭場所 / 答弁書提出期限 as a shaded-label box with "
                        "weekdays, the clerk block bottom-right with 電話（直通） and ＦＡＸ; p.2 the 訴状（副本） dated 8/21 "
                        "(≠ the 呼出状 date 9/8): 請求の趣旨 「金…円及びうち金…円に対する…から支払済みまで年１４．６％」, a "
                        "3-point 請求の原因 (平成30年 card contract, last payment, 喪失), a 4-row table 未払元金 / 未払手数料 "
                        "/ 確定遅延損害金 (window in the label) / 合計; the plaintiff's 担当 phone as a distractor")


# ---------------------------------------------------------------------------------------------------------------
# bx11 支払督促 (下関簡裁), real servicer creditor (エム・ユー・フロンティア), 2 pages, scanned into one PDF.


def bx11():
    R = 20.0
    issued, filed = D(2026, 6, 22), D(2026, 6, 11)
    acc, lastp, assg = D(2025, 6, 25), D(2025, 4, 25), D(2025, 12, 19)
    P, I = 286_540, 6_118
    L = late(P, R, acc + ONE, filed)
    C = 4_882
    T = P + I + L + C
    case = "令和８年（ロ）第１０９３号"
    p = Page(font="serif", size=10.5, top=20, left=24, right=24)
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.kv([("事件番号", case + "　譲受債権請求督促事件"), ("債権者", "別紙当事者目録記載のとおり"),
          ("債務者", "別紙当事者目録記載のとおり")], x=30, label_w=26, size=10.5)
    p.gap(5)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=11)
    p.gap(6)
    at(p, 40, p.y + 4, F(r_(issued)), 11, "serif")
    p.y += 10
    at(p, 186, p.y + 4, "下関簡易裁判所", 11.5, "serif", "r")
    at(p, 186, p.y + 11, "裁判所書記官　桐明　千里", 11.5, "serif", "r")
    p.add(Seal(180, p.y + 20, 13, "square", "下関簡易裁判所書記官印", seed=67111))
    p.y += 30
    at(p, 30, p.y, "これは正本である。", 10.5, "serif")
    at(p, 30, p.y + 6, F("　同日同庁　裁判所書記官　桐明　千里"), 10.5, "serif")
    p.y += 16
    y = p.y
    frame(p, 26, y, 158, 52, 0.8)
    at(p, 30, y + 7, "◎　この支払督促を受け取った方へ", 11, "serif-bold")
    p.y = y + 11
    for s in ["１　請求に異議があるときは、同封の督促異議申立書に必要事項を記入し、支払督促を受け取った日から２週間以内",
              "　　に、この裁判所に提出してください。",
              "２　督促異議の申立てがあると、通常の訴訟手続に移行します。",
              "３　申立てがないときは、債権者の申立てにより仮執行宣言が付され、強制執行を受けることがあります。",
              "４　お問い合わせは　下関簡易裁判所　民事督促係　電話０８３－０００－５１４６（直通）"]:
        p.para(s, x0=30, x1=182, size=9.3, indent="")
    p2 = Page(font="serif", size=10, top=18, left=24, right=24)
    p2.line("当　事　者　目　録", align="c", size=12.5, font="serif-bold")
    p2.gap(2)
    for s in ["〒170-0000　東京都豊島区南池袋九丁目9番9号", "　債権者　エム・ユー・フロンティア債権回収株式会社",
              "　　代表者代表取締役　丸子　恭一", "（送達場所）〒170-0000　同所　同社東京管理部",
              "　電話　03-0000-6285　ＦＡＸ　03-0000-6286", "",
              "〒751-0000　山口県下関市彦島汐入九丁目9番9号", "　債務者　筧田　俊介"]:
        p2.line(s, x=26, size=9.8)
    p2.gap(4)
    p2.line("請求の趣旨及び原因", align="c", size=12.5, font="serif-bold")
    p2.gap(1)
    p2.line("請求の趣旨", x=26, size=10.5, font="serif-bold")
    rows = [("１", "元　金", fen(P)), ("２", F(f"利　息（{r_(D(2025, 3, 26))}から{r_(acc)}まで年１５％）"), fen(I)),
            ("３", F(f"確定遅延損害金（{r_(acc + ONE)}から{r_(filed)}まで年２０％）"), fen(L)),
            ("４", F(f"上記１の元金に対する{r_(filed + ONE)}から完済まで年２０％の割合による遅延損害金"), ""),
            ("５", "督促手続費用", fen(C)), ("", "合　計（１、２、３及び５）", fen(T))]
    for a, b, c in rows:
        base = p2.y + 10 * 0.3528
        at(p2, 30, base, a, 10, "serif")
        at(p2, 38, base, b, 9.8 if len(b) < 40 else 9.0, "serif")
        if c:
            at(p2, 184, base, c, 10, "serif", "r")
        p2.y += 7
        if a == "５":
            hline(p2, 120, 186, p2.y - 1.6, 0.3)
    p2.gap(3)
    p2.line("請求の原因", x=26, size=10.5, font="serif-bold")
    for s in [f"１　株式会社オルテンシアカード（以下「譲渡人」という。）は、{F('令和元年11月20日')}、債務者との間で、"
              "カードローン契約（極度額３０万円、利率年１５％、遅延損害金年２０％）を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{F(r_(lastp))}の支払を最後にその後の支払をせず、{F(r_(acc))}の経過により期限の利益を喪失"
              "した。",
              f"３　譲渡人は、{F(r_(assg))}、本件債権を債権者に譲渡し、同日頃、債務者に対し内容証明郵便によりその旨を通知"
              "した。",
              "４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"]:
        p2.para(s, x0=28, size=9.6, indent="")
    p2.gap(2)
    at(p2, 186, p2.y + 4, F(f"申立日　{r_(filed)}"), 9.5, "serif", "r")
    tr = truth(document_type="payment_order", sender="下関簡易裁判所", phone="083-000-5146",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed", original="株式会社オルテンシアカード",
               debtor="筧田俊介", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assg,
               reference="令和8年(ロ)第1093号", input_kind="pdf_scan",
               template="proxy67_payment_order_real_servicer_creditor_two_pages", received=D(2026, 6, 25))
    return dict(stem="bx11", ext="pdf", kind="pdf_scan", pages=[p.spec, p2.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁 支払督促, real servicer creditor, 2 pages)",
                unusual="支払督促 of 下関簡裁 as a 2-page image-only PDF: p.1 spaced title, kv head, the order and the "
                        "2-week sentence, 「これは正本である。」, the clerk's square seal and a framed ◎ note with the "
                        "court's （直通） number; p.2 当事者目録 with ★ エム・ユー・フロンティア債権回収株式会社 as creditor "
                        "(registry, no number printed: court paper → licensed), its 送達場所 phone/FAX (distractors); "
                        "請求の趣旨 as numbered lines with the amounts flush right, windows and rates inside the labels, the "
                        "running item ４ without an amount and a 合計（１、２、３及び５） under a rule; 請求の原因 with "
                        "極度額３０万円 and the 譲渡 date; 申立日 6/11 at the foot")


# ---------------------------------------------------------------------------------------------------------------
# bx12 仮執行宣言付支払督促 (尼崎簡裁) on ONE page, consumer-loan creditor, scanned.


def bx12():
    R = 20.0
    issued, first, served, filed = D(2026, 7, 28), D(2026, 6, 19), D(2026, 6, 24), D(2026, 6, 12)
    acc, lastp = D(2025, 10, 28), D(2025, 8, 28)
    P = 417_305
    L = late(P, R, acc + ONE, filed)
    C = 4_130 + 1_206
    T = P + L + C
    p = Page(font="serif", size=10, top=16, left=22, right=22)
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold", spaced=False)
    at(p, 188, p.y, "事件番号　令和８年（ロ）第２２７１号　貸金請求督促事件", 9.8, "serif", "r")
    p.y += 5
    p.table([["債権者", "〒650-0000 神戸市中央区汐見野通九丁目9番9号　株式会社汐見野ファイナンス"],
             ["", "代表者代表取締役　筈見　誠司　　（送達場所）同所　電話 078-000-3320"],
             ["債務者", "〒661-0000 兵庫県尼崎市武庫浜町九丁目9番9号　上木原　弥生"]], [22, 144], x=22, size=9, row_h=7,
            ruled="rows", aligns="ll", font="serif")
    p.gap(3)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10.5)
    p.gap(1)
    p.line("【請求の趣旨】", x=24, size=10.2, font="serif-bold")
    for a, b in [("元金", fen(P)),
                 (F(f"遅延損害金（{r_(acc + ONE)}から{r_(filed)}まで年２０％）"), fen(L)),
                 ("手続費用（うち仮執行宣言の手続費用　金１，２０６円）", fen(C)),
                 ("合計", fen(T))]:
        base = p.y + 10 * 0.3528
        at(p, 30, base, a, 9.8, "serif-bold" if a == "合計" else "serif")
        at(p, 186, base, b, 10, "serif-bold" if a == "合計" else "serif", "r")
        p.y += 6.5
        if a.startswith("手続費用"):
            hline(p, 130, 188, p.y - 1.5, 0.3)
    p.para(F(f"及び上記元金に対する{r_(filed + ONE)}から完済まで年２０％の割合による遅延損害金"), x0=30, size=9.6,
           indent="")
    p.gap(1)
    p.line("【請求の原因】", x=24, size=10.2, font="serif-bold")
    p.para(F(f"債権者は、令和4年3月15日、債務者に対し、金500,000円を、利率年17.8％、遅延損害金年20％の約定で貸し付けた。"
             f"債務者は、{r_(lastp)}の支払を最後に分割金の支払を怠り、{r_(acc)}の経過により期限の利益を喪失した。"),
           x0=28, size=9.6, indent="")
    p.gap(2)
    p.para(F(f"上記支払督促は{r_(first)}に発付され、同月{served.day}日債務者に送達されたが、債務者は法定期間内に督促異議の"
             "申立てをしなかった。"), size=10)
    p.para("よって、債権者の申立てにより、本支払督促に仮執行の宣言をする。", size=10.5)
    p.gap(3)
    at(p, 40, p.y + 4, F(r_(issued)), 10.5, "serif")
    p.y += 9
    at(p, 186, p.y + 4, "尼崎簡易裁判所　裁判所書記官　隈元　沙織", 11, "serif", "r")
    p.add(Seal(176, p.y + 14, 12, "square", "尼崎簡易裁判所書記官印", seed=67121))
    p.y += 22
    at(p, 30, p.y, "これは正本である。　同日同庁　裁判所書記官　隈元　沙織", 9.8, "serif")
    p.y += 6
    y = p.y
    p.add(Box(22, y, 166, 30, 0.4, (0, 0, 0), (0.93, 0.93, 0.93)))
    at(p, 26, y + 6, "お知らせ", 10, "serif-bold")
    for i, s in enumerate(["・この仮執行宣言付支払督促の送達を受けた日から２週間以内に、督促異議の申立てをすることができます。",
                           "・仮執行の宣言が付されていますので、督促異議の申立てをしても、強制執行を受けることがあります。",
                           "・お問い合わせ　尼崎簡易裁判所　督促係　電話　０６－００００－８８３１"]):
        at(p, 26, y + 13 + i * 6, s, 9, "serif")
    tr = truth(document_type="payment_order_enforceable", sender="尼崎簡易裁判所", phone="06-0000-8831",
               creditor="株式会社汐見野ファイナンス", status="not_applicable", debtor="上木原弥生", total=T, principal=P,
               interest=None, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第2271号", input_kind="pdf_scan",
               template="proxy67_enforceable_order_one_page_costs_inclusive", received=D(2026, 7, 30))
    return dict(stem="bx12", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.3,
                about="payment_order_enforceable (簡裁, consumer-loan creditor, one page)",
                unusual="the whole 仮執行宣言付支払督促 of 尼崎簡裁 on ONE scanned page: the case number flush right under "
                        "the title, the parties as a rows-ruled table with the creditor's 送達場所 phone (distractor); "
                        "請求の趣旨 as label lines with amounts flush right: 元金, 遅延損害金 (window and 年２０％ in the "
                        "label), ONE 手続費用 line that already includes 「うち仮執行宣言の手続費用　金１，２０６円」 (costs = "
                        "the line), 合計; the running clause under it; a short 原因 with the 500,000円 loan at 17.8％ "
                        "(distractors); the 発付 6/19 and 送達 6/24 in one sentence; a grey お知らせ box with the court's phone")


# ---------------------------------------------------------------------------------------------------------------
# bx13 lawyer's 縦書き 催告書 (内容証明) for a 信用組合, scanned.


def bx13():
    R = 14.0
    issued, due = D(2026, 8, 5), D(2026, 8, 21)
    acc, lastp = D(2026, 2, 20), D(2025, 12, 10)
    P, I = 1_428_000, 19_362
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("plain", "冠省"),
        ("body", "当職は、通知人岬浦信用組合（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", f"通知人は、貴殿に対し、{kd(D(2017, 10, 2))}付金銭消費貸借契約に基づく貸金債権を有しておりますが、貴殿は"
                 f"{kd(lastp)}の弁済を最後にその後の弁済を怠り、約定により{kd(acc)}の経過をもって期限の利益を喪失して"
                 "おります。"),
        ("body", f"つきましては、本書をもって、左記金員を{kd(due)}限り、当職の預り金口座にお振込みいただくよう催告いたします。"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、通知人の指示により、直ちに法的手続をとりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未払利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　（{kd(acc + ONE)}から本書作成日まで{frate(R, 'kansuji')}）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", f"振込先　わかしお銀行本店　普通預金　{kanji_digits('0040927')}"),
        ("plain", "　　　　　口座名義　弁護士合原啓太預り金口"),
        ("indent", "当職受付番号　ＡＨ－２６０８１"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "和歌山県和歌山市雑賀浦九丁目九番九号"),
        ("low", "合原法律事務所"),
        ("low", "通知人代理人　弁護士　合原　啓太"),
        ("low", "電話　〇七三（〇〇〇）二九一四"),
        ("blank", ""),
        ("low", "和歌山県海南市ふじしろ台九番九号"),
        ("low", "苗代沢　勝利　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 67131))
    it = [t for t in pg.items if isinstance(t, VText) and "合原　啓太" in t.s][0]
    pg.items.append(Seal(it.x, it.y + len(it.s) * size * 0.3528 * 1.05 + 6, 9, "square", "弁護士合原啓太之印", seed=67132))
    tr = truth(document_type="collection_notice", sender="合原法律事務所", phone="073-000-2914", creditor="岬浦信用組合",
               status="not_applicable", debtor="苗代沢勝利", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="AH-26081",
               input_kind="vertical_scan", template="proxy67_vertical_lawyer_demand_credit_union", received=D(2026, 8, 7))
    return dict(stem="bx13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (lawyer for a 信用組合, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a 信用組合, scanned, with the 内容証明 stamp; "
                        "平成二十九年 contract, the last payment and the 喪失 in kanji in the prose; positional kanji "
                        "amounts (金百四十二万八千円 …) and the window with 年十四パーセント on its own column; a fixed "
                        "deadline 「令和八年八月二十一日限り」; a 預り金口 account in kanji digits (distractor); the "
                        "当職受付番号 ＡＨ－２６０８１ stacked in full-width (→ AH-26081); phone in kanji digits")


# ---------------------------------------------------------------------------------------------------------------
# bx14 地裁支部 期間入札の通知 (担保不動産競売): claims nothing; scanned.


def bx14():
    issued = D(2026, 9, 14)
    b0, b1, opening, decide = D(2026, 10, 14), D(2026, 10, 21), D(2026, 10, 28), D(2026, 11, 11)
    p = Page(font="sans", size=10, top=18, left=22, right=22)
    at(p, 188, 20, F(r_(issued)), 10, align="r")
    p.y = 26
    p.line("債務者兼所有者", x=22, size=10)
    p.line("梁取　公平　殿", x=26, size=12.5)
    p.gap(2)
    for i, s in enumerate(["岡山地方裁判所倉敷支部", "裁判所書記官　柏熊　直人"]):
        at(p, 188, p.y + 4 + i * 6, s, 10.5, align="r")
    p.y += 16
    p.title("期 間 入 札 の 通 知", size=16)
    p.table([["事件番号", "令和７年（ケ）第１１２号　担保不動産競売事件"], ["債権者", "ごいさぎ住宅保証株式会社"],
             ["債務者兼所有者", "梁取　公平"]], [36, 130], x=22, size=10, row_h=8, shade_col0=True, aligns="ll")
    p.gap(4)
    p.para("頭書事件について、下記のとおり期間入札の方法により売却を実施することになりましたので、通知します。", size=10.5)
    p.gap(2)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    p.table([["入札期間", F(f"{r_(b0)}（{wd(b0)}）から{r_(b1)}（{wd(b1)}）まで")],
             ["開札期日", F(f"{r_(opening)}（{wd(opening)}）午前１０時００分")],
             ["開札場所", "当支部　入札室（本館２階）"],
             ["売却決定期日", F(f"{r_(decide)}（{wd(decide)}）午前１０時００分")],
             ["売却決定場所", "当支部　民事部"],
             ["売却基準価額", "金１１，８００，０００円"], ["買受可能価額", "金９，４４０，０００円"],
             ["買受申出保証額", "金２，３６０，０００円"]], [40, 126], x=22, size=10, row_h=8.2, aligns="ll")
    p.gap(3)
    p.line("物件の表示", x=22, size=10, font="sans-bold")
    p.para("１　所在　倉敷市連島ひばり台九丁目　地番　９番９　地目　宅地　地積　１６５．２１平方メートル", x0=26, size=9.3,
           indent="")
    p.para("２　所在　同所９番地９　家屋番号　９番９　種類　居宅　構造　木造スレート葺２階建　床面積　１階 ６２．１０平方"
           "メートル　２階 ５４．６５平方メートル", x0=26, size=9.3, indent="")
    p.gap(3)
    y = p.y
    frame(p, 22, y, 166, 30, 0.3)
    at(p, 26, y + 6, "（注意事項）", 9.5, "sans-bold")
    for i, s in enumerate(["１　この通知は、売却の日程をお知らせするものです。",
                           "２　物件明細書、現況調査報告書及び評価書の写しは、入札期間の開始の１週間前から当支部で閲覧できます。",
                           "３　債務者は、買受けの申出をすることができません。",
                           "４　お問い合わせは、当支部民事部不動産執行係（電話　０８６－０００－４２５８）まで。"]):
        at(p, 26, y + 12 + i * 5, s, 8.8)
    tr = truth(document_type="other", sender="岡山地方裁判所倉敷支部", phone="086-000-4258",
               creditor="ごいさぎ住宅保証株式会社", status="not_applicable", debtor="梁取公平", issued=issued,
               reference="令和7年(ケ)第112号", input_kind="scan_png", template="proxy67_court_auction_bidding_notice",
               received=D(2026, 9, 16))
    return dict(stem="bx14", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="other (地裁支部 期間入札の通知, claims nothing)",
                unusual="a 地裁支部's 期間入札の通知 in a 担保不動産競売 (ケ) case, scanned: it DEMANDS NOTHING (every amount "
                        "null); a shaded head table (事件番号 / 債権者 / 債務者兼所有者), then a ruled 記 table of dates "
                        "with weekdays (入札期間, 開札期日 10:00, 売却決定期日) — none of them a 口頭弁論期日 (hearing null) "
                        "— and three money rows in full-width (売却基準価額 11,800,000 / 買受可能価額 / 買受申出保証額: "
                        "distractors); 物件の表示 with 平方メートル figures; the court phone inside the 注意事項 box")


# ---------------------------------------------------------------------------------------------------------------
# bx15 架空請求 postcard from a fake "servicer" with a fake licence number; photographed.


def bx15():
    issued, due = D(2026, 10, 13), D(2026, 10, 15)
    p = Page(w=100, h=148, font="sans", size=7.5, top=6, left=7, right=7)
    band(p, 7, 6, 86, 8, "法的手続開始のご通知", RED, size=11.5)
    at(p, 7, 20.5, "加茂前　節子　様", 9.5)
    at(p, 93, 19, f"通知日 {r_(issued)}", 6.5, align="r")
    at(p, 93, 22.5, "管理番号　る－４０７", 6.8, "sans-bold", "r")
    p.y = 26
    p.para("貴殿がご利用された携帯サイト・通信販売等の未納料金につきまして、契約会社より債権譲渡を受けた当社が、"
           "再三にわたり督促いたしましたが、ご入金の確認ができておりません。", size=7.2)
    p.para("本通知到達後もご連絡なき場合は、契約会社の訴えにより民事訴訟が提起され、裁判所の許可のもと給与・預貯金・"
           "不動産等の差押えが執行されます。", size=7.2)
    p.gap(1)
    y = p.y
    frame(p, 7, y, 86, 20, 0.5, RED)
    at(p, 10, y + 5.5, "未納額", 8, "sans-bold")
    at(p, 90, y + 6.5, "￥58,200", 13, "sans-bold", "r", RED)
    at(p, 10, y + 12, "取下げ最終期日", 8, "sans-bold")
    at(p, 90, y + 12.8, f"{due.month}月{due.day}日（{wd(due)}）17時まで", 9.5, "sans-bold", "r", RED)
    at(p, 10, y + 17.5, "※期日を過ぎますと一切のご相談に応じられません。", 6.3)
    p.y = y + 23
    p.para("訴訟の取下げ及びお支払方法のご相談は、ご本人様より下記までお電話ください。ご家族・弁護士等の第三者を通じた"
           "ご連絡はお控えください。", size=7)
    p.gap(1)
    y = p.y
    frame(p, 7, y, 86, 27, 0.3)
    at(p, 10, y + 5, "株式会社民事債権回収執行センター", 8.3, "sans-bold")
    at(p, 10, y + 9.5, "（法務大臣許可番号　第312号）", 6.8)
    at(p, 10, y + 13.5, "東京都千代田区霞が関　法務合同庁舎前", 6.5)
    at(p, 10, y + 18.5, "TEL 03-0000-6617", 9.5, "sans-bold")
    at(p, 10, y + 23, "受付時間　9:00～20:00（土日祝も受付）", 6.5)
    p.add(Seal(80, y + 14, 12, "square", "民事債権回収執行之印", seed=67151))
    p.y = y + 31
    p.para("※当社は法務省の認可を受けた正規の債権回収機関です。本通知は重要書類のため、必ずご本人様がお読みください。",
           size=6.4, indent="")
    tr = truth(document_type="other", sender="株式会社民事債権回収執行センター", license_number=312, phone="03-0000-6617",
               creditor=None, status="not_licensed", debtor="加茂前節子", total=58_200, issued=issued, payment_due=due,
               reference="る-407", is_scam=True, input_kind="photo_jpeg", template="proxy67_scam_postcard_fake_servicer",
               received=None)
    return dict(stem="bx15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(bg="wood", keystone=0.04, tilt=3.0, fill=0.8, blur=0.8, warm=0.25),
                about="other (架空請求 postcard, fake servicer)",
                unusual="a postcard message side photographed on wood, the name alone under the title (no address); red "
                        "title band 法的手続開始のご通知; a fake servicer 「株式会社民事債権回収執行センター」 with a FAKE "
                        "「（法務大臣許可番号　第312号）」 (→ not_licensed); 「契約会社より債権譲渡を受けた」 with no company "
                        "named (creditor and original null); a hiragana 管理番号 る－４０７; 未納額 ￥58,200 and a two-day "
                        "「取下げ最終期日 10月15日（木）17時まで」 (month-day only); an address without a number; 土日祝も受付; "
                        "「弁護士等の第三者を通じたご連絡はお控えください」")


# ---------------------------------------------------------------------------------------------------------------
# bx16 card company's second reminder of two missed instalments, with a 払込取扱票 at the foot; digital.


def bx16():
    R = 14.6
    issued, due = D(2026, 3, 23), D(2026, 4, 6)
    lastp = D(2025, 12, 26)
    rows = [(D(2026, 1, 27), 12_400, 3_120), (D(2026, 2, 27), 12_540, 2_980)]
    calc = []
    for d, pr, fee in rows:
        lt = late(pr, R, d + ONE, issued)
        calc.append((d, pr, fee, lt, pr + fee + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    assert sum(r[4] for r in calc) == T
    p = Page(font="sans", size=9.5, top=12, left=16, right=16)
    p.add(Box(16, 12, 178, 13, 0, None, OLIVE))
    at(p, 20, 20.5, "みみずくクレジット", 14, "sans-bold", color=WHITE)
    at(p, 190, 20.5, "お支払いのお願い（第２回ご案内）", 11, "sans-bold", "r", WHITE)
    at(p, 16, 33, "〒930-0000　富山県富山市あゆの風通九丁目9-9", 9)
    at(p, 22, 40, "宮後　直樹　様", 13)
    at(p, 194, 31, f"ご案内日　{issued.year}年{issued.month}月{issued.day}日", 9, align="r")
    at(p, 194, 36, "お問合せ番号　MM-0326-7741", 9, align="r")
    at(p, 194, 41, "会員番号　****-****-****-3318", 8, align="r")
    p.y = 47
    p.para(f"いつもみみずくカードをご利用いただきありがとうございます。{issued.month}月{issued.day}日現在、下記のご請求分の"
           f"ご入金が確認できておりません（最終ご入金日：{lastp.year}年{lastp.month}月{lastp.day}日）。お手数ですが、"
           f"{due.month}月{due.day}日（{wd(due)}）までに、下記の払込取扱票にてお支払いください。", size=9.3)
    p.gap(1)
    head = ["ご請求月（お支払日）", "ご請求元金", "手数料", "遅延損害金", "小　計"]
    body = [[f"{d.year}年{d.month}月（{d.month}/{d.day}）", en(pr), en(fee), en(lt), en(sub)] for d, pr, fee, lt, sub in calc]
    body.append(["合　計", en(P), en(I), en(L), en(T)])
    p.table([head] + body, [46, 34, 30, 32, 36], x=16, header=True, size=9.3, row_h=7.4, aligns="lrrrr")
    p.para("※遅延損害金は、各回のご請求元金に対し年14.6％、お支払日の翌日からご案内日までの日割計算です。", size=7.8,
           indent="")
    p.gap(1)
    y = p.y
    frame(p, 16, y, 178, 12, 0.8, OLIVE)
    at(p, 20, y + 8, "お支払期日", 10.5, "sans-bold", color=OLIVE)
    at(p, 50, y + 8.3, f"{due.year}年{due.month}月{due.day}日（{wd(due)}）", 12.5, "sans-bold")
    at(p, 190, y + 8.3, f"お支払金額　{T:,}円", 12, "sans-bold", "r")
    p.y = y + 15
    p.para("ご参考：ご利用可能枠 300,000円（現在ご利用停止中）　次回4月27日お支払予定額 15,520円（本状のご請求額には含まれて"
           "おりません）", size=8.2, indent="")
    p.para("期日までにお支払いが確認できない場合、会員規約に基づき期限の利益を喪失し、ご利用残高の全額を一括でご請求する"
           "ことがあります。", size=8.2, indent="")
    p.para("株式会社みみずくクレジット　お客様相談室　TEL 076-000-1586（9:30～17:30・日祝休）　〒930-0000 富山市桜灘町九丁目9番9号",
           size=8.2, indent="")
    p.gap(3)
    y = p.y
    frame(p, 16, y, 178, 30, 0.3, fill=PALE)
    at(p, 20, y + 6, "お支払い方法のご案内", 9.5, "sans-bold", color=OLIVE)
    for i, s in enumerate(["①　下記の払込取扱票で、ゆうちょ銀行・郵便局からお支払いください（払込手数料は当社負担）。",
                           "②　ご登録の口座からの再振替はございません。口座へのご入金のみでは、お支払いになりません。",
                           "③　お支払いが難しい場合は、お支払期日までにお客様相談室へご相談ください。",
                           "④　本状と行き違いでお支払いいただいた場合は、悪しからずご容赦ください。"]):
        at(p, 22, y + 12 + i * 5, s, 8.5)
    slip(p, 200, account="00740-9-000352", payee="株式会社みみずくクレジット", amount=T, payer="宮後　直樹",
         note=["お問合せ番号 MM-0326-7741", "1月・2月ご請求分"], bank_line="この払込取扱票は、ゆうちょ銀行又は郵便局の"
         "払込機能付きATM・窓口でご利用いただけます。", key="bx16slip")
    tr = truth(document_type="collection_notice", sender="株式会社みみずくクレジット", phone="076-000-1586",
               creditor="株式会社みみずくクレジット", status="not_applicable", debtor="宮後直樹", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="MM-0326-7741", input_kind="pdf_text", template="proxy67_card_second_reminder_payment_slip",
               received=D(2026, 3, 25))
    return dict(stem="bx16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company, second reminder of two missed instalments)",
                unusual="a card company's own 第２回ご案内 with an olive header band (brand 「みみずくクレジット」, the legal "
                        "name only in the footer line); western dates written out in the prose (ご案内日 2026年3月23日, "
                        "最終ご入金日 in brackets, the due date 4月6日（月） month-day only in the prose and in full in the "
                        "frame); a per-instalment table (ご請求月（お支払日） / ご請求元金 / 手数料 / 遅延損害金 / 小計) with a "
                        "合計 row; arrears only (lump false, no 喪失 date); 会員番号 masked, ご利用可能枠 300,000円 and the "
                        "次回 15,520円 as distractors; a 払込取扱票 at the foot repeating the total")


LETTERS = [bx09, bx10, bx11, bx12, bx13, bx14, bx15, bx16]
