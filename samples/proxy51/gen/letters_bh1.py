"""Proxy set 51, letters bh01–bh08: "everyday debts, second round". A dental clinic's 未払診療費 after an in-house
instalment plan lapsed; a motor 共済's 未払掛金 with a payment slip (photo); a 専門学校's 未納授業料 to the student
(2 pages); a 介護付有料老人ホーム's 利用料残高 to the 身元引受人 (scan); a gym's 未納月会費 with 振替不能手数料 (HEIC);
the 工務店's lawsuit for the 工事残代金 at the 鳥取地裁 (2 pages); a 支払督促 for 駐車場使用料 at the 今治簡裁 (scan);
an LP-gas dealer's 未払ガス料金 and 供給停止予告, photographed sideways."""

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
    late,
    qr,
    slip,
    stamp,
    truth,
    wd,
    window,
)

from samples.letters.fmt import fullwidth

fw = fullwidth
TEAL = (0.0, 0.42, 0.45)
PLUM = (0.42, 0.16, 0.40)
ORANGE = (0.90, 0.42, 0.05)
BROWN = (0.40, 0.25, 0.10)
DEEPBLUE = (0.10, 0.20, 0.45)


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdp(d: D) -> str:
    return f"（{wd(d)}）"


# ---------------------------------------------------------------------------------------------
# bh01 dental clinic: 未払診療費 after the in-house instalment plan lapsed; two treatments, 一括, no late charge.


