"""Proxy set 43, letters az09–az16: a 信用組合's 縦書き 債権譲渡通知 to a real servicer, a bank's 期限の利益喪失 notice
scanned, a real servicer's お支払計画のご提案 by fax, a 支払督促 (一宮簡裁), a 仮執行宣言付支払督促 (相模原簡裁) for an
invented servicer, a 地裁支部 (ワ) 呼出状 + 訴状 for a real housing servicer, a scam about mobile-phone fees and a bank's
harmless 適用金利変更のお知らせ photographed sideways."""

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
    kdate,
    late,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_z1 import kyen, md, wdate, weekday_ok

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
WINE = (0.48, 0.08, 0.18)
GREEN = (0.0, 0.45, 0.25)
INDIGO = (0.18, 0.20, 0.50)


# ---------------------------------------------------------------------------------------------
# az09 信用組合's 縦書き 債権譲渡通知書 (内容証明), the 譲渡人 alone, to a real servicer (アルファ債権回収), digital.


def az09():
    R = 14.0
    issued, assign = D(2027, 1, 29), D(2027, 1, 20)
    acc, lastp = D(2026, 9, 10), D(2026, 6, 10)
    P, I = 1_286_400, 18_960
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", "拝啓　当組合は、貴殿との間の令和四年十一月七日付金銭消費貸借契約（フリーローン）に基づき、貴殿に対し"
                 "左記の貸付債権を有しておりますが、"),
        ("body", f"このたび、{kdate(assign)}付で、同債権及びこれに附帯する一切の権利を、左記譲受人に譲渡いたしましたので、"
                 "民法第四百六十七条の規定により、本書をもってご通知申し上げます。"),
        ("body", "今後は、右債権についてのお支払い及びお問い合わせは、すべて譲受人宛てにお願いいたします。当組合へのお支払い"
                 "はお受けできません。"),
        ("bottom", "敬具"),
        ("indent", "記"),
        ("indent", "一、譲受人"),
        ("plain", "　　東京都中央区しんかわ港九丁目九番九号"),
        ("plain", "　　アルファ債権回収株式会社"),
        ("plain", "　　（法務大臣許可番号　第百一号）"),
        ("indent", f"二、最終弁済日　{kdate(lastp)}"),
        ("indent", f"三、期限の利益喪失日　{kdate(acc)}"),
        ("indent", f"四、譲渡債権の額（{kdate(assign)}現在）"),
        ("plain", f"　　残存貸付元金　　{kyen(P)}"),
        ("plain", f"　　約定利息未収額　{kyen(I)}"),
        ("plain", f"　　遅延損害金（年十四パーセント）　{kyen(L)}"),
        ("plain", f"　　以上総額　　　　{kyen(T)}"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "新潟県阿賀野市すいでん通九丁目九番九号"),
        ("low", "阿賀野信用組合"),
        ("low", "理事長　秋鹿　孝之"),
        ("low", "電話　〇二五〇（〇〇）三一一七"),
        ("low", "組合整理番号　ＡＧ－２７０３１"),
        ("blank", ""),
        ("low", "新潟県新発田市ほたか台九丁目九番九号"),
        ("low", "玉虫　勝也　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=11.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 43091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "秋鹿" in it.s]
    pg.items.append(Seal(xs[0] + 3.2, 22.0 + (8 + 13) * size * 0.3528 * 1.05, 9, "square", "阿賀野信用組合理事長之印",
                         angle=2, seed=43092))
    tr = truth(document_type="assignment_notice", sender="阿賀野信用組合", phone="0250-00-3117",
               creditor="アルファ債権回収株式会社", status="not_applicable", original="阿賀野信用組合",
               debtor="玉虫勝也", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=False,
               issued=issued, acceleration=acc, last_payment=lastp, assignment=assign, reference="AG-27031",
               input_kind="vertical_pdf", template="proxy43_vertical_credit_union_assignment_alone",
               received=D(2027, 2, 2))
    return dict(stem="az09", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (信用組合 alone → real servicer, 縦書き 内容証明)",
                unusual="縦書き 債権譲渡通知書 (拝啓 … 敬具, then 記 … 以上) sent by the 譲渡人 alone, a 信用組合 with its "
                        "理事長 seal, digital, with the 内容証明 stamp; the 譲受人 ★ アルファ債権回収株式会社 named with its "
                        "address and 「（法務大臣許可番号　第百一号）」 in KANJI under 記 (the sender is the lender → "
                        "not_applicable, sender licence null); 最終弁済日 / 期限の利益喪失日 as numbered 記 items; the amounts "
                        "as indented lines with the new labels 残存貸付元金 / 約定利息未収額 / 遅延損害金 / 以上総額 and the rate inside the damage label; 民法第四百六十七条; a 4-digit area code phone in kanji; "
                        "組合整理番号 ＡＧ－２７０３１ in full-width")


# ---------------------------------------------------------------------------------------------
# az10 bank's 期限の利益の喪失について（ご通知）, free loan, scanned 2 pages (p.2 the 経過 and the guarantor's note).


def az10():
    R = 14.0
    issued, due = D(2027, 2, 1), D(2027, 2, 15)
    weekday_ok(due)
    warn, acc, lastp = D(2027, 1, 8), D(2027, 1, 25), D(2026, 10, 26)
    P, I = 2_314_500, 42_118
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.at(196, 18, f"{era(issued)}", size=10.5, align="r")
    p.at(196, 24, "ご融資管理番号　KC-0125-7731", size=9.5, align="r")
    p.y = 22
    p.line("和歌山県田辺市みかんやま町九丁目9番9号", size=10.5)
    p.line("垂水　健太郎　様", size=14)
    p.y = 40
    for i, s in enumerate(["株式会社紀州中央銀行", "田辺支店　支店長　榑林　英明", "〒646-0000 和歌山県田辺市うめのさと通九丁目9番9号",
                           "電話 0739-00-1257（融資課）"]):
        p.at(112, 42 + i * 5.2, s, size=11.5 if i == 0 else 9.3, font="serif-bold" if i == 0 else "serif")
    p.seal(188, 40.5, 10, "square", "紀州中央銀行田辺支店長印", angle=-2, seed=43101)
    p.y = 70
    p.title("期限の利益の喪失について（ご通知）", size=15, font="serif-bold")
    p.para(f"貴殿が当行との間で締結されたフリーローン契約（令和6年3月19日付金銭消費貸借契約証書）につきましては、"
           f"{era(lastp)}のご返済を最後にご返済が滞っております。")
    p.para(f"当行は、{era(warn)}付催告書により、延滞金のお支払いを{era(acc)}までとしてご請求申し上げましたが、同日までに"
           f"お支払いがございませんでした。したがって、貴殿は、同契約証書第8条第2項の定めにより、{era(acc)}の経過をもって"
           "期限の利益を喪失されましたので、ここにご通知申し上げます。")
    p.para(f"つきましては、下記ご返済総額を{era(due)}（{wd(due)}）までに一括してご返済くださいますようお願い申し上げます。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.table([["項　目", "金　額"], ["ご融資元本残高", f"{P:,}円"], ["未収金利（喪失日まで）", f"{I:,}円"],
             [f"損害金（{era(acc + timedelta(1))}から本日まで　年14.0％）", f"{L:,}円"], ["ご返済総額", f"{T:,}円"]],
            [116, 50], x=24, header=True, size=10, row_h=8, font="serif")
    p.gap(3)
    p.kv([("ご返済期限", f"{era(due)}（{wd(due)}）"), ("ご返済方法", "当行田辺支店窓口へご持参、又は下記口座へお振込み"),
          ("お振込先", "紀州中央銀行　田辺支店　別段預金　0125773　（名義）株式会社紀州中央銀行")], x=24, label_w=28,
         size=10)
    p.gap(2)
    p.para("なお、上記期限までにご返済がない場合には、本ローンの保証会社による代位弁済の手続に移行いたします。詳しくは"
           "裏面をご覧ください。", size=10)
    p.line("以上", align="r")
    q = Page(font="serif", size=10, top=18)
    q.line("（裏面）", align="r", size=9)
    q.line("ご参考　これまでの経過", size=12, font="serif-bold")
    q.gap(1)
    q.table([["令和6年3月19日", "フリーローンご契約（ご融資額 3,000,000円、ご返済期間 7年、毎月26日ご返済）"],
             [era(lastp), "最後のご返済（以後ご入金なし）"], ["令和8年11月26日～", "毎月のご返済の延滞"],
             [era(warn), "催告書の発送（延滞金のお支払期限 " + era(acc) + "）"],
             [era(acc), "上記期限の経過をもって期限の利益喪失（残元本全額が弁済期に）"]],
            [44, 128], x=20, size=9.3, row_h=7.5, aligns="ll", ruled="rows", font="serif")
    q.gap(5)
    q.line("保証会社について", size=12, font="serif-bold")
    q.para("本ローンは紀州中央保証株式会社の保証付きです。上記ご返済期限までにお支払いがない場合、同社が当行に代位弁済を"
           "行い、以後のご請求は同社から行われます。その場合、代位弁済額に対して同社所定の損害金（年14.6％）が発生します。",
           size=9.8)
    q.gap(3)
    q.line("ご相談窓口", size=12, font="serif-bold")
    q.para("ご返済についてのご相談は、田辺支店融資課（電話 0739-00-1257、平日9時～17時）までお申し出ください。"
           "ご来店の際は、本通知書とご印鑑をお持ちください。", size=9.8)
    tr = truth(document_type="acceleration_notice", sender="株式会社紀州中央銀行", phone="0739-00-1257",
               creditor="株式会社紀州中央銀行", status="not_applicable", debtor="垂水健太郎", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="KC-0125-7731", input_kind="pdf_scan",
               template="proxy43_bank_acceleration_free_loan_history_page", received=D(2027, 2, 3))
    return dict(stem="az10", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.0,
                about="acceleration_notice (bank, free loan, scanned 2 pages)",
                unusual="a bank branch's 期限の利益の喪失について（ご通知） in serif as a 2-page image PDF: era dates; ご融資管理番号 "
                        "top-right; the branch manager's block with a square seal on the RIGHT under the addressee; the "
                        "催告書 date 1/8 and its deadline 1/25 (= acceleration 「の経過をもって」); a 項目/金額 table with the "
                        "new labels ご融資元本残高 / 未収金利（喪失日まで） / 損害金 / ご返済総額; ご返済期限 as a kv line; the "
                        "account is a 別段預金; p.2 (裏面) a ruled これまでの経過 timeline (ご融資額 3,000,000円, 令和6年, "
                        "the 催告書 and the 喪失 again) and the guarantor's 年14.6％ as distractors")


