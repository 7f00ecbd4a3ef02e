"""Proxy set 34, letters aq09–aq16: "far from Tokyo, and names of every script". A scholarship association's 分割返還
proposal, a prefecture-level 信用保証協会's 代位弁済通知 by fax to a long (株) name (a 商工会-recommended loan), a real
servicer's 和解 proposal by fax to a debtor with a Chinese name, a 縦書き joint 債権譲渡通知 (信用組合 → invented servicer)
to a debtor with 﨑 and a hiragana given name, a 労働金庫's 最終催告 with Portuguese glosses to a debtor with a Latin name,
a public lender's (公庫) 督促 with a 商工会 as distractor, a JA's harmless 返済条件変更承認 notice and a scam aimed at a
Vietnamese resident."""

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
    grid,
    kdate,
    late,
    qr,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.40, 0.12, 0.38)
OLIVE = (0.30, 0.36, 0.08)
ORANGE = (0.85, 0.38, 0.05)
SEA = (0.05, 0.30, 0.55)
RUST = (0.58, 0.20, 0.08)


def jis(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# ---------------------------------------------------------------------------------------------
# aq09 scholarship association: 延滞分の分割返還のご提案, scanned; debtor 犬塚ゆいな (塚, hiragana given name).


def aq09():
    R = 5.0
    issued, due = D(2026, 5, 20), D(2026, 6, 10)
    inst = 14_500
    missed = [D(2025, m, 27) if m >= 10 else D(2026, m, 27) for m in (10, 11, 12, 1, 2, 3, 4)]
    missed = sorted(missed)
    lastp = D(2025, 9, 29)
    P = inst * len(missed)
    L = sum(late(inst, R, d + timedelta(1), issued) for d in missed)
    T = P + L
    months = len(missed)
    plan_n, plan_a = 12, 8_600
    plan_last = T - plan_a * (plan_n - 1)
    assert plan_a * (plan_n - 1) + plan_last == T and 0 < plan_last <= plan_a
    p = Page(font="sans", size=10, top=14)
    p.add(Line(15, 14, 195, 14, 1.6, PLUM))
    p.at(15, 22, "公益財団法人　信濃あずさ奨学会", size=13, font="sans-bold", color=PLUM)
    p.at(195, 21, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 26, "奨学生番号　AZ-2019-0457", size=9.5, align="r")
    p.at(15, 34, "〒399-0000　長野県安曇野市わさび田九丁目9番9号", size=9.8)
    p.at(20, 42, "犬塚　ゆいな　様", size=13.5)
    p.at(15, 48, "（連帯保証人　犬塚　康弘　様　には別途お知らせしています）", size=8.3, color=GRAY)
    p.y = 58
    p.title("延滞している返還金の分割返還のご提案", size=14.5)
    p.para("日頃より本会の奨学事業にご理解をいただき、ありがとうございます。", size=9.8)
    p.para(f"あなたの奨学金の返還につきましては、{era(lastp)}のご入金を最後に、{months}回分の割賦金が未返還となって"
           "います。本会では、一度に返還することが難しい方のために、延滞している額を分割して返還していただく方法をご用意"
           "しています。下記の内容をご確認のうえ、回答期限までに同封の回答書をご返送ください。", size=9.8)
    p.gap(1)
    p.line("１．延滞の状況（本状作成日現在）", size=10.5, font="sans-bold")
    y = grid(p, 22, p.y, [56, 40, 56, 30], [
        ["延滞している割賦金（" + f"{months}回分）", f"{P:,}円", "割賦金（月額）", f"{inst:,}円"],
        ["延滞金（年5％）", f"{L:,}円", "延滞期間", "令和7年10月分～"],
        ["延滞額の合計", f"{T:,}円", "返還未済額（総額）", "1,682,000円"],
    ], h=7.4, size=9.2, bold={(2, 1)})
    p.y = y + 2
    p.para("※延滞金は、各割賦金の返還期日の翌日から本状作成日まで、年5％の割合で計算しています。返還未済額は今後返還期日が"
           "到来する分を含む総額で、今回のご請求額ではありません。", size=8.3, indent="")
    p.gap(1)
    p.line("２．ご提案する返還方法", size=10.5, font="sans-bold")
    p.table([["", "内容", "毎月のお支払額"],
             ["Ａ案", f"延滞額の合計を{plan_n}回に分割（令和8年7月から毎月27日）", f"{plan_a:,}円（最終回{plan_last:,}円）"],
             ["Ｂ案", "延滞額の合計を一括で返還（令和8年6月27日まで）", f"{T:,}円"]],
            [16, 104, 48], x=22, header=True, aligns="llr", size=9.2, row_h=7.4)
    p.para("※いずれの案でも、通常の割賦金（月額14,500円）の返還は引き続きお願いします。", size=8.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 13, 1.0, PLUM))
    p.at(26, y + 8.4, "回答書のご返送期限", size=11, font="sans-bold", color=PLUM)
    p.at(72, y + 8.6, f"{era(due)}（{wd(due)}）必着", size=13, font="sans-bold")
    p.y = y + 17
    p.para("ご返送がない場合、延滞額の合計を一括してご請求するとともに、法的手続（支払督促の申立て）を検討することになります。"
           "収入が少ないなどの理由で返還が困難な方は、返還期限猶予の制度もありますのでご相談ください。", size=9, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(96, y, 92, 22, 0.3, GRAY))
    for i, s in enumerate(["公益財団法人　信濃あずさ奨学会　返還課", "〒390-0000 長野県松本市あがた坂九丁目9番9号",
                           "電話 0263-00-5127（平日9時～17時）", "理事長　穂高谷　美和子"]):
        p.at(99, y + 5.5 + i * 4.9, s, size=8.8)
    tr = truth(document_type="settlement_proposal", sender="公益財団法人信濃あずさ奨学会", phone="0263-00-5127",
               creditor="公益財団法人信濃あずさ奨学会", status="not_applicable", debtor="犬塚ゆいな", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="AZ-2019-0457", input_kind="scan_png",
               template="proxy34_scholarship_arrears_instalment_proposal", received=D(2026, 5, 22))
    return dict(stem="aq09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.2,
                about="settlement_proposal (scholarship association, 延滞分の分割返還)",
                unusual="a 公益財団法人 scholarship association (not a lender, not a bank): 延滞している返還金の分割返還のご提案 "
                        "to 「犬塚　ゆいな」 (塚, hiragana given name), scanned; the 連帯保証人 named under the addressee "
                        "(distractor); a shaded 3×4 grid where the amounts sit in the 2nd column and distractors in the 4th "
                        "(割賦金（月額） 14,500, 返還未済額（総額） 1,682,000, 延滞期間); 延滞金 at 年5％ per missed 割賦金; the "
                        "plan table Ａ案 (12 instalments of 8,600 with a smaller last one) / Ｂ案 一括 by 6/27 as distractors; a "
                        "plum-framed 「回答書のご返送期限 … 必着」 (= payment_due); 奨学生番号 top-right; 0263-00-5127")


