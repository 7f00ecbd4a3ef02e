"""Proxy set 62, letters bs09–bs16: "after the auction, third round". The 肝付 household (鹿児島): a public lender's
(invented, 住宅金融支援機構-like, no guarantee company) letter after the 任意売却 with the sale's 配分, the real
servicer's 受託 notice, its 分割 proposal by fax with a 収支 form, the lender's lawyers' 訴訟予告 photographed sideways
and the 鹿児島地裁 (ワ) suit whose claim is the 元金 and a running clause only. The 猿橋 household again: the real
servicer's 縦書き 連帯保証債務履行請求書 to the wife, and a scam 「競売物件の残債を減額します」 sent to the auctioned
house and forwarded. The 鵜沼 household: an invented servicer's 和解 offer for a rest left since a 平成31年 配当."""

from __future__ import annotations

from datetime import date as D

import story as S
from common import (
    GRAY,
    PT_MM,
    RED,
    SHADE,
    WHITE,
    Box,
    Page,
    dashed,
    era,
    grid,
    kdate,
    late,
    leader,
    stamp,
    truth,
    vcheck,
    vsafe,
    wd,
)
from letters_bs1 import kin

from samples.letters.fmt import fullwidth
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

fw = fullwidth
GREEN = (0.10, 0.42, 0.25)
INDIGO = (0.18, 0.20, 0.45)
BROWN = (0.45, 0.28, 0.12)

LENDER = "独立行政法人住宅融資保全機構"
JK = "株式会社住宅債権管理回収機構"
B_ADDR = "鹿児島県姶良市蒲生田九丁目9番9号"
B_REF_LENDER = "5130927041"
B_REF_SVC = "HK-0302-7716"


# ---------------------------------------------------------------------------------------------
# bs09 the public lender's own letter after the 任意売却: 配分 of the sale price and the rest; iPhone HEIC.


def bs09():
    issued, due = D(2026, 1, 9), D(2026, 2, 6)
    L = late(S.B_P, S.B_R, S.B_SETTLE + S.ONE, issued)
    T = S.B_P + L
    assert S.B_L0 + S.B_I0 + S.B_TO_P == S.B_PAID
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.add(Box(18, 11, 9, 9, 0.8, GREEN))
    p.at(22.5, 17.8, "保", size=11, font="sans-bold", color=GREEN, align="c")
    p.at(30, 15.5, LENDER, size=11.5, font="sans-bold", color=GREEN)
    p.at(30, 20, "九州支店　債権管理グループ", size=8.5, color=GREEN)
    p.at(192, 15, era(issued), size=9.5, align="r")
    p.at(192, 20.5, f"お客様番号　{B_REF_LENDER}", size=9.5, align="r")
    p.y = 28
    p.line("〒899-0000", size=9.5)
    p.line(B_ADDR, size=10)
    p.line("肝付　義昭　様", size=13.5, x=24)
    p.gap(5)
    p.title("任意売却後の残債務のお支払いについて（ご案内）", size=14)
    p.para(f"先般は、担保物件の任意売却にご協力をいただき、ありがとうございました。{era(S.B_SETTLE)}に売却代金の決済が完了し、"
           "当機構への配分金を下記１のとおり充当いたしました。", size=9.8)
    p.para(f"お客様のご融資（平成25年9月27日ご契約）は、{era(S.B_ACC)}に期限の利益を喪失しておりますので、充当後の残債務（下記２）を"
           f"一括してお支払いいただく必要があります。一括でのお支払いが難しい場合は、{era(due)}（{wd(due)}）までに、同封の"
           "「返済計画書」及び「生活状況申出書」をご提出ください。", size=9.8)
    p.gap(1)
    p.line("１　売却代金の配分と充当（ご参考）", size=10, font="sans-bold")
    rows = [["売却価格", f"{S.B_PRICE:,}円"]] + [[f"　△{k}", f"{v:,}円"] for k, v in S.B_DEDUCT]
    rows += [["当機構への配分額", f"{S.B_PAID:,}円"], ["　うち遅延損害金への充当", f"{S.B_L0:,}円"],
             ["　うち未払利息への充当", f"{S.B_I0:,}円"], ["　うち元金への充当", f"{S.B_TO_P:,}円"]]
    p.table(rows, [70, 40], x=26, aligns="lr", size=8.6, row_h=5.4, ruled="rows")
    p.gap(3)
    p.line(f"２　残債務（{era(issued)}現在）", size=10, font="sans-bold")
    y = grid(p, 26, p.y + 1, [62, 50], [["残元金", f"{S.B_P:,}円"],
                                        [f"遅延損害金（{(S.B_SETTLE + S.ONE).month}月{(S.B_SETTLE + S.ONE).day}日～・年14.5％）", f"{L:,}円"],
                                        ["残債務合計", f"{T:,}円"]], h=8, size=10.5, lsize=9, bold={(2, 1)})
    p.y = y + 3
    p.para("※遅延損害金は、残元金に対し年14.5％（年365日の日割計算）の割合で、お支払いの日まで発生します。", size=8.6, indent="")
    p.para("※ご融資の内容（ご参考）：当初ご融資額 19,600,000円　ご融資金利 年1.74％（全期間固定）　ご返済期間 35年", size=8.6,
           indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 22, 0.4, GREEN, (0.94, 0.98, 0.95)))
    p.at(22, y + 6, "お問い合わせ・ご相談", size=10, font="sans-bold", color=GREEN)
    p.at(22, y + 12, f"{LENDER}　九州支店　債権管理グループ　担当　福元", size=9.3)
    p.at(22, y + 17.5, "〒810-0000 福岡市中央区楢葉浜九丁目9番9号　TEL 092-000-4710（平日9:00～17:00）", size=9.3)
    tr = truth(document_type="collection_notice", sender=LENDER, phone="092-000-4710", creditor=LENDER,
               status="not_applicable", debtor="肝付義昭", total=T, principal=S.B_P, interest=None, late_damages=L,
               rate=S.B_R, lump=True, issued=issued, payment_due=due, acceleration=S.B_ACC, reference=B_REF_LENDER,
               input_kind="photo_heic", template="proxy62_public_lender_rest_after_voluntary_sale_allocation",
               received=D(2026, 1, 13))
    return dict(stem="bs09", ext="heic", kind="photo_heic", pages=[p.spec], truth=tr,
                shot=dict(bg="desk", keystone=0.05, tilt=1.8, creases=2, glare=20, fill=0.86, warm=0.3),
                about="collection_notice (public lender, rest after the 任意売却)",
                unusual="iPhone HEIC on a pale desk with creases and a lamp glare; an INVENTED public lender "
                        "(独立行政法人, 住宅金融支援機構-like, no guarantee company, rate 14.5％) with a one-kanji square mark; "
                        "a digits-only お客様番号; 「一括して…難しい場合は…までに返済計画書…をご提出ください」; a rows-ruled "
                        "配分 table (売却価格, four △ deductions incl. 引越費用, 配分額 and its three 充当 rows: all "
                        "distractors); the claim in a shaded-label grid with a month-day window in the damages label and the new "
                        "label 残債務合計; 当初ご融資額 / 金利 年1.74％ as ご参考; no last payment printed")


