"""Proxy set 46, letters bc01–bc08: "small creditors and everyday debts". A hospital's 未払医療費 督促, a university's
未納学費 督促 to the 学費負担者, a 管理会社's 滞納家賃 demand for the landlord (2 pages), a 家賃保証会社's 代位弁済 notice by
fax, a mobile carrier's 契約解除 and 利用料金 demand, the joint 債権譲渡通知 of that debt to a real servicer, a city
water bureau's 督促状 兼 給水停止予告 (photographed) and a broadcaster's 受信料 demand (iPhone HEIC)."""

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
    bars,
    era,
    grid,
    late,
    qr,
    slip,
    stamp,
    truth,
    wd,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.38, 0.42)
PLUM = (0.40, 0.12, 0.36)
ORANGE = (0.85, 0.42, 0.05)
BLUE = (0.10, 0.30, 0.62)
BROWN = (0.42, 0.26, 0.10)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def jp(d: D) -> str:
    return f"{d.month}月{d.day}日"


# ---------------------------------------------------------------------------------------------
# bc01 hospital 未払医療費 督促: a per-month table with ご請求額 / ご入金額 / 未払医療費; slash dates; no late charge.


def bc01():
    issued, due, lastp = D(2025, 11, 4), D(2025, 11, 28), D(2025, 8, 25)
    rows = [("2025年7月", "入院（7/3～7/18）", 148_620, 50_000), ("2025年8月", "外来（整形外科）", 6_830, 0),
            ("2025年9月", "外来（整形外科・リハビリ）", 4_410, 0)]
    B = sum(r[2] for r in rows)
    Pd = sum(r[3] for r in rows)
    P = B - Pd
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 3, 14, color=None, fill=TEAL))
    p.at(21, 19, "くずは台中央病院", size=15, font="sans-bold", color=TEAL)
    p.at(21, 24.5, "医療法人社団 葛葉会", size=8.5, color=TEAL)
    p.at(196, 17, f"発行日：{slash(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "未収金管理番号：MR-2511-0418", size=9.5, align="r")
    p.at(196, 28, "患者ID：00731552", size=8.5, align="r", color=GRAY)
    p.add(Line(15, 31, 196, 31, 0.3, TEAL))
    p.y = 36
    p.line("〒371-0000", size=10)
    p.line("群馬県前橋市うぐいす谷九丁目9番9号", size=10)
    p.gap(1)
    p.line("薙野　雅之　様", size=14)
    p.gap(6)
    p.title("診療費のお支払いについて（督促）", size=15)
    p.para("日頃より当院をご利用いただき、ありがとうございます。", size=10)
    p.para("さて、下記の診療費につきまして、再三ご案内を差し上げておりますが、現在もお支払いの確認ができておりません。"
           f"最後のご入金は{slash(lastp)}の50,000円（7月入院分の一部）となっております。お手数ですが、下記お支払期限までに"
           "お支払いくださいますようお願い申し上げます。", size=10)
    p.gap(2)
    head = ["診療年月", "区分", "ご請求額", "ご入金額", "未払医療費"]
    body = [[m, k, f"{b:,}", f"{d:,}", f"{b - d:,}"] for m, k, b, d in rows]
    body.append(["合　計", "", f"{B:,}", f"{Pd:,}", f"{P:,}"])
    p.table([head] + body, [26, 55, 32, 32, 36], x=15, header=True, aligns="llrrr", size=9.5, row_h=8)
    p.line("（単位：円）", x=196, size=8, align="r")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 18, 0.8, TEAL))
    p.at(20, y + 7.5, "お支払いいただく金額", size=10, font="sans-bold", color=TEAL)
    p.at(100, y + 8, f"{P:,}円", size=16, font="sans-bold", align="r")
    p.at(110, y + 7.5, "お支払期限", size=10, font="sans-bold", color=TEAL)
    p.at(192, y + 8, f"{slash(due)}（{wd(due)}）", size=14, font="sans-bold", align="r")
    p.at(20, y + 14.5, "※窓口（1階 会計⑤番）、または下記口座へのお振込みでお支払いいただけます。", size=8.3)
    p.y = y + 22
    p.line("お振込先", size=10, font="sans-bold")
    p.para("かぜはや銀行 前橋南支店　普通預金 2204187　イリョウホウジンシャダン　クズハカイ\n"
           "※お振込みの際は、ご依頼人名の前に患者ID（8桁）をご入力ください。振込手数料はご負担ください。", size=9.3, indent="")
    p.gap(2)
    p.line("ご参考", size=10, font="sans-bold")
    p.para("・7月の入院分は、限度額適用認定証のご提示がなかったため、3割負担でご請求しております。後日、ご加入の健康保険に"
           "高額療養費を申請されますと、自己負担限度額（80,100円＋α）を超えた額が払い戻される場合があります。", size=9,
           indent="")
    p.para("・お支払いが難しい場合は、分割でのお支払いもご相談いただけます。医療ソーシャルワーカーへのご相談も可能です。",
           size=9, indent="")
    p.para("・このままお支払いいただけない場合、法的手続（支払督促の申立て等）に移行させていただくことがございます。", size=9,
           indent="")
    p.gap(5)
    for s, sz, f in (("医療法人社団　葛葉会　くずは台中央病院", 10.5, "sans-bold"), ("医事課　未収金担当　棚橋", 9.5, "sans"),
                     ("〒371-0000 群馬県前橋市おおでまり町九丁目9番9号", 8.5, "sans"),
                     ("TEL 027-000-3364（医事課直通 平日 9:00～16:30）", 9.5, "sans")):
        p.line(s, x=100, size=sz, font=f)
    p.seal(188, p.y - 16, 12, "square", "くずは台中央病院之印", angle=2, seed=46011)
    p.gap(4)
    p.para("本状と行き違いにお支払いいただいた場合は、失礼をお許しください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="医療法人社団葛葉会", phone="027-000-3364",
               creditor="医療法人社団葛葉会", status="not_applicable", debtor="薙野雅之", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="MR-2511-0418",
               input_kind="pdf_text", template="proxy46_hospital_unpaid_medical_fees_slash_dates", received=D(2025, 11, 6))
    return dict(stem="bc01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (hospital 未払医療費 督促)",
                unusual="a hospital's own 督促: the hospital name 「くずは台中央病院」 as the logo and the legal entity "
                        "「医療法人社団 葛葉会」 in small type under it; western SLASH dates with colon labels (発行日：, "
                        "未収金管理番号：); a 5-column per-month table 診療年月 / 区分 / ご請求額 / ご入金額 / 未払医療費 with a 合計 row "
                        "(only the last column is owed; ご請求額 159,860 is a distractor) and 「（単位：円）」 under it; NO "
                        "late charge and NO rate; the amount and the due date side by side in one framed bar; 患者ID (also "
                        "asked for in the transfer note), 自己負担限度額 80,100円 and the 窓口 number ⑤ as distractors")


