"""Proxy set 41, letters ax01–ax08: "real servicers, look-alikes and scams". A real servicer collecting for ANOTHER
servicer (委託元) that bought from a bank (ax01); a joint 譲渡通知 bank → real servicer with 「許可番号：法務大臣
第76号」 (ax02); a real servicer that absorbed a merged one (旧セディナ債権回収) and prints its licence only in the page
footers (ax03); a 仮執行宣言付支払督促 for a real servicer without a licence number (ax04); a law office's 縦書き 内容証明
(ax05); a 支払督促 for a real servicer on one scanned page (ax06); a guarantee company's 代位弁済通知 (not a servicer,
ax07); a 最終通告 postcard with a phone only from a public-sounding fake (ax08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    WHITE,
    Box,
    Line,
    Page,
    bars,
    era,
    faq,
    grid,
    kdate,
    late,
    leader,
    slip,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
INDIGO = (0.16, 0.18, 0.45)
BROWN = (0.42, 0.25, 0.10)
DKGREEN = (0.10, 0.35, 0.20)
ONE = timedelta(1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    """金二十七万六千四百円: positional kanji for vertical letters."""
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# ax01 オリックス債権回収 (real, 「法務大臣許可第11号」) 受託のお知らせ: the 委託元 is ANOTHER real servicer (パルティール),
#      which bought the claim from a bank (原債権者).


def ax01():
    R = 14.6
    issued, entrust, asof = D(2026, 2, 6), D(2026, 2, 2), D(2026, 1, 31)
    acc, lastp, assign = D(2025, 4, 10), D(2025, 2, 27), D(2025, 6, 30)
    contact = D(2026, 2, 20)
    P, I = 1_284_300, 21_577
    L = late(P, R, acc + ONE, asof)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Line(15, 11, 196, 11, 1.6, INDIGO))
    p.at(15, 20, "オリックス債権回収株式会社", size=13.5, font="sans-bold", color=INDIGO)
    p.at(15, 25, "法務大臣許可第11号", size=8, color=INDIGO)
    p.at(196, 19, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 24.5, "お客様番号　RS-260206-0417", size=9.5, align="r")
    window(p, 15, 31, "028-0000", ["岩手県宮古市なつめ台二丁目9番9号"], "安食　紀彦　様", "ax01win")
    p.add(Box(120, 33, 76, 30, 0.25, GRAY))
    for i, s in enumerate(["〒105-0000", "東京都港区しいの木台九丁目9番9号", "オリックス債権回収株式会社",
                           "債権管理第二部　担当　温水", "フリーダイヤル 0120-000-611", "受付時間 平日9:00～17:30"]):
        p.at(123, 38.5 + i * 4.4, s, size=8.2, font="sans-bold" if i == 2 else "sans")
    p.seal(186, 50, 13, "square", "オリックス債権回収印", angle=-3, seed=41011)
    p.y = 74
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。", size=9.8)
    p.para("さて、貴殿が株式会社ひめさゆり銀行との間で締結されたカードローン契約に基づく債務につきましては、同行から"
           f"パルティール債権回収株式会社（以下「委託元」といいます。）が{era(assign)}付で譲り受けております。このたび当社は、"
           f"委託元より、当該債権の管理及び回収業務の委託を{era(entrust)}付で受けましたので、ご通知申し上げます。", size=9.8)
    p.para("債権者は引き続き委託元であり、当社は委託元に代わってお支払いを受領いたします。今後のお支払い及びご返済に関する"
           "ご相談は、委託元ではなく当社までお願いいたします。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10.5)
    y = grid(p, 15, p.y + 1, [38, 52, 38, 53], [
        ["原債権者", "株式会社ひめさゆり銀行", "委託元（債権者）", "パルティール債権回収株式会社"],
        ["債権譲渡日", era(assign), "受託日", era(entrust)],
        ["最終ご入金日", era(lastp), "期限の利益喪失日", era(acc)],
        ["ご契約番号", "HS-0977-31264", "ご契約日", "平成30年8月6日"]], h=7.2, size=8.6, lsize=7.8)
    p.y = y + 4
    p.line(f"ご債務の内容（{era(asof)}現在）", x=15, size=10, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 40, 52, 47], x=15, header=True,
            aligns="rrrr", size=10, row_h=8.5)
    p.line(f"※遅延損害金は元金に対し{era(acc + ONE)}から上記基準日まで日割計算しております。以後も完済まで発生します。",
           x=15, size=7.8)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 17, 0.8, INDIGO))
    p.at(19, y + 6.5, "ご連絡のお願い", size=10, font="sans-bold", color=INDIGO)
    p.at(19, y + 12.5, f"今後のご返済方法について、{era(contact)}（{wd(contact)}）までに上記フリーダイヤルへお電話ください。",
         size=9.2)
    p.y = y + 22
    p.para("※当社は債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。当社の許可は法務省"
           "ホームページの「債権管理回収業の営業を許可した株式会社一覧」でご確認いただけます。", size=8.2, indent="")
    p.para("※ご不明な点は、お客様番号をお手元にご用意のうえお問い合わせください。ご家族の方など、ご本人様以外からのお問い合わせ"
           "にはお答えできません。", size=8.2, indent="")
    p.para("※委託元の旧お客様番号（PT-55-20931）は、今後ご使用になれません。", size=8.2, indent="")
    bars(p, 15, 282, 70, 3.2, "ax01bars", tall=False)
    tr = truth(document_type="assignment_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社ひめさゆり銀行", debtor="安食紀彦", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="RS-260206-0417", input_kind="pdf_text",
               template="proxy41_servicer_entrusted_by_servicer", received=D(2026, 2, 9))
    return dict(stem="ax01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (受託のお知らせ: real servicer collecting for ANOTHER servicer)",
                unusual="real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可第11号」 (no 「番号」) in small indigo "
                        "type under the name; it is the AGENT (受託) of a SECOND real servicer ★ パルティール債権回収 "
                        "(委託元（債権者）), which bought the claim from the bank 原債権者 株式会社ひめさゆり銀行: three "
                        "companies, two of them licensed servicers; a 4×2 shaded grid (原債権者 / 委託元（債権者） / 債権譲渡日 "
                        "/ 受託日 / 最終ご入金日 / 喪失日 / ご契約番号 / 平成30年 ご契約日); a one-row header table with the rate "
                        "inside the damage label; a framed ご連絡のお願い (a phone call by 2/20, not a payment deadline); the "
                        "委託元's old customer number and the MoJ-list sentence as distractors; window with a mailing barcode")


# ---------------------------------------------------------------------------------------------
# ax02 joint 債権譲渡及び譲受のご通知: bank → アウロラ債権回収 (real), 「許可番号：法務大臣　第76号」, serif, the two notifiers
#      stacked in a ruled two-row table at the TOP RIGHT; 記 with numbered items and dotted leaders.


def ax02():
    R = 14.0
    issued, assign = D(2026, 3, 4), D(2026, 2, 27)
    acc, lastp = D(2025, 9, 26), D(2025, 7, 28)
    P, I = 2_046_800, 38_214
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.2, top=14)
    p.at(15, 20, wdate(issued), size=10)
    p.at(15, 30, "〒020-0000　岩手県盛岡市やまね町一丁目9番9号", size=9.8)
    p.at(15, 37, "鹿糠　恵理　殿", size=13, font="serif-bold")
    p.at(15, 44, "（譲受人お客様番号　AU-7604-22815）", size=8.5)
    x0, wl = 100, 22
    rows = [("通知人\n（譲渡人）", ["〒030-0000 青森県青森市かりん通三丁目9番9号", "株式会社しまえなが銀行",
                                   "代表取締役　鍛治谷　俊一"]),
            ("通知人\n（譲受人）", ["〒105-0000 東京都港区石英町九丁目9番9号", "アウロラ債権回収株式会社",
                                   "代表取締役　錦戸　玲", "許可番号：法務大臣　第76号"])]
    y = 15
    for lab, lines in rows:
        h = 6 + 4.6 * len(lines)
        p.add(Box(x0, y, wl, h, 0.3, (0, 0, 0), SHADE))
        p.add(Box(x0 + wl, y, 74, h, 0.3))
        for k, s in enumerate(lab.split("\n")):
            p.at(x0 + wl / 2, y + h / 2 - 1 + k * 4.2, s, size=8.2, align="c")
        for k, s in enumerate(lines):
            p.at(x0 + wl + 2.5, y + 5.5 + k * 4.6, s, size=8.6 if k else 7.8,
                 font="serif-bold" if k == 1 else "serif")
        y += h
    p.seal(186, 26, 12, "round", "しまえなが銀行|代表/取締役", seed=41021)
    p.seal(186, 46, 12, "round", "アウロラ債権回収|代表/取締役", seed=41022)
    p.y = 64
    p.add(Line(40, p.y, 170, p.y, 0.4))
    p.add(Line(40, p.y + 1.0, 170, p.y + 1.0, 0.4))
    p.gap(3)
    p.line("債権譲渡及び譲受のご通知", align="c", size=15, font="serif-bold")
    p.add(Line(40, p.y, 170, p.y, 0.4))
    p.add(Line(40, p.y + 1.0, 170, p.y + 1.0, 0.4))
    p.gap(5)
    p.para("前略　譲渡人株式会社しまえなが銀行は、貴殿に対して有する下記債権（元金、利息、遅延損害金その他これに付帯する一切"
           f"の権利を含みます。）を、{wdate(assign)}付で譲受人アウロラ債権回収株式会社に譲渡いたしましたので、民法第467条に基づき"
           "連名をもってご通知申し上げます。")
    p.para("つきましては、今後のお支払い及びお問い合わせはすべて譲受人宛てにお願いいたします。譲渡人の口座へのお振込みは"
           "お受けできません。")
    p.line("草々", align="r")
    p.line("記", align="c")
    x0, x1 = 24, 186

    def dots(lab, val, x=x0 + 8):
        leader(p, lab, val, x, x1, size=10)

    p.line("１．譲渡債権の表示", x=x0, font="serif-bold")
    dots("原契約", "フリーローン（金銭消費貸借契約）")
    dots("ご契約日／ご契約番号", "令和3年6月14日／ SN-3062-1488")
    dots("当初ご融資額", "3,000,000円")
    p.line("２．債権譲渡日", x=x0, font="serif-bold")
    dots("譲渡日", wdate(assign))
    p.line(f"３．譲渡債権額（{wdate(assign)}現在）", x=x0, font="serif-bold")
    dots("(イ) 元金", f"{P:,}円")
    dots("(ロ) 利息（喪失日まで）", f"{I:,}円")
    dots(f"(ハ) 遅延損害金（{wdate(acc + ONE)}から年{R:g}％）", f"{L:,}円")
    dots("(ニ) 合計", f"{T:,}円")
    p.line("４．ご返済の経過", x=x0, font="serif-bold")
    dots("最終ご返済日", wdate(lastp))
    dots("期限の利益喪失日", wdate(acc))
    p.line("５．今後のお支払先・お問い合わせ先（譲受人）", x=x0, font="serif-bold")
    p.para("鶴間銀行 本店営業部 普通預金 7604228 アウロラサイケンカイシュウ（カ", x0=x0 + 8, size=9.6, indent="")
    p.para("アウロラ債権回収株式会社　管理部　TEL 03-0000-7604（平日9:00～18:00）", x0=x0 + 8, size=9.6, indent="")
    p.gap(1)
    p.para("※本通知は債権譲渡のご通知を目的とするものであり、本書によりお支払期限を定めるものではありません。ご返済方法の"
           "ご相談は譲受人までお電話ください。", size=8.6, indent="")
    p.para("※譲渡人（株式会社しまえなが銀行 ローンセンター 0120-000-352）では、譲渡後のご相談はお受けできません。", size=8.6,
           indent="")
    p.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="03-0000-7604", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社しまえなが銀行", debtor="鹿糠恵理", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-7604-22815", input_kind="pdf_text",
               template="proxy41_joint_assignment_notifier_table_top", received=D(2026, 3, 6))
    return dict(stem="ax02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, bank → real servicer)",
                unusual="joint 債権譲渡及び譲受のご通知 in serif: the two 通知人 stacked in a ruled 2-row table at the TOP "
                        "RIGHT with shaded two-line labels 「通知人／（譲渡人）」 「通知人／（譲受人）」 and round seals beside it; "
                        "the 譲受人 real servicer ★ アウロラ債権回収株式会社 prints 「許可番号：法務大臣　第76号」 (colon, "
                        "space) as the LAST line of its cell; the addressee with 殿 on the LEFT and the 譲受人's お客様番号 in "
                        "brackets under it; western 年月日 dates; a 記 of five numbered items with dotted leaders ((イ)…(ニ) "
                        "amounts as of the 譲渡日); ご契約番号 and 当初ご融資額 3,000,000円 as distractors; 「本書によりお支払"
                        "期限を定めるものではありません」; the 譲渡人's own 0120 number as a distractor")


# ---------------------------------------------------------------------------------------------
# ax03 アビリオ債権回収 (real, 第5号 ONLY in the page footers) after absorbing セディナ債権回収 (merged 2023-10-01): the
#      debt was bought by セディナ in 2022 and passed to アビリオ by the merger. Slash dates. 2 pages (FAQ + payment slip).


def ax03():
    R = 14.6
    issued, due = D(2026, 4, 10), D(2026, 4, 24)
    bought, merger = D(2022, 9, 30), D(2023, 10, 1)
    lastp, acc = D(2023, 8, 28), D(2023, 11, 6)
    P, I = 412_880, 9_734
    L = late(P, R, acc + ONE, issued)
    T = P + I + L

    def footer(p, n, y=283):
        p.add(Line(15, y, 196, y, 0.3, TEAL))
        p.at(15, y + 4.5, "アビリオ債権回収株式会社　債権管理回収業　法務大臣許可番号 第5号　"
                        "〒135-0000 東京都江東区むべ町九丁目9番9号", size=6.3, color=GRAY)
        p.at(196, y + 4.5, f"{n}/2", size=6.3, align="r", color=GRAY)

    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 11, 62, 14, 0.8, TEAL))
    p.at(46, 20.2, "アビリオ債権回収", size=13, font="sans-bold", align="c", color=TEAL)
    p.at(196, 16, f"発行日　{slash(issued)}", size=9.2, align="r")
    p.at(196, 21, "お客様番号　5-2204-881630", size=9.2, align="r")
    stamp(p, 166, 25, "親展", size=10, h=7)
    window(p, 15, 31, "902-0000", ["沖縄県那覇市かぼす町三丁目9番9号", "ハイツかぼす203"], "冨名腰　健斗　様", "ax03win")
    p.add(Box(118, 33, 78, 30, 0.6, TEAL, (0.92, 0.97, 0.97)))
    for i, s in enumerate(["旧セディナ債権回収株式会社で", "お取引いただいているお客様へ", "",
                           "当社は2023年10月1日付でセディナ", "債権回収株式会社を吸収合併し、", "同社の権利義務を承継しました。"]):
        p.at(121, 39 + i * 4.3, s, size=8.3, font="sans-bold" if i < 2 else "sans", color=TEAL if i < 2 else (0, 0, 0))
    p.y = 72
    p.title("ご請求書（ご一括返済のお願い）", size=15)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。", size=9.6)
    p.para(f"お客様が株式会社あさぎまだらカードとご契約のカード債権は、{slash(bought)}にセディナ債権回収株式会社が譲り受け、"
           f"同社と当社の合併により当社が承継いたしました。お客様は{slash(acc)}の経過により期限の利益を喪失されております"
           f"ので、下記ご請求金額を{slash(due)}（{wd(due)}）までに一括してお支払いください。", size=9.6)
    y = grid(p, 15, p.y + 2, [36, 54, 36, 55], [
        ["原債権者", "株式会社あさぎまだらカード", "債権譲受日", slash(bought)],
        ["譲受会社（当時）", "セディナ債権回収株式会社", "合併（承継）日", slash(merger)],
        ["最終ご入金日", slash(lastp), "期限の利益喪失日", slash(acc)]], h=7.2, size=8.5, lsize=7.6)
    p.y = y + 4
    p.table([["ご請求の内訳", f"{slash(issued)}現在"], ["カードショッピング・キャッシング元金", f"{P:,}円"],
             ["手数料・利息", f"{I:,}円"], [f"遅延損害金（{slash(acc + ONE)}～ 年14.6%）", f"{L:,}円"],
             ["ご請求金額", f"{T:,}円"]], [120, 61], x=15, header=True, size=10, row_h=8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 15, 1.2, RED))
    p.at(20, y + 9.8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(56, y + 10, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold", color=RED)
    p.at(190, y + 10, f"お支払額　{T:,}円", size=12, font="sans-bold", align="r")
    p.y = y + 20
    p.para("お支払いは2枚目の払込取扱票、または下記口座へのお振込みでお願いいたします。旧セディナ債権回収株式会社の口座は"
           "ご利用いただけません。", size=9.2, indent="")
    p.para("お振込先　くこの森銀行 豊洲支店 普通預金 5220488 アビリオサイケンカイシュウ（カ", size=9.2, indent="")
    p.para("お問い合わせ　アビリオ債権回収株式会社 那覇コールセンター　フリーダイヤル 0120-000-531（平日9:00～18:00）担当 砂辺",
           size=9.2, indent="")
    p.para("※お支払いが困難な場合は、お支払期限までにご相談ください。ご連絡のない場合は、法的手続をとらせていただく"
           "ことがあります。本状と行き違いでご入金の際はご容赦ください。", size=8.4, indent="")
    footer(p, 1)
    q = Page(font="sans", size=9.5, top=16)
    q.title("合併に関するご案内（よくあるご質問）", size=13.5)
    faq(q, [("セディナ債権回収株式会社はどうなったのですか。",
             "2023年10月1日付でアビリオ債権回収株式会社に吸収合併され、解散いたしました。同社の債権はすべて当社が承継して"
             "おります。"),
            ("債権者が変わったのですか。",
             "合併による承継であり、新たな債権譲渡ではございません。ご契約内容、ご請求の根拠に変更はございません。"),
            ("旧セディナ債権回収からの書類にあるお客様番号は使えますか。",
             "旧お客様番号（SD-0930-41177）はご利用いただけません。本書のお客様番号をお伝えください。"),
            ("アビリオ債権回収は正規の会社ですか。",
             "当社は法務大臣の許可を受けた債権回収会社です（許可番号は各ページ下部に記載しております）。法務省ホームページの"
             "一覧でもご確認いただけます。")], x0=20, x1=190, qcolor=TEAL)
    q.gap(4)
    q.para("ご契約の概要（ご参考）：ご契約日 2019/04/18　ご利用可能枠 500,000円　カード番号 ****-****-****-3105", size=8.6,
           indent="")
    slip(q, 196, account="00190-6-530118", payee="アビリオ債権回収株式会社", amount=T, payer="冨名腰　健斗",
         note=["お客様番号 5-2204-881630", "ご一括返済分"], bank_line="この払込取扱票は、ゆうちょ銀行又は郵便局の"
         "払込機能付きATMでもご利用いただけます。", key="ax03")
    footer(q, 2, y=180)
    tr = truth(document_type="collection_notice", sender="アビリオ債権回収株式会社", license_number=5,
               phone="0120-000-531", creditor="アビリオ債権回収株式会社", status="licensed",
               original="株式会社あさぎまだらカード", debtor="冨名腰健斗", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=bought, reference="5-2204-881630", input_kind="pdf_text_2page",
               template="proxy41_servicer_after_merger_footer_licence", received=D(2026, 4, 13))
    return dict(stem="ax03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (real servicer after a MERGER, 一括, 2 pages)",
                unusual="real servicer ★ アビリオ債権回収株式会社 that absorbed ★ セディナ債権回収株式会社 (registry: merged "
                        "2023-10-01): a teal box 「旧セディナ債権回収株式会社でお取引いただいているお客様へ」 says so; the "
                        "licence 「法務大臣許可番号 第5号」 ONLY in 6-pt grey page FOOTERS; SLASH dates everywhere "
                        "(発行日 2026/04/10); a 3×2 grid with 原債権者 (card company), 債権譲受日 2022/09/30 (by セディナ), "
                        "譲受会社（当時） セディナ and 合併（承継）日 2023/10/01 (not an assignment); the due date in a red "
                        "frame with the amount; p.2 a merger FAQ (「新たな債権譲渡ではございません」), the old セディナ customer "
                        "number, ご利用可能枠 500,000円 and a 払込取扱票 at the foot")


# ---------------------------------------------------------------------------------------------
# ax04 苫小牧簡裁 仮執行宣言付支払督促; creditor 日本債権回収 (real, no number on court papers), 2 pages, digital.


def ax04():
    R = 14.6
    order, served, filed, filed2, issued = D(2026, 1, 20), D(2026, 1, 23), D(2026, 1, 14), D(2026, 2, 13), D(2026, 2, 24)
    acc, lastp, assign = D(2025, 3, 5), D(2024, 12, 27), D(2025, 8, 29)
    P = 318_460
    L = late(P, R, acc + ONE, filed)
    C1, C2 = 3_980, 1_104
    T = P + L + C1 + C2
    case = "令和８年（ロ）第４１号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 20, f"事件番号　{case}", size=10, align="r")
    p.at(196, 26, "立替金等（譲受債権）請求督促事件", size=9.5, align="r")
    p.y = 36
    p.line("仮執行宣言付支払督促", align="c", size=17, font="serif-bold")
    p.gap(4)
    p.kv([("債　権　者", "別紙当事者目録記載のとおり"), ("債　務　者", "別紙当事者目録記載のとおり")], x=30, label_w=30)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", x0=22, x1=190)
    p.para("債権者の申立てを相当と認め、請求の趣旨及び原因は別紙記載のとおりであるから、本支払督促を発する。", x0=22, x1=190)
    p.gap(2)
    p.para(f"上記支払督促は{fw(era(order))}に発付され、{fw(era(served))}債務者に送達されたが、債務者は法定期間内に督促異議の"
           "申立てをしなかった。よって、債権者の申立てにより、次のとおり宣言する。", x0=22, x1=190)
    p.gap(2)
    p.line("この支払督促は、仮に執行することができる。", x=32, size=11, font="serif-bold")
    p.para("仮執行宣言の手続費用は、別紙請求の趣旨４のとおり（金１，１０４円）。", x0=22, x1=190)
    p.gap(6)
    p.line(f"{fw(era(issued))}", x=40)
    p.line("苫小牧簡易裁判所", x=100)
    p.line("裁判所書記官　鉾　井　千　尋", x=100)
    p.seal(178, p.y - 8, 15, "square", "苫小牧簡易裁判所書記官印", seed=41041)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 168, 44, 0.5, (0, 0, 0), (0.96, 0.96, 0.96)))
    p.at(26, y + 7, "【この書面を受け取った方へ】", size=10, font="serif-bold")
    for i, s in enumerate(["・この仮執行宣言付支払督促に不服があるときは、この書面を受け取った日から２週間以内に、",
                           "　当裁判所に督促異議を申し立てることができます。",
                           "・異議の申立てがないときは、確定判決と同一の効力を有し、強制執行を受けることがあります。",
                           "・異議を申し立てても、仮執行宣言に基づく強制執行は当然には停止されません。",
                           "・お問い合わせ　苫小牧簡易裁判所　民事係　電話　０１４４－００－３１８７（直通）"]):
        p.at(26, y + 14 + i * 6, s, size=9)
    p.y = y + 52
    p.line("これは正本である。", x=30, size=10)
    p.line(f"　　{fw(era(issued))}　苫小牧簡易裁判所　裁判所書記官　鉾　井　千　尋", x=30, size=9.5)
    # page 2
    q = Page(font="serif", size=10, top=16)
    q.line("当　事　者　目　録", align="c", size=12.5, font="serif-bold")
    q.gap(2)
    q.kv([("〒102-0000", "東京都千代田区あけび台五丁目9番9号"),
          ("債　権　者", "日本債権回収株式会社"), ("", "代表者代表取締役　汐　谷　俊　郎"),
          ("（送達場所）", "〒060-0000 札幌市中央区やまもも通九丁目9番9号　日本債権回収株式会社 札幌支店"),
          ("", "電話　０１１－０００－３８１２　ＦＡＸ　０１１－０００－３８１３")], x=24, label_w=30, size=9.6)
    q.gap(2)
    q.kv([("〒053-0000", "北海道苫小牧市あんず坂二丁目9番9号"), ("債　務　者", "飯　豊　　聡　美")], x=24, label_w=30, size=9.6)
    q.gap(4)
    q.line("請　求　の　趣　旨", align="c", size=12.5, font="serif-bold")
    q.gap(1)
    q.table([["", "項　目", "金額（円）"],
             ["１", "譲受債権元金（立替金残元金）", f"{P:,}"],
             ["２", f"確定遅延損害金（{fw(era(acc + ONE))}から{fw(era(filed))}まで年14.6％）", f"{L:,}"],
             ["３", "督促手続費用", f"{C1:,}"],
             ["４", "仮執行宣言の手続費用", f"{C2:,}"],
             ["", "合　計", f"{T:,}"]], [10, 122, 38], x=20, header=True, aligns="clr", size=9.2, row_h=7.6)
    q.para(f"５　上記１の金額に対する{fw(era(filed + ONE))}から完済まで年14.6％の割合による遅延損害金", x0=20, x1=190, size=9.4,
           indent="")
    q.gap(3)
    q.line("請　求　の　原　因", align="c", size=12.5, font="serif-bold")
    for s in [
        "１　債務者は、株式会社あかね信販（以下「原債権者」という。）との間で、平成29年11月2日、カード利用契約を締結し、"
        "同契約に基づき商品購入代金の立替払を受けた。",
        f"２　債務者は、{fw(era(lastp))}までに一部を支払ったのみで、その後の支払を怠ったため、"
        f"{fw(era(acc))}の経過により期限の利益を喪失した。遅延損害金の約定利率は年14.6％である。",
        f"３　原債権者は、{fw(era(assign))}、上記立替金債権を債権者に譲渡し、同年9月5日到達の内容証明郵便により債務者に"
        "その旨を通知した。",
        "４　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。"]:
        q.para(s, x0=20, x1=190, size=9.4, indent="")
    q.gap(2)
    q.line(f"（支払督促申立日　{fw(era(filed))}　／　仮執行宣言申立日　{fw(era(filed2))}）", x=20, size=8.8)
    q.line("（当初の立替金額　金４８０，０００円　／　ショッピング分割払　２４回）", x=20, size=8.8)
    tr = truth(document_type="payment_order_enforceable", sender="苫小牧簡易裁判所", phone="0144-00-3187",
               creditor="日本債権回収株式会社", status="licensed", original="株式会社あかね信販", debtor="飯豊聡美",
               total=T, principal=P, interest=None, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第41号", input_kind="pdf_text_2page",
               template="proxy41_enforceable_order_real_servicer_no_number", received=D(2026, 2, 27))
    return dict(stem="ax04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="a digital 仮執行宣言付支払督促 of a real court new to the sets (苫小牧簡裁): p.1 the order, the 発付 date "
                        "1/20 and the 送達 1/23 in one sentence (not the issue date), the 仮執行 declaration 2/24, a grey "
                        "【この書面を受け取った方へ】 box with the court's full-width （直通） phone, 「これは正本である。」; "
                        "p.2 当事者目録 with the creditor ★ 日本債権回収株式会社 (registry row WITHOUT a licence number, none "
                        "printed) and its 札幌 送達場所 phone / FAX (distractors); 請求の趣旨 as a ruled table with a "
                        "「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言の手続費用) above the 合計; the "
                        "running item ５; 請求の原因 naming the 信販 原債権者 and the 譲渡; 申立日 and the original 480,000円 "
                        "as distractors")


# ---------------------------------------------------------------------------------------------
# ax05 law office (one lawyer) for a 信販 client: 縦書き 催告書 by 内容証明, positional kanji amounts, 「…限り」 deadline.


def ax05():
    R = 14.6
    issued, due = D(2026, 5, 15), D(2026, 5, 29)
    acc, lastp = D(2025, 12, 5), D(2025, 9, 27)
    P, I = 276_400, 12_816
    L = late(P, R, acc + ONE, issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、株式会社おこじょクレジット（以下「通知人」といいます。）の代理人として、貴殿に対し、"
                 "次のとおり通知いたします。"),
        ("body", "貴殿は、通知人との間のショッピングクレジット契約に基づく分割金の支払を令和七年九月二十七日を最後に怠り、"
                 f"{kdate(acc)}の経過をもって期限の利益を喪失しました。"),
        ("body", "つきましては、左記金員を" + kdate(due) + "限り、左記預り金口座にお振り込みください。"),
        ("indent", "記"),
        ("indent", f"一　立替金残額　　{kyen(P)}"),
        ("indent", f"二　未払手数料　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和七年十二月六日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　あまご銀行大分支店　普通預金　" + kanji_digits("4410237")),
        ("plain", "　　　　口座名義　弁護士碇山雅之預り金口"),
        ("body", "右期限までにお支払いのない場合は、通知人の指示により、支払督促又は訴訟等の法的手続に移行いたします。"
                 "なお、本件に関するご連絡は、通知人ではなく当職宛てにお願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "大分県大分市磯松三丁目九番九号"),
        ("low", "碇山総合法律事務所"),
        ("low", "通知人代理人　弁護士　碇山　雅之"),
        ("low", "電話　〇九七（〇〇〇）五二三〇"),
        ("low", "当職整理番号　ＩＫ－２６０５１"),
        ("blank", ""),
        ("low", "大分県別府市灯台通一丁目九番九号"),
        ("low", "歌代　隆之　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 41051))
    from samples.letters.layout import Seal
    xs = [it.x for it in pg.items if isinstance(it, VText) and "碇山　雅之" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17) * size * 0.3528 * 1.05, 10, "square", "弁護士碇山雅之", angle=3,
                         seed=41052))
    tr = truth(document_type="collection_notice", sender="碇山総合法律事務所", phone="097-000-5230",
               creditor="株式会社おこじょクレジット", status="not_applicable", debtor="歌代隆之", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="IK-26051", input_kind="vertical_pdf",
               template="proxy41_law_office_vertical_demand", received=D(2026, 5, 18))
    return dict(stem="ax05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (law office for a 信販, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) of a one-lawyer office for a 信販 (the client is 「通知人」), digital, with "
                        "the 内容証明 stamp and a square seal; amounts in POSITIONAL kanji (金二十七万六千四百円 …); the "
                        "rate 「年十四・六パーセント」 in a bracket line; the last payment and the 喪失 in the prose; the "
                        "deadline 「令和八年五月二十九日限り」; the 預り金口 account in kanji digits (distractor); phone in kanji "
                        "digits; full-width 当職整理番号 ＩＫ－２６０５１ in the sender block; a law office needs no servicer "
                        "licence")


# ---------------------------------------------------------------------------------------------
# ax06 藤沢簡裁 支払督促 on ONE scanned page; creditor アルファ債権回収 (real, no number printed).


def ax06():
    R = 20.0
    issued, filed = D(2026, 6, 9), D(2026, 6, 2)
    acc, lastp, assign = D(2025, 7, 18), D(2025, 5, 26), D(2025, 11, 28)
    P, I = 507_900, 14_112
    L = late(P, R, acc + ONE, filed)
    C = 5_012
    T = P + I + L + C
    p = Page(font="sans", size=9.4, top=12, left=18, right=18)
    p.at(192, 15, "令和８年（ロ）第２０３号", size=9.5, align="r")
    p.y = 19
    p.line("支　払　督　促", align="c", size=16, font="sans-bold")
    p.gap(1)
    p.para("当事者の表示　別紙当事者目録記載のとおり（下記）", x0=18, size=9.2, indent="")
    p.para("請求の趣旨及び原因　別紙記載のとおり（下記）", x0=18, size=9.2, indent="")
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。債務者がこの支払督促送達の日から２週間以内に督促異議の申立てを"
           "しないときは、債権者の申立てによって仮執行の宣言をする。", size=9.4)
    p.line(f"{fw(era(issued))}　　藤沢簡易裁判所　裁判所書記官　渋　木　智　也", x=60, size=9.4)
    p.seal(184, p.y - 5, 11, "square", "藤沢簡易裁判所書記官印", seed=41061)
    p.gap(2)
    p.add(Line(18, p.y, 192, p.y, 0.5))
    p.gap(2)
    p.line("当事者目録", size=10.2, font="sans-bold")
    p.table([["債権者", "〒105-0000 東京都港区黒曜町九丁目9番9号　アルファ債権回収株式会社　代表者代表取締役　梁川　諒"],
             ["（送達場所）", "同所　管理部　電話 03-0000-1019　FAX 03-0000-1020"],
             ["債務者", "〒251-0000 神奈川県藤沢市帆掛二丁目9番9号　磯邊　剛"]], [24, 150], x=18, aligns="ll", size=8.6,
            row_h=6.2, shade_col0=True)
    p.gap(2)
    p.line("請求の趣旨", size=10.2, font="sans-bold")
    p.table([["１", "金" + f"{P + I + L:,}" + "円（内訳：譲受債権元金 " + f"{P:,}" + "円、利息 " + f"{I:,}" + "円、確定遅延損害金 "
              + f"{L:,}" + "円）"],
             ["２", f"上記元金{P:,}円に対する{fw(era(filed + ONE))}から完済まで年20.0％の割合による遅延損害金"],
             ["３", f"金{C:,}円（督促手続費用）"],
             ["", f"請求額合計（１及び３）　金{T:,}円"]], [8, 166], x=18, aligns="cl", size=8.8, row_h=6.6, ruled="rows")
    p.line(f"※確定遅延損害金は元金に対する{fw(era(acc + ONE))}から{fw(era(filed))}まで年20.0％の割合によるもの", x=18, size=7.8)
    p.gap(2)
    p.line("請求の原因", size=10.2, font="sans-bold")
    for s in [
        "１　いそひよどりファイナンス株式会社（原債権者）は、債務者に対し、令和4年3月15日、金700,000円を、利率年17.8％、"
        "遅延損害金年20.0％、毎月26日限り分割返済の約定で貸し付けた。",
        f"２　債務者は{fw(era(lastp))}の支払を最後にその後の支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
        f"３　原債権者は、{fw(era(assign))}、本件貸金債権を債権者に譲渡し、その頃債務者に対し譲渡の通知をした。",
        f"（支払督促申立日　{fw(era(filed))}）"]:
        p.para(s, x0=18, size=8.6, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 26, 0.6))
    p.at(21, y + 5.5, "督促異議の申立てについて", size=9.5, font="sans-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に、同封の督促異議申立書を当裁判所に",
                           "提出してください。異議の申立てがあると、通常の訴訟手続に移行します。",
                           "問合せ先　藤沢簡易裁判所　民事係　電話　０４６６－００－２９１３"]):
        p.at(21, y + 11.5 + i * 5, s, size=8.5)
    tr = truth(document_type="payment_order", sender="藤沢簡易裁判所", phone="0466-00-2913",
               creditor="アルファ債権回収株式会社", status="licensed", original="いそひよどりファイナンス株式会社",
               debtor="磯邊剛", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="令和8年(ロ)第203号", input_kind="pdf_scan",
               template="proxy41_payment_order_one_page_real_servicer", received=D(2026, 6, 12))
    return dict(stem="ax06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor, one scanned page)",
                unusual="a whole 支払督促 of a real court new to the sets (藤沢簡裁) squeezed onto ONE page, scanned as an "
                        "image-only PDF: the case number alone top-right in full-width; 当事者目録 as a shaded-label table "
                        "with the creditor ★ アルファ債権回収株式会社 (no licence number: court paper) and its 送達場所 03 "
                        "phone / FAX (distractors); 請求の趣旨 item １ a SUM whose parts (譲受債権元金 / 利息 / 確定遅延損害金) "
                        "stand only in a bracket, item ２ the running clause, item ３ 督促手続費用 and a 請求額合計 line; "
                        "請求の原因 with 700,000円, 年17.8％ and 令和4年 as distractors; the objection box with the court's "
                        "phone")


# ---------------------------------------------------------------------------------------------
# ax07 guarantee company (not a servicer) 代位弁済のご通知 for a bank card loan; 2-page scanned PDF; registration numbers.


def ax07():
    R = 14.6
    issued, due = D(2026, 3, 18), D(2026, 4, 1)
    subro, acc, lastp = D(2026, 3, 10), D(2026, 1, 20), D(2025, 11, 25)
    P0, I0 = 875_000, 9_204
    L0 = late(P0, 14.6, acc + ONE, subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + ONE, issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 181, 11, color=None, fill=BROWN))
    p.at(19, 19.8, "るりかけす保証株式会社", size=12.5, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "保証債務履行のご通知", size=9, align="r", color=WHITE)
    p.at(196, 30, f"通知日：{era(issued)}", size=9.5, align="r")
    p.at(196, 35, "求償管理番号：RK-0318-2266", size=9.5, align="r")
    p.y = 30
    p.line("〒901-0000　沖縄県浦添市みかん台四丁目9番9号", size=9.8)
    p.line("宮良　由香　様", size=13.5)
    p.gap(6)
    p.title("代位弁済のご通知及び求償金のご請求", size=14.5)
    p.para("貴殿が株式会社あかしょうびん銀行とご契約のカードローン（ご契約番号 AK-2019-04471）について、当社は保証委託契約に"
           f"基づき保証しております。貴殿は{era(acc)}の経過をもって同行に対する期限の利益を喪失されたため、当社は{era(subro)}、"
           "同行に対し保証債務を履行（代位弁済）いたしました。", size=9.7)
    p.para("これにより当社は、貴殿に対し下記の求償権を取得いたしました。つきましては、下記期限までにご請求額を一括して"
           "お支払いくださいますようお願いいたします。", size=9.7)
    p.gap(2)
    p.line("■ 代位弁済の明細（ご参考）", size=10, font="sans-bold")
    p.table([["代位弁済日", "代位弁済額", "（うち元金）", "（うち利息）", "（うち損害金）"],
             [era(subro), f"{S:,}", f"{P0:,}", f"{I0:,}", f"{L0:,}"]], [36, 36, 36, 36, 37], x=15, header=True,
            aligns="rrrrr", size=9, row_h=7.5)
    p.line(f"最終ご返済日（銀行）：{era(lastp)}　　単位：円", x=15, size=8.3)
    p.gap(3)
    p.line(f"■ ご請求額（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["求償元金", f"{S:,}円"], [f"損害金（{era(subro + ONE)}から年14.6％）", f"{L:,}円"],
             ["ご請求額合計", f"{T:,}円"]], [120, 61], x=15, aligns="lr", size=10, row_h=8, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 13, 0.9, BROWN))
    p.at(20, y + 8.5, "お支払期限", size=11, font="sans-bold", color=BROWN)
    p.at(56, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 18
    p.para("お支払方法は２枚目をご覧ください。ご一括でのお支払いが難しい場合は、お支払期限までに下記へご相談ください。", size=9.3,
           indent="")
    p.gap(3)
    for s, sz, f in (("るりかけす保証株式会社　債権管理部　担当　座波", 9.5, "sans-bold"),
                     ("〒900-0000 沖縄県那覇市くこの森二丁目9番9号", 8.5, "sans"),
                     ("お問い合わせ　0120-000-418（平日 9:00～17:00）　FAX 098-000-4190", 8.8, "sans"),
                     ("貸金業登録番号　沖縄総合事務局長(3)第00218号　日本貸金業協会会員第006155号", 7.8, "sans")):
        p.line(s, x=70, size=sz, font=f)
    p.seal(186, p.y - 14, 12, "square", "るりかけす保証之印", seed=41071)
    q = Page(font="sans", size=9.8, top=16)
    q.title("お支払方法のご案内", size=13.5)
    q.line("１．お振込みによるお支払い", size=10, font="sans-bold")
    q.para("あかしょうびん銀行 本店営業部 普通預金 2266031 ルリカケスホショウ（カ", size=9.5, indent="　")
    q.para("※お振込人名の前に求償管理番号の数字（03182266）をご入力ください。振込手数料はお客様のご負担となります。", size=8.8,
           indent="　")
    q.line("２．ご返済計画のご相談", size=10, font="sans-bold")
    q.para("分割でのお支払いをご希望の場合は、下記の「ご返済計画ご相談票」にご記入のうえ、同封の返信用封筒でご返送ください。"
           "内容を確認のうえ担当者よりご連絡いたします。", size=9.5)
    q.gap(3)
    y = q.y
    q.add(Box(15, y, 181, 70, 0.5))
    q.add(Box(15, y, 181, 8, 0.3, (0, 0, 0), SHADE))
    q.at(105.5, y + 5.6, "ご返済計画ご相談票", size=10.5, font="sans-bold", align="c")
    for i, s in enumerate(["求償管理番号　RK-0318-2266", "お名前　　　　　　　　　　　　　　　　　　　　㊞",
                           "ご連絡先電話番号　　　　　－　　　　　－", "ご希望の月々のお支払額　　　　　　　　　円",
                           "ご希望のお支払日　毎月　　　日", "ご相談内容"]):
        q.at(20, y + 16 + i * 8.6, s, size=9.5)
    q.y = y + 78
    q.para("※ご相談票のご返送は、債務の承認にあたる場合があります。ご不明な点はお問い合わせください。", size=8.5, indent="")
    q.para("※当社は銀行のカードローンの保証会社であり、債権回収会社（サービサー）ではありません。", size=8.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="るりかけす保証株式会社", phone="0120-000-418",
               creditor="るりかけす保証株式会社", status="not_applicable", original="株式会社あかしょうびん銀行",
               debtor="宮良由香", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="RK-0318-2266", input_kind="pdf_scan",
               template="proxy41_guarantor_subrogation_not_servicer", received=D(2026, 3, 20))
    return dict(stem="ax07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済, not a servicer, 2 pages)",
                unusual="a bank card loan's guarantee company (NOT a servicer) as a 2-page image PDF: brown name band; colon "
                        "labels 通知日： / 求償管理番号： top-right; a 5-column 代位弁済の明細（ご参考） table (代位弁済額 and "
                        "its うち元金 / うち利息 / うち損害金 = history) and a separate ご請求額 table 求償元金 / 損害金 with "
                        "window / ご請求額合計; 貸金業登録番号 沖縄総合事務局長(3)… and 日本貸金業協会会員第006155号 (NOT "
                        "licence numbers); 「当社は…保証会社であり、債権回収会社（サービサー）ではありません」 on p.2; a "
                        "ご返済計画ご相談票 form; the FAX number and ご契約番号 as distractors")


# ---------------------------------------------------------------------------------------------
# ax08 scam postcard: 最終通告, a public-sounding name claiming 「法務省認可」, a phone ONLY (no address), scanned.


def ax08():
    issued, last = D(2026, 6, 15), D(2026, 6, 17)
    W, H = 100, 148
    p = Page(w=W, h=H, font="sans", size=8.2, left=7, right=7, top=7, leading=1.5)
    p.add(Box(4, 4, W - 8, H - 8, 0.9, RED))
    p.y = 9
    p.line("奥間　誠　様", x=8, size=10.5, font="sans-bold")
    p.at(W - 8, 12, "管理番号：ゆ３０８", size=7.6, align="r")
    p.y = 18
    p.line("民事訴訟に関する最終通告書", align="c", size=12.5, font="sans-bold", color=RED)
    p.gap(1)
    p.line(f"通知日　{era(issued)}", align="c", size=7.5)
    p.gap(1)
    for s in ["この度、貴方が過去にご利用された契約会社ないしは運営会社より、",
              "未納料金に関する民事訴訟が提起されましたので、最終通告として",
              "ご連絡いたします。",
              "本通知書到達後、裁判所指定の期日までにご連絡なき場合は、原告",
              "の主張が全面的に認められ、給与・預貯金・動産・不動産の差押え",
              "が法的に執行されます。",
              "裁判取下げ等のご相談は、プライバシー保護のため必ずご本人様より",
              "当センターまでお電話ください。"]:
        p.line(s, x=7.5, size=7.6)
    p.gap(2)
    y = p.y
    p.add(Box(10, y, 80, 12, 1.0, RED))
    p.at(50, y + 5, "取下げ最終期日", size=8, align="c", color=RED)
    p.at(50, y + 10.2, f"{fw(era(last))}（{wd(last)}）", size=10, font="sans-bold", align="c", color=RED)
    p.y = y + 16
    p.line("国民訴訟債権管理センター", align="c", size=11, font="sans-bold")
    p.line("（法務省認可　特定債権管理機関）", align="c", size=7.2)
    p.gap(1)
    p.line("お問合せ　０３－００００－４１５６", align="c", size=10.5, font="sans-bold")
    p.line("受付時間　平日　９：００～１９：００（土日祝休）", align="c", size=7)
    p.gap(1)
    p.line("※ご家族・代理人様からのお問合せはお受けできません。", align="c", size=6.6)
    p.gap(5)
    p.add(Line(12, p.y, W - 12, p.y, 0.3, GRAY))
    p.gap(3)
    for s in ["本通知は最終のご連絡となります。期日経過後は、いかなる",
              "ご事情があっても訴訟の取下げには応じられません。お電話の",
              "際は、必ず管理番号をお伝えください。"]:
        p.line(s, x=10, size=7.2)
    tr = truth(document_type="other", sender="国民訴訟債権管理センター", license_number=None, phone="03-0000-4156",
               creditor=None, status="not_licensed", original=None, debtor="奥間誠", lump=False, issued=issued,
               payment_due=None, reference="ゆ308", is_scam=True, input_kind="scan_png",
               template="proxy41_scam_postcard_final_notice_phone_only", received=None)
    return dict(stem="ax08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, postcard=True, skew=1.4,
                about="other (scam postcard, 最終通告, phone only)",
                unusual="架空請求 postcard (100×148 mm, scanned at 300 dpi) in a red frame: 「民事訴訟に関する最終通告書」 from "
                        "the public-sounding 「国民訴訟債権管理センター」 with the claim 「（法務省認可　特定債権管理機関）」 "
                        "on its own line under the name; NO address, NO amount, NO creditor (「契約会社ないしは運営会社」), "
                        "only a full-width 03 phone; a 通知日 in era form (issued); the 取下げ最終期日 in full-width era with "
                        "weekday in a red box (not a payment deadline → null); hiragana 管理番号 ゆ３０８ top-right")


LETTERS = [ax01, ax02, ax03, ax04, ax05, ax06, ax07, ax08]
