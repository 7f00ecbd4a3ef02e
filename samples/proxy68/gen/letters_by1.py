"""Proxy set 68, letters by01–by08: "phone photos of ordinary letters, fourth round". Every letter is photographed
at home: on a checked kitchen oilcloth, on tatami, on a kotatsu cloth; under a warm lamp, at an angle, folded in
three, with a thumb at the margin, half out of its window envelope, two pages side by side. by01 real servicer
督促状 with a coloured logo and table header; by02 credit union 期限の利益喪失通知; by03 joint 債権譲渡通知 (card →
real servicer); by04 簡裁 支払督促 as two pages side by side; by05 guarantee company 求償金請求; by06 real servicer
和解 proposal half in its envelope; by07 仮執行宣言付支払督促 slightly out of focus; by08 a scam."""

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
    era,
    late,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth, yen

fw = fullwidth
TEAL = (0.0, 0.45, 0.47)
ORANGE = (0.93, 0.45, 0.08)
PLUM = (0.42, 0.16, 0.40)
SKY = (0.16, 0.42, 0.70)
MOSS = (0.30, 0.42, 0.16)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ctable(p, x, heads, rows, widths, color, size=9.5, row_h=8.0, aligns=None, hsize=None, last_bold=False,
           text=(1.0, 1.0, 1.0)):
    """A table whose header row is filled with the sender's colour and set in white; thin grid below."""
    aligns = aligns or ("l" + "r" * (len(widths) - 1))
    hsize = hsize or size - 0.5
    y = p.y
    tw = sum(widths)
    p.add(Box(x, y, tw, row_h, 0.3, color, color))
    cx = x
    for hd, w in zip(heads, widths, strict=True):
        p.at(cx + w / 2, y + row_h / 2 + hsize * 0.35 * 0.3528, hd, size=hsize, font="sans-bold", align="c", color=text)
        cx += w
    y += row_h
    for r, row in enumerate(rows):
        bold = last_bold and r == len(rows) - 1
        if bold:
            p.add(Box(x, y, tw, row_h, 0.0, None, (0.93, 0.95, 0.95)))
        cx = x
        for c, (cell, w) in enumerate(zip(row, widths, strict=True)):
            a = aligns[c]
            tx = {"l": cx + 2, "c": cx + w / 2, "r": cx + w - 2}[a]
            p.at(tx, y + row_h / 2 + size * 0.35 * 0.3528, cell, size=size, font="sans-bold" if bold else "sans", align=a)
            cx += w
        y += row_h
    top = p.y
    for i in range(len(rows) + 2):
        p.add(Line(x, top + i * row_h, x + tw, top + i * row_h, 0.25, color if i < 2 else (0.2, 0.2, 0.2)))
    cx = x
    for w in [0] + list(widths):
        cx += w
        p.add(Line(cx, top, cx, y, 0.25, (0.2, 0.2, 0.2)))
    p.y = y + 1.5


def addr(p, x, y, zipc, lines, name, size=10.0, nsize=13.5):
    p.at(x, y, "〒" + zipc, size=size)
    for i, s in enumerate(lines):
        p.at(x, y + 5.2 * (i + 1), s, size=size)
    p.at(x + 5, y + 5.2 * (len(lines) + 1) + 6, name, size=nsize)


# ---------------------------------------------------------------------------------------------
# by01 real servicer アルファ債権回収 (101): ご入金のお願い, orange logo mark, teal table header; kitchen oilcloth.


