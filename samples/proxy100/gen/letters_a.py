"""Proxy set 100, letters de01–de08: "digital letters in strangers' layouts". What a company's system prints straight
to PDF: a real servicer's 一括請求 with label-above-value cells and the sender block at the foot (de01), a joint
債権譲渡通知書 with its 債権目録 on page 2 in a ruled table with a 備考 column (de02), a 信用金庫's 縦書き 喪失通知 (de03),
a guarantee company's 代位弁済通知 in two-column blocks with the breakdown in prose (de04), a 簡裁 支払督促 of de02's
claim (de05), a 簡裁 (ハ) 呼出状 + 訴状 (de06), a real servicer's 分割弁済のご提案 with footnotes (de07), and a bank's
arrears letter with a 備考 column, scanned (de08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
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
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import PT_MM, Seal, VText, vertical_page
from samples.letters.proxydraw import cell

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
PLUM = (0.40, 0.12, 0.38)
OLIVE = (0.32, 0.38, 0.08)
T1 = timedelta(1)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# de02 / de05: the 幾世 claim (card company → invented servicer 晨星債権回収, then its 支払督促)
IK_P, IK_I, IK_R = 389_540, 7_812, 14.6
IK_ACC, IK_LAST, IK_ASSIGN = D(2025, 7, 31), D(2025, 4, 27), D(2025, 10, 31)


# ---------------------------------------------------------------------------------------------
# de01 real servicer (アウロラ) 残債務一括のご請求: label-above-value cells, unruled history table, sender at the foot.


def de01():
    R = 14.6
    issued, due = D(2025, 9, 12), D(2025, 9, 30)
    acc, asg, lastp = D(2025, 3, 5), D(2025, 6, 20), D(2024, 12, 27)
    P, I = 682_415, 18_320
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 5, color=None, fill=TEAL))
    p.at(15, 16, "アウロラ債権回収", size=13, font="sans-bold", color=TEAL)
    # document info block, top right: labels left, values right, no rules
    info = [("発行日", slash(issued)), ("お客様番号", "AU-2509-00417"), ("担当部署", "管理第二グループ"), ("頁", "1 / 1")]
    for i, (a, b) in enumerate(info):
        p.at(138, 14 + i * 4.6, a, size=8.5, color=GRAY)
        p.at(196, 14 + i * 4.6, b, size=8.5, align="r")
    window(p, 15, 24, "231-0000", ["神奈川県横浜市中区こならが丘4丁目7番2号", "こならがハイツ205"], "蛯子　真琴　様",
           "proxy100/de01", w=96, h=36, size=9.5)
    p.y = 66
    p.title("ご請求書（残債務一括のご請求）", size=15, color=TEAL)
    p.para("拝啓　時下ますますご清栄のこととお慶び申し上げます。", size=9.8)
    p.para("当社は、株式会社カリヨンクレジットが貴方様に対して有していた貸金債権を、" + wdate(asg) + "付で同社から譲り受け、"
           "その旨は同社及び当社の連名により通知済みです。貴方様は約定のご返済を怠られたため、既に期限の利益を喪失されて"
           "おりますので、残債務の全額を一括してお支払いいただきますよう、ご請求申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    labels = [("元金", f"{P:,}円"), ("利息", f"{I:,}円"), ("遅延損害金", f"{L:,}円")]
    x = 15
    for lab, val in labels:
        cell(p, x, y, 40, 15, lab, val, lsize=8, vsize=11.5, align="r")
        x += 41.5
    p.add(Box(x, y, 56.5, 15, 0.0, None, (0.86, 0.93, 0.93)))
    cell(p, x, y, 56.5, 15, "ご請求額合計（発行日現在）", f"{T:,}円", lsize=8, vsize=13.5, vfont="sans-bold", align="r",
         width=0.7)
    p.y = y + 18
    for s in (f"※1 利息は期限の利益喪失日（{slash(acc)}）までの約定利息です。",
              f"※2 遅延損害金は元金に対し {slash(acc + T1)} から {slash(issued)} まで年14.6％（年365日の日割計算）で算出しています。"
              "発行日の翌日以降も完済まで同率で発生します。"):
        p.para(s, x0=15, x1=196, size=8, indent="")
    p.gap(2)
    p.line("■ お取引の経緯", x=15, size=9.5, font="sans-bold", color=TEAL)
    rows = [["原債権者", "株式会社カリヨンクレジット", "ご契約日", "2019/04/08"],
            ["ご利用限度額", "500,000円", "最終ご入金日", slash(lastp)],
            ["期限の利益喪失日", slash(acc), "債権譲受日", slash(asg)]]
    p.table(rows, [30, 60, 30, 40], x=18, size=9, row_h=6.2, aligns="llll", ruled="none")
    p.gap(3)
    p.para(f"つきましては、上記ご請求額合計を {wdate(due)}（{wd(due)}） までに下記口座へお振込みくださいますようお願い"
           "いたします。一括でのお支払いが困難な場合は、期日までに必ず当社までご連絡ください。期日までにお支払いもご連絡も"
           "ない場合は、法的手続に移行することがございますので、あらかじめご承知おきください。", size=9.8)
    p.para("敬具", size=9.8, indent="")
    p.gap(1)
    y = p.y
    p.add(Box(15, y, 181, 16, 0.3, GRAY))
    p.at(19, y + 5.5, "お振込先", size=8.5, font="sans-bold")
    p.at(19, y + 11.5, "こならが銀行 港南支店　普通 3801276　口座名義 アウロラサイケンカイシユウ（カ", size=9.5)
    p.at(192, y + 11.5, "※振込手数料はご負担ください", size=7.5, align="r", color=GRAY)
    p.y = y + 22
    p.para("本書と行き違いでお支払いいただいている場合は、悪しからずご容赦ください。ご本人様以外からのお問い合わせには"
           "お答えできません。", size=8.5, indent="")
    y = 246
    p.add(Line(15, y, 196, y, 0.5, TEAL))
    p.at(15, y + 7, "アウロラ債権回収株式会社", size=12, font="sans-bold")
    p.at(15, y + 12.5, "法務大臣許可番号　第76号", size=9)
    p.at(15, y + 17.5, "〒105-0000　東京都港区まてばしい一丁目9番9号", size=8.5)
    p.at(120, y + 7, "お問い合わせ", size=8.5, color=GRAY)
    p.at(120, y + 13, "フリーダイヤル 0120-000-376", size=11, font="sans-bold")
    p.at(120, y + 18, "受付 平日9:30～18:00　FAX 03-0000-7611", size=8.5)
    p.seal(96, y + 11, 14, "square", "アウロラ債権回収之印", angle=2, seed=100011)
    p.at(196, 290, "AU-F203（2025.04改）", size=6.5, align="r", color=GRAY)
    tr = truth(document_type="collection_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-376", creditor="アウロラ債権回収株式会社", status="licensed",
               original="株式会社カリヨンクレジット", debtor="蛯子真琴", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=asg,
               reference="AU-2509-00417", input_kind="pdf_text", template="proxy100_servicer_lump_cells_footer_sender",
               received=D(2025, 9, 16))
    return dict(stem="de01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, 一括請求 after assignment)",
                unusual="real servicer ★ アウロラ債権回収株式会社 with 「法務大臣許可番号　第76号」 only in a sender block at "
                        "the FOOT under a teal rule; a label/value info block top right without rules (発行日 slash date, "
                        "お客様番号, 担当部署, 頁); window-envelope address; the amounts as four LABEL-ABOVE-VALUE cells "
                        "(元金 / 利息 / 遅延損害金 / ご請求額合計（発行日現在）); footnotes ※1 ※2 with the accrual window; an "
                        "UNRULED お取引の経緯 grid (原債権者, ご契約日 2019/04/08, ご利用限度額 500,000円, 最終ご入金日, 喪失日, "
                        "債権譲受日); the deadline only in prose; free dial and FAX on one line; a form code as distractor")


# ---------------------------------------------------------------------------------------------
# de02 joint 債権譲渡通知書 (card company → invented servicer), two pages; 債権目録 with a 備考 column on page 2.


def de02():
    issued = D(2025, 11, 7)
    P, I, R = IK_P, IK_I, IK_R
    L = late(P, R, IK_ACC + T1, IK_ASSIGN)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 16, wdate(issued), size=10, align="r")
    # the two notifiers side by side at the TOP
    y = 22
    for x, role, name, lines, seal in (
            (86, "通知人（譲渡人）", "株式会社ミルトスカード",
             ["東京都新宿区なつめ坂二丁目3番8号", "代表取締役　阿久比　尚人", "カスタマーセンター 0120-000-448"], "ミルトスカード代表取締役印"),
            (141, "通知人（譲受人）", "晨星債権回収株式会社",
             ["東京都千代田区しゃりんばい通1-4-6", "代表取締役　坂牛　義昭", "法務大臣許可番号 第251号"], "晨星債権回収代表取締役印")):
        p.at(x, y, role, size=8, color=GRAY)
        p.at(x, y + 5, name, size=9.5, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x, y + 9.5 + i * 3.8, s, size=7.3)
        p.seal(x + 48, y + 12, 11, "round", seal, seed=100020 + (x > 120))
    p.y = 50
    p.line("〒273-0000", x=18, size=10)
    p.line("千葉県船橋市ひしの実町一丁目12番3号", x=18, size=10)
    p.gap(1)
    p.line("幾世　陽菜　殿", x=22, size=13)
    p.gap(6)
    p.title("債 権 譲 渡 通 知 書", size=17, font="serif-bold")
    p.para(f"譲渡人株式会社ミルトスカードは、{wdate(IK_ASSIGN)}付で、貴殿に対して有する別紙債権目録記載の債権（以下「本件債権」"
           "といいます。）を、その担保・保証その他一切の権利とともに、譲受人晨星債権回収株式会社に譲渡いたしました。")
    p.para("よって、民法第467条の規定に基づき、譲渡人及び譲受人の連名をもって、その旨を通知いたします。")
    p.para("今後、本件債権についてのお支払い及びお問い合わせは、すべて譲受人宛にお願いいたします。譲渡人宛のお振込み、"
           "口座振替は既に停止しております。")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 30, 0.4))
    p.add(Box(18, y, 174, 7, color=None, fill=SHADE))
    p.at(22, y + 5, "譲受人のお問い合わせ窓口", size=9.5, font="serif-bold")
    for i, (a, b) in enumerate((("会社名", "晨星債権回収株式会社　債権管理部"),
                                ("電話番号", "03-0000-2518（受付時間　平日 9:00～17:30）"),
                                ("管理番号", "SS-251107-0093（お問い合わせの際にお伝えください）"))):
        p.at(24, y + 13 + i * 6, a, size=9.5)
        p.at(52, y + 13 + i * 6, b, size=9.5)
    p.y = y + 36
    p.para("※本書は債権譲渡のご通知であり、お支払いの期限を定めるものではありません。お支払方法については、追って譲受人"
           "よりご案内いたします。", x0=18, size=9, indent="")
    p.para("※本件債権の内容は、次頁の別紙債権目録をご確認ください。", x0=18, size=9, indent="")
    p.at(105, 285, "－ 1 －", size=8.5, align="c")
    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10)
    q.title("債 権 目 録", size=15, font="serif-bold")
    q.kv([("原契約", "カード会員契約（ショッピング・キャッシング）"), ("契約年月日", "2020年2月14日"),
          ("会員番号", "****-****-****-4471"), ("債務者", "幾世　陽菜"),
          ("期限の利益喪失日", wdate(IK_ACC)), ("最終入金日", wdate(IK_LAST))], x=22, label_w=42, size=10)
    q.gap(4)
    q.line(f"譲渡債権の額（{wdate(IK_ASSIGN)}現在）", x=22, size=10.5, font="serif-bold")
    q.table([["項　目", "金額（円）", "備　考"],
             ["元　金", f"{P:,}", "ショッピング 141,300 ／ キャッシング 248,240"],
             ["利　息", f"{I:,}", f"キャッシング分　{wdate(IK_ACC)}まで"],
             ["遅延損害金", f"{L:,}", f"年14.6％　{wdate(IK_ACC + T1)}～{wdate(IK_ASSIGN)}"],
             ["合　計", f"{T:,}", ""]],
            [36, 34, 96], x=22, header=True, aligns="lrl", size=9.5, row_h=8)
    q.gap(2)
    q.para("※遅延損害金は、元金に対し年365日の日割計算によります。譲渡日の翌日以降も、完済に至るまで元金に対し年14.6％の"
           "割合による遅延損害金が発生します。", x0=22, size=8.5, indent="")
    q.para("※ご利用可能枠（300,000円）は期限の利益喪失により終了しております。", x0=22, size=8.5, indent="")
    q.at(190, 265, "以上", size=10.5, align="r")
    q.at(105, 285, "－ 2 －", size=8.5, align="c")
    assert P == 141_300 + 248_240
    tr = truth(document_type="assignment_notice", sender="晨星債権回収株式会社", license_number=251,
               phone="03-0000-2518", creditor="晨星債権回収株式会社", status="unverified", original="株式会社ミルトスカード",
               debtor="幾世陽菜", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               acceleration=IK_ACC, last_payment=IK_LAST, assignment=IK_ASSIGN, reference="SS-251107-0093",
               input_kind="pdf_text_2page", template="proxy100_joint_assignment_top_notifiers_remarks_column",
               received=D(2025, 11, 10))
    return dict(stem="de02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, card company → invented servicer, 2 pages)",
                unusual="joint 債権譲渡通知書 in serif: the two notifier blocks (譲渡人 card company with its own free dial, "
                        "譲受人 INVENTED servicer 晨星債権回収 with 「法務大臣許可番号 第251号」 → unverified) side by side at the "
                        "TOP RIGHT with round seals; the 管理番号 in a shaded contact box; p.2 債権目録: kv lines (契約年月日, "
                        "masked 会員番号, 喪失日, 最終入金日) and a ruled table with a 「金額（円）」 column unit and a 備考 column "
                        "(the ショッピング / キャッシング split of the 元金, the interest end date, the damages window); "
                        "ご利用可能枠 300,000円 as distractor; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# de03 信用金庫 縦書き 期限の利益喪失通知書 (digital vertical PDF), kanji positional amounts, absolute deadline.


def de03():
    R = 14.0
    issued, due = D(2025, 12, 5), D(2025, 12, 19)
    acc, lastp, warn = D(2025, 11, 28), D(2025, 8, 25), D(2025, 11, 14)
    P, I = 3_846_200, 12_473
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　貴殿は、当金庫との間の令和三年六月十日付金銭消費貸借契約（証書貸付・マイカー及び住宅リフォーム資金）"
                 "に基づく毎月二十五日の約定返済を、" + kdate(lastp) + "の返済を最後に怠っております。"),
        ("body", f"当金庫は、{kdate(warn)}付書面により延滞額のお支払いを求め、同書面到達後十日以内にお支払いのないときは"
                 "期限の利益を喪失する旨を通知いたしましたが、期限内にお支払いがありませんでした。"),
        ("body", f"よって貴殿は、{kdate(acc)}の経過により、右契約に基づく一切の債務について期限の利益を喪失いたしました。"),
        ("body", f"つきましては、左記の金員を{kdate(due)}までに当金庫本店融資管理課へ一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　貸付残元金　　{kyen(P)}"),
        ("indent", f"二　未収利息　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　　（令和七年十一月二十九日から本書作成日まで年十四パーセントの割合）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("body", "なお、右期日までにお支払いがないときは、連帯保証人に対して保証債務の履行を請求するとともに、"
                 "法的手続をとらせていただきますので、念のため申し添えます。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "埼玉県さいたま市浦和区うるし台三丁目六番一号"),
        ("low", "みかぼし信用金庫"),
        ("low", "理事長　玉寄　謙吾"),
        ("low", "電話　〇四八（〇〇〇）三一七二"),
        ("blank", ""),
        ("low", "埼玉県川口市くろがね台二丁目十四番九号"),
        ("low", "二木　和臣　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.6, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    xs = [it.x for it in pg.items if isinstance(it, VText) and "理事長" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 17.5) * size * PT_MM * 1.05, 12, "square", "みかぼし信用金庫理事長之印",
                         angle=3, seed=100031))
    tr = truth(document_type="acceleration_notice", sender="みかぼし信用金庫", phone="048-000-3172",
               creditor="みかぼし信用金庫", status="not_applicable", debtor="二木和臣", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference=None, input_kind="vertical_pdf", template="proxy100_vertical_shinkin_acceleration_kanji",
               received=D(2025, 12, 8))
    return dict(stem="de03", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="acceleration_notice (信用金庫, 縦書き, digital)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a 信用金庫 as a digital PDF, no 内容証明 stamp: every "
                        "amount in positional kanji (金三百八十四万六千二百円 …), every date in kanji; the earlier 催告 date "
                        "(十一月十四日) and the 令和三年 contract date as distractors; 喪失 「の経過により」 on 十一月二十八日; "
                        "an absolute kanji deadline; the 理事長 is named, phone in kanji digits; NO reference number (null)")


# ---------------------------------------------------------------------------------------------
# de04 guarantee company 代位弁済のご通知: two-column blocks, breakdown in prose, label-above deadline box.


def de04():
    R = 14.6
    issued, due = D(2026, 2, 16), D(2026, 3, 6)
    subro, acc, lastp = D(2026, 1, 30), D(2025, 12, 10), D(2025, 9, 26)
    S = 1_935_884
    L = late(S, R, subro + T1, issued)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, "あまづら保証株式会社", size=12.5, font="sans-bold", color=PLUM)
    p.at(15, 23, "債権管理部　求償グループ", size=8.5)
    p.at(196, 18, f"令和8年2月16日（{wd(issued)}）", size=9.5, align="r")
    p.at(196, 23, "求償番号　AMZ-08-11357", size=9.5, align="r")
    p.y = 32
    p.line("〒560-0000　大阪府豊中市ちどりが浜五丁目2番17号", x=15, size=9.5)
    p.line("秡川　大地　様", x=20, size=13)
    p.gap(5)
    p.title("代位弁済のご通知", size=15)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=9.8)
    p.para("お客様が株式会社オルティア銀行からお借入れのローンにつきましては、当社が保証しておりましたが、お客様が期限の利益を"
           "喪失されたため、同行の請求に基づき、当社が保証債務を履行（代位弁済）いたしました。これにより、同行がお客様に対して"
           "有していた債権は当社に移転し、当社はお客様に対し下記の求償権を取得しましたのでお知らせいたします。", size=9.8)
    p.gap(2)
    # two-column blocks
    y = p.y
    for x, head, rows in ((15, "ご契約の内容（銀行）", [("お借入先", "株式会社オルティア銀行 豊中支店"), ("お借入日", "令和4年5月20日"),
                                                   ("当初お借入額", "2,400,000円"), ("最終ご返済日", era(lastp)),
                                                   ("期限の利益喪失日", era(acc))]),
                          (108, "代位弁済の内容", [("代位弁済日", era(subro)), ("代位弁済額", f"{S:,}円"),
                                               ("（うち元金）", "1,921,005円"), ("（うち利息）", "14,879円"),
                                               ("損害金の利率", "年14.6％")])):
        p.add(Box(x, y, 88, 7, color=None, fill=(0.93, 0.89, 0.93)))
        p.at(x + 2, y + 5, head, size=9.5, font="sans-bold", color=PLUM)
        for i, (a, b) in enumerate(rows):
            yy = y + 13 + i * 6
            p.at(x + 2, yy, a, size=9)
            p.at(x + 86, yy, b, size=9, align="r")
            p.add(Line(x, yy + 1.8, x + 88, yy + 1.8, 0.15, GRAY))
    assert S == 1_921_005 + 14_879
    p.y = y + 46
    p.line("■ ご請求金額", x=15, size=10.5, font="sans-bold", color=PLUM)
    p.para(f"当社の求償債権は、求償元金{S:,}円、これに対する代位弁済日の翌日（{era(subro + T1)}）から本日までの年14.6％の"
           f"割合による損害金{L:,}円、以上合計{T:,}円です（{era(issued)}現在）。つきましては、下記期日までに上記合計額を一括して"
           "お支払いくださいますようお願い申し上げます。", size=9.8)
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 70, 20, 0.8, PLUM))
    p.at(19, y + 5.5, "お支払期日", size=8.5, color=PLUM)
    p.at(50, y + 15, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold", align="c")
    p.add(Box(90, y, 106, 20, 0.3, GRAY))
    p.at(94, y + 5.5, "お振込先", size=8.5, color=GRAY)
    p.at(94, y + 11, "オルティア銀行 本店営業部 当座 0091142", size=9.5)
    p.at(94, y + 16.5, "アマヅラホショウ（カ　※ご依頼人名の前に求償番号", size=8.5)
    p.y = y + 25
    p.line("ご注意", x=15, size=9, font="sans-bold")
    for s in ("1．代位弁済後は、銀行でのご返済はできません。お支払い・ご相談は当社へお願いいたします。",
              "2．損害金は、完済の日まで求償元金に対し年14.6％（年365日の日割計算）の割合で発生します。",
              "3．期日までにお支払い又はご相談がないときは、法的措置（給与等の差押えを含みます。）を検討いたします。",
              "4．日本貸金業協会会員 第005118号 ／ 貸金業登録番号 近畿財務局長(3)第00871号"):
        p.para(s, x0=18, x1=196, size=8.5, indent="")
    p.gap(4)
    y = p.y
    p.add(Line(108, y, 196, y, 0.3))
    for i, s in enumerate(("あまづら保証株式会社", "〒530-0000 大阪府大阪市北区なつめ坂3丁目1番5号",
                           "債権管理部 求償グループ　TEL 06-000-4471", "FAX 06-000-4472　受付 平日9:00～17:00")):
        p.at(110, y + 6 + i * 4.8, s, size=11 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans")
    p.seal(188, y + 9, 13, "square", "あまづら保証株式会社之印", angle=-3, seed=100041)
    tr = truth(document_type="acceleration_notice", sender="あまづら保証株式会社", phone="06-000-4471",
               creditor="あまづら保証株式会社", status="not_applicable", original="株式会社オルティア銀行", debtor="秡川大地",
               total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="AMZ-08-11357", input_kind="pdf_text",
               template="proxy100_guarantor_subrogation_two_blocks_prose", received=D(2026, 2, 18))
    return dict(stem="de04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済通知)",
                unusual="保証会社 代位弁済のご通知 with TWO side-by-side blocks (ご契約の内容（銀行）: お借入日, 当初お借入額 "
                        "2,400,000円, 最終ご返済日, 喪失日 / 代位弁済の内容: 代位弁済日, 代位弁済額 with its うち元金 / うち利息 "
                        "history, 損害金の利率); the CLAIM ONLY IN PROSE (求償元金…、…損害金…、以上合計…); the due date "
                        "in a box with the label ABOVE the value; numbered ご注意 with a 日本貸金業協会会員 number and a "
                        "貸金業登録番号 (not a servicer licence); TEL and FAX in the sender block")


# ---------------------------------------------------------------------------------------------
# de05 千葉簡易裁判所 支払督促 of de02's claim (creditor the invented servicer), digital, one page.


def de05():
    issued, filed = D(2026, 3, 10), D(2026, 2, 27)
    P, I, R = IK_P, IK_I, IK_R
    L = late(P, R, IK_ACC + T1, filed)
    C = 2_000 + 1_120 + 110 + 800
    T = P + I + L + C
    case = "令和8年(ロ)第418号"
    p = Page(font="serif", size=10, top=12)
    p.at(196, 14, fw("令和8年（ロ）第418号"), size=10, align="r")
    p.y = 18
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=20, size=10)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", x=20, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=20, size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", x0=20, size=10.5)
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", x=20, size=10.5)
    p.line("　　　　千葉簡易裁判所　　裁判所書記官　　瀬良垣　朋美", x=20, size=10.5)
    p.seal(176, p.y - 5, 13, "square", "千葉簡易裁判所書記官印", seed=100051)
    p.gap(3)
    p.add(Line(20, p.y, 190, p.y, 0.2))
    p.gap(2)
    p.line("当 事 者 目 録", align="c", size=11, font="serif-bold")
    rows = [["債権者", "〒100-0000　東京都千代田区しゃりんばい通1-4-6\n晨星債権回収株式会社\n代表者代表取締役　坂牛　義昭"],
            ["（送達場所）", "同所　債権管理部　電話 03-0000-2518　FAX 03-0000-2519"],
            ["債務者", "〒273-0000　千葉県船橋市ひしの実町一丁目12番3号\n幾世　陽菜"]]
    for lab, val in rows:
        lines = val.split("\n")
        base = p.y + 10 * PT_MM
        p.at(24, base, lab, size=10)
        for i, s in enumerate(lines):
            p.at(56, base + i * 5.2, s, size=10)
        p.y += 5.2 * len(lines) + 1.2
    p.gap(2)
    p.line("請 求 の 趣 旨", align="c", size=11, font="serif-bold")
    p.line(f"１　金{P + I + L:,}円（下記請求の原因４の合計）", x=24, size=10)
    p.para(f"２　上記金額のうち元金{P:,}円に対する令和8年2月28日から完済まで年14.6％の割合による遅延損害金", x0=24, x1=190,
           size=10, indent="")
    p.line(f"３　金{C:,}円（督促手続費用）", x=24, size=10)
    p.line(f"合計　金{T:,}円（１及び３の合計）", x=100, size=10.5, font="serif-bold")
    p.gap(2)
    p.line("請 求 の 原 因", align="c", size=11, font="serif-bold")
    for s in ("１　契約の内容　株式会社ミルトスカード（以下「原債権者」）と債務者との間のカード会員契約（契約日 令和2年2月14日、"
              "遅延損害金 年14.6％、分割金の支払を怠り催告を受けたときは期限の利益を失う旨の特約付き）",
              f"２　債務者は、{era(IK_LAST)}の入金を最後に支払をせず、{era(IK_ACC)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(IK_ASSIGN)}、本件債権を債権者に譲渡し、同年11月7日到達の書面で債務者に通知した。"):
        p.para(s, x0=24, x1=190, size=9.5, indent="")
    p.line("４　請求額", x=24, size=9.5)
    p.table([["残元金", f"{P:,}円"], ["利息（令和7年7月31日まで）", f"{I:,}円"],
             ["確定遅延損害金（令和7年8月1日から令和8年2月27日まで年14.6％）", f"{L:,}円"], ["合計", f"{P + I + L:,}円"]],
            [120, 38], x=30, size=9, row_h=5.8, aligns="lr", ruled="rows")
    p.gap(1.5)
    p.line("督促手続費用の内訳　申立手数料2,000円　支払督促正本送達費用1,120円　発付通知費用110円　申立書作成及び提出費用800円",
           x=24, size=7.8)
    p.gap(1)
    p.line(f"申立日　{fw(era(filed))}　　問合せ先　千葉簡易裁判所民事訟廷 督促係　電話 043-000-2281", x=24, size=8.5)
    tr = truth(document_type="payment_order", sender="千葉簡易裁判所", phone="043-000-2281",
               creditor="晨星債権回収株式会社", status="unverified", original="株式会社ミルトスカード", debtor="幾世陽菜",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               acceleration=IK_ACC, last_payment=IK_LAST, assignment=IK_ASSIGN, reference=case, input_kind="pdf_text",
               template="proxy100_payment_order_chiba_invented_servicer", received=D(2026, 3, 13))
    return dict(stem="de05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order (簡裁, invented servicer creditor, one page)",
                unusual="a whole 支払督促 of 千葉簡裁 on ONE digital page (de02's claim): full-width case number top right; "
                        "当事者目録 as unruled label columns with the creditor's 送達場所 phone and FAX (distractors); the "
                        "creditor is the INVENTED servicer 晨星債権回収 (no licence number in a court paper → unverified, "
                        "licence null); 請求の趣旨 as numbered lines with a bold 合計 that adds the 督促手続費用; 請求の原因 in "
                        "numbered prose with 喪失, last payment and 譲渡 dates, then a rows-ruled 請求額 table; the costs "
                        "broken down in small print (2,000 + 1,120 + 110 + 800); 申立日 and the court phone at the foot")


# ---------------------------------------------------------------------------------------------
# de06 川崎簡易裁判所 (ハ) 呼出状 + 訴状, plaintiff a real servicer; two digital pages.


def de06():
    R = 18.0
    issued, hearing, answer, filed = D(2026, 5, 19), D(2026, 6, 23), D(2026, 6, 16), D(2026, 4, 24)
    acc, lastp, asg = D(2025, 5, 12), D(2025, 1, 27), D(2025, 10, 30)
    P, I = 734_900, 21_655
    L = late(P, R, acc + T1, filed)
    T = P + I + L
    case = "令和8年(ハ)第2207号"
    p = Page(font="serif", size=10.5, top=16)
    p.at(20, 18, f"事件番号　{case}", size=10)
    p.at(20, 23.5, "事 件 名　譲受債権請求事件", size=10)
    p.at(196, 18, fw(era(issued)), size=10, align="r")
    p.y = 30
    p.line("被告　澤邉　美咲　殿", x=20, size=12.5)
    p.gap(2)
    p.line("川崎簡易裁判所民事係", x=120, size=10.5)
    p.line("裁判所書記官　真謝　典之", x=120, size=10.5)
    p.seal(188, p.y - 5, 12, "square", "川崎簡易裁判所書記官印", seed=100061)
    p.gap(4)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold")
    p.line("原告　アルファ債権回収株式会社", x=30, size=10.5)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。なお、訴状を送付しますので、下記の答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    for i, (a, b) in enumerate((("期日", f"令和８年６月２３日（{wd(hearing)}）午前１０時００分"),
                                ("出頭場所", "第２０１号法廷（２階）"),
                                ("答弁書提出期限", f"令和８年６月１６日（{wd(answer)}）"))):
        yy = y + i * 10
        p.add(Box(30, yy, 40, 10, 0.3, None, SHADE))
        p.add(Box(30, yy, 150, 10, 0.3))
        p.at(33, yy + 6.6, a, size=10)
        p.at(74, yy + 6.6, b, size=11, font="serif-bold" if i == 0 else "serif")
    p.y = y + 36
    for s in ("１　答弁書の用紙を同封しました。答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることが"
              "あります。",
              "２　出頭の際は、この呼出状と印鑑をお持ちください。",
              "３　分割払いなどの話合い（和解）を希望する場合は、答弁書にその旨を記載してください。",
              "４　お問い合わせは事件番号をお知らせの上、下記へお願いします。"):
        p.para(s, x0=24, x1=190, size=9.8, indent="")
    p.gap(4)
    p.line("〒210-0000　神奈川県川崎市川崎区かなめもち通一丁目9番3号", x=24, size=9.5)
    p.line("川崎簡易裁判所民事係　電話 044-000-6130（直通）", x=24, size=9.5)
    p.at(105, 287, "1", size=9, align="c")
    q = Page(font="serif", size=10.5, top=16)
    q.at(196, 18, fw(era(filed)), size=10, align="r")
    q.y = 22
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line("川崎簡易裁判所　御中", x=20, size=10.5)
    q.gap(2)
    q.kv([("原告", "東京都中央区しゃしゃんぼ台二丁目8番1号　アルファ債権回収株式会社"),
          ("", "代表者代表取締役　栄森　浩二"),
          ("", "（送達場所・担当）同社 法務グループ　電話 03-0000-1014"),
          ("被告", "神奈川県川崎市中原区はりまの台三丁目4番22号　澤邉　美咲")], x=20, label_w=16, size=9.8)
    q.gap(2)
    q.line("譲受債権請求事件　　訴訟物の価額　" + f"{T:,}円" + "　　貼用印紙額　" + "9,000円", x=20, size=9.8)
    q.gap(2)
    q.line("第１　請求の趣旨", x=20, size=10.5, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する令和8年4月25日から支払済みまで年18％の割合による"
           "金員を支払え。", x0=24, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=24, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=24, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", x=20, size=10.5, font="serif-bold")
    for s in ("１　株式会社ソルシエカード（以下「ソルシエ」）は、被告との間で、令和元年9月3日、極度額80万円、利息年15.0％、"
              "遅延損害金年18.0％とする金銭消費貸借契約（カードローン）を締結し、被告に対し貸付けを行った。",
              f"２　被告は、{era(lastp)}の弁済を最後に支払を怠り、{era(acc)}、期限の利益を喪失した。",
              f"３　ソルシエは、{era(asg)}、原告に対し上記貸金債権を譲渡し、被告に対し同年11月4日到達の内容証明郵便で"
              "その旨を通知した。",
              "４　よって、原告は、被告に対し、下記の金員の支払を求める。"):
        q.para(s, x0=24, x1=190, size=9.8, indent="")
    q.gap(1)
    q.table([["残元金", f"{P:,}円", "－"],
             ["未払利息", f"{I:,}円", f"{era(acc)}まで"],
             ["確定遅延損害金", f"{L:,}円", f"{era(acc + T1)}から{era(filed)}まで年18％"],
             ["合　計", f"{T:,}円", ""]], [36, 34, 96], x=24, size=9.5, row_h=7, aligns="lrl", ruled="grid")
    q.gap(3)
    q.line("証拠方法　甲第１号証 契約書　甲第２号証 債権譲渡通知書　甲第３号証 取引履歴", x=20, size=9)
    q.line("附属書類　訴状副本１通　甲号証写し各１通　資格証明書１通　予納郵券 5,000円", x=20, size=9)
    q.at(105, 287, "2", size=9, align="c")
    tr = truth(document_type="lawsuit", sender="川崎簡易裁判所", phone="044-000-6130",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社ソルシエカード", debtor="澤邉美咲",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, assignment=asg, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy100_summary_court_summons_complaint_real_servicer", received=D(2026, 5, 22))
    return dict(stem="de06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), real servicer plaintiff, 2 pages)",
                unusual="川崎簡裁 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; half-width case number with "
                        "事件名 譲受債権請求事件; the hearing / 出頭場所 / 答弁書提出期限 in a shaded-label box, full-width dates "
                        "with weekdays; plaintiff the real servicer ★ アルファ債権回収株式会社 (court paper: no licence printed "
                        "→ licensed, licence null); 訴状 dated 4/24 ≠ 呼出状 5/19; 訴訟物の価額 and 貼用印紙額 9,000円, 極度額80万円, "
                        "利息年15.0％, 予納郵券 5,000円 and the plaintiff's 03 number as distractors; a grid table 残元金 / "
                        "未払利息 / 確定遅延損害金 / 合計 with a third column of windows")


# ---------------------------------------------------------------------------------------------
# de07 real servicer (エー・シー・エス) 分割弁済のご提案: left label column, footnotes with plan figures.


def de07():
    R = 14.6
    issued, reply = D(2026, 7, 8), D(2026, 7, 31)
    acc, lastp, asg = D(2024, 6, 10), D(2024, 2, 26), D(2024, 11, 29)
    P, I = 1_127_300, 33_418
    L = late(P, R, acc + T1, issued)
    T = P + I + L
    n, first_amt = 36, 32_300
    rest = (P + I - first_amt) // (n - 1)
    first_amt = P + I - rest * (n - 1)
    assert first_amt + rest * (n - 1) == P + I
    p = Page(font="sans", size=10, top=16)
    p.add(Box(15, 12, 3, 16, color=None, fill=OLIVE))
    p.at(21, 18, "エー・シー・エス債権管理回収株式会社", size=12, font="sans-bold")
    p.at(21, 23, "許可番号　法務大臣 第27号", size=8.5)
    p.at(21, 27, "千葉県千葉市美浜区えにし浜2丁目5番1号", size=8)
    p.at(196, 18, f"{wdate(issued)}", size=9.5, align="r")
    p.y = 36
    p.line("百々瀬　隆之　様", x=15, size=13)
    p.line("お客様番号：ACS-7720-5518", x=15, size=9)
    p.gap(4)
    p.title("お支払方法のご提案（分割弁済のご案内）", size=14.5)
    p.para("平素より格別のご高配を賜り、厚く御礼申し上げます。", size=9.8)
    p.para("当社が株式会社プラティナクレジットから譲り受けました貴方様のご債務について、一括でのお支払いが難しい状況と"
           "伺っております。つきましては、下記の条件による分割でのお支払いをご提案いたします。ご検討のうえ、同封の"
           "回答書にご記入いただき、ご回答期限までにご返送ください。", size=9.8)
    p.gap(2)
    # label column on the left, values to the right, thin rules under each row
    rows = [("現在のご債務額", None),
            ("　元金", f"{P:,}円"), ("　利息", f"{I:,}円"), ("　遅延損害金　※1", f"{L:,}円"), ("　債務総額", f"{T:,}円"),
            ("ご提案の内容", None),
            ("　お支払総額", f"{P + I:,}円（遅延損害金 {L:,}円 を免除　※2）"),
            ("　お支払回数", f"{n}回（毎月27日）"),
            ("　初回お支払額", f"{first_amt:,}円（2026年8月27日）"),
            ("　2回目以降", f"{rest:,}円 × {n - 1}回"),
            ("ご回答期限", f"{wdate(reply)}（{wd(reply)}）必着")]
    for lab, val in rows:
        if val is None:
            p.gap(1.5)
            p.line(lab, x=15, size=10, font="sans-bold", color=OLIVE)
            continue
        bold = lab.strip() in ("債務総額", "ご回答期限")
        b = p.line(lab, x=18, size=10, font="sans-bold" if bold else None)
        p.at(100, b, val, size=10, font="sans-bold" if bold else "sans", align="l")
        p.add(Line(18, p.y - 0.6, 196, p.y - 0.6, 0.12, GRAY))
    p.gap(3)
    for s in (f"※1 遅延損害金は元金に対する{wdate(acc + T1)}（期限の利益喪失日 {wdate(acc)} の翌日）から{wdate(issued)}まで年14.6％"
              "の割合で計算しています。",
              f"※2 ご提案どおりのお支払いが続いた場合に限り、遅延損害金を免除いたします。2回分（{2 * rest:,}円相当）以上お支払いが"
              "遅れた場合は、免除を取り消し、残額を一括してご請求いたします。",
              f"※3 債権譲受日 {wdate(asg)}、最終ご入金日 {wdate(lastp)}、原契約 2018年10月1日（ご利用限度額 1,500,000円）。",
              "※4 ご回答期限までにご返送がない場合、本ご提案は効力を失います。"):
        p.para(s, x0=15, x1=196, size=8.3, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 18, 0.3, OLIVE))
    p.at(19, y + 6, "お問い合わせ・ご相談", size=9, font="sans-bold", color=OLIVE)
    p.at(19, y + 12.5, "お客様相談室　0120-000-270　（平日 9:00～18:00　土曜 9:00～12:00）", size=10)
    p.at(19, y + 16.5, "FAX 043-000-2701　※ご本人様からのお電話をお願いいたします。", size=8)
    tr = truth(document_type="settlement_proposal", sender="エー・シー・エス債権管理回収株式会社", license_number=27,
               phone="0120-000-270", creditor="エー・シー・エス債権管理回収株式会社", status="licensed",
               original="株式会社プラティナクレジット", debtor="百々瀬隆之", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="ACS-7720-5518", input_kind="pdf_text",
               template="proxy100_servicer_instalment_proposal_footnotes", received=D(2026, 7, 10))
    return dict(stem="de07", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="settlement_proposal (real servicer, 36 instalments)",
                unusual="real servicer ★ エー・シー・エス債権管理回収株式会社 with 「許可番号　法務大臣 第27号」 beside an olive "
                        "bar at the top left; お客様番号 with a full-width colon under the name; ONE label column with "
                        "hairline rows: 現在のご債務額 (元金 / 利息 / 遅延損害金 ※1 / 債務総額) then ご提案の内容 (お支払総額 = "
                        "元金+利息 with the damages waived, 36回, 初回 and 2回目以降 amounts and date) and the bold ご回答期限 "
                        "必着; FOUR footnotes carrying the 喪失日, the accrual window, the 2-instalment threshold, 債権譲受日, "
                        "最終ご入金日, 原契約 2018年 and ご利用限度額 1,500,000円 (distractors and dates in small print)")


# ---------------------------------------------------------------------------------------------
# de08 bank arrears letter (ひのと銀行), table with a 備考 column; scanned PNG.


def de08():
    R = 14.0
    issued, due = D(2026, 5, 13), D(2026, 5, 27)
    lastp = D(2026, 2, 27)
    inst = [(D(2026, 3, 27), 48_212, 9_188), (D(2026, 4, 27), 48_251, 9_149)]
    rows = []
    for d, pr, it in inst:
        rows.append((d, pr, it, late(pr + it, R, d + T1, issued)))
    P = sum(r[1] for r in rows)
    I = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "株式会社ひのと銀行", size=13, font="sans-bold", color=NAVY)
    p.at(15, 24, "個人ローン管理室", size=9)
    p.at(196, 17, f"発送日　{era(issued)}", size=9, align="r")
    p.at(196, 22, "お客様番号　HN 0417-22936", size=9, align="r")
    p.at(196, 27, "ご融資番号　3302-118-4476-01", size=9, align="r")
    p.y = 36
    p.line("〒060-0000　北海道札幌市北区うるし台七条3丁目2-14", x=15, size=9.5)
    p.line("巻渕　佳乃　様", x=20, size=13)
    p.gap(6)
    p.title("ご返済についてのご連絡", size=14.5)
    p.para("いつも当行をご利用いただきありがとうございます。", size=9.8)
    p.para("ご利用中のローンにつきまして、下記のご返済が確認できておりません。お手数ですが、下記の合計額を、お振込期限までに"
           "ご返済口座へご入金くださいますようお願いいたします。", size=9.8)
    p.gap(2)
    body = [["項　目", "金　額", "備　考"]]
    body.append(["延滞元金", f"{P:,}", f"3月27日分 {rows[0][1]:,}／4月27日分 {rows[1][1]:,}"])
    body.append(["延滞利息", f"{I:,}", f"3月27日分 {rows[0][2]:,}／4月27日分 {rows[1][2]:,}"])
    body.append(["遅延損害金", f"{L:,}", "各回の元利金に対し年14.0％、発送日まで日割"])
    body.append(["合　計", f"{T:,}", "（単位：円）"])
    body.append(["お振込期限", f"{era(due)}（{wd(due)}）", "期限後は損害金が加算されます"])
    p.table(body, [34, 44, 103], x=15, header=True, aligns="lrl", size=9.5, row_h=8.5)
    p.gap(3)
    p.para(f"最終ご入金日：{era(lastp)}　　毎月のご返済額：57,400円（毎月27日）　　ご融資金額：3,600,000円（令和3年8月）",
           x0=15, size=8.8, indent="")
    p.gap(2)
    p.line("ご返済口座", x=15, size=9.5, font="sans-bold")
    p.para("ひのと銀行 北二十四条支店　普通預金 4476018（マキブチ ヨシノ 様）", x0=18, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4, NAVY))
    for i, s in enumerate(("・ご入金がない状態が続きますと、期限の利益を喪失し、ローン残高全額を一括してご返済いただくこととなります。",
                           "・ご事情によりご返済が難しい場合は、お早めに下記までご相談ください。",
                           "・本状と行き違いにご入金いただいた場合は、ご容赦ください。")):
        p.at(18, y + 6 + i * 5.5, s, size=8.8)
    p.y = y + 28
    for i, s in enumerate(("株式会社ひのと銀行　個人ローン管理室", "〒060-0000 北海道札幌市中央区まてばしい通1丁目1番",
                           "電話 011-000-8840（平日 9:00～17:00）")):
        p.at(110, p.y + i * 5, s, size=10 if i == 0 else 8.8, font="sans-bold" if i == 0 else "sans")
    tr = truth(document_type="collection_notice", sender="株式会社ひのと銀行", phone="011-000-8840",
               creditor="株式会社ひのと銀行", status="not_applicable", debtor="巻渕佳乃", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="HN0417-22936", input_kind="scan_png", template="proxy100_bank_arrears_remarks_column",
               received=D(2026, 5, 15))
    return dict(stem="de08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (bank arrears, two instalments)",
                unusual="bank 督促 「ご返済についてのご連絡」, scanned: 発送日 / お客様番号 / ご融資番号 top right; a 3-column "
                        "項目 / 金額 / 備考 table whose amounts carry no 円 (「（単位：円）」 in the 備考 of the 合計 row), the per-"
                        "instalment split inside the 備考 cells, and the お振込期限 as the LAST ROW of the same table; arrears "
                        "only (lump false); 毎月のご返済額 57,400円, ご融資金額 3,600,000円 and the ご融資番号 as distractors")


LETTERS = [de01, de02, de03, de04, de05, de06, de07, de08]
