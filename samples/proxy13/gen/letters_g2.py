"""Proxy set 13, letters g09–g16 ("small senders and plain house styles"): a real servicer's 債権譲受のご通知 on a bank
教育ローン (2 pages); a guarantee company's 代位弁済 and 求償 notice photographed sideways; an invented servicer's 和解案
by fax with a reply form; a 支払督促 (鳥取簡裁) on 2 digital pages; a 簡裁 (ハ) 呼出状 + 訴状 of a real servicer, scanned;
a scam from a fake servicer with a plausible 許可番号; an invented servicer's 最終催告書 with no last payment; a 労働金庫's
督促状 on two missed instalments of a car loan."""

from __future__ import annotations

from datetime import date as D

from common import Page, late, leader, truth, wd
from letters_g1 import PALE, _amount_table, _block, fw, rsp, rw, rwd, y

from samples.letters.layout import RED, Line


def rwf(d: D) -> str:
    return fw(rw(d))


# ---------------------------------------------------------------------------------------------
# g09 real servicer SMBC債権回収 (第10号): 債権譲受のご通知 on a bank 教育ローン, 2 digital pages.


def g09():
    R = 14.0
    P, INT = 1_143_612, 4_655
    asg = D(2025, 9, 26)
    issued, due = D(2025, 10, 24), D(2025, 11, 14)
    L = late(P, R, D(2025, 6, 5), asg)
    T = P + INT + L
    tel = "0120-000-318"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.line("受付番号　2510-447-21", align="r", size=9.5)
    p.gap(2)
    p.line("〒982-0000　宮城県仙台市太白区つばめ沢九丁目9番9号", size=10)
    p.line("堀米　修　様", size=13)
    p.gap(3)
    yc = _block(p, 112, [("〒100-0000　東京都千代田区うちぼり町九丁目9番9号", 8.5),
                         ("SMBC債権回収株式会社", 12), ("法務大臣許可番号第10号", 8.5),
                         ("個人債権部　回収第三グループ", 9)], 12, "sans-bold")
    p.seal(167, yc, 13, "square", "SMBC債権回収株式会社之印", angle=-2, seed=13091)
    p.gap(4)
    p.title("債権譲受のご通知　および　お支払いのお願い", size=14.5)
    p.para("拝啓　時下ますますご清栄のこととお喜び申し上げます。")
    p.para(f"さて、当社は、{rsp(asg)}付で、株式会社つばめ沢銀行（以下「原債権者」といいます。）から、貴殿に対する"
           "教育ローン債権（元金・利息・遅延損害金その他付帯する一切の権利を含みます。）を譲り受けましたので、ご通知いたし"
           "ます。原債権者からの債権譲渡通知は、原債権者より別途送付されております。")
    p.para("今後のお支払い及びお問い合わせは、すべて当社宛にお願いいたします。原債権者へのお支払いはなさらないようご注意"
           "下さい。")
    p.para(f"つきましては、別紙「譲受債権明細」記載のご請求金額を、{rwd(due)}までに、下記口座へ一括してお支払い下さい。"
           "一括でのお支払いが難しい場合は、同日までに必ず下記担当までご連絡下さい。")
    p.line("敬具", align="r")
    p.gap(2)
    p.table([["お振込先", "北杜銀行　丸の内支店　普通預金　8016240"],
             ["口座名義", "エスエムビーシーサイケンカイシユウ（カ"],
             ["お問い合わせ", f"フリーダイヤル　{tel}　（平日 9：00～17：30）"],
             ["担当", "上遠野"]],
            [34, 132], x=22, size=10, row_h=8.5, aligns="ll", shade_col0=True, font="sans")
    p.gap(4)
    p.para("※お電話の際は、上記受付番号をお申し出下さい。ご本人様以外からのお問い合わせにはお答えいたしかねます。"
           "※本状と行き違いにお支払いいただいた場合は、ご容赦下さい。", size=9, indent="")
    p.at(105, 289, "－1－", size=9, align="c")
    assert p.y < 285, p.y
    q = Page(font="sans", size=10, top=18, left=22, right=22)
    q.line("別紙", size=10)
    q.title("譲受債権明細", size=14)
    q.line("受付番号　2510-447-21　　　堀米　修　様", size=9.5)
    q.gap(2)
    q.kv([("原債権者", "株式会社つばめ沢銀行"),
          ("ご契約日", rsp(D(2020, 3, 10))),
          ("商品名", "教育ローン（在学者　堀米　陽菜　様）"),
          ("ご融資金額", "2,000,000円"),
          ("ご返済額", "月額 23,800円（毎月27日）"),
          ("最終ご返済日", rsp(D(2025, 2, 27))),
          ("期限の利益喪失日", rsp(D(2025, 6, 4))),
          ("債権譲渡日", rsp(asg))], x=26, label_w=40, size=10)
    q.gap(4)
    q.line(f"ご請求金額（{rsp(asg)}現在）", size=10.5, font="sans-bold")
    q.gap(1)
    _amount_table(q, [("元金", y(P), ""), ("利息", y(INT), "約定利率 年2.475％"),
                      ("遅延損害金", y(L), "令和7年6月5日～令和7年9月26日　年14.0％"),
                      ("合計", y(T), "")], x=22, widths=(40, 38, 88))
    q.gap(3)
    q.para("※令和7年9月27日以降、完済の日まで、元金に対し年14.0％（年365日の日割計算）の割合による遅延損害金が加算されます。"
           "お支払いの際は、最新の金額を担当までご確認下さい。", size=9, indent="")
    q.at(105, 289, "－2－", size=9, align="c")
    tr = truth(document_type="assignment_notice", sender="SMBC債権回収株式会社", license_number=10, phone=tel,
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社つばめ沢銀行", debtor="堀米修",
               total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=D(2025, 6, 4), last_payment=D(2025, 2, 27), assignment=asg, reference="2510-447-21",
               input_kind="pdf_text_2page", template="proxy13_servicer_education_loan_two_pages",
               received=D(2025, 10, 27))
    return dict(stem="g09", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (real servicer, bank 教育ローン, with a demand, 2 pages)",
                unusual="real servicer SMBC債権回収株式会社 ★ (「法務大臣許可番号第10号」 with no space, under its name) in a "
                        "new role: it BOUGHT a bank 教育ローン and tells the parent-borrower (the 在学者, his daughter, is named "
                        "on p.2 as a distractor); p.1 the notice with a shaded-label grid for the account, a 0120 number and "
                        "担当; p.2 別紙 譲受債権明細: kv lines (ご融資金額 2,000,000, 月額 23,800 — distractors; 最終ご返済日, "
                        "期限の利益喪失日, 債権譲渡日) and a 項目/金額/摘要 table 「ご請求金額（令和 7 年 9 月 26 日現在）」 = "
                        "as of the 譲渡日, not the letter date; 「一括して」 by a date")