def by01():
    R = 14.6
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    acc, lastp, assign = D(2025, 6, 4), D(2025, 3, 27), D(2025, 9, 30)
    P, I = 486_212, 23_905
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(20, 13, 12, 12, 0.0, None, ORANGE))
    p.at(26, 22, "α", size=20, font="sans-bold", color=WHITE, align="c")
    p.at(35, 19.5, "アルファ債権回収", size=15, font="sans-bold", color=TEAL)
    p.at(35, 24.2, "ALPHA SERVICER", size=6.5, color=ORANGE)
    p.at(190, 18, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(190, 23, "お客様番号　AL-73810226", size=9.5, align="r")
    addr(p, 24, 38, "272-0000", ["千葉県市川市風待町三丁目4番5号", "風待ハイツ201号"], "酒匂　俊介　様")
    y = 36
    for i, s in enumerate(["アルファ債権回収株式会社", "法務大臣許可番号　第101号", "〒104-0000 東京都中央区凪坂一丁目2番3号",
                           "回収管理部　担当：糸井", "TEL 0120-000-318"]):
        p.at(190, y + i * 4.6, s, size=8.8 if i else 9.5, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 72
    p.add(Box(20, p.y, 170, 11, 0.0, None, TEAL))
    p.at(105, p.y + 7.6, "ご入金のお願い（督促状）", size=14, font="sans-bold", color=WHITE, align="c")
    p.y += 16
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para(f"さて、当社は{wdate(assign)}付で、株式会社しおさいカード（以下「原債権者」）から、お客様に対する下記債権を"
           "譲り受けました。同債権につきましては、ご入金が確認できない状態が続いております。つきましては、下記のご請求"
           "金額を、お支払期限までに一括にてお支払いくださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(2)
    ctable(p, 20, ["ご請求の内訳", "金　額"], [["譲受元金", yen(P, "en")], ["利息（確定分）", yen(I, "en")],
                                             [f"遅延損害金（年{R}％・{wdate(issued)}まで）", yen(L, "en")],
                                             ["ご請求金額合計", yen(T, "en")]],
           [112, 58], TEAL, size=10, row_h=8.5, last_bold=True)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 14, 0.8, ORANGE))
    p.add(Box(20, y, 50, 14, 0.0, None, ORANGE))
    p.at(45, y + 9.2, "お支払期限", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(76, y + 9.6, f"{wdate(due)}（{wd(due)}）まで", size=14, font="sans-bold")
    p.y = y + 19
    p.line("■ ご契約の内容", size=9.8, font="sans-bold", color=TEAL)
    p.kv([("原債権者", "株式会社しおさいカード"), ("ご契約", "カードショッピング・キャッシング（平成29年6月ご入会）"),
          ("最終ご入金日", wdate(lastp)), ("期限の利益喪失日", wdate(acc)), ("債権譲渡日", wdate(assign))],
         x=24, label_w=38, size=9.3)
    p.gap(2)
    p.line("■ お振込先", size=9.8, font="sans-bold", color=TEAL)
    p.para("はまゆう銀行　本店営業部　普通預金　口座番号 5081274　口座名義 アルファサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※お振込の際は、ご依頼人名の前にお客様番号の数字8桁（73810226）をご入力ください。振込手数料はお客様のご負担となります。",
           size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.3, TEAL))
    for i, s in enumerate(["・一括でのお支払いが難しい場合は、お支払期限までに必ず担当者へご連絡ください。ご相談に応じます。",
                           "・ご連絡がない場合、法的手続（訴訟・支払督促等）に移行することがあります。",
                           "・本状と行き違いにご入金済みの場合は、ご容赦ください。",
                           "受付時間　平日 9:30～18:00（土日祝日・年末年始を除く）"]):
        p.at(23, y + 5.6 + i * 4.7, s, size=8.5)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-318", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社しおさいカード", debtor="酒匂俊介", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AL-73810226", input_kind="photo_jpeg",
               template="proxy68_servicer_dunning_colour_logo_oilcloth", received=issued + timedelta(3))
    return dict(stem="by01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="gingham", pitch=0.035, tilt=-2.2, fill=0.84, warm=0.35, lamp=(0.2, 0.15), blur=0.85),
                about="collection_notice (real servicer 督促状, coloured logo and table header)",
                unusual="phone photo on a red-and-white checked kitchen oilcloth under a warm lamp top-left; real servicer ★ "
                        "アルファ債権回収株式会社 with an orange 「α」 square and a teal title band; 「法務大臣許可番号　第101号」 in "
                        "the sender lines top-right; a 2-column table with a TEAL header row (ご請求の内訳 / 金額) and the labels "
                        "譲受元金 / 利息（確定分） / 遅延損害金（年14.6％・…まで） / ご請求金額合計; orange-framed お支払期限; the "
                        "8-digit number in the お振込 note and the bank account as distractors")


# ---------------------------------------------------------------------------------------------
# by02 credit union 期限の利益喪失通知書 (car loan), folded in three, on tatami (HEIC).


def by02():
    R = 14.0
    issued, due = D(2026, 2, 3), D(2026, 2, 17)
    acc, lastp = D(2026, 1, 20), D(2025, 10, 27)
    P, I = 1_284_600, 8_417
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(190, 20, era(issued), size=10.5, align="r")
    p.at(190, 25.5, "管理番号　AB-0261-5530", size=9.5, align="r")
    addr(p, 22, 26, "227-0000", ["神奈川県横浜市青葉区帆柱台二丁目7番11号"], "実方　美香　様", size=10.5, nsize=13)
    y = 53
    for i, s in enumerate(["青葉台信用組合", "融資管理課", "〒227-0000 神奈川県横浜市青葉区白樺坂四丁目1番",
                           "電話 045-000-2741（直通）"]):
        p.at(190, y + i * 5, s, size=11.5 if i == 0 else 9.5, font="serif-bold" if i == 0 else "serif", align="r")
    p.seal(184, 46.5, 13, "square", "青葉台信用組合之印", angle=3, seed=6802)
    p.y = 79
    p.title("期限の利益喪失のご通知", size=16, font="serif-bold", spaced=False)
    p.para("前略　貴殿に対する当組合のマイカーローン（令和4年8月29日付金銭消費貸借契約、ローン口座番号 7742-0093）に"
           f"つきましては、再三にわたりご返済をお願いしてまいりましたが、{era(lastp)}のご返済を最後に、その後のご返済が"
           "ございません。", size=10.3)
    p.para(f"つきましては、同契約書第8条第1項の定めに基づき、貴殿は{era(acc)}の経過をもって期限の利益を喪失されました"
           "ので、ご通知申し上げます。よって、下記金額を下記期日までに一括してお支払いください。", size=10.3)
    p.para("なお、期日までにお支払いのない場合は、連帯保証人へのご請求、法的手続等の措置をとらせていただきますので、"
           "あらかじめご承知おきください。", size=10.3)
    p.line("草々", align="r", size=10.3)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    rows = [["残元金", yen(P, "kin")], ["経過利息", yen(I, "kin")],
            [f"遅延損害金（年{R}％）", yen(L, "kin")], ["合　　計", yen(T, "kin")]]
    p.table(rows, [70, 60], x=40, size=10.5, row_h=9, ruled="grid", font="serif")
    p.line(f"（遅延損害金は{era(acc + timedelta(1))}から{era(issued)}までの日割計算）", x=40, size=8.8)
    p.gap(2)
    p.kv([("お支払期日", f"{era(due)}（{wd(due)}）"), ("お振込先", "青葉台信用組合　本店　普通　0418837"),
          ("", "口座名義　アオバダイシンヨウクミアイ　ユウシカンリカ"), ("連帯保証人", "実方　保　様（同文通知済）")],
         x=40, label_w=30, size=10)
    p.gap(3)
    p.line("以上", align="r", size=10.3)
    tr = truth(document_type="acceleration_notice", sender="青葉台信用組合", phone="045-000-2741",
               creditor="青葉台信用組合", status="not_applicable", debtor="実方美香", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="AB-0261-5530", input_kind="photo_heic",
               template="proxy68_credit_union_acceleration_trifold_tatami", received=issued + timedelta(2))
    return dict(stem="by02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", pitch=0.03, tilt=1.4, creases=2, fill=0.87, bow=7, warm=0.1, blur=0.85),
                about="acceleration_notice (credit union, car loan)",
                unusual="iPhone HEIC on tatami, unfolded from three with both creases and a slight bulge; serif letter of a "
                        "信用組合 with its square seal over the sender lines; 「令和8年1月20日の経過をもって」 (= acceleration); "
                        "a grid 記 table 残元金 / 経過利息 / 遅延損害金（年14.0％） / 合計 with 金…円 amounts; the ローン口座番号, the "
                        "contract date, 第8条第1項 and the 連帯保証人 as distractors")


