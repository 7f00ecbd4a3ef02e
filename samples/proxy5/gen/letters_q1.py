"""Proxy set 5, letters q01–q08: the home is gone (競売 / 任意売却) and the remaining loan is claimed — servicer after
競売 (two loans), servicer after 任意売却 (prose), joint 債権譲渡通知書兼ご請求書, guarantor 代位弁済 (cramped photo),
servicer 分割和解, law firm for a 信用金庫, bank 配当充当 report (2-page scan), guarantor remainder after 配当 (fax)."""

from __future__ import annotations

from datetime import date as D

from common import late, truth

from samples.letters.fmt import fmt_date, fullwidth
from samples.letters.layout import Line, Page

fw = fullwidth


def wk(d: D, style: str = "kanji") -> str:
    return fmt_date(d, style, weekday=True)


# ---------------------------------------------------------------------------------------------
# q01 株式会社住宅債権管理回収機構 (第91号, registry) — lump demand after 競売 for TWO housing loans: rows-per-loan table
#     with a 小計 column and a 合計 row, 残債務合計 line; 売却代金 / 配当額 / 当初借入額 distractors; western dates with
#     weekday; sender block at the BOTTOM with TEL, 担当直通, FAX and フリーダイヤル; 債権管理No.


def q01():
    R = 14.0
    w0, w1 = D(2025, 12, 17), D(2026, 2, 13)
    loans = [("No.1　住宅ローン", 7_386_215, 41_208), ("No.2　住宅ローン（増改築）", 1_912_480, 9_736)]
    rows = []
    for name, pp, ii in loans:
        ll = late(pp, R, w0, w1)
        rows.append((name, pp, ii, ll, pp + ii + ll))
    P = sum(r[1] for r in rows)
    INT = sum(r[2] for r in rows)
    L = sum(r[3] for r in rows)
    T = P + INT + L
    issued, due = D(2026, 2, 18), D(2026, 3, 6)
    p = Page(font="sans", size=10)
    p.y = 16
    p.line(wk(issued, "west"), align="r")
    p.line("債権管理No.　JH-2602-30415", align="r", size=9.5)
    p.y = 20
    p.line("〒320-0000", size=9.5)
    p.line("栃木県宇都宮市つばめ野九丁目9番9号", size=9.5)
    p.line("グランパレス鶴田 502号", size=9.5)
    p.gap(1)
    p.line("桐谷　和彦　様", size=13)
    p.gap(5)
    p.title("競売配当後の残債務一括お支払いのご請求", size=15)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("当社が株式会社みずなら銀行から譲り受けました貴殿に対する住宅ローン債権（下記２口）につきましては、担保不動産"
           "競売事件（宇都宮地方裁判所　令和6年（ケ）第311号）において、" + wk(D(2025, 12, 16), "west") + "の配当期日に"
           "配当金を受領し、各債権に充当いたしました。")
    p.para("しかしながら、配当金充当後もなお下記のとおり残債務がございます。貴殿は既に期限の利益を喪失されておりますので、"
           "下記残債務合計を" + wk(due, "west") + "までに一括してお支払いくださいますようご請求申し上げます。")
    p.line("敬具", align="r")
    p.gap(1)
    p.line("【競売の概要】", font="sans-bold", size=9.5)
    p.kv([("売却代金", "19,850,000円（買受人納付済）"),
          ("当社配当額", "18,962,114円（配当期日 2025年12月16日）"),
          ("ご契約", "No.1 2014年4月25日 当初借入額 28,000,000円 ／ No.2 2019年8月9日 当初借入額 3,500,000円")],
         x=24, label_w=26, size=9)
    p.gap(2)
    p.line("【残債務の明細】（2026年2月13日現在・単位：円）", font="sans-bold", size=9.5)
    tbl = [["ご融資", "元本", "約定利息", "損害金", "小計"]]
    tbl += [[r[0], f"{r[1]:,}", f"{r[2]:,}", f"{r[3]:,}", f"{r[4]:,}"] for r in rows]
    tbl += [["合計", f"{P:,}", f"{INT:,}", f"{L:,}", f"{T:,}"]]
    p.table(tbl, [50, 30, 26, 26, 32], x=22, header=True, size=9.5)
    p.gap(2)
    p.line(f"残債務合計　　金 {T:,} 円", x=188, align="r", size=13, font="sans-bold")
    p.gap(1)
    p.kv([("期限の利益喪失日", "2023年10月5日"),
          ("最終ご返済日", "2023年6月27日"),
          ("債権譲受日", "2024年3月29日"),
          ("損害金", f"2025年12月17日から2026年2月13日まで　元本に対し年{R:.1f}%（年365日の日割計算）"),
          ("ご入金期限", wk(due, "west")),
          ("お振込先", "ひまわり信託銀行　本店営業部　普通預金　3006118　カ）ジュウタクサイケンカンリカイシュウキコウ")],
         x=24, label_w=34, size=9)
    p.gap(1)
    p.para("※2026年2月14日以降も元本に対し上記の割合で損害金が発生いたします。※本書と行き違いにご入金いただいた場合は"
           "ご容赦ください。※一括でのお支払いが困難な場合は、ご入金期限までに必ず担当者へご相談ください。", size=8.5, indent="")
    p.gap(2)
    p.add(Line(20, p.y, 190, p.y, 0.5))
    p.gap(3)
    top = p.y
    p.line("株式会社住宅債権管理回収機構", size=12, font="sans-bold")
    p.line("法務大臣許可番号　第91号", size=9)
    p.line("〒162-0000　東京都新宿区つつみ坂九丁目9番9号", size=8.5)
    p.line("債権管理第二部　　担当：真柴　悠", size=9)
    p.seal(96, top + 8, 15, "square", "住宅債権管理回収機構", angle=-3, seed=5101)
    p.y = top
    x = 122
    p.line("TEL　　　　　03-0000-4127", x=x, size=9)
    p.line("担当直通　　　03-0000-4139", x=x, size=9)
    p.line("FAX　　　　　03-0000-4128", x=x, size=9)
    p.line("フリーダイヤル　0120-000-914", x=x, size=9)
    p.line("（受付　平日9:00～17:00）", x=x, size=8)
    tr = truth(document_type="collection_notice", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-4127", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社みずなら銀行", debtor="桐谷和彦", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2023, 10, 5),
               last_payment=D(2023, 6, 27), assignment=D(2024, 3, 29), reference="JH-2602-30415",
               input_kind="pdf_text", template="proxy5_auction_two_loans_subtotals", received=D(2026, 2, 20))
    return dict(stem="q01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (競売後, two loans)",
                unusual="real servicer 株式会社住宅債権管理回収機構 with 法務大臣許可番号 第91号 ★; TWO housing loans as rows "
                        "with a 小計 column and a 合計 row (truth = 合計 row = 残債務合計 line); labels 元本/約定利息/損害金; "
                        "売却代金 19,850,000 / 当社配当額 18,962,114 / 当初借入額 28,000,000 & 3,500,000 distractors; (ケ) case "
                        "number; western dates with weekday 2026年2月18日(水); sender block at the BOTTOM: TEL (truth) + "
                        "担当直通 + FAX + フリーダイヤル; 債権管理No.")


