"""Proxy set 82, letters cm09–cm16: a 仮執行宣言付支払督促 of a real servicer; a real servicer's 分割 proposal on
commission for a guarantee company (fax); a real servicer's notice that its mandate ENDS and the bank collects again
(fax, claims nothing); a guarantee company's 縦書き 代位弁済通知; a real servicer that bought a bank's free loan; a scam
that claims the debt "moved" to it; a real servicer writing to the 連帯保証人; an invented servicer's 債権譲受のご通知
with its sender block at the bottom and the licence on its own line."""

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
    qr,
    stamp,
    truth,
    vcheck,
    vcheck_era,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ORANGE = (0.80, 0.36, 0.05)
OLIVE = (0.30, 0.36, 0.10)
CRIMSON = (0.62, 0.06, 0.16)
SLATE = (0.20, 0.26, 0.34)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jis0(d: D) -> str:
    return f"R{d.year - 2018:02d}.{d.month:02d}.{d.day:02d}"


# ---------------------------------------------------------------------------------------------
# cm09 福岡簡易裁判所 仮執行宣言付支払督促, one scanned page: creditor アイ・アール債権回収 (real, no number printed).


def cm09():
    R = 14.6
    issued, order, served, filed = D(2026, 3, 30), D(2026, 3, 2), D(2026, 3, 5), D(2026, 2, 13)
    acc, lastp, assign = D(2025, 8, 5), D(2025, 5, 27), D(2025, 11, 28)
    P, C1, C2 = 356_780, 3_920, 1_220
    L = late(P, R, acc + timedelta(1), filed)
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第1027号"
    p = Page(font="serif", size=10.5, top=14)
    p.line(f"{fw('令和8年（ロ）第1027号')}", size=10)
    p.title("仮執行宣言付支払督促", size=16.5, font="serif-bold")
    p.kv([("当事者の表示", "別紙当事者目録記載のとおり"), ("請求の趣旨及び原因", "別紙請求の趣旨及び原因記載のとおり")],
         x=24, label_w=44, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para(f"上記の支払督促は{fw(era(order))}に発付され、{fw(era(served))}債務者に送達されたが、債務者は督促異議の申立てを"
           f"しなかった。よって、債権者の申立てにより、手続費用額金{C2:,}円を付加して、仮執行の宣言をする。", size=10.5)
    p.gap(1)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　　福岡簡易裁判所　裁判所書記官　沼　端　　由　美", size=10.5)
    p.seal(170, p.y - 5, 13, "square", "福岡簡易裁判所書記官印", angle=0, seed=82091)
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(2)
    p.line("当事者目録", size=11, font="serif-bold", align="c")
    p.kv([("債　権　者", "〒100-0000 東京都千代田区清水坂九丁目9番9号　アイ・アール債権回収株式会社"),
          ("", "代表者代表取締役　龍頭　慎也"),
          ("", "（送達場所）〒812-0000 福岡市博多区蓮見町九丁目9番9号 同社福岡営業所　電話 092-000-5521"),
          ("債　務　者", "〒812-0000 福岡市東区にじが丘九丁目9番9号　越　沼　　健　司")], x=18, label_w=24, size=9.4)
    p.gap(2)
    p.line("請求の趣旨及び原因", size=11, font="serif-bold", align="c")
    rows = [["", "項　目", "金額（円）"], ["１", "譲受債権残元金", f"{P:,}"],
            ["２", f"確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}、年14.6％）", f"{L:,}"],
            ["３", "督促手続費用", f"{C1:,}"], ["４", "仮執行宣言手続費用", f"{C2:,}"], ["", "合　計", f"{T:,}"]]
    p.table(rows, [12, 118, 40], x=22, header=True, aligns="clr", size=9.6, row_h=7)
    p.para(f"５　上記１に対する{fw(era(filed + timedelta(1)))}から完済まで年１４．６％の割合による遅延損害金", x0=22, x1=192,
           size=9.4, indent="")
    for s in ("（原因）１　債務者は、令和3年2月18日、カラマツ信販株式会社（原債権者）との間で立替払契約（商品 家電製品、"
              "分割払手数料年12.0％）を締結した。",
              f"２　債務者は{era(lastp)}の支払を最後に分割金の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は{era(assign)}、本件債権を債権者に譲渡し、債務者に通知した。"):
        p.para(s, x0=22, x1=192, size=9.2, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 27, 0.4, None, (0.94, 0.94, 0.94)))
    p.at(22, y + 6, "この書面を受け取った方へ", size=9.8, font="serif-bold")
    for i, s in enumerate(["この仮執行宣言付支払督促の送達を受けた日から２週間以内に、督促異議の申立てをすることができます。",
                           "督促異議の申立てをしても、仮執行の宣言に基づく強制執行は当然には停止しません。",
                           "お問い合わせ　福岡簡易裁判所民事部督促係　電話 092-000-1027（直通）"]):
        p.at(22, y + 12.5 + i * 5.3, s, size=8.8)
    p.y = y + 30
    p.line(f"これは正本である。　{fw(era(issued))}　福岡簡易裁判所　裁判所書記官　沼端　由美", size=8.8, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="福岡簡易裁判所", phone="092-000-1027",
               creditor="アイ・アール債権回収株式会社", status="licensed", original="カラマツ信販株式会社",
               debtor="越沼健司", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference=case, input_kind="scan_png", template="proxy82_enforceable_real_servicer_one_page",
               received=D(2026, 4, 2))
    return dict(stem="cm09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a court not used before (福岡簡易裁判所): the WHOLE 仮執行宣言付支払督促 on one scanned page — the "
                        "発付 3/2 and 送達 3/5 in one sentence, the 仮執行 cost 「手続費用額金1,220円を付加して」 in prose, a "
                        "当事者目録 with the creditor ★ アイ・アール債権回収株式会社 (in the registry without a number; no number "
                        "printed) and its 送達場所 092 phone (distractor), a 項目 / 金額（円） table with two cost rows (督促手続"
                        "費用 / 仮執行宣言手続費用 → costs = sum) and 合計, running item ５, a 3-line 原因 with 原債権者 カラマツ"
                        "信販 and the 手数料年12.0％ (distractor), the grey 「この書面を受け取った方へ」 box; no interest")


