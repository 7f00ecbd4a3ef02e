"""Proxy set 47, letters bd09–bd16: a 司法書士 with his 認定番号 for a hospital (bd09), a lawyer's 和解 proposal faxed to
a company for a business-loan guarantor (bd10), the DEBTOR's lawyer's 辞任通知 faxed to the creditor (bd11), a 縦書き
期限の利益喪失通知 for a private landlord (bd12), a lawyer whose 預り金口座 is the only payee (bd13), a 司法書士法人's
最終催告書 for a consumer lender (bd14), a 仮執行宣言付支払督促 whose creditor is a real servicer (bd15) and a lawyer's
受任通知兼請求書 for a real servicer (bd16)."""

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

from samples.letters.fmt import fullwidth, kanji_number
from samples.letters.layout import Seal, VText, vertical_page

fw = fullwidth
TEAL = (0.05, 0.38, 0.40)
PLUM = (0.38, 0.12, 0.32)
GREEN = (0.16, 0.36, 0.18)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def slash(d: D) -> str:
    return f"{d.year}/{d.month:02d}/{d.day:02d}"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def nxt(d: D) -> D:
    return d + timedelta(1)


# ---------------------------------------------------------------------------------------------
# bd09 司法書士 (登録番号 and 認定番号 printed) for a hospital: unpaid 診療費 per period, legal rate 3%.


