"""Proxy set 20, letters ac01–ac08: "look-alikes". Mail that resembles a debt letter but must not be over-read, mixed
with genuine demands: a real servicer's 一括請求 (contrast), a 訴訟最終告知 scam postcard from a fake court, a 簡裁
支払督促 on two scanned pages, a real servicer's name with a WRONG licence number (license_mismatch), a scam from a
name one character off a real servicer, a real servicer's genuine 受託のお知らせ, a bank's 縦書き 喪失通知 and an old
完済証明書 of a servicer that no longer exists (closed)."""

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
    dashed,
    era,
    faq,
    grid,
    kdate,
    late,
    leader,
    qr,
    seal_after,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
GREEN = (0.10, 0.52, 0.25)
BROWN = (0.40, 0.22, 0.10)
INK = (0.12, 0.16, 0.35)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def vera(pages) -> None:
    """vcheck, plus: no column ends between the two characters of an era name (令|和, 平|成)."""
    vcheck(pages)
    for pg in pages:
        cols = [it for it in pg.items if isinstance(it, VText)]
        for x, y in zip(cols, cols[1:], strict=False):
            assert not (x.s.endswith(("令", "平")) and y.s.startswith(("和", "成"))), (x.s[-6:], y.s[:6])


def heisei(d: D) -> str:
    return f"平成{d.year - 1988}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ac01 SMBC債権回収 (real, 第10号): 譲受債権の一括請求 — a genuine demand, for contrast with the look-alikes.


