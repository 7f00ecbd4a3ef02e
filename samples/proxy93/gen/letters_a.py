"""Proxy set 93, letters cx01–cx08: "phone photos and faxes of ordinary letters, eighth round". A real servicer's
督促状 photographed on a desk; a 信用金庫's 期限の利益喪失通知書 faxed with a 送信票 and, seven weeks later, the
guarantee company's 代位弁済のご通知 held up in a hand (the 溜井 household, a sole trader's business loan); a 簡裁
支払督促 photographed sideways on tatami; an invented servicer's 分割弁済のご提案 by fax; a law office's 縦書き 催告書
for a consumer lender (the 潟見 household, after cx16); a consumer lender's arrears reminder held in a hand; a real
servicer's 受託通知 faxed with a 送信票."""

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
    era,
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.02, 0.38, 0.42)
PLUM = (0.42, 0.12, 0.36)
BROWN = (0.40, 0.25, 0.10)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# cx01 セゾン債権回収 (real) ご入金のお願い: card debt bought from a card company; phone photo on a pale desk.


def cx01():
    R = 18.0
    issued, due = D(2025, 6, 20), D(2025, 7, 4)
    assign, acc, lastp = D(2025, 3, 28), D(2024, 12, 2), D(2024, 8, 27)
    P, I = 463_812, 21_540
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "セゾン債権回収株式会社", size=13, font="sans-bold", color=NAVY)
    p.at(15, 24, "法務大臣許可番号　第34号", size=8.5, color=NAVY)
    stamp(p, 150, 12, "親展", size=12)
    stamp(p, 170, 12, "重要", size=12, fill=RED)
    window(p, 15, 30, "263-0000", ["千葉県千葉市稲毛区かるがも町九丁目9番9号", "かるがもハイツ203号"],
           "汀沢　美由紀　様", "cx01-bars", code="C2-0620-##", w=96, h=40)
    p.at(196, 36, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(196, 41.5, "お客様番号　SZ-6620-41587", size=9.5, align="r")
    p.at(196, 47, "ご担当　管理第二部　浦出", size=9.5, align="r")
    p.y = 78
    p.title("ご入金のお願い", size=16, color=NAVY)
    p.para("平素は格別のご高配を賜り厚く御礼申し上げます。", size=9.8)
    p.para(f"お客様が株式会社つきみそうカードとご契約されたカード会員契約に基づく債権は、{wdate(assign)}付で同社より当社が"
           "譲り受けております（債権譲渡のご通知は同社及び当社から既にお送りしております）。", size=9.8)
    p.para("しかしながら、現在に至るまでお支払いが確認できておりません。つきましては、下記ご請求金額を下記お支払期日までに"
           "一括してお支払いくださいますようお願い申し上げます。お支払いが困難な場合は、必ず期日までにご連絡ください。",
           size=9.8)
    p.gap(2)
    y = grid(p, 15, p.y, [30, 60, 30, 61],
             [["原債権者", "株式会社つきみそうカード", "債権譲受日", wdate(assign)],
              ["期限の利益喪失日", wdate(acc), "最終ご入金日", wdate(lastp)]], h=7.5, size=9)
    p.y = y + 4
    p.line(f"ご請求金額の内訳（{wdate(issued)}現在）", size=10, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金（年18.0％）", "ご請求金額合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [40, 38, 52, 51], x=15, header=True,
            aligns="rrrr", size=10.5, row_h=9)
    p.line("※遅延損害金は、元金に対し期限の利益喪失日の翌日からの日割計算（年365日）によります。", x=15, size=8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 17, 0.8, NAVY))
    p.add(Box(15, y, 44, 17, color=None, fill=NAVY))
    p.at(37, y + 10.5, "お支払期日", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(66, y + 11, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.at(192, y + 11, f"{T:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 22
    p.line("お振込先", size=9.5, font="sans-bold")
    p.para("みなと灯銀行　本店営業部　普通預金　7034126　セゾンサイケンカイシュウ（カ　※ご依頼人名の前にお客様番号の下5桁"
           "「41587」をご入力ください。振込手数料はお客様のご負担となります。", size=9, indent="")
    p.gap(2)
    p.line("ご参考", size=9.5, font="sans-bold")
    p.para("ご契約日 平成31年2月14日　ショッピング利用枠 300,000円　キャッシング利用枠 200,000円　カード番号 ****-****-****-2291",
           size=9, indent="")
    p.gap(3)
    qr(p, 172, p.y, 22, "cx01-qr")
    p.para("本状と行き違いにお支払いいただいた場合は、ご容赦ください。当社は債権管理回収業に関する特別措置法に基づき法務大臣の"
           "許可を受けた債権回収会社です。", x0=15, x1=165, size=8.5, indent="")
    p.gap(10)
    p.add(Line(15, p.y, 196, p.y, 0.3, GRAY))
    p.gap(2)
    for s in ("セゾン債権回収株式会社　管理第二部", "〒170-0000　東京都豊島区浮桟橋通九丁目9番9号",
              "お問い合わせ　フリーダイヤル 0120-000-634（平日 9:30～18:00）"):
        p.line(s, x=15, size=9)
    p.seal(186, p.y - 8, 14, "square", "セゾン債権回収株式会社印", angle=3, seed=93011)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="0120-000-634", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社つきみそうカード", debtor="汀沢美由紀", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="SZ-6620-41587", input_kind="photo_jpeg",
               template="proxy93_real_servicer_request_desk_photo", received=D(2025, 6, 23))
    return dict(stem="cx01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=3.0, creases=2, shadow=0.3, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer ご入金のお願い, card debt)",
                unusual="phone photo on a pale desk, tilted 3°, tri-fold creases and a hand shadow across the bottom; "
                        "real servicer ★ セゾン債権回収 with 「法務大臣許可番号　第34号」 under the logo; window address with "
                        "a mailing code and 親展 / filled 重要 stamps; a shaded 2×2 grid (原債権者, 債権譲受日, 期限の利益"
                        "喪失日, 最終ご入金日); a one-row table 元金 / 利息 / 遅延損害金（年18.0％） / ご請求金額合計; the "
                        "due date in a navy bar with the total repeated at the right; western 年月日 dates; the 5-digit "
                        "transfer code, two 利用枠 and 平成31年 as distractors")


# ---------------------------------------------------------------------------------------------
# cx02 蒼浜信用金庫 期限の利益喪失通知書, faxed: page 1 a FAX送信票 (cover), page 2 the letter.

SB_P, SB_I = 6_842_300, 38_715  # the 溜井 business loan at the 喪失 date
SB_ACC, SB_LAST = D(2025, 7, 31), D(2025, 4, 30)


def cx02():
    R = 14.0
    issued, due = D(2025, 8, 8), D(2025, 8, 22)
    P, I = SB_P, SB_I
    L = late(P, R, SB_ACC + timedelta(1), issued)
    T = P + I + L
    c = Page(font="sans", size=10.5, top=20)
    c.title("ＦＡＸ送信票", size=22)
    c.line(f"送信日　{era(issued)}（{wd(issued)}）", align="r", size=10.5)
    c.gap(4)
    y = c.y
    rows = [("宛　先", "溜井商店　溜井　康弘　様"), ("ＦＡＸ", "0439-00-2618"),
            ("発信元", "蒼浜信用金庫　融資管理課"), ("担　当", "滝爪（たきづめ）"),
            ("ＴＥＬ", "0438-00-5527"), ("ＦＡＸ", "0438-00-5528"), ("枚　数", "2枚（本票を含む）")]
    for i, (a, b) in enumerate(rows):
        c.add(Box(25, y + i * 11, 35, 11, 0.4, fill=SHADE))
        c.add(Box(60, y + i * 11, 125, 11, 0.4))
        c.at(42.5, y + i * 11 + 7.3, a, size=11, align="c")
        c.at(64, y + i * 11 + 7.4, b, size=12)
    c.y = y + len(rows) * 11 + 8
    c.line("件名：期限の利益喪失通知書（写し）の送付について", size=11.5, font="sans-bold", x=25)
    c.gap(3)
    c.add(Box(25, c.y, 160, 62, 0.4))
    c.y += 4
    c.para("いつもお世話になっております。", x0=30, x1=180, size=10.5)
    c.para("本日、内容証明郵便にてご自宅宛てに発送いたしました通知書の写しを、ご確認のためＦＡＸにてお送りいたします。"
           "原本は郵便にて到着いたしますので、あわせてご確認ください。", x0=30, x1=180, size=10.5)
    c.para("ご不明な点は、担当までお電話ください。なお、本ＦＡＸに記載の金額は通知書作成日現在のものです。",
           x0=30, x1=180, size=10.5)
    c.y = 250
    c.line("※このＦＡＸがお手元に届かない場合や、誤って送信された場合は、お手数ですが上記ＴＥＬまでご連絡ください。",
           x=25, size=8.5)
    p = Page(font="serif", size=10.5, top=18)
    p.line(era(issued), align="r", size=10.5)
    p.line("顧客番号　0417-22851", align="r", size=9.5)
    p.gap(2)
    p.line("千葉県木更津市しぎの町九丁目9番9号", size=10)
    p.line("溜井商店こと", size=10)
    p.line("溜井　康弘　殿", size=13)
    p.gap(2)
    for s in ("千葉県木更津市ごいさぎ町九丁目9番9号", "蒼浜信用金庫", "理事長　洲鎌　誠一郎"):
        p.line(s, x=122, size=10.5 if "金庫" not in s else 12, font="serif-bold" if "金庫" in s else None)
    p.seal(182, p.y - 4, 13, "square", "蒼浜信用金庫理事長之印", angle=-2, seed=93021)
    p.gap(6)
    p.title("期限の利益喪失通知書", size=16, font="serif-bold")
    p.para(f"貴殿は、当金庫との間の令和3年10月20日付金銭消費貸借契約（事業資金、証書貸付）に基づく毎月末日の約定返済を"
           f"{era(SB_LAST)}の返済を最後に怠り、当金庫は{era(D(2025, 7, 10))}付催告書により延滞元利金の支払を催告いたしましたが、"
           "催告期限までにお支払いがありませんでした。")
    p.para(f"よって、貴殿は信用金庫取引約定書第5条第2項に基づき、{era(SB_ACC)}の経過をもって上記債務全額について"
           f"期限の利益を喪失しました。つきましては、下記金員を{era(due)}までに一括してお支払いください。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.table([["残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（{era(SB_ACC + timedelta(1))}から{era(issued)}まで年14％）", f"{L:,}円"],
             ["合計", f"{T:,}円"]], [118, 44], x=24, aligns="lr", size=10, row_h=8)
    p.gap(3)
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"), ("お振込先", "蒼浜信用金庫　本店　普通預金　2285104"),
          ("ご融資番号", "事業-03-10-0417（当初ご融資額 8,000,000円）"), ("保証人", "溜井　美代子（連帯保証人）")],
         x=24, label_w=32, size=10)
    p.gap(2)
    p.para("上記期限までにお支払いのない場合は、当金庫は保証機関である汐陽信用保証株式会社に対し保証債務の履行を請求いたします"
           "ので、念のため申し添えます。", size=10)
    p.line("以上", align="r")
    p.gap(4)
    p.line("【お問合せ】蒼浜信用金庫　融資管理課　TEL 0438-00-5527（担当　滝爪）", size=9.5, x=24)
    tr = truth(document_type="acceleration_notice", sender="蒼浜信用金庫", phone="0438-00-5527",
               creditor="蒼浜信用金庫", status="not_applicable", debtor="溜井康弘", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=SB_ACC,
               last_payment=SB_LAST, reference="0417-22851", input_kind="fax_tiff",
               template="proxy93_shinkin_acceleration_fax_cover_sheet", received=issued)
    return dict(stem="cx02", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:52 AOHAMA SHINKIN YUSHI 0438-00-5528",
                about="acceleration_notice (信用金庫 期限の利益喪失通知書, 2-page fax with a 送信票)",
                unusual="2-page G4 fax: page 1 a ruled ＦＡＸ送信票 (宛先 the debtor's shop and own FAX number, 発信元, 担当, "
                        "ＴＥＬ, ＦＡＸ, 枚数) saying the original went by 内容証明; page 2 the serif 期限の利益喪失通知書 of a "
                        "信用金庫 to a sole trader (「溜井商店こと」): 催告 date and 喪失 date in the prose, a 4-row table "
                        "残元金 / 未収利息 / 遅延損害金（…から…まで年14％） / 合計 without a header; 当初ご融資額 8,000,000, "
                        "the 連帯保証人 and the guarantee company as distractors; 顧客番号 top-right")


