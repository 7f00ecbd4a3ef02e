"""Proxy set 77, letters ch09–ch16: an invented servicer's 最終通告書 on a bed cover, photographed upside down (EXIF 3);
a scam 「訴訟取下げ」 demand on a car seat; a real servicer's 圧着はがき opened (top and bottom panel); a bank's 縦書き
期限の利益喪失通知 (内容証明) on a kotatsu cover (HEIC); a real servicer's 和解 proposal under the phone's shadow, stored
sideways; a real servicer's 受託のお知らせ in cold shade (HEIC); a consumer-loan company's narrow 連続帳票 slip; a real
servicer's 振込先変更のお知らせ that claims nothing, upside down on a car seat."""

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
    kdate,
    kman,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
OLIVE = (0.30, 0.38, 0.08)
ORANGE = (0.85, 0.40, 0.05)
NAVY2 = (0.05, 0.20, 0.42)
MAROON = (0.50, 0.08, 0.12)


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# ch09 invented servicer みおつくし債権回収 最終通告書, on a bed cover, photographed UPSIDE DOWN (EXIF 3).


def ch09():
    R = 14.6
    issued, due = D(2026, 3, 9), D(2026, 3, 23)
    lastp, acc, assign = D(2025, 5, 2), D(2025, 8, 4), D(2025, 12, 19)
    P, I = 733_015, 18_240
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    stamp(p, 15, 12, "最終通告", size=13, fill=RED)
    p.at(196, 17, f"通知日　{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "ご照会番号　MT-0309-5526", size=10, align="r")
    p.y = 30
    p.line("〒650-0000 兵庫県神戸市中央区ささぶね通九丁目9番9号", size=9.5)
    p.line("周防　奈津子　様", size=14)
    p.gap(6)
    p.title("最　終　通　告　書", size=17, color=RED)
    p.para(f"当社は、{era(assign)}付で株式会社ささゆりクレジットから貴殿に対する下記債権を譲り受け、その旨ご通知のうえ再三"
           "お支払いをお願いしてまいりましたが、本日に至るまでご入金もご連絡もございません。", size=9.9)
    p.para(f"つきましては、{era(due)}（{wd(due)}）までに下記ご請求金額を一括してお支払いください。期限までにお支払い"
           "又はご連絡のない場合は、何らの予告なく法的手続（訴訟・強制執行）に移行いたします。", size=9.9)
    p.gap(2)
    p.table([["ご契約先（原債権者）", "株式会社ささゆりクレジット"], ["最終お支払日", era(lastp)], ["期限の利益喪失日", era(acc)],
             ["債権譲受日", era(assign)]], [60, 100], x=25, aligns="ll", size=9.6, row_h=7, ruled="rows")
    p.gap(3)
    x0, x1 = 35, 175
    for lab, val, bold in (("元本", f"{P:,}円", False), ("利息", f"{I:,}円", False),
                           (f"損害金（年{R}％　{era(acc + timedelta(1))}～{era(issued)}）", f"{L:,}円", False),
                           ("ご請求金額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1.5)
        b = p.line(lab, x=x0, size=11 if bold else 10, font="sans-bold" if bold else None,
                   color=RED if bold else (0, 0, 0))
        p.at(x1, b, val, size=13 if bold else 10, align="r", font="sans-bold" if bold else "sans",
             color=RED if bold else (0, 0, 0))
    p.gap(4)
    p.para("お振込先　うみうし信託銀行 大阪支店 普通 5526030　ミオツクシサイケンカイシュウ（カ", size=9.5, indent="")
    p.para("※ご照会番号をお振込人名の前にご入力ください。ご本人様以外からのお問い合わせにはお答えできません。", size=9,
           indent="")
    p.gap(5)
    y = p.y
    p.add(Box(95, y, 101, 30, 0.4))
    for i, (s, sz, f) in enumerate((("みおつくし債権回収株式会社", 11, "sans-bold"),
                                    ("法務大臣許可番号　第247号", 9, "sans"),
                                    ("〒541-0000 大阪市中央区うみほたる町九丁目9番9号", 8.5, "sans"),
                                    ("管理部　担当 戸叶　TEL 06-0000-7412", 9.5, "sans"),
                                    ("受付 平日9:30～18:00", 8.5, "sans"))):
        p.at(99, y + 6 + i * 5.3, s, size=sz, font=f)
    p.seal(186, y + 12, 13, "square", "みおつくし債権回収之印", angle=4, seed=77091)
    tr = truth(document_type="collection_notice", sender="みおつくし債権回収株式会社", license_number=247,
               phone="06-0000-7412", creditor="みおつくし債権回収株式会社", status="unverified",
               original="株式会社ささゆりクレジット", debtor="周防奈津子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MT-0309-5526", input_kind="photo_exif_rotated",
               template="proxy77_invented_servicer_final_notice_upside_down", received=D(2026, 3, 11))
    return dict(stem="ch09", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=3,
                shot=dict(bg="bedcover", keystone=0.05, tilt=3.8, creases=2, bow=6, fill=0.8, warm=0.2, blur=1.0),
                about="collection_notice (invented servicer, 最終通告書)",
                unusual="phone photo on a bed cover stored UPSIDE DOWN with EXIF orientation 3; INVENTED servicer "
                        "みおつくし債権回収株式会社 with 「法務大臣許可番号　第247号」 (→ unverified) in a framed box at the "
                        "bottom; a filled red 「最終通告」 stamp and a spaced red title; a rows-ruled table (ご契約先（原債権者） "
                        "/ 最終お支払日 / 期限の利益喪失日 / 債権譲受日); amounts as label lines with values flush right "
                        "(元本 / 利息 / 損害金 with its window / ご請求金額 in red)")


# ---------------------------------------------------------------------------------------------
# ch10 scam: 「民事訴訟取下げ」 demand from a fake 合同会社 with a fake licence number, photographed on a car seat.


def ch10():
    issued, due = D(2026, 5, 11), D(2026, 5, 14)
    F = 298_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "親展", size=12)
    stamp(p, 38, 12, "最終通達", size=12, fill=RED)
    p.at(196, 18, f"通達日　{era(issued)}", size=10, align="r")
    p.at(196, 24, "管理番号　ほ－４０２", size=10.5, align="r")
    p.y = 32
    p.line("埼玉県さいたま市見沼区あまがえる町九丁目9番9号", size=10)
    p.line("岩松　和彦　様", size=14)
    p.gap(5)
    p.title("民事訴訟最終通達書", size=18, color=RED)
    p.para("貴殿が過去にご契約された総合消費料金（インターネット利用料・コンテンツ利用料等）について、未納の状態が続いて"
           "おり、契約会社から当センターに債権の回収が委託されました。", size=10.3)
    p.para("契約会社はすでに民事訴訟の準備に入っており、このまま放置されますと、裁判所の許可のもと給与・預貯金・不動産等の"
           "差押えが執行されます。", size=10.3)
    p.para("訴訟を取り下げる手続きをご希望の方は、下記期限までに担当者へご連絡のうえ、訴訟取下げ手続費用をお振込みください。"
           "ご連絡なき場合は、裁判所への出頭を命じられます。", size=10.3)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 34, 1.2, RED))
    p.at(30, y + 9, "訴訟取下げ手続費用", size=12, font="sans-bold")
    p.at(180, y + 9.5, f"¥{F:,}-", size=16, font="sans-bold", align="r", color=RED)
    p.at(30, y + 19, "取下げ最終期日", size=12, font="sans-bold")
    p.at(180, y + 19.5, f"{due.month}月{due.day}日（{wd(due)}）午後3時まで", size=13, font="sans-bold", align="r", color=RED)
    p.at(30, y + 29, "振込先　個人名義口座（ご連絡時にお伝えします）", size=10)
    p.y = y + 40
    p.para("※弁護士・消費生活センター等へのご相談は手続きが遅れる原因となりますので、必ず当センターへ直接ご連絡ください。",
           size=9.5, indent="")
    p.para("※プライバシー保護のため、ご本人様以外からのお問い合わせには一切応じられません。", size=9.5, indent="")
    p.gap(8)
    for s, sz, f in (("合同会社ジャパン債権精算センター", 12, "sans-bold"), ("法務省認可　法務大臣許可番号　第318号", 9.5, "sans"),
                     ("東京都千代田区霞が関（民事訴訟管理課）", 9.5, "sans"),
                     ("担当直通 050-0000-7781（土日祝も受付 9:00～20:00）", 10.5, "sans-bold")):
        p.line(s, x=70, size=sz, font=f)
    tr = truth(document_type="other", sender="合同会社ジャパン債権精算センター", license_number=318,
               phone="050-0000-7781", creditor=None, status="not_licensed", debtor="岩松和彦", total=F, lump=False,
               issued=issued, payment_due=due, reference="ほ-402", is_scam=True, input_kind="photo_jpeg",
               template="proxy77_scam_lawsuit_withdrawal_fee_car_seat", received=None)
    return dict(stem="ch10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="carseat", keystone=0.09, tilt=4.5, creases=2, bow=10, fill=0.8, blur=1.1, exposure=0.95,
                          shadow=0.2, shadow_side="left"),
                about="other (scam, 訴訟取下げ費用)",
                unusual="架空請求 photographed in a hurry on a CAR SEAT (steep angle, bulging sheet, a hand shadow top-left): "
                        "「民事訴訟最終通達書」 for an unnamed 総合消費料金; a 「合同会社」 calling itself 法務省認可 with a FAKE "
                        "「法務大臣許可番号　第318号」 (a servicer must be a 株式会社 → not_licensed); address 霞が関 without a "
                        "number; 050 担当直通 open at weekends; 訴訟取下げ手続費用 ¥298,000- to a personal account given by "
                        "phone; deadline 「5月14日（木）午後3時まで」 (month-day only); hiragana 管理番号 ほ－４０２; "
                        "「弁護士・消費生活センター等へのご相談は…」")