def bh01():
    issued, due, lastp = D(2025, 12, 10), D(2025, 12, 26), D(2025, 9, 30)
    rows = [("インプラント治療（右下6番・上部構造を含む）", D(2025, 3, 8), 385_000, 220_000),
            ("セラミッククラウン（左上4番・5番）", D(2025, 5, 17), 132_000, 66_000)]
    fee = sum(r[2] for r in rows)
    paid = sum(r[3] for r in rows)
    P = sum(r[2] - r[3] for r in rows)
    assert fee - paid == P == 231_000
    p = Page(font="sans", size=10, top=16)
    # addressee top-left, plain (no window)
    p.at(20, 22, "〒225-0000", size=9.5)
    p.at(20, 27, "神奈川県横浜市青葉区しらかし台4丁目17番2号", size=9.5)
    p.at(24, 37, "神頭　和臣　様", size=13.5)
    p.at(20, 44, "診察券番号　0-4417", size=8.5, color=GRAY)
    # sender block top-right with the clinic mark
    p.add(Box(120, 16, 8, 8, color=None, fill=TEAL))
    p.at(124, 22, "歯", size=10, font="sans-bold", color=WHITE, align="c")
    p.at(130, 21.5, "くすのき並木デンタルオフィス", size=11.5, font="sans-bold", color=TEAL)
    for i, s in enumerate(["医療法人社団　碧泉会", "〒224-0000 横浜市都筑区くすのき並木2丁目8番3号",
                           "電話 045-000-3187（受付 9:30～18:30・木日祝休診）", "理事長　穂　苅　直　人"]):
        p.at(130, 28 + i * 4.3, s, size=8.3)
    p.seal(186, 41, 11, "square", "医療法人社団碧泉会之印", angle=3, seed=51011)
    p.at(196, 52, era(issued), size=9.5, align="r")
    p.at(196, 57, "請求No.　SK-2512-031", size=9.5, align="r")
    p.y = 66
    p.title("未払診療費のお支払いについて（ご請求）", size=14)
    p.para("拝啓　時下ますますご清祥のこととお慶び申し上げます。平素は当院での治療にご理解をいただき、ありがとうございます。",
           size=9.8)
    p.para("さて、神頭様の自費診療費につきましては、ご契約時の頭金のほか、院内分割（月々22,000円・お振込）のお約束をいただいておりましたが、"
           f"{era(lastp)}のご入金を最後に、その後のお振込みが確認できておりません。お電話と書面で三度ご連絡を差し上げました"
           "が、ご返答をいただけておりません。", size=9.8)
    p.para("院内分割のお約束が2回以上滞りましたので、治療費分割払い同意書第4条により、残額の全額を一括してお支払い"
           "いただくことになります。つきましては、下記の未払診療費を期限までにお振込みくださいますようお願い申し上げます。",
           size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.line("記", align="c", size=10.5)
    head = ["治療内容", "ご契約日", "治療費", "お支払済額", "未払診療費"]
    body = [[t, era(d), f"{f:,}", f"{pd:,}", f"{f - pd:,}"] for t, d, f, pd in rows]
    body.append(["合　　計", "", f"{fee:,}", f"{paid:,}", f"{P:,}"])
    p.table([head] + body, [66, 28, 26, 26, 28], x=18, header=True, aligns="lcrrr", size=8.8, row_h=8.5)
    p.line("（金額の単位：円）", x=192, size=7.5, align="r")
    p.gap(1)
    y = p.y
    p.add(Box(18, y, 174, 17, 0.8, TEAL))
    p.add(Box(18, y, 52, 17, color=None, fill=(0.86, 0.94, 0.94)))
    p.at(44, y + 7.4, "お振込金額", size=10, font="sans-bold", align="c", color=TEAL)
    p.at(44, y + 13, "（未払診療費）", size=7.5, align="c", color=TEAL)
    p.at(128, y + 11.6, f"{P:,}円", size=16, font="sans-bold", align="c")
    p.y = y + 21
    p.para(f"お支払期限　12月26日{wdp(due)}までにお振込みください。", size=10.5, font="sans-bold", indent="")
    p.kv([("お振込先", "しおさい信用金庫　つづき台支店　普通　0612283"),
          ("口座名義", "医療法人社団碧泉会（イリヨウホウジンシヤダンヘキセンカイ）"),
          ("ご依頼人名", "お振込みの際は、お名前の前に請求No.の数字（2512031）をご入力ください。")],
         x=22, label_w=30, size=9)
    p.gap(2)
    p.line("ご参考", x=20, size=9, font="sans-bold")
    for s in ["・治療費総額 517,000円のうち、これまでのお支払いは計286,000円です（上表のとおり）。",
              "・自費診療費は医療費控除の対象となります。領収書の再発行はお申し付けください。",
              "・インプラントの保証（5年）は、治療費のお支払い完了をもって開始いたします。"]:
        p.line(s, x=22, size=8.5)
    p.gap(2)
    p.para("期限までにお支払いもご連絡もない場合は、誠に不本意ながら、少額訴訟等の法的手続きを検討せざるを得ません。"
           "ご事情がおありの方は、期限前に受付（担当：事務長）までお電話ください。なお、本状と行き違いにお振込みいただいた"
           "場合は、ご容赦ください。", size=8.8, indent="")
    p.line("以上", align="r", size=9.5)
    tr = truth(document_type="collection_notice", sender="医療法人社団碧泉会", phone="045-000-3187",
               creditor="医療法人社団碧泉会", status="not_applicable", debtor="神頭和臣", total=P, principal=P,
               lump=True, issued=issued, payment_due=due, last_payment=lastp, reference="SK-2512-031",
               input_kind="pdf_text", template="proxy51_dental_unpaid_fees_lapsed_instalments", received=D(2025, 12, 12))
    return dict(stem="bh01", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="collection_notice (dental clinic 未払診療費, in-house instalments lapsed)",
                unusual="a dental clinic's own letter: the addressee top-LEFT without a window, the clinic name 「くすのき並木"
                        "デンタルオフィス」 with a tooth mark top-RIGHT and the legal entity 医療法人社団 碧泉会 in the small "
                        "lines under it; 拝啓…敬具; the in-house instalment plan lapsed, so the rest is demanded 「一括して」 but "
                        "NO 喪失 date is printed; a 5-column table (治療内容 / ご契約日 / 治療費 / お支払済額 / 未払診療費) with "
                        "a 合計 row — only the last column is owed (治療費 517,000 and お支払済額 286,000 are history); no "
                        "late charge; the due date only as 「12月26日（金）まで」 in a bold line (year from the letter date); "
                        "診察券番号, 月々22,000円 and the 5-year guarantee as distractors")


# ---------------------------------------------------------------------------------------------
# bh02 motor 共済: 未払掛金 of two months, 払込取扱票 at the foot, 失効 date as distractor; phone photo.


def bh02():
    issued, due, lapse, lastp = D(2025, 12, 22), D(2026, 1, 13), D(2026, 1, 31), D(2025, 9, 29)
    M = 8_420
    months = [("令和7年10月分", D(2025, 10, 27)), ("令和7年11月分", D(2025, 11, 27))]
    P = M * len(months)
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 3, color=None, fill=DEEPBLUE))
    p.at(15, 22, "あけぼの交通共済生活協同組合", size=14, font="sans-bold", color=DEEPBLUE)
    p.at(15, 27, "AKEBONO MUTUAL AID  ─  自動車共済「あけぼのカーくん」", size=7.5, color=DEEPBLUE)
    stamp(p, 160, 15, "重　要", size=12)
    window(p, 15, 34, "344-0000", ["埼玉県春日部市ゆらぎ台3丁目5番11号", "コーポ麻の葉201"], "菊地原　健吾　様",
           "bh02win", w=92, h=40)
    p.at(196, 40, f"発行日　{era(issued)}", size=9, align="r")
    p.at(196, 45, "組合員番号　5108-2274-03", size=9, align="r")
    p.at(196, 50, "共済証書番号　AK-25-0071433", size=8, align="r", color=GRAY)
    p.y = 80
    p.title("自動車共済掛金　払込みのお願い（督促）", size=14, color=DEEPBLUE)
    p.para("日頃より当組合の自動車共済をご利用いただき、ありがとうございます。ご指定の口座から、下記の月の掛金を振り替える"
           "ことができませんでした（残高不足）。お手数ですが、下の払込取扱票で、払込期限までに払い込んでください。", size=9.6)
    p.gap(1)
    p.table([["対象月", "振替日", "振替結果", "未払掛金"]] +
            [[m, f"{era(d)}{wdp(d)}", "振替不能", f"{M:,}円"] for m, d in months] +
            [["", "", "合　計", f"{P:,}円"]],
            [44, 54, 34, 40], x=20, header=True, aligns="lccr", size=9.5, row_h=8, ruled="rows")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 172, 16, 0.7, DEEPBLUE))
    p.at(24, y + 7, "払込期限", size=9.5, font="sans-bold", color=DEEPBLUE)
    p.at(24, y + 13, f"{era(due)}{wdp(due)}", size=12.5, font="sans-bold")
    p.at(112, y + 7, "払込金額", size=9.5, font="sans-bold", color=DEEPBLUE)
    p.at(188, y + 13, f"{P:,}円", size=14, font="sans-bold", align="r")
    p.y = y + 20
    p.line("ご注意", x=20, size=9.5, font="sans-bold", color=RED)
    for s in [f"・払込期限を過ぎますと、共済規約第31条により、{era(lapse)}（払込猶予期間の満了日）をもって",
              "　この共済契約は失効し、以後の事故は共済金のお支払対象となりません。",
              f"・最後に振替ができたのは令和7年9月分（{era(lastp)}振替）です。",
              "・令和7年12月分（8,420円）は、12月26日にご指定口座から振り替えます。残高をご確認ください。"]:
        p.line(s, x=20, size=8.6)
    p.gap(1)
    grid(p, 20, p.y, [24, 62, 24, 62], [["車　両", "春日部 330 ね 41-07", "共済期間", "令和7年4月1日から1年間"],
                                          ["対人賠償", "無制限", "年間掛金", "101,040円（月払）"]], h=6.5, size=8)
    p.y += 15
    p.line("お問合せ　あけぼの交通共済　契約サービス課（さいたま市浦和区）　電話 048-000-5362（平日9:00～17:00）", x=20,
           size=8.6, font="sans-bold")
    slip(p, 214, account="00160-5-730841", payee="あけぼの交通共済生活協同組合", amount=P, payer="菊地原　健吾",
         note=["令和7年10月分・11月分掛金", "組合員番号 5108-2274-03"], title="払込取扱票（掛金）",
         bank_line="この払込票は、ゆうちょ銀行・郵便局の窓口及びＡＴＭでご利用になれます。", key="bh02slip")
    tr = truth(document_type="collection_notice", sender="あけぼの交通共済生活協同組合", phone="048-000-5362",
               creditor="あけぼの交通共済生活協同組合", status="not_applicable", debtor="菊地原健吾", total=P,
               principal=P, lump=False, issued=issued, payment_due=due, last_payment=lastp,
               reference="5108-2274-03", input_kind="photo_jpeg",
               template="proxy51_motor_mutual_aid_unpaid_premiums_slip", received=D(2025, 12, 24))
    return dict(stem="bh02", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.0, creases=2, fill=0.86, shadow=0.2, shadow_side="right",
                          warm=0.15),
                about="collection_notice (motor 共済 未払掛金, payment slip, phone photo)",
                unusual="phone photo on wood with creases and a hand shadow on the right: a consumers' co-operative's motor "
                        "共済 督促 with a 重要 stamp and a window address; a rows-ruled table of two 振替不能 months with the "
                        "振替日 and weekday and a 合計 row (未払掛金, the only sum: no 元金, no late charge); 払込期限 and "
                        "払込金額 side by side in one frame; the 失効 date 令和8年1月31日, the December instalment due 12/26, "
                        "年間掛金 101,040円 and the vehicle plate in a grid as distractors; 組合員番号 (reference) and "
                        "共済証書番号 (a contract number); a 払込取扱票 at the foot repeating the amount")


