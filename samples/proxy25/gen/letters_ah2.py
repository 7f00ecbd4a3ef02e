"""Proxy set 25, letters ah09–ah16: a 債権差押命令 (ah09), a lawyer's 縦書き letter after the judgment (ah10), the bank's
縦書き 期限の利益喪失通知 that starts case C (ah11), the plaintiff servicer's 和解条項案 by fax (ah12), a servicer's letter
after a 督促異議 by fax (ah13), a joint 債権譲渡通知 of a claim in a pending lawsuit (ah14), a servicer's 強制執行予告
after the 仮執行宣言 (ah15) and the guarantor's 訴訟提起予告 (ah16). The cases are in base.py."""

from __future__ import annotations

from datetime import date as D

from base import (
    A_CASE,
    A_CASE_FW,
    A_I,
    A_L,
    A_P,
    A_R,
    A_SUED,
    A_T,
    B_ACC,
    B_ASSIGN,
    B_C1,
    B_C2,
    B_CASE,
    B_FILED,
    B_I,
    B_KARI,
    B_L,
    B_LAST,
    B_P,
    B_R,
    C_ACC,
    C_I0,
    C_JUDG,
    C_LAST,
    C_P0,
    C_R,
    C_SUB,
    C_SUB_AMT,
    D_ACC,
    D_ASSIGN,
    D_CASE,
    D_I,
    D_LAST,
    D_ORDER,
    D_P,
    D_R,
    ONE,
    clerk,
    court_day,
    era,
    fw,
    vstrict,
)
from common import RED, SHADE, WHITE, Box, Line, Page, kman, late, truth, vcheck, vsafe, wd

from samples.letters.fmt import kanji_digits, kanji_small
from samples.letters.layout import Seal, VText, post_office_stamp, vertical_page

ORX = (0.85, 0.40, 0.05)
PLUM = (0.42, 0.12, 0.38)


def west(d: D) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def kd(d: D) -> str:
    return f"令和{kanji_small(d.year - 2018)}年{kanji_small(d.month)}月{kanji_small(d.day)}日"


# ---------------------------------------------------------------------------------------------
# ah09 さいたま地方裁判所熊谷支部 債権差押命令 (ル), case B after the 仮執行宣言; 2-page image PDF.