# ---------------------------------------------------------------------------------------------
# aq10 信用保証協会 代位弁済のお知らせ by fax to a long (株) name; 商工会-recommended loan; no damages computed.


def aq10():
    R = 14.6
    issued, due = D(2026, 2, 3), D(2026, 2, 20)
    subro, acc, lastp = D(2026, 1, 22), D(2025, 11, 28), D(2025, 8, 29)
    P0, I0 = 7_140_000, 58_302
    S = P0 + I0  # 代位弁済額 = its printed 元金 + 利息 split
    p = Page(font="sans", size=10, top=12)
    p.at(15, 16, "ＦＡＸ送信のご案内", size=12, font="sans-bold")
    grid(p, 15, 19, [22, 70, 22, 67], [
        ["宛先", "（株）三陸ひかり海産加工販売　御中", "送信日", fw(era(issued))],
        ["送信元", "奥羽中央信用保証協会　宮古支所", "枚数", "１枚"],
    ], h=7, size=9)
    p.at(195, 40, "求償番号　２５－宮－０３１７", size=9.5, align="r")
    p.at(195, 45, "保証番号　第１８－１１２０４号", size=8.5, align="r")
    p.y = 50
    p.title("代位弁済のお知らせ及び求償金のご請求", size=14.5)
    p.line("（株）三陸ひかり海産加工販売", size=11)
    p.line("代表取締役　閉伊　勝利　様", size=10.5)
    p.line("連帯保証人　閉伊　勝利　様", size=10.5)
    p.gap(2)
    p.para("当協会は、貴社がみちのく北浜信用金庫から借り入れた下記資金について、同金庫との約定に基づき保証しておりましたが、"
           f"貴社が{fw(era(acc))}の経過をもって期限の利益を喪失されたため、{fw(era(subro))}、同金庫に対し保証債務を履行"
           "（代位弁済）いたしました。", size=9.8)
    p.para("これにより当協会は、貴社及び連帯保証人に対し、代位弁済額及びこれに対する代位弁済日の翌日から完済まで年14.6％の"
           "割合による損害金の求償権を取得しましたので、お知らせいたします。", size=9.8)
    p.gap(1)
    p.table([["借入金融機関", "みちのく北浜信用金庫　宮古駅前支店"],
             ["資金名", "北三陸町小口事業資金（北三陸町商工会推薦・町制度融資）"],
             ["当初借入日・金額", "令和3年9月1日　10,000,000円"],
             ["最終返済日", fw(era(lastp))],
             ["期限の利益喪失日", fw(era(acc))],
             ["代位弁済日", fw(era(subro))],
             ["代位弁済額", f"{S:,}円（元金{P0:,}円・利息{I0:,}円）"]],
            [48, 128], x=17, aligns="ll", size=9.2, row_h=6.6, shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(17, y, 176, 20, 0.9))
    p.at(21, y + 7.5, "求償金額", size=11, font="sans-bold")
    p.at(190, y + 8, f"金{S:,}円", size=15, font="sans-bold", align="r")
    p.at(21, y + 15.5, "及び上記金額に対する令和８年１月２３日から完済まで年14.6％の割合による損害金", size=9)
    p.y = y + 24
    p.para(f"つきましては、上記求償金を{fw(era(due))}（{wd(due)}）までに一括してお支払いください。一括でのお支払いが"
           "困難な場合は、同日までに当協会宮古支所へご連絡のうえ、返済計画についてご相談ください。", size=9.6)
    p.para("お振込先　みちのく北浜信用金庫 宮古駅前支店 普通 0031702 オウウチュウオウシンヨウホショウキョウカイ", size=9,
           indent="")
    p.para("※代位弁済後は、金融機関ではなく当協会が債権者となります。金融機関へのご返済はできません。", size=8.8, indent="")
    p.para("※北三陸町商工会（0193-00-2208）は融資の推薦機関であり、本件のお支払窓口ではありません。", size=8.8, indent="")
    p.gap(3)
    for s, sz, f in (("奥羽中央信用保証協会　宮古支所　管理課", 10.5, "sans-bold"),
                     ("〒027-0000 岩手県宮古市ねこのせ岸壁通九丁目9番9号", 8.5, "sans"),
                     ("TEL 0193-00-6114　FAX 0193-00-6115　担当 甲子", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 11, 12, "square", "奥羽中央信用保証協会印", angle=2, seed=34101)
    tr = truth(document_type="acceleration_notice", sender="奥羽中央信用保証協会", phone="0193-00-6114",
               creditor="奥羽中央信用保証協会", status="not_applicable", original="みちのく北浜信用金庫",
               debtor="（株）三陸ひかり海産加工販売", total=S, principal=S, interest=None, late_damages=None, rate=R,
               lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="２５－宮－０３１７", input_kind="fax_tiff",
               template="proxy34_guarantee_association_subrogation_fax_long_kabu", received=issued)
    return dict(stem="aq10", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:05 OU-CHUO SHINYO HOSHO 0193-00-6115",
                about="acceleration_notice (信用保証協会 代位弁済, one-page fax to a company)",
                unusual="one-page G4 fax of a prefecture-level 信用保証協会 (not a company, 支所): a shaded ＦＡＸ送信のご案内 "
                        "grid at the top; the debtor a LONG company name with full-width brackets 「（株）三陸ひかり海産加工販売」 "
                        "(NFKC → (株)…) and its 代表取締役 also as 連帯保証人; 求償番号 with a kanji inside 「２５－宮－０３１７」 "
                        "vs 保証番号 (distractor); a shaded-label 7-row table (金融機関 信用金庫, 町制度融資 with the 商工会, 当初 "
                        "10,000,000, 最終返済日, 喪失日, 代位弁済日, 代位弁済額 with its 元金・利息 split in brackets); the "
                        "claim in a heavy box as 求償金額 + the running damage clause ONLY (no damages computed → "
                        "late_damages null); 4-digit area code TEL vs FAX on one line; the 商工会's 0193-00-2208 as a "
                        "distractor")


# ---------------------------------------------------------------------------------------------
# aq11 AG債権回収 (real) 和解のご提案 by fax; debtor 王麗華 (Chinese name in kanji); original an old-style bank.


def aq11():
    R = 14.6
    issued, due = D(2026, 5, 12), D(2026, 5, 29)
    assign, acc, lastp = D(2025, 12, 22), D(2025, 9, 16), D(2025, 6, 10)
    P, I = 912_640, 14_388
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    base = P + I
    n = 36
    a = 25_800
    last = base - a * (n - 1)
    assert a * (n - 1) + last == base and 0 < last <= a
    p = Page(font="sans", size=10, top=12)
    p.at(15, 18, "AG債権回収株式会社", size=14, font="sans-bold", color=RUST)
    p.at(15, 23, "〒525-0000 滋賀県草津市西大路町9番9号　琵琶湖センター", size=8)
    p.at(15, 27, "TEL 077-000-5581　FAX 077-000-5582（受付 平日9:30～18:00）", size=8)
    p.at(195, 18, f"送信日 {jis(issued)}", size=9.5, align="r")
    p.at(195, 23, "お客様番号 AG-7710-3348", size=9.5, align="r")
    p.at(195, 28, "送信枚数 1/1", size=8.5, align="r")
    p.add(Line(15, 31, 195, 31, 0.5, RUST))
    p.at(15, 39, "王　麗華　様", size=14)
    p.at(15, 45, "（ご自宅FAX 0748-00-1916 あて）", size=9)
    p.y = 50
    p.title("和解（分割弁済）のご提案", size=14.5)
    p.para(f"当社が{jis(assign)}に株式会社近江第百銀行から譲り受けました貴殿のカードローン債権につきまして、先日はお電話にて"
           "ご事情をお聞かせいただき、ありがとうございました。お話の内容を踏まえ、下記のとおり和解案をご提案いたします。",
           size=9.8)
    p.gap(1)
    p.line("■ 現在のご債務（" + jis(issued) + "現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", "遅延損害金", "合計"], [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]],
            [40, 36, 40, 46], x=22, header=True, aligns="rrrr", size=10, row_h=7.6)
    p.line(f"（単位：円）期限の利益喪失日 {jis(acc)}　最終ご入金日 {jis(lastp)}　遅延損害金 年{R}％", x=22, size=8.5)
    p.gap(2)
    p.line("■ 和解条件（案）", size=10.5, font="sans-bold")
    for s in (f"① 遅延損害金{L:,}円は、本和解が成立し約定どおりお支払いいただいた場合、全額を免除いたします。",
              f"② 元金と利息の合計{base:,}円を、{n}回に分割してお支払いください。",
              f"　 第1回～第{n - 1}回　各{a:,}円　／　第{n}回　{last:,}円（毎月末日限り、初回 R8.6.30）",
              f"③ お支払いを2回分（{a * 2:,}円）以上怠ったときは、期限の利益を失い、残額及び免除前の遅延損害金を一括して"
              "お支払いいただきます。"):
        p.para(s, x0=24, x1=192, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 168, 13, 1.2))
    p.at(26, y + 8.5, "ご回答期限", size=11.5, font="sans-bold")
    p.at(60, y + 8.7, f"令和8年5月29日（{wd(due)}）", size=13, font="sans-bold")
    p.at(186, y + 8.5, "までにお電話ください", size=9.5, align="r")
    p.y = y + 17
    p.para("期限までにご回答がない場合は、本ご提案は撤回させていただき、法的手続を検討させていただきます。"
           "中国語での説明をご希望の場合はお申し出ください（通訳を手配いたします）。", size=9.2, indent="")
    p.para("※当社は「債権管理回収業に関する特別措置法」に基づき法務大臣の許可を受けた債権回収会社です。お支払いを当社以外の"
           "口座へ求めることはありません。", size=8.6, indent="")
    p.gap(2)
    p.line("AG債権回収株式会社　業務第二部　担当　余呉", x=110, size=9.5)
    tr = truth(document_type="settlement_proposal", sender="AG債権回収株式会社", phone="077-000-5581",
               creditor="AG債権回収株式会社", status="licensed", original="株式会社近江第百銀行", debtor="王麗華",
               total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="AG-7710-3348",
               input_kind="fax_tiff", template="proxy34_servicer_settlement_fax_chinese_name", received=issued)
    return dict(stem="aq11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 AG SAIKEN KAISHU 077-000-5582",
                about="settlement_proposal (real servicer, 36 instalments, one-page fax)",
                unusual="real servicer ★ AG債権回収株式会社 (a Latin-letter name, Shiga, no licence number printed — only "
                        "「法務大臣の許可を受けた債権回収会社」 in words) by one-page G4 fax to 「王　麗華　様」 (a Chinese "
                        "name in kanji); the debtor's own FAX 0748-00-1916 (4-digit area code) under the name and the "
                        "sender's FAX as distractors; every date in JIS form R8.5.12 except the heavy-framed ご回答期限 "
                        "令和8年5月29日（金） (= payment_due); a one-row 4-column table 元金 / 利息 / 遅延損害金 / 合計 with "
                        "（単位：円） under it; 譲渡 from an old-style bank name 「株式会社近江第百銀行」 in the first sentence; "
                        "plan 25,800 × 35 + last, the 51,600 threshold and the waiver of the damages as distractors")