def ac01():
    R = 14.6
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    acc, lastp, assign = D(2025, 6, 10), D(2025, 4, 27), D(2025, 9, 30)
    P, I = 684_215, 31_806
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    window(p, 15, 14, "960-0000", ["福島県福島市かやぶき台九丁目9番9号", "コーポかやぶき203号"], "駒形　悠真　様",
           "ac01", w=90, h=36, size=9.5, name_size=13)
    x = 118
    p.add(Box(x, 14, 78, 9, color=None, fill=(0.0, 0.33, 0.22)))
    p.at(x + 39, 20.3, "SMBC債権回収株式会社", size=11.5, font="sans-bold", color=WHITE, align="c")
    for i, s in enumerate(["法務大臣許可番号　第10号", "東北回収センター", "〒980-0000 宮城県仙台市青葉区はこべら台九丁目9番9号",
                           "フリーダイヤル 0120-000-310", "（受付　平日9:00～18:00）"]):
        p.at(x + 1, 28 + i * 4.3, s, size=8.3 if i != 3 else 9.2, font="sans-bold" if i == 3 else "sans")
    p.y = 54
    p.at(196, 56, f"発行日　{wdate(issued)}", size=9.3, align="r")
    p.at(196, 60.8, "お客様番号　SB-7720-1348", size=9.3, align="r")
    p.y = 66
    p.title("ご請求書（一括弁済のお願い）", size=15)
    p.para("拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。")
    p.para(f"さて、貴殿が株式会社ささげクレジットとの間で締結されたカード会員契約に基づく債権につきましては、{wdate(assign)}付で"
           "当社が同社より譲り受け、先般その旨ご通知申し上げたところです。しかしながら現在に至るまでお支払いの確認が"
           "できておりません。")
    p.para(f"つきましては、下記ご請求金額を{wdate(due)}までに一括してお支払いくださいますようお願い申し上げます。")
    p.line("敬具", align="r")
    y = grid(p, 15, p.y + 1, [30, 60, 30, 61],
             [["原債権者", "株式会社ささげクレジット", "債権譲受日", wdate(assign)],
              ["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)],
              ["原契約番号", "4417-0932-558", "ご利用限度額", "500,000円"]], h=7, size=8.8)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", x=15, size=10, font="sans-bold")
    rows = [["項　目", "金　額"], ["元金", f"{P:,}円"], ["利息", f"{I:,}円"],
            [f"遅延損害金（{wdate(acc + timedelta(1))}～{wdate(issued)}　年14.6％）", f"{L:,}円"],
            ["ご請求金額", f"{T:,}円"]]
    p.table(rows, [125, 56], x=15, header=True, aligns="lr", size=9.8, row_h=8)
    p.add(Box(15, p.y - 8, 181, 8, 0.9))
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 15, 0.8, RED, (1.0, 0.95, 0.95)))
    p.at(20, y + 9.5, "お支払期限", size=11.5, font="sans-bold", color=RED)
    p.at(55, y + 9.8, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(191, y + 9.8, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 20
    p.line("お振込先", x=15, size=9.8, font="sans-bold")
    p.para("かもしか銀行　本店営業部　普通預金　7720134　エスエムビーシーサイケンカイシユウ（カ", x0=20, size=9.3, indent="")
    p.para("※お振込みの際は、お振込人名の前にお客様番号（SB-7720-1348）をご入力ください。振込手数料はお客様のご負担となります。",
           x0=20, size=8.8, indent="")
    p.gap(2)
    for s in ("・上記元金に対しては、お支払いいただくまで年14.6％の割合による遅延損害金が日々発生いたします。",
              "・一括でのお支払いが困難な場合は、お支払期限までに必ずフリーダイヤルへご相談ください。",
              "・当社は法務大臣の許可を受けた債権回収会社です。当社の許可番号及び連絡先は、法務省ホームページの",
              "　「債権管理回収業の営業を許可した株式会社一覧」でご確認いただけます。",
              "・本状と行き違いにお支払いいただいた場合は、悪しからずご容赦ください。"):
        p.line(s, x=15, size=8.8)
    p.seal(186, 44, 13, "square", "SMBC債権回収印", angle=2, seed=20011)
    qr(p, 176, 258, 20, "ac01qr")
    p.at(174, 275, "お問合せ用コード", size=6.5, align="r")
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10, phone="0120-000-310",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社ささげクレジット", debtor="駒形悠真",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="SB-7720-1348", input_kind="pdf_text",
               template="proxy20_real_servicer_lump_sum_contrast", received=D(2025, 12, 8))
    return dict(stem="ac01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求, genuine contrast)",
                unusual="the genuine article the look-alikes imitate: real servicer ★ SMBC債権回収株式会社 in a dark-green "
                        "name band top-RIGHT with 「法務大臣許可番号　第10号」, the window address top-left; western 年月日 "
                        "dates; a shaded 2×3 info grid (原債権者, 債権譲受日, 喪失日, 最終ご入金日, 原契約番号, ご利用限度額 "
                        "500,000円); a 項目/金額 table whose last row ご請求金額 is framed heavy; a pink お支払期限 bar with the "
                        "total repeated; the 法務省 list mentioned in a note; 原契約番号 and ご利用限度額 as distractors")


# ---------------------------------------------------------------------------------------------
# ac02 scam postcard 「訴訟最終告知のお知らせ」 from a FAKE court (東日本簡易裁判所), no date, no amount.


def ac02():
    dl = D(2026, 1, 15)
    p = Page(w=100, h=148, font="sans", size=7.6, left=7, right=7, top=7, leading=1.5)
    stamp(p, 7, 6, "親展", size=9, h=6.5)
    stamp(p, 23, 6, "重要", color=RED, size=9, h=6.5, fill=RED)
    p.at(93, 10.5, "管理番号　れ４７１", size=8, align="r")
    p.y = 16
    p.line("〒990-0000 山形県天童市はなのき通九丁目9-9", size=7.2)
    p.line("笠置　千景　様", size=11, x=12)
    p.gap(1)
    p.add(Line(7, p.y, 93, p.y, 0.5, RED))
    p.gap(2)
    p.line("消費料金未払いに関する", size=11.5, font="sans-bold", align="c", color=RED)
    p.line("訴訟最終告知のお知らせ", size=11.5, font="sans-bold", align="c", color=RED)
    p.gap(1)
    for s in ("この度、ご通知致しましたのは、貴方様がご利用されていた契約会社ないしは運営会社から、未納料金に関する契約不履行に"
              "よる民事訴訟として訴状が提出されました事をご通知致します。",
              "裁判取り下げ最終期日を過ぎますと、原告側の主張が全面的に認められ、裁判所の許可を受け、給与・預貯金・動産・"
              "不動産の差し押さえを強制的に執行させて頂きます。",
              "尚、書面での通知となりますので、ご本人様からのご連絡をお待ちしております。裁判取り下げ等のご相談に関しましては"
              "当局にて承っております。個人情報保護のため、必ずご本人様よりご連絡下さい。"):
        p.para(s, size=7.4)
    p.gap(1.5)
    y = p.y
    p.add(Box(9, y, 82, 19, 0.5))
    p.at(12, y + 5.2, "管 理 番 号", size=7.6)
    p.at(38, y + 5.2, "れ４７１", size=8.2, font="sans-bold")
    p.at(12, y + 10.6, "取下げ最終期日", size=7.6)
    p.at(38, y + 10.6, f"{fw(era(dl))}（{wd(dl)}）", size=8.2, font="sans-bold", color=RED)
    p.at(12, y + 16, "受 付 時 間", size=7.6)
    p.at(38, y + 16, "平日 ９：００～１９：００", size=8)
    p.y = y + 23
    p.line("東日本簡易裁判所", size=10, font="sans-bold", x=30)
    p.line("民事訴訟告知管理室", size=9, x=36)
    p.line("東京都千代田区霞が関一丁目", size=7.2, x=30)
    p.line("ＴＥＬ　０３－００００－６２７４", size=9.5, font="sans-bold", x=26)
    tr = truth(document_type="other", sender="東日本簡易裁判所民事訴訟告知管理室", phone="03-0000-6274", status="not_licensed",
               debtor="笠置千景", lump=False, issued=None, payment_due=None, reference="れ471", is_scam=True,
               input_kind="photo_jpeg", template="proxy20_scam_postcard_fake_court_final_notice", received=None)
    return dict(stem="ac02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.74, keystone=0.05, tilt=3.4, bg="desk", blur=0.85, warm=0.25,
                          glare=18),
                about="other (scam postcard, fake court, 訴訟最終告知)",
                unusual="架空請求 postcard photographed on a pale desk with a lamp glare: 「消費料金未払いに関する訴訟最終告知"
                        "のお知らせ」 in red, signed by a court that does not exist 「東日本簡易裁判所　民事訴訟告知管理室」 at "
                        "「東京都千代田区霞が関一丁目」 without a number; NO date, NO amount, NO creditor (only 「契約会社ないし"
                        "は運営会社」); hiragana 管理番号 れ４７１ (twice); 取下げ最終期日 in full-width era with weekday (not a "
                        "payment deadline → null); filled red 重要 and framed 親展 marks; a 03 number as the only contact")