# ---------------------------------------------------------------------------------------------
# bs10 the real servicer's 債権管理回収業務受託のお知らせ (the lender keeps the claim); phone photo.


def bs10():
    issued, ent = D(2026, 3, 5), D(2026, 3, 2)
    L = late(S.B_P, S.B_R, S.B_SETTLE + S.ONE, ent)
    T = S.B_P + L
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.add(Box(0, 0, 210, 8, color=None, fill=INDIGO))
    p.at(18, 16, "株式会社住宅債権管理回収機構", size=12.5, font="sans-bold", color=INDIGO)
    p.at(18, 21, "債権回収会社　法務大臣許可番号第91号", size=8, color=INDIGO)
    p.at(192, 16, f"{issued.year}年{issued.month}月{issued.day}日", size=9.5, align="r")
    p.at(192, 21.5, f"受託管理番号　{B_REF_SVC}", size=9.5, align="r")
    p.y = 30
    p.line(B_ADDR, size=10)
    p.line("肝付　義昭　様", size=13.5, x=24)
    p.gap(6)
    p.title("債権管理回収業務受託のお知らせ", size=15)
    p.para(f"当社は、{ent.year}年{ent.month}月{ent.day}日付で、{LENDER}（以下「機構」）から、お客様に対する下記債権の管理回収業務を"
           "受託いたしました。債権者は引き続き機構であり、債権の譲渡ではございません。", size=9.8)
    p.para("今後のお支払い及びご相談の窓口は当社となります。機構の口座へのお振込みはお控えください。なお、本書は受託のお知らせであり、"
           "新たなご請求ではございません。お支払方法は、ご事情をお伺いしたうえでご相談させていただきます。", size=9.8)
    p.gap(2)
    p.line("受託債権の表示", size=10.5, font="sans-bold")
    y = grid(p, 18, p.y + 1, [36, 51, 36, 51],
             [["委託者（債権者）", LENDER, "受託日", f"{ent.year}年{ent.month}月{ent.day}日"],
              ["ご融資日", "2013年9月27日", "機構お客様番号", B_REF_LENDER],
              ["最終ご返済日", f"{S.B_LASTP.year}年{S.B_LASTP.month}月{S.B_LASTP.day}日", "期限の利益喪失日",
               f"{S.B_ACC.year}年{S.B_ACC.month}月{S.B_ACC.day}日"],
              ["任意売却決済日", f"{S.B_SETTLE.year}年{S.B_SETTLE.month}月{S.B_SETTLE.day}日", "ご融資額", "19,600,000円"]],
             h=8, size=8.6, lsize=7.8)
    p.y = y + 4
    p.line(f"受託時の残高（{ent.year}年{ent.month}月{ent.day}日現在）", size=10, font="sans-bold")
    p.table([["残元金", "遅延損害金（年14.5％）", "合計"], [f"{S.B_P:,}円", f"{L:,}円", f"{T:,}円"]], [58, 58, 58], x=18,
            header=True, aligns="rrr", size=10.5, row_h=8.5)
    p.gap(3)
    p.line("■ 今後のお支払先（当社名義・機構の委託による収納口座）", size=9.5, font="sans-bold")
    p.line("しらぬい銀行 博多支店　普通預金 3910302　カ）ジュウタクサイケンカンリカイシュウキコウ", size=9.3, x=22)
    p.gap(2)
    p.line("■ お問い合わせ", size=9.5, font="sans-bold")
    p.line("株式会社住宅債権管理回収機構　九州債権管理部　担当　徳留", size=9.3, x=22)
    p.line("〒812-0000 福岡市博多区照国橋九丁目9番9号　フリーダイヤル 0120-000-391（平日9:00～18:00）", size=9.3, x=22)
    p.gap(3)
    p.para("※当社は、債権管理回収業に関する特別措置法に基づき法務大臣の許可を受けた債権回収会社です。不審な電話やはがきにご注意ください。"
           "当社から電子マネーやギフトカードでのお支払いをお願いすることはありません。", size=8.3, indent="")
    tr = truth(document_type="assignment_notice", sender=JK, license_number=91, phone="0120-000-391", creditor=LENDER,
               status="licensed", original=LENDER, debtor="肝付義昭", total=T, principal=S.B_P, interest=None,
               late_damages=L, rate=S.B_R, lump=False, issued=issued, payment_due=None, acceleration=S.B_ACC,
               last_payment=S.B_LASTP, assignment=None, reference=B_REF_SVC, input_kind="photo_jpeg",
               template="proxy62_servicer_entrustment_public_lender_photo", received=D(2026, 3, 9))
    return dict(stem="bs10", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="tatami", keystone=0.06, tilt=2.4, creases=2, shadow=0.22, shadow_side="bottom", fill=0.84,
                          warm=0.15),
                about="assignment_notice (real servicer, 受託 from the public lender)",
                unusual="phone photo on tatami with creases and a hand shadow at the bottom; real servicer ★ "
                        "株式会社住宅債権管理回収機構 under an indigo top band with 「債権回収会社　法務大臣許可番号第91号」 on one "
                        "line; a 受託 (not a 譲渡): 「債権者は引き続き機構であり、債権の譲渡ではございません」 and 「新たなご請求では"
                        "ございません」; a 4×4 shaded-label grid with TWO numbers (受託管理番号 top-right and the 機構お客様番号) and "
                        "FOUR dates (受託日, ご融資日, 最終ご返済日, 喪失日, 任意売却決済日) and ご融資額; a 3-column header table "
                        "残元金 / 遅延損害金 / 合計 as of the 受託日")