# ---------------------------------------------------------------------------------------------
# g10 guarantee company 代位弁済完了のお知らせ 及び 求償金のご請求, phone photo stored sideways (EXIF 6).


def g10():
    R = 14.6
    P0, I0 = 819_000, 7_419
    P = P0 + I0
    issued, due = D(2026, 6, 5), D(2026, 6, 26)
    L = late(P, R, D(2026, 5, 16), issued)
    T = P + L
    tel = "0776-00-5102"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.line("求償番号　HS-260515-08", align="r", size=9.5)
    p.gap(1)
    p.line("〒918-0000　福井県福井市あさひ丘三丁目9番9号", size=10)
    p.line("雫石　友里　様", size=13)
    p.gap(3)
    yc = _block(p, 114, [("〒910-0000　福井県福井市ひなた坂町9番9号", 8.5), ("株式会社ひなた坂保証", 12),
                         ("債権管理部　担当　設楽", 9.5), (f"TEL {tel}　FAX 0776-00-5103", 9.5)], 12, "sans-bold")
    p.seal(160, yc, 12, "square", "株式会社ひなた坂保証之印", angle=2, seed=13101)
    p.gap(4)
    p.title("代位弁済完了のお知らせ 及び 求償金のご請求", size=14.5)
    p.para("貴殿が株式会社あさひ丘銀行（以下「銀行」といいます。）からお借入れされましたフリーローンにつきましては、当社が"
           "貴殿のご委託に基づき保証いたしておりましたところ、貴殿がご返済を怠り期限の利益を喪失されたため、当社は、保証"
           "契約に基づき、下記のとおり銀行に代位弁済いたしました。")
    p.para(f"つきましては、当社は貴殿に対し、下記の求償金を請求いたしますので、{rwd(due)}までに、下記口座へ一括してお支払い"
           "下さい。期限までにお支払い又はご連絡のない場合は、法的手続をとらせていただきますので、予めご了承下さい。")
    p.line("記", align="c")
    p.gap(1)
    p.table([["ご融資商品", "フリーローン", "ご契約日", rsp(D(2023, 4, 20))],
             ["最終ご返済日", rsp(D(2026, 1, 7)), "期限の利益喪失日", rsp(D(2026, 4, 3))],
             ["代位弁済日", rsp(D(2026, 5, 15)), "代位弁済額", y(P)]],
            [30, 53, 32, 51], x=22, size=9.5, row_h=8, aligns="llll", font="sans")
    p.line(f"　（代位弁済額の内訳　元金 {y(P0)}　利息 {y(I0)}）", size=9)
    p.gap(3)
    _amount_table(p, [("求償元金", y(P), "代位弁済額"),
                      ("遅延損害金", y(L), "令和8年5月16日～令和8年6月5日　年14.6％"),
                      ("ご請求額合計", y(T), "")], x=22, widths=(40, 38, 88))
    p.gap(4)
    p.kv([("お支払期限", rwd(due)),
          ("お振込先", "ほくりく中央銀行　福井駅前支店　普通預金　5529180"),
          ("口座名義", "カ）ヒナタザカホシヨウ")], x=24, label_w=28, size=10)
    p.gap(2)
    p.para("※令和8年6月6日以降も、求償元金に対し年14.6％の割合による遅延損害金が発生いたします。お支払いが困難な場合は、"
           "至急担当までご連絡下さい。", size=9, indent="")
    assert p.y < 285, p.y
    tr = truth(document_type="acceleration_notice", sender="株式会社ひなた坂保証", phone=tel,
               creditor="株式会社ひなた坂保証", status="not_applicable", original="株式会社あさひ丘銀行",
               debtor="雫石友里", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2026, 4, 3), last_payment=D(2026, 1, 7), reference="HS-260515-08",
               input_kind="photo_exif_rotated", template="proxy13_guarantor_subrogation_sideways",
               received=D(2026, 6, 8))
    return dict(stem="g10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.0, creases=2, shadow=0.3, shadow_side="bottom", warm=0.4),
                about="acceleration_notice (guarantee company 代位弁済 / 求償)",
                unusual="a bank-loan guarantee company's 代位弁済完了のお知らせ 及び 求償金のご請求, phone photo on tatami stored "
                        "sideways (EXIF 6) with creases and a hand shadow at the bottom: 求償番号 under the spaced date; a 3×4 "
                        "grid (ご契約日, 最終ご返済日, 期限の利益喪失日, 代位弁済日, 代位弁済額) and the bank's 元金/利息 split "
                        "under it (history); 求償元金 = the whole 代位弁済額 (interest null); 年14.6％")


