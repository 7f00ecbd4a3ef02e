"""Proxy set 98, letters dc01–dc08: "who is who: sender, creditor, original creditor, debtor, round 5". A real servicer's
督促状 collecting on commission (受託) for a consumer lender; a three-party notice (bank → SPC 合同会社 as 譲受人, a real
servicer as 受託者 and sender) addressed to the borrower and his guarantor; a 信用保証協会's 代位弁済通知 by fax to a company
御中 and its president; a law office writing for a real servicer to the 連帯保証人 alone; a 司法書士's 縦書き 通知書 for a
card company; an invented servicer's demand to one heir for her share; a 簡裁 支払督促 whose creditor has a 代表者 and a
支配人 and whose two debtors are a borrower and his guarantor; a 仮執行宣言付支払督促 against a 合同会社 and its 代表社員."""

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
    era,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.42, 0.12, 0.38)
FOREST = (0.08, 0.36, 0.24)
RUST = (0.60, 0.22, 0.08)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# dc01 セゾン債権回収 (real) 督促状 collecting ON COMMISSION for a consumer lender; phone photo.


def dc01():
    R = 20.0
    issued, due = D(2025, 9, 12), D(2025, 9, 26)
    acc, lastp, entrusted = D(2025, 6, 30), D(2025, 4, 25), D(2025, 8, 1)
    P, I = 412_380, 9_115
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 11, 181, 11, color=None, fill=PLUM))
    p.at(19, 18.6, "セゾン債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 18.3, "債権管理回収業務受託のお客様へ", size=8.5, color=WHITE, align="r")
    window(p, 15, 27, "260-0000", ["千葉県千葉市中央区花鶏町九丁目9番9号", "ハイツ花鶏 205号室"], "蛇石　沙耶香　様",
           "proxy98/dc01", w=96, h=40)
    stamp(p, 120, 28, "親展", size=11)
    p.at(196, 44, f"発行日　{wdate(issued)}", size=9.3, align="r")
    p.at(196, 49.5, "お客様番号　3411-0826-57", size=9.3, align="r")
    for i, s in enumerate(["セゾン債権回収株式会社", "千葉オフィス　受託債権管理課",
                           "〒260-0000 千葉県千葉市中央区交喙坂九丁目9番9号",
                           "TEL 043-000-3441（平日 9:30～18:00）", "法務大臣許可番号　第34号"]):
        p.at(122, 57 + i * 4.4, s, size=9 if i else 10, font="sans-bold" if i == 0 else "sans")
    p.y = 82
    p.title("督　促　状", size=17, color=PLUM)
    p.para("当社は、債権管理回収業に関する特別措置法に基づき、下記の債権者（委託元）から、お客様に対する貸付金債権の管理"
           "及び回収の業務を受託しております（債権者は引き続き委託元です）。", size=9.8)
    p.para(f"お客様は、ご返済が{wdate(lastp)}を最後に滞り、{wdate(acc)}の経過をもって期限の利益を喪失されています。"
           "再三のご案内にもかかわらず、現在までご入金が確認できておりません。つきましては、下記ご請求金額を"
           "お支払期限までに一括してお振り込みくださいますよう、ご請求申し上げます。", size=9.8)
    p.gap(1)
    y = p.y
    rows = [("債権者（委託元）", "株式会社はごろもファイナンス"), ("委託元ご契約番号", "HG-0061-7724-01"),
            ("受託日", wdate(entrusted)), ("期限の利益喪失日", wdate(acc))]
    for i, (a, b) in enumerate(rows):
        p.add(Box(15, y + i * 7, 42, 7, 0.25, (0, 0, 0), SHADE))
        p.add(Box(57, y + i * 7, 62, 7, 0.25))
        p.at(17, y + i * 7 + 4.9, a, size=8.5)
        p.at(59, y + i * 7 + 4.9, b, size=9)
    p.add(Box(123, y, 73, 28, 0.25))
    p.at(126, y + 5, "委託元の連絡先（ご参考）", size=8, color=GRAY)
    for i, s in enumerate(["株式会社はごろもファイナンス", "代表取締役　爪生　雅臣", "〒530-0000 大阪市北区磯鴫浜九丁目9番9号",
                           "お客様窓口 06-000-8861"]):
        p.at(126, y + 10.5 + i * 4.8, s, size=8.3)
    p.y = y + 33
    p.line("■ ご請求金額の内訳（" + wdate(issued) + "現在）", size=10.5, font="sans-bold")
    x0, x1 = 22, 120
    for lab, val, bold in (("貸付残元金", f"{P:,}円", False), ("未払利息", f"{I:,}円", False),
                           (f"遅延損害金（年{R:.1f}％・{(acc + timedelta(1)).month}月{(acc + timedelta(1)).day}日～）", f"{L:,}円", False),
                           ("ご請求金額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y + 0.4, x1, p.y + 0.4, 0.5))
            p.gap(1)
        b = p.line(lab, x=x0, size=11 if bold else 10, font="sans-bold" if bold else None)
        p.at(x1, b, val, size=12 if bold else 10, align="r", font="sans-bold" if bold else "sans")
    yb = y + 33
    p.add(Box(130, yb + 3, 66, 24, 0.9, RED))
    p.at(163, yb + 10, "お支払期限", size=10, font="sans-bold", align="c", color=RED)
    p.at(163, yb + 19, f"{due.month}月{due.day}日（{wd(due)}）", size=15, font="sans-bold", align="c")
    p.at(163, yb + 24.5, f"{due.year}年", size=8.5, align="c")
    p.y += 4
    p.line("■ お振込先", size=10.5, font="sans-bold")
    p.para("花鶏銀行 千葉支店　普通預金 6134082　口座名義 セゾンサイケンカイシュウ（カ）ジュタクグチ", size=9.3, indent="")
    p.para("※お振込人名の前にお客様番号（10桁）をご入力ください。振込手数料はお客様のご負担となります。", size=8.8, indent="")
    p.gap(2)
    p.para("期限までにお支払い又はご連絡がない場合は、委託元と協議のうえ、法的手続に移行することがあります。ご返済が難しい"
           "事情がおありの場合は、必ず期限までに下記担当までお電話ください。", size=9.5)
    p.gap(2)
    p.line("担当　受託債権管理課　鳶野（とびの）　TEL 043-000-3441", x=96, size=9.5)
    qr(p, 176, p.y + 2, 18, "proxy98/dc01qr")
    p.at(15, p.y + 8, "当社は法務大臣の許可を受けた債権回収会社です。当社の社員がご自宅へ集金に伺うことはありません。",
         size=7.8, color=GRAY)
    tr = truth(document_type="collection_notice", sender="セゾン債権回収株式会社", license_number=34,
               phone="043-000-3441", creditor="株式会社はごろもファイナンス", status="licensed",
               original="株式会社はごろもファイナンス", debtor="蛇石沙耶香", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="3411-0826-57", input_kind="photo_jpeg",
               template="proxy98_servicer_entrusted_dunning_plum_band", received=D(2025, 9, 16))
    return dict(stem="dc01", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.035, tilt=1.8, creases=2, shadow=0.22, shadow_side="right", fill=0.86,
                          warm=0.15),
                about="collection_notice (real servicer 督促状 collecting on commission)",
                unusual="phone photo on a pale desk with tri-fold creases and a hand shadow; real servicer ★ セゾン債権回収 "
                        "(「法務大臣許可番号　第34号」 in the sender lines under the window) collecting ON COMMISSION: "
                        "「債権者（委託元）」 in a shaded grid and 「債権者は引き続き委託元です」 → creditor = original = the "
                        "consumer lender; a 委託元の連絡先 box with the lender's 代表取締役 and its 06 number (distractors); "
                        "受託日 (not an assignment); window address with a 親展 stamp; 貸付残元金 / 未払利息 / 遅延損害金 / "
                        "ご請求金額 as lines; the due date in a red box as 「9月26日（金）」 over 「2025年」; a QR")


# ---------------------------------------------------------------------------------------------
# dc02 three-party notice: bank (譲渡人) → SPC 合同会社 (譲受人), real servicer アウロラ (受託者, sender); 2 pages.


def dc02():
    R = 14.0
    issued, assign = D(2025, 11, 10), D(2025, 10, 31)
    acc, lastp = D(2025, 8, 20), D(2025, 5, 27)
    P, I = 6_842_117, 38_904
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=15)
    p.line(f"{era(issued)}", align="r", size=10)
    p.line("お客様番号　AU-2511-40862", align="r", size=9.5)
    p.gap(2)
    p.line("〒920-0000　石川県金沢市猿子台九丁目9番9号", size=10)
    p.line("主たる債務者　鍬原　光一　様", size=12.5)
    p.line("連帯保証人　　鍬原　富美子　様", size=12.5)
    p.gap(6)
    p.title("債権譲渡及び債権管理回収業務委託のご通知", size=15, font="serif-bold")
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。")
    p.para(f"さて、株式会社ことだま銀行（以下「譲渡人」）は、貴殿らに対して有する別紙債権目録記載の債権（以下「本債権」）"
           f"を、{era(assign)}付で合同会社漣キャピタル（以下「譲受人」）に譲渡いたしました。本債権に付随する保証債務履行請求権"
           "その他一切の権利も、譲受人に移転しております。")
    p.para("また、譲受人は、本債権の管理及び回収の業務を、法務大臣の許可を受けた債権回収会社であるアウロラ債権回収株式会社"
           "（以下「受託者」）に委託いたしました。")
    p.para("つきましては、本日以降のお支払い、ご返済のご相談及びお問い合わせは、すべて受託者宛てにお願いいたします。"
           "譲渡人（ことだま銀行）の窓口及び従前のご返済口座ではお受けできませんので、ご注意ください。")
    p.para("本書は、譲渡人、譲受人及び受託者の連名によるご通知であり、受託者が発送しております。お支払方法のご案内は、"
           "受託者から追ってお送りいたします。")
    p.line("敬具", align="r")
    p.gap(3)
    blocks = [("譲渡人", ["〒920-0000 石川県金沢市星鴉台九丁目9番9号", "株式会社ことだま銀行", "代表取締役頭取　膝附　泰三"],
               "ことだま銀行頭取印", 98021),
              ("譲受人", ["〒100-0000 東京都千代田区葦切町九丁目9番9号", "合同会社漣キャピタル",
                          "代表社員　一般社団法人漣ホールディングス", "職務執行者　樽本　晴彦"], "漣キャピタル代表社員印", 98022),
              ("受託者（発送元・お問い合わせ先）", ["〒105-0000 東京都港区鴲原九丁目9番9号", "アウロラ債権回収株式会社",
                                       "代表取締役　保志場　悟", "法務大臣許可番号　第76号",
                                       "お問い合わせ　0120-000-762（平日9時～18時）"], "アウロラ債権回収代表取締役印", 98023)]
    for role, lines, seal, sd in blocks:
        y = p.y
        h = 7 + len(lines) * 5.2
        p.add(Box(24, y, 162, h, 0.3, GRAY))
        p.at(27, y + 5.5, f"（{role}）", size=9.3, font="serif-bold")
        for i, s in enumerate(lines):
            big = s.endswith(("銀行", "キャピタル", "株式会社"))
            p.at(86, y + 5.5 + i * 5.2, s, size=10.3 if big else 9, font="serif-bold" if big else "serif")
        p.seal(172, y + h / 2, 12, "square", seal, angle=-3, seed=sd)
        p.y = y + h + 2
    p.line("（別紙あり　２枚目）", align="r", size=9)
    q = Page(font="serif", size=10.3, top=18)
    q.line("別　紙", size=10)
    q.title("債　権　目　録", size=14, font="serif-bold")
    q.kv([("原契約", "株式会社ことだま銀行との金銭消費貸借契約（事業性融資、平成31年2月15日付、当初貸付金 8,000万円）"),
          ("融資番号", "0207-118-5530"), ("債務者", "鍬原　光一"), ("連帯保証人", "鍬原　富美子"),
          ("最終ご返済日", era(lastp)), ("期限の利益喪失日", era(acc)), ("債権譲渡日", era(assign))],
         x=22, label_w=36, size=10)
    q.gap(3)
    q.line(f"譲渡債権の額（{era(assign)}現在）　　　　　　　　　　　　　　　　　（単位：円）", x=22, size=10)
    q.table([["項目", "金額"], ["元本", f"{P:,}"], ["利息", f"{I:,}"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(assign)}・年14％）", f"{L:,}"], ["合計", f"{T:,}"]],
            [120, 46], x=22, header=True, aligns="lr", size=10, row_h=8)
    q.gap(2)
    q.para("※元本に対しては、譲渡日の翌日以降も完済まで年14％の割合による遅延損害金が発生します。", x0=22, x1=190, size=9,
           indent="")
    q.para("※当初貸付金額及び融資番号はご参考です。お振込みの際は受託者のお客様番号をご使用ください。", x0=22, x1=190, size=9,
           indent="")
    q.gap(6)
    q.line("以上", align="r")
    tr = truth(document_type="assignment_notice", sender="アウロラ債権回収株式会社", license_number=76,
               phone="0120-000-762", creditor="合同会社漣キャピタル", status="licensed",
               original="株式会社ことだま銀行", debtor="鍬原光一", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="AU-2511-40862", input_kind="pdf_text_2page",
               template="proxy98_three_party_spc_assignment_entrusted_servicer", received=D(2025, 11, 12))
    return dict(stem="dc02", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (bank → SPC 合同会社, servicer as 受託者; to borrower and guarantor)",
                unusual="THREE notifiers stacked in framed blocks with square seals: 譲渡人 a bank (代表取締役頭取), 譲受人 an "
                        "SPC 「合同会社漣キャピタル」 (代表社員 一般社団法人… 職務執行者 …), and 受託者 ★ アウロラ債権回収 "
                        "(「法務大臣許可番号　第76号」, labelled 発送元・お問い合わせ先) → sender = the servicer, creditor = "
                        "the SPC, original = the bank; addressed to 主たる債務者 AND 連帯保証人 (→ debtor = the borrower); "
                        "p.2 債権目録 with kv lines and a 単位：円 table 元本 / 利息 / 遅延損害金 / 合計; 当初貸付金 8,000万円 "
                        "and 融資番号 as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# dc03 信用保証協会 代位弁済のお知らせ to a company 御中 and its president (連帯保証人); one-page fax.


def dc03():
    R0, R = 14.0, 14.0
    issued, due = D(2026, 1, 23), D(2026, 2, 13)
    subro, acc, lastp = D(2026, 1, 16), D(2025, 11, 28), D(2025, 9, 30)
    P0, I0 = 8_500_000, 41_210
    L0 = late(P0, R0, acc + timedelta(1), subro)
    S = P0 + I0 + L0
    L = late(S, R, subro + timedelta(1), issued)
    T = S + L
    p = Page(font="sans", size=10, top=12)
    p.line("ＦＡＸ送信のご案内　　送信日 " + fw(era(issued)) + "　　枚数 １／１", size=9.5)
    p.add(Line(15, p.y, 196, p.y, 0.6))
    p.gap(3)
    p.line("主たる債務者", size=9.5, x=15)
    p.line("株式会社出来島製作所　御中", size=13, x=15)
    p.line("連帯保証人（代表取締役）", size=9.5, x=15)
    p.line("出来島　勝彦　様", size=13, x=15)
    p.at(196, 31, "丹沢信用保証協会", size=12, font="sans-bold", align="r")
    p.at(196, 36.5, "期中管理部　管理第二課", size=9.3, align="r")
    p.at(196, 41.5, "TEL 046-000-2210 / FAX 046-000-2211", size=9.3, align="r")
    p.at(196, 46.5, "求償管理番号　07-00418", size=9.3, align="r")
    p.y = 58
    p.title("代位弁済のお知らせ及び求償金のご請求", size=14.5)
    p.para(f"貴社が株式会社磯鴫銀行から借り入れた事業資金（令和4年7月11日付、当初借入額1,000万円）について、当協会は信用保証"
           f"をしておりましたが、貴社は{era(lastp)}を最後にご返済が滞り、{era(acc)}の経過をもって同行に対する期限の"
           f"利益を喪失されました。", size=9.8)
    p.para(f"このため当協会は、同行の請求により、{era(subro)}、下記のとおり代位弁済いたしました。これにより、当協会は貴社に対し"
           "求償権を取得し、連帯保証人である出来島勝彦様に対しても同額を請求できることとなりましたので、お知らせいたします。",
           size=9.8)
    p.gap(1)
    p.table([["代位弁済日", "代位弁済額", "（内訳）元金", "利息", "遅延損害金"],
             [f"R{subro.year - 2018}.{subro.month}.{subro.day}", f"{S:,}", f"{P0:,}", f"{I0:,}", f"{L0:,}"]],
            [32, 38, 38, 34, 38], x=15, header=True, aligns="rrrrr", size=9.5, row_h=7.5)
    p.gap(3)
    p.line(f"ご請求金額（{fw(era(issued))}現在）", size=10.5, font="sans-bold")
    p.table([["求償元金（代位弁済額）", f"{S:,}円"],
             [f"損害金（{era(subro + timedelta(1))}から年14.0％）", f"{L:,}円"],
             ["求償金合計", f"{T:,}円"]], [110, 50], x=24, aligns="lr", size=10.5, row_h=8.5, ruled="grid",
            shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 160, 12, 1.1))
    p.at(28, y + 8, "ご返済又はご相談の期限", size=10.5, font="sans-bold")
    p.at(82, y + 8.3, f"{fw(era(due))}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("上記期限までに、求償金の一括返済、又は返済計画についてのご相談をお願いいたします。ご連絡のない場合、当協会は"
           "担保物件（工場建物）の競売の申立てその他法的措置をとらざるを得ません。", size=9.5)
    p.para("振込先　磯鴫銀行 本店営業部 普通 0418007 タンザワシンヨウホショウキョウカイ", size=9.3, indent="")
    p.para("※根抵当権極度額 1,200万円。損害金は求償元金に対し代位弁済日の翌日から完済まで年14.0％（年365日の日割計算）"
           "の割合で発生します。", size=8.8, indent="")
    p.gap(3)
    for s, sz in (("丹沢信用保証協会　期中管理部長　鋤田", 9.5), ("〒243-0000 神奈川県厚木市白詰台九丁目9番9号", 8.8),
                  ("担当　馬頭　TEL 046-000-2210", 9.5)):
        p.line(s, x=112, size=sz)
    p.seal(186, p.y - 12, 12, "square", "丹沢信用保証協会印", angle=2, seed=98031)
    tr = truth(document_type="acceleration_notice", sender="丹沢信用保証協会", phone="046-000-2210",
               creditor="丹沢信用保証協会", status="not_applicable", original="株式会社磯鴫銀行",
               debtor="株式会社出来島製作所", total=T, principal=S, interest=None, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, reference="07-00418",
               input_kind="fax_tiff", template="proxy98_credit_guarantee_association_subrogation_company_fax",
               received=issued)
    return dict(stem="dc03", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:02 TANZAWA CGC 046-000-2211",
                about="acceleration_notice (信用保証協会 代位弁済, to a company and its president, one-page fax)",
                unusual="one-page G4 fax of a 信用保証協会 (not a company: no 株式会社 in the sender name); addressees in two "
                        "labelled lines 「主たる債務者 株式会社出来島製作所 御中」 and 「連帯保証人（代表取締役） 出来島 勝彦 様」 "
                        "(→ debtor = the company); the 代位弁済 row in a 5-column table with R8.1.16 (history), the claim "
                        "as a shaded-label grid 求償元金（代位弁済額） / 損害金 / 求償金合計 (no interest); deadline label "
                        "「ご返済又はご相談の期限」; 当初借入額1,000万円, 根抵当権極度額 1,200万円 and the FAX number as "
                        "distractors; the 部長 and 担当 names")


# ---------------------------------------------------------------------------------------------
# dc04 law office for a real servicer (アルファ債権回収) to the 連帯保証人 ALONE; scanned.


def dc04():
    R = 18.0
    issued, due = D(2026, 3, 6), D(2026, 3, 23)
    acc, assign, lastp = D(2025, 12, 10), D(2026, 1, 30), D(2025, 10, 27)
    P, I = 1_286_400, 22_510
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(era(issued), align="r", size=10.5)
    p.line("当事務所整理番号　NS-2603-17", align="r", size=9.5)
    p.gap(2)
    p.line("〒520-0000　滋賀県大津市鵟原九丁目9番9号", size=10)
    p.line("連帯保証人", size=10)
    p.line("小山内　瑞穂　殿", size=13.5, x=30)
    p.gap(2)
    for s, sz in (("〒520-0000 滋賀県大津市時鳥坂九丁目9番9号 4階", 9), ("額賀・首藤法律事務所", 11),
                  ("通知人代理人　弁護士　額賀　俊介", 10), ("同　　　　　　弁護士　首藤　香織", 10),
                  ("電話 077-000-4471　FAX 077-000-4472", 9.3)):
        p.line(s, x=110, size=sz, font="serif-bold" if "事務所" in s and "〒" not in s else None)
    p.seal(186, p.y - 14, 10, "maru", "額賀", angle=0, seed=98041)
    p.gap(4)
    p.title("ご　通　知（請求書）", size=16, font="serif-bold")
    p.para("当職らは、アルファ債権回収株式会社（法務大臣許可番号第101号、東京都中央区、以下「通知人」）の代理人として、"
           "貴殿に対し、次のとおり通知いたします。")
    p.para("貴殿は、小山内隆晃氏（以下「主債務者」）が株式会社びわこ信販との間で締結した金銭消費貸借契約（令和3年5月14日付）"
           "に基づく債務について、連帯保証をされています。")
    p.para(f"主債務者は、{era(lastp)}の返済を最後にその支払を怠り、{era(acc)}の経過をもって期限の利益を喪失しました。"
           f"その後、株式会社びわこ信販は、{era(assign)}、本件債権を通知人に譲渡し、その旨を主債務者及び貴殿に通知して"
           "おります。")
    p.para(f"つきましては、連帯保証人である貴殿に対し、下記金員を{era(due)}までに、下記預り金口座へ一括してお支払い"
           "くださるよう請求いたします。期限までにお支払い又はご連絡のない場合は、通知人の意向により、貴殿に対する訴訟の提起"
           "等の法的手続をとることがありますので、ご承知おきください。")
    p.para("なお、本件に関するご連絡は、通知人ではなく当職らあてにお願いいたします。")
    p.gap(1)
    p.line("記", align="c")
    p.table([["残元金", f"金{P:,}円"], ["利息", f"金{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}から本書作成日まで年18％）", f"金{L:,}円"],
             ["請求金額　合計", f"金{T:,}円"]], [118, 42], x=25, aligns="lr", size=10, row_h=8, ruled="rows")
    p.gap(2)
    p.para("お振込先　びわこ中央銀行　大津駅前支店　普通預金　7004471　弁護士額賀俊介預り金口", size=9.5, indent="")
    p.para("（主債務者への請求は別途行っております。貴殿と主債務者は連帯して上記金額の支払義務を負います。）", size=9.3,
           indent="")
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="額賀・首藤法律事務所", phone="077-000-4471",
               creditor="アルファ債権回収株式会社", status="not_applicable", original="株式会社びわこ信販",
               debtor="小山内瑞穂", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign, reference="NS-2603-17",
               input_kind="scan_png", template="proxy98_law_office_for_servicer_to_guarantor_alone",
               received=D(2026, 3, 9))
    return dict(stem="dc04", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="collection_notice (two lawyers for a real servicer, to the 連帯保証人 alone)",
                unusual="scanned serif ご通知（請求書） of a law office of two lawyers (「通知人代理人　弁護士」 / 「同　弁護士」) "
                        "writing for ★ アルファ債権回収 whose 「法務大臣許可番号第101号」 appears only in the prose (the "
                        "sender is the law office: licence null, not_applicable); addressed to 「連帯保証人」 on one line and "
                        "「小山内　瑞穂　殿」 on the next (→ debtor = the guarantor, not the 主債務者 小山内隆晃 named in the "
                        "body); original = the 譲渡人 びわこ信販; a rows-ruled 記 table 残元金 / 利息 / 遅延損害金 / 請求金額 "
                        "合計 in 金…円; 預り金口 account as a distractor; 当事務所整理番号 top-right")


# ---------------------------------------------------------------------------------------------
# dc05 司法書士 縦書き 通知書 for a card company; digital vertical PDF.


def dc05():
    R = 14.6
    issued, due = D(2025, 7, 18), D(2025, 8, 1)
    acc, lastp = D(2025, 6, 10), D(2025, 3, 27)
    P, I = 384_120, 6_930
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    ky = lambda n: "金" + kanji_number(n) + "円"  # noqa: E731
    cols = [
        ("title", "通知書"),
        ("body", "冠省　当職は、株式会社こすもすカード（以下「通知人」）から、貴殿に対する立替金等債権の請求に関する一切の件"
                 "について依頼を受けた司法書士です。"),
        ("body", f"貴殿は、通知人との間のカード会員契約に基づく分割支払金の支払を、{kdate(lastp)}を最後に怠り、"
                 f"通知人からの催告にもかかわらず支払がなかったため、{kdate(acc)}の経過をもって期限の利益を喪失しています。"),
        ("body", f"よって、本書をもって、左記金員を{kdate(due)}限り、一括して通知人の左記口座にお支払いくださるよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　立替金残元金　{ky(P)}"),
        ("indent", f"二　未払手数料　　{ky(I)}"),
        ("indent", f"三　遅延損害金　　{ky(L)}"),
        ("plain", "　　（令和七年六月十一日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"四　合計　　　　　{ky(T)}"),
        ("body", "振込先　こすもす信託銀行本店営業部　普通預金　" + kanji_digits("3305112") + "　株式会社こすもすカード"),
        ("body", "右期限までにお支払い又は当職へのご連絡がない場合は、通知人において法的手続をとる予定ですので、申し添えます。"
                 "なお、本件についての連絡は当職あてにお願いします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "当事務所受付番号　ＫＫ－２５０７－０３"),
        ("low", "岐阜県岐阜市姫沙羅通九丁目九番九号"),
        ("low", "鎌腰司法書士事務所"),
        ("low", "（簡裁訴訟代理等関係業務認定番号　第" + kanji_digits("711045") + "号）"),
        ("low", "通知人代理人　司法書士　鎌腰　紀子"),
        ("low", "電話　〇五八（〇〇〇）三九〇七"),
        ("blank", ""),
        ("low", "岐阜県各務原市葦切町九丁目九番九号"),
        ("low", "杵淵　清　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 98051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "鎌腰　紀子" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 29) * size * 0.3528 * 1.05, 8, "maru", "鎌腰", angle=0, seed=98052))
    tr = truth(document_type="collection_notice", sender="鎌腰司法書士事務所", phone="058-000-3907",
               creditor="株式会社こすもすカード", status="not_applicable", debtor="杵淵清", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KK-2507-03", input_kind="vertical_pdf",
               template="proxy98_vertical_judicial_scrivener_card_company", received=D(2025, 7, 22))
    return dict(stem="dc05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (司法書士 for a card company, 縦書き 内容証明)",
                unusual="digital 縦書き 通知書 (冠省 … 草々) of a 司法書士 writing as 「通知人代理人」 for a card company, with "
                        "the 内容証明 stamp and a small round 認印; positional kanji amounts (金三十八万四千百二十円 …) in "
                        "一…四 items with the label 立替金残元金 / 未払手数料; ABSOLUTE deadline 「令和七年八月一日限り」; the "
                        "認定番号 第七一一〇四五号 (not a servicer licence) and the client's account number in kanji digits "
                        "as distractors; full-width 当事務所受付番号 ＫＫ－２５０７－０３; phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# dc06 invented servicer みちしるべ債権回収 to ONE heir, for her share; iPhone HEIC.


def dc06():
    R = 18.0
    issued, due = D(2026, 2, 20), D(2026, 3, 13)
    acc, lastp, assign, death = D(2025, 9, 5), D(2025, 6, 27), D(2025, 12, 1), D(2025, 7, 14)
    whole = 924_300
    P, I = 462_150, 7_940
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "みちしるべ債権回収株式会社", size=13.5, font="sans-bold", color=FOREST)
    p.at(15, 24, "MICHISHIRUBE SERVICER", size=6.8, color=FOREST)
    p.at(196, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　MS-2602-0571", size=9.5, align="r")
    p.add(Line(15, 27, 196, 27, 0.5, FOREST))
    p.y = 33
    p.line("〒950-0000　新潟県新潟市中央区のすり台九丁目9番9号", size=10)
    p.line("故　蘆立　源治　様　ご相続人", size=10.5)
    p.line("蘆立　恵美　様", size=14, x=30)
    p.gap(6)
    p.title("ご相続債務のお支払いについてのお願い", size=14.5, color=FOREST)
    p.para(f"このたびは、蘆立源治様（{era(death)}ご逝去）のご逝去に際し、謹んでお悔やみ申し上げます。", size=9.8)
    p.para(f"故源治様は、株式会社きそじクレジットとの間のローン契約に基づく債務を負っておられましたが、同社は{era(assign)}、"
           "この債権を当社に譲渡いたしました。ご返済は故人の最終ご返済日以降なく、期限の利益は既に失われております。", size=9.8)
    p.para("相続人の皆様は、法定相続分に応じてこの債務を承継されます。戸籍等により確認いたしましたご相続人と法定相続分は"
           "次のとおりです。相続放棄をされた方は、家庭裁判所の受理通知書の写しをお送りください。", size=9.8)
    p.table([["続柄", "ご相続人", "法定相続分"], ["妻", "蘆立　恵美　様（本書の宛先）", "２分の１"],
             ["長男", "蘆立　健太　様", "４分の１"], ["長女", "羽場崎　由香　様", "４分の１"]],
            [22, 100, 40], x=24, header=True, aligns="llc", size=9.5, row_h=7)
    p.gap(2)
    p.line(f"■ 恵美様にご負担いただく金額（法定相続分２分の１・{era(issued)}現在）", size=10.3, font="sans-bold")
    p.table([["相続分元金", "相続分利息", "相続分損害金（年18％）", "ご請求額"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 40, 52, 47], x=15, header=True, aligns="rrrr", size=10.5, row_h=9)
    p.line(f"（ご参考）故源治様のご債務の元金残高 {whole:,}円／最終ご返済日 {era(lastp)}／期限の利益喪失日 {era(acc)}",
           x=15, size=8.5)
    p.gap(3)
    p.para(f"上記ご請求額を{era(due)}（{wd(due)}）までに一括してお振り込みいただくか、同日までに当社へご連絡のうえ、お支払方法を"
           "ご相談ください。他のご相続人様にも、それぞれの相続分について同様のご案内をお送りしております。", size=9.8)
    p.para("お振込先　星鴉銀行 新潟支店 普通 2480571 ミチシルベサイケンカイシュウ（カ", size=9.3, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(100, y, 96, 31, 0.4, FOREST))
    for i, (s, sz) in enumerate((("みちしるべ債権回収株式会社", 11), ("法務大臣許可番号　第248号", 8.8),
                                  ("〒950-0000 新潟県新潟市中央区鷽替通九丁目9番9号", 8),
                                  ("フリーダイヤル 0120-000-248", 9.5), ("相続債権担当　鼎", 9))):
        p.at(103, y + 6 + i * 5.6, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(186, y + 13, 12, "square", "みちしるべ債権回収印", angle=3, seed=98061)
    tr = truth(document_type="collection_notice", sender="みちしるべ債権回収株式会社", license_number=248,
               phone="0120-000-248", creditor="みちしるべ債権回収株式会社", status="unverified",
               original="株式会社きそじクレジット", debtor="蘆立恵美", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="MS-2602-0571", input_kind="photo_heic",
               template="proxy98_invented_servicer_heir_share_demand", received=D(2026, 2, 24))
    return dict(stem="dc06", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.045, tilt=1.5, creases=2, glare=20, fill=0.86, warm=0.2),
                about="collection_notice (invented servicer to one heir, for her share)",
                unusual="iPhone HEIC on a dark cloth with creases and lamp glare; INVENTED servicer 「みちしるべ債権回収株式会社」 "
                        "with 「法務大臣許可番号　第248号」 (→ unverified) in a framed box at the bottom; addressed 「故　蘆立　"
                        "源治　様　ご相続人」 over 「蘆立　恵美　様」 (→ debtor = the heir); a table of THREE heirs with their "
                        "相続分 (the other two are distractors); the claim is her 1/2 share 相続分元金 / 相続分利息 / 相続分損害金 "
                        "/ ご請求額; the deceased's whole 元金残高 924,300 as a (ご参考) line; 逝去 date as a distractor; "
                        "「一括してお振り込みいただくか…ご相談ください」 (lump true)")


# ---------------------------------------------------------------------------------------------
# dc07 千葉簡易裁判所 支払督促: creditor アビリオ (代表者 + 支配人), two debtors (borrower + guarantor); 2 scanned pages.


def dc07():
    R = 14.0
    issued, filed = D(2025, 7, 8), D(2025, 6, 24)
    acc, lastp, assign = D(2025, 2, 14), D(2024, 11, 26), D(2025, 4, 25)
    P, I, C = 2_316_540, 28_772, 6_300
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L + C
    case = "令和7年(ロ)第1452号"
    p = Page(font="serif", size=10.8, top=18)
    p.line(f"{fw('令和7年（ロ）第1452号')}　譲受債権請求督促事件", size=10.3)
    p.gap(8)
    p.title("支　払　督　促", size=19, font="serif-bold")
    p.gap(3)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=30)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", x=30)
    p.gap(5)
    p.para("債務者らは、連帯して、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者らがこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。")
    p.gap(8)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　　千葉簡易裁判所", size=11)
    p.line("　　　　　裁判所書記官　安次富　　直子", size=11)
    p.seal(150, p.y - 6, 15, "square", "千葉簡易裁判所書記官印", angle=0, seed=98071)
    p.gap(12)
    y = p.y
    p.add(Box(20, y, 170, 46, 0.5))
    p.at(24, y + 7, "支払督促を受け取った方へ", size=11, font="serif-bold")
    for i, s in enumerate(["１　請求に異議があるときは、この支払督促の送達を受けた日から２週間以内に、同封の督促異議申立書を",
                           "　　当裁判所に提出してください（郵送でも差し支えありません）。",
                           "２　異議の申立てをしないと、債権者の申立てにより仮執行宣言が付され、強制執行を受けることがあります。",
                           "３　分割払いを希望する場合も、督促異議申立書にその旨を記載してください。",
                           "４　問合せ先　千葉簡易裁判所　民事督促係　電話 043-000-5310（平日 午前8時30分～午後5時）"]):
        p.at(24, y + 15 + i * 6.2, s, size=9.3)
    q = Page(font="serif", size=10, top=16)
    q.line("当　事　者　目　録", size=12, font="serif-bold", align="c")
    q.gap(2)
    for lab, lines in (("債　権　者", ["〒100-0000 東京都千代田区筍田九丁目9番9号", "アビリオ債権回収株式会社",
                                      "代表者代表取締役　下河辺　敏行"]),
                       ("（送達場所）", ["〒260-0000 千葉県千葉市中央区蘭田町九丁目9番9号 アビリオ債権回収株式会社千葉支店",
                                        "債権者代理人支配人　梟木　修二", "電話 043-000-0505　FAX 043-000-0506"]),
                       ("債　務　者", ["〒263-0000 千葉県千葉市稲毛区楠葉台九丁目9番9号", "猫塚　大輔"]),
                       ("債　務　者", ["〒263-0000 千葉県千葉市稲毛区楠葉台九丁目9番9号", "猫塚　弘子（連帯保証人）"])):
        q.line(lab, x=18, size=10)
        q.y -= q.lh(10)
        for s in lines:
            q.line(s, x=48, size=10)
        q.gap(1.5)
    q.gap(3)
    q.line("請求の趣旨", size=12, font="serif-bold", align="c")
    items = [f"１　金{P:,}円（残元金）", f"２　金{I:,}円（上記１に対する{era(acc)}までの利息）",
             f"３　金{L:,}円（上記１に対する{era(acc + timedelta(1))}から{era(filed)}まで年14％の割合による遅延損害金）",
             f"４　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14％の割合による遅延損害金",
             f"５　金{C:,}円（督促手続費用）", f"　　（以上１、２、３及び５の合計　金{T:,}円）"]
    for s in items:
        q.para(s, x0=22, x1=190, size=10, indent="")
    q.gap(3)
    q.line("請求の原因", size=12, font="serif-bold", align="c")
    for s in ("１　株式会社斑鳩銀行（原債権者）は、令和2年10月2日、債務者猫塚大輔に対し、金3,000,000円を、利息年4.8％、"
              "遅延損害金年14％、毎月26日限り元利均等返済の約定で貸し付けた。",
              "２　債務者猫塚弘子は、同日、原債権者に対し、上記貸金債務を連帯して保証した。",
              f"３　債務者猫塚大輔は、{era(lastp)}の支払を最後にその後の支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"４　原債権者は、{era(assign)}、上記貸金債権を債権者に譲渡し、同年5月12日、債務者らに対しその旨を通知した。",
              "５　督促手続費用の内訳　申立手数料 3,000円、支払督促正本送達費用 2,180円、申立書作成及び提出費用 1,120円"):
        q.para(s, x0=20, x1=192, size=9.6, indent="")
    q.gap(4)
    q.line(f"申立年月日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order", sender="千葉簡易裁判所", phone="043-000-5310",
               creditor="アビリオ債権回収株式会社", status="licensed", original="株式会社斑鳩銀行", debtor="猫塚大輔",
               total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assign, reference=case,
               input_kind="pdf_scan", template="proxy98_payment_order_servicer_manager_two_debtors",
               received=D(2025, 7, 11))
    return dict(stem="dc07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor with 支配人, borrower + guarantor, 2 pages)",
                unusual="2-page image PDF of a 千葉簡裁 支払督促: p.1 the order 「債務者らは、連帯して」 and the 「支払督促を受け"
                        "取った方へ」 box with the court's phone; p.2 当事者目録 with the creditor ★ アビリオ債権回収 "
                        "(代表者代表取締役 …; no licence: court paper), a （送達場所） block with its 千葉支店, 「債権者代理人"
                        "支配人」 and a 043 phone / FAX (distractors), and TWO 債務者 (the borrower and 「…（連帯保証人）」 → "
                        "debtor = the borrower); 請求の趣旨 as numbered prose items 1–5 with a bracketed 「以上１、２、３及び５"
                        "の合計」 line; 請求の原因 names the 原債権者 bank, the 3,000,000円 loan, 年4.8％ and the 通知 date "
                        "「同年5月12日」 (distractors); the 3-part cost breakdown")


# ---------------------------------------------------------------------------------------------
# dc08 富山簡易裁判所 仮執行宣言付支払督促: guarantee company v. 合同会社 (代表社員); one scanned page.


def dc08():
    R = 14.6
    issued, order, served, filed0 = D(2026, 5, 19), D(2026, 4, 14), D(2026, 4, 17), D(2026, 3, 31)
    subro, acc, lastp = D(2025, 12, 22), D(2025, 10, 20), D(2025, 7, 31)
    P = 3_118_406
    L = late(P, R, subro + timedelta(1), filed0)
    C1, C2 = 5_230, 1_150
    C = C1 + C2
    T = P + L + C
    case = "令和8年(ロ)第236号"
    p = Page(font="serif", size=10, top=12)
    p.add(Box(15, 11, 56, 8, 0.3))
    p.at(18, 16.6, fw("令和8年（ロ）第236号"), size=9.5)
    p.y = 22
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.table([["債権者", "〒930-0000 富山県富山市交喙坂九丁目9番9号　北陸中央信用保証株式会社"],
             ["", "代表者代表取締役　鳥屋尾　隆"],
             ["債務者", "〒933-0000 富山県高岡市鷽替通九丁目9番9号　合同会社鼻和商店"],
             ["", "代表者代表社員　鼻和　実"]],
            [22, 160], x=15, aligns="ll", size=9.3, row_h=6.8, ruled="rows")
    p.gap(3)
    p.para(f"頭書事件について、{era(order)}に発付した支払督促は、{era(served)}債務者に送達されたが、債務者は法定期間内に督促"
           "異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=10)
    p.para(f"債務者は、債権者に対し、下記請求の趣旨記載の金額及び仮執行宣言の手続費用金{C2:,}円を支払え。この支払督促は"
           "仮に執行することができる。", size=10)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold", align="c")
    p.table([["", "項目", "金額（円）"], ["１", "求償金元金", f"{P:,}"],
             ["２", f"確定遅延損害金（{era(subro + timedelta(1))}～{era(filed0)}、年14.6％）", f"{L:,}"],
             ["３", "督促手続費用", f"{C1:,}"], ["４", "仮執行宣言の手続費用", f"{C2:,}"], ["", "合　計", f"{T:,}"]],
            [10, 120, 40], x=20, header=True, aligns="clr", size=9.5, row_h=6.8)
    p.para(f"なお、上記１に対する{era(filed0 + timedelta(1))}から完済まで年14.6％の割合による遅延損害金を付加して支払え。",
           x0=20, x1=190, size=9.3, indent="")
    p.gap(1)
    p.line("請求の原因（要旨）", size=11, font="serif-bold", align="c")
    for s in ("１　債務者は、令和5年3月1日、株式会社立山みなと銀行から金4,000,000円を借り受け、債権者は同日、債務者の委託を"
              "受けて上記借入債務を保証した（保証委託契約、損害金年14.6％）。",
              f"２　債務者は、{era(lastp)}の返済を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　債権者は、{era(subro)}、同行に対し、保証債務の履行として金3,118,406円を代位弁済した。"):
        p.para(s, x0=20, x1=192, size=9.3, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　富山簡易裁判所　裁判所書記官　宿院　　康平", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "富山簡易裁判所書記官印", angle=0, seed=98081)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4, None, (0.95, 0.95, 0.95)))
    for i, s in enumerate(["（この書面を受け取った方へ）この仮執行宣言付支払督促に不服があるときは、送達を受けた日から２週間以内に",
                           "督促異議を申し立てることができます。申立てをしても、強制執行の停止には別に申立てが必要です。",
                           "問合せ先　富山簡易裁判所　民事係　電話 076-000-2360　FAX 076-000-2361"]):
        p.at(18, y + 6.5 + i * 6, s, size=8.8)
    p.y = y + 25
    p.line(f"（仮執行宣言申立日　{fw(era(D(2026, 5, 8)))}）", size=9, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="富山簡易裁判所", phone="076-000-2360",
               creditor="北陸中央信用保証株式会社", status="not_applicable", original="株式会社立山みなと銀行",
               debtor="合同会社鼻和商店", total=T, principal=P, interest=None, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, reference=case,
               input_kind="scan_png", template="proxy98_enforceable_guarantor_v_godo_kaisha",
               received=D(2026, 5, 22))
    return dict(stem="dc08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order_enforceable (簡裁, guarantee company v. a 合同会社, one page)",
                unusual="one scanned page of a 富山簡裁 仮執行宣言付支払督促; the case number in a small box top-LEFT; parties as "
                        "a rows-ruled table: the creditor a guarantee company with its 代表者代表取締役, the debtor 「合同会社"
                        "鼻和商店」 with 「代表者代表社員　鼻和　実」 on the next row (→ debtor = the company); the order date "
                        "4/14 and its 送達 4/17 in one sentence (issued = the 仮執行宣言 date 5/19); 請求の趣旨 as a table "
                        "with 「金額（円）」, 求償金元金 / 確定遅延損害金 / 督促手続費用 / 仮執行宣言の手続費用 / 合計 (no "
                        "interest); the 仮執行 cost also in the prose; the bank and its 4,000,000円 loan in the 請求の原因; "
                        "court phone and FAX; the 申立日 in brackets at the foot")


LETTERS = [dc01, dc02, dc03, dc04, dc05, dc06, dc07, dc08]