# ---------------------------------------------------------------------------------------------
# bh03 専門学校: 未納授業料 to the (adult) student; three rows; p.2 payment and FAQ; 除籍 date as distractor.


def bh03():
    issued, due, lastp = D(2026, 1, 9), D(2026, 1, 30), D(2025, 7, 31)
    rows = [("令和7年度 前期授業料（残額）", "令和7年4月30日", 60_000),
            ("令和7年度 後期授業料", "令和7年10月31日", 390_000),
            ("令和7年度 後期実習費", "令和7年10月31日", 85_000)]
    P = sum(r[2] for r in rows)
    p = Page(font="serif", size=10.2, top=16)
    p.at(20, 20, "〒430-0000", size=9.5)
    p.at(20, 25, "静岡県浜松市中央区つゆくさ通5丁目3番8号", size=9.5)
    p.at(20, 30, "ハイツつゆくさ305", size=9.5)
    p.at(26, 40, "湯地　瑠美　様", size=13.5)
    p.at(192, 20, f"{era(issued)}", size=9.5, align="r")
    p.at(192, 25, "通知番号　SN-R7-0192", size=9.5, align="r")
    p.at(192, 30, "学籍番号　CP24-0153（製菓衛生師科2年）", size=8.5, align="r")
    p.at(192, 42, "学校法人　潮音学園", size=10, align="r")
    p.at(192, 47, "潮音製菓専門学校", size=12, font="serif-bold", align="r")
    p.at(192, 52, "校長　粂　井　　聡", size=10, align="r")
    p.y = 62
    p.title("未納授業料の納入について（督促）", size=14.5)
    p.para("新春の候、ますますご健勝のこととお喜び申し上げます。", size=10)
    p.para("さて、貴殿の令和7年度の授業料等につきまして、下記のとおり未納となっております。前期授業料の分納（令和7年7月31日"
           "納入分）以降、納入が確認できておりません。つきましては、下記の未納額を納入期限までに納入してくださるよう、"
           "お願いいたします。", size=10)
    p.line("記", align="c", size=10.5)
    p.table([["費　目", "本来の納期限", "未納額（円）"]] + [[a, b, f"{c:,}"] for a, b, c in rows] +
            [["未納授業料等　合計", "", f"{P:,}"]],
            [82, 44, 40], x=22, header=True, aligns="lcr", size=9.8, row_h=8.5)
    p.gap(3)
    p.kv([("納入期限", f"{era(due)}{wdp(due)}　（銀行振込。振込先は裏面のとおり）"),
          ("納入金額", f"金{P:,}円"),
          ("ご相談窓口", "事務局 学生課（学費担当）　電話 053-000-7724　平日9時～17時")],
         x=26, label_w=30, size=10)
    p.gap(3)
    p.para("なお、本校学則第28条により、授業料等を納入せず督促を受けてもなお納入しない者は、除籍となることがあります。納入期限"
           "までに納入がない場合、令和8年3月31日付で除籍とし、卒業判定会議（令和8年2月20日）の対象から外れますので、ご注意"
           "ください。分納をご希望の場合は、裏面の分納願を納入期限までにご提出ください。", size=9.6)
    p.para("行き違いで納入済みの場合は、失礼をお詫び申し上げます。", size=9.6)
    p.line("以上", align="r", size=10)
    q = Page(font="serif", size=10, top=18)
    q.line("（裏面）", align="r", size=9)
    q.line("1　振込先", size=11, font="serif-bold")
    q.kv([("金融機関", "しおさい信用金庫　浜松西支店"), ("口座", "普通預金　0394716"),
          ("口座名義", "学校法人潮音学園（ガツコウホウジンシオネガクエン）"),
          ("振込人名", "学籍番号＋氏名（例：CP240153ユジルミ）")], x=26, label_w=28)
    q.para("振込手数料はご負担ください。振込の控えをもって領収書に代えさせていただきます。", size=9.5)
    q.gap(3)
    q.line("2　ご参考（令和7年度の学費）", size=11, font="serif-bold")
    q.table([["区分", "前期", "後期", "年額"], ["授業料", "390,000", "390,000", "780,000"],
             ["実習費", "85,000", "85,000", "170,000"], ["施設設備費", "100,000", "100,000", "200,000"],
             ["計", "575,000", "575,000", "1,150,000"]], [40, 36, 36, 40], x=26, header=True, size=9.3, row_h=7.5)
    q.line("※施設設備費は納入済みです。前期授業料390,000円のうち330,000円は納入済みです。", x=26, size=8.5)
    q.gap(3)
    q.line("3　よくあるご質問", size=11, font="serif-bold")
    from common import faq
    faq(q, [("分割して納めることはできますか。", "分納願をご提出いただき、学生課が認めた場合は、最長3回までの分納ができます。"),
            ("奨学金の振込を待ってから納めたいのですが。", "奨学金の振込予定日がわかる書類を添えて、学生課にご相談ください。"),
            ("除籍になると、どうなりますか。", "在籍期間の証明のみとなり、卒業証書・製菓衛生師受験資格の証明は発行できません。")],
        x0=22, x1=190, qsize=9.5, asize=9)
    q.gap(4)
    y = q.y
    q.add(Box(20, y, 170, 52, 0.4))
    q.at(105, y + 7, "分　納　願", size=13, font="serif-bold", align="c")
    q.at(24, y + 15, "学校法人潮音学園　理事長　殿", size=10)
    q.at(186, y + 15, "令和　　年　　月　　日", size=10, align="r")
    for i, s in enumerate(["学籍番号　　　　　　　　　　氏名　　　　　　　　　　　　　印",
                           "未納額　金　　　　　　　　　　円を、次のとおり分納したいので、お願いいたします。",
                           "第1回　　月　　日　金　　　　　円　／　第2回　　月　　日　金　　　　　円",
                           "第3回　　月　　日　金　　　　　円　　理由："]):
        q.at(24, y + 24 + i * 7, s, size=9.5)
    tr = truth(document_type="collection_notice", sender="学校法人潮音学園", phone="053-000-7724",
               creditor="学校法人潮音学園", status="not_applicable", debtor="湯地瑠美", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="SN-R7-0192",
               input_kind="pdf_text_2page", template="proxy51_vocational_school_unpaid_tuition_student",
               received=D(2026, 1, 13))
    return dict(stem="bh03", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="collection_notice (専門学校 未納授業料 to the adult student, 2 pages)",
                unusual="a 専門学校's 督促 in serif, addressed to the STUDENT herself (an adult; no 学費負担者); 学校法人 / "
                        "school / 校長 right-aligned under the date lines; 通知番号 (reference) and 学籍番号 top-right; a "
                        "3-row table 費目 / 本来の納期限 / 未納額 with 「未納授業料等　合計」 (the debt itself, no 元金 label); the "
                        "last payment only as 「前期授業料の分納（令和7年7月31日納入分）以降」 in the body; 学則第28条 with the "
                        "除籍 date 3/31 and the 卒業判定会議 2/20 as distractor dates; p.2 the account, a ご参考 fee table "
                        "(年額 1,150,000) with a note of what was paid, a Q&A and a blank 分納願")