# ---------------------------------------------------------------------------------------------
# g11 invented servicer とびうお債権回収 (第214号) 和解案 by fax, 2 pages: cover + proposal, reply form.


def g11():
    R = 14.6
    P, INT = 538_200, 12_406
    issued, reply = D(2026, 4, 17), D(2026, 5, 8)
    L = late(P, R, D(2025, 2, 11), issued)
    T = P + INT + L
    base = P + INT
    first, inst, n = 10_606, 20_000, 27
    assert first + inst * n == base
    tel, fax = "092-000-3356", "092-000-3357"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(f"送信日　{rsp(issued)}", align="r", size=10)
    p.line("お客様番号　TB-41188", align="r", size=10)
    p.gap(1)
    p.line("我妻　克也　様", size=13)
    p.gap(2)
    yc = _block(p, 114, [("とびうお債権回収株式会社", 12), ("法務大臣許可番号　第214号", 8.5),
                         ("〒812-0000　福岡市博多区とびうお町9番9号", 8.5), ("業務部　担当　日置", 9.5),
                         (f"TEL {tel}　FAX {fax}", 9.5)], 12, "sans-bold")
    p.seal(166, yc, 12, "square", "とびうお債権回収之印", angle=-3, seed=13111)
    p.gap(3)
    p.title("和解案のご提示について", size=15)
    p.para("先日はお電話をいただき、ありがとうございました。お申し出のありました分割でのお支払いにつきまして、下記のとおり"
           "和解案をご提示いたします。内容をご確認のうえ、2枚目の「和解申込書」にご署名・ご捺印いただき、ご回答期限までに"
           "FAX又は郵送にてご返送下さい。")
    p.line("記", align="c")
    p.gap(1)
    p.line("１．現在のご債務（本日現在）", size=10.5, font="sans-bold")
    p.kv([("原債権者", "株式会社やまぶどうクレジット（クレジットカード）"),
          ("債権譲受日", rsp(D(2025, 8, 29))),
          ("最終ご入金日", rsp(D(2024, 12, 10))),
          ("期限の利益喪失日", rsp(D(2025, 2, 10)))], x=28, label_w=36, size=9.5)
    p.gap(1)
    _amount_table(p, [("元金", y(P), ""), ("利息", y(INT), ""),
                      ("遅延損害金", y(L), "令和7年2月11日～令和8年4月17日　年14.6％"),
                      ("合計", y(T), "")], x=26, widths=(40, 38, 84), size=9.5)
    p.gap(3)
    p.line("２．和解案", size=10.5, font="sans-bold")
    p.table([["和解金額", f"{base:,}円（元金及び利息。遅延損害金は全額免除いたします。）"],
             ["お支払方法", f"第1回 {first:,}円（令和8年5月末日限り）、以後 {inst:,}円×{n}回（毎月末日限り）"],
             ["期限の利益", "お支払いを2回分以上怠ったときは期限の利益を失い、免除前の金額から"],
             ["", "既払金を控除した残額を一括してお支払いいただきます。"]],
            [30, 136], x=26, size=9, row_h=7.5, aligns="ll", shade_col0=True, font="sans")
    p.gap(4)
    yy = p.y
    p.box(22, yy, 166, 12, width=0.9)
    p.at(105, yy + 8, f"ご回答期限　{rwd(reply)}　必着", size=12.5, font="sans-bold", align="c")
    p.y = yy + 16
    p.para("ご回答期限までにご返送がない場合、本和解案は失効し、上記合計額の一括でのお支払いをお願いすることとなります。"
           "ご不明な点は、お客様番号をお伝えのうえ、至急担当までご連絡下さい。", size=9, indent="")
    p.at(188, 289, "1／2", size=9, align="r")
    assert p.y < 285, p.y
    q = Page(font="sans", size=10.5, top=18, left=22, right=22)
    q.line(f"返信先ＦＡＸ　{fax}　とびうお債権回収株式会社　業務部　日置 行", size=10)
    q.gap(6)
    q.title("和　解　申　込　書", size=16)
    q.para(f"私は、貴社より{rsp(issued)}付でご提示のあった和解案（和解金額 {base:,}円、第1回 {first:,}円、以後 "
           f"{inst:,}円×{n}回）の内容を承諾し、和解を申し込みます。")
    q.gap(4)
    q.table([["お客様番号", "TB-41188"], ["ご住所", ""], ["ご氏名", "　　　　　　　　　　　　　　　　　　　　　　印"],
             ["お電話番号", ""], ["ご記入日", "令和　　年　　月　　日"]],
            [36, 130], x=22, size=10.5, row_h=12, aligns="ll", shade_col0=True, font="sans")
    q.gap(6)
    q.para("※毎月のお支払いは、当社指定口座（ふくおか湾岸銀行　博多駅東支店　普通預金　6630217）へのお振込みとなります。"
           "振込手数料はお客様のご負担となります。", size=9.5, indent="")
    q.at(188, 289, "2／2", size=9, align="r")
    tr = truth(document_type="settlement_proposal", sender="とびうお債権回収株式会社", license_number=214, phone=tel,
               creditor="とびうお債権回収株式会社", status="unverified", original="株式会社やまぶどうクレジット",
               debtor="我妻克也", total=T, principal=P, interest=INT, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=D(2025, 2, 10), last_payment=D(2024, 12, 10),
               assignment=D(2025, 8, 29), reference="TB-41188", input_kind="fax_tiff",
               template="proxy13_invented_servicer_settlement_fax_reply_form", received=issued)
    return dict(stem="g11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"2026-04-17 11:08 TOBIUO SAIKEN {fax}",
                about="settlement_proposal (invented servicer, 和解案, by fax)",
                unusual="invented servicer とびうお債権回収 prints 「法務大臣許可番号　第214号」 (→ unverified), a 2-page G4 fax "
                        "after the debtor's phone call: 送信日 (spaced) and お客様番号 flush right, no address above the name; "
                        "１．現在のご債務 as kv lines (原債権者, 債権譲受日, 最終ご入金日, 喪失日) and a 項目/金額/摘要 table; "
                        "２．和解案 in a shaded-label grid (和解金額 550,606 = 元金＋利息 with the damages waived, 10,606 + "
                        "20,000 × 27 — distractors); ご回答期限 …必着 in a heavy frame; p.2 a blank 和解申込書 with the "
                        "return FAX number")


