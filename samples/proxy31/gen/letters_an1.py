"""Proxy set 31, letters an01–an08 ("settlement, instalments and broken plans"): a real servicer's 和解提案書 with three
options and a 回答書 of tick boxes; a lender's 分割弁済のご案内 with its schedule by fax; a guarantee company's
債務承認弁済契約書（案） by fax; an invented servicer's 減額和解 (元金のみ) for a ten-year-old debt; the 簡裁's 特定調停
調停調書; and the 生方 household's broken 和解: one missed 分割金 (an06), then the 一括 after the plan fell (an07); a law
office's 縦書き 期限の利益喪失通知 after a broken 和解 (an08). The rest of the 生方 story is in letters_an2.py."""

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
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
ORX = (0.85, 0.38, 0.05)
PLUM = (0.42, 0.16, 0.38)
GREEN = (0.12, 0.40, 0.28)
ALPHA = (0.05, 0.25, 0.55)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


# the 生方 household (an06, an07 here; an14, an15 in letters_an2.py): a card-loan debt of 桑染ファイナンス bought
# by アルファ債権回収, settled in 2025 as 540,000円 in 36 instalments of 15,000円, six paid, then the plan broke.
UB_ORIG = "株式会社桑染ファイナンス"
UB_ASSIGN, UB_WAKAI = D(2024, 9, 30), D(2025, 5, 12)
UB_SUM, UB_N, UB_MON = 540_000, 36, 15_000
UB_PAID = 6
UB_LAST = D(2025, 10, 27)
UB_REST = UB_SUM - UB_PAID * UB_MON
UB_ACC = D(2025, 12, 27)  # the 8th instalment also missed: two instalments, 30,000円 → 当然喪失
UB_R = 14.6
UB_WAIVED = 218_364
UB_REF = "AL-3087-5521"
assert UB_N * UB_MON == UB_SUM and UB_REST == 450_000


# ---------------------------------------------------------------------------------------------
# an01 オリックス債権回収 (real) 和解提案書: three options (一括なら減額 / 分割なら元金全額 / 長期分割), 回答書 on p.2.


