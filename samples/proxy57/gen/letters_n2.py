"""Proxy set 57, letters bn09–bn16: "digital PDFs, second round". A servicer's 和解 proposal downloaded again from its
web portal with a diagonal 「複製」 watermark under the print (bn09), an invented servicer's ご請求書 whose page 2 repeats
page 1's whole header (bn10), a 地裁 呼出状 from the court's system with the plaintiff's 訴状 (bn11), a one-page
仮執行宣言付支払督促 with its tables (bn12), a scam notice sent as a PDF (bn13) and four 縦書き PDFs: a bank's 催告書 with
only a relative deadline (bn14), a joint 債権譲渡通知 to an invented servicer (bn15) and an insurer's 求償 demand (bn16)."""

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
    watermark,
    wd,
    window,
)

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
PLUM = (0.38, 0.14, 0.40)
DUSK = (0.24, 0.22, 0.46)
PINE = (0.10, 0.34, 0.24)


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def fwera(d: D) -> str:
    return fw(era(d))


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def vpage(cols, size, pitch, stamp_seed=None):
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=pitch, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    if stamp_seed is not None:
        pages[0].items.append(post_office_stamp(pages[0], stamp_seed))
    return pages


def seal_at(pages, needle, size, kind, text, seed, rows_down, fsize, angle=0.0):
    xs = [it.x for it in pages[0].items if isinstance(it, VText) and needle in it.s]
    assert xs, needle
    pages[0].items.append(Seal(xs[0], 22.0 + rows_down * fsize * 0.3528 * 1.05, size, kind, text, angle=angle,
                               seed=seed))


# ---------------------------------------------------------------------------------------------
# bn09 real servicer 住宅債権管理回収機構: 和解 proposal re-issued from its portal, 「複製」 watermark (2 pages).


def bn09():
    R = 14.0
    issued, due = D(2026, 3, 24), D(2026, 4, 17)
    assign, acc, lastp, sold = D(2025, 11, 14), D(2024, 12, 10), D(2024, 9, 27), D(2025, 8, 29)
    P = 6_842_117
    L = late(P, R, sold + timedelta(1), issued)
    T = P + L
    n, m = 60, 30_000
    S = n * m
    assert S == 1_800_000
    foot = "再発行（複製）　出力日時 2026/04/08 14:22　お客様専用ページより出力　本書は原本の写しです"

    def head(p, k):
        p.at(16, 17, "住宅債権管理回収機構", size=15, font="serif-bold", color=PINE)
        p.at(194, 13, f"{k}／2", size=8, align="r", color=GRAY)
        p.add(Line(16, 20, 194, 20, 0.8, PINE))

    p = Page(font="serif", size=10, top=24, left=18, right=16, leading=1.75)
    head(p, 1)
    p.at(194, 27, era(issued), size=10, align="r")
    p.at(194, 32.5, "お客様番号　JK-91-250033", size=9.5, align="r")
    p.y = 30
    for s, sz in (("〒940-0000", 10), ("新潟県長岡市連翹町9丁目9番9号", 10), ("コーポ木蓮 2-B", 10)):
        p.line(s, size=sz)
    p.gap(1)
    p.line("殿岡　哲也　様", size=13)
    p.gap(2)
    for s in ("株式会社住宅債権管理回収機構", "業務部　和解推進課", "〒103-0000 東京都中央区野薔薇町9丁目9番9号",
              "TEL 03-0000-9142（平日9:00～17:30）", "法務大臣許可　第91号"):
        p.line(s, x=120, size=9.5)
    p.seal(172, p.y - 5, 12, "square", "株式会社住宅債権管理回収機構印", angle=-2, seed=57091)
    p.gap(3)
    p.title("和解（分割弁済）条件のご提案", size=14.5, font="serif-bold")
    p.para(f"拝啓　貴殿が株式会社十六夜銀行から借り入れられた住宅ローンにつきましては、{era(acc)}に期限の利益を喪失し、"
           f"担保不動産の任意売却（{era(sold)}決済）による売却代金を充当した後の残債権を、当社が{era(assign)}に同行から"
           "譲り受けております。")
    p.para("当社では、貴殿の現在のご収入等をお伺いしたうえで、下記の条件による和解（分割弁済）をご提案いたします。ご検討の"
           "うえ、2頁の和解申出書をご回答期限までにご返送ください。")
    p.line("敬具", x=194, align="r")
    p.line("記", align="c")
    p.line(f"１　現在のご債務（{era(issued)}現在）", size=10.5, font="serif-bold")
    p.table([["残元金", f"{P:,}円"], [f"損害金（{era(sold + timedelta(1))}から年{R:g}％）", f"{L:,}円"],
             ["ご債務総額", f"{T:,}円"]], [100, 50], x=26, size=10, row_h=7.8, shade_col0=True, font="serif")
    p.gap(2)
    p.line("２　和解条件（ご提案）", size=10.5, font="serif-bold")
    p.kv([("和解金額", f"金{S:,}円（月額{m:,}円×{n}回）"), ("お支払期間", "令和8年5月から令和13年4月まで（毎月27日限り）"),
          ("免除", "上記を完済されたときは、残余の債務を免除いたします。"),
          ("期限の利益喪失", f"お支払いを3回以上怠り、その額が{3 * m:,}円に達したとき")], x=26, label_w=30, size=9.8)
    p.gap(2)
    p.add(Box(26, p.y, 150, 10, 0.8))
    p.at(30, p.y + 6.8, f"ご回答期限　　{era(due)}（{wd(due)}）必着", size=11.5, font="serif-bold")
    p.gap(14)
    p.para(f"※最終ご返済日は{era(lastp)}です。ご回答期限までにご返送のない場合は、本提案はなかったものとさせていただきます。",
           size=8.8, indent="")
    p.at(105, 289, foot, size=6.8, align="c", color=GRAY)
    watermark(p, "複製", 105, 160, size=120, angle=35)
    p1 = p.spec

    p = Page(font="serif", size=10, top=24, left=18, right=16, leading=1.75)
    head(p, 2)
    p.y = 26
    p.title("和　解　申　出　書", size=15, font="serif-bold")
    p.line("株式会社住宅債権管理回収機構　御中", size=10.5)
    p.gap(2)
    p.para(f"私は、貴社からの{era(issued)}付和解条件のご提案（お客様番号 JK-91-250033）の内容を確認し、下記の条件で"
           "和解を申し出ます。")
    p.line("記", align="c")
    p.table([["和解金額", f"金{S:,}円"], ["お支払方法", f"月額{m:,}円 × {n}回（毎月27日限り）"],
             ["初回お支払日", "令和8年5月27日"]], [50, 110], x=26, size=10, row_h=8, shade_col0=True, font="serif")
    p.gap(6)
    for lab in ("申出日　　令和　　年　　月　　日", "ご住所", "お名前　　　　　　　　　　　　　　　　　　　　印",
                "お電話番号", "ご勤務先"):
        p.line(lab, x=26, size=10.5)
        p.add(Line(26, p.y - 1, 186, p.y - 1, 0.2))
        p.gap(4)
    p.gap(2)
    p.para("※ご記入のうえ、同封の返信用封筒にてご返送ください。FAXでのご返送はお受けしておりません。", size=9, indent="")
    p.at(105, 289, foot, size=6.8, align="c", color=GRAY)
    watermark(p, "複製", 105, 150, size=120, angle=35)
    tr = truth(document_type="settlement_proposal", sender="株式会社住宅債権管理回収機構", license_number=91,
               phone="03-0000-9142", creditor="株式会社住宅債権管理回収機構", status="licensed",
               original="株式会社十六夜銀行", debtor="殿岡哲也", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="JK-91-250033", input_kind="pdf_text_2page",
               template="proxy57_servicer_settlement_copy_watermark", received=D(2026, 3, 26))
    return dict(stem="bn09", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="settlement_proposal (real servicer, rest after a 任意売却, re-issued copy with a 「複製」 watermark, "
                      "2 pages)",
                unusual="a copy downloaded again from the servicer's portal: a huge diagonal 「複製」 WATERMARK (120 pt, light "
                        "grey, each character its own text item, FIRST in the text layer) under the print on both pages and a "
                        "grey foot line 「再発行（複製）　出力日時 2026/04/08 14:22 …」 (≠ the letter date); real servicer ★ "
                        "「株式会社住宅債権管理回収機構」 (logo without 株式会社) with 「法務大臣許可　第91号」; the rest of a "
                        "housing loan after a 任意売却 (喪失 令和6年, 決済 令和7年8月29日, 譲受) in the prose; a shaded-label "
                        "table 残元金 / 損害金 (window from the day after the 決済, 年14％) / ご債務総額 (no interest); the plan "
                        "(1,800,000 = 30,000 × 60, 令和13年4月, the 90,000 threshold) as distractors; a framed ご回答期限 "
                        "…必着; the 最終ご返済日 only in a ※ note; p.2 a 和解申出書 with blank lines")