# ---------------------------------------------------------------------------------------------
# ch11 real servicer ニッテレ債権回収 圧着はがき (V-fold) opened: top and bottom panels, phone photo.


def ch11():
    R = 14.6
    issued, due = D(2026, 2, 20), D(2026, 3, 6)
    lastp, acc, assign = D(2025, 6, 27), D(2025, 9, 1), D(2026, 1, 30)
    P, I = 74_220, 1_508
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(w=100, h=296, font="sans", size=8, left=6, right=94, top=7, leading=1.45)
    # the fold between the two panels
    dashed(p, 1, 99, 148, seg=2.5, gap=1.5, width=0.25)
    p.at(50, 146.5, "▲ ここからはがしてください ▲", size=5.5, align="c", color=GRAY)
    # top panel
    p.add(Box(6, 6, 88, 10, color=None, fill=NAVY2))
    p.at(50, 12.8, "お支払いのお願い", size=12, font="sans-bold", align="c", color=WHITE)
    p.y = 20
    p.line("冨永　礼子　様", size=11)
    p.line(f"通知日　{era(issued)}", size=7.6)
    p.line("ご照会番号　NT-0220-6618", size=7.6)
    p.gap(1)
    p.para(f"株式会社はるにれ信販とご契約の債権は、{era(assign)}に当社が譲り受けました。{era(lastp)}のお支払い以降"
           f"ご入金がなく、{era(acc)}をもって期限の利益を喪失しております。下記金額を一括でお支払いください。",
           x0=6, x1=94, size=7.6)
    p.gap(1.5)
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R}%）", f"{L:,}円"], ["お支払額合計", f"{T:,}円"]],
            [52, 36], x=6, aligns="lr", size=8.6, row_h=6.5, shade_col0=True)
    p.gap(2)
    y = p.y
    p.add(Box(6, y, 88, 17, 1.0, RED))
    p.at(10, y + 6.5, "お支払期限", size=8.5, font="sans-bold", color=RED)
    p.at(10, y + 13.5, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold", color=RED)
    p.y = y + 21
    p.para("※遅延損害金は元金に対し期限の利益喪失日の翌日から通知日までの日割計算です。", x0=6, x1=94, size=6.8, indent="")
    p.para("※ご契約時のご利用可能枠 100,000円、会員番号 ****-****-****-2086 はご参考です。", x0=6, x1=94, size=6.8,
           indent="")
    # bottom panel
    p.y = 153
    p.add(Box(6, p.y, 88, 7, color=None, fill=(0.88, 0.91, 0.96)))
    p.at(8, p.y + 5, "お振込先", size=8, font="sans-bold")
    p.y += 10
    for s in ("ことづて銀行 本店営業部", "普通預金　6618220", "口座名義　ニッテレサイケンカイシュウ（カ",
              "※お振込人名の前にご照会番号の数字（0220-6618）を", "　ご入力ください。振込手数料はご負担ください。"):
        p.line(s, x=8, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(6, y, 88, 24, 0.3, GRAY, (0.97, 0.97, 0.97)))
    for i, s in enumerate(["お支払いが難しい方へ", "分割でのお支払いのご相談を承っております。",
                           "お支払期限までに下記へお電話ください。", "ご本人様からのお電話をお願いいたします。"]):
        p.at(9, y + 5.5 + i * 4.6, s, size=7.8 if i else 8.4, font="sans-bold" if not i else "sans")
    p.y = y + 29
    for s, sz, f in (("ニッテレ債権回収株式会社", 10, "sans-bold"), ("法務大臣許可番号　第7号", 7.8, "sans"),
                     ("〒105-0000 東京都港区ひしもち通九丁目9番9号", 7.0, "sans"),
                     ("お問い合わせ 0120-000-707", 10, "sans-bold"), ("受付 平日9:00～18:00　担当 手代木", 7.4, "sans")):
        p.line(s, x=8, size=sz, font=f)
    qr(p, 72, 262, 18, "ch11qr")
    p.at(81, 284, "お手続きはこちら", size=5.5, align="c")
    p.at(50, 292, "このはがきは個人情報保護のため圧着しております。", size=5.8, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-707", creditor="ニッテレ債権回収株式会社", status="licensed",
               original="株式会社はるにれ信販", debtor="冨永礼子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="NT-0220-6618", input_kind="photo_jpeg",
               template="proxy77_servicer_sealed_postcard_vfold_opened", received=D(2026, 2, 23))
    return dict(stem="ch11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2500), fill=0.9, keystone=0.03, tilt=2.0, bg="cloth", blur=0.8, warm=0.15,
                          bow=5),
                about="collection_notice (real servicer, 圧着はがき opened)",
                unusual="a V-fold 圧着はがき photographed OPENED: a tall strip of two 148 mm panels, one above the other, with "
                        "a dashed fold and 「▲ ここからはがしてください ▲」, on a dark cloth; top panel a navy title band, "
                        "the name, 通知日 and ご照会番号 as small lines, a 3-sentence paragraph with the 譲受 / last payment / "
                        "喪失 dates, a 4-row shaded table and a red お支払期限 box; bottom panel the account, a 相談 box and "
                        "the sender ★ ニッテレ債権回収株式会社 「法務大臣許可番号　第7号」; ご利用可能枠 100,000, a masked "
                        "会員番号 and the 8-digit transfer code as distractors; QR")