# ---------------------------------------------------------------------------------------------
# bh04 介護付有料老人ホーム: 利用料残高 per month with late damages, to the 身元引受人; scanned.

UT_OP = "株式会社うたせケアパートナーズ"
UT_DEBTOR = "小宮路　浩"


def bh04():
    R = 14.6
    issued, due = D(2026, 1, 14), D(2026, 1, 30)
    base = 186_000
    months = [("令和7年9月ご利用分", D(2025, 10, 31), 24_316, 6_820, 150_000),
              ("令和7年10月ご利用分", D(2025, 11, 30), 25_102, 8_150, 0),
              ("令和7年11月ご利用分", D(2025, 12, 31), 23_877, 7_430, 0)]
    lastp = D(2025, 10, 31)
    rows = []
    for m, d, kaigo, other, paid in months:
        bill = base + kaigo + other
        bal = bill - paid
        lt = late(bal, R, d + timedelta(1), issued)
        rows.append((m, d, bill, paid, bal, lt))
    P = sum(r[4] for r in rows)
    L = sum(r[5] for r in rows)
    T = P + L
    p = Page(font="sans", size=9.8, top=14)
    p.at(20, 18, "ご契約者（身元引受人）", size=8.5)
    p.at(20, 24, "〒470-0000 愛知県知多郡東浦町あさぎり台2丁目14番地", size=9)
    p.at(24, 32, f"{UT_DEBTOR}　様", size=13.5)
    p.at(192, 18, f"{era(issued, True)}", size=9.5, align="r")
    p.at(192, 23, "請求管理番号　ＵＣ－ＨＮ－０４１２", size=9.5, align="r")
    p.at(192, 36, "介護付有料老人ホーム　すずらんの丘　半田", size=10, font="sans-bold", align="r")
    p.at(192, 41, f"運営　{UT_OP}", size=9, align="r")
    p.at(192, 45.5, "〒475-0000 愛知県半田市ちたかぜ町4丁目6番地の2", size=8, align="r")
    p.at(192, 50, "施設長　沢　目　里　美　　電話 0569-00-4825", size=8.5, align="r")
    p.y = 58
    p.add(Line(20, p.y, 192, p.y, 0.6, PLUM))
    p.gap(3)
    p.title("ご利用料金のお支払いについて（ご請求）", size=14, color=PLUM)
    p.para("平素より当ホームの運営にご理解とご協力を賜り、厚く御礼申し上げます。", size=9.6)
    p.para("ご入居者 小宮路タツ様の下記ご利用月の利用料につきまして、お支払期日を過ぎてもご入金が確認できておりません"
           f"（最終ご入金：{era(lastp)}、150,000円）。入居契約書第23条に基づき、利用料残高に遅延損害金（年14.6％）を加えて"
           "ご請求いたしますので、お支払期限までにお振込みくださいますようお願い申し上げます。", size=9.6)
    p.gap(1)
    grid(p, 20, p.y, [26, 60, 26, 60], [["ご入居者", "小宮路　タツ　様（3階 312号室）", "入居者番号", "SH-0312"],
                                          ["ご入居日", "令和5年6月1日", "お支払方法", "口座振替 → お振込みに変更"]],
         h=6.5, size=8.3)
    p.y += 16
    head = ["ご利用月", "お支払期日", "ご請求額", "ご入金額", "利用料残高", "遅延損害金"]
    body = [[m, era(d).replace("令和", "R"), f"{b:,}", f"{pd:,}" if pd else "―", f"{bal:,}", f"{lt:,}"]
            for m, d, b, pd, bal, lt in rows]
    body.append(["合　　計", "", "", "", f"{P:,}", f"{L:,}"])
    p.table([head] + body, [40, 28, 26, 24, 28, 26], x=20, header=True, aligns="lcrrrr", size=8.6, row_h=8)
    p.line("※ご請求額の内訳：月額利用料186,000円（家賃・管理費・食費）＋介護保険自己負担分＋その他実費（おむつ代等）", x=20,
           size=7.5)
    p.line("※遅延損害金は、各月の利用料残高に対し年14.6％、お支払期日の翌日から本状発行日までの日割計算です。", x=20, size=7.5)
    p.gap(2)
    y = p.y
    p.add(Box(96, y, 96, 27, 0.8, PLUM))
    for i, (lab, v) in enumerate((("利用料残高", P), ("遅延損害金", L), ("ご請求額合計", T))):
        big = i == 2
        p.at(100, y + 7.5 + i * 8, lab, size=10.5 if big else 9.5, font="sans-bold" if big else "sans")
        p.at(188, y + 7.5 + i * 8, f"{v:,}円", size=12 if big else 10, font="sans-bold" if big else "sans", align="r")
    p.add(Line(98, y + 18.6, 190, y + 18.6, 0.3))
    p.at(20, y + 7, "お支払期限", size=10, font="sans-bold", color=PLUM)
    p.at(20, y + 15, f"{era(due, True)}（{wd(due)}）", size=11.5, font="sans-bold")
    p.at(20, y + 22, "までにお振込みください", size=8.5)
    p.y = y + 31
    p.kv([("お振込先", "ちたかぜ銀行　半田東支店　普通　1187350"),
          ("口座名義", "カ）ウタセケアパートナーズ")], x=20, label_w=24, size=9)
    p.gap(2)
    p.para("ご入居一時金（償却済み）からの充当はできません。お支払いが難しい場合は、分割のご相談に応じますので、施設長または"
           "本部経理課（電話 052-000-3390）までご連絡ください。期限までにご入金もご連絡もない場合は、法的手続きを検討させて"
           "いただくことがあります。", size=8.8, indent="")
    p.seal(112, 45, 10, "square", "うたせケアパートナーズ印", angle=-3, seed=51041)
    tr = truth(document_type="collection_notice", sender=UT_OP, phone="0569-00-4825", creditor=UT_OP,
               status="not_applicable", debtor="小宮路浩", total=T, principal=P, late_damages=L, rate=R, lump=False,
               issued=issued, payment_due=due, last_payment=lastp, reference="UC-HN-0412", input_kind="scan_png",
               template="proxy51_nursing_home_fee_balance_guarantor", received=D(2026, 1, 16))
    return dict(stem="bh04", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=0.9,
                about="collection_notice (介護付有料老人ホーム 利用料残高, to the 身元引受人)",
                unusual="a nursing home's letter, scanned, addressed to the ご契約者（身元引受人） — the resident, his mother, "
                        "is named only in the body and in a shaded grid (入居者番号 and room as distractors); full-width era "
                        "date and a full-width 請求管理番号 ＵＣ－ＨＮ－０４１２; the facility name, the operating company "
                        "(「運営」) and the 施設長 right-aligned; a 6-column per-month table (ご利用月 / お支払期日 as 「R7年10月31日」 "
                        "form / ご請求額 / ご入金額 / 利用料残高 / 遅延損害金) with a part payment in the first row and a 合計 "
                        "row; a plum-framed summary 利用料残高 / 遅延損害金 / ご請求額合計 with the due date to its LEFT; "
                        "月額利用料 186,000 and the 本部 phone as distractors")