# ---------------------------------------------------------------------------------------------
# bn10 invented servicer 朧月債権回収: ご請求書 whose page 2 repeats page 1's whole header.


def bn10():
    R = 20.0
    issued, due = D(2026, 4, 21), D(2026, 5, 8)
    assign, acc, lastp = D(2026, 3, 27), D(2025, 11, 20), D(2025, 9, 10)
    P, I = 1_048_300, 46_775
    L = late(P, R, acc + timedelta(1), issued)
    T = P + I + L

    def header(k):
        p = Page(font="sans", size=9.5, top=12, left=16, right=16)
        p.add(Box(16, 10, 9, 9, color=None, fill=DUSK))
        p.at(20.5, 17, "朧", size=12, font="serif-bold", align="c", color=WHITE)
        p.at(28, 15.5, "朧月債権回収株式会社", size=13, font="serif-bold", color=DUSK)
        p.at(28, 20, "法務大臣許可番号　第249号", size=8, color=DUSK)
        p.at(194, 14, f"発行日　{era(issued)}", size=9.5, align="r")
        p.at(194, 19, "お客様番号　OZ-249-70815", size=9.5, align="r")
        window(p, 16, 26, "560-0000", ["大阪府豊中市石楠花町9丁目9番9号", "グランシャリオ豊中 711"], "楫野　直人　様",
               "bn10bars", w=90, h=34, size=9.5, name_size=12.5)
        for i, s in enumerate(("朧月債権回収株式会社　債権管理部", "〒541-0000 大阪府大阪市中央区銀木犀町9丁目9番9号",
                               "TEL 06-0000-2490（平日9:00～18:00）", "担当　拝郷")):
            p.at(116, 31 + i * 5, s, size=9 if i else 9.8, font="sans-bold" if i == 0 else "sans")
        p.seal(168, 47, 11, "square", "朧月債権回収株式会社印", angle=1, seed=57100 + k)
        p.add(Box(16, 64, 178, 10, color=None, fill=DUSK))
        p.at(105, 71, f"ご　請　求　書（{k}／2）", size=14, font="sans-bold", align="c", color=WHITE)
        p.y = 79
        return p

    p = header(1)
    p.para(f"貴殿が株式会社カノープスローンとの間で締結された金銭消費貸借契約に基づく債権は、{era(assign)}、同社から当社に"
           "譲渡されました。同契約は、最終のご入金の後お支払いがないため、既に期限の利益を喪失しております。", size=9.8)
    p.para("つきましては、下記のとおりご請求申し上げますので、お支払期限までに一括してお支払いくださいますようお願いいたします。"
           "お支払いが困難な場合は、お支払期限までに必ず担当までご連絡ください。", size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(30, y, 150, 30, 0.9, DUSK))
    p.at(36, y + 9, "ご請求金額", size=12, font="sans-bold")
    p.at(174, y + 10, f"{T:,}円", size=20, font="sans-bold", align="r")
    p.add(Line(36, y + 14, 174, y + 14, 0.3, GRAY))
    p.at(36, y + 23, "お支払期限", size=12, font="sans-bold")
    p.at(174, y + 24, f"{era(due)}（{wd(due)}）", size=15, font="sans-bold", align="r", color=RED)
    p.y = y + 36
    p.line("※ご請求金額の内訳、お振込先は2頁をご覧ください。", size=9.5)
    p.gap(3)
    p.line("【ご契約の内容】", size=10, font="sans-bold")
    p.kv([("原債権者", "株式会社カノープスローン"), ("原契約番号", "CN-2207-44158"), ("ご契約日", "令和4年7月15日"),
          ("ご契約額", "1,500,000円"), ("最終ご入金日", era(lastp)), ("期限の利益喪失日", era(acc)),
          ("債権譲受日", era(assign))], x=24, label_w=34, size=9.5)
    p.gap(4)
    p.para("本書と行き違いにお支払いいただいた場合は、ご容赦ください。当社の社員が、ご自宅・お勤め先をご訪問して集金する"
           "ことはございません。", size=8.8, indent="")
    p.at(105, 288, "OZ-249-70815　1／2", size=7, align="c", color=GRAY)
    p1 = p.spec

    p = header(2)
    p.line(f"■ご請求金額の内訳（{era(issued)}現在）", size=10.5, font="sans-bold")
    p.table([["元金", "利息", f"遅延損害金（年{R:g}％）", "合計"],
             [f"{P:,}円", f"{I:,}円", f"{L:,}円", f"{T:,}円"]], [42, 42, 50, 44], x=16, size=10, row_h=9,
            header=True, aligns="rrrr")
    p.gap(2)
    p.para(f"遅延損害金は、{era(acc + timedelta(1))}から{era(issued)}まで、元金に対し年{R:g}％（年365日の日割計算）により"
           "計算しております。お支払日までの遅延損害金は、引き続き発生いたします。", size=9, indent="")
    p.gap(3)
    p.line("■お振込先", size=10.5, font="sans-bold")
    p.kv([("銀行名", "満天星銀行　本町支店"), ("口座", "普通預金　2490708"),
          ("口座名義", "オボロヅキサイケンカイシュウ（カ"), ("振込人名", "お客様番号の数字（24970815）＋お名前")], x=24,
         label_w=26, size=9.5)
    p.gap(3)
    p.line("■ご注意", size=10.5, font="sans-bold")
    for s in ("お振込手数料はお客様のご負担となります。",
              "一括でのお支払いが困難な場合は、ご事情を伺ったうえで分割でのお支払いをご相談いたします。",
              "原債権者（株式会社カノープスローン）へのお支払い・お問い合わせはご遠慮ください。",
              "ご返済のご相談は、本人確認のため、ご本人様からお電話ください。"):
        p.para("・" + s, x0=20, size=9, indent="")
    p.at(105, 288, "OZ-249-70815　2／2", size=7, align="c", color=GRAY)
    tr = truth(document_type="collection_notice", sender="朧月債権回収株式会社", license_number=249,
               phone="06-0000-2490", creditor="朧月債権回収株式会社", status="unverified",
               original="株式会社カノープスローン", debtor="楫野直人", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="OZ-249-70815", input_kind="pdf_text_2page",
               template="proxy57_invented_servicer_repeated_header", received=D(2026, 4, 23))
    return dict(stem="bn10", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="collection_notice (invented servicer, page 2 repeats page 1's header, 2 pages)",
                unusual="INVENTED servicer 「朧月債権回収株式会社」 (a one-kanji logo square 「朧」) with 「法務大臣許可番号　"
                        "第249号」 (→ unverified); page 2 REPEATS page 1's WHOLE HEADER (logo, licence, 発行日, お客様番号, "
                        "window address, sender block, seal and the title band 「ご請求書（1／2）」 / 「（2／2）」), so every "
                        "name, date and number of the head appears twice in the text layer; p.1 a framed ご請求金額 (20 pt) and "
                        "お支払期限 in red, the contract as kv lines (原契約番号, ご契約日 令和4年, ご契約額 1,500,000円 as "
                        "distractors); the breakdown only on p.2 as a 4-column one-row table 元金 / 利息 / 遅延損害金（年20％） / "
                        "合計 and the window in a sentence; payee in kana, 振込人名 digits 24970815")