# ---------------------------------------------------------------------------------------------
# q02 オリックス債権回収 (第11号, registry) — 任意売却後の残債務: PROSE ONLY, every amount inside sentences, the sale
#     price / costs / amount applied as distractors before the claim; JIS date R7.10.24 at the top; 案件番号; phone photo
#     saved as HEIC.


def q02():
    P, INT, R = 4_978_300, 22_914, 14.6
    L = late(P, R, D(2025, 8, 30), D(2025, 10, 20))
    T = P + INT + L
    issued, due = D(2025, 10, 24), D(2025, 11, 14)
    p = Page(font="serif", size=10.5, leading=1.75)
    p.y = 18
    p.line("R7.10.24", align="r")
    p.line("案件番号　OR25-091433", align="r", size=9.5)
    p.gap(1)
    p.line("〒252-0000　神奈川県相模原市南区しらさぎ台九丁目9番9号", size=10)
    p.line("南条　あゆみ　様", size=13)
    p.gap(3)
    x = 116
    p.line("オリックス債権回収株式会社", x=x, size=11.5, font="serif-bold")
    p.line("法務大臣許可番号第11号", x=x, size=9)
    p.line("住宅債権管理部　担当　古賀", x=x, size=9)
    p.seal(183, p.y - 9, 14, "square", "債権回収株式会社印", angle=4, seed=5201)
    p.gap(5)
    p.title("任意売却後の残債務に関するご通知", size=15)
    p.para("拝啓　平素より格別のご高配を賜り、厚く御礼申し上げます。")
    p.para("さて、当社が令和6年11月29日に株式会社すずかけ銀行から譲り受けました貴殿の住宅ローン債権につきましては、貴殿が"
           "令和6年3月27日のご返済を最後にお支払いを停止され、令和6年7月10日をもって期限の利益を喪失されたため、ご自宅の"
           "任意売却によるご返済をお願いしておりました。")
    p.para("令和7年8月29日に売買代金の決済が行われ、売却代金金21,800,000円から仲介手数料・抵当権抹消費用等の諸費用"
           "金1,126,400円を差し引いた金20,673,600円を受領し、貴殿の債務に充当いたしました。ご協力に感謝申し上げます。")
    p.para(f"しかしながら、充当後も債務が残っており、令和7年10月20日現在の残債務は、元本金{P:,}円、利息金{INT:,}円、"
           f"遅延損害金金{L:,}円（令和7年8月30日から令和7年10月20日まで、元本に対し年14.6%の割合で計算）、"
           f"以上合計金{T:,}円となっております。")
    p.para("つきましては、上記合計金額を" + wk(due) + "までに、下記口座へ一括にてお支払いくださいますようお願い申し上げます。"
           "なお、一括でのお支払いが困難な場合には、同日までに必ず当社担当者までご連絡のうえご相談ください。ご連絡のない"
           "場合は、誠に遺憾ながら法的手続（訴訟等）を検討せざるを得ませんので、あらかじめご承知おきください。")
    p.para("お振込先は、みどり野銀行東京営業部、普通預金、口座番号1184206、口座名義「オリックスサイケンカイシュウ（カ」"
           "です。お振込みの際は、ご依頼人名の前に案件番号の下6桁（091433）をご入力ください。")
    p.para("ご不明な点は、住宅債権管理部（TEL 03-0000-6610、受付時間は平日9時から17時30分まで）へお問い合わせください。"
           "FAX（03-0000-6619）でのご連絡も承ります。")
    p.line("敬具", align="r")
    p.gap(2)
    p.para("※本書と行き違いにお支払いいただいた場合は、悪しからずご容赦ください。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-6610", creditor="オリックス債権回収株式会社", status="licensed",
               original="株式会社すずかけ銀行", debtor="南条あゆみ", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2024, 7, 10),
               last_payment=D(2024, 3, 27), assignment=D(2024, 11, 29), reference="OR25-091433",
               input_kind="photo_heic", template="proxy5_voluntary_sale_prose", received=D(2025, 10, 27))
    return dict(stem="q02", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                about="collection_notice (任意売却後)",
                unusual="real servicer オリックス債権回収 with 法務大臣許可番号第11号 (no space) ★; PROSE ONLY — 元本/利息/遅延損害金/"
                        "合計 only inside a sentence, after three distractor amounts in the sale paragraph (売却代金 21,800,000 / "
                        "諸費用 1,126,400 / 充当額 20,673,600); JIS date R7.10.24 at the top, 令和 kanji dates in the text, 決済日 "
                        "distractor; phone and FAX only in prose; account number 1184206 and 下6桁 091433 as distractors; "
                        "一括 with an offer to talk (lump true); phone photo as HEIC")