def ah09():
    filed, issued = court_day(D(2026, 3, 2)), court_day(D(2026, 3, 9))
    L3 = late(B_P, B_R, B_FILED + ONE, filed)
    c3_parts = (4_000, 1_000, 2_940, 600, 150)
    C3 = sum(c3_parts)
    L, C = B_L + L3, B_C1 + B_C2 + C3
    T = B_P + B_I + L + C
    case = "令和8年(ル)第64号"
    p = Page(font="serif", size=11, top=20)
    p.line(f"{fw('令和8年（ル）第64号')}", x=24, size=11)
    p.gap(8)
    p.line("債　権　差　押　命　令", size=19, font="serif-bold", align="c")
    p.gap(6)
    p.kv([("当　事　者", "別紙当事者目録記載のとおり"), ("請 求 債 権", "別紙請求債権目録記載のとおり"),
          ("差 押 債 権", "別紙差押債権目録記載のとおり")], x=30, label_w=34, size=11)
    p.gap(4)
    for s in ("１　債権者の申立てにより、上記請求債権の弁済に充てるため、別紙請求債権目録記載の執行力のある債務名義の正本に"
              "基づき、債務者が第三債務者に対して有する別紙差押債権目録記載の債権を差し押さえる。",
              "２　債務者は、前項により差し押さえられた債権について、取立てその他の処分をしてはならない。",
              "３　第三債務者は、第１項により差し押さえられた債権について、債務者に対し、弁済をしてはならない。"):
        p.para(s, x0=26, x1=188, indent="")
        p.gap(1.5)
    p.gap(6)
    p.line(f"　　{era(issued, True)}", x=26, size=11)
    p.line("　　さいたま地方裁判所熊谷支部", x=26, size=11)
    p.line("　　　　　　裁判官　億　田　　奏　多", x=26, size=11)
    p.gap(8)
    y = p.y
    p.add(Box(24, y, 166, 58, 0.5))
    p.add(Box(24, y, 166, 8, color=None, fill=SHADE))
    p.at(107, y + 5.8, "債務者の方へ（ご注意）", size=10.5, font="serif-bold", align="c")
    for i, s in enumerate(["１　この命令が債務者に送達された日から１週間を経過すると、債権者は、差し押さえられた預金を",
                           "　　第三債務者から直接取り立てることができます（民事執行法第155条）。",
                           "２　差し押さえられた預金が年金や給料の振込によるもの等であるときは、差押禁止債権の範囲変更",
                           "　　の申立て（同法第153条）をすることができます。",
                           "３　この命令に対する執行抗告は、送達を受けた日から１週間以内にしなければなりません。",
                           "４　さいたま地方裁判所熊谷支部　民事部執行係　電話 048-000-3302（内線 235）"]):
        p.at(28, y + 15 + i * 7.0, s, size=9.6)
    p.y = y + 64
    p.line("これは正本である。", x=112, size=10.5)
    p.line(f"　{era(issued, True)}", x=112, size=10.5)
    clerk(p, 84, p.y + 8, "さいたま地方裁判所熊谷支部　裁判所書記官　", "釈迦郡　尚人", "さいたま地方裁判所熊谷支部書記官印",
          25091, size=10.0, dx=0)
    q = Page(font="serif", size=9.8, top=14)
    q.line("当事者目録", size=12.5, font="serif-bold", align="c")
    q.kv([("債　権　者", "〒164-0000 東京都中野区すぎな坂九丁目9番9号　オリックス債権回収株式会社"),
          ("", "代表者代表取締役　兎澤　喜一郎"),
          ("債　務　者", "〒360-0000 埼玉県熊谷市かたかご台九丁目9番9号　麻績　芽依"),
          ("第三債務者", "〒100-0000 東京都千代田区まさご町九丁目9番9号　株式会社いかる銀行"),
          ("", "代表者代表取締役　座喜味　由紀恵"),
          ("", "（送達場所）〒360-0000 埼玉県熊谷市あまどい町九丁目9番9号　株式会社いかる銀行 熊谷駅前支店")],
         x=18, label_w=22, size=9.4)
    q.gap(2)
    q.line("請求債権目録", size=12.5, font="serif-bold", align="c")
    q.para(f"熊谷簡易裁判所{B_CASE}事件の仮執行宣言付支払督促正本に表示された下記金員及び執行費用", x0=20, x1=192, size=9.6,
           indent="")
    rows = [["(1)", "元金", f"{B_P:,}円"], ["(2)", "利息", f"{B_I:,}円"],
            ["(3)", f"確定遅延損害金（{era(B_ACC + ONE)}から{era(B_FILED)}まで）", f"{B_L:,}円"],
            ["(4)", f"遅延損害金（(1)に対する{era(B_FILED + ONE)}から{era(filed)}まで年{B_R:g}％）", f"{L3:,}円"],
            ["(5)", "督促手続費用", f"{B_C1:,}円"], ["(6)", "仮執行宣言の手続費用", f"{B_C2:,}円"],
            ["(7)", "執行費用（下記内訳）", f"{C3:,}円"], ["", "合　計", f"{T:,}円"]]
    q.table(rows, [12, 124, 36], x=20, aligns="clr", size=9.4, row_h=6.4, ruled="rows")
    a, b, c, d, e = c3_parts
    q.para(f"（執行費用の内訳）申立手数料 {a:,}円、申立書作成及び提出費用 {b:,}円、差押命令正本送達費用 {c:,}円、資格証明書"
           f"交付手数料 {d:,}円、送達証明書申請手数料 {e:,}円", x0=20, x1=192, size=8.8, indent="")
    q.gap(2)
    q.line("差押債権目録", size=12.5, font="serif-bold", align="c")
    q.line(f"金{T:,}円", x=24, size=11, font="serif-bold")
    q.para("債務者が第三債務者（熊谷駅前支店扱い）に対して有する下記預金債権のうち、下記に記載する順序に従い、頭書金額に満つる"
           "まで。", x0=20, x1=192, size=9.6, indent="")
    for s in ("１　差押えのない預金と差押えのある預金とがあるときは、次の順序による。(1) 先行の差押え、仮差押えのないもの "
              "(2) 先行の差押え、仮差押えのあるもの",
              "２　円貨建預金と外貨建預金とがあるときは、円貨建預金から差し押さえる。",
              "３　数種の預金があるときは、次の順序による。(1) 定期預金 (2) 定期積金 (3) 通知預金 (4) 貯蓄預金 (5) 納税準備預金 "
              "(6) 普通預金 (7) 別段預金 (8) 当座預金",
              "４　同種の預金が数口あるときは、口座番号の若い順序による。"):
        q.para(s, x0=22, x1=192, size=8.8, indent="")
    tr = truth(document_type="other", sender="さいたま地方裁判所熊谷支部", phone="048-000-3302",
               creditor="オリックス債権回収株式会社", status="licensed", original=None, debtor="麻績芽依", total=T,
               principal=B_P, interest=B_I, late_damages=L, costs=C, rate=B_R, lump=False, issued=issued,
               payment_due=None, reference=case, input_kind="pdf_scan",
               template="proxy25_bank_deposit_seizure_order_two_pages", received=D(2026, 3, 12))
    return dict(stem="ah09", ext="pdf", kind="pdf_scan", pages=[p.spec, q.spec], truth=tr, skew=0.9,
                about="other (地裁支部 債権差押命令 (ル) of a bank deposit, orders the third party)",
                unusual="a 債権差押命令 of さいたま地裁熊谷支部 in case B, scanned as a 2-page image PDF: p.1 the order "
                        "(three numbered paragraphs: seize / the debtor may not collect / the 第三債務者 may not pay), signed "
                        "by a 裁判官 (not a clerk), a shaded 「債務者の方へ」 box with 1週間, 民事執行法第155条 / 第153条 "
                        "and the court phone with 内線; 「これは正本である。」 with the clerk's 職印 over the name; p.2 "
                        "当事者目録 with a 第三債務者 bank, a 請求債権目録 of SEVEN rows (元金 / 利息 / 確定遅延損害金 / "
                        "遅延損害金 to the 申立日 / 督促手続費用 / 仮執行宣言の手続費用 / 執行費用 with a 5-part breakdown) and "
                        "合計, the 債務名義 named by its (ロ) number (distractor), and a 差押債権目録 that repeats the total as "
                        "「金…円」 with the deposit order (1)–(8)")


# ---------------------------------------------------------------------------------------------
# ah10 鷺坂・六角法律事務所 for the guarantor: 縦書き 通知書 after the (ワ) judgment; digital.