def an01():
    issued, reply = D(2026, 2, 6), D(2026, 2, 27)
    acc, last, assign = D(2024, 11, 5), D(2024, 8, 27), D(2025, 6, 30)
    P, I, R = 684_200, 21_870, 14.6
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    a_sum, a_due = 450_000, D(2026, 3, 31)
    b_n, b_mon, b_last = 36, 19_000, 19_200
    assert b_mon * (b_n - 1) + b_last == P
    c_base = P + I
    c_n, c_mon, c_last = 60, 11_700, 15_770
    assert c_mon * (c_n - 1) + c_last == c_base
    first = D(2026, 3, 27)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 11, 4, 16, color=None, fill=ORX))
    p.at(22, 19, "オリックス債権回収株式会社", size=13, font="sans-bold")
    p.at(22, 25, "法務大臣許可番号　第11号", size=8.5, color=GRAY)
    p.at(195, 16, f"発行日　{wdate(issued)}", size=9.5, align="r")
    p.at(195, 21.5, "お客様番号　7310-4482-06", size=9.5, align="r")
    p.y = 34
    p.line("〒030-0000", x=20, size=9.5)
    p.line("青森県八戸市こまどり町三丁目12番地の4", x=20, size=10)
    p.line("鹿内　智也　様", x=24, size=13.5)
    p.y = 34
    for s in ("債権管理第二部　和解推進課", "〒105-0000 東京都港区ささめ通九丁目9番9号",
              "TEL 03-0000-1147（平日9:30～17:30）", "担当　兼平"):
        p.line(s, x=128, size=8.8)
    p.y = 62
    p.title("和 解 提 案 書", size=17)
    p.para(f"拝啓　平素より格別のご高配を賜り厚く御礼申し上げます。さて、当社が{wdate(assign)}に月白カード株式会社"
           "から譲り受けました貴殿に対する債権につきましては、これまで再三ご連絡を差し上げてまいりましたが、現在までご返済"
           "をいただいておりません。", size=9.8)
    p.para("つきましては、貴殿のご事情も踏まえ、下記の三つの方法による和解をご提案いたします。いずれかをお選びのうえ、"
           "同封の回答書（２枚目）にてご回答くださいますようお願い申し上げます。", size=9.8)
    p.line("敬具", align="r", size=9.8)
    p.gap(2)
    p.line("■ 現在のご債務（" + wdate(issued) + "現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R}%）", "ご債務合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]],
            [40, 36, 50, 44], x=20, header=True, aligns="rrrr", size=10, row_h=7.5)
    p.line(f"期限の利益喪失日　{wdate(acc)}　　最終ご入金日　{wdate(last)}　　原債権者　月白カード株式会社",
           x=20, size=8.6)
    p.gap(3)
    p.line("■ 和解のご提案", size=10.5, font="sans-bold")
    y = p.y
    cards = [
        ("Ａ案　一括（減額）", [f"{wdate(a_due)}までに", f"金{a_sum:,}円を一括", "残額はすべて免除"], f"免除額 {T - a_sum:,}円"),
        ("Ｂ案　分割（元金全額）", [f"元金{P:,}円を{b_n}回", f"初回{first.month}月{first.day}日 {b_mon:,}円", f"最終回 {b_last:,}円"],
         f"免除額 {I + L:,}円"),
        ("Ｃ案　長期分割", [f"元金・利息{c_base:,}円", f"を{c_n}回　月々{c_mon:,}円", f"最終回 {c_last:,}円"], f"免除額 {L:,}円"),
    ]
    for i, (head, lines, note) in enumerate(cards):
        x = 20 + i * 57.5
        p.add(Box(x, y, 54, 36, 0.4))
        p.add(Box(x, y, 54, 7.5, color=None, fill=ORX))
        p.at(x + 27, y + 5.3, head, size=9.5, font="sans-bold", color=WHITE, align="c")
        for j, s in enumerate(lines):
            p.at(x + 3, y + 13.5 + j * 5.6, s, size=9.2)
        p.at(x + 51, y + 33.2, note, size=8, color=GRAY, align="r")
    p.y = y + 40
    p.para("・Ｂ案・Ｃ案の分割金は毎月27日限りお支払いいただきます。分割金の支払を2回以上怠り、その額が分割金2回分に達した"
           "ときは、期限の利益を失い、免除前のご債務から既払金を控除した残額を直ちにお支払いいただきます。", size=8.8,
           indent="")
    p.para("・いずれの案も、回答書のご返送により当社が承諾した時点で和解が成立します。", size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(20, y, 170, 13, 1.2, RED))
    p.at(26, y + 8.6, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(60, y + 8.9, f"{wdate(reply)}（{wd(reply)}）当社必着", size=13.5, font="sans-bold")
    p.at(186, y + 8.6, "期限を過ぎた場合は本提案を撤回します", size=7.5, align="r")
    p.seal(160, 57, 13, "square", "オリックス債権回収之印", angle=-2, seed=31011)
    q = Page(font="sans", size=10, top=16)
    q.title("回　答　書", size=16)
    q.line("オリックス債権回収株式会社　和解推進課　行", size=10.5)
    q.line("（FAX 03-0000-1148 又は同封の返信用封筒にてご返送ください）", size=8.8, color=GRAY)
    q.gap(3)
    q.para(f"私は、{wdate(issued)}付和解提案書のご提案について、下記のとおり回答します。（該当する□に✓をご記入ください）")
    q.gap(3)
    for s in (f"□　Ａ案（{wdate(a_due)}までに金{a_sum:,}円を一括で支払う）を希望します。",
              f"□　Ｂ案（元金{P:,}円を{b_n}回に分割して支払う）を希望します。",
              f"□　Ｃ案（元金・利息{c_base:,}円を{c_n}回に分割して支払う）を希望します。",
              "□　いずれの案もお支払いが難しいため、次の条件を希望します。",
              "　　　毎月　　　　　　　　円ずつ　／　お支払開始希望月　　　　年　　　月",
              "□　債務の内容について確認したいことがあります（電話連絡を希望）。"):
        q.line(s, x=24, size=10.5)
        q.gap(2.5)
    q.gap(4)
    for lab in ("ご記入日　　令和　　年　　月　　日", "ご住所", "お名前（ご署名）", "日中のご連絡先"):
        q.line(lab, x=24, size=10.5)
        q.add(Line(24, q.y - 1, 186, q.y - 1, 0.3))
        q.gap(7)
    q.para("※ご回答期限 " + wdate(reply) + "（" + wd(reply) + "）必着。お客様番号 7310-4482-06 をお書き添えください。", size=9,
           indent="")
    q.para("※本回答書のご返送は、ご債務の存在を承認されたものとして取り扱われます。", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="オリックス債権回収株式会社", license_number=11,
               phone="03-0000-1147", creditor="オリックス債権回収株式会社", status="licensed",
               original="月白カード株式会社", debtor="鹿内智也", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=last, assignment=assign, reference="7310-4482-06", input_kind="pdf_text_2page",
               template="proxy31_servicer_three_option_settlement_reply_form", received=D(2026, 2, 9))
    return dict(stem="an01", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="settlement_proposal (real servicer, three options, 回答書 on p.2)",
                unusual="real servicer ★ オリックス債権回収株式会社 with 「法務大臣許可番号　第11号」 in grey under an orange "
                        "bar logo; title 「和 解 提 案 書」; a one-row 4-column 現在のご債務 table (元金 / 利息 / 遅延損害金（年14.6%） / "
                        "ご債務合計); THREE option cards side by side (Ａ案 一括 450,000 by 3/31 with its 免除額, Ｂ案 元金 684,200 "
                        "in 36, Ｃ案 元金・利息 706,070 in 60, each with a 免除額, all distractors); a red-framed ご回答期限 "
                        "…当社必着 (= payment_due); p.2 a 回答書 with six tick boxes, a blank 令和　年　月　日 and the FAX number")


# ---------------------------------------------------------------------------------------------
# an02 株式会社木賊ファイナンス 分割弁済のご案内 after a phone call, 2-page fax: the schedule 初回 / 第2回 / … / 最終回.


def an02():
    issued, reply = D(2026, 3, 10), D(2026, 3, 25)
    acc, last = D(2025, 9, 16), D(2025, 7, 25)
    P, I, R = 386_500, 12_040, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    base = P + I
    first, mon, n = 20_000, 16_500, 24
    final = base - first - mon * (n - 2)
    assert final == 15_540
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 16, "株式会社木賊ファイナンス", size=13, font="sans-bold", color=GREEN)
    p.at(15, 21, "お客様サポートセンター　債権管理グループ", size=8.5)
    p.at(196, 15, f"送信日：{wdate(issued)}", size=9.5, align="r")
    p.at(196, 20, "送信枚数：２枚（本紙含む）", size=9, align="r")
    p.add(Line(15, 23.5, 196, 23.5, 0.8))
    p.y = 27
    p.line("汐入　千晶　様", size=12.5)
    p.line("お客様No.　TK-550813", size=9.5)
    p.y = 27
    for s in ("株式会社木賊ファイナンス", "〒810-0000 福岡県福岡市中央区ひぐらし町9番9号",
              "TEL 092-000-5528　FAX 092-000-5529", "担当：鞍掛（くらかけ）", "福岡財務支局長(3)第00071号"):
        p.line(s, x=122, size=8.5)
    p.gap(2)
    p.title("分割弁済のご案内", size=15)
    p.para("先日はお電話にてご相談をいただき、誠にありがとうございました。ご相談の内容を踏まえ、下記のとおり分割によるお支払い"
           "のご案内をお送りいたします。内容をご確認のうえ、２枚目の「分割弁済同意書」にご署名をいただき、ご返送ください。",
           size=9.5)
    p.line(f"1．現在のご利用残高（{wdate(issued)}時点）", size=10, font="sans-bold")
    p.table([["貸付残元金", f"{P:,}円"], ["未収利息", f"{I:,}円"],
             [f"遅延損害金（年{R:g}%・{wdate(acc + timedelta(1))}から）", f"{L:,}円"], ["残高合計", f"{T:,}円"]],
            [95, 40], x=22, shade_col0=True, size=9.5, row_h=6.6)
    p.para(f"（最終ご返済日 {wdate(last)}、期限の利益喪失日 {wdate(acc)}）", x0=22, size=8.8, indent="")
    p.line("2．お支払計画（残元金と未収利息の合計 " + f"{base:,}円を{n}回で）", size=10, font="sans-bold")
    r1 = base - first
    r2 = r1 - mon
    r3 = r2 - mon
    rows = [["回", "お支払日", "お支払額", "お支払後残高"],
            ["初回", "2026年4月10日", f"{first:,}円", f"{r1:,}円"],
            ["第2回", "2026年5月10日", f"{mon:,}円", f"{r2:,}円"],
            ["第3回", "2026年6月10日", f"{mon:,}円", f"{r3:,}円"],
            ["第4回～第23回", "毎月10日", f"各{mon:,}円", f"{final:,}円"],
            ["最終回（第24回）", "2028年3月10日", f"{final:,}円", "0円"]]
    assert r3 - mon * 20 == final
    p.table(rows, [38, 40, 32, 36], x=22, header=True, aligns="lcrr", size=9.3, row_h=6.4)
    p.para("※お支払日が金融機関の休業日にあたるときは翌営業日となります。", x0=22, size=8.5, indent="")
    p.line("3．その他の条件", size=10, font="sans-bold")
    for s in ("(1) 上記計画どおりお支払いいただいた場合、遅延損害金は全額免除いたします。",
              "(2) 分割金のお支払いが2回以上遅れ、その合計額が33,000円以上となったときは、分割弁済の取扱いを終了し、残額全額を"
              "一括でご請求いたします。"):
        p.para(s, x0=22, size=9.0, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 11, 0.9))
    p.add(Box(15, y, 40, 11, color=None, fill=SHADE))
    p.at(35, y + 7.2, "同意書ご返送期限", size=9.5, font="sans-bold", align="c")
    p.at(60, y + 7.5, f"{wdate(reply)}（{wd(reply)}）までに当社到着", size=11.5, font="sans-bold")
    p.y = y + 14
    p.para("※期限までにご返送がない場合、本ご案内は効力を失います。本書と行き違いにご返送いただいた場合はご容赦ください。",
           size=8.3, indent="")
    q = Page(font="sans", size=10, top=16)
    q.title("分 割 弁 済 同 意 書", size=15)
    q.line("株式会社木賊ファイナンス　御中", size=10.5)
    q.gap(3)
    q.para(f"私は、貴社からの{wdate(issued)}付「分割弁済のご案内」の内容を確認し、貴社に対する債務（お客様No. TK-550813）が"
           f"存在することを認め、残元金及び未収利息の合計{base:,}円を、下記のとおり分割して支払うことに同意します。")
    q.gap(2)
    q.table([["初回", "2026年4月10日", f"{first:,}円"], ["第2回～第23回", "毎月10日", f"各{mon:,}円"],
             ["最終回", "2028年3月10日", f"{final:,}円"]], [40, 50, 40], x=30, aligns="lcr", size=10, row_h=7.5)
    q.gap(6)
    for lab in ("同意日　　　　　年　　　月　　　日", "ご住所", "ご署名", "お電話番号"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(6)
    q.para("ご返送先：FAX 092-000-5529 又は 〒810-0000 福岡県福岡市中央区ひぐらし町9番9号 株式会社木賊ファイナンス 債権管理"
           "グループ 鞍掛 宛", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="株式会社木賊ファイナンス", phone="092-000-5528",
               creditor="株式会社木賊ファイナンス", status="not_applicable", debtor="汐入千晶", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=last, reference="TK-550813", input_kind="fax_tiff",
               template="proxy31_lender_instalment_schedule_first_to_last_fax", received=issued)
    return dict(stem="an02", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 14:06 TOKUSA FIN 092-000-5529",
                about="settlement_proposal (consumer lender, schedule 初回…最終回, 2-page fax)",
                unusual="2-page G4 fax from a consumer lender (not a servicer; a 福岡財務支局長 貸金業 number, no licence) after "
                        "a phone call; colon labels 送信日： / 送信枚数：; a shaded-label 残高 table (貸付残元金 / 未収利息 / 遅延損害金 "
                        "with rate and start inside the label / 残高合計); a 6-row SCHEDULE table 回 / お支払日 / お支払額 / "
                        "お支払後残高 (初回 20,000, 第2回, 第3回, 第4回～第23回 各16,500, 最終回（第24回） 15,540 — all distractors); "
                        "the 33,000円 threshold; a framed 同意書ご返送期限 (= payment_due); p.2 a 分割弁済同意書 that admits the debt")


# ---------------------------------------------------------------------------------------------
# an03 とびうめ保証 (guarantee company) 債務承認弁済契約書（案）, 2-page fax: a 送付状 and the draft contract (第1条…第7条).


def an03():
    issued, reply = D(2026, 2, 4), D(2026, 2, 20)
    kijun = D(2026, 1, 31)
    acc, last, subro = D(2025, 7, 10), D(2025, 4, 25), D(2025, 8, 20)
    P, R = 1_126_000, 14.0
    L = late(P, R, subro + timedelta(1), kijun)
    T = P + L
    mon, n = 20_000, 57
    final = P - mon * (n - 1)
    assert final == 6_000
    p = Page(font="sans", size=10, top=14)
    p.title("ＦＡＸ送付状", size=16)
    p.table([["宛先", "芹生　康介　様", "送信日", era(issued, fwid=True)],
             ["FAX番号", "0266-00-4471", "送信枚数", "２枚（本紙を含む）"],
             ["送信元", "とびうめ保証株式会社　求償管理課", "担当", "柚原"]],
            [24, 66, 24, 66], x=15, shade_col0=False, aligns="llll", size=9.5, row_h=8)
    p.gap(6)
    p.line("芹生　康介　様", size=12)
    p.gap(2)
    p.para("いつもお世話になっております。先日お電話でお話しいたしました求償債務のお支払方法について、「債務承認弁済契約書」"
           "の案をお送りいたします。", size=10)
    p.para("内容をご確認のうえ、差し支えなければ原本（別途郵送いたします）２通にご署名・ご実印の押印をいただき、印鑑登録証明書"
           "１通を添えて、下記期限までにご返送ください。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 12, 1.0))
    p.at(36, y + 8, "ご返送期限", size=11, font="sans-bold")
    p.at(66, y + 8.2, f"{era(reply, fwid=True)}（{wd(reply)}）必着", size=12.5, font="sans-bold")
    p.y = y + 17
    p.para("※本契約書にご署名いただくと、下記の債務を承認されたことになります（民法第152条）。ご不明な点はご署名の前に担当まで"
           "お問い合わせください。", size=9, indent="")
    p.para("※原債務：株式会社こはく銀行　教育ローン（平成31年3月ご契約、当初ご融資額 1,800,000円）", size=9, indent="")
    p.gap(6)
    for i, s in enumerate(("とびうめ保証株式会社　求償管理課", "〒390-0000 長野県松本市なでしこ通九丁目9番9号",
                           "TEL 0263-00-7310　／　FAX 0263-00-7311", "関東財務局長(2)第01988号　日本貸金業協会会員第006214号",
                           "保証番号　TB-0820-1163")):
        p.line(s, x=100, size=9 if i else 10, font="sans-bold" if i == 0 else None)
    q = Page(font="serif", size=10, top=14)
    q.at(196, 16, "（案）", size=10, align="r")
    q.title("債務承認弁済契約書", size=15)
    q.para("債権者とびうめ保証株式会社（以下「甲」という。）と債務者芹生康介（以下「乙」という。）とは、次のとおり債務承認"
           "弁済契約を締結する。", size=9.8)
    q.gap(1)
    q.para(f"第１条（債務の承認）　乙は、甲に対し、甲が{wdate(subro)}に株式会社こはく銀行に対して行った代位弁済により取得した"
           f"求償債権につき、{era(kijun)}現在、次の債務を負担していることを承認する。", size=9.6, indent="")
    q.table([["求償元金", f"金{P:,}円"], [f"損害金（{era(subro + timedelta(1))}から{era(kijun)}まで年{R}％）", f"金{L:,}円"],
             ["合計", f"金{T:,}円"]], [110, 45], x=26, aligns="lr", size=9.6, row_h=6.6, font="serif")
    q.para(f"　　（原債務の最終弁済日 {era(last)}、期限の利益喪失日 {era(acc)}）", size=9, indent="")
    q.para(f"第２条（分割弁済）　乙は、甲に対し、前条の求償元金{P:,}円を、令和８年３月から令和12年10月まで毎月20日限り"
           f"金{mon:,}円ずつ（56回）、令和12年11月20日限り金{final:,}円を、甲の指定する口座に振り込んで支払う。",
           size=9.6, indent="")
    q.para("第３条（損害金の免除）　乙が前条の分割金を遅滞なく支払ったときは、甲は、第１条の損害金及び本契約締結後の損害金の"
           "支払を免除する。", size=9.6, indent="")
    q.para(f"第４条（期限の利益の喪失）　乙が第２条の分割金の支払を２回以上怠り、その額が金{2 * mon:,}円に達したときは、乙は"
           f"当然に期限の利益を失い、甲に対し、第１条の合計額から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日"
           f"から支払済みまで年{R}％の割合による損害金を直ちに支払う。", size=9.6, indent="")
    q.para("第５条（費用）　振込手数料その他本契約の履行に要する費用は乙の負担とする。", size=9.6, indent="")
    q.para("第６条（清算）　甲及び乙は、本契約に定めるほか、甲乙間に何らの債権債務がないことを相互に確認する。", size=9.6,
           indent="")
    q.para("第７条（管轄）　本契約に関する紛争は、甲の本店所在地を管轄する裁判所を管轄裁判所とする。", size=9.6, indent="")
    q.para("本契約の成立を証するため本書２通を作成し、甲乙記名押印のうえ、各１通を保有する。", size=9.6)
    q.gap(3)
    q.line("令和　　年　　月　　日", x=30, size=10)
    q.gap(2)
    q.line("甲　長野県松本市なでしこ通九丁目9番9号", x=30, size=9.8)
    q.line("　　とびうめ保証株式会社　代表取締役　嘉手川　正隆　　　　㊞", x=30, size=9.8)
    q.gap(2)
    q.line("乙　住所", x=30, size=9.8)
    q.add(Line(42, q.y - 1, 180, q.y - 1, 0.3))
    q.gap(4)
    q.line("　　氏名　　　　　　　　　　　　　　　　　　　　　　（実印）", x=30, size=9.8)
    q.add(Line(42, q.y - 1, 180, q.y - 1, 0.3))
    tr = truth(document_type="settlement_proposal", sender="とびうめ保証株式会社", phone="0263-00-7310",
               creditor="とびうめ保証株式会社", status="not_applicable", original="株式会社こはく銀行", debtor="芹生康介",
               total=T, principal=P, late_damages=L, rate=R, lump=False, issued=issued, payment_due=reply, acceleration=acc,
               last_payment=last, reference="TB-0820-1163", input_kind="fax_tiff",
               template="proxy31_guarantor_debt_acknowledgement_contract_draft_fax", received=issued)
    return dict(stem="an03", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:52 TOBIUME HOSHO 0263-00-7311",
                about="settlement_proposal (guarantee company, 債務承認弁済契約書（案）, 2-page fax)",
                unusual="2-page G4 fax: p.1 a FAX送付状 grid (宛先 / 送信日 in FULL-width era / FAX番号 of the ADDRESSEE / 送信元 / "
                        "担当) with a short cover letter, a framed ご返送期限 …必着 in full-width (= payment_due), a 民法第152条 "
                        "warning, the 貸金業 and 協会 numbers and the 保証番号 in the sender lines; p.2 a serif DRAFT contract "
                        "「債務承認弁済契約書」 marked （案） with 甲/乙 and 第１条…第７条: 第１条 admits 求償元金 + 損害金 as of 1/31 "
                        "(≠ the 送信日), 第２条 56 × 20,000 + 6,000 (distractors), the 40,000 threshold, 当初ご融資額 1,800,000 "
                        "and blank signature lines")


# ---------------------------------------------------------------------------------------------
# an04 黄櫨債権回収 (invented) 減額和解のご提案 for a ten-year-old debt: 元金のみのお支払いで; iPhone HEIC.


def an04():
    issued, due = D(2026, 1, 23), D(2026, 2, 20)
    acc, last, assign = D(2016, 5, 10), D(2016, 2, 25), D(2025, 11, 28)
    P, I, R = 312_400, 8_918, 20.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L
    mon, n = 13_000, 24
    assert mon * (n - 1) + 13_400 == P
    p = Page(font="sans", size=10, top=14)
    p.at(20, 20, "黄櫨債権回収株式会社", size=14, font="sans-bold", color=PLUM)
    p.at(20, 25.5, "法務大臣許可番号第241号", size=8.5, color=PLUM)
    p.add(Line(20, 28, 190, 28, 0.4, PLUM))
    p.at(190, 20, era(issued), size=10, align="r")
    p.y = 34
    p.line("山梨県甲府市わかば坂二丁目5番18号", size=10)
    p.line("百目木　敏行　様", x=26, size=13.5)
    p.gap(1)
    p.line("ご照会番号　KG-16-40582", size=9.5)
    p.gap(3)
    p.title("【重要】元金のみのお支払いによる減額和解のご提案", size=13.5, color=PLUM)
    p.para(f"当社は、{wdate(assign)}付で株式会社あけびクレジットより、貴殿に対する貸金債権（平成24年7月ご契約）を譲り受けました。"
           f"同債権は、{wdate(last)}のご入金を最後にご返済が途絶え、{wdate(acc)}に期限の利益を喪失しており、その後の遅延損害金"
           "が長期にわたり累積しております。", size=9.8)
    p.para("当社では、お客様の生活再建を第一に考え、今回に限り、下記の「元金のみのお支払い」により、利息及び遅延損害金の全額を"
           "免除する和解をご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"■ 現在のご請求額（{wdate(issued)}現在）", size=10.5, font="sans-bold", color=PLUM)
    rows = [("元金", P), ("利息", I), (f"遅延損害金　年{R:g}%（{wdate(acc + timedelta(1))}～）", L), ("合計", T)]
    for lab, v in rows:
        b = p.line(lab, x=26, size=10.5, font="sans-bold" if lab == "合計" else None)
        p.at(150, b, f"{v:,}円", size=10.5, align="r", font="sans-bold" if lab == "合計" else None)
        p.add(Line(26, p.y - 1.3, 150, p.y - 1.3, 0.2, GRAY))
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 31, 0.8, PLUM))
    p.add(Box(20, y, 170, 7, color=None, fill=PLUM))
    p.at(105, y + 5, "ご提案内容（元金のみのお支払い）", size=10.5, font="sans-bold", color=WHITE, align="c")
    p.at(25, y + 13.5, f"お支払総額　金{P:,}円（利息 {I:,}円・遅延損害金 {L:,}円を全額免除）", size=10.3)
    p.at(25, y + 20, "① 一括の場合：お申出期限までにご連絡のうえ、令和8年3月末日までにお支払い", size=9.6)
    p.at(25, y + 26.5, f"② 分割の場合：月々{mon:,}円 × {n - 1}回、最終回 13,400円（計{n}回）", size=9.6)
    p.y = y + 35
    b = p.line("お申出期限", x=24, size=11, font="sans-bold", color=RED)
    p.at(58, b, f"令和8年2月20日（{wd(due)}）", size=13, font="sans-bold", color=RED)
    p.gap(2)
    p.para("期限までにお申出がない場合、本ご提案は失効し、上記合計額を一括にてご請求させていただきます。", size=9.5)
    p.gap(3)
    for s, sz in (("黄櫨債権回収株式会社　管理部　和解受付係", 10), ("〒400-0000 山梨県甲府市おぼろ月町九丁目9番9号", 8.8),
                  ("TEL 055-000-2418（平日10:00～18:00）　担当　樺沢", 9.5)):
        p.line(s, x=80, size=sz)
    p.seal(180, p.y - 9, 13, "square", "黄櫨債権回収之印", angle=3, seed=31041)
    tr = truth(document_type="settlement_proposal", sender="黄櫨債権回収株式会社", license_number=241,
               phone="055-000-2418", creditor="黄櫨債権回収株式会社", status="unverified",
               original="株式会社あけびクレジット", debtor="百目木敏行", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               assignment=assign, reference="KG-16-40582", input_kind="photo_heic",
               template="proxy31_invented_servicer_principal_only_old_debt_heic", received=D(2026, 1, 26))
    return dict(stem="an04", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=2.2, creases=2, fill=0.84, glare=18, warm=0.2, blur=0.85),
                about="settlement_proposal (invented servicer, 減額和解 元金のみ, ten-year-old debt)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare; INVENTED servicer 「黄櫨債権回収株式会社」 "
                        "with 「法務大臣許可番号第241号」 (no spaces, → unverified) in plum under the name; a ten-year-old debt "
                        "(平成24年 contract, last payment 2016, 喪失 2016) whose 遅延損害金 at 年20% is almost twice the 元金; "
                        "title 「【重要】元金のみのお支払いによる減額和解のご提案」; amounts as hairline rows; a plum-framed "
                        "ご提案内容 box (お支払総額 = 元金 312,400 with the waived amounts repeated, 一括 by 令和8年3月末日, "
                        "13,000 × 23 + 13,400 — distractors); a red お申出期限 (= payment_due); 「今回に限り」 pressure")