# ---------------------------------------------------------------------------------------------
# bc02 university 未納学費 督促 to the 学費負担者 (not the student); 令和 dates; three fee rows; 除籍 date as distractor.


def bc02():
    issued, due, first = D(2025, 12, 5), D(2025, 12, 19), D(2025, 10, 31)
    fees = [("授業料（後期）", 465_000), ("施設設備費（後期）", 110_000), ("教育充実費（後期）", 38_000)]
    P = sum(v for _, v in fees)
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 19, era(issued), size=10.5, align="r")
    p.at(196, 24.5, "督促番号　GK-25-2207", size=10, align="r")
    p.y = 24
    p.line("学費負担者", size=9.5, color=GRAY)
    p.line("鬼澤　和彦　様", size=14)
    p.gap(2)
    p.line("〒020-0000　岩手県盛岡市いわかがみ町九丁目9番9号", size=9.5)
    p.gap(3)
    p.at(196, p.y + 2, "学校法人　萌木野学園", size=11, font="serif-bold", align="r")
    p.at(196, p.y + 7.5, "萌木野学院大学　財務部学費課", size=10, align="r")
    p.y += 14
    p.title("学費未納についての督促状（第２回）", size=15, font="serif-bold")
    p.para("拝啓　寒冷の候、ますますご清祥のこととお慶び申し上げます。平素は本学の教育活動にご理解を賜り、厚く御礼申し上げます。")
    p.para(f"さて、下記学生の2025年度後期学費につきましては、納付期限（令和7年9月30日）を過ぎても納付が確認できず、{era(first)}付で"
           "ご通知いたしましたが、本日現在、なお未納となっております。", size=10.5)
    p.para(f"つきましては、下記未納学費を{era(due)}（{wd(due)}）までに、同封の振込依頼書により納付くださいますようお願い申し上げます。",
           size=10.5)
    p.line("敬具", align="r")
    p.line("記", align="c")
    y = p.y
    grid(p, 25, y, [26, 56, 24, 54], [["学生氏名", "鬼澤　莉子", "学籍番号", "E23-0417"],
                                     ["所　　属", "経済学部経済学科　3年", "在籍状況", "在学（後期分未納）"]], h=7.5, size=9.5)
    p.y = y + 19
    x0, x1 = 30, 175
    for lab, v in fees:
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"{v:,}円", size=10.5, align="r")
        p.add(Line(x0, p.y - 1.3, x1, p.y - 1.3, 0.15, GRAY))
    p.gap(1)
    b = p.line("未納学費　計", x=x0, size=11.5, font="serif-bold")
    p.at(x1, b, f"{P:,}円", size=12.5, font="serif-bold", align="r")
    p.add(Line(x0, p.y - 0.8, x1, p.y - 0.8, 0.6))
    p.add(Line(x0, p.y - 0.1, x1, p.y - 0.1, 0.3))
    p.gap(3)
    p.kv([("納付期限", f"{era(due)}（{wd(due)}）"), ("振込先", "かぜはや銀行 盛岡中央支店 普通預金 3315027 ガク）モエギノガクエン"),
          ("", "※振込依頼人名は学籍番号＋学生氏名としてください。")], x=30, label_w=24, size=10)
    p.gap(2)
    p.para("１．上記期限までに納付されない場合、学則第41条に基づき、令和8年1月31日付で除籍の手続を行うことがあります。"
           "除籍となった場合でも、未納学費の納付義務は消滅しません。", x0=25, x1=190, size=9.5, indent="")
    p.para("２．分納（2回）又は延納を希望される場合は、令和7年12月12日までに学費課へ「学費延納願」をご提出ください。", x0=25,
           x1=190, size=9.5, indent="")
    p.para("３．日本学生支援機構の奨学金（貸与）の振込額は学費に自動充当されません。ご注意ください。", x0=25, x1=190, size=9.5,
           indent="")
    p.gap(3)
    p.line("以上", align="r")
    p.gap(2)
    p.line("【お問合せ】萌木野学院大学　財務部学費課（担当　十川）", x=25, size=9.5)
    p.line("　　　　　　電話 019-000-4127　受付 平日 9時～17時（12時～13時を除く）", x=25, size=9.5)
    p.seal(178, p.y - 3, 13, "square", "萌木野学園財務部長印", angle=-3, seed=46021)
    tr = truth(document_type="collection_notice", sender="学校法人萌木野学園", phone="019-000-4127",
               creditor="学校法人萌木野学園", status="not_applicable", debtor="鬼澤和彦", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, reference="GK-25-2207", input_kind="pdf_text",
               template="proxy46_university_tuition_arrears_to_fee_payer", received=D(2025, 12, 8))
    return dict(stem="bc02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (university 未納学費 督促 to the 学費負担者)",
                unusual="a university's 学費未納 督促状（第２回） in serif, addressed to the 学費負担者 (the father) with the "
                        "STUDENT's name, 学籍番号 E23-0417 and faculty in a shaded grid (distractors: the student is not the "
                        "debtor); the sender as 学校法人 + university + 財務部学費課 right-aligned ABOVE the title; three fee "
                        "rows (授業料 / 施設設備費 / 教育充実費, each 「（後期）」) and 「未納学費　計」 under a double rule; no late "
                        "charge; 学則第41条 and the 除籍 date 令和8年1月31日, the original 納付期限 9/30, the 延納願 date 12/12 and "
                        "the first notice 10/31 as distractor dates")