# ---------------------------------------------------------------------------------------------
# aq12 縦書き joint 債権譲渡通知 (信用組合 → invented servicer), scanned; debtor 浜﨑ちよ.


def aq12():
    R = 14.0
    issued, assign = D(2026, 3, 9), D(2026, 3, 2)
    acc, lastp = D(2025, 10, 31), D(2025, 7, 25)
    P, I = 528_600, 7_412
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "前略　通知人くろしお土佐信用組合（以下「譲渡人」という。）は、貴殿に対して有する左記債権を、"
                 + kdate(assign) + "付で、通知人はまぼう債権回収株式会社（以下「譲受人」という。）に譲渡いたしました"
                 "ので、民法第四百六十七条に基づき、譲渡人及び譲受人の連名をもって通知いたします。"),
        ("body", "今後のお支払い及びお問い合わせは、譲受人あてにお願いいたします。譲渡人の窓口ではお受けできません。"),
        ("indent", "記"),
        ("indent", "一　原契約　平成三十年六月十八日付金銭消費貸借契約（くろしおフリーローン）"),
        ("indent", "二　最終弁済日　" + kdate(lastp)),
        ("indent", "三　期限の利益喪失日　" + kdate(acc)),
        ("indent", "四　譲渡債権の額（譲渡日現在）"),
        ("plain", "　　元金　　　　" + kyen(P)),
        ("plain", "　　利息　　　　" + kyen(I)),
        ("plain", "　　遅延損害金　" + kyen(L)),
        ("plain", "　　（年十四パーセント、令和七年十一月一日から譲渡日まで）"),
        ("plain", "　　合計　　　　" + kyen(T)),
        ("indent", "五　譲受人管理番号　ＭＢ－２６０３１"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）高知県四万十市やなせ通九丁目九番九号"),
        ("low", "くろしお土佐信用組合　理事長　中村谷　喜久男"),
        ("low", "電話　" + kanji_digits("0880") + "（" + kanji_digits("00") + "）" + kanji_digits("2714")),
        ("low", "（譲受人）高知県高知市かがみ浜九丁目九番九号"),
        ("low", "はまぼう債権回収株式会社　代表取締役　鏡川　律子"),
        ("low", "法務大臣許可番号第二四一号"),
        ("low", "電話　" + kanji_digits("088") + "（" + kanji_digits("000") + "）" + kanji_digits("6031")),
        ("blank", ""),
        ("low", "高知県四万十市ちどり浜九丁目九番九号"),
        ("low", "浜﨑　ちよ　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.8, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 34121))
    for key, txt, sd in (("中村谷", "くろしお土佐信用組合理事長印", 34122), ("鏡川", "はまぼう債権回収代表印", 34123)):
        xs = [it.x for it in pg.items if isinstance(it, VText) and key in it.s]
        pg.items.append(Seal(xs[0], 22.0 + (8 + 27) * size * 0.3528 * 1.05, 10, "square", txt, angle=-3, seed=sd))
    tr = truth(document_type="assignment_notice", sender="はまぼう債権回収株式会社", license_number=241,
               phone="088-000-6031", creditor="はまぼう債権回収株式会社", status="unverified",
               original="くろしお土佐信用組合", debtor="浜﨑ちよ", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="ＭＢ－２６０３１", input_kind="vertical_scan",
               template="proxy34_vertical_joint_assignment_credit_union_invented_servicer", received=D(2026, 3, 11))
    return dict(stem="aq12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="assignment_notice (joint, 信用組合 → invented servicer, 縦書き)",
                unusual="縦書き joint 債権譲渡通知書 (前略 … 草々), scanned, with the 内容証明 stamp: 譲渡人 a 高知 信用組合 (理事長) "
                        "and 譲受人 the INVENTED servicer 「はまぼう債権回収株式会社」 with 「法務大臣許可番号第二四一号」 in "
                        "KANJI digits (→ 241, unverified), each with a seal; the debtor 「浜﨑　ちよ」 (﨑, hiragana given name); "
                        "positional kanji amounts indented under 四; the two phones in kanji digits, the 信用組合's with a "
                        "4-digit area code 〇八八〇（〇〇）二七一四 (distractor) and the 譲受人's 〇八八（〇〇〇）六〇三一; 民法第四百"
                        "六十七条 and 平成三十年 contract as non-amounts; full-width 譲受人管理番号 ＭＢ－２６０３１; informs only")


# ---------------------------------------------------------------------------------------------
# aq13 労働金庫 最終催告 (一括) with Portuguese glosses; debtor OLIVEIRA CARLOS EDUARDO; phone photo.


def aq13():
    R = 14.0
    issued, due = D(2026, 1, 26), D(2026, 2, 9)
    acc, lastp = D(2025, 12, 15), D(2025, 8, 15)
    P, I = 1_326_450, 12_830
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 180, 15, color=None, fill=ORANGE))
    p.at(20, 22.5, "東海はまなこ労働金庫", size=16, font="sans-bold", color=WHITE)
    p.at(190, 18.5, "ろうきん", size=9, color=WHITE, align="r")
    p.at(190, 23.5, "菊川支店", size=9, color=WHITE, align="r")
    p.at(195, 34, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 39, "お客様番号　HR-0537-4420", size=9.5, align="r")
    p.at(20, 35, "〒439-0000 静岡県菊川市ちゃつみ坂九丁目9番9号", size=9.5)
    p.at(24, 43, "OLIVEIRA CARLOS EDUARDO　様", size=13)
    stamp(p, 20, 49, "最終催告", size=11, h=8, fill=RED)
    p.y = 62
    p.title("ご融資残高一括お支払いのご請求（最終催告）", size=14)
    p.line("AVISO FINAL DE COBRANÇA　（ポルトガル語の要約は下にあります）", align="c", size=8.5, color=GRAY)
    p.gap(1)
    p.para(f"貴殿の「ろうきん自動車ローン」につきましては、{era(lastp)}のご返済を最後にご返済がなく、再三のご連絡にも"
           f"ご回答をいただけませんでしたので、{era(acc)}の経過をもって期限の利益を喪失されました。", size=9.8)
    p.para("つきましては、下記のご請求額を、下記期限までに一括してお支払いください。期限までにお支払いがない場合は、"
           "保証機関による代位弁済の手続に入ります。", size=9.8)
    p.gap(1)
    for lab, pt, val in (("残元金", "Saldo do principal", P), ("未収利息", "Juros", I),
                         (f"遅延損害金（年{R}％）", "Juros de mora", L), ("ご請求額合計", "Valor total", T)):
        b = p.line(lab, x=30, size=10.5, font="sans-bold" if "合計" in lab else None)
        p.at(86, b, pt, size=8, color=GRAY)
        p.at(180, b, f"{val:,}円", size=10.5, align="r", font="sans-bold" if "合計" in lab else "sans")
        p.add(Line(30, p.y - 1.3, 180, p.y - 1.3, 0.15, GRAY))
    p.line(f"※遅延損害金は残元金に対し{era(acc + timedelta(1))}から本状発行日まで日割計算しています。", x=30, size=8)
    p.gap(2)
    y = p.y
    p.add(Box(28, y, 154, 13, 1.0, ORANGE))
    p.at(32, y + 8.5, "お支払期限 / Prazo", size=10.5, font="sans-bold", color=ORANGE)
    p.at(76, y + 8.8, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 17
    y = p.y
    p.add(Box(20, y, 170, 27, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["Resumo em português:",
                           "O seu empréstimo de automóvel perdeu o benefício do prazo. Pague o valor total",
                           f"até {due.day:02d}/{due.month:02d}/{due.year}. Em caso de dúvida, ligue para a agência de Kikugawa.",
                           "Nós não cobramos por telefone celular nem por SMS."]):
        p.at(24, y + 6 + i * 5.6, s, size=8.8, font="sans-bold" if i == 0 else "sans")
    p.y = y + 31
    p.para("ご融資内容（ご参考）　ご融資日 令和4年4月8日　ご融資額 2,100,000円　毎月のご返済 31,800円（15日）"
           "　返済用口座 普通 4420871", size=8.8, indent="")
    p.gap(2)
    for s, sz, f in (("東海はまなこ労働金庫　菊川支店", 10.5, "sans-bold"), ("支店長　大須賀　浩二", 9.5, "sans"),
                     ("〒439-0000 静岡県菊川市かわせみ台九丁目9番9号", 8.5, "sans"),
                     ("電話 0537-00-3391（ローン係）", 9.5, "sans")):
        p.line(s, x=110, size=sz, font=f)
    p.seal(188, p.y - 13, 12, "square", "東海はまなこ労働金庫菊川支店印", angle=3, seed=34131)
    tr = truth(document_type="collection_notice", sender="東海はまなこ労働金庫", phone="0537-00-3391",
               creditor="東海はまなこ労働金庫", status="not_applicable", debtor="OLIVEIRA CARLOS EDUARDO", total=T,
               principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="HR-0537-4420", input_kind="photo_jpeg",
               template="proxy34_rokin_final_demand_portuguese_latin_name", received=D(2026, 1, 28))
    return dict(stem="aq13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.06, tilt=2.4, creases=2, fill=0.84, glare=18, warm=0.2, blur=0.85),
                about="collection_notice (労働金庫 最終催告, lump sum, phone photo)",
                unusual="phone photo on a pale desk with tri-fold creases and a lamp glare; a 労働金庫 (ろうきん, orange band) "
                        "writes to 「OLIVEIRA CARLOS EDUARDO　様」 (Latin name, truth without spaces); a filled red 最終催告 "
                        "tag; PORTUGUESE glosses next to each label (Saldo do principal / Juros / Juros de mora / Valor "
                        "total) and a Portuguese summary box with the due date as 09/02/2026 (day first); label lines with "
                        "hairlines (残元金 / 未収利息 / 遅延損害金（年14.0％） / ご請求額合計); お支払期限 / Prazo box; ご融資額 "
                        "2,100,000, 毎月のご返済 31,800 and the account as distractors; 0537-00-3391 (4-digit area code)")


# ---------------------------------------------------------------------------------------------
# aq14 public lender (公庫) 督促, 商工会-recommended small-business loan; iPhone HEIC; debtor 赤塚德一 with a 屋号.


def aq14():
    R = 14.5
    issued, due = D(2026, 4, 8), D(2026, 4, 24)
    lastp = D(2026, 1, 20)
    inst = [(D(2026, 2, 20), 41_700, 3_912), (D(2026, 3, 20), 41_700, 3_608)]
    P = sum(r[1] for r in inst)
    I = sum(r[2] for r in inst)
    L = sum(late(pr, R, d + timedelta(1), issued) for d, pr, _ in inst)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 6, 16, color=None, fill=SEA))
    p.at(24, 19, "北方地域振興金融公庫", size=14, font="sans-bold", color=SEA)
    p.at(24, 25, "釧路支店　融資第二課", size=9.5, color=SEA)
    p.at(195, 18, f"{era(issued)}", size=9.5, align="r")
    p.at(195, 23, "お客さま番号　K-0154-2206", size=9.5, align="r")
    p.at(20, 36, "〒085-0000 北海道釧路市しんかわ岸九丁目9番9号", size=9.5)
    p.at(22, 42, "喫茶やちだも", size=10)
    p.at(24, 49, "赤塚　德一　様", size=13.5)
    p.y = 58
    p.title("ご返済についてのお願い", size=14.5)
    p.para("平素より当公庫をご利用いただき誠にありがとうございます。", size=9.8)
    p.para("さて、お客さまのご融資につきまして、下記のとおりご返済が遅れております。お手数ですが、下記期限までにご入金"
           f"くださいますようお願い申し上げます（最終ご入金日 {era(lastp)}）。", size=9.8)
    p.gap(1)
    head = ["ご返済期日", "元金", "利息", "遅延損害金", "計"]
    body = []
    for d, pr, it in inst:
        lt = late(pr, R, d + timedelta(1), issued)
        body.append([era(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{pr + it + lt:,}"])
    assert sum(int(r[4].replace(",", "")) for r in body) == T  # the 計 column adds up to the 合計 row
    body.append(["合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [44, 32, 30, 32, 34], x=19, header=True, aligns="crrrr", size=9.6, row_h=7.8)
    p.line(f"（単位：円）遅延損害金は各回の元金に対し年{R}％、ご返済期日の翌日から本状作成日までの日割計算です。", x=19,
           size=7.8)
    p.gap(2)
    y = p.y
    p.add(Box(19, y, 172, 14, 0.6, SEA, (0.90, 0.94, 0.98)))
    p.at(23, y + 9, "ご入金期限", size=11, font="sans-bold", color=SEA)
    p.at(56, y + 9.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.at(187, y + 9.3, f"ご入金額 {T:,}円", size=11.5, font="sans-bold", align="r")
    p.y = y + 18
    p.line("ご融資の内容", size=10, font="sans-bold")
    grid(p, 19, p.y, [30, 56, 30, 56], [
        ["資金名", "小規模事業者経営改善資金", "推薦団体", "たんちょう原町商工会"],
        ["ご融資日", "令和5年11月6日", "ご融資額", "2,000,000円"],
        ["ご返済方法", "元金均等 毎月20日", "貸付番号", "0154-5-31207"],
    ], h=7, size=8.6)
    p.y += 21 + 4
    p.para("この資金は商工会の経営指導を受けていることを条件とするご融資です。ご返済が難しい事情がある場合は、推薦団体の"
           "経営指導員（たんちょう原町商工会 0154-00-7765）とも連携してご相談に応じますので、お早めに当支店までご連絡"
           "ください。", size=9, indent="")
    p.para("お振込先　北海道しんかわ銀行 釧路支店 普通 2206154 ホッポウチイキシンコウキンユウコウコ", size=9, indent="")
    p.gap(3)
    for s, sz, f in (("北方地域振興金融公庫　釧路支店", 10.5, "sans-bold"),
                     ("〒085-0000 北海道釧路市ぬさ橋通九丁目9番9号", 8.5, "sans"),
                     ("電話 0154-00-3318　融資第二課　担当 鶴谷", 9.5, "sans")):
        p.line(s, x=104, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="北方地域振興金融公庫", phone="0154-00-3318",
               creditor="北方地域振興金融公庫", status="not_applicable", debtor="赤塚德一", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="K-0154-2206", input_kind="photo_heic",
               template="proxy34_public_lender_dunning_shokokai_heic", received=D(2026, 4, 10))
    return dict(stem="aq14", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.05, tilt=1.8, creases=2, fill=0.86, glare=20, warm=0.25),
                about="collection_notice (public lender 公庫, two missed instalments, HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare; a PUBLIC lender 「北方地域振興金融公庫」 "
                        "(公庫, 支店 and 課 under the name, no 株式会社); the addressee with a 屋号 line 「喫茶やちだも」 above "
                        "「赤塚　德一　様」 (德); a per-instalment table (元金 / 利息 / 遅延損害金 / 計, 単位：円) with a 合計 row; "
                        "ご入金期限 and ご入金額 in one blue bar; a grid naming the 商工会 as 推薦団体 with its own "
                        "0154-00-7765 (distractor), ご融資額 2,000,000 and the 貸付番号 0154-5-31207 (not the reference: "
                        "お客さま番号 is); arrears only (lump false)")


# ---------------------------------------------------------------------------------------------
# aq15 JA 返済条件変更承認のお知らせ: HARMLESS (claims nothing); phone photo stored sideways (EXIF 6).


def aq15():
    issued = D(2025, 10, 21)
    p = Page(font="serif", size=10.5, top=16)
    p.at(195, 20, era(issued), size=10, align="r")
    p.at(195, 26, "貸付番号　Y-2210-0873", size=9.5, align="r")
    p.at(20, 30, "沖縄県国頭郡ひかげ原九丁目9番9号", size=10)
    p.at(24, 38, "与那城　ちはる　様", size=13.5)
    p.at(195, 44, "やんばる北部農業協同組合", size=11, font="serif-bold", align="r")
    p.at(195, 49.5, "代表理事組合長　宜名真　朝栄", size=9.5, align="r")
    p.seal(188, 42, 12, "square", "やんばる北部農協之印", angle=-2, seed=34151)
    p.y = 60
    p.title("返済条件変更承認のお知らせ", size=15, font="serif-bold", color=OLIVE)
    p.para("拝啓　平素は格別のお引き立てを賜り、厚く御礼申し上げます。")
    p.para("さて、先般お申し出のありました農業近代化資金の返済条件の変更につきまして、当組合において審査の結果、下記の"
           "とおり承認いたしましたのでお知らせいたします。台風被害からの一日も早いご再建をお祈り申し上げます。")
    p.line("敬具", align="r")
    p.line("記", align="c")
    p.table([["項目", "変更前", "変更後"],
             ["毎月のご返済額", "38,200円", "12,500円（据置期間中は利息のみ）"],
             ["元金据置期間", "なし", "令和7年11月～令和8年10月（12か月）"],
             ["最終返済期日", "令和14年3月20日", "令和15年3月20日"],
             ["適用利率", "年0.90％", "年0.90％（変更なし）"],
             ["ご融資残高（令和7年10月20日現在）", "2,184,000円", "2,184,000円"]],
            [62, 40, 68], x=20, header=True, aligns="lrl", size=9.5, row_h=8, font="serif")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 16, 0.6, OLIVE, (0.95, 0.97, 0.90)))
    p.at(105, y + 6.6, "本書はご請求書ではありません。お手続きは不要です。", size=11, font="serif-bold", align="c",
         color=OLIVE)
    p.at(105, y + 12.4, "変更後の返済予定表は、来月中にお届けします。", size=9.5, align="c")
    p.y = y + 21
    p.para("※変更契約の締結に伴う印紙代 200円は、令和7年10月20日にご指定の貯金口座から引き落としております。", size=9,
           indent="")
    p.para("※据置期間中も、毎月20日に利息をお引き落としいたします。貯金残高をご確認ください。", size=9, indent="")
    p.gap(6)
    for s in ("お問い合わせ先", "やんばる北部農業協同組合　本所　融資課", "〒905-0000 沖縄県国頭郡ひかげ原九丁目10番1号",
              "電話 0980-00-5126（平日8時30分～17時）"):
        p.line(s, x=96, size=9.5, font="serif-bold" if s.startswith("お") else "serif")
    tr = truth(document_type="other", sender="やんばる北部農業協同組合", phone="0980-00-5126", creditor=None,
               status="not_applicable", debtor="与那城ちはる", lump=False, issued=issued, payment_due=None,
               reference="Y-2210-0873", input_kind="photo_exif_rotated",
               template="proxy34_ja_repayment_change_approved_harmless_rotated", received=D(2025, 10, 24))
    return dict(stem="aq15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="bottom", fill=0.85,
                          warm=0.15),
                about="other (JA 返済条件変更承認のお知らせ, harmless)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow at "
                        "the bottom; a HARMLESS JA letter that DEMANDS NOTHING: 農業近代化資金 返済条件変更承認 after a typhoon; "
                        "a 変更前 / 変更後 table (毎月のご返済額 38,200 → 12,500, 据置期間, 最終返済期日 令和14/15年, 年0.90％, "
                        "ご融資残高 2,184,000) and an olive 「本書はご請求書ではありません」 box; 印紙代 200円 already debited "
                        "— every amount, the rate and every date but the letter date null; 貸付番号 top-right = reference; "
                        "0980-00-5126 (4-digit area code)")


# ---------------------------------------------------------------------------------------------
# aq16 scam aimed at a Vietnamese resident: fake "機構" claiming to have taken over a regional lender's debt.


def aq16():
    issued, due = D(2026, 6, 1), D(2026, 6, 4)
    total = 76_400
    p = Page(font="sans", size=10.5, top=14)
    p.add(Box(12, 10, 186, 277, 1.4, RED))
    stamp(p, 18, 15, "重要・最終通告", size=12, h=9, fill=RED)
    stamp(p, 160, 15, "本人限定", size=11, h=9)
    p.at(195, 32, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(195, 37.5, "管理番号　ち２０６", size=9.5, align="r")
    p.at(20, 36, "トラン・ティ・マイ　様", size=14)
    p.y = 46
    p.title("未払債権の移管及び強制執行予告のお知らせ", size=15, color=RED)
    p.para("当機構は、法務省の認可を受け、全国の地方銀行・信用金庫・信用組合等から未払債権の管理を一括して引き継いでいる"
           "債権整理機関です。貴殿が以前ご利用になった金融機関の未払金につき、管理が当機構へ移管されましたのでお知らせします。",
           size=10)
    p.para("本書到着後、下記期限までにお支払い又はご連絡のない場合、給与及び在留関係の書類の差押え、入国管理局への通報を"
           "含む強制執行手続を行います。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 30, 0.8, RED, (1.0, 0.94, 0.94)))
    p.at(36, y + 9, "未払金合計", size=12, font="sans-bold")
    p.at(174, y + 10, f"￥{total:,}", size=20, font="sans-bold", color=RED, align="r")
    p.at(36, y + 21, "お支払期限", size=12, font="sans-bold")
    p.at(174, y + 22, f"{due.month}月{due.day}日（{wd(due)}）15時まで", size=15, font="sans-bold", align="r")
    p.y = y + 35
    p.para("お支払方法　下記口座へお振込みください（担当者個人名義の口座ですが、当機構の正式な収納口座です）。", size=10,
           indent="")
    p.para("　ゆうちょ銀行　〇一八店　普通　3316042　ナカンダカリ　ケンジ", size=10, indent="")
    p.para("※お振込みの際は、お名前の前に管理番号（ち206）をご入力ください。", size=9.5, indent="")
    p.para("※ご家族・勤務先・弁護士・警察等へのご相談は、手続が複雑になるためお控えください。", size=9.5, indent="")
    p.para("※日本語が分からない方は、ベトナム語のできる担当者がお電話でご案内します。", size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 40, 0.4))
    for i, (s, sz, f) in enumerate((("一般社団法人　地域金融債権整理機構", 13, "sans-bold"),
                                    ("法務大臣許可番号　第288号（法務省認可債権整理機関）", 9.5, "sans"),
                                    ("東京都千代田区霞が関（庁舎内・所在地非公開）", 9.5, "sans"),
                                    ("担当直通　080-0000-5219（土日祝も受付 8時～22時）", 11, "sans-bold"),
                                    ("担当　新城", 9.5, "sans"))):
        p.at(25, y + 8 + i * 7.5, s, size=sz, font=f)
    p.seal(175, y + 18, 20, "round", "法務認可|債権/整理", angle=-8, seed=34161)
    qr(p, 155, y + 44, 24, "aq16")
    p.at(150, y + 56, "LINEでも相談受付→", size=8, align="r")
    tr = truth(document_type="other", sender="一般社団法人地域金融債権整理機構", license_number=288,
               phone="080-0000-5219", creditor=None, status="not_licensed", debtor="トラン・ティ・マイ", total=total,
               lump=False, issued=issued, payment_due=due, reference="ち２０６", is_scam=True, input_kind="photo_jpeg",
               template="proxy34_scam_regional_debt_agency_foreign_resident", received=None)
    return dict(stem="aq16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.08, tilt=3.0, creases=2, fill=0.82, shadow=0.25, shadow_side="right",
                          warm=0.3),
                about="other (scam aimed at a foreign resident)",
                unusual="架空請求 photographed steeply on wood with a hand shadow: a red-framed letter from 「一般社団法人　地域金融"
                        "債権整理機構」 claiming to have taken over the debts of 地方銀行・信用金庫・信用組合 in general (no "
                        "creditor named → creditor / original null) with a FAKE 「法務大臣許可番号　第288号（法務省認可"
                        "債権整理機関）」 (→ not_licensed, 288 as printed); aimed at 「トラン・ティ・マイ　様」 with threats of "
                        "seizing 在留 documents and reporting to immigration; a PERSONAL ゆうちょ account; a pink box with "
                        "only ￥76,400 and 「6月4日（木）15時まで」; hiragana 管理番号 ち２０６ (also ち206 in the note); "
                        "霞が関 「所在地非公開」; 080 担当直通; a fake round 法務認可 seal; QR with 「LINEでも相談受付」")


LETTERS = [aq09, aq10, aq11, aq12, aq13, aq14, aq15, aq16]