# ---------------------------------------------------------------------------------------------
# g12 支払督促 (鳥取簡裁), digital, 2 pages: p.1 the order and notes; p.2 当事者目録 + 請求の趣旨・原因.


def g12():
    R = 20.0
    P, INT = 468_215, 5_902
    filed, issued = D(2026, 1, 22), D(2026, 1, 30)
    L = late(P, R, D(2025, 9, 6), filed)
    COSTS = [("申立手数料", 2_500), ("支払督促正本送達費用", 1_099), ("支払督促発付通知費用", 110),
             ("申立書作成及び提出費用", 1_000)]
    C = sum(a for _, a in COSTS)
    T = P + INT + L + C
    court_tel = "0857-00-2264"
    case = "令和８年（ロ）第５８号"
    p = Page(font="serif", size=10.5, top=18, left=24, right=22)
    p.kv([("事件番号", case), ("事件名", "貸金請求督促事件")], x=24, label_w=24, size=10)
    p.gap(6)
    p.title("支　払　督　促", size=20, font="serif-bold")
    p.gap(2)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=34)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", x=34)
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。")
    p.gap(4)
    p.line(rwf(issued), x=34)
    p.line("鳥取簡易裁判所", x=104, size=12, font="serif-bold")
    p.line("裁判所書記官　東　條　　玲　子", x=104, size=11)
    p.seal(180, p.y - 8, 12, "square", "鳥取簡易裁判所書記官印", angle=-2, seed=13121)
    p.gap(10)
    yy = p.y
    p.box(24, yy, 164, 60, width=0.3, color=None, fill=PALE)
    p.box(24, yy, 164, 60, width=0.6)
    p.y = yy + 4
    p.line("〔支払督促を受け取った方へ〕", x=28, size=10.5, font="serif-bold")
    p.para("１　この支払督促に記載された請求に異議があるときは、この支払督促を受け取った日から２週間以内に、この裁判所に"
           "督促異議の申立てをして下さい。異議の申立てをすると、通常の訴訟手続に移ります。\n"
           "２　２週間以内に異議の申立てをしないと、債権者の申立てにより仮執行宣言が付され、強制執行を受けることがあります。\n"
           "３　お支払いや分割払いの相談は、債権者に直接お問い合わせ下さい。裁判所は支払の窓口ではありません。",
           x0=28, x1=184, size=9.5, indent="")
    p.gap(2)
    p.line(f"鳥取簡易裁判所　民事係　電話 {court_tel}", x=28, size=9.5)
    p.y = yy + 66
    p.line("これは正本である。", x=34, size=10)
    p.line(f"{rwf(issued)}　鳥取簡易裁判所　裁判所書記官　東　條　　玲　子", x=34, size=10)
    p.at(105, 289, "（１）", size=9, align="c")
    assert p.y < 285, p.y
    q = Page(font="serif", size=10, top=16, left=24, right=22)
    q.line("当　事　者　目　録", align="c", size=12.5, font="serif-bold")
    q.gap(1)
    q.kv([("〒683-0000", "鳥取県米子市せきちく通九丁目9番9号"),
          ("債　権　者", "株式会社せきちくクレジット"),
          ("", "代表者代表取締役　安　住　　雅　人"),
          ("", "（送達場所）同上　債権管理部　電話 0859-00-4410　ＦＡＸ 0859-00-4411")], x=28, label_w=28, size=9.5)
    q.gap(1)
    q.kv([("〒680-0000", "鳥取県鳥取市いずつ町九丁目9番9号　コーポ砂丘３０５"),
          ("債　務　者", "井　筒　　恭　平")], x=28, label_w=28, size=9.5)
    q.gap(3)
    q.line("請　求　の　趣　旨", align="c", size=12, font="serif-bold")
    for lab, a in [("１　残元金", P), ("２　利息", INT), ("３　遅延損害金", L), ("４　督促手続費用", C)]:
        leader(q, lab, fw(f"{a:,}") + "円", 30, 132, size=10)
    q.para("（３は、１に対する" + rwf(D(2025, 9, 6)) + "から" + rwf(filed) + "まで年２０％の割合による。４の内訳　"
           + "、".join(f"{lab}{fw(f'{a:,}')}円" for lab, a in COSTS) + "）", x0=40, x1=186, size=8.5, indent="")
    q.add(Line(30, q.y + 0.5, 132, q.y + 0.5, 0.4))
    q.gap(1.5)
    leader(q, "合計（１から４まで）", fw(f"{T:,}") + "円", 30, 132, size=10.5, font="serif-bold")
    q.para(f"５　上記１の金額に対する{rwf(D(2026, 1, 23))}から完済まで、年２０％の割合による遅延損害金", x0=30, x1=186,
           size=10, indent="")
    q.gap(3)
    q.line("請　求　の　原　因", align="c", size=12, font="serif-bold")
    cause = [
        "１　債権者は、債務者との間で、令和３年１０月４日、利用限度額６０万円、利率年１８．０％、遅延損害金年２０．０％、"
        "毎月５日限り元利金を支払う旨のカードローン契約を締結し、債務者はこれに基づき借入れを行った。",
        f"２　債務者は、{rwf(D(2025, 6, 27))}の支払を最後に支払を怠り、債権者からの催告にも応じなかったため、"
        f"{rwf(D(2025, 9, 5))}の経過により期限の利益を喪失した。",
        "３　よって、債権者は、債務者に対し、請求の趣旨記載の金員の支払を求める。",
    ]
    for c in cause:
        q.para(c, x0=28, x1=186, size=9.5, indent="")
    q.at(105, 289, "（２）", size=9, align="c")
    assert q.y < 285, q.y
    tr = truth(document_type="payment_order", sender="鳥取簡易裁判所", phone=court_tel,
               creditor="株式会社せきちくクレジット", status="not_applicable", debtor="井筒恭平", total=T, principal=P,
               interest=INT, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=D(2025, 9, 5),
               last_payment=D(2025, 6, 27), reference="令和8年(ロ)第58号", input_kind="pdf_text_2page",
               template="proxy13_payment_order_tottori_two_pages", received=D(2026, 2, 2))
    return dict(stem="g12", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="payment_order (簡裁, card loan)",
                unusual="支払督促 (鳥取簡裁) on 2 digital pages: 事件番号/事件名 as two label lines top-LEFT in full-width "
                        "digits; 「当事者の表示」 and 「請求の趣旨及び原因」 referring to the attachment; a shaded "
                        "〔支払督促を受け取った方へ〕 box with the court's 民事係 number; p.2 当事者目録 with the creditor's "
                        "送達場所 phone/FAX (distractors), 請求の趣旨 as dotted leaders １ 残元金 / ２ 利息 / ３ 遅延損害金 / "
                        "４ 督促手続費用, the window and the cost 内訳 in one bracket, 「合計（１から４まで）」, the running "
                        "item ５; 利用限度額６０万円 (distractor); creditor a card company (not a servicer)")


