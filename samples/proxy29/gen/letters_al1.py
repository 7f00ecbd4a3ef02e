"""Proxy set 29, letters al01–al08: "around the court case". Before the court: a card company's 法的措置予告 with
tick boxes (al01), a real servicer's 訴訟提起のご予告 photographed (al02), a law office's 縦書き 訴訟提起予告 (al08);
the court papers: a 福山簡裁 支払督促 with its blank 督促異議申立書 (al03), a 豊橋簡裁 仮執行宣言付支払督促 whose
仮執行宣言 is a block under the order (al04), a 富山地裁 (ワ) 呼出状 with the 訴状 (al05), an 八王子簡裁 少額訴訟 呼出状
(al06); and after: an invented servicer's 「判決に基づくお支払いのご請求」 (al07)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    leader,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.42, 0.12, 0.36)
ORANGE = (0.85, 0.40, 0.05)
SLATE = (0.22, 0.30, 0.38)


def ew(d: D) -> str:
    """令和8年1月23日（金）: era date with the weekday computed from the date."""
    return f"{era(d)}（{wd(d)}）"


def fk(n: int) -> str:
    """Full-width amount with a full-width comma: １，２４８，０００."""
    return fw(f"{n:,}")


# ---------------------------------------------------------------------------------------------
# al01 card company 法的措置予告通知書: tick boxes of the procedures it plans, a red band down the left edge.


def al01():
    R = 20.0
    issued, due = D(2026, 1, 13), D(2026, 1, 23)
    acc, lastp = D(2025, 11, 27), D(2025, 8, 27)
    P, I = 386_420, 12_855
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=22)
    p.add(Box(8, 0, 6, 297, color=None, fill=RED))
    p.at(22, 19, "MUKUROJI", size=16, font="sans-bold", color=PLUM)
    p.at(22, 24.5, "むくろじクレジット", size=9, color=PLUM)
    p.at(196, 17, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "お問合せ番号　MK-260113-0457", size=9.5, align="r")
    p.at(196, 28, "会員番号　5310-88＊＊-＊＊＊＊-2217", size=8.5, align="r", color=GRAY)
    p.y = 34
    p.line("〒332-0000　埼玉県川口市あまのがわ坂九丁目9番9号", size=10)
    p.line("蒲池　沙耶　様", size=14)
    p.gap(5)
    y = p.y
    p.add(Box(40, y, 132, 14, 1.2, RED))
    p.at(106, y + 9.6, "法 的 措 置 予 告 通 知 書", size=17, font="sans-bold", align="c", color=RED)
    p.y = y + 19
    p.para("お客様のキャッシングご利用代金につきましては、これまで再三にわたりお支払いをお願いしてまいりましたが、"
           f"{era(lastp)}を最後にご入金がなく、お客様は会員規約第18条により{era(acc)}をもって期限の利益を喪失されて"
           "おります。")
    p.para(f"つきましては、下記ご請求額を{ew(due)}15時までに一括してお支払いください。期限までにお支払い又はご連絡がない"
           "場合、当社は下記の法的手続に移行いたします。")
    p.gap(1)
    p.line("■ ご請求内訳", size=10.5, font="sans-bold", color=PLUM)
    p.table([["項　目", "金額（円）"],
             ["キャッシングご利用残高（元金）", f"{P:,}"],
             ["未払利息", f"{I:,}"],
             [f"遅延損害金（年{R:.1f}％　{era(acc + timedelta(1))}～{era(issued)}）", f"{L:,}"],
             ["ご請求額合計", f"{T:,}"]],
            [128, 44], x=22, header=True, aligns="lr", size=10, row_h=8)
    p.gap(3)
    p.line("■ 予定している法的手続（■印）", size=10.5, font="sans-bold", color=PLUM)
    for mark, s in (("■", "支払督促の申立て（申立先　さいたま簡易裁判所）"),
                    ("□", "訴訟の提起"),
                    ("■", "仮執行宣言後の強制執行（給料・預貯金の差押え）"),
                    ("□", "連帯保証人様へのご請求（本件は保証人の設定がございません）")):
        p.line(f"{mark}　{s}", x=28, size=10)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 174, 15, 0.9, RED, (1.0, 0.95, 0.95)))
    p.at(27, y + 9.5, "最終お支払期限", size=11, font="sans-bold", color=RED)
    p.at(62, y + 10, f"{ew(due)}　15:00まで", size=14, font="sans-bold")
    p.at(192, y + 10, f"金{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 20
    p.para("お振込先　しののめ信託銀行　池袋支店　普通預金　6140457　カ）ムクロジクレジット　※お振込人名の前にお問合せ番号の"
           "数字（2601130457）をご入力ください。", size=9, indent="")
    p.para("※お支払いが困難な事情がある場合は、期限までに必ず下記へご連絡ください。ご連絡をいただいた場合、法的手続の"
           "開始を見合わせることがございます。※本状と行き違いにご入金の際はご容赦ください。", size=9, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社むくろじクレジット　債権管理部　法務グループ", 10.5, "sans-bold"),
                     ("〒170-0000　東京都豊島区ひいらぎ通九丁目9番9号", 8.5, "sans"),
                     ("TEL 0120-000-614（平日 9:30～18:00）　担当　萱場", 9.5, "sans"),
                     ("貸金業登録番号　関東財務局長(3)第01987号　日本貸金業協会会員第005514号", 7.8, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(186, p.y - 16, 12, "square", "むくろじクレジット印", angle=3, seed=29011)
    tr = truth(document_type="collection_notice", sender="株式会社むくろじクレジット", phone="0120-000-614",
               creditor="株式会社むくろじクレジット", status="not_applicable", debtor="蒲池沙耶", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="MK-260113-0457", input_kind="pdf_text",
               template="proxy29_card_company_legal_action_warning_tick_boxes", received=D(2026, 1, 15))
    return dict(stem="al01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (card company 法的措置予告)",
                unusual="a card company's 「法的措置予告通知書」 (spaced, in a red frame) with a RED BAND down the left "
                        "edge and the Latin brand 「MUKUROJI」; お問合せ番号 and a masked 会員番号 top-right; a 項目 / "
                        "金額（円） table with no 円 in the cells (キャッシングご利用残高（元金） / 未払利息 / 遅延損害金 with "
                        "its window / ご請求額合計); a tick list of planned procedures (■支払督促 at さいたま簡裁, □訴訟, "
                        "■強制執行) as distractors; 最終お支払期限 with 「15:00まで」; the 10-digit transfer code 2601130457 and "
                        "the 貸金業登録番号 (not a servicer licence) as distractors")


# ---------------------------------------------------------------------------------------------
# al02 ニッテレ債権回収 (real) 訴訟提起のご予告, phone photo: three amount cards side by side.


def al02():
    R = 18.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    acc, lastp, assign = D(2025, 6, 12), D(2025, 3, 5), D(2025, 9, 30)
    P, I = 612_300, 21_488
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "ニッテレ債権回収株式会社", size=14, font="sans-bold")
    p.at(15, 24.5, "法務大臣許可 第7号", size=8.5)
    p.add(Line(15, 27, 196, 27, 1.2, ORANGE))
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 24.5, "管理番号　0708-5821-33", size=9.5, align="r")
    p.y = 32
    p.line("〒577-0000　大阪府東大阪市とよさか町九丁目9番9号", size=10)
    p.line("鯨岡　康之　様", size=14)
    p.gap(6)
    y = p.y
    p.add(Box(45, y, 121, 15, 0.4))
    p.add(Box(46.2, y + 1.2, 118.6, 12.6, 0.4))
    p.at(105.5, y + 10, "訴訟提起のご予告", size=17, font="sans-bold", align="c")
    p.y = y + 20
    p.para(f"貴殿が株式会社とちの実ファイナンスとの間で締結された金銭消費貸借契約に基づく債権は、{era(assign)}付で当社が"
           "譲り受けております。当社は、これまで書面及びお電話にてお支払いをお願いしてまいりましたが、現在までご入金も"
           "ご連絡もいただいておりません。")
    p.para(f"つきましては、{ew(due)}までに下記金額をお支払いいただくか、ご返済についてご連絡くださいますようお願いいたします。"
           "期限までにご入金又はご連絡がない場合、当社は貴殿を被告として訴訟を提起する準備に入りますので、あらかじめご承知"
           "おきください。")
    p.gap(2)
    p.line(f"ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold")
    y = p.y + 1
    for i, (lab, v) in enumerate((("元　金", P), ("利　息", I), (f"遅延損害金（年{R:g}％）", L))):
        x = 15 + i * 61
        p.add(Box(x, y, 57, 22, 0.5, GRAY, (0.97, 0.97, 0.97)))
        p.at(x + 28.5, y + 7, lab, size=9.5, align="c", color=GRAY)
        p.at(x + 52, y + 17, f"{v:,}円", size=13.5, font="sans-bold", align="r")
    p.y = y + 25
    p.add(Box(15, p.y, 179, 12, color=None, fill=(1.0, 0.93, 0.86)))
    p.at(20, p.y + 8.2, "合　計", size=12, font="sans-bold")
    p.at(190, p.y + 8.6, f"{T:,}円", size=16, font="sans-bold", align="r")
    p.y += 16
    p.line(f"※遅延損害金は、元金に対し{era(acc + timedelta(1))}から{era(issued)}まで年{R:g}％（年365日の日割計算）で算出しております。",
           size=8.3)
    p.gap(2)
    p.kv([("原債権者", "株式会社とちの実ファイナンス"), ("債権譲受日", era(assign)), ("最終ご入金日", era(lastp)),
          ("期限の利益喪失日", era(acc)), ("お支払期限", ew(due))], x=20, label_w=38, size=10)
    p.gap(2)
    p.para("訴訟となった場合の管轄裁判所は、請求額に応じ東大阪簡易裁判所又は大阪地方裁判所となります。判決が確定しますと、"
           "給料・預金等の差押えを受けることがあります。", size=9.2, indent="")
    p.para("お振込先　なにわ橋銀行　本店営業部　普通預金　5821330　ニツテレサイケンカイシユウ（カ", size=9.2, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 179, 22, 0.3, GRAY))
    p.at(19, y + 6, "お問い合わせ先", size=8.5, color=GRAY)
    p.at(19, y + 12.5, "ニッテレ債権回収株式会社　大阪業務センター　担当　狩集", size=10, font="sans-bold")
    p.at(19, y + 18.5, "フリーダイヤル 0120-000-377（平日 9:00～18:00）　〒541-0000 大阪市中央区かがみ池九丁目9番9号", size=8.8)
    p.seal(182, y + 11, 12, "square", "ニッテレ債権回収印", angle=-3, seed=29021)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-377", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社とちの実ファイナンス", debtor="鯨岡康之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="0708-5821-33", input_kind="photo_jpeg",
               template="proxy29_servicer_lawsuit_warning_amount_cards_photo", received=D(2026, 2, 9))
    return dict(stem="al02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.85, blur=0.9, warm=0.2,
                          shadow=0.22, shadow_side="bottom"),
                about="collection_notice (real servicer, 訴訟提起のご予告, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer "
                        "★ ニッテレ債権回収株式会社 with the licence spelled 「法務大臣許可 第7号」 (no 番号) under the name, "
                        "an orange rule; a double-framed title 「訴訟提起のご予告」; the three amounts as grey CARDS side by "
                        "side (元金 / 利息 / 遅延損害金（年18％）) and the total on a peach bar (合計); kv lines 原債権者 / "
                        "債権譲受日 / 最終ご入金日 / 期限の利益喪失日 / お支払期限; the two courts that would hear the suit "
                        "as distractors; 管理番号 with digits only")


# ---------------------------------------------------------------------------------------------
# al03 福山簡易裁判所 支払督促 (SMBC債権回収, real) + p.2 the blank 督促異議申立書; 2-page image PDF.

FK_CASE = "令和8年(ロ)第318号"
FK_P, FK_I, FK_R, FK_C = 428_560, 9_712, 20.0, 4_216
FK_ACC, FK_LAST, FK_ASSIGN, FK_FILED, FK_ORDER = D(2025, 9, 10), D(2025, 6, 10), D(2025, 12, 1), D(2026, 2, 24), D(2026, 3, 4)
FK_PHONE = "084-000-2318"


def al03():
    P, I, R, C = FK_P, FK_I, FK_R, FK_C
    L = late(P, R, FK_ACC + timedelta(1), FK_FILED)
    S = P + I + L
    T = S + C
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"事件番号　{fw('令和8年（ロ）第318号')}", size=10.5, x=20)
    p.line("事 件 名　譲受債権請求督促事件", size=10.5, x=20)
    p.gap(3)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.kv([("債　権　者", "〒104-0000　東京都中央区すがも坂九丁目9番9号"), ("", "SMBC債権回収株式会社"),
          ("", "代表者代表取締役　槙島　修平"),
          ("", "（送達場所）〒730-0000 広島市中区ちとせ橋九丁目9番9号 同社広島営業所"),
          ("", "（電話）082-000-5510"),
          ("債　務　者", "〒720-0000　広島県福山市ばらぞの町九丁目9番9号"), ("", "榊　田　　千　尋")],
         x=20, label_w=26, size=9.8)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議を申し立てないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(1)
    p.line("請 求 の 趣 旨", size=11.5, font="serif-bold", align="c")
    for s in (f"１　金{S:,}円（請求の原因４の元金、利息及び確定遅延損害金の合計）",
              f"２　上記１のうち元金{P:,}円に対する{fw(era(FK_FILED + timedelta(1)))}から完済まで年２０．０％の割合による"
              "遅延損害金",
              f"３　金{C:,}円（申立手続費用）",
              f"（上記１及び３の合計　金{T:,}円）"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(1)
    p.line("請 求 の 原 因", size=11.5, font="serif-bold", align="c")
    for s in ("１　株式会社やぐるまファイナンス（以下「原債権者」という。）は、令和4年2月14日、債務者との間で、極度額"
              "５０万円、利率年17.8％、遅延損害金年20.0％とする金銭消費貸借契約を締結し、債務者に金員を貸し付けた。",
              f"２　債務者は、{era(FK_LAST)}の弁済を最後に支払を怠り、{era(FK_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(FK_ASSIGN)}、上記債権を債権者に譲渡し、同月中に債務者に対しその旨を通知した。",
              "４　よって、債権者は債務者に対し、次の残債務の支払を求める。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.table([["元金", f"{P:,}円"], ["利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(FK_ACC + timedelta(1))}から{era(FK_FILED)}まで）", f"{L:,}円"], ["小計", f"{S:,}円"]],
            [112, 40], x=32, aligns="lr", size=9.6, row_h=6.6, ruled="rows")
    p.gap(3)
    p.line(f"　　{fw(era(FK_ORDER))}", size=10.5)
    p.line("　　福山簡易裁判所　裁判所書記官　杵渕　　和臣", size=10.5)
    p.seal(128, p.y - 5, 13, "square", "福山簡易裁判所書記官印", angle=0, seed=29031)
    p.line("これは正本である。", size=9.5, align="r")
    p.gap(1)
    y = p.y
    p.add(Box(18, y, 176, 21, 0.6))
    for i, s in enumerate(["（注意）異議があるときは、この支払督促の送達を受けた日から２週間以内に、同封の督促異議申立書を",
                           "福山簡易裁判所に提出してください。異議の申立てをすると、通常の訴訟手続に移行します。",
                           f"問合せ先　福山簡易裁判所　民事係　電話 {FK_PHONE}（受付 平日8時30分～17時）"]):
        p.at(21, y + 6 + i * 5.8, s, size=9)
    q = Page(font="serif", size=10.5, top=16)
    q.line("（同封書面）", size=9.5, color=GRAY)
    q.title("督 促 異 議 申 立 書", size=17, font="serif-bold")
    q.line("福山簡易裁判所　御中", size=11, x=22)
    q.gap(3)
    q.table([["事件番号", fw("令和8年（ロ）第318号")], ["債　権　者", "SMBC債権回収株式会社"], ["債　務　者", "榊田　千尋"]],
            [34, 110], x=32, aligns="ll", size=10.5, row_h=9)
    q.gap(4)
    q.para("上記事件について、債務者に送達された支払督促に対し、督促異議を申し立てます。")
    q.gap(3)
    q.line("【次のうち、当てはまるものに○を付けてください】", size=10, x=22)
    for s in ("□　債務の存在を争う。",
              "□　分割払いを希望する。（月額　　　　　　円を、毎月　　　日限り）",
              "□　一括で支払うので、支払期日の猶予を希望する。",
              "□　その他（　　　　　　　　　　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=28, size=10.5)
        q.gap(2.5)
    q.gap(4)
    for lab in ("申立日　　令和　　年　　月　　日", "住　所", "氏　名　　　　　　　　　　　　　　　　　　印",
                "電話番号（昼間の連絡先）", "送達場所の届出　□上記住所　□勤務先（　　　　　　　　　）"):
        q.line(lab, x=28, size=10.5)
        q.add(Line(28, q.y - 0.8, 186, q.y - 0.8, 0.25))
        q.gap(5)
    q.gap(2)
    y = q.y
    q.add(Box(22, y, 166, 26, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["・この申立書は、支払督促の送達を受けた日から２週間以内に提出してください。郵送でも構いません。",
                           "・督促異議の申立てがあると、請求額に応じて簡易裁判所又は地方裁判所の通常訴訟に移行し、後日、",
                           "　口頭弁論期日の呼出状が届きます。",
                           "・申立てに手数料はかかりません。"]):
        q.at(26, y + 6.5 + i * 5.6, s, size=9.2)
    tr = truth(document_type="payment_order", sender="福山簡易裁判所", phone=FK_PHONE, creditor="SMBC債権回収株式会社",
               status="licensed", original="株式会社やぐるまファイナンス", debtor="榊田千尋", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=FK_ORDER, payment_due=None,
               acceleration=FK_ACC, last_payment=FK_LAST, assignment=FK_ASSIGN, reference=FK_CASE,
               input_kind="pdf_scan", template="proxy29_payment_order_fukuyama_objection_form", received=D(2026, 3, 7))
    return dict(stem="al03", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor, with the blank 督促異議申立書)",
                unusual="a 福山簡裁 支払督促 as a 2-page image PDF: 事件番号 / 事件名 top-left in full-width; the parties as "
                        "kv lines (creditor ★ SMBC債権回収株式会社, no licence: court paper; its 送達場所 with a 082 phone as "
                        "a distractor; the debtor's name spaced 「榊　田　　千　尋」); 請求の趣旨 as numbered PROSE: item １ "
                        "one sum (元金+利息+確定遅延損害金), item ２ the running damages, item ３ 申立手続費用 and the grand "
                        "total only in a bracketed line 「（上記１及び３の合計　金…円）」; the breakdown as a rows-ruled table "
                        "under 請求の原因４; 極度額５０万円 and 17.8％ as distractors; p.2 a BLANK 督促異議申立書 with the case "
                        "number pre-filled, tick boxes (分割払い 月額…円) and the 2-week note")


# ---------------------------------------------------------------------------------------------
# al04 豊橋簡易裁判所 仮執行宣言付支払督促 on ONE scanned page: the 仮執行宣言 as a framed block under the order.


def al04():
    R = 3.0
    filed, order, served, kari = D(2025, 11, 27), D(2025, 12, 5), D(2025, 12, 9), D(2026, 1, 8)
    acc, lastp = D(2025, 7, 31), D(2025, 5, 27)
    P, I, C1, C2 = 963_200, 18_436, 6_530, 1_232
    L = late(P, R, acc + timedelta(1), filed)
    S = P + I + L + C1
    T = S + C2
    case = "令和7年(ロ)第2093号"
    p = Page(font="serif", size=10, top=12)
    p.line(f"{fw('令和7年（ロ）第2093号')}　立替金請求督促事件", size=10, x=18)
    p.gap(1)
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.kv([("債権者", "〒460-0000　名古屋市中区すがも坂九丁目9番9号　株式会社ほなみオートクレジット"),
          ("", "代表者代表取締役　柚原　敏行"),
          ("債務者", "〒440-0000　愛知県豊橋市うずら野町九丁目9番9号　蓑輪　敦")], x=18, label_w=18, size=9.4)
    p.gap(1)
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。", size=10)
    p.line("請求の趣旨", size=10.5, font="serif-bold", align="c")
    rows = [["", "項　　目", "金　額"], ["１", "立替金残元金", f"{P:,}円"], ["２", "分割支払手数料（未払分）", f"{I:,}円"],
            ["３", f"遅延損害金（{era(acc + timedelta(1))}から{era(filed)}まで年3％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C1:,}円"], ["", "合　　計", f"{S:,}円"]]
    p.table(rows, [10, 118, 36], x=24, header=True, aligns="clr", size=9.3, row_h=6.4)
    p.para(f"５　上記１に対する{era(filed + timedelta(1))}から完済まで年3％の割合による遅延損害金", x0=24, x1=190, size=9.3,
           indent="")
    p.line("請求の原因", size=10.5, font="serif-bold", align="c")
    for s in ("１　債権者は、債務者との間で令和4年6月18日、債務者が販売店から購入した自動車（代金1,580,000円）の代金を債権者が"
              "立て替えて支払い、債務者は立替金及び分割支払手数料を60回に分割して支払う旨の契約を締結した。",
              f"２　債務者は、{era(lastp)}の支払を最後に支払をせず、債権者は書面で20日以上の期間を定めて催告したが支払がないため、"
              f"{era(acc)}の経過により債務者は期限の利益を喪失した。"):
        p.para(s, x0=20, x1=192, size=9.1, indent="")
    p.gap(1)
    p.line(f"　　{era(order)}　豊橋簡易裁判所　裁判所書記官　瀬良　　美津子", size=10)
    p.seal(150, p.y - 4.5, 12, "square", "豊橋簡易裁判所書記官印", angle=0, seed=29041)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 178, 8, color=None, fill=SHADE))
    p.at(105, y + 5.8, "仮　執　行　宣　言", size=11.5, font="serif-bold", align="c")
    p.y = y + 10
    p.para(f"上記支払督促は、{era(served)}債務者に送達されたが、債務者は法定期間内に督促異議の申立てをしなかった。よって、"
           f"債権者の申立てにより、上記支払督促に手続費用額金{C2:,}円を付加して、仮執行の宣言をする。",
           x0=20, x1=190, size=10)
    p.para(f"（仮執行宣言後の請求額　上記合計{S:,}円及び手続費用{C2:,}円の計　金{T:,}円。ただし、請求の趣旨５の遅延損害金を"
           "除く。）", x0=20, x1=190, size=9.3, indent="")
    p.line(f"　　{fw(era(kari))}", size=10.5, x=20)
    p.line("　　豊橋簡易裁判所　裁判所書記官　瀬良　　美津子", size=10.5, x=20)
    p.seal(150, p.y - 4.5, 12, "square", "豊橋簡易裁判所書記官印", angle=2, seed=29042)
    p.add(Box(16, y, 178, p.y - y + 2, 0.9))
    p.y += 5
    p.line("これは正本である。　同日同庁　裁判所書記官　瀬良　美津子", size=9, align="r")
    p.gap(1)
    y = p.y
    p.add(Box(16, y, 178, 22, 0.3))
    for i, s in enumerate(["この書面を受け取った方へ　この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に",
                           "督促異議の申立てができます。申立てをしても強制執行は当然には止まりません。２週間以内に申立てがないと、",
                           "確定判決と同一の効力が生じます。　豊橋簡易裁判所　民事係　電話 0532-00-2093"]):
        p.at(19, y + 6 + i * 5.8, s, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="豊橋簡易裁判所", phone="0532-00-2093",
               creditor="株式会社ほなみオートクレジット", status="not_applicable", debtor="蓑輪敦", total=T, principal=P,
               interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=kari, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="scan_png",
               template="proxy29_enforceable_toyohashi_declaration_block_under_order", received=D(2026, 1, 13))
    return dict(stem="al04", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order_enforceable (簡裁, auto-credit 立替金, one page)",
                unusual="a 豊橋簡裁 仮執行宣言付支払督促 on ONE scanned page, laid out as the original 支払督促 (dated "
                        "2025-12-05, signed) with the 仮執行宣言 as a FRAMED BLOCK below it with its OWN date 令和８年１月８日 "
                        "(= issued) and a second clerk seal; 請求の趣旨 as a 5-row table whose 合計 EXCLUDES the 仮執行 cost; "
                        "the cost 1,232円 only in the block's prose and the post-declaration total in a bracketed line; "
                        "立替金 at the statutory 年3％; 分割支払手数料（未払分） → interest; the car price 1,580,000円, 60回 and "
                        "the 20-day 催告 as distractors; no original creditor (the credit company is the lender)")


# ---------------------------------------------------------------------------------------------
# al05 富山地方裁判所 (ワ) 呼出状 + 訴状 (digital, 2 pages); 原告 アルファ債権回収 (real).


def al05():
    R = 18.0
    issued, sued, hearing, answer = D(2026, 5, 18), D(2026, 4, 30), D(2026, 6, 17), D(2026, 6, 10)
    acc, lastp, assign = D(2025, 10, 2), D(2025, 7, 27), D(2026, 1, 30)
    P, I = 1_865_400, 41_982
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    case = "令和8年(ワ)第187号"
    p = Page(font="serif", size=10.5, top=16)
    y = p.y
    for i, (a, b) in enumerate((("事件番号", case), ("事件名", "譲受債権請求事件"), ("原告", "アルファ債権回収株式会社"),
                                ("被告", "舟越　朋美"))):
        yy = y + i * 7.5
        p.add(Box(110, yy, 26, 7.5, 0.3, (0, 0, 0), SHADE))
        p.add(Box(136, yy, 60, 7.5, 0.3))
        p.at(123, yy + 5.3, a, size=9.5, align="c")
        p.at(138, yy + 5.3, b, size=9.8)
    p.y = y + 36
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　舟越　朋美　殿", size=12, x=20)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "出頭してください。")
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.6))
    p.add(Line(50, y, 50, y + 22, 0.3))
    p.add(Line(20, y + 11, 190, y + 11, 0.3))
    p.at(35, y + 7.4, "期　日", size=10.5, align="c")
    p.at(54, y + 7.6, f"{era(hearing)}（{wd(hearing)}）午後1時30分", size=12, font="serif-bold")
    p.at(35, y + 18.4, "場　所", size=10.5, align="c")
    p.at(54, y + 18.4, "富山地方裁判所　第３号法廷（本館３階）", size=11)
    p.y = y + 27
    p.para(f"また、答弁書は、{kdate(answer)}（{wd(answer)}曜日）までに当部に提出してください。答弁書を提出しないまま期日に欠席すると、"
           "原告の言い分どおりの判決が言い渡されることがあります。")
    p.para("期日に出頭する際には、この呼出状、印鑑及び本人であることを確認できるものを持参してください。", size=10)
    p.gap(4)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　富山地方裁判所民事部", size=10.5)
    p.line("　　　　裁判所書記官　鰺坂　　晴美", size=10.5)
    p.seal(132, p.y - 5, 13, "square", "富山地方裁判所書記官印", angle=0, seed=29051)
    p.gap(6)
    p.line("〒930-0000　富山県富山市しんきろう通九丁目9番9号", size=9.5, x=20)
    p.line("富山地方裁判所民事部　電話 076-000-1870（内線 312）　ＦＡＸ 076-000-1871", size=9.5, x=20)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 25, 0.3, GRAY))
    for i, s in enumerate(["同封書類　訴状副本１通、甲号証写し（甲第１号証～甲第４号証）、答弁書用紙、答弁書の書き方",
                           "※訴状に記載された原告の電話番号は原告のものです。裁判所の番号ではありません。",
                           "※分割払いによる話合い（和解）を希望する場合も、答弁書にその旨を記載してください。"]):
        p.at(24, y + 7 + i * 6.5, s, size=9.2)
    q = Page(font="serif", size=10.3, top=14)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(era(sued), align="r", size=10.3)
    q.line("富山地方裁判所　御中", size=10.5)
    q.line("原告代表者代表取締役　葛巻　隆", align="r", size=10.3)
    q.gap(1)
    q.kv([("原　告", "〒100-0000 東京都千代田区おけさ大通九丁目9番9号　アルファ債権回収株式会社"),
          ("", "代表者代表取締役　葛巻　隆　（連絡先　担当 五味渕　電話 03-0000-1011）"),
          ("被　告", "〒939-0000 富山県射水市ももの里九丁目9番9号　舟越　朋美")], x=18, label_w=18, size=9.5)
    q.line(f"譲受債権請求事件　　訴訟物の価額　金{T:,}円　　貼用印紙額　金16,000円", size=9.5, x=18)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(sued + timedelta(1))}から支払済みまで年18％の"
           "割合による金員を支払え。", x0=20, x1=192, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=20, x1=192, size=10, indent="")
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社つるぎ信販（以下「原債権者」という。）は、令和4年3月22日、被告に対し、金2,000,000円を、利息年14.5％、"
              "遅延損害金年18％、毎月27日限り元利均等分割返済の約定で貸し付けた（甲１）。",
              f"２　被告は、{era(lastp)}の支払を最後に分割金の支払を怠り、期限の利益喪失の催告を受けたが支払わず、"
              f"{era(acc)}の経過により期限の利益を喪失した（甲２）。",
              f"３　原債権者は、{era(assign)}、原告に対し本件貸金債権を譲渡し、同年2月6日到達の内容証明郵便で被告にその旨を"
              "通知した（甲３、甲４）。",
              "４　よって、原告は被告に対し、次の金員及び残元金に対する訴え提起の日の翌日から支払済みまで約定の年18％の割合による"
              "遅延損害金の支払を求める。"):
        q.para(s, x0=20, x1=192, size=9.8, indent="")
    q.gap(1)
    q.table([["項　目", "金　額"], ["残元金", f"{P:,}円"], ["利息（期限の利益喪失日まで）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(sued)}、年18％）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [120, 40], x=26, header=True, aligns="lr", size=9.8, row_h=7.2)
    q.gap(3)
    q.line("証　拠　方　法", size=10.3, font="serif-bold")
    for s in ("甲第１号証　金銭消費貸借契約書", "甲第２号証　取引履歴", "甲第３号証　債権譲渡契約書（抄本）",
              "甲第４号証　債権譲渡通知書及び配達証明書"):
        q.line(s, x=26, size=9.8)
    q.line("附　属　書　類　　訴状副本１通、甲号証写し各２通、資格証明書１通", size=9.8, x=20)
    tr = truth(document_type="lawsuit", sender="富山地方裁判所", phone="076-000-1870", creditor="アルファ債権回収株式会社",
               status="licensed", original="株式会社つるぎ信販", debtor="舟越朋美", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy29_district_court_wa_toyama_case_grid_answer_in_words", received=D(2026, 5, 20))
    return dict(stem="al05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), real servicer plaintiff, 呼出状 + 訴状)",
                unusual="富山地裁 (ワ) digital, 2 pages: p.1 the 呼出状 with a shaded-label CASE GRID top-right (事件番号 / "
                        "事件名 / 原告 ★ アルファ債権回収株式会社 / 被告), the 期日 and 場所 in a ruled box (午後1時30分), the "
                        "答弁書 deadline ONLY IN WORDS 「令和八年六月十日（水曜日）までに」 in the prose; court phone with "
                        "（内線 312） and ＦＡＸ; p.2 the 訴状 dated 4/30 (≠ the 呼出状 5/18) with 訴訟物の価額 (= the claim) "
                        "and 貼用印紙額 16,000円, 請求の趣旨 「金…及びうち金…に対する…年18％」, 請求の原因 with the 2,000,000円 "
                        "loan, 年14.5％ and the 通知 到達 2/6 (distractors), a 項目 / 金額 table, the plaintiff's 03 number "
                        "and 甲第１～４号証")


# ---------------------------------------------------------------------------------------------
# al06 八王子簡易裁判所 少額訴訟 (少コ) 呼出状 on one page, iPhone HEIC.


def al06():
    R = 20.0
    issued, sued, hearing, answer = D(2026, 6, 3), D(2026, 5, 20), D(2026, 7, 8), D(2026, 7, 1)
    acc, lastp = D(2026, 1, 26), D(2025, 11, 25)
    P, I = 487_300, 6_921
    L = late(P, R, acc + timedelta(1), sued)
    T = P + I + L
    assert T <= 600_000
    case = "令和8年(少コ)第64号"
    p = Page(font="sans", size=10, top=14)
    for i, s in enumerate([f"事件番号　{fw('令和8年（少コ）第64号')}", "事 件 名　貸金請求事件", "原　　告　株式会社すずなローン",
                           "被　　告　樺沢　陸斗"]):
        p.at(196, 17 + i * 5.2, s, size=9.5, align="r")
    p.y = 40
    p.title("少額訴訟　口頭弁論期日呼出状及び答弁書催告状", size=14.5)
    p.line("被告　樺沢　陸斗　様", size=12, x=18)
    p.gap(1)
    p.para("原告から、あなたを被告とする少額訴訟が提起されました。下記の期日に当裁判所へ出頭してください。また、訴状を"
           "よく読んで、答弁書を下記期限までに提出してください。", size=10)
    p.gap(1)
    y = p.y
    rows = (("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"), ("場　所", "八王子簡易裁判所　第１民事法廷（２階）"),
            ("答弁書の提出期限", f"{fw(era(answer))}（{wd(answer)}）"))
    for i, (a, b) in enumerate(rows):
        yy = y + i * 9
        p.add(Box(18, yy, 40, 9, 0.3, (0, 0, 0), SHADE))
        p.add(Box(58, yy, 138, 9, 0.3))
        p.at(38, yy + 6.2, a, size=9.5, align="c")
        p.at(61, yy + 6.3, b, size=11, font="sans-bold" if i != 1 else "sans")
    p.y = y + 31
    p.line("■ 少額訴訟について", size=10.5, font="sans-bold")
    for s in ("１　少額訴訟は、60万円以下の金銭の支払を求める訴えについて、原則として１回の期日で審理を終え、直ちに判決を言い渡す"
              "手続です。",
              "２　被告は、最初の期日において弁論をするまでは、通常の訴訟手続に移行させる旨を申し述べることができます。",
              "３　判決に対しては控訴できません。判決書の送達を受けた日から２週間以内に、同じ裁判所に異議を申し立てることが"
              "できます。",
              "４　支払の猶予や分割払いを内容とする判決がされることもあります。希望があれば答弁書に書いてください。"):
        p.para(s, x0=18, x1=194, size=9.3, indent="")
    p.gap(1)
    p.line("■ 訴状の要旨", size=10.5, font="sans-bold")
    p.para(f"原告は、令和6年9月2日、被告に対し極度額50万円の範囲で金員を貸し付けたが、被告は{era(lastp)}の返済を最後に支払わず、"
           f"{era(acc)}の経過により期限の利益を喪失した。原告は、次の金員及び残元金に対する訴え提起の日の翌日から支払済みまで"
           "年20％の割合による遅延損害金を請求する。", x0=18, x1=194, size=9.3, indent="")
    p.table([["貸付残元金", f"{P:,}円"], ["利息（約定利率年17.8％）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から{era(sued)}まで　年20％）", f"{L:,}円"], ["請求額合計", f"{T:,}円"]],
            [120, 40], x=26, aligns="lr", size=9.6, row_h=7, shade_col0=True)
    p.gap(3)
    p.line(f"{era(issued)}", size=10, x=18)
    p.line("八王子簡易裁判所　民事係　裁判所書記官　駒走　紘子", size=10.5, x=18)
    p.seal(140, p.y - 4.5, 12, "square", "八王子簡易裁判所書記官印", angle=-2, seed=29061)
    p.line("〒192-0000 東京都八王子市たかお坂九丁目9番9号　電話 042-000-0664（民事係直通）", size=9, x=18)
    p.line("※原告の連絡先　株式会社すずなローン　管理部　電話 042-000-3150", size=8.5, x=18, color=GRAY)
    tr = truth(document_type="lawsuit", sender="八王子簡易裁判所", phone="042-000-0664", creditor="株式会社すずなローン",
               status="not_applicable", debtor="樺沢陸斗", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="photo_heic", template="proxy29_small_claims_hachioji_summons_one_page",
               received=D(2026, 6, 5))
    return dict(stem="al06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.2),
                about="lawsuit (簡裁 少額訴訟 (少コ), consumer lender, one page)",
                unusual="iPhone HEIC on wood with creases and a lamp glare: an 八王子簡裁 少額訴訟 呼出状 on ONE page; the case "
                        "lines RIGHT-aligned top-right with full-width 「令和８年（少コ）第６４号」; 期日 / 場所 / 答弁書の提出期限 "
                        "as a shaded-label grid in FULL-WIDTH digits with weekdays; four numbered 少額訴訟 rules (60万円, "
                        "１回の期日, ２週間 異議) as distractors; 「訴状の要旨」 in prose (極度額50万円, 年17.8％ distractors) "
                        "and a shaded-label table; the plaintiff's own 042 number in grey as a distractor; the court's "
                        "（民事係直通）")


# ---------------------------------------------------------------------------------------------
# al07 invented servicer よたか債権回収 (第246号): 判決に基づくお支払いのご請求, scanned; leader lines.


def al07():
    R = 14.6
    issued, due = D(2026, 3, 2), D(2026, 3, 16)
    acc, lastp, assign = D(2025, 6, 5), D(2025, 3, 27), D(2025, 8, 29)
    judged, final = D(2026, 1, 21), D(2026, 2, 5)
    P, C = 1_736_900, 23_600
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L + C
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "よたか債権回収株式会社", size=13, font="sans-bold", color=SLATE)
    p.at(15, 24, "法務大臣許可番号　第246号", size=8.5, color=SLATE)
    p.at(196, 18, f"{fw(era(issued))}", size=10, align="r")
    p.at(196, 23.5, "お客様番号　YT-26-03118", size=9.5, align="r")
    p.y = 30
    p.line("〒960-0000　福島県福島市あづま坂九丁目9番9号", size=10)
    p.line("依田　真澄　様", size=13.5)
    p.gap(5)
    p.title("判決に基づくお支払いのご請求", size=15)
    y = p.y
    p.add(Box(25, y, 160, 30, 0.4))
    p.at(29, y + 6, "【事件の表示】", size=9, font="sans-bold")
    for i, s in enumerate(["福島地方裁判所　令和7年(ワ)第412号　譲受債権請求事件", "原告　よたか債権回収株式会社　／　被告　依田　真澄",
                           f"判決言渡日　{era(judged)}　　判決確定日　{era(final)}",
                           f"訴訟費用額確定処分　{era(D(2026, 2, 19))}（訴訟費用 金{C:,}円）"]):
        p.at(33, y + 12 + i * 5.2, s, size=9.3)
    p.y = y + 35
    p.para("貴殿に対する当社の上記請求については、当社の請求を全部認める判決が言い渡され、同判決は確定いたしました。"
           "判決に基づき、下記の金額を下記期限までに一括してお支払いください。")
    p.para("確定判決は債務名義となり、当社はこれに基づいて貴殿の給料、預貯金その他の財産に対する強制執行を申し立てることが"
           "できます。期限までにお支払い又はご連絡がない場合には、やむを得ず強制執行の手続に移行いたします。")
    p.gap(2)
    p.line(f"ご請求金額（{fw(era(issued))}現在）", size=10.5, font="sans-bold", x=25)
    for lab, val in (("判決認容元金", f"{P:,}円"),
                     (f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}　年14.6％）", f"{L:,}円"),
                     ("訴訟費用（確定額）", f"{C:,}円")):
        leader(p, lab, val, 30, 182, size=10)
    p.add(Line(30, p.y + 0.3, 182, p.y + 0.3, 0.5))
    p.gap(1.5)
    leader(p, "ご請求額合計", f"{T:,}円", 30, 182, size=11.5, font="sans-bold")
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 13, 1.0))
    p.at(30, y + 8.5, "お支払期限", size=11, font="sans-bold")
    p.at(64, y + 8.8, ew(due), size=13, font="sans-bold")
    p.y = y + 17
    p.kv([("原債権者", "株式会社しのぶ銀行（カードローン）"), ("債権譲受日", era(assign)), ("最終ご入金日", era(lastp)),
          ("期限の利益喪失日", era(acc))], x=25, label_w=36, size=9.6)
    p.para("判決主文（抄）　被告は、原告に対し、金1,736,900円及びこれに対する令和7年6月6日から支払済みまで年14.6％の割合による"
           "金員を支払え。訴訟費用は被告の負担とする。この判決は、仮に執行することができる。", x0=25, x1=185, size=8.8, indent="")
    p.para("お振込先　あぶくま信託銀行　福島支店　普通預金　2460311　ヨタカサイケンカイシユウ（カ", x0=25, x1=185, size=9.2,
           indent="")
    p.gap(3)
    for s, sz, f in (("よたか債権回収株式会社　東北管理部", 10, "sans-bold"),
                     ("〒980-0000　宮城県仙台市青葉区おおぐろ通九丁目9番9号", 8.5, "sans"),
                     ("電話 022-000-2460（平日 9:00～17:30）　担当　梁瀬", 9.5, "sans")):
        p.line(s, x=98, size=sz, font=f)
    p.seal(188, p.y - 10, 12, "square", "よたか債権回収印", angle=4, seed=29071)
    tr = truth(document_type="collection_notice", sender="よたか債権回収株式会社", license_number=246,
               phone="022-000-2460", creditor="よたか債権回収株式会社", status="unverified",
               original="株式会社しのぶ銀行", debtor="依田真澄", total=T, principal=P, interest=None, late_damages=L,
               costs=C, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="YT-26-03118", input_kind="scan_png",
               template="proxy29_invented_servicer_demand_after_judgment_leaders", received=D(2026, 3, 4))
    return dict(stem="al07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (invented servicer, after a 地裁 判決)",
                unusual="INVENTED servicer 「よたか債権回収株式会社」 with 「法務大臣許可番号　第246号」 (→ unverified) "
                        "under its name top-left, scanned; the letter date in FULL-WIDTH era; a framed 【事件の表示】 box "
                        "(福島地裁 令和7年(ワ)第412号, 判決言渡日, 判決確定日, 訴訟費用額確定処分 date: distractors); "
                        "「判決に基づき…お支払いください」 and 債務名義 / 強制執行 wording; the amounts as DOTTED LEADER lines "
                        "(判決認容元金 / 遅延損害金 with its window / 訴訟費用（確定額） → costs / ご請求額合計); a quoted "
                        "判決主文 repeating the 元金 and the rate; no interest")


# ---------------------------------------------------------------------------------------------
# al08 law office 縦書き 訴訟提起予告通知書 (内容証明) for a 信用金庫; full-width Arabic amounts; digital.


def al08():
    R = 14.0
    issued, due = D(2026, 2, 13), D(2026, 2, 27)
    acc, lastp = D(2025, 11, 10), D(2025, 8, 11)
    P, I = 1_248_000, 15_873
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "訴訟提起予告通知書"),
        ("body", "冠省　当職らは、あずみ野信用金庫（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "貴殿は、通知人との間の令和四年五月二十日付金銭消費貸借契約に基づく毎月の分割弁済を、令和七年八月十一日の"
                 f"支払を最後に怠り、{kdate(acc)}の経過により期限の利益を喪失しました。"),
        ("body", f"つきましては、{kdate(due)}限り、左記金員を左記口座にお振込みください。右期限までにお支払い又はご連絡"
                 "がない場合には、通知人は、何らの通知なく松本簡易裁判所又は長野地方裁判所松本支部に訴訟を提起し、判決を"
                 "得たうえで、貴殿の給与、預金等に対する強制執行に及ぶ所存です。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　金{fk(P)}円"),
        ("indent", f"二　未収利息　　金{fk(I)}円"),
        ("indent", f"三　遅延損害金　金{fk(L)}円"),
        ("plain", "　　（令和七年十一月十一日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　金{fk(T)}円"),
        ("indent", "振込先　あさま路銀行　松本駅前支店"),
        ("plain", "　　　　普通預金　口座番号　４７１２０１９"),
        ("plain", "　　　　名義　弁護士八角遼預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "長野県松本市てまり坂九丁目九番九号"),
        ("low", "八角・七種法律事務所"),
        ("low", "通知人代理人　弁護士　八角　遼"),
        ("low", "同　　　　　　弁護士　七種　恭子"),
        ("low", "電話　〇二六三（〇〇）四七一二"),
        ("low", "（当職整理番号　Ａ２６－０１９）"),
        ("blank", ""),
        ("low", "長野県松本市のりくら町九丁目九番九号"),
        ("low", "茅根　信吾　殿"),
    ]
    size = 10.2
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 29081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　八角" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 8, "square", "弁護士八角遼之印", angle=-2,
                         seed=29082))
    tr = truth(document_type="collection_notice", sender="八角・七種法律事務所", phone="0263-00-4712",
               creditor="あずみ野信用金庫", status="not_applicable", debtor="茅根信吾", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="A26-019", input_kind="vertical_pdf",
               template="proxy29_vertical_lawyers_lawsuit_warning_fullwidth_digits", received=D(2026, 2, 16))
    return dict(stem="al08", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (two lawyers for a 信用金庫, 縦書き 訴訟提起予告)",
                unusual="縦書き 訴訟提起予告通知書 (冠省 … 草々) of a law office of two lawyers for a 信用金庫, digital, with the "
                        "内容証明 stamp; the amounts in FULL-WIDTH ARABIC digits with full-width commas stacked in the "
                        "columns (金１，２４８，０００円); the contract date, the last payment and the 喪失 in kanji in one "
                        "sentence; the deadline 「令和八年二月二十七日限り」; the two courts it would sue in as distractors; "
                        "a 預り金口 account in full-width digits; phone in kanji digits with a two-digit exchange "
                        "〇二六三（〇〇）四七一二; 当職整理番号 Ａ２６－０１９")


LETTERS = [al01, al02, al03, al04, al05, al06, al07, al08]