# ---------------------------------------------------------------------------------------------
# az11 real servicer SMBC債権回収: お支払計画のご提案, 2-page fax; 36 instalments; p.2 申込書.


def az11():
    R = 20.0
    issued, due = D(2027, 2, 10), D(2027, 2, 24)
    weekday_ok(due)
    acc, lastp, assign = D(2026, 2, 16), D(2025, 11, 25), D(2026, 6, 30)
    P, I = 358_000, 12_044
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    W, n, inst = 420_000, 35, 12_000
    assert inst * n == W and W < T
    p = Page(font="sans", size=9.8, top=12)
    p.add(Box(14, 10, 182, 9, 0.4))
    p.at(17, 16, f"FAX送信　{wdate(issued)}　全2枚（本紙含む）", size=9)
    p.at(193, 16, "ご照会コード　SM-2706-4418", size=9, align="r")
    p.y = 24
    p.line("櫛引　舞　様", size=13)
    p.line("（ご自宅FAX 0172-00-5630）", size=8.5)
    for i, s in enumerate(["SMBC債権回収株式会社", "東北回収センター", "法務大臣許可番号　第10号",
                           "TEL 022-000-1010 ／ FAX 022-000-1011", "担当　鏡味"]):
        p.at(196, 26 + i * 4.8, s, size=10.5 if i == 0 else 8.5, font="sans-bold" if i == 0 else "sans", align="r")
    p.y = 52
    p.title("お支払計画のご提案", size=15)
    p.para(f"当社が{wdate(assign)}に株式会社プロミネンスローンから譲り受けました貴殿に対する債権につき、先日はお電話にて"
           "ご事情をお聞かせいただき、ありがとうございました。ご収入の状況を踏まえ、下記のとおりお支払計画をご提案いたします。",
           size=9.6)
    p.line(f"１．現在のご債務（{wdate(issued)}現在）", size=10.3, font="sans-bold")
    p.table([["元本未払額", "未払利息額", "遅延損害金", "現在債務合計"], [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [44, 44, 44, 46], x=16, header=True, size=9.8, row_h=7.5, aligns="rrrr")
    p.line(f"（期限の利益喪失日 {wdate(acc)}　最終ご入金日 {wdate(lastp)}　遅延損害金は年20％）", x=16, size=8.5)
    p.gap(2)
    p.line("２．ご提案内容", size=10.3, font="sans-bold")
    p.table([["お支払総額（和解金）", f"{W:,}円（現在債務合計との差額は、計画どおりのお支払い完了をもって免除）"],
             ["お支払回数", f"{n}回（毎月末日限り）"], ["毎月のお支払額", f"{inst:,}円"],
             ["第1回お支払日", "2027年3月31日"], ["最終回お支払日", "2030年1月31日"],
             ["期限の利益喪失条項", f"お支払いを2回分（{inst * 2:,}円）以上怠ったとき"]],
            [44, 134], x=16, size=9.2, row_h=7, aligns="ll", shade_col0=True)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 178, 14, 1.3))
    p.at(20, y + 9, "ご返答期限", size=12, font="sans-bold")
    p.at(52, y + 9.3, f"{wdate(due)}（{wd(due)}）当社必着", size=13, font="sans-bold")
    p.y = y + 18
    p.para("ご提案にご同意いただける場合は、2枚目の「お支払計画申込書」にご署名のうえ、上記期限までにFAXまたは郵送にて"
           "ご返送ください。期限までにご返答がない場合、本ご提案は失効し、現在債務合計によるご請求を継続いたします。",
           size=9.4)
    p.para("※一括でのお支払いをご希望の場合は、350,000円（2027年3月31日までのお振込み）でのご精算もご相談いただけます。",
           size=9.0, indent="")
    q = Page(font="sans", size=10, top=14)
    q.at(196, 16, "2/2", size=9, align="r")
    q.y = 20
    q.line("お支払計画申込書", size=15, font="sans-bold", align="c")
    q.gap(3)
    q.line("SMBC債権回収株式会社　御中", size=11)
    q.gap(2)
    q.para(f"私は、貴社よりご提案のあった{wdate(issued)}付お支払計画の内容を承諾し、下記のとおりお支払いいたします。", size=10)
    q.gap(2)
    q.table([["お支払総額", f"{W:,}円"], ["お支払方法", f"{n}回分割（毎月{inst:,}円、毎月末日限り）"],
             ["お振込先", "みやぎ野銀行　一番町支店　普通預金　2706441"], ["ご照会コード", "SM-2706-4418"]],
            [40, 138], x=16, size=10, row_h=8.5, aligns="ll", shade_col0=True)
    q.gap(8)
    for s in ("申込日　　　　年　　　月　　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　　　　　印",
              "お電話番号　　　　　（　　　　　）"):
        q.line(s, x=24, size=11)
        q.add(Line(24, q.y - 1, 186, q.y - 1, 0.25))
        q.gap(5)
    q.gap(4)
    q.para("返送先　FAX 022-000-1011（東北回収センター　担当　鏡味）", size=10, indent="")
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="022-000-1010", creditor="SMBC債権回収株式会社", status="licensed",
               original="株式会社プロミネンスローン", debtor="櫛引舞", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SM-2706-4418", input_kind="fax_tiff",
               template="proxy43_servicer_payment_plan_fax_form", received=issued)
    return dict(stem="az11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:08 SMBC SERVICER TOHOKU 022-000-1011",
                about="settlement_proposal (real servicer, 35 instalments, 2-page fax)",
                unusual="2-page G4 fax: a framed strip 「FAX送信 … 全2枚（本紙含む）」 with ご照会コード; the addressee's own FAX "
                        "under the name (distractor); real servicer ★ SMBC債権回収株式会社 with 「法務大臣許可番号　第10号」 "
                        "flush RIGHT, TEL ／ FAX on one line; a one-row table with the new labels 元本未払額 / 未払利息額 / "
                        "遅延損害金 / 現在債務合計 and the 喪失 / last payment / rate in a bracket line under it; the plan as a "
                        "shaded-label table (和解金 420,000, 35回, 12,000, first and last dates, the 24,000 default threshold) "
                        "and a 一括 350,000 alternative (distractors); 「ご返答期限 … 当社必着」 in a heavy frame; p.2 a "
                        "お支払計画申込書 with blank lines")