# ---------------------------------------------------------------------------------------------
# ch12 bank 縦書き 期限の利益喪失通知書 (内容証明) photographed on a kotatsu cover (HEIC).


def ch12():
    R = 14.0
    issued, due = D(2026, 1, 30), D(2026, 2, 13)
    warn, acc, lastp = D(2026, 1, 9), D(2026, 1, 23), D(2025, 9, 25)
    P, I = 3_846_120, 27_503
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　貴殿は、当行との間の令和三年六月十日付金銭消費貸借契約（事業性資金）に基づく毎月の分割弁済を、"
                 f"{kdate(lastp)}の弁済を最後に怠っております。"),
        ("body", f"当行は{kdate(warn)}付の書面をもって延滞金の支払を催告いたしましたが、その期限である{kdate(acc)}"
                 "までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は銀行取引約定書第五条第二項に基づき、{kdate(acc)}の経過をもって本件債務全額について"
                 "期限の利益を喪失しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、下記の金員を{kdate(due)}限り、当行本店営業部へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kman(P)}"),
        ("indent", f"二　未収利息　　{kman(I)}"),
        ("indent", f"三　遅延損害金　{kman(L)}"),
        ("plain", f"　　（喪失日の翌日から本書作成日まで年{kanji_digits('14')}パーセント）"),
        ("indent", f"四　合計　　　　{kman(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、保証人はまゆう信用保証株式会社に対し代位弁済を請求いたしますので、"
                 "ご承知おきください。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "北海道札幌市中央区こけもも町九丁目九番九号"),
        ("low", "株式会社ひめます銀行　融資管理部"),
        ("low", "部長　坂之上　修"),
        ("low", "電話　〇一一（〇〇〇）四四一九"),
        ("blank", ""),
        ("low", "北海道旭川市ふくろう坂九丁目九番九号"),
        ("low", "後閑　静香　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 77121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "坂之上" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 12) * size * 0.3528 * 1.05, 11, "square", "ひめます銀行融資管理部長印",
                         angle=3, seed=77122))
    tr = truth(document_type="acceleration_notice", sender="株式会社ひめます銀行", phone="011-000-4419",
               creditor="株式会社ひめます銀行", status="not_applicable", debtor="後閑静香", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="photo_heic",
               template="proxy77_vertical_bank_acceleration_kotatsu", received=D(2026, 2, 2))
    return dict(stem="ch12", ext="heic", kind="photo_heic", pages=pages, truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=2.2, creases=2, fill=0.87, glare=18, warm=0.35),
                about="acceleration_notice (bank, 縦書き 内容証明)",
                unusual="iPhone HEIC of a 縦書き 期限の利益喪失通知書 (冠省 … 草々) on a dark kotatsu cover with a lamp glare, "
                        "with the 内容証明 stamp and a square seal; every date in kanji (令和三年 contract, the 催告 date "
                        "一月九日, its deadline 一月二十三日 = acceleration 「の経過をもって」, due 二月十三日限り); amounts "
                        "as 金三八四万六一二〇円 style (kanji digits with 万); the rate as 年一四パーセント; the guarantor "
                        "named as a distractor; phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# ch13 real servicer セゾン債権回収 和解のご提案 (two plans), EXIF 8, the phone's shadow from the right.


