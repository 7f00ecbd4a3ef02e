"""Proxy set 54, letters bk01–bk08: "hard images, third round". Each letter is an ordinary letter of its kind; what is
hard is the picture a support office receives of it: a letter held in one hand (bk01), a glare stripe (bk02), a steep
photo from above (bk03), a scam postcard forwarded through a messenger app (bk04), a 支払督促 with its 特別送達 envelope
lying over the foot (bk05), an iPhone HEIC at night (bk06), a HEIC on a bed cover under a lamp (bk07) and a sideways
photo with EXIF orientation 6 (bk08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    late,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal

fw = fullwidth
TEAL = (0.0, 0.36, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.42, 0.25, 0.08)


def wj(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def rj(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def en(n: int) -> str:
    return f"{n:,}円"


def add_up(total: int, *parts: int) -> int:
    assert sum(parts) == total, (parts, total)
    return total


# ---------------------------------------------------------------------------------------------
# bk01 real servicer (ORIX) 一括請求, photographed held in one hand: thumb over the bottom-left corner, sheet bent.


def bk01():
    R = 14.6
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    acc, assign, lastp = D(2025, 9, 10), D(2025, 12, 1), D(2025, 7, 27)
    P, I = 486_200, 12_874
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10, top=16)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(105, 6.3, "大切なお知らせです　必ずご本人様がご開封ください", size=9, align="c", color=WHITE)
    p.at(18, 20, "〒099-0000", size=9.5)
    p.at(18, 25, "北海道北見市山鳩台九丁目9番9号", size=9.5)
    p.at(24, 36, "日比生　美樹　様", size=14)
    p.at(196, 20, f"発行日　{wj(issued)}", size=9.5, align="r")
    p.at(196, 25, "ご照会番号　1601-2287-0054", size=9.5, align="r")
    y = 32
    for s, sz in [("オリックス債権回収株式会社", 11.5), ("回収第二部　個人債権グループ", 8.8),
                  ("法務大臣許可番号　第11号", 8.8), ("〒105-0000 東京都港区蜻蛉町九丁目9番9号", 8.3),
                  ("フリーダイヤル　0120-000-311", 8.8), ("受付　平日 9:30～18:00", 8.3)]:
        p.at(196, y, s, size=sz, align="r", font="sans-bold" if sz > 11 else "sans")
        y += sz * 0.3528 * 1.55
    p.add(Seal(128, 36, 13, "square", "債権回収会社印", angle=3, seed=54011))
    p.y = 62
    p.title("ご請求書（一括弁済のお願い）", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=9.8, indent="")
    p.para(f"さて、当社は{wj(assign)}付で、株式会社ノイバラクレジットから貴殿に対する下記債権を譲り受けました。"
           f"貴殿は{wj(acc)}をもって期限の利益を喪失されており、最終のご入金は{wj(lastp)}となっております。"
           "つきましては、下記のご請求額を期限までに一括してお支払いくださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10)
    head = ["譲受元金", "約定利息残", "遅延損害金（年14.6％）", "お支払総額"]
    p.table([head, [en(P), en(I), en(L), en(T)]], [40, 36, 54, 46], x=17, header=True, size=10.5, row_h=10,
            aligns="rrrr")
    p.line(f"※遅延損害金は、譲受元金に対し{wj(acc + timedelta(1))}から発行日まで日割計算しています。", x=17, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 15, 0.8, TEAL))
    p.add(Box(17, y, 48, 15, color=None, fill=TEAL))
    p.at(41, y + 9.6, "お支払期限", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(72, y + 10, f"{wj(due)}（{wd(due)}）", size=15, font="sans-bold")
    p.y = y + 20
    p.line("債権の内容", size=10, font="sans-bold")
    rows = [("原債権者", "株式会社ノイバラクレジット"), ("ご契約の種類", "カードローン（ご契約日 2021年3月8日）"),
            ("期限の利益喪失日", wj(acc)), ("最終ご入金日", wj(lastp)), ("債権譲受日", wj(assign)),
            ("ご利用限度額", "500,000円（ご参考）")]
    p.table([[a, b] for a, b in rows], [46, 130], x=17, size=9.3, row_h=7, aligns="ll", shade_col0=True)
    p.gap(3)
    p.line("お振込先", size=10, font="sans-bold")
    p.para("いちい銀行　本店営業部　普通預金　3318406　口座名義　オリックスサイケンカイシュウ（カ", size=9.3, indent="")
    p.para("※お振込みの際は、ご依頼人名の前にご照会番号の下8桁（22870054）をご入力ください。", size=8.8, indent="")
    p.gap(2)
    p.para("ご一括でのお支払いが難しい場合は、お支払期限までに必ず上記フリーダイヤルへご相談ください。本書と行き違いに"
           "お支払いいただいた場合は、ご容赦ください。", size=8.8, indent="")
    p.gap(3)
    p.at(17, 262, "個人情報の取扱いについて：当社は、債権管理回収業務の遂行に必要な範囲でお客様の情報を利用します。", size=7)
    p.at(17, 266, "当社からのお電話は必ず上記の番号からおかけします。不審な連絡にはご注意ください。", size=7)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-311", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ノイバラクレジット", debtor="日比生美樹", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="1601-2287-0054", input_kind="photo_jpeg",
               template="proxy54_servicer_lump_sum_held_in_hand", received=D(2026, 1, 19))
    return dict(stem="bk01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="room", fill=0.86, keystone=0.04, tilt=4.0, bow=26, fingers="bl", blur=1.0),
                about="collection_notice (real servicer, 一括請求, held in one hand)",
                unusual="phone photo of the sheet HELD IN ONE HAND in front of a blurred room: a thumb over the "
                        "bottom-left corner (it hides only the privacy footer), the sheet bent so the lines curve; real "
                        "servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 in a right-aligned sender "
                        "stack and a square seal; teal band; 4-column one-row table 譲受元金 / 約定利息残 / 遅延損害金（年14.6％）"
                        " / お支払総額; due in a teal bar; a shaded 債権の内容 table with 原債権者, 喪失日, 最終ご入金日, "
                        "債権譲受日, the ご契約日 2021 and ご利用限度額 500,000 as distractors; the last 8 digits of the "
                        "reference repeated without hyphens")


# ---------------------------------------------------------------------------------------------
# bk02 real servicer (Alpha) 分割和解のご提案 with a glare stripe from a ceiling light across the middle.


def bk02():
    R = 18.0
    issued, reply = D(2026, 2, 9), D(2026, 2, 27)
    acc, assign, lastp = D(2024, 11, 5), D(2025, 4, 1), D(2024, 8, 28)
    P, I = 1_128_400, 36_952
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    first, monthly, n = 50_000, 30_000, 36
    settle = add_up(first + monthly * n, first, monthly * n)
    p = Page(font="sans", size=10, top=15)
    p.at(18, 20, "アルファ債権回収株式会社", size=14, font="sans-bold", color=NAVY)
    p.at(18, 25.5, "法務大臣許可番号　第101号", size=8.5, color=NAVY)
    p.add(Line(18, 28, 192, 28, 1.2, NAVY))
    p.at(192, 20, wj(issued), size=10, align="r")
    p.at(192, 25.5, "お客様ID：AL-5530-1827", size=9.5, align="r")
    p.at(18, 36, "〒862-0000　熊本県熊本市東区柚子ヶ丘九丁目9番9号", size=9.5)
    p.at(22, 44, "仁後　拓海　様", size=13.5)
    p.at(192, 36, "〒160-0000 東京都新宿区葛籠坂九丁目9番9号", size=8.5, align="r")
    p.at(192, 40.5, "管理部　和解推進課　担当：善財", size=8.5, align="r")
    p.at(192, 45, "TEL 03-0000-1016（平日 9:00～17:30）", size=8.5, align="r")
    p.y = 52
    p.title("ご返済方法変更（分割和解）のご提案", size=15, color=NAVY)
    p.para(f"当社は、{wj(assign)}に株式会社ホオノキファイナンスから貴殿に対する貸金債権を譲り受け、以後ご連絡を差し上げて"
           f"おります。貴殿は{wj(acc)}に期限の利益を喪失され、{wj(lastp)}を最後にご入金がございません。", size=9.8)
    p.para("このたび当社では、貴殿のご事情をうかがったうえで、下記のとおり分割によるお支払いの方法をご提案いたします。"
           "ご了承いただける場合は、同封の和解申込書にご記入のうえ、ご回答期限までにご返送ください。", size=9.8)
    p.gap(2)
    p.line(f"■ 現在のご債務額（{wj(issued)}現在）", size=10.5, font="sans-bold", color=NAVY)
    rows = [["元金", en(P)], ["利息", en(I)], [f"遅延損害金（年{R:.1f}％）", en(L)], ["現在のご債務額　合計", en(T)]]
    p.table(rows, [90, 60], x=30, size=10.5, row_h=8.5, aligns="lr", shade_col0=True)
    p.gap(4)
    p.line("■ ご提案内容", size=10.5, font="sans-bold", color=NAVY)
    p.para(f"和解金額　{en(settle)}（遅延損害金の一部を減額いたします）", size=10, indent="　")
    p.para(f"初回　{en(first)}　令和8年3月末日までにお支払い", size=10, indent="　")
    p.para(f"2回目以降　月々{en(monthly)} × {n}回（毎月末日、令和8年4月～令和11年3月）", size=10, indent="　")
    p.para("分割金のお支払いを2回分以上怠ったときは、和解は失効し、上記現在のご債務額からお支払済額を差し引いた残額を一括して"
           "ご請求いたします。", size=9, indent="　")
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 14, 1.0, RED))
    p.at(36, y + 9.2, "ご回答期限", size=11.5, font="sans-bold", color=RED)
    p.at(72, y + 9.6, f"{wj(reply)}（{wd(reply)}）必着", size=14, font="sans-bold")
    p.y = y + 19
    p.para("期限までにご回答がない場合、本提案はなかったものとさせていただき、法的手続を検討せざるを得ません。ご不明な点は"
           "担当までお問い合わせください。", size=9)
    p.gap(2)
    p.para("【ご参考】原契約　金銭消費貸借契約（平成31年2月14日）　当初ご融資額　1,500,000円　原契約番号　HN-190214-77",
           size=8.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-1016", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ホオノキファイナンス", debtor="仁後拓海", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AL-5530-1827", input_kind="photo_jpeg",
               template="proxy54_servicer_settlement_glare_stripe", received=D(2026, 2, 12))
    return dict(stem="bk02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", fill=0.88, keystone=0.05, tilt=1.5, stripe=0.62, stripe_angle=-9, stripe_y=0.41, creases=2,
                          blur=0.85),
                about="settlement_proposal (real servicer, 36 instalments, glare stripe)",
                unusual="phone photo on a pale desk with tri-fold creases and a GLARE STRIPE from a ceiling light running "
                        "diagonally across the middle, over the 現在のご債務額 table (values washed out but readable); real "
                        "servicer ★ アルファ債権回収株式会社 with 「法務大臣許可番号　第101号」 under a navy name top-left; "
                        "お客様ID with a colon; a 2-column shaded-label table 元金 / 利息 / 遅延損害金（年18.0％） / 現在のご債務"
                        "額　合計 「…現在」; the plan (和解金額 1,130,000, 初回 50,000 by 令和8年3月末日, 30,000 × 36) as "
                        "distractors; a red-framed ご回答期限 …必着 (= payment_due); 原契約 平成31年, 1,500,000 and the "
                        "原契約番号 as ご参考")


# ---------------------------------------------------------------------------------------------
# bk03 bank 期限の利益喪失のご通知, photographed from above at a steep angle (strong keystone, far edge soft).


def bk03():
    R = 14.0
    warn, acc, issued, due = D(2026, 2, 16), D(2026, 3, 2), D(2026, 3, 6), D(2026, 3, 23)
    lastp = D(2025, 12, 25)
    P, I = 2_314_680, 18_455
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="serif", size=10.5, top=18)
    p.at(192, 22, f"{rj(issued)}", size=10.5, align="r")
    p.at(192, 27.5, "お取引番号　0417-5528806", size=10, align="r")
    p.at(18, 30, "岩手県盛岡市雁来台九丁目9番9号", size=10.5)
    p.at(22, 38, "枡川　弘毅　様", size=14)
    y = 46
    for s in ["株式会社磯菊銀行", "融資管理部　個人ローン回収課", "〒980-0000 宮城県仙台市青葉区朱鷺見九丁目9番9号",
              "電話 022-000-4170（直通）"]:
        p.at(192, y, s, size=10.5 if s.endswith("銀行") else 9, align="r", font="serif-bold" if s.endswith("銀行") else "serif")
        y += 5
    p.add(Seal(108, 50, 15, "square", "磯菊銀行融資管理部之印", angle=-3, seed=54031))
    p.y = 70
    p.title("期限の利益喪失のご通知", size=17, spaced=True)
    p.para(f"貴殿との間の平成30年6月20日付金銭消費貸借契約（フリーローン）に基づくご返済について、当行は{rj(warn)}付の"
           f"催告書により延滞元利金のお支払いをお願いいたしましたが、お支払期日である{rj(acc)}までにお支払いがございません"
           "でした。", size=10.5)
    p.para(f"よって、貴殿は約定に基づき{rj(acc)}の経過により期限の利益を喪失されましたので、ご通知申し上げます。"
           f"つきましては、下記の金額を{rj(due)}までに一括してお支払いください。", size=10.5)
    p.gap(2)
    p.line("記", align="c", size=11)
    p.gap(1)
    rows = [["残元金", en(P)], ["未払利息", en(I)], ["遅延損害金", en(L)], ["合計", en(T)]]
    p.table(rows, [60, 60], x=45, size=13, row_h=11, aligns="lr", font="serif")
    p.line(f"（遅延損害金は残元金に対する年{R:.1f}％、{rj(acc + timedelta(1))}から本書作成日までの日割計算）",
           x=45, size=8.5)
    p.gap(4)
    p.at(45, p.y + 6, "お支払期限", size=12, font="serif-bold")
    p.at(80, p.y + 6.5, f"{rj(due)}（{wd(due)}）", size=14, font="serif-bold")
    p.y += 14
    p.para("最終ご返済日　" + rj(lastp), x0=45, size=10.5, indent="")
    p.para("お振込先　磯菊銀行　本店　普通預金　7702139", x0=45, size=10.5, indent="")
    p.gap(4)
    p.para("なお、上記期限までにお支払いのない場合は、保証会社である山査子保証株式会社に保証債務の履行を請求いたします。"
           "その後は同社より貴殿にご請求がなされますので、あらかじめご承知おきください。", size=9.5)
    p.para("以上", size=10, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社磯菊銀行", phone="022-000-4170",
               creditor="株式会社磯菊銀行", status="not_applicable", debtor="枡川弘毅", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="0417-5528806", input_kind="photo_jpeg",
               template="proxy54_bank_acceleration_steep_angle", received=D(2026, 3, 9))
    return dict(stem="bk03", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", fill=0.9, keystone=0.15, drop=0.07, tilt=1.0, depth=1.6, blur=0.8),
                about="acceleration_notice (bank, serif letter, steep angle)",
                unusual="phone photo taken from above at a STEEP ANGLE (~25° off the vertical): the top edge much narrower "
                        "than the bottom and foreshortened, the far (upper) third slightly out of focus, so the date, "
                        "お取引番号 and sender block are the smallest text; an all-serif bank letter with a spaced title; "
                        "the 催告書 date 令和8年2月16日 and its deadline 3月2日 (= acceleration 「の経過により」); a 2-column "
                        "table 残元金 / 未払利息 / 遅延損害金 / 合計 in 13 pt; お支払期限 with weekday; 平成30年 contract, the "
                        "account number and the guarantor's name as distractors")


# ---------------------------------------------------------------------------------------------
# bk04 scam postcard, photographed and forwarded through a messenger app (900 px wide, JPEG quality 60).


def bk04():
    issued, due = D(2026, 6, 8), D(2026, 6, 12)
    T = 298_000
    p = Page(w=100, h=148, font="sans", size=8.5, left=7, right=7, top=7)
    p.add(Box(5, 5, 90, 138, 0.5, RED))
    p.at(50, 14, "債権回収に関する最終通達書", size=12.5, font="sans-bold", color=RED, align="c")
    p.add(Line(10, 16.5, 90, 16.5, 0.4, RED))
    p.at(9, 23, "巌谷　澄江　様", size=11, font="sans-bold")
    p.at(91, 23, "管理番号 K-2606-117", size=7.5, align="r")
    p.y = 26
    p.para("貴殿が過去にご契約された携帯端末向けコンテンツ利用料金について、未納のまま長期間経過しているため、契約会社より"
           "当社が債権の譲渡を受け、本通知をもって最終のご連絡といたします。", x0=9, x1=91, size=8)
    p.gap(1.5)
    y = p.y
    p.add(Box(12, y, 76, 13, 0.6, RED, (1.0, 0.93, 0.93)))
    p.at(16, y + 8.5, "ご請求額", size=9, font="sans-bold")
    p.at(85, y + 9.2, f"￥{T:,}", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 15
    p.at(50, p.y + 2, "（延滞金・調査費用を含む）", size=7, align="c")
    p.y += 5
    p.para(f"令和8年{due.month}月{due.day}日（{wd(due)}）までにご連絡なき場合は、民事訴訟の手続きに移行し、給与・預貯金・"
           "不動産等の差押えを執行いたします。", x0=9, x1=91, size=8)
    p.para("訴訟の取下げ等のご相談は、下記担当者まで至急ご連絡ください。なお、ご家族・勤務先への連絡は差し控えますので、"
           "必ずご本人様がお電話ください。", x0=9, x1=91, size=8)
    p.gap(1.5)
    y = p.y
    p.add(Box(9, y, 82, 27, 0.4))
    for i, (s, sz, f) in enumerate([("株式会社日本債権清算センター", 9.5, "sans-bold"),
                                    ("法務大臣許可番号　第287号", 7.5, "sans"),
                                    ("東京都港区虎ノ門（法務関連ビル７階）", 7, "sans"),
                                    ("担当直通　090-0000-5183", 10, "sans-bold"),
                                    ("受付 9:00～20:00（土日祝も受付）", 7, "sans")]):
        p.at(12, y + 5.5 + i * 5.0, s, size=sz, font=f)
    p.y = y + 30
    p.at(91, p.y, f"令和8年{issued.month}月{issued.day}日", size=8, align="r")
    tr = truth(document_type="other", sender="株式会社日本債権清算センター", license_number=287,
               phone="090-0000-5183", creditor=None, status="not_licensed", original=None, debtor="巌谷澄江",
               total=T, rate=None, lump=False, issued=issued, payment_due=due, reference="K-2606-117",
               is_scam=True, input_kind="photo_jpeg", template="proxy54_scam_postcard_messenger_copy", received=None)
    return dict(stem="bk04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True, quality=60,
                shot=dict(bg="tatami", fill=0.8, keystone=0.06, tilt=6.0, blur=1.0, small_width=900),
                about="other (scam postcard, messenger-app copy)",
                unusual="a scam POSTCARD photographed on tatami and forwarded through a messenger app: only 900 px wide "
                        "and JPEG quality 60 (block artefacts around every character), tilted 6°; red frame and title "
                        "「債権回収に関する最終通達書」; 携帯端末向けコンテンツ利用料金 with no company named (creditor null); "
                        "￥298,000 in a pink box 「（延滞金・調査費用を含む）」; a month-day deadline with the year of the "
                        "card; 差押え threat; a FAKE 「法務大臣許可番号　第287号」 for a name that is not a servicer (→ "
                        "not_licensed); an address 「虎ノ門（法務関連ビル７階）」 without a street number; a 090 担当直通 open at weekends")


# ---------------------------------------------------------------------------------------------
# bk05 支払督促 of a 簡裁, photographed with its brown 特別送達 envelope lying over the foot of the page.


def bk05():
    R = 14.6
    issued, filed = D(2026, 3, 11), D(2026, 3, 2)
    acc, lastp, until = D(2025, 10, 15), D(2025, 8, 27), D(2026, 2, 27)
    P, I = 624_300, 11_220
    L = late(P, R, acc + timedelta(1), until)
    C = 4_280
    T = add_up(P + I + L + C, P, I, L, C)
    p = Page(font="sans", size=10.5, top=18)
    p.at(192, 20, fw("令和8年（ロ）第241号"), size=10.5, align="r")
    p.title("支　払　督　促", size=18)
    p.kv([("債権者", "大阪府大阪市北区橡ノ木町九丁目9番9号　楡ノ木クレジット株式会社"),
          ("", "代表者代表取締役　兀下　章"),
          ("債務者", "島根県浜田市なぎ野九丁目9番9号　城ヶ崎　徹")], label_w=22, size=10)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="sans-bold")
    rows = [["1", "残元金", en(P)], ["2", "利息（約定利息の未払分）", en(I)],
            ["3", f"確定遅延損害金（{rj(acc + timedelta(1))}から{rj(until)}まで年14.6％）", en(L)],
            ["4", "督促手続費用", en(C)], ["", "合　計", en(T)]]
    p.table(rows, [10, 118, 44], x=19, size=9.5, row_h=8, aligns="clr", ruled="rows")
    p.para(f"5　上記1の金額に対する{rj(until + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=19,
           size=9.3, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="sans-bold")
    p.para(f"債権者は債務者に対し、令和4年7月1日、極度額80万円のカードローン契約を締結して金銭を貸し付けた。債務者は"
           f"{rj(lastp)}の支払を最後に分割金の支払を怠り、{rj(acc)}の経過により期限の利益を喪失した。", size=9.5)
    p.gap(2)
    p.at(192, p.y + 4, rj(issued), size=10.5, align="r")
    p.y += 8
    p.at(192, p.y + 4, "浜田簡易裁判所　裁判所書記官　羽賀野　昌代", size=10.5, align="r")
    p.y += 7
    p.at(192, p.y + 4, "電話 0855-00-2141（民事係）", size=9.5, align="r")
    p.y += 10
    p.add(Box(19, p.y, 172, 40, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["（注意）", "1　この支払督促に不服があるときは、督促異議申立書をこの裁判所に提出してください。",
                           "2　督促異議の申立てをすると、通常の訴訟手続に移行します。",
                           "3　申立日　" + rj(filed) + "　（債権者の送達場所　電話 06-0000-3380）",
                           "4　ご不明の点は民事係にお問い合わせください。"]):
        p.at(22, p.y + 6 + i * 6.5, s, size=9)
    tr = truth(document_type="payment_order", sender="浜田簡易裁判所", phone="0855-00-2141",
               creditor="楡ノ木クレジット株式会社", status="not_applicable", debtor="城ヶ崎徹", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和8年(ロ)第241号", input_kind="photo_jpeg",
               template="proxy54_payment_order_envelope_over_foot", received=D(2026, 3, 13))
    return dict(stem="bk05", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                envelope_y=0.655, envelope=["浜田簡易裁判所", "島根県浜田市なぎ野九丁目9番9号", "城ヶ崎　徹　様"],
                shot=dict(bg="wood", fill=0.86, keystone=0.05, tilt=2.0, blur=0.9),
                about="payment_order (簡裁, card-loan company creditor, envelope over the foot)",
                unusual="phone photo of a 支払督促 (浜田簡裁) with its brown 「特別送達」 envelope lying ACROSS THE FOOT of "
                        "the page, at an angle, hiding most of the (注意) box (the envelope repeats the court and the "
                        "addressee); the full-width case number alone top-right; the parties as a kv block; 請求の趣旨 as a "
                        "rows-ruled 3-column table 残元金 / 利息 / 確定遅延損害金 with its window / 督促手続費用 / 合計 and "
                        "the running item 5 below; 極度額80万円 and 令和4年 as distractors; the creditor's 送達場所 phone in "
                        "the half-hidden box")


# ---------------------------------------------------------------------------------------------
# bk06 簡裁 (ハ) 呼出状 + 訴状 summary, plaintiff an INVENTED servicer; iPhone HEIC at night on a dark table.


def bk06():
    R = 18.0
    issued, hearing, answer = D(2026, 4, 17), D(2026, 5, 20), D(2026, 5, 13)
    acc, assign, lastp, until, filed = D(2025, 6, 1), D(2025, 9, 30), D(2025, 3, 27), D(2026, 3, 31), D(2026, 4, 3)
    P = 387_650
    L = late(P, R, acc + timedelta(1), until)
    T = add_up(P + L, P, L)
    p = Page(font="sans", size=10.5, top=16)
    p.at(192, 19, fw("令和8年（ハ）第58号"), size=10.5, align="r")
    p.at(192, 24.5, "貸金請求事件", size=10, align="r")
    p.at(18, 31, "被告　八釼　由香里　殿", size=12)
    p.y = 36
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたから、"
           "同期日に出頭してください。なお、訴状を送達しますので、下記の期限までに答弁書を提出してください。", size=10)
    p.gap(2)
    y = p.y
    rows = [("期　日", f"令和8年{hearing.month}月{hearing.day}日（{wd(hearing)}）午前10時30分"),
            ("場　所", "紋別簡易裁判所　第1号法廷（北海道紋別市藤袴九丁目9番9号）"),
            ("答弁書提出期限", f"令和8年{answer.month}月{answer.day}日（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(18, y + i * 9, 40, 9, 0.3, (0, 0, 0), SHADE))
        p.add(Box(58, y + i * 9, 134, 9, 0.3))
        p.at(38, y + i * 9 + 6.2, a, size=10, align="c")
        p.at(61, y + i * 9 + 6.3, b, size=10.5, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    p.at(192, p.y, rj(issued), size=10, align="r")
    p.y += 5.5
    p.at(192, p.y, "紋別簡易裁判所　民事係　裁判所書記官　鮫嶋　紀之", size=10, align="r")
    p.y += 5.5
    p.at(192, p.y, "電話 0158-00-4411　FAX 0158-00-4412", size=9.5, align="r")
    p.y += 6
    p.add(Line(18, p.y, 192, p.y, 0.6))
    p.gap(3)
    p.line("（参考）訴状の要旨", size=11, font="sans-bold")
    p.kv([("原告", "鹿子木債権回収株式会社（東京都台東区釣鐘町九丁目9番9号）"),
          ("", "代表者代表取締役　粕谷田　宏　／　担当 電話 03-0000-8246"),
          ("被告", "八釼　由香里（北海道紋別市撫子坂九丁目9番9号）"),
          ("訴え提起日", rj(filed))], label_w=28, size=9.5)
    p.gap(1)
    p.para(f"請求の趣旨　被告は原告に対し、金{T:,}円及びうち金{P:,}円に対する{rj(until + timedelta(1))}から支払済みまで"
           f"年{R:.0f}％の割合による金員を支払え。訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", size=9.5)
    p.para(f"請求の原因　被告は株式会社女郎花信販との間で平成29年10月2日に金銭消費貸借契約を締結したが、{rj(lastp)}の支払を"
           f"最後に支払を怠り、{rj(acc)}の経過により期限の利益を喪失した。原告は{rj(assign)}、同社から本件債権を譲り受け、"
           "同社は被告に対しその旨を通知した。", size=9.5)
    p.gap(1)
    p.table([["残元金", "確定遅延損害金（年18％）", "請求額合計"], [en(P), en(L), en(T)]], [50, 70, 50], x=20,
            header=True, size=10, row_h=8.5, aligns="rrr")
    p.line(f"※確定遅延損害金は{rj(acc + timedelta(1))}から{rj(until)}までの分", x=20, size=8.5)
    tr = truth(document_type="lawsuit", sender="紋別簡易裁判所", phone="0158-00-4411",
               creditor="鹿子木債権回収株式会社", status="unverified", original="株式会社女郎花信販",
               debtor="八釼由香里", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing,
               reference="令和8年(ハ)第58号", input_kind="photo_heic",
               template="proxy54_summary_court_summons_invented_servicer_night_heic", received=D(2026, 4, 20))
    return dict(stem="bk06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="night", fill=0.86, keystone=0.06, tilt=3.0, expose=0.62, noise=7.0, chroma=4.0, warm=0.9,
                          blur=1.05, creases=2),
                about="lawsuit (簡裁 (ハ), invented servicer plaintiff, night HEIC)",
                unusual="iPhone HEIC taken AT NIGHT under one warm bulb: under-exposed, luminance and colour noise in "
                        "blotches, tri-fold creases, on a dark table; 紋別簡裁 (ハ) 呼出状 with a shaded-label box (期日 with "
                        "weekday and 午前10時30分 / 場所 / 答弁書提出期限); the clerk line with phone and FAX; a 「（参考）訴状の"
                        "要旨」 whose plaintiff is the INVENTED servicer 鹿子木債権回収株式会社 (no licence printed, court "
                        "paper → unverified); 訴え提起日 ≠ the letter date; 請求の趣旨 「金…及びうち金…」; 残元金 / 確定遅延"
                        "損害金 / 請求額合計 (no interest); the plaintiff's 担当 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# bk07 consumer-loan company 最終催告書, iPhone HEIC on a bed cover under a bedside lamp.


def bk07():
    R = 20.0
    issued, due = D(2026, 1, 26), D(2026, 2, 6)
    acc, lastp = D(2025, 11, 30), D(2025, 9, 30)
    P, I = 742_090, 9_866
    L = late(P, R, acc + timedelta(1), issued)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(18, 12, 60, 13, color=None, fill=PLUM))
    p.at(48, 20.6, "ODAMAKI LOAN", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(192, 16, f"通知日　{rj(issued)}", size=9.5, align="r")
    p.at(192, 21, "お客様番号　3391-0457-21", size=9.5, align="r")
    p.at(18, 34, "〒390-0000　長野県松本市ははこぐさ九丁目9番9号", size=9.5)
    p.at(22, 42, "間々田　聡　様", size=13.5)
    p.y = 50
    p.add(Box(70, p.y, 70, 11, 1.2, RED))
    p.at(105, p.y + 8, "最 終 催 告 書", size=15, font="sans-bold", color=RED, align="c")
    p.y += 16
    p.para(f"お客様のご契約につきましては、{rj(lastp)}以降ご入金が確認できず、再三のご請求にもかかわらずお支払いがない"
           f"ため、{rj(acc)}をもって期限の利益を喪失しております。", size=9.8)
    p.para("本書をもって最終のご請求といたします。下記ご請求金額を、お支払期日までに一括にてお振込みください。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 44, 0.4, PLUM))
    for i, (a, b) in enumerate([("貸付残高", en(P)), ("未収利息", en(I)),
                                ("損害金（年20.0％）", en(L)), ("ご請求金額", en(T))]):
        yy = y + 8 + i * 9.5
        bold = i == 3
        p.at(26, yy, a, size=11 if bold else 10.5, font="sans-bold" if bold else "sans")
        p.at(120, yy, b, size=13 if bold else 11, font="sans-bold" if bold else "sans", align="r")
        if i == 2:
            p.add(Line(24, yy + 3.2, 124, yy + 3.2, 0.4))
    p.at(130, y + 16, "お支払期日", size=10, font="sans-bold", color=PLUM)
    p.at(130, y + 25, f"{due.month}月{due.day}日（{wd(due)}）", size=17, font="sans-bold", color=RED)
    p.at(130, y + 31, f"令和{due.year - 2018}年", size=9, color=RED)
    p.y = y + 49
    p.line("お振込先", size=10, font="sans-bold")
    p.para("しろがね信託銀行　松本支店　当座預金　0082451　カ）オダマキローン", size=9.5, indent="")
    p.para(f"※損害金は貸付残高に対し{rj(acc + timedelta(1))}から通知日までを計算しています。", size=8.5, indent="")
    p.gap(2)
    p.para("期日までにご入金またはご連絡がない場合には、やむを得ず法的手続きに移行することがあります。お支払いについての"
           "ご相談は下記までお電話ください。", size=9.3)
    p.gap(4)
    y = p.y
    for i, s in enumerate(["株式会社オダマキローン　債権管理センター", "〒460-0000 愛知県名古屋市中区野茨九丁目9番9号",
                           "TEL 052-000-3391（平日 9:00～18:00）　担当　紺野谷",
                           "貸金業登録番号　東海財務局長（3）第00417号　日本貸金業協会会員第009871号"]):
        p.at(18, y + i * 5.2, s, size=10 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender="株式会社オダマキローン", phone="052-000-3391",
               creditor="株式会社オダマキローン", status="not_applicable", debtor="間々田聡", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="3391-0457-21", input_kind="photo_heic",
               template="proxy54_consumer_loan_final_demand_lamp_heic", received=D(2026, 1, 28))
    return dict(stem="bk07", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="duvet", fill=0.84, keystone=0.07, tilt=3.5, bow=18, warm=1.0, expose=0.8, noise=4.5,
                          chroma=2.5, shadow=0.45, shadow_side="right", blur=1.0),
                about="collection_notice (consumer-loan company 最終催告書, lamp HEIC)",
                unusual="iPhone HEIC of a sheet lying on a bed cover (soft folds), under a yellow bedside lamp, the sheet "
                        "not flat, the phone's shadow down the right side and high-ISO noise; Latin logo 「ODAMAKI LOAN」 "
                        "on a plum block (legal name only in the sender lines at the foot); a red-framed 最 終 催 告 書; "
                        "the amounts as label/value lines in a plum frame (貸付残高 / 未収利息 / 損害金（年20.0％） / "
                        "ご請求金額) with the due date to the RIGHT as 「2月6日（金）」 over 「令和8年」; the 貸金業登録番号 and "
                        "協会会員番号 as distractors")


# ---------------------------------------------------------------------------------------------
# bk08 joint 債権譲渡通知 card company → real servicer (Aurora), photographed sideways (EXIF orientation 6).


def bk08():
    R = 14.6
    issued, assign = D(2026, 2, 2), D(2026, 1, 20)
    acc, lastp = D(2025, 8, 27), D(2025, 5, 27)
    P, I = 293_844, 4_120
    L = late(P, R, acc + timedelta(1), assign)
    T = add_up(P + I + L, P, I, L)
    p = Page(font="serif", size=10.5, top=18)
    p.at(192, 20, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10.5, align="r")
    p.at(18, 28, "〒370-0000　群馬県高崎市蒲公英通九丁目9番9号", size=10)
    p.at(22, 35, "綿抜　千晶　様", size=13)
    p.y = 44
    p.title("債権譲渡及び譲受のご通知", size=16)
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、株式会社シモツケカード（以下「譲渡人」）は、"
           f"貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権を、{rj(assign)}付で、アウロラ債権回収株式会社"
           "（以下「譲受人」）に譲渡いたしましたので、民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。",
           size=10)
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。譲渡人へのお支払いはお控えください。",
           size=10)
    p.line("敬具", align="r", size=10)
    p.line("記", align="c", size=10.5)
    p.kv([("管理番号", "AU-2601-30877"), ("ご契約日", "令和元年11月5日（会員番号 ****-****-****-6614）"),
          ("最終お支払日", rj(lastp)), ("期限の利益喪失日", rj(acc)), ("譲渡日", rj(assign))], label_w=38, size=10)
    p.gap(1)
    p.line(f"譲渡債権の額（{rj(assign)}現在）", size=10.5, font="serif-bold")
    p.table([["元金", "利息", f"損害金（年{R}％）", "合計"], [en(P), en(I), en(L), en(T)]], [40, 36, 50, 44], x=22,
            header=True, size=10, row_h=8.5, aligns="rrrr", font="serif")
    p.gap(6)
    y = p.y
    p.at(18, y, "（譲渡人）", size=9.5)
    for i, s in enumerate(["〒330-0000 埼玉県さいたま市大宮区桜花落九丁目9番9号", "株式会社シモツケカード",
                           "代表取締役　頴川　守", "お客様窓口　048-000-2266"]):
        p.at(22, y + 5.5 + i * 5.3, s, size=9.5 if i != 1 else 11)
    p.at(108, y, "（譲受人）", size=9.5)
    for i, s in enumerate(["〒100-0000 東京都千代田区鳩笛九丁目9番9号", "アウロラ債権回収株式会社",
                           "法務大臣許可番号　第76号", "代表取締役　蟹江谷　潤", "TEL 03-0000-7612（平日9時～18時）"]):
        p.at(112, y + 5.5 + i * 5.3, s, size=9.5 if i != 1 else 11)
    p.add(Seal(92, y + 14, 14, "round", "株式会社シモツケカード|代表/取締役", angle=8, seed=54081))
    p.add(Seal(184, y + 17, 14, "round", "アウロラ債権回収株式会社|代表/取締役", angle=-6, seed=54082))
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7612", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社シモツケカード", debtor="綿抜千晶", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-2601-30877", input_kind="photo_exif_rotated",
               template="proxy54_joint_assignment_card_to_servicer_exif6", received=D(2026, 2, 4))
    return dict(stem="bk08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", fill=0.86, keystone=0.05, tilt=2.0, creases=2, blur=0.9),
                about="assignment_notice (joint, card company → real servicer, EXIF 6)",
                unusual="phone photo stored SIDEWAYS with EXIF orientation 6 on tatami with tri-fold creases; an all-serif "
                        "joint 債権譲渡及び譲受のご通知; the 管理番号 first in a kv 記 block (ご契約日 令和元年 and a masked "
                        "会員番号 in the same line); 譲渡債権の額（…現在） as a 4-column one-row table 元金 / 利息 / 損害金"
                        "（年14.6％） / 合計; the two notifier blocks side by side at the foot with round seals, ★ アウロラ"
                        "債権回収株式会社 with 「法務大臣許可番号　第76号」; the 譲渡人's お客様窓口 phone as a distractor; "
                        "informs only (no payment date)")


LETTERS = [bk01, bk02, bk03, bk04, bk05, bk06, bk07, bk08]