# ---------------------------------------------------------------------------------------------
# by03 joint 債権譲渡通知書 (card company → real servicer エー・シー・エス, 27), EXIF 6, a thumb on the left margin.


def by03():
    R = 18.0
    issued, assign = D(2026, 3, 2), D(2026, 2, 27)
    acc, lastp = D(2025, 10, 3), D(2025, 7, 28)
    P, I = 342_518, 11_240
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=18, left=24, right=22)
    p.at(188, 20, fw(era(issued)), size=10, align="r")
    addr(p, 28, 22, "338-0000", ["埼玉県さいたま市中央区野分町一丁目15番地", "野分グリーンコート305"], "千明　亮太　様")
    p.y = 56
    p.title("債権譲渡及び譲受のご通知", size=15.5)
    p.para("拝啓　貴殿ますますご清栄のこととお喜び申し上げます。", size=9.8)
    p.para(f"さて、譲渡人いろはクレジット株式会社は、貴殿に対して有する下記債権を、{fw(era(assign))}付で、譲受人"
           "エー・シー・エス債権管理回収株式会社に譲渡いたしましたので、民法第467条に基づき、連名にてご通知申し上げ"
           "ます。今後のお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    p.kv([("１．原契約", "キャッシング基本契約（令和2年1月14日締結）　会員番号 ****-****-**61-0374"),
          ("２．最終ご入金日", fw(era(lastp))), ("３．期限の利益喪失日", fw(era(acc))),
          ("４．譲渡日", fw(era(assign))), ("５．譲渡債権の額（譲渡日現在）", "")], x=28, label_w=54, size=9.6)
    p.table([["元金", "利息", f"遅延損害金（年{R}％）", "合計"],
             [yen(P, "en"), yen(I, "en"), yen(L, "en"), yen(T, "en")]], [36, 34, 50, 40], x=30, size=9.8, row_h=8.5,
            header=True, aligns="rrrr")
    p.gap(2)
    p.kv([("６．お客様番号", "ACS-2603-11842（譲受人）")], x=28, label_w=54, size=9.6)
    p.line("以上", align="r", size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 80, 33, 0.3))
    p.add(Box(106, y, 82, 33, 0.3))
    for i, s in enumerate(["（譲渡人）", "〒160-0000 東京都新宿区灯籠町8番2号", "いろはクレジット株式会社",
                           "代表取締役　杢保　信彦", "お客様センター 03-0000-7480"]):
        p.at(26, y + 5 + i * 5.8, s, size=8.8 if i != 2 else 10, font="sans-bold" if i == 2 else "sans")
    for i, s in enumerate(["（譲受人）", "〒170-0000 東京都豊島区葛の葉二丁目3番4号", "エー・シー・エス債権管理回収株式会社",
                           "（法務大臣許可　第２７号）", "代表取締役　波多腰　勉", "TEL 03-0000-6627（平日9時～18時）"]):
        p.at(108, y + 5 + i * 5.1, s, size=8.6 if i != 2 else 9.6, font="sans-bold" if i == 2 else "sans")
    p.seal(95, y + 22, 14, "round", "いろは|代表/取締役", angle=-8, seed=6803)
    p.seal(180, y + 24, 14, "round", "ACS|代表/取締役", angle=6, seed=6804)
    tr = truth(document_type="assignment_notice", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="03-0000-6627", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="いろはクレジット株式会社", debtor="千明亮太", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="ACS-2603-11842", input_kind="photo_exif_rotated",
               template="proxy68_joint_assignment_card_to_servicer_thumb_rotated", received=issued + timedelta(3))
    return dict(stem="by03", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="desk", pitch=0.03, tilt=1.8, fill=0.86, thumb=("left", 0.58), creases=2, blur=0.9),
                about="assignment_notice (joint, card company → real servicer)",
                unusual="phone photo stored sideways with EXIF orientation 6, on a pale desk, with the photographer's thumb "
                        "holding the LEFT margin and tri-fold creases; joint 債権譲渡及び譲受のご通知 with full-width era dates; "
                        "numbered label lines １．…６． with the 譲渡債権の額 as a 4-column header table (元金 / 利息 / 遅延損害金"
                        "（年18％） / 合計, amounts as of the 譲渡日); real servicer ★ エー・シー・エス債権管理回収 as 譲受人 with "
                        "「（法務大臣許可　第２７号）」 in a box at the bottom RIGHT; the 譲渡人's own phone, a masked 会員番号 and "
                        "民法第467条 as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# by04 支払督促 of the 市川簡易裁判所, two pages photographed side by side in one landscape photo.