# ---------------------------------------------------------------------------------------------
# bs11 the servicer's 分割弁済 proposal after the 任意売却, 2-page fax: p.2 a 収支状況申告書 form.


def bs11():
    issued, due = D(2026, 4, 14), D(2026, 5, 8)
    L = late(S.B_P, S.B_R, S.B_SETTLE + S.ONE, issued)
    T = S.B_P + L
    n, m = 119, 40_000
    last = S.B_P - n * m
    assert n * m + last == S.B_P and 0 < last < m * 4
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.at(18, 16, "株式会社住宅債権管理回収機構", size=12, font="sans-bold")
    p.at(18, 21, "九州債権管理部", size=9)
    p.at(192, 16, f"送信日　{issued.year}/{issued.month:02d}/{issued.day:02d}", size=9.5, align="r")
    p.at(192, 21.5, f"受託管理番号　{B_REF_SVC}", size=9.5, align="r")
    p.y = 28
    p.line("肝付　義昭　様", size=13)
    p.line("（2枚送信　本紙を含む）", size=8.5, color=GRAY)
    p.gap(3)
    p.title("任意売却後の残債務に関する分割弁済のご提案", size=14)
    p.para("先日はお電話でご事情をお聞かせいただき、ありがとうございました。お伺いした内容をもとに、委託者である"
           f"{LENDER}と協議のうえ、下記のとおり分割でのお支払いをご提案いたします。", size=9.8)
    p.gap(1)
    p.line(f"１．現在のご債務（{issued.year}/{issued.month:02d}/{issued.day:02d}現在）", size=10, font="sans-bold")
    x0, x1 = 26, 140
    leader(p, "残元金", f"{S.B_P:,}円", x0, x1, size=10)
    leader(p, "遅延損害金（2025/11/29～　年14.5％）", f"{L:,}円", x0, x1, size=10)
    leader(p, "現在のご債務総額", f"{T:,}円", x0, x1, size=10.5, font="sans-bold")
    p.gap(2)
    p.line("２．ご提案の内容", size=10, font="sans-bold")
    plan = [["回", "お支払日", "お支払額"], ["第1回", "2026年5月27日", f"{m:,}円"],
            [f"第2回～第{n}回", "毎月27日", f"各{m:,}円"], [f"第{n + 1}回（最終）", "2036年4月27日", f"{last:,}円"],
            ["計", f"{n + 1}回", f"{S.B_P:,}円"]]
    p.table(plan, [40, 46, 40], x=26, header=True, aligns="lcr", size=9.5, row_h=6.6)
    p.para("・分割金は残元金に充当します。分割金を約定どおりお支払いいただき完済された場合、遅延損害金は免除いたします"
           "（機構の承認済み）。", x0=26, x1=190, size=9, indent="")
    p.para(f"・分割金の支払を{m * 2:,}円以上怠ったときは、本提案による分割の利益を失い、残額及び遅延損害金を一括でお支払い"
           "いただきます。", x0=26, x1=190, size=9, indent="")
    p.gap(3)
    y = p.y
    p.add(Box(18, y, 174, 15, 1.2))
    p.at(23, y + 9.5, "ご回答期限", size=11, font="sans-bold")
    p.at(60, y + 9.7, f"{issued.year}年{due.month}月{due.day}日（{wd(due)}）必着", size=13, font="sans-bold")
    p.at(188, y + 9.5, "2枚目をご返送ください", size=8.5, align="r")
    p.y = y + 20
    p.para("ご回答がない場合、委託者において法的手続を検討することとなります。ご提案の条件でのお支払いが難しい場合も、期限までに"
           "ご連絡ください。", size=9.3, indent="")
    p.gap(3)
    for s, sz in (("株式会社住宅債権管理回収機構（法務大臣許可番号　第91号）", 9.5),
                  ("〒812-0000 福岡市博多区照国橋九丁目9番9号　九州債権管理部　担当　徳留", 8.8),
                  ("TEL 092-000-7391　FAX 092-000-7392", 9.5)):
        p.line(s, x=70, size=sz)
    q = Page(font="sans", size=10, top=16, left=20, right=20)
    q.line(f"受託管理番号　{B_REF_SVC}　（2／2）", size=9, align="r")
    q.title("分割弁済申込書　兼　収支状況申告書", size=14)
    q.line("株式会社住宅債権管理回収機構　御中（FAX 092-000-7392）", size=10)
    q.gap(2)
    q.para("私は、貴社からの2026年4月14日付ご提案の条件で、分割弁済を申し込みます。", size=10)
    q.line("□ ご提案のとおり申し込みます　　□ 条件の変更を希望します（月額　　　　　　　円）", size=10, x=24)
    q.gap(3)
    q.line("収支の状況（月額）", size=10.5, font="sans-bold")
    y = grid(q, 20, q.y + 1, [45, 40, 45, 40],
             [["給与（手取り）", "円", "家賃", "円"], ["年金・手当", "円", "食費", "円"], ["その他収入", "円", "水道光熱費", "円"],
              ["同居家族の収入", "円", "通信費", "円"], ["", "", "教育費・医療費", "円"], ["収入合計", "円", "支出合計", "円"]],
             h=8.5, size=9.5, lsize=9)
    q.y = y + 4
    q.line("世帯の状況　　同居人数（　　　）人　　　お勤め先（　　　　　　　　　　　　　　）", size=9.5)
    q.gap(4)
    q.line("　　　年　　月　　日　　　ご住所　　　　　　　　　　　　　　　　お名前　　　　　　　　　　　　　印", size=9.5)
    tr = truth(document_type="settlement_proposal", sender=JK, license_number=91, phone="092-000-7391", creditor=LENDER,
               status="licensed", original=LENDER, debtor="肝付義昭", total=T, principal=S.B_P, interest=None,
               late_damages=L, rate=S.B_R, lump=False, issued=issued, payment_due=due, reference=B_REF_SVC,
               input_kind="fax_tiff", template="proxy62_servicer_instalment_plan_after_voluntary_sale_fax",
               received=issued)
    return dict(stem="bs11", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 15:04 JUTAKU SAIKEN KYUSHU 092-000-7392",
                about="settlement_proposal (real servicer for the public lender, 120 instalments, 2-page fax)",
                unusual="2-page G4 fax of the real servicer ★ 株式会社住宅債権管理回収機構 collecting for the lender (委託者); "
                        "western SLASH dates (送信日 2026/04/14, the damages window 2025/11/29～); the current debt as "
                        "DOTTED-LEADER lines ending in the new label 現在のご債務総額; a 120-instalment plan table (第1回, "
                        "第2回～第119回 各40,000円, 最終回 2036年4月27日, 計 = 残元金) and the waiver of the damages on "
                        "completion, the 80,000 default threshold (all distractors); a heavy-framed ご回答期限 「2026年5月8日"
                        "（金）必着」; TEL and FAX on one line; p.2 a 分割弁済申込書 兼 収支状況申告書 with tick boxes and a "
                        "blank income / expense grid")


