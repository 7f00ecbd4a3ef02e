"""Proxy set 44, letters ba09–ba16: "faxes and phone photos of ordinary letters". A bank's 縦書き 期限の利益喪失通知
scanned, a joint 債権譲渡通知 scanned, a 受託のお知らせ under a kitchen fluorescent tube, a 信用金庫's 完済のお知らせ
photographed in a dark room (HEIC), a 簡裁 支払督促 as an image PDF, a 仮執行宣言付支払督促 photographed sideways
(EXIF 8), a 簡裁 (ハ) 呼出状 with its 請求の要旨 scanned, and a scam held down by a thumb."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import GRAY, NAVY, RED, WHITE, Box, Line, Page, era, kdate, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.42, 0.25)
INDIGO = (0.20, 0.20, 0.50)


def kk(n: int) -> str:
    """金百八十六万二千四百円 (positional kanji, vertical letters)."""
    return f"金{kanji_number(n)}円"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# ba09 bank 縦書き 期限の利益喪失通知 (内容証明), scanned.


def ba09():
    R = 14.0
    issued, due = D(2026, 2, 10), D(2026, 2, 27)
    warn, acc, lastp = D(2026, 1, 16), D(2026, 2, 2), D(2025, 10, 27)
    P, I = 1_862_400, 21_593
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当行との間で平成三十年七月二日に締結した金銭消費貸借契約（なるこゆりフリーローン）に基づく分割返済金の"
                 f"支払を、{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"当行は、{kdate(warn)}付催告書により延滞金の支払を催告いたしましたが、催告期限である{kdate(acc)}を"
                 "経過してもお支払いがありませんでした。"),
        ("body", f"よって、貴殿は同契約第十一条第一項の定めにより、{kdate(acc)}の経過をもって期限の利益を喪失いたしました"
                 "ので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、当行本店営業部に持参又は振込によりお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　{kk(P)}"),
        ("indent", f"二　利息　　　　{kk(I)}"),
        ("indent", f"三　遅延損害金　{kk(L)}"),
        ("plain", f"　　（{kdate(acc + timedelta(1))}から本書日付まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　{kk(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、連帯保証人への請求及び法的手続をとりますので、念のため申し添え"
                 "ます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "石川県金沢市ひがしちゃや町九丁目九番九号"),
        ("low", "株式会社なるこゆり銀行"),
        ("low", "融資管理部長　鳥海　麟太郎"),
        ("low", "電話　〇七六（〇〇〇）四四一〇"),
        ("low", "整理番号　ＩＳ－０２０９－４４"),
        ("blank", ""),
        ("low", "石川県白山市あさがら野九丁目九番九号"),
        ("low", "昆野　糸子　殿"),
    ]
    assert P + I + L == T
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 44091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鳥海" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "square", "なるこゆり銀行融資管理部長印",
                         angle=3, seed=44092))
    tr = truth(document_type="acceleration_notice", sender="株式会社なるこゆり銀行", phone="076-000-4410",
               creditor="株式会社なるこゆり銀行", status="not_applicable", debtor="昆野糸子", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IS-0209-44", input_kind="vertical_scan",
               template="proxy44_vertical_bank_acceleration_kanji_scan", received=D(2026, 2, 12))
    return dict(stem="ba09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank, 縦書き 内容証明, scanned)",
                unusual="縦書き 期限の利益喪失通知書 of a regional bank, scanned, with the 内容証明 stamp: positional kanji "
                        "amounts (金百八十六万二千四百円 …), all dates in kansuji; the 催告書 date 一月十六日 and its deadline "
                        "二月二日 (= acceleration 「の経過をもって」); 平成三十年 contract and 第十一条第一項 as numbers that "
                        "are not fields; phone in kanji digits; the 整理番号 in full-width Latin letters and digits in the "
                        "sender column (ＩＳ－０２０９－４４ → IS-0209-44); the 連帯保証人 mentioned but not named")


# ---------------------------------------------------------------------------------------------
# ba10 joint 債権譲渡通知: card company → セゾン債権回収 (real), both notifiers stacked TOP-RIGHT; scanned.


def ba10():
    R = 14.6
    issued, assign = D(2026, 6, 1), D(2026, 5, 29)
    acc, lastp = D(2026, 1, 8), D(2025, 9, 26)
    P, I = 824_600, 12_309
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.line(f"{fw(wdate(issued))}", size=10, font="serif")
    p.gap(2)
    p.line("〒020-0000　岩手県盛岡市さんさ通九丁目9番9号", size=10)
    p.line("海老根　蒼士　様", size=13.5)
    p.line("お客様番号（譲受人）　SK-0529-8826", size=9.5)
    y = 14
    for role, lines, seal, sd in (
            ("譲渡人", ["〒980-0000 仙台市宮城野区えのころ野九丁目9番9号", "株式会社シデコブシカード", "代表取締役　片桐　昌宏"],
             "シデコブシカード|代表/取締役", 44101),
            ("譲受人", ["〒170-0000 東京都豊島区たぬき坂九丁目9番9号", "セゾン債権回収株式会社",
                        "代表取締役　彌永　礼一郎", "法務大臣許可第34号", "TEL 03-0000-3460"],
             "セゾン債権回収|代表/取締役", 44102)):
        h = 6 + len(lines) * 4.8
        p.add(Box(112, y, 84, h, 0.25, GRAY))
        p.at(114, y + 4.8, f"【{role}】", size=8.5, font="serif-bold")
        for i, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s
            p.at(114, y + 9.6 + i * 4.8, s, size=9.5 if big else 7.8, font="serif-bold" if big else "serif")
        p.seal(186, y + h / 2 + 2, 11, "round", seal, angle=6, seed=sd)
        y += h + 2
    p.y = max(p.y, y) + 6
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.para(f"譲渡人株式会社シデコブシカードは、貴殿に対して有する下記債権を、{fw(wdate(assign))}付で譲受人セゾン債権回収"
           "株式会社に譲渡しましたので、譲渡人及び譲受人の連名により通知いたします。")
    p.para("今後、本債権に関するお支払い及びお問い合わせは、譲受人にお願いいたします。譲渡人へのお支払いはお受けできません"
           "のでご注意ください。なお、お支払方法については譲受人から別途ご案内いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    rows = [["契約の種類", "シデコブシカード会員契約（ショッピング・キャッシング）"],
            ["最終ご入金日", fw(wdate(lastp))], ["期限の利益喪失日", fw(wdate(acc))], ["債権譲渡日", fw(wdate(assign))],
            ["元本", f"{P:,}円"], ["利息・手数料", f"{I:,}円"], ["遅延損害金（年14.6％）", f"{L:,}円"],
            ["譲渡債権額合計", f"{T:,}円"]]
    p.table(rows, [52, 118], x=20, aligns="ll", size=10.5, row_h=8.2, shade_col0=True)
    p.line(f"（金額は債権譲渡日 {fw(wdate(assign))} 現在）", x=120, size=8.5)
    p.gap(3)
    p.para("※本通知は民法第467条に基づくものです。セゾン債権回収株式会社は法務大臣の許可を受けた債権回収会社です。"
           "許可の有無は法務省ホームページでご確認いただけます。", size=8.8, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="03-0000-3460", creditor="セゾン債権回収株式会社", status="licensed",
               original="株式会社シデコブシカード", debtor="海老根蒼士", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SK-0529-8826", input_kind="scan_png", template="proxy44_joint_assignment_card_topright_blocks",
               received=D(2026, 6, 3))
    return dict(stem="ba10", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="assignment_notice (joint, card company → real servicer)",
                unusual="joint 債権譲渡通知書 in serif, scanned: the two notifiers 【譲渡人】 / 【譲受人】 STACKED in small grey "
                        "boxes TOP-RIGHT with round seals, the addressee and a full-width western date top-LEFT; real "
                        "servicer ★ セゾン債権回収 printing 「法務大臣許可第34号」 (no 番号); a shaded-label 記 table mixing dates "
                        "and amounts (元本 / 利息・手数料 / 遅延損害金 / 譲渡債権額合計) as of the 譲渡日; informs only "
                        "(payment_due null, lump false); the reference labelled お客様番号（譲受人）")


# ---------------------------------------------------------------------------------------------
# ba11 受託のお知らせ: ニッテレ債権回収 (real) collects for a bank; phone photo under a fluorescent tube.


def ba11():
    R = 14.0
    issued, entrust = D(2026, 6, 26), D(2026, 6, 15)
    acc, lastp = D(2026, 4, 10), D(2026, 1, 30)
    P, I = 2_140_000, 18_220
    L = late(P, R, acc + timedelta(1), entrust)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 20, "NITTELE", size=14, font="sans-bold", color=NAVY)
    p.at(48, 19.5, "ニッテレ債権回収株式会社", size=10.5, font="sans-bold", color=NAVY)
    p.at(196, 19, f"{era(issued)}", size=10, align="r")
    p.at(196, 24.5, "受託番号　NT-0615-2208", size=10, align="r")
    p.y = 30
    p.line("〒960-0000　福島県福島市むくのき台九丁目9番9号", size=10)
    p.line("猪苗代　鞠子　様", size=13.5)
    p.gap(6)
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para(f"拝啓　貴殿と株式会社さざれいし銀行との間のお取引につきまして、当社は、{era(entrust)}付で同行から、下記債権の"
           "管理及び回収業務の委託を受けました。債権者は引き続き株式会社さざれいし銀行です。")
    p.para("今後のご返済及びお問い合わせは、当社までお願いいたします。ご返済方法につきましては、あらためて当社担当者より"
           "ご案内いたしますので、お手数ですが、下記お問い合わせ先までご連絡ください。　敬具")
    p.gap(2)
    p.line("記", align="c")
    p.table([["委託者（債権者）", "株式会社さざれいし銀行（福島中央支店）"], ["ご契約", "さざれいし教育ローン（令和2年4月）"],
             ["最終ご返済日", era(lastp)], ["期限の利益喪失日", era(acc)], ["業務受託日", era(entrust)]],
            [50, 120], x=20, aligns="ll", size=10, row_h=8, ruled="rows")
    p.gap(3)
    p.line(f"受託債権の額（{era(entrust)}現在）", x=20, size=10.5, font="sans-bold")
    p.table([["残元金", "未収利息", "遅延損害金（年14.0％）", "合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 38, 48, 42], x=20, header=True, aligns="rrrr", size=10.5, row_h=9)
    p.gap(4)
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。当社社員がご自宅で"
           "現金をお預かりすることはありません。", size=9, indent="")
    p.gap(6)
    y = p.y
    p.add(Box(95, y, 101, 31, 0.4, NAVY))
    for i, (s, sz, f) in enumerate((("ニッテレ債権回収株式会社　東北センター", 10.5, "sans-bold"),
                                    ("法務大臣許可番号　第７号", 9, "sans"),
                                    ("〒980-0000　仙台市青葉区おぼろ坂九丁目9番9号", 8.5, "sans"),
                                    ("フリーダイヤル 0120-000-772　担当 保呂", 10, "sans-bold"))):
        p.at(99, y + 7 + i * 6.8, s, size=sz, font=f)
    tr = truth(document_type="assignment_notice", sender="ニッテレ債権回収株式会社", license_number=7,
               phone="0120-000-772", creditor="株式会社さざれいし銀行", status="licensed", original="株式会社さざれいし銀行",
               debtor="猪苗代鞠子", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=acc, last_payment=lastp, reference="NT-0615-2208", input_kind="photo_jpeg",
               template="proxy44_servicer_entrustment_fluorescent_photo", received=D(2026, 6, 29))
    return dict(stem="ba11", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, after=("fluorescent",),
                shot=dict(bg="desk", keystone=0.05, tilt=2.0, creases=2, fill=0.85, warm=0.0, glare=18),
                about="assignment_notice (受託通知: real servicer collecting for a bank)",
                unusual="phone photo on a kitchen table under a FLUORESCENT tube: cool green-blue cast, faint rolling "
                        "bands and a lamp glare; real servicer ★ ニッテレ債権回収 (Latin 「NITTELE」, 「法務大臣許可番号　"
                        "第７号」 in a navy box at the bottom); 受託 not 譲渡: 「債権者は引き続き株式会社さざれいし銀行です」 "
                        "(creditor = original = the bank); the 業務受託日 is not an assignment date; amounts as of the 受託日 "
                        "in a 4-column row; no payment date (payment_due null, lump false)")


# ---------------------------------------------------------------------------------------------
# ba12 信用金庫 住宅ローンご完済のお知らせ (claims nothing), HEIC taken in a dark room.


def ba12():
    issued, paid = D(2026, 7, 10), D(2026, 6, 30)
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 21, "ふしぐろ信用金庫", size=15, font="serif-bold", color=GREEN)
    p.add(Line(15, 24, 196, 24, 0.6, GREEN))
    p.at(196, 31, f"{era(issued)}", size=10, align="r")
    p.at(196, 36.5, "お客様番号　SM-3387-0412", size=10, align="r")
    p.y = 30
    p.line("〒231-0000　横浜市中区やまて坂九丁目9番9号", size=10)
    p.line("仲嶺　哲　様", size=13.5)
    p.gap(8)
    p.title("住宅ローンご完済のお知らせ", size=16, font="serif-bold")
    p.para(f"拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。さて、お客様の住宅ローンにつきましては、"
           f"{era(paid)}のご返済をもちまして全額ご完済となりました。長年にわたりご利用いただき、誠にありがとうございました。")
    p.para("つきましては、担保として設定させていただいておりました抵当権の抹消に必要な書類を同封いたしますので、"
           "ご確認の上、大切に保管してください。　敬具")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("ご融資日", "平成23年9月30日"), ("当初ご融資額", "18,000,000円"), ("ご完済日", era(paid)),
          ("最終回ご返済額", "84,219円"), ("ご完済後のお借入残高", "0円")], x=30, label_w=46, size=10.5)
    p.gap(3)
    p.line("同封書類", x=30, size=10.5, font="serif-bold")
    for s in ("①　抵当権解除証書", "②　登記識別情報通知（登記済証）", "③　当金庫の資格証明書（代表者事項証明書）",
              "④　委任状（当金庫代表理事の押印済み）"):
        p.line(s, x=36, size=10)
    p.gap(3)
    p.para("抵当権の抹消登記はお客様ご自身で法務局に申請していただく必要があります（登録免許税 不動産1個につき1,000円）。"
           "資格証明書の有効期限は発行から3か月ですので、お早めにお手続きください。", size=9.5, indent="")
    p.para("※本状はご請求ではありません。今後のお引落しはございません。", size=9.5, indent="")
    p.gap(8)
    for s, sz, f in (("ふしぐろ信用金庫　本店営業部　ローン課", 11, "serif-bold"),
                     ("〒231-0000　横浜市中区れんぎょう通九丁目9番9号", 9, "serif"),
                     ("電話 045-000-3387（平日 9:00～17:00）", 10, "serif")):
        p.line(s, x=96, size=sz, font=f)
    p.seal(186, p.y - 12, 12, "square", "ふしぐろ信用金庫本店営業部印", angle=2, seed=44121)
    tr = truth(document_type="other", sender="ふしぐろ信用金庫", phone="045-000-3387", creditor=None,
               status="not_applicable", debtor="仲嶺哲", lump=False, issued=issued, last_payment=paid,
               reference="SM-3387-0412", input_kind="photo_heic", template="proxy44_shinkin_paid_off_dark_heic",
               received=D(2026, 7, 13))
    return dict(stem="ba12", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr, after=("dark",), dark_level=0.55,
                shot=dict(bg="cloth", keystone=0.06, tilt=3.0, creases=2, fill=0.84, warm=0.5, blur=1.1),
                about="other (信用金庫 住宅ローンご完済のお知らせ, claims nothing)",
                unusual="iPhone HEIC taken in a DARK room without flash on a dark cloth: underexposed, warm and noisy but "
                        "readable; a 信用金庫's 完済 letter that DEMANDS NOTHING (every amount null, 「本状はご請求では"
                        "ありません」); the ご完済日 = last payment; 当初ご融資額 18,000,000円, 最終回ご返済額 84,219円, "
                        "ご完済後のお借入残高 0円 and 登録免許税 1,000円 as distractors (none is a claim or a cost)")


# ---------------------------------------------------------------------------------------------
# ba13 松戸簡易裁判所 支払督促 (real servicer creditor), 2-page image PDF.


def ba13():
    R = 14.6
    issued, filed = D(2026, 4, 14), D(2026, 4, 3)
    assign, acc, lastp = D(2025, 11, 28), D(2025, 6, 30), D(2025, 3, 27)
    P, I = 517_940, 11_862
    L = late(P, R, acc + timedelta(1), filed)
    Cp = (2_500, 1_120, 800)
    C = sum(Cp)
    T = P + I + L + C
    case = "令和8年(ロ)第214号"
    p = Page(font="serif", size=11, top=20)
    p.line(f"{fw('令和8年（ロ）第214号')}", size=10.5, align="r")
    p.gap(6)
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(2)
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=30, label_w=48, size=11)
    p.gap(4)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　松戸簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　瓜破　佳奈子", size=11)
    p.seal(152, p.y - 6, 14, "square", "松戸簡易裁判所書記官印", seed=44131)
    p.gap(14)
    y = p.y
    p.add(Box(22, y, 166, 52, 0.4, None, (0.95, 0.95, 0.95)))
    p.at(26, y + 7, "この支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　請求に異議があるときは、同封の督促異議申立書を、この支払督促を受け取った日から",
                           "　　２週間以内に当裁判所に提出してください。",
                           "２　異議の申立てがないと、債権者は仮執行宣言の申立てをすることができ、その後、",
                           "　　強制執行を受けることがあります。",
                           "３　お問い合わせは、下記の係にお願いします（債権者へのお支払いについてのご相談は",
                           "　　債権者にしてください）。"]):
        p.at(26, y + 15 + i * 6, s, size=10)
    p.y = y + 58
    p.line("〒271-0000　千葉県松戸市こうのだい九丁目9番9号", size=9.5, x=24)
    p.line("松戸簡易裁判所　民事係（督促担当）　電話 047-000-2140", size=9.5, x=24)
    q = Page(font="serif", size=10.5, top=18)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(2)
    q.kv([("債権者", "東京都中央区ときわ河岸九丁目9番9号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　舳丸　巧己"),
          ("（送達場所）", "同所　電話 03-0000-1014　FAX 03-0000-1015"),
          ("債務者", "千葉県松戸市くさぎ平九丁目9番9号"), ("", "安居院　緋紗子")], x=22, label_w=30, size=10.5)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12.5, font="serif-bold", align="c")
    q.line("請求の趣旨", size=11, font="serif-bold", x=22)
    for s in (f"１　金{P:,}円（譲受債権残元金）", f"２　金{I:,}円（上記元金に対する利息）",
              f"３　金{L:,}円（上記元金に対する{era(acc + timedelta(1))}から{era(filed)}までの年14.6％の割合による遅延損害金）",
              f"４　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金",
              f"５　金{C:,}円（督促手続費用）"):
        q.para(s, x0=26, x1=190, size=10.5, indent="")
    q.para(f"（督促手続費用の内訳　申立手数料{Cp[0]:,}円、支払督促正本送達費用{Cp[1]:,}円、申立書作成及び提出費用{Cp[2]:,}円）",
           x0=30, x1=190, size=9, indent="")
    q.line(f"（上記１、２、３及び５の合計　金{T:,}円）", x=26, size=10.5, font="serif-bold")
    q.gap(3)
    q.line("請求の原因", size=11, font="serif-bold", x=22)
    for s in ("１　債務者は、株式会社サンザシクレジットとの間で、平成29年10月5日、カード利用契約を締結し、同契約に基づき"
              "金員の貸付けを受けた（利息年15.0％、遅延損害金年14.6％）。",
              f"２　債務者は、{era(lastp)}の支払を最後に約定の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　株式会社サンザシクレジットは、{era(assign)}、上記債権を債権者に譲渡し、同年12月3日到達の内容証明郵便で債務者に"
              "その旨を通知した。",
              "４　よって、債権者は債務者に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=26, x1=190, size=10.5, indent="")
    q.gap(4)
    q.line(f"申立日　{era(filed)}", x=26, size=10)
    assert P + I + L + C == T and sum(Cp) == C
    tr = truth(document_type="payment_order", sender="松戸簡易裁判所", phone="047-000-2140",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社サンザシクレジット",
               debtor="安居院緋紗子", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy44_payment_order_matsudo_two_page_scan", received=D(2026, 4, 17))
    return dict(stem="ba13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="payment_order (簡裁 支払督促, real servicer creditor, 2 pages)",
                unusual="a 支払督促 of a court new to the sets (松戸簡裁) as a 2-page image PDF: p.1 the order itself with "
                        "the full-width case number alone top-right and a grey 「この支払督促を受け取った方へ」 box; p.2 "
                        "当事者目録 (creditor ★ アルファ債権回収, no licence printed: court paper; its 送達場所 phone / FAX "
                        "as distractors) and 請求の趣旨 as numbered prose lines with the cost breakdown in brackets and a "
                        "bracketed 「上記１、２、３及び５の合計」; the running item ４ is not late_damages; 請求の原因 gives "
                        "the contract (平成29年, 15.0％ distractor), last payment, 喪失, 譲渡 and the notice's arrival 12/3 "
                        "(distractor); 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ba14 相模原簡易裁判所 仮執行宣言付支払督促 (consumer-loan creditor), photographed sideways (EXIF 8).


def ba14():
    R = 20.0
    issued, ordered, served, filed = D(2026, 5, 19), D(2026, 4, 21), D(2026, 4, 24), D(2026, 5, 11)
    acc, lastp = D(2025, 12, 26), D(2025, 10, 10)
    P, I, L = 298_500, 3_212, 0
    L = late(P, R, acc + timedelta(1), D(2026, 4, 7))
    C1, C2 = 3_980, 1_094
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=10.5, top=18)
    p.line(f"{fw('令和8年（ロ）第377号')}　貸金請求督促事件", size=10)
    p.gap(4)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.kv([("債　権　者", "株式会社ヤブツバキファイナンス"), ("", "（神奈川県横浜市中区あかね通九丁目9番9号）"),
          ("債　務　者", "匂坂　雪乃"), ("", "（神奈川県相模原市緑区ちどり野九丁目9番9号）")], x=24, label_w=32, size=10.5)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.line("請求の趣旨", size=11, font="serif-bold", x=24)
    rows = [["", "金額（円）"], ["１　元金", f"{P:,}"], ["２　利息（約定利率年18.0％）", f"{I:,}"],
            [f"３　遅延損害金（{era(acc + timedelta(1))}から令和8年4月7日まで年20.0％）", f"{L:,}"],
            ["４　督促手続費用", f"{C1:,}"], ["５　仮執行宣言の手続費用", f"{C2:,}"], ["合　計", f"{T:,}"]]
    p.table(rows, [130, 36], x=24, header=True, aligns="lr", size=10, row_h=7.6, ruled="grid")
    p.para("ほか、上記１の金額に対する令和8年4月8日から完済まで年20.0％の割合による遅延損害金", x0=28, x1=190, size=9.5,
           indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold", x=24)
    p.para(f"債権者は、債務者に対し、令和3年6月14日に極度額50万円の金銭消費貸借契約に基づき金員を貸し付けたが、債務者は"
           f"{era(lastp)}の支払を最後に約定の返済を怠り、{era(acc)}の経過により期限の利益を喪失した。", x0=28, x1=190,
           size=10, indent="")
    p.gap(2)
    p.para(f"上記支払督促（{era(ordered)}付）は{era(served)}債務者に送達され、適法な督促異議の申立てがなかったので、"
           f"債権者の{era(filed)}付申立てにより、次のとおり宣言する。", size=10.5)
    p.line("本支払督促に仮執行の宣言をする。", x=40, size=11.5, font="serif-bold")
    p.gap(3)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　相模原簡易裁判所　裁判所書記官　祝部　瑞貴", size=11)
    p.seal(176, p.y - 5, 13, "square", "相模原簡易裁判所書記官印", seed=44141)
    p.gap(6)
    p.line("これは正本である。", x=24, size=10)
    p.line("（お問い合わせ）相模原簡易裁判所民事係　電話 042-000-3770", x=24, size=9.5)
    assert P + I + L + C1 + C2 == T
    tr = truth(document_type="payment_order_enforceable", sender="相模原簡易裁判所", phone="042-000-3770",
               creditor="株式会社ヤブツバキファイナンス", status="not_applicable", debtor="匂坂雪乃", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和8年(ロ)第377号", input_kind="photo_exif_rotated",
               template="proxy44_enforceable_order_sideways_exif8", received=D(2026, 5, 21))
    return dict(stem="ba14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="desk", keystone=0.04, tilt=1.2, creases=2, fill=0.86, shadow=0.2, shadow_side="top",
                          warm=0.15),
                about="payment_order_enforceable (簡裁, consumer-loan creditor, one page)",
                unusual="phone photo of a page lying sideways, stored turned with EXIF orientation 8; a compact one-page "
                        "仮執行宣言付支払督促 of a court new to the sets (相模原簡裁): a 請求の趣旨 grid with a "
                        "「金額（円）」 header and numbers without 円, TWO cost rows (督促手続費用 / 仮執行宣言の手続費用 → "
                        "costs = sum) above 合計; the 損害金 window ends 4/7, not on any printed date; the running clause "
                        "「ほか…完済まで」 is not late_damages; 約定利率年18.0％ vs 損害金 20.0％; the 支払督促 date 4/21, "
                        "its 送達 4/24 and the 申立日 5/11 in one sentence (issued = the 仮執行宣言 date 5/19)")


# ---------------------------------------------------------------------------------------------
# ba15 枚方簡易裁判所 (ハ) 口頭弁論期日呼出状及び答弁書催告状 with a 請求の要旨 box, bank plaintiff; scanned.


def ba15():
    R = 14.0
    issued, hearing, answer = D(2026, 6, 10), D(2026, 7, 15), D(2026, 7, 8)
    acc, lastp, filed = D(2025, 12, 1), D(2025, 8, 25), D(2026, 5, 27)
    P, I = 1_096_500, 15_043
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    p = Page(font="sans", size=10.5, top=16)
    p.line("事件番号　令和８年（ハ）第１１８６号　貸金請求事件", size=10.5)
    p.line("原　　告　株式会社ひしのみ銀行", size=10.5)
    p.line("被　　告　甲斐荘　亘", size=10.5)
    p.gap(4)
    p.line("甲斐荘　亘　殿", size=13)
    p.gap(2)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 30, 0.5))
    for i, (lab, val) in enumerate((("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時００分"),
                                    ("出頭場所", "枚方簡易裁判所　第２法廷（２階）"),
                                    ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        p.at(24, y + 8 + i * 9, lab, size=10.5)
        p.at(62, y + 8 + i * 9, val, size=11, font="sans-bold" if i == 0 else "sans")
    p.y = y + 35
    p.line("（請求の要旨）", size=10.5, font="sans-bold")
    p.table([["元金", f"{P:,}円"], ["利息（約定利率年2.975％）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(filed)}、年14％）", f"{L:,}円"], ["請求額合計", f"{T:,}円"]],
            [120, 50], x=20, aligns="lr", size=10.5, row_h=8, ruled="grid")
    p.para(f"及び元金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで年14％の割合による遅延損害金", x0=22, x1=190,
           size=9.5, indent="")
    p.para(f"（請求の原因の要点：平成28年3月の自動車ローン契約。{era(lastp)}を最後に返済がなく、{era(acc)}期限の利益喪失。）",
           x0=22, x1=190, size=9.5, indent="")
    p.gap(2)
    p.line("（注意）", size=10, font="sans-bold")
    for s in ("１　出頭の際は、この呼出状と認印を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払いでの和解を希望する場合は、答弁書にその旨を記載してください。"):
        p.para(s, x0=22, x1=190, size=9.5, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　枚方簡易裁判所民事係　裁判所書記官　座間味　伊織", size=10.5)
    p.seal(170, p.y - 5, 13, "square", "枚方簡易裁判所書記官印", seed=44151)
    p.gap(5)
    p.line("〒573-0000　大阪府枚方市おおぎ台九丁目9番9号　電話 072-000-6610（民事係直通）", size=9, x=22)
    assert P + I + L == T
    tr = truth(document_type="lawsuit", sender="枚方簡易裁判所", phone="072-000-6610", creditor="株式会社ひしのみ銀行",
               status="not_applicable", debtor="甲斐荘亘", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference="令和8年(ハ)第1186号", input_kind="scan_png", template="proxy44_summary_court_ha_summons_scan",
               received=D(2026, 6, 12))
    return dict(stem="ba15", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="lawsuit (簡裁 (ハ) 呼出状 with the 請求の要旨, bank plaintiff)",
                unusual="a 簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 on one scanned page, court new to the sets (枚方簡裁); "
                        "事件番号 / 原告 / 被告 as the first three lines; a framed box with 期日 (with weekday and "
                        "午前１０時００分), 出頭場所 and 答弁書提出期限 (7/8 ≠ hearing 7/15); a ruled 請求の要旨 table "
                        "(元金 / 利息（約定利率年2.975％） / 遅延損害金 with its window to the 訴え提起 date / 請求額合計) and the "
                        "running 「及び…支払済みまで」 clause; the 請求の原因 in one bracketed line; plaintiff a bank "
                        "(not_applicable)")


# ---------------------------------------------------------------------------------------------
# ba16 scam: a fake servicer's 最終通告書, phone photo with the thumb holding the sheet down.


def ba16():
    issued, due = D(2026, 6, 16), D(2026, 6, 19)
    T = 186_400
    p = Page(font="sans", size=11, top=16)
    p.add(Box(15, 12, 40, 11, 0.8, RED, RED))
    p.at(35, 19.6, "最終通告", size=14, font="sans-bold", color=WHITE, align="c")
    p.at(196, 19, era(issued), size=10.5, align="r")
    p.at(196, 25, "管理番号　ち－４４７１", size=10.5, align="r")
    p.y = 30
    p.line("温品　汐里　様", size=14)
    p.gap(6)
    p.title("債権移行に伴う最終通告書", size=17, color=RED)
    p.para("貴殿がご利用になった通信事業者の未納料金につきまして、契約会社から当センターに債権が移行され、回収業務の一切を"
           "一任されております。再三の通知にもかかわらず、現在まで何らのご連絡もいただいておりません。")
    p.para("本通告書をもって最終のご連絡とさせていただきます。下記期限までにご連絡なき場合は、民事訴訟の手続に移行し、"
           "給与・預貯金・動産の差押えを執行いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 34, 1.0, RED, (1.0, 0.95, 0.95)))
    p.at(28, y + 9, "ご請求総額（未納料金・延滞金・訴訟準備費用を含む）", size=10.5, font="sans-bold")
    p.at(182, y + 21, f"￥{T:,}－", size=20, font="sans-bold", color=RED, align="r")
    p.at(28, y + 30, f"お支払期限　6月19日（{wd(due)}）17:00まで　※期限厳守", size=11.5, font="sans-bold")
    p.y = y + 40
    p.para("お支払いは、担当者が指定する口座へのお振込み、又はコンビニエンスストアで購入できる電子マネーにてお願いいたします。"
           "詳細は担当者直通電話にてご案内いたします。", size=10.5)
    p.para("※ご家族・勤務先への連絡を避けたい方は、至急ご連絡ください。弁護士・消費生活センター等への相談は手続の遅延に"
           "つながりますのでお控えください。", size=10)
    p.gap(5)
    y = p.y
    p.add(Box(60, y, 136, 34, 0.5))
    for i, (s, sz, f) in enumerate((("株式会社中央債権整理回収センター", 12.5, "sans-bold"),
                                    ("法務大臣許可番号　第318号（法務省認可 債権回収機関）", 9.5, "sans"),
                                    ("東京都千代田区霞が関一丁目（債権整理回収棟）", 9, "sans"),
                                    ("担当者直通　090-0000-8812（土日祝も受付）", 11, "sans-bold"))):
        p.at(64, y + 8 + i * 7.5, s, size=sz, font=f)
    p.seal(182, y + 12, 14, "square", "中央債権整理回収印", angle=8, seed=44161)
    tr = truth(document_type="other", sender="株式会社中央債権整理回収センター", license_number=318,
               phone="090-0000-8812", creditor=None, status="not_licensed", debtor="温品汐里", total=T, lump=False,
               issued=issued, payment_due=due, reference="ち-4471", is_scam=True, input_kind="photo_jpeg",
               template="proxy44_scam_fake_servicer_thumb_photo", received=None)
    return dict(stem="ba16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, after=("thumb",),
                thumb_side="left",
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, fill=0.86, warm=0.3, blur=1.0),
                about="other (scam: fake servicer 最終通告書)",
                unusual="phone photo on wood with the photographer's THUMB pressing the left edge of the sheet; a fake "
                        "servicer 「株式会社中央債権整理回収センター」 (not in the registry; a look-alike of the real 中央債権回収株式会社) "
                        "with a fake 「法務大臣許可番号　第318号（法務省認可 債権回収機関）」 → not_licensed; 「債権移行」 "
                        "wording from the MoJ warnings; an unnamed 「通信事業者」 (creditor / original null); a red ￥…－ "
                        "total with no breakdown; a three-day deadline as month-day only 「6月19日（金）17:00まで」; "
                        "電子マネー payment, 090 担当者直通, 「弁護士・消費生活センター等への相談は…お控えください」; a "
                        "hiragana 管理番号 ち－４４７１; an address without a number")


LETTERS = [ba09, ba10, ba11, ba12, ba13, ba14, ba15, ba16]