# ---------------------------------------------------------------------------------------------
# az12 支払督促, 一宮簡易裁判所, consumer lender; ONE scanned page; the parties and case in a header table.


def az12():
    R = 20.0
    issued, filed = D(2027, 2, 3), D(2027, 1, 26)
    acc, lastp = D(2026, 10, 5), D(2026, 7, 2)
    P = 412_800
    I = late(P, 18.0, lastp + timedelta(1), acc)
    L = late(P, R, acc + timedelta(1), filed)
    C = 4_880
    T = P + I + L + C
    p = Page(font="serif", size=10, top=14)
    p.line("支　払　督　促", size=17, font="serif-bold", align="c")
    p.gap(2)
    p.table([["事件番号", "令和９年（ロ）第２０３号　貸金請求督促事件"],
             ["債権者", "〒460-0000 名古屋市中区さかえ橋九丁目9番9号　株式会社スマイルキャッシュ"],
             ["", "代表者代表取締役　四ノ宮　剛"],
             ["債務者", "〒491-0000 愛知県一宮市ますみだ町九丁目9番9号　国吉　翔"]],
            [24, 158], x=14, size=9.2, row_h=8, aligns="ll", shade_col0=True, font="serif")
    p.gap(3)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。")
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。")
    p.gap(1)
    p.line(f"{fw(era(issued))}", x=30)
    p.line("一宮簡易裁判所　裁判所書記官　釜谷　律子", x=96)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.line(f"１　金{T - C:,}円", x=22)
    p.line(f"２　上記１の金額のうち金{P:,}円に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金",
           x=22, size=9.4)
    p.line(f"３　金{C:,}円（督促手続費用）", x=22)
    p.gap(1)
    p.line("（上記１の内訳）", x=26, size=9.4)
    p.table([["元金", f"{P:,}円"], [f"利息（{fw(era(lastp + timedelta(1)))}から{fw(era(acc))}まで　年１８％）", f"{I:,}円"],
             [f"遅延損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで　年２０％）", f"{L:,}円"],
             ["小計", f"{T - C:,}円"]], [120, 40], x=28, size=9.2, row_h=6.8, ruled="rows", font="serif")
    p.gap(1.5)
    p.line(f"（上記１及び３の合計　金{T:,}円）", x=28, size=9.6, font="serif-bold")
    p.gap(2)
    p.line("請求の原因", size=11, font="serif-bold")
    p.para("１　債権者は、債務者との間で、令和４年８月１０日、極度額５０万円、利率年１８％、遅延損害金年２０％、毎月２日に"
           "元利金を返済する旨の約定でカードローン契約を締結し、債務者はこれに基づき借入れをした。", size=9.4, indent="")
    p.para(f"２　債務者は、{fw(era(lastp))}の支払を最後に返済をせず、{fw(era(acc))}の経過により期限の利益を喪失した。",
           size=9.4, indent="")
    p.para("３　督促手続費用の内訳　申立手数料２，５００円、支払督促正本送達費用１，１３０円、支払督促発付通知費用１１０円、"
           "申立書作成及び提出費用１，１４０円", size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(14, y, 182, 27, 0.5, (0, 0, 0), (0.95, 0.95, 0.95)))
    for i, s in enumerate(["【督促異議の申立てについて】",
                           "この支払督促に不服があるときは、受け取った日から２週間以内に、この裁判所に督促異議の申立てをする",
                           "ことができます。申立てがあると、通常の訴訟手続に移行します。",
                           "問合せ先　一宮簡易裁判所　民事係　電話　０５８６－００－７２０３（受付　平日午前８時３０分～午後５時）",
                           "所在地　〒491-0000 愛知県一宮市きそがわ堤九丁目9番9号"]):
        p.at(17, y + 5.5 + i * 5, s, size=9.6 if i == 0 else 8.8, font="serif-bold" if i == 0 else "serif")
    p.y = y + 30
    p.line(f"申立日　{fw(era(filed))}　　債権者送達場所電話　052-000-4409", x=14, size=8.5)
    tr = truth(document_type="payment_order", sender="一宮簡易裁判所", phone="0586-00-7203",
               creditor="株式会社スマイルキャッシュ", status="not_applicable", debtor="国吉翔", total=T, principal=P,
               interest=I, late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc,
               last_payment=lastp, reference="令和9年(ロ)第203号", input_kind="scan_png",
               template="proxy43_payment_order_ichinomiya_header_table", received=D(2027, 2, 8))
    return dict(stem="az12", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="payment_order (簡裁, consumer lender, one page)",
                unusual="a whole 支払督促 of a court new to the sets (一宮簡裁) on ONE scanned page: the case number, the "
                        "債権者 (with its 代表者) and 債務者 in a shaded-label header table under the spaced title; the order "
                        "text, date and clerk BEFORE the 請求の趣旨; 請求の趣旨 １ as ONE sum with a 「（上記１の内訳）」 table "
                        "(元金 / 利息 with its window 年１８％ / 遅延損害金 with its window / 小計) and ３ 督促手続費用; the "
                        "bracketed 「（上記１及び３の合計　金…円）」 line; running item ２; the cost breakdown in 請求の原因 ３; "
                        "a grey 督促異議 box with the court's full-width phone; the creditor's 送達場所 phone at the foot "
                        "(distractor); 極度額５０万円 and 令和４年 as distractors")