# ---------------------------------------------------------------------------------------------
# bn11 青森地裁 (ワ): 呼出状 from the court's system + the 訴状 of a real servicer plaintiff (2 pages).


def bn11():
    R = 14.6
    issued, hearing, answer, filed = D(2026, 5, 25), D(2026, 6, 30), D(2026, 6, 23), D(2026, 5, 8)
    assign, acc, lastp = D(2025, 12, 12), D(2025, 8, 28), D(2025, 6, 27)
    P = 1_623_480
    L = late(P, R, acc + timedelta(1), assign)
    T = P + L
    p = Page(font="serif", size=11, top=20, left=28, right=20, leading=1.85)
    p.at(28, 13, "民事裁判事務支援システム　MINTAS-呼出-03", size=7, color=GRAY)
    p.table([["事件番号", "令和８年（ワ）第２０３号"], ["事件名", "譲受債権請求事件"],
             ["原告", "ＳＭＢＣ債権回収株式会社"], ["被告", "牟礼　由香里"]], [30, 80], x=80, size=10, row_h=7.5,
            shade_col0=True, aligns="ll", font="serif")
    p.gap(5)
    p.line("第１回口頭弁論期日呼出状及び答弁書催告状", size=14.5, font="serif-bold", align="c")
    p.gap(3)
    p.line("被告　牟礼　由香里　殿", size=12)
    p.gap(2)
    p.para("原告から訴状が提出されました。当裁判所に出頭する期日が下記のとおり定められましたから、同期日に出頭してください。")
    p.para("なお、訴状を読んだうえで、下記答弁書提出期限までに答弁書を提出してください。")
    p.gap(2)
    p.table([["期　日", f"{fwera(hearing)}（{wd(hearing)}）午前１０時３０分"],
             ["場　所", "青森地方裁判所　第２０１号法廷（２階）"],
             ["答弁書提出期限", f"{fwera(answer)}（{wd(answer)}）"]], [40, 122], x=28, size=10.5, row_h=9,
            shade_col0=True, aligns="ll", font="serif")
    p.gap(4)
    for s in ("１　出頭の際は、この呼出状と認印をお持ちください。",
              "２　答弁書を提出しないで期日に欠席すると、原告の主張を認めたものとして、原告の請求どおりの判決が言い渡される"
              "ことがあります。",
              "３　分割払い等の話合い（和解）を希望する場合も、答弁書にその旨を記載して提出してください。"):
        p.para(s, size=10, indent="")
    p.gap(3)
    p.line(fwera(issued), x=100)
    p.line("青森地方裁判所民事部", x=100)
    p.line("裁判所書記官　桧　作　　　誠", x=100)
    p.seal(178, p.y - 6, 12, "square", "青森地方裁判所書記官印", seed=57111)
    p.gap(3)
    p.line("電話　０１７－０００－８１１２（内線３１５）", x=100, size=10)
    p.line("ＦＡＸ　０１７－０００－８１９０", x=100, size=10)
    p.at(109, 287, "－ 1 －", size=9, align="c")
    p1 = p.spec

    p = Page(font="serif", size=10.5, top=18, left=28, right=20, leading=1.8)
    p.line("訴　　　　状", size=16, font="serif-bold", align="c")
    p.line(f"{era(filed)}", x=190, align="r")
    p.line("青森地方裁判所　御中", size=10.5)
    p.line("原告代理人支配人　強　矢　　弘　道　㊞", x=190, align="r", size=10)
    p.kv([("原告", "東京都中央区紫陽花町9丁目9番9号　ＳＭＢＣ債権回収株式会社"),
          ("", "代表者代表取締役　棚　網　　守（送達場所　同所　電話 03-0000-1010　FAX 03-0000-1011）"),
          ("被告", "青森県弘前市馬酔木町9丁目9番9号　牟礼　由香里")], x=28, label_w=14, size=9.6)
    p.kv([("訴訟物の価額", f"{T:,}円"), ("貼用印紙額", "14,000円")], x=28, label_w=30, size=9.6)
    p.gap(2)
    p.line("第１　請求の趣旨", size=11, font="serif-bold")
    p.para(f"１　被告は、原告に対し、{T:,}円及びうち{P:,}円に対する{era(assign + timedelta(1))}から支払済みまで年{R}％の"
           "割合による金員を支払え。", size=10, indent="")
    p.para("２　訴訟費用は被告の負担とする。", size=10, indent="")
    p.para("との判決並びに仮執行宣言を求める。", size=10, indent="")
    p.gap(1)
    p.line("第２　請求の原因", size=11, font="serif-bold")
    for s in ("１　訴外株式会社茜雲オートクレジット（以下「訴外会社」という。）は、令和4年9月2日、被告との間で、自動車の購入代金"
              "2,400,000円を立て替えて支払い、被告はこれに分割手数料を加えた額を60回に分割して支払う旨の立替払契約を締結した。",
              f"２　被告は、{era(lastp)}の支払を最後にその後の分割金の支払を怠ったため、訴外会社は催告のうえ、被告は"
              f"{era(acc)}の経過により期限の利益を喪失した。",
              f"３　訴外会社は、{era(assign)}、被告に対する本件債権を原告に譲渡し、同月18日到達の書面により被告にその旨を"
              "通知した。",
              "４　譲渡日における本件債権の額は、次のとおりである。"):
        p.para(s, size=10, indent="")
    p.table([["立替金残元金", f"{P:,}円"], [f"確定遅延損害金（{era(acc + timedelta(1))}から{era(assign)}まで年{R}％）",
                                          f"{L:,}円"], ["合計", f"{T:,}円"]], [120, 42], x=28, size=9.6, row_h=7.4,
            font="serif")
    p.para("５　よって、原告は被告に対し、請求の趣旨記載の金員の支払を求める。", size=10, indent="")
    p.gap(1)
    p.line("証拠方法　甲第１号証 立替払契約書　甲第２号証 債権譲渡通知書", size=9.5)
    p.line("附属書類　訴状副本 1通　甲号証写し 各1通　資格証明書 1通", size=9.5)
    p.at(109, 287, "－ 1 －（訴状）", size=9, align="c")
    tr = truth(document_type="lawsuit", sender="青森地方裁判所", phone="017-000-8112",
               creditor="SMBC債権回収株式会社", status="licensed", original="株式会社茜雲オートクレジット",
               debtor="牟礼由香里", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               acceleration=acc, last_payment=lastp, assignment=assign, hearing=hearing, reference="令和8年(ワ)第203号",
               input_kind="pdf_text_2page", template="proxy57_district_court_system_summons_with_complaint",
               received=D(2026, 5, 28))
    return dict(stem="bn11", ext="pdf", kind="pdf_text_2page", pages=[p1, p.spec], truth=tr,
                about="lawsuit (地裁 (ワ) 呼出状 from the court's system + 訴状, real servicer plaintiff, 2 pages)",
                unusual="a court not used before (青森地裁): p.1 the 呼出状 as the court's system prints it (a grey system "
                        "line, the case data as a shaded-label TABLE set to the RIGHT, 期日 / 場所 / 答弁書提出期限 as a "
                        "second table in full-width era dates with weekdays and 午前１０時３０分, the clerk's phone in "
                        "full-width with （内線３１５） and a FAX); p.2 the plaintiff's own 訴状 (dated 5/8 ≠ 5/25): the real "
                        "servicer ★ ＳＭＢＣ債権回収株式会社 written in FULL-WIDTH Latin letters (no licence printed, court "
                        "paper) with its 送達場所 phone / FAX (distractors), 訴訟物の価額 and 貼用印紙額 14,000円, 請求の趣旨 "
                        "「…円及びうち…円に対する…」, a 請求の原因 with the car's 2,400,000円 and 60回 (distractors), the "
                        "通知 到達 「同月18日」, and a 3-row table 立替金残元金 / 確定遅延損害金 / 合計")