# ---------------------------------------------------------------------------------------------
# bs12 the lender's lawyers' ご通知（訴訟提起予告）, phone photo stored sideways (EXIF 6).


def bs12():
    issued, due = D(2026, 6, 8), D(2026, 6, 22)
    L = late(S.B_P, S.B_R, S.B_SETTLE + S.ONE, issued)
    T = S.B_P + L
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(f"{fw(era(issued))}", align="r", size=10)
    p.line("当事務所受付番号　ＫＴ２６－０４１３", align="r", size=9.5)
    p.gap(2)
    p.line(B_ADDR, size=10)
    p.line("肝付　義昭　殿", size=13.5, x=28)
    p.gap(2)
    for s in ("〒892-0000 鹿児島市甲突川端九丁目9番9号", "弁護士法人甲突総合法律事務所", f"通知人　{LENDER}",
              "上記通知人代理人　弁護士　帖佐　征吾", "同　　　　　　　　弁護士　三反園　朋香",
              "電話 099-000-5572　FAX 099-000-5573"):
        p.line(s, x=100, size=9.8 if "法人" not in s else 10.5, font="serif-bold" if "法人" in s else None)
    p.seal(183, p.y - 14, 11, "square", "弁護士法人甲突総合法律事務所印", angle=2, seed=62121)
    p.gap(4)
    p.title("ご　通　知", size=16, font="serif-bold")
    p.line("（訴訟提起のご予告）", size=10.5, align="c")
    p.gap(2)
    p.para("当職らは、通知人から委任を受けた代理人として、貴殿に対し、次のとおり通知いたします。")
    p.para(f"貴殿は、通知人との間の平成25年9月27日付金銭消費貸借契約に基づく借入金債務につき、{fw(era(S.B_ACC))}に期限の"
           f"利益を喪失され、その後、担保物件の任意売却代金が充当されましたが、なお下記の残債務がございます。通知人の委託先である"
           "株式会社住宅債権管理回収機構からの分割弁済のご提案（令和8年4月14日付）にも、ご回答をいただいておりません。")
    p.para(f"つきましては、本書面到達後、{fw(era(due))}（{wd(due)}）までに下記合計額をお支払いいただくか、当職らまでご連絡ください。"
           "期限までにお支払い又はご連絡のない場合は、やむを得ず、貴殿に対し貸金請求訴訟を提起いたします。")
    p.gap(1)
    p.line("記", align="c")
    x0, x1 = 30, 186
    leader(p, "残元金", f"金{S.B_P:,}円", x0, x1, size=10.5)
    leader(p, f"遅延損害金（{fw(era(S.B_SETTLE + S.ONE))}から本書作成日まで年１４．５％）", f"金{L:,}円", x0, x1, size=9.5)
    leader(p, "合　計", f"金{T:,}円", x0, x1, size=11, font="serif-bold")
    p.gap(2)
    p.para("お振込先　鹿児島甲突信用金庫 本店　普通預金 5572013　ベンゴシホウジンコウツキソウゴウホウリツジムショ　アズカリキングチ",
           size=9.3, indent="")
    p.para("※本件について、通知人及び株式会社住宅債権管理回収機構への直接のご連絡はお控えください。ご連絡は当職らまでお願いいたします。",
           size=9, indent="")
    p.line("以　上", align="r")
    tr = truth(document_type="collection_notice", sender="弁護士法人甲突総合法律事務所", phone="099-000-5572",
               creditor=LENDER, status="not_applicable", debtor="肝付義昭", total=T, principal=S.B_P, interest=None,
               late_damages=L, rate=S.B_R, lump=True, issued=issued, payment_due=due, acceleration=S.B_ACC,
               reference="KT26-0413", input_kind="photo_exif_rotated",
               template="proxy62_lawyers_lawsuit_warning_public_lender_rotated", received=D(2026, 6, 10))
    return dict(stem="bs12", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="wood", keystone=0.04, tilt=2.2, creases=2, shadow=0.25, shadow_side="right", fill=0.85,
                          warm=0.2, bow=6),
                about="collection_notice (the lender's two lawyers, 訴訟提起予告)",
                unusual="phone photo stored sideways with EXIF orientation 6, on wood, creased and bowed, with a hand shadow on "
                        "the right; a 弁護士法人's ご通知（訴訟提起のご予告） for the PUBLIC LENDER (通知人) with TWO lawyers, "
                        "sender lines top-RIGHT between the addressee and the title; full-width era dates; the servicer's "
                        "earlier 分割 proposal date quoted (distractor); dotted-leader 記 lines with the rate in full-width "
                        "inside the label; a 信用金庫 預り金口 account; full-width 当事務所受付番号 ＫＴ２６－０４１３; TEL and FAX "
                        "on one line")