# ---------------------------------------------------------------------------------------------
# q03 invented servicer くろしお債権回収 (第１２９号 → unverified) + bank: joint 債権譲渡通知書兼ご請求書 over two pages;
#     page 1 prose + both signature blocks stacked, page 2 別紙 as a two-column label/value grid with 当初借入額 /
#     売却代金充当額 distractors; 弁済期限; 債権管理番号.


def q03():
    P, INT, R = 6_107_450, 33_618, 14.5
    L = late(P, R, D(2025, 6, 21), D(2025, 11, 10))
    T = P + INT + L
    issued, due = D(2025, 11, 14), D(2025, 12, 5)
    p = Page(font="serif", size=10.5)
    p.y = 18
    p.line("令和7年11月14日", align="r")
    p.gap(2)
    p.line("〒870-0000　大分県別府市ゆけむり台九丁目9番9号", size=10)
    p.line("大河内　信也　殿", size=13)
    p.gap(6)
    p.title("債権譲渡通知書兼ご請求書", size=16, spaced=False)
    p.gap(2)
    p.para("前略　譲渡人株式会社なるみ台銀行（以下「譲渡人」といいます。）は、貴殿に対して有する別紙記載の債権（元金、利息及び"
           "遅延損害金その他一切の付帯債権を含みます。）を、令和7年10月31日付で、譲受人くろしお債権回収株式会社"
           "（以下「譲受人」といいます。）に譲渡いたしましたので、民法第467条に基づき本書をもってご通知申し上げます。")
    p.para("本件債権につきましては、貴殿は既に期限の利益を喪失されており、担保不動産の任意売却による弁済充当後もなお"
           "別紙のとおり残債務がございます。つきましては、譲受人は貴殿に対し、別紙記載の残債務全額を" + wk(due) +
           "までに一括してお支払いくださるよう請求いたします。")
    p.para("今後のお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。譲渡人へのお支払いはお受けできませんので"
           "ご注意ください。")
    p.line("草々", align="r")
    p.gap(10)
    x = 60
    p.line("（譲渡人）", x=x - 22, size=10)
    p.y -= p.lh(10)
    p.line("〒810-0000　福岡県福岡市中央区なるみ台九丁目9番9号", x=x, size=9.5)
    p.line("株式会社なるみ台銀行", x=x, size=12, font="serif-bold")
    p.line("代表取締役　　東郷　修一", x=x, size=10.5)
    p.seal(170, p.y - 9, 17, "round", "なるみ台銀行|代表/取締役", angle=8, seed=5301)
    p.gap(8)
    p.line("（譲受人）", x=x - 22, size=10)
    p.y -= p.lh(10)
    p.line("〒812-0000　福岡県福岡市博多区しおさき町九丁目9番9号", x=x, size=9.5)
    p.line("くろしお債権回収株式会社", x=x, size=12, font="serif-bold")
    p.line("代表取締役　　名越　康平", x=x, size=10.5)
    p.line("法務大臣許可番号　第" + fw("129") + "号", x=x, size=9.5)
    p.seal(170, p.y - 11, 17, "round", "くろしお債権回収|代表/取締役", angle=-5, seed=5302)
    p.y = 278
    p.line("（別紙あり）　1／2", align="c", size=9)
    q = Page(font="serif", size=10.5)
    q.y = 18
    q.line("別　紙", align="c", size=13, font="serif-bold")
    q.line("譲渡債権及びご請求の表示", align="c", size=11)
    q.gap(4)
    rows = [["債務者", "大河内　信也"],
            ["原契約", "金銭消費貸借契約（住宅ローン）"],
            ["契約日", "平成27年6月30日"],
            ["当初借入額", "金32,800,000円"],
            ["期限の利益喪失日", "令和7年2月4日"],
            ["最終返済日", "令和6年11月27日"],
            ["任意売却による充当", "令和7年6月20日　金24,150,000円"],
            ["債権譲渡日", "令和7年10月31日"],
            ["基準日", "令和7年11月10日"],
            ["元金", f"金{P:,}円"],
            ["利息", f"金{INT:,}円"],
            ["遅延損害金", f"金{L:,}円（令和7年6月21日～令和7年11月10日）"],
            ["合計（ご請求額）", f"金{T:,}円"],
            ["遅延損害金の利率", f"年{R}%（年365日の日割計算）"],
            ["弁済期限", wk(due)]]
    q.table(rows, [50, 112], x=24, aligns="ll", shade_col0=True, size=10, row_h=8.2)
    q.gap(5)
    q.para("※基準日の翌日以降も、元金に対し上記利率による遅延損害金が発生いたします。", size=9.5, indent="")
    q.para("※一括でのお支払いが困難な場合は、弁済期限までに下記担当までご相談ください。", size=9.5, indent="")
    q.gap(4)
    q.line("【お振込先】　くろしお銀行　博多駅前支店　普通　7730146　クロシオサイケンカイシュウ（カ", size=10)
    q.gap(4)
    q.box(22, q.y, 166, 36, width=0.4)
    q.y += 4
    q.line("【お問い合わせ先】　くろしお債権回収株式会社　債権管理部　担当　若狭", x=26, size=10)
    q.line("TEL　092-000-3380　（平日 9:00～18:00）　　FAX　092-000-3381", x=26, size=10)
    q.line("債権管理番号　KS-251114-0627", x=26, size=10, font="serif-bold")
    q.line("お問い合わせの際は債権管理番号をお知らせください。", x=26, size=9)
    q.y = 278
    q.line("2／2", align="c", size=9)
    tr = truth(document_type="assignment_notice", sender="くろしお債権回収株式会社", license_number=129,
               phone="092-000-3380", creditor="くろしお債権回収株式会社", status="unverified",
               original="株式会社なるみ台銀行", debtor="大河内信也", total=T, principal=P, interest=INT, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2025, 2, 4),
               last_payment=D(2024, 11, 27), assignment=D(2025, 10, 31), reference="KS-251114-0627",
               input_kind="pdf_text_2page", template="proxy5_joint_assignment_and_demand_2p", received=D(2025, 11, 17))
    return dict(stem="q03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, with demand)",
                unusual="joint 債権譲渡通知書兼ご請求書 (bank → invented servicer printing 法務大臣許可番号 第１２９号 full-width → "
                        "unverified); the 譲受人 demands the whole balance by a 弁済期限 (lump true); page 1 prose + 譲渡人 / "
                        "譲受人 blocks STACKED with round seals, no amounts; page 2 別紙 as a shaded two-column label/value "
                        "grid: 当初借入額 32,800,000 and 任意売却 充当 24,150,000 as distractors, 合計（ご請求額）; 殿; "
                        "債権管理番号 in a contact box")