# ---------------------------------------------------------------------------------------------
# bn12 富士簡裁 仮執行宣言付支払督促 on one page, the court system's tables.


def bn12():
    R = 14.6
    issued, order, served, applied = D(2026, 3, 18), D(2026, 2, 16), D(2026, 2, 19), D(2026, 3, 6)
    acc, lastp = D(2025, 10, 27), D(2025, 8, 27)
    P, I = 298_700, 7_415
    L = late(P, R, acc + timedelta(1), D(2026, 1, 31))
    C1, C2 = 3_202, 1_184
    C = C1 + C2
    T = P + I + L + C
    p = Page(font="serif", size=10, top=14, left=22, right=18, leading=1.6)
    p.at(22, 10, "督促事件処理システム　様式督Ｋ－１１", size=6.5, color=GRAY)
    p.at(192, 10, "正本", size=8, align="r", font="serif-bold")
    p.line("仮執行宣言付支払督促", size=16, font="serif-bold", align="c")
    p.table([["事件番号", "令和８年（ロ）第１６４号", "事件名", "立替金請求督促事件"]], [22, 60, 20, 68], x=22, size=9.5,
            row_h=7, aligns="llll", font="serif", shade_col0=False)
    p.gap(2)
    p.table([["当事者", "住所", "氏名・名称"],
             ["債権者", "〒420-0000 静岡県静岡市葵区月見草台9丁目9番9号", "株式会社銀河信販"],
             ["", "", "代表者代表取締役　恵良　武"],
             ["送達場所", "同上　（電話 054-000-6677）", "（担当　法務課）"],
             ["債務者", "〒410-0000 静岡県富士市葵町9丁目9番9号", "涌井　大輔"]], [22, 84, 64], x=22, size=8.8,
            row_h=6.8, header=True, aligns="lll", font="serif")
    p.gap(2)
    p.para(f"債務者は、債権者に対し、請求の趣旨記載の金額を支払え。（支払督促　{fwera(order)}発付、同月{fw(str(served.day))}日"
           "債務者に送達）", size=9.8)
    p.line("請求の趣旨", size=11, font="serif-bold")
    p.table([["番号", "項目", "金額（円）", "備考"],
             ["１", "立替金残金", f"{P:,}", ""],
             ["２", "確定手数料", f"{I:,}", ""],
             ["３", "確定遅延損害金", f"{L:,}", f"{era(acc + timedelta(1))}～令和8年1月31日　年{R}％"],
             ["４", "督促手続費用", f"{C1:,}", ""]], [14, 44, 30, 82], x=22, size=9.3, row_h=6.8, header=True,
            aligns="clrl", font="serif")
    p.para(f"５　上記１の金額に対する令和8年2月1日から完済まで年{R}％の割合による遅延損害金", size=9.3, indent="")
    p.line("請求の原因", size=11, font="serif-bold")
    p.table([["契約日", "令和5年6月3日（クレジット契約・個品割賦）"], ["最終弁済日", era(lastp)],
             ["期限の利益喪失日", f"{era(acc)}（催告期間の経過による）"], ["分割支払金合計額", "386,640円（うち既払額 80,525円）"]],
            [40, 130], x=22, size=9.0, row_h=6.4, shade_col0=True, aligns="ll", font="serif")
    p.gap(3)
    y = p.y
    p.add(Box(22, y, 170, 30, 0.8))
    p.at(26, y + 6, "仮執行の宣言", size=11, font="serif-bold")
    p.y = y + 8
    p.para("上記支払督促に、次の手続費用を付加して、仮執行の宣言をする。", x0=26, x1=188, size=9.8)
    p.table([["仮執行宣言の手続費用", f"{C2:,}円"],
             ["請求の趣旨１から４まで及び仮執行宣言の手続費用の合計", f"{T:,}円"]], [120, 40], x=26, size=9.3, row_h=6.8,
            font="serif")
    p.y = y + 33
    p.line(f"{fwera(issued)}　（仮執行宣言申立日　{fwera(applied)}）", size=10)
    p.line("富士簡易裁判所　裁判所書記官　李　家　　朋　美", size=10)
    p.seal(170, p.y - 5, 11, "square", "富士簡易裁判所書記官印", seed=57121)
    p.gap(1)
    y = p.y
    p.add(Box(22, y, 170, 22, 0.3, None, (0.94, 0.94, 0.94)))
    p.y = y + 1.5
    for s in ("（注意）この仮執行宣言付支払督促の送達を受けた日から２週間以内に、この裁判所に督促異議の申立てをすることが"
              "できます。督促異議の申立てをしても、仮執行宣言に基づく強制執行は、当然には停止されません。",
              "お問い合わせ　富士簡易裁判所　民事係　電話　０５４５－００－９２３１（直通）"):
        p.para(s, x0=25, x1=189, size=8.8, indent="")
    p.y = y + 24
    p.line("これは正本である。　同日同庁　裁判所書記官　李　家　　朋　美", size=9.5)
    tr = truth(document_type="payment_order_enforceable", sender="富士簡易裁判所", phone="0545-00-9231",
               creditor="株式会社銀河信販", status="not_applicable", debtor="涌井大輔", total=T, principal=P, interest=I,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, acceleration=acc, last_payment=lastp,
               reference="令和8年(ロ)第164号", input_kind="pdf_text",
               template="proxy57_enforceable_order_court_system_one_page", received=D(2026, 3, 20))
    return dict(stem="bn12", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="payment_order_enforceable (簡裁, court system print, 信販 creditor, one page)",
                unusual="a whole 仮執行宣言付支払督促 of a court not used before (富士簡裁) on ONE dense page of the court "
                        "system (grey 「様式督Ｋ－１１」 line, 「正本」 top-right): the case number and 事件名 as a one-row "
                        "4-cell table, the 当事者 as a TABLE (債権者 a 信販 company with its 送達場所 phone — distractor), "
                        "the 支払督促 date and its 送達 in one bracket 「（支払督促　令和８年２月１６日発付、同月１９日債務者に"
                        "送達）」, 請求の趣旨 as a TABLE with 備考 (立替金残金 / 確定手数料 / 確定遅延損害金 / 督促手続費用, NO 合計 "
                        "row) and the running item ５; the 原因 as a shaded table (分割支払金合計額 386,640円, 既払額 — "
                        "distractors); a framed 仮執行の宣言 with the 仮執行宣言の手続費用 row and the GRAND TOTAL row (→ costs = "
                        "two cost figures from two tables); the 申立日 in brackets after the date; court phone in a grey 注意 box")