# ---------------------------------------------------------------------------------------------
# cx03 汐陽信用保証 代位弁済のご通知 (same loan), held up in a hand; HEIC.


def cx03():
    R = 14.6
    issued, due = D(2025, 9, 26), D(2025, 10, 10)
    subro = D(2025, 9, 12)
    S = SB_P + SB_I + late(SB_P, 14.0, SB_ACC + timedelta(1), subro)
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 16, color=None, fill=TEAL))
    p.at(20, 22.5, "汐陽信用保証株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(192, 22, "SHIOYO CREDIT GUARANTEE", size=7.5, color=WHITE, align="r")
    p.y = 34
    p.line(f"通知日：{era(issued)}", align="r", size=9.5)
    p.line("求償管理番号：KS25-0912-0417", align="r", size=9.5)
    p.y = 36
    p.line("〒292-0000", size=10)
    p.line("千葉県木更津市しぎの町九丁目9番9号", size=10)
    p.line("溜井　康弘　様", size=13.5)
    p.gap(8)
    p.title("代位弁済のご通知", size=16)
    p.para(f"当社は、貴殿が蒼浜信用金庫から借り入れられた事業資金（令和3年10月20日付）について、同金庫との保証契約に基づき"
           f"保証しておりましたが、貴殿が期限の利益を喪失されたため（喪失日 {era(SB_ACC)}）、{era(subro)}に同金庫へ"
           "保証債務を履行（代位弁済）いたしました。")
    p.para("これにより、当社は貴殿に対し下記の求償権を取得いたしました。つきましては、下記お支払期限までに一括してお支払い"
           "いただきますよう、ご通知申し上げます。")
    p.gap(2)
    p.line("■代位弁済の内容", size=10.5, font="sans-bold", color=TEAL)
    p.kv([("代位弁済日", era(subro)), ("代位弁済額", f"{S:,}円（元金・利息・損害金を含む）"),
          ("金庫への最終ご返済日", era(SB_LAST))], x=22, label_w=44, size=10)
    p.gap(2)
    p.line("■ご請求額", size=10.5, font="sans-bold", color=TEAL)
    p.table([["求償元金", f"{S:,}円"], [f"損害金（{era(subro + timedelta(1))}～{era(issued)}　年14.6％）", f"{L:,}円"],
             ["お支払いいただく額", f"{T:,}円"]], [120, 50], x=22, aligns="lr", size=10.5, row_h=8.5,
            ruled="rows", shade_col0=True)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 170, 13, 0.8, TEAL, (0.92, 0.97, 0.97)))
    p.at(27, y + 8.6, "お支払期限", size=11.5, font="sans-bold", color=TEAL)
    p.at(70, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お振込先：かじき町銀行　木更津支店　当座預金　0091226　シオヨウシンヨウホシヨウ（カ", size=9.3, indent="")
    p.para("※求償元金に対しては、代位弁済日の翌日から完済まで年14.6％の割合による損害金が発生いたします。", size=9.0, indent="")
    p.para("※連帯保証人 溜井 美代子 様にも同様のご通知をお送りしております。", size=9.0, indent="")
    p.gap(6)
    for s, sz, f in (("汐陽信用保証株式会社　債権管理部", 10.5, "sans-bold"),
                     ("〒260-0000　千葉県千葉市中央区ほばしら台九丁目9番9号", 9, "sans"),
                     ("TEL 043-000-8814（代表）　FAX 043-000-8815", 9.5, "sans"),
                     ("担当　淵名　／　貸金業登録番号　関東財務局長(2)第02931号", 8.5, "sans")):
        p.line(s, x=92, size=sz, font=f)
    p.seal(186, p.y - 15, 13, "square", "汐陽信用保証印", angle=-3, seed=93031)
    tr = truth(document_type="acceleration_notice", sender="汐陽信用保証株式会社", phone="043-000-8814",
               creditor="汐陽信用保証株式会社", status="not_applicable", original="蒼浜信用金庫", debtor="溜井康弘",
               total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=SB_ACC, last_payment=SB_LAST, reference="KS25-0912-0417", input_kind="photo_heic",
               template="proxy93_guarantor_subrogation_hand_held", received=D(2025, 9, 29))
    return dict(stem="cx03", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(hand=True, side="left", thumb_y=0.58, bg="cloth", keystone=0.04, tilt=2.2, creases=2,
                          bow=6.0, fill=0.86, warm=0.3, blur=1.0),
                about="acceleration_notice (guarantee company 代位弁済のご通知, same loan as cx02)",
                unusual="iPhone HEIC of the letter held up in a hand (thumb over the left margin) against a dark cloth, "
                        "with creases and a bulge; a white-on-teal name band; 通知日 / 求償管理番号 with full-width colons; "
                        "the 代位弁済の内容 as kv lines (代位弁済額 includes 元金・利息・損害金 = history); a rows-ruled table "
                        "with shaded labels 求償元金 / 損害金（…～…　年14.6％） / お支払いいただく額 (no interest); the 喪失 "
                        "date in brackets inside the prose; 貸金業登録番号 and FAX as distractors")


# ---------------------------------------------------------------------------------------------
# cx04 千葉簡易裁判所 支払督促 (card company creditor), one page, phone photo stored sideways (EXIF 6) on tatami.


def cx04():
    R = 14.6
    issued = D(2025, 10, 15)
    acc = D(2025, 5, 27)
    calc_end = D(2025, 9, 30)
    P, F = 318_406, 12_873
    L = late(P, R, acc + timedelta(1), calc_end)
    C = 4_230
    T = P + F + L + C
    case = "令和7年(ロ)第2846号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(fw("令和7年（ロ）第2846号"), size=10.5)
    p.gap(3)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(1)
    p.line("当事者の表示　別紙当事者目録記載のとおり（要旨は下記）", size=10)
    p.table([["債　権　者", "ウィステリアカード株式会社　代表者代表取締役　碇谷　陽介"],
             ["債　務　者", "兎束　哲也"]], [32, 136], x=22, aligns="ll", size=10, row_h=8)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    rows = [("１　金", P, "（立替金残額）"), ("２　金", F, "（未払手数料）"),
            ("３　金", L, f"（上記１に対する{era(acc + timedelta(1))}から{era(calc_end)}まで年14.6％の割合による遅延損害金）"),
            ("５　金", C, "（督促手続費用）")]
    for head, n, note in rows[:3]:
        p.line(f"{head}{n:,}円", x=26, size=10.5)
        p.para(note, x0=72, x1=190, size=9.5, indent="")
    p.para(f"４　上記１の金額に対する{era(calc_end + timedelta(1))}から支払済みまで年14.6％の割合による遅延損害金",
           x0=26, x1=190, size=10.5, indent="")
    p.line(f"{rows[3][0]}{C:,}円", x=26, size=10.5)
    p.para(rows[3][2], x0=72, x1=190, size=9.5, indent="")
    p.line(f"（合計　金{T:,}円　上記１、２、３及び５の合計）", x=26, size=10.5, font="serif-bold")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    p.para(f"１　債権者は、債務者との間で平成29年6月5日にクレジットカード会員契約を締結し、債務者は同契約に基づき商品購入代金の"
           f"立替払及び融資を受けた。２　債務者は分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。"
           "３　約定の遅延損害金の利率は年14.6％である。", size=9.8, indent="")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=26, size=10.5)
    p.line("千葉簡易裁判所", x=26, size=11)
    p.line("裁判所書記官　錨田　直美", x=60, size=11)
    p.seal(160, p.y - 6, 14, "square", "千葉簡易裁判所書記官印", angle=0, seed=93041)
    p.gap(4)
    y = p.y
    p.add(Box(20, y, 170, 22, 0.4))
    p.at(24, y + 6, "（連絡先）〒260-0000　千葉市中央区えながの町九丁目9番9号", size=9)
    p.at(24, y + 11.5, "千葉簡易裁判所　民事督促係　電話 043-000-7146", size=9.5, font="serif-bold")
    p.at(24, y + 17, "異議申立書（同封）の提出期限は、この書面を受け取った日の翌日から２週間です。", size=9)
    tr = truth(document_type="payment_order", sender="千葉簡易裁判所", phone="043-000-7146",
               creditor="ウィステリアカード株式会社", status="not_applicable", debtor="兎束哲也", total=T, principal=P,
               interest=F, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, reference=case, input_kind="photo_exif_rotated",
               template="proxy93_payment_order_card_one_page_sideways", received=D(2025, 10, 18))
    return dict(stem="cx04", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=0, shadow=0.22, shadow_side="top", fill=0.87,
                          warm=0.2),
                about="payment_order (簡裁, card company creditor, one page)",
                unusual="phone photo on tatami stored sideways (EXIF 6), a hand shadow in the top-left corner; the whole "
                        "支払督促 on one page: full-width 令和７年（ロ）第２８４６号, the parties as a 2-row table; 請求の趣旨 as "
                        "numbered items 金…円 with the label in brackets on the next line (立替金残額 / 未払手数料 / "
                        "遅延損害金 with its window / running item ４ / 督促手続費用) and a bold 「（合計 金…円 上記１、２、３"
                        "及び５の合計）」; 請求の原因 with 平成29年 and the 喪失; the court's phone in a box at the foot")