# ---------------------------------------------------------------------------------------------
# g13 簡裁 (ハ) 口頭弁論期日呼出状 + 訴状 (和歌山簡裁), real servicer AG債権回収 as 原告, scanned 2 pages.


def g13():
    R = 20.0
    P, INT = 714_540, 9_880
    sued, issued = D(2026, 2, 16), D(2026, 3, 6)
    hearing, answer = D(2026, 4, 14), D(2026, 4, 7)
    L = late(P, R, D(2024, 11, 9), D(2026, 2, 13))
    T = P + INT + L
    court_tel = "073-000-5128"
    p = Page(font="serif", size=10.5, top=18, left=24, right=22)
    p.line("事件番号　令和８年（ハ）第２１２号　譲受債権請求事件", size=10)
    p.line("原　告　ＡＧ債権回収株式会社", size=10)
    p.line("被　告　熊　倉　　亮", size=10)
    p.gap(4)
    p.line(f"{rwf(issued)}", align="r", size=10)
    p.gap(2)
    p.line("被告　熊　倉　　亮　殿", size=11.5)
    p.gap(2)
    p.line("和歌山簡易裁判所民事係", x=112, size=10.5)
    p.line("裁判所書記官　御手洗　　晴　美", x=112, size=10.5)
    p.seal(182, p.y - 6, 11, "square", "和歌山簡易裁判所書記官印", angle=2, seed=13131)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に出頭して下さい。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出して下さい。")
    p.line("記", align="c")
    p.gap(1)
    p.table([["期　日", f"{fw(rw(hearing))}（{wd(hearing)}）午前１０時３０分"],
             ["場　所", "第２号法廷（和歌山簡易裁判所　２階）"],
             ["答弁書提出期限", f"{fw(rw(answer))}（{wd(answer)}）"]],
            [40, 124], x=24, size=10.5, row_h=9.5, aligns="ll", shade_col0=True, font="serif")
    p.gap(4)
    p.para("※期日に出頭せず、答弁書も提出しないときは、原告の言い分を認めたものとして、原告勝訴の判決が言い渡されることが"
           "あります。\n※出頭の際は、この呼出状と印鑑をお持ち下さい。\n※分割払いなどの話合い（和解）を希望するときは、答弁書に"
           "その旨を記載して下さい。", size=9.5, indent="")
    p.gap(4)
    p.line(f"和歌山簡易裁判所　民事係　　電話 {court_tel}（平日 8：30～17：00）", x=24, size=9.5)
    p.at(105, 289, "－１－", size=9, align="c")
    assert p.y < 285, p.y
    q = Page(font="serif", size=10, top=16, left=24, right=22)
    q.title("訴　　　　状", size=16, font="serif-bold")
    q.line(rwf(sued), align="r", size=10)
    q.line("和歌山簡易裁判所　御中", size=10.5)
    q.gap(1)
    q.kv([("原　告", "ＡＧ債権回収株式会社"),
          ("", "東京都港区あおやま台九丁目9番9号"),
          ("", "代表者代表取締役　矢　萩　　修　一　　（電話 03-0000-2787）"),
          ("被　告", "熊　倉　　亮"),
          ("", "和歌山県和歌山市きみい寺町九丁目9番9号")], x=28, label_w=22, size=9.5)
    q.gap(1)
    q.line("譲受債権請求事件", size=10)
    q.line(f"訴訟物の価額　　金{fw(f'{P + INT:,}')}円　　　貼用印紙額　　金８，０００円", size=9.5)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{fw(f'{T:,}')}円及びうち金{fw(f'{P:,}')}円に対する{rwf(D(2026, 2, 14))}から"
           "支払済みまで年２０％の割合による金員を支払え。\n２　訴訟費用は被告の負担とする。\nとの判決並びに仮執行の宣言を求める。",
           x0=28, x1=186, size=10, indent="")
    q.gap(2)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    cause = [
        "１　株式会社ほおずきローン（以下「訴外会社」という。）は、被告との間で、令和２年７月１日、極度額８０万円、利率年"
        "１８．０％、遅延損害金年２０．０％とするカードローン契約を締結し、被告はこれに基づき借入れを行った。",
        f"２　被告は、{rwf(D(2024, 8, 23))}の支払を最後に支払を怠り、{rwf(D(2024, 11, 8))}の経過により期限の利益を喪失"
        "した。",
        f"３　訴外会社は、{rwf(D(2025, 3, 31))}、被告に対する上記債権を原告に譲渡し、被告に対しその旨を通知した。",
        "４　期限の利益喪失時の残元金及び未払利息並びに確定遅延損害金は、次のとおりである。",
    ]
    for c in cause:
        q.para(c, x0=28, x1=186, size=9.5, indent="")
    q.table([["項目", "金額", "備考"],
             ["残元金", fw(f"{P:,}") + "円", ""],
             ["未払利息", fw(f"{INT:,}") + "円", "年１８．０％"],
             ["確定遅延損害金", fw(f"{L:,}") + "円", "令和６年１１月９日～令和８年２月１３日　年２０％"],
             ["合計", fw(f"{T:,}") + "円", ""]],
            [30, 32, 102], x=26, size=9.5, row_h=7.5, aligns="lrl", header=True, font="serif")
    q.para("５　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", x0=28, x1=186, size=9.5, indent="")
    q.gap(1)
    q.line("証拠方法　甲第１号証（契約書）、甲第２号証（取引履歴）、甲第３号証（債権譲渡通知書）", x=28, size=9)
    q.at(105, 289, "－２－", size=9, align="c")
    assert q.y < 285, q.y
    tr = truth(document_type="lawsuit", sender="和歌山簡易裁判所", phone=court_tel, creditor="AG債権回収株式会社",
               status="licensed", original="株式会社ほおずきローン", debtor="熊倉亮", total=T, principal=P, interest=INT,
               late_damages=L, rate=R, lump=True, issued=issued, acceleration=D(2024, 11, 8),
               last_payment=D(2024, 8, 23), assignment=D(2025, 3, 31), hearing=hearing, reference="令和8年(ハ)第212号",
               input_kind="pdf_scan", template="proxy13_summary_court_ha_servicer_scan", received=D(2026, 3, 9))
    return dict(stem="g13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 (ハ) 通常訴訟, real servicer as 原告)",
                unusual="和歌山簡裁 (ハ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), a 2-page image-only PDF: case "
                        "number / 原告 / 被告 as three plain lines top-left; the plaintiff the real servicer ＡＧ債権回収株式会社 "
                        "★ in FULL-WIDTH Latin letters, no licence number printed; 期日 (weekday, clock time) / 場所 / "
                        "答弁書提出期限 in a shaded-label grid; 訴状 dated 2/16 ≠ 呼出状 3/6; 訴訟物の価額 (元金＋利息) and "
                        "貼用印紙額 as distractors; 請求の趣旨 「金…及びうち金…に対する…支払済みまで」; the 内訳 only in 請求の"
                        "原因 ４ as a small 項目/金額/備考 table; 極度額８０万円 distractor; the plaintiff's phone in the 訴状")


