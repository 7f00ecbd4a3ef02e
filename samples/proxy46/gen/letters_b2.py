"""Proxy set 46, letters bc09–bc16: a scholarship foundation's 縦書き 期限の利益喪失通知 (一括返還請求), an auto-loan
company's demand for what is left after the car was taken back and sold (photographed sideways), an invented servicer's
和解 proposal for a 割賦販売 debt by fax, a private lender's 縦書き 貸金返還請求, a 管理組合's 支払督促 (八戸簡裁), the
仮執行宣言付支払督促 of the carrier debt bought by a real servicer (松戸簡裁), a landlord's 少額訴訟 (掛川簡裁) and a scam
about 奨学金 paid in electronic money."""

from __future__ import annotations

from datetime import date as D
from datetime import timedelta

from common import (
    GRAY,
    RED,
    SHADE,
    Box,
    Line,
    Page,
    era,
    kdate,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_b1 import PC_ACC, PC_ASSIGN, PC_DEV, PC_LAST, PC_P, PC_R, PC_USE, PC_USESUM, pc_late

from samples.letters.fmt import fullwidth, kanji_digits, kanji_number
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.40, 0.25)
SLATE = (0.22, 0.27, 0.36)


def wdate(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kyen(n: int) -> str:
    return "金" + kanji_number(n) + "円"


def fyen(n: int) -> str:
    return "金" + fw(f"{n:,}") + "円"


# ---------------------------------------------------------------------------------------------
# bc09 scholarship foundation 縦書き 期限の利益喪失通知書（一括返還請求）, scanned; 無利子, 延滞金 年三パーセント.


def bc09():
    R = 3.0
    issued, due = D(2025, 12, 10), D(2026, 1, 16)
    warn, acc, lastp = D(2025, 11, 14), D(2025, 11, 28), D(2025, 3, 27)
    inst = 15_000
    missed = [D(2025, m, 27) for m in range(4, 12)]
    P = 2_160_000 - 49 * inst
    L = sum(late(inst, R, d + timedelta(1), issued) for d in missed)
    T = P + L
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", "貴殿は、当会から貸与を受けた奨学金（貸与総額金二百十六万円、無利子）の月賦返還を、"
                 f"{kdate(lastp)}の返還を最後に怠っています。"),
        ("body", f"当会は、{kdate(warn)}付催告書をもって延滞している割賦金八回分の支払を催告しましたが、催告期限である"
                 f"{kdate(acc)}までにお支払いがありませんでした。"),
        ("body", "よって貴殿は、当会奨学金返還規程第十四条により、同日の経過をもって期限の利益を喪失しましたので、本書を"
                 "もって通知するとともに、返還未済額の全額を一括して返還するよう請求します。"),
        ("body", f"つきましては、左記金員を{kdate(due)}限り、左記口座にお振込みください。"),
        ("indent", "記"),
        ("indent", f"一　返還未済額　{kyen(P)}"),
        ("indent", f"二　延滞金　　　{kyen(L)}"),
        ("plain", "　　（延滞割賦金に対し、各返還期日の翌日から本書作成日まで年三パーセント）"),
        ("indent", f"三　合計　　　　{kyen(T)}"),
        ("indent", "振込先　ひなた琉球銀行　本店営業部　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("4180447")),
        ("body", "なお、連帯保証人瑞慶覧正則殿及び保証人に対しても、本書と同旨の請求をいたしますので申し添えます。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "沖縄県那覇市いわかがみ通九丁目九番九号"),
        ("low", "公益財団法人　琉星育英会"),
        ("low", "理事長　伊良部　宗徳"),
        ("low", "電話　〇九八（〇〇〇）四四二一"),
        ("low", "奨学生番号　ＲＳ１８－０４４７"),
        ("blank", ""),
        ("low", "沖縄県浦添市しゃくなげ台九丁目九番九号"),
        ("low", "瑞慶覧　拓海　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 46091))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "伊良部" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 21) * size * 0.3528 * 1.05, 12, "square", "琉星育英会理事長之印", angle=3,
                         seed=46092))
    tr = truth(document_type="acceleration_notice", sender="公益財団法人琉星育英会", phone="098-000-4421",
               creditor="公益財団法人琉星育英会", status="not_applicable", debtor="瑞慶覧拓海", total=T, principal=P,
               late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               reference="RS18-0447", input_kind="vertical_scan",
               template="proxy46_vertical_scholarship_acceleration_lump_return", received=D(2025, 12, 12))
    return dict(stem="bc09", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (scholarship foundation, 縦書き 内容証明, 一括返還請求)",
                unusual="縦書き 期限の利益喪失通知書 of a scholarship foundation, scanned, with the 内容証明 stamp: 無利子 "
                        "(no interest at all); the 催告書 date 十一月十四日 and its deadline 十一月二十八日 (= acceleration 「同日"
                        "の経過をもって」); 返還未済額 (not 残元金) and 延滞金 on the missed 割賦金 at 年三パーセント in positional "
                        "kanji; 貸与総額金二百十六万円 and 割賦金八回分 as distractors; the 連帯保証人 named in the closing "
                        "paragraph; an account number in kanji digits; the 奨学生番号 ＲＳ１８－０４４７ in the sender block "
                        "(→ RS18-0447); phone in kanji digits")


# ---------------------------------------------------------------------------------------------
# bc10 auto-loan company after 引揚げ and sale, phone photo stored sideways (EXIF 6): the 充当 table with △.


def bc10():
    R = 3.0
    issued, due = D(2025, 10, 20), D(2025, 11, 10)
    acc, lastp, pulled, sold, applied = D(2025, 7, 10), D(2025, 4, 28), D(2025, 8, 5), D(2025, 9, 12), D(2025, 9, 19)
    B = 1_684_200
    sale, cost = 960_000, 71_500
    A = sale - cost
    P = B - A
    L = late(P, R, applied + timedelta(1), issued)
    T = P + L
    p = Page(font="sans", size=10, top=14)
    p.at(15, 19, "VERDE AUTO FINANCE", size=12, font="sans-bold", color=GREEN)
    p.at(15, 24.5, "株式会社ヴェルデオートファイナンス　債権管理部", size=9, color=GREEN)
    p.at(196, 17, f"{era(issued)}", size=10, align="r")
    p.at(196, 22.5, "管理番号　VA-7720-1093", size=10, align="r")
    p.y = 32
    p.line("〒939-0000　富山県高岡市こでまり町九丁目9番9号", size=10)
    p.line("太刀川　剛　様", size=14)
    p.gap(5)
    p.title("お車の売却代金充当後の残債務のご請求", size=14.5)
    p.para(f"貴殿は、当社とのオートローン（個品割賦購入あっせん）契約の分割支払金を{era(lastp)}のお支払いを最後に遅滞され、"
           f"{era(acc)}をもって期限の利益を喪失されました。当社は所有権留保に基づき{era(pulled)}にお車を引き揚げ、"
           f"{era(sold)}に売却いたしました。", size=10)
    p.para("売却代金から引揚げ・保管・売却に要した費用を控除した額を割賦金残高に充当いたしましたが、なお下記の残債務が"
           "ございます。下記ご請求額を期日までに一括してお支払いください。", size=10)
    p.gap(3)
    grid(p, 15, p.y, [28, 62, 28, 63], [["車名", "ヴィアーノ 1.5X（白）", "登録番号", "富山 330 ほ 17-28"],
                                       ["車台番号", "VA15-3041772", "ご契約日", "令和4年5月20日"]], h=7.2, size=9)
    p.y += 18
    rows = [["割賦金残高（期限の利益喪失時）", f"{B:,}円"], ["車両売却代金", f"{sale:,}円"],
            ["引揚・保管・売却費用", f"△{cost:,}円"], ["充当額（売却代金－費用）", f"△{A:,}円"],
            [f"充当後残債務（{era(applied)}充当）", f"{P:,}円"]]
    p.table(rows, [120, 50], x=20, aligns="lr", size=10, row_h=7.6, shade_col0=True)
    p.gap(2)
    x0, x1 = 26, 190
    b = p.line(f"遅延損害金（充当日の翌日から{era(issued)}まで　年3％）", x=x0, size=10)
    p.at(x1, b, f"{L:,}円", size=10.5, align="r")
    p.add(Line(x0, p.y - 0.6, x1, p.y - 0.6, 0.5, GREEN))
    p.gap(1)
    b = p.line("ご請求額", x=x0, size=12, font="sans-bold")
    p.at(x1, b, f"{T:,}円", size=15, align="r", font="sans-bold", color=GREEN)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 12, 0.9, GREEN))
    p.at(24, y + 8, "お支払期日", size=10.5, font="sans-bold", color=GREEN)
    p.at(60, y + 8.3, f"{era(due)}（{wd(due)}）", size=12.5, font="sans-bold")
    p.y = y + 16
    p.para("お振込先　かぜはや銀行 高岡支店 普通預金 7720109 カ）ヴエルデオートフアイナンス", size=9.3, indent="")
    p.para("※一括でのお支払いが難しい場合は、お支払期日までにご連絡ください。分割でのお支払いについてご相談に応じます。",
           size=9, indent="")
    p.para("※割賦販売法に基づき、期限の利益喪失後の遅延損害金は法定利率（年3％）で計算しています。※売却の明細（査定額 "
           "1,020,000円、落札手数料等）はご請求により開示いたします。", size=9, indent="")
    p.gap(3)
    for s, sz, f in (("株式会社ヴェルデオートファイナンス　債権管理部　北陸グループ", 10, "sans-bold"),
                     ("〒920-0000 石川県金沢市つるうめもどき町九丁目9番9号", 8.5, "sans"),
                     ("フリーダイヤル 0120-000-772（平日9:30～17:30）　担当 甑", 9.5, "sans"),
                     ("登録番号 北陸財務局長(2)第00318号 / 包括信用購入あっせん業者 登録番号 北陸（個）第41号", 7.8, "sans")):
        p.line(s, x=68, size=sz, font=f)
    tr = truth(document_type="collection_notice", sender="株式会社ヴェルデオートファイナンス", phone="0120-000-772",
               creditor="株式会社ヴェルデオートファイナンス", status="not_applicable", debtor="太刀川剛", total=T,
               principal=P, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=acc,
               last_payment=lastp, reference="VA-7720-1093", input_kind="photo_exif_rotated",
               template="proxy46_auto_loan_after_repossession_sale_offset_rotated", received=D(2025, 10, 22))
    return dict(stem="bc10", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=1.8, creases=2, shadow=0.22, shadow_side="right", fill=0.85,
                          warm=0.2),
                about="collection_notice (auto-loan company after 引揚げ and sale, photographed sideways)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood with creases and a hand shadow: an "
                        "auto-loan company with a Latin logo; the story in prose (last payment, 喪失, 引揚げ, 売却); a "
                        "car grid (車名, 登録番号 富山 330 ほ 17-28, 車台番号, ご契約日) as distractors; a shaded-label "
                        "充当 table with △ deductions (割賦金残高 → 車両売却代金 → △費用 → △充当額 → 充当後残債務); 遅延損害金 at "
                        "the 法定利率 年3％ on its own line and ご請求額 below; 査定額 1,020,000 and two registration numbers "
                        "as distractors")