def bd09():
    issued, due, last = D(2026, 3, 2), D(2026, 3, 16), D(2025, 2, 14)
    rows = [("令和6年11月5日～11月22日", "入院", 186_420, 50_000), ("令和6年12月（3回）", "外来", 12_380, 0),
            ("令和7年1月6日～1月31日", "入院", 241_900, 0)]
    billed = sum(r[2] for r in rows)
    paid = sum(r[3] for r in rows)
    P = billed - paid
    R = 3.0
    L = late(P, R, D(2025, 3, 1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 18, f"{era(issued)}", size=10)
    p.at(20, 23, "ご照会番号　MZ-26-0117", size=9.5)
    p.y = 30
    p.line("静岡県藤枝市すずらん野二丁目9番9号", size=10)
    p.line("恩田　実　様", size=13)
    x, y = 118, 12
    p.add(Box(x, y, 74, 34, 0.3, GREEN))
    for i, (s, sz, f) in enumerate((("通知人", 7.5, "sans"), ("医療法人社団山茶花会 忍冬記念病院", 9, "sans"),
                                    ("上記代理人", 7.5, "sans"), ("増子司法書士事務所", 11, "sans-bold"),
                                    ("司法書士　増子　左千夫", 9.5, "sans"),
                                    ("静岡県司法書士会 登録番号 第1187号", 7.3, "sans"),
                                    ("簡裁訴訟代理等関係業務 認定番号 第901234号", 7.3, "sans"),
                                    ("静岡市葵区しずはた坂九丁目9番9号 TEL 054-000-3719", 7.3, "sans"))):
        p.at(x + 3, y + 4.5 + i * 4.0, s, size=sz, font=f)
    p.seal(x + 66, y + 19, 10, "square", "司法書士増子之印", angle=-3, seed=47091)
    p.y = 54
    p.line("未収診療費のお支払いについて（ご通知）", size=14.5, font="sans-bold", align="c", color=GREEN)
    p.gap(3)
    p.para("拝啓　当職は、医療法人社団山茶花会（忍冬記念病院。以下「病院」といいます。）から、貴殿の未収診療費の回収について"
           "依頼を受けた司法書士です。")
    p.para(f"病院の記録によりますと、貴殿の診療費のうち下記の金額が未払いとなっております。病院からは再三ご案内を差し上げて"
           f"おりますが、{era(last)}に50,000円をお支払いいただいて以降、ご入金が確認できておりません。")
    p.gap(1)
    trows = [["診療期間", "区分", "ご請求額", "ご入金額", "未収金"]]
    trows += [[a, b, f"{c:,}", f"{d:,}" if d else "－", f"{c - d:,}"] for a, b, c, d in rows]
    trows += [["小計（未収診療費）", "", f"{billed:,}", f"{paid:,}", f"{P:,}"]]
    p.table(trows, [56, 16, 30, 30, 30], x=24, header=True, aligns="lcrrr", size=9.0, row_h=6.6)
    p.gap(2)
    b = p.line(f"遅延損害金（令和7年3月1日から本書作成日まで　法定利率年{R:g}％）", x=26, size=9.6)
    p.at(184, b, f"{L:,}円", size=10, align="r")
    p.add(Line(24, p.y - 0.5, 186, p.y - 0.5, 0.6))
    b = p.line("ご請求金額", x=26, size=11, font="sans-bold")
    p.at(184, b, f"{T:,}円", size=12, font="sans-bold", align="r")
    p.gap(3)
    p.para(f"つきましては、{era(due)}（{wd(due)}）までに、上記ご請求金額を下記口座へお振り込みくださいますようお願い申し上げます。"
           "ご事情によりお支払いが難しい場合には、同日までに当事務所へご相談ください。ご連絡がない場合、病院と協議のうえ、"
           "少額訴訟等の法的手続を検討いたします。")
    p.kv([("お振込先", "するが野銀行　藤枝支店　普通預金　5520917"), ("口座名義", "司法書士増子左千夫預り金")], x=30, label_w=22,
         size=9.5)
    p.gap(1)
    p.para("※金額は円単位。※上記の登録番号・認定番号は、当職が司法書士として簡易裁判所の訴訟代理等を行うことができる旨を示すもの"
           "です。※患者ID 0048-1172（病院の診察券番号）", size=8.3, indent="")
    p.line("敬具", align="r")
    tr = truth(document_type="collection_notice", sender="増子司法書士事務所", phone="054-000-3719",
               creditor="医療法人社団山茶花会", status="not_applicable", debtor="恩田実", total=T, principal=P,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=due, last_payment=last,
               reference="MZ-26-0117", input_kind="scan_png", template="proxy47_shihoshoshi_hospital_unpaid_fees_periods",
               received=D(2026, 3, 4))
    return dict(stem="bd09", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="collection_notice (司法書士 for a hospital, 未収診療費)",
                unusual="scanned; a green-framed sender box TOP-RIGHT: 「通知人」 the hospital (「医療法人社団山茶花会 忍冬記念病院」) "
                        "over 「上記代理人」 増子司法書士事務所, with the 司法書士会 登録番号 第1187号 and the 簡裁訴訟代理等関係業務 "
                        "認定番号 第901234号 (not licences), its TEL in the same 7 pt line as the address; ご照会番号 top-left; a "
                        "5-column period table (診療期間 / 区分 / ご請求額 / ご入金額 / 未収金, a 「－」 cell) whose 小計 is the "
                        "principal; ONE damages row at the legal 年3％ under it and ご請求金額 under a rule; the last payment "
                        "50,000円 only in the prose; 患者ID as a distractor; 少額訴訟 warning; no 一括 wording")


# ---------------------------------------------------------------------------------------------
# bd10 lawyer's 和解 proposal faxed to a COMPANY for a business-loan guarantor, with a 送信票; 2 pages.


def bd10():
    issued, reply, asof = D(2026, 3, 24), D(2026, 4, 10), D(2026, 3, 20)
    acc, sub = D(2025, 9, 5), D(2025, 10, 17)
    P, R = 2_960_452, 14.6
    L = late(P, R, nxt(sub), asof)
    T = P + L
    lump_offer, n, inst = 1_800_000, 60, 49_340
    assert n * inst <= P < (n + 1) * inst  # 案２: 60 instalments, the 端数 (52円) in the last one
    p = Page(font="sans", size=9.8, top=10)
    p.add(Box(15, 10, 180, 36, 0.5))
    p.add(Box(15, 10, 180, 7, color=None, fill=SHADE))
    p.at(105, 15.2, "Ｆ Ａ Ｘ 送 信 票", size=11, font="sans-bold", align="c")
    for i, (lab, val) in enumerate((("宛　先", "株式会社ながれ橋工務店　代表取締役　舟生　誠　様（FAX 0263-00-4471）"),
                                    ("送信元", "秋月法律事務所　弁護士　秋月　徹"),
                                    ("送信日", f"{era(issued)}（{wd(issued)}）"),
                                    ("枚　数", "本票を含め2枚"))):
        p.add(Line(15, 17 + (i + 1) * 7.2, 195, 17 + (i + 1) * 7.2, 0.2))
        p.at(18, 22.3 + i * 7.2, lab, size=9.3, font="sans-bold")
        p.at(40, 22.3 + i * 7.2, val, size=9.3)
    p.y = 50
    p.at(195, 53, "当職整理番号　AZ-2603-11", size=9, align="r")
    p.line("和解のご提案", size=14.5, font="sans-bold", align="c")
    p.gap(2)
    p.para("前略　当職は、しなの木保証株式会社（以下「保証会社」といいます。）の代理人として、貴社に対し、次のとおりご提案申し上げ"
           "ます。")
    p.para(f"保証会社は、貴社の株式会社羽黒銀行からの運転資金借入について信用保証をしておりましたところ、貴社が{era(acc)}に同行"
           f"に対する期限の利益を喪失されたため、{era(sub)}、同行に代位弁済いたしました。現在の求償債務は次のとおりです。")
    p.table([["求償元金（代位弁済額）", f"{P:,}円"],
             [f"損害金（{era(nxt(sub))}から{era(asof)}まで　年{R}％）", f"{L:,}円"],
             [f"合計（{era(asof)}現在）", f"{T:,}円"]], [124, 42], x=22, aligns="lr", size=9.4, row_h=6.8)
    p.gap(2)
    p.para("保証会社としては、貴社の事業継続のご事情も伺ったうえで、次のいずれかの方法による和解に応じる用意があります。",
           size=9.6)
    for s in (f"案１　令和8年5月29日までに{lump_offer:,}円を一括でお支払いいただければ、残額を免除します。",
              f"案２　令和8年5月から{n}回、毎月末日限り{inst:,}円ずつお支払いいただき（損害金は免除）、最終回に端数を調整します。"):
        p.para(s, x0=24, indent="", size=9.4)
    p.para("いずれの案も、連帯保証人舟生誠様の保証債務を含む一括の解決を前提とします。", x0=24, indent="", size=9.0)
    p.gap(1)
    y = p.y
    p.add(Box(20, y, 170, 11, 1.0))
    p.at(24, y + 7.4, "ご回答期限", size=10, font="sans-bold")
    p.at(52, y + 7.6, f"令和8年4月10日（{wd(reply)}）まで（FAXまたはお電話で）", size=11, font="sans-bold")
    p.y = y + 14
    p.para("ご回答がない場合は、求償金請求訴訟を提起する方針です。本提案は和解交渉のためのものであり、訴訟において保証会社の"
           "請求額を減額する趣旨ではありません。", size=9.0)
    p.gap(2)
    for s in ("秋月法律事務所　弁護士　秋月　徹（長野県弁護士会）", "〒380-0000 長野市とうりん坂九丁目9番9号",
              "TEL 026-000-5518　FAX 026-000-5519"):
        p.line(s, x=100, size=8.8)
    q = Page(font="sans", size=10.5, top=18)
    q.title("回　答　書", size=15)
    q.line("秋月法律事務所　弁護士　秋月　徹　宛（FAX 026-000-5519）", size=10)
    q.gap(4)
    q.para("しなの木保証株式会社からの和解のご提案について、次のとおり回答します。（該当するものに○）")
    q.gap(3)
    for s in ("（　）案１（一括）を希望します", "（　）案２（分割）を希望します", "（　）その他（　　　　　　　　　　　　　　　　　　）"):
        q.line(s, x=30)
        q.gap(3)
    q.gap(6)
    for s in ("令和　　年　　月　　日", "貴社名", "代表者名　　　　　　　　　　　　　　印", "電話番号"):
        q.line(s, x=30)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(5)
    tr = truth(document_type="settlement_proposal", sender="秋月法律事務所", phone="026-000-5518",
               creditor="しなの木保証株式会社", status="not_applicable", original="株式会社羽黒銀行",
               debtor="株式会社ながれ橋工務店", total=T, principal=P, late_damages=L, rate=R, lump=False, issued=issued,
               payment_due=reply, acceleration=acc, reference="AZ-2603-11", input_kind="fax_tiff",
               template="proxy47_lawyer_settlement_fax_company_business_loan_guarantor", received=issued)
    return dict(stem="bd10", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{slash(issued)} 16:05 AKIZUKI LAW 026-000-5519",
                about="settlement_proposal (lawyer for a business-loan guarantor, fax to a company, 2 pages)",
                unusual="2-page G4 fax whose top third is a ruled ＦＡＸ送信票 (宛先 with the addressee company's OWN FAX "
                        "0263-00-4471, 送信元, 送信日 with weekday, 枚数); the debtor is a COMPANY (株式会社…工務店, its 代表取締役 "
                        "also 連帯保証人); the bank's 喪失 and the 代位弁済 date in one sentence; a rules-only 3-row table "
                        "求償元金（代位弁済額） / 損害金 with window / 合計（…現在）; 案１ 一括 1,800,000 by 5/29 and 案２ 60 × 49,340 "
                        "as distractors; a heavy-framed ご回答期限; the office block at the bottom right only; p.2 a 回答書 "
                        "with （　） choices and blank 令和　年")


# ---------------------------------------------------------------------------------------------
# bd11 the DEBTOR's lawyer writes to the creditor: 辞任通知 (resignation) by fax; nothing is claimed.


def bd11():
    issued, resign, notice = D(2026, 4, 1), D(2026, 3, 31), D(2025, 10, 3)
    p = Page(font="serif", size=10.3, top=14)
    p.at(190, 17, f"{era(issued)}", size=10, align="r")
    p.at(190, 22, "当事務所整理番号　KR-2510-33", size=9, align="r")
    p.y = 20
    p.line("オリオンファイナンス株式会社", size=11.5)
    p.line("債権管理部　ご担当者様", size=10.5)
    p.line("（FAX 03-0000-6512）", size=9)
    p.gap(2)
    for s in ("〒330-0000 さいたま市浦和区ほしがき町九丁目9番9号", "香月法律事務所", "債務者代理人　弁護士　香　月　理　沙",
              "（埼玉弁護士会）", "TEL 048-000-2964　FAX 048-000-2965"):
        p.line(s, x=118, size=11 if s == "香月法律事務所" else 9.3,
               font="serif-bold" if s == "香月法律事務所" else None)
    p.seal(184, p.y - 14, 10, "square", "弁護士香月理沙", angle=-2, seed=47111)
    p.gap(6)
    p.title("辞　任　通　知", size=16, font="serif-bold")
    p.para(f"冠省　下記債務者の件につき、当職は、{era(notice)}付け受任通知により、同人の代理人として債務整理（任意整理）を受任"
           "した旨をご通知しておりました。")
    p.para(f"このたび、当職は、{era(resign)}をもって、同人の代理人を辞任いたしましたので、ご通知申し上げます。")
    p.para("今後、本件に関するご連絡、ご請求等は、当職ではなく、債務者本人宛てに直接なさってください。当職は、本件について今後"
           "一切の代理権を有しておりません。なお、辞任の理由についてはお答えいたしかねますので、ご了承ください。")
    p.line("草々", align="r")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    rows = [["債務者氏名", "戸来　隼人（ヘライ　ハヤト）"], ["生年月日", "平成2年7月19日"],
            ["住所", "〒336-0000 さいたま市南区ゆきのした町九丁目9番9号"], ["貴社会員番号", "****-****-5521"],
            ["受任通知発送日", era(notice)], ["辞任日", era(resign)]]
    p.table(rows, [40, 126], x=22, aligns="ll", size=9.6, row_h=7.2, shade_col0=True)
    p.gap(3)
    p.line("以上", align="r")
    p.gap(2)
    p.para("※本書は債務者ご本人にも写しを送付しています。", size=8.8, indent="")
    tr = truth(document_type="other", sender="香月法律事務所", phone="048-000-2964",
               creditor="オリオンファイナンス株式会社", status="not_applicable", debtor="戸来隼人", lump=False,
               issued=issued, reference="KR-2510-33", input_kind="fax_tiff",
               template="proxy47_debtor_lawyer_resignation_notice_to_creditor_fax", received=issued)
    return dict(stem="bd11", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{slash(issued)} 10:12 KAZUKI LAW OFFICE 048-000-2965",
                about="other (the DEBTOR's lawyer's 辞任通知 to the creditor, by fax; nothing claimed)",
                unusual="one-page G4 fax running the OTHER way: the debtor's former lawyer (「債務者代理人　弁護士」) tells the "
                        "creditor 「オリオンファイナンス株式会社 債権管理部 ご担当者様」 (its own FAX under its name) that she has "
                        "RESIGNED (辞任日 3/31) and that the creditor may now contact the debtor directly; the earlier 受任通知 "
                        "date 令和7年10月3日 twice; a shaded-label 記 table (債務者 with kana, 生年月日 平成2年, 住所, masked "
                        "貴社会員番号, 受任通知発送日, 辞任日); NO amount anywhere; serif 冠省…草々")


# ---------------------------------------------------------------------------------------------
# bd12 縦書き 期限の利益喪失通知書 of a lawyer for a PRIVATE landlord: an instalment agreement for rent arrears broken.


def bd12():
    issued, due = D(2026, 1, 26), D(2026, 2, 13)
    acc, last = D(2025, 12, 31), D(2025, 10, 31)
    agreed, inst, paid_n = 480_000, 20_000, 5
    P = agreed - inst * paid_n
    R = 14.6
    L = late(P, R, nxt(acc), issued)
    T = P + L
    assert P == 380_000
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "冠省　当職は、通知人刈田トヨ（以下「通知人」といいます。）の代理人として、貴殿に対し、次のとおり通知いたします。"),
        ("body", "一　貴殿は、令和七年六月十日、通知人との間で、金沢市こもれび野町所在の貸室の滞納賃料金四十八万円を、同年六月から"
                 "毎月末日限り金二万円ずつ分割して支払う旨の分割弁済合意書を取り交わしました。"),
        ("body", "二　ところが、貴殿は、令和七年十月三十一日に同月分をお支払いになったのを最後に、同年十一月分及び十二月分の分割金"
                 "の支払を怠っておられます。"),
        ("body", "三　右合意書第三条は、分割金の支払を二回分怠ったときは当然に期限の利益を失う旨定めていますので、貴殿は、令和七年"
                 "十二月三十一日の経過をもって期限の利益を喪失しました。"),
        ("body", "四　よって、通知人は、貴殿に対し、左記金員を令和八年二月十三日限り、左記口座に一括してお支払いいただくよう"
                 "請求します。"),
        ("indent", "記"),
        ("indent", f"一　分割金残額　{kyen(P)}"),
        ("indent", f"二　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和八年一月一日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　　　　{kyen(T)}"),
        ("indent", "振込先　のと路銀行　片町支店　普通預金"),
        ("plain", "　　　　口座番号　三三五五〇一八"),
        ("plain", "　　　　名義　弁護士翠川律預り金口"),
        ("body", "五　右期限までにお支払いがないときは、通知人は、賃貸借契約を解除し、建物明渡し及び未払金の支払を求める訴訟を"
                 "提起します。"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "金沢市広坂九丁目九番九号"),
        ("low", "翠川法律事務所"),
        ("low", "通知人代理人　弁護士　翠川　律"),
        ("low", "電話　〇七六（〇〇〇）三三五五"),
        ("low", "（当職整理番号　ＭＲ－２６０１４）"),
        ("blank", ""),
        ("low", "金沢市こもれび野町九丁目九番九号　第二刈田荘三号室"),
        ("low", "水主　直樹　殿"),
    ]
    size = 10.3
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.0, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    for amount in (kyen(P), kyen(L), kyen(T)):
        assert any(amount in it.s for it in pg.items if isinstance(it, VText)), amount
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　翠川" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 19) * size * 0.3528 * 1.05, 8, "square", "弁護士翠川律", angle=-2,
                         seed=47121))
    tr = truth(document_type="acceleration_notice", sender="翠川法律事務所", phone="076-000-3355", creditor="刈田トヨ",
               status="not_applicable", debtor="水主直樹", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, acceleration=acc, last_payment=last, reference="MR-26014",
               input_kind="vertical_scan", template="proxy47_vertical_lawyer_private_landlord_instalment_agreement_broken",
               received=D(2026, 1, 28))
    return dict(stem="bd12", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (lawyer for a private landlord, 縦書き, broken instalment agreement)",
                unusual="縦書き 期限の利益喪失通知書 scanned, WITHOUT a 内容証明 stamp: the creditor is a PRIVATE landlord "
                        "(通知人刈田トヨ); the debt is a 分割弁済合意書 for 滞納賃料 金四十八万円 at 金二万円 a month (distractors), "
                        "five paid, the last on 令和七年十月三十一日; 当然喪失 under 合意書第三条 「十二月三十一日の経過をもって」; "
                        "分割金残額 金三十八万円 (a round kanji amount); 年十四・六パーセント; 「一括して」; 明渡し訴訟 warning; "
                        "預り金口 number and phone in kanji digits; the tenant still lives in the landlord's 荘 (address with 号室)")