def ch13():
    R = 18.0
    issued, due = D(2026, 6, 1), D(2026, 6, 19)
    lastp, acc, assign = D(2024, 10, 4), D(2024, 12, 5), D(2025, 9, 30)
    base = D(2026, 5, 31)
    P, I = 482_600, 15_930
    L = late(P, R, acc + timedelta(1), base)
    T = P + I + L
    A = 360_000
    n = 48
    Bm = 10_400
    Bl = T - Bm * (n - 1)
    assert Bm * (n - 1) + Bl == T and Bl > 0
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 181, 12, color=None, fill=(0.12, 0.32, 0.62)))
    p.at(19, 19.3, "セゾン債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 19, "法務大臣許可番号第34号", size=9, align="r", color=WHITE)
    p.y = 29
    p.at(196, 30, west(issued), size=10, align="r")
    p.at(196, 35.5, "お客様番号　SZ34-771-0586", size=9.5, align="r")
    p.line("〒420-0000 静岡県静岡市葵区しののめ台九丁目9番9号", size=9.5)
    p.line("井関　修平　様", size=14)
    p.gap(5)
    p.title("ご返済条件のご提案（和解のご案内）", size=14.5)
    p.para(f"平素より格別のご高配を賜り厚く御礼申し上げます。当社が{west(assign)}に株式会社あさつゆカードから譲り受けた"
           "お客様の債権について、お客様のご負担を軽減する下記のお支払方法をご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"■現在のご債務（{west(base)}現在）", size=10.3, font="sans-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R:g}%）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [70, 45], x=22, aligns="lr", size=10, row_h=7.2, ruled="rows")
    p.line(f"最終ご入金日 {west(lastp)}　期限の利益喪失日 {west(acc)}", x=22, size=9)
    p.gap(3)
    y = p.y
    for k, (head, lines) in enumerate((("A案　一括でのお支払い", [f"{A:,}円を2026年7月31日までに一括", "お支払いで残額を免除します。"]),
                                       ("B案　分割でのお支払い", [f"毎月{Bm:,}円 × {n - 1}回、最終回 {Bl:,}円", "（初回2026年7月27日、以後毎月27日）"]))):
        x = 15 + k * 92
        p.add(Box(x, y, 89, 26, 0.5, (0.12, 0.32, 0.62)))
        p.add(Box(x, y, 89, 7, color=None, fill=(0.86, 0.90, 0.96)))
        p.at(x + 3, y + 5.2, head, size=9.8, font="sans-bold")
        for i, s in enumerate(lines):
            p.at(x + 3, y + 13 + i * 5.2, s, size=9.2)
    p.y = y + 31
    y = p.y
    p.add(Box(15, y, 181, 13, 1.0, RED))
    p.at(19, y + 8.6, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(55, y + 9, f"{west(due)}（{wd(due)}）必着", size=13.5, font="sans-bold")
    p.y = y + 17
    p.para("同封の「ご返済条件申込書」にご希望の案をご記入のうえ、ご回答期限までにご返送ください。お電話でも承ります。期限"
           "までにお申込みがない場合、本ご提案は失効いたします。", size=9.3)
    p.gap(3)
    for s, sz, f in (("セゾン債権回収株式会社　お客様相談センター", 10, "sans-bold"),
                     ("〒170-0000 東京都豊島区つむぎ通九丁目9番9号", 8.8, "sans"),
                     ("フリーダイヤル 0120-000-034　（平日9:00～18:00）　担当 斉木", 9.5, "sans")):
        p.line(s, x=60, size=sz, font=f)
    tr = truth(document_type="settlement_proposal", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-034", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社あさつゆカード", debtor="井関修平", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SZ34-771-0586", input_kind="photo_exif_rotated",
               template="proxy77_servicer_two_plan_settlement_sideways_phone_shadow", received=D(2026, 6, 3))
    return dict(stem="ch13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="desk", keystone=0.07, tilt=2.6, creases=2, fill=0.86, phone=0.38, phone_side="right",
                          blur=0.95),
                about="settlement_proposal (real servicer, two plans)",
                unusual="phone photo stored SIDEWAYS with EXIF orientation 8, with the PHONE'S SHADOW coming in from the "
                        "right over the licence number and the right edge of the page (still readable); real servicer ★ セゾン債権回収株式会社 with "
                        "「法務大臣許可番号第34号」 white-on-blue in the header band; western 年月日 dates; the debt as of "
                        "5/31 (≠ letter date 6/1); two plan boxes side by side (A案 一括 360,000 by 7/31; B案 47 × 10,400 "
                        "and a last instalment) as distractors; ご回答期限 「…（金）必着」 in a red frame; お客様番号 "
                        "SZ34-771-0586 contains the licence number as a distractor")