def ah10():
    issued, due = D(2026, 4, 20), D(2026, 5, 1)
    P = C_SUB_AMT
    L = late(P, C_R, C_SUB + ONE, issued)
    T = P + L
    cols = [
        ("title", "通知書"),
        ("body", "前略　当職は、おみなえし信用保証株式会社（以下「通知人」といいます。）の代理人として、貴殿に対し、次の"
                 "とおり通知いたします。"),
        ("body", "通知人が貴殿に対して提起した神戸地方裁判所姫路支部令和八年（ワ）第七八号求償金請求事件について、"
                 f"{kd(C_JUDG)}、貴殿に対し請求の全額の支払を命ずる判決（仮執行宣言付）が言い渡され、同判決は既に確定して"
                 "おります。"),
        ("body", f"右判決は、通知人が{kd(C_SUB)}に株式会社いすのき銀行に対して代位弁済した金員の求償を認めたものです。"
                 "つきましては、左記の金員を令和八年五月一日限り、左記口座にお振込みください。"),
        ("body", "右期限までにお支払いのないときは、右判決に基づき、貴殿の給料債権及び預金債権に対する差押えその他の強制執行の"
                 "手続をとりますので、念のため申し添えます。なお、訴訟費用については、別途その額の確定を求める予定です。"),
        ("indent", "記"),
        ("indent", f"一　求償元金　　　{kman(P)}"),
        ("indent", f"二　遅延損害金　　{kman(L)}"),
        ("plain", "　　（令和七年八月二十一日から本書作成日まで年十四・六パーセントの割合）"),
        ("indent", f"三　合計　　　　　{kman(T)}"),
        ("indent", "振込先　はりまなだ銀行　姫路城南支店"),
        ("plain", "　　　　普通預金　口座番号　三三〇六六一二"),
        ("plain", "　　　　口座名義　弁護士鷺坂克己預り金口"),
        ("bottom", "草々"),
        ("blank", ""),
        ("low", kd(issued)),
        ("low", "兵庫県姫路市かたかご通九丁目九番九号"),
        ("low", "鷺坂・六角法律事務所"),
        ("low", "通知人代理人　弁護士　鷺坂　克己"),
        ("low", f"電話　{kanji_digits('079')}（〇〇〇）{kanji_digits('6655')}"),
        ("low", "（当事務所整理番号　ＳＲ－２６０４１）"),
        ("blank", ""),
        ("low", "兵庫県姫路市すぎな坂九丁目九番九号"),
        ("low", "禰宜田　健志　殿"),
    ]
    assert due == D(2026, 5, 1)
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vstrict(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 25101))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "弁護士　鷺坂" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 16) * size * 0.3528 * 1.05, 8, "square", "弁護士鷺坂克己之印", angle=-3,
                         seed=25102))
    tr = truth(document_type="collection_notice", sender="鷺坂・六角法律事務所", phone="079-000-6655",
               creditor="おみなえし信用保証株式会社", status="not_applicable", original="株式会社いすのき銀行",
               debtor="禰宜田健志", total=T, principal=P, interest=None, late_damages=L, rate=C_R, lump=True,
               issued=issued, payment_due=due, reference="SR-26041", input_kind="vertical_pdf",
               template="proxy25_vertical_lawyer_after_judgment", received=D(2026, 4, 22))
    return dict(stem="ah10", ext="pdf", kind="vertical_pdf", pages=pages, truth=tr,
                about="collection_notice (lawyer for the guarantor after the judgment, 縦書き 内容証明)",
                unusual="縦書き 通知書 (前略 … 草々) of a law office after case C's 判決, digital, with the 内容証明 stamp: "
                        "the case number in kanji digits 「令和八年（ワ）第七八号」 and the judgment date 令和八年三月十八日 "
                        "(distractors); amounts in kanji digits with a 万 unit (金一九七万…円 style); the 代位弁済 date in "
                        "the prose; a 強制執行 (給料・預金) warning; 訴訟費用 mentioned without an amount; payment_due "
                        "「令和八年五月一日限り」; no 喪失 date and no last payment printed (null); a 預り金口 account in "
                        "kanji digits; phone in kanji digits; full-width 当事務所整理番号 ＳＲ－２６０４１")


# ---------------------------------------------------------------------------------------------
# ah11 株式会社いすのき銀行: 縦書き 期限の利益喪失通知書 with a 訴訟 warning, full-width Arabic digits; scanned.


def ah11():
    issued, due, warn = D(2025, 6, 16), D(2025, 6, 30), D(2025, 5, 29)
    P, I, R = C_P0, C_I0, C_R
    L = late(P, R, C_ACC + ONE, issued)
    T = P + I + L
    f = fw
    cols = [
        ("title", "期限の利益喪失通知書"),
        ("body", f"貴殿は、当行との間の令和４年１０月３日付金銭消費貸借契約（証書貸付、貸付金額金２，４００，０００円）に"
                 f"基づく毎月の約定返済につき、{era(C_LAST, True)}のご返済を最後にお支払いを怠っておられます。"),
        ("body", f"当行は、{era(warn, True)}付催告書をもって延滞金の支払を催告いたしましたが、催告期限である"
                 f"{era(C_ACC, True)}までにお支払いがありませんでした。"),
        ("body", f"よって、貴殿は、同契約第５条第１項により、{era(C_ACC, True)}の経過をもって期限の利益を喪失しましたので、"
                 "本書をもってその旨ご通知いたします。"),
        ("body", f"つきましては、左記金員を{era(due, True)}限り、一括してお支払いください。右期限までにお支払いのないときは、"
                 "保証会社おみなえし信用保証株式会社に保証債務の履行を請求いたします。その後は同社から求償金の請求を受け、"
                 "訴訟その他の法的手続をとられることがありますので、ご承知おきください。"),
        ("indent", "記"),
        ("indent", f"一　残元金　　　金{f(f'{P:,}')}円"),
        ("indent", f"二　未払利息　　金{f(f'{I:,}')}円"),
        ("indent", f"三　遅延損害金　金{f(f'{L:,}')}円"),
        ("plain", f"　　（{era(C_ACC + ONE, True)}から本書作成日まで年{f(f'{R:g}')}％）"),
        ("indent", f"四　合計　　　　金{f(f'{T:,}')}円"),
        ("bottom", "以上"),
        ("blank", ""),
        ("low", era(issued, True)),
        ("low", "兵庫県姫路市ほたるい通九丁目９番９号"),
        ("low", "株式会社いすのき銀行　姫路支店"),
        ("low", "支店長　神領　伸之"),
        ("low", "電話　０７９－０００－２２１８"),
        ("low", "（取扱番号　ＩＳ２５－０６１６）"),
        ("blank", ""),
        ("low", "兵庫県姫路市すぎな坂九丁目９番９号"),
        ("low", "禰宜田　健志　殿"),
    ]
    size = 10.5
    pages = vertical_page(vsafe(cols, size=size), size=size, col_pitch=6.3, left_limit=12.0)
    assert len(pages) == 1, len(pages)
    vcheck(pages)
    vstrict(pages)
    pg = pages[0]
    pg.items.append(post_office_stamp(pg, 25111))
    xs = [it.x for it in pg.items if isinstance(it, VText) and "神領" in it.s]
    pg.items.append(Seal(xs[0], 22.0 + (8 + 12) * size * 0.3528 * 1.05, 12, "square", "いすのき銀行姫路支店長之印",
                         angle=3, seed=25112))
    tr = truth(document_type="acceleration_notice", sender="株式会社いすのき銀行", phone="079-000-2218",
               creditor="株式会社いすのき銀行", status="not_applicable", debtor="禰宜田健志", total=T, principal=P,
               interest=I, late_damages=L, rate=R, lump=True, issued=issued, payment_due=due, acceleration=C_ACC,
               last_payment=C_LAST, reference="IS25-0616", input_kind="vertical_scan",
               template="proxy25_vertical_bank_acceleration_fullwidth_digits", received=D(2025, 6, 18))
    return dict(stem="ah11", ext="png", kind="vertical_scan", pages=pages, truth=tr, skew=0.8,
                about="acceleration_notice (bank, 縦書き 内容証明, full-width Arabic digits)",
                unusual="縦書き 期限の利益喪失通知書 of a bank (case C's start), scanned, with the 内容証明 stamp: EVERY number "
                        "in FULL-WIDTH Arabic digits set upright in the columns (金１，８７３，４５０円, 令和７年６月１６日, "
                        "電話 ０７９－０００－２２１８); the 催告書 date 5/29 and its deadline 6/12 (= acceleration "
                        "「の経過をもって」); the 貸付金額 ２，４００，０００円 and 契約第５条第１項 as distractors; the "
                        "guarantor named; a warning that the guarantor will sue; full-width 取扱番号 ＩＳ２５－０６１６")