def by04():
    R = 14.6
    issued = D(2026, 3, 10)
    acc, lastp, filed = D(2025, 11, 27), D(2025, 9, 27), D(2026, 3, 3)
    P, I = 412_800, 9_640
    L = late(P, R, acc + timedelta(1), D(2026, 2, 25))
    C = 4_532
    T = P + I + L + C
    p = Page(w=440, h=305, font="serif", size=10.5, top=22, left=24, right=440 - 196)
    # page 1 (left sheet at x 4…214)
    p.at(190, 24, "令和８年（ロ）第２１４号", size=10, align="r")
    p.y = 34
    p.line("支　払　督　促", align="c", size=18, font="serif-bold")
    p.gap(5)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         label_w=44, size=10.5)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=11)
    p.gap(3)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", size=10.5)
    p.gap(8)
    p.line(fw(era(issued)), x=30, size=10.5)
    p.gap(4)
    p.line("市川簡易裁判所", x=100, size=11.5)
    p.line("裁判所書記官　　田　結　　孝　雄", x=100, size=11.5)
    p.seal(182, p.y - 6, 16, "square", "市川簡易裁判所書記官印", angle=2, seed=6805)
    p.gap(10)
    y = p.y
    p.add(Box(26, y, 164, 64, 0.4))
    p.at(30, y + 7, "（注意）", size=10, font="serif-bold")
    for i, s in enumerate(["１　この支払督促に不服があるときは、受け取った日から２週間以内に、この裁判所に督促異議の",
                           "　　申立てをすることができます。", "２　督促異議の申立てをすると、通常の訴訟手続に移行します。",
                           "３　督促異議の申立書は、同封の用紙をお使いいただけます。",
                           "４　この書面についての問い合わせは、下記にお願いします。",
                           "　　市川簡易裁判所　民事係　電話 047-000-3318",
                           "　　〒272-0000 千葉県市川市泉ヶ丘六丁目3番5号"]):
        p.at(30, y + 15 + i * 6.6, s, size=9.6)
    # page 2 (right sheet at x 226…436)
    x0 = 226 + 20
    p.left, p.right = x0, 436 - 20
    p.y = 30
    p.line("当 事 者 目 録", x=x0 + 60, size=13, font="serif-bold")
    p.gap(2)
    p.kv([("債権者", "〒150-0000 東京都渋谷区仙台坂三丁目9番10号"), ("", "ことぶき信販株式会社"),
          ("", "代表者代表取締役　鹿取　英明"), ("", "（送達場所）同社 債権管理部　電話 03-0000-2290"),
          ("債務者", "〒272-0000 千葉県市川市ひばりヶ丘二丁目14番8号"), ("", "瀬　在　恵　子")],
         x=x0, label_w=22, size=9.8)
    p.gap(4)
    p.line("請 求 の 趣 旨 及 び 原 因", x=x0 + 44, size=13, font="serif-bold")
    p.gap(1)
    p.line("請求の趣旨", x=x0, size=10.5, font="serif-bold")
    rows = [["１", "残元金", yen(P, "kin")], ["２", "未払分割手数料", yen(I, "kin")],
            ["３", "確定遅延損害金（注）", yen(L, "kin")],
            ["４", "督促手続費用", yen(C, "kin")], ["", "合　　計", yen(T, "kin")]]
    p.table(rows, [8, 118, 38], x=x0, size=9.2, row_h=8.5, aligns="clr", ruled="rows", font="serif")
    p.line(f"（注）上記１の金額に対する{fw(era(acc + timedelta(1)))}から{fw(era(D(2026, 2, 25)))}まで年{fw(str(R))}％",
           x=x0, size=8.8)
    p.para(f"５　上記１の金額に対する{fw(era(D(2026, 2, 26)))}から支払済みまで年{fw(str(R))}％の割合による遅延損害金",
           x0=x0, x1=x0 + 168, size=9.6, indent="")
    p.gap(2)
    p.line("請求の原因", x=x0, size=10.5, font="serif-bold")
    for s in ["１　債権者は、債務者との間で令和5年4月10日、自動二輪車購入代金の立替払契約を締結し、販売店に"
              "金648,000円を立替払いした。",
              "２　債務者は、立替金及び分割手数料を毎月27日限り分割して支払う旨約したが、"
              f"{fw(era(lastp))}に支払ったのを最後にその後の支払をせず、{fw(era(acc))}の経過により期限の利益を喪失した。",
              "３　遅延損害金の約定利率は年14.6％（年365日の日割計算）である。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"]:
        p.para(s, x0=x0, x1=x0 + 168, size=9.6, indent="")
    p.gap(3)
    p.line(f"申立日　{fw(era(filed))}", x=x0, size=9.6)
    tr = truth(document_type="payment_order", sender="市川簡易裁判所", phone="047-000-3318",
               creditor="ことぶき信販株式会社", status="not_applicable", debtor="瀬在恵子", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               reference="令和８年（ロ）第２１４号", input_kind="photo_jpeg",
               template="proxy68_payment_order_two_pages_side_by_side", received=issued + timedelta(3))
    return dict(stem="by04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                sheets=[(4, 2, 210, 297), (226, 6, 210, 297)],
                shot=dict(canvas=(3400, 2450), bg="wood", pitch=0.025, tilt=-1.2, fill=0.95, blur=0.8, warm=0.1),
                about="payment_order (簡裁 支払督促, two pages side by side)",
                unusual="ONE landscape phone photo of the two sheets laid side by side on wood: p.1 the 支払督促 (case number "
                        "full-width, 「債務者は、請求の趣旨記載の金額を債権者に支払え。」, the 書記官 seal, a (注意) box with the "
                        "court's phone), p.2 当事者目録 and 請求の趣旨及び原因 as a rows-ruled 4-item list with the new label "
                        "未払分割手数料 and a 合計 line; the running item ５, the 立替金 648,000 and the creditor's 送達場所 phone "
                        "as distractors; a creditor that is a 信販 company (not a servicer)")