# ---------------------------------------------------------------------------------------------
# bn13 scam: a 「債権回収最終通知書」 sent as a PDF attachment.


def bn13():
    issued, due = D(2026, 6, 1), D(2026, 6, 3)
    T = 287_600
    p = Page(font="sans", size=10, top=16, left=20, right=20, leading=1.75)
    p.at(20, 16, "全国債権保全管理機構", size=15, font="serif-bold")
    p.at(20, 21.5, "National Credit Preservation Bureau", size=7.5, color=GRAY)
    p.at(190, 15, f"発行日：{wdate(issued)}", size=9.5, align="r")
    p.at(190, 20.5, "管理番号：ち－４０２", size=9.5, align="r")
    stamp(p, 150, 25, "最終通知", size=12, fill=RED)
    p.y = 38
    p.line("愛甲　美和　様", size=13)
    p.gap(3)
    p.title("債権回収最終通知書（訴訟移行予告）", size=15, font="sans-bold", color=RED)
    for s in ("当機構は、法務省より債権回収業務の許可を受けた債権保全機関として、貴殿がご契約された動画・情報コンテンツ事業者"
              "より、未納料金に関する債権回収業務の委託を受けております。",
              "貴殿は、上記事業者に対する利用料金を長期にわたり滞納されており、再三の通知にもかかわらずご連絡をいただいて"
              "おりません。このため、事業者は民事訴訟の準備に入っており、下記期限までにご連絡のない場合は、裁判所の許可を得て、"
              "給与・預貯金・動産・不動産の差押えが執行されることとなります。",
              "ただし、下記期限までに未納額をお支払いいただいた場合は、訴訟の取下げ手続を当機構にて代行いたします。"):
        p.para(s, size=10)
    p.gap(2)
    y = p.y
    p.add(Box(30, y, 150, 30, 1.0, RED))
    p.at(36, y + 9, "ご請求額（未納料金・延滞金・訴訟手続費用を含む）", size=9.5)
    p.at(174, y + 19, f"￥{T:,}-", size=20, font="sans-bold", align="r", color=RED)
    p.at(36, y + 26.5, f"ご連絡期限　{due.month}月{due.day}日（{wd(due)}）17時まで", size=10.5, font="sans-bold")
    p.y = y + 35
    p.line("■お支払方法", size=10.5, font="sans-bold")
    p.para("コンビニエンスストアで販売されている電子マネー（プリペイドカード）を上記金額分ご購入いただき、カード裏面の番号を"
           "お電話で担当者にお伝えください。銀行振込でのお支払いはお受けしておりません。", size=9.8, indent="")
    p.gap(2)
    for s in ("※プライバシー保護のため、必ずご本人様よりご連絡ください。",
              "※本件について弁護士・消費生活センター等の第三者へご相談された場合、和解のご提案はできかねます。",
              "※本通知は、裁判所に提出する証拠書類として保管されます。"):
        p.para(s, size=9.3, indent="")
    p.gap(4)
    p.add(Line(20, p.y, 190, p.y, 0.4))
    p.gap(2)
    for s in ("全国債権保全管理機構　債権管理第一部", "法務大臣許可番号　第186号", "東京都千代田区霞が関一丁目（中央合同庁舎別館）",
              "お問合せ専用ダイヤル　050-0000-4186（受付 毎日8:00～21:00）", "担当　イシカワ"):
        p.line(s, size=9.5)
    p.seal(170, p.y - 14, 16, "round", "全国債権保全管理機構|機構/之印", angle=-6, seed=57131)
    p.at(105, 290, "本PDFは電子署名済みです。改ざんは法律により罰せられます。　Doc.No.NCPB-2026-0601-402", size=6.5,
         align="c", color=GRAY)
    tr = truth(document_type="other", sender="全国債権保全管理機構", license_number=186, phone="050-0000-4186",
               creditor=None, status="not_licensed", debtor="愛甲美和", total=T, lump=False, issued=issued,
               payment_due=due, reference="ち-402", is_scam=True, input_kind="pdf_text",
               template="proxy57_scam_collection_final_notice_pdf", received=None)
    return dict(stem="bn13", ext="pdf", kind="pdf_text", pages=[p.spec], truth=tr,
                about="other (scam 「債権回収最終通知書」 sent as a PDF)",
                unusual="架空請求 as a PDF attachment: 「全国債権保全管理機構」 with an English subtitle calls itself 「法務省より債権"
                        "回収業務の許可を受けた債権保全機関」 and prints a FAKE 「法務大臣許可番号　第186号」 (→ not_licensed); a "
                        "red 最終通知 stamp, a red title; no creditor (「動画・情報コンテンツ事業者」); one sum ￥287,600- "
                        "(未納料金・延滞金・訴訟手続費用 named but not split); payment by PREPAID electronic-money card numbers "
                        "read over the phone; 「弁護士・消費生活センター等…へご相談された場合」; a two-day deadline 「6月3日（水）"
                        "17時まで」; address 「霞が関一丁目（中央合同庁舎別館）」 without a number; a 050 number open every day; "
                        "管理番号 ち－４０２ in hiragana with a full-width dash; a fake 「電子署名済み」 foot line")