# ---------------------------------------------------------------------------------------------
# q04 housing-loan guarantee company 代位弁済 + 求償金 claim, a CRAMPED TILTED phone photo: full-width 令和 dates with
#     weekday; 代位弁済金額 with its 内訳 (not the claim); 保証番号 distractor; 求償管理番号; ナビダイヤル + TEL + FAX.


def q04():
    P, INT, R = 24_311_560, 118_433, 14.0
    L = late(P, R, D(2025, 10, 31), D(2025, 12, 3))
    T = P + INT + L
    issued, due = D(2025, 12, 5), D(2025, 12, 22)
    p = Page(font="sans", size=10)
    p.y = 17
    p.line(wk(issued, "fw"), align="r")
    p.gap(1)
    p.line("〒064-0000　北海道札幌市中央区かえで通九丁目9番9号", size=9.5)
    p.line("日野原　隆史　様", size=13)
    p.line("求償管理番号　YN-R7-10087", size=9.5)
    p.gap(2)
    x = 112
    p.line("株式会社やまなみ住宅ローン保証", x=x, size=11.5, font="sans-bold")
    p.line("〒060-0000　札幌市北区ななかまど町九丁目9番9号", x=x, size=8)
    p.line("債権管理部　管理課　担当　八木橋", x=x, size=8.5)
    p.line("TEL 011-000-5523　FAX 011-000-5524", x=x, size=8.5)
    p.line("お客様相談室 0570-000-316（ナビダイヤル）", x=x, size=8.5)
    p.seal(184, p.y - 15, 14, "square", "やまなみ住宅ローン保証印", angle=-2, seed=5401)
    p.gap(3)
    p.title("代位弁済のご通知並びに求償金のご請求", size=14.5)
    p.para("貴殿が株式会社かわせみ銀行との間で締結された住宅ローン契約につきましては、当社が貴殿のご依頼（保証委託契約）に"
           "基づき連帯保証しておりました。貴殿は令和７年５月２７日のご返済を最後にお支払いを怠られ、令和７年８月２６日"
           "をもって同行に対する期限の利益を喪失されました。")
    p.para("そのため、当社は保証契約に基づき、令和７年１０月３０日、同行に対し下記のとおり代位弁済いたしました。これにより"
           "当社は貴殿に対し求償債権を取得いたしましたので、下記の求償債権合計額につきまして、" + wk(due, "fw") + "までに"
           "一括してお支払いください。")
    p.para("期限までにお支払いがない場合は、当社の抵当権に基づき担保不動産競売の申立てを行います。任意売却をご希望の場合は"
           "至急ご連絡ください。")
    p.gap(1)
    p.line("■代位弁済の内容", font="sans-bold", size=9.5)
    p.table([["代位弁済日", "令和７年１０月３０日（木）"],
             ["代位弁済金額", f"{P + INT:,}円（元金 {P:,}円・利息 {INT:,}円）"],
             ["保証番号", "H30-0428-5517（平成30年4月27日ご契約分）"]], [38, 128], x=22, aligns="ll", shade_col0=True,
            size=9.5)
    p.gap(2)
    p.line("■ご請求明細（令和７年１２月３日現在）", font="sans-bold", size=9.5)
    p.table([["求償元本", f"{P:,}円", "代位弁済元金"],
             ["立替利息", f"{INT:,}円", "代位弁済時の未収利息"],
             ["遅延損害金", f"{L:,}円", f"R7.10.31～R7.12.3　年{R:.1f}%"],
             ["求償債権合計", f"{T:,}円", ""]], [38, 44, 84], x=22, aligns="lrl", shade_col0=True, size=9.5)
    p.gap(2)
    p.kv([("お支払い期日", wk(due, "fw")),
          ("お振込先", "かわせみ銀行　札幌中央支店　普通　0055917　カ）ヤマナミジュウタクローンホショウ"),
          ("最終ご返済日", "令和７年５月２７日（銀行へのご返済）"),
          ("期限の利益喪失日", "令和７年８月２６日")], x=24, label_w=34, size=9.5)
    p.gap(1)
    p.para("※代位弁済日の翌日から完済の日まで、求償元本に対し年14.0%（年365日の日割計算）の遅延損害金が発生します。"
           "※本書と行き違いでお支払い済みの場合はご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="acceleration_notice", sender="株式会社やまなみ住宅ローン保証", phone="011-000-5523",
               creditor="株式会社やまなみ住宅ローン保証", status="not_applicable", original="株式会社かわせみ銀行",
               debtor="日野原隆史", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2025, 8, 26), last_payment=D(2025, 5, 27), reference="YN-R7-10087",
               input_kind="photo_jpeg", template="proxy5_guarantor_subrogation_cramped", received=D(2025, 12, 8))
    return dict(stem="q04", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr, cramped=True,
                about="acceleration_notice (住宅ローン保証 代位弁済)",
                unusual="housing-loan guarantor 代位弁済のご通知並びに求償金のご請求 as a CRAMPED phone photo (sheet fills the frame, "
                        "turned ~6–7°, corners cut off, glare); 代位弁済金額 = 求償元本 + 立替利息 with its own 内訳 (not the "
                        "claim); claim 求償元本/立替利息 (= interest)/遅延損害金/求償債権合計; 保証番号 with a 平成30年 date as "
                        "distractor; full-width 令和 dates with weekday; TEL + FAX + 0570 ナビダイヤル; 求償管理番号 under the name")