# ---------------------------------------------------------------------------------------------
# by05 guarantee company 求償金のご請求 (education loan), warm lamp, photographed at a steep angle.


def by05():
    R = 14.6
    issued, due = D(2026, 4, 8), D(2026, 4, 22)
    subro, acc, lastp = D(2025, 12, 15), D(2025, 11, 10), D(2025, 8, 26)
    P = 1_836_400
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=16, left=22, right=22)
    p.add(Box(22, 14, 166, 1.2, 0.0, None, SKY))
    p.at(22, 22, "しらさぎ保証株式会社", size=13, font="sans-bold", color=SKY)
    p.at(188, 22, f"{era(issued)}発送", size=9.5, align="r")
    addr(p, 24, 32, "980-0000", ["宮城県仙台市青葉区山霧町五丁目3番21号"], "古徳　隆之　様", size=10, nsize=13.5)
    y = 32
    for i, s in enumerate(["〒980-0000 宮城県仙台市宮城野区港南台一丁目1番1号", "しらさぎ保証株式会社　求償管理部",
                           "TEL 022-000-5180 / FAX 022-000-5181", "担当　小宅"]):
        p.at(188, y + i * 4.8, s, size=8.8, align="r")
    p.y = 62
    p.title("求償金のご請求について", size=15)
    p.para(f"貴殿が株式会社山霧銀行からお借入れの教育ローン（平成31年3月契約）につきましては、{era(lastp)}を最後にご返済が"
           f"なく、{era(acc)}に期限の利益を喪失されたため、当社は保証契約に基づき、{era(subro)}、同行に対し貴殿に代わって"
           "残債務の全額を弁済（代位弁済）いたしました。", size=9.8)
    p.para("これにより、当社は貴殿に対し下記の求償債権を有しております。下記お支払期限までに一括にてお支払いくださいますよう"
           "ご請求いたします。", size=9.8)
    p.gap(2)
    y = p.y
    rows = [("求償元金（代位弁済額）", P), (f"損害金（代位弁済日の翌日から{era(issued)}まで・年{R}％）", L),
            ("ご請求金額", T)]
    for i, (lab, v) in enumerate(rows):
        yy = y + i * 10
        last = i == len(rows) - 1
        p.add(Box(22, yy, 166, 10, 0.3, GRAY, (0.90, 0.94, 0.99) if last else None))
        p.at(26, yy + 6.8, lab, size=10 if not last else 11, font="sans-bold" if last else "sans")
        p.at(184, yy + 6.9, yen(v, "en"), size=11 if not last else 12.5, font="sans-bold", align="r")
    p.y = y + 34
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("求償管理番号", "SS-4471-0829"),
          ("お振込先", "株式会社山霧銀行 本店 普通 3310025 シラサギホシヨウ（カ")],
         x=26, label_w=34, size=10)
    p.gap(3)
    p.para("※期限までにお支払いまたはご連絡がない場合は、やむを得ず訴訟等の法的手続に移行させていただきます。分割でのお支払いを"
           "ご希望の方は、期限までに上記担当までお電話ください。", size=8.8, indent="")
    p.para("※保証委託契約の連帯保証人（古徳 寿子様）にも同様のご案内をお送りしています。", size=8.8, indent="")
    p.gap(3)
    p.table([["代位弁済の内訳（ご参考）", ""], ["うち元金", "1,802,115円"], ["うち利息", "31,440円"],
             ["うち遅延損害金", "2,845円"]], [60, 40], x=26, size=8.8, row_h=6.5, header=True, ruled="grid")
    assert P == 1_802_115 + 31_440 + 2_845
    tr = truth(document_type="collection_notice", sender="しらさぎ保証株式会社", phone="022-000-5180",
               creditor="しらさぎ保証株式会社", status="not_applicable", original="株式会社山霧銀行", debtor="古徳隆之",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="SS-4471-0829", input_kind="photo_jpeg",
               template="proxy68_guarantor_recourse_demand_lamp_angle", received=issued + timedelta(2))
    return dict(stem="by05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", pitch=0.085, yaw=0.04, tilt=3.0, fill=0.88, warm=0.75, lamp=(0.85, 0.25),
                          blur=0.9, defocus=0.6),
                about="collection_notice (guarantee company 求償金, education loan)",
                unusual="phone photo at a STEEP angle (the far edge clearly narrower, the right edge shorter) in the orange "
                        "light of a table lamp top-right, the far part a little soft; the guarantor's 求償金 demand with the "
                        "story in the prose (最終返済, 喪失, 代位弁済); a 3-row boxed list 求償元金（代位弁済額） / 損害金（…年14.6％） / "
                        "ご請求金額 (no interest); 発送 after the date; a small 代位弁済の内訳（ご参考） table (history, not "
                        "interest); the FAX number and the 連帯保証人 as distractors")


