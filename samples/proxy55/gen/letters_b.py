"""Proxy set 55, letters bl09–bl16: a real servicer's 縦書き 回答書 refusing a 時効援用 (the debtor had paid 5,000 yen
after the period ran out); a scam from a servicer that does not exist, claiming a 平成27年 site fee «whose 時効 is
interrupted»; a scholarship foundation's 繰上一括返還請求 eight years after the last instalment; a law office's 和解案
with a 和解契約書 by fax; a joint 債権譲渡通知 of a card debt last used on 2014/03/31; a 縦書き joint 債権譲渡通知 of a
loan last paid in 平成23年; a 信用金庫's 催告書 (民法150条) with 平成31年 / 令和元年 dates; and a lender's 取引履歴 sent
on request, which claims nothing."""

from __future__ import annotations

from datetime import date as D

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    faq,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_a import hjis, nxt, slash, wa

from samples.letters.fmt import fmt_date, fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
INDIGO = (0.18, 0.20, 0.45)
SEPIA = (0.45, 0.30, 0.15)


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def kd(d: D) -> str:
    return fmt_date(d, "kansuji")


# ---------------------------------------------------------------------------------------------
# bl09 real servicer's 縦書き 回答書 (内容証明) refusing a 時効援用: a 5,000-yen payment after completion; scanned.