# ---------------------------------------------------------------------------------------------
# cx05 玄冬債権回収 (invented, 第209号) 分割弁済のご提案, one-page fax (header line only).


def cx05():
    R = 20.0
    issued, reply = D(2025, 11, 12), D(2025, 11, 28)
    assign, acc, lastp = D(2025, 8, 29), D(2025, 3, 3), D(2024, 12, 25)
    P, I = 512_000, 18_944
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n_inst = 48
    base = 11_000
    first = T - base * (n_inst - 1)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "玄冬債権回収株式会社", size=14, font="sans-bold")
    p.at(15, 24.5, "法務大臣許可番号　第209号", size=8.5)
    p.at(196, 18, f"{fw(era(issued))}", size=10, align="r")
    p.at(196, 23.5, "受付番号　ＧＴ－１１０８－５５２", size=9.5, align="r")
    p.y = 32
    p.line("礒田　紀子　様", size=13)
    p.line("（ＦＡＸ　０２５－０００－３３０９　宛）", size=9, color=GRAY)
    p.gap(4)
    p.title("分割弁済のご提案", size=16)
    p.para(f"先日はお電話をいただき、ありがとうございました。当社が{fw(era(assign))}付で株式会社ビオラファイナンスから譲り受けた"
           "貴殿に対する債権につき、ご相談の内容を踏まえ、下記のとおり分割によるお支払いをご提案いたします。")
    p.gap(1)
    p.line("１．現在のご債務額（" + fw(era(issued)) + "現在）", size=10.5, font="sans-bold")
    p.table([["残元金", "利息", "遅延損害金（年20％）", "現在のご債務額"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 40, 50, 46], x=18, header=True, aligns="rrrr",
            size=10, row_h=8)
    p.line(f"（期限の利益喪失日 {fw(era(acc))}　最終ご入金日 {fw(era(lastp))}）", x=18, size=8.8)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.table([["お支払回数", f"{n_inst}回（毎月27日）"], ["第1回", f"{first:,}円（令和7年12月27日）"],
             ["第2回～第48回", f"各{base:,}円"], ["最終回", "令和11年11月27日"],
             ["お支払総額", f"{T:,}円（今後の遅延損害金は免除いたします）"]],
            [40, 120], x=18, aligns="ll", size=9.8, row_h=7.5)
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 170, 13, 1.2))
    p.at(23, y + 8.6, "ご回答期限", size=11.5, font="sans-bold")
    p.at(58, y + 8.8, f"{fw(era(reply))}（{wd(reply)}）まで", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("ご了承いただける場合は、同封の「分割弁済申込書」にご署名の上、上記期限までに当社宛てＦＡＸ又はご返送ください。"
           "ご回答のない場合は、現在のご債務額を一括にてご請求いたします。", size=9.5, indent="")
    p.para("2回分以上のお支払いが遅れた場合は、分割の利益を失い、残額及び遅延損害金を一括してお支払いいただきます。", size=9.5,
           indent="")
    p.gap(4)
    for s in ("玄冬債権回収株式会社　新潟営業所", "〒950-0000　新潟市中央区やまがら町九丁目9番9号",
              "TEL 025-000-2091　FAX 025-000-2092", "担当　鞆井"):
        p.line(s, x=110, size=9.5)
    p.seal(165, p.y - 4, 12, "square", "玄冬債権回収印", angle=2, seed=93051)
    tr = truth(document_type="settlement_proposal", sender="玄冬債権回収株式会社", license_number=209,
               phone="025-000-2091", creditor="玄冬債権回収株式会社", status="unverified",
               original="株式会社ビオラファイナンス", debtor="礒田紀子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ＧＴ－１１０８－５５２", input_kind="fax_tiff",
               template="proxy93_invented_servicer_instalment_offer_fax", received=issued)
    return dict(stem="cx05", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:08 GENTO SAIKEN NIIGATA 025-000-2092",
                about="settlement_proposal (invented servicer, 48 instalments, one-page fax)",
                unusual="one-page G4 fax with only the machine's header line; INVENTED servicer 玄冬債権回収 with "
                        "「法務大臣許可番号　第209号」 (→ unverified); full-width era dates and a full-width 受付番号; the "
                        "addressee's own FAX number under her name; a header table 残元金 / 利息 / 遅延損害金（年20％） / "
                        "現在のご債務額 with 喪失日 and 最終ご入金日 in a bracketed line; the plan (first instalment, 各11,000円, "
                        "最終回 令和11年, お支払総額 = the debt) as distractors; a heavy box ご回答期限 = payment_due")


# ---------------------------------------------------------------------------------------------
# cx06 麓谷・淀見法律事務所 縦書き 催告書 for ルクスローン (the 潟見 loan after cx16); digital.

LX_P, LX_I = 1_164_280, 27_406  # the 潟見 card loan at the 喪失 date (cx16)
LX_ACC, LX_LAST = D(2025, 11, 27), D(2025, 8, 26)


def cx06():
    R = 20.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    P, I = LX_P, LX_I
    L = late(P, R, LX_ACC + timedelta(1), issued)
    T = P + I + L
    kn = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職らは、ルクスローン株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", "貴殿は、通知人との間の令和四年五月十六日付極度方式基本契約に基づく借入金の返済を怠り、"
                 f"{kdate(LX_ACC)}の経過をもって期限の利益を喪失しております。"),
        ("body", f"つきましては、本書をもって、下記金員を{kdate(due)}限り、左記口座にお振込みの方法により一括してお支払い"
                 "いただくよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kn(P)}"),
        ("indent", f"二　利息　　　　{kn(I)}"),
        ("indent", f"三　遅延損害金　{kn(L)}"),
        ("plain", f"　　（{kdate(LX_ACC + timedelta(1))}から本書作成日まで年二十パーセント）"),
        ("indent", f"四　合計　　　　{kn(T)}"),
        ("body", "振込先　うきす町銀行　中央支店　普通預金　"
                 + kanji_digits("3300712") + "　口座名義　弁護士麓谷隆之預り金口"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、通知人の指示により、貴殿に対し訴訟の提起等の法的手続をとることと"
                 "なりますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "静岡県静岡市葵区るりびたき町九丁目九番九号"),
        ("low", "麓谷・淀見法律事務所"),
        ("low", "通知人代理人　弁護士　麓谷　隆之"),
        ("low", "同　　　　　　弁護士　淀見　沙織"),
        ("low", "電話　〇五四（〇〇〇）六二〇九"),
        ("blank", ""),
        ("low", "静岡県浜松市中区のびたき台九丁目九番九号"),
        ("low", "潟見　大輔　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 93061))
    for who, sd in (("麓谷", 93062), ("淀見", 93063)):
        xs = [it for it in pg.items if isinstance(it, VText) and who + "　" in it.s and "弁護士" in it.s]
        it = xs[0]
        pg.items.append(Seal(it.x, it.y + (len(it.s) + 1.2) * size * 0.3528 * 1.05, 7.5, "maru", who, seed=sd))
    tr = truth(document_type="collection_notice", sender="麓谷・淀見法律事務所", phone="054-000-6209",
               creditor="ルクスローン株式会社", status="not_applicable", debtor="潟見大輔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=LX_ACC,
               reference=None, input_kind="vertical_pdf", template="proxy93_vertical_law_office_demand_kanji",
               received=D(2026, 2, 9))
    return dict(stem="cx06", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a consumer lender, 縦書き 内容証明)",
                unusual="digital 縦書き 催告書 (冠省 … 草々) of a law office of two lawyers with the 内容証明 stamp and two "
                        "small 認印; amounts in positional kanji (金百十六万四千二百八十円 …) in 一、二… items; an absolute "
                        "deadline 「令和八年二月二十日限り」; the 預り金口 account number in kanji digits and the 令和四年 "
                        "contract as distractors; phone in kanji digits; NO reference number (null); no last payment "
                        "printed")


# ---------------------------------------------------------------------------------------------
# cx07 株式会社ビオラファイナンス ご返済のお願い (arrears of one instalment), held in a hand; JPEG.


def cx07():
    R = 20.0
    issued, due = D(2025, 7, 11), D(2025, 7, 22)
    missed = D(2025, 6, 25)
    pr, it = 14_318, 6_682
    L = late(pr, R, missed + timedelta(1), issued)
    T = pr + it + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=PLUM))
    p.at(20, 19.5, "V", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "ビオラファイナンス", size=15, font="sans-bold", color=PLUM)
    p.at(196, 17, slash(issued), size=10, align="r")
    p.at(196, 22.5, "会員番号 8830-0417-2265", size=9.5, align="r")
    p.y = 30
    p.line("〒420-0000 静岡県静岡市葵区おしどり台九丁目9番9号", size=9.5)
    p.line("渚井 千尋 様", size=13.5)
    p.gap(6)
    p.title("ご返済のお願い", size=15.5, color=PLUM)
    p.para(f"平素より弊社をご利用いただき、ありがとうございます。{missed.month}月{missed.day}日のご返済日に予定しておりました"
           "ご返済が、本日現在確認できておりません。下記金額を下記期日までにご入金くださいますようお願い申し上げます。", size=10)
    p.gap(2)
    p.line("■ ご返済いただく金額", size=10.5, font="sans-bold")
    x0, x1 = 26, 150
    for lab, val, bold in (("ご返済額（元金）", f"{pr:,}円", False), ("ご返済額（利息）", f"{it:,}円", False),
                           ("遅延損害金（年20.0%）", f"{L:,}円", False), ("ご入金額合計", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1.2)
        b = p.line(lab, x=x0, size=11 if bold else 10, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=11 if bold else 10, align="r", font="sans-bold" if bold else "sans")
    p.line(f"※遅延損害金は{slash(missed + timedelta(1))}から{slash(issued)}までの日割計算です。", x=x0, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 165, 12, 0.8, PLUM, (0.97, 0.93, 0.96)))
    p.at(27, y + 8, "ご入金期日", size=11, font="sans-bold", color=PLUM)
    p.at(62, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.line("■ ご契約内容", size=10.5, font="sans-bold")
    p.kv([("ご利用限度額", "500,000円"), ("ご利用残高", "688,214円（ご参考・7月11日現在）"),
          ("毎月のご返済日", "25日（約定返済額 21,000円）"), ("前回ご入金日", slash(D(2025, 5, 26)))],
         x=26, label_w=36, size=9.5)
    p.gap(2)
    p.para("ご入金は、提携ATM・インターネットバンキング・下記口座へのお振込みでお受けしております。"
           "お振込先：ひたき町銀行　静岡支店　普通 5501733　ビオラフアイナンス（カ", size=9.3, indent="")
    p.para("ご返済の遅れが続きますと、ご契約に基づき期限の利益を喪失し、残高全額を一括してご請求することになります。また、"
           "信用情報機関に延滞の事実が登録されます。", size=9.3, indent="")
    p.gap(5)
    for s in ("株式会社ビオラファイナンス　静岡お客様センター", "〒420-0000 静岡県静岡市葵区みそさざい町九丁目9番9号",
              "お問い合わせ 0120-000-816（受付 9:00～19:00）", "関東財務局長(5)第00947号　日本貸金業協会会員第005871号"):
        p.line(s, x=92, size=9 if "財務局" not in s else 8)
    tr = truth(document_type="collection_notice", sender="株式会社ビオラファイナンス", phone="0120-000-816",
               creditor="株式会社ビオラファイナンス", status="not_applicable", debtor="渚井千尋", total=T, principal=pr,
               interest=it, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               last_payment=D(2025, 5, 26), reference="8830-0417-2265", input_kind="photo_jpeg",
               template="proxy93_consumer_loan_arrears_hand_held", received=D(2025, 7, 14))
    return dict(stem="cx07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(hand=True, side="right", thumb_y=0.45, bg="desk", keystone=0.07, tilt=3.2, creases=2,
                          bow=8.0, fill=0.85, warm=0.1, glare=18),
                about="collection_notice (consumer lender, one missed instalment)",
                unusual="phone photo of the letter held in a hand (thumb on the right margin) with a steep keystone, "
                        "creases, a bulge and lamp glare; plum logo with a one-letter mark; slash dates 2025/07/11; "
                        "amounts as leader-less lines ご返済額（元金） / ご返済額（利息） / 遅延損害金（年20.0%） / ご入金額"
                        "合計; the due date in a tinted box; arrears only (lump false, no 喪失 date); 前回ご入金日 = last "
                        "payment; ご利用残高 688,214, 限度額 500,000 and 約定返済額 21,000 as distractors; the "
                        "貸金業登録番号 and 協会会員番号 (not licences)")