# ---------------------------------------------------------------------------------------------
# bs13 鹿児島地裁 (ワ) 呼出状 + 訴状: the claim is the 元金 with a running clause only (no fixed damages).


def bs13():
    issued, filed, hearing, answer = D(2026, 7, 29), D(2026, 7, 15), D(2026, 9, 9), D(2026, 9, 2)
    case = "令和8年(ワ)第391号"
    p = Page(font="serif", size=10.5, top=16, left=22, right=22)
    p.line(fw("令和8年（ワ）第391号　貸金請求事件"), size=10.5)
    p.line(f"原告　{LENDER}", size=10.5)
    p.line("被告　肝付　義昭", size=10.5)
    p.gap(6)
    p.title("口頭弁論期日呼出状及び答弁書催告状", size=15, font="serif-bold")
    p.line("被告　肝付　義昭　殿", size=12)
    p.gap(2)
    p.para("頭書の事件について、原告から訴状が提出されました。当裁判所に出頭する期日及び場所は下記のとおり定められましたから、"
           "同期日に出頭してください。")
    p.para("なお、訴状を送達しますから、下記答弁書提出期限までに答弁書を提出してください。")
    p.line("記", align="c")
    p.gap(1)
    y = p.y
    rows = [("期　　日", f"{fw(era(hearing))}（{wd(hearing)}）午後１時１５分"), ("出頭場所", "鹿児島地方裁判所　第２民事部法廷（３階）"),
            ("答弁書提出期限", f"{fw(era(answer))}（{wd(answer)}）")]
    for i, (a, b) in enumerate(rows):
        p.add(Box(30, y + i * 10, 40, 10, 0.3, None, SHADE))
        p.add(Box(30, y + i * 10, 150, 10, 0.3))
        p.at(34, y + i * 10 + 6.6, a, size=10.5)
        p.at(74, y + i * 10 + 6.6, b, size=10.8, font="serif-bold" if i == 0 else None)
    p.y = y + 36
    for s in ("１　答弁書は、裁判所に１通、原告代理人に１通（直送）提出してください。",
              "２　期日に出頭せず、答弁書も提出しないときは、原告の主張を認めたものとして判決されることがあります。",
              "３　同封書類　訴状副本、証拠説明書、甲第１号証ないし甲第７号証（写し）、答弁書用紙"):
        p.para(s, x0=26, x1=188, size=9.8, indent="")
    p.gap(6)
    p.line(fw(era(issued)), x=30)
    p.line("鹿児島地方裁判所第２民事部", x=30)
    p.line("裁判所書記官　祁答院　勝征", x=96, size=11)
    p.seal(176, p.y - 5, 13, "square", "鹿児島地方裁判所書記官印", seed=62131)
    p.gap(6)
    p.line("〒892-0000 鹿児島市山之口坂九丁目9番9号", x=26, size=9.5)
    p.line("電話 099-000-8121（内線 2274）　FAX 099-000-8129", x=26, size=9.5)
    q = Page(font="serif", size=10.5, top=16, left=24, right=22)
    q.title("訴　　　状", size=16, font="serif-bold")
    q.line(fw(era(filed)), align="r")
    q.line("鹿児島地方裁判所　御中", size=11)
    q.line("原告訴訟代理人　弁護士　帖佐　征吾　　同　弁護士　三反園　朋香", align="r", size=10)
    q.gap(2)
    q.kv([("原　　告", f"{LENDER}（福岡市中央区楢葉浜九丁目9番9号）"), ("代表者", "理事長　熊埜御堂　兼続"),
          ("代理人", "〒892-0000 鹿児島市甲突川端九丁目9番9号　弁護士法人甲突総合法律事務所（送達場所）"),
          ("", "電話 099-000-5572　FAX 099-000-5573"),
          ("被　　告", f"肝付　義昭（{B_ADDR}）")], x=24, label_w=22, size=9.5)
    q.gap(2)
    q.line("貸金請求事件", size=10.5)
    q.line(f"訴訟物の価額　金{S.B_P:,}円　　　貼用印紙額　金{30_000:,}円", size=10)
    q.gap(2)
    q.line("第１　請求の趣旨", font="serif-bold")
    q.para(f"１　被告は、原告に対し、金{S.B_P:,}円及びこれに対する{fw(era(S.B_SETTLE + S.ONE))}から支払済みまで年１４．５パーセント"
           "の割合による金員を支払え。", x0=28, x1=188, size=10.2, indent="")
    q.para("２　訴訟費用は被告の負担とする。", x0=28, x1=188, size=10.2, indent="")
    q.line("との判決並びに仮執行の宣言を求める。", x=28, size=10.2)
    q.gap(2)
    q.line("第２　請求の原因", font="serif-bold")
    for s in ("１　原告は、平成25年9月27日、被告に対し、住宅資金として金19,600,000円を、利率年1.74％、損害金年14.5％の約定で貸し付けた"
              "（甲１）。",
              f"２　被告は、{era(S.B_LASTP)}の弁済を最後に約定の弁済を怠り、原告は、被告に対し、同契約の定めに基づき期限の利益を喪失"
              f"させる旨を通知し、被告は{era(S.B_ACC)}に期限の利益を喪失した（甲２、甲３）。",
              f"３　担保物件は{era(S.B_SETTLE)}に任意売却され、原告は配分金{S.B_PAID:,}円を損害金、利息、元金の順に充当した（甲４、甲５）。",
              f"４　その結果、残元金は金{S.B_P:,}円となった（甲６）。原告は、株式会社住宅債権管理回収機構に管理回収を委託して"
              "支払を求めたが、被告は支払わない（甲７）。",
              "５　よって、原告は、被告に対し、請求の趣旨記載の金員の支払を求める。"):
        q.para(s, x0=28, x1=188, size=9.8, indent="")
    q.gap(3)
    q.line("証拠方法　甲第１号証ないし甲第７号証　　附属書類　訴状副本１通、甲号証写し各１通、資格証明書１通、訴訟委任状１通", size=8.8)
    tr = truth(document_type="lawsuit", sender="鹿児島地方裁判所", phone="099-000-8121", creditor=LENDER,
               status="not_applicable", debtor="肝付義昭", total=None, principal=S.B_P, interest=None, late_damages=None,
               rate=S.B_R, lump=True, issued=issued, payment_due=None, acceleration=S.B_ACC, last_payment=S.B_LASTP,
               hearing=hearing, reference=case, input_kind="pdf_text_2page",
               template="proxy62_district_court_wa_public_lender_running_clause_only", received=D(2026, 7, 31))
    return dict(stem="bs13", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="lawsuit (地裁 (ワ), public lender plaintiff, 2 pages)",
                unusual="a court new to the sets (鹿児島地裁) (ワ) 口頭弁論期日呼出状及び答弁書催告状 (p.1) + 訴状 (p.2), digital; "
                        "case number / 原告 / 被告 as three plain lines top-LEFT; 期日 / 出頭場所 / 答弁書提出期限 in a "
                        "shaded-label frame with full-width dates, weekdays and 午後１時１５分; court phone with 内線 and a FAX; "
                        "the 訴状 dated 7/15 ≠ 呼出状 7/29; the plaintiff is the PUBLIC LENDER (理事長, not a servicer) with two "
                        "lawyers; 請求の趣旨 is the 残元金 WITH A RUNNING CLAUSE ONLY — no fixed damages and no total anywhere; "
                        "訴訟物の価額 = the 元金 and 貼用印紙額 30,000 (not costs); 請求の原因 with 平成25年 loan 19,600,000, 年1.74％, "
                        "last payment, 喪失, the 任意売却 配分金 and the 委託 to the servicer")