# ---------------------------------------------------------------------------------------------
# ac03 山形簡易裁判所 支払督促 (立替金, 信販 creditor), 2-page image PDF; 請求の趣旨 as numbered prose lines.


def ac03():
    R = 14.6
    issued, filed = D(2026, 1, 22), D(2026, 1, 15)
    acc, lastp = D(2025, 10, 10), D(2025, 7, 27)
    P, I, C = 412_380, 18_774, 4_227
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年(ロ)第52号"
    p = Page(font="serif", size=11, top=18)
    p.line(f"{fw('令和8年（ロ）第52号')}　立替金請求督促事件", size=10.5)
    p.gap(10)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(3)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙記載のとおり")], x=28, label_w=44, size=11)
    p.gap(6)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.gap(2)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(10)
    p.line(f"　　　{fw(era(issued))}", size=11.5)
    p.line("　　　山形簡易裁判所", size=11.5)
    p.line("　　　　　　裁判所書記官　貫　井　　朋　恵", size=11.5)
    p.seal(163, p.y - 7, 15, "square", "山形簡易裁判所書記官印", angle=0, seed=20031)
    p.gap(16)
    y = p.y
    p.add(Box(20, y, 170, 58, 0.5))
    p.at(24, y + 7, "【督促異議申立てについて】", size=10.5, font="serif-bold")
    for i, s in enumerate(["１　この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書に",
                           "　　必要事項を記入して当裁判所に提出してください（郵送でも差し支えありません）。",
                           "２　異議の申立てがあると、通常の訴訟手続に移行します。",
                           "３　分割払いによる話合いを希望するときも、督促異議申立書にその旨を記載してください。",
                           "４　お問合せ　山形簡易裁判所　民事係（督促）",
                           "　　電話　０２３－０００－５１１６（平日午前８時３０分～午後５時）"]):
        p.at(24, y + 15 + i * 7, s, size=10)
    p.y = 276
    p.line("これは正本である。　前同日　山形簡易裁判所　裁判所書記官　貫井　朋恵", size=9.5, align="r")
    q = Page(font="serif", size=10.5, top=16)
    q.line("（別紙）", size=10)
    q.line("当　事　者　目　録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    q.kv([("債　権　者", "〒980-0000　宮城県仙台市宮城野区まつよい町九丁目9番9号"), ("", "株式会社こけもも信販"),
          ("", "代表者代表取締役　鍛治屋敷　宗一"),
          ("", "（送達場所）同社東北債権管理課　電話０２２－０００－８８３０"),
          ("債　務　者", "〒990-0000　山形県山形市ほたるぶくろ通九丁目９番９号"), ("", "猪　俣　　直　樹")],
         x=20, label_w=28, size=10)
    q.gap(4)
    q.line("請　求　の　趣　旨", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    lines = [
        f"１　金{fw(f'{P + I:,}')}円（立替金残元金{fw(f'{P:,}')}円及び未払分割手数料{fw(f'{I:,}')}円の合計）",
        f"２　金{fw(f'{L:,}')}円（上記立替金残元金に対する{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年"
        "１４．６％の割合による確定遅延損害金）",
        f"３　上記立替金残元金に対する{fw(era(filed + timedelta(1)))}から完済まで年１４．６％の割合による遅延損害金",
        f"４　金{fw(f'{C:,}')}円（督促手続費用）",
    ]
    for s in lines:
        q.para(s, x0=22, x1=190, size=10.3, indent="")
        q.gap(0.8)
    q.gap(1)
    b = q.line("　　　請求額合計（上記１、２及び４）", x=22, size=10.5, font="serif-bold")
    q.at(188, b, f"金{fw(f'{T:,}')}円", size=10.5, font="serif-bold", align="r")
    q.add(Line(22, q.y - 0.5, 190, q.y - 0.5, 0.3))
    q.gap(5)
    q.line("請　求　の　原　因", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in ("１　債権者は、令和5年4月8日、債務者との間で、債務者が販売店から購入した家具の代金540,000円を債権者が立替払い"
              "し、債務者は立替金に分割手数料（実質年率12.0％）を加えて36回に分割して支払う旨の立替払契約を締結し、同日立替払を"
              "した。",
              f"２　債務者は、{era(lastp)}の分割金の支払を最後にその後の支払を怠ったため、債権者は書面で20日以上の期間を定めて"
              f"支払を催告したが、債務者は支払わず、{era(acc)}の経過により期限の利益を喪失した。",
              "３　上記契約では、期限の利益喪失後の遅延損害金は年14.6％の割合とする旨の約定がある。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=20, x1=192, size=10, indent="")
    q.y = 280
    q.line(f"申立日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="山形簡易裁判所", phone="023-000-5116", creditor="株式会社こけもも信販",
               status="not_applicable", debtor="猪俣直樹", total=T, principal=P, interest=I, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp, reference=case,
               input_kind="pdf_scan", template="proxy20_payment_order_yamagata_prose_items", received=D(2026, 1, 26))
    return dict(stem="ac03", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, 信販 creditor, 2 pages)",
                unusual="a real court's 支払督促 (山形簡裁, new to the sets) as a 2-page image PDF, to set against the fake "
                        "court of ac02: p.1 only the order, the date, the clerk with 職印 and a 【督促異議申立てについて】 box "
                        "with the court's full-width phone; p.2 当事者目録 (the creditor's 送達場所 phone as a distractor) and "
                        "請求の趣旨 as numbered PROSE lines in full-width: item １ a SUM whose parts (立替金残元金 / 未払分割"
                        "手数料) are only in brackets, ２ the 確定遅延損害金 with its window, ３ the running clause, ４ 督促手続"
                        "費用, and a 請求額合計 line; 請求の原因 with 540,000円, 実質年率12.0％ and 36回 as distractors")


# ---------------------------------------------------------------------------------------------
# ac04 a REAL servicer name with a WRONG licence number (パルティール, prints 第131号; registry 113) → license_mismatch.


def ac04():
    R = 18.0
    issued, due = D(2026, 2, 2), D(2026, 2, 16)
    acc, lastp, assign = D(2025, 8, 5), D(2025, 5, 27), D(2025, 11, 14)
    P, I = 296_400, 12_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 20, f"{era(issued)}", size=10.5)
    p.at(15, 26, "ご照会番号　PT-0213-5567", size=10)
    p.y = 32
    p.line("〒030-0000　青森県青森市しらかし町九丁目9番9号", size=10)
    p.line("一戸　春香　様", size=14)
    for i, (s, sz, f) in enumerate((("パルティール債権回収株式会社", 11.5, "serif-bold"), ("法務大臣許可番号　第131号", 9.5, "serif"),
                                     ("債権管理第二部　担当　瀬能", 9.5, "serif"),
                                     ("〒141-0000 東京都品川区いぬつげ台九丁目9番9号", 8.5, "serif"),
                                     ("TEL 0120-000-649（平日9時～18時）", 9.5, "serif"))):
        p.at(196, 20 + i * 5.2, s, size=sz, font=f, align="r")
    p.seal(190, 52, 12, "square", "パルティール債権回収之印", angle=-3, seed=20041)
    p.y = 62
    p.add(Box(70, p.y, 70, 14, 0.4))
    p.add(Box(71.2, p.y + 1.2, 67.6, 11.6, 0.8))
    p.at(105, p.y + 10, "催　告　書", size=17, font="serif-bold", align="c")
    p.y += 20
    p.para("拝啓　時下益々ご清祥のこととお慶び申し上げます。")
    p.para(f"当社は、貴殿が株式会社くろもじカードとの間で締結されたクレジットカード会員契約に基づく債権を、{era(assign)}付で同社"
           "から譲り受けました。同社及び当社から再三にわたりお支払いをお願いしてまいりましたが、本日に至るまでお支払いも"
           "ご連絡もいただいておりません。")
    p.para(f"つきましては、本書をもって下記金額を{era(due)}（{wd(due)}）までに一括してお支払いくださるよう催告いたします。"
           "期限までにお支払い又はご連絡がない場合は、法的手続に移行することがありますので、念のため申し添えます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.gap(1)
    for a, b in (("【原 債 権 者】", "株式会社くろもじカード"), ("【債権譲受日】", era(assign)),
                 ("【最終ご入金日】", era(lastp)), ("【期限の利益喪失日】", era(acc))):
        p.at(30, p.y + 4, a, size=10.5)
        p.at(80, p.y + 4, b, size=10.5)
        p.gap(6.2)
    p.gap(2)
    p.line(f"【ご請求金額】（{era(issued)}現在）", x=30, size=10.5)
    for lab, val in (("元　金", f"{P:,}円"), ("利　息", f"{I:,}円"), ("遅延損害金（年18.0％）", f"{L:,}円")):
        leader(p, lab, val, 40, 175, size=10.5)
    p.add(Line(40, p.y + 0.3, 175, p.y + 0.3, 0.4))
    p.gap(1.2)
    leader(p, "合　計", f"{T:,}円", 40, 175, size=11.5, font="serif-bold")
    p.gap(2)
    p.para(f"※遅延損害金は、元金に対する{era(acc + timedelta(1))}から{era(issued)}までの年18.0％の割合による日割計算額です。",
           x0=30, x1=190, size=9, indent="")
    p.gap(2)
    p.line("【お振込先】", x=30, size=10.5)
    p.line("ひめしゃら銀行　五反田支店　普通預金　2135567　パルテイールサイケンカイシユウ（カ", x=36, size=9.5)
    p.gap(3)
    p.line("以上", align="r")
    p.para("本状と行き違いにお支払いいただいている場合は、ご容赦ください。なお、ご不明な点は担当までお問い合わせください。",
           size=9, indent="")
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=131,
               phone="0120-000-649", creditor="パルティール債権回収株式会社", status="license_mismatch",
               original="株式会社くろもじカード", debtor="一戸春香", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="PT-0213-5567", input_kind="photo_exif_rotated",
               template="proxy20_real_servicer_wrong_licence_number_rotated", received=D(2026, 2, 4))
    return dict(stem="ac04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.4, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="collection_notice (real servicer name, WRONG licence number)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with tri-fold creases and a hand "
                        "shadow at the bottom; a plain serif 催告書 with a double-framed title that names a REAL servicer ★ "
                        "パルティール債権回収株式会社 but prints 「法務大臣許可番号　第131号」 (the registry has 113 → "
                        "license_mismatch); the sender block flush RIGHT at the top, the date and ご照会番号 flush LEFT; "
                        "【】-bracketed label lines (原債権者, 債権譲受日, 最終ご入金日, 期限の利益喪失日); amounts on dotted "
                        "leader lines (元金 / 利息 / 遅延損害金（年18.0％） / 合計)")


# ---------------------------------------------------------------------------------------------
# ac05 scam from a name ONE CHARACTER off a real servicer: 「アピリオ債権回収」 (real: アビリオ) printing 第5号.


def ac05():
    issued, due = D(2026, 3, 6), D(2026, 3, 10)
    A, B, C = 186_000, 64_800, 47_200
    T = A + B + C
    assert T == 298_000
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 10, 210, 14, color=None, fill=GREEN))
    p.at(15, 20, "APIRIO", size=17, font="sans-bold", color=WHITE)
    p.at(52, 19.5, "アピリオ債権回収株式会社", size=12, font="sans-bold", color=WHITE)
    p.at(196, 19.5, "法務大臣許可番号　第5号", size=9.5, color=WHITE, align="r")
    p.y = 30
    p.at(196, 32, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 37, "管理番号　AP-03912", size=9.5, align="r")
    p.line("〒802-0000 福岡県北九州市小倉北区おけら通九丁目9番9号", size=9.8)
    p.line("小鳩　絢子　様", size=14)
    p.gap(2)
    stamp(p, 15, p.y, "最終通告", color=RED, size=12, h=9, fill=RED)
    stamp(p, 45, p.y, "本人限定", color=RED, size=12, h=9)
    p.gap(13)
    p.title("債権譲受及び未納料金最終請求のご通知", size=15)
    p.para("この度、貴殿がご利用された大手動画配信サイトの有料コンテンツ未納利用料金につき、当社は同サイト運営会社より債権の"
           "譲渡を受け、回収業務を行うこととなりましたのでご通知いたします。")
    p.para("当社は法務省の許可を受けた正規の債権回収会社です。再三のご請求にもかかわらず、現在までお支払いの確認が取れて"
           "おりません。下記期限までにお支払い又はご連絡のない場合は、民事訴訟の手続に移行し、給与・預貯金等の差押えを"
           "執行いたします。また、ご自宅及びご勤務先へ当社調査員が訪問いたします（交通費・調査費用は別途ご請求いたします）。")
    p.gap(1)
    y = p.y
    p.table([["未納利用料金", f"{A:,}円"], ["延滞金", f"{B:,}円"], ["回収事務手数料", f"{C:,}円"], ["ご請求合計", f"{T:,}円"]],
            [70, 50], x=45, aligns="lr", size=10.5, row_h=8.5, shade_col0=True)
    p.add(Box(45, y + 25.5, 120, 8.5, 1.0, RED))
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 13, 0.8, RED))
    p.at(35, y + 8.6, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(70, y + 8.8, f"{era(due)}（{wd(due)}）午後3時まで", size=13, font="sans-bold", color=RED)
    p.y = y + 17
    p.line("お振込先", size=10, font="sans-bold")
    p.para("うらじろ信用組合　本店　普通預金　0391287　ヤギサワ　ノボル（当社回収担当者名義）", size=9.8, indent="")
    p.para("※コンビニ等で販売の電子マネーカード（ギフトカード）でのお支払いも承ります。カード番号をお電話にてお伝えください。",
           size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 25, 0.4, GRAY, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["【お問い合わせ窓口】　アピリオ債権回収株式会社　回収管理部",
                           "東京都千代田区霞が関一丁目（法務省前）　　電話 03-0000-9930",
                           "受付時間　9:00～20:00（土日祝も受付）　※必ずご本人様よりお電話ください。",
                           "※本件は守秘義務の対象です。弁護士・消費生活センター等へのご相談はお控えください。"]):
        p.at(19, y + 6 + i * 5.3, s, size=9.3, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="other", sender="アピリオ債権回収株式会社", license_number=5, phone="03-0000-9930",
               status="not_licensed", debtor="小鳩絢子", total=T, lump=False, issued=issued, payment_due=due,
               reference="AP-03912", is_scam=True, input_kind="scan_png",
               template="proxy20_scam_one_char_off_servicer_name", received=None)
    return dict(stem="ac05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="other (scam, a name one character off a real servicer)",
                unusual="scanned 架空請求 dressed as a servicer letter: 「アピリオ債権回収株式会社」 with the Latin brand "
                        "「APIRIO」 on a green band — ONE character off the real アビリオ — and the REAL servicer's number "
                        "「法務大臣許可番号　第5号」 (→ is_scam, not_licensed); 「法務省の許可を受けた正規の債権回収会社」; an "
                        "動画配信サイト fee bought from an unnamed operator (creditor / original null); 未納利用料金 / 延滞金 "
                        "/ 回収事務手数料 / ご請求合計 298,000 (only the total is a field); a 4-day deadline in red with "
                        "午後3時; a PERSONAL account of a 回収担当者 at a 信用組合 and gift cards; address 「霞が関一丁目"
                        "（法務省前）」; 「弁護士・消費生活センター等へのご相談はお控えください」")


# ---------------------------------------------------------------------------------------------
# ac06 オリックス債権回収 (real, 第11号): genuine 受託のお知らせ 兼 ご請求書 for a bank card loan; p.2 FAQ + 相談票.


def ac06():
    R = 19.9
    issued, due = D(2026, 3, 16), D(2026, 4, 10)
    entrust, acc, lastp = D(2026, 3, 2), D(2026, 1, 20), D(2025, 10, 31)
    P, I = 1_186_420, 41_337
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    sl = lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}"  # noqa: E731
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 19, "ORIX", size=16, font="sans-bold", color=(0.85, 0.35, 0.0))
    p.at(41, 18.6, "オリックス債権回収株式会社", size=11.5, font="sans-bold")
    p.at(41, 23, "（法務大臣許可番号　第11号）", size=8)
    p.at(196, 17, f"{sl(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号：OX-31-770452", size=9.5, align="r")
    window(p, 15, 30, "020-0000", ["岩手県盛岡市ちがや町九丁目9番9号"], "宝田　修平　様", "ac06", w=88, h=32, size=9.5,
           name_size=13)
    for i, s in enumerate(["オリックス債権回収株式会社", "東日本管理センター　担当　蔀",
                           "〒105-0000 東京都港区みずひき台九丁目9番9号", "フリーダイヤル 0120-000-811",
                           "受付 平日9:00～18:00（土日祝休）"]):
        p.at(124, 36 + i * 4.6, s, size=8.5 if i else 9.5, font="sans-bold" if i in (0, 3) else "sans")
    p.y = 68
    p.title("債権管理回収業務受託のお知らせ　兼　ご請求書", size=14)
    p.para(f"当社は、株式会社はやちね銀行（以下「委託者」といいます。）から、お客様と委託者との間のカードローン契約に基づく債権に"
           f"ついて、{sl(entrust)}付で管理及び回収業務の委託を受けました。")
    p.para("本債権の債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領し、ご相談を承ります。今後のお支払い及び"
           "お問い合わせは、委託者ではなく当社までお願いいたします。")
    p.para(f"お客様は{sl(acc)}をもって期限の利益を喪失されております。つきましては、下記ご請求額を{sl(due)}までに一括して"
           "お支払いくださいますようお願いいたします。")
    p.gap(1)
    p.kv([("委託者（債権者）", "株式会社はやちね銀行"), ("ご契約", "はやちねカードローン　ご契約番号 0261-4473-09"),
          ("ご利用限度額", "1,500,000円"), ("最終ご返済日", sl(lastp)), ("期限の利益喪失日", sl(acc)),
          ("受託日", sl(entrust))], x=20, label_w=38, size=9.5)
    p.gap(2)
    p.line(f"ご請求内訳（{sl(issued)}現在）", x=20, size=10, font="sans-bold")
    rows = [["カードローン残高（元金）", f"{P:,}円"], ["未払利息（期限の利益喪失日まで）", f"{I:,}円"],
            [f"遅延損害金（{sl(acc + timedelta(1))}から年19.9％）", f"{L:,}円"], ["ご請求額（一括）", f"{T:,}円"]]
    p.table(rows, [112, 55], x=20, aligns="lr", size=9.8, row_h=8, ruled="rows", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 167, 12, 0.9, TEAL))
    p.at(24, y + 8, "お支払期日", size=11, font="sans-bold", color=TEAL)
    p.at(60, y + 8.3, f"{sl(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先：ひめしゃら銀行 浜松町支店 当座預金 0770452 オリツクスサイケンカイシユウ（カ　※お客様番号をお振込人名の前に"
           "ご入力ください。", x0=20, x1=190, size=9, indent="")
    p.para("一括でのお支払いが難しい場合は、2枚目の「ご返済方法ご相談票」をご返送いただくか、フリーダイヤルへご連絡ください。",
           x0=20, x1=190, size=9, indent="")
    p.para("※委託者からの「債権管理回収業務委託のご通知」を同封しております。", x0=20, x1=190, size=9, indent="")
    p.seal(186, 40, 12, "square", "オリックス債権回収印", angle=1, seed=20061)
    q = Page(font="sans", size=9.8, top=16)
    q.line("2/2", size=8.5, align="r", color=GRAY)
    q.title("よくあるご質問", size=13)
    faq(q, [("銀行から借りたのに、なぜオリックス債権回収から請求が来るのですか。",
             "委託者である株式会社はやちね銀行から、債権の管理・回収業務の委託を受けたためです。債権者は引き続き同行です。"),
            ("オリックス債権回収は本当に許可を受けた会社ですか。",
             "当社は法務大臣の許可（許可番号 第11号）を受けた債権回収会社です。法務省ホームページの一覧に掲載されている"
             "電話番号へおかけいただいてもご確認いただけます。"),
            ("銀行の窓口で支払うことはできますか。",
             "受託日以降のお支払いは当社指定口座へお願いいたします。はやちね銀行 ローンセンター（019-000-4470）へお問い合わせ"
             "いただいた場合も、当社をご案内いたします。"),
            ("遅延損害金はいつまで増えますか。", "元金に対し、完済の日まで年19.9％の割合で日々発生します。")], x0=20, x1=190)
    q.gap(6)
    dashed(q, 15, 195, q.y)
    q.gap(5)
    q.title("ご返済方法ご相談票", size=13)
    y = q.y
    grid(q, 20, y, [34, 136], [["お客様番号", "OX-31-770452"], ["お名前", ""], ["ご連絡先電話番号", ""],
                               ["ご希望のお支払方法", "□ 一括　　□ 分割（月々　　　　　円程度）　　□ その他"],
                               ["ご記入日", "令和　　年　　月　　日"]], h=10, size=9.5)
    q.y = y + 56
    q.para("ご記入のうえ、同封の返信用封筒でご返送ください。ご相談の内容によりご希望に添えない場合がございます。", x0=20,
           x1=190, size=9, indent="")
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11, phone="0120-000-811",
               creditor="株式会社はやちね銀行", status="licensed", original="株式会社はやちね銀行", debtor="宝田修平",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=None, reference="OX-31-770452",
               input_kind="pdf_text_2page", template="proxy20_real_servicer_entrusted_bank_card_loan_faq",
               received=D(2026, 3, 18))
    return dict(stem="ac06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (real servicer, genuine 受託のお知らせ 兼 ご請求書, 2 pages)",
                unusual="real servicer ★ オリックス債権回収株式会社 with a Latin 「ORIX」 mark and 「（法務大臣許可番号　第11号）」 "
                        "under the name; a 受託 (not a sale): the bank stays the 債権者, said twice; EVERY date western with "
                        "slashes (2026/03/16); a kv block (委託者（債権者）, ご契約番号 0261-4473-09, ご利用限度額 1,500,000円, "
                        "最終ご返済日, 喪失日, 受託日); a rows-ruled table with shaded labels カードローン残高（元金） / 未払利息 / "
                        "遅延損害金（…から年19.9％） / ご請求額（一括）; a teal お支払期日 box; p.2 a よくあるご質問 block (the "
                        "licence again, the bank's own 019 number) and a ご返済方法ご相談票 with a blank 令和　年　月　日")