# ---------------------------------------------------------------------------------------------
# ah12 SMBC債権回収 (real, 10), plaintiff of case A: 和解条項（案）by fax, 2 pages.


def ah12():
    issued, reply = D(2026, 4, 15), D(2026, 4, 28)
    n, mon, pay = 30, 20_000, 600_000
    assert n * mon == pay < A_T
    p = Page(font="sans", size=9.8, top=12)
    p.at(15, 17, "SMBC債権回収株式会社", size=12.5, font="sans-bold")
    p.at(196, 14.5, f"送信日　{era(issued)}", size=9.5, align="r")
    p.at(196, 19.5, "送信枚数　2枚（本紙を含む）", size=9.5, align="r")
    p.add(Line(15, 22, 196, 22, 0.8))
    p.y = 25
    p.line("被告　鶴房　遥斗　様", size=12.5)
    p.gap(1)
    for s, sz, fo in (("SMBC債権回収株式会社　債権管理部　訴訟管理グループ", 9.6, "sans-bold"),
                      ("法務大臣許可番号　第１０号", 9, "sans"),
                      ("TEL 0120-000-610　FAX 03-0000-6611　担当 萬谷", 9.3, "sans")):
        p.line(s, x=104, size=sz, font=fo)
    p.gap(2)
    p.line("和解条項（案）ご送付のご案内", size=14, font="sans-bold", align="c")
    p.gap(1)
    p.table([["事件番号", f"川越簡易裁判所　{A_CASE_FW}　譲受債権請求事件"],
             ["当 事 者", "原告　SMBC債権回収株式会社　／　被告　鶴房　遥斗"]], [26, 136], x=24, aligns="ll", size=9.4,
            row_h=6.8, shade_col0=True)
    p.gap(2)
    p.para("先日は、第１回口頭弁論期日後にお電話をいただき、ありがとうございました。分割でのお支払いをご希望とのことでしたので、"
           "当社として検討の結果、別紙のとおり和解条項（案）をお送りいたします。ご了承いただける場合は、別紙末尾にご署名の上、"
           "ご回答期限までにFAX又は郵送でご返送ください。次回の口頭弁論期日において、裁判所で和解を成立させる予定です。",
           size=9.5)
    p.gap(1)
    p.line(f"１．訴状記載の請求額（原債権者 つわぶきカード株式会社、{era(A_SUED)}提訴）", x=18, size=10, font="sans-bold")
    p.table([["項目", "金額"], ["元金", f"{A_P:,}円"], ["利息・手数料", f"{A_I:,}円"],
             [f"遅延損害金（年{A_R:g}％、提訴日まで）", f"{A_L:,}円"], ["請求額合計", f"{A_T:,}円"]],
            [80, 44], x=26, header=True, aligns="lr", size=9.5, row_h=6.6)
    p.line("２．和解案の要旨", x=18, size=10, font="sans-bold")
    for s in (f"(1) 解決金 {pay:,}円（上記請求額合計から減額しております）",
              f"(2) 令和8年6月から令和10年11月まで、毎月末日限り {mon:,}円ずつ {n}回の分割払い",
              "(3) 分割金の支払を2回分以上怠ったときは、請求額合計から既払金を控除した残額及び年18％の遅延損害金を一括で"
              "お支払いいただきます。"):
        p.para(s, x0=24, x1=194, size=9.4, indent="")
    p.gap(2)
    y = p.y
    p.add(Box(15, y, 181, 12, 1.2))
    p.at(19, y + 8, "ご回答期限", size=10.5, font="sans-bold")
    p.at(50, y + 8.3, f"令和8年4月28日（{wd(reply)}）必着", size=12.5, font="sans-bold")
    p.at(192, y + 8, "期限後は判決を求めます", size=8.5, align="r")
    p.y = y + 16
    p.para("※本書は当社（原告）からのご提案であり、裁判所の書類ではありません。和解は期日に裁判所で成立して初めて効力を生じます。",
           size=8.5, indent="")
    q = Page(font="serif", size=10.5, top=18)
    q.line("和 解 条 項（案）", size=15, font="serif-bold", align="c")
    q.line(f"{A_CASE}", size=10, align="r")
    q.gap(3)
    for s in (f"１　被告は、原告に対し、本件解決金として金{pay:,}円の支払義務があることを認める。",
              f"２　被告は、原告に対し、前項の金員を、令和8年6月から令和10年11月まで毎月末日限り金{mon:,}円ずつ"
              "（ただし、分割金の支払期日が金融機関の休業日に当たるときは翌営業日限り）、原告の指定する口座に振り込む方法により"
              "支払う。振込手数料は被告の負担とする。",
              "３　被告が前項の分割金の支払を怠り、その額が金40,000円に達したときは、当然に期限の利益を失い、被告は、原告に対し、"
              "訴状記載の請求額から既払金を控除した残額及びこれに対する期限の利益喪失の日の翌日から支払済みまで年18パーセント"
              "の割合による遅延損害金を直ちに支払う。",
              "４　被告が期限の利益を失うことなく第２項の分割金の支払を完了したときは、原告は、被告に対し、その余の請求を放棄する。",
              "５　原告と被告は、原告と被告との間には、本和解条項に定めるもののほか、何らの債権債務がないことを相互に確認する。",
              "６　訴訟費用は各自の負担とする。"):
        q.para(s, x0=24, x1=188, indent="")
        q.gap(1.5)
    q.gap(12)
    q.line("上記和解条項（案）に同意します。", x=24, size=10.5)
    q.gap(6)
    q.line("令和　　年　　月　　日　　　被告　氏名　＿＿＿＿＿＿＿＿＿＿＿＿＿＿　　印", x=24, size=10.5)
    q.gap(4)
    q.line("返送先　SMBC債権回収株式会社　訴訟管理グループ　FAX 03-0000-6611", x=24, size=10)
    tr = truth(document_type="settlement_proposal", sender="SMBC債権回収株式会社", license_number=10,
               phone="0120-000-610", creditor="SMBC債権回収株式会社", status="licensed",
               original="つわぶきカード株式会社", debtor="鶴房遥斗", total=A_T, principal=A_P, interest=A_I,
               late_damages=A_L, rate=A_R, lump=False, issued=issued, payment_due=reply, reference=A_CASE,
               input_kind="fax_tiff", template="proxy25_plaintiff_servicer_settlement_terms_fax",
               received=issued)
    return dict(stem="ah12", ext="tif", kind="fax_tiff", pages=[p.spec, q.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 14:02 SMBC SAIKEN SOSHO-G 03-0000-6611",
                about="settlement_proposal (plaintiff servicer's 和解条項案 in case A, 2-page fax)",
                unusual="2-page G4 fax from the PLAINTIFF (real servicer ★ SMBC債権回収, 「法務大臣許可番号　第１０号」 in "
                        "full-width) during case A: the only reference printed is the case number (川越簡裁 「令和８年（ハ）"
                        "第４５６号」 in a shaded grid, 「令和8年(ハ)第456号」 on p.2); 「訴状記載の請求額」 table (元金 / "
                        "利息・手数料 / 遅延損害金 / 請求額合計); the plan (解決金 600,000, 20,000 × 30 回, 令和8年6月～"
                        "令和10年11月, the 40,000 default threshold) as distractors; a heavy-framed ご回答期限 …必着; the "
                        "next hearing named WITHOUT a date; p.2 和解条項（案） with six numbered clauses and a blank "
                        "signature line")


# ---------------------------------------------------------------------------------------------
# ah13 アルファ債権回収 (real, 101): letter after the debtor's 督促異議 in case D; one-page fax.


def ah13():
    issued, due, objected = D(2026, 4, 6), D(2026, 4, 20), D(2026, 3, 12)
    L = late(D_P, D_R, D_ACC + ONE, issued)
    T = D_P + D_I + L
    p = Page(font="sans", size=9.8, top=14)
    p.add(Box(15, 11, 181, 13, color=None, fill=PLUM))
    p.at(19, 19.8, "アルファ債権回収株式会社", size=13, font="sans-bold", color=WHITE)
    p.at(192, 19.5, "浜松事務所", size=10, color=WHITE, align="r")
    p.y = 29
    p.line("閏間　澄江　様", size=13)
    p.at(196, 31, f"{era(issued)}", size=9.8, align="r")
    p.at(196, 36, "お客様番号　AL-0912-5530", size=9.8, align="r")
    p.gap(2)
    p.line("督促異議申立て後のお手続きについて", size=14, font="sans-bold", align="c")
    p.gap(1)
    p.para(f"当社が浜松簡易裁判所に申し立てました支払督促（{D_CASE}、{era(D_ORDER)}発付）につきまして、貴殿から"
           f"{era(objected)}付で督促異議の申立てがなされましたので、本件は同裁判所の通常の訴訟手続（{fw('令和8年（ハ）第1207号')}）"
           "に移行いたしました。裁判所から口頭弁論期日の呼出状が届きましたら、必ず出頭又は答弁書の提出をお願いいたします。")
    p.para("当社といたしましては、訴訟外でのお話し合いにも応じております。下記のご請求額を期限までにお支払いいただいた場合は、"
           "訴えを取り下げます。分割でのお支払いをご希望の場合も、期限までに担当までお電話ください。")
    p.gap(1)
    p.line(f"ご請求額（{era(issued)}現在）", x=18, size=10.5, font="sans-bold")
    rows = [["元金", "利息", f"遅延損害金（{era(D_ACC + ONE)}～ 年{D_R:g}％）", "ご請求額合計"],
            [f"{D_P:,}円", f"{D_I:,}円", f"{L:,}円", f"{T:,}円"]]
    p.table(rows, [34, 28, 74, 40], x=18, header=True, aligns="rrrr", size=9.4, row_h=7.2)
    p.gap(2)
    y = p.y
    p.add(Box(18, y, 176, 11, 1.0, RED))
    p.at(22, y + 7.4, "お支払期限", size=10.5, font="sans-bold", color=RED)
    p.at(52, y + 7.6, f"令和8年4月20日（{wd(due)}）", size=12, font="sans-bold")
    p.at(190, y + 7.4, "お振込先　ことうら銀行 浜松駅南支店 普通 4410912", size=8.6, align="r")
    p.y = y + 15
    p.kv([("原債権者", "あざみファイナンス株式会社（令和5年9月4日ご契約、ご融資額400,000円）"),
          ("債権譲受日", era(D_ASSIGN)), ("期限の利益喪失日", era(D_ACC)), ("最終ご入金日", era(D_LAST))],
         x=22, label_w=34, size=9.4)
    p.gap(2)
    p.para("※上記ご請求額には、支払督促の申立手続費用は含まれておりません。※本書と行き違いにご入金いただいた場合はご容赦"
           "ください。", size=8.6, indent="")
    p.gap(3)
    y = p.y
    for i, (s, sz, fo) in enumerate((("アルファ債権回収株式会社　浜松事務所", 10, "sans-bold"),
                                     ("法務大臣許可番号　第101号", 9, "sans"),
                                     ("〒430-0000 静岡県浜松市中央区すぎな町九丁目9番9号", 8.6, "sans"),
                                     ("TEL 0120-000-419（平日9:30～18:00）　FAX 053-000-4419　担当 生田目", 9.2, "sans"))):
        p.at(84, y + 4 + i * 5.2, s, size=sz, font=fo)
    p.seal(183, y + 9, 12, "square", "アルファ債権回収株式会社印", angle=-2, seed=25131)
    tr = truth(document_type="collection_notice", sender="アルファ債権回収株式会社", license_number=101,
               phone="0120-000-419", creditor="アルファ債権回収株式会社", status="licensed",
               original="あざみファイナンス株式会社", debtor="閏間澄江", total=T, principal=D_P, interest=D_I,
               late_damages=L, rate=D_R, lump=True, issued=issued, payment_due=due, acceleration=D_ACC,
               last_payment=D_LAST, assignment=D_ASSIGN, reference="AL-0912-5530", input_kind="fax_tiff",
               template="proxy25_servicer_after_objection_fax", received=issued)
    return dict(stem="ah13", ext="tif", kind="fax_tiff", pages=[p.spec], truth=tr,
                fax_header=f"{issued.year}/{issued.month:02d}/{issued.day:02d} 10:18 ALPHA SAIKEN HAMAMATSU 053-000-4419",
                about="collection_notice (real servicer after the debtor's 督促異議, one-page fax)",
                unusual="one-page G4 fax from real servicer ★ アルファ債権回収株式会社 (「法務大臣許可番号　第101号」) under "
                        "a plum band: case D moved from the 支払督促 「令和8年(ロ)第123号」 to a lawsuit "
                        "「令和８年（ハ）第１２０７号」 after the debtor's 督促異議 (3/12): both case numbers, the 発付 date "
                        "and the objection date as distractors; a one-row 4-column table 元金 / 利息 / 遅延損害金 with its "
                        "window / ご請求額合計 (NO procedure costs: a note says so); a red-framed お支払期限 with the "
                        "account on the same line; kv lines with 原債権者, its contract date and ご融資額 400,000円 "
                        "(distractor), 譲受日, 喪失日, 最終ご入金日; TEL and FAX on one line; reference = お客様番号")


# ---------------------------------------------------------------------------------------------
# ah14 joint 債権譲渡通知 of a bank loan that is already in a lawsuit (地裁立川支部 (ワ)), to an invented servicer.


def ah14():
    issued = D(2026, 6, 3)
    assign, acc, lastp = D(2026, 5, 29), D(2025, 9, 16), D(2025, 6, 30)
    P, I, R = 1_236_800, 8_912, 14.0
    L = late(P, R, acc + ONE, assign)
    T = P + I + L
    p = Page(font="serif", size=10.5, top=16)
    p.line(f"{west(issued)}", size=10.5, align="r")
    p.line("譲受人管理番号　HT-2605-0087", size=10, align="r")
    p.gap(2)
    p.line("〒192-0000　東京都八王子市ほたるい台九丁目9番9号", size=10.5)
    p.line("渡嘉敷　雅臣　殿", size=13.5)
    p.gap(5)
    p.line("債権譲渡通知書", size=17, font="serif-bold", align="c")
    p.line("（兼　訴訟承継のお知らせ）", size=11, align="c")
    p.gap(4)
    p.para(f"譲渡人株式会社あいなめ銀行は、貴殿に対して有する別紙債権目録記載の貸金債権（元金、利息、遅延損害金その他これに付帯"
           f"する一切の権利を含みます。）を、{west(assign)}付で、譲受人ほととぎす債権回収株式会社に譲渡いたしましたので、"
           "民法第467条に基づき、譲渡人及び譲受人の連名をもってご通知申し上げます。")
    p.para("本件債権については、現在、下記の訴訟が係属しております。譲受人は、同訴訟に参加して原告の地位を承継する申立て"
           "（民事訴訟法第49条）を行います。今後の期日については、裁判所からの通知に従ってください。")
    p.para("今後のお支払い、お問い合わせはすべて譲受人あてにお願いいたします。譲渡人あてのお支払いはお受けできません。")
    p.gap(2)
    p.line("記", align="c")
    p.gap(1)
    p.kv([("係属中の訴訟", "東京地方裁判所立川支部　令和7年(ワ)第2318号　貸金請求事件"),
          ("", "（原告　株式会社あいなめ銀行　被告　渡嘉敷　雅臣）"),
          ("譲　渡　日", west(assign)), ("譲渡債権", "別紙債権目録記載のとおり"),
          ("お問い合わせ先", "ほととぎす債権回収株式会社　管理部　0120-000-244（平日9時～18時）")], x=26, label_w=34,
         size=10.2)
    p.gap(8)
    y = p.y
    for x0, role, name, lines, seal, sd in (
            (20, "譲渡人", "株式会社あいなめ銀行", ["代表取締役　舘林　辰馬", "東京都立川市かたかご町九丁目9番9号",
                                                 "電話 042-000-8800（融資管理部）"], "あいなめ銀行|代表/取締役", 25141),
            (108, "譲受人", "ほととぎす債権回収株式会社", ["法務大臣許可番号　第244号", "代表取締役　朱雀　孝允",
                                                     "東京都立川市あまどい町九丁目9番9号"],
             "ほととぎす債権回収|代表/取締役", 25142)):
        p.at(x0, y + 4, f"（{role}）", size=9.5)
        p.at(x0, y + 10, name, size=11.5, font="serif-bold")
        for i, s in enumerate(lines):
            p.at(x0, y + 16 + i * 5.2, s, size=9.2)
        p.seal(x0 + 74, y + 10, 12, "round", seal, angle=-5 + (sd % 7), seed=sd)
    q = Page(font="serif", size=10.5, top=18)
    q.line("別紙　債権目録", size=14, font="serif-bold", align="c")
    q.gap(4)
    q.table([["原契約", "金銭消費貸借契約（証書貸付）"], ["契約日", "令和3年7月20日"], ["契約番号", "0452-118-7"],
             ["当初貸付金額", "2,000,000円"], ["約定利率／遅延損害金", "年2.975％／年14.0％"],
             ["最終弁済日", west(lastp)], ["期限の利益喪失日", west(acc)]], [50, 110], x=25, aligns="ll", size=10,
            row_h=8, shade_col0=True)
    q.gap(5)
    q.line(f"譲渡債権の額（{west(assign)}現在）", x=25, size=11, font="serif-bold")
    q.gap(1)
    q.table([["元金残高", "未収利息", f"遅延損害金（{west(acc + ONE)}～譲渡日）", "合計"],
             [f"{P:,}", f"{I:,}", f"{L:,}", f"{T:,}"]], [34, 30, 64, 32], x=25, header=True, aligns="rrrr", size=9.6,
            row_h=8)
    q.line("（単位：円）", x=185, size=8.5, align="r")
    q.gap(4)
    q.para("※譲渡日の翌日以降も、元金残高に対し年14.0％の割合による遅延損害金が発生いたします。", x0=25, x1=185, size=9.5,
           indent="")
    q.para("※上記訴訟の請求額は、訴え提起時点の金額であり、本目録の金額とは異なります。", x0=25, x1=185, size=9.5, indent="")
    tr = truth(document_type="assignment_notice", sender="ほととぎす債権回収株式会社", license_number=244,
               phone="0120-000-244", creditor="ほととぎす債権回収株式会社", status="unverified",
               original="株式会社あいなめ銀行", debtor="渡嘉敷雅臣", total=T, principal=P, interest=I,
               late_damages=L, rate=R, lump=False, issued=issued, payment_due=None, acceleration=acc,
               last_payment=lastp, assignment=assign, reference="HT-2605-0087", input_kind="pdf_text_2page",
               template="proxy25_joint_assignment_of_claim_in_pending_lawsuit", received=D(2026, 6, 5))
    return dict(stem="ah14", ext="pdf", kind="pdf_text_2page", pages=[p.spec, q.spec], truth=tr,
                about="assignment_notice (joint, bank → invented servicer, claim already in a lawsuit)",
                unusual="joint 債権譲渡通知書（兼 訴訟承継のお知らせ） in serif, digital: a bank loan already sued in "
                        "東京地裁立川支部 「令和7年(ワ)第2318号」 (case number, 原告 / 被告 and 民事訴訟法第49条 as "
                        "distractors) is sold to an INVENTED servicer 「ほととぎす債権回収株式会社」 with "
                        "「法務大臣許可番号　第244号」 (→ unverified); western 年月日 dates; 譲受人管理番号 top-right; "
                        "the two notifier blocks side by side at the bottom with round seals and the 譲渡人's own phone "
                        "(distractor); p.2 a shaded-label 債権目録 (契約日, 契約番号, 当初貸付金額 2,000,000, 年2.975％, "
                        "最終弁済日, 喪失日) and a 4-column amounts table with 「（単位：円）」 under it; informs only (no "
                        "payment date)")


# ---------------------------------------------------------------------------------------------
# ah15 オリックス債権回収 (real, 11): 強制執行予告 after the 仮執行宣言 in case B; phone photo, EXIF 6.


def ah15():
    issued, due = D(2026, 2, 9), D(2026, 2, 20)
    L = late(B_P, B_R, B_ACC + ONE, issued)
    C = B_C1 + B_C2
    T = B_P + B_I + L + C
    p = Page(font="sans", size=10, top=12)
    p.add(Box(15, 10, 181, 3, color=None, fill=ORX))
    p.at(15, 21, "オリックス債権回収株式会社", size=12.5, font="sans-bold")
    p.at(196, 19, era(issued), size=10, align="r")
    p.y = 27
    p.line("〒360-0000　埼玉県熊谷市かたかご台九丁目9番9号", size=10)
    p.line("麻績　芽依　様", size=13.5)
    p.at(196, 37, "お客様番号　31-0271-5586", size=10, align="r")
    p.gap(5)
    p.line("強制執行予告通知書", size=17, font="sans-bold", align="c", color=RED)
    p.gap(2)
    p.para("貴殿に対する当社の債権につきましては、熊谷簡易裁判所において下記の仮執行宣言付支払督促が発付され、当社は"
           "債務名義を取得いたしました。")
    p.para("つきましては、下記の金額を下記お支払期限までにお支払いください。期限までにお支払い又はご連絡がない場合は、"
           "やむを得ず、貴殿の給与債権・預金債権等に対する差押え（強制執行）の申立てを行います。")
    p.gap(1)
    p.kv([("債務名義", f"熊谷簡易裁判所　{B_CASE}　仮執行宣言付支払督促（{era(B_KARI)}付）"),
          ("原債権者", "まんさくローン株式会社"), ("債権譲受日", era(B_ASSIGN)), ("最終ご入金日", era(B_LAST)),
          ("期限の利益喪失日", era(B_ACC))], x=24, label_w=36, size=9.8, sep="：")
    p.gap(2)
    rows = [["項　目", "金　額"], ["元金", f"{B_P:,}円"], ["利息", f"{B_I:,}円"],
            [f"遅延損害金（{era(B_ACC + ONE)}～{era(issued)}　年{B_R:g}％）", f"{L:,}円"],
            ["法的手続費用（督促手続費用・仮執行宣言手続費用）", f"{C:,}円"], ["ご請求額合計", f"{T:,}円"]]
    p.table(rows, [126, 44], x=20, header=True, aligns="lr", size=9.8, row_h=7.4)
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 14, 1.4, RED))
    p.at(25, y + 9.3, "お支払期限", size=12, font="sans-bold", color=RED)
    p.at(62, y + 9.6, f"令和8年2月20日（{wd(due)}）", size=15, font="sans-bold", color=RED)
    p.y = y + 18
    p.para("お振込先　いかる銀行 本店営業部 普通預金 7102715 オリツクスサイケンカイシユウ（カ　※お振込名義の前にお客様番号を"
           "ご入力ください。", size=9.2, indent="")
    p.para("※分割でのお支払いをご希望の方も、必ず期限までにご連絡ください。※本書と行き違いにお支払いの節はご容赦ください。",
           size=9.2, indent="")
    p.gap(4)
    y = p.y
    for i, (s, sz, fo) in enumerate((("オリックス債権回収株式会社　大宮業務センター", 10, "sans-bold"),
                                     ("法務大臣許可番号　第11号", 9, "sans"),
                                     ("〒330-0000 さいたま市大宮区あまどい町九丁目9番9号", 8.6, "sans"),
                                     ("フリーダイヤル 0120-000-711（平日9:00～18:00）担当 蕨野", 9.5, "sans"))):
        p.at(70, y + 4 + i * 5.4, s, size=sz, font=fo)
    p.seal(186, y + 10, 12, "square", "オリックス債権回収印", angle=4, seed=25151)
    tr = truth(document_type="collection_notice", sender="オリックス債権回収株式会社", license_number=11,
               phone="0120-000-711", creditor="オリックス債権回収株式会社", status="licensed",
               original="まんさくローン株式会社", debtor="麻績芽依", total=T, principal=B_P, interest=B_I,
               late_damages=L, costs=C, rate=B_R, lump=True, issued=issued, payment_due=due, acceleration=B_ACC,
               last_payment=B_LAST, assignment=B_ASSIGN, reference="31-0271-5586", input_kind="photo_exif_rotated",
               template="proxy25_servicer_enforcement_warning_rotated", received=D(2026, 2, 12))
    return dict(stem="ah15", ext="jpg", kind="photo_exif_rotated", pages=[p.spec], truth=tr, orientation=6,
                shot=dict(bg="tatami", keystone=0.05, tilt=2.4, creases=2, fill=0.85, blur=0.9, warm=0.2,
                          shadow=0.2, shadow_side="right"),
                about="collection_notice (real servicer's 強制執行予告 after the 仮執行宣言)",
                unusual="phone photo stored sideways with EXIF orientation 6, on tatami with creases and a hand shadow: "
                        "real servicer ★ オリックス債権回収 (「法務大臣許可番号　第11号」) under a thin orange rule; red "
                        "title 強制執行予告通知書; the 債務名義 named by case number and 仮執行宣言 date (distractors); "
                        "colon kv lines 原債権者 / 債権譲受日 / 最終ご入金日 / 期限の利益喪失日; a 項目/金額 table whose "
                        "cost row merges the two court costs 「法的手続費用（督促手続費用・仮執行宣言手続費用）」 (→ costs) "
                        "and whose 遅延損害金 runs to the letter date; a red-framed お支払期限")


