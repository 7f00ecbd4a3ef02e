"""Proxy set 35, letters ar09–ar16: "a month of mail at a support office" (September 2026). A consumer lender's
縦書き 債権譲渡通知 to an invented servicer, a real servicer's 和解 proposal by fax, a 簡裁 支払督促, a 簡裁 (ハ) 呼出状
with its 訴状, a 仮執行宣言付支払督促, a card company's harmless notice photographed sideways, a scam 最終通知書 and an
auto-loan company's 残債務一括 demand."""

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
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number, kanji_small
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ONE = timedelta(1)
INDIGO = (0.16, 0.18, 0.45)
FOREST = (0.10, 0.35, 0.18)
VIOLET = (0.35, 0.20, 0.55)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def md(d: D) -> str:
    return f"{d.month}月{d.day}日"


def yn(n: int) -> str:
    return f"{n:,}円"


def kd(d: D) -> str:
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


# ---------------------------------------------------------------------------------------------
# ar09 縦書き 債権譲渡通知書 sent by the consumer lender alone; the 譲受人 is an invented servicer; scanned.


def ar09():
    R = 20.0
    issued, assign = D(2026, 9, 11), D(2026, 9, 1)
    acc, lastp = D(2026, 3, 16), D(2025, 12, 15)
    P, I = 362_000, 5_310
    L = late(P, R, acc + ONE, assign)
    T = P + I + L

    def kn(n: int) -> str:
        return "金" + kanji_number(n) + "円"

    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　当社は、貴殿との間の令和二年七月九日付金銭消費貸借契約に基づき、貴殿に対し左記の貸金債権を有して"
                 "おります。"),
        ("body", f"今般、当社は右債権を、{kd(assign)}付をもって、左記譲受人に譲渡いたしましたので、民法第四百六十七条に基づき"
                 "本書をもってご通知申し上げます。"),
        ("body", "今後のお支払い及びお問い合わせは、すべて譲受人に対してなさいますようお願い申し上げます。　敬具"),
        ("indent", "記"),
        ("indent", "一　譲受人"),
        ("plain", "　　　東京都豊島区竜胆町一丁目十番三号"),
        ("plain", "　　　天狼債権回収株式会社"),
        ("indent", "二　譲渡債権の表示（譲渡日現在）"),
        ("plain", f"　　　貸付元金　　{kn(P)}"),
        ("plain", f"　　　未収の利息　{kn(I)}"),
        ("plain", f"　　　遅延損害金　{kn(L)}"),
        ("plain", "　　　　（年二十パーセント）"),
        ("plain", f"　　　譲渡債権の総額　{kn(T)}"),
        ("indent", f"三　最終ご返済日　{kd(lastp)}"),
        ("indent", f"四　期限の利益喪失日　{kd(acc)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "北海道札幌市中央区朴ノ木通十二丁目一番地"),
        ("low", "電話　〇一一（〇〇〇）" + kanji_digits("3901")),
        ("low", "株式会社ほくしん"),
        ("low", "代表取締役　晝間　信吾"),
        ("blank", ""),
        ("low", "埼玉県越谷市檀町二丁目八番地の五"),
        ("low", "又吉　美咲　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 35091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "晝間" in it.s]
    pg.items.append(Seal(xs[0] - 3.5, 22.0 + (8 + 12) * size * 0.3528 * 1.05, 11, "round", "株式会社ほくしん|代表/取締役",
                         angle=-6, seed=35092))
    tr = truth(document_type="assignment_notice", sender="株式会社ほくしん", phone="011-000-3901",
               creditor="天狼債権回収株式会社", status="not_applicable", original="株式会社ほくしん", debtor="又吉美咲",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, assignment=assign, reference=None, input_kind="vertical_scan",
               template="proxy35_vertical_assignment_by_lender_alone", received=D(2026, 9, 14))
    return dict(stem="ar09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (consumer lender alone → invented servicer, 縦書き)",
                unusual="縦書き 債権譲渡通知書 (拝啓 … 敬具) sent by the 譲渡人 alone, a consumer lender with a one-word "
                        "hiragana name 「株式会社ほくしん」 and a round 代表取締役 seal, scanned with the 内容証明 stamp; the "
                        "譲受人 an INVENTED servicer 天狼債権回収株式会社 named with its address under 記 (no licence number "
                        "printed; the sender is the lender → not_applicable); positional kanji amounts with the labels 貸付元金 "
                        "/ 未収の利息 / 遅延損害金 / 譲渡債権の総額 and 年二十パーセント on its own line; 令和二年 contract date; "
                        "民法第四百六十七条; NO reference number (null); phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# ar10 アウロラ債権回収 (real, 第76号) 和解のご提案, 2-page fax; p.2 the reply form.


def ar10():
    R = 14.6
    issued, reply = D(2026, 9, 14), D(2026, 9, 30)
    acc, lastp, assign = D(2025, 5, 20), D(2025, 2, 25), D(2025, 11, 28)
    P, I = 512_800, 9_640
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    n, a = 24, 21_366
    last_amt = P - a * (n - 1)
    assert a * (n - 1) + last_amt == P and 0 < last_amt - a < 100
    lump_alt = 460_000
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, "送信日：" + f"{issued.year}年{issued.month:02d}月{issued.day:02d}日", size=9)
    p.at(15, 21, "送信枚数：2枚（本紙含む）", size=9)
    p.at(195, 16, "お客様コード：AU-76-33018", size=9.5, align="r")
    p.add(Line(15, 24, 195, 24, 0.4))
    p.y = 29
    p.line("具志堅　剛　様", size=13.5)
    p.gap(3)
    p.line("ご返済条件のご提案（和解のご案内）", size=15, font="sans-bold", align="c")
    p.gap(3)
    p.para(f"株式会社ミザールファイナンスから当社が{wdate(assign)}に譲り受けた貴殿の債務について、お電話でご相談いただいた"
           "内容を踏まえ、下記のとおりご返済条件をご提案いたします。", size=9.8)
    p.gap(1)
    p.line("１．現在のご債務", size=10.5, font="sans-bold")
    p.table([["元　金", "利　息", "遅延損害金（年14.6%）", "ご債務の総額"], [yn(P), yn(I), yn(L), yn(T)]],
            [40, 36, 50, 48], x=18, header=True, aligns="rrrr", size=10, row_h=8)
    p.line(f"（{wdate(issued)}現在。期限の利益喪失日 {wdate(acc)}、最終ご入金日 {wdate(lastp)}）", x=18, size=8.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    p.para(f"元金{yn(P)}のみを{n}回の分割でお支払いいただくことを条件に、利息{yn(I)}及び遅延損害金{yn(L)}の全額を"
           "免除いたします。", size=9.8)
    p.table([["回数", "お支払期日", "お支払額"], ["第1回", "2026年10月末日", yn(a)],
             [f"第2回～第{n - 1}回", "毎月末日", f"各{yn(a)}"], [f"第{n}回", "2028年9月末日", yn(last_amt)],
             ["計", f"{n}回", yn(P)]], [40, 60, 50], x=30, header=True, aligns="ccr", size=9.5, row_h=7)
    p.para(f"（別案）{wdate(D(2026, 10, 30))}までに{yn(lump_alt)}を一括でお支払いいただける場合は、残額を免除いたします。",
           size=9.3, indent="")
    p.para("※分割金の支払を2回分以上怠ったときは、免除の効力は失われ、ご債務の総額から既払金を控除した残額を一括してご請求"
           "いたします。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 14, 1.2))
    p.at(22, y + 9.2, "ご回答期限", size=11, font="sans-bold")
    p.at(56, y + 9.4, f"{wdate(reply)}（{wd(reply)}）", size=13, font="sans-bold")
    p.at(188, y + 9.2, "2枚目の承諾書をFAXでご返送ください", size=8.5, align="r")
    p.y = y + 18
    p.para("期限までにご回答のない場合、本提案は撤回されたものとし、ご債務の総額の一括でのお支払いをお願いすることになります。",
           size=9, indent="")
    p.gap(3)
    for s, sz, f in (("アウロラ債権回収株式会社", 11.5, "sans-bold"), ("法務大臣許可番号：第76号", 9, "sans"),
                     ("〒060-0000 札幌市北区葦原台3条7丁目2-1　お客様相談室", 8.5, "sans"),
                     ("TEL 011-000-7676 ／ FAX 011-000-7677　担当 重盛", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="sans", size=10.5, top=18)
    q.line("アウロラ債権回収株式会社　お客様相談室　行（FAX 011-000-7677）", size=10)
    q.gap(6)
    q.line("和 解 条 件 承 諾 書", size=16, font="sans-bold", align="c")
    q.gap(6)
    q.para("私は、貴社の令和8年9月14日付「ご返済条件のご提案」の内容を承諾し、次の方法で支払います。")
    q.gap(4)
    for s in (f"□　{n}回分割（第1回 2026年10月末日、毎月末日 {yn(a)}、最終回 {yn(last_amt)}）",
              f"□　一括（{wdate(D(2026, 10, 30))}までに {yn(lump_alt)}）",
              "□　上記以外の方法を希望する（ご希望：　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=25)
        q.gap(3)
    q.gap(10)
    q.line("令和　　年　　月　　日", x=25)
    q.gap(6)
    for lab in ("ご住所", "お名前", "お電話番号", "お客様コード　AU-76-33018"):
        q.line(lab, x=25)
        q.add(Line(55, q.y - 1, 185, q.y - 1, 0.3))
        q.gap(6)
    tr = truth(document_type="settlement_proposal", sender="アウロラ債権回収株式会社", license_number=76,
               phone="011-000-7676", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社ミザールファイナンス", debtor="具志堅剛", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="AU-76-33018", input_kind="fax_tiff",
               template="proxy35_real_servicer_settlement_fax_reply_form", received=issued)
    return dict(stem="ar10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:48 AURORA SAIKEN 011-000-7677",
                about="settlement_proposal (real servicer, 24 instalments, 2-page fax)",
                unusual="2-page G4 fax with no letterhead at the top: 送信日： / 送信枚数： top-left in 2026年09月14日 form, "
                        "お客様コード： top-right; real servicer ★ アウロラ債権回収株式会社 with 「法務大臣許可番号：第76号」 "
                        "(colon) only in the sender lines at the bottom; a one-row 現在のご債務 table 元金 / 利息 / 遅延損害金 / "
                        "ご債務の総額 with 喪失日 and 最終ご入金日 in a bracket line below; the plan (21,366 × 23 + 21,382, "
                        "2026年10月末日 … 2028年9月末日) and a 別案 460,000 by 2026年10月30日 as distractors; a heavy ご回答"
                        "期限 box; p.2 a 和解条件承諾書 with tick boxes; TEL ／ FAX on one line")


# ---------------------------------------------------------------------------------------------
# ar11 岸和田簡易裁判所 支払督促 on one scanned page, creditor a credit company.


def ar11():
    R = 14.6
    issued, filed = D(2026, 9, 9), D(2026, 8, 25)
    acc, lastp = D(2026, 3, 2), D(2025, 12, 26)
    P, I = 455_600, 7_930
    L = late(P, R, acc + ONE, filed)
    fee, post, doc = 2_500, 1_120, 800
    C = fee + post + doc
    T = P + I + L + C
    case = "令和8年(ロ)第412号"
    p = Page(font="serif", size=10.5, top=14)
    p.at(195, 18, fw("令和8年（ロ）第412号"), size=10.5, align="r")
    p.y = 22
    p.line("支　払　督　促", size=18, font="serif-bold", align="c")
    p.gap(2)
    p.table([["債権者", "アンタレス信販株式会社（〒530-0000 大阪市北区茅野台2-2-14　代表者代表取締役　金丸　誠司）"],
             ["債務者", "米満　健吾（〒596-0000 大阪府岸和田市莢町五丁目3番11号）"]],
            [22, 158], x=15, aligns="ll", size=9.3, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。")
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=30)
    p.line("岸和田簡易裁判所", x=30)
    p.line("裁判所書記官　礒野　千佳子", x=60)
    p.seal(160, p.y - 6, 14, "square", "岸和田簡易裁判所書記官印", seed=35111)
    p.gap(3)
    p.add(Line(15, p.y, 195, p.y, 0.5))
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    rows = [["１", "金", f"{P:,}円", "（残元金）"], ["２", "金", f"{I:,}円", "（未払の手数料）"],
            ["３", "金", f"{L:,}円", f"（{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％の確定遅延損害金）"],
            ["４", "金", f"{C:,}円", "（督促手続費用）"], ["", "計", f"{T:,}円", ""]]
    p.table(rows, [8, 10, 34, 128], x=20, aligns="ccrl", size=9.8, row_h=7, ruled="none")
    p.add(Line(28, p.y - 7, 72, p.y - 7, 0.4))
    p.para(f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6パーセントの割合による遅延損害金", x0=20,
           size=9.8, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債権者は、債務者との間で平成31年2月15日、カード会員契約を締結し、債務者はこれに基づき商品購入代金の立替"
              "払及び金銭の貸付けを受けた。",
              f"２　債務者は{fw(era(lastp))}の支払を最後にその後の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              "３　督促手続費用の内訳　申立手数料2,500円、支払督促正本送達費用1,120円、支払督促発付通知費用等800円"):
        p.para(s, x0=20, size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 180, 26, 0.5, None, (0.95, 0.95, 0.95)))
    p.add(Box(15, y, 180, 26, 0.5))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議",
                           "の申立てをすることができます。申立ての書式は同封の「督促異議申立書」をお使いください。",
                           "〒596-0000 大阪府岸和田市鈴懸町一丁目2番1号　岸和田簡易裁判所 民事係",
                           "電話 072-000-4120（事件番号をお伝えください）"]):
        p.at(19, y + 6 + i * 5.5, s, size=9, font="serif-bold" if i == 3 else "serif")
    p.y = y + 30
    p.line(f"申立日　{fw(era(filed))}", x=20, size=9)
    p.line("債権者の送達場所　アンタレス信販株式会社 大阪債権管理センター　電話 06-0000-4412", x=20, size=9)
    tr = truth(document_type="payment_order", sender="岸和田簡易裁判所", phone="072-000-4120",
               creditor="アンタレス信販株式会社", status="not_applicable", debtor="米満健吾", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference=case, input_kind="scan_png",
               template="proxy35_summary_court_payment_order_one_page", received=D(2026, 9, 11))
    return dict(stem="ar11", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, credit company creditor, one page)",
                unusual="a whole 支払督促 of a court not used before (岸和田簡裁) on ONE scanned page: the parties as a two-row "
                        "table with shaded labels (the creditor's 代表者 inside the cell); the order text, date and clerk ABOVE "
                        "the 請求の趣旨; 請求の趣旨 as an unruled 「１ 金 … 円 （残元金）」 list with the label in brackets AFTER "
                        "each amount (残元金 / 未払の手数料 / 確定遅延損害金 / 督促手続費用) and a 計 line; item ５ running; the "
                        "cost breakdown in 請求の原因 ３; a grey 注意 box with the court's phone; the creditor's 送達場所 "
                        "phone at the foot (distractor); 平成31年 contract")


# ---------------------------------------------------------------------------------------------
# ar12 町田簡易裁判所 (ハ) 呼出状 (p.1) + 訴状 (p.2), digital; plaintiff a card company.


def ar12():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 9, 2), D(2026, 10, 7), D(2026, 9, 30), D(2026, 8, 4)
    acc, lastp = D(2026, 4, 30), D(2026, 1, 27)
    P, I = 781_200, 12_360
    L = late(P, R, acc + ONE, filed)
    T = P + I + L
    case = "令和8年(ハ)第1187号"
    p = Page(font="serif", size=11, top=16)
    p.line(f"事件番号　{fw('令和8年（ハ）第1187号')}　立替金等請求事件", size=10.5)
    p.line("原　　告　シリウスカード株式会社", size=10.5)
    p.line("被　　告　楮本　千尋", size=10.5)
    p.gap(6)
    p.line("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold", align="c")
    p.gap(4)
    p.line("楮本　千尋　殿", size=12.5)
    p.gap(2)
    p.line(f"{fw(era(issued))}", x=120, size=10.5)
    p.line("町田簡易裁判所民事係", x=120, size=10.5)
    p.line("裁判所書記官　石榑　瑞穂", x=120, size=10.5)
    p.seal(185, p.y - 8, 13, "square", "町田簡易裁判所書記官印", seed=35121)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、出頭してください。"
           "なお、訴状を送付しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(2)
    y = p.y
    for i, (lab, val) in enumerate((("期　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
                                    ("場　所", "第２法廷（町田簡易裁判所　本庁舎３階）"),
                                    ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）"))):
        yy = y + i * 10
        p.add(Box(25, yy, 160, 10, 0.4))
        p.add(Box(25, yy, 40, 10, 0.4, None, SHADE))
        p.at(45, yy + 6.8, lab, size=10.5, align="c")
        p.at(70, yy + 6.8, val, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    for s in ("１　期日に出頭する際は、この呼出状と印鑑、本人確認書類を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決が言い渡されることがあります。",
              "３　分割払いなどの話し合い（和解）を希望する場合は、答弁書にその旨を記載してください。",
              "４　問い合わせは、事件番号をお伝えのうえ、下記へ電話してください。"):
        p.para(s, x0=22, x1=190, size=10, indent="")
    p.gap(4)
    p.line("〒194-0000　東京都町田市藺草町一丁目5番1号　町田簡易裁判所民事係", x=22, size=9.5)
    p.line("電話　042-000-1187（民事係直通）　FAX　042-000-1188", x=22, size=9.5)
    q = Page(font="serif", size=10.5, top=16)
    q.line("訴　　　　状", size=17, font="serif-bold", align="c")
    q.gap(2)
    q.line(f"{fw(era(filed))}", x=140)
    q.line("町田簡易裁判所　御中", x=20)
    q.line("原告　シリウスカード株式会社", x=110)
    q.line("代表者代表取締役　亀谷　邦彦", x=110)
    q.line("（送達場所）東京都渋谷区楝町4-4-21　電話 03-0000-8806", x=110, size=8.5)
    q.gap(1)
    q.line("被告　楮本　千尋（東京都町田市櫨谷五丁目12番地の3）", x=20, size=10)
    q.line("立替金等請求事件", x=20)
    q.line("訴訟物の価額　金" + f"{T:,}円　　貼用印紙額　金9,000円", x=20, size=10)
    q.gap(3)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(filed + ONE))}から支払済みまで年14.6パーセント"
           "の割合による金員を支払え。", x0=24, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, indent="")
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold")
    for s in ("１　原告は、被告との間で、平成29年11月2日、クレジットカード会員契約（極度額80万円）を締結した。",
              f"２　被告は、{fw(era(lastp))}の支払を最後に約定の支払を怠ったため、原告は{fw(era(acc))}をもって被告の期限の利益を"
              "喪失させた。",
              "３　よって、原告は被告に対し、次の金員の支払を求める。"):
        q.para(s, x0=24, indent="")
    q.table([["立替金・貸付金残元金", f"{P:,}円"], ["未払カード手数料", f"{I:,}円"],
             [f"遅延損害金（{era(acc + ONE)}～{era(filed)}）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [100, 45], x=35, aligns="lr", size=10, row_h=7.5)
    q.gap(3)
    q.line("証拠方法　甲第１号証　会員規約　甲第２号証　ご利用明細", x=24, size=9.5)
    tr = truth(document_type="lawsuit", sender="町田簡易裁判所", phone="042-000-1187", creditor="シリウスカード株式会社",
               status="not_applicable", debtor="楮本千尋", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="pdf_text_2page", template="proxy35_summary_court_ha_summons_and_complaint",
               received=D(2026, 9, 4))
    return dict(stem="ar12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 呼出状 + 訴状, card company plaintiff, 2 pages)",
                unusual="町田簡裁 (new to the sets) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + the 訴状 (p.2), digital: the "
                        "case number, 原告 and 被告 as three lines at the top-left; the clerk block ABOVE the body; 期日 / "
                        "場所 / 答弁書提出期限 as a shaded-label three-row box with weekdays and 午前１０時３０分; court phone "
                        "（民事係直通） and FAX on one line; the 訴状 dated 8/4 ≠ 呼出状 9/2; 請求の趣旨 「金…円及びうち金…円に"
                        "対する…」; a table 立替金・貸付金残元金 / 未払カード手数料 / 遅延損害金 / 合計; 訴訟物の価額 and 貼用印紙額 "
                        "9,000円, 極度額80万円 and the plaintiff's 送達場所 phone as distractors")


# ---------------------------------------------------------------------------------------------
# ar13 土浦簡易裁判所 仮執行宣言付支払督促, 2-page image PDF; creditor a real servicer (ACS, 第27号).


def ar13():
    R = 18.0
    issued, order, served, filed, filed2 = D(2026, 9, 16), D(2026, 7, 28), D(2026, 7, 31), D(2026, 7, 21), D(2026, 8, 24)
    acc, lastp, assign = D(2025, 10, 14), D(2025, 7, 25), D(2026, 2, 27)
    P = 336_800
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_920, 1_140
    T = P + L + C1 + C2
    case = "令和8年(ロ)第690号"
    p = Page(font="sans", size=10.5, top=16)
    p.at(195, 18, "令和8年(ロ)第690号", size=10.5, align="r")
    p.y = 26
    p.line("仮執行宣言付支払督促", size=17, font="sans-bold", align="c")
    p.gap(4)
    p.kv([("債権者", "エー・シー・エス債権管理回収株式会社"), ("債務者", "梛野　恵")], x=30, label_w=22, size=11)
    p.gap(3)
    p.para(f"頭書事件について、当裁判所書記官が{era(order)}に発した支払督促は、{era(served)}に債務者に送達されたが、"
           "債務者は法定期間内に督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(3)
    p.line("仮執行の宣言", size=11.5, font="sans-bold", align="c")
    p.para("この支払督促は、仮に執行することができる。", indent="　　")
    p.gap(2)
    p.line("仮執行の宣言前の督促手続費用及び仮執行の宣言の手続費用", size=10)
    p.table([["督促手続費用", f"{C1:,}円"], ["仮執行宣言手続費用", f"{C2:,}円"]], [70, 40], x=40, aligns="lr", size=10,
            row_h=7.5)
    p.gap(4)
    p.line(f"{era(issued)}", x=40)
    p.line("土浦簡易裁判所", x=40)
    p.line("裁判所書記官　鯉沼　敏行", x=70)
    p.seal(168, p.y - 6, 14, "square", "土浦簡易裁判所書記官印", seed=35131)
    p.gap(8)
    y = p.y
    p.add(Box(15, y, 180, 36, 0.6))
    p.at(19, y + 6.5, "この書面を受け取った方へ", size=10.5, font="sans-bold")
    for i, s in enumerate(["１　この仮執行宣言付支払督促に基づき、債権者は直ちに給料や預金等の差押えをすることができます。",
                           "２　これに不服があるときは、受け取った日から２週間以内に、当裁判所に督促異議を申し立てることが",
                           "　　できます。ただし、異議の申立てをしても、当然には強制執行は止まりません。",
                           "３　問い合わせ先　土浦簡易裁判所 民事係　電話 029-000-6900（平日 8:30～17:00）"]):
        p.at(19, y + 13.5 + i * 5.4, s, size=9)
    q = Page(font="sans", size=10.5, top=18)
    q.line("当　事　者　目　録", size=13, font="sans-bold", align="c")
    q.gap(2)
    q.para("〒105-0000 東京都港区樅ノ木町2-9-3", x0=25, indent="")
    q.line("債権者　エー・シー・エス債権管理回収株式会社", x=25)
    q.line("代表者代表取締役　筧　公平", x=42)
    q.line("（送達場所）〒260-0000 千葉市中央区葛籠町1-4　電話 043-000-2727　FAX 043-000-2728", x=25, size=9)
    q.gap(2)
    q.para("〒300-0000 茨城県土浦市檀町二丁目1番7号 メゾン蓬原102", x0=25, indent="")
    q.line("債務者　梛野　恵", x=25)
    q.gap(6)
    q.line("請　求　の　趣　旨", size=13, font="sans-bold", align="c")
    q.gap(2)
    q.table([["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"],
             [f"２　確定遅延損害金（{era(acc + ONE)}～{era(filed)}、年18％）", f"{L:,}"],
             ["３　督促手続費用", f"{C1:,}"], ["４　仮執行宣言手続費用", f"{C2:,}"], ["合　　計", f"{T:,}"]],
            [120, 40], x=25, header=True, aligns="lr", size=9.8, row_h=7.6)
    q.para(f"５　上記１の金額に対する{era(filed + ONE)}から完済まで年18パーセントの割合による遅延損害金", x0=25, size=9.8,
           indent="")
    q.gap(3)
    q.line("請　求　の　原　因", size=13, font="sans-bold", align="c")
    for s in ("１　株式会社プロキオンは、債務者に対し、令和3年5月20日、金400,000円を、利息年17.8％、遅延損害金年18％の約定で"
              "貸し付けた。",
              f"２　債務者は{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　債権者は、{era(assign)}、株式会社プロキオンから上記貸金債権を譲り受け、同社は債務者に対し、その旨を通知した。"):
        q.para(s, x0=25, size=9.8, indent="")
    q.gap(3)
    q.line(f"支払督促申立日　{era(filed)}　　仮執行宣言申立日　{era(filed2)}", x=25, size=9.3)
    tr = truth(document_type="payment_order_enforceable", sender="土浦簡易裁判所", phone="029-000-6900",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社プロキオン",
               debtor="梛野恵", total=T, principal=P, interest=None, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy35_enforceable_order_real_servicer_two_pages",
               received=D(2026, 9, 18))
    return dict(stem="ar13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of 土浦簡裁 (new to the sets) as a 2-page image PDF: p.1 the order date 7/28 and "
                        "its 送達 7/31 in one sentence, the two cost rows in a small table under 「仮執行の宣言前の督促手続"
                        "費用及び仮執行の宣言の手続費用」, the 仮執行宣言 date and clerk, a framed 「この書面を受け取った方へ」 "
                        "box with the court's phone; p.2 当事者目録 (creditor ★ エー・シー・エス債権管理回収株式会社, no "
                        "licence printed, court paper; 送達場所 phone/FAX as distractors) and 請求の趣旨 as a table with a "
                        "「金額（円）」 header: 譲受債権元金 / 確定遅延損害金 / 督促手続費用 / 仮執行宣言手続費用 / 合計 (no "
                        "interest); item ５ running; the 400,000 loan and 17.8％ in 請求の原因; both 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# ar14 harmless: a card company confirms a payment-plan change request; photo stored sideways (EXIF 6).


def ar14():
    issued = D(2026, 9, 17)
    start = D(2026, 10, 27)
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "VEGA", size=16, font="sans-bold", color=VIOLET)
    p.at(38, 19, "ベガクレジットサービス", size=10.5, font="sans-bold", color=VIOLET)
    p.at(195, 18, wdate(issued), size=9.5, align="r")
    p.at(195, 23, "お客様番号　VG-3308-1126", size=9.5, align="r")
    p.y = 30
    p.line("〒252-0000　神奈川県相模原市中央区槐町3-8-15", size=9.5)
    p.line("幣原　優斗　様", size=13.5)
    p.gap(7)
    p.line("お支払方法変更のお申込み受付のお知らせ", size=14, font="sans-bold", align="c")
    p.gap(3)
    p.para("平素はベガカードをご利用いただき、誠にありがとうございます。")
    p.para("先日お電話にてお申込みいただいたお支払方法の変更につきまして、下記のとおり受付が完了いたしましたので、"
           "お知らせいたします。本状はご確認のためのものであり、新たなお手続きやお振込みは不要です。")
    p.gap(2)
    p.line("記", align="c")
    p.table([["お申込み内容", "リボルビング払いの毎月のお支払額の変更"], ["変更前のお支払額", "毎月 25,000円"],
             ["変更後のお支払額", "毎月 10,000円"], ["変更後の初回お引落日", f"{wdate(start)}（{wd(start)}）"],
             ["お引落口座", "ご登録の口座（変更はございません）"]], [56, 110], x=22, aligns="ll", size=9.8, row_h=8,
            shade_col0=True)
    p.gap(3)
    p.para("※お支払額の変更により、お支払回数及びお支払手数料の総額が増える場合がございます。詳しくは会員専用サイトの"
           "「ご利用明細」でご確認ください。", size=8.8, indent="")
    p.para("※今回のお申込みにより、カードのご利用可能枠が変わることはございません。", size=8.8, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(22, y, 166, 24, 0.3, VIOLET))
    p.at(26, y + 6, "お問い合わせ", size=9.5, font="sans-bold", color=VIOLET)
    p.at(26, y + 12.5, "ベガクレジットサービス　会員デスク　フリーダイヤル 0120-000-846", size=9.5)
    p.at(26, y + 18.5, "受付時間 9:00～17:00（年末年始を除く）", size=8.5)
    qr(p, 168, y + 3, 18, "ar14")
    p.y = y + 30
    p.line("株式会社ベガクレジットサービス", x=110, size=10, font="sans-bold")
    p.line("〒150-0000 東京都渋谷区莢町1-20-4", x=110, size=8.5)
    tr = truth(document_type="other", sender="株式会社ベガクレジットサービス", phone="0120-000-846", creditor=None,
               status="not_applicable", debtor="幣原優斗", lump=False, issued=issued, reference="VG-3308-1126",
               input_kind="photo_exif_rotated", template="proxy35_harmless_payment_plan_change_receipt",
               received=D(2026, 9, 19))
    return dict(stem="ar14", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="left", fill=0.85,
                          warm=0.2),
                about="other (card company, harmless: payment-plan change received)",
                unusual="phone photo stored sideways with EXIF orientation 6 on tatami with creases and a shadow in the top "
                        "corner; a card company's お支払方法変更のお申込み受付のお知らせ: it CLAIMS NOTHING (「お振込みは不要"
                        "です」); shaded-label table with 毎月 25,000円 → 10,000円 and the first new 引落日 2026年10月27日"
                        "（火） (all distractors: every amount, the rate and every date but the letter date null); a QR "
                        "square; the brand 「VEGA」 top-left")


# ---------------------------------------------------------------------------------------------
# ar15 scam: a fake servicer's 最終通知書 with a licence number of its own invention; phone photo.


def ar15():
    issued, due = D(2026, 9, 18), D(2026, 9, 24)
    T = 298_000
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "親展", size=12, h=9, fill=RED)
    stamp(p, 38, 12, "最終通知", size=12, h=9)
    p.at(195, 18, "令和8年9月18日", size=10, align="r")
    p.at(195, 23.5, "受付番号 E-0918-2704", size=10, align="r")
    p.y = 30
    p.line("蝶野　正子　様", size=14)
    p.gap(6)
    p.line("債権回収に関する最終通知書", size=17, font="sans-bold", align="c", color=RED)
    p.gap(4)
    p.para("貴殿がご利用された総合情報サイト（有料動画・コンテンツ配信）の利用料金について、契約会社より未納のまま長期間"
           "放置されているとの届出があり、当局が債権譲渡を受け、回収業務を委託されております。")
    p.para("再三のご連絡にもかかわらずご対応いただけないため、本書をもって最終の通知といたします。期日までにご連絡がない"
           "場合は、民事訴訟の手続に移行し、給与・預貯金・不動産等の差押えを執行いたします。")
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 32, 1.0, RED))
    p.at(30, y + 9, "ご請求金額（延滞金・調査費用を含む）", size=10.5, font="sans-bold")
    p.at(180, y + 19, f"￥{T:,}-", size=20, font="sans-bold", align="r", color=RED)
    p.at(30, y + 28, f"お支払期限　{md(due)}（{wd(due)}）午後5時まで", size=11.5, font="sans-bold")
    p.y = y + 38
    p.para("お支払方法は、下記専用ダイヤルへお電話のうえ担当者の指示に従ってください。電子マネー（ギフトカード）による"
           "お支払いも承ります。なお、和解の相談も受け付けておりますが、ご家族・弁護士等への相談はご遠慮ください。本件は"
           "個人情報保護のため、ご本人以外にはお答えできません。")
    p.gap(4)
    y = p.y
    p.add(Box(25, y, 160, 16, 0.5, None, (1.0, 0.95, 0.95)))
    p.at(105, y + 7, "お問合せ専用ダイヤル　03-0000-9118", size=13, font="sans-bold", align="c")
    p.at(105, y + 13, "受付　平日・土日祝 9:00～20:00（担当　瓦井）", size=9, align="c")
    p.y = y + 24
    p.line("東日本債権回収管理局株式会社", x=95, size=12, font="sans-bold")
    p.line("法務大臣許可番号第118号", x=95, size=9.5)
    p.line("東京都港区新橋（本部事務局）", x=95, size=9)
    p.line("※当局は法務省認可の債権回収機関です。", x=95, size=8.5, color=RED)
    tr = truth(document_type="other", sender="東日本債権回収管理局株式会社", license_number=118, phone="03-0000-9118",
               creditor=None, status="not_licensed", original=None, debtor="蝶野正子", total=T, lump=False,
               issued=issued, payment_due=due, reference="E-0918-2704", is_scam=True, input_kind="photo_jpeg",
               template="proxy35_scam_fake_servicer_final_notice", received=None)
    return dict(stem="ar15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.07, tilt=3.0, creases=2, shadow=0.18, shadow_side="right", fill=0.82,
                          warm=0.35, blur=1.05),
                about="other (scam, fake servicer 最終通知書)",
                unusual="架空請求 photographed on tatami: 「東日本債権回収管理局株式会社」 (a 「管理局」 that calls itself 当局 "
                        "and 「法務省認可の債権回収機関」) with a FAKE 「法務大臣許可番号第118号」 (→ not_licensed, 118 kept "
                        "as printed); red filled 親展 and framed 最終通知 stamps; 総合情報サイト利用料金, 債権譲渡, 差押え "
                        "threat, ギフトカード payment, 「ご家族・弁護士等への相談はご遠慮ください」; a red box with ￥298,000- "
                        "(延滞金・調査費用を含む, no breakdown) and a month-day deadline 「9月24日（木）午後5時まで」; "
                        "an address in 新橋 without a number; one 03 number open every day; the creditor is only 「契約会社」")


# ---------------------------------------------------------------------------------------------
# ar16 auto-loan company 残債務一括お支払いのご請求 (after its earlier 喪失 notice), digital.


def ar16():
    R = 14.6
    issued, due = D(2026, 9, 24), D(2026, 10, 8)
    acc, lastp = D(2026, 9, 10), D(2026, 5, 27)
    P, I = 1_038_450, 12_530
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 4, 16, color=None, fill=FOREST))
    p.at(22, 20, "えびね信販", size=15, font="sans-bold", color=FOREST)
    p.at(22, 26, "オートローン債権管理室", size=9, color=FOREST)
    p.at(195, 17, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 22, "ご契約No. EB-0412-77105", size=9.5, align="r")
    p.at(195, 27, "（お問合せの際はご契約No.をお伝えください）", size=7.5, align="r")
    p.y = 36
    p.line("東京都八王子市朴ノ木町二丁目4番地11", x=22, size=10)
    p.line("堰合　翔　様", x=22, size=14)
    p.gap(7)
    p.line("残債務一括お支払いのご請求", size=15, font="sans-bold", align="c")
    p.add(Line(60, p.y - 1, 151, p.y - 1, 0.4, FOREST))
    p.gap(3)
    p.para(f"先般お送りいたしました「期限の利益喪失のご通知」のとおり、お客様は{era(acc)}の経過をもって、オートローン契約"
           "（ご購入車両：軽乗用車）の期限の利益を喪失されております。")
    p.para(f"つきましては、残債務の全額を{era(due)}（{wd(due)}）までに、一括してお支払いくださいますようご請求いたします。")
    p.gap(2)
    x0, x1 = 30, 180
    p.line("ご請求内容", x=x0, size=10.5, font="sans-bold")
    p.add(Line(x0, p.y, x1, p.y, 0.5, FOREST))
    p.gap(1)
    for lab, val, bold in (("残債務元金（立替金残高）", yn(P), False), ("未払分割払手数料", yn(I), False),
                           (f"遅延損害金（{md(acc + ONE)}～{md(issued)}・年14.6％）", yn(L), False),
                           ("ご請求額", yn(T), True)):
        b = p.line(lab, x=x0 + 3, size=10.5 if not bold else 11.5, font="sans-bold" if bold else None)
        p.at(x1 - 3, b, val, size=10.5 if not bold else 12.5, align="r", font="sans-bold" if bold else "sans")
        p.add(Line(x0, p.y - 1.5, x1, p.y - 1.5, 0.2 if not bold else 0.5, GRAY if not bold else FOREST))
    p.gap(3)
    p.line("ご契約内容", x=x0, size=10.5, font="sans-bold")
    p.kv([("ご契約日", "令和5年3月18日"), ("ご購入車両", "軽乗用車（所有権留保：えびね信販株式会社）"),
          ("分割支払金合計", "1,764,000円（60回払い）"), ("最終ご入金日", era(lastp))], x=x0 + 3, label_w=34, size=9.3)
    p.gap(3)
    p.para("お支払期限までにお支払いがない場合は、所有権留保に基づき車両の引渡しを求め、その売却代金を残債務に充当させて"
           "いただくことがございます。", size=9.3, indent="")
    p.para("お振込先　すみれ銀行 八王子支店 普通預金 4127710 エビネシンパン（カ", size=9.3, indent="")
    p.gap(6)
    for s, sz, f in (("えびね信販株式会社　オートローン債権管理室", 10.5, "sans-bold"),
                     ("〒192-0000 東京都八王子市菖蒲谷町3-3-1", 8.5, "sans"),
                     ("TEL 042-000-4127　担当 銀林", 9.5, "sans"),
                     ("登録番号 関東財務局長(2)第01733号（貸金業）／ 個別信用購入あっせん業者", 7.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="えびね信販株式会社", phone="042-000-4127",
               creditor="えびね信販株式会社", status="not_applicable", debtor="堰合翔", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="EB-0412-77105", input_kind="pdf_text", template="proxy35_auto_loan_balance_demand_after_acceleration",
               received=D(2026, 9, 28))
    return dict(stem="ar16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (auto-loan company, whole balance after its 喪失 notice)",
                unusual="an auto-loan company's 残債務一括お支払いのご請求 that REFERS to its earlier 期限の利益喪失のご通知 "
                        "(so collection_notice, lump true); green bar-and-name logo 「えびね信販」 with the legal name "
                        "only in the sender lines at the bottom; ご契約No. top-right; a ruled ご請求内容 list with the new "
                        "labels 残債務元金（立替金残高） / 未払分割払手数料 / 遅延損害金 / ご請求額; ご契約日 令和5年, 分割支払金"
                        "合計 1,764,000円 (60回), 所有権留保 and the 登録番号 as distractors; 最終ご入金日 in the kv lines")


LETTERS = [ar09, ar10, ar11, ar12, ar13, ar14, ar15, ar16]