# ---------------------------------------------------------------------------------------------
# bc03 管理会社 for the landlord: 滞納家賃 per month with 遅延損害金 per row, 2 pages (p.2 the payment history).


def bc03():
    R = 14.6
    issued, due, lastp = D(2025, 11, 10), D(2025, 11, 21), D(2025, 8, 29)
    rent, common_fee = 64_000, 3_500
    months = [("9月分", D(2025, 8, 27), 30_000), ("10月分", D(2025, 9, 29), 0), ("11月分", D(2025, 10, 27), 0)]
    rows = []
    for m, dd, paid in months:
        owed = rent + common_fee - paid
        rows.append((m, dd, paid, owed, late(owed, R, dd + timedelta(1), issued)))
    P = sum(r[3] for r in rows)
    L = sum(r[4] for r in rows)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "KANAME", size=14, font="sans-bold", color=BROWN)
    p.at(44, 19, "株式会社かなめ不動産管理", size=11, font="sans-bold", color=BROWN)
    p.at(15, 24, "賃貸管理部　収納課", size=8.5, color=BROWN)
    p.at(196, 17, f"通知日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22.5, "ご契約者番号　KN-5203-0118", size=9.5, align="r")
    p.y = 32
    p.line("静岡県富士市つつじが丘東九丁目9番9号", size=10)
    p.line("メゾン萱ノ森　203号室", size=10)
    p.line("勘米良　翔太　様", size=14)
    p.gap(6)
    p.title("滞納家賃のお支払いについて（督促状）", size=15)
    p.para("貴殿が賃借中の上記物件につきまして、当社は貸主欅田典子様から賃料等の管理・収納の委託を受けております。"
           "貴殿の賃料等は、下表のとおり本日現在お支払いがなく、当社より貸主に代わりご請求申し上げます。", size=10)
    p.para(f"下記ご請求額合計を{era(due)}（{wd(due)}）までにお支払いください。賃貸借契約書第19条により、滞納額には"
           "各支払期日の翌日から年14.6％の遅延損害金が生じます。", size=10)
    p.gap(1)
    head = ["対象月", "支払期日", "賃料・共益費", "ご入金額", "滞納家賃", "遅延損害金"]
    body = [[m, f"{dd.month}/{dd.day}", f"{rent + common_fee:,}", f"{paid:,}" if paid else "―", f"{owed:,}", f"{lt:,}"]
            for m, dd, paid, owed, lt in rows]
    body.append(["計", "", "", "", f"{P:,}", f"{L:,}"])
    p.table([head] + body, [22, 24, 34, 30, 34, 37], x=15, header=True, aligns="lcrrrr", size=9.5, row_h=7.8)
    p.line(f"※遅延損害金は{era(issued)}現在（年365日の日割計算）。9月分は8/29に30,000円のご入金あり。", x=15, size=8)
    p.gap(2)
    y = p.y
    p.add(Box(40, y, 130, 27, 0.5))
    for i, (lab, v, bold) in enumerate((("滞納家賃", P, False), ("遅延損害金（年14.6％）", L, False),
                                         ("ご請求額合計", T, True))):
        f = "sans-bold" if bold else "sans"
        p.at(45, y + 7 + i * 7.5, lab, size=11 if bold else 10, font=f)
        p.at(165, y + 7 + i * 7.5, f"{T if bold else v:,}円", size=12 if bold else 10.5, font=f, align="r")
    p.add(Line(40, y + 17.5, 170, y + 17.5, 0.3))
    p.y = y + 31
    p.line("お振込先", size=10, font="sans-bold")
    p.para("かぜはや銀行 富士支店　普通預金 5203118　カ）カナメフドウサンカンリ（収納口）", size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 24, 0.3, RED, (1.0, 0.96, 0.95)))
    p.at(19, y + 6, "重要", size=10, font="sans-bold", color=RED)
    for i, s in enumerate(["期限までにお支払い又はご連絡がない場合、貸主の指示により、賃貸借契約の解除及び建物の明渡しを求める",
                           "法的手続に移行することがあります。ご事情のある方は、期限前に必ず担当までご連絡ください。",
                           "（裏面に直近のご入金状況を記載しております。）"]):
        p.at(19, y + 12 + i * 4.8, s, size=8.8)
    p.y = y + 28
    for s, sz, f in (("株式会社かなめ不動産管理　賃貸管理部 収納課", 10, "sans-bold"),
                     ("〒417-0000 静岡県富士市こでまり町九丁目9番9号", 8.5, "sans"),
                     ("TEL 0545-00-7318　FAX 0545-00-7319　担当 橘内", 9.5, "sans"),
                     ("宅地建物取引業者免許 静岡県知事(3)第013377号", 8, "sans")):
        p.line(s, x=92, size=sz, font=f)
    q = Page(font="sans", size=10, top=16)
    q.line("（裏面）", size=9, color=GRAY)
    q.title("ご入金状況とご契約内容", size=14)
    q.line("■ 直近のご入金状況（ご契約者番号 KN-5203-0118）", size=10, font="sans-bold")
    hist = [("5月分", "4/28", "67,500", "4/25"), ("6月分", "5/27", "67,500", "5/30"), ("7月分", "6/27", "67,500", "7/4"),
            ("8月分", "7/28", "67,500", "7/31"), ("9月分", "8/27", "67,500", "8/29（一部 30,000）"),
            ("10月分", "9/29", "67,500", "―"), ("11月分", "10/27", "67,500", "―")]
    q.table([["対象月", "支払期日", "ご請求額", "ご入金日"]] + [list(h) for h in hist], [30, 30, 36, 60], x=20,
            header=True, aligns="lcrl", size=9.5, row_h=7.2)
    q.gap(4)
    q.line("■ ご契約内容", size=10, font="sans-bold")
    q.kv([("物件", "メゾン萱ノ森 203号室（1LDK）"), ("貸主", "欅田　典子"), ("契約開始日", "令和5年3月1日（2年ごと更新）"),
          ("月額賃料", "64,000円　共益費 3,500円（毎月27日までに翌月分）"), ("敷金", "128,000円（預り）"),
          ("連帯保証人", "なし（保証会社の利用なし）")], x=24, label_w=30, size=9.5)
    q.gap(4)
    q.para("※支払期日が土日祝日の場合は翌営業日となります（5月分・8月分・10月分）。※敷金は明渡し後の精算に充てるもので、"
           "滞納家賃への充当はいたしません。", size=9, indent="")
    tr = truth(document_type="collection_notice", sender="株式会社かなめ不動産管理", phone="0545-00-7318",
               creditor="欅田典子", status="not_applicable", debtor="勘米良翔太", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="KN-5203-0118", input_kind="pdf_text_2page",
               template="proxy46_property_manager_rent_arrears_for_landlord", received=D(2025, 11, 12))
    return dict(stem="bc03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (管理会社 for the landlord, 滞納家賃, 2 pages)",
                unusual="a 管理会社 writes 「貸主に代わりご請求」 for a landlord who is a PERSON (貸主 欅田典子 named only in "
                        "the prose and on p.2 → creditor); the address has a second line with the flat 「メゾン萱ノ森 203号室」; "
                        "a 6-column table per month (対象月 / 支払期日 as 8/27 / 賃料・共益費 / ご入金額 / 滞納家賃 / 遅延損害金) "
                        "with a partial payment in the first row and a 計 row; a framed 3-line summary (滞納家賃 / 遅延損害金"
                        "（年14.6％） / ご請求額合計); p.2 a payment history with 入金日 and a ご契約内容 list (賃料 64,000, 敷金 "
                        "128,000, 契約開始日) all distractors; 宅建業 免許番号 and FAX as distractors")