# ---------------------------------------------------------------------------------------------
# az13 仮執行宣言付支払督促, 相模原簡易裁判所, INVENTED servicer creditor; scanned 2 pages.


def az13():
    R = 20.0
    issued, po, served, filed = D(2027, 2, 9), D(2026, 12, 16), D(2026, 12, 19), D(2026, 12, 1)
    acc, lastp, assign = D(2025, 11, 4), D(2025, 8, 1), D(2026, 6, 30)
    P = 268_900
    L = late(P, R, acc + timedelta(1), filed)
    C1, C2 = 3_960, 1_104
    T = P + L + C1 + C2
    p = Page(font="serif", size=10.5, top=18)
    p.at(196, 16, "令和８年（ロ）第１４７２号", size=10.5, align="r")
    p.y = 26
    p.line("仮執行宣言付支払督促", size=17, font="serif-bold", align="c")
    p.gap(4)
    p.line("当事者の表示　　別紙当事者目録記載のとおり", x=20)
    p.line("請求の趣旨及び原因　　別紙請求の趣旨及び原因記載のとおり", x=20)
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。")
    p.para(f"上記の支払督促は、{fw(era(po))}に発付され、{fw(era(served))}債務者に送達されたが、債務者は法定期間内に"
           "督促異議の申立てをしなかった。よって、債権者の申立てにより、次のとおり仮執行の宣言をする。")
    p.gap(2)
    p.para("この支払督促は、仮に執行することができる。", indent="　　")
    p.gap(3)
    p.line(f"{fw(era(issued))}", x=30)
    p.line("相模原簡易裁判所", x=100)
    p.line("裁判所書記官　琴寄　悠斗", x=100)
    p.gap(8)
    y = p.y
    p.add(Box(18, y, 174, 44, 0.8))
    for i, s in enumerate(["◎　この書面を受け取った方へ",
                           "１　この仮執行宣言付支払督促に不服があるときは、この書面を受け取った日から２週間以内に、",
                           "　　この裁判所に督促異議の申立てをすることができます。",
                           "２　督促異議の申立てをしても、仮執行の宣言に基づく強制執行は当然には止まりません。",
                           "　　強制執行を止めるには、別に執行停止の申立てが必要です。",
                           "３　問合せ先　相模原簡易裁判所　民事受付",
                           "　　電話　042-000-1472（平日午前９時～午後５時）"]):
        p.at(22, y + 7 + i * 5.6, s, size=10 if i == 0 else 9.4, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10, top=16)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.gap(1)
    for s in ("〒231-0000　横浜市中区ばしゃみち通九丁目9番9号",
              "債権者　ベルデ債権回収株式会社", "同代表者代表取締役　鞠子　貴之",
              "（送達場所）同所　電話　045-000-8820　FAX　045-000-8821",
              "〒252-0000　相模原市南区かぶとむし台九丁目9番9号",
              "債務者　蟻川　秀樹"):
        q.line(s, x=24, size=10)
    q.gap(3)
    q.line("請求の趣旨", size=12.5, font="serif-bold", align="c")
    q.table([["", "金額（円）"], ["１　譲受貸金残元本", f"{P:,}"],
             [f"２　既発生損害金（{fw(era(acc + timedelta(1)))}から{fw(era(filed))}まで　年２０％）", f"{L:,}"],
             ["３　督促手続の費用", f"{C1:,}"], ["４　仮執行宣言の費用", f"{C2:,}"], ["　　合計額", f"{T:,}"]],
            [130, 40], x=20, header=True, size=9.4, row_h=7.4, font="serif")
    q.gap(1.5)
    q.para(f"５　上記１の金額に対する{fw(era(filed + timedelta(1)))}から完済まで年２０％の割合による遅延損害金", x0=20, x1=190,
           size=9.4, indent="")
    q.gap(2)
    q.line("請求の原因", size=12.5, font="serif-bold", align="c")
    q.para("１　株式会社湊ローン（以下「原債権者」という。）は、債務者に対し、令和３年２月２２日、３０万円を、利率年１８％、"
           "遅延損害金年２０％、毎月１日払いの約定で貸し付けた。", x0=20, x1=190, size=9.4, indent="")
    q.para(f"２　債務者は、{fw(era(lastp))}の支払を最後に支払を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
           x0=20, x1=190, size=9.4, indent="")
    q.para(f"３　原債権者は、債権者に対し、{fw(era(assign))}、本件貸金債権を譲渡し、同年７月６日到達の内容証明郵便で債務者"
           "にその旨を通知した。", x0=20, x1=190, size=9.4, indent="")
    q.para(f"４　申立日　{fw(era(filed))}　（仮執行宣言申立日　令和９年１月２６日）", x0=20, x1=190, size=9.4, indent="")
    tr = truth(document_type="payment_order_enforceable", sender="相模原簡易裁判所", phone="042-000-1472",
               creditor="ベルデ債権回収株式会社", status="unverified", original="株式会社湊ローン", debtor="蟻川秀樹",
               total=T, principal=P, late_damages=L, costs=C1 + C2, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, reference="令和8年(ロ)第1472号",
               input_kind="pdf_scan", template="proxy43_enforceable_sagamihara_invented_servicer",
               received=D(2027, 2, 12))
    return dict(stem="az13", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=1.2,
                about="payment_order_enforceable (簡裁, invented servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court new to the sets (相模原簡裁) as a 2-page image PDF: the full-width case "
                        "number alone top-right; p.1 refers to 別紙 for the parties and the claim (no amounts on p.1); the "
                        "支払督促 date 12/16 and its 送達 12/19 in one sentence; a framed 「◎　この書面を受け取った方へ」 with the "
                        "court phone; p.2 当事者目録 with the INVENTED servicer 「ベルデ債権回収株式会社」 as 債権者 (no licence "
                        "printed: court paper → unverified) and its 送達場所 phone/FAX (distractors); a 「金額（円）」 table with "
                        "the labels 譲受貸金残元本 / 既発生損害金 / 督促手続の費用 / 仮執行宣言の費用 / 合計額 (no interest); "
                        "running item ５; the 30万円 loan and 年１８％ as distractors; two 申立日 in the 原因")


