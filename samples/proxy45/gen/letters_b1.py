"""Proxy set 45, letters bb01–bb08: "digital PDFs from many systems". A law office's word-processor letter with a
running header and footer on both pages (bb01), a guarantee company's mail-merge form with every field in a box, label
above value (bb02), a real servicer's statement printed from a spreadsheet with its gridlines (bb03), a joint 債権譲渡
通知 set in two columns (bb04), a bank's arrears letter whose amounts table sits to the right of the address window
(bb05), and three court papers on the courts' standard A4 page: a 支払督促 (bb06), a 地裁 呼出状 with the 訴状 (bb07)
and a one-page 仮執行宣言付支払督促 (bb08)."""

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
    cell,
    court_foot,
    court_page,
    era,
    late,
    sheet,
    truth,
    wd,
    window,
    word_frame,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
PLUM = (0.40, 0.12, 0.36)
MOSS = (0.20, 0.38, 0.16)
SLATE = (0.18, 0.30, 0.42)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def fwera(d: D) -> str:
    return fw(era(d))


# ---------------------------------------------------------------------------------------------
# bb01 law office for a card company: a word-processor letter, running header and footer on both pages.


def bb01():
    R = 14.6
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    acc, lastp = D(2025, 12, 10), D(2025, 9, 27)
    P, I = 486_213, 23_884
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    head_l, head_r = "剣持・笹倉法律事務所", "ご通知（にじますカード債権の件）"
    foot = ["〒604-0000 京都府京都市中京区蔦町9番地9 夜鷹ビル5階　剣持・笹倉法律事務所（京都弁護士会所属）",
            "TEL 075-000-3126（代表）　FAX 075-000-3127　受付時間 平日9:30～17:30"]
    p = Page(font="serif", size=10.5, top=22, left=25, right=25, leading=1.75)
    word_frame(p, 1, 2, head_l, head_r, foot)
    p.at(185, 26, era(issued), size=10.5, align="r")
    p.at(185, 31.5, "当職ら整理番号　KS-2601-017", size=9.5, align="r")
    p.y = 38
    p.line("〒615-0000", size=10)
    p.line("京都府京都市右京区唐松町9丁目9番9号", size=10)
    p.gap(1)
    p.line("沢渡　美緒　様", size=13)
    p.gap(2)
    for s in ("京都府京都市中京区蔦町9番地9 夜鷹ビル5階", "剣持・笹倉法律事務所", "株式会社にじますカード代理人",
              "弁護士　剣持　恭平", "同　　　笹倉　由紀"):
        p.line(s, x=118, size=10)
    p.seal(176, p.y - 7, 9, "square", "弁護士剣持恭平印", angle=-2, seed=45011)
    p.gap(4)
    p.title("ご　通　知", size=15, font="serif-bold")
    p.para("前略　当職らは、株式会社にじますカード（以下「通知人」といいます。）から、貴殿に対する下記債権の回収について"
           "委任を受けましたので、本書をもってご通知いたします。")
    p.para(f"貴殿は、通知人との間のクレジットカード会員契約に基づく分割払いのお支払いを、{era(lastp)}のご入金を最後に"
           f"怠っており、通知人からの再三の督促にもかかわらずお支払いがないため、{era(acc)}をもって期限の利益を喪失して"
           "おります。")
    p.para(f"つきましては、2頁記載の請求金額合計{T:,}円を、{era(due)}（{wd(due)}）までに、2頁記載の当職ら名義の預り金口座へ"
           "一括してお振り込みください。")
    p.para("なお、上記期限までにお支払い又はご連絡がない場合には、通知人と協議のうえ、訴訟提起等の法的手続を執ることと"
           "なりますので、あらかじめご承知おきください。")
    p.para("また、今後本件に関するご連絡は、通知人ではなく当職ら宛てにお願いいたします。ご返済方法についてご相談がある"
           "場合も、上記期限までに当事務所の担当事務員（芝野）までお電話ください。")
    p.line("草々", x=185, align="r")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("通知人（債権者）", "株式会社にじますカード"),
          ("ご契約の種類", "クレジットカード会員契約（ショッピング分割払い）"),
          ("会員番号", "****-****-**02-7731"),
          ("最終ご入金日", era(lastp)),
          ("期限の利益喪失日", era(acc)),
          ("ご請求金額", f"金{T:,}円（内訳は2頁のとおり）")], x=35, label_w=40, size=10)
    p.line("以上", x=185, align="r")
    p1 = p.spec

    p = Page(font="serif", size=10.5, top=22, left=25, right=25, leading=1.75)
    word_frame(p, 2, 2, head_l, head_r, foot)
    p.y = 24
    p.line(f"１　請求債権の内訳（{era(issued)}現在）", size=11, font="serif-bold")
    p.gap(1)
    p.table([["項　目", "金　額"],
             ["立替金残高（ショッピング分割払い）", f"{P:,}円"],
             ["未払手数料", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から年14.6％）", f"{L:,}円"],
             ["合　計", f"{T:,}円"]], [112, 48], x=25, header=True, size=10, row_h=8, font="serif")
    p.gap(3)
    p.line("２　お支払期限", size=11, font="serif-bold")
    p.line(f"　　{era(due)}（{wd(due)}）", size=11)
    p.gap(2)
    p.line("３　お振込先", size=11, font="serif-bold")
    p.kv([("金融機関", "穂波銀行　四条烏丸支店"), ("口座", "普通預金　3126017"),
          ("口座名義", "弁護士剣持恭平預り金口（ベンゴシケンモチキヨウヘイアズカリキングチ）")], x=35, label_w=26, size=10)
    p.para("※お振込手数料はご負担ください。お振込人名の前に当職ら整理番号の数字（2601017）をご入力ください。", size=9.5,
           indent="")
    p.gap(2)
    p.line("４　ご注意", size=11, font="serif-bold")
    for s in ("遅延損害金は、お支払いの日まで立替金残高に対し年14.6％（年365日の日割計算）の割合で日々発生します。",
              "本書と行き違いにお支払いいただいた場合は、何卒ご容赦ください。",
              "通知人のご利用可能枠（ショッピング300,000円）は、期限の利益喪失により既に停止されております。",
              "当職らは通知人の代理人です。債務整理等をご依頼の弁護士・司法書士がいらっしゃる場合は、その旨お知らせください。"):
        p.para("・" + s, x0=30, size=9.8, indent="")
    p.gap(3)
    p.line("以上", x=185, align="r")
    tr = truth(document_type="collection_notice", sender="剣持・笹倉法律事務所", phone="075-000-3126",
               creditor="株式会社にじますカード", status="not_applicable", debtor="沢渡美緒", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KS-2601-017", input_kind="pdf_text_2page",
               template="proxy45_law_office_word_header_footer", received=D(2026, 1, 22))
    return dict(stem="bb01", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (law office for a card company, word-processor letter, 2 pages)",
                unusual="a word processor's letter: a grey running HEADER (office name left, 「ご通知（にじますカード債権の件）」 "
                        "right, hairline) and FOOTER (address, TEL / FAX, 「1 / 2」) on BOTH pages, so the office's phone and "
                        "address stand in the footer; Mincho throughout; the lawyers' block top-right under the addressee "
                        "(「株式会社にじますカード代理人　弁護士…　同…」) with a seal; p.1 prose with the total and the due "
                        "date, a 記 kv block (会員番号 masked, 最終ご入金日, 期限の利益喪失日); p.2 the 内訳 table (立替金残高 / "
                        "未払手数料 / 遅延損害金 with window and rate / 合計), a 預り金口 account, ご利用可能枠 300,000円 as a "
                        "distractor; 当職ら整理番号 KS-2601-017")


# ---------------------------------------------------------------------------------------------
# bb02 guarantee company 代位弁済のご通知: a mail-merge form, every field a box with its label above the value.


def bb02():
    R = 14.6
    issued, due = D(2026, 3, 2), D(2026, 3, 23)
    subro, acc, lastp = D(2026, 2, 16), D(2026, 1, 26), D(2025, 11, 27)
    S = 1_382_406
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=9.5, top=12)
    p.add(Box(15, 11, 7, 7, color=None, fill=(0.85, 0.62, 0.05)))
    p.at(24, 17, "山吹信用保証", size=13, font="sans-bold", color=(0.55, 0.38, 0.0))
    p.at(196, 14, "様式 YB-D07（2025.04改）", size=6.5, align="r", color=GRAY)
    p.at(196, 18.5, "【親展】", size=9, align="r", font="sans-bold")
    window(p, 15, 24, "780-0000", ["高知県高知市鈴虫町9丁目9-9", "コーポ篝火201"], "巽　和樹　様", "bb02bars",
           w=90, h=36, size=9.5, name_size=12.5, code="*YB0302*A4*")
    p.at(112, 30, "山吹信用保証株式会社", size=10.5, font="sans-bold")
    p.at(112, 35, "債権管理部　管理第二課", size=9)
    p.at(112, 39.5, "〒530-0000 大阪府大阪市北区萩原通9丁目9番9号", size=8)
    p.at(112, 44, "TEL 06-0000-2281（平日9:00～17:00）", size=9)
    p.at(112, 48.5, "貸金業登録番号 近畿財務局長(3)第01188号", size=7.5, color=GRAY)
    p.seal(186, 38, 12, "square", "山吹信用保証株式会社印", angle=2, seed=45021)
    p.y = 64
    p.add(Box(15, 63, 181, 10, color=None, fill=(0.99, 0.93, 0.78)))
    p.at(105.5, 70, "代位弁済のご通知　および　求償金のご請求", size=14, font="sans-bold", align="c")
    p.y = 77
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。お客様が下記金融機関からお借入れのご融資につきまして、当社は"
           "保証委託契約に基づき、下記のとおり同金融機関へ保証債務を履行（代位弁済）いたしました。これにより、当社はお客様に"
           "対し下記の求償債権を取得しましたので、ご通知申し上げますとともに、下記お支払期日までに一括でのお支払いをお願い"
           "いたします。", x0=15, x1=196, size=9.3, indent="　")
    p.gap(2)
    v = "serif"
    rows = [
        [("お客様氏名", "巽　和樹　様"), ("お客様番号", "YB-26-00471"), ("通知日", era(issued))],
        [("原債権者（ご融資の金融機関）", "株式会社いわつばめ銀行"), ("ご融資の種類", "マイカーローン"),
         ("最終ご返済日", era(lastp))],
        [("期限の利益喪失日", era(acc)), ("代位弁済日", era(subro)), ("代位弁済額（求償元金）", f"{S:,}円")],
        [(f"損害金（年{R}％・代位弁済日の翌日から通知日まで）", f"{L:,}円"), ("ご請求額合計", f"{T:,}円"),
         ("お支払期日", f"{era(due)}（{wd(due)}）")],
    ]
    y = p.y
    widths = [70, 52, 59]
    for row in rows:
        x = 15
        for (lab, val), w in zip(row, widths, strict=True):
            big = lab in ("ご請求額合計", "お支払期日")
            cell(p, x, y, w, 13, lab, val, lsize=7, vsize=12 if big else 10.5, vfont="serif-bold" if big else v,
                 align="r" if val.endswith("円") else "l", width=0.8 if big else 0.3)
            x += w
        y += 13
    p.y = y + 3
    p.line("お振込先", x=15, size=9.5, font="sans-bold")
    cell(p, 15, p.y, 62, 12, "金融機関・支店", "虹ヶ丘銀行　梅田支店", lsize=7, vsize=10, vfont=v)
    cell(p, 77, p.y, 40, 12, "預金種目・口座番号", "普通　2281046", lsize=7, vsize=10, vfont=v)
    cell(p, 117, p.y, 79, 12, "口座名義", "ヤマブキシンヨウホシヨウ（カ", lsize=7, vsize=10, vfont=v)
    p.y += 15
    p.para("※お振込みの際は、ご依頼人名の前にお客様番号の数字（2600471）をご入力ください。お振込手数料はお客様のご負担と"
           "なります。", x0=15, x1=196, size=8.5, indent="")
    p.para("※損害金は、お支払いの日まで求償元金に対し年14.6％（年365日の日割計算）の割合で発生いたします。", x0=15, x1=196,
           size=8.5, indent="")
    p.para("※ご融資時の保証料（一括前払 28,420円）の返戻はございません。当初ご融資額 1,800,000円。", x0=15, x1=196,
           size=8.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.4, (0.55, 0.38, 0.0)))
    p.at(19, y + 5.5, "ご注意", size=9.5, font="sans-bold", color=(0.55, 0.38, 0.0))
    for i, s in enumerate(("・お支払期日までにお支払い又はご連絡がない場合、法的手続（支払督促の申立て等）に移行することがあります。",
                           "・分割でのお支払いをご希望の場合は、お支払期日までに上記電話番号へご相談ください。",
                           "・本通知は当社システムにより作成しております。記載内容にご不明な点があればお問い合わせください。")):
        p.at(19, y + 11 + i * 4.8, s, size=8.5)
    p.at(196, 285, "YB-D07/0302/00471　1/1", size=6.5, align="r", color=GRAY)
    tr = truth(document_type="acceleration_notice", sender="山吹信用保証株式会社", phone="06-0000-2281",
               creditor="山吹信用保証株式会社", status="not_applicable", original="株式会社いわつばめ銀行",
               debtor="巽和樹", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, reference="YB-26-00471",
               input_kind="pdf_text", template="proxy45_guarantor_subrogation_mail_merge_boxes",
               received=D(2026, 3, 4))
    return dict(stem="bb02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="acceleration_notice (guarantee company 代位弁済, mail-merge form)",
                unusual="a mail-merge FORM: twelve boxed fields in a 4×3 grid, each with a small label ABOVE its value "
                        "(お客様氏名 / お客様番号 / 通知日 / 原債権者 / ご融資の種類 / 最終ご返済日 / 期限の利益喪失日 / "
                        "代位弁済日 / 代位弁済額（求償元金） / 損害金（年14.6％・…） / ご請求額合計 / お支払期日), the merged "
                        "values in Mincho and the labels in Gothic, amounts flush right in their boxes; the payee also as "
                        "three boxes; a window-envelope address with bars and a mailing code; form number 「様式 YB-D07」; "
                        "保証料 28,420円, 当初ご融資額 1,800,000円 and the 貸金業登録番号 as distractors")