# ---------------------------------------------------------------------------------------------
# bd13 lawyer for a card-loan guarantor; the payee is ONLY the lawyer's 預り金口座 (big box); phone photo.


def bd13():
    issued, due = D(2026, 4, 1), D(2026, 4, 15)
    acc, sub = D(2025, 10, 2), D(2025, 11, 20)
    P, R = 826_714, 14.6
    L = late(P, R, nxt(sub), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 18, "杉目法律事務所", size=14, font="sans-bold", color=TEAL)
    p.at(20, 23.5, "弁護士　杉目　直哉（広島弁護士会）", size=9)
    p.at(20, 28, "〒730-0000 広島市中区かんらん通り九丁目9番9号　電話 082-000-5146", size=8.3)
    p.at(190, 18, wdate(issued), size=10, align="r")
    p.at(190, 23.5, "当職整理番号 SG-0401-27", size=9, align="r")
    p.add(Line(20, 31, 190, 31, 0.6, TEAL))
    p.y = 35
    p.line("広島県呉市しろかね谷四丁目9番9号", size=10)
    p.line("上江洲　玲奈　殿", size=13.5)
    p.gap(4)
    p.line("求償金ご請求書", size=16, font="sans-bold", align="c")
    p.gap(2)
    p.para("当職は、たかさご信用保証株式会社（以下「通知人」といいます。）から委任を受けた代理人として、貴殿に対し、次のとおり"
           "請求します。")
    p.para(f"通知人は、貴殿の株式会社羽黒銀行に対するカードローン債務を保証していましたが、貴殿が{wdate(acc)}に同行に対する期限の"
           f"利益を喪失したため、{wdate(sub)}、同行に代位弁済しました。これにより、通知人は貴殿に対し下記の求償債権を有しています。")
    p.gap(1)
    for lab, val, bold in (("求償元金（代位弁済金）", P, False),
                           (f"遅延損害金（{wdate(nxt(sub))}から{wdate(issued)}まで　年{R}％）", L, False),
                           ("ご請求金額（一括）", T, True)):
        b = p.line(lab, x=28, size=11 if bold else 10, font="sans-bold" if bold else None)
        p.at(182, b, f"{val:,}円", size=12 if bold else 10.5, font="sans-bold" if bold else "sans", align="r")
        p.add(Line(26, p.y - 1.2, 184, p.y - 1.2, 0.8 if bold else 0.2, (0, 0, 0) if bold else GRAY))
    p.gap(3)
    p.para(f"上記ご請求金額を、{wdate(due)}（{wd(due)}）までに一括して、次の口座にお振り込みください。", size=10.5)
    y = p.y + 1
    p.add(Box(20, y, 170, 38, 1.4, TEAL))
    p.add(Box(20, y, 170, 8, color=None, fill=TEAL))
    p.at(105, y + 5.8, "お振込先（当職の預り金口座です）", size=11, font="sans-bold", color=WHITE, align="c")
    for i, (lab, val) in enumerate((("金融機関", "せとうち野銀行　みかわ野支店"), ("預金種目", "普通預金"), ("口座番号", "6041827"),
                                    ("口座名義", "弁護士杉目直哉預り金口（ベンゴシスギメナオヤアズカリキンクチ）"))):
        p.at(26, y + 14.5 + i * 6.2, lab, size=9.5, font="sans-bold")
        p.at(50, y + 14.5 + i * 6.2, val, size=10.5 if i < 3 else 9.3)
    p.y = y + 42
    p.para("※通知人（たかさご信用保証株式会社）及び株式会社羽黒銀行の口座へは振り込まないでください。ご入金の確認ができず、"
           "重ねてご請求することになります。", size=9.2, indent="")
    p.para("※期限までにお支払い又はご連絡がない場合、通知人と協議のうえ、求償金請求訴訟の提起、給与等の差押えを含む法的手続に"
           "移行します。分割のご相談は期限までに当職までお電話ください。", size=9.2, indent="")
    p.para("※ご参考　カードローン契約番号 HG-3381-0924（ご利用限度額 1,000,000円）", size=8.6, indent="")
    p.seal(182, 40, 11, "square", "弁護士杉目直哉", angle=3, seed=47131)
    tr = truth(document_type="collection_notice", sender="杉目法律事務所", phone="082-000-5146",
               creditor="たかさご信用保証株式会社", status="not_applicable", original="株式会社羽黒銀行",
               debtor="上江洲玲奈", total=T, principal=P, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, reference="SG-0401-27", input_kind="photo_jpeg",
               template="proxy47_lawyer_guarantor_escrow_account_payee_photo", received=D(2026, 4, 3))
    return dict(stem="bd13", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.05, tilt=2.2, creases=2, fill=0.85, blur=0.9, warm=0.2),
                about="collection_notice (lawyer for a card-loan guarantor, the 預り金口座 as payee, phone photo)",
                unusual="phone photo on wood with tri-fold creases: teal letterhead top-left, western 年月日 dates; the bank's "
                        "喪失 and the 代位弁済 date in one sentence; leader-less rows with rules (求償元金（代位弁済金） / "
                        "遅延損害金 with window / ご請求金額（一括）); a BIG teal-framed box 「お振込先（当職の預り金口座です）」 with "
                        "the account in four rows and the kana name, and 「通知人…及び株式会社羽黒銀行の口座へは振り込まないで"
                        "ください」; カードローン契約番号 and ご利用限度額 1,000,000円 as distractors; no last payment printed")


