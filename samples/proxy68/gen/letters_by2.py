"""Proxy set 68, letters by09–by16: "phone photos of ordinary letters, fourth round". by09 簡裁 (ハ) 呼出状 with the
訴状's summary, photographed at an angle; by10 a law office's 縦書き 内容証明 on a kotatsu cloth; by11 a guarantee
company's 代位弁済通知 under a lamp; by12 an invented servicer's 分割和解 proposal with a coloured logo; by13 a bank's
督促状 on a blue checked oilcloth with a thumb, a little out of focus; by14 a real servicer's 債権譲受通知 with a
coloured table header; by15 a real servicer's 競売後残債務のご請求 under a lamp at an angle; by16 a 完済のお知らせ."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    WHITE,
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
from letters_by1 import addr, ctable, wdate

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
NAVY2 = (0.09, 0.20, 0.42)
CORAL = (0.86, 0.33, 0.27)
GREEN2 = (0.10, 0.48, 0.30)
INDIGO = (0.24, 0.22, 0.58)
BROWN = (0.45, 0.28, 0.12)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# by09 横須賀簡易裁判所 (ハ) 口頭弁論期日呼出状 with the 訴状's summary; plaintiff the invented servicer 白帆債権回収.


def by09():
    R = 14.6
    issued, hearing, answer = D(2026, 6, 16), D(2026, 7, 14), D(2026, 7, 7)
    assign, acc, lastp = D(2025, 12, 24), D(2025, 7, 2), D(2025, 4, 27)
    P = 498_000
    L = late(P, R, acc + timedelta(1), D(2026, 5, 31))
    T = P + L
    p = Page(font="serif", size=10.5, top=18, left=24, right=24)
    p.at(186, 22, "事件番号　令和８年（ハ）第１１２７号", size=10, align="r")
    p.at(186, 28, "貸金等請求事件", size=10, align="r")
    p.y = 36
    p.line("口頭弁論期日呼出状及び答弁書催告状", align="c", size=15.5, font="serif-bold")
    p.gap(3)
    p.kv([("被　告", "茂垣　修　殿"), ("原　告", "白帆債権回収株式会社")], x=30, label_w=22, size=11)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたので、"
           "同期日に出頭してください。", size=10.3)
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.3)
    p.gap(1)
    y = p.y
    p.add(Box(26, y, 158, 30, 0.5))
    p.at(30, y + 8, "期　日", size=10.5, font="serif-bold")
    p.at(56, y + 8, f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分　口頭弁論期日", size=10.5)
    p.at(30, y + 17, "場　所", size=10.5, font="serif-bold")
    p.at(56, y + 17, "第２民事法廷（２階）", size=10.5)
    p.at(30, y + 26, "答弁書", size=10.5, font="serif-bold")
    p.at(56, y + 26, f"{fw(era(answer))}（{wd(answer)}）までに提出", size=10.5)
    p.y = y + 35
    p.line(fw(era(issued)), x=30, size=10.5)
    p.line("横須賀簡易裁判所　民事係", x=96, size=11)
    p.line("裁判所書記官　　能勢谷　　亜　紀", x=96, size=11)
    p.seal(178, p.y - 7, 13, "square", "横須賀簡易裁判所書記官印", angle=3, seed=6809)
    p.line("〒238-0000 神奈川県横須賀市凪坂町一丁目10番　電話 046-000-7710", x=30, size=8.8)
    p.gap(3)
    p.add(Line(24, p.y, 186, p.y, 0.3))
    p.gap(3)
    p.line("（別紙）訴状の要旨", size=11, font="serif-bold")
    p.line("請求の趣旨", size=10.3, font="serif-bold")
    p.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する令和８年６月１日から支払済みまで"
           f"年１４．６パーセントの割合による金員を支払え。", size=10, indent="")
    p.para("２　訴訟費用は被告の負担とする。", size=10, indent="")
    p.line("請求の原因（要旨）", size=10.3, font="serif-bold")
    p.para(f"被告は、ルミナスカード株式会社との間でカード会員契約を締結して金員を借り受けたが、{fw(era(lastp))}の弁済を最後に"
           f"支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。原告は、{fw(era(assign))}、同社から上記貸金債権を"
           "譲り受けた（譲渡通知済み）。", size=10, indent="")
    p.gap(2)
    p.table([["残元金", yen(P, "fw")], [f"確定遅延損害金（{fw(era(acc + timedelta(1)))}～{fw(era(D(2026, 5, 31)))}）",
                                         yen(L, "fw")], ["請求額合計", yen(T, "fw")]],
            [112, 46], x=26, size=9.8, row_h=8, ruled="rows", font="serif")
    p.gap(2)
    p.para("（原告）白帆債権回収株式会社　〒231-0000 横浜市中区灯籠町三丁目2番　担当　阿久戸　電話 045-000-3367",
           size=8.8, indent="")
    tr = truth(document_type="lawsuit", sender="横須賀簡易裁判所", phone="046-000-7710", creditor="白帆債権回収株式会社",
               status="unverified", original="ルミナスカード株式会社", debtor="茂垣修", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               assignment=assign, hearing=hearing, reference="令和８年（ハ）第１１２７号", input_kind="photo_jpeg",
               template="proxy68_summary_court_ha_summons_angle", received=issued + timedelta(3))
    return dict(stem="by09", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", pitch=0.07, yaw=-0.05, tilt=-3.4, fill=0.88, blur=0.85, defocus=0.5),
                about="lawsuit (簡裁 (ハ) 呼出状 with the 訴状's summary, invented servicer plaintiff)",
                unusual="phone photo at an ANGLE (far edge narrower, the left edge shorter, rolled 3°) on a pale desk; a 簡裁 "
                        "口頭弁論期日呼出状及び答弁書催告状 with the 期日 / 場所 / 答弁書 in a box and a （別紙）訴状の要旨 below the "
                        "rule: 請求の趣旨 「金…円及びうち金…円に対する…」 all full-width, a rows-ruled 残元金 / 確定遅延損害金 / "
                        "請求額合計; the plaintiff is the INVENTED servicer 白帆債権回収 (no licence printed → unverified) with "
                        "its own 045 phone as a distractor; 貸金等請求事件")


# ---------------------------------------------------------------------------------------------
# by10 a law office's 縦書き 内容証明 (card company client), on a kotatsu cloth, unfolded from three (HEIC).


def by10():
    R = 18.0
    issued, due = D(2026, 3, 13), D(2026, 3, 27)
    acc = D(2025, 12, 4)
    P, I = 352_400, 7_188
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L

    def kin(n: int) -> str:
        return yen(n, "kanji")

    cols = [
        ("title", "御通知"),
        ("body", "前略　当職は、楓カード株式会社（以下「通知人」といいます。）から委任を受けた代理人弁護士として、貴殿に対し、"
                 "以下のとおり通知いたします。"),
        ("body", f"貴殿は、通知人との間のカード会員契約に基づく分割払金の支払を怠り、{kdate(acc)}の経過をもって期限の利益を"
                 "喪失しました。現在、貴殿が通知人に対して負担する債務は左記のとおりです。"),
        ("body", f"つきましては、{kdate(due)}限り、左記合計金額を左記口座にお振り込みください。同日までにお支払い又は"
                 "ご連絡がない場合には、通知人の指示により、訴訟提起等の法的手続に移行いたします。"),
        ("body", "なお、本件に関するご連絡は、通知人ではなく当職宛にお願いいたします。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kin(P)}"),
        ("indent", f"二　未払利息　　{kin(I)}"),
        ("indent", f"三　遅延損害金　{kin(L)}"),
        ("plain", "　　（年十八パーセント、期限の利益喪失日の翌日から本書作成日まで）"),
        ("indent", f"四　合計　　　　{kin(T)}"),
        ("indent", "振込先　しろがね銀行　神田支店　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("2604418")),
        ("plain", "　　　　口座名義　弁護士糸井慎吾預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都千代田区帆柱町三丁目七番二号"),
        ("low", "帆柱総合法律事務所"),
        ("low", "通知人代理人　弁護士　糸井　慎吾"),
        ("low", "電話　〇三（〇〇〇〇）四八一五"),
        ("blank", ""),
        ("low", "東京都練馬区野分台四丁目二十番十一号"),
        ("low", "海谷　由紀　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.1, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 68101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　糸井" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 8, "square", "弁護士糸井慎吾", angle=-2,
                         seed=68102))
    tr = truth(document_type="collection_notice", sender="帆柱総合法律事務所", phone="03-0000-4815",
               creditor="楓カード株式会社", status="not_applicable", debtor="海谷由紀", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               input_kind="photo_heic", template="proxy68_vertical_lawyer_notice_kotatsu_trifold",
               received=issued + timedelta(2))
    return dict(stem="by10", ext="heic", kind="photo_heic", pages=pages, truth=tr,
                shot=dict(bg="cloth", pitch=0.03, tilt=1.9, creases=2, fill=0.88, warm=0.4, lamp=(0.15, 0.6),
                          blur=0.85, bow=6),
                about="collection_notice (law office, 縦書き 内容証明)",
                unusual="iPhone HEIC of a 縦書き 御通知 (前略 … 草々) with the 内容証明 stamp, on a dark kotatsu cloth in warm "
                        "lamp light from the left, unfolded from three (creases across the columns) and bulging; one lawyer for "
                        "a card company (creditor = the client, not the office); EVERY amount in positional kanji "
                        "(金三十五万二千四百円 …); the deadline as 「令和八年三月二十七日限り」; the 喪失 date in kanji in the prose; "
                        "no reference number printed (null); a 預り金口 account in kanji digits and a phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# by11 guarantee company 代位弁済のご通知 (credit bank's renovation loan), EXIF 6, warm lamp.


def by11():
    R = 14.0
    issued, due = D(2026, 2, 5), D(2026, 2, 27)
    subro, acc, lastp = D(2026, 1, 23), D(2025, 12, 26), D(2025, 9, 29)
    P = 3_482_310
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=16, left=22, right=22)
    p.add(Box(22, 14, 8, 8, 0.0, None, GREEN2))
    p.at(26, 20.3, "北", size=11, font="sans-bold", color=WHITE, align="c")
    p.at(33, 20.5, "ほくと保証株式会社", size=13, font="sans-bold", color=GREEN2)
    p.at(188, 20, slash(issued), size=10, align="r")
    p.at(188, 25.5, "求償番号　HK-0652-117", size=10, align="r")
    addr(p, 24, 32, "060-0000", ["北海道札幌市中央区海鳴り通二丁目11番", "海鳴りレジデンス806号室"], "三枝木　浩二　様")
    p.y = 66
    p.title("代位弁済実行のご通知", size=15.5)
    p.para(f"貴殿が有明信用金庫からお借入れのリフォームローンにつきましては、{slash(lastp)}のご返済を最後にご入金がなく、"
           f"同金庫から{slash(acc)}をもって期限の利益を喪失した旨の通知がなされております。", size=9.8)
    p.para(f"当社は、保証委託契約に基づき、{slash(subro)}に同金庫へ下記のとおり代位弁済を実行いたしましたので、ご通知いたし"
           "ます。これにより、貴殿に対する同金庫の債権及び担保権は当社に移転し、今後は当社が貴殿に求償いたします。", size=9.8)
    p.gap(2)
    ctable(p, 22, ["項　目", "内　容"], [["代位弁済日", slash(subro)], ["代位弁済額（求償元金）", yen(P, "en")],
                                       [f"求償損害金（年{R}％・{slash(subro + timedelta(1))}～{slash(issued)}）", yen(L, "en")],
                                       ["本日現在のご請求額", yen(T, "en")]],
           [110, 56], GREEN2, size=9.8, row_h=8.5, last_bold=True)
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 12, 0.7, GREEN2))
    p.at(26, y + 8, "お支払期限", size=11, font="sans-bold", color=GREEN2)
    p.at(62, y + 8.3, f"{slash(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    p.para("上記期限までに一括してお支払いください。お支払いが困難な場合は、必ず期限までにご連絡ください。ご連絡がない場合は、"
           "抵当権の実行（競売の申立て）を検討せざるを得ませんので、あらかじめご了承ください。", size=9.4, indent="")
    p.gap(2)
    p.kv([("原契約", "有明信用金庫　リフォームローン　（令和3年5月実行・当初 4,200,000円）"),
          ("お問い合わせ", "ほくと保証株式会社　債権管理部　担当 毛利谷"),
          ("", "〒060-0000 札幌市中央区港南台一丁目2番　TEL 011-000-4452　FAX 011-000-4459")], x=24, label_w=30, size=9)
    tr = truth(document_type="acceleration_notice", sender="ほくと保証株式会社", phone="011-000-4452",
               creditor="ほくと保証株式会社", status="not_applicable", original="有明信用金庫", debtor="三枝木浩二",
               total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="HK-0652-117", input_kind="photo_exif_rotated",
               template="proxy68_guarantor_subrogation_slash_dates_lamp_rotated", received=issued + timedelta(3))
    return dict(stem="by11", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", pitch=0.045, tilt=-1.8, fill=0.86, warm=0.65, lamp=(0.75, 0.1), creases=2, blur=0.9),
                about="acceleration_notice (guarantee company 代位弁済通知)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood in the orange light of a lamp above-right, "
                        "tri-fold creases; a 代位弁済実行のご通知 with a green one-kanji logo and a GREEN table header; EVERY date "
                        "in slash form 2026/02/05; a 項目/内容 table 代位弁済日 / 代位弁済額（求償元金） / 求償損害金（年14.0％・…） / "
                        "本日現在のご請求額; the 信用金庫's 喪失 date in the prose; 当初 4,200,000 and the FAX as distractors")


# ---------------------------------------------------------------------------------------------
# by12 invented servicer 白帆債権回収 (第246号): 分割和解のご提案, navy sail logo, coral table header; creases.


def by12():
    R = 18.0
    issued, reply = D(2026, 6, 12), D(2026, 6, 30)
    assign, acc, lastp = D(2026, 1, 30), D(2025, 4, 18), D(2025, 2, 27)
    P, I = 723_450, 21_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    n, inst, lastinst = 36, 20_100, 19_950
    assert inst * (n - 1) + lastinst == P
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.add(Box(22, 12, 13, 13, 0.0, None, NAVY2))
    p.add(Line(28.5, 14, 28.5, 23.5, 0.5, WHITE))
    p.add(Line(28.5, 14, 33, 22, 0.5, WHITE))
    p.add(Line(28.5, 22, 33, 22, 0.5, WHITE))
    p.at(38, 19.5, "白帆債権回収", size=15, font="sans-bold", color=NAVY2)
    p.at(38, 24, "SHIRAHO SERVICER CO., LTD.", size=6.2, color=NAVY2)
    p.at(188, 18, f"{era(issued)}", size=10, align="r")
    p.at(188, 23.5, "管理番号：SH-60612-0387", size=10, align="r")
    addr(p, 24, 36, "410-0000", ["静岡県沼津市葛の葉町七丁目2番14号"], "八剱　智也　様")
    y = 36
    for i, s in enumerate(["白帆債権回収株式会社", "法務大臣許可番号　第246号", "〒231-0000 横浜市中区灯籠町三丁目2番",
                           "ご相談窓口 0120-000-462", "（平日 9:00～18:00）"]):
        p.at(188, y + i * 4.6, s, size=8.8 if i else 9.6, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 66
    p.add(Line(22, p.y, 188, p.y, 1.2, CORAL))
    p.gap(3)
    p.title("分割によるご返済のご提案", size=15, color=NAVY2)
    p.para(f"当社は、{era(assign)}付でステラ信販株式会社より貴殿に対する債権を譲り受けました。これまでのご事情をふまえ、"
           "下記のとおり分割でのご返済をご提案いたします。", size=9.8)
    p.gap(1)
    ctable(p, 22, ["元金", "利息", f"遅延損害金（年{R}％）", "現在のご債務額"],
           [[yen(P, "en"), yen(I, "en"), yen(L, "en"), yen(T, "en")]], [38, 36, 48, 44], CORAL, size=10, row_h=9,
           aligns="rrrr")
    p.line(f"（{era(issued)}現在。最終お取引日 {era(lastp)}、期限の利益喪失日 {era(acc)}）", x=24, size=8.6)
    p.gap(3)
    p.line("ご提案の内容", size=10.5, font="sans-bold", color=NAVY2)
    p.table([["お支払回数", f"{n}回（毎月末日）"], ["毎回のお支払額", f"第1回～第{n - 1}回 {yen(inst, 'en')}／最終回 {yen(lastinst, 'en')}"],
             ["お支払総額", f"{yen(P, 'en')}（元金のみ）"], ["第1回お支払日", era(D(2026, 7, 31))]],
            [44, 122], x=22, size=9.6, row_h=8, ruled="grid", shade_col0=True, aligns="ll")
    p.gap(1.5)
    p.para("上記のとおり完済された場合は、利息及び遅延損害金の全額を免除いたします。", size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 13, 0.8, CORAL))
    p.at(26, y + 8.6, "ご回答期限", size=11.5, font="sans-bold", color=CORAL)
    p.at(62, y + 8.9, f"{era(reply)}（{wd(reply)}）", size=13.5, font="sans-bold")
    p.y = y + 17
    p.para("ご提案をお受けいただける場合は、同封の「分割弁済申込書」をご回答期限までにご返送ください。ご回答がない場合は、"
           "全額一括でのお支払いをお願いすることになります。", size=9.2, indent="")
    tr = truth(document_type="settlement_proposal", sender="白帆債権回収株式会社", license_number=246,
               phone="0120-000-462", creditor="白帆債権回収株式会社", status="unverified", original="ステラ信販株式会社",
               debtor="八剱智也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=acc, last_payment=lastp, assignment=assign, reference="SH-60612-0387",
               input_kind="photo_jpeg", template="proxy68_invented_servicer_instalment_offer_sail_logo",
               received=issued + timedelta(3))
    return dict(stem="by12", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="dots", pitch=0.035, tilt=2.6, creases=2, fill=0.85, warm=0.2, blur=0.9),
                about="settlement_proposal (invented servicer, 36 instalments)",
                unusual="phone photo on a cream oilcloth with small printed flowers, tri-fold creases; INVENTED servicer "
                        "「白帆債権回収株式会社」 with a navy sail logo and 「法務大臣許可番号　第246号」 (→ unverified); a CORAL "
                        "table header 元金 / 利息 / 遅延損害金（年18％） / 現在のご債務額; the 最終お取引日 and 喪失日 in one bracket "
                        "line under the table; a shaded-label plan table (36回, 20,100 / 19,950, 元金のみ, 第1回 7/31) as "
                        "distractors; a coral-framed ご回答期限 (= payment_due)")


# ---------------------------------------------------------------------------------------------
# by13 bank 督促状 (car loan arrears), blue checked oilcloth, a thumb at the bottom, a little out of focus.


def by13():
    R = 14.0
    issued, due = D(2026, 2, 6), D(2026, 2, 20)
    lastp = D(2025, 12, 1)
    rows = [(D(2025, 12, 26), 48_620, 3_914), (D(2026, 1, 26), 48_701, 3_833)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr + it, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.at(22, 20, "株式会社秋津銀行", size=14, font="sans-bold", color=INDIGO)
    p.at(22, 25, "ローンセンター", size=9, color=INDIGO)
    p.at(188, 18, f"{wdate(issued)}", size=10, align="r")
    p.at(188, 23.5, "お問合せ番号　AK-2602-0594", size=10, align="r")
    addr(p, 24, 34, "192-0000", ["東京都八王子市泉ヶ丘三丁目8番6号"], "龍前　康弘　様")
    p.y = 62
    p.title("ご返済のお願い", size=16)
    p.para("いつも秋津銀行をご利用いただきありがとうございます。", size=9.8)
    p.para(f"お客様のマイカーローンにつきまして、下記のご返済が確認できておりません（最終ご入金日 {wdate(lastp)}）。お手数"
           "ですが、下記合計額をお支払期限までにご返済口座へご入金くださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    head = ["ご返済日", "元金", "利息", "延滞損害金", "計"]
    body = [[wdate(d), yen(pr, "plain"), yen(it, "plain"), yen(lt, "plain"), yen(pr + it + lt, "plain")]
            for d, pr, it, lt in calc]
    body.append(["合計（円）", yen(P, "plain"), yen(I, "plain"), yen(L, "plain"), yen(T, "plain")])
    ctable(p, 22, head, body, [40, 32, 28, 32, 34], INDIGO, size=9.8, row_h=8.5, last_bold=True,
           aligns="crrrr")
    p.line(f"※延滞損害金は各回のご返済額に対し年{R}％、ご返済日の翌日から本状作成日まで日割で計算しています。", x=22, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 13, 0.8, INDIGO))
    p.at(26, y + 8.4, "お支払期限", size=11, font="sans-bold", color=INDIGO)
    p.at(60, y + 8.8, f"{wdate(due)}（{wd(due)}）", size=13.5, font="sans-bold")
    p.at(184, y + 8.8, yen(T, "en"), size=13.5, font="sans-bold", align="r")
    p.y = y + 18
    p.kv([("ご返済口座", "秋津銀行　八王子支店　普通預金　0770512"), ("毎月のご返済額", "52,534円（毎月26日）"),
          ("ご契約", "マイカーローン（令和5年9月ご契約・ご融資額 2,400,000円）")], x=24, label_w=36, size=9.4)
    p.gap(2)
    p.para("このままご延滞が続きますと、期限の利益を喪失し、残額を一括でご請求することとなります。ご返済が難しい場合は、"
           "お早めにローンセンター（0120-000-731　平日9時～17時）までご相談ください。", size=9.2, indent="")
    p.para("本状と行き違いにご入金いただいた場合はご容赦ください。", size=8.8, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社秋津銀行", phone="0120-000-731",
               creditor="株式会社秋津銀行", status="not_applicable", debtor="龍前康弘", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="AK-2602-0594", input_kind="photo_jpeg",
               template="proxy68_bank_car_loan_dunning_thumb_soft_focus", received=issued + timedelta(2))
    return dict(stem="by13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="gingham_blue", pitch=0.04, tilt=1.5, fill=0.84, thumb=("bottom", 0.22), blur=1.25,
                          defocus=0.6, warm=0.15),
                about="collection_notice (bank 督促状, car loan arrears)",
                unusual="phone photo on a BLUE checked kitchen oilcloth, a thumb holding the bottom margin, a little OUT OF "
                        "FOCUS (softer at the far edge); a bank's first reminder with an INDIGO table header: two missed "
                        "instalments per row (元金 / 利息 / 延滞損害金 / 計) and a 合計（円） row in plain numbers; arrears only "
                        "(lump false, no 喪失 date); the total repeated in the お支払期限 box; 毎月のご返済額 52,534, ご融資額 "
                        "2,400,000 and the account number as distractors; the phone only inside the closing sentence")


# ---------------------------------------------------------------------------------------------
# by14 real servicer パルティール債権回収 (113): 債権譲受のご通知, violet header, on a desk with glare (HEIC).


def by14():
    R = 20.0
    issued, assign = D(2026, 4, 7), D(2026, 3, 31)
    acc, lastp = D(2025, 11, 6), D(2025, 8, 10)
    P, I = 158_903, 4_127
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.add(Box(22, 12, 166, 14, 0.0, None, INDIGO))
    p.at(26, 21.5, "Partir", size=16, font="sans-bold", color=WHITE)
    p.at(50, 21, "パルティール債権回収株式会社", size=11, font="sans-bold", color=WHITE)
    p.at(184, 21, "法務大臣許可番号 第113号", size=8.5, color=WHITE, align="r")
    p.at(188, 33, f"{era(issued)}", size=10, align="r")
    addr(p, 24, 34, "061-0000", ["北海道石狩市風待二条四丁目1番"], "除村　奈緒　様")
    p.y = 60
    p.title("債権譲受のご通知", size=16)
    p.para(f"当社は、{era(assign)}付で、みなもカード株式会社（以下「譲渡人」）から、同社が貴殿に対して有する下記債権を譲り"
           "受けました。譲渡人からも本書とは別に債権譲渡の通知がなされております。今後のお支払い・お問い合わせは当社へお願い"
           "いたします。", size=9.8)
    p.gap(1)
    p.line("■ 譲受債権の表示", size=10.2, font="sans-bold", color=INDIGO)
    ctable(p, 22, ["お客様番号", "譲渡人", "最終ご入金日", "期限の利益喪失日"],
           [["PT-0407-23591", "みなもカード株式会社", era(lastp), era(acc)]], [40, 46, 40, 40], INDIGO, size=9.2, row_h=8.5,
           aligns="cccc")
    p.gap(3)
    p.line(f"■ 譲受債権額（{era(assign)}現在）", size=10.2, font="sans-bold", color=INDIGO)
    ctable(p, 22, ["元本", "利息", f"損害金（年{R}％）", "合計"],
           [[yen(P, "en"), yen(I, "en"), yen(L, "en"), yen(T, "en")]], [40, 40, 46, 40], INDIGO, size=10, row_h=9,
           aligns="rrrr")
    p.gap(4)
    p.para("お支払方法につきましては、本書到着後、下記窓口までご連絡ください。ご事情に応じて分割のご相談も承ります。",
           size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 26, 0.3, INDIGO))
    for i, s in enumerate(["パルティール債権回収株式会社　管理部", "〒105-0000 東京都港区白樺坂一丁目4番3号",
                           "TEL 03-0000-1137（受付 平日 9:00～18:00）", "担当：贄田"]):
        p.at(26, y + 6 + i * 5.2, s, size=9.6 if i else 10, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    p.para("※本書は債権譲渡の事実をお知らせするものです。本書と行き違いに譲渡人へお支払いいただいた場合は、当社までご連絡"
           "ください。", size=8.6, indent="")
    tr = truth(document_type="assignment_notice", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-1137", creditor="パルティール債権回収株式会社", status="licensed",
               original="みなもカード株式会社", debtor="除村奈緒", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="PT-0407-23591", input_kind="photo_heic",
               template="proxy68_servicer_assignment_coloured_header_glare", received=issued + timedelta(2))
    return dict(stem="by14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", pitch=0.03, tilt=-2.0, fill=0.86, glare=26, blur=0.85),
                about="assignment_notice (real servicer 債権譲受のご通知)",
                unusual="iPhone HEIC on a pale desk with a ceiling-lamp glare; real servicer ★ パルティール債権回収 with a "
                        "full-width INDIGO letterhead band (Latin 「Partir」, the name and 「法務大臣許可番号 第113号」 in white); "
                        "two indigo-header tables: the 譲受債権の表示 (お客様番号 / 譲渡人 / 最終ご入金日 / 喪失日 in cells) and the "
                        "譲受債権額 (元本 / 利息 / 損害金（年20％） / 合計, as of the 譲渡日); informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# by15 real servicer 住宅債権管理回収機構 (91): 競売配当後の残債務のご請求, EXIF 8, lamp and angle.


def by15():
    R = 14.0
    issued, due = D(2026, 7, 3), D(2026, 7, 24)
    assign, acc, lastp, div = D(2025, 10, 31), D(2024, 9, 12), D(2024, 6, 27), D(2025, 12, 18)
    P = 8_214_336
    L = late(P, R, div + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=16, left=22, right=22)
    p.at(22, 21, "住宅債権管理回収機構", size=14, font="sans-bold", color=BROWN)
    p.add(Line(22, 24, 100, 24, 0.8, BROWN))
    p.at(188, 20, f"{era(issued)}", size=10, align="r")
    p.at(188, 25.5, "債権番号　JK-7009-2213", size=10, align="r")
    addr(p, 24, 34, "950-0000", ["新潟県新潟市中央区仙台坂二丁目6番"], "明円　達郎　様")
    y = 34
    for i, s in enumerate(["株式会社住宅債権管理回収機構", "法務大臣許可番号第91号", "〒100-0000 東京都千代田区凪坂三丁目5番",
                           "管理第三部　担当　百済", "電話 03-0000-9105"]):
        p.at(188, y + i * 4.6, s, size=8.8 if i else 9.6, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 64
    p.title("競売手続終了後の残債務のご請求", size=15)
    p.para(f"貴殿が株式会社秋津銀行からお借入れの住宅ローン（平成26年10月契約）につきましては、{era(lastp)}のご返済を最後に"
           f"延滞となり、{era(acc)}に期限の利益を喪失しております。当社は{era(assign)}、同行から本件債権を譲り受けました。",
           size=9.8)
    p.para(f"担保不動産につきましては競売手続が行われ、{era(div)}の配当により一部が弁済されましたが、なお下記の債務が残って"
           "おります。つきましては、下記期限までにお支払いいただくか、ご返済方法について当社までご相談ください。", size=9.8)
    p.gap(2)
    y = p.y
    rows = [("配当充当後の残元金", P), (f"損害金（配当日の翌日から本書作成日まで・年{R}％）", L), ("ご請求金額", T)]
    for i, (lab, v) in enumerate(rows):
        yy = y + i * 10
        last = i == 2
        p.add(Box(22, yy, 166, 10, 0.3, BROWN, (0.97, 0.93, 0.87) if last else None))
        p.at(26, yy + 6.8, lab, size=10.5 if last else 9.8, font="sans-bold" if last else "sans")
        p.at(184, yy + 6.9, yen(v, "kin"), size=11.5, font="sans-bold", align="r")
    p.y = y + 34
    p.kv([("お支払期限", f"{era(due)}（{wd(due)}）"),
          ("お振込先", "こぶし銀行　本店営業部　当座　0093317　ｼﾞｭｳﾀｸｻｲｹﾝｶﾝﾘｶｲｼｭｳｷｺｳ")], x=26, label_w=30, size=10)
    p.gap(3)
    p.line("（ご参考）競売手続の経過", size=9.6, font="sans-bold")
    p.table([["売却代金", "16,800,000円"], ["配当期日", era(div)], ["当社への配当額", "15,962,140円"],
             ["配当前の元金", "24,176,476円"]], [50, 50], x=26, size=9, row_h=6.8, ruled="grid", shade_col0=True,
            aligns="lr")
    assert P == 24_176_476 - 15_962_140
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9105", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社秋津銀行", debtor="明円達郎", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="JK-7009-2213", input_kind="photo_exif_rotated",
               template="proxy68_servicer_rest_after_auction_lamp_angle_rotated", received=issued + timedelta(3))
    return dict(stem="by15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="wood", pitch=0.07, yaw=0.04, tilt=2.2, fill=0.88, warm=0.6, lamp=(0.2, 0.85), blur=0.9,
                          defocus=0.5),
                about="collection_notice (real servicer, rest after the 競売)",
                unusual="phone photo stored sideways with EXIF orientation 8, at an ANGLE under a warm lamp bottom-left (the far "
                        "edge dim and soft); real servicer ★ 株式会社住宅債権管理回収機構 with 「法務大臣許可番号第91号」, the "
                        "logo without 株式会社; a 3-row boxed list 配当充当後の残元金 / 損害金（配当日の翌日から…年14.0％） / ご請求"
                        "金額 with 金…円 amounts (no interest); a shaded-label 競売手続の経過 table (売却代金, 配当期日, 配当額, "
                        "配当前の元金) as distractors; a 当座 account in half-width kana")


# ---------------------------------------------------------------------------------------------
# by16 consumer finance 完済のお知らせ: claims nothing; on a flowered oilcloth in lamp light.


def by16():
    issued, paid = D(2026, 4, 3), D(2026, 3, 25)
    p = Page(font="sans", size=10.5, top=16, left=24, right=24)
    p.add(Box(24, 14, 10, 10, 0.0, None, GREEN2))
    p.at(29, 21.5, "み", size=13, font="sans-bold", color=WHITE, align="c")
    p.at(37, 21, "みずならファイナンス", size=14, font="sans-bold", color=GREEN2)
    p.at(186, 20, wdate(issued), size=10, align="r")
    addr(p, 26, 32, "630-0000", ["奈良県奈良市ひばりヶ丘五丁目3番7号"], "豊嶋　絵里　様")
    p.y = 62
    p.title("ご完済のお知らせ", size=17)
    p.para("平素はみずならファイナンスをご利用いただき、誠にありがとうございました。", size=10)
    p.para("お客様のご契約につきまして、下記のとおりご完済されましたことをお知らせいたします。長らくのご利用、誠にありがとう"
           "ございました。", size=10)
    p.line("記", align="c", size=10.5)
    p.table([["お客様番号", "MZ-118-30462"], ["ご契約の種類", "フリーローン（平成30年7月ご契約）"],
             ["最終ご入金日（ご完済日）", wdate(paid)], ["最終ご入金額", "38,260円"], ["現在のご利用残高", "0円"]],
            [62, 96], x=26, size=10, row_h=9, ruled="grid", shade_col0=True, aligns="ll")
    p.gap(4)
    p.para("・ご契約書（原本）は、ご請求により返却いたします。ご希望の方は下記までご連絡ください。", size=9.6, indent="")
    p.para("・信用情報機関には「完済」として登録されます。", size=9.6, indent="")
    p.para("・本状はご完済をお知らせするものであり、お支払いをお願いするものではありません。", size=9.6, indent="")
    p.para("・ご解約のお手続きは不要です（ご契約は令和8年6月末日をもって終了いたします）。", size=9.6, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(24, y, 162, 22, 0.3, GRAY))
    for i, s in enumerate(["みずならファイナンス株式会社　お客様サービスセンター", "〒530-0000 大阪府大阪市北区風待町四丁目2番1号",
                           "フリーダイヤル 0120-000-615　（平日 9:30～17:30）", "近畿財務局長(3)第07711号　日本貸金業協会会員"]):
        p.at(28, y + 5.5 + i * 4.8, s, size=9.4 if i else 10, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="other", sender="みずならファイナンス株式会社", phone="0120-000-615", creditor=None,
               status="not_applicable", debtor="豊嶋絵里", lump=False, issued=issued, last_payment=paid,
               reference="MZ-118-30462", input_kind="photo_jpeg", template="proxy68_consumer_finance_paid_in_full_notice",
               received=issued + timedelta(3))
    return dict(stem="by16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="gingham", pitch=0.04, tilt=-2.0, fill=0.82, warm=0.5, lamp=(0.8, 0.2), creases=2,
                          blur=0.9),
                about="other (consumer finance 完済のお知らせ, claims nothing)",
                unusual="phone photo on a red checked kitchen oilcloth under a warm lamp, tri-fold creases; a consumer finance "
                        "company's ご完済のお知らせ that CLAIMS NOTHING (every amount null): a shaded-label table with "
                        "最終ご入金日（ご完済日） (→ last_payment), 最終ご入金額 38,260 and 現在のご利用残高 0円 (neither is an amount "
                        "claimed); 「お支払いをお願いするものではありません」; the 貸金業 registration number and the 契約終了 "
                        "date as distractors")


LETTERS = [by09, by10, by11, by12, by13, by14, by15, by16]
