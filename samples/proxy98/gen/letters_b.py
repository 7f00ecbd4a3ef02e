"""Proxy set 98, letters dc09–dc16: a 簡裁 呼出状 + 訴状 whose plaintiff card company appears by a 代表者 and a 許可代理人;
an invented servicer's 和解 proposal by fax to a company 御中 and its president; a bank's 縦書き 期限の利益喪失通知 to a
borrower and a guarantor of another surname; an invented servicer's 受託通知 for a guarantee company after 代位弁済 (the bank
only as history); a real servicer's 催告書 whose addressee's long name wraps in the window; a scam that claims to collect
on commission for an unnamed carrier; a harmless 信用金庫 merger notice that names the loan; a bank's arrears 督促状 with a
copy to the guarantor."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    NAVY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page
from samples.letters.proxydraw import kman

fw = fullwidth
TEAL = (0.0, 0.40, 0.42)
SMBC = (0.0, 0.36, 0.22)
BROWN = (0.40, 0.24, 0.10)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jdot(d: D) -> str:
    return f"R{d.year - 2018}.{d.month}.{d.day}"


# ---------------------------------------------------------------------------------------------
# dc09 浜松簡易裁判所 (ハ) 呼出状 + 訴状: plaintiff card company with 代表者 and 許可代理人 (an employee); 2 pages.


def dc09():
    R = 14.6
    issued, filed = D(2026, 7, 9), D(2026, 6, 26)
    hearing, answer = D(2026, 8, 20), D(2026, 8, 13)
    acc, lastp = D(2026, 2, 25), D(2025, 11, 27)
    P, I = 597_300, 12_648
    L = late(P, R, acc + timedelta(1), filed)
    T = P + I + L
    case = "令和8年(ハ)第1187号"
    p = Page(font="serif", size=10.8, top=16)
    p.line(f"事件番号　{fw('令和8年（ハ）第1187号')}", size=10.5)
    p.line("事 件 名　立替金等請求事件", size=10.5)
    p.line("原　　告　株式会社天竜カード", size=10.5)
    p.line("被　　告　社家間　俊", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15.5, font="serif-bold")
    p.line("被告　社家間　俊　殿", size=12.5, x=24)
    p.gap(2)
    p.line(f"{fw(era(issued))}", align="r", size=10.5)
    p.line("浜松簡易裁判所民事係", align="r", size=10.5)
    p.line("裁判所書記官　仏坂　　美穂", x=186, align="r", size=10.5)
    p.seal(199, p.y - 6, 10, "square", "浜松簡易裁判所書記官印", angle=0, seed=98091)
    p.gap(4)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    p.line("記", align="c")
    for lab, val in (("【期　日】", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
                     ("【場　所】", "浜松簡易裁判所　第２民事法廷（２階）"),
                     ("【答弁書提出期限】", f"{fw(era(answer))}（{wd(answer)}）")):
        b = p.line(lab, x=28, size=11, font="serif-bold")
        p.at(76, b, val, size=11)
    p.gap(3)
    for s in ("１　期日に出頭する場合は、この呼出状と認印を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の言い分どおりの判決がされることがあります。",
              "３　分割払い等の話し合い（和解）を希望するときは、答弁書にその旨を記載してください。",
              "４　訴状の内容についての質問は、原告又はその代理人にお尋ねください。"):
        p.para(s, x0=24, x1=190, size=10, indent="")
    p.gap(4)
    p.line("〒430-0000　静岡県浜松市中央区手綱町九丁目9番9号", size=9.5, x=24)
    p.line("浜松簡易裁判所民事係　電話 053-000-2715（直通）　FAX 053-000-2716", size=9.5, x=24)
    p.line("（お問い合わせの際は、事件番号をお知らせください。）", size=9.5, x=24)
    q = Page(font="serif", size=10.2, top=16)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(f"{fw(era(filed))}", align="r")
    q.line("浜松簡易裁判所　御中", x=24)
    q.gap(2)
    q.kv([("原告", "〒460-0000 名古屋市中区錨屋町九丁目9番9号　株式会社天竜カード"),
          ("", "代表者代表取締役　蝶間　孝典"),
          ("", "上記許可代理人（同社従業員）　不来方　理沙　　電話 053-000-7761"),
          ("被告", "〒432-0000 静岡県浜松市中央区釣巻台九丁目9番9号　社家間　俊")], x=20, label_w=16, size=9.6)
    q.gap(2)
    q.line(f"立替金等請求事件　　訴訟物の価額　金{T:,}円　　貼用印紙額　金7,000円　　予納郵券　金6,000円", x=20, size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold", x=20)
    for s in (f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{era(filed + timedelta(1))}から支払済みまで年14.6％の"
              "割合による金員を支払え。", "２　訴訟費用は被告の負担とする。", "との判決並びに仮執行の宣言を求める。"):
        q.para(s, x0=24, x1=190, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold", x=20)
    for s in ("１　原告は、被告との間で、令和4年4月8日、カード会員契約（ショッピング利用枠80万円、分割払手数料年15.0％、"
              "遅延損害金年14.6％）を締結し、被告の利用代金を加盟店に立替払いした。",
              f"２　被告は、{era(lastp)}の支払を最後に分割支払金の支払を怠り、原告の催告にもかかわらず支払わなかったため、"
              f"{era(acc)}の経過により期限の利益を喪失した。",
              "３　よって、原告は被告に対し、下記の金員の支払を求める。"):
        q.para(s, x0=24, x1=190, size=9.8, indent="")
    q.table([["立替金残元金", f"{P:,}円"], ["未払手数料（期限の利益喪失日まで）", f"{I:,}円"],
             [f"確定遅延損害金（{era(acc + timedelta(1))}～{era(filed)}）", f"{L:,}円"], ["合　計", f"{T:,}円"]],
            [118, 44], x=26, aligns="lr", size=10, row_h=7.8)
    q.gap(3)
    q.line("証拠方法　甲第１号証（カード会員規約）、甲第２号証（利用明細書）、甲第３号証（催告書）", x=20, size=9.3)
    q.line("附属書類　訴状副本 1通、甲号証写し 各1通、資格証明書 1通、代理人許可申請書 1通", x=20, size=9.3)
    tr = truth(document_type="lawsuit", sender="浜松簡易裁判所", phone="053-000-2715", creditor="株式会社天竜カード",
               status="not_applicable", debtor="社家間俊", total=T, principal=P, interest=I, late_damages=L, rate=R,
               lump=True, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, hearing=hearing,
               reference=case, input_kind="pdf_text_2page",
               template="proxy98_summary_court_summons_card_company_permitted_agent", received=D(2026, 7, 13))
    return dict(stem="dc09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ), card company plaintiff with 許可代理人, 2 pages)",
                unusual="digital 浜松簡裁 bundle: p.1 口頭弁論期日呼出状及び答弁書催告状 with a 4-line caption (事件番号 / 事件名 / "
                        "原告 / 被告), the clerk's block right-aligned ABOVE the text, 【期　日】 / 【場　所】 / 【答弁書提出"
                        "期限】 bracket labels with full-width era dates and weekdays; p.2 訴状 (6/26 ≠ 呼出状 7/9) whose "
                        "原告 is a card company appearing through 「代表者代表取締役」 and 「上記許可代理人（同社従業員）」 with "
                        "its own 053 phone (distractor); 訴訟物の価額 = total, 貼用印紙額 7,000 and 予納郵券 6,000 (not "
                        "costs); 利用枠80万円 and 年15.0％ as distractors; a 4-row table 立替金残元金 / 未払手数料 / 確定遅延"
                        "損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# dc10 雁ヶ音債権回収 (invented) 和解 proposal by fax to a company 御中 and its president; 2 pages.


def dc10():
    R = 14.0
    issued, reply = D(2026, 6, 18), D(2026, 7, 3)
    acc, lastp, assign = D(2026, 1, 15), D(2025, 10, 31), D(2026, 4, 28)
    P, I = 4_380_000, 52_116
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    down, n, inst = 300_000, 60, 68_000
    plan_total = down + n * inst
    assert plan_total == 4_380_000
    p = Page(font="sans", size=10, top=12)
    p.table([["送信先", "株式会社肩野工務店　御中（FAX 082-000-9134）", "送信日", jdot(issued)],
             ["送信元", "雁ヶ音債権回収株式会社　広島センター", "枚数", "2枚（本紙含む）"]],
            [20, 105, 20, 36], x=15, aligns="llll", size=8.8, row_h=6.5)
    p.gap(4)
    p.line("株式会社肩野工務店　御中", size=13, x=15)
    p.line("代表取締役　肩野　修　様", size=11.5, x=24)
    p.at(196, 38, "お客様番号　KG-0618-2205", size=9.3, align="r")
    p.y = 45
    p.title("ご返済方法（和解）についてのご提案", size=14.5)
    p.para(f"当社は、瀬戸内中央信用金庫から、貴社に対する事業資金貸付債権を{jdot(assign)}付で譲り受け、管理しております。"
           "先日は、貴社代表者様から今後のご返済についてお電話をいただき、ありがとうございました。", size=9.8)
    p.para("お話しいただいた貴社の資金繰りの状況を踏まえ、下記のとおり分割でのご返済（和解）をご提案いたします。"
           "なお、連帯保証人である肩野修様個人に対しては、本書とは別に、保証債務についてのご案内をお送りしております。",
           size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務額（{jdot(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["残元金", "未収利息", "遅延損害金（年14％）", "ご債務額合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [42, 40, 50, 49], x=15, header=True, aligns="rrrr", size=10, row_h=8.5)
    p.line(f"（ご参考）期限の利益喪失日 {jdot(acc)}　金庫への最終ご返済日 {jdot(lastp)}", x=15, size=8.5)
    p.gap(3)
    p.line("２．ご提案内容", size=10.5, font="sans-bold")
    for s in (f"（1）初回金 {down:,}円を R8.7.31 までにお支払い",
              f"（2）R8.8 から R13.7 まで毎月末日限り {inst:,}円 × {n}回（お支払総額 {plan_total:,}円）",
              "（3）上記（1）（2）を遅滞なくお支払いいただいた場合、未収利息及び遅延損害金の全額を免除いたします",
              f"（4）分割金の支払を2回分（{inst * 2:,}円）以上怠った場合は、期限の利益を失い、免除はなかったものとします"):
        p.para(s, x0=22, x1=192, size=9.5, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 14, 1.3))
    p.add(Box(15, y, 40, 14, color=None, fill=SHADE))
    p.at(35, y + 9, "ご回答期限", size=11, font="sans-bold", align="c")
    p.at(60, y + 9.4, f"令和8年7月3日（{wd(reply)}）必着", size=13.5, font="sans-bold")
    p.at(192, y + 9, "2枚目の申込書をFAXで", size=8.5, align="r")
    p.y = y + 18
    p.para("ご回答のない場合は、ご提案を撤回し、貴社及び連帯保証人様に対する法的手続（訴訟等）を検討いたします。", size=9.5)
    p.gap(3)
    for s, sz, f in (("雁ヶ音債権回収株式会社　広島センター", 10.5, "sans-bold"), ("法務大臣許可番号　第263号", 8.8, "sans"),
                     ("〒730-0000 広島市中区鶴ケ谷町九丁目9番9号", 8.5, "sans"),
                     ("TEL 082-000-2630　FAX 082-000-2631", 9.5, "sans"), ("担当　背戸", 9.3, "sans")):
        p.line(s, x=100, size=sz, font=f)
    q = Page(font="sans", size=10, top=18)
    q.line("雁ヶ音債権回収株式会社　広島センター　行（FAX 082-000-2631）", size=10)
    q.title("和解条件承諾書（分割弁済申込書）", size=14)
    q.para(f"当社は、貴社の{jdot(issued)}付ご提案の条件（初回金 {down:,}円、月額 {inst:,}円 × {n}回）を承諾し、分割弁済を"
           "申し込みます。", size=10)
    q.gap(4)
    q.table([["お客様番号", "KG-0618-2205"], ["会社名", ""], ["代表者名", "　　　　　　　　　　　　　　　　　　印"],
             ["連帯保証人", "　　　　　　　　　　　　　　　　　　印"], ["ご連絡先", ""], ["記入日", "令和　　年　　月　　日"]],
            [40, 120], x=25, aligns="ll", size=10, row_h=11)
    q.gap(4)
    q.para("※初回金のお振込先は、承諾書を受領後にご案内いたします。", x0=25, x1=190, size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="雁ヶ音債権回収株式会社", license_number=263,
               phone="082-000-2630", creditor="雁ヶ音債権回収株式会社", status="unverified", original="瀬戸内中央信用金庫",
               debtor="株式会社肩野工務店", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="KG-0618-2205", input_kind="fax_tiff",
               template="proxy98_invented_servicer_settlement_company_fax", received=issued)
    return dict(stem="dc10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 KARIGANE SERVICER 082-000-2631",
                about="settlement_proposal (invented servicer to a company, 60 instalments, 2-page fax)",
                unusual="2-page G4 fax with a ruled 送信先 / 送信元 / 送信日 / 枚数 table (the addressee's own FAX number); "
                        "「株式会社肩野工務店　御中」 over 「代表取締役　肩野　修　様」 (→ debtor = the company; the same man "
                        "as 連帯保証人 is told he gets a separate letter); INVENTED servicer 雁ヶ音債権回収 with 「法務大臣許可番号"
                        "　第263号」 (→ unverified), original = 瀬戸内中央信用金庫 (a 信用金庫 has no 株式会社); EVERY date as "
                        "R8.6.18 style except the heavy-framed ご回答期限 「令和8年7月3日（金）必着」; a header table 残元金 / "
                        "未収利息 / 遅延損害金 / ご債務額合計; the plan (300,000 + 68,000 × 60 = 4,380,000, the 136,000 "
                        "threshold, the waiver) as distractors; p.2 和解条件承諾書")


# ---------------------------------------------------------------------------------------------
# dc11 bank 縦書き 期限の利益喪失通知書 to TWO 被通知人 (borrower and a guarantor of another surname); scanned.


def dc11():
    R = 14.0
    issued, due = D(2026, 8, 17), D(2026, 8, 31)
    warn, acc, lastp = D(2026, 7, 24), D(2026, 8, 7), D(2026, 4, 30)
    P, I = 12_604_330, 31_208
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "被通知人縄稚浩（以下「主債務者」）は、通知人との間の平成三十年十一月九日付金銭消費貸借契約（住宅資金）に基づく"
                 f"毎月の返済を、{kdate(lastp)}の返済を最後に怠っております。"),
        ("body", f"通知人は、{kdate(warn)}付催告書により、延滞元利金を{kdate(acc)}までに支払うよう催告いたしましたが、"
                 "同日までにお支払いがありませんでした。"),
        ("body", f"よって主債務者は、銀行取引約定書第五条第二項に基づき、{kdate(acc)}の経過をもって期限の利益を喪失しましたので、"
                 "本書をもって通知いたします。"),
        ("body", f"つきましては、主債務者及びその連帯保証人である被通知人味噌井正志は、連帯して、左記金員を{kdate(due)}限り、"
                 "一括してお支払いください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kman(P)}"),
        ("indent", f"二　未収利息　　{kman(I)}"),
        ("indent", f"三　遅延損害金　{kman(L)}"),
        ("plain", "　　（令和八年八月八日から本書作成日まで年十四パーセント）"),
        ("indent", f"四　合計　　　　{kman(T)}"),
        ("body", "右期限までにお支払いのないときは、担保不動産の競売その他の法的手続をとらせていただきます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "福岡市中央区檜山田九丁目九番九号"),
        ("low", "通知人　株式会社げんかい銀行"),
        ("low", "福岡営業部　部長　洞ヶ瀬　克己"),
        ("low", "電話　〇九二（〇〇〇）七三一五"),
        ("blank", ""),
        ("low", "福岡県春日市あかほし台九丁目九番九号"),
        ("low", "被通知人（主債務者）　縄稚　浩　殿"),
        ("low", "福岡県大野城市葵田町九丁目九番九号"),
        ("low", "被通知人（連帯保証人）　味噌井　正志　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 98111))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "洞ヶ瀬" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 11, "square", "げんかい銀行福岡営業部長印",
                         angle=-3, seed=98112))
    tr = truth(document_type="acceleration_notice", sender="株式会社げんかい銀行", phone="092-000-7315",
               creditor="株式会社げんかい銀行", status="not_applicable", debtor="縄稚浩", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference=None, input_kind="vertical_scan",
               template="proxy98_vertical_bank_acceleration_two_notified_parties", received=D(2026, 8, 19))
    return dict(stem="dc11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank, 縦書き 内容証明, to borrower and guarantor)",
                unusual="scanned 縦書き 期限の利益喪失通知書 of a bank with the 内容証明 stamp and a square seal; TWO 被通知人 at "
                        "the end, 「被通知人（主債務者）　縄稚　浩　殿」 and 「被通知人（連帯保証人）　味噌井　正志　殿」 with "
                        "another surname and address (→ debtor = the 主債務者); amounts in the 金一二六〇万四三三〇円 style "
                        "(kanji digits with a 万 unit); the 催告書 date 令和八年七月二十四日 vs the 喪失 「八月七日の経過をもって」; "
                        "平成三十年 contract and 第五条第二項 as distractors; 「連帯して…一括して」 with an absolute 限り date; "
                        "phone in kanji digits; no reference number (null)")


# ---------------------------------------------------------------------------------------------
# dc12 落葉松債権回収 (invented) 受託のお知らせ for a guarantee company after 代位弁済; the bank only as history; scan PDF.


def dc12():
    R = 14.6
    issued, entrusted = D(2026, 9, 28), D(2026, 9, 15)
    subro, acc, lastp = D(2026, 6, 10), D(2026, 4, 22), D(2026, 1, 26)
    S = 1_974_200
    L = late(S, R, subro + timedelta(1), entrusted)
    T = S + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "落葉松債権回収株式会社", size=14, font="sans-bold", color=BROWN)
    p.at(15, 24.5, "法務大臣許可番号　第219号", size=8.5, color=BROWN)
    p.at(196, 19, f"{era(issued)}", size=9.5, align="r")
    p.y = 31
    p.line("〒390-0000　長野県松本市鶉田町九丁目9番9号", size=10)
    p.line("腰越　真理子　様", size=13.5, x=22)
    p.gap(5)
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para("拝啓　時下ますますご清祥のこととお喜び申し上げます。", size=10)
    p.para(f"さて、木曽路信用保証株式会社（以下「委託者」）は、お客様の株式会社山並銀行からのお借入れについて、{era(subro)}に"
           "同行へ代位弁済を行い、お客様に対する求償債権を取得しております。", size=10)
    p.para(f"このたび委託者は、{era(entrusted)}付で、当社にこの求償債権の管理及び回収の業務を委託いたしました。債権者は引き続き"
           "委託者であり、債権が当社に譲渡されたものではありません。", size=10)
    p.para("今後のお支払い及びご返済についてのご相談は、当社が窓口となります。お手数ですが、お早めに下記担当までご連絡ください。",
           size=10)
    p.line("敬具", align="r")
    p.gap(1)
    p.line("記", align="c")
    rows = [["委託者（債権者）", "木曽路信用保証株式会社　代表取締役　笊田　一郎"],
            ["受託日", era(entrusted)], ["お客様番号", "KR-2609-1133"],
            ["保証番号（委託者）", "KS-44-0871206"]]
    y = p.y
    for i, (a, b) in enumerate(rows):
        p.add(Box(22, y + i * 7.5, 46, 7.5, 0.25, (0, 0, 0), SHADE))
        p.add(Box(68, y + i * 7.5, 120, 7.5, 0.25))
        p.at(24, y + i * 7.5 + 5.2, a, size=9)
        p.at(70, y + i * 7.5 + 5.2, b, size=9.5)
    p.y = y + 4 * 7.5 + 4
    p.line(f"受託債権の額（{era(entrusted)}現在）", x=22, size=10, font="sans-bold")
    for lab, val, bold in (("求償元金（代位弁済額）", f"{S:,}円", False),
                           (f"損害金（{era(subro + timedelta(1))}から年14.6％）", f"{L:,}円", False),
                           ("受託債権額", f"{T:,}円", True)):
        b = p.line(lab, x=30, size=10.5 if bold else 10, font="sans-bold" if bold else None)
        p.at(150, b, val, size=10.5 if bold else 10, align="r", font="sans-bold" if bold else "sans")
        p.add(Line(30, p.y - 1.3, 150, p.y - 1.3, 0.15, GRAY))
    p.gap(2)
    p.para(f"（ご参考）原契約 株式会社山並銀行 住宅関連ローン（令和2年8月24日付、当初借入額 2,400,000円）、同行への最終ご返済日 "
           f"{era(lastp)}、期限の利益喪失日 {era(acc)}", x0=22, x1=190, size=8.8, indent="")
    p.para("※損害金は、求償元金に対し、代位弁済日の翌日から完済まで年14.6％の割合で日々発生します。", x0=22, x1=190, size=8.8,
           indent="")
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    p.add(Box(96, y, 100, 32, 0.4))
    for i, (s, sz) in enumerate((("落葉松債権回収株式会社　松本支店", 10.5), ("〒390-0000 長野県松本市旗持町九丁目9番9号", 8.3),
                                  ("電話 0263-00-2190（平日 9:00～17:00）", 9.5), ("FAX 0263-00-2191", 8.5),
                                  ("担当　鳩山田", 9.3))):
        p.at(99, y + 6 + i * 5.8, s, size=sz, font="sans-bold" if i == 0 else "sans")
    p.seal(186, y + 14, 12, "square", "落葉松債権回収印", angle=-2, seed=98121)
    tr = truth(document_type="assignment_notice", sender="落葉松債権回収株式会社", license_number=219,
               phone="0263-00-2190", creditor="木曽路信用保証株式会社", status="unverified",
               original="木曽路信用保証株式会社", debtor="腰越真理子", total=T, principal=S, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc, last_payment=lastp,
               assignment=None, reference="KR-2609-1133", input_kind="pdf_scan",
               template="proxy98_invented_servicer_entrusted_by_guarantor", received=D(2026, 10, 1))
    return dict(stem="dc12", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr, skew=1.15,
                about="assignment_notice (invented servicer 受託 for a guarantee company after 代位弁済)",
                unusual="one-page image PDF; INVENTED servicer 落葉松債権回収 with 「法務大臣許可番号　第219号」 under the logo "
                        "(→ unverified); a 受託 notice for a GUARANTEE COMPANY that had paid the bank: creditor = original = "
                        "the 委託者 (「債権者は引き続き委託者であり、債権が当社に譲渡されたものではありません」), the bank "
                        "株式会社山並銀行 only as 原契約 history in a (ご参考) line; the 委託者's 代表取締役 in the same grid cell "
                        "as its name; 受託日 (not an assignment); 求償元金（代位弁済額） / 損害金 / 受託債権額 as lines; the "
                        "委託者's 保証番号 (not the reference); 0263-00 phone; informs only (「お早めに」)")


# ---------------------------------------------------------------------------------------------
# dc13 SMBC債権回収 (real) 催告書; the addressee's long name wraps in the window; photo stored sideways (EXIF 6).


def dc13():
    R = 14.6
    issued, due = D(2026, 10, 5), D(2026, 10, 19)
    acc, lastp, assign = D(2026, 5, 12), D(2026, 2, 27), D(2026, 7, 31)
    P, I = 738_915, 15_402
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 12, 181, 1.6, color=None, fill=SMBC))
    p.at(15, 21, "SMBC債権回収株式会社", size=13, font="sans-bold", color=SMBC)
    p.at(196, 20, f"{wdate(issued)}", size=9.5, align="r")
    y = 27
    p.add(Box(15, y, 84, 44, 0.2, GRAY))
    p.at(19, y + 7, "〒370-0000", size=10)
    p.at(19, y + 12.5, "群馬県高崎市あずさ野町九丁目9番9号", size=10)
    p.at(19, y + 18, "グランメゾンあずさ野ステーションフロント1203", size=10)
    p.at(23, y + 29, "源五郎丸", size=14)
    p.at(47, y + 37, "菜々子　様", size=14)
    p.at(110, y + 6, "お客様番号　SR-7305-2614", size=9.3)
    p.at(110, y + 11.5, "原債権者　株式会社姫沙羅クレジット", size=9.3)
    p.at(110, y + 17, "（代表取締役　杉ノ内　聡）", size=8.3, color=GRAY)
    p.at(110, y + 22.5, f"債権譲受日　{wdate(assign)}", size=9.3)
    p.at(110, y + 28, f"期限の利益喪失日　{wdate(acc)}", size=9.3)
    p.at(110, y + 33.5, f"最終ご入金日　{wdate(lastp)}", size=9.3)
    p.y = y + 52
    p.title("催　告　書", size=17, color=SMBC)
    p.para("当社は、株式会社姫沙羅クレジットから、同社がお客様に対して有する貸付金債権を譲り受けました（譲渡のご通知は同社"
           "及び当社の連名にてお送り済みです）。", size=10)
    p.para("これまで再三にわたりお支払いをお願いしてまいりましたが、現在に至るまでご入金がございません。つきましては、"
           "本書をもって、下記金額を下記期日までに一括してお支払いいただくよう催告いたします。", size=10)
    p.gap(2)
    p.table([["内　訳", "金　額"], ["元本", f"¥{P:,}"], ["利息", f"¥{I:,}"],
             [f"損害金（年14.6％・{wdate(acc + timedelta(1))}～）", f"¥{L:,}"], ["催告金額", f"¥{T:,}"]],
            [120, 50], x=20, header=True, aligns="lr", size=10.5, row_h=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 13, 0.8, SMBC))
    p.at(25, y + 8.8, "お支払期日", size=11, font="sans-bold", color=SMBC)
    p.at(60, y + 9, f"{wdate(due)}（{wd(due)}）", size=14, font="sans-bold")
    p.y = y + 17
    p.para("お支払期日までにお支払いもご連絡もない場合は、法的手続（訴訟の提起・給与等の差押え）の準備に入らせていただき"
           "ます。ご事情によりお支払いが難しい場合は、必ずお支払期日までにお電話ください。", size=9.8)
    p.para("お振込先　鵲（かささぎ）銀行 本店営業部 普通預金 1052614 エスエムビーシーサイケンカイシュウ（カ", size=9.3,
           indent="")
    p.gap(4)
    for s, sz in (("SMBC債権回収株式会社　北関東センター", 10.5), ("法務大臣許可　第10号", 8.8),
                  ("〒370-0000 群馬県高崎市ほのか野通九丁目9番9号", 8.5),
                  ("TEL 027-000-1010　受付時間 平日9:00～17:30", 9.5),
                  ("センター長　亀割　和彦　／　担当　茜谷", 9)):
        p.line(s, x=98, size=sz, font="sans-bold" if "センター" in s and "長" not in s else None)
    p.seal(188, p.y - 16, 12, "square", "SMBC債権回収印", angle=2, seed=98131)
    tr = truth(document_type="collection_notice", sender="SMBC債権回収株式会社", license_number=10,
               phone="027-000-1010", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社姫沙羅クレジット", debtor="源五郎丸菜々子", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SR-7305-2614", input_kind="photo_exif_rotated",
               template="proxy98_servicer_demand_wrapped_addressee_rotated", received=D(2026, 10, 7))
    return dict(stem="dc13", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=2.2, creases=2, shadow=0.2, shadow_side="bottom", fill=0.85,
                          warm=0.25),
                about="collection_notice (real servicer 催告書, addressee name wrapped over two lines)",
                unusual="phone photo on wood stored sideways with EXIF orientation 6; real servicer ★ SMBC債権回収 "
                        "(「法務大臣許可　第10号」, no 番号 word); the addressee window has a long マンション line and the "
                        "name WRAPPED: 「源五郎丸」 on one line and 「菜々子　様」 indented on the next; a right-hand info "
                        "column with the 原債権者 and, under it, its 代表取締役 in grey (distractor), 譲受日 / 喪失日 / 最終ご入金日; "
                        "a header table with ¥ amounts 元本 / 利息 / 損害金 / 催告金額; the boxed お支払期日; the footer "
                        "names a センター長 and a 担当")


# ---------------------------------------------------------------------------------------------
# dc14 scam: a fake servicer that says it collects ON COMMISSION for an unnamed carrier; phone photo.


def dc14():
    issued, due = D(2026, 4, 22), D(2026, 4, 24)
    T = 43_600
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "重要", fill=RED, size=12)
    stamp(p, 40, 12, "本人限定", size=11)
    p.at(196, 18, "通知日　令和8年4月22日", size=10, align="r")
    p.at(196, 24, "管理番号　ほ－２７６", size=10, align="r")
    p.y = 32
    p.line("〒330-0000　埼玉県さいたま市浦和区さやけ町九丁目9番9号", size=10)
    p.line("稲船　美和子　様", size=13.5, x=24)
    p.gap(6)
    p.title("未納料金に関する債権回収受託のご通知（最終）", size=15, color=RED)
    p.para("当機構は、法務大臣の許可を受けた債権回収受託機関として、貴殿がご契約の大手通信事業者（契約者情報保護のため社名は"
           "非開示）から、未納となっている通信料金・コンテンツ利用料の回収業務の委託を受けております。")
    p.para("再三の督促にもかかわらずお支払いが確認できないため、委託元は民事訴訟の手続に入る準備を進めております。本通知到達後、"
           "下記期限までにお支払いがない場合、給与・預貯金・動産の差押えが執行されます。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 32, 0.8, RED))
    for i, (a, b) in enumerate((("未納料金合計", f"{T:,}円（延滞金・回収手数料を含む）"),
                                ("お支払期限", f"4月24日（{wd(due)}）午後3時まで"),
                                ("お支払方法", "コンビニで電子マネーカードを購入し、番号を担当者へ"))):
        p.at(30, y + 9 + i * 9, a, size=11, font="sans-bold")
        p.at(70, y + 9 + i * 9, b, size=11)
    p.y = y + 37
    p.para("※お支払いの前に、必ず下記担当直通までお電話ください。本件は訴訟に関わるため、ご家族・弁護士・消費生活センター"
           "等への口外はお控えください。土日祝日も受付しております。", size=10)
    p.gap(8)
    for s, sz, f in (("株式会社民間債権処理機構", 13, "sans-bold"), ("法務大臣許可番号　第318号　債権回収受託機関", 9.5, "sans"),
                     ("東京都千代田区霞が関1丁目（中央合同庁舎内）", 9.5, "sans"),
                     ("担当直通　090-0000-5183　担当：鼓田", 10.5, "sans-bold")):
        p.line(s, x=80, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社民間債権処理機構", license_number=318, phone="090-0000-5183",
               creditor=None, status="not_licensed", debtor="稲船美和子", total=T, lump=False, issued=issued,
               payment_due=due, reference="ほ-276", is_scam=True, input_kind="photo_jpeg",
               template="proxy98_scam_fake_entrusted_servicer", received=None)
    return dict(stem="dc14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.6, creases=2, shadow=0.25, shadow_side="left", fill=0.84,
                          warm=0.3),
                about="other (架空請求: fake servicer 'collecting on commission')",
                unusual="架空請求 photographed on tatami: a fake 「株式会社民間債権処理機構」 calling itself 「法務大臣の許可を受けた"
                        "債権回収受託機関」 with a FAKE 「法務大臣許可番号　第318号」 (→ not_licensed); it claims to collect ON "
                        "COMMISSION for an UNNAMED 「大手通信事業者」 (creditor / original null); filled 重要 and 本人限定 stamps; "
                        "a red box with 未納料金合計 43,600, a two-day 「4月24日（金）午後3時まで」 (year from the 通知日) and "
                        "electronic-money payment; 「弁護士・消費生活センター等への口外はお控えください」; 霞が関 address "
                        "without a number; 090 担当直通; hiragana 管理番号 ほ－２７６")


# ---------------------------------------------------------------------------------------------
# dc15 harmless: 信用金庫 merger notice naming the loan (the creditor changes by merger, nothing is demanded); digital.


def dc15():
    issued, merge = D(2025, 6, 20), D(2025, 10, 1)
    bal = 3_412_800
    p = Page(font="sans", size=10, top=16)
    p.at(15, 20, "あずさ野信用金庫", size=13, font="sans-bold", color=TEAL)
    p.at(196, 20, f"{wdate(issued)}", size=9.5, align="r")
    p.at(196, 25.5, "お客様番号　0081-552603", size=9.5, align="r")
    p.y = 32
    p.line("〒380-0000　長野県長野市ほのか野町九丁目9番9号", size=10)
    p.line("坊城　貴之　様", size=13.5, x=22)
    p.gap(8)
    p.title("合併に伴うお取引の承継について（ご案内）", size=14.5, color=TEAL)
    p.para("平素は格別のお引き立てを賜り、厚く御礼申し上げます。", size=10)
    p.para(f"さて、かねてお知らせしておりますとおり、あずさ野信用金庫とほのか野信用金庫は、{wdate(merge)}をもって合併し、"
           "「あずさほのか信用金庫」として新たにスタートいたします。合併により、あずさ野信用金庫の一切の権利義務は、あずさほの"
           "か信用金庫が承継いたします。", size=10)
    p.para("お客様とのご融資のお取引も、ご契約内容（金利・ご返済額・ご返済日・担保及び保証）を変更することなく、そのまま新金庫"
           "に引き継がれます。お手続きは一切不要です。これは債権の譲渡やご返済のご請求ではございません。", size=10)
    p.gap(2)
    p.line("■ お客様のお取引（ご参考）", size=10.5, font="sans-bold")
    p.table([["お取引", "マイホームローン（令和元年7月実行）"], ["ご融資残高（令和7年5月末現在）", f"{bal:,}円"],
             ["毎月のご返済額・ご返済日", "42,180円・毎月20日"], ["ご返済口座", "本店営業部 普通預金 0552603"]],
            [70, 100], x=20, aligns="ll", size=9.8, row_h=8, shade_col0=True)
    p.gap(3)
    p.line("■ 合併後に変わること", size=10.5, font="sans-bold")
    for s in ("・通帳・キャッシュカード・証書はそのままお使いいただけます。",
              "・金庫名の変更に伴い、ご返済口座の名義表示が「あずさほのか信用金庫」となります。",
              "・店番号・口座番号に変更はございません。",
              "・当金庫の職員が、合併を理由にご自宅で暗証番号をお尋ねしたり、お振込みをお願いしたりすることはございません。"):
        p.para(s, x0=24, x1=192, size=9.5, indent="")
    p.gap(4)
    for s, sz in (("あずさ野信用金庫", 11), ("理事長　粟津原　清隆", 9.5),
                  ("〒380-0000 長野県長野市さやけ町九丁目9番9号", 8.8),
                  ("合併に関するお問い合わせ　0120-000-588（平日 9:00～17:00）", 9.5)):
        p.line(s, x=96, size=sz, font="sans-bold" if sz == 11 else None)
    tr = truth(document_type="other", sender="あずさ野信用金庫", phone="0120-000-588", creditor=None,
               status="not_applicable", debtor="坊城貴之", lump=False, issued=issued, payment_due=None,
               reference="0081-552603", input_kind="pdf_text",
               template="proxy98_harmless_shinkin_merger_notice", received=None)
    return dict(stem="dc15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (harmless 信用金庫 merger notice naming the loan)",
                unusual="digital 合併に伴うお取引の承継について of a 信用金庫: the loan passes to the merged 「あずさほのか信用金庫」 "
                        "by 「一切の権利義務…承継」 (looks like an assignment, but nothing is assigned or demanded: 「これは債権の"
                        "譲渡やご返済のご請求ではございません」); a shaded-label table with ご融資残高 3,412,800, 毎月のご返済額 "
                        "42,180 and the 20th as the payment day (distractors, every amount null); the merger date 10/1 is "
                        "no date field; お客様番号 top-right; the 理事長 name")


# ---------------------------------------------------------------------------------------------
# dc16 bank 督促状 of two missed instalments, to the borrower with a copy noted to the guarantor; digital.


def dc16():
    R = 14.0
    issued, due = D(2026, 10, 9), D(2026, 10, 23)
    lastp = D(2026, 7, 27)
    rows = [(D(2026, 8, 27), 48_210, 9_355), (D(2026, 9, 28), 48_302, 9_263)]
    calc = []
    for d, pr, it in rows:
        lt = late(pr, R, d + timedelta(1), issued)
        calc.append((d, pr, it, lt, pr + it + lt))
    P = sum(r[1] for r in calc)
    I = sum(r[2] for r in calc)
    L = sum(r[3] for r in calc)
    T = P + I + L
    p = Page(font="serif", size=10.3, top=14)
    p.at(15, 19, "株式会社あめつち銀行", size=13, font="serif-bold", color=NAVY)
    p.at(15, 24, "AMETSUCHI BANK", size=6.5, color=NAVY)
    p.at(196, 18, f"{slashd(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様番号　71-0094-3386", size=9.5, align="r")
    p.y = 31
    p.line("〒650-0000　兵庫県神戸市中央区玉ゆら通九丁目9番9号", size=10)
    p.line("仏坂　達也　様", size=13.5, x=22)
    p.line("（写）連帯保証人　仏坂　多恵　様", size=9.5, x=22, color=GRAY)
    p.gap(5)
    p.title("ご返済のお願い（督促状）", size=15)
    p.para("平素より格別のお引き立てをいただき、厚く御礼申し上げます。", size=10)
    p.para(f"さて、お客様のお借入れ（カーライフローン）につきまして、下記のとおりご返済が遅れております。{slashd(lastp)}の"
           "ご入金を最後に、その後のご入金が確認できておりません。下表のご延滞金額を、お支払期限までにご返済口座へご入金ください"
           "ますようお願い申し上げます。", size=10)
    p.para("なお、本状の写しは、連帯保証人様にもお送りしております。", size=10)
    p.gap(1)
    head = ["ご返済日", "元金", "利息", "遅延損害金", "計"]
    body = [[slashd(d), f"{pr:,}", f"{it:,}", f"{lt:,}", f"{sub:,}"] for d, pr, it, lt, sub in calc]
    body.append(["ご延滞金額合計", f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"])
    p.table([head] + body, [40, 34, 30, 34, 36], x=20, header=True, aligns="lrrrr", size=10, row_h=8)
    p.line("（単位：円　遅延損害金は各回の元金に対し年14.0％、ご返済日の翌日から本状作成日までの日割計算）", x=20, size=8.3)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 13, 0.7))
    p.add(Box(20, y, 38, 13, color=None, fill=SHADE))
    p.at(39, y + 8.5, "お支払期限", size=11, font="serif-bold", align="c")
    p.at(64, y + 9, f"{slashd(due)}（{wd(due)}）", size=13.5, font="serif-bold")
    p.y = y + 17
    p.para("ご返済口座　あめつち銀行 三宮支店 普通預金 3386094　（窓口・ATMでご入金いただけます）", size=9.5, indent="")
    p.para("ご参考　ご融資日 2023/03/10　ご融資金額 3,200,000円　ご融資番号 094-33860", size=9.2, indent="")
    p.para("　　　　毎月のご返済額 57,565円（毎月27日、休日の場合は翌営業日）", size=9.2, indent="")
    p.gap(2)
    p.para("このままご延滞が続きますと、期限の利益を喪失し、残債務全額を一括してご返済いただくこととなるほか、連帯保証人様に"
           "ご返済をお願いすることになります。ご事情のある方は、お早めに担当までご相談ください。", size=9.8)
    p.gap(4)
    for s, sz in (("株式会社あめつち銀行　三宮支店", 10.5), ("支店長　荻生　敦", 9.5),
                  ("〒650-0000 兵庫県神戸市中央区蜜蜂町九丁目9番9号", 8.8),
                  ("電話 078-000-3386（ローン担当　苔口）", 9.5)):
        p.line(s, x=100, size=sz, font="serif-bold" if sz == 10.5 else None)
    p.seal(188, p.y - 12, 12, "square", "あめつち銀行三宮支店長印", angle=-2, seed=98161)
    tr = truth(document_type="collection_notice", sender="株式会社あめつち銀行", phone="078-000-3386",
               creditor="株式会社あめつち銀行", status="not_applicable", debtor="仏坂達也", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, acceleration=None,
               last_payment=lastp, reference="71-0094-3386", input_kind="pdf_text",
               template="proxy98_bank_arrears_copy_to_guarantor", received=D(2026, 10, 13))
    return dict(stem="dc16", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (bank 督促状, two missed instalments, copy to the guarantor)",
                unusual="digital serif 督促状 of a bank branch: the addressee 「仏坂　達也　様」 with a small grey line "
                        "「（写）連帯保証人　仏坂　多恵　様」 under it (→ debtor = the borrower); SLASH dates everywhere "
                        "(2026/10/09); a 5-column instalment table ご返済日 / 元金 / 利息 / 遅延損害金 / 計 with a ご延滞金額合計 "
                        "row and 単位：円 below; arrears only (lump false, no 喪失 date); the last payment in the prose; "
                        "ご融資金額 3,200,000, 毎月のご返済額 57,565 and ご融資番号 as distractors; the 支店長 and the "
                        "ローン担当 names")


def slashd(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


LETTERS = [dc09, dc10, dc11, dc12, dc13, dc14, dc15, dc16]