# ---------------------------------------------------------------------------------------------
# by06 real servicer オリックス債権回収 (11): 和解のご提案, photographed half out of its window envelope (HEIC).


def by06():
    R = 18.0
    issued, reply = D(2026, 5, 12), D(2026, 5, 29)
    assign, lastp = D(2025, 12, 19), D(2025, 6, 30)
    P, I = 624_880, 17_330
    L = late(P, R, D(2025, 8, 1), issued)
    T = P + I + L
    n, inst = 36, 17_360
    lastinst = P - inst * (n - 1)
    assert inst * (n - 1) + lastinst == P and 0 < lastinst <= inst
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    # hidden under the envelope: the company mark top-left; the window shows the address block
    p.at(24, 20, "ORIX Servicer", size=9, color=(0.85, 0.35, 0.05))
    addr(p, 26, 47, "930-0000", ["富山県富山市海鳴り台一丁目6番2号"], "羽二生　智恵　様", size=10.5, nsize=14)
    p.y = 102
    p.at(188, p.y, f"{wdate(issued)}", size=10, align="r")
    p.at(188, p.y + 5, "お客様番号　OR-52-0091374", size=10, align="r")
    p.y += 10
    p.title("ご返済方法についてのご提案（和解のご案内）", size=14.5)
    p.para(f"当社は、{wdate(assign)}に株式会社こはくカードから貴殿に対する債権を譲り受け、以来ご連絡を差し上げておりますが、"
           f"{wdate(lastp)}以降ご入金がございません。このたび、下記の条件にて分割でのお支払いによる和解をご提案いたします。",
           size=9.8)
    p.gap(1)
    p.line("1．現在のご債務（本書発行日現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}%）", "ご債務総額"],
             [yen(P, "en"), yen(I, "en"), yen(L, "en"), yen(T, "en")]], [38, 36, 48, 44], x=22, size=9.8, row_h=8.5,
            header=True, aligns="rrrr")
    p.gap(3)
    p.line("2．ご提案内容", size=10, font="sans-bold")
    p.para(f"元金{yen(P, 'en')}のみを、{n}回の分割でお支払いいただきます（第1回～第{n - 1}回 各{yen(inst, 'en')}、最終回 "
           f"{yen(lastinst, 'en')}、毎月27日払い）。期日どおりお支払いいただいた場合、利息及び遅延損害金（計"
           f"{yen(I + L, 'en')}）はご請求いたしません。", size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 13, 0.8, RED))
    p.at(26, y + 8.6, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(60, y + 8.9, f"{wdate(reply)}（{wd(reply)}）必着", size=13.5, font="sans-bold")
    p.y = y + 17
    p.para("ご提案に同意いただける場合は、同封の和解申込書にご署名・ご捺印のうえ、返信用封筒にてご返送ください。期限までに"
           "ご回答がない場合は、本ご提案はなかったものとさせていただきます。", size=9.2, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 24, 0.3, GRAY))
    for i, s in enumerate(["オリックス債権回収株式会社　（法務大臣許可番号第11号）", "〒105-0000 東京都港区帆柱町二丁目8番1号",
                           "債権管理第二部　担当：寿松木", "フリーダイヤル 0120-000-553（平日 9:00～17:30）"]):
        p.at(26, y + 6 + i * 5, s, size=9.6 if i else 10, font="sans-bold" if i == 0 else "sans")
    lines = [(6, 268 - 296, "親展", 9, True, (200, 30, 40)),
             (8, 89, "オリックス債権回収株式会社", 5.0, True, (255, 255, 255)),
             (8, 94, "〒105-0000 東京都港区帆柱町二丁目8番1号　法務大臣許可番号第11号", 3.2, False, (255, 255, 255)),
             (150, 22, "料金後納", 3.2, False, (60, 60, 60)), (150, 26.5, "郵　　便", 3.2, False, (60, 60, 60))]
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-553", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社こはくカード", debtor="羽二生智恵", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, last_payment=lastp, assignment=assign,
               reference="OR-52-0091374", input_kind="photo_heic",
               template="proxy68_servicer_settlement_half_in_window_envelope", received=issued + timedelta(2))
    return dict(stem="by06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                envelope=dict(cover_mm=96, window_mm=(20, 38, 96, 42), lines=lines, color=(244, 243, 238),
                              mark=(224, 96, 24), extra_mm=40),
                shot=dict(bg="cloth", pitch=0.03, tilt=-1.6, fill=0.93, offset=(0.0, 0.0), creases=0, warm=0.2,
                          blur=0.85),
                about="settlement_proposal (real servicer 和解 proposal, half in its envelope)",
                unusual="iPhone HEIC of a letter still HALF IN ITS 角2 WINDOW ENVELOPE on a dark cloth: the envelope covers "
                        "the top third of the sheet, the 宛名 shows through the glassine window, the envelope's orange band "
                        "prints the sender and 「法務大臣許可番号第11号」; the date and お客様番号 start just below the envelope "
                        "edge; real servicer ★ オリックス債権回収 (again 「（法務大臣許可番号第11号）」 in the sender box at the "
                        "bottom); a 4-column header table 元金 / 利息 / 遅延損害金（年18%） / ご債務総額; the plan (36回, 17,360, the "
                        "waived 利息・損害金 sum) as distractors; a red-framed ご回答期限 …必着 (= payment_due)")