# ---------------------------------------------------------------------------------------------
# an05 福山簡易裁判所 特定調停 調停調書（正本）: the acknowledged sum, the instalments, the default clause; scanned.


def an05():
    held, cert = D(2026, 3, 4), D(2026, 3, 9)
    total = 537_300
    first, mon, last_amt = 15_000, 15_000, 12_300
    assert first + mon * 34 + last_amt == total
    case = "令和８年（特ノ）第１４号"
    p = Page(font="serif", size=10.3, top=16)
    p.at(105, 22, "調　停　調　書　（成立）", size=15, font="serif-bold", align="c")
    p.y = 30
    p.table([["事件の表示", case + "　特定調停事件"],
             ["期　　日", f"{era(held, fwid=True)}（{wd(held)}）午後１時３０分"],
             ["場　　所", "福山簡易裁判所　調停室３"],
             ["調停主任裁判官", "湧川　幸太郎"], ["民事調停委員", "神馬　正和　／　万里小路　和子"],
             ["裁判所書記官", "毒島　千夏"]],
            [40, 130], x=20, shade_col0=True, aligns="ll", size=9.8, row_h=7.2, font="serif")
    p.gap(3)
    p.line("当事者等", size=10.5, font="serif-bold")
    p.kv([("申立人", "広島県福山市つつじが丘四丁目7番2号　宍道　友梨（出頭）"),
          ("相手方", "東京都新宿区はこべ台九丁目9番9号　株式会社千歳緑カード"),
          ("", "同代理人（許可代理人）　舛添　拓海（出頭）")], x=24, label_w=22, size=9.8)
    p.gap(2)
    p.line("手続の要領等", size=10.5, font="serif-bold")
    p.para("当事者間に次のとおり調停が成立した。", size=10)
    p.line("調　停　条　項", align="c", size=11.5, font="serif-bold")
    items = [
        f"１　申立人は、相手方に対し、本件債務として金{fw(f'{total:,}')}円の支払義務があることを認める。",
        "２　申立人は、相手方に対し、前項の金員を、次のとおり分割して、相手方の指定する預金口座に振り込む方法により支払う。"
        "ただし、振込手数料は申立人の負担とする。",
        f"　(1)　令和８年４月３０日限り　金{fw(f'{first:,}')}円",
        f"　(2)　令和８年５月から令和１１年２月まで毎月末日限り　金{fw(f'{mon:,}')}円ずつ",
        f"　(3)　令和１１年３月３１日限り　金{fw(f'{last_amt:,}')}円",
        "３　申立人が前項の分割金の支払を怠り、その額が金３万円に達したときは、当然に期限の利益を失い、申立人は、相手方に対し、"
        "第１項の金員から既払金を控除した残金及びこれに対する期限の利益を失った日の翌日から支払済みまで年１４．６パーセントの"
        "割合による遅延損害金を直ちに支払う。",
        "４　相手方は、その余の請求を放棄する。",
        "５　申立人及び相手方は、申立人と相手方との間には、本調停条項に定めるもののほか、何らの債権債務がないことを相互に確認"
        "する。",
        "６　調停費用は各自の負担とする。",
    ]
    for s in items:
        p.para(s, x0=24, size=9.8, indent="")
    p.gap(4)
    p.line("福山簡易裁判所", x=120, size=10.5)
    p.line("裁判所書記官　毒島　千夏", x=120, size=10.5)
    p.gap(4)
    p.rule(20, 190, 0.3)
    p.gap(2)
    p.line("これは正本である。", x=24, size=10)
    p.line(f"{era(cert, fwid=True)}", x=24, size=10)
    p.line("福山簡易裁判所民事係　裁判所書記官　毒島　千夏", x=24, size=10)
    p.line("（電話　０８４－０００－３１０９）", x=24, size=9.5)
    p.seal(170, p.y - 12, 16, "square", "福山簡易裁判所書記官印", angle=1, seed=31051)
    tr = truth(document_type="settlement_proposal", sender="福山簡易裁判所", phone="084-000-3109",
               creditor="株式会社千歳緑カード", status="not_applicable", debtor="宍道友梨", total=total, rate=14.6,
               lump=False, issued=held, payment_due=D(2026, 4, 30), reference="令和8年(特ノ)第14号",
               input_kind="scan_png", template="proxy31_summary_court_specific_conciliation_record", received=D(2026, 3, 11))
    return dict(stem="an05", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="settlement_proposal (簡裁 特定調停 調停調書, the debtor is the 申立人)",
                unusual="a court record, not a letter: 福山簡易裁判所's 調停調書（成立） of a 特定調停 (case code (特ノ), full-width), "
                        "scanned; the DEBTOR is the 申立人 and the card company the 相手方 with a 許可代理人; a shaded header grid "
                        "(事件の表示 / 期日 with weekday and time / 場所 / 調停主任裁判官 / 民事調停委員 / 書記官); 調停条項 1 the "
                        "acknowledged sum as the ONLY amount (no breakdown), 2 (1) the first instalment 令和８年４月３０日限り "
                        "(= payment_due), (2) monthly to 令和１１年２月, (3) the last; 3 the 3万円 default clause with 年１４．６"
                        "パーセント; 4 放棄, 5 清算; the 正本 certification dated 3/9 (≠ the 期日 3/4) with the court's phone")