# ---------------------------------------------------------------------------------------------
# bb03 real servicer SMBC債権回収: a statement printed from a spreadsheet (gridlines, column letters, 2 pages).

SB_ACC, SB_LAST, SB_ASG = D(2025, 6, 3), D(2025, 4, 25), D(2025, 10, 31)


def bb03():
    R = 18.0
    issued, due, basis = D(2026, 2, 9), D(2026, 2, 27), D(2026, 1, 31)
    accts = [("SF-7730-0142", "カードローン", 384_920, 12_117), ("SF-7730-0598", "フリーローン", 215_600, 6_834)]
    rows = []
    for no, kind, pr, it in accts:
        lt = late(pr, R, SB_ACC + timedelta(1), basis)
        rows.append((no, kind, pr, it, lt, pr + it + lt))
    P = sum(r[2] for r in rows)
    I = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = sum(r[5] for r in rows)
    assert T == P + I + L
    days = (basis - SB_ACC).days
    head = "印刷日時 " + slash(issued) + " 10:14　　債権明細書_SB0831.xlsx"
    p = Page(font="sans", size=9.5, top=14)
    p.at(15, 10, head, size=6.5, color=GRAY)
    p.at(196, 10, "Sheet「ご請求明細」", size=6.5, color=GRAY, align="r")
    p.at(15, 22, "〒852-0000", size=9.5)
    p.at(15, 27, "長崎県長崎市白露町9丁目9番9号", size=9.5)
    p.at(15, 34, "小貫　直子　様", size=12.5)
    for i, (s, sz, f) in enumerate((("SMBC債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第10号", 8.5, "sans"),
                                    ("〒100-0000 東京都千代田区霜月町9丁目9番9号", 8, "sans"),
                                    ("回収第三部　担当：砥川", 8.5, "sans"), ("TEL 03-0000-6120（平日9:00～17:30）", 9, "sans"))):
        p.at(122, 21 + i * 4.6, s, size=sz, font=f)
    y = sheet(p, 21, 48, [50, 44, 44, 36], [["項目", "内容", "項目", "内容"],
                                           ["発行日", slash(issued), "お客様番号", "SB-0831-2655"],
                                           ["原債権者", "株式会社白妙ファイナンス", "債権譲受日", slash(SB_ASG)],
                                           ["計算基準日", slash(basis), "お支払期限", f"{slash(due)}({wd(due)})"]],
              "llll", h=6.4, bold_last=False)
    p.y = y + 6
    p.at(105.5, p.y, "ご請求明細書", size=15, font="sans-bold", align="c")
    p.y += 5
    p.para("当社は、株式会社白妙ファイナンスから貴殿に対する下記債権を譲り受けました。下表の合計額を、お支払期限までに下記"
           "口座へ一括してお支払いくださいますようお願いいたします。ご不明の点やご返済のご相談は、担当までお電話ください。",
           x0=15, x1=196, size=9.2, indent="　")
    p.gap(2)
    p.at(196, p.y + 2, "（単位：円）", size=7.5, align="r")
    p.y += 3
    tab = [["契約番号", "商品", "期限の利益喪失日", "最終入金日", "元金", "利息", "損害金", "合計"]]
    for no, kind, pr, it, lt, sub in rows:
        tab.append([no, kind, slash(SB_ACC), slash(SB_LAST), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"])
    tab.append(["合計", "", "", "", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    y = sheet(p, 21, p.y, [25, 21, 25, 21, 20, 16, 17, 30], tab, "llccrrrr", h=7, size=8.2)
    p.y = y + 2
    p.para(f"※損害金は各元金に対し年{R:.1f}％、期限の利益喪失日の翌日から計算基準日（{slash(basis)}）まで {days}日分の日割計算"
           "です（明細は2枚目）。計算基準日の翌日以降も日々発生します。", x0=15, x1=196, size=8, indent="")
    p.gap(2)
    y = sheet(p, 21, p.y, [50, 125], [["お振込先", ""],
                                       ["金融機関", "虹ヶ丘銀行　本店営業部"],
                                       ["口座", "普通預金　6120831"],
                                       ["口座名義", "エスエムビーシーサイケンカイシユウ（カ"],
                                       ["ご依頼人名", "お客様番号の数字＋お名前（例：08312655 コヌキ ナオコ）"]],
              "ll", h=6.4, bold_last=False)
    p.y = y + 4
    p.para("※本書は当社の債権管理システムから出力した明細です。本書と行き違いでご入金いただいた場合はご容赦ください。"
           "※当社は法務大臣の許可を受けた債権回収会社です。", x0=15, x1=196, size=7.8, indent="")
    p.at(105, 288, "ページ 1 / 2", size=7, align="c", color=GRAY)
    p1 = p.spec

    p = Page(font="sans", size=9.5, top=14)
    p.at(15, 10, head, size=6.5, color=GRAY)
    p.at(196, 10, "Sheet「損害金計算・入金履歴」", size=6.5, color=GRAY, align="r")
    p.y = 20
    p.line("損害金計算明細", x=15, size=11, font="sans-bold")
    tab = [["契約番号", "元金", "年率", "起算日", "終了日", "日数", "損害金"]]
    for no, _kind, pr, _it, lt, _sub in rows:
        tab.append([no, f"{pr:,}", f"{R:.1f}%", slash(SB_ACC + timedelta(1)), slash(basis), str(days), f"{lt:,}"])
    tab.append(["合計", f"{P:,}", "", "", "", "", f"{L:,}"])
    y = sheet(p, 21, p.y + 1, [27, 24, 15, 26, 26, 14, 26], tab, "lrrcccr", h=6.8, size=8.2)
    p.y = y + 3
    p.para("計算式：元金 × 年率 × 日数 ÷ 365（両端入れ、円未満切捨て）", x0=15, x1=196, size=8, indent="")
    p.gap(4)
    p.line("入金履歴（原債権者における直近のお取引）", x=15, size=11, font="sans-bold")
    hist = [(D(2024, 12, 26), 12_000, "SF-7730-0142"), (D(2025, 1, 27), 12_000, "SF-7730-0142"),
            (D(2025, 1, 27), 9_000, "SF-7730-0598"), (D(2025, 2, 25), 12_000, "SF-7730-0142"),
            (D(2025, 2, 25), 9_000, "SF-7730-0598"), (D(2025, 3, 26), 6_000, "SF-7730-0142"),
            (SB_LAST, 10_000, "SF-7730-0142"), (SB_LAST, 5_000, "SF-7730-0598")]
    tab = [["入金日", "契約番号", "入金額", "摘要"]]
    tab += [[slash(d), no, f"{a:,}", "口座振替" if d.day > 25 else "店頭入金"] for d, a, no in hist]
    tab.append(["合計", "", f"{sum(a for _d, a, _n in hist):,}", ""])
    y = sheet(p, 21, p.y + 1, [32, 36, 28, 40], tab, "lcrl", h=6.4, size=8.2)
    p.y = y + 3
    p.para("※入金履歴は原債権者から引き継いだ記録に基づくご参考です。上記入金額は表1のご請求額に含まれておりません。",
           x0=15, x1=196, size=8, indent="")
    p.gap(3)
    p.line("ご契約の内容（原債権者）", x=15, size=11, font="sans-bold")
    tab = [["契約番号", "商品", "ご契約日", "極度額・当初貸付額", "約定利率"],
           ["SF-7730-0142", "カードローン", slash(D(2019, 8, 19)), "500,000", "17.8%"],
           ["SF-7730-0598", "フリーローン", slash(D(2021, 3, 2)), "300,000", "15.0%"]]
    y = sheet(p, 21, p.y + 1, [30, 26, 28, 40, 24], tab, "llcrr", h=6.4, size=8.2, bold_last=False)
    p.at(105, 288, "ページ 2 / 2", size=7, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="03-0000-6120", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社白妙ファイナンス", debtor="小貫直子", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=SB_ACC, last_payment=SB_LAST,
               assignment=SB_ASG, reference="SB-0831-2655", input_kind="pdf_text_2page",
               template="proxy45_servicer_spreadsheet_statement_two_contracts", received=D(2026, 2, 12))
    return dict(stem="bb03", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (real servicer, spreadsheet statement of two contracts, 2 pages)",
                unusual="real servicer ★ SMBC債権回収株式会社 (「法務大臣許可番号　第10号」); printed straight from a SPREADSHEET: "
                        "grey column letters A–H and row numbers, light gridlines, a blue header row, a print-time line and "
                        "the workbook / sheet names at the top, 「ページ 1 / 2」; every date as 2026/02/09; the header data "
                        "as a 4-column grid (発行日 / お客様番号 / 原債権者 / 債権譲受日 / 計算基準日 2026/01/31 ≠ 発行日 / "
                        "お支払期限); TWO contracts in an 8-column table (元金 / 利息 / 損害金 / 合計, figures right-aligned "
                        "without 円, 「（単位：円）」) and a bold 合計 row; p.2 the damage computation per contract, an 8-row "
                        "入金履歴 with its own 合計 75,000 and the contracts' 極度額 / 約定利率 (all distractors)")


# ---------------------------------------------------------------------------------------------
# bb04 joint 債権譲渡通知書, consumer lender → real servicer アルファ債権回収, set in TWO columns.


def bb04():
    R = 20.0
    issued, asg = D(2026, 3, 24), D(2026, 3, 19)
    acc, lastp = D(2026, 1, 9), D(2025, 11, 5)
    P, I = 612_400, 9_860
    L = late(P, R, acc + timedelta(1), asg)
    T = P + I + L
    p = Page(font="serif", size=9.8, top=14, leading=1.65)
    p.at(190, 18, era(issued), size=10, align="r")
    p.at(190, 23, "お客様番号　AR-26-031907", size=9.5, align="r")
    p.at(20, 20, "〒390-0000", size=9.5)
    p.at(20, 25, "長野県松本市白妙台9丁目9番9号", size=9.5)
    p.at(20, 32, "殿村　勇　殿", size=12.5)
    p.y = 38
    p.add(Line(20, 40, 190, 40, 0.8))
    p.add(Line(20, 41.2, 190, 41.2, 0.25))
    p.y = 43
    p.title("債権譲渡通知書　兼　譲受通知書", size=15, font="serif-bold")
    top = p.y
    L0, L1, R0, R1 = 20, 101, 109, 190
    p.add(Line(105, top, 105, 262, 0.15, GRAY))
    for s in (
            "拝啓　時下ますますご清祥のこととお慶び申し上げます。",
            f"さて、株式会社わたぼうしローン（以下「譲渡人」といいます。）は、{era(asg)}、貴殿に対して有する右欄記載の債権"
            "（以下「本件債権」といいます。）を、アルファ債権回収株式会社（以下「譲受人」といいます。）に譲渡いたしました。",
            "つきましては、民法第467条に基づき、譲渡人及び譲受人の連名をもって、本書によりその旨ご通知申し上げます。",
            "今後、本件債権についてのお支払い、お問い合わせ及びご相談は、すべて譲受人宛てにお願いいたします。譲渡人へお支払い"
            "いただいても、本件債権の弁済とはなりませんのでご注意ください。",
            "なお、お支払方法等につきましては、後日、譲受人から改めてご案内をお送りいたします。",
            "本書と行き違いに譲渡人へご入金いただいた場合は、譲渡人から譲受人へ引き継ぎますので、ご安心ください。"):
        p.para(s, x0=L0, x1=L1, size=9.6)
        p.gap(1)
    p.line("敬具", x=L1, align="r", size=9.6)
    p.gap(3)
    p.line("【お問い合わせ先】", x=L0, size=9.5, font="serif-bold")
    for s in ("アルファ債権回収株式会社　管理部", "TEL 03-0000-7416", "受付時間　平日 9:00～18:00", "担当　坂間"):
        p.line(s, x=L0 + 3, size=9.3)
    p.gap(2)
    p.para("※譲渡人のお客様窓口（0120-000-562）は本件債権のご相談をお受けできません。", x0=L0, x1=L1, size=8.3, indent="")
    p.y = top
    p.line("【譲渡債権の表示】", x=R0, size=9.8, font="serif-bold")
    p.kv([("原契約", "金銭消費貸借契約（フリーローン）"), ("契約番号", "WB-5520-1187"), ("ご契約日", era(D(2022, 7, 14))),
          ("当初貸付金額", "金800,000円"), ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("譲渡日", era(asg))], x=R0, label_w=27, size=8.8)
    p.gap(2)
    p.line("【譲渡日現在の債権額】", x=R0, size=9.8, font="serif-bold")
    p.table([["元金", f"{P:,}円"], ["利息", f"{I:,}円"], [f"遅延損害金（年{R:.1f}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [45, 36], x=R0, size=9.2, row_h=6.8, font="serif", shade_col0=True)
    p.para(f"※遅延損害金は{era(acc + timedelta(1))}から譲渡日までの分です。", x0=R0, x1=R1, size=8, indent="")
    p.gap(4)
    for role, name, lines, seal, sd in (
            ("（譲渡人）", "株式会社わたぼうしローン", ["東京都新宿区宵待町9丁目9番9号", "代表取締役　島貫　正道"],
             "わたぼうしローン代表印", 45041),
            ("（譲受人）", "アルファ債権回収株式会社", ["法務大臣許可番号　第101号", "東京都港区朱鷺町9丁目9番9号",
                                                 "代表取締役　毛利　崇"], "アルファ債権回収代表印", 45042)):
        p.line(role, x=R0, size=9)
        p.line(name, x=R0 + 3, size=10.5, font="serif-bold")
        for s in lines:
            p.line(s, x=R0 + 3, size=8.8)
        p.seal(180, p.y - 8, 11, "round", seal, angle=-5, seed=sd)
        p.gap(3)
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="03-0000-7416", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社わたぼうしローン", debtor="殿村勇", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=asg, reference="AR-26-031907", input_kind="pdf_text",
               template="proxy45_joint_assignment_two_columns", received=D(2026, 3, 26))
    return dict(stem="bb04", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (joint, consumer lender → real servicer, two columns)",
                unusual="a TWO-COLUMN page under a double rule and a full-width title: the prose (拝啓 … 敬具, 民法第467条) "
                        "and the 問い合わせ先 in the LEFT column, the 【譲渡債権の表示】 kv list, a shaded-label 4-row amount "
                        "table (元金 / 利息 / 遅延損害金（年20.0％） / 合計, as of the 譲渡日) and the two notifier blocks with "
                        "round seals in the RIGHT column, so a line read across the page mixes both; real servicer ★ "
                        "アルファ債権回収株式会社 (「法務大臣許可番号　第101号」) as 譲受人; the 譲渡人's 0120 number, 契約番号, "
                        "ご契約日 and 当初貸付金額 800,000円 as distractors; informs only (no payment date)")


# ---------------------------------------------------------------------------------------------
# bb05 bank card-loan arrears letter: the amounts table sits to the RIGHT of the address window.


def bb05():
    R = 19.9
    issued, due = D(2026, 4, 13), D(2026, 4, 24)
    lastp = D(2026, 2, 10)
    inst = [(D(2026, 3, 10), 11_530, 8_470), (D(2026, 4, 10), 11_720, 8_280)]
    P = sum(a for _d, a, _b in inst)
    I = sum(b for _d, _a, b in inst)
    L = sum(late(a + b, R, d + timedelta(1), issued) for d, a, b in inst)
    T = P + I + L
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(15, 11, 181, 11, color=None, fill=MOSS))
    p.at(19, 19, "穂波銀行", size=15, font="sans-bold", color=WHITE)
    p.at(48, 19, "カードローン「穂波フリー」", size=9, color=WHITE)
    p.at(192, 18.5, "ローンセンター", size=9, color=WHITE, align="r")
    window(p, 15, 27, "939-0000", ["富山県射水市八重垣町9丁目9番9号"], "乾　悠斗　様", "bb05bars", w=88, h=34,
           size=9.5, name_size=13)
    x0 = 110
    p.add(Box(x0, 27, 86, 7, color=None, fill=MOSS))
    p.at(x0 + 43, 32, f"ご入金いただく金額（{issued.month}月{issued.day}日現在）", size=8.8, font="sans-bold",
         color=WHITE, align="c")
    rows = [("延滞元金", P), ("延滞利息", I), (f"遅延損害金（年{R}％）", L)]
    y = 34
    for lab, val in rows:
        p.add(Box(x0, y, 86, 6.6, 0.2, GRAY))
        p.at(x0 + 2, y + 4.6, lab, size=8.8)
        p.at(x0 + 84, y + 4.6, f"{val:,}円", size=9.5, align="r")
        y += 6.6
    p.add(Box(x0, y, 86, 8.5, 0.7, MOSS, (0.92, 0.96, 0.90)))
    p.at(x0 + 2, y + 5.9, "合計", size=9.5, font="sans-bold")
    p.at(x0 + 84, y + 6.1, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    y += 8.5
    p.add(Box(x0, y, 86, 8.5, 0.7, RED))
    p.at(x0 + 2, y + 5.9, "ご入金期限", size=9.5, font="sans-bold", color=RED)
    p.at(x0 + 84, y + 6.1, f"{era(due)}（{wd(due)}）", size=11, font="sans-bold", align="r", color=RED)
    p.y = 72
    p.at(15, 70, f"発行日　{era(issued)}　　管理番号　HN2604-0198", size=8.8)
    p.y = 75
    p.title("カードローンご返済遅延のお知らせ", size=14)
    p.para(f"いつも穂波銀行をご利用いただき、ありがとうございます。お客様のカードローンにつきまして、{issued.month}月"
           f"{issued.day}日現在、下記の約定返済が確認できておりません（最終ご入金日：{era(lastp)}）。右上の合計額を、ご入金期限"
           "までにご返済口座へご入金くださいますようお願いいたします。", x0=15, x1=196, size=9.3)
    p.gap(2)
    p.line("ご返済が確認できていない約定返済", x=15, size=9.8, font="sans-bold")
    tab = [["約定返済日", "約定返済額", "うち元金", "うち利息"]]
    tab += [[era(d), f"{a + b:,}円", f"{a:,}円", f"{b:,}円"] for d, a, b in inst]
    tab.append(["計", f"{P + I:,}円", f"{P:,}円", f"{I:,}円"])
    p.table(tab, [50, 42, 42, 42], x=15, header=True, size=9, row_h=7, aligns="crrr")
    p.para(f"※遅延損害金は各回の約定返済額に対し、約定返済日の翌日から{issued.month}月{issued.day}日まで年{R}％の日割計算です。",
           x0=15, x1=196, size=8.3, indent="")
    p.gap(2)
    p.line("ご入金先", x=15, size=9.8, font="sans-bold")
    p.para("ご返済口座（穂波銀行 射水支店 普通預金 口座番号 0198352）へ、ATM又は窓口でご入金ください。ご入金額のうち"
           "お引落しの対象となるのは合計額までです。", x0=15, x1=196, size=9.0, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 88, 22, 0.2, GRAY, SHADE))
    p.at(18, y + 5, "ご契約内容（ご参考）", size=8.8, font="sans-bold")
    for i, s in enumerate(("ご利用限度額　1,000,000円", f"ご利用残高　687,300円（{issued.month}月{issued.day}日現在）",
                           "毎月の約定返済日　10日")):
        p.at(18, y + 10 + i * 4.4, s, size=8.5)
    p.add(Box(108, y, 88, 22, 0.4, RED))
    p.at(111, y + 5, "ご注意", size=8.8, font="sans-bold", color=RED)
    for i, s in enumerate(("延滞が続きますと、カードのご利用停止、期限の", "利益喪失による残高の一括請求、個人信用情報",
                           "機関への登録となる場合があります。")):
        p.at(111, y + 10 + i * 4.4, s, size=8.5)
    p.y = y + 26
    p.para("お支払いが難しい場合や、すでにご入金済みの場合は、下記ローンセンターまでご連絡ください。", x0=15, x1=196,
           size=9.0, indent="")
    p.gap(2)
    for s, sz, f in (("株式会社穂波銀行　ローンセンター", 10, "sans-bold"), ("〒930-0000 富山県富山市紅葉台9丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-874（平日9:00～19:00／土日祝9:00～17:00）　担当　添田", 8.8, "sans")):
        p.line(s, x=15, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社穂波銀行", phone="0120-000-874",
               creditor="株式会社穂波銀行", status="not_applicable", debtor="乾悠斗", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="HN2604-0198", input_kind="pdf_text",
               template="proxy45_bank_card_loan_arrears_table_right_of_address", received=D(2026, 4, 15))
    return dict(stem="bb05", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank card-loan arrears, amounts right of the address)",
                unusual="the AMOUNTS TABLE stands TOP-RIGHT, beside the window-envelope address block, under a green "
                        "bar 「ご入金いただく金額（4月13日現在）」 (延滞元金 / 延滞利息 / 遅延損害金（年19.9％） / 合計) with a red "
                        "ご入金期限 row, before any text; the letter date and 管理番号 on one small line under the address; "
                        "arrears only (two missed instalments in a second table with 約定返済額 / うち元金 / うち利息 and a 計 "
                        "row; lump false, no 喪失 date); ご利用限度額 1,000,000円 and ご利用残高 687,300円 in a grey "
                        "ご参考 box as distractors; the return account number")


# ---------------------------------------------------------------------------------------------
# Court papers on the standard A4 page (横書き, 30 mm binding margin, Mincho 12 pt, page number at the foot).


def court_amounts(p, items, x_lab=40, x_val=165, size=11.5):
    for lab, val in items:
        b = p.line(lab, x=x_lab, size=size)
        p.at(x_val, b, val, size=size, align="r", font="serif")


# bb06 鈴鹿簡易裁判所 支払督促 (2 pages: the order, then 当事者目録 and 請求の趣旨及び原因).


def bb06():
    R = 14.6
    issued, filed = D(2026, 5, 15), D(2026, 5, 7)
    acc, lastp = D(2025, 11, 20), D(2025, 9, 27)
    P, I = 527_300, 18_440
    L = late(P, R, acc + timedelta(1), filed)
    C = 4_482
    T = P + I + L + C
    case = "令和８年（ロ）第４１２号"
    p = court_page()
    p.at(180, 30, case, size=11, align="r")
    p.y = 40
    p.title("支　払　督　促", size=18, font="serif-bold")
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", size=12)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", size=12)
    p.gap(3)
    p.para("債務者は，請求の趣旨記載の金額を債権者に支払え。", size=12)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは，債権者の申立てによって仮執行の"
           "宣言をする。", size=12)
    p.gap(6)
    p.line(f"　　{fwera(issued)}", size=12)
    p.gap(4)
    p.line("鈴鹿簡易裁判所", x=95, size=12)
    p.line("裁判所書記官　　門　間　智　之", x=95, size=12)
    p.seal(181, p.y - 8, 13, "square", "鈴鹿簡易裁判所書記官印", angle=0, seed=45061)
    p.gap(10)
    y = p.y
    p.y = y + 3
    p.line("（注意）", x=34, size=10.5, font="serif-bold")
    for s in ("１　この支払督促に不服があるときは，この支払督促の送達を受けた日から２週間以内に，この裁判所に督促異議の"
              "申立てをすることができます。",
              "２　督促異議の申立てをしたときは，通常の訴訟手続に移行し，請求額に応じて簡易裁判所又は地方裁判所で審理されます。",
              "３　督促異議の申立てがなく，仮執行宣言が付されると，債権者は強制執行をすることができます。",
              "問合せ先　鈴鹿簡易裁判所　民事係　電話　０５９－０００－２６５０（直通）"):
        p.para(s, x0=34, x1=186, size=10, indent="")
    p.add(Box(30, y, 160, p.y - y + 2, 0.5))
    court_foot(p, 1)
    p1 = p.spec

    p = court_page()
    p.y = 30
    p.line("当　事　者　目　録", align="c", size=13, font="serif-bold")
    p.gap(2)
    p.kv([("〒513-0000", "三重県鈴鹿市日向台９丁目９番９号"), ("債　務　者", "中　條　理　恵")], x=35, label_w=32, size=11.5)
    p.gap(2)
    p.kv([("〒460-0000", "愛知県名古屋市中区三叉町９丁目９番９号"), ("債　権　者", "株式会社かんざしクレジット"),
          ("代表者代表取締役", "前　園　和　彦")], x=35, label_w=38, size=11.5)
    p.kv([("（送達場所）", "同所　債権管理部"), ("電　話", "０５２－０００－８８０２"), ("ＦＡＸ", "０５２－０００－８８０３")],
         x=35, label_w=38, size=11)
    p.gap(4)
    p.line("請 求 の 趣 旨 及 び 原 因", align="c", size=13, font="serif-bold")
    p.line("請求の趣旨", size=12, font="serif-bold")
    court_amounts(p, [("１　金", f"{P:,}円"), ("２　金", f"{I:,}円"), ("３　金", f"{L:,}円"), ("４　督促手続費用　金", f"{C:,}円")],
                  size=11.5)
    p.add(Line(40, p.y + 0.5, 165, p.y + 0.5, 0.3))
    p.gap(1.5)
    court_amounts(p, [("合計　金", f"{T:,}円")], size=11.5)
    p.para(f"５　上記１の金額に対する{fwera(filed + timedelta(1))}から完済まで年１４．６％の割合による遅延損害金", size=11)
    p.gap(2)
    p.line("請求の原因", size=12, font="serif-bold")
    for s in ("１　契約の日　平成３０年６月２日　　契約の内容　クレジットカード会員契約（立替払）",
              "２　債権者は，債務者の委託に基づき，上記契約により債務者が加盟店から購入した商品代金を立替払した。",
              f"３　債務者は，{fwera(lastp)}の支払を最後に分割金の支払を怠り，{fwera(acc)}の経過により期限の利益を喪失した。",
              "４　請求の趣旨１は立替金残金，２は確定手数料，３は上記１に対する期限の利益喪失の日の翌日から"
              f"{fwera(filed)}（申立日）まで年１４．６％の割合による確定遅延損害金である。"):
        p.para(s, size=11, indent="")
    court_foot(p, 2)
    tr = truth(document_type="payment_order", sender="鈴鹿簡易裁判所", phone="059-000-2650",
               creditor="株式会社かんざしクレジット", status="not_applicable", debtor="中條理恵", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=acc, last_payment=lastp, reference="令和8年(ロ)第412号", input_kind="pdf_text_2page",
               template="proxy45_payment_order_court_standard_a4", received=D(2026, 5, 18))
    return dict(stem="bb06", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="payment_order (簡裁 支払督促 on the courts' standard A4 page, 2 pages)",
                unusual="a 支払督促 of a court not used before (鈴鹿簡裁) on the courts' standard A4 page: Mincho 12 pt, "
                        "30 mm binding margin, wide line spacing, full-width digits and 「，」 commas, a centred 「－ 1 －」 page "
                        "number; p.1 only refers to the 別紙 (当事者の表示 / 請求の趣旨及び原因) and carries the 注意 box with the "
                        "court's （直通） number; p.2 当事者目録 with the creditor's 送達場所 phone and FAX (distractors) and "
                        "請求の趣旨 as bare 「１　金 … 円」 lines with the amounts flush right, the labels only in the 原因 "
                        "(立替金残金 / 確定手数料 / 確定遅延損害金) and 督促手続費用 in its own line, a 合計 line and the "
                        "running item ５; 平成30年 contract date")


# bb07 和歌山地方裁判所 (ワ): 口頭弁論期日呼出状 (p.1) + 訴状 (p.2), plaintiff the real servicer オリックス債権回収.


def bb07():
    R = 14.6
    issued, filed, hearing, answer = D(2026, 6, 3), D(2026, 5, 20), D(2026, 7, 14), D(2026, 7, 7)
    acc, lastp, asg = D(2025, 8, 8), D(2025, 6, 30), D(2025, 12, 22)
    P, I = 1_652_318, 41_205
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    fee = 10_000 + -(-(T - 1_000_000) // 200_000) * 1_000
    case = "令和８年（ワ）第２８７号"
    p = court_page()
    p.at(180, 28, f"事件番号　{case}", size=11, align="r")
    p.at(180, 34, "貸金等請求事件", size=11, align="r")
    p.y = 42
    p.kv([("原　告", "オリックス債権回収株式会社"), ("被　告", "畑　中　　宏")], x=110, label_w=18, size=11)
    p.gap(2)
    p.line("畑　中　　宏　殿", size=12)
    p.gap(3)
    p.title("第１回口頭弁論期日呼出状及び答弁書催告状", size=14, font="serif-bold")
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので，同期日に出頭して"
           "ください。", size=12)
    p.para("なお，訴状を送達しますので，下記答弁書提出期限までに答弁書を提出してください。", size=12)
    p.line("記", align="c", size=12)
    p.kv([("期　　日", f"{fwera(hearing)}（{wd(hearing)}）午前１０時３０分"),
          ("出頭場所", "和歌山地方裁判所　第２民事部　２０２号法廷"),
          ("答弁書提出期限", f"{fwera(answer)}（{wd(answer)}）")], x=40, label_w=36, size=12)
    p.gap(2)
    p.para("※出頭の際は，この呼出状と認印を持参してください。期日に出頭せず，答弁書も提出しないときは，原告の主張を"
           "認めたものとして，原告の請求どおりの判決がされることがあります。", size=10.5, indent="")
    p.gap(4)
    p.line(f"　　{fwera(issued)}", size=12)
    p.line("和歌山地方裁判所第２民事部", x=95, size=12)
    p.line("裁判所書記官　　細　貝　さ　や　か", x=95, size=12)
    p.gap(2)
    p.kv([("〒640-0000", "和歌山市朱鷺通９丁目９番９号"), ("電　話", "０７３－０００－４２１８（内線２４１）"),
          ("ＦＡＸ", "０７３－０００－４２９９")], x=95, label_w=24, size=10.5)
    court_foot(p, 1)
    p1 = p.spec

    p = court_page(size=11)
    p.y = 26
    p.title("訴　　　　状", size=16, font="serif-bold")
    p.line(fwera(filed), x=180, align="r")
    p.line("和歌山地方裁判所　御中", size=11)
    p.line("原告　オリックス債権回収株式会社　代表者代表取締役　銭　谷　　隆", x=70, size=10.5)
    p.gap(1)
    p.kv([("〒100-0000", "東京都千代田区桔梗町９丁目９番９号（送達場所）"), ("原　告", "オリックス債権回収株式会社"),
          ("", "（電話０３－００００－５５１１　ＦＡＸ０３－００００－５５１２　担当　穴吹）"),
          ("〒649-0000", "和歌山県岩出市椋鳥台９丁目９番９号"), ("被　告", "畑　中　　宏")], x=35, label_w=26, size=10.5)
    p.line("貸金等請求事件", size=11)
    p.line(f"　訴訟物の価額　　金{T:,}円　　　貼用印紙額　　金{fee:,}円", size=10.5)
    p.gap(1)
    p.line("第１　請求の趣旨", size=11.5, font="serif-bold")
    p.para(f"１　被告は，原告に対し，金{T:,}円及びうち金{P:,}円に対する{fwera(filed + timedelta(1))}から支払済みまで"
           "年１４．６パーセントの割合による金員を支払え。", size=11, indent="")
    p.para("２　訴訟費用は被告の負担とする。　との判決並びに仮執行宣言を求める。", size=11, indent="")
    p.line("第２　請求の原因", size=11.5, font="serif-bold")
    for s in ("１　株式会社糸車クレジット（以下「訴外会社」という。）は，被告に対し，平成３１年２月８日，金２，５００，０００円を，"
              "利息年１２．０パーセント，遅延損害金年１４．６パーセント，毎月末日限り元利均等分割弁済，分割金の支払を怠り"
              "催告を受けてなお支払わないときは期限の利益を喪失する旨の約定で貸し付けた。",
              f"２　被告は，{fwera(lastp)}の支払を最後に分割金の支払を怠り，訴外会社からの催告にもかかわらず支払わなかったため，"
              f"{fwera(acc)}の経過により期限の利益を喪失した。",
              f"３　訴外会社は，原告に対し，{fwera(asg)}，上記貸金債権を譲渡し，同月２６日到達の内容証明郵便をもって"
              "被告にその旨通知した。",
              "４　よって，原告は，被告に対し，次の金員の合計額及び残元金に対する訴状作成日の翌日から支払済みまで約定の"
              "年１４．６パーセントの割合による遅延損害金の支払を求める。"):
        p.para(s, size=10.5, indent="")
    court_amounts(p, [("　残元金", f"{P:,}円"), ("　未払利息", f"{I:,}円"),
                      (f"　確定遅延損害金（{fwera(acc + timedelta(1))}から{fwera(filed)}まで）", f"{L:,}円")],
                  x_lab=40, x_val=175, size=10.5)
    p.add(Line(40, p.y + 0.5, 175, p.y + 0.5, 0.3))
    p.gap(1.2)
    court_amounts(p, [("　合計", f"{T:,}円")], x_lab=40, x_val=175, size=10.5)
    p.line("附属書類　１ 訴状副本　２ 甲号証写し　３ 資格証明書　４ 債権譲渡通知書写し", size=9.5)
    court_foot(p, 2)
    tr = truth(document_type="lawsuit", sender="和歌山地方裁判所", phone="073-000-4218",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社糸車クレジット",
               debtor="畑中宏", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=asg, hearing=hearing,
               reference="令和8年(ワ)第287号", input_kind="pdf_text_2page",
               template="proxy45_district_court_summons_and_complaint_standard_a4", received=D(2026, 6, 5))
    return dict(stem="bb07", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="lawsuit (地裁 (ワ) 呼出状 + 訴状, real servicer plaintiff, 2 pages)",
                unusual="a court not used before (和歌山地裁) on the standard A4 page: p.1 第１回口頭弁論期日呼出状及び答弁書"
                        "催告状 with the case number and 事件名 flush right, a small 原告 / 被告 kv block, 期日 / 出頭場所 / "
                        "答弁書提出期限 as a 記 list in full-width era dates with weekdays and 午前１０時３０分, the clerk's phone "
                        "with （内線２４１） and a FAX; p.2 the 訴状 itself (dated 5/20 ≠ 6/3): the real servicer ★ "
                        "オリックス債権回収株式会社 as 原告 (no licence printed, court paper) with its own phone / FAX "
                        "(distractors), 訴訟物の価額 and 貼用印紙額 (distractors), 請求の趣旨 「金…及びうち金…」, a 請求の原因 "
                        "with the 平成31年 loan of 2,500,000円 and 年12.0％ (distractors), the 譲渡 and the 通知 到達 date (26日), "
                        "and a 3-line amount list with a rule and 合計")


# bb08 上田簡易裁判所 仮執行宣言付支払督促 on ONE standard page, creditor the real servicer エー・シー・エス.


def bb08():
    R = 18.0
    issued, po, served, filed = D(2026, 4, 22), D(2026, 3, 18), D(2026, 3, 24), D(2026, 3, 9)
    acc, asg = D(2025, 7, 4), D(2025, 9, 26)
    P, I = 398_760, 6_412
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_906, 1_166
    T = P + I + L + C1 + C2
    p = court_page(size=10.5)
    p.leading = 1.72
    p.y = 28
    p.at(180, 28, "令和８年（ロ）第１９６号", size=10.5, align="r")
    p.y = 32
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.kv([("債　権　者", "エー・シー・エス債権管理回収株式会社"), ("", "東京都中央区寒椿町９丁目９番９号"),
          ("", "代表者代表取締役　増　渕　一　成"), ("債　務　者", "深　堀　　翔"),
          ("", "長野県上田市千草町９丁目９番９号")], x=35, label_w=28, size=10.5)
    p.gap(1)
    p.para("債務者は，債権者に対し，請求の趣旨記載の金額を支払え。", size=10.5)
    p.line("請求の趣旨", size=11, font="serif-bold")
    court_amounts(p, [("１　金", f"{P:,}円"), ("２　金", f"{I:,}円"), ("３　金", f"{L:,}円"), ("４　督促手続費用　金", f"{C1:,}円")],
                  x_lab=40, x_val=165, size=10.5)
    p.para(f"５　上記１の金額に対する{fwera(filed + timedelta(1))}から完済まで年１８．０％の割合による遅延損害金", size=10.5,
           indent="")
    p.line("請求の原因", size=11, font="serif-bold")
    for s in (f"１　債権者は，株式会社波佐見カードが債務者に対して有する貸金債権を{fwera(asg)}に譲り受けた。",
              f"２　債務者は，分割金の支払を怠り，{fwera(acc)}の経過により期限の利益を喪失した。",
              "３　請求の趣旨１は譲受債権の残元金，２は未払利息，３は１に対する期限の利益喪失の日の翌日から"
              f"{fwera(filed)}まで年１８．０％の割合による確定遅延損害金である。"):
        p.para(s, size=10, indent="")
    p.gap(1)
    p.para(f"上記の支払督促は，{fwera(po)}付けで発付され，{fwera(served)}債務者に送達されたが，債務者は，法定期間内に"
           "督促異議の申立てをしなかった。", size=10.5)
    p.line("よって，次のとおり仮執行の宣言をする。", size=10.5)
    y = p.y + 1
    p.y = y + 2
    p.line("仮　執　行　の　宣　言", x=110, align="c", size=11, font="serif-bold")
    court_amounts(p, [("仮執行宣言前の督促手続費用", f"金{C1:,}円"), ("仮執行宣言の手続費用", f"金{C2:,}円")],
                  x_lab=42, x_val=180, size=10.5)
    p.line(f"（請求の趣旨１ないし３並びに上記手続費用の合計　金{T:,}円）", x=42, size=10)
    p.add(Box(35, y, 150, p.y - y + 1, 0.5))
    p.y += 3
    p.line(f"　　{fwera(issued)}", size=10.5)
    p.line("上田簡易裁判所", x=100, size=10.5)
    p.line("裁判所書記官　　二　木　　遥", x=100, size=10.5)
    p.seal(181, p.y - 6, 12, "square", "上田簡易裁判所書記官印", angle=0, seed=45081)
    p.line("これは正本である。", x=100, size=10)
    p.gap(1)
    p.para("（注意）この仮執行宣言付支払督促に不服があるときは，送達を受けた日から２週間以内に督促異議の申立てをする"
           "ことができます。異議を申し立てても，強制執行を止めるには別に執行停止の申立てが必要です。"
           "問合せ先　上田簡易裁判所　民事係　電話０２６８－００－４４７１", size=9, indent="")
    court_foot(p, 1)
    tr = truth(document_type="payment_order_enforceable", sender="上田簡易裁判所", phone="0268-00-4471",
               creditor="エー・シー・エス債権管理回収株式会社", status="licensed", original="株式会社波佐見カード",
               debtor="深堀翔", total=T, principal=P, interest=I, late_damages=L, costs=C1 + C2, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=None, assignment=asg,
               reference="令和8年(ロ)第196号", input_kind="pdf_text",
               template="proxy45_enforceable_order_one_standard_page", received=D(2026, 4, 24))
    return dict(stem="bb08", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, real servicer creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of a court not used before (上田簡裁) on ONE standard A4 page in Mincho; "
                        "creditor the real servicer ★ エー・シー・エス債権管理回収株式会社 (no licence printed, court paper); "
                        "請求の趣旨 as bare 「１　金…円」 lines (labels only in the 原因) with 督促手続費用 as item ４ and NO "
                        "合計 line there; the 支払督促 date 3/18 and its 送達 3/24 in one sentence; a framed 仮執行の宣言 box "
                        "with TWO cost lines (→ costs = sum) and the grand total only in a bracketed line; 「これは正本で"
                        "ある。」; no last payment printed (null); the court's phone only inside the (注意) paragraph")


LETTERS = [bb01, bb02, bb03, bb04, bb05, bb06, bb07, bb08]
