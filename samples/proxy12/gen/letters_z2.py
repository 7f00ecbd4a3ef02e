"""Proxy set 12, letters z09–z16: a servicer's claim for the rest after a 競売 with a 配当 statement (2-page image PDF);
a joint 債権譲渡・譲受通知 bank → servicer (photo, EXIF 6); a guarantee company's 縦書き 代位弁済通知; an invented
servicer's 分割弁済のご案内; an invented servicer's 縦書き 催告書 with its number in kanji digits; a scam posing as a
court; a bank's 期限の利益喪失 to the debtor and his 連帯保証人 by fax; a consumer-finance 和解書（案） on 2 pages."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, kman, late, leader, seal_after, truth, vsafe, wd

from samples.letters.fmt import fullwidth, kanji_number, kanji_small
from samples.letters.layout import RED, Line, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
SHADE = (0.90, 0.90, 0.90)
PALE = (0.96, 0.96, 0.96)
GREEN = (0.10, 0.38, 0.28)
ORANGE = (0.80, 0.40, 0.05)
WHITE = (1.0, 1.0, 1.0)


def fk(n: int) -> str:
    return fw(f"{n:,}円")


def kj(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def rw(d: D) -> str:
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"


def ks(d: D) -> str:
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


def _seal_on(pg, prefix: str, kind: str, text: str, seed: int, dx=0.0, dy=3.0, size=11.0, angle=0.0):
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith(prefix):
            pg.items.append(Seal(it.x + dx, seal_after(it, it.size, 2.0) + dy, size, kind, text, angle=angle, seed=seed))
            return
    raise AssertionError(prefix)


# ---------------------------------------------------------------------------------------------
# z09 real servicer (パルティール債権回収, 第113号) after a 担保不動産競売: p.1 the letter with the claim as leader lines
#     in a framed box; p.2 配当金充当計算書 with the (ケ) case, 配当期日, 配当額 and a 充当 table (費用 → 損害金 → 利息 →
#     元本) — all history; scanned 2-page image PDF.


def z09():
    R = 14.0
    DIV = 12_386_000
    before = [("競売手続費用（債権者負担分）", 1_125_300), ("遅延損害金", 2_103_880), ("利息", 312_450),
              ("元本", 18_420_000)]
    rest = DIV
    applied = []
    for lab, a in before:
        x = min(a, rest)
        rest -= x
        applied.append((lab, a, x, a - x))
    P = applied[-1][3]
    issued, due = D(2026, 3, 24), D(2026, 4, 24)
    haito = D(2026, 2, 20)
    L = late(P, R, D(2026, 2, 21), issued)
    T = P + L
    tel = "03-0000-1138"
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.line(f"{rw(issued)}", align="r", size=10)
    p.line("債権管理番号　PT-0641-2208", align="r", size=9.5)
    p.gap(2)
    p.line("〒990-0000　山形県山形市ざおう台九丁目9番9号", size=9.5)
    p.line("古閑　正和　殿", size=13)
    p.gap(2)
    ys = p.y
    p.line("パルティール債権回収株式会社", x=120, size=11.5, font="sans-bold")
    p.line("（法務大臣許可番号　第113号）", x=120, size=8.5)
    p.line("〒141-0000 東京都品川区ごたんだ坂九丁目9番9号", x=120, size=8.5)
    p.line(f"管理第二部　電話 {tel}", x=120, size=9)
    p.seal(190, ys - 4, 12, "square", "パルティール債権回収之印", angle=-2, seed=12091)
    p.gap(5)
    p.line("配当実施後の残債権額についてのご通知", align="c", size=14.5, font="sans-bold")
    p.gap(2)
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。")
    p.para(f"当社が令和6年11月15日に株式会社もがみ川銀行から譲り受けました貴殿に対する貸金債権につき、山形地方裁判所"
           f"令和6年（ケ）第41号担保不動産競売事件において、{rw(haito)}の配当期日に当社は配当金を受領し、別紙配当金充当"
           "計算書のとおり充当いたしました。")
    p.para("しかしながら、配当金をもってしても債権全額の回収には至らず、下記のとおり残債権がございますので、ご通知申し上げ"
           "ますとともに、お支払期限までに全額をお支払いくださいますようご請求いたします。ご一括でのお支払いが困難な場合は、"
           "期限までに必ず担当者までご相談ください。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    y = p.y
    p.box(30, y, 150, 27, width=0.6)
    p.y = y + 3
    leader(p, "配当充当後元本残高", f"{P:,}円", 36, 172, size=10.5)
    leader(p, f"遅延損害金（{haito.month}月{haito.day + 1}日～{issued.month}月{issued.day}日　年14.0％）", f"{L:,}円", 36, 172,
           size=10.5)
    p.add(Line(36, p.y + 0.5, 172, p.y + 0.5, 0.3))
    p.gap(1.5)
    leader(p, "残債権額合計", f"{T:,}円", 36, 172, size=11.5, font="sans-bold")
    p.y = y + 31
    p.kv([("お支払期限", f"{rw(due)}（{wd(due)}）"),
          ("お振込先", "やまなみ信託銀行　本店営業部　普通預金　6120884　ﾊﾟﾙﾃｨｰﾙｻｲｹﾝｶｲｼｭｳ(ｶ"),
          ("ご注意", f"{rw(D(2026, 3, 25))}以降も、元本残高に対し年14.0％の割合による遅延損害金が発生します。")],
         x=30, label_w=24, size=9.5, sep="：")
    p.gap(2)
    p.para("※本書は、競売による配当後の残債権についてのご案内です。競売物件に関するお問い合わせは裁判所へお願いします。",
           size=8.5, indent="")
    p.line("以上", align="r")
    pages = [p.spec]
    q = Page(font="sans", size=10, top=16, left=22, right=22)
    q.line("別紙", size=9.5)
    q.line("配当金充当計算書", align="c", size=14, font="sans-bold")
    q.gap(2)
    q.table([["事件番号", "山形地方裁判所　令和6年（ケ）第41号　担保不動産競売事件"],
             ["配当期日", rw(haito)],
             ["配当額（当社受領額）", f"{DIV:,}円"],
             ["原債権者", "株式会社もがみ川銀行（平成28年5月20日 住宅ローン 当初融資額26,000,000円）"],
             ["最終ご返済日", "令和6年4月30日"],
             ["期限の利益喪失日", "令和6年7月12日"]], [40, 126], size=9.2, row_h=8, aligns="ll", shade_col0=True)
    q.gap(5)
    q.line("充当の内訳（単位：円）", size=10.5, font="sans-bold")
    rows = [["項　目", "配当期日現在の債権額", "充当額", "充当後残高"]]
    rows += [[lab, f"{a:,}", f"{x:,}", f"{r:,}"] for lab, a, x, r in applied]
    rows.append(["計", f"{sum(a for _, a, _, _ in applied):,}", f"{DIV:,}", f"{sum(r for *_, r in applied):,}"])
    q.table(rows, [56, 40, 35, 35], size=9.5, row_h=8, header=True, aligns="lrrr")
    q.gap(3)
    q.para("※充当は、費用、遅延損害金、利息、元本の順に行いました（民法第489条）。充当後の遅延損害金及び利息の残高はございま"
           "せん。元本残高に対する配当期日の翌日以降の遅延損害金は、本文記載のとおりです。", size=8.5, indent="")
    pages.append(q.spec)
    tr = truth(document_type="collection_notice", sender="パルティール債権回収株式会社", license_number=113, phone=tel,
               creditor="パルティール債権回収株式会社", status="licensed", original="株式会社もがみ川銀行",
               debtor="古閑正和", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2024, 7, 12), last_payment=D(2024, 4, 30), assignment=D(2024, 11, 15),
               reference="PT-0641-2208", input_kind="pdf_scan", template="proxy12_servicer_after_auction_dividend",
               received=D(2026, 3, 26))
    return dict(stem="z09", ext="pdf", kind="pdf_scan", pages=pages, truth=tr,
                about="collection_notice (servicer, rest after 競売 with 配当 statement)",
                unusual="real servicer パルティール債権回収株式会社 ★ with 「（法務大臣許可番号　第113号）」 in brackets under its "
                        "name, a 2-page image-only PDF: p.1 letter with the 債権管理番号 top-right under the date, the claim in "
                        "a framed box as leader lines 配当充当後元本残高 / 遅延損害金 (window as month-day only in the label) / "
                        "残債権額合計; お支払期限 / お振込先 / ご注意 as colon lines; p.2 別紙 配当金充当計算書: a shaded-label "
                        "grid (ケ) case, 配当期日, 配当額 12,386,000, 原債権者 with 平成28年 当初融資額 26,000,000, 最終ご返済日, "
                        "期限の利益喪失日, and a 4-column 充当 table in 円 (費用 → 損害金 → 利息 → 元本) — all history; the "
                        "譲受 date only in the prose")


# ---------------------------------------------------------------------------------------------
# z10 joint 債権譲渡・譲受通知 (bank → the real servicer アビリオ債権回収, 「第５号」 full-width), photo stored sideways
#     (EXIF 6): the two parties as rows of one table with their seals, 記 as full-width-colon lines, only informs.


def z10():
    R = 14.5
    P, INT = 1_516_220, 22_318
    asg, issued = D(2026, 1, 15), D(2026, 1, 20)
    L = late(P, R, D(2025, 10, 1), asg)
    T = P + INT + L
    tel = "03-0000-6805"
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(f"{rw(issued)}", align="r")
    p.line("〒860-0000　熊本市中央区しらかわ端九丁目9番9号", size=9.5)
    p.line("猪瀬　達郎　様", size=13)
    p.gap(6)
    p.line("債権譲渡・譲受のご通知", align="c", size=16, font="serif-bold")
    p.gap(3)
    p.para("拝啓　貴殿益々ご清祥のこととお喜び申し上げます。")
    p.para(f"さて、株式会社あまくさ銀行（以下「譲渡人」といいます。）は、{rw(asg)}付で、貴殿に対して有する下記の債権を、"
           "アビリオ債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしましたので、民法第４６７条に基づき、譲渡人"
           "及び譲受人の連名をもってご通知申し上げます。")
    p.para("つきましては、今後のご返済及びお問い合わせは、すべて譲受人宛てにお願いいたします。ご返済の方法につきましては、"
           "譲受人から改めてご案内いたしますので、本書受領後、譲受人の担当者までご連絡ください。譲渡人の口座へのお振込みは"
           "お受けできませんので、ご注意ください。")
    p.line("敬具", align="r")
    p.gap(2)
    y = p.y
    rows = [["譲渡人", "〒860-0000 熊本市中央区あまくさ通九丁目9番9号", ""],
            ["", "株式会社あまくさ銀行　取締役頭取　桧垣　信行", ""],
            ["", "（ローン管理センター 電話 096-000-2741）", ""],
            ["譲受人", "〒105-0000 東京都港区しおどめ浜九丁目9番9号", ""],
            ["", "アビリオ債権回収株式会社　代表取締役　椚田　誠", ""],
            ["", "法務大臣許可番号　第５号　　電話 " + tel, ""]]
    p.table(rows, [20, 128, 18], size=9.5, row_h=7.2, aligns="lll", ruled="outer", shade_col0=True)
    p.add(Line(22, y + 21.6, 188, y + 21.6, 0.3))
    p.seal(179, y + 11, 11, "square", "あまくさ銀行頭取印", angle=3, seed=12101)
    p.seal(179, y + 32, 11, "round", "アビリオ債権回収|代表/取締役", angle=-4, seed=12102)
    p.gap(5)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("譲渡債権の表示", "譲渡人と貴殿との間の平成３０年８月２９日付金銭消費貸借契約（フリーローン）に基づく貸金債権"),
          ("ローン番号", "307-1146952（譲渡人）"),
          ("譲渡日", rw(asg)),
          ("譲受債権番号", "ＡＢ－７７３１－２０４６（譲受人）"),
          ("最終ご返済日", "令和７年６月１６日"),
          ("期限の利益喪失日", "令和７年９月３０日")], x=30, label_w=40, size=10, sep="：")
    p.gap(2)
    p.line(f"譲渡債権額（{rw(asg)}現在）", x=30, size=10.5, font="serif-bold")
    p.kv([("元金", fk(P)), ("利息", fk(INT)),
          ("遅延損害金", fk(L) + "（令和７年１０月１日から譲渡日まで　年１４．５％）"),
          ("合計", fk(T))], x=40, label_w=30, size=10, sep="：")
    p.gap(2)
    p.para("※譲渡日の翌日以降も、元金に対し年１４．５％の割合による遅延損害金が発生します。", x0=30, size=8.5, indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アビリオ債権回収株式会社", license_number=5, phone=tel,
               creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社あまくさ銀行", debtor="猪瀬達郎",
               total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=D(2025, 9, 30), last_payment=D(2025, 6, 16), assignment=asg,
               reference="AB-7731-2046", input_kind="photo_exif_rotated",
               template="proxy12_joint_assignment_bank_servicer_rows", received=D(2026, 1, 22))
    return dict(stem="z10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.05, tilt=1.8, shadow=0.35, shadow_side="bottom", creases=2),
                about="assignment_notice (joint, bank → servicer)",
                unusual="joint 債権譲渡・譲受のご通知 (bank → real servicer アビリオ債権回収株式会社 ★ with its number in "
                        "FULL-WIDTH 「法務大臣許可番号　第５号」), phone photo stored sideways with EXIF orientation 6, "
                        "creases and a hand shadow at the bottom; the two parties as ROWS of one outer-ruled table (譲渡人 "
                        "with the bank's own ローン管理センター phone — a distractor — and 譲受人 with its phone), a seal at "
                        "the right of each; 記 as full-width-colon lines (ローン番号 of the bank vs 譲受債権番号 = reference, "
                        "最終ご返済日, 期限の利益喪失日, 平成30年 contract); 譲渡債権額 as of the 譲渡日 as colon lines with "
                        "the window after the 遅延損害金; only informs (lump false, no date)")


# ---------------------------------------------------------------------------------------------
# z11 guarantee company 代位弁済通知 (縦書き, digital): 令和元年 contract, the bank's 喪失 and the 代位弁済 split in
#     prose, 記 with kanji-digit-with-万 amounts and the total in positional kanji; full-width rate 年１４．６％ stacked;
#     no reference number.


def z11():
    R = 14.6
    P0, I0 = 1_742_106, 9_884
    P = P0 + I0
    issued = D(2026, 5, 15)  # 代位弁済 2026-04-20 (in the prose)
    L = late(P, R, D(2026, 4, 21), issued)
    T = P + L
    cols = [
        ("title", "代位弁済のご通知及び求償金のご請求"),
        ("body", "貴殿は、令和元年七月二日、株式会社しなの路銀行（以下「銀行」といいます。）との間で金銭消費貸借契約"
                 "（教育ローン）を締結され、当社は、貴殿からの保証委託に基づき、同契約による貴殿の債務を連帯保証いたしました。"),
        ("body", "ところが、貴殿は令和七年十二月一日のご返済を最後にその後のご返済を怠られたため、令和八年三月十日の経過を"
                 "もって銀行に対する期限の利益を喪失されました。"),
        ("body", f"そこで当社は、令和八年四月二十日、銀行に対し、貴殿の債務の残元金{kman(P0)}及び利息{kman(I0)}の合計"
                 f"{kman(P)}を代位弁済いたしましたので、ご通知いたします。"),
        ("body", "つきましては、当社は貴殿に対し、左記の求償金を請求いたしますので、令和八年五月二十九日限り、当社指定口座へ"
                 "一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一、求償元金　　　{kman(P)}"),
        ("indent", f"二、遅延損害金　　{kman(L)}"),
        ("plain", "　　　（令和八年四月二十一日から同年五月十五日まで年１４．６％）"),
        ("indent", f"三、合計　　　　　{kj(T)}"),
        ("body", "なお、令和八年五月十六日以降も、求償元金に対し年１４．６％（年三百六十五日の日割計算）の割合による遅延損害金"
                 "が発生いたします。期限までにお支払いのない場合は、給与等の差押えを含む法的手続をとらせていただきます。"),
        ("low", "振込先　しなの路銀行　本店営業部　普通預金　〇九三三一八五"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年五月十五日"),
        ("low", "長野県上田市さなだ町九丁目九番九号"),
        ("low", "株式会社あさまだい信用保証"),
        ("low", "求償債権管理部　電話〇二六八（〇〇）三三九一"),
        ("low", "代表取締役　饗庭　宗一"),
        ("blank", ""),
        ("low", "長野県小諸市かいこ坂九丁目九番九号"),
        ("low", "嵯峨　恵美　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.4, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "代表取締役", "round", "あさまだい信用保証|代表/取締役", 12111, dy=6.0, size=10)
    pg.items.append(post_office_stamp(pg, 12112))
    tr = truth(document_type="acceleration_notice", sender="株式会社あさまだい信用保証", phone="0268-00-3391",
               creditor="株式会社あさまだい信用保証", status="not_applicable", original="株式会社しなの路銀行",
               debtor="嵯峨恵美", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=D(2026, 5, 29), acceleration=D(2026, 3, 10), last_payment=D(2025, 12, 1),
               input_kind="vertical_pdf", template="proxy12_vertical_subrogation_gannen", received=D(2026, 5, 18))
    return dict(stem="z11", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, guarantee company 代位弁済)",
                unusual="縦書き 代位弁済のご通知及び求償金のご請求 from a bank-loan guarantee company (digital, 内容証明 stamp); "
                        "contract dated 令和元年七月二日 (元年 in kansuji); the bank's 期限の利益喪失 and the 代位弁済 split "
                        "残元金 金一七四万二一〇六円 + 利息 金九八八四円 in prose (history); 記 with 求償元金 / 遅延損害金 in kanji "
                        "digits with 万 and the 合計 in positional kanji; the rate as FULL-WIDTH 年１４．６％ stacked in the "
                        "columns; 令和八年五月二十九日限り; 給与等の差押え threat; phone in kanji digits with a 4-digit area "
                        "code 〇二六八（〇〇）…; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# z12 invented servicer (うみねこ債権回収, 第187号) 分割弁済のご案内, scanned: left a 現在のご債務 box with ￥ amounts,
#     right two plans side by side; ご回答期限 in a dark band.


def z12():
    R = 20.0
    P, INT = 386_200, 6_418
    issued, reply = D(2026, 4, 17), D(2026, 5, 8)
    L = late(P, R, D(2025, 8, 5), issued)
    T = P + INT + L
    tel = "011-000-8870"
    p = Page(font="sans", size=10, top=12, left=20, right=20)
    p.box(20, 10, 170, 16, width=0.2, color=None, fill=(0.05, 0.30, 0.45))
    p.at(24, 20.5, "うみねこ債権回収株式会社", size=14, font="sans-bold", color=WHITE)
    p.at(186, 16.5, "法務大臣許可番号第187号", size=8, align="r", color=WHITE)
    p.at(186, 22.5, f"TEL {tel}（平日9:30〜18:00）", size=8.5, align="r", color=WHITE)
    p.y = 32
    p.line(f"発行日　{issued.year}年{issued.month}月{issued.day}日", align="r", size=9.5)
    p.line("お客様番号　UN-260417-0932", align="r", size=9.5)
    p.line("〒036-0000 青森県弘前市さくら城下九丁目9番9号", size=9.5)
    p.line("久慈　友美　様", size=13)
    p.gap(4)
    p.line("分割弁済のご案内", align="c", size=16, font="sans-bold")
    p.gap(2)
    p.para("当社は、2025年12月1日に株式会社ささなみキャッシングから貴殿に対する貸金債権を譲り受け、管理・回収を行って"
           "おります。これまでお支払いのご相談をいただけておりませんが、一括でのお支払いが難しい事情もおありかと存じます。"
           "つきましては、下記のとおり分割でのお支払いをご提案いたします。")
    p.gap(2)
    y = p.y
    p.box(20, y, 80, 58, width=0.6)
    p.at(24, y + 6, "現在のご債務（発行日現在）", size=10, font="sans-bold")
    p.y = y + 9
    for lab, a in [("残元本", P), ("経過利息", INT), ("損害金", L)]:
        leader(p, lab, f"￥{a:,}", 24, 96, size=10)
    p.add(Line(24, p.y + 0.5, 96, p.y + 0.5, 0.4))
    p.gap(1.5)
    leader(p, "ご債務総額", f"￥{T:,}", 24, 96, size=11.5, font="sans-bold")
    p.at(24, y + 44, "損害金：残元本に対し 2025/8/5〜本日", size=8)
    p.at(24, y + 48.5, "年20.0％（年365日の日割計算）", size=8)
    p.at(24, y + 54, "期限の利益喪失日 2025/8/4", size=8)
    cell(p, 104, y, 42, 58, "プランＡ（36回）", "", lsize=9)
    cell(p, 148, y, 42, 58, "プランＢ（60回）", "", lsize=9)
    for x, rows in [(106, ["初回 2026/5/27", "毎月27日", "月々 11,000円", "×35回 ＋ 最終回", "最終回 3,858円",
                           "支払総額", f"{11_000 * 35 + 3_858:,}円"]),
                    (150, ["初回 2026/5/27", "毎月27日", "月々 7,000円", "×59回 ＋ 最終回", "最終回 1,858円",
                           "支払総額", f"{7_000 * 59 + 1_858:,}円"])]:
        yy = y + 12
        for s in rows:
            p.at(x, yy, s, size=9)
            yy += 6
    p.y = y + 64
    p.para("※いずれのプランも、ご債務総額のうち損害金の一部を減額したうえでのご提案です。プランの支払総額はご債務総額と"
           "一致しません。ご提案の内容は、ご回答期限までにお申込みいただいた場合に限り有効です。", size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.box(20, y, 170, 12, width=0.2, color=None, fill=(0.05, 0.30, 0.45))
    p.at(105, y + 8, f"ご回答期限　{reply.year}年{reply.month}月{reply.day}日（{wd(reply)}）　同封の申込書をご返送ください",
         size=11.5, font="sans-bold", align="c", color=WHITE)
    p.y = y + 16
    p.para("ご回答期限までにお申込み又はご連絡がない場合は、ご債務総額の一括でのお支払いをお願いすることとなります。"
           "ご不明な点は、上記お客様番号をお伝えのうえ、担当（雀部）までお電話ください。", size=9)
    p.gap(3)
    p.line("〒060-0000 札幌市中央区とけいだい通九丁目9番9号　うみねこ債権回収株式会社　業務部", size=8.5)
    p.line("原債権者：株式会社ささなみキャッシング（ご契約日 2021年4月9日／最終ご返済日 2025年5月26日）", size=8.5)
    tr = truth(document_type="settlement_proposal", sender="うみねこ債権回収株式会社", license_number=187, phone=tel,
               creditor="うみねこ債権回収株式会社", status="unverified", original="株式会社ささなみキャッシング",
               debtor="久慈友美", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=D(2025, 8, 4), last_payment=D(2025, 5, 26), assignment=D(2025, 12, 1),
               reference="UN-260417-0932", input_kind="scan_png", template="proxy12_invented_servicer_two_plans",
               received=D(2026, 4, 20))
    return dict(stem="z12", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="settlement_proposal (invented servicer, two plans)",
                unusual="invented servicer うみねこ債権回収 with 「法務大臣許可番号第187号」 in white inside a dark-blue "
                        "letterhead BAND (→ unverified), scanned; 発行日 and お客様番号 flush right; a framed 現在のご債務 box "
                        "LEFT with ￥ leader lines 残元本 / 経過利息 / 損害金 / ご債務総額 and the window, rate and 喪失日 in "
                        "small print under it; two plan cells RIGHT (36回 / 60回, 初回 2026/5/27, 月々, 最終回, 支払総額 — all "
                        "distractors, totals ≠ the debt); ご回答期限 in white on a dark band (= payment_due); 原債権者 line "
                        "with ご契約日 and 最終ご返済日 at the foot; the 譲受 date in the prose")


# ---------------------------------------------------------------------------------------------
# z13 invented servicer 縦書き 催告書 (scanned) with its licence number in kanji digits (第一九四号), amounts in positional
#     kanji, 年十八パーセント（年三百六十五日の日割計算）, a 限り deadline, full-width お客様番号.


def z13():
    R = 18.0
    P, INT = 527_300, 8_812
    issued = D(2026, 1, 16)
    L = late(P, R, D(2025, 6, 17), issued)
    T = P + INT + L
    cols = [
        ("title", "催告書"),
        ("body", "前略　当社は、令和七年十月一日、株式会社ねむのきクレジットから、同社が貴殿に対して有する左記債権を譲り受け"
                 "ました。右譲渡については、譲渡人から貴殿宛てに通知がなされているとおりです。"),
        ("body", "貴殿は、令和七年三月二十七日のお支払いを最後にその後のお支払いがなく、令和七年六月十六日の経過をもって期限の"
                 "利益を喪失されております。当社からも再三ご連絡を差し上げておりますが、現在までご入金もご連絡もいただけて"
                 "おりません。"),
        ("body", "つきましては、本書をもって、左記金員を令和八年一月三十日限り一括してお支払いくださるよう催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　元金　　　　　{kj(P)}"),
        ("indent", f"二　利息　　　　　{kj(INT)}"),
        ("indent", f"三　遅延損害金　　{kj(L)}"),
        ("plain", "　　（令和七年六月十七日から令和八年一月十六日まで年十八パーセント（年三百六十五日の日割計算））"),
        ("indent", f"四　合計　　　　　{kj(T)}"),
        ("body", "右期限までにお支払い又はご連絡のない場合は、やむを得ず訴訟等の法的手続に移行いたしますので、あらかじめご了承"
                 "ください。"),
        ("low", "お客様番号　ＹＢ－２０３９１"),
        ("low", "お振込先　みなとまち銀行　大通支店　普通預金　〇七七一二〇五"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和八年一月十六日"),
        ("low", "札幌市北区ポプラ並木九丁目九番九号"),
        ("low", "ゆうばえ債権管理回収株式会社"),
        ("low", "（法務大臣許可番号第一九四号）"),
        ("low", "電話〇一一（〇〇〇）七七〇二"),
        ("low", "代表取締役　三反田　亮介"),
        ("blank", ""),
        ("low", "北海道小樽市うんが通九丁目九番九号"),
        ("low", "沼尻　亮　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "代表取締役", "square", "ゆうばえ債権管理回収印", 12131, dy=5.0, size=9)
    tr = truth(document_type="collection_notice", sender="ゆうばえ債権管理回収株式会社", license_number=194,
               phone="011-000-7702", creditor="ゆうばえ債権管理回収株式会社", status="unverified",
               original="株式会社ねむのきクレジット", debtor="沼尻亮", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=D(2026, 1, 30), acceleration=D(2025, 6, 16),
               last_payment=D(2025, 3, 27), assignment=D(2025, 10, 1), reference="YB-20391", input_kind="vertical_scan",
               template="proxy12_vertical_invented_servicer_kanji_licence", received=D(2026, 1, 19))
    return dict(stem="z13", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (縦書き, invented servicer 一括請求)",
                unusual="縦書き 催告書 (前略 … 草々) from an invented servicer ゆうばえ債権管理回収株式会社 whose licence number "
                        "is printed in KANJI DIGITS 「（法務大臣許可番号第一九四号）」 (→ 194, unverified), scanned; the 譲受 "
                        "date, last payment and 喪失 in prose; 記 with positional kanji amounts; the window column with "
                        "「年十八パーセント（年三百六十五日の日割計算）」 (nested brackets); 令和八年一月三十日限り; full-width "
                        "お客様番号 ＹＢ－２０３９１ stacked; phone in kanji digits; square company seal, no post-office "
                        "stamp")


# ---------------------------------------------------------------------------------------------
# z14 scam posing as a COURT: an invented 「関東地方裁判所 訴訟記録調整室」 (no such court) 最終通知書 as a photographed
#     letter; 未納料金 with a deadline and a 正午; 訴訟取下げ; no creditor named.


def z14():
    issued, due = D(2026, 6, 1), D(2026, 6, 4)
    tel = "050-0000-4471"
    AMT = 186_400
    p = Page(font="serif", size=10.5, top=16, left=24, right=24)
    p.seal(105, 26, 18, "round", "関東地方裁判所|訴訟/管理", angle=0, seed=12141)
    p.y = 38
    p.line("関東地方裁判所　訴訟記録調整室", align="c", size=13, font="serif-bold")
    p.line("〒100-0000 東京都千代田区霞が関（庁舎内）", align="c", size=8.5)
    p.gap(4)
    p.line(f"通知日　{rw(issued)}", align="r", size=10)
    p.line("管理番号（ト）第２２８号", align="r", size=10)
    p.line("桧垣　聡美　様", size=13)
    p.gap(4)
    p.line("民事訴訟（消費料金未払）に関する最終通知書", align="c", size=15, font="serif-bold", color=RED)
    p.gap(3)
    p.para("この度、貴方様が過去に契約されたインターネット有料サービスの利用料金につき、契約会社から未納料金請求に関する"
           "民事訴訟が提起されましたので、当室よりご通知いたします。")
    p.para("本通知到達後、下記期日までに未納料金のお支払い又は当室へのご連絡がない場合、原告側の主張が全面的に認められ、"
           "裁判所執行官立会いのもと、給与・動産・不動産の差押えが強制的に執行されます。また、勤務先及びご家族へも通知が"
           "なされますので、ご注意ください。")
    p.gap(2)
    y = p.y
    p.box(34, y, 142, 30, width=1.0, color=RED)
    p.at(105, y + 10, f"請求額（未納料金・延滞金・訴訟費用）　金{AMT:,}円", size=12.5, font="serif-bold", align="c")
    p.at(105, y + 19, f"お支払期日　{rw(due)}（{wd(due)}）正午まで", size=12.5, font="serif-bold", align="c",
         color=RED)
    p.at(105, y + 26, "※期日を過ぎますと訴訟取下げの手続はできません", size=9, align="c")
    p.y = y + 36
    p.para("なお、裁判取下げ等のご相談は、下記の当室「訴訟取下げ相談窓口」にて受け付けております。プライバシー保護のため、"
           "必ずご本人様よりご連絡ください。お支払方法（電子マネー・コンビニ収納）につきましては、お電話にてご案内いたします。"
           "弁護士等の第三者へのご相談は、手続が遅れる原因となりますのでお控えください。", size=10)
    p.gap(4)
    y = p.y
    p.box(44, y, 122, 22, width=0.4)
    p.at(105, y + 8, "訴訟取下げ相談窓口", size=11, font="serif-bold", align="c")
    p.at(105, y + 16, f"{tel}", size=14, font="serif-bold", align="c")
    p.at(105, y + 20.5, "受付時間 9:00～20:00（土日祝日も受付）", size=8, align="c")
    tr = truth(document_type="other", sender="関東地方裁判所訴訟記録調整室", phone=tel, status="not_licensed",
               debtor="桧垣聡美", total=AMT, lump=False, issued=issued, payment_due=due, reference="(ト)第228号",
               is_scam=True, input_kind="photo_jpeg", template="proxy12_scam_fake_court_notice", received=None)
    return dict(stem="z14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=3.0, creases=2, warm=0.5, fill=0.8),
                about="other (scam posing as a court)",
                unusual="架空請求 letter from a FAKE COURT 「関東地方裁判所 訴訟記録調整室」 (no such court; a red round "
                        "emblem seal above the name; address 「霞が関（庁舎内）」 with no street number), phone photo on "
                        "tatami with warm light and creases; title in red; 管理番号（ト）第２２８号 imitating a case number; "
                        "no creditor named (「契約会社」, 「原告側」); 請求額 186,400 and a payment deadline with 正午 in a "
                        "red frame; 執行官 / 勤務先 / 家族 threats; 電子マネー・コンビニ収納; 「弁護士等の第三者へのご相談は"
                        "…お控えください」; a 050 number with 土日祝日も受付")


# ---------------------------------------------------------------------------------------------
# z15 bank 期限の利益喪失通知 兼 一括請求 to a sole trader AND his 連帯保証人 (same surname), one-page fax: JIS dates
#     (R8.3.18), a ruled grid of the loan, the amounts as 円 in a two-column table, お支払期限 in a box; TEL ≠ FAX.


def z15():
    R = 14.0
    P, INT = 3_850_000, 28_640
    issued, due, acc = D(2026, 3, 18), D(2026, 3, 31), D(2026, 3, 3)
    L = late(P, R, D(2026, 3, 4), issued)
    T = P + INT + L
    tel, fax = "0875-00-2214", "0875-00-2299"
    p = Page(font="sans", size=10, top=14, left=22, right=22)
    p.line(f"発信日 R{issued.year - 2018}.{issued.month}.{issued.day}", align="r", size=10)
    p.line("管理番号 HR-3318-06", align="r", size=10)
    p.gap(1)
    p.line("鴨志田製作所　鴨志田　伸也　様（主債務者）", size=11.5)
    p.line("鴨志田　弘子　様（連帯保証人）", size=11.5)
    p.gap(3)
    p.line("株式会社ほうらい銀行　観音寺支店", x=122, size=11, font="sans-bold")
    p.line("支店長　乙黒　正信", x=122, size=9.5)
    p.line(f"TEL {tel}　FAX {fax}", x=122, size=9)
    p.seal(184, p.y - 8, 11, "square", "ほうらい銀行観音寺支店", angle=2, seed=12151)
    p.gap(4)
    p.line("期限の利益喪失のご通知　兼　残債務一括返済のご請求", align="c", size=13.5, font="sans-bold")
    p.gap(2)
    p.para("主債務者様は、下記ご融資のご返済を R7.12.25 を最後に延滞され、当行からの R8.2.16 付催告書においてお支払期限とした"
           f"R8.3.3 までにも延滞分のご入金がありませんでした。よって、銀行取引約定書第５条第２項に基づき、R{acc.year - 2018}."
           f"{acc.month}.{acc.day} の経過をもって、下記ご融資の期限の利益を喪失されましたので、ご通知いたします。")
    p.para("つきましては、主債務者様及び連帯保証人様に対し、下記残債務全額をお支払期限までに一括してご返済いただきますよう"
           "ご請求申し上げます。")
    p.gap(1)
    p.table([["ご融資の種類", "証書貸付（事業資金・設備）", "ご融資日", "R4.9.12"],
             ["当初ご融資額", "6,000,000円", "約定返済額", "月額 90,000円"],
             ["約定利率", "年2.375％", "遅延損害金", "年14％（年365日日割）"]],
            [30, 55, 26, 55], size=9, row_h=7.5, aligns="llll", shade_col0=False)
    p.gap(3)
    p.line(f"■ 残債務明細（R{issued.year - 2018}.{issued.month}.{issued.day}現在）", size=10.5, font="sans-bold")
    p.table([["残元金", f"{P:,}円"], ["未収利息（R7.11.26～R8.3.3）", f"{INT:,}円"],
             ["遅延損害金（R8.3.4～R8.3.18）", f"{L:,}円"], ["ご請求額合計", f"{T:,}円"]],
            [100, 50], x=30, size=10.5, row_h=8, aligns="lr", shade_col0=True)
    p.gap(3)
    y = p.y
    p.box(30, y, 150, 12, width=0.8)
    p.at(105, y + 7.8, f"お支払期限　R{due.year - 2018}.{due.month}.{due.day}（{wd(due)}）　当店窓口又は下記口座へ", size=11,
         font="sans-bold", align="c")
    p.y = y + 16
    p.para("お振込先：ほうらい銀行 観音寺支店 別段預金 0091752（名義 カ）ホウライギンコウ）", size=9, indent="")
    p.para("期限までにご返済のない場合は、信用保証協会への代位弁済請求、担保物件の処分等の手続に移行いたします。", size=9,
           indent="")
    p.para("※R8.3.19以降も、残元金に対し年14％の割合による遅延損害金が発生いたします。", size=9, indent="")
    p.line("本件担当　融資課　乙黒（お問い合わせは上記TELへ）", size=8.5)
    tr = truth(document_type="acceleration_notice", sender="株式会社ほうらい銀行", phone=tel,
               creditor="株式会社ほうらい銀行", status="not_applicable", debtor="鴨志田伸也", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=D(2025, 12, 25), reference="HR-3318-06", input_kind="fax_tiff",
               template="proxy12_bank_acceleration_guarantor_fax", received=issued)
    return dict(stem="z15", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"R08/03/18 10:06 HOURAI BK KANONJI {fax}",
                about="acceleration_notice (bank business loan, debtor + 連帯保証人, by fax)",
                unusual="bank 期限の利益喪失のご通知 兼 残債務一括返済のご請求, one-page G4 fax: addressed to the sole trader "
                        "(主債務者, with his 屋号) AND his 連帯保証人 of the SAME surname, both on top; JIS dates without "
                        "zero padding (R8.3.18, R7.12.25) everywhere; the 催告書 date R8.2.16 and its deadline R8.3.3 "
                        "(= acceleration 「の経過をもって」); a 4-column loan grid (当初ご融資額 6,000,000, 約定返済額 90,000, "
                        "約定利率 2.375％ — distractors; 遅延損害金 年14％); 残債務明細 with the windows inside the labels; "
                        "お支払期限 with weekday in a heavy frame; TEL and FAX both in the sender block, the fax header "
                        "shows the FAX; sender printed with its branch (dropped in the truth)")


# ---------------------------------------------------------------------------------------------
# z16 consumer finance 和解書（案）, 2 digital pages: p.1 cover letter with the 返送期限; p.2 the draft 和解書 with 第1条
#     債務確認 (内訳 in a small table), 分割 terms, 期限の利益喪失 clause, 免除 clause — slash dates.


def z16():
    R = 20.0
    P, INT = 684_300, 11_926
    issued, reply = D(2026, 6, 5), D(2026, 6, 19)
    L = late(P, R, D(2026, 2, 28), D(2026, 5, 31))
    T = P + INT + L
    tel = "0120-000-626"
    p = Page(font="sans", size=10.5, top=16, left=24, right=24)
    p.line(f"{issued.year}/{issued.month}/{issued.day}", align="r")
    p.line("お客様番号：AIR-5520-1187", align="r", size=9.5)
    p.line("瓜生　真由美　様", size=13)
    p.gap(2)
    p.line("株式会社あおいろローン", x=128, size=11, font="sans-bold")
    p.line("お客様サポート部　和解担当", x=128, size=9)
    p.line(f"フリーダイヤル {tel}", x=128, size=9.5)
    p.gap(6)
    p.line("和解書（案）ご送付のご案内", align="c", size=15, font="sans-bold")
    p.gap(3)
    p.para("平素より弊社をご利用いただき、誠にありがとうございます。")
    p.para("先日お電話にてご相談いただきました分割でのお支払いにつきまして、社内で検討いたしました結果、別紙和解書（案）の"
           "条件にて和解させていただくことといたしました。")
    p.para("内容をご確認のうえ、ご異存がなければ、和解書２通にご署名・ご捺印いただき、下記返送期限までに同封の返信用封筒にて"
           "ご返送ください。弊社にて押印のうえ、１通をお返しいたします。")
    p.gap(3)
    y = p.y
    p.box(40, y, 130, 14, width=0.8)
    p.at(105, y + 9, f"ご返送期限　{reply.year}/{reply.month}/{reply.day}（{wd(reply)}）必着", size=13, font="sans-bold",
         align="c")
    p.y = y + 20
    p.para("※期限までにご返送がない場合、本和解のご提案はなかったものとさせていただき、残債務全額を一括にてご請求することと"
           "なります。\n※ご署名前にご不明な点がございましたら、フリーダイヤルまでお問い合わせください。", size=9, indent="")
    p.gap(4)
    p.line("同封書類：和解書（案）２通、返信用封筒１通", size=9.5)
    pages = [p.spec]
    q = Page(font="sans", size=10, top=16, left=24, right=24)
    q.line("和　解　書（案）", align="c", size=15, font="sans-bold")
    q.gap(2)
    q.para("株式会社あおいろローン（以下「甲」という。）と瓜生真由美（以下「乙」という。）とは、甲乙間の2019/10/3付金銭消費"
           "貸借契約（ご契約番号 AL-0093314）に基づく債務について、次のとおり和解する。")
    q.line("第1条（債務の確認）", font="sans-bold")
    q.para("乙は、甲に対し、2026/5/31現在、本件債務として次の金員の支払義務があることを認める。なお、乙は2026/2/27の経過に"
           "より期限の利益を喪失しており、最終のお支払いは2025/12/26である。", x0=28)
    q.table([["元金", f"{P:,}円"], ["利息（2026/2/27まで）", f"{INT:,}円"],
             ["遅延損害金（2026/2/28～2026/5/31 年20.0％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [96, 40], x=34, size=9.5, row_h=7.5, aligns="lr")
    q.gap(2)
    q.line("第2条（分割弁済）", font="sans-bold")
    q.para("乙は、甲に対し、前条の金員のうち元金及び利息の合計696,226円を、次のとおり分割して支払う。\n"
           "（1）2026/7/27限り 16,226円\n（2）2026/8から2029/11まで毎月27日限り 17,000円ずつ（40回）", x0=28)
    q.line("第3条（期限の利益の喪失）", font="sans-bold")
    q.para("乙が前条の分割金の支払を2回以上怠り、その額が34,000円に達したときは、乙は当然に期限の利益を失い、甲に対し、"
           "第1条の金員から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済みまで年20.0％の割合による"
           "遅延損害金を直ちに支払う。", x0=28)
    q.line("第4条（免除）", font="sans-bold")
    q.para(f"乙が期限の利益を失うことなく第2条の分割金を完済したときは、甲は、第1条の遅延損害金{L:,}円の支払を免除する。", x0=28)
    q.line("第5条（清算条項）", font="sans-bold")
    q.para("甲及び乙は、甲乙間には本和解書に定めるもののほか何らの債権債務がないことを相互に確認する。", x0=28)
    q.gap(4)
    q.line("　　　　年　　月　　日", x=30)
    y = q.y + 2
    q.box(24, y, 78, 30, width=0.3)
    q.box(108, y, 78, 30, width=0.3)
    q.at(27, y + 6, "甲　東京都台東区あさくさ橋九丁目9番9号", size=8.5)
    q.at(27, y + 12, "株式会社あおいろローン", size=10)
    q.at(27, y + 18, "代表取締役　蓮沼　修", size=9)
    q.at(111, y + 6, "乙　住所", size=8.5)
    q.at(111, y + 18, "氏名　　　　　　　　　　　　　　　印", size=9)
    pages.append(q.spec)
    tr = truth(document_type="settlement_proposal", sender="株式会社あおいろローン", phone=tel,
               creditor="株式会社あおいろローン", status="not_applicable", debtor="瓜生真由美", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=D(2026, 2, 27), last_payment=D(2025, 12, 26), reference="AIR-5520-1187",
               input_kind="pdf_text_2page", template="proxy12_lender_settlement_draft_two_pages",
               received=D(2026, 6, 8))
    return dict(stem="z16", ext="pdf", kind="pdf_text_2page", pages=pages, truth=tr,
                about="settlement_proposal (consumer finance 和解書（案）, 2 pages)",
                unusual="the lender's own 和解書（案） on 2 digital pages: p.1 cover letter with slash dates without zero "
                        "padding (2026/6/5), お客様番号 with a colon, the ご返送期限 …必着 in a heavy frame (= payment_due); "
                        "p.2 the draft: 第1条 債務の確認 with the 喪失 and the last payment inside the article and a small "
                        "table (元金 / 利息 / 遅延損害金 with window and rate / 合計) as of 2026/5/31 (≠ the letter date); "
                        "第2条 the instalment base 696,226 (元金＋利息), 16,226 + 17,000 × 40 (distractors); 第3条 acceleration "
                        "clause 2 instalments / 34,000 at 年20.0％; 第4条 waiver of the late damages (amount repeated); "
                        "第5条 清算条項; ご契約番号 AL-0093314 (not the reference); two signature boxes side by side")


LETTERS = [z09, z10, z11, z12, z13, z14, z15, z16]