# ---------------------------------------------------------------------------------------------
# bd14 司法書士法人 (two 司法書士 with 認定番号) 最終催告書 for a consumer lender; photo on a desk with glare.


def bd14():
    issued, due = D(2026, 4, 30), D(2026, 5, 15)
    acc, last = D(2025, 12, 5), D(2025, 9, 26)
    P, I, R = 463_920, 11_455, 20.0
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=12)
    stamp(p, 20, 11, "最終催告", color=RED, size=12, fill=RED)
    p.at(190, 15, f"{era(issued)}", size=10, align="r")
    p.at(190, 20, "当法人受付番号　HY-0430-2", size=9, align="r")
    p.y = 26
    p.line("鹿児島県霧島市はやと野町九丁目9番9号", size=10)
    p.line("今給黎　翔　様", size=13.5)
    p.gap(5)
    p.line("最　終　催　告　書", size=17, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("当法人は、しおんクレジット株式会社（以下「通知人」）の代理人として、貴殿に対し、通知人の貸付金について再三お支払いを"
           "求めてまいりましたが、現在までご入金もご連絡もありません。そこで、本書をもって最終のご請求をいたします。")
    p.gap(2)
    y = p.y
    p.add(Box(24, y, 162, 48, 0.4))
    items = [("ご契約番号", "SN-0077-4128（平成30年2月ご契約・極度額500,000円）"),
             ("最終ご入金日", era(last)),
             ("期限の利益喪失日", era(acc)),
             ("元金", f"金{P:,}円"),
             ("利息", f"金{I:,}円"),
             (f"遅延損害金（年{R:g}％）", f"金{L:,}円（{era(nxt(acc))}から本書作成日まで）"),
             ("合計", f"金{T:,}円")]
    for i, (lab, val) in enumerate(items):
        bold = lab == "合計"
        p.at(28, y + 6.5 + i * 6.3, lab, size=10 if not bold else 11, font="sans-bold" if bold else "sans")
        p.at(70, y + 6.5 + i * 6.3, "：" + val, size=10 if not bold else 11.5, font="sans-bold" if bold else "sans")
    p.y = y + 52
    p.para(f"上記合計額を、{era(due)}（{wd(due)}）までに、下記の口座へ一括でお支払いください。", size=10.5)
    p.para("振込先：かごしま錦江銀行　天文館支店　普通 2284103　司法書士法人比屋定綜合事務所　預り金口", size=9.5, indent="")
    p.gap(1)
    p.para("期限までにお支払いがない場合には、通知人は、何らの予告なく、簡易裁判所への支払督促の申立て又は訴訟の提起をいたします。"
           "その場合、訴訟費用等も貴殿のご負担となることがあります。", size=9.8)
    p.gap(3)
    y = p.y
    p.add(Box(100, y, 90, 40, 0.3, PLUM))
    for i, (s, sz) in enumerate((("通知人　しおんクレジット株式会社", 8.5), ("上記代理人", 8), ("司法書士法人比屋定綜合事務所", 10.5),
                                 ("代表社員　司法書士　比屋定　健吾", 9), ("　（認定番号 第812056号）", 7.5),
                                 ("社　　員　司法書士　東恩納　美咲", 9), ("　（認定番号 第1201339号）", 7.5),
                                 ("鹿児島市いづろ浜九丁目9番9号　電話 099-000-2681", 7.8))):
        p.at(103, y + 5 + i * 4.7, s, size=sz, font="sans-bold" if "法人比屋定" in s else "sans")
    p.seal(180, y + 14, 11, "square", "司法書士法人比屋定綜合事務所印", angle=-3, seed=47141)
    tr = truth(document_type="collection_notice", sender="司法書士法人比屋定綜合事務所", phone="099-000-2681",
               creditor="しおんクレジット株式会社", status="not_applicable", debtor="今給黎翔", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=last, reference="HY-0430-2", input_kind="photo_jpeg",
               template="proxy47_shihoshoshi_corporation_final_demand_consumer_lender_photo", received=D(2026, 5, 2))
    return dict(stem="bd14", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.07, tilt=3.0, creases=0, fill=0.82, blur=0.95, glare=28.0,
                          shadow=0.35, shadow_side="bottom"),
                about="collection_notice (司法書士法人 for a consumer lender, 最終催告書, phone photo)",
                unusual="phone photo on a pale desk at a steep angle with a lamp glare and a hand shadow at the bottom; a filled "
                        "red 最終催告 stamp and a red spaced title; ONE framed box of colon lines (ご契約番号 with 平成30年 and "
                        "極度額500,000円, 最終ご入金日, 期限の利益喪失日, 元金 / 利息 / 遅延損害金（年20％） with the window after the "
                        "amount / 合計, all 「：金…円」); the payee a 司法書士法人's 預り金口; the sender box at the bottom right "
                        "in plum: 「通知人 … / 上記代理人」, 代表社員 and 社員 司法書士 each with a 認定番号 (not licences)")