# ---------------------------------------------------------------------------------------------
# cx08 アルファ債権回収 (real) 受託のご通知 for a bank's card loan, 2-page fax: 送信票 + letter.


def cx08():
    R = 14.6
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    entrusted, acc, lastp = D(2026, 1, 5), D(2025, 10, 6), D(2025, 6, 10)
    P, I = 1_873_500, 41_227
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    c = Page(font="sans", size=10.5, top=16)
    c.add(Box(15, 14, 181, 24, 0.8))
    c.at(105.5, 30, "F A X  送 信 の ご 案 内", size=20, font="sans-bold", align="c")
    c.y = 46
    c.table([["送信日時", f"{slash(issued)} 13:20", "送信枚数", "2枚（この用紙を含む）"],
             ["宛先", "浦渕　俊介　様", "貴FAX", "044-000-7102"],
             ["発信者", "アルファ債権回収株式会社", "TEL", "03-0000-4101"],
             ["担当部署", "個人債権管理部　担当 澱川", "FAX", "03-0000-4109"]],
            [28, 70, 25, 58], x=15, aligns="llll", size=10, row_h=10, shade_col0=True)
    c.gap(8)
    c.line("【ご連絡事項】", size=11, font="sans-bold", x=18)
    c.para("お電話でお申し出のありました「受託のご通知」を再送いたします（原本は1月16日付で郵送済みです）。"
           "ご確認のうえ、お支払方法についてご連絡をお願いいたします。", x0=18, x1=192, size=10.5)
    c.gap(60)
    c.line("※本FAXには個人情報が含まれております。誤って受信された場合は、破棄のうえ上記TELまでご連絡ください。", x=18,
           size=8.5)
    p = Page(font="sans", size=10, top=14)
    p.line(f"{wdate(issued)}", align="r", size=10)
    p.line("お客様番号　AL-26-0116-733", align="r", size=9.5)
    p.y = 22
    p.line("浦渕　俊介　様", size=13)
    p.gap(10)
    p.title("債権回収業務受託のご通知", size=15)
    p.para(f"貴殿が株式会社洋北銀行とご契約のカードローン（ご契約番号 YH-CL-0081573）につきまして、当社は{wdate(entrusted)}付で"
           "同行より債権の管理及び回収業務の委託を受けました。今後のお支払い及びお問い合わせは、当社までお願いいたします。",
           size=10)
    p.para("なお、本件債権の債権者は引き続き株式会社洋北銀行です（債権の譲渡ではございません）。", size=10)
    p.para(f"貴殿は{wdate(acc)}に期限の利益を喪失されておりますので、下記ご請求額を下記お支払期限までに一括してお支払い"
           "ください。", size=10)
    p.gap(2)
    p.table([["項目", "金額（円）"], ["ご利用残高（元金）", f"{P:,}"], ["未収利息", f"{I:,}"],
             [f"遅延損害金（年14.6％　{wdate(acc + timedelta(1))}から）", f"{L:,}"], ["ご請求額", f"{T:,}"]],
            [120, 50], x=20, header=True, aligns="lr", size=10, row_h=8)
    p.line(f"（{wdate(issued)}現在）　最終ご入金日　{wdate(lastp)}", x=20, size=9)
    p.gap(3)
    p.kv([("お支払期限", f"{wdate(due)}（{wd(due)}）"), ("委託者（債権者）", "株式会社洋北銀行"),
          ("受託者", "アルファ債権回収株式会社"), ("お振込先", "波止場銀行　本店営業部　普通 6610442 アルフアサイケンカイシユウ（カ")],
         x=20, label_w=40, size=10)
    p.gap(4)
    p.para("当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です（許可番号は下記のとおり）。"
           "お支払いが困難な場合は、お支払期限までにご相談ください。", size=9, indent="")
    p.gap(5)
    for s, sz in (("アルファ債権回収株式会社　個人債権管理部", 10.5), ("法務大臣許可番号　第101号", 9),
                  ("〒104-0000　東京都中央区浮桟橋通九丁目9番9号", 9), ("TEL 03-0000-4101（平日9:00～17:30）　担当 澱川", 9.5)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz > 10 else None)
    p.seal(188, p.y - 12, 13, "square", "アルファ債権回収印", angle=-2, seed=93081)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-4101", creditor="株式会社洋北銀行", status="licensed", original="株式会社洋北銀行",
               debtor="浦渕俊介", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=None, reference="AL-26-0116-733",
               input_kind="fax_tiff", template="proxy93_real_servicer_entrustment_fax_cover", received=issued)
    return dict(stem="cx08", ext="tif", kind="fax_tiff", pages=[c.spec, p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 13:21 ALPHA SAIKEN KAISHU 03-0000-4109",
                about="assignment_notice (real servicer 受託のご通知 for a bank, 2-page fax with a cover)",
                unusual="2-page G4 fax: page 1 a 「FAX送信のご案内」 cover with a shaded-label table (送信日時 in slash form, "
                        "宛先 and 貴FAX, TEL / FAX of the sender) and a note that this is a re-send; page 2 the 受託のご通知 of "
                        "a real servicer ★ アルファ債権回収 (「法務大臣許可番号　第101号」 in the sender block): the bank stays "
                        "creditor (委託者（債権者） = original), the 受託日 is not an assignment; a table with header "
                        "項目 / 金額（円） (figures without 円) and labels ご利用残高（元金） / 未収利息 / 遅延損害金 / ご請求額; "
                        "the bank's ご契約番号 as a distractor")


LETTERS = [cx01, cx02, cx03, cx04, cx05, cx06, cx07, cx08]
