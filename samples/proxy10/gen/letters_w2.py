"""Proxy set 10, letters w09–w16: a guarantee company's 縦書き 代位弁済通知書 (大字 total), a lawyer's 縦書き 御通知 for a
hospital's unpaid bills, an invented servicer's 債権譲受 notice with two amount columns (譲渡日 / today), an invented
servicer's 2-page fax for a lease company, a law firm's 債務弁済契約書（案） in 大字, a 支払督促 (旭川簡裁) with the
amounts in one row, a scam postcard and a scam letter from a fake servicer with a fake number."""

from __future__ import annotations

from datetime import date as D

from common import Page, cell, kman, late, seal_after, truth

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import GRAY, RED, Line, Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.42, 0.16, 0.36)
SEA = (0.05, 0.36, 0.55)
SHADE = (0.92, 0.92, 0.92)
WHITE = (1.0, 1.0, 1.0)


def kj(n: int) -> str:
    """金四十八万六千九百三十円 (positional kanji)."""
    return "金" + kanji_number(n) + "円"


def dj(n: int) -> str:
    """金弐百四拾壱万…円 (大字)."""
    return "金" + kanji_number(n, daiji=True) + "円"


def fk(n: int) -> str:
    return fw(f"金{n:,}円")


def _seal_on(pg, prefix: str, kind: str, text: str, seed: int, dx: float = -3.0, dy: float = -6.0, size=13, angle=4):
    for it in list(pg.items):
        if isinstance(it, VText) and it.s.startswith(prefix):
            pg.items.append(Seal(it.x + dx, seal_after(it, it.size, 2.0) + dy, size, kind, text, angle=angle, seed=seed))
            return
    raise AssertionError(prefix)


def _wrap_daiji(s: str, width: float, size: float, font: str) -> list[str]:
    """Greedy wrap in which a 大字 amount (金壱百参拾八万…円), a western number or date never breaks across lines."""
    import re

    from samples.letters.layout import _NO_LINE_START, text_width
    toks = re.findall(r"金[〇壱弐参四五六七八九拾百千万]+円|[0-9,.]+[年月日%％円]?|.", s)
    lines, cur = [], ""
    for t in toks:
        if text_width(cur + t, size, font) > width and cur and t[0] not in _NO_LINE_START:
            lines.append(cur)
            cur = ""
        cur += t
    lines.append(cur)
    return lines


# ---------------------------------------------------------------------------------------------
# w09 保証会社 代位弁済通知書, 縦書き 内容証明 (digital): the bank's 期限の利益喪失 and the 代位弁済 in prose, 記 with the
#     求償元金 and 損害金 in kanji digits with 万 and the 合計 in 大字; kanji-digit phone; full-width 求償番号.