# ---------------------------------------------------------------------------------------------
# ah16 おみなえし信用保証 (guarantee company): 訴訟提起予告通知書 in case C; phone photo.


def ah16():
    issued, due = D(2025, 11, 14), D(2025, 11, 28)
    P = C_SUB_AMT
    L = late(P, C_R, C_SUB + ONE, issued)
    T = P + L
    p = Page(font="sans", size=10, top=12)
    p.at(196, 15, f"{era(issued)}", size=10, align="r")
    p.at(196, 20.5, "お客様管理番号　OM-2210-0331", size=10, align="r")
    p.y = 16
    p.line("〒671-0000　兵庫県姫路市すぎな坂九丁目9番9号", size=10)
    p.line("禰宜田　健志　様", size=14)
    p.gap(4)
    p.add(Box(15, p.y, 181, 13, color=None, fill=RED))
    p.at(105.5, p.y + 9.2, "訴訟提起予告通知書", size=16, font="sans-bold", color=WHITE, align="c")
    p.y += 18
    p.para(f"当社は、貴殿の株式会社いすのき銀行からのお借入れについて保証しておりましたところ、貴殿が期限の利益を喪失されたため、"
           f"{era(C_SUB)}、同行に対し保証債務を履行（代位弁済）いたしました。これにより、当社は貴殿に対し、下記の求償金債権を"
           "有しております。")
    p.para("これまで再三にわたりご請求いたしましたが、現在までお支払いがございません。下記お支払期限までにお支払い又は"
           "ご連絡がない場合、当社は、神戸地方裁判所姫路支部に対し求償金請求の訴えを提起いたしますので、予めご通知申し上げます。")
    p.gap(1)
    y = p.y
    info = [("原債務", "株式会社いすのき銀行　証書貸付（令和4年10月3日　2,400,000円）"),
            ("最終ご返済日", era(C_LAST)), ("期限の利益喪失日", era(C_ACC)),
            ("代位弁済日", era(C_SUB)), ("代位弁済額", f"{P:,}円（残元金{C_P0:,}円・利息・損害金を含む）")]
    for i, (lab, val) in enumerate(info):
        yy = y + i * 7
        p.add(Box(20, yy, 40, 7, 0.25, (0, 0, 0), SHADE))
        p.add(Box(60, yy, 130, 7, 0.25))
        p.at(22, yy + 4.9, lab, size=9)
        p.at(63, yy + 5.0, val, size=9.6)
    p.y = y + 7 * len(info) + 5
    p.line(f"ご請求金額（{era(issued)}現在）", x=20, size=11, font="sans-bold")
    rows = [["求償元金", f"{P:,}円"], [f"遅延損害金（{era(C_SUB + ONE)}から　年{C_R:g}％）", f"{L:,}円"],
            ["合計", f"{T:,}円"]]
    p.table(rows, [96, 46], x=24, aligns="lr", size=10.5, row_h=8, ruled="rows")
    p.gap(3)
    y = p.y
    p.add(Box(20, y, 170, 13, 1.2))
    p.at(25, y + 8.6, "お支払期限", size=11, font="sans-bold")
    p.at(60, y + 8.9, f"{era(due)}（{wd(due)}）", size=13.5, font="sans-bold", color=RED)
    p.y = y + 17
    p.para("お振込先　はりまなだ銀行 本店営業部 当座預金 0044271 オミナエシシンヨウホシヨウ（カ", size=9.3, indent="")
    p.para("※お支払いが困難な場合は、期限までに必ず下記担当までご相談ください。訴訟提起後は、訴訟費用等も併せてご請求する"
           "ことになります。", size=9.3, indent="")
    p.gap(3)
    y = p.y
    for i, (s, sz, fo) in enumerate((("おみなえし信用保証株式会社　債権管理部", 10.5, "sans-bold"),
                                     ("〒670-0000 兵庫県姫路市ほたるい通九丁目9番9号", 8.8, "sans"),
                                     ("TEL 079-000-4427（直通）　担当 木全", 9.5, "sans"),
                                     ("貸金業登録番号　近畿財務局長(3)第00991号", 8.4, "sans"))):
        p.at(76, y + 4 + i * 5.4, s, size=sz, font=fo)
    p.seal(184, y + 10, 13, "square", "おみなえし信用保証之印", angle=-3, seed=25161)
    tr = truth(document_type="collection_notice", sender="おみなえし信用保証株式会社", phone="079-000-4427",
               creditor="おみなえし信用保証株式会社", status="not_applicable", original="株式会社いすのき銀行",
               debtor="禰宜田健志", total=T, principal=P, interest=None, late_damages=L, rate=C_R, lump=True,
               issued=issued, payment_due=due, acceleration=C_ACC, last_payment=C_LAST,
               reference="OM-2210-0331", input_kind="photo_jpeg",
               template="proxy25_guarantor_lawsuit_warning_photo", received=D(2025, 11, 17))
    return dict(stem="ah16", ext="jpg", kind="photo_jpeg", pages=[p.spec], truth=tr,
                shot=dict(bg="wood", keystone=0.07, tilt=1.5, creases=2, fill=0.83, glare=16, warm=0.3, blur=0.9),
                about="collection_notice (guarantee company's 訴訟提起予告 in case C, phone photo)",
                unusual="phone photo on wood with creases and a lamp glare: a guarantee company's 訴訟提起予告通知書 under a "
                        "RED title band; a shaded-label grid 原債務 (with the 2,400,000円 loan) / 最終ご返済日 / 期限の利益"
                        "喪失日 / 代位弁済日 / 代位弁済額 (which repeats the principal and names the bank's 残元金 "
                        "1,873,450円); a rows-ruled 3-row table 求償元金 / 遅延損害金 / 合計 (no interest); a framed "
                        "お支払期限 with the date in red; the court where it will sue (distractor); a 当座預金 account and "
                        "the 貸金業登録番号 (not a licence) as distractors")


LETTERS = [ah09, ah10, ah11, ah12, ah13, ah14, ah15, ah16]