# ---------------------------------------------------------------------------------------------
# g14 scam: a fake servicer with a plausible 許可番号, phone photo.


def g14():
    issued, due = D(2026, 5, 25), D(2026, 5, 29)
    T = 298_600
    tel = "080-0000-6218"
    p = Page(font="sans", size=10.5, top=16, left=22, right=22)
    p.line(f"通知日　{rsp(issued)}", align="r", size=10)
    p.line("登録番号　（ほ）第４４１７号", align="r", size=10)
    p.gap(1)
    p.line("〒300-0000　茨城県土浦市さくら川町九丁目9番9号", size=10)
    p.line("笠松　紀子　様", size=13)
    p.gap(4)
    p.title("債権譲渡に伴う最終通知書", size=16, color=RED)
    p.para("貴殿がご利用されました大手通信事業者のデジタルコンテンツ利用料金につきまして、契約会社より未納のまま長期間放置"
           "されている旨の報告を受け、当社が法務大臣の許可に基づき本債権を譲り受けましたので、ご通知いたします。")
    p.para("本通知到達後、下記期日までにご連絡がない場合は、民事訴訟法に基づき訴訟手続へ移行し、給与・預貯金・不動産等の"
           "差押えを執行官立会いのもと実施いたします。また、勤務先及びご家族への調査を行う場合がございます。")
    p.para("なお、本件は裁判取下げ手続が可能です。必ず本人様より担当者直通電話へご連絡下さい。弁護士等の第三者へのご相談は、"
           "手続が複雑になるためお控え下さい。")
    p.gap(2)
    p.table([["項目", "内容"],
             ["未納料金等", "298,600円（延滞金・調査費用を含む）"],
             ["お支払期日", f"{rsp(due)}（{wd(due)}）正午まで"],
             ["お支払方法", "電子マネー（ギフトカード）又はコンビニ収納代行"]],
            [40, 124], x=24, size=10.5, row_h=9, aligns="ll", header=True, font="sans")
    p.gap(6)
    yy = p.y
    p.box(22, yy, 166, 16, width=1.0, color=RED)
    p.at(105, yy + 10.5, f"担当者直通　{tel}　（土日祝日も受付）", size=14, font="sans-bold", align="c", color=RED)
    p.y = yy + 22
    yc = _block(p, 106, [("ジャパンクレジット債権回収株式会社", 12), ("法務大臣許可番号　第１２９号", 9.5),
                         ("東京都千代田区霞が関一丁目（詳細非公開）", 9), ("債権管理部　担当　五味", 9.5)], 12, "sans-bold")
    p.seal(176, yc + 4, 14, "round", "ジャパンクレジット|債権/回収", angle=8, seed=13141)
    assert p.y < 285, p.y
    tr = truth(document_type="other", sender="ジャパンクレジット債権回収株式会社", license_number=129, phone=tel,
               creditor=None, status="not_licensed", debtor="笠松紀子", total=T, lump=False, issued=issued,
               payment_due=due, reference="(ほ)第4417号", is_scam=True, input_kind="photo_jpeg",
               template="proxy13_scam_fake_servicer_licence_129", received=None)
    return dict(stem="g14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.0, creases=2, warm=0.5, fill=0.8),
                about="other (scam: fake servicer with a plausible licence number)",
                unusual="架空請求 from a FAKE servicer 「ジャパンクレジット債権回収株式会社」 printing 「法務大臣許可番号　第１２９号」 "
                        "in full-width digits (→ not_licensed, licence 129 as printed), phone photo on a dark cloth taken at "
                        "a steep angle; red title 債権譲渡に伴う最終通知書; 登録番号 （ほ）第４４１７号 imitating a case number; "
                        "an unnamed 「大手通信事業者」 / 「契約会社」 (no creditor); 298,600 incl. 調査費用; due with 正午; "
                        "electronic money; 「弁護士等の第三者へのご相談は…お控え下さい」; a mobile number in a red frame; "
                        "Kasumigaseki address with 「詳細非公開」")