# ---------------------------------------------------------------------------------------------
# bc04 家賃保証会社 代位弁済のお知らせ 兼 求償金ご請求, one-page fax; 求償事務手数料 as a cost.


def bc04():
    R = 14.6
    issued, due, subro, lastp = D(2026, 2, 20), D(2026, 3, 2), D(2026, 2, 10), D(2025, 10, 27)
    monthly = 72_800
    months = ["令和7年12月分", "令和8年1月分", "令和8年2月分"]
    S = monthly * len(months)
    L = late(S, R, subro + timedelta(1), issued)
    C = 1_100
    T = S + L + C
    p = Page(font="sans", size=10, top=12)
    p.at(15, 17, "エルムリンク賃貸保証株式会社", size=13, font="sans-bold")
    p.at(15, 22, "ELMLINK RENT GUARANTEE", size=6.5, color=GRAY)
    p.at(196, 15, f"送信日：{wdate(issued)}", size=9.5, align="r")
    p.at(196, 20, "送信枚数：1枚", size=9.5, align="r")
    p.add(Line(15, 25, 196, 25, 0.9))
    p.y = 29
    p.line("七五三掛　恵介　様", size=13)
    p.line("（保証契約番号　EL-24-08871）", size=9, color=GRAY)
    p.at(196, 33, "求償管理番号　EQ-2602-0331", size=10, align="r", font="sans-bold")
    p.gap(4)
    p.title("代位弁済のお知らせ　兼　求償金のご請求", size=14.5)
    p.para("貴殿が有限会社ほたか住建（管理会社）を通じて賃借されている「つるうめもどきハイツ 102号室」の賃料等につき、"
           f"当社は家賃保証委託契約に基づき、{wdate(subro)}、貸主に対し下記のとおり代位弁済（立替払い）を行いました。", size=9.8)
    p.para(f"つきましては、当社が取得した求償金を{wdate(due)}（{wd(due)}）までに一括してお支払いください。なお、貴殿からの"
           f"最後の賃料のお支払いは{wdate(lastp)}（令和7年11月分）でした。", size=9.8)
    p.gap(1)
    p.line("【代位弁済の明細】", size=10, font="sans-bold")
    p.table([["対象月", "賃料", "管理費", "代位弁済額"]] +
            [[m, "69,000", "3,800", f"{monthly:,}"] for m in months] + [["計", "", "", f"{S:,}"]],
            [48, 36, 30, 40], x=22, header=True, aligns="lrrr", size=9.5, row_h=6.8)
    p.gap(3)
    p.line(f"【ご請求内容】（{wdate(issued)}現在）", size=10, font="sans-bold")
    x0, x1 = 26, 150
    for lab, v in (("求償元金（代位弁済額）", S), (f"遅延損害金（{jp(subro + timedelta(1))}から年14.6％）", L),
                   ("求償事務手数料", C)):
        b = p.line(lab, x=x0, size=10.5)
        p.at(x1, b, f"{v:,}円", size=10.5, align="r")
    p.add(Line(x0, p.y, x1, p.y, 0.5))
    p.gap(1)
    b = p.line("ご請求額合計", x=x0, size=11.5, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=12.5, align="r", font="sans-bold")
    p.gap(3)
    p.para("お支払方法　下記口座へのお振込み（ご依頼人名の前に求償管理番号の数字 26020331 をご入力ください）\n"
           "　かぜはや銀行 渋谷支店　普通預金 6602331　エルムリンクチンタイホショウ（カ", size=9.3, indent="")
    p.gap(1)
    p.para("※3月分以降の賃料についても未納が続く場合、当社は引き続き代位弁済を行い、その都度ご請求いたします。※賃料の滞納が"
           "3か月を超えたため、貸主は賃貸借契約の解除を検討しています。当社からの連絡に応じていただけない場合、明渡請求訴訟に"
           "協力することになります。", size=8.8, indent="")
    p.gap(4)
    for s, sz, f in (("エルムリンク賃貸保証株式会社　求償管理課", 10, "sans-bold"),
                     ("〒150-0000 東京都渋谷区いわかがみ坂九丁目9番9号", 8.5, "sans"),
                     ("TEL 03-0000-6283　FAX 03-0000-6284", 9.5, "sans"),
                     ("担当 保母　受付時間　平日 10:00～18:00", 8.5, "sans")):
        p.line(s, x=108, size=sz, font=f)
    p.seal(186, p.y - 24, 12, "square", "エルムリンク賃貸保証印", angle=-2, seed=46041)
    tr = truth(document_type="acceleration_notice", sender="エルムリンク賃貸保証株式会社", phone="03-0000-6283",
               creditor="エルムリンク賃貸保証株式会社", status="not_applicable", debtor="七五三掛恵介", total=T,
               principal=S, late_damages=L, costs=C, rate=R, lump=True, issued=issued, payment_due=due,
               last_payment=lastp, reference="EQ-2602-0331", input_kind="fax_tiff",
               template="proxy46_rent_guarantor_subrogation_fax_handling_fee", received=issued)
    return dict(stem="bc04", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:52 ELMLINK 03-0000-6284",
                about="acceleration_notice (家賃保証会社 代位弁済, one-page fax)",
                unusual="one-page G4 fax from a RENT guarantee company: 送信日：/送信枚数： top-right with western 年月日 "
                        "dates; the addressee with 保証契約番号 under the name and the 求償管理番号 bold on the right; a "
                        "代位弁済の明細 table of three months (賃料 / 管理費 / 代位弁済額) and a ご請求内容 block 求償元金"
                        "（代位弁済額） / 遅延損害金 with a month-day window / 求償事務手数料 (→ costs) / ご請求額合計; the "
                        "tenant's last rent payment in the prose; no loan, no 喪失 date; the 管理会社 有限会社ほたか住建 and "
                        "the flat as distractors; the digits-only 26020331 in the transfer note; TEL and FAX on one line")