# ---------------------------------------------------------------------------------------------
# cm10 パルティール債権回収 (real) on COMMISSION for a guarantee company: 分割弁済のご提案 by fax.


def cm10():
    R = 14.6
    issued, reply = D(2026, 1, 21), D(2026, 2, 6)
    subro, acc, entr = D(2025, 9, 19), D(2025, 8, 1), D(2025, 12, 1)
    P = 1_046_300
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L
    n, inst = 48, 21_000
    last_amt = P - inst * (n - 1)
    assert last_amt > 0 and inst * (n - 1) + last_amt == P
    gsr = "金糸雀保証株式会社"
    p = Page(font="sans", size=10, top=12)
    p.at(15, 18, "パルティール債権回収株式会社", size=12.5, font="sans-bold")
    p.at(15, 23, "法務大臣許可番号　第113号", size=8.5)
    p.at(196, 16, f"送信日　{jis0(issued)}", size=9.5, align="r")
    p.at(196, 21, "送信枚数　1枚", size=9, align="r")
    p.at(196, 26, "お客様番号　PT-2601-0588", size=9.5, align="r")
    p.y = 32
    p.line("廣津　修　様", size=13)
    p.line("（FAX 0859-00-4471 宛）", size=8.5, color=GRAY)
    p.gap(4)
    p.title("分割弁済のご提案", size=15.5)
    p.para(f"当社は、{gsr}（以下「委託者」）から、同社が貴殿に対して有する求償債権の管理回収業務を{jis0(entr)}付で"
           "受託しております（債権者は委託者です）。", size=9.8)
    p.para(f"委託者は、貴殿の株式会社岩燕銀行に対するマイカーローンの保証人として、貴殿が{jis0(acc)}をもって期限の利益を"
           f"喪失されたことにより、{jis0(subro)}に同行へ代位弁済しております。先日お電話でご相談いただいた内容を委託者と"
           "協議し、下記のとおり分割でのお支払いをご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務（{jis0(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金（代位弁済額）", f"{P:,}円"], [f"遅延損害金（{jis0(subro + timedelta(1))}～、年14.6％）", f"{L:,}円"],
             ["ご債務合計", f"{T:,}円"]], [104, 46], x=24, aligns="lr", size=10, row_h=7.6, ruled="rows")
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    for s in (f"・求償元金 {P:,}円 を {n}回 に分割してお支払いください（遅延損害金 {L:,}円 は、完済を条件に免除いたします）。",
              f"・第1回～第{n - 1}回　毎月27日限り　各 {inst:,}円",
              f"・第{n}回（最終回）　{last_amt:,}円",
              "・第1回のお支払日　令和8年2月27日",
              f"・お支払いを2回分（{inst * 2:,}円）以上怠ったときは、分割の合意は失効し、残額を一括してご請求いたします。"):
        p.para(s, x0=24, x1=192, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 164, 13, 1.0))
    p.at(28, y + 8.6, "ご回答期限", size=11, font="sans-bold")
    p.at(62, y + 8.8, f"{jis0(reply)}（{wd(reply)}）必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("ご提案に同意いただける場合は、同封の「分割弁済合意書」にご署名のうえ、FAX又は郵送でご返送ください。", size=9.3,
           indent="")
    p.para("お振込先（合意後）　ひびき銀行 大阪中央支店 普通預金 1130588 パルティールサイケンカイシユウ（カ", size=9.0,
           indent="")
    p.para("委託者保証番号 KN-25-33107（ご参考）", size=8.6, indent="")
    p.gap(3)
    p.line("パルティール債権回収株式会社　西日本センター　担当 三ッ股", x=92, size=9.5, font="sans-bold")
    p.line("〒530-0000 大阪市北区渚町九丁目9番9号", x=92, size=8.5)
    p.line("TEL 06-0000-1130　FAX 06-0000-1131", x=92, size=9.5)
    p.seal(188, p.y - 10, 12, "square", "パルティール債権回収印", angle=2, seed=82101)
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="06-0000-1130", creditor=gsr, status="licensed", original=gsr, debtor="廣津修", total=T,
               principal=P, interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               acceleration=acc, last_payment=None, assignment=None, reference="PT-2601-0588",
               input_kind="fax_tiff", template="proxy82_servicer_commission_guarantor_instalment_fax",
               received=issued)
    return dict(stem="cm10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:52 PARTIR SV WEST 06-0000-1131",
                about="settlement_proposal (real servicer on commission for a guarantee company, fax)",
                unusual="one-page G4 fax of the real servicer ★ パルティール債権回収株式会社 (「第113号」 under the name "
                        "top-LEFT) collecting ON COMMISSION for a guarantee company: 「（債権者は委託者です）」 → creditor = "
                        "original = 金糸雀保証株式会社; EVERY date in zero-padded JIS form (R08.01.21, R07.09.19 …); the bank "
                        "株式会社岩燕銀行 and the 代位弁済 only in the prose; a rows-ruled 現在のご債務 table (求償元金（代位弁済額） "
                        "/ 遅延損害金 / ご債務合計); the plan (48回, 21,000円, the last 59,300円, first R8.2.27, the 42,000円 "
                        "threshold) and the waiver as distractors; a framed ご回答期限 …必着; the addressee's own FAX "
                        "number under his name and the 委託者保証番号 as distractors; no last payment printed")


