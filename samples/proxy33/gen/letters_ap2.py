"""Proxy set 33, letters ap09–ap16: "odd formats". A 最終通告 on pink paper, a law office's fax whose cover sheet
and letter are one page, a 簡裁 支払督促 and a 仮執行宣言付支払督促 (A4: court papers never change size), a postcard
whose back carries only tiny print, a 内容証明 in the post office's 20字×26行 grid, a 縦書き joint 債権譲渡通知 on a
B5 ruled letter pad and a scam postcard held in the hand."""

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
    stamp,
    truth,
    vcheck,
    vgrid,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import PT_MM, Seal, Text, VText

fw = fullwidth
PINK = (0.99, 0.84, 0.88)
WINE = (0.55, 0.05, 0.15)
PLUM = (0.38, 0.12, 0.42)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ap09 real servicer アルファ債権回収: 最終通告書 printed on PINK paper; iPhone HEIC.


def ap09():
    R = 18.0
    issued, due = D(2026, 3, 24), D(2026, 4, 3)
    acc, lastp, asg = D(2025, 5, 15), D(2025, 2, 27), D(2025, 9, 30)
    P, I = 845_300, 31_207
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 297, color=None, fill=PINK))
    p.add(Box(10, 10, 190, 277, 1.2, RED))
    p.add(Box(12, 12, 186, 273, 0.4, RED))
    p.at(196 - 4, 20, f"{era(issued)}", size=9.5, align="r")
    p.at(192, 25, "管理番号　AR-3324-0581", size=9.5, align="r")
    p.at(20, 24, "〒950-0000　新潟県新潟市中央区ひよどり坂1-9-9", size=9)
    p.at(24, 33, "鶴来　由加里　様", size=14)
    p.at(105, 52, "最　終　通　告　書", size=26, font="sans-bold", color=RED, align="c")
    p.at(105, 60, "― 本状は当社からの最後のご通知です ―", size=10, color=RED, align="c")
    p.y = 66
    p.para(f"当社は、{era(asg)}付で株式会社はなひるクレジットから貴殿に対する債権を譲り受け、これまで再三にわたり"
           "お支払いをお願いしてまいりましたが、現在に至るまでご入金もご連絡もいただけておりません。", x0=20, x1=190,
           size=10)
    p.para(f"貴殿は{era(acc)}に期限の利益を喪失されておりますので、下記債務全額を{era(due)}（{wd(due)}）までに一括して"
           "お支払いください。", x0=20, x1=190, size=10)
    p.para("期日までにご入金又はご連絡のない場合は、何らの通知なく支払督促の申立て・訴訟の提起等の法的手続に着手いたします。"
           "その結果、給与・預金等の差押えに至ることもございますので、念のため申し添えます。", x0=20, x1=190, size=10)
    p.gap(3)
    y = p.y
    rows = [("元　金", P), ("利　息", I), (f"遅延損害金（年{R:g}％）", L)]
    for i, (a, v) in enumerate(rows):
        p.add(Box(35, y + i * 9, 75, 9, 0.4, RED, WHITE))
        p.add(Box(110, y + i * 9, 65, 9, 0.4, RED, WHITE))
        p.at(39, y + i * 9 + 6.2, a, size=10.5)
        p.at(171, y + i * 9 + 6.2, f"{v:,}円", size=11, align="r")
    y2 = y + 27
    p.add(Box(35, y2, 75, 12, 1.0, RED, (1.0, 0.93, 0.93)))
    p.add(Box(110, y2, 65, 12, 1.0, RED, WHITE))
    p.at(39, y2 + 8.3, "ご請求総額", size=12, font="sans-bold", color=RED)
    p.at(171, y2 + 8.6, f"{T:,}円", size=15, font="sans-bold", align="r")
    p.y = y2 + 15
    p.line(f"（遅延損害金は{era(acc + timedelta(1))}から本状作成日までの日割計算／最終ご入金日 {era(lastp)}）", x=35, size=8.5)
    p.gap(4)
    y = p.y
    p.add(Box(35, y, 140, 16, 1.6, RED, WHITE))
    p.at(40, y + 10.5, "お支払期限", size=12, font="sans-bold", color=RED)
    p.at(170, y + 11, f"{era(due)}（{wd(due)}）", size=16, font="sans-bold", align="r")
    p.y = y + 22
    p.line("お振込先", x=20, font="sans-bold")
    p.line("ゆうちょ銀行　〇一八店（ゼロイチハチ）　当座　0104477　アルフアサイケンカイシユウ（カ", x=24, size=9.5)
    p.line("※お振込の際はご依頼人名の前に管理番号の数字（33240581）をご入力ください。", x=24, size=8.5)
    p.gap(3)
    p.line("ご契約内容", x=20, font="sans-bold")
    for s in ["原債権者　株式会社はなひるクレジット（フリーローン）", "ご契約日　令和2年6月8日　　ご契約額　1,000,000円",
              f"債権譲受日　{era(asg)}"]:
        p.line(s, x=24, size=9.5)
    p.gap(6)
    p.add(Line(20, p.y, 190, p.y, 0.3, RED))
    p.gap(3)
    for s, sz, f in [("アルファ債権回収株式会社　新潟オフィス", 11, "sans-bold"), ("〒950-0000 新潟県新潟市中央区かけす坂2-3-1", 9, "sans"),
                     ("TEL 025-000-1017（平日 9:00～18:00）　担当　羽咋", 9.5, "sans"), ("法務大臣許可番号　第101号", 9.5, "sans")]:
        p.line(s, x=20, size=sz, font=f)
    p.add(Seal(172, p.y - 12, 16, "square", "アルファ債権回収之印", angle=-3, seed=33091))
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="025-000-1017", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社はなひるクレジット", debtor="鶴来由加里", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AR-3324-0581", input_kind="photo_heic", template="proxy33_servicer_final_notice_pink_paper",
               received=D(2026, 3, 26))
    return dict(stem="ap09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.2, creases=2, fill=0.85, blur=0.9, glare=24, warm=0.3),
                about="collection_notice (real servicer, 最終通告書 on pink paper)",
                unusual="a 最終通告書 printed on PINK paper inside a red double frame, photographed as an iPhone HEIC on a "
                        "dark cloth with tri-fold creases and a lamp glare: red 26 pt title, the amounts in WHITE boxes on "
                        "the pink (元金 / 利息 / 遅延損害金（年18％） / ご請求総額), the total again only as ご請求総額, a white "
                        "お支払期限 box; the 差押え threat; a ゆうちょ 〇一八店 account and the 8-digit transfer code; real "
                        "servicer ★ アルファ債権回収株式会社 「法務大臣許可番号　第101号」 at the bottom; ご契約日 令和2年 and "
                        "ご契約額 1,000,000 as distractors")


