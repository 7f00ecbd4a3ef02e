"""Proxy set 48, letters be09–be16: the 柳楽 household (rent): the 家賃保証会社's 最終催告書 photographed (be09); the 圷
household (card loan of 房州銀行 guaranteed by やどりぎ保証): the guarantor's 一括請求 with 求償元金 / 求償利息 / 遅延損害金
(be10), the joint 債権譲渡通知 guarantor → invented servicer (be13) and that servicer's ご請求書 by fax (be14); the 釼持
household (free loan of 椿森銀行 guaranteed by くいなローン保証): the 簡裁 支払督促 of the guarantor (be11) and its
仮執行宣言付支払督促 (be12); a scam that borrows the words 代位弁済 and 求償 (be15); a real servicer collecting a
guarantor's 求償債権 on commission (受託, be16)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    grid,
    late,
    leader,
    qr,
    stamp,
    truth,
    wd,
    window,
)
from letters_be1 import ADDR4, MONTHLY, NAME4, RENT, RREF, TEAL, ew, wdate

from samples.letters.fmt import fullwidth

fw = fullwidth
ONE = timedelta(1)
OLIVE = (0.30, 0.38, 0.10)
INDIGO = (0.20, 0.18, 0.50)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# be09 家賃保証会社 最終催告書: five months of 立替, a partial payment, 手数料; phone photo.


def be09():
    issued, due = D(2026, 5, 11), D(2026, 5, 20)
    R = 14.6
    paid_on, paid = D(2026, 3, 27), 30_000
    months = [(D(2026, 1, 13), "1月分"), (D(2026, 2, 10), "2月分"), (D(2026, 3, 2), "3月分"), (D(2026, 4, 10), "4月分"),
              (D(2026, 5, 1), "5月分")]
    # the tenant's 30,000 of 3/27 went to the January 立替 (as the note says): damages on 76,000 up to 3/27, then on 46,000
    lates = [late(MONTHLY, R, months[0][0] + ONE, paid_on) + late(MONTHLY - paid, R, paid_on + ONE, issued)]
    lates += [late(MONTHLY, R, d + ONE, issued) for d, _ in months[1:]]
    P = MONTHLY * len(months) - paid
    assert P == sum(MONTHLY for _ in months) - paid == 350_000
    L = sum(lates)
    C = 1_650 * 2
    T = P + L + C
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 13, 181, 3, color=None, fill=TEAL))
    p.at(15, 23, "株式会社レントアシスト", size=12.5, font="sans-bold", color=TEAL)
    p.at(196, 22, f"通知日　{wdate(issued)}", size=9.5, align="r")
    p.y = 30
    for s in ADDR4:
        p.line(s, size=10)
    p.line(NAME4 + "　様", size=13.5)
    p.at(196, 36, f"求償管理番号　{RREF}", size=9.5, align="r")
    stamp(p, 160, 40, "最終通知", color=RED, size=13, fill=RED)
    p.y = 56
    p.title("最　終　催　告　書", size=18, color=RED)
    p.para("当社は、賃貸保証委託契約に基づき、下記のとおりお客様の賃料等を賃貸人へ代位弁済（立替払）し、再三にわたり"
           "お支払いをお願いしてまいりましたが、現在まで完済に至っておりません。", size=9.8)
    p.para("本書到着後、下記期日までに下記金額を一括にてお支払いください。期日までにお支払いのない場合は、賃貸人と協議の上、"
           "賃貸借契約の解除及び建物明渡しの法的手続に移行いたします。", size=9.8)
    p.gap(2)
    head = ["対象月", "立替日", "立替額", "ご入金", "残高"]
    body = []
    for i, (d, m) in enumerate(months):
        pay = f"△{paid:,}" if i == 0 else ""
        body.append([m, f"{d.month}/{d.day}", f"{MONTHLY:,}", pay, f"{MONTHLY - (paid if i == 0 else 0):,}"])
    body.append(["計", "", f"{MONTHLY * len(months):,}", f"△{paid:,}", f"{P:,}"])
    p.table([head] + body, [28, 26, 34, 32, 38], x=30, header=True, aligns="ccrrr", size=9.6, row_h=6.8)
    p.line(f"※{paid_on.month}月{paid_on.day}日のご入金（{paid:,}円）は1月分立替金に充当しました。", x=30, size=8.3)
    p.gap(2)
    x0, x1 = 34, 186
    for lab, val, b in (("求償金残高", f"{P:,}円", False), (f"遅延損害金（年{R}％・日割）", f"{L:,}円", False),
                        ("求償事務手数料（1,650円×2回）", f"{C:,}円", False), ("ご請求額", f"{T:,}円", True)):
        if b:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.6, TEAL))
            p.gap(1.3)
        leader(p, lab, val, x0, x1, size=11.5 if b else 10.5, font="sans-bold" if b else "sans", dot="・")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 156, 13, 1.4, RED))
    p.at(35, y + 8.6, "お支払期日", size=11.5, font="sans-bold", color=RED)
    p.at(70, y + 9, f"{due.month}月{due.day}日（{wd(due)}）", size=15, font="sans-bold", color=RED)
    p.at(181, y + 8.6, "厳守", size=11, font="sans-bold", color=RED, align="r")
    p.y = y + 17
    p.para("お振込先　葛南銀行 川口支店 普通 2603118 カ）レントアシスト", size=9.2, indent="")
    p.para("※物件：コーポあけびの台305号室（月額賃料72,000円・共益費4,000円）。最終ご入金日 2026年3月27日。", size=8.8,
           indent="")
    p.gap(2)
    p.line("株式会社レントアシスト　債権管理センター　担当 饒平名", size=9.5, x=98)
    p.line("TEL 048-000-7155　受付 平日10時～18時", size=9.5, x=98)
    tr = truth(document_type="collection_notice", sender=RENT, phone="048-000-7155", creditor=RENT,
               status="not_applicable", debtor=NAME4, total=T, principal=P, interest=None, late_damages=L, costs=C,
               rate=R, lump=True, issued=issued, payment_due=due, last_payment=paid_on, reference=RREF,
               input_kind="photo_jpeg", template="proxy48_rent_guarantor_final_demand_partial_payment_photo",
               received=D(2026, 5, 13))
    return dict(stem="be09", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=1.1, creases=2, fill=0.84, blur=0.9, warm=0.2, glare=14),
                about="collection_notice (家賃保証会社 最終催告書, five months, a partial payment)",
                unusual="phone photo on tatami with creases and a lamp glare; a spaced red title 「最　終　催　告　書」 and a "
                        "filled red 最終通知 stamp; a 5-column table (対象月 / 立替日 as 1/13 / 立替額 / ご入金 with △ / 残高) "
                        "with a 計 row; the 30,000 partial payment of 3/27 = last payment (also repeated in a ※ note); "
                        "求償金残高 / 遅延損害金 / 求償事務手数料（1,650円×2回） (→ costs) / ご請求額; the due date WITHOUT a "
                        "year 「5月20日（水）」 in a red box with 厳守; rent 72,000 / 4,000 as distractors")


# --- the 圷 household: card loan of 房州銀行, guaranteed by やどりぎ保証, sold to 朔風債権回収 ------------------------

BANK5 = "株式会社房州銀行"
GUAR5 = "株式会社やどりぎ保証"
SERV5 = "朔風債権回収株式会社"
NAME5 = "圷　美和子"
ADDR5 = "兵庫県明石市楡の木通五丁目8番22号"
P5, I5 = 1_183_400, 21_770
LAST5, ACC5, SUBRO5 = D(2025, 7, 10), D(2025, 10, 31), D(2025, 11, 20)
ASSIGN5 = D(2026, 3, 31)
R5 = 14.6


def late5(upto: D) -> int:
    return late(P5, R5, SUBRO5 + ONE, upto)


# ---------------------------------------------------------------------------------------------
# be10 やどりぎ保証: 求償金一括ご請求書 with 求償元金 / 求償利息 / 遅延損害金; iPhone HEIC.


def be10():
    issued, due = D(2026, 1, 14), D(2026, 1, 30)
    L = late5(issued)
    T = P5 + I5 + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=OLIVE))
    p.at(15, 6.3, "やどりぎ保証", size=10.5, font="sans-bold", color=WHITE)
    p.at(196, 6.3, "求償債権管理センター", size=8.5, color=WHITE, align="r")
    p.at(196, 16, f"{era(issued)}", size=9.5, align="r")
    window(p, 15, 14, "673-0000", [ADDR5], NAME5 + "　様", barkey="be10", w=94, h=32)
    p.y = 52
    p.title("求償金一括ご請求書", size=16, color=OLIVE)
    p.para(f"お客様が{BANK5}からご利用のカードローン（房州ゆとりカードローン）につきましては、当社が保証しておりましたが、"
           f"お客様が期限の利益を喪失されたため、当社は{era(SUBRO5)}、同行に対し{P5 + I5:,}円を代位弁済いたしました。"
           "つきましては、当社が取得した求償債権を下記のとおり一括してご請求申し上げます。", size=9.6)
    p.gap(2)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["求償番号", "YD-2511-40627", "会員番号", "4978-****-****-2215"],
              ["最終ご返済日", era(LAST5), "喪失日", era(ACC5)],
              ["代位弁済日", era(SUBRO5), "ご利用限度額", "1,500,000円"]], h=7.5, size=9, bold={(0, 1)})
    p.y = y + 5
    p.line(f"■ ご請求の内訳（{era(issued)}現在）", size=10.5, font="sans-bold", color=OLIVE)
    p.table([["求償元金", "求償利息", "遅延損害金", "ご請求額合計"], [f"{P5:,}円", f"{I5:,}円", f"{L:,}円", f"{T:,}円"]],
            [43, 43, 43, 52], x=15, header=True, size=10.5, row_h=9, aligns="rrrr")
    p.line(f"※遅延損害金＝求償元金×年{R5}％×{(issued - SUBRO5).days}日÷365（{era(SUBRO5 + ONE)}から本書作成日まで）",
           x=15, size=8.2)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, color=None, fill=(0.93, 0.95, 0.86)))
    p.at(20, y + 9.2, "お支払期限", size=11, font="sans-bold", color=OLIVE)
    p.at(52, y + 9.5, ew(due), size=14, font="sans-bold")
    p.at(192, y + 9.2, "までに一括でお振込みください", size=9.5, align="r")
    p.y = y + 18
    p.para("お振込先　房州銀行 本店営業部 普通 5526013 カ）ヤドリギホシヨウ キユウシヨウグチ", size=9.2, indent="")
    p.para("※お支払いのご相談は、お支払期限までに下記フリーダイヤルへお電話ください。ご連絡のない場合、法的手続（支払督促・"
           "訴訟）をとらせていただくことがあります。", size=9.0, indent="")
    p.para("※当社は、求償債権を債権回収会社へ譲渡又は回収委託することがあります。", size=9.0, indent="")
    p.gap(4)
    qr(p, 15, p.y, 18, "be10qr")
    for i, (s, sz, f) in enumerate(((GUAR5 + "　求償債権管理センター", 10.5, "sans-bold"),
                                    ("〒650-0000 兵庫県神戸市中央区菜の花通一丁目2番3号", 8.5, "sans"),
                                    ("フリーダイヤル 0120-000-284（平日9:00～18:00）", 9.5, "sans"),
                                    ("担当　杁山", 9, "sans"))):
        p.at(100, p.y + 4 + i * 5, s, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender=GUAR5, phone="0120-000-284", creditor=GUAR5,
               status="not_applicable", original=BANK5, debtor=NAME5, total=T, principal=P5, interest=I5,
               late_damages=L, rate=R5, lump=True, issued=issued, payment_due=due, acceleration=ACC5,
               last_payment=LAST5, reference="YD-2511-40627", input_kind="photo_heic",
               template="proxy48_card_guarantor_lump_recourse_principal_interest_heic", received=D(2026, 1, 16))
    return dict(stem="be10", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.86, warm=0.25),
                about="collection_notice (card-loan guarantor 一括請求: 求償元金 / 求償利息 / 遅延損害金)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; an olive band at the very top with the "
                        "short name; window address; a 3×2 shaded grid (求償番号 bold, masked 会員番号, 最終ご返済日, 喪失日, "
                        "代位弁済日, ご利用限度額 1,500,000 — distractor); a 4-column one-row table with the guarantor's OWN "
                        "split 求償元金 / 求償利息 / 遅延損害金 / ご請求額合計; the 代位弁済額 (= 元金 + 利息) in the prose; the "
                        "damages formula with the day count in a ※ line; a QR")


# ---------------------------------------------------------------------------------------------
# be13 joint 債権譲渡通知: やどりぎ保証 (譲渡人) → 朔風債権回収 (譲受人, invented), letterhead of two; scanned.


def be13():
    issued = D(2026, 4, 6)
    L = late5(ASSIGN5)
    T = P5 + I5 + L
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 12, 181, 30, 0.4))
    p.add(Line(105.5, 12, 105.5, 42, 0.3))
    for x, role, lines, seal in ((18, "譲渡人", [GUAR5, "代表取締役　冠城　亮", "兵庫県神戸市中央区菜の花通一丁目2番3号"],
                                  "やどりぎ保証之印"),
                                 (108.5, "譲受人", [SERV5, "代表取締役　硯川　周平", "大阪府大阪市北区椿森二丁目4番9号",
                                                   "法務大臣許可番号　第２５６号"], "朔風債権回収之印")):
        p.at(x, 17, f"【{role}】", size=8.5, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x, 22.5 + i * 4.6, s, size=9.5 if i == 0 else 8.3, font="serif-bold" if i == 0 else "serif")
        p.seal(x + 78, 30, 11, "round", seal, angle=5, seed=48130 + int(x))
    p.at(196, 49, f"{fw(era(issued))}", size=10, align="r")
    p.y = 50
    p.line(ADDR5, size=10)
    p.line(NAME5 + "　様", size=13)
    p.gap(6)
    p.title("債権譲渡のご通知", size=16, font="serif-bold")
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、譲渡人は、{era(ASSIGN5)}、貴殿に対して有する"
           "下記の求償債権を譲受人に譲渡いたしましたので、連名にてご通知申し上げます。", size=10)
    p.para("つきましては、今後のお支払いは譲受人あてにお願いいたします。お支払方法につきましては、後日譲受人から"
           "ご案内いたします。", size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10.5)
    p.gap(1)
    items = [("譲渡債権", f"{fw(era(SUBRO5))}の代位弁済により譲渡人が取得した求償債権"),
             ("原契約", f"{BANK5}　房州ゆとりカードローン（ご利用限度額　1,500,000円）"),
             ("最終ご返済日", fw(era(LAST5))), ("期限の利益喪失日", fw(era(ACC5))), ("譲渡日", fw(era(ASSIGN5))),
             ("譲受人管理番号", "SK-0406-7713")]
    for i, (a, b) in enumerate(items):
        p.line(f"{'①②③④⑤⑥'[i]}　{a}", x=22, size=9.8)
        p.at(70, p.y - 2.2, b, size=9.8)
    p.gap(3)
    p.line(f"⑦　譲渡債権額（{fw(era(ASSIGN5))}現在）", x=22, size=9.8)
    p.gap(1)
    p.table([["求償元金", f"{P5:,}円"], ["求償利息", f"{I5:,}円"], [f"遅延損害金（年{R5}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [64, 50], x=34, aligns="lr", size=10, row_h=7.2, shade_col0=True)
    p.gap(4)
    p.line("以上", align="r")
    p.gap(4)
    p.line(f"＜お問い合わせ先＞　{SERV5}　管理部　TEL 06-0000-2561（平日9時～17時）", size=9, x=22)
    p.line("※譲渡人（やどりぎ保証 0120-000-284）では、本件のお支払いはお受けできません。", size=8.6, x=22)
    tr = truth(document_type="assignment_notice", sender=SERV5, license_number=256, phone="06-0000-2561", creditor=SERV5,
               status="unverified", original=GUAR5, debtor=NAME5, total=T, principal=P5, interest=I5, late_damages=L,
               rate=R5, lump=False, issued=issued, payment_due=None, acceleration=ACC5, last_payment=LAST5,
               assignment=ASSIGN5, reference="SK-0406-7713", input_kind="scan_png",
               template="proxy48_joint_assignment_card_guarantor_to_invented_servicer_letterhead", received=D(2026, 4, 8))
    return dict(stem="be13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (joint, card-loan guarantor → invented servicer)",
                unusual="scanned; the two notifiers in a split LETTERHEAD box at the very top (【譲渡人】 / 【譲受人】) with "
                        "round seals, the INVENTED servicer 「朔風債権回収株式会社」 with 「法務大臣許可番号　第２５６号」 in "
                        "full-width (→ unverified); 拝啓 … 敬具; circled ①–⑦ items with full-width era dates (代位弁済日 "
                        "inside item ①, 最終ご返済日, 喪失日, 譲渡日) and the 譲受人管理番号 as item ⑥; a shaded-label 4-row "
                        "table 求償元金 / 求償利息 / 遅延損害金 / 合計; ご利用限度額 1,500,000 and the 譲渡人's free dial as "
                        "distractors; informs only")


# ---------------------------------------------------------------------------------------------
# be14 朔風債権回収 (invented) ご請求書 by one-page fax.


def be14():
    issued, due = D(2026, 5, 8), D(2026, 5, 22)
    L = late5(issued)
    T = P5 + I5 + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 9, color=None, fill=SHADE))
    p.at(18, 16.3, f"FAX送信　{slash(issued)}　全1枚", size=10, font="sans-bold")
    p.at(193, 16.3, "送信元 FAX 06-0000-2569", size=9, align="r")
    p.y = 24
    p.line(NAME5 + "　様", size=13)
    p.line("（管理番号　SK-0406-7713）", size=9.5)
    p.at(196, 28, SERV5, size=11.5, font="sans-bold", align="r")
    p.at(196, 33, "法務大臣許可番号第256号", size=8.5, align="r")
    p.at(196, 38, "大阪府大阪市北区椿森二丁目4番9号", size=8.5, align="r")
    p.y = 44
    p.title("ご　請　求　書", size=16)
    p.para(f"{era(ASSIGN5)}付で{GUAR5}から譲り受けました求償債権（原債権者　{BANK5}）につき、先日来お電話及び書面にて"
           "ご連絡を差し上げておりますが、ご返答をいただけておりません。つきましては、下記金額を期日までに一括にて"
           "お支払いくださいますようご請求いたします。", size=9.6)
    p.gap(2)
    x0, x1 = 30, 180
    for lab, val, b in (("求償元金", f"{P5:,}円", False), ("求償利息", f"{I5:,}円", False),
                        (f"遅延損害金（{slash(SUBRO5 + ONE)}～{slash(issued)}・年{R5}％）", f"{L:,}円", False),
                        ("ご請求金額", f"{T:,}円", True)):
        if b:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.8))
            p.gap(1.3)
        p.line(lab, x=x0, size=11 if b else 10.2, font="sans-bold" if b else None)
        p.at(x1, p.y - 2.6, val, size=12 if b else 10.2, align="r", font="sans-bold" if b else "sans")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 12, 1.5))
    p.at(35, y + 8, "お支払期日", size=11, font="sans-bold")
    p.at(70, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　房州銀行 大阪支店　当座 0025611　サクフウサイケンカイシユウ（カ", size=9.2, indent="")
    p.para(f"※最終ご返済日 {slash(LAST5)}／期限の利益喪失日 {slash(ACC5)}／代位弁済日 {slash(SUBRO5)}", size=9.0, indent="")
    p.para("※期日までにお支払い又はご相談のない場合、当社の顧問弁護士に委任のうえ、訴訟等の法的措置を講じます。"
           "分割によるお支払いをご希望の方は、必ず期日までにご連絡ください。", size=9.0, indent="")
    p.gap(3)
    p.line("担当　管理部　硯川（TEL 06-0000-2561　平日9時～17時）", size=9.5, x=96)
    tr = truth(document_type="collection_notice", sender=SERV5, license_number=256, phone="06-0000-2561", creditor=SERV5,
               status="unverified", original=GUAR5, debtor=NAME5, total=T, principal=P5, interest=I5, late_damages=L,
               rate=R5, lump=True, issued=issued, payment_due=due, acceleration=ACC5, last_payment=LAST5,
               assignment=ASSIGN5, reference="SK-0406-7713", input_kind="fax_tiff",
               template="proxy48_invented_servicer_recourse_claim_slash_dates_fax", received=issued)
    return dict(stem="be14", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 13:48 SAKUFU SAIKEN 06-0000-2569",
                about="collection_notice (invented servicer, 譲受 求償債権, one-page fax)",
                unusual="one-page G4 fax with a grey FAX送信 strip (slash date, 全1枚, the sender's FAX); the INVENTED "
                        "servicer 「朔風債権回収株式会社」 with 「法務大臣許可番号第256号」 in small type top-right (→ "
                        "unverified); every date as 2026/05/22 slash form; the 譲渡人 AND the 原債権者 bank both in the first "
                        "sentence; label rows 求償元金 / 求償利息 / 遅延損害金 (with a slash-date window) / ご請求金額; the "
                        "three history dates in one ※ line separated by ／")


# --- the 釼持 household: free loan of 椿森銀行 guaranteed by くいなローン保証; 支払督促 at 大垣簡裁 -------------------

BANK3 = "株式会社椿森銀行"
GUAR3 = "くいなローン保証株式会社"
NAME3 = "釼持　沙耶"
ADDR3 = "岐阜県大垣市梨園町四丁目11番2号"
P3, I3 = 851_000, 13_210
S3 = P3 + I3
LAST3, ACC3, SUBRO3 = D(2025, 4, 25), D(2025, 7, 15), D(2025, 8, 22)
FILED3 = D(2026, 1, 20)
R3 = 14.6
L3 = late(S3, R3, SUBRO3 + ONE, FILED3)
C3 = 4_022
CASE3 = "令和8年(ロ)第118号"
COURT3 = "大垣簡易裁判所"


def _po_claim(q, costs_rows, running_no):
    rows = [["１", "求償元金", f"{S3:,}"],
            ["２", f"確定遅延損害金（{era(SUBRO3 + ONE)}から{era(FILED3)}まで年14.6％）", f"{L3:,}"]]
    for i, (lab, c) in enumerate(costs_rows):
        rows.append([str(3 + i), lab, f"{c:,}"])
    total = S3 + L3 + sum(c for _, c in costs_rows)
    rows.append(["", "合　計", f"{total:,}"])
    q.table([["", "請　求　の　趣　旨", "金額（円）"]] + rows, [10, 120, 40], x=20, header=True, aligns="clr", size=9.4,
            row_h=7.2)
    q.para(f"{running_no}　上記１の金額に対する{era(FILED3 + ONE)}から完済まで年14.6％の割合による遅延損害金", x0=20, x1=190,
           size=9.2, indent="")
    return total


def _po_cause(q):
    q.line("請求の原因", size=10.5, font="serif-bold")
    for s in (f"１　債務者は、令和4年9月2日、{BANK3}との間で金銭消費貸借契約（フリーローン、借入金1,200,000円）を締結し、"
              f"債権者は、債務者の委託を受けて同契約に基づく債務を保証した。",
              f"２　債務者は{era(LAST3)}の支払を最後に返済を怠り、{era(ACC3)}の経過により期限の利益を喪失した。",
              f"３　債権者は{era(SUBRO3)}、同行に対し元金{P3:,}円及び利息{I3:,}円の合計{S3:,}円を代位弁済した。",
              "４　保証委託契約により、債務者は代位弁済額及びこれに対する代位弁済日の翌日から年14.6％の割合による遅延損害金を"
              "支払う約定である。"):
        q.para(s, x0=20, x1=190, size=9.2, indent="")


def _parties(q):
    q.kv([("債権者", f"{GUAR3}（代表者代表取締役　楠見　悠）"), ("", "岐阜県岐阜市菜の花通三丁目6番1号"),
          ("", "（送達場所）同社 管理部　電話 058-000-4417"),
          ("債務者", NAME3), ("", ADDR3)], x=20, label_w=22, size=9.4)


# ---------------------------------------------------------------------------------------------
# be11 大垣簡裁 支払督促 (求償金請求督促事件) of the loan guarantor; one-page image PDF.


def be11():
    issued = D(2026, 1, 28)
    q = Page(font="serif", size=10, top=14)
    q.at(196, 16, fw(CASE3.replace("(", "（").replace(")", "）")) + "　求償金請求督促事件", size=9.5, align="r")
    q.y = 20
    q.title("支　払　督　促", size=17, font="serif-bold")
    _parties(q)
    q.gap(1)
    q.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10)
    q.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", size=10)
    q.gap(1)
    total = _po_claim(q, [("督促手続費用", C3)], "４")
    q.gap(1)
    _po_cause(q)
    q.gap(2)
    q.line(f"{fw(era(issued))}", size=10)
    q.line(f"　{COURT3}　裁判所書記官　榊間　千晶", size=10.5)
    q.seal(150, q.y - 5, 14, "square", "大垣簡易裁判所書記官印", angle=0, seed=48111)
    q.gap(2)
    y = q.y
    q.add(Box(20, y, 170, 18, 0.6))
    q.at(23, y + 5, "＜督促異議の申立てについて＞", size=9, font="serif-bold")
    q.at(23, y + 10, "この支払督促に不服があるときは、送達を受けた日から２週間以内に当裁判所に督促異議を申し立ててください。", size=8.4)
    q.at(23, y + 15, f"問合せ先　{COURT3}　民事係　電話 0584-00-1180（直通）", size=8.4)
    tr = truth(document_type="payment_order", sender=COURT3, phone="0584-00-1180", creditor=GUAR3,
               status="not_applicable", original=BANK3, debtor=NAME3, total=total, principal=S3, interest=None,
               late_damages=L3, costs=C3, rate=R3, lump=True, issued=issued, payment_due=None, acceleration=ACC3,
               last_payment=LAST3, reference=CASE3, input_kind="pdf_scan",
               template="proxy48_payment_order_loan_guarantor_recourse_ogaki", received=D(2026, 1, 31))
    return dict(stem="be11", ext="pdf", kind="pdf_scan", pages=[q.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁, loan guarantor creditor, 求償金請求督促事件)",
                unusual="a 支払督促 of a guarantee company on ONE scanned page: the full-width (ロ) number with "
                        "「求償金請求督促事件」 alone top-right; kv parties with the creditor's 送達場所 phone (distractor); "
                        "a 3-column ruled 請求の趣旨 table with a 「金額（円）」 header (求償元金 / 確定遅延損害金 with its window / "
                        "督促手続費用 / 合計) and the running item ４ below; 請求の原因 with the 代位弁済 split 元金 / 利息 "
                        "(history), 借入金 1,200,000 (distractor), last payment and 喪失; the objection box with the court's "
                        "（直通） phone")


# ---------------------------------------------------------------------------------------------
# be12 仮執行宣言付支払督促 of the same case; one-page image PDF.


def be12():
    issued = D(2026, 3, 6)
    C2 = 1_152
    q = Page(font="serif", size=10, top=14)
    q.line(f"事件番号　{CASE3}", size=9.5)
    q.line("求償金請求督促事件", size=9.5)
    q.gap(2)
    q.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    _parties(q)
    q.gap(1)
    q.para(f"上記当事者間の頭書事件について、{era(D(2026, 1, 28))}付で発付した支払督促は、{era(D(2026, 1, 31))}債務者に送達"
           f"されたが、債務者は法定期間内に督促異議の申立てをしなかった。よって、債権者の{era(D(2026, 2, 24))}付申立てにより、"
           "次のとおり仮執行の宣言をする。", size=9.8)
    q.line("主文　債務者は、債権者に対し、下記の金額を支払え。本支払督促は仮に執行することができる。", size=9.8,
           font="serif-bold", x=20)
    q.gap(1)
    total = _po_claim(q, [("督促手続費用", C3), ("仮執行宣言の手続費用", C2)], "５")
    q.gap(1)
    _po_cause(q)
    q.gap(2)
    q.line(f"{era(issued)}", size=10)
    q.line(f"　{COURT3}　裁判所書記官　榊間　千晶", size=10.5)
    q.seal(150, q.y - 5, 14, "square", "大垣簡易裁判所書記官印", angle=0, seed=48121)
    q.gap(2)
    y = q.y
    q.add(Box(20, y, 170, 17, color=None, fill=SHADE))
    q.at(23, y + 5, "この書面を受け取った方へ", size=9, font="serif-bold")
    q.at(23, y + 10, "この仮執行宣言付支払督促に対しては、送達を受けた日から２週間以内に督促異議を申し立てることができます。",
         size=8.3)
    q.at(23, y + 15, f"ただし、異議を申し立てても強制執行は停止されません。{COURT3}　電話 0584-00-1180（直通）", size=8.3)
    tr = truth(document_type="payment_order_enforceable", sender=COURT3, phone="0584-00-1180", creditor=GUAR3,
               status="not_applicable", original=BANK3, debtor=NAME3, total=total, principal=S3, interest=None,
               late_damages=L3, costs=C3 + C2, rate=R3, lump=True, issued=issued, payment_due=None, acceleration=ACC3,
               last_payment=LAST3, reference=CASE3, input_kind="pdf_scan",
               template="proxy48_enforceable_payment_order_guarantor_two_cost_rows", received=D(2026, 3, 9))
    return dict(stem="be12", ext="pdf", kind="pdf_scan", pages=[q.spec], truth=tr, skew=1.0,
                about="payment_order_enforceable (簡裁, same case as be11)",
                unusual="the 仮執行宣言付支払督促 of be11's case on one scanned page, case number as a plain kv line top-LEFT "
                        "(half-width brackets); four dates (発付 1/28, 送達 1/31, 申立て 2/24, the declaration 3/6 = issued); "
                        "a bold 主文 line; the same 請求の趣旨 table with TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → "
                        "costs = sum) and the running item ５; a shaded 「この書面を受け取った方へ」 box with the court's phone")


# ---------------------------------------------------------------------------------------------
# be15 SCAM: a fake servicer that "bought" a 求償債権 after a 代位弁済; phone photo.


def be15():
    issued, due = D(2026, 2, 16), D(2026, 2, 18)
    T = 298_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "重要", color=RED, size=13, fill=RED)
    stamp(p, 36, 12, "親展・本人開封", color=RED, size=11)
    p.at(196, 17, f"発送日　{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "お客様管理番号　ダ－１９０６４", size=10, align="r")
    p.y = 30
    p.line("千葉県木更津市菜の花通八丁目", size=10.5)
    p.line("楪　千尋　様", size=14)
    p.gap(6)
    p.line("代位弁済に伴う求償債権の最終請求通知", size=16, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿が過去にご利用されたカードローン等の未払い債務について、保証会社が金融機関へ代位弁済を行い、その求償債権を"
           "当センターが譲り受けております。再三の通知にもかかわらずご連絡がないため、本状をもって最終のご請求といたします。")
    p.para("期日までにお支払いのない場合、当センターは給与・預金口座の差押え、ご自宅の動産差押えを含む強制執行の手続を"
           "直ちに開始いたします。裁判所への出頭、訴訟費用もすべて貴殿のご負担となります。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 30, 1.2, RED))
    p.at(30, y + 9, "ご請求額（求償金・手数料含む）", size=11.5, font="sans-bold")
    p.at(180, y + 10, f"￥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.at(30, y + 20, "お支払期日", size=11.5, font="sans-bold")
    p.at(180, y + 21, f"{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=14, font="sans-bold", align="r", color=RED)
    p.at(30, y + 27, "※期日を過ぎますと和解のご案内はできません", size=8.5)
    p.y = y + 35
    p.line("お振込先", size=11, font="sans-bold")
    p.line("　北総銀行　ひがし支店　普通　7723105　口座名義　タケダ　ユウジ（当センター担当者名義）", size=10)
    p.gap(2)
    p.para("※当センターは法務大臣の許可を受けた債権回収会社です。ご家族、職場、弁護士等への相談は手続が複雑になりますので"
           "お控えください。お電話の際はお客様管理番号をお伝えください。", size=9.5, indent="")
    p.gap(4)
    for s, sz, f in (("株式会社代位弁済債権回収管理センター", 12, "sans-bold"), ("法務大臣許可番号　第206号", 9.5, "sans"),
                     ("東京都千代田区丸の内（本社受付）", 9.5, "sans"), ("債権管理課直通　080-0000-6619（土日祝も受付）", 10.5, "sans-bold")):
        p.line(s, x=96, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社代位弁済債権回収管理センター", license_number=206,
               phone="080-0000-6619", creditor=None, status="not_licensed", original=None, debtor="楪千尋", total=T,
               lump=False, issued=issued, payment_due=due, reference="ダ-19064", is_scam=True, input_kind="photo_jpeg",
               template="proxy48_scam_fake_servicer_recourse_claim_photo", received=None)
    return dict(stem="be15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.82, shadow=0.2, shadow_side="right",
                          warm=0.3),
                about="other (scam: fake servicer claiming a 求償債権 after a 代位弁済)",
                unusual="架空請求 photographed on wood with a hand shadow: borrows the theme's words (代位弁済, 求償債権) "
                        "without naming any bank, guarantor or contract; filled red 重要 and 親展・本人開封 stamps; a fake "
                        "「法務大臣許可番号　第206号」 for 「株式会社代位弁済債権回収管理センター」 (→ not_licensed); a "
                        "katakana-led 管理番号 「ダ－１９０６４」; a two-day deadline 「2月18日（水）午後3時まで」 without a "
                        "year; a PERSONAL account; an 080 number open at weekends; an address without a number; "
                        "「弁護士等への相談は…お控えください」; no components of the amount")


# ---------------------------------------------------------------------------------------------
# be16 SMBC債権回収 (real) collecting a guarantor's 求償債権 on commission (受託); digital.

GUAR6 = "総武信用保証株式会社"
BANK6 = "株式会社下総銀行"
SERV6 = "SMBC債権回収株式会社"


def be16():
    issued, due = D(2026, 6, 17), D(2026, 7, 1)
    subro, acc, lastp, entrust = D(2026, 1, 23), D(2025, 12, 10), D(2025, 8, 25), D(2026, 5, 29)
    R = 14.0
    P = 2_364_115
    L = late(P, R, subro + ONE, D(2026, 6, 15))
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 5, 13, color=None, fill=NAVY))
    p.at(23, 19.5, "SMBC債権回収株式会社", size=14, font="sans-bold", color=NAVY)
    p.at(23, 24.5, "法務大臣許可番号　第10号", size=8, color=NAVY)
    p.at(196, 17, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 22, "お客様番号　8841-0267-35", size=9.5, align="r")
    bars(p, 15, 31, 60, 3.2, "be16bars")
    p.y = 37
    p.line("〒272-0000　千葉県市川市白樺通一丁目20番7号", size=10)
    p.line("毛受　和也　様", size=13.5)
    p.gap(6)
    p.title("受託債権のご案内とお支払いのお願い", size=14.5)
    p.para(f"当社は、{GUAR6}（以下「委託元」）から、同社が貴殿に対して有する下記求償債権の管理回収業務の委託を受けました。"
           "本件債権の債権者は引き続き委託元であり、当社は委託元に代わってご請求・お支払いの受付を行います。", size=9.6)
    p.gap(2)
    y = grid(p, 15, p.y, [34, 56, 34, 57],
             [["債権者（委託元）", GUAR6, "原債権者", BANK6],
              ["原契約", "事業性カードローン", "最終ご返済日", era(lastp)],
              ["期限の利益喪失日", era(acc), "代位弁済日", era(subro)],
              ["受託日", era(entrust), "代位弁済額", f"{P:,}円"]], h=7.5, size=8.8)
    p.y = y + 5
    p.line(f"ご請求金額（{era(D(2026, 6, 15))}現在）", size=10.5, font="sans-bold", color=NAVY)
    p.table([["求償元金", f"{P:,}円"], [f"損害金（{era(subro + ONE)}から年{R}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [96, 50], x=25, aligns="lr", size=10.2, row_h=8, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 146, 12, 0.8, NAVY))
    p.at(30, y + 8, "ご入金期日", size=11, font="sans-bold", color=NAVY)
    p.at(62, y + 8.3, ew(due), size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("上記期日までに全額を一括してお支払いいただくか、お支払方法について当社までご連絡ください。お振込みの際は、お名前の前に"
           "お客様番号（ハイフンなし）をご入力ください。", size=9.3, indent="")
    p.para("お振込先　葛南銀行 千葉支店 普通 8841026（SMBC債権回収株式会社 受託口）", size=9.3, indent="")
    p.para("※当社を名乗る不審な電話・メールにご注意ください。当社が個人名義の口座への振込をお願いすることはありません。",
           size=8.8, indent="")
    p.gap(4)
    for s, sz, f in ((SERV6 + "　千葉管理部", 10.5, "sans-bold"), ("〒260-0000 千葉県千葉市中央区つるばみ町二丁目3番5号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-310（平日9:00～18:00）", 9.5, "sans"), ("担当　麹谷", 9, "sans")):
        p.line(s, x=104, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender=SERV6, license_number=10, phone="0120-000-310", creditor=GUAR6,
               status="licensed", original=BANK6, debtor="毛受和也", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="8841-0267-35", input_kind="pdf_text",
               template="proxy48_real_servicer_entrusted_guarantor_recourse_grid", received=D(2026, 6, 19))
    return dict(stem="be16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer collecting a guarantor's 求償債権 on commission, 受託)",
                unusual="★ SMBC債権回収株式会社 (a Latin-letter name) with 「法務大臣許可番号　第10号」 under the logo, "
                        "collecting ON COMMISSION: the creditor stays the guarantor (債権者（委託元）), and the 原債権者 bank "
                        "is printed in a 4×2 shaded grid together with 原契約, last payment, 喪失日, 代位弁済日, 受託日 and "
                        "代位弁済額 (= 求償元金 here); the amounts as of 6/15 (≠ the letter date 6/17); a rows-ruled "
                        "求償元金 / 損害金 / 合計 table; customer barcode bars; a warning against personal accounts")


LETTERS = [be09, be10, be11, be12, be13, be14, be15, be16]