def bl09():
    R = 18.0
    issued, due = D(2026, 1, 30), D(2026, 2, 27)
    lastp0, acc, assign, paid = D(2014, 5, 27), D(2014, 8, 6), D(2017, 3, 31), D(2020, 6, 22)
    P, I = 327_450, 11_382
    L = late(P, R, nxt(acc), issued) - 5_000
    T = P + I + L
    cols = [
        ("title", "回答書"),
        ("body", "貴殿から当社あてに送付された令和八年一月十三日付「消滅時効援用通知書」（同月十五日到達）につき、次のとおり"
                 "回答いたします。"),
        ("body", f"当社は、{kd(assign)}、株式会社ちごゆりクレジットから、貴殿に対する左記カード利用代金債権を譲り受けました。"
                 f"貴殿は{kd(lastp0)}の支払を最後に支払を怠り、{kd(acc)}の経過をもって期限の利益を喪失しております。"),
        ("body", f"しかしながら、貴殿は{kd(paid)}、当社に対し本件債務の一部弁済として金五千円をお支払いになっております。"
                 "時効の完成後であっても、債務を承認した債務者は、信義則上、その後に時効を援用することは許されないとされて"
                 "おります（最高裁判所昭和四十一年四月二十日大法廷判決）。したがって、貴殿による時効の援用には応じられません。"),
        ("body", f"つきましては、左記金員を{kd(due)}限り、左記口座にお支払いください。期限までにお支払い又はご連絡のないとき"
                 "は、訴訟の提起その他の法的手続をとらせていただきます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　未収利息　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　{kyen(L)}"),
        ("plain", f"　　（{kd(nxt(acc))}から本書作成日まで年十八パーセント、右金五千円充当後）"),
        ("indent", f"四　合計　　　　{kyen(T)}"),
        ("indent", "振込先　ほうちゃく銀行　本店営業部　普通預金"),
        ("plain", f"　　　　口座番号　{kanji_digits('5270114')}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "東京都港区はつしも坂九丁目九番九号"),
        ("low", "オリックス債権回収株式会社"),
        ("low", "法務大臣許可番号　第十一号"),
        ("low", "管理部長　葦沢　克己"),
        ("low", "電話　〇三（〇〇〇〇）四四八〇"),
        ("low", "（管理番号　ＯＲＸ－４４８０２）"),
        ("blank", ""),
        ("low", "東京都八王子市かわたれ通九丁目九番九号"),
        ("low", "冨士原　瞳　殿"),
    ]
    size = 9.6
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.5, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 55091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s == "オリックス債権回収株式会社"]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 12, "square", "オリックス債権回収之印", angle=3,
                         seed=55092))
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-4480", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社ちごゆりクレジット", debtor="冨士原瞳", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=paid,
               assignment=assign, reference="ORX-44802", input_kind="vertical_scan",
               template="proxy55_vertical_servicer_refuses_limitation_defence", received=D(2026, 2, 2))
    return dict(stem="bl09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="collection_notice (real servicer's 縦書き 回答書 refusing a 時効援用)",
                unusual="縦書き 回答書 (内容証明, scanned) of a real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　"
                        "第十一号」 in KANJI: it answers the debtor's 消滅時効援用通知書 of 令和八年一月十三日 (到達 十五日, "
                        "distractors) and refuses it because of a 金五千円 part payment on 令和二年六月二十二日 AFTER the period "
                        "ran out (最高裁昭和四十一年 判決 cited: more kanji numbers that are not fields); the old history in "
                        "kanji (平成二十六年 last regular payment and 喪失, 平成二十九年 譲受); positional kanji amounts with "
                        "the 5,000 credited to the damages; 「令和八年二月二十七日限り」; account number in kanji digits; "
                        "phone in kanji digits; full-width 管理番号 ＯＲＸ－４４８０２")


# ---------------------------------------------------------------------------------------------
# bl10 SCAM: a servicer that does not exist claims a 平成27年 site fee and says the 時効 is «interrupted»; photo.


def bl10():
    issued, due = D(2026, 6, 17), D(2026, 6, 19)
    T = 168_400
    p = Page(font="sans", size=10.5, top=12)
    stamp(p, 15, 11, "最終通知", color=RED, size=13, fill=RED)
    stamp(p, 48, 11, "親展・本人開封", color=RED, size=11)
    p.at(196, 15, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 20.5, f"管理番号　ぬ{fw('806')}", size=10, align="r", font="sans-bold")
    p.y = 27
    p.line("神奈川県相模原市南区あけのほし台九丁目9番9号", size=10)
    p.line("廣瀬　隆之　様", size=14)
    p.gap(5)
    p.line("消滅時効に関する債権回収最終通知書", size=17, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿が平成27年頃にご利用になった有料動画配信サイトの利用料金につき、契約会社ないしは運営会社より未納料金の回収の"
           "委託を受け、当社が債権を管理しております。")
    p.para("貴殿は「時効が成立している」とお考えかもしれませんが、当社が定期的に通知を送付しているため、本件の時効は中断して"
           "おり、時効は成立しておりません。時効の援用をされても無効となります。")
    p.para("期日までにご連絡がない場合は、民事訴訟の手続に移行し、給与・預貯金・動産・不動産の差押えが執行されます。また、"
           "信用情報機関への登録、勤務先への調査員の訪問を行います（訪問費用は貴殿のご負担となります）。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 32, 1.2, RED))
    p.at(28, y + 9, "ご請求総額", size=12, font="sans-bold")
    p.at(182, y + 10, f"￥{T:,}", size=20, font="sans-bold", align="r", color=RED)
    p.at(28, y + 15, "（元金・延滞金・遅延損害金・調査費用を含みます。内訳は担当者よりご説明します）", size=8.5)
    p.add(Line(28, y + 18, 182, y + 18, 0.3, RED))
    p.at(28, y + 26, "ご連絡期限", size=12, font="sans-bold")
    p.at(182, y + 27, f"6月19日（{wd(due)}）17時まで", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 37
    p.para("※お支払いは、お近くのコンビニエンスストアで電子マネーギフトカードをご購入のうえ、カード番号を担当者へお伝えいただく"
           "方法でも承ります。", size=9.5, indent="")
    p.para("※個人情報保護のため、必ずご本人様よりご連絡ください。ご家族・弁護士・消費生活センター等への相談は、手続が複雑に"
           "なりますのでお控えください。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(50, y, 146, 38, 0.5))
    p.at(55, y + 8, "日本時効管理債権回収株式会社", size=13, font="sans-bold")
    p.at(55, y + 14, "法務大臣許可番号 第３５７号　法務省認可債権回収機関", size=9)
    p.at(55, y + 20, "東京都千代田区永田町一丁目（本部ビル）　時効管理部", size=9)
    p.at(55, y + 27, "お問合せ　03-0000-6357（担当　棚倉）", size=11.5, font="sans-bold")
    p.at(55, y + 33, "受付　毎日 9:00～20:00（土日祝日も受付）", size=8.5)
    p.seal(30, y + 18, 17, "round", "時効管理債権回収|代表/之印", angle=-6, seed=55101)
    tr = truth(document_type="other", sender="日本時効管理債権回収株式会社", license_number=357, phone="03-0000-6357",
               creditor=None, status="not_licensed", original=None, debtor="廣瀬隆之", total=T, lump=False, issued=issued,
               payment_due=due, reference="ぬ806", is_scam=True, input_kind="photo_jpeg",
               template="proxy55_scam_nonexistent_servicer_limitation_interrupted", received=None)
    return dict(stem="bl10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.82, glare=16, warm=0.3),
                about="other (scam: a servicer that does not exist claims a 平成27年 site fee)",
                unusual="架空請求 photographed on wood at an angle: 「日本時効管理債権回収株式会社」 (a servicer-like name that "
                        "does not exist) with a FAKE 「法務大臣許可番号 第３５７号」 and 「法務省認可債権回収機関」 → "
                        "not_licensed; it claims a 平成27年 site fee and says 「時効は中断しており…援用をされても無効」; a red "
                        "filled 最終通知 stamp, 親展・本人開封; the total only (￥168,400, 「内訳は担当者より」) in a red box "
                        "with a two-day deadline 「6月19日（金）17時まで」; payment by electronic gift cards; 「弁護士・消費"
                        "生活センター等への相談は…お控えください」; address 「永田町一丁目（本部ビル）」 without a number; "
                        "hiragana 管理番号 ぬ８０６; the contract party only 「契約会社ないしは運営会社」")


# ---------------------------------------------------------------------------------------------
# bl11 scholarship foundation: 期限の利益喪失 and 繰上一括返還請求, eight years after the last instalment; scanned.


def bl11():
    R = 5.0
    issued, due, acc = D(2026, 3, 6), D(2026, 3, 31), D(2026, 2, 27)
    lastp, warn = D(2017, 6, 27), D(2026, 1, 23)
    mon = 12_000
    dues = []
    y, m = 2017, 7
    while (y, m) <= (2026, 2):
        dues.append(D(y, m, 27))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    K = mon * len(dues)
    paid_n = sum(1 for y_ in range(2013, 2018) for m_ in range(1, 13) if D(2013, 10, 1) <= D(y_, m_, 1) <= D(2017, 6, 1))
    P = 2_160_000 - mon * paid_n
    L = sum(late(mon, R, nxt(d), issued) for d in dues)
    T = P + L
    assert K == 1_248_000 and paid_n == 45 and P == 1_620_000 and P > K
    p = Page(font="sans", size=10, top=14)
    p.at(15, 20, "公益財団法人しゅんらん育英会", size=14, font="sans-bold", color=INDIGO)
    p.at(15, 25, "SHUNRAN SCHOLARSHIP FOUNDATION", size=6.5, color=INDIGO)
    p.at(196, 18, f"{fw(wa(issued))}", size=10, align="r")
    p.at(196, 23.5, "奨学生番号　S21-0473-88", size=9.5, align="r")
    p.y = 32
    p.line("〒980-0000　宮城県仙台市青葉区ゆきげ台九丁目9番9号", size=10)
    p.line("秋保　拓真　様", size=13.5)
    p.line("（写）連帯保証人　秋保　剛　様", size=9.5, color=GRAY)
    p.gap(5)
    p.title("返還期限の利益喪失及び繰上一括返還請求のご通知", size=14.5)
    p.para(f"貴殿に貸与いたしました奨学金（平成21年4月から平成25年3月まで、無利子）の返還につきましては、{wa(lastp)}の"
           "ご返還を最後に、その後の割賦金のご返還がございません。", size=9.8)
    p.para(f"当会は、{wa(warn)}付「返還催告書」により延滞割賦金のお支払いを催告いたしましたが、催告期限である{wa(acc)}までに"
           f"お支払いがありませんでした。よって、貴殿は奨学金貸与規程第18条により、{wa(acc)}の経過をもって期限の利益を喪失"
           "されましたので、返還未済額の全額を繰上げて一括してご返還くださいますよう請求いたします。", size=9.8)
    p.gap(1)
    p.line("１．ご請求金額", size=10.5, font="sans-bold")
    p.table([["区　分", "金　額", "備　考"], ["返還未済額", f"{P:,}円", f"うち延滞割賦金 {K:,}円（{len(dues)}回分）"],
             ["延滞金", f"{L:,}円", f"延滞割賦金に対し年5％、{era(issued)}現在"], ["ご請求額合計", f"{T:,}円", ""]],
            [42, 40, 96], x=16, header=True, aligns="lrl", size=9.6, row_h=7.6)
    p.gap(2)
    p.line("２．お支払期限", size=10.5, font="sans-bold")
    p.line(f"　　{fw(wa(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.line("３．ご返還先", size=10.5, font="sans-bold")
    p.line("　　ほうちゃく銀行 仙台支店 普通預金 0473880 ザイ）シユンランイクエイカイ", size=9.5)
    p.gap(2)
    p.line("４．これまでの経過（ご参考）", size=10.5, font="sans-bold")
    for s in ("貸与総額 2,160,000円（月額 45,000円 × 48月）　返還開始 平成25年10月　割賦金 月額 12,000円（毎月27日）",
              "令和元年10月及び令和4年3月に書面にて返還のお願いをお送りしましたが、ご連絡をいただけませんでした。"):
        p.para(s, x0=22, x1=194, size=9.0, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(16, y, 178, 24, 0.4, INDIGO, (0.95, 0.95, 0.99)))
    p.at(20, y + 6, "お支払いが困難な場合", size=10, font="sans-bold", color=INDIGO)
    for i, s in enumerate(["一括でのご返還が困難な場合は、お支払期限までに返還相談窓口へご相談ください。期限までにご連絡のない場合は、",
                           "連帯保証人様へのご請求及び支払督促の申立て等の法的手続をとらせていただくことがあります。"]):
        p.at(20, y + 12.5 + i * 5, s, size=8.6)
    p.y = y + 28
    for s, sz, f in (("公益財団法人しゅんらん育英会", 10.5, "sans-bold"), ("理事長　荊木　文雄", 9.5, "sans"),
                     ("〒980-0000 仙台市青葉区しらつゆ台九丁目9番9号", 8.5, "sans"),
                     ("返還相談窓口　0120-000-417（平日 9:00～17:00）担当 薮内", 9.3, "sans")):
        p.line(s, x=104, size=sz, font=f)
    p.seal(188, p.y - 13, 12, "square", "しゅんらん育英会印", angle=2, seed=55111)
    tr = truth(document_type="acceleration_notice", sender="公益財団法人しゅんらん育英会", phone="0120-000-417",
               creditor="公益財団法人しゅんらん育英会", status="not_applicable", debtor="秋保拓真", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="S21-0473-88", input_kind="scan_png",
               template="proxy55_scholarship_acceleration_lump_return", received=D(2026, 3, 9))
    return dict(stem="bl11", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="acceleration_notice (scholarship foundation, 繰上一括返還請求 eight years after the last instalment)",
                unusual="a 公益財団法人 (not a bank, not a company) with a Latin sub-name; the debtor and a greyed 「（写）連帯保証人」 "
                        "line; the letter date in FULL-width era; the 催告書 date 令和8年1月23日 and its deadline 2月27日 (= "
                        "acceleration 「の経過をもって」); the new labels 返還未済額 (→ principal) / 延滞金 (年5％ on each missed "
                        "instalment, → late damages) / ご請求額合計 in a 区分・金額・備考 table with the 延滞割賦金 1,248,000 "
                        "(104回分) in the remark column (distractor); no interest (無利子); 平成21年 貸与, 2,160,000, 45,000 × 48, "
                        "12,000 monthly and the 令和元年 / 令和4年 reminders as distractors; 貸与規程第18条")


# ---------------------------------------------------------------------------------------------
# bl12 law office's 和解案 for the card company + 和解契約書（案） with an acknowledgement clause; 2-page fax.


def bl12():
    R = 14.6
    issued, due, asof = D(2026, 6, 1), D(2026, 6, 19), D(2026, 5, 31)
    contract, lastp, acc = D(2012, 6, 15), D(2018, 12, 3), D(2019, 2, 4)
    P, I = 154_200, 3_980
    L = late(P, R, nxt(acc), asof)
    T = P + I + L
    S, n = 170_000, 34
    assert 5_000 * n == S
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 24, 0.5))
    p.add(Box(15, 10, 181, 7, color=None, fill=SHADE))
    p.at(105.5, 15.2, "ＦＡＸ送信のご案内", size=10.5, font="sans-bold", align="c")
    for i, (a, b) in enumerate((("送信先", "勝俣　里沙　様"), ("送信元", "覚張・詫間法律事務所　事務担当　裳川"),
                                ("送信日", f"{hjis(issued)}　　枚数　本紙を含め２枚"))):
        p.at(19, 22 + i * 5.3, a, size=8.5, color=GRAY)
        p.at(36, 22 + i * 5.3, b, size=9.8)
    p.y = 40
    p.at(196, 41, "当事務所整理番号　KT-2606-118", size=9.5, align="r")
    p.y = 46
    p.title("ご返済条件のご提案（和解案）", size=15)
    p.para("当職らは、株式会社ありどおしクレジット（以下「依頼者」といいます。）の代理人として、貴殿に対し、依頼者の貴殿に"
           "対するカード利用代金債権について、次のとおり和解案をご提案いたします。", size=9.8)
    p.line("１　現在のご債務", size=10.5, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（{hjis(nxt(acc))}～{hjis(asof)}、年14.6％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [34, 30, 80, 34], x=16, header=True, aligns="rrrr",
            size=9.2, row_h=7.6)
    p.para(f"（ご契約日 {hjis(contract)}、最終ご入金日 {hjis(lastp)}、期限の利益喪失日 {wa(acc)}）", x0=16, x1=196,
           size=8.8, indent="")
    p.gap(1)
    p.line("２　和解案", size=10.5, font="sans-bold")
    for s in (f"Ａ案　令和8年6月30日限り、金{S:,}円を一括でお支払いいただく。残額は免除いたします。",
              f"Ｂ案　令和8年7月から毎月27日限り、金5,000円ずつ{n}回（合計金{S:,}円）お支払いいただく。完済時に残額を免除いたします。",
              "いずれの案も、別紙和解契約書（案）に署名押印のうえご返送いただくことにより成立いたします。"):
        p.para(s, x0=20, x1=194, size=9.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(16, y, 178, 12, 1.1))
    p.at(20, y + 8, "ご回答期限", size=11, font="sans-bold")
    p.at(54, y + 8.3, f"令和8年6月19日（{wd(due)}）当事務所必着", size=12, font="sans-bold")
    p.y = y + 16
    p.para("期限までにご回答がない場合は、依頼者の指示により訴訟提起等の法的手続に移行する予定です。なお、本書は和解のご提案で"
           "あり、ご提案に応じるか否かは貴殿のご判断です。", size=9.2, indent="")
    p.gap(3)
    for s, sz, f in (("覚張・詫間法律事務所", 11, "sans-bold"), ("依頼者代理人　弁護士　覚張　修平", 9.5, "sans"),
                     ("同　　　　　　弁護士　詫間　有希", 9.5, "sans"), ("〒530-0000 大阪市北区いなずま通九丁目9番9号", 8.5, "sans"),
                     ("TEL 06-0000-3391　FAX 06-0000-3392（平日 9:30～18:00）", 9, "sans"), ("大阪弁護士会所属", 8.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=9.5)
    q.line("和解契約書（案）", size=16, font="serif-bold", align="c")
    q.gap(4)
    q.para("株式会社ありどおしクレジット（以下「甲」という。）と勝俣里沙（以下「乙」という。）は、甲乙間のカード会員契約"
           f"（{hjis(contract)}締結）に基づく債務について、次のとおり和解する。", size=10.5)
    for s in (f"第１条　乙は、甲に対し、本件債務として、{wa(asof)}現在、金{T:,}円の支払義務があることを認める。",
              f"第２条　乙は、甲に対し、前条の金員のうち金{S:,}円を、Ａ案又はＢ案（いずれかに○）の方法により支払う。",
              "第３条　乙が前条の支払を怠り、その額が金10,000円に達したときは、乙は当然に期限の利益を失い、第１条の金員から既払金"
              "を控除した残額及びこれに対する年14.6％の割合による遅延損害金を直ちに支払う。",
              "第４条　乙が第２条の支払を完了したときは、甲は乙に対し、第１条のその余の支払義務を免除する。",
              "第５条　甲及び乙は、本和解条項に定めるほか、何らの債権債務がないことを相互に確認する。"):
        q.para(s, x0=22, x1=192, size=10.2, indent="")
    q.gap(8)
    for s in ("令和　　年　　月　　日", "甲　大阪市北区いなずま通九丁目9番9号　上記代理人弁護士　覚張　修平", "乙　住所",
              "　　氏名　　　　　　　　　　　　　　　　　　　　　印"):
        q.line(s, x=30, size=10.5)
        q.gap(4)
    tr = truth(document_type="settlement_proposal", sender="覚張・詫間法律事務所", phone="06-0000-3391",
               creditor="株式会社ありどおしクレジット", status="not_applicable", original=None, debtor="勝俣里沙", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="KT-2606-118", input_kind="fax_tiff",
               template="proxy55_law_office_settlement_acknowledgement_contract_fax", received=issued)
    return dict(stem="bl12", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:48 KAKUHARI TAKUMA LAW 06-0000-3392",
                about="settlement_proposal (law office for a card company, 和解案 + 和解契約書（案）, 2-page fax)",
                unusual="2-page G4 fax with a shaded 「ＦＡＸ送信のご案内」 box (送信日 R8.6.1 in JIS initials, the only date of "
                        "the letter); two lawyers (「依頼者代理人　弁護士」 / 「同　弁護士」) in the bottom sender block with TEL and "
                        "FAX on one line; a 4-column one-row ご債務 table with the damage window in the header; the history in "
                        "a bracket line mixing JIS (H24.6.15, H30.12.3) and kanji 平成31年2月4日; Ａ案 170,000 by 6/30 / Ｂ案 "
                        "5,000 × 34 (distractors); a framed ご回答期限 …必着; p.2 a serif 和解契約書（案） whose 第１条 makes the "
                        "debtor 「認める」 the whole sum (the 時効 trap), 第３条 the 10,000 threshold")


# ---------------------------------------------------------------------------------------------
# bl13 joint 債権譲渡及び譲受のご通知: card company → real servicer, last use 2014/03/31; slash dates; 2 pages.


def bl13():
    R = 14.6
    issued, assign = D(2026, 4, 3), D(2026, 3, 27)
    contract, lastp, acc = D(2006, 9, 14), D(2014, 3, 31), D(2014, 6, 10)
    P, I = 521_336, 17_408
    L = late(P, R, nxt(acc), assign)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(196, 18, f"通知日　{slash(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　AU-2603-15560", size=9.5, align="r")
    p.y = 20
    p.line("〒812-0000　福岡県福岡市博多区うすらい町九丁目9番9号", size=10)
    p.line("藤後　悠　様", size=13.5)
    p.gap(6)
    p.add(Line(15, p.y, 196, p.y, 1.2, TEAL))
    p.gap(3)
    p.line("債権譲渡及び譲受のご通知", size=16, font="sans-bold", align="c", color=TEAL)
    p.gap(1)
    p.add(Line(15, p.y, 196, p.y, 0.4, TEAL))
    p.gap(4)
    p.para(f"譲渡人さらさカード株式会社は、貴殿との間のカード会員契約に基づき貴殿に対して有する下記債権を、{slash(assign)}付で"
           "譲受人アウロラ債権回収株式会社に譲渡いたしましたので、連名にてご通知申し上げます。", size=9.8)
    p.para("今後のお支払い・お問い合わせは、譲受人までお願いいたします。お支払方法につきましては、譲受人より改めてご案内いたし"
           "ます。", size=9.8)
    p.gap(1)
    p.line("記", align="c")
    rows = [("ご契約日", slash(contract)), ("最終お取引日", slash(lastp)), ("期限の利益喪失日", slash(acc)),
            ("債権譲渡日", slash(assign))]
    y = p.y
    for i, (a, b) in enumerate(rows):
        xx = 20 + (i % 2) * 88
        yy = y + (i // 2) * 8
        p.add(Box(xx, yy, 36, 8, 0.25, None, (0.90, 0.95, 0.95)))
        p.add(Box(xx, yy, 86, 8, 0.25))
        p.at(xx + 2, yy + 5.5, a, size=8.8)
        p.at(xx + 39, yy + 5.6, b, size=9.8)
    p.y = y + 20
    p.line(f"譲渡債権の内容（{slash(assign)}現在）", x=20, size=10, font="sans-bold")
    p.table([["ご利用残高（元本）", f"{P:,}"], ["未払手数料", f"{I:,}"], [f"遅延損害金（{slash(nxt(acc))}から 年14.6％）", f"{L:,}"],
             ["譲渡債権額合計", f"{T:,}"]], [118, 58], x=20, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.line("（単位：円）", x=196, align="r", size=8.5)
    p.para("※上記元本に対しては、譲渡日の翌日以降も完済まで年14.6％の割合による遅延損害金が発生します。2枚目に最終お取引までの"
           "ご利用明細を記載しております。", size=8.8, indent="")
    p.gap(3)
    y = p.y
    for x, role, lines, seal, sd in (
            (16, "譲渡人", ["〒810-0000 福岡市中央区つきしろ通九丁目9番9号", "さらさカード株式会社", "代表取締役　褄田　信吾",
                            "カスタマーセンター 092-000-1577"], "さらさカード", 55131),
            (106, "譲受人", ["〒105-0000 東京都港区はるさめ町九丁目9番9号", "アウロラ債権回収株式会社", "代表取締役　車谷　和人",
                             "法務大臣許可番号　第７６号", "フリーダイヤル 0120-000-538"], "アウロラ債権回収", 55132)):
        p.add(Box(x, y, 88, 42, 0.3, GRAY))
        p.add(Box(x, y, 88, 7, color=None, fill=(0.90, 0.95, 0.95)))
        p.at(x + 3, y + 5, role, size=9, font="sans-bold", color=TEAL)
        for i, s in enumerate(lines):
            big = "株式会社" in s and "〒" not in s and "代表" not in s
            p.at(x + 3, y + 12.5 + i * 5.4, s, size=10 if big else 8.6, font="sans-bold" if big else "sans")
        p.seal(x + 78, y + 26, 12, "round", seal + "|代表/取締役", angle=-4, seed=sd)
    q = Page(font="sans", size=10, top=16)
    q.line("2／2", size=9, color=GRAY, align="r")
    q.line("最終お取引までのご利用明細（ご参考）", size=13, font="sans-bold")
    q.gap(2)
    hist = [["2013/11/27", "ご入金", "", "12,000", "530,981"], ["2013/12/09", "ショッピング（リボ）", "8,640", "", "539,621"],
            ["2013/12/27", "ご入金", "", "12,000", "533,744"], ["2014/01/27", "ご入金", "", "12,000", "527,606"],
            ["2014/02/27", "ご入金", "", "10,000", "523,430"], ["2014/03/31", "ご入金（最終）", "", "8,000", f"{P:,}"],
            ["2014/04/28", "ご入金なし", "", "", f"{P:,}"], ["2014/05/27", "ご入金なし", "", "", f"{P:,}"],
            [slash(acc), "期限の利益喪失", "", "", f"{P:,}"]]
    q.table([["日付", "内容", "ご利用額", "ご入金額", "元本残高"]] + hist, [30, 56, 30, 30, 34], x=15, header=True,
            aligns="llrrr", size=9.2, row_h=7)
    q.line("※ご入金額には手数料充当分を含みます。元本残高は元本充当後の額です。", size=8.5, x=15)
    q.gap(4)
    q.line("よくあるご質問", size=12, font="sans-bold", color=TEAL)
    faq(q, [("アウロラ債権回収株式会社とはどのような会社ですか。",
             "債権管理回収業に関する特別措置法に基づき、法務大臣の許可を受けた債権回収会社です。許可の有無は法務省の"
             "ホームページでご確認いただけます。"),
            ("さらさカードに支払ってもよいですか。", "譲渡日以降は、譲受人であるアウロラ債権回収株式会社にお支払いください。"),
            ("古い取引でよく覚えていません。", "ご契約内容やお取引の経過については、譲受人の担当者がご説明いたします。"),
            ("身に覚えがない場合はどうすればよいですか。", "お手数ですが、お客様番号をお手元にご用意のうえ、フリーダイヤルまで"
             "ご連絡ください。")], x0=15, x1=195, qcolor=TEAL)
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-538", creditor="アウロラ債権回収株式会社", status="licensed", original="さらさカード株式会社",
               debtor="藤後悠", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference="AU-2603-15560",
               input_kind="pdf_text_2page", template="proxy55_joint_assignment_card_last_use_2014_slash_dates",
               received=D(2026, 4, 6))
    return dict(stem="bl13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → real servicer, last use 2014/03/31, 2 pages)",
                unusual="joint 債権譲渡及び譲受のご通知 between teal rules; EVERY date western with slashes (通知日 2026/04/03, "
                        "ご契約日 2006/09/14, 最終お取引日 2014/03/31, 喪失 2014/06/10, 譲渡日 2026/03/27); a 2×2 shaded "
                        "label grid; a 4-row table with shaded labels and bare numbers under 「（単位：円）」 — new labels ご利用"
                        "残高（元本） / 未払手数料 (→ interest) / 遅延損害金 / 譲渡債権額合計; the 譲渡人 / 譲受人 (real servicer ★ "
                        "アウロラ債権回収株式会社, 「法務大臣許可番号　第７６号」 full-width) boxes side by side at the bottom with "
                        "round seals; informs only (payment_due null); p.2 a ご利用明細 of the last months to 2014/03/31 "
                        "(balances distractors) and an FAQ; the 譲渡人's 092 number as a distractor")


# ---------------------------------------------------------------------------------------------
# bl14 縦書き joint 債権譲渡通知書: consumer lender → invented servicer (第三一四号), loan last paid in 平成23年; digital.


def bl14():
    R = 20.0
    issued, assign = D(2025, 12, 8), D(2025, 11, 28)
    contract, lastp, acc = D(2007, 8, 10), D(2011, 5, 30), D(2011, 7, 1)
    P, I = 608_441, 9_870
    L = late(P, R, nxt(acc), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人株式会社にしきぎファイナンスは、貴殿に対して有する左記債権（元金、利息、遅延損害金その他これに付帯する"
                 f"一切の権利を含む。）を、{kd(assign)}、譲受人ひわだ債権回収株式会社に譲渡いたしましたので、譲渡人及び譲受人の"
                 "連名をもって通知いたします。"),
        ("body", "今後のお支払い及びお問い合わせは、すべて譲受人あてにお願いいたします。"),
        ("indent", "記"),
        ("indent", f"一　原契約　　{kd(contract)}付金銭消費貸借契約"),
        ("plain", "　　　　　　　（貸付金額　金七十万円）"),
        ("indent", f"二　最終弁済日　{kd(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kd(acc)}"),
        ("indent", f"四　譲渡債権の額（{kd(assign)}現在）"),
        ("plain", f"　　　元金　　　　{kyen(P)}"),
        ("plain", f"　　　利息　　　　{kyen(I)}"),
        ("plain", f"　　　遅延損害金　{kyen(L)}"),
        ("plain", f"　　　　（{kd(nxt(acc))}から年二十パーセント）"),
        ("plain", f"　　　合計　　　　{kyen(T)}"),
        ("indent", "五　管理番号　ＨＷ－２５１２－７７０"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "（譲渡人）大阪市中央区ゆきげ台九丁目九番九号"),
        ("low", "株式会社にしきぎファイナンス"),
        ("low", "代表取締役　辰巳　浩之"),
        ("blank", ""),
        ("low", "（譲受人）愛媛県松山市つきしろ通九丁目九番九号"),
        ("low", "ひわだ債権回収株式会社"),
        ("low", "代表取締役　嘉陽　昌也"),
        ("low", "法務大臣許可番号　第三一四号"),
        ("low", "電話　〇一二〇（〇〇〇）八四六"),
        ("blank", ""),
        ("low", "広島県尾道市はつしも坂九丁目九番九号"),
        ("low", "満生　建二　殿"),
    ]
    size = 9.6
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.6, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 55141))
    for name, sd, txt in (("株式会社にしきぎファイナンス", 55142, "にしきぎファイナンス|代表/取締役"),
                          ("ひわだ債権回収株式会社", 55143, "ひわだ債権回収|代表/取締役")):
        xs = [it.x for it in pg.items if isinstance(it, VText) and it.s == name]
        pg.items.append(Seal(xs[0] - 3.0, 22.0 + (8 + 17) * size * 0.3528 * 1.05, 11, "round", txt, angle=-5, seed=sd))
    tr = truth(document_type="assignment_notice", sender="ひわだ債権回収株式会社", license_number=314,
               phone="0120-000-846", creditor="ひわだ債権回収株式会社", status="unverified",
               original="株式会社にしきぎファイナンス", debtor="満生建二", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="HW-2512-770", input_kind="vertical_pdf",
               template="proxy55_vertical_joint_assignment_loan_last_paid_heisei23", received=D(2025, 12, 10))
    return dict(stem="bl14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (縦書き joint notice, consumer lender → invented servicer, loan last paid 平成23年)",
                unusual="縦書き 債権譲渡通知書 (内容証明, digital) sent JOINTLY: （譲渡人） and （譲受人） blocks one after the other "
                        "at the end with round seals; the INVENTED servicer ひわだ債権回収 with 「法務大臣許可番号　第三一四号」 in "
                        "kanji digits (→ unverified); every date in kanji (平成十九年 契約, 平成二十三年 last payment and 喪失, "
                        "令和七年 譲渡); 貸付金額 金七十万円 (distractor); the 譲渡債権の額 as indented lines in positional kanji "
                        "with 十四年 of damages nearly three times the 元金; full-width 管理番号 ＨＷ－２５１２－７７０; informs "
                        "only (no payment date); 0120 phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bl15 信用金庫 催告書 (民法150条) on a loan in default since 平成30年; 平成31年 / 令和元年 dates; photo stored sideways.


def bl15():
    R = 14.0
    issued, due = D(2026, 7, 10), D(2026, 7, 31)
    contract, lastp, acc = D(2013, 4, 22), D(2017, 11, 27), D(2018, 2, 8)
    P, I = 982_300, 21_406
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(15, 21, "がんぴ信用金庫", size=15, font="serif-bold", color=SEPIA)
    p.at(15, 26, "融資管理課", size=9, color=SEPIA)
    p.at(196, 19, wa(issued), size=10, align="r")
    p.at(196, 24.5, "整理番号　GP-0712-33", size=9.5, align="r")
    p.y = 34
    p.line("〒501-0000　岐阜県美濃市かわたれ通九丁目9番9号", size=10)
    p.line("半澤　誠司　殿", size=13.5)
    p.gap(6)
    p.title("催　告　書", size=18, font="serif-bold")
    p.para(f"貴殿は、当金庫との間の{wa(contract)}付金銭消費貸借契約（証書貸付）に基づく毎月の返済を、{wa(lastp)}の返済を最後に"
           f"怠り、{wa(acc)}の経過をもって期限の利益を喪失しております。")
    p.para("当金庫は、平成31年4月26日付及び令和元年10月4日付の書面により再三お支払いをお願いしてまいりましたが、現在に至るまで"
           "お支払いもご連絡もいただいておりません。")
    p.para(f"つきましては、本書をもって、下記金員を{wa(due)}（{wd(due)}）までにお支払いくださるよう催告いたします。期限までに"
           "お支払いのない場合は、連帯保証人への請求及び訴訟の提起等の法的手続をとらせていただきます。")
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 34, 170
    for lab, val in (("残元金", f"金{fw(f'{P:,}')}円"), ("未収利息", f"金{fw(f'{I:,}')}円"),
                     (f"遅延損害金（{wa(nxt(acc))}から本日まで年14％）", f"金{fw(f'{L:,}')}円"),
                     ("合　計", f"金{fw(f'{T:,}')}円")):
        bold = "合" in lab[:1]
        if bold:
            p.add(Line(x0, p.y + 0.3, x1, p.y + 0.3, 0.5))
            p.gap(1)
        b = p.line(lab, x=x0, size=10.5, font="serif-bold" if bold else None)
        p.at(x1, b, val, size=10.5, align="r", font="serif-bold" if bold else "serif")
    p.gap(3)
    p.kv([("ご融資番号", "3301-208876"), ("当初ご融資額", "1,500,000円（平成25年4月22日）"),
          ("お振込先", "がんぴ信用金庫 本店営業部 普通預金 2088760 ガンピシンヨウキンコ")], x=30, label_w=34, size=9.8)
    p.gap(3)
    p.para("本書は、民法第150条に定める催告として送付するものです。なお、本書と行き違いにお支払いいただいた場合は、ご容赦ください。",
           size=9.5, indent="")
    p.gap(5)
    for s, sz, f in (("がんぴ信用金庫", 11, "serif-bold"), ("理事長　迫間　恒夫", 10, "serif"),
                     ("〒501-0000 岐阜県美濃市あさぼらけ台九丁目9番9号", 9, "serif"),
                     ("融資管理課　担当 道下　電話 0575-00-3312", 9.5, "serif")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 14, 14, "square", "がんぴ信用金庫理事長之印", angle=3, seed=55151)
    tr = truth(document_type="collection_notice", sender="がんぴ信用金庫", phone="0575-00-3312", creditor="がんぴ信用金庫",
               status="not_applicable", debtor="半澤誠司", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="GP-0712-33", input_kind="photo_exif_rotated",
               template="proxy55_credit_union_demand_civil_code_150_rotated", received=D(2026, 7, 13))
    return dict(stem="bl15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, shadow=0.22, shadow_side="top", fill=0.85,
                          warm=0.2),
                about="collection_notice (信用金庫 催告書 under 民法150条, loan in default since 平成30年)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a shadow at the top "
                        "left; a 信用金庫 (10-year period under the old law) in serif with 理事長 and a square seal; 殿; the "
                        "earlier reminders 「平成31年4月26日付及び令和元年10月4日付」 (distractors, both eras in one line); "
                        "amounts as 金 + FULL-WIDTH digits flush right (残元金 / 未収利息 / 遅延損害金 「本日まで」 / 合　計); "
                        "「民法第150条に定める催告」; ご融資番号 3301-208876 and 当初ご融資額 1,500,000 in kv lines "
                        "(distractors; the reference is the 整理番号); 連帯保証人 mentioned, not named")


# ---------------------------------------------------------------------------------------------
# bl16 lender's 取引履歴 sent on the debtor's request: claims nothing; 最終取引日 H26.3.31; digital.


def bl16():
    issued = D(2026, 3, 24)
    req = D(2026, 3, 2)
    acc = D(2014, 6, 2)
    rows = []
    bal = 0
    hist = [(D(2006, 5, 10), "ご契約・お借入", 300_000, 0, 0), (D(2006, 6, 12), "ご返済", 0, 12_000, 4_438),
            (D(2007, 2, 5), "お借入", 100_000, 0, 0), (D(2009, 8, 20), "お借入", 50_000, 0, 0)]
    for d, kind, borrow, pay, intr in hist:
        bal += borrow - (pay - intr)
        rows.append([hjis(d), kind, f"{borrow:,}" if borrow else "", f"{pay:,}" if pay else "",
                     f"{pay - intr:,}" if pay else "", f"{bal:,}"])
    rows.append(["（中略）", "平成18年7月～平成25年12月のお取引 計91件", "", "", "", ""])
    bal = 301_260
    tail = [(D(2014, 1, 27), 10_000, 4_612), (D(2014, 2, 27), 10_000, 4_147), (D(2014, 3, 31), 8_000, 4_697)]
    bal0 = bal
    for _d, pay, intr in tail:
        bal -= pay - intr
    assert bal0 - sum(p - i for _, p, i in tail) == bal
    last_bal = bal
    b = bal0
    rows.append(["H25.12.27", "ご返済", "", "10,000", "5,380", f"{bal0:,}"])
    for d, pay, intr in tail:
        b -= pay - intr
        rows.append([hjis(d), "ご返済", "", f"{pay:,}", f"{pay - intr:,}", f"{b:,}"])
    rows.append([hjis(acc), "期限の利益喪失", "", "", "", f"{last_bal:,}"])
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "おひょうファイナンス株式会社", size=13, font="sans-bold", color=NAVY)
    p.at(15, 24, "お客様相談室", size=8.5, color=NAVY)
    p.at(196, 18, f"作成日　{hjis(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　OH-0629-4410", size=9.5, align="r")
    p.y = 30
    p.line("〒430-0000　静岡県浜松市中央区よいやみ町九丁目9番9号", size=10)
    p.line("辻堂　奈緒　様", size=13.5)
    p.gap(5)
    p.title("取引履歴のご送付について", size=15)
    p.para(f"{era(req)}付でご請求のありましたお取引履歴の開示につきまして、当社に記録のある貴殿とのお取引の経過を下記のとおり"
           "ご送付いたします。", size=9.8)
    y = p.y + 1
    p.add(Box(15, y, 181, 9, 0.4, None, (0.90, 0.96, 0.90)))
    p.at(105.5, y + 6.2, "本書はお取引履歴のご案内であり、ご請求書ではありません。", size=10.5, font="sans-bold", align="c",
         color=(0.1, 0.4, 0.15))
    p.y = y + 13
    y = p.y
    for i, (a, b_) in enumerate((("ご契約日", "H18.5.10"), ("ご契約極度額", "500,000円"), ("約定利率", "年18.0％"),
                                 ("最終取引日", "H26.3.31"))):
        xx = 15 + i * 45.25
        p.add(Box(xx, y, 45.25, 13, 0.3))
        p.at(xx + 2, y + 4.5, a, size=7.8, color=GRAY)
        p.at(xx + 2, y + 10.8, b_, size=10.5, font="sans-bold" if a == "最終取引日" else "sans")
    p.y = y + 17
    p.table([["お取引日", "お取引内容", "お借入額", "ご返済額", "元金充当額", "残元金"]] + rows, [24, 70, 22, 22, 22, 21], x=15,
            header=True, aligns="llrrrr", size=8.6, row_h=6.4)
    p.line("（単位：円。ご返済額のうち元金充当額を除いた部分は利息に充当しています。）", size=8, x=15)
    p.gap(2)
    p.para("※当社は、期限の利益喪失後、本件についてご請求書の送付を行っておりません。今後のお取引についてのご相談は、お客様相談室"
           "までご連絡ください。", size=8.8, indent="")
    p.para("※お取引履歴は、開示のご請求時点で当社が保存している記録に基づき作成しております。", size=8.8, indent="")
    p.gap(3)
    for s, sz, f in (("おひょうファイナンス株式会社　お客様相談室", 10, "sans-bold"),
                     ("〒420-0000 静岡市葵区たそがれ坂九丁目9番9号", 8.5, "sans"),
                     ("0120-000-629（平日 10:00～17:00）　担当 豊増", 9.3, "sans"),
                     ("貸金業登録番号 東海財務局長(5)第00629号", 8, "sans")):
        p.line(s, x=104, size=sz, font=f)
    tr = truth(document_type="other", sender="おひょうファイナンス株式会社", phone="0120-000-629", creditor=None,
               status="not_applicable", debtor="辻堂奈緒", lump=False, issued=issued, payment_due=None,
               acceleration=acc, last_payment=D(2014, 3, 31), reference="OH-0629-4410", input_kind="pdf_text",
               template="proxy55_lender_transaction_history_disclosure_claims_nothing", received=D(2026, 3, 26))
    return dict(stem="bl16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (lender's 取引履歴 sent on request, claims nothing)",
                unusual="a consumer lender's answer to the debtor's 取引履歴開示請求 (令和8年3月2日, distractor): a green "
                        "band 「本書は…ご請求書ではありません」; EVERY date in JIS initials without padding (作成日 R8.3.24, "
                        "契約 H18.5.10, 最終取引日 H26.3.31 in a bold cell of a 4-cell strip); a 6-column history table (お取引日 / "
                        "内容 / お借入額 / ご返済額 / 元金充当額 / 残元金) with a 「（中略）」 row and a 期限の利益喪失 row H26.6.2; "
                        "the 残元金 column, 極度額 500,000 and 約定利率 18.0 % are distractors (every amount and the rate null); "
                        "貸金業登録番号 (not a licence)")


LETTERS = [bl09, bl10, bl11, bl12, bl13, bl14, bl15, bl16]