# ---------------------------------------------------------------------------------------------
# bh05 gym: 未納月会費 of three months plus 振替不能手数料 (costs), 強制退会 date as distractor; iPhone HEIC.


def bh05():
    issued, due, expel, lastp = D(2026, 1, 16), D(2026, 1, 30), D(2026, 1, 31), D(2025, 9, 29)
    fee, fail = 7_678, 330
    months = [("2025年11月分", D(2025, 10, 27)), ("2025年12月分", D(2025, 11, 27)), ("2026年1月分", D(2025, 12, 26))]
    P = fee * len(months)
    C = fail * len(months)
    T = P + C
    p = Page(font="sans", size=10, top=12)
    p.add(Box(0, 0, 210, 26, color=None, fill=ORANGE))
    p.at(16, 15, "LUMINAS 24", size=22, font="sans-bold", color=WHITE)
    p.at(16, 21.5, "24時間フィットネス　ルミナス", size=8.5, color=WHITE)
    p.at(194, 12, "会員サポートセンター", size=9, color=WHITE, align="r")
    p.at(194, 18, "0120-000-724（10:00～19:00 年中無休）", size=9, color=WHITE, align="r")
    p.y = 34
    p.line("〒590-0000　大阪府堺市堺区ほたるび町2丁目9番6-405", x=16, size=9.5)
    p.line("閑野　玲奈　様", x=20, size=13.5)
    p.at(194, 36, f"発行日　{west(issued)}", size=9.5, align="r")
    p.at(194, 41, "会員番号　LM-0712-55820", size=9.5, align="r")
    p.at(194, 46, "ご利用店舗　LUMINAS 24 堺東店", size=8.5, align="r", color=GRAY)
    p.y = 56
    p.title("未納会費のご請求　および　会員資格停止のお知らせ", size=13.5)
    p.para("いつもLUMINAS 24をご利用いただき、ありがとうございます。下記の月会費について、ご登録口座からの振替ができません"
           "でした。会員規約第12条により、現在、会員資格（入館）を停止しております。", size=9.5)
    p.para(f"最後に振替ができたのは2025年10月分（{west(lastp)}）です。", size=9.5)
    p.gap(1)
    p.table([["内容", "振替日", "金額（税込）"]] +
            [[f"月会費（{m}）", slash(d), f"¥{fee:,}"] for m, d in months] +
            [["振替不能手数料（330円×3回）", "", f"¥{C:,}"]],
            [80, 40, 40], x=25, header=True, aligns="lcr", size=9.8, row_h=8.5)
    y = p.y + 3
    p.add(Box(25, y, 160, 22, color=None, fill=(1.0, 0.93, 0.85)))
    p.at(30, y + 8, "ご請求金額", size=11, font="sans-bold", color=ORANGE)
    p.at(180, y + 10, f"¥{T:,}", size=20, font="sans-bold", align="r")
    p.at(30, y + 17, f"お支払期限　{west(due)}{wdp(due)}", size=11, font="sans-bold")
    p.at(180, y + 18, f"（未納月会費 ¥{P:,}　＋　手数料 ¥{C:,}）", size=8, align="r")
    p.y = y + 27
    p.line("お支払方法", x=25, size=10, font="sans-bold")
    p.para("右のコードを読み取り、コンビニ払い・スマホ決済でお支払いください。店舗のフロントではお支払いできません。",
           x0=25, x1=160, size=9, indent="")
    p.line("お支払番号　8820-4471-0965（有効期限はお支払期限と同じです）", x=25, size=9)
    qr(p, 165, p.y - 16, 22, "bh05qr")
    p.gap(4)
    p.line("ご注意", x=25, size=10, font="sans-bold", color=RED)
    for s in [f"・お支払期限までにお支払いがない場合、会員規約第15条により{west(expel)}付で強制退会となります。",
              "・強制退会後も、未納月会費と手数料のお支払義務はなくなりません。再入会には入会金（¥11,000）が必要です。",
              "・月会費 ¥7,678（税込）は、前月27日（休業日は翌営業日）にご登録口座から振り替えます。",
              "・パーソナルトレーニング回数券（残2回）は、お支払い確認後にご利用いただけます。"]:
        p.line(s, x=25, size=8.4)
    p.gap(3)
    p.line("株式会社ルミナスフィット　会員サポートセンター", x=194, size=9, align="r")
    p.line("〒530-0000 大阪市北区くぬぎ通1丁目4番20号", x=194, size=8, align="r")
    tr = truth(document_type="collection_notice", sender="株式会社ルミナスフィット", phone="0120-000-724",
               creditor="株式会社ルミナスフィット", status="not_applicable", debtor="閑野玲奈", total=T, principal=P,
               costs=C, lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="LM-0712-55820",
               input_kind="photo_heic", template="proxy51_gym_unpaid_monthly_fees_debit_failure", received=D(2026, 1, 19))
    return dict(stem="bh05", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=2.4, creases=2, fill=0.84, glare=20, warm=0.3),
                about="collection_notice (gym 未納月会費 + 振替不能手数料, iPhone HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a 24-hour gym chain's letter under a full-"
                        "width ORANGE band with the Latin brand 「LUMINAS 24」 (the company ルミナスフィット only in the small "
                        "sign-off at the bottom right); western 年月日 dates and slash 振替日; three 月会費 rows plus a "
                        "振替不能手数料（330円×3回） row (→ costs) in a ¥ table, then a big ご請求金額 on a peach panel with the "
                        "split 「未納月会費 ¥… ＋ 手数料 ¥…」 in small type; the 強制退会 date 1/31, 入会金 ¥11,000, the "
                        "monthly fee ¥7,678, a 12-digit お支払番号 and a QR as distractors")