# ---------------------------------------------------------------------------------------------
# az14 地裁支部 (ワ) 第１回口頭弁論期日呼出状 + 訴状, real housing servicer as plaintiff (任意売却 remnant), digital.


def az14():
    R = 14.0
    issued, sued, hearing, answer = D(2027, 2, 15), D(2027, 1, 20), D(2027, 3, 17), D(2027, 3, 10)
    lastp, acc, subro, sale, assign = D(2024, 4, 26), D(2024, 8, 5), D(2024, 9, 20), D(2025, 6, 27), D(2025, 12, 19)
    P = 6_842_115
    L = late(P, R, sale + timedelta(1), assign)
    T = P + L
    p = Page(font="serif", size=10.5, top=16)
    p.line("事件番号　令和９年（ワ）第５８号　求償金等請求事件", size=10)
    p.line("原　告　株式会社住宅債権管理回収機構", size=10)
    p.line("被　告　坪根　隆之", size=10)
    p.gap(4)
    p.line("坪根　隆之　殿", size=12.5)
    p.gap(2)
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold", align="c")
    p.gap(4)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、同期日に"
           "出頭してください。")
    p.para("なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(1)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("期　　　日", f"{fw(era(hearing))}（{wd(hearing)}）午前１０時３０分"),
          ("場　　　所", "第２号法廷（本館２階）"),
          ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")], x=26, label_w=38)
    p.gap(3)
    p.para("出頭の際は、この呼出状と印鑑を持参してください。答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして"
           "判決がされることがあります。", size=10)
    p.gap(4)
    p.line(f"{fw(era(issued))}", x=30)
    p.gap(1)
    p.line("名古屋地方裁判所岡崎支部民事部", x=96)
    p.line("裁判所書記官　筏井　正臣", x=96)
    p.line("〒444-0000 愛知県岡崎市やはぎ橋九丁目9番9号", x=96, size=9.3)
    p.line("電話　0564-00-5801（民事部直通）", x=96, size=9.3)
    p.gap(6)
    y = p.y
    p.add(Box(18, y, 174, 22, 0.4, GRAY))
    for i, s in enumerate(["（注意）", "１　答弁書の用紙を同封しました。訴状に書かれていることに対する認否を記載してください。",
                           "２　分割払いを希望する場合も、答弁書にその旨を記載して提出してください。"]):
        p.at(22, y + 6 + i * 5.5, s, size=9.3, font="serif-bold" if i == 0 else "serif")
    q = Page(font="serif", size=10, top=16)
    q.line("訴　　　状", size=16, font="serif-bold", align="c")
    q.line(f"{fw(era(sued))}", align="r")
    q.line("名古屋地方裁判所岡崎支部　御中", size=10.5)
    q.line("原告　株式会社住宅債権管理回収機構　代表者代表取締役　桧森　一臣", align="r", size=9.6)
    q.gap(1)
    for s in ("〒160-0000 東京都新宿区かぐらざか坂九丁目9番9号（送達場所　名古屋支店　電話 052-000-9191）",
              "原告　株式会社住宅債権管理回収機構", "〒444-0000 愛知県岡崎市おとがわ町九丁目9番9号", "被告　坪根　隆之"):
        q.line(s, x=20, size=9.4)
    q.line("求償金等請求事件", x=20, size=9.4)
    q.line(f"訴訟物の価額　金{T:,}円　　貼用印紙額　金４０，０００円", x=20, size=9.4)
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{T:,}円及びうち金{P:,}円に対する{fw(era(assign + timedelta(1)))}から支払済みまで"
           "年１４％の割合による金員を支払え。", x0=22, x1=192, size=9.6, indent="")
    q.para("２　訴訟費用は被告の負担とする。との判決並びに仮執行の宣言を求める。", x0=22, x1=192, size=9.6, indent="")
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　株式会社三河中央銀行は、平成２６年５月２３日、被告に対し、住宅資金として２，８００万円を貸し付けた（遅延"
              "損害金年１４％）。三河中央ローン保証株式会社（以下「訴外保証会社」という。）は、被告の委託を受けてこの債務を"
              "保証した。",
              f"２　被告は、{fw(era(lastp))}の返済を最後に返済を怠り、{fw(era(acc))}の経過により期限の利益を喪失した。",
              f"３　訴外保証会社は、{fw(era(subro))}、上記銀行に対し保証債務を履行し、被告に対する求償債権を取得した。",
              f"４　{fw(era(sale))}、担保不動産の任意売却代金が求償債権に充当され、下記の残額が生じた。",
              f"５　訴外保証会社は、{fw(era(assign))}、上記求償債権を原告に譲渡し、被告に対しその旨を通知した。"):
        q.para(s, x0=22, x1=192, size=9.4, indent="")
    q.gap(1)
    q.table([["１　残求償元金", f"{P:,}円"],
             [f"２　譲受日までの損害金（{fw(era(sale + timedelta(1)))}～{fw(era(assign))}　年１４％）", f"{L:,}円"],
             ["　　請求額（１＋２）", f"{T:,}円"]], [128, 42], x=22, size=9.4, row_h=7.2, font="serif")
    q.gap(1.5)
    q.para("６　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。", x0=22, x1=192, size=9.4, indent="")
    q.line("証拠方法　甲第１号証ないし甲第６号証　　附属書類　訴状副本１通、甲号証写し各１通、資格証明書１通", x=22,
           size=8.6)
    tr = truth(document_type="lawsuit", sender="名古屋地方裁判所岡崎支部", phone="0564-00-5801",
               creditor="株式会社住宅債権管理回収機構", status="licensed", original="三河中央ローン保証株式会社",
               debtor="坪根隆之", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference="令和9年(ワ)第58号",
               input_kind="pdf_text_2page", template="proxy43_district_branch_wa_housing_servicer_plaintiff",
               received=D(2027, 2, 18))
    return dict(stem="az14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁支部 (ワ), real housing servicer plaintiff, 2 pages)",
                unusual="名古屋地裁岡崎支部 (a 支部, new to the sets) 第１回口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), "
                        "digital: the case number, 原告 and 被告 as three plain lines at the top; 期日 / 場所 / 答弁書提出期限 "
                        "as spaced kv labels; the clerk block with the court's 民事部直通 phone; the plaintiff ★ 株式会社住宅"
                        "債権管理回収機構 (no licence printed: court paper → licensed, licence null); 訴状 dated 1/20 ≠ 呼出状 "
                        "2/15; 請求の原因 tells the whole story (平成２６年 loan 2,800万円, last payment, 喪失, 代位弁済, "
                        "任意売却, 譲渡); a 3-row table with the new labels 残求償元金 / 譲受日までの損害金 / 請求額（１＋２）; "
                        "訴訟物の価額 and 貼用印紙額 ４０，０００円 and the plaintiff's 送達場所 phone as distractors")