# ---------------------------------------------------------------------------------------------
# ap10 law office: the FAX cover sheet and the demand are ONE page (top: 送信票, bottom: ご通知).


def ap10():
    R = 20.0
    issued, due = D(2025, 11, 21), D(2025, 12, 5)
    acc, lastp = D(2025, 8, 20), D(2025, 5, 20)
    P, I = 274_615, 6_930
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=9.5, top=12)
    p.at(105, 20, "ＦＡＸ送信票", size=16, font="sans-bold", align="c")
    p.y = 26
    p.table([["宛　先", "蛭子　正臣　様（FAX 0138-00-7763）"],
             ["送信元", "燕昇司法律事務所　弁護士　燕昇司　章／鷹箸　玲奈"],
             ["送信日時", f"{fw(era(issued))}　午後２時１５分"],
             ["枚　数", "本票を含め　１　枚"],
             ["件　名", "ご通知（株式会社ざくろ坂ファイナンスの件）"]],
            [30, 151], x=15, size=9.5, row_h=8, aligns="ll", shade_col0=True)
    p.gap(1)
    p.line("※本ＦＡＸがお手元に届かない場合や誤送信の場合は、お手数ですが当事務所までご連絡ください。", x=15, size=7.8)
    p.add(Line(15, p.y + 1, 196, p.y + 1, 0.8))
    p.add(Line(15, p.y + 2.2, 196, p.y + 2.2, 0.3))
    p.gap(6)
    p.title("ご　通　知", size=14)
    p.at(196, p.y, "当事務所事件番号　R7-EN-0458", size=8.5, align="r")
    p.gap(4)
    p.para("当職らは、株式会社ざくろ坂ファイナンス（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
           "ご通知いたします。", size=9.5)
    p.para(f"貴殿は、通知人との金銭消費貸借契約に基づく返済を{era(lastp)}を最後に怠り、{era(acc)}に期限の利益を喪失"
           "しました。つきましては、下記金員を" + f"{era(due)}限り、下記預り金口座へお振込みください。", size=9.5)
    p.para("期限までにお支払い又はご連絡がない場合には、通知人の指示により、訴訟提起等の法的手続をとることになります。"
           "なお、今後のご連絡は通知人ではなく当事務所へお願いいたします。", size=9.5)
    p.gap(1)
    p.line("記", align="c")
    for lab, v in [("１　残元金", P), ("２　未払利息", I), (f"３　遅延損害金（{era(acc + timedelta(1))}から本日まで年{R:g}％）", L),
                   ("　　　合　計", T)]:
        y = p.y + 9.5 * PT_MM
        p.add(Text(25, y, lab, 9.5, "sans"))
        p.add(Text(180, y, f"金{v:,}円", 9.5, "sans-bold" if "合" in lab else "sans", "r"))
        p.add(Line(25, y + 1.2, 180, y + 1.2, 0.15, GRAY))
        p.gap(6.3)
    p.gap(1)
    p.line("【お振込先】　えぞにう銀行　札幌中央支店　普通　2045813", x=25, size=9)
    p.line("　　　　　　　弁護士燕昇司章預り金口（ベンゴシエンシヨウジアキラアズカリキングチ）", x=25, size=9)
    p.gap(3)
    for s in ["〒060-0000　北海道札幌市中央区きびたき通8丁目8番地", "ときわビル5階", "燕昇司法律事務所（札幌弁護士会）",
              "通知人代理人　弁護士　燕昇司　章", "同　　　　　　弁護士　鷹箸　玲奈",
              "TEL 011-000-5127　　FAX 011-000-5128"]:
        p.line(s, x=100, size=9)
    p.add(Seal(186, p.y - 17, 11, "square", "弁護士燕昇司", angle=4, seed=33101))
    tr = truth(document_type="collection_notice", sender="燕昇司法律事務所", phone="011-000-5127",
               creditor="株式会社ざくろ坂ファイナンス", status="not_applicable", debtor="蛭子正臣", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="R7-EN-0458", input_kind="fax_tiff",
               template="proxy33_law_office_fax_cover_and_demand_one_page", received=issued)
    return dict(stem="ap10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:15 ENSHOJI LAW 011-000-5128",
                about="collection_notice (law office for a consumer lender, fax cover and demand on one page)",
                unusual="ONE fax page that is both the ＦＡＸ送信票 (a shaded-label table: 宛先 with the debtor's OWN fax "
                        "number, 送信元 with two lawyers, 送信日時 in full-width era with 午後２時１５分, 枚数 「本票を含め　１　"
                        "枚」, 件名 naming the client) and, under a double rule, the ご通知: 通知人 = the client, last payment "
                        "and 喪失 in the prose, the due date 「…限り」 in the prose only, a 記 list with hairlines and "
                        "金…円 flush right, the damage window and rate inside the label; a 預り金口 account; the office "
                        "block with TEL / FAX on one line; 当事務所事件番号 right of the title")