# ---------------------------------------------------------------------------------------------
# bh06 地裁 (ワ): the 工務店 sues for the 工事残代金; 呼出状 + 訴状, only a running 年3パーセント clause.

KG_FIRM = "株式会社蔦川工務店"
KG_DEBTOR = "釘宮　孝則"
KG_REST, KG_EXTRA = 2_280_000, 100_000
KG_LAST = D(2025, 6, 20)


def bh06():
    issued, hearing, answer, filed = D(2026, 4, 20), D(2026, 5, 27), D(2026, 5, 20), D(2026, 3, 30)
    P = KG_REST + KG_EXTRA
    case = "令和８年（ワ）第６１号"
    p = Page(font="serif", size=10.5, top=18)
    p.at(190, 20, "事件番号　" + case, size=10.5, align="r")
    p.at(190, 26, "工事代金請求事件", size=10.5, align="r")
    p.y = 34
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15)
    p.line(f"被告　{KG_DEBTOR}　殿", x=22, size=12)
    p.gap(1)
    p.at(190, p.y + 3, f"{era(issued, True)}", size=10.5, align="r")
    p.y += 6
    for s in ["鳥取地方裁判所民事部", "裁判所書記官　椎　橋　　優"]:
        p.line(s, x=190, align="r", size=10.5)
    p.gap(3)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおりですので、同期日に出頭してください。"
           "なお、訴状を送達しますので、下記答弁書提出期限までに答弁書を提出してください。", size=10.5)
    p.line("記", align="c", size=11)
    p.gap(1)
    x0 = 24
    for lab, val in ((("期　日"), f"令和８年５月２７日（{wd(hearing)}）午前１０時３０分"),
                     ("場　所", "第２号法廷（本館２階）"),
                     ("答弁書提出期限", f"令和８年５月２０日（{wd(answer)}）")):
        p.at(x0, p.y + 4, "■", size=8)
        p.at(x0 + 5, p.y + 4.2, lab, size=10.5, font="serif-bold")
        p.at(x0 + 42, p.y + 4.2, val, size=11)
        p.y += 9
    p.gap(2)
    p.line("（注意）", size=10, font="serif-bold")
    for s in ["１　出頭の際は、この呼出状と印鑑を持参してください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決が",
              "　　されることがあります。",
              "３　訴状に添付された書証の写し（甲第１号証～甲第５号証）は、訴状とともに送達します。",
              "４　代理人を選任する場合は、期日までに委任状を提出してください。"]:
        p.line(s, x=24, size=9.5)
    p.gap(4)
    p.add(Box(22, p.y, 168, 22, 0.3))
    p.at(26, p.y + 6, "連絡先", size=9.5, font="serif-bold")
    p.at(26, p.y + 12, "〒680-0000　鳥取市東町二丁目２２３番地（所在地は案内図のとおり）", size=9.5)
    p.at(26, p.y + 18, "鳥取地方裁判所民事部　第２係　電話　0857-00-3418（直通）", size=9.5)
    p.y += 28
    p.para("※この書面は特別送達により送達されたものです。事件についての問い合わせは、事件番号をお知らせのうえ、上記係へ。",
           size=8.8, indent="")
    q = Page(font="serif", size=10.3, top=16)
    q.title("訴　　　　状", size=16, spaced=False)
    q.line(f"{era(filed, True)}", x=190, align="r", size=10.3)
    q.line("鳥取地方裁判所　御中", x=22, size=10.5)
    q.gap(1)
    rows = [("原　　告", "〒680-0000 鳥取市さるすべり台三丁目１２番５号　株式会社蔦川工務店"),
            ("", "代表者代表取締役　蔦川　栄作　　（電話 0857-00-3921　FAX 0857-00-3922）"),
            ("被　　告", f"〒680-0000 鳥取市ねむのき野一丁目６番１９号　{KG_DEBTOR}"),
            ("訴訟物の価額", f"{P:,}円　　　貼用印紙額　17,000円　　　予納郵券　6,000円")]
    for lab, val in rows:
        base = q.y + 10.3 * 0.3528
        q.at(22, base, lab, size=9.8)
        q.at(50, base, val, size=9.3)
        q.y += 6.2
    q.gap(2)
    q.line("第１　請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、{P:,}円及びこれに対する令和７年９月１日から支払済みまで年３パーセントの割合による"
           "金員を支払え。", x0=26, size=10.3, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=26, size=10.3, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=30, size=10.3)
    q.gap(1)
    q.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ["１　原告は、建築工事の請負を業とする株式会社である。",
              "２　原告は、令和７年３月１０日、被告との間で、被告の自宅（鳥取市ねむのき野一丁目）の増改築工事を、請負代金"
              "5,280,000円（消費税込）、完成引渡し後直ちに残代金を支払うとの約定で請け負った（甲１）。",
              "３　被告は、着手金1,500,000円を令和７年３月１７日に、中間金1,500,000円を令和７年６月２０日に支払ったが、"
              "その後の支払をしない。",
              "４　原告は、被告の依頼により、浴室手すりの増設及び外構の補修を追加工事として100,000円で施工した（甲２）。",
              "５　原告は、令和７年８月２９日、本件工事を完成させて被告に引き渡し、残代金の支払期日を同月３１日とした"
              "（甲３）。原告は、令和７年１２月５日付内容証明郵便で支払を催告したが、被告は支払わない（甲４、甲５）。",
              "６　よって、原告は、被告に対し、下表の合計額及びこれに対する支払期日の翌日である令和７年９月１日から支払済み"
              "まで民法所定の年３パーセントの割合による遅延損害金の支払を求める。"]:
        q.para(s, x0=26, size=9.8, indent="")
    q.gap(1)
    q.table([["項　目", "金　額"], ["請負残代金（5,280,000円－3,000,000円）", f"{KG_REST:,}円"],
             ["追加工事代金", f"{KG_EXTRA:,}円"], ["合　計", f"{P:,}円"]],
            [100, 40], x=34, header=True, aligns="lr", size=9.8, row_h=7.5)
    q.gap(2)
    q.line("証拠方法　甲第１号証ないし甲第５号証（工事請負契約書、追加工事確認書、引渡確認書、内容証明郵便ほか）", x=22,
           size=9)
    q.line("附属書類　訴状副本 1通、甲号証写し 各1通、資格証明書 1通", x=22, size=9)
    q.line("原告　株式会社蔦川工務店　代表者代表取締役　蔦川　栄作", x=190, align="r", size=10)
    q.seal(183, q.y - 2, 9, "round", "蔦川工務店|代表取締役", seed=51061)
    tr = truth(document_type="lawsuit", sender="鳥取地方裁判所", phone="0857-00-3418", creditor=KG_FIRM,
               status="not_applicable", debtor="釘宮孝則", total=P, principal=P, rate=3.0, lump=True, issued=issued,
               last_payment=KG_LAST, hearing=hearing, reference="令和8年(ワ)第61号", input_kind="pdf_text_2page",
               template="proxy51_district_court_builder_unpaid_construction", received=D(2026, 4, 23))
    return dict(stem="bh06", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), 工務店's 工事残代金, 2 pages)",
                unusual="a court not used before (鳥取地裁): p.1 口頭弁論期日呼出状及び答弁書催告状 with the case number and "
                        "事件名 alone top-right, the 期日 / 場所 / 答弁書提出期限 as ■ lines with weekdays, the court's "
                        "（直通） phone in a framed 連絡先 box; p.2 訴状 dated 3/30 ≠ 呼出状 4/20; the plaintiff is a 工務店 "
                        "(its own phone / FAX in the party lines as distractors); 訴訟物の価額 / 貼用印紙額 / 予納郵券 on one "
                        "line; 請求の趣旨 with ONLY a running 年３パーセント clause (no computed damages); the 請求の原因 "
                        "tells the story (請負代金 5,280,000, 着手金 and 中間金 1,500,000 each, the 内容証明 of 12/5) and a "
                        "table 請負残代金 / 追加工事代金 / 合計 (no 元金 label)")