# ---------------------------------------------------------------------------------------------
# bs14 invented servicer's 和解 offer for a rest left since a 平成31年 配当 (鵜沼 household), one-page fax.


def bs14():
    issued, due = D(2026, 2, 16), D(2026, 3, 13)
    lastp, acc, subro, div, assign = D(2017, 3, 27), D(2017, 7, 10), D(2017, 8, 24), D(2019, 2, 20), D(2021, 7, 30)
    P, R = 5_416_200, 14.6
    L = late(P, R, div + S.ONE, issued)
    T = P + L
    offer, inst, k = 650_000, 15_000, 50
    p = Page(font="sans", size=10, top=14, left=18, right=18)
    p.add(Box(18, 10, 174, 14, 0.6))
    p.at(22, 16, "ＦＡＸ送信のご案内", size=11, font="sans-bold")
    p.at(22, 21.3, "鵜沼　信昭　様　（送信枚数：本紙1枚）", size=9)
    p.at(188, 16, f"{era(issued)}", size=9.5, align="r")
    p.at(188, 21.3, "ご契約番号　SR-1907-2205", size=9.5, align="r")
    p.y = 30
    p.title("和解によるご解決のご提案", size=15)
    p.para("先日はお電話をいただき、ありがとうございました。お申し出を受けて、当社では、下記のとおり和解によるご解決をご提案いたします。",
           size=9.8)
    p.para(f"お客様の有明住宅保証株式会社に対する求償債務は、平成31年2月20日の競売配当の充当後も残っており、当社は{era(assign)}に"
           "同社からこれを譲り受けました。その後、長期間にわたりお支払いをいただいておりません。", size=9.8)
    p.gap(1)
    p.line("■ これまでの経過", size=10, font="sans-bold")
    for a, b in (("平成29年3月27日", "最終ご入金日（原契約）"), ("平成29年7月10日", "期限の利益喪失日"),
                 ("平成29年8月24日", "有明住宅保証株式会社による代位弁済"), ("平成31年2月20日", "競売配当（秋田地方裁判所本荘支部）"),
                 (era(assign), "当社譲受け")):
        b0 = p.line(a, x=24, size=9.3)
        p.at(66, b0, b, size=9.3)
    p.gap(2)
    p.line(f"■ 現在のご債務（{era(issued)}現在）", size=10, font="sans-bold")
    p.table([["求償元金（配当充当後）", f"{P:,}円"], ["遅延損害金（平成31年2月21日から年14.6％）", f"{L:,}円"],
             ["ご債務合計", f"{T:,}円"]], [110, 46], x=24, aligns="lr", size=10, row_h=7.5, shade_col0=True)
    p.gap(3)
    p.line("■ 和解のご提案（いずれかをお選びください）", size=10, font="sans-bold")
    p.para(f"Ａ案　{offer:,}円を2026年4月30日までに一括でお支払いいただいた場合、その余の債務（{T - offer:,}円）を免除いたします。",
           x0=24, x1=190, size=9.5, indent="")
    p.para(f"Ｂ案　{inst:,}円×{k}回（計{inst * k:,}円）を毎月末日にお支払いいただき、完済時にその余の債務を免除いたします。",
           x0=24, x1=190, size=9.5, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 174, 13, 1.0, RED))
    p.at(23, y + 8.5, "ご回答期限", size=11, font="sans-bold", color=RED)
    p.at(58, y + 8.7, f"{era(due)}（{wd(due)}）まで", size=12.5, font="sans-bold")
    p.at(188, y + 8.5, "お電話又はFAXで", size=9, align="r")
    p.y = y + 17
    p.para("期限までにご回答のない場合、本ご提案は撤回されたものとし、法的手続を含め検討させていただきます。", size=9, indent="")
    p.gap(3)
    for s, sz, f in (("雪嶺債権回収株式会社", 11, "sans-bold"), ("法務大臣許可番号　第262号", 8.5, "sans"),
                     ("〒104-0000 東京都中央区ほりどめ河岸九丁目9番9号　和解推進課　担当　溝辺", 8.5, "sans"),
                     ("TEL 03-0000-2620　FAX 03-0000-2629（平日10:00～18:00）", 9.5, "sans")):
        p.line(s, x=78, size=sz, font=f)
    p.seal(182, p.y - 14, 11, "square", "雪嶺債権回収印", angle=-3, seed=62141)
    tr = truth(document_type="settlement_proposal", sender="雪嶺債権回収株式会社", license_number=262,
               phone="03-0000-2620", creditor="雪嶺債権回収株式会社", status="unverified",
               original="有明住宅保証株式会社", debtor="鵜沼信昭", total=T, principal=P, interest=None, late_damages=L,
               rate=R, lump=False, issued=issued, payment_due=due, acceleration=acc, last_payment=lastp,
               assignment=assign, reference="SR-1907-2205", input_kind="fax_tiff",
               template="proxy62_invented_servicer_settlement_old_auction_rest_fax", received=issued)
    assert subro < div < assign
    return dict(stem="bs14", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:12 SETSUREI SAIKEN 03-0000-2629",
                about="settlement_proposal (invented servicer, rest since a 平成31年 配当, one-page fax)",
                unusual="one-page G4 fax with a framed ＦＡＸ送信のご案内 strip (addressee, 送信枚数, date and ご契約番号 in it); "
                        "INVENTED servicer 「雪嶺債権回収株式会社」 with 「法務大臣許可番号　第262号」 (→ unverified) in the sender "
                        "lines at the bottom; a これまでの経過 list with 平成 dates (last payment 平成29年, 喪失, 代位弁済, a "
                        "平成31年 競売配当 at a court 支部 (distractor), 譲受 令和3年); damages for SEVEN YEARS larger than the "
                        "元金; a shaded-column table ending in ご債務合計; Ａ案 650,000 by 2026-04-30 with the waived rest printed "
                        "and Ｂ案 15,000×50 (distractors); a red-framed ご回答期限")