def w09():
    R = 14.0
    P = 2_386_540 + 11_212
    L = late(P, R, D(2025, 12, 20), D(2026, 1, 13))
    T = P + L
    cols = [
        ("title", "代位弁済通知書"),
        ("body", "貴殿は、株式会社ゆうなぎ銀行（以下「銀行」といいます。）との間で平成三十一年三月八日付金銭消費貸借契約"
                 "（教育ローン）を締結し、当社は、貴殿の委託を受けて、同契約に基づく貴殿の銀行に対する債務を保証いたしました。"),
        ("body", "しかるに貴殿は、令和七年八月四日の返済を最後にその後の返済を怠り、令和七年十一月二十日の経過をもって銀行に"
                 "対する期限の利益を喪失されました。"),
        ("body", "そこで当社は、保証委託契約に基づき、令和七年十二月十九日、銀行に対し、貴殿の残債務（元金二三八万六五四〇円、"
                 "利息一万一二一二円）の合計金二三九万七七五二円を代位弁済いたしました。"),
        ("body", "よって当社は、貴殿に対し、左記の求償債権の合計額を、令和八年一月三十日限り一括してお支払いくださるよう請求"
                 "いたします。右期限までにお支払いのないときは、法的手続をとらせていただきます。"),
        ("indent", "記"),
        ("indent", f"一、求償元金　　{kman(P)}"),
        ("indent", f"二、遅延損害金　{kman(L)}"),
        ("plain", "　　　　（令和七年十二月二十日から令和八年一月十三日まで年十四パーセントの割合）"),
        ("indent", f"三、合計　　　　{dj(T)}"),
        ("body", "なお、令和八年一月十四日以降も、求償元金に対し年十四パーセント（年三百六十五日の日割計算）の割合による"
                 "遅延損害金が発生いたします。"),
        ("low", "求償番号　２５－１１８４"),
        ("low", "振込先　ゆうなぎ銀行　本店営業部　普通預金　〇七二六五五一"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", "令和八年一月十三日"),
        ("low", "東京都立川市あけぼの台九丁目九番九号"),
        ("low", "（求償債権管理課）電話〇四二（〇〇〇）三八一五"),
        ("low", "株式会社あかねぞら信用保証"),
        ("low", "代表取締役　椎名　篤史"),
        ("blank", ""),
        ("low", "東京都八王子市ひよどり山九丁目九番九号"),
        ("low", "生駒　拓海　殿"),
    ]
    pages = vertical_page(cols, size=10, col_pitch=6.1, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "代表取締役", "round", "あかねぞら信用保証|代表取締役/之印", 10901)
    pg.items.append(post_office_stamp(pg, 10902))
    tr = truth(document_type="acceleration_notice", sender="株式会社あかねぞら信用保証", phone="042-000-3815",
               creditor="株式会社あかねぞら信用保証", status="not_applicable", original="株式会社ゆうなぎ銀行",
               debtor="生駒拓海", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=D(2026, 1, 13),
               payment_due=D(2026, 1, 30), acceleration=D(2025, 11, 20), last_payment=D(2025, 8, 4),
               reference="25-1184", input_kind="vertical_pdf", template="proxy10_vertical_subrogation_daiji_total",
               received=D(2026, 1, 15))
    return dict(stem="w09", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (縦書き 内容証明, guarantee company 代位弁済)",
                unusual="縦書き 内容証明 代位弁済通知書 from a bank-loan guarantee company (digital); the bank's 期限の利益喪失 "
                        "and the 代位弁済 (元金 二三八万六五四〇円 + 利息 一万一二一二円 = 金二三九万七七五二円, history) in prose; "
                        "記: 求償元金 and 遅延損害金 in kanji digits with 万 (金二三九万七七五二円), the window on its own "
                        "column, 合計 in 大字; 令和八年一月三十日限り; 年十四パーセント; full-width 求償番号 ２５－１１８４ "
                        "stacked; kanji-digit phone with a 3-digit exchange; round seal over the 代表取締役 column; "
                        "郵便認証司 stamp; 平成三十一年 contract date")


# ---------------------------------------------------------------------------------------------
# w10 lawyer's 縦書き 御通知 for a hospital's unpaid bills (医療法人), scanned: three bills and a part payment in a
#     list, the balance and 法定利率 3% damages in positional kanji; 限り deadline; full-width ファイル番号.


def w10():
    R = 3.0
    bills = [("令和七年四月分外来診療費", 38_460), ("令和七年五月十二日から同年六月十八日までの入院診療費", 452_130),
             ("同入院に係る室料差額（個室）", 46_340)]
    B = sum(a for _, a in bills)
    PAID = 50_000
    P = B - PAID
    L = late(P, R, D(2025, 7, 1), D(2026, 2, 20))
    T = P + L
    cols = [
        ("title", "御　通　知"),
        ("body", "冠省　当職は、医療法人社団青葉会（みなみ野総合病院。以下「通知人」といいます。）の代理人として、貴殿に"
                 "対し、次のとおり通知いたします。"),
        ("body", "貴殿は、通知人の開設するみなみ野総合病院において診療を受けられましたが、その診療費のうち左記一の金員が"
                 "未払となっております。これらの診療費の支払期日は、いずれも令和七年六月三十日（退院時精算日）でした。"),
        ("body", "その後、令和七年八月二十九日に金五万円をお支払いいただいたのみで、再三の請求にもかかわらず残額のお支払いが"
                 "ありません。"),
        ("indent", "記"),
        ("indent", f"一、{bills[0][0]}　{kj(bills[0][1])}"),
        ("indent", f"　　{bills[1][0]}　{kj(bills[1][1])}"),
        ("indent", f"　　{bills[2][0]}　{kj(bills[2][1])}"),
        ("indent", f"　　右小計　{kj(B)}"),
        ("indent", f"二、令和七年八月二十九日ご入金　{kj(PAID)}"),
        ("indent", f"三、未払診療費残額　{kj(P)}"),
        ("indent", f"四、遅延損害金　{kj(L)}"),
        ("plain", "　　　　（右三の金額に対する令和七年七月一日から令和八年二月二十日まで法定利率年三パーセントの割合）"),
        ("indent", f"五、以上合計　{kj(T)}"),
        ("body", "つきましては、右五の合計額を令和八年三月六日限り、左記の当職預り金口座にお振込みください。右期限までに"
                 "お支払い又はご連絡のない場合は、通知人の指示により、法的手続をとることとなりますので、ご承知おきください。"),
        ("body", "なお、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("low", "当職ファイル番号　Ａ２６－０３１"),
        ("low", "預り金口座　なにわ中央銀行　北浜支店　普通預金　〇三一七七四二　弁護士桂木恭子預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", "令和八年二月二十日"),
        ("low", "大阪市中央区きたはま九丁目九番九号　あおいビル五階"),
        ("low", "桂木法律事務所　電話〇六（〇〇〇〇）四四八二"),
        ("low", "右通知人代理人　弁護士　桂木　恭子"),
        ("blank", ""),
        ("low", "大阪府堺市北区もず野九丁目九番九号"),
        ("low", "帯刀　和子　殿"),
    ]
    pages = vertical_page(cols, size=9.6, col_pitch=5.7, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    pg = pages[0]
    _seal_on(pg, "右通知人代理人", "maru", "桂木", 11001, dx=0.0, dy=-4.0, size=9, angle=0)
    pg.items.append(post_office_stamp(pg, 11002))
    tr = truth(document_type="collection_notice", sender="桂木法律事務所", phone="06-0000-4482",
               creditor="医療法人社団青葉会", status="not_applicable", debtor="帯刀和子", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=D(2026, 2, 20), payment_due=D(2026, 3, 6),
               last_payment=D(2025, 8, 29), reference="A26-031", input_kind="vertical_scan",
               template="proxy10_vertical_lawyer_hospital_bills", received=D(2026, 2, 23))
    return dict(stem="w10", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.9,
                about="collection_notice (縦書き 内容証明, lawyer for a hospital)",
                unusual="縦書き 内容証明 御通知 (冠省 … 草々) from an individual lawyer's office for a 医療法人社団 (unpaid hospital "
                        "bills), scanned; 記 with three bills and a 右小計 536,930 (distractor), a part payment 金五万円 on "
                        "令和七年八月二十九日 (= last payment), then 未払診療費残額 (= principal), 遅延損害金 at the 法定利率 "
                        "年三パーセント and 以上合計, all in positional kanji; 令和八年三月六日限り; 預り金口座; full-width "
                        "当職ファイル番号 Ａ２６－０３１; phone inside the office column with a 4-digit exchange; small 認印")


# ---------------------------------------------------------------------------------------------
# w11 invented servicer (みさご債権回収, 第164号) 債権譲受のご通知及びご請求, image PDF: a plum stripe down the left margin,
#     letterhead top-LEFT, addressee top-RIGHT; amounts in TWO columns (譲渡日現在 / 本書作成日現在).


def w11():
    R = 19.9
    P, INT = 463_870, 21_554
    L0 = late(P, R, D(2025, 7, 16), D(2025, 12, 19))
    L = late(P, R, D(2025, 7, 16), D(2026, 2, 9))
    T0, T = P + INT + L0, P + INT + L
    p = Page(font="sans", size=10, top=14, left=22)
    p.box(0, 0, 9, 297, width=0.2, color=None, fill=PLUM)
    top = p.y
    p.line("みさご債権回収株式会社", x=22, size=14, font="sans-bold")
    p.line("法務大臣許可番号　第164号", x=22, size=9)
    p.line("〒812-0000 福岡市博多区なみかけ町九丁目9番9号", x=22, size=8.5)
    p.line("債権管理部　TEL 092-000-1640　FAX 092-000-1649", x=22, size=8.5)
    p.seal(98, top + 6, 13, "square", "みさご債権回収株式会社", angle=-5, seed=11101)
    p.y = top
    p.line("令和8年2月9日", x=190, align="r", size=10)
    p.gap(4)
    p.line("〒830-0000", x=122, size=9.5)
    p.line("福岡県久留米市ちくご川九丁目9番9号", x=122, size=9.5)
    p.line("湊谷　誠　様", x=126, size=13.5)
    p.line("譲受債権番号　MS-24-0977", x=122, size=9)
    p.gap(5)
    p.title("債権譲受のご通知及びご請求", size=15.5, color=PLUM)
    p.para("株式会社ウミネコ・ファイナンス（以下「譲渡人」といいます。）は、令和7年12月19日、貴殿に対する下記の貸金債権"
           "を、その利息・遅延損害金とともに当社に譲渡いたしました。当社は、譲渡人から委任を受け、譲渡人に代わって本書により"
           "債権譲渡のご通知を申し上げます。")
    p.para("貴殿は、譲渡人とのご契約に基づく返済を令和7年5月30日を最後にされておらず、令和7年7月15日の経過により期限の"
           "利益を喪失されております。つきましては、本書作成日現在のご請求額を、下記お支払期限までに一括してお支払い"
           "ください。")
    p.gap(2)
    p.line("【譲受債権の明細】", size=10.5, font="sans-bold", color=PLUM)
    p.table([["項目", "譲渡日（令和7年12月19日）現在", "本書作成日（令和8年2月9日）現在"],
             ["元金", f"{P:,}円", f"{P:,}円"],
             ["利息", f"{INT:,}円", f"{INT:,}円"],
             ["遅延損害金（年19.9％）", f"{L0:,}円", f"{L:,}円"],
             ["合計", f"{T0:,}円", f"{T:,}円"]], [46, 62, 62], header=True, aligns="lrr", size=10, x=22)
    p.gap(1)
    p.para("※遅延損害金は元金に対する令和7年7月16日からの日割計算です。譲渡日現在の額は、ご参考として記載しています。",
           size=8.5, indent="")
    p.gap(2)
    p.kv([("原契約", "金銭消費貸借契約（フリーキャッシング）　契約日 令和2年10月2日"),
          ("お支払期限", "令和8年2月27日（金）"),
          ("お振込先", "つくしの銀行　博多駅前支店　普通　6014402　ミサゴサイケンカイシュウ（カ")],
         x=26, label_w=26, sep="　", size=10)
    p.gap(3)
    p.para("※今後のお支払い及びお問い合わせは、譲渡人ではなく当社へお願いいたします。譲渡人へお支払いいただいても、"
           "ご返済とはなりませんのでご注意ください。", size=9, indent="")
    p.para("※当社が法務大臣の許可を受けた債権回収会社であることは、法務省ホームページの「債権回収会社一覧」でご確認"
           "いただけます。", size=9, indent="")
    y = 262
    p.box(22, y, 168, 16, width=0.3, color=PLUM)
    p.at(26, y + 6, "譲渡人　株式会社ウミネコ・ファイナンス　（〒810-0000 福岡市中央区てんじん九丁目9番9号）", size=8.8)
    p.at(26, y + 12, "譲受人　みさご債権回収株式会社　債権管理部　TEL 092-000-1640（平日9:00～18:00）", size=8.8)
    tr = truth(document_type="assignment_notice", sender="みさご債権回収株式会社", license_number=164,
               phone="092-000-1640", creditor="みさご債権回収株式会社", status="unverified",
               original="株式会社ウミネコ・ファイナンス", debtor="湊谷誠", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=D(2026, 2, 9), payment_due=D(2026, 2, 27),
               acceleration=D(2025, 7, 15), last_payment=D(2025, 5, 30), assignment=D(2025, 12, 19),
               reference="MS-24-0977", input_kind="pdf_scan", template="proxy10_invented_servicer_two_columns",
               received=D(2026, 2, 12))
    return dict(stem="w11", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.1,
                about="assignment_notice (invented servicer, with a demand)",
                unusual="invented servicer みさご債権回収 printing 「法務大臣許可番号 第164号」 (→ unverified) as a ONE-page image "
                        "PDF; a plum stripe down the LEFT margin, letterhead TOP-LEFT with seal, addressee block TOP-RIGHT "
                        "with the 譲受債権番号 under the name; the servicer notifies on the assignor's behalf and demands; "
                        "amounts in TWO value columns 「譲渡日（12/19）現在」 (distractor) and 「本書作成日（2/9）現在」 (truth); "
                        "label 遅延損害金（年19.9％）; 原契約 date and the 譲渡人's address as distractors; a footer box "
                        "naming 譲渡人 and 譲受人")


# ---------------------------------------------------------------------------------------------
# w12 invented servicer (ベイサイド債権回収, 第176号) collecting a lease company's claim on commission, 2-page fax: p.1 a
#     fax cover, p.2 the ご請求書 with a rows-only table (未払リース料 + 規定損害金 = 元本合計), sender bottom-right.


def w12():
    R = 14.6
    RENT, LOSS = 3 * 39_600, 1_245_000
    P = RENT + LOSS
    L = late(P, R, D(2025, 12, 6), D(2026, 2, 24))
    T = P + L
    p = Page(font="sans", size=11, top=18)
    p.line("FAX送信のご案内", align="c", size=20, font="sans-bold")
    p.gap(6)
    p.kv([("送信日", "2026年2月24日"),
          ("宛先", "有限会社真壁工務店　御中（代表取締役　真壁　勇作　様）"),
          ("貴FAX番号", "0465-00-3308"),
          ("送信元", "ベイサイド債権回収株式会社　回収第一課"),
          ("TEL／FAX", "045-000-1766　／　045-000-1767"),
          ("送信枚数", "2枚（本票を含む）")], x=30, label_w=34, size=11)
    p.gap(6)
    p.rule(x0=30, x1=180)
    p.gap(3)
    p.line("【通信欄】", x=30, size=11, font="sans-bold")
    p.para("いつもお世話になっております。ひかりリース株式会社様よりご依頼を受けております、リース契約に関するご請求書を"
           "次頁のとおりお送りいたします。ご確認のほど、よろしくお願い申し上げます。", x0=30, x1=180)
    p.gap(4)
    p.para("※本ファクシミリは機密情報を含みます。誤って受信された場合は、お手数ですが送信元までご連絡のうえ破棄して"
           "ください。", x0=30, x1=180, size=9.5, indent="")

    q = Page(font="sans", size=10, top=14)
    q.line("2026年2月24日", align="r")
    q.line("受託番号　BS-0224-118", align="r", size=9.5)
    q.line("有限会社真壁工務店　御中", size=13)
    q.line("代表取締役　真壁　勇作　様", x=26, size=10.5)
    q.gap(4)
    q.title("リース料等のご請求について", size=15)
    q.para("当社は、ひかりリース株式会社（以下「リース会社」といいます。）から、貴社との下記リース契約に係る債権の管理回収"
           "業務を受託しております。なお、債権者はリース会社であり、当社はリース会社に代わってお支払いを受領いたします。")
    q.para("貴社は令和7年9月分以降のリース料のお支払いを遅滞されたため、リース会社は、リース契約約款第19条に基づき、"
           "2025年12月5日付で本契約を解除し、同日をもって貴社は期限の利益を喪失されました。つきましては、下記金額を一括して"
           "お支払いください。")
    q.gap(2)
    q.kv([("リース物件", "業務用ワンボックス車 1台・プレカット加工機 1式"),
          ("契約番号", "HL-2022-05581（2022年5月契約・リース期間72か月）"),
          ("月額リース料", "39,600円（税込）"),
          ("最終ご入金日", "2025年8月26日")], x=26, label_w=30, size=9.5)
    q.gap(2)
    q.table([["項　目", "内　容", "金　額"],
             ["未払リース料", "2025年9月分～11月分（3か月分）", f"{RENT:,}円"],
             ["規定損害金", "契約解除に伴う残リース料相当額", f"{LOSS:,}円"],
             ["元本合計", "", f"{P:,}円"],
             ["遅延損害金", "2025年12月6日～2026年2月24日　年14.6％", f"{L:,}円"],
             ["ご請求金額", "", f"{T:,}円"]], [34, 92, 44], header=True, aligns="llr", ruled="rows", size=10)
    q.gap(3)
    y = q.y
    q.box(20, y, 170, 10, width=0.6)
    q.at(24, y + 6.8, "お支払期限　　2026年3月10日（火）", size=11, font="sans-bold")
    q.at(186, y + 6.8, "お振込先　よこはま湾岸銀行 関内支店 当座 0081766", size=9, align="r")
    q.y = y + 14
    q.para("※リース物件は、リース会社の所有物です。引揚げの日程につきましては、別途ご連絡いたします。", size=8.8, indent="")
    q.para("※期限までにお支払い又はご連絡がない場合は、リース会社と協議のうえ、連帯保証人様へのご請求及び法的手続を"
           "検討いたします。", size=8.8, indent="")
    y = 248
    q.add(Line(112, y, 190, y, 0.4))
    q.at(114, y + 6, "ベイサイド債権回収株式会社", size=11, font="sans-bold")
    q.at(114, y + 11, "法務大臣許可番号　第176号", size=8.5)
    q.at(114, y + 16, "〒231-0000 横浜市中区かいがん通九丁目9番9号", size=8.3)
    q.at(114, y + 21.5, "回収第一課　TEL 045-000-1766", size=10, font="sans-bold")
    q.at(114, y + 26.5, "FAX 045-000-1767　担当　小柳", size=8.5)
    q.seal(184, y + 18, 12, "square", "ベイサイド債権回収株式会社", angle=3, seed=11201)
    tr = truth(document_type="collection_notice", sender="ベイサイド債権回収株式会社", license_number=176,
               phone="045-000-1766", creditor="ひかりリース株式会社", status="unverified",
               original="ひかりリース株式会社", debtor="有限会社真壁工務店", total=T, principal=P, late_damages=L, rate=R,
               lump=True, issued=D(2026, 2, 24), payment_due=D(2026, 3, 10), acceleration=D(2025, 12, 5),
               last_payment=D(2025, 8, 26), reference="BS-0224-118", input_kind="fax_tiff",
               template="proxy10_invented_servicer_lease_fax", received=D(2026, 2, 24))
    return dict(stem="w12", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header="2026/02/24 10:31  FROM: BAYSIDE SERVICER 1KA  045-000-1767",
                about="collection_notice (invented servicer 受託, lease 規定損害金)",
                unusual="invented servicer ベイサイド債権回収 printing 「法務大臣許可番号 第176号」 (→ unverified) collecting a "
                        "LEASE company's claim on commission (creditor = original = リース会社), 2-page G4 fax: p.1 a FAX "
                        "送信のご案内 cover (送信日, the debtor's FAX, TEL／FAX, 枚数) with no amounts; p.2 the ご請求書 to a "
                        "COMPANY (有限会社 … 御中, the debtor) with a rows-only table 未払リース料 + 規定損害金 → 元本合計 "
                        "(= principal), 遅延損害金, ご請求金額; 契約解除 date = acceleration; 月額リース料 39,600 and the "
                        "72-month term as distractors; お支払期限 and the account in one framed bar; sender BOTTOM-RIGHT")


# ---------------------------------------------------------------------------------------------
# w13 law firm 債務弁済契約書（案） (digital): a cover strip with the return deadline, the draft 契約書 with the debt in
#     大字 and its 内訳 in brackets (第1条), instalment terms as distractors; dual dates 2026年（令和8年）.


def w13():
    R = 20.0
    P, INT = 1_032_500, 47_380
    L = late(P, R, D(2024, 11, 6), D(2026, 4, 24))
    T = P + INT + L
    p = Page(font="serif", size=10.2, top=12, leading=1.62)
    y = p.y
    p.box(20, y, 170, 27, width=0.3, fill=SHADE, color=GRAY)
    p.at(24, y + 6, "2026年（令和8年）4月24日", size=9.5)
    p.at(186, y + 6, "当事務所整理番号　KG-2604-112", size=9.5, align="r")
    p.at(24, y + 12, "甲斐田　遥　様", size=11.5, font="serif-bold")
    p.at(24, y + 18.5, "先日ご相談いただいた分割弁済につき、下記の案をお送りします。", size=8.8)
    p.at(24, y + 23.5, "ご署名・ご捺印のうえ、2026年（令和8年）5月15日までに当事務所へご返送ください。", size=8.8,
         font="serif-bold")
    p.y = y + 32
    p.title("債 務 弁 済 契 約 書（案）", size=15, font="serif-bold")
    p.para("株式会社ハーバーローン（以下「甲」という。）と甲斐田遥（以下「乙」という。）は、甲乙間の金銭消費貸借契約"
           "（令和元年7月18日締結、会員番号 HB-0418-2276）に基づく乙の債務について、次のとおり合意する。")
    arts = [
        f"第1条　乙は、甲に対し、2026年4月24日現在、{dj(T)}の債務（内訳：元金　{dj(P)}、利息　{dj(INT)}、遅延損害金"
        f"　{dj(L)}）を負担していることを確認する。なお、乙は令和6年9月27日の弁済を最後に弁済を怠り、令和6年11月5日の"
        "経過により期限の利益を喪失したものである。",
        "第2条　甲は、乙が次条の分割金の支払を完了することを条件として、前条の債務のうち金壱百萬円を超える部分の支払を"
        "猶予する。",
        "第3条　乙は、甲に対し、前条の金壱百萬円を、2026年6月から2030年7月まで、毎月末日限り金弐萬円ずつ（50回）、甲の"
        "指定する口座に振り込んで支払う。",
        "第4条　乙が前条の分割金の支払を怠り、その額が金四萬円に達したときは、乙は当然に期限の利益を失い、第1条の金額から"
        "既払金を控除した残額及びこれに対する年20.0％の割合による遅延損害金を直ちに支払う。",
        "第5条　乙が第3条の分割金を遅滞なく支払ったときは、甲は乙に対し、第2条により猶予した部分の支払を免除する。",
        "第6条　甲及び乙は、本契約に定めるほか、甲乙間に何らの債権債務のないことを相互に確認する。",
    ]
    for a in arts:
        for ln in _wrap_daiji(a, 170, 9.8, "serif"):
            p.line(ln, size=9.8)
        p.gap(0.8)
    p.gap(2)
    p.para("本契約の成立を証するため本書2通を作成し、甲乙記名押印のうえ各1通を保有する。", size=9.8)
    p.line("　　　　年　　月　　日", x=30, size=10)
    y = p.y + 2
    p.box(20, y, 84, 34, width=0.3)
    p.at(23, y + 6, "甲　東京都港区ふなだまり九丁目9番9号", size=8.8)
    p.at(27, y + 12, "株式会社ハーバーローン", size=9.8)
    p.at(23, y + 19, "上記代理人", size=8.8)
    p.at(23, y + 25, "弁護士法人かぐら総合法律事務所", size=9.3, font="serif-bold")
    p.at(27, y + 31, "担当弁護士　宮司　沙耶　／　鳴海　恭平", size=8.8)
    p.seal(94, y + 16, 12, "square", "弁護士法人かぐら総合法律事務所印", angle=2, seed=11301)
    p.box(106, y, 84, 34, width=0.3)
    p.at(109, y + 6, "乙　住所", size=8.8)
    p.at(109, y + 20, "　　氏名", size=8.8)
    p.seal(180, y + 22, 11, "maru", "印", seed=11302)
    p.y = y + 40
    p.line("弁護士法人かぐら総合法律事務所　〒102-0000 東京都千代田区かぐら坂九丁目9番9号　TEL 03-0000-5270　FAX 03-0000-5271",
           size=8.3)
    p.line("（第一東京弁護士会所属）受付時間　平日 10:00～18:00　※ご不明な点は担当弁護士までお問い合わせください。", size=8.3)
    tr = truth(document_type="settlement_proposal", sender="弁護士法人かぐら総合法律事務所", phone="03-0000-5270",
               creditor="株式会社ハーバーローン", status="not_applicable", debtor="甲斐田遥", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=False, issued=D(2026, 4, 24), payment_due=D(2026, 5, 15),
               acceleration=D(2024, 11, 5), last_payment=D(2024, 9, 27), reference="KG-2604-112",
               input_kind="pdf_text", template="proxy10_law_firm_repayment_contract_daiji", received=D(2026, 4, 27))
    return dict(stem="w13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (弁護士法人, 債務弁済契約書（案）)",
                unusual="弁護士法人 for a consumer-finance client sends a draft 債務弁済契約書（案） on ONE digital page: a shaded "
                        "cover strip with the dual date 「2026年（令和8年）4月24日」, 整理番号, addressee and the RETURN deadline "
                        "(= payment_due); 第1条 the debt in 大字 (金壱百参拾八万…円) with the 内訳 in brackets, 喪失 and "
                        "last payment inside the article; 第2–5条 instalment terms with 萬 (金壱百萬円, 金弐萬円 × 50回, "
                        "金四萬円 threshold) as distractors; 会員番号 in the preamble (not the reference); signature boxes "
                        "甲 (with the firm as 代理人) and 乙 (blank) side by side; firm phone only in the footer line")


# ---------------------------------------------------------------------------------------------
# w14 支払督促 (旭川簡裁) for a rent guarantor's 求償金, phone HEIC: bracket labels 〔債権者〕〔債務者〕, the 請求の趣旨
#     as ONE row of amounts under item columns, a running clause below; 月額賃料 and 6 rents as distractors.


def w14():
    R, C = 14.6, 4_152
    P = 6 * 52_000
    L = late(P, R, D(2025, 12, 1), D(2026, 4, 30))
    T = P + L + C
    p = Page(font="serif", size=10, top=14, leading=1.6)
    p.line("令和８年（ロ）第２９１号　求償金請求督促事件", align="r", size=10)
    p.gap(3)
    p.title("支払督促", size=19, font="serif-bold")
    p.kv([("〔債権者〕", "〒060-0000　札幌市中央区おおどおり西九丁目9番9号"),
          ("", "株式会社すみかプラス保証　代表者代表取締役　北条　隆之"),
          ("", "（送達場所）同社 求償管理部　電話 011-000-3157"),
          ("〔債務者〕", "〒070-0000　北海道旭川市かぐら岡九丁目9番9号　メゾン神楽岡102"),
          ("", "千賀　康弘")], x=22, label_w=26, size=9.8)
    p.gap(2)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("令和８年５月１２日", x=28, size=10.5)
    yc = p.y
    p.line("旭川簡易裁判所　　裁判所書記官　　江　差　　美　穂", x=80, size=11)
    p.seal(180, yc + 2.5, 12, "square", "旭川簡易裁判所書記官印", angle=-3, seed=11401)
    p.gap(3)
    p.line("請求の趣旨", align="c", size=12, font="serif-bold")
    p.table([["求償金", "確定遅延損害金", "督促手続費用", "合計"],
             [fk(P), fk(L), fk(C), fk(T)]], [42.5, 42.5, 42.5, 42.5], header=True, aligns="cccc", size=10.5,
            row_h=9, font="serif")
    p.gap(1)
    p.para("確定遅延損害金は，求償金に対する令和７年１２月１日から令和８年４月３０日まで年１４．６％の割合によるもの。"
           "なお，債務者は，求償金に対する令和８年５月１日から完済まで年１４．６％の割合による遅延損害金を支払え。",
           size=9.3, indent="")
    p.gap(2)
    p.line("請求の原因", align="c", size=12, font="serif-bold")
    p.para("１　債務者は，令和５年３月２０日，訴外大雪ハウジング株式会社との間で，上記住所の建物を月額賃料５２，０００円"
           "（共益費込み，毎月末日限り翌月分前払）で賃借し，同日，債権者との間で，賃料等の支払を債権者が保証する旨の"
           "賃貸保証委託契約を締結した。", size=9.3, indent="")
    p.para("２　債務者は，令和７年５月２７日の支払を最後に賃料の支払をしないため，債権者は，令和７年６月分から同年１１月分"
           "までの賃料６か月分合計３１２，０００円を，賃貸人に対し，各月末日に代位弁済した（最終の代位弁済日 令和７年１１月"
           "３０日）。", size=9.3, indent="")
    p.para("３　上記契約では，債務者は，代位弁済額及びこれに対する最終の代位弁済日の翌日から年１４．６％の割合による"
           "遅延損害金を支払う旨の約定がある。よって，債権者は請求の趣旨記載の金員の支払を求める。", size=9.3, indent="")
    p.para("督促手続費用の内訳　申立手数料２，０００円　送達費用１，０８２円　通知費用１１０円　書類作成提出費用９６０円",
           size=8.8, indent="")
    y = 266
    p.box(20, y, 170, 15, width=0.3)
    p.at(24, y + 6, "督促異議の申立ては，同封の督促異議申立書に記入し，送達を受けた日から２週間以内に当裁判所へ提出してください。",
         size=8.5)
    p.at(24, y + 11.5, "旭川簡易裁判所　民事係（督促）　電話　０１６６－００－４４７１", size=9.3, font="serif-bold")
    tr = truth(document_type="payment_order", sender="旭川簡易裁判所", phone="0166-00-4471",
               creditor="株式会社すみかプラス保証", status="not_applicable", debtor="千賀康弘", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=D(2026, 5, 12), last_payment=D(2025, 5, 27),
               reference="令和8年(ロ)第291号", input_kind="photo_heic",
               template="proxy10_payment_order_asahikawa_one_row", received=D(2026, 5, 14))
    return dict(stem="w14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(fill=0.84, keystone=0.05, tilt=2.5, bg="tatami", creases=2, warm=0.5, glare=18.0),
                about="payment_order (簡裁, rent guarantor 求償金)",
                unusual="支払督促 (旭川簡裁) for a rent guarantor's 求償金, iPhone HEIC with creases and a lamp glare; case "
                        "number and 事件名 flush RIGHT on one line; parties with bracket labels 〔債権者〕〔債務者〕; 請求の趣旨 as "
                        "ONE row of full-width amounts under four item columns (求償金 / 確定遅延損害金 / 督促手続費用 / 合計); "
                        "the window and the running clause in a note below; 月額賃料 52,000 × 6 and the 代位弁済 dates in "
                        "請求の原因 (distractors); no acceleration (rent); court phone in the box at the foot")


# ---------------------------------------------------------------------------------------------
# w15 scam postcard (fake 「国民生活料金 訴訟調整センター」), phone photo: no amount, a withdrawal deadline, hiragana id.


def w15():
    p = Page(w=100, h=148, font="sans", size=8.5, left=7, right=7, top=8, leading=1.5)
    p.line("総合生活料金未納に関する", align="c", size=10.5, font="sans-bold")
    p.line("民事訴訟開始のお知らせ", align="c", size=13, font="sans-bold", color=RED)
    p.gap(1)
    p.line("受付番号　そ-442", align="r", size=8)
    p.line("乙部　智美　様", size=11)
    p.gap(1)
    p.para("この度、貴方様がご利用されていた契約会社及び運営会社より、未納料金に関する民事訴訟の申立てが当センターに"
           "受理されましたことをご通知申し上げます。", size=8)
    p.para("本通知は訴訟開始の最終通告となります。裁判取下げ最終期日を経過しますと、原告側の主張が全面的に認められ、"
           "給与・預貯金・不動産等の差押えが裁判所の許可のもと執行されます。", size=8)
    p.para("訴訟の取下げ等のご相談につきましては、当センターまで至急ご連絡ください。", size=8)
    p.gap(1)
    y = p.y
    p.box(8, y, 84, 14, width=0.6, color=RED)
    p.at(50, y + 5.5, "裁判取下げ最終期日", size=8.5, font="sans-bold", align="c")
    p.at(50, y + 11.3, "令和8年3月9日（月）", size=11, font="sans-bold", align="c", color=RED)
    p.y = y + 17
    p.para("※個人情報保護のため、必ずご本人様よりご連絡ください。", size=7.5, indent="")
    p.para("※土日祝日も受付しております。", size=7.5, indent="")
    p.gap(1.5)
    p.line("令和8年3月3日", align="r", size=8)
    p.line("国民生活料金 訴訟調整センター", align="r", size=9.5, font="sans-bold")
    p.line("東京都千代田区霞が関（詳細非公開）", align="r", size=7.5)
    p.line("お問合せ窓口　03-0000-6630", align="r", size=9.5, font="sans-bold")
    p.line("受付時間　9:00～19:00", align="r", size=7.5)
    tr = truth(document_type="other", sender="国民生活料金訴訟調整センター", phone="03-0000-6630", creditor=None,
               status="not_licensed", debtor="乙部智美", lump=False, issued=D(2026, 3, 3), reference="そ-442",
               is_scam=True, input_kind="photo_jpeg", template="proxy10_scam_postcard_no_amount", received=None)
    return dict(stem="w15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, postcard=True,
                shot=dict(canvas=(1700, 2300), fill=0.72, keystone=0.04, tilt=4.0, bg="cloth", blur=0.8),
                about="other (scam postcard)",
                unusual="架空請求 postcard from an invented 「国民生活料金 訴訟調整センター」 (no street address: 「霞が関（詳細非公開）」), "
                        "photographed on a dark cloth; title 「総合生活料金未納に関する 民事訴訟開始のお知らせ」 in red; NO amount "
                        "and no creditor; a red-framed 「裁判取下げ最終期日」 (not a payment date → payment_due null); hiragana "
                        "受付番号 そ-442; 差押え threat; 03 number; 土日祝日も受付")


# ---------------------------------------------------------------------------------------------
# w16 scam letter from a fake servicer 「東京総合債権回収株式会社」 with a fake 第230号, scanned: a red seal as an emblem at
#     the top, total only, payment by prepaid cards / 収納代行 with a 090 number, a 2-day deadline with a clock time.


def w16():
    T = 298_000
    p = Page(font="serif", size=10.5, top=12)
    p.add(Seal(105, 20, 16, "round", "東京総合債権回収|認定/之印", angle=0, seed=11601))
    p.y = 31
    p.line("東京総合債権回収株式会社", align="c", size=15, font="serif-bold")
    p.line("法務大臣許可番号　第230号　　債権管理回収業", align="c", size=9)
    p.add(Line(20, p.y + 1, 190, p.y + 1, 0.8))
    p.gap(4)
    p.line("令和8年4月20日", align="r")
    p.line("お客様管理番号　TS-40420-08", align="r", size=9.5)
    p.line("山路　健　様", size=14)
    p.gap(3)
    p.title("債権譲受に伴う未納料金一括請求通知", size=15, font="serif-bold")
    p.para("当社は、貴殿がご利用された大手通信販売・動画配信サービス運営会社より、同社が貴殿に対して有する未納利用料金債権を"
           "譲り受けました。これまで同社より再三ご請求がなされておりますが、ご入金が確認できないため、本書をもって最終の"
           "ご請求を申し上げます。")
    p.para("下記期限までにお支払いがない場合、当社は直ちに民事訴訟の手続に入り、勤務先への在籍確認及び給与の差押えを"
           "行います。その際の調査費用・交通費等は全額貴殿のご負担となります。")
    p.gap(2)
    y = p.y
    p.box(30, y, 150, 28, width=1.2, color=RED)
    p.at(36, y + 9, "ご請求金額（延滞金・諸費用込み）", size=11, font="serif-bold")
    p.at(174, y + 10, f"金{T:,}円", size=17, font="serif-bold", align="r", color=RED)
    p.at(36, y + 21, "お支払期限", size=11, font="serif-bold")
    p.at(174, y + 21.5, "令和8年4月22日（水）正午まで", size=13, font="serif-bold", align="r")
    p.y = y + 34
    p.para("お支払方法は、コンビニエンスストアで販売されているプリペイドカード（ギフト券）をご購入のうえ、カード裏面の番号を"
           "担当者へお電話でお伝えいただくか、当社指定の収納代行番号によるお支払いに限ります。銀行振込はお受けして"
           "おりません。", size=10)
    p.para("※本件はご本人様の信用情報に関わる重大な案件です。ご家族・第三者にはご相談なさらないでください。", size=9.5, indent="")
    p.gap(10)
    y = p.y
    p.at(22, y, "東京総合債権回収株式会社　督促管理部", size=11, font="serif-bold")
    p.at(22, y + 6, "東京都中央区（本社所在地はお電話にてご案内）", size=9)
    p.at(22, y + 12.5, "担当直通　090-0000-4127（担当：藤堂）", size=11.5, font="serif-bold")
    p.at(22, y + 18.5, "受付時間　8:00～21:00（年中無休）", size=9)
    tr = truth(document_type="other", sender="東京総合債権回収株式会社", license_number=230, phone="090-0000-4127",
               creditor=None, status="not_licensed", debtor="山路健", total=T, lump=False, issued=D(2026, 4, 20),
               payment_due=D(2026, 4, 22), reference="TS-40420-08", is_scam=True, input_kind="scan_png",
               template="proxy10_scam_fake_servicer_number", received=None)
    return dict(stem="w16", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.6,
                about="other (scam, fake servicer with a number)",
                unusual="架空請求 letter from an invented 「東京総合債権回収株式会社」 printing a FAKE 「法務大臣許可番号 第230号」 "
                        "(not in the registry, scam signals → not_licensed), scanned; a red round seal used as an EMBLEM "
                        "above a centred letterhead; claims to have bought 通販・動画配信 charges from an unnamed company "
                        "(creditor null); total only (延滞金・諸費用込み) in a red frame; 2-day deadline with 正午; prepaid "
                        "gift-card numbers read out by phone or 収納代行, 「銀行振込はお受けしておりません」; 090 担当直通; no "
                        "street address; 「ご家族・第三者にはご相談なさらないでください」")


LETTERS = [w09, w10, w11, w12, w13, w14, w15, w16]
_ = (cell, SEA, WHITE)