# ---------------------------------------------------------------------------------------------
# bc05 mobile carrier: 契約解除 and ご請求, scanned; 利用料金 per month + 機種代金分割支払金残額, 延滞利息 14.5 %.

PC_R = 14.5
PC_USE = [("2025年8月ご利用分", D(2025, 9, 26), 8_932), ("2025年9月ご利用分", D(2025, 10, 27), 9_415),
          ("2025年10月ご利用分（20日停止）", D(2025, 11, 26), 5_068)]
PC_DEV = 13 * 3_960
PC_ACC, PC_LAST, PC_ASSIGN = D(2025, 11, 20), D(2025, 8, 26), D(2026, 1, 30)
PC_USESUM = sum(r[2] for r in PC_USE)
PC_P = PC_USESUM + PC_DEV


def pc_late(until: D) -> int:
    return sum(late(v, PC_R, dd + timedelta(1), until) for _, dd, v in PC_USE if dd < until)


def bc05():
    issued, due = D(2025, 12, 1), D(2025, 12, 15)
    rows = [(m, dd, v, late(v, PC_R, dd + timedelta(1), issued) if dd < issued else 0) for m, dd, v in PC_USE]
    L = sum(r[3] for r in rows)
    assert pc_late(issued) == L
    T = PC_P + L
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(0, 0, 210, 9, color=None, fill=ORANGE))
    p.at(15, 20, "picomo", size=20, font="sans-bold", color=ORANGE)
    p.at(47, 20, "株式会社ピコモ通信", size=10, color=ORANGE)
    p.at(196, 16, f"ご通知日 {wdate(issued)}", size=9.3, align="r")
    p.at(196, 21, "お客様番号 PC-8841-2275-06", size=9.3, align="r")
    p.y = 28
    bars(p, 15, p.y, 60, 3, "bc05bars")
    p.y += 6
    p.line("〒270-0000　千葉県松戸市野ぶどう坂九丁目9番9号", size=9.8)
    p.line("靍見　航　様", size=13.5)
    p.line("ご契約電話番号　080-0000-6614", size=8.5, color=GRAY)
    p.gap(4)
    stamp(p, 15, p.y, "重要", color=RED, size=11)
    p.at(33, p.y + 6.5, "ご利用契約の解除及び未払料金等のご請求について", size=13.5, font="sans-bold")
    p.y += 14
    p.para("平素より弊社サービスをご利用いただき、ありがとうございます。お客様のご利用料金は、再三のご案内にもかかわらず"
           f"{wdate(PC_LAST)}のお支払いを最後にお支払いが確認できないため、2025年10月20日に回線のご利用を停止し、ご利用規約"
           f"第31条に基づき、{wdate(PC_ACC)}付でご利用契約を解除いたしました。", size=9.6)
    p.para("これに伴い、機種代金の分割払いについても同日をもって期限の利益を喪失されましたので、下記の金額を一括して"
           "お支払いください。", size=9.6)
    p.gap(1)
    head = ["ご請求項目", "お支払期日", "金額", "延滞利息"]
    body = [[m, slash(dd), f"{v:,}", f"{lt:,}"] for m, dd, v, lt in rows]
    body.append(["利用料金　計", "", f"{PC_USESUM:,}", f"{L:,}"])
    body.append(["機種代金分割支払金残額（残13回）", "―", f"{PC_DEV:,}", "―"])
    p.table([head] + body, [78, 32, 34, 30], x=18, header=True, aligns="lcrr", size=9.2, row_h=7)
    p.gap(2)
    x0, x1 = 40, 170
    for lab, v, big in (("小計（元金）", PC_P, False), ("延滞利息（年14.5％）", L, False), ("ご請求額合計", T, True)):
        b = p.line(lab, x=x0, size=11 if big else 10, font="sans-bold" if big else "sans")
        p.at(x1, b, f"{v:,}円", size=13 if big else 10, align="r", font="sans-bold" if big else "sans")
    p.add(Line(x0, p.y - 0.5, x1, p.y - 0.5, 0.8, ORANGE))
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 12, 0.9, ORANGE))
    p.at(22, y + 8, "お支払期限", size=10.5, font="sans-bold", color=ORANGE)
    p.at(60, y + 8.3, f"{wdate(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.at(188, y + 8, "同封の払込票でコンビニ払い可", size=8.5, align="r")
    p.y = y + 16
    p.para("※延滞利息は、各お支払期日の翌日から本通知日までの日割計算です（年365日）。機種代金の残額には延滞利息はかかり"
           "ません。", size=8.6, indent="")
    p.para("※お支払期限までにお支払いがない場合、本債権を債権回収会社へ譲渡し、又はその回収を委託することがあります。また、"
           "信用情報機関に延滞の事実が登録されます。", size=8.6, indent="")
    p.para("※解除後の電話番号はご利用いただけません。端末の SIM ロックは解除済みです。", size=8.6, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社ピコモ通信　料金センター", 10, "sans-bold"), ("〒105-0000 東京都港区しゃくなげ台九丁目9番9号", 8.5, "sans"),
                     ("料金のお問合せ　0120-000-814（9:00～20:00 年中無休）", 9.5, "sans"),
                     ("電気通信事業者 登録番号 第376号", 8, "sans")):
        p.line(s, x=88, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社ピコモ通信", phone="0120-000-814",
               creditor="株式会社ピコモ通信", status="not_applicable", debtor="靍見航", total=T, principal=PC_P,
               late_damages=L, rate=PC_R, lump=True, issued=issued, payment_due=due, acceleration=PC_ACC,
               last_payment=PC_LAST, reference="PC-8841-2275-06", input_kind="scan_png",
               template="proxy46_mobile_carrier_termination_device_balance", received=D(2025, 12, 3))
    return dict(stem="bc05", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (mobile carrier, 契約解除 and 利用料金 + 機種代金残額)",
                unusual="a mobile carrier's letter, scanned: Latin brand 「picomo」 under an orange band, mailing bars, the "
                        "debtor's own ご契約電話番号 080-0000-6614 under the name (distractor); 契約解除 date = the "
                        "機種代金 期限の利益喪失 (「同日をもって」); a 4-column table of 利用料金 per month (the last one "
                        "「2025年10月ご利用分（20日停止）」) with お支払期日 in slashes and 延滞利息 per row, a 利用料金 計 row and a "
                        "機種代金分割支払金残額（残13回） row; the summary 小計（元金） / 延滞利息（年14.5％） / ご請求額合計; an "
                        "電気通信事業者 登録番号 第376号 (not a servicer licence)")


# ---------------------------------------------------------------------------------------------
# bc06 joint 債権譲渡通知: ピコモ通信 → アルファ債権回収 (real, 101); 2-page scanned PDF; p.2 the 譲渡債権目録.


def bc06():
    issued = D(2026, 2, 5)
    L = pc_late(PC_ASSIGN)
    T = PC_P + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{fw(era(issued))}", align="r", size=10.5)
    p.gap(2)
    p.line("〒270-0000　千葉県松戸市野ぶどう坂九丁目9番9号", size=10)
    p.line("靍見　航　殿", size=13.5)
    p.gap(6)
    p.title("債権譲渡通知書", size=17, font="serif-bold", spaced=True)
    p.table([["通知人（譲渡人）", "東京都港区しゃくなげ台九丁目9番9号　株式会社ピコモ通信　代表取締役　穂北　崇"],
             ["通知人（譲受人）", "東京都中央区たちばな堀九丁目9番9号　アルファ債権回収株式会社　代表取締役　紀伊國　修"],
             ["", "（債権管理回収業に関する特別措置法に基づく　法務大臣許可番号　第101号）"]],
            [36, 145], x=15, aligns="ll", size=8.8, row_h=7.2, ruled="rows")
    p.seal(186, p.y - 17, 10, "round", "ピコモ通信|代表/取締役", angle=-6, seed=46061)
    p.seal(186, p.y - 5, 10, "round", "アルファ債権回収|代表/取締役", angle=4, seed=46062)
    p.gap(5)
    p.para("譲渡人株式会社ピコモ通信は、貴殿との間の移動体通信サービス利用契約及び端末機器の割賦販売契約に基づき貴殿に対して"
           f"有する別紙譲渡債権目録記載の債権（延滞利息その他付帯する一切の権利を含む。）を、{fw(era(PC_ASSIGN))}、譲受人"
           "アルファ債権回収株式会社に譲渡しました。")
    p.para("よって、民法第467条に基づき、譲渡人及び譲受人の連名をもってその旨通知いたします。今後は譲受人以外の者に"
           "お支払いにならないようご注意ください。お支払方法等については、譲受人から追ってご案内いたします。")
    p.gap(2)
    p.line("記", align="c")
    p.kv([("原契約お客様番号", "PC-8841-2275-06（譲渡人）"), ("ご契約解除日", fw(era(PC_ACC)) + "（同日期限の利益喪失）"),
          ("最終ご入金日", fw(era(PC_LAST))), ("譲渡日", fw(era(PC_ASSIGN))),
          ("譲渡債権額", f"金{fw(f'{T:,}')}円（内訳は別紙のとおり）")], x=28, label_w=40, size=10)
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 166, 26, 0.4))
    p.at(26, y + 6.5, "お問い合わせ先（譲受人）", size=10, font="serif-bold")
    p.at(26, y + 13, "アルファ債権回収株式会社　管理第二部　担当　采女（うねめ）", size=9.5)
    p.at(26, y + 19.5, "フリーダイヤル 0120-000-101　受付 平日9時～18時　お客様番号 AL-60130-2275", size=9.5)
    p.y = y + 30
    p.line("以上", align="r")
    q = Page(font="serif", size=10.5, top=18)
    q.line("（別紙）", size=10)
    q.title("譲渡債権目録", size=15, font="serif-bold")
    q.line(f"債務者　靍見　航　　　基準日　{fw(era(PC_ASSIGN))}（譲渡日）", size=10)
    q.gap(2)
    rows = [[m, f"{v:,}", f"{late(v, PC_R, dd + timedelta(1), PC_ASSIGN):,}"] for m, dd, v in PC_USE]
    rows.append(["機種代金分割支払金残額（残13回）", f"{PC_DEV:,}", "―"])
    q.table([["債権の種類・内容", "元金", "延滞利息"]] + rows +
            [["元金　合計", f"{PC_P:,}", ""], ["延滞利息　合計（年14.5％）", "", f"{L:,}"], ["譲渡債権額", "", f"{T:,}"]],
            [96, 36, 36], x=22, header=True, aligns="lrr", size=9.8, row_h=7.8)
    q.line("（金額の単位：円）", x=190, size=8.5, align="r")
    q.gap(3)
    q.para("注１　延滞利息は、各利用料金のお支払期日の翌日から譲渡日まで、年14.5％（年365日の日割計算）により算出しています。",
           x0=22, x1=190, size=9.3, indent="")
    q.para("注２　譲渡日の翌日以降も、元金のうち利用料金分（" + f"{PC_USESUM:,}" + "円）に対し同率の延滞利息が発生します。",
           x0=22, x1=190, size=9.3, indent="")
    q.para("注３　端末機種　Picomo S7（分割24回、月額3,960円、第11回まで支払済）。", x0=22, x1=190, size=9.3, indent="")
    tr = truth(document_type="assignment_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed",
               original="株式会社ピコモ通信", debtor="靍見航", total=T, principal=PC_P, late_damages=L, rate=PC_R,
               lump=False, issued=issued, acceleration=PC_ACC, last_payment=PC_LAST, assignment=PC_ASSIGN,
               reference="AL-60130-2275", input_kind="pdf_scan",
               template="proxy46_joint_assignment_carrier_to_servicer_schedule", received=D(2026, 2, 9))
    return dict(stem="bc06", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.8,
                about="assignment_notice (joint, mobile carrier → real servicer, 2 pages)",
                unusual="joint 債権譲渡通知書 (spaced title) as a 2-page image PDF: the two 通知人 in a rows-ruled table "
                        "UNDER the title with round seals at its right end, the licence of ★ アルファ債権回収株式会社 in "
                        "brackets on its own row 「（…法務大臣許可番号　第101号）」; 記 with full-width era dates (契約解除日 "
                        "「（同日期限の利益喪失）」, 最終ご入金日, 譲渡日) and the 譲渡債権額 in full-width 金…円; the carrier's "
                        "原契約お客様番号 as a distractor and the servicer's お客様番号 inside the お問い合わせ先 box; p.2 "
                        "(別紙) 譲渡債権目録 with 元金 / 延滞利息 columns, 元金 合計 / 延滞利息 合計 / 譲渡債権額 rows; the "
                        "device model and instalments as distractors; informs only")


