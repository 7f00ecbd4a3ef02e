"""Proxy set 22, letters ae01–ae08: "written by different hands". Each letter is the house style of another clerk:
a 信用金庫's 候文-like 督促 with a kanji 記 list and 金…円也 (ae01), an agricultural co-op's 縦書き 喪失通知 in 大字 to the
borrower and his 連帯保証人 (ae02), a consumer lender's blunt one-paragraph 通告書 with full-width digits and only a
stamp-like sender box (ae03), a real servicer's bilingual Japanese / English label sheet photographed in a dim room
(ae04), a joint 譲渡通知 where everything is a numbered list (ae05), a guarantor's 代位弁済通知 to the heir of a deceased
borrower (ae06), a law office's 和解 proposal to a company by fax (ae07) and a real servicer's answer to a 時効援用
with 平成 history and no amount at all (ae08)."""

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
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_small, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
MOSS = (0.22, 0.36, 0.18)
BROWN = (0.42, 0.26, 0.12)
TEAL = (0.0, 0.36, 0.42)
PLUM = (0.40, 0.14, 0.36)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def heisei(d: D, kan: bool = False) -> str:
    y = d.year - 1988
    assert D(1989, 1, 8) <= d <= D(2019, 4, 30), d
    if kan:
        return f"平成{kanji_small(y)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"
    return f"平成{y}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    """金十二万三千四百五十六円: positional kanji, no 大字 (vertical prose)."""
    return yen(n, "kanji")


# ---------------------------------------------------------------------------------------------
# ae01 信用金庫 督促: 候文-like 拝啓 … 敬具, 記 with 一、二、三 and 金…円也, kanji dates in horizontal text, sender top-right.


def ae01():
    R = 14.0
    issued, due = D(2025, 11, 25), D(2025, 12, 9)
    lastp = D(2025, 7, 28)
    inst = [(D(2025, 8, 26), 31_420, 4_180), (D(2025, 9, 26), 31_560, 4_040), (D(2025, 10, 27), 31_700, 3_900)]
    P = sum(r[1] for r in inst)
    I = sum(r[2] for r in inst)
    L = sum(late(pr + it, R, d + timedelta(1), issued) for d, pr, it in inst)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=18)
    p.at(194, 22, kdate(issued), size=10.5, align="r")
    p.at(194, 28, "お客様番号　３１０４－００２７７１５", size=9.5, align="r")
    p.y = 36
    p.line("青森県弘前市涼音町二丁目１４番地の３", x=20, size=10.5)
    p.gap(2)
    p.line("轟木　千鶴代　様", x=26, size=14)
    y = 36
    for s, sz, f in (("さわらび信用金庫", 13.5, "serif-bold"), ("融資部　管理課", 10, "serif"),
                     ("〒036-0000　青森県弘前市斎槻通九丁目１番地", 8.5, "serif"),
                     ("電話　０１７２－０００－５８３０（直通）", 9, "serif"), ("担当　依知川", 9, "serif")):
        p.at(194, y + sz * 0.35, s, size=sz, font=f, align="r")
        y += sz * 0.35 * 1.75
    p.seal(184, 73, 12, "square", "さわらび信用金庫印", angle=2, seed=22011)
    p.y = 80
    p.title("ご返済についてのお願い", size=15, font="serif-bold")
    p.line("拝啓", size=10.5)
    p.para("時下ますますご清祥のこととお慶び申し上げます。平素は当金庫をお引き立ていただき、厚く御礼申し上げます。")
    p.para("さて、先般よりお願い申し上げております貴殿のカーライフローンのご返済につきまして、" + kdate(lastp) +
           "のご入金を最後に、その後のご入金が確認できておりません。書面及びお電話にて再三ご連絡を差し上げておりますが、"
           "いまだご入金をいただけず、誠に遺憾に存じます。")
    p.para("つきましては、誠に恐縮ではございますが、下記の延滞金額を" + kdate(due) + "（" + wd(due) + "）までに、"
           "ご返済用口座へご入金くださいますよう、ご高配のほどお願い申し上げます。")
    p.para("なお、本ローンのご融資残高は現在約120万円となっておりますが、このまま延滞が続きますと、金銭消費貸借契約証書の"
           "定めにより期限の利益を喪失し、残高全額を一括してご返済いただくことになりますので、念のため申し添えます。")
    p.line("敬具", align="r", size=10.5)
    p.gap(1)
    p.line("記", align="c", size=11)
    p.gap(1)
    x0, x1 = 38, 170
    rows = [("一、延滞元金（三回分）", f"金{P:,}円也"), ("二、延滞利息", f"金{I:,}円也"),
            (f"三、遅延損害金（年{R}％）", f"金{L:,}円也")]
    for lab, val in rows:
        b = p.line(lab, x=x0, size=11)
        p.at(x1, b, val, size=11, align="r")
    p.add(Line(x0, p.y + 0.8, x1, p.y + 0.8, 0.4))
    p.gap(2.2)
    b = p.line("四、合計ご入金額", x=x0, size=11.5, font="serif-bold")
    p.at(x1, b, f"金{T:,}円也", size=11.5, font="serif-bold", align="r")
    p.gap(2)
    p.line(f"五、ご入金期限　　{kdate(due)}（{wd(due)}）", x=x0, size=11)
    p.line("六、ご返済用口座　さわらび信用金庫　涼音支店　普通預金　０８８４１５２", x=x0, size=11)
    p.gap(1)
    p.para("（注）遅延損害金は、各回のご返済予定日の翌日から本状作成日までの日割計算でございます。"
           "ご入金日によって金額が異なりますので、窓口にてご確認ください。", x0=38, x1=178, size=9, indent="")
    p.line("以上", align="r", size=10.5)
    p.gap(3)
    p.para("追伸　行き違いにご入金いただいております節は、何卒ご容赦くださいますようお願い申し上げます。"
           "ご返済が困難な事情がございましたら、ご遠慮なく担当までご相談ください。", size=9.5, indent="")
    tr = truth(document_type="collection_notice", sender="さわらび信用金庫", phone="0172-000-5830",
               creditor="さわらび信用金庫", status="not_applicable", debtor="轟木千鶴代", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               last_payment=lastp, reference="3104-0027715", input_kind="pdf_text",
               template="proxy22_shinkin_formal_kanji_list_nari", received=D(2025, 11, 27))
    return dict(stem="ae01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (信用金庫 督促, 候文-like, arrears of three instalments)",
                unusual="serif 候文-like letter 拝啓 時下ますますご清祥… 敬具 / 記 … 以上 of a 信用金庫 (not a 株式会社); "
                        "EVERY date as 令和 kansuji in horizontal text (令和七年十一月二十五日, due 令和七年十二月九日（火）); "
                        "sender block and seal top-RIGHT, addressee top-LEFT with a full-width address; full-width "
                        "お客様番号; the 記 as kanji-numbered lines 一、… 六、 with every amount as 金…円也; 「約120万円」 "
                        "ご融資残高 in the prose as a distractor; arrears only (lump false, acceleration only threatened)")


# ---------------------------------------------------------------------------------------------
# ae02 農業協同組合 縦書き 期限の利益喪失通知 (内容証明), 大字, borrower + 連帯保証人 as co-addressees; scanned.


def ae02():
    R = 14.5
    issued, due = D(2025, 11, 27), D(2025, 12, 12)
    acc, lastp, warn = D(2025, 11, 14), D(2025, 7, 25), D(2025, 10, 31)
    contract = D(2018, 6, 15)
    P, I = 2_986_400, 38_112
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    dj = lambda n: yen(n, "daiji")  # noqa: E731
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"当組合は、貴殿との間で{heisei(contract, True)}付で締結した金銭消費貸借契約（農機具資金）に基づき、"
                 "貴殿に対し金員を貸し付けておりますが、貴殿は"
                 f"{kdate(lastp)}の約定返済を最後にその後の返済を怠っております。"),
        ("body", f"そこで当組合は、{kdate(warn)}付書面により、延滞元利金を{kdate(acc)}までに支払うよう催告いたしましたが、"
                 "右期限までにお支払いがありませんでした。"),
        ("body", f"したがって貴殿は、同契約第十一条第一項により{kdate(acc)}の経過をもって期限の利益を喪失いたしましたので、"
                 "その旨本書をもって通知いたします。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}限り、当組合本所に持参又は送金の方法により一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、残元金　　　{dj(P)}"),
        ("indent", f"二、未収利息　　{dj(I)}"),
        ("indent", f"三、遅延損害金　{dj(L)}"),
        ("plain", "　　　（令和七年十一月十五日から本書作成日まで年十四・五パーセントの割合）"),
        ("indent", f"四、合　計　　　{dj(T)}"),
        ("body", "なお、連帯保証人生明禎一殿に対しましても、本書と同一の内容をもって通知し、保証債務の履行を請求いたします。"
                 "右期日までにお支払いのない場合は、担保権の実行その他の法的措置をとらせていただきます。"),
        ("low", "整理番号　ＳＫ－２５－０４１７"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "青森県五所川原市萩の台二丁目七番地"),
        ("low", "しでこぶし農業協同組合"),
        ("low", "代表理事組合長　利根谷　壮介"),
        ("low", "電話　〇一七三（〇〇〇）三一四四"),
        ("blank", ""),
        ("low", "青森県つがる市朝霧台四丁目十一番地"),
        ("low", "主債務者　　纐纈　弘道　殿"),
        ("low", "青森県つがる市朝霧台四丁目十八番地"),
        ("low", "連帯保証人　生明　禎一　殿"),
    ]
    size = 10.2
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.7, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 22021))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "利根谷" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19.5) * size * 0.3528 * 1.05, 10, "square", "しでこぶし農協組合長印",
                         angle=5, seed=22022))
    tr = truth(document_type="acceleration_notice", sender="しでこぶし農業協同組合", phone="0173-000-3144",
               creditor="しでこぶし農業協同組合", status="not_applicable", debtor="纐纈弘道", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="SK-25-0417", input_kind="vertical_scan",
               template="proxy22_vertical_coop_acceleration_daiji_guarantor", received=D(2025, 11, 29))
    return dict(stem="ae02", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (農業協同組合, 縦書き 内容証明, 大字, with 連帯保証人)",
                unusual="縦書き 期限の利益喪失通知書 of an agricultural co-op (農業協同組合, 代表理事組合長), scanned, with the "
                        "内容証明 stamp: amounts in 大字, the rate as 年十四・五パーセント, 平成三十年 contract date, the 催告 "
                        "date 十月三十一日 vs the 喪失 「十一月十四日の経過をもって」; 契約第十一条第一項 (numbers that are "
                        "not amounts); TWO addressees at the foot (主債務者 … 殿 / 連帯保証人 … 殿) and the guarantor also "
                        "named in the body; full-width 整理番号 ＳＫ－２５－０４１７ low in a column; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ae03 consumer lender: blunt one-paragraph 通告書, every fact in the paragraph in full-width digits, western dates;
# the sender is only a red stamp-like box at the bottom right.


def ae03():
    R = 20.0
    issued, due = D(2025, 12, 5), D(2025, 12, 15)
    acc, lastp = D(2025, 10, 27), D(2025, 8, 4)
    P, I = 482_310, 12_880
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=11, top=18)
    p.at(20, 22, "受付番号：ＬＡ－７７１２０", size=10)
    p.at(190, 22, fw(wdate(issued)), size=10, align="r")
    p.y = 30
    p.line("大阪府堺市北区麦秋台三丁目８－２２　コーポ麦秋２０３号", size=10.5)
    p.line("我孫子　誠之　殿", size=13.5)
    p.gap(10)
    p.line("通　告　書", align="c", size=22, font="sans-bold")
    p.gap(8)
    txt = (f"貴殿は当社からの借入金の返済を{fw(wdate(lastp))}を最後に怠り、{fw(wdate(acc))}をもって期限の利益を喪失"
           "している。当社はこれまで電話及び書面で再三請求したが、現在まで一切の連絡がない。"
           f"{fw(wdate(issued))}現在の未払金は、残元金{fw(f'{P:,}')}円、利息{fw(f'{I:,}')}円、遅延損害金（年２０％）"
           f"{fw(f'{L:,}')}円、合計{fw(f'{T:,}')}円である。{fw(wdate(due))}（{wd(due)}）までに全額を下記口座に"
           "振り込むこと。期限までに入金がない場合は、予告なく法的手続に移行し、給与等の差押えを含む強制執行を申し立てる。"
           "本通告は最終のものである。")
    p.para(txt, size=12.5)
    p.gap(8)
    p.para("振込先　みなと堺信用組合　北花田支店　当座預金　００４７１８３　カ）ライフアーチ", size=10.5, indent="")
    p.para("※お振込みの際は、ご依頼人名の前に受付番号を入力すること。", size=9.5, indent="")
    y = 214
    p.add(Box(122, y, 70, 42, 1.1, RED))
    p.add(Box(124, y + 2, 66, 38, 0.4, RED))
    for i, (s, sz) in enumerate((("株式会社ライフアーチ", 13), ("債権管理部　回収課", 9.5),
                                 ("大阪府大阪市中央区瓦町一丁目３－９", 8), ("ＴＥＬ　０６－０００－３３９１", 9.5),
                                 ("大阪府知事（３）第１３８５２号", 7.5))):
        p.at(157, y + 9 + i * 7.0 + (1.2 if i else 0), s, size=sz, font="sans-bold" if i == 0 else "sans",
             align="c", color=RED)
    tr = truth(document_type="collection_notice", sender="株式会社ライフアーチ", phone="06-000-3391",
               creditor="株式会社ライフアーチ", status="not_applicable", debtor="我孫子誠之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="LA-77120", input_kind="pdf_scan",
               template="proxy22_lender_blunt_one_paragraph_stamp_box", received=D(2025, 12, 8))
    return dict(stem="ae03", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.2,
                about="collection_notice (consumer lender, blunt one-paragraph 通告書)",
                unusual="one-page image PDF; a blunt 通告書 of ONE paragraph in the plain である form: the last payment, "
                        "the 喪失, all four amounts (残元金 / 利息 / 遅延損害金（年２０％） / 合計) and the deadline are "
                        "inside the paragraph, in FULL-WIDTH digits and full-width western dates (２０２５年１２月１５日); no "
                        "labels except 受付番号 top-left; the sender is ONLY a red double-framed stamp-like box at the "
                        "bottom right (name, dept, address, ＴＥＬ, the 大阪府知事 貸金業 registration as a distractor); "
                        "the 振込先 is a 信用組合 (distractor)")


# ---------------------------------------------------------------------------------------------
# ae04 real servicer (オリックス債権回収, 11): bilingual labels (Amount Due / Due Date / Account No.), slash dates;
# photographed at an angle on a desk in a dim room.


def ae04():
    R = 18.0
    issued, due = D(2026, 1, 8), D(2026, 1, 22)
    acc, lastp, asg = D(2025, 6, 30), D(2025, 5, 27), D(2025, 9, 30)
    P, I = 684_200, 41_330
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(0, 0, 210, 9, color=None, fill=TEAL))
    p.at(16, 24, "オリックス債権回収株式会社", size=14, font="sans-bold", color=TEAL)
    p.at(16, 29.5, "法務大臣許可番号 第11号（債権管理回収業に関する特別措置法）", size=7.5, color=GRAY)
    for i, s in enumerate(["大阪業務部　〒530-0000 大阪府大阪市北区楓丘町2-18",
                           "TEL 06-000-4470 / FAX 06-000-4471（受付 9:00-17:30 土日祝除く）"]):
        p.at(16, 35 + i * 4.2, s, size=7.8)
    p.at(194, 24, f"発行日 / Date of Issue　{slash(issued)}", size=9, align="r")
    p.y = 50
    p.line("〒920-0000　石川県金沢市斎槻町12-7", x=20, size=10)
    p.line("忽那　奈緒美　様", x=24, size=14)
    p.gap(6)
    p.title("ご請求のお知らせ　Notice of Payment Due", size=14)
    p.para("当社は、下記原債権者から貴殿に対する債権を譲り受けました（債権譲渡通知は譲渡人より送付済みです）。"
           "本債権は期限の利益喪失により一括弁済期が到来しておりますので、下記ご請求金額をお支払期限までにお振込みください。",
           size=9.6)
    p.gap(2)
    g = [("お客様番号", "Account No.", "5520-1937-04"),
         ("原債権者", "Original Creditor", "トネリコ・カード株式会社"),
         ("債権譲受日", "Date of Assignment", slash(asg)),
         ("期限の利益喪失日", "Date of Acceleration", slash(acc)),
         ("最終ご入金日", "Last Payment", slash(lastp))]
    y = p.y
    for lab, en, val in g:
        p.add(Box(20, y, 62, 9, 0.25, (0, 0, 0), SHADE))
        p.add(Box(82, y, 108, 9, 0.25))
        p.at(22, y + 4.3, lab, size=8.8)
        p.at(22, y + 7.8, en, size=6.5, color=GRAY)
        p.at(86, y + 6.2, val, size=10.5)
        y += 9
    p.y = y + 5
    p.line("ご請求内訳 / Breakdown", size=10, font="sans-bold")
    rows = [("元金 / Principal", f"¥{P:,}"), ("利息 / Interest", f"¥{I:,}"),
            (f"遅延損害金 / Late Charges（年{R:g}%・{slash(acc + timedelta(1))}～{slash(issued)}）", f"¥{L:,}")]
    y = p.y
    for lab, val in rows:
        p.at(24, y + 5.6, lab, size=9.3)
        p.at(188, y + 5.6, val, size=10.5, align="r")
        p.add(Line(20, y + 8, 190, y + 8, 0.2, GRAY))
        y += 8
    p.y = y + 3
    y = p.y
    p.add(Box(20, y, 170, 24, 0.8, TEAL))
    p.add(Box(20, y, 85, 24, color=None, fill=(0.88, 0.95, 0.96)))
    p.add(Line(105, y, 105, y + 24, 0.5, TEAL))
    p.at(24, y + 7, "ご請求金額", size=10, font="sans-bold", color=TEAL)
    p.at(24, y + 11.5, "Amount Due", size=7.5, color=TEAL)
    p.at(101, y + 19, f"¥{T:,}", size=17, font="sans-bold", align="r")
    p.at(109, y + 7, "お支払期限", size=10, font="sans-bold", color=TEAL)
    p.at(109, y + 11.5, "Due Date", size=7.5, color=TEAL)
    p.at(186, y + 19, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold", align="r")
    p.y = y + 29
    p.line("お振込先 / Bank Account", size=9.5, font="sans-bold")
    p.para("ひびき橋銀行 梅田支店　普通 7731904　オリックスサイケンカイシュウ（カ　※お振込人名の前にお客様番号をご入力ください。",
           size=9.0, indent="")
    p.gap(2)
    p.para("お支払いが困難な場合は、お支払期限までに上記TELへご相談ください。ご相談のないまま期限を経過した場合、"
           "法的手続を検討させていただきます。ご不明な点は担当 犬童（インドウ）までお問い合わせください。", size=9.0, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="06-000-4470", creditor="オリックス債権回収株式会社", status="licensed",
               original="トネリコ・カード株式会社", debtor="忽那奈緒美", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, assignment=asg, reference="5520-1937-04", input_kind="photo_jpeg",
               template="proxy22_servicer_bilingual_labels_dim_photo", received=D(2026, 1, 10))
    return dict(stem="ae04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.09, tilt=4.0, creases=2, fill=0.8, blur=0.95, warm=0.45, dim=0.3),
                about="collection_notice (real servicer, bilingual labels, phone photo in a dim room)",
                unusual="phone photo at a steep angle on a pale desk in an evening room (dimmed, warm, noisy), tri-fold "
                        "creases; real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号 第11号」 and a branch "
                        "address; EVERY label bilingual (お客様番号 / Account No., 原債権者 / Original Creditor, ご請求金額 / "
                        "Amount Due, お支払期限 / Due Date, 遅延損害金 / Late Charges) with the English in small grey under "
                        "or beside the Japanese; slash dates 2026/01/22（木）; ¥ amounts; the total and the due date side "
                        "by side in a teal bar; the 担当's surname as a distractor")


# ---------------------------------------------------------------------------------------------
# ae05 joint 債権譲渡及び譲受通知 (card company → パルティール債権回収, 113), everything a numbered list, R7.12.1 dates, 2 pages.


def ae05():
    R = 14.6
    issued, asg = D(2025, 12, 8), D(2025, 12, 1)
    acc, lastp, contract = D(2025, 8, 27), D(2025, 6, 27), D(2014, 10, 3)
    P, I = 926_540, 58_311
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p = Page(font="sans", size=10, top=16)
    p.at(194, 20, jis(issued), size=10, align="r")
    p.at(194, 25.5, "ご照会番号　PT-25120-0883", size=9.5, align="r")
    p.y = 24
    p.line("〒990-0000 山形県山形市涼音台5-3-17", x=18, size=10)
    p.line("鍵谷　洋介　様", x=22, size=13.5)
    p.gap(8)
    p.title("債権譲渡及び譲受のご通知", size=15)
    p.line("1.　ご通知の内容", size=10.5, font="sans-bold")
    p.para(f"(1)　譲渡人は、{jis(asg)}付で、貴殿に対して有する下記2.の債権（以下「本件債権」）を譲受人に譲渡しました。",
           x0=24, size=9.8, indent="")
    p.para("(2)　本書は、民法第467条に基づき、譲渡人及び譲受人が連名で貴殿に通知するものです。", x0=24, size=9.8, indent="")
    p.para("(3)　今後、本件債権に関するお支払い・お問合せは、すべて譲受人宛てにお願いいたします。譲渡人へのお支払いは"
           "できません。", x0=24, size=9.8, indent="")
    p.gap(1)
    p.line(f"2.　譲渡債権の額（{jis(asg)}現在）", size=10.5, font="sans-bold")
    for lab, val in (("(1)　元金", f"{P:,}円"), ("(2)　利息・手数料", f"{I:,}円"),
                     (f"(3)　遅延損害金（年{R}％）", f"{L:,}円"), ("(4)　合計", f"{T:,}円")):
        if lab.endswith("合計"):
            p.add(Line(30, p.y + 0.4, 130, p.y + 0.4, 0.35))
            p.gap(1)
        b = p.line(lab, x=30, size=10.2, font="sans-bold" if lab.endswith("合計") else None)
        p.at(130, b, val, size=10.2, align="r", font="sans-bold" if lab.endswith("合計") else "sans")
    p.gap(1)
    p.line("3.　これまでの経過", size=10.5, font="sans-bold")
    for s in (f"(1)　原契約　　カード会員契約（契約日 H{contract.year - 1988}.{contract.month}.{contract.day}）",
              f"(2)　最終ご入金日　{jis(lastp)}",
              f"(3)　期限の利益喪失日　{jis(acc)}（以後、残債務全額について弁済期が到来しています）"):
        p.line(s, x=24, size=9.8)
    p.line("4.　お願い", size=10.5, font="sans-bold")
    p.para("(1)　お支払方法等につきましては、お手数ですが本書到着後、譲受人までお電話にてご連絡ください。"
           "(2)　お問合せの際はご照会番号をお伝えください。(3)　債権目録その他の詳細は次頁をご覧ください。",
           x0=24, size=9.8, indent="")
    p.gap(5)
    y = p.y
    for x, role, name, lines, seal in (
            (18, "（譲渡人）", "株式会社ミズナラカード",
             ["東京都新宿区西新宿九丁目8番1号", "代表取締役　舎利弗　倫太朗", "TEL 03-0000-9340"], "ミズナラカード代表印"),
            (108, "（譲受人）", "パルティール債権回収株式会社",
             ["東京都品川区西五反田九丁目1番1号", "法務大臣許可番号　第113号", "代表取締役　樫出　敏行",
              "TEL 03-0000-6408（債権管理部）"], "パルティール債権回収印")):
        p.at(x, y + 4, role, size=9)
        p.at(x, y + 10, name, size=11, font="sans-bold")
        for i, s in enumerate(lines):
            p.at(x, y + 15.5 + i * 4.6, s, size=8.5)
        p.seal(x + 78, y + 14, 13, "square", seal, angle=(-3 if x < 100 else 4), seed=22050 + x)
    q = Page(font="sans", size=10, top=18)
    q.at(194, 20, "（2/2）", size=9, align="r")
    q.y = 24
    q.title("債権目録", size=14)
    for s in ("ア　債権者（原債権者）　　株式会社ミズナラカード",
              "イ　債務者　　　　　　　　鍵谷　洋介",
              f"ウ　原契約　　　　　　　　カード会員契約　会員番号 4980-****-****-2217（H{contract.year - 1988}.{contract.month}.{contract.day}入会）",
              "エ　ご利用内容　　　　　　ショッピング（リボルビング払い）及びキャッシング",
              f"オ　譲渡債権の額　　　　　{T:,}円（{jis(asg)}現在、内訳は前頁2.のとおり）",
              f"カ　上記のほか　　　　　　元金に対する{jis(asg + timedelta(1))}から支払済みまで年{R}％の遅延損害金",
              "キ　ご利用可能枠（参考）　　800,000円（現在ご利用いただけません）"):
        q.para(s, x0=22, size=9.8, indent="")
        q.gap(1)
    q.gap(4)
    q.line("よくあるご質問", size=10.5, font="sans-bold")
    for s in ("Q1　譲渡人にお支払いしてしまった場合は？　→　譲受人へ振り替えますので、譲受人までご連絡ください。",
              "Q2　分割でのお支払いはできますか？　→　ご収入の状況等をお伺いしたうえでご相談に応じます。",
              "Q3　この通知は本物ですか？　→　譲受人は法務大臣の許可を受けた債権回収会社です。法務省ホームページの"
              "許可業者一覧でご確認いただけます。"):
        q.para(s, x0=22, size=9.3, indent="")
        q.gap(1)
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-6408", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社ミズナラカード", debtor="鍵谷洋介", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="PT-25120-0883", input_kind="pdf_text_2page",
               template="proxy22_joint_assignment_numbered_lists_jis_dates", received=D(2025, 12, 10))
    return dict(stem="ae05", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, 2 pages)",
                unusual="EVERYTHING is a numbered list: 1.–4. with (1)–(4) sub-items on p.1 (even the amounts: (1) 元金 "
                        "/ (2) 利息・手数料 / (3) 遅延損害金 / (4) 合計), a 債権目録 with ア–キ on p.2; every date in JIS "
                        "form R7.12.1 (the letter date R7.12.8 alone top-right) and the contract as H26.10.3; the two "
                        "notifier blocks side by side at the bottom of p.1 (譲受人 ★ パルティール債権回収株式会社 with "
                        "「法務大臣許可番号　第113号」); ご照会番号; a masked 会員番号, ご利用可能枠 800,000 and 民法第467条 "
                        "as distractors; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# ae06 guarantee company 代位弁済通知 to the HEIR of a deceased borrower (亡○○様 相続人 ○○様); sender at the bottom.


def ae06():
    R = 14.6
    issued, due = D(2026, 1, 20), D(2026, 2, 10)
    subro, acc, lastp = D(2025, 12, 22), D(2025, 11, 10), D(2025, 8, 27)
    contract, died = D(2019, 3, 18), D(2025, 9, 2)
    P0, I0 = 1_482_000, 9_870
    L0 = late(P0, 14.0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=16)
    p.at(194, 20, era(issued), size=10, align="r")
    p.at(194, 25.5, "案件番号　MC-26-0120-7", size=9.5, align="r")
    p.y = 26
    p.line("〒400-0000 山梨県甲府市萩の台一丁目4番2号", size=10)
    p.gap(1)
    p.line("亡　仁多見　辰雄　様", x=24, size=12)
    p.line("相続人　仁多見　智恵子　様", x=24, size=13.5)
    p.gap(7)
    p.title("代位弁済のご通知", size=15.5)
    p.para("謹んで故人のご冥福をお祈り申し上げます。")
    p.para(f"故 仁多見辰雄様（{era(died)}ご逝去）は、{heisei(contract)}、株式会社ささめ銀行との間で教育ローン契約を"
           "締結され、当社はその債務を保証しておりました。同行によれば、同ローンは"
           f"{era(lastp)}のご返済を最後にご入金がなく、{era(acc)}をもって期限の利益を喪失しております。")
    p.para(f"このため当社は、保証委託契約に基づき、{era(subro)}、同行に対し下記のとおり代位弁済いたしました。"
           "これにより当社は、故人に対する求償権を取得し、この求償債務は相続人の皆様に承継されております。"
           "つきましては、下記ご請求額を期限までに一括してお支払いくださいますようお願い申し上げます。")
    p.gap(1)
    p.table([["代位弁済日", era(subro)], ["代位弁済額", f"{S:,}円"], ["（内訳）元金", f"{P0:,}円"],
             ["（内訳）利息", f"{I0:,}円"], ["（内訳）遅延損害金", f"{L0:,}円"]],
            [55, 55], x=24, aligns="lr", size=9.3, row_h=6.6, ruled="grid", shade_col0=True)
    p.gap(3)
    p.line(f"ご請求額（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金", f"{S:,}円"], [f"遅延損害金（{era(subro + timedelta(1))}から年{R}％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [100, 50], x=24, aligns="lr", size=9.8, row_h=7.4, ruled="rows")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 150, 11, 0.9))
    p.at(28, y + 7.4, "お支払期限", size=10.5, font="sans-bold")
    p.at(62, y + 7.6, f"{era(due)}（{wd(due)}）", size=12, font="sans-bold")
    p.y = y + 15
    p.para("※本書は、当社が把握している相続人の皆様にそれぞれお送りしております。相続放棄の手続きをされた方は、"
           "家庭裁判所の相続放棄申述受理通知書の写しを当社までお送りください（相続の開始を知った時から３か月以内）。",
           size=8.8, indent="")
    p.para("※お振込先　ささめ銀行 本店営業部 普通 3318026 モチノキシンヨウホショウ（カ", size=8.8, indent="")
    p.gap(4)
    p.rule(18, 192, 0.3)
    p.gap(3)
    y = p.y
    p.at(18, y + 5, "もちのき信用保証株式会社", size=12, font="sans-bold")
    p.at(18, y + 10.5, "債権管理部　相続担当　蟇目", size=9.5)
    p.at(18, y + 15.5, "〒400-0000 山梨県甲府市斎槻通三丁目2番8号", size=8.5)
    p.at(18, y + 20, "電話 055-000-1736（平日9時～17時）　FAX 055-000-1737", size=8.5)
    p.seal(100, y + 11, 14, "square", "もちのき信用保証之印", angle=-2, seed=22061)
    tr = truth(document_type="acceleration_notice", sender="もちのき信用保証株式会社", phone="055-000-1736",
               creditor="もちのき信用保証株式会社", status="not_applicable", original="株式会社ささめ銀行",
               debtor="仁多見智恵子", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="MC-26-0120-7",
               input_kind="scan_png", template="proxy22_guarantor_subrogation_to_heir", received=D(2026, 1, 23))
    return dict(stem="ae06", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="acceleration_notice (guarantee company 代位弁済, to the heir of a deceased borrower)",
                unusual="代位弁済のご通知 addressed 「亡　仁多見　辰雄　様」 over 「相続人　仁多見　智恵子　様」 (debtor = the "
                        "heir, the addressee); condolence opening; the date of death, the 平成31年 contract, the bank's "
                        "last payment and 喪失 in the prose; a grid 代位弁済額 table with （内訳）元金 / 利息 / 遅延損害金 "
                        "(history) and a rows-ruled ご請求額 table 求償元金 / 遅延損害金 / ご請求額合計; the 相続放棄 "
                        "３か月 note as a distractor; 案件番号; sender block at the BOTTOM LEFT under a rule, TEL and FAX")


# ---------------------------------------------------------------------------------------------
# ae07 law office 和解のご提案 to a COMPANY (御中), one-page fax, (1)(2)(3) list, ￥…- amounts.


def ae07():
    R = 14.6
    issued, reply = D(2026, 2, 4), D(2026, 2, 18)
    acc, lastp = D(2025, 10, 31), D(2025, 7, 31)
    P = 1_320_000
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    yd = lambda n: f"￥{n:,}-"  # noqa: E731
    assert 50_000 * 24 == 1_200_000  # Ａ案 as printed
    p = Page(font="serif", size=10, top=12)
    p.add(Box(15, 10, 180, 16, 0.4))
    p.at(19, 16, "FAX送信票", size=12, font="serif-bold")
    p.at(19, 22.5, f"送信日　{era(issued)}　　送信枚数　本紙のみ（計1枚）", size=9)
    p.at(190, 16, "宛先FAX　0538-000-2675", size=9, align="r")
    p.at(190, 22.5, "発信　柊木法律事務所", size=9, align="r")
    p.y = 32
    p.line("有限会社丹下工務店　御中", size=12.5)
    p.line("代表取締役　丹下　幸太郎　様", x=26, size=10.5)
    p.at(194, 35, "当事務所事件番号　HR-0388", size=9, align="r")
    p.y = 48
    p.title("和解のご提案", size=15, font="serif-bold")
    p.para("前略　当職は、つるばみリース株式会社（以下「依頼者」）の代理人として、貴社との間のリース契約（建設機械一式、"
           "契約番号 TL-5521）に関し、以下のとおりご提案いたします。")
    p.line("(1)　現在のご債務", size=10.5, font="serif-bold")
    p.para(f"貴社は{era(lastp)}のお支払いを最後にリース料の支払いを怠り、依頼者は{era(acc)}付で本件リース契約を"
           f"解除いたしました。{era(issued)}現在のご債務は、次のとおりです。", x0=26, indent="")
    for lab, val in (("未払リース料及び規定損害金", yd(P)), (f"遅延損害金（年{R}％）", yd(L)), ("ご債務合計", yd(T))):
        b = p.line(lab, x=40, size=10.5, font="serif-bold" if "合計" in lab else None)
        p.at(160, b, val, size=10.5, align="r", font="serif-bold" if "合計" in lab else "serif")
    p.line("(2)　和解案", size=10.5, font="serif-bold")
    p.para("依頼者は、貴社の現状に鑑み、次のいずれかの方法によるお支払いを条件として、遅延損害金の一部を免除する用意が"
           "あります。", x0=26, indent="")
    p.para("Ａ案　和解金 ￥1,200,000- を、令和8年3月から毎月末日限り ￥50,000- ずつ24回に分割してお支払いいただく。",
           x0=30, indent="")
    p.para("Ｂ案　和解金 ￥1,100,000- を、令和8年3月31日限り一括してお支払いいただく。", x0=30, indent="")
    p.para("いずれの案も、分割金の支払いを2回分以上怠ったときは、上記(1)の合計額から既払金を控除した残額を直ちに"
           "お支払いいただくものとします。", x0=30, size=9.3, indent="")
    p.line("(3)　ご回答のお願い", size=10.5, font="serif-bold")
    p.para(f"本提案をお受けいただける場合は、{era(reply)}（{wd(reply)}）までに、当事務所あてにＡ案・Ｂ案のいずれかを"
           "ご記入のうえFAXにてご回答ください。期限までにご回答がない場合、依頼者は訴訟提起を含む法的手続を"
           "とる予定です。", x0=26, indent="")
    p.line("草々", align="r")
    p.gap(2)
    y = p.y
    p.add(Box(104, y, 90, 30, 0.3))
    for i, (s, sz) in enumerate((("柊木法律事務所", 11.5), ("弁護士　柊木　貴之", 10), ("静岡県浜松市中央区涼音町3-5 麦秋ビル4階", 8),
                                 ("TEL 053-000-7710　FAX 053-000-7711", 8.8), ("（静岡県弁護士会所属）", 8))):
        p.at(108, y + 6 + i * 5.6, s, size=sz, font="serif-bold" if i == 0 else "serif")
    p.seal(184, y + 16, 11, "square", "弁護士柊木之印", angle=2, seed=22071)
    p.y = y + 33
    p.line("ご回答欄　　□ Ａ案　　□ Ｂ案　　□ 協議を希望　　　貴社名　　　　　　　　　　　　　印", x=20, size=9.5)
    tr = truth(document_type="settlement_proposal", sender="柊木法律事務所", phone="053-000-7710",
               creditor="つるばみリース株式会社", status="not_applicable", debtor="有限会社丹下工務店", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=acc, last_payment=lastp, reference="HR-0388", input_kind="fax_tiff",
               template="proxy22_law_office_settlement_company_fax", received=issued)
    return dict(stem="ae07", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:02 HIRAGI LAW 053-000-7711",
                about="settlement_proposal (law office for a lease company, to a company, one-page fax)",
                unusual="one-page G4 fax with a FAX送信票 strip (送信日 / 宛先FAX of the addressee / 発信); serif 前略 … 草々; "
                        "addressed to a COMPANY with 「御中」 and its 代表取締役 … 様 below (debtor = the company); the body "
                        "as (1)(2)(3) headings; amounts as ￥…- with a trailing dash; the lease 契約解除 date = acceleration; "
                        "two plans Ａ案 (￥50,000- × 24) / Ｂ案 (￥1,100,000- by 3/31) and the 契約番号 TL-5521 as "
                        "distractors; ご回答期限 （水） = payment_due; sender in a box at the bottom right with TEL and "
                        "FAX; a tick-box ご回答欄")


# ---------------------------------------------------------------------------------------------
# ae08 real servicer (アウロラ債権回収, 76) answers a 時効援用: no amount at all, 平成 dates in the history.


def ae08():
    issued, notice = D(2026, 1, 14), D(2025, 12, 22)
    asg, lastp, contract = D(2018, 9, 28), D(2016, 11, 25), D(2012, 5, 14)
    p = Page(font="sans", size=10.2, top=16)
    p.at(18, 20, "〒870-0000", size=10)
    p.at(18, 25.5, "大分県大分市涼音ヶ丘2丁目9番3-405", size=10)
    p.at(24, 34, "樫出　由紀夫　様", size=13.5)
    y = 18
    for s, sz, f in ((era(issued), 10, "sans"), ("アウロラ債権回収株式会社", 12, "sans-bold"),
                     ("法務大臣許可番号　第76号", 8.5, "sans"), ("福岡業務センター", 9, "sans"),
                     ("〒810-0000 福岡県福岡市中央区萩の台3-1-1", 8, "sans"), ("TEL 092-000-7615", 9, "sans"),
                     ("担当　月岡", 9, "sans")):
        p.at(194, y + sz * 0.35, s, size=sz, font=f, align="r")
        y += sz * 0.35 * 1.7
    p.y = 58
    p.title("ご通知（消滅時効の援用について）", size=14.5)
    p.para(f"貴殿から当社に宛てた{era(notice)}付の通知書（消滅時効援用通知）を拝受いたしました。")
    p.para("当社にて下記債権の取引経過を確認いたしましたところ、最終ご返済日から５年以上が経過しており、その間に時効の"
           "更新・完成猶予に当たる事由は確認できませんでした。つきましては、貴殿の消滅時効の援用を受け、当社は下記債権に"
           "ついて今後一切のご請求をいたしませんので、ご通知申し上げます。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    g = [("管理番号", "AU-180928-44120"), ("原債権者", "株式会社あけびのクレジット"),
         ("原契約", f"カードローン契約（{heisei(contract)}締結）"),
         ("最終ご返済日", heisei(lastp)), ("当社債権譲受日", heisei(asg)),
         ("債権者", "アウロラ債権回収株式会社（上記譲受により）")]
    p.table([[a, b] for a, b in g], [45, 110], x=26, aligns="ll", size=9.8, row_h=7.6, shade_col0=True)
    p.gap(3)
    p.line("以上", align="r")
    p.gap(2)
    for s in ("・本件債権に係る信用情報機関への登録につきましては、当社所定の手続により、完済に準じた取扱いへの変更を"
              "申請いたします（反映までに１か月程度かかる場合がございます）。",
              "・本書の発送をもちまして、本件に関する当社からのご連絡は終了いたします。ご不明な点がございましたら、"
              "上記担当までお問い合わせください。",
              "・なお、貴殿が他の債権者に対して負担する債務には、本書の効力は及びません。"):
        p.para(s, size=9.2, indent="")
        p.gap(1)
    tr = truth(document_type="other", sender="アウロラ債権回収株式会社", license_number=76, phone="092-000-7615",
               creditor="アウロラ債権回収株式会社", status="licensed", original="株式会社あけびのクレジット",
               debtor="樫出由紀夫", lump=False, issued=issued, last_payment=lastp, assignment=asg,
               reference="AU-180928-44120", input_kind="pdf_text",
               template="proxy22_servicer_limitation_accepted_heisei_history", received=D(2026, 1, 16))
    return dict(stem="ae08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (real servicer accepts the debtor's 消滅時効援用: claims nothing)",
                unusual="a real servicer ★ アウロラ債権回収株式会社 (「法務大臣許可番号　第76号」, a branch address) ANSWERS the "
                        "debtor's 時効援用通知 and gives up the claim: NO amount anywhere (every amount null), no "
                        "payment date; the history in 平成 dates in a shaded-label 記 table (原契約 平成24年, 最終ご返済日 "
                        "平成28年11月25日, 当社債権譲受日 平成30年9月28日); the debtor's own notice date 令和7年12月22日 "
                        "as a distractor; sender block top-RIGHT with the date on top, addressee top-LEFT")


LETTERS = [ae01, ae02, ae03, ae04, ae05, ae06, ae07, ae08]
