"""Proxy set 36, letters as01–as08: "lawyers and 司法書士 writing for creditors". A 弁護士法人's 受任通知兼ご請求書 for a
card company (as01), a lawyer's 債権譲渡通知書 for a 貸金業者 closing its business (as02), a lawyers' 訴訟提起のご通知 with
the 訴状 copy for a landlord (as03), a 弁護士法人's 和解 proposal for a hospital (as04), a 縦書き 内容証明 催告書 for a
private lender (as05), a 司法書士法人's claim for a 個人事業主 who sold a mower on credit (as06), lawyers' 期限の利益喪失
通知 for a 信用組合 (as07) and a 支払督促 of a real servicer represented by a lawyer (as08)."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    NAVY,
    WHITE,
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
)

from samples.letters.fmt import fullwidth, yen
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
TEAL = (0.02, 0.36, 0.38)
PLUM = (0.42, 0.14, 0.36)
BROWN = (0.42, 0.26, 0.12)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def ek(d: D) -> str:
    """令和7年12月22日（月） with the weekday from the date."""
    return f"{era(d)}（{wd(d)}）"


# ---------------------------------------------------------------------------------------------
# as01 弁護士法人 受任通知兼ご請求書 for a card company; letterhead band, lawyers' 登録番号 as distractors.


def as01():
    R = 14.6
    issued, due = D(2025, 12, 8), D(2025, 12, 22)
    acc, lastp = D(2025, 8, 27), D(2025, 5, 27)
    P, I = 612_340, 38_915
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 7, color=None, fill=TEAL))
    p.at(15, 19, "弁護士法人", size=9, color=TEAL)
    p.at(15, 26, "えにしだ総合法律事務所", size=16, font="serif-bold", color=TEAL)
    p.add(Line(15, 29, 110, 29, 0.4, TEAL))
    for i, s in enumerate(["〒160-0000　東京都新宿区いかるが台九丁目9番9号　第三霞末ビル5階",
                           "TEL 03-0000-4127　／　FAX 03-0000-4128（受付 平日9:30～17:30）",
                           "第二東京弁護士会所属"]):
        p.at(15, 33.5 + i * 4.2, s, size=8)
    p.at(196, 19, era(issued), size=10, align="r")
    p.at(196, 25, "当職整理番号　ES25-1207", size=9.5, align="r")
    p.y = 52
    p.line("〒179-0000　東京都練馬区しなのき通九丁目9番9-203号", size=10)
    p.line("虹川　沙織　様", size=14)
    p.gap(2)
    p.at(196, p.y, "代表弁護士　鯉淵　崇史（登録番号 41877）", size=9, align="r")
    p.at(196, p.y + 4.6, "弁護士　星加　由里（登録番号 52290）", size=9, align="r")
    p.seal(160, p.y - 9, 11, "square", "弁護士法人えにしだ総合法律事務所之印", angle=-3, seed=36011)
    p.y += 10
    p.title("受任通知兼ご請求書", size=16, font="serif-bold")
    p.para("前略　当職は、株式会社さるすべりカード（以下「依頼者」といいます。）から、貴殿に対する下記債権の回収に"
           "ついて委任を受けましたので、本書をもってご通知いたします。")
    p.para("貴殿は、依頼者との間のカード会員契約に基づく分割金のお支払いを怠り、下記のとおり期限の利益を喪失して"
           "おります。つきましては、下記ご請求金額を、" + ek(due) + "限り、下記当職名義の預り金口座へお振込みください。")
    p.para("なお、本件に関するご連絡・ご相談は、今後すべて当職宛てにお願いいたします。依頼者への直接のご連絡は"
           "お控えください。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("会員番号", "＊＊＊＊－＊＊＊＊－＊＊＊＊－4471"), ("ご入会日", "平成31年3月8日"),
          ("期限の利益喪失日", era(acc)), ("最終ご入金日", era(lastp))], x=28, label_w=38, sep="", size=9.5)
    p.gap(2)
    rows = [["項　目", "金　額"], ["立替金残元金（ショッピング・キャッシング）", f"{P:,}円"],
            ["未払手数料・利息", f"{I:,}円"],
            [f"遅延損害金（年{R}％　{era(acc + timedelta(1))}～{era(issued)}）", f"{L:,}円"],
            ["ご請求金額合計", f"{T:,}円"]]
    p.table(rows, [118, 44], x=24, header=True, aligns="lr", size=9.5, row_h=7.6)
    p.add(Box(24, p.y - 7.6, 162, 7.6, 0.9))
    p.gap(3)
    p.kv([("お支払期限", f"{ek(due)}限り"),
          ("お振込先", "さいかち銀行　新宿西口支店　普通預金　7204417"),
          ("口座名義", "弁護士法人えにしだ総合法律事務所　預り金口"),
          ("", "（ベンゴシホウジンエニシダソウゴウホウリツジムショ　アズカリキングチ）")],
         x=28, label_w=26, size=9.5)
    p.gap(2)
    p.para("※お振込みの際は、ご依頼人名の前に当職整理番号「ES25-1207」をご入力ください。振込手数料はご負担ください。",
           size=8.5, indent="")
    p.para("※上記期限までにお支払い又はご連絡がない場合は、依頼者と協議のうえ、訴訟提起等の法的手続に移行することが"
           "ありますので、あらかじめご承知おきください。", size=8.5, indent="")
    p.para("※分割でのお支払いをご希望の場合は、上記期限までに担当事務（03-0000-4127）までお電話ください。", size=8.5,
           indent="")
    p.line("草々", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人えにしだ総合法律事務所", phone="03-0000-4127",
               creditor="株式会社さるすべりカード", status="not_applicable", debtor="虹川沙織", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="ES25-1207", input_kind="pdf_text",
               template="proxy36_lawyer_juninn_card_teal_letterhead", received=D(2025, 12, 10))
    return dict(stem="as01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (弁護士法人 受任通知兼ご請求書 for a card company)",
                unusual="弁護士法人 letterhead under a teal top band (「弁護士法人」 small over the office name), office "
                        "address / TEL / FAX / 第二東京弁護士会所属 top-left; the two lawyers with their 登録番号 41877 / "
                        "52290 right-aligned ABOVE the title (distractors); 「当職は、…（以下「依頼者」）から…委任を受け"
                        "ました」; a 記 kv block (masked 会員番号, ご入会日 平成31年, 喪失日, 最終ご入金日); a 2-column table "
                        "立替金残元金（ショッピング・キャッシング） / 未払手数料・利息 / 遅延損害金 with its window / ご請求金額"
                        "合計 in a heavy frame; 「…（月）限り」 due in the prose and the kv block; 預り金口 account")


# ---------------------------------------------------------------------------------------------
# as02 債権譲渡通知書 sent by the 譲渡人's lawyer (a 貸金業者 closing its business → another 貸金業者).


def as02():
    R = 20.0
    issued, assigned = D(2025, 11, 14), D(2025, 11, 4)
    acc, lastp = D(2025, 7, 10), D(2025, 5, 12)
    P, I = 284_600, 9_812
    L = late(P, R, acc + timedelta(1), assigned)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 20, wdate(issued), size=10.5, align="r")
    p.at(196, 25.5, "管理番号　WS-2511-046", size=9.5, align="r")
    p.y = 32
    p.line("〒590-0000　大阪府堺市堺区うばめ通九丁目9番9号", size=10)
    p.line("牛腸　正樹　殿", size=13.5)
    p.gap(6)
    p.add(Line(60, p.y, 150, p.y, 0.3))
    p.gap(1)
    p.add(Line(60, p.y, 150, p.y, 0.3))
    p.gap(1)
    p.title("債 権 譲 渡 通 知 書", size=17, font="serif-bold")
    p.add(Line(60, p.y - 2, 150, p.y - 2, 0.3))
    p.add(Line(60, p.y - 1, 150, p.y - 1, 0.3))
    p.gap(3)
    p.para("当職は、株式会社こうぞファイナンス（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
           "通知いたします。")
    p.para(f"通知人は、貸金業の廃止に伴い、{wdate(assigned)}、通知人が貴殿に対して有する下記債権の全部を、下記譲受人に"
           "譲渡いたしました。")
    p.para("つきましては、今後、下記債権のお支払いは譲受人に対して行ってくださいますよう、ご通知申し上げます。"
           "通知人及び当職に対してお支払いいただいても、弁済の効力を生じませんのでご注意ください。")
    p.gap(1)
    p.line("記", align="c", font="serif-bold")
    p.line("１　譲受人", x=24, font="serif-bold")
    p.kv([("名称", "株式会社はんのきローン"), ("所在地", "大阪府大阪市北区しぎ町九丁目9番9号"),
          ("登録", "近畿財務局長(2)第01377号"), ("連絡先", "お客様相談室　06-0000-8835")],
         x=32, label_w=20, size=9.8)
    p.line("２　譲渡債権（" + wdate(assigned) + "現在）", x=24, font="serif-bold")
    p.kv([("原契約", "平成30年6月15日付金銭消費貸借契約（貸付番号 0019-3345）"),
          ("期限の利益喪失日", wdate(acc)), ("最終ご返済日", wdate(lastp))], x=32, label_w=36, size=9.8)
    p.gap(1)
    rows = [["貸付残元金", "未収利息", f"遅延損害金（年{R:g}％）", "譲渡債権額合計"],
            [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [38, 34, 46, 40], x=32, header=True, aligns="rrrr", size=9.8, row_h=8)
    p.para(f"※遅延損害金は、{wdate(acc + timedelta(1))}から譲渡日まで、貸付残元金に対し年{R:g}％の割合で計算しています。"
           "譲渡日の翌日以降の遅延損害金は、譲受人が請求いたします。", size=8.8, indent="", x0=32)
    p.para("※当初貸付額 金500,000円、約定返済額 毎月12日限り金11,000円。", size=8.8, indent="", x0=32)
    p.gap(1)
    p.line("３　本件に関するお問い合わせ", x=24, font="serif-bold")
    p.para("お支払方法等は譲受人へ、本通知の内容については下記当職までお問い合わせください。", x0=32, size=9.8, indent="")
    p.line("以上", align="r")
    p.gap(3)
    y = p.y
    for i, (s, sz) in enumerate((("通知人（譲渡人）", 9), ("大阪府大阪市中央区さざ波通九丁目9番9号", 9.5),
                                 ("株式会社こうぞファイナンス", 11), ("代表取締役　猫田　義久", 10),
                                 ("", 4), ("上記通知人代理人", 9), ("〒530-0000　大阪府大阪市北区つるうめ台九丁目9番9号", 9.5),
                                 ("鷲巣法律事務所　（大阪弁護士会所属）", 10.5), ("弁護士　鷲巣　広海", 11),
                                 ("電話 06-0000-2294　FAX 06-0000-2295", 9.5))):
        if s:
            p.at(92, y + i * 5.0, s, size=sz)
    p.seal(180, y + 44, 10, "square", "弁護士鷲巣広海", angle=4, seed=36021)
    tr = truth(document_type="assignment_notice", sender="鷲巣法律事務所", phone="06-0000-2294",
               creditor="株式会社はんのきローン", status="not_applicable", original="株式会社こうぞファイナンス",
               debtor="牛腸正樹", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=None, acceleration=acc, last_payment=lastp, assignment=assigned,
               reference="WS-2511-046", input_kind="pdf_text",
               template="proxy36_lawyer_for_assignor_moneylender_closing", received=D(2025, 11, 17))
    return dict(stem="as02", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="assignment_notice (the 譲渡人's lawyer, 貸金業者 closing → another 貸金業者)",
                unusual="債権譲渡通知書 sent by a LAWYER as 代理人 of the 譲渡人 (a 貸金業者 that closes its business), serif, "
                        "title between double rules; western 年月日 dates; the 譲受人 株式会社はんのきローン (a 貸金業者, not a "
                        "servicer) in a kv block with its 財務局 登録 and its own phone (distractors); a 4-column one-row "
                        "table 貸付残元金 / 未収利息 / 遅延損害金（年20％） / 譲渡債権額合計 as of the 譲渡日; 貸付番号 "
                        "0019-3345, 当初貸付額 500,000 and 約定返済額 11,000 as distractors; informs only (no payment date); "
                        "the 通知人 and 代理人 blocks at the bottom")


# ---------------------------------------------------------------------------------------------
# as03 lawyers' 訴訟提起のご通知 (p.1) with the 訴状 copy (p.2): unpaid rent, 高崎簡易裁判所 (ハ).


def as03():
    issued, filed, hearing, contact = D(2026, 1, 27), D(2026, 1, 20), D(2026, 3, 4), D(2026, 2, 20)
    rent, months = 78_000, 7
    P = rent * months
    case = "令和8年(ハ)第142号"
    p = Page(font="sans", size=10.3, top=14)
    p.at(15, 19, "亀卦川・渚野法律事務所", size=13.5, font="sans-bold", color=NAVY)
    p.at(15, 24, "KEGEGAWA & NAGISANO LAW OFFICE", size=6.5, color=NAVY)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, f"事件番号　{case}", size=10, font="sans-bold", align="r")
    p.y = 32
    p.line("〒370-0000　群馬県高崎市ほととぎす坂九丁目9番9号　コーポ潮騒102", size=9.8)
    p.line("午来　大輔　様", size=13.5)
    p.gap(5)
    p.title("訴訟提起のご通知", size=16)
    p.para("当職らは、株式会社やぶつばき不動産（以下「依頼者」といいます。）の訴訟代理人として、貴殿に対し、次のとおり"
           "ご通知いたします。")
    p.para(f"依頼者は、貴殿に対し再三にわたり未払賃料のお支払いを求めてまいりましたが、お支払いがありませんでしたので、"
           f"{era(filed)}、高崎簡易裁判所に対し、貴殿を被告とする未払賃料請求の訴えを提起しました。")
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 166, 30, 0.5, NAVY, (0.93, 0.95, 0.99)))
    for i, (a, b) in enumerate((("裁判所", "高崎簡易裁判所　民事係"), ("事件番号", case + "　未払賃料請求事件"),
                                ("第1回口頭弁論期日", f"令和8年3月4日（{wd(hearing)}）午前10時30分"),
                                ("請求額", f"金{P:,}円　及び　遅延損害金"))):
        p.at(27, y + 7 + i * 6.6, a, size=9.5, color=NAVY)
        p.at(72, y + 7 + i * 6.6, b, size=10.3, font="sans-bold" if i == 2 else "sans")
    p.y = y + 34
    p.para("訴状の写しを同封いたします。正式な訴状副本及び口頭弁論期日呼出状は、追って裁判所から特別送達の方法で"
           "送達されますので、必ずお受け取りください。")
    p.para(f"なお、期日前に話合いによる解決（和解）をご希望の場合は、{era(contact)}までに当職らまでご連絡ください。"
           "ご連絡がない場合は、上記期日において審理が行われます。")
    p.para("本件建物（コーポ潮騒102号室）の賃貸借契約の解除及び明渡しについては、別途ご連絡いたします。", size=9.8)
    p.line("以上", align="r")
    p.gap(4)
    for i, s in enumerate(["〒370-0000　群馬県高崎市汐凪町九丁目9番9号　灯台下ビル3階", "亀卦川・渚野法律事務所（群馬弁護士会）",
                           "原告訴訟代理人　弁護士　亀卦川　誠", "同　　　　　　　弁護士　渚野　理沙",
                           "TEL 027-000-3142　FAX 027-000-3143"]):
        p.line(s, x=98, size=9.8 if i != 1 else 10.5, font="sans-bold" if i == 1 else None)
    p.seal(186, p.y - 14, 10, "square", "弁護士亀卦川誠", angle=-2, seed=36031)
    p.gap(3)
    p.line("同封書類　訴状（写し）1通、甲第1号証～第4号証（写し）", x=20, size=9)

    q = Page(font="serif", size=10.5, top=16)
    q.at(196, 18, "（写し）", size=10, align="r")
    q.title("訴　　　　状", size=18, font="serif-bold")
    q.line(era(filed), align="r")
    q.line("高崎簡易裁判所　御中", size=11)
    q.gap(2)
    q.line("原告訴訟代理人　弁護士　亀卦川　誠", x=98)
    q.line("同　　　　　　　弁護士　渚野　理沙", x=98)
    q.gap(2)
    q.kv([("原　告", "株式会社やぶつばき不動産（群馬県高崎市くつわむし町九丁目9番9号）"),
          ("", "代表者代表取締役　舳倉　弘道"),
          ("原告訴訟代理人", "亀卦川・渚野法律事務所（送達場所）　電話 027-000-3142"),
          ("被　告", "午来　大輔（群馬県高崎市ほととぎす坂九丁目9番9号　コーポ潮騒102）")], x=22, label_w=32, size=9.8)
    q.gap(2)
    q.line(f"未払賃料請求事件　　訴訟物の価額　金{P:,}円　　貼用印紙額　金6,000円", x=22, size=9.8)
    q.gap(2)
    q.line("第１　請求の趣旨", x=22, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{P:,}円及びこれに対する訴状送達の日の翌日から支払済みまで年3分の割合による"
           "金員を支払え。", x0=28)
    q.para("２　訴訟費用は被告の負担とする。", x0=28)
    q.para("との判決並びに仮執行の宣言を求める。", x0=28, indent="")
    q.gap(1)
    q.line("第２　請求の原因", x=22, font="serif-bold")
    for s in ("１　原告は、令和5年4月1日、被告に対し、原告所有の建物（コーポ潮騒102号室）を、賃料月額78,000円（毎月末日"
              "限り翌月分前払い）の約定で賃貸し、引き渡した（甲1）。",
              "２　被告は、令和7年6月分から同年12月分までの7か月分の賃料合計546,000円を支払わない（甲2、甲3）。",
              "３　原告は、被告に対し、令和7年11月21日到達の内容証明郵便により上記未払賃料の支払を催告した（甲4）が、"
              "被告はこれを支払わない。",
              "４　よって、原告は、被告に対し、賃貸借契約に基づき、未払賃料546,000円及びこれに対する訴状送達の日の翌日"
              "から支払済みまで民法所定の年3分の割合による遅延損害金の支払を求める。"):
        q.para(s, x0=28, indent="", size=10.2)
    q.gap(1)
    q.line("証拠方法　甲第1号証～甲第4号証　　附属書類　訴状副本1通、甲号証写し各1通、資格証明書1通、訴訟委任状1通",
           x=22, size=8.8)
    assert P == 546_000
    tr = truth(document_type="lawsuit", sender="亀卦川・渚野法律事務所", phone="027-000-3142",
               creditor="株式会社やぶつばき不動産", status="not_applicable", debtor="午来大輔", total=P, principal=P,
               interest=None, late_damages=None, rate=3.0, lump=False, issued=issued, payment_due=None,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy36_lawyers_suit_filed_notice_with_complaint_copy", received=D(2026, 1, 29))
    return dict(stem="as03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (lawyers' 訴訟提起のご通知 + 訴状 copy, unpaid rent, 簡裁 (ハ))",
                unusual="not a court paper: the landlord's two lawyers tell the tenant they have sued (p.1) and enclose "
                        "the 訴状 「（写し）」 (p.2); the 事件番号 令和8年(ハ)第142号 top-right in bold and in a tinted box "
                        "with the 第1回口頭弁論期日 and its time; the 提訴日 1/20 ≠ letter date 1/27; a 和解 contact date "
                        "2/20 (not a payment date); 請求の趣旨 「金546,000円及び…年3分」 (no fixed damages); 月額78,000円, "
                        "貼用印紙額 6,000円, 訴訟物の価額 and the 内容証明 到達日 as distractors; Latin office name")


# ---------------------------------------------------------------------------------------------
# as04 弁護士法人 和解 proposal for a hospital (2 pages): current debt table, then a 回答書 with the plan.


def as04():
    R = 3.0
    issued, asof, reply = D(2026, 2, 10), D(2026, 1, 31), D(2026, 2, 27)
    lastp = D(2025, 4, 15)
    P = 728_460
    L = late(P, R, D(2025, 1, 1), asof)
    T = P + L
    first, rest, n = 30_410, 30_350, 24
    assert first + rest * (n - 1) == P
    p = Page(font="sans", size=10, top=14)
    p.at(196, 17, f"発信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 22, "当事務所整理番号　SK-26-0041", size=9.5, align="r")
    p.y = 28
    p.line("〒830-0000　福岡県久留米市キビタキ台九丁目9番9号", size=9.8)
    p.line("子安　晴美　様", size=13.5)
    p.gap(3)
    p.add(Box(15, p.y, 181, 11, color=None, fill=PLUM))
    p.at(105.5, p.y + 7.8, "医療費のお支払方法についてのご提案（和解のご案内）", size=13.5, font="sans-bold", color=WHITE,
         align="c")
    p.gap(15)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。")
    p.para("当職は、医療法人社団ごぎょう会（ひぐらし坂病院。以下「ご依頼者様」といいます。）から、貴殿の入院診療費の"
           "未払金について委任を受けた弁護士です。")
    p.para(f"貴殿は、令和6年11月30日に退院された際の入院診療費のうち、{era(lastp)}に金50,000円をお支払いいただいた後、"
           "残額のお支払いがございません。ご依頼者様は、貴殿のご事情にも配慮し、下記のとおり遅延損害金を免除したうえでの"
           "分割払いによる解決をご提案しております。")
    p.gap(1)
    p.line(f"１．現在のご債務（{era(asof)}現在）", font="sans-bold")
    rows = [["内　訳", "金　額（円）"], ["未払診療費（入院費・自己負担分）", f"{P:,}"],
            [f"遅延損害金（令和7年1月1日から年{R:g}％）", f"{L:,}"], ["ご債務合計", f"{T:,}"]]
    p.table(rows, [110, 50], x=25, header=True, aligns="lr", size=9.8, row_h=7.6, shade_col0=True)
    p.gap(2)
    p.line("２．ご提案の内容", font="sans-bold")
    for s in (f"（1）遅延損害金 {L:,}円 は、下記の分割金を遅滞なくお支払いいただくことを条件に免除いたします。",
              f"（2）未払診療費 {P:,}円 を、令和8年3月から毎月末日限り、{n}回に分割してお支払いください。",
              f"　　 初回 {first:,}円、2回目以降 {rest:,}円（最終回 令和10年2月29日）",
              "（3）分割金の支払を2回分以上怠ったときは、残額及び免除した遅延損害金を直ちにお支払いいただきます。"):
        p.line(s, x=25, size=9.5)
    p.gap(3)
    y = p.y
    p.add(Box(25, y, 160, 14, 1.0, PLUM))
    p.at(30, y + 9, "ご回答期限", size=11.5, font="sans-bold", color=PLUM)
    p.at(70, y + 9.3, f"{era(reply)}（{wd(reply)}）当事務所必着", size=12.5, font="sans-bold")
    p.y = y + 18
    p.para("ご提案に同意される場合は、同封の回答書（2枚目）にご記入のうえ、返信用封筒でご返送ください。期限までにご回答が"
           "ない場合は、ご依頼者様の指示により、法的手続（支払督促・少額訴訟等）をとらせていただくことがあります。", size=9.5)
    p.line("敬具", align="r")
    p.gap(2)
    for i, s in enumerate(["弁護士法人さいかち総合法律事務所　久留米事務所", "〒830-0000　福岡県久留米市青鷺町九丁目9番9号",
                           "担当弁護士　熊耳　亜紀（福岡県弁護士会）", "TEL 0942-00-7316　FAX 0942-00-7317"]):
        p.line(s, x=100, size=10 if i == 0 else 9.3, font="sans-bold" if i == 0 else None)

    q = Page(font="sans", size=10, top=16)
    q.at(196, 18, "当事務所整理番号　SK-26-0041", size=9, align="r")
    q.title("回　答　書", size=16, spaced=False)
    q.line("弁護士法人さいかち総合法律事務所　弁護士　熊耳　亜紀　宛", size=10)
    q.gap(3)
    q.para(f"私は、医療法人社団ごぎょう会に対する未払診療費金{P:,}円について、貴職の{era(issued)}付ご提案に対し、次のとおり"
           "回答します。（該当する□に✓を付けてください）", indent="")
    q.gap(2)
    for s in ("□　ご提案のとおり分割で支払います。", f"　　（初回 {first:,}円　2回目以降 {rest:,}円 × {n - 1}回　毎月末日限り）",
              "□　一括で支払います。　支払予定日　令和　　年　　月　　日", "□　次の条件での分割を希望します。",
              "　　月額　　　　　　円 × 　　回（初回　令和　　年　　月）", "□　その他（　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=25, size=10.5)
        q.gap(1.5)
    q.gap(4)
    q.table([["年月日", "令和　　年　　月　　日"], ["ご住所", ""], ["お名前", "　　　　　　　　　　　　　　　　印"],
             ["お電話番号", "（　　　　）　　　　－"]], [34, 126], x=25, size=10, row_h=11, aligns="ll", shade_col0=True)
    q.gap(4)
    q.para(f"※ご回答期限　{era(reply)}（{wd(reply)}）必着。お振込先は同意いただいた後にご案内します。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="弁護士法人さいかち総合法律事務所", phone="0942-00-7316",
               creditor="医療法人社団ごぎょう会", status="not_applicable", debtor="子安晴美", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply,
               last_payment=lastp, reference="SK-26-0041", input_kind="pdf_text_2page",
               template="proxy36_lawyer_hospital_settlement_reply_form", received=D(2026, 2, 12))
    return dict(stem="as04", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (弁護士法人 for a hospital, 2 pages)",
                unusual="a 弁護士法人's 和解 proposal for a 医療法人社団 (the hospital's own name in brackets, 「ご依頼者様」); "
                        "white title on a plum band; the current debt as of 1/31 (≠ 発信日 2/10) in a shaded-label table "
                        "未払診療費 / 遅延損害金（法定3％） / ご債務合計; the last payment 50,000円 only in the prose; the plan "
                        "(30,410 + 30,350 × 23, 令和10年2月29日, the damages waiver) as distractors; ご回答期限 in a framed "
                        "box 「当事務所必着」; p.2 a 回答書 with check boxes and empty date fields (「令和　　年」); sender "
                        "block at the bottom right with 福岡県弁護士会")


# ---------------------------------------------------------------------------------------------
# as05 縦書き 内容証明 催告書 of a lawyer for a private lender (分割 loan between individuals).


def as05():
    R = 10.0
    issued, due = D(2025, 12, 2), D(2025, 12, 19)
    acc, lastp = D(2025, 6, 30), D(2025, 4, 30)
    P = 2_000_000 - 18 * 50_000
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    k = lambda n: yen(n, "kanji")  # noqa: E731
    cols = [
        ("title", "催告書"),
        ("body", "冠省　当職は、通知人戌亥源一郎（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、"
                 "次のとおり催告いたします。"),
        ("body", "貴殿は、令和五年十月一日、通知人から金二百万円を、令和五年十一月から毎月末日限り金五万円ずつ分割して"
                 "返済し、分割金の支払を二回以上怠ったときは通知を要せず当然に期限の利益を失い、残額に対し年一割の"
                 "遅延損害金を付して直ちに支払う旨の約定で借り受けました。"),
        ("body", f"しかるに貴殿は、{kdate(lastp)}の分割金の支払を最後にその後の支払をせず、{kdate(acc)}の経過をもって"
                 "期限の利益を喪失しました。"),
        ("body", "よって、通知人は貴殿に対し、左記金員を令和七年十二月十九日限り、左記口座に一括してお支払いいただくよう"
                 "催告いたします。"),
        ("indent", "記"),
        ("indent", f"一　貸金残元金　　{k(P)}"),
        ("indent", f"二　遅延損害金　　{k(L)}"),
        ("plain", "　　（令和七年七月一日から本書作成日まで年一割）"),
        ("indent", f"三　合計　　　　　{k(T)}"),
        ("indent", "振込先　かじか信用組合　本店営業部"),
        ("plain", "　　　　普通預金　三三八一〇二七"),
        ("plain", "　　　　弁護士鵜殿武彦預り金口"),
        ("body", "右期限までにお支払いのないときは、直ちに貸金返還請求訴訟を提起いたします。本件のご連絡は当職宛てに"
                 "お願いいたします。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟県新潟市中央区こうぞ坂九丁目九番九号"),
        ("low", "通知人　戌亥　源一郎"),
        ("low", "新潟県新潟市中央区すずむし台九丁目九番九号"),
        ("low", "鵜殿法律事務所（新潟県弁護士会）"),
        ("low", "右通知人代理人　弁護士　鵜殿　武彦"),
        ("low", "電話　〇二五（〇〇〇）三三八一"),
        ("low", "（当職整理番号　Ｕ７－０９３）"),
        ("blank", ""),
        ("low", "新潟県新発田市かじか町九丁目九番九号"),
        ("low", "堰口　康平　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 36051))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　鵜殿" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士鵜殿武彦之印", angle=-3,
                         seed=36052))
    tr = truth(document_type="collection_notice", sender="鵜殿法律事務所", phone="025-000-3381",
               creditor="戌亥源一郎", status="not_applicable", debtor="堰口康平", total=T, principal=P,
               interest=None, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="U7-093", input_kind="vertical_pdf",
               template="proxy36_vertical_lawyer_private_lender_demand", received=D(2025, 12, 4))
    return dict(stem="as05", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for a private lender, 縦書き 内容証明)",
                unusual="縦書き 催告書 (冠省 … 草々) with the 内容証明 stamp, digital: the creditor is a PRIVATE PERSON (通知人 "
                        "戌亥源一郎) who lent 二百万円 in 五万円 instalments; amounts in kanji with 万 units (金百十万円, "
                        "rate 「年一割」 → 10.0); the 借入 date, the original 二百万円 and 五万円 as distractors; the "
                        "deadline 令和七年十二月十九日限り in the prose; the 預り金口 account in kanji digits; the "
                        "通知人 and 代理人 both in the signature columns; phone in kanji digits; full-width 当職整理番号 "
                        "Ｕ７－０９３")


# ---------------------------------------------------------------------------------------------
# as06 司法書士法人 claim for a 個人事業主 (farm machinery sold on credit), 簡裁訴訟代理 認定番号; scanned PDF.


def as06():
    R = 14.6
    issued, due = D(2025, 11, 25), D(2025, 12, 10)
    acc, lastp = D(2025, 7, 10), D(2025, 5, 12)
    price, down, inst, paid = 810_000, 162_000, 18_000, 594_000
    assert down + 36 * inst == price and down + 24 * inst == paid
    P = price - paid
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 18, era(issued), size=10)
    p.at(15, 23.5, "当法人整理番号：NZ-2511-03", size=9.5)
    p.y = 30
    p.line("〒895-0000　鹿児島県薩摩川内市くつわむし町九丁目9番9号", size=9.8)
    p.line("霧生　勝也　様", size=13.5)
    y = 16
    p.add(Box(120, y, 76, 36, 0.3, BROWN, (0.98, 0.96, 0.92)))
    for i, (s, sz, f) in enumerate((("司法書士法人なずな野リーガル", 10.5, "sans-bold"),
                                    ("〒890-0000 鹿児島県鹿児島市潮騒町9番9号", 7.8, "sans"),
                                    ("TEL 099-000-5512　FAX 099-000-5513", 7.8, "sans"),
                                    ("代表社員　司法書士　仮屋園　健", 8.8, "sans"),
                                    ("鹿児島県司法書士会　登録番号 第512号", 7.4, "sans"),
                                    ("簡裁訴訟代理等関係業務 認定番号 第1103027号", 7.4, "sans"))):
        p.at(123, y + 6 + i * 5.2, s, size=sz, font=f)
    p.seal(188, y + 27, 9, "square", "司法書士法人なずな野リーガル印", angle=5, seed=36061)
    p.y = 58
    p.title("ご通知（売買代金残金のご請求）", size=15)
    p.para("当法人は、せり野農機こと卯木茂様（以下「ご依頼者様」といいます。）から、貴殿に対する下記売買代金残金の"
           "請求及び回収について依頼を受けましたので、ご通知申し上げます。")
    p.para(f"貴殿は、令和5年4月20日、ご依頼者様から乗用草刈機1台を代金{price:,}円（頭金{down:,}円、残額は毎月10日限り{inst:,}円の36回払い）で"
           f"購入されましたが、{era(lastp)}のお支払いを最後に分割金のお支払いがなく、契約書第8条により"
           f"{era(acc)}の経過をもって期限の利益を喪失されました。")
    p.para(f"つきましては、下記金額を{era(due)}（{wd(due)}）までに、下記口座へお振込みくださいますようお願いいたします。")
    p.gap(1)
    x0, x1 = 30, 176
    p.add(Line(x0, p.y, x1, p.y, 0.6, BROWN))
    p.gap(1.5)
    for lab, val, bold in (("売買代金", f"{price:,}円", False), ("お支払済額（頭金を含む）", f"△{paid:,}円", False),
                           ("売買代金残金", f"{P:,}円", False),
                           (f"遅延損害金（{era(acc + timedelta(1))}から{era(issued)}まで 年{R}％）", f"{L:,}円", False),
                           ("ご請求金額", f"{T:,}円", True)):
        if bold:
            p.add(Line(x0, p.y, x1, p.y, 0.3))
            p.gap(1)
        b = p.line(lab, x=x0 + 2, size=10.5 if bold else 9.8, font="sans-bold" if bold else None)
        p.at(x1 - 2, b, val, size=11 if bold else 9.8, align="r", font="sans-bold" if bold else "sans")
    p.add(Line(x0, p.y, x1, p.y, 0.6, BROWN))
    p.gap(3)
    p.kv([("お振込先", "こうぞ坂信用金庫　川内支店　普通預金　0512773"),
          ("口座名義", "司法書士法人なずな野リーガル　預り口"),
          ("お支払期限", f"{era(due)}（{wd(due)}）")], x=30, label_w=26, size=9.8)
    p.gap(2)
    p.para("期限までにお支払い又はご連絡がない場合は、ご依頼者様と協議のうえ、簡易裁判所への支払督促の申立て又は訴えの"
           "提起を検討いたします。分割払いのご相談にも応じますので、当法人の担当者までご連絡ください。", size=9.3)
    p.para("※本書と行き違いにお支払いいただいた場合は、ご容赦ください。※今後のお支払い・ご連絡は、せり野農機の店頭ではなく"
           "当法人宛てにお願いいたします。", size=8.5, indent="")
    p.line("担当　司法書士　仮屋園（内線 21）", align="r", size=9.3)
    tr = truth(document_type="collection_notice", sender="司法書士法人なずな野リーガル", phone="099-000-5512",
               creditor="卯木茂", status="not_applicable", debtor="霧生勝也", total=T, principal=P, interest=None,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="NZ-2511-03", input_kind="pdf_scan",
               template="proxy36_shihoshoshi_sole_trader_mower_credit_sale", received=D(2025, 11, 27))
    return dict(stem="as06", ext="pdf", kind="pdf_scan", pages=[p.spec], truth=tr,
                about="collection_notice (司法書士法人 for a 個人事業主's credit sale)",
                unusual="司法書士法人 letter scanned as a one-page image PDF: the creditor is a 個人事業主 printed as "
                        "「せり野農機こと卯木茂様」 (ご依頼者様); the sender box TOP-RIGHT (tinted) with the 司法書士会 登録番号 "
                        "第512号 and the 簡裁訴訟代理等関係業務 認定番号 第1103027号 (not licences); date and 当法人整理番号 "
                        "top-LEFT above the addressee; a computation 売買代金 810,000 − お支払済額 △594,000 = 売買代金残金, "
                        "then 遅延損害金 with its window and ご請求金額 (the first two lines are distractors); the 頭金, 18,000 × 36 and "
                        "the 令和5年 purchase date as distractors; 「内線 21」")


# ---------------------------------------------------------------------------------------------
# as07 lawyers' 期限の利益喪失通知及び一括弁済請求書 for a 信用組合 (education loan), 2 pages scanned.


def as07():
    R = 14.0
    issued, due = D(2026, 1, 19), D(2026, 2, 2)
    warn, acc, lastp = D(2025, 12, 22), D(2026, 1, 9), D(2025, 8, 12)
    P, I = 1_387_250, 16_390
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 19, era(issued), size=10.5, align="r")
    p.y = 24
    p.line("新潟県長岡市ごじゅうから坂九丁目9番9号", size=10)
    p.line("鹿毛　俊介　殿", size=13.5)
    p.gap(3)
    for i, s in enumerate(["〒951-0000　新潟県新潟市中央区五位鷺九丁目9番9号", "雁金・凪良法律事務所",
                           "かじか信用組合代理人", "弁護士　雁金　　哲", "弁護士　凪良　真帆", "電話 025-000-6604",
                           "当職ら整理番号　KN-26-008"]):
        p.at(108, p.y + i * 5.2, s, size=11 if i == 1 else 9.5, font="serif-bold" if i == 1 else "serif")
    p.seal(190, p.y + 18, 9, "square", "弁護士雁金哲", angle=3, seed=36071)
    p.y += 42
    p.title("期限の利益喪失通知及び一括弁済請求書", size=15.5, font="serif-bold")
    p.para("当職らは、かじか信用組合（以下「組合」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。")
    p.para("１　貴殿は、平成30年3月26日、組合との間で教育ローン（証書貸付）契約を締結し、毎月10日限り元利均等返済の"
           "方法により返済する旨約しました。")
    p.para(f"２　しかるに、貴殿は{era(lastp)}の返済を最後にその後の返済を怠ったため、組合は{era(warn)}付催告書により、"
           f"{era(acc)}までに延滞元利金を支払うよう催告しましたが、同日までにお支払いがありませんでした。")
    p.para(f"３　よって、貴殿は、組合の融資約定書第7条第2項の定めにより、{era(acc)}の経過をもって期限の利益を喪失し"
           "ましたので、その旨通知いたします。")
    p.para(f"４　つきましては、別紙計算書記載の金{T:,}円を、{era(due)}（{wd(due)}）限り、下記口座に一括してお支払い"
           "ください。期限までにお支払いがないときは、連帯保証人への請求及び訴訟提起等の法的措置をとります。")
    p.gap(1)
    p.line("記", align="c")
    p.kv([("振込先", "かじか信用組合　本店営業部　普通預金　0066041"), ("口座名義", "弁護士雁金哲預り金口"),
          ("期　限", f"{era(due)}（{wd(due)}）")], x=40, label_w=24, size=10)
    p.line("以上", align="r")
    p.gap(2)
    p.para("（ご注意）貴殿のご返済口座からの引落しは停止されています。お問い合わせは組合ではなく当職らにお願いします。",
           size=9, indent="")

    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙", size=10)
    q.title("計　算　書", size=15, font="serif-bold")
    q.line(f"（{era(issued)}現在）", align="c", size=10)
    q.gap(3)
    q.table([["項目", "金額"], ["貸付残元金", f"{P:,}円"], ["未払利息（令和7年8月13日～令和8年1月9日）", f"{I:,}円"],
             [f"遅延損害金（{era(acc + timedelta(1))}～{era(issued)}　年{R:g}％）", f"{L:,}円"], ["合計", f"{T:,}円"]],
            [112, 48], x=25, header=True, aligns="lr", size=10, row_h=8.5)
    q.gap(5)
    q.line("ご契約の内容", x=25, font="serif-bold")
    q.table([["契約日", "平成30年3月26日"], ["貸付金額", "2,400,000円"], ["約定返済額", "毎月10日　25,180円"],
             ["約定利率", "年2.875％"], ["損害金率", f"年{R:g}％"], ["連帯保証人", "鹿毛　加代子"],
             ["貸付番号", "教 0301-00488"]], [40, 120], x=25, aligns="ll", size=9.8, row_h=7.2, shade_col0=True)
    q.gap(5)
    q.line("延滞の状況", x=25, font="serif-bold")
    q.table([["約定日", "約定返済額", "入金額", "入金日"], ["令和7年8月10日", "25,180円", "25,180円", "令和7年8月12日"],
             ["令和7年9月10日", "25,180円", "0円", "―"], ["令和7年10月10日", "25,180円", "0円", "―"],
             ["令和7年11月10日", "25,180円", "0円", "―"], ["令和7年12月10日", "25,180円", "0円", "―"]],
            [42, 38, 36, 44], x=25, header=True, aligns="lrrl", size=9.5, row_h=7)
    tr = truth(document_type="acceleration_notice", sender="雁金・凪良法律事務所", phone="025-000-6604",
               creditor="かじか信用組合", status="not_applicable", debtor="鹿毛俊介", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="KN-26-008", input_kind="pdf_scan",
               template="proxy36_lawyers_acceleration_credit_union_calc_sheet", received=D(2026, 1, 21))
    return dict(stem="as07", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr,
                about="acceleration_notice (two lawyers for a 信用組合, 2 pages scanned)",
                unusual="期限の利益喪失通知及び一括弁済請求書 of two lawyers for a 信用組合 (「組合」), scanned as a 2-page image "
                        "PDF; the lawyers' block with 「かじか信用組合代理人」 and 当職ら整理番号 right under the addressee; "
                        "numbered paragraphs with the 催告書 date 12/22 and the 喪失 「の経過をもって」 1/9; the total only "
                        "in the prose on p.1, the breakdown on p.2 in a 別紙 計算書 (貸付残元金 / 未払利息 with its window / "
                        "遅延損害金 / 合計); p.2 also the contract (2,400,000, 25,180, 年2.875％, the 連帯保証人, 貸付番号) "
                        "and a 延滞の状況 table with 8/12 as the last 入金日")


# ---------------------------------------------------------------------------------------------
# as08 支払督促 of 岡崎簡易裁判所; creditor a REAL servicer represented by a lawyer; scanned PNG.


def as08():
    R = 14.6
    filed, issued = D(2026, 2, 2), D(2026, 2, 12)
    acc, lastp, assigned = D(2025, 6, 27), D(2025, 3, 27), D(2025, 9, 30)
    P, I = 392_118, 18_244
    L = late(P, R, acc + timedelta(1), filed)
    C = 3_920
    T = P + I + L + C
    case = "令和8年(ロ)第318号"
    p = Page(font="serif", size=10.5, top=14)
    p.at(196, 18, fw(case), size=10.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=17, font="serif-bold")
    p.line("当事者の表示　別紙当事者目録記載のとおり", x=22, size=10)
    p.line("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", x=22, size=10)
    p.gap(2)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", x0=22)
    p.para("債務者がこの支払督促送達の日から2週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の"
           "宣言をする。", x0=22)
    p.gap(1)
    p.line(f"　　{era(issued)}", size=10.5)
    p.line("　　岡崎簡易裁判所　裁判所書記官　露木　智恵子", size=10.5)
    p.seal(150, p.y - 5, 12, "square", "岡崎簡易裁判所書記官印", angle=0, seed=36081)
    p.gap(3)
    p.add(Line(15, p.y, 196, p.y, 0.3))
    p.gap(2)
    p.line("当事者目録", x=22, font="serif-bold")
    p.table([["債権者", "オリックス債権回収株式会社　（東京都港区浜松町九丁目9番9号）"],
             ["", "代表者代表取締役　雪入　修"],
             ["債権者代理人", "弁護士　月足　誠一　（月足法律事務所・送達場所）"],
             ["", "〒460-0000 名古屋市中区青鷺町九丁目9番9号　電話 052-000-3318"],
             ["債務者", "申田　浩　（〒444-0000 愛知県岡崎市ヤマセミ通九丁目9番9号）"]],
            [30, 138], x=22, aligns="ll", size=9.3, row_h=6.4, ruled="outer")
    p.gap(3)
    p.line("請求の趣旨", x=22, font="serif-bold")
    rows = [["１", "金", f"{P:,}円", "（譲受債権残元金）"], ["２", "金", f"{I:,}円", "（上記１に対する未払利息）"],
            ["３", "金", f"{L:,}円", f"（確定遅延損害金　{era(acc + timedelta(1))}から{era(filed)}まで年{R}％）"],
            ["４", "金", f"{C:,}円", "（督促手続費用）"], ["", "合計金", f"{T:,}円", ""]]
    p.table(rows, [8, 14, 30, 116], x=22, aligns="lrrl", size=9.3, row_h=6.2, ruled="none")
    p.para(f"５　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年{R}％の割合による遅延損害金", x0=22, size=9.3,
           indent="")
    p.gap(2)
    p.line("請求の原因", x=22, font="serif-bold")
    for s in ("１　債務者は、株式会社キビタキファイナンス（以下「原債権者」という。）との間で、令和3年7月5日、極度額50万円、"
              "利率年17.8％、遅延損害金年14.6％の約定でカードローン契約を締結し、金員を借り受けた。",
              f"２　債務者は、{era(lastp)}の支払を最後に支払を怠り、{era(acc)}の経過により期限の利益を喪失した。",
              f"３　原債権者は、{era(assigned)}、上記貸金債権を債権者に譲渡し、同年10月3日到達の内容証明郵便で債務者に"
              "その旨通知した。"):
        p.para(s, x0=22, indent="", size=9.3)
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 19, 0.4))
    for i, s in enumerate(["（注意）この支払督促に不服があるときは、送達を受けた日から2週間以内に、この裁判所に督促異議の",
                           "申立てをすることができます。同封の督促異議申立書を利用できます。",
                           "岡崎簡易裁判所　〒444-0000 愛知県岡崎市しぎ町九丁目9番9号",
                           "電話 0564-00-2219（民事受付・直通）"]):
        p.at(25, y + 5 + i * 4.3, s, size=8.6)
    tr = truth(document_type="payment_order", sender="岡崎簡易裁判所", phone="0564-00-2219",
               creditor="オリックス債権回収株式会社", status="licensed", original="株式会社キビタキファイナンス",
               debtor="申田浩", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, payment_due=None, acceleration=acc, last_payment=lastp, assignment=assigned,
               reference=case, input_kind="scan_png", template="proxy36_payment_order_okazaki_servicer_lawyer_agent",
               received=D(2026, 2, 16))
    return dict(stem="as08", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, real servicer creditor with a lawyer as 代理人, one page)",
                unusual="a whole 支払督促 of 岡崎簡裁 scanned on ONE page: the full-width case number alone top-right; the "
                        "当事者目録 in an outer-framed table with the creditor ★ オリックス債権回収株式会社 (no licence number: "
                        "court paper), its 代表者 and its 債権者代理人 弁護士 with his 送達場所 052 phone (distractor); "
                        "請求の趣旨 as an unruled 1–4 list (譲受債権残元金 / 未払利息 / 確定遅延損害金 with its window / 督促手続"
                        "費用) with 「合計金」 and the running item ５; 請求の原因 with 極度額50万円, 17.8％ and the 通知 "
                        "到達日 10/3 (distractors), the 譲渡日 9/30; the court phone in the note box")


LETTERS = [as01, as02, as03, as04, as05, as06, as07, as08]