# ---------------------------------------------------------------------------------------------
# ch14 real servicer パルティール 受託のお知らせ for a 信用組合 (creditor stays the 組合), HEIC, cold shade, crumpled.


def ch14():
    R = 14.0
    issued, entrust, base = D(2026, 4, 22), D(2026, 4, 1), D(2026, 3, 31)
    lastp, acc = D(2025, 10, 31), D(2026, 1, 15)
    P, I = 1_935_400, 11_362
    L = late(P, R, acc + timedelta(1), base)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "Partir", size=16, font="sans-bold", color=OLIVE)
    p.at(15, 24, "パルティール債権回収株式会社", size=8.5, color=OLIVE)
    p.at(196, 17, fw(era(issued)), size=10, align="r")
    p.y = 31
    p.line("〒528-0000 滋賀県甲賀市ひとつば台九丁目9番9号", size=9.5)
    p.line("奥寺　勝　様", size=14)
    p.gap(5)
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para(f"拝啓　時下ますますご清祥のこととお慶び申し上げます。さて、当社は、みなぐち信用組合（以下「委託者」）より、"
           f"お客様と委託者との下記ご契約に基づく債権について、{fw(era(entrust))}付で管理及び回収業務の委託を受けました。",
           size=9.8)
    p.para("債権者は引き続き委託者であり、当社は委託者のためにお支払いを受領いたします。今後のお支払い及びご相談は、当社"
           "までお願いいたします。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10.5)
    rows = [["委託者（債権者）", "みなぐち信用組合"], ["ご契約", "証書貸付（運転資金）　平成29年11月6日"],
            ["最終ご返済日", fw(era(lastp))], ["期限の利益喪失日", fw(era(acc))], ["受託番号", "PT-113-40622"]]
    p.table(rows, [50, 120], x=20, aligns="ll", size=9.8, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.line(f"ご債務の内容（{fw(era(base))}現在）", size=10.3, font="sans-bold")
    p.table([["貸付金残高", "未収利息", "遅延損害金（年14.0％）", "残高合計"], [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [40, 38, 52, 40], x=20, header=True, aligns="rrrr", size=9.8, row_h=8)
    p.line("（単位：円）", x=190, size=8, align="r")
    p.gap(2)
    p.para("お支払方法につきましては、担当者よりあらためてご案内いたします。ご不明な点は下記までお問い合わせください。",
           size=9.3)
    p.gap(4)
    for s, sz, f in (("パルティール債権回収株式会社　業務部", 10.5, "sans-bold"), ("法務大臣許可番号　第113号", 9, "sans"),
                     ("〒141-0000 東京都品川区わらび町九丁目9番9号", 8.8, "sans"),
                     ("TEL 03-0000-1130　担当 保苅", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.gap(2)
    p.line("（委託者）みなぐち信用組合　滋賀県甲賀市はやぶさ通九丁目9番9号　電話 0748-00-3320", x=20, size=8.3, color=GRAY)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-1130", creditor="みなぐち信用組合", status="licensed", original="みなぐち信用組合",
               debtor="奥寺勝", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, reference="PT-113-40622", input_kind="photo_heic",
               template="proxy77_servicer_entrustment_notice_cold_crumpled", received=D(2026, 4, 24))
    return dict(stem="ch14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.0, crumple=0.6, fill=0.86, cold=0.6, exposure=0.9),
                about="assignment_notice (real servicer 受託通知, 信用組合)",
                unusual="iPhone HEIC in shade (cold cast) of a lightly crumpled page; real servicer ★ パルティール債権回収 "
                        "under a Latin logo 「Partir」, with 「法務大臣許可番号　第113号」 in the sender block; a 受託 notice "
                        "(債権管理回収業務受託のお知らせ): the 信用組合 stays the creditor (委託者（債権者）); a shaded-label "
                        "table with 平成29年 contract, last payment, 喪失 and 受託番号; a 4-column amounts table (貸付金残高 / "
                        "未収利息 / 遅延損害金（年14.0％） / 残高合計) in 円 only by a note; the 受託日 4/1 and the 基準日 3/31; "
                        "informs only (no payment date); the 委託者's own phone in grey as a distractor")


# ---------------------------------------------------------------------------------------------
# ch15 consumer-loan company narrow 連続帳票 slip 「ご入金のお願い」, on wood.


def ch15():
    R = 20.0
    issued, due, lastp = D(2026, 3, 16), D(2026, 3, 27), D(2026, 1, 5)
    rows = [(D(2026, 2, 5), 8_614, 3_386)]
    P, I = rows[0][1], rows[0][2]
    L = late(P + I, R, rows[0][0] + timedelta(1), issued)
    T = P + I + L
    p = Page(w=92, h=250, font="sans", size=8.5, left=12, right=80, top=8, leading=1.5)
    for yy in range(6, 250, 12):  # tractor-feed holes on both edges and the perforation beside them
        p.add(Box(3, yy, 3.6, 3.6, 0.25, GRAY))
        p.add(Box(85.4, yy, 3.6, 3.6, 0.25, GRAY))
    for x in (9, 83):
        for yy in range(0, 250, 3):
            p.add(Line(x, yy, x, yy + 1.5, 0.12, GRAY))
    p.at(46, 13, "あけびファイナンス", size=12, font="sans-bold", align="c", color=ORANGE)
    p.at(46, 18, "ご入金のお願い", size=11, font="sans-bold", align="c")
    p.add(Line(12, 21, 80, 21, 0.4))
    p.y = 24
    for lab, val in (("作成日", jis(issued)), ("会員番号", "AK 5120-0337"), ("お名前", "八巻　隆之　様")):
        b = p.line(lab, x=12, size=8.3)
        p.at(80, b, val, size=9.5 if lab == "お名前" else 8.8, align="r")
    p.add(Line(12, p.y, 80, p.y, 0.2))
    p.gap(2)
    p.para(f"{jis(rows[0][0])}のご返済が確認できておりません。下記金額のご入金をお願いいたします。", x0=12, x1=80, size=8.3,
           indent="")
    p.gap(1)
    for lab, val in ((f"ご返済日 {jis(rows[0][0])}", ""), ("　延滞元金", f"{P:,}"), ("　延滞利息", f"{I:,}"),
                     (f"　遅延損害金 {R}%", f"{L:,}")):
        b = p.line(lab, x=12, size=8.6)
        if val:
            p.at(80, b, val, size=9.2, align="r")
    p.add(Line(12, p.y, 80, p.y, 0.4))
    p.gap(1)
    b = p.line("ご入金額", x=12, size=10, font="sans-bold")
    p.at(80, b, f"¥{T:,}", size=12, font="sans-bold", align="r")
    p.add(Line(12, p.y, 80, p.y, 0.4))
    p.gap(2)
    b = p.line("お支払期日", x=12, size=9.5, font="sans-bold")
    p.at(80, b, f"{jis(due)}({wd(due)})", size=10.5, font="sans-bold", align="r")
    p.gap(2)
    p.para(f"※前回ご入金日 {jis(lastp)}", x0=12, x1=80, size=7.8, indent="")
    p.para("※遅延損害金は延滞元利金に対しご返済日翌日から作成日までの日割です。", x0=12, x1=80, size=7.6, indent="")
    p.gap(1)
    for lab, val in (("次回ご返済日", jis(D(2026, 4, 6))), ("次回ご返済額", "12,000"), ("ご利用残高", "268,914"),
                     ("ご利用限度額", "300,000")):
        b = p.line(lab, x=12, size=8)
        p.at(80, b, val, size=8.4, align="r")
    p.gap(2)
    dashed(p, 12, 80, p.y)
    p.gap(3)
    p.para("ご入金は当社ATM、提携ATM、または下記口座へ。", x0=12, x1=80, size=7.8, indent="")
    for s in ("もえぎの銀行 名古屋支店", "普通 5120337", "アケビファイナンス（カ"):
        p.line(s, x=14, size=8)
    p.gap(2)
    dashed(p, 12, 80, p.y)
    p.gap(3)
    for s, sz, f in (("あけびファイナンス株式会社", 9.5, "sans-bold"), ("お客様センター", 8, "sans"),
                     ("名古屋市中区みそさざい坂九丁目9番9号", 7.4, "sans"), ("0120-000-512", 11, "sans-bold"),
                     ("平日9:00～19:00　土 9:00～17:00", 7.4, "sans"), ("関東財務局長(3)第01774号", 7, "sans"),
                     ("日本貸金業協会会員 第005588号", 7, "sans")):
        p.line(s, x=12, size=sz, font=f)
    p.gap(2)
    p.line("本状と行き違いの節はご容赦ください。", x=12, size=7.2)
    tr = truth(document_type="collection_notice", sender="あけびファイナンス株式会社", phone="0120-000-512",
               creditor="あけびファイナンス株式会社", status="not_applicable", debtor="八巻隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="AK5120-0337", input_kind="photo_jpeg",
               template="proxy77_consumer_loan_narrow_continuous_form_slip", received=D(2026, 3, 18))
    return dict(stem="ch15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1500, 2600), fill=0.9, keystone=0.04, tilt=3.0, bg="wood", blur=0.85, warm=0.3,
                          creases=1),
                about="collection_notice (consumer-loan company, narrow slip)",
                unusual="a NARROW 92 mm 連続帳票 slip (tractor-feed holes and perforations on both edges) photographed on "
                        "wood, receipt-like: every date in JIS era form R8.03.16; label / value pairs flush left / right; "
                        "ONE missed instalment as 延滞元金 / 延滞利息 / 遅延損害金 20.0% and ご入金額 ¥…; お支払期日 with "
                        "weekday; 次回ご返済日 / 次回ご返済額 12,000 / ご利用残高 268,914 / ご利用限度額 300,000, the "
                        "貸金業 and 協会 numbers as distractors; arrears only (lump false); reference = 会員番号 "
                        "「AK 5120-0337」 with a space")


# ---------------------------------------------------------------------------------------------
# ch16 real servicer オリックス債権回収 お振込先変更のお知らせ: claims nothing; upside down on a car seat (EXIF 3).


def ch16():
    issued, assign, switch = D(2026, 5, 25), D(2024, 3, 29), D(2026, 7, 1)
    p = Page(font="sans", size=10.3, top=16)
    p.at(196, 18, west(issued), size=10, align="r")
    p.at(196, 23.5, "お客様番号　OX-11-208853", size=10, align="r")
    p.y = 31
    p.line("〒980-0000 宮城県仙台市青葉区やどりぎ台九丁目9番9号", size=9.5)
    p.line("倉掛　美穂　様", size=14)
    p.gap(7)
    p.title("お振込先口座変更のお知らせ", size=15.5)
    p.para(f"平素は格別のご高配を賜り、誠にありがとうございます。当社が{west(assign)}に株式会社くぬぎリースから譲り受け"
           "ましたお客様のリース料債権につきまして、お振込先口座を下記のとおり変更させていただくこととなりました。")
    p.para("お手数をおかけいたしますが、今後のお振込みは新しい口座へお願いいたします。ご返済額・ご返済日に変更はございません。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["", "旧口座（" + west(D(2026, 6, 30)) + "まで）", "新口座（" + west(switch) + "から）"],
             ["金融機関", "ことづて銀行 本店営業部", "もえぎの銀行 東京営業部"], ["口座番号", "普通 2088530", "普通 8853011"],
             ["口座名義", "オリツクスサイケンカイシユウ（カ", "オリツクスサイケンカイシユウ（カ"]], [28, 75, 75], x=17,
            header=True, aligns="lll", size=9.3, row_h=8)
    p.gap(3)
    p.para("※自動払込（口座振替）をご利用のお客様は、お手続きの必要はございません。", size=9.3, indent="")
    p.para("※旧口座へお振込みいただいた場合も、2026年9月30日までは当社にて確認のうえ充当いたします。", size=9.3, indent="")
    p.para("※本状はお振込先変更のご案内であり、ご請求書ではございません。", size=9.3, indent="")
    p.gap(8)
    for s, sz, f in (("オリックス債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号　第11号", 9, "sans"),
                     ("〒105-0000 東京都港区しらかば坂九丁目9番9号", 8.8, "sans"),
                     ("お客様窓口 03-0000-5110（平日9:00～17:30）　担当 下平", 9.5, "sans")):
        p.line(s, x=95, size=sz, font=f)
    p.seal(186, p.y - 20, 13, "square", "オリックス債権回収之印", angle=-2, seed=77161)
    tr = truth(document_type="other", sender="オリックス債権回収株式会社", license_number=11, phone="03-0000-5110",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社くぬぎリース",
               debtor="倉掛美穂", lump=False, issued=issued, assignment=assign, reference="OX-11-208853",
               input_kind="photo_exif_rotated", template="proxy77_servicer_account_change_notice_upside_down",
               received=D(2026, 5, 27))
    return dict(stem="ch16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=3,
                shot=dict(bg="carseat", keystone=0.06, tilt=3.0, creases=2, bow=8, fill=0.84, exposure=0.93,
                          blur=1.0),
                about="other (real servicer, change of payee account, claims nothing)",
                unusual="phone photo on a car seat stored UPSIDE DOWN with EXIF orientation 3; real servicer ★ オリックス"
                        "債権回収株式会社 with 「法務大臣許可番号　第11号」 tells of a new payee account: it CLAIMS NOTHING "
                        "(every amount, the rate and the payment date null; 「本状は…ご請求書ではございません」); the "
                        "譲受 date 2024年3月29日 in the prose; an old / new account table with its own dates (6/30, 7/1) "
                        "and the 9/30 grace date as distractors")


LETTERS = [ch09, ch10, ch11, ch12, ch13, ch14, ch15, ch16]