# ---------------------------------------------------------------------------------------------
# cm11 アビリオ債権回収 (real): its MANDATE ENDS — from April the bank collects again; claims nothing; fax.


def cm11():
    issued, end, lastp = D(2026, 3, 18), D(2026, 3, 31), D(2026, 2, 27)
    bank = "株式会社霞浦銀行"
    p = Page(font="sans", size=10.5, top=14)
    p.at(15, 19, "ABILIO", size=14, font="sans-bold", color=OLIVE)
    p.at(44, 19, "アビリオ債権回収株式会社", size=11, font="sans-bold", color=OLIVE)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "お客様番号　AB-7204-1186", size=9.5, align="r")
    p.y = 30
    p.line("釈迦堂青果店", size=10.5)
    p.line("釈迦堂　勝利　様", size=13.5)
    p.line("（送信先 FAX 029-000-8840）", size=8.5, color=GRAY)
    p.gap(6)
    p.title("債権管理回収業務の委託終了のお知らせ", size=15)
    p.para(f"当社は、{bank}（以下「委託者」）から、貴殿に対する事業者ローン債権の管理及び回収業務の委託を受けてまいりましたが、"
           f"委託者との契約により、{era(end)}をもって当該業務の委託が終了することとなりましたので、お知らせいたします。")
    p.para(f"貴殿からは、当社との間でお取り決めいただいた分割弁済により、{era(lastp)}まで毎月のお支払いをいただいております。"
           "お支払いいただいた金額は、すべて委託者の債権に充当されております。")
    p.para("令和8年4月1日以降のお支払い及びお問い合わせは、委託者へ直接お願いいたします。ご債務の内容及びお取り決めいただいた"
           "分割弁済の条件に変更はございません。当社口座へのお振込みは3月31日までにお願いいたします。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("債権者", f"{bank}（委託者）"), ("委託終了日", era(end)), ("当社での最終ご入金日", era(lastp)),
          ("4月以降のお問い合わせ先", f"{bank}　融資管理部　電話 029-000-4120"),
          ("委託者のご融資番号", "0553-118-2270")], x=24, label_w=52, size=10)
    p.gap(3)
    p.para("※本状は、債権の譲渡又は新たなご請求をお知らせするものではありません。残高につきましては、委託者から別途ご案内が"
           "ございます。", size=9.5, indent="")
    p.gap(6)
    for s, sz, f in (("アビリオ債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第5号", 9, "sans"),
                     ("〒135-0000 東京都江東区蓮見町九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-0505　FAX 03-0000-0506　担当 荻窪", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 14, 12, "square", "アビリオ債権回収印", angle=-3, seed=82111)
    tr = truth(document_type="other", sender="アビリオ債権回収株式会社", license_number=5, phone="03-0000-0505",
               creditor=bank, status="licensed", original=bank, debtor="釈迦堂勝利", lump=False, issued=issued,
               payment_due=None, acceleration=None, last_payment=lastp, reference="AB-7204-1186",
               input_kind="fax_tiff", template="proxy82_servicer_mandate_ends_bank_collects_again", received=issued)
    return dict(stem="cm11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:08 ABILIO SERVICER 03-0000-0506",
                about="other (real servicer: its mandate ends, the bank collects again; claims nothing)",
                unusual="a fax from the real servicer ★ アビリオ債権回収株式会社 (Latin logo 「ABILIO」, 「第5号」) that claims "
                        "NOTHING: its 委託 from the bank ends on 3/31 and from April the debtor pays the bank again; no amount "
                        "anywhere (every amount null); the addressee is a shop name over the owner's name with his own FAX "
                        "number; a kv 記 with 債権者 = the bank (委託者), 委託終了日, 当社での最終ご入金日 (→ last payment), the "
                        "BANK's phone for April (distractor: sender phone is the servicer's TEL) and the bank's ご融資番号 "
                        "(distractor); 「債権の譲渡又は新たなご請求をお知らせするものではありません」")


# ---------------------------------------------------------------------------------------------
# cm12 鷺ノ宮保証 (guarantee company) 縦書き 代位弁済通知書 (内容証明), scanned: creditor the guarantor, the bank original.


def cm12():
    R = 14.0
    issued, due = D(2026, 2, 5), D(2026, 2, 20)
    subro, acc, lastp = D(2026, 1, 23), D(2025, 12, 2), D(2025, 9, 26)
    P = 2_318_640
    L = late(P, R, subro + timedelta(1), issued)
    T = P + L

    def k(n):
        return yen(n, "kanji")

    cols = [
        ("title", "代位弁済通知書"),
        ("body", "貴殿が株式会社灘浜銀行との間で締結した教育ローン契約について、当社は貴殿の委託に基づき連帯保証をしており"
                 "ました。ところが、貴殿は" + kdate(lastp) + "の返済を最後に返済を怠り、" + kdate(acc) + "の経過をもって期限の"
                 "利益を喪失されました。"),
        ("body", f"そのため当社は、同行の請求により、{kdate(subro)}、保証債務の履行として左記の金額を同行に代位弁済いたし"
                 "ました。よって当社は、貴殿に対し、左記の求償債権を取得しましたので、本書をもって通知いたします。"),
        ("body", f"つきましては、左記合計額を{kdate(due)}限り、一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（代位弁済額）　{k(P)}"),
        ("indent", f"二　損害金　　　　　　　　　{k(L)}"),
        ("plain", f"　　（{kdate(subro + timedelta(1))}から本書作成日まで年十四パーセント）"),
        ("indent", f"三　合計　　　　　　　　　　{k(T)}"),
        ("body", "なお、右期限までにお支払いのない場合は、法的手続により回収を図ることとなりますので、念のため申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "神奈川県横浜市中区御影台九丁目九番九号"),
        ("low", "鷺ノ宮保証株式会社"),
        ("low", "代表取締役　蚊野　雅彦"),
        ("low", f"電話　{kanji_digits('045')}（〇〇〇）{kanji_digits('8126')}"),
        ("low", "保証番号　ＳＧ－２６０１５８"),
        ("blank", ""),
        ("low", "神奈川県藤沢市竜胆台九丁目九番九号"),
        ("low", "浜脇　玲子　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vcheck_era(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 82121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "蚊野" in it.s and "代表" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 14) * size * 0.3528 * 1.05, 12, "round", "鷺ノ宮保証|代表/取締役",
                         angle=-6, seed=82122))
    tr = truth(document_type="acceleration_notice", sender="鷺ノ宮保証株式会社", phone="045-000-8126",
               creditor="鷺ノ宮保証株式会社", status="not_applicable", original="株式会社灘浜銀行", debtor="浜脇玲子",
               total=T, principal=P, interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="SG-260158", input_kind="vertical_scan",
               template="proxy82_vertical_guarantor_subrogation_kanji", received=D(2026, 2, 9))
    return dict(stem="cm12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (guarantee company 代位弁済通知, 縦書き 内容証明)",
                unusual="縦書き 代位弁済通知書 of a guarantee company for a bank's 教育ローン, scanned, with the 内容証明 stamp "
                        "and a round 代表者印: the last payment, the bank's 喪失 「の経過をもって」 and the 代位弁済 date all in "
                        "kanji in the prose; amounts in KANJI NUMERALS with units (金二百三十一万八千六百四十円); 求償元金"
                        "（代位弁済額） / 損害金 / 合計 with 年十四パーセント; 「限り、一括して」; phone in kanji digits; 保証番号 "
                        "ＳＧ－２６０１５８ in full-width at the end of the sender block")


# ---------------------------------------------------------------------------------------------
# cm13 オリックス債権回収 (real) BOUGHT a bank's free loan: 一括ご請求書, phone photo.


def cm13():
    R = 18.0
    issued, due = D(2026, 1, 15), D(2026, 1, 30)
    acc, lastp, assign = D(2025, 7, 15), D(2025, 4, 10), D(2025, 10, 31)
    P, I = 1_127_400, 19_836
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 24, color=None, fill=(0.99, 0.90, 0.92)))
    p.at(15, 11, "オリックス債権回収株式会社", size=13, font="sans-bold", color=CRIMSON)
    p.at(15, 17, "法務大臣許可番号第11号", size=8.5, color=CRIMSON)
    stamp(p, 150, 7, "親展・重要", color=CRIMSON, size=11, w=46, h=10)
    p.y = 30
    p.line("〒860-0000　熊本市中央区さくら通九丁目9番9号", size=10)
    p.line("志茂　大輔　様", size=13.5)
    y0 = 29
    p.add(Box(120, y0, 76, 30, 0.3, CRIMSON))
    for i, (a, b) in enumerate((("発行日", era(issued)), ("お客様番号", "OX-2601-58213"), ("原債権者", "株式会社千歳坂銀行"),
                                ("ご契約", "ちとせフリーローン"), ("債権譲受日", era(assign)))):
        p.at(123, y0 + 5.5 + i * 5.4, a, size=8, color=GRAY)
        p.at(145, y0 + 5.5 + i * 5.4, b, size=9)
    p.y = 64
    p.title("一括ご請求書", size=17, color=CRIMSON)
    p.para(f"貴殿が株式会社千歳坂銀行からお借入れのフリーローン債権は、{era(assign)}付で同行から当社へ譲渡されております。貴殿は"
           f"{era(acc)}をもって期限の利益を喪失されておりますので、下記のご請求金額を一括してお支払いください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 42, 0.6, CRIMSON))
    p.add(Box(15, y, 181, 9, color=None, fill=CRIMSON))
    p.at(105.5, y + 6.3, f"ご請求金額の内訳　（{era(issued)}現在）", size=10.5, font="sans-bold", color=WHITE, align="c")
    rows = [("元金", P), ("利息", I), ("遅延損害金　年18.0％", L)]
    for i, (a, v) in enumerate(rows):
        yy = y + 16 + i * 6.8
        p.at(24, yy, a, size=10.5)
        p.at(120, yy, f"{v:,}円", size=10.5, align="r")
    p.add(Line(24, y + 32.5, 120, y + 32.5, 0.4))
    p.at(24, y + 38.5, "ご請求金額", size=11.5, font="sans-bold")
    p.at(120, y + 38.5, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.add(Line(130, y + 12, 130, y + 40, 0.3, CRIMSON))
    p.at(163, y + 18, "お支払期限", size=10, font="sans-bold", color=CRIMSON, align="c")
    p.at(163, y + 28, f"{era(due)}", size=11.5, font="sans-bold", align="c")
    p.at(163, y + 35, f"（{wd(due)}曜日）", size=10, align="c")
    p.y = y + 48
    p.kv([("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)), ("当初ご契約日", "令和3年6月8日（ご融資額 1,500,000円）")],
         x=20, label_w=38, size=9.5)
    p.gap(2)
    p.para("お振込先　肥後あさひ銀行 本店営業部 普通預金 5821300 オリツクスサイケンカイシユウ（カ", size=9.3, indent="")
    p.para("※ご返済のご相談（分割払い等）は、お支払期限までに下記へお電話ください。", size=9.3, indent="")
    p.para("※本状と行き違いにお支払いいただいた場合は、何卒ご容赦ください。", size=9.0, indent="")
    qr(p, 20, p.y + 3, 18, "cm13-qr")
    p.at(42, p.y + 12, "← スマートフォンでお支払い方法のご案内を", size=8)
    p.y += 26
    for s, sz in (("オリックス債権回収株式会社　九州回収センター", 10), ("〒812-0000 福岡市博多区二葉町九丁目9番9号", 8.5),
                  ("フリーコール 0120-000-115　担当 阿仁", 10)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz == 10 and "株式会社" in s else "sans")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-115", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社千歳坂銀行", debtor="志茂大輔", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="OX-2601-58213", input_kind="photo_jpeg",
               template="proxy82_servicer_bought_bank_free_loan_photo", received=D(2026, 1, 17))
    return dict(stem="cm13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer that bought a bank's free loan, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow at the bottom; real servicer ★ "
                        "オリックス債権回収株式会社 with 「法務大臣許可番号第11号」 (no spaces) on a pink top band and a "
                        "「親展・重要」 stamp; a framed info box top-right (発行日, お客様番号, 原債権者, ご契約, 債権譲受日); "
                        "the amounts in a crimson-headed box with the お支払期限 to the RIGHT over two lines (date, then "
                        "「（金曜日）」); 当初ご契約日 / ご融資額 1,500,000円 and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# cm14 SCAM: 「債権移行」 to a fake 債権管理保全機構 with a fake licence; phone photo.


def cm14():
    issued, due = D(2026, 1, 20), D(2026, 1, 23)
    T = 148_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 11, "最終通達", color=RED, size=13, fill=RED)
    stamp(p, 48, 11, "親展", color=RED, size=13)
    p.at(196, 16, "令和8年1月20日", size=10, align="r")
    p.at(196, 21.5, "登録番号　ら－７７３１", size=10, align="r")
    p.y = 28
    p.line("熊本市中央区さくら通九丁目9番9号", size=10.5)
    p.line("志茂　大輔　様", size=14)
    p.gap(6)
    p.line("債権移行に伴う和解手続のご案内", size=17, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿がご利用されていた金融機関の未払債権につきまして、債権移行が完了し、当機構が法務大臣の許可のもと回収業務を"
           "受託いたしましたのでお知らせいたします。")
    p.para("現在、貴殿の債権は「差押え対象債権」として登録されており、このままでは給与・預金・自動車等の差押えが執行されます。"
           "ただし、期限内に下記の和解金をお支払いいただいた場合に限り、残りの債務はすべて免除となり、差押えは取り消されます。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 32, 1.2, RED, (1.0, 0.95, 0.95)))
    p.at(30, y + 9, "和解金（一括）", size=12, font="sans-bold")
    p.at(180, y + 10, f"{T:,}円", size=20, font="sans-bold", align="r", color=RED)
    p.add(Line(30, y + 14, 180, y + 14, 0.3, RED))
    p.at(30, y + 23, "お振込期限", size=12, font="sans-bold")
    p.at(180, y + 24, f"1月23日（{wd(due)}）正午", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 37
    p.para("お振込先　ゆうなみ銀行 本町支店 普通 8830217 名義 カ）サイケンホゼンキコウ　※コンビニ払い・電子マネーでの"
           "お支払いも担当者がご案内いたします。", size=10, indent="")
    p.para("※本件はご本人様の信用情報に関わるため、ご家族・弁護士・金融機関への口外は固くお断りいたします。", size=9.5,
           indent="")
    p.para("※期限を過ぎますと、裁判所を通じた強制執行の手続に移行し、和解はできなくなります。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(55, y, 141, 34, 0.5))
    p.at(60, y + 8, "ネモフィラ債権管理保全機構株式会社", size=12.5, font="sans-bold")
    p.at(60, y + 14, "法務大臣許可番号　第312号　／　債権回収受託機関", size=9)
    p.at(60, y + 20, "東京都千代田区丸の内（ビル名省略）", size=9)
    p.at(60, y + 27, "担当直通 080-0000-2917（土日祝も受付 8:00～22:00）", size=10.5, font="sans-bold")
    p.seal(35, y + 16, 16, "round", "保全機構|代表/之印", angle=-10, seed=82141)
    tr = truth(document_type="other", sender="ネモフィラ債権管理保全機構株式会社", license_number=312,
               phone="080-0000-2917", creditor=None, status="not_licensed", original=None, debtor="志茂大輔", total=T,
               lump=False, issued=issued, payment_due=due, reference="ら-7731", is_scam=True, input_kind="photo_jpeg",
               template="proxy82_scam_debt_moved_settlement_fee", received=None)
    return dict(stem="cm14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.08, tilt=3.5, creases=2, fill=0.8, glare=24, warm=0.3),
                about="other (scam: the debt 「moved」 to a fake 保全機構)",
                unusual="架空請求 photographed on tatami at a steep angle with a lamp glare, sent to the same man as cm13: "
                        "「債権移行」 to a fake 「ネモフィラ債権管理保全機構株式会社」 that says it 「受託」 the claim of an "
                        "UNNAMED 「ご利用されていた金融機関」 (creditor and original null); a fake 「法務大臣許可番号　第312号"
                        "　／　債権回収受託機関」 (→ not_licensed); red 最終通達 / 親展 stamps; 和解金 148,000円 that "
                        "「免除」 the rest; a three-day deadline 「1月23日（金）正午」; a 080 担当直通; katakana account "
                        "name; 「弁護士…への口外は固くお断り」; 登録番号 ら－７７３１ (hiragana)")


# ---------------------------------------------------------------------------------------------
# cm15 株式会社住宅債権管理回収機構 (real) writes to the 連帯保証人 (debtor = the guarantor); iPhone HEIC.


def cm15():
    R = 14.0
    issued, due = D(2026, 2, 25), D(2026, 3, 13)
    acc, lastp, assign, sale = D(2024, 11, 20), D(2024, 8, 26), D(2025, 6, 30), D(2025, 10, 24)
    P = 4_862_150
    L = late(P, R, sale + timedelta(1), issued)
    T = P + L
    srv = "株式会社住宅債権管理回収機構"
    p = Page(font="serif", size=10.5, top=14)
    p.at(15, 19, "住宅債権管理回収機構", size=13, font="serif-bold", color=SLATE)
    p.at(196, 17, era(issued), size=10, align="r")
    p.at(196, 22.5, "お客様番号　91-0225-6604", size=9.5, align="r")
    p.y = 30
    p.line("〒651-0000　兵庫県神戸市中央区緑苑九丁目9番9号", size=10)
    p.line("連帯保証人", size=9.5)
    p.line("脇坂　さおり　様", size=14)
    p.gap(6)
    p.title("保証債務のご履行についてのお願い", size=15, font="serif-bold")
    p.para("前略　貴殿は、下記主債務者が御影台信用金庫との間で締結した住宅ローン契約について、同金庫に対し連帯保証をされて"
           "おります。")
    p.para(f"主債務者は{era(lastp)}を最後にご返済がなく、{era(acc)}の経過をもって期限の利益を喪失し、その後、当社は"
           f"{era(assign)}付で同金庫から本件債権を譲り受けました。{era(sale)}、担保物件の任意売却により売却代金を充当いたし"
           "ましたが、なお下記の残債務がございます。")
    p.para(f"つきましては、連帯保証人である貴殿に、下記金額を{era(due)}（{wd(due)}）までにお支払いいただきますよう、本書をもって"
           "ご請求申し上げます。主債務者様にも同様のご案内をお送りしております。", size=10.5)
    p.line("草々", align="r")
    p.gap(1)
    p.line("記", align="c")
    p.table([["主債務者", "長利　正樹　様（兵庫県明石市）"], ["原債権者", "御影台信用金庫"], ["当社譲受日", era(assign)],
             ["期限の利益喪失日", era(acc)], ["最終ご返済日（主債務者）", era(lastp)]],
            [56, 110], x=22, aligns="ll", size=9.8, row_h=7.2, shade_col0=True)
    p.gap(3)
    p.table([["残元金（任意売却後）", f"{P:,}円"], ["遅延損害金（令和7年10月25日から年14％）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [116, 50], x=22, aligns="lr", size=10.5, row_h=8)
    p.line(f"（{era(issued)}現在）", x=150, size=8.5)
    p.gap(2)
    p.para("お振込先　みなと湾岸銀行 三宮支店 普通預金 9106604 カ）ジユウタクサイケンカンリカイシユウキコウ", size=9.3, indent="")
    p.para("ご一括でのお支払いが難しい場合には、お支払期限までにご相談ください。", size=9.3, indent="")
    p.gap(4)
    p.line(srv + "　関西支店", x=96, size=10.5, font="serif-bold")
    p.line("法務大臣許可番号　第91号", x=96, size=9)
    p.line("〒530-0000 大阪市北区鏡町九丁目9番9号", x=96, size=8.5)
    p.line("電話 06-0000-9104（平日9時～17時）　担当 神威", x=96, size=9.5)
    p.seal(188, p.y - 14, 12, "square", "住宅債権管理回収機構印", angle=3, seed=82151)
    tr = truth(document_type="collection_notice", sender=srv, license_number=91, phone="06-0000-9104", creditor=srv,
               status="licensed", original="御影台信用金庫", debtor="脇坂さおり", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="91-0225-6604", input_kind="photo_heic",
               template="proxy82_servicer_to_joint_guarantor_after_sale", received=D(2026, 2, 27))
    return dict(stem="cm15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.85, warm=0.2),
                about="collection_notice (real servicer to the 連帯保証人, rest after a 任意売却)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; real servicer ★ 株式会社住宅債権管理回収"
                        "機構 (logo without 株式会社; 「第91号」 in the sender block at the bottom) writes to the 連帯保証人: "
                        "「連帯保証人」 on its own line over the addressee (debtor = the guarantor); the 主債務者 長利 正樹 "
                        "named in the prose and as the FIRST row of a shaded-label table (distractor); 原債権者 a 信用金庫 "
                        "(no 株式会社); 前略 … 草々; the 任意売却 date (distractor) in the prose and the damage label; no "
                        "interest; a 2-row + total amount table; お客様番号 of digits and hyphens")


# ---------------------------------------------------------------------------------------------
# cm16 invented servicer 柘榴債権回収 「債権譲受のご通知」: sender block at the BOTTOM, the licence on its OWN line; sideways photo.


def cm16():
    R = 14.0
    issued, assign = D(2025, 11, 27), D(2025, 11, 14)
    acc, lastp = D(2025, 3, 18), D(2024, 12, 25)
    P, I = 795_000, 11_406
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    srv = "柘榴債権回収株式会社"
    p = Page(font="sans", size=10.5, top=16)
    p.line(f"{fw(era(issued))}", align="r", size=10)
    p.line("管理No.　ZK-1127-0093", align="r", size=9.5)
    p.gap(2)
    window(p, 15, 30, "904-0000", ["沖縄県うるま市カラマツ通九丁目9番9号"], "國吉　恒夫　様", "cm16", w=96, h=32)
    p.y = 70
    p.title("債権譲受のご通知", size=16)
    p.para(f"当社は、汐彩信用金庫（以下「譲渡人」）が貴殿に対して有する下記債権を、{fw(era(assign))}付で譲渡人から譲り受け"
           "ました。譲渡人からも同日付で債権譲渡の通知がなされております。")
    p.para("今後、本債権のお支払い及びご連絡は、すべて当社宛てにお願いいたします。お支払方法につきましては、お手数ですが"
           "下記担当までお電話にてご相談ください。")
    p.gap(2)
    p.line("記", align="c")
    for lab, val in (("ご契約内容", "しおさいフリーローン（平成30年7月2日ご契約）"), ("最終ご返済日", fw(era(lastp))),
                     ("期限の利益喪失日", fw(era(acc))), ("債権譲受日", fw(era(assign)))):
        b = p.line(lab, x=26, size=10)
        p.at(70, b, val, size=10)
    p.gap(2)
    p.line(f"譲受債権の額（{fw(era(assign))}現在）", x=26, size=10, font="sans-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], ["遅延損害金（年14.0％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [80, 50], x=34, aligns="lr", size=10.5, row_h=7.8, ruled="rows")
    p.gap(3)
    p.para("※上記元金に対しては、債権譲受日の翌日以降も年14.0％の割合による遅延損害金が発生いたします。", size=9, indent="")
    p.para("※本状と行き違いに譲渡人へお支払いをされた場合は、お手数ですが当社までご連絡ください。", size=9, indent="")
    p.line("以上", align="r")
    p.gap(8)
    p.add(Line(96, p.y, 196, p.y, 0.3, GRAY))
    p.gap(3)
    p.line(srv, x=100, size=12, font="sans-bold")
    p.line("法務大臣許可番号　第244号", x=100, size=9.5)
    p.line("〒900-0000 沖縄県那覇市灘浜九丁目9番9号", x=100, size=8.8)
    p.line("お客様相談室　TEL 098-000-2440", x=100, size=9.8)
    p.line("受付時間 平日9:00～17:00　担当 觜本", x=100, size=8.8)
    p.seal(190, p.y - 24, 12, "square", "柘榴債権回収印", angle=-4, seed=82161)
    tr = truth(document_type="assignment_notice", sender=srv, license_number=244, phone="098-000-2440", creditor=srv,
               status="unverified", original="汐彩信用金庫", debtor="國吉恒夫", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="ZK-1127-0093", input_kind="photo_exif_rotated",
               template="proxy82_invented_servicer_takeover_notice_bottom_block_rotated", received=D(2025, 12, 1))
    return dict(stem="cm16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.6, creases=2, shadow=0.2, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="assignment_notice (invented servicer alone, sender block at the bottom)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases and a hand shadow; "
                        "「債権譲受のご通知」 sent by the INVENTED servicer alone (譲受人): NOTHING at the top but the date, "
                        "管理No. and a window address — the sender block is at the very BOTTOM under a hairline, the name on "
                        "one line and 「法務大臣許可番号　第244号」 on its OWN line below it (→ unverified); the 譲渡人 a 信用金庫 "
                        "(汐彩信用金庫, no 株式会社) called 「譲渡人」 in the prose; full-width era dates in label lines; a "
                        "rows-ruled 元金 / 利息 / 遅延損害金 / 合計 table as of the 譲受日; 平成30年 contract date as a "
                        "distractor; informs only (no payment date)")


LETTERS = [cm09, cm10, cm11, cm12, cm13, cm14, cm15, cm16]