# ---------------------------------------------------------------------------------------------
# bs15 the servicer's 縦書き 連帯保証債務履行請求書 to the wife (連帯保証人 of the 求償債務), scanned.


def bs15():
    issued, due = D(2026, 4, 15), D(2026, 5, 8)
    P2 = S.A_P2
    L = late(P2, S.A_R, S.A_DIV + S.ONE, issued)
    T = P2 + L
    cols = [
        ("title", "連帯保証債務履行請求書"),
        ("body", "貴殿は、平成二十六年六月二十日、道央住宅ローン保証株式会社との間で、猿橋敦史（以下「主債務者」といいます。）が"
                 "同社に対して負担する求償債務について、連帯保証されました。"),
        ("body", f"主債務者は{kdate(S.A_ACC)}の経過をもって期限の利益を喪失し、同社は{kdate(S.A_SUBRO)}、株式会社石狩中央銀行に"
                 f"代位弁済いたしました。当社は{kdate(S.A_ASSIGN)}、同社から右求償債権を譲り受けております。"),
        ("body", f"その後、旭川地方裁判所令和七年（ケ）第二一八号担保不動産競売事件において、当社は{kdate(S.A_DIV)}に配当を受け、"
                 "これを充当いたしましたが、なお左記の金員が残っております。"),
        ("body", f"つきましては、連帯保証人である貴殿に対し、左記三の金員を{kdate(due)}限りお支払いくださるよう請求いたします。"),
        ("indent", "記"),
        ("indent", f"一　求償元金残額　{kin(P2)}"),
        ("indent", f"二　損害金　{kin(L)}"),
        ("plain", "　　（令和八年三月十二日から本書作成日まで年十四・六パーセント）"),
        ("indent", f"三　合計　{kin(T)}"),
        ("body", "なお、お支払いについてご相談のある場合は、右期限までに左記担当までご連絡ください。"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", kdate(issued)),
        ("low", "東京都港区たまち運河九丁目九番九号"),
        ("low", "オリックス債権回収株式会社"),
        ("low", "法務大臣許可番号第十一号"),
        ("low", "代表取締役　西園寺　保彦"),
        ("low", "お客様番号　ＯＲ－１１０７５５３"),
        ("low", "電話　〇一二〇（〇〇〇）六一一　担当　塩入"),
        ("blank", ""),
        ("low", "北海道富良野市はなばたけ通九丁目九番九号"),
        ("low", "連帯保証人　猿橋　由貴　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.5, left_limit=14.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 62151))
    (col,) = [it for it in pg.items if isinstance(it, VText) and "西園寺" in it.s]
    pg.items.append(Seal(col.x, col.y + len(col.s) * size * PT_MM * 1.05 + 5.5, 9.5, "square", "オリックス債権回収代表者印",
                         angle=-3, seed=62152))
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-611", creditor="オリックス債権回収株式会社", status="licensed",
               original="道央住宅ローン保証株式会社", debtor="猿橋由貴", total=T, principal=P2, interest=None,
               late_damages=L, rate=S.A_R, lump=True, issued=issued, payment_due=due, acceleration=S.A_ACC,
               assignment=S.A_ASSIGN, reference=S.A_REF, input_kind="vertical_scan",
               template="proxy62_vertical_servicer_joint_guarantor_wife_after_dividend", received=D(2026, 4, 17))
    return dict(stem="bs15", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.7,
                about="collection_notice (real servicer → the wife as 連帯保証人, 縦書き 内容証明)",
                unusual="縦書き 連帯保証債務履行請求書 (内容証明 stamp), scanned, to the WIFE as 連帯保証人 of the 求償債務 "
                        "(「連帯保証人　猿橋　由貴　殿」 in the last column; the 主債務者 named in the first column as a "
                        "distractor); real servicer ★ オリックス債権回収 with the licence in KANJI 「法務大臣許可番号第十一号」; "
                        "the (ケ) case number in kanji digits; 喪失, 代位弁済, 譲受 and 配当 dates all in kanji in the prose; "
                        "positional kanji amounts; 「令和八年五月八日限り」; full-width お客様番号 ＯＲ－１１０７５５３; phone "
                        "in kanji digits with 担当 after it")


# ---------------------------------------------------------------------------------------------
# bs16 scam 「競売物件の残債を減額します」, sent to the auctioned house and forwarded; phone photo.


def bs16():
    issued, due = D(2026, 4, 17), D(2026, 4, 24)
    fee = 165_000
    p = Page(font="sans", size=10, top=12, left=16, right=16)
    p.at(16, 14, "〒070-0000", size=9.5)
    p.at(16, 19, "北海道旭川市忠別河畔通9-9-9", size=10)
    p.at(22, 26, "猿橋　敦史　様", size=13.5)
    p.add(Box(118, 9, 76, 19, 0.5, None, (1.0, 0.93, 0.45)))
    p.at(156, 15, "転　送", size=12, font="sans-bold", align="c")
    p.at(121, 20.5, "〒076-0000 富良野市はなばたけ通", size=8)
    p.at(121, 24.8, "九丁目9番9号", size=8)
    stamp(p, 16, 31, "親展・重要", size=11, fill=RED)
    p.at(194, 36, f"申請番号　No.8804　　{issued.year}年{issued.month}月{issued.day}日", size=8.5, align="r")
    p.y = 42
    p.add(Box(16, p.y, 178, 24, color=None, fill=(0.10, 0.16, 0.36)))
    p.at(105, p.y + 10.5, "競売物件の残債を減額します", size=21, font="sans-bold", color=WHITE, align="c")
    p.at(105, p.y + 18.5, "～ 競売後に残った住宅ローンの残債務、最大90％減額の実績 ～", size=10, color=(1.0, 0.85, 0.3), align="c")
    p.y += 30
    p.para("突然のご案内失礼いたします。当社は法務大臣の許可を受けた債権回収会社として、競売後の残債務の減額交渉を専門に行って"
           "おります。", size=9.8)
    p.para("公開情報により、旭川地方裁判所の競売事件（令和7年（ケ）第218号）の配当手続が終了し、お客様に約1,250万円の残債務が"
           "残っていることを確認いたしました。このままでは給与・預金の差押えを受けるおそれがございます。", size=9.8)
    p.gap(1)
    p.line("■ 減額シミュレーション（お客様の場合）", size=10.5, font="sans-bold")
    p.table([["現在の残債務（推定）", "減額後のお支払額", "減額率"], ["約12,500,000円", "約1,250,000円", "90％"]],
            [64, 64, 50], x=16, header=True, aligns="ccc", size=11, row_h=9)
    p.gap(3)
    y = p.y
    p.add(Box(16, y, 178, 30, 1.2, RED, (1.0, 0.95, 0.95)))
    p.at(22, y + 8, "減額申請手数料（着手金・税込）", size=11, font="sans-bold", color=RED)
    p.at(188, y + 10, f"￥{fee:,}", size=22, font="sans-bold", color=RED, align="r")
    p.at(22, y + 17, f"お振込期限　{due.month}月{due.day}日（{wd(due)}）15時まで　※期限を過ぎると減額申請の受付ができません", size=9.5,
         font="sans-bold")
    p.at(22, y + 24, "お振込先　なごみ銀行 札幌中央支店　普通 7713049　タネダ　ノリオ（当社代表者口座）", size=9.3)
    p.y = y + 35
    for s in ("・減額交渉はすべて当社が代行します。裁判所や債権者からの書類は当社へお送りください。",
              "・弁護士・司法書士等にご相談された場合、減額の対象外となりますのでご注意ください。",
              "・本件は秘密厳守です。ご家族・連帯保証人の方へのご連絡はいたしません。"):
        p.line(s, x=20, size=9.3)
    p.gap(4)
    dashed(p, 16, 194, p.y)
    p.gap(4)
    for s, sz, f in (("株式会社全国競売残債務減額センター", 12, "sans-bold"), ("法務大臣許可番号　第344号", 9, "sans"),
                     ("東京都千代田区丸の内（丸の内グランドテラス 12F）", 8.5, "sans"),
                     ("受付専用ダイヤル　050-0000-3162（年中無休 8:00～21:00）　担当　種子田", 9.5, "sans-bold")):
        p.line(s, x=20, size=sz, font=f)
    tr = truth(document_type="other", sender="株式会社全国競売残債務減額センター", license_number=344,
               phone="050-0000-3162", creditor=None, status="not_licensed", debtor="猿橋敦史", total=fee, lump=False,
               issued=issued, payment_due=due, reference="No.8804", is_scam=True, input_kind="photo_jpeg",
               template="proxy62_scam_auction_rest_reduction_fee_forwarded", received=None)
    return dict(stem="bs16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="cloth", keystone=0.07, tilt=3.0, creases=2, glare=18, fill=0.83, warm=0.25, bow=5),
                about="other (scam 「競売物件の残債を減額します」)",
                unusual="架空請求 photographed on a dark cloth, creased and bowed, with a lamp glare: sent to the AUCTIONED house "
                        "with a yellow 転送 sticker carrying the new address; a navy banner 「競売物件の残債を減額します」 and "
                        "「最大90％減額」; it quotes the REAL (ケ) case and 「約1,250万円の残債務」 (distractors) and a 減額"
                        "シミュレーション table (約12,500,000円 → 約1,250,000円, 90％: distractors); the only demand is a 減額"
                        "申請手数料 ￥165,000 to a PERSONAL account within a week 「4月24日（金）15時まで」 (no year); a fake "
                        "「法務大臣許可番号　第344号」 for 「株式会社全国競売残債務減額センター」 (→ not_licensed); an address "
                        "without a number; an 050 line open every day; 「弁護士・司法書士等にご相談された場合、減額の対象外」; "
                        "申請番号 No.8804; no creditor named")


LETTERS = [bs09, bs10, bs11, bs12, bs13, bs14, bs15, bs16]