# ---------------------------------------------------------------------------------------------
# bn14 bank 催告書, 縦書き 内容証明, arrears only, relative deadline only.


def bn14():
    R = 14.0
    issued, lastp = D(2026, 1, 19), D(2025, 10, 27)
    P, I = 157_200, 34_680
    L = late(P, R, D(2025, 11, 28), issued)
    T = P + I + L
    cols = [
        ("title", "催告書"),
        ("body", f"貴殿は、当行との間の令和二年三月十三日付金銭消費貸借契約（住宅ローン）に基づく毎月二十七日の約定返済を、"
                 f"{kdate(lastp)}の返済を最後に怠っており、現在三回分の返済が遅滞しております。"),
        ("body", "当行は、これまで書面及びお電話により再三お支払いをお願いしてまいりましたが、現在に至るまでお支払いもご連絡も"
                 "いただいておりません。"),
        ("body", "つきましては、本書をもって、左記延滞金額を本書到達後七日以内に左記口座にお支払いくださるよう催告いたします。"),
        ("body", "右期間内にお支払いのない場合は、改めて通知することなく、貴殿は銀行取引約定書第五条の定めにより期限の利益を"
                 "喪失し、残債務全額を一括してご請求することとなりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　延滞元金　　　{kyen(P)}"),
        ("indent", f"二　延滞利息　　　{kyen(I)}"),
        ("indent", f"三　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（年十四パーセント、本書作成日まで）"),
        ("indent", f"四　合計　　　　　{kyen(T)}"),
        ("indent", "お支払先　当行蘇我支店　別段預金　口座番号　一一八七〇〇三"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "千葉県千葉市中央区藤棚台九丁目九番九号"),
        ("low", "電話　〇四三（〇〇〇）五五〇八"),
        ("low", "株式会社鈴蘭銀行　蘇我支店"),
        ("low", "支店長　椛　島　　孝　之"),
        ("blank", ""),
        ("low", "千葉県市原市野菊台九丁目九番九号"),
        ("low", "於保　正樹　殿"),
    ]
    size = 11.0
    pages = vpage(cols, size, 6.6, stamp_seed=57141)
    seal_at(pages, "支店長", 10, "square", "株式会社鈴蘭銀行蘇我支店長印", 57142, 8 + 15.5, size, angle=-2)
    tr = truth(document_type="collection_notice", sender="株式会社鈴蘭銀行", phone="043-000-5508",
               creditor="株式会社鈴蘭銀行", status="not_applicable", debtor="於保正樹", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, last_payment=lastp, input_kind="vertical_pdf",
               template="proxy57_vertical_bank_arrears_demand_relative_deadline", received=D(2026, 1, 21))
    return dict(stem="bn14", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (bank, 縦書き 内容証明 催告書 of three missed instalments)",
                unusual="縦書き 催告書 of a bank branch with the 内容証明 stamp, ARREARS ONLY: 延滞元金 / 延滞利息 / 遅延損害金 / "
                        "合計 in positional kanji (a threat of acceleration only, lump false, no 喪失 date); the deadline ONLY "
                        "relative 「本書到達後七日以内」 (payment_due null); 令和二年 contract, 毎月二十七日, 「三回分」 and "
                        "銀行取引約定書第五条 (numbers that are not fields); the 別段預金 account in kanji digits (distractor); "
                        "支店長 with a seal; phone in kanji digits; NO reference number anywhere (null)")