# ---------------------------------------------------------------------------------------------
# bc07 city water bureau: 督促状 兼 給水停止予告, phone photo; 水道料金 / 下水道使用料 by two-month period, 督促手数料.


def bc07():
    issued, due, stop = D(2025, 12, 8), D(2025, 12, 22), D(2026, 1, 13)
    per = [("令和7年7・8月分", 5_137, 4_268), ("令和7年9・10月分", 5_588, 4_631)]
    W = sum(r[1] for r in per)
    S = sum(r[2] for r in per)
    P = W + S
    C = 100 * len(per)
    T = P + C
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 12, color=None, fill=BLUE))
    p.at(20, 18.2, "汐見沢市上下水道局", size=12.5, font="sans-bold", color=WHITE)
    p.at(192, 18, "督促状 兼 給水停止予告通知書", size=12, font="sans-bold", color=WHITE, align="r")
    p.y = 27
    p.line("汐見沢市ほおずき町九丁目9番9号", size=10)
    p.line("阿波連　陽子　様", size=13.5)
    p.at(196, 28, f"発行日　{era(issued)}", size=9.5, align="r")
    p.at(196, 33, "お客様番号　07-1423-6690", size=9.5, align="r")
    p.at(196, 38, "水栓番号　M-33-0917", size=8.5, align="r", color=GRAY)
    p.gap(4)
    p.para("水道料金及び下水道使用料（以下「料金」）が、納期限を過ぎても納付されていません。汐見沢市水道事業給水条例"
           "第33条により督促します。下記の指定期限までに必ず納付してください。", size=10)
    p.gap(1)
    p.table([["検針期", "水道料金", "下水道使用料", "計"]] + [[k, f"{w:,}", f"{s:,}", f"{w + s:,}"] for k, w, s in per] +
            [["未納料金計", f"{W:,}", f"{S:,}", f"{P:,}"]],
            [50, 40, 44, 40], x=18, header=True, aligns="lrrr", size=10, row_h=8)
    p.gap(1)
    x0, x1 = 100, 192
    for lab, v, big in (("督促手数料（100円×2件）", C, False), ("納付額合計", T, True)):
        b = p.line(lab, x=x0, size=11 if big else 9.8, font="sans-bold" if big else "sans")
        p.at(x1, b, f"{v:,}円", size=13 if big else 10, align="r", font="sans-bold" if big else "sans")
    p.add(Line(x0, p.y - 0.5, x1, p.y - 0.5, 0.6))
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 88, 20, 1.0, RED))
    p.at(19, y + 6.5, "指定期限", size=10, font="sans-bold", color=RED)
    p.at(59, y + 15, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold", align="c")
    p.add(Box(108, y, 88, 20, 0.4, GRAY))
    p.at(112, y + 6.5, "給水停止予定日", size=9.5, color=GRAY)
    p.at(152, y + 15, f"{era(stop)}（{wd(stop)}）", size=11, align="c", color=GRAY)
    p.y = y + 24
    p.para("指定期限までに納付がないときは、条例第34条により、予告なく給水を停止することがあります。停止後に再開するには、"
           "未納料金の全額納付が必要です。すでに納付済みの場合は、行き違いですのでご容赦ください。", size=9.3, indent="")
    p.para("お支払いは、下の納付書で市内の金融機関・コンビニエンスストア・上下水道局窓口でできます。口座振替をご希望の方は"
           "お申し出ください。", size=9.3, indent="")
    p.line("お問合せ　汐見沢市上下水道局　料金課　電話 0467-00-2210（平日8:30～17:15）", size=9.5, font="sans-bold")
    slip(p, 214, account="00000-0-142366", payee="汐見沢市上下水道局", amount=T, payer="阿波連　陽子",
         note=["令和7年7・8月分, 9・10月分", "督促手数料を含みます", "お客様番号 07-1423-6690"],
         title="納付書（督促分）", bank_line="取扱金融機関　市指定金融機関・ゆうちょ銀行・コンビニエンスストア",
         key="bc07slip")
    tr = truth(document_type="collection_notice", sender="汐見沢市上下水道局", phone="0467-00-2210",
               creditor="汐見沢市上下水道局", status="not_applicable", debtor="阿波連陽子", total=T, principal=P,
               costs=C, lump=False, issued=issued, payment_due=due, reference="07-1423-6690", input_kind="photo_jpeg",
               template="proxy46_water_bureau_dunning_supply_stop_slip", received=D(2025, 12, 10))
    return dict(stem="bc07", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.85, shadow=0.22, shadow_side="bottom",
                          warm=0.2),
                about="collection_notice (city water bureau 督促状 兼 給水停止予告, phone photo)",
                unusual="phone photo on a pale desk with creases and a hand shadow at the bottom: a city 上下水道局's "
                        "督促状 兼 給水停止予告通知書 with the title in the BLUE header band next to the bureau's name; a "
                        "table by two-month 検針期 (水道料金 / 下水道使用料 / 計) with a 未納料金計 row, then 督促手数料"
                        "（100円×2件） (→ costs) and 納付額合計 on the right; two boxes side by side: the red 指定期限 (= "
                        "payment_due) and the grey 給水停止予定日 (distractor); 条例 article numbers; 水栓番号 as a distractor; a "
                        "納付書 (払込取扱票) at the foot repeating the total; no late charge and no rate")