def grid(p, x, y, widths, rows, h=7.0, size=8.5):
    """A small label/value grid (labels shaded)."""
    for r, row in enumerate(rows):
        cx = x
        for c, (txt, wdt) in enumerate(zip(row, widths, strict=False)):
            p.add(Box(cx, y + r * h, wdt, h, 0.25, (0, 0, 0), SHADE if c % 2 == 0 else None))
            p.at(cx + 1.5, y + r * h + h / 2 + 1.2, txt, size=size - (0.6 if c % 2 == 0 else 0))
            cx += wdt


# ---------------------------------------------------------------------------------------------
# bc11 invented servicer 蒼穹債権回収 (第264号): 和解 proposal for a 割賦販売 (個品割賦) debt, 2-page fax.


def bc11():
    R = 3.0
    issued, reply = D(2026, 2, 24), D(2026, 3, 6)
    acc, lastp, assign = D(2025, 10, 10), D(2025, 8, 27), D(2025, 12, 26)
    P = 328_400
    L = late(P, R, acc + timedelta(1), issued)
    T = P + L
    first, n, mon = 8_400, 32, 10_000
    assert first + n * mon == P
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "蒼穹債権回収株式会社", size=13, font="sans-bold")
    p.at(15, 22, "法務大臣許可番号第２６４号", size=8.5)
    p.at(196, 15, f"送信日　{fw(wdate(issued))}", size=9.3, align="r")
    p.at(196, 20, "受付番号　SK-0226-4518", size=9.3, align="r")
    p.add(Line(15, 25, 196, 25, 0.5))
    p.y = 28
    p.line("樅山　順子　様", size=12.5)
    p.line("（FAX 0495-00-3381 宛）", size=8.5, color=GRAY)
    p.gap(1)
    p.title("ご返済についての和解のご提案", size=14)
    p.para(f"貴殿が株式会社とよはたクレジットとの間で締結された個品割賦購入あっせん契約（羽毛布団一式、販売店 有限会社"
           f"ねむりの森寝具）に基づく債権は、{fw(wdate(assign))}付で当社が譲り受けております。先日のお電話でのご相談を"
           "踏まえ、下記のとおり分割でのお支払いによる和解をご提案いたします。", size=9.5)
    p.line(f"１　現在のご債務（{fw(wdate(issued))}現在）", size=10, font="sans-bold")
    p.table([["割賦金残高", f"{P:,}円"], [f"遅延損害金（{fw(wdate(acc + timedelta(1)))}から年3％）", f"{L:,}円"],
             ["ご債務総額", f"{T:,}円"]], [100, 45], x=24, aligns="lr", size=9.6, row_h=7, shade_col0=True)
    p.para(f"（期限の利益喪失日　{fw(wdate(acc))}／最終ご入金日　{fw(wdate(lastp))}）", x0=24, x1=194, size=8.8, indent="")
    p.line("２　和解の条件", size=10, font="sans-bold")
    for s in (f"(1) 割賦金残高{P:,}円を、初回{first:,}円（2026年3月27日）、第2回以降毎月27日限り{mon:,}円ずつ、計{n + 1}回で"
              "お支払いいただきます。",
              "(2) 上記のとおりお支払いいただいたときは、遅延損害金の全額を免除いたします。",
              "(3) 分割金の支払を2回分以上怠ったときは、期限の利益を失い、免除前の残額をお支払いいただきます。"):
        p.para(s, x0=24, x1=194, size=9.3, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.2))
    p.at(19, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.3, f"{fw(wdate(reply))}（{wd(reply)}）必着", size=12, font="sans-bold")
    p.at(192, y + 8, "2枚目の回答書をFAXで", size=8.5, align="r")
    p.y = y + 16
    p.para("※ご回答期限までにご回答がない場合、本提案は撤回されたものとし、法的手続を検討いたします。※当社は法務大臣の"
           "許可を受けた債権回収会社です。", size=8.6, indent="")
    p.gap(2)
    for s, sz in (("蒼穹債権回収株式会社　埼玉管理センター", 10), ("〒330-0000 さいたま市浦和区いわかがみ通九丁目9番9号", 8.5),
                  ("TEL 048-000-2640　FAX 048-000-2641　担当 鷲頭", 9.3)):
        p.line(s, x=100, size=sz, font="sans-bold" if sz == 10 else "sans")
    q = Page(font="sans", size=10, top=16)
    q.title("回　答　書", size=15)
    q.line("蒼穹債権回収株式会社　御中（FAX 048-000-2641）", size=10.5)
    q.gap(3)
    q.para(f"{fw(wdate(issued))}付「ご返済についての和解のご提案」について、下記のとおり回答します。（該当に○）")
    q.gap(2)
    for s in ("１．提案の条件で和解します。", "２．条件の変更を希望します（月額　　　　　　円）。", "３．一括で支払います（支払予定日　　　月　　日）。"):
        q.line(s, x=30, size=10.5)
        q.gap(2)
    q.gap(4)
    for lab in ("ご記入日　　　　年　　月　　日", "ご住所", "お名前（自署）", "日中のご連絡先"):
        q.line(lab, x=30, size=11)
        q.add(Line(30, q.y - 1, 180, q.y - 1, 0.3))
        q.gap(6)
    q.para("受付番号　SK-0226-4518　（ご記入のうえ、このままFAXしてください）", size=9, indent="")
    tr = truth(document_type="settlement_proposal", sender="蒼穹債権回収株式会社", license_number=264,
               phone="048-000-2640", creditor="蒼穹債権回収株式会社", status="unverified",
               original="株式会社とよはたクレジット", debtor="樅山順子", total=T, principal=P, late_damages=L, rate=R,
               lump=False, issued=issued, payment_due=reply, acceleration=acc, last_payment=lastp, assignment=assign,
               reference="SK-0226-4518", input_kind="fax_tiff",
               template="proxy46_invented_servicer_installment_sale_settlement_fax", received=issued)
    return dict(stem="bc11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 16:08 SOKYU SAIKEN 048-000-2641",
                about="settlement_proposal (invented servicer, 割賦販売 debt, 2-page fax)",
                unusual="2-page G4 fax from an INVENTED servicer 「蒼穹債権回収株式会社」 (kanji name) with "
                        "「法務大臣許可番号第２６４号」 in full-width under the name top-LEFT (→ unverified); EVERY date in "
                        "full-width western 年月日; the addressee's own FAX number under the name (distractor); the debt is a "
                        "個品割賦 (羽毛布団一式) with the 販売店 named (distractor, not a creditor); a shaded-label table "
                        "割賦金残高 / 遅延損害金 at the 法定利率 年3％ / ご債務総額; 喪失 and last payment in a bracket line "
                        "under it; the plan (8,400 + 10,000 × 32) and the waiver as distractors; ご回答期限 …必着 (= "
                        "payment_due); p.2 a 回答書 with blank dates")