# ---------------------------------------------------------------------------------------------
# bn15 joint 債権譲渡通知書, 縦書き, consumer lender → invented servicer 杜若債権回収.


def bn15():
    R = 18.0
    issued, assign = D(2026, 4, 6), D(2026, 3, 31)
    acc, lastp = D(2025, 12, 1), D(2025, 9, 30)
    P, I = 1_275_640, 18_925
    L = late(P, R, acc + timedelta(1), assign)
    T = P + I + L
    cols = [
        ("title", "債権譲渡通知書"),
        ("body", f"譲渡人羽衣ファイナンス株式会社は、{kdate(assign)}、貴殿に対して有する左記債権を、譲受人杜若債権回収株式会社に"
                 "譲渡いたしましたので、民法第四百六十七条の規定に基づき、譲渡人及び譲受人の連名をもってご通知いたします。"),
        ("body", "今後は、本債権についてのお支払い及びご連絡は、すべて譲受人あてにお願いいたします。"),
        ("indent", "記"),
        ("indent", "一　原契約　令和三年八月二日付金銭消費貸借契約"),
        ("indent", f"二　最終弁済日　{kdate(lastp)}"),
        ("indent", f"三　期限の利益喪失日　{kdate(acc)}"),
        ("indent", "四　譲渡債権の額（譲渡日現在）"),
        ("plain", f"　　元金　　　　　{kyen(P)}"),
        ("plain", f"　　利息　　　　　{kyen(I)}"),
        ("plain", f"　　遅延損害金　　{kyen(L)}"),
        ("plain", "　　（年十八パーセント）"),
        ("plain", f"　　合計　　　　　{kyen(T)}"),
        ("indent", "五　譲受管理番号　ＫＴ－２６０４－０５８"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "（譲渡人）神奈川県横浜市西区夕顔台九丁目九番九号"),
        ("low", "羽衣ファイナンス株式会社"),
        ("low", "電話　〇四五（〇〇〇）六六三〇"),
        ("low", "代表取締役　彦　坂　　昇"),
        ("blank", ""),
        ("low", "（譲受人）東京都港区満天星町九丁目九番九号"),
        ("low", "杜若債権回収株式会社"),
        ("low", "法務大臣許可番号第２５４号"),
        ("low", "電話　〇三（〇〇〇〇）二五四一"),
        ("low", "代表取締役　斑　鳩　　信　也"),
        ("blank", ""),
        ("low", "大阪府堺市堺区楓町九丁目九番九号"),
        ("low", "惣万　亜紀　殿"),
    ]
    size = 9.8
    pages = vpage(cols, size, 5.6)
    seal_at(pages, "代表取締役　彦", 10, "round", "羽衣ファイナンス株式会社|代表/取締役", 57152, 8 + 15, size, angle=3)
    seal_at(pages, "代表取締役　斑", 10, "round", "杜若債権回収株式会社|代表/取締役", 57153, 8 + 16, size, angle=-4)
    tr = truth(document_type="assignment_notice", sender="杜若債権回収株式会社", license_number=254,
               phone="03-0000-2541", creditor="杜若債権回収株式会社", status="unverified",
               original="羽衣ファイナンス株式会社", debtor="惣万亜紀", total=T, principal=P, interest=I, late_damages=L,
               rate=R, lump=False, issued=issued, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="KT-2604-058", input_kind="vertical_pdf",
               template="proxy57_vertical_joint_assignment_invented_servicer", received=D(2026, 4, 8))
    return dict(stem="bn15", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="assignment_notice (joint, consumer lender → invented servicer, 縦書き)",
                unusual="縦書き joint 債権譲渡通知書 (no 内容証明 stamp) with the two notifiers one after the other at the LEFT "
                        "end, each with a round seal: the 譲受人 is an INVENTED servicer 「杜若債権回収株式会社」 whose licence "
                        "「法務大臣許可番号第２５４号」 stands in a column of its own in full-width digits (→ unverified); "
                        "民法第四百六十七条 (kanji, not an amount); a numbered 記 with the 譲渡債権の額 as indented plain lines "
                        "(元金 / 利息 / 遅延損害金 / the rate on its own line / 合計) in positional kanji; 令和三年 contract; "
                        "譲受管理番号 ＫＴ－２６０４－０５８ as item 五; the 譲渡人's 045 phone as a distractor; informs only")