# ---------------------------------------------------------------------------------------------
# bh07 支払督促 (今治簡裁): 駐車場使用料 of six months, 確定遅延損害金 per month, one scanned page.


def bh07():
    R = 14.6
    issued, filed, lastp = D(2026, 1, 23), D(2026, 1, 16), D(2025, 4, 30)
    M = 13_200
    months = [(m, D(2025, m - 1, 31) if m - 1 in (5, 7, 8, 10) else D(2025, m - 1, 30)) for m in range(6, 12)]
    assert [d.isoformat() for _, d in months][:2] == ["2025-05-31", "2025-06-30"]
    P = M * len(months)
    L = sum(late(M, R, d + timedelta(1), filed) for _, d in months)
    C = 500 + 1_082 + 800
    T = P + L + C
    p = Page(font="sans", size=10, top=14)
    p.at(190, 18, "令和８年（ロ）第３４号", size=10.5, align="r")
    p.y = 22
    p.title("支　払　督　促", size=17)
    p.table([["当事者", "債権者", "〒794-0000 愛媛県今治市ともえ町二丁目３番地の８　株式会社ことぶき地所"],
             ["", "", "代表者代表取締役　荏原　勝"],
             ["", "債務者", "〒794-0000 愛媛県今治市いそなぎ台四丁目11番27号　麦島　智也"]],
            [20, 18, 132], x=20, aligns="lcl", size=9.3, row_h=7, ruled="outer")
    p.gap(3)
    p.para("債務者は、請求の趣旨記載の金額を債権者に支払え。", size=10.5)
    p.para("債務者がこの支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言"
           "をする。", size=10.5)
    p.gap(2)
    p.line("請求の趣旨", size=11, font="sans-bold")
    x0 = 26
    items = [("１", "駐車場使用料（令和７年６月分～同年１１月分）", P),
             ("２", "確定遅延損害金（各支払期日の翌日から令和８年１月１６日まで年14.6％）", L),
             ("３", "督促手続費用", C)]
    for n, lab, v in items:
        b = p.line(f"{n}　{lab}", x=x0, size=9.6)
        p.at(190, b, f"{v:,}円", size=10, align="r")
    p.add(Line(120, p.y, 190, p.y, 0.4))
    p.gap(1)
    b = p.line("合　計", x=130, size=10.5, font="sans-bold")
    p.at(190, b, f"{T:,}円", size=10.5, font="sans-bold", align="r")
    p.para("４　上記１の金額に対する令和８年１月１７日から完済まで年14.6％の割合による遅延損害金", x0=x0, size=9.6, indent="")
    p.gap(2)
    p.line("請求の原因", size=11, font="sans-bold")
    for s in ["１　債権者は、債務者との間で、令和５年４月１日、債権者が所有する月極駐車場「ことぶきパーク今治北」の区画"
              "No.17 について、使用料月額13,200円（消費税込）を毎月末日限り翌月分を前払いする、遅延損害金年14.6％との約定"
              "で駐車場使用契約を締結した。",
              "２　債務者は、令和７年５月分までの使用料を支払った（最終支払日　令和７年４月30日）が、同年６月分以降の支払を"
              "しない。債権者は、令和７年12月15日到達の書面で契約を解除し、区画の明渡しを受けた。",
              "３　よって、債権者は、未払使用料６か月分及び確定遅延損害金の支払を求める。なお、預託された保証金13,200円は"
              "未払使用料に充当していない。"]:
        p.para(s, x0=x0, size=9.2, indent="")
    p.gap(2)
    p.line(f"{era(issued, True)}", x=190, align="r", size=10)
    p.line("今治簡易裁判所", x=190, align="r", size=10.5)
    p.line("裁判所書記官　瓜生田　真一", x=190, align="r", size=10.5)
    p.seal(186, p.y - 5, 9, "square", "今治簡易裁判所書記官印", seed=51071)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 25, 0.5))
    p.at(24, y + 6, "（注意）", size=9.5, font="sans-bold")
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に、この裁判所に督促異議の申立てを",
                           "することができます。同封の督促異議申立書の用紙を使うことができます。",
                           "問い合わせ先　今治簡易裁判所　民事係　電話　0898-00-2741（直通）　受付時間 平日8:30～17:00",
                           "（債権者の送達場所・連絡先：電話 0898-00-6150　担当 管理部）"]):
        p.at(24, y + 11.5 + i * 4.3, s, size=8.6)
    p.y = y + 29
    p.line(f"申立日　{era(filed, True)}", x=20, size=9)
    tr = truth(document_type="payment_order", sender="今治簡易裁判所", phone="0898-00-2741",
               creditor="株式会社ことぶき地所", status="not_applicable", debtor="麦島智也", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, last_payment=lastp,
               reference="令和8年(ロ)第34号", input_kind="scan_png",
               template="proxy51_payment_order_parking_fees_imabari", received=D(2026, 1, 26))
    return dict(stem="bh07", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.0,
                about="payment_order (簡裁, 月極駐車場 使用料, one page)",
                unusual="a whole 支払督促 of a court not used before (今治簡裁) on ONE scanned page: the full-width case number "
                        "alone top-right, the parties in an outer-ruled 3-column box (当事者 / 債権者 / 債務者); 請求の趣旨 as "
                        "numbered lines with amounts flush right, a short rule and 合計 under item ３, the running item ４ "
                        "AFTER the total; the principal is 駐車場使用料 (six months × 13,200, no 元金 label); 確定遅延損害金 "
                        "per month to the 申立日; the 保証金 13,200, the 区画 No.17, the 契約 date and the 解除 date in the "
                        "請求の原因 as distractors; the creditor's 送達場所 phone in the 注意 box (distractor)")