# ---------------------------------------------------------------------------------------------
# bc12 a private lender's 縦書き 貸金返還請求書 (内容証明), digital: no reference, phone of a mobile, two-part damages.


def bc12():
    R = 3.0
    issued, due = D(2026, 1, 13), D(2026, 1, 30)
    lent, duedate, lastp = D(2024, 4, 10), D(2025, 6, 30), D(2025, 8, 29)
    P0, paid = 800_000, 200_000
    P = P0 - paid
    L = late(P0, R, duedate + timedelta(1), lastp) + late(P, R, lastp + timedelta(1), issued)
    T = P + L
    cols = [
        ("title", "貸金返還請求書"),
        ("body", f"冠省　私は貴殿に対し、{kdate(lent)}、金八十万円を、返済期日を{kdate(duedate)}と定め、利息の定めなく"
                 "貸し渡しました（同日付借用証書あり）。"),
        ("body", f"しかし貴殿は、返済期日を過ぎても返済せず、{kdate(lastp)}に金二十万円を返済したのみで、その後は再三の"
                 "電話及び書面による請求にもかかわらず、残金を返済していません。"),
        ("body", f"つきましては、本書をもって、左記金員を{kdate(due)}限り、一括して左記口座にお振込みくださるよう請求します。"
                 "期限までにお支払いのないときは、少額訴訟その他の法的手続をとりますので、念のため申し添えます。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　{kyen(P)}"),
        ("indent", f"二　遅延損害金　{kyen(L)}"),
        ("plain", "　　（令和七年七月一日から同年八月二十九日まで金八十万円に対し、"),
        ("plain", "　　　同月三十日から本書作成日まで金六十万円に対し、いずれも年三パーセント）"),
        ("indent", f"三　合計　　　　{kyen(T)}"),
        ("indent", "振込先　かぜはや銀行　小山支店　普通預金"),
        ("plain", "　　　　口座番号　" + kanji_digits("3129870") + "　名義　御器谷敏行"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "栃木県小山市おおでまり町九丁目九番九号"),
        ("low", "通知人　御器谷　敏行"),
        ("low", "電話　〇九〇（〇〇〇〇）三八一二"),
        ("blank", ""),
        ("low", "栃木県栃木市たちばな堀九丁目九番九号"),
        ("low", "被通知人　稲置　直人　殿"),
    ]
    size = 11.0
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.9, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 46121))
    xs = [it.x for it in pg.items if isinstance(it, VText) and it.s.startswith("通知人")]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 11) * size * 0.3528 * 1.05, 8, "maru", "御器谷", angle=-3, seed=46122))
    tr = truth(document_type="collection_notice", sender="御器谷敏行", phone="090-0000-3812", creditor="御器谷敏行",
               status="not_applicable", debtor="稲置直人", total=T, principal=P, late_damages=L, rate=R, lump=True,
               issued=issued, payment_due=due, last_payment=lastp, reference=None, input_kind="vertical_pdf",
               template="proxy46_vertical_private_lender_loan_return_demand", received=D(2026, 1, 15))
    return dict(stem="bc12", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (a private person's 貸金返還請求, 縦書き 内容証明)",
                unusual="縦書き 貸金返還請求書 (冠省 … 草々) sent by a PRIVATE PERSON (通知人, a 認印 round seal) to the "
                        "borrower (被通知人 … 殿), digital, with the 内容証明 stamp: a loan of 金八十万円 「利息の定めなく」 "
                        "(interest null), the 返済期日 令和七年六月三十日 (not a 喪失: acceleration null), a part payment "
                        "金二十万円 = the last payment; 遅延損害金 in TWO periods on two balances (八十万円 then 六十万円) at the "
                        "法定利率 年三パーセント in a two-column bracket; NO reference number at all; the lender's mobile "
                        "〇九〇（〇〇〇〇）三八一二; the account in kanji digits")


# ---------------------------------------------------------------------------------------------
# bc13 八戸簡易裁判所 支払督促: creditor a 管理組合 (管理費・修繕積立金), one scanned page with leader-dot amounts.


def bc13():
    R = 14.6
    issued, filed, lastp = D(2026, 1, 22), D(2026, 1, 15), D(2025, 3, 27)
    kanri, shuzen = 12_800, 9_600
    months = [D(2025, m, 27) for m in range(4, 12)]
    P = (kanri + shuzen) * len(months)
    L = sum(late(kanri + shuzen, R, d + timedelta(1), filed) for d in months)
    C = 3_768
    T = P + L + C
    case = "令和8年(ロ)第213号"
    p = Page(font="serif", size=10.5, top=14)
    p.add(Box(15, 11, 62, 9, 0.4))
    p.at(18, 17.5, fw("令和8年（ロ）第213号"), size=10.5)
    p.y = 22
    p.title("支 払 督 促", size=18, font="serif-bold")
    p.kv([("債　権　者", "〒031-0000 青森県八戸市つつじが丘東九丁目9番9号"), ("", "パークヒルズ椿ヶ丘管理組合"),
          ("", "代表者理事長　京極　昭二"),
          ("債　務　者", "〒031-0000 青森県八戸市つつじが丘東九丁目9番9号　パークヒルズ椿ヶ丘305号室"),
          ("", "伊良皆　恵")],
         x=18, label_w=30, size=9.5)
    p.gap(2)
    p.para("債務者は、債権者に対し、請求の趣旨記載の金額を支払え。", size=10.5)
    p.para("債務者が支払督促送達の日から２週間以内に督促異議の申立てをしないときは、債権者の申立てによって仮執行の宣言を"
           "する。", size=10.5)
    p.gap(1)
    p.line("請求の趣旨", size=11, font="serif-bold")
    x0, x1 = 26, 186
    leader(p, "１　滞納管理費等（令和7年4月分から同年11月分まで）", f"{P:,}円", x0, x1, size=10)
    leader(p, f"２　遅延損害金（各支払期日の翌日から{era(filed)}まで）", f"{L:,}円", x0, x1, size=10)
    leader(p, "３　督促手続費用", f"{C:,}円", x0, x1, size=10)
    p.add(Line(120, p.y + 0.3, x1, p.y + 0.3, 0.4))
    p.gap(1)
    leader(p, "　　合　計", f"{T:,}円", x0, x1, size=10.5, font="serif-bold")
    p.para(f"４　上記１の金額に対する{era(filed + timedelta(1))}から完済まで年14.6％の割合による遅延損害金", x0=x0, x1=190,
           size=10, indent="")
    p.gap(1)
    p.line("請求の原因", size=11, font="serif-bold")
    for s in ("１　債権者は、区分所有法に基づき「パークヒルズ椿ヶ丘」の区分所有者全員で構成される管理組合であり、債務者は"
              "同マンション305号室の区分所有者である。",
              f"２　管理規約により、区分所有者は毎月27日限り当月分の管理費（月額{kanri:,}円）及び修繕積立金（月額{shuzen:,}円）"
              "を支払うこととされ、遅延したときは年14.6％の割合による遅延損害金を支払う旨定められている。",
              f"３　債務者は、{era(lastp)}に同年3月分を支払ったのを最後に、同年4月分から11月分まで計8か月分の支払をしない。"):
        p.para(s, x0=20, x1=192, size=9.6, indent="")
    p.gap(2)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　八戸簡易裁判所　裁判所書記官　大伴　　千晶", size=10.5)
    p.seal(150, p.y - 5, 14, "square", "八戸簡易裁判所書記官印", angle=0, seed=46131)
    p.gap(3)
    y = p.y
    p.add(Box(15, y, 181, 22, 0.3, GRAY, (0.96, 0.96, 0.96)))
    for i, s in enumerate(["この支払督促に不服があるときは、送達を受けた日から２週間以内に督促異議を申し立てることができます。",
                           "分割払いを希望するときも、督促異議申立書にその旨を記載してください。",
                           "八戸簡易裁判所　民事係　電話 0178-00-4213（直通）　平日8時30分～17時"]):
        p.at(19, y + 6.5 + i * 5.8, s, size=8.8)
    p.y = y + 25
    p.line(f"申立日　{fw(era(filed))}　　　　これは正本である。", size=9, align="r")
    tr = truth(document_type="payment_order", sender="八戸簡易裁判所", phone="0178-00-4213",
               creditor="パークヒルズ椿ヶ丘管理組合", status="not_applicable", debtor="伊良皆恵", total=T, principal=P,
               late_damages=L, costs=C, rate=R, lump=True, issued=issued, last_payment=lastp, reference=case,
               input_kind="scan_png", template="proxy46_payment_order_condo_association_leaders", received=D(2026, 1, 26))
    return dict(stem="bc13", ext="png", kind="scan_png", pages=[p.spec], truth=tr, skew=1.1,
                about="payment_order (簡裁, condominium 管理組合 creditor, one page)",
                unusual="支払督促 of a court not used before (八戸簡裁) on one scanned page: the full-width case number in a "
                        "small box top-LEFT; the parties as kv lines with spaced labels (債　権　者 / 債　務　者); the creditor "
                        "is a condominium 管理組合 (権利能力なき社団, 代表者理事長); 請求の趣旨 as label lines with DOTTED "
                        "LEADERS to the amounts (滞納管理費等 / 遅延損害金 with its window / 督促手続費用 / 合計) and the running "
                        "item ４; the monthly 管理費 12,800 and 修繕積立金 9,600 in the 請求の原因 (distractors); the "
                        "objection note in a grey box with the court's （直通） phone; 申立日 at the foot")


# ---------------------------------------------------------------------------------------------
# bc14 松戸簡易裁判所 仮執行宣言付支払督促: アルファ債権回収 (real) creditor; 2 scanned pages; full-width amounts.


def bc14():
    issued, ordered, served, filed = D(2026, 4, 13), D(2026, 3, 16), D(2026, 3, 19), D(2026, 3, 9)
    L = pc_late(filed)
    C1, C2 = 3_240, 1_120
    T = PC_P + L + C1 + C2
    case = "令和8年(ロ)第488号"
    p = Page(font="serif", size=11, top=18)
    p.line(fw("令和8年（ロ）第488号"), size=10.5)
    p.gap(6)
    p.title("仮執行宣言付支払督促", size=17, font="serif-bold")
    p.gap(2)
    p.para("当事者の表示　別紙当事者目録記載のとおり", size=10.5, indent="")
    p.para("請求の趣旨及び原因　別紙請求の趣旨及び原因記載のとおり", size=10.5, indent="")
    p.gap(3)
    p.para("債務者は、債権者に対し、別紙請求の趣旨記載の金額を支払え。", size=11)
    p.gap(2)
    p.para(f"上記の支払督促は、{fw(era(ordered))}に発付され、{fw(era(served))}に債務者に送達されたが、債務者は法定期間内に"
           "督促異議の申立てをしなかった。", size=11)
    p.para("よって、債権者の申立てにより、次のとおり仮執行の宣言をする。", size=11)
    p.gap(2)
    p.line("仮執行の宣言", size=11.5, font="serif-bold", align="c")
    p.para("この支払督促は、仮に執行することができる。", size=11)
    p.gap(6)
    p.line(f"　　{fw(era(issued))}", size=11)
    p.line("　　松戸簡易裁判所", size=11)
    p.line("　　　　裁判所書記官　巨勢　　由布子", size=11)
    p.seal(150, p.y - 6, 15, "square", "松戸簡易裁判所書記官印", angle=0, seed=46141)
    p.gap(8)
    y = p.y
    p.add(Box(22, y, 166, 30, 0.5))
    for i, s in enumerate(["（受け取った方へ）この書面により、債権者は強制執行（給料や預金の差押え等）をすることができます。",
                           "不服がある場合は、この書面の送達を受けた日から２週間以内に督促異議を申し立てることができますが、",
                           "申立てをしても強制執行は当然には止まりません。",
                           "問合せ先　松戸簡易裁判所　民事訟廷係　電話 047-000-4880（直通）"]):
        p.at(26, y + 7 + i * 6.2, s, size=9.2)
    q = Page(font="serif", size=10.5, top=16)
    q.line("当事者目録", size=12, font="serif-bold", align="c")
    q.gap(1)
    q.kv([("債権者", "〒104-0000 東京都中央区たちばな堀九丁目9番9号"), ("", "アルファ債権回収株式会社"),
          ("", "代表者代表取締役　紀伊國　修"),
          ("", "（送達場所）同社 松戸センター　電話 047-000-1010　FAX 047-000-1011"),
          ("債務者", "〒270-0000 千葉県松戸市野ぶどう坂九丁目9番9号"), ("", "靍見　航")], x=20, label_w=22, size=9.8)
    q.gap(4)
    q.line("請求の趣旨及び原因", size=12, font="serif-bold", align="c")
    q.line("請求の趣旨", size=10.5, font="serif-bold")
    items = [("１", fyen(PC_P), "（譲受債権元金）"), ("２", fyen(L), f"（上記１のうち{fw(f'{PC_USESUM:,}')}円に対する確定遅延損害金）"),
             ("３", fyen(C1), "（督促手続費用）"), ("４", fyen(C2), "（仮執行宣言の手続費用）")]
    for no, amt, note in items:
        b = q.line(f"{no}　{amt}", x=24, size=10.5)
        q.at(86, b, note, size=9.8)
    q.add(Line(24, q.y, 190, q.y, 0.3))
    q.gap(1)
    b = q.line(f"　　{fyen(T)}", x=24, size=10.5, font="serif-bold")
    q.at(86, b, "（上記１ないし４の合計）", size=9.8)
    q.para(f"５　上記１のうち金{fw(f'{PC_USESUM:,}')}円に対する{fw(era(filed + timedelta(1)))}から完済まで年14.5％の割合による"
           "遅延損害金", x0=24, x1=190, size=10, indent="")
    q.gap(2)
    q.line("請求の原因", size=10.5, font="serif-bold")
    for s in ("１　株式会社ピコモ通信（以下「原債権者」）は、債務者との間で移動体通信サービス利用契約及び端末機器の割賦販売"
              "契約（分割24回）を締結した。",
              f"２　債務者は{fw(era(PC_LAST))}の支払を最後に利用料金の支払を怠ったため、原債権者は{fw(era(PC_ACC))}に利用契約を"
              f"解除し、債務者は同日機種代金の期限の利益を喪失した。未払利用料金は{fw(f'{PC_USESUM:,}')}円、機種代金の残額は"
              f"{fw(f'{PC_DEV:,}')}円である。",
              f"３　原債権者は、{fw(era(PC_ASSIGN))}、上記債権を債権者に譲渡し、債務者に対しその旨通知した。",
              "４　延滞利息の約定利率は年14.5％（年365日の日割計算）である。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.gap(3)
    q.line(f"申立日　{fw(era(filed))}", size=9.5, align="r")
    tr = truth(document_type="payment_order_enforceable", sender="松戸簡易裁判所", phone="047-000-4880",
               creditor="アルファ債権回収株式会社", status="licensed", original="株式会社ピコモ通信", debtor="靍見航",
               total=T, principal=PC_P, late_damages=L, costs=C1 + C2, rate=PC_R, lump=True, issued=issued,
               acceleration=PC_ACC, last_payment=PC_LAST, assignment=PC_ASSIGN, reference=case, input_kind="pdf_scan",
               template="proxy46_enforceable_matsudo_servicer_fullwidth_items", received=D(2026, 4, 16))
    assert len(PC_USE) == 3
    return dict(stem="bc14", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="payment_order_enforceable (簡裁, real servicer creditor, 2 pages)",
                unusual="仮執行宣言付支払督促 of a court not used before (松戸簡裁) as a 2-page image PDF: p.1 the 発付 date "
                        "3/16 and the 送達 3/19 in one sentence, the 仮執行の宣言 as a centred heading, a framed 「受け取った方へ」 "
                        "note with the court's （直通） phone; p.2 当事者目録 with ★ アルファ債権回収株式会社 (no licence: court "
                        "paper) and its 送達場所 phone / FAX (distractors), 請求の趣旨 as numbered FULL-WIDTH 金…円 lines with "
                        "the label in brackets AFTER the amount (（譲受債権元金） / （確定遅延損害金） / （督促手続費用） / "
                        "（仮執行宣言の手続費用）) and an unlabelled total line 「（上記１ないし４の合計）」; running item ５; "
                        "請求の原因 with the carrier's story")


# ---------------------------------------------------------------------------------------------
# bc15 掛川簡易裁判所 少額訴訟: 呼出状 (p.1) + 訴状 (p.2), digital; individual landlord; only a running 3 % clause.


def bc15():
    R = 3.0
    issued, sued, hearing, answer, lastp = D(2026, 4, 15), D(2026, 4, 2), D(2026, 5, 20), D(2026, 5, 13), D(2025, 10, 31)
    rent = 57_000
    P = rent * 5
    case = "令和8年(少コ)第37号"
    p = Page(font="serif", size=10.5, top=16)
    p.line(fw("令和8年（少コ）第37号") + "　賃料請求事件", size=10.5)
    p.line("原告　柑本　保", size=10.5)
    p.line("被告　楓山　佳奈", size=10.5)
    p.gap(5)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("（少額訴訟）", size=11, align="c")
    p.gap(3)
    p.line("楓山　佳奈　殿", size=13, x=22)
    p.gap(2)
    p.para("原告から少額訴訟による訴えが提起されました。当裁判所に出頭する期日が下記のとおり定められましたので、同期日に"
           "出頭してください。", size=10.5)
    p.para("なお、訴状を送達しますので、下記の提出期限までに答弁書を提出してください。", size=10.5)
    p.gap(1)
    p.line("記", align="c")
    p.table([["期日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"],
             ["出頭場所", "掛川簡易裁判所　第１号法廷（１階）"],
             ["答弁書の提出期限", f"{fw(era(answer))}（{wd(answer)}）"]],
            [46, 120], x=22, aligns="ll", size=10.5, row_h=9, shade_col0=True)
    p.gap(3)
    p.line("少額訴訟についての注意", size=10.5, font="serif-bold")
    for s in ("１　少額訴訟では、原則として１回の期日で審理を終え、直ちに判決が言い渡されます。証拠となる書類や証人は、"
              "期日に必ず持参してください。",
              "２　被告は、最初の期日で弁論をするまでの間、通常の手続に移行させる旨の申述をすることができます。",
              "３　判決では、分割払や支払猶予が定められることがあります。判決に対しては控訴できず、異議の申立てのみが"
              "できます（判決書の送達から２週間以内）。"):
        p.para(s, x0=22, x1=190, size=9.6, indent="")
    p.gap(4)
    p.line(f"　　{fw(era(issued))}", size=10.5)
    p.line("　　掛川簡易裁判所　裁判所書記官　忌部　　康介", size=10.5)
    p.seal(160, p.y - 5, 14, "square", "掛川簡易裁判所書記官印", angle=0, seed=46151)
    p.gap(5)
    p.line("〒436-0000　静岡県掛川市こでまり町九丁目9番9号", size=9.5, x=22)
    p.line("掛川簡易裁判所　民事係　電話 0537-00-2037（直通）　FAX 0537-00-2038", size=9.5, x=22)
    p.line("（同封書類）訴状副本、甲号証写し、答弁書用紙、少額訴訟手続のご説明", size=9.3, x=22)
    q = Page(font="serif", size=10.5, top=16)
    q.title("訴状（少額訴訟）", size=16, font="serif-bold")
    q.line(fw(era(sued)), align="r", size=10.5)
    q.line("掛川簡易裁判所　御中", size=10.5)
    q.gap(2)
    q.table([["原告", "〒436-0000 静岡県掛川市いわかがみ通九丁目9番9号　柑本　保　（電話 090-0000-5207）"],
             ["被告", "〒436-0000 静岡県掛川市ほおずき町九丁目9番9号　ハイツ鷺森201号　楓山　佳奈"],
             ["訴訟物の価額", f"{P:,}円　　貼用印紙額 3,000円　　予納郵券 5,200円"]],
            [30, 150], x=18, aligns="ll", size=9.2, row_h=7.5)
    q.gap(3)
    q.line("少額訴訟による審理及び裁判を求めます。本年、この裁判所で少額訴訟を利用するのは１回目です。", size=9.8, x=18)
    q.gap(2)
    q.line("請求の趣旨", size=11, font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{P:,}円及びこれに対する{era(D(2026, 4, 1))}"
           "から支払済みまで年３分の割合による金員を支払え。", x0=22, x1=190, size=10, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=22, x1=190, size=10, indent="")
    q.para("との判決並びに仮執行の宣言を求める。", x0=22, x1=190, size=10, indent="")
    q.gap(2)
    q.line("紛争の要点（請求の原因）", size=11, font="serif-bold")
    for s in ("１　原告は、被告に対し、令和6年9月1日、原告所有の「ハイツ鷺森」201号室を、賃料月額57,000円（毎月末日限り"
              "翌月分を支払う）の約定で賃貸し、引き渡した。",
              f"２　被告は、{era(lastp)}に同年11月分の賃料を支払ったのを最後に、令和7年12月分から令和8年4月分までの"
              "5か月分の賃料を支払わない。",
              "３　よって、原告は被告に対し、未払賃料合計及びこれに対する最終の支払期日の翌日から支払済みまで民法所定の"
              "年３分の割合による遅延損害金の支払を求める。"):
        q.para(s, x0=22, x1=190, size=9.8, indent="")
    q.table([["対象月", "支払期日", "未払賃料"]] +
            [[f"{y}年{m}月分", f"{y if m != 1 else y - 1}年{m - 1 if m != 1 else 12}月末日", f"{rent:,}円"]
             for y, m in ((2025, 12), (2026, 1), (2026, 2), (2026, 3), (2026, 4))] + [["合計", "", f"{P:,}円"]],
            [40, 50, 40], x=30, header=True, aligns="lcr", size=9.5, row_h=6.8)
    q.gap(3)
    q.line("証拠方法　甲第１号証　建物賃貸借契約書　甲第２号証　賃料入金記録（通帳写し）", size=9.5, x=22)
    tr = truth(document_type="lawsuit", sender="掛川簡易裁判所", phone="0537-00-2037", creditor="柑本保",
               status="not_applicable", debtor="楓山佳奈", total=P, principal=P, rate=R, lump=True, issued=issued,
               last_payment=lastp, hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy46_small_claims_landlord_rent_running_clause_only", received=D(2026, 4, 17))
    return dict(stem="bc15", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (簡裁 少額訴訟 (少コ), individual landlord, 2 pages)",
                unusual="少額訴訟 of a court not used before (掛川簡裁), digital: p.1 口頭弁論期日呼出状及び答弁書催告状 "
                        "「（少額訴訟）」 with the case number, 原告 and 被告 as three lines at the top, a shaded-label table "
                        "期日 / 出頭場所 / 答弁書の提出期限 with weekdays and 午後１時１５分, 少額訴訟 notes (一期日審理, 通常移行, "
                        "異議 2 weeks); p.2 訴状（少額訴訟） dated 4/2 ≠ 呼出状 4/15, the plaintiff a PERSON (a landlord), "
                        "訴訟物の価額 / 貼用印紙額 / 予納郵券 in the party table (distractors), 請求の趣旨 with ONLY a running "
                        "年３分 clause (no computed damages), a 5-month rent table with 「…月末日」 due dates and a 合計 row; "
                        "the plaintiff's own 090 phone as a distractor")


# ---------------------------------------------------------------------------------------------
# bc16 SCAM: a fake 一般社団法人 claiming to collect 奨学金, payment in electronic-money card numbers; phone photo.


def bc16():
    issued, due = D(2026, 2, 9), D(2026, 2, 13)
    P, L, C = 142_000, 27_900, 16_500
    T = P + L + C
    p = Page(font="sans", size=10.5, top=14)
    stamp(p, 15, 12, "最終通告", color=RED, size=12, fill=RED)
    stamp(p, 45, 12, "親展", color=RED, size=12)
    p.at(196, 17, "令和8年2月9日", size=10, align="r")
    p.at(196, 22.5, "受付番号　へ－６６２４", size=10, align="r")
    p.y = 30
    p.line("埼玉県川口市つつじが丘東九丁目9番9号", size=10.5)
    p.line("橡木　玲奈　様", size=14)
    p.gap(5)
    p.line("奨学金返還未納に関する法的手続開始のお知らせ", size=16, font="sans-bold", align="c", color=RED)
    p.gap(3)
    p.para("貴殿が在学中に貸与を受けた奨学金の返還金につき、長期の未納が確認されたため、貸与機関より当機構が債権の管理・回収の"
           "委託を受けました。再三の通知にもかかわらず連絡がないため、本状到達をもって法的手続（給与・預金の差押え）の準備に"
           "入ります。")
    p.para("下記期限までにお支払いいただいた場合に限り、手続を取り下げ、延滞の記録を抹消いたします。")
    p.gap(2)
    y = p.y
    p.add(Box(25, y, 160, 44, 1.2, RED))
    for i, (lab, v) in enumerate((("未納返還金", P), ("延滞金", L), ("法的手続費用", C))):
        p.at(32, y + 8 + i * 7, lab, size=11)
        p.at(178, y + 8 + i * 7, f"￥{v:,}", size=11.5, align="r")
    p.add(Line(30, y + 25, 180, y + 25, 0.4, RED))
    p.at(32, y + 32, "お支払総額", size=12.5, font="sans-bold")
    p.at(178, y + 33, f"￥{T:,}", size=18, font="sans-bold", align="r", color=RED)
    p.at(32, y + 40.5, f"お支払期限　2月13日（{wd(due)}）17時まで", size=11.5, font="sans-bold", color=RED)
    p.y = y + 49
    p.para("【お支払方法】 お近くのコンビニエンスストアで電子マネーカード（プリペイド）を上記金額分ご購入のうえ、カード裏面の"
           "番号を担当者へお電話でお伝えください。銀行振込はお受けしておりません。", size=10, indent="")
    p.para("※本件は個人信用情報に関わるため、ご家族や第三者へのご相談はお控えください。※期限を過ぎますと、勤務先への"
           "訪問調査（調査費用別途）を行います。", size=9.5, indent="")
    p.gap(5)
    y = p.y
    p.add(Box(55, y, 141, 34, 0.5))
    p.at(60, y + 8, "一般社団法人　奨学金債権回収管理機構", size=12.5, font="sans-bold")
    p.at(60, y + 14, "法務大臣許可番号　第２８７号（債権回収業）", size=9.5)
    p.at(60, y + 20, "東京都千代田区丸の内（本部）　返還督促第二課", size=9)
    p.at(60, y + 27, "担当直通　050-0000-7716（毎日 9:00～20:00）", size=11, font="sans-bold")
    p.seal(32, y + 16, 16, "round", "債権回収管理機構|理事/之印", angle=-10, seed=46161)
    tr = truth(document_type="other", sender="一般社団法人奨学金債権回収管理機構", license_number=287,
               phone="050-0000-7716", creditor=None, status="not_licensed", original=None, debtor="橡木玲奈", total=T,
               principal=P, late_damages=L, costs=C, lump=False, issued=issued, payment_due=due, reference="へ-6624",
               is_scam=True, input_kind="photo_jpeg", template="proxy46_scam_scholarship_emoney_cards", received=None)
    return dict(stem="bc16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.06, tilt=1.6, creases=2, fill=0.83, glare=16, warm=0.3),
                about="other (scam about 奨学金, paid in electronic-money cards)",
                unusual="架空請求 photographed on a dark cloth: a fake 「一般社団法人」 (not a 株式会社, so it cannot be a "
                        "servicer) claiming a 奨学金 collection 委託 from an unnamed 貸与機関 (creditor null) with a FAKE "
                        "「法務大臣許可番号　第２８７号（債権回収業）」; filled red 最終通告 and 親展 stamps; a red box with a "
                        "3-row breakdown (未納返還金 / 延滞金 / 法的手続費用) and お支払総額 ￥186,400; payment by reading out "
                        "電子マネー card numbers; a four-day deadline 「2月13日（金）17時まで」; a hiragana 受付番号 へ－６６２４; "
                        "a 050 担当直通; 「ご家族や第三者へのご相談はお控えください」; an address without a street number")


LETTERS = [bc09, bc10, bc11, bc12, bc13, bc14, bc15, bc16]