# ---------------------------------------------------------------------------------------------
# bn16 insurer's 求償 催告書 (住宅ローン保証保険), 縦書き.


def bn16():
    R = 14.6
    issued, due = D(2026, 5, 18), D(2026, 6, 5)
    paid, acc, lastp = D(2026, 3, 6), D(2026, 1, 15), D(2025, 10, 31)
    S = 2_487_315
    L = late(S, R, paid + timedelta(1), issued)
    T = S + L
    cols = [
        ("title", "求償金ご請求書"),
        ("body", "貴殿が株式会社金木犀銀行から借り入れられた住宅ローンにつきましては、当社が同行との間で住宅ローン保証保険契約を"
                 "締結しております。"),
        ("body", f"貴殿は、{kdate(lastp)}の返済を最後に返済を怠り、{kdate(acc)}、同行に対する期限の利益を喪失されました。"
                 f"このため当社は、右保険契約に基づき、{kdate(paid)}、同行に保険金を支払い、貴殿に対する求償権を取得いたしま"
                 "した。"),
        ("body", f"つきましては、左記の求償金を{kdate(due)}限り、左記口座にお振り込みください。お支払いが困難な場合は、右期限"
                 "までに当社担当者にご相談ください。"),
        ("indent", "記"),
        ("indent", f"一　求償元金（保険金支払額）　{kyen(S)}"),
        ("indent", f"二　遅延損害金　{kyen(L)}"),
        ("plain", "　　（保険金支払日の翌日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　ご請求額合計　{kyen(T)}"),
        ("indent", "振込先　金木犀銀行　堂島支店　普通預金"),
        ("plain", "　　　　口座番号　三一七〇〇五一"),
        ("plain", "　　　　口座名義　サツキソンガイホケン（カ"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "大阪府大阪市北区辛夷町九丁目九番九号"),
        ("low", "電話　〇六（〇〇〇〇）三一七〇"),
        ("low", "求償番号　ＳＡ－２６－００５１"),
        ("low", "皐月損害保険株式会社　求償管理部"),
        ("blank", ""),
        ("low", "兵庫県西宮市蛍袋町九丁目九番九号"),
        ("low", "晴山　千尋　殿"),
    ]
    size = 11.0
    pages = vpage(cols, size, 6.6)
    seal_at(pages, "皐月損害保険株式会社　求償", 12, "square", "皐月損害保険株式会社之印", 57161, 8 + 18, size, angle=2)
    tr = truth(document_type="collection_notice", sender="皐月損害保険株式会社", phone="06-0000-3170",
               creditor="皐月損害保険株式会社", status="not_applicable", original="株式会社金木犀銀行", debtor="晴山千尋",
               total=T, principal=S, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due,
               acceleration=acc, last_payment=lastp, reference="SA-26-0051", input_kind="vertical_pdf",
               template="proxy57_vertical_insurer_recourse_demand", received=D(2026, 5, 20))
    return dict(stem="bn16", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (insurer's 求償 after a 住宅ローン保証保険 claim, 縦書き)",
                unusual="縦書き 求償金ご請求書 of a non-life INSURER (not a guarantee company) that paid the bank under a "
                        "住宅ローン保証保険 and now claims its 求償権; digital, no 内容証明 stamp; the last payment, the 喪失 and "
                        "the 保険金支払日 in kanji in the prose; 求償元金（保険金支払額） / 遅延損害金 with its window on a "
                        "line of its own / ご請求額合計 in positional kanji (no interest); 「令和八年六月五日限り」; the account "
                        "in kanji digits and the payee in kana (distractors); 求償番号 ＳＡ－２６－００５１ in full-width; "
                        "phone in kanji digits")


LETTERS = [bn09, bn10, bn11, bn12, bn13, bn14, bn15, bn16]