# ---------------------------------------------------------------------------------------------
# bh08 LP gas dealer: 未払ガス料金 of three readings, 供給停止予告; photographed sideways (EXIF 8).


def bh08():
    issued, due, stop, lastp = D(2026, 1, 28), D(2026, 2, 13), D(2026, 2, 20), D(2025, 10, 31)
    reads = [(D(2025, 10, 20), "9/20～10/20", 6.2, 6_842), (D(2025, 11, 20), "10/20～11/20", 9.4, 9_515),
             (D(2025, 12, 20), "11/20～12/20", 12.8, 12_386)]
    P = sum(r[3] for r in reads)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 14, 14, 1.2, BROWN))
    p.at(22, 22.5, "星", size=14, font="sans-bold", color=BROWN, align="c")
    p.at(32, 19, "有限会社ほしまち燃料店", size=14, font="sans-bold", color=BROWN)
    p.at(32, 24.5, "LPガス・灯油・ガス機器　〒390-0000 長野県松本市ほしまち3丁目22番1号", size=7.8)
    p.at(196, 16, f"R{issued.year - 2018}.{issued.month}.{issued.day}", size=10, align="r")
    p.at(196, 21, "お客様コード　31-0877", size=10, align="r")
    p.at(196, 26, "検針区域　本郷3", size=8, align="r", color=GRAY)
    p.y = 34
    p.line("〒390-0000　松本市りんどう原5丁目8番地", x=20, size=10)
    p.line("針生　和江　様", x=24, size=14)
    p.gap(4)
    p.title("ガス料金のお支払いのお願いと供給停止のご予告", size=13.5)
    p.para("毎度ご利用いただき、ありがとうございます。下記の検針分のガス料金が、集金・お振込みのいずれでもお支払いいただけて"
           f"おりません（{era(lastp)}に9月検針分をお支払いいただいて以降、ご入金がありません）。", size=9.8)
    p.table([["検針日", "ご使用期間", "ご使用量", "ガス料金（税込）"]] +
            [[f"R{d.year - 2018}.{d.month}.{d.day}", per, f"{m:.1f} m³", f"{v:,}円"] for d, per, m, v in reads] +
            [["未払ガス料金　計", "", "", f"{P:,}円"]],
            [40, 40, 30, 50], x=24, header=True, aligns="ccrr", size=9.8, row_h=8.5)
    p.gap(3)
    y = p.y
    p.add(Box(24, y, 78, 22, 1.2, RED))
    p.at(28, y + 7, "お支払期限", size=10, font="sans-bold", color=RED)
    p.at(63, y + 16.5, f"R{due.year - 2018}.{due.month}.{due.day}（{wd(due)}）", size=14, font="sans-bold", align="c")
    p.add(Box(106, y, 78, 22, 0.4, GRAY))
    p.at(110, y + 7, "ガス供給停止予定日", size=9.5, color=GRAY)
    p.at(145, y + 16.5, f"R{stop.year - 2018}.{stop.month}.{stop.day}（{wd(stop)}）", size=12, align="c", color=GRAY)
    p.y = y + 27
    p.para("お支払期限までにお支払いいただけない場合は、液化石油ガスの保安の確保及び取引の適正化に関する法律及び当店の供給約款"
           "第19条に基づき、供給停止予定日にメーターガス栓を閉止し、ガスの供給を停止させていただきます。再開には、未払料金"
           "のお支払いと開栓手数料（3,300円）が必要です。", size=9.2, indent="")
    p.gap(1)
    p.line("お支払方法", x=20, size=10, font="sans-bold")
    p.para("店頭（平日8時～18時）、または下記口座へのお振込み。お振込みの際は、お名前の前にお客様コード（310877）をご入力ください。",
           x0=24, size=9.2, indent="")
    p.line("あずみの農業協同組合　中山支所　普通　0084416　ユ）ホシマチネンリヨウテン", x=24, size=9.2)
    p.gap(2)
    p.line("ご参考", x=20, size=9.5, font="sans-bold")
    for s in ["・基本料金 1,980円／月、従量単価 620円／m³（いずれも税抜）。",
              "・ご解約（ボンベ撤去）の場合は、給湯器の設備貸与契約による残存価額 48,400円（令和8年1月末現在）をご精算いただきます。",
              "・液化石油ガス販売事業者　登録番号　関東経済産業局第1183号　／　保安業務　24時間受付"]:
        p.line(s, x=24, size=8.3)
    p.gap(3)
    p.line("有限会社ほしまち燃料店　代表取締役　鋤　柄　義　一（担当 料金係）　電話 0263-00-5127", x=196, align="r", size=9)
    p.seal(188, p.y + 5, 10, "square", "ほしまち燃料店之印", angle=4, seed=51081)
    tr = truth(document_type="collection_notice", sender="有限会社ほしまち燃料店", phone="0263-00-5127",
               creditor="有限会社ほしまち燃料店", status="not_applicable", debtor="針生和江", total=P, principal=P,
               lump=False, issued=issued, payment_due=due, last_payment=lastp, reference="31-0877",
               input_kind="photo_exif_rotated", template="proxy51_lp_gas_unpaid_charges_supply_stop",
               received=D(2026, 1, 30))
    return dict(stem="bh08", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=8,
                shot=dict(bg="tatami", keystone=0.04, tilt=1.8, creases=2, fill=0.85, shadow=0.2, shadow_side="bottom",
                          warm=0.25),
                about="collection_notice (LP gas dealer 未払ガス料金 + 供給停止予告, photographed sideways)",
                unusual="phone photo stored sideways with EXIF orientation 8, on tatami with creases and a hand shadow at the "
                        "bottom: a small LP-gas dealer with a framed one-kanji mark; EVERY date in the JIS era form "
                        "R8.1.28 (letter, 検針日, due, stop) except the last payment in the body (令和7年10月31日); a 4-column "
                        "table per reading (検針日 / ご使用期間 / ご使用量 m³ / ガス料金（税込）) and 「未払ガス料金　計」 (the "
                        "debt itself); the red お支払期限 box and the grey 供給停止予定日 box side by side; 開栓手数料 3,300, "
                        "the 設備貸与 残存価額 48,400, the unit prices and the 販売事業者 登録番号 第1183号 (not a servicer "
                        "licence) as distractors")


LETTERS = [bh01, bh02, bh03, bh04, bh05, bh06, bh07, bh08]