# ---------------------------------------------------------------------------------------------
# bc08 broadcaster's 受信料 demand, iPhone HEIC: four 2-month periods, 延滞利息 at 年12％ per period.


def bc08():
    R = 12.0
    issued, due, lastp = D(2025, 12, 19), D(2026, 1, 16), D(2025, 3, 31)
    per = [("令和7年4・5月期", D(2025, 4, 30)), ("令和7年6・7月期", D(2025, 6, 30)),
           ("令和7年8・9月期", D(2025, 8, 31)), ("令和7年10・11月期", D(2025, 10, 31))]
    fee = 3_900
    rows = [(k, dd, late(fee, R, dd + timedelta(1), issued)) for k, dd in per]
    P = fee * len(per)
    L = sum(r[2] for r in rows)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 10, 10, color=None, fill=PLUM))
    p.at(20, 19.3, "風", size=12, font="sans-bold", color=WHITE, align="c")
    p.at(28, 19.5, "日本みなかぜ放送協会", size=13, font="sans-bold", color=PLUM)
    p.at(196, 17, f"{era(issued)}", size=9.5, align="r")
    p.y = 28
    p.line("〒900-0000　沖縄県那覇市みずばしょう通九丁目9番9号", size=10)
    p.line("與那覇　真由美　様", size=13.5)
    p.gap(2)
    grid(p, 15, p.y, [28, 62, 28, 63], [["お客様番号", "7-3125-660418", "契約種別", "衛星契約（2か月払）"],
                                       ["受信契約日", "平成30年6月14日", "お支払方法", "継続振込"]], h=7.5, size=9.5)
    p.y += 20
    p.title("放送受信料のお支払いについて（ご請求）", size=14.5, color=PLUM)
    p.para("放送受信料につきまして、下記の期の受信料のお支払いが確認できておりません。受信規約第12条により、支払期日の翌日"
           "から年12％の割合で延滞利息を申し受けることになっております。", size=10)
    p.para(f"つきましては、下記合計額を{era(due)}（{wd(due)}）までにお支払いくださいますよう、お願い申し上げます。", size=10)
    p.gap(1)
    body = [[k, era(dd), f"{fee:,}円", f"{lt:,}円"] for k, dd, lt in rows]
    p.table([["期", "支払期日", "受信料", "延滞利息"]] + body, [48, 52, 38, 38], x=17, header=True, aligns="lcrr", size=9.8,
            row_h=7.6)
    p.gap(2)
    x0, x1 = 60, 193
    for lab, v, big in (("未払受信料　計", P, False), (f"延滞利息（年12％　{era(issued)}まで）", L, False),
                        ("お支払合計額", T, True)):
        b = p.line(lab, x=x0, size=11.5 if big else 10, font="sans-bold" if big else "sans")
        p.at(x1, b, f"{v:,}円", size=13.5 if big else 10.5, align="r", font="sans-bold" if big else "sans",
             color=PLUM if big else (0, 0, 0))
    p.add(Line(x0, p.y - 0.3, x1, p.y - 0.3, 0.7, PLUM))
    p.gap(3)
    p.para(f"・最後にお支払いいただいたのは、令和7年2・3月期（{era(lastp)}お支払い）です。", size=9.3, indent="")
    p.para("・衛星契約の受信料は2か月額3,900円（口座振替・クレジットカード払の場合）です。12か月前払額は22,830円です。",
           size=9.3, indent="")
    p.para("・テレビを廃止された場合などは、解約のお届けが必要です。お届けの日より前の期の受信料はお支払いいただく必要があり"
           "ます。", size=9.3, indent="")
    p.para("・同封の振込用紙（払込取扱票）でお支払いください。お支払いの確認に1週間ほどかかる場合があります。", size=9.3, indent="")
    p.gap(4)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.4, PLUM))
    p.at(20, y + 7, "日本みなかぜ放送協会　受信料特別対策センター（那覇）", size=10.5, font="sans-bold")
    p.at(20, y + 13.5, "〒900-0000 沖縄県那覇市たちばな堀九丁目9番9号", size=8.5)
    p.at(20, y + 19, "受信料のお問合せ　0570-000-212（ナビダイヤル　9時～18時　土日祝も受付）", size=9.5)
    qr(p, 176, y + 3, 16, "bc08qr")
    tr = truth(document_type="collection_notice", sender="日本みなかぜ放送協会", phone="0570-000-212",
               creditor="日本みなかぜ放送協会", status="not_applicable", debtor="與那覇真由美", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="7-3125-660418", input_kind="photo_heic",
               template="proxy46_broadcaster_reception_fee_periods_heic", received=D(2025, 12, 22))
    return dict(stem="bc08", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, glare=18, fill=0.85, warm=0.25),
                about="collection_notice (broadcaster's 受信料 demand, iPhone HEIC)",
                unusual="iPhone HEIC on tatami with creases and a lamp glare: an NHK-like 放送協会's 受信料 demand with a "
                        "one-kanji mark 「風」; a shaded 2×2 grid (お客様番号, 契約種別 衛星契約, 受信契約日 平成30年, お支払方法); "
                        "a per-period table 期 / 支払期日 / 受信料 / 延滞利息 (four 2-month periods); the summary 未払受信料 計 / "
                        "延滞利息（年12％ …まで） / お支払合計額 in plum; the last payment only as 「令和7年2・3月期（令和7年3月31日"
                        "お支払い）」 in a bullet; 2か月額 3,900 and 12か月前払額 22,830 as distractors; a 0570 ナビダイヤル")


LETTERS = [bc01, bc02, bc03, bc04, bc05, bc06, bc07, bc08]