# ---------------------------------------------------------------------------------------------
# an06 アルファ債権回収 (real): ONE missed 分割金 of the 生方 和解 (第7回, 15,000円), not a lump sum; scanned.


def an06():
    issued, due = D(2025, 12, 8), D(2025, 12, 19)
    missed, nxt = D(2025, 11, 27), D(2025, 12, 27)
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 60, 11, color=None, fill=ALPHA))
    p.at(45, 19.3, "アルファ債権回収", size=12.5, font="sans-bold", color=WHITE, align="c")
    p.at(195, 16, f"{era(issued)}", size=10, align="r")
    p.at(195, 21.5, f"お客様番号：{UB_REF}", size=9.5, align="r")
    p.y = 31
    p.line("〒250-0000　神奈川県小田原市かやの木町8番23号", size=9.5)
    p.line("生方　七海　様", x=22, size=13.5)
    p.gap(4)
    p.title("分割金お支払いのお願い", size=15)
    p.para(f"平素は和解契約に基づくお支払いをいただき、誠にありがとうございます。{era(UB_WAKAI)}付和解契約書に基づく"
           f"第7回分割金（{era(missed)}お支払分）のご入金が、本日現在確認できておりません。", size=10)
    p.para("お手数ですが、下記金額を期限までにお振込みくださいますようお願いいたします。", size=10)
    p.gap(2)
    y = p.y
    p.add(Box(35, y, 140, 26, 1.0))
    p.add(Box(35, y, 45, 13, color=None, fill=SHADE))
    p.add(Box(35, y + 13, 45, 13, color=None, fill=SHADE))
    p.add(Line(35, y + 13, 175, y + 13, 0.4))
    p.add(Line(80, y, 80, y + 26, 0.4))
    p.at(57.5, y + 8.3, "今回ご入金額", size=10.5, font="sans-bold", align="c")
    p.at(170, y + 9, f"{UB_MON:,}円", size=15, font="sans-bold", align="r")
    p.at(57.5, y + 21.3, "お支払期限", size=10.5, font="sans-bold", align="c")
    p.at(170, y + 22, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold", align="r")
    p.y = y + 30
    p.para("（ご参考）和解契約の内容とお支払状況", size=9.5, indent="")
    p.table([["和解金額", f"{UB_SUM:,}円", "分割回数", f"{UB_N}回（毎月27日）"],
             ["お支払済み", f"{UB_PAID}回　{UB_PAID * UB_MON:,}円", "和解金残額", f"{UB_REST:,}円"],
             ["最終ご入金日", era(UB_LAST), "次回（第8回）", f"{era(nxt)}　{UB_MON:,}円"]],
            [28, 50, 28, 64], x=20, aligns="llll", size=9, row_h=6.8)
    p.gap(3)
    p.para(f"和解契約書第4条により、分割金のお支払いを2回以上怠り、その額が{2 * UB_MON:,}円に達したときは、期限の利益を失い、"
           "和解金残額を一括でお支払いいただくことになります。次回分と合わせてお支払いが遅れることのないよう、ご注意ください。",
           size=9.3)
    p.gap(2)
    p.para(f"お振込先　鉄紺銀行　本店営業部　普通 3087552　アルファサイケンカイシユウ（カ　（原債権者：{UB_ORIG}、"
           f"債権譲受日：{era(UB_ASSIGN)}）", size=8.8, indent="")
    p.gap(4)
    for s, sz, f in (("アルファ債権回収株式会社　和解管理グループ", 10, "sans-bold"), ("法務大臣許可　第101号", 9, "sans"),
                     ("〒104-0000 東京都中央区あかね小路九丁目9番9号", 8.6, "sans"),
                     ("お問合せ　0120-000-101　（受付 平日9:00～18:00）　担当　猪又", 9.3, "sans")):
        p.line(s, x=90, size=sz, font=f)
    p.gap(2)
    p.para("※本状と行き違いにお振込みいただいた場合は、何卒ご容赦ください。", size=8.5, indent="")
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed", original=UB_ORIG,
               debtor="生方七海", total=UB_MON, lump=False, issued=issued, payment_due=due, last_payment=UB_LAST,
               assignment=UB_ASSIGN, reference=UB_REF, input_kind="scan_png",
               template="proxy31_servicer_one_missed_settlement_instalment", received=D(2025, 12, 10))
    return dict(stem="an06", ext="png", kind="scan_png", pages=[p.spec], truth=tr,
                about="collection_notice (real servicer, ONE missed 和解 instalment, not a lump sum)",
                unusual="real servicer ★ アルファ債権回収 (brand in a blue block; 「法務大臣許可　第101号」 only in the sender block "
                        "at the bottom), scanned; it claims ONLY the 7th 分割金 of a 和解: 今回ご入金額 15,000円 in a 2-row framed box "
                        "with the お支払期限 (total only, every component null, lump false, no 喪失 date); a （ご参考） grid with the "
                        "和解金額 540,000, 6 paid 90,000, 和解金残額 450,000 and the NEXT instalment 12/27 15,000 (all distractors); "
                        "the 30,000 default threshold; 原債権者 and 債権譲受日 only inside the transfer line")