# ---------------------------------------------------------------------------------------------
# q05 パルティール債権回収 (第113号, registry) 分割和解 proposal after 競売: framed label/value box (残元本/未収利息/
#     損害金/現在債務額合計), proposal box with 和解金額 / 月額 / 回数; 回答期限 with weekday; ご相談番号; HEIC photo.


def q05():
    P, INT, R = 3_264_800, 15_870, 14.5
    L = late(P, R, D(2025, 9, 25), D(2026, 2, 27))
    T = P + INT + L
    settle = P + INT
    monthly = 35_000
    n = -(-settle // monthly)
    last = settle - monthly * (n - 1)
    issued, reply = D(2026, 3, 4), D(2026, 3, 25)
    p = Page(font="sans", size=10)
    p.y = 16
    p.line("パルティール債権回収株式会社", x=20, size=12.5, font="sans-bold")
    p.line("法務大臣許可番号 第113号", x=20, size=8.5)
    p.line("〒141-0000 東京都品川区むらさき坂九丁目9番9号", x=20, size=8.5)
    p.line("お問合せ先 TEL 03-0000-2285 ／ FAX 03-0000-2286", x=20, size=8.5)
    p.seal(108, 24, 13, "square", "パルティール印", angle=3, seed=5501)
    p.y = 16
    p.line("令和8年3月4日", align="r")
    p.line("ご相談番号　P-260304-118", align="r", size=9.5)
    p.y = 44
    p.add(Line(20, 41, 190, 41, 0.6))
    p.line("〒950-0000　新潟県新潟市中央区ほたる町九丁目9番9号", size=9.5)
    p.line("柚木　真澄　様", size=13)
    p.gap(4)
    p.title("分割によるお支払いのご提案", size=15)
    p.para("平素は格別のご高配を賜り、ありがとうございます。当社が株式会社ひより銀行から譲り受けました貴殿の住宅ローン残債務"
           "につきましては、担保不動産の競売による配当（令和7年9月24日）を充当した後も、下記のとおりお支払いが残っております。")
    p.para("当社では、お客様の現在のご生活状況を踏まえ、下記の条件による分割でのお支払い（和解）をご提案いたします。ご承諾"
           "いただける場合は、同封の和解承諾書にご署名・ご捺印のうえ、回答期限までにご返送ください。")
    p.gap(2)
    top = p.y
    p.box(20, top, 82, 62, width=0.4)
    p.box(108, top, 82, 62, width=0.4)
    p.y = top + 3
    p.line("現在のご債務（令和8年2月27日現在）", x=24, font="sans-bold", size=9.5)
    p.gap(1)
    for lab, val in [("残元本", f"{P:,}円"), ("未収利息", f"{INT:,}円"), ("損害金", f"{L:,}円"),
                     ("現在債務額合計", f"{T:,}円")]:
        p.line(lab, x=25, size=9.5, advance=0)
        p.line(val, x=98, size=9.5, align="r", advance=1.15)
    p.gap(1)
    p.line(f"損害金利率　年{R}%", x=25, size=8.5)
    p.line("期限の利益喪失日　令和5年11月2日", x=25, size=8.5)
    p.line("最終ご入金日　令和5年7月31日", x=25, size=8.5)
    p.line("債権譲受日　令和6年5月17日", x=25, size=8.5)
    p.y = top + 3
    p.line("ご提案の内容", x=112, font="sans-bold", size=9.5)
    p.gap(1)
    for lab, val in [("和解金額", f"{settle:,}円"), ("お支払回数", f"{n}回"), ("月々のお支払額", f"{monthly:,}円"),
                     ("最終回", f"{last:,}円"), ("初回お支払日", "令和8年4月27日")]:
        p.line(lab, x=113, size=9.5, advance=0)
        p.line(val, x=186, size=9.5, align="r", advance=1.15)
    p.gap(1)
    p.para("和解金額を約定どおりお支払いいただいた場合、損害金" + f"{L:,}円" + "は免除いたします。", x0=113, x1=186,
           size=8.5, indent="")
    p.y = top + 66
    p.box(48, p.y, 114, 11, width=0.9)
    p.y += 2.2
    p.line("回答期限　" + wk(reply), align="c", size=12, font="sans-bold")
    p.y += 4
    p.para("※回答期限までにご返送又はご連絡をいただけない場合は、本ご提案はなかったものとし、現在債務額合計の一括でのお支払い"
           "をお願いすることになります。※2回以上お支払いが遅れ、その額が70,000円以上となった場合は、和解は効力を失います。"
           "※ご不明な点はお問合せ先（平日9:30～18:00）までお電話ください。担当　石動", size=8.5, indent="")
    tr = truth(document_type="settlement_proposal", sender="パルティール債権回収株式会社", license_number=113,
               phone="03-0000-2285", creditor="パルティール債権回収株式会社", status="licensed",
               original="株式会社ひより銀行", debtor="柚木真澄", total=T, principal=P, interest=INT, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=D(2023, 11, 2), last_payment=D(2023, 7, 31),
               assignment=D(2024, 5, 17), reference="P-260304-118", input_kind="photo_heic",
               template="proxy5_servicer_settlement_boxes", received=D(2026, 3, 6))
    return dict(stem="q05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr, about="settlement_proposal (競売後)",
                unusual="real servicer パルティール債権回収 (法務大臣許可番号 第113号) ★ as a letterhead top-LEFT with its seal, "
                        "date + ご相談番号 top-right; two framed boxes: 現在のご債務 (残元本/未収利息/損害金/現在債務額合計 + 4 dates) "
                        f"／ ご提案の内容 (和解金額 {settle:,} = 元本+利息, {n}回 × 35,000, 最終回, 初回 date); 回答期限 in a "
                        "thick box = payment_due; 70,000円 default threshold distractor; phone photo as HEIC")


# ---------------------------------------------------------------------------------------------
# q06 弁護士法人 for a 信用金庫 (client = creditor) after 任意売却, scanned to an image-only PDF: firm block TOP RIGHT,
#     殿; relative deadline only (本書到達の日から14日以内 → payment_due null); rows-only table; 弊所ファイル番号.


def q06():
    P, INT, R = 5_412_900, 27_455, 14.6
    L = late(P, R, D(2025, 9, 27), D(2026, 1, 20))
    T = P + INT + L
    issued = D(2026, 1, 23)
    p = Page(font="serif", size=10.5)
    p.y = 16
    p.line("令和8年1月23日", align="r")
    p.gap(2)
    p.line("〒238-0000　神奈川県横須賀市うぐいす台九丁目9番9号", size=10)
    p.line("海老沢　健吾　殿", size=13)
    p.gap(3)
    x = 108
    p.line("〒231-0000　横浜市中区かもめ通九丁目9番9号", x=x, size=8.5)
    p.line("　　　　　　　ひいらぎビル5階", x=x, size=8.5)
    p.line("弁護士法人ひいらぎ総合法律事務所", x=x, size=11, font="serif-bold")
    p.line("通知人代理人　弁護士　楢崎　隆之", x=x, size=9.5)
    p.line("同　　　　　　弁護士　天羽　さやか", x=x, size=9.5)
    p.line("TEL 045-000-7730　FAX 045-000-7731", x=x, size=9)
    p.seal(185, p.y - 16, 14, "square", "ひいらぎ法律事務所印", angle=2, seed=5601)
    p.gap(4)
    p.title("御　通　知", size=16)
    p.para("冠省　当職らは、はしばみ信用金庫（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、以下の"
           "とおり通知いたします。")
    p.para("貴殿は、平成29年3月15日付金銭消費貸借契約により、通知人から住宅資金として金26,500,000円を借り受けられましたが、"
           "令和6年9月10日の返済を最後に返済を怠られ、令和6年12月10日の経過により期限の利益を喪失されました。")
    p.para("その後、担保不動産の任意売却により、令和7年9月26日、通知人は売却代金から金19,300,000円の弁済を受けましたが、"
           "令和8年1月20日現在、下記の残債務がございます。")
    p.para("つきましては、本書到達の日から14日以内に、下記残債務合計額を下記口座へ一括してお支払いください。期間内にお支払い"
           "又はご連絡がない場合は、通知人の指示により、訴訟提起その他の法的手続に移行いたしますので、予めご承知おきください。"
           "なお、本件に関するご連絡は、通知人ではなく当職ら宛てにお願いいたします。")
    p.line("草々", align="r")
    p.line("記", align="c")
    p.table([["元本残額", f"金{P:,}円"],
             ["未払利息", f"金{INT:,}円"],
             ["遅延損害金（令和7年9月27日から令和8年1月20日まで・年14.6％）", f"金{L:,}円"],
             ["合計額", f"金{T:,}円"]], [120, 40], x=25, ruled="rows", size=10)
    p.gap(3)
    p.kv([("お振込先", "あおなみ銀行　関内支店　普通預金　2290418"),
          ("口座名義", "弁護士法人ひいらぎ総合法律事務所　預り金口"),
          ("弊所ファイル番号", "HR-2601-118（お振込みの際はご依頼人名の前にご記入ください）")], x=25, label_w=36, size=10)
    p.gap(2)
    p.line("以上", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人ひいらぎ総合法律事務所", phone="045-000-7730",
               creditor="はしばみ信用金庫", status="not_applicable", debtor="海老沢健吾", total=T, principal=P,
               interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=None,
               acceleration=D(2024, 12, 10), last_payment=D(2024, 9, 10), reference="HR-2601-118",
               input_kind="pdf_scan", template="proxy5_law_firm_relative_deadline_scan", received=D(2026, 1, 26))
    return dict(stem="q06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (弁護士法人, 任意売却後)",
                unusual="弁護士法人 御通知 for a 信用金庫 client (creditor = client, not_applicable) after 任意売却, as a ONE-page "
                        "image-only PDF scan; firm block TOP RIGHT above the body with two lawyers, TEL + FAX; ONLY a relative "
                        "deadline 「本書到達の日から14日以内」 (no date → payment_due null); rows-only 記 table with the accrual "
                        "window inside the late-damages label; 借入額 26,500,000 (in prose) and 弁済 19,300,000 distractors; "
                        "「…の経過により」 acceleration; 弊所ファイル番号; 殿")


# ---------------------------------------------------------------------------------------------
# q07 bank 配当金充当のご報告及び残債務のご請求, scanned 2 pages: page 1 letterhead top-left + 千円 配当 summary (all
#     distractors); page 2 a three-amount-column 充当明細 (配当前/充当額/充当後) then the real ご請求額 table; 顧客番号.


def q07():
    R = 14.0
    Bp, Bi, Bc = 16_840_000, 62_155, 512_300
    Bl = late(Bp, R, D(2024, 2, 16), D(2025, 9, 24))
    div = 14_732_380
    to_p = div - (Bc + Bl + Bi)
    P = Bp - to_p
    L = late(P, R, D(2025, 9, 25), D(2025, 10, 6))
    T = P + L
    issued, due = D(2025, 10, 9), D(2025, 10, 31)
    p = Page(font="sans", size=10)
    p.y = 16
    p.line("株式会社いぶき野銀行", size=13, font="sans-bold")
    p.line("ローン管理センター　（管理第一グループ）", size=9)
    p.line("〒370-0000　群馬県高崎市からまつ町九丁目9番9号", size=8.5)
    p.line("TEL 027-000-6402　FAX 027-000-6409", size=8.5)
    p.seal(98, 25, 14, "square", "いぶき野銀行之印", angle=-3, seed=5701)
    p.y = 16
    p.line(wk(issued), align="r")
    p.line("顧客番号　0318-447201", align="r", size=9.5)
    p.y = 44
    p.line("〒371-0000　群馬県前橋市ひばり丘九丁目9番9号", size=9.5)
    p.line("宇佐美　里香　様", size=13)
    p.gap(4)
    p.title("配当金充当のご報告及び残債務のご請求について", size=14)
    p.para("平素は当行をお引き立ていただき、誠にありがとうございます。")
    p.para("貴殿の住宅ローン（令和6年2月15日期限の利益喪失）につきましては、当行の申立てによる担保不動産競売事件（前橋地方"
           "裁判所高崎支部　令和6年（ケ）第87号）において、令和7年9月24日の配当期日に当行が配当金を受領いたしましたので、"
           "その概要をご報告いたします。")
    p.line("配当の概要（単位：千円、千円未満切捨て）", size=9.5, font="sans-bold")
    p.table([["売却代金", "手続費用等（裁判所）", "先順位配当", "当行受領額"],
             ["15,400", "260", "408", f"{div // 1000:,}"]], [40, 44, 36, 40], x=25, header=True, size=9.5, aligns="rrrr")
    p.gap(3)
    p.para("受領した配当金は、当行の債権に別紙のとおり充当いたしましたが、なお残債務がございます。つきましては、別紙記載の"
           "ご請求額を" + wk(due) + "までに一括してお支払いくださいますようお願い申し上げます。")
    p.para("期限までにお支払い又はご相談がない場合は、給与等の差押えを含む法的手続を検討いたします。なお、ご返済方法の"
           "ご相談は、ローン管理センター（上記TEL、平日9:00～17:00）で承ります。")
    p.gap(2)
    p.kv([("最終ご返済日", "令和5年11月1日"),
          ("期限の利益喪失日", "令和6年2月15日"),
          ("お支払期限", wk(due)),
          ("お振込先", "いぶき野銀行　本店営業部　普通　0905512　カ）イブキノギンコウ　ローンカンリ")], x=25, label_w=34,
         size=9.5)
    p.y = 280
    p.line("（1／2）", align="c", size=8.5)
    q = Page(font="sans", size=10)
    q.y = 18
    q.line("別紙", size=11, font="sans-bold")
    q.line("顧客番号　0318-447201　　宇佐美　里香　様", align="r", size=9)
    q.gap(3)
    q.line("１．配当金の充当明細（単位：円）", font="sans-bold")
    q.table([["項目", "配当前残高", "配当充当額", "充当後残高"],
             ["元金", f"{Bp:,}", f"{to_p:,}", f"{P:,}"],
             ["利息", f"{Bi:,}", f"{Bi:,}", "0"],
             ["遅延損害金（配当期日まで）", f"{Bl:,}", f"{Bl:,}", "0"],
             ["執行費用", f"{Bc:,}", f"{Bc:,}", "0"],
             ["計", f"{Bp + Bi + Bl + Bc:,}", f"{div:,}", f"{P:,}"]], [58, 36, 36, 36], x=22, header=True, size=9.5)
    q.line("※充当順序：執行費用→遅延損害金→利息→元金", x=22, size=8.5)
    q.gap(5)
    q.line("２．ご請求額（令和7年10月6日現在）", font="sans-bold")
    q.table([["残元金", f"{P:,}円"],
             ["遅延損害金（令和7年9月25日～令和7年10月6日　年14％）", f"{L:,}円"],
             ["ご請求額　合計", f"{T:,}円"]], [118, 48], x=22, shade_col0=True, size=10)
    q.gap(3)
    q.para("※令和7年10月7日以降も、残元金に対し年14％（年365日の日割計算）の割合による遅延損害金が発生いたします。", size=9,
           indent="")
    q.para("※配当前残高及び配当充当額はご参考として記載しております。", size=9, indent="")
    q.y = 280
    q.line("（2／2）", align="c", size=8.5)
    tr = truth(document_type="collection_notice", sender="株式会社いぶき野銀行", phone="027-000-6402",
               creditor="株式会社いぶき野銀行", status="not_applicable", debtor="宇佐美里香", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=D(2024, 2, 15),
               last_payment=D(2023, 11, 1), reference="0318-447201", input_kind="pdf_scan",
               template="proxy5_bank_dividend_report_scan_2p", received=D(2025, 10, 11))
    return dict(stem="q07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (bank, 配当後 残債務)",
                unusual="bank's own 配当金充当のご報告及び残債務のご請求 as a TWO-page image-only PDF scan; page 1 letterhead "
                        "top-LEFT with seal, a 千円 配当の概要 table (15,400 / 260 / 408 / 14,732 — all distractors); page 2 "
                        "充当明細 with THREE amount columns 配当前残高 / 配当充当額 / 充当後残高 (rows 利息, 遅延損害金, 執行費用 "
                        "end at 0) then the real ご請求額 table 残元金 + 遅延損害金 (12 days) = 合計; interest/costs null; "
                        "顧客番号 on both pages")


# ---------------------------------------------------------------------------------------------
# q08 guarantee company 求償金残額 after 競売 配当, as a one-page G4 fax: JIS dates R8.2.2; ¥…- amounts (half-width
#     ¥) in a grid with 督促手数料 as costs; 代位弁済額 / 配当額 distractors; fax header with the FAX number.


def q08():
    P, R, C = 4_380_775, 14.6, 1_100
    L = late(P, R, D(2025, 12, 12), D(2026, 1, 30))
    T = P + L + C
    issued, due = D(2026, 2, 2), D(2026, 2, 20)
    y = lambda n: f"¥{n:,}-"  # noqa: E731
    p = Page(font="sans", size=10.5)
    p.y = 20
    p.line("R8.2.2", align="r")
    p.line("お客様No.　3N-50823", align="r", size=10)
    p.gap(1)
    p.line("篠宮　孝之　様", size=13)
    p.line("（〒812-0000　福岡県福岡市東区こがね台九丁目9番9号）", size=9)
    p.gap(3)
    x = 112
    p.line("みつば信用保証株式会社", x=x, size=12, font="sans-bold")
    p.line("求償債権管理部　担当：門倉", x=x, size=9.5)
    p.line("TEL 092-000-7780", x=x, size=9.5)
    p.line("FAX 092-000-7781", x=x, size=9.5)
    p.seal(186, p.y - 10, 13, "square", "みつば信用保証", angle=0, seed=5801)
    p.gap(4)
    p.title("求償金残額のご請求（競売配当後）", size=15)
    p.para("貴殿の株式会社しらうめ銀行住宅ローン（R5.6.27 期限の利益喪失）につき、当社はR5.8.31に同行へ代位弁済（代位弁済額"
           + y(22_480_116) + "）を行い、以後求償金としてご請求してまいりました。")
    p.para("このたび担保不動産競売の配当（R7.12.11 配当額" + y(17_905_000) + "）を受領し充当いたしましたが、下記の求償金残額が"
           "ございますので、R8.2.20（金）までに一括でお支払いください。")
    p.gap(2)
    p.table([["ご請求内訳（R8.1.30現在）", "金額"],
             ["求償元金残高", y(P)],
             [f"遅延損害金（R7.12.12～R8.1.30 年{R}%）", y(L)],
             ["督促手数料", y(C)],
             ["ご請求額合計", y(T)]], [112, 50], x=24, header=True, size=10.5, row_h=9)
    p.gap(4)
    p.kv([("お支払期限", "R8.2.20（金）"),
          ("最終入金日", "R7.3.25（当社へのご入金）"),
          ("お振込先", "しらうめ銀行　博多支店　普通　0112740　ミツバシンヨウホシヨウ（カ")], x=24, label_w=30, size=10)
    p.gap(3)
    p.para("※お支払いが困難な場合は、お支払期限までに担当者へご連絡ください。ご連絡なき場合は、給与差押え等の強制執行手続を"
           "検討いたします。※本書は送信専用のFAXにてお送りしております。ご連絡はTELにてお願いいたします。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="みつば信用保証株式会社", phone="092-000-7780",
               creditor="みつば信用保証株式会社", status="not_applicable", original="株式会社しらうめ銀行",
               debtor="篠宮孝之", total=T, principal=P, late_damages=L, costs=C, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2023, 6, 27), last_payment=D(2025, 3, 25), reference="3N-50823",
               input_kind="fax_tiff", template="proxy5_guarantor_remainder_fax", received=issued)
    return dict(stem="q08", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header="2026/02/02 10:15  FROM: MITSUBA SHINYO HOSHO  092-000-7781",
                about="collection_notice (保証会社, 競売配当後)",
                unusual="guarantee company's 求償金残額のご請求 after the 競売 配当, a one-page G4 fax; JIS dates R8.2.2 / R7.12.11 "
                        "throughout; half-width ¥…- amounts; 代位弁済額 ¥22,480,116- and 配当額 ¥17,905,000- in prose as "
                        "distractors; grid 求償元金残高 / 遅延損害金 / 督促手数料 (= costs) / ご請求額合計; 最終入金日 = the "
                        "debtor's last payment to the guarantor; acceleration = the bank's R5.6.27; fax header shows the FAX "
                        "number (≠ TEL); お客様No.")


LETTERS = [q01, q02, q03, q04, q05, q06, q07, q08]