# ---------------------------------------------------------------------------------------------
# ap11 松本簡裁 支払督促 (A4, one page), card company creditor; scanned.


def ap11():
    R = 14.6
    issued, filed = D(2026, 5, 12), D(2026, 4, 28)
    acc, lastp = D(2025, 11, 17), D(2025, 8, 27)
    P, I, C = 392_100, 8_765, 3_820
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和8年（ロ）第605号"
    p = Page(font="serif", size=10.2, top=14)
    p.at(196, 18, fw(case), size=10.5, align="r")
    p.title("支　払　督　促", size=17)
    p.table([["債　権　者", "長野県長野市まひわ台一丁目７番５号　株式会社汐入カード　代表者代表取締役　帆苅　洋一"],
             ["（送達場所）", "同所　同社債権管理部　電話０２６－０００－６０５１"],
             ["債　務　者", "長野県松本市おなが台三丁目１１番４号　樫　葉　真　琴"]],
            [30, 151], x=15, size=9, row_h=8, aligns="ll", ruled="rows")
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(2)
    p.line("請求の趣旨", x=15, font="serif-bold")
    rows = [["１", "元金", f"{P:,}円"], ["２", "利息", f"{I:,}円"],
            ["３", f"確定遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで年１４．６％）", f"{L:,}円"],
            ["４", "督促手続費用", f"{C:,}円"], ["", "合計", f"{T:,}円"]]
    p.table(rows, [9, 139, 33], x=15, size=9, row_h=7.5, aligns="clr")
    p.para(f"５　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年１４．６％の割合による遅延損害金",
           x0=17, size=9.5, indent="")
    p.gap(2)
    p.line("請求の原因", x=15, font="serif-bold")
    p.para("１　債権者は、債務者との間で令和元年１０月２日、カード会員契約を締結し、債務者は同契約に基づき別紙利用明細の"
           "とおりショッピング及びキャッシングを利用した（利用限度額３０万円）。", x0=17, size=9.5, indent="")
    p.para(f"２　債務者は、{fw(era(lastp))}の支払を最後に支払を怠り、債権者は催告を経て{fw(era(acc))}、債務者に"
           "期限の利益を喪失させた。", x0=17, size=9.5, indent="")
    p.para(f"３　申立日　{fw(era(filed))}", x0=17, size=9.5, indent="")
    p.gap(3)
    p.line(fw(era(issued)), x=190, align="r")
    p.line("松本簡易裁判所", x=190, align="r")
    p.line("裁判所書記官　杵　渕　紀　子", x=190, align="r")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 27, 0.4))
    p.at(18, y + 5.5, "（注意）", size=9.5, font="serif-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を当裁判所に",
                           "提出してください。異議を申し立てないと、債権者の申立てにより仮執行宣言が付され、強制執行を受ける",
                           "ことがあります。　問合せ先　松本簡易裁判所民事係　電話　０２６３－００－６０５０"]):
        p.at(18, y + 11.5 + i * 5, s, size=8.8)
    tr = truth(document_type="payment_order", sender="松本簡易裁判所", phone="0263-00-6050",
               creditor="株式会社汐入カード", status="not_applicable", debtor="樫葉真琴", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, reference=case, input_kind="scan_png",
               template="proxy33_payment_order_matsumoto_one_page", received=D(2026, 5, 15))
    return dict(stem="ap11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, card company creditor, one page)",
                unusual="a whole 支払督促 of a court not used before (松本簡裁) on ONE scanned A4 page (the court's paper "
                        "stays A4 in a set of odd sizes): the full-width case number alone top-right; the parties as a "
                        "rows-ruled 3-row table with the creditor's 送達場所 phone (distractor); 請求の趣旨 as a 3-column "
                        "ruled table 元金 / 利息 / 確定遅延損害金 (window in full-width) / 督促手続費用 / 合計, and the running "
                        "item ５ below; 利用限度額３０万円 and 令和元年 in the 原因; the 申立日 4/28 ≠ the order date 5/12; the "
                        "注意 box with the court's phone")