# ---------------------------------------------------------------------------------------------
# an07 アルファ債権回収: the 生方 plan broke (two instalments) → 和解金残額 + 遅延損害金 一括; photo stored sideways (EXIF 6).


def an07():
    issued, due = D(2026, 1, 16), D(2026, 1, 30)
    P, R = UB_REST, UB_R
    L = late(P, R, UB_ACC + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.add(Box(15, 12, 60, 11, color=None, fill=ALPHA))
    p.at(45, 19.3, "アルファ債権回収", size=12.5, font="sans-bold", color=WHITE, align="c")
    stamp(p, 150, 13, "重要", size=11)
    stamp(p, 168, 13, "親展", size=11)
    p.y = 30
    p.line("神奈川県小田原市かやの木町8番23号", size=9.5)
    p.line("生方　七海　様", x=22, size=13.5)
    p.at(195, 33, f"{era(issued)}", size=10, align="r")
    p.at(195, 38.5, f"お客様番号　{UB_REF}", size=9.5, align="r")
    p.y = 48
    p.title("和解契約失効及び残額一括ご請求のご通知", size=13.5)
    p.para(f"貴殿は、当社との間で{era(UB_WAKAI)}に締結した和解契約（和解金{UB_SUM:,}円・{UB_N}回分割）に基づき、第6回分まで"
           f"お支払いくださいましたが、第7回（令和7年11月27日）及び第8回（令和7年12月27日）の分割金のお支払いがなく、"
           f"未払額が{2 * UB_MON:,}円に達しました。", size=9.8)
    p.para(f"よって、貴殿は和解契約書第4条により、{era(UB_ACC)}の経過をもって期限の利益を喪失しましたので、下記の金額を"
           "一括してお支払いください。", size=9.8)
    p.gap(2)
    p.line(f"ご請求金額（{era(issued)}現在）", size=10.5, font="sans-bold", color=ALPHA)
    p.table([["和解金残額", f"{P:,}円"], [f"遅延損害金（{era(UB_ACC + timedelta(1))}～　年{R}%）", f"{L:,}円"],
             ["ご請求金額合計", f"{T:,}円"]], [110, 50], x=22, shade_col0=True, size=10, row_h=7.6)
    p.gap(2)
    p.para(f"※和解に際し免除いたしました利息及び遅延損害金（{UB_WAIVED:,}円）は、本書によるご請求には含めておりません。",
           x0=22, size=8.8, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(22, y, 160, 12, 1.1, RED))
    p.at(28, y + 8, "お支払期限", size=11, font="sans-bold", color=RED)
    p.at(62, y + 8.3, f"{era(due)}（{wd(due)}）", size=13, font="sans-bold")
    p.y = y + 16
    p.para("お支払期限までにお支払い又はご連絡がない場合は、支払督促の申立て等の法的手続をとらせていただきます。なお、"
           "お支払方法についてご相談がある場合は、期限までに必ず担当者までご連絡ください。", size=9.6)
    p.gap(2)
    p.para(f"お振込先　鉄紺銀行　本店営業部　普通 3087552（原債権者 {UB_ORIG}／債権譲受日 {era(UB_ASSIGN)}／"
           f"最終ご入金日 {era(UB_LAST)}）", size=8.8, indent="")
    p.gap(4)
    for s, sz, f in (("アルファ債権回収株式会社　和解管理グループ", 10, "sans-bold"), ("法務大臣許可　第101号", 9, "sans"),
                     ("〒104-0000 東京都中央区あかね小路九丁目9番9号", 8.6, "sans"),
                     ("お問合せ　0120-000-101　担当　猪又", 9.5, "sans")):
        p.line(s, x=90, size=sz, font=f)
    p.seal(184, p.y - 12, 13, "square", "アルファ債権回収之印", angle=-4, seed=31071)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-101", creditor="アルファ債権回収株式会社", status="licensed", original=UB_ORIG,
               debtor="生方七海", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=UB_ACC, last_payment=UB_LAST, assignment=UB_ASSIGN, reference=UB_REF,
               input_kind="photo_exif_rotated", template="proxy31_servicer_settlement_lapsed_lump_rotated",
               received=D(2026, 1, 19))
    return dict(stem="an07", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=1.8, creases=2, shadow=0.28, shadow_side="bottom", fill=0.85,
                          blur=0.9, warm=0.1),
                about="collection_notice (real servicer, the 和解 broke → 残額一括)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow at the "
                        "bottom; 重要 / 親展 stamps; title 「和解契約失効及び残額一括ご請求のご通知」; the 喪失 is the 和解's own "
                        "(「…の経過をもって」 after the 7th and 8th instalments), not the original loan's; a shaded-label table "
                        "和解金残額 (→ principal) / 遅延損害金 with window and rate / ご請求金額合計; the WAIVED amount 218,364 "
                        "「本書によるご請求には含めておりません」, 和解金 540,000 and 36回 as distractors; 原債権者, 譲受日 and "
                        "最終ご入金日 only inside the transfer line")