# ---------------------------------------------------------------------------------------------
# bd15 高岡簡易裁判所 仮執行宣言付支払督促; creditor the real servicer エム・ユー・フロンティア with a lawyer; HEIC.


def bd15():
    issued, order, served, filed, asked = D(2026, 4, 14), D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 10), D(2026, 4, 6)
    acc, assign = D(2025, 7, 25), D(2025, 12, 26)
    P, I, R, C1, C2 = 528_300, 12_644, 14.6, 3_910, 1_150
    L = late(P, R, nxt(acc), filed)
    C = C1 + C2
    T = P + I + L + C
    case = "令和8年（ロ）第39号"
    p = Page(font="serif", size=9.8, top=12)
    p.at(190, 15, fw(case), size=10, align="r")
    p.y = 17
    p.title("仮執行宣言付支払督促", size=16, font="serif-bold")
    p.kv([("債権者", "〒100-0000 東京都千代田区はなみち橋九丁目9番9号　エム・ユー・フロンティア債権回収株式会社"),
          ("", "代表者代表取締役　伊良原　修"),
          ("債権者代理人", "〒930-0000 富山市ほうせん町九丁目9番9号　弁護士　印南　克己（送達場所・電話 076-000-8120）"),
          ("債務者", "〒933-0000 富山県高岡市つばな野九丁目9番9号　伊計　亜美")], x=18, label_w=28, size=8.8)
    p.gap(1)
    p.para(f"頭書の督促事件について、{era(order)}に発付し、{era(served)}に債務者に送達した支払督促に対し、督促異議の申立てがなく、"
           f"債権者の申立て（{era(asked)}）があったので、次のとおり仮執行の宣言をする。", size=9.6)
    p.line("仮執行の宣言", size=10.5, font="serif-bold")
    p.para("債務者は、債権者に対し、下記請求の趣旨記載の金額を支払え。この支払督促は、仮に執行することができる。", size=9.6)
    p.line("請求の趣旨", size=10.5, font="serif-bold")
    rows = [["", "金額（円）"], ["１　譲受債権元金", f"{P:,}"], ["２　利息", f"{I:,}"],
            [f"３　遅延損害金（{era(nxt(acc))}から{era(filed)}まで）", f"{L:,}"], ["４　督促手続費用", f"{C1:,}"],
            ["５　仮執行宣言手続費用", f"{C2:,}"], ["合　　計", f"{T:,}"]]
    p.table(rows, [130, 40], x=20, header=True, aligns="lr", size=9.4, row_h=7.0, ruled="grid")
    p.para(f"６　上記１の金額に対する{era(nxt(filed))}から完済まで、年{R}％の割合による遅延損害金", x0=22, indent="", size=9.2)
    p.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　株式会社朴の木カード（以下「原債権者」）は、平成29年9月14日、債務者との間でカード利用契約を締結し、債務者は"
              "同契約に基づき商品購入代金の立替払及び金銭の貸付けを受けた。",
              f"２　債務者は分割金の支払を怠り、{era(acc)}、期限の利益を喪失した。",
              f"３　原債権者は、{era(assign)}、債権者に上記債権を譲渡し、その旨を債務者に通知した。"):
        p.para(s, x0=20, indent="", size=9.0)
    p.gap(2)
    p.line(f"{era(issued)}", x=24, size=10)
    p.line("高岡簡易裁判所　裁判所書記官　上江田　美紀", x=24, size=10)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 21, 0.4, None, (0.94, 0.94, 0.94)))
    for i, s in enumerate(("この支払督促に不服があるときは、送達を受けた日から２週間以内にこの裁判所に督促異議を申し立てることが",
                           "できますが、異議を申し立てても、この支払督促に基づく強制執行は当然には止まりません。",
                           "問合せ先　高岡簡易裁判所　民事係　電話 0766-00-1462")):
        p.at(21, y + 6 + i * 5.5, s, size=8.6)
    tr = truth(document_type="payment_order_enforceable", sender="高岡簡易裁判所", phone="0766-00-1462",
               creditor="エム・ユー・フロンティア債権回収株式会社", status="licensed", original="株式会社朴の木カード",
               debtor="伊計亜美", total=T, principal=P, interest=I, late_damages=L, costs=C, rate=R, lump=True,
               issued=issued, acceleration=acc, assignment=assign, reference="令和8年(ロ)第39号",
               input_kind="photo_heic", template="proxy47_enforceable_takaoka_real_servicer_lawyer_agent_heic",
               received=D(2026, 4, 17))
    return dict(stem="bd15", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.04, tilt=1.0, creases=2, fill=0.86, blur=0.8, glare=22.0, warm=0.1),
                about="payment_order_enforceable (簡裁, real servicer creditor with a lawyer as 代理人, HEIC)",
                unusual="iPhone HEIC on a dark cloth with creases and a lamp glare: a court not used before (高岡簡裁); the "
                        "full-width case number alone top-right; parties as kv lines with the creditor ★ エム・ユー・フロンティア"
                        "債権回収株式会社 (no licence number: court paper) and its 債権者代理人 弁護士 with his 送達場所 phone "
                        "(distractor); the order date 3/16, its 送達 3/19 and the 申立 4/6 in ONE sentence; 請求の趣旨 as a grid "
                        "with a 「金額（円）」 header and TWO cost rows (督促手続費用 / 仮執行宣言手続費用 → costs = sum) above 合計; "
                        "running item ６; 平成29年 contract; no last payment printed; grey note box with the court phone")