# ---------------------------------------------------------------------------------------------
# g15 invented servicer ほたる川債権回収 (第207号) 最終催告書, digital: no interest, NO last payment printed.


def g15():
    R = 20.0
    P = 263_118
    issued, due = D(2025, 10, 31), D(2025, 11, 14)
    L = late(P, R, D(2023, 4, 21), issued)
    T = P + L
    tel = "052-000-8801"
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(rsp(issued), align="r")
    p.line("管理番号　HT-20231101-0553", align="r", size=9.5)
    p.gap(1)
    p.line("〒486-0000　愛知県春日井市はすいけ町九丁目9番9号", size=10)
    p.line("向井　智恵　様", size=13)
    p.gap(3)
    yc = _block(p, 112, [("〒460-0000　名古屋市中区ほたる川通九丁目9番9号", 8.5), ("ほたる川債権回収株式会社", 12),
                         ("法務大臣許可番号　第207号", 8.5), ("管理部　担当　汐見", 9.5),
                         (f"TEL {tel}　FAX 052-000-8802", 9.5)], 12, "serif-bold")
    p.seal(164, yc, 12, "square", "ほたる川債権回収之印", angle=-2, seed=13151)
    p.gap(4)
    p.title("最　終　催　告　書", size=17)
    p.para("当社は、令和5年11月1日、株式会社みずばしょうファイナンスから、貴殿に対する下記貸金債権を譲り受け、これまで"
           "再三にわたりお支払いのご案内を差し上げてまいりましたが、今日に至るまでお支払いもご連絡もいただけておりません。")
    p.para("つきましては、本書をもって最終のご請求をいたします。下記金額を、お支払期限までに一括してお支払い下さい。"
           "期限までにお支払い又はご連絡のない場合は、何らの通知なく、支払督促・訴訟等の法的手続に移行いたします。至急"
           "ご連絡下さい。")
    p.line("記", align="c")
    p.gap(1)
    p.kv([("原債権者", "株式会社みずばしょうファイナンス"),
          ("ご契約日", rsp(D(2021, 9, 2)) + "　（ご契約番号　MZ-2109-0417）"),
          ("期限の利益喪失日", rsp(D(2023, 4, 20))),
          ("債権譲受日", rsp(D(2023, 11, 1)))], x=26, label_w=36, size=10)
    p.gap(2)
    _amount_table(p, [("元金", y(P), ""), ("遅延損害金", y(L), "令和5年4月21日～令和7年10月31日　年20.0％"),
                      ("合計", y(T), "")], x=24, widths=(40, 38, 86))
    p.gap(4)
    yy = p.y
    p.box(24, yy, 164, 12, width=0.9)
    p.at(106, yy + 8, f"お支払期限　{rwd(due)}", size=12.5, font="serif-bold", align="c")
    p.y = yy + 16
    p.kv([("お振込先", "なごや栄銀行　錦通支店　普通預金　4093316"),
          ("口座名義", "ホタルガワサイケンカイシユウ（カ")], x=26, label_w=26, size=10)
    p.gap(3)
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦下さい。※分割でのお支払いをご希望の場合は、期限までにご相談"
           "下さい。", size=9, indent="")
    assert p.y < 285, p.y
    tr = truth(document_type="collection_notice", sender="ほたる川債権回収株式会社", license_number=207, phone=tel,
               creditor="ほたる川債権回収株式会社", status="unverified", original="株式会社みずばしょうファイナンス",
               debtor="向井智恵", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=D(2023, 4, 20), last_payment=None, assignment=D(2023, 11, 1),
               reference="HT-20231101-0553", input_kind="pdf_text",
               template="proxy13_invented_servicer_final_demand", received=D(2025, 11, 4))
    return dict(stem="g15", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (invented servicer, 最終催告書)",
                unusual="invented servicer ほたる川債権回収 with 「法務大臣許可番号　第207号」 (→ unverified), digital, serif: "
                        "管理番号 containing a date-like run (HT-20231101-0553) under the spaced date; kv lines 原債権者 / "
                        "ご契約日 with the ご契約番号 in brackets / 期限の利益喪失日 / 債権譲受日; only 元金 and 遅延損害金 over 2½ "
                        "years (interest null); NO last payment printed (null); the due date in a heavy frame")