# ---------------------------------------------------------------------------------------------
# an08 左近司法律事務所 for 藤納戸ローン: 縦書き 内容証明 期限の利益喪失通知 after a broken 和解; scanned.


def an08():
    issued, due = D(2026, 1, 20), D(2026, 2, 6)
    wakai, acc, last = D(2024, 9, 10), D(2025, 12, 31), D(2025, 10, 31)
    total_w, mon = 800_000, 20_000
    paid = 13
    P = total_w - paid * mon
    R = 18.0
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    assert P == 540_000
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　当職は、株式会社藤納戸ローン（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり"
                 "通知いたします。"),
        ("body", f"貴殿と通知人とは、{kdate(wakai)}、貴殿の通知人に対する借入金債務につき、和解金{kyen(total_w)}を令和六年十月"
                 f"から毎月末日限り{kyen(mon)}ずつ分割して支払う旨の和解契約を締結しました。"),
        ("body", f"しかるに、貴殿は{kdate(last)}に第十三回分割金を支払ったのを最後に、令和七年十一月末日及び同年十二月末日に支払"
                 "うべき分割金の支払を怠り、その額は金四万円に達しました。"),
        ("body", f"よって、貴殿は、右和解契約第五条の定めにより、{kdate(acc)}の経過をもって分割金の支払につき期限の利益を喪失"
                 "しましたので、その旨通知いたします。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座に一括してお支払いください。右期限までにお支払いのない"
                 "ときは、直ちに法的手続をとりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　和解金残額　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（令和八年一月一日から本書作成日まで年十八パーセント）"),
        ("indent", f"三　合計　　　　　{kyen(T)}"),
        ("indent", "振込先　ちどり浜銀行　千葉中央支店"),
        ("plain", f"　　　　普通預金　{kanji_digits('2260031')}"),
        ("plain", "　　　　口座名義　弁護士左近司透預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県千葉市中央区みそら台九丁目九番九号"),
        ("low", "左近司法律事務所"),
        ("low", "通知人代理人　弁護士　左近司　透"),
        ("low", f"電話　{kanji_digits('043')}（{kanji_digits('000')}）{kanji_digits('7215')}"),
        ("low", "（当職事件番号　ＳＫ－２６００３）"),
        ("blank", ""),
        ("low", "千葉県市原市しぎ沢町三丁目十番五号"),
        ("low", "大日向　聡　殿"),
    ]
    size = 10.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=5.9, left_limit=10.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 31081))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　左近司" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 18) * size * 0.3528 * 1.05, 8, "square", "弁護士左近司透", angle=-2,
                         seed=31082))
    tr = truth(document_type="acceleration_notice", sender="左近司法律事務所", phone="043-000-7215",
               creditor="株式会社藤納戸ローン", status="not_applicable", debtor="大日向聡", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=last,
               reference="SK-26003", input_kind="vertical_scan",
               template="proxy31_vertical_lawyer_settlement_default_acceleration", received=D(2026, 1, 22))
    return dict(stem="an08", ext="png", kind="vertical_scan", pages=pages, truth=tr,
                about="acceleration_notice (law office for a lender, 縦書き 内容証明, the 和解 broke)",
                unusual="縦書き 期限の利益喪失通知書 (冠省 … 草々) of a one-lawyer office for a consumer lender, scanned, with the "
                        "内容証明 stamp; the loss of the benefit of time is the 和解契約's (第五条, two missed 分割金 of 金四万円), "
                        "「…の経過をもって」; positional kanji amounts (和解金残額 → principal); the 和解 date 令和六年九月十日, "
                        "和解金 金八十万円 and 金二万円 monthly as distractors; an absolute deadline 「令和八年二月六日限り」; "
                        "a 預り金口 account in kanji digits; phone in kanji digits; full-width 当職事件番号 ＳＫ－２６００３ "
                        "(→ SK-26003)")


LETTERS = [an01, an02, an03, an04, an05, an06, an07, an08]