# ---------------------------------------------------------------------------------------------
# az15 scam: a fake servicer about unpaid mobile-phone fees; photographed on wood.


def az15():
    issued, due = D(2027, 2, 12), D(2027, 2, 16)
    T = 47_800
    p = Page(font="sans", size=10.5, top=16)
    stamp(p, 14, 12, "親展", size=13, fill=RED, w=22, h=10)
    stamp(p, 40, 12, "法的手続開始前最終通知", size=11, w=58, h=10)
    p.at(196, 18, f"通知日 {wdate(issued)}", size=9.5, align="r")
    p.at(196, 23.5, "お客様管理番号 ツ-0212-883", size=9.5, align="r")
    p.y = 30
    p.line("八坂　香織　様", size=14)
    p.gap(5)
    p.line("未納通信料金に関する債権移行及び", size=15, font="sans-bold", align="c", color=RED)
    p.line("法的手続開始のお知らせ", size=15, font="sans-bold", align="c", color=RED)
    p.gap(4)
    p.para("貴殿がご契約されていた大手通信事業者の携帯電話・インターネット回線利用料金について、長期間未納の状態が続いて"
           "いるため、同事業者より当機構へ債権が移行されました。当機構は法務省の許可を受けた債権管理機関として、本件の最終的な"
           "処理を担当いたします。")
    p.para("本通知書到着後、下記期日までにご連絡及びお支払いのない場合、当機構は裁判所へ訴状を提出し、給与・預貯金・動産等の"
           "差押えを執行いたします。また、信用情報機関への事故情報登録により、今後のローン・クレジットカードのご利用が一切"
           "できなくなります。")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 166, 30, 1.2, RED))
    p.at(28, y + 9, "未納額（延滞金・手続費用込）", size=12, font="sans-bold")
    p.at(182, y + 10, f"￥{T:,}-", size=20, font="sans-bold", align="r", color=RED)
    p.at(28, y + 21, "最終期日", size=12, font="sans-bold")
    p.at(182, y + 22, f"{md(due)}（{wd(due)}）17時まで", size=15, font="sans-bold", align="r")
    p.y = y + 35
    p.para("お支払いは、担当者よりお電話でご案内するコンビニ収納番号にて行っていただきます。取下げ手続の関係上、銀行振込は"
           "お受けできません。", size=10)
    p.para("※本件は個人情報保護の観点から、ご家族・勤務先・弁護士等への相談はお控えください。第三者が介入した場合、和解"
           "交渉は打ち切りとなります。", size=10)
    p.gap(4)
    y = p.y
    p.add(Box(60, y, 136, 36, 0.4))
    for i, s in enumerate(["日本通信債権整理機構株式会社", "法務大臣許可番号　第198号",
                           "東京都千代田区霞が関（法曹会館前）", "お客様相談室　050-0000-6198",
                           "受付　毎日 9:00～21:00（土日祝も対応）", "担当　十朱"]):
        p.at(64, y + 7 + i * 5.3, s, size=11 if i == 0 else 9.5, font="sans-bold" if i == 0 else "sans")
    p.seal(184, y + 12, 14, "square", "日本通信債権整理機構之印", angle=4, seed=43151)
    tr = truth(document_type="other", sender="日本通信債権整理機構株式会社", license_number=198,
               phone="050-0000-6198", creditor=None, status="not_licensed", debtor="八坂香織", total=T,
               lump=False, issued=issued, payment_due=due, reference="ツ-0212-883", is_scam=True,
               input_kind="photo_jpeg", template="proxy43_scam_mobile_fee_debt_transfer", received=None)
    return dict(stem="az15", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=3.0, creases=2, fill=0.82, glare=18, warm=0.3, blur=1.0),
                about="other (scam, fake servicer, mobile-phone fees)",
                unusual="架空請求 photographed on wood: 「日本通信債権整理機構株式会社」 with a FAKE 「法務大臣許可番号　第198号」 "
                        "(→ not_licensed) calling itself 「法務省の許可を受けた債権管理機関」; filled red 親展 and framed "
                        "「法的手続開始前最終通知」 stamps; red two-line title; an unnamed 「大手通信事業者」 (creditor null); "
                        "one red box with 未納額（延滞金・手続費用込） ￥47,800- (no breakdown) and 最終期日 「2月16日（火）17時"
                        "まで」 (month-day only); コンビニ収納番号 by phone; 「弁護士等への相談はお控えください」; an address "
                        "「霞が関（法曹会館前）」 without a number; a 050 number open every day; a katakana 管理番号 ツ-0212-883")