# ---------------------------------------------------------------------------------------------
# g16 労働金庫 督促状 on two missed instalments of a car loan (not accelerated), scanned.


def g16():
    R = 14.0
    PI, II = 35_210, 3_190
    issued, due = D(2026, 1, 23), D(2026, 2, 4)
    miss = [D(2025, 12, 5), D(2026, 1, 5)]
    lates = [late(PI, R, D(m.year, m.month, m.day + 1), issued) for m in miss]
    P, INT, L = PI * 2, II * 2, sum(lates)
    T = P + INT + L
    tel = "0263-00-7720"
    p = Page(font="sans", size=10.5, top=14, left=22, right=22)
    p.at(22, 20, "ひびき野労働金庫", size=14, font="sans-bold")
    p.at(22, 25, "まつもと支店", size=9.5)
    p.at(188, 19, rsp(issued), size=10, align="r")
    p.at(188, 24.5, "お客様番号　0418-2265307", size=9.5, align="r")
    p.add(Line(22, 28, 188, 28, 0.6))
    p.y = 32
    p.line("〒390-0000　長野県松本市ひびき野九丁目9番9号", size=10)
    p.line("茂木　聡　様", size=13)
    p.gap(4)
    p.title("ご返済についてのお願い（督促状）", size=15)
    p.para("平素より当金庫をご利用いただき、誠にありがとうございます。")
    p.para("さて、貴方様のマイカーローンのご返済につきまして、下記のとおりご入金が確認できておりません。お手数ですが、"
           "お支払期限までに、下記延滞額を返済用口座へご入金下さいますようお願いいたします。")
    p.para("なお、このまま延滞が続きますと、ローン規定に基づき期限の利益を喪失し、残債務全額を一括してご返済いただくことに"
           "なりますので、ご注意下さい。")
    p.line("記", align="c")
    p.gap(1)
    p.table([["ご融資日", rsp(D(2023, 6, 5)), "ご融資額", "1,800,000円"],
             ["毎月のご返済額", "38,400円（毎月5日）", "ローン残高", "1,482,300円"],
             ["最終ご入金日", rsp(D(2025, 11, 5)), "延滞回数", "2回"]],
            [32, 52, 28, 54], x=22, size=9.5, row_h=8, aligns="llll", font="sans")
    p.gap(3)
    rows = [["ご返済日", "元金", "利息", "遅延損害金"]]
    for m, lt in zip(miss, lates, strict=False):
        rows.append([rsp(m), y(PI), y(II), y(lt)])
    rows.append(["小計", y(P), y(INT), y(L)])
    p.table(rows, [46, 40, 40, 40], x=22, size=10, row_h=8, aligns="lrrr", header=True, font="sans")
    p.add(Line(22, p.y - 8, 188, p.y - 8, 0.7))
    p.gap(2)
    p.table([["延滞額合計（元金＋利息＋遅延損害金）", y(T)]], [126, 40], x=22, size=10.5, row_h=9, aligns="lr",
            shade_col0=True, font="sans-bold")
    p.line(f"※遅延損害金は、各ご返済日の翌日から{rw(issued)}まで、延滞元金に対し年14.0％の割合で計算しています。",
           size=8.5)
    p.gap(3)
    yy = p.y
    p.box(22, yy, 166, 12, width=0.9)
    p.at(105, yy + 8, f"お支払期限　{rwd(due)}", size=12.5, font="sans-bold", align="c")
    p.y = yy + 16
    p.para("ご入金先　当金庫まつもと支店　普通預金　1120458（ご返済用口座）", size=10, indent="")
    p.para("ご事情によりお支払いが難しい場合は、至急下記までご連絡下さい。行き違いでご入金済みの場合はご容赦下さい。",
           size=9.5, indent="")
    p.gap(3)
    yc = _block(p, 112, [("〒390-0000　長野県松本市なかまち通9番9号", 8.5), ("ひびき野労働金庫　まつもと支店", 11.5),
                         ("ローン課　担当　粕谷", 9.5), (f"TEL {tel}　FAX 0263-00-7721", 9.5)], 11.5, "sans-bold")
    p.seal(174, yc, 12, "square", "ひびき野労働金庫松本支店之印", angle=3, seed=13161)
    assert p.y < 287, p.y
    tr = truth(document_type="collection_notice", sender="ひびき野労働金庫", phone=tel, creditor="ひびき野労働金庫",
               status="not_applicable", debtor="茂木聡", total=T, principal=P, interest=INT, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, last_payment=D(2025, 11, 5), reference="0418-2265307",
               input_kind="scan_png", template="proxy13_labour_bank_arrears_scan", received=D(2026, 1, 26))
    return dict(stem="g16", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="collection_notice (労働金庫, two missed car-loan instalments)",
                unusual="a 労働金庫 branch's 督促状 on two missed マイカーローン instalments (NOT accelerated: only a warning), "
                        "scanned: letterhead with the branch top-left, spaced date and お客様番号 top-right over a rule; a 3×4 "
                        "grid with ご融資額 1,800,000, 38,400 a month, ローン残高 1,482,300 (distractors — the claim is only "
                        "the arrears); a 4-column table per missed date 元金 / 利息 / 遅延損害金 with a 小計 row and a "
                        "shaded 延滞額合計 line; the rate only in a footnote; lump false; sender printed with its branch")


LETTERS = [g09, g10, g11, g12, g13, g14, g15, g16]