# ---------------------------------------------------------------------------------------------
# by07 仮執行宣言付支払督促 of the 川口簡易裁判所 (creditor SMBC債権回収, 10), EXIF 8, slightly out of focus.


def by07():
    R = 14.6
    order, served, issued = D(2026, 5, 13), D(2026, 5, 16), D(2026, 6, 9)
    acc, lastp, assign = D(2025, 8, 5), D(2025, 5, 27), D(2025, 12, 1)
    P, I = 287_340, 6_522
    L = late(P, R, acc + timedelta(1), D(2026, 4, 30))
    C1, C2 = 3_870, 1_152
    T = P + I + L + C1 + C2
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, "令和8年(ロ)第593号", size=10.5, align="r")
    p.y = 30
    p.line("仮執行宣言付支払督促", align="c", size=17, font="serif-bold")
    p.gap(4)
    p.kv([("債権者", "SMBC債権回収株式会社"), ("", "〒135-0000 東京都江東区凪坂五丁目2番8号"),
          ("", "代表者代表取締役　手計　和宏"), ("", "（送達場所・電話 03-0000-8841）"),
          ("債務者", "梶栗　和人"), ("", "〒333-0000 埼玉県川口市風待台三丁目19番6号")], label_w=24, size=10)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.8)
    p.gap(1)
    p.line("請求の趣旨", size=10.8, font="serif-bold")
    rows = [["元　　　金", yen(P, "kin")], ["利　　　息", yen(I, "kin")],
            [f"確定遅延損害金（{era(acc + timedelta(1))}～令和8年4月30日）", yen(L, "kin")],
            ["督促手続費用", yen(C1, "kin")], ["仮執行宣言手続費用", yen(C2, "kin")], ["合　　　計", yen(T, "kin")]]
    p.table(rows, [114, 46], x=26, size=9.6, row_h=8.2, ruled="grid", font="serif")
    p.gap(1.5)
    p.para(f"上記元金に対する令和8年5月1日から支払済みまで年{R}％の割合による遅延損害金", size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=10.8, font="serif-bold")
    p.para(f"債務者は、なでしこ信販株式会社との間のカード利用契約に基づく債務につき、{era(lastp)}の支払を最後に支払を怠り、"
           f"{era(acc)}の経過により期限の利益を喪失した。債権者は、{era(assign)}、同社から本件債権を譲り受け、同社は"
           "債務者にその旨通知した。", size=10)
    p.gap(2)
    p.para(f"上記の支払督促は{era(order)}に発付され、{era(served)}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。よって、本支払督促に仮執行の宣言をする。", size=10)
    p.gap(3)
    p.line(era(issued), x=30, size=10.5)
    p.line("川口簡易裁判所", x=104, size=11)
    p.line("裁判所書記官　　出　牛　　美　穂", x=104, size=11)
    p.seal(178, p.y - 5, 15, "square", "川口簡易裁判所書記官印", angle=-2, seed=6807)
    p.gap(4)
    y = p.y
    p.add(Box(24, y, 162, 21, 0.35, None, SHADE))
    for i, s in enumerate(["この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内にこの裁判所に督促異議の",
                           "申立てをすることができます。ただし、強制執行を止めるには別に執行停止の申立てが必要です。",
                           "川口簡易裁判所　民事係　電話 048-000-1206"]):
        p.at(27, y + 6 + i * 6, s, size=9.2)
    tr = truth(document_type="payment_order_enforceable", sender="川口簡易裁判所", phone="048-000-1206",
               creditor="SMBC債権回収株式会社", status="licensed", original="なでしこ信販株式会社", debtor="梶栗和人",
               total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="令和8年(ロ)第593号",
               input_kind="photo_exif_rotated", template="proxy68_enforceable_kawaguchi_soft_focus_rotated",
               received=issued + timedelta(3))
    return dict(stem="by07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", pitch=0.04, tilt=1.5, fill=0.86, creases=2, blur=1.35, defocus=0.5, warm=0.1),
                about="payment_order_enforceable (簡裁, real servicer creditor)",
                unusual="phone photo stored sideways with EXIF orientation 8, on tatami, tri-fold creases, SLIGHTLY OUT OF "
                        "FOCUS all over (softer at the far edge) but readable; one page: parties as label lines, a 6-row grid "
                        "with TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum) above 合計; the 発付 date 5/13 and "
                        "the 送達 5/16 in one sentence; the creditor ★ SMBC債権回収株式会社 with no licence number (court "
                        "paper) and its 送達場所 phone as a distractor; the running item under the table")