# ---------------------------------------------------------------------------------------------
# bd16 受任通知兼請求書 of a lawyer for the real servicer アイ・アール債権回収; photo stored sideways (EXIF 6).


def bd16():
    issued, due = D(2026, 5, 8), D(2026, 5, 22)
    acc, last, assign = D(2025, 8, 8), D(2025, 5, 27), D(2025, 12, 19)
    P, I, R = 947_206, 23_781, 18.0
    L = late(P, R, nxt(acc), issued)
    T = P + I + L
    p = Page(font="sans", size=10, top=14)
    p.at(20, 17, f"令和{issued.year - 2018}年{issued.month}月{issued.day}日", size=10)
    p.y = 22
    p.line("北海道江別市ゆずか野東九丁目9番9号", size=10)
    p.line("安慶名　拓海　様", size=13.5)
    y = 14
    p.add(Line(120, y, 120, y + 28, 0.8, PLUM))
    for i, (s, sz, f) in enumerate((("五味川法律事務所", 12.5, "sans-bold"), ("弁護士　五味川　透", 10, "sans"),
                                    ("札幌弁護士会所属", 8, "sans"), ("札幌市中央区なかじま通九丁目9番9号", 8, "sans"),
                                    ("電話 011-000-4470（平日10時～17時）", 8, "sans"), ("FAX 011-000-4471", 8, "sans"))):
        p.at(123, y + 4 + i * 4.6, s, size=sz, font=f, color=PLUM if i == 0 else (0, 0, 0))
    p.y = 46
    p.line("受任通知兼請求書", size=16, font="sans-bold", align="c")
    p.gap(2)
    p.para("拝啓　当職は、アイ・アール債権回収株式会社（以下「依頼者」といいます。）から、貴殿に対する下記債権の回収について委任"
           "を受けましたので、ご通知いたします。今後、本件に関するご連絡は、依頼者ではなく当職宛てにお願いいたします。")
    p.para("依頼者は、下記の原債権者から貴殿に対する貸付債権を譲り受けております。貴殿は、既に期限の利益を喪失しておられます"
           "ので、依頼者に代わり、貴殿に対し、次のとおり請求します。")
    p.gap(1)
    p.line("記", align="c")
    rows = [["原債権者", "きぶしファイナンス株式会社"], ["債権譲渡日", wdate(assign)], ["期限の利益喪失日", wdate(acc)],
            ["最終ご返済日", wdate(last)], ["当職整理番号", "GT-0508-91"]]
    p.table(rows, [40, 90], x=30, aligns="ll", size=9.5, row_h=6.8, ruled="rows")
    p.gap(3)
    p.line(f"ご請求金額（{wdate(issued)}現在）", x=30, size=10.5, font="sans-bold", color=PLUM)
    for lab, val in (("元金", P), ("利息", I), (f"遅延損害金（{wdate(nxt(acc))}から本日まで　年{R:g}％）", L)):
        b = p.line(lab, x=34, size=10)
        p.at(172, b, f"{val:,}円", size=10.5, align="r")
    p.add(Line(32, p.y - 0.8, 176, p.y - 0.8, 0.5))
    b = p.line("合計", x=34, size=11, font="sans-bold")
    p.at(172, b, f"{T:,}円", size=12.5, font="sans-bold", align="r")
    p.gap(3)
    p.para(f"上記合計額を、{wdate(due)}までに、下記口座へお振り込みください。お支払いが困難な場合は、同日までに当職へご相談"
           "ください。ご連絡がないときは、依頼者と協議のうえ、訴訟等の法的手続を執ることになります。")
    p.para("お振込先　北海こまどり銀行　大通支店　普通預金　8014470　弁護士五味川透預り金口", size=9.5, indent="")
    p.line("敬具", align="r")
    p.gap(1)
    p.para("※本書は、貴殿に対し債務の存在をお知らせし、お支払いを求めるものです。依頼者の商号・所在地は依頼者のホームページ等でも"
           "ご確認いただけます。", size=8.3, indent="")
    p.seal(182, 24, 11, "square", "弁護士五味川透", angle=2, seed=47161)
    tr = truth(document_type="collection_notice", sender="五味川法律事務所", phone="011-000-4470",
               creditor="アイ・アール債権回収株式会社", status="not_applicable", original="きぶしファイナンス株式会社",
               debtor="安慶名拓海", total=T, principal=P, interest=I, late_damages=L, rate=R, lump=True, issued=issued,
               payment_due=due, acceleration=acc, last_payment=last, assignment=assign, reference="GT-0508-91",
               input_kind="photo_exif_rotated", template="proxy47_lawyer_notice_of_retainer_and_demand_real_servicer_rotated",
               received=D(2026, 5, 11))
    return dict(stem="bd16", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, fill=0.84, blur=0.9, shadow=0.3,
                          shadow_side="right", warm=0.1),
                about="collection_notice (lawyer's 受任通知兼請求書 for a real servicer, photo stored sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow on the "
                        "right; the letterhead to the RIGHT of a plum vertical rule, the date top-LEFT above the addressee; "
                        "「委任を受けましたので、ご通知いたします。今後…当職宛てに」 then 「依頼者に代わり、貴殿に対し、次のとおり"
                        "請求します」; the client is the REAL servicer ★ アイ・アール債権回収株式会社 (no licence printed; the "
                        "sender is the office → not_applicable); a rows-ruled 記 table (原債権者, 債権譲渡日, 喪失日, 最終ご返済日, "
                        "当職整理番号); amounts as rows with the window 「…から本日まで」; the due date without weekday")


LETTERS = [bd09, bd10, bd11, bd12, bd13, bd14, bd15, bd16]