# ---------------------------------------------------------------------------------------------
# az16 harmless: a bank's 住宅ローン適用金利変更のお知らせ (claims nothing), phone photo stored sideways (EXIF 6).


def az16():
    issued, eff, first = D(2027, 2, 10), D(2027, 4, 1), D(2027, 5, 27)
    p = Page(font="sans", size=10, top=16)
    p.add(Box(14, 12, 182, 12, color=None, fill=INDIGO))
    p.at(18, 20.5, "出羽しらゆき銀行", size=14, font="sans-bold", color=WHITE)
    p.at(192, 20.5, "住宅ローンセンター", size=10, align="r", color=WHITE)
    p.y = 30
    p.line("〒990-0000　山形県山形市べにばな野九丁目9番9号", size=9.8)
    p.line("奥平　直人　様", size=13.5)
    p.at(196, 32, wdate(issued), size=9.8, align="r")
    p.at(196, 37.5, "お客様番号　DS-7340-1802", size=9.8, align="r")
    p.y = 50
    p.title("住宅ローン適用金利変更のお知らせ", size=15)
    p.para("平素は出羽しらゆき銀行をご利用いただき、誠にありがとうございます。", size=9.8)
    p.para(f"お客様の変動金利型住宅ローンにつきまして、短期プライムレートの改定に伴い、{wdate(eff)}から適用金利を下記のとおり"
           f"変更させていただきます。新しい適用金利によるご返済は、{wdate(first)}のご返済分から開始となります。", size=9.8)
    p.para("本状はお知らせであり、お手続きやお振込みは必要ございません。ご返済は従来どおりご指定口座からの自動引落しとなります。",
           size=9.8)
    p.gap(2)
    p.table([["項目", "変更前", "変更後"],
             ["適用金利", "年0.975％", "年1.225％"],
             ["毎月のご返済額", "68,412円", "70,508円"],
             ["ボーナス時加算額", "なし", "なし"],
             ["ご融資残高（2027年1月31日現在）", "18,426,300円", "―"],
             ["最終ご返済予定日", "2049年3月27日", "2049年3月27日（変更なし）"]],
            [70, 52, 60], x=14, header=True, size=9.6, row_h=7.6, aligns="lrr", shade_col0=True)
    p.gap(3)
    p.para("※変動金利型の「5年ルール」により、毎月のご返済額は5年ごとに見直しとなりますが、今回は見直し時期にあたるため上記"
           "のとおり変更となります。見直し後のご返済額は、従来のご返済額の1.25倍が上限です。", size=8.8, indent="")
    p.para("※固定金利選択型へのお切り替え、繰上げご返済をご希望の場合は、住宅ローンセンターへご相談ください。", size=8.8,
           indent="")
    p.gap(4)
    y = p.y
    p.add(Box(14, y, 182, 24, 0.3, GRAY))
    for i, s in enumerate(["お問い合わせ先", "株式会社出羽しらゆき銀行　住宅ローンセンター",
                           "〒990-0000 山形県山形市もがみ川通九丁目9番9号　電話 023-000-7340（平日9時～17時）",
                           "センター長　右近　俊彦"]):
        p.at(18, y + 5.5 + i * 5, s, size=9.4 if i != 1 else 10, font="sans-bold" if i < 2 else "sans")
    tr = truth(document_type="other", sender="株式会社出羽しらゆき銀行", phone="023-000-7340", creditor=None,
               status="not_applicable", debtor="奥平直人", lump=False, issued=issued, reference="DS-7340-1802",
               input_kind="photo_exif_rotated", template="proxy43_harmless_bank_rate_change", received=D(2027, 2, 15))
    return dict(stem="az16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.2, creases=2, shadow=0.22, shadow_side="right", fill=0.84,
                          warm=0.15),
                about="other (bank, harmless: housing-loan rate change)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow on "
                        "the right; a bank's 住宅ローン適用金利変更のお知らせ under an indigo band: it CLAIMS NOTHING "
                        "(「お手続きやお振込みは必要ございません」); a 変更前 / 変更後 table with 年0.975％ → 年1.225％, "
                        "毎月のご返済額 68,412円 → 70,508円, ご融資残高 18,426,300円, 2049年 and the dates 4/1 and 5/27 (all "
                        "distractors: every amount, the rate and every date but the letter date null; creditor null)")


LETTERS = [az09, az10, az11, az12, az13, az14, az15, az16]