# ---------------------------------------------------------------------------------------------
# by08 scam: 「株式会社民事債権回収管理局」 with a fake 法務大臣許可番号, a thumb on the right margin.


def by08():
    issued, due = D(2026, 4, 21), D(2026, 4, 24)
    T = 298_000
    p = Page(font="sans", size=10.5, top=16, left=24, right=24)
    stamp(p, 24, 14, "最終通告", size=15, fill=RED, h=11)
    stamp(p, 62, 14, "親展", size=13, h=11)
    p.at(186, 20, f"通知日　{era(issued)}", size=10, align="r")
    p.at(186, 26, "受付番号　MK-60421", size=10, align="r")
    p.y = 34
    p.line("〒252-0000　神奈川県相模原市南区白樺坂二丁目5番", x=26, size=10)
    p.line("辺見　正樹　殿", x=34, size=14)
    p.gap(5)
    p.line("債権回収最終通告書", align="c", size=19, font="sans-bold", color=RED)
    p.gap(4)
    p.para("貴殿が過去に利用された大手通信事業者の有料コンテンツ利用料金につき、長期間の未納が確認されております。当局は"
           "法務大臣の許可を受けた債権回収機関として、同債権の回収業務を受託いたしました。", size=10.2)
    p.para("本通告書到着後、期日までに下記金額のお支払い又は当局へのご連絡がない場合、民事訴訟の手続に移行し、給与・預金・"
           "不動産等の差押えが執行されます。勤務先への通知及び信用情報機関への登録も併せて行われますのでご注意ください。",
           size=10.2)
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 30, 1.0, RED))
    p.at(30, y + 9, "未納金額（延滞金・回収手数料を含む）", size=10.5, font="sans-bold")
    p.at(180, y + 20, yen(T, "kin"), size=20, font="sans-bold", color=RED, align="r")
    p.at(30, y + 26.5, "※内訳については担当者までお問い合わせください。", size=8.8)
    p.y = y + 35
    p.kv([("お支払期日", f"{due.month}月{due.day}日（{wd(due)}）正午まで"),
          ("お振込先", "さくらんぼ銀行　駅前支店　普通　6620193"), ("口座名義", "ツツミヤ　セイイチ"),
          ("連絡先", "担当直通　090-0000-6613（土日も受付）")], x=30, label_w=30, size=10.5)
    p.gap(3)
    p.para("※本件は裁判所に提出される前の最終のご案内です。ご家族・弁護士・消費生活センター等へのご相談は、手続上の不利益と"
           "なる場合がありますのでお控えください。", size=9.2, indent="")
    p.gap(5)
    y = p.y
    for i, s in enumerate(["株式会社民事債権回収管理局", "法務大臣許可番号　第318号",
                           "東京都千代田区霞が関（合同庁舎前）", "債権回収部　部長　堤谷　誠一"]):
        p.at(186, y + i * 5.6, s, size=11 if i == 0 else 9.6, font="sans-bold" if i == 0 else "sans", align="r")
    p.seal(170, y + 26, 15, "square", "民事債権回収管理局印", angle=4, seed=6808)
    tr = truth(document_type="other", sender="株式会社民事債権回収管理局", license_number=318, phone="090-0000-6613",
               creditor=None, status="not_licensed", original=None, debtor="辺見正樹", total=T, lump=False,
               issued=issued, payment_due=due, reference="MK-60421", is_scam=True, input_kind="photo_jpeg",
               template="proxy68_scam_fake_servicer_final_notice_thumb", received=None)
    return dict(stem="by08", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", pitch=0.04, tilt=-2.8, fill=0.84, thumb=("right", 0.62), warm=0.2, blur=0.9),
                about="other (scam: fake servicer, 最終通告)",
                unusual="架空請求 photographed on wood with the photographer's thumb on the RIGHT margin; filled red 最終通告 "
                        "and 親展 stamps; 「法務大臣の許可を受けた債権回収機関」 and a FAKE 「法務大臣許可番号　第318号」 for a name "
                        "that is no servicer's (→ not_licensed); 有料コンテンツ利用料金 of an unnamed 大手通信事業者 (creditor "
                        "null); a single red total 298,000 whose 内訳 is only by phone; a three-day deadline 「4月24日（金）正午"
                        "まで」 without a year; a personal-name account; a 090 担当直通; address 「霞が関（合同庁舎前）」 without a "
                        "number; 「弁護士…へのご相談は…お控えください」")


LETTERS = [by01, by02, by03, by04, by05, by06, by07, by08]