# ---------------------------------------------------------------------------------------------
# ap12 豊橋簡裁 仮執行宣言付支払督促 (A4, one page, digital), real servicer creditor.


def ap12():
    R = 14.6
    order, served, issued, filed = D(2026, 1, 20), D(2026, 1, 24), D(2026, 2, 19), D(2026, 1, 9)
    acc, lastp, asg = D(2025, 4, 30), D(2025, 1, 27), D(2025, 7, 31)
    P, I = 655_000, 10_480
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 4_930, 1_124
    T = P + I + L + C1 + C2
    case = "令和8年（ロ）第142号"
    p = Page(font="serif", size=10, top=14)
    p.at(20, 18, f"事件番号　{case}", size=10)
    p.at(190, 18, "正本", size=10, align="r")
    p.y = 24
    p.title("仮執行宣言付支払督促", size=16)
    p.kv([("債権者", "東京都千代田区かけす坂一丁目５番３号　パルティール債権回収株式会社"),
          ("", "代表者代表取締役　柳　楽　隆　弘"),
          ("債務者", "愛知県豊橋市ほおじろ台二丁目８番１号　國　府　田　　実")], x=20, label_w=20, size=9.5)
    p.gap(2)
    p.para(f"上記当事者間の頭書事件について、{era(order)}に発付した支払督促は、{era(served)}債務者に送達されたが、"
           "債務者は法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。",
           size=9.8)
    p.gap(1)
    p.line("請求の趣旨", x=20, font="serif-bold")
    rows = [["項目", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　利息", f"{I:,}"],
            [f"３　確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", f"{L:,}"],
            ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　　計", f"{T:,}"]]
    p.table(rows, [125, 45], x=20, header=True, size=9.5, row_h=7.2, aligns="lr")
    p.para(f"６　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6パーセントの割合による遅延損害金",
           x0=22, size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因", x=20, font="serif-bold")
    for s in ["１　株式会社綾雲ローンは、債務者に対し、平成30年2月5日、金1,000,000円を貸し付けた。",
              f"２　債務者は{era(lastp)}の支払を最後に支払をせず、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　株式会社綾雲ローンは、{era(asg)}、上記貸金債権を債権者に譲渡し、同年8月4日到達の書面で債務者に通知した。",
              f"４　申立日　{era(filed)}"]:
        p.para(s, x0=22, size=9.3, indent="")
    p.gap(3)
    p.line(f"{era(issued)}", x=190, align="r")
    p.line("豊橋簡易裁判所", x=190, align="r")
    p.line("裁判所書記官　鵤　　恭　平", x=190, align="r")
    p.add(Seal(182, p.y + 3, 14, "square", "豊橋簡易裁判所書記官印", angle=2, seed=33121))
    p.gap(12)
    y = p.y
    p.add(Box(20, y, 170, 27, 0.4, (0, 0, 0), (0.95, 0.95, 0.95)))
    p.at(23, y + 5.5, "この書面を受け取った方へ", size=9.5, font="serif-bold")
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てる",
                           "ことができます。異議を申し立てても、強制執行の手続は当然には停止しません。",
                           "問合せ先　豊橋簡易裁判所　電話　0532-00-2218（直通）"]):
        p.at(23, y + 11.5 + i * 5, s, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="豊橋簡易裁判所", phone="0532-00-2218",
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社綾雲ローン", debtor="國府田実",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg, reference=case,
               input_kind="pdf_text", template="proxy33_enforceable_payment_order_toyohashi_one_page",
               received=D(2026, 2, 23))
    return dict(stem="ap12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a 仮執行宣言付支払督促 of a court not used before (豊橋簡裁) on ONE digital A4 page (A4 as every "
                        "court paper): the 支払督促 date 1/20 and its 送達 1/24 in one sentence, the 仮執行宣言 date at the "
                        "foot; 「正本」 top-right; creditor real servicer ★ パルティール債権回収株式会社 (no licence number: "
                        "court paper); a 項目 / 金額（円） table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → "
                        "costs = sum) above 合計 and the running item ６; the 譲渡 and its 通知 到達 8/4 in the 原因; the "
                        "1,000,000 loan of 平成30年 and the 申立日 1/9 as distractors; a shaded 「この書面を受け取った方へ」 box")


# ---------------------------------------------------------------------------------------------
# ap13 invented servicer: a POSTCARD (front = address side, back = message with TINY print); claims nothing.


def ap13():
    issued, move = D(2026, 5, 25), D(2026, 6, 15)
    W, H = 100.0, 148.0
    p = Page(w=W, h=H, font="sans", size=8, left=6, right=6, top=8, leading=1.4)
    p.add(Box(6, 7, 16, 20, 0.3))
    p.at(14, 13, "料金別納", size=6.2, align="c")
    p.at(14, 18, "郵　便", size=6.2, align="c")
    for i, c in enumerate("3300000"):
        p.add(Box(44 + i * 7.2 + (2 if i > 2 else 0), 9, 6, 8.5, 0.35, RED))
        p.at(47 + i * 7.2 + (2 if i > 2 else 0), 15.6, c, size=10, align="c")
    p.at(10, 40, "埼玉県さいたま市浦和区", size=10.5)
    p.at(10, 46, "ほおじろ台五丁目6番6号", size=10.5)
    p.at(20, 66, "桑折　千鶴　様", size=15)
    p.add(Line(6, 112, 94, 112, 0.2, GRAY))
    for i, s in enumerate(["紫雲債権回収株式会社", "〒330-0000 埼玉県さいたま市大宮区かわせみ町1-2-5",
                           "法務大臣許可番号 第252号"]):
        p.at(8, 117 + i * 4.2, s, size=7.5 if i == 0 else 6.3, font="sans-bold" if i == 0 else "sans")
    p.at(8, 132, "このはがきには個人情報が記載されています。宛名のご本人様以外の方が受け取られた場合は、", size=4.6)
    p.at(8, 135, "お手数ですが開封・閲覧せず、そのまま郵便ポストへご投函ください（返送料は当社負担）。", size=4.6)
    p.at(92, 143, "SU-0525-B", size=5, align="r", color=GRAY)
    q = Page(w=W, h=H, font="sans", size=8, left=7, right=7, top=8, leading=1.4)
    q.add(Box(0, 0, W, 22, color=None, fill=PLUM))
    q.at(50, 10, "事務所移転及び", size=11.5, font="sans-bold", color=WHITE, align="c")
    q.at(50, 17, "お振込先変更のお知らせ", size=11.5, font="sans-bold", color=WHITE, align="c")
    q.y = 27
    q.para(f"拝啓　平素は格別のご高配を賜り厚く御礼申し上げます。このたび当社は、{era(move)}（{wd(move)}）より下記へ事務所を"
           "移転いたします。あわせてお振込先口座を変更いたしますので、ご案内申し上げます。", size=8, indent="")
    q.gap(1)
    q.add(Box(7, q.y, 86, 22, 0.5, PLUM))
    yy = q.y + 5
    for s, sz, f in [("新所在地", 7.2, "sans-bold"), ("〒330-0000 さいたま市大宮区あとり町3丁目3番3号", 7.2, "sans"),
                     ("あとりスクエア8階", 7.2, "sans"),
                     ("電話番号（フリーダイヤル）0120-000-252 は変わりません", 7.2, "sans")]:
        q.at(10, yy, s, size=sz, font=f)
        yy += 4.2
    q.y += 25
    q.line("新しいお振込先", x=7, size=8, font="sans-bold")
    q.line("あとり町信用金庫 大宮中央支店 普通 0252517", x=9, size=7.8)
    q.line("口座名義 シウンサイケンカイシユウ（カ", x=9, size=7.8)
    q.gap(1.5)
    tiny = ("【ご注意】旧お振込先（かけす坂銀行 大宮支店 普通 1187200）へのお振込は令和8年6月30日をもって取扱いを終了"
            "します。以後は上記の新しいお振込先をご利用ください。新FAX番号 048-000-2529（旧 048-000-2520）。本はがきは、"
            "事務所移転及び口座変更のご案内であり、新たなご請求を目的とするものではありません。現在のご返済額・ご返済日に"
            "変更はございません。お客様番号 SH-0525-7710（お問い合わせの際にお申し出ください）。お客様のご契約は、当社が"
            "株式会社おおばこローンから譲り受けた債権に係るものです。当社は法務大臣の許可を受けた債権管理回収業者です"
            "（許可番号 第252号）。当社の社員がご自宅で現金をお預かりすることはございません。お問い合わせ受付時間 平日"
            "9:00～17:30。個人情報のお取扱いについては当社ウェブサイトをご覧ください。")
    q.para(tiny, x0=7, x1=93, size=4.8, indent="")
    q.gap(1.5)
    q.line("敬具", x=93, size=7.5, align="r")
    q.at(7, 143, f"{era(issued)}　紫雲債権回収株式会社", size=7)
    tr = truth(document_type="other", sender="紫雲債権回収株式会社", license_number=252, phone="0120-000-252",
               creditor="紫雲債権回収株式会社", status="unverified", original="株式会社おおばこローン", debtor="桑折千鶴",
               lump=False, issued=issued, reference="SH-0525-7710", input_kind="pdf_text_2page",
               template="proxy33_invented_servicer_postcard_move_notice_tiny_print", received=D(2026, 5, 27))
    return dict(stem="ap13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="other (invented servicer, postcard: office move and new bank account, claims nothing)",
                unusual="a POSTCARD (100 × 148 mm) as a 2-page digital PDF: p.1 the ADDRESS side (料金別納, red postcode "
                        "boxes, the sender and 「法務大臣許可番号 第252号」 at the bottom, a 4.6 pt privacy note), p.2 the "
                        "message side: a plum title band 「事務所移転及びお振込先変更のお知らせ」, a framed 新所在地 with the "
                        "unchanged freephone, the new account, then a block of 4.8 pt TINY PRINT holding the お客様番号, the "
                        "原債権者 (株式会社おおばこローン), the old account, old and new FAX numbers, the end date 6/30 of the "
                        "old account and 「新たなご請求を目的とするものではありません」; INVENTED servicer 「紫雲債権回収株式会社」 "
                        "(→ unverified); the only date of the letter at the foot of the back; it demands nothing (every "
                        "amount null)")


# ---------------------------------------------------------------------------------------------
# ap14 credit bank (信用金庫): 縦書き 期限の利益喪失通知 in the post office's 20字×26行 内容証明 grid; digital.


def ap14():
    R = 14.0
    warn, acc, issued, due = D(2025, 12, 19), D(2026, 1, 9), D(2026, 1, 16), D(2026, 1, 30)
    lastp = D(2025, 10, 31)
    P, I = 3_456_780, 42_115
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    paras = [
        (5, "期限の利益喪失通知書"),
        (None, None),
        (1, "貴殿は、当金庫との間の平成三十年六月十一日付金銭消費貸借契約（事業資金）に基づく毎月の分割弁済を、"
            f"{kdate(lastp)}の弁済を最後に怠っております。"),
        (1, f"そこで当金庫は、{kdate(warn)}付催告書をもって、延滞元利金の支払を催告いたしましたが、催告期限である"
            f"{kdate(acc)}までにお支払いがありませんでした。"),
        (1, "よって、貴殿は、同日の経過をもって、信用金庫取引約定書第五条第二項の定めにより期限の利益を喪失しましたので、"
            "本書をもって通知いたします。"),
        (1, f"つきましては、左記の金員を{kdate(due)}限り、当金庫本店営業部へ一括してお支払いください。"),
        (9, "記"),
        (0, f"一、残元金　{kyen(P)}"),
        (0, f"二、未収利息　{kyen(I)}"),
        (0, f"三、遅延損害金　{kyen(L)}"),
        (3, f"（{kdate(acc + timedelta(1))}から本書作成日まで年十四パーセントの割合）"),
        (0, f"四、合計　{kyen(T)}"),
        (15, "以上"),
        (None, None),
        (1, kdate(issued)),
        (2, "山形県米沢市しぎ沢三丁目二番一号"),
        (3, "なぎなみ信用金庫"),
        (3, "理事長　鳰川　宗一"),
        (3, "電話　〇二三八（〇〇）四四一〇"),
        (None, None),
        (2, "山形県米沢市すずめ野四丁目十番十二号"),
        (3, "臼杵　勝利　殿"),
    ]
    GX_R, PITCH, TOP, CELL, SIZE = 190.0, 6.9, 40.0, 10.6, 12.0
    pages = vgrid(paras, per_col=20, x_right=GX_R, pitch=PITCH, top=TOP, cell=CELL, size=SIZE, font="serif",
                  cols_per_page=26)
    vcheck(pages)
    for pg in pages:
        for it in pg.items:
            assert isinstance(it, VText) and len(it.s) <= 20, it.s
    BROWN = (0.72, 0.45, 0.35)
    for n, pg in enumerate(pages):
        grid = []
        left = GX_R - 25 * PITCH - PITCH / 2
        right = GX_R + PITCH / 2
        for c in range(27):
            x = right - c * PITCH
            grid.append(Line(x, TOP, x, TOP + 20 * CELL, 0.35 if c in (0, 26) else 0.12, BROWN))
        for r in range(21):
            y = TOP + r * CELL
            grid.append(Line(left, y, right, y, 0.35 if r in (0, 20) else 0.12, BROWN))
        grid.append(Text(right, TOP - 4, "（二十字×二十六行）", 7, "serif", "r", BROWN))
        grid.append(Text(105, TOP + 20 * CELL + 9, f"{n + 1}／{len(pages)}", 8, "serif", "c", BROWN))
        pg.items[:0] = grid
    last = pages[-1]
    last.items.append(Text(20, 268, f"この郵便物は{era(issued)}第6215号", 7.5, "serif"))
    last.items.append(Text(20, 272.5, "書留内容証明郵便物として差し出したことを証明します", 7.5, "serif"))
    last.items.append(Text(20, 277, "日本郵便株式会社", 7.5, "serif"))
    last.items.append(Seal(150, 268, 24, "round", "郵便認証司|米沢/8.1.16", angle=-8, seed=33141))
    xs = [it.x for it in last.items if isinstance(it, VText) and "鳰川" in it.s]
    ys = [it.y for it in last.items if isinstance(it, VText) and "鳰川" in it.s]
    last.items.append(Seal(xs[0], ys[0] + 11 * CELL, 11, "square", "なぎなみ信金理事長印", angle=-3, seed=33142))
    if len(pages) > 1:
        for n in range(len(pages) - 1):
            pages[n].items.append(Seal(GX_R - 25.5 * PITCH - 2, 32, 10, "maru", "臼", seed=33143 + n))
    tr = truth(document_type="acceleration_notice", sender="なぎなみ信用金庫", phone="0238-00-4410",
               creditor="なぎなみ信用金庫", status="not_applicable", debtor="臼杵勝利", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_pdf", template="proxy33_vertical_credit_bank_naiyou_grid_20x26",
               received=D(2026, 1, 19))
    return dict(stem="ap14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き 内容証明 in the 20字×26行 grid)",
                unusual="縦書き 期限の利益喪失通知書 set in the post office's 内容証明 GRID: brown ruled cells of exactly 20 "
                        "characters a column and 26 columns a page, one character per cell, short columns leaving empty "
                        "cells, 「（二十字×二十六行）」 over the grid and a page count under it; positional kanji amounts "
                        "(金三百四十五万…円); the 催告書 date 令和七年十二月十九日 and its deadline 令和八年一月九日 (= "
                        "acceleration 「同日の経過をもって」); 平成三十年 contract and 信用金庫取引約定書第五条第二項 (numbers "
                        "that are not amounts); phone in kanji digits; the 郵便認証司 stamp and the horizontal 証明 lines "
                        "with a registered number 第6215号 at the foot; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# ap15 joint 債権譲渡通知 handwritten-style on a B5 縦罫 letter pad (便箋), scanned.


def ap15():
    R = 14.6
    asg, issued = D(2026, 3, 31), D(2026, 4, 6)
    acc, lastp = D(2025, 10, 15), D(2025, 7, 10)
    P, I = 1_126_400, 38_922
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    W, H = 182.0, 257.0
    paras = [
        (3, "債権譲渡通知書"),
        (1, f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、譲渡人株式会社しろつめオートクレジットは、貴殿に対して"
            f"有する左記債権を、{kdate(asg)}付で譲受人日本債権回収株式会社に譲渡いたしましたので、譲渡人及び譲受人の連名を"
            "もってご通知申し上げます。"),
        (1, "今後のお支払いは、譲受人日本債権回収株式会社宛てにお願いいたします。お支払方法については同社より追ってご案内"
            "いたします。"),
        (20, "敬具"),
        (12, "記"),
        (1, "一、原契約　平成三十一年三月二十二日付オートローン契約（普通乗用自動車）"),
        (1, f"二、最終弁済日　{kdate(lastp)}"),
        (1, f"三、期限の利益喪失日　{kdate(acc)}"),
        (1, f"四、譲渡債権の額（{kdate(asg)}現在）"),
        (3, f"元金　　　　{kyen(P)}"),
        (3, f"割賦手数料　{kyen(I)}"),
        (3, f"遅延損害金　{kyen(L)}（年十四・六パーセント）"),
        (3, f"合計　　　　{kyen(T)}"),
        (1, "五、管理番号　ＮＳ－２６０４０６".ljust(54, "　") + "以上"),
        (1, kdate(issued)),
        (2, "譲渡人　宮城県仙台市太白区せきれい通七丁目一番一号"),
        (6, "株式会社しろつめオートクレジット　代表取締役　宝達　英司"),
        (2, "譲受人　東京都中央区四十雀町二丁目二番二号"),
        (6, "日本債権回収株式会社　代表取締役　穴水　博"),
        (6, "電話　〇三（〇〇〇〇）四七一二"),
        (2, "宮城県仙台市泉区ひばり丘北一丁目三番三号"),
        (3, "柄本　奈緒美　殿"),
    ]
    SIZE, CELL, PITCH, TOP, XR = 10.5, 3.85, 6.4, 18.0, 170.0
    per = 57
    pages = vgrid(paras, per_col=per, x_right=XR, pitch=PITCH, top=TOP, cell=CELL, size=SIZE, font="serif",
                  page_w=W, page_h=H, cols_per_page=25, color=(0.08, 0.10, 0.22))
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    RULE = (0.85, 0.35, 0.35)
    rules = [Line(XR + PITCH / 2 - c * PITCH, 14, XR + PITCH / 2 - c * PITCH, H - 14, 0.12, RULE) for c in range(26)]
    rules += [Line(XR - 24.5 * PITCH - 1.2, 14, XR + PITCH / 2 + 1.2, 14, 0.35, RULE),
              Line(XR - 24.5 * PITCH - 1.2, H - 14, XR + PITCH / 2 + 1.2, H - 14, 0.35, RULE)]
    rules.append(Text(W / 2, H - 7, "No.", 6, "sans", "c", RULE))
    pg.items[:0] = rules
    for key, seed in (("宝達", 33151), ("穴水", 33152)):
        it = next(v for v in pg.items if isinstance(v, VText) and key in v.s)
        pos = it.s.index(key) + 6
        pg.items.append(Seal(it.x, it.y + pos * CELL, 10, "round", key[0] + "|代表/取締役", angle=7, seed=seed))
    tr = truth(document_type="assignment_notice", sender="日本債権回収株式会社", phone="03-0000-4712",
               creditor="日本債権回収株式会社", status="licensed", original="株式会社しろつめオートクレジット",
               debtor="柄本奈緒美", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg, reference="NS-260406",
               input_kind="vertical_scan", template="proxy33_vertical_joint_assignment_b5_letter_pad",
               received=D(2026, 4, 8))
    return dict(stem="ap15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (joint, auto-credit company → real servicer, 縦書き on a B5 letter pad)",
                unusual="縦書き 債権譲渡通知書 on a B5 (182 × 257 mm) 縦罫 LETTER PAD (便箋) with pale red column rules, "
                        "in dark blue-black ink, scanned: the whole letter in 25 columns of one page; joint notice signed by "
                        "the 譲渡人 and real servicer ★ 日本債権回収株式会社 (no licence number printed) with two round "
                        "seals; 記 with numbered items in kanji (原契約 平成三十一年, 最終弁済日, 喪失日, 譲渡債権の額 as of the "
                        "譲渡日 with 割賦手数料 → interest, rate inside the damage line); the 管理番号 in full-width "
                        "ＮＳ－２６０４０６; phone in kanji digits; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ap16 scam postcard imitating a servicer, held in the hand; tiny print at the bottom.


def ap16():
    issued, due = D(2026, 2, 9), D(2026, 2, 13)
    amount = 52_400
    W, H = 100.0, 148.0
    p = Page(w=W, h=H, font="sans", size=8, left=6, right=6, top=6, leading=1.4)
    p.add(Box(4, 4, 92, 140, 0.8, RED))
    p.at(50, 12, "総合消費料金未納に関する", size=10.5, font="sans-bold", align="c")
    p.at(50, 19, "債権移行最終通知書", size=14, font="sans-bold", color=RED, align="c")
    p.at(94, 26, f"通知日 {era(issued)}", size=7, align="r")
    p.at(94, 30, "管理番号　ろ－５５６２", size=7, align="r")
    p.at(8, 28, "杓谷　彩花　様", size=10)
    p.y = 34
    p.para("貴方がご利用になった大手通信事業者の有料コンテンツ利用料金について、契約会社より未納のまま債権移行の通知を"
           "受けましたので、当機構が債権回収業務を受託いたしました。", x0=8, x1=92, size=7.6, indent="　")
    p.para("本通知到達後も未納のまま放置された場合、原告側の申立てにより民事訴訟が提起され、給与・動産・不動産の"
           "差押えを執行させていただきます。", x0=8, x1=92, size=7.6, indent="　")
    y = p.y + 1
    p.add(Box(10, y, 80, 18, 0.8, RED))
    p.at(14, y + 6.5, "未納金額", size=8.5, font="sans-bold")
    p.at(86, y + 7, f"￥{amount:,}", size=13, font="sans-bold", align="r", color=RED)
    p.at(14, y + 14, "取下げ最終期日", size=8.5, font="sans-bold")
    p.at(86, y + 14.3, f"{due.month}月{due.day}日（{wd(due)}）", size=11, font="sans-bold", align="r")
    p.y = y + 21
    p.para("裁判取下げ等のご相談は、最終期日までに下記担当者まで必ずご連絡ください。ご連絡なき場合は、"
           "一切の相談に応じかねます。", x0=8, x1=92, size=7.6, indent="　")
    p.gap(1)
    p.at(50, p.y + 4, "民事債権通達センター", size=11, font="sans-bold", align="c")
    p.at(50, p.y + 9, "（法務大臣認定　債権回収業務受託機関）", size=6.8, align="c")
    p.at(50, p.y + 15, "お問合せ 03-0000-6429　担当　須磨", size=9, font="sans-bold", align="c")
    p.at(50, p.y + 19.5, "受付時間 9:00～20:00（土日祝も受付）", size=6.5, align="c")
    stamp(p, 70, 121, "至急", size=9, h=7, fill=RED)
    tiny = ("※本通知は最終通知となります。※ご本人様からのご連絡に限ります。※ご家族・勤務先への訪問調査を行う場合が"
            "あり、その際の費用はご本人様のご負担となります。※弁護士・消費生活センター等へのご相談は、手続の遅延となり"
            "ますのでお控えください。")
    p.y = 128.5
    p.para(tiny, x0=8, x1=92, size=4.6, indent="")
    tr = truth(document_type="other", sender="民事債権通達センター", phone="03-0000-6429", status="not_licensed",
               debtor="杓谷彩花", total=amount, lump=False, issued=issued, payment_due=due, reference="ろ-5562",
               is_scam=True, input_kind="photo_jpeg", template="proxy33_scam_postcard_servicer_lookalike_in_hand",
               received=None)
    return dict(stem="ap16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True, hand="left",
                shot=dict(canvas=(1700, 2300), fill=0.8, keystone=0.05, tilt=3.0, bg="wood", blur=0.95, glare=18,
                          warm=0.25),
                about="other (scam postcard imitating a servicer, held in the hand)",
                unusual="架空請求 postcard photographed HELD: a thumb over the left edge; red frame, title 「総合消費料金"
                        "未納に関する／債権移行最終通知書」, a hiragana 管理番号 ろ－５５６２ (→ ろ-5562), 「大手通信事業者の有料"
                        "コンテンツ利用料金」 (no creditor named), a red box with 未納金額 ￥52,400 and 「取下げ最終期日」 as "
                        "month-day only 2月13日（金）; the sender 「民事債権通達センター」 calls itself 「法務大臣認定　債権回収"
                        "業務受託機関」 but prints no licence number (→ license null, not_licensed); a 03 number open "
                        "weekends; a filled red 至急 stamp; 4.6 pt TINY PRINT at the bottom telling the reader not to "
                        "consult a lawyer or the 消費生活センター")


LETTERS = [ap09, ap10, ap11, ap12, ap13, ap14, ap15, ap16]