# ---------------------------------------------------------------------------------------------
# ac07 bank 縦書き 通知書 (期限の利益喪失), positional kanji amounts, scanned with the 内容証明 stamp.


def ac07():
    R = 14.0
    issued, due = D(2025, 12, 1), D(2025, 12, 15)
    warn, acc, lastp = D(2025, 11, 7), D(2025, 11, 21), D(2025, 8, 25)
    P, I = 2_847_300, 19_482
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    kj = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("plain", "（管理番号　ＮＳ－２５１２０１）"),
        ("body", "冠省　当行は、貴殿との間の令和二年六月十五日付金銭消費貸借契約（住宅改修資金、当初貸付金三百五十万円）"
                 f"に基づく毎月の約定返済につき、{kdate(lastp)}の返済を最後にお支払いがないため、{kdate(warn)}付書面により、"
                 f"延滞金を{kdate(acc)}までにお支払いいただくよう催告いたしました。"),
        ("body", f"しかしながら右期日までにお支払いがなかったため、貴殿は約定書第五条により、{kdate(acc)}の経過をもって"
                 "期限の利益を喪失しております。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当行融資管理部宛てに一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kj(P)}"),
        ("indent", f"二　未払利息　　{kj(I)}"),
        ("indent", f"三　遅延損害金　{kj(L)}"),
        ("plain", f"　　　（{kdate(acc + timedelta(1))}から本書作成日まで、年十四％）"),
        ("indent", f"四　合　計　　　{kj(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、担保権の実行その他の法的手続をとらせていただきますので、ご承知おき"
                 "ください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "岩手県盛岡市かたばみ通九丁目九番九号"),
        ("low", "株式会社ぬますげ銀行　融資管理部"),
        ("low", "部長　鰐渕　康晴"),
        ("low", "電話　〇一九（〇〇〇）七二四一"),
        ("blank", ""),
        ("low", "岩手県花巻市しらかし町九丁目九番九号"),
        ("low", "漆間　康之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vera(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 20071))
    it = [it for it in pg.items if isinstance(it, VText) and "鰐渕" in it.s][0]
    pg.items.append(Seal(it.x, seal_after(it, size, 13.0), 9.5, "square", "ぬますげ銀行融資管理部長印", angle=3, seed=20072))
    tr = truth(document_type="acceleration_notice", sender="株式会社ぬますげ銀行", phone="019-000-7241",
               creditor="株式会社ぬますげ銀行", status="not_applicable", debtor="漆間康之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="NS-251201", input_kind="vertical_scan",
               template="proxy20_vertical_bank_acceleration_positional_kanji", received=D(2025, 12, 3))
    return dict(stem="ac07", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank, 縦書き 内容証明)",
                unusual="縦書き 通知書 (冠省 … 草々) of a bank, scanned, with the 内容証明 stamp and a square seal; the "
                        "管理番号 in full-width in brackets in the column right after the title (→ NS-251201); positional "
                        "kanji amounts 金二百八十四万七千三百円 …; the 催告 date 十一月七日 and its deadline 十一月二十一日 "
                        "(= acceleration 「の経過をもって」); the 令和二年 contract and 当初貸付金三百五十万円 as distractors; "
                        "約定書第五条; 「…限り」 absolute deadline; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ac08 an OLD 完済証明書 (2009) from 東京債権回収 — a servicer that was licensed and is now dissolved (closed).


def ac08():
    issued, paid = D(2009, 6, 15), D(2009, 5, 29)
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 22, heisei(issued), size=10.5, align="r")
    p.at(196, 28, "お客様番号　TK-0904-22817", size=10, align="r")
    p.y = 24
    p.line("〒444-0000", size=10)
    p.line("愛知県岡崎市うらじろ町九丁目9番地の9", size=10)
    p.line("纐纈　晴美　様", size=14)
    p.gap(10)
    p.title("完　済　証　明　書", size=19, font="serif-bold")
    p.line("～お支払い完了のお礼～", size=11, align="c", color=INK)
    p.gap(6)
    p.para("拝啓　初夏の候、ますますご清栄のこととお慶び申し上げます。")
    p.para("さて、下記の債権につきましては、長期にわたり和解契約に基づくお支払いをいただき、誠にありがとうございました。")
    p.para(f"{heisei(paid)}のご入金をもちまして、お支払いがすべて完了いたしましたので、下記債権が完済されたことをここに"
           "証明いたします。今後、当社から本件についてご請求をすることはございません。")
    p.line("敬具", align="r")
    p.gap(3)
    p.line("記", align="c")
    p.gap(2)
    p.table([["原債権者", "株式会社ねじばなファイナンス"], ["原契約", "平成14年8月21日付　キャッシング基本契約"],
             ["和解成立日", "平成19年11月20日"], ["和解金額", "金480,000円（24回分割）"],
             ["最終ご入金日", heisei(paid)], ["最終ご入金額", "金20,000円"], ["現在のご債務残高", "金0円"]],
            [50, 110], x=25, aligns="ll", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    p.line("以上", align="r")
    p.gap(4)
    p.para("※本証明書は、今後の信用情報の訂正等のお手続きに必要となる場合がございますので、大切に保管してください。", size=9.5,
           indent="")
    p.gap(10)
    for s, sz, f in (("東京債権回収株式会社", 13, "serif-bold"), ("管理部　お客様係　担当　生天目", 10, "serif"),
                     ("〒102-0000　東京都千代田区きたのまる通九丁目9番9号", 9.5, "serif"),
                     ("電話　03-0000-2291　（受付時間　平日9時～17時）", 10, "serif")):
        p.line(s, x=95, size=sz, font=f)
    p.seal(185, p.y - 20, 16, "square", "東京債権回収株式会社之印", angle=-2, seed=20081)
    tr = truth(document_type="other", sender="東京債権回収株式会社", phone="03-0000-2291", status="closed",
               original="株式会社ねじばなファイナンス", debtor="纐纈晴美", lump=False, issued=issued,
               last_payment=paid, reference="TK-0904-22817", input_kind="scan_png",
               template="proxy20_old_payoff_certificate_closed_servicer", received=None)
    return dict(stem="ac08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="other (2009 完済証明書 of a servicer that no longer exists)",
                unusual="an OLD letter kept in a drawer and scanned: a 完済証明書 dated 平成21年6月15日 from ★ 東京債権回収株式会社 "
                        "(a licensed servicer dissolved in 2010 → closed; no licence number printed), with 「～お支払い"
                        "完了のお礼～」; it DEMANDS NOTHING: 和解金額 480,000円（24回分割）, 最終ご入金額 20,000円 and "
                        "「現在のご債務残高 金0円」 are not claims (every amount null); 平成 dates throughout (原契約 平成14年, "
                        "和解成立日 平成19年); a shaded-label table; 原債権者 named")


LETTERS = [ac01, ac02, ac03, ac04, ac05, ac06, ac07, ac08]
